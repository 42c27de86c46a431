# -*- coding: utf-8 -*-
"""Labelled seller replies of t65 (imported by gen.py). Every text was written for this set.

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
    """Render a template, then apply (old, new) edits in turn; each old must occur exactly once."""
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
    """An edit that hard-wraps the one paragraph beginning with `starts`, as a mail client would."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def swap(a, b, sep=" "):
    """An edit that swaps two adjacent sentences."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Imogen Castleberry", "Lucan Adeyinka-Frost", "Philippa Oyelowo-Grant", "Teodor Brackenridge"
Z1, Z2 = "濮文清", "端木悦"
W1, W2 = "樂品萱", "豐柏均"
T1, T3, DD = "Bramblecote Arden T1 turntable", "Bramblecote Arden T3 BT turntable", "Bramblecote Corbel DD turntable"
PRE_MM, PRE_MC = "Kestle MM phono preamp", "Kestle MM/MC phono preamp"
M5, M7 = "Vireo M5 moving-magnet cartridge", "Vireo M7 moving-magnet cartridge"
B4, B4A = "Loxley B4 bookshelf speakers", "Loxley B4A powered bookshelf speakers"
T1_LONG = ("Bramblecote Arden T1 Belt-Drive Turntable with Switchable Built-In Phono Preamp, 33/45 RPM, Pre-Mounted "
           "Vireo M5 Moving Magnet Cartridge, Aluminium Platter, Hinged Dust Cover, Walnut Veneer Plinth")
DD_LONG = ("Bramblecote Corbel DD Direct-Drive Turntable, 33/45/78 RPM with Pitch Control, S-Shaped Tonearm, "
           "Detachable Headshell, Strobe Platter, Isolation Feet, Line and Phono Outputs")
B4_LONG = ("Bramblecote Loxley B4 Passive Bookshelf Speakers (Pair), 5.25-Inch Woven Woofer, 1-Inch Silk Dome "
           "Tweeter, Rear Bass Port, Spring-Loaded Binding Posts, 40-120W, Black Ash Finish")
KIT_ZH = "Kingfisher 黑胶唱片清洁套装"
KIT_ZH_LONG = "Bramblecote Kingfisher 黑胶唱片清洁套装（含清洗液、碳纤维刷、超细纤维绒布、防滑垫和晾片架）"
T3_ZH = "Arden T3 BT 蓝牙唱机"
T3_ZH_LONG = "Bramblecote Arden T3 BT 蓝牙黑胶唱机 皮带传动 33/45转 内置唱放 自动回臂 附防尘罩 复古木纹"
T1_ZH, DD_ZH = "Arden T1 唱机", "Corbel DD 直驱唱机"
T1_TW, DD_TW, T3_TW = "Arden T1 黑膠唱盤", "Corbel DD 直驅唱盤", "Arden T3 BT 藍牙唱盤"
T1_TW_LONG = "Bramblecote Arden T1 皮帶傳動黑膠唱盤 內建可切換唱頭放大器 33/45轉 鋁合金轉盤 附防塵蓋 胡桃木紋機座"
M5_TW, M7_TW = "Vireo M5 動磁唱頭", "Vireo M7 動磁唱頭"
B4_TW = "Loxley B4 書架喇叭"

# ============================================================ 1. filled templates -> []
fill("en/turntable/speed", dict(buyer_name="Mr Whitlaw", turntable=T1, agent_name=A1), "exact fill")
fill("en/turntable/speed", dict(buyer_name="Ms Okereke", turntable=T1_LONG, agent_name=A2),
     "the whole listing title in the turntable slot; greeting changed (JC2)",
     edits=[("Hello Ms Okereke,", "Good evening Ms Okereke,")], tags=["greeting", "long-value"])
fill("en/turntable/first-setup", dict(buyer_name="Ms Eberhardt", turntable=T1, tracking_force="1.8 grams", agent_name=A4),
     "exact fill")
_v = dict(buyer_name="Mr Fairbrass", turntable=T1, tracking_force="2.0 grams", agent_name=A1)
fill("en/turntable/first-setup", _v, "first and second paragraphs hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/turntable/first-setup", _v, "Here is how", 70),
            rewrap("en/turntable/first-setup", _v, "Lift the platter", 70)], tags=["reflow"])
fill("en/turntable/first-setup", dict(buyer_name="Ms Gwilliam", turntable=T3, tracking_force="1.8 grams", agent_name=A2),
     "one sentence of the second paragraph split in two (JC2)",
     edits=[("Put the platter back on the spindle, pull the ribbon away, and turn the platter",
             "Put the platter back on the spindle and pull the ribbon away. Then turn the platter")], tags=["split"])
fill("en/preamp/connect", dict(buyer_name="Mr Hazeldine", preamp=PRE_MM, agent_name=A3),
     "exact fill; LINE IN is an amplifier input, not the messaging app (JC14)")
fill("en/preamp/connect", dict(buyer_name="Ms Inchbald", preamp=PRE_MC, agent_name=A4),
     "sign-off turned into a warm line (JC2)",
     edits=[("Kind regards,", "Enjoy the first spin, and kind regards,")], tags=["sign-off", "warm-line"])
fill("en/troubleshoot/hum", dict(buyer_name="Ms Kirwan", turntable=DD, agent_name=A2),
     "sympathy line with no product content added after the greeting (JC2)",
     edits=[("Hello Ms Kirwan,", "Hello Ms Kirwan,\n\nI know how much you were looking forward to your first evening with it.")],
     tags=["warm-line"])
fill("en/troubleshoot/hum", dict(buyer_name="Mr Lumsden", turntable=T3, agent_name=A3),
     "the cable-crossing sentence paraphrased with the same facts (JC2)",
     edits=[("Where a signal cable has to meet a power cord, let them cross at a right angle instead of running side by side.",
             "If a signal cable must pass a power cord, have them cross at ninety degrees rather than lie alongside each other.")],
     tags=["paraphrase"])
fill("en/stylus/care", dict(buyer_name="Ms Maddox-Ige", cartridge=M5, stylus_hours="800 to 1,000 hours", agent_name=A4),
     "exact fill")
fill("en/stylus/care", dict(buyer_name="Mr Nettleford", cartridge=M7, stylus_hours="1,000 hours", agent_name=A1),
     "second and third paragraphs run together into one (JC2)",
     edits=[("turn rough.\n\nWhen that time comes", "turn rough. When that time comes")], tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Ms Ormerod", product=T3, warranty_period="two-year", case_id="BCA-CS-33176",
     order_id="112-7824905-1913226", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Pankhurst-Yeo", product=DD_LONG, warranty_period="three-year",
     case_id="BCA-CS-30861", order_id="112-5602688-1976983", agent_name=A3),
     "listing title in the product slot (it contains 'Line and Phono Outputs'); sign-off changed (JC2, JC14)",
     edits=[("Yours sincerely,", "With best wishes,")], tags=["long-value", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Ms Quilliam", product=PRE_MC, warranty_period="three-year",
     case_id="BCA-CS-39143", order_id="114-0723354-9220489", agent_name=A4),
     "one-phrase wording change: 'in a few lines' becomes 'briefly' (JC2)",
     edits=[("describe the fault in a few lines in this thread", "describe the fault briefly in this thread")],
     tags=["wording"])
fill("en/apology/skipping", dict(buyer_name="Mr Rainsford", turntable=T1, agent_name=A1), "exact fill")
fill("en/apology/skipping", dict(buyer_name="Ms Scarisbrick", turntable=T3, agent_name=A2),
     "the first two of the three causes swapped (JC2)",
     edits=[swap("The deck may not be level, so put a small spirit level on the platter and adjust the feet until the bubble sits in the centre.",
                 "The tracking force may be too light for the cartridge, or the anti-skate may be set well above the tracking force and pull the arm outwards.")],
     tags=["reorder"])
fill("en/review/neutral-request", dict(buyer_name="Mr Trevithick", product=B4, order_id="111-8354507-4091523", agent_name=A3),
     "exact fill; the only review request for this order, and the buyer had not praised the product in the thread (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Saskia", product=PRE_MM, order_id="112-3565205-1411272", agent_name=A4),
     "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hello Saskia,", "Hi Saskia,"), ("Thank you,", "Many thanks,")], tags=["greeting", "sign-off"])
fill("en/speakers/placement", dict(buyer_name="Ms Underhill", speakers=B4, wall_gap="8 inches", agent_name=A1),
     "exact fill")
fill("en/speakers/placement", dict(buyer_name="Mr Varga-Stokes", speakers=B4_LONG, wall_gap="8 inches", agent_name=A2),
     "listing title in the speakers slot; a warm line about the buyer's new flat added (JC2)",
     edits=[("Dear Mr Varga-Stokes,", "Dear Mr Varga-Stokes,\n\nCongratulations on the move to your new flat.")],
     tags=["long-value", "warm-line"])

fill("zh/cleaning/kit", dict(buyer_name="栾女士", kit=KIT_ZH, agent_name=Z1), "exact fill")
fill("zh/cleaning/kit", dict(buyer_name="靳先生", kit=KIT_ZH_LONG, agent_name=Z2),
     "整段商品标题放入 kit 占位符，问候语改为晚上好 (JC2)", edits=[("靳先生，您好：", "靳先生，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/cleaning/kit", dict(buyer_name="芮女士", kit=KIT_ZH, agent_name=Z1),
     "问候后加一句与产品无关的体谅话 (JC2)",
     edits=[("芮女士，您好：", "芮女士，您好：\n\n刚从旧货市场搬回一整箱老唱片，想必很想马上听一听。")], tags=["warm-line"])
fill("zh/turntable/bluetooth", dict(buyer_name="邰先生", turntable=T3_ZH, agent_name=Z2), "exact fill")
fill("zh/turntable/bluetooth", dict(buyer_name="郜女士", turntable=T3_ZH_LONG, agent_name=Z1),
     "整段商品标题放入 turntable 占位符，结尾祝语改写 (JC2)", edits=[("祝您使用愉快！", "祝您周末听得尽兴！")],
     tags=["long-value", "sign-off"])
fill("zh/warranty/claim", dict(buyer_name="荆先生", product=T1_ZH, warranty_period="两年", case_id="BCA-CS-35323",
     order_id="111-2127369-2651033", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="卞女士", product=DD_ZH, warranty_period="三年", case_id="BCA-CS-39877",
     order_id="113-8731854-8579603", agent_name=Z1),
     "最后一段两句调换顺序 (JC2)",
     edits=[swap("为了尽快判断原因，请在本对话中简单写下故障现象，并附上一张照片或一段短视频。",
                 "这次售后已经登记为案例 BCA-CS-39877，对应订单 113-8731854-8579603。", sep="")], tags=["reorder"])
fill("zh/review/neutral-request", dict(buyer_name="冷先生", product=T1_ZH, order_id="113-0589821-2543350", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，买家此前没有在对话中表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="闻女士", product="Loxley B4 书架音箱", order_id="113-7890884-8354046",
     agent_name=Z2), "问候语改为周末好；本订单唯一一次评论邀请 (JC2, JC9)",
     edits=[("闻女士，您好：", "闻女士，周末好：")], tags=["greeting"])
fill("zh/apology/surface-noise", dict(buyer_name="甄先生", turntable=T1_ZH, agent_name=Z2), "exact fill")
fill("zh/apology/surface-noise", dict(buyer_name="敖女士", turntable=T3_ZH, agent_name=Z1),
     "第二段从中间断开，分成两段 (JC2)",
     edits=[("就会发出噼啪声。播放前", "就会发出噼啪声。\n\n播放前")], tags=["reflow"])

fill("zh-tw/dustcover/care", dict(buyer_name="張先生", turntable=T1_TW, agent_name=W1), "exact fill")
fill("zh-tw/dustcover/care", dict(buyer_name="李小姐", turntable=DD_TW, agent_name=W2),
     "問候語改為午安，並加一句與產品無關的體諒話 (JC2)",
     edits=[("李小姐 您好：", "李小姐 午安：\n\n剛搬完家又要重新擺設整套音響，辛苦您了。")], tags=["greeting", "warm-line"])
fill("zh-tw/dustcover/care", dict(buyer_name="郭太太", turntable=T3_TW, agent_name=W1),
     "第一段後兩句調換順序 (JC2)",
     edits=[swap("請把兩個鉸鏈的金屬片對準唱盤背面的插槽，垂直往下插到底即可，不需要任何工具。",
                 "防塵蓋打開到大約七十度時會自己停住。", sep="")], tags=["reorder"])
fill("zh-tw/cartridge/alignment", dict(buyer_name="許先生", cartridge=M5_TW, tracking_force="一點八克", agent_name=W2),
     "exact fill")
fill("zh-tw/cartridge/alignment", dict(buyer_name="蘇小姐", cartridge=M7_TW, tracking_force="二克", agent_name=W1),
     "措辭微調：「先不要」改為「暫時不要」 (JC2)", edits=[("先不要鎖得太緊", "暫時不要鎖得太緊")], tags=["wording"])
fill("zh-tw/troubleshoot/one-channel", dict(buyer_name="趙先生", product=T1_TW, agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/one-channel", dict(buyer_name="孫太太", product=DD_TW, agent_name=W1),
     "結尾祝語改寫 (JC2)", edits=[("祝 一切順利", "祝 週末愉快")], tags=["sign-off"])
fill("zh-tw/review/neutral-request", dict(buyer_name="曹先生", product=B4_TW, order_id="112-0823242-7305831", agent_name=W2),
     "exact fill；本訂單唯一一次評論邀請，買家先前沒有在對話中表示滿意 (JC9)")
fill("zh-tw/review/neutral-request", dict(buyer_name="蔣小姐", product=T1_TW_LONG, order_id="112-1674518-9479071",
     agent_name=W1), "exact fill；整段商品標題放入 product 佔位符；本訂單唯一一次評論邀請 (JC2, JC9)",
     tags=["long-value"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it joins a trailing (JCn) group if the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/turntable/speed", dict(buyer_name="Mr Yelland", turntable=DD, agent_name=A4),
         "we will explain how to fine-tune it.",
         "The spare dust cover on the same order left our Allentown warehouse separately with FedEx, tracking 393964376353, and is due on Wednesday.",
         "split-shipment tracking for the dust cover, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/turntable/first-setup", dict(buyer_name="Ms Zielinski-Moor", turntable=T1, tracking_force="1.8 grams", agent_name=A1),
         "set the anti-skate dial to the same number.",
         "If you decide to return it instead, turn the transport screw back clockwise until it is snug, refit the stylus guard, and pack the platter, belt and counterweight in their own foam slots before you seal the box.",
         "packing rules for a return: the transport screw is re-tightened for the journey back, not for use (JC4)",
         ["returns", "packing"])
fill_log("en/preamp/connect", dict(buyer_name="Mr Ackroyd", preamp=PRE_MM, agent_name=A2),
         "while the first record starts.",
         "The second pair of RCA cables that was missing from your box went out today by USPS, tracking 9405503699300951557305.",
         "missing cables sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Birtwistle", product=DD, warranty_period="two-year", case_id="BCA-CS-31274",
         order_id="111-0218099-9602275", agent_name=A3),
         "for order 111-0218099-9602275.",
         "If the deck has to come to our repair bench, we will put a prepaid UPS return label in Your Orders, so shipping it back costs you nothing.",
         "how the deck would travel to the repair bench (JC5)", ["returns", "warranty-shipping"])
fill_log("en/speakers/placement", dict(buyer_name="Mr Entwistle", speakers=B4, wall_gap="8 inches", agent_name=A4),
         "does not reach the stylus.",
         "Your Loxley stands ship separately from our Ontario, California warehouse with UPS, tracking 1ZB7R4964866451259, and should be delivered on Friday.",
         "stands shipped from a second warehouse", ["split-shipment", "tracking"])
fill_log("en/stylus/care", dict(buyer_name="Ms Fothergill", cartridge=M5, stylus_hours="800 to 1,000 hours", agent_name=A1),
         "until it clicks into place.",
         "As you asked, we have cancelled the second stylus brush that was added to your order by mistake; it had not shipped, so you will not be charged for it.",
         "duplicate line cancelled before dispatch (JC6, JC14)", ["cancellation"])
fill_log("zh/cleaning/kit", dict(buyer_name="宣先生", kit=KIT_ZH, agent_name=Z2),
         "自然晾干大约十分钟，再装回内袋。",
         "套装里的清洗液含酒精，承运商按易燃液体处理，只能走陆运，所以清洁套装会比唱机晚两三天送达，运单号 1ZB7R4966206389735。",
         "清洗液只能陆运，属于承运规则 (JC4)", ["carriage-rules", "split-shipment", "tracking"])
fill_log("zh/turntable/bluetooth", dict(buyer_name="荀女士", turntable=T3_ZH, agent_name=Z1),
         "中间尽量不要隔着墙或金属柜。",
         "如果您决定退货，请先装回唱针保护罩，把转盘和皮带取下来放进原包装的泡沫槽里，再封箱寄回。",
         "退货的打包要求 (JC4)", ["returns", "packing"])
fill_log("zh/warranty/claim", dict(buyer_name="燕先生", product=T3_ZH, warranty_period="两年", case_id="BCA-CS-30188",
         order_id="111-1174252-0814370", agent_name=Z2),
         "对应订单 111-1174252-0814370。",
         "如果需要寄回检修，我们会在“您的订单”里提供预付的 UPS 退货面单，运费由我们承担。",
         "寄回检修的面单 (JC5)", ["returns", "warranty-shipping"])
fill_log("zh/apology/surface-noise", dict(buyer_name="易女士", turntable=T1_ZH, agent_name=Z1),
         "我们会为您更换。",
         "另外，您反映包装里少了一把防静电刷，新的已经免费补发，由 USPS 寄出，运单号 9405503699300173638175。",
         "补发漏放的配件 (JC6, JC14)", ["fulfilment", "tracking"])
fill_log("zh-tw/dustcover/care", dict(buyer_name="古先生", turntable=T1_TW, agent_name=W2),
         "避免灰塵落在轉盤和唱針上。",
         "您反映防塵蓋的一個鉸鏈在運送途中斷裂，新的鉸鏈組今天已經寄出，追蹤單號 1ZB7R4965682484739。",
         "運送途中損壞的零件補寄 (JC7)", ["damage", "tracking"])
fill_log("zh-tw/cartridge/alignment", dict(buyer_name="程小姐", cartridge=M5_TW, tracking_force="一點八克", agent_name=W1),
         "確認左右聲道的音量平均。",
         "您另外訂購的唱頭放大器已經出貨，追蹤單號 395712774370，預計週四送達。",
         "另外訂購的唱頭放大器追蹤單號", ["tracking"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Grimshaw,\n\nYour Arden T1 left our Allentown warehouse this morning with UPS, tracking 1ZB7R4960392371278, and UPS expects to deliver it on Tuesday. The box is fairly large, so if nobody is home you can leave delivery instructions for the driver in UPS My Choice.\n\nImogen",
     ["tracking"], "tracking and delivery day (JC15)"),
    ("Hello Ms Hebblethwaite,\n\nUPS tried to deliver your speakers yesterday afternoon but could not get through the gate at your building. If you reply with the gate code or a note for the driver, we will pass it on, and UPS will try again on the next business day.\n\nLucan",
     ["delivery-exception"], "delivery exception at a gated building (JC15)"),
    ("Dear Mr Illingworth,\n\nBecause the Vireo M7 cartridge is a high-value item, FedEx will ask for a signature at delivery, tracking 390057239508. If you expect to be out, you can sign the door tag the driver leaves, or ask FedEx to hold the parcel at a nearby FedEx Office for you to collect.\n\nPhilippa",
     ["signature", "pickup-point"], "signature on delivery and a hold at a FedEx location (JC15)"),
    ("Hi Ms Jowett,\n\nThe box for the Arden T3 BT is bigger than the largest Amazon Locker compartment, so the locker you picked could not be used and the order is now addressed to your home. Once the tracking number shows in Your Orders, you can ask UPS to hold the parcel at a UPS Access Point instead.\n\nTeodor",
     ["locker", "pickup-point"], "locker too small for the box (JC15)"),
    ("Hello Mr Kershaw-Diallo,\n\nAs you asked, your parcel is waiting at the UPS Access Point in the hardware store on Beacon Street. Please bring a photo ID and the tracking number 1ZB7R4962775891914. The store keeps parcels for seven days; after that UPS sends it back to us and we refund the order.\n\nImogen",
     ["pickup-point", "tracking"], "parcel held at a pickup point (JC15)"),
    ("Hi Ms Lightbody,\n\nTo send the Arden T1 back, start the return in Your Orders and print the UPS label. Before packing, fit the clear guard over the stylus, take off the counterweight and lift out the platter; each has its own slot in the foam, and the platter goes in the bottom layer. Then turn the red transport screw clockwise until it stops, so the suspension is locked for the trip.\n\nLucan",
     ["returns", "packing"], "packing a turntable for its return (JC4)"),
    ("Dear Mr Mottram,\n\nOur Allentown warehouse checked in your returned Loxley B4 speakers this morning, and both cabinets are in good condition. A refund of $299.00 is on its way to your card and normally appears within three to five business days.\n\nPhilippa",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Ms Nuttall,\n\nYour returned Arden T1 reached us without its counterweight. We have refunded $349.00 less $18.00 for the counterweight, so $331.00 is on its way to you. If the counterweight turns up, send it back with the free label in Your Orders and we will refund the remaining $18.00 when it arrives.\n\nTeodor",
     ["refund", "returns"], "partial refund of a return that came back without a part (JC6, JC14)"),
    ("Hi Mr Oldroyd,\n\nYour stands shipped yesterday, so we are no longer able to edit the address on the order. With FedEx tracking 394245446777 you can ask for a redirect in FedEx Delivery Manager, or have the parcel held at a FedEx location near your new flat. FedEx may charge a small fee for the change.\n\nImogen",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hello Ms Pilkington-Sow,\n\nYour order is travelling in two parcels. The Corbel DD left Allentown with UPS, tracking 1ZB7R4966761547179, and is due on Monday. The Kestle preamp and the cleaning kit left our California warehouse with USPS, tracking 9405503699300320707834, and are due on Saturday.\n\nLucan",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Dear Mr Ramsbottom,\n\nWe have cancelled order 114-3208611-7200116, the second order for the replacement stylus, as you asked. It had not shipped, so nothing will be charged, and your first order is on its way as planned.\n\nPhilippa",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC6, JC14)"),
    ("Hi Ms Shackleton,\n\nI'm sorry the dust cover arrived with a crack across one corner; that happened in transit. A new cover shipped today by UPS, tracking 1ZB7R4961225908605. There is no need to send the broken one back, so please recycle it.\n\nTeodor",
     ["damage", "tracking"], "transit damage, replacement part sent (JC7)"),
    ("Hello Mr Tattersall,\n\nThe photos show a bent tonearm rest and a box crushed at one end, which happened on the way to you. A replacement Arden T3 BT ships tomorrow with FedEx, tracking 397023059068. Please keep the damaged deck in its box for now; once our claim with the carrier is filed, FedEx will collect it from your door.\n\nImogen",
     ["damage", "tracking"], "transit damage, replacement and collection of the damaged unit (JC7)"),
    ("Dear Ms Uttley,\n\nYour Loxley B4A speakers are clearing customs in Mississauga, which usually takes one or two business days. The import duties and taxes were collected by Amazon at checkout, so there is nothing to pay at the door. If the driver asks for payment, please decline and send us a photo of the notice.\n\nLucan",
     ["customs"], "customs clearance and prepaid import charges (JC7)"),
    ("Hi Mr Wolstenholme,\n\nThe cleaning fluid in your Kingfisher kit contains isopropyl alcohol, so carriers treat it as a flammable liquid that cannot travel by air. Orders to Hawaii therefore go by ground and sea, and the kit will take about two weeks to reach Honolulu, tracking 9405503699300860063767. The turntable on the same order went by air and should reach you this week.\n\nPhilippa",
     ["carriage-rules", "split-shipment", "tracking"], "a flammable cleaning fluid cannot fly (JC4)"),
    ("Hello Ms Ashworth-Lee,\n\nOur warehouse packed the Kestle MM preamp instead of the MM/MC model you ordered, and I'm sorry for the mix-up. The correct preamp ships today by UPS, tracking 1ZB7R4965963479531. A prepaid label for the wrong one is in Your Orders; please drop it at any UPS location within 30 days.\n\nTeodor",
     ["fulfilment", "returns"], "wrong model sent and its return (JC6)"),
    ("Hi Mr Brierley,\n\nThe winter storm across the Midwest has held up your parcel at the UPS hub in Louisville. UPS now gives Thursday as the delivery day. If it has not arrived by Saturday, tell us in this thread and we will ship a replacement.\n\nImogen",
     ["delay"], "weather delay with a new delivery day (JC15)"),
    ("Dear Ms Crabtree,\n\nUPS shows your stands as delivered at 2:14 pm yesterday, but the delivery photo shows a green door that is not yours. We have opened a trace with UPS and shipped a replacement pair today, tracking 1ZB7R4966830812344. If the first box turns up, reply here and we will send you a free return label for it.\n\nLucan",
     ["delivery", "tracking"], "parcel delivered to the wrong door (JC14, JC15)"),
    ("Hello Mr Dobson-Hale,\n\nI'm sorry the bag of floor spikes and locknuts was missing from your stands. A new bag went out today by USPS, tracking 9405503699300337188558, and should arrive in two to three days.\n\nPhilippa",
     ["fulfilment", "tracking"], "missing hardware sent (JC6)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("田先生，您好：\n\n您订购的 Arden T1 唱机今天上午已从阿伦敦仓库发出，由 UPS 配送，运单号 1ZB7R4968518920671，预计下周二送达。包装箱比较大，如果家里没人，可以在 UPS My Choice 里给快递员留下投递说明。\n\n濮文清",
     ["tracking"], "运单号与预计送达 (JC15)"),
    ("钟女士，您好：\n\n清洁套装里的清洗液含有异丙醇，承运商按易燃液体处理，不能空运。寄往阿拉斯加的包裹只能走陆运加海运，大约要两周才能送达，运单号 9405503699300999623799。同一订单里的唱机已经空运发出，这周就能收到。\n\n端木悦",
     ["carriage-rules", "split-shipment", "tracking"], "清洗液不能空运 (JC4)"),
    ("廉先生，您好：\n\n退货请在“您的订单”中申请并打印 UPS 退货面单。打包前请装回唱针保护罩，取下配重锤和转盘，分别放进原包装泡沫的对应位置，再把红色运输螺丝顺时针拧紧，锁住避震系统，以免运输途中损坏。\n\n濮文清",
     ["returns", "packing"], "唱机退货的打包要求 (JC4)"),
    ("冉女士，您好：\n\n仓库今天已签收您退回的 Loxley B4 音箱，检查后两只都完好，299美元的退款已经退回原支付方式，一般三到五个工作日到账。\n\n端木悦",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("沙先生，您好：\n\nFedEx 今天上午反馈派送失败：订单地址缺少单元号，快递员找不到收件人。请在本对话中回复完整的单元号，我们会转告 FedEx，下一个工作日重新派送。\n\n濮文清",
     ["delivery-exception", "address"], "派送异常，补充地址 (JC15)"),
    ("舒女士，您好：\n\n应您的要求，包裹已改送到 Oak Street 五金店里的 UPS Access Point 自提点。取件时请带上有照片的证件和运单号 1ZB7R4962771380883，自提点会保留七天。\n\n端木悦",
     ["pickup-point", "tracking"], "改送自提点 (JC15)"),
    ("宋先生，您好：\n\n已按您的要求取消重复下的订单 114-7875699-5433359。该订单还没有发货，不会扣款；您的第一笔订单照常配送。\n\n濮文清",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("隋女士，您好：\n\n非常抱歉，防尘罩在运输途中被压裂了。新的防尘罩今天已经由 UPS 补发，运单号 1ZB7R4968580104614；损坏的那个不用寄回，直接处理掉就可以。\n\n端木悦",
     ["damage", "tracking"], "运输损坏与补发 (JC7, JC14)"),
    ("佟先生，您好：\n\n您的音箱正在温哥华清关，一般需要一到两个工作日。进口关税和税费在下单时已经由亚马逊代收，快递员上门时如果要求付款，请不要支付，把通知单拍照发给我们处理。\n\n濮文清",
     ["customs"], "清关与预收税费 (JC7)"),
    ("卫女士，您好：\n\n您的订单分两个包裹发出：唱机由 UPS 从阿伦敦仓库发货，运单号 1ZB7R4962968463107，预计周一送达；音箱脚架由 FedEx 从加州安大略仓库发货，运单号 391977563201，预计周三送达。\n\n端木悦",
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("席先生，您好：\n\n包裹昨天已经发出，我们这边无法再修改收货地址。您可以用运单号 393077562261 在 FedEx Delivery Manager 申请改派，或者让 FedEx 把包裹留在新住处附近的网点，改派可能会收取少量费用。\n\n濮文清",
     ["address", "tracking"], "发货后修改收货地址 (JC14, JC15)"),
    ("夏女士，您好：\n\n很抱歉，您的唱机包装里漏放了皮带。新的皮带今天已经用 USPS 寄出，运单号 9405503699300642245687，预计两到三天送达。\n\n端木悦",
     ["fulfilment", "tracking"], "漏发配件后补寄 (JC6)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("柳先生 您好：\n\n您的 Corbel DD 唱盤昨天已從加州安大略倉庫出貨，由 FedEx 配送，追蹤單號 399191681300，預計下週一送達。這個包裹需要當面簽收，如果白天不在家，可以在 FedEx Delivery Manager 改約送達時間。\n\n樂品萱",
     ["tracking", "signature"], "追蹤單號與簽收 (JC15)"),
    ("雷小姐 您好：\n\n退貨請在「您的訂單」申請，並列印 UPS 退貨標籤。打包前請把唱針保護蓋裝回去，取下配重和轉盤，放進原廠泡棉的對應位置，再把運輸螺絲順時針鎖緊，固定避震系統，以免運送途中受損。\n\n豐柏均",
     ["returns", "packing"], "唱盤退貨的打包方式 (JC4)"),
    ("段先生 您好：\n\n倉庫已收到您退回的 Kestle 唱頭放大器，檢查沒有問題，129 美元的退款已退回原付款方式，大約三到五個工作天入帳。\n\n樂品萱",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("饒太太 您好：\n\n非常抱歉，照片顯示唱臂在運送途中被撞彎，外箱也有明顯壓痕。新的唱盤明天會用 UPS 寄出，追蹤單號 1ZB7R4960510457246；損壞的那一部請先保留原包裝，回收的時間我們會另外通知您。\n\n豐柏均",
     ["damage", "tracking"], "運送損壞與補寄 (JC7)"),
    ("鐘小姐 您好：\n\n依照您的要求，包裹已改送到 Elm Avenue 藥局內的 UPS Access Point。取件時請攜帶附照片的證件和追蹤單號 1ZB7R4968180567651，取件點會保留七天，逾期將退回給我們並辦理退款。\n\n樂品萱",
     ["pickup-point", "tracking"], "改送取件點 (JC15)"),
    ("閻先生 您好：\n\n寄往加拿大的訂單，進口關稅和稅金已在結帳時由亞馬遜代收。包裹目前在多倫多清關，大約需要一到兩個工作天，送達時快遞員不應再向您收費。\n\n豐柏均",
     ["customs"], "清關與預收關稅 (JC7)"),
    ("湛小姐 您好：\n\n很抱歉讓您久等。因為東岸的暴風雪，包裹在 UPS 的轉運中心延誤了兩天，物流資訊顯示目前預計週五送達。如果週日前還沒收到，請在這個對話告訴我們，我們會重新寄出。\n\n樂品萱",
     ["delay"], "天候延誤 (JC15)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Emmott,\n\nThe Arden T1 plays 33 1/3 and 45 only. Of our decks, the Corbel DD also turns at 78, but shellac 78s need a stylus with a much broader tip; an LP stylus rides in the bottom of the wider groove and picks up a lot of noise. Fit a 78 stylus before you play them and swap back for your LPs.\n\nImogen",
     ["advice", "comparison"], "the buyer asked which deck plays 78s; no price, offer or push to buy (JC10)"),
    ("Hello Mr Fazakerley,\n\nThe replacement for the stylus on your Vireo M5 is the Vireo VS-5. It slides into the same cartridge body without tools, and you do not need to re-align anything afterwards, because the body stays where it is on the headshell.\n\nLucan",
     ["advice", "compatibility"], "names the matching spare part the buyer asked about; no price or offer (JC10)"),
    ("Dear Ms Gledhill,\n\nYes, the Arden T3 BT sends sound over Bluetooth and through its RCA outputs at the same time, so the wired speakers in your living room and a Bluetooth speaker in the kitchen can play together. Set the wired volume on your amplifier and the Bluetooth volume on the speaker itself.\n\nPhilippa",
     ["advice"], "two outputs at once (JC10)"),
    ("Hi Mr Haworth,\n\nThe Arden T1 uses a standard half-inch mount, so most moving-magnet cartridges weighing 5 to 9 grams will fit. Heavier ones cannot be balanced with the supplied counterweight. As long as you use the built-in preamp, stay with moving magnet; a moving-coil cartridge would need a phono stage with an MC setting.\n\nTeodor",
     ["advice", "compatibility"], "cartridge upgrade (JC10)"),
    ("Hello Ms Ibbotson,\n\nThank you for the recording of the low rumble. I have passed it to our technicians, who will listen to it tomorrow morning, and I will come back to you with their advice by Friday.\n\nImogen",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Dear Mr Kenyon,\n\nThe Loxley B4 speakers are comfortable with amplifiers of about 30 to 120 watts per channel into 8 ohms, and 50 watts fills an ordinary living room easily. More important than the figure is not pushing a small amplifier until it distorts; a clipping amplifier is harder on tweeters than a large one running cleanly.\n\nLucan",
     ["advice"], "matching an amplifier (JC10)"),
    ("Hi Ms Longbottom,\n\nGlad the deck has reached you. The foam block under the tonearm and the twist tie holding the arm to its rest are only there for the journey, so take both off first. Also loosen the red screw beside the platter; while it is tight, the platter sits on a locked suspension and the sound comes out thin.\n\nPhilippa",
     ["advice", "unpacking"], "unpacking after delivery is first use, not delivery (JC11)"),
    ("Hello Mr Openshaw,\n\nPlease do not use the Kingfisher fluid on shellac 78s. It contains alcohol, which can dull and soften shellac. For those, use distilled water with one drop of mild washing-up liquid, rinse with plain distilled water, and stand them upright to dry.\n\nTeodor",
     ["advice"], "cleaning shellac records (JC10)"),
    ("Dear Ms Naylor,\n\nKeep your records upright like books on a shelf, never lying flat in tall piles, since the weight of a pile slowly bends the ones at the bottom. Keep them away from radiators and sunny windows, and use the inner sleeves so the vinyl does not rub against the card.\n\nImogen",
     ["advice"], "storing records (JC10)"),
    ("Hi Mr Roebuck,\n\nThe Loxley B4A has an optical input on the back of the left speaker, so you can run an optical cable straight from your TV. Set the TV's audio output to PCM rather than Dolby or auto, otherwise the speakers stay silent. They switch to whichever input receives a signal.\n\nLucan",
     ["advice"], "connecting a TV (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("章女士，您好：\n\nArden T3 BT 只支持三十三又三分之一转和四十五转。要播放七十八转的老唱片，需要能转七十八转的唱机，还要换上专用的七十八转唱针；普通唱针会沉到宽纹路的底部，噪音很大。\n\n濮文清",
     ["advice", "comparison"], "七十八转唱片 (JC10)"),
    ("赵先生，您好：\n\nArden T1 用的是标准半英寸安装孔，重量在五到九克之间的动磁唱头基本都能装，更重的唱头用原配配重锤没法平衡。机内唱放只支持动磁唱头，想换动圈唱头的话，需要另配一台支持 MC 的唱放。\n\n端木悦",
     ["advice", "compatibility"], "升级唱头 (JC10)"),
    ("周女士，您好：\n\n感谢您发来转盘转动时的视频。我已经转给技术人员，他们明天会仔细查看，周五前我会把处理意见回复给您。\n\n濮文清",
     ["holding"], "故障的等待回复 (JC12)"),
    ("祖先生，您好：\n\nArden T3 BT 一次只能连一个蓝牙设备，不能同时连两只蓝牙音箱。想在两个房间一起听的话，可以一个房间用蓝牙音箱，另一个房间用 RCA 线接有源音箱，两路输出可以同时工作。\n\n端木悦",
     ["advice"], "同时连接两个设备 (JC10)"),
    ("储女士，您好：\n\n唱机已经到了的话，唱臂下面的泡沫块和把唱臂绑在支架上的扎带都只是路上用的，请先拿掉。转盘旁边的红色螺丝也要松开，不然转盘被锁住，声音会发干发薄。\n\n濮文清",
     ["advice", "unpacking"], "收货后拆包装属于首次使用，不是派送 (JC11)"),
    ("仇先生，您好：\n\nLoxley B4 音箱适合每声道三十到一百二十瓦、八欧姆的功放，一般客厅用五十瓦左右就够了。更要紧的是别把小功放开到失真，削波的小功放比干净的大功放更容易伤高音单元。\n\n端木悦",
     ["advice"], "功放功率 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("池先生 您好：\n\nVireo M5 唱頭的替換唱針是 Vireo VS-5，直接插進原本的唱頭本體就可以，不需要工具，也不必重新校正。更換時請用手指捏住唱頭本體，不要捏唱臂。\n\n樂品萱",
     ["advice", "compatibility"], "買家詢問相容的替換唱針，無價格無促銷 (JC10)"),
    ("練小姐 您好：\n\n防靜電刷請在唱片轉動時使用：把刷毛輕輕放在唱片上，停留一兩圈，再慢慢往外側斜著移出去，灰塵就會集中在刷毛上。用完以後把刷子在桌邊輕敲兩下，灰塵就會掉下來。\n\n豐柏均",
     ["advice"], "防靜電刷的用法 (JC10)"),
    ("甯先生 您好：\n\n黑膠唱片請直立收納，像書本一樣排在櫃子上，不要平放疊高，最下面的唱片會被壓變形。也請避開暖氣和西曬的窗邊，並使用內襯袋，避免唱片和紙套摩擦。\n\n樂品萱",
     ["advice"], "唱片收納 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Thwaite,\n\nLPs are nearly always 33, singles 45, and the sleeve usually says which. Tap the speed button whenever you like, even mid-spin; it locks on in a few seconds. To check accuracy, pop the strobe disc on under room lighting: frozen dots mean spot on, drifting dots mean let us know which direction.\n\nImogen",
     "retells en/turntable/speed (JC13)"),
    ("Hello Ms Varley,\n\nDeck into the preamp's INPUT, preamp's OUTPUT into AUX or CD on the amp, never PHONO, since that doubles the gain. Screw the little earth wire under GND to keep hum out, and power the preamp up last with the volume down.\n\nLucan",
     "retells en/preamp/connect (JC13)"),
    ("Hi Mr Whiteley,\n\nHum is almost always earthing or cable routing. Make sure the earth wire is on the GND post and keep the audio leads clear of mains cables, crossing them square if they must meet. If the hum follows the arm or sits in one channel, push the cartridge clips back on firmly. Still there? Send us a recording.\n\nPhilippa",
     "retells en/troubleshoot/hum (JC13)"),
    ("Hello Ms Yeadon,\n\nGive the needle a light back-to-front flick with the little brush before you play, never side to side. Expect somewhere near a thousand hours from it; hissy loud bits and rough 's' sounds mean it's due. You only swap the needle itself: it pulls forward out of the cartridge and the new one clicks in.\n\nTeodor",
     "retells en/stylus/care (JC13)"),
    ("Hi Idris,\n\nMake an even triangle between you and the pair, toe them in a touch, and get the tweeters near ear level. Leave room behind for the rear port and nudge them back or forward until the bass tidies up. The pads stop them sliding on the stands, and the deck is happiest on a different shelf.\n\nImogen",
     "retells en/speakers/placement (JC13)"),
    ("Hello Mr Pemberley,\n\nIf you have a minute once you've lived with the speakers a while, we'd value an Amazon review telling others how they sound in your room, good or bad.\n\nLucan",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("俞女士，您好：\n\n先拿碳纤维刷扫掉浮灰，再喷几下清洗液，用绒布顺着纹路转着擦，擦完竖着晾十分钟左右就能收起来。清洗液别碰唱针和标签，绒布脏了用清水洗洗就行。\n\n端木悦",
     "改写 zh/cleaning/kit (JC13)"),
    ("岳先生，您好：\n\n音箱先开配对，唱机背后拨到 BT，蓝灯快闪，十来秒连上就常亮了，下回开机它自己会连。有一点延迟很正常；要是断断续续，把距离拉近到十米内，别隔墙。\n\n濮文清",
     "改写 zh/turntable/bluetooth (JC13)"),
    ("臧女士，您好：\n\n新唱片也噼啪响，真是扫兴，不好意思。多半是天干起静电吸了灰，放之前拿防静电刷扫一扫，屋里湿度弄到四成以上就好多了。每张都很响或者只有一边响的话，录段音发过来，我们给您换。\n\n端木悦",
     "改写 zh/apology/surface-noise (JC13)"),
    ("缪先生，您好：\n\n唱机保修管的是零件和做工的毛病，比如转速飘、一边没声、升降杆或按键坏了；唱针磨损、针杆碰弯、防尘罩磕裂、进水和自己拆过的都不管。麻烦把情况写几句，配张照片或视频发过来。\n\n濮文清",
     "改写 zh/warranty/claim，没有案例号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("鄔先生 您好：\n\n防塵蓋的兩片鉸鏈對準背面的插槽直直壓進去就好，不用工具，掀到七十度左右會停住。擦的時候用稍微沾濕的細纖維布，別用酒精或衛生紙。聽唱片時把蓋子掀開比較好，收起來再蓋上擋灰。\n\n豐柏均",
     "改寫 zh-tw/dustcover/care (JC13)"),
    ("溥小姐 您好：\n\n先把左右訊號線在擴大機背面對調試試：沒聲音的一邊跟著跑，就是唱盤或唱頭；不跟著跑，就看擴大機和喇叭線。如果是唱盤這端，把唱頭背面四個小夾子推緊，唱頭殼也鎖好。還是不行再跟我們說。\n\n樂品萱",
     "改寫 zh-tw/troubleshoot/one-channel (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Quarmby,\n\nUPS expects to deliver your Arden T1 on Wednesday. Give the new belt a day or two of playing before you judge the speed; a fresh belt can run a touch slow until it has bedded in.\n\nTeodor",
     "delivery day plus first-use advice (JC8)"),
    ("Hello Ms Rushworth,\n\nThe replacement stylus shipped today by USPS. Until it arrives, please don't play records with the bent one, as it can scar the grooves, and once it is fitted, check the tracking force again.\n\nImogen",
     "replacement shipped plus use advice (JC8)"),
    ("Dear Mr Sowerby,\n\nWe've set up your return, and the UPS label is in Your Orders. Before you pack it, one quick check: if the platter turns but the speed button changes nothing, the belt has probably slipped off the pulley, and refitting it takes a minute.\n\nLucan",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Ms Threlfall,\n\nYour preamp is clearing customs in Toronto and should be with you on Monday. Since your cartridge is a moving-coil model, set the gain switch on the back to MC before you connect it, or the sound will be very faint.\n\nPhilippa",
     "customs plus setup advice (JC8)"),
    ("Hello Mr Ainsworth,\n\nThe stands left our California warehouse yesterday and will be delivered a day after the speakers. Meanwhile the speakers are fine on a bookshelf; just bring them a few inches forward from the wall so the rear ports can breathe.\n\nTeodor",
     "split delivery plus placement advice (JC8)"),
    ("Dear Ms Beresford,\n\nWe have cancelled the extra bottle of cleaning fluid as you asked, so it will not ship. One bottle lasts a long time: three or four sprays per side are plenty, and more only leaves streaks.\n\nImogen",
     "cancellation plus cleaning advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("应先生，您好：\n\n补发的配重锤今天已经由 UPS 发出。收到后装到唱臂尾部，先把唱臂调到水平悬浮，再设定循迹力，否则针压不对容易跳针。\n\n濮文清",
     "补发加安装建议 (JC8)"),
    ("蒲女士，您好：\n\n音箱预计周四送达。刚开始的几十个小时，低音会比较紧，用一段时间就会放开，这是正常的磨合过程。\n\n端木悦",
     "送达加使用说明 (JC8)"),
    ("伏先生，您好：\n\n您的唱放还在多伦多清关，唱机已经先到了。等待期间可以先把唱机装好、调好循迹力，唱放一到就能接上听。\n\n濮文清",
     "清关加使用建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("嵇小姐 您好：\n\n補寄的皮帶今天已經寄出。收到以後套上去，先讓轉盤空轉十分鐘再聽，新皮帶剛開始轉速會稍微不穩。\n\n豐柏均",
     "補寄加使用建議 (JC8)"),
    ("冀先生 您好：\n\n喇叭架預計週三送達。架子的立柱裡可以倒進乾沙增加重量，低音會更扎實，也比較不容易晃動。\n\n樂品萱",
     "送達加擺放建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/turntable/speed", dict(buyer_name="Mr Pargeter", turntable=DD, agent_name=A1),
        "we will explain how to fine-tune it.",
        "P.S. This weekend the Kestle MM/MC phono preamp is 15% off with code SPINDLE15 when you buy it with any turntable.",
        [MKT, TR], "P.S. with a discount code for a preamp", sep="\n\n")
add_bad("en/speakers/placement", dict(buyer_name="Ms Quested", speakers=B4, wall_gap="8 inches", agent_name=A2),
        "does not reach the stylus.",
        "If they sound as good as you hoped, a five-star review would mean a great deal to our small team.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/troubleshoot/hum", dict(buyer_name="Mr Rowbotham", turntable=T1, agent_name=A3),
        "we will go through it with you.",
        "Or text our technician on WhatsApp at +1 610-555-0138 and he will talk you through it live.",
        [OPC, TR], "troubleshooting moved to WhatsApp")
add_bad("en/apology/skipping", dict(buyer_name="Ms Sidebottom", turntable=T3, agent_name=A4),
        "we will replace the turntable.",
        "Please hold off on writing a review until we have had the chance to put this right for you.",
        [RI, TR], "review gating: an unhappy buyer is asked not to review yet")
add_bad("en/stylus/care", dict(buyer_name="Mr Tolhurst", cartridge=M5, stylus_hours="800 to 1,000 hours", agent_name=A1),
        "until it clicks into place.",
        "Our new Vireo M7 cartridge launches on the 1st, and anyone who pre-orders this month gets a spare stylus included, so now is a good moment to upgrade.",
        [MKT, TR], "new-product announcement and a push to buy", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Upjohn", product=T1, order_id="111-4745676-4246824", agent_name=A2),
        "to improve our equipment.",
        "As a thank-you, we will post you a free stylus brush as soon as your review goes live.",
        [RI, TR], "a free accessory in exchange for a review")
add_bad("en/preamp/connect", dict(buyer_name="Mr Verity", preamp=PRE_MC, agent_name=A3),
        "while the first record starts.",
        "For quicker answers, write to our bench team at bench@bramblecote-audio.com instead of using Amazon messages.",
        [OPC, TR], "support moved to an e-mail address")
add_bad("en/warranty/claim", dict(buyer_name="Ms Wadsworth", product=T3, warranty_period="two-year", case_id="BCA-CS-37513",
        order_id="114-5133717-7243030", agent_name=A4),
        "for order 114-5133717-7243030.",
        "Once the replacement ships, you can follow it on our own tracking page at bramblecote-audio.com/track rather than in your Amazon account.",
        [OPC], "tracking on the seller's own website: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Yardley,\n\nThe refund for your returned Loxley B4 speakers went through this morning. Since everything is sorted now, would you mind updating your 2-star review to reflect how we handled it?\n\nTeodor",
     [RI, TR], "refund of a return (logistics) plus a request to update a product review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/turntable/bluetooth", dict(buyer_name="辛先生", turntable=T3_ZH, agent_name=Z1),
        "中间尽量不要隔着墙或金属柜。",
        "如果还是连不上，欢迎添加我们的微信 bramblecote_hifi，技术人员会视频指导您。",
        [OPC, TR], "产品支持转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="徐女士", product=T1_ZH, order_id="113-0741439-8652482", agent_name=Z2),
        "并用来改进产品。",
        "留下五星好评后把截图发给我们，即可获得二十美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/apology/surface-noise", dict(buyer_name="冼先生", turntable=DD_ZH, agent_name=Z1),
        "我们会为您更换。",
        "问题处理好以后，麻烦您把之前留的差评改成好评。",
        [RI, TR], "要求把差评改成好评")
add_bad("zh/cleaning/kit", dict(buyer_name="鲍女士", kit=KIT_ZH, agent_name=Z2),
        "晾干后可以继续使用。",
        "另外，本店新上架的防静电唱片内袋本周八折，欢迎一起选购！",
        [MKT, TR], "新品唱片内袋八折促销")
add_bad("zh/warranty/claim", dict(buyer_name="谷先生", product=T1_ZH, warranty_period="两年", case_id="BCA-CS-33091",
        order_id="111-5882143-9514112", agent_name=Z1),
        "对应订单 111-5882143-9514112。",
        "问题解决后，如果您写评论，请在评论里提一下我们的售后响应很快。",
        [RI, TR], "指定评论内容")
free(V, "zh", "焦女士，您好：\n\n仓库已经签收您退回的 Arden T1。为了让退款更快到账，这次我们不通过亚马逊退款，改用 PayPal 直接转给您，请把您的 PayPal 收款账号告诉我们。\n\n端木悦",
     [OPC], "退货退款改走 PayPal：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/dustcover/care", dict(buyer_name="寇先生", turntable=T1_TW, agent_name=W2),
        "避免灰塵落在轉盤和唱針上。",
        "如需即時協助，歡迎加入我們的 LINE 官方帳號 @bramblecotetw，由專人為您服務。",
        [OPC, TR], "客服轉到 LINE 官方帳號")
add_bad("zh-tw/cartridge/alignment", dict(buyer_name="邸小姐", cartridge=M7_TW, tracking_force="二克", agent_name=W1),
        "確認左右聲道的音量平均。",
        "如果您對唱頭的聲音滿意，請幫我們留一個五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "晁先生 您好：\n\n您的 Loxley B4 喇叭今天已經寄出，追蹤單號 1ZB7R4966151633075。另外，本週加購防靜電刷可享八折，只要下單時一起結帳即可。\n\n樂品萱",
     [MKT, TR], "寄出通知（物流）加本週防靜電刷加購八折；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
