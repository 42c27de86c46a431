# -*- coding: utf-8 -*-
"""Labelled seller replies of t59 (imported by gen.py). Every text here was written for this set.

Each call below adds one reply. Categories, in order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. JCn in a note points to the judgement calls in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []
_GREET_EN = re.compile(r"^(?:Hi|Hello|Dear|Good \w+) (.+?),$")
_GREET_ZH = re.compile(r"^(.+?)(?:，| )")


def render(tid, vals):
    want = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _buyer(text, lang):
    first = text.split("\n", 1)[0]
    m = (_GREET_EN if lang == "en" else _GREET_ZH).match(first)
    if not m:
        raise SystemExit("cannot find the buyer in: " + first)
    return m.group(1)


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    buyer = vals["buyer_name"] if vals else _buyer(text, lang)
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note, buyer=buyer,
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


def drop(sentence, sep=" "):
    """An edit that removes one sentence together with the separator after it."""
    return (sentence + sep, "")


def free(cat, lang, text, labels, note, tags=(), trad=False, extra=None):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad, extra=extra)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Henrietta Vasey", "Caspian Ludd", "Noor Albrecht-Yates", "Emeka Fairlie"
Z1, Z2 = "蔺雅琴", "缪海峰"
W1, W2 = "甄慧珊", "闕志豪"
KIT7, KIT3 = "Tailwind 750 rear hub-motor kit", "Tailwind 350 front hub-motor kit"
BAT14, BAT17 = "Stormcell 48V 14Ah battery", "Stormcell 48V 17.5Ah battery"
DISP, CHG3, CHG5 = "Glance C7 color display", "Ember 3A charger", "Ember 5A fast charger"
DISP_ZH, CHG3_ZH, CHG5_ZH = "Glance C7 彩色显示屏", "Ember 3A 充电器", "Ember 5A 快充充电器"
SENSOR, LEVERS, RACK = "Tensa TS68 torque sensor", "Haltline cut-off brake levers", "Drayman R25 rear rack"
KIT7_LONG = ("Kestrelwatt Tailwind 750 Rear Hub Motor Conversion Kit, 48V 750W Geared Motor Laced in a 27.5 Inch "
             "Double-Wall Rim, 7-Speed Freewheel, Controller, Thumb Throttle and Wiring Harness (Battery Not Included)")
DISP_LONG = ("Kestrelwatt Glance C7 Color LCD E-Bike Display, 3.2 Inch Screen with Bluetooth, USB-A Port, Handlebar "
             "Remote and 5-Pin Waterproof Plug, for Tailwind Conversion Kits")
DISP_ZH_LONG = "Kestrelwatt Glance C7 彩色液晶电助力车仪表 3.2英寸 蓝牙 带USB充电口 附把手遥控器 五芯防水插头"
BAT14_ZH = "Stormcell 48V 14Ah 下管电池"
SENSOR_ZH = "Tensa TS68 中轴力矩传感器"
KIT7_ZH = "Tailwind 750 后轮轮毂电机改装套件"
DISP_TW = "Glance C7 彩色顯示器"
BAT17_TW = "Stormcell 48V 17.5Ah 電池"
KIT3_TW = "Tailwind 350 前輪馬達改裝套件"
KIT3_TW_LONG = "Kestrelwatt Tailwind 350 前輪輪轂馬達改裝套件 36V 350W 附控制器 拇指油門 防水線組 適用26至28吋輪組"
RACK_TW = "Drayman R25 後貨架"

# ============================================================ 1. filled templates -> []
fill("en/display/pairing", dict(buyer_name="Ms Aalders", display=DISP, agent_name=A1), "exact fill")
fill("en/display/pairing", dict(buyer_name="Mr Coverdale", display=DISP_LONG, agent_name=A2),
     "the whole listing title in the display slot; greeting changed (JC2)",
     edits=[("Hello Mr Coverdale,", "Good evening Mr Coverdale,")], tags=["greeting", "long-value"])
fill("en/display/pairing", dict(buyer_name="Ms Dravid-Nunes", display=DISP, agent_name=A3),
     "a sympathy line with no product content added after the greeting (JC2)",
     edits=[("Hello Ms Dravid-Nunes,", "Hello Ms Dravid-Nunes,\n\nIt is maddening to finish a whole weekend of wiring and then get stuck on the very last step, so I'm glad you wrote.")],
     tags=["warm-line"])
fill("en/sensor/torque-fitting", dict(buyer_name="Mr Eastbrook", sensor=SENSOR, bike="steel touring bike", agent_name=A4),
     "exact fill")
_v = dict(buyer_name="Ms Fonseca-Lyle", sensor=SENSOR, bike="hybrid commuter", agent_name=A1)
fill("en/sensor/torque-fitting", _v, "first two paragraphs hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/sensor/torque-fitting", _v, "Here are the main", 70),
            rewrap("en/sensor/torque-fitting", _v, "Slide the sensor", 70)], tags=["reflow"])
fill("en/sensor/torque-fitting", dict(buyer_name="Mr Gildersleeve", sensor=SENSOR, bike="old mountain bike", agent_name=A2),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[swap("Route the cable under the down tube and plug it into the controller port marked TS.",
                 "For the first few seconds after switching on, keep your feet off the pedals: that is when the sensor records its zero point.")],
     tags=["reorder"])
fill("en/battery/range", dict(buyer_name="Ms Holmquist", battery=BAT14, capacity_wh="672 Wh", agent_name=A3), "exact fill")
fill("en/battery/range", dict(buyer_name="Mr Jablonski", battery=BAT17, capacity_wh="840 Wh", agent_name=A4),
     "one sentence paraphrased with the same four factors (JC2)",
     edits=[("Cold air, soft tyres, a loaded rack and high assist all cut the distance.",
             "The distance shrinks in cold weather, on under-inflated tyres, with weight on the rack and at high assist.")],
     tags=["paraphrase"])
fill("en/battery/range", dict(buyer_name="Ms Kerrigan-Ode", battery=BAT17, capacity_wh="840 Wh", agent_name=A1),
     "sign-off turned into a warm line about the buyer's route (JC2)",
     edits=[("Sincerely,", "Enjoy the ride along the river, and all the best,")], tags=["sign-off", "warm-line"])
fill("en/battery/winter-storage", dict(buyer_name="Mr Lowenthal", battery=BAT17, charger=CHG5, agent_name=A2), "exact fill")
fill("en/battery/winter-storage", dict(buyer_name="Ms Mwangi-Foster", battery=BAT14, charger=CHG3, agent_name=A3),
     "one sentence split in two (JC2)",
     edits=[("between 50 and 70 percent, turn it off", "between 50 and 70 percent. Then turn it off")], tags=["split"])
fill("en/battery/winter-storage", dict(buyer_name="Mr Northcott", battery=BAT14, charger=CHG3, agent_name=A4),
     "one sentence of the template left out; everything sent is still approved wording (JC2)",
     edits=[drop("A garage that freezes at night is not a good home for it.")], tags=["trimmed"])
fill("en/display/error-codes", dict(buyer_name="Ms Oyelowo", display=DISP, agent_name=A1), "exact fill; error codes, model numbers, torque and bolt sizes are product facts (JC15)")
fill("en/display/error-codes", dict(buyer_name="Mr Pasquale", display=DISP, agent_name=A2),
     "the dash bullets turned into a numbered list (JC2, JC15)",
     edits=[("- Err 21", "1. Err 21"), ("- Err 24", "2. Err 24"), ("- Err 30", "3. Err 30"), ("- Err 41", "4. Err 41")],
     tags=["list-style"])
fill("en/display/error-codes", dict(buyer_name="Ms Quenby", display=DISP, agent_name=A3),
     "greeting changed (JC2)", edits=[("Hello Ms Quenby,", "Hi Ms Quenby,")], tags=["greeting"])
fill("en/settings/speed-limit", dict(buyer_name="Mr Rasmussen-Tait", kit=KIT7, agent_name=A4), "exact fill; the general speed-limit answer is approved wording (JC11)")
fill("en/settings/speed-limit", dict(buyer_name="Ms Sabatini", kit=KIT3, agent_name=A1),
     "the last two paragraphs run together (JC2, JC11)",
     edits=[("accepts a new value.\n\nWhatever", "accepts a new value. Whatever")], tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Mr Trevithick", product=BAT17, warranty_period="two-year", case_id="KWW-41207",
     order_id="112-4830591-7702463", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Uchenna-Blair", product=KIT7_LONG, warranty_period="two-year",
     case_id="KWW-41236", order_id="114-0297753-6618024", agent_name=A3),
     "the listing title of the kit in the product slot (JC2)", edits=[("Hello Ms Uchenna-Blair,", "Dear Ms Uchenna-Blair,")],
     tags=["long-value", "greeting"])
fill("en/warranty/claim", dict(buyer_name="Mr Villiers", product=DISP, warranty_period="one-year", case_id="KWW-41251",
     order_id="113-5562018-0493377", agent_name=A4),
     "a one-phrase wording change (JC2)", edits=[("To let us assess the fault", "So that we can look into the fault")],
     tags=["wording"])
fill("en/apology/motor-noise", dict(buyer_name="Ms Wetherall", motor="rear hub motor of your Tailwind 750 kit", agent_name=A1),
     "exact fill")
fill("en/apology/motor-noise", dict(buyer_name="Mr Youngblood", motor="front hub motor of your Tailwind 350 kit", agent_name=A2),
     "a sympathy line after the greeting and a changed sign-off (JC2)",
     edits=[("Hi Mr Youngblood,", "Hi Mr Youngblood,\n\nA quiet commute is half the joy of an e-bike, so I understand why this bothers you."),
            ("With apologies,", "Sorry again, and thank you for your patience,")], tags=["warm-line", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Ms Zielinski", product=KIT7, order_id="111-7380264-5150938", agent_name=A3),
     "exact fill; the only review request for this order, with no earlier praise in the thread (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Mr Ashgrove", product=RACK, order_id="112-9046617-2839105", agent_name=A4),
     "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hello Mr Ashgrove,", "Dear Mr Ashgrove,"), ("Regards,", "Thanks for riding with us,")],
     tags=["greeting", "sign-off"])

fill("zh/display/app-pairing", dict(buyer_name="鞠先生", display=DISP_ZH, agent_name=Z1), "exact fill")
fill("zh/display/app-pairing", dict(buyer_name="栾女士", display=DISP_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 display 占位符，问候语改为早上好 (JC2)", edits=[("栾女士，您好：", "栾女士，早上好：")],
     tags=["greeting", "long-value"])
fill("zh/display/app-pairing", dict(buyer_name="郜先生", display=DISP_ZH, agent_name=Z1),
     "署名前加了一句祝福语 (JC2)", edits=[("\n\n蔺雅琴", "\n\n祝您骑行顺利！\n蔺雅琴")], tags=["sign-off"])
fill("zh/battery/charging", dict(buyer_name="隋女士", battery=BAT14_ZH, charger=CHG3_ZH, agent_name=Z2), "exact fill")
fill("zh/battery/charging", dict(buyer_name="蒯先生", battery=BAT14_ZH, charger=CHG5_ZH, agent_name=Z1),
     "问候后加了一句不涉及产品内容的体谅话 (JC2)",
     edits=[("蒯先生，您好：", "蒯先生，您好：\n\n听说您那边上周已经下了头一场雪，确实该为过冬打算了。")], tags=["warm-line"])
fill("zh/battery/charging", dict(buyer_name="阚女士", battery=BAT14_ZH, charger=CHG3_ZH, agent_name=Z2),
     "第二段从中间断开，分成两段 (JC2)",
     edits=[("远离暖气片的地方。每隔", "远离暖气片的地方。\n\n每隔")], tags=["reflow"])
fill("zh/sensor/torque-fitting", dict(buyer_name="芮先生", sensor=SENSOR_ZH, agent_name=Z1), "exact fill; error codes, model numbers, torque and bolt sizes are product facts (JC15)")
fill("zh/sensor/torque-fitting", dict(buyer_name="桑女士", sensor=SENSOR_ZH, agent_name=Z2),
     "编号格式由“1.”改成“（1）” (JC2)",
     edits=[("1. 先拆", "（1）先拆"), ("2. 从牙盘", "（2）从牙盘"), ("3. 左侧", "（3）左侧"), ("4. 传感器的线", "（4）传感器的线")],
     tags=["list-style"])
fill("zh/warranty/claim", dict(buyer_name="濮先生", product=KIT7_ZH, warranty_period="两年", case_id="KWW-41288",
     order_id="113-2207419-8864150", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="冀女士", product=BAT14_ZH, warranty_period="两年", case_id="KWW-41302",
     order_id="111-6613850-2047196", agent_name=Z2),
     "最后一段两句调换顺序 (JC2)",
     edits=[swap("请直接回复这条消息，附上零件标签上的序列号、一张零件照片，以及一段能看清故障的短视频，方便我们判断原因。",
                 "您的保修申请编号是 KWW-41302，对应订单 111-6613850-2047196。", sep="")],
     tags=["reorder"])
fill("zh/review/neutral-request", dict(buyer_name="郦先生", product=SENSOR_ZH, order_id="114-3958020-7715364", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，对话中买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="瞿女士", product=KIT7_ZH, order_id="112-0671149-3390827", agent_name=Z2),
     "问候语改为下午好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("瞿女士，您好：", "瞿女士，下午好：")], tags=["greeting"])

fill("zh-tw/display/error-codes", dict(buyer_name="古先生", display=DISP_TW, agent_name=W1), "exact fill; error codes, model numbers, torque and bolt sizes are product facts (JC15)")
fill("zh-tw/display/error-codes", dict(buyer_name="邰小姐", display=DISP_TW, agent_name=W2),
     "措辭微調：「充飽電」改為「把電池充滿」 (JC2)", edits=[("請先充飽電再試", "請先把電池充滿再試")], tags=["wording"])
fill("zh-tw/display/error-codes", dict(buyer_name="柳太太", display=DISP_TW, agent_name=W1),
     "問候語改為早安 (JC2)", edits=[("柳太太 您好：", "柳太太 早安：")], tags=["greeting"])
fill("zh-tw/battery/range", dict(buyer_name="利先生", battery=BAT17_TW, capacity_wh="840 瓦時", agent_name=W2), "exact fill")
fill("zh-tw/battery/range", dict(buyer_name="池小姐", battery=BAT17_TW, capacity_wh="840 瓦時", agent_name=W1),
     "刪去最後一句，其餘都是範本原文 (JC2)", edits=[drop("建議還剩兩成左右就準備回程。", "")], tags=["trimmed"])
fill("zh-tw/settings/speed-limit", dict(buyer_name="俞先生", kit=KIT3_TW, agent_name=W2), "exact fill; the general speed-limit answer is approved wording (JC11)")
fill("zh-tw/settings/speed-limit", dict(buyer_name="蔣小姐", kit=KIT3_TW_LONG, agent_name=W1),
     "整段商品標題放進 kit 佔位符，署名前加祝福語 (JC2, JC11)",
     edits=[("\n\n甄慧珊", "\n\n敬祝 騎乘平安\n甄慧珊")], tags=["long-value", "sign-off"])
fill("zh-tw/apology/rack-noise", dict(buyer_name="任先生", rack=RACK_TW, agent_name=W2), "exact fill; error codes, model numbers, torque and bolt sizes are product facts (JC15)")
fill("zh-tw/apology/rack-noise", dict(buyer_name="安小姐", rack=RACK_TW, agent_name=W1),
     "第二、三段合併成一段 (JC2)", edits=[("減少金屬摩擦聲。\n\n貨架載重", "減少金屬摩擦聲。貨架載重")], tags=["merge"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it is merged into a trailing (JCn) group if the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/display/pairing", dict(buyer_name="Mr Brambley", display=DISP, agent_name=A1),
         "try once more.",
         "The Stormcell battery from the same order travels on its own by FedEx Ground because of its lithium cells; its tracking number is 614203857716 and it is due on Wednesday.",
         "the battery of the same order ships separately by ground (JC4)", ["split-shipment", "tracking", "battery-rules"])
fill_log("en/sensor/torque-fitting", dict(buyer_name="Ms Coldicott", sensor=SENSOR, bike="folding bike", agent_name=A2),
         "plug it into the controller port marked TS.",
         "The splined tool should have been in your box and was not, so we posted one today by USPS, tracking 9205590164420837715206.",
         "a tool missing from the box sent out (JC5)", ["missing-part", "tracking"])
fill_log("en/battery/winter-storage", dict(buyer_name="Mr Dewhurst", battery=BAT14, charger=CHG3, agent_name=A3),
         "until the pack is warm enough.",
         "If you would still rather send the pack back, the return request will carry a prepaid hazmat ground label from us; please hand the box over at a FedEx counter rather than leaving it in a drop box.",
         "how a lithium pack has to travel back (JC4)", ["returns", "battery-rules"], sep="\n\n")
fill_log("en/warranty/claim", dict(buyer_name="Ms Fothergill", product=KIT7, warranty_period="two-year", case_id="KWW-41339",
         order_id="111-2284907-6605132", agent_name=A4),
         "against order 111-2284907-6605132.",
         "Should the motor wheel need to travel back for inspection, we will attach a prepaid UPS label to the claim, and the boxed wheel can be left at any UPS Store.",
         "how the wheel would travel back for a warranty check", ["returns"])
fill_log("en/settings/speed-limit", dict(buyer_name="Mr Gosling-Reyes", kit=KIT7, agent_name=A1),
         "tyres wear out.",
         "Separately, the spare Glance C7 display from your second order left our Allentown warehouse this morning with UPS, tracking 1Z5K9R020473816652.",
         "tracking for another order, as its own paragraph", ["tracking"], sep="\n\n")
fill_log("en/battery/range", dict(buyer_name="Ms Hartigan", battery=BAT14, capacity_wh="672 Wh", agent_name=A2),
         "a fifth left.",
         "We have also changed the delivery address for your second battery to the office on Wexley Road at your request. It was still waiting in the warehouse, so the change applies straight away.",
         "address change before dispatch (JC16)", ["address"])
fill_log("zh/display/app-pairing", dict(buyer_name="靳先生", display=DISP_ZH, agent_name=Z2),
         "移除这块显示屏。",
         "同一订单里的 Stormcell 电池含有锂电芯，只能走陆运，已经由 FedEx 单独发出，运单号 614209318840，下周二前后可以收到。",
         "同单电池单独陆运发出 (JC4)", ["split-shipment", "tracking", "battery-rules"])
fill_log("zh/battery/charging", dict(buyer_name="佟女士", battery=BAT14_ZH, charger=CHG3_ZH, agent_name=Z1),
         "再接充电器。",
         "您另外订购的备用电池要寄往阿拉斯加，按锂电池的运输规定不能走航空，只能陆运转海运，所以会比充电器晚一周左右送达。",
         "锂电池不能空运，晚于充电器送达 (JC4)", ["battery-rules", "split-shipment"], sep="\n\n")
fill_log("zh/sensor/torque-fitting", dict(buyer_name="麦先生", sensor=SENSOR_ZH, agent_name=Z2),
         "自动校零。",
         "另外，您说包装里少了中轴锁紧环，我们今天已经免费补发，USPS 运单号 9205590164420852290418。",
         "漏发的锁紧环已补发 (JC5, JC15)", ["missing-part", "tracking"], sep="\n\n")
fill_log("zh/warranty/claim", dict(buyer_name="奚女士", product=BAT14_ZH, warranty_period="两年", case_id="KWW-41357",
         order_id="114-8800316-2975541", agent_name=Z1),
         "对应订单 114-8800316-2975541。",
         "如果需要把电池寄回检测，我们会提供预付的陆运危险品面单，请把包裹交到 FedEx 门店柜台，不要放进自助投递箱。",
         "寄回检测时电池的运输方式 (JC4)", ["returns", "battery-rules"])
fill_log("zh-tw/display/error-codes", dict(buyer_name="關小姐", display=DISP_TW, agent_name=W2),
         "並附上一張螢幕照片。",
         "另外，您說左側煞車把手的斷電插頭斷掉了，新的一支今天已經補寄，追蹤單號 1Z5K9R020473829107。",
         "補寄斷裂的煞車把手 (JC6)", ["fulfilment", "tracking"], sep="\n\n")
fill_log("zh-tw/apology/rack-noise", dict(buyer_name="練先生", rack=RACK_TW, agent_name=W1),
         "我們會再協助您。",
         "若您還是想把貨架退回，可以在亞馬遜的訂單頁面列印退貨標籤，運費由本店支付。",
         "退貨方式", ["returns"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Illingworth,\n\nBecause your Stormcell 48V 17.5Ah pack is rated above 100 watt-hours, carriers class it as a Class 9 hazardous material (UN3480) and refuse to put it on a flight to Honolulu. FedEx collected it from our Fresno warehouse on Monday for the surface route, by truck and then by ship, under tracking 614215540093; that journey normally lasts two to three weeks. The hub-motor kit from the same order has no cells inside, so it flew and will be with you long before the pack.\n\nCaspian",
     ["battery-rules", "split-shipment", "tracking"], "a large lithium pack cannot fly; the kit went by air (JC4, JC15)"),
    ("Dear Ms Jessop,\n\nWe can't send the Stormcell battery to the PO box on your order. The Postal Service will not carry lithium packs of this size, and our ground carriers only deliver to street addresses; APO and FPO addresses are ruled out for the same reason. Please reply with a street address where someone can sign for it. The order is on hold until then, and you have not been charged.\n\nNoor",
     ["address", "battery-rules"], "no PO box for a large lithium pack (JC4)"),
    ("Hello Mr Kinnear,\n\nYour order is coming in two parcels. The Tailwind 750 kit and the Ember charger left our Allentown warehouse with UPS, tracking 1Z5K9R020473834418, and are due on Thursday. The battery ships from Fresno with FedEx Ground, tracking 614221876504, since lithium packs have to stay on the road, and it should reach you on Monday.\n\nEmeka",
     ["split-shipment", "tracking", "battery-rules"], "split shipment, battery by ground (JC4, JC16)"),
    ("Hi Ms Lattimore,\n\nThe label for your rear rack was printed on Tuesday, which is why the tracking page still says 'label created'. USPS collected the parcel from our warehouse that evening and often gives it a first scan only at the regional sorting centre a day later. If tracking 9205590164420869913375 still shows no movement by Friday, let us know here and we will chase it.\n\nHenrietta",
     ["tracking"], "tracking without scans yet (JC16)"),
    ("Hello Mr Mulcahy,\n\nApologies for the slower delivery. Your battery was held for an extra day in the FedEx sorting centre at Indianapolis while its dangerous-goods paperwork was checked, which is routine for packs of this size. It is back on the truck, and FedEx now shows delivery on Tuesday. If it hasn't arrived by Thursday evening, tell us and we will send another pack.\n\nCaspian",
     ["delay", "battery-rules"], "delay at a hub for the battery's paperwork (JC4)"),
    ("Dear Ms Nettleford,\n\nA battery cannot travel on Amazon's standard return label, so we have put a prepaid FedEx Ground hazmat label into your return request instead. Run the pack down to about 30 percent, press the plastic cap back over the terminals, and pack it in its original box with the orange lithium mark facing up. Hand it over at a FedEx counter, because drop boxes and lockers will not accept it.\n\nNoor",
     ["returns", "battery-rules", "packing"], "return of a lithium pack with its carriage rules (JC4)"),
    ("Hi Mr Ocampo,\n\nYou can send the front hub-motor kit back from Your Orders on Amazon: choose the item, give a reason and print the UPS label offered. Please put the wheel back in its carton with the cardboard rings on both sides of the axle so the spokes are protected, and add the bag with the controller and harness.\n\nEmeka",
     ["returns", "packing"], "return of the kit (JC16)"),
    ("Hello Ms Pomeroy,\n\nOur Fresno warehouse received the battery you sent back and checked it today. We have refunded $619.00 to the card you paid with; most banks show it within three to five working days.\n\nHenrietta",
     ["refund", "returns"], "refund of a return (JC15, JC16)"),
    ("Dear Mr Quilty,\n\nThe Tailwind 750 kit you returned reached us without its Glance C7 display. We have refunded $489.00, which is the kit price less $110.00 for the display. If the display turns up, send it with a free label from Your Orders, and the remaining $110.00 will follow once it arrives here.\n\nCaspian",
     ["refund", "returns"], "partial refund of a return that came back incomplete (JC6, JC15)"),
    ("Hi Ms Rimmington,\n\nDone: the delivery address on order 113-7049182-3356601 now reads 48 Harrow Lane, Apt 3. The torque sensor has not left the warehouse yet, so the change is in time, and the new address will show in Your Orders within the hour.\n\nNoor",
     ["address"], "address change before dispatch (JC16)"),
    ("Hello Mr Tregarthen,\n\nThe brake levers were already on their way when your message arrived, so we can no longer edit the address ourselves. UPS can still reroute the parcel: enter tracking number 1Z5K9R020473846630 on the UPS site and pick a new delivery address, or ask for it to wait at a UPS Access Point close to your new flat. The carrier may add a small charge for the redirection.\n\nEmeka",
     ["address", "tracking"], "address change after dispatch (JC16)"),
    ("Dear Ms Underhill,\n\nYour order is with the customs broker in Toronto. Because it contains a lithium pack, the broker has to check the hazardous-materials declaration before releasing it, and that normally costs a day or two. Duties and taxes were already taken by Amazon at checkout, so please don't pay the driver anything; if someone asks for money, refuse and forward a picture of the paperwork to us here.\n\nHenrietta",
     ["customs", "battery-rules"], "customs hold with duties prepaid (JC4, JC7)"),
    ("Hi Mr Villanueva,\n\nSorry the torque arm was missing from your kit box. A pair of torque arms with their bolts went out today by USPS, tracking 9205590164420874406621, and should arrive by Saturday. There is nothing to send back.\n\nCaspian",
     ["missing-part", "tracking"], "a missing part sent (JC5)"),
    ("Hello Ms Warboys,\n\nThe speed sensor magnet isn't missing from your order: it is packed in a small zip bag taped inside the lid of the motor carton, under the cardboard flap printed with the wiring diagram. The two spare spoke nipples are in the same bag. If the bag really isn't there, reply and we will post one out the same day.\n\nNoor",
     ["missing-part"], "where in the box a part was packed (JC5)"),
    ("Dear Mr Yeats-Mensah,\n\nI'm sorry the rim of your Tailwind 750 wheel arrived bent; your photos show the carton was crushed at one corner in transit. A new laced wheel left Allentown today with UPS, tracking 1Z5K9R020473851175. Please keep the damaged wheel and its carton until the carrier tells us whether it wants to inspect them.\n\nEmeka",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC7)"),
    ("Hi Ms Zamora-Leigh,\n\nOur packers sent the front Tailwind 350 kit instead of the rear Tailwind 750 you ordered, and I'm sorry for the mix-up. The right kit ships today by UPS, tracking 1Z5K9R020473867729. A return label for the front kit is already in Your Orders; you have 30 days to drop it at any UPS location, at no cost to you.\n\nHenrietta",
     ["fulfilment", "returns", "tracking"], "wrong kit sent and exchanged (JC6)"),
    ("Hello Mr Applegarth,\n\nUPS marked your display as delivered on Monday, but the delivery photo shows a different front door. We have opened an investigation with UPS and shipped a replacement display today, tracking 1Z5K9R020473872054. If the first parcel turns up after all, let us know and we will arrange a free return for it.\n\nCaspian",
     ["delivery", "tracking"], "delivered to the wrong door (JC15, JC16)"),
    ("Dear Ms Bramall,\n\nOrder 114-5129936-0087412 was a second copy of your rack order, and it is now cancelled at your request. It had not shipped, so no charge will be made, and your first order is unaffected.\n\nNoor",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC15)"),
    ("Hi Mr Cheung-Dawson,\n\nI'm sorry, your Tailwind 750 kit will leave our warehouse two days after the date shown at checkout: a batch of 27.5 inch wheels failed our spoke-tension check and is being relaced. It should now ship on Wednesday, and the tracking number will appear in Your Orders as soon as the carrier scans the box.\n\nEmeka",
     ["delay"], "dispatch delay and its cause (JC16)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("岳先生，您好：\n\n您买的 Stormcell 48V 17.5Ah 电池额定能量在一百瓦时以上，承运商把它归为第九类危险物品（UN3480），发往夏威夷只能走地面和海上运输。FedEx 周一已在弗雷斯诺仓库取件，运单号 614230449127，路上通常要两到三周。\n\n蔺雅琴",
     ["battery-rules", "tracking"], "大容量锂电池不能空运 (JC4, JC15)"),
    ("裘女士，您好：\n\n这笔订单会分成两个包裹到您手上。改装套件和充电器由阿伦敦仓库交给 UPS，运单号 1Z5K9R020473880346，周四应该能到；电池含锂电芯，必须走地面运输，由弗雷斯诺仓库交给 FedEx，运单号 614236685512，大约下周一到。\n\n缪海峰",
     ["split-shipment", "tracking", "battery-rules"], "分两个包裹发出，电池走陆运 (JC4, JC16)"),
    ("邝先生，您好：\n\n您的后货架面单是周二打印的，当天傍晚已被 USPS 取走，所以查询页面暂时只显示“已创建面单”。包裹一般要到地区分拣中心才有第一条扫描记录。如果到周五运单号 9205590164420881127304 还没有更新，请在这里告诉我们，我们去跟进。\n\n蔺雅琴",
     ["tracking"], "运单暂无扫描记录 (JC16)"),
    ("卞女士，您好：\n\n让您多等了，很不好意思。电池在 FedEx 印第安纳波利斯的分拣中心停留了一天，工作人员要检查这类大容量电池随附的危险品单据，这是常有的事。现在包裹已经重新上路，周二应该可以送到。\n\n缪海峰",
     ["delay", "battery-rules"], "因核对危险品文件延误 (JC4)"),
    ("晁先生，您好：\n\n电池不能用亚马逊的普通退货面单寄回，我们已经在您的退货申请里换成预付的 FedEx 陆运危险品面单。寄回之前，请把电量用到百分之三十左右，盖好电极保护盖，装进原包装盒，让橙色锂电池标识朝上，再交到 FedEx 门店柜台；投递箱和快递柜都不收这类包裹。\n\n蔺雅琴",
     ["returns", "battery-rules", "packing"], "锂电池退货的运输要求 (JC4)"),
    ("尚女士，您好：\n\n您寄回的力矩传感器已经到达我们的仓库，检查无误。129美元已经原路退回，具体到账时间取决于您的发卡银行，一般不超过一周。\n\n缪海峰",
     ["refund", "returns"], "退货退款 (JC15, JC16)"),
    ("綦先生，您好：\n\n已经按您的要求，把订单 112-3398104-6621975 的收货地址改成了公司地址。显示屏还没有出库，所以这次修改来得及，您在“您的订单”里很快就能看到新地址。\n\n蔺雅琴",
     ["address"], "出库前修改地址 (JC16)"),
    ("逯女士，您好：\n\n包裹已经到了温哥华，正在等海关放行。因为里面有锂电池，报关行要先核对一份危险品申报单，通常会多耽误一到两天。您下单时亚马逊已经代收了进口税费，派送时不会再收钱；万一有人上门要求付款，请先别付，把单据拍下来发给我们。\n\n缪海峰",
     ["customs", "battery-rules"], "清关与预收税费 (JC4, JC7)"),
    ("于先生，您好：\n\n很抱歉，套件里漏装了刹车断电传感器的两颗固定螺丝。补发的螺丝今天已由 USPS 寄出，运单号 9205590164420893358817，预计周六前送达，不需要您寄回任何东西。\n\n蔺雅琴",
     ["missing-part", "tracking"], "漏装零件已补发 (JC5)"),
    ("易女士，您好：\n\n速度传感器的磁铁其实没有漏发，它装在一个小自封袋里，贴在电机纸箱盖子的内侧，就在印着接线图的那块纸板下面。如果确实找不到，请回复我们，我们当天补发。\n\n缪海峰",
     ["missing-part"], "说明零件装在箱内何处 (JC5)"),
    ("仲先生，您好：\n\n看了您发来的照片，纸箱有一角在路上被挤扁，车圈也跟着变了形，给您添麻烦了。新的整轮今天已从阿伦敦仓库交给 UPS，运单号 1Z5K9R020473893381。坏的那只请连同纸箱暂时留着，承运商也许会派人来看。\n\n蔺雅琴",
     ["damage", "tracking"], "运输损坏，补发整轮 (JC7)"),
    ("谷女士，您好：\n\n按您的要求，重复下的订单 111-9064472-5530819 已经取消。那笔订单还没发货，不会扣款，您最早下的那笔订单照常配送。\n\n缪海峰",
     ["cancellation"], "按要求取消重复订单 (JC6, JC15)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("計先生 您好：\n\n您的 Stormcell 電池昨天離開弗雷斯諾倉庫。鋰電池列為危險物品，FedEx 只能用地面運輸，追蹤號碼 614242019836，下週三左右會到，比普通包裹慢兩三天。\n\n甄慧珊",
     ["tracking", "battery-rules"], "鋰電池只能陸運 (JC4)"),
    ("樂小姐 您好：\n\n依您的要求，顯示器的包裹已改送到附近超市裡的 UPS Access Point。去領取時請帶有照片的證件，並提供追蹤單號 1Z5K9R020473905517；取件點只保留七天，逾期會退回我們的倉庫，屆時我們會替您辦理退款。\n\n闕志豪",
     ["pickup-point", "tracking"], "改到取件點領取 (JC16)"),
    ("伏先生 您好：\n\n電池不適用亞馬遜的一般退貨標籤，所以我們在您的退貨申請裡換上了預付的 FedEx 地面危險品標籤。寄出前請先騎到電量約剩三成，蓋回電極保護蓋，裝進原廠紙箱，再拿到 FedEx 門市櫃檯交寄；自助收件箱不收這類包裹。\n\n甄慧珊",
     ["returns", "battery-rules", "packing"], "鋰電池退貨的運送規定 (JC4)"),
    ("麻小姐 您好：\n\n您退回的 Drayman R25 後貨架已經送達倉庫並完成檢查，59 美元已退回您原本的付款方式，實際入帳時間依發卡銀行而定。\n\n闕志豪",
     ["refund", "returns"], "退貨退款 (JC15, JC16)"),
    ("祖先生 您好：\n\n很抱歉後貨架的安裝螺絲包漏裝了。新的螺絲包今天已經補寄，USPS 追蹤單號 9205590164420906672143，大約三個工作天送達，原本的包裹不需要寄回。\n\n甄慧珊",
     ["missing-part", "tracking"], "漏裝的螺絲包已補寄 (JC5)"),
    ("章小姐 您好：\n\n不好意思，要請您多等兩天。倉庫正在重新檢查一批輪組的輻條張力，您的 Tailwind 350 套件出貨日期因此往後挪，預計週三交給 UPS，追蹤單號產生後會顯示在「您的訂單」頁面。\n\n闕志豪",
     ["delay"], "出貨延後兩天 (JC16)"),
    ("穆先生 您好：\n\n包裹已經抵達溫哥華，正在辦理通關。裡面有鋰電池，報關行得多查驗一份危險物品申報，一般會晚一到兩個工作天放行。關稅與稅金在您下單付款時已經由亞馬遜收取，貨到時不需要再付任何費用。\n\n甄慧珊",
     ["customs", "battery-rules"], "清關與預收關稅 (JC4, JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Dunnock,\n\nThe Tailwind 750 rear wheel is built for frames with 135 mm between the dropouts and a quick-release or nutted axle. A 142 mm thru-axle frame would need an adapter that we don't make, and we wouldn't advise forcing it. If your bike takes a 135 mm quick release, the kit will fit.\n\nEmeka",
     ["advice", "compatibility"], "frame compatibility before purchase (JC10)"),
    ("Hello Mr Elmsley,\n\nThe Stormcell pack can't come on a plane with you, neither in the hold nor in the cabin. Airlines cap spare lithium batteries at 100 watt-hours, or 160 with the airline's consent, and this pack holds 672. If you're flying with the bike, the usual approach is to hire a battery at your destination.\n\nHenrietta",
     ["advice", "air-travel"], "flying with the battery is product use, not order logistics (JC12)"),
    ("Dear Ms Farrowdale,\n\nWhether you may ride a shared path at 28 mph is a question for your city and state. Many paths only admit e-bikes whose motor stops helping at 20 mph, and some exclude them altogether. We can't give legal advice, so the parks department or your local council is the best place to ask.\n\nCaspian",
     ["advice", "legal"], "a legal speed question answered in the agent's own words (JC11)"),
    ("Hi Mr Gatward,\n\nPlease charge the Stormcell pack only with the charger supplied or another 54.6 volt lithium charger with the same three-pin plug. A charger built for lead-acid batteries or for a different voltage can overcharge the cells, and damage caused that way falls outside the warranty.\n\nNoor",
     ["advice"], "which charger is safe (JC10)"),
    ("Hello Ms Hallworth,\n\nThe kit copes fine with rain, but please don't aim a pressure washer at the motor, the controller or any plug. A bucket, a soft brush and a hose on a gentle setting are enough. Take the battery off before you wash the bike and let the contacts dry before it goes back on.\n\nEmeka",
     ["advice"], "washing the bike (JC10)"),
    ("Hi Mr Ingram-Sowerby,\n\nThank you for the clip of the display restarting over bumps. I've handed it to our technicians and will come back to you by Friday with their view of what is going on.\n\nHenrietta",
     ["holding"], "holding reply about a fault (JC13)"),
    ("Dear Ms Jardine,\n\nThe Haltline levers are made for cable-pulled brakes, so they would only replace your hydraulic levers if you changed the whole brake system. With hydraulic brakes, the usual answer is a small magnetic sensor that clips onto the lever you already have and plugs into the same cut-off socket on the harness.\n\nCaspian",
     ["advice", "compatibility"], "cut-off levers and hydraulic brakes (JC10)"),
    ("Hi Mr Kilbride,\n\nOn a bike with a rear disc brake, fix the lower struts of the rack to the eyelets with the longer bolts and the spacers from the small bag, so the struts clear the caliper by a few millimetres. Spin the wheel afterwards and make sure nothing touches the rotor.\n\nNoor",
     ["advice"], "fitting the rack beside a disc brake (JC10)"),
    ("Hello Ms Lomax,\n\nFor a 40-mile round trip with a few climbs, the 17.5Ah pack leaves a comfortable margin, while the 14Ah pack would be close to empty by the end on cold days. Both sit on the same mount, so the choice comes down to range and weight; the larger pack is about 1.3 pounds heavier.\n\nEmeka",
     ["advice", "comparison"], "the buyer asked which pack suits a commute; no price or offer (JC10)"),
    ("Dear Mr Marwick,\n\nThe Tailwind motors do not recharge the battery on descents. They are geared hubs with a freewheel clutch, so the motor simply stops turning with the wheel when you coast, which is also why the bike rolls so easily with the power off.\n\nHenrietta",
     ["advice"], "no regenerative braking (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("牛先生，您好：\n\n这块电池没法搭飞机，不论放行李舱还是带进客舱都不被允许。航空公司对备用锂电池的上限一般是一百瓦时，经航空公司同意可放宽到一百六十瓦时，而 Stormcell 14Ah 有六百七十二瓦时。如果要带车出行，通常是到了目的地再租一块电池。\n\n缪海峰",
     ["advice", "air-travel"], "带电池乘飞机属于产品使用，不是订单物流 (JC12)"),
    ("嵇女士，您好：\n\n如果您的车是压入式五通（例如 BB86 或 PF30），Tensa TS68 装不上，它只适配六十八毫米宽、带螺纹的五通。您可以先看看五通两侧有没有螺纹碗组，或者量一下五通宽度再决定。\n\n蔺雅琴",
     ["advice", "compatibility"], "购买前的五通兼容问题 (JC10)"),
    ("鲍先生，您好：\n\n下雨天可以照常骑，但洗车时请不要用高压水枪对着电机、控制器和各个插头冲。用水桶、软刷和小水流就够了；洗车前先把电池取下，等触点干透再装回去。\n\n缪海峰",
     ["advice"], "雨天与洗车 (JC10)"),
    ("储女士，您好：\n\n显示屏一颠就重启的那段视频收到了，谢谢。技术同事会仔细看一遍，最晚周五我会把他们的结论告诉您。\n\n蔺雅琴",
     ["holding"], "故障的等待回复 (JC13)"),
    ("闻先生，您好：\n\n时速四十公里能不能在非机动车道上骑，要看您所在城市的规定，我们没办法替您判断。建议向当地交管部门咨询，很多地方对电助力车的助力上限和上路条件都有专门要求。\n\n缪海峰",
     ["advice", "legal"], "用自己的话回答速度法规问题 (JC11)"),
    ("冼女士，您好：\n\n如果每天往返六十多公里、路上还有几段坡，17.5Ah 的电池余量比较充足；14Ah 的在冬天可能骑到最后会比较紧张。两块电池用同一个底座，差别主要在续航和重量，大的那块重六百克左右。\n\n蔺雅琴",
     ["advice", "comparison"], "买家问哪块电池适合通勤，无价格无促销 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("郭先生 您好：\n\n請只用原廠充電器，或同樣是 54.6 伏特、三針插頭的鋰電池充電器來充 Stormcell 電池。鉛酸電池用的充電器或電壓不同的充電器可能讓電芯過充，因此造成的損壞也不在保固範圍內。\n\n甄慧珊",
     ["advice"], "可以用哪種充電器 (JC10)"),
    ("焦小姐 您好：\n\nDrayman R25 後貨架的最大載重是二十五公斤，兒童座椅加上孩子通常會超過，而且這款貨架沒有做過兒童座椅的安全測試，所以不建議把座椅裝在上面，請改用直接固定在車架上的座椅。\n\n闕志豪",
     ["advice"], "貨架能否裝兒童座椅 (JC10)"),
    ("雷先生 您好：\n\n前輪的 Tailwind 350 安裝比較簡單，不必動到變速系統，適合平路通勤；後輪的 Tailwind 750 扭力大得多，爬坡和載重時輕鬆不少，但安裝時要換上套件附的飛輪。兩款都能搭配同一顆電池和顯示器。\n\n甄慧珊",
     ["advice", "comparison"], "買家詢問兩款套件的差別，無價格無促銷 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Northam,\n\nShort version: push the green-collar plug together arrow to arrow until it clicks, power up the battery, and hold M on the remote for four seconds. PAIR appears, then the speed screen. NO LINK means check the pins and retry. For the remote itself, hold plus and minus together till its icon goes steady.\n\nCaspian",
     "retells en/display/pairing (JC14)"),
    ("Hello Mr Oakhurst,\n\nA rough guide: take the pack's watt-hours and divide by what you burn per mile, usually 15 to 20 on the flat and 25 to 35 when it's hilly or you lean on the throttle. Cold, a heavy rack and soft tyres all cost you miles. Don't trust the last 20 percent too much; the gauge drops faster there.\n\nNoor",
     "retells en/battery/range (JC14)"),
    ("Hi Ms Prentice,\n\nFor winter: charge it to around 60 percent, switch it off, lift it off the bike and keep it somewhere dry and room-warm, not in a freezing garage. Look at it every couple of months and top it up if it's under 40. Let it warm up before the first full charge in spring.\n\nEmeka",
     "retells en/battery/winter-storage (JC14)"),
    ("Dear Mr Quarry,\n\nErr 21 is the motor plug, Err 24 a brake lever or cut-off plug, Err 30 the display harness, and Err 41 a flat battery. Check the matching item, turn everything off for a minute, and try again. If it keeps coming back, send us the code and a photo.\n\nHenrietta",
     "retells en/display/error-codes (JC14, JC15)"),
    ("Hello Ms Redfern,\n\nAs delivered, your kit stops assisting at 20 mph. You can change that in Settings > Limits with the number on the card in the display box, but which limit is lawful depends on where you ride, so check your local rules first; going faster can also affect insurance and the places you may use the bike.\n\nCaspian",
     "retells en/settings/speed-limit (JC11, JC14)"),
    ("Hi Mr Sallow,\n\nSoft humming under power and ticking while coasting are normal for a geared hub and tend to fade with use. Grinding, knocking or a rising whine point to a loose axle nut, a slack torque arm or a rubbing rotor, so check those. Still noisy? Send a clip of the wheel spinning off the ground.\n\nNoor",
     "retells en/apology/motor-noise (JC14)"),
    ("Hello Ms Thorne-Achebe,\n\nIf you feel like it once you've put some miles on the new battery, an Amazon review in your own words, good or bad, would be read with interest by us and by other riders.\n\nEmeka",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC14)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("荀先生，您好：\n\n手机配对很简单：显示屏里打开蓝牙，应用里点“添加显示屏”，把屏幕上的六位数输进去就行。换手机的话先在旧手机上把它移除，一块屏同时只能连一部手机。\n\n缪海峰",
     "改写 zh/display/app-pairing (JC14)"),
    ("宓女士，您好：\n\n平时骑完等电池凉了再充，绿灯亮了就拔。冬天长时间不骑，电量留一半多一点，关掉开关拆下来放屋里，隔一两个月看看，不够四成就补点电；零度以下别充。\n\n蔺雅琴",
     "改写 zh/battery/charging (JC14)"),
    ("蒙先生，您好：\n\n装力矩传感器：先拆旧中轴、清螺纹（只认六十八毫米螺纹五通），从右边推进去，线朝下；左碗手拧上，卡片顶住后下叉，再上到四十牛米；线走下管接 TS 口。开机那几秒脚别踩，它要校零。\n\n缪海峰",
     "改写 zh/sensor/torque-fitting (JC14)"),
    ("巴女士，您好：\n\n电机、电池、显示屏这些零件本身的毛病我们都保修，摔坏、进水、辐条轮圈和刹车皮不算，自己改过线的也不保。麻烦把序列号、照片和故障视频发过来，我们看过再定怎么处理。\n\n蔺雅琴",
     "改写 zh/warranty/claim，没有案例号和订单号 (JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("段先生 您好：\n\n簡單說：21 看馬達插頭、24 看煞車把手和斷電插頭、30 看顯示器線束、41 就是沒電了。檢查完關機一分鐘再試，還是跳碼的話，拍張螢幕照片給我們。\n\n甄慧珊",
     "改寫 zh-tw/display/error-codes (JC14)"),
    ("饒小姐 您好：\n\n出廠是時速二十五公里停止輔助，要改的話在設定裡的限制選單輸入盒內卡片上的密碼就行。不過能設多少要看您當地的法規，請先問清楚；速度調高也可能影響保險和可騎的路段。\n\n闕志豪",
     "改寫 zh-tw/settings/speed-limit (JC11, JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, tags, note in [
    ("Hi Mr Ulverston,\n\nUPS expects to deliver your Tailwind 750 kit on Thursday. Before the first ride, charge the battery to full and spend a few minutes in the lowest assist level so you get used to how quickly the motor picks up.\n\nHenrietta",
     ["advice"], "delivery date plus first-ride advice (JC8)"),
    ("Hello Ms Vickery,\n\nThe speed sensor magnet did come with your order: it was packed in the small bag taped under the lid of the motor carton. Clip it onto a spoke on the left side of the rear wheel so that it passes the sensor on the chainstay with a gap of about 3 mm, then spin the wheel and check that the display shows a speed.\n\nCaspian",
     ["advice", "missing-part"], "where the part was packed (logistics) plus how to fit it (advice) (JC5, JC8)"),
    ("Dear Mr Wadsworth,\n\nYour return is open and the UPS label is waiting in Your Orders. Before you box the display up, it may be worth one try at a reset: hold the power and minus keys together for ten seconds, which clears a frozen screen more often than not.\n\nNoor",
     ["advice"], "return plus troubleshooting in the agent's own words (JC8)"),
    ("Hi Ms Ashworth-Bello,\n\nYour parcel should clear customs in Montreal in a day or two. While you wait, you can install the Kestrelwatt Ride app and set up your rider profile, so that pairing the display takes a minute once it arrives.\n\nEmeka",
     ["advice"], "customs plus app set-up advice (JC7, JC8)"),
    ("Hello Mr Bexley,\n\nThe replacement cut-off levers shipped today by USPS and should be with you on Friday. Until then your old levers still stop the bike, but the motor won't switch off when you brake, so ride in a low assist level and stop pedalling before you brake.\n\nHenrietta",
     ["advice"], "replacement shipped plus riding advice until it arrives (JC8)"),
]:
    free(M, "en", text, [TR], note, tags)
for text, tags, note in [
    ("师女士，您好：\n\n电池周三应该能送达。到手后先完整充一次电，第一次骑的时候用低档位，并把显示屏里的轮径设成二十七点五英寸，车速才会显示准确。\n\n缪海峰",
     ["advice"], "送达时间加首次使用建议 (JC8)"),
    ("党先生，您好：\n\n补发的扭力臂今天已经寄出。安装时请让扭力臂的开口卡住轴上的扁位，再用螺栓固定在车架上；拧紧轴螺母之前，先确认车轮在车架中间。\n\n蔺雅琴",
     ["advice", "missing-part"], "补发零件加安装方法 (JC5, JC8)"),
    ("桓女士，您好：\n\n包裹还在海关，估计要再等两天。这段时间您不妨先把旧的刹车把手拆下来，顺便检查一下刹车线，新把手一到就能直接装。\n\n缪海峰",
     ["advice"], "清关加安装准备建议 (JC7, JC8)"),
]:
    free(M, "zh", text, [TR], note, tags)
for text, tags, note in [
    ("權先生 您好：\n\n換貨的顯示器今天交給 UPS 了，追蹤單號 1Z5K9R020473914482。收到之前，舊的顯示器仍然可以用，只是下雨天請先別騎，以免接頭進水。\n\n甄慧珊",
     ["advice"], "換貨寄出加使用提醒 (JC6, JC8)"),
    ("衛小姐 您好：\n\n您的貨架預計週五送達。安裝時請先把四個固定點都鬆鬆地鎖上，位置對好之後再逐一鎖緊，貨架比較不會歪斜。\n\n闕志豪",
     ["advice"], "送達時間加安裝建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


def free_bad(lang, text, part, labels, note, trad=False):
    """A free-written violating reply; `part` is the offending passage, which decides template-required (JC3)."""
    free(V, lang, text, labels, note + " (JC3)", ["free-written"], trad=trad, extra=part)


add_bad("en/display/pairing", dict(buyer_name="Mr Colbourne", display=DISP, agent_name=A1),
        "try once more.",
        "P.S. Our new Glance C9 display launches next week, and you can pre-order it now at 15% off with code PEDALON15.",
        [MKT, TR], "P.S. announcing a new display with a discount code", sep="\n\n")
add_bad("en/sensor/torque-fitting", dict(buyer_name="Ms Dearlove", sensor=SENSOR, bike="city bike", agent_name=A2),
        "records its zero point.",
        "If you get stuck, send a video to our fitter on WhatsApp at +1 559-555-0142 and he will talk you through it.",
        [OPC, TR], "fitting help moved to WhatsApp")
add_bad("en/battery/range", dict(buyer_name="Mr Eckersley", battery=BAT17, capacity_wh="840 Wh", agent_name=A3),
        "roughly a fifth left.",
        "If you end up getting the range you hoped for, a 5-star review would mean a lot to our small team.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/battery/winter-storage", dict(buyer_name="Ms Fairclough", battery=BAT14, charger=CHG3, agent_name=A4),
        "until the pack is warm enough.",
        "Winter is also the best time to add a second pack: our end-of-season sale takes 20% off every Stormcell battery until Sunday.",
        [MKT, TR], "seasonal sale pushing a second battery", sep="\n\n")
add_bad("en/display/error-codes", dict(buyer_name="Mr Goodall", display=DISP, agent_name=A1),
        "go through it with you.",
        "For quicker answers, email the photo straight to fixit@kestrelwatt-ebike.com rather than replying on Amazon.",
        [OPC, TR], "support moved to an e-mail address")
add_bad("en/apology/motor-noise", dict(buyer_name="Ms Hebblethwaite", motor="rear hub motor of your Tailwind 750 kit", agent_name=A2),
        "how we will put it right.",
        "If you're unhappy with the motor, please come to us before writing a review, so we can fix things first.",
        [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
add_bad("en/review/neutral-request", dict(buyer_name="Mr Isherwood", product=RACK, order_id="113-6617045-9928350", agent_name=A3),
        "helps us improve our kits.",
        "As soon as your review is live, show us a screenshot of it and a free set of rack straps will be on its way to you as thanks.",
        [RI, TR], "free accessory in exchange for a review")
add_bad("en/warranty/claim", dict(buyer_name="Ms Jolliffe", product=BAT14, warranty_period="two-year", case_id="KWW-41384",
        order_id="112-1185730-4460296", agent_name=A4),
        "against order 112-1185730-4460296.",
        "If the part has to come back, please book the return shipment through our own portal at kestrelwatt-ebike.com/returns instead of through Amazon.",
        [OPC], "the return shipment moved to the seller's own site: the added sentence is logistics, so no template-required")
free_bad("en", "Hi Mr Kingdon,\n\nThe refund for the returned charger was issued this morning and should reach your card within a few days. Now that this is settled, could you take down the 1-star review you left? It is hurting our listing.\n\nNoor",
         "Now that this is settled, could you take down the 1-star review you left? It is hurting our listing.",
         [RI, TR], "refund of a return (logistics) plus a request to remove a review; the review part is not logistics")

add_bad("zh/display/app-pairing", dict(buyer_name="雍女士", display=DISP_ZH, agent_name=Z1),
        "移除这块显示屏。",
        "要是还连不上，加我们的微信 kestrelwatt_cs，技术员可以视频教您。",
        [OPC, TR], "配对支持转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="竺先生", product=KIT7_ZH, order_id="114-4472098-1305563", agent_name=Z2),
        "改进套件都很有帮助。",
        "给五星好评后把截图发给我们，可以返还二十美元。",
        [RI, TR], "五星好评返现")
add_bad("zh/battery/charging", dict(buyer_name="农女士", battery=BAT14_ZH, charger=CHG3_ZH, agent_name=Z1),
        "再接充电器。",
        "另外，本店 Ember 5A 快充充电器本周八折，冬天备一个正合适，欢迎选购。",
        [MKT, TR], "充电器八折促销", sep="\n\n")
add_bad("zh/warranty/claim", dict(buyer_name="衡先生", product=KIT7_ZH, warranty_period="两年", case_id="KWW-41415",
        order_id="111-0358862-7719240", agent_name=Z2),
        "对应订单 111-0358862-7719240。",
        "等保修的事办妥了，请您把原先那条差评改成好评。",
        [RI, TR], "要求把差评改成好评")
add_bad("zh/sensor/torque-fitting", dict(buyer_name="郗女士", sensor=SENSOR_ZH, agent_name=Z1),
        "自动校零。",
        "安装视频太大的话，可以发到我们的邮箱 fit@kestrelwatt-ebike.com，我们看完再回复您。",
        [OPC, TR], "引导到卖家邮箱", sep="\n\n")
free_bad("zh", "厉先生，您好：\n\n收到您要改收货地址的留言了。电池还在仓库没发出，新地址请直接打我们的电话 559-555-0131 告诉客服，我们当场帮您改好。\n\n蔺雅琴",
         "新地址请直接打我们的电话 559-555-0131 告诉客服，我们当场帮您改好。",
         [OPC], "改地址要求买家打卖家电话：内容仍是收货地址这一物流事项，所以不标 template-required")

add_bad("zh-tw/settings/speed-limit", dict(buyer_name="邊先生", kit=KIT3_TW, agent_name=W2),
        "磨耗也會加快。",
        "想要更快得到回覆，歡迎加入我們的 LINE 帳號 @kestrelwatt.tw 直接私訊。",
        [OPC, TR], "客服轉到 LINE 帳號", sep="\n\n")
add_bad("zh-tw/apology/rack-noise", dict(buyer_name="艾小姐", rack=RACK_TW, agent_name=W1),
        "我們會再協助您。",
        "聲音解決後如果您覺得滿意，再請您給我們一個五星好評。",
        [RI, TR], "滿意才請求五星好評")
free_bad("zh", "寇先生 您好：\n\n您訂購的 Drayman R25 後貨架已在今天出貨，追蹤單號 1Z5K9R020473928815。另外，本週貨架綁帶買一送一，加入我們的 LINE 好友還能再領一張折價券。\n\n甄慧珊",
         "另外，本週貨架綁帶買一送一，加入我們的 LINE 好友還能再領一張折價券。",
         [MKT, OPC, TR], "寄出通知（物流）加綁帶買一送一並引導加 LINE 好友；促銷部分不是物流", trad=True)
