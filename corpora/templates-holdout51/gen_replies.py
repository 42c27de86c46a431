# -*- coding: utf-8 -*-
"""Labelled replies of t51 (imported by gen.py). Every text written for this set."""
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


A1, A2, A3, A4 = "Philippa Oakenshaw", "Desmond Achterberg-Lowe", "Ingrid Malhotra-Steen", "Rufus Carrington-Obi"
Z1, Z2 = "闻楚瑶", "邵景行"
W1, W2 = "韋書涵", "邢承澤"
C3, C5, G2 = "Vexley C3 Cordless Clipper", "Vexley C5 Pro Clipper", "Vexley G2 Nail Grinder"
SL, RK = "Burrwick Slicker Brush", "Burrwick Undercoat Rake"
OAT, SEN = "Lathermere Oatmeal Shampoo Concentrate", "Lathermere Sensitive Skin Shampoo"
T36, T30 = "Stillpaw 36-inch Folding Grooming Table", "Stillpaw 30-inch Compact Table"
HV2, MINI = "Gustline HV-2 High-Velocity Dryer", "Gustline Mini Dryer"
C5_LONG = ("Vexley C5 Pro Cordless Dog Clipper, 5-Speed Brushless Motor, Detachable #10 Blade, 6 Guide Combs (3-25 mm), "
           "LED Battery Display, Low-Noise Design for Anxious Pets, Graphite Grey")
C3_LONG = ("Vexley C3 Cordless Pet Clipper Kit for Dogs and Cats, Quiet Rechargeable Trimmer with #10 Ceramic Blade, "
           "4 Guide Combs, Cleaning Brush, Blade Oil and Hard Storage Case, Sage Green")
RATIO_LONG = ("one part shampoo to eight parts lukewarm water for a routine bath, or one part to four parts for a muddy, "
              "greasy or heavy double coat; the cap holds 15 ml, so one capful in 120 ml of water gives the routine mix")
SL_ZH = "Burrwick 自清洁针梳 宠物梳毛刷 一键退针 适合中长毛犬猫 去浮毛开结 防滑手柄 大号 雾蓝色"
T36_TW = ("Stillpaw 寵物美容桌 三十六吋可摺疊 三段高度調整 附不鏽鋼吊桿與兩條安全繩 防滑橡膠桌面 "
          "承重約五十公斤 適合居家與美容店")
C = "filled-template"

# ============================================================ 1. filled templates -> []
fill("en/clipper/blades", dict(buyer_name="Ms Ashdown-Mbeki", product=C5, agent_name=A1), "exact fill")
fill("en/clipper/blades", dict(buyer_name="Ottilie", product=C5_LONG, agent_name=A2),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Ottilie,", "Good morning Ottilie,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Kettleborough", product=C3, agent_name=A3)
fill("en/clipper/blades", _v, "second and third paragraphs hard-wrapped at 72 columns (JC2)",
     edits=[rewrap("en/clipper/blades", _v, "For a longer", 72), rewrap("en/clipper/blades", _v, "Clip in the direction", 72)],
     tags=["reflow"])
fill("en/clipper/care", dict(buyer_name="Mrs Baptiste", product=C3, agent_name=A4), "exact fill")
fill("en/clipper/care", dict(buyer_name="Mr Osterberg", product=C3_LONG, agent_name=A1),
     "a 175-character listing title in the product slot, otherwise exact (JC2)", edits=[], tags=["long-value"])
fill("en/clipper/care", dict(buyer_name="Ms Villanueva-Hart", product=C5, agent_name=A2),
     "sign-off changed to include a warm line about the buyer's dog (JC2)",
     edits=[("With kind regards,", "Good luck with Pepper's spring clip, and kind regards,")], tags=["sign-off", "warm-line"])
fill("en/clipper/charging", dict(buyer_name="Mr Fitzwilliam-Oduro", product=C5, runtime="three hours", agent_name=A3),
     "exact fill")
fill("en/clipper/charging", dict(buyer_name="Ms Rowntree", product=C3, runtime="100 minutes", agent_name=A4),
     "one sentence of the last paragraph split in two (JC2)",
     edits=[("keep working while it charges, so a long groom never has to stop halfway.",
             "keep working while it charges. That way a long groom never has to stop halfway.")],
     tags=["split"])
fill("en/clipper/charging", dict(buyer_name="Benedikt", product=C3, runtime="100 minutes", agent_name=A1),
     "one wording edit: 'roughly ten minutes' -> 'about ten minutes' (JC2)",
     edits=[("there are roughly ten minutes left", "there are about ten minutes left")], tags=["wording"])
fill("en/grinder/first-use", dict(buyer_name="Mr Gallacher", product=G2, agent_name=A2), "exact fill")
fill("en/grinder/first-use", dict(buyer_name="Marisol", product=G2, agent_name=A3),
     "greeting changed and a sympathetic line about the buyer's dog added (JC2)",
     edits=[("Hello Marisol,", "Hi Marisol,\n\nPoor Bramble, the first nail trim at home is always the hardest one.")],
     tags=["greeting", "warm-line"])
fill("en/shampoo/dilution", dict(buyer_name="Ms Ekwueme", product=OAT, ratio="one part shampoo with eight parts water",
     agent_name=A4), "exact fill")
fill("en/shampoo/dilution", dict(buyer_name="Mr Hollingsworth", product=OAT, ratio=RATIO_LONG, agent_name=A1),
     "a 200-character mixing instruction in the ratio slot; two sentences of the second paragraph merged (JC2)",
     edits=[("with lukewarm water first. Apply the diluted shampoo", "with lukewarm water first, then apply the diluted shampoo")],
     tags=["merge", "long-value"])
fill("en/warranty/claim", dict(buyer_name="Ms Delacroix-Nunn", product=HV2, warranty_period="two-year",
     case_id="FGS-W-51206", order_id="113-4072815-6639021", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Tambe", product=C5, warranty_period="one-year",
     case_id="FGS-W-51247", order_id="111-8845209-3170642", agent_name=A3),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[("To get your claim moving, please answer this message with a few words about the fault and, if you can, a short video of the tool switched on. We have opened case FGS-W-51247 for order 111-8845209-3170642.",
             "We have opened case FGS-W-51247 for order 111-8845209-3170642. To get your claim moving, please answer this message with a few words about the fault and, if you can, a short video of the tool switched on.")],
     tags=["reorder"])
fill("en/apology/dryer-cold", dict(buyer_name="Mrs Lockwood-Sian", product=HV2, agent_name=A4), "exact fill")
fill("en/apology/dryer-cold", dict(buyer_name="Mr Zielinski", product=MINI, agent_name=A1),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("That is a fault inside the unit, so there is nothing for you to adjust or test at home.",
             "This is a defect in the dryer itself, so you do not need to adjust or test anything at home.")],
     tags=["paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Ms Brightwater", order_id="114-2290751-8806134", product=SL,
     agent_name=A2), "exact fill; the only review request for this order, no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Caspian", order_id="112-6031487-4925570", product=RK, agent_name=A3),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hello Caspian,", "Dear Caspian,"), ("Many thanks,", "Best wishes,")], tags=["greeting", "sign-off"])
