# -*- coding: utf-8 -*-
"""Labelled replies of t52 (imported by gen.py). Seller: Brackenfold Printworks (invented).
Every text here was written for this set."""
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
    """Render a template, then apply (old, new) edits; each `old` must occur exactly once."""
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
    return (para[0], textwrap.fill(para[0], width, break_on_hyphens=False))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ---------------------------------------------------------------- people and products (all invented)
A1, A2, A3, A4 = "Imogen Throssell", "Desmond Achterberg", "Tallulah Fenwick-Osei", "Barnaby Quist-Moreau"
Z1, Z2 = "甘雨桐", "殷泽远"
W1, W2 = "岳思齊", "潘郁庭"
P1, P3, PJ = "Arclet A1", "Arclet A3 Enclosed", "Arclet Junior"
F_PLA, F_PETG, F_TPU = "Velloweave PLA Matte", "Velloweave PETG", "Velloweave TPU 95A"
P1_LONG = ("Arclet A1 3D Printer, Auto Bed Levelling, 220 x 220 x 250 mm Build Volume, Direct Drive Extruder, "
           "Removable PEI Spring Steel Sheet, Filament Runout Sensor, Quiet Mainboard, Graphite Grey")
MATERIALS_LONG = ("PLA in its standard, matte, silk and high-speed versions, PETG, TPU down to 95A hardness, ABS and ASA "
                  "with the cabinet door closed, PVA and BVOH for dissolvable supports, and HIPS for light, sandable parts")
P1_ZH = ("Arclet A1 家用 3D 打印机 自动调平 打印尺寸 220×220×250 毫米 近程挤出 可拆卸磁吸打印板 断料检测 "
         "静音主板 石墨灰")
PJ_TW = ("Arclet Junior 兒童 3D 列印機 全封閉機身 透明安全門 兒童模式溫度鎖定 家長密碼 靜音列印 附三捲 PLA 線材 "
         "天空藍")

# ============================================================ 1. filled templates -> []
fill("en/printer/bed-level", dict(buyer_name="Ms Arkwright-Song", product=P1, agent_name=A1), "exact fill")
fill("en/printer/bed-level", dict(buyer_name="Florian", product=P1_LONG, agent_name=A2),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Florian,", "Good morning Florian,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Abiodun-Hale", product=P3, agent_name=A3)
fill("en/printer/bed-level", _v, "second and third paragraphs hard-wrapped at 72 columns (JC2)",
     edits=[rewrap("en/printer/bed-level", _v, "The first-layer height", 72),
            rewrap("en/printer/bed-level", _v, "Round lines that peel", 72)],
     tags=["reflow"])
fill("en/printer/materials", dict(buyer_name="Ms Grimaldi-Booth", product=P3, material_list="PLA, PETG, TPU, ABS and ASA",
     agent_name=A4), "exact fill")
fill("en/printer/materials", dict(buyer_name="Mr Tsegaye", product=P3, material_list=MATERIALS_LONG, agent_name=A1),
     "a list of nearly 200 characters in the material_list slot (JC2)", tags=["long-value"])
fill("en/printer/materials", dict(buyer_name="Ms Evershed", product=P1, material_list="PLA, PETG and TPU", agent_name=A2),
     "sign-off changed to a warm line about the buyer's model railway (JC2)",
     edits=[("With kind regards,", "Good luck with the railway scenery, and kind regards,")], tags=["sign-off", "warm-line"])
fill("en/filament/drying", dict(buyer_name="Mr Velasquez-Dunn", filament=F_PETG, drying_temp="65 degrees C", agent_name=A3),
     "exact fill")
fill("en/filament/drying", dict(buyer_name="Ms Onyango", filament=F_PLA, drying_temp="50 degrees C", agent_name=A4),
     "first sentence of the second paragraph split in two (JC2)",
     edits=[("Dry the spool at 50 degrees C for six hours, in a filament dryer or in a fan oven with the door slightly open.",
             "Dry the spool at 50 degrees C for six hours. A filament dryer works, or a fan oven with the door slightly open.")],
     tags=["split"])
fill("en/filament/drying", dict(buyer_name="Leopold", filament=F_TPU, drying_temp="55 degrees C", agent_name=A1),
     "one wording edit: 'undone' -> 'reversed' (JC2)", edits=[("it can be undone", "it can be reversed")], tags=["wording"])
fill("en/troubleshoot/clogged-nozzle", dict(buyer_name="Mrs Adeyinka", product=P1, agent_name=A2), "exact fill")
fill("en/troubleshoot/clogged-nozzle", dict(buyer_name="Thaddeus", product=P3, agent_name=A3),
     "greeting changed and a sympathetic line added after it (JC2)",
     edits=[("Hello Thaddeus,", "Hi Thaddeus,\n\nWhat bad timing, right in the middle of your costume build.")],
     tags=["greeting", "warm-line"])
fill("en/print/adhesion", dict(buyer_name="Ms Rasmussen-Eze", product=P1, agent_name=A4), "exact fill")
fill("en/print/adhesion", dict(buyer_name="Mr Kettering", product=PJ, agent_name=A1),
     "two sentences of the second paragraph merged (JC2)",
     edits=[("dry it with a paper towel. From then on, hold it only by the edges.",
             "dry it with a paper towel, and from then on hold it only by the edges.")], tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Ms Carrodus", product=P3, warranty_period="two-year", case_id="BFP-S-61204",
     order_id="114-3097715-6620483", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Bellweather", product=P1, warranty_period="one-year", case_id="BFP-S-61239",
     order_id="112-8845023-1179306", agent_name=A3),
     "the last paragraph's two sentences swapped (JC2)",
     edits=[("So that we can look into it, please reply in this thread with a short description of what happens, a photo or short video of the fault, and the serial number from the label on the back. Your case number is BFP-S-61239 for order 112-8845023-1179306.",
             "Your case number is BFP-S-61239 for order 112-8845023-1179306. So that we can look into it, please reply in this thread with a short description of what happens, a photo or short video of the fault, and the serial number from the label on the back.")],
     tags=["reorder"])
