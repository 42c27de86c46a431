# -*- coding: utf-8 -*-
"""Labelled seller replies of t69 (imported by gen.py). All texts written for this set.

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
    """Render a template, then apply (old, new) edits in order; each old must occur exactly once."""
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
A1, A2, A3, A4 = "Marisol Eberhardt-Njoku", "Cormac Villeneuve", "Henrietta Osterhout", "Teodoro Banerjee-Lyle"
Z1, Z2 = "栾静怡", "卞文哲"
W1, W2 = "藺品妤", "池冠霖"
H8, H10 = "Corriebank Heron 8x42 binoculars", "Corriebank Heron 10x42 binoculars"
SK, WR = "Corriebank Skerry 10x50 binoculars", "Corriebank Wren 8x25 compact binoculars"
P80, P65 = "Pinnacle 20-60x80 ED angled spotting scope", "Pinnacle 16-48x65 spotting scope"
T2, C1 = "Strath T2 aluminum tripod", "Strath C1 carbon travel tripod"
LS, LD = "Lumen S40 student microscope", "Lumen D20 stereo microscope"
ADP = "QuickSnap phone adapter"
H10_LONG = ("Corriebank Heron 10x42 Binoculars for Adults, ED Glass, Fully Multi-Coated Lenses, Waterproof and Fogproof, "
            "Phase-Corrected BAK4 Roof Prisms, Twist-Up Eyecups, with Harness, Rain Guard and Carry Case, for Bird "
            "Watching and Hiking")
LS_LONG = ("Lumen S40 Compound Microscope for Students and Kids, 40x-1000x Magnification, Dual LED Illumination, "
           "Coarse and Fine Focus, All-Metal Body, with 25 Prepared Slides, Blank Slides and Cover Slips, AA Battery "
           "or Mains Powered")
P80_LONG = ("Pinnacle 20-60x80 ED Angled Spotting Scope, Waterproof, Fully Multi-Coated Optics, Dual Focus, with "
            "Tabletop Tripod, Smartphone Adapter and Padded Case, for Bird Watching, Target Shooting and Wildlife Viewing")
T2_LONG = ("Strath T2 Aluminum Tripod with Fluid Pan Head, 67 Inch, 17.6 lb Load Capacity, Arca-Swiss Compatible "
           "Quick Release Plate, Bubble Level, for Spotting Scopes, Binoculars and Cameras")
LS_ZH = "Lumen S40 学生显微镜"
LS_ZH_LONG = ("Lumen S40 学生生物显微镜 40-1000倍 双LED照明 粗微调焦 全金属机身 附25片标本切片 空白载玻片和盖玻片 "
              "中小学科学实验 儿童生日礼物")
H8_ZH, H10_ZH, SK_ZH = "Corriebank Heron 8x42 双筒望远镜", "Corriebank Heron 10x42 双筒望远镜", "Corriebank Skerry 10x50 双筒望远镜"
P80_ZH, P65_ZH = "Pinnacle 20-60x80 观察镜", "Pinnacle 16-48x65 观察镜"
H8_TW, H10_TW, SK_TW = "Corriebank Heron 8x42 雙筒望遠鏡", "Corriebank Heron 10x42 雙筒望遠鏡", "Corriebank Skerry 10x50 雙筒望遠鏡"
H8_TW_LONG = "Corriebank Heron 8x42 雙筒望遠鏡 ED鏡片 全多層鍍膜 防水防霧 充氮 賞鳥 登山 演唱會 附背帶與收納包"
T2_TW, C1_TW, LD_TW = "Strath T2 鋁合金三腳架", "Strath C1 碳纖維旅行三腳架", "Lumen D20 體視顯微鏡"

# ============================================================ 1. filled templates -> []
fill("en/binoculars/setup", dict(buyer_name="Mr Calloway-Penn", product=H8, agent_name=A1), "exact fill")
fill("en/binoculars/setup", dict(buyer_name="Ms Ilunga", product=H10_LONG, agent_name=A2),
     "the whole 229-character listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Ms Ilunga,", "Good afternoon Ms Ilunga,")], tags=["greeting", "long-value"])
fill("en/binoculars/setup", dict(buyer_name="Mr Sorrell", product=H10, agent_name=A3),
     "a warm line with no product content added after the greeting (JC2)",
     edits=[("Hello Mr Sorrell,", "Hello Mr Sorrell,\n\nI'm glad to hear the spring migration is off to a good start for you.")],
     tags=["warm-line"])
fill("en/binoculars/fogging", dict(buyer_name="Ms Bracegirdle", product=SK, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Oyelowo", product=WR, agent_name=A1)
fill("en/binoculars/fogging", _v, "second paragraph hard-wrapped at 70 columns, as pasted from a desktop mail client (JC2)",
     edits=[rewrap("en/binoculars/fogging", _v, "Mist on the outside", 70)], tags=["reflow"])
fill("en/scope/digiscoping", dict(buyer_name="Ms Kristiansen", scope=P80, adapter=ADP, agent_name=A2), "exact fill")
fill("en/scope/digiscoping", dict(buyer_name="Mr Ruddock", scope=P65, adapter=ADP, agent_name=A3),
     "sign-off turned into a warm line about the buyer's outing (JC2)",
     edits=[("With best wishes,", "Good luck with the shorebirds at the estuary, and best wishes,")],
     tags=["sign-off", "warm-line"])
fill("en/tripod/scope-mount", dict(buyer_name="Ms Tavares-Hume", tripod=T2, load_capacity="17.6 lb (8 kg)", agent_name=A4),
     "exact fill")
fill("en/tripod/scope-mount", dict(buyer_name="Mr Antonelli", tripod=T2_LONG, load_capacity="17.6 lb", agent_name=A1),
     "listing title in the tripod slot; the two sentences of the last paragraph swapped (JC2)",
     edits=[swap("For the steadiest view, extend the thicker upper leg sections before the thin lower ones, and raise the centre column only when you have run out of leg.",
                 "On windy days, hanging your bag from the hook under the column adds useful weight.")],
     tags=["long-value", "reorder"])
fill("en/microscope/first-focus", dict(buyer_name="Ms Hargreave", microscope=LS, agent_name=A2), "exact fill")
fill("en/microscope/first-focus", dict(buyer_name="Mr Mbatha", microscope=LS_LONG, agent_name=A3),
     "listing title in the microscope slot; greeting changed (JC2)",
     edits=[("Hi Mr Mbatha,", "Hello Mr Mbatha,")], tags=["greeting", "long-value"])
fill("en/microscope/first-focus", dict(buyer_name="Ms Fairbairn", microscope=LS, agent_name=A4),
     "one sentence paraphrased with the same advice (JC2)",
     edits=[("It is easiest to practise with one of the prepared slides from the box before making your own.",
             "Before you make slides of your own, practise on one of the prepared ones that came in the box.")],
     tags=["paraphrase"])
fill("en/microscope/dark-image", dict(buyer_name="Mr Nakamura-Stone", microscope=LS, agent_name=A1), "exact fill")
fill("en/microscope/dark-image", dict(buyer_name="Ms Villiers", microscope=LS, agent_name=A2),
     "a warm line about the buyer's son added and the sign-off changed (JC2)",
     edits=[("Hello Ms Villiers,", "Hello Ms Villiers,\n\nI know your son was hoping to look at pond water this weekend, so let's get this sorted."),
            ("Sincerely,", "Warm regards,")],
     tags=["warm-line", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Mr Szczepanski", product=H10, warranty_period="ten-year", case_id="CBO-R-31407",
     order_id="114-3308162-7725041", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms O'Driscoll", product=P80_LONG, warranty_period="five-year",
     case_id="CBO-R-31452", order_id="112-9047315-4418206", agent_name=A4),
     "listing title in the product slot; the first two paragraphs run together (JC2)",
     edits=[("works loose.\n\nAccidental damage", "works loose. Accidental damage")], tags=["long-value", "merge"])
fill("en/apology/high-power-blur", dict(buyer_name="Mr Achterhof", scope=P80, agent_name=A1), "exact fill")
fill("en/apology/high-power-blur", dict(buyer_name="Ms Brightwell", scope=P65, agent_name=A2),
     "the empathy sentence paraphrased and the sign-off changed (JC2)",
     edits=[("I understand how frustrating it is to find a distant bird at low power and then lose the detail just as you move in closer.",
             "It is frustrating to pick out a distant bird at low power and then watch the detail fade just as you zoom in."),
            ("With apologies,", "Sorry again,")],
     tags=["paraphrase", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Kuznetsov", order_id="111-6620497-3051874", product=WR, agent_name=A3),
     "exact fill; the only review request for this order, and the buyer has not praised the product in the thread (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Ms Pemble", order_id="113-2275960-8140337", product=LD, agent_name=A4),
     "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hello Ms Pemble,", "Hi Ms Pemble,"), ("Kind regards,", "Many thanks,")], tags=["greeting", "sign-off"])

fill("zh/microscope/wet-mount", dict(buyer_name="应先生", microscope=LS_ZH, agent_name=Z1), "exact fill")
fill("zh/microscope/wet-mount", dict(buyer_name="危女士", microscope=LS_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 microscope 占位符，问候语改为下午好 (JC2)", edits=[("危女士，您好：", "危女士，下午好：")],
     tags=["greeting", "long-value"])
fill("zh/microscope/wet-mount", dict(buyer_name="禹先生", microscope=LS_ZH, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝观察愉快！", "祝孩子的科学课作业顺利！")], tags=["sign-off"])
fill("zh/binoculars/cleaning", dict(buyer_name="蓝女士", product=H8_ZH, agent_name=Z2), "exact fill")
fill("zh/binoculars/cleaning", dict(buyer_name="狄先生", product=SK_ZH, agent_name=Z1),
     "问候后加一句体谅的话，不含产品内容 (JC2)",
     edits=[("狄先生，您好：", "狄先生，您好：\n\n在海边观鸟之后镜片沾上盐雾是常有的事，您不用着急。")], tags=["warm-line"])
fill("zh/scope/zoom-eyepiece", dict(buyer_name="冉女士", scope=P80_ZH, agent_name=Z2), "exact fill")
fill("zh/scope/zoom-eyepiece", dict(buyer_name="麦先生", scope=P65_ZH, agent_name=Z1),
     "最后一段两句调换顺序 (JC2)",
     edits=[swap("目镜上的眼罩可以旋出或旋进：不戴眼镜时旋出，戴眼镜时旋进，这样才能看到完整的视野。",
                 "观察结束后，请把倍率调回最低，并盖好镜头盖。", sep="")],
     tags=["reorder"])
fill("zh/warranty/claim", dict(buyer_name="尚女士", product=H10_ZH, warranty_period="十年", case_id="CBO-R-31488",
     order_id="113-7730254-1196608", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="满先生", product=P80_ZH, warranty_period="五年", case_id="CBO-R-31496",
     order_id="114-0582913-6627450", agent_name=Z1),
     "措辞微调：“描述一下具体现象”改为“说明一下具体情况” (JC2)",
     edits=[("描述一下具体现象", "说明一下具体情况")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="宗女士", product="Lumen D20 体视显微镜", order_id="112-5516083-2970145",
     agent_name=Z2), "exact fill；本订单唯一一次评论邀请，对话中买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="牛先生", product="Corriebank Wren 8x25 便携望远镜",
     order_id="111-8864127-0352296", agent_name=Z1),
     "问候语改为周末好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("牛先生，您好：", "牛先生，周末好：")], tags=["greeting"])

fill("zh-tw/binoculars/double-image", dict(buyer_name="闕先生", product=H10_TW, agent_name=W1), "exact fill")
fill("zh-tw/binoculars/double-image", dict(buyer_name="蔣小姐", product=H8_TW_LONG, agent_name=W2),
     "整段商品標題放進 product 佔位符，問候語改為午安 (JC2)", edits=[("蔣小姐 您好：", "蔣小姐 午安：")],
     tags=["greeting", "long-value"])
fill("zh-tw/binoculars/double-image", dict(buyer_name="歐陽太太", product=SK_TW, agent_name=W1),
     "問候後加一句不含產品內容的關心 (JC2)",
     edits=[("歐陽太太 您好：", "歐陽太太 您好：\n\n上週末的賞鷹活動想必很精彩，希望天氣也幫了忙。")], tags=["warm-line"])
fill("zh-tw/tripod/setup", dict(buyer_name="司馬先生", tripod=T2_TW, agent_name=W2), "exact fill")
fill("zh-tw/tripod/setup", dict(buyer_name="顧小姐", tripod=C1_TW, agent_name=W1),
     "第三段兩句以分號合併 (JC2)", edits=[("盡量不要升起中柱。在沙地", "盡量不要升起中柱；在沙地")], tags=["merge"])
fill("zh-tw/microscope/stereo", dict(buyer_name="宋先生", microscope=LD_TW, agent_name=W2), "exact fill")
fill("zh-tw/microscope/stereo", dict(buyer_name="鐘太太", microscope=LD_TW, agent_name=W1),
     "第三段從中間斷開，分成兩段 (JC2)", edits=[("重新對焦。兩個目鏡", "重新對焦。\n\n兩個目鏡")], tags=["reflow"])
fill("zh-tw/apology/eyecup", dict(buyer_name="曹先生", product=H8_TW, agent_name=W2), "exact fill")
fill("zh-tw/apology/eyecup", dict(buyer_name="郭小姐", product="Corriebank Wren 8x25 輕便望遠鏡", agent_name=W1),
     "結尾加上祝福語 (JC2)", edits=[("再次向您致歉。", "再次向您致歉，祝您賞鳥愉快。")], tags=["sign-off"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it is merged into a trailing (JCn) group if the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/binoculars/setup", dict(buyer_name="Mr Delacroix-Ward", product=H10, agent_name=A4),
         "shuts out stray light from the sides.",
         "The harness you ordered with them left our Allentown warehouse separately by USPS, tracking 9205590164827310045528, and should arrive on Friday.",
         "split-shipment tracking for the harness, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/scope/digiscoping", dict(buyer_name="Ms Thistleton", scope=P80, adapter=ADP, agent_name=A1),
         "where the most light reaches the camera.",
         "The clamp knob that was missing from your adapter went out this morning by USPS, tracking 9205590164827310112094.",
         "missing part sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/tripod/scope-mount", dict(buyer_name="Mr Grimaldi", tripod=C1, load_capacity="13.2 lb (6 kg)", agent_name=A2),
         "adds useful weight.",
         "As you asked, we have cancelled the second tripod that was ordered by mistake; it had not shipped, so you will not be charged for it.",
         "duplicate line cancelled before dispatch (JC6)", ["cancellation"])
fill_log("en/microscope/first-focus", dict(buyer_name="Ms Yamamoto-Clarke", microscope=LS, agent_name=A3),
         "when you have finished.",
         "A replacement for the prepared slide set that arrived cracked left our Fresno warehouse today by UPS, tracking 1Z5Y90R20347718265.",
         "slides broken in transit replaced, as its own paragraph (JC7)", ["damage", "tracking"], sep="\n\n")
fill_log("en/warranty/claim", dict(buyer_name="Mr Holt", product=SK, warranty_period="ten-year", case_id="CBO-R-31519",
         order_id="113-4091776-5582310", agent_name=A4),
         "whenever you write to us about this.",
         "If the binoculars need to come to our repair bench, we will attach a prepaid UPS return label in this thread and ship the repaired pair back at no cost to you.",
         "how the unit would travel to and from repair (JC16)", ["returns", "warranty-shipping"])
fill_log("en/microscope/dark-image", dict(buyer_name="Ms Underhill", microscope=LS, agent_name=A1),
         "go through the next steps with you.",
         "If you would rather return it, please take the AA batteries out and pack them in a separate bag before you seal the box, as our returns carrier asks for loose batteries to travel apart from the device.",
         "packing rule for a return shipment (JC4)", ["returns", "packing"])
fill_log("zh/microscope/wet-mount", dict(buyer_name="夏先生", microscope=LS_ZH, agent_name=Z2),
         "从另一侧用吸水纸把它引过去。",
         "您反映缺少的那盒盖玻片已于今天免费补发，由 USPS 寄出，运单号 9205590164827310187735。",
         "补发漏发的配件 (JC6, JC14)", ["fulfilment", "tracking"])
fill_log("zh/binoculars/cleaning", dict(buyer_name="易女士", product=H8_ZH, agent_name=Z1),
         "存放在干燥通风的地方。",
         "您同一订单里的背带从另一个仓库单独发货，运单号 1Z5Y90R20347752118，预计周四送达。",
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="岳先生", product=SK_ZH, warranty_period="十年", case_id="CBO-R-31533",
         order_id="112-3648021-9907163", agent_name=Z2),
         "请注明这个编号。",
         "如果需要寄回检修，我们会在本对话中提供预付的 UPS 面单，修好后再免费寄回给您。",
         "寄修往返的运输安排 (JC16)", ["returns", "warranty-shipping"])
fill_log("zh/scope/zoom-eyepiece", dict(buyer_name="查女士", scope=P65_ZH, agent_name=Z1),
         "并盖好镜头盖。",
         "如果您决定退货，请在“您的订单”页面直接申请，退货运费由我们承担。",
         "退货说明", ["returns"])
fill_log("zh-tw/tripod/setup", dict(buyer_name="徐先生", tripod=T2_TW, agent_name=W2),
         "鎖扣才不會卡住。",
         "您要求換貨的快拆板已經寄出，追蹤單號 1Z5Y90R20347769041，預計週三送達。",
         "更換快拆板的追蹤單號 (JC6)", ["fulfilment", "tracking"])
fill_log("zh-tw/apology/eyecup", dict(buyer_name="王太太", product=H10_TW, agent_name=W1),
         "我們會再為您安排後續處理。",
         "新的眼罩已經先用 USPS 寄出，追蹤單號 9205590164827310203368，大約三到五天送達。",
         "先行補寄眼罩 (JC6)", ["fulfilment", "tracking"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Ms Ravenhill,\n\nThe 15 Lumen S40 microscopes for your classroom are packed on one pallet and will travel with Estes Express rather than a parcel carrier. The PRO number is 2417730954. Estes will phone the school office the day before to agree a delivery time, so please let us know if someone other than the front desk should take that call. The truck has a liftgate and will set the pallet down at your loading dock or nearest level entrance, but the driver cannot take it up to the science room.\n\nBest regards,\nMarisol",
     ["school", "freight", "delivery-appointment"], "a classroom set on a pallet, delivery appointment with the school (JC5, JC14)"),
    ("Hi Mr Eze-Morgan,\n\nThanks for sending the purchase order number. We have printed PO 4471-SCI on the packing slip and on the outside of each carton, so your district's receiving office can match the delivery to it. As the school is closed for spring break until April 14, we will hold the shipment and send it out on April 10, which gets it to you on the first day back.\n\nKind regards,\nCormac",
     ["school", "delivery"], "purchase order on the packing slip, delivery timed to the school term (JC5, JC14)"),
    ("Dear Ms Seddon,\n\nBecause of its value, the Pinnacle 20-60x80 ships with UPS with a signature required on delivery. If you are out, UPS leaves a notice and tries again the next business day, and after the third attempt it holds the parcel at the nearest UPS Access Point for five days. You can also ask UPS My Choice to send it straight to an Access Point once tracking number 1Z5Y90R20347781536 is active.\n\nRegards,\nHenrietta",
     ["signature", "pickup-point", "tracking"], "signature on delivery and an Access Point (JC15)"),
    ("Hello Mr Whitmarsh,\n\nFedEx marked your parcel undeliverable this morning because the driver could not get into the building at 220 Orchard Row: the address on the order has no apartment number. Could you reply with the apartment number and any entry instructions for the lobby? We will pass them to FedEx, and they will try again tomorrow.\n\nThanks,\nTeodoro",
     ["delivery-exception", "address"], "delivery exception, address details (JC15)"),
    ("Hi Ms Lachapelle,\n\nYour Heron 8x42 is with the Canada Border Services Agency in Mississauga for a routine inspection, which usually takes one or two business days. Amazon collected the duties and taxes at checkout, so there is nothing to pay at your door. If the courier asks for money, please decline and send us a photo of the slip, and we will sort it out with them.\n\nBest,\nMarisol",
     ["customs"], "customs hold and prepaid import charges (JC7)"),
    ("Dear Mr Iversen,\n\nThe customs broker in Toronto is holding your school's classroom order, because commercial shipments into Canada need the importer's business number on the invoice. Could you reply with the school board's business number? As soon as we add it, UPS expects to clear the three cartons within a day and deliver them the day after.\n\nKind regards,\nCormac",
     ["customs", "school"], "customs paperwork for a school's order (JC5, JC7)"),
    ("Hello Ms Dimitriou,\n\nI'm sorry the Strath T2 arrived with a bent leg. The carton was plainly crushed on the way, and that is not something you should have to put up with. A new tripod left today by FedEx, tracking 784519036627, and should be with you on Tuesday. Please hold on to the damaged one for now; if the carrier wants it back for their claim, we will send you a prepaid label.\n\nHenrietta",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC7)"),
    ("Hi Mr Hendry,\n\nUPS has confirmed that your parcel was lost at their Harrisburg hub; its tracking has not moved since March 3. We shipped a new Wren 8x25 today by UPS, tracking 1Z5Y90R20347790417, at no charge. If the first parcel turns up after all, you can refuse it at the door or send it back with the free return label we will add to Your Orders.\n\nTeodoro",
     ["lost-parcel", "tracking"], "parcel lost by the carrier, replacement sent (JC14, JC15)"),
    ("Hello Ms Quarmby,\n\nTo send the Heron 10x42 back, start the return in Your Orders and print the UPS label it gives you. Please put the lens caps and rain guard on, place the binoculars in their soft case, and pack the case in the original box with the paper padding around it. A loose pair can take a knock in the van and arrive with the barrels out of line. Then drop the box at any UPS Store or hand it to a UPS driver.\n\nMarisol",
     ["returns", "packing"], "how to pack binoculars for a return shipment (JC4)"),
    ("Dear Mr Rasmussen-Tate,\n\nBefore you pack the Lumen S40 for its return, please rack the stage all the way down, turn the nosepiece so the 4x objective is over the stage, and take out the AA batteries. Put it back in its foam shell with the eyepiece in its own slot, so nothing rattles. The return label is in Your Orders, and we issue the refund within two days of the box reaching us.\n\nCormac",
     ["returns", "packing"], "how to pack a microscope for a return shipment (JC4)"),
    ("Hi Ms Beauchamp,\n\nYour returned Pinnacle 16-48x65 arrived at our Allentown warehouse this morning and has been checked in. We have refunded $389.00 to your original payment method; depending on your bank, it should show within three to five business days.\n\nHenrietta",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Mr Mwangi,\n\nThe Pinnacle 20-60x80 you sent back reached us without its zoom eyepiece. We have refunded $1,049.00, which is the full price less $180.00 for the eyepiece. If you find it, send it to us with the free label in Your Orders and we will refund the remaining $180.00 as soon as it arrives.\n\nTeodoro",
     ["refund", "returns"], "partial refund of a return that came back without a part (JC6, JC14)"),
    ("Hi Ms Sallows,\n\nNo problem: your order had not left the warehouse yet, so we have changed the delivery address to 14 Kestrel Lane, Bozeman, MT 59715, as you asked. The tracking number will appear in Your Orders when the parcel ships tomorrow.\n\nMarisol",
     ["address"], "address changed before dispatch (JC15)"),
    ("Dear Mr Kirkbride,\n\nYour order comes in two parcels. The Pinnacle 20-60x80 left our Allentown warehouse with UPS, tracking 1Z5Y90R20347803362, and is due on Monday. The Strath T2 tripod is longer than our standard cartons, so it left our Fresno warehouse separately with FedEx, tracking 784519147705, and should arrive on Wednesday.\n\nCormac",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Hello Ms Ferrier,\n\nWe have cancelled the duplicate order 112-6630418-2957703 as you asked. It had not shipped, so nothing will be charged for it, and your first order for the Lumen D20 is unaffected and on its way.\n\nHenrietta",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC14)"),
    ("Hi Mr Tanaka-Hughes,\n\nI'm sorry, our warehouse packed the 8x42 instead of the Heron 10x42 you ordered. The correct pair ships today by UPS, tracking 1Z5Y90R20347815590. A prepaid return label for the 8x42 is in Your Orders; please send it back within 30 days in the box it came in.\n\nTeodoro",
     ["fulfilment", "returns", "tracking"], "wrong model sent and its return (JC6)"),
    ("Dear Ms Gallacher,\n\nThank you for letting us know the 10x eyepiece was missing from your Lumen S40 box. A new one left our Fresno warehouse today by USPS First-Class, tracking 9205590164827310259811, and should arrive in three to four days. You do not need to send anything back.\n\nMarisol",
     ["fulfilment", "tracking"], "missing part sent (JC6)"),
    ("Hello Mr Papadakis,\n\nWe have marked your order as a gift, so the parcel will hold a gift receipt without prices, with your message, \"Happy 12th birthday, Theo, keep looking closely\", printed on the slip. It goes to your grandson's address in Tacoma by UPS and should arrive on Thursday, two days before his birthday.\n\nCormac",
     ["gift", "delivery"], "gift order to another address (JC14, JC15)"),
    ("Hi Ms Henshaw,\n\nYour Skerry 10x50 is going back to our repair bench under case CBO-R-31560. The prepaid UPS label is attached to this message; pack the binoculars in their case inside a sturdy box, and keep the strap and rain guard at home. When the repair is done, we will ship them back at our cost and post the tracking number in this thread.\n\nHenrietta",
     ["warranty-shipping", "returns"], "shipping to and from warranty repair (JC16)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("佟先生，您好：\n\n贵校订购的二十台 Lumen S40 显微镜已经打成一个托盘，由 Estes Express 货运公司配送，PRO 号 2417731188。货到当地站点后，对方会提前一天打电话到学校办公室预约送货时间。货车带尾板，可以把托盘放到学校的卸货区，但司机不负责搬到实验室。\n\n栾静怡",
     ["school", "freight", "delivery-appointment"], "整托盘送到学校并预约时间 (JC5)"),
    ("巩女士，您好：\n\nFedEx 今天上午反馈派送失败：订单地址缺少公寓门牌号，司机进不了楼。请在本对话中回复完整的门牌号和进楼说明，我们转告 FedEx 后，明天会再派送一次。\n\n卞文哲",
     ["delivery-exception", "address"], "派送失败，补充地址 (JC15)"),
    ("蒋先生，您好：\n\n您的 Heron 10x42 目前在温哥华清关，一般需要一到两个工作日。进口关税和税费在下单时已由亚马逊代收，快递员上门时如果要求付款，请不要支付，把通知单拍照发给我们处理。\n\n栾静怡",
     ["customs"], "清关与预收税费 (JC7)"),
    ("谷女士，您好：\n\n非常抱歉，Pinnacle 16-48x65 观察镜的外箱在运输途中被压坏，物镜盖也裂了。新的观察镜今天已由 UPS 补发，运单号 1Z5Y90R20347827074。损坏的那台请先保留，等承运商确认是否需要取回，我们会在本对话中通知您。\n\n卞文哲",
     ["damage", "tracking"], "运输损坏与补发 (JC7, JC14)"),
    ("党先生，您好：\n\n退回 Lumen S40 之前，请把载物台降到最低，把 4x 物镜转到正下方，并取出五号电池。显微镜请放回原来的泡沫内托，目镜放进单独的槽位，封箱后交给 UPS。退货面单可以在“您的订单”中打印。\n\n栾静怡",
     ["returns", "packing"], "退货时显微镜的包装要求 (JC4)"),
    ("裘女士，您好：\n\n您退回的 Heron 8x42 已经在阿伦敦仓库签收并检查完毕，279 美元的退款已退回原支付方式，一般三到五个工作日到账。\n\n卞文哲",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("雷先生，您好：\n\n您的订单分两个包裹发出：观察镜由 UPS 配送，运单号 1Z5Y90R20347838421，预计周一送达；三脚架比标准纸箱长，由弗雷斯诺仓库单独通过 FedEx 发货，运单号 784519258830，预计周三送达。\n\n栾静怡",
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("廉女士，您好：\n\n已按您的要求取消重复下的订单 113-5048217-6619340。该订单还没有发货，不会扣款；您的第一笔订单不受影响，正在正常配送。\n\n卞文哲",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("焦先生，您好：\n\n包裹昨天已经发出，我们这边无法再修改收货地址。您可以用运单号 1Z5Y90R20347849756 在 UPS My Choice 里申请改派到新地址，或者让 UPS 把包裹留在附近的自提点，改派可能需要支付少量费用。\n\n栾静怡",
     ["address", "tracking"], "发货后改地址 (JC15)"),
    ("寇女士，您好：\n\n很抱歉，仓库把 Lumen 50 片标本切片套装错发成了空白载玻片。正确的切片套装今天已由 USPS 寄出，运单号 9205590164827310316642。空白载玻片不用寄回，您留着就好。\n\n卞文哲",
     ["fulfilment", "tracking"], "错发商品后补发 (JC6)"),
    ("鞠先生，您好：\n\n抱歉让您久等了。由于中西部暴风雪，您的包裹在 UPS 路易斯维尔转运中心滞留了两天，现在已经恢复运输，预计周五送达。如果下周一之前还没收到，请在本对话中告诉我们，我们会重新发货。\n\n栾静怡",
     ["delay"], "天气导致的运输延误 (JC15)"),
    ("柳女士，您好：\n\n您的 Pinnacle 20-60x80 已登记寄修，售后编号 CBO-R-31577。预付的 UPS 面单已附在本消息中，请把观察镜装进收纳包，再放进结实的纸箱寄出，三脚架和手机支架不用寄。维修完成后我们会免费寄回，并在本对话中告诉您运单号。\n\n卞文哲",
     ["warranty-shipping", "returns"], "保修寄修的往返运输 (JC16)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("李先生 您好：\n\n您的 Pinnacle 20-60x80 觀察鏡昨天已從阿倫敦倉庫出貨，由 UPS 配送，追蹤單號 1Z5Y90R20347851003，預計下週二送達。因為商品價值較高，簽收時需要本人簽名；如果當天不在家，UPS 會留下通知並在隔天再送一次。\n\n藺品妤",
     ["tracking", "signature"], "追蹤單號與簽收 (JC15)"),
    ("張小姐 您好：\n\n退貨請在「您的訂單」中申請，系統會提供 UPS 退貨標籤。寄回前請把腳管全部收好、鎖緊，雲台上的快拆板一起放進原廠紙箱，四周塞好緩衝材料，再交給 UPS 司機或 UPS Store 門市。\n\n池冠霖",
     ["returns", "packing"], "三腳架退貨的包裝方式 (JC4)"),
    ("趙先生 您好：\n\n倉庫已收到您退回的 Strath C1 碳纖維三腳架，199 美元的退款已退回原付款方式，大約三到五個工作天入帳。\n\n藺品妤",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("周太太 您好：\n\n非常抱歉，Lumen D20 體視顯微鏡送達時外箱破損，目鏡也鬆脫了，這是運送途中造成的。新的一台今天已經寄出，追蹤單號 784519360014，預計週四送達；損壞的那台請先保留，是否需要寄回我們會另外通知您。\n\n池冠霖",
     ["damage", "tracking"], "運送損壞與補寄 (JC7)"),
    ("田先生 您好：\n\n您寄往溫哥華的包裹目前正在清關，通常需要一到兩個工作天。進口關稅和稅費已在結帳時由亞馬遜代收，送達時不應再向您收費；如果快遞員要求付款，請先拍下通知單傳給我們。\n\n藺品妤",
     ["customs"], "清關與預收關稅 (JC7)"),
    ("程小姐 您好：\n\n您的訂單已設定為禮品寄送，包裹內只會附上不含價格的禮品收據和您的祝福卡片，直接寄到您姪女在聖荷西的地址，預計週六送達，追蹤單號 9205590164827310372249。\n\n池冠霖",
     ["gift", "tracking"], "禮品訂單寄到另一個地址 (JC14, JC15)"),
    ("文小姐 您好：\n\n您的 Heron 10x42 已登記保固維修，案件編號 CBO-R-31593。預付的 UPS 寄件標籤已附在本訊息中，請把望遠鏡放進收納包後裝箱寄出，背帶和防雨蓋不需要一起寄。修好之後我們會免費寄回，並在這裡提供追蹤單號。\n\n藺品妤",
     ["warranty-shipping", "returns"], "保固維修的往返運送 (JC16)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Blythe,\n\nThe Skerry 10x50 is a good choice for the night sky. Its large lenses gather plenty of light, so on a dark night you can pick out the four largest moons of Jupiter as tiny points beside the planet, and the Pleiades cluster breaks up into dozens of stars. Brace your elbows on a car roof or a fence, or put the binoculars on a tripod, because at 10x the smallest shake shows.\n\nMarisol",
     ["advice", "astronomy"], "stargazing advice; 'stars' here are in the sky, not a rating (JC10, JC14)"),
    ("Hello Ms Coker-Adams,\n\nFor birding in woodland, most people find the Heron 8x42 easier: the wider view makes it quicker to find a warbler among the branches, and the image is steadier in the hand. The 10x42 shows more detail on distant birds over open water or marsh, but the field is narrower and hand shake is more noticeable. Both focus down to about six feet.\n\nCormac",
     ["advice", "comparison"], "the buyer asked 8x or 10x; no price, offer or push to buy (JC10)"),
    ("Dear Mr Van Loon,\n\nFor an eight-year-old, the Lumen D20 stereo microscope is usually the better start. There is nothing to prepare: your son can put a beetle, a leaf or a coin straight on the stage and see it in 3D at 20x or 40x. The Lumen S40 goes much higher, up to 1000x, but it needs thin slides and patient focusing, which suits children from about eleven.\n\nHenrietta",
     ["advice", "comparison"], "the buyer asked which microscope suits a child (JC10)"),
    ("Hi Ms Everdell,\n\nYou can see bacteria with the Lumen S40, but only with the 100x oil objective, and even then they look like tiny dots and rods. A little live yogurt on a slide, stained with a drop of methylene blue, gives you the best chance. For a first look at cells, onion skin and cheek cells are far easier.\n\nTeodoro",
     ["advice"], "what the microscope can show (JC10)"),
    ("Hello Mr Ashworth,\n\nThe Heron binoculars have an IPX7 rating, which means they survive being dunked in up to one meter of water for half an hour. They will be fine in spray and rain on the kayak, but they do not float, so keep them on the harness or tether them to the deck. Rinse them in fresh water after a day on salt water and let them dry with the caps off.\n\nMarisol",
     ["advice"], "waterproofing; an IPX7 rating is not a review rating (JC10, JC14)"),
    ("Hi Ms Kilbride,\n\nThank you for the photo of your camera and the adapter ring. I have asked our technician whether the Pinnacle 20-60x80 eyepiece will take that ring, and I will write back by Friday afternoon with the answer.\n\nCormac",
     ["holding"], "holding reply about a product question (JC12)"),
    ("Dear Mr Obuya,\n\nThe Skerry 10x50 is out of stock at the moment. We expect the next batch in the second week of May, and the listing will show it as available as soon as it has been checked in. Unfortunately we cannot set one aside in advance.\n\nHenrietta",
     ["stock"], "the buyer asked when an item is back in stock; no order exists yet (JC12)"),
    ("Hello Ms Marwood,\n\nYes, the Strath C1 takes a camera as well. The quick-release plate has a standard 1/4-inch screw, which fits the socket under every camera body we know of. With a long lens, fix the plate to the lens's own tripod foot rather than to the camera, so the weight sits over the head.\n\nTeodoro",
     ["advice", "compatibility"], "using the tripod with a camera (JC10)"),
    ("Hi Mr Esposito,\n\nPlease use proper microscope immersion oil with the 100x objective. Baby oil or olive oil bends light differently from glass, so the image stays blurred, and some oils leave a film that is hard to clean off the lens. A small bottle of type A immersion oil lasts a student for years.\n\nMarisol",
     ["advice"], "immersion oil (JC10)"),
    ("Hello Ms Lindell,\n\nIt is possible the binoculars took a knock on the way to you. Here is a quick way to check: rest them on something steady, look at the top edge of a distant roof, and slowly move your eyes back from the eyecups. If the two images drift apart vertically and your eyes strain to pull them together, the barrels are out of alignment. Let me know what you see.\n\nCormac",
     ["advice", "alignment"], "checking alignment after a possible knock in transit is troubleshooting (JC11)"),
    ("Hello Mr Hazeldine,\n\nFor the flight to Costa Rica, keep the Pinnacle in your carry-on, in its padded case with both caps on; checked bags get thrown about, and a hard knock can upset the prisms. The tripod can go in the checked suitcase with its legs retracted and the head wrapped in a sweater. On arrival, give the scope an hour to adjust to the humidity before you take the caps off.\n\nTeodoro",
     ["advice", "travel"], "packing the scope for the buyer's own trip is product use, not a shipment (JC4, JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("席先生，您好：\n\nSkerry 10x50 很适合入门观星。晴朗无月的晚上，可以看到木星旁边的四颗卫星，昴星团也能分辨出几十颗星。10 倍手持容易抖，建议把手肘撑在车顶或栏杆上，或者把望远镜装在三脚架上观察。\n\n栾静怡",
     ["advice", "astronomy"], "观星建议；这里的“星”是天上的星星 (JC10, JC14)"),
    ("荣女士，您好：\n\n八岁左右的孩子建议先用 Lumen D20 体视显微镜，不用做切片，虫子、树叶、硬币直接放上去就能看到立体的放大图像。Lumen S40 倍率高，能看到细胞，但需要制作很薄的装片、耐心调焦，更适合十一二岁以上的孩子。\n\n卞文哲",
     ["advice", "comparison"], "买家问哪一款适合孩子，无价格无促销 (JC10)"),
    ("桑先生，您好：\n\n望远镜在运输中受到磕碰，有可能导致光轴偏移。您可以这样自查：把望远镜放在稳定的地方，对准远处的屋檐，眼睛慢慢离开眼罩，如果两个圆里的屋檐上下错开，而且看久了眼睛发胀，就说明光轴偏了。请把您看到的情况告诉我们。\n\n栾静怡",
     ["advice", "alignment"], "运输磕碰后自查光轴属于故障排查 (JC11)"),
    ("班女士，您好：\n\nHeron 10x42 目前暂时缺货，下一批预计五月中旬到仓，入库后商品页面会马上显示有货。抱歉，我们这边没办法提前预留。\n\n卞文哲",
     ["stock"], "买家询问补货时间，尚无订单 (JC12)"),
    ("仲先生，您好：\n\nStrath T2 的额定承重是八公斤，单反相机加一支七百克左右的长焦镜头完全没问题。如果镜头自带脚架环，请把快装板装在脚架环上，而不是机身底部，这样重心更稳。\n\n栾静怡",
     ["advice", "compatibility"], "三脚架承重与相机 (JC10)"),
    ("芦女士，您好：\n\nLumen S40 装上三节五号电池，LED 在中等亮度下大约可以连续使用二十个小时。课堂上长时间使用的话，建议接上随附的电源适配器，电池留到户外观察时再用。长期不用时请把电池取出来，以免漏液。\n\n卞文哲",
     ["advice"], "电池续航 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("邊太太 您好：\n\n在森林步道賞鳥，一般建議選 8 倍：視野比較寬，在樹枝間找鳥比較快，手持也比較穩。10 倍看遠處水鳥的細節更清楚，但視野較窄，手晃也更明顯。兩款的最近對焦距離都是大約兩公尺。\n\n藺品妤",
     ["advice", "comparison"], "買家詢問 8 倍或 10 倍，無價格無促銷 (JC10)"),
    ("談先生 您好：\n\n請千萬不要用望遠鏡直接看太陽，即使是日食期間也一樣，聚焦後的陽光幾秒鐘就會造成永久性的眼睛傷害。想觀察日食的話，兩個物鏡前都必須裝上符合 ISO 12312-2 標準的太陽濾鏡，而且裝好之前不要對準太陽。\n\n池冠霖",
     ["advice", "safety"], "觀察日食的安全提醒 (JC10)"),
    ("費小姐 您好：\n\n謝謝您傳來的影片。我已經把視野邊緣模糊的問題轉給技術人員，他們明天會看，週四下午前我會在這裡回覆您。\n\n藺品妤",
     ["holding"], "產品問題的等待回覆 (JC12)"),
    ("鮑先生 您好：\n\n用 Lumen D20 觀察錢幣很合適：二十倍可以看到整枚硬幣的浮雕，四十倍能看清鑄造年份和細小的刮痕。觀察金屬表面時請開上方的照明，把燈光稍微斜照，立體感會更好。\n\n池冠霖",
     ["advice"], "觀察錢幣 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note, tags in [
    ("Hi Mr Arkwright,\n\nQuick version: bend the binoculars at the hinge until you see one circle. Focus with the middle wheel using only your left eye, then fix the right side with the little ring under the right eyepiece. After that, just use the middle wheel. Glasses on? Screw the eyecups down.\n\nMarisol",
     "retells en/binoculars/setup (JC13)", []),
    ("Hello Ms Royce,\n\nFog on the outer glass is just condensation from the change in temperature, so give them twenty minutes in the case and it will go, and don't wipe the lenses while they're wet. They're sealed and nitrogen-filled, so if mist ever shows up inside and stays put, send us a photo.\n\nCormac",
     "retells en/binoculars/fogging (JC13)", []),
    ("Hi Mr Delacourt,\n\nFor phone photos: focus the scope at low power, clamp the adapter onto the eyepiece, line your phone camera up with the centre until the circle fills the screen, and do the fine focusing on the scope. Use the self-timer so you don't jog it.\n\nHenrietta",
     "retells en/scope/digiscoping; 'line up' and 'phone' are not contact details (JC13, JC14)", []),
    ("Hello Ms Amadi-Frost,\n\nStart on 4x, clip the slide on, and bring the stage up close while watching from the side. Then focus downwards with the big knob while looking in, and fine-tune with the small one. Step up through 10x and 40x using only the small knob. The 100x lens needs a drop of oil.\n\nTeodoro",
     "retells en/microscope/first-focus (JC13)", []),
    ("Hi Mr Penhallow,\n\nA black view is nearly always a setting: turn the light up (and try new batteries), open the diaphragm lever under the stage, make sure the lens has clicked fully round, and check the specimen is over the light. Still dark on the mains adapter? Tell us and we'll dig deeper.\n\nMarisol",
     "retells en/microscope/dark-image (JC13)", []),
    ("Hello Ms Greaves,\n\nOnce your daughter has had a few weeks with the microscope, we'd really value a review on Amazon describing how it has worked out for her, good or bad.\n\nCormac",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)", ["review-request"]),
]:
    free(R, "en", text, [TR], note, ["rewrite"] + tags)

for text, note in [
    ("边先生，您好：\n\n做装片很简单：载玻片上滴一滴水，把洋葱皮之类的样本铺平放进去，盖玻片斜着慢慢放下防止起泡，边上多出来的水用纸吸掉。想看细胞核就滴点碘液。先低倍、后高倍。\n\n栾静怡",
     "改写 zh/microscope/wet-mount (JC13)"),
    ("甄女士，您好：\n\n镜片脏了先吹、再刷，最后才用镜头纸加清洁液轻轻擦，别用酒精，也别拿衣服直接擦。机身用湿布擦就行，平时盖好镜头盖收进包里。\n\n卞文哲",
     "改写 zh/binoculars/cleaning (JC13)"),
    ("卫先生，您好：\n\n变焦目镜先在最低倍找目标，放到中间再慢慢加倍，每次变倍都重新对一下焦。倍数越高越暗、越晃，三脚架要稳。戴眼镜的话把眼罩拧进去。\n\n栾静怡",
     "改写 zh/scope/zoom-eyepiece (JC13)"),
    ("丛女士，您好：\n\n质保管的是材料和做工的问题，像调焦卡住、里面起雾、光轴偏了都算；摔坏的、擦花的、拆过的不在内。麻烦您说一下具体情况，方便的话拍张照片发过来。\n\n卞文哲",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("古先生 您好：\n\n腳架先拉最粗的那節，最細的最後才用；看氣泡把三支腳調平，中柱能不升就不升。在沙灘用完，記得把腳管擦乾淨、晾乾再收。\n\n池冠霖",
     "改寫 zh-tw/tripod/setup (JC13)"),
    ("章小姐 您好：\n\n體視顯微鏡不用做玻片，東西直接放上去看就好。不透光的開上面的燈，透光的開底光；先用二十倍找到，再轉四十倍對焦。\n\n藺品妤",
     "改寫 zh-tw/microscope/stereo (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Ms Castellane,\n\nYour Heron 8x42 will be delivered by UPS on Thursday. When it arrives, set the diopter before anything else, and try the eyecups at the middle stop first; most people end up happiest there.\n\nTeodoro",
     "delivery date plus first-use advice (JC8)"),
    ("Hello Mr Fitzwilliam,\n\nThe replacement phone adapter shipped today by USPS. Until it arrives, you can still get decent shots by holding your phone against the eyepiece at low zoom, with the eyecup twisted down, and tapping the screen to focus on the bird.\n\nMarisol",
     "replacement shipped plus a photography tip (JC8)"),
    ("Dear Ms Ngozi-Park,\n\nWe've started your return and the UPS label is in Your Orders. Before you send it off, it may be worth one more try: fold the barrels until you see a single circle, because double vision very often comes down to that setting alone.\n\nCormac",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Mr Barraclough,\n\nYour classroom set of microscopes will be delivered to the school's loading dock on Tuesday morning. Once they're unpacked, keep the dust covers on between lessons and store them with the 4x objective in place; it saves a lot of cleaning.\n\nHenrietta",
     "school delivery plus classroom care advice (JC5, JC8)"),
    ("Hello Ms Haworth,\n\nYour parcel is clearing customs in Calgary and should be released in a day or two. In the meantime, if you plan to use the scope in freezing weather, let it cool down outside in its case for half an hour before observing, so the image doesn't shimmer.\n\nTeodoro",
     "customs plus cold-weather advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("郎先生，您好：\n\n换货的观察镜明天由 UPS 发出。在收到之前，您手上这台还可以继续用，低倍率下成像不受影响，高倍观察尽量选在早晨气温低的时候。\n\n栾静怡",
     "换货发出加使用建议 (JC8)"),
    ("幸女士，您好：\n\n包裹预计周三送达。收到后请先抽出显微镜底座里的电池绝缘片，再从 4x 物镜开始对焦，第一次使用会顺利很多。\n\n卞文哲",
     "送达时间加首次使用建议 (JC8)"),
    ("祖先生，您好：\n\n您的望远镜还在清关，背带和收纳包已经先送到了。等待期间可以先把背带长度调好，望远镜到了以后直接扣上就能用。\n\n栾静怡",
     "清关加使用建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("華先生 您好：\n\n補寄的快拆板今天已經寄出。在收到之前，可以先把觀察鏡放在桌上型小腳架上使用，記得把腳架放在穩固的平面上，避免被風吹倒。\n\n池冠霖",
     "補寄加使用建議 (JC8)"),
    ("計先生 您好：\n\n顯微鏡預計週五送達。收到後建議先用盒子裡的標本切片練習對焦，熟悉之後再自己製作玻片。\n\n藺品妤",
     "送達時間加使用建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/binoculars/setup", dict(buyer_name="Mr Okimoto", product=H8, agent_name=A1),
        "shuts out stray light from the sides.",
        "P.S. Our new Heron 12x50 launches next month, and as an existing customer you can pre-order it now at 15% off.",
        [MKT, TR], "P.S. announcing a new model with a pre-order discount", sep="\n\n")
add_bad("en/microscope/first-focus", dict(buyer_name="Ms Bellweather", microscope=LS, agent_name=A2),
        "when you have finished.",
        "If your daughter is enjoying it, a five-star review would mean a great deal to a small shop like ours.",
        [RI, TR], "five-star ask aimed at a satisfied buyer")
add_bad("en/binoculars/fogging", dict(buyer_name="Mr Cordero", product=H10, agent_name=A3),
        "we will look at it with you.",
        "For a quicker answer, message our optics technician on WhatsApp at +1 610-555-0147.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/apology/high-power-blur", dict(buyer_name="Ms Gwynne", scope=P80, agent_name=A4),
        "needs a closer look.",
        "If you are still unhappy after that, please come to us before you post a review, so we can make it right first.",
        [RI, TR], "review gating: an unhappy buyer is steered to the seller before reviewing")
add_bad("en/tripod/scope-mount", dict(buyer_name="Mr Zielinski", tripod=T2, load_capacity="17.6 lb (8 kg)", agent_name=A1),
        "adds useful weight.",
        "While you're here: our Strath fluid video head pairs perfectly with this tripod, and it is 20% off with code STEADYSTRATH until Sunday.",
        [MKT, TR], "cross-sell of a tripod head with a discount code", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Tennyson", order_id="114-7153086-2204918", product=WR, agent_name=A2),
        "helps us improve what we make.",
        "As a thank-you, we will send you a lens cleaning kit free of charge once your review is up.",
        [RI, TR], "free accessory in exchange for a review")
add_bad("en/scope/digiscoping", dict(buyer_name="Mr Carmody", scope=P65, adapter=ADP, agent_name=A3),
        "where the most light reaches the camera.",
        "Follow us on Instagram at @corriebank.optics and tag us in your shots; we answer questions faster there than on Amazon.",
        [OPC, TR], "social handle and support moved to Instagram", sep="\n\n")
add_bad("en/warranty/claim", dict(buyer_name="Ms Pettigrew", product=H10, warranty_period="ten-year", case_id="CBO-R-31612",
        order_id="111-2940685-7376129", agent_name=A4),
        "whenever you write to us about this.",
        "When the repaired binoculars ship back to you, you can follow the parcel on our own tracking page at corriebank-optics.com/track rather than in Your Orders.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Antrobus,\n\nYour return of the Pinnacle 16-48x65 has been received, and the refund of $389.00 is on its way to you. Since that's all sorted now, would you update your 2-star review? If you do, we'll send you a $20 gift card as a thank-you.\n\nHenrietta",
     [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/microscope/wet-mount", dict(buyer_name="饶先生", microscope=LS_ZH, agent_name=Z1),
        "从另一侧用吸水纸把它引过去。",
        "如果还是看不清楚，可以加我们的微信 corriebank_kefu，技术老师会通过视频一步步教您。",
        [OPC, TR], "产品支持转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="印女士", product=H8_ZH, order_id="113-6402917-5538820", agent_name=Z2),
        "对他们和我们都很有帮助。",
        "留下五星好评后把截图发给我们，即可领取十美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/binoculars/cleaning", dict(buyer_name="来先生", product=SK_ZH, agent_name=Z1),
        "存放在干燥通风的地方。",
        "问题解决以后，麻烦您把之前那条差评删掉，或者改成好评。",
        [RI, TR], "要求删除或修改差评")
add_bad("zh/scope/zoom-eyepiece", dict(buyer_name="齐女士", scope=P80_ZH, agent_name=Z2),
        "并盖好镜头盖。",
        "另外，本店 Strath C1 碳纤维三脚架本周满一百美元减二十美元，欢迎搭配选购！",
        [MKT, TR], "三脚架满减促销与搭配推销")
add_bad("zh/warranty/claim", dict(buyer_name="瞿先生", product=H10_ZH, warranty_period="十年", case_id="CBO-R-31627",
        order_id="112-8817350-4063391", agent_name=Z1),
        "请注明这个编号。",
        "维修好的望远镜寄回给您时，物流进度请到我们的官网 corriebank-optics.com 查询，不用在亚马逊订单里看。",
        [OPC], "寄回的物流进度引导到卖家官网：补充的这句是物流，所以不标 template-required")
free(V, "zh", "路女士，您好：\n\n您退回的 Lumen D20 仓库已经签收。为了让您早点收到钱，这次退款我们想绕开亚马逊，直接转到您的支付宝，麻烦把支付宝账号发给我们。\n\n卞文哲",
     [OPC], "退货退款改走支付宝：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/tripod/setup", dict(buyer_name="梅太太", tripod=T2_TW, agent_name=W2),
        "鎖扣才不會卡住。",
        "想更快得到回覆的話，歡迎加入我們的 LINE 官方帳號 @corriebanktw 直接私訊。",
        [OPC, TR], "客服轉到 LINE 官方帳號")
add_bad("zh-tw/binoculars/double-image", dict(buyer_name="雲小姐", product=H8_TW, agent_name=W1),
        "我們會協助您進一步判斷。",
        "問題解決後如果您滿意，請幫我們留下五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "鄺先生 您好：\n\n您的 Lumen S40 學生顯微鏡今天已經寄出，追蹤單號 1Z5Y90R20347862219。順帶一提，本週標本切片組買二送一，到我們的官網 corriebank-optics.com 結帳時輸入折扣碼 SLIDE3 就能使用。\n\n池冠霖",
     [MKT, OPC, TR], "寄出通知（物流）加本週切片組買二送一並導向官網；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
