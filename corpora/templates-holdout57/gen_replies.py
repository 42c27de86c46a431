# -*- coding: utf-8 -*-
"""Labelled seller replies of t57 (imported by gen.py). All texts written for this set.

Each call below adds one reply. Categories, in order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. JCn in a note points to the judgement calls in README.md.
"""
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
    """Render a template, then apply (old, new) edits; each old must occur exactly once."""
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
    """An edit that hard-wraps the one paragraph beginning with `starts`."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def swap(text_a, text_b, sep=" "):
    """An edit that swaps two adjacent sentences."""
    return (text_a + sep + text_b, text_b + sep + text_a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Perpetua Nkemelu-Ward", "Barnaby Quist", "Ottilie Marchetti-Dunne", "Rufus Adebanjo-Kerr"
Z1, Z2 = "屠明远", "郏思琪"
W1, W2 = "邱映彤", "左承浩"
R3, R12, C30 = "Fernhollow Ridgeback 300", "Fernhollow Ridgeback 1200", "Fernhollow Cairn 3000"
L1, L2 = "Leaflight 100 foldable solar panel", "Leaflight 220 foldable solar panel"
CABLE = "Fernhollow 12 V car charging cable"
R12_LONG = ("Fernhollow Ridgeback 1200 Portable Power Station, 1228Wh LiFePO4 Battery, 4 x 120V/1800W AC Outlets "
            "(3600W Surge), 100W USB-C, 1.7-Hour Fast AC Charging, Solar Generator for Camping, RV and Home Backup "
            "(Solar Panel Not Included)")
C30_LONG = ("Fernhollow Cairn 3000 Home Backup Power Station, 3072Wh LiFePO4 Battery, 3000W Pure Sine Wave Output, "
            "Wheeled Trolley Design, Expandable for Whole-Home Emergency Power")
CABLE_LONG = ("Fernhollow 12V Car Charging Cable, 8A Cigarette Lighter Plug to XT60 Input, 4.9 ft, for Ridgeback 300 "
              "and Ridgeback 1200 Power Stations")
R3_ZH = ("Fernhollow Ridgeback 300 户外移动电源 296瓦时 磷酸铁锂电池 300瓦纯正弦波交流输出 支持太阳能充电 "
         "露营自驾应急备用电源")
L2_TW = ("Leaflight 220 摺疊式太陽能板 220瓦 單晶矽 雙面發電 IP67防水接線盒 附可調支架 適用戶外行動電源")
L1_ZH, L2_ZH = "Leaflight 100 折叠太阳能板", "Leaflight 220 折叠太阳能板"
L1_TW = "Leaflight 100 摺疊太陽能板"

# ============================================================ 1. filled templates -> []
fill("en/station/runtime", dict(buyer_name="Mr Hollingbury", product=R12, capacity_wh="1,228 Wh", agent_name=A1),
     "exact fill")
fill("en/station/runtime", dict(buyer_name="Ms Achterberg", product=R12_LONG, capacity_wh="1,228 Wh", agent_name=A2),
     "the whole 230-character listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Ms Achterberg,", "Good morning Ms Achterberg,")], tags=["greeting", "long-value"])
fill("en/station/runtime", dict(buyer_name="Mr Fairweather-Nash", product=R3, capacity_wh="296 Wh", agent_name=A3),
     "sympathy line about the buyer's power cut added after the greeting (JC2)",
     edits=[("Hello Mr Fairweather-Nash,", "Hello Mr Fairweather-Nash,\n\nI'm sorry to hear the ice storm left you without power for two days.")],
     tags=["warm-line"])
fill("en/solar/setup", dict(buyer_name="Ms Eskildsen", station=R3, panel=L1, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Tshabalala", station=R12, panel=L2, agent_name=A1)
fill("en/solar/setup", _v, "first and second paragraphs hard-wrapped at 66 columns, as pasted from an e-mail client (JC2)",
     edits=[rewrap("en/solar/setup", _v, "Here is how", 66), rewrap("en/solar/setup", _v, "Join the panel", 66)],
     tags=["reflow"])
fill("en/solar/setup", dict(buyer_name="Jonah", station=R12, panel=L2, agent_name=A2),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[swap("For the best harvest, turn the panel to follow the sun every two hours or so.",
                 "Around midday on a clear summer day, expect 70 to 80 percent of the rated wattage.")],
     tags=["reorder"])
fill("en/station/charging", dict(buyer_name="Mrs Pikesley", product=R3, ac_hours="two and a half hours", agent_name=A3),
     "exact fill")
fill("en/station/charging", dict(buyer_name="Mr Okparaeke", product=R12, ac_hours="one hour and forty minutes", agent_name=A4),
     "sign-off turned into a warm line about the buyer's trip (JC2)",
     edits=[("With best wishes,", "Enjoy the drive up to the lake, and best wishes,")], tags=["sign-off", "warm-line"])
fill("en/troubleshoot/no-output", dict(buyer_name="Ms Reinholt", product=R12, agent_name=A1), "exact fill")
fill("en/troubleshoot/no-output", dict(buyer_name="Dario", product=R3, agent_name=A2),
     "greeting changed and a sympathy line added (JC2)",
     edits=[("Hello Dario,", "Hi Dario,\n\nWhat bad luck to have this happen on your first night at the campsite.")],
     tags=["greeting", "warm-line"])
fill("en/station/storage", dict(buyer_name="Mr Vasquez-Ibe", product=C30, agent_name=A3), "exact fill")
fill("en/station/storage", dict(buyer_name="Ms Koenigsberg", product=R12, agent_name=A4),
     "one long sentence of the second paragraph split in two (JC2)",
     edits=[("the unit needs to wake up, and it may then refuse", "the unit needs to wake up. It may then refuse")],
     tags=["split"])
fill("en/warranty/claim", dict(buyer_name="Mr Lisowski", product=R12, warranty_period="three-year", case_id="FHP-C-20417",
     order_id="114-2093371-6650182", agent_name=A1), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Fenwick-Adair", product=C30_LONG, warranty_period="five-year",
     case_id="FHP-C-20452", order_id="112-5518046-3027719", agent_name=A2),
     "listing title in the product slot; first two paragraphs run together into one (JC2)",
     edits=[("normal use.\n\nThe warranty does not extend", "normal use. The warranty does not extend")],
     tags=["long-value", "merge"])
fill("en/warranty/claim", dict(buyer_name="Mr Quaye", product=R3, warranty_period="two-year", case_id="FHP-C-20488",
     order_id="113-7702164-5591408", agent_name=A3),
     "the exclusions sentence paraphrased with the same four exclusions (JC2)",
     edits=[("The warranty does not extend to damage from water, a fall, opening the casing, or running the unit outside the limits given in the user guide.",
             "Damage caused by water, a drop, an opened casing or use beyond the limits in the user guide is not covered.")],
     tags=["paraphrase"])
fill("en/apology/panel-output", dict(buyer_name="Ms Haldane", panel=L2, agent_name=A4), "exact fill")
fill("en/apology/panel-output", dict(buyer_name="Mr Brockhurst", panel=L1, agent_name=A1),
     "the empathy sentence reworded and the sign-off changed (JC2)",
     edits=[("It is disappointing to set everything up on a sunny afternoon and then see a smaller number on the screen than the one on the label.",
             "I know how disappointing it is to set everything up in full sun and then see a lower figure on the screen than the label shows."),
            ("With apologies,", "Sorry again,")],
     tags=["paraphrase", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Ms Nakashima-Roe", product=R3, order_id="111-4407293-8813560",
     agent_name=A2), "exact fill; the only review request for this order and no earlier praise in the thread (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Linnea", product=R12, order_id="113-9920415-2248371", agent_name=A3),
     "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hi Linnea,", "Hello Linnea,"), ("Best wishes,", "Thanks so much,")], tags=["greeting", "sign-off"])
fill("en/cable/car-charger", dict(buyer_name="Mr Ellsworth", cable=CABLE, product=R3, agent_name=A4), "exact fill")
fill("en/cable/car-charger", dict(buyer_name="Ms Ruthven", cable=CABLE_LONG, product=R12, agent_name=A1),
     "listing title of the cable in the cable slot; sign-off names the buyer's route (JC2)",
     edits=[("Safe travels,", "Safe travels on the road to Moab,")], tags=["long-value", "sign-off"])

fill("zh/station/app", dict(buyer_name="祁先生", product=R12, agent_name=Z1), "exact fill")
fill("zh/station/app", dict(buyer_name="甘女士", product=R3_ZH, agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改为晚上好 (JC2)", edits=[("，您好：", "，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/station/app", dict(buyer_name="柯先生", product=C30, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您使用顺利！", "祝您露营愉快！")], tags=["sign-off"])
fill("zh/solar/cleaning", dict(buyer_name="殷女士", panel=L1_ZH, agent_name=Z2), "exact fill")
fill("zh/solar/cleaning", dict(buyer_name="邵先生", panel=L2_ZH, agent_name=Z1),
     "问候后加一句体谅的话 (JC2)",
     edits=[("邵先生，您好：", "邵先生，您好：\n\n刚从海边回来，面板上沾了沙子和盐分，确实需要好好清理一下。")],
     tags=["warm-line"])
fill("zh/warranty/claim", dict(buyer_name="卢女士", product=R12, warranty_period="三年", case_id="FHP-C-20513",
     order_id="112-6650932-1174408", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="杭先生", product=R3, warranty_period="两年", case_id="FHP-C-20547",
     order_id="114-3381260-9905127", agent_name=Z1),
     "最后一段两句调换顺序 (JC2)",
     edits=[swap("为了尽快查明原因，请在本对话中简要描述故障情况，并附上故障出现时屏幕的照片或短视频。",
                 "我们已为订单 114-3381260-9905127 建立售后案例 FHP-C-20547。", sep="")],
     tags=["reorder"])
fill("zh/warranty/claim", dict(buyer_name="裴女士", product=C30, warranty_period="五年", case_id="FHP-C-20569",
     order_id="111-8824067-3360915", agent_name=Z2),
     "措辞微调：“简要描述”改为“简单说明” (JC2)", edits=[("简要描述", "简单说明")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="毛先生", product=R3, order_id="113-1570348-6629034", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，对话中买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="严女士", product=L2_ZH, order_id="112-4093176-8830251", agent_name=Z2),
     "问候语改为周末好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("严女士，您好：", "严女士，周末好：")],
     tags=["greeting"])
fill("zh/troubleshoot/fan-noise", dict(buyer_name="薛先生", product=R12, agent_name=Z1), "exact fill")
fill("zh/troubleshoot/fan-noise", dict(buyer_name="鲁女士", product=C30, agent_name=Z2),
     "第二段从中间断开，分成两段 (JC2)",
     edits=[("基本不会高速运转。输出功率", "基本不会高速运转。\n\n输出功率")], tags=["reflow"])

fill("zh-tw/station/passthrough", dict(buyer_name="羅先生", product=R12, agent_name=W1), "exact fill")
fill("zh-tw/station/passthrough", dict(buyer_name="游小姐", product=C30, agent_name=W2),
     "問候語改為午安，並加一句體諒的話 (JC2)",
     edits=[("游小姐 您好：", "游小姐 午安：\n\n上週颱風停電好幾次，想必讓您很困擾。")], tags=["greeting", "warm-line"])
fill("zh-tw/station/passthrough", dict(buyer_name="詹太太", product=R3, agent_name=W1),
     "第二段兩句以分號合併 (JC2)", edits=[("切換為開啟。開啟之後，", "切換為開啟；開啟之後，")], tags=["merge"])
fill("zh-tw/bag/care", dict(buyer_name="潘先生", bag="Ridgeback 1200 收納包", product=R12, agent_name=W2), "exact fill")
fill("zh-tw/bag/care", dict(buyer_name="盧小姐", bag="Ridgeback 300 收納包", product=R3, agent_name=W1),
     "第二段兩句調換順序 (JC2)",
     edits=[swap("包內有隔層，可以放交流充電線和車充線。",
                 "使用時請不要把電源站封在收納包裡進行高功率輸出，以免散熱不良。", sep="")],
     tags=["reorder"])
fill("zh-tw/troubleshoot/display", dict(buyer_name="廖先生", product=R12, agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/display", dict(buyer_name="翁小姐", product=C30, agent_name=W1),
     "署名前加上祝福語 (JC2)",
     edits=[("我們會協助您處理。\n\n", "我們會協助您處理。\n\n祝 露營順利\n")], tags=["sign-off"])
fill("zh-tw/solar/parallel", dict(buyer_name="歐先生", panel=L1_TW, station=R3, agent_name=W2), "exact fill")
fill("zh-tw/solar/parallel", dict(buyer_name="龔太太", panel=L2_TW, station=R12, agent_name=W1),
     "整段商品標題放入 panel 佔位符，結尾祝語改寫 (JC2)", edits=[("敬祝 順心", "敬祝 旅途平安")],
     tags=["long-value", "sign-off"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it is merged into a trailing (JCn) group if the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/station/runtime", dict(buyer_name="Mr Ibekwe", product=R3, capacity_wh="296 Wh", agent_name=A4),
         "before you rely on it.",
         "The Leaflight 100 panel from the same order left our Reno warehouse separately with FedEx Ground, tracking 771904385126, and should reach you on Thursday.",
         "split-shipment tracking for the panel, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/solar/setup", dict(buyer_name="Ms Sorensen-Mbeki", station=R12, panel=L2, agent_name=A1),
         "of the rated wattage.",
         "Because the Ridgeback 1200 battery is over 100 watt-hours, it has to ship to Anchorage by ground and sea, so it will be delivered about a week after the panel.",
         "ground-only carriage of a large lithium battery (JC4)", ["battery-rules", "split-shipment"])
fill_log("en/station/charging", dict(buyer_name="Mr Grunwald", product=R12, ac_hours="one hour and forty minutes", agent_name=A2),
         "fills more slowly.",
         "The AC cable that was missing from your box was shipped this morning by USPS, tracking 9261290100830471152066.",
         "missing cable sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/troubleshoot/no-output", dict(buyer_name="Ms Chatterjee-Holm", product=R12, agent_name=A3),
         "we will take it from there.",
         "If you would rather send it back, please bring the charge down to 30 percent or less before packing it, as our returns carrier requires for lithium batteries.",
         "state of charge for a return shipment is a carriage rule, not product advice (JC4)", ["returns", "battery-rules"])
fill_log("en/warranty/claim", dict(buyer_name="Mr Okonkwo-Baird", product=C30, warranty_period="five-year",
         case_id="FHP-C-20601", order_id="111-3086754-2219473", agent_name=A4),
         "for order 111-3086754-2219473.",
         "If the unit has to come back to us, we will book a freight pickup from your driveway, so you will not need to take it anywhere.",
         "how a 95-pound unit would travel back (JC5)", ["freight", "returns"])
fill_log("en/cable/car-charger", dict(buyer_name="Ms Lindgren", cable=CABLE, product=R3, agent_name=A1),
         "too weak to start the car.",
         "As you asked, we have cancelled the second cable that was ordered by mistake; it had not shipped, so you will not be charged for it.",
         "cancellation of a duplicate line before dispatch (JC6)", ["cancellation"])
fill_log("zh/station/app", dict(buyer_name="季先生", product=R12, agent_name=Z2),
         "确认应用已经获得蓝牙和位置权限。",
         "您同一订单里的 Leaflight 100 太阳能板从另一个仓库单独发货，运单号 1Z8W3E610391044827，预计周四送达。",
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/solar/cleaning", dict(buyer_name="宫女士", panel=L2_ZH, agent_name=Z1),
         "也不要反方向折叠。",
         "另外，您反映收纳包的拉链是坏的，新的收纳包今天已免费补发，由 USPS 寄出，运单号 9261290100830488210375。",
         "补发有缺陷的配件 (JC6, JC14)", ["fulfilment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="霍先生", product=R12, warranty_period="三年", case_id="FHP-C-20634",
         order_id="113-5502918-7746130", agent_name=Z2),
         "建立售后案例 FHP-C-20634。",
         "如果需要寄回检测，我们会通过亚马逊提供预付退货面单；按照承运商对锂电池的要求，寄出前请把电量降到百分之三十以下。",
         "寄回检测的面单与锂电池电量要求 (JC4)", ["returns", "battery-rules"])
fill_log("zh/troubleshoot/fan-noise", dict(buyer_name="桂女士", product=R3, agent_name=Z1),
         "我们会进一步为您检查。",
         "如果您决定退货，可以在“您的订单”页面直接申请，退货运费由我们承担。",
         "退货说明", ["returns"])
fill_log("zh-tw/station/passthrough", dict(buyer_name="顏先生", product=R12, agent_name=W2),
         "確認切換時不會重新開機。",
         "您另外訂購的 Ridgeback 1200 收納包已經出貨，追蹤單號 1Z8W3E610391107735，預計週五送達。",
         "另外訂購的收納包追蹤單號", ["tracking"])
fill_log("zh-tw/troubleshoot/display", dict(buyer_name="呂小姐", product=C30, agent_name=W1),
         "我們會協助您處理。",
         "如果最後需要換貨，我們會請貨運公司到府收件，您不需要自己搬運。",
         "大件換貨的貨運收件 (JC5)", ["freight", "returns"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Kealoha-Brandt,\n\nThe Ridgeback 1200 holds more than 100 watt-hours, which makes it Class 9 dangerous goods for carriers, so it cannot be flown to Hawaii. It left our Reno warehouse on Tuesday by ground and ocean freight with FedEx, tracking 771904512038, and the usual transit time to Honolulu is 12 to 18 days. Your solar panel has no battery inside, so it went separately by air and should arrive this week.\n\nBest regards,\nPerpetua",
     ["battery-rules", "split-shipment", "tracking"], "lithium battery cannot fly; panel sent by air (JC4, JC14)"),
    ("Hi Ms Darrowby,\n\nYour Cairn 3000 weighs 95 pounds with its pallet, so it travels with R+L Carriers rather than a parcel service. The PRO number is 8805512734. Their local terminal will call the phone number on your order within two business days of arrival to book a four-hour delivery window. Delivery is to the curb by a liftgate truck and the driver will not bring it inside, so you may want a second person on hand.\n\nKind regards,\nBarnaby",
     ["freight", "delivery-appointment"], "LTL freight and a delivery appointment (JC5)"),
    ("Dear Mr Pellworth,\n\nWhen the freight truck arrives, please look the pallet over before you sign. If the wrap is torn or the box is crushed, write \"damaged\" and a few words on the delivery receipt, then sign and take photos. That note is what lets us claim from the carrier, and we will send a replacement as soon as you tell us. If everything looks fine, just sign as normal.\n\nRegards,\nOttilie",
     ["freight", "damage"], "inspecting a freight delivery (JC5, JC7)"),
    ("Hello Ms Yusupova,\n\nFedEx put a delivery exception on your parcel this morning: the driver could not find unit 14B at the address on the order. Could you reply with the correct unit number or directions to the entrance of your building? We will pass them on, and FedEx will try again on the next business day.\n\nThanks,\nRufus",
     ["delivery-exception", "address"], "delivery exception, address details (JC15)"),
    ("Hi Mr Ostergaard,\n\nThe Ridgeback 1200 is larger and heavier than an Amazon Locker compartment allows, which is why the locker you picked was not accepted at checkout and the order now goes to your home address. If nobody will be in, you can ask UPS to hold it at a UPS Access Point near you as soon as the tracking number appears in Your Orders.\n\nPerpetua",
     ["locker", "pickup-point"], "locker refused for a heavy item (JC15)"),
    ("Hello Ms Adeleke-Rowe,\n\nYour panel is being held at the FedEx counter in the Walgreens on Linden Avenue, as you asked. Please bring a photo ID and the tracking number 771904637751. They keep parcels for five business days; after that FedEx sends it back to us and we refund the order.\n\nBest,\nBarnaby",
     ["pickup-point", "tracking"], "hold at a pickup point (JC15)"),
    ("Dear Mr Gagnon-Reyes,\n\nYour Ridgeback 300 is in customs in Mississauga. Parcels with lithium batteries need a dangerous goods declaration that the carrier checks before release, which usually adds one to three business days. The import fees were charged by Amazon when you ordered, so please do not pay anything at the door. If UPS asks for payment, send us a photo of the notice and we will deal with it.\n\nKind regards,\nOttilie",
     ["customs", "battery-rules"], "customs hold and prepaid import fees for Canada (JC4, JC7)"),
    ("Hi Mrs Quintero,\n\nI'm very sorry the Leaflight 220 arrived with a cracked cell and a bent hinge. That happened in transit, and it is not something you should have to fix. A new panel went out today by UPS, tracking 1Z8W3E610391162840. Please keep the damaged one until the carrier's claims team tells us whether they want it back; we will let you know in this thread.\n\nRufus",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC6, JC7)"),
    ("Hello Mr Brandvold,\n\nTo return the Ridgeback 1200, start the return in Your Orders; the label Amazon gives you is for UPS Ground. Before packing, switch the unit off and run the charge down to 30 percent or less. Use the original box with its foam inserts, tape it firmly, and hand it to a UPS driver or a UPS Store rather than a drop box, because battery parcels have to be handed over in person.\n\nPerpetua",
     ["returns", "battery-rules", "packing"], "return of a lithium unit with packing rules (JC4)"),
    ("Hi Ms Tiernan,\n\nOur Columbus warehouse checked in your returned Ridgeback 300 this morning. A refund of $249.00 has gone back to your original payment method and usually shows within three to five business days.\n\nBarnaby",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Dear Mr Halvorsen-Udo,\n\nYour returned Cairn 3000 reached us without its AC charging cable. We have refunded $2,049.00 now, which is the price less $49.00 for the cable. If the cable turns up, send it back with the free label in Your Orders and we will refund the remaining $49.00 when it arrives.\n\nRegards,\nOttilie",
     ["refund", "returns"], "partial refund of a return missing a part (JC6, JC14)"),
    ("Hello Ms Marchbanks,\n\nYour order shipped yesterday, so we can no longer change the address on it. UPS can still redirect it: look up tracking number 1Z8W3E610391208816 in UPS My Choice and choose Change Delivery Address, or have it held at a UPS Access Point near your new place. UPS may charge a small fee for the redirect.\n\nRufus",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hi Mr Ferencz,\n\nYour order comes in two boxes from two warehouses. The Ridgeback 1200 left Reno with FedEx, tracking 771904720094, and should arrive on Monday. The carry bag and the MC4 extension cable left Columbus with USPS, tracking 9261290100830502217439, and are due on Saturday.\n\nPerpetua",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Dear Ms Orlova,\n\nWe have cancelled the duplicate order 112-7741590-3308126 as you asked. It had not shipped, so you will not be charged for it, and your first order for the Leaflight 100 is unchanged and on its way.\n\nBarnaby",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC14)"),
    ("Hello Mr Sandoval-Kaye,\n\nSorry for the wait. Your Ridgeback 300 was held for a day at the FedEx hub in Memphis for a routine check of its battery paperwork. It is moving again, and FedEx now expects to deliver it on Wednesday. If it has not arrived by Friday, tell us here and we will send another unit.\n\nOttilie",
     ["delay", "battery-rules"], "delay at a hub for dangerous-goods paperwork (JC4)"),
    ("Hi Ms Lovejoy,\n\nThe photo on the UPS delivery record shows a porch that does not look like yours. We have opened a trace with UPS and, rather than keep you waiting, shipped a replacement panel today, tracking 1Z8W3E610391254403. If the first parcel does turn up, please reply and we will send you a free return label for it.\n\nRufus",
     ["delivery", "tracking"], "delivered to the wrong porch (JC14, JC15)"),
    ("Hello Mr Wainaina,\n\nI'm sorry, our warehouse packed a Ridgeback 300 instead of the Ridgeback 1200 you ordered. The correct unit ships today by FedEx, tracking 771904855167. A prepaid UPS label for the wrong unit is in Your Orders; please bring its charge to 30 percent or less and drop it at a UPS Store within 30 days.\n\nPerpetua",
     ["fulfilment", "returns", "battery-rules"], "wrong model sent and its return (JC4, JC6)"),
    ("Hi Ms Delgadillo,\n\nWe cannot send the power station to a PO box. USPS does not carry batteries of this size, and UPS and FedEx do not deliver to PO boxes. Could you reply with a street address for the delivery? The order stays on hold until then, and nothing has been charged yet.\n\nBarnaby",
     ["address", "battery-rules"], "PO box impossible for a large battery (JC4)"),
    ("Dear Ms Tremaine,\n\nYour Ridgeback 1200 was held by the customs broker in Winnipeg because the commercial invoice did not state the battery's watt-hour rating, which the carrier needs for battery shipments crossing the border. We sent a corrected invoice this morning, and UPS expects to release the parcel tomorrow and deliver it on Friday. There is nothing for you to pay or sign.\n\nOttilie",
     ["customs", "battery-rules"], "customs paperwork for a lithium battery (JC4, JC7)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("闫先生，您好：\n\nRidgeback 1200 的电池容量超过一百瓦时，承运商按第九类危险品处理，不能空运到夏威夷。包裹已于周二从里诺仓库交给 FedEx 走陆运加海运，运单号 771904963342，到檀香山一般需要十二到十八天。\n\n屠明远",
     ["battery-rules", "tracking"], "锂电池不能空运 (JC4)"),
    ("尹女士，您好：\n\nCairn 3000 连同托盘重约九十五磅，由 R+L Carriers 货运公司按托盘配送，PRO 号 8805513091。货到当地站点后，对方会在两个工作日内打电话和您预约四小时的送货时段。送货方式是尾板车路边交货，司机不负责搬进室内，建议届时请家人帮忙。\n\n郏思琪",
     ["freight", "delivery-appointment"], "托盘货运与预约送货 (JC5)"),
    ("郝先生，您好：\n\nUPS 今天上午反馈派送异常：订单地址缺少公寓门牌号，司机找不到收件人。请在本对话中回复完整的门牌号或楼栋入口说明，我们会转告 UPS，下一个工作日重新派送。\n\n屠明远",
     ["delivery-exception", "address"], "派送异常，补充地址 (JC15)"),
    ("祝女士，您好：\n\nRidgeback 1200 的体积和重量都超过了亚马逊自提柜格口的限制，所以结账时选择的自提柜没有通过，订单已改为寄到您的家庭地址。如果白天家里没人，等运单号生成后，可以请 UPS 把包裹留在附近的 UPS Access Point 自提点。\n\n郏思琪",
     ["locker", "pickup-point"], "自提柜放不下大件 (JC15)"),
    ("阮先生，您好：\n\n您的包裹正在多伦多清关。含锂电池的包裹需要核对危险品申报文件，通常会多花一到三个工作日。进口税费已在下单时由亚马逊代收，快递员上门时如果要求付款，请先不要支付，把通知单拍照发给我们处理。\n\n屠明远",
     ["customs", "battery-rules"], "清关与预收税费 (JC4, JC7)"),
    ("晏女士，您好：\n\n非常抱歉，Leaflight 220 太阳能板在运输途中被压坏，铰链变形，一块电池片碎裂。新的面板今天已由 UPS 补发，运单号 1Z8W3E610391301128。损坏的那块请先保留，等承运商确认是否需要取回，我们会在本对话中通知您。\n\n郏思琪",
     ["damage", "tracking"], "运输损坏与补发 (JC6, JC7, JC14)"),
    ("卓先生，您好：\n\n退货请在“您的订单”中申请，系统生成的是 UPS 陆运退货面单。打包前请关机，并把电量放到百分之三十以下；请使用原包装盒和泡沫内衬，封箱后交给 UPS 快递员或 UPS Store 门店，不要投进自助投递箱。\n\n屠明远",
     ["returns", "battery-rules", "packing"], "锂电池退货的包装要求 (JC4)"),
    ("伍女士，您好：\n\n哥伦布仓库今天已签收并检查了您退回的 Ridgeback 300，249美元的退款已退回原支付方式，一般三到五个工作日到账。\n\n郏思琪",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("庞先生，您好：\n\n您的订单分两个包裹从两个仓库发出：电源站由 FedEx 配送，运单号 771905018826，预计周一送达；车充线和延长线由 USPS 配送，运单号 9261290100830519904472，预计周六送达。\n\n屠明远",
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("盛女士，您好：\n\n已按您的要求取消重复下的订单 114-6032817-4459021。该订单尚未发货，不会产生扣款；您的第一笔订单不受影响，正在正常配送。\n\n郏思琪",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("汤先生，您好：\n\n包裹昨天已经发出，我们这边无法再修改收货地址。您可以用运单号 1Z8W3E610391349956 在 UPS My Choice 申请改派到新地址，或者让 UPS 把包裹留在新住处附近的自提点，改派可能会收取少量费用。\n\n屠明远",
     ["address", "tracking"], "发货后改地址 (JC15)"),
    ("喻女士，您好：\n\n抱歉让您久等了。您的 Ridgeback 300 在 FedEx 孟菲斯转运中心因例行核查锂电池文件停留了一天，现在已继续运输，预计周三送达。如果周五前还没收到，请在本对话中告诉我们，我们会重新发货。\n\n郏思琪",
     ["delay", "battery-rules"], "因危险品文件核查延误 (JC4)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("連先生 您好：\n\n您的 Ridgeback 1200 昨天已從雷諾倉庫出貨，由 FedEx 陸運配送，追蹤單號 771905104479，預計下週二送達。因為電池容量超過一百瓦時，只能走陸運，所以比一般包裹多花兩天。\n\n邱映彤",
     ["tracking", "battery-rules"], "追蹤單號，鋰電池只能陸運 (JC4)"),
    ("湯小姐 您好：\n\n依照您的要求，包裹已改送到 Walgreens 門市內的 FedEx 取件點。取件時請帶附照片的身分證件和追蹤單號 771905162230；取件點會保留五個工作天，逾期會退回給我們，屆時我們會為您退款。\n\n左承浩",
     ["pickup-point", "tracking"], "門市取件點 (JC15)"),
    ("姜先生 您好：\n\n退貨請在「您的訂單」申請，系統會提供 UPS 陸運退貨標籤。寄回前請先關機，並把電量降到百分之三十以下，用原廠紙箱和泡棉裝好，再交給 UPS 司機或 UPS Store 門市，不要投入自助收件箱。\n\n邱映彤",
     ["returns", "battery-rules", "packing"], "鋰電池退貨包裝 (JC4)"),
    ("辜太太 您好：\n\n倉庫已收到您退回的 Leaflight 100 太陽能板，119 美元的退款已退回原付款方式，約三到五個工作天入帳。\n\n左承浩",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("巫先生 您好：\n\n非常抱歉，Cairn 3000 送達時外箱破損、把手斷裂，這是運送途中造成的。新的一組已安排貨運公司以棧板配送，對方會先來電預約送貨時間；損壞的那組請先保留，回收時間我們會另外通知您。\n\n邱映彤",
     ["damage", "freight", "delivery-appointment"], "運送損壞，棧板補寄並預約 (JC5, JC7)"),
    ("馬小姐 您好：\n\n很抱歉讓您久等。您訂購的太陽能板和電源站是分開寄出的：太陽能板已在週一送達，電源站因為內含大容量鋰電池只能走陸運，目前在轉運中心，物流顯示預計週四送達。\n\n左承浩",
     ["delay", "split-shipment", "battery-rules"], "分開寄出，陸運較慢 (JC4)"),
    ("白先生 您好：\n\n寄往加拿大的訂單，進口關稅和稅費已在結帳時由亞馬遜代收，快遞員送達時不應再向您收費。包裹目前在溫哥華等待清關，含鋰電池的貨件需要多核對一份危險品文件，大約會多花兩個工作天。\n\n左承浩",
     ["customs", "battery-rules"], "清關與預收關稅 (JC4, JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Ashdown,\n\nUnfortunately the Ridgeback 300 cannot go on a plane, either in checked bags or in the cabin. Airlines allow spare lithium batteries of up to 100 watt-hours in carry-on, or up to 160 with the airline's approval, and at 296 watt-hours it is well above both. For flights, a small USB power bank is the usual choice.\n\nPerpetua",
     ["advice", "air-travel"], "taking the unit on a flight is product use, not order logistics (JC11)"),
    ("Hello Ms Valcourt,\n\nYes, the Ridgeback 1200 can run a CPAP machine through the night. Most machines draw 30 to 60 watts without the heated humidifier, which gives you several nights per charge. With the humidifier on the draw can triple, so on camping trips many people switch it off or run the machine from its 12 V DC lead, which skips the inverter losses.\n\nBarnaby",
     ["advice"], "running a CPAP machine (JC10)"),
    ("Dear Mr Strand,\n\nPanels from other makers work as long as the open-circuit voltage stays between 12 and 60 volts and the plug is MC4 or XT60. Two 100 W panels in series are usually fine; three in series would go over the limit, so check the figures on the panel labels first.\n\nOttilie",
     ["advice", "compatibility"], "third-party panels (JC10)"),
    ("Hi Ms Farrant,\n\nA full-size kitchen fridge runs at 100 to 200 watts but needs a burst of up to 1,200 watts for a second when the compressor starts. The Ridgeback 1200 handles that surge easily. The Ridgeback 300 does not, and it will shut its AC output off each time the compressor kicks in.\n\nRufus",
     ["advice", "comparison"], "the buyer asked which model runs a fridge; no price or offer (JC10)"),
    ("Hello Mr Dunmore,\n\nThe power station is not waterproof, so keep it in the tent, in the van, or under a tarp with room for air to move. The panels can stay out in light rain, but unplug the connectors before a heavy downpour and let them dry before you connect them again.\n\nPerpetua",
     ["advice"], "rain (JC10)"),
    ("Hi Ms Kettering,\n\nYou can charge an e-bike from the AC outlets with the charger that came with the bike. A typical 500 watt-hour e-bike battery takes about 600 watt-hours from the Ridgeback 1200 once charger losses are counted, so a full station gives you roughly one and a half charges.\n\nBarnaby",
     ["advice"], "charging an e-bike (JC10)"),
    ("Hello Mr Rosenthal-Ayo,\n\nThank you for the video of the flickering screen. I have passed it to our engineers, who will look at it tomorrow, and I will write back by Thursday afternoon with what they recommend.\n\nOttilie",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Dear Ms Ambler,\n\nTwo Ridgeback 1200 units cannot be linked to share a load or to combine their outlets. Each one has to power its own devices, so split your appliances between them, for example the fridge on one and lights and phones on the other.\n\nRufus",
     ["advice"], "linking two units (JC10)"),
    ("Hi Mr Cathcart,\n\nThe AC outlets give a pure sine wave, the same shape as a wall socket, so laptops, drone chargers and camera chargers are safe on it. For a laptop, the USB-C port is the better choice if your charger supports it, because it skips the inverter and wastes less energy.\n\nRufus",
     ["advice"], "sensitive electronics (JC10)"),
    ("Hello Ms Penrose,\n\nThe battery will not take a charge below freezing; that protects the cells. It will still power your devices down to about minus 4 degrees Fahrenheit. On cold mornings, bring it into the van or the cabin for an hour before you connect the panel.\n\nPerpetua",
     ["advice"], "charging in the cold (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("申先生，您好：\n\nRidgeback 300 不能带上飞机，托运和随身携带都不行。航空公司一般只允许一百瓦时以下的锂电池随身携带，一百到一百六十瓦时需要航空公司批准，而这款电源站是二百九十六瓦时。坐飞机出行时，建议改带小型充电宝。\n\n屠明远",
     ["advice", "air-travel"], "乘飞机携带属于产品使用，不是订单物流 (JC11)"),
    ("黎女士，您好：\n\nRidgeback 1200 可以整晚给呼吸机供电。大多数呼吸机在不开加湿器时功率为三十到六十瓦，充满一次可以用好几晚；开加湿器后耗电会增加两三倍，露营时建议关掉加湿功能。\n\n郏思琪",
     ["advice"], "呼吸机供电 (JC10)"),
    ("莫先生，您好：\n\n其他品牌的太阳能板也可以用，只要开路电压在十二到六十伏之间、接头是 MC4 或 XT60 即可。两块一百瓦的面板串联一般没有问题，三块串联就可能超过电压上限，连接前请先核对面板背面的参数。\n\n屠明远",
     ["advice", "compatibility"], "其他品牌面板 (JC10)"),
    ("洪女士，您好：\n\n感谢您发来屏幕闪烁的视频。我已经转给工程师，他们明天会查看，周四下午前我会把处理建议回复给您。\n\n郏思琪",
     ["holding"], "故障的等待回复 (JC12)"),
    ("乔先生，您好：\n\n可以用交流插座接电动自行车的原装充电器充电。一块五百瓦时的电动车电池，算上充电器损耗大约消耗六百瓦时，Ridgeback 1200 充满一次大概能充一块半。\n\n屠明远",
     ["advice"], "给电动自行车充电 (JC10)"),
    ("武女士，您好：\n\n电源站本身不防水，请放在帐篷、车里或者留有通风空隙的防雨布下面。太阳能板可以淋小雨，但大雨前请先拔开接头，等接头干透后再重新连接。\n\n郏思琪",
     ["advice"], "下雨天使用 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("童先生 您好：\n\n一般家用冰箱運轉時約一百到兩百瓦，但壓縮機啟動的瞬間需要一千多瓦。Ridgeback 1200 可以承受這個啟動功率；Ridgeback 300 則會在每次壓縮機啟動時自動關閉交流輸出。\n\n邱映彤",
     ["advice", "comparison"], "買家詢問哪一款能帶冰箱，無價格無促銷 (JC10)"),
    ("阮小姐 您好：\n\n電池在零度以下不會接受充電，這是保護電芯的設計，但仍然可以正常供電。寒冷的早上，請先把電源站拿進車內或屋內放一小時，再接上太陽能板。\n\n左承浩",
     ["advice"], "低溫充電 (JC10)"),
    ("邢太太 您好：\n\n交流插座輸出的是純正弦波，和家裡的插座一樣，筆電、相機和空拍機的充電器都可以放心使用。筆電如果支援 USB-C 充電，建議直接用 USB-C 孔，省去逆變器的損耗，效率會更好。\n\n邱映彤",
     ["advice"], "精密電子設備 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Gorringe,\n\nRough rule: capacity times 0.85, divided by your device's watts, gives you the hours. Fridges cycle, so their real draw is lower than the sticker says, while kettles and hair dryers eat the battery fast. The run-time figure on the screen needs about a minute to settle down.\n\nPerpetua",
     "retells en/station/runtime (JC13)"),
    ("Hello Ms Kaminski-Boyd,\n\nSetting up is quick: open the panel right out, prop it on its legs facing the sun and keep it clear of shade. The MC4 leads go into the adapter, the adapter's XT60 plug goes into the solar port, and you'll see the sun symbol and the wattage on the screen. Expect around three quarters of the rating at noon.\n\nBarnaby",
     "retells en/solar/setup (JC13)"),
    ("Hi Mr Thorsby,\n\nWall charging takes under two hours from flat. You can also charge in the car with the 12 V lead while you drive, though it's slow, and it's fine to keep using the outlets while it charges. A louder fan during charging is normal.\n\nOttilie",
     "retells en/station/charging (JC13)"),
    ("Hello Ms Greenhalgh,\n\nThe AC sockets switch on separately, so press the AC button first and look for its light. A blinking light means whatever you plugged in is too much for it; try things one by one. No light at all? Hold power for 15 seconds to reset, then let us know how it goes.\n\nRufus",
     "retells en/troubleshoot/no-output (JC13)"),
    ("Hi Mr Pryor,\n\nFor the off-season, leave it at roughly 60 percent, turned off, somewhere dry and not too hot or cold, and give it a charge every few months so it doesn't go flat. If it has been somewhere freezing, let it warm up indoors before charging.\n\nPerpetua",
     "retells en/station/storage (JC13)"),
    ("Dear Ms Ballantyne,\n\nThe car lead runs from the 12 V socket to the car input on the unit, and a little car symbol confirms it's charging. It pulls 8 A, so if the socket dies, check the fuse. Keep the engine on so you don't flatten the car battery.\n\nBarnaby",
     "retells en/cable/car-charger (JC13)"),
    ("Hello Mr Tolliver,\n\nIf you get a moment after your trip, we'd be glad to read what you thought of the panel in an Amazon review, whatever your verdict.\n\nOttilie",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("时先生，您好：\n\n连手机很简单：打开蓝牙，在应用里点加号添加设备，再按住电源站上的蓝牙键三秒，等图标闪了就能配上。搜不到的话，手机靠近一点，再检查应用的蓝牙和位置权限。\n\n屠明远",
     "改写 zh/station/app (JC13)"),
    ("贺女士，您好：\n\n面板脏了用湿软布擦就行，别用钢丝球，擦之前先把线拔掉。接线盒别泡水，晾干再折起来放回收纳包，上面别压东西。\n\n郏思琪",
     "改写 zh/solar/cleaning (JC13)"),
    ("成先生，您好：\n\n风扇变响一般是大功率用电或快充时在散热，不用担心。嫌吵的话可以把充电模式改成静音慢充。要是什么都没接也一直狂转，或者有怪声，拍段视频发给我们看看。\n\n屠明远",
     "改写 zh/troubleshoot/fan-noise (JC13)"),
    ("史女士，您好：\n\n电源站有保修，做工和材料问题都管，比如充不满、插座坏了、屏幕黑了；摔坏、进水和拆过机的不保。麻烦把情况说一下，再拍张屏幕照片或视频发过来。\n\n郏思琪",
     "改写 zh/warranty/claim，没有案例号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("杜先生 您好：\n\n不斷電功能要在設定裡打開，電源站接著市電、設備插在電源站上，停電時就會自動切到電池。開了之後不會一直充到滿，對電池比較好。桌機建議先拔插頭實測一次。\n\n邱映彤",
     "改寫 zh-tw/station/passthrough (JC13)"),
    ("覃小姐 您好：\n\nE01 是用電太多，拔掉幾樣再開；E03 是太熱，放涼半小時；E05 是太冷，拿進屋裡；E08 是太陽能板電壓太高，檢查接法。還是不行就拍螢幕傳給我們。\n\n左承浩",
     "改寫 zh-tw/troubleshoot/display (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Haverstock,\n\nYour Ridgeback 1200 will be delivered by FedEx on Thursday. When it arrives, charge it to full before the first trip, then run a small load for ten minutes so the battery gauge can calibrate itself.\n\nRufus",
     "delivery date plus first-use advice (JC8)"),
    ("Hello Ms Caldwell-Ansah,\n\nThe replacement MC4 extension cable shipped today by USPS. Until it arrives, set the panel up right beside the station and use its own lead, and angle it a little towards the south in the afternoon for the best output.\n\nPerpetua",
     "replacement shipped plus panel placement advice (JC8)"),
    ("Dear Mr Ventris,\n\nWe've started your return and the UPS label is in Your Orders. Before you send it, it may be worth trying a reset: holding the power button for 15 seconds often brings dead AC outlets back.\n\nBarnaby",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Ms Yarrow,\n\nYour parcel is in customs in Vancouver for a day or two. Meanwhile, install the Fernhollow app on your phone so you can pair the station the moment it arrives.\n\nOttilie",
     "customs plus app advice (JC8)"),
    ("Hello Mr Brightman,\n\nThe freight carrier will call you this week to set a delivery window for the Cairn 3000. Once it is in place, keep it on a hard floor rather than carpet, so the vents underneath can breathe.\n\nRufus",
     "freight appointment plus placement advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("诸先生，您好：\n\n换货的电源站明天由 FedEx 发出。在收到之前，您现在这台仍然可以用，只要不同时接电水壶这类大功率电器，就不会跳闸。\n\n屠明远",
     "发货加使用建议 (JC8)"),
    ("单女士，您好：\n\n包裹预计周四送达。收到后请先充满电，再连上手机应用升级固件，第一次升级大约五分钟。\n\n郏思琪",
     "送达加首次使用建议 (JC8)"),
    ("戈先生，您好：\n\n您的电源站还在清关，太阳能板已经先到了。等待期间可以先把面板展开，试一试摆放角度，电源站到了以后直接接上就能充电。\n\n屠明远",
     "清关加使用建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("方先生 您好：\n\n補寄的車充線今天已經寄出。在收到之前，可以先用交流電充電，充電時風扇聲音會變大，屬於正常現象。\n\n邱映彤",
     "補寄加充電說明 (JC8)"),
    ("齊小姐 您好：\n\n電源站預計週三送達。收到後建議先到設定裡開啟不斷電模式，下次停電時數據機就不會斷線。\n\n左承浩",
     "送達加不斷電建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/station/runtime", dict(buyer_name="Mr Rookwood", product=R3, capacity_wh="296 Wh", agent_name=A1),
        "before you rely on it.",
        "P.S. This week only, the Leaflight 100 panel is 20% off with code SUNNYRIDGE when you buy it with any power station.",
        [MKT, TR], "P.S. with a discount code for a panel", sep="\n\n")
add_bad("en/solar/setup", dict(buyer_name="Ms Estrada-Vaughn", station=R12, panel=L2, agent_name=A2),
        "of the rated wattage.",
        "If the panel is working well for you, a 5-star review would really help our small team.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/troubleshoot/no-output", dict(buyer_name="Mr Dunleavy", product=R12, agent_name=A3),
        "we will take it from there.",
        "For faster help, message our technician on WhatsApp at +1 775-555-0163.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/apology/panel-output", dict(buyer_name="Ms Harcourt", panel=L1, agent_name=A4),
        "we will replace it.",
        "Before you leave a review, please contact us first so we can put things right.",
        [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
add_bad("en/station/storage", dict(buyer_name="Mr Ingleby", product=R12, agent_name=A1),
        "before you charge it.",
        "By the way, our new Cairn 3000 launches next month, and early buyers get a Leaflight 220 panel thrown in, so it is worth ordering now.",
        [MKT, TR], "new-product announcement and a push to buy", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Quarrie", product=R3, order_id="114-5527630-0913384", agent_name=A2),
        "build better equipment.",
        "To say thanks, we will send you a car charging cable at no charge as soon as your review goes live.",
        [RI, TR], "free accessory in exchange for a review")
add_bad("en/cable/car-charger", dict(buyer_name="Mr Thornbury", cable=CABLE, product=R3, agent_name=A3),
        "too weak to start the car.",
        "If you have more questions, email our support team directly at help@fernhollow-power.com instead of using Amazon messages.",
        [OPC, TR], "support moved to an e-mail address")
add_bad("en/warranty/claim", dict(buyer_name="Ms Pennock", product=R12, warranty_period="three-year", case_id="FHP-C-20688",
        order_id="112-3307159-8861420", agent_name=A4),
        "for order 112-3307159-8861420.",
        "Once the replacement ships, you can follow it on our own tracking page at fernhollow-power.com/track rather than in your Amazon account.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Gillespie,\n\nYour refund for the returned Ridgeback 300 went through today. Now that it's sorted, if you change your 1-star review to something more positive, we'll send you a $25 gift card.\n\nBarnaby",
     [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/station/app", dict(buyer_name="毕先生", product=R12, agent_name=Z1),
        "确认应用已经获得蓝牙和位置权限。",
        "如果还是连不上，可以加我们的微信 fernhollow_cs，工程师会远程指导您。",
        [OPC, TR], "产品支持转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="樊女士", product=R3, order_id="113-8860134-2275509", agent_name=Z2),
        "我们都会认真阅读。",
        "给五星好评并截图发给我们，即可获得十五美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/troubleshoot/fan-noise", dict(buyer_name="兰先生", product=R12, agent_name=Z1),
        "我们会进一步为您检查。",
        "问题解决以后，麻烦您把之前留下的差评删掉或者改一下。",
        [RI, TR], "要求删除或修改差评")
add_bad("zh/solar/cleaning", dict(buyer_name="邬女士", panel=L1_ZH, agent_name=Z2),
        "也不要反方向折叠。",
        "另外，本店新款 Leaflight 220 双面太阳能板本周八折，欢迎选购！",
        [MKT, TR], "新品太阳能板八折促销")
add_bad("zh/warranty/claim", dict(buyer_name="米先生", product=R12, warranty_period="三年", case_id="FHP-C-20713",
        order_id="113-8405276-1139602", agent_name=Z1),
        "建立售后案例 FHP-C-20713。",
        "另外，请登录我们的官网 fernhollow-power.com 注册产品，以便日后办理保修。",
        [OPC, TR], "引导到卖家官网注册产品；保修登记不是物流，也不是促销")
free(V, "zh", "付女士，您好：\n\n寄回的 Ridgeback 300 仓库已经签收。为了让您早点拿到钱，这次退款我们打算不走亚马逊，直接用 PayPal 转账给您，麻烦告诉我们您的 PayPal 收款账号。\n\n郏思琪",
     [OPC], "退货退款改走 PayPal：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/station/passthrough", dict(buyer_name="粘先生", product=R12, agent_name=W2),
        "確認切換時不會重新開機。",
        "想更快得到回覆的話，歡迎加我們的 LINE 官方帳號 @fernhollowtw 直接聯繫。",
        [OPC, TR], "客服轉到 LINE 官方帳號")
add_bad("zh-tw/troubleshoot/display", dict(buyer_name="汪小姐", product=C30, agent_name=W1),
        "我們會協助您處理。",
        "問題解決後，如果您滿意，請幫我們留個五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "官小姐 您好：\n\n您的 Leaflight 100 今天已經寄出，追蹤單號 1Z8W3E610391396612。順帶一提，本週車充線買一送一，歡迎到我們的官網 fernhollow-power.com 加購。\n\n邱映彤",
     [MKT, OPC, TR], "寄出通知（物流）加本週車充線買一送一並導向官網；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
