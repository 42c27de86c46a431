# -*- coding: utf-8 -*-
"""Labelled seller replies of t68 (imported by gen.py). All texts written for this set.

Each call below adds one reply. Categories, in order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. JCn in a note points to the judgement calls in README.md.
Identifiers come from a seeded generator, so every run produces the same text.
"""
import random
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []

# ------------------------------------------------------------------ fictional identifiers
_rng = random.Random(6868)
_case = [30100]


def oid():
    return "%d-%07d-%07d" % (_rng.choice((111, 112, 113, 114)), _rng.randrange(10 ** 6, 10 ** 7), _rng.randrange(10 ** 6, 10 ** 7))


def ups():
    return "1Z6RB2%012d" % _rng.randrange(10 ** 11, 10 ** 12)


def fedex():
    return "78%010d" % _rng.randrange(10 ** 9, 10 ** 10)


def usps():
    return "9205%018d" % _rng.randrange(10 ** 17, 10 ** 18)


def pro():
    return "44%08d" % _rng.randrange(10 ** 7, 10 ** 8)


def case():
    _case[0] += 7
    return "BKR-C-%05d" % _case[0]


# ------------------------------------------------------------------ helpers
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
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def swap(a, b, sep=" "):
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Hollis Varga-Nyambura", "Imogen Coldridge", "Tobin Achterfeld", "Odessa Kwarteng-Lowe"
Z1, Z2 = "钮晓晴", "郝振宇"
W1, W2 = "童以安", "岳明哲"
BUNK = "Burrowkin Alder bunk bed"
BUNK_T = "Burrowkin Alder bunk bed with trundle"
COT = "Burrowkin Sprout cot bed"
DESK = "Burrowkin Quill study desk"
LIGHT = "Burrowkin Glowmoth night light"
PROT = "Burrowkin Dryfold mattress protector"
CHEST = "Burrowkin Pebble toy chest bench"
BUNK_LONG = ("Burrowkin Alder Twin over Twin Bunk Bed for Kids, Solid Pine Frame with Full-Length Guard Rails and "
             "Reversible Ladder, Splits into Two Twin Beds, No Box Spring Needed, Natural Finish")
DESK_LONG = ("Burrowkin Quill Height Adjustable Kids Study Desk with Tilting Top, Crank Handle, Pencil Ledge and "
             "Storage Drawer, for Ages 3 to 12, Grey and White")
COT_LONG = ("Burrowkin Sprout 3-in-1 Convertible Cot Bed, Solid Beech, Three Mattress Base Heights, Converts to "
            "Toddler Bed with Low Guard Rail, Fits 120x60 cm Mattress")
CHEST_ZH = "Burrowkin Pebble 玩具收纳凳"
CHEST_ZH_LONG = "Burrowkin Pebble 儿童玩具收纳凳 实木框架 缓降铰链 带软垫坐面 可储物可当换鞋凳 适合儿童房和客厅"
DESK_ZH = "Burrowkin Quill 升降学习桌"
COT_ZH = "Burrowkin Sprout 婴儿床"
BUNK_ZH = "Burrowkin Alder 双层床"
BUNK_TW = "Burrowkin Alder 雙層床"
LIGHT_TW = "Burrowkin Glowmoth 小夜燈"
PROT_TW = "Burrowkin Dryfold 防水保潔墊"
PROT_TW_LONG = "Burrowkin Dryfold 兒童防水保潔墊 單人加大 全包式鬆緊帶 棉質表層 靜音防水背膜 可機洗 適用雙層床"
COT_TW = "Burrowkin Sprout 嬰兒床"

# ============================================================ 1. filled templates -> []
fill("en/bunk/assembly", dict(buyer_name="Mrs Abbotsleigh", product=BUNK, build_time="two and a half hours", agent_name=A1),
     "exact fill")
fill("en/bunk/assembly", dict(buyer_name="Mr Okereke-Halvard", product=BUNK_LONG, build_time="three hours", agent_name=A2),
     "the whole listing title in the product slot; greeting changed to good afternoon (JC2)",
     edits=[("Hello Mr Okereke-Halvard,", "Good afternoon Mr Okereke-Halvard,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Ms Treloar-Banks", product=BUNK_T, build_time="three and a half hours", agent_name=A3)
fill("en/bunk/assembly", _v, "second paragraph hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/bunk/assembly", _v, "Leave every bolt", 70)], tags=["reflow"])
fill("en/bunk/guard-rail", dict(buyer_name="Mr Vanterpool", product=BUNK, max_mattress="7 inches", agent_name=A4),
     "exact fill")
fill("en/bunk/guard-rail", dict(buyer_name="Ms Ilunga-Carr", product=BUNK_T, max_mattress="6 inches", agent_name=A1),
     "a congratulation about the twins' new room added after the greeting (JC2)",
     edits=[("Hi Ms Ilunga-Carr,", "Hi Ms Ilunga-Carr,\n\nHow lovely that the twins are finally getting a room of their own.")],
     tags=["warm-line"])
fill("en/bunk/guard-rail", dict(buyer_name="Mr Desrosiers", product=BUNK, max_mattress="7 inches", agent_name=A2),
     "the two sentences of the second paragraph swapped (JC2)",
     edits=[swap("We recommend the top bunk only for children aged six and over, and the ladder should stay fixed to the frame with both brackets at all times.",
                 "The slats are rated for 175 pounds on the upper bunk and 220 pounds on the lower one.")],
     tags=["reorder"])
fill("en/cotbed/convert", dict(buyer_name="Ms Fairlie-Omondi", product=COT, agent_name=A3), "exact fill")
fill("en/cotbed/convert", dict(buyer_name="Mr Brightwater", product=COT, agent_name=A4),
     "sign-off turned into a warm wish for the family (JC2)",
     edits=[("Kind regards,", "Wishing you all some restful nights, and kind regards,")], tags=["sign-off", "warm-line"])
fill("en/cotbed/convert", dict(buyer_name="Ms Yamauchi-Dorn", product=COT_LONG, agent_name=A1),
     "listing title in the product slot; one sentence split in two (JC2)",
     edits=[("the cot side can come off and the bed becomes a toddler bed.", "the cot side can come off. The bed then becomes a toddler bed.")],
     tags=["long-value", "split"])
