# -*- coding: utf-8 -*-
"""Labelled seller replies of t78 (imported by gen.py). Every text was written for this set.

One call adds one reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. A JCn in a note refers to the judgement calls listed in README.md and gen.py.
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


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template and apply (old, new) edits; each `old` must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(paras) != 1:
        raise SystemExit("wrap: %d paragraphs start with %r in %s" % (len(paras), starts, tid))
    return (paras[0], textwrap.fill(paras[0], width))


def swap(first, second, sep=" "):
    """Edit: exchange two adjacent sentences."""
    return (first + sep + second, second + sep + first)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def plus(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    """A fill with one sentence added after `anchor`."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ staff and products (all invented)
E1, E2, E3, E4 = "Imogen Saltmarsh", "Desmond Oyinlola-Grant", "Hattie Lindwurm", "Casimir Brookes-Adu"
Z1, Z2 = "蒲晓岩", "冼雨桐"
W1, W2 = "甄韻如", "聞立衡"
CC = "Hazelbrook Chickadee Cottage cedar birdhouse"
BL = "Hazelbrook Bluebird Lodge nest box"
OWL = "Hazelbrook Owlet Roost screech-owl box"
BAT = "Hazelbrook Duskwing bat house"
POLE = "Hazelbrook Steadfast mounting pole"
BAF = "Hazelbrook Guardcone predator baffle"
FTN = "Hazelbrook Brookdip solar bird-bath fountain"
PEB = "Hazelbrook Pebblecrest Grand cast-stone bird bath"
BR = "Hazelbrook Nestsweep cleaning brush set"
CC_LONG = ("Hazelbrook Chickadee Cottage Cedar Birdhouse for Outside, 1-1/8 Inch Entrance for Chickadees, Wrens and "
           "Titmice, Swing-Down Clean-Out Door, Drainage and Vent Holes, Handmade in Oregon, Hang or Post Mount")
BAT_LONG = ("Hazelbrook Duskwing Bat House for Outdoors, Two-Chamber Western Red Cedar Bat Box, 24 x 17 Inches, "
            "Grooved Landing Strip, Holds up to 150 Bats, Pole or Wall Mount")
FTN_LONG = ("Hazelbrook Brookdip Solar Bird Bath Fountain Pump with Battery Backup, 3.5W Glass Panel, 6 Spray Nozzles, "
            "Ground Stake and Suction Cups, Keeps Running After Sunset")
PEB_LONG = ("Hazelbrook Pebblecrest Grand Cast Stone Pedestal Bird Bath, 26 Inch Basin, Weathered Granite Finish, "
            "Frost-Resistant Sealant, Three-Piece Set for Garden and Patio")
FTN_ZH = "Hazelbrook Brookdip 太阳能鸟浴喷泉"
FTN_ZH_LONG = "Hazelbrook Brookdip 太阳能鸟浴喷泉 带蓄电池 3.5瓦玻璃太阳能板 六种喷头 地桩加吸盘 日落后继续喷水 花园鸟浴盆专用"
BAF_ZH = "Hazelbrook Guardcone 防攀爬挡板"
CC_ZH = "Hazelbrook 山雀小屋雪松木鸟屋"
BL_ZH = "Hazelbrook 蓝鸲巢箱"
BAT_ZH = "Hazelbrook Duskwing 蝙蝠屋"
PEB_ZH = "Hazelbrook Pebblecrest 石材鸟浴盆"
POLE_ZH = "Hazelbrook Steadfast 安装杆"
CC_TW = "Hazelbrook 山雀小屋紅雪松鳥屋"
BL_TW = "Hazelbrook 藍鴝巢箱"
OWL_TW = "Hazelbrook 角鴞巢箱"
PEB_TW = "Hazelbrook Pebblecrest 石材鳥浴盆"
PEB_TW_LONG = "Hazelbrook Pebblecrest 大型石材鳥浴盆 六十六公分盆徑 仿花崗岩表面 防凍封層 三件式底座 庭院花園適用"
FTN_TW = "Hazelbrook Brookdip 太陽能鳥浴噴泉"

# ============================================================ 1. filled templates -> []
fill("en/birdhouse/placement", dict(buyer_name="Ms Abbington", birdhouse=CC, agent_name=E1), "exact fill")
fill("en/birdhouse/placement", dict(buyer_name="Mr Baptiste-Howe", birdhouse=CC_LONG, agent_name=E2),
     "the full listing title (about 200 characters) in the birdhouse slot; greeting changed (JC2)",
     edits=[("Hello Mr Baptiste-Howe,", "Good afternoon Mr Baptiste-Howe,")], tags=["greeting", "long-value"])
fill("en/birdhouse/placement", dict(buyer_name="Ms Calloway", birdhouse=CC, agent_name=E3),
     "a warm line about the buyer's granddaughter added after the greeting (JC2)",
     edits=[("Hello Ms Calloway,", "Hello Ms Calloway,\n\nIt sounds like a lovely first project to share with your granddaughter.")],
     tags=["warm-line"])
fill("en/birdhouse/cleaning", dict(buyer_name="Mr Dembele", birdhouse=BL, brush_set=BR, agent_name=E4), "exact fill")
_v = dict(buyer_name="Ms Everleigh", birdhouse=CC, brush_set=BR, agent_name=E1)
fill("en/birdhouse/cleaning", _v, "first and second paragraphs hard-wrapped at 68 columns, as pasted from a mail client (JC2)",
     edits=[wrap("en/birdhouse/cleaning", _v, "Good timing", 68), wrap("en/birdhouse/cleaning", _v, "Turn the brass", 68)],
     tags=["reflow"])
fill("en/birdhouse/cleaning", dict(buyer_name="Mr Fitzwarren", birdhouse=BL, brush_set=BR, agent_name=E2),
     "the two timing sentences of the first paragraph swapped (JC2)",
     edits=[swap("The right moment is after the last brood has flown, usually in late summer, or in early spring before the first pair moves in.",
                 "Never open a box while it holds eggs or chicks.")], tags=["reorder"])
fill("en/bathouse/siting", dict(buyer_name="Ms Gallacher", bat_house=BAT, agent_name=E3), "exact fill")
fill("en/bathouse/siting", dict(buyer_name="Mr Hemmingsen", bat_house=BAT_LONG, agent_name=E4),
     "listing title in the bat_house slot; sign-off turned into a warm line (JC2)",
     edits=[("Kind regards,", "Here's hoping for a busy summer of bats, and kind regards,")], tags=["long-value", "sign-off"])
fill("en/pole/assembly", dict(buyer_name="Ms Ilunga", pole=POLE, agent_name=E1), "exact fill")
fill("en/pole/assembly", dict(buyer_name="Mr Jablonski", pole=POLE, agent_name=E2),
     "one sentence split in two at its semicolon (JC2)",
     edits=[("keeps it upright; checking two sides", "keeps it upright. Checking two sides")], tags=["split"])
fill("en/pole/assembly", dict(buyer_name="Ms Kirkwood", pole=POLE, agent_name=E3),
     "the loose-soil sentence paraphrased with the same facts (JC2)",
     edits=[("Where the soil is loose or sandy, pack gravel or a bag of fast-setting concrete around the socket.",
             "If your soil is sandy or loose, firm it around the socket with gravel or a bag of quick-setting concrete.")],
     tags=["paraphrase"])
