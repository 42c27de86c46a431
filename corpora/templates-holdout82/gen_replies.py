# -*- coding: utf-8 -*-
"""Labelled seller replies of t82 (imported by gen.py). All texts written for this set.

One call below adds one reply. Sections in order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. JCn in a note refers to the judgement calls in README.md.
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
        raise SystemExit("placeholders of %s: given %s, needed %s" % (tid, sorted(vals), sorted(need)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _put(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template and apply (old, new) edits; every old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _put(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    hits = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(hits) == 1, (tid, starts)
    return (hits[0], textwrap.fill(hits[0], width))


def swap(a, b, sep=" "):
    """Edit: exchange two adjacent sentences."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _put(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def plus(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Marisol Tranberg", "Cormac Deleon-Ashby", "Hester Yamaguchi-Pratt", "Idris Fallowfield"
Z1, Z2 = "卫书涵", "裘博文"
W1, W2 = "夏語恩", "池冠廷"
WREN, PUFF, PUFF5, STAR = ("Bramblegust Wrenfly Delta kite", "Bramblegust Puffin 2.4 parafoil kite",
                           "Bramblegust Puffin 5.0 parafoil kite", "Bramblegust Starling diamond kite")
KES, KES18, TERN = "Bramblegust Kestrel 2.3 stunt kite", "Bramblegust Kestrel 1.8 stunt kite", "Bramblegust Tern 2.0 quad-line kite"
HOOP, WINDLASS = "Bramblegust 10-inch hoop reel", "Bramblegust Windlass geared winder"
L90, L150, POLY = ("Gustline 90 lb Dyneema line set (2 x 85 ft)", "Gustline 150 lb Dyneema line set (2 x 100 ft)",
                   "Gustline 50 lb polyester line")
KES_LONG = ("Bramblegust Kestrel 2.3 Dual Line Stunt Kite for Adults, 7.5 ft Wingspan, Carbon Fiber Frame, Ripstop Nylon "
            "Sail, with 2 x 85 ft 90 lb Dyneema Lines, Wrist Straps and Carry Bag, Wind Range 6-25 mph")
WREN_LONG = ("Bramblegust Wrenfly Delta Kite, 62 Inch Single Line Kite for Kids and Adults, Easy to Fly Beach Kite "
             "with 300 ft Line, Hoop Reel and 8 ft Ribbon Tail")
STAR_LONG = ("Bramblegust Starling Diamond Kite for Kids, 33 Inch Rainbow Ripstop Kite with Fiberglass Frame, 200 ft "
             "String Winder and Two Ribbon Tails, Great First Kite for Ages 4 and Up")
WREN_ZH, PUFF_ZH, STAR_ZH = "Wrenfly 三角风筝", "Puffin 2.4 软体风筝", "Starling 儿童菱形风筝"
KES_ZH, TERN_ZH = "Kestrel 2.3 双线特技风筝", "Tern 2.0 四线风筝"
WREN_ZH_LONG = "Bramblegust Wrenfly 三角风筝 62英寸大号单线风筝 成人儿童初学者易飞 附300英尺风筝线 手握线轮 8英尺彩带尾巴"
PUFF_TW, PUFF5_TW = "Puffin 2.4 軟體風箏", "Puffin 5.0 大型軟體風箏"
TERN_TW, TERN26_TW, KES_TW = "Tern 2.0 四線風箏", "Tern 2.6 四線風箏", "Kestrel 2.3 雙線特技風箏"
TERN_TW_LONG = "Bramblegust Tern 2.6 四線特技風箏 翼展2.6公尺 碳纖維骨架 附四條 Dyneema 風箏線 專用手把 收納袋"

# ============================================================ 1. filled templates -> []
fill("en/single/launch", dict(buyer_name="Ms Tregarthen", kite=WREN, agent_name=A1), "exact fill")
fill("en/single/launch", dict(buyer_name="Mr Mbatha-Lowe", kite=WREN_LONG, agent_name=A2),
     "the whole listing title in the kite slot; greeting changed (JC2)",
     edits=[("Hello Mr Mbatha-Lowe,", "Good afternoon Mr Mbatha-Lowe,")], tags=["greeting", "long-value"])
fill("en/single/launch", dict(buyer_name="Ms Szczepanik", kite=STAR, agent_name=A3),
     "a warm line about the buyer's daughter added after the greeting (JC2)",
     edits=[("Hello Ms Szczepanik,", "Hello Ms Szczepanik,\n\nWhat a lovely idea to give your daughter her first kite for her sixth birthday.")],
     tags=["warm-line"])
fill("en/stunt/first-flight", dict(buyer_name="Mr Ollerenshaw", kite=KES, line_length="85 ft", agent_name=A4), "exact fill")
_v = dict(buyer_name="Mrs Kwarteng", kite=KES18, line_length="70 ft", agent_name=A1)
fill("en/stunt/first-flight", _v, "first and third paragraphs hard-wrapped at 64 columns, as pasted from a mail client (JC2)",
     edits=[wrap("en/stunt/first-flight", _v, "Here is how", 64), wrap("en/stunt/first-flight", _v, "To launch", 64)],
     tags=["reflow"])
fill("en/stunt/first-flight", dict(buyer_name="Mr Bellamy-Soto", kite=KES_LONG, line_length="85 ft", agent_name=A2),
     "listing title in the kite slot; the sign-off wishes the buyer a good weekend at the beach (JC2)",
     edits=[("Kind regards,", "Have a great weekend at the beach,")], tags=["long-value", "sign-off"])
fill("en/stunt/pulls-sideways", dict(buyer_name="Ms Vuorinen", kite=KES, agent_name=A3), "exact fill")
fill("en/stunt/pulls-sideways", dict(buyer_name="Mr Hargreave", kite=KES18, agent_name=A4),
     "the sentence about uneven stretching paraphrased with the same fact (JC2)",
     edits=[("Lines stretch unevenly over the first few sessions, so re-tie the longer one until they match.",
             "New lines do not stretch evenly in their first outings, so tie the longer one again until both are equal.")],
     tags=["paraphrase"])
fill("en/line/strength", dict(buyer_name="Ms Delacroix-Amoah", kite=KES, line=L90, agent_name=A1), "exact fill")
fill("en/line/strength", dict(buyer_name="Mr Fitzwilliam", kite=PUFF5, line=L150, agent_name=A2),
     "second and third paragraphs run together into one (JC2)",
     edits=[("for the same strength.\n\nA longer line", "for the same strength. A longer line")], tags=["merge"])
