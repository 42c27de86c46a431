# -*- coding: utf-8 -*-
"""Labelled replies of t53 (imported by gen.py). Every text written for this set."""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    want = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def rewrap(tid, vals, starts, width):
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


A1, A2, A3, A4 = "Philippa Marchbank", "Desmond Achterberg", "Yusra Calloway-Diaz", "Teodor Rensford"
Z1, Z2 = "祁望舒", "甘礼诚"
W1, W2 = "宮書瑜", "卓以恆"
P10, P6, DSP = "Tarn 10-Cup Pitcher", "Tarn Slim 6-Cup Pitcher", "Cascade 18-Cup Dispenser"
FCT, KEEL = "Spout Faucet Filter", "Keel Under-Sink System"
CORE, POD = "Tarn Core Cartridge", "Spout Pod Cartridge"
P10_LONG = ("Tarn 10-Cup Water Filter Pitcher with 1 Tarn Core Cartridge, Reduces Chlorine Taste and Limescale, "
            "BPA-Free Shatter-Resistant Reservoir, Fits Fridge Door, Day-Count Lid Indicator, Arctic White")
ADAPTERS_LONG = ("a 15/16-27 male-thread adapter with its rubber washer, a 55/64-27 female-thread adapter with its "
                 "rubber washer, an M22 small-faucet adapter, an M24 large-faucet adapter and two spare washers")
DSP_ZH = ("Cascade 18杯大容量滤水箱 可放入冰箱 带出水龙头 含一支 Tarn Core 滤芯 减少余氯异味和水垢 "
          "不含双酚A 冰川蓝")
FCT_TW = ("Spout 龍頭式濾水器 三段出水切換 附四種轉接頭 含一顆 Spout Pod 濾芯 減少餘氯與水垢 "
          "適用多數標準水龍頭 霧面白")
C = "filled-template"

# ============================================================ 1. filled templates -> []
fill("en/pitcher/first-use", dict(buyer_name="Ms Threlfall", product=P10, agent_name=A1), "exact fill")
fill("en/pitcher/first-use", dict(buyer_name="Barnaby", product=P10_LONG, agent_name=A2),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Barnaby,", "Morning Barnaby,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Mbeki-Sandoval", product=P6, agent_name=A3)
fill("en/pitcher/first-use", _v, "second and third paragraphs hard-wrapped at 72 columns (JC2)",
     edits=[rewrap("en/pitcher/first-use", _v, "Soak the cartridge", 72),
            rewrap("en/pitcher/first-use", _v, "Pour away the first", 72)],
     tags=["reflow"])
fill("en/cartridge/lifespan", dict(buyer_name="Mrs Gundersen", cartridge=CORE, gallons="40 gallons", agent_name=A4),
     "exact fill")
fill("en/cartridge/lifespan", dict(buyer_name="Mr Ekwueme-Dorsey", cartridge=CORE, gallons="40 gallons", agent_name=A1),
     "first sentence of the second paragraph split in two (JC2)",
     edits=[("Very hard water, or water carrying a lot of sediment, shortens that.",
             "Very hard water shortens that. So does water carrying a lot of sediment.")],
     tags=["split"])
fill("en/cartridge/lifespan", dict(buyer_name="Marisol", cartridge=POD, gallons="100 gallons", agent_name=A2),
     "one wording edit: 'clearest sign' -> 'surest sign' (JC2)",
     edits=[("The clearest sign", "The surest sign")], tags=["wording"])
fill("en/pitcher/slow-flow", dict(buyer_name="Ms Ravindran-Holt", product=P10, agent_name=A3), "exact fill")
fill("en/pitcher/slow-flow", dict(buyer_name="Cormac", product=DSP, agent_name=A4),
     "greeting changed and a sympathetic line added after it (JC2)",
     edits=[("Hello Cormac,", "Hi Cormac,\n\nWaiting twenty minutes for a glass of water is no fun, I know.")],
     tags=["greeting", "warm-line"])
fill("en/faucet/install", dict(buyer_name="Mr Villiers-Oduro", product=FCT, adapter_list="M22, M24, male and female thread",
     agent_name=A1), "exact fill")
fill("en/faucet/install", dict(buyer_name="Ms Lemaire-Ashby", product=FCT, adapter_list=ADAPTERS_LONG, agent_name=A2),
     "a 190-character list of adapters in the adapter_list slot (JC2)", edits=[], tags=["long-value"])
fill("en/faucet/install", dict(buyer_name="Ms Hollingworth", product=FCT, adapter_list="M22, M24, male and female thread",
     agent_name=A3),
     "sign-off changed and a warm line about the buyer's new kitchen added (JC2)",
     edits=[("With kind regards,", "Enjoy the new kitchen, and kind regards,")], tags=["sign-off", "warm-line"])
fill("en/undersink/drip", dict(buyer_name="Mr Fairbairn", product=KEEL, agent_name=A4), "exact fill")
fill("en/undersink/drip", dict(buyer_name="Mrs Adebanjo-Kerr", product=KEEL, agent_name=A1),
     "two sentences of the first paragraph merged with 'so' (JC2)",
     edits=[("from the Keel Under-Sink System. Before anything else, please close",
             "from the Keel Under-Sink System, so before anything else please close")],
     tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Ms Stavropoulos", product=DSP, warranty_period="two-year",
     case_id="RHW-Q-51207", order_id="112-3859014-6620317", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Quintero-Hale", product=P10, warranty_period="one-year",
     case_id="RHW-Q-51244", order_id="114-7160325-0948812", agent_name=A3),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[("So that we can look at your claim, please reply in this thread with a few words about what happened and a clear photo of the affected part. Your claim reference is RHW-Q-51244, linked to order 114-7160325-0948812.",
             "Your claim reference is RHW-Q-51244, linked to order 114-7160325-0948812. So that we can look at your claim, please reply in this thread with a few words about what happened and a clear photo of the affected part.")],
     tags=["reorder"])
