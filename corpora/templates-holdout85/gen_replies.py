# -*- coding: utf-8 -*-
"""Labelled seller replies of t85 (imported by gen.py). All texts written for this set.

One call per reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note points to the judgement calls in README.md.
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
    """Render a template and apply (old, new) edits in turn; each old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, text.count(old), tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(paras) == 1, (tid, starts)
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: swap two adjacent sentences."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def added(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    """A fill with one sentence added after `anchor`."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ staff and products (all invented)
A1, A2, A3, A4 = "Marisol Quenneville", "Teodor Vashchenko", "Henrietta Mbatha-Crane", "Lachlan Fitzwarren"
Z1, Z2 = "蒲嘉禾", "缪雨桐"
W1, W2 = "闕俊廷", "栗雅筑"
BAN_R, BAN_O = "Coilnest 9-inch round banneton", "Coilnest 10-inch oval banneton"
BAN_LONG = ("Coilnest Round Banneton Proofing Basket 9 Inch, Natural Rattan Sourdough Bread Proofing Bowl with Linen "
            "Liner Cloth and Dough Scraper, Bread Making Kit for Home Bakers, Holds 1.5 lb of Dough")
LAME = "Scorewright bread lame"
LAME_LONG = ("Scorewright Bread Lame with Walnut Handle, Magnetic Leather Cover and 10 Replaceable Double-Edged Blades, "
             "Dough Scoring Tool for Sourdough and Baguettes")
POT32, POT55 = "Emberpot 3.2-quart combo cooker", "Emberpot 5.5-quart Dutch oven"
POT_LONG = ("Emberpot Pre-Seasoned Cast Iron Combo Cooker 3.2 Quart, 2-in-1 Dutch Oven with Skillet Lid for Sourdough "
            "Bread Baking, Oven Safe to 500 F, Dual Loop Handles")
PROOF = "Risewell folding proofing box"
PROOF_LONG = ("Risewell Folding Dough Proofing Box with Adjustable Thermostat 70-120 F, Water Tray for Humidity, "
              "Collapsible for Storage, Fits Two 9-Inch Bannetons, for Sourdough, Yogurt and Starter")
SCR = "Benchmate scraper set"
BAN_ZH, BAN_ZH_LONG = "Coilnest 9英寸圆形发酵篮", ("Coilnest 圆形藤编发酵篮 9英寸 天然藤条 酸种面包发酵碗 附亚麻布内衬 "
                                                   "适合欧包 家庭烘焙 可装七百克面团")
SCR_ZH, POT_ZH, PROOF_ZH = "Benchmate 刮板两件套", "Emberpot 3.2夸脱铸铁组合锅", "Risewell 折叠发酵箱"
POT_TW, LAME_TW = "Emberpot 5.5 夸脫鑄鐵鍋", "Scorewright 割紋刀"
POT_TW_LONG = ("Emberpot 鑄鐵鍋 5.5 夸脫 預先開鍋 歐式麵包專用 雙耳設計 可進烤箱 耐熱攝氏二百六十度 附矽膠把手套")

# ============================================================ 1. filled templates -> []
fill("en/banneton/first-use", dict(buyer_name="Ms Albrechtsen", banneton=BAN_R, agent_name=A1), "exact fill")
fill("en/banneton/first-use", dict(buyer_name="Mr Nwachukwu-Tate", banneton=BAN_LONG, agent_name=A2),
     "the whole listing title in the banneton slot; greeting changed (JC2)",
     edits=[("Hello Mr Nwachukwu-Tate,", "Good afternoon Mr Nwachukwu-Tate,")], tags=["greeting", "long-value"])
fill("en/banneton/first-use", dict(buyer_name="Ms Ravenhill", banneton=BAN_O, agent_name=A3),
     "warm line with no product content added after the greeting (JC2)",
     edits=[("Hello Ms Ravenhill,", "Hello Ms Ravenhill,\n\nWhat a nice way to spend a snowy weekend.")], tags=["warm-line"])
fill("en/lame/scoring", dict(buyer_name="Mr Castellane", lame=LAME, agent_name=A4), "exact fill")
_v = dict(buyer_name="Ms Oyelowo-Prince", lame=LAME, agent_name=A1)
fill("en/lame/scoring", _v, "first two paragraphs hard-wrapped at 68 columns, as pasted from a mail client (JC2)",
     edits=[wrap("en/lame/scoring", _v, "Here is how", 68), wrap("en/lame/scoring", _v, "Score straight", 68)],
     tags=["reflow"])
fill("en/lame/scoring", dict(buyer_name="Mr Dellacroce", lame=LAME_LONG, agent_name=A2),
     "listing title in the lame slot; sign-off turned into a warm line (JC2)",
     edits=[("Happy baking,", "Good luck with the baguettes this weekend, and happy baking,")],
     tags=["long-value", "sign-off", "warm-line"])
fill("en/dutch-oven/seasoning", dict(buyer_name="Mrs Whitmore-Sallis", pot=POT32, agent_name=A3), "exact fill")
fill("en/dutch-oven/seasoning", dict(buyer_name="Mr Abernant", pot=POT_LONG, agent_name=A4),
     "listing title in the pot slot; first two paragraphs run together (JC2)",
     edits=[("darken evenly as you bake.\n\nAfter each use", "darken evenly as you bake. After each use")],
     tags=["long-value", "merge"])
fill("en/dutch-oven/seasoning", dict(buyer_name="Ms Kerrigan-Moss", pot=POT55, agent_name=A1),
     "one sentence paraphrased with the same two instructions (JC2)",
     edits=[("Avoid soaking it and do not put it in the dishwasher.",
             "Never leave it to soak, and keep it out of the dishwasher.")], tags=["paraphrase"])
fill("en/proofer/settings", dict(buyer_name="Mr Santangelo", proofer=PROOF, agent_name=A2), "exact fill")
fill("en/proofer/settings", dict(buyer_name="Ms Thorvaldsen", proofer=PROOF, agent_name=A3),
     "the two temperature sentences swapped (JC2)",
     edits=[swap("For a sluggish starter, 78 to 80 degrees F usually gets it bubbling again within a feeding or two.",
                 "For the bulk ferment of most sourdough loaves, 76 degrees F is a good middle ground; go lower for a longer, tangier rise.")],
     tags=["reorder"])