fill("en/desk/tilt", dict(buyer_name="Mr Oyinlola", product=DESK, agent_name=A2), "exact fill")
fill("en/desk/tilt", dict(buyer_name="Philippa", product=DESK_LONG, agent_name=A3),
     "listing title in the product slot; greeting changed to Hi there (JC2)",
     edits=[("Hello Philippa,", "Hi there Philippa,")], tags=["greeting", "long-value"])
fill("en/desk/tilt", dict(buyer_name="Mr Kingsolver-Ash", product=DESK, agent_name=A4),
     "the sentence on the right height paraphrased with the same facts (JC2)",
     edits=[("A good height is one where your child's elbows rest at about a right angle with the shoulders relaxed.",
             "Aim for a height where your child's elbows bend to roughly a right angle and the shoulders stay loose.")],
     tags=["paraphrase"])
fill("en/nightlight/modes", dict(buyer_name="Ms Rademeyer", product=LIGHT, charge_time="two hours", agent_name=A1),
     "exact fill")
fill("en/nightlight/modes", dict(buyer_name="Mrs Hallworth-Ojo", product=LIGHT, charge_time="two hours", agent_name=A2),
     "greeting and sign-off changed (JC2)",
     edits=[("Hi Mrs Hallworth-Ojo,", "Hello Mrs Hallworth-Ojo,"), ("Sleep well,", "Sweet dreams to your little one,")],
     tags=["greeting", "sign-off"])
fill("en/protector/washing", dict(buyer_name="Mr Quennevais", product=PROT, agent_name=A3), "exact fill")
fill("en/protector/washing", dict(buyer_name="Ms Dabrowska-Lyle", product=PROT, agent_name=A4),
     "first two paragraphs run together into one (JC2)",
     edits=[("over time.\n\nTumble dry", "over time. Tumble dry")], tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Mr Ashdown-Kirui", product=BUNK, warranty_period="five-year", case_id=case(),
     order_id=oid(), agent_name=A1), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Velthuis", product=DESK_LONG, warranty_period="three-year", case_id=case(),
     order_id=oid(), agent_name=A2),
     "listing title in the product slot; an apology for the timing added after the greeting (JC2)",
     edits=[("Dear Ms Velthuis,", "Dear Ms Velthuis,\n\nI'm sorry the desk let you down just as the school term began.")],
     tags=["long-value", "warm-line"])
