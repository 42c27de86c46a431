# -*- coding: utf-8 -*-
"""Labelled seller replies of t79 (imported by gen.py). Every text was written for this set.

One call adds one reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. A JCn in a note points to the judgement calls in README.md.
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
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template and apply (old, new) edits; every old string must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, text.count(old), tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def rewrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(paras) == 1, (tid, starts)
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: two adjacent sentences change places."""
    return (a + sep + b, b + sep + a)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


# ------------------------------------------------------------------ shop, staff, products (all invented)
A1, A2, A3, A4 = "Isolde Varga-Henley", "Emrys Calloway", "Niamh Oduro-Pratt", "Casimir Lindgard"
Z1, Z2 = "薄嘉禾", "阙晓棠"
W1, W2 = "甄以寧", "費子鈞"
DR25, DR30 = "Hoarfell Drumlin 25 snowshoes", "Hoarfell Drumlin 30 snowshoes"
TARN = "Hoarfell Tarn 19 youth snowshoes"
POLES = "Hoarfell Cornice trekking poles"
GAIT = "Hoarfell Sastrugi gaiters"
SPK = "Hoarfell Rimeclaw traction spikes"
INS = "Hoarfell Emberstep heated insoles"
DR30_LONG = ("Hoarfell Drumlin 30 Snowshoes for Men and Women, 30 Inch 6061 Aluminum Frame, Rotating Toe Crampon, "
             "Ratchet Bindings with Heel Lift, Carry Tote Included, for Hikers and Gear up to 280 lbs")
POLES_LONG = ("Hoarfell Cornice Trekking Poles, 7075 Aluminum, Adjustable 100-135 cm, Quick Lever Locks, Cork Grips, "
              "Snow and Trekking Baskets Included, Pair")
SPK_LONG = ("Hoarfell Rimeclaw Traction Spikes, 14 Stainless Steel Spikes, Anti-Slip Ice Cleats for Boots, "
            "Winter Walking on Snow and Ice, Storage Bag Included")
INS_LONG = ("Hoarfell Emberstep Heated Insoles with Wireless Remote, Rechargeable 2200mAh Battery Packs, 3 Heat Levels, "
            "Trim to Fit Men 6-13 / Women 7-14")
DR25_ZH, DR30_ZH = "Hoarfell Drumlin 25 铝合金雪鞋", "Hoarfell Drumlin 30 铝合金雪鞋"
INS_ZH, SPK_ZH, POLES_ZH = "Hoarfell Emberstep 加热鞋垫", "Hoarfell Rimeclaw 防滑冰爪", "Hoarfell Cornice 登山杖"
INS_ZH_LONG = "Hoarfell Emberstep 充电加热鞋垫 无线遥控三档调温 2200毫安可拆卸锂电池 可裁剪 男女通用 滑雪徒步冰钓保暖"
POLES_TW, INS_TW, GAIT_TW = "Hoarfell Cornice 登山杖", "Hoarfell Emberstep 加熱鞋墊", "Hoarfell Sastrugi 防水綁腿"
POLES_TW_LONG = "Hoarfell Cornice 7075鋁合金登山杖 快扣伸縮 100至135公分 軟木握把 附雪地用雪托及一般登山托 一組兩支"

# ============================================================ 1. filled templates -> []
F = "filled-template"
fill("en/snowshoe/sizing", dict(buyer_name="Mr Kowalewski-Dunn", snowshoe=DR30, max_load="280 lb", agent_name=A1),
     "exact fill")
fill("en/snowshoe/sizing", dict(buyer_name="Ms Feathergill", snowshoe=DR30_LONG, max_load="280 lb", agent_name=A2),
     "the whole listing title in the snowshoe slot; greeting changed (JC2)",
     edits=[("Hello Ms Feathergill,", "Good afternoon Ms Feathergill,")], tags=["greeting", "long-value"])
fill("en/snowshoe/sizing", dict(buyer_name="Mr Nwankwo-Ashby", snowshoe=DR25, max_load="200 lb", agent_name=A3),
     "a warm line about the buyer's first winter season added under the greeting (JC2)",
     edits=[("Hello Mr Nwankwo-Ashby,",
             "Hello Mr Nwankwo-Ashby,\n\nHow exciting to be planning your first winter in the Adirondacks.")],
     tags=["warm-line"])
fill("en/snowshoe/bindings", dict(buyer_name="Ms Ringrose", snowshoe=DR25, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Tallentire", snowshoe=DR30, agent_name=A1)
fill("en/snowshoe/bindings", _v, "first paragraph hard-wrapped at 70 columns, as pasted from a desktop mail client (JC2)",
     edits=[rewrap("en/snowshoe/bindings", _v, "Here is how", 70)], tags=["reflow"])
fill("en/snowshoe/bindings", dict(buyer_name="Ms Oyinlola", snowshoe=TARN, agent_name=A2),
     "the two sentences of the last paragraph change places (JC2)",
     edits=[swap("Tighten the straps again after the first ten minutes of walking, once the boot has settled.",
                 "Tuck the loose ends under their keepers so they do not catch on branches.")], tags=["reorder"])
fill("en/poles/baskets", dict(buyer_name="Mr Hebblethwaite", poles=POLES, agent_name=A3), "exact fill")
fill("en/poles/baskets", dict(buyer_name="Ms Sandqvist", poles=POLES_LONG, agent_name=A4),
     "listing title in the poles slot; the cold-basket sentence paraphrased with the same fact (JC2)",
     edits=[("If a basket is stiff in the cold, warm it in your hands for a minute first.",
             "A basket that has gone stiff in freezing weather loosens up after a minute in your hands.")],
     tags=["long-value", "paraphrase"])
fill("en/gaiters/fit", dict(buyer_name="Mr Mbatha-Cole", gaiters=GAIT, size="L/XL", agent_name=A1), "exact fill")
fill("en/gaiters/fit", dict(buyer_name="Ms Underhill", gaiters=GAIT, size="S/M", agent_name=A2),
     "first two paragraphs run together (JC2)", edits=[("each leg.\n\nFit them", "each leg. Fit them")], tags=["merge"])
fill("en/spikes/fit", dict(buyer_name="Mr Radcliffe-Ose", spikes=SPK, size="L", agent_name=A3), "exact fill")
fill("en/spikes/fit", dict(buyer_name="Ms Brightwater", spikes=SPK_LONG, size="M", agent_name=A4),
     "listing title in the spikes slot; the sign-off becomes a warm line about dog walks (JC2)",
     edits=[("All the best,", "Enjoy those icy morning walks with your dog, and all the best,")],
     tags=["long-value", "sign-off", "warm-line"])
fill("en/insoles/battery-care", dict(buyer_name="Mr Eckersley", insoles=INS, hours_low="eight hours", agent_name=A1),
     "exact fill")
fill("en/insoles/battery-care", dict(buyer_name="Ms Lumley-Ansah", insoles=INS, hours_low="eight hours", agent_name=A2),
     "one long sentence of the second paragraph split in two (JC2)",
     edits=[("use the battery much faster, and in deep cold every", "use the battery much faster. In deep cold every")],
     tags=["split"])
fill("en/insoles/battery-care", dict(buyer_name="Ines", insoles=INS_LONG, hours_low="eight hours", agent_name=A3),
     "listing title in the insoles slot; greeting changed (JC2)", edits=[("Hello Ines,", "Hi Ines,")],
     tags=["greeting", "long-value"])
fill("en/holding/product-check", dict(buyer_name="Mr Ferraro-Pike", item="Drumlin 30 binding strap", reply_by="Friday",
     agent_name=A4), "exact fill of the holding template (JC12)")
fill("en/holding/product-check", dict(buyer_name="Ms Gwynedd", item="left Emberstep insole", reply_by="Tuesday afternoon",
     agent_name=A1), "one phrase reworded; still a fill of the holding template (JC2, JC12)",
     edits=[("There is nothing further you need to do in the meantime, although",
             "You don't need to do anything else for now, although")], tags=["wording"])
fill("en/warranty/claim", dict(buyer_name="Mr Bakshi-Moore", product=DR25, warranty_period="two-year",
     case_id="HFO-418203", order_id="113-2749016-5830147", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Tenby", product=POLES, warranty_period="two-year", case_id="HFO-418266",
     order_id="114-6083925-1177302", agent_name=A3), "the two sentences of the last paragraph change places (JC2)",
     edits=[swap("Please reply here with a short account of what happened and a clear photo of the problem area.",
                 "We have logged this under case HFO-418266 for order 114-6083925-1177302.")], tags=["reorder"])
fill("en/review/neutral-request", dict(buyer_name="Mr Ollerenshaw", product=SPK, order_id="112-8305617-2264090",
     agent_name=A4), "exact fill; the only review request for this order, and the buyer had not praised anything (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Ms Kristiansen-Obi", product=DR30, order_id="111-5937240-6618053",
     agent_name=A1), "sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Thank you,", "With thanks from all of us here,")], tags=["sign-off"])