fill("en/fountain/troubleshoot", dict(buyer_name="Mr Lattimore", fountain=FTN, agent_name=E4), "exact fill")
fill("en/fountain/troubleshoot", dict(buyer_name="Ms Mbatha", fountain=FTN, agent_name=E1),
     "greeting changed and a sympathy line added (JC2)",
     edits=[("Hi Ms Mbatha,", "Hello Ms Mbatha,\n\nWhat a shame this started just as the dry spell brought so many birds to your garden.")],
     tags=["greeting", "warm-line"])
fill("en/fountain/troubleshoot", dict(buyer_name="Mr Nordqvist", fountain=FTN_LONG, agent_name=E2),
     "listing title in the fountain slot; second and third paragraphs run together (JC2)",
     edits=[("towards the south.\n\nPull the pump", "towards the south. Pull the pump")], tags=["long-value", "merge"])
fill("en/birdhouse/no-visitors", dict(buyer_name="Ms Oberholzer", birdhouse=CC, agent_name=E3), "exact fill")
fill("en/birdhouse/no-visitors", dict(buyer_name="Mr Pendergast", birdhouse=BL, agent_name=E4),
     "one phrase reworded and the sign-off changed (JC2)",
     edits=[("please write to us again", "please get back in touch"), ("Best wishes,", "Fingers crossed for spring,")],
     tags=["wording", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Ms Radcliffe-Moya", product=FTN, warranty_period="two years", case_id="HNC-204817",
     order_id="113-4827061-5539208", agent_name=E1), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Sauvageau", product=BAT, warranty_period="five years", case_id="HNC-205362",
     order_id="111-7390254-8126643", agent_name=E2),
     "the exclusions sentence paraphrased with the same five exclusions (JC2)",
     edits=[("Damage caused by woodpeckers, squirrels, a fall, freezing water or alterations to the product is not covered either.",
             "Nor does it cover harm done by woodpeckers, squirrels, a fall, freezing water or changes made to the product.")],
     tags=["paraphrase"])
fill("en/warranty/claim", dict(buyer_name="Ms Trelawney", product=PEB_LONG, warranty_period="three years",
     case_id="HNC-205790", order_id="114-0652738-9917402", agent_name=E3),
     "listing title in the product slot; the two sentences of the last paragraph swapped (JC2)",
     edits=[swap("To let us assess the problem, please reply in this thread with two or three photos that show it clearly and a line about when you first noticed it.",
                 "Your case number is HNC-205790 and it is linked to order 114-0652738-9917402.")],
     tags=["long-value", "reorder"])
fill("en/review/neutral-request", dict(buyer_name="Mr Uzoma", product=BL, order_id="112-8306145-2774910", agent_name=E4),
     "exact fill; the only review request on this order, and the thread holds no earlier praise (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Ms Vandersloot", product=FTN, order_id="113-5179420-6038851", agent_name=E1),
     "greeting and sign-off changed; the only review request on this order (JC2, JC9)",
     edits=[("Hi Ms Vandersloot,", "Good morning Ms Vandersloot,"), ("Thank you,", "With thanks from all of us,")],
     tags=["greeting", "sign-off"])
fill("en/holding/photos-received", dict(buyer_name="Mr Wetherell", product=BAF, reply_date="Thursday, May 14", agent_name=E2),
     "exact fill of the holding template (JC12)")
fill("en/holding/photos-received", dict(buyer_name="Ms Youngblood", product=PEB, reply_date="Monday", agent_name=E3),
     "a warm line about the buyer's garden added after the greeting (JC2, JC12)",
     edits=[("Hello Ms Youngblood,", "Hello Ms Youngblood,\n\nThe new flower bed around the bath looks wonderful in your pictures.")],
     tags=["warm-line"])

