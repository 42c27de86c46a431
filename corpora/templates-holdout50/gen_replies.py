# -*- coding: utf-8 -*-
"""Labelled replies of t50 (templates-holdout50), imported by gen.py.
Seller: Hazelbrook Nursery Goods (invented). Every text was written for this set."""
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
    """Edit that hard-wraps the one paragraph starting with `starts`."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ---------------------------------------------------------------- people and products (all invented)
A1, A2, A3, A4 = "Philippa Marchbanks", "Desmond Achterberg", "Imogen Fairweather-Cruz", "Kwabena Lindholm"
Z1, Z2 = "闻若岚", "邝启明"
W1, W2 = "卓雅筠", "歐陽承翰"
GLIDE, PIP = "Ambler Glide", "Ambler Pip travel stroller"
SWIVEL, NEST = "Harborline Swivel 360", "Harborline Nest"
CRIB, GLIDER, DRESSER = "Juniper Row 4-in-1 Convertible Crib", "Juniper Row Haven glider", "Juniper Row 6-drawer dresser"
GLIDE_LONG = ("Ambler Glide Full-Size Baby Stroller with Reversible Seat, One-Hand Compact Fold, Extendable UPF 50+ "
              "Canopy, Extra-Large Storage Basket, All-Terrain Rubber Tires, Harbor Navy")
NEST_LONG = ("Harborline Nest Infant Car Seat and Base, Rear-Facing for Babies 4 to 35 lb, Side-Impact Pods, "
             "Machine-Washable Newborn Insert, Travel-System Ready, Pebble Grey")
CRIB_LONG = ("Juniper Row 4-in-1 Convertible Crib, Converts to Toddler Bed, Daybed and Full-Size Bed, Solid Pine "
             "with Water-Based Lead-Free Finish, Three Mattress Heights, Warm Walnut")
VEHICLE_LONG = "2019 Honda Odyssey EX-L, in the second-row captain's chair on the passenger side"
BAG_LONG = "C (the clear bag with twelve long bolts, four barrel nuts and a yellow parts label)"
GLIDE_ZH = "Ambler Glide 婴儿推车 可坐可躺双向座椅 单手一键收车 加长防晒遮阳篷 大容量储物篮 全地形橡胶轮 海军蓝"
GLIDE_TW = "Ambler Glide 嬰兒推車 雙向座椅 單手收車 加長遮陽篷 大容量置物籃 全地形橡膠輪 海軍藍"
C = "filled-template"

# ============================================================ 1. filled templates -> []
fill("en/stroller/fold", dict(buyer_name="Ms Arbuthnot", product=GLIDE, agent_name=A1), "exact fill")
fill("en/stroller/fold", dict(buyer_name="Ravi", product=GLIDE_LONG, agent_name=A2),
     "the whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Ravi,", "Good morning Ravi,")], tags=["long-value", "greeting"])
_v = dict(buyer_name="Mr Kettleborough", product=PIP, agent_name=A3)
fill("en/stroller/fold", _v, "the fold and unfold paragraphs hard-wrapped at 72 columns (JC2)",
     edits=[rewrap("en/stroller/fold", _v, "To fold,", 72), rewrap("en/stroller/fold", _v, "To open it again", 72)],
     tags=["reflow"])
fill("en/carseat/install", dict(buyer_name="Mrs Delacroix-Ibe", product=SWIVEL, vehicle="2021 Toyota RAV4", agent_name=A4),
     "exact fill")
fill("en/carseat/install", dict(buyer_name="Mr Ostergaard", product=SWIVEL, vehicle=VEHICLE_LONG, agent_name=A1),
     "a long vehicle-and-seating-position value in the vehicle slot (JC2)", tags=["long-value"])
fill("en/carseat/install", dict(buyer_name="Ms Quinlivan", product=SWIVEL, vehicle="2017 Subaru Outback", agent_name=A2),
     "sign-off turned into a warm line about the buyer's road trip (JC2)",
     edits=[("Kind regards,", "Safe travels on the drive up to your sister's, and kind regards,")],
     tags=["sign-off", "warm-line"])
fill("en/carseat/harness", dict(buyer_name="Mr Chukwuma-Hollis", product=SWIVEL, agent_name=A3), "exact fill")
fill("en/carseat/harness", dict(buyer_name="Ms Rosenthal-Baptiste", product=NEST, agent_name=A4),
     "the buckling sentence split in two (JC2)",
     edits=[("Buckle the 5-point harness and pull the adjuster strap",
             "Buckle the 5-point harness. Next, pull the adjuster strap")], tags=["split"])
fill("en/carseat/stroller-adapter", dict(buyer_name="Ms Varga-Stenhouse", carrier_model=NEST, stroller_model=GLIDE,
     agent_name=A1), "exact fill")
fill("en/carseat/stroller-adapter", dict(buyer_name="Mr Akintola", carrier_model=NEST_LONG, stroller_model=GLIDE,
     agent_name=A2), "the carrier's full listing title in the carrier_model slot (JC2)", tags=["long-value"])
fill("en/carseat/stroller-adapter", dict(buyer_name="Hannelore", carrier_model=NEST, stroller_model=GLIDE, agent_name=A3),
     "greeting changed and a congratulations line added (JC2)",
     edits=[("Hello Hannelore,", "Hi Hannelore,\n\nCongratulations on the little one due in March!")],
     tags=["greeting", "warm-line"])
fill("en/crib/assembly", dict(buyer_name="Mr Lindgren-Moss", product=CRIB, hardware_bag="B", agent_name=A4), "exact fill")
fill("en/crib/assembly", dict(buyer_name="Ms Oyinlola", product=CRIB, hardware_bag=BAG_LONG, agent_name=A1),
     "a long description in the hardware_bag slot; last two sentences merged with 'and' (JC2)",
     edits=[("in all four corners. Please check the bolts again", "in all four corners, and please check the bolts again")],
     tags=["long-value", "merge"])
fill("en/crib/mattress-height", dict(buyer_name="Mrs Tsang-Whitfield", product=CRIB, agent_name=A2), "exact fill")
fill("en/crib/mattress-height", dict(buyer_name="Mr Eklund", product=CRIB_LONG, agent_name=A3),
     "listing title in the product slot; one sentence paraphrased with the same facts (JC2)",
     edits=[("Put the bolts back and tighten them before the mattress goes back in.",
             "Refit and tighten the bolts before you put the mattress back.")], tags=["long-value", "paraphrase"])
fill("en/warranty/claim", dict(buyer_name="Ms Mbeki-Sorensen", product=GLIDE, warranty_period="two-year",
     case_id="HBN-W-61204", order_id="112-4071836-5529014", agent_name=A4), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Fairclough", product=GLIDER, warranty_period="one-year",
     case_id="HBN-W-61239", order_id="114-8830265-1047729", agent_name=A1),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[("Your claim is logged as HBN-W-61239 against order 114-8830265-1047729. Please answer this message with a few lines on what happened and two or three photos of the affected part, and we will review it within two business days.",
             "Please answer this message with a few lines on what happened and two or three photos of the affected part, and we will review it within two business days. Your claim is logged as HBN-W-61239 against order 114-8830265-1047729.")],
     tags=["reorder"])
fill("en/apology/glider-squeak", dict(buyer_name="Mrs Adebayo-Marsh", product=GLIDER, agent_name=A2), "exact fill")
fill("en/apology/glider-squeak", dict(buyer_name="Mr Penrose-Adjei", product=GLIDER, agent_name=A3),
     "the closing offer paraphrased with the same facts (JC2)",
     edits=[("If the squeak comes back after that, please tell me in this thread and I will arrange new pivot hardware for you.",
             "Should the squeak return afterwards, just let me know here and I'll organise new pivot hardware for you.")],
     tags=["paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Ms Tillotson", product=PIP, order_id="111-6294057-3318862",
     agent_name=A4), "exact fill; the only review request for this order, sent with no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Gwendolyn", product="Harborline Nest infant car seat",
     order_id="113-7719408-2265531", agent_name=A1),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hi Gwendolyn,", "Dear Gwendolyn,"), ("With thanks,", "Thank you,")], tags=["greeting", "sign-off"])

fill("zh/stroller/canopy-recline", dict(buyer_name="赵女士", product="Ambler Glide 婴儿推车", agent_name=Z1), "exact fill")
fill("zh/stroller/canopy-recline", dict(buyer_name="王先生", product=GLIDE_ZH, agent_name=Z2),
     "整段商品标题放进 product 占位符；问候语改为“上午好” (JC2)", edits=[("，您好：", "，上午好：")],
     tags=["long-value", "greeting"])
fill("zh/stroller/canopy-recline", dict(buyer_name="周女士", product="Ambler Pip 轻便推车", agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您和宝宝出行愉快！", "祝宝宝健康成长！")], tags=["sign-off"])
fill("zh/carseat/rotate", dict(buyer_name="徐先生", product="Harborline Swivel 360 安全座椅", agent_name=Z2), "exact fill")
fill("zh/carseat/rotate", dict(buyer_name="马女士", product="Harborline Swivel 360 安全座椅", agent_name=Z1),
     "第一段长句在分号处断成两句 (JC2)", edits=[("在后向和前向之间切换；转到侧面", "在后向和前向之间切换。转到侧面")],
     tags=["split"])
fill("zh/carseat/rotate", dict(buyer_name="郭先生", product="Harborline Swivel 360", agent_name=Z2),
     "问候后加一句祝贺 (JC2)", edits=[("郭先生，您好：", "郭先生，您好：\n\n恭喜宝宝就要出院回家了！")], tags=["warm-line"])
fill("zh/dresser/anti-tip", dict(buyer_name="宋女士", product="Juniper Row 六斗抽屉柜", agent_name=Z1), "exact fill")
fill("zh/dresser/anti-tip", dict(buyer_name="郑先生", product="Juniper Row 六斗抽屉柜", agent_name=Z2),
     "措辞微调：“请务必先”改为“请一定先” (JC2)", edits=[("请务必先", "请一定先")], tags=["wording"])
fill("zh/warranty/claim", dict(buyer_name="程女士", product="Ambler Glide 婴儿推车", warranty_period="两年",
     case_id="HBN-W-61317", order_id="112-9582610-7403386", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="曹先生", product="Harborline Nest 提篮式安全座椅", warranty_period="一年",
     case_id="HBN-W-61342", order_id="114-2240973-8816045", agent_name=Z2),
     "第二、三段用“不过”合并成一段 (JC2)", edits=[("缝线裂开。\n\n正常磨损", "缝线裂开。不过，正常磨损")],
     tags=["merge"])
fill("zh/review/neutral-request", dict(buyer_name="吕女士", product="Juniper Row 四合一成长婴儿床",
     order_id="113-0468152-9937720", agent_name=Z1), "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="卢先生", product="Ambler Pip 轻便推车",
     order_id="111-5837294-6150418", agent_name=Z2), "问候语改为“周末好”；本订单唯一一次评论邀请 (JC2, JC8)",
     edits=[("卢先生，您好：", "卢先生，周末好：")], tags=["greeting"])

fill("zh-tw/stroller/fabric-care", dict(buyer_name="洪小姐", product="Ambler Glide 嬰兒推車", agent_name=W1), "exact fill")
fill("zh-tw/stroller/fabric-care", dict(buyer_name="游先生", product=GLIDE_TW, agent_name=W2),
     "整段商品標題放進 product 佔位符 (JC2)", tags=["long-value"])
fill("zh-tw/stroller/fabric-care", dict(buyer_name="翁太太", product="Ambler Pip 輕便推車", agent_name=W1),
     "第一段兩個分句調換順序 (JC2)",
     edits=[("座椅布套沿著邊緣的按扣與黏扣帶依序解開就能取下；遮陽篷只要把兩側的卡扣往外推，就能從車架上拿下來。",
             "遮陽篷只要把兩側的卡扣往外推，就能從車架上拿下來；座椅布套沿著邊緣的按扣與黏扣帶依序解開就能取下。")],
     tags=["reorder"])
fill("zh-tw/carseat/newborn-insert", dict(buyer_name="詹小姐", product="Harborline Nest 提籃式汽座", agent_name=W2),
     "exact fill")
fill("zh-tw/carseat/newborn-insert", dict(buyer_name="柯先生", product="Harborline Swivel 360 汽座", agent_name=W1),
     "結尾祝語改寫 (JC2)", edits=[("敬祝 平安順心", "祝 新手爸爸一切順利")], tags=["sign-off"])
fill("zh-tw/glider/lock", dict(buyer_name="巫太太", product="Juniper Row Haven 哺乳搖椅", agent_name=W2), "exact fill")
fill("zh-tw/glider/lock", dict(buyer_name="童先生", product="Juniper Row Haven 哺乳搖椅", agent_name=W1),
     "第一、二段合併 (JC2)", edits=[("恢復前後滑動。\n\n腳凳也有", "恢復前後滑動。腳凳也有")], tags=["merge"])
fill("zh-tw/apology/drawer-stuck", dict(buyer_name="顏小姐", product="Juniper Row 六斗抽屜櫃", agent_name=W2), "exact fill")
fill("zh-tw/apology/drawer-stuck", dict(buyer_name="辜先生", product="Juniper Row 六斗抽屜櫃", agent_name=W1),
     "問候語改為「晚安」並加一句體諒的話 (JC2)",
     edits=[("辜先生 您好：", "辜先生 晚安：\n\n寶寶快出生了還要忙著處理家具，辛苦您了。")], tags=["greeting", "warm-line"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" ", tags=()):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep, tags=tags)


fill_log("en/stroller/fold", dict(buyer_name="Mr Hollingworth", product=PIP, agent_name=A4),
         "before a child sits in it.",
         "The rain cover you ordered with it was posted on its own by USPS (tracking 9361289870014552011346) and should reach you on Thursday.",
         "split-shipment tracking added as its own paragraph", sep="\n\n", tags=["split-shipment"])
fill_log("en/crib/assembly", dict(buyer_name="Ms Aguilar-Brandt", product=CRIB, hardware_bag="B", agent_name=A1),
         "because wood settles over time.",
         "Since hardware bag B was missing from your carton, we packed a new one at our Reno warehouse this morning; UPS tracking is 1ZH8E7W40312558701.",
         "missing hardware bag resent (fulfilment, JC6)", tags=["fulfilment"])
fill_log("en/carseat/install", dict(buyer_name="Mr Dunleavy", product=SWIVEL, vehicle="2020 Mazda CX-5", agent_name=A2),
         "for each direction.",
         "If the seat doesn't sit well in your car after all, you have 30 days from delivery to send it back, and the return can be opened in Your Orders.",
         "return window", tags=["returns"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Ekwueme", product=PIP, warranty_period="one-year",
         case_id="HBN-W-61455", order_id="114-6651320-0924873", agent_name=A3),
         "within two business days.",
         "Should we need to inspect the stroller in person, Amazon will issue a prepaid return label, so sending it costs you nothing.",
         "how a warranty unit would travel", tags=["returns"])
fill_log("en/apology/glider-squeak", dict(buyer_name="Mrs Kowalewska", product=GLIDER, agent_name=A4),
         "arrange new pivot hardware for you.",
         "The matching ottoman from your order is coming on a separate freight delivery, and the carrier will be in touch to book a two-hour delivery window.",
         "freight delivery of a bulky item (JC9)", sep="\n\n", tags=["delivery"])
fill_log("en/crib/mattress-height", dict(buyer_name="Mr Nightingale-Ross", product=CRIB, agent_name=A1),
         "on any side.",
         "As you asked, the crib mattress that has not shipped yet will now go to your parents' address in Fresno instead of your own.",
         "address change for the part still to ship", tags=["address"])
fill_log("zh/stroller/canopy-recline", dict(buyer_name="杨女士", product="Ambler Pip 轻便推车", agent_name=Z2),
         "再让宝宝坐进去。",
         "同一订单里的雨罩是单独发货的，已由 USPS 寄出，运单号 9361289870014552011353，预计周三送达。",
         "分开发货的运单号，单独成段", sep="\n\n", tags=["split-shipment"])
fill_log("zh/dresser/anti-tip", dict(buyer_name="蒋先生", product="Juniper Row 六斗抽屉柜", agent_name=Z1),
         "柜子顶部不要放电视之类的重物。",
         "另外，抽屉柜属于大件商品，由货运公司配送，承运商会在送货前一天和您约定具体时段。",
         "大件货运预约 (JC9)", sep="\n\n", tags=["delivery"])
fill_log("zh/warranty/claim", dict(buyer_name="薛女士", product="Ambler Glide 婴儿推车", warranty_period="两年",
         case_id="HBN-W-61489", order_id="113-5562083-4419975", agent_name=Z2),
         "两个工作日内审核。",
         "另外，订单里漏发的备用车轮已经单独补寄，UPS 单号 1ZH8E7W40312558718。",
         "漏发配件补寄 (JC6)", tags=["fulfilment"])
fill_log("zh/carseat/rotate", dict(buyer_name="潘先生", product="Harborline Swivel 360 安全座椅", agent_name=Z1),
         "规定的后向范围以内。",
         "如果这款座椅装不进您的车，可以在“您的订单”中申请退货，仓库收到后货款会原路退回。",
         "退货与退款，单独成段", sep="\n\n", tags=["returns"])
fill_log("zh-tw/carseat/newborn-insert", dict(buyer_name="邱小姐", product="Harborline Nest 提籃式汽座", agent_name=W2),
         "並把肩帶拉緊。",
         "同一筆訂單的汽座底座走另一個包裹，UPS 追蹤單號 1ZH8E7W40312558725，週二可以收到。",
         "分開寄出的底座追蹤單號，單獨成段", sep="\n\n", tags=["split-shipment"])
fill_log("zh-tw/apology/drawer-stuck", dict(buyer_name="郝先生", product="Juniper Row 六斗抽屜櫃", agent_name=W1),
         "真的很抱歉。",
         "另外，組裝包少的兩顆滑軌螺絲已經另外寄出，不收任何費用，大約三天會到。",
         "補寄缺少的螺絲 (JC6, JC11)", sep="\n\n", tags=["fulfilment"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Ms Delmonico,\n\nYour Ambler Glide was collected from our Lebanon, Tennessee warehouse this afternoon. The UPS tracking number is 1ZH8E7W40312558732, and their estimate is delivery on Thursday by the end of the day.\n\nPhilippa",
     ["tracking"], "tracking and estimated delivery (JC14)"),
    ("Hello Mr Yarborough,\n\nApologies for the wait. FedEx reports that your crib is sitting at their Memphis hub after the ice storm, with a revised delivery date of Monday. If nothing has turned up by Wednesday, write back here and we will ship a second crib at our expense.\n\nDesmond",
     ["delay"], "weather delay (JC14)"),
    ("Dear Ms Fontaine-Mwangi,\n\nUPS recorded the car seat as delivered at 11:52 am, left on the front porch. It is a big box, so it is worth checking the garage and the back door and asking your neighbours. If it still hasn't appeared within 48 hours, tell us here; we'll raise a lost-package claim and ship a replacement.\n\nImogen",
     ["delivery"], "delivered but not found (JC14)"),
    ("Hi Mr Ashdown,\n\nBecause the dresser travels by freight, the carrier will get in touch the day before to book a four-hour delivery window. It is a curbside service, so the driver brings the carton to the back of the truck only; you may want a second person at home to help carry it in. The freight PRO number is 4820117563.\n\nKwabena",
     ["delivery", "shipping"], "scheduling a heavy/bulky freight delivery (JC9, JC14)"),
    ("Hello Ms Pruitt,\n\nThanks for catching that before we packed it. We have changed the shipping address on the order to your new apartment on Linden Street, and the estimated delivery date stays the same.\n\nPhilippa",
     ["address"], "address change before dispatch (JC14)"),
    ("Hi Mr Gallagher-Nunez,\n\nTo send the stroller back, open Your Orders, choose Return or Replace Items and pick the reason that fits; Amazon will then give you a prepaid label. Fold the stroller, put it back in its carton together with the wheels and the cup holder, and tape the flaps firmly. If the original carton is gone, any sturdy box of a similar size will do.\n\nDesmond",
     ["returns", "packing"], "return with packing instructions (JC4)"),
    ("Dear Ms Ilunga,\n\nThe Harborline Nest you sent back reached our warehouse today, and we have refunded $189.99 to the card you paid with. Depending on your bank, it should show up within a week.\n\nImogen",
     ["refund", "returns"], "refund of a return (JC11, JC14)"),
    ("Hello Mr Beauchesne,\n\nThe crib is going to Canada as a commercial import, so the courier has to file a customs entry before it crosses the border, which adds one or two business days. Import fees were already part of your Amazon total, so nothing is due at the door.\n\nKwabena",
     ["customs"], "customs entry for a bulky parcel; import fees already paid (JC7)"),
    ("Hi Solveig,\n\nYour parcel cleared the border crossing at Blaine this morning and has been handed to Canada Post. Their tracking should update within a day, and delivery is expected by Friday. There is nothing you need to do for customs.\n\nPhilippa",
     ["customs", "tracking"], "parcel through customs (JC7)"),
    ("Hello Mr Marchetti,\n\nYour order is cancelled, as you asked. It never left the warehouse, so no payment will be taken, and your bank will release the temporary hold on your card shortly.\n\nDesmond",
     ["cancellation"], "cancellation before dispatch (JC11, JC14)"),
    ("Hi Mrs Oduro,\n\nThe crib ships in two cartons that travel separately. Carton 1 of 2 is on FedEx tracking 772048153391 and arrives tomorrow; carton 2 of 2 is on FedEx tracking 772048153408 and should follow on Friday. It is best to wait for both before you open either.\n\nImogen",
     ["tracking", "split-shipment"], "two-carton shipment (JC14)"),
    ("Dear Mr Haverford,\n\nI'm sorry the dresser reached you with a split side panel; that happened in transit and you shouldn't have to deal with it. A replacement went out today by freight, PRO 4820117570, and the carrier will book a delivery window with you. Please keep the damaged one for now, and we will arrange its pickup through Amazon.\n\nKwabena",
     ["damage", "returns"], "transit damage, freight replacement and pickup (JC4, JC6, JC9)"),
    ("Hello Sergeant Whitaker,\n\nWe can ship to your APO address, but only by USPS, so we have moved the order to USPS Priority Mail. Military mail usually takes 10 to 20 days; the new tracking number will appear in Your Orders once the label is printed.\n\nPhilippa",
     ["shipping", "address"], "APO address served by switching carrier (JC14)"),
    ("Hi Ms Quarrie,\n\nOrders placed between November 1 and December 31 can be returned until January 31, so the glider is still inside its return period. Start the return from Your Orders; it is too large for a drop-off, so the carrier will arrange to pick it up from your home.\n\nDesmond",
     ["returns"], "holiday return window and pickup of a bulky item (JC9, JC14)"),
    ("Dear Mr Ballantyne,\n\nWe sent the stroller in Fog Grey instead of Harbor Navy, and I'm sorry for the mix-up. The navy one left today with UPS, tracking 1ZH8E7W40312558749. Amazon will send you a prepaid label for the grey stroller; please ship it back within 30 days so that you are not charged for it.\n\nImogen",
     ["fulfilment", "returns"], "wrong colour replaced (JC6)"),
    ("Hi Ms Enright,\n\nSorry about the crushed corner on the crib carton and the small dent it left on the back rail. If you would rather keep the crib than send it back, we can refund $40 of the price to your original payment method; just reply yes here and we will process it today.\n\nKwabena",
     ["refund", "damage"], "partial refund for transit damage instead of a return (JC4, JC11)"),
    ("Hello Mr Lachlan,\n\nYes, you can still return the car seat after trying it in your car, as long as it is within 30 days of delivery and has never been in a crash. Please pack it with the base, the newborn insert and the manual, and start the return from Your Orders.\n\nPhilippa",
     ["returns"], "return conditions for a tried car seat (JC14)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("刘女士，您好：\n\n您的 Ambler Glide 推车今天上午出库了，交由 UPS 承运，运单号 1ZH8E7W40312558756。按承运商的预估，下周二可以送到。\n\n闻若岚",
     ["tracking"], "运单号与预计送达 (JC14)"),
    ("陈先生，您好：\n\n让您久等了，非常抱歉。物流信息显示，婴儿床的包裹因为寒潮滞留在孟菲斯转运中心，新的预计送达日期是周一。如果周三还没收到，请在这里告诉我们，我们会重新给您发一张。\n\n邝启明",
     ["delay"], "寒潮延误 (JC14)"),
    ("张女士，您好：\n\n新地址收到了。包裹还在仓库排队等待拣货，我们已经在订单上换成您发来的地址，原定的送达日期不受影响。\n\n闻若岚",
     ["address"], "发货前修改地址 (JC11, JC14)"),
    ("汪先生，您好：\n\n抽屉柜是大件商品，由货运公司送到楼下路边。承运商会提前一天和您约好四小时的送货时段，建议当天安排两个人一起搬上楼。货运单号 PRO 4820117587。\n\n邝启明",
     ["delivery", "shipping"], "大件货运预约 (JC9, JC14)"),
    ("田女士，您好：\n\n如果要退回推车，请在“您的订单”里申请退货，系统会提供预付费面单。寄回前把推车折叠好，连同车轮和杯架一起装回原纸箱，封口多贴几道胶带；原纸箱已经扔掉的话，用尺寸相近的结实纸箱也可以。\n\n闻若岚",
     ["returns", "packing"], "退货包装说明 (JC4)"),
    ("任先生，您好：\n\n您退回的安全座椅今天已经入库，189.99美元已原路退回您付款用的信用卡，具体到账时间以银行为准，通常一周以内。\n\n邝启明",
     ["refund", "returns"], "退货退款 (JC11, JC14)"),
    ("姜女士，您好：\n\n婴儿床属于大件包裹，发往加拿大需要单独报关，所以会比普通包裹晚一到两天出境，预计下周三到达温哥华。进口费用已经包含在您的亚马逊订单金额里，清关时不需要另外付钱。\n\n闻若岚",
     ["customs"], "大件包裹单独报关，进口费用已含在订单里 (JC7)"),
    ("方先生，您好：\n\n您要取消的那笔订单已经处理好了。仓库还没出库，所以这笔钱不会真正扣走，卡上暂时冻结的金额银行会在几天内解除。\n\n邝启明",
     ["cancellation"], "发货前取消订单 (JC11, JC14)"),
    ("廖女士，您好：\n\n婴儿床分成两个纸箱分别发货：第一箱 FedEx 单号 772048153415，明天送达；第二箱 FedEx 单号 772048153422，预计周五送达。建议两箱都到齐后再一起拆开。\n\n闻若岚",
     ["tracking", "split-shipment"], "两箱分开发货 (JC14)"),
    ("邹先生，您好：\n\n非常抱歉，抽屉柜在运输途中被撞裂了侧板。新的一件今天已由货运公司发出，货运单号 PRO 4820117594，承运商会和您预约送货时间；坏的那件请先留在您那里，我们会通过亚马逊安排上门取件。\n\n邝启明",
     ["damage", "returns"], "运输损坏、货运补发与取件 (JC4, JC6, JC9)"),
    ("白女士，您好：\n\n推车的颜色发错了，非常抱歉。您订的海军蓝那辆今天已经交给 UPS（运单号 1ZH8E7W40312558763）。灰色那辆请在30天内用亚马逊提供的预付费面单寄回，不会向您收取任何费用。\n\n闻若岚",
     ["fulfilment", "returns"], "发错颜色的换货 (JC6, JC11)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("阮小姐 您好：\n\n推車昨天下午已經出貨交給 UPS，追蹤單號是 1ZH8E7W40312558770，物流預估週四會送到。\n\n卓雅筠",
     ["tracking"], "追蹤單號與預計送達 (JC14)"),
    ("連先生 您好：\n\n很抱歉讓您久等。物流顯示包裹受颱風影響暫停配送，預計會晚兩天送達。如果下週一還沒收到，請在本訊息告訴我們，我們會立即補寄。\n\n歐陽承翰",
     ["delay"], "颱風延誤 (JC14)"),
    ("甘太太 您好：\n\n搖椅體積較大，不方便自行寄回。請在「您的訂單」申請退貨，系統會安排物流到府收件；寄回前請把搖椅裝回原紙箱，或用厚紙板包好四個角。\n\n卓雅筠",
     ["returns", "packing"], "大件退貨到府收件 (JC4, JC9)"),
    ("官先生 您好：\n\n倉庫已經收到您退回的提籃式汽座，189.99 美元已退回您原本的付款方式，實際入帳時間依銀行作業為準，一般在一週內。\n\n歐陽承翰",
     ["refund", "returns"], "退貨退款 (JC11, JC14)"),
    ("俞小姐 您好：\n\n訂單還在揀貨中，我們已依照您的訊息把收件地址改成新竹的新住址，配送日期不受影響。\n\n卓雅筠",
     ["address"], "出貨前修改地址 (JC14)"),
    ("粘先生 您好：\n\n包裹目前在桃園機場等待海關查驗，通常一到三個工作天就會放行，之後由國內物流配送。如果海關通知需要補繳稅費，請先回覆本訊息，我們會協助確認。\n\n歐陽承翰",
     ["customs"], "海關查驗 (JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Strand-Mabuza,\n\nYes, the Harborline Nest is certified for aircraft use when you fit the carrier on its own with the lap belt, without the base. The red wording on the sticker on the side of the shell confirms it. Most airlines still expect you to book a seat for the baby if you want to use it on board.\n\nPhilippa",
     ["advice"], "air travel: no template covers this (JC15)"),
    ("Hello Mr Trevelyan,\n\nThe Ambler Glide isn't built for running. Its front wheels swivel and there is no wrist strap or hand brake, so it can veer suddenly at speed. Brisk walks and gravel paths are fine; jogging calls for a stroller with a fixed front wheel.\n\nDesmond",
     ["advice"], "jogging suitability (JC15)"),
    ("Dear Ms Okonjo-Price,\n\nThe crib takes a standard full-size crib mattress, 52 by 28 inches and no more than 6 inches thick. Any mattress of that size that meets the federal crib mattress standard will fit, and a firm one is the safer choice for a young baby.\n\nImogen",
     ["advice", "compatibility"], "the buyer's own buying question about mattress size; no product pushed (JC10, JC15)"),
    ("Hi Mr Gallo,\n\nThe Swivel 360 can be used for ten years from its date of manufacture. You'll find that date on the white label under the shell and moulded into the plastic near the belt path. After it passes, please retire the seat, because the plastic gets more brittle with age.\n\nKwabena",
     ["advice", "safety"], "car seat expiry (JC13, JC15)"),
    ("Hello Ms Vail,\n\nI'm relieved everyone is all right. After a moderate or severe crash the car seat has to be replaced even if it looks fine. After a very minor one, where the car could be driven away, the door nearest the seat was not hit, no airbags went off and nobody was hurt, it can stay in use. If in doubt, please stop using it.\n\nPhilippa",
     ["advice", "safety"], "seat after a crash (JC13, JC15)"),
    ("Hi Mr Sandhu,\n\nThank you for the video of the wobbling front wheel. I've passed it to our product team and will come back to you by tomorrow afternoon with what we suggest.\n\nDesmond",
     ["holding"], "holding reply about a fault (JC16)"),
    ("Dear Mrs Halvorsen,\n\nThe crib has a water-based lacquer that is lead-free and free from phthalates, and it is tested to the US safety standard for children's products. A teething baby chewing on the top rail won't come to harm, though you may want to wipe the rail down often.\n\nImogen",
     ["advice", "safety"], "finish safety; 'free from' is a spec, not an offer (JC11, JC13, JC15)"),
    ("Hi Beatrix,\n\nThe storage basket takes up to 22 lb. Please don't hang bags on the handlebar: when the seat is empty, that weight can tip the stroller over backwards.\n\nKwabena",
     ["advice", "safety"], "basket load (JC13, JC15)"),
    ("Hello Mr Osterberg,\n\nPlease keep the harness straps out of the washing machine and don't soak them, as detergent can weaken the webbing. Wipe them with a cloth, warm water and a drop of mild soap, then let them air-dry. The seat pad itself can go through a cold, gentle cycle.\n\nImogen",
     ["advice"], "cleaning the harness: no template covers car seat cleaning (JC15)"),
    ("Hi Ms Ndiaye-Foster,\n\nIt's worth filling in the registration card taped to the car seat and posting it back; the postage is already paid. We only use it to tell you if there is ever a safety notice for your seat's model.\n\nPhilippa",
     ["advice", "safety"], "product registration for safety notices (JC13, JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("杜女士，您好：\n\nHarborline Nest 提篮可以在飞机上使用：不装底座，直接用飞机座椅的腰带把提篮固定好，座椅侧面贴纸上的红色字样就是相应的认证。不过多数航空公司要求给宝宝单独订座位才能这样用。\n\n闻若岚",
     ["advice"], "乘飞机使用 (JC15)"),
    ("夏先生，您好：\n\nAmbler Glide 不适合推着跑步。它的前轮是万向轮，也没有手腕绳和手刹，速度一快容易突然偏向。平时快走、走石子路都没问题。\n\n邝启明",
     ["advice"], "能否跑步 (JC15)"),
    ("雷女士，您好：\n\n这款婴儿床用的是标准尺寸的婴儿床垫，长约132厘米、宽约71厘米，厚度不超过15厘米。小月龄宝宝睡偏硬的床垫更安全。\n\n闻若岚",
     ["advice", "compatibility"], "买家自己问的床垫尺寸，不推荐商品 (JC10, JC15)"),
    ("邵先生，您好：\n\n谢谢您拍的视频，我们已经转给产品同事查看前轮晃动的原因，明天下午之前给您答复。\n\n邝启明",
     ["holding"], "故障的等待回复 (JC16)"),
    ("段女士，您好：\n\n安全座椅的使用年限是自生产日期起十年，生产日期印在座椅底部的白色标签上。过了年限请停止使用，塑料件老化以后强度会下降。\n\n闻若岚",
     ["advice", "safety"], "使用年限 (JC13, JC15)"),
    ("汤先生，您好：\n\n发生中度或严重的车祸后，即使座椅看起来完好，也必须更换。只有非常轻微的碰撞（车能自己开走、靠近座椅的车门没有受损、气囊没有弹出、车上没有人受伤）才可以继续使用。\n\n邝启明",
     ["advice", "safety"], "事故后的座椅 (JC13, JC15)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("闕太太 您好：\n\n嬰兒床的塗料是水性漆，不含鉛，也通過兒童用品的安全檢測。寶寶長牙時啃咬床欄不會有危害，只是建議您經常擦拭床欄。\n\n卓雅筠",
     ["advice", "safety"], "塗料安全 (JC13, JC15)"),
    ("麥先生 您好：\n\n推車的置物籃最多可以放十公斤。請不要把包包掛在手把上，座椅上沒有孩子的時候，推車很容易往後翻倒。\n\n歐陽承翰",
     ["advice", "safety"], "置物籃載重 (JC13, JC15)"),
    ("殷小姐 您好：\n\nSwivel 360 可以搭配大多數有 ISOFIX 固定點的車款。如果您的車是小型三門車，前座椅背可能會碰到汽座，建議先量一下後座的前後空間。\n\n卓雅筠",
     ["advice", "compatibility"], "車款相容性 (JC10, JC15)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Lockhart,\n\nQuick folding tip: seat upright and brake on, then press the grey button under the bar and tug the seat strap up. It drops forward and the side latch keeps it shut. To open, flip the latch, raise the handle until both sides click and push on the footrest to check it's locked.\n\nPhilippa",
     "retells en/stroller/fold (JC12)"),
    ("Hello Mr Cardenas,\n\nFor the lower anchors: clip both connectors on until they show green, kneel in the base and pull the strap tight. Test it at the belt path; under an inch of movement is what you're after. Forward-facing, don't skip the top tether, and the bubble on the base tells you if the angle is right.\n\nDesmond",
     "retells en/carseat/install (JC12)"),
    ("Hi Ms Bellweather,\n\nMove the headrest with the red handle and the straps come along with it. Rear-facing, they belong at or under the shoulders; forward-facing, at or over. Tighten until you can't pinch the strap at the collarbone, keep the clip at armpit level, and leave the puffy coat off.\n\nImogen",
     "retells en/carseat/harness (JC12)"),
    ("Hello Mr Varnavas,\n\nThe Nest carrier goes on the Glide frame with the L and R adapter rings from the stroller box. Take the seat off, click the rings on, then set the carrier down facing you until both sides click.\n\nKwabena",
     "retells en/carseat/stroller-adapter (JC12)"),
    ("Dear Ms Pennington,\n\nFor the crib, allow an hour with two people and the hex key from the hardware bag. Ends first, then the mattress support, then front and back. Keep the bolts loose until it's all together, tighten evenly, and re-check them now and then.\n\nPhilippa",
     "retells en/crib/assembly (JC12)"),
    ("Hi Mr Eze-Wallace,\n\nOur warranty covers parts that fail because of how they were made, such as a latch, a wheel bearing or a seam, but not normal wear or accident damage. Tell us what happened and send a couple of photos here, and we'll take it from there.\n\nDesmond",
     "retells en/warranty/claim without case or order id (JC12)"),
    ("Hello Ms Ashworth-Lowe,\n\nWhen you have a spare moment, an Amazon review of the glider, whatever you make of it, would help other parents choose.\n\nImogen",
     "neutral review request in own words: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("史女士，您好：\n\n遮阳篷拉到最前面以后，中间有条拉链能再放长一段；靠背有四档，捏住后面的调节扣就能调，小宝宝用最平那档，调完记得推一下确认锁住了。\n\n闻若岚",
     "retells zh/stroller/canopy-recline (JC12)"),
    ("顾先生，您好：\n\n按住底座前面的按钮就能转座椅，开车时一定要转到正后或正前，侧面小窗变绿才算锁好。后向建议至少用到两岁。\n\n邝启明",
     "retells zh/carseat/rotate (JC12)"),
    ("易女士，您好：\n\n柜子一定要用附带的绑带固定到墙上：一头拧在柜子背板顶上，另一头拧进墙里的龙骨，石膏板墙就换成膨胀螺栓。也别让孩子爬抽屉。\n\n闻若岚",
     "retells zh/dresser/anti-tip (JC12)"),
    ("常先生，您好：\n\n做工或材料的问题都在质保范围内，比如锁扣锁不上、轮子卡死、缝线开了；正常磨损和摔坏的不算。麻烦您说一下情况，再拍几张照片发过来。\n\n邝启明",
     "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("裴先生 您好：\n\n布套跟遮陽篷都能拆，解開按扣和黏扣帶就好。用冷水加一點中性洗劑手洗，不要烘乾，攤平陰乾；車架擦一擦就可以。\n\n卓雅筠",
     "retells zh-tw/stroller/fabric-care (JC12)"),
    ("樊小姐 您好：\n\n新生兒內墊有兩件，五公斤以前都要用，超過就先拿掉身體墊，頭枕等頭頂到上緣再拆。拆完記得把肩帶重新調好。\n\n歐陽承翰",
     "retells zh-tw/carseat/newborn-insert (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Rydell,\n\nA new canopy is being posted to you tomorrow with USPS. Meanwhile, keep the stroller out of the midday sun, and feel the seat fabric with your hand before you sit your baby down, because dark fabric gets hot quickly.\n\nKwabena",
     "shipping plus sun-safety advice (JC5, JC13)"),
    ("Hello Ms Lavoie,\n\nThe crib is out for delivery today. When it comes, open both cartons in the nursery rather than the hallway, and lay the panels face down on the cardboard while you build it so the finish stays unmarked.\n\nPhilippa",
     "delivery plus assembly advice (JC5)"),
    ("Dear Mr Whitlam,\n\nYour return is open, and Amazon has put the prepaid label in Your Orders. One thing worth trying first: the rocking you describe usually stops once the recline foot on the base is set to the correct position for your car.\n\nDesmond",
     "return plus installation advice (JC5)"),
    ("Hi Ms Oyelowo,\n\nThe dresser is being held at customs in Vancouver for another day or two. Meanwhile, find the wall stud where you plan to stand it, since the anti-tip strap needs solid wood or a proper wall anchor.\n\nImogen",
     "customs plus anti-tip safety advice (JC5, JC13)"),
    ("Hello Mr Castleton,\n\nWe posted the missing hex key today (UPS 1ZH8E7W40312558787). In the meantime, a standard 5 mm hex key from any toolbox does the same job; just don't use a power drill on the crib bolts, as it can strip the threads.\n\nKwabena",
     "tracking plus assembly advice (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("武女士，您好：\n\n新推车已经安排好，明天交给 UPS 发货。这几天旧的那辆还能用，下坡时请双手握稳车把，前轮就不会晃得那么厉害。\n\n闻若岚",
     "换货发出加使用建议 (JC5)"),
    ("乔先生，您好：\n\n婴儿床周四会送到。拆箱时建议直接在婴儿房里拆开组装，把板材正面朝下放在纸板上，就不容易刮花。\n\n邝启明",
     "送达时间加组装建议 (JC5)"),
    ("贺女士，您好：\n\n您的抽屉柜还在清关。等待期间可以先在墙上找好龙骨的位置，柜子到了就能直接用防倾倒绑带固定。\n\n闻若岚",
     "清关加防倾倒建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("鮑太太 您好：\n\n補寄的遮陽篷今天已經寄出。收到之前，中午出門請避開直射的陽光，也請先用手摸摸座椅布面，太燙就等一下再讓寶寶坐。\n\n卓雅筠",
     "補寄加防曬建議 (JC5)"),
    ("饒先生 您好：\n\n汽座週三就會送到府上。裝車之前，請先把新生兒內墊放好，再照寶寶肩膀的位置調整肩帶高度。\n\n歐陽承翰",
     "送達時間加使用建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/stroller/fold", dict(buyer_name="Mr Fenwick-Adair", product=GLIDE, agent_name=A4),
        "before a child sits in it.",
        "P.S. Ambler rain covers are 20% off in our Amazon store until Sunday with code DRYRIDE20, so now is a good time to grab one.",
        [MKT, TR], "P.S. with a coupon code for an accessory (policy.md B)", sep="\n\n")
add_bad("en/carseat/harness", dict(buyer_name="Ms Lamontagne", product=SWIVEL, agent_name=A1),
        "lay a blanket over the top instead.",
        "If you're pleased with the seat, please leave us a five-star review; it really helps a small family business like ours.",
        [RI, TR], "five-star ask aimed at satisfied buyers (policy.md C2)")
add_bad("en/carseat/install", dict(buyer_name="Mr Kristiansen", product=SWIVEL, vehicle="2022 Kia Telluride", agent_name=A2),
        "for each direction.",
        "For a live install check, send a video to our car seat technician on WhatsApp at +1 775-555-0163.",
        [OPC, TR], "product support moved to WhatsApp with a phone number (policy.md D3, D4)")
add_bad("en/apology/glider-squeak", dict(buyer_name="Mrs Abioye", product=GLIDER, agent_name=A3),
        "arrange new pivot hardware for you.",
        "If you're still unhappy after that, please come to us first rather than leaving a review.",
        [RI, TR], "review gating: an unhappy buyer steered away from reviewing (policy.md C3)")
add_bad("en/carseat/stroller-adapter", dict(buyer_name="Ms Sallis", carrier_model=NEST, stroller_model=GLIDE, agent_name=A4),
        "before you refit the stroller seat.",
        "Tag us on Instagram @hazelbrook.nursery with a photo of your travel system to enter our monthly stroller giveaway!",
        [MKT, OPC, TR], "Instagram handle plus a giveaway (policy.md B, D4)")
add_bad("en/review/neutral-request", dict(buyer_name="Mr Oakenfold", product=DRESSER, order_id="113-9145726-3306184",
        agent_name=A1),
        "whatever it says.",
        "To say thanks, we'll send you a $15 Amazon gift card as soon as your review goes live.",
        [RI, TR], "gift card for a review (policy.md C1)")
add_bad("en/crib/assembly", dict(buyer_name="Ms Delaney-Kwarteng", product=CRIB, hardware_bag="A", agent_name=A2),
        "because wood settles over time.",
        "There is also a step-by-step assembly video on our website at www.hazelbrook-nursery.com/crib-help.",
        [OPC, TR], "outside link for product help (policy.md D1)")
add_bad("en/warranty/claim", dict(buyer_name="Mr Straughan", product=GLIDE, warranty_period="two-year",
        case_id="HBN-W-61522", order_id="111-2970048-7765392", agent_name=A3),
        "within two business days.",
        "When the replacement frame ships, you can follow it on our own tracking page at hazelbrook-nursery.com/track instead of in Amazon.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required (policy.md D1)")
free(V, "en", "Hi Ms Renwick,\n\nThe refund for your returned stroller has gone through. Now that this is settled, would you consider raising your two-star review? We'd happily post you a rain cover at no charge for doing so.\n\nKwabena",
     [RI, TR], "refund of a return (logistics) plus a free accessory for changing a review (policy.md C1, C4; JC3)",
     ["free-written"])

add_bad("zh/stroller/canopy-recline", dict(buyer_name="龚先生", product="Ambler Glide 婴儿推车", agent_name=Z1),
        "再让宝宝坐进去。",
        "另外，本店新款推车雨罩本周限时八折，欢迎顺手加购！",
        [MKT, TR], "新款雨罩八折促销 (policy.md B)")
add_bad("zh/review/neutral-request", dict(buyer_name="文女士", product="Harborline Swivel 360 安全座椅",
        order_id="112-7425919-1180647", agent_name=Z2),
        "都欢迎如实分享。",
        "给我们留五星好评并把截图发到这里，就能领取15美元返现。",
        [RI, TR], "五星好评截图返现 (policy.md C1, C2)")
add_bad("zh/carseat/rotate", dict(buyer_name="黎先生", product="Harborline Swivel 360 安全座椅", agent_name=Z1),
        "规定的后向范围以内。",
        "装车时拿不准的话，加一下我们客服微信 hzb_baby，发段视频过来，师傅帮您看。",
        [OPC, TR], "微信号用于安装指导 (policy.md D4)")
add_bad("zh/warranty/claim", dict(buyer_name="李女士", product="Juniper Row 六斗抽屉柜", warranty_period="五年",
        case_id="HBN-W-61560", order_id="114-1189374-6652308", agent_name=Z2),
        "两个工作日内审核。",
        "问题解决以后，麻烦您把之前给的差评改一下或者删掉。",
        [RI, TR], "要求修改或删除差评 (policy.md C4)")
free(V, "zh", "阎先生，您好：\n\n退回的推车已经收到。为了到账快一点，退款我们可以直接用支付宝转给您，请把您的支付宝账号发给我们。\n\n邝启明",
     [OPC], "退货退款改走支付宝：内容仍是物流，所以不标 template-required (policy.md D5; JC3)", ["free-written"])

add_bad("zh-tw/stroller/fabric-care", dict(buyer_name="花小姐", product="Ambler Glide 嬰兒推車", agent_name=W1),
        "避免金屬零件生鏽。",
        "歡迎加入我們的 LINE 社群 @hazelbrook，每個月都有會員限定優惠券。",
        [MKT, OPC, TR], "LINE 社群加會員優惠券 (policy.md B, D4)")
add_bad("zh-tw/glider/lock", dict(buyer_name="佘先生", product="Juniper Row Haven 哺乳搖椅", agent_name=W2),
        "先把拉桿推到鎖定位置。",
        "用得順手的話，麻煩幫我們打個五星好評，謝謝！",
        [RI, TR], "滿意才請求五星好評 (policy.md C2, C3)", sep="\n\n")
free(V, "zh", "左太太 您好：\n\n您的嬰兒床今天已經出貨。同系列的嬰兒床墊本週加購享九折，歡迎一起選購。\n\n卓雅筠",
     [MKT, TR], "出貨通知加床墊加購九折：加購句不是物流 (policy.md B; JC3)", ["free-written"], trad=True)
