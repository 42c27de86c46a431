# -*- coding: utf-8 -*-
"""Labelled seller replies of t77 (imported by gen.py). Every text written for this set.

One call = one reply. Order of the sections: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. A JCn in a note points to the judgement calls in README.md (and JCS in gen.py).
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """The template with every placeholder filled; vals must name exactly the template's placeholders."""
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("placeholders of %s: given %s, needed %s" % (tid, sorted(vals), sorted(need)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, extra_log=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note, tid=tid,
                        vals=vals, exact=exact, extra=extra, extra_log=extra_log))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None, extra_log=None):
    """Render tid, then apply the (old, new) edits in turn; each old must occur exactly once at that point."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), "%s: %s" % (tid, note),
         tid=tid, vals=vals, exact=exact, extra=extra, extra_log=extra_log, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts` at `width` columns."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(paras) != 1:
        raise SystemExit("wrap: %d paragraphs start with %r in %s" % (len(paras), starts, tid))
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: two adjacent sentences change places."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def plus(tid, vals, anchor, sentence, note, cat, labels, logistics, sep=" ", tags=()):
    """A filled template with one sentence added after `anchor`. `logistics` says whether the sentence is logistics."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, tags=tags,
         extra=sentence, extra_log=logistics)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Cordelia Vanterpool", "Idris Mbatha-Cole", "Henrike Solberg", "Teodor Blaylock"
Z1, Z2 = "瞿嘉禾", "蒲晓雯"
W1, W2 = "聶品妍", "章冠廷"

ARBOR45, ARBOR90 = "Lichenvale Arbor 45 glass vivarium", "Lichenvale Arbor 90 glass vivarium"
MISTER = "Lichenvale Rainline misting system"
LIGHT, LIGHT36 = "Lichenvale Canopy 24 LED grow light", "Lichenvale Canopy 36 LED grow light"
MAT, MAT_S = "Lichenvale Hearthpad 8 x 12 heat mat", "Lichenvale Hearthpad 6 x 8 heat mat"
HYG = "Lichenvale DH-2 digital hygrometer"
SUB = "Understory bioactive substrate"
CUSHION, SHEET = "live cushion moss tray", "live sheet moss box"
MISTER_LONG = ("Lichenvale Rainline Automatic Misting System for Reptiles and Terrariums, 1.5L Reservoir, "
               "4 Adjustable Nozzles, Digital Timer, Check Valve and 20 ft Tubing Included")
LIGHT_LONG = ("Lichenvale Canopy 24 LED Grow Light for Terrariums, 28W Full Spectrum 6500K Plant Light Bar with "
              "Built-in Timer, 5 Brightness Levels and Mounting Risers, for Vivariums, Paludariums and Moss Tanks")
MAT_LONG = ("Lichenvale Hearthpad Terrarium Heat Mat 8 x 12 in, 8W Under Tank Heater for Reptiles, Amphibians and "
            "Tarantulas, Self-Adhesive, Use with a Thermostat")
MISTER_ZH, MISTER_ZH_LONG = "Rainline 自动喷雾系统", ("Lichenvale Rainline 自动喷雾系统 雨林缸加湿器 1.5升水箱 "
                                                    "四个可调喷头 数字定时器 附止回阀和六米软管 适用爬宠 两栖 苔藓造景")
SUB_ZH, SUB_ZH_LONG = "Understory 生物活性基质", ("Understory 生物活性基质 10夸脱 雨林缸 生态缸 造景土 含椰土 "
                                                "树皮 腐殖质 适用守宫 箭毒蛙 蜘蛛")
LIGHT_ZH, MAT_ZH, HYG_ZH, ARBOR_ZH = "Canopy 24 LED 植物灯", "Hearthpad 加热垫", "DH-2 电子温湿度计", "Arbor 45 玻璃雨林缸"
ARBOR_TW, ARBOR90_TW, MAT_TW, LIGHT_TW = "Arbor 45 玻璃生態缸", "Arbor 90 玻璃生態缸", "Hearthpad 加熱墊", "Canopy 24 LED 植物燈"
MAT_TW_LONG = "Lichenvale Hearthpad 爬蟲加熱墊 20 x 30 公分 8瓦 自黏式 適用玻璃缸 守宮 角蛙 蜘蛛 需搭配溫控器"
MOSS_TW, MOSS_TW_LONG = "活體白髮苔苔蘚盒", "Lichenvale 活體白髮苔 苔蘚盒 適用生態缸 雨林缸 微景觀 盆景鋪面 溫室栽培"

# ============================================================ 1. filled templates -> []
F = "filled-template"
fill("en/moss/arrival-care", dict(buyer_name="Ms Tannahill", moss=CUSHION, agent_name=A1), "exact fill")
fill("en/moss/arrival-care", dict(buyer_name="Mr Brisbois", moss=SHEET, agent_name=A2),
     "greeting changed and a warm line about the buyer's first build added (JC2)",
     edits=[("Hello Mr Brisbois,", "Good afternoon Mr Brisbois,\n\nCongratulations on starting your first planted vivarium.")],
     tags=["greeting", "warm-line"])
fill("en/moss/arrival-care", dict(buyer_name="Ms Villeneuve", moss=CUSHION, agent_name=A3),
     "a typing slip left in (dechlorinated -> dechlorinted) and the sign-off changed (JC2)",
     edits=[("dechlorinated", "dechlorinted"), ("Warm regards,", "Kind regards,")], tags=["typo", "sign-off"])
fill("en/misting/setup", dict(buyer_name="Mr Odhiambo", mister=MISTER, agent_name=A4), "exact fill")
_v = dict(buyer_name="Ms Rakowski", mister=MISTER_LONG, agent_name=A1)
fill("en/misting/setup", _v, "the 164-character listing title in the mister slot; second paragraph hard-wrapped at 70 "
     "columns as pasted from a notes app (JC2)", edits=[wrap("en/misting/setup", _v, "Push the nozzles", 70)],
     tags=["long-value", "reflow"])
fill("en/lighting/schedule", dict(buyer_name="Ms Kjellberg", light=LIGHT, agent_name=A2), "exact fill")
fill("en/lighting/schedule", dict(buyer_name="Mr Amankwah", light=LIGHT_LONG, agent_name=A3),
     "listing title in the light slot; sign-off changed (JC2)",
     edits=[("Kind regards,", "Enjoy the new light,")], tags=["long-value", "sign-off"])
fill("en/lighting/schedule", dict(buyer_name="Ms Fairbairn", light=LIGHT36, agent_name=A4),
     "the first two sentences of the last paragraph swapped (JC2)",
     edits=[swap("If leaves close to the light bleach or curl, raise it on the included risers or shorten the day by an hour.",
                 "Long, pale stems that lean towards the glass usually mean the plants want more light rather than less.")],
     tags=["reorder"])
fill("en/heat/thermostat", dict(buyer_name="Mr Mahlangu", heat_mat=MAT, agent_name=A1), "exact fill")
fill("en/heat/thermostat", dict(buyer_name="Ms Prendergast", heat_mat=MAT_S, agent_name=A2),
     "the last sentence paraphrased with the same fact (JC2)",
     edits=[("A mat pressed flat against a wooden stand can overheat.",
             "Pressed flat on a wooden stand, a mat can get too hot.")], tags=["paraphrase"])