fill("en/apology/fan-noise", dict(buyer_name="Ms Tranter-Moss", product=P1, agent_name=A4), "exact fill")
fill("en/apology/fan-noise", dict(buyer_name="Mr Oyebanji", product=P3, agent_name=A1),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("That is a fault in the part, not anything you did, and oiling or cleaning the fan will not cure it, so please do not take the print head apart.",
             "The part itself is faulty, which is not your doing; cleaning or oiling the fan won't fix it, so there is no need to open up the print head.")],
     tags=["paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Ms Halvorsen", order_id="113-5568210-4039927", product=P1, agent_name=A2),
     "exact fill; the only review request for this order, no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Cormac", order_id="111-7420391-8853016", product=F_PETG, agent_name=A3),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hello Cormac,", "Dear Cormac,"), ("Thanks for your time,", "With thanks,")], tags=["greeting", "sign-off"])
fill("en/safety/placement", dict(buyer_name="Mrs Baptiste-Hollis", product=PJ, agent_name=A4), "exact fill")
fill("en/safety/placement", dict(buyer_name="Perpetua", product=P3, agent_name=A1),
     "warm line about the buyer's new workshop added before the sign-off (JC2)",
     edits=[("while nobody is at home.", "while nobody is at home.\n\nEnjoy setting up the new workshop!")], tags=["warm-line"])

