# -*- coding: utf-8 -*-
"""Labelled seller replies of t64 (imported by gen.py). Every text here was written for this set.

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
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("values for %s: got %s, need %s" % (tid, sorted(vals), sorted(need)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template, then apply (old, new) edits in turn; every old string must occur exactly once."""
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
    """An edit that hard-wraps the one paragraph that begins with `starts`."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def swap(first, second, sep=" "):
    """An edit that puts two adjacent sentences the other way round."""
    return (first + sep + second, second + sep + first)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Imogen Strathearn", "Teodor Blackwood-Asante", "Honora Ljungberg", "Cyprian Oyelowo-Hart"
Z1, Z2 = "蔺书航", "邝雨霏"
W1, W2 = "闕宜蓁", "戎子謙"
M6, M15, M32 = "Wrenbury Lawnpilot 600", "Wrenbury Lawnpilot 1500", "Wrenbury Lawnpilot 3200 AWD"
K150, K300 = "Fenceline 150 boundary wire kit", "Fenceline 300 boundary wire kit"
T40, H24 = "Edgehawk T40 string trimmer", "Edgehawk H24 hedge trimmer"
B2, B5 = "Wrenbury 40V 2.0Ah battery", "Wrenbury 40V 5.0Ah battery"
M15_LONG = ("Wrenbury Lawnpilot 1500 Robot Lawn Mower for Lawns up to 0.4 Acre, Boundary Wire Kit Included, "
            "App Control over Wi-Fi and Bluetooth, Rain Sensor, Anti-Theft Alarm, Climbs 35% Slopes, 58 dB Operation")
K300_LONG = ("Wrenbury Fenceline 300 Boundary Wire Kit, 984 ft (300 m) Perimeter Wire, 400 Stakes, "
             "12 Waterproof Connectors, Fits All Lawnpilot Robot Mowers")
T40_LONG = ("Wrenbury Edgehawk T40 Cordless String Trimmer, 40V Brushless Motor, 15-Inch Cutting Swath, "
            "Bump Feed Head with 0.080-Inch Line, Telescopic Shaft (Battery and Charger Sold Separately)")
B5_LONG = ("Wrenbury 40V 5.0Ah Lithium-Ion Battery, 200Wh, 4-Level Charge Indicator, for Edgehawk String Trimmers, "
           "Hedge Trimmers and Leaf Blowers")
M32_LONG = ("Wrenbury Lawnpilot 3200 AWD Robot Mower, All-Wheel Drive for Lawns up to 0.8 Acre and 45% Slopes, "
            "GPS Zone Mapping, Boundary Wire Kit and Charging Station Included")
M6_ZH = "Wrenbury Lawnpilot 600 智能割草机器人 适用0.15英亩草坪 含边界线套装 手机应用控制 雨水感应 防盗报警"
M15_TW = "Wrenbury Lawnpilot 1500 智慧割草機器人 適用0.4英畝草坪 附邊界線套組 支援手機App 雨水感應 防盜警報"
H24_ZH = "Edgehawk H24 绿篱机"
B5_TW, B2_TW = "Wrenbury 40V 5.0Ah 鋰電池", "Wrenbury 40V 2.0Ah 鋰電池"

# ============================================================ 1. filled templates -> []
fill("en/mower/boundary-install", dict(buyer_name="Mr Castellane", kit=K150, agent_name=A1), "exact fill")
fill("en/mower/boundary-install", dict(buyer_name="Ms Oyinlola-Park", kit=K300_LONG, agent_name=A2),
     "the kit's full listing title in the kit slot; greeting changed (JC2)",
     edits=[("Hello Ms Oyinlola-Park,", "Good afternoon Ms Oyinlola-Park,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Rademeyer", kit=K300, agent_name=A3)
fill("en/mower/boundary-install", _v,
     "first and third paragraphs hard-wrapped at 72 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/mower/boundary-install", _v, "Thanks for your question", 72),
            rewrap("en/mower/boundary-install", _v, "Once the loop is closed", 72)], tags=["reflow"])
fill("en/mower/blade-change", dict(buyer_name="Ms Vinterberg", mower=M15_LONG, agent_name=A4),
     "exact fill with the mower's whole listing title in the slot; its \"35% Slopes\" is no offer (JC2, JC14)",
     tags=["long-value"])
fill("en/mower/blade-change", dict(buyer_name="Mr Ekwueme-Sloane", mower=M6, agent_name=A1),
     "last paragraph's two sentences in reverse order (JC2)",
     edits=[swap("Change all three blades together so that the cutting disc stays balanced.",
                 "Depending on the lawn, an edge stays sharp for four to eight weeks of mowing; grass tips that look torn or ragged tell you it is time.")],
     tags=["reorder"])
fill("en/troubleshoot/wire-signal", dict(buyer_name="Ms Brackenridge", mower=M32, agent_name=A2), "exact fill")
fill("en/troubleshoot/wire-signal", dict(buyer_name="Calloway", mower=M15, agent_name=A3),
     "greeting changed and a line of sympathy added, no product content (JC2)",
     edits=[("Hello Calloway,", "Hi Calloway,\n\nWhat a nuisance, just when the lawn had started to look good.")],
     tags=["greeting", "warm-line"])
fill("en/troubleshoot/wire-signal", dict(buyer_name="Mr Sakellarios", mower=M6, agent_name=A4),
     "the sentence about the power supply reworded, same facts (JC2)",
     edits=[("Make sure the power supply is plugged in as well and that its own light is on.",
             "Check too that the power supply is plugged in and that its light is lit.")],
     tags=["paraphrase"])
fill("en/trimmer/line-reload", dict(buyer_name="Mrs Dorrington", trimmer=T40, agent_name=A1), "exact fill")
fill("en/trimmer/line-reload", dict(buyer_name="Mr Whitacre-Oni", trimmer=T40_LONG, agent_name=A2),
     "the trimmer's listing title, ending \"Sold Separately\", in the trimmer slot; sign-off mentions the buyer's weekend job (JC2, JC14)",
     edits=[("With best wishes,", "Good luck with the fence line this weekend, and best wishes,")],
     tags=["long-value", "sign-off", "warm-line"])
fill("en/battery/charging", dict(buyer_name="Ms Tavernier", battery=B2, charge_time="45 minutes", agent_name=A3),
     "exact fill")
fill("en/battery/charging", dict(buyer_name="Mr Lukacs-Ferro", battery=B5_LONG, charge_time="an hour and a half",
     agent_name=A4),
     "listing title as the battery value; one long sentence in paragraph two cut into two (JC2)",
     edits=[("to charge safely, which often happens", "to charge safely. This often happens")],
     tags=["long-value", "split"])
fill("en/mower/winter-storage", dict(buyer_name="Ms Quennevile", mower=M15, agent_name=A1), "exact fill")
fill("en/mower/winter-storage", dict(buyer_name="Mr Haraldsen", mower=M32, agent_name=A2),
     "first two paragraphs run together; sign-off changed (JC2)",
     edits=[("use a pressure washer on it.\n\nTurn it off", "use a pressure washer on it. Turn it off"),
            ("Best wishes,", "See you in the spring,")], tags=["merge", "sign-off"])
fill("en/warranty/coverage", dict(buyer_name="Mrs Abernethy-Cole", product=M15, warranty_period="three years",
     case_id="WBY-K-30418", order_id="113-4820697-1536624", agent_name=A3), "exact fill")
fill("en/warranty/coverage", dict(buyer_name="Mr Ndiaye-Holt", product=M32_LONG, warranty_period="three years",
     case_id="WBY-K-30442", order_id="112-0967315-4429087", agent_name=A4),
     "full listing title as the product value; different greeting (JC2)",
     edits=[("Dear Mr Ndiaye-Holt,", "Hello Mr Ndiaye-Holt,")], tags=["greeting", "long-value"])
fill("en/warranty/coverage", dict(buyer_name="Ms Petrakis", product=B5, warranty_period="two years",
     case_id="WBY-K-30467", order_id="114-7713408-6620951", agent_name=A1),
     "closing paragraph with its two sentences in reverse order (JC2)",
     edits=[swap("So that we can assess the fault, please reply in this conversation with the serial number printed on the rating plate and a short video that shows what happens.",
                 "Your case number is WBY-K-30467, linked to order 114-7713408-6620951.")],
     tags=["reorder"])
fill("en/review/neutral-request", dict(buyer_name="Mr Kilbride", product=M6, order_id="111-2258940-7301846",
     agent_name=A2), "exact fill; this order gets no other review request and the buyer has not praised the product (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Rosamund", product=K300, order_id="113-6039172-8854210", agent_name=A3),
     "new greeting and closing; no other review request on this order (JC2, JC9)",
     edits=[("Hi Rosamund,", "Hello Rosamund,"), ("Warm regards,", "Many thanks,")], tags=["greeting", "sign-off"])
fill("en/apology/missed-patches", dict(buyer_name="Mr Ebersole", mower=M15, agent_name=A4), "exact fill")
fill("en/apology/missed-patches", dict(buyer_name="Ms Carraway-Lund", mower=M6, agent_name=A1),
     "empathy line said differently, closing swapped (JC2)",
     edits=[("After waiting for a tidy lawn, it is frustrating to find tufts standing up in the same places.",
             "It is annoying to wait for a neat lawn and then keep finding the same tufts sticking up."),
            ("With apologies,", "Sorry again,")], tags=["paraphrase", "sign-off"])

fill("zh/mower/rain-sensor", dict(buyer_name="晁先生", mower=M15, agent_name=Z1), "exact fill")
fill("zh/mower/rain-sensor", dict(buyer_name="糜女士", mower=M6_ZH, agent_name=Z2),
     "mower 一栏填入完整的商品标题；问候语换成上午好 (JC2)", edits=[("，您好：", "，上午好：")],
     tags=["greeting", "long-value"])
fill("zh/mower/rain-sensor", dict(buyer_name="竺先生", mower=M32, agent_name=Z1),
     "称呼下面多了一句关心天气的话，与产品无关 (JC2)",
     edits=[("竺先生，您好：", "竺先生，您好：\n\n这几天南方一直下雨，草坪湿漉漉的，确实让人着急。")], tags=["warm-line"])
fill("zh/mower/anti-theft", dict(buyer_name="芮女士", mower=M15, agent_name=Z2), "exact fill")
fill("zh/mower/anti-theft", dict(buyer_name="鄢先生", mower=M32, agent_name=Z1),
     "第二段前后两句对调 (JC2)",
     edits=[swap("PIN 码可以在应用的“安全”页面修改，修改前需要先输入旧密码。",
                 "如果忘记了 PIN 码，请回复机身底部标签上的序列号，核实之后我们会协助您重置。", sep="")],
     tags=["reorder"])
fill("zh/hedge/blade-care", dict(buyer_name="仝女士", trimmer=H24_ZH, agent_name=Z2), "exact fill")
fill("zh/hedge/blade-care", dict(buyer_name="逯先生", trimmer=H24, agent_name=Z1),
     "署名上方补一句祝福 (JC2)", edits=[("请改用修枝剪。\n\n", "请改用修枝剪。\n\n祝您修剪顺利！\n")], tags=["sign-off"])
fill("zh/warranty/coverage", dict(buyer_name="隋女士", product=M6, warranty_period="两年", case_id="WBY-K-30485",
     order_id="112-3364081-9957203", agent_name=Z2), "exact fill")
fill("zh/warranty/coverage", dict(buyer_name="牟先生", product=M15, warranty_period="三年", case_id="WBY-K-30511",
     order_id="111-9402176-3318564", agent_name=Z1),
     "只改一个词：“短视频”写成“小视频” (JC2)", edits=[("短视频", "小视频")], tags=["wording"])
fill("zh/warranty/coverage", dict(buyer_name="聂小姐", product=B5, warranty_period="两年", case_id="WBY-K-30536",
     order_id="114-5180273-2046697", agent_name=Z2),
     "前两段并成一段 (JC2)",
     edits=[("我们都会负责处理。\n\n刀片", "我们都会负责处理。刀片")], tags=["merge"])
fill("zh/review/neutral-request", dict(buyer_name="笪先生", product=M15, order_id="113-2876530-4401719", agent_name=Z1),
     "exact fill；这笔订单只发这一次评论邀请，买家之前也没夸过产品 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="訾女士", product=K150, order_id="112-8815046-6673920", agent_name=Z2),
     "问候语换成下午好；这笔订单没有别的评论邀请 (JC2, JC9)", edits=[("訾女士，您好：", "訾女士，下午好：")],
     tags=["greeting"])

fill("zh-tw/mower/slope", dict(buyer_name="鄞先生", mower=M32, agent_name=W1), "exact fill")
fill("zh-tw/mower/slope", dict(buyer_name="邰小姐", mower=M15, agent_name=W2),
     "問候語換成早安，另外多一句體貼的話 (JC2)",
     edits=[("邰小姐 您好：", "邰小姐 早安：\n\n山坡地的院子整理起來確實辛苦。")], tags=["greeting", "warm-line"])
fill("zh-tw/mower/slope", dict(buyer_name="郗太太", mower=M15_TW, agent_name=W1),
     "mower 欄位填入完整商品標題，稱呼後面的空格拿掉 (JC2)", edits=[("郗太太 您好：", "郗太太您好：")], tags=["long-value"])
fill("zh-tw/mower/cutting-height", dict(buyer_name="蒯先生", mower=M6, agent_name=W2), "exact fill")
fill("zh-tw/mower/cutting-height", dict(buyer_name="欒小姐", mower=M15, agent_name=W1),
     "結尾祝福換成週末版本 (JC2)", edits=[("祝 園藝愉快", "祝 週末愉快")], tags=["sign-off"])
fill("zh-tw/mower/dock-return", dict(buyer_name="璩先生", mower=M6, agent_name=W2), "exact fill")
fill("zh-tw/mower/dock-return", dict(buyer_name="冀太太", mower=M32, agent_name=W1),
     "第二段在中間換行，變成兩段 (JC2)",
     edits=[("泥土蓋住。接點髒了", "泥土蓋住。\n\n接點髒了")], tags=["reflow"])
fill("zh-tw/battery/care", dict(buyer_name="諶小姐", battery=B5_TW, agent_name=W2), "exact fill")
fill("zh-tw/battery/care", dict(buyer_name="浦先生", battery=B2_TW, agent_name=W1),
     "清單第一項換個說法，內容相同 (JC2)",
     edits=[("剛用完的電池溫度較高，請先放涼十五分鐘左右再充電。", "電池剛用完會比較熱，建議先放涼大約十五分鐘再充電。")],
     tags=["paraphrase"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it joins a trailing (JCn) group when the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/mower/boundary-install", dict(buyer_name="Ms Hjelmstad", kit=K150, agent_name=A4),
         "within a few weeks.",
         "The extra bag of 200 pegs on the same order is coming separately from our Louisville warehouse by USPS, tracking 9205590164831702285516, and should be with you by Friday.",
         "separate shipment of extra pegs, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/mower/blade-change", dict(buyer_name="Mr Vaillancourt", mower=M15, agent_name=A1),
         "tell you it is time.",
         "The blade pack that reached you with its sleeve torn open has been replaced; the new pack left today with UPS, tracking 1ZR47V030362918457.",
         "damaged accessory re-sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/troubleshoot/wire-signal", dict(buyer_name="Ms Iwuchukwu", mower=M15, agent_name=A2),
         "carries on by itself.",
         "Since you used up the connectors in the kit, a bag of ten more is on its way to you at no charge by USPS, tracking 9205590164831702297708.",
         "spare parts sent at no charge; a remedy, not an offer (JC14)", ["fulfilment", "tracking"])
fill_log("en/battery/charging", dict(buyer_name="Mr Solberg-Ayim", battery=B5, charge_time="an hour and a half", agent_name=A3),
         "two or three lights showing.",
         "Because this battery is rated at 200 watt-hours it cannot go by air, so it ships to Fairbanks by ground and barge and will be delivered about ten days after the charger.",
         "air ban for a large lithium battery to Alaska (JC4)", ["battery-rules", "split-shipment"])
fill_log("en/warranty/coverage", dict(buyer_name="Mrs Ferreday", product=M32, warranty_period="three years",
         case_id="WBY-K-30559", order_id="111-6604937-2285140", agent_name=A4),
         "linked to order 111-6604937-2285140.",
         "Should the repair mean shipping the mower to us, a prepaid UPS return label will appear in this conversation, and any UPS Store will take the boxed mower from you.",
         "how the unit would travel back (JC7)", ["returns"])
fill_log("en/trimmer/line-reload", dict(buyer_name="Ms Garraway", trimmer=T40, agent_name=A1),
         "through this head properly.",
         "The extra spool that went into your basket twice is now cancelled, as you requested; it never left the warehouse, so you will not pay for it.",
         "duplicate line cancelled before dispatch (JC6, JC14)", ["cancellation"])
fill_log("zh/mower/rain-sensor", dict(buyer_name="谯先生", mower=M15, agent_name=Z2),
         "可能会误以为在下雨。",
         "同一订单的 Fenceline 150 边界线套装由加州仓库另外寄出，FedEx 运单号 783640519273，周三前后到。",
         "边界线套装另走一个包裹", ["split-shipment", "tracking"])
fill_log("zh/mower/anti-theft", dict(buyer_name="厍女士", mower=M6, agent_name=Z1),
         "手机会收到通知。",
         "另外，收货地址已按您说的修改好了；包裹还在仓库，出库后就寄往新地址。",
         "出库前改好收货地址 (JC14)", ["address"])
fill_log("zh/warranty/coverage", dict(buyer_name="缪先生", product=M32, warranty_period="三年", case_id="WBY-K-30582",
         order_id="113-0428816-7729354", agent_name=Z2),
         "对应订单 113-0428816-7729354。",
         "要是检测需要把机器寄回来，预付的退货面单会直接发到这个对话里；锂电池运输有规定，寄出前电量请降到只剩一格。",
         "寄回面单与锂电池的电量限制 (JC4)", ["returns", "battery-rules"])
fill_log("zh/hedge/blade-care", dict(buyer_name="甄女士", trimmer=H24_ZH, agent_name=Z1),
         "请改用修枝剪。",
         "您说包裹里少了刀片护套，新的一个已经免费寄出，运单号 9205590164831702311840。",
         "漏装的护套另行寄出 (JC6, JC14)", ["fulfilment", "tracking"])
fill_log("zh-tw/mower/cutting-height", dict(buyer_name="酆先生", mower=M15, agent_name=W2),
         "草根比較能保住水分。",
         "另外，您加購的 Lawnpilot 刀片組今天交給 UPS 了，單號 1ZR47V030363047712，大概週四會到。",
         "加購刀片組的單號", ["tracking"])
fill_log("zh-tw/battery/care", dict(buyer_name="荀小姐", battery=B5_TW, agent_name=W1),
         "回覆本訊息告訴我們。",
         "要退貨的話，寄出前先拿膠帶封住電池的金屬接點，再親手交給 UPS 門市櫃檯，別丟進自助收件箱。",
         "退回鋰電池時的包裝與交寄規定 (JC4)", ["returns", "battery-rules"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Kahananui,\n\nThe spare 40V 5.0Ah battery on your order is a 200 watt-hour lithium pack, and anything over 100 watt-hours counts as Class 9 dangerous goods, and airlines will not carry it to Maui. It went out from our Ontario, California warehouse on Monday by FedEx Ground and ocean freight, tracking 783640582261, and that route usually takes two to three weeks. The trimmer on the same order holds no battery, which let it travel by air; expect it within a few days.\n\nBest regards,\nImogen",
     ["battery-rules", "split-shipment", "tracking"], "large lithium battery cannot fly; the trimmer went by air (JC4, JC14)"),
    ("Hi Ms Sandqvist,\n\nThe Lawnpilot 3200 AWD Estate Kit comes on a single pallet of about 112 pounds, so Estes Express delivers it rather than a parcel carrier. Your PRO number is 0624817352. When the pallet reaches their local terminal, they will phone the number on your order to agree a delivery window. The truck has a liftgate and the driver sets the pallet down at the curb, so plan on a second pair of hands to carry the boxes in.\n\nKind regards,\nTeodor",
     ["freight", "delivery-appointment"], "pallet delivery and booking a window (JC5)"),
    ("Dear Mr Osterholt,\n\nBefore you sign for the pallet, please walk round it with the driver. If the shrink wrap is split or a carton is dented, write what you see on the delivery receipt, sign, and take a couple of photos. That note is what allows us to claim from Estes, and we will send replacement parts straight away. If it all looks fine, simply sign as usual.\n\nRegards,\nHonora",
     ["freight", "damage"], "checking a freight delivery before signing (JC5, JC7)"),
    ("Hello Ms Achterhof,\n\nUPS could not complete delivery today: the driver was stopped at the gate of your community. Reply with the gate code, or a safe spot to leave the box, and we will add it to the delivery notes so that UPS can make a second attempt tomorrow.\n\nThanks,\nCyprian",
     ["delivery-exception", "address"], "delivery exception, gate code needed (JC15)"),
    ("Hi Mr Brennock,\n\nThe Lawnpilot 1500 comes in a carton that is too large for an Amazon Locker, so the locker you chose could not be used and the parcel is now addressed to your house. If nobody is home during the day, you can have FedEx hold it at a nearby FedEx location once the tracking number shows in Your Orders.\n\nImogen",
     ["locker", "pickup-point"], "locker refused for a large carton (JC15)"),
    ("Hello Ms Okafor-Ruiz,\n\nAs you requested, your wire kit is waiting at the UPS Access Point inside the CVS on Maple Street. Bring a photo ID and tracking number 1ZR47V030363110928. The store holds it for a week. If nobody collects it by then, UPS brings it back to us and you get a full refund.\n\nBest,\nTeodor",
     ["pickup-point", "tracking"], "held at a pickup point (JC15)"),
    ("Dear Mr Lemieux-Baptiste,\n\nYour Lawnpilot 1500 is going through customs in Montreal. Because the mower contains a lithium battery, the carrier has to check a dangerous goods declaration before release, which tends to add a day or three. Amazon collected the import duties and taxes at checkout, so there is nothing to pay on delivery. Should a courier ask you for money at the door, don't pay; forward us a picture of the slip and we will take it up with them.\n\nKind regards,\nHonora",
     ["customs", "battery-rules"], "customs hold and prepaid duties for Canada (JC4, JC7)"),
    ("Hi Mrs Pendergast,\n\nI'm so sorry the mower arrived with a cracked top cover. That happened in transit and you should not have to deal with it. A new Lawnpilot 600 left our warehouse today with UPS, tracking 1ZR47V030363184455. Please hold on to the damaged one for now; the carrier may want to collect it for their claim, and we will tell you here either way.\n\nCyprian",
     ["damage", "tracking"], "cracked on the way, a new unit sent (JC6, JC7)"),
    ("Hello Mr Thorvaldsen,\n\nTo send the Lawnpilot 1500 back, open Your Orders and start a return; Amazon will give you a UPS Ground label. Switch the mower off with the main switch first and leave the battery in place. Pack it in the original carton with the foam ends, seal it well, then give it to a UPS driver in person or carry it into a UPS Store. Please do not use a drop box, since parcels with lithium batteries must be handed over in person.\n\nImogen",
     ["returns", "battery-rules", "packing"], "returning a mower with a built-in lithium battery (JC4)"),
    ("Hi Ms Vandeleur,\n\nYour returned Edgehawk H24 was checked in at our Louisville warehouse this morning. We have refunded $139.99 to your original payment method; most banks post it in under a week.\n\nTeodor",
     ["refund", "returns"], "money back for a returned hedge trimmer (JC14, JC15)"),
    ("Dear Mr Oduro-Lang,\n\nThe Lawnpilot 600 you sent back arrived without the charging station's power supply. We have refunded $469.00 for now, which is the full price less $30.00 for the power supply. Should it surface later, there is a free label to return it under Your Orders, and the remaining $30.00 follows once it reaches us.\n\nRegards,\nHonora",
     ["refund", "returns"], "the returned mower lacked its power supply; the refund is reduced by that part (JC6, JC14)"),
    ("Hello Ms Fairbairn,\n\nBecause the parcel was handed to FedEx yesterday, the address on the order is locked now. FedEx can still send it on: enter tracking number 783640637094 in FedEx Delivery Manager and request a change of address, or ask them to hold it at a FedEx location near your new home. FedEx sometimes bills a few dollars for rerouting.\n\nCyprian",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hi Mr Castillo-Reid,\n\nYour order is travelling in two parcels from two warehouses. The Lawnpilot 3200 AWD left Ontario, California with FedEx, tracking 783640691358, and is due on Tuesday. The Fenceline 300 kit and the blade pack left Louisville with USPS, tracking 9205590164831702356029, and are due on Saturday.\n\nImogen",
     ["split-shipment", "tracking"], "two parcels from two warehouses (JC15)"),
    ("Dear Ms Whitlow,\n\nThe second order, 112-5093714-6628801, that you asked us to drop has been cancelled. It had not shipped, so nothing will be charged for it. Your first order for the Edgehawk T40 is unaffected and already on its way.\n\nTeodor",
     ["cancellation"], "a repeat order cancelled on the buyer's instruction (JC6, JC14)"),
    ("Hello Mr Kuznetsov-Bale,\n\nApologies for the wait. Storms across the Midwest have slowed UPS this week, and your Fenceline 150 kit sat at their Indianapolis hub for two days. It is on the move again, and the new UPS estimate for delivery is Thursday. No kit by Monday? Tell us in this thread and a second one goes out the same day.\n\nHonora",
     ["delay"], "weather delay at a hub (JC15)"),
    ("Hi Ms Drummond-Pike,\n\nYou were right, your Fenceline 300 kit was packed with one bag of pegs instead of two. The missing bag of 200 pegs left this afternoon by USPS, tracking 9205590164831702380115, and should reach you early next week. There is no need to send anything back.\n\nCyprian",
     ["fulfilment", "tracking"], "missing pegs sent (JC6)"),
    ("Hello Mr Ingebrigtsen,\n\nI'm sorry, we sent blades for the Lawnpilot 600 instead of the heavier set for your 3200 AWD. The right pack ships today by UPS, tracking 1ZR47V030363246690. You will find a prepaid return label for the wrong pack in Your Orders; please tape the blades inside their sleeve before you seal the box so they cannot cut through it.\n\nImogen",
     ["fulfilment", "returns", "packing"], "wrong blade pack sent and returned (JC6)"),
    ("Hi Ms Abiodun-Reeve,\n\nWe are not able to send the spare mower battery to a PO box. The carriers that accept lithium batteries of this size do not deliver to post office boxes. Please send us a street address where the carrier can drop it off. The order is on hold until then, and your card has not been charged.\n\nTeodor",
     ["address", "battery-rules"], "PO box not possible for a battery parcel (JC4)"),
    ("Dear Mr Faulconer,\n\nFedEx marked your parcel as delivered on Wednesday, but the delivery photo shows a different front door. We have asked FedEx to investigate and, rather than make you wait, a replacement trimmer left today, tracking 783640748817. Should the missing box appear after all, let us know and we will supply a free label to ship it back.\n\nHonora",
     ["delivery", "tracking"], "delivered to the wrong door (JC14, JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("敖先生，您好：\n\n您订单里的备用电池是二百瓦时的 40V 5.0Ah 锂电池，超过一百瓦时的锂电池被承运商列为第九类危险品，不能空运到阿拉斯加。它周一已从加州仓库发出，FedEx 先陆运再转船运，运单号 783640806432，路上一般要两到三周；割草机不受限制，已经先行寄出，本周就能送达。\n\n蔺书航",
     ["battery-rules", "split-shipment", "tracking"], "二百瓦时电池只能走陆海联运 (JC4, JC14)"),
    ("褚先生，您好：\n\n您买的 Lawnpilot 3200 AWD 庄园套装连托盘约一百一十二磅，走的是 Estes Express 的零担货运，PRO 号 0624830569。Estes 的本地站点收货后会按订单上的号码给您打电话，和您商定一个送货时段。送货车装有升降尾板，但只卸到路边，搬进院子最好请人搭把手。\n\n邝雨霏",
     ["freight", "delivery-appointment"], "零担托盘货运，电话约时段 (JC5)"),
    ("劳女士，您好：\n\nFedEx 今天没能送达：小区大门要输入门禁密码，司机没进去。您可以直接回复门禁密码，或者告诉我们箱子放在哪里比较安全，我们写进派送备注，FedEx 明天会再送一次。\n\n蔺书航",
     ["delivery-exception", "address"], "派送异常，需要门禁密码 (JC15)"),
    ("邴女士，您好：\n\n割草机的纸箱比亚马逊自提柜最大的格口还大，所以下单时选的自提柜用不了，系统已自动改成送货上门，寄往您账户里的住址。白天家里没人的话，运单号生成后，您可以在 UPS 上把包裹改到离家近的 UPS Access Point 代收点。\n\n邝雨霏",
     ["locker", "pickup-point"], "自提柜放不下 (JC15)"),
    ("栾先生，您好：\n\n您的 Lawnpilot 1500 目前在温哥华海关。机器里有锂电池，放行前承运商要查验危险品文件，通常会耽搁一两天，最多三天。关税和税费您下单时已经付给亚马逊了，收货时不用再交钱；如果有人上门收费，先别付，把单据拍照发过来，我们去交涉。\n\n蔺书航",
     ["customs", "battery-rules"], "加拿大清关，税费下单时已付 (JC4, JC7)"),
    ("滕女士，您好：\n\n真抱歉，割草机送到时顶盖裂了，这是路上磕的，不该由您来处理。我们今天已经用 UPS 给您重新寄了一台 Lawnpilot 600，运单号 1ZR47V030363302218。裂了的那台先别扔，承运商理赔时也许要收回，有消息我们在这里通知您。\n\n邝雨霏",
     ["damage", "tracking"], "顶盖在路上摔裂，重寄一台 (JC6, JC7)"),
    ("柴先生，您好：\n\n想退的话，到“您的订单”里发起退货，亚马逊会给一张 UPS 陆运面单。打包前先用机身底部的主开关关机，电池留在机器里就行；装回原来的纸箱，两头垫好泡沫护角，封牢。含锂电池的箱子要亲手交给 UPS 司机，或者拿到 UPS Store 柜台，别投自助箱。\n\n蔺书航",
     ["returns", "battery-rules", "packing"], "退回带锂电池的割草机 (JC4)"),
    ("巩女士，您好：\n\n您退回的 Edgehawk T40 已经到了路易斯维尔仓库，今天上午验收完毕。139.99美元已原路退款，银行入账通常不超过一周。\n\n邝雨霏",
     ["refund", "returns"], "打草机退回后退款 (JC14, JC15)"),
    ("靳先生，您好：\n\n这次的货分成了两箱：割草机从加州仓库走 FedEx，运单号 783640863571，周二能到；边界线套装和刀片从路易斯维尔仓库走 USPS，运单号 9205590164831702419263，周五能到。\n\n蔺书航",
     ["split-shipment", "tracking"], "一单两箱，两个运单号 (JC15)"),
    ("蒲女士，您好：\n\n您让我们取消的那笔重复订单 111-3375920-8046118 已经取消了。它还没出库，所以不会扣款；最早那笔订单照常在路上。\n\n邝雨霏",
     ["cancellation"], "重复下单，应买家要求取消 (JC6, JC14)"),
    ("詹先生，您好：\n\nFedEx 昨天已经把包裹收走了，订单上的地址我们这边改不了了。您可以在 FedEx Delivery Manager 输入运单号 783640917725 改送新地址，或者请 FedEx 把包裹放到新家附近的网点代收；改送有时要付几美元。\n\n蔺书航",
     ["address", "tracking"], "包裹已交承运商，改址请找 FedEx (JC15)"),
    ("景先生，您好：\n\n让您等了这么久，实在抱歉。中西部这周连续暴雨，UPS 积压严重，您的 Fenceline 300 套装在印第安纳波利斯分拣中心滞留了两天，现在已恢复运输，最新预计周四送达。下周一还没到的话，在这里说一声，我们当天再寄一套。\n\n邝雨霏",
     ["delay"], "暴雨积压，分拣中心滞留 (JC15)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("談先生 您好：\n\n您買的 40V 5.0Ah 鋰電池昨天從加州倉庫交給 FedEx 了，追蹤單號 783640972046，走陸路運送，估計下週二到。因為它的電量標示在一百瓦時以上，飛機不能載，會比普通包裹慢一兩天。\n\n闕宜蓁",
     ["tracking", "battery-rules"], "電池超過一百瓦時，走陸路 (JC4)"),
    ("柯小姐 您好：\n\n照您的意思，邊界線套組已轉到 CVS 門市裡的 UPS Access Point 代收。領取時帶著有照片的證件，報上追蹤單號 1ZR47V030363375541 就可以；門市只放七天，沒人領會退回我們這邊，到時候全額退款給您。\n\n戎子謙",
     ["pickup-point", "tracking"], "改到 CVS 代收 (JC15)"),
    ("闞先生 您好：\n\n要退貨的話，到「您的訂單」提出申請，就會拿到 UPS 陸運的退貨標籤。交寄前先用機身底部的主開關關機，電池不必拆；放回原本的紙箱、兩端塞好泡棉，親手交給 UPS 司機或拿到 UPS Store 櫃檯。裡面有鋰電池，不能丟進自助收件箱。\n\n闕宜蓁",
     ["returns", "battery-rules", "packing"], "割草機連同內建電池退回 (JC4)"),
    ("溥太太 您好：\n\n您寄回的 Edgehawk H24 綠籬機已經到倉庫並驗收完畢，139.99 美元會原路退回，一般一週內就會看到。\n\n戎子謙",
     ["refund", "returns"], "綠籬機寄回，原路退款 (JC14, JC15)"),
    ("尚先生 您好：\n\n真的很抱歉，莊園套組到貨時有一箱邊界線被壓壞了，是運輸過程中發生的。我們已請 Estes 貨運再送一箱過去，他們出車前會打電話跟您約時間；壞掉的那箱先留著，要不要收回我們再通知您。\n\n闕宜蓁",
     ["damage", "freight", "delivery-appointment"], "一箱邊界線壓壞，貨運重送並約時間 (JC5, JC7)"),
    ("倪小姐 您好：\n\n讓您久等了，不好意思。修邊機和備用電池是分兩批寄的：修邊機週一就到了；電池屬於大容量鋰電池，規定只能走陸路，現在還在轉運站，預估週四送達。\n\n戎子謙",
     ["delay", "split-shipment", "battery-rules"], "兩批寄送，電池走陸路較慢 (JC4)"),
    ("鍾先生 您好：\n\n加拿大訂單的進口關稅和稅金，結帳時亞馬遜就已經收了，收貨時不需要再付。包裹現在在多倫多海關，因為裡面有鋰電池，要多審一份危險品申報，大概會多等兩天。\n\n闕宜蓁",
     ["customs", "battery-rules"], "多倫多海關，關稅結帳時已付 (JC4, JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Greyling,\n\nFor about 0.3 acre split between a front and a back lawn, the Lawnpilot 1500 is the better fit. It is rated for 0.4 acre, so it still has hours to spare after driving the corridor between the two areas, which needs to be at least 24 inches wide. The Lawnpilot 600 could look after the back lawn alone, but it would be running nearly all day to keep up with both.\n\nHonora",
     ["advice", "comparison"], "answers the buyer's own question about lawn size; nothing is priced or pushed (JC10)"),
    ("Hello Ms Pardoe,\n\nToads, rabbits and other small animals are mostly out at dusk and overnight, so the kindest setting is to keep the mowing hours in daylight, for example 9 am to 6 pm. The mower is then parked in its station while they are about. A quick walk round the lawn before the first run of the season also helps.\n\nCyprian",
     ["advice"], "protecting wildlife with the schedule (JC10)"),
    ("Hello Ms Rutherglen,\n\nThe installation crew can come on Saturday between 8 and 11 am to lay the boundary wire and set up the charging station. They will walk round the lawn with you first to agree where the wire should run, so please be at home for the first half hour. For a lawn your size the visit takes about three hours.\n\nCyprian",
     ["installation"], "booking an installation visit is a service appointment, not carriage of the order (JC11)"),
    ("Hi Mr Penwarden,\n\nWhen the old mower battery is worn out and won't take a charge any more, please keep it out of the household trash and the curbside recycling bin, because damaged lithium packs can start fires in collection trucks. Many hardware and home improvement stores have a drop-off bin for rechargeable batteries near the service desk. Put a strip of tape over the terminals before you take it in.\n\nTeodor",
     ["advice", "disposal"], "disposing of a worn-out battery concerns the product, not the order (JC16)"),
    ("Hello Ms Dunaway,\n\nThank you for the clip of the mower circling beside the flower bed. Our technical team has it now and will go through it on Monday; expect my answer, with their suggestions, by Tuesday evening.\n\nImogen",
     ["holding"], "a fault is being looked at; an answer is promised by Tuesday (JC12)"),
    ("Dear Mr Oyarzun,\n\nYes, the 40V 2.0Ah battery from your Edgehawk T40 also fits the H24 hedge trimmer; every Edgehawk tool takes the same 40V packs. The robot mowers work differently: their battery is built in and cannot be swapped with the tool batteries.\n\nHonora",
     ["advice", "compatibility"], "answering the buyer's compatibility question; no push to buy (JC10)"),
    ("Hi Ms Sorrell,\n\nThe mower can drive over a gravel path, but loose stones get thrown up and dull the blades within days. It works better to keep the path outside the mowing area and join the two lawns with a strip of turf or flat paving slabs at least 24 inches wide, with the wire laid along both sides of it.\n\nCyprian",
     ["advice"], "a gravel path between two lawns (JC10)"),
    ("Hello Mr Merriweather,\n\nThe blades stop within a second if the mower is lifted or tipped, and the bump sensor turns it away when it touches something in its path. Even so, we would not let the dog or young children play on the lawn while it is working. Setting the schedule for times when the dog is indoors is the simplest way to keep them apart.\n\nTeodor",
     ["advice"], "pets on the lawn (JC10)"),
    ("Hi Ms Oakenshaw,\n\nThe app reaches the mower over your home Wi-Fi, or over Bluetooth when you are within about 30 feet of it. If the connection drops at the far end of the garden, an outdoor Wi-Fi extender near the back door usually solves it; the mower only needs a modest signal to report where it is.\n\nImogen",
     ["advice", "connectivity"], "Wi-Fi range in the garden (JC10)"),
    ("Dear Mr Tregenza,\n\nPlease keep the robot off new sod for about three weeks, until the roots have taken and a gentle tug no longer lifts the turf. Give it the first cut with an ordinary mower, then let the robot take over on its highest setting for the first two weeks.\n\nHonora",
     ["advice"], "newly laid turf (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("鲍先生，您好：\n\n前后两块草坪可以用一台 Lawnpilot 1500 来管，只要两块之间有一条至少六十厘米宽的通道，边界线沿通道两侧铺过去就行。两块加起来大约零点三英亩，在这款机器的额定面积之内，每天的割草时间也够用。\n\n蔺书航",
     ["advice"], "一台机器管两块草坪 (JC10)"),
    ("阎女士，您好：\n\n旧电池充不进电以后，请不要扔进生活垃圾或者可回收物的垃圾桶，损坏的锂电池在垃圾车里可能起火。很多五金店和家居建材店的服务台旁边都有充电电池回收箱，送去之前用胶带把电池接口贴住就可以。\n\n邝雨霏",
     ["advice", "disposal"], "旧电池的处理与订单无关 (JC16)"),
    ("钟先生，您好：\n\n安装师傅周六上午九点到十二点之间上门，负责铺设边界线和安装充电站。开始前他们会先和您一起在草坪上走一圈，确定边界线的走向，所以前半个小时请您在家。按您家草坪的面积，大约需要三个小时。\n\n蔺书航",
     ["installation"], "预约上门安装属于服务，不是订单的运送 (JC11)"),
    ("苑女士，您好：\n\n视频收到了，割草机确实一直在花坛边绕圈。技术同事周一会逐段分析，周二晚上前我把结论和建议发给您。\n\n邝雨霏",
     ["holding"], "先回一句，故障结论稍后给 (JC12)"),
    ("匡先生，您好：\n\n割草机被抬起或者倾斜时，刀盘会在一秒内停转，碰到障碍物也会自动转向。不过我们还是建议割草时不要让狗和小孩在草坪上玩，最简单的办法是把割草时间安排在狗待在屋里的时候。\n\n蔺书航",
     ["advice"], "宠物安全 (JC10)"),
    ("殳女士，您好：\n\nEdgehawk T40 打草机适合修剪杂草和草坪边缘，不适合割灌木或者手指粗细的枝条，硬割会让打草绳很快断掉，电机也容易过热。这类枝条建议用绿篱机或者修枝剪处理。\n\n邝雨霏",
     ["advice"], "打草机的适用范围 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("卞先生 您好：\n\n您家草坪大約一千平方公尺，建議選 Lawnpilot 1500，它的額定面積是零點四英畝，大約一千六百平方公尺，每天不用割太久就能維持整齊。Lawnpilot 600 的額定面積只有六百平方公尺左右，對您的草坪來說太小了。\n\n闕宜蓁",
     ["advice", "comparison"], "回答買家自己問的面積問題，沒有價格也沒有推銷 (JC10)"),
    ("鄔小姐 您好：\n\n手機 App 會透過家裡的 Wi-Fi 連到割草機，人在三十英尺以內時也可以用藍牙連線。如果院子最遠的那一頭常常斷線，可以在後門附近加一個室外 Wi-Fi 延伸器，割草機只需要不太強的訊號就能回報位置。\n\n戎子謙",
     ["advice", "connectivity"], "院子裡的 Wi-Fi 訊號 (JC10)"),
    ("霍小姐 您好：\n\nLawnpilot 600 和 1500 用的是同一款刀片，可以互相替換；3200 AWD 的刀片比較厚，螺絲也比較長，不能和另外兩款混用。\n\n闕宜蓁",
     ["advice", "compatibility"], "刀片通用性 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Allardyce,\n\nQuick version: begin at the station, go round clockwise about 14 inches in from walls and beds (4 inches from a flush path), and peg it every 30 inches. For a tree or a bed in the middle, take the wire out, round and back on the same line with both runs under one peg. Plug the two ends into the station and wait for a steady green light.\n\nImogen",
     "retells en/mower/boundary-install (JC13)"),
    ("Hello Ms Wetherill,\n\nSwitch it off, gloves on, flip it onto a towel. Each blade is held by one Phillips screw; swap the blade, printed side up, and make sure it still swings. Do all three at once, roughly every month or two, or whenever the grass tips look chewed.\n\nTeodor",
     "retells en/mower/blade-change (JC13)"),
    ("Hi Mr Bramhall,\n\nThat message nearly always means a cut in the wire. Look at the station light first: if it blinks, reseat and clean both wire ends and check the power supply. Still blinking? Walk the loop for a nick or a pulled joint and fix it with a waterproof connector, not tape.\n\nHonora",
     "retells en/troubleshoot/wire-signal (JC13)"),
    ("Hello Ms Kittredge,\n\nBattery out, line up the arrows on the head, then thread about 13 feet of 0.080 line straight through so both ends match. Twist the knob and it winds itself in; leave about 6 inches each side. Don't go thicker than 0.095.\n\nCyprian",
     "retells en/trimmer/line-reload (JC13)"),
    ("Hi Mr Ashworth-Diallo,\n\nClick it onto the charger; steady green means full, flashing red means it's too hot or cold and will start on its own once it's comfortable. You can leave it on overnight and there's no need to drain it first. Over winter, store it inside at about half charge.\n\nImogen",
     "retells en/battery/charging (JC13)"),
    ("Hello Ms Featherby,\n\nFor winter: full charge, clean off the clippings with a brush (no hose), switch it off and keep it in a frost-free garage on its wheels. Bring the station's power supply in as well. In spring, new blades, plug back in, and it'll carry on where it left off.\n\nTeodor",
     "retells en/mower/winter-storage (JC13)"),
    ("Hi Mr Quenby,\n\nOnce the mower has had a few weeks on your lawn, feel free to tell other shoppers in an Amazon review how it is getting on, whether the news is good or bad.\n\nHonora",
     "agent-worded neutral invitation to review: flagged for lacking a template, not as inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("郁女士，您好：\n\n机器顶上有雨水感应片，一下雨就自己回充电站，雨停后再等一段时间才出门，默认三个小时，在应用的天气页面能改。地面很湿就调长一点。感应片记得常擦，草屑多了它会以为在下雨。\n\n蔺书航",
     "改写 zh/mower/rain-sensor (JC13)"),
    ("桑先生，您好：\n\n第一次开机设的四位 PIN 码就是防盗码。机器被抬起来超过十秒或者被拿出边界，不输密码就会报警锁机。密码在应用的安全页面改；忘了的话把机器底部的序列号发给我们，我们帮您重置。\n\n邝雨霏",
     "改写 zh/mower/anti-theft (JC13)"),
    ("党女士，您好：\n\n绿篱机用完先拔电池，刷掉叶子碎枝，有树汁就用温肥皂水擦，擦干后在刀片中间滴点油空转几下。收起来套上护套挂好。太粗的枝条别硬剪，用修枝剪。\n\n蔺书航",
     "改写 zh/hedge/blade-care (JC13)"),
    ("宓先生，您好：\n\n质保管的是制造问题，比如电机不转、主板坏了、充电站没信号、电池掉电厉害；刀片、打草绳、磨损的轮子，还有雷击、泡水、自己找人修坏的不在内。麻烦把铭牌上的序列号和一段故障视频发给我们。\n\n邝雨霏",
     "改写 zh/warranty/coverage，没有售后编号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("石先生 您好：\n\n草坪中間可以爬到百分之三十五，但邊界線經過的地方最好在百分之十五以內，不然轉彎時容易滑出去。坡太陡就把線往內縮一公尺，草濕的時候也盡量別排割草時段。\n\n戎子謙",
     "改寫 zh-tw/mower/slope (JC13)"),
    ("閔小姐 您好：\n\n回不了充電站的話，先看充電站前面有沒有兩公尺直直的邊界線、兩邊有沒有各留五十公分；再看底板平不平、接點乾不乾淨，髒了擦一擦。老是在同一處迷路，拍張充電站附近的照片給我們看看。\n\n闕宜蓁",
     "改寫 zh-tw/mower/dock-return (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Strickland,\n\nFedEx expects to deliver your Lawnpilot 1500 on Thursday. Before its first run, leave it in the station for a full hour and cut the lawn down to about 3 inches with an ordinary mower, so the robot starts on grass it can cope with.\n\nCyprian",
     "delivery date plus first-run advice (JC8)"),
    ("Hello Ms Amberley,\n\nThe replacement wire connectors shipped today by USPS. Until they arrive, you can keep the mower working on the front lawn by closing a smaller temporary loop with the spare wire left over from the kit.\n\nImogen",
     "replacement shipped plus a workaround in the agent's own words (JC8)"),
    ("Dear Mr Vosloo,\n\nYour return is open and the UPS label is waiting in Your Orders. Before you pack the mower, it may be worth rubbing the charging contacts on the station and on the mower with fine sandpaper; a dull film on them is the most common reason a mower will not dock.\n\nTeodor",
     "return plus troubleshooting (JC8)"),
    ("Hi Ms Treharne,\n\nYour trimmer is held in customs in Calgary for a day or two. While you wait, soak the spare spool of line in water for an hour before first use; dry line snaps more easily on a hot day.\n\nHonora",
     "customs plus line care (JC8)"),
    ("Hello Mr Galloway-Perez,\n\nThe Estes terminal will be in touch by phone this week to arrange a delivery slot for the Estate Kit. Once everything is unpacked, fit the steel garage over the charging station before the first run, so the mower is shaded while it charges and the battery stays cooler.\n\nCyprian",
     "freight appointment plus set-up advice (JC5, JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("晋先生，您好：\n\n用来换货的新割草机明天交 UPS 寄出。新机到之前，旧的这台照样能用，建议把割草高度调高一格，刀片会轻松一些。\n\n蔺书航",
     "换货寄出＋旧机的使用提示 (JC8)"),
    ("伏女士，您好：\n\n物流显示包裹周四能到。到了以后先让机器在充电站上把电充满，然后打开应用看看有没有固件更新，首次更新约十分钟。\n\n邝雨霏",
     "到货时间＋首次充电和固件提示 (JC8)"),
    ("裘先生，您好：\n\n边界线套装已经先到了，割草机还卡在清关。趁这几天可以先把边界线铺下去，两周左右草会长过去盖住线，机器一到就能直接开工。\n\n蔺书航",
     "清关加安装建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("柳先生 您好：\n\n刀片護套今天重新寄出了。護套到之前，綠籬機收起來時可以拿厚紙板把刀片包一圈，再套上橡皮筋固定。\n\n闕宜蓁",
     "補寄加收納建議 (JC8)"),
    ("容小姐 您好：\n\n物流顯示割草機週三會送達。到了以後，建議先在 App 把割草時段排在白天，晚上讓機器待在充電站，免得嚇到院子裡的小動物。\n\n戎子謙",
     "送達加排程建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/mower/blade-change", dict(buyer_name="Mr Pettigrew", mower=M15, agent_name=A2),
        "tell you it is time.",
        "P.S. Until Sunday, our 30-blade packs are 25% off with code GREENSTRIPE15.",
        [MKT, TR], "postscript: blade packs at a discount with a code", sep="\n\n")
add_bad("en/mower/boundary-install", dict(buyer_name="Ms Ravenhill", kit=K300, agent_name=A3),
        "within a few weeks.",
        "Happy with how it mows? Then please leave us a 5-star rating in your review; it really helps a small team like ours.",
        [RI, TR], "asks pleased buyers for five stars")
add_bad("en/troubleshoot/wire-signal", dict(buyer_name="Mr Dalgleish", mower=M32, agent_name=A4),
        "carries on by itself.",
        "For quicker help, send our technician a WhatsApp message at +1 502-555-0147.",
        [OPC, TR], "pushes troubleshooting onto WhatsApp")
add_bad("en/apology/missed-patches", dict(buyer_name="Ms Cornforth", mower=M15, agent_name=A1),
        "suggest what to change.",
        "Please get in touch with us first rather than leaving a review, so that we can put it right.",
        [RI, TR], "gating: the dissatisfied buyer is told to contact the seller instead of reviewing")
add_bad("en/mower/winter-storage", dict(buyer_name="Mr Lockyer", mower=M6, agent_name=A2),
        "it was following last year.",
        "By the way, the new Lawnpilot 900 launches in March, and anyone who orders it before then gets a spare blade set thrown in.",
        [MKT, TR], "new-product announcement with a bonus for ordering early", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Hartigan", product=M15, order_id="114-9036152-3378406", agent_name=A3),
        "take it into account.",
        "As a thank-you, a pack of 30 blades is yours at no cost once your review is live.",
        [RI, TR], "blades at no cost once the review is posted")
add_bad("en/trimmer/line-reload", dict(buyer_name="Mr Blenkinsop", trimmer=T40, agent_name=A4),
        "through this head properly.",
        "For anything else, write to our support team at care@wrenbury-turf.com rather than through Amazon.",
        [OPC, TR], "sends the buyer to a support mailbox outside Amazon")
add_bad("en/warranty/coverage", dict(buyer_name="Ms Eastwood-Mensah", product=M15, warranty_period="three years",
        case_id="WBY-K-30604", order_id="111-7258043-9914362", agent_name=A1),
        "linked to order 111-7258043-9914362.",
        "When the repaired mower is sent back, you can follow its tracking on our own site at wrenbury-turf.com/track instead of your Amazon account.",
        [OPC], "repair-shipment tracking on the seller's website; the addition is about shipping, hence no template-required")
add_bad("en/battery/charging", dict(buyer_name="Mr Fothergill", battery=B2, charge_time="45 minutes", agent_name=A2),
        "two or three lights showing.",
        "If you would rather talk it through, call our battery helpline on (502) 555-0183.",
        [OPC, TR], "sends the buyer to a phone helpline")
free(V, "en", "Hi Mr Cheveley,\n\nYour refund for the returned Edgehawk T40 went through today. Now that it is sorted, if you delete the 2-star review you posted, we will send you a $20 gift card.\n\nTeodor",
     [RI, TR], "return refunded (logistics), then a gift card offered if the review is deleted; that second part is not logistics (JC3)",
     ["free-written"])
free(V, "en", "Hello Ms Lanyon-Achebe,\n\nUPS collected the damaged trimmer yesterday, and the replacement was delivered to you this morning. Now that the problem has been put right, you are free to edit or withdraw the seller feedback you left on this order if you want to.\n\nHonora",
     [RI, TR], "delivery news (logistics) plus the neutral seller-feedback notice after resolution; policy.md rates it a warning, which counts as a flag (JC3, JC17)",
     ["free-written"])

add_bad("zh/mower/anti-theft", dict(buyer_name="欧阳先生", mower=M15, agent_name=Z2),
        "手机会收到通知。",
        "还有疑问的话，加微信 wrenbury_service，技术员可以跟您视频通话手把手教。",
        [OPC, TR], "把售后支持搬到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="司马女士", product=M6, order_id="113-5541790-2087635", agent_name=Z1),
        "我们都会认真看。",
        "只要留下五星好评，再把评价页面截图传给我们，就返您二十美元。",
        [RI, TR], "五星好评返现")
add_bad("zh/hedge/blade-care", dict(buyer_name="上官先生", trimmer=H24_ZH, agent_name=Z2),
        "请改用修枝剪。",
        "顺带一提，这周店里的刀片护套和润滑油买二送一，需要的话可以一起下单！",
        [MKT, TR], "护套和润滑油买二送一")
add_bad("zh/warranty/coverage", dict(buyer_name="诸葛女士", product=M32, warranty_period="三年", case_id="WBY-K-30627",
        order_id="112-6617408-5520913", agent_name=Z1),
        "对应订单 112-6617408-5520913。",
        "顺便提一句，在 wrenbury-turf.com 网站上登记一下产品，今后申请质保就省事多了。",
        [OPC, TR], "把买家引到卖家自己的网站登记产品；这不是物流，也不算促销")
add_bad("zh/mower/rain-sensor", dict(buyer_name="皇甫先生", mower=M6, agent_name=Z2),
        "可能会误以为在下雨。",
        "既然故障已经处理好了，能不能请您把原来那条差评撤掉，或者改成好评？",
        [RI, TR], "请买家撤掉或改掉差评")
free(V, "zh", "东方女士，您好：\n\n打草机已经退到仓库了。走亚马逊退款要等好几天，我们想直接通过 PayPal 把钱转给您，请回复您的 PayPal 收款账号。\n\n邝雨霏",
     [OPC], "退款绕开亚马逊改用 PayPal；说的仍是退款（物流），故不加 template-required (JC3)", ["free-written"])

add_bad("zh-tw/mower/dock-return", dict(buyer_name="端木先生", mower=M15, agent_name=W2),
        "我們幫您看看該怎麼調整。",
        "之後有任何狀況，直接加 LINE 官方帳號 @wrenburytw 找我們，回得比較快。",
        [OPC, TR], "把後續客服引到 LINE")
add_bad("zh-tw/mower/cutting-height", dict(buyer_name="慕容小姐", mower=M6, agent_name=W1),
        "草根比較能保住水分。",
        "草坪修整好之後，您要是滿意，請到商品頁給我們五顆星的好評。",
        [RI, TR], "只向滿意的買家要五星")
free(V, "zh", "麥小姐 您好：\n\nEdgehawk T40 已經交給 UPS，追蹤單號 1ZR47V030363429960，這兩天就會到。另外，本週末 40V 5.0Ah 電池打八五折，到我們的官網 wrenbury-turf.com 下單還能再折十美元。\n\n戎子謙",
     [MKT, OPC, TR], "出貨消息（物流）＋電池週末八五折、引到官網下單；促銷那段不屬物流 (JC3)", ["free-written"], trad=True)
