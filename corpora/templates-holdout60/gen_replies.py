# -*- coding: utf-8 -*-
"""Labelled seller replies of t60 (imported by gen.py). Every text here was written for this set.

Each call adds one reply. Categories, in this order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. "JCn" in a note refers to the judgement calls in README.md.
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


def _add(cat, text, labels, lang, tags, note, buyer, tid=None, vals=None, exact=False, extra=None,
         extra_log=None, trad=False):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note, buyer=buyer,
                        tid=tid, vals=vals, exact=exact, extra=extra, extra_log=extra_log))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None, extra_log=None):
    """Render a template and apply (old, new) edits; every old string must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         vals["buyer_name"], tid=tid, vals=vals, exact=exact, extra=extra, extra_log=extra_log,
         trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the one paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(paras) != 1:
        raise SystemExit("wrap: %s %r" % (tid, starts))
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: two adjacent sentences change places."""
    return (a + sep + b, b + sep + a)


def add_to(tid, vals, anchor, sentence, note, cat, labels, extra_log, sep=" ", tags=()):
    """A fill with one sentence added after `anchor`. extra_log says whether the added sentence is logistics."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, tags=tags,
         extra=sentence, extra_log=extra_log)


def free(cat, lang, buyer, text, labels, note, tags=(), trad=False):
    text = text.strip("\n")
    if buyer not in text.split("\n")[0]:
        raise SystemExit("buyer %r is not greeted in the first line" % buyer)
    _add(cat, text, labels, lang, tags, note, buyer, trad=trad)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Imogen Raftery", "Desmond Okoye-Hartley", "Beatrix Lowenthal", "Caspian Mbatha"
Z1, Z2 = "蒯雨桐", "阙志航"
W1, W2 = "曲怡安", "甄承恩"

DUSK = "Sillwren Duskline blackout roller blind"
DUSKM = "Sillwren Duskline Motion motorised blackout blind"
HIVE = "Sillwren Hivecell cordless cellular shade"
ROD = "Sillwren Ferrule adjustable curtain rod"
DUSK_LONG = ("Sillwren Duskline Blackout Roller Blind, 100% Light Blocking Thermal Fabric, Chain with Child Safety "
             "Tension Device, Trim to Fit up to 4 in, Inside or Outside Mount, 35 in W x 72 in H, Charcoal")
DUSKM_LONG = ("Sillwren Duskline Motion Motorised Blackout Roller Blind, Rechargeable Quiet Motor with Remote, "
              "USB-C Charging, Works with Smart Home Hubs, Cordless, 47 in W x 64 in H, Slate Grey")
DUSK_ZH = "Sillwren Duskline 遮光卷帘"
DUSKM_ZH = "Sillwren Duskline Motion 电动遮光卷帘"
HIVE_ZH = "Sillwren Hivecell 无绳蜂巢帘"
ROD_ZH = "Sillwren Ferrule 伸缩窗帘杆"
DUSK_ZH_LONG = ("Sillwren Duskline 遮光卷帘 全遮光隔热面料 拉珠配儿童安全固定器 可自行裁短4英寸 内装外装均可 "
                "宽35英寸 高72英寸 炭灰色")
DUSKM_ZH_LONG = ("Sillwren Duskline Motion 电动遮光卷帘 静音充电电机 附遥控器 USB-C充电 可接智能家居网关 "
                 "无拉绳 宽47英寸 高64英寸 石板灰")
DUSK_TW = "Sillwren Duskline 遮光捲簾"
HIVE_TW = "Sillwren Hivecell 無繩蜂巢簾"
HIVE_TW_LONG = ("Sillwren Hivecell 無繩蜂巢簾 透光不透影 兒童寵物安全升降 單層蜂巢隔熱 附安裝支架 "
                "寬29英吋 高64英吋 亞麻白")

# ============================================================ 1. filled templates -> []
F = "filled-template"
# --- en/measure/window
fill("en/measure/window", dict(buyer_name="Ms Pelletier-Gray", product=DUSK, agent_name=A1), "exact fill")
fill("en/measure/window", dict(buyer_name="Mr Rasmussen-Obi", product=DUSK_LONG, agent_name=A2),
     "the whole listing title pasted into the product slot; greeting changed (JC2)",
     edits=[("Hello Mr Rasmussen-Obi,", "Good afternoon Mr Rasmussen-Obi,")], tags=["greeting", "long-value"])
fill("en/measure/window", dict(buyer_name="Ms Dunstable", product=HIVE, agent_name=A3),
     "a congratulation on the buyer's move added under the greeting (JC2)",
     edits=[("Hello Ms Dunstable,", "Hello Ms Dunstable,\n\nCongratulations on the new house, and good luck with all those windows.")],
     tags=["warm-line"])
# --- en/mount/inside-outside
fill("en/mount/inside-outside", dict(buyer_name="Mr Kowalewski", product=DUSK, min_depth="3 inches", agent_name=A2),
     "exact fill")
_v = dict(buyer_name="Ms Ferraby", product=HIVE, min_depth="2 inches", agent_name=A3)
fill("en/mount/inside-outside", _v, "first two paragraphs hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[wrap("en/mount/inside-outside", _v, "Good question", 70), wrap("en/mount/inside-outside", _v, "An outside", 70)],
     tags=["reflow"])
# --- en/brackets/fitting
fill("en/brackets/fitting", dict(buyer_name="Mr Ogunleye", product=DUSKM, agent_name=A4), "exact fill")
fill("en/brackets/fitting", dict(buyer_name="Ms Thorogood", product=DUSK, agent_name=A1),
     "the wood and plasterboard sentences change places (JC2)",
     edits=[swap("In wood, pre-drill with a 1/8 inch bit and drive the screws in straight.",
                 "In plasterboard or brick, use the wall plugs from the hardware pack in a hole of the matching size, and never rely on the plaster skin alone.")],
     tags=["reorder"])
fill("en/brackets/fitting", dict(buyer_name="Mr Brenninkmeyer", product=DUSK, agent_name=A2),
     "sign-off turned into a good-luck line (JC2)",
     edits=[("Best wishes,", "Good luck with the drill, and best wishes,")], tags=["sign-off", "warm-line"])
# --- en/blind/cut-width
fill("en/blind/cut-width", dict(buyer_name="Ms Carrick-Doyle", product=DUSK, max_trim="4 inches", agent_name=A3),
     "exact fill")
fill("en/blind/cut-width", dict(buyer_name="Mr Santangelo", product=DUSK_LONG, max_trim="4 inches", agent_name=A4),
     "listing title in the product slot; one long sentence split in two (JC2)",
     edits=[("with a fresh craft blade, then shorten the tube", "with a fresh craft blade. Then shorten the tube")],
     tags=["long-value", "split"])
# --- en/safety/cords
fill("en/safety/cords", dict(buyer_name="Ms Wetherall", product=HIVE, agent_name=A4), "exact fill")
fill("en/safety/cords", dict(buyer_name="Mr Ndiaye", product=DUSK, agent_name=A1),
     "the risk sentence paraphrased with the same content (JC2)",
     edits=[("A dangling or looped cord on a window covering can catch around a small child's neck, so we are glad you raised it.",
             "Any cord that hangs down or forms a loop on a blind can wrap round a young child's neck, so it is a very good thing to ask about.")],
     tags=["paraphrase"])
# --- en/care/cleaning
fill("en/care/cleaning", dict(buyer_name="Ms Hjelmstad", product=DUSK, agent_name=A2), "exact fill")
fill("en/care/cleaning", dict(buyer_name="Mr Fitzwarren", product=DUSKM, agent_name=A3),
     "greeting changed; the last two paragraphs run together (JC2)",
     edits=[("Hi Mr Fitzwarren,", "Dear Mr Fitzwarren,"),
            ("will damage it.\n\nLeave the fabric", "will damage it. Leave the fabric")],
     tags=["greeting", "merge"])