fill("en/proofer/settings", dict(buyer_name="Bettina", proofer=PROOF_LONG, agent_name=A4),
     "first name, greeting changed, warm line added; listing title in the slot (JC2)",
     edits=[("Hello Bettina,", "Hi Bettina,\n\nThank you for the photo of your kitchen; it looks like a lovely place to bake.")],
     tags=["greeting", "warm-line", "long-value"])
fill("en/troubleshoot/sticking", dict(buyer_name="Mr Lindqvist-Oduro", banneton=BAN_R, agent_name=A1), "exact fill")
fill("en/troubleshoot/sticking", dict(buyer_name="Ms Aguirre-Platt", banneton=BAN_O, agent_name=A2),
     "the long middle paragraph split in two before the third cause (JC2)",
     edits=[(" The third is a damp basket", "\n\nThe third is a damp basket")], tags=["split"])
fill("en/troubleshoot/proofer-heat", dict(buyer_name="Mr Ferrabosco", proofer=PROOF, agent_name=A3), "exact fill")
fill("en/troubleshoot/proofer-heat", dict(buyer_name="Ms Heathcote-Ng", proofer=PROOF, agent_name=A4),
     "greeting and sign-off changed (JC2)",
     edits=[("Hello Ms Heathcote-Ng,", "Dear Ms Heathcote-Ng,"), ("Kind regards,", "Thank you for your patience, and kind regards,")],
     tags=["greeting", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Mr Plunkett-Ivers", product=POT55, warranty_period="limited lifetime",
     case_id="LLH-K-30418", order_id="114-6038215-7290461", agent_name=A1), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Desrosiers", product=PROOF_LONG, warranty_period="two-year",
     case_id="LLH-K-30452", order_id="112-8814079-3356102", agent_name=A2),
     "listing title in the product slot (JC2)", edits=[("Yours sincerely,", "Sincerely,")], tags=["long-value", "sign-off"])
fill("en/apology/rust", dict(buyer_name="Mr Gwynedd", pot=POT32, agent_name=A3), "exact fill")
fill("en/apology/rust", dict(buyer_name="Ms Rasmussen-Diallo", pot=POT55, agent_name=A4),
     "one phrase reworded (JC2)", edits=[("even for an hour", "even for a short while")], tags=["wording"])
fill("en/review/neutral-request", dict(buyer_name="Mr Okonjo-Hart", product=BAN_O, order_id="113-2270945-8813506",
     agent_name=A1), "exact fill of the neutral request; the only request for this order (JC9)")

fill("zh/scraper/use", dict(buyer_name="王女士", scraper=SCR_ZH, agent_name=Z1), "exact fill")
fill("zh/scraper/use", dict(buyer_name="李先生", scraper=SCR_ZH, agent_name=Z2), "问候语和结尾祝语改写 (JC2)",
     edits=[("李先生，您好：", "李先生，早上好："), ("祝您烘焙愉快！", "祝您周末烤出漂亮的面包！")], tags=["greeting", "sign-off"])
fill("zh/banneton/mold", dict(buyer_name="张小姐", banneton=BAN_ZH, agent_name=Z1), "exact fill")
fill("zh/banneton/mold", dict(buyer_name="赵女士", banneton=BAN_ZH_LONG, agent_name=Z2),
     "整段商品标题放入占位符，问候后加一句关心的话 (JC2)",
     edits=[("赵女士，您好：", "赵女士，您好：\n\n这几周南方一直在下雨，真是辛苦您了。")], tags=["long-value", "warm-line"])
fill("zh/banneton/mold", dict(buyer_name="周先生", banneton=BAN_ZH, agent_name=Z1), "一处措辞改动 (JC2)",
     edits=[("请不要用漂白水", "千万别用漂白水")], tags=["wording"])
fill("zh/warranty/claim", dict(buyer_name="吴先生", product=POT_ZH, warranty_period="终身有限", case_id="LLH-K-30507",
     order_id="111-4420896-1157730", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="徐女士", product=PROOF_ZH, warranty_period="两年", case_id="LLH-K-30533",
     order_id="113-9052147-6620389", agent_name=Z1), "不在保修范围的一句换了说法，四种情况不变 (JC2)",
     edits=[("以下情况不在保修范围内：日常使用造成的磨损、没有擦干导致的生锈、摔落造成的崩口，以及超过说明书温度上限使用造成的损坏。",
             "日常磨损、因为没擦干而生锈、摔落造成的崩口，以及超出说明书温度上限使用导致的损坏，都不属于保修范围。")],
     tags=["paraphrase"])
fill("zh/review/neutral-request", dict(buyer_name="郭先生", order_id="112-3379051-4408216", product=BAN_ZH, agent_name=Z2),
     "中立评论邀请原样填写，本订单唯一一次 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="宋女士", order_id="114-7615203-9931847", product=POT_ZH, agent_name=Z1),
     "问候语改写，加结尾祝语 (JC2, JC9)",
     edits=[("宋女士，您好：", "宋女士，晚上好："), ("我们会尽力帮您解决。", "我们会尽力帮您解决。\n\n祝您生活愉快！")],
     tags=["greeting", "sign-off"])
fill("zh/apology/proofer-smell", dict(buyer_name="程先生", proofer=PROOF_ZH, agent_name=Z2), "exact fill")
fill("zh/apology/proofer-smell", dict(buyer_name="曹女士", proofer=PROOF_ZH, agent_name=Z1), "后两段合并成一段 (JC2)",
     edits=[("就可以正常使用了。\n\n如果空转两次", "就可以正常使用了。如果空转两次")], tags=["merge"])
fill("zh/apology/proofer-smell", dict(buyer_name="吕先生", proofer=PROOF_ZH, agent_name=Z2), "问候后加一句暖心的话 (JC2)",
     edits=[("吕先生，您好：", "吕先生，您好：\n\n听说您是第一次自己养酵种，真替您高兴。")], tags=["warm-line"])

fill("zh-tw/dutch-oven/preheat", dict(buyer_name="張先生", pot=POT_TW, agent_name=W1), "exact fill")
fill("zh-tw/dutch-oven/preheat", dict(buyer_name="趙小姐", pot=POT_TW_LONG, agent_name=W2),
     "整段商品標題放入佔位符，結尾祝語改寫 (JC2)", edits=[("敬祝 烘焙愉快", "敬祝 闔家平安")], tags=["long-value", "sign-off"])
fill("zh-tw/lame/blades", dict(buyer_name="蔣太太", lame=LAME_TW, agent_name=W1), "exact fill")
fill("zh-tw/lame/blades", dict(buyer_name="夏先生", lame=LAME_TW, agent_name=W2), "問候後加一句客氣話 (JC2)",
     edits=[("夏先生 您好：", "夏先生 您好：\n\n謝謝您耐心等候我們的回覆。")], tags=["warm-line"])