fill("en/hygrometer/calibration", dict(buyer_name="Mr Kovalenko", hygrometer=HYG, agent_name=A3), "exact fill")
fill("en/hygrometer/calibration", dict(buyer_name="Ms Brightwater", hygrometer=HYG, agent_name=A4),
     "one long sentence of the salt-test paragraph split in two (JC2)",
     edits=[("settle at about 75 percent, and the difference", "settle at about 75 percent. The difference")],
     tags=["split"])
fill("en/warranty/claim", dict(buyer_name="Mr Esterhuizen", product=MISTER, warranty_period="two-year",
     case_id="LVH-CS-30418", order_id="112-6039418-5527014", agent_name=A1), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Threlfall", product=LIGHT, warranty_period="two-year",
     case_id="LVH-CS-30446", order_id="114-8810275-3306421", agent_name=A2),
     "greeting changed; the first two paragraphs run together (JC2)",
     edits=[("Dear Ms Threlfall,", "Hello Ms Threlfall,"),
            ("stays cold.\n\nIt does not cover", "stays cold. It does not cover")], tags=["greeting", "merge"])
fill("en/holding/investigating", dict(buyer_name="Mr Gundersen", product=MAT, reply_by="Thursday afternoon",
     agent_name=A3), "exact fill; a holding reply on a product question (JC12)")
fill("en/holding/investigating", dict(buyer_name="Ms Nyquist", product=MISTER, reply_by="the end of Monday",
     agent_name=A4), "the one-line thanks for patience left out and the sign-off changed (JC2, JC12)",
     edits=[("I appreciate your patience.\n\n", ""), ("Best regards,", "Speak soon,")], tags=["drop", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Mwangi", product=ARBOR45, order_id="113-2758064-9140372",
     agent_name=A1), "exact fill; the only review request for this order, and the buyer had not praised the item (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Imogen", product=HYG, order_id="111-5092736-4418850", agent_name=A2),
     "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hi Imogen,", "Hello Imogen,"), ("Thank you,", "Many thanks,")], tags=["greeting", "sign-off"])
fill("en/substrate/layering", dict(buyer_name="Ms Cartwright", substrate=SUB, enclosure=ARBOR45, agent_name=A3),
     "exact fill")
fill("en/substrate/layering", dict(buyer_name="Mr Baptiste", substrate=SUB, enclosure="Arbor 90 build", agent_name=A4),
     "one phrase reworded (waste -> droppings) and the sign-off changed (JC2)",
     edits=[("clean up mold and waste", "clean up mold and droppings"), ("Happy building,", "Have fun with the build,")],
     tags=["wording", "sign-off"])