# --- en/warranty/spring-motor
fill("en/warranty/spring-motor", dict(buyer_name="Ms Oyelowo", product=HIVE, warranty_years="three years",
     claim_id="SWC-40218", order_id="112-4830517-2093846", agent_name=A3), "exact fill")
fill("en/warranty/spring-motor", dict(buyer_name="Mr Treadgold", product=DUSKM_LONG, warranty_years="five years",
     claim_id="SWC-40236", order_id="114-0926375-8812409", agent_name=A4),
     "listing title in the product slot; sign-off changed (JC2)",
     edits=[("Sincerely,", "Thanks for your patience,")], tags=["long-value", "sign-off"])
fill("en/warranty/spring-motor", dict(buyer_name="Ms Kasprzak", product=HIVE, warranty_years="three years",
     claim_id="SWC-40251", order_id="111-5570284-6639120", agent_name=A1),
     "the exclusions sentence paraphrased with the same three exclusions (JC2)",
     edits=[("It does not include damage from an incorrect trim, from dragging the fabric by hand while the motor is running, or from water.",
             "Damage caused by trimming the blind wrongly, by pulling the fabric down by hand while the motor turns, or by water is not part of it.")],
     tags=["paraphrase"])
# --- en/apology/light-gap
fill("en/apology/light-gap", dict(buyer_name="Mr Albright-Sun", product=DUSK, agent_name=A1), "exact fill")
fill("en/apology/light-gap", dict(buyer_name="Ms Marwood", product=DUSK, agent_name=A2),
     "a sympathy line about night shifts added; sign-off changed (JC2)",
     edits=[("Hello Ms Marwood,", "Hello Ms Marwood,\n\nSleeping after a night shift is hard enough without the morning sun in your eyes."),
            ("With apologies,", "Sorry once more,")],
     tags=["warm-line", "sign-off"])
# --- en/review/neutral-request
fill("en/review/neutral-request", dict(buyer_name="Mr Esterhuizen", product=HIVE, order_id="113-6418203-7750932",
     agent_name=A3), "exact fill; the only review request on this order, and the thread holds no praise (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Theodora", product=ROD, order_id="112-7304159-2281647",
     agent_name=A4), "greeting and sign-off changed; the only review request on this order (JC2, JC9)",
     edits=[("Hi Theodora,", "Hello Theodora,"), ("Thank you,", "Many thanks,")], tags=["greeting", "sign-off"])

# --- zh/measure/window
fill("zh/measure/window", dict(buyer_name="岳先生", product=DUSK_ZH, agent_name=Z1), "exact fill")
fill("zh/measure/window", dict(buyer_name="蒋女士", product=DUSK_ZH_LONG, agent_name=Z2),
     "商品槽位里贴了完整的商品标题；问候语改了 (JC2)",
     edits=[("蒋女士，您好：", "蒋女士，下午好：")], tags=["greeting", "long-value"])
fill("zh/measure/window", dict(buyer_name="钟先生", product=HIVE_ZH, agent_name=Z1),
     "问候语后加了一句祝贺乔迁 (JC2)",
     edits=[("钟先生，您好：", "钟先生，您好：\n\n恭喜乔迁新居，祝您和家人住得舒心。")], tags=["warm-line"])
# --- zh/brackets/fitting
fill("zh/brackets/fitting", dict(buyer_name="龚女士", product=DUSK_ZH, agent_name=Z2), "exact fill")
fill("zh/brackets/fitting", dict(buyer_name="陈女士", product=DUSKM_ZH, agent_name=Z1),
     "第二段的长句在分号处断成两句 (JC2)",
     edits=[("再把螺丝垂直拧进去；石膏板", "再把螺丝垂直拧进去。石膏板")], tags=["split"])
# --- zh/care/cleaning
fill("zh/care/cleaning", dict(buyer_name="谷先生", product=DUSK_ZH, agent_name=Z2), "exact fill")
fill("zh/care/cleaning", dict(buyer_name="张女士", product=DUSKM_ZH, agent_name=Z1),
     "结尾祝语加了一句天气的寒暄 (JC2)",
     edits=[("祝生活愉快！", "天气转暖了，祝您一家生活愉快！")], tags=["sign-off", "warm-line"])
# --- zh/warranty/motor
fill("zh/warranty/motor", dict(buyer_name="王先生", product=DUSKM_ZH, warranty_years="两年",
     order_id="113-2097648-5531870", claim_id="SWC-40274", agent_name=Z2), "exact fill")
fill("zh/warranty/motor", dict(buyer_name="李女士", product=DUSKM_ZH, warranty_years="两年",
     order_id="111-8862035-4407193", claim_id="SWC-40289", agent_name=Z1),
     "一个短语换了说法 (JC2)",
     edits=[("为了尽快找到原因，", "为了能尽快查明原因，")], tags=["wording"])
fill("zh/warranty/motor", dict(buyer_name="赵先生", product=DUSKM_ZH_LONG, warranty_years="两年",
     order_id="114-7735190-2268054", claim_id="SWC-40297", agent_name=Z2),
     "商品槽位里是完整商品标题；前两段合成一段 (JC2)",
     edits=[("按照说明书安装和使用。\n\n保修范围包括", "按照说明书安装和使用。保修范围包括")], tags=["long-value", "merge"])
# --- zh/review/neutral-request
fill("zh/review/neutral-request", dict(buyer_name="周女士", order_id="112-3368417-9904526", product=DUSK_ZH,
     agent_name=Z1), "exact fill；该订单唯一一次评论邀请，对话中买家没有先表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="吴女士", order_id="113-5509732-1186240", product=ROD_ZH,
     agent_name=Z2), "问候语和结尾换了说法；该订单唯一一次评论邀请 (JC2, JC9)",
     edits=[("吴女士，您好：", "吴女士，晚上好："), ("谢谢您！", "再次谢谢您！")], tags=["greeting", "sign-off"])

# --- zh-tw/mount/inside-outside
fill("zh-tw/mount/inside-outside", dict(buyer_name="陳小姐", product=DUSK_TW, min_depth="3 英吋", agent_name=W1),
     "exact fill")
fill("zh-tw/mount/inside-outside", dict(buyer_name="黃先生", product=HIVE_TW_LONG, min_depth="2 英吋", agent_name=W2),
     "商品欄位貼了完整的商品標題；問候語改了 (JC2)",
     edits=[("黃先生 您好：", "黃先生 午安：")], tags=["greeting", "long-value"])
# --- zh-tw/blind/cut-width
fill("zh-tw/blind/cut-width", dict(buyer_name="張太太", product=DUSK_TW, max_trim="4 英吋", agent_name=W2), "exact fill")
fill("zh-tw/blind/cut-width", dict(buyer_name="王小姐", product=DUSK_TW, max_trim="4 英吋", agent_name=W1),
     "一句話前後對調、意思不變 (JC2)",
     edits=[("動手之前請再量一次，因為裁過的捲簾就不能再更換了。", "裁過的捲簾就不能再更換了，所以動手之前請務必再量一次。")],
     tags=["paraphrase"])
# --- zh-tw/safety/cords
fill("zh-tw/safety/cords", dict(buyer_name="李先生", product=HIVE_TW, agent_name=W1), "exact fill")
fill("zh-tw/safety/cords", dict(buyer_name="邱太太", product=DUSK_TW, agent_name=W2),
     "問候語後加了一句恭喜的話 (JC2)",
     edits=[("邱太太 您好：", "邱太太 您好：\n\n恭喜您家裡即將迎接新成員！")], tags=["warm-line"])