fill("zh-tw/lame/blades", dict(buyer_name="鍾小姐", lame=LAME_TW, agent_name=W1), "第二段兩句對調 (JC2)",
     edits=[swap("更換時請捏住刀片兩端沒有刃口的地方，把舊刀片往上取下，再把新刀片的中間孔洞對準固定柱，壓下護蓋直到聽見卡一聲。",
                 "請不要用手指直接碰觸刃口。", sep="")], tags=["reorder"])
fill("zh-tw/troubleshoot/burnt-bottom", dict(buyer_name="田先生", pot=POT_TW, agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/burnt-bottom", dict(buyer_name="任小姐", pot=POT_TW, agent_name=W1), "最後一句換個說法，意思不變 (JC2)",
     edits=[("每臺烤箱的火力都不太一樣，建議每次只調整一項，比較容易找出最適合的做法。",
             "因為每臺烤箱火力不同，一次只改一個地方，最容易找到適合您的做法。")], tags=["paraphrase"])
fill("zh-tw/review/neutral-request", dict(buyer_name="崔太太", product=POT_TW, order_id="111-5863402-2274915",
     agent_name=W2), "中立評論邀請原樣填寫，本訂單唯一一次 (JC9)")
fill("zh-tw/review/neutral-request", dict(buyer_name="顧先生", product=LAME_TW, order_id="113-0648127-5509384",
     agent_name=W1), "加上結尾祝語 (JC2, JC9)",
     edits=[("直接回覆這則訊息即可。", "直接回覆這則訊息即可。\n\n祝 生活愉快")], tags=["sign-off"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; merged into a trailing (JCn) group when the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    added(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/banneton/first-use", dict(buyer_name="Mr Castellanos-Reyes", banneton=BAN_R, agent_name=A2),
         "leave it out when you want the spiral pattern on top of the loaf.",
         "The linen liner that was missing from your parcel went out this morning by USPS, tracking 9374869051327740218863, and should arrive by Friday.",
         "missing liner sent (JC6)", ["fulfilment", "tracking"], sep="\n\n")
fill_log("en/lame/scoring", dict(buyer_name="Ms Pemberton-Lowe", lame=LAME, agent_name=A3),
         "Each edge usually lasts fifteen to twenty loaves.",
         "Because your parcel to Leeds contains blades, the courier will ask to see proof that you are 18 or over when it is delivered, so please have an ID handy.",
         "age check on delivery of blades (JC5)", ["age-check", "delivery"])
fill_log("en/dutch-oven/seasoning", dict(buyer_name="Mr Iversen", pot=POT55, agent_name=A4),
         "bake it upside down at 450 degrees F for an hour.",
         "Your Dutch oven left our Louisville warehouse today with FedEx Ground, tracking 786205913384, and should reach you on Tuesday.",
         "dispatch and tracking as its own paragraph", ["tracking"], sep="\n\n")
fill_log("en/proofer/settings", dict(buyer_name="Ms Yamaguchi-Bell", proofer=PROOF, agent_name=A1),
         "before you collapse the sides.",
         "The two bannetons from the same order were packed separately and left Portland yesterday with UPS, tracking 1Z5K9H270314852269, due on Monday.",
         "split shipment of the rest of the order", ["split-shipment", "tracking"])
fill_log("en/warranty/claim", dict(buyer_name="Mr Delacourt", product=POT32, warranty_period="limited lifetime",
         case_id="LLH-K-30576", order_id="111-9247360-0183527", agent_name=A2),
         "receiving your photos.",
         "If the pot needs to come back to us, a prepaid UPS return label will appear in Your Orders, so the return shipping costs you nothing.",
         "how the pot would travel back (JC7, JC14)", ["returns"])
fill_log("en/apology/rust", dict(buyer_name="Ms Fairbrother", pot=POT55, agent_name=A3),
         "will keep moisture away.",
         "If you would still rather send it back, your 30-day return window is open until March 14 and you can start the return in Your Orders.",
         "return window (JC7)", ["returns"])
fill_log("zh/scraper/use", dict(buyer_name="蒋先生", scraper=SCR_ZH, agent_name=Z2),
         "以免受热变形。",
         "另外，您误下的第二笔刮板订单已经按您的要求取消，还没有发货，不会扣款。",
         "按要求取消重复订单 (JC6, JC14)", ["cancellation"])
fill_log("zh/banneton/mold", dict(buyer_name="阎女士", banneton=BAN_ZH, agent_name=Z1),
         "亚麻布内衬可以单独用冷水手洗。",
         "如果您更希望退货，可以在“您的订单”里申请，寄回前请把面粉刷干净并晾干，仓库才能验收。",
         "退货条件：刷净晾干后寄回 (JC7)", ["returns"])
fill_log("zh/warranty/claim", dict(buyer_name="钟先生", product=POT_ZH, warranty_period="终身有限", case_id="LLH-K-30611",
         order_id="112-6604718-3392054", agent_name=Z2),
         "收到照片后两个工作日内会给您答复。",
         "您反映运输途中压坏的锅盖，新的已经免费补发，由 UPS 寄出，运单号 1Z5K9H270317740583。",
         "运输破损的锅盖已补发 (JC4, JC14)", ["damage", "tracking"])
fill_log("zh/apology/proofer-smell", dict(buyer_name="田女士", proofer=PROOF_ZH, agent_name=Z1),
         "并回复这条消息告诉我们。",
         "您刚才提供的新收货地址已经改到第二笔订单上，包裹明天从仓库发出。",
         "修改第二笔订单的收货地址", ["address"], sep="\n\n")
fill_log("zh-tw/dutch-oven/preheat", dict(buyer_name="許先生", pot=POT_TW, agent_name=W2),
         "不要直接沖冷水。",
         "另外，您反映運送途中撞出缺口的鍋蓋，新的已經補寄，追蹤單號 1Z5K9H270320196647，預計週四送達。",
         "運送破損的鍋蓋已補寄 (JC4)", ["damage", "tracking"])
fill_log("zh-tw/lame/blades", dict(buyer_name="柳小姐", lame=LAME_TW, agent_name=W1),
         "並放在小朋友拿不到的地方。",
         "您加購的替換刀片已經出貨，追蹤單號 786206148820，預計週五送達。",
         "加購刀片的出貨追蹤", ["tracking"], sep="\n\n")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Halliwell-Ross,\n\nI'm sorry the lid of your Emberpot arrived cracked. Cast iron can break if a box is dropped hard in transit, and that is our problem to put right, not yours. A new lid and base left our Louisville warehouse today by FedEx, tracking 786207731596. There is no need to send the broken one back; please recycle it with scrap metal.\n\nBest regards,\nMarisol",
     ["damage", "tracking"], "lid cracked in transit, replacement sent (JC4, JC14)"),
    ("Hi Ms Constantinou,\n\nThank you for the photos of the chipped rim on your 5.5-quart Dutch oven. The dent in the outer box shows it was knocked in transit. A replacement ships tomorrow, and a prepaid UPS label for the damaged pot is now in Your Orders. Please drop it at any UPS Store within 30 days; we pay the postage.\n\nKind regards,\nTeodor",
     ["damage", "returns"], "chipped on arrival, exchange (JC4)"),
    ("Dear Ms Whitcroft,\n\nYour two bannetons are with Australian customs in Sydney. Rattan is a natural plant fibre, so biosecurity officers inspect every parcel that contains it before release, which usually adds three to seven business days. The import charges were collected by Amazon at checkout, so there is nothing to pay on delivery.\n\nRegards,\nHenrietta",
     ["customs", "biosecurity"], "biosecurity inspection of rattan at customs (JC5)"),
    ("Hello Mr Abercorn,\n\nYour spare blade pack is with Royal Mail for the last part of its journey. Because it contains blades, the postman will need to see ID showing you are 18 or over before handing it to you, and it cannot be left with a neighbour or in a safe place. If you are out, it will go to your local delivery office for collection.\n\nLachlan",
     ["age-check", "delivery"], "age check on delivery of blades (JC5)"),
    ("Hi Ms Beaulieu-Grant,\n\nThe import fees on your proofing box were charged when you ordered, so please do not pay anything at the door. The parcel cleared Canadian customs in Mississauga this morning and Canada Post expects to deliver it on Thursday. If anyone asks you for money, send us a photo of the notice and we will sort it out.\n\nMarisol",
     ["customs"], "prepaid import fees for Canada"),
    ("Hello Mr Kowalewski,\n\nYes, you can still return the banneton even though you used it once. Please brush out the flour and let it dry completely for a day, then pack it with its liner in the original box. Start the return in Your Orders and the label will be for UPS. The refund goes back to your card once our Portland warehouse checks it in.\n\nTeodor",
     ["returns"], "return eligibility and condition of a used banneton (JC7)"),
    ("Dear Ms Ojukwu-Barr,\n\nSpare blade packs can be returned while they are still sealed in their paper wrap. The one you opened cannot go back for safety reasons, but the unopened pack from the same order can, and its refund of $6.50 will be issued as soon as it reaches us. Start the return in Your Orders and choose the drop-off point that suits you.\n\nHenrietta",
     ["returns", "refund"], "returns of sealed and opened blade packs (JC7, JC14)"),
    ("Hi Mr Treloar,\n\nYour returned proofing box reached our warehouse without its power adapter. We have refunded $112.00 today, which is the price less $17.00 for the adapter. If you find the adapter, send it back with the free label in Your Orders and we will refund the remaining $17.00 when it arrives.\n\nLachlan",
     ["refund", "returns"], "partial refund of a return missing a part (JC6, JC14)"),
    ("Hello Ms Villanueva-Holt,\n\nYour returned Emberpot was checked in at our Louisville warehouse this morning. A refund of $64.95 is on its way to your original payment method and normally appears within three to five business days.\n\nMarisol",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Dear Mr Sotheby,\n\nWe have changed the delivery address on order 114-8390217-2256094 to the apartment on Garfield Street, as you asked. It had not left the warehouse yet, so the new address is on the shipping label and nothing else needs to change.\n\nTeodor",
     ["address"], "address change before dispatch (JC15)"),
    ("Hi Ms Drummond-Hale,\n\nYour order shipped this morning, so we can no longer change its address ourselves. UPS can still redirect it: look up tracking number 1Z5K9H270325581014 in UPS My Choice and pick Change Delivery Address, or ask them to hold it at a UPS Access Point near your new home. UPS may charge a small fee for this.\n\nHenrietta",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hello Mr Eastwick,\n\nYour order is coming in two parcels from two warehouses. The Dutch oven left Louisville with FedEx, tracking 786208840271, and should arrive on Wednesday. The banneton and the lame left Portland with USPS, tracking 9374869051327769045530, and are due on Saturday.\n\nLachlan",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Dear Ms Carrick,\n\nWe have cancelled the duplicate order 113-5719428-6640375 as you asked. It had not shipped, so you will not be charged, and your first order for the proofing box is on its way as planned.\n\nMarisol",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC14)"),
    ("Hi Mr Battersby,\n\nI'm sorry, your lame had already left our warehouse when your cancellation request came in, so we could not stop it. When the parcel arrives you can simply refuse it at the door, or keep it unopened and start a return in Your Orders. Either way, you will get a full refund once it is back with us.\n\nTeodor",
     ["cancellation", "returns"], "cancellation too late, refuse or return (JC15)"),
    ("Hello Ms Sandhu-Lowry,\n\nUPS tried to deliver your parcel this afternoon but could not get into your building, because the buzzer for unit 6C did not answer. Could you reply with how the driver can get in, or a note to leave for them? We will pass it on and UPS will try again on the next business day.\n\nHenrietta",
     ["delivery-exception", "address"], "delivery exception, access details (JC15)"),
    ("Hi Mr Penhallow,\n\nThe carrier's record says your parcel was delivered on Tuesday, but I understand it never reached you. We have opened a trace with FedEx and, rather than keep you waiting, shipped a new banneton today, tracking 786209177402. If the first parcel turns up, please let us know and we will send a free return label for it.\n\nLachlan",
     ["delivery", "tracking"], "marked delivered but not received (JC14, JC15)"),
    ("Dear Ms Leventis,\n\nSorry for the wait. The winter storm closed the FedEx hub in Indianapolis for a day, so your proofing box is running about two days behind. FedEx now expects to deliver it on Friday. If it has not arrived by Monday, tell us here and we will send another one.\n\nMarisol",
     ["delay"], "carrier delay (JC15)"),
    ("Hello Mr Quimby,\n\nThe Emberpot weighs 16 pounds in its box, which is more than an Amazon Locker compartment accepts, so the locker you picked could not be used and the order will come to your home address. If nobody will be in, you can ask UPS to hold it at a UPS Access Point once the tracking number appears in Your Orders.\n\nTeodor",
     ["locker", "pickup-point"], "locker refused for a heavy item (JC15)"),
    ("Hi Ms Okafor-Tremblay,\n\nI'm sorry, our warehouse packed the 10-inch oval banneton instead of the 9-inch round one you ordered. The round one ships today by USPS, tracking 9374869051327781360427. A prepaid label for the oval basket is in Your Orders; please send it back within 30 days.\n\nHenrietta",
     ["fulfilment", "tracking", "returns"], "wrong size sent, exchange (JC6)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("刘先生，您好：\n\n您的两个发酵篮目前在澳大利亚悉尼海关。藤条属于天然植物材料，检疫部门会逐件开箱检查，一般会多花三到七个工作日。进口税费已经在下单时由亚马逊代收，送达时不需要再付钱。\n\n蒲嘉禾",
     ["customs", "biosecurity"], "藤编制品的入境检疫 (JC5)"),
    ("杨女士，您好：\n\n非常抱歉，您的铸铁锅在运输途中摔裂了锅盖。新的整套锅今天已经从仓库发出，运单号 786209635518，预计下周二送达。摔坏的那一只不用寄回，按废旧金属处理就可以。\n\n缪雨桐",
     ["damage", "tracking"], "运输破损，补发 (JC4, JC14)"),
    ("黄先生，您好：\n\n您的订单 112-4058931-7715620 已按您的要求取消。订单还没有发货，所以不会扣款，您不需要再做任何操作。\n\n蒲嘉禾",
     ["cancellation"], "按要求取消订单 (JC14, JC15)"),
    ("陈女士，您好：\n\n收货地址已经改成您新提供的公司地址，包裹还没有出库，所以会直接寄到新地址，预计周四送达。\n\n缪雨桐",
     ["address"], "发货前修改地址 (JC15)"),
    ("谢先生，您好：\n\n您的订单分两个包裹从两个仓库发出：铸铁锅由 FedEx 寄出，运单号 786210058346，预计周三送达；发酵篮和刮板由 USPS 寄出，运单号 9374869051327790281166，预计周六送达。\n\n蒲嘉禾",
     ["split-shipment", "tracking"], "分仓发货 (JC15)"),
    ("韦小姐，您好：\n\n您退回的发酵箱仓库已经签收，四十九点九九美元的退款已经退回原支付方式，一般三到五个工作日到账。\n\n缪雨桐",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("潘女士，您好：\n\n用过一次的发酵篮也可以退货。寄回前请把面粉刷干净，放在通风处晾一天，确认完全干燥后连同内衬一起装回原包装，然后在“您的订单”里申请退货即可。\n\n蒲嘉禾",
     ["returns"], "退货条件：用过的发酵篮 (JC7)"),
    ("蔚先生，您好：\n\n非常抱歉，您的包裹里漏装了亚麻布内衬。新的内衬今天已经免费补发，由 USPS 寄出，运单号 9374869051327802417759。\n\n缪雨桐",
     ["fulfilment", "tracking"], "漏发内衬补发 (JC6, JC14)"),
    ("夏女士，您好：\n\n承运商显示包裹已签收，但您说没有收到，给您添麻烦了。我们已经向 UPS 申请调查，同时先给您补发了一个新的割包刀，运单号 1Z5K9H270331042278。如果原包裹找到了，请告诉我们。\n\n蒲嘉禾",
     ["delivery", "tracking"], "显示签收但未收到 (JC15)"),
    ("黎先生，您好：\n\n受暴雪影响，FedEx 在孟菲斯的转运中心停运了一天，您的包裹会晚两天左右送达，预计下周一到。如果周三还没有收到，请告诉我们，我们会重新发货。\n\n缪雨桐",
     ["delay"], "物流延误 (JC15)"),
    ("邹女士，您好：\n\n按照您的要求，包裹已经改为送到离您家最近的 UPS 自提点，到达后 UPS 会发短信通知您，请带上身份证件去领取，自提点会保留七天。\n\n蒲嘉禾",
     ["pickup-point"], "改送自提点 (JC15)"),
    ("祁小姐，您好：\n\n很抱歉，仓库把椭圆形发酵篮错发成了圆形。正确的椭圆形发酵篮今天发出，运单号 786210493072；发错的那个请在三十天内用“您的订单”里的预付面单寄回。\n\n缪雨桐",
     ["fulfilment", "returns", "tracking"], "发错款式，换货 (JC6)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("王先生 您好：\n\n寄往加拿大的訂單，進口關稅已在結帳時由亞馬遜代收，送達時不需要再付任何費用。您的鑄鐵鍋已經通過溫哥華海關，預計週五送達。\n\n闕俊廷",
     ["customs"], "預收關稅與清關 (JC5)"),
    ("李小姐 您好：\n\n很抱歉鑄鐵鍋在運送途中被撞出缺口。新的鍋子今天已經寄出，追蹤單號 1Z5K9H270336618409；受損的那一個麻煩您用亞馬遜提供的預付標籤寄回，運費由我們負擔。\n\n栗雅筑",
     ["damage", "returns", "tracking"], "運送破損，換貨 (JC4)"),
    ("趙先生 您好：\n\n您退回的發酵箱倉庫已經簽收，退款已退回原付款方式，一般三到五個工作天會入帳。\n\n闕俊廷",
     ["refund", "returns"], "退貨退款 (JC15)"),
    ("周太太 您好：\n\n收件地址已經改成您提供的新地址。包裹還沒有出貨，所以會直接寄到新地址，不需要您再做其他處理。\n\n栗雅筑",
     ["address"], "出貨前修改地址 (JC15)"),
    ("徐先生 您好：\n\n您的訂單分兩批出貨：割紋刀已經由 USPS 寄出，追蹤單號 9374869051327815530682；鑄鐵鍋從另一個倉庫出貨，預計明天寄出，單號產生後會顯示在「您的訂單」裡。\n\n闕俊廷",
     ["split-shipment", "tracking"], "分批出貨 (JC15)"),
    ("宋小姐 您好：\n\n重複下單的訂單 114-2936054-8817263 已經依照您的要求取消，尚未出貨，所以不會扣款。第一筆訂單照常寄送。\n\n栗雅筑",
     ["cancellation"], "依要求取消重複訂單 (JC6, JC14)"),
    ("郭太太 您好：\n\n很抱歉寄錯了尺寸。九吋圓形發酵籃今天已經寄出，追蹤單號 786211250934；寄錯的十吋發酵籃請在三十天內用預付標籤寄回，換貨不會產生任何費用。\n\n闕俊廷",
     ["fulfilment", "returns", "tracking"], "寄錯尺寸，換貨 (JC6)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Brightwater,\n\nFor a first sourdough loaf, start at about 70 percent hydration: 350 grams of water to 500 grams of bread flour, plus 100 grams of starter and 10 grams of salt. It is much easier to shape than the 80 percent doughs you see online, and you can add water in small steps once you are comfortable.\n\nMarisol",
     ["advice", "baking"], "baking advice (JC10)"),
    ("Hello Mr Ashworth-Keane,\n\nFor a kilogram of dough, the 10-inch oval banneton is the better fit; the 9-inch round basket is sized for about 750 grams and a bigger dough would rise over the rim. If you mostly bake smaller boules, the round one is the easier choice.\n\nTeodor",
     ["advice", "comparison"], "the buyer asked which size to choose; no price or push to buy (JC10)"),
    ("Dear Ms Farnsworth,\n\nYes, the Emberpot works on an induction hob, since cast iron is magnetic. Heat it slowly on a medium setting, because a sudden burst of full power can warp the base or crack it.\n\nHenrietta",
     ["advice"], "induction hob (JC10)"),
    ("Hi Mr Galbraith,\n\nThe proofing box makes yogurt well. Warm the milk, stir in a spoon of live yogurt, pour it into jars and set the dial to 110 degrees F for eight to ten hours. Leave the water tray out for this.\n\nLachlan",
     ["advice"], "yogurt in the proofing box (JC10)"),
    ("Hello Ms Underhill,\n\nThank you for the photos of the hairline mark on the base of your pot. I have passed them to our foundry team, who will look at them on Monday, and I will write back by Tuesday evening with what they find.\n\nMarisol",
     ["holding"], "holding reply about a possible fault (JC12)"),
    ("Hi Mr Featherby,\n\nAmazon creates the invoice for your order automatically. You can download it from Your Orders by choosing Invoice next to the order, and it shows the tax and the shipping address you entered.\n\nTeodor",
     ["invoice"], "invoice request: order paperwork, not on interface.md's logistics list (JC11)"),
    ("Dear Ms Pinkerton,\n\nThe 10-inch oval banneton is out of stock at the moment. Our next batch is due in the warehouse around the middle of next month, and the listing will show it as available again once it is checked in.\n\nHenrietta",
     ["availability"], "restock date answered to the buyer's own question (JC16)"),
    ("Hello Mr Moorcroft,\n\nBoth scrapers can go in the dishwasher, but the flexible one lasts longer if you wash it by hand, because the heat of the drying cycle slowly softens its edge.\n\nLachlan",
     ["advice"], "scraper care (JC10)"),
    ("Hi Ms Caddick-Frey,\n\nA small chip in the enamel rim that appears after months of baking is usually from a knock against the oven rack. It is safe to keep baking in the pot, but dry the chipped spot well after each use and rub a drop of oil on it so the bare iron underneath does not rust.\n\nMarisol",
     ["advice", "after-use"], "a chip that appeared after use is not transit damage (JC4, JC10)"),
    ("Hello Mr Winterbourne,\n\nThe lame works the same way for left-handed bakers: the blade sits symmetrically on the pin, so just hold it in your left hand and score away from you at the same shallow angle.\n\nTeodor",
     ["advice"], "left-handed use (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("安先生，您好：\n\n第一次做酸种面包，建议从七成含水量开始：五百克高筋面粉配三百五十克水、一百克酵种和十克盐。这样的面团比较好整形，熟练以后再一点点加水。\n\n蒲嘉禾",
     ["advice", "baking"], "烘焙建议 (JC10)"),
    ("岳女士，您好：\n\n一公斤左右的面团建议用十英寸的椭圆形发酵篮；九英寸的圆形篮子大约适合七百五十克面团，面团太多会涨出篮口。\n\n缪雨桐",
     ["advice", "comparison"], "买家问选哪个尺寸，无价格无推销 (JC10)"),
    ("俞先生，您好：\n\n铸铁锅可以用在电磁炉上。请用中火慢慢加热，不要一开始就开到最大火力，以免锅底受热不均变形或开裂。\n\n蒲嘉禾",
     ["advice"], "电磁炉 (JC10)"),
    ("常女士，您好：\n\n谢谢您发来的锅底照片。我已经转给铸造部门的同事，他们周一会查看，周二晚上之前我会把结果回复给您。\n\n缪雨桐",
     ["holding"], "故障的等待回复 (JC12)"),
    ("易先生，您好：\n\n亚马逊会为每笔订单自动生成发票。您可以在“您的订单”里找到这笔订单，点击“发票”即可下载，上面有税额和您填写的地址。\n\n蒲嘉禾",
     ["invoice"], "发票问题：订单资料，不在 interface.md 的物流清单里 (JC11)"),
    ("段小姐，您好：\n\n十英寸椭圆形发酵篮目前缺货，下一批预计下个月中旬到仓库，入库后商品页面会重新显示有货。\n\n缪雨桐",
     ["availability"], "回答买家自己问的补货时间 (JC16)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("雷小姐 您好：\n\n發酵箱也可以做優格。把牛奶加熱後放涼，拌入一匙原味優格，倒進玻璃罐，溫度調到華氏一百一十度，放八到十小時即可。做優格時不需要放水盤。\n\n栗雅筑",
     ["advice"], "用發酵箱做優格 (JC10)"),
    ("甄小姐 您好：\n\n用了幾個月之後鍋緣出現小缺口，通常是碰到烤架造成的。鍋子仍然可以安全使用，只是每次用完請把缺口處擦乾，抹上一點油，避免露出的鑄鐵生鏽。\n\n闕俊廷",
     ["advice", "after-use"], "使用後才出現的缺口不是運送破損 (JC4, JC10)"),
    ("易小姐 您好：\n\n左撇子也可以直接使用這把割紋刀。刀片在固定柱上是左右對稱的，用左手握著，以同樣的淺角度往外劃就可以了。\n\n栗雅筑",
     ["advice"], "左手使用 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Hargreave,\n\nNo need to wash the new basket. Give it a fine spray of water, then a heavy coat of rice flour, and knock out the excess. Rice flour is the one to use because ordinary flour turns sticky. Later on you'll only need a light dusting. The liner is up to you: it helps with wet doughs, but you lose the rings on the crust.\n\nLachlan",
     "retells en/banneton/first-use (JC13)"),
    ("Hello Ms Estabrook,\n\nTo load it, pinch the blade at the ends, hook it over the pin and snap the cover shut; it should bow a little. Cut the dough cold from the fridge, at a low angle, in one fast stroke about a quarter inch deep, and don't retrace. When it starts dragging, turn the blade round.\n\nMarisol",
     "retells en/lame/scoring (JC13)"),
    ("Dear Mr Rowntree,\n\nThe pot is already seasoned, so bake in it right away; the patchy look evens out. Afterwards just brush and wipe it, and if it gets washed, dry it on the stove and oil it lightly. Keep it away from the dishwasher. Grey spots mean it wants a fresh coat of oil and an hour upside down in a hot oven.\n\nTeodor",
     "retells en/dutch-oven/seasoning (JC13)"),
    ("Hi Ms Lockhart-Ume,\n\nPut the dial where you want it and close the lid; the green light goes off once it's warm. A slow starter likes about 79 degrees, a normal bulk rise about 76, cooler if you want more tang. Add the water tray for brioche-type doughs. Wait ten minutes after use before folding it down.\n\nHenrietta",
     "retells en/proofer/settings (JC13)"),
    ("Hello Mr Pendleford,\n\nSticking usually means wheat flour in the basket, a wet or over-risen dough, or a basket that never fully dried. Switch to rice flour, shorten the final rise a little, and dry the basket somewhere warm after each bake. Stuck bits come out with a dry brush once they've hardened overnight; keep the basket away from the tap.\n\nLachlan",
     "retells en/troubleshoot/sticking (JC13)"),
    ("Hi Ms Greywell,\n\nThose orange marks come from moisture, often steam caught under the lid, and they are only on the surface. Scrub them with coarse salt, dry the pot on a low burner, oil it and bake it as the care card says, then store it with the lid ajar and a paper towel inside.\n\nMarisol",
     "retells en/apology/rust (JC13)"),
    ("Hello Mr Fotheringay,\n\nOnce you've baked a few loaves, we'd value an Amazon review from you, good or bad, so other home bakers know what to expect from the basket.\n\nTeodor",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("谷先生，您好：\n\n硬的不锈钢刮板在案板上用，切面团、整形、铲台面都靠它；软的塑料刮板在盆里用，能把盆壁刮干净，也不会压破气泡。两种都能用洗洁精洗，塑料的别靠近炉火。\n\n缪雨桐",
     "改写 zh/scraper/use (JC13)"),
    ("练女士，您好：\n\n篮子发霉多半是没晾干就收起来了。先用干刷子刷掉面粉，再用烤箱低温烘半小时或者晒一天，干了再刷一遍就好，别用漂白水也别泡水。以后用完倒扣晾一晚再收。\n\n蒲嘉禾",
     "改写 zh/banneton/mold (JC13)"),
    ("晁先生，您好：\n\n新发酵箱第一次加热有点味道是正常的，是发热板涂层在挥发，不影响使用。开着盖子调到最高温空转一小时，再用湿布擦一遍就行。要是一直有味道或者有焦味，就拔掉电源告诉我们。\n\n缪雨桐",
     "改写 zh/apology/proofer-smell (JC13)"),
    ("尚女士，您好：\n\n铸铁锅开裂、锅盖变形、把手松动这类做工问题都在保修范围内；日常磨损、生锈和摔出来的崩口不保。麻烦您拍张照片发过来，再说一下什么时候发现的。\n\n蒲嘉禾",
     "改写 zh/warranty/claim，没有案例号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("程小姐 您好：\n\n鍋子連蓋先放進烤箱，二百五十度預熱四十五分鐘。麵團倒在烘焙紙上割好紋路放進去，蓋著烤二十分鐘，再開蓋降到二百三十度烤到上色。記得戴厚手套，烤完別沖冷水。\n\n闕俊廷",
     "改寫 zh-tw/dutch-oven/preheat (JC13)"),
    ("湛先生 您好：\n\n底部烤焦多半是鍋底吸熱太多。可以在下一層放烤盤擋火、在烘焙紙下撒點玉米粉，或開蓋後把鍋子往上移、溫度調低十度，一次只改一樣。\n\n栗雅筑",
     "改寫 zh-tw/troubleshoot/burnt-bottom (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Blackwood-Ito,\n\nYour Emberpot will be delivered by FedEx on Thursday. Before the first loaf, heat it empty at 450 degrees F for twenty minutes with the lid on, so any loose seasoning smoke is gone before the dough goes in.\n\nLachlan",
     "delivery date plus first-use advice (JC8)"),
    ("Hello Ms Stavrou,\n\nThe replacement liner shipped today by USPS. Until it arrives, a clean tea towel dusted with rice flour inside the banneton does the same job for a wet dough.\n\nMarisol",
     "replacement shipped plus a baking tip (JC8)"),
    ("Dear Mr Cheverton,\n\nWe have started your return and the UPS label is in Your Orders. Before you send the proofing box back, it may be worth checking that the lid sits flat on all four sides, since a raised corner is the most common reason it runs cool.\n\nTeodor",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Ms Amundsen,\n\nYour bannetons are in customs in Auckland for a biosecurity check, which normally takes a few days. In the meantime, feed your starter twice a day so it is at full strength when the baskets arrive.\n\nHenrietta",
     "customs plus starter advice (JC5, JC8)"),
    ("Hello Mr Kingsbury,\n\nThe lame and the spare blades left our Portland warehouse this morning with UPS. When you score, keep the cuts shallow on a high-hydration dough, or the loaf will spread instead of opening.\n\nLachlan",
     "dispatch plus scoring advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("卫先生，您好：\n\n换货的铸铁锅明天由 FedEx 发出。在收到之前，手上这只锅仍然可以用，只是烤完以后记得马上擦干并抹一层薄油，防止生锈。\n\n蒲嘉禾",
     "发货加保养建议 (JC8)"),
    ("池女士，您好：\n\n包裹预计周四送达。收到发酵篮后，第一次用前请先喷一点水、撒满米粉，再把多余的粉拍掉。\n\n缪雨桐",
     "送达加使用建议 (JC8)"),
    ("冉先生，您好：\n\n您的发酵篮还在海关检疫，割包刀已经先到了。等待期间可以先用普通的碗铺上撒了粉的布来发酵面团，割包的时候刀片角度放低一点。\n\n蒲嘉禾",
     "清关加烘焙建议 (JC5, JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("邵小姐 您好：\n\n補寄的亞麻布內襯今天已經寄出。在收到之前，可以先在發酵籃裡撒滿米粉直接使用，麵團比較不容易沾黏。\n\n栗雅筑",
     "補寄加使用說明 (JC8)"),
    ("岳先生 您好：\n\n鑄鐵鍋預計週三送達。收到後第一次烤麵包前，建議先空鍋連蓋預熱四十五分鐘，讓鍋子完全熱透。\n\n闕俊廷",
     "送達加預熱建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/banneton/first-use", dict(buyer_name="Ms Glanville", banneton=BAN_R, agent_name=A1),
        "leave it out when you want the spiral pattern on top of the loaf.",
        "P.S. Our oval banneton is 15% off this week with code CRUMB15, so now is a great time to add one.",
        [MKT, TR], "P.S. with a discount code for a second basket", sep="\n\n")
add_bad("en/lame/scoring", dict(buyer_name="Mr Stourton", lame=LAME, agent_name=A2),
        "Each edge usually lasts fifteen to twenty loaves.",
        "If you are happy with the lame, a 5-star review would mean the world to our small team.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/dutch-oven/seasoning", dict(buyer_name="Ms Marchetti-Ayodele", pot=POT55, agent_name=A3),
        "bake it upside down at 450 degrees F for an hour.",
        "For quicker help, text our head baker on WhatsApp at +1 503-555-0147.",
        [OPC, TR], "product help moved to WhatsApp", sep="\n\n")
add_bad("en/troubleshoot/sticking", dict(buyer_name="Mr Dunsford", banneton=BAN_O, agent_name=A4),
        "Please do not wash the basket under the tap.",
        "If you are still unhappy after trying this, message us instead of leaving a review, and keep reviews for when things go well.",
        [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
add_bad("en/proofer/settings", dict(buyer_name="Ms Tiverton", proofer=PROOF, agent_name=A1),
        "before you collapse the sides.",
        "We have also just launched a matching silicone proofing mat, and it is ready to add to your basket today.",
        [MKT, TR], "new-product announcement and a push to buy")
add_bad("en/review/neutral-request", dict(buyer_name="Mr Ellerby-Chase", product=LAME, order_id="112-7730418-5529061",
        agent_name=A2),
        "whatever it has been.",
        "Post your review, then reply with a screenshot and we will mail you a free flexible scraper as our thanks.",
        [RI, TR], "free scraper in exchange for a review")
add_bad("en/warranty/claim", dict(buyer_name="Ms Kettleborough", product=PROOF, warranty_period="two-year",
        case_id="LLH-K-30688", order_id="114-0937261-4418570", agent_name=A3),
        "receiving your photos.",
        "You can also upload the photos at lindenleaf-hearth.com/warranty or write to care@lindenleaf-hearth.com.",
        [OPC, TR], "claim moved to the seller's site and mailbox")
add_bad("en/apology/rust", dict(buyer_name="Mr Saltonstall", pot=POT32, agent_name=A4),
        "will keep moisture away.",
        "If you want a replacement pot instead, we can ship it with our own courier and you can follow the tracking at lindenleaf-hearth.com/track.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required", sep="\n\n")
free(V, "en", "Hi Ms Wendover,\n\nYour returned proofing box has been checked in and your refund of $129.00 is on its way. We noticed your 2-star review from last week; if you update it now that everything is sorted, we'll send you a $15 gift card.\n\nHenrietta",
     [RI, TR], "refund of a return (logistics) plus a gift card for updating a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/scraper/use", dict(buyer_name="鲍先生", scraper=SCR_ZH, agent_name=Z1),
        "以免受热变形。",
        "想学更多整形手法的话，可以加我们的微信 lindenleaf_kf，面包师傅一对一指导。",
        [OPC, TR], "产品指导转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="房先生", order_id="113-6152984-0376245", product=PROOF_ZH, agent_name=Z2),
        "对其他面包爱好者很有参考价值。",
        "写五星好评并把截图发给我们，可以返现十美元。",
        [RI, TR], "五星好评返现")
add_bad("zh/banneton/mold", dict(buyer_name="骆女士", banneton=BAN_ZH, agent_name=Z1),
        "亚麻布内衬可以单独用冷水手洗。",
        "问题解决以后，麻烦您把之前留下的差评删掉，或者改成好一点的评价。",
        [RI, TR], "要求删除或修改差评")
add_bad("zh/apology/proofer-smell", dict(buyer_name="麦女士", proofer=PROOF_ZH, agent_name=Z2),
        "并回复这条消息告诉我们。",
        "另外，本店新款椭圆发酵篮本周八折，欢迎选购！",
        [MKT, TR], "新品发酵篮八折促销", sep="\n\n")
add_bad("zh/warranty/claim", dict(buyer_name="牛先生", product=POT_ZH, warranty_period="终身有限", case_id="LLH-K-30724",
        order_id="111-2805913-6674109", agent_name=Z1),
        "收到照片后两个工作日内会给您答复。",
        "另外，请到我们的官网 lindenleaf-hearth.com 登记产品，才能享受延长保修。",
        [OPC, TR], "引导到卖家官网登记产品；保修登记不是物流，也不是促销")
free(V, "zh", "匡女士，您好：\n\n退货的上门取件时间需要和您单独约，请加我们的微信 lindenleaf_kf，我们把快递员的取件时间发给您。\n\n缪雨桐",
     [OPC], "退货取件改用微信联系：内容仍是退货取件这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/dutch-oven/preheat", dict(buyer_name="隋先生", pot=POT_TW, agent_name=W1),
        "不要直接沖冷水。",
        "想看更多示範影片，歡迎加入我們的 LINE 官方帳號 @lindenleaftw，麵包師傅會直接回答您。",
        [OPC, TR], "烘焙指導轉到 LINE 官方帳號")
add_bad("zh-tw/troubleshoot/burnt-bottom", dict(buyer_name="甯小姐", pot=POT_TW, agent_name=W2),
        "比較容易找出最適合的做法。",
        "問題解決之後，如果您滿意，請幫我們留個五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "班先生 您好：\n\n您的割紋刀今天已經寄出，追蹤單號 1Z5K9H270342207751。順帶一提，本週替換刀片買一送一，歡迎到我們的官網 lindenleaf-hearth.com 加購。\n\n栗雅筑",
     [MKT, OPC, TR], "出貨通知（物流）加本週刀片買一送一並導向官網；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