fill("zh/misting/nozzle-clog", dict(buyer_name="王先生", mister=MISTER_ZH, agent_name=Z1), "exact fill")
fill("zh/misting/nozzle-clog", dict(buyer_name="赵女士", mister=MISTER_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 mister 占位符，结尾祝语改写 (JC2)",
     edits=[("祝您造景愉快！", "祝您的雨林缸越来越漂亮！")], tags=["long-value", "sign-off"])
fill("zh/misting/nozzle-clog", dict(buyer_name="于先生", mister=MISTER_ZH, agent_name=Z1),
     "步骤编号由“1.”改成“第一步，”这类写法 (JC2)",
     edits=[("1. 拔下", "第一步，拔下"), ("2. 将喷头", "第二步，将喷头"), ("3. 装回", "第三步，装回")], tags=["list"])
fill("zh/substrate/mold", dict(buyer_name="牛女士", substrate=SUB_ZH, agent_name=Z2), "exact fill")
fill("zh/substrate/mold", dict(buyer_name="卫先生", substrate=SUB_ZH, agent_name=Z1),
     "问候后加一句体谅的话 (JC2)",
     edits=[("卫先生，您好：", "卫先生，您好：\n\n第一次做生态缸就碰到这种情况，难免会紧张。")], tags=["warm-line"])
fill("zh/substrate/mold", dict(buyer_name="鲍女士", substrate=SUB_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 substrate 占位符 (JC2)", edits=[("鲍女士，您好：", "鲍女士，下午好：")],
     tags=["long-value", "greeting"])
fill("zh/warranty/claim", dict(buyer_name="荣先生", product=MISTER_ZH, warranty_period="两年", order_id="111-7306952-2284017",
     case_id="LVH-CS-30471", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="辛女士", product=LIGHT_ZH, warranty_period="两年", order_id="113-4417720-8063195",
     case_id="LVH-CS-30509", agent_name=Z2), "最后一段两句调换顺序 (JC2)",
     edits=[swap("请直接回复这条消息，说明故障的表现，并附上能看出问题的照片或视频，方便我们评估。",
                 "订单 113-4417720-8063195 对应的售后编号是 LVH-CS-30509。", sep="")], tags=["reorder"])
fill("zh/review/neutral-request", dict(buyer_name="储先生", product=ARBOR_ZH, order_id="112-9950316-7702483",
     agent_name=Z1), "exact fill；本订单唯一一次评论邀请，买家此前没有在对话中称赞商品 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="麦女士", product=HYG_ZH, order_id="114-0628845-1937260",
     agent_name=Z2), "问候语改为“周末好”；本订单唯一一次评论邀请 (JC2, JC9)",
     edits=[("麦女士，您好：", "麦女士，周末好：")], tags=["greeting"])
fill("zh/holding/investigating", dict(buyer_name="宗先生", product=MAT_ZH, reply_by="本周五下午", agent_name=Z1),
     "exact fill；产品问题的等待回复 (JC12)")
fill("zh/holding/investigating", dict(buyer_name="隋女士", product=LIGHT_ZH, reply_by="下周二", agent_name=Z2),
     "措辞微调，结尾一句改写 (JC2, JC12)",
     edits=[("逐一核查", "逐项查看"), ("感谢您的耐心等待。", "辛苦您再等一等。")], tags=["wording", "sign-off"])

fill("zh-tw/glass/condensation", dict(buyer_name="李先生", enclosure=ARBOR_TW, agent_name=W1), "exact fill")
fill("zh-tw/glass/condensation", dict(buyer_name="張小姐", enclosure=ARBOR90_TW, agent_name=W2),
     "問候語改為午安，並加一句體諒的話 (JC2)",
     edits=[("張小姐 您好：", "張小姐 午安：\n\n最近早晚溫差大，玻璃起霧確實讓人看不清楚。")], tags=["greeting", "warm-line"])
fill("zh-tw/heat/mat-warmth", dict(buyer_name="周先生", heat_mat=MAT_TW, agent_name=W1), "exact fill")
fill("zh-tw/heat/mat-warmth", dict(buyer_name="郭太太", heat_mat=MAT_TW_LONG, agent_name=W2),
     "整段商品標題放進 heat_mat 佔位符，前兩段合併為一段 (JC2)",
     edits=[("這是正常的。\n\n要確認", "這是正常的。要確認")], tags=["long-value", "merge"])
fill("zh-tw/lighting/timer", dict(buyer_name="徐先生", light=LIGHT_TW, agent_name=W1), "exact fill")
fill("zh-tw/lighting/timer", dict(buyer_name="宋小姐", light=LIGHT_TW, agent_name=W2),
     "署名前加上祝福語 (JC2)", edits=[("讓植物慢慢適應。\n\n", "讓植物慢慢適應。\n\n祝 造景順利\n")], tags=["sign-off"])
fill("zh-tw/moss/revive", dict(buyer_name="程先生", moss=MOSS_TW, agent_name=W1), "exact fill")
fill("zh-tw/moss/revive", dict(buyer_name="曹小姐", moss=MOSS_TW_LONG, agent_name=W2),
     "整段商品標題放進 moss 佔位符，第二段從中間分成兩段 (JC2)",
     edits=[("積水裡。光線", "積水裡。\n\n光線")], tags=["long-value", "reflow"])

# ============================================================ 2. filled template plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it joins the note's trailing (JCn) group when there is one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if re.search(r"\(JC[^)]*\)$", note) else note + " (JC1)"
    plus(tid, vals, anchor, sentence, note, FX, [], True, sep=sep, tags=tags)


fill_log("en/moss/arrival-care", dict(buyer_name="Mr Dimitriou", moss=CUSHION, agent_name=A3),
         "invites rot.",
         "Your second tray is staying in our Asheville greenhouse until the overnight lows near you climb back above freezing; it will ship on the next Monday after that, packed with a heat pack.",
         "a live-goods weather hold for the rest of the order, as its own paragraph (JC4)", ["live-shipping", "weather-hold"],
         sep="\n\n")
fill_log("en/misting/setup", dict(buyer_name="Ms Ashworth", mister=MISTER, agent_name=A4),
         "the humidity reading.",
         "The spare nozzle kit that was left out of your box went out this afternoon by USPS, tracking 9205590164237718503926.",
         "missing part sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/heat/thermostat", dict(buyer_name="Mr Nwachukwu", heat_mat=MAT, agent_name=A1),
         "on the warm side.",
         "Your thermostat is travelling in its own parcel: FedEx collected it from our Tacoma warehouse yesterday under tracking 395208174426, with delivery expected by Friday.",
         "split-shipment tracking for the thermostat (JC15)", ["split-shipment", "tracking"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Lavoie", product=MISTER, warranty_period="two-year",
         case_id="LVH-CS-30533", order_id="111-2690473-0158836", agent_name=A2),
         "for order 111-2690473-0158836.",
         "If the pump has to come back to us, a prepaid return label will appear in Your Orders; empty the reservoir and let the tubing dry for a day before you pack it so nothing leaks in transit.",
         "the return leg of a warranty claim, with packing for a water device (JC11)", ["returns", "packing"])
fill_log("en/lighting/schedule", dict(buyer_name="Mr Kaczmarek", light=LIGHT, agent_name=A3),
         "Hello Mr Kaczmarek,",
         "As you asked, the second light on your order will now go to your new address in Spokane; it had not left the warehouse yet, so the change was free.",
         "address change before dispatch, put right after the greeting (JC15)", ["address"], sep="\n\n")
fill_log("en/holding/investigating", dict(buyer_name="Ms Ebbesen", product=ARBOR45, reply_by="Wednesday", agent_name=A4),
         "see the full picture.",
         "Separately, the replacement hinge pins for the front doors, which were missing from the box, were handed to UPS today under tracking 1ZR7V0K40391827460.",
         "missing hardware sent while the product question waits (JC6, JC12)", ["fulfilment", "tracking"])

fill_log("zh/misting/nozzle-clog", dict(buyer_name="蒋先生", mister=MISTER_ZH, agent_name=Z2),
         "这样能大大减少堵塞。",
         "另外，您同一订单里的备用喷头套装今天已由 UPS 单独发出，运单号 1ZR7V0K40391840215，预计周三送达。",
         "同一订单其余商品的分开发货 (JC15)", ["split-shipment", "tracking"])
fill_log("zh/substrate/mold", dict(buyer_name="夏女士", substrate=SUB_ZH, agent_name=Z1),
         "夹出来。",
         "您要求取消的第二袋基质还没有出库，我们已经替您取消，不会产生扣款。",
         "按买家要求取消未出库的商品 (JC6, JC14)", ["cancellation"])
fill_log("zh/warranty/claim", dict(buyer_name="田先生", product=MAT_ZH, warranty_period="一年", order_id="112-1384057-6629901",
         case_id="LVH-CS-30562", agent_name=Z2),
         "售后编号是 LVH-CS-30562。",
         "如果需要寄回检测，亚马逊“您的订单”页面会出现预付退货面单，请用原包装寄回即可。",
         "保修寄回的退货面单 (JC11)", ["returns"])
fill_log("zh/holding/investigating", dict(buyer_name="任女士", product=ARBOR_ZH, reply_by="周四", agent_name=Z1),
         "欢迎随时在这里留言。",
         "另外，您同一订单里的两盒活体苔藓因为本周您那里气温太高暂缓发货，下周一降温后会加冰袋一起寄出。",
         "活体苔藓因高温暂缓发货 (JC4, JC12)", ["live-shipping", "weather-hold"])

fill_log("zh-tw/glass/condensation", dict(buyer_name="崔先生", enclosure=ARBOR_TW, agent_name=W2),
         "調整通風或噴霧的次數。",
         "另外，您加購的頂部網蓋已經出貨，追蹤單號 395208260913，預計週四送達。",
         "加購配件的追蹤單號 (JC15)", ["tracking"])
fill_log("zh-tw/moss/revive", dict(buyer_name="顧小姐", moss=MOSS_TW, agent_name=W1),
         "慢慢長滿。",
         "若整盒苔蘚送達時就已經乾枯發黑，請在簽收後四十八小時內回覆照片，我們會為您補寄或退款。",
         "活體到貨保證：送達時已枯死屬於運送問題 (JC4)", ["live-arrival"])

# ============================================================ 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Teixeira,\n\nThe Arbor 90 is too large for a parcel service: boxed in its wooden crate it weighs 128 pounds, so it travels with Estes Express Lines under PRO number 0473918265. When it reaches their local terminal, Estes will phone the number on your order to agree a delivery window. The truck has a liftgate and the driver brings the crate to the curb or your garage, not indoors, so please plan for two people to carry the tank in.\n\nKind regards,\nCordelia",
     ["freight", "delivery-appointment"], "LTL freight for the large tank and the delivery appointment (JC5)"),
    ("Hi Ms Lindholm,\n\nBefore you sign for the crate, walk around it and look at the corners. If a slat is split, the crate is wet, or you hear glass moving when it is tilted, write \"crate damaged, contents not checked\" on the driver's delivery receipt, then sign and take a couple of photos. With those words on the paperwork, the freight company has to accept our claim, and new glass can be on its way to you the same day. An undamaged crate needs nothing more than your signature.\n\nIdris",
     ["freight", "damage"], "checking a freight delivery of glass before signing (JC5, JC7)"),
    ("Dear Mr Obiora,\n\nI'm sorry the Arbor 45 arrived with a cracked front door panel. Glass breaking in transit is on us, not on you. A new door panel left our Tacoma warehouse today with UPS, tracking 1ZR7V0K40391855572, in a double box. Please tape the broken panel between two pieces of cardboard and keep it until the carrier tells us whether they need to inspect it.\n\nHenrike",
     ["damage", "tracking"], "glass broken in transit, replacement panel sent (JC6, JC7)"),
    ("Hello Ms Sandringham,\n\nYou ordered the cushion moss on Thursday, and we only send live moss from Monday to Wednesday, so that no box spends a weekend in a sorting depot. Yours will leave the greenhouse on Monday morning by USPS Priority Mail and should be with you by Wednesday. The tracking number will appear in Your Orders once the label is printed.\n\nTeodor",
     ["live-shipping"], "live moss ships early in the week only (JC4)"),
    ("Hi Mr Arbuckle,\n\nThe forecast for your area shows highs near 100 degrees this week, which is too hot for moss to travel safely in a truck. We are holding your sheet moss at the greenhouse and will ship it as soon as the forecast drops below 90, packed with a cold pack. You do not need to do anything, and the order stays active in the meantime.\n\nCordelia",
     ["live-shipping", "weather-hold"], "heat hold for live goods (JC4)"),
    ("Dear Ms Dufresne,\n\nThank you for the photos of the moss box. It was four days in transit instead of two and the moss dried out on the way, which our live-arrival guarantee covers. A fresh tray ships tomorrow by USPS Priority Mail, tracking 9205590164237720418375. There is no need to send the first one back.\n\nIdris",
     ["live-arrival", "tracking"], "moss dead on arrival after a slow transit: reshipped (JC4, JC14)"),
    ("Hello Mr Ekwueme,\n\nWe are unable to send live moss or the bioactive substrate to Hawaii, because the state's agricultural rules do not allow unlicensed plants and soil to enter. We have cancelled those two items and refunded $31.98 to your original payment method. The glass terrarium and the hygrometer on the same order are not affected and left our warehouse this morning.\n\nHenrike",
     ["live-shipping", "cancellation", "refund"], "agricultural import rules into Hawaii (JC4, JC7, JC14)"),
    ("Hi Ms Gallagher,\n\nCanadian import rules do not allow soil into the country without a permit, and the Understory substrate counts as soil, so it was taken off your order before it shipped and refunded. The rest of the order cleared customs in Calgary yesterday with the import duties you paid at checkout, and UPS expects to deliver it on Thursday.\n\nTeodor",
     ["customs", "refund"], "plant-health import rules for Canada and customs clearance (JC7)"),
    ("Dear Mr Sonnenberg,\n\nFedEx marked your parcel as undeliverable last night because the driver had no entry code for the building's front gate. Could you reply with the gate code or a note on where the driver should leave the box? Once we have it, we will put it in the delivery notes, and the driver will make a second attempt the following business day.\n\nCordelia",
     ["delivery-exception", "address"], "delivery exception needing gate access details (JC15)"),
    ("Hello Ms Hakimi,\n\nThe Arbor 45 box measures 22 by 22 by 29 inches, which is larger than any Amazon Locker compartment, so the locker you chose could not be used and the order will go to your home address instead. If the house will be empty that day, the UPS tracking page lets you divert the box to a UPS Access Point shop close by after it has been collected.\n\nIdris",
     ["locker", "pickup-point"], "locker too small for a boxed tank (JC15)"),
    ("Hi Mr Treloar,\n\nTo send back the misting system, start the return in Your Orders and print the UPS label it gives you. Please empty the reservoir and leave the tubing and pump to drain overnight first, since a few drops of water are enough for a carrier to pull a parcel aside. Pack everything in the original box and drop it at any UPS location.\n\nHenrike",
     ["returns", "packing"], "return of a water device, drained before packing (JC15)"),
    ("Dear Ms Esposito,\n\nYour returned Hearthpad heat mat reached our Tacoma warehouse this morning. We have sent $27.99 back to the card you paid with; most banks post it to the statement within a week.\n\nTeodor",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Mr Brathwaite,\n\nThe Canopy 24 you sent back arrived without its two mounting risers. We have refunded $52.99 today and held back $7.00, the cost of the risers. Should you find them, pop them in an envelope with the prepaid label from Your Orders, and the last $7.00 follows once they reach Tacoma.\n\nCordelia",
     ["refund", "returns"], "partial refund for a return missing parts (JC6, JC14)"),
    ("Hi Ms Pasternak,\n\nThe parcel was collected yesterday afternoon, which means the address is locked on our side. FedEx can still help: enter tracking number 395208331748 in FedEx Delivery Manager and either redirect the parcel to your new street or have it held at a FedEx Office location near you. Redirects sometimes carry a small FedEx charge.\n\nIdris",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Dear Mr Nordstrom,\n\nYour order is coming in two parcels. The glass vivarium and the light ship from Tacoma with FedEx, tracking 395208402276, and are due on Tuesday. The moss and the substrate come from our greenhouse in Asheville, where live goods are packed, by USPS, tracking 9205590164237721906634, and are due a day later.\n\nHenrike",
     ["split-shipment", "tracking"], "split shipment from two sites (JC4, JC15)"),
    ("Hello Ms Kilbride,\n\nWe have cancelled the second Canopy 24 that was ordered by mistake, as you asked. It had not shipped, so there is no charge for it. Your first light is unchanged and still due on Friday.\n\nTeodor",
     ["cancellation"], "duplicate line cancelled on request (JC6, JC14)"),
    ("Hi Mr Rossiter,\n\nSorry for the wait. A winter storm closed the USPS sorting center in Knoxville for a day, so your moss box is running about 48 hours behind and is now expected on Friday. If the moss looks dried out or smells sour when you open it, send us a photo within two days of delivery and we will send a new tray.\n\nCordelia",
     ["delay", "live-arrival"], "weather delay in transit and the live-arrival guarantee (JC4)"),
    ("Dear Ms Underhill,\n\nYou're right: you ordered the 8 x 12 mat and we sent the smaller 6 x 8 by mistake. The right mat ships today by USPS, tracking 9205590164237722518847. A prepaid return label for the wrong one is in Your Orders; please send it back within 30 days, in any envelope.\n\nIdris",
     ["fulfilment", "returns", "tracking"], "wrong size sent and its return (JC6)"),
    ("Hello Mr Yeboah,\n\nUPS shows your parcel as delivered at 2:14 pm yesterday, left at the side door. Sometimes a driver scans a parcel a little early or leaves it with a neighbour. If it has not appeared by tomorrow evening, let us know here and we will open a trace with UPS and send a replacement straight away.\n\nHenrike",
     ["delivery", "tracking"], "parcel shown delivered but not found (JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("易先生，您好：\n\nArbor 90 连同木箱重约一百二十八磅，不能走普通快递，由 Estes Express Lines 货运公司配送，PRO 号 0473920548。等货物到了您所在城市的货运站，Estes 会来电跟您商量哪天几点送。货车带升降尾板，司机只送到路边或车库门口，不负责搬进室内，请提前安排两个人帮忙搬运。\n\n瞿嘉禾",
     ["freight", "delivery-appointment"], "大件玻璃缸走零担货运并预约送货 (JC5)"),
    ("常女士，您好：\n\n为了不让活体苔藓在转运中心过周末，我们只在周一到周三发货。您周五下的单，苔藓会在下周一上午从温室寄出，走 USPS 优先邮件，一般周三前送达。运单号生成后会显示在“您的订单”页面。\n\n蒲晓雯",
     ["live-shipping"], "活体苔藓只在周初发货 (JC4)"),
    ("文先生，您好：\n\n您那里这几天最低气温在零度以下，苔藓在运输途中容易冻坏，所以我们先把您的苔藓留在温室，等气温回升后再随暖宝宝一起寄出。订单保持有效，您不需要做任何操作。\n\n瞿嘉禾",
     ["live-shipping", "weather-hold"], "低温暂缓发货 (JC4)"),
    ("俞女士，您好：\n\n谢谢您发来的照片。这盒苔藓在路上走了五天，到货时已经干枯，属于我们活体到货保证的范围。新的一盒明天由 USPS 寄出，运单号 9205590164237723307150，原来那盒不用寄回。\n\n蒲晓雯",
     ["live-arrival", "tracking"], "苔藓到货已干枯，重新寄出 (JC4)"),
    ("柳先生，您好：\n\n非常抱歉，Arbor 45 的侧面玻璃在运输途中碎了。新的侧板今天已从塔科马仓库由 UPS 补发，运单号 1ZR7V0K40391869904，用双层纸箱包装。碎玻璃请用纸板夹好并用胶带封住，先保留几天，等承运商确认是否需要查验。\n\n瞿嘉禾",
     ["damage", "tracking"], "玻璃运输破损并补发 (JC6, JC7)"),
    ("岳女士，您好：\n\n退回喷雾系统时，请先在“您的订单”里申请退货并打印 UPS 退货面单。打包前请把水箱倒空，水泵和软管晾一晚，确保没有残留的水，否则包裹可能因为漏水被承运商扣下。用原包装盒装好后交到任意 UPS 网点即可。\n\n蒲晓雯",
     ["returns", "packing"], "带水设备的退货包装要求 (JC15)"),
    ("谷先生，您好：\n\n您退回的 DH-2 温湿度计今天已由仓库签收，19.99 美元的退款已原路退回，一般三到五个工作日到账。\n\n瞿嘉禾",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("雷女士，您好：\n\n您多下的那笔订单 113-6207741-3380569 已经按您说的取消了。这笔重复的订单还在等待拣货，所以不会向您收费。先下的那笔订单照常处理，植物灯已经在路上了。\n\n蒲晓雯",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("甄先生，您好：\n\n您的订单分两个包裹寄出：玻璃缸和加热垫从塔科马仓库发出，FedEx 运单号 395208497105，预计周二送达；苔藓和基质从阿什维尔的温室发出，USPS 运单号 9205590164237724015862，预计周三送达。\n\n瞿嘉禾",
     ["split-shipment", "tracking"], "分两处发货 (JC4, JC15)"),
    ("裘女士，您好：\n\nFedEx 的司机今天上午到了小区，但订单地址只写了街道，没有楼号，没法把包裹交到您手上。麻烦直接在这里告诉我们几号楼几单元，我们转给 FedEx 后，包裹会在下个工作日再送一次。\n\n蒲晓雯",
     ["delivery-exception", "address"], "派送异常，补充地址 (JC15)"),
    ("冉先生，您好：\n\n加拿大的进口规定不允许未经许可的土壤入境，Understory 基质属于这一类，所以发货前已从订单中移除并退款。其余商品昨天已在蒙特利尔清关，下单时您已支付进口税费，派送时不需要再付钱。\n\n瞿嘉禾",
     ["customs", "refund"], "加拿大土壤进口限制与清关 (JC7)"),
    ("鞠女士，您好：\n\n非常抱歉，仓库把 Canopy 24 错发成了 Canopy 36。正确的灯今天由 FedEx 寄出，运单号 395208563391；错发的那盏，预付退货面单已经放在“您的订单”页面，请在三十天内寄回。\n\n蒲晓雯",
     ["fulfilment", "returns", "tracking"], "错发型号与退回 (JC6)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("安先生 您好：\n\n您的 Arbor 45 玻璃生態缸昨天已從塔科馬倉庫出貨，由 UPS 陸運配送，追蹤單號 1ZR7V0K40391878133，預計下週一送達。玻璃缸用雙層紙箱加泡棉護角包裝，整箱約十九公斤，送達時請留意搬運。\n\n聶品妍",
     ["tracking", "packing"], "出貨與包裝說明 (JC5, JC15)"),
    ("吉小姐 您好：\n\n這週您所在地區有寒流，夜間低於零度，活體苔蘚在運送途中可能凍傷，所以我們先暫緩出貨。等氣溫回升後，會在週一加上暖暖包寄出，訂單不需要重新下。\n\n章冠廷",
     ["live-shipping", "weather-hold"], "寒流暫緩出貨 (JC4)"),
    ("花先生 您好：\n\n依照您的要求，包裹已改送到附近的 FedEx Office 門市保留。請帶著有照片的證件，報上追蹤單號 395208620487 就能領取。包裹在門市最多放一週，沒有領取就會寄回倉庫，我們收到後會全額退款給您。\n\n聶品妍",
     ["pickup-point", "tracking"], "改送門市取件 (JC15)"),
    ("鳳太太 您好：\n\n退回的 Canopy 24 植物燈昨天抵達我們的倉庫，檢查沒有問題，59.99 美元的退款已經退到您下單時用的那張卡，銀行通常一週內會入帳。\n\n章冠廷",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("晁先生 您好：\n\n非常抱歉，Bell 8 玻璃罩送達時已經破裂，這是運送途中造成的。新的玻璃罩今天已用加厚包裝補寄，追蹤單號 1ZR7V0K40391884526；破掉的那個請小心包好丟棄即可，不需要寄回。\n\n聶品妍",
     ["damage", "tracking"], "運送破損補寄 (JC7)"),
    ("闕小姐 您好：\n\n您的訂單還沒有出貨，收件地址已經改成您提供的新地址，明天會照常寄出。之後如果還要修改，請在出貨前告訴我們。\n\n章冠廷",
     ["address"], "出貨前修改地址 (JC15)"),
    ("曲先生 您好：\n\n依照夏威夷的農業檢疫規定，活體植物和土壤不能寄入，所以訂單中的苔蘚盒已取消並退款。溫濕度計和植物燈不受影響，已經照常出貨。\n\n聶品妍",
     ["live-shipping", "cancellation", "refund"], "夏威夷檢疫限制 (JC4, JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free-written, not logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Calloway,\n\nA single adult crested gecko does well in the Arbor 45. It is taller than it is wide, which suits a species that climbs and sleeps high up, and the front doors let you reach in without lifting the lid. Add a few cork branches running corner to corner and some broad-leaved plants near the top to give it cover.\n\nCordelia",
     ["advice", "suitability"], "the buyer asked whether the tank suits a gecko; no price or push to buy (JC10)"),
    ("Hello Mr Fitzwilliam,\n\nA carbon filter jug takes out chlorine, but it leaves most of the dissolved minerals in the water, and those are what build up in the nozzles. So filtered tap water will still clog the Rainline over time. Distilled water from the supermarket or a small reverse-osmosis unit are the two choices that keep it running clean.\n\nIdris",
     ["advice"], "which water to use in the mister (JC10)"),
    ("Dear Ms Holmgren,\n\nFor a paludarium with a water section, run the Canopy 24 over the land half and let the spill reach the water. Floating plants will grow quickly under it, while most aquatic mosses are happy with the lower light near the front glass. If you add a second bar later, set both on the same timer so the day starts and ends together.\n\nHenrike",
     ["advice"], "lighting a paludarium (JC10)"),
    ("Hi Mr Granger,\n\nOur team has looked at the video of your pump. The seal inside has worn smooth, which happens when a pump runs for a while with an empty reservoir, and that kind of wear falls outside the warranty. A low-water float switch on the reservoir will stop it happening to the next pump.\n\nTeodor",
     ["advice", "warranty-decision"], "a warranty refusal with its reason, in the agent's own words: the coverage decision is not logistics (JC11)"),
    ("Hello Ms Hightower,\n\nThe Arbor 45 does not come with a background. The back panel is clear glass, so you can fit a cork or foam background of your own, or leave it clear if the tank will stand in the middle of a room. The inside depth is 17 and a half inches, which leaves plenty of room for one.\n\nCordelia",
     ["advice", "product-info"], "a question about what the tank includes (JC10)"),
    ("Hi Mr Jablonski,\n\nThe Rainline's power adapter accepts 100 to 240 volts, so it will run in the UK once you fit a plug adapter; there is no need for a transformer. The timer keeps its settings through a power cut for about a day, thanks to a small backup cell.\n\nIdris",
     ["advice", "voltage"], "using the mister on another mains voltage (JC10)"),
    ("Dear Ms Kerrigan,\n\nFor a tank the size of yours, start with one culture of springtails and about a dozen dwarf white isopods. Give them a week to spread before you add an animal, and keep a patch of leaf litter damp at all times, since that is where they breed.\n\nHenrike",
     ["advice", "cleanup-crew"], "setting up a cleanup crew (JC10)"),
    ("Hello Mr Lemaire,\n\nThe DH-2 uses one CR2032 coin cell, which lasts about a year. The cover is on the back: slide it down with your thumbnail, swap the cell with the flat side facing you, and the display comes back within a few seconds. Your calibration offset is kept.\n\nTeodor",
     ["advice"], "changing the hygrometer's battery (JC10)"),
    ("Hi Ms Moriarty,\n\nThe Arbor glass is tempered, so please do not drill it: tempered glass shatters if it is cut or drilled after manufacture. For a drain or a cable, use the openings in the top mesh or the gap behind the sliding vent at the front.\n\nCordelia",
     ["advice", "product-info"], "drilling the glass (JC10)"),
    ("Hello Mr Pilkington,\n\nYes, the Canopy 24 sits across the top of the Arbor 45 without any brackets; its feet rest on the frame at each end of the mesh. On the Arbor 90 you would want two bars side by side to light the whole floor evenly.\n\nIdris",
     ["advice", "compatibility"], "the buyer asked if our light fits our tank; answering is not cross-selling (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("司马先生，您好：\n\nArbor 45 很适合养一只成年睫角守宫。缸体高度大于宽度，正好符合它爱攀爬、喜欢待在高处的习性；前开门的设计也方便喂食和清理。缸里可以斜放几根软木枝，再在上层种些宽叶植物给它遮蔽。\n\n瞿嘉禾",
     ["advice", "suitability"], "买家问缸体是否适合守宫，回答中没有价格或推销 (JC10)"),
    ("慕容女士，您好：\n\nHearthpad 加热垫可以贴在塑料饲养盒底部，但必须接温控器，而且盒子下面要垫几个橡胶脚，留出散热空间。薄塑料受热容易变形，温控器的上限建议设在三十度以内。\n\n蒲晓雯",
     ["advice"], "加热垫用于塑料饲养盒 (JC10)"),
    ("端木先生，您好：\n\n苔藓不需要很强的光。Canopy 24 放在网盖上时，离苔藓约四十五厘米，正好合适；如果苔藓表面开始发白，可以把亮度调低一档，或者每天少开一个小时。\n\n瞿嘉禾",
     ["advice"], "植物灯与苔藓的距离 (JC10)"),
    ("皇甫女士，您好：\n\nDH-2 用的是一颗 CR2032 纽扣电池，大约能用一年。电池盖在背面，用指甲往下推开即可，换好后几秒钟屏幕就会重新亮起，之前设置的校准值也会保留。\n\n蒲晓雯",
     ["advice"], "温湿度计换电池 (JC10)"),
    ("邝先生，您好：\n\n我们看过您发来的照片了。灯条的接口处有明显的水渍和锈迹，是喷雾直接打到灯上造成的，这种情况不在保修范围内。以后可以把喷头的方向稍微调开，或者在灯和网盖之间加一块透明挡板。\n\n瞿嘉禾",
     ["advice", "warranty-decision"], "保修判断（进水不保）用自己的话写，不是物流 (JC11)"),
    ("查女士，您好：\n\n造景时喷水和补水都建议用纯净水或蒸馏水。自来水里的钙镁会在玻璃上留下白色水渍，时间长了也会堵住喷头；雨水虽然可以用，但要确认收集的容器干净，而且附近没有喷洒过农药。\n\n蒲晓雯",
     ["advice"], "造景用水 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("藺先生 您好：\n\n箭毒蛙的缸內濕度建議維持在百分之八十到九十五之間，白天溫度攝氏二十二到二十六度最理想。Rainline 設定每天三次、每次十五秒，再搭配前方的通風條，大多數情況下都能穩定在這個範圍。\n\n聶品妍",
     ["advice"], "箭毒蛙的濕度與溫度 (JC10)"),
    ("古小姐 您好：\n\nRainline 的水泵運轉時會有輕微的嗡嗡聲，每次十幾秒，屬於正常。如果覺得吵，可以在水泵下面墊一塊軟墊，或把水箱放進櫃子裡，只讓軟管穿出來，聲音會小很多。\n\n章冠廷",
     ["advice"], "噴霧系統的聲音 (JC10)"),
    ("容先生 您好：\n\n玻璃缸不建議放在窗邊。陽光直射時，缸內溫度一個下午就可能超過攝氏三十五度，對苔蘚和動物都很危險，也容易長藻。放在離窗戶兩公尺以上、只有散射光的位置比較安全，光照交給植物燈就好。\n\n聶品妍",
     ["advice"], "生態缸擺放位置 (JC10)"),
    ("禹太太 您好：\n\nHearthpad 加熱墊不能剪短。裡面的電熱絲是連續繞線的，剪開就會斷路，也可能造成短路。如果尺寸太大，可以只貼一部分在玻璃上，其餘部分懸空，但不要折起來或重疊貼。\n\n章冠廷",
     ["advice"], "加熱墊能否剪短 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten (a template's facts, retold) -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Saarinen,\n\nDon't worry about the washed-out colour: a few days boxed up in the dark does that, and it normally greens up within the week. Spread it out somewhere bright but shaded, spray it with distilled water until it's just damp, then press it down onto wet substrate once it looks happier. Once or twice a day is plenty, and avoid leaving it sitting in water.\n\nHenrike",
     "retells en/moss/arrival-care (JC13)"),
    ("Hello Ms Tillotson,\n\nQuick version: only distilled or RO water in the tank, or the nozzles will scale up. Aim the nozzles a bit downwards, put the check valve near them so the line doesn't drip afterwards, and prime the pump with the manual button until all four spray evenly. Then start with two or three short bursts a day and tweak from there.\n\nTeodor",
     "retells en/misting/setup (JC13)"),
    ("Hi Mr Vickery,\n\nGive it 10 to 12 hours a day on a timer and sit it on the mesh lid, not inside. If the top leaves go pale or crispy, lift it up on the risers or cut an hour off; leggy, stretching plants are asking for more light.\n\nCordelia",
     "retells en/lighting/schedule (JC13)"),
    ("Hello Ms Wojcik,\n\nThe mat goes on the outside of the tank, side or one end of the base, never under the soil. Run it through a thermostat with the probe stuck on the glass above it; 78 F is a fair place to start for a rainforest tank. Raise the tank a little so the mat isn't squashed against the stand.\n\nIdris",
     "retells en/heat/thermostat (JC13)"),
    ("Hi Mr Yardley,\n\nA few percent either way is normal for these gauges. To check yours, make a damp salt paste in a bottle cap, zip it into a bag with the hygrometer overnight, and it should read 75. Whatever it's off by is your correction. Keep the probe mid-tank, clear of the nozzles.\n\nHenrike",
     "retells en/hygrometer/calibration (JC13)"),
    ("Hello Ms Blomqvist,\n\nThanks for the photos of the heat mat. I've sent everything over to the product team and will get back to you here by Friday with what they say. Nothing more needed from you for now.\n\nTeodor",
     "holding reply about a product fault in the agent's own words; the holding template covers it, so this is a rewrite (JC12, JC13)"),
    ("Hi Mr Coutinho,\n\nIf you have a minute once the vivarium has been running for a while, we'd be glad to read what you make of it in an Amazon review, good or bad.\n\nCordelia",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("伏女士，您好：\n\n出雾少多半是喷头结了水垢。把喷头拧下来，泡在白醋里两三个小时，冲干净装回去，手动喷几次就好了。以后水箱里只放纯净水，滤网隔一两个月洗一下。\n\n蒲晓雯",
     "改写 zh/misting/nozzle-clog (JC13)"),
    ("计女士，您好：\n\n白色的绒毛是新缸常见的白霉，吃的是基质和木头里的有机物，对动植物基本无害，过两三周自己会退。可以放点跳虫帮忙，或者用镊子夹掉；要是变绿变黑、越长越多，或者有酸味，拍照发给我们看看。\n\n瞿嘉禾",
     "改写 zh/substrate/mold (JC13)"),
    ("邰先生，您好：\n\n照片收到了，已经交给产品组去看，周三之前我会在这里给您答复。这几天您不用再发别的资料。\n\n蒲晓雯",
     "用自己的话写的产品问题等待回复，已有等待模板，算改写 (JC12, JC13)"),
    ("邴女士，您好：\n\n水泵、灯、加热垫和温湿度计坏了，只要是零件或做工的问题都能保修；空转磨坏、水垢堵塞、进水或者剪过线的不保。回信时描述一下出了什么毛病，配上图片或一小段录像就可以。\n\n瞿嘉禾",
     "改写 zh/warranty/claim，没有订单号和售后编号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("燕小姐 您好：\n\n玻璃起霧是裡面濕、外面冷造成的，不是缸有問題。把網蓋上的東西拿開一些讓它透氣，或在前面通風條旁邊放個小風扇；噴霧改在開燈一小時後，霧就散得快。\n\n章冠廷",
     "改寫 zh-tw/glass/condensation (JC13)"),
    ("冷先生 您好：\n\n定時器這樣設：按住時鐘鍵三秒，用上下鍵調好現在時間再確認，然後設開關燈時間，原本是早八晚八。苔蘚開十到十二小時就夠了，亮度先用第三段。\n\n聶品妍",
     "改寫 zh-tw/lighting/timer (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. logistics plus product advice -> [template-required]
M = "mixed-logistics"
for text, note, tags in [
    ("Hi Ms Fogarty,\n\nYour cushion moss left the greenhouse this morning by USPS, tracking 9205590164237725382019, and should arrive on Wednesday. When you unpack it, soak the tray in a shallow dish of rainwater for ten minutes before it goes into the tank; it takes up water faster that way than from misting.\n\nHenrike",
     "moss shipped (logistics) plus first-day care advice (JC4, JC8)", ["live-shipping", "advice"]),
    ("Hello Mr Abiodun,\n\nThe return label for your misting system is ready in Your Orders. Before you send it, try soaking the nozzles in white vinegar for an hour: weak mist after a few weeks is nearly always scale, and the pump itself is usually fine.\n\nTeodor",
     "return label plus troubleshooting in the agent's own words (JC8)", ["returns", "advice"]),
    ("Dear Ms Drayton,\n\nExpect a phone call from Estes in the next few days to pick a delivery slot for the Arbor 90. Before it comes, check that the stand is level and rated for at least 200 pounds, because the tank gets much heavier once the substrate and water features are in.\n\nCordelia",
     "freight appointment plus advice on the stand (JC5, JC8)", ["freight", "advice"]),
    ("Hi Mr Eriksen,\n\nA new heat mat is on its way with FedEx under tracking 395208714458. This time, please run it through a thermostat set to about 80 degrees; a mat plugged straight into the wall keeps heating and can warp the glass silicone.\n\nIdris",
     "replacement shipped plus heating advice (JC8)", ["fulfilment", "advice"]),
    ("Hello Ms Ostrander,\n\nCanadian customs in Calgary are still processing your parcel; release normally takes one or two more days. Meanwhile, you can start cycling the substrate you already have: keep it moist in a covered tub so the microfauna are established when the tank arrives.\n\nHenrike",
     "customs hold plus set-up advice (JC7, JC8)", ["customs", "advice"]),
]:
    free(M, "en", text, [TR], note, tags)
for text, note, tags in [
    ("段先生，您好：\n\n您的苔藓今天上午已由 USPS 寄出，预计周三送达。到货后请先用纯净水把苔藓喷透，放在散射光下缓一两天，再铺进缸里，这样恢复得更快。\n\n瞿嘉禾",
     "苔藓已发出（物流）加到货后的养护建议 (JC4, JC8)", ["live-shipping", "advice"]),
    ("仇女士，您好：\n\n补发的喷头今天已经寄出。为了避免新喷头再堵，建议水箱只加纯净水，每隔一个月用白醋把喷头泡一泡。\n\n蒲晓雯",
     "补发（物流）加防堵建议 (JC8)", ["fulfilment", "advice"]),
    ("封女士，您好：\n\n退货面单已经放在“您的订单”页面。寄回之前，不妨先试着把定时器恢复出厂设置：按住左右两个键五秒，很多时候水泵不启动是定时器设置乱了。\n\n瞿嘉禾",
     "退货面单加故障排除建议 (JC8)", ["returns", "advice"]),
]:
    free(M, "zh", text, [TR], note, tags)
for text, note, tags in [
    ("荊先生 您好：\n\n您的植物燈今天已經出貨，追蹤單號 395208780021，預計週五送達。收到後建議先一天開十小時，等植物適應了再慢慢加長。\n\n章冠廷",
     "出貨通知加照明建議 (JC8)", ["tracking", "advice"]),
    ("巴太太 您好：\n\n換貨的加熱墊已經寄出了。這次請記得一定要接溫控器使用，探頭貼在加熱墊正上方的玻璃上，溫度先設攝氏二十六度。\n\n聶品妍",
     "換貨寄出加使用建議 (JC8)", ["fulfilment", "advice"]),
]:
    free(M, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 7. replies that break a content policy
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, logistics=False, sep=" "):
    """A filled template with one offending sentence added. JC3: template-required unless the sentence is logistics."""
    plus(tid, vals, anchor, sentence, note + " (JC3)", V, labels, logistics, sep=sep, tags=["template-based"])


bad("en/lighting/schedule", dict(buyer_name="Mr Zielinski", light=LIGHT, agent_name=A1),
    "rather than less.",
    "P.S. Our Understory substrate is 15% off this month with code MOSSWEEK15, which pairs nicely with a new light.",
    [MKT, TR], "P.S. with a discount code for another product", sep="\n\n")
bad("en/misting/setup", dict(buyer_name="Ms Quenneville", mister=MISTER, agent_name=A2),
    "the humidity reading.",
    "Happy with how the Rainline is misting? Then we would be thrilled to see a 5-star review from you on the listing.",
    [RI, TR], "five-star request aimed at satisfied buyers")
bad("en/heat/thermostat", dict(buyer_name="Mr Papadakis", heat_mat=MAT, agent_name=A3),
    "can overheat.",
    "For quicker answers on reptile heating, text our keeper line at 503-555-0142 any day of the week.",
    [OPC, TR], "support moved to a phone number outside Amazon", sep="\n\n")
bad("en/hygrometer/calibration", dict(buyer_name="Ms Sterling-Howe", hygrometer=HYG, agent_name=A4),
    "actually live in.",
    "If the gauge still seems off to you, please message us before you post a review so we can sort it out first.",
    [RI, TR], "review gating: a buyer with a problem is steered away from reviewing")
bad("en/substrate/layering", dict(buyer_name="Mr Ibarra", substrate=SUB, enclosure=ARBOR45, agent_name=A1),
    "two or three weeks.",
    "By the way, our new cork background kit for the Arbor 45 launches next week, and pre-orders placed now ship first.",
    [MKT, TR], "new-product announcement and a push to pre-order", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Ms Winterbourne", product=SHEET, order_id="112-8143365-0275598",
    agent_name=A2), "improve what we make.",
    "As a thank-you, we will refund the price of your moss box as soon as your review is posted.",
    [RI, TR], "a refund offered in exchange for a review: the refund here is a reward, not a return")
bad("en/moss/arrival-care", dict(buyer_name="Mr Kristiansen", moss=CUSHION, agent_name=A3),
    "invites rot.",
    "Our step-by-step moss videos are on our YouTube channel at youtube.com/lichenvalehabitats if you would like to watch them.",
    [OPC, TR], "sends the buyer to a video channel off Amazon")
bad("en/warranty/claim", dict(buyer_name="Ms Merriweather", product=LIGHT, warranty_period="two-year",
    case_id="LVH-CS-30597", order_id="113-5529081-6617340", agent_name=A4),
    "for order 113-5529081-6617340.",
    "Our shipping updates are quicker on lichenvale-habitats.com/track, so check the new light's progress there rather than in Your Orders once it leaves us.",
    [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required", logistics=True)
free(V, "en", "Hi Mr Osterberg,\n\nThe refund for the heat mat you returned went through this morning. With that wrapped up, would you consider bumping your 2-star review up a notch or two? We would happily send a $15 gift card for the trouble.\n\nTeodor",
     [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not logistics (JC3)",
     ["free-written"])

bad("zh/misting/nozzle-clog", dict(buyer_name="臧先生", mister=MISTER_ZH, agent_name=Z1),
    "这样能大大减少堵塞。",
    "如果还是处理不好，可以加我们的微信 lichenvale88，技术人员会视频指导您。",
    [OPC, TR], "产品支持转到微信")
bad("zh/review/neutral-request", dict(buyer_name="饶女士", product=SUB_ZH, order_id="111-9047732-5586103", agent_name=Z2),
    "帮助我们改进。",
    "晒出五星好评的截图，我们马上给您返现十美元。",
    [RI, TR], "五星好评返现")
bad("zh/substrate/mold", dict(buyer_name="靳先生", substrate=SUB_ZH, agent_name=Z1),
    "帮您找出原因。",
    "另外想请您帮个忙：既然原因已经弄清楚，那条差评能不能撤下来，或者改成中评？",
    [RI, TR], "要求删除或修改差评")
bad("zh/warranty/claim", dict(buyer_name="钮女士", product=LIGHT_ZH, warranty_period="两年", order_id="114-3692208-7751046",
    case_id="LVH-CS-30624", agent_name=Z2),
    "售后编号是 LVH-CS-30624。",
    "另外，请到我们的官网 lichenvale-habitats.com 登记产品序列号，以后申请保修会更快。",
    [OPC, TR], "引导到卖家官网登记产品；产品登记不是物流")
free(V, "zh", "仲先生，您好：\n\n您的包裹还没有出库，如果需要修改收货地址，请直接打电话给我们的仓库：503-555-0142，我们当场帮您改好。\n\n蒲晓雯",
     [OPC], "修改收货地址（物流）却让买家打电话到站外：内容仍是地址这一物流事项，所以不标 template-required (JC3)",
     ["free-written"])

bad("zh-tw/lighting/timer", dict(buyer_name="尉先生", light=LIGHT_TW, agent_name=W1),
    "讓植物慢慢適應。",
    "之後有任何設定問題，歡迎加我們的 LINE 官方帳號 @lichenvale.tw，客服會更快回覆您。",
    [OPC, TR], "客服轉到 LINE 官方帳號")
bad("zh-tw/moss/revive", dict(buyer_name="冼小姐", moss=MOSS_TW, agent_name=W2),
    "慢慢長滿。",
    "等苔蘚重新轉綠、您也看得滿意了，希望您能給這盒苔蘚五星好評支持一下。",
    [RI, TR], "滿意才請求五星好評")
free(V, "zh", "雍小姐 您好：\n\n您的苔蘚盒今天已經寄出，追蹤單號 9205590164237726170438。順帶一提，本週苔蘚盒第二件半價，需要補貨的話歡迎加購。\n\n章冠廷",
     [MKT, TR], "出貨通知（物流）加第二件半價的促銷；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
