# -*- coding: utf-8 -*-
"""Labelled seller replies of t72 (imported by gen.py). All texts written for this set.

Each call below adds one reply. Categories, in order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. JCn in a note points to the judgement calls in README.md.
Order ids, tracking numbers and case ids come from a seeded generator, so every build is identical.
"""
import random
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []

_rng = random.Random(7203)
_DIG = "0123456789"
_ALNUM = "0123456789ABCDEFGHJKLMNPRSTVWXY"


def oid():
    return "%d-%s-%s" % (_rng.choice([111, 112, 113, 114]), "".join(_rng.choice(_DIG) for _ in range(7)),
                         "".join(_rng.choice(_DIG) for _ in range(7)))


def ups():
    return "1Z" + "".join(_rng.choice(_ALNUM) for _ in range(16))


def usps():
    return "94" + "".join(_rng.choice(_DIG) for _ in range(20))


def fdx():
    return "78" + "".join(_rng.choice(_DIG) for _ in range(10))


_case = [40100]


def case():
    _case[0] += _rng.randrange(7, 60)
    return "BGC-%05d" % _case[0]


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
A1, A2, A3, A4 = "Marisol Achterhof", "Devlin Okoye-Marsh", "Henrietta Blum", "Caspian Moreau-Lee"
Z1, Z2 = "钟雨桐", "殷嘉树"
W1, W2 = "羅允澄", "夏沛珊"
WISP, MINI = "Brightmoor Wisp 900 handheld steamer", "Brightmoor Wisp Mini travel steamer"
CAS, CASP = "Brightmoor Cascade 1600 garment steamer", "Brightmoor Cascade 2000 Pro garment steamer"
PRESS, GLIDE = "Brightmoor Pressline 2400 steam iron", "Brightmoor Pressline Glide cordless iron"
WISP_LONG = ("Brightmoor Wisp 900 Handheld Garment Steamer, 1500W Fast 25-Second Heat-Up, 240ml Detachable Water Tank, "
             "Vertical and Horizontal Steaming, Fabric Brush and Crease Clip Included, for Home and Travel, Slate Grey")
PRESS_LONG = ("Brightmoor Pressline 2400 Steam Iron for Clothes, 2400W, Ceramic Soleplate, 45g/min Continuous Steam, "
              "200g Shot of Steam, Anti-Drip and Self-Clean, 3-Way Auto Shut-Off, 350ml Tank, 9ft Cord")
CAS_LONG = ("Brightmoor Cascade 1600 Upright Garment Steamer with Telescopic Pole, Folding Hanger and Crease Board, "
            "1.8L Tank, 4 Steam Levels, 45-Second Heat-Up, Wheeled Base, for Curtains, Suits and Dresses")
WISP_ZH, MINI_ZH = "Brightmoor Wisp 900 手持挂烫机", "Brightmoor Wisp Mini 旅行挂烫机"
PRESS_ZH, GLIDE_ZH = "Brightmoor Pressline 2400 蒸汽熨斗", "Brightmoor Pressline Glide 无线熨斗"
CAS_ZH = "Brightmoor Cascade 1600 立式挂烫机"
PRESS_ZH_LONG = "Brightmoor Pressline 2400 家用蒸汽电熨斗 2400瓦 陶瓷底板 防滴漏 自清洁 三向自动断电 350毫升水箱"
WISP_TW, MINI_TW = "Brightmoor Wisp 900 手持掛燙機", "Brightmoor Wisp Mini 旅行掛燙機"
PRESS_TW, CAS_TW = "Brightmoor Pressline 2400 蒸汽熨斗", "Brightmoor Cascade 1600 直立式掛燙機"
CASP_TW = "Brightmoor Cascade 2000 Pro 直立式掛燙機"
CAS_TW_LONG = "Brightmoor Cascade 1600 直立式蒸汽掛燙機 1.8公升大水箱 四段蒸汽 伸縮掛桿 摺疊衣架 附整燙板 滾輪底座"

# ============================================================ 1. filled templates -> []
F1 = "en/steamer/first-fill"
fill(F1, dict(buyer_name="Ms Abernathy-Sloane", product=WISP, heat_up="25 seconds", agent_name=A1), "exact fill")
fill(F1, dict(buyer_name="Mr Villanueva-Roth", product=WISP_LONG, heat_up="25 seconds", agent_name=A2),
     "the whole listing title pasted into the product slot; greeting changed (JC2)",
     edits=[("Hi Mr Villanueva-Roth,", "Good morning Mr Villanueva-Roth,")], tags=["greeting", "long-value"])
fill(F1, dict(buyer_name="Ms Okafor-Birch", product=MINI, heat_up="20 seconds", agent_name=A3),
     "a warm line about the buyer's wedding outfit added after the greeting (JC2)",
     edits=[("Hi Ms Okafor-Birch,", "Hi Ms Okafor-Birch,\n\nCongratulations on your sister's wedding, and I hope the bridesmaid dress behaves itself on the day!")],
     tags=["warm-line"])
F2 = "en/steamer/delicates"
fill(F2, dict(buyer_name="Mr Kettleborough", product=WISP, agent_name=A4), "exact fill")
_v = dict(buyer_name="Ms Lindqvist-Arce", product=WISP, agent_name=A1)
fill(F2, _v, "the first two paragraphs hard-wrapped at 70 columns, as pasted from a notes app (JC2)",
     edits=[rewrap(F2, _v, "Good question", 70), rewrap(F2, _v, "For silk", 70)], tags=["reflow"])
fill(F2, dict(buyer_name="Imogen", product=MINI, agent_name=A2), "two sentences of the second paragraph swapped (JC2)",
     edits=[swap("Keep the head moving and the marks will not form.",
                 "Wool responds best to short bursts followed by a light pass with the fabric brush attachment.")],
     tags=["reorder"])
F3 = "en/iron/descaling"
fill(F3, dict(buyer_name="Mrs Fotheringay", product=PRESS, agent_name=A3), "exact fill")
fill(F3, dict(buyer_name="Mr Abiodun-Hale", product=PRESS, agent_name=A4),
     "sign-off turned into a warm line about the buyer's move (JC2)",
     edits=[("With best wishes,", "Good luck with the move next week, and best wishes,")], tags=["sign-off", "warm-line"])