fill("zh-tw/safety/cords", dict(buyer_name="周小姐", product=HIVE_TW, agent_name=W1),
     "結尾祝福語改了 (JC2)", edits=[("平安順心", "祝 寶寶平安長大")], tags=["sign-off"])
# --- zh-tw/apology/spring
fill("zh-tw/apology/spring", dict(buyer_name="蘇先生", product=HIVE_TW, agent_name=W2), "exact fill")
fill("zh-tw/apology/spring", dict(buyer_name="趙小姐", product=HIVE_TW, agent_name=W1),
     "第二段從「如果簾子是往下滑」處拆成兩段 (JC2)",
     edits=[("讓彈簧重新對準。如果簾子", "讓彈簧重新對準。\n\n如果簾子")], tags=["split"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    add_to(tid, vals, anchor, sentence, note, FX, [], True, sep=sep, tags=tags)


fill_log("en/measure/window", dict(buyer_name="Ms Ashworth-Kim", product=DUSK, agent_name=A3),
         "do not subtract anything yourself.",
         "The TrueSill measuring kit from the same order shipped on its own this morning by USPS, tracking 9202690317046658213305, so it should be with you before you start.",
         "measuring kit sent separately, with tracking (JC1)", ["split-shipment", "tracking"])
fill_log("en/brackets/fitting", dict(buyer_name="Mr Tremlett", product=DUSK, agent_name=A4),
         "whether both ends are locked.",
         "The bracket bag that should have been taped inside your box went out separately today by USPS, tracking 9202690317046658247718; it holds both brackets, the centre support and all the screws.",
         "missing bracket bag sent, as its own paragraph (JC1, JC6)", ["missing-part", "tracking"], sep="\n\n")
fill_log("en/blind/cut-width", dict(buyer_name="Ms Obuya", product=DUSK, max_trim="4 inches", agent_name=A1),
         "can no longer be exchanged.",
         "If you decide to keep it at full width after all, the uncut blind can still go back through Your Orders for a refund within 30 days.",
         "return window for an uncut blind (JC1, JC5)", ["returns", "custom-cut"])
fill_log("en/care/cleaning", dict(buyer_name="Mr Lockridge", product=DUSK, agent_name=A2),
         "start to smell musty.",
         "Your second blind, the 70-inch one, is too long for a standard parcel, so it travels in its own long box with OnTrac, tracking D10048827730152, and is due on Tuesday.",
         "second blind in a long box with an oversize carrier (JC1, JC4)", ["long-box", "split-shipment", "tracking"], sep="\n\n")
fill_log("en/warranty/spring-motor", dict(buyer_name="Ms Anstruther", product=HIVE, warranty_years="three years",
         claim_id="SWC-40305", order_id="113-9051726-4483310", agent_name=A3),
         "against order 113-9051726-4483310.",
         "If the shade has to come back for inspection, we will post a prepaid return label in this thread, so the return shipping will cost you nothing.",
         "how the shade would travel back (JC1)", ["returns"])
fill_log("en/apology/light-gap", dict(buyer_name="Mr Cheevers", product=DUSK, agent_name=A4),
         "which of the two would suit it better.",
         "The side channels you added to the order yesterday have been packed in the same box as the blind, so both will be delivered together on Friday.",
         "two items of one order combined into one parcel (JC1)", ["merge-shipment", "delivery"])
fill_log("zh/measure/window", dict(buyer_name="徐女士", product=DUSK_ZH, agent_name=Z2),
         "您不必自己减掉。",
         "您同一订单里的量尺套装今天已经单独发货，USPS 运单号 9202690317046658302168，应该能在您动手测量之前送到。",
         "量尺套装单独发货并附运单号 (JC1)", ["split-shipment", "tracking"])
fill_log("zh/brackets/fitting", dict(buyer_name="马先生", product=DUSK_ZH, agent_name=Z1),
         "确认两端都已经锁紧。",
         "您反映箱子里缺少的支架配件包今天已经补发，USPS 运单号 9202690317046658319947，里面有两个支架、中间辅助支架和全部螺丝。",
         "补发缺少的支架配件包，单独成段 (JC1, JC6)", ["missing-part", "tracking"], sep="\n\n")
fill_log("zh/care/cleaning", dict(buyer_name="刘女士", product=DUSK_ZH, agent_name=Z2),
         "或者产生霉味。",
         "另外，您退回的那幅未裁切的卷帘仓库已经收到，退款会在三到五个工作日内退回原支付方式。",
         "未裁切卷帘退货后的退款 (JC1, JC5)", ["returns", "refund"], sep="\n\n")
fill_log("zh/warranty/motor", dict(buyer_name="杨小姐", product=DUSKM_ZH, warranty_years="两年",
         order_id="112-6620841-3375096", claim_id="SWC-40316", agent_name=Z1),
         "登记了保修记录 SWC-40316。",
         "您同一订单里那幅八十英寸宽的卷帘超过了普通包裹的长度，由 OnTrac 用长纸箱单独派送，运单号 D10048827731409。",
         "超长卷帘由大件承运商单独派送 (JC1, JC4)", ["long-box", "split-shipment", "tracking"])
fill_log("zh-tw/mount/inside-outside", dict(buyer_name="孫先生", product=DUSK_TW, min_depth="3 英吋", agent_name=W2),
         "內嵌也很合適。",
         "另外，您要更改的收件地址我們已經更新，包裹會直接寄到新家。",
         "出貨前更改收件地址 (JC1, JC17)", ["address"], sep="\n\n")
fill_log("zh-tw/safety/cords", dict(buyer_name="宋太太", product=DUSK_TW, agent_name=W1),
         "換成無繩的款式。",
         "運送途中壓凹的那支捲管，替換品今天已經寄出，UPS 追蹤號碼 1ZV3K58A0361027745。",
         "運送中壓壞的捲管已補寄 (JC1, JC7)", ["damage", "tracking"], sep="\n\n")

# ============================================================ 3. free logistics -> []
L = "logistics"
for buyer, text, tags, note in [
    ("Mr Adewale-Stone",
     "Hello Mr Adewale-Stone,\n\nYour 72-inch Duskline blind ships fully assembled, in a box a little over 6 feet long. At that length UPS handles it as a large package, which rules out an Amazon Locker or a PO box. It is booked to your street address and left our Spokane warehouse this afternoon, tracking 1ZV3K58A0361041186. Large packages can take a day longer than ordinary parcels.\n\nBest regards,\nImogen",
     ["long-box", "tracking"], "long box handled as a large package (JC4)"),
    ("Ms Penhallurick",
     "Hi Ms Penhallurick,\n\nI'm sorry your blinds are running late. They travel in a long box with OnTrac, which carries our oversize parcels on the West Coast, and the box missed its connection at the Sacramento hub on Monday. OnTrac now expects to deliver on Thursday, and tracking D10048827732281 will update once it is back on a truck. If nothing has arrived by Saturday, tell us here and we will send a second set.\n\nDesmond",
     ["oversize", "delay", "tracking"], "oversize carrier delay (JC4)"),
    ("Mr Mistry-Cole",
     "Dear Mr Mistry-Cole,\n\nYour Ferrule curtain rod is with FedEx under tracking 398207746153 and is out for delivery today. Drivers usually reach your area in the afternoon. No signature is needed, so it may be left at your front door.\n\nKind regards,\nBeatrix",
     ["tracking"], "where is my order (JC17)"),
    ("Ms Sandhu-Weir",
     "Hi Ms Sandhu-Weir,\n\nI'm very sorry the blind arrived with its aluminium tube bent in the middle. Your photos show the box was crushed on the way, which is down to the journey and not to you. A replacement in the same size and colour left us today by UPS, tracking 1ZV3K58A0361058832. There is no need to send the damaged one back; please recycle it, or keep the fabric if it is any use.\n\nCaspian",
     ["damage", "tracking"], "tube bent in transit, replacement sent (JC7)"),
    ("Mr Gallacher",
     "Hello Mr Gallacher,\n\nThank you for letting us know the shipping tube was split open when it reached you. Before the packaging goes out with the rubbish, could you reply with two or three photos of the tube and its label? The carrier needs them for our damage claim. As soon as they arrive we will ship a new tension rod, whatever the claim decides.\n\nImogen",
     ["damage"], "photos for a carrier claim (JC7)"),
    ("Ms Rowntree",
     "Dear Ms Rowntree,\n\nI'm sorry the blind turned out too narrow for your window. It was cut to the width on your order, which makes it a made-to-measure item, and those can only come back if they arrive faulty or differ from the size ordered. Our workshop record for order 114-6203958-1170442 shows it was cut to the 31 1/2 inches requested, so we are unable to accept the return. If you think the width is not what you ordered, send a photo of a tape measure held against the headrail and we will check again.\n\nCaspian",
     ["returns", "custom-cut"], "custom-cut blind cannot be returned; the measurements quoted are order data (JC5, JC16)"),
    ("Mr Dabrowski",
     "Hi Mr Dabrowski,\n\nYes, a Duskline you have not cut can still come back. Open a return in Your Orders within 30 days of delivery; the label Amazon gives you is for UPS. Please pack it in the original long box with the end caps on, so the tube cannot slide about, and tape both ends firmly.\n\nDesmond",
     ["returns", "packing"], "return of an uncut blind, with packing (JC5)"),
    ("Ms Eklund-Price",
     "Hello Ms Eklund-Price,\n\nOur Lexington warehouse checked in your returned Hivecell shade this morning, unused and in its box. A refund of $64.99 has gone back to your original payment method and normally shows within three to five business days.\n\nBeatrix",
     ["refund", "returns"], "refund of a return (JC5, JC16)"),
    ("Mr Hargreave",
     "Dear Mr Hargreave,\n\nThe curtain rod you returned reached us without its two end finials. We have refunded $38.00 today, which is the $46.00 price less $8.00 for the finials. If they turn up, send them back with the free label in Your Orders and we will refund the remaining $8.00 when they arrive.\n\nCaspian",
     ["refund", "returns"], "partial refund for a return missing parts (JC5, JC6, JC16)"),
    ("Ms Zubiri",
     "Hi Ms Zubiri,\n\nYour order had not left the warehouse yet, so we have changed the delivery address to 48 Alder Crescent, Apt 3, as you asked. The old address has been taken off the shipment, and the new one will show in Your Orders within the hour.\n\nImogen",
     ["address"], "address change before dispatch (JC17)"),
    ("Mr Kinsella",
     "Hello Mr Kinsella,\n\nFedEx could not deliver your tension rods yesterday because the address on the order has no apartment number. Thanks for sending it: we have passed unit 5C on to FedEx, and they will try again on the next business day, tracking 398207746390.\n\nDesmond",
     ["address", "delivery-exception", "tracking"], "missing apartment number (JC17)"),
    ("Ms Amankwah",
     "Dear Ms Amankwah,\n\nI'm sorry the bracket bag was missing from your Duskline box. A new bag with both brackets, the centre support, the chain tension device and the screws went out today by USPS, tracking 9202690317046658422719, and should reach you in two to three days.\n\nBeatrix",
     ["missing-part", "tracking"], "missing bracket bag sent (JC6)"),
    ("Mr Pettigrew",
     "Hi Mr Pettigrew,\n\nWe have cancelled the second order, 111-7092486-3355019, as you asked, since it repeated the first. It had not shipped, so you will not be charged for it. Your original order for the two Hivecell shades is unaffected.\n\nCaspian",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC16)"),
    ("Ms Tavernier",
     "Hello Ms Tavernier,\n\nI'm sorry, we sent the Duskline in ivory instead of the charcoal you ordered. The charcoal blind ships today by UPS, tracking 1ZV3K58A0361079914. A prepaid return label for the ivory one is waiting in Your Orders; please send it back within 30 days in the box it came in.\n\nImogen",
     ["fulfilment", "returns", "tracking"], "wrong colour sent and exchanged (JC6)"),
    ("Mr Bellingham",
     "Dear Mr Bellingham,\n\nYour order is coming in two parts. The three blackout blinds left our Spokane warehouse with OnTrac, tracking D10048827733917, and are due on Wednesday. The curtain rod and the tie-backs ship from Lexington with FedEx, tracking 398207746521, and should arrive a day later.\n\nDesmond",
     ["split-shipment", "tracking"], "split shipment (JC4, JC17)"),
    ("Ms Okonjo",
     "Hi Ms Okonjo,\n\nUPS shows your parcel as delivered at 2:14 pm yesterday, at the side door. Long boxes are sometimes propped along a fence or behind the bins, so it may be worth a look, or a word with the neighbours. We have also asked UPS to trace it. If it has not turned up by Monday, reply here and we will send a replacement.\n\nBeatrix",
     ["delivery", "tracking"], "marked delivered but not found (JC17)"),
    ("Mr Sorley",
     "Hello Mr Sorley,\n\nBefore your made-to-width blind goes to the cutting table, we need to check one figure. Order 112-5831047-6690283 gives the width as 3 1/2 inches, which looks like a typing slip for 35 1/2 inches. Please reply with the correct width; the blind will be cut and shipped within two working days of your answer.\n\nCaspian",
     ["width-confirmation"], "confirming an order's cut width before it can ship (JC11)"),
    ("Ms Brightwater",
     "Dear Ms Brightwater,\n\nThe replacement spring unit for your Hivecell shade, under claim SWC-40377, left us today by USPS, tracking 9202690317046658530016, and should arrive by the end of the week. There is nothing you need to send back.\n\nImogen",
     ["warranty-shipment", "tracking"], "shipment of a warranty replacement part (JC12)"),
    ("Mr Lindsey-Park",
     "Hi Mr Lindsey-Park,\n\nThe address on your order is a PO box, and the box for a 68-inch blind is too long to be delivered there. Could you reply with a street address where someone can take it in, such as your home or your workplace? The order will ship as soon as we have it.\n\nDesmond",
     ["long-box", "address"], "long box cannot go to a PO box (JC4)"),
]:
    free(L, "en", buyer, text, [], note, tags)

for buyer, text, tags, note in [
    ("雷先生",
     "雷先生，您好：\n\n您订购的七十二英寸遮光卷帘是整支组装好发货的，包装纸箱长度超过六英尺，UPS 按大件包裹处理，所以不能寄到亚马逊自提柜，也不能寄到邮政信箱。包裹今天下午已经从我们的仓库发出，运单号 1ZV3K58A0361082257。大件包裹有时会比普通包裹晚一天送达。\n\n蒯雨桐",
     ["long-box", "tracking"], "长纸箱按大件包裹处理 (JC4)"),
    ("曹女士",
     "曹女士，您好：\n\n很抱歉您的卷帘晚到了。超长纸箱由 OnTrac 负责派送，周一在中转站错过了转运班次。OnTrac 现在预计周四送达，运单号 D10048827734560，重新装车后物流信息就会更新。如果周六还没有收到，请在这里告诉我们，我们会再寄一套。\n\n阙志航",
     ["oversize", "delay", "tracking"], "大件承运商延误 (JC4)"),
    ("柳先生",
     "柳先生，您好：\n\n您的 Snugfit 伸缩杆由 FedEx 承运，运单号 398207746688，目前显示今天派送，一般下午会到您所在的区域。这件包裹不需要签收，可能会放在您家门口。\n\n蒯雨桐",
     ["tracking"], "查询物流 (JC17)"),
    ("冉女士",
     "冉女士，您好：\n\n非常抱歉，您收到的卷帘铝管中间被压弯了。从照片看，纸箱是在运输途中被压坏的，这不是您的责任。同样尺寸和颜色的新卷帘今天已经用 UPS 补发，运单号 1ZV3K58A0361093308。压坏的那一幅不用寄回，您直接处理掉就可以。\n\n阙志航",
     ["damage", "tracking"], "运输途中压弯，已补发 (JC7)"),
    ("牛先生",
     "牛先生，您好：\n\n很遗憾卷帘装上去偏窄了。这幅卷帘是按您下单时填写的宽度裁切的，属于定制商品，只有到货有质量问题或者尺寸与订单不符时才能退货。我们查了订单 113-2740681-5529316 的工坊记录，实际裁切宽度和您填写的 29 英寸一致，所以这次没法办理退货。如果您认为尺寸有出入，请把卷尺贴着上梁拍一张照片发给我们，我们再核对一次。\n\n蒯雨桐",
     ["returns", "custom-cut"], "定制裁切的卷帘不能退货 (JC5, JC16)"),
    ("尚女士",
     "尚女士，您好：\n\n没有裁切过的卷帘可以退货。请在收货后三十天内从“我的订单”里申请退货，亚马逊会提供 UPS 的退货标签。打包时请用原来的长纸箱，装好两端的端盖，免得卷管在箱子里滑动，再用胶带把纸箱两头封牢。\n\n阙志航",
     ["returns", "packing"], "未裁切卷帘的退货与打包 (JC5)"),
    ("佟先生",
     "佟先生，您好：\n\n订单还没有出库，我们已经按照您的要求把收货地址改成了新地址，稍后您就能在订单详情里看到更新。原来的地址已经从这批货里删除，不会再往那里派送。\n\n蒯雨桐",
     ["address"], "发货前修改地址；“删除”只是指旧地址 (JC16, JC17)"),
    ("欧阳女士",
     "欧阳女士，您好：\n\n很抱歉您的 Duskline 包装里少了支架配件包。新的配件包今天已经用 USPS 寄出，运单号 9202690317046658611154，里面有两个支架、中间辅助支架、拉珠固定器和全部螺丝，预计两三天内送到。\n\n阙志航",
     ["missing-part", "tracking"], "补寄缺少的支架配件包 (JC6)"),
    ("司马先生",
     "司马先生，您好：\n\n您重复下的订单 114-3059172-8846620 已经按您的要求取消了。这笔订单还没有发货，不会向您收费；您原来那笔两幅蜂巢帘的订单不受影响，会正常发货。\n\n蒯雨桐",
     ["cancellation"], "取消重复订单 (JC6, JC16)"),
    ("上官女士",
     "上官女士，您好：\n\n您的订单会分两批送达：三幅遮光卷帘从斯波坎仓库由 OnTrac 发出，运单号 D10048827735127，预计周三送到；窗帘杆和绑带从列克星敦仓库由 FedEx 发出，运单号 398207746834，大约晚一天到。\n\n阙志航",
     ["split-shipment", "tracking"], "分批发货 (JC17)"),
    ("常先生",
     "常先生，您好：\n\n我们的仓库今天上午收到了您退回的 Hivecell 蜂巢帘，包装完好，没有使用过。$59.99 的退款已经退回您原来的支付方式，一般三到五个工作日内到账。\n\n蒯雨桐",
     ["refund", "returns"], "退货后的退款 (JC5, JC16)"),
    ("鲍女士",
     "鲍女士，您好：\n\n保修记录 SWC-40461 对应的替换电机今天已经用 UPS 寄出，运单号 1ZV3K58A0361104471，预计本周内送达。旧电机不需要寄回。\n\n阙志航",
     ["warranty-shipment", "tracking"], "保修替换件的寄送 (JC12)"),
]:
    free(L, "zh", buyer, text, [], note, tags)

for buyer, text, tags, note in [
    ("蔣先生",
     "蔣先生 您好：\n\n您訂購的 Duskline 捲簾長度超過一百八十公分，會用特長紙箱出貨，貨運公司把它當成大型包裹處理，所以無法寄到亞馬遜自取櫃或郵政信箱。包裹今天已經從倉庫寄出，UPS 追蹤號碼 1ZV3K58A0361115526，大型包裹偶爾會比一般包裹晚一天送達。\n\n曲怡安",
     ["long-box", "tracking"], "特長紙箱視為大型包裹 (JC4)"),
    ("程小姐",
     "程小姐 您好：\n\n您的 Ferrule 窗簾桿由 FedEx 配送，追蹤號碼 398207746972，目前顯示今天派送中，通常下午會到您那一區。這件包裹不需要簽收，可能會放在門口。\n\n甄承恩",
     ["tracking"], "查詢包裹 (JC17)"),
    ("古先生",
     "古先生 您好：\n\n非常抱歉，您收到的蜂巢簾上樑在運送途中被壓彎了。我們已經補寄一組新的，UPS 追蹤號碼 1ZV3K58A0361126690。壓壞的那組不用寄回，直接回收處理就可以。\n\n曲怡安",
     ["damage", "tracking"], "運送途中壓壞，已補寄 (JC7)"),
    ("田小姐",
     "田小姐 您好：\n\n很抱歉捲簾裝上去之後比您預期的窄。依照訂單上填寫的寬度裁切的捲簾屬於訂製品，只有到貨時有瑕疵或尺寸和訂單不符，才能辦理退貨。我們核對了訂單 111-8426093-5017734 的裁切紀錄，實際寬度和您填的 33 英吋一致，所以這次無法受理退貨。\n\n甄承恩",
     ["returns", "custom-cut"], "訂製裁切品不能退貨 (JC5, JC16)"),
    ("韓先生",
     "韓先生 您好：\n\n包裹已經出貨，我們這邊不能再改地址了，不過我們已經聯絡 UPS，請他們改送到您的新地址。改址通常會讓送達時間延後一天，追蹤號碼是 1ZV3K58A0361137745。\n\n曲怡安",
     ["address", "tracking"], "出貨後由貨運公司改址 (JC17)"),
    ("嚴太太",
     "嚴太太 您好：\n\n很抱歉您收到的捲簾少了支架配件包。新的配件包今天已經用 USPS 補寄，追蹤號碼 9202690317046658729983，裡面有兩個支架、中間輔助支架和全部螺絲，大約兩到三天會送達。\n\n甄承恩",
     ["missing-part", "tracking"], "補寄缺少的支架包 (JC6)"),
    ("鐘小姐",
     "鐘小姐 您好：\n\n您訂製的捲簾在裁切之前，我們想先確認一個數字：訂單 112-9053816-4427180 上的高度是 7 英吋，看起來像是 70 英吋少打了一個 0。請回覆正確的尺寸，我們收到後兩個工作天內就會裁切並出貨。\n\n曲怡安",
     ["width-confirmation"], "出貨前確認訂製尺寸 (JC11)"),
]:
    free(L, "zh", buyer, text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for buyer, text, tags, note in [
    ("Ms Mwangi",
     "Hi Ms Mwangi,\n\nThe Duskline can go in a bathroom, as long as it is out of the direct spray of the shower. The fabric copes with steam and the blackout backing does not soak up water. After a hot shower, leave it lowered for a while so the damp can evaporate before you roll it up.\n\nImogen",
     ["advice"], "bathroom use (JC10)"),
    ("Mr Quenby",
     "Hello Mr Quenby,\n\nFor a window 60 inches wide, the 48 to 84 inch Ferrule rod is the size that fits. Set the brackets about 4 inches beyond each side of the frame and extend the rod to roughly 72 inches, so the curtains can be drawn clear of the glass and let in all the daylight when they are open.\n\nDesmond",
     ["advice", "sizing"], "the buyer asked which rod size suits the window; no price, offer or push (JC10)"),
    ("Ms Hathersage",
     "Dear Ms Hathersage,\n\nThe Snugfit tension rod holds up to 10 pounds when it is twisted firmly between two solid surfaces. A pair of lined blackout curtains for an ordinary window usually weighs 5 to 7 pounds, so it should cope. Grip the rod with both hands as you tighten it, and check it again after a day, since fresh paint can give a little.\n\nBeatrix",
     ["advice"], "tension rod load (JC10)"),
    ("Mr Ruskin-Bose",
     "Hi Mr Ruskin-Bose,\n\nMost people fix tie-backs about a third of the way up the curtain, or level with the window sill. Lower gives a softer, looser drape; higher lets in more light. Hold the curtain back by hand at a few heights before you drill, and pick the one you like best.\n\nCaspian",
     ["advice"], "tie-back height (JC10)"),
    ("Ms Delacroix-Ng",
     "Hello Ms Delacroix-Ng,\n\nThank you for the video of the blind stopping halfway. I have passed it to our motor technician, who is in the workshop tomorrow, and I will reply here by Thursday evening with what he suggests.\n\nImogen",
     ["holding"], "holding reply about a motor fault (JC14)"),
    ("Mr Yeboah",
     "Hi Mr Yeboah,\n\nThat is great to hear. I'm glad the blinds are up and the room is dark at last. Have a restful weekend.\n\nDesmond",
     ["courtesy"], "courtesy-only reply (JC15)"),
    ("Ms Vollmer",
     "Dear Ms Vollmer,\n\nOn a full charge the Duskline Motion motor runs for about three months if the blind goes up and down twice a day. It recharges in about four hours from the USB-C cable in the box. In a cold room the charge lasts a little less, because low temperatures slow the battery down.\n\nBeatrix",
     ["advice"], "motor battery life (JC10)"),
    ("Mr Agbaje",
     "Hello Mr Agbaje,\n\nThe Hivecell suits a home with cats, since there are no cords for them to play with. The cells can be scratched, though, so if your cat likes to sit on the sill, keep the shade a few inches above it during the day.\n\nCaspian",
     ["advice"], "pets and cordless shades (JC10)"),
    ("Ms Carruthers",
     "Hi Ms Carruthers,\n\nNow that your curtain rod has been up for a couple of weeks, you might like to tell other shoppers on Amazon how it has held up. Whatever you make of it, a few words from someone who has used it are useful. Thanks for ordering from us.\n\nImogen",
     ["review-request"], "neutral review request in the seller's own words: template-required only (JC9)"),
    ("Mr Nordby",
     "Dear Mr Nordby,\n\nIn a bay window each flat section normally gets its own blind. Measure every pane of the bay on its own, and for inside mounting take the width from the points where the angled walls meet, so that neighbouring blinds do not collide in the corners. A gap of about 1/4 inch between them is normal.\n\nBeatrix",
     ["advice", "measuring"], "measuring a bay window (JC10)"),
]:
    free(N, "en", buyer, text, [TR], note, tags)

for buyer, text, tags, note in [
    ("邝女士",
     "邝女士，您好：\n\nDuskline 遮光卷帘可以装在卫生间，只是不要正对着淋浴喷头。面料能承受水汽，背面的遮光层也不吸水。洗完热水澡以后，先让卷帘放下一会儿，等潮气散掉再卷起来。\n\n蒯雨桐",
     ["advice"], "卫生间能否使用 (JC10)"),
    ("贝先生",
     "贝先生，您好：\n\nSnugfit 伸缩杆在两面结实的墙之间拧紧以后，最多能承重十磅左右。普通窗户用的一对带衬里的遮光窗帘一般在五到七磅之间，可以放心使用。拧紧时请用双手握住杆身，一天以后再检查一次，刚刷过漆的墙面可能还有点软。\n\n阙志航",
     ["advice"], "伸缩杆承重 (JC10)"),
    ("查女士",
     "查女士，您好：\n\n谢谢您发来卷帘停在半空的视频。我已经转给我们的电机技术员，他明天在工坊，我会在周四晚上之前在这里回复他的建议。\n\n蒯雨桐",
     ["holding"], "电机故障的等待答复 (JC14)"),
    ("饶先生",
     "饶先生，您好：\n\n太好了，很高兴卷帘已经装好，房间终于暗下来了。祝您周末休息愉快！\n\n阙志航",
     ["courtesy"], "纯礼貌性回复 (JC15)"),
    ("麦女士",
     "麦女士，您好：\n\n窗帘杆装上已经两周了，如果您愿意，可以在亚马逊上跟其他顾客说说它用得怎么样。无论感受如何，用过的人说的话都很有参考价值。谢谢您在我们这里购买。\n\n蒯雨桐",
     ["review-request"], "卖家自己措辞的中性评论邀请：只标 template-required (JC9)"),
    ("廉先生",
     "廉先生，您好：\n\n绑带一般装在窗帘下摆往上大约三分之一的位置，或者和窗台齐平。装低一些，窗帘垂得更自然；装高一些，进来的光线更多。打孔之前，可以先用手把窗帘拢在几个不同的高度比一比，再做决定。\n\n阙志航",
     ["advice"], "绑带的高度 (JC10)"),
]:
    free(N, "zh", buyer, text, [TR], note, tags)

for buyer, text, tags, note in [
    ("辛先生",
     "辛先生 您好：\n\nHivecell 蜂巢簾的蜂巢結構會把空氣留在格子裡，夏天可以擋掉一部分從窗戶進來的熱，冬天也能減少室內的暖氣往外散。內嵌安裝、讓簾子貼近玻璃，並在白天陽光最強的時候放下來，效果最好。\n\n曲怡安",
     ["advice"], "隔熱效果 (JC10)"),
    ("梅小姐",
     "梅小姐 您好：\n\nFerrule 窗簾桿可以裝在天花板上，只要把支架轉九十度、讓螺絲孔朝上就可以。請一定要鎖在木條或天花板的骨架上，只鎖在石膏板上的話，窗簾一拉就可能鬆脫。\n\n甄承恩",
     ["advice"], "窗簾桿裝在天花板 (JC10)"),
    ("易小姐",
     "易小姐 您好：\n\n要把新的遙控器和 Duskline Motion 配對，請先按住捲簾馬達端頭的小按鈕三秒，聽到嗶一聲後放開，再按遙控器背面的配對鍵。捲簾上下動一下，就表示配對成功了。\n\n曲怡安",
     ["advice"], "遙控器配對 (JC10)"),
]:
    free(N, "zh", buyer, text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for buyer, lang, trad, text, note in [
    ("Mr Stainforth", "en", False,
     "Hi Mr Stainforth,\n\nQuick version: steel tape, eighth-inch accuracy. Inside the recess, take three widths and send the smallest, and three heights and send the biggest. Going on the wall? Add about three inches per side. Width before height, and leave the deductions to us.\n\nImogen",
     "retells en/measure/window (JC13)"),
    ("Ms Grimaldi", "en", False,
     "Hello Ms Grimaldi,\n\nInside looks tidier but needs a deep enough recess and lets a sliver of light in at the sides. Outside blocks far more light, hides a crooked frame and clears handles or sensors. For a dark bedroom I'd go outside; for looks, inside.\n\nDesmond",
     "retells en/mount/inside-outside (JC13)"),
    ("Mr Whitelaw", "en", False,
     "Hi Mr Whitelaw,\n\nMark the holes two inches in from each end, level them, then drill. Pilot holes for wood, plugs for plasterboard or brick, and a middle bracket on anything over 48 inches. Chain end in first, then click the other end home.\n\nBeatrix",
     "retells en/brackets/fitting (JC13)"),
    ("Ms Fonseca-Lyle", "en", False,
     "Dear Ms Fonseca-Lyle,\n\nYou can take up to four inches off, but cut the same from fabric, tube and bar, and remember a cut blind can't be swapped. Blade for the fabric, hacksaw for the metal, file the edges, then roll it by hand. If it tracks sideways, shave a hair off the long side.\n\nCaspian",
     "retells en/blind/cut-width (JC13)"),
    ("Mr Keswick", "en", False,
     "Hi Mr Keswick,\n\nShort answer: the cellular shades have no cords at all, so they are the safest pick for a child's room. The roller blinds use a chain that must be held tight by the tensioner fixed to the wall. Either way, keep the cot away from the window.\n\nImogen",
     "retells en/safety/cords (JC13)"),
    ("Ms Rutherford-Ali", "en", False,
     "Hello Ms Rutherford-Ali,\n\nDust it with a soft brush or the vacuum on low. For spots, a damp white cloth and a little mild soap, pressed rather than rubbed. No washing machine, no bleach, and let it dry hanging down.\n\nDesmond",
     "retells en/care/cleaning (JC13)"),
    ("Mr Blackmore", "en", False,
     "Hi Mr Blackmore,\n\nSorry about the light leaks. The fabric is fully blackout; the glow comes through the side gaps a roller blind needs to turn. Side channels or an outside mount will cure most of it. Send us the window size and we'll say which.\n\nBeatrix",
     "retells en/apology/light-gap (JC13)"),
    ("卞先生", "zh", False,
     "卞先生，您好：\n\n简单说：用钢尺，精确到八分之一英寸。内装的话，宽度量三处取最小，高度量三处取最大；外装的话两边各加三英寸左右。先写宽、后写高，间隙我们来扣。\n\n蒯雨桐",
     "转述 zh/measure/window (JC13)"),
    ("闻女士", "zh", False,
     "闻女士，您好：\n\n离两端约两英寸画孔位，水平对齐后再打孔。木头先打引孔，石膏板和砖墙用膨胀管，超过四十八英寸加一个中间支架。先卡拉珠那头，再按另一头。\n\n阙志航",
     "转述 zh/brackets/fitting (JC13)"),
    ("滑先生", "zh", False,
     "滑先生，您好：\n\n平时用软刷或者吸尘器低档除尘就行。有污渍就用湿白布加一点中性洗洁精按一按，别搓。不能机洗，不能用漂白剂，晾的时候要放下来晾。\n\n蒯雨桐",
     "转述 zh/care/cleaning (JC13)"),
    ("燕女士", "zh", False,
     "燕女士，您好：\n\n电机在保修期内坏了我们负责：按键没反应、只响不转、电池不耐用都算，自己裁坏、硬拉帘布或者进水不算。麻烦拍段视频和端头标签的照片发过来，我们就能开始处理。\n\n阙志航",
     "转述 zh/warranty/motor (JC13)"),
    ("華小姐", "zh", True,
     "華小姐 您好：\n\n簡單說，內嵌比較好看，但窗框要夠深，兩側會透一點光；外掛遮光好很多，也能蓋住歪的窗框和把手。臥室要全暗就選外掛。\n\n曲怡安",
     "轉述 zh-tw/mount/inside-outside (JC13)"),
    ("俞太太", "zh", True,
     "俞太太 您好：\n\n抱歉簾子停不住。先把它拉到底再推到頂，來回五六次讓彈簧對準，也看看底桿兩端的配重片還在不在。還是不行的話，拍段影片給我們。\n\n甄承恩",
     "轉述 zh-tw/apology/spring (JC13)"),
]:
    free(R, lang, buyer, text, [TR], note, ["rewrite"], trad=trad)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for buyer, lang, trad, text, note in [
    ("Ms Kariuki", "en", False,
     "Hi Ms Kariuki,\n\nYour two Duskline blinds will be delivered by UPS on Thursday. When they arrive, unroll them fully and let them hang for a day before fitting, so that any creases from the box can drop out.\n\nCaspian",
     "delivery day plus first-use advice (JC8)"),
    ("Mr Vickery", "en", False,
     "Hello Mr Vickery,\n\nThe missing bracket bag shipped this morning by USPS. While you wait, check that your recess is at least 2 inches deep; if it is shallower, the brackets will need to go on the wall above the frame instead.\n\nImogen",
     "missing part sent plus mounting advice (JC6, JC8)"),
    ("Ms Montague-Shah", "en", False,
     "Dear Ms Montague-Shah,\n\nThe return label for the uncut blind is now in Your Orders. For the next one, measure the recess at the top, the middle and the bottom, and order the smallest width, so that it fits snugly.\n\nDesmond",
     "return label plus measuring advice (JC5, JC8)"),
    ("Mr Olumide", "en", False,
     "Hi Mr Olumide,\n\nYour replacement tension rod has shipped with FedEx and should arrive on Monday. To stop it slipping, put the rubber end caps against the frame rather than the glass, and give it one more turn after it first feels tight.\n\nBeatrix",
     "replacement shipped plus fitting advice (JC8)"),
    ("Ms Branscombe", "en", False,
     "Hello Ms Branscombe,\n\nThe long box with your 70-inch blind is with OnTrac, and delivery is due on Friday. As it is going in your daughter's room, screw the chain tensioner to the wall as soon as the blind is up.\n\nCaspian",
     "delivery plus child-safety advice (JC4, JC8)"),
    ("竺先生", "zh", False,
     "竺先生，您好：\n\n您的两幅卷帘周四由 UPS 送达。收到后请先把卷帘完全放下挂一天再安装，纸箱里压出的折痕会自然消失。\n\n蒯雨桐",
     "送达日期加安装前的建议 (JC8)"),
    ("艾女士", "zh", False,
     "艾女士，您好：\n\n替换的伸缩杆已经由 FedEx 发出，预计周一送到。安装时把橡胶端头顶在窗框上，不要顶在玻璃上，拧到感觉紧了以后再多转一圈，就不容易滑下来。\n\n阙志航",
     "补发加安装建议 (JC8)"),
    ("荣女士", "zh", False,
     "荣女士，您好：\n\n未裁切卷帘的退货标签已经放在订单页面里了。下次订购前，请在上、中、下三处量宽度，按最窄的数字下单，新卷帘就能刚好装进窗框。\n\n蒯雨桐",
     "退货标签加测量建议 (JC5, JC8)"),
    ("錢太太", "zh", True,
     "錢太太 您好：\n\n您的蜂巢簾預計週五由 FedEx 送達。收到後請先把簾子完整拉下、推上幾次，讓彈簧適應，之後就比較不會自己滑下來。\n\n甄承恩",
     "送達日期加使用建議 (JC8)"),
    ("段先生", "zh", True,
     "段先生 您好：\n\n缺少的支架包今天已經補寄。等待的這幾天，可以先確認窗框深度有沒有 2 英吋，不夠深的話，支架就要改裝在窗框上方的牆面。\n\n曲怡安",
     "補寄加安裝建議 (JC6, JC8)"),
]:
    free(M, lang, buyer, text, [TR], note, trad=trad)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, is_log=False, sep=" ", tags=()):
    add_to(tid, vals, anchor, sentence, note + " (JC3)", V, labels, is_log, sep=sep, tags=["template-based"] + list(tags))


add_bad("en/measure/window", dict(buyer_name="Mr Pendlebury", product=DUSK, agent_name=A2),
        "do not subtract anything yourself.",
        "P.S. Add the matching Ferrule curtain rod this week and take 15% off with code HUSHWEEK.",
        [MKT, TR], "P.S. with a discount code for a rod", sep="\n\n")
add_bad("en/mount/inside-outside", dict(buyer_name="Ms Szewczyk", product=DUSK, min_depth="3 inches", agent_name=A3),
        "inside works very well.",
        "And if you end up happy with the blind, a five-star rating from you would mean a lot to our family business.",
        [RI, TR], "five-star ask, conditional on being happy")
add_bad("en/brackets/fitting", dict(buyer_name="Mr Lafferty", product=DUSK, agent_name=A4),
        "whether both ends are locked.",
        "If you get stuck, text our installer Rob directly on (971) 555-0128 and he will talk you through it on a video call.",
        [OPC, TR], "installation help moved to a phone number")
add_bad("en/care/cleaning", dict(buyer_name="Ms Oduro", product=DUSK, agent_name=A1),
        "Sillwren Window Co. Customer Care",
        "help@sillwren-home.com | www.sillwren-home.com",
        [OPC, TR], "e-mail address and website added to the signature block", sep="\n", tags=["signature"])
add_bad("en/apology/light-gap", dict(buyer_name="Mr Harwell-Diaz", product=DUSK, agent_name=A1),
        "would suit it better.",
        "Please give us the chance to sort this out here before you write a review; we would much rather hear it from you first than read it on Amazon.",
        [RI, TR], "review diversion: an unhappy buyer is asked to hold off reviewing")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Loveridge", product=HIVE, order_id="111-2954083-7718264",
        agent_name=A2),
        "the next range we design.",
        "Once your review is live, send us a screenshot and we will send you a $10 Amazon gift card as a thank-you.",
        [RI, TR], "gift card in exchange for a review")
add_bad("en/warranty/spring-motor", dict(buyer_name="Mr Hakimi", product=DUSKM, warranty_years="five years",
        claim_id="SWC-40392", order_id="114-6681320-9954017", agent_name=A3),
        "against order 114-6681320-9954017.",
        "Please post the faulty motor back to our workshop in its original box and email the postage receipt to returns@sillwren-home.com so we can match it to your claim.",
        [OPC], "an e-mail address for a return shipment: the added sentence is logistics, so no template-required",
        is_log=True, sep="\n\n")
add_bad("en/safety/cords", dict(buyer_name="Ms Greatorex", product=HIVE, agent_name=A4),
        "worth the effort.",
        "We also post a short child-safety video every week on Instagram at @sillwrenhome, so do follow us there.",
        [OPC, TR], "social handle and a follow request", sep="\n\n")
free(V, "en", "Mr Farnsworth",
     "Hi Mr Farnsworth,\n\nYour blinds were held up for two days at the OnTrac hub and are now due on Wednesday, tracking D10048827736684. To make up for the wait, we'll include a free set of Looplace tie-backs if you leave us a five-star review once they're up.\n\nCaspian",
     [RI, TR], "delay notice (logistics) plus free tie-backs for a five-star review; the review part is not logistics (JC3)",
     ["free-written"])
free(V, "en", "Ms Penberthy",
     "Hello Ms Penberthy,\n\nWe can still change the delivery address, because the blinds have not left the warehouse. To save time, please email the new address to orders@sillwren-home.com rather than replying here, and we will update the shipment.\n\nDesmond",
     [OPC], "address change moved to e-mail: the content is still an address change, so no template-required (JC3)",
     ["free-written"])

add_bad("zh/measure/window", dict(buyer_name="晋先生", product=DUSK_ZH, agent_name=Z1),
        "您不必自己减掉。",
        "量尺寸时有任何疑问，可以加我们的微信 sillwren_cs，直接把照片发给客服看。",
        [OPC, TR], "测量咨询转到微信")
add_bad("zh/brackets/fitting", dict(buyer_name="卫女士", product=DUSK_ZH, agent_name=Z2),
        "确认两端都已经锁紧。",
        "装好以后如果您满意，麻烦给我们一个五星好评，非常感谢！",
        [RI, TR], "满意才请求五星好评")
add_bad("zh/care/cleaning", dict(buyer_name="邹先生", product=DUSK_ZH, agent_name=Z1),
        "或者产生霉味。",
        "另外，本店新款亚麻纹遮光卷帘本月上架，老顾客下单立减百分之十五，欢迎选购！",
        [MKT, TR], "新品上架并附老顾客立减", sep="\n\n")
add_bad("zh/warranty/motor", dict(buyer_name="祖先生", product=DUSKM_ZH, warranty_years="两年",
        order_id="113-4470918-6625301", claim_id="SWC-40418", agent_name=Z2),
        "登记了保修记录 SWC-40418。",
        "电机换好之后，麻烦您把之前留的一星评价改成好评。",
        [RI, TR], "要求把差评改成好评")
add_bad("zh/review/neutral-request", dict(buyer_name="井女士", order_id="112-0837264-5519902", product=HIVE_ZH,
        agent_name=Z1),
        "下一批产品的设计里。",
        "留完评论后请把截图传给我们，我们会再退给您五美元作为感谢。",
        [RI, TR], "留评截图返还现金", sep="\n\n")
free(V, "zh", "靳先生",
     "靳先生，您好：\n\n很抱歉，您的卷帘因为超长包裹转运延误，预计周五送达，运单号 D10048827737731。为表歉意，欢迎加入我们的微信群 sillwren_cs，在群里可以领取下次购物的八折优惠券。\n\n阙志航",
     [MKT, OPC, TR], "延误通知（物流）加微信群与八折优惠券；优惠券部分不是物流 (JC3)", ["free-written"])

add_bad("zh-tw/mount/inside-outside", dict(buyer_name="湛小姐", product=DUSK_TW, min_depth="3 英吋", agent_name=W2),
        "內嵌也很合適。",
        "也歡迎到 Facebook 搜尋 Sillwren 窗飾粉絲專頁按讚，每週都有安裝示範影片。",
        [OPC, TR], "導向 Facebook 粉絲專頁", sep="\n\n")
add_bad("zh-tw/safety/cords", dict(buyer_name="冷先生", product=HIVE_TW, agent_name=W1),
        "換成無繩的款式。",
        "如果您覺得這些說明有幫助，請到商品頁給我們五顆星的評價，謝謝！",
        [RI, TR], "有幫助才請求五顆星評價")
add_bad("zh-tw/blind/cut-width", dict(buyer_name="薄太太", product=DUSK_TW, max_trim="4 英吋", agent_name=W2),
        "通常就能改善。",
        "如果裁錯需要寄回，請把退貨的運單號碼用 LINE 傳給我們，帳號是 @sillwrentw。",
        [OPC], "退貨運單號改用 LINE 傳送：補上的句子是物流，所以不標 template-required", is_log=True, sep="\n\n")
free(V, "zh", "商小姐",
     "商小姐 您好：\n\n您缺少的支架包今天已經補寄，USPS 追蹤號碼 9202690317046658833472。下次直接到我們的官網 sillwren-home.com 訂購，全館一律九折。\n\n甄承恩",
     [MKT, OPC, TR], "補寄通知（物流）加官網九折並導向站外購買；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
