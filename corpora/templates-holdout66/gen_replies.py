# -*- coding: utf-8 -*-
"""Labelled seller replies of t66 (imported by gen.py). All texts written for this set.

One call per reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note refers to the judgement calls listed in gen.py and README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """The template with every placeholder replaced; the value set must match the placeholders exactly."""
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("values for %s: got %s, need %s" % (tid, sorted(vals), sorted(need)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _put(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render, then apply (old, new) replacements; each old text must occur exactly once."""
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
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(paras) == 1, (tid, starts)
    return (paras[0], textwrap.fill(paras[0], width))


def append_to(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    """A filled template with one sentence added after `anchor`."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _put(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Henrietta Vossberg", "Caspian Maddox-Eze", "Imogen Tarrant-Diallo", "Desmond Aukland-Reyes"
Z1, Z2 = "栾海舟", "蒯静怡"
W1, W2 = "繆冠廷", "夏沛晴"

K1 = "Copperlane 1-Gallon Pale Ale Kit"
K5 = "Copperlane 5-Gallon Amber Ale Kit"
K5_LONG = ("Copperlane 5-Gallon Amber Ale Homebrew Beer Kit with 6.5 Gallon Fermenting Bucket, Bottling Bucket, "
           "Three-Piece Airlock, Triple-Scale Hydrometer, Liquid Malt Extract, Cascade Hops and Dry Ale Yeast "
           "(Makes About 48 Bottles)")
F65 = "Vatwell 6.5-gallon fermenting bucket"
F14 = "Vatwell 14-gallon stainless conical fermenter"
F27 = "Vatwell 27-gallon stainless conical fermenter"
HYD = "Gravimark triple-scale hydrometer"
HYD_LONG = ("Gravimark Triple Scale Hydrometer and 250 ml Test Jar Set for Beer, Wine, Mead and Cider Making, "
            "Specific Gravity, Potential Alcohol and Brix Scales, with Cleaning Brush and Padded Storage Case")
CAP = "Crownjaw bench capper"
CAP_LONG = ("Crownjaw Bench Bottle Capper for 26 mm Crown Caps, Adjustable Height for 7 oz to 40 oz Bottles, "
            "Cast Iron Base with Magnetic Bell, Includes 144 Oxygen-Absorbing Caps")
WK_M = "Orchardine Merlot 6-gallon wine kit"
WK_CS = "Orchardine Cabernet Sauvignon 6-gallon wine kit"
WK_PG = "Orchardine Pinot Grigio 6-gallon wine kit"
SAN = "Clearbrim No-Rinse Sanitizer"
MILL = "Millrook two-roller grain mill"
MILL_LONG = ("Millrook Two-Roller Adjustable Grain Mill for Homebrewing, Knurled Carbon Steel Rollers, 7 lb Hopper, "
             "Drill-Drive Shaft and Hardwood Base, Crushes Barley, Wheat and Rye Malt")

HYD_ZH = "Gravimark 三刻度比重计"
HYD_ZH_LONG = ("Gravimark 三刻度比重计 附250毫升量筒 适用啤酒 葡萄酒 蜂蜜酒 苹果酒 可测比重 潜在酒精度 糖度 "
               "配清洁刷和收纳盒")
F65_ZH = "Vatwell 6.5加仑发酵桶"
AIR_ZH = "Briarmoss 三件式气塞（两只装）"
AIR_S_ZH = "Briarmoss S 形气塞"
K5_ZH = "Copperlane 五加仑琥珀艾尔啤酒套装"
MILL_ZH = "Millrook 双辊麦芽粉碎机"
CAP_ZH = "Crownjaw 台式压盖器"

K5_TW = "Copperlane 五加侖琥珀艾爾啤酒套組"
KIPA_TW = "Copperlane 五加侖霧濁IPA套組"
WK_M_TW = "Orchardine 梅洛六加侖葡萄酒套組"
WK_PG_TW = "Orchardine 灰皮諾六加侖葡萄酒套組"
MILL_TW = "Millrook 雙滾輪麥芽研磨機"
MILL_TW_LONG = ("Millrook 雙滾輪可調式麥芽研磨機 碳鋼壓花滾輪 3公斤料斗 可接電鑽 附實木底座 "
                "適用大麥 小麥 黑麥麥芽")
YEAST_TW = "Copperlane 艾爾乾酵母（11.5公克）"
LAGER_TW = "Copperlane 拉格乾酵母（11.5公克）"
PALE_TW = "Copperlane 淡色艾爾乾酵母（兩包裝）"

# ============================================================ 1. filled templates -> []
F = "filled-template"
fill("en/beer/first-brew", dict(buyer_name="Mr Applegarth", kit=K5, agent_name=A1), "exact fill")
fill("en/beer/first-brew", dict(buyer_name="Ms Brightwater", kit=K5_LONG, agent_name=A2),
     "the full 222-character listing title in the kit slot; greeting changed (JC2)",
     edits=[("Hello Ms Brightwater,", "Good afternoon Ms Brightwater,")], tags=["greeting", "long-value"])
fill("en/beer/first-brew", dict(buyer_name="Mr Drewitt", kit=K1, agent_name=A3),
     "congratulations on a first batch inserted below the greeting (JC2)",
     edits=[("Hello Mr Drewitt,", "Hello Mr Drewitt,\n\nCongratulations on your very first batch, and thanks for the photo of your kitchen setup.")],
     tags=["warm-line"])
fill("en/hydrometer/reading", dict(buyer_name="Ms Aldercott", hydrometer=HYD, og="1.048", fg="1.010", abv="5.0",
     agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Sunderland-Kofi", hydrometer=HYD_LONG, og="1.062", fg="1.014", abv="6.3", agent_name=A1)
fill("en/hydrometer/reading", _v,
     "listing title in the hydrometer slot; paragraphs one and two broken into 72-column lines, the way a mail client pastes them (JC2)",
     edits=[wrap("en/hydrometer/reading", _v, "Here is how", 72), wrap("en/hydrometer/reading", _v, "Read the scale", 72)],
     tags=["long-value", "reflow"])
fill("en/hydrometer/reading", dict(buyer_name="Ms Galbraith", hydrometer=HYD, og="1.056", fg="1.012", abv="5.8",
     agent_name=A2), "the last sentence (pour the sample away) left out (JC2)",
     edits=[(" Please pour the sample away afterwards instead of returning it to the fermenter.", "")], tags=["trim"])
fill("en/apology/quiet-airlock", dict(buyer_name="Mr Hesketh", fermenter=F65, agent_name=A3), "exact fill")
fill("en/apology/quiet-airlock", dict(buyer_name="Ms Rathbone", fermenter=F65, agent_name=A4),
     "one sentence reworded with the same facts; sign-off made warmer (JC2)",
     edits=[("Bucket lids often let carbon dioxide escape around the rim or the rubber grommet rather than through the airlock.",
             "With bucket lids, the carbon dioxide often slips out around the rim or the grommet instead of going through the airlock."),
            ("With apologies,", "Sorry again, and don't give up on this batch yet,")],
     tags=["paraphrase", "sign-off"])
fill("en/capper/setup", dict(buyer_name="Mr Ilunga", capper=CAP, agent_name=A1), "exact fill")
fill("en/capper/setup", dict(buyer_name="Ms Moorcroft", capper=CAP_LONG, agent_name=A2),
     "listing title in the capper slot; one word changed (JC2)",
     edits=[("one smooth motion", "one steady motion")], tags=["long-value", "wording"])
fill("en/wine/kit-schedule", dict(buyer_name="Mr Baptiste-Lowry", wine_kit=WK_M, aging_time="three to six months",
     agent_name=A3), "exact fill")
fill("en/wine/kit-schedule", dict(buyer_name="Ms Thornquist", wine_kit=WK_CS, aging_time="six months", agent_name=A4),
     "one long sentence split in two; warm line in the sign-off (JC2)",
     edits=[("add the stabilizing packets and stir hard", "add the stabilizing packets. Then stir hard"),
            ("Warm regards,", "Here's to a fine first vintage, and warm regards,")],
     tags=["split", "sign-off", "warm-line"])
fill("en/sanitizer/use", dict(buyer_name="Mr Okwudili", sanitizer=SAN, dose="one fluid ounce", agent_name=A1),
     "exact fill")
fill("en/sanitizer/use", dict(buyer_name="Dr Feeney", sanitizer=SAN, dose="1 fl oz (two tablespoons)", agent_name=A2),
     "greeting and sign-off changed (JC2)",
     edits=[("Hello Dr Feeney,", "Dear Dr Feeney,"), ("Best wishes,", "Happy brewing,")], tags=["greeting", "sign-off"])
fill("en/mill/gap", dict(buyer_name="Ms Harwell", mill=MILL, agent_name=A3), "exact fill")
fill("en/mill/gap", dict(buyer_name="Mr Ekwueme", mill=MILL_LONG, agent_name=A4),
     "listing title in the mill slot; the last two paragraphs run together (JC2)",
     edits=[("a traditional mash tun.\n\nIf you drive", "a traditional mash tun. If you drive")],
     tags=["long-value", "merge"])
fill("en/review/neutral-request", dict(buyer_name="Ms Tulloch", product=K1, order_id="113-4820917-6603148",
     agent_name=A1), "exact fill; this order gets no other review request, and the buyer had not praised anything before (JC10)")
fill("en/review/neutral-request", dict(buyer_name="Mr Kincaid", product=F14, order_id="112-6093354-1187720",
     agent_name=A2), "new greeting and closing; this order gets no other review request (JC2, JC10)",
     edits=[("Hello Mr Kincaid,", "Hi Mr Kincaid,"), ("Many thanks,", "Cheers,")], tags=["greeting", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Mr Bellamy", product=CAP, warranty_period="two-year", case_id="BMB-K-31042",
     order_id="114-2275609-8130946", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Ravenhill", product=MILL_LONG, warranty_period="three-year",
     case_id="BMB-K-31077", order_id="111-7736025-4409218", agent_name=A4),
     "mill listing title as the product; exclusions restated in other words, same list (JC2)",
     edits=[("Wear from ordinary use, rust caused by leaving the item wet, and damage from dropping or altering it fall outside the warranty.",
             "Normal wear, rust from the mill being left damp, and damage from a fall or from modifications are not covered.")],
     tags=["long-value", "paraphrase"])

fill("zh/hydrometer/calibrate", dict(buyer_name="焦先生", hydrometer=HYD_ZH, agent_name=Z1), "exact fill")
fill("zh/hydrometer/calibrate", dict(buyer_name="邝女士", hydrometer=HYD_ZH_LONG, agent_name=Z2),
     "hydrometer 一栏填入完整商品名，开头换成“晚上好” (JC2)", edits=[("邝女士，您好：", "邝女士，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/hydrometer/calibrate", dict(buyer_name="茅先生", hydrometer=HYD_ZH, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝酿造顺利！", "预祝您的第一批啤酒一次成功！")], tags=["sign-off"])
fill("zh/fermenter/cleaning", dict(buyer_name="仇女士", fermenter=F65_ZH, agent_name=Z2), "exact fill")
fill("zh/fermenter/cleaning", dict(buyer_name="梅先生", fermenter=F65_ZH, agent_name=Z1),
     "问候后加一句祝贺的话 (JC2)",
     edits=[("梅先生，您好：", "梅先生，您好：\n\n恭喜您的第一批啤酒顺利装瓶，看照片颜色很漂亮！")], tags=["warm-line"])
fill("zh/airlock/install", dict(buyer_name="池女士", airlock=AIR_ZH, agent_name=Z2), "exact fill")
fill("zh/airlock/install", dict(buyer_name="谷先生", airlock=AIR_S_ZH, agent_name=Z1),
     "第二段两句调换顺序 (JC2)",
     edits=[("气塞里要加水到刻度线，用稀释好的消毒液代替清水更保险，万一倒吸进桶里也不会污染酒液。三件式气塞方便拆洗，适合发酵初期泡沫多的时候；S 形气塞里的液体不容易蒸发干，适合时间较长的二次发酵。",
             "三件式气塞方便拆洗，适合发酵初期泡沫多的时候；S 形气塞里的液体不容易蒸发干，适合时间较长的二次发酵。气塞里要加水到刻度线，用稀释好的消毒液代替清水更保险，万一倒吸进桶里也不会污染酒液。")],
     tags=["reorder"])
fill("zh/review/neutral-request", dict(buyer_name="揭女士", product=K5_ZH, order_id="112-3358140-7762095", agent_name=Z2),
     "exact fill；这笔订单只发这一次邀请，买家之前也没有夸过产品 (JC10)")
fill("zh/review/neutral-request", dict(buyer_name="濮先生", product=MILL_ZH, order_id="114-9012674-3358811", agent_name=Z1),
     "开头换成“周末好”；这笔订单只发这一次邀请 (JC2, JC10)", edits=[("濮先生，您好：", "濮先生，周末好：")],
     tags=["greeting"])
fill("zh/warranty/claim", dict(buyer_name="滑先生", product=MILL_ZH, warranty_period="两年", case_id="BMB-K-31103",
     order_id="113-6620471-0954382", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="伏女士", product=CAP_ZH, warranty_period="一年", case_id="BMB-K-31129",
     order_id="111-2049386-7715034", agent_name=Z1),
     "措辞微调：“发来故障部位的照片”改为“附上一张故障部位的照片” (JC2)",
     edits=[("发来故障部位的照片", "附上一张故障部位的照片")], tags=["wording"])

fill("zh-tw/bottling/priming", dict(buyer_name="饒先生", kit=K5_TW, sugar="五盎司（約一百四十公克）", agent_name=W1),
     "exact fill")
fill("zh-tw/bottling/priming", dict(buyer_name="顧小姐", kit=KIPA_TW, sugar="四盎司", agent_name=W2),
     "問候語改為午安，並加一句溫暖的話 (JC2)",
     edits=[("顧小姐 您好：", "顧小姐 午安：\n\n聽說您的第一批霧濁IPA聞起來很香，真替您高興。")],
     tags=["greeting", "warm-line"])
fill("zh-tw/wine/degassing", dict(buyer_name="關先生", wine_kit=WK_M_TW, agent_name=W1), "exact fill")
fill("zh-tw/wine/degassing", dict(buyer_name="閻小姐", wine_kit=WK_PG_TW, agent_name=W2),
     "第二段的兩個句子用分號連成一句 (JC2)",
     edits=[("不再冒出大量細泡。電鑽請用低速", "不再冒出大量細泡；電鑽請用低速")], tags=["merge"])
fill("zh-tw/mill/care", dict(buyer_name="鄺先生", mill=MILL_TW, agent_name=W1), "exact fill")
fill("zh-tw/mill/care", dict(buyer_name="歸太太", mill=MILL_TW_LONG, agent_name=W2),
     "mill 一欄填入完整商品名，簽名上方多一句祝福 (JC2)",
     edits=[("是否一致。\n\n", "是否一致。\n\n祝 釀造愉快\n")], tags=["long-value", "sign-off"])
fill("zh-tw/yeast/rehydrate", dict(buyer_name="邊先生", yeast=YEAST_TW, agent_name=W1), "exact fill")
fill("zh-tw/yeast/rehydrate", dict(buyer_name="費小姐", yeast=LAGER_TW, agent_name=W2),
     "省略最後半句（開封後不要留著） (JC2)", edits=[("；開封後沒用完的部分不建議留著下次用", "")], tags=["trim"])
fill("zh-tw/yeast/rehydrate", dict(buyer_name="鮑先生", yeast=PALE_TW, agent_name=W1),
     "第一段從「做法是」斷開，分成兩段 (JC2)", edits=[("開始工作。做法是", "開始工作。\n\n做法是")], tags=["reflow"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 applies to every one; it is merged into the note's trailing (JCn) group when there is one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    append_to(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/beer/first-brew", dict(buyer_name="Mr Penwarden", kit=K5, agent_name=A2),
         "before you think about bottling.",
         "The bottle of Clearbrim sanitizer from the same order is classed as a hazardous material for shipping, so it left our Spokane warehouse separately by UPS Ground, tracking 1Z6K9V420347718265, and should reach you on Friday.",
         "split shipment of the sanitizer, which travels by ground as a hazardous material (JC4)",
         ["split-shipment", "tracking", "hazmat"], sep="\n\n")
fill_log("en/hydrometer/reading", dict(buyer_name="Ms Wetherall", hydrometer=HYD, og="1.044", fg="1.008", abv="4.7",
         agent_name=A3), "instead of returning it to the fermenter.",
         "The test jar that was missing from your set went out this morning by USPS, tracking 9361289704412205583160.",
         "missing test jar sent (JC7)", ["fulfilment", "tracking"])
fill_log("en/capper/setup", dict(buyer_name="Mr Oyelowo", capper=CAP, agent_name=A4),
         "before sliding the bottle underneath.",
         "The second capper, which was ordered by mistake, is now cancelled at your request; it never left the warehouse, so there is no charge for it.",
         "duplicate line cancelled before dispatch (JC7)", ["cancellation"])
fill_log("en/wine/kit-schedule", dict(buyer_name="Ms Carrick", wine_kit=WK_PG, aging_time="two to three months",
         agent_name=A1), "in the bottle.",
         "With the heat wave in your area, we are holding your second kit at our Allentown warehouse until Monday so that it does not spend the weekend in a hot truck; it will then ship by FedEx Home Delivery.",
         "a weekend heat hold on a second kit is a shipping decision (JC5)", ["heat", "delay"], sep="\n\n")
fill_log("en/mill/gap", dict(buyer_name="Mr Strachan", mill=MILL, agent_name=A2),
         "the flats on the drive shaft.",
         "If you decide to send the mill back instead, request the return from Your Orders; the rollers are heavy, so please wrap them in the original foam before you seal the box.",
         "how to pack the mill for a return (JC16)", ["returns", "packing"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Kwarteng", product=F27, warranty_period="five-year",
         case_id="BMB-K-31156", order_id="112-8804716-2290357", agent_name=A3),
         "against order 112-8804716-2290357.",
         "Should the fermenter need to be returned to us, the freight carrier will collect it on its pallet from your garage, so there is no need to repack it.",
         "how the 27-gallon conical would travel back (JC6)", ["freight", "returns"])
fill_log("zh/hydrometer/calibrate", dict(buyer_name="蒲先生", hydrometer=HYD_ZH, agent_name=Z2),
         "或者对照温度修正表换算。",
         "同一订单里的免冲洗消毒剂属于危险品，只能走陆运，已另行由 UPS 发出，运单号 1Z6K9V420358820471，预计下周一送达。",
         "危险品消毒剂分开陆运 (JC4)", ["split-shipment", "tracking", "hazmat"], sep="\n\n")
fill_log("zh/fermenter/cleaning", dict(buyer_name="岳女士", fermenter=F65_ZH, agent_name=Z1),
         "不需要再用清水冲。",
         "另外，您反映出酒龙头关不严、一直滴漏，新的龙头今天已免费补发，由 USPS 寄出，运单号 9361289704412271306845。",
         "补发漏水的龙头，“免费补发”不是促销 (JC7, JC15)", ["fulfilment", "tracking"])
fill_log("zh/airlock/install", dict(buyer_name="练先生", airlock=AIR_ZH, agent_name=Z2),
         "暂时用消过毒的锡纸盖住。",
         "按您的要求，重复下单的那一组气塞已经取消，还没有发货，不会扣款。",
         "按要求取消重复下单的商品 (JC7)", ["cancellation"])
fill_log("zh/warranty/claim", dict(buyer_name="麦女士", product=MILL_ZH, warranty_period="两年", case_id="BMB-K-31182",
         order_id="114-5519037-6628401", agent_name=Z1),
         "登记了售后编号 BMB-K-31182。",
         "要是最后得把机器寄回来检查，“您的订单”页面里会出现一张由我们付费的退货标签，运费不用您出。",
         "寄回检测的退货面单", ["returns"])
fill_log("zh-tw/bottling/priming", dict(buyer_name="蔣小姐", kit=K5_TW, sugar="五盎司", agent_name=W2),
         "可能會有爆瓶的危險。",
         "您另外訂購的四十八支棕色啤酒瓶已經出貨，FedEx 追蹤單號 396204418837，預計週四送達。",
         "另外訂購的酒瓶追蹤單號", ["tracking"])
fill_log("zh-tw/mill/care", dict(buyer_name="穆先生", mill=MILL_TW, agent_name=W1),
         "是否一致。",
         "另外，您收到的料斗在運送途中壓裂了，新的料斗今天已經補寄，UPS 追蹤單號 1Z6K9V420369914526。",
         "運送途中損壞的料斗補寄 (JC8)", ["damage", "tracking"], sep="\n\n")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Kahananui,\n\nThanks for checking on your order. The Clearbrim sanitizer is an acid concentrate, which carriers treat as a hazardous material, so it is not allowed on flights to Hawaii. FedEx picked it up in Spokane on Monday for ground and ocean service, tracking 396204502271, and the trip to Hilo usually takes two to three weeks. The rest of your kit has no such restriction and went by air, so it should be with you this week.\n\nHappy brewing,\nHenrietta",
     ["hazmat", "split-shipment", "tracking"], "the acid sanitizer cannot fly; the rest of the kit went by air (JC4, JC16)"),
    ("Hi Ms Lockridge,\n\nThe 27-gallon conical ships on a pallet with Estes Express because it weighs 138 pounds boxed. Your PRO number is 2047719035. When the pallet reaches the local Estes terminal, they will phone the number on your order to arrange a delivery window. The truck has a liftgate, and the driver will set the pallet down at the curb or at the end of your driveway but cannot carry it indoors, so plan on a helper and a hand truck.\n\nKind regards,\nCaspian",
     ["freight", "delivery-appointment"], "LTL freight and the carrier's booking call (JC6)"),
    ("Dear Mr Fenimore,\n\nBefore you sign for the pallet, please walk around it and look for torn wrap, crushed corners or dents in the steel. If you see any, write a short description such as \"crushed corner, possible damage\" on the driver's delivery receipt before signing, and photograph the damage. That note keeps the carrier liable and lets us send a replacement right away. If everything looks intact, sign as usual.\n\nThank you, and enjoy brew day,\nImogen",
     ["freight", "damage"], "checking a freight delivery before signing; the warm sign-off does not change the subject (JC6, JC8, JC16)"),
    ("Hello Ms Pardoe,\n\nUPS flagged your parcel today, saying its driver could not locate apartment 3C at the address we have. Please send us the right apartment number, or a note on which door to use, and we will pass it straight to UPS for another attempt the following business day.\n\nThanks,\nDesmond",
     ["delivery-exception", "address"], "delivery exception, missing apartment number (JC16)"),
    ("Hi Mr Quenby,\n\nI'm so sorry your glass carboy arrived in pieces. That is a miserable thing to open, and it happened on the way to you, not at your end. A replacement left today in a double box with extra padding, UPS tracking 1Z6K9V420381126637. There is no need to send the broken glass back: wrap it in newspaper, tape it up and put it out with your household trash, taking care with the sharp edges.\n\nHenrietta",
     ["damage", "tracking"], "glass carboy broken in transit; replacement sent and no return needed (JC8)"),
    ("Hello Ms Varley,\n\nThank you for the photos. The juice bag in your Merlot kit split in transit and soaked the box, so the kit cannot be used. We have sent a complete new kit by FedEx Home Delivery, tracking 396204577903, due on Thursday. Please hold on to the damaged carton for two weeks in case the carrier asks to inspect it; we will confirm in this thread when you can throw it away.\n\nCaspian",
     ["damage", "tracking"], "wine kit leaked in transit (JC8)"),
    ("Hi Mr Colquhoun,\n\nDuring the summer we only dispatch kits that contain yeast from Monday to Wednesday, so they never sit in a depot over a weekend. Your order came in on Thursday evening, which is why it is still in our warehouse; it will go out with UPS on Monday morning and should arrive by Wednesday. If the parcel does arrive hot to the touch, let us know and we will send a fresh yeast packet straight away.\n\nImogen",
     ["heat", "delay"], "summer dispatch days for yeast, and a fresh packet if it arrives hot (JC5)"),
    ("Dear Ms Hathersage,\n\nBecause opened containers of acid sanitizer cannot go back through the carrier network, we have refunded the $16.99 for the bottle without asking you to return it. The refund usually takes three to five business days to appear on your original payment method. If you have no use for the rest, the label explains how to dilute it for disposal.\n\nDesmond",
     ["hazmat", "refund", "returns"], "an opened hazardous liquid cannot be returned, so it is refunded without a return (JC4, JC15)"),
    ("Hi Mr Scrivener,\n\nOur Allentown warehouse received your returned grain mill this morning, with everything in the box. We have issued a refund of $89.00 to your original payment method; most banks post it after three to five business days.\n\nThanks for your patience,\nHenrietta",
     ["refund", "returns"], "refund of a return (JC15, JC16)"),
    ("Hello Ms Mayhew,\n\nYour returned 5-gallon kit arrived without the hydrometer that came with it. We have refunded $137.00 now, which is the full price less $12.00 for the hydrometer. If it turns up, you can send it back free of charge using a label from Your Orders, and the last $12.00 follows once it is checked in.\n\nCaspian",
     ["refund", "returns"], "partial refund of a return that came back without a part (JC7, JC15)"),
    ("Hi Mr Dobrowski,\n\nFedEx had already collected the order when your message came in, so we can no longer edit the address ourselves. You can still redirect it: enter tracking number 396204613058 in FedEx Delivery Manager and choose either a new address or a hold at a FedEx location near your new home. FedEx sometimes adds a fee for redirecting a parcel.\n\nImogen",
     ["address", "tracking"], "address change after dispatch (JC16)"),
    ("Hello Ms Inchbald,\n\nYour order is coming in two parcels. The stainless conical left Spokane with UPS, tracking 1Z6K9V420392237748, and is due on Tuesday. The capper and the two bags of crown caps left Allentown with USPS, tracking 9361289704412338517029, and should arrive on Saturday.\n\nCheers,\nDesmond",
     ["split-shipment", "tracking"], "split shipment from two warehouses (JC16)"),
    ("Dear Mr Ashworth,\n\nThe duplicate order 113-5508216-9924073 is now cancelled, as you requested. Nothing on it had shipped, so there is no charge, and your original order for the Pinot Grigio kit is unaffected and already on its way.\n\nHenrietta",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC7, JC15)"),
    ("Hi Ms Prendergast,\n\nSorry for the wait on your fermenter. The snowstorm closed the FedEx hub in Denver for two days, and parcels are now moving again in the order they arrived. FedEx expects to deliver yours on Friday. If it is still missing on Monday, just reply in this thread and a second fermenter will go out to you.\n\nStay warm,\nCaspian",
     ["delay"], "weather delay at a carrier hub; 'Stay warm' is courtesy (JC16)"),
    ("Hello Mr Gethin,\n\nApologies for the mix-up: you ordered the Merlot, but a Pinot Grigio kit went into your box. The Merlot kit ships today by FedEx, tracking 396204688124. A prepaid return label for the Pinot Grigio is in Your Orders; please send it back unopened within 30 days, and keep it somewhere cool until it goes.\n\nImogen",
     ["fulfilment", "returns"], "wrong wine kit sent and its return; keeping the return cool is part of sending it back (JC5, JC7)"),
    ("Dear Ms Lafleur,\n\nYour parcel is with the Canada Border Services Agency in Montreal. The wine kit contains grape juice concentrate, so the import entry is checked by hand, which usually adds two or three business days. Duties and taxes were collected by Amazon at checkout, so nothing further is owed to the courier; if the courier does ask, photograph whatever they hand you and we will take it up with them.\n\nDesmond",
     ["customs"], "customs check of a food item, duties prepaid (JC8)"),
    ("Hi Mr Haverill,\n\nThe wine kit weighs about 35 pounds and is larger than an Amazon Locker compartment, so the locker you picked could not be used and the order is now addressed to your home. If the house will be empty, UPS can hold it at a nearby UPS Access Point; you can arrange that with UPS as soon as the parcel has been picked up.\n\nHenrietta",
     ["locker", "pickup-point"], "locker refused for a heavy kit (JC16)"),
    ("Hello Ms Kilbride,\n\nThank you for telling us the airlock was missing from your 1-gallon kit. A new one went out by USPS this afternoon, tracking 9361289704412397724156, and should arrive in two or three days. Sorry for holding up your first batch.\n\nCaspian",
     ["fulfilment", "tracking"], "missing part sent (JC7)"),
    ("Dear Mr Ruddock,\n\nWe are unable to ship the sanitizer in your order to a PO box. As an acid concentrate it has to travel by UPS Ground under hazardous-material rules, and UPS does not deliver to PO boxes. Please send us a street address instead. We have put the order on hold until then, and your card has not been charged.\n\nImogen",
     ["address", "hazmat"], "PO box not possible for a hazardous-material shipment (JC4)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("牛先生，您好：\n\n免冲洗消毒剂是酸性浓缩液，承运商按危险品处理，不能空运到阿拉斯加。消毒剂已于周二从斯波坎仓库交给 FedEx 走陆运加海运，运单号 396204734690，到安克雷奇一般要两到三周；套装的其他部分没有这个限制，已经空运发出。\n\n栾海舟",
     ["hazmat", "split-shipment", "tracking"], "酸性消毒剂不能空运 (JC4)"),
    ("明女士，您好：\n\n二十七加仑锥形发酵罐连包装重约一百三十八磅，由 Estes Express 按托盘配送，PRO 号 2047720418。货到当地站点后，对方会打电话和您约定送货时间。卡车带尾板，司机只负责把托盘放在路边或车道口，不负责搬进屋里，建议提前准备好手推车，并请人帮忙。\n\n蒯静怡",
     ["freight", "delivery-appointment"], "整托盘货运，承运商来电约时间 (JC6)"),
    ("欧阳先生，您好：\n\n今早 UPS 通知我们，您的包裹没能派送成功：订单地址里没有写公寓号，司机找不到您家。麻烦在这里补充完整的公寓号或者楼门位置，我们会马上转给 UPS，下一个工作日再送一次。\n\n栾海舟",
     ["delivery-exception", "address"], "派送异常，补充地址 (JC16)"),
    ("司马女士，您好：\n\n非常抱歉，您订购的五加仑玻璃发酵瓶在运输途中碎了。这不是您的问题，新的一只已经用双层纸箱加厚包装重新发出，UPS 运单号 1Z6K9V420403348859。碎玻璃不用寄回，请用旧报纸包好、缠上胶带后按生活垃圾处理，小心别划伤手。\n\n蒯静怡",
     ["damage", "tracking"], "玻璃发酵瓶运输破损，补发且无需退回 (JC8)"),
    ("上官先生，您好：\n\n感谢您发来的照片。葡萄酒套装里的果汁袋在运输中破裂，整箱都泡湿了，已经无法使用。我们重新寄出了一整套，FedEx 运单号 396204790317，预计周四送达。湿掉的纸箱请先保留两周，以备承运商查验，可以丢弃的时候我们会在这里告诉您。\n\n栾海舟",
     ["damage", "tracking"], "果汁袋运输途中破裂 (JC8)"),
    ("尉迟女士，您好：\n\n斯波坎仓库今天收到了您退回的压盖器，检查后配件齐全。四十二美元已经退到您下单时使用的支付方式，银行入账一般需要三到五个工作日。\n\n蒯静怡",
     ["refund", "returns"], "退货退款 (JC15, JC16)"),
    ("应先生，您好：\n\n您的订单分成两个包裹：发酵桶从斯波坎仓库由 UPS 发出，运单号 1Z6K9V420414459960，预计周二送达；比重计和两包瓶盖从阿伦敦仓库由 USPS 发出，运单号 9361289704412452930067，预计周六送达。\n\n栾海舟",
     ["split-shipment", "tracking"], "分开发货 (JC16)"),
    ("宓女士，您好：\n\n您提到不小心下了两次单，重复的那笔订单 111-8830462-5507196 已经取消。它还没出库，所以不会扣款，最早那笔订单照常配送。\n\n蒯静怡",
     ["cancellation"], "买家要求后取消的重复订单，“取消”是物流用语 (JC7, JC15)"),
    ("桑先生，您好：\n\nFedEx 昨天已经把包裹取走，地址只能由您直接向 FedEx 申请更改：在 FedEx Delivery Manager 输入运单号 396204845521，选择改寄到新地址，或者选择在新家附近的 FedEx 网点自取。改寄可能会产生少量费用。\n\n栾海舟",
     ["address", "tracking"], "发出后改地址 (JC16)"),
    ("商女士，您好：\n\n包裹现在停在温哥华等待海关放行。葡萄酒套装含浓缩葡萄汁，属于食品，海关需要人工核对，一般会多花两三个工作日。这笔订单的进口税在结账时已经一并付给亚马逊了，派件时不需要再交钱。万一快递员向您收费，请把收费单拍照发过来，由我们去交涉。\n\n蒯静怡",
     ["customs"], "食品类货物清关，税费已预付 (JC8)"),
    ("寇先生，您好：\n\n您说收到的套装里干酵母已经过期，非常抱歉，这是我们出库时漏检了。新的酵母包今天已经单独补发，USPS 运单号 9361289704412519043178，预计三天内送达。\n\n栾海舟",
     ["fulfilment", "tracking"], "酵母过期，补发新酵母 (JC5, JC7)"),
    ("储女士，您好：\n\n您所在的地区这周气温超过四十度。为了不让套装里的酵母在运输途中受热，我们把发货推迟到下周一，届时由 UPS 发出，预计周三送达。给您带来不便，请多包涵。\n\n蒯静怡",
     ["heat", "delay"], "高温暂缓发货 (JC5)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("闕先生 您好：\n\n您訂購的 Copperlane 五加侖套組昨天已從斯波坎倉庫出貨，由 UPS 陸運配送，追蹤單號 1Z6K9V420425560071，預計下週二送達。套組裡的消毒劑屬於危險品，只能走陸運，所以會比一般包裹多一兩天。\n\n祝 釀造順利\n繆冠廷",
     ["tracking", "hazmat"], "追蹤單號，危險品只能陸運；祝福語不改變主題 (JC4, JC16)"),
    ("鄔太太 您好：\n\n包裹已經轉到您指定的 UPS Access Point（CVS 藥局櫃台）。去領取時，請出示身分證件並報上追蹤單號 1Z6K9V420436671182。包裹在那裡可以存放七天，超過期限 UPS 會把它送回我們的倉庫，我們收到後會把款項退給您。\n\n夏沛晴",
     ["pickup-point", "tracking"], "改到取件點 (JC16)"),
    ("佟先生 您好：\n\n玻璃發酵瓶要退貨的話，請在「您的訂單」裡申請，系統會產生 UPS 的退貨標籤。玻璃容易破，請用原本的紙箱和保麗龍護角裝好，四周空隙塞滿報紙，外箱標上易碎，再交給 UPS 門市寄出。\n\n繆冠廷",
     ["returns", "packing"], "玻璃發酵瓶退貨的包裝 (JC16)"),
    ("曹小姐 您好：\n\n您寄回的比重計組已經送回阿倫敦倉庫，檢查過沒有問題。退款二十四美元已經退到您下單時使用的付款方式，銀行入帳通常需要三到五個工作天。\n\n夏沛晴",
     ["refund", "returns"], "退貨退款 (JC15, JC16)"),
    ("宋先生 您好：\n\n非常抱歉，十四加侖不鏽鋼錐形發酵桶送達時外箱破了，桶身也撞凹一塊，問題出在運輸過程。新的一組今天已經出貨，UPS 追蹤單號 1Z6K9V420447782293。凹掉的那組請先留著，承運商可能會派人來檢查，後續我們會在這裡通知您。\n\n繆冠廷",
     ["damage", "tracking"], "運送途中撞凹，補寄新品 (JC8)"),
    ("鄂小姐 您好：\n\n讓您久等了。這週的暴風雪讓 FedEx 芝加哥轉運中心停工兩天，目前包裹正依序恢復運送，您的發酵桶預計週五送達。如果週一還沒收到，請直接回覆這則訊息，我們會再寄一組給您。\n\n夏沛晴",
     ["delay"], "天候延誤 (JC16)"),
    ("聞先生 您好：\n\n您的壓蓋器少了壓頭裡的磁鐵，很抱歉造成不便。新的壓頭已經補寄，USPS 追蹤單號 9361289704412573154289，大約兩三天會到。\n\n祝 週末愉快\n繆冠廷",
     ["fulfilment", "tracking"], "少寄零件補寄 (JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Wolstenholme,\n\nGood to hear the amber ale turned out so well. About sending a few bottles to your brother: in the United States, USPS does not accept alcoholic drinks at all, and UPS and FedEx carry them only for licensed shippers, so a private parcel of beer is not allowed. If you are driving over to see him, taking the bottles in your car is the simplest way.\n\nCheers,\nDesmond",
     ["advice", "mailing-homebrew"], "posting home-brewed beer to a relative concerns what the buyer made, not this order (JC12)"),
    ("Hello Ms Okonjo,\n\nFor lagers, the stainless conical is the easier choice: its thermowell lets a temperature controller read the beer itself rather than the air around it, and you can dump the yeast from the bottom valve without moving the beer. The 6.5-gallon bucket works too, but you would need a spare fridge with a controller to hold it at 50 to 55 degrees Fahrenheit.\n\nImogen",
     ["advice", "comparison"], "the buyer asked which fermenter suits lagers; no price or offer (JC11)"),
    ("Dear Mr Penhale,\n\nA smell of struck matches or rotten egg in the first week is common with lager yeast and with some wine yeasts, and it usually fades as fermentation finishes. Leave the airlock in place, keep the temperature steady, and give it another two weeks before you judge the flavor. A vinegar smell or a white, wrinkled skin on top would be a different matter.\n\nHenrietta",
     ["advice"], "sulfur smell during fermentation (JC11)"),
    ("Hello Ms Brackenbury,\n\nThank you for the photos of the film on your beer. I have passed them to our head brewer, who is in tomorrow, and I will come back to you by Wednesday evening with her view and what to do next.\n\nCaspian",
     ["holding"], "holding reply about a possible infection (JC13)"),
    ("Hi Mr Aldana,\n\nYou can brew a gluten-free beer with the same equipment. Swap the malt extract for sorghum syrup, use a dry yeast that is certified gluten-free, and clean and sanitize everything thoroughly if it has been used for barley beers before. The result is lighter and a little tart compared with a barley ale.\n\nImogen",
     ["advice", "near-miss"], "'gluten-free' is a product term, not an offer (JC11, JC15)"),
    ("Hello Ms Faircloth,\n\nThe wine kit equipment is well suited to mead. Dissolve about 15 pounds of honey in warm water to make six gallons, add yeast nutrient in two or three doses over the first week, and ferment at the cool end of room temperature. Mead is slower than wine, so expect to wait four to six months before bottling.\n\nDesmond",
     ["advice"], "making mead with the wine equipment (JC11)"),
    ("Dear Mr Hulbert,\n\nWe would not use the grain mill for coffee. The oils in roasted beans coat the knurling on the rollers, and the next batch of malt picks up the coffee flavor. For a coffee stout, it works better to add cold-brewed coffee at bottling time, around two cups per five gallons, adjusted to taste.\n\nHenrietta",
     ["advice"], "the mill and coffee (JC11)"),
    ("Hi Ms Stonehouse,\n\nStore-bought apple juice makes good cider as long as the label lists no preservatives; potassium sorbate or sodium benzoate will stop the yeast from fermenting at all. Pasteurized, preservative-free juice in a one-gallon jug with a packet of cider or champagne yeast usually finishes dry in about two weeks, at roughly 6% alcohol.\n\nCaspian",
     ["advice", "near-miss"], "'6%' is alcohol strength, not a discount (JC11, JC15)"),
    ("Hello Mr Greatorex,\n\nFor a strong beer like your barleywine, a yeast starter is worth the trouble. Two days before brew day, boil a quart of water with half a cup of dry malt extract, cool it, add the yeast and swirl the flask whenever you walk past. Pitch the whole starter once the foam has settled.\n\nImogen",
     ["advice", "near-miss"], "'starter' contains 'star' but is a brewing term (JC11, JC15)"),
    ("Hi Ms Wakefield,\n\nThe swing-top bottles you mentioned are rated for normal beer carbonation, but not for the very high levels a Belgian tripel or a hefeweizen can reach. For those styles, either cut the priming sugar to about four ounces per five gallons or use thick-walled Belgian-style bottles.\n\nDesmond",
     ["advice", "near-miss"], "'rated for' is about bottle pressure, not a review rating (JC11, JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("郎先生，您好：\n\n很高兴您的第一批啤酒酿得不错。关于把自酿啤酒寄给外地的朋友：在美国，USPS 不收寄任何含酒精的饮料，UPS 和 FedEx 也只为持有执照的商家运送酒类，所以个人用快递寄啤酒是不允许的。如果您开车去看朋友，自己带过去是最简单的办法。\n\n栾海舟",
     ["advice", "mailing-homebrew"], "邮寄自酿酒属于产品使用，不是订单物流 (JC12)"),
    ("匡女士，您好：\n\n葡萄酒套装可以做成偏甜的口味，但不建议靠少放糖来实现，因为酵母会把糖消耗完，酒反而更淡。比较好的做法是照常发酵到底，加入稳定剂之后，再按口味加入适量糖浆或浓缩葡萄汁，搅匀后静置几天再装瓶。\n\n蒯静怡",
     ["advice"], "把葡萄酒做甜 (JC11)"),
    ("瞿先生，您好：\n\n家里没有空调也可以酿。把发酵桶放进装了浅水的大塑料盆，在桶外包一条湿毛巾，再用风扇对着吹，水分蒸发能让温度降低三四度。每天换两次冰水瓶效果会更好。艾尔酵母最好控制在十八到二十二摄氏度之间。\n\n栾海舟",
     ["advice"], "没有空调时控温 (JC11)"),
    ("甄女士，您好：\n\n谢谢您发来酒液表面那层白膜的照片。我已经转给我们的酿酒师，她明天上班后会仔细看，最晚周三晚上，我会告诉您她的看法以及接下来该怎么做。\n\n蒯静怡",
     ["holding"], "可能染菌的等待回复 (JC13)"),
    ("阚先生，您好：\n\n啤酒带明显的酸味，常见原因有两个：一是发酵温度过高，二是设备消毒不彻底导致杂菌感染。建议先评估一下上一批的发酵温度记录，再检查出酒龙头和虹吸管这些不容易洗到的地方。如果表面有白色皱膜，这一批就不建议饮用了。\n\n栾海舟",
     ["advice", "near-miss"], "“评估”含“评”字，与评论无关 (JC11, JC15)"),
    ("皮先生，您好：\n\n煮麦汁可以用不锈钢锅，也可以用铝锅。铝锅第一次使用前先烧一锅清水，让表面形成一层氧化膜，以后就不会有金属味，清洗时也不要用钢丝球把这层膜刷掉。铸铁锅和搪瓷有破损的锅不建议使用。\n\n蒯静怡",
     ["advice"], "煮锅的选择 (JC11)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("樂小姐 您好：\n\n很高興您的梅洛釀得這麼成功。關於搭飛機帶回台灣送親友：自釀的葡萄酒可以放在托運行李裡，但每瓶都要用氣泡紙包好，再裝進防漏袋。入境時旅客通常有免稅的酒類限額，超過的部分需要申報並繳稅，出發前最好先查詢航空公司和海關的最新規定。\n\n繆冠廷",
     ["advice", "air-travel"], "搭機攜帶自釀酒是產品使用，不是訂單物流 (JC12)"),
    ("滿先生 您好：\n\n想讓 IPA 的香氣更明顯，可以在主發酵快結束時乾投酒花：把約兩盎司的酒花顆粒直接撒進發酵桶，三到五天後再裝瓶。時間太長會帶出草味，投入前也不需要煮過。如果擔心殘渣，可以把酒花裝在消毒過的濾袋裡。\n\n夏沛晴",
     ["advice"], "乾投酒花 (JC11)"),
    ("談小姐 您好：\n\n裝瓶兩週後氣泡還是很少，多半是溫度太低，酵母動作變慢。請把瓶子移到攝氏二十度以上的地方，每隔幾天輕輕倒轉一次，讓沉在瓶底的酵母重新懸浮，再等一到兩週通常就會有氣。\n\n繆冠廷",
     ["advice"], "瓶內氣泡不足 (JC11)"),
    ("雷先生 您好：\n\n謝謝您傳來研磨機異音的影片。影片我已經交給負責的技術人員，明天一早會有人檢查；最晚週四傍晚，我會把結論和下一步告訴您。\n\n夏沛晴",
     ["holding"], "故障的等待回覆 (JC13)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Lythgoe,\n\nWait until the wort is down in the mid-60s before the yeast goes in; too warm and you get hot, nail-polish notes. Scatter the packet on top, lid on, airlock filled, then park it somewhere dark and even-tempered. Bubbling starts in a day or two. Give it a fortnight and check the gravity before bottling.\n\nHenrietta",
     "retells en/beer/first-brew (JC14)"),
    ("Hello Ms Partridge,\n\nQuick version: spin the hydrometer gently in a full test jar, read at the liquid's flat level rather than the curve on the glass, and cool warm samples toward 60 F first. Original minus final gravity, times 131.25, is your ABV. Tip the sample out afterwards.\n\nCaspian",
     "retells en/hydrometer/reading (JC14)"),
    ("Hi Mr Wynfield,\n\nDon't worry yet. Bucket lids leak gas around the edge, so a silent airlock doesn't prove anything. Snap the lid tight, seat the grommet, and look for foam marks or sediment. The real check is the gravity: lower than on brew day means it's working. No change after three days? Send us the numbers and the room temperature.\n\nImogen",
     "retells en/apology/quiet-airlock (JC14)"),
    ("Dear Ms Dunstable,\n\nSet the head height once with an empty bottle and cap under the bell, then lock the wing nuts. One firm pull per bottle is enough; the cap should be crimped evenly and shouldn't spin. Standard 26 mm crowns fit, and the magnet holds each cap for you.\n\nDesmond",
     "retells en/capper/setup (JC14)"),
    ("Hello Mr Cobbold,\n\nAn ounce to five gallons, or a teaspoon to a quart, does the job. It only works on clean gear, so wash first, then wet everything for a minute. No rinsing needed, and the bubbles are harmless. Toss the mix when it goes cloudy, and glove up when handling the concentrate.\n\nHenrietta",
     "retells en/sanitizer/use (JC14)"),
    ("Hi Ms Ferrier,\n\nThe factory gap is 0.039 inch and is fine for most recipes. Loosen the end-plate screws and turn the knobs to change it, checking both ends with the gauge. Aim for cracked husks and coarse grits; go finer only if your mash tun can cope. Keep a drill under 500 rpm.\n\nCaspian",
     "retells en/mill/gap (JC14)"),
    ("Hello Mr Blennerhassett,\n\nOnce you've had a batch or two through the fermenter, an Amazon review from you, good or bad, would help other brewers choose.\n\nImogen",
     "a neutral review invitation written freely: no template, but nothing inducing either (JC10, JC14)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("荆先生，您好：\n\n装完瓶就趁早把桶底的酵母泥冲掉，用软海绵加无香味洗洁精洗，再冲干净。别用钢丝球和硬刷子，塑料一划就容易藏菌。龙头拆下来单洗，胶圈晾干再装。下次用之前拿免冲洗消毒液过一遍就行。\n\n蒯静怡",
     "改写 zh/fermenter/cleaning (JC14)"),
    ("芮女士，您好：\n\n胶塞先压紧，气塞管子竖直插到底，别斜着硬塞。里面加到刻度线，最好用消毒液。发酵猛的时候用三件式，好拆好洗；放得久的二次发酵用 S 形，不容易干。泡沫冒进气塞了就拿下来洗，桶口先盖片消过毒的锡纸。\n\n栾海舟",
     "改写 zh/airlock/install (JC14)"),
    ("卞先生，您好：\n\n比重计准不准，用纯净水一测就知道：水温十五六度，读数应该是 1.000。偏多少就记下来，以后每次读数扣掉这个差值。看刻度时眼睛和液面平齐，样品太热就先放凉再测。\n\n蒯静怡",
     "改写 zh/hydrometer/calibrate (JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("鞏先生 您好：\n\n比重兩天不動就能裝瓶。五加侖約加五盎司玉米糖，煮開放涼倒進裝瓶桶，再虹吸啤酒。瓶口留兩公分，在二十度左右放兩週產生氣泡，再冰兩三天。糖別多放，也別太早裝，免得爆瓶。\n\n繆冠廷",
     "改寫 zh-tw/bottling/priming (JC14)"),
    ("嵇小姐 您好：\n\n乾酵母直接撒也行，但先用三十度左右的溫開水泡十五分鐘，開工會比較快。泡好半小時內倒進麥汁，兩邊溫差別超過十度。沒開的包裝放冰箱，開過的用不完就別留了。\n\n夏沛晴",
     "改寫 zh-tw/yeast/rehydrate (JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Hallworth,\n\nYour 5-gallon kit will be delivered by UPS on Thursday. Before brew day, find a spot that stays around 65 degrees, because the temperature in the first three days shapes the flavor more than anything else.\n\nDesmond",
     "delivery date plus advice on fermentation temperature (JC9)"),
    ("Hello Ms Ingleton,\n\nWe shipped a replacement airlock by USPS this morning. For now, cover the grommet hole with a square of sanitized foil held on with a rubber band; the gas can still escape and nothing gets in.\n\nHenrietta",
     "replacement shipped plus a stop-gap tip (JC9)"),
    ("Dear Mr Pugsley,\n\nWe have approved your return, and you will find a UPS label under Your Orders. One thing to try before packing the capper is lowering the head by one notch, because caps that will not crimp are nearly always a height setting, not a fault.\n\nCaspian",
     "return plus troubleshooting in the agent's own words (JC9)"),
    ("Hi Ms Oakenfold,\n\nYour parcel is clearing customs in Toronto and should be released in a day or two. In the meantime, start saving your empty bottles; the brown, non-screw-top kind works best with the capper.\n\nImogen",
     "customs plus bottling advice (JC9)"),
    ("Hello Mr Cardew,\n\nExpect a call from Estes in the next few days to book a delivery window for the conical. When you unpack it, set it on a level floor close to a drain, since you will be dumping yeast and rinse water from the bottom valve.\n\nDesmond",
     "freight appointment plus placement advice (JC6, JC9)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("查女士，您好：\n\n换货的发酵桶明天由 FedEx 发出。在收到之前，现在这只桶仍然可以用，装瓶时在出酒龙头下面放个碗接着，就不会弄湿地面。\n\n栾海舟",
     "换货发出加使用建议 (JC9)"),
    ("经先生，您好：\n\n您的包裹周四应该就能送到。收到后请先把所有配件用消毒液泡一遍，特别是虹吸管，这种细长的管子最容易残留灰尘。\n\n蒯静怡",
     "送达时间加首次使用建议 (JC9)"),
    ("隋女士，您好：\n\n您的包裹还在清关，比重计已经先到了。等待期间可以先用清水试一下比重计，读数是 1.000 就说明准确，套装到了以后就能直接开始。\n\n栾海舟",
     "清关加使用建议 (JC9)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("禹先生 您好：\n\n補寄的氣塞今天已經寄出。在收到之前，發酵桶的孔可以先用消毒過的鋁箔紙蓋住，再套一條橡皮筋固定，氣體照樣能排出。\n\n繆冠廷",
     "補寄加臨時處理建議 (JC9)"),
    ("薄小姐 您好：\n\n研磨機預計週三送達。收到後建議先磨一小把麥芽倒掉，把出廠時滾輪上的防鏽油帶走，再開始正式磨麥。\n\n夏沛晴",
     "送達時間加首次使用建議 (JC9)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    """JC3 applies to every one; it is merged into the note's trailing (JCn) group when there is one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC3, \1)", note) if note.endswith(")") else note + " (JC3)"
    append_to(tid, vals, anchor, sentence, note, V, labels, sep=sep, tags=["template-based"])


bad("en/beer/first-brew", dict(buyer_name="Mr Garside", kit=K5, agent_name=A1),
    "before you think about bottling.",
    "P.S. Our Hazy IPA refill pack is 25% off this month with code HOPSWAP15, so now is a good time to stock up for your next batch.",
    [MKT, TR], "postscript pushing a refill pack with a 25% code", sep="\n\n")
bad("en/hydrometer/reading", dict(buyer_name="Ms Lowndes", hydrometer=HYD, og="1.050", fg="1.010", abv="5.3", agent_name=A2),
    "instead of returning it to the fermenter.",
    "If the hydrometer has been useful, we'd love a five-star review from you.",
    [RI, TR], "asks pleased buyers for five stars")
bad("en/apology/quiet-airlock", dict(buyer_name="Mr Tapper", fermenter=F65, agent_name=A3),
    "work out the next step together.",
    "Please come to us before posting a review, so we can fix things first.",
    [RI, TR], "gating: asks a buyer with a problem to come to the seller before reviewing")
bad("en/capper/setup", dict(buyer_name="Ms Rushworth", capper=CAP, agent_name=A4),
    "before sliding the bottle underneath.",
    "For quicker help, text our brewer on WhatsApp at (509) 555-0138.",
    [OPC, TR], "product help moved to WhatsApp")
bad("en/wine/kit-schedule", dict(buyer_name="Mr Cleasby", wine_kit=WK_CS, aging_time="six to nine months", agent_name=A1),
    "in the bottle.",
    "By the way, our new Orchardine Amarone-style kit launches on the first of next month, and the first hundred buyers get a corker thrown in, so put your name down early.",
    [MKT, TR], "new-product announcement with a gift for early buyers", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Ms Ogundipe", product=K5, order_id="111-6641708-3392056", agent_name=A2),
    "our team reads each one.",
    "As a thank-you, everyone who posts a review gets a free bag of 144 oxygen-absorbing caps.",
    [RI, TR], "free caps in exchange for a review")
bad("en/mill/gap", dict(buyer_name="Mr Fothergill", mill=MILL, agent_name=A3),
    "the flats on the drive shaft.",
    "You are also welcome to email photos of your crush to brewdesk@briarmoss-brew.com, and our head brewer will answer you personally.",
    [OPC, TR], "invites photos by e-mail to an outside mailbox")
bad("en/warranty/claim", dict(buyer_name="Ms Pengelly", product=CAP, warranty_period="two-year", case_id="BMB-K-31208",
    order_id="113-9031457-6628814", agent_name=A4),
    "against order 113-9031457-6628814.",
    "Once a replacement is on its way, you can follow its tracking on our own site at briarmoss-brew.com/orders instead of your Amazon account.",
    [OPC], "points to tracking on the seller's website; the addition concerns delivery, hence off-platform only")
free(V, "en", "Hi Mr Sowerby,\n\nThe refund for your returned capper was processed this morning. We noticed your 2-star review from last week; if you could edit it now that everything is settled, we would like to thank you with a $20 Amazon gift card.\n\nCaspian",
     [RI, TR], "return refunded, then a gift card offered if the buyer edits a 2-star rating; that offer has no template and is not logistics (JC3)",
     ["free-written"])

bad("zh/airlock/install", dict(buyer_name="冀先生", airlock=AIR_ZH, agent_name=Z1),
    "暂时用消过毒的锡纸盖住。",
    "如果还有疑问，欢迎加我们客服的微信 briarmoss_help，发视频过来沟通更方便。",
    [OPC, TR], "产品咨询转到微信")
bad("zh/review/neutral-request", dict(buyer_name="贝女士", product=K5_ZH, order_id="114-7720953-1046638", agent_name=Z2),
    "我们团队也会逐条阅读。",
    "写下五星好评后把截图发给我们，可以返您十美元。",
    [RI, TR], "五星好评返现")
bad("zh/fermenter/cleaning", dict(buyer_name="臧先生", fermenter=F65_ZH, agent_name=Z1),
    "不需要再用清水冲。",
    "另外，本店新上架的不锈钢发酵桶本周八折，老顾客欢迎再次选购！",
    [MKT, TR], "新品发酵桶八折促销")
bad("zh/warranty/claim", dict(buyer_name="易女士", product=MILL_ZH, warranty_period="三年", case_id="BMB-K-31235",
    order_id="112-4416093-8057721", agent_name=Z2),
    "登记了售后编号 BMB-K-31235。",
    "等售后处理好以后，麻烦您把之前给的差评改成好评。",
    [RI, TR], "要求把差评改成好评")
bad("zh/hydrometer/calibrate", dict(buyer_name="鞠先生", hydrometer=HYD_ZH, agent_name=Z1),
    "或者对照温度修正表换算。",
    "以后需要补充配件，也可以直接到我们的官网 briarmoss-brew.com 下单，价格比亚马逊更便宜。",
    [MKT, OPC, TR], "引导到卖家官网以更低价格下单：站外引导兼促销 (JC17)")
free(V, "zh", "水女士，您好：\n\n您说套装里少了一包酒花，非常抱歉。这包酒花的钱我们想直接退给您，但亚马逊的退款流程比较慢，麻烦把您的 PayPal 账号告诉我们，今天就能转过去。\n\n蒯静怡",
     [OPC], "少寄酒花的钱改用 PayPal 转账：讲的还是订单退款，属于物流，故只标站外联系 (JC3, JC7)",
     ["free-written"])

bad("zh-tw/yeast/rehydrate", dict(buyer_name="權先生", yeast=YEAST_TW, agent_name=W1),
    "不建議留著下次用。",
    "釀造上有任何問題，也歡迎加入我們的 LINE 社群 @briarmosstw，和其他同好一起討論。",
    [OPC, TR], "客服與討論轉到 LINE 社群")
bad("zh-tw/bottling/priming", dict(buyer_name="鄢小姐", kit=KIPA_TW, sugar="四盎司", agent_name=W2),
    "可能會有爆瓶的危險。",
    "如果喝起來滿意，記得給我們一個五星好評喔！",
    [RI, TR], "以喝得滿意為前提索取五星", sep="\n\n")
free(V, "zh", "壽先生 您好：\n\n您退回的壓蓋器已經收到，退款也已處理完畢。另外通知您，下個月起本店所有酒花組合包一律九折，歡迎再來選購。\n\n繆冠廷",
     [MKT, TR], "先說明退款（物流），再宣傳下月酒花打九折；宣傳那段沒有範本也不屬物流 (JC3)", ["free-written"], trad=True)