F4 = "en/troubleshoot/spitting"
fill(F4, dict(buyer_name="Ms Carraway", product=PRESS, agent_name=A1), "exact fill")
fill(F4, dict(buyer_name="Mr Delacroix-Imam", product=PRESS_LONG, agent_name=A2),
     "one sentence paraphrased with the same facts; long title in the product slot (JC2)",
     edits=[("This nearly always means the water reaches the soleplate before the plate is hot enough to turn it into steam.",
             "In almost every case the water is getting to the soleplate before the plate has heated up enough to make steam.")],
     tags=["paraphrase", "long-value"])
fill(F4, dict(buyer_name="Wendell", product=GLIDE, agent_name=A3), "greeting and sign-off made less formal (JC2)",
     edits=[("Hello Wendell,", "Hey Wendell,"), ("Regards,", "Cheers,")], tags=["greeting", "sign-off"])
F5 = "en/troubleshoot/no-steam"
fill(F5, dict(buyer_name="Ms Rasmussen-Kaur", product=CAS, agent_name=A4), "exact fill")
fill(F5, dict(buyer_name="Mr Throckmorton", product=CASP, agent_name=A1),
     "one phrase reworded in the second bullet (JC2)",
     edits=[("and a little later with very cold water", "and a bit longer if the water is very cold")], tags=["wording"])
F6 = "en/garment/assembly"
fill(F6, dict(buyer_name="Ms Pemberly-Nwosu", product=CAS, agent_name=A2), "exact fill")
fill(F6, dict(buyer_name="Mr Szczepanski", product=CAS_LONG, agent_name=A3),
     "listing title in the product slot and the second and third paragraphs run together (JC2)",
     edits=[("you will feel it lock into place.\n\nThe base has wheels", "you will feel it lock into place. The base has wheels")],
     tags=["long-value", "merge"])
F7 = "en/warranty/coverage"
_o = oid()
fill(F7, dict(buyer_name="Ms Hollis-Mbatha", product=CAS, warranty_period="two-year", case_id=case(), order_id=_o,
              agent_name=A4), "exact fill")
_o = oid()
fill(F7, dict(buyer_name="Mr Ortolani", product=PRESS, warranty_period="two-year", case_id=case(), order_id=_o,
              agent_name=A1), "sympathy line about the ruined shirt added after the greeting (JC2)",
     edits=[("Dear Mr Ortolani,", "Dear Mr Ortolani,\n\nWhat a shame this happened the night before your interview; I hope it went well all the same.")],
     tags=["warm-line"])
F8 = "en/apology/leak"
fill(F8, dict(buyer_name="Ms Vandersloot", product=CAS, agent_name=A2), "exact fill")
fill(F8, dict(buyer_name="Mrs Adeyinka-Frost", product=CASP, agent_name=A3),
     "one phrase reworded in the second paragraph (JC2)",
     edits=[("when the tank is turned upside down. The second is", "when the tank is turned upside down. The other one is")],
     tags=["wording"])
F9 = "en/review/neutral-request"
fill(F9, dict(buyer_name="Mr Quenneville", product=WISP, order_id=oid(), agent_name=A4),
     "exact fill; the only request for the order (JC9)")
fill(F9, dict(buyer_name="Ms Tregarthen", product=GLIDE, order_id=oid(), agent_name=A1),
     "greeting changed; the only request for the order (JC2, JC9)",
     edits=[("Hi Ms Tregarthen,", "Hello Ms Tregarthen,")], tags=["greeting"])

Z_W = "zh/iron/water-type"
fill(Z_W, dict(buyer_name="栾女士", product=PRESS_ZH, agent_name=Z1), "原样套用")
fill(Z_W, dict(buyer_name="蒲先生", product=PRESS_ZH_LONG, agent_name=Z2), "整段商品标题放入 product 占位符 (JC2)",
     tags=["long-value"])
fill(Z_W, dict(buyer_name="甄小姐", product=GLIDE_ZH, agent_name=Z1), "开头加一句寒暄 (JC2)",
     edits=[("甄小姐，您好：", "甄小姐，您好：\n\n听说您刚搬进新家，恭喜！")], tags=["warm-line"])
Z_A = "zh/iron/auto-off"
fill(Z_A, dict(buyer_name="芮先生", product=PRESS_ZH, agent_name=Z2), "原样套用")
fill(Z_A, dict(buyer_name="靳女士", product=GLIDE_ZH, agent_name=Z1), "最后一段的一处措辞改动 (JC2)",
     edits=[("无法关闭。", "出于安全考虑不能手动关闭。")], tags=["wording"])
fill(Z_A, dict(buyer_name="邝先生", product=PRESS_ZH, agent_name=Z2), "落款改为更口语的祝语 (JC2)",
     edits=[("此致", "祝熨烫顺利！")], tags=["sign-off"])
Z_C = "zh/warranty/coverage"
_o = oid()
fill(Z_C, dict(buyer_name="司马女士", product=CAS_ZH, warranty_period="两年", case_id=case(), order_id=_o, agent_name=Z1),
     "原样套用")
_o = oid()
fill(Z_C, dict(buyer_name="柴先生", product=WISP_ZH, warranty_period="一年", case_id=case(), order_id=_o, agent_name=Z2),
     "第一段按句子拆成两段 (JC2)",
     edits=[("感谢您联系我们。您购买的", "感谢您联系我们。\n\n您购买的")], tags=["split"])
Z_R = "zh/review/neutral-request"
fill(Z_R, dict(buyer_name="卞女士", product=WISP_ZH, order_id=oid(), agent_name=Z2), "原样套用；本订单唯一一次请求 (JC9)")
fill(Z_R, dict(buyer_name="欧阳先生", product=PRESS_ZH, order_id=oid(), agent_name=Z1), "称呼后加一句问候；本订单唯一一次请求 (JC2, JC9)",
     edits=[("欧阳先生，您好：", "欧阳先生，您好！")], tags=["greeting"])
Z_S = "zh/steamer/wool-coat"
fill(Z_S, dict(buyer_name="晁女士", product=WISP_ZH, agent_name=Z2), "原样套用")
fill(Z_S, dict(buyer_name="蔺先生", product=MINI_ZH, agent_name=Z1), "第二步的措辞略改，事实不变 (JC2)",
     edits=[("从肩部开始由上往下慢慢移动", "从肩膀开始自上而下慢慢移动")], tags=["wording"])