fill("zh/insoles/remote", dict(buyer_name="储先生", insoles=INS_ZH, agent_name=Z1), "exact fill")
fill("zh/insoles/remote", dict(buyer_name="臧女士", insoles=INS_ZH_LONG, agent_name=Z2),
     "整段商品标题放入 insoles 占位符，问候语改为早上好 (JC2)", edits=[("臧女士，您好：", "臧女士，早上好：")],
     tags=["greeting", "long-value"])
fill("zh/insoles/remote", dict(buyer_name="冀先生", insoles=INS_ZH, agent_name=Z1),
     "结尾祝语按买家的冰钓计划改写 (JC2)", edits=[("祝您出行温暖！", "祝您冰钓顺利，双脚暖和！")], tags=["sign-off"])
fill("zh/snowshoe/heel-lift", dict(buyer_name="芮女士", snowshoe=DR30_ZH, agent_name=Z2), "exact fill")
fill("zh/snowshoe/heel-lift", dict(buyer_name="鲍先生", snowshoe=DR25_ZH, agent_name=Z1),
     "问候后加一句关于买家行程的客气话 (JC2)",
     edits=[("鲍先生，您好：", "鲍先生，您好：\n\n听说您下周要去长白山走雪线，出发前先熟悉一下装备很有必要。")],
     tags=["warm-line"])
fill("zh/spikes/care", dict(buyer_name="桑女士", spikes=SPK_ZH, agent_name=Z2), "exact fill")
fill("zh/spikes/care", dict(buyer_name="郜先生", spikes=SPK_ZH, agent_name=Z1),
     "第二段从中间断开，分成两段 (JC2)", edits=[("夏天请避光存放。收纳时", "夏天请避光存放。\n\n收纳时")],
     tags=["reflow"])
fill("zh/warranty/claim", dict(buyer_name="栾女士", product=DR30_ZH, warranty_period="两年", case_id="HFO-418315",
     order_id="112-0472938-6615284", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="蒲先生", product=POLES_ZH, warranty_period="两年", case_id="HFO-418342",
     order_id="113-6620591-4407836", agent_name=Z1),
     "措辞微调：“说明发生经过”改为“讲一下当时的经过” (JC2)", edits=[("说明发生经过", "讲一下当时的经过")],
     tags=["wording"])
fill("zh/warranty/claim", dict(buyer_name="荆女士", product=INS_ZH, warranty_period="一年", case_id="HFO-418377",
     order_id="114-1196027-3358460", agent_name=Z2),
     "第二、三段合并为一段 (JC2)", edits=[("也无法保修。\n\n请直接", "也无法保修。请直接")], tags=["merge"])
fill("zh/review/neutral-request", dict(buyer_name="柳先生", product=SPK_ZH, order_id="111-7264093-0582716", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="冉女士", product=DR25_ZH, order_id="113-3058826-9140273",
     agent_name=Z2), "问候语改为新年好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("冉女士，您好：", "冉女士，新年好：")],
     tags=["greeting"])

fill("zh-tw/poles/length", dict(buyer_name="曹先生", poles=POLES_TW, agent_name=W1), "exact fill")
fill("zh-tw/poles/length", dict(buyer_name="卞小姐", poles=POLES_TW_LONG, agent_name=W2),
     "整段商品標題放入 poles 佔位符，結尾祝語改寫 (JC2)", edits=[("祝 一路平安", "祝 登頂順利")],
     tags=["long-value", "sign-off"])
fill("zh-tw/poles/length", dict(buyer_name="宗先生", poles=POLES_TW, agent_name=W1),
     "問候後加一句關於行程的客氣話 (JC2)",
     edits=[("宗先生 您好：", "宗先生 您好：\n\n聽說您下個月要去合歡山賞雪，出發前把杖調好會安心許多。")],
     tags=["warm-line"])
fill("zh-tw/insoles/trim", dict(buyer_name="狄小姐", insoles=INS_TW, agent_name=W2), "exact fill")
fill("zh-tw/insoles/trim", dict(buyer_name="段先生", insoles=INS_TW, agent_name=W1),
     "最後一句換個說法，意思不變 (JC2)", edits=[("寧可分兩次剪，也不要一次剪太多。", "慢慢修總比一次剪太多來得保險。")],
     tags=["paraphrase"])