fill("en/apology/creak", dict(buyer_name="Mr Sandoval-Pryor", product=BUNK, agent_name=A3), "exact fill")
fill("en/apology/creak", dict(buyer_name="Ms Arkwright-Mensah", product=BUNK_T, agent_name=A4),
     "greeting and closing apology reworded (JC2)",
     edits=[("Hello Ms Arkwright-Mensah,", "Dear Ms Arkwright-Mensah,"), ("Sorry again for the trouble,", "With apologies once more,")],
     tags=["greeting", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Goodenough-Pratt", product=CHEST, order_id=oid(), agent_name=A1),
     "exact fill; the only review request for this order and no praise earlier in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Esme", product=COT, order_id=oid(), agent_name=A2),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hi Esme,", "Hello Esme,"), ("Thank you,", "Many thanks,")], tags=["greeting", "sign-off"])

fill("zh/storage/toybox", dict(buyer_name="闻女士", product=CHEST_ZH, agent_name=Z1), "exact fill")
fill("zh/storage/toybox", dict(buyer_name="郭先生", product=CHEST_ZH_LONG, agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改为早上好 (JC2)", edits=[("，您好：", "，早上好：")],
     tags=["greeting", "long-value"])
fill("zh/desk/assembly", dict(buyer_name="冉先生", product=DESK_ZH, agent_name=Z1), "exact fill")
fill("zh/desk/assembly", dict(buyer_name="储女士", product=DESK_ZH, agent_name=Z2),
     "结尾“此致”改为祝安装顺利 (JC2)", edits=[("此致", "祝您安装顺利！")], tags=["sign-off"])
fill("zh/cotbed/mattress", dict(buyer_name="栾女士", product=COT_ZH, mattress_size="120x60 厘米", agent_name=Z1), "exact fill")
fill("zh/cotbed/mattress", dict(buyer_name="宫先生", product=COT_ZH, mattress_size="120x60 厘米", agent_name=Z2),
     "问候后加一句祝贺的话 (JC2)",
     edits=[("宫先生，您好：", "宫先生，您好：\n\n恭喜您家添了小宝宝！")], tags=["warm-line"])
fill("zh/cotbed/mattress", dict(buyer_name="甄女士", product=COT_ZH, mattress_size="140x70 厘米", agent_name=Z1),
     "第一段从中间断开，分成两段 (JC2)",
     edits=[("厚度不要超过十厘米。床垫放进去以后", "厚度不要超过十厘米。\n\n床垫放进去以后")], tags=["reflow"])
fill("zh/review/neutral-request", dict(buyer_name="桂先生", product=CHEST_ZH, order_id=oid(), agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="麦女士", product=DESK_ZH, order_id=oid(), agent_name=Z1),
     "问候语改为晚上好；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("麦女士，您好：", "麦女士，晚上好：")],
     tags=["greeting"])
fill("zh/warranty/claim", dict(buyer_name="蒙先生", product=BUNK_ZH, warranty_period="五年", case_id=case(),
     order_id=oid(), agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="牛女士", product=DESK_ZH, warranty_period="三年", case_id=case(),
     order_id=oid(), agent_name=Z1),
     "措辞微调：“方便我们判断”改为“便于我们核实” (JC2)", edits=[("方便我们判断", "便于我们核实")], tags=["wording"])

fill("zh-tw/bunk/ladder", dict(buyer_name="洪先生", product=BUNK_TW, agent_name=W1), "exact fill")
fill("zh-tw/bunk/ladder", dict(buyer_name="巫小姐", product=BUNK_TW, agent_name=W2),
     "問候語改為早安，並加一句體貼的話 (JC2)",
     edits=[("巫小姐 您好：", "巫小姐 早安：\n\n孩子一定很期待睡上鋪吧！")], tags=["greeting", "warm-line"])
fill("zh-tw/nightlight/care", dict(buyer_name="易太太", product=LIGHT_TW, agent_name=W1), "exact fill")
fill("zh-tw/nightlight/care", dict(buyer_name="嚴小姐", product=LIGHT_TW, agent_name=W2),
     "署名前加上祝福語 (JC2)", edits=[("拿著充電線玩。\n\n", "拿著充電線玩。\n\n祝 寶寶好眠\n")], tags=["sign-off"])
fill("zh-tw/protector/fit", dict(buyer_name="姜太太", product=PROT_TW, depth="30 公分", agent_name=W1), "exact fill")
fill("zh-tw/protector/fit", dict(buyer_name="邢先生", product=PROT_TW_LONG, depth="30 公分", agent_name=W2),
     "整段商品標題放入 product 佔位符，結尾祝語改寫 (JC2)", edits=[("敬祝 安康", "祝 一夜好眠")],
     tags=["long-value", "sign-off"])
fill("zh-tw/protector/fit", dict(buyer_name="顏小姐", product=PROT_TW, depth="25 公分", agent_name=W1),
     "第二、三段合併為一段 (JC2)", edits=[("套入。\n\n防水層在背面", "套入。防水層在背面")], tags=["merge"])
fill("zh-tw/apology/odor", dict(buyer_name="鄔先生", product=BUNK_TW, agent_name=W2), "exact fill")
fill("zh-tw/apology/odor", dict(buyer_name="喬小姐", product=COT_TW, agent_name=W1),
     "問候語改為午安，並加一句體諒的話 (JC2)",
     edits=[("喬小姐 您好：", "喬小姐 午安：\n\n寶寶快出生了，想必您特別在意房間的空氣。")], tags=["greeting", "warm-line"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it is merged into a trailing (JCn) group if the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/bunk/assembly", dict(buyer_name="Mr Fitzwarren", product=BUNK, build_time="two and a half hours", agent_name=A4),
         "for the first build.",
         "Both boxes of your bed travel together on one Estes freight shipment, PRO %s, and the local terminal will phone you to book a delivery slot." % pro(),
         "freight shipment and delivery booking, as its own paragraph (JC4)", ["freight", "delivery-appointment"], sep="\n\n")
fill_log("en/cotbed/convert", dict(buyer_name="Ms Oduro-Vance", product=COT, agent_name=A1),
         "in case you need them again.",
         "The toddler rail you ordered separately left our Allentown warehouse this morning with UPS, tracking %s." % ups(),
         "split-shipment tracking for a separately ordered part", ["split-shipment", "tracking"])
fill_log("en/desk/tilt", dict(buyer_name="Mr Lindeberg", product=DESK, agent_name=A2),
         "while the top is tilted.",
         "We have posted the crank handle your box was short of today by USPS, tracking %s; expect it by Friday." % usps(),
         "missing part sent (JC5)", ["fulfilment", "tracking"])
fill_log("en/nightlight/modes", dict(buyer_name="Ms Corcoran-Webb", product=LIGHT, charge_time="two hours", agent_name=A3),
         "once it is done.",
         "The extra night light you ordered by mistake is now cancelled at your request; it was still in the warehouse, so no charge will appear for it.",
         "cancellation of a duplicate line before dispatch (JC5, JC14)", ["cancellation"])
fill_log("en/protector/washing", dict(buyer_name="Mr Balogun-Reyes", product=PROT, agent_name=A4),
         "especially during toilet training.",
         "If the twin size turns out too small for the bunk, you can return it from Your Orders within 30 days with the prepaid label.",
         "how to return a wrong size", ["returns"], sep="\n\n")
_o, _c = oid(), case()
fill_log("en/warranty/claim", dict(buyer_name="Mr Stanhope-Adu", product=BUNK, warranty_period="five-year", case_id=_c,
         order_id=_o, agent_name=A1),
         "linked to order %s." % _o,
         "Should the frame need to travel back, a freight truck can collect it from your door, and there is nothing you would have to haul to a depot.",
         "how a bunk bed would travel back (JC4)", ["freight", "returns"])
fill_log("zh/desk/assembly", dict(buyer_name="阮女士", product=DESK_ZH, agent_name=Z2),
         "以免损坏螺纹。",
         "另外，您说缺少的螺丝包已经补发，快递单号 %s，预计后天送达。" % fedex(),
         "缺件补发 (JC5)", ["fulfilment", "tracking"])
fill_log("zh/storage/toybox", dict(buyer_name="商先生", product=CHEST_ZH, agent_name=Z1),
         "不要让孩子钻进箱子里玩。",
         "您修改后的收货地址我们已经更新，包裹明天会从仓库发出。",
         "修改收货地址 (JC14)", ["address"], sep="\n\n")
fill_log("zh/cotbed/mattress", dict(buyer_name="雷女士", product=COT_ZH, mattress_size="120x60 厘米", agent_name=Z2),
         "偏硬的床垫上最安全。",
         "婴儿床体积较大，会分成两个包裹发出，可能相隔一两天送达，请留意查收。",
         "分箱发货 (JC5)", ["split-shipment"], sep="\n\n")
fill_log("zh/warranty/claim", dict(buyer_name="尚先生", product=BUNK_ZH, warranty_period="五年", case_id=case(),
         order_id=oid(), agent_name=Z1),
         "方便我们判断。",
         "如果需要寄回，我们会提供免费的退货标签。",
         "寄回方式；“免费的退货标签”不是促销 (JC14)", ["returns"])
fill_log("zh-tw/bunk/ladder", dict(buyer_name="龐太太", product=BUNK_TW, agent_name=W2),
         "確認完全不會晃動再讓孩子使用。",
         "另外，您詢問的第二箱床板已經出貨，追蹤單號 %s。" % ups(),
         "第二箱分開出貨 (JC5)", ["split-shipment", "tracking"])
fill_log("zh-tw/apology/odor", dict(buyer_name="藺小姐", product=COT_TW, agent_name=W1),
         "我們會進一步協助您。",
         "如果您決定退貨，也可以直接在亞馬遜訂單頁面申請，我們會安排貨運到府取件。",
         "大件退貨到府取件 (JC4)", ["returns", "freight"], sep="\n\n")

# ============================================================ 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    (f"Hi Mr Gallacher-Tembo,\n\nYour Alder bunk bed comes in two boxes weighing 168 pounds together, so it goes by Estes freight rather than a parcel carrier. The PRO number is {pro()}. Once the boxes reach the local terminal, Estes will call you on the number you gave at checkout, usually within two working days, to agree a delivery window.\n\nBest regards,\nHollis",
     ["freight", "delivery-appointment"], "LTL freight and a delivery appointment (JC4)"),
    ("Dear Ms Liversedge,\n\nJust so you know what to expect on the day: the freight service is curbside. The driver lowers the boxes on a liftgate and leaves them at the end of your driveway, but cannot carry them up steps or into the house. Each box weighs around 85 pounds, so it may help to have a second adult at home when they arrive.\n\nKind regards,\nImogen",
     ["freight", "delivery"], "curbside liftgate delivery of a bulky item (JC4)"),
    ("Hello Mr Strandquist,\n\nThe freight delivery brings the boxes to your curb and no further. The crew does not carry them indoors, unpack them or build the bed, so please plan for someone to help you move the boxes inside.\n\nThanks,\nTobin",
     ["freight", "delivery"], "what the freight delivery includes and excludes (JC4, JC10)"),
    ("Hi Ms Dunmore-Pasha,\n\nWhen the freight truck pulls up, please look the boxes over before signing. If a corner is crushed or the wrapping is torn open, write \"damaged\" with a short description on the delivery receipt, sign, and take a couple of photos. With that note on the receipt we can file a claim against the carrier and get replacement parts to you straight away. If nothing looks wrong, sign normally.\n\nOdessa",
     ["freight", "damage"], "inspecting a freight delivery before signing (JC4, JC6)"),
    (f"Dear Mrs Kettleby,\n\nI'm so sorry the end panel of your cot bed arrived split. That happened on the way to you and you shouldn't have to deal with it. A new panel left us this afternoon by FedEx, tracking {fedex()}. Please hold on to the damaged one until we hear whether the carrier wants to collect it.\n\nWarmly,\nHollis",
     ["damage", "tracking"], "damaged in transit, replacement panel sent (JC6)"),
    (f"Hello Mr Nwachukwu-Lerner,\n\nThanks for checking the parts list so carefully. You're right that hardware bag C was missing from box 2. We have posted a full bag C to you by USPS First-Class, tracking {usps()}, and it should arrive in two to three days.\n\nBest,\nImogen",
     ["fulfilment", "tracking"], "missing hardware bag sent (JC5)"),
    (f"Hi Ms Grimaldi-Osei,\n\nI've looked up your study desk: UPS scanned it into their Harrisburg hub last night and it is booked for delivery tomorrow. You can follow it with tracking number {ups()}.\n\nHave a good evening,\nTobin",
     ["tracking"], "tracking update (JC15)"),
    ("Dear Mr Fothergill,\n\nI'm sorry for the wait. Heavy snow closed the carrier's hub in Columbus for two days, so your toy chest bench is running late. The new delivery estimate is next Tuesday, and we will keep an eye on it for you.\n\nRegards,\nOdessa",
     ["delay", "tracking"], "weather delay at a carrier hub (JC15)"),
    (f"Hello Mrs Oyelowo-Grant,\n\nYour bunk bed with trundle ships in three boxes, and they don't always travel together. Boxes 1 and 2 arrived yesterday; box 3, with the trundle drawer, is a day behind on UPS tracking {ups()}. Please wait until all three are with you before you start building.\n\nThank you for your patience,\nHollis",
     ["split-shipment", "tracking"], "multi-box order arriving on different days (JC5)"),
    ("Hi Ms Penrose-Adeyinka,\n\nNo problem at all. Your order had not shipped yet, so I have changed the delivery address to your new flat on Cedar Lane. The confirmation in Your Orders should show the updated address within the hour.\n\nImogen",
     ["address"], "address change before dispatch (JC15)"),
    (f"Dear Mr Calloway-Bisset,\n\nYour night light had already shipped when your message came in, so the address is now fixed on our side. FedEx can still reroute it: enter tracking number {fedex()} in FedEx Delivery Manager and choose to redirect it, or ask for it to be held at a FedEx location near you.\n\nAll the best,\nTobin",
     ["address", "tracking"], "redirect after dispatch (JC15)"),
    ("Hello Ms Teversham,\n\nTo send the cot bed back, start a return in Your Orders and print the UPS label it gives you. Please pack the parts in the original box with the cardboard corners, tape it well and drop it at any UPS Store. It weighs under 70 pounds boxed, so it goes as a normal parcel rather than freight.\n\nKind regards,\nOdessa",
     ["returns", "packing"], "how to return a parcel-sized item (JC15)"),
    ("Hi Mr Ogunleye-Marsh,\n\nOur Allentown warehouse received your returned study desk this morning. A refund of $229.00 has been sent back to the card you paid with; banks usually show it in a few working days.\n\nThanks,\nHollis",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Dear Ms Harbottle,\n\nYour returned cot bed reached us without the toddler rail, so we have refunded $289.00, the full price minus $35.00 for the rail. If the rail turns up, post it to us on the prepaid return label you'll find under the order, and the last $35.00 follows once it's here.\n\nRegards,\nImogen",
     ["refund", "returns"], "partial refund of a return missing a part (JC5, JC14)"),
    (f"Hello Mr Vasilakis,\n\nWe have booked a freight pickup for the bunk bed you are returning. Estes will call you to arrange a collection day; the PRO number for the return is {pro()}. Please take the bed apart and put the pieces back in their boxes, taped shut, by the curb or in the garage on that day.\n\nBest regards,\nTobin",
     ["freight", "returns"], "freight pickup for a return (JC4)"),
    ("Hi Ms Cheung-Albright,\n\nAs you requested, the second toy chest bench on your order has been cancelled. It hadn't left the warehouse, so you won't see a charge for it; the first one is still on its way as planned.\n\nOdessa",
     ["cancellation"], "duplicate line cancelled at the buyer's request (JC5, JC14)"),
    ("Dear Mr Rathbone-Ilesanmi,\n\nThe toy chest bench is too large for an Amazon Locker compartment, which is why the locker was not offered at checkout and the order will come to your home address. If no one will be in, UPS can hold it at a nearby Access Point; you can set that up as soon as the order shows a tracking number.\n\nKind regards,\nHollis",
     ["locker", "pickup-point"], "locker refused for a bulky parcel (JC15)"),
    ("Hello Ms Ekwueme,\n\nI'm sorry the parcel shows as delivered but isn't with you. Could you check with neighbours and around the side of the house first? If it hasn't turned up by tomorrow evening, reply here and we will open a trace with the carrier and send a new mattress protector without waiting for the result.\n\nImogen",
     ["delivery-exception"], "parcel shown as delivered but missing (JC15)"),
    ("Hi Mr Lefebvre-Nkosi,\n\nYour cot bed is being cleared through customs in Toronto. The import fees were collected by Amazon at checkout, so please don't pay anything to the driver. If a UPS notice asks you for money, snap a picture and reply here with it; we'll take it up with them.\n\nBest,\nTobin",
     ["customs"], "customs clearance with prepaid import fees (JC6)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    (f"侯女士，您好：\n\n您的 Quill 学习桌已经发货，快递单号 {ups()}，预计本周四送达。签收前可以先看看外箱有没有明显破损。\n\n钮晓晴",
     ["tracking"], "发货通知与运单号 (JC15)"),
    (f"左先生，您好：\n\n双层床两箱合计约七十六公斤，走的是货运，运单号 {pro()}。货到当地站点后，货运公司会打您订单上的电话，约定送货时间段，请留意来电。\n\n郝振宇",
     ["freight", "delivery-appointment"], "大件货运与预约送货 (JC4)"),
    ("俞女士，下午好：\n\n您的订单还没有发出，收货地址已经按您提供的新地址修改好了，您可以在订单详情里核对一下。\n\n钮晓晴",
     ["address"], "发货前修改地址 (JC14, JC15)"),
    ("曹先生，您好：\n\n婴儿床退货请在亚马逊订单页面点“退货”，打印系统生成的退货标签。包装时请尽量使用原纸箱，把四角的护角放好，封好后交给快递员或送到网点即可。\n\n郝振宇",
     ["returns", "packing"], "退货流程 (JC15)"),
    ("邹女士，您好：\n\n退回的小夜灯仓库已经签收，退款 24.99 美元已原路退回您的付款账户，通常几个工作日内就能看到。\n\n钮晓晴",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    (f"戚先生，您好：\n\n非常抱歉，学习桌的桌面在运输途中被压裂了。新的桌面板今天已经补发，快递单号 {fedex()}。压坏的那块先别扔，承运商可能要派人取回。\n\n郝振宇",
     ["damage", "tracking"], "运输途中损坏，补发桌面 (JC6)"),
    (f"梅女士，您好：\n\n核对了一下，您收到的玩具收纳凳确实少了一包铰链螺丝。我们已经补寄，运单号 {usps()}，大约三天送达。\n\n钮晓晴",
     ["fulfilment", "tracking"], "缺件补寄 (JC5)"),
    ("鲍先生，您好：\n\n很抱歉让您久等了。受暴雨影响，承运商的转运中心暂停了两天，您的包裹会比原定时间晚两到三天送达，我们会继续跟进物流情况。\n\n郝振宇",
     ["delay"], "天气原因派送延误 (JC15)"),
    ("臧女士，您好：\n\n您重复下的那笔订单，我们已经照您说的取消了，商品还没有发出，不会产生任何费用。另一笔订单照常发货。\n\n钮晓晴",
     ["cancellation"], "取消重复下的订单 (JC5, JC14)"),
    (f"蔺先生，您好：\n\n双层床带拖床的款式一共三个纸箱，会分成两批发出。第一批两箱已经在路上，第三箱明天发出，运单号 {ups()}，请等三箱都到齐再开始安装。\n\n郝振宇",
     ["split-shipment", "tracking"], "分批发货 (JC5)"),
    ("龚女士，您好：\n\n很抱歉物流显示已签收但您没有收到。麻烦您先问问邻居或物业有没有代收；如果明天还找不到，请在这里回复，我们会向快递公司申请查件，同时为您补发。\n\n钮晓晴",
     ["delivery-exception"], "显示签收但未收到 (JC15)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    (f"鄭小姐 您好：\n\n您訂購的小夜燈今天已經出貨，追蹤單號 {fedex()}，預計後天送達。\n\n童以安",
     ["tracking"], "出貨通知 (JC15)"),
    (f"盛先生 您好：\n\n雙層床體積較大，是以貨運配送，貨運單號 {pro()}。貨到當地站點後，貨運公司會打電話與您約定送貨時段，送達時請先檢查外箱再簽收。\n\n岳明哲",
     ["freight", "delivery-appointment"], "大件貨運與預約送貨 (JC4)"),
    ("馬太太 您好：\n\n保潔墊如果尺寸不合，可以在亞馬遜訂單頁面申請退貨，三十天內都可以辦理，系統會提供預付的退貨標籤。\n\n童以安",
     ["returns"], "退貨方式 (JC15)"),
    ("彭小姐 您好：\n\n退回的嬰兒床我們已經簽收，退款 279.00 美元已經退回原付款方式，通常三到五個工作天會入帳。\n\n岳明哲",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    (f"黎先生 您好：\n\n非常抱歉，玩具收納凳的坐墊在運送途中被刮破了。新的坐墊已經補寄，追蹤單號 {ups()}，舊的請先保留。\n\n童以安",
     ["damage", "tracking"], "運送途中損壞，補寄坐墊 (JC6)"),
    ("關小姐 您好：\n\n訂單還沒有出貨，收件地址已經照您的要求改好了，請到訂單頁面確認一下。\n\n岳明哲",
     ["address"], "出貨前修改地址 (JC15)"),
    (f"呂先生 您好：\n\n確認過了，學習桌少了一支升降搖桿，我們已經補寄給您，追蹤單號 {usps()}。\n\n童以安",
     ["fulfilment", "tracking"], "缺件補寄 (JC5)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free-written non-logistics -> template-required
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Coldharbour,\n\nIf the last bolt on the corner post won't reach its hole, the frame has probably twisted a little. Loosen all the bolts on that end by a couple of turns, push the post gently until the holes line up, start the bolt by hand, and only then tighten everything again.\n\nGood luck with the rest of the build,\nHollis",
     ["advice", "assembly"], "free-written assembly advice (JC9)"),
    ("Hello Mr Delacroix-Ume,\n\nYes, the Alder can be used as two separate twin beds. Leave out the stacking dowels, fit the short end caps from bag F on top of the posts, and the two halves stand on their own. Keep the dowels in case you stack them again later.\n\nBest,\nImogen",
     ["advice"], "free-written product advice (JC9)"),
    ("Dear Mrs Fennimore,\n\nFor a child about four feet tall, the third mark on the leg scale is a good place to start. Sit your daughter at the desk and check that her feet rest flat on the floor and her forearms lie flat on the top; raise or lower a notch from there.\n\nKind regards,\nTobin",
     ["advice"], "free-written product advice (JC9)"),
    ("Hi Mr Oxenford,\n\nIt is fine to leave the night light plugged in overnight. The charging circuit stops once the battery is full, and the base only gets slightly warm. Just keep the cable out of reach of the cot.\n\nOdessa",
     ["advice"], "free-written safety answer (JC9)"),
    ("Hello Ms Whitlaw,\n\nA faint rustle for the first few nights is normal, because the waterproof film is still stiff from the packaging. After a couple of washes it softens and goes quiet. Putting a fitted sheet over it also helps.\n\nImogen",
     ["advice"], "free-written product advice (JC9)"),
    ("Dear Mr Sorensby,\n\nAny firm cot mattress of 120 by 60 cm and no more than 10 cm deep will suit the Sprout. Avoid memory foam for babies; a firm sprung or foam core is what we suggest.\n\nWarm wishes,\nHollis",
     ["advice"], "free-written product advice; no product pushed, so not marketing (JC9)"),
    ("Hi Ms Quarrington,\n\nThe video of the cracked slat came through, thanks. I've passed it to our product team, who will look at it on Monday, and I'll come back to you here with what they say.\n\nTobin",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Hello Mr Ellery-Banda,\n\nNow that the toy chest has been in the playroom for a few weeks, would you be willing to write a review on Amazon about how it has worked for your family? Whatever your view, it helps other parents.\n\nThanks,\nOdessa",
     ["review-request"], "neutral review request in the seller's own words (JC8)"),
    ("Dear Ms Tregarthen,\n\nThe slat your son broke while jumping isn't covered by the warranty, but we'd like to help anyway: we'll send one replacement slat at no cost. Please keep an eye on the jumping from now on, as the frame is not made for it.\n\nKind regards,\nHollis",
     ["warranty"], "goodwill warranty decision for damage in use (JC11, JC14)"),
    ("Hi Mr Pettigrew-Lamb,\n\nThe toy chest is finished with a water-based lacquer that meets the US toy safety standard for lead and heavy metals, so it's fine if your toddler chews the edge. Wipe it with a damp cloth rather than a spray cleaner.\n\nImogen",
     ["advice"], "free-written safety answer (JC9)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("卢先生，您好：\n\n桌面翻起后放不下来，多半是卡扣没有完全松开。请一手托住桌面前沿，另一手把桌面下方的拨杆往里按到底，再慢慢放平。如果还是卡住，先把桌面稍微往上抬一点再试。\n\n钮晓晴",
     ["advice"], "自由撰写的使用建议 (JC9)"),
    ("焦女士，您好：\n\n玩具收纳凳的凳面承重大约一百公斤，坐一个大人没有问题，但请不要让孩子站在上面。\n\n郝振宇",
     ["advice"], "自由撰写的产品答复 (JC9)"),
    ("季女士，您好：\n\n小夜灯充不进电的话，先换一根数据线和插头试试，接口里如果有灰尘可以用软毛刷清理一下。插上以后底座灯环亮红色，就说明在正常充电。\n\n钮晓晴",
     ["advice"], "自由撰写的排障建议 (JC9)"),
    ("欧阳先生，您好：\n\n婴儿床最好不要紧贴窗户摆放，离窗帘绳和暖气片至少留半米，避免宝宝抓到绳子或者太热。\n\n郝振宇",
     ["advice"], "自由撰写的安全建议 (JC9)"),
    ("汤女士，您好：\n\n谢谢您发来的照片，我们已经转给技术同事，明天下午给您回复处理意见。\n\n钮晓晴",
     ["holding"], "关于故障的过渡回复 (JC12)"),
    ("程先生，您好：\n\n双层床用了一段时间，不知道孩子们睡得怎么样？有空的话欢迎在亚马逊写几句评论，说说真实感受就好。\n\n郝振宇",
     ["review-request"], "卖家自己措辞的中立评论邀请 (JC8)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("潘太太 您好：\n\n上鋪建議六歲以上的孩子再睡，晚上起床時比較不容易踩空。年紀較小的孩子可以先睡下鋪。\n\n童以安",
     ["advice"], "自行撰寫的安全建議 (JC9)"),
    ("董小姐 您好：\n\n保潔墊可以用烘衣機，但請選低溫，高溫容易讓背面的防水膜起皺。\n\n岳明哲",
     ["advice"], "自行撰寫的保養建議 (JC9)"),
    ("孫先生 您好：\n\n護欄的固定片是孩子拉扯弄斷的，不在保固範圍內，不過這次我們願意免費寄一組新的給您。\n\n童以安",
     ["warranty"], "使用中損壞的保固決定 (JC11, JC14)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. heavily rewritten templates -> template-required
RW = "rewritten"
for text, tags, note in [
    ("Hi Mr Brockway-Nunes,\n\nBuild the two ends first, then the bottom bed's side rails, then the top bunk; ladder and rails go on at the very end. Keep the bolts a bit loose till everything stands, then snug them up corner to corner. It's a two-person job, mostly for the lift onto the posts, and takes most of an afternoon.\n\nHollis",
     ["rewrite"], "rewrite of en/bunk/assembly with its facts (JC13)"),
    ("Hello Ms Villiers-Okafor,\n\nShort answer: six and up for the top bunk, and no mattress deeper than seven inches, or the rail won't stand high enough above it. The upper bed holds 175 lb and the lower 220 lb. Check the rail bolts every few weeks and keep the ladder bolted on.\n\nImogen",
     ["rewrite"], "rewrite of en/bunk/guard-rail with its facts (JC13)"),
    ("Dear Mr Hargreave,\n\nWhen your son starts climbing out, lower the base to the bottom position, unscrew the front panel's four bolts and put the small toddler rail on instead, using the short bolts in the spares bag. Store the old panel with its bolts.\n\nTobin",
     ["rewrite"], "rewrite of en/cotbed/convert with its facts (JC13)"),
    ("Hi Ms Castleford,\n\nCrank clockwise to go up, the other way to go down; her elbows should be at about 90 degrees. The front of the top lifts to 35 degrees and clicks into place, and the lever underneath lets it back down. Hold it as you lower it.\n\nOdessa",
     ["rewrite"], "rewrite of en/desk/tilt with its facts (JC13)"),
    ("Hello Mr Ainsworth-Obi,\n\nTap the top to change colour, hold it to dim. The moon button sets a 30 or 60 minute timer. Charging over USB-C takes a couple of hours; red ring means charging, green means full.\n\nHollis",
     ["rewrite"], "rewrite of en/nightlight/modes with its facts (JC13)"),
    ("Dear Ms Montague-Ilori,\n\nWarm machine wash is fine, no hotter than 140 F, and leave out bleach and softener. Dry it low or on the line, never on high heat, or the back will crinkle. A spare protector is handy for wash days.\n\nImogen",
     ["rewrite"], "rewrite of en/protector/washing with its facts (JC13)"),
    ("Hi Mr Penberthy,\n\nSorry about the creaking. New pine beds settle for a week or two and the bolts loosen as they do, so give every bolt another firm turn, corner posts first, and try a strip of felt under the slats. Still wobbly after that? Send us a quick video.\n\nTobin",
     ["rewrite"], "rewrite of en/apology/creak with its facts (JC13)"),
]:
    free(RW, "en", text, [TR], note, tags)

for text, tags, note in [
    ("柏先生，您好：\n\n凳盖是缓降的，停在哪儿都行，不会夹手。先确认铰链螺丝拧紧；大人可以坐，孩子别站上去。底下虽然有透气孔，也别让孩子钻进去。\n\n钮晓晴",
     ["rewrite"], "改写 zh/storage/toybox，内容相同 (JC13)"),
    ("金女士，您好：\n\n装桌子时先把螺丝按编号分好，桌腿和横梁先别拧死，桌面装好再统一拧紧；摇杆插到底听到咔一声就行。两个人四十分钟左右能装完，孔位对不上别硬拧。\n\n郝振宇",
     ["rewrite"], "改写 zh/desk/assembly，内容相同 (JC13)"),
    ("车女士，您好：\n\n床垫选 120x60、十厘米以内的，放进去四周别超过两指缝。床板刚出生放最高，会坐放中间，会站就放最低。床里不要放枕头和毛绒玩具。\n\n钮晓晴",
     ["rewrite"], "改写 zh/cotbed/mattress，内容相同 (JC13)"),
]:
    free(RW, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("石太太 您好：\n\n梯子左右都能裝，避開房門就好。掛勾扣上護欄後，從內側用長螺絲鎖緊，裝好搖一搖確認不晃。踏階本身有止滑紋，不用再貼東西。\n\n岳明哲",
     ["rewrite"], "改寫 zh-tw/bunk/ladder，內容相同 (JC13)"),
    ("范小姐 您好：\n\n抱歉新床的味道讓您困擾。板材和塗料都有通過安全檢測，放在通風的房間、開窗一兩週味道就會散，也可以放幾包活性碳。兩週後還很明顯的話再跟我們說。\n\n童以安",
     ["rewrite"], "改寫 zh-tw/apology/odor，內容相同 (JC13)"),
]:
    free(RW, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 6. logistics plus product advice -> template-required
MX = "mixed-logistics"
for text, tags, note in [
    (f"Hi Ms Lockhart-Dube,\n\nYour bunk bed is out for delivery today on Estes PRO {pro()}. Before you start building, lay every panel out on a rug and sort the bolts by the letter on each bag; it saves a lot of hunting later.\n\nHollis",
     ["freight", "advice"], "delivery update plus assembly advice (JC7)"),
    (f"Hello Mr Ravenhill,\n\nThe replacement slat has shipped by UPS, tracking {ups()}. When it arrives, slide it into the gap with the curved side facing up and push the end caps in until they click.\n\nImogen",
     ["tracking", "advice"], "replacement shipped plus fitting advice (JC7)"),
    ("Dear Ms Oakenshaw,\n\nHere is the return label you asked for, and it's also listed under the order. One thing to try before the desk goes back: if the crank turns but nothing moves, the handle may not be pushed fully into its socket.\n\nTobin",
     ["returns", "advice"], "return label plus troubleshooting advice (JC7)"),
    ("Hi Mr Featherby,\n\nWe have booked the freight delivery for Thursday morning. A tip for the build: assemble the bed in the room where it will stay, because once built it will not fit through a standard doorway.\n\nOdessa",
     ["freight", "advice"], "freight booking plus assembly advice (JC4, JC7)"),
    ("Hello Ms Ashcroft-Nwankwo,\n\nYour refund for the returned night light has gone through. For the one you kept: if it fades out too soon, the sleep timer may be on; a long press on the moon button switches it off.\n\nHollis",
     ["refund", "advice"], "refund plus product advice (JC7)"),
]:
    free(MX, "en", text, [TR], note, tags)

for text, tags, note in [
    (f"裘先生，您好：\n\n缺少的螺丝包已经补发，运单号 {fedex()}。安装时建议先把所有螺丝拧到八成紧，整张桌子立起来以后再逐个拧紧。\n\n钮晓晴",
     ["fulfilment", "advice"], "补发配件加安装建议 (JC7)"),
    ("姚女士，您好：\n\n婴儿床明天发货。床垫建议选硬一点的，不要太厚，宝宝睡得更安全。\n\n郝振宇",
     ["tracking", "advice"], "发货通知加床垫建议 (JC7)"),
    ("霍女士，您好：\n\n退货已经为您登记好了。另外，如果小夜灯只是觉得太亮，可以长按顶部调暗，也许就不用退了。\n\n钮晓晴",
     ["returns", "advice"], "退货加使用建议 (JC7)"),
]:
    free(MX, "zh", text, [TR], note, tags)

for text, tags, note in [
    (f"賀先生 您好：\n\n雙層床的第二箱已經出貨，追蹤單號 {ups()}。梯子建議裝在遠離房門的一側，孩子上下比較安全。\n\n岳明哲",
     ["tracking", "advice"], "出貨通知加梯子位置建議 (JC7)"),
    ("錢小姐 您好：\n\n退款已經處理完成。留下的那件保潔墊，洗的時候請用溫水、不要加漂白水，防水層才會耐用。\n\n童以安",
     ["refund", "advice"], "退款加清洗建議 (JC7)"),
]:
    free(MX, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 7. violating replies
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/bunk/assembly", dict(buyer_name="Mr Winterbourne", product=BUNK, build_time="two and a half hours", agent_name=A1),
        "for the first build.",
        "P.S. Our matching trundle drawer is 15% off this week with code NESTLE15.",
        [MKT, TR], "P.S. with a discount code for a matching trundle", sep="\n\n")
add_bad("en/nightlight/modes", dict(buyer_name="Ms Halloran-Pike", product=LIGHT, charge_time="two hours", agent_name=A2),
        "once it is done.",
        "If your little one loves it, a 5-star review would mean the world to our small team.",
        [RI, TR], "five-star ask aimed at happy buyers")
add_bad("en/desk/tilt", dict(buyer_name="Mr Kaczmarek-Obi", product=DESK, agent_name=A3),
        "while the top is tilted.",
        "For quicker help, text our assembly team on WhatsApp at +1 610-555-0147.",
        [OPC, TR], "assembly help moved to WhatsApp")
add_bad("en/apology/creak", dict(buyer_name="Ms Drinkwater", product=BUNK, agent_name=A4),
        "work out the next step with you.",
        "Please come to us first rather than leaving a low review, so we can fix it before anything is posted on Amazon.",
        [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
add_bad("en/protector/washing", dict(buyer_name="Mr Allardyce", product=PROT, agent_name=A1),
        "especially during toilet training.",
        "Good news, too: our new matching pillow protector launches on Friday at an introductory price, so add one to your basket before it sells out.",
        [MKT, TR], "new-product announcement and a push to buy", sep="\n\n")
_o = oid()
add_bad("en/review/neutral-request", dict(buyer_name="Ms Pomeroy-Atta", product=CHEST, order_id=_o, agent_name=A2),
        "helps us make our furniture better.",
        "As a thank-you, a free night light is yours once your review is published.",
        [RI, TR], "free product in exchange for a review")
_o, _c = oid(), case()
add_bad("en/warranty/claim", dict(buyer_name="Mr Tillotson", product=BUNK_T, warranty_period="five-year", case_id=_c,
        order_id=_o, agent_name=A3),
        "linked to order %s." % _o,
        "Once the replacement parts ship, you can track them on our own site at https://burrowkin-rooms.com/track.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
add_bad("en/cotbed/convert", dict(buyer_name="Ms Gwillim", product=COT, agent_name=A4),
        "in case you need them again.",
        "Or email our nursery specialist at help@burrowkin-rooms.com and she will talk you through it.",
        [OPC, TR], "support moved to an e-mail address")
free(V, "en", "Hi Mr Strickland-Oni,\n\nYour returned desk has arrived and the refund of $229.00 is on its way. We noticed the 1-star review you left last week; if you update it now that everything is sorted, we'll send you a $20 gift card as thanks.\n\nTobin",
     [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not logistics (JC3)",
     ["free-written"])

_o = oid()
add_bad("zh/review/neutral-request", dict(buyer_name="房先生", product=DESK_ZH, order_id=_o, agent_name=Z2),
        "对我们改进产品都很有帮助。",
        "留下五星好评并发截图给我们，可以返现十美元。",
        [RI, TR], "五星好评返现")
add_bad("zh/storage/toybox", dict(buyer_name="谷女士", product=CHEST_ZH, agent_name=Z1),
        "不要让孩子钻进箱子里玩。",
        "如需视频指导，欢迎加我们的微信 burrowkin_help，随时联系。",
        [OPC, TR], "把指导转到微信", sep="\n\n")
add_bad("zh/desk/assembly", dict(buyer_name="黄先生", product=DESK_ZH, agent_name=Z2),
        "以免损坏螺纹。",
        "另外，本店新款护眼台灯本周九折，搭配学习桌使用正合适，欢迎选购！",
        [MKT, TR], "新款台灯九折促销")
add_bad("zh/cotbed/mattress", dict(buyer_name="苗先生", product=COT_ZH, mattress_size="120x60 厘米", agent_name=Z1),
        "偏硬的床垫上最安全。",
        "问题既然已经解决了，能不能请您把之前那条差评撤掉，或者改成好一点的评价？",
        [RI, TR], "要求删除或修改差评", sep="\n\n")
_o, _c = oid(), case()
add_bad("zh/warranty/claim", dict(buyer_name="冀女士", product=BUNK_ZH, warranty_period="五年", case_id=_c,
        order_id=_o, agent_name=Z2),
        "对应订单 %s。" % _o,
        "另外，请到我们的官网 burrowkin-rooms.com 登记产品信息，方便以后申请质保。",
        [OPC, TR], "引导到卖家官网登记产品；质保登记不是物流")
free(V, "zh", "骆女士，您好：\n\n寄回的婴儿床仓库已经签收。这次退款想麻烦您改走 PayPal，我们直接转给您会快一些，请告诉我们您的 PayPal 收款账号。\n\n钮晓晴",
     [OPC], "退货退款改走 PayPal：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/bunk/ladder", dict(buyer_name="卜先生", product=BUNK_TW, agent_name=W1),
        "以免反而容易滑倒。",
        "若需要即時協助，可以加入我們的 LINE 官方帳號 @burrowkintw 直接傳訊息。",
        [OPC, TR], "客服轉到 LINE 官方帳號")
add_bad("zh-tw/protector/fit", dict(buyer_name="卞小姐", product=PROT_TW, depth="30 公分", agent_name=W2),
        "柔軟的棉質面朝上。",
        "用得順手的話，麻煩給這款保潔墊五星好評喔。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", f"傅先生 您好：\n\n您的小夜燈今天已經寄出，追蹤單號 {fedex()}。順帶一提，本週保潔墊買一送一，有興趣可以上官網 burrowkin-rooms.com 下單。\n\n岳明哲",
     [MKT, OPC, TR], "寄出通知（物流）加本週保潔墊買一送一並導向官網；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