fill(Z_S, dict(buyer_name="谷小姐", product=WISP_ZH, agent_name=Z2), "开头加一句天气寒暄 (JC2)",
     edits=[("谷小姐，您好：", "谷小姐，您好：\n\n最近降温很快，正是把大衣拿出来的时候。")], tags=["warm-line"])

T_F = "zh-tw/steamer/first-use"
fill(T_F, dict(buyer_name="卓太太", product=WISP_TW, agent_name=W1), "原樣套用")
fill(T_F, dict(buyer_name="褚先生", product=MINI_TW, agent_name=W2), "開頭加一句關心的話 (JC2)",
     edits=[("褚先生 您好：", "褚先生 您好：\n\n祝您下週出差一切順利。")], tags=["warm-line"])
T_D = "zh-tw/iron/descaling"
fill(T_D, dict(buyer_name="游先生", product=PRESS_TW, agent_name=W2), "原樣套用")
fill(T_D, dict(buyer_name="戚太太", product=PRESS_TW, agent_name=W1), "結尾加上祝語 (JC2)",
     edits=[("以免損壞內部的密封圈。", "以免損壞內部的密封圈。\n\n祝您使用愉快")], tags=["sign-off"])
T_W = "zh-tw/troubleshoot/weak-steam"
fill(T_W, dict(buyer_name="喬小姐", product=CAS_TW, agent_name=W1), "原樣套用")
fill(T_W, dict(buyer_name="杭太太", product=CASP_TW, agent_name=W2), "一句改寫，內容不變 (JC2)",
     edits=[("可以用牙籤輕輕清理。", "有的話用牙籤輕輕挑掉即可。")], tags=["paraphrase"])
T_S = "zh-tw/garment/storage"
fill(T_S, dict(buyer_name="柯太太", product=CAS_TW, agent_name=W2), "原樣套用")
fill(T_S, dict(buyer_name="薛小姐", product=CAS_TW_LONG, agent_name=W1), "整段商品標題放入 product 佔位符 (JC2)",
     tags=["long-value"])