fill("en/table/setup", dict(buyer_name="Ms Moreau-Baines", product=T36, max_load="50 kg (110 lb)", agent_name=A4),
     "exact fill")
fill("en/table/setup", dict(buyer_name="Mr Quigley", product=T30, max_load="35 kg (77 lb)", agent_name=A1),
     "warm line about the buyer's new grooming corner added before the sign-off (JC2)",
     edits=[("rated for up to 35 kg (77 lb).", "rated for up to 35 kg (77 lb).\n\nEnjoy your new grooming corner!")],
     tags=["warm-line"])

fill("zh/brush/slicker", dict(buyer_name="尹女士", product=SL, agent_name=Z1), "exact fill")
fill("zh/brush/slicker", dict(buyer_name="薛先生", product=SL_ZH, agent_name=Z2),
     "整段商品标题放入 product 占位符；问候语改写 (JC2)", edits=[("薛先生，您好：", "薛先生，晚上好：")],
     tags=["long-value", "greeting"])
fill("zh/brush/slicker", dict(buyer_name="黎女士", product=SL, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您和毛孩子相处愉快！", "祝您家狗狗顺利度过换毛季！")], tags=["sign-off"])
fill("zh/dryer/settings", dict(buyer_name="郝先生", product=HV2, agent_name=Z2), "exact fill")
fill("zh/dryer/settings", dict(buyer_name="俞女士", product=MINI, agent_name=Z1),
     "最后一段拆成两句 (JC2)",
     edits=[("每次用完请拔下电源，取出进风口的过滤棉", "每次用完请拔下电源。取出进风口的过滤棉")], tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="常先生", product=C5, warranty_period="两年", order_id="112-5583016-9142708",
     case_id="FGS-W-51318", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="卢女士", product=G2, warranty_period="一年", order_id="113-1649275-3380956",
     case_id="FGS-W-51354", agent_name=Z1),
     "措辞微调：“简单说明故障情况”改为“简要描述故障情况” (JC2)", edits=[("简单说明故障情况", "简要描述故障情况")],
     tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="廖女士", product=RK, order_id="111-9072648-1553290", agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，对话中买家没有先表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="邱先生", product=G2, order_id="114-4816530-7209364", agent_name=Z1),
     "问候语改写；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("邱先生，您好：", "邱先生，早上好：")], tags=["greeting"])
fill("zh/apology/clipper-pull", dict(buyer_name="夏女士", product=C3, agent_name=Z1), "exact fill")
fill("zh/apology/clipper-pull", dict(buyer_name="汤先生", product=C5, agent_name=Z2),
     "第二段两句合并为一句 (JC2)",
     edits=[("开机空转十秒后擦掉多余的油。修剪前也请确认", "开机空转十秒后擦掉多余的油，修剪前也请确认")], tags=["merge"])
fill("zh/apology/clipper-pull", dict(buyer_name="殷女士", product=C3, agent_name=Z1),
     "在问候语后加一句体谅的话 (JC2)",
     edits=[("殷女士，您好：", "殷女士，您好：\n\n小狗第一次在家剪毛就被扯疼了，您一定很心疼。")], tags=["warm-line"])

fill("zh-tw/shampoo/sensitive", dict(buyer_name="詹小姐", product=SEN, agent_name=W1), "exact fill")
fill("zh-tw/shampoo/sensitive", dict(buyer_name="游先生", product=SEN, agent_name=W2),
     "在署名前加上結尾祝語 (JC2)", edits=[("請暫停使用並諮詢獸醫。", "請暫停使用並諮詢獸醫。\n\n祝 毛孩洗澡愉快")],
     tags=["sign-off"])
fill("zh-tw/grinder/speed", dict(buyer_name="洪太太", product=G2, agent_name=W1), "exact fill")
fill("zh-tw/grinder/speed", dict(buyer_name="呂先生", product=G2, agent_name=W2),
     "第二段前後兩句調換順序 (JC2)",
     edits=[("磨甲時請用拇指和食指固定腳趾，把周圍的毛撥開，讓磨頭從指甲下方斜斜碰觸指甲尖端，每次一到兩秒就移開，避免摩擦發熱。淺色指甲看到粉紅色的血線就要停，深色指甲磨到切面中央出現濕潤的深色小點時也該停止。",
             "淺色指甲看到粉紅色的血線就要停，深色指甲磨到切面中央出現濕潤的深色小點時也該停止。磨甲時請用拇指和食指固定腳趾，把周圍的毛撥開，讓磨頭從指甲下方斜斜碰觸指甲尖端，每次一到兩秒就移開，避免摩擦發熱。")],
     tags=["reorder"])
fill("zh-tw/brush/rake", dict(buyer_name="柯小姐", product=RK, agent_name=W1), "exact fill")
fill("zh-tw/brush/rake", dict(buyer_name="卓先生", product=RK, agent_name=W2),
     "問候語改寫並加一句體諒的話 (JC2)",
     edits=[("卓先生 您好：", "卓先生 午安：\n\n家裡的哈士奇開始換毛，地板上一定天天都是毛。")], tags=["greeting", "warm-line"])
fill("zh-tw/table/height", dict(buyer_name="童太太", product=T36, agent_name=W1), "exact fill")
fill("zh-tw/table/height", dict(buyer_name="馬先生", product=T36_TW, agent_name=W2),
     "整段商品標題放入 product 佔位符 (JC2)", edits=[], tags=["long-value"])
fill("zh-tw/table/height", dict(buyer_name="孫小姐", product=T30, agent_name=W1),
     "第一段兩句合併 (JC2)",
     edits=[("的高度調整。每支桌腳內側", "的高度調整：每支桌腳內側")], tags=["merge"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep)


fill_log("en/clipper/blades", dict(buyer_name="Mr Abiodun-Clarke", product=C5, agent_name=A2),
         "before you carry on.",
         "The spare #7F blade from the same order was packed on its own and is travelling with USPS, tracking 9400136108331720459186; it should reach you on Thursday.",
         "split-shipment tracking for a spare blade, added as its own paragraph", sep="\n\n")
fill_log("en/clipper/charging", dict(buyer_name="Ms Szekely-Drummond", product=C3, runtime="100 minutes", agent_name=A3),
         "helps the cells last longer.",
         "The charging stand that was missing from your box left our Reno warehouse this morning with UPS, tracking 1Z8W30570412883675.",
         "missing charging stand resent (fulfilment, JC6)")
fill_log("en/shampoo/dilution", dict(buyer_name="Mr Ravenhill", product=OAT, ratio="one part shampoo with eight parts water",
         agent_name=A4),
         "if your pet dislikes water there.",
         "If the scent turns out not to suit your dog, the second, unopened bottle can still be returned within 30 days from Your Orders.",
         "return window for an unopened bottle")
fill_log("en/warranty/claim", dict(buyer_name="Ms Oyelaja", product=C5, warranty_period="one-year",
         case_id="FGS-W-51288", order_id="113-9517062-2284419", agent_name=A1),
         "for order 113-9517062-2284419.",
         "Should we need the clipper back for inspection, we will book a free UPS pickup from your address, so there is no trip to the post office.",
         "how a warranty unit would travel")
fill_log("en/apology/dryer-cold", dict(buyer_name="Mr Prendergast", product=HV2, agent_name=A2),
         "until the new dryer is running properly.",
         "The replacement leaves our Columbus warehouse within one business day by FedEx Ground, and the driver will collect the faulty dryer when the new one is delivered.",
         "replacement dispatch and collection of the faulty unit (JC6)")
fill_log("en/table/setup", dict(buyer_name="Ms Kavanagh-Ito", product=T36, max_load="50 kg (110 lb)", agent_name=A3),
         "rated for up to 50 kg (110 lb).",
         "Because the table is an oversized parcel it goes with FedEx Ground rather than UPS, and the tracking number will appear in Your Orders once it leaves the warehouse tomorrow.",
         "carrier and tracking for an oversized parcel")
fill_log("zh/brush/slicker", dict(buyer_name="柳女士", product=SL, agent_name=Z2),
         "梳下来的毛就能整片取下。",
         "您一起购买的除毛耙放在另一个包裹里，已由 USPS 寄出，运单号 9400136108331735862047，会比针梳晚一天送达。",
         "分开寄出的除毛耙及运单号")
fill_log("zh/dryer/settings", dict(buyer_name="甘先生", product=HV2, agent_name=Z1),
         "保持进风顺畅。",
         "另外，您反映箱子里少了圆形风嘴，我们已经免费补寄，今天由 UPS 发出，运单号 1Z8W30570419026541。",
         "补寄缺少的风嘴 (JC6)")
fill_log("zh/warranty/claim", dict(buyer_name="岳女士", product=C3, warranty_period="一年", order_id="112-3305974-6617082",
         case_id="FGS-W-51391", agent_name=Z2),
         "编号 FGS-W-51391。",
         "检测期间如果需要把推剪寄回，我们会通过亚马逊给您发送预付费退货面单，寄回的运费由我们承担。",
         "保修检测时的寄回方式")
fill_log("zh/apology/clipper-pull", dict(buyer_name="谷先生", product=C3, agent_name=Z1),
         "再次向您致歉。",
         "如果您决定不再使用，这台推剪仍在三十天退货期内，在“您的订单”里选择退货即可，仓库签收后两个工作日内为您退款。",
         "退货期与退款说明")
fill_log("zh-tw/shampoo/sensitive", dict(buyer_name="白小姐", product=SEN, agent_name=W2),
         "請暫停使用並諮詢獸醫。",
         "您同一張訂單的美容桌因為體積較大，會另外由 UPS 配送，追蹤單號 1Z8W30570423378190，預計下週一送達。",
         "分開配送的美容桌追蹤單號")
fill_log("zh-tw/grinder/speed", dict(buyer_name="龔先生", product=G2, agent_name=W1),
         "就該更換一次。",
         "您反映包裝裡少了備用砂環，我們已經免費補寄一包，今天從倉庫寄出，預計三天內送達。",
         "補寄缺少的砂環 (JC6)")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Ms Harcourt-Eze,\n\nYour Gustline HV-2 dryer was collected from our Reno warehouse this afternoon by UPS. The tracking number is 1Z8W30570437715264, and UPS currently expects to drop it off on Thursday between 9 am and 1 pm.\n\nBest,\nPhilippa", ["tracking"], "tracking and delivery window (JC14)"),
    ("Hello Mr Rookwood,\n\nI'm sorry your grooming table hasn't turned up yet. The blizzard closed the FedEx hub in Indianapolis for two days, and their new delivery estimate is Monday. If it still hasn't reached you by Wednesday, tell us here and we will send another one at no charge.\n\nRegards,\nDesmond", ["delay"], "weather delay (JC14, JC11)"),
    ("Dear Ms Strathmore,\n\nUSPS shows the parcel with your shampoo as delivered to your building's mailroom at 11:40 am yesterday. Could you ask at the front desk whether someone signed for it there? If it hasn't surfaced by Friday, let me know and I will reship it and open a trace with USPS.\n\nKind regards,\nIngrid", ["delivery"], "delivered to a mailroom but not found (JC14)"),
    ("Hi Wren,\n\nThanks for catching that before dispatch. Your order is still waiting to be packed, so I've changed the shipping address to your new flat on Larch Street. Delivery is still expected on Tuesday. Give Mochi a scratch behind the ears from all of us!\n\nRufus", ["address"], "address update before dispatch, with a friendly line; still logistics (JC14, JC2)"),
    ("Hello Mr Vasquez-Todd,\n\nTo send the clipper back, open Your Orders, choose the clipper and select 'No longer needed'; Amazon will give you a prepaid label. Before packing, brush any hair out of the blade, then put the clipper, blade, combs and charger back in the hard case, place the case in a sturdy box with some padding around it, and seal the box before sticking on the label.\n\nThanks,\nPhilippa", ["returns", "packing"], "return with packing instructions (JC4)"),
    ("Hi Ms Okonkwo-Hale,\n\nYour returned G2 nail grinder reached our Columbus warehouse this morning, and a refund of $39.99 is on its way to your original payment method. Most banks show it within three to five business days.\n\nBest regards,\nDesmond", ["refund", "returns"], "refund of a return (JC14, JC11)"),
    ("Dear Mr Lavoie,\n\nOn orders shipped to Canada, Amazon collects the import fees together with your payment, so Canada Post should not ask you for anything on delivery. If a carrier does leave a duty notice, please hold off paying it and send us a picture, and we will settle it with them directly.\n\nRegards,\nIngrid", ["customs"], "duties already collected for a Canadian address (JC7)"),
    ("Hello Ms Sorensen-Blake,\n\nYour parcel cleared customs in Vancouver early this morning and has been handed to Canada Post. Their tracking now shows delivery on Wednesday, and there is nothing you need to do in the meantime.\n\nRufus", ["customs"], "parcel through customs (JC7)"),
    ("Hi Mr Delaney-Foss,\n\nAs requested, your order for the Stillpaw table has been cancelled. It hadn't left the warehouse yet, so nothing was charged, and the authorisation hold on your card should disappear within a few days.\n\nPhilippa", ["cancellation"], "cancellation before dispatch (JC14, JC11)"),
    ("Hello Ms Varga,\n\nYour order went out in two parcels: the Vexley C5 clipper with UPS, tracking 1Z8W30570441159032, and the bottle of oatmeal shampoo with USPS, tracking 9400136108331749105573. Both should be with you by Saturday.\n\nKind regards,\nDesmond", ["tracking", "split-shipment"], "split shipment (JC14)"),
    ("Dear Mr Brannock,\n\nI'm very sorry the grooming table arrived with a bent leg brace; please don't use it, as it may fold under your dog. A new table left today with FedEx Ground, tracking number in Your Orders, and when it is delivered the driver will take the damaged one away. Just fold it flat and leave it by the door.\n\nRegards,\nIngrid", ["damage", "returns"], "transit damage and collection of the damaged table (JC4, JC6)"),
    ("Hi Ms Fairclough,\n\nBecause the grooming table travels as an oversized parcel, FedEx Home Delivery needs someone at home to receive it. They can come on Tuesday or Thursday between noon and 5 pm; reply here with the day that suits you and I'll confirm it with them.\n\nRufus", ["delivery"], "scheduling delivery of a bulky item (JC14)"),
    ("Hello Mr Thornquist,\n\nFedEx cannot deliver to a PO box, so we have switched your dryer to USPS Priority Mail. It leaves tomorrow, and the new tracking number will show in Your Orders as soon as USPS scans it.\n\nBest,\nPhilippa", ["shipping", "address"], "PO box served by switching carrier (JC14)"),
    ("Dear Ms Grantham,\n\nOpened shampoo can't be resold, so please don't post the bottle back to us. I've issued a returnless refund of $18.50 to your original payment method instead, and the return request in your account has been closed.\n\nRegards,\nDesmond", ["refund", "returns"], "returnless refund of an opened bottle (JC14, JC11)"),
    ("Hi Mr Ellery-Shaw,\n\nWe sent you a #10 blade instead of the #7F you ordered, and I apologise for the mix-up. The #7F ships today by USPS, tracking 9400136108331752386614. Please keep the #10; there is no need to send it back.\n\nIngrid", ["fulfilment"], "wrong item replaced (JC6, JC11)"),
    ("Hello Ms Kahananui,\n\nThe blade cooling spray in your order is an aerosol, which carriers are not allowed to fly to Hawaii, so it travels separately by ground and sea and takes 10 to 14 days. The clipper and combs went by air and should arrive on Friday.\n\nRufus", ["shipping"], "carrier restriction on aerosols (JC7)"),
    ("Hello Mr Ibarra-Lund,\n\nYour parcel to Guadalajara is being held by Mexican customs, who need the recipient's RFC tax number before they release it. DHL will send you a request by text message; once you answer them with the number, delivery usually follows within two days.\n\nPhilippa", ["customs"], "customs paperwork for Mexico (JC7)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("焦女士，您好：\n\n您的吹水机昨天下午从仓库发出，承运商是 UPS，运单号 1Z8W30570458830417，系统预计本周四送达。\n\n闻楚瑶", ["tracking"], "运单号与预计送达 (JC14)"),
    ("祁先生，您好：\n\n让您久等了，非常抱歉。受寒潮影响，承运商在芝加哥的分拣中心停工了两天，您的美容桌新的预计送达日期是下周二。如果到周四还没收到，请在这里告诉我们，我们会再寄一张给您。\n\n邵景行", ["delay"], "寒潮延误 (JC14)"),
    ("毛女士，您好：\n\n您的订单还在等待打包，我们已经按您提供的新地址修改了收货信息，预计送达日期不变。\n\n闻楚瑶", ["address"], "发货前修改地址 (JC14, JC11)"),
    ("池先生，您好：\n\n退货时请在“您的订单”里选中这件商品并提交退货申请，亚马逊会提供预付费退货面单。打包前请把刀头上的毛发清理干净，把推剪、刀头、限位梳和充电器放回收纳盒，再装进结实的纸箱，四周塞好缓冲材料后封箱贴单。\n\n邵景行", ["returns", "packing"], "退货包装说明 (JC4)"),
    ("季女士，您好：\n\n您寄回的磨甲器今天上午已经入库，39.99美元的退款已原路退回，银行一般需要三到五个工作日才会显示。\n\n闻楚瑶", ["refund", "returns"], "退货退款 (JC11, JC14)"),
    ("蒋先生，您好：\n\n承运商的记录显示，装有洗毛液的包裹昨天上午十一点投进了您小区的快递柜，请查看手机短信里的取件通知。如果柜子里没有，请告诉我们，我们会向 USPS 申请查件并为您补发。\n\n邵景行", ["delivery"], "投递到快递柜 (JC14)"),
    ("狄女士，您好：\n\n寄往加拿大的包裹今天已进入温哥华海关，清关通常需要一到两个工作日。清关完成后由加拿大邮政派送，期间不需要您提供任何资料。\n\n闻楚瑶", ["customs"], "清关中 (JC7)"),
    ("单先生，您好：\n\n已经按您的要求取消了这笔订单。商品还没有出库，所以不会产生扣款，信用卡上的预授权几天内会自动解除。\n\n邵景行", ["cancellation"], "发货前取消 (JC11, JC14)"),
    ("钟女士，您好：\n\n您这笔订单分两个包裹寄出：电推剪由 UPS 配送，运单号 1Z8W30570462097758；燕麦洗毛液由 USPS 配送，运单号 9400136108331768840235。两个包裹预计周六前都能送到。\n\n闻楚瑶", ["tracking", "split-shipment"], "分开发货 (JC14)"),
    ("查先生，您好：\n\n很抱歉吹水机的外壳在运输途中摔裂了，请不要再通电使用。新的一台今天已由 UPS 发出，运单号 1Z8W30570476614829。坏的那台请用新机的纸箱装好，贴上本对话里附的预付费退货面单寄回即可。\n\n邵景行", ["damage", "returns"], "运输损坏及寄回 (JC4, JC6)"),
    ("裴女士，您好：\n\n寄往加拿大的订单，进口关税和税费已在下单时由亚马逊一并收取，派送时快递员不应再向您收费。如果有人要求补缴，请先别付款，把通知单拍照发给我们，我们来和承运商交涉。\n\n闻楚瑶", ["customs"], "关税已预收 (JC7)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("嚴先生 您好：\n\n您訂購的除毛耙昨天已從倉庫寄出，由 USPS 配送，追蹤單號 9400136108331771293508，預計週五送達。\n\n韋書涵", ["tracking"], "追蹤單號與預計送達 (JC14)"),
    ("歐陽小姐 您好：\n\n很抱歉包裹延誤了。物流顯示美容桌因為暴風雪滯留在丹佛的轉運中心，新的預計送達日是下週三。如果週五前還沒收到，請在這裡告訴我們，我們會立刻補寄。\n\n邢承澤", ["delay"], "暴風雪延誤 (JC14)"),
    ("郭太太 您好：\n\n如需退貨，請到「您的訂單」提出退貨申請並列印預付退貨標籤。寄回前請把磨甲器關機，把磨頭上的粉屑擦乾淨，連同充電線放回原盒，外面再套一層紙箱封好，最後貼上標籤。\n\n韋書涵", ["returns", "packing"], "退貨包裝說明 (JC4)"),
    ("鄺先生 您好：\n\n倉庫已經收到您寄回的吹水機，149.99 美元已退回原付款方式，大約三到五個工作天會入帳。\n\n邢承澤", ["refund", "returns"], "退貨退款 (JC11, JC14)"),
    ("程小姐 您好：\n\n您的訂單還沒出貨，已依照您的要求把收件地址改成公司地址，送達日期維持不變。\n\n韋書涵", ["address"], "出貨前修改地址 (JC14)"),
    ("盧先生 您好：\n\n物流紀錄顯示包裹昨天下午四點已送達，簽收人是大樓管理員。麻煩您先向管理室確認；如果兩天內仍找不到，請告訴我們，我們會向物流公司申請查詢並重新寄出。\n\n邢承澤", ["delivery"], "顯示簽收但未收到 (JC14)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Penrose,\n\nOh, poor Waffles, mats behind the ears are so common in doodles! Please don't try to tease them apart with the slicker, because that pulls on the skin. Slide a comb between the mat and the skin, then clip underneath it with the #10 blade. A quick comb-through behind the ears every other day will stop new ones forming.\n\nPhilippa", ["advice"], "friendly free-written advice on mats: no template covers this (JC15)"),
    ("Hello Mr Okonjo-Reyes,\n\nFor a goldendoodle I'd lean towards the C5 Pro: its brushless motor stays cooler through a thick coat, and it has five speeds. The C3 is lighter and quieter, which suits small dogs, cats and quick tidy-ups between full grooms.\n\nDesmond", ["advice", "comparison"], "comparison the buyer asked for; no price or offer (JC10, JC15)"),
    ("Dear Ms Carraway,\n\nPlease avoid using your own shampoo on Otis. Products for people are made for more acidic skin and can leave a dog's skin dry and flaky. Any shampoo made for dogs is fine, and for sensitive skin a fragrance-free one is the kindest choice.\n\nIngrid", ["advice"], "human shampoo question (JC15)"),
    ("Hi Linnea,\n\nYes, the grinder works on cats too, but most cats put up with it best in very short sessions: one or two claws at a time, on low speed, while they are sleepy after a meal. Wrap her loosely in a towel if she wriggles, and press gently on each toe pad to bring the claw out.\n\nRufus", ["advice"], "grinder on a cat (JC15)"),
    ("Hello Mr Dunmore,\n\nThanks for sending the video of the clipper. I've passed it to our technician, who is looking at it this afternoon, and I'll come back to you tomorrow morning with what we recommend.\n\nIngrid", ["holding"], "holding reply on a fault (JC16)"),
    ("Dear Mrs Abernethy-Cole,\n\nA shih tzu usually does well with a bath every three to four weeks. In between, a daily brush of the face and legs and a weekly full comb-out keep the coat from tangling, and wiping around the eyes each morning stops tear stains from setting in.\n\nPhilippa", ["advice"], "bathing interval (JC15)"),
    ("Hi Mr Trelawney,\n\nPuppies are often scared of a dryer's roar at first. Let Juniper hear it from the next room while she eats, then bring it closer over a few days, always on the lowest speed. Start drying at the back legs and keep the nozzle well away from her face until she is relaxed.\n\nDesmond", ["advice"], "puppy afraid of the dryer (JC15)"),
    ("Dear Ms Hadfield,\n\nThose ridges in the coat are usually from moving the clipper too fast or changing direction. Slow down, keep the blade flat against the body, and overlap each stroke a little with the one before. A quick second pass in the same direction smooths out anything left.\n\nRufus", ["advice", "troubleshooting"], "clipper ridges in the coat (JC15)"),
    ("Hello Clementine,\n\nThank you so much for the photo of Duchess after her first home groom. She looks wonderful, and that teddy-bear face is just perfect. It made the whole team smile this morning!\n\nIngrid", ["thanks"], "warm thank-you reply with nothing about logistics and no template behind it (JC17)"),
    ("Hi Mr Ashworth,\n\nYou can start handling your puppy for grooming straight away, even at nine weeks: touch his paws, ears and face every day and brush him for a minute at a time. A full clip is best left until all his vaccinations are done, and the first one should be short and gentle.\n\nPhilippa", ["advice"], "first groom for a puppy (JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("汪先生，您好：\n\n脚底毛建议用小号推剪或十号刀头来修，先把狗狗的脚掌轻轻分开，只修掉肉垫之间长出来的毛，不要往肉垫里面推。修完以后狗狗在地板上走路就不容易打滑了。\n\n闻楚瑶", ["advice"], "修脚底毛 (JC15)"),
    ("宋女士，您好：\n\n如果是在家给泰迪修剪，C3 更轻、声音更小，适合小型犬和猫；C5 Pro 的电机更有劲，五档调速，适合毛量大的中大型犬。您家狗狗体型小，用 C3 就足够了。\n\n邵景行", ["advice", "comparison"], "买家询问的型号比较，无价格无促销 (JC10, JC15)"),
    ("任女士，您好：\n\n短毛猫一般不需要经常洗澡，两三个月洗一次就够了，平时每周梳两次毛就能保持干净。长毛猫可以一个月洗一次，洗完一定要彻底吹干。\n\n闻楚瑶", ["advice"], "猫咪洗澡频率 (JC15)"),
    ("方先生，您好：\n\n磨甲器发出异响的录音我们收到了。负责维修的同事正在用同型号的样机对比，最迟后天给您答复该怎么处理。\n\n邵景行", ["holding"], "故障的等待回复 (JC16)"),
    ("杜女士，您好：\n\n很多狗狗第一次听到推剪的声音都会紧张。可以先把推剪开着放在旁边，一边喂零食一边摸摸它，过几天再用机身轻轻碰碰它的背，等它放松了再正式修剪。\n\n闻楚瑶", ["advice"], "狗狗怕推剪 (JC15)"),
    ("时先生，您好：\n\n看到照片里柯基刚洗完澡一脸委屈的样子，我们都笑了！冬天洗完澡后，记得先用毛巾把水吸干，再把肚子和腋下吹透，这两个地方最容易吹不干。\n\n邵景行", ["advice"], "语气亲切的洗后吹干建议 (JC15, JC17)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("鄔小姐 您好：\n\n貴賓犬眼睛周圍的毛建議用圓頭剪刀修，不要用推剪。先用梳子把毛往前梳，再沿著眼角剪短一點，就不會刺到眼睛。\n\n韋書涵", ["advice"], "眼周修剪 (JC15)"),
    ("顏先生 您好：\n\n推剪用一陣子後刀頭變燙，多半是缺油或連續使用太久。建議每修二十分鐘就停下來上油，或換上另一片刀頭讓它冷卻。\n\n邢承澤", ["advice", "troubleshooting"], "刀頭發燙 (JC15)"),
    ("王太太 您好：\n\n這款洗毛精也可以給貓咪使用，不過貓咪很愛舔毛，請一定要沖洗乾淨。如果貓咪很怕水，可以先用濕毛巾擦拭弄髒的地方，不一定要全身洗。\n\n韋書涵", ["advice"], "洗毛精用於貓咪 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Fenwick-Asare,\n\nShort version on blades: the bigger the number, the closer the cut. A 10 is for tidying pads, tummy and bottom, and a 7F gives a short all-over clip. If you want more length left on, put an attachment comb on a 30 and go by the size printed on the comb. Check the blade against your wrist now and then and swap it if it's getting warm.\n\nPhilippa", "retells en/clipper/blades (JC12)"),
    ("Hello Mr Aldridge,\n\nAfter every session, brush the hair off the blade, give the teeth a few seconds in blade wash with the clipper running, then add a few drops of oil and wipe it down. Re-oil every twenty minutes or so on long jobs. If it still leaves streaks after oiling, it's time to have the blade sharpened.\n\nDesmond", "retells en/clipper/care (JC12)"),
    ("Hi Ms Kimura-Frost,\n\nOn low you should get a good couple of hours of trimming from a full battery, less on high or with a dense coat. One flashing bar means about ten minutes to go. It charges fully in an hour and a half, and it runs off the cable too, so you're never stuck mid-groom.\n\nIngrid", "retells en/clipper/charging (JC12)"),
    ("Hello Mr Penberthy,\n\nTake the grinder slowly for the first week: switch it on near your dog and reward him, let him sniff it, then touch it to his paws without grinding. When he's calm, do just a second or two per nail from underneath, and stop before you reach the quick.\n\nRufus", "retells en/grinder/first-use (JC12)"),
    ("Dear Ms Gathoni,\n\nThe shampoo needs diluting, roughly one to eight with water. Get the coat wet through, massage it in from the back, leave it a few minutes, then rinse really well, because leftover shampoo is what usually makes dogs itchy. Keep it out of the eyes.\n\nPhilippa", "retells en/shampoo/dilution (JC12)"),
    ("Hi Mr Cardew,\n\nLock all four legs out until they click and make sure the table doesn't wobble. The arm clamps onto the short end; set the loop snug behind the ears so your dog can stand but can't wander off the edge. And please never step away while he's up there.\n\nDesmond", "retells en/table/setup (JC12)"),
    ("Hello Ms Rainsford,\n\nWhenever you have a minute, we'd be glad to read how the grinder has worked for you and your dog in an Amazon review, whatever your experience has been.\n\nIngrid", "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("霍先生，您好：\n\n针梳要轻拿轻梳，别往皮肤上压，一层一层从下往上梳。碰到毛结先用手撕松再慢慢梳开，梳完按一下按钮就能把毛取下来。\n\n闻楚瑶", "retells zh/brush/slicker (JC12)"),
    ("宫女士，您好：\n\n风速有五档，小狗和猫用一二档就行；温度一般开温风，热风只给毛厚的大狗用，而且要离远一点。先用扁嘴吹干，再换圆嘴吹蓬。用完记得把过滤棉拿出来拍干净。\n\n邵景行", "retells zh/dryer/settings (JC12)"),
    ("阎先生，您好：\n\n拉毛多半是刀头缺油或卡了碎毛，把刀头拆下来刷干净、滴几滴油空转一下，再确认毛吹干梳顺了就好。还是拉的话告诉我们刀头号数。给您添麻烦了，抱歉。\n\n闻楚瑶", "retells zh/apology/clipper-pull (JC12)"),
    ("晏女士，您好：\n\n电动工具有保修，电机、开关、电池这类做工问题都包括；刀头磨头算耗材，摔了、进水或拆过的不保。您把情况说一下，拍段开机的视频发过来就行。\n\n邵景行", "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("李小姐 您好：\n\n這瓶洗毛精要先加水稀釋，大約一比六。毛打濕後從背部抹開、按摩一下，放個五分鐘，再徹底沖乾淨，沒沖乾淨反而會癢。皮膚紅腫的話就先停用，問問獸醫。\n\n韋書涵", "retells zh-tw/shampoo/sensitive (JC12)"),
    ("張先生 您好：\n\n小狗、貓咪用低速，大狗指甲硬再用高速。固定好腳趾，從下面斜斜碰一兩秒就拿開，看到血線或深色小點就停。砂環磨平了記得換。\n\n邢承澤", "retells zh-tw/grinder/speed (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Lowther,\n\nYour replacement blade ships tomorrow by USPS. Until it arrives you can keep using the #10 you have; just stop to oil it every twenty minutes and test it on your wrist, because a blade that runs hot is what causes the kind of redness you saw.\n\nPhilippa", "shipping plus blade-heat advice (JC5)"),
    ("Hello Ms Ferraby,\n\nThe dryer will be delivered on Thursday. Before using it on your spaniel, run it for a minute on its own at the lowest speed so she can get used to the sound, and keep the nozzle moving rather than holding it on one spot.\n\nDesmond", "delivery plus first-use advice (JC5)"),
    ("Dear Mr Quayle,\n\nI've started the return for the slicker brush, and the label is in Your Orders. Before you send it, it may be worth trying a lighter touch: most scratching comes from pressing down, and the pins work best when the brush just glides over the coat.\n\nIngrid", "return plus brushing advice in own words (JC5)"),
    ("Hi Ms Lindholm,\n\nYour order is waiting at customs in Winnipeg for a day or two. While you wait, give your sheltie a full brush-out, since a clean, tangle-free coat is far easier to clip once the clipper arrives.\n\nRufus", "customs plus preparation advice (JC5)"),
    ("Hello Mr Dacosta-Reeve,\n\nThe spare grinding bands went out today with UPS, tracking 1Z8W30570481352206. Until they arrive, you can turn the current band a quarter turn on the drum to use a fresher section of grit.\n\nPhilippa", "tracking plus grinder advice (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("姜女士，您好：\n\n换货的吹水机明天由 UPS 发出。在收到之前，可以先用家里的吹风机开低温档，离皮肤远一点，边吹边用针梳把毛拉直，这样不容易打结。\n\n闻楚瑶", "发货加吹干建议 (JC5)"),
    ("齐先生，您好：\n\n包裹预计周五送达。收到推剪后请先充满电，第一次使用建议从背部开始，让狗狗先习惯声音和振动，再修脚和脸。\n\n邵景行", "送达加首次使用建议 (JC5)"),
    ("严女士，您好：\n\n您的包裹还在清关，大约还要两天。在等待期间，建议每天给猫咪梳一次毛，先把浮毛清掉，等除毛耙到了会轻松很多。\n\n闻楚瑶", "清关加梳毛建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("周先生 您好：\n\n補寄的砂環今天已經寄出。在收到之前，建議先用低速磨，每磨一隻腳就停一下讓磨頭降溫，舊砂環比較不會發燙。\n\n韋書涵", "補寄加磨甲建議 (JC5)"),
    ("徐小姐 您好：\n\n包裹預計週三送達。收到洗毛精後，第一次使用建議先在腳掌內側小範圍試用，隔天沒有發紅再全身使用。\n\n邢承澤", "送達加試用建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/clipper/blades", dict(buyer_name="Mr Haverstock", product=C5, agent_name=A1),
        "before you carry on.",
        "P.S. Our ceramic replacement blades are 30% off in our Amazon store until Sunday with code TRIMTIME, so it's a good moment to stock up.",
        [MKT, TR], "P.S. with a discount code for blades", sep="\n\n")
add_bad("en/clipper/charging", dict(buyer_name="Ms Quintero-Ball", product=C3, runtime="100 minutes", agent_name=A2),
        "helps the cells last longer.",
        "If Biscuit's first clip went well, we'd be thrilled if you left us a 5-star review!",
        [RI, TR], "five-star ask from happy buyers only")
add_bad("en/grinder/first-use", dict(buyer_name="Mr Whitcroft", product=G2, agent_name=A3),
        "in the middle of dark nails.",
        "If the first session is tricky, call our grooming coach directly on (775) 555-0163 and she'll talk you through it.",
        [OPC, TR], "product coaching moved to a private phone line")
add_bad("en/apology/dryer-cold", dict(buyer_name="Ms Alderney", product=HV2, agent_name=A4),
        "until the new dryer is running properly.",
        "Before you post a review about the dryer, please give us the chance to put things right by contacting us first.",
        [RI, TR], "review gating: unhappy buyer steered to the seller before reviewing")
add_bad("en/table/setup", dict(buyer_name="Mr Pennock", product=T36, max_load="50 kg (110 lb)", agent_name=A1),
        "rated for up to 50 kg (110 lb).",
        "Tag your grooming photos with @furrowdale.grooms on Instagram to enter our monthly table giveaway.",
        [MKT, OPC, TR], "Instagram handle plus giveaway")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Barraclough", order_id="111-3368920-7741805", product=OAT,
        agent_name=A2),
        "whatever it is.",
        "To say thank you, we'll send you a free bottle of Lathermere shampoo once your review is live.",
        [RI, TR], "free product for a review")
add_bad("en/clipper/care", dict(buyer_name="Mr Tregarthen", product=C5, agent_name=A3),
        "it is ready for the sharpener.",
        "Our step-by-step blade-care videos are on our own site at furrowdale-grooming.com/blade-care.",
        [OPC, TR], "outside link for product content")
add_bad("en/warranty/claim", dict(buyer_name="Ms Montague-Rhys", product=HV2, warranty_period="two-year",
        case_id="FGS-W-51425", order_id="114-7702153-5068231", agent_name=A4),
        "for order 114-7702153-5068231.",
        "When the repaired dryer ships back to you, you can follow it at furrowdale-grooming.com/track instead of in Your Orders.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Trevelyan,\n\nYour refund for the returned grinder went through this morning. Now that it's all sorted, if you bump your two-star review up, we'll send you a free Burrwick slicker brush as a thank-you.\n\nRufus",
     [RI, TR], "refund of a return (logistics) plus a free brush for changing a review (JC3)", ["free-written"])

add_bad("zh/brush/slicker", dict(buyer_name="覃先生", product=SL, agent_name=Z1),
        "梳下来的毛就能整片取下。",
        "顺便告诉您，店里的洗毛液这周两件打七五折，需要的话可以一起下单。",
        [MKT, TR], "洗毛液七五折促销")
add_bad("zh/review/neutral-request", dict(buyer_name="梅女士", product=OAT, order_id="113-6241809-4437715", agent_name=Z2),
        "也能让我们知道哪里需要改进。",
        "晒图并给五星好评后，把截图发给我们，可以返还十五美元。",
        [RI, TR], "五星好评返现")
add_bad("zh/dryer/settings", dict(buyer_name="连先生", product=HV2, agent_name=Z1),
        "保持进风顺畅。",
        "如果还是不会调，可以加我们的微信 furrowdale_pet，技术人员会发视频教您。",
        [OPC, TR], "微信号用于产品指导")
add_bad("zh/apology/clipper-pull", dict(buyer_name="安女士", product=C5, agent_name=Z2),
        "再次向您致歉。",
        "问题解决以后，麻烦您把商品页上的差评改一改或者删掉。",
        [RI, TR], "要求修改或删除差评")
free(V, "zh", "巫先生，您好：\n\n退回的吹水机已经入库。退款可以直接转到您的支付宝，比走亚马逊退款快，请把支付宝账号发给我们。\n\n邵景行",
     [OPC], "退货退款改走支付宝：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/brush/rake", dict(buyer_name="賀小姐", product=RK, agent_name=W1),
        "就能把廢毛清乾淨。",
        "歡迎加入我們的 LINE 官方帳號 @furrowdale，每月抽獎送美容桌。",
        [MKT, OPC, TR], "LINE 官方帳號加抽獎")
add_bad("zh-tw/grinder/speed", dict(buyer_name="莫先生", product=G2, agent_name=W2),
        "就該更換一次。",
        "毛孩磨完指甲如果乖乖的、您也滿意，請幫我們留個五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "古小姐 您好：\n\n您的包裹今天已經寄出，預計週四送達。另外本週全館洗毛精買二送一，歡迎一起加購。\n\n韋書涵",
     [MKT, TR], "寄出通知加本週洗毛精買二送一 (JC3)", ["free-written"], trad=True)