fill("zh/fountain/setup", dict(buyer_name="焦先生", fountain=FTN_ZH, agent_name=Z1), "exact fill")
fill("zh/fountain/setup", dict(buyer_name="芮女士", fountain=FTN_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 fountain 占位符，问候语改为下午好 (JC2)", edits=[("芮女士，您好：", "芮女士，下午好：")],
     tags=["greeting", "long-value"])
fill("zh/fountain/setup", dict(buyer_name="邝先生", fountain=FTN_ZH, agent_name=Z1),
     "结尾祝语换了一句 (JC2)", edits=[("祝您赏鸟愉快！", "愿您的院子天天有鸟来喝水！")], tags=["sign-off"])
fill("zh/baffle/fitting", dict(buyer_name="宓女士", baffle=BAF_ZH, agent_name=Z2), "exact fill")
fill("zh/baffle/fitting", dict(buyer_name="荣先生", baffle=BAF_ZH, agent_name=Z1),
     "问候后加一句体谅的话 (JC2)",
     edits=[("荣先生，您好：", "荣先生，您好：\n\n松鼠把鸟食吃个精光，还去扒鸟屋的门，确实让人头疼。")], tags=["warm-line"])
fill("zh/baffle/fitting", dict(buyer_name="蔺女士", baffle=BAF_ZH, agent_name=Z2),
     "措辞微调：“不必拧死”改为“不用拧得太紧” (JC2)", edits=[("不必拧死", "不用拧得太紧")], tags=["wording"])
fill("zh/warranty/claim", dict(buyer_name="栾先生", product=CC_ZH, warranty_period="两年", case_id="HNC-206114",
     order_id="111-2946083-7751026", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="桑女士", product=BAT_ZH, warranty_period="五年", case_id="HNC-206487",
     order_id="114-9015372-3368540", agent_name=Z2),
     "最后一段两句对调 (JC2)",
     edits=[swap("请在本对话中发两三张能看清问题的照片，并告诉我们大概是什么时候发现的。",
                 "您的售后编号是 HNC-206487，对应订单 114-9015372-3368540。", sep="")], tags=["reorder"])
fill("zh/review/neutral-request", dict(buyer_name="隋先生", product=BL_ZH, order_id="112-6638019-4420785", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，买家此前没有在对话中表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="谷女士", product=PEB_ZH, order_id="113-0427795-8863012", agent_name=Z2),
     "问候语改为早上好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("谷女士，您好：", "谷女士，早上好：")], tags=["greeting"])
fill("zh/holding/checking", dict(buyer_name="臧先生", product=FTN_ZH, reply_date="5月20日", agent_name=Z1),
     "exact fill of the holding template (JC12)")
fill("zh/holding/checking", dict(buyer_name="鲍女士", product=POLE_ZH, reply_date="周三", agent_name=Z2),
     "第二段从中间断开，分成两段 (JC2, JC12)",
     edits=[("两个工作日内给出意见。最晚", "两个工作日内给出意见。\n\n最晚")], tags=["reflow"])

fill("zh-tw/birdhouse/wood-care", dict(buyer_name="曹先生", birdhouse=CC_TW, agent_name=W1), "exact fill")
fill("zh-tw/birdhouse/wood-care", dict(buyer_name="夏小姐", birdhouse=BL_TW, agent_name=W2),
     "問候語改為早安 (JC2)", edits=[("夏小姐 您好：", "夏小姐 早安：")], tags=["greeting"])
fill("zh-tw/birdhouse/wood-care", dict(buyer_name="程太太", birdhouse=OWL_TW, agent_name=W1),
     "問候後加一句關於禮物的話 (JC2)",
     edits=[("程太太 您好：", "程太太 您好：\n\n聽說這是要送給您父親的生日禮物，真是貼心。")], tags=["warm-line"])
fill("zh-tw/birdbath/winter", dict(buyer_name="顧先生", birdbath=PEB_TW, agent_name=W2), "exact fill")
fill("zh-tw/birdbath/winter", dict(buyer_name="關小姐", birdbath=PEB_TW_LONG, agent_name=W1),
     "整段商品標題放進 birdbath 佔位符；第二段兩句以逗號合併 (JC2)",
     edits=[("避免雨水積在盆中。底座可以留在原處。", "避免雨水積在盆中，底座則可以留在原處。")],
     tags=["long-value", "merge"])
fill("zh-tw/birdbath/winter", dict(buyer_name="饒太太", birdbath=PEB_TW, agent_name=W2),
     "署名前加上祝福語 (JC2)", edits=[("漂白水。\n\n", "漂白水。\n\n祝 冬日平安\n")], tags=["sign-off"])
fill("zh-tw/birdhouse/hole-size", dict(buyer_name="衛小姐", birdhouse=CC_TW, agent_name=W1), "exact fill")
fill("zh-tw/birdhouse/hole-size", dict(buyer_name="費太太", birdhouse=BL_TW, agent_name=W2),
     "措辭微調 (JC2)", edits=[("也能把體型較大的鳥擋在外面", "同時把體型較大的鳥擋在門外")], tags=["wording"])
fill("zh-tw/holding/received", dict(buyer_name="華先生", product=FTN_TW, reply_date="5月22日", agent_name=W1),
     "exact fill of the holding template (JC12)")

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 applies to every row here; it joins a trailing (JCn) group when the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    plus(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/birdhouse/placement", dict(buyer_name="Mr Zielinski", birdhouse=CC, agent_name=E4),
         "carry in their own nesting material.",
         "Your Steadfast pole is travelling on its own from our Lexington warehouse; FedEx Ground has it under tracking 614832907715, with Tuesday as the expected delivery day.",
         "split-shipment tracking for the pole, as a paragraph of its own", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/fountain/troubleshoot", dict(buyer_name="Ms Ashworth", fountain=FTN, agent_name=E1),
         "to tell us what happens.",
         "If you would prefer a return, note that the built-in battery limits the fountain to UPS Ground: the parcel has to be handed over at The UPS Store or to a UPS driver in person, not posted at the post office.",
         "how a battery-powered fountain must travel back (JC4)", ["returns", "battery-rules"])
fill_log("en/pole/assembly", dict(buyer_name="Mr Birkett", pole=POLE, agent_name=E2),
         "in the hardware bag.",
         "That hardware bag was missing from your box, so a new one went out this morning by USPS First-Class Mail, tracking 9205590164318800427561.",
         "missing hardware sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Chaudhry-Wells", product=PEB, warranty_period="three years",
         case_id="HNC-207033", order_id="112-3094718-6650237", agent_name=E3),
         "linked to order 112-3094718-6650237.",
         "If the basin does need replacing, it will come to you on a pallet with Estes Express, whose local terminal will phone you first to agree a delivery day.",
         "how a 132-pound replacement would travel (JC5)", ["freight"])
fill_log("en/bathouse/siting", dict(buyer_name="Mr Dalrymple", bat_house=BAT, agent_name=E4),
         "through the first summer.",
         "We have also cancelled the extra bat house you ordered by mistake; it was still on the warehouse shelf, and its charge will not go through.",
         "a duplicate line cancelled before dispatch (JC6)", ["cancellation"])
fill_log("en/birdhouse/cleaning", dict(buyer_name="Ms Ekwueme", birdhouse=BL, brush_set=BR, agent_name=E1),
         "a sensible precaution.",
         "Because the handle of your brush set arrived snapped, a replacement set shipped today with UPS, tracking 1ZH7N42K0351672094, and there is no need to send the broken one back.",
         "replacement for a part broken in transit (JC6, JC7)", ["damage", "tracking"])
fill_log("zh/fountain/setup", dict(buyer_name="牛先生", fountain=FTN_ZH, agent_name=Z2),
         "傍晚还能再喷两到三个小时。",
         "清洁刷组走的是另一条路线：它从列克星敦仓库单独交给 USPS，运单号 9205590164318800519046，周五前后能到。",
         "同一订单分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/baffle/fitting", dict(buyer_name="佟女士", baffle=BAF_ZH, agent_name=Z1),
         "我们帮您确认能否安装。",
         "您说包装里少了一个卡箍，我们今天已经免费补发，UPS 运单号 1ZH7N42K0351703385。",
         "补发漏装的卡箍 (JC6, JC14)", ["fulfilment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="明先生", product=FTN_ZH, warranty_period="两年", case_id="HNC-207415",
         order_id="113-7702938-1254066", agent_name=Z2),
         "对应订单 113-7702938-1254066。",
         "要是工坊需要实物检测，预付退货面单会通过亚马逊发给您，运费不用您出；因为喷泉里有锂电池，包裹只能拿到 UPS 门店走陆运。",
         "寄回检测的面单与锂电池的运输限制 (JC4)", ["returns", "battery-rules"])
fill_log("zh/holding/checking", dict(buyer_name="池女士", product=CC_ZH, reply_date="周四", agent_name=Z1),
         "目前您不需要再做任何准备。",
         "另外，您第二笔订单的收货地址已经按您的要求改好，包裹还没有出库，会直接寄到新地址。",
         "另一笔订单改地址 (JC12, JC15)", ["address"])
fill_log("zh-tw/birdhouse/wood-care", dict(buyer_name="宋先生", birdhouse=CC_TW, agent_name=W2),
         "以免傷到雛鳥。",
         "另外，您後來加訂的清潔刷組也在今天交給 FedEx 了，單號 614832941108，週四應該就會到。",
         "加購品的追蹤單號", ["tracking"])
fill_log("zh-tw/birdbath/winter", dict(buyer_name="易小姐", birdbath=PEB_TW, agent_name=W1),
         "請不要使用清潔劑或漂白水。",
         "若最後要退貨，這麼重的石材盆不必您搬去寄，貨運公司會開車上門收件。",
         "大件退貨由貨運公司到府收件 (JC5)", ["freight", "returns"])

# ============================================================ 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Hollister,\n\nThe Brookdip fountain runs on a built-in lithium-ion battery pack, and our carriers accept it for ground transport only. That rules out APO and FPO addresses, which are served by air, so your order is on hold rather than shipped. If you give us a stateside address, such as a relative's home, we will send it there within one business day; otherwise we can cancel the order with a full refund.\n\nRegards,\nImogen",
     ["address", "battery-rules"], "the fountain's battery cannot go to an APO address (JC4)"),
    ("Hi Ms Gustafsson,\n\nWith its basin and two-piece pedestal the Pebblecrest Grand weighs 132 pounds, so it ships on a pallet with Estes Express instead of a parcel carrier. Your PRO number is 0473318265. Once the pallet reaches the Estes terminal nearest you, they will call you on the number you gave at checkout to agree a delivery day. The truck has a liftgate and the driver sets the pallet down at the curb or the end of your driveway, so it is worth having a hand truck or a helper ready.\n\nBest,\nDesmond",
     ["freight", "delivery-appointment"], "LTL freight and a delivery appointment (JC5, JC14)"),
    ("Dear Mr Fairclough,\n\nBefore you sign for the pallet, please take a minute to check it with the driver there. If the stretch wrap is torn, a corner is crushed, or you hear loose pieces moving, write \"possible damage\" and what you saw on the delivery receipt, sign it, and take a few photos. That line on the receipt is what lets us file a claim with Estes and send you a new bird bath straight away. If the pallet looks intact, sign as usual.\n\nHattie",
     ["freight", "damage"], "checking a freight delivery before signing (JC5, JC7)"),
    ("Hello Ms Iredale,\n\nUPS flagged your parcel this morning because the ZIP code on the order does not match the street address, and it is waiting at their Portland facility until that is cleared up. Could you reply with the full address, including the ZIP code and any apartment number? We will correct it with UPS today, and the parcel should be back on a truck the following business day.\n\nThanks,\nCasimir",
     ["delivery-exception", "address"], "delivery exception over a ZIP code; 'code' is not a discount code (JC14, JC15)"),
    ("Hi Mr Jankowski,\n\nThe Steadfast pole comes in a box just over 40 inches long, which is longer than an Amazon Locker compartment, so the locker you chose could not be used and the order has been switched to your home address. If no one will be home during the day, UPS can keep it for you at a nearby Access Point location; that option appears once the tracking number shows in Your Orders.\n\nImogen",
     ["locker", "pickup-point"], "an overlong box cannot go to a locker (JC15)"),
    ("Hello Ms Kavanagh-Oduro,\n\nAs you asked, FedEx is now holding your bat house at the FedEx counter inside the CVS on Willamette Street. Bring identification with your photo on it, and quote tracking number 614833052679 at the counter. The counter keeps parcels for seven days, after which FedEx returns the parcel to us and we refund your order in full.\n\nDesmond",
     ["pickup-point", "tracking"], "hold at a pickup counter in a pharmacy (JC14, JC15)"),
    ("Dear Mr Lowther,\n\nThe customs broker in Calgary has paused your nest boxes until we confirm what wood they are made of and where they were built. We have filed a corrected commercial invoice listing kiln-dried western red cedar, manufactured in the United States, and release usually follows within two business days. Amazon collected the import duties and taxes when you checked out, so if UPS presents a bill at the door, decline it and forward a picture of it to us here.\n\nHattie",
     ["customs"], "customs broker asks for the wood species; import fees prepaid (JC7)"),
    ("Hi Ms Mazzarella,\n\nThank you for the photos. Our team reviewed them this morning, and the split along the roof of your Chickadee Cottage clearly happened in transit. A replacement left our Eugene workshop today with UPS, tracking 1ZH7N42K0351788240. There is no need to send the damaged house back, and the replacement costs you nothing.\n\nCasimir",
     ["damage", "tracking"], "transit damage and a replacement; 'reviewed' refers to photos, not a product review (JC7, JC14)"),
    ("Hello Mr Nettleton,\n\nYou can start the return for the Brookdip fountain in Your Orders, and Amazon will give you a UPS Ground label. Please leave the battery inside the pump housing, pack the pump, panel and stake in the original carton with its cardboard dividers, and hand the parcel to a UPS driver or drop it at The UPS Store. Parcels containing lithium batteries must not go into unstaffed drop boxes.\n\nImogen",
     ["returns", "battery-rules", "packing"], "return of a battery-powered fountain (JC4)"),
    ("Hi Ms Oyelowo,\n\nYour returned Bluebird Lodge arrived at our Eugene workshop yesterday. We have refunded the full $64.99 to the card you paid with, and it normally appears on your statement within three to five business days.\n\nDesmond",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Dear Mr Pickering,\n\nThe Guardcone baffle you sent back reached us without its two-piece clamp. We have refunded $41.50 today, which is the price less $8.00 for the clamp. If the clamp turns up, a free return label for it is in Your Orders, and as soon as it reaches us the other $8.00 goes back to your card.\n\nHattie",
     ["refund", "returns"], "partial refund for a return missing a part (JC6, JC14)"),
    ("Hello Ms Quackenbush,\n\nFedEx collected your order from us yesterday, which means our system has locked the shipping address. FedEx can still reroute it: enter tracking number 614833118406 in FedEx Delivery Manager and choose to redirect the package, or ask them to hold it at a FedEx location near your new home. Rerouting can carry a modest FedEx fee.\n\nCasimir",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hi Mr Rasmussen-Ode,\n\nYour order is coming in two parcels from two warehouses. The Owlet Roost box left our Eugene workshop with UPS, tracking 1ZH7N42K0351820577, and is due on Monday. The mounting pole and baffle left Lexington with FedEx, tracking 614833164930, and should reach you on Wednesday.\n\nImogen",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Dear Ms Stallworth,\n\nWe have cancelled order 111-4473906-2085531, the duplicate you wrote to us about. It had not been packed, so no charge will reach your card, and your original order for the bat house is unaffected and on its way.\n\nDesmond",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC6, JC14)"),
    ("Hello Mr Threlkeld,\n\nYou mentioned that the bluebirds usually return to your meadow in the first week of March. Your nest box was due on March 6, so we have upgraded it to two-day shipping at no cost to you. It leaves our workshop this afternoon, and UPS now shows delivery on Friday, February 27.\n\nHattie",
     ["delivery", "upgrade"], "a shipping upgrade so the box arrives before the season; 'at no cost' is not an offer (JC14, JC15)"),
    ("Hi Ms Underhill,\n\nI'm sorry, our packers sent you a Chickadee Cottage when you had ordered the Bluebird Lodge. The Bluebird Lodge ships today by FedEx, tracking 614833207714. A prepaid return label for the Chickadee Cottage is waiting in Your Orders, and you have 30 days to drop it off.\n\nCasimir",
     ["fulfilment", "returns"], "wrong model sent, and its return (JC6)"),
    ("Dear Mr Villeneuve,\n\nYour bat house will go to your father's address in Bend, as entered on the order, and the packing slip will carry your gift message without any prices. A gift receipt is in the box, so he can return or exchange it through Amazon if he ever needs to.\n\nImogen",
     ["gift", "address"], "gift delivery to another address (JC15)"),
    ("Hello Ms Wojcik,\n\nThe delivery photo FedEx took shows a blue door and a brick step, which does not match the house you describe. We have asked FedEx to trace the parcel, and so that you are not left waiting we sent a second fountain today, tracking 614833251187. Should the first parcel show up after all, tell us here and a prepaid return label for it will be on its way.\n\nDesmond",
     ["delivery", "tracking"], "delivered to the wrong door (JC14, JC15)"),
    ("Hi Mr Yardley,\n\nThank you for letting us know that a pair of house wrens has already started nesting in the Chickadee Cottage you wanted to send back. We have extended the return window on order 114-2381607-9046125 to August 31, so the return can wait until the box is empty. The prepaid UPS label in Your Orders stays valid until then.\n\nHattie",
     ["returns", "nesting"], "return window extended because of an active nest; no advice on the nest itself (JC11)"),
    ("Hello Ms Zamora-Lutz,\n\nUnder warranty case HNC-208150, a new pump for your Brookdip fountain left our Lexington warehouse today by USPS Priority Mail, tracking 9205590164318800631872, and should arrive on Thursday. You do not need to return the old pump.\n\nCasimir",
     ["warranty-part", "tracking"], "shipping notice for a warranty replacement part (JC16)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("靳先生，您好：\n\nBrookdip 太阳能喷泉内置锂电池，承运商只接受陆路运输。军邮 APO/FPO 地址需要空运，所以订单暂时没有发出。如果您能提供一个美国本土的收货地址，比如亲友家里，我们会在一个工作日内发货；也可以为您取消订单并全额退款。\n\n蒲晓岩",
     ["address", "battery-rules"], "喷泉电池不能寄往军邮地址 (JC4)"),
    ("查女士，您好：\n\nPebblecrest 大号石材鸟浴盆连盆带底座重一百三十二磅，由 Estes Express 货运公司用托盘配送，PRO 号 0473318702。托盘到达您附近的货运站后，对方会按订单上的电话联系您约定送货日期。货车配有尾板，司机会把托盘放在路边或车道口，建议提前准备手推车或请人帮忙搬运。\n\n冼雨桐",
     ["freight", "delivery-appointment"], "托盘货运与预约送货 (JC5)"),
    ("党先生，您好：\n\nFedEx 的司机今天早上到了您的小区，但订单上只写了楼号，没有写单元和房间号，包裹没能投递。麻烦您把完整的门牌信息发给我们，如果楼门不好找，也可以顺便说明一下位置。我们收到后马上通知 FedEx，他们会在下一个工作日再送一次。\n\n蒲晓岩",
     ["delivery-exception", "address"], "派送异常，补充单元号 (JC15)"),
    ("沙女士，您好：\n\nSteadfast 安装杆的箱子有一百多厘米长，亚马逊自提柜的格子装不下，您下单时选的自提柜因此被系统退回，包裹会改送到订单上的住家地址。白天如果没人签收，运单号生成后，您可以请 UPS 把它转到附近的 UPS Access Point 代收店，下班后再去取。\n\n冼雨桐",
     ["locker", "pickup-point"], "包装太长，自提柜放不下 (JC15)"),
    ("蒙先生，您好：\n\n您的巢箱正卡在埃德蒙顿等待清关，报关行要我们补报木材的品种和产地。更正后的商业发票今天上午已经提交，写明是窑干北美红雪松、美国制造，UPS 估计两个工作日内可以放行。加拿大的进口税费您下单时已经付给亚马逊了，送货时如果有人找您收钱，请不要付，把单子拍照发给我们，由我们来处理。\n\n蒲晓岩",
     ["customs"], "清关需申报木材种类，税费已预收 (JC7)"),
    ("乐女士，您好：\n\n看了您发来的照片，蝙蝠屋侧板裂开是路上磕碰造成的，真是对不起。我们今天已经用 UPS 重新寄了一个新的，运单号 1ZH7N42K0351865913。坏的那个留着或丢掉都可以，这次补寄您不需要付任何费用。\n\n冼雨桐",
     ["damage", "tracking"], "运输损坏，免费补发 (JC7, JC14)"),
    ("贝先生，您好：\n\n喷泉要退的话，在亚马逊“您的订单”页面点退货即可，系统给的是 UPS 陆运面单。锂电池装在水泵里，请不要拆出来；水泵、太阳能板和地桩一起装回原来的纸箱，拿到 UPS Store 或交给上门取件的 UPS 司机。带锂电池的包裹不能丢进没人看管的自助投递箱。\n\n蒲晓岩",
     ["returns", "battery-rules", "packing"], "含锂电池喷泉的退货方式 (JC4)"),
    ("尚女士，您好：\n\n您寄回的山雀小屋昨天到了尤金工坊，这笔 39.99 美元的退款我们今天已经打回您付款用的那张卡上，银行入账通常要等三到五个工作日。\n\n冼雨桐",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("缪先生，您好：\n\n这次的东西分装成两箱、从两个地方出发。蓝鸲巢箱由尤金工坊交给 UPS，运单号 1ZH7N42K0351902264，周一可到；安装杆和挡板由列克星敦仓库交给 FedEx，运单号 614833296042，周三可到。\n\n蒲晓岩",
     ["split-shipment", "tracking"], "分两个包裹发货 (JC15)"),
    ("廉女士，您好：\n\n您多下的那笔订单 112-9157304-6612879 已经取消了。它还没进入打包环节，所以不会扣款；先下的蝙蝠屋订单照常配送，不受影响。\n\n冼雨桐",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("宿先生，您好：\n\nFedEx 昨天已经从我们仓库取走包裹，系统里的收货地址现在锁定了，我们改不了。您可以在 FedEx Delivery Manager 输入运单号 614833340518 申请改派，也可以请 FedEx 把包裹暂存在新家附近的网点，您自己去取；改派 FedEx 可能会收一点手续费。\n\n蒲晓岩",
     ["address", "tracking"], "发货后改地址 (JC15)"),
    ("计女士，您好：\n\n实在对不起，仓库拣货时拿错了，把蓝鸲巢箱当成您订的山雀小屋寄了出去。正确的山雀小屋今天已交给 FedEx，运单号 614833385671；拿错的巢箱请在三十天内用“您的订单”里的预付面单寄回。\n\n冼雨桐",
     ["fulfilment", "returns"], "发错货及退回 (JC6)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("任先生 您好：\n\n噴泉昨天從列克星頓倉庫交給 FedEx，追蹤單號 614833421950，下週一可以送達。因為裡面有鋰電池，承運商規定不能上飛機，全程用卡車運送，時間會比其他包裹長一點。\n\n甄韻如",
     ["tracking", "battery-rules"], "追蹤單號，含鋰電池只能陸運 (JC4)"),
    ("田小姐 您好：\n\n您的蝙蝠屋已經照您說的，改由 CVS 裡的 FedEx 櫃檯代收。去領的時候，記得帶有照片的證件，並報上追蹤單號 614833467203。櫃檯只保留七天，超過期限 FedEx 會把包裹送回工坊，我們收到後會全額退款給您。\n\n聞立衡",
     ["pickup-point", "tracking"], "門市取件點 (JC14, JC15)"),
    ("區太太 您好：\n\n看到盆緣缺角的照片，真的很抱歉，這是貨運途中碰撞造成的。我們已經再安排一組 Pebblecrest 石材鳥浴盆，由 Estes 貨運用棧板送過去，PRO 號碼 0473319146，貨運站出車前會先打電話跟您約時間。破掉的那組先放著就好，要怎麼回收我們之後再告訴您。\n\n甄韻如",
     ["damage", "freight", "delivery-appointment"], "運送破損，棧板補寄並預約 (JC5, JC7)"),
    ("古先生 您好：\n\n您寄回的蝙蝠屋工坊已經收到，54.95 美元的退款今天已經打回您當初付款的帳戶，通常三到五個工作天會看到。\n\n聞立衡",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("艾小姐 您好：\n\n巢箱目前停在卡加利，報關行要我們補充木料的種類和產地。我們已提交更正過的商業發票，寫明是窯乾北美紅雪松、在美國製造。加拿大的關稅與稅金您結帳時已付給亞馬遜，若送件時有人要您再付錢，請先拒絕並拍照告訴我們。\n\n甄韻如",
     ["customs"], "清關需申報木材種類，關稅已預收 (JC7)"),
    ("仲先生 您好：\n\n您送給母親的山雀小屋會寄到訂單上填寫的塞勒姆地址，裝箱單上只會印出您的禮物留言，不會顯示價格。箱內附有禮物收據，令堂如果需要退換，可以直接透過亞馬遜辦理。\n\n聞立衡",
     ["gift", "address"], "禮物訂單寄到另一個地址 (JC15)"),
    ("邊小姐 您好：\n\n讓您等這麼久，真不好意思。上週的暴風雪讓 UPS 丹佛轉運中心停擺了兩天，您的藍鴝巢箱現在已經重新上路，追蹤單號 1ZH7N42K0351947718，系統顯示週五會送達。\n\n甄韻如",
     ["delay", "tracking"], "天候造成的配送延誤 (JC15)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free-written, not logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hello Mr Akinola,\n\nHouse sparrows are not native to North America and are not protected by federal law, so you may remove their nests from the Bluebird Lodge, even with eggs inside. Native birds such as bluebirds, tree swallows and chickadees are protected, and their active nests must be left alone. Checking the box every few days and pulling out sparrow material early usually makes them give up.\n\nImogen",
     ["advice", "wildlife-law"], "what the law lets the buyer do with a nest is advice, not logistics (JC11)"),
    ("Hi Ms Blakemore,\n\nIn a cool place like yours, with July highs in the low seventies, a dark exterior stain helps the chambers hold heat, and bats choose warm roosts. Use a water-based stain on the outside only and leave the grooved inner surfaces bare, since bats need the rough wood to grip. Let it cure outdoors for a couple of weeks before you hang it.\n\nDesmond",
     ["advice"], "staining a bat house for a cool climate (JC10)"),
    ("Dear Mr Culpepper,\n\nPaper wasps love the ceilings of birdhouses. Once the box is empty, scrape off any old comb, then rub a bar of plain soap firmly over the inside of the roof. The slick film stops wasps from fixing a new nest there and does not bother birds. Avoid spraying insecticide into the box.\n\nHattie",
     ["advice"], "keeping wasps out (JC10)"),
    ("Hello Ms Dunkerley,\n\nFor the chickadees you see at your feeder, the Chickadee Cottage is the right fit: its smaller entrance admits them and keeps larger birds out. The Bluebird Lodge has the wider hole and deeper cavity that bluebirds and tree swallows prefer, and it does best in open grass rather than near shrubs.\n\nCasimir",
     ["advice", "comparison"], "the buyer asked which house suits which bird; no price, offer or push to buy (JC10)"),
    ("Hi Mr Eastwood-Njoku,\n\nMost songbirds like to wade in no more than two inches of water, so the middle of a deep basin can put them off. Set a few flat stones or a piece of slate in the centre to give them a place to stand, and keep the bath within a few feet of a shrub they can dash into if a hawk appears.\n\nImogen",
     ["advice"], "a bird bath that is too deep (JC10)"),
    ("Hello Ms Fotheringham,\n\nThanks for the short video of the fountain sputtering. Our pump specialist is away until Monday; I have flagged it for her and will come back to you early next week with an answer.\n\nDesmond",
     ["holding"], "a holding reply in the agent's own words, not the holding template (JC12)"),
    ("Dear Mr Greaves,\n\nYou can hang the Chickadee Cottage on a tree trunk using the keyhole slot on the back, and chickadees will often nest in it there. Bear in mind that a cone baffle cannot protect a house on a tree, because squirrels and raccoons simply climb past it on the bark, so a pole is the safer spot where those animals are common.\n\nHattie",
     ["advice"], "hanging a house on a tree (JC10)"),
    ("Hi Ms Hatherley,\n\nUnlike songbirds, screech owls bring no nesting material of their own, so spread two or three inches of coarse pine shavings on the floor of the Owlet Roost before you put it up. Skip sawdust and cedar shavings; their fine dust can irritate the owlets' lungs.\n\nCasimir",
     ["advice"], "bedding for an owl box (JC10)"),
    ("Hello Mr Ingram-Sesay,\n\nPlease hold off on moving the box for now. Once a native bird has laid eggs, the nest is protected by the Migratory Bird Treaty Act, and relocating it, even a few feet, can make the parents abandon it. Chickadee chicks leave about three weeks after hatching, and you can move the house to the new fence post after that.\n\nImogen",
     ["advice", "wildlife-law"], "whether an active nest may be moved (JC11)"),
    ("Hi Ms Jessup,\n\nIn battery mode the fountain keeps spraying for two to three hours after sunset if the day was bright. Before the first hard frost, bring the pump and panel indoors, let them dry, and charge the battery fully once a month over the winter so it never sits empty.\n\nDesmond",
     ["advice"], "night running and winter storage of the fountain (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("鞠女士，您好：\n\n家麻雀原产欧洲，不受美国联邦法律保护，它们在巢箱里筑的窝可以清掉，里面有蛋也可以。蓝鸲、树燕、山雀这些本地鸟则受保护，正在使用的巢不能动。隔几天检查一次，早点把麻雀叼进来的草清出去，它们通常就会放弃。\n\n蒲晓岩",
     ["advice", "wildlife-law"], "法律允许怎样处理鸟巢属于建议，不是物流 (JC11)"),
    ("岳先生，您好：\n\n您那边夏天比较凉，建议在蝙蝠屋外面刷深色的水性木器漆，帮助屋内保温，蝙蝠喜欢暖和的栖息处。里面带槽纹的木板千万不要刷，蝙蝠要靠粗糙的表面抓牢。刷完放在户外晾两周左右再挂上去。\n\n冼雨桐",
     ["advice"], "凉爽地区的蝙蝠屋外层颜色 (JC10)"),
    ("冀女士，您好：\n\n大多数小型鸣禽只愿意在五厘米以内的浅水里洗澡，盆中间太深反而不敢下去。可以在盆中央放几块扁平的石头，给它们一个站脚的地方；鸟浴盆最好离灌木一两米，遇到老鹰时鸟能马上躲进去。\n\n蒲晓岩",
     ["advice"], "鸟浴盆太深 (JC10)"),
    ("扈先生，您好：\n\n视频收到了，喷泉一喷一停的情况我已经记下。负责水泵的同事下周一回来，我请她第一时间看，下周初给您答复。\n\n冼雨桐",
     ["holding"], "客服自己写的等待回复，不是等待模板 (JC12)"),
    ("钮女士，您好：\n\n山雀小屋背面有钥匙孔挂槽，可以直接挂在树干上，山雀一般也愿意住。不过挂在树上就没法用锥形挡板防护，松鼠和浣熊会顺着树皮爬上去；如果附近这类动物多，还是装在杆子上更稳妥。\n\n蒲晓岩",
     ["advice"], "鸟屋挂在树上 (JC10)"),
    ("郗先生，您好：\n\n第一次重霜之前，请把水泵和太阳能板收进室内晾干。冬天每个月给电池充满一次，不要让它长期处于没电的状态，来年春天就能正常使用。\n\n冼雨桐",
     ["advice"], "喷泉过冬收纳 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("郭先生 您好：\n\n長腳蜂很喜歡在鳥屋的天花板築巢。等鳥屋空了以後，先把舊的蜂巢刮掉，再用一塊普通的肥皂在屋頂內側用力塗抹一層，蜂就不容易黏上新巢，對鳥也沒有影響。請不要往鳥屋裡噴殺蟲劑。\n\n甄韻如",
     ["advice"], "防止長腳蜂築巢 (JC10)"),
    ("柳小姐 您好：\n\n建議先不要移動鳥屋。本地鳥一旦產蛋，鳥巢就受到美國候鳥保護法的保護，就算只移動幾步，親鳥也可能棄巢。山雀的雛鳥孵化後大約三週就會離巢，之後再把鳥屋移到新的位置就可以了。\n\n聞立衡",
     ["advice", "wildlife-law"], "有蛋的鳥屋能不能移動 (JC11)"),
    ("鳳太太 您好：\n\n鳥浴盆長青苔，多半是因為放在全日照的地方又太久沒換水。建議每兩三天換一次水，用硬毛刷刷洗盆面；青苔很頑固的話，可以用九份清水加一份白醋刷洗，再用清水沖乾淨。\n\n甄韻如",
     ["advice"], "鳥浴盆長青苔 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten templates -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Kowalewski,\n\nFor chickadees and wrens, aim for five to ten feet off the ground with the hole facing east or north-east, out of the wind. Some afternoon shade and a clear approach help, and a perch for fledglings a dozen feet away is ideal, as long as cats and squirrels can't leap from it. Spring is best, but any season works. Don't add nesting material.\n\nHattie",
     "retells en/birdhouse/placement (JC13)"),
    ("Hello Ms Loughran,\n\nClean it once the chicks have gone, or in early spring, and never while it's in use. The side door drops down when you turn the latch; pull out the old nest, scrape the corners and poke the brush through the floor holes. A hot-water scrub does the job, with a weak bleach rinse if you spot mites, and let it dry in the sun. Gloves and a mask are a good idea.\n\nCasimir",
     "retells en/birdhouse/cleaning (JC13)"),
    ("Hi Mr Marwood,\n\nBats want heat: give the house six or more hours of sun, more up north. Put it 12 to 20 feet high on a wall or pole, not in a tree, with the landing area clear. Water nearby helps a lot. Give it a season or two before you worry, and don't move it just because the first summer is quiet.\n\nImogen",
     "retells en/bathouse/siting (JC13)"),
    ("Hello Ms Northcote,\n\nJoin the three pieces, thinnest on top, tapping them home with a mallet and a wood block. Sink the socket in a two-foot hole so its collar is flush, drop the pole in and do up the set screws while someone holds it plumb. Gravel or quick-set concrete helps in soft ground. The plate goes on last, then the house with the four screws.\n\nDesmond",
     "retells en/pole/assembly (JC13)"),
    ("Hi Mr Ogunbiyi,\n\nUsually it's shade, a clogged pump or low water. Keep the whole panel in sun, facing south, clear of branch shadows. Pop the cover off the pump and rinse the sponge and impeller, and keep the water above the pump. Still stopping? Hold the mode button for three seconds for battery mode and let us know.\n\nHattie",
     "retells en/fountain/troubleshoot (JC13)"),
    ("Hello Ms Pettigrew,\n\nDon't give up on it yet. Birds often skip a brand-new house, especially one put up after they've chosen a site, and fresh cedar smells strong for a few weeks. Keep it away from feeders, out of reach of cats and squirrels, and with the hole out of the wind. If it's still empty after next spring, write back and we'll look at it together.\n\nCasimir",
     "retells en/birdhouse/no-visitors (JC13)"),
    ("Hi Mr Rutherford,\n\nWhen the bluebird season is over, we'd be grateful if you told other buyers on Amazon how the nest box did for you, good or bad.\n\nImogen",
     "a neutral review request in the agent's own words: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("尉迟先生，您好：\n\n盆里先加满水，水泵用吸盘吸在盆底、整个泡在水里。太阳能板插好地桩，放在最晒的地方朝南。想让它傍晚也喷，就长按模式键三秒切到蓄电模式。\n\n蒲晓岩",
     "改写 zh/fountain/setup (JC13)"),
    ("司徒女士，您好：\n\n挡板装在鸟屋下面的杆子上，离地一米三左右，周围两米半别有能让松鼠跳过来的东西。卡箍别拧太死，挡板能晃才好。杆子太粗或太细的话先告诉我们尺寸。\n\n冼雨桐",
     "改写 zh/baffle/fitting (JC13)"),
    ("皇甫先生，您好：\n\n我们的产品都有质保，开胶、合页坏了、水泵不转这些都管；木头变灰、摔坏、冻裂、被松鼠咬坏的不管。麻烦拍几张照片发过来，说说什么时候发现的。\n\n蒲晓岩",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
    ("储女士，您好：\n\n等这个繁殖季过去，如果您愿意，可以在亚马逊上跟其他买家聊聊这个巢箱用得怎么样，好坏都行。\n\n冼雨桐",
     "客服自己措辞的中性评论邀请：只标 template-required，不标 review-inducement (JC9, JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("湛先生 您好：\n\n這是天然紅雪松，不上漆也耐用。變成銀灰色是正常的；想留住紅棕色，外面每年擦一次亞麻仁油就好。裡面和洞口千萬別上漆、別噴藥。\n\n聞立衡",
     "改寫 zh-tw/birdhouse/wood-care (JC13)"),
    ("雷太太 您好：\n\n洞口大小決定誰能住：二點九公分給山雀、鷦鷯；三點二公分五子雀也進得來，麻雀也會；三點八公分是藍鴝和樹燕。沒裝停棲桿是故意的，免得掠食者有地方站。\n\n甄韻如",
     "改寫 zh-tw/birdhouse/hole-size (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. logistics plus advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Ms Sinclair-Amoah,\n\nYour Chickadee Cottage is out for delivery with UPS today. When you hang it, keep the entrance facing east so the morning sun warms it and the wind stays out.\n\nHattie",
     "delivery today plus placement advice (JC8)"),
    ("Hello Mr Tunstall,\n\nThe replacement clamp for your baffle was shipped with USPS this morning. Until it arrives, move the feeder at least ten feet from the pole so the squirrels lose interest in that corner of the yard.\n\nImogen",
     "replacement part shipped plus squirrel advice (JC8)"),
    ("Dear Ms Verhoeven,\n\nThe UPS return label for your fountain is ready in Your Orders. Before you pack it up, it may be worth soaking the pump in warm water with a splash of vinegar for an hour; hard-water scale often jams the impeller, and that clears it.\n\nDesmond",
     "return label plus a fix in the agent's own words (JC8)"),
    ("Hi Mr Whitmarsh,\n\nYour bat house is clearing customs in Halifax and should be released within two days. In the meantime, walk the garden in mid-afternoon and look for a south-facing wall that stays in full sun; that is where it will do best.\n\nCasimir",
     "customs plus siting advice (JC8)"),
    ("Hello Ms Yelverton,\n\nEstes will phone you this week to book a delivery day for the bird bath. Before it comes, level a patch of ground and lay an inch of crushed gravel where it will stand, so the heavy pedestal cannot sink or tilt after rain.\n\nHattie",
     "freight appointment plus ground preparation advice (JC5, JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("浦女士，您好：\n\n挡板的新卡箍今天交给 USPS 补发了。卡箍到之前，建议先把喂食器挪到离杆子三米以外的地方，松鼠就不会老在那一带转。\n\n蒲晓岩",
     "补发配件加防松鼠建议 (JC8)"),
    ("居先生，您好：\n\n巢箱这周四会送达。到货后先别急着挂，在屋外通风处放一个星期左右，让新雪松木的气味淡一些，鸟会比较愿意入住。\n\n冼雨桐",
     "送达日期加使用建议 (JC8)"),
    ("瞿先生，您好：\n\n蝙蝠屋正在渥太华清关，预计两天内放行。这段时间可以先在房子南墙选个全天晒得到的位置，离地四米以上，到货后直接挂上去。\n\n蒲晓岩",
     "清关加安装位置建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("蔣先生 您好：\n\n新的清潔刷組我們今天已經補寄。刷組到之前，如果鳥屋裡還有雛鳥，先別急著打開清理，等小鳥都飛走了再動手。\n\n甄韻如",
     "補寄加清理時機建議 (JC8)"),
    ("談小姐 您好：\n\n噴泉的包裹這週三會送達。到貨以後，太陽能板請插在院子裡日照最久的地方，板面朝南，白天把電充飽，傍晚才有電繼續噴水。\n\n聞立衡",
     "送達日期加太陽能板擺放建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. breaks a content policy
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    plus(tid, vals, anchor, sentence, note + " (JC3)", V, labels, sep=sep, tags=["template-based"])


bad("en/birdhouse/placement", dict(buyer_name="Mr Appleyard", birdhouse=CC, agent_name=E1),
    "carry in their own nesting material.",
    "P.S. Pair it with a Guardcone baffle this month and take 15% off both with code NESTEGG15.",
    [MKT, TR], "P.S. with a discount code for a baffle", sep="\n\n")
bad("en/birdhouse/cleaning", dict(buyer_name="Ms Bramwell", birdhouse=BL, brush_set=BR, agent_name=E2),
    "a sensible precaution.",
    "If the brushes made the job easier, a 5-star review would mean the world to our little workshop.",
    [RI, TR], "five-star request aimed at a buyer who is pleased")
bad("en/fountain/troubleshoot", dict(buyer_name="Mr Cresswell", fountain=FTN, agent_name=E3),
    "to tell us what happens.",
    "For a quicker answer, message our pump technician on WhatsApp at (541) 555-0147.",
    [OPC, TR], "troubleshooting moved to WhatsApp and a phone number")
bad("en/birdhouse/no-visitors", dict(buyer_name="Ms Delacroix-Hume", birdhouse=CC, agent_name=E4),
    "work through it with you.",
    "Please come to us before you write a review, so that we can put things right first.",
    [RI, TR], "review gating: a disappointed buyer is asked to come to the seller before reviewing")
bad("en/bathouse/siting", dict(buyer_name="Mr Elgood", bat_house=BAT, agent_name=E1),
    "through the first summer.",
    "By the way, our new four-chamber colony house launches in June, and the first fifty orders come with a free mounting kit, so it is well worth ordering early.",
    [MKT, TR], "launch announcement with a free gift for early orders", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Ms Fairbanks", product=OWL, order_id="113-6204851-0379126", agent_name=E2),
    "teaches us something.",
    "As a thank-you, we will mail you a free cleaning brush set as soon as your review appears.",
    [RI, TR], "a free product in exchange for a review")
bad("en/pole/assembly", dict(buyer_name="Mr Gatling", pole=POLE, agent_name=E3),
    "in the hardware bag.",
    "For any further installation questions, email our workshop at help@hazelbrook-nestcraft.com rather than replying here.",
    [OPC, TR], "support moved to an e-mail address")
bad("en/warranty/claim", dict(buyer_name="Ms Hobday", product=FTN, warranty_period="two years", case_id="HNC-208496",
    order_id="111-9052763-4418307", agent_name=E4),
    "linked to order 111-9052763-4418307.",
    "If a replacement is approved, you can follow its delivery at hazelbrook-nestcraft.com/orders with your case number instead of in your Amazon account.",
    [OPC], "delivery status on the seller's own website: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Ivanov-Reese,\n\nThe refund for the owl box you sent back was issued this morning. Would you consider taking down your 2-star review now that the money is back with you? We would like to thank you with a $20 Amazon gift card for doing so.\n\nDesmond",
     [RI, TR], "refund of a return (logistics) plus a gift card for removing a review; the review part is not logistics (JC3)",
     ["free-written"])

bad("zh/fountain/setup", dict(buyer_name="嵇先生", fountain=FTN_ZH, agent_name=Z1),
    "傍晚还能再喷两到三个小时。",
    "安装中遇到问题，欢迎添加客服微信 HBNest-Care，我们可以视频指导您。",
    [OPC, TR], "安装指导转到微信")
bad("zh/review/neutral-request", dict(buyer_name="邰女士", product=BL_ZH, order_id="114-3390827-5516049", agent_name=Z2),
    "真实的意见都能帮助我们改进。",
    "如果您愿意给个五星好评，我们会把巢箱货款的一半返现给您。",
    [RI, TR], "五星好评返现")
bad("zh/holding/checking", dict(buyer_name="栗先生", product=CC_ZH, reply_date="周五", agent_name=Z1),
    "目前您不需要再做任何准备。",
    "等问题处理好了，也请您把之前那条差评撤掉。",
    [RI, TR], "要求撤掉差评")
bad("zh/baffle/fitting", dict(buyer_name="阚女士", baffle=BAF_ZH, agent_name=Z2),
    "我们帮您确认能否安装。",
    "另外，店里刚上架的不锈钢防蛇挡板本月八折，欢迎一起选购。",
    [MKT, TR], "新品八折促销")
bad("zh/warranty/claim", dict(buyer_name="郦先生", product=FTN_ZH, warranty_period="两年", case_id="HNC-208833",
    order_id="112-5573019-8840216", agent_name=Z1),
    "对应订单 112-5573019-8840216。",
    "今后的质保申请请直接在 hazelbrook-nestcraft.com 上提交，不必再通过亚马逊联系我们。",
    [OPC, TR], "质保申请引到卖家网站并绕开亚马逊；质保不是物流")
free(V, "zh", "蓟女士，您好：\n\n您要退的石材鸟浴盆不用在亚马逊上申请退货了，直接让货运公司送回我们仓库就行，退款我们用 Venmo 转给您，请把 Venmo 账号发给我们。\n\n冼雨桐",
     [OPC], "退货和退款绕开亚马逊、改用 Venmo：内容仍是退货退款这一物流事项，所以不标 template-required (JC3)",
     ["free-written"])

bad("zh-tw/birdhouse/hole-size", dict(buyer_name="梅先生", birdhouse=CC_TW, agent_name=W2),
    "反而會讓掠食者和家麻雀有地方站。",
    "想看更多鳥種照片、即時詢問的話，可以加我們的 LINE 帳號 @hbnest.tw。",
    [OPC, TR], "客服轉到 LINE 帳號")
bad("zh-tw/birdhouse/wood-care", dict(buyer_name="章小姐", birdhouse=BL_TW, agent_name=W1),
    "以免傷到雛鳥。",
    "用得滿意的話，拜託到亞馬遜替我們打個五星評價。",
    [RI, TR], "只在滿意時請求五星評價")
free(V, "zh", "伏先生 您好：\n\n您的藍鴝巢箱已經交給 UPS，單號 1ZH7N42K0352008431。另外跟您分享，這個月巢箱買二送一，只要在 Instagram 追蹤 @hazelbrook.birds，還有機會抽中免費的清潔刷組。\n\n聞立衡",
     [MKT, OPC, TR], "寄出通知（物流）加買二送一與 Instagram 抽獎；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