fill(T_S, dict(buyer_name="彭太太", product=CASP_TW, agent_name=W2), "第二段兩句分成兩段 (JC2)",
     edits=[("掛鉤上。請不要", "掛鉤上。\n\n請不要")], tags=["split"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it is merged into a trailing (JCn) group if the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log(F1, dict(buyer_name="Ms Brackenbury", product=WISP, heat_up="25 seconds", agent_name=A2),
         "does not sit in the boiler overnight.",
         "The crease clip that was missing from your box went out this morning by USPS, tracking %s." % usps(),
         "missing accessory sent (JC5)", ["fulfilment", "tracking"])
fill_log(F2, dict(buyer_name="Mr Oyelowo-Grant", product=WISP, agent_name=A3),
         "so the fibres can dry and settle.",
         "The second steamer you ordered as a gift is coming from a different warehouse; it left yesterday with UPS, tracking %s, and should be with you on Friday." % ups(),
         "split-shipment tracking as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log(F4, dict(buyer_name="Ms Kilbride", product=PRESS, agent_name=A4),
         "we will help you further.",
         "If you would rather send it back instead, please empty the tank and leave it to air-dry for a day before you pack it, so that no water leaks onto the return label on the way.",
         "packing a water appliance for the return trip (JC4)", ["returns", "packing"])
_o = oid()
fill_log(F7, dict(buyer_name="Mr Fairbrother", product=CAS, warranty_period="two-year", case_id=case(), order_id=_o,
         agent_name=A1), "for order %s." % _o,
         "If we confirm a fault, we will ship a replacement first and put a prepaid return label in Your Orders for the old unit, so you are never left without a steamer.",
         "how a warranty exchange would travel (JC7)", ["warranty-exchange", "returns"])
fill_log(F5, dict(buyer_name="Ms Nakamura-Dell", product=CAS, agent_name=A2),
         "we will look at it with you.",
         "As you asked, we have cancelled the second anti-calc cartridge that was ordered twice by mistake; it had not shipped yet, so you will not be charged for it.",
         "duplicate line cancelled before dispatch (JC5)", ["cancellation"])
fill_log(F8, dict(buyer_name="Mr Eberhardt", product=CAS, agent_name=A3),
         "we will sort out a solution with you.",
         "The spare hose you asked for shipped today with FedEx, tracking %s, and is due on Wednesday." % fdx(),
         "spare hose tracking", ["tracking"])
fill_log(Z_W, dict(buyer_name="尹先生", product=PRESS_ZH, agent_name=Z2),
         "水位不要超过水箱上的 MAX 刻度线。",
         "您同一订单里的熨衣板从另一个仓库单独发货，运单号 %s，预计周五送达。" % ups(),
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log(Z_A, dict(buyer_name="芦女士", product=GLIDE_ZH, agent_name=Z1),
         "请把熨斗竖放在熨衣板的支架上。",
         "如果您仍然想退货，可以直接在“您的订单”里申请，退货运费由我们承担。",
         "退货说明 (JC14)", ["returns"])
_o = oid()
fill_log(Z_C, dict(buyer_name="鞠先生", product=CAS_ZH, warranty_period="两年", case_id=case(), order_id=_o, agent_name=Z2),
         "对应订单 %s。" % _o,
         "如果需要寄回检测，请先倒空水箱、开盖晾干一天再装箱，以免运输途中漏水弄湿面单。",
         "寄回检测前的装箱要求 (JC4)", ["returns", "packing"])
fill_log(Z_S, dict(buyer_name="訾女士", product=WISP_ZH, agent_name=Z1),
         "带有亮片、皮革或塑料装饰的部位请避开蒸汽。",
         "另外，您说包裹里少了毛刷头，我们今天已经免费补发，运单号 %s。" % usps(),
         "补发漏发的配件 (JC5, JC14)", ["fulfilment", "tracking"], sep="\n\n")
fill_log(T_D, dict(buyer_name="冉先生", product=PRESS_TW, agent_name=W2),
         "以免損壞內部的密封圈。",
         "您另外訂購的防垢濾芯已經出貨，追蹤單號 %s，預計週四送達。" % ups(),
         "另外訂購的配件追蹤單號", ["tracking"], sep="\n\n")
fill_log(T_S, dict(buyer_name="宓小姐", product=CAS_TW, agent_name=W1),
         "以免管壁出現裂痕。",
         "如果決定退貨，請把蒸汽管拆下，用原包裝的紙卡固定伸縮桿後再裝箱寄回。",
         "退貨的裝箱方式 (JC4)", ["returns", "packing"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Ms Galbraith-Ude,\n\nThanks for your patience. Your Cascade 1600 left our Ohio warehouse yesterday afternoon with UPS, tracking %s. UPS is showing delivery on Thursday by end of day. The box is fairly long, so if you won't be home, it may be worth asking UPS to leave it with a neighbour or hold it at an Access Point.\n\nMarisol" % ups(),
     ["tracking", "delivery"], "dispatch and tracking (JC15)"),
    ("Hello Mr Prendergast,\n\nI checked the tracking for your iron and it hasn't moved since Saturday at the Memphis hub. That usually means a missed scan rather than a lost parcel, but I have asked FedEx to trace it. If there is no new scan by Wednesday, we'll send you a new iron straight away, no need to wait on the trace.\n\nDevlin",
     ["tracking", "delay"], "stalled tracking and a trace (JC15)"),
    ("Dear Ms Achebe-Lowry,\n\nNo problem at all, we have updated the delivery address to your office on Fenwick Street. The order hadn't left the warehouse yet, so it will go straight there. Could you let us know if there's a suite or floor number the courier should use?\n\nBest,\nHenrietta",
     ["address"], "address change before dispatch (JC15)"),
    ("Hi Mr Lindau-Baptiste,\n\nUnfortunately your steamer shipped an hour before your message came in, so we can't change the address on our side any more. You can still redirect it yourself: enter tracking %s on the UPS site and choose Change Delivery, or pick an Access Point near your new flat. UPS sometimes charges a small fee for that.\n\nCaspian" % ups(),
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hello Ms Fairclough,\n\nI'm so sorry the steamer arrived with a cracked water tank. That happened in transit and it's not yours to deal with. A complete replacement went out today by FedEx, tracking %s. You don't need to send the damaged one back; please just recycle it once the new one has arrived.\n\nMarisol" % fdx(),
     ["damage", "tracking"], "damaged in transit, replacement shipped (JC6)"),
    ("Hi Mr Castellano-Reid,\n\nThanks for the photos. You're right, the box only had the lower half of the telescopic pole. The upper section has been packed on its own and goes out today with USPS, tracking %s. It should reach you in two to three days, and you can use the steamer handheld until then.\n\nDevlin" % usps(),
     ["fulfilment", "tracking"], "missing pole section sent (JC5)"),
    ("Dear Ms Whitford-Amadi,\n\nApologies for the mix-up: you ordered the Pressline Glide cordless iron and our warehouse sent the corded Pressline 2400. The right iron ships today by UPS, tracking %s. We've put a prepaid return label for the wrong one in Your Orders; just drop it at any UPS Store within 30 days.\n\nHenrietta" % ups(),
     ["fulfilment", "returns", "tracking"], "wrong model sent and replaced (JC5)"),
    ("Hello Mr Bramwell,\n\nYou're right, the steamer we sent has a UK plug, and it should have had a US one. That's our picking error. A US-plug unit is on its way by FedEx, tracking %s, arriving Tuesday. Please return the UK one with the free label we've added to Your Orders.\n\nCaspian" % fdx(),
     ["fulfilment", "returns", "tracking"], "wrong plug type sent (JC5, JC14)"),
    ("Hi Ms Haverford,\n\nOf course. To return the Cascade, please start the return in Your Orders and print the label. Before packing, empty the tank and the boiler by tipping the base over a sink, then leave the tank open to dry for a day. Coil the hose loosely, and if you still have the cardboard insert, use it to hold the pole pieces in place.\n\nMarisol",
     ["returns", "packing"], "return packing for a water appliance (JC4)"),
    ("Hello Mr Stanislawski,\n\nYour returned iron was checked in at our warehouse this morning. A refund of $64.99 is on its way to your original payment method and normally appears within three to five business days.\n\nKind regards,\nDevlin",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Dear Ms Oyinlola-Brecht,\n\nYour returned garment steamer came back without its folding hanger. We have refunded $112.49 now, which is the price less $17.50 for the hanger. If it turns up, send it back with the free label in Your Orders and we'll refund the rest as soon as it arrives.\n\nHenrietta",
     ["refund", "returns"], "partial refund of a return missing a part (JC5, JC14)"),
    ("Hi Mr Auclair,\n\nWe've cancelled order %s as you asked. It hadn't shipped yet, so nothing will be charged, and the other order for the Wisp 900 is unaffected.\n\nCaspian" % oid(),
     ["cancellation"], "cancellation before dispatch (JC14, JC15)"),
    ("Hello Ms Pettigrew,\n\nYour iron had already left when your cancellation request reached us, so we can't stop it now. The easiest thing is to refuse the parcel when UPS delivers it, or leave it sealed and start a return from Your Orders. Either way, the refund goes through once it's back with us.\n\nMarisol",
     ["cancellation", "returns"], "cancellation after dispatch (JC15)"),
    ("Hi Mr Obiora-Hartmann,\n\nSorry about the wait at the border. Your steamer is being held by Canada Border Services in Mississauga for a routine check. The import fees were collected by Amazon at checkout, so please don't pay anything to the courier at your door. If they do ask for money, send us a photo of the notice and we'll take it up with them.\n\nDevlin",
     ["customs"], "customs hold and prepaid import fees (JC6)"),
    ("Dear Ms Ellery,\n\nThe UPS record says your parcel was delivered on Monday, but I can see from the photo that it was left at the wrong door. I've opened a claim with UPS and, rather than make you wait, shipped a new Wisp 900 today, tracking %s. If the first parcel turns up, please let us know and we'll send a return label.\n\nHenrietta" % ups(),
     ["delivery", "tracking"], "delivered to the wrong door (JC15)"),
    ("Hello Mr Gallacher,\n\nYour order is coming in two boxes. The Pressline iron left Ohio on Monday with USPS, tracking %s, and the ironing board cover follows from our Nevada warehouse with UPS, tracking %s. Both should be there by the weekend.\n\nCaspian" % (usps(), ups()),
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Hi Ms Trevelyan-Obi,\n\nThe Cascade box is 40 inches long, which is more than an Amazon Locker compartment takes, so the order will come to your home address instead. If nobody will be in, you can have UPS hold it at a nearby Access Point for pickup.\n\nMarisol",
     ["locker", "pickup-point"], "locker refused for a long parcel (JC15)"),
    ("Hello Mr Ashworth-Kemp,\n\nWe can ship to your APO address. Orders to military addresses go by USPS only, so please allow two to three weeks. Your steamer went out this morning, tracking %s.\n\nDevlin" % usps(),
     ["address", "tracking"], "APO address and USPS-only delivery (JC15)"),
    ("Dear Mr Huxtable,\n\nYour replacement iron under case %s shipped today with UPS, tracking %s. There's no need to return the faulty one; please unplug it and recycle it at your local electrical recycling point.\n\nHenrietta" % (case(), ups()),
     ["warranty-exchange", "tracking"], "shipping a warranty replacement (JC7)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("滕先生，您好：\n\n您的挂烫机今天上午已经从仓库发出，运单号 %s，快递预计周三送达。到时请留意查收。\n\n钟雨桐" % ups(),
     ["tracking"], "发货通知 (JC15)"),
    ("缪女士，您好：\n\n收货地址已经按您的要求改成公司地址，订单还没出库，所以会直接送到新地址。如果有楼层或门牌号，请再告诉我们一下。\n\n殷嘉树",
     ["address"], "发货前修改地址 (JC15)"),
    ("阎先生，您好：\n\n很抱歉，熨斗在运输途中摔坏了底座。新的熨斗今天已经免费补发，运单号 %s，坏的那台不用寄回，直接处理掉就可以。\n\n钟雨桐" % fdx(),
     ["damage", "tracking"], "运输损坏补发 (JC6, JC14)"),
    ("韶女士，您好：\n\n您的退货已经签收，退款 89.99 美元已经原路退回，一般三到五个工作日到账。\n\n殷嘉树",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("路先生，您好：\n\n已经按您的要求取消重复下的订单 %s，这笔订单还没有发货，不会产生任何费用。另一笔订单照常发货。\n\n钟雨桐" % oid(),
     ["cancellation"], "取消重复订单 (JC5, JC14)"),
    ("昌女士，您好：\n\n退货前请先把水箱和机身里的水倒干净，水箱开盖晾一天再装箱。蒸汽管请松松地卷起来，不要折成死角；有原包装的话，最好用原来的纸托固定伸缩杆。退货面单在“您的订单”里可以直接打印。\n\n殷嘉树",
     ["returns", "packing"], "退货的装箱要求 (JC4)"),
    ("佟先生，您好：\n\n查了一下，您的包裹从周六起一直停在转运中心没有更新。我们已经联系承运商查件，如果周三前还没有新的物流记录，我们会直接给您补发一台。\n\n钟雨桐",
     ["tracking", "delay"], "物流停滞 (JC15)"),
    ("堵女士，您好：\n\n您的订单分两个包裹发出：挂烫机走 UPS，运单号 %s；熨衣板走 USPS，运单号 %s。两个包裹应该都会在周末前送达。\n\n殷嘉树" % (ups(), usps()),
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("贲先生，您好：\n\n包裹已经到了加拿大，正在清关，一般需要一到三个工作日。进口关税在下单时已经由亚马逊代收，快递员上门时请不要再付钱；如果对方要求付费，请拍照发给我们处理。\n\n钟雨桐",
     ["customs"], "清关与关税 (JC6)"),
    ("扈女士，您好：\n\n很抱歉仓库发错了颜色，您订的是雾蓝色，收到的是米白色。雾蓝色的挂烫机今天已经发出，运单号 %s。米白色那台请用“您的订单”里的免费退货面单寄回即可。\n\n殷嘉树" % fdx(),
     ["fulfilment", "returns", "tracking"], "发错颜色 (JC5)"),
    ("凤先生，您好：\n\n这台立式挂烫机的包装比较长，放不进亚马逊自提柜，所以系统改为送货上门。家里没人的话，可以在快递网站上改为就近网点自提。\n\n钟雨桐",
     ["locker", "pickup-point"], "自提柜放不下 (JC15)"),
    ("岳女士，您好：\n\n您的保修换新（售后编号 %s）已经发出，运单号 %s。旧的那台不用寄回，按当地电器回收的方式处理就可以。\n\n殷嘉树" % (case(), ups()),
     ["warranty-exchange", "tracking"], "保修换新的寄送 (JC7)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("暴小姐 您好：\n\n您的掛燙機已經從倉庫寄出，追蹤單號 %s，預計週四送達。\n\n羅允澄" % ups(),
     ["tracking"], "寄出通知 (JC15)"),
    ("聶先生 您好：\n\n已經幫您取消重複下的那筆訂單，還沒有出貨，所以不會扣款。原本的訂單會照常寄出。\n\n夏沛珊",
     ["cancellation"], "取消重複訂單 (JC5, JC14)"),
    ("祖太太 您好：\n\n很抱歉熨斗在運送途中把水箱撞裂了。新的熨斗今天已經補寄，追蹤單號 %s，壞掉的那一臺不需要寄回。\n\n羅允澄" % fdx(),
     ["damage", "tracking"], "運送途中損壞 (JC6)"),
    ("萬小姐 您好：\n\n退貨已經送達我們倉庫，退款 79.99 美元已退回原付款方式，大約三到五個工作天會入帳。\n\n夏沛珊",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("舒先生 您好：\n\n您的訂單分成兩個包裹寄出，掛燙機的追蹤單號是 %s，衣架配件的追蹤單號是 %s，兩個都預計本週五送達。\n\n羅允澄" % (ups(), usps()),
     ["split-shipment", "tracking"], "分開寄出 (JC15)"),
    ("滿太太 您好：\n\n收件地址已經改成您新家的地址，包裹還沒出貨，所以會直接寄到新地址。\n\n夏沛珊",
     ["address"], "出貨前修改地址 (JC15)"),
    ("喻小姐 您好：\n\n退貨時請先把水箱裡的水倒乾淨、開蓋晾乾，蒸汽管鬆鬆地捲起來再裝箱，退貨標籤可以在「您的訂單」裡列印。\n\n羅允澄",
     ["returns", "packing"], "退貨裝箱 (JC4)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Carrington-Abe,\n\nYes, the Wisp 900 works on curtains while they're still hanging. Start at the top and work down in strips, and keep the head a little away from lined curtains so the lining doesn't pucker. Blackout coatings can go tacky with heat, so steam those from the fabric side only.\n\nMarisol",
     ["advice"], "steaming curtains in place (JC10)"),
    ("Hello Mr Dunstable,\n\nBoth will do the job, it really depends on what you iron most. The Wisp 900 is quicker for shirts and dresses on a hanger and packs away in a drawer. If you're doing a big family pile every week, the Cascade 1600 holds enough water for about an hour and you won't be refilling all the time.\n\nDevlin",
     ["advice", "comparison"], "the buyer asked which model suits them; no price, no push (JC10)"),
    ("Dear Ms Oakhurst,\n\nPlease don't use the steamer on real leather or suede; the moisture can leave dark patches and stiffen the hide. Faux leather is usually fine from a distance of a few inches, but test a hidden spot first.\n\nHenrietta",
     ["advice"], "leather and suede (JC10)"),
    ("Hi Mr Penhallow-Ibe,\n\nWe'd advise against adding fragrance or linen water to the tank. The oils coat the inside of the boiler and can end up as brown spots on your clothes. If you like a scent, mist the garment lightly after steaming instead.\n\nCaspian",
     ["advice"], "adding fragrance (JC10)"),
    ("Hello Ms Marwick,\n\nThe Pressline Glide has no battery as such: the soleplate heats up on the charging base, and it stays hot enough for about 25 seconds of ironing before you set it back for a few seconds. It suits shirts and small loads well; for bedding you may find the corded Pressline 2400 less fiddly.\n\nMarisol",
     ["advice", "comparison"], "how the cordless iron works (JC10)"),
    ("Hi Ms Sorrell,\n\nThe Wisp Mini is dual voltage, so it runs on 230 V in Portugal once you put a plug adapter on it. You don't need a converter. Pack it with the tank empty, and it's fine in carry-on luggage.\n\nDevlin",
     ["advice", "travel"], "using the steamer abroad is product use, not order logistics (JC11)"),
    ("Dear Mr Abernethy-Quist,\n\nI'm afraid the Wisp 900 is 120 V only and will be damaged if you plug it into a UK socket, even with an adapter. For your trip the Wisp Mini would be the one that works over there.\n\nHenrietta",
     ["advice", "travel"], "voltage abroad; answering which model works, no offer (JC10, JC11)"),
    ("Hi Mr Goldthwaite,\n\nThanks for sending the video of the clicking noise. I've passed it to our product team and they'll look at it tomorrow morning. I'll come back to you by Thursday afternoon with what they suggest.\n\nCaspian",
     ["holding"], "a holding reply about a fault (JC12)"),
    ("Hello Ms Brereton,\n\nNow that you've had the Wisp 900 for a couple of weeks, would you be willing to tell other shoppers how you're getting on with it in a review on Amazon? Good or bad, it helps people decide, and we read every one.\n\nMarisol",
     ["review-ask"], "a neutral request in the seller's own words, the only one for the order and not after praise (JC9)"),
    ("Hi Mr Iredale,\n\nThe steam itself is hot enough to freshen fabric, but we don't make any claims about killing germs or dust mites, so please don't rely on it for that. For bedding, a hot wash is still the way to go.\n\nDevlin",
     ["advice"], "hygiene question answered without a claim (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("钮女士，您好：\n\n真丝衬衫可以用挂烫机处理，但喷头不要贴着面料，保持两三厘米的距离慢慢移动就好。第一次用建议先在衣服内侧的缝份上试一下，确认不会留下水印。\n\n钟雨桐",
     ["advice"], "真丝衬衫 (JC10)"),
    ("阚先生，您好：\n\n羽绒服可以用挂烫机去褶，但请挂起来、远一点快速扫过，不要在同一处停留太久，以免羽绒结块。处理完挂在通风的地方晾半小时再收起来。\n\n殷嘉树",
     ["advice"], "羽绒服 (JC10)"),
    ("闻女士，您好：\n\nWisp Mini 是宽电压设计，在日本一百伏的插座上也可以用，只是出汽会稍微慢一点。插头是两脚扁插，日本可以直接插，不需要转换插头。\n\n钟雨桐",
     ["advice", "travel"], "出国使用属于产品使用，不是订单物流 (JC11)"),
    ("郦先生，您好：\n\n谢谢您发来底板发黄的照片，我已经转给技术同事，他们明天会看，周五前我会回复您处理建议。\n\n殷嘉树",
     ["holding"], "故障的等待回复 (JC12)"),
    ("荆女士，您好：\n\n熨斗的陶瓷底板可以用微湿的软布在冷却后擦拭，顽固污渍用少量中性洗洁精即可。请不要用钢丝球、去污粉或者小苏打打磨，会刮花涂层。\n\n钟雨桐",
     ["advice"], "底板清洁 (JC10)"),
    ("羿先生，您好：\n\n可以的，挂烫机也能处理沙发的布艺靠垫和窗帘，但真皮和带涂层的面料请不要用。处理完后让布料晾干再坐。\n\n殷嘉树",
     ["advice"], "布艺沙发 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("霍小姐 您好：\n\n西裝褲的褲線可以用 Cascade 附的整燙板來處理：把褲管夾在板子上，從上往下慢慢移動噴頭，褲線就會比較挺。\n\n羅允澄",
     ["advice"], "褲線整燙 (JC10)"),
    ("卜太太 您好：\n\n掛燙機用了一陣子之後，如果您願意，歡迎在亞馬遜上寫下您的使用心得，不管好壞，都能幫助其他買家判斷適不適合自己。\n\n夏沛珊",
     ["review-ask"], "賣家自己寫的中性評論邀請，本訂單唯一一次，且不是在買家稱讚之後 (JC9)"),
    ("覃先生 您好：\n\n熨斗不建議用在絲絨上，絨毛壓倒之後很難恢復。絲絨外套可以改用掛燙機遠一點噴，再用手輕輕順毛。\n\n羅允澄",
     ["advice"], "絲絨面料 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Delacourt,\n\nEasy start: unplugged, tank off, fill to MAX (distilled if your water's hard), click it back on. Switch on and wait for the green light, around 25 seconds, then give the trigger a few squeezes into the air before you go near your clothes. Empty whatever's left when you're done.\n\nCaspian",
     "retells en/steamer/first-fill (JC13)"),
    ("Hello Mr Faulkner-Ames,\n\nSilk and chiffon are fine as long as the head never touches them. Hang the piece, hold the hem so it's taut and sweep down slowly from about an inch away. Test a seam first in case of water spots, use short puffs and the brush on wool, and give everything a few minutes on the hanger afterwards.\n\nMarisol",
     "retells en/steamer/delicates (JC13)"),
    ("Hi Ms Ravenscroft,\n\nTo clear the scale: fill it up, heat it on max, unplug once the light goes off, then hold it over the sink and keep Calc-Clean pressed for a minute. Plug it back in briefly to dry it and wipe the plate. Monthly is plenty, fortnightly with hard water, and skip the vinegar.\n\nDevlin",
     "retells en/iron/descaling (JC13)"),
    ("Hello Mr Kingsley-Opara,\n\nSpitting means the plate isn't hot enough yet for the water it's getting. Turn the dial to two dots or more (steam off below that), let the light go out before steaming, and pause a few seconds between shots. A self-clean can help too if there's scale. Still dripping when hot? Let us know.\n\nHenrietta",
     "retells en/troubleshoot/spitting (JC13)"),
    ("Hi Ms Underhill,\n\nNo steam is usually one of four things: the tank not sitting straight on its valve, not waiting the 45 seconds, a kinked or low-hanging hose, or an old anti-calc cartridge. Run through those and if it's still dry, a quick video would help us a lot.\n\nCaspian",
     "retells en/troubleshoot/no-steam (JC13)"),
    ("Dear Mr Blakemore,\n\nPole first: lower half into the base until it clicks, top half in, twist the collar at the height you like. Hanger on top, hook on the side, hose onto the outlet with a quarter turn. Only wheel it around empty and cool, holding the base.\n\nMarisol",
     "retells en/garment/assembly (JC13)"),
    ("Hello Ms Winterbourne,\n\nSorry about the puddle! Nine times out of ten it's the tank cap seal sitting crooked or the hose not fully turned into its lock. Dry everything, refit both and run it over a towel for a bit; if it still leaks, a photo of where the water comes from will tell us what to do next.\n\nDevlin",
     "retells en/apology/leak (JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("单先生，您好：\n\n平时加自来水就行，水硬的话兑一半纯净水。香水、柔顺剂、淀粉浆、空调冷凝水都别加，容易堵孔还会弄脏衣服。加水记得先拔电，别超过 MAX。\n\n钟雨桐",
     "改写 zh/iron/water-type (JC13)"),
    ("祁女士，您好：\n\n熨斗放着不动会自己断电：竖放八分钟、平放三十秒。拿起来晃一晃就恢复加热，一分钟左右就能接着用。这个保护关不掉，离开时竖着放在支架上就好。\n\n殷嘉树",
     "改写 zh/iron/auto-off (JC13)"),
    ("仇先生，您好：\n\n大衣和西装挂在宽肩衣架上，装毛刷头，从肩往下、离面料两厘米左右慢慢走一遍。袖口和口袋用手在里面拉平再喷，手别挡在蒸汽前面。最后挂十几分钟散潮气，亮片和皮革的地方别喷。\n\n钟雨桐",
     "改写 zh/steamer/wool-coat (JC13)"),
    ("蓝女士，您好：\n\n不加热、不出汽、开关或电源接头坏了这类做工问题，都在保修里；滤芯、毛刷这些耗材，还有摔坏、水垢堵塞、加香水弄坏的不在内。麻烦把开机后的情况写一下，最好拍段视频，我们来判断。\n\n殷嘉树",
     "改写 zh/warranty/coverage (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("湛小姐 您好：\n\n新機先把水箱沖一下再裝水，裝回去聽到喀一聲才算卡好。開機等燈變綠，大概二十幾秒，先對毛巾噴幾下再燙衣服。一開始有點味道是正常的，用幾次就沒了。\n\n夏沛珊",
     "改寫 zh-tw/steamer/first-use (JC13)"),
    ("龍先生 您好：\n\n蒸汽變小多半是水垢或濾芯的問題：噴頭的孔有白色結晶就用牙籤清一清，濾芯用超過半年就換，再看看蒸汽管有沒有折到或垂太低。都處理過還是很小的話，拍段影片給我們。\n\n羅允澄",
     "改寫 zh-tw/troubleshoot/weak-steam (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. logistics plus product advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Whitcroft-Lane,\n\nYour Wisp 900 is out for delivery with UPS today. When it arrives, rinse the tank once before the first fill, and on your linen shirts go slowly; linen needs a bit more steam than cotton.\n\nCaspian",
     "delivery date plus fabric advice (JC8)"),
    ("Hello Ms Pagnell,\n\nThe replacement hose shipped this morning and should be there on Friday. In the meantime, please don't run the steamer with the split hose, as hot water can spray out of the crack.\n\nMarisol",
     "replacement shipped plus a safety warning (JC8)"),
    ("Dear Mr Thorogood,\n\nWe've issued your refund for the returned iron. For your next one, whichever brand you choose, it's worth running a self-clean every month with your hard water; that's usually what causes the brown spots you described.\n\nDevlin",
     "refund plus descaling advice (JC8, JC14)"),
    ("Hi Ms Elsworth,\n\nThe Cascade has been dispatched and you'll have it on Monday. Since you mentioned wedding dresses: keep the head moving on tulle and never let it touch beading, as the glue can soften.\n\nHenrietta",
     "dispatch plus advice on bridal fabrics (JC8)"),
    ("Hello Mr Rutherford-Osei,\n\nThe missing crease clip shipped today by USPS. Until it arrives, a clothes peg at the cuff does the same job when you're steaming sleeves.\n\nCaspian",
     "missing part sent plus a tip (JC5, JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("解女士，您好：\n\n您的熨斗明天送达。收到后第一次使用时，底板可能会冒一点白烟，这是保护涂层受热挥发，开窗通风几分钟就好。\n\n钟雨桐",
     "送达加首次使用说明 (JC8)"),
    ("邓先生，您好：\n\n补发的滤芯今天已经寄出。新滤芯装上之前，请先在清水里泡五分钟，让里面的树脂充分吸水，这样出汽会更顺畅。\n\n殷嘉树",
     "补发加滤芯使用方法 (JC5, JC8)"),
    ("宿女士，您好：\n\n退款已经处理好了。另外您说的衣服发亮的问题，一般是熨斗温度太高造成的，深色衣服建议翻到反面熨，或者垫一块棉布。\n\n钟雨桐",
     "退款加熨烫建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("鄔先生 您好：\n\n補寄的蒸汽管今天已經寄出。收到後請把接頭轉到底卡緊，再先開機對著毛巾噴一分鐘，確認沒有漏水再整燙衣服。\n\n夏沛珊",
     "補寄加安裝說明 (JC8)"),
    ("敖小姐 您好：\n\n掛燙機預計週三送達。羊毛大衣的話，建議裝上毛刷頭，輕輕順著毛的方向刷，效果會比較好。\n\n羅允澄",
     "送達加羊毛大衣建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad(F1, dict(buyer_name="Ms Hargreave-Osu", product=WISP, heat_up="25 seconds", agent_name=A3),
        "does not sit in the boiler overnight.",
        "P.S. Our anti-calc refill packs are 25% off this weekend with code FRESHPRESS, so it is a good time to stock up.",
        [MKT, TR], "P.S. with a discount code for refills", sep="\n\n")
add_bad(F2, dict(buyer_name="Mr Calloway-Ndu", product=WISP, agent_name=A4),
        "so the fibres can dry and settle.",
        "If your silk blouse comes out looking lovely, we would be thrilled with a 5-star review.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad(F4, dict(buyer_name="Ms Dempster", product=PRESS, agent_name=A1),
        "we will help you further.",
        "For a quicker fix, text our technician on WhatsApp at +1 503-555-0148.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad(F8, dict(buyer_name="Mr Ackroyd", product=CAS, agent_name=A2),
        "we will sort out a solution with you.",
        "Before you write a review about the leak, please come to us first so we can make it right.",
        [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
add_bad(F5, dict(buyer_name="Ms Sunderland-Ito", product=CAS, agent_name=A3),
        "we will look at it with you.",
        "By the way, our new Cascade 2000 Pro launches next week with twice the steam output, so it is worth a look if you are thinking of upgrading.",
        [MKT, TR], "new-product announcement and a push to upgrade", sep="\n\n")
add_bad(F9, dict(buyer_name="Mr Pilkington-Avi", product=PRESS, order_id=oid(), agent_name=A4),
        "what we could do better.",
        "As a small thank-you, we will pay you back $10 of the price once your review is posted.",
        [RI, TR], "part refund in exchange for a review")
add_bad(F6, dict(buyer_name="Ms Fenwright", product=CAS, agent_name=A1),
        "rather than by the pole.",
        "For set-up questions you can also email us at help@brightmoorcare.com, where we usually answer within the hour.",
        [OPC, TR], "support moved to an e-mail address")
_o = oid()
add_bad(F7, dict(buyer_name="Mr Radcliffe-Nye", product=PRESS, warranty_period="two-year", case_id=case(), order_id=_o,
        agent_name=A2), "for order %s." % _o,
        "Once the replacement ships, you can follow its delivery on our own tracking page at brightmoorcare.com/track rather than in your Amazon account.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Ms Coldwell,\n\nYour refund for the returned Cascade 1600 went through this morning. Now that everything's sorted, if you delete your 2-star review we'll send you a $20 gift card as a thank-you.\n\nHenrietta",
     [RI, TR], "refund of a return (logistics) plus a gift card for deleting a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad(Z_W, dict(buyer_name="麦先生", product=PRESS_ZH, agent_name=Z1),
        "水位不要超过水箱上的 MAX 刻度线。",
        "想了解更多熨烫小技巧，欢迎添加我们的微信 brightmoor_care。",
        [OPC, TR], "把顾客引到微信", sep="\n\n")
add_bad(Z_R, dict(buyer_name="汲女士", product=WISP_ZH, order_id=oid(), agent_name=Z2),
        "也能让我们知道哪里还需要改进。",
        "留下五星好评并截图发给我们，即可获得十美元返现。",
        [RI, TR], "五星好评返现")
add_bad(Z_A, dict(buyer_name="厉先生", product=PRESS_ZH, agent_name=Z1),
        "请把熨斗竖放在熨衣板的支架上。",
        "另外，本店 Pressline Glide 无线熨斗本周八折，欢迎选购。",
        [MKT, TR], "无线熨斗八折促销", sep="\n\n")
_o = oid()
add_bad(Z_C, dict(buyer_name="帅女士", product=CAS_ZH, warranty_period="两年", case_id=case(), order_id=_o, agent_name=Z2),
        "对应订单 %s。" % _o,
        "问题处理好以后，麻烦您把之前留下的差评删掉。",
        [RI, TR], "要求删除差评")
add_bad(Z_S, dict(buyer_name="隗先生", product=WISP_ZH, agent_name=Z1),
        "带有亮片、皮革或塑料装饰的部位请避开蒸汽。",
        "新款 Wisp Mini 旅行挂烫机下周上市，老顾客下单立享九折。",
        [MKT, TR], "新品上市九折", sep="\n\n")
free(V, "zh", "茅女士，您好：\n\n退货寄出后，麻烦把运单号和退货照片发到我们的邮箱 returns@brightmoorcare.com，我们收到后会尽快为您退款。\n\n殷嘉树",
     [OPC], "退货运单号改用邮箱提交：内容仍是退货这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad(T_F, dict(buyer_name="詠晴", product=WISP_TW, agent_name=W2),
        "使用幾次後就會消失。",
        "有任何問題，也可以直接加我們的 LINE 官方帳號 @brightmoor 詢問。",
        [OPC, TR], "客服轉到 LINE 官方帳號", sep="\n\n")
add_bad(T_W, dict(buyer_name="鄒小姐", product=CAS_TW, agent_name=W1),
        "我們會進一步協助您。",
        "如果處理完您覺得滿意，再麻煩您給我們一個五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "桂小姐 您好：\n\n換貨的掛燙機今天已經寄出，追蹤單號 %s。另外，本月防垢濾芯三盒以上享八五折，需要的話歡迎一起加購。\n\n羅允澄" % ups(),
     [MKT, TR], "換貨寄出（物流）加濾芯八五折促銷；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