fill("en/apology/carbon-specks", dict(buyer_name="Ms Okonkwo-Tate", product=P10, agent_name=A4), "exact fill")
fill("en/apology/carbon-specks", dict(buyer_name="Mr Laurentis", product=DSP, agent_name=A1),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("They are not mould and not harmful, but they should not keep appearing.",
             "They are harmless and are not mould, but you should not keep seeing them.")],
     tags=["paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Ms Szczepanik", order_id="113-2087461-5539920", product=P10,
     agent_name=A2), "exact fill; the only review request for this order, no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Evander", order_id="111-6604218-3371095", product=FCT, agent_name=A3),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hello Evander,", "Dear Evander,"), ("Thanks for your time,", "With thanks,")],
     tags=["greeting", "sign-off"])
fill("en/cartridge/what-it-reduces", dict(buyer_name="Mr Achterhof", cartridge=CORE, agent_name=A4), "exact fill")
fill("en/cartridge/what-it-reduces", dict(buyer_name="Henrietta", cartridge=POD, agent_name=A1),
     "warm line about the buyer's move to a new city added before the sign-off (JC2)",
     edits=[("I will check the performance sheet for you.",
             "I will check the performance sheet for you.\n\nI hope the move to Baltimore went smoothly!")],
     tags=["warm-line"])