fill("zh/printer/first-print", dict(buyer_name="廖先生", product=P1, agent_name=Z1), "exact fill")
fill("zh/printer/first-print", dict(buyer_name="邵女士", product=P1_ZH, agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改写 (JC2)", edits=[("邵女士，您好：", "邵女士，上午好：")],
     tags=["long-value", "greeting"])
fill("zh/printer/first-print", dict(buyer_name="祁先生", product=PJ, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝打印顺利！", "祝您和孩子玩得开心！")], tags=["sign-off"])
fill("zh/filament/change", dict(buyer_name="霍女士", product=P1, agent_name=Z2), "exact fill")
fill("zh/filament/change", dict(buyer_name="樊先生", product=P3, agent_name=Z1),
     "第二段拆成两段 (JC2)",
     edits=[("再在屏幕上点“退料”。挤出机会先往前推", "再在屏幕上点“退料”。\n\n挤出机会先往前推")], tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="柯女士", product=P1, warranty_period="一年", case_id="BFP-S-61288",
     order_id="113-2260947-7318805", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="宫先生", product=P3, warranty_period="两年", case_id="BFP-S-61317",
     order_id="111-6093382-2415760", agent_name=Z1),
     "措辞微调：“简单说明情况”改为“简要描述情况” (JC2)", edits=[("简单说明情况", "简要描述情况")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="俞女士", product=P3, order_id="114-8831572-0946213", agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，对话中买家没有先表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="程先生", product="Velloweave PETG 耗材", order_id="112-4417096-3382051",
     agent_name=Z1), "问候语改写；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("程先生，您好：", "程先生，节日快乐：")],
     tags=["greeting"])
fill("zh/apology/stringing", dict(buyer_name="曹女士", product=P1, agent_name=Z2), "exact fill")
fill("zh/apology/stringing", dict(buyer_name="崔先生", product=P3, agent_name=Z1),
     "第一段两句用分号合并 (JC2)", edits=[("给您添麻烦了。零件之间", "给您添麻烦了；零件之间")], tags=["merge"])
fill("zh/apology/stringing", dict(buyer_name="田女士", product=PJ, agent_name=Z2),
     "问候后加一句体谅的话 (JC2)",
     edits=[("田女士，您好：", "田女士，您好：\n\n孩子第一次自己打印就遇到这种情况，确实有点扫兴。")], tags=["warm-line"])

fill("zh-tw/nozzle/replace", dict(buyer_name="張先生", product=P3, agent_name=W1), "exact fill")
fill("zh-tw/nozzle/replace", dict(buyer_name="鮑小姐", product=P1, agent_name=W2),
     "結尾祝語改寫 (JC2)", edits=[("敬祝 列印順利", "祝 週末愉快")], tags=["sign-off"])
fill("zh-tw/filament/tpu", dict(buyer_name="關先生", product=F_TPU, agent_name=W1), "exact fill")
fill("zh-tw/filament/tpu", dict(buyer_name="游小姐", product=F_TPU, agent_name=W2),
     "第三段兩句調換順序 (JC2)",
     edits=[("進料前請把擠出機的壓力旋鈕放鬆兩圈，送料時輕輕扶著線材，讓它順利穿進喉管。TPU 很容易吸收空氣中的水氣，沒用完的線材請放回夾鏈袋並加入乾燥劑。",
             "TPU 很容易吸收空氣中的水氣，沒用完的線材請放回夾鏈袋並加入乾燥劑。進料前請把擠出機的壓力旋鈕放鬆兩圈，送料時輕輕扶著線材，讓它順利穿進喉管。")],
     tags=["reorder"])
fill("zh-tw/maintenance/routine", dict(buyer_name="邢先生", product=P1, agent_name=W1), "exact fill")
fill("zh-tw/maintenance/routine", dict(buyer_name="童太太", product=P3, agent_name=W2),
     "問候語改寫並加一句體諒的話 (JC2)",
     edits=[("童太太 您好：", "童太太 午安：\n\n聽說機器最近天天都在趕工，辛苦您了。")], tags=["greeting", "warm-line"])
fill("zh-tw/junior/child-mode", dict(buyer_name="詹先生", product=PJ, agent_name=W1), "exact fill")
fill("zh-tw/junior/child-mode", dict(buyer_name="洪太太", product=PJ_TW, agent_name=W2),
     "整段商品標題放入 product 佔位符 (JC2)", tags=["long-value"])
fill("zh-tw/junior/child-mode", dict(buyer_name="郭小姐", product=PJ, agent_name=W1),
     "第二段兩句用分號合併 (JC2)",
     edits=[("開啟「兒童模式」。機器前方", "開啟「兒童模式」；機器前方")], tags=["merge"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep)


fill_log("en/printer/bed-level", dict(buyer_name="Mr Fairbrother", product=P1, agent_name=A2),
         "saved for every later print.",
         "The two spools of PLA from the same order are travelling separately with USPS, tracking 9434636208117730245561, and should arrive on Thursday.",
         "split-shipment tracking for the filament, as its own paragraph", sep="\n\n")
fill_log("en/printer/materials", dict(buyer_name="Ms Odunsi-Grant", product=P3, material_list="PLA, PETG, TPU, ABS and ASA",
         agent_name=A3),
         "fit a hardened steel nozzle first.",
         "The spare build sheet that was missing from your box left our Reno warehouse this morning with UPS, tracking 1Z9W58E00315842907.",
         "missing part resent (fulfilment, JC6)")
fill_log("en/filament/drying", dict(buyer_name="Mr Prendergast", filament=F_PLA, drying_temp="50 degrees C", agent_name=A4),
         "than the dial shows.",
         "If the spool still gives you trouble after drying, it is inside its 30-day return window and you can start a return from Your Orders.",
         "return window")
fill_log("en/warranty/claim", dict(buyer_name="Ms Whitlow", product=P1, warranty_period="one-year", case_id="BFP-S-61352",
         order_id="114-5591804-2736619", agent_name=A1),
         "for order 114-5591804-2736619.",
         "If the printer has to come back to us, we will book a UPS pickup from your door at our cost, so you will not need to carry the box anywhere.",
         "how a warranty unit would travel")
fill_log("en/apology/fan-noise", dict(buyer_name="Mr Kaczmarek-Lowe", product=P3, agent_name=A2),
         "until the printer runs quietly again.",
         "The fan will ship tomorrow by USPS in a small padded envelope, and its tracking number will show in Your Orders once the carrier scans it.",
         "dispatch of the replacement part (JC6)")
fill_log("en/safety/placement", dict(buyer_name="Ms Delacroix-Penn", product=PJ, agent_name=A3),
         "while nobody is at home.",
         "As you asked, we have cancelled the second Arclet Junior that was ordered by mistake; it had not left the warehouse, so you will not be charged for it.",
         "cancellation of a duplicate order before dispatch (JC6, JC11)")
fill_log("zh/printer/first-print", dict(buyer_name="尹先生", product=P1, agent_name=Z2),
         "彼此贴合、没有缝隙。",
         "您同一订单里的两卷耗材是分开发货的，预计下周三送达。",
         "分开发货的送达时间")
fill_log("zh/filament/change", dict(buyer_name="黎女士", product=P3, agent_name=Z1),
         "防止耗材散开缠绕。",
         "另外，您说包裹里少了料架，我们已经免费补寄，今天由 USPS 发出，运单号 9434636208117731190472。",
         "补寄缺少的料架 (JC6, JC11)")
fill_log("zh/warranty/claim", dict(buyer_name="邱先生", product=P3, warranty_period="两年", case_id="BFP-S-61390",
         order_id="113-9024476-5581302", agent_name=Z2),
         "对应订单 113-9024476-5581302。",
         "如果处理期间您要搬家，请在本对话中告诉我们新的收货地址，换修的配件会直接寄到新地址。",
         "保修期间的地址变更")
fill_log("zh/apology/stringing", dict(buyer_name="薛女士", product=P1, agent_name=Z1),
         "我们会继续帮您排查。",
         "如果您决定退货，也可以直接在“您的订单”里提交申请；退货运费由我们负担，仓库签收后三个工作日内退款。",
         "退货与退款说明")
fill_log("zh-tw/nozzle/replace", dict(buyer_name="李先生", product=P3, agent_name=W2),
         "請不要讓孩子或寵物靠近。",
         "您一起訂購的備用噴嘴組是分開寄出的，追蹤單號 1Z9W58E00327719046，預計週五送達。",
         "分開寄出的噴嘴組追蹤單號")
fill_log("zh-tw/maintenance/routine", dict(buyer_name="趙小姐", product=P1, agent_name=W1),
         "晾乾後再裝回。",
         "您反映收到的潤滑油瓶在運送途中漏了，新的一瓶今天已經免費補寄，漏掉的那瓶不必寄回。",
         "運送途中損壞的配件補寄 (JC4, JC6)")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Langstroth,\n\nYour Arclet A1 left our Reno warehouse yesterday afternoon with UPS, tracking 1Z9W58E00339920157. The carrier expects to deliver it on Thursday by the end of the day.\n\nBest,\nImogen",
     ["tracking"], "tracking and expected delivery (JC13)"),
    ("Hello Ms Quiroga-Hale,\n\nI'm sorry your parcel is running late. USPS shows it held at the Salt Lake City hub after the snowstorm, and their new estimate is Monday. If it still hasn't reached you by Wednesday, reply here and we will send another one out.\n\nRegards,\nDesmond",
     ["delay"], "weather delay (JC13)"),
    ("Dear Mr Eisenberg,\n\nThe carrier recorded your filament order as delivered at 11:40 am and left in the parcel room of your building. Could you ask the building staff to take a look? If it has not turned up within two days, let us know and we will open a claim with the carrier and reship the spools.\n\nKind regards,\nTallulah",
     ["delivery"], "delivered but not found (JC13)"),
    ("Hi Saskia,\n\nThanks for sending the corrected address. Your order has not been packed yet, so we have changed the shipping address to include the apartment number from your message. The delivery date stays the same.\n\nBarnaby",
     ["address"], "address correction before dispatch (JC13, JC11)"),
    ("Hello Mr Winterbourne,\n\nTo send the printer back, start a return in Your Orders and pick 'No longer needed'; Amazon will then show you a prepaid label. Before packing, refit the four yellow transport clips so the print head and bed cannot slide, put the printer back into its foam inserts and original box, and tape every seam before you attach the label.\n\nThank you,\nImogen",
     ["returns", "packing"], "return with packing instructions for the printer (JC4)"),
    ("Hi Ms Fairweather-Lin,\n\nOur warehouse received your two returned spools of Velloweave PETG this morning. The refund of $45.98 has gone back to your original payment method and usually shows within three to five business days.\n\nBest regards,\nDesmond",
     ["refund", "returns"], "refund of a return (JC13, JC11)"),
    ("Dear Mr Desrosiers,\n\nYour order to Winnipeg was shipped with duties and taxes already paid, because Amazon charged them at checkout. If the courier asks for money at the door, decline it and send us a picture of the slip; we will settle it with them directly.\n\nRegards,\nTallulah",
     ["customs"], "duties for a Canadian address (JC7)"),
    ("Hello Maelle,\n\nThe customs office in Vancouver is clearing your printer at the moment. It normally takes a business day or two before Canada Post picks it up for delivery, and you do not need to fill in anything.\n\nBarnaby",
     ["customs"], "parcel in customs clearance (JC7)"),
    ("Hi Mr Oyelowo-Park,\n\nYour order has been cancelled as requested. Nothing had shipped, so no charge was taken, and your bank will release the hold on your card within a few days.\n\nImogen",
     ["cancellation"], "cancellation before dispatch (JC13, JC11)"),
    ("Hello Ms Brightwater,\n\nYour order is coming in two parcels: the printer by FedEx Ground, tracking 771604829351, and the three filament spools by USPS, tracking 9434636208117732506619. Both are due by Tuesday.\n\nKind regards,\nDesmond",
     ["tracking", "split-shipment"], "split shipment (JC13)"),
    ("Dear Mr Harcastle,\n\nI'm very sorry the carton arrived crushed and the spring steel sheet is bent. Please don't print with the damaged unit. A complete new printer went out today by UPS, tracking 1Z9W58E00341175208, and a prepaid label for the damaged one is attached in this thread. The new printer's box and foam are the best packing for sending the old one back.\n\nRegards,\nTallulah",
     ["damage", "returns"], "transit damage, replacement and return (JC4, JC6)"),
    ("Hi Henrietta,\n\nBecause of the printer's value, the carrier needs a signature, which is why they left a notice. You can choose a new delivery day on that notice, or collect the box from the UPS Access Point named on it after 3 pm tomorrow.\n\nBarnaby",
     ["delivery"], "signature and pickup point (JC13)"),
    ("Hello Mr Ndiaye-Ross,\n\nThe Arclet A3 Enclosed ships on a small pallet because of its size, so the freight carrier will contact you through the details on your order to agree a two-hour delivery window. Delivery is to the curb as standard; please tell us here if there are steps or a narrow gate at your address.\n\nBest,\nImogen",
     ["delivery", "shipping"], "freight delivery of a bulky printer (JC9)"),
    ("Dear Ms Goldthwaite,\n\nOrders placed in November and December can be returned until January 31, so you still have time to send the printer back. Start the return from Your Orders; once it reaches our warehouse, the refund goes to your original payment method.\n\nRegards,\nDesmond",
     ["returns"], "holiday return window (JC13)"),
    ("Hi Mr Pettigrew-Amos,\n\nWe sent you Velloweave PLA Matte in charcoal instead of the sage you ordered, and I'm sorry about that. The sage spool ships today by USPS, tracking 9434636208117733817240. Please keep the charcoal one; there is no need to return it.\n\nTallulah",
     ["fulfilment"], "wrong colour replaced (JC6, JC11)"),
    ("Hello Ms Kealoha-Finch,\n\nThe printer's box is over the size limit for air parcels to Hawaii, so the carrier sends it by ground and ocean, which takes 9 to 14 days. It left Reno on Tuesday, tracking 1Z9W58E00352286914.\n\nBarnaby",
     ["shipping"], "oversize parcel to Hawaii goes by sea (JC7)"),
    ("Hi Mr Szekely,\n\nSorry the spool holder was missing from your printer box. We have sent one on its own today with USPS, tracking 9434636208117734920385, at no charge, and it should reach you in three to four days.\n\nImogen",
     ["fulfilment"], "missing part resent (JC6, JC11)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("汤先生，您好：\n\n您的打印机已于昨天从里诺仓库发出，承运商为 UPS，运单号 1Z9W58E00364417023，预计本周四送达。\n\n甘雨桐",
     ["tracking"], "运单号与预计送达 (JC13)"),
    ("毛女士，您好：\n\n抱歉包裹晚到了。物流信息显示包裹因大雪滞留在盐湖城转运中心，新的预计送达日期是下周一。如果周三仍未收到，请在本对话中告诉我们，我们会重新给您发一份。\n\n殷泽远",
     ["delay"], "天气原因延误 (JC13)"),
    ("阎先生，您好：\n\n您的订单还在等待打包，我们已经按您提供的信息修改地址，加上了公寓门牌号，送达日期不变。\n\n甘雨桐",
     ["address"], "发货前修改地址 (JC13, JC11)"),
    ("汪女士，您好：\n\n退货请在“您的订单”里提交申请，系统会给您一张预付费退货面单。打包前请把四个黄色运输卡扣装回去，固定好打印头和热床，再放进原来的泡沫内衬和纸箱，用胶带封好每条缝后贴上面单。\n\n殷泽远",
     ["returns", "packing"], "退货包装说明 (JC4)"),
    ("闻先生，您好：\n\n仓库今天收到了您退回的两卷 PETG 耗材，45.98 美元的退款已原路退回，一般三到五个工作日到账。\n\n甘雨桐",
     ["refund", "returns"], "退货退款 (JC13, JC11)"),
    ("隋女士，您好：\n\n承运商显示包裹已于上午十一点四十分签收，放在您所住大楼的收发室。麻烦您先向大楼工作人员确认一下；如果两天内仍没找到，请告诉我们，我们会向承运商提出索赔并重新发货。\n\n殷泽远",
     ["delivery"], "显示签收但未收到 (JC13)"),
    ("严先生，您好：\n\n您的打印机目前正在温哥华办理清关，一般需要一到两个工作日，之后由加拿大邮政派送，您这边不需要做任何事。\n\n甘雨桐",
     ["customs"], "清关中 (JC7)"),
    ("蒋女士，您好：\n\n已按您的要求取消订单。货物还没有发出，所以不会扣款，银行冻结的金额几天内会自动解冻。\n\n殷泽远",
     ["cancellation"], "发货前取消 (JC13, JC11)"),
    ("杜先生，您好：\n\n您的订单分成两个包裹寄出：打印机走 FedEx Ground，运单号 771604837762；三卷耗材走 USPS，运单号 9434636208117735048816。两个包裹预计下周二之前都能送到。\n\n甘雨桐",
     ["tracking", "split-shipment"], "分开发货 (JC13)"),
    ("夏女士，您好：\n\n非常抱歉纸箱在运输中被压坏，打印板也变形了。请先不要用这台机器打印。新的整机今天已经由 UPS 发出，运单号 1Z9W58E00375530481；损坏的那台请用新机的纸箱和泡沫装好寄回，预付费退货面单已经附在本对话里。\n\n殷泽远",
     ["damage", "returns"], "运输损坏、换货及寄回 (JC4, JC6)"),
    ("卢先生，您好：\n\nArclet A3 Enclosed 体积较大，会用小托盘走货运。货运公司会通过订单上的联系方式和您约定两小时的送货时段，默认送到路边；如果您家门口有台阶或窄门，请在本对话中告诉我们。\n\n甘雨桐",
     ["delivery", "shipping"], "大件货运预约送货 (JC9)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("馬小姐 您好：\n\n您的列印機昨天已經從倉庫寄出，由 UPS 配送，追蹤單號 1Z9W58E00386641195，預計週四送達。\n\n岳思齊",
     ["tracking"], "追蹤單號與預計送達 (JC13)"),
    ("王先生 您好：\n\n很抱歉包裹晚到了。物流顯示包裹因豪雨停在轉運中心，預計下週一送達；如果週三還沒收到，請在本對話告訴我們，我們會重新寄一份給您。\n\n潘郁庭",
     ["delay"], "豪雨延誤 (JC13)"),
    ("周太太 您好：\n\n退貨請在「您的訂單」提出申請並列印預付退貨標籤。裝箱前請把四個黃色運輸卡扣裝回去，固定列印頭和熱床，再放回原本的泡棉和紙箱，每條縫都貼好膠帶後貼上標籤。\n\n岳思齊",
     ["returns", "packing"], "退貨包裝說明 (JC4)"),
    ("呂先生 您好：\n\n倉庫已收到您退回的 Velloweave DryVault 乾燥箱，59.99 美元的退款已退回原付款方式，約三到五個工作天入帳。\n\n潘郁庭",
     ["refund", "returns"], "退貨退款 (JC13, JC11)"),
    ("顏小姐 您好：\n\n您的訂單還沒出貨，我們已依您的要求把收件地址改成新的地址，送達日期不變。\n\n岳思齊",
     ["address"], "出貨前修改地址 (JC13)"),
    ("姜先生 您好：\n\n很抱歉寄錯了線材顏色。您訂的天空藍 PLA 今天已經免費補寄，追蹤單號 9434636208117736159027；寄錯的那捲不必寄回。\n\n潘郁庭",
     ["fulfilment"], "寄錯顏色補寄 (JC6, JC11)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Ravenhill,\n\nThe Arclet A3 Enclosed can print nylon, but it needs some care. Dry the spool for at least eight hours at 70 degrees C first, print with the door closed, and spread a thin layer of glue stick on the sheet, because nylon grips PEI so hard that it can tear the surface.\n\nImogen",
     ["advice"], "printing nylon: no template covers this (JC14)"),
    ("Hello Mr Benedetti,\n\nFor ABS and ASA the Arclet A3 Enclosed is the better fit, because the closed cabinet keeps warm air around the print and stops it from cracking. The Arclet A1 is smaller and a little quieter, and it is ideal if you mainly print PLA and PETG.\n\nDesmond",
     ["advice", "comparison"], "comparison the buyer asked for; no price or offer (JC10, JC14)"),
    ("Dear Ms Culpepper,\n\nTo hide layer lines on a PLA part, sand it with 240 grit and then 400 grit paper, wet for the finer grit, then spray a filler primer and sand lightly once more before painting. Printing at 0.12 mm layers also leaves much finer lines to begin with.\n\nTallulah",
     ["advice"], "finishing a print (JC14)"),
    ("Hi Mr Lightfoot,\n\nFor tabletop miniatures, a 0.2 mm nozzle and 0.08 mm layers bring out faces and fingers far better than the standard 0.4 mm nozzle. Print them at half speed and use tree supports that touch only the underside of the model.\n\nBarnaby",
     ["advice"], "miniatures (JC14)"),
    ("Hi Ms Pennywhistle,\n\nThank you for the video of the grinding noise. Our technician will watch it this afternoon, and I'll reply tomorrow morning with what we suggest.\n\nImogen",
     ["holding"], "holding reply on a fault (JC15)"),
    ("Hello Mr Dunstable,\n\nOverhangs steeper than about 50 degrees from vertical need supports. In the slicer, choose tree supports and set the contact distance to 0.2 mm; they break away cleanly and leave fewer marks than the normal grid style.\n\nDesmond",
     ["advice"], "support settings (JC14)"),
    ("Dear Ms Ferrier-Quayle,\n\nThe Arclet printers melt plastic filament, so they cannot use liquid resin; resin printers are a different kind of machine. For fine detail on an Arclet, a smaller nozzle and thinner layers get you most of the way there.\n\nTallulah",
     ["advice"], "resin question (JC14)"),
    ("Hi Mr Ashdown,\n\nIn quiet mode the printer measures about 48 decibels from a metre away, roughly as loud as a fridge. Switch it on under Settings > Motion; prints take about a fifth longer in that mode.\n\nBarnaby",
     ["advice"], "noise level (JC14)"),
    ("Hello Ms Varga-Lindon,\n\nWe would not use printed parts for food or drink. Even with a food-grade filament, the tiny gaps between layers trap moisture and bacteria and cannot be cleaned properly.\n\nImogen",
     ["advice"], "food contact (JC14, JC16)"),
    ("Dear Mr Strathearn,\n\nThe short ticking at the start of every print is the levelling probe tapping the plate, and it is normal. A steady clicking in the middle of a print is different: that usually means the extruder is slipping, and we can go through it with you if it happens.\n\nDesmond",
     ["advice", "troubleshooting"], "probe noise (JC14)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("巫女士，您好：\n\n放在户外的花盆建议用 PETG 或 ASA 打印，不要用 PLA。PLA 在夏天的阳光下容易变软变形，PETG 耐热耐晒得多，ASA 抗紫外线最好，但需要在封闭机型里打印。\n\n甘雨桐",
     ["advice"], "户外用的材料 (JC14)"),
    ("鲍先生，您好：\n\n如果您主要打印 PLA 和 PETG，A1 已经完全够用，体积也更小；想打印 ABS 或 ASA 的话，建议选 A3 Enclosed，封闭机箱能保持温度，零件不容易开裂。\n\n殷泽远",
     ["advice", "comparison"], "买家询问的型号比较，无价格无促销 (JC10, JC14)"),
    ("欧阳女士，您好：\n\n谢谢您发来的照片和视频，技术同事今天下午会仔细看一下，明天上午我再把处理建议发给您。\n\n甘雨桐",
     ["holding"], "故障的等待回复 (JC15)"),
    ("司徒先生，您好：\n\n悬空角度超过 50 度左右就需要加支撑。建议在切片软件里选择“树状支撑”，接触距离设为 0.2 毫米，拆除时更干净，留下的痕迹也少。\n\n殷泽远",
     ["advice"], "支撑设置 (JC14)"),
    ("上官女士，您好：\n\n可以在打印中途换颜色。在切片软件的分层预览里找到想换色的那一层，点加号插入“暂停”，打印到那一层时机器会停下来等您换料，换好后点继续即可。\n\n甘雨桐",
     ["advice"], "中途换色 (JC14)"),
    ("诸葛先生，您好：\n\n想让 PLA 模型表面更光滑，可以先用 240 目、再用 400 目砂纸打磨，细砂纸蘸水效果更好，然后喷一层填充底漆，再轻轻磨一遍就可以上色了。\n\n殷泽远",
     ["advice"], "表面打磨 (JC14)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("卓小姐 您好：\n\n首層出現細細的波紋，通常是噴嘴離列印板太近，把線材擠得太扁。請在「校準」選單把首層高度調高 0.02 毫米再試一次，波紋應該就會消失。\n\n岳思齊",
     ["advice", "troubleshooting"], "首層波紋 (JC14)"),
    ("辜太太 您好：\n\n兒童版建議八歲左右開始使用，前幾次請家長在旁邊陪著。可以先挑幾個簡單的模型放進兒童資料夾，讓孩子自己選要印哪一個。\n\n潘郁庭",
     ["advice"], "兒童使用年齡 (JC14)"),
    ("翁先生 您好：\n\n比列印範圍還大的模型，可以在切片軟體用「切割」功能分成幾塊，分別印好後再用 AB 膠黏合。切割面最好選在比較平的位置，接縫會比較不明顯。\n\n岳思齊",
     ["advice"], "分件列印 (JC14)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Wakefield-Tor,\n\nShort version on levelling: run Auto Level from the Prepare menu and let the probe do its thing for a few minutes. After that, print the calibration square and nudge Live Z a little at a time until the lines squash together with no gaps. It remembers the setting afterwards.\n\nImogen",
     "retells en/printer/bed-level (JC12)"),
    ("Hello Mr Greenhalgh,\n\nIt'll handle PLA, PETG and TPU as it comes, and the slicer presets on the included stick take care of the temperatures. Just keep in mind that glitter or carbon-fibre blends chew through brass nozzles, so swap to a steel one if you use them a lot.\n\nDesmond",
     "retells en/printer/materials (JC12)"),
    ("Hi Ms Ottaway,\n\nThat popping sound means the spool is damp. Put it in a dryer or a fan oven at around 50 degrees C for six hours, checking the real temperature with a thermometer, then store it sealed with the desiccant.\n\nTallulah",
     "retells en/filament/drying (JC12)"),
    ("Hello Mr Blenkinsop,\n\nSounds like a partial clog. Do a cold pull: get the nozzle to 230, feed some PLA by hand, drop to 90, then yank it out in one go. Snip the end and repeat until it's clean. Send a picture if it still won't flow.\n\nBarnaby",
     "retells en/troubleshoot/clogged-nozzle (JC12)"),
    ("Dear Ms Merriwether,\n\nGive the sheet a scrub with dish soap and warm water, dry it, and stop touching the middle with your fingers. Add a brim for tall parts and keep the printer away from a draughty window, and the lifting should stop.\n\nImogen",
     "retells en/print/adhesion (JC12)"),
    ("Hi Mr Coldstream,\n\nFaulty parts such as a heater, the screen, the mainboard or a motor are covered by the warranty, but nozzles, sheets, tubes and belts are not, and neither is damage from custom firmware. Send a description, a clip of the fault and the serial number here and we'll check it.\n\nDesmond",
     "retells en/warranty/claim without case or order id (JC12)"),
    ("Hello Ms Appleyard,\n\nWhen you have a spare minute, we'd be glad to read an Amazon review of how the printer has been for you, whatever your experience.\n\nTallulah",
     "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("雷先生，您好：\n\n第一次用的话，先把几个黄色卡扣拆掉，开机跑一遍自动调平，装好耗材进料，再从 U 盘里选那个测试小船打印就行，第一层记得盯一下。\n\n甘雨桐",
     "retells zh/printer/first-print (JC12)"),
    ("方女士，您好：\n\n换料很简单：喷嘴热起来后点退料，等旧料退出来，把新料剪个斜口插进去，点进料，出来的颜色纯了就好了。别硬拽。\n\n殷泽远",
     "retells zh/filament/change (JC12)"),
    ("白先生，您好：\n\n拉丝的话，把回抽调到 0.8 毫米、速度 40，温度降个五到十度，再打一个拉丝测试塔看看。还不行就拍张照片发给我们。抱歉给您添麻烦了。\n\n甘雨桐",
     "retells zh/apology/stringing (JC12)"),
    ("季女士，您好：\n\n打印机有保修，零件和装配问题都包括，像加热棒坏了、屏幕或主板故障；喷嘴、贴片这些易损件和刷固件造成的问题不包括。您把情况说一下，拍段视频，再附上序列号就行。\n\n殷泽远",
     "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("常小姐 您好：\n\nTPU 印的時候速度放慢到 25 左右，回抽關掉或設很小，溫度 230 上下，熱床 50。進料前把擠出機旋鈕放鬆一點，沒用完的記得密封防潮。\n\n岳思齊",
     "retells zh-tw/filament/tpu (JC12)"),
    ("桂先生 您好：\n\n換噴嘴時先加熱到 200 度，戴手套用扳手固定加熱塊，把舊的轉下來、新的趁熱轉上去，不用鎖太緊。換好之後記得重新調平。\n\n潘郁庭",
     "retells zh-tw/nozzle/replace (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Ellery-Dawson,\n\nYour replacement build sheet ships tomorrow by USPS. Until it arrives, you can keep printing on the back of the old sheet; its textured side grips PETG especially well.\n\nImogen",
     "shipping plus build-sheet advice (JC5)"),
    ("Hello Ms Dunmore,\n\nThe printer will be delivered on Thursday. Once it arrives, leave it in the room for an hour so it reaches room temperature before you switch it on, and run the auto levelling before your first print.\n\nDesmond",
     "delivery plus first-use advice (JC5)"),
    ("Dear Mr Royston-Beck,\n\nYour return is open and the label is in Your Orders. Before you send the printer off, it may be worth lowering the retraction to 0.8 mm and the nozzle temperature by 5 degrees, which usually stops the stringing you described.\n\nTallulah",
     "return plus stringing advice in own words (JC5)"),
    ("Hi Ms Tillotson,\n\nYour order is waiting for customs clearance for another day or so. In the meantime, pick a spot for the printer: a steady table with a hand's width of space behind it for the power supply fan.\n\nBarnaby",
     "customs plus placement advice (JC5)"),
    ("Hello Mr Pakenham,\n\nThe spare nozzle kit went out today with UPS, tracking 1Z9W58E00397752308. Until it arrives, please print only PLA with the current nozzle; a worn tip struggles with abrasive filaments.\n\nImogen",
     "tracking plus nozzle advice (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("乔女士，您好：\n\n补寄的打印板明天由 USPS 发出。收到之前，您可以先用旧板的背面打印，那一面是磨砂纹理，打印 PETG 反而附着得更牢。\n\n甘雨桐",
     "发货加使用建议 (JC5)"),
    ("贺先生，您好：\n\n打印机预计周四送达。收到后请先在室内放一个小时，等机器回到室温再开机，第一次打印前记得跑一遍自动调平。\n\n殷泽远",
     "送达加首次使用建议 (JC5)"),
    ("顾女士，您好：\n\n您的包裹还在清关。等待期间，您可以先在电脑上准备好想打印的模型文件，存进 U 盘，机器到了以后插上就能开始。\n\n甘雨桐",
     "清关加使用建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("龔先生 您好：\n\n補寄的噴嘴組今天已經寄出。收到之前，請暫時只用現在的噴嘴列印 PLA，磨損的噴嘴不適合印含纖維的線材。\n\n岳思齊",
     "補寄加使用建議 (JC5)"),
    ("古小姐 您好：\n\n包裹預計週三送達。收到後建議先用溫水和洗碗精把列印板洗一次，再開始第一次列印，首層會黏得比較牢。\n\n潘郁庭",
     "送達加清潔建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/printer/materials", dict(buyer_name="Mr Harbottle", product=P3, material_list="PLA, PETG, TPU, ABS and ASA",
        agent_name=A4),
        "fit a hardened steel nozzle first.",
        "P.S. Our new silk PLA colours are 20% off in our Amazon store until Sunday with code SILKWEEK, so now is a good time to stock up.",
        [MKT, TR], "P.S. with a discount code for filament", sep="\n\n")
add_bad("en/filament/drying", dict(buyer_name="Ms Loxley", filament=F_PETG, drying_temp="65 degrees C", agent_name=A1),
        "stays in good condition for months.",
        "If the drying did the trick, a five-star review from you would really help our small team!",
        [RI, TR], "five-star ask, only if the fix worked")
add_bad("en/troubleshoot/clogged-nozzle", dict(buyer_name="Mr Aldington", product=P1, agent_name=A2),
        "we will work out the next step with you.",
        "For quicker help, text our print technician on WhatsApp at +1 775-555-0138.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/apology/fan-noise", dict(buyer_name="Ms Crabtree", product=P1, agent_name=A3),
        "until the printer runs quietly again.",
        "If anything is still not right, please message us before you write a review so we can fix it first.",
        [RI, TR], "review gating: an unhappy buyer steered to the seller before reviewing")
add_bad("en/printer/bed-level", dict(buyer_name="Mr Fotheringham", product=P1, agent_name=A4),
        "saved for every later print.",
        "Come and join our Discord server at discord.gg/brackenfold, where we give away a free spool to one member every Friday.",
        [MKT, OPC, TR], "Discord invitation plus a weekly giveaway", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Iredale", order_id="112-6638019-4470152", product=P3, agent_name=A1),
        "is what matters most to us.",
        "To say thank you, we will add a free spool of PLA to your next order once your review is live.",
        [RI, TR], "free spool for a review")
add_bad("en/print/adhesion", dict(buyer_name="Mr Pountney", product=P3, agent_name=A2),
        "cool air moving over the print.",
        "Our tuned slicer profiles for every Velloweave filament can be downloaded from brackenfold-print.com/profiles.",
        [OPC, TR], "seller's own site for product content")
add_bad("en/warranty/claim", dict(buyer_name="Ms Ogilvie", product=P3, warranty_period="two-year", case_id="BFP-S-61427",
        order_id="113-7305518-2094463", agent_name=A3),
        "for order 113-7305518-2094463.",
        "If the printer has to be collected, please book the pickup slot on our own site at brackenfold-print.com/pickup rather than through Amazon.",
        [OPC], "pickup booked on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Tolliver,\n\nThe refund for your returned spools went through today. If you change your two-star review now that this is sorted, we will send you a free nozzle kit.\n\nBarnaby",
     [RI, TR], "refund of a return (logistics) plus a free nozzle kit for changing a review (JC3)", ["free-written"])

add_bad("zh/printer/first-print", dict(buyer_name="任先生", product=P1, agent_name=Z1),
        "彼此贴合、没有缝隙。",
        "顺便说一句，店里新上的丝光 PLA 本周满两卷立减五美元，欢迎下单。",
        [MKT, TR], "新品耗材满减促销")
add_bad("zh/review/neutral-request", dict(buyer_name="易女士", product=P1, order_id="111-9952604-3317489", agent_name=Z2),
        "也能让我们知道哪里需要改进。",
        "给我们五星好评并把截图发过来，就能领取五美元返现。",
        [RI, TR], "五星好评截图返现")
add_bad("zh/filament/change", dict(buyer_name="庞先生", product=P1, agent_name=Z1),
        "防止耗材散开缠绕。",
        "如果还是换不好，可以加技术客服的微信 bfprint_help，我们用视频一步步教您。",
        [OPC, TR], "微信号用于产品支持")
add_bad("zh/apology/stringing", dict(buyer_name="武先生", product=P3, agent_name=Z2),
        "再次向您致歉。",
        "问题解决以后，麻烦您把之前那条一星差评改一改或者删掉。",
        [RI, TR], "要求修改或删除差评")
free(V, "zh", "段女士，您好：\n\n退回的打印机已经收到。退款可以直接转到您的支付宝，请把支付宝账号发给我们。\n\n殷泽远",
     [OPC], "退货退款改走支付宝：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/filament/tpu", dict(buyer_name="歐陽小姐", product=F_TPU, agent_name=W1),
        "並加入乾燥劑。",
        "加入我們的 LINE 官方帳號，就能領取下次購買線材的九折優惠券。",
        [MKT, OPC, TR], "LINE 官方帳號加九折優惠券")
add_bad("zh-tw/junior/child-mode", dict(buyer_name="甄先生", product=PJ, agent_name=W2),
        "已儲存的模型都會保留。",
        "如果孩子玩得開心，再麻煩您給我們五顆星的評價。",
        [RI, TR], "滿意才請求五顆星評價")
free(V, "zh", "阮小姐 您好：\n\n您的線材今天已經寄出。本週全館噴嘴套件買二送一，歡迎一起加購。\n\n岳思齊",
     [MKT, TR], "寄出通知加本週噴嘴套件買二送一 (JC3)", ["free-written"], trad=True)