fill("en/reel/winding", dict(buyer_name="Ms Nakamura-Stowe", reel=HOOP, agent_name=A3), "exact fill")
fill("en/reel/winding", dict(buyer_name="Mr Oyedepo", reel=WINDLASS, agent_name=A4),
     "the two sentences of the second paragraph swapped (JC2)",
     edits=[swap("Guide the line with your free hand so that it goes on in even, crossing layers rather than piling up in one spot.",
                 "Keep it dry as well: line wound up wet can grow mildew and lose strength, so let it dry loosely in the shade first.")],
     tags=["reorder"])
fill("en/repair/patch", dict(buyer_name="Ms Lindholm", kite=PUFF, agent_name=A1), "exact fill")
fill("en/repair/patch", dict(buyer_name="Callum", kite=WREN, agent_name=A2),
     "greeting changed and a sympathy line about the puppy added (JC2)",
     edits=[("Hello Callum,", "Hi Callum,\n\nPuppies and kites are a famous mix; I'm sorry yours found the sail before you did.")],
     tags=["greeting", "warm-line"])
fill("en/warranty/claim", dict(buyer_name="Mr Cheverton", kite=KES, warranty_period="one-year", case_id="BGK-W-31407",
     order_id="113-4820571-3960214", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Baptiste-Morrow", kite=STAR_LONG, warranty_period="one-year",
     case_id="BGK-W-31422", order_id="112-7093318-5504126", agent_name=A4),
     "listing title in the kite slot; the long exclusions sentence split in two (JC2)",
     edits=[("by contact with trees, power lines or water, and the normal wear of line and bridle are not covered.",
             "by contact with trees, power lines or water are not covered. Nor is the normal wear of line and bridle.")],
     tags=["long-value", "split"])
fill("en/apology/spar-break", dict(buyer_name="Mr Runciman", spar="lower spreader", kite=KES, agent_name=A1), "exact fill")
fill("en/apology/spar-break", dict(buyer_name="Ms Yilmaz-Hart", spar="left leading-edge spar", kite=KES18, agent_name=A2),
     "one phrase reworded and the sign-off changed (JC2)",
     edits=[("just as you were getting the feel of the kite", "right when the kite was starting to make sense to you"),
            ("With apologies,", "Sorry again,")],
     tags=["wording", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Gatehouse", order_id="114-3305962-7182049", kite=TERN, agent_name=A3),
     "exact fill; the only review request for this order, and the thread has no earlier praise (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Ingrid", order_id="111-6627014-0938451", kite=PUFF, agent_name=A4),
     "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hi Ingrid,", "Hello Ingrid,"), ("Best wishes,", "Many thanks,")], tags=["greeting", "sign-off"])

fill("zh/tail/attach", dict(buyer_name="王先生", tail="30英尺筒状尾巴", kite=WREN_ZH, agent_name=Z1), "exact fill")
fill("zh/tail/attach", dict(buyer_name="李女士", tail="彩带尾巴", kite=WREN_ZH_LONG, agent_name=Z2),
     "整段商品标题放入 kite 占位符，问候语改为上午好 (JC2)", edits=[("，您好：", "，上午好：")],
     tags=["greeting", "long-value"])