fill("zh/cartridge/replace", dict(buyer_name="邱先生", product=P10, agent_name=Z1), "exact fill")
fill("zh/cartridge/replace", dict(buyer_name="潘女士", product=DSP_ZH, agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改写 (JC2)", edits=[("，您好：", "，上午好：")], tags=["long-value", "greeting"])
fill("zh/cartridge/replace", dict(buyer_name="杜先生", product=P6, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝生活愉快！", "祝您一家健康！")], tags=["sign-off"])
fill("zh/dispenser/cleaning", dict(buyer_name="程女士", product=DSP, agent_name=Z2), "exact fill")
fill("zh/dispenser/cleaning", dict(buyer_name="任先生", product=DSP, agent_name=Z1),
     "第二段在句号处拆成两段 (JC2)",
     edits=[("再用清水冲净。出水龙头可以拧下来，", "再用清水冲净。\n\n出水龙头可以拧下来，")],
     tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="汪女士", product=P10, warranty_period="两年", case_id="RHW-Q-51318",
     order_id="113-9402776-1185063", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="郝先生", product=DSP, warranty_period="一年", case_id="RHW-Q-51362",
     order_id="112-5521930-7704486", agent_name=Z1),
     "措辞微调：“简要说明情况”改为“简单说明经过” (JC2)", edits=[("简要说明情况", "简单说明经过")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="邵女士", product=P10, order_id="114-0837652-2269104", agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，对话中买家没有先表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="毛先生", product=FCT, order_id="111-4719385-6603328", agent_name=Z1),
     "问候语改写；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("毛先生，您好：", "毛先生，中秋好：")], tags=["greeting"])
fill("zh/apology/odd-taste", dict(buyer_name="尹女士", product=P10, agent_name=Z2), "exact fill")
fill("zh/apology/odd-taste", dict(buyer_name="黎先生", product=P6, agent_name=Z1),
     "第二段两句合并为一句 (JC2)",
     edits=[("连续过滤并倒掉三壶水。水壶本身可以", "连续过滤并倒掉三壶水；水壶本身可以")], tags=["merge"])
fill("zh/apology/odd-taste", dict(buyer_name="常女士", product=DSP, agent_name=Z2),
     "在开头加一句体谅的话 (JC2)",
     edits=[("常女士，您好：", "常女士，您好：\n\n家里有老人孩子，喝水的事确实一点都马虎不得。")], tags=["warm-line"])

fill("zh-tw/indicator/reset", dict(buyer_name="官小姐", product=P10, agent_name=W1), "exact fill")
fill("zh-tw/indicator/reset", dict(buyer_name="歐陽先生", product=P6, agent_name=W2),
     "結尾祝語改寫 (JC2)", edits=[("敬祝 順心", "祝 工作順利")], tags=["sign-off"])
fill("zh-tw/faucet/modes", dict(buyer_name="游太太", product=FCT, agent_name=W1), "exact fill")
fill("zh-tw/faucet/modes", dict(buyer_name="杭先生", product=FCT_TW, agent_name=W2),
     "整段商品標題放入 product 佔位符 (JC2)", edits=[], tags=["long-value"])
fill("zh-tw/troubleshoot/leak", dict(buyer_name="邢小姐", product=P10, agent_name=W1), "exact fill")
fill("zh-tw/troubleshoot/leak", dict(buyer_name="嚴先生", product=P6, agent_name=W2),
     "問候語改寫並加一句體諒的話 (JC2)",
     edits=[("嚴先生 您好：", "嚴先生 午安：\n\n一早倒水就灑了滿桌，真的很困擾。")], tags=["greeting", "warm-line"])
fill("zh-tw/pitcher/storage", dict(buyer_name="夏太太", product=P10, agent_name=W1), "exact fill")
fill("zh-tw/pitcher/storage", dict(buyer_name="童小姐", product=P6, agent_name=W2),
     "第二段兩句調換順序 (JC2)",
     edits=[("請只過濾冷水或常溫自來水。超過三十度的溫水或熱水會讓濾芯的活性碳失效，也可能讓壺身變形。",
             "超過三十度的溫水或熱水會讓濾芯的活性碳失效，也可能讓壺身變形，所以請只過濾冷水或常溫自來水。")],
     tags=["reorder"])
fill("zh-tw/pitcher/storage", dict(buyer_name="易先生", product=P10, agent_name=W1),
     "第一段兩句合併 (JC2)",
     edits=[("在兩到三天內喝完。水壺寬度約十一公分，", "在兩到三天內喝完；水壺寬度約十一公分，")], tags=["merge"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep)


fill_log("en/pitcher/first-use", dict(buyer_name="Mr Penrose-Adair", product=P10, agent_name=A2),
         "the water is ready to drink.",
         "The 3-pack of spare cartridges from the same order ships separately from our Lakeland warehouse with USPS, tracking 9434636208051172640318, and should reach you on Tuesday.",
         "split-shipment tracking for the spare cartridges, added as its own paragraph", sep="\n\n")
fill_log("en/faucet/install", dict(buyer_name="Ms Kingsolver-Ayo", product=FCT, adapter_list="M22, M24, male and female thread",
         agent_name=A3),
         "cannot take the filter.",
         "The M24 adapter that was missing from your box went out from our Reno warehouse this morning with UPS, tracking 1ZR8H52W0341265077.",
         "missing adapter resent (fulfilment, JC6)")
fill_log("en/pitcher/slow-flow", dict(buyer_name="Mr Dalgleish", product=P6, agent_name=A4),
         "we will look at it with you.",
         "If you would rather send the pitcher back, it is within its 30-day return window, and you can start the return from Your Orders.",
         "return window")
fill_log("en/warranty/claim", dict(buyer_name="Ms Varga-Mensah", product=DSP, warranty_period="two-year",
         case_id="RHW-Q-51409", order_id="113-6150287-9932041", agent_name=A1),
         "linked to order 113-6150287-9932041.",
         "If the dispenser has to come back to us, we will email you a prepaid return label through Amazon, so you will not pay any postage.",
         "how a warranty unit would travel back")
fill_log("en/apology/carbon-specks", dict(buyer_name="Mr Greenhalgh-Cole", product=P10, agent_name=A2),
         "until the water runs clear.",
         "The new cartridge leaves our Lakeland warehouse tomorrow morning by USPS, and its tracking number will show in Your Orders.",
         "dispatch of the replacement cartridge (JC6)")
fill_log("en/undersink/drip", dict(buyer_name="Ms Pratt-Olatunji", product=KEEL, agent_name=A3),
         "a photo of where the water appears.",
         "As you asked, we have cancelled the second Keel system you ordered by mistake; it had not shipped, so you will not be charged for it.",
         "cancellation of a duplicate order before dispatch (JC6)")
fill_log("zh/cartridge/replace", dict(buyer_name="闫先生", product=P10, agent_name=Z2),
         "计时就会重新开始。",
         "您同一订单里的三支装备用滤芯会单独发货，预计下周三送达。",
         "分开发货的送达时间")
fill_log("zh/dispenser/cleaning", dict(buyer_name="樊女士", product=DSP, agent_name=Z1),
         "换一个背光的位置就可以了。",
         "另外，您反映包裹里少了出水龙头，我们已经免费补寄，今天由 USPS 发出，运单号9434636208051189035527。",
         "补寄缺少的出水龙头 (JC6, JC11)")
fill_log("zh/warranty/claim", dict(buyer_name="雷女士", product=DSP, warranty_period="两年", case_id="RHW-Q-51455",
         order_id="112-8836041-3350729", agent_name=Z2),
         "对应订单 112-8836041-3350729。",
         "如果处理期间您的收货地址有变动，请在本对话中告诉我们，换新的滤水箱会寄到新地址。",
         "保修期间的地址变更")
fill_log("zh/apology/odd-taste", dict(buyer_name="薛先生", product=P6, agent_name=Z1),
         "再次向您致歉。",
         "如果您更希望直接退货，可以在“您的订单”页面申请，退货运费由我们承担，仓库收到后款项会退回原支付方式。",
         "退货与退款说明")
fill_log("zh-tw/indicator/reset", dict(buyer_name="龔小姐", product=P10, agent_name=W2),
         "一顆 CR2032 鈕扣電池。",
         "您一起訂購的備用濾芯是分開寄出的，追蹤單號 1ZR8H52W0341278816，預計週四送達。",
         "分開寄出的備用濾芯追蹤單號")
fill_log("zh-tw/pitcher/storage", dict(buyer_name="岳太太", product=P6, agent_name=W1),
         "再開始飲用。",
         "您反映收到的水壺顏色不對，正確顏色的水壺今天已經免費補寄，寄錯的那個不必寄回。",
         "寄錯顏色的補寄 (JC6, JC11)")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Oyelowo-Hart,\n\nYour pitcher left our Reno warehouse this morning with UPS, tracking 1ZR8H52W0341290153. Reno to Columbus is usually three business days, so look for it Thursday. The driver may leave it at the door if nobody answers.\n\nPhilippa", ["tracking"], "tracking and expected delivery (JC14)"),
    ("Hello Ms Montague-Rhys,\n\nSorry for the wait. UPS has had your parcel sitting at its Memphis hub since the ice storm on Sunday; their new date is Monday. If it still hasn't moved by Wednesday, just tell me and I'll send a new one out rather than keep you waiting.\n\nDesmond", ["delay"], "weather delay at a hub (JC14)"),
    ("Hi Noor,\n\nUSPS marked it delivered at 11:52 am, but the driver's photo shows a green door, which doesn't sound like yours. I've asked USPS to trace it. Could you check with the neighbours either side in the meantime? If nothing turns up by Friday, we'll reship the order at our cost.\n\nYusra", ["delivery"], "delivered to the wrong door (JC14)"),
    ("Hello Mr Tiernan,\n\nGood catch: the order said apartment 4B, and you live in 14B. The label hadn't printed yet, so I've corrected it to 14B. Same delivery date, nothing else to do on your side.\n\nTeodor", ["address"], "apartment number fixed before the label printed (JC14)"),
    ("Hi Ms Brightwater-Lowe,\n\nTo send the dispenser back, start a return in Your Orders and pick 'No longer needed'; Amazon gives you the prepaid label. Empty it and let it air-dry for a day so no water leaks through the box. Put the cartridge in a zip bag, pack everything in the original carton with some crumpled paper, tape the seams and stick the label on top.\n\nPhilippa", ["returns", "packing"], "return with packing instructions (JC4)"),
    ("Hello Mr Szekely,\n\nYour Keel system came back to our warehouse today. I've issued the refund of $164.50 to your original card; banks usually show it within three to five business days.\n\nDesmond", ["refund", "returns"], "refund of a return (JC11, JC14)"),
    ("Hi Ms Gagnon-Reyes,\n\nFor orders going to Canada, Amazon already collected the duties and taxes at checkout. If the Purolator driver asks you for money at the door, don't pay. Take a picture of the slip and send it to us here, and we'll settle it with the carrier.\n\nYusra", ["customs"], "duties already paid for a Canadian address (JC7)"),
    ("Hello Liesl,\n\nThe parcel is with the border agency in Mississauga for customs clearance. That usually takes a day or two, then Canada Post takes over the delivery. Nothing for you to do.\n\nTeodor", ["customs"], "parcel in customs (JC7)"),
    ("Hi Mr Ashworth-Bayo,\n\nDone. I've cancelled the second 6-pack of cartridges as you asked. It hadn't left the warehouse, so you won't be charged; any pending amount on your card will fall away in a few days.\n\nPhilippa", ["cancellation"], "duplicate order cancelled before dispatch (JC11, JC14)"),
    ("Hello Ms Pavlenko,\n\nYour order was packed at two warehouses, so it's coming in two boxes: the dispenser with UPS, tracking 1ZR8H52W0341303378, and the cartridges with USPS, tracking 9434636208051196471209. Both should be with you by Monday.\n\nDesmond", ["tracking", "split-shipment"], "split shipment (JC14)"),
    ("Hi Mr Lockhart-Ibe,\n\nI'm sorry the dispenser arrived with the tap snapped off. That happened in transit. A new one went out today with UPS, tracking 1ZR8H52W0341317702. You don't need to send the broken one back; you can put it out with your recycling.\n\nYusra", ["damage"], "transit damage, replacement without a return (JC4, JC6)"),
    ("Hello Beatrix,\n\nNobody was in when UPS came, so they left a notice. From tomorrow after 10 am the parcel waits at the UPS Access Point named on the slip. Take the slip and a photo ID; it stays there for five business days.\n\nTeodor", ["delivery"], "missed delivery and pickup point (JC14)"),
    ("Hi Sgt. Holloman,\n\nOrders to APO addresses can only travel with USPS, so we've switched yours over. Expect 10 to 20 days. Tracking usually stops updating once the military mail service takes over, which is normal. It shipped today, tracking 9434636208051203318644.\n\nPhilippa", ["shipping", "address"], "military address served by switching carrier (JC14)"),
    ("Hello Ms Delacroix-Amin,\n\nYes, you can still send back the unopened cartridge 3-pack. The window for holiday orders runs until January 31. Start it in Your Orders; when the parcel reaches us, the refund goes to your original payment method.\n\nDesmond", ["returns"], "holiday return window (JC14)"),
    ("Hi Mr Rosenthal-Oke,\n\nWe packed Spout Pods instead of the Tarn Core cartridges you ordered, sorry about that. The right ones shipped this afternoon with USPS, tracking 9434636208051210559873. Keep the pods or give them away; no need to post them back.\n\nYusra", ["fulfilment"], "wrong item replaced (JC6, JC11)"),
    ("Hello Ms Fairweather,\n\nYou're right, the 3-pack arrived with only two cartridges in it. Rather than make you wait for one more, I've refunded the missing cartridge, $14.33, to your card. It should appear in a few days.\n\nTeodor", ["refund", "fulfilment"], "partial refund for a short shipment (JC6, JC11)"),
    ("Hi Mr Ogunleye-Burke,\n\nNo printer is fine. When you start the return in Your Orders, choose one of the label-free drop-off options Amazon offers near you, and the shop prints the label for you. Bring the pitcher boxed and taped.\n\nPhilippa", ["returns"], "return without a printer (JC14)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("欧女士，您好：\n\n您的滤水壶今天上午已从里诺仓库发出，UPS 运单号 1ZR8H52W0341324481，一般三个工作日送到，预计周四能收到。\n\n祁望舒", ["tracking"], "运单号与预计送达 (JC14)"),
    ("晏先生，您好：\n\n让您久等了。UPS 显示包裹因为暴风雪一直停在孟菲斯转运中心，新的预计送达日是下周一。如果周三还没动静，请直接告诉我，我们马上给您重新发一台。\n\n甘礼诚", ["delay"], "暴风雪延误 (JC14)"),
    ("桑女士，您好：\n\n您的订单还没有打包，我们已经按您的要求把收货地址修改为新地址，送达日期不变，您不用再做什么。\n\n祁望舒", ["address"], "发货前修改地址 (JC11, JC14)"),
    ("汤先生，您好：\n\n退货请在“您的订单”里申请，系统会给您预付费退货面单。寄回前请把水箱里的水倒干净，晾一天，免得漏水弄湿纸箱；滤芯装进密封袋，和水箱一起放回原包装盒，四周塞点纸，封好箱再贴面单。\n\n甘礼诚", ["returns", "packing"], "退货包装说明 (JC4)"),
    ("殷女士，您好：\n\n仓库今天收到了您退回的滤水箱，49.99美元已退回原支付方式，一般三到五个工作日到账。\n\n祁望舒", ["refund", "returns"], "退货退款 (JC11, JC14)"),
    ("庞先生，您好：\n\n承运商显示包裹中午已签收，但派送照片上是一扇绿色的门，看起来不是您家。我们已经请 USPS 追查，麻烦您也问问左右邻居；如果周五前还找不到，我们免费给您重新发货。\n\n甘礼诚", ["delivery"], "送错门 (JC14, JC11)"),
    ("柯女士，您好：\n\n您的包裹正在密西沙加等待加拿大海关清关，通常一到两天，之后由加拿大邮政派送，您这边不需要做任何事。\n\n祁望舒", ["customs"], "清关中 (JC7)"),
    ("卢先生，您好：\n\n已按您的要求取消订单。订单还没有出库，不会扣款，信用卡上的预授权几天内会自动释放。\n\n甘礼诚", ["cancellation"], "发货前取消 (JC11, JC14)"),
    ("宋女士，您好：\n\n您的订单从两个仓库发出，所以分成两个包裹：滤水箱走 UPS，运单号 1ZR8H52W0341338019；滤芯走 USPS，运单号 9434636208051227780412。两个包裹预计周一前都能送到。\n\n祁望舒", ["tracking", "split-shipment"], "分开发货 (JC14)"),
    ("洪先生，您好：\n\n很抱歉滤水箱到货时出水龙头断了，这是运输途中摔坏的。新的一台今天已由 UPS 发出，运单号 1ZR8H52W0341342265。坏的那台不用寄回，直接处理掉就可以。\n\n甘礼诚", ["damage"], "运输损坏，补发不需寄回 (JC4, JC6)"),
    ("齐女士，您好：\n\n您说得对，三支装里只有两支滤芯。为了不让您再等，我们已经把缺少的那一支的钱退给您，共14.33美元，退回原支付方式，几天内到账。\n\n祁望舒", ["refund", "fulfilment"], "少发一支滤芯，部分退款 (JC6, JC11)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("連小姐 您好：\n\n您的濾水壺今天已經從倉庫寄出，由 UPS 配送，追蹤單號 1ZR8H52W0341356640，預計週五送達。\n\n宮書瑜", ["tracking"], "追蹤單號與預計送達 (JC14)"),
    ("馬先生 您好：\n\n抱歉讓您久等。物流中心的分揀設備故障，包裹延誤了兩天，新的預計送達日是下週二。如果週四還沒收到，請在這裡告訴我們，我們會馬上補寄。\n\n卓以恆", ["delay"], "物流中心故障延誤 (JC14)"),
    ("翁太太 您好：\n\n退貨請在「您的訂單」申請，列印預付退貨標籤。寄回前請把水壺擦乾，濾芯裝進夾鏈袋，一起放回原盒，空隙塞一些紙，封好後把標籤貼在箱子上面。\n\n宮書瑜", ["returns", "packing"], "退貨包裝說明 (JC4)"),
    ("溥先生 您好：\n\n倉庫已收到您退回的龍頭濾水器，39.99 美元已退回原付款方式，約三到五個工作天入帳。\n\n卓以恆", ["refund", "returns"], "退貨退款 (JC11, JC14)"),
    ("全小姐 您好：\n\n您的訂單還沒出貨，我們已依您的要求把收件地址改成公司地址，送達日期不變。\n\n宮書瑜", ["address"], "出貨前修改地址 (JC14)"),
    ("甄先生 您好：\n\n很抱歉濾水壺送到時上蓋裂了，這是運送途中壓壞的。新的一組今天已經寄出，追蹤單號 1ZR8H52W0341369914。壞的那個不用寄回。\n\n卓以恆", ["damage"], "運送損壞補寄 (JC4, JC6)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Halvorsen,\n\nFor the cabin's well water I'd hold off. The pitcher improves taste but does not make untreated water safe. Have the well tested first; if it passes, the pitcher will help with the iron taste, though the cartridge may clog faster if there is sand in the water.\n\nPhilippa", ["advice"], "well water at a cabin: no template covers this (JC15)"),
    ("Hello Ms Strand-Boateng,\n\nFor five people the faucet filter is the easier choice: water comes straight from the tap and you never wait for a reservoir. The 10-cup pitcher suits you better if you want cold water ready in the fridge, but you'd refill it several times a day.\n\nDesmond", ["advice", "comparison"], "comparison the buyer asked for; no price or offer (JC10, JC15)"),
    ("Dear Mr Kowalski-Tran,\n\nThe Tarn Core does not reduce fluoride; very few carbon filters do. If your dentist has asked you to avoid it, that would need a reverse-osmosis system, which we don't make.\n\nYusra", ["advice"], "fluoride question (JC15)"),
    ("Hi Ms Sorensen-Bah,\n\nCongratulations on the baby! Filtered tap water can go into formula, but please still boil it and let it cool as your paediatrician advises. The filter does not sterilise water.\n\nTeodor", ["advice"], "formula water (JC15)"),
    ("Hello Mr Bramwell,\n\nThank you for the photos of the white flakes. Our quality team will look at them today and I'll come back to you tomorrow morning with what we suggest.\n\nPhilippa", ["holding"], "holding reply on a quality issue (JC16)"),
    ("Hi Odalys,\n\nA TDS meter mostly counts dissolved minerals, and the cartridge is meant to leave most of those in, so a small drop in the reading is expected. It is not a sign that the filter isn't working; the chlorine taste is the better test.\n\nDesmond", ["advice", "troubleshooting"], "TDS meter readings (JC15)"),
    ("Dear Ms Whitlaw,\n\nThe Tarn Core is shaped for Tarn and Cascade funnels only. In a pitcher from another maker it won't seal, and water would run around the cartridge instead of through it.\n\nYusra", ["advice"], "fit in another brand's pitcher (JC15)"),
    ("Hello Mr Nakamura-Ellis,\n\nSpare cartridges keep for about three years in their sealed bags. Store them somewhere cool and dry, away from cleaning products and paint, because the carbon can pick up smells through the wrapper.\n\nTeodor", ["advice"], "storing spare cartridges (JC15)"),
    ("Hi Ms Adjei-Grant,\n\nOnly the lid is fine in the top rack of the dishwasher. The reservoir and the funnel should be washed by hand in warm, not hot, water; the dishwasher heat can warp them so the cartridge no longer seals.\n\nPhilippa", ["advice"], "dishwasher question (JC15)"),
    ("Hello Thaddeus,\n\nThe cartridge cuts down scale but can't remove all of it, so some white crust in the kettle is normal with hard water. Descale the kettle every month or so with citric acid and it will stay clean.\n\nDesmond", ["advice", "troubleshooting"], "scale in the kettle (JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("白先生，您好：\n\n山里的井水建议先不要直接用滤水壶。滤水壶能改善口感，但不能把未经处理的水变成可以安全饮用的水。请先送检，检测合格后再用，滤水壶可以减轻铁锈味。\n\n祁望舒", ["advice"], "井水使用 (JC15)"),
    ("田女士，您好：\n\n五口之家用龙头式滤水器会更方便，打开水龙头就有过滤水，不用等。如果您更想随时喝到冰水，十杯滤水壶放冰箱比较合适，只是一天要加好几次水。\n\n甘礼诚", ["advice", "comparison"], "买家询问的型号比较，无价格无促销 (JC10, JC15)"),
    ("姜女士，您好：\n\n过滤后的自来水可以用来冲奶粉，但请照儿科医生的建议先烧开再放凉，滤水壶本身不能杀菌。\n\n祁望舒", ["advice"], "冲奶粉用水 (JC15)"),
    ("崔先生，您好：\n\n谢谢您发来的水垢照片，我们的品质同事今天会查看，明天上午我再回复您处理建议。\n\n甘礼诚", ["holding"], "品质问题的等待回复 (JC16)"),
    ("方女士，您好：\n\n备用滤芯在密封包装里可以保存三年左右，请放在阴凉干燥处，远离清洁剂和油漆，活性炭会透过包装吸味。\n\n祁望舒", ["advice"], "备用滤芯保存 (JC15)"),
    ("路先生，您好：\n\nTDS 笔测的主要是水里溶解的矿物质，我们的滤芯本来就会保留大部分矿物质，所以读数下降不多是正常的，不代表滤芯失效。\n\n甘礼诚", ["advice", "troubleshooting"], "TDS 读数 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("辛小姐 您好：\n\n我們的濾芯無法減少氟化物，一般活性碳濾芯都做不到。如果牙醫建議避免攝取氟，需要使用逆滲透設備。\n\n宮書瑜", ["advice"], "除氟問題 (JC15)"),
    ("詹先生 您好：\n\n壺蓋可以放在洗碗機上層清洗，水箱和漏斗請用溫水手洗；洗碗機的高溫會讓塑料變形，濾芯就卡不緊了。\n\n卓以恆", ["advice"], "洗碗機問題 (JC15)"),
    ("霍太太 您好：\n\n濾芯可以減少水垢，但無法完全去除，硬水地區的熱水壺還是會有一點白色水垢。每個月用檸檬酸清一次就好。\n\n宮書瑜", ["advice", "troubleshooting"], "熱水壺水垢 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Galbraith,\n\nBefore you drink from it, give the new cartridge a quarter of an hour in a bowl of cold water, click it into the funnel, and tip out the first two jugs. A bit of grey dust in those is just carbon.\n\nPhilippa", "retells en/pitcher/first-use (JC12)"),
    ("Hello Mr Vancelli,\n\nPlan on roughly two months per cartridge for a small household, less with very hard water. When the jug takes ages to drain it's time for a new one. To restart the day count on the lid, press and hold the button for five seconds.\n\nDesmond", "retells en/cartridge/lifespan (JC12)"),
    ("Hi Ms Pemberly,\n\nSlow draining is nearly always trapped air. Run the cartridge under the cold tap, knock it gently on the sink till the bubbles stop, soak it five minutes and refit it. Cold water only in the top.\n\nYusra", "retells en/pitcher/slow-flow (JC12)"),
    ("Hello Mr Radcliffe-Osei,\n\nTake the aerator off, see whether the thread is inside or outside, and screw on the matching adapter with its washer. The filter then pushes up onto it and the collar twists tight. Let it run for five minutes first.\n\nTeodor", "retells en/faucet/install (JC12)"),
    ("Dear Ms Fenwick-Obi,\n\nTurn the water off under the sink first. If the leak is on the tubing, reseat the tube past the second stop after trimming the end square; if it's at the cartridge heads, check the O-rings and give each cartridge a full quarter turn.\n\nPhilippa", "retells en/undersink/drip (JC12)"),
    ("Hi Mr Ansbach,\n\nThe warranty covers manufacturing faults, such as a seam that splits or a hinge that snaps in normal use, but not hot-water, dishwasher or frost damage. Send a photo and a couple of lines about what happened in this thread and we'll take it from there.\n\nDesmond", "retells en/warranty/claim without case or order id (JC12)"),
    ("Hello Ms Carraway,\n\nWhen you have a minute, an Amazon review of the pitcher, whatever your view of it, would help other buyers and us.\n\nYusra", "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("覃先生，您好：\n\n换滤芯很简单：拔出旧的，新的先泡冷水十五分钟，压进去听到咔哒一声，前两壶水倒掉就能喝了。\n\n祁望舒", "retells zh/cartridge/replace (JC12)"),
    ("牛女士，您好：\n\n水箱两三周洗一次就行，用洗洁精和软海绵，别进洗碗机，也别用太烫的水。长了绿色的藻，挪到晒不到太阳的地方就好。\n\n甘礼诚", "retells zh/dispenser/cleaning (JC12)"),
    ("尚先生，您好：\n\n有怪味多半是新滤芯泡得不够久。再泡十五分钟，倒掉三壶水，壶身用小苏打水泡一泡。还是有味道的话告诉我们。给您添麻烦了。\n\n祁望舒", "retells zh/apology/odd-taste (JC12)"),
    ("乔女士，您好：\n\n产品有保修，做工问题都管，比如水箱开裂、壶盖铰链断了；烫坏、洗碗机洗坏、冻裂的不算。您说明一下情况、拍张照片发过来就行。\n\n甘礼诚", "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("查小姐 您好：\n\n換好新濾芯後，按住壺蓋上的按鍵五秒，燈號閃兩下就重新計算了。燈完全不亮的話，換一顆鈕扣電池即可。\n\n宮書瑜", "retells zh-tw/indicator/reset (JC12)"),
    ("聞先生 您好：\n\n漏水的話，先看濾芯有沒有壓到底、矽膠圈有沒有翻起來，上層水箱有沒有卡好，也別加太滿。都沒問題還是漏，拍張照片給我們。\n\n卓以恆", "retells zh-tw/troubleshoot/leak (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Pascoe,\n\nYour replacement cartridge ships tomorrow with USPS. Until it arrives, keep using the old one but soak it in cold water for ten minutes each morning; that clears the air pocket that's slowing it down.\n\nPhilippa", "shipping plus slow-flow advice (JC5)"),
    ("Hello Ms Iverson-Kamau,\n\nThe dispenser is due for delivery on Thursday. When it arrives, wash the reservoir with mild soap first and pour away the first two tanks of filtered water before you drink any.\n\nDesmond", "delivery plus first-use advice (JC5)"),
    ("Dear Mr Trevelyan,\n\nThe return is open and the label is in Your Orders. Before you send it back, try holding the lid button for five seconds; a counter that keeps flashing usually just hasn't been reset.\n\nYusra", "return plus indicator advice in own words (JC5)"),
    ("Hi Ms Bellweather,\n\nYour parcel is at Canadian customs for a day or two. In the meantime, you might unscrew your faucet's aerator and check the thread, so you know which adapter to use when the filter arrives.\n\nTeodor", "customs plus preparation advice (JC5)"),
    ("Hello Mr Carrick-Ajayi,\n\nThe spare O-rings went out today with UPS, tracking 1ZR8H52W0341371228. Until they arrive, keep the cold-water valve under the sink closed whenever you aren't using the filter.\n\nPhilippa", "tracking plus leak-prevention advice (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("时女士，您好：\n\n换新的滤芯明天由 USPS 发出。收到之前，旧滤芯每天早上用冷水泡十分钟再用，出水会快一些。\n\n祁望舒", "发货加使用建议 (JC5)"),
    ("阮先生，您好：\n\n包裹预计周四送达。收到后请先用温和的洗洁精洗一遍水箱，前两箱过滤水倒掉再喝。\n\n甘礼诚", "送达加首次使用建议 (JC5)"),
    ("储女士，您好：\n\n您的包裹还在清关。等待期间，您可以先把水龙头的起泡器拧下来看看螺纹，到货后就知道用哪个转接头了。\n\n祁望舒", "清关加安装准备建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("段先生 您好：\n\n補寄的矽膠圈今天已經寄出。收到之前，不用濾水器的時候請把水槽下的冷水閥關起來，比較不會滲水。\n\n宮書瑜", "補寄加防漏建議 (JC5)"),
    ("季小姐 您好：\n\n包裹預計週三送達。收到後建議先把壺蓋的電池絕緣片抽掉，指示燈才會開始計算。\n\n卓以恆", "送達加指示器建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/pitcher/first-use", dict(buyer_name="Mr Wainscott", product=P10, agent_name=A1),
        "the water is ready to drink.",
        "P.S. Our new Cascade dispenser launches next week, and past customers get 20% off in our Amazon store with code RILL20.",
        [MKT, TR], "P.S. announcing a new product with a discount code", sep="\n\n")
add_bad("en/cartridge/lifespan", dict(buyer_name="Ms Quayle", cartridge=CORE, gallons="40 gallons", agent_name=A2),
        "the count starts again.",
        "If the pitcher has made your water taste better, please leave us a five-star review and mention the taste!",
        [RI, TR], "five-star ask plus steering the review's content")
add_bad("en/pitcher/slow-flow", dict(buyer_name="Mr Ellsworth-Nuru", product=DSP, agent_name=A3),
        "we will look at it with you.",
        "For a quicker answer, email a short video to our technician at help@rillstone-water.com.",
        [OPC, TR], "product support moved to an e-mail address")
add_bad("en/apology/carbon-specks", dict(buyer_name="Ms Harcastle", product=P10, agent_name=A4),
        "until the water runs clear.",
        "Please give us the chance to put this right here before you write any review on Amazon.",
        [RI, TR], "review gating: unhappy buyer steered away from a review")
add_bad("en/faucet/install", dict(buyer_name="Mr Jessop-Arakawa", product=FCT, adapter_list="M22, M24, male and female thread",
        agent_name=A1),
        "cannot take the filter.",
        "Join our Telegram channel at t.me/rillstonedeals for flash sales on Spout Pods every Friday.",
        [MKT, OPC, TR], "Telegram channel plus flash sales")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Vaux", order_id="112-0463158-8817240", product=DSP,
        agent_name=A2),
        "your honest account is welcome.",
        "Once your review is up, send us a screenshot and we'll ship you a free Tarn Core cartridge as a thank-you.",
        [RI, TR], "free cartridge for a review")
add_bad("en/cartridge/what-it-reduces", dict(buyer_name="Mr Dunmore-Akande", cartridge=CORE, agent_name=A3),
        "I will check the performance sheet for you.",
        "The full lab results for every cartridge are also on our own site at https://www.rillstone-water.com/lab-reports.",
        [OPC, TR], "outside link for product content")
add_bad("en/warranty/claim", dict(buyer_name="Ms Roskilde", product=KEEL, warranty_period="two-year",
        case_id="RHW-Q-51503", order_id="111-9275530-4406618", agent_name=A4),
        "linked to order 111-9275530-4406618.",
        "If the unit has to come back, text our warehouse on (775) 555-0163 and they will book a courier to collect it from your door.",
        [OPC], "return pickup arranged by a text message to the seller's phone: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Brackenridge,\n\nThe refund for the returned dispenser went through this morning. Now that it's settled, could you take down your two-star review? We'd happily send a free cartridge 3-pack for your trouble.\n\nDesmond",
     [RI, TR], "refund of a return (logistics) plus a free 3-pack for removing a review (JC3)", ["free-written"])

add_bad("zh/cartridge/replace", dict(buyer_name="蒲先生", product=P10, agent_name=Z1),
        "计时就会重新开始。",
        "另外，新款 Cascade 滤水箱下周上市，老顾客下单可享八五折，欢迎选购！",
        [MKT, TR], "新品上市加老顾客折扣")
add_bad("zh/review/neutral-request", dict(buyer_name="芮女士", product=DSP, order_id="113-5508917-2734461", agent_name=Z2),
        "谢谢您抽空。",
        "留下五星好评后把截图发给我们，即可获得五美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/dispenser/cleaning", dict(buyer_name="鲍先生", product=DSP, agent_name=Z1),
        "换一个背光的位置就可以了。",
        "清洗时有不明白的地方，可以加我们客服的微信 rillstone_cs，我们发视频教您。",
        [OPC, TR], "微信号用于产品指导")
add_bad("zh/apology/odd-taste", dict(buyer_name="盛女士", product=P10, agent_name=Z2),
        "再次向您致歉。",
        "味道的问题解决以后，麻烦您把之前那条一星评论改一改，或者直接删掉。",
        [RI, TR], "要求修改或删除评论")
free(V, "zh", "班女士，您好：\n\n退回的滤水壶已经收到。退款我们可以直接用 Venmo 转给您，麻烦把您的 Venmo 用户名发给我们。\n\n甘礼诚",
     [OPC], "退货退款改走 Venmo：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/faucet/modes", dict(buyer_name="靳太太", product=FCT, agent_name=W1),
        "這是正常現象。",
        "歡迎加入我們的 LINE 官方帳號，每個月都有濾芯抽獎活動。",
        [MKT, OPC, TR], "LINE 官方帳號加抽獎")
add_bad("zh-tw/troubleshoot/leak", dict(buyer_name="麥先生", product=P6, agent_name=W2),
        "我們會為您安排下一步。",
        "問題解決後，如果您覺得滿意，再麻煩給我們五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "湯小姐 您好：\n\n您的濾芯今天已經寄出。本週濾芯買二送一，歡迎再加購一組。\n\n宮書瑜",
     [MKT, TR], "寄出通知加本週濾芯買二送一 (JC3)", ["free-written"], trad=True)
