# -*- coding: utf-8 -*-
"""t58: the labelled seller replies (imported by gen.py). Every text was written for this set.

One call per reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note refers to the judgement calls listed in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """The template with every placeholder filled; the value set must match the placeholders exactly."""
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("%s needs %s, got %s" % (tid, sorted(need), sorted(vals)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _push(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), tags=(), cat="filled-template", labels=(), extra=None):
    """Fill a template, then apply (old, new) edits; each `old` must occur exactly once in the text so far."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _push(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), "%s: %s" % (tid, note),
          tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def wrapped(tid, vals, begins, width):
    """Edit: hard-wrap the paragraph that begins with `begins` at `width` columns."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(begins)]
    if len(paras) != 1:
        raise SystemExit("wrap: %d paragraphs begin with %r in %s" % (len(paras), begins, tid))
    return paras[0], textwrap.fill(paras[0], width)


def swapped(first, second, joint=" "):
    """Edit: two neighbouring sentences change places."""
    return first + joint + second, second + joint + first


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _push(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def plus(tid, vals, after, sentence, note, cat, labels, joint=" ", tags=()):
    """A filled template with one sentence inserted after the unique text `after`."""
    if tid.startswith("zh") and joint == " ":
        joint = ""
    fill(tid, vals, note, edits=[(after, after + joint + sentence)], tags=tags, cat=cat, labels=labels,
         extra=sentence)


# ---------------------------------------------------------------- the seller's people and products (invented)
A1, A2, A3, A4 = "Marisol Treganza", "Ewan Castleberry", "Hyacinth Olubode", "Teodor Vashchenko"
Z1, Z2 = "阚立新", "仲雨桐"
W1, W2 = "甄宥廷", "馬詠晴"
PICO, TALON = "Loftwren Pico", "Loftwren Talon GPS"
PICO_LONG = ("Loftwren Pico Foldable Mini Drone with 4K Camera, Under 249 g, 3-Axis Gimbal, 31-Minute Flight Time, "
             "6 km HD Video Transmission, Return to Home, Beginner Friendly Travel Drone")
TALON_LONG = ("Loftwren Talon GPS Camera Drone with 1-Inch 4K/60fps Sensor, 3-Axis Gimbal, 42-Minute Flight Time, "
              "10 km Transmission, Obstacle Sensing, Auto Return to Home, Hard-Shell Case Included")
RC_P, RC_T = "Pico remote controller", "Talon RC-2 remote"
BAT_P, BAT_T = "Pico Intelligent Flight Battery (2,250 mAh)", "Talon Intelligent Flight Battery (5,000 mAh, 77 Wh)"
BAT_T_LONG = ("Loftwren Talon Intelligent Flight Battery, 5000mAh 15.4V 77Wh LiPo, 42-Minute Flight Time, "
              "Self-Heating, Auto Storage Discharge, Compatible with Talon GPS Drone Only")
PICO_ZH, TALON_ZH = "Loftwren Pico 折叠迷你无人机", "Loftwren Talon GPS 航拍无人机"
PICO_ZH_LONG = "Loftwren Pico 折叠迷你航拍无人机 4K高清相机 249克以下 三轴云台 31分钟续航 6公里图传 一键返航 新手入门"
BAT_P_ZH, BAT_T_ZH = "Pico 智能飞行电池", "Talon 智能飞行电池"
PICO_TW, TALON_TW = "Loftwren Pico 摺疊迷你空拍機", "Loftwren Talon GPS 空拍機"
TALON_TW_LONG = "Loftwren Talon GPS 空拍機 一吋感光元件 4K60 三軸雲臺 42分鐘續航 10 km 圖傳 全向避障 自動返航 附硬殼收納箱"
HUB_TW = "Talon 三電池充電管家"
HUB_TW_LONG = "Loftwren Talon 充電管家 三電池依序快充 100W 附遙控器充電孔 LED 電量顯示"

# ================================================================ 1. filled templates -> []
F = "filled-template"
fill("en/pairing/remote-app", dict(buyer_name="Mr Brightwater", remote=RC_P, drone=PICO, agent_name=A1), "exact fill")
fill("en/pairing/remote-app", dict(buyer_name="Ms Calloway-Reis", remote=RC_P, drone=PICO_LONG, agent_name=A2),
     "the full listing title pasted into the drone slot; greeting changed (JC2)",
     edits=[("Hello Ms Calloway-Reis,", "Good evening Ms Calloway-Reis,")], tags=["long-value", "greeting"])
fill("en/pairing/remote-app", dict(buyer_name="Mr Dembele", remote=RC_T, drone=TALON, agent_name=A3),
     "a congratulation line with no product content after the greeting (JC2)",
     edits=[("Hello Mr Dembele,", "Hello Mr Dembele,\n\nCongratulations on your first drone, and thank you for choosing us.")],
     tags=["warm-line"])
fill("en/calibration/compass", dict(buyer_name="Ms Eastwick", drone=TALON, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Fitzwarren", drone=PICO, agent_name=A1)
fill("en/calibration/compass", _v, "second paragraph hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[wrapped("en/calibration/compass", _v, "Carry the drone", 70)], tags=["reflow"])
fill("en/flight/flight-time", dict(buyer_name="Ms Galbraith", drone=PICO, rated_minutes="31 minutes", agent_name=A2),
     "exact fill")
fill("en/flight/flight-time", dict(buyer_name="Mr Hollins", drone=TALON, rated_minutes="42 minutes", agent_name=A3),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[swapped("When the remaining charge is only just enough for the trip back, the app starts Return to Home on its own.",
                    "We suggest planning to land with roughly 20 percent left.")], tags=["reorder"])
fill("en/flight/flight-time", dict(buyer_name="Ms Ilves", drone=TALON_LONG, rated_minutes="42 minutes", agent_name=A4),
     "listing title in the drone slot; sign-off turned into a warm line about the buyer's trip (JC2)",
     edits=[("With best wishes,", "Have a wonderful time filming in the mountains, and best wishes,")],
     tags=["long-value", "sign-off", "warm-line"])
fill("en/firmware/update", dict(buyer_name="Mr Jankowski", drone=TALON, agent_name=A1), "exact fill")
fill("en/firmware/update", dict(buyer_name="Ms Kilbride", drone=PICO, agent_name=A2),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("The aircraft and the remote update one after the other, and the whole job takes around fifteen minutes.",
             "First the aircraft updates and then the remote, which takes roughly fifteen minutes in all.")],
     tags=["paraphrase"])
fill("en/battery/storage-safety", dict(buyer_name="Mr Lomax", battery=BAT_T, agent_name=A3), "exact fill")
fill("en/battery/storage-safety", dict(buyer_name="Ms Mbatha", battery=BAT_T_LONG, agent_name=A4),
     "listing title in the battery slot; one long sentence split in two (JC2)",
     edits=[("slowly drains down to a storage level, and it may feel", "slowly drains down to a storage level. It may feel")],
     tags=["long-value", "split"])
fill("en/regulations/no-fly", dict(buyer_name="Mr Northcott", drone=PICO, agent_name=A1), "exact fill")
fill("en/regulations/no-fly", dict(buyer_name="Ms Oyinlola", drone=TALON, agent_name=A2),
     "a friendly line added, one sentence paraphrased and the sign-off changed (JC2)",
     edits=[("Hello Ms Oyinlola,", "Hello Ms Oyinlola,\n\nIt is great to hear you are planning ahead."),
            ("Inside a red area the drone will not take off at all.",
             "The drone refuses to leave the ground anywhere in a red area."),
            ("Safe flying,", "Happy and safe flying,")], tags=["warm-line", "paraphrase", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Mr Pardoe", product=TALON, warranty_term="one-year", case_ref="LWA-W-31402",
     order_id="112-4860273-5519046", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Quimby", product=BAT_P, warranty_term="six-month", case_ref="LWA-W-31418",
     order_id="114-0937715-2684301", agent_name=A4),
     "the exclusions sentence paraphrased, same five exclusions (JC2)",
     edits=[("Crash damage, water damage, a lost aircraft, propellers worn out through use, and units that have been opened or modified fall outside the warranty.",
             "The warranty does not cover crashes, water, an aircraft that was lost, worn propellers, or a unit that was opened or modified.")],
     tags=["paraphrase"])
fill("en/warranty/claim", dict(buyer_name="Mr Rasmussen-Hart", product=PICO, warranty_term="one-year",
     case_ref="LWA-W-31433", order_id="111-7725046-3190857", agent_name=A1),
     "first two paragraphs run together into one (JC2)",
     edits=[("during normal flying.\n\nCrash damage", "during normal flying. Crash damage")], tags=["merge"])
fill("en/apology/gimbal", dict(buyer_name="Ms Stavros", drone=TALON, agent_name=A2), "exact fill")
fill("en/apology/gimbal", dict(buyer_name="Tomasz", drone=PICO, agent_name=A3),
     "greeting changed, one word swapped and the closing request paraphrased (JC2)",
     edits=[("Hi Tomasz,", "Dear Tomasz,"), ("That is a frustrating way", "That is an annoying way"),
            ("If the error stays on the screen, please send us a short video of the start-up so our technicians can take a look.",
             "Should the error persist, a short clip of the start-up would let our technicians see what is happening.")],
     tags=["greeting", "wording", "paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Mr Tregarthen", order_id="113-5082914-6637120", product=TALON,
     agent_name=A4), "exact fill; the only request for this order, with no praise before it (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Ms Underhill", order_id="112-9316058-0472283", product=PICO,
     agent_name=A1), "sign-off changed; the only request for this order (JC2, JC8)",
     edits=[("Thanks again,", "Many thanks,")], tags=["sign-off"])

fill("zh/pairing/remote", dict(buyer_name="卫先生", drone=PICO_ZH, agent_name=Z1), "exact fill")
fill("zh/pairing/remote", dict(buyer_name="蒋女士", drone=PICO_ZH_LONG, agent_name=Z2),
     "商品全称填进飞行器位置；问候语改为晚上好 (JC2)",
     edits=[("蒋女士，您好：", "蒋女士，晚上好：")], tags=["long-value", "greeting"])
fill("zh/pairing/remote", dict(buyer_name="沙先生", drone=TALON_ZH, agent_name=Z1),
     "问候后加一句不涉及产品的寒暄 (JC2)",
     edits=[("沙先生，您好：", "沙先生，您好：\n\n听说您周末要去海边拍日出，先祝您拍得顺利。")], tags=["warm-line"])
fill("zh/calibration/compass", dict(buyer_name="危女士", drone=TALON_ZH, agent_name=Z2), "exact fill")
fill("zh/calibration/compass", dict(buyer_name="柳先生", drone=PICO_ZH, agent_name=Z1),
     "问候语改为下午好，第二、三段合成一段 (JC2)",
     edits=[("柳先生，您好：", "柳先生，下午好："),
            ("再让机头朝下竖着转一圈。\n\n如果提示", "再让机头朝下竖着转一圈。如果提示")], tags=["greeting", "merge"])
fill("zh/battery/storage", dict(buyer_name="岳女士", battery=BAT_T_ZH, agent_name=Z2), "exact fill")
fill("zh/battery/storage", dict(buyer_name="宋先生", battery=BAT_P_ZH, agent_name=Z1),
     "一句换了说法，内容不变 (JC2)",
     edits=[("每次飞完请先让电池冷却二十分钟再充电。", "刚飞完的电池请先晾二十分钟，凉下来再充。")], tags=["paraphrase"])
fill("zh/battery/storage", dict(buyer_name="芦女士", battery=BAT_T_ZH, agent_name=Z2),
     "第二段两句对调 (JC2)",
     edits=[swapped("请把电池放在阴凉干燥、晒不到太阳的地方，天热时千万不要留在停着的车里。",
                    "每次飞完请先让电池冷却二十分钟再充电。", "")], tags=["reorder"])
fill("zh/review/neutral-request", dict(buyer_name="郭先生", product=TALON_ZH, order_id="113-2749061-8850374",
     agent_name=Z1), "exact fill；该订单唯一的一次邀请，之前买家没有表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="饶女士", product=PICO_ZH, order_id="114-6603187-2914458",
     agent_name=Z2), "结尾加一句祝福；该订单唯一的一次邀请 (JC2, JC8)",
     edits=[("我们的设计团队都会认真看。", "我们的设计团队都会认真看。\n\n祝您飞行愉快！")], tags=["sign-off"])
fill("zh/warranty/claim", dict(buyer_name="任先生", product=TALON_ZH, warranty_term="一年", order_id="111-3358820-4706619",
     case_ref="LWA-W-31457", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="路女士", product=BAT_P_ZH, warranty_term="六个月", order_id="112-8047193-3361025",
     case_ref="LWA-W-31469", agent_name=Z2), "一个长句拆成两句 (JC2)",
     edits=[("故障部位的照片或短视频；如果是飞行中出的问题，", "故障部位的照片或短视频。如果是飞行中出的问题，")],
     tags=["split"])

fill("zh-tw/firmware/update", dict(buyer_name="程先生", drone=TALON_TW, agent_name=W1), "exact fill")
fill("zh-tw/firmware/update", dict(buyer_name="趙小姐", drone=TALON_TW_LONG, agent_name=W2),
     "商品全名填進飛行器欄位；一處用詞更動 (JC2)", tags=["long-value", "wording"],
     edits=[("請等畫面顯示更新完成再動它。", "請等畫面顯示更新完成後再操作。")])
fill("zh-tw/firmware/update", dict(buyer_name="李太太", drone=PICO_TW, agent_name=W1),
     "問候後加一句與產品無關的寒暄 (JC2)",
     edits=[("李太太 您好：", "李太太 您好：\n\n聽說這臺是送給兒子的生日禮物，祝他生日快樂。")], tags=["warm-line"])
fill("zh-tw/flight/flight-time", dict(buyer_name="周先生", drone=PICO_TW, rated_minutes="三十一分鐘", agent_name=W2),
     "exact fill")
fill("zh-tw/flight/flight-time", dict(buyer_name="王小姐", drone=TALON_TW, rated_minutes="四十二分鐘", agent_name=W1),
     "最後一段兩句對調 (JC2)",
     edits=[swapped("剩餘電量只夠飛回來時，應用程式會自動啟動返航，", "建議您在電量剩兩成左右時就降落。", "")],
     tags=["reorder"])
fill("zh-tw/regulations/registration", dict(buyer_name="張先生", drone=TALON_TW, agent_name=W2), "exact fill")
fill("zh-tw/regulations/registration", dict(buyer_name="鄺小姐", drone=PICO_TW, agent_name=W1),
     "一句換了說法，內容相同 (JC2)",
     edits=[("在紅色區域內飛行器無法起飛；", "飛行器在紅色區域裡起飛不了；")], tags=["paraphrase"])
fill("zh-tw/apology/charging-hub", dict(buyer_name="談先生", hub=HUB_TW, agent_name=W2), "exact fill")
fill("zh-tw/apology/charging-hub", dict(buyer_name="徐太太", hub=HUB_TW_LONG, agent_name=W1),
     "商品全名填進充電管家欄位，結尾改寫 (JC2)",
     edits=[("造成不便，敬請見諒。", "再次向您致歉，祝您飛行順利。")], tags=["long-value", "sign-off"])

# ================================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, after, sentence, note, tags, joint=" "):
    """JC1 always applies; it joins a trailing (JCn, ...) group when the note has one."""
    m = re.search(r" \((JC[^)]*)\)$", note)
    note = note[:m.start()] + " (JC1, " + m.group(1) + ")" if m else note + " (JC1)"
    plus(tid, vals, after, sentence, note, FX, [], joint=joint, tags=tags)


fill_log("en/pairing/remote-app", dict(buyer_name="Ms Westerberg", remote=RC_P, drone=PICO, agent_name=A2),
         "says there is no signal.",
         "The two spare Pico batteries from the same order travel separately by ground, as loose lithium batteries must, and UPS expects to deliver them on Friday under tracking 1Z5V90K20344718265.",
         "ground-only carriage of the spare batteries, as its own paragraph (JC4)", ["battery-rules", "split-shipment", "tracking"],
         joint="\n\n")
fill_log("en/flight/flight-time", dict(buyer_name="Mr Varga", drone=TALON, rated_minutes="42 minutes", agent_name=A3),
         "with roughly 20 percent left.",
         "The ND filter set you added later left our Dallas warehouse this morning with USPS, tracking 9300120111405538217746.",
         "tracking for an item ordered later", ["tracking"])
fill_log("en/firmware/update", dict(buyer_name="Ms Wolstenholme", drone=TALON, agent_name=A4),
         "logs are kept.",
         "As you asked, we have cancelled the second Talon remote that went into your cart by mistake; it had not shipped, so you will not be charged for it.",
         "duplicate line cancelled before dispatch (JC5)", ["cancellation"])
fill_log("en/battery/storage-safety", dict(buyer_name="Mr Yeboah", battery=BAT_P, agent_name=A1),
         "household rubbish.",
         "If you decide to return the battery, run it down to 30 percent or below first and hand the parcel to a UPS staff member rather than a drop box.",
         "charge level and hand-over for a battery return are carriage rules, not storage advice (JC4)",
         ["returns", "battery-rules"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Zielinski", product=TALON, warranty_term="one-year",
         case_ref="LWA-W-31481", order_id="113-4471208-9925063", agent_name=A2),
         "within two business days of receiving these.",
         "Should the drone need to come to our repair bench, a prepaid UPS label will appear in Your Orders, so sending it costs you nothing.",
         "how the drone would travel to the repair bench (JC15)", ["returns", "warranty-shipping"])
fill_log("en/apology/gimbal", dict(buyer_name="Mr Ashby-Cole", drone=TALON, agent_name=A3),
         "can take a look.",
         "The gimbal guard that was missing from your box went out to you today by USPS First-Class, tracking 9300120111405538224471.",
         "missing part sent (JC5)", ["fulfilment", "tracking"])
fill_log("zh/pairing/remote", dict(buyer_name="卞先生", drone=TALON_ZH, agent_name=Z2),
         "最常见的原因。",
         "同一订单里的两块备用电池按锂电池运输规定单独走陆运，UPS 运单号 1Z5V90K20344719473，预计周五送达。",
         "备用电池只能陆运 (JC4)", ["battery-rules", "split-shipment", "tracking"], joint="\n\n")
fill_log("zh/calibration/compass", dict(buyer_name="楚女士", drone=PICO_ZH, agent_name=Z1),
         "或应用提示时再做即可。",
         "您反映少发的一对桨叶今天已经免费补发，USPS 运单号 9300120111405538230052。",
         "漏发的桨叶免费补发 (JC5, JC13)", ["fulfilment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="崔先生", product=TALON_ZH, warranty_term="一年",
         order_id="114-7720569-1083346", case_ref="LWA-W-31496", agent_name=Z2),
         "两个工作日内会告诉您下一步。",
         "如果需要寄回检测，“您的订单”里会出现预付退货面单；寄出前请把电池电量降到百分之三十以下。",
         "寄修的面单和锂电池电量要求 (JC4, JC15)", ["returns", "battery-rules", "warranty-shipping"])
fill_log("zh/battery/storage", dict(buyer_name="牛女士", battery=BAT_P_ZH, agent_name=Z1),
         "不要扔进生活垃圾。",
         "如果您决定退货，可以直接在“您的订单”页面申请，退货运费由我们承担。",
         "退货说明", ["returns"])
fill_log("zh-tw/firmware/update", dict(buyer_name="費小姐", drone=PICO_TW, agent_name=W2),
         "飛行紀錄都會保留。",
         "您另外訂購的 ND 濾鏡組已經出貨，UPS 追蹤單號 1Z5V90K20344720518，預計週四送達。",
         "另外訂購的濾鏡追蹤單號", ["tracking"])
fill_log("zh-tw/apology/charging-hub", dict(buyer_name="闕先生", hub=HUB_TW, agent_name=W1),
         "我們會再協助您處理。",
         "如果最後需要換貨，我們會先寄出新的充電管家，舊的再用隨附的預付標籤寄回即可。",
         "換貨的寄送方式 (JC5)", ["returns"])

# ================================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Chukwu,\n\nYour Talon GPS and its two spare batteries are coming in separate boxes. The drone, with one battery fitted inside it, left our Dallas warehouse yesterday by UPS 2nd Day Air, tracking 1Z5V90K20344723318. Loose lithium batteries are not allowed on that service, so the spares travel by UPS Ground under tracking 1Z5V90K20344723326 and should arrive two or three days after the drone.\n\nBest regards,\nMarisol",
     ["battery-rules", "split-shipment", "tracking"], "loose batteries go by ground, the drone by air (JC4, JC14)"),
    ("Hi Ms Bramwell,\n\nOur carriers will not fly loose lithium batteries to Hawaii, so the three spare Talon batteries on your order cannot travel by air with the drone. They will go by ground and ocean freight instead, which takes 12 to 20 days to Kahului. If you would rather not wait, reply here and we will cancel only the battery line and refund it; the drone itself is already on its way.\n\nKind regards,\nEwan",
     ["battery-rules", "cancellation"], "no air carriage of spare batteries to Hawaii (JC4)"),
    ("Dear Mr Elmsley,\n\nThanks for starting the return of the two Pico batteries. Before you pack them, fly or run them down until the app shows 30 percent or less, because our returns carrier only accepts lithium packs at that level. Put each battery in its own small bag, cushion them in the original box, and give the parcel to a person at a UPS Store counter; battery parcels cannot go into a drop box.\n\nRegards,\nHyacinth",
     ["returns", "battery-rules", "packing"], "charge level and hand-over for a battery return (JC4)"),
    ("Hello Ms Dorrington,\n\nThank you for the photos. A battery that has swollen like that must not be sent through the mail, as carriers refuse damaged lithium cells. There is no need to return it: we have refunded the $89.00 you paid for it to your original payment method.\n\nTeodor",
     ["refund", "returns", "battery-rules"], "a damaged battery may not travel, so it is refunded without a return (JC4, JC13)"),
    ("Hi Mr Gorecki,\n\nYour Pico left our warehouse this afternoon with FedEx Home Delivery. The tracking number is 394817260553, and FedEx currently shows delivery on Tuesday before 8 pm. The tracking page can take a few hours to show the first scan.\n\nEwan",
     ["tracking"], "tracking (JC14)"),
    ("Hello Ms Fairclough,\n\nSorry for the hold-up. A winter storm closed the UPS hub in Louisville for a day, and your ND filter set is one of the parcels waiting there. UPS now expects to deliver it on Monday instead of Friday. If it has not reached you by Wednesday, let us know here and we will send another set.\n\nHyacinth",
     ["delay"], "carrier delay (JC14)"),
    ("Hi Ms Hepburn-Lyle,\n\nWe caught your order before it was packed, so the address now reads as the apartment in Boise you gave us, including unit 7C. Nothing else about the order has changed, and it should leave our warehouse tomorrow.\n\nMarisol",
     ["address"], "address change before dispatch (JC13, JC14)"),
    ("Hello Mr Ivanchuk,\n\nYour Talon was handed to UPS this morning, so the address on the order can no longer be edited. UPS can still reroute it: look up tracking number 1Z5V90K20344731147 in UPS My Choice and pick Change Delivery, or ask them to keep it at a UPS Access Point near your new home. UPS may add a small fee for the change.\n\nEwan",
     ["address", "tracking"], "address change after dispatch (JC14)"),
    ("Hi Ms Jardine,\n\nThe hard-shell carrying case is bigger than an Amazon Locker compartment, so the locker you chose could not be used and the order will now go to the home address on your account. If no one will be in, you can choose a UPS Access Point once the tracking number shows in Your Orders.\n\nHyacinth",
     ["locker", "pickup-point"], "locker too small for the case (JC14)"),
    ("Dear Mr Kowalski-Mendez,\n\nYou are still well inside the 30-day return window for the Pico. Start the return in Your Orders and pick the reason that fits; because the remote stopped charging, the return label is free. Please pack the drone with its battery installed and charged to no more than 30 percent, and drop it at any UPS Store.\n\nTeodor",
     ["returns", "battery-rules"], "return of a drone with its battery inside (JC4, JC13)"),
    ("Hi Ms Llewellyn,\n\nYour returned Talon GPS was checked in at our Dallas warehouse this morning, and a refund of $749.00 is on its way to your original payment method. Banks usually show it within three to five business days.\n\nMarisol",
     ["refund", "returns"], "refund of a return (JC13, JC14)"),
    ("Hello Mr Mwangi,\n\nThe Pico you sent back arrived without its remote controller. We have refunded $279.00 now, which is the full price less $60.00 for the remote. If the remote turns up, send it back with the free label in Your Orders and we will refund the remaining $60.00 when it reaches us.\n\nEwan",
     ["refund", "returns"], "partial refund of a return that came back without a part (JC5, JC13)"),
    ("Dear Ms Nettleship,\n\nThe duplicate order 113-6280471-9035512 is now cancelled, as you requested. It had not left our warehouse, so there is no charge for it. Your first order for the charging hub is unaffected and goes out today.\n\nHyacinth",
     ["cancellation"], "duplicate order cancelled on request (JC5, JC13)"),
    ("Hi Mr Oakhurst,\n\nI'm sorry the ND filter set was missing from your Talon bundle. Our warehouse has confirmed it was left out during packing, and a set went out to you today by USPS, tracking 9300120111405538236684. There is nothing you need to send back.\n\nTeodor",
     ["fulfilment", "tracking"], "missing item sent (JC5)"),
    ("Hello Ms Pillai,\n\nYou are right, the propellers in your parcel were for the Pico, not the Talon. The correct Talon quick-release propellers shipped this morning with FedEx, tracking 394817265102. Please keep the Pico set; it is not worth the trouble of sending back.\n\nMarisol",
     ["fulfilment", "tracking"], "wrong item replaced (JC5)"),
    ("Dear Mr Radcliffe,\n\nYour Talon GPS is with Canadian customs in Toronto. Parcels that contain lithium batteries carry a dangerous goods declaration, which customs checks before release, and that usually adds one to three business days. Amazon collected the duties and taxes at checkout, so if DHL asks you for payment at the door, please do not pay; send us a photo of the notice instead. The DHL waybill is 4617203958.\n\nEwan",
     ["customs", "battery-rules"], "customs hold and prepaid import charges (JC4, JC6)"),
    ("Hi Ms Sandhu,\n\nI'm sorry the carrying case arrived with a split corner and a broken latch. That happened on the way to you, and a new case left our warehouse today with UPS, tracking 1Z5V90K20344740051. Please keep the damaged one for now in case the carrier's claims team asks to see it; we will tell you in this thread.\n\nHyacinth",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC6)"),
    ("Hello Mr Thistlethwaite,\n\nThe FedEx delivery photo shows your parcel at a blue door that you say is not yours. We have opened a trace with FedEx and, rather than keep you waiting, shipped a second charging hub today, tracking 394817271846. If the first parcel turns up, reply here and we will send a free return label for it.\n\nTeodor",
     ["delivery", "tracking"], "delivered to the wrong door (JC13, JC14)"),
    ("Dear Ms Uchenna,\n\nYour warranty case LWA-W-31527 has been approved for repair, and a prepaid UPS label is now in Your Orders. Pack the Talon in its hard-shell case with the battery fitted and charged to 30 percent or less, put the case inside a cardboard box, and hand it in at a UPS Store. Repaired drones usually leave our bench for the trip back to you within ten days of arriving.\n\nMarisol",
     ["returns", "warranty-shipping", "battery-rules"], "shipping a drone in for a warranty repair (JC4, JC15)"),
]:
    free(L, "en", text, [], note, tags)
for text, tags, note in [
    ("沙女士，您好：\n\n您的 Talon GPS 和两块备用电池分成两个包裹寄出。无人机连同装在机身里的那块电池昨天已由 UPS 空运发出，运单号 1Z5V90K20344752209；单独包装的锂电池不能空运，所以两块备用电池改走 UPS 陆运，运单号 1Z5V90K20344752217，会比无人机晚两三天送达。\n\n阚立新",
     ["battery-rules", "split-shipment", "tracking"], "散装锂电池只能陆运 (JC4, JC14)"),
    ("蒋先生，您好：\n\n退货申请我们已经看到了。寄出之前，请先把两块 Pico 电池的电量用到百分之三十以下，这是退货承运商对锂电池的要求。每块电池单独装一个小袋子，放回原包装盒里垫好，再拿到 UPS 门店交给工作人员，电池包裹不能投进自助投递箱。\n\n仲雨桐",
     ["returns", "battery-rules", "packing"], "退货电池的电量与交寄方式 (JC4)"),
    ("司徒先生，您好：\n\n您订的 Pico 今天下午已经从达拉斯仓库发出，FedEx 运单号 394817280337，预计下周二送达。运单信息可能要过几个小时才会出现第一条记录。\n\n阚立新",
     ["tracking"], "运单号 (JC14)"),
    ("危先生，您好：\n\n很抱歉让您久等了。受暴风雪影响，UPS 路易斯维尔转运中心停运了一天，您的充电管家正好滞留在那里。UPS 现在预计下周一送达，比原来晚三天。如果周三还没收到，请在这里告诉我们，我们会重新给您发一个。\n\n仲雨桐",
     ["delay"], "承运商延误 (JC14)"),
    ("柳女士，您好：\n\n您的订单还没有打包，收货地址已经按您的要求改成西雅图的新公寓，门牌号也一并加上了。订单的其他内容都没有变化，预计明天发货。\n\n阚立新",
     ["address"], "发货前修改地址 (JC13, JC14)"),
    ("岳先生，您好：\n\n您重复下的订单 114-2209637-5581740 已经按您说的取消了。这笔订单还没有发货，不会扣款；您的第一笔 ND 滤镜订单不受影响，今天照常发出。\n\n仲雨桐",
     ["cancellation"], "取消重复订单 (JC5, JC13)"),
    ("宋女士，您好：\n\n很抱歉 Talon 套装里少了收纳箱的肩带。仓库核实后确认是打包时漏放了，肩带今天已经免费补发，USPS 运单号 9300120111405538241190，不需要您寄回任何东西。\n\n阚立新",
     ["fulfilment", "tracking"], "漏发配件补发 (JC5, JC13)"),
    ("芦先生，您好：\n\n您寄回的 Pico 今天上午已在达拉斯仓库签收，$279.00 退款已经原路退回，一般三到五个工作日到账。\n\n仲雨桐",
     ["refund", "returns"], "退货退款 (JC13, JC14)"),
    ("郭女士，您好：\n\n您的包裹目前在加拿大海关。含锂电池的包裹都附有危险品申报，海关放行前会核对，通常多花一到三个工作日。关税和税费已在您下单时由亚马逊代收，如果 DHL 上门要求付款，请不要支付，拍下通知单发给我们即可。DHL 运单号 4617215530。\n\n阚立新",
     ["customs", "battery-rules"], "清关与已代收的税费 (JC4, JC6)"),
    ("饶先生，您好：\n\n很抱歉收纳箱到货时外壳裂了、卡扣也断了。这是运输途中造成的，新的收纳箱今天已由 UPS 发出，运单号 1Z5V90K20344760934。旧的请先留着，承运商理赔时可能需要查看，我们会在这里通知您。\n\n仲雨桐",
     ["damage", "tracking"], "运输损坏，补发新品 (JC6)"),
    ("任女士，您好：\n\n您的保修工单 LWA-W-31538 已经审核通过，预付的 UPS 面单已放在“您的订单”里。请把 Talon 装进收纳箱，电池装在机身上并把电量降到百分之三十以下，收纳箱外面再套一个纸箱，然后送到 UPS 门店。维修好的飞行器一般在我们收到后十天内寄回给您。\n\n阚立新",
     ["returns", "warranty-shipping", "battery-rules"], "保修寄修的寄送方式 (JC4, JC15)"),
    ("路先生，您好：\n\n照片我们看过了。鼓包的电池属于受损锂电池，承运商不接收，请不要寄回。这块电池的 $89.00 货款已经退回到您原来的付款方式，无需退货。\n\n仲雨桐",
     ["refund", "returns", "battery-rules"], "受损电池不能寄回，直接退款 (JC4, JC13)"),
]:
    free(L, "zh", text, [], note, tags)
for text, tags, note in [
    ("華小姐 您好：\n\n您的 Pico 今天已經從達拉斯倉庫出貨，FedEx 追蹤單號 394817288415，預計下週三送達。追蹤頁面可能要幾個小時後才會出現第一筆紀錄。\n\n甄宥廷",
     ["tracking"], "追蹤單號 (JC14)"),
    ("辛先生 您好：\n\n依照鋰電池的運送規定，單獨包裝的備用電池不能空運，所以您訂購的兩顆 Talon 電池改走 UPS 陸運，追蹤單號 1Z5V90K20344771625，會比空拍機晚兩三天送達。\n\n馬詠晴",
     ["battery-rules", "split-shipment", "tracking"], "備用電池只能陸運 (JC4)"),
    ("古太太 您好：\n\n退貨請在「您的訂單」中申請，收到退貨後我們會全額退款。寄回之前請把電池電量降到百分之三十以下，並把包裹拿到 UPS 門市交給店員，含電池的包裹不能投進自助投遞箱。\n\n甄宥廷",
     ["returns", "battery-rules"], "退貨與電池電量規定 (JC4)"),
    ("鄞小姐 您好：\n\n您的包裹今天早上已經交給 UPS，所以訂單上的地址無法再修改。您可以在 UPS My Choice 輸入追蹤單號 1Z5V90K20344779040，選擇變更送貨地址，或請 UPS 把包裹留在您新家附近的 UPS Access Point 自取，改址可能要付一小筆費用。\n\n馬詠晴",
     ["address", "tracking"], "出貨後改地址 (JC14)"),
    ("裘先生 您好：\n\n您的包裹目前在臺灣海關等待查驗。含鋰電池的包裹需要核對危險品申報資料，通常多花一到三個工作天。進口稅費已在下單時由亞馬遜代收，DHL 如果要求您另外付款，請先不要付，把通知拍照回覆給我們。DHL 運單號 4617226671。\n\n甄宥廷",
     ["customs", "battery-rules"], "海關查驗與已代收的稅費 (JC4, JC6)"),
    ("閻小姐 您好：\n\n很抱歉讓您久等。因為颱風，航班停飛了兩天，您的濾鏡組還在轉運站等待上機，DHL 目前預計延後到下週一送達。週三前還沒收到的話，請在這裡告訴我們，我們會再寄一組給您。\n\n馬詠晴",
     ["delay"], "颱風造成的延誤 (JC14)"),
    ("鮑先生 您好：\n\n很抱歉 Talon 套組裡漏放了 ND 濾鏡組。倉庫確認是包裝時遺漏，今天已經免費補寄，USPS 追蹤單號 9300120111405538250087，不需要寄回任何東西。\n\n甄宥廷",
     ["fulfilment", "tracking"], "漏寄的濾鏡免費補寄 (JC5, JC13)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ================================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Vickery,\n\nYou can take the Pico on a plane. Its battery holds about 16.6 watt-hours, well under the 100 watt-hour limit airlines set for spare lithium batteries, so spares belong in your carry-on rather than checked luggage. Keep each spare in its own bag so the contacts cannot touch metal, and check with your airline, since a few set their own limit on how many spares you may bring.\n\nMarisol",
     ["advice", "air-travel"], "carrying the drone's batteries on a flight is product use, not order logistics (JC10)"),
    ("Hello Ms Yardley,\n\nFor a windy stretch of coastline the Talon GPS is the steadier choice. It weighs close to 900 grams and copes with winds up to about 24 mph, while the Pico, at under 250 grams, starts to struggle above about 17 mph and drifts more in gusts. If travelling light matters most, the Pico is easier to carry; for cliff-top filming in a breeze, the Talon holds its line better.\n\nEwan",
     ["advice", "comparison"], "the buyer asked which model suits wind; no price, offer or push to buy (JC9)"),
    ("Dear Mr Zimmerman,\n\nNeither of our drones is water resistant, so please keep them out of rain, drizzle and sea spray. Moisture gets into the motors and circuit boards through the cooling vents. If the drone does get wet, switch it off, take the battery out and let everything dry for at least a day in a warm room before you power it up again.\n\nHyacinth",
     ["advice"], "rain (JC9)"),
    ("Hi Ms Zamora,\n\nOn a bright, sunny day the ND16 is a good starting point for smooth video at 30 frames per second. Switch to the ND32 on snow, water or a beach, and use the ND8 for overcast days or the hour before sunset. Aim for a shutter speed of about double your frame rate, so 1/60 second at 30 fps.\n\nTeodor",
     ["advice"], "choosing an ND filter (JC9, JC13)"),
    ("Hello Mr Abeyta,\n\nThank you for the flight log and the clip of the drone drifting sideways. I have passed both to our flight engineers, who will go through them tomorrow, and I will write back by Thursday evening with what they find.\n\nMarisol",
     ["holding"], "holding reply about a fault (JC11)"),
    ("Hi Ms Birkett,\n\nEach Pico propeller is either marked with a grey ring or left plain. Propellers with the grey ring go on the motors that also carry a grey mark, and the plain ones go on the unmarked motors. Press each one down and twist it towards the lock symbol until it clicks. A propeller on the wrong motor stops the drone from lifting off evenly.\n\nEwan",
     ["advice"], "fitting spare propellers (JC9)"),
    ("Dear Mr Coelho,\n\nVideo that breaks up at around 300 meters is usually caused by interference rather than a fault. Crowded Wi-Fi areas, large metal structures and trees between you and the drone all weaken the link. Keep the remote's antennas upright and parallel, facing the drone, and try switching the channel mode in the app from Auto to 5.8 GHz.\n\nHyacinth",
     ["advice"], "video link dropping out (JC9, JC13)"),
    ("Hi Ms Deverell,\n\nSpeaking generally, because the rules differ from country to country: in the US, a drone under 250 grams that is flown only for fun does not need FAA registration, and the Pico comes in under that limit. You still need to pass the free TRUST test and follow the same airspace rules as every other pilot. If you later fly for paid work, different rules apply whatever the weight.\n\nTeodor",
     ["advice", "regulations"], "registration guidance in the agent's own words (JC9)"),
    ("Hello Mr Eriksen-Paul,\n\nYes, the charging hub has a USB-C output on its side that can charge the Talon remote while the batteries charge. A flat remote fills up in about two hours. The hub charges the flight batteries one at a time, so adding the remote hardly slows them down.\n\nMarisol",
     ["advice"], "charging the remote from the hub (JC9)"),
    ("Dear Ms Faulkes,\n\nNow that your Pico has had a few flights, we would welcome a review on Amazon whenever you have a moment. Tell other pilots how it went in your own words; every kind of review is useful to them and to us.\n\nEwan",
     ["review"], "neutral review request in the agent's own words: template-required only (JC8)"),
]:
    free(N, "en", text, [TR], note, tags)
for text, tags, note in [
    ("蔺女士，您好：\n\nPico 的电池约 16.6 瓦时，远低于航空公司对备用锂电池 100 瓦时的限制，可以带上飞机，但备用电池必须随身携带，不能托运。每块电池最好单独装袋，避免触点碰到金属。有些航空公司对携带数量另有规定，出发前请向航空公司确认。\n\n阚立新",
     ["advice", "air-travel"], "乘飞机携带电池属于产品使用，不是订单物流 (JC10)"),
    ("谷先生，您好：\n\nPico 不到 250 克，风速超过每秒七八米时就会比较吃力，悬停时容易被吹偏。遇到大风天，建议把飞行高度降低一些，尽量逆风飞出、顺风返航，这样回程更省电。如果应用提示风速过大，请尽快降落。\n\n仲雨桐",
     ["advice"], "大风天飞行 (JC9)"),
    ("顾女士，您好：\n\n夜间飞行时，Talon 机身下方的补光灯可以在应用里打开，降落时能帮助视觉定位。不过天黑后避障传感器的效果会变差，建议您在开阔、熟悉的地方飞，并遵守当地对夜间飞行的规定。\n\n阚立新",
     ["advice"], "夜间飞行 (JC9)"),
    ("焦先生，您好：\n\n谢谢您发来的视频和飞行日志，我们已经转给飞控工程师，他们明天会仔细分析。最迟周四晚上，我会在这里回复您检查结果。\n\n仲雨桐",
     ["holding"], "故障的暂缓答复 (JC11)"),
    ("耿女士，您好：\n\n图传在三百米左右就卡顿，通常是周围的信号干扰造成的，不一定是故障。WiFi 密集的小区、大型金属建筑和树木都会削弱信号。请让遥控器的两根天线竖直平行并朝向飞行器，也可以在应用里把频段从“自动”改成 5.8 GHz 试试。\n\n阚立新",
     ["advice"], "图传卡顿 (JC9)"),
    ("栾先生，您好：\n\n充电管家侧面有一个 USB-C 输出口，可以在给电池充电的同时给 Talon 遥控器充电，遥控器从没电到充满大约两个小时。\n\n仲雨桐",
     ["advice"], "用充电管家给遥控器充电 (JC9)"),
]:
    free(N, "zh", text, [TR], note, tags)
for text, tags, note in [
    ("章小姐 您好：\n\n晴天拍影片建議先用 ND16；雪地、海邊或水面反光強的場景換 ND32；陰天或日落前一小時用 ND8 就夠了。快門速度抓在影格率的兩倍左右，例如每秒三十格就用六十分之一秒，畫面會比較自然。\n\n甄宥廷",
     ["advice"], "濾鏡挑選 (JC9)"),
    ("雲先生 您好：\n\nTalon 的電池是 77 瓦時，低於航空公司對備用鋰電池一百瓦時的上限，可以帶上飛機，但只能放在隨身行李，不能託運。每顆電池請分開裝袋，避免接點碰到金屬；部分航空公司對攜帶數量另有限制，出發前請先向航空公司確認。\n\n馬詠晴",
     ["advice", "air-travel"], "搭機攜帶電池屬於產品使用 (JC10)"),
    ("湛太太 您好：\n\n您的 Pico 應該已經飛過幾趟了。方便的時候，歡迎到亞馬遜寫下您的使用心得，好壞都可以照實寫，對其他飛手和我們都很有幫助。\n\n甄宥廷",
     ["review"], "自己措辭的中立評論邀請，只標 template-required (JC8)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ================================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Fordyce,\n\nQuick version: phone Bluetooth and location on, drone on first, then the remote until its lights sweep across. In the app hit Connect, pick your drone and wait for green. Amber flashing plus two beeps means it remembers another aircraft, so press the little link button under the battery for a couple of seconds and tap Link. A wobbly phone cable is the usual cause of a no-signal message.\n\nMarisol",
     "retells en/pairing/remote-app (JC12)"),
    ("Hello Ms Gillard,\n\nThat warning is the compass being thrown off by metal or by a big change of location. Walk ten meters or so away from cars and steel, go to Settings, Aircraft, Calibrate Compass, spin once holding it flat, then once nose-down. Keep your phone and watch out of the way. There's no need to repeat it before each flight.\n\nEwan",
     "retells en/calibration/compass (JC12)"),
    ("Hi Mr Gathii,\n\nThe figure on the box is a best case: no wind, gentle speed, fresh battery. Headwinds, quick climbs, Sport mode and cold air all eat into it, so expect less in real life. Keep batteries warm in winter and land at around a fifth of charge; the drone heads home by itself if it gets too low.\n\nHyacinth",
     "retells en/flight/flight-time (JC12)"),
    ("Dear Ms Hutchings,\n\nTo update, get both the drone and the remote above half charge, connect them with the app open and online, and tap the red dot next to the version number. It takes about a quarter of an hour, and the drone reboots and beeps a few times. If it stops, restart both and try again; nothing you have set up will be lost.\n\nTeodor",
     "retells en/firmware/update (JC12)"),
    ("Hello Mr Ingram-Soto,\n\nFor longer breaks, leave the packs around half full; they drain themselves to that level after a while and may get a little warm doing it. Keep them cool, dry and out of hot cars, let them cool down after flying before charging, and retire any pack that swells, cracks or heats up by itself, taking it to a recycling center rather than the trash.\n\nMarisol",
     "retells en/battery/storage-safety (JC12)"),
    ("Hi Ms Juszczak,\n\nRules vary by country, so check with your aviation authority. In the US, hobby pilots need the free TRUST certificate, and anything from 250 grams up must be FAA-registered with the number on the airframe. The app's map shows restricted spots: red blocks takeoff, yellow is only a caution you need to check yourself.\n\nEwan",
     "retells en/regulations/no-fly (JC12)"),
    ("Dear Mr Kealey,\n\nSorry about the gimbal error. Nine times out of ten it is the transparent camera guard left on, which stops the gimbal's start-up test. Take it off, power up on level ground, and the camera should do its little wiggle. If it still complains, a short video of the start-up would help us.\n\nHyacinth",
     "retells en/apology/gimbal (JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])
for text, note in [
    ("冉先生，您好：\n\n简单说就是：手机开蓝牙和定位，先开飞机再开遥控器，应用里点连接、选飞机，变绿就好了。要是遥控器响两声、黄灯闪，就按一下电池仓下面的对频键再点对频。显示无信号的话，先看看数据线插牢没有。\n\n阚立新",
     "retells zh/pairing/remote (JC12)"),
    ("雷女士，您好：\n\n这个提示说明指南针受到了干扰。离车和铁器远一点，在设置里找到校准指南针，先平着转一圈，再机头朝下转一圈就行。手机、手表别贴着机身，也不用每次飞之前都校准。\n\n仲雨桐",
     "retells zh/calibration/compass (JC12)"),
    ("夏先生，您好：\n\n长时间不用，电池留一半电就行，它自己也会慢慢放到这个电量，期间有点热不用担心。平时放阴凉干燥处，别放在晒着的车里；刚飞完别马上充。鼓包、裂了或者自己发烫的电池就别再用了，送到回收点处理。\n\n阚立新",
     "retells zh/battery/storage (JC12)"),
    ("司马女士，您好：\n\n产品在保修期内，正常使用出现的质量问题我们负责；摔机、进水、丢失和拆过的机器不保。麻烦您在这里简单说一下经过，附上照片或视频，飞行中出的问题再附上应用里导出的飞行日志，我们两个工作日内回复处理方案。\n\n仲雨桐",
     "retells zh/warranty/claim (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])
for text, note in [
    ("曹先生 您好：\n\n更新很簡單：飛行器和遙控器都充到一半以上，手機連上網路，打開應用程式點版本號旁邊的紅點就可以了，大概十五分鐘。過程中會重開機幾次，中斷的話兩邊重新開機再更新一次，設定不會不見。\n\n甄宥廷",
     "retells zh-tw/firmware/update (JC12)"),
    ("佘小姐 您好：\n\n紅燈一直閃，通常是電池剛飛完還太燙，充電管家先停下來保護電池。拿下來放涼二十分鐘再插回去就好；一次只有一格在閃也是正常的，它會一顆一顆輪流充。放涼了還是閃的話，請錄一段影片給我們。\n\n馬詠晴",
     "retells zh-tw/apology/charging-hub (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ================================================================ 6. logistics mixed with product advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Moorcroft,\n\nYour Pico will be delivered by FedEx on Thursday. Before the first flight, charge the battery fully and run the firmware update in the app, because the drone will not take off until it is on the latest version.\n\nTeodor",
     "delivery date plus first-flight advice (JC7)"),
    ("Hello Ms Nkosi,\n\nThe replacement propellers shipped today by USPS. Until they arrive, please don't fly with the chipped one; even a small nick makes the drone vibrate and blurs your footage.\n\nMarisol",
     "replacement shipped plus a safety tip (JC7)"),
    ("Dear Mr Osgood,\n\nWe have started your return, and the UPS label is in Your Orders. Before you send it, it may be worth recalibrating the compass away from your car, as that cures most drift problems like the one you described.\n\nEwan",
     "return plus troubleshooting in the agent's own words (JC7)"),
    ("Hi Ms Pennington-Rao,\n\nYour parcel is in customs in Vancouver for a day or two. Meanwhile, set up your account in the Loftwren Fly app, so you can link the drone the moment it arrives.\n\nHyacinth",
     "customs plus app set-up advice (JC7)"),
    ("Hello Mr Quirke,\n\nThe carrying case is out for delivery today with UPS. When it comes, store the Talon with its arms folded and the gimbal guard on, so the camera cannot swing about inside the foam.\n\nTeodor",
     "delivery plus storage advice (JC7)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("上官先生，您好：\n\n换货的 Pico 明天由 FedEx 发出。在收到之前，您手上这台还能继续飞，只是请避开大风天，免得那个电机负担太重。\n\n阚立新",
     "换货发出加飞行建议 (JC7)"),
    ("段女士，您好：\n\n包裹预计周四送达。收到以后请先把电池充满，再连上应用升级固件，第一次升级大约需要十五分钟。\n\n仲雨桐",
     "送达日期加首次使用建议 (JC7)"),
    ("田先生，您好：\n\n您的无人机还在清关，ND 滤镜已经先到了。等的这几天可以先看看应用里的新手教程，在模拟器里练一练起飞和降落。\n\n阚立新",
     "清关加练习建议 (JC7)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("關先生 您好：\n\n補寄的螺旋槳今天已經寄出。收到之前，請不要用有缺口的那片繼續飛，小小的缺口也會讓機身震動，拍出來的畫面會糊掉。\n\n甄宥廷",
     "補寄加安全提醒 (JC7)"),
    ("巴小姐 您好：\n\n空拍機預計週三送達。收到後建議先在應用程式裡校準指南針，再到空曠的地方試飛，第一次飛行請讓飛行器保持在視線範圍內。\n\n馬詠晴",
     "送達日期加試飛建議 (JC7)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ================================================================ 7. violating
V = "violating"


def bad(tid, vals, after, sentence, labels, note, joint=" "):
    plus(tid, vals, after, sentence, note + " (JC3)", V, labels, joint=joint, tags=["template-based"])


bad("en/flight/flight-time", dict(buyer_name="Ms Rowntree", drone=TALON, rated_minutes="42 minutes", agent_name=A1),
    "with roughly 20 percent left.",
    "P.S. Spare Talon batteries are 15% off this week with code PROPWASH15, so now is a good time to stock up.",
    [MKT, TR], "P.S. with a discount code for spare batteries", joint="\n\n")
bad("en/pairing/remote-app", dict(buyer_name="Mr Stroud", remote=RC_P, drone=PICO, agent_name=A2),
    "says there is no signal.",
    "If you're enjoying the Pico so far, a five-star review would mean the world to our small team.",
    [RI, TR], "five-star ask aimed at buyers who are enjoying the drone")
bad("en/calibration/compass", dict(buyer_name="Ms Trevelyan", drone=TALON, agent_name=A3),
    "when the app asks for it.",
    "If it still refuses to calibrate, text our pilot support line on WhatsApp at +1 512-555-0142 and we will walk you through it.",
    [OPC, TR], "support moved to WhatsApp and a phone number")
bad("en/apology/gimbal", dict(buyer_name="Mr Urquhart", drone=PICO, agent_name=A4),
    "can take a look.",
    "If you're still unhappy after that, please message us before you post a review so we can settle things privately.",
    [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
bad("en/battery/storage-safety", dict(buyer_name="Ms Vallance", battery=BAT_T, agent_name=A1),
    "household rubbish.",
    "By the way, our new Talon Endurance battery launches next week with 20 percent more flight time, and it is worth reserving one now before the first batch sells out.",
    [MKT, TR], "new-product announcement and a push to buy", joint="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Mr Whitmarsh", order_id="111-6094827-3358106", product=TALON,
    agent_name=A2),
    "who design our aircraft.",
    "As a thank-you, we will mail you a free ND filter set as soon as your review is live.",
    [RI, TR], "free filter set in exchange for a review")
bad("en/firmware/update", dict(buyer_name="Ms Yelland", drone=PICO, agent_name=A3),
    "logs are kept.",
    "For firmware trouble, email our engineers directly at firmware@loftwren-aero.com instead of writing here.",
    [OPC, TR], "support moved to an e-mail address")
bad("en/warranty/claim", dict(buyer_name="Mr Blundell", product=TALON, warranty_term="one-year", case_ref="LWA-W-31552",
    order_id="114-3518862-7049215", agent_name=A4),
    "within two business days of receiving these.",
    "When the replacement ships, follow it on our own tracking page at loftwren-aero.com/track rather than in your Amazon account.",
    [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Ms Cheong,\n\nWe received your returned Pico batteries today. To get the money to you sooner, we would like to send the refund by PayPal instead of through Amazon; just reply with the e-mail address on your PayPal account.\n\nTeodor",
     [OPC], "refund of a return moved to PayPal: the content is still the refund of a return, a logistics matter, so no template-required (JC3)",
     ["free-written"])

bad("zh/pairing/remote", dict(buyer_name="应先生", drone=PICO_ZH, agent_name=Z1),
    "最常见的原因。",
    "如果还是连不上，可以加我们的微信 loftwren_fly，技术员会视频指导您操作。",
    [OPC, TR], "把技术支持转到微信")
bad("zh/review/neutral-request", dict(buyer_name="廉女士", product=TALON_ZH, order_id="112-5571340-9826637", agent_name=Z2),
    "都会认真看。",
    "给五星好评并把截图发给我们，就能领取十美元返现。",
    [RI, TR], "五星好评返现")
bad("zh/warranty/claim", dict(buyer_name="祖先生", product=PICO_ZH, warranty_term="一年", order_id="113-9046215-1178830",
    case_ref="LWA-W-31566", agent_name=Z1),
    "两个工作日内会告诉您下一步。",
    "问题处理好以后，麻烦您把之前留下的差评删掉或者改一改。",
    [RI, TR], "要求删除或修改差评")
bad("zh/battery/storage", dict(buyer_name="俞女士", battery=BAT_T_ZH, agent_name=Z2),
    "不要扔进生活垃圾。",
    "另外，本店新款 Talon 长续航电池本周八折，数量有限，欢迎选购！",
    [MKT, TR], "新款电池八折促销", joint="\n\n")
bad("zh/calibration/compass", dict(buyer_name="麦先生", drone=TALON_ZH, agent_name=Z1),
    "或应用提示时再做即可。",
    "换货的包裹发出后，请到我们的官网 loftwren-aero.com 查询物流进度，比亚马逊页面更新得快。",
    [OPC], "换货包裹改到卖家官网查物流：加的这句本身是物流，所以不标 template-required", joint="\n\n")
free(V, "zh", "冉女士，您好：\n\n退回的 Talon 电池已经签收，$89.00 退款今天已经原路退回。问题解决了，麻烦您把之前那条一星差评改成好评，改好后我们再送您一套备用桨叶。\n\n仲雨桐",
     [RI, TR], "退货退款（物流）加要求把差评改成好评并送桨叶；评论部分不是物流 (JC3)", ["free-written"])

bad("zh-tw/flight/flight-time", dict(buyer_name="諸葛先生", drone=TALON_TW, rated_minutes="四十二分鐘", agent_name=W1),
    "時就降落。",
    "想更快得到回覆的話，歡迎加我們的 LINE 官方帳號 @loftwrentw 直接詢問。",
    [OPC, TR], "客服轉到 LINE 官方帳號")
bad("zh-tw/apology/charging-hub", dict(buyer_name="夏侯小姐", hub=HUB_TW, agent_name=W2),
    "我們會再協助您處理。",
    "問題解決後，如果您滿意，請幫我們留一則五星好評。",
    [RI, TR], "滿意才請求五星好評")
free(V, "zh", "公孫太太 您好：\n\n您的 Talon 今天已經寄出，UPS 追蹤單號 1Z5V90K20344788316。順帶一提，本週 ND 濾鏡組買一送一，歡迎到我們的官網 loftwren-aero.com 加購。\n\n馬詠晴",
     [MKT, OPC, TR], "出貨通知（物流）加本週濾鏡組買一送一並導向官網；促銷部分不是物流 (JC3)", ["free-written"],
     trad=True)