fill("zh/tail/attach", dict(buyer_name="张先生", tail="彩带尾巴", kite=STAR_ZH, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您放飞愉快！", "祝您和孩子周末玩得开心！")], tags=["sign-off"])
fill("zh/single/wind", dict(buyer_name="刘女士", kite=WREN_ZH, agent_name=Z2), "exact fill")
fill("zh/single/wind", dict(buyer_name="陈先生", kite=PUFF_ZH, agent_name=Z1),
     "问候后加一句体谅的话 (JC2)",
     edits=[("陈先生，您好：", "陈先生，您好：\n\n听说您第一次带孩子去海边就没放起来，确实有点扫兴。")], tags=["warm-line"])
fill("zh/warranty/claim", dict(buyer_name="杨女士", kite=KES_ZH, warranty_period="一年", order_id="112-9041736-2275813",
     case_id="BGK-W-31459", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="赵先生", kite=TERN_ZH, warranty_period="一年", order_id="114-1586620-9073342",
     case_id="BGK-W-31476", agent_name=Z1),
     "最后一段两句调换顺序 (JC2)",
     edits=[swap("请在本对话中附上风筝的整体照片和故障部位的特写，并简单说明发生的经过。",
                 "我们已为订单 114-1586620-9073342 登记售后编号 BGK-W-31476。", sep="")],
     tags=["reorder"])
fill("zh/review/neutral-request", dict(buyer_name="黄女士", kite=STAR_ZH, order_id="113-2275094-6618830", agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，对话中买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="周先生", kite=KES_ZH, order_id="111-8804512-3390671", agent_name=Z1),
     "问候语改为晚上好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("周先生，您好：", "周先生，晚上好：")],
     tags=["greeting"])
fill("zh/stunt/line-twist", dict(buyer_name="吴女士", kite=KES_ZH, agent_name=Z2), "exact fill")
fill("zh/stunt/line-twist", dict(buyer_name="徐先生", kite="Kestrel 1.8 双线特技风筝", agent_name=Z1),
     "第二段从分号处断开，分成两段 (JC2)",
     edits=[("仍然可以正常操控；圈数多了", "仍然可以正常操控。\n\n圈数多了")], tags=["reflow"])

fill("zh-tw/parafoil/inflate", dict(buyer_name="林小姐", kite=PUFF_TW, agent_name=W1), "exact fill")
fill("zh-tw/parafoil/inflate", dict(buyer_name="張先生", kite=PUFF5_TW, agent_name=W2),
     "問候語改為早安，並加一句體諒的話 (JC2)",
     edits=[("張先生 您好：", "張先生 早安：\n\n難得全家一起到海邊，風箏卻飛不起來，一定很掃興。")], tags=["greeting", "warm-line"])
fill("zh-tw/parafoil/inflate", dict(buyer_name="黃小姐", kite=PUFF_TW, agent_name=W1),
     "第一段兩句以分號合併 (JC2)", edits=[("一直鼓不起來。軟體風箏", "一直鼓不起來；軟體風箏")], tags=["merge"])
fill("zh-tw/quad/handles", dict(buyer_name="蔡先生", kite=TERN_TW, agent_name=W2), "exact fill")
fill("zh-tw/quad/handles", dict(buyer_name="楊小姐", kite=TERN_TW_LONG, agent_name=W1),
     "整段商品標題放入 kite 佔位符，結尾祝語改寫 (JC2)", edits=[("敬祝 順心", "祝 練習順利")],
     tags=["long-value", "sign-off"])
fill("zh-tw/repair/spar", dict(buyer_name="許先生", kite=KES_TW, spar="下橫桿", agent_name=W2), "exact fill")
fill("zh-tw/repair/spar", dict(buyer_name="鄭小姐", kite=TERN26_TW, spar="前緣骨架", agent_name=W1),
     "最後一段兩句調換順序 (JC2)",
     edits=[swap("修理包附的碳纖維骨架是標準規格，直接替換即可，不需要裁切。",
                 "換好之後，請先在微風中試飛，確認風箏沒有偏向一邊。", sep="")],
     tags=["reorder"])
fill("zh-tw/review/neutral-request", dict(buyer_name="郭先生", kite=KES_TW, order_id="113-5528016-4470293", agent_name=W2),
     "exact fill；本訂單唯一一次評論邀請，買家先前沒有表示滿意 (JC9)")
fill("zh-tw/review/neutral-request", dict(buyer_name="洪小姐", kite=PUFF_TW, order_id="112-3069458-8851702", agent_name=W1),
     "署名前加上祝福語；本訂單唯一一次評論邀請 (JC2, JC9)",
     edits=[("我們都會認真參考。\n\n", "我們都會認真參考。\n\n祝 假期愉快\n")], tags=["sign-off"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; merged into a trailing (JCn) group when the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    plus(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/single/launch", dict(buyer_name="Ms Ekwueme", kite=WREN, agent_name=A3),
         "that block the wind.",
         "The spare 300 ft line you ordered with it left our Savannah warehouse separately by USPS, tracking 9205590164218830475126, and should arrive on Wednesday.",
         "split-shipment tracking for the line, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/stunt/first-flight", dict(buyer_name="Mr Paternoster", kite=KES, line_length="85 ft", agent_name=A4),
         "small movements are enough.",
         "The wrist straps that were missing from your box went out this morning by USPS, tracking 9205590164218830491733.",
         "missing straps sent (JC5)", ["fulfilment", "tracking"])
fill_log("en/stunt/pulls-sideways", dict(buyer_name="Ms Sorrell", kite=KES18, agent_name=A1),
         "we will go through it with you.",
         "If you would rather return it, the free return label is in Your Orders; please pack the kite back into its long shipping tube, as a folded frame will not fit the box the label is priced for.",
         "return packing in the original tube (JC4)", ["returns", "oversize"])
fill_log("en/repair/patch", dict(buyer_name="Mr Achterhof", kite=PUFF, agent_name=A2),
         "before you fly it in a strong wind.",
         "We have also shipped a second roll of repair tape free of charge, since the one in your kit arrived crushed; UPS tracking is 1ZV63K410352718406.",
         "tape crushed in transit, replacement shipped (JC6, JC14)", ["damage", "tracking"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Wojcik-Dale", kite=TERN, warranty_period="one-year", case_id="BGK-W-31503",
         order_id="111-2739405-6614820", agent_name=A3),
         "for order 111-2739405-6614820.",
         "If we need the kite back for inspection, we will send you a prepaid UPS label, and you only need to drop the tube at a UPS Store.",
         "how the kite would travel back for inspection (JC7)", ["returns"])
fill_log("en/reel/winding", dict(buyer_name="Mr Kilbride", reel=HOOP, agent_name=A4),
         "let it spin free for a minute.",
         "As you asked, we have cancelled the second reel that was ordered by mistake; it had not shipped, so you will not be charged for it.",
         "cancellation of a duplicate item before dispatch (JC5)", ["cancellation"])
fill_log("zh/tail/attach", dict(buyer_name="马女士", tail="30英尺筒状尾巴", kite=PUFF_ZH, agent_name=Z2),
         "下次展开会更顺。",
         "您同一订单里的另一条彩带尾巴从萨凡纳仓库单独发货，运单号 618307249153，预计周五送达。",
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/single/wind", dict(buyer_name="郭女士", kite=STAR_ZH, agent_name=Z1),
         "请尽快收线，不要硬撑。",
         "另外，您反映包裹里少了线轮，新的线轮今天已免费补发，运单号 9205590164218830526081。",
         "补发缺少的线轮 (JC5, JC14)", ["fulfilment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="何先生", kite=KES_ZH, warranty_period="一年", order_id="113-6602714-1189354",
         case_id="BGK-W-31538", agent_name=Z2),
         "登记售后编号 BGK-W-31538。",
         "如果需要寄回检测，我们会提供预付的 UPS 退货面单，请把风筝装回原来的长筒包装再寄出。",
         "寄回检测的面单和长筒包装 (JC4, JC7)", ["returns", "oversize"])
fill_log("zh/stunt/line-twist", dict(buyer_name="罗女士", kite=KES_ZH, agent_name=Z1),
         "以免打成死结。",
         "如果您还是决定退货，可以直接在“您的订单”页面申请，退货运费由我们承担。",
         "退货说明", ["returns"])
fill_log("zh-tw/quad/handles", dict(buyer_name="王小姐", kite=TERN_TW, agent_name=W1),
         "先練習讓風箏停在低空不動。",
         "您另外訂購的收納袋已經出貨，追蹤單號 618307315580，預計週四送達。",
         "另外訂購的收納袋追蹤單號", ["tracking"])
fill_log("zh-tw/repair/spar", dict(buyer_name="曾小姐", kite=KES_TW, spar="中央脊骨", agent_name=W2),
         "確認風箏沒有偏向一邊。",
         "您說收到時修理包少了一支骨架，補寄的骨架今天已經寄出，追蹤單號 1ZV63K410352760931。",
         "補寄修理包缺少的骨架 (JC5)", ["fulfilment", "tracking"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Murchison,\n\nThe Kestrel 2.3 ships fully assembled in a 52-inch tube, which is longer than any Amazon Locker compartment, so the locker you chose could not accept it and the order has been switched to your home address. If nobody will be in, you can ask UPS to hold it at a UPS Access Point once the tracking number shows in Your Orders.\n\nBest regards,\nMarisol",
     ["oversize", "locker", "pickup-point"], "long tube refused by a locker (JC4)"),
    ("Hi Ms Hollis-Nwankwo,\n\nYour line set and tail are small enough for USPS and can go to your PO box, but the Tern 2.0 comes in a long tube that only UPS carries, and UPS does not deliver to PO boxes. Could you reply with a street address for the kite? We will send the small items to the PO box today and hold the kite until we hear from you.\n\nKind regards,\nCormac",
     ["oversize", "address", "split-shipment"], "PO box impossible for the long tube (JC4)"),
    ("Dear Mr Lyndhurst,\n\nUPS put a delivery exception on your parcel this morning: the driver could not find apartment 3C at the address on the order. Could you reply with the right apartment number or a note on how to reach the entrance? We will pass it on, and UPS will try again on the next business day.\n\nThanks,\nHester",
     ["delivery-exception", "address"], "delivery exception, address details (JC15)"),
    ("Hello Ms Petrakis,\n\nI'm very sorry the tube arrived crushed in the middle and two spars inside were snapped. That happened in transit, and it is not something you should have to repair. A new Kestrel 2.3 went out today by UPS, tracking 1ZV63K410352793374. Please keep the damaged one until the carrier tells us whether they want it collected; we will let you know in this thread.\n\nIdris",
     ["damage", "tracking"], "crushed in transit, replacement sent (JC6)"),
    ("Hi Mr Ravenhill,\n\nYour Puffin 5.0 is in customs in Toronto. The import duties and taxes were charged by Amazon when you ordered, so please do not pay anything at the door. If the courier asks for money, send us a photo of the notice and we will sort it out with them. Release usually takes one or two business days.\n\nMarisol",
     ["customs"], "customs and prepaid duties (JC6)"),
    ("Hello Ms Oyelowo,\n\nTo return the Wrenfly Delta, start the return in Your Orders and print the label. Please fold the sail along its original creases, slide the spars into the sleeve and put everything back in the flat box it came in. A kite that has been flown is fine to return, but please shake the sand out first.\n\nCormac",
     ["returns", "packing"], "return of a flown kite (JC15)"),
    ("Hi Mr Kowalewski,\n\nOur Tacoma warehouse checked in your returned Puffin 2.4 this morning. A refund of $42.99 has gone back to your original payment method and usually appears within three to five business days.\n\nHester",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Dear Ms Brackenbury,\n\nYour returned Kestrel 2.3 reached us without its carry bag. We have refunded $104.00 now, which is the price less $15.00 for the bag. If the bag turns up, send it back with the free label in Your Orders and we will refund the remaining $15.00 when it arrives.\n\nRegards,\nIdris",
     ["refund", "returns"], "partial refund of a return missing a part (JC5, JC14)"),
    ("Hello Mr Tuilagi,\n\nYour order shipped yesterday, so we can no longer change the address on it. UPS can still redirect it: look up tracking number 1ZV63K410352825109 in UPS My Choice and choose Change Delivery Address, or ask them to hold it at an Access Point near your new place. UPS may charge a small fee for the redirect.\n\nMarisol",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hi Ms Esterhuizen,\n\nYour order comes in two parcels from two warehouses. The Tern 2.0 left Tacoma in its tube with UPS, tracking 1ZV63K410352841650, and should arrive on Monday. The line set and the repair kit left Savannah with USPS, tracking 9205590164218830563448, and are due on Saturday.\n\nCormac",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Dear Mr Dunwoody,\n\nWe have cancelled the duplicate order 112-5840317-2096648 as you asked. It had not shipped, so you will not be charged for it, and your first order for the Starling diamond kite is unchanged and on its way.\n\nHester",
     ["cancellation"], "duplicate order cancelled on request (JC5, JC14)"),
    ("Hello Ms Mirabelli,\n\nSorry for the wait. A storm closed the UPS hub in Louisville for a day, and your Kestrel 1.8 is moving again now. UPS expects to deliver it on Thursday, still two days before your son's birthday. If it has not arrived by Friday, tell us here and we will send another one overnight.\n\nIdris",
     ["delay"], "weather delay and a birthday deadline (JC15)"),
    ("Hi Mr Ashworth-Kang,\n\nThe UPS delivery photo shows a blue door that does not look like yours. We have opened a trace with UPS and, rather than keep you waiting, shipped a replacement reel today, tracking 1ZV63K410352876012. If the first parcel does turn up, please reply and we will send you a free return label for it.\n\nMarisol",
     ["delivery", "tracking"], "delivered to the wrong door (JC14, JC15)"),
    ("Hello Ms Gallagher-Ito,\n\nI'm sorry, our warehouse packed the red Puffin 2.4 instead of the blue one you ordered. The blue kite ships today by USPS, tracking 9205590164218830598912. A prepaid label for the red one is in Your Orders; please send it back within 30 days, folded in its pouch.\n\nCormac",
     ["fulfilment", "returns"], "wrong colour sent and its return (JC5)"),
    ("Dear Mr Odhiambo,\n\nYou asked for a replacement lower spreader after yours broke on a hard landing. It left Savannah this morning by USPS, tracking 9205590164218830611047, and should be with you on Tuesday. It slides straight into the fittings of your Kestrel 2.3.\n\nHester",
     ["fulfilment", "tracking"], "a spare spar for a crash break: the shipment is logistics whatever its reason (JC7)"),
    ("Hi Ms Pemberley,\n\nYour parcel is held at the UPS counter in the CVS on Maple Street, as you asked. Please bring a photo ID and the tracking number 1ZV63K410352902785. They keep parcels for five business days; after that UPS sends it back to us and we refund the order.\n\nIdris",
     ["pickup-point", "tracking"], "hold at a pickup point (JC15)"),
    ("Hello Mr Vandersloot,\n\nThe Puffin 5.0 and its line are both packed and will go out together tomorrow morning from Tacoma by FedEx Ground, tracking 618307408862. Ground service from Tacoma to Boise takes two to three days, so it should arrive by Friday, well before the festival on Sunday.\n\nMarisol",
     ["tracking", "delivery"], "dispatch date before an event (JC15)"),
    ("Dear Ms Carmichael,\n\nWe cannot ship the Tern 2.0 to the APO address on your order. Its tube is longer than the military mail service accepts, so the carrier sent it back to us. We have refunded the full $139.00 to your card; the line set, which fits the size limit, was delivered as planned.\n\nCormac",
     ["oversize", "address", "refund"], "APO size limit for the long tube (JC4, JC14)"),
    ("Hi Mr Sarpong,\n\nYour kite was returned to us as undeliverable because the street name on the order was misspelled. We have corrected it to Hollyhock Lane as you confirmed, and the parcel went out again today by UPS, tracking 1ZV63K410352937148, at no cost to you.\n\nHester",
     ["address", "tracking"], "reshipped after an address error (JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("闻先生，您好：\n\nKestrel 2.3 是整支装在约一百三十厘米长的纸筒里发货的，超过了亚马逊自提柜格口的尺寸，所以您选的自提柜没有通过，订单已改为寄到您的家庭地址。如果白天家里没人，等运单号生成后，可以请 UPS 把包裹留在附近的自提点。\n\n卫书涵",
     ["oversize", "locker", "pickup-point"], "长筒包装放不进自提柜 (JC4)"),
    ("阎女士，您好：\n\nUPS 今天上午反馈派送异常：订单地址缺少楼栋号，快递员找不到收件人。请在本对话中回复完整的楼栋号和门牌号，我们会转告 UPS，下一个工作日重新派送。\n\n裘博文",
     ["delivery-exception", "address"], "派送异常，补充地址 (JC15)"),
    ("冯先生，您好：\n\n非常抱歉，您的 Puffin 2.4 软体风筝在运输途中外箱被压破，帆布上有一道口子。新的风筝今天已经补发，运单号 1ZV63K410352968421。损坏的那只请先保留，等承运商确认是否需要取回，我们会在本对话中通知您。\n\n卫书涵",
     ["damage", "tracking"], "运输损坏与补发 (JC6, JC14)"),
    ("于女士，您好：\n\n您的包裹正在温哥华清关，一般需要一到两个工作日。进口关税已在下单时由亚马逊代收，快递员上门时如果要求付款，请先不要支付，把通知单拍照发给我们处理。\n\n裘博文",
     ["customs"], "清关与预收关税 (JC6)"),
    ("董女士，您好：\n\n退货请在“您的订单”中申请并打印退货面单。请把风筝的骨架抽出来和帆布一起卷好，放回原来的长纸筒里，封口后交给 UPS。放飞过的风筝也可以退，寄回前把沙子抖干净就行。\n\n卫书涵",
     ["returns", "packing", "oversize"], "退货包装 (JC4)"),
    ("萧先生，您好：\n\n塔科马仓库今天已签收您退回的 Kestrel 2.3，119美元的退款已退回原支付方式，一般三到五个工作日到账。\n\n裘博文",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("程女士，您好：\n\n您的订单分两个包裹发出：风筝装在长纸筒里由 UPS 配送，运单号 1ZV63K410352990357，预计周一送达；风筝线和修理包由 USPS 配送，运单号 9205590164218830647302，预计周六送达。\n\n卫书涵",
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("曹先生，您好：\n\n已按您的要求取消重复下的订单 113-9162408-7735120。该订单尚未发货，不会产生扣款；您的第一笔订单不受影响，正在正常配送。\n\n裘博文",
     ["cancellation"], "按要求取消重复订单 (JC5, JC14)"),
    ("袁女士，您好：\n\n包裹昨天已经发出，我们这边无法再修改收货地址。您可以用运单号 1ZV63K410353014628 在 UPS My Choice 申请改派，或者让 UPS 把包裹留在新住处附近的自提点，改派可能会收取少量费用。\n\n卫书涵",
     ["address", "tracking"], "发货后改地址 (JC15)"),
    ("邓先生，您好：\n\n非常抱歉，仓库把红色的 Starling 儿童菱形风筝错发成了绿色。红色的今天已经发出，运单号 9205590164218830682719。绿色那只的预付退货面单已经放在“您的订单”里，三十天内寄回即可。\n\n裘博文",
     ["fulfilment", "returns", "tracking"], "发错颜色并退回 (JC5)"),
    ("许先生，您好：\n\n您要的 Kestrel 2.3 备用下横杆已经从萨凡纳仓库寄出，USPS 运单号 9205590164218830703355，预计周二送达，收到后可以直接装上。\n\n卫书涵",
     ["fulfilment", "tracking"], "摔断后补寄的骨架，寄送本身是物流 (JC7)"),
    ("傅先生，您好：\n\n抱歉让您久等了。暴风雪让 UPS 路易斯维尔转运中心停运了一天，您的包裹现在已经继续运输，预计周四送达。如果周五前还没收到，请在本对话中告诉我们，我们会重新发货。\n\n裘博文",
     ["delay"], "天气延误 (JC15)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("陳先生 您好：\n\n您的 Tern 2.0 四線風箏昨天已從塔科馬倉庫出貨，由 UPS 配送，追蹤單號 1ZV63K410353047810，預計下週二送達。因為長紙筒屬於超長包裹，所以比一般包裹多花一到兩天。\n\n夏語恩",
     ["tracking", "oversize"], "追蹤單號，超長包裹較慢 (JC4)"),
    ("李太太 您好：\n\n依照您的要求，包裹已改送到 CVS 門市內的 UPS 取件點。取件時請帶附照片的身分證件和追蹤單號 1ZV63K410353062471；取件點會保留五個工作天，逾期會退回給我們，屆時我們會為您退款。\n\n池冠廷",
     ["pickup-point", "tracking"], "門市取件點 (JC15)"),
    ("吳小姐 您好：\n\n退貨請在「您的訂單」申請，系統會提供 UPS 退貨標籤。寄回前請把骨架抽出、帆布捲好，一起放回原本的長紙筒，封好後交給 UPS 門市即可。\n\n夏語恩",
     ["returns", "packing", "oversize"], "長紙筒退貨包裝 (JC4)"),
    ("劉小姐 您好：\n\n倉庫已收到您退回的 Puffin 2.4 軟體風箏，42.99 美元的退款已退回原付款方式，約三到五個工作天入帳。\n\n池冠廷",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("賴先生 您好：\n\n非常抱歉，紙筒在運送途中被壓扁，裡面的兩支骨架斷了，這是運送造成的。新的一支風箏今天已經補寄，追蹤單號 1ZV63K410353085526；損壞的那支請先保留，是否需要回收我們會另外通知您。\n\n夏語恩",
     ["damage", "tracking"], "運送損壞並補寄 (JC6)"),
    ("蘇小姐 您好：\n\n寄往加拿大的訂單，進口關稅和稅費已在結帳時由亞馬遜代收，快遞員送達時不應再向您收費。包裹目前在溫哥華等待清關，大約還需要一到兩個工作天。\n\n池冠廷",
     ["customs"], "清關與預收關稅 (JC6)"),
    ("莊先生 您好：\n\n您的訂單分兩個包裹寄出：風箏裝在長紙筒裡，由 UPS 配送，追蹤單號 1ZV63K410353109947，預計週一送達；手把和風箏線由 USPS 配送，追蹤單號 9205590164218830738164，預計週六送達。\n\n夏語恩",
     ["split-shipment", "tracking"], "分開寄出 (JC15)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Lockyer,\n\nYes, you can take the Kestrel 2.3 on your flight. Most airlines accept a kite bag of that length as checked sports equipment, and the carbon spars are allowed in the cabin too, but check your airline's size limit first. Wrap the spar ends so they cannot poke through the bag.\n\nMarisol",
     ["advice", "air-travel"], "taking the kite on a plane is product use, not order logistics (JC11)"),
    ("Hello Ms Quiroga,\n\nFor a five-year-old, the Starling diamond kite is the better choice of the two you asked about. It is small, flies in light wind and has a gentle pull that a child can hold. The Wrenfly Delta pulls much harder once the wind picks up, so it suits older children or an adult holding the line.\n\nCormac",
     ["advice", "comparison"], "the buyer asked which kite suits a child; no price or offer (JC10)"),
    ("Dear Mr Whitfield-Ade,\n\nIn the United States a kite under five pounds needs no permit, but you should keep it well away from airports and below about 150 feet within five miles of one. The park by the harbour is close to the seaplane base, so the open fields north of the marina are a safer spot.\n\nHester",
     ["advice", "flying-rules"], "where the buyer may fly near an airfield is product use (JC11)"),
    ("Hi Ms Tolkacheva,\n\nThank you for the video of the kite spinning on launch. I have passed it to our kite designer, who is back in the workshop tomorrow, and I will write again by Thursday afternoon with what she recommends.\n\nIdris",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Hello Mr Mayhew,\n\nYou can fly two Wrenfly Deltas on one line as a train, but it takes a strong, steady wind and a line of at least 100 lb. Tie the second kite's bridle to the main line about 15 feet below the first one, and launch the top kite first.\n\nMarisol",
     ["advice"], "flying two kites in a train (JC10)"),
    ("Hi Ms Rasmussen-Cole,\n\nThe Puffin 2.4 is washable. Rinse the sand off in cool fresh water by hand, with a drop of mild soap if needed, and hang it by the bridle point to dry in the shade. Keep it out of the washing machine, which tangles the bridle lines.\n\nCormac",
     ["advice"], "washing a parafoil (JC10)"),
    ("Dear Mr Blakemore,\n\nAt 14 the Kestrel 1.8 is a good fit, and it is safe for a teenager as long as it is flown in winds below about 15 mph at first. With the 70 ft lines it turns quickly, so a large open beach is best while he learns the basics.\n\nHester",
     ["advice"], "a stunt kite for a teenager (JC10)"),
    ("Hello Ms Okwudili,\n\nYes, the Tern 2.0 can be flown indoors in a gym or hall with no wind at all. Use short lines of about 15 feet and walk backwards slowly to keep air flowing over the sail. If the floor is polished, fit the rubber caps on the wingtips so they do not scratch it.\n\nIdris",
     ["advice"], "indoor flying (JC10)"),
    ("Hi Mr Pendleton,\n\nA kite stuck in a tree is best left until the wind changes. Pulling hard usually tears the sail or snaps the line, and climbing is not worth the risk. If it is caught on a power line, do not touch the line at all and call the power company.\n\nMarisol",
     ["advice", "safety"], "a kite caught in a tree or on a power line (JC10)"),
    ("Hello Ms Varga,\n\nThe sun fades and weakens ripstop nylon over time, so the sail will last longest if you pack the kite away once the session is over instead of leaving it flying all afternoon. Stored dry and rolled loosely, a sail keeps its colour for many seasons.\n\nCormac",
     ["advice"], "sun and sail life (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("谢女士，您好：\n\nKestrel 2.3 可以带上飞机。骨架是碳纤维的，一般航空公司都允许随身携带或者装在运动器材包里托运，出发前请先确认航空公司的尺寸限制，骨架两端最好包好，以免刺破包。\n\n卫书涵",
     ["advice", "air-travel"], "乘飞机携带属于产品使用，不是订单物流 (JC11)"),
    ("郑先生，您好：\n\n给六岁的孩子，建议选 Starling 儿童菱形风筝。它小巧轻便，微风就能飞，拉力也小，孩子自己拿得住。Wrenfly 三角风筝风大时拉力比较强，更适合大一点的孩子或者大人陪着放。\n\n裘博文",
     ["advice", "comparison"], "买家询问哪款适合孩子，无价格无促销 (JC10)"),
    ("彭女士，您好：\n\n感谢您发来风筝起飞时打转的视频。我已经转给设计师，她明天回到工作室会查看，周四下午前我会把处理建议回复给您。\n\n卫书涵",
     ["holding"], "故障的等待回复 (JC12)"),
    ("吕先生，您好：\n\nPuffin 2.4 可以水洗。用冷的清水手洗，脏的地方加一点中性肥皂，然后挂起来在阴凉处晾干。请不要放进洗衣机，提线很容易缠成一团。\n\n裘博文",
     ["advice"], "清洗软体风筝 (JC10)"),
    ("苏先生，您好：\n\n在公园放风筝一般不需要申请，但请远离机场，机场附近最好不要放得太高。您说的那个公园离直升机停机坪很近，建议换到北边的大草坪。\n\n卫书涵",
     ["advice", "flying-rules"], "机场附近放飞属于产品使用 (JC11)"),
    ("蒲女士，您好：\n\n风筝挂在树上时，最好等风向变了再慢慢收线。硬拉往往会撕破帆布或者拉断线，也不要爬树去取。如果挂在电线上，千万不要碰线，请直接联系供电公司。\n\n裘博文",
     ["advice", "safety"], "风筝挂树或挂电线 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("葉先生 您好：\n\n六歲的小朋友建議選 Starling 兒童菱形風箏，小巧輕便、微風就能飛，拉力也不大。Wrenfly 三角風箏在風大時拉力比較強，比較適合大一點的孩子或由大人陪同。\n\n夏語恩",
     ["advice", "comparison"], "買家詢問哪一款適合孩子，無價格無促銷 (JC10)"),
    ("高小姐 您好：\n\nTern 2.0 可以在室內體育館沒有風的情況下放飛。請改用大約四到五公尺的短線，慢慢往後退，讓空氣持續流過帆面。\n\n池冠廷",
     ["advice"], "室內放飛 (JC10)"),
    ("潘太太 您好：\n\n謝謝您傳來風箏起飛時打轉的影片。我已經轉給設計師，她明天會仔細看，週四下午前我會把建議回覆給您。\n\n夏語恩",
     ["holding"], "故障的等待回覆 (JC12)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Stroud,\n\nPick a wide open spot, away from trees and power lines, with a steady breeze you can see moving the leaves. Have someone hold the kite up about 40 feet downwind and let go in a gust while you take in a bit of line. Spinning means too much wind, so add tail; not climbing means not enough.\n\nMarisol",
     "retells en/single/launch (JC13)"),
    ("Hello Ms Montague-Bell,\n\nWalk both lines out, peg the straps down, and lark's-head them onto the bridle, left to left. Then check they're dead even, since a couple of inches off will make it turn by itself. Stand it on its tips, step back, and steer by pulling one hand back a little.\n\nCormac",
     "retells en/stunt/first-flight (JC13)"),
    ("Hi Mr Adjei,\n\nA kite that leans is nearly always one of three things: lines of different length, a bridle knot that has slipped, or a spar not fully seated in its fitting. Check each in turn. Still leaning? Send us a photo of the bridle.\n\nHester",
     "retells en/stunt/pulls-sideways (JC13)"),
    ("Hello Ms Thistleton,\n\nGo for a line about three times stronger than the kite's pull in your windiest conditions. Polyester is stretchy and suits single-liners; Dyneema barely stretches, which stunt kites need. Shorter lines feel faster, and worn line should be replaced.\n\nIdris",
     "retells en/line/strength (JC13)"),
    ("Hi Mr Fairclough,\n\nWind in while walking toward the kite so the reel isn't crushed, lay the line on evenly, and dry it before storing. Twists come out if you walk the line out with nothing on it and let it spin.\n\nMarisol",
     "retells en/reel/winding (JC13)"),
    ("Dear Ms Iwu,\n\nClean and dry the area, cut two rounded patches a bit bigger than the rip, stick one on each side, and press them hard for a minute. Leave it overnight before a windy flight.\n\nCormac",
     "retells en/repair/patch (JC13)"),
    ("Hello Mr Grimshaw,\n\nWhenever you've had a few flights with the Tern, we'd be glad to read your honest thoughts on it in an Amazon review, good or bad.\n\nHester",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("蒋先生，您好：\n\n尾巴就是帮风筝稳住的，风大多加一段，风小拿掉一段。挂在风筝底部的尾环上扣紧，放之前顺风拉直，收的时候绕松一点别打结。\n\n卫书涵",
     "改写 zh/tail/attach (JC13)"),
    ("简女士，您好：\n\n树叶一直晃的风就合适。找开阔的草地或海滩，避开电线、马路、树和机场，打雷下雨别放。风小就拉着线退几步，风大晃得厉害就赶紧收。\n\n裘博文",
     "改写 zh/single/wind (JC13)"),
    ("贾先生，您好：\n\n翻一圈线就绞一圈，这是双线风筝的正常现象。绞得多了转向会变慢，反方向翻回去就解开了。落地缠住的话，从手柄那头慢慢往前理，别硬拽。\n\n卫书涵",
     "改写 zh/stunt/line-twist (JC13)"),
    ("甄女士，您好：\n\n做工和材料的问题在保修范围内，比如开线、接头自己裂了；撞断、挂树、落水和线的磨损不保。麻烦拍张整体照片和坏的地方发过来，再说一下经过。\n\n裘博文",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("施先生 您好：\n\n軟體風箏要靠風灌飽才飛得起來。進氣口要對著風、別被沙堵住，提線理順，先平放讓它鼓起來再拉。還是一邊塌的話，拍提線給我們看。\n\n池冠廷",
     "改寫 zh-tw/parafoil/inflate (JC13)"),
    ("羅小姐 您好：\n\n紅色手把接右邊，上端接前緣。往前推會變慢、往後拉會加速，一推一拉就轉彎。先把手把拿直、動作放小，練習停在低空。\n\n夏語恩",
     "改寫 zh-tw/quad/handles (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Hennessey,\n\nYour Kestrel 2.3 will be delivered by UPS on Thursday. Before its first outing, stretch the new lines: tie them to a post and walk back with steady pressure for a minute, so they do not stretch unevenly while you fly.\n\nIdris",
     "delivery date plus first-flight advice (JC8)"),
    ("Hello Ms Lacroix,\n\nThe replacement tail shipped today by USPS. Until it arrives, you can steady the kite in gusty wind by tying a strip of plastic bag about three feet long to the bottom ring.\n\nMarisol",
     "replacement shipped plus an improvised tail (JC8)"),
    ("Dear Mr Nwachukwu,\n\nWe've started your return and the label is in Your Orders. Before you send it back, it may be worth checking the bridle knots: if one has slipped by a fraction of an inch, the kite will pull to that side.\n\nCormac",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Ms Birtwistle,\n\nThe new spreader you asked for shipped today by USPS. It broke because the kite landed nose-first at speed, which the warranty does not cover, so we are sending this one as a courtesy; next time, ease off the lines as the kite drops.\n\nHester",
     "courtesy spar shipped plus a coverage explanation and flying advice (JC7, JC8)"),
    ("Hello Mr Kapoor-Webb,\n\nYour parcel cleared customs this morning and should reach you tomorrow. Once it does, fly the Puffin on a short line the first time, about 50 feet, because it pulls harder than the small kites you mentioned.\n\nIdris",
     "customs plus first-use advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("钟女士，您好：\n\n换货的风筝明天由 UPS 发出。在收到之前，您现在这只仍然可以放，只要风不超过每小时二十公里，就不会一直往一边偏。\n\n卫书涵",
     "发货加使用建议 (JC8)"),
    ("田先生，您好：\n\n包裹预计周四送达。收到后先把两根线拉直比一比长短，差一点也要重新打结调整，第一次放飞会顺很多。\n\n裘博文",
     "送达加首次使用建议 (JC8)"),
    ("姚女士，您好：\n\n您的风筝还在清关，线轮已经先到了。等待期间可以先把线在院子里放开再绕回去，第一次使用时就不容易绞线。\n\n卫书涵",
     "清关加使用建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("朱小姐 您好：\n\n補寄的手把今天已經寄出。在收到之前，可以先用雙線的方式練習，把同一側的兩條線綁在一起就行。\n\n池冠廷",
     "補寄加練習建議 (JC8)"),
    ("鍾小姐 您好：\n\n風箏預計週三送達。收到後建議先在草地上練習，不要一開始就到人多的海灘，四線風箏在低空失控時容易撞到人。\n\n夏語恩",
     "送達加放飛建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


bad("en/single/launch", dict(buyer_name="Ms Solberg", kite=WREN, agent_name=A1),
    "that block the wind.",
    "P.S. Our big Puffin 5.0 show kite is 15% off this month with code GUSTYDAY, and it would look great flying next to your delta.",
    [MKT, TR], "P.S. with a discount code for a second kite", sep="\n\n")
bad("en/stunt/first-flight", dict(buyer_name="Mr Cardew", kite=KES, line_length="85 ft", agent_name=A2),
    "small movements are enough.",
    "Once you've had a great first flight, please come back and leave us a 5-star review; it means the world to a small kite shop.",
    [RI, TR], "five-star ask tied to a good flight")
bad("en/stunt/pulls-sideways", dict(buyer_name="Ms Fennimore", kite=KES18, agent_name=A3),
    "we will go through it with you.",
    "Or text our kite tech on WhatsApp at +1 360-555-0148 and he'll talk you through it live.",
    [OPC, TR], "support moved to WhatsApp")
bad("en/repair/patch", dict(buyer_name="Mr Oyinlola", kite=PUFF, agent_name=A4),
    "before you fly it in a strong wind.",
    "If the patch doesn't hold, please message us before you write any review, so we can put it right first.",
    [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
bad("en/reel/winding", dict(buyer_name="Ms Underhill", reel=HOOP, agent_name=A1),
    "let it spin free for a minute.",
    "By the way, our Windlass geared winder just launched and is 20% off until Sunday, so add one to your next order and winding takes half the effort.",
    [MKT, TR], "new-product announcement with a sale and a push to buy", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Mr Treadgold", order_id="112-4417305-9926083", kite=WREN, agent_name=A2),
    "improve what we make.",
    "As a thank-you, we will put $10 back on your card as soon as your review is posted.",
    [RI, TR], "partial refund in exchange for a review")
bad("en/line/strength", dict(buyer_name="Ms Amundsen", kite=KES, line=L90, agent_name=A3),
    "where it will part.",
    "If you'd like to send photos of your set-up, email them to lines@bramblegust-kites.com and our line specialist will reply.",
    [OPC, TR], "advice moved to an e-mail address")
bad("en/warranty/claim", dict(buyer_name="Mr Murrell-Ota", kite=KES, warranty_period="one-year", case_id="BGK-W-31561",
    order_id="114-8273016-5540792", agent_name=A4),
    "for order 114-8273016-5540792.",
    "When you send the kite in, please book the return on our own returns page at bramblegust-kites.com/returns rather than through Amazon.",
    [OPC], "return booked on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Ms Fontaine-Obi,\n\nYour refund for the returned Kestrel 2.3 went through today. Since it's all sorted now, would you mind deleting the 2-star review you left last week? We'd be happy to send you a free tube tail for your trouble.\n\nMarisol",
     [RI, TR], "refund of a return (logistics) plus a free tail for deleting a review; the review part is not logistics (JC3)",
     ["free-written"])

bad("zh/tail/attach", dict(buyer_name="夏先生", tail="彩带尾巴", kite=WREN_ZH, agent_name=Z1),
    "下次展开会更顺。",
    "本周店内所有尾巴九折，多买一条备用更划算！",
    [MKT, TR], "尾巴九折促销")
bad("zh/single/wind", dict(buyer_name="钱女士", kite=STAR_ZH, agent_name=Z2),
    "请尽快收线，不要硬撑。",
    "想看放飞教学视频的话，可以加我们的微信 bramblegust_kite，我们把视频发给您。",
    [OPC, TR], "引导添加微信")
bad("zh/review/neutral-request", dict(buyer_name="汪先生", kite=KES_ZH, order_id="111-5093847-2261570", agent_name=Z1),
    "每一条真实的反馈我们都会仔细看。",
    "留下五星好评并把截图发给我们，即可返现十美元。",
    [RI, TR], "五星好评返现")
bad("zh/stunt/line-twist", dict(buyer_name="任女士", kite=KES_ZH, agent_name=Z2),
    "以免打成死结。",
    "问题解决以后，麻烦您把之前留的差评删掉或者改成好评。",
    [RI, TR], "要求删除或修改差评")
bad("zh/warranty/claim", dict(buyer_name="石先生", kite=TERN_ZH, warranty_period="一年", order_id="112-6637290-4418305",
    case_id="BGK-W-31584", agent_name=Z1),
    "登记售后编号 BGK-W-31584。",
    "为了加快处理，您也可以把照片直接发到我们的邮箱 care@bramblegust-kites.com。",
    [OPC, TR], "把保修资料引到卖家邮箱；保修不是物流")
free(V, "zh", "姜女士，您好：\n\n退回的 Puffin 2.4 仓库已经签收。亚马逊退款要等好几天，我们可以直接用 PayPal 把 42.99 美元退给您，请回复您的 PayPal 账号。\n\n裘博文",
     [OPC], "退货退款改走 PayPal：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

bad("zh-tw/quad/handles", dict(buyer_name="簡先生", kite=TERN_TW, agent_name=W2),
    "先練習讓風箏停在低空不動。",
    "想看手把操作的示範影片，歡迎加入我們的 LINE 官方帳號 @bramblegusttw 索取。",
    [OPC, TR], "引導加入 LINE 官方帳號")
bad("zh-tw/parafoil/inflate", dict(buyer_name="彭小姐", kite=PUFF_TW, agent_name=W1),
    "我們會協助您檢查。",
    "如果您對風箏滿意，再請幫我們留個五星好評；不滿意的話請先聯絡我們，不要留評論。",
    [RI, TR], "滿意才請五星好評，不滿意則勸阻留評論")
free(V, "zh", "游先生 您好：\n\n您的 Tern 2.0 四線風箏今天已經寄出，追蹤單號 1ZV63K410353134082。另外本月風箏線全面八折，歡迎到我們的官網 bramblegust-kites.com 選購。\n\n池冠廷",
     [MKT, OPC, TR], "寄出通知（物流）加本月風箏線八折並導向官網；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
