# -*- coding: utf-8 -*-
"""Labelled seller replies of t62 (imported by gen.py). Every text was written for this set.

One call below adds one reply. Categories, in this order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. "JCn" in a note points to a judgement call in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """The template with every placeholder replaced; the values must match the placeholders exactly."""
    want = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template, then apply (old, new) edits in turn; each old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def rewrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(para) != 1:
        raise SystemExit("rewrap: %s %r" % (tid, starts))
    return (para[0], textwrap.fill(para[0], width))


def swap(first, second, sep=" "):
    """Edit: exchange two adjacent sentences."""
    return (first + sep + second, second + sep + first)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def _append(tid, vals, anchor, sentence, note, cat, labels, sep, tags):
    if sep == " " and tid.startswith("zh"):
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


def with_logistics(tid, vals, anchor, sentence, note, tags, sep=" "):
    """A fill plus one free-written logistics sentence (JC1 always applies)."""
    m = re.search(r" \((JC[^)]*)\)$", note)
    note = note[:m.start()] + " (JC1, %s)" % m.group(1) if m else note + " (JC1)"
    _append(tid, vals, anchor, sentence, note, "fill-plus-logistics", [], sep, tags)


def with_violation(tid, vals, anchor, sentence, labels, note, sep=" "):
    """A fill plus one sentence that breaks a content policy (JC3)."""
    _append(tid, vals, anchor, sentence, note + " (JC3)", "violating", labels, sep, ["template-based"])


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Thaddeus Brightmore", "Imogen Sarkissian", "Caspian Adeyinka-Holt", "Wren Dubczek"
Z1, Z2 = "费雨桐", "栾志诚"
W1, W2 = "甄語萱", "鄔家豪"

CANTOR = "Sablewood Cantor 88 digital piano"
ARIETTA = "Sablewood Arietta 88 portable digital piano"
STAGE = "Sablewood Stagecraft 73 stage piano"
PIVOT25 = "Sablewood Pivot 25 MIDI controller"
PIVOT49 = "Sablewood Pivot 49 MIDI controller"
PEDAL = "Sablewood SP-2 sustain pedal"
TRIPLE = "Sablewood TP-3 triple pedal unit"
STAND_X = "Sablewood Trestle X keyboard stand"
STAND_Z = "Sablewood Trestle Z keyboard stand"
BENCH = "Sablewood Duet adjustable piano bench"

PEDAL_LONG = ("Sablewood SP-2 Piano-Style Sustain Pedal with Half-Damper Support, Polarity Switch, Non-Slip Rubber Base "
              "and 6.5 ft Cable, for Digital Pianos, Stage Pianos and MIDI Keyboards")
PIVOT49_LONG = ("Sablewood Pivot 49 USB-C MIDI Keyboard Controller, 49 Velocity-Sensitive Semi-Weighted Keys, 8 Backlit "
                "Pads, 8 Assignable Knobs, Pitch and Mod Wheels, Class Compliant for Mac, PC and iPad")
STAGE_LONG = ("Sablewood Stagecraft 73 Stage Piano, 73-Key Graded Hammer Action, 400 Voices, Split and Layer, Balanced "
              "XLR Outputs, Lightweight 34 lb Chassis for Gigging Keyboardists")
STAND_X_LONG = ("Sablewood Trestle X Double-Braced Keyboard Stand, 7 Height Positions, Holds up to 110 lb, Folding Steel "
                "Frame for 61, 73 and 88-Key Keyboards")
PIVOT49_ZH = ("Sablewood Pivot 49 USB-C MIDI 键盘控制器 49键 半配重力度感应 8个背光打击垫 8个可分配旋钮 "
              "即插即用 适用电脑与平板")
BENCH_ZH = "Sablewood Duet 可调节琴凳"
CANTOR_TW = "Sablewood Cantor 88 立式數位鋼琴 88鍵 重錘琴鍵 三踏板 藍牙音訊與藍牙 MIDI 玫瑰木紋琴身"
STAGE_TW = "Sablewood Stagecraft 73 舞臺電鋼琴 73鍵 重錘琴鍵 分割疊加 平衡式 XLR 輸出 輕量機身 適合樂團演出"
BENCH_TW = "Sablewood Duet 可調高度琴椅"
TRIPLE_TW = "Sablewood TP-3 三踏板組"

# ============================================================ 1. filled templates -> []
fill("en/pedal/connect", dict(buyer_name="Mr Corcoran", pedal=PEDAL, instrument=ARIETTA, agent_name=A1), "exact fill")
fill("en/pedal/connect", dict(buyer_name="Ms Dunleith", pedal=PEDAL_LONG, instrument=STAGE, agent_name=A2),
     "the pedal's whole 174-character listing title in the pedal slot; greeting changed (JC2)",
     edits=[("Hello Ms Dunleith,", "Good evening Ms Dunleith,")], tags=["greeting", "long-value"])
fill("en/pedal/connect", dict(buyer_name="Mr Ekwueme", pedal=PEDAL, instrument=ARIETTA, agent_name=A3),
     "a sympathy line added after the greeting (JC2)",
     edits=[("Hello Mr Ekwueme,", "Hello Mr Ekwueme,\n\nI'm sorry this got in the way of your first evening with the keyboard.")],
     tags=["warm-line"])
fill("en/controller/computer", dict(buyer_name="Ms Fairclough", controller=PIVOT49, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Gethin", controller=PIVOT25, agent_name=A1)
fill("en/controller/computer", _v, "first two paragraphs hard-wrapped at 68 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/controller/computer", _v, "Here is how", 68),
            rewrap("en/controller/computer", _v, "Next, open", 68)], tags=["reflow"])
fill("en/controller/computer", dict(buyer_name="Ms Hallowell", controller=PIVOT49_LONG, agent_name=A2),
     "listing title in the controller slot; two sentences of the first paragraph swapped (JC2)",
     edits=[swap("Connect it to the computer with the USB-C cable from the box; the controller takes its power from that cable, so no adapter is needed.",
                 "It is class compliant, which means Windows, macOS and iPadOS recognise it without any driver.")],
     tags=["long-value", "reorder"])
fill("en/piano/touch", dict(buyer_name="Mr Iveson", instrument=CANTOR, agent_name=A3), "exact fill")
fill("en/piano/touch", dict(buyer_name="Ms Jurgensen", instrument=ARIETTA, agent_name=A4),
     "one sentence of the second paragraph split in two (JC2)",
     edits=[("before a note reaches full volume, which many teachers prefer for building finger strength.",
             "before a note reaches full volume. Many teachers prefer it for building finger strength.")], tags=["split"])
fill("en/troubleshoot/no-sound", dict(buyer_name="Mr Kilbride", instrument=CANTOR, agent_name=A1), "exact fill")
fill("en/troubleshoot/no-sound", dict(buyer_name="Ms Lyall", instrument=ARIETTA, agent_name=A2),
     "greeting changed and a sympathy line added (JC2)",
     edits=[("Hello Ms Lyall,", "Hi Ms Lyall,\n\nWhat a shame to have this happen the day before your daughter's first lesson.")],
     tags=["greeting", "warm-line"])
fill("en/stand/assembly", dict(buyer_name="Mr Mbatha", stand=STAND_X, agent_name=A3), "exact fill")
fill("en/stand/assembly", dict(buyer_name="Ms Nordqvist", stand=STAND_X_LONG, agent_name=A4),
     "listing title in the stand slot; the last paragraph's first sentence paraphrased (JC2)",
     edits=[("Before you play, press down on each end of the instrument.",
             "Press down on both ends of the keyboard before you start playing.")], tags=["long-value", "paraphrase"])
fill("en/warranty/coverage", dict(buyer_name="Mr O'Hagan", product=CANTOR, warranty_period="five-year",
     case_id="SWK-C-36334", order_id="111-3038167-3435026", agent_name=A1), "exact fill")
fill("en/warranty/coverage", dict(buyer_name="Ms Pettigrew", product=STAGE_LONG, warranty_period="three-year",
     case_id="SWK-C-33099", order_id="113-9154144-9169498", agent_name=A2),
     "listing title in the product slot; first two paragraphs run together (JC2)",
     edits=[("ordinary use.\n\nNormal wear", "ordinary use. Normal wear")], tags=["long-value", "merge"])
fill("en/warranty/coverage", dict(buyer_name="Mr Rasmussen-Adu", product=PIVOT25, warranty_period="two-year",
     case_id="SWK-C-33190", order_id="111-9115380-7226887", agent_name=A3),
     "the exclusions sentence paraphrased with the same exclusions (JC2)",
     edits=[("Normal wear from playing, for example shiny patches on the keytops, is not covered, and neither is damage caused by spilled drinks, a fall, or repairs carried out by anyone other than us.",
             "We cannot cover everyday wear such as shiny keytops, or damage from a spilled drink, a drop, or a repair done by someone other than us.")],
     tags=["paraphrase"])
fill("en/apology/key-noise", dict(buyer_name="Ms Sandilands", instrument=ARIETTA, agent_name=A4), "exact fill")
fill("en/apology/key-noise", dict(buyer_name="Mr Trevithick", instrument=CANTOR, agent_name=A1),
     "the empathy sentence reworded and the sign-off changed (JC2)",
     edits=[("When you practise quietly with headphones on, every thump and tap can seem loud, and that is frustrating.",
             "I understand how annoying it is when each tap of the keys sounds loud during a quiet session with headphones."),
            ("With apologies,", "Sorry again for the bother,")], tags=["paraphrase", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Ms Underhill", product=BENCH, order_id="114-2545461-5846622",
     agent_name=A2), "exact fill; the only review request for this order, and the buyer had not written in to praise it (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Mr Varga", product=PIVOT49, order_id="112-2773901-3861752",
     agent_name=A3), "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hi Mr Varga,", "Hello Mr Varga,"), ("Kind regards,", "Many thanks,")], tags=["greeting", "sign-off"])
fill("en/piano/headphones", dict(buyer_name="Ms Winstanley", instrument=ARIETTA, agent_name=A4), "exact fill")
fill("en/piano/headphones", dict(buyer_name="Mr Yeboah", instrument=CANTOR, agent_name=A1),
     "sign-off turned into a good-luck line (JC2)",
     edits=[("Happy playing,", "Happy playing, and good luck with the grade exam in June,")], tags=["sign-off", "warm-line"])

fill("zh/controller/pads", dict(buyer_name="岳先生", controller=PIVOT25, agent_name=Z1), "exact fill")
fill("zh/controller/pads", dict(buyer_name="雷女士", controller=PIVOT49_ZH, agent_name=Z2),
     "整段商品标题放入 controller 占位符，问候语改为晚上好 (JC2)", edits=[("雷女士，您好：", "雷女士，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/controller/pads", dict(buyer_name="鄢先生", controller=PIVOT49, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您创作愉快！", "祝您编曲顺利！")], tags=["sign-off"])
fill("zh/piano/care", dict(buyer_name="钟女士", instrument=CANTOR, agent_name=Z2), "exact fill")
fill("zh/piano/care", dict(buyer_name="鞠先生", instrument=ARIETTA, agent_name=Z1),
     "问候语后加一句祝福 (JC2)",
     edits=[("鞠先生，您好：", "鞠先生，您好：\n\n听说这台琴是送给女儿的生日礼物，祝她弹得开心。")], tags=["warm-line"])
fill("zh/warranty/coverage", dict(buyer_name="谢女士", product=CANTOR, warranty_period="五年", case_id="SWK-C-31488",
     order_id="114-0774863-8764141", agent_name=Z2), "exact fill")
fill("zh/warranty/coverage", dict(buyer_name="邹先生", product=STAGE, warranty_period="三年", case_id="SWK-C-38081",
     order_id="113-0691252-4012169", agent_name=Z1),
     "最后一段两句调换顺序 (JC2)",
     edits=[swap("请在本对话中简单描述您遇到的情况，如果方便，再附上一段开着声音录制的短视频，以便我们判断下一步如何处理。",
                 "本次售后编号为 SWK-C-38081，对应订单 113-0691252-4012169。", sep="")], tags=["reorder"])
fill("zh/warranty/coverage", dict(buyer_name="顾女士", product=PEDAL, warranty_period="两年", case_id="SWK-C-38534",
     order_id="112-5927422-7430756", agent_name=Z2),
     "措辞微调：“简单描述”改为“简要说明” (JC2)", edits=[("简单描述", "简要说明")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="邱先生", product=ARIETTA, order_id="113-7212508-1510847", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，买家此前没有来信称赞 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="蒋女士", product=BENCH_ZH, order_id="113-2703465-6989573", agent_name=Z2),
     "问候语改为周末愉快；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("蒋女士，您好：", "蒋女士，周末愉快：")],
     tags=["greeting"])
fill("zh/troubleshoot/slow-key", dict(buyer_name="陈先生", instrument=CANTOR, agent_name=Z1), "exact fill")
fill("zh/troubleshoot/slow-key", dict(buyer_name="吕女士", instrument=ARIETTA, agent_name=Z2),
     "第二段从中间断开，分成两段 (JC2)", edits=[("活动开。很多时候", "活动开。\n\n很多时候")], tags=["reflow"])

fill("zh-tw/piano/bluetooth", dict(buyer_name="黃先生", instrument=CANTOR, agent_name=W1), "exact fill")
fill("zh-tw/piano/bluetooth", dict(buyer_name="張小姐", instrument=ARIETTA, agent_name=W2),
     "問候語改為午安，並加一句關心的話 (JC2)",
     edits=[("張小姐 您好：", "張小姐 午安：\n\n知道您最近開始跟著線上課程自學鋼琴，真替您開心。")], tags=["greeting", "warm-line"])
fill("zh-tw/piano/bluetooth", dict(buyer_name="許先生", instrument=CANTOR_TW, agent_name=W1),
     "整段商品標題放入 instrument 佔位符；第二、三段以分號併成一段 (JC2)",
     edits=[("點選鋼琴的名稱即可。\n\n藍牙 MIDI 則", "點選鋼琴的名稱即可；藍牙 MIDI 則")], tags=["long-value", "merge"])
fill("zh-tw/bench/adjust", dict(buyer_name="蘇太太", bench=BENCH_TW, agent_name=W2), "exact fill")
fill("zh-tw/bench/adjust", dict(buyer_name="林小姐", bench=BENCH, agent_name=W1),
     "第二段兩句調換順序 (JC2)",
     edits=[swap("一般建議坐下時手肘和琴鍵差不多高，前臂大致與地面平行。",
                 "如果是兒童使用，腳踩不到地面時，可以在腳下放一個踏腳凳。", sep="")], tags=["reorder"])
fill("zh-tw/stage/split", dict(buyer_name="吳小姐", instrument=STAGE, agent_name=W2), "exact fill")
fill("zh-tw/stage/split", dict(buyer_name="周先生", instrument=STAGE_TW, agent_name=W1),
     "整段商品標題放入 instrument 佔位符，結尾祝語改寫 (JC2)", edits=[("敬祝 演出順利", "敬祝 週末的婚宴演出一切順利")],
     tags=["long-value", "sign-off"])
fill("zh-tw/pedal/unit", dict(buyer_name="徐小姐", pedal=TRIPLE_TW, agent_name=W2), "exact fill")
fill("zh-tw/pedal/unit", dict(buyer_name="孫太太", pedal=TRIPLE, agent_name=W1),
     "措辭微調：「穩穩頂住」改為「剛好頂住」 (JC2)", edits=[("穩穩頂住地面", "剛好頂住地面")], tags=["wording"])

# ============================================================ 2. fill plus one logistics sentence -> []
with_logistics("en/pedal/connect", dict(buyer_name="Mr Alcott", pedal=PEDAL, instrument=STAGE, agent_name=A2),
               "behaves as a simple on and off switch.",
               "Your second SP-2 pedal was packed separately in Allentown and is travelling with USPS under tracking 9205590164394870641869, due Wednesday.",
               "split-shipment tracking for the second pedal, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
with_logistics("en/controller/computer", dict(buyer_name="Ms Beaumont-Tay", controller=PIVOT25, agent_name=A3),
               "from the list that appears.",
               "We have posted the USB-C cable your box was short of with USPS this morning; its tracking number is 9205590164440932352115.",
               "missing cable sent (JC6)", ["fulfilment", "tracking"])
with_logistics("en/stand/assembly", dict(buyer_name="Mr Cheswick", stand=STAND_Z, agent_name=A4),
               "flat on the floor.",
               "The bag of wing bolts that should have been taped inside the carton was shipped today by UPS, tracking 1Z5TK2040271657986, and is due on Friday.",
               "missing hardware bag sent (JC6)", ["fulfilment", "tracking"])
with_logistics("en/troubleshoot/no-sound", dict(buyer_name="Ms Dimitrova", instrument=ARIETTA, agent_name=A1),
               "still silent after that.",
               "If you decide to return the piano instead, please pack it in its original carton with both foam end caps; at 57 inches the carton is longer than any box a UPS Store keeps, so they cannot repack it for you.",
               "how the 57-inch carton must travel back is a carriage matter, not product help (JC4)", ["returns", "packing"])
with_logistics("en/warranty/coverage", dict(buyer_name="Mr Esterhuizen", product=CANTOR, warranty_period="five-year",
               case_id="SWK-C-33502", order_id="114-2545461-0846622", agent_name=A2),
               "under order 114-2545461-0846622.",
               "Should the piano need to travel back to our workshop, an Estes truck will collect both cartons at your door, and we arrange and pay for that freight pickup.",
               "how a two-carton console piano would travel back (JC5)", ["freight", "returns"])
with_logistics("en/apology/key-noise", dict(buyer_name="Ms Fortescue", instrument=CANTOR, agent_name=A3),
               "a repair or a replacement.",
               "The extra bench that went into your order by accident is now cancelled as you requested; it was still on our shelf, so there is no charge for it.",
               "a duplicate line cancelled before dispatch (JC6, JC15)", ["cancellation"])
with_logistics("zh/controller/pads", dict(buyer_name="冷女士", controller=PIVOT49, agent_name=Z1),
               "分配给任意参数。",
               "同一订单的 Trestle Z 琴架是另一个仓库发的货，走 FedEx，运单号 392045121527，周五应该能到。",
               "同一订单分开发货的运单号", ["split-shipment", "tracking"])
with_logistics("zh/piano/care", dict(buyer_name="蔺先生", instrument=CANTOR, agent_name=Z2),
               "就不容易变形。",
               "琴凳缺螺丝的事我们也处理了：一整包五金件今天交给 USPS 免费补发给您，运单号 9205590164634084772073。",
               "补发缺少的五金件 (JC6, JC15)", ["fulfilment", "tracking"])
with_logistics("zh/warranty/coverage", dict(buyer_name="仇女士", product=ARIETTA, warranty_period="三年",
               case_id="SWK-C-34275", order_id="112-4363805-5049398", agent_name=Z1),
               "对应订单 112-4363805-5049398。",
               "如果需要寄回检测，请用原包装纸箱和两端的泡沫护角装好；退货面单我们会通过亚马逊提供。",
               "寄回检测时的纸箱要求和退货面单 (JC4)", ["returns", "packing"])
with_logistics("zh/troubleshoot/slow-key", dict(buyer_name="池先生", instrument=CANTOR, agent_name=Z2),
               "安排维修或更换。",
               "要是您最后选择退货，在“您的订单”里提交申请后，两个纸箱由我们约货运公司到府取走，不用您自己搬运。",
               "两箱装立式琴退货的货运上门取件 (JC5)", ["returns", "freight"])
with_logistics("zh-tw/piano/bluetooth", dict(buyer_name="楊太太", instrument=CANTOR, agent_name=W2),
               "保持在三公尺以內。",
               "您另外訂購的 SP-2 延音踏板已經出貨，追蹤單號 1Z5TK2040601978513，預計週四送達。",
               "另外訂購的踏板追蹤單號", ["tracking"])
with_logistics("zh-tw/bench/adjust", dict(buyer_name="何先生", bench=BENCH, agent_name=W1),
               "螺絲重新鎖緊。",
               "如果最後決定換貨，我們會先寄出新的琴椅，再請 UPS 到府收回舊的，您不需要自己寄送。",
               "換貨的寄送與收回 (JC6)", ["returns"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Ms Ladipo,\n\nThe Cantor 88 comes in two cartons that weigh 143 pounds between them, too much for a parcel service, so Estes Express Lines is carrying it on a pallet under PRO 4072288074. When it gets to the Estes depot that serves your area, their dispatcher will ring the number on your order and offer you delivery windows. The driver lowers the pallet with a liftgate and leaves it at the curb; bringing it inside is up to you, so a helper is a good idea.\n\nBest regards,\nThaddeus",
     ["freight", "delivery-appointment"], "LTL freight with a PRO number and a delivery appointment (JC5, JC15)"),
    ("Dear Mr Kavanagh,\n\nA quick tip for delivery day: before signing for the Cantor 88, check that both cartons are there, the long one and the square one, and walk round each of them. Any crushed corner, tear or damp patch should go on the driver's receipt in your own words before you sign, and a couple of photos help too. With that note we can claim against the freight company and get replacement parts to you quickly. No marks at all? Then just sign.\n\nRegards,\nImogen",
     ["freight", "damage"], "checking a freight delivery before signing (JC5, JC7)"),
    ("Hi Ms Lorimer,\n\nThis morning's UPS scan says the driver gave up on apartment 3C: the address on the order does not say which entrance or floor it is on. If you tell us here how to reach the door, we will add it to the shipment notes, and the next delivery attempt is the following business day.\n\nThanks,\nCaspian",
     ["delivery-exception", "address"], "delivery exception, address details (JC16)"),
    ("Hello Mr Mansfield,\n\nAmazon Locker compartments stop well short of the 57-inch carton the Arietta 88 comes in, which is why the locker you picked was rejected; the order now goes to your home address. Should you be out that day, UPS can divert the parcel to one of its Access Point shops after it leaves our warehouse.\n\nWren",
     ["locker", "pickup-point"], "locker refused for a long carton (JC4)"),
    ("Hi Ms Nwachukwu,\n\nYour MIDI controller is now waiting behind the counter at The UPS Store on Birchwood Avenue, as you requested. Bring photo ID and quote tracking number 1Z5TK2040224171532. The store holds it for five business days, and anything not collected by then is sent back to our warehouse, at which point we refund you.\n\nThaddeus",
     ["pickup-point", "tracking"], "hold at a pickup counter (JC15, JC16)"),
    ("Dear Mr Oyelowo,\n\nYour Stagecraft 73 is with Canadian customs near Montreal, and release normally takes up to two business days. Duties and taxes were already paid through Amazon at checkout, so the courier should hand it over without asking for anything. If someone does ask for money at your door, refuse politely and post a picture of their slip here; we will take it up with the carrier.\n\nKind regards,\nImogen",
     ["customs"], "customs clearance and prepaid import fees for Canada (JC7)"),
    ("Hi Ms Pryde,\n\nI'm so sorry: a split end panel and two keys sitting lower than the rest means the Arietta 88 was knocked about on the way to you. A second piano set off from our Fontana warehouse with FedEx today, tracking 399817492472. Hold on to the damaged one, carton included, for now; the carrier may want to inspect or collect it, and I will post their decision here.\n\nCaspian",
     ["damage", "tracking"], "damaged in transit, replacement shipped (JC6, JC7)"),
    ("Hello Mr Quiller,\n\nFor the Arietta 88, open the return from Your Orders and print the UPS label Amazon creates. The piano goes back in its original carton between the two foam end caps, with the pedal and power supply boxed separately inside. Because the carton is 57 inches long, give it to a UPS driver or drop it at a UPS Customer Center; self-service drop boxes and most small counters turn parcels that size away.\n\nWren",
     ["returns", "packing"], "return of a long carton and where it can be handed over (JC4)"),
    ("Hi Ms Rendell,\n\nGood news: the Pivot 49 you sent back reached our Allentown warehouse this morning, and we have refunded the full $189.00 to the card you paid with. Banks usually post it within three to five business days.\n\nThaddeus",
     ["refund", "returns"], "refund of a return (JC15, JC16)"),
    ("Dear Mr Sowerby,\n\nThe Stagecraft 73 you returned came back to us without the power adapter, so today's refund is $770.00: the $799.00 you paid minus $29.00 for the missing adapter. Should it turn up, pop it in a box with the prepaid label from Your Orders, and the last $29.00 will follow as soon as we receive it.\n\nRegards,\nImogen",
     ["refund", "returns"], "partial refund of a return missing a part (JC6, JC15)"),
    ("Hello Ms Tamura-Vance,\n\nThe bench left our warehouse yesterday, and once a parcel is moving we are no longer able to edit its address. You can still steer it yourself: UPS My Choice lets you send tracking number 1Z5TK2040481392263 to your new home or to an Access Point shop near it, sometimes for a modest charge from UPS.\n\nCaspian",
     ["address", "tracking"], "address change after dispatch (JC16)"),
    ("Hi Mr Ulloa,\n\nYou will get two deliveries for this order. Our Fontana warehouse sent the Arietta 88 with FedEx under tracking 394761575573, expected Tuesday. The Trestle X stand and SP-2 pedal went from Allentown with UPS under tracking 1Z5TK2040203160135 and are expected Monday.\n\nWren",
     ["split-shipment", "tracking"], "split shipment (JC16)"),
    ("Dear Ms Vickery,\n\nOrder 111-4427150-1673862, the accidental second copy, is now cancelled. Nothing had left the warehouse and your card has not been charged for it. The Pivot 25 on your original order is unaffected and already in transit.\n\nThaddeus",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC6, JC15)"),
    ("Hello Mr Wardlaw,\n\nApologies for the hold-up. FedEx's Indianapolis hub kept the Arietta 88 carton for a day because its oversize sticker had been torn and had to be replaced before the box could go on. It is back on the road under tracking 395611449122 with a new delivery date of Thursday. Should Saturday come and go without it, write to us in this thread and a second piano will be sent.\n\nImogen",
     ["delay", "tracking"], "delay at a hub over an oversize label (JC4)"),
    ("Hi Ms Youngblood,\n\nYou're right, the door in the FedEx delivery photo is not yours. FedEx is now tracing the parcel, but we didn't want you to wait on that, so another sustain pedal went out today under tracking 395021946274. Should the missing one appear on your step later, let us know and we will arrange a free return label so it can come back to us.\n\nCaspian",
     ["delivery", "tracking"], "delivered to the wrong door (JC15, JC16)"),
    ("Hello Mr Zubiri,\n\nI'm sorry, you ordered the white Arietta 88 and our warehouse packed a black one. The white piano is leaving with FedEx today, tracking 393413663459. For the black piano, a prepaid UPS return label is ready in Your Orders; repack it in the same carton and give it to UPS any time in the next 30 days.\n\nWren",
     ["fulfilment", "returns"], "wrong colour sent, and its return (JC6)"),
    ("Hi Mr Ashworth-Kemp,\n\nThe address on your order is a PO box, and the Arietta 88 cannot go there: its carton is outside what USPS will carry to a box, and UPS and FedEx only deliver to street addresses. If you reply with a street address, we will release the order straight away. Until then it stays with us, and your card has not been charged.\n\nThaddeus",
     ["address"], "a PO box is impossible for the long carton (JC4)"),
    ("Dear Ms Brackenbury,\n\nThe replacement SP-2 pedal for case SWK-C-35659 went out from Allentown with USPS this afternoon, tracking 9205590164018070224438, and Monday is the expected delivery day. You do not need to send the faulty pedal back to us; keep it or recycle it, whichever suits you.\n\nImogen",
     ["fulfilment", "tracking"], "shipping notice for a warranty replacement (JC6)"),
    ("Hello Mr Colquhoun,\n\nThe return pickup of your Cantor 88 is booked with Estes Express Lines under PRO 4073882391. Expect a call from their terminal within two business days to choose a collection window. Tape both cartons shut and leave them by the front door or in the garage; the driver arrives with a pallet and shrink-wraps the cartons to it on site, so there is nothing else you need to prepare.\n\nCaspian",
     ["freight", "returns"], "freight pickup for a return (JC5)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("邝先生，您好：\n\nCantor 88 分两个纸箱包装，合计约一百四十三磅，由 Estes 货运公司固定在同一个托盘上配送，PRO 号 4070191160。Estes 的当地站点收到托盘以后，调度员会按订单上的电话联系您，约一个方便的送货时间。货车带尾板，司机只送到路边，建议届时请家人或朋友帮忙把纸箱搬进屋。\n\n费雨桐",
     ["freight", "delivery-appointment"], "托盘货运和预约送货 (JC5)"),
    ("廉女士，您好：\n\nFedEx 的司机今天上午没能把包裹送到：订单上的地址只写了小区和楼号，没有单元号。麻烦您在这里补充单元号，或者说明从哪个门进楼，我们会把信息加到运单备注里，FedEx 下一个工作日会再来。\n\n栾志诚",
     ["delivery-exception", "address"], "派送异常，补充地址 (JC16)"),
    ("齐先生，您好：\n\n亚马逊自提柜最大的格口也放不下 Arietta 88 这个一百四十五厘米长的纸箱，因此系统没有接受您选的自提柜，包裹会直接送到订单上的家庭地址。要是送货那天家里没人，可以在 UPS My Choice 里改成由附近的门店代收。\n\n费雨桐",
     ["locker", "pickup-point"], "超长纸箱放不进自提柜 (JC4)"),
    ("卫先生，您好：\n\n您的 Stagecraft 73 目前在蒙特利尔办理清关，预计两个工作日内放行。进口税费在您下单时已经由亚马逊一并收取，签收时不需要再付任何费用。万一快递员上门收钱，请不要支付，把通知单拍下来发到本对话，我们来和承运商交涉。\n\n栾志诚",
     ["customs"], "加拿大清关与预收税费 (JC7)"),
    ("焦女士，您好：\n\n看到照片真的很抱歉：Stagecraft 73 的外箱一角被压扁，最低音区有一个琴键断了，这是运输途中造成的。新的一台今天已经从芳塔纳仓库由 FedEx 补发，运单号 395023859174。坏的那台请连同纸箱先留着，承运商决定是否上门取回以后，我们会在这里告诉您。\n\n费雨桐",
     ["damage", "tracking"], "运输损坏与补发 (JC6, JC7)"),
    ("温先生，您好：\n\n退回 Arietta 88 时，请先在“您的订单”里申请退货并打印 UPS 面单。钢琴要放回原来的纸箱，两端套好泡沫护角，踏板和电源另外装一个小盒放在箱内。纸箱长约一百四十五厘米，请直接交给 UPS 司机或者送到 UPS 客户中心，普通投递箱和小门店一般不收。\n\n栾志诚",
     ["returns", "packing"], "超长纸箱退货的交寄方式 (JC4)"),
    ("连女士，您好：\n\n您退回的 Pivot 25 今天已在阿伦敦仓库签收入库，九十九美元已退回原支付方式，通常三到五个工作日到账。\n\n费雨桐",
     ["refund", "returns"], "退货退款 (JC15, JC16)"),
    ("栗先生，您好：\n\n您这笔订单分成两批寄出：Cantor 88 走货运，PRO 号 4075618484，货运公司会先来电预约；Duet 琴凳由 UPS 单独发出，运单号 1Z5TK2040192595041，预计下周二送达。\n\n栾志诚",
     ["split-shipment", "freight", "tracking"], "货运和快递分开发货 (JC5, JC16)"),
    ("郜女士，您好：\n\n您多下的那笔订单 113-9154144-0169498 已经取消。它还在仓库里没动，所以您的卡不会被扣款；SP-2 延音踏板的那笔原订单正在正常配送。\n\n费雨桐",
     ["cancellation"], "按要求取消重复订单 (JC6, JC15)"),
    ("牛先生，您好：\n\nTrestle X 琴架昨天已经交给 UPS，包裹在路上时我们就改不了地址了。不过您自己可以操作：登录 UPS My Choice，用运单号 1Z5TK2040904951101 把它转到新家，或者转到新家附近的 UPS 代收店，UPS 有时会为此收一点费用。\n\n栾志诚",
     ["address", "tracking"], "发货后改地址 (JC16)"),
    ("艾女士，您好：\n\n抱歉让您多等了两天：这场暴雪让 FedEx 路易斯维尔转运中心暂停了出车，您的包裹也被压在那里。现在车辆已经恢复，运单号 399523246389 显示周四可以送达。到了周六还没见到包裹的话，在这里说一声，我们马上另发一件。\n\n费雨桐",
     ["delay", "tracking"], "天气造成的转运延误 (JC16)"),
    ("封先生，您好：\n\n非常抱歉，仓库把您订的白色 Arietta 88 错发成了黑色。白色款今天由 FedEx 发出，运单号 397221003758。黑色这台的预付退货面单已经放在“您的订单”里，请用原纸箱装好，三十天内交给 UPS 即可。\n\n栾志诚",
     ["fulfilment", "returns"], "发错颜色及退回 (JC6)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("賴先生 您好：\n\n您的 Cantor 88 分成兩箱，由 Estes 貨運公司以棧板配送，PRO 號碼 4075188988。貨到當地站點後，對方會先打電話和您約送貨時段；送貨方式是尾門車送到路邊，不負責搬進屋內，建議屆時請一兩位親友幫忙。\n\n甄語萱",
     ["freight", "delivery-appointment"], "棧板貨運與預約送貨 (JC5)"),
    ("韋小姐 您好：\n\nPivot 49 已經依照您的意思轉到 The UPS Store 門市代收了。去領取時，請出示附照片的證件並報上追蹤單號 1Z5TK2040975532643。門市只放五個工作天，過了期限包裹會被送回我們倉庫，到時我們再幫您退款。\n\n鄔家豪",
     ["pickup-point", "tracking"], "門市代收 (JC16)"),
    ("莊先生 您好：\n\n要退回 Arietta 88，請先在「您的訂單」申請退貨並列印 UPS 標籤。鋼琴請放回原本的紙箱，兩端套上泡棉護角，踏板和變壓器另外用小盒裝好放在箱內。紙箱長約一百四十五公分，請直接交給 UPS 司機或送到 UPS 客服中心，一般投遞箱和小型門市通常不收。\n\n甄語萱",
     ["returns", "packing"], "超長紙箱退貨的交寄方式 (JC4)"),
    ("康小姐 您好：\n\n您寄回的 Trestle Z 琴架今天到了我們倉庫，六十九美元已經全額退到您當初付款的卡片，銀行入帳一般要三到五個工作天。\n\n鄔家豪",
     ["refund", "returns"], "退貨退款 (JC15, JC16)"),
    ("柯太太 您好：\n\n很抱歉，Duet 琴椅送到時有一支椅腳斷裂，這是運送途中造成的。新的琴椅今天已經由 UPS 補寄，追蹤單號 1Z5TK2040761891660；壞掉的那張先別丟，UPS 可能要看實物，等他們決定要不要收回，我會在這則訊息裡告訴您。\n\n甄語萱",
     ["damage", "tracking"], "運送損壞與補寄 (JC6, JC7)"),
    ("傅先生 您好：\n\n讓您久等了。您訂的琴架和延音踏板是分開寄出的：踏板週一已經送達，琴架因為外箱較長，要在轉運中心另外分揀，物流顯示預計週四送達，追蹤單號 399751530978。\n\n鄔家豪",
     ["delay", "split-shipment", "tracking"], "分開寄出，長箱分揀較慢 (JC4)"),
    ("戴先生 您好：\n\n您的 Pivot 25 已經抵達加拿大，正在卡加利辦理清關，一般兩個工作天內就會放行。這筆訂單的進口稅費在您付款時已經一起結清，簽收時如果有人要求付費，請先拒絕並拍照傳給我們。\n\n甄語萱",
     ["customs"], "清關與預收稅費 (JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Galloway-Ito,\n\nThe Stagecraft 73 is 45 inches long and weighs 34 pounds, so airlines treat it as checked baggage and often as an oversize item. A soft gig bag will not protect it from baggage handling; for flights, use a hard case with foam lining and keep the sustain pedal and power adapter in your carry-on. Check your airline's size limits before you book, as oversize fees vary a lot.\n\nThaddeus",
     ["advice", "air-travel"], "flying with the instrument is product use, not order logistics (JC12)"),
    ("Hello Ms Hemsley,\n\nYes, you can record the Arietta 88 straight into a phone. Run a USB-C cable from the piano's USB to Host port to the phone; the piano then shows up as an audio and MIDI device, and a recording app captures the sound without any microphone. Phones with a Lightning port need Apple's camera adapter in between.\n\nImogen",
     ["advice"], "recording into a phone (JC10)"),
    ("Dear Mr Idowu,\n\nThe SP-2 works with most keyboards from other makers. If the notes sustain the wrong way round, flip the polarity switch on its base before switching the keyboard on. Half-pedalling depends on the keyboard: it works where the manual mentions continuous or half-damper pedal support, and elsewhere the pedal acts as a plain switch.\n\nCaspian",
     ["advice", "compatibility"], "the pedal on another maker's keyboard (JC10)"),
    ("Hi Ms Jablonski,\n\nYou asked which of our controllers has full-size keys. Both do: the Pivot 25 and the Pivot 49 use the same full-width, semi-weighted keys, and only the range differs. Two octaves suit a desk beside a laptop; four octaves let you play with both hands, for example chords on the left and a melody on the right.\n\nWren",
     ["advice", "comparison"], "the buyer asked which model has full-size keys; no price, offer or push to buy (JC10)"),
    ("Hello Mr Ormsby,\n\nThe clip you sent of the buzzing note is now with our technician. He is back in the workshop on Monday, and you will hear from me by Tuesday evening with his view on what is causing it.\n\nImogen",
     ["holding"], "holding reply about a fault (JC13)"),
    ("Hi Ms Plunkett,\n\nThe four long bolts are for the side panels and the eight short black screws hold the back board. Stand the two sides up, fix the pedal board between them first, then lower the piano body onto the side brackets and tighten the long bolts only once all four are started. Fit the back board last; it keeps the cabinet from twisting, so please do not leave it off.\n\nThaddeus",
     ["advice", "assembly"], "assembling the console cabinet after delivery is product help, not delivery (JC11)"),
    ("Dear Mr Rathbone,\n\nAs you asked, I have attached the Cantor 88 owner's guide to this message as a PDF. The list of built-in voices starts on page 42, and the instructions for recording your own practice are on page 57.\n\nCaspian",
     ["manual"], "a manual sent on request is not logistics and no template covers it (JC13)"),
    ("Hi Ms Stainsby,\n\nThank you for letting us know you wrote a review of the Trestle X stand, and for the kind words about its height settings. I have shared your comments with our product team.\n\nWren",
     ["review-thanks"], "thanks for a review the buyer mentioned; nothing is asked, so not review-inducement (JC9)"),
    ("Hello Mr Tolland,\n\nTo play in one key and have the piano sound in another, hold Function and press the F sharp just below middle C, then use the minus and plus buttons to move up or down in semitones. The display shows the shift, and the piano goes back to normal pitch each time it is switched on.\n\nImogen",
     ["advice"], "transposing (JC10)"),
    ("Hi Ms Upshaw,\n\nThe Trestle X holds up to 110 pounds, so your 62-pound stage piano is well within its limit, and a small 25-key controller can sit on top of it as well. Two full-size keyboards are a different matter: put them on two separate stands rather than stacking one on the other, because stacking moves the weight off the support arms.\n\nThaddeus",
     ["advice"], "stand load limit (JC10, JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("上官女士，您好：\n\nStagecraft 73 长约一米一五、重约十五公斤，坐飞机只能办理托运，不少航空公司还会按超大行李收费。软琴包挡不住行李搬运时的磕碰，建议换用带泡沫内衬的硬质航空箱，踏板和电源适配器随身携带。订票前请先查一下航空公司的行李尺寸规定。\n\n费雨桐",
     ["advice", "air-travel"], "坐飞机携带乐器属于产品使用，不是订单物流 (JC12)"),
    ("欧阳先生，您好：\n\nPivot 49 可以直接控制 iPad 上的音乐应用。USB-C 接口的 iPad 用一根 USB-C 线连接即可；Lightning 接口的 iPad 需要加一个相机转换器，最好同时接上电源，因为单靠 iPad 供电可能带不动键盘的背光。\n\n栾志诚",
     ["advice", "compatibility"], "连接平板 (JC10)"),
    ("司马女士，您好：\n\nTrestle Z 的横梁有方向之分：印有刻度的那一面朝向演奏者，两头的圆孔对准立柱上的螺孔。先把两根横梁的螺丝都用手拧上，确认架子放平以后，再用扳手逐一拧紧，这样不容易歪。\n\n费雨桐",
     ["advice", "assembly"], "琴架组装属于产品帮助，不是送货 (JC11)"),
    ("臧先生，您好：\n\n谢谢您发来那段杂音的录音。我已经转给技术同事，他周一回到维修间会仔细听一下，周二晚上之前我会把他的建议回复给您。\n\n栾志诚",
     ["holding"], "故障的等待回复 (JC13)"),
    ("简女士，您好：\n\n打开节拍器请按面板上的 Metronome 键，按住这个键再转动数值旋钮就能调速度，范围是每分钟三十到二百八十拍。拍号在功能菜单里设置，例如华尔兹选三拍，大多数练习曲选四拍。\n\n费雨桐",
     ["advice"], "节拍器 (JC10)"),
    ("赖女士，您好：\n\n其他品牌的延音踏板一般也能接到 Arietta 88 上使用。如果踩下去反而不延音，说明踏板极性和琴不一致：先关机，把踏板底部的极性开关拨到另一边，再开机即可。半踏板效果要看踏板本身是否支持，普通开关式踏板只有开和关两种状态。\n\n栾志诚",
     ["advice", "compatibility"], "其他品牌踏板 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("曾小姐 您好：\n\n您問到哪一款比較適合六歲的孩子學琴。Arietta 88 和 Cantor 88 的琴鍵手感相同，都是全尺寸重錘鍵盤；差別在於 Cantor 88 有固定的琴身和三踏板，坐姿和踏板位置比較接近傳統鋼琴，Arietta 88 則可以收起來，適合空間有限的家庭。\n\n甄語萱",
     ["advice", "comparison"], "買家問哪一款適合孩子，沒有價格、優待或購買催促 (JC10)"),
    ("鍾先生 您好：\n\n依您的要求，隨信附上 Stagecraft 73 的中文使用說明書電子檔。分割與疊加的說明在第十八頁，音色列表在最後的附錄。\n\n鄔家豪",
     ["manual"], "應要求附上說明書，不是物流，也沒有範本 (JC13)"),
    ("葉先生 您好：\n\nArietta 88 內建兩軌錄音：按下錄音鍵後開始彈奏，就會自動錄製第一軌；錄好之後按住錄音鍵再按第二軌鍵，就能一邊聽第一軌一邊錄第二軌，很適合分手練習。錄音內容在關機後仍會保留。\n\n甄語萱",
     ["advice"], "錄音功能 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Inglis,\n\nPlug the pedal in before you turn the keyboard on, and keep your foot off it while it starts up, because that is when it reads the pedal's direction. If everything works backwards, flip the little switch under the pedal to minus and restart. Only the sustain jack does half-pedalling; the other jacks are plain on/off.\n\nWren",
     "retells en/pedal/connect (JC14)"),
    ("Hello Ms Jessop,\n\nJust plug it in over USB-C, no power supply or driver needed. In your DAW's preferences, enable it as a MIDI input, arm an instrument track and play. If the knobs don't respond, Shift plus Mode gets you to DAW mode, where you choose your program.\n\nThaddeus",
     "retells en/controller/computer (JC14)"),
    ("Hi Mr Kettleborough,\n\nThe keys themselves can't be made heavier, but the volume response can. Function plus the bottom C cycles through Light, Medium, Heavy and Fixed. Heavy is the teachers' favourite for building strength, Light is gentler for small hands, and the piano keeps whatever you pick.\n\nImogen",
     "retells en/piano/touch (JC14)"),
    ("Hello Ms Lockwood,\n\nThree quick checks: is the volume slider turned up, is anything (even an empty adapter) sitting in a headphone socket, and has a computer turned Local Control off? Function plus the top key turns it back on. Still silent? A factory reset, holding the two top white keys at power-on, usually clears it; let us know either way.\n\nCaspian",
     "retells en/troubleshoot/no-sound (JC14)"),
    ("Hi Mr Mowbray,\n\nOpen the stand until the pin locks; the third hole down is a good seated height. Tighten the arms on the top bars, set the keyboard on them with each arm a few inches in from the ends, and if it wobbles, screw the adjustable foot until all four touch the ground.\n\nWren",
     "retells en/stand/assembly (JC11, JC14)"),
    ("Hello Ms Naidoo,\n\nThe two quarter-inch headphone jacks are under the left side; a 3.5 mm pair just needs the usual adapter. Plugging in mutes the speakers, and two of you can listen together. Closed-back headphones under about 80 ohms are the most comfortable for long practice.\n\nThaddeus",
     "retells en/piano/headphones (JC14)"),
    ("Hi Mr Yardley,\n\nOnce you have spent a few practice sessions on the bench, an Amazon review telling other buyers how it has worked for you would be welcome, whatever your opinion of it.\n\nImogen",
     "a neutral review request in the agent's own words: template-required only, not review-inducement (JC9, JC14)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("宋女士，您好：\n\n想用垫子打鼓的话什么都不用改，出厂设置已经是鼓的通道。要是轻轻一碰不响，按住 Shift 再点 1 号垫，把力度切到“灵敏”；嫌音量忽大忽小，就切成“固定”。旋钮平时跟着软件走，管音量和左右声像；想自己分配，就换到自定义模式，用软件的 MIDI 学习来绑定。\n\n费雨桐",
     "改写 zh/controller/pads (JC14)"),
    ("郭先生，您好：\n\n擦琴之前先断电。琴键用拧干的软布前后方向擦，别横着擦；琴身拿干布掸掸灰就行，酒精之类的别用。平时盖好琴盖，别放在暖气边和太阳底下，屋里湿度四五十左右最合适。\n\n栾志诚",
     "改写 zh/piano/care (JC14)"),
    ("魏女士，您好：\n\n琴键回弹慢多半是太冷或太潮，里面的润滑脂变稠了。先在暖和的屋里放一两天，然后把那个键快速连弹几十下，一般就好了。还是慢或者发卡的话，拍个和旁边键对比的视频发过来。\n\n费雨桐",
     "改写 zh/troubleshoot/slow-key (JC14)"),
    ("袁女士，您好：\n\n琴的做工问题都在保修里，比如哑键、踏板不灵、插孔松、按键失灵；弹久了琴键发亮、进水、摔过或者别人修过的不保。您先说说是什么情况，最好带声音拍段视频给我们。\n\n栾志诚",
     "改写 zh/warranty/coverage，没有售后编号和订单号 (JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("高小姐 您好：\n\n放手機音樂：長按藍牙鍵兩秒，燈一閃就在手機藍牙清單裡點鋼琴。用學琴 App 連 MIDI：不要在手機設定裡配對，直接在 App 裡選鋼琴就好。兩個一起用時，手機別離太遠。\n\n鄔家豪",
     "改寫 zh-tw/piano/bluetooth (JC14)"),
    ("朱先生 您好：\n\n想讓兩種音色一起響，就按住 Layer 再挑第二個音色，兩邊的音量比例用 Balance 旋鈕抓。想左手彈貝斯、右手彈鋼琴，就按住 Split 再按您要的分界鍵，沒設定過的話是中央 C 下面那個 F。組合調好後按 Store 存起來，上場前叫出來就能用。\n\n甄語萱",
     "改寫 zh-tw/stage/split (JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Ms Finchley,\n\nFedEx expects to deliver your Arietta 88 on Thursday. With the freezing weather, leave it in its carton indoors for a few hours after it arrives and switch it on only once it has reached room temperature, so that no condensation forms inside.\n\nCaspian",
     "delivery date plus advice on letting a cold piano warm up (JC8, JC17)"),
    ("Hello Mr Gormley,\n\nYour replacement pedal cable was handed to USPS today and should be delivered later this week. In the meantime, the Sustain button on the front panel gives a fixed sustain you can use without a pedal, and a touch more reverb from the Reverb knob smooths over the gaps between chords.\n\nWren",
     "replacement shipped plus a playing tip (JC8)"),
    ("Dear Ms Hartigan,\n\nYour return request has gone through; print the UPS label from Your Orders whenever you are ready. One thing to try before packing: hold the two highest white keys while switching the piano on. That restores the factory settings and brings the speakers back in most cases like yours.\n\nThaddeus",
     "return plus troubleshooting in the agent's own words (JC8)"),
    ("Hi Mr Pendergast,\n\nYour Pivot 49 is in customs in Toronto and should be released in a day or two. While you wait, it is worth installing the latest version of your music software, so that its DAW mode finds the controller the moment you plug in.\n\nImogen",
     "customs plus software advice (JC8)"),
    ("Hello Ms Sowden,\n\nExpect a call from Estes in the next few days to arrange the freight delivery of the Cantor 88. As you plan where it goes, an inside wall is better than an outside one, and leaving a hand's width behind the piano lets the rear speakers breathe.\n\nCaspian",
     "freight appointment plus placement advice (JC5, JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("曲先生，您好：\n\n补发的踏板连接线明天由 USPS 寄出。在收到之前，可以先用面板上的 Sustain 键代替踏板，效果是固定长度的延音，练音阶和和弦已经够用。\n\n费雨桐",
     "补发加使用建议 (JC8)"),
    ("桑女士，您好：\n\n您的 Cantor 88 预计周四由货运公司送达。这几天气温在零度以下，收到后请先把纸箱放在室内，等几个小时回到室温再拆箱通电，避免机内结露。\n\n栾志诚",
     "送达加低温回温建议 (JC8, JC17)"),
    ("隋先生，您好：\n\n您的 Pivot 25 还在清关，预计两三天内放行。等待期间可以先在编曲软件里建好一条软音源轨道，键盘到了插上 USB-C 线就能直接弹。\n\n费雨桐",
     "清关加软件设置建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("姚小姐 您好：\n\n缺少的那包琴椅螺絲，今天已經交給 USPS 補寄給您。收到之前，椅子先不要調到最高，兩側旋鈕轉到中間的高度就好，坐起來比較穩。\n\n鄔家豪",
     "補寄加使用建議 (JC8)"),
    ("蕭先生 您好：\n\n您的 Arietta 88 預計週三送達。收到後如果要用平板上的學琴程式，請直接在程式裡連線藍牙 MIDI，不要先在平板的藍牙設定中配對，否則程式會找不到鋼琴。\n\n甄語萱",
     "送達加藍牙設定建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"
with_violation("en/controller/computer", dict(buyer_name="Mr Verity", controller=PIVOT25, agent_name=A4),
               "from the list that appears.",
               "P.S. Our Pivot 61 launches next month, and anyone who preorders this week gets 15% off with code KEYNOTE15.",
               [MKT, TR], "P.S. announcing a new controller with a discount code", sep="\n\n")
with_violation("en/piano/touch", dict(buyer_name="Ms Wickham", instrument=CANTOR, agent_name=A1),
               "set it once.",
               "When you review the piano, please mention how realistic the key weighting feels and add a photo of it in your room.",
               [RI, TR], "tells the buyer what to write in a review")
with_violation("en/troubleshoot/no-sound", dict(buyer_name="Mr Aldridge", instrument=ARIETTA, agent_name=A2),
               "still silent after that.",
               "Our keyboard technician replies much faster on WhatsApp, so feel free to message him at +1 610-555-0147.",
               [OPC, TR], "support moved to WhatsApp")
with_violation("en/apology/key-noise", dict(buyer_name="Ms Blaylock", instrument=ARIETTA, agent_name=A3),
               "a repair or a replacement.",
               "Please get in touch with us before posting a review, so we can put things right first.",
               [RI, TR], "review gating: an unhappy buyer is asked to come to the seller before reviewing")
with_violation("en/piano/headphones", dict(buyer_name="Mr Crossley", instrument=ARIETTA, agent_name=A4),
               "leaking into the room.",
               "Many customers also pick up our matching Duet bench; add it this week and we will take 10% off the pair.",
               [MKT, TR], "cross-sell of a bench with a time-limited percentage off")
with_violation("en/review/neutral-request", dict(buyer_name="Ms Dewhurst", product=PIVOT25, order_id="112-3152835-1181214",
               agent_name=A1),
               "decide what to improve.",
               "Post your review and, by way of thanks, an SP-2 sustain pedal will come to you free of charge.",
               [RI, TR], "a free pedal in exchange for a review")
with_violation("en/stand/assembly", dict(buyer_name="Mr Eastwood", stand=STAND_X, agent_name=A2),
               "flat on the floor.",
               "If you would rather watch than read, our assembly video is on our channel at youtube.com/@sablewoodkeys.",
               [OPC, TR], "sends the buyer to the seller's video channel")
with_violation("en/warranty/coverage", dict(buyer_name="Ms Fenby", product=CANTOR, warranty_period="five-year",
               case_id="SWK-C-38612", order_id="112-4712337-0139814", agent_name=A3),
               "under order 112-4712337-0139814.",
               "If the piano has to come back, please call our dispatch desk on (610) 555-0182 to book the freight pickup rather than arranging it through Amazon.",
               [OPC], "a phone number for booking a freight pickup: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Garside,\n\nUPS shows that your replacement bench was delivered yesterday afternoon. Now that everything is sorted, would you mind updating your 2-star review so it reflects how we handled the problem?\n\nThaddeus",
     [RI, TR], "delivery confirmation (logistics) plus a request to update a low review; the review part is not logistics (JC3)",
     ["free-written"])

with_violation("zh/controller/pads", dict(buyer_name="吉先生", controller=PIVOT49, agent_name=Z2),
               "分配给任意参数。",
               "如果还是设置不好，可以加我们的微信 sablewood_help，技术人员会远程帮您调试。",
               [OPC, TR], "技术支持转到微信")
with_violation("zh/review/neutral-request", dict(buyer_name="芦女士", product=ARIETTA, order_id="112-8957676-2733926",
               agent_name=Z1),
               "并用来改进产品。",
               "只要留下五星好评，再把评论页面截图发到这里，我们就返您二十美元。",
               [RI, TR], "五星好评截图返现")
with_violation("zh/troubleshoot/slow-key", dict(buyer_name="麦先生", instrument=CANTOR, agent_name=Z2),
               "安排维修或更换。",
               "琴键修好以后，还请您回到商品页，把那条一星差评撤下来，或者改成好评。",
               [RI, TR], "要求删除或修改差评")
with_violation("zh/piano/care", dict(buyer_name="丛女士", instrument=CANTOR, agent_name=Z1),
               "就不容易变形。",
               "另外，本店新款 Trestle Z 琴架本周九折，有需要的话欢迎选购！",
               [MKT, TR], "新品琴架九折促销")
with_violation("zh/warranty/coverage", dict(buyer_name="储先生", product=PIVOT49, warranty_period="两年",
               case_id="SWK-C-33123", order_id="111-2517825-1289052", agent_name=Z2),
               "对应订单 111-2517825-1289052。",
               "另外，请到我们的官网 sablewood-keys.com 登记产品序列号，以后申请保修会更快。",
               [OPC, TR], "引导到卖家官网登记产品；产品登记既不是物流，也不是促销")
free(V, "zh", "鲍女士，您好：\n\nArietta 88 已经回到我们仓库，验收也没有问题。这次退款想请您配合一下：我们不走亚马逊，直接用支付宝把钱转给您，会比较快，麻烦把支付宝账号发过来。\n\n栾志诚",
     [OPC], "退货退款改用支付宝：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

with_violation("zh-tw/stage/split", dict(buyer_name="卓小姐", instrument=STAGE, agent_name=W1),
               "一鍵就能叫出。",
               "之後有任何設定問題，直接傳訊息到我們的 LINE 帳號 @sablewoodtw，技術人員會一對一教您。",
               [OPC, TR], "設定教學轉到 LINE 帳號")
with_violation("zh-tw/pedal/unit", dict(buyer_name="洪小姐", pedal=TRIPLE, agent_name=W2),
               "避免被腳踢到而鬆脫。",
               "如果踏板用起來順手，還請幫我們在商品頁留下五顆星的評價。",
               [RI, TR], "只向滿意的買家要五顆星評價")
free(V, "zh", "簡小姐 您好：\n\n您的 SP-2 延音踏板已經交給 UPS，追蹤單號 1Z5TK2040269476463，預計週二送達。也歡迎加入我們的 Facebook 社團「Sablewood 琴友會」，每個月都會抽出一副耳機送給社團成員。\n\n鄔家豪",
     [MKT, OPC, TR], "出貨通知（物流）加上邀請加入 Facebook 社團參加抽獎；社團與抽獎不是物流 (JC3)", ["free-written"], trad=True)