fill("zh-tw/holding/product-check", dict(buyer_name="關太太", item="Drumlin 25 雪鞋的腳跟綁帶", reply_by="週四",
     agent_name=W2), "exact fill of the holding template (JC12)")
fill("zh-tw/holding/product-check", dict(buyer_name="岳先生", item="加熱鞋墊遙控器", reply_by="下週一", agent_name=W1),
     "問候語改為晚安 (JC2, JC12)", edits=[("岳先生 您好：", "岳先生 晚安：")], tags=["greeting"])
fill("zh-tw/gaiters/care", dict(buyer_name="麥小姐", gaiters=GAIT_TW, agent_name=W2), "exact fill")
fill("zh-tw/gaiters/care", dict(buyer_name="雷先生", gaiters=GAIT_TW, agent_name=W1),
     "最後一段兩句調換順序 (JC2)",
     edits=[swap("防水效果變差時，可以在表面均勻噴上一層防潑水噴劑，等完全乾了再使用。",
                 "底部綁帶磨損時可以單獨更換，不必整副丟掉。", sep="")], tags=["reorder"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it joins a trailing (JCn) group when the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/snowshoe/sizing", dict(buyer_name="Mr Hawthorne-Ude", snowshoe=DR25, max_load="200 lb", agent_name=A4),
         "match your shoe size.",
         "Your exchange for the longer Drumlin 30 has been approved, and the prepaid UPS label for sending back the pair you have is now in Your Orders.",
         "how the size exchange travels, as its own paragraph (JC5)", ["exchange", "returns"], sep="\n\n")
fill_log("en/snowshoe/bindings", dict(buyer_name="Ms Ilunga", snowshoe=DR30, agent_name=A1),
         "catch on branches.",
         "The heel strap missing from your right snowshoe went out today by USPS, tracking 9205590164839201757346.",
         "a missing part sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/insoles/battery-care", dict(buyer_name="Mr Rasmussen-Tate", insoles=INS, hours_low="eight hours",
         agent_name=A2), "gets hot while charging.",
         "Because the insoles travel with their lithium-ion packs, your parcel to Juneau cannot go by air; it is on its way by ground and barge with FedEx, tracking 583017642290, and should reach you in about nine days.",
         "battery carriage rules for an order to Alaska, as its own paragraph (JC4)", ["battery-rules", "tracking"],
         sep="\n\n")
fill_log("en/spikes/fit", dict(buyer_name="Ms Jessop", spikes=SPK, size="M", agent_name=A3),
         "free of rust.",
         "As you asked, we cancelled the second pair that went through twice at checkout; it had not left the warehouse, so no charge will appear for it.",
         "duplicate line cancelled before dispatch (JC6, JC14)", ["cancellation"])
fill_log("en/warranty/claim", dict(buyer_name="Mr Lockwood-Essien", product=POLES, warranty_period="two-year",
         case_id="HFO-418409", order_id="112-9930146-2078831", agent_name=A4),
         "for order 112-9930146-2078831.",
         "Should the pole need to travel back to us, a prepaid return label will be posted in this thread, and any UPS location will accept the parcel.",
         "how a warranty return would travel", ["returns"])
fill_log("en/holding/product-check", dict(buyer_name="Ms Coverdale", item="Rimeclaw spikes", reply_by="Thursday",
         agent_name=A1), "reach the same team.",
         "Separately, the gaiters you sent back reached our Rutland warehouse yesterday, and a refund of $42.95 has gone to your card.",
         "holding template plus the refund of an unrelated return (JC12, JC14)", ["refund", "returns"], sep="\n\n")

fill_log("zh/insoles/remote", dict(buyer_name="田先生", insoles=INS_ZH, agent_name=Z2),
         "指示灯明显变暗时请及时更换。",
         "您同一订单里的备用电池从斯波坎仓库另外发出，UPS 运单号 1ZA7V2K90361840275，预计周三送达。",
         "分开发货的运单号 (JC4)", ["split-shipment", "tracking"])
fill_log("zh/snowshoe/heel-lift", dict(buyer_name="舒女士", snowshoe=DR30_ZH, agent_name=Z1),
         "以免弯曲变形。",
         "如果您还是想换成 Drumlin 25，可以在“您的订单”里申请换货，系统会生成预付的退货面单。",
         "换尺码的流程 (JC5)", ["exchange", "returns"])
fill_log("zh/warranty/claim", dict(buyer_name="仲先生", product=INS_ZH, warranty_period="一年", case_id="HFO-418455",
         order_id="113-4402871-9967350", agent_name=Z2), "对应订单 113-4402871-9967350。",
         "如果需要寄回检测，请只寄回鞋垫本身，鼓包的电池不要放进包裹，按当地规定送到电池回收点即可。",
         "寄回检测时锂电池的运输限制 (JC4)", ["returns", "battery-rules"])
fill_log("zh/spikes/care", dict(buyer_name="俞女士", spikes=SPK_ZH, agent_name=Z1),
         "建议换一副新的。",
         "另外，之前误发的 S 码冰爪不用寄回，正确的 L 码已经免费补发，USPS 运单号 9205590164839202183660。",
         "补发发错的尺码 (JC6, JC14)", ["fulfilment", "tracking"])

fill_log("zh-tw/poles/length", dict(buyer_name="易先生", poles=POLES_TW, agent_name=W2),
         "在雪地上行走會更穩。",
         "您反映盒子裡少了一對雪托，我們已經補寄，USPS 追蹤單號 9205590164839203046129，預計週五送達。",
         "補寄缺少的配件 (JC6)", ["fulfilment", "tracking"])
fill_log("zh-tw/gaiters/care", dict(buyer_name="華小姐", gaiters=GAIT_TW, agent_name=W1),
         "不必整副丟掉。",
         "另外，訂單還沒出貨，收件地址已經依您的要求改成公司地址。",
         "出貨前修改地址 (JC15)", ["address"], sep="\n\n")

# ============================================================ 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Ms Abiodun,\n\nWe can't send the heated insoles to your APO address, because USPS does not accept lithium batteries in military mail. The poles and gaiters from the same order can go, and they left today by USPS, tracking 9205590164839204417582. For the insoles, reply here and we will either cancel that item and refund it, or ship it to a stateside address you give us.\n\nIsolde",
     ["battery-rules", "address", "cancellation"], "lithium batteries cannot go to an APO address (JC4)"),
    ("Hello Mr Trevelyan,\n\nYou asked why the insoles show a later date than the poles. Their battery packs are restricted cargo on flights to Puerto Rico, so that part of your order is crossing by ocean freight from Jacksonville with FedEx, tracking 583017809914. Expect it in two to three weeks; the poles went by air and are due on Friday.\n\nEmrys",
     ["battery-rules", "split-shipment", "tracking"], "battery packs go by sea, the rest by air (JC4)"),
    ("Dear Ms Hjelmstad,\n\nPlease leave the swollen battery pack out of the return box; carriers will not take a damaged lithium battery. Most hardware stores have a battery recycling bin that accepts it. Ship just the insoles and the remote back using the UPS label in Your Orders; the full price, packs included, is refunded once the parcel is scanned.\n\nNiamh",
     ["returns", "battery-rules", "refund"], "a damaged battery must not travel; full refund anyway (JC4, JC14)"),
    ("Hi Mr Castagna,\n\nThe size XL spikes you asked for in place of the L pair left our Rutland warehouse this morning with UPS, tracking 1ZA7V2K90362957108. Please send the L pair back within 30 days with the return label in Your Orders. There is no need to wait until the new pair arrives.\n\nCasimir",
     ["exchange", "tracking", "returns"], "a size exchange shipped (JC5)"),
    ("Hello Ms Whitmore-Eze,\n\nThe Drumlin 30 in glacier blue will not be back in stock until around January 20, so the exchange you asked for cannot ship yet. We can keep it open until then; if you would rather not wait, send the 25s back on the free label waiting in Your Orders, and your refund is issued as soon as UPS scans the parcel.\n\nIsolde",
     ["exchange", "returns", "refund"], "an exchange that has to wait for stock (JC5, JC14)"),
    ("Dear Mr Duquesne,\n\nOur packer put S/M gaiters in your box instead of the L/XL you ordered. The right size ships today with FedEx, tracking 583017925563. There is no need to send the small pair back; feel free to pass it on to someone who can use it.\n\nEmrys",
     ["fulfilment", "tracking"], "wrong size sent (JC6)"),
    ("Hi Ms Pallister,\n\nYou're right, both insoles in your box are for the left foot. A correct pair in men's 9-10 is on its way by UPS, tracking 1ZA7V2K90363071844. When it arrives, put the two left insoles into its box and use the return label we have added to Your Orders.\n\nNiamh",
     ["fulfilment", "tracking", "returns"], "a mismatched pair replaced (JC6)"),
    ("Hello Mr Ekwueme,\n\nWe've cancelled order 114-2385019-6637402, the duplicate you wrote about. It had not been packed, so only your first order for the Cornice poles will be charged and shipped.\n\nCasimir",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC14)"),
    ("Hi Ms Runcorn,\n\nThe blizzard that closed the interstates around Denver on Sunday has left your parcel at the UPS facility in Commerce City. UPS is clearing the backlog in order, and the tracking page now shows Thursday. If nothing has arrived by Saturday, tell us here and we will ship another pair of snowshoes.\n\nIsolde",
     ["delay", "tracking"], "weather delay at a carrier hub (JC15)"),
    ("Hello Mr Brannock,\n\nThanks for letting us know the tracking hasn't moved since Tuesday. I've asked FedEx to open a trace on 583018046237 and will update you here by Friday noon with what they find, or with a replacement if the parcel turns out to be lost.\n\nEmrys",
     ["holding", "tracking"], "holding reply about a shipment (JC16)"),
    ("Dear Ms Cheveley,\n\nUPS shows the parcel as delivered at 2:14 pm yesterday and signed for by MAILRM, which usually means your building's mailroom or front desk took it in. Could you check with them? If it isn't there, reply here and we will open a claim with UPS and send a new pair of gaiters.\n\nNiamh",
     ["delivery"], "delivered to a mailroom (JC15)"),
    ("Hi Mr Grimsdale,\n\nYour poles are with Canadian customs in Calgary. Amazon collected the duties and GST when you paid, so the courier should not ask you for money at the door; if they do, please don't pay, and photograph the notice and post it here so we can deal with the courier. Clearance usually takes one or two business days.\n\nCasimir",
     ["customs"], "customs hold with prepaid import charges (JC7)"),
    ("Hello Ms Tansley,\n\nI'm sorry the left Drumlin 25 arrived with a bent frame and the box crushed at one corner; that happened in transit. A new pair left our Rutland warehouse today with FedEx, tracking 583018152706, at no cost to you. Please keep the damaged pair for two weeks in case FedEx asks to inspect it.\n\nIsolde",
     ["damage", "tracking"], "transit damage, replacement sent (JC7, JC14)"),
    ("Hi Mr Kiplagat,\n\nYour order hadn't shipped yet, so we've changed the delivery address to the cabin on Route 100 as you asked. The tracking number will appear in Your Orders once the parcel leaves our warehouse, most likely tomorrow.\n\nEmrys",
     ["address"], "address changed before dispatch (JC15)"),
    ("Dear Mr Mortimer-Ross,\n\nIf you order the Tarn 19s by 2 pm Eastern on December 19, standard shipping still gets them to Burlington before Christmas Eve. Orders placed after that go out on the 22nd and will most likely be delivered between December 26 and 28.\n\nNiamh",
     ["delivery"], "holiday delivery cut-off (JC15)"),
    ("Hello Ms Delacroix-Bello,\n\nThe Drumlin 30 snowshoes you returned were checked in at our Rutland warehouse on Monday. We have issued a refund of $149.99 to the card you paid with; depending on your bank it can take up to five business days to appear.\n\nCasimir",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hi Mr Nakamura-Webb,\n\nThe heated insoles you returned arrived without the remote. We have refunded $71.96 so far, which is the $89.95 you paid less $17.99 for the remote. Should it reappear, the same return label covers it, and the remaining $17.99 is refunded when it reaches us.\n\nIsolde",
     ["refund", "returns"], "partial refund of a return that came back incomplete (JC6, JC14)"),
    ("Hello Ms Oppenheim,\n\nYour order is coming in two parcels. The snowshoes and poles left Rutland with UPS, tracking 1ZA7V2K90364188392, due Tuesday. The heated insoles come from our Spokane warehouse with FedEx Ground, tracking 583018263450, due Thursday, because their batteries have to travel by ground.\n\nEmrys",
     ["split-shipment", "tracking", "battery-rules"], "split shipment, insoles by ground only (JC4, JC15)"),
    ("Dear Mr Bramall,\n\nBecause the gaiters were bought on November 28, Amazon's holiday return window applies, so you can send them back until January 31. Start the return in Your Orders, choose a UPS drop-off and print the label; the refund follows once the parcel is scanned.\n\nNiamh",
     ["returns"], "holiday return window (JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("徐女士，您好：\n\n鼓包的电池请不要放进退货包裹，承运商不收损坏的锂电池。您可以把它送到附近的电池回收点，很多五金店都设有回收箱。只需用“您的订单”里的 UPS 退货面单寄回鞋垫和遥控器，仓库签收后我们会全额退款，电池的费用也包括在内。\n\n薄嘉禾",
     ["returns", "battery-rules", "refund"], "损坏的锂电池不能寄回 (JC4, JC14)"),
    ("宋先生，您好：\n\n您要换的 L/XL 码 Sastrugi 绑腿今天已经从拉特兰仓库发出，UPS 运单号 1ZA7V2K90365203917。原来那副 S/M 码请在三十天内用“您的订单”里的退货面单寄回，不必等新的到了再寄。\n\n阙晓棠",
     ["exchange", "tracking", "returns"], "换尺码已发出 (JC5)"),
    ("夏女士，您好：\n\n非常抱歉，您收到的两只鞋垫都是左脚。正确的一双已经由 FedEx 补发，运单号 583018481396，预计周二送达。收到后请把两只左脚鞋垫装进新包裹的盒子，用我们添加在“您的订单”中的退货面单寄回。\n\n薄嘉禾",
     ["fulfilment", "tracking", "returns"], "发错脚的鞋垫补发 (JC6)"),
    ("蒋先生，您好：\n\n重复下的订单 112-5820374-1096638 已按您的要求取消。这笔订单还没有打包，不会扣款；您先下的那笔登山杖订单照常发货。\n\n阙晓棠",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("程女士，您好：\n\n周日的暴风雪让芝加哥附近的 UPS 转运中心暂停作业，您的包裹目前滞留在那里。运单页面现在显示周四送达；如果到周六还没收到，请直接回复这条消息，我们会再寄一双雪鞋给您。\n\n薄嘉禾",
     ["delay", "tracking"], "天气原因延误 (JC15)"),
    ("卫先生，您好：\n\n运单 1ZA7V2K90366319540 从周二起就没有更新。我们已经请 UPS 开始查件，周五中午之前会在这里告诉您结果；如果确认丢件，我们会直接补发。\n\n阙晓棠",
     ["holding", "tracking"], "关于包裹的等待回复 (JC16)"),
    ("崔女士，您好：\n\n您的冰爪目前在蒙特利尔等待加拿大海关放行。关税和消费税在下单时已经由亚马逊代收，如果派送时有人向您收钱，请先别付，拍下催缴单发到这里，由我们跟承运商交涉。清关一般需要一到两个工作日。\n\n薄嘉禾",
     ["customs"], "清关与预收税费 (JC7)"),
    ("常先生，您好：\n\n很抱歉，您收到的 Drumlin 30 有一只框架被压弯，外箱也破了一角，这是运输途中造成的。新的一双已经从拉特兰仓库由 FedEx 发出，运单号 583018597024。损坏的那双请先保留两周，以备承运商查验。\n\n阙晓棠",
     ["damage", "tracking"], "运输损坏与补发 (JC7)"),
    ("文女士，您好：\n\n订单还没有发货，收货地址已经按您的要求改成公司地址。包裹出库后，运单号会显示在“您的订单”页面，预计明天就能发出。\n\n薄嘉禾",
     ["address"], "发货前修改地址 (JC15)"),
    ("麦先生，您好：\n\n您寄回的 Rimeclaw 冰爪已经在拉特兰仓库签收，29.99 美元已退回您付款时用的卡，银行入账通常要等三至五天。\n\n阙晓棠",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("关女士，您好：\n\n您的订单分成两个包裹：雪鞋和登山杖从拉特兰仓库由 UPS 发出，运单号 1ZA7V2K90367425081，预计周二送达；加热鞋垫带有锂电池，只能从斯波坎仓库走 FedEx 陆运，运单号 583018603719，预计周四送达。\n\n薄嘉禾",
     ["split-shipment", "tracking", "battery-rules"], "分开发货，鞋垫只能陆运 (JC4)"),
    ("贝女士，您好：\n\n您的雪鞋是十一月二十六日购买的，适用亚马逊的节日延长退货期，一月三十一日之前都可以退。请在“您的订单”中申请退货，选择 UPS 投递点并打印面单，包裹被扫描后就会退款。\n\n阙晓棠",
     ["returns"], "节日延长退货期 (JC15)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("張先生 您好：\n\n加熱鞋墊的鋰電池不能空運到波多黎各，所以這部分改走海運，FedEx 追蹤單號 583018714452，大約需要兩到三週。同一筆訂單的登山杖和綁腿已經空運寄出，這週就會送達。\n\n甄以寧",
     ["battery-rules", "split-shipment", "tracking"], "鋰電池改走海運 (JC4)"),
    ("趙小姐 您好：\n\n您申請把 Drumlin 25 換成 Drumlin 30，換貨申請已經通過。倉庫掃描到您寄回的包裹後，新的雪鞋就會出貨；退貨標籤已放在「您的訂單」裡，請在三十天內寄出。\n\n費子鈞",
     ["exchange", "returns"], "換尺寸的流程 (JC5)"),
    ("周太太 您好：\n\nUPS 顯示包裹已在昨天下午兩點送達，由大樓管理室簽收，麻煩您先向管理員確認。如果管理室沒有收到，請在這裡回覆，我們會向 UPS 提出查詢並補寄一組新的。\n\n甄以寧",
     ["delivery"], "管理室代收 (JC15)"),
    ("任小姐 您好：\n\n倉庫已經收到您退回的 Sastrugi 綁腿，我們已將 42.95 美元退到您當初付款的卡片，通常三至五天內會顯示。\n\n費子鈞",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("樓先生 您好：\n\n您的雪鞋目前在蒙特婁等待加拿大海關放行。進口稅費在結帳時已由亞馬遜代收，送達時不需要再付費；如果快遞員要求付款，請先拍下通知單傳給我們。\n\n甄以寧",
     ["customs"], "清關與預收稅費 (JC7)"),
    ("鄢小姐 您好：\n\n很抱歉，其中一支登山杖在運送途中被壓彎了。我們已經免費補寄一支新的，UPS 追蹤單號 1ZA7V2K90368530762；彎掉的那支不用寄回。\n\n費子鈞",
     ["damage", "tracking"], "運送損壞補寄 (JC7, JC14)"),
    ("牛先生 您好：\n\n已經依照您的要求取消重複的訂單 113-9471026-3385519，該訂單尚未出貨，不會向您收費。\n\n甄以寧",
     ["cancellation"], "取消重複訂單 (JC6, JC14)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free-written, not logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Yeboah-Frost,\n\nYou can take the Emberstep insoles on your flight to Salt Lake City, but the battery packs must travel in your carry-on, not in the checked bag. Each pack is 8.1 watt-hours, far below the 100 watt-hour limit airlines set for spare lithium batteries, so no approval is needed. Slip the packs out of the heels and keep them in their pouch with the contacts covered.\n\nIsolde",
     ["advice", "air-travel"], "flying with the insole batteries is product use, not order logistics (JC11)"),
    ("Hello Ms Caraway,\n\nAt 195 pounds with a 25-pound day pack you are at about 220 pounds all in. The Drumlin 25 is rated to 200, so the Drumlin 30 is the better match, especially for the deep lake-effect snow you describe on Tug Hill.\n\nEmrys",
     ["advice", "sizing"], "free-written sizing advice although a sizing template exists (JC5, JC10)"),
    ("Hi Mr Pettigrew,\n\nThanks for the clip of the insole that only warms on one side. Our product team will look at it first thing tomorrow, and I'll come back to you before the weekend with their view.\n\nNiamh",
     ["holding"], "holding reply about a fault in own words, not the holding template (JC12)"),
    ("Dear Ms Aldridge-Kane,\n\nThe Rimeclaw spikes are made for icy trails, frozen sidewalks and packed snow on moderate slopes. They do not replace mountaineering crampons on steep ice or hard snow where a slip would be serious; for the gully you mention, proper crampons and an ice axe are the right tools.\n\nCasimir",
     ["advice"], "spikes versus crampons (JC10)"),
    ("Hello Mr Sheringham,\n\nYou're right that the Cornice poles now sell for $6 less than on the day you ordered. We have sent the $6.00 difference back to your card as a one-time courtesy, and it should show within a few days.\n\nIsolde",
     ["price"], "money back for a price change: not a refund of a return, so not logistics; no offer, so not marketing (JC17)"),
    ("Hi Ms Winterbourne,\n\nThe Tarn 19 suits children from about 40 to 90 pounds, so it will fit your seven-year-old now and should last a few more winters. Its bindings close with a single pull strap, which small gloved hands manage far better than buckles.\n\nEmrys",
     ["advice", "sizing"], "choosing youth snowshoes: size advice (JC5, JC10)"),
    ("Hello Ms Ostrander,\n\nYes, the Cornice poles can hold up most trekking-pole tents and tarps. Set them to the pitch height your shelter needs, lock both levers firmly, and put the grip end up into the grommet so the tip and basket rest on the ground.\n\nNiamh",
     ["advice"], "poles as tent supports (JC10)"),
    ("Dear Mr Fitzwilliam,\n\nThe aluminium frames and the decking stay flexible far below zero; we test them at minus 40. The rubber binding straps do stiffen in that kind of cold, so fasten them indoors or in the car before you set off.\n\nCasimir",
     ["advice"], "use in extreme cold (JC10)"),
    ("Hi Ms Bjornstad,\n\nHeated insoles make feet sweat more in fully waterproof boots, which can leave socks damp by the afternoon. Wear merino or synthetic socks rather than cotton, and turn the insoles down to low once your feet are warm; high is mostly for standing still, such as on an ice-fishing trip.\n\nIsolde",
     ["advice"], "sweat and socks with heated insoles (JC10)"),
    ("Hello Mr Amankwah,\n\nOn hard, icy crust the snowshoe crampons still bite, but the wide decks make side slopes awkward. When the snow sets up like that, many people switch to traction spikes and strap the snowshoes to the pack for the deeper stretches.\n\nEmrys",
     ["advice"], "the buyer asked what to wear on crust; spikes named without price or offer (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("邝先生，您好：\n\n雪鞋可以办理托运，也有一些航空公司允许随身携带，但鞋底的冰爪齿比较锋利，建议装进附带的收纳袋后托运。具体的尺寸和件数限制，请以您乘坐的航空公司规定为准。\n\n薄嘉禾",
     ["advice", "air-travel"], "带雪鞋乘飞机属于产品使用，不是订单物流 (JC11)"),
    ("冼女士，您好：\n\n您说得对，这款雪鞋现在比您下单时便宜了十美元。我们这次破例把十美元差价退到您的付款卡上，几天之内就能看到。\n\n阙晓棠",
     ["price"], "价格变动的差价：不是退货退款，所以不算物流；没有促销，所以不是营销 (JC17)"),
    ("谷先生，您好：\n\n谢谢您发来登山杖锁扣打滑的视频。产品团队明天一早会看，周五之前我会把他们的意见回复给您。\n\n薄嘉禾",
     ["holding"], "故障的等待回复，自己写的，不是等候模板 (JC12)"),
    ("廉女士，您好：\n\n低档大约能用八小时，中档四到五小时，高档两个半小时左右。冰钓时站着不动比较冷，可以先开高档把脚焐热，再调回低档，这样一整天也够用。\n\n阙晓棠",
     ["advice"], "鞋垫档位与续航：电池使用建议是产品建议 (JC4, JC10)"),
    ("封先生，您好：\n\nRimeclaw 冰爪可以在结冰的路面上慢跑，链条很轻，不影响步伐。不过在干燥的水泥地或岩石上跑会加快钉齿磨损，也更容易打滑，遇到没有冰雪的路段最好取下来。\n\n薄嘉禾",
     ["advice"], "穿冰爪跑步 (JC10)"),
    ("邴女士，您好：\n\n五岁的孩子体重一般在二十公斤上下，Tarn 19 完全合适，通常能穿到八九岁。它的绑带一拉就紧，孩子戴着手套也能自己穿脱。\n\n阙晓棠",
     ["advice", "sizing"], "儿童雪鞋的选择：尺码建议 (JC5, JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("安小姐 您好：\n\n加熱鞋墊不能整片泡水，也不能機洗。髒了請先取出電池，用擰乾的濕布擦拭表面，再放在通風處晾乾；完全乾了以後才能裝回電池使用。\n\n甄以寧",
     ["advice"], "鞋墊清潔 (JC10)"),
    ("穆先生 您好：\n\nSastrugi 綁腿適合中筒和高筒的登山鞋。低筒慢跑鞋沒有足夠的鞋帶讓前端掛鉤勾住，底部綁帶也容易滑脫，建議搭配有鞋帶的中筒以上鞋款。\n\n費子鈞",
     ["advice"], "綁腿適合的鞋款 (JC10)"),
    ("寇太太 您好：\n\n搭機時，加熱鞋墊本身可以放在託運行李，但拆下來的電池一定要放在隨身行李裡。每顆電池是 8.1 瓦時，遠低於航空公司對備用鋰電池一百瓦時的限制，不需要事先申請。\n\n甄以寧",
     ["advice", "air-travel"], "搭機攜帶電池屬於產品使用 (JC11)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Akinola-Grant,\n\nGo by total weight, not shoe size: you, your boots and clothes, and your pack together. The Drumlin 25 takes up to 200 pounds. Near that limit, or in deep powder, choose the longer shoe; on hard-packed or wet snow the shorter one handles better. The bindings fit anything from a kids' 4 to a men's 14.\n\nNiamh",
     "retells en/snowshoe/sizing (JC13)"),
    ("Hello Mr Dewhurst,\n\nLoosen all three straps, set the ball of your foot over the hinge bar with the toe through the gap, then ratchet the toe and instep straps down and cinch the heel strap so your heel rises without sliding. Re-snug everything after ten minutes on the trail and tuck the tails away.\n\nCasimir",
     "retells en/snowshoe/bindings (JC13)"),
    ("Dear Ms Carbury,\n\nThe wide baskets are the snow ones. Twist the trekking basket off counter-clockwise, push the snow basket onto the tip and turn it the other way until it sits tight; a cold basket goes on more easily once your hand has warmed it. Add about 5 cm to your usual pole length on snowshoes.\n\nIsolde",
     "retells en/poles/baskets (JC13)"),
    ("Hi Mr Ulrich-Mensah,\n\nToe first into the rubber, then pull the back loop over your heel. The chains should sit flat under the sole with nothing under the arch, otherwise it's twisted. Wash off salt after use and let them dry indoors so they don't rust, and go a size up for chunky winter boots.\n\nEmrys",
     "retells en/spikes/fit (JC13)"),
    ("Hello Ms Fennimore,\n\nGive the packs a full charge first, until the light goes green, roughly three hours. Low gets you about eight hours; higher settings and hard cold cut that down, so keep the packs warm in a pocket. Over summer, leave them half charged somewhere cool and top up every couple of months. Don't charge them near heat, and retire any pack that puffs up.\n\nNiamh",
     "retells en/insoles/battery-care (JC13)"),
    ("Hi Mr Hargreave,\n\nPlease don't machine-wash the gaiters. Brush off dried mud, sponge them with lukewarm water and hang them to dry with the zips open; a washing machine or dryer can peel the waterproof layer away from the fabric.\n\nCasimir",
     "retells the facts of zh-tw/gaiters/care in English; a template in another language is not a fill (JC13)"),
    ("Hello Ms Hollinshead,\n\nOnce you've had the spikes out on a few icy walks, we'd love to hear how they did in an Amazon review, whatever you thought of them.\n\nIsolde",
     "neutral review request in own words: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("计女士，您好：\n\n配对很简单：电池装好后，同时按住加、减两个键五秒，灯一快闪就配上了。绿、黄、红分别是低、中、高三档，长按电源键三秒两只一起关。只有一只有反应的话，先把那块电池充满再配一次。\n\n阙晓棠",
     "改写 zh/insoles/remote (JC13)"),
    ("花先生，您好：\n\n上坡前用杖尖把脚跟下的支架挑起来，脚跟踩在上面会轻松很多；到了平路或下坡再压回去，不然容易往前滑。天冷时转轴发紧是正常的，多扳几下就好，别用脚踢。\n\n薄嘉禾",
     "改写 zh/snowshoe/heel-lift (JC13)"),
    ("凤女士，您好：\n\n材料或做工的问题都在保修内，比如框架焊点裂开、铆钉掉了、杖锁锁不住、鞋垫不热了。正常磨损、摔坏、烧坏，或者鞋垫剪过了线，就不在保修内。麻烦说说经过，再拍张坏的地方发过来。\n\n阙晓棠",
     "改写 zh/warranty/claim，没有案例号和订单号 (JC13)"),
    ("奚女士，您好：\n\n等您在雪地里用过几次，如果愿意的话，可以在亚马逊上写几句评论，说说这副登山杖好用还是不好用都行。\n\n薄嘉禾",
     "自己写的中性评论邀请：只标 template-required，不是 review-inducement (JC9, JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("查先生 您好：\n\n先把兩個快扣打開，下節別拉超過 STOP 記號，再調中節，握著把手時手肘差不多成直角就對了。扣上後如果還會滑，就把快扣上的螺絲往順時針轉半圈。上坡短一點、下坡長一點。\n\n費子鈞",
     "改寫 zh-tw/poles/length (JC13)"),
    ("匡小姐 您好：\n\n裁剪時把原本的鞋墊疊上去比，沿最接近的線剪。灰色框裡面是加熱區，千萬不能剪到，剪到就壞了，也不能保固。先少剪一點，試穿後再修。\n\n甄以寧",
     "改寫 zh-tw/insoles/trim (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. logistics plus advice -> [template-required]
M = "mixed-logistics"
for text, tags, note in [
    ("Hi Mr Corcoran,\n\nYour Drumlin 30s are out for delivery with UPS today. Before your first walk, set the bindings at home with the boots you'll wear, so you aren't fiddling with straps in the cold.\n\nCasimir",
     ["advice", "delivery"], "delivery plus fitting advice (JC8)"),
    ("Hello Ms Templeman,\n\nWe've started the exchange, and the L/XL gaiters ship tomorrow; the return label for the S/M pair is in Your Orders. With calves over 16 inches, L/XL is the right call, and it leaves room for insulated trousers underneath.\n\nIsolde",
     ["advice", "exchange", "sizing"], "the exchange is logistics, the size advice is not (JC5, JC8)"),
    ("Dear Mr Maddox-Yaw,\n\nYour insoles are clearing customs in Montreal and should reach you early next week. When they arrive, charge the packs overnight before using them, as they leave our warehouse only part charged.\n\nEmrys",
     ["advice", "customs"], "customs plus charging advice; charging is product advice (JC4, JC8)"),
    ("Hi Ms Gallacher,\n\nThe prepaid return label for the snowshoes is now in Your Orders. Before you send them back, it may be worth pulling the heel strap one notch tighter; a heel that slips out on climbs is usually down to that strap.\n\nNiamh",
     ["advice", "returns"], "return label plus fitting advice (JC8)"),
    ("Hello Mr Renwick,\n\nA replacement lower section for your Cornice pole left our warehouse today by USPS, tracking 9205590164839205528391. To fit it, open the bottom lever, slide the old section out, push the new one in no further than the STOP mark and close the lever firmly.\n\nCasimir",
     ["advice", "tracking"], "replacement part shipped plus how to fit it (JC6, JC8)"),
]:
    free(M, "en", text, [TR], note, tags)

for text, tags, note in [
    ("栗先生，您好：\n\n换货的 Drumlin 30 明天由 UPS 发出。您体重加背包超过两百磅，选 30 英寸是对的，在深雪里不容易陷下去。\n\n薄嘉禾",
     ["advice", "exchange", "sizing"], "换货是物流，尺码建议不是 (JC5, JC8)"),
    ("钮女士，您好：\n\n包裹预计周四送达。收到鞋垫后请先充满电，第一次使用建议从低档开始，适应以后再调高。\n\n阙晓棠",
     ["advice", "delivery"], "送达加使用建议 (JC8)"),
    ("乐先生，您好：\n\n您的冰爪还在蒙特利尔清关，预计下周初送到。收到后可以先在家里穿上靴子试一下松紧，厚靴子如果套不上，可以申请换大一号。\n\n薄嘉禾",
     ["advice", "customs", "exchange"], "清关加试穿建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("饒小姐 您好：\n\n綁腿已經送達大樓管理室，請記得去領取。穿的時候拉鍊和扣環要在小腿外側，左右不要穿反。\n\n費子鈞",
     ["advice", "delivery"], "送達加穿法說明 (JC8)"),
    ("鳳先生 您好：\n\n補寄的加熱鞋墊遙控器今天已經寄出，USPS 追蹤單號 9205590164839206613057。收到後請同時按住加號和減號鍵五秒，重新配對一次。\n\n甄以寧",
     ["advice", "tracking"], "補寄加配對說明 (JC6, JC8)"),
]:
    free(M, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/snowshoe/sizing", dict(buyer_name="Mr Kettlewell", snowshoe=DR30, max_load="280 lb", agent_name=A2),
        "match your shoe size.",
        "P.S. Add a pair of Cornice poles to your next order this week and take 15% off with code POWDERDAY15.",
        [MKT, TR], "P.S. with a discount code for poles", sep="\n\n")
add_bad("en/snowshoe/bindings", dict(buyer_name="Ms Lambourne", snowshoe=DR25, agent_name=A3),
        "catch on branches.",
        "If the snowshoes are treating you well, a five-star review would mean a lot to our small team.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/spikes/fit", dict(buyer_name="Mr Mwangi-Scott", spikes=SPK, size="XL", agent_name=A4),
        "free of rust.",
        "For quicker sizing help, text our gear guide directly at 802-555-0147.",
        [OPC, TR], "sizing help moved to a text-message number")
add_bad("en/insoles/battery-care", dict(buyer_name="Ms Northcott", insoles=INS, hours_low="eight hours", agent_name=A1),
        "gets hot while charging.",
        "If the insoles ever let you down, please come to us first rather than posting a review.",
        [RI, TR], "review gating: unhappy buyers steered away from reviewing")
add_bad("en/gaiters/fit", dict(buyer_name="Mr Ollivant", gaiters=GAIT, size="L/XL", agent_name=A2),
        "tied to the tag.",
        "Also, our insulated Sastrugi Pro gaiters arrive in December, and you can preorder them today at 20% below the launch price.",
        [MKT, TR], "new-product announcement with a preorder push", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Pickering-Adu", product=POLES, order_id="113-8126403-5579012",
        agent_name=A3), "what we could do better.",
        "As a small thank-you, we will mail you a spare set of snow baskets once your review is posted.",
        [RI, TR], "free accessory in exchange for a review")
add_bad("en/poles/baskets", dict(buyer_name="Mr Tollemache", poles=POLES, agent_name=A4),
        "higher in the snow.",
        "Send us a DM on Instagram at @hoarfell.trails and we'll reply with a video of the basket swap.",
        [OPC, TR], "product help moved to Instagram")
add_bad("en/warranty/claim", dict(buyer_name="Ms Stapleford", product=DR30, warranty_period="two-year",
        case_id="HFO-418520", order_id="111-2058817-4463920", agent_name=A1),
        "for order 111-2058817-4463920.",
        "When the replacement ships, you can follow its tracking on hoarfellgear.com/orders instead of in your Amazon account.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Wetherell,\n\nYour return label for the insoles is in Your Orders, and the refund goes through as soon as UPS scans the box. Since we've sorted this out, would you mind deleting the 2-star review you left last week? We'll add a $15 credit to your refund once it's gone.\n\nEmrys",
     [RI, TR], "return and refund (logistics) plus money for deleting a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/insoles/remote", dict(buyer_name="雍先生", insoles=INS_ZH, agent_name=Z1),
        "指示灯明显变暗时请及时更换。",
        "配对还是不成功的话，可以加我们的微信 hoarfell_kefu，技术人员会视频指导您。",
        [OPC, TR], "产品支持转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="靳女士", product=DR30_ZH, order_id="112-6913570-8820445",
        agent_name=Z2), "作为改进的参考。",
        "留下五星好评后把截图发给我们，就能领取十美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/snowshoe/heel-lift", dict(buyer_name="帅先生", snowshoe=DR25_ZH, agent_name=Z1),
        "以免弯曲变形。",
        "既然支架的用法已经说明清楚，麻烦您把之前留的差评改一改。",
        [RI, TR], "要求修改差评")
add_bad("zh/spikes/care", dict(buyer_name="晁女士", spikes=SPK_ZH, agent_name=Z2),
        "建议换一副新的。",
        "正好本店新品 Rimeclaw Pro 冰爪这周八折，换新时欢迎选购！",
        [MKT, TR], "新品冰爪八折促销")
add_bad("zh/warranty/claim", dict(buyer_name="燕先生", product=POLES_ZH, warranty_period="两年", case_id="HFO-418561",
        order_id="114-7738204-2206159", agent_name=Z1), "对应订单 114-7738204-2206159。",
        "另外，请到我们的官网 hoarfellgear.com 登记产品序列号，以后申请保修会更快。",
        [OPC, TR], "引导到卖家官网登记产品；登记不是物流，也不是促销")
free(V, "zh", "鄂女士，您好：\n\n您寄回的加热鞋垫仓库已经签收。为了让您更快收到钱，这次退款我们想通过 Zelle 直接转给您，请回复您绑定 Zelle 的手机号。\n\n阙晓棠",
     [OPC], "退货退款改走 Zelle：内容仍是退货退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/poles/length", dict(buyer_name="尚先生", poles=POLES_TW, agent_name=W1),
        "在雪地上行走會更穩。",
        "如果還是調不好，歡迎加入我們的 LINE 官方帳號 @hoarfelltw，直接傳影片給我們看。",
        [OPC, TR], "客服轉到 LINE 官方帳號")
add_bad("zh-tw/holding/product-check", dict(buyer_name="溥小姐", item="登山杖快扣", reply_by="週三", agent_name=W2),
        "直接在這裡留言即可。",
        "問題處理好之後，如果您滿意，再請您給我們一個五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "宓太太 您好：\n\n您的 Sastrugi 綁腿今天已經寄出，UPS 追蹤單號 1ZA7V2K90369647213。另外，本週在我們官網 hoarfellgear.com 加購冰爪可享七五折優惠，歡迎多多利用。\n\n費子鈞",
     [MKT, OPC, TR], "寄出通知（物流）加官網加購七五折；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
