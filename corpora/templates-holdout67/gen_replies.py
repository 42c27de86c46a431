# -*- coding: utf-8 -*-
"""Labelled seller replies of t67 (imported by gen.py). Every text was written for this set.

Each call below adds one reply. Sections, in order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. A JCn in a note points to a judgement call in README.md.
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


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False,
         log_part=None):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note, tid=tid,
                        vals=vals, exact=exact, extra=extra, log_part=log_part))


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


def wrap(tid, vals, starts, width):
    """An edit that hard-wraps the one paragraph that begins with `starts`."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(para) != 1:
        raise SystemExit("wrap: %r in %s" % (starts, tid))
    return (para[0], textwrap.fill(para[0], width))


def swap(a, b, sep=" "):
    """An edit that swaps two neighbouring sentences."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False, log_part=None):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad, log_part=log_part)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
E1, E2, E3, E4 = "Marisol Etxeberria-Hume", "Teodor Valk", "Imogen Strachan-Oyelowo", "Caspian Moorcroft-Lee"
S1, S2 = "鲍汐远", "晁一帆"
T1, T2 = "宋語澄", "雷芷晴"

LUMEN, VISTA = "Coralwick Lumen low-volume mask", "Coralwick Vista frameless mask"
LUMEN_LONG = ("Coralwick Lumen Low Volume Dive Mask, Tempered Glass Twin Lens, Hypoallergenic Liquid Silicone Skirt, "
              "Quick-Release Buckles, for Adults, Scuba Diving, Snorkeling and Freediving, Matte Black Frame")
DRYLOCK = "Coralwick Drylock dry-top snorkel"
DRYLOCK_LONG = ("Coralwick Drylock Dry Top Snorkel with Float Valve, Bottom Purge Valve, Flexible Silicone Mouthpiece "
                "and Quick-Release Mask Clip, Latex-Free, for Snorkeling, Scuba Diving and Swimming, Ocean Blue")
FINCH = "Coralwick Finch open-heel fins"
FINCH_LONG = ("Coralwick Finch Open Heel Scuba Fins with Stainless Spring Straps, Vented Blade for Efficient Kicks, "
              "Size M/L (fits US men's 8-10 with boots), Travel Friendly, Cobalt")
SELKIE3, SELKIE5, REEFSKIN = ("Coralwick Selkie 3/2 mm full wetsuit", "Coralwick Selkie 5 mm full wetsuit",
                              "Coralwick Reefskin 1.5 mm shorty")
SELKIE_LONG = ("Coralwick Selkie Men's 3/2mm Full Wetsuit, Back Zip, Glued and Blind-Stitched Seams, Knee Pads, "
               "Super-Stretch Neoprene, for Scuba Diving, Snorkeling, Surfing and Kayaking, Size ML")
D2, C5 = "Coralwick Fathom D2 dive computer", "Coralwick Fathom C5 dive computer"
GANNET, GANNET_T = "Coralwick Gannet regulator set", "Coralwick Gannet Travel regulator"
B1200, B2400 = "Coralwick Beacon 1200 dive torch", "Coralwick Beacon 2400 dive torch"
B1200_LONG = ("Coralwick Beacon 1200 Lumen Dive Torch, Rechargeable 21700 Battery and Charger Included, 3 Brightness "
              "Modes plus SOS, Rated to 150 m, Twist Lock, Wrist Lanyard, for Scuba and Night Diving")

C5_ZH, D2_ZH = "Fathom C5 潜水电脑表", "Fathom D2 潜水电脑表"
SELKIE3_ZH, SELKIE5_ZH, REEFSKIN_ZH = "Selkie 3/2 毫米全身湿衣", "Selkie 5 毫米全身湿衣", "Reefskin 1.5 毫米短袖湿衣"
SELKIE_ZH_LONG = ("Coralwick Selkie 女款 3/2毫米 全身潜水湿衣 背拉链 胶合盲缝 超弹氯丁橡胶 膝部耐磨垫 "
                  "适合水肺潜水 浮潜 冲浪 皮划艇 尺码 M")
GANNET_ZH, GANNET_T_ZH = "Gannet 调节器套装", "Gannet Travel 旅行调节器"
C5_TW, D2_TW = "Fathom C5 潛水電腦錶", "Fathom D2 潛水電腦錶"
KEEL20_TW, KEEL35_TW = "Keelbag 20 公升防水袋", "Keelbag 35 公升防水袋"
KEEL_TW_LONG = ("Coralwick Keelbag 35公升 捲口式防水袋 500D PVC夾網布 附可調式肩背帶 適用浮潛 獨木舟 溯溪 露營 "
                "海邊活動 珊瑚橘")
RX_TW = "Lumen RX 度數面鏡"
B1200_TW, B2400_TW = "Beacon 1200 潛水手電筒", "Beacon 2400 潛水手電筒"

# ============================================================ 1. filled templates -> []
fill("en/mask/fogging", dict(buyer_name="Ms Ravenhill", mask=LUMEN, agent_name=E1), "exact fill")
fill("en/mask/fogging", dict(buyer_name="Mr Cuthbertson", mask=LUMEN_LONG, agent_name=E2),
     "the 190-character listing title pasted into the mask slot; greeting changed (JC2)",
     edits=[("Hi Mr Cuthbertson,", "Good afternoon Mr Cuthbertson,")], tags=["greeting", "long-value"])
fill("en/mask/fogging", dict(buyer_name="Ms Dziedzic", mask=VISTA, agent_name=E3),
     "a line of sympathy about the buyer's first reef dive added after the greeting (JC2)",
     edits=[("Hi Ms Dziedzic,", "Hi Ms Dziedzic,\n\nWhat a shame the fog got in the way of your first look at the reef in Cozumel.")],
     tags=["warm-line"])
fill("en/mask/fit", dict(buyer_name="Mr Kilbride", mask=VISTA, agent_name=E2), "exact fill")
_v = dict(buyer_name="Ms Larrabee", mask=LUMEN, agent_name=E4)
fill("en/mask/fit", _v, "first two paragraphs hard-wrapped at 70 columns, the way a desktop mail client pastes them (JC2)",
     edits=[wrap("en/mask/fit", _v, "Thank you for asking", 70), wrap("en/mask/fit", _v, "The strap belongs", 70)],
     tags=["reflow"])
fill("en/snorkel/drytop", dict(buyer_name="Kofi", snorkel=DRYLOCK, agent_name=E1), "exact fill")
fill("en/snorkel/drytop", dict(buyer_name="Ms Nordahl", snorkel=DRYLOCK_LONG, agent_name=E3),
     "listing title in the snorkel slot; sign-off names the buyer's trip (JC2, JC16)",
     edits=[("Happy snorkelling,", "Have a wonderful week in the Keys,")], tags=["long-value", "sign-off"])
fill("en/fins/fit", dict(buyer_name="Mr Galloway-Mensah", fins=FINCH, agent_name=E2), "exact fill")
fill("en/fins/fit", dict(buyer_name="Ms Hjelmstad", fins=FINCH_LONG, agent_name=E4),
     "listing title with a size note in the fins slot; the two sentences of the last paragraph swapped (JC2)",
     edits=[swap("If the top of your foot starts to ache after twenty minutes or so, the pocket is too snug.",
                 "If the blade twists when you kick, it is too loose, and a thicker boot is often the answer.")],
     tags=["long-value", "reorder"])
fill("en/wetsuit/care", dict(buyer_name="Mr Iredale", wetsuit=SELKIE5, agent_name=E4), "exact fill")
fill("en/wetsuit/care", dict(buyer_name="Mr Ogunleye", wetsuit=SELKIE_LONG, agent_name=E1),
     "listing title in the wetsuit slot; greeting changed and a congratulation added (JC2)",
     edits=[("Hello Mr Ogunleye,", "Dear Mr Ogunleye,\n\nCongratulations on finishing your Open Water course last weekend!")],
     tags=["greeting", "long-value", "warm-line"])
fill("en/wetsuit/care", dict(buyer_name="Ms Pashley", wetsuit=REEFSKIN, agent_name=E2),
     "one long sentence of the drying paragraph split in two (JC2)",
     edits=[("keep their shape, then turn it", "keep their shape. Then turn it")], tags=["split"])
fill("en/computer/battery", dict(buyer_name="Ms Rydell", computer=D2, agent_name=E3), "exact fill")
fill("en/computer/battery", dict(buyer_name="Mr Sallow", computer=D2, agent_name=E4),
     "second and third paragraphs run together; sign-off changed (JC2)",
     edits=[("the dot on the case.\n\nYour logbook", "the dot on the case. Your logbook"),
            ("With best wishes,", "Best wishes, and happy logging,")], tags=["merge", "sign-off"])
fill("en/regulator/service", dict(buyer_name="Ms Trevethan", regulator=GANNET,
     service_interval="two years or 200 dives, whichever comes first", agent_name=E1), "exact fill")
fill("en/regulator/service", dict(buyer_name="Mr Westergaard", regulator=GANNET_T,
     service_interval=("12 months if you dive in warm salt water more than twice a month, and otherwise every two years "
                       "or 200 dives"), agent_name=E2),
     "a long interval spelled out in the service_interval slot; greeting changed (JC2, JC16)",
     edits=[("Hello Mr Westergaard,", "Hi Mr Westergaard,")], tags=["greeting", "long-value"])
fill("en/regulator/service", dict(buyer_name="Ms Yeoman", regulator=GANNET, service_interval="two years or 200 dives",
     agent_name=E3),
     "one sentence paraphrased with the same meaning (JC2)",
     edits=[("This is work for a trained technician, not a home job.",
             "It needs a trained technician with the proper tools, so please don't attempt it yourself.")],
     tags=["paraphrase"])
fill("en/torch/care", dict(buyer_name="Mr Zielinski", torch=B1200, agent_name=E4), "exact fill")
fill("en/torch/care", dict(buyer_name="Ms Abrahamsen", torch=B1200_LONG, agent_name=E1),
     "listing title in the torch slot; a warm line about the buyer's plans and a new sign-off (JC2)",
     edits=[("Hi Ms Abrahamsen,", "Hi Ms Abrahamsen,\n\nNight dives under the pier sound like a lovely plan."),
            ("Kind regards,", "Enjoy the night dives,")], tags=["long-value", "warm-line", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Blakemore", product=FINCH, order_id="112-4830917-2265038",
     agent_name=E2), "exact fill; the only review request for this order, and the buyer had not praised anything (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Anneliese", product=DRYLOCK, order_id="114-0592716-8843307",
     agent_name=E3), "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hello Anneliese,", "Hi Anneliese,"), ("Thanks again,", "Many thanks,")], tags=["greeting", "sign-off"])

fill("zh/computer/app", dict(buyer_name="蔺先生", computer=C5_ZH, agent_name=S1), "exact fill")
fill("zh/computer/app", dict(buyer_name="隋女士", computer=C5, agent_name=S2),
     "问候语改为下午好，结尾祝语改写 (JC2)",
     edits=[("隋女士，您好：", "隋女士，下午好："), ("祝您潜水愉快！", "祝您在仙本那玩得开心！")], tags=["greeting", "sign-off"])
fill("zh/computer/app", dict(buyer_name="栾先生", computer=D2_ZH, agent_name=S1),
     "措辞微调：“弹出提示”改为“显示提醒” (JC2)", edits=[("弹出提示", "显示提醒")], tags=["wording"])
fill("zh/wetsuit/sizing", dict(buyer_name="甄女士", wetsuit=SELKIE3_ZH, agent_name=S1), "exact fill")
fill("zh/wetsuit/sizing", dict(buyer_name="蒙小姐", wetsuit=SELKIE_ZH_LONG, agent_name=S2),
     "整段商品标题放进 wetsuit 占位符，问候后加一句祝福 (JC2)",
     edits=[("蒙小姐，您好：", "蒙小姐，您好：\n\n听说您下个月要去三亚考潜水证，先预祝一切顺利。")], tags=["long-value", "warm-line"])
fill("zh/wetsuit/sizing", dict(buyer_name="靳先生", wetsuit=SELKIE5_ZH, agent_name=S1),
     "第二段两句调换顺序 (JC2)",
     edits=[swap("第一次穿上觉得有些紧、抬手略微吃力，都属于正常情况；下水以后氯丁橡胶会稍微变软，贴合感会更好。",
                 "如果领口勒得呼吸困难，或者腋下、膝盖后方明显空出一块，就说明尺码不太合适。", sep="")],
     tags=["reorder"])
fill("zh/warranty/claim", dict(buyer_name="查女士", product=C5_ZH, warranty_period="两年", case_id="CWW-30418",
     order_id="113-6617402-5930184", agent_name=S2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="漆先生", product=GANNET_ZH, warranty_period="两年", case_id="CWW-30452",
     order_id="111-2958340-7716629", agent_name=S1),
     "问候语改为上午好，前两段合并为一段 (JC2)",
     edits=[("漆先生，您好：", "漆先生，上午好："), ("密封部位渗水等。\n\n人为摔落", "密封部位渗水等。人为摔落")],
     tags=["greeting", "merge"])
fill("zh/review/neutral-request", dict(buyer_name="邝女士", product=REEFSKIN_ZH, order_id="112-7304481-1059263",
     agent_name=S2), "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="娄先生", product=GANNET_T_ZH, order_id="113-9142076-6385510",
     agent_name=S1), "署名前加一句祝语；本订单唯一一次评论邀请 (JC2, JC9)",
     edits=[("用来改进产品。\n\n", "用来改进产品。\n\n祝一切顺利\n")], tags=["sign-off"])
fill("zh/regulator/freeflow", dict(buyer_name="冀女士", regulator=GANNET_ZH, agent_name=S2), "exact fill (JC16)")
fill("zh/regulator/freeflow", dict(buyer_name="缪先生", regulator=GANNET_T_ZH, agent_name=S1),
     "问候后加一句安慰的话 (JC2)",
     edits=[("缪先生，您好：", "缪先生，您好：\n\n第一次在船边碰到这种状况，会紧张是很正常的。")], tags=["warm-line"])

fill("zh-tw/drybag/seal", dict(buyer_name="鍾太太", drybag=KEEL20_TW, agent_name=T1), "exact fill")
fill("zh-tw/drybag/seal", dict(buyer_name="蘇先生", drybag=KEEL_TW_LONG, agent_name=T2),
     "整段商品標題放進 drybag 佔位符，署名前加上祝福語 (JC2)",
     edits=[("才不會產生異味。\n\n", "才不會產生異味。\n\n祝 玩水愉快\n")], tags=["long-value", "sign-off"])
fill("zh-tw/drybag/seal", dict(buyer_name="顧小姐", drybag=KEEL35_TW, agent_name=T1),
     "問候語改為午安 (JC2)", edits=[("顧小姐 您好：", "顧小姐 午安：")], tags=["greeting"])
fill("zh-tw/computer/modes", dict(buyer_name="龐先生", computer=C5_TW, agent_name=T2), "exact fill (JC16)")
fill("zh-tw/computer/modes", dict(buyer_name="韓小姐", computer=D2_TW, agent_name=T1),
     "問候後加一句恭喜的話 (JC2)",
     edits=[("韓小姐 您好：", "韓小姐 您好：\n\n恭喜您拿到高氧潛水證照！")], tags=["warm-line"])
fill("zh-tw/mask/prescription", dict(buyer_name="鄒先生", mask=RX_TW, agent_name=T2), "exact fill")
fill("zh-tw/mask/prescription", dict(buyer_name="嚴小姐", mask=RX_TW, agent_name=T1),
     "第二段在分號處斷開，分成兩段 (JC2)",
     edits=[("不矯正散光；散光在兩百度", "不矯正散光。\n\n散光在兩百度")], tags=["split"])
fill("zh-tw/torch/modes", dict(buyer_name="聶太太", torch=B1200_TW, agent_name=T1), "exact fill")
fill("zh-tw/torch/modes", dict(buyer_name="譚先生", torch=B2400_TW, agent_name=T2),
     "問候語改為晚安，最後一句換個說法 (JC2)",
     edits=[("譚先生 您好：", "譚先生 晚安："), ("提醒您準備結束這次潛水。", "提醒您差不多該準備上升了。")],
     tags=["greeting", "paraphrase"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it joins a trailing (JCn ...) group when the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/mask/fogging", dict(buyer_name="Mr Achterhof", mask=LUMEN, agent_name=E2),
         "inside of the lenses with your fingers.",
         "The defog gel you ordered with it is travelling in a separate parcel from Fort Lauderdale with USPS, "
         "tracking 9205590223641187304452, and should arrive by Saturday.",
         "split-shipment tracking for an accessory, as a paragraph of its own", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/wetsuit/care", dict(buyer_name="Ms Bramwell", wetsuit=SELKIE3, agent_name=E3),
         "Please never tumble dry or iron it.",
         "We shipped the size L suit you chose in exchange this morning with UPS (tracking 1Z4V08R310482763), and the "
         "return label for the ML is waiting in Your Orders.",
         "a size exchange already chosen by the buyer (JC11)", ["exchange", "tracking"], sep="\n\n")
fill_log("en/computer/battery", dict(buyer_name="Mr Faulds", computer=D2, agent_name=E1),
         "appear in the right order.",
         "The two spare CR2450 cells on your order are shipping separately by ground, because loose lithium cells "
         "cannot go on the air service, so expect them about three days after the computer.",
         "ground-only carriage of loose lithium coin cells (JC4)", ["battery-rules", "split-shipment"])
fill_log("en/regulator/service", dict(buyer_name="Ms Gathoni", regulator=GANNET,
         service_interval="24 months or 200 dives", agent_name=E4),
         "please stop diving with the set.",
         "When you are ready to send it in, the prepaid UPS label for service case CWS-51207 is attached to this "
         "message; pack the stages with their dust caps on and leave the cylinder at home.",
         "how the set travels to the service bench (JC5)", ["regulator-service", "packing"], sep="\n\n")
fill_log("en/torch/care", dict(buyer_name="Mr Jaramillo", torch=B2400, agent_name=E2),
         "before you open it to take the cell out.",
         "Because your order to Hilo includes a spare 21700 cell, the whole parcel has to go by ground and sea rather "
         "than by air, so please allow about two weeks for delivery.",
         "a spare lithium cell keeps the parcel off aircraft (JC4)", ["battery-rules", "delivery"])
fill_log("en/fins/fit", dict(buyer_name="Ms Kovacevic", fins=FINCH, agent_name=E3),
         "a thicker boot is often the answer.",
         "As you requested, the second pair you ordered by accident was cancelled before it left the warehouse, so "
         "there will be no charge for it.",
         "a duplicate line cancelled before dispatch (JC6)", ["cancellation"])
fill_log("zh/computer/app", dict(buyer_name="冉先生", computer=C5_ZH, agent_name=S2),
         "请让表和手机保持在一米范围内。",
         "您同一订单里的 C5 充电底座是由圣地亚哥仓库另外寄的，FedEx 运单号 785304612297，下周二应该能到。",
         "同一订单中配件分开发货的运单号", ["split-shipment", "tracking"], sep="\n\n")
fill_log("zh/wetsuit/sizing", dict(buyer_name="佟女士", wetsuit=SELKIE5_ZH, agent_name=S1),
         "请不要用指甲抠着面料用力拉扯。",
         "您已经决定换大一码，可以直接在“您的订单”里提交换货申请，寄回时请保留吊牌。",
         "买家已选好尺码，只安排换货 (JC11)", ["exchange", "returns"], sep="\n\n")
fill_log("zh/warranty/claim", dict(buyer_name="劳先生", product=C5_ZH, warranty_period="两年", case_id="CWW-30497",
         order_id="114-3875029-4402791", agent_name=S2),
         "对应订单 114-3875029-4402791。",
         "若要把表寄回来检测，我们会把预付面单发到这里；锂电池寄送有规定，寄出前请在设置里把表切换到运输模式。",
         "寄回检测的面单与锂电池运输要求 (JC4)", ["returns", "battery-rules"])
fill_log("zh/regulator/freeflow", dict(buyer_name="厉女士", regulator=GANNET_ZH, agent_name=S1),
         "我们会安排技师检查。",
         "如果最后需要寄回检修，我们会提供预付面单，只寄调节器本身就可以，气瓶不要一起寄出。",
         "寄去检修时怎么寄 (JC5)", ["regulator-service", "packing"])
fill_log("zh-tw/drybag/seal", dict(buyer_name="褚先生", drybag=KEEL35_TW, agent_name=T2),
         "才不會產生異味。",
         "您另外加購的 Keelbag 20 公升防水袋今天交給 UPS 寄出了，單號 1Z4V08R320519847，週四前應該就會到。",
         "另外加購商品的追蹤單號", ["tracking"], sep="\n\n")
fill_log("zh-tw/torch/modes", dict(buyer_name="衛小姐", torch=B1200_TW, agent_name=T1),
         "提醒您準備結束這次潛水。",
         "如果決定退貨，寄回前請把燈頭轉到鎖定位置，電池留在筒身裡，不要把電池另外單獨寄回。",
         "退貨時鋰電池的寄送規定 (JC4)", ["returns", "battery-rules"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Mbatha-Cole,\n\nYour Beacon 2400 order includes a spare 21700 cell, and our carrier will not put loose "
     "lithium-ion cells on any aircraft. The parcel therefore left Fort Lauderdale on Monday by ground and ocean with "
     "FedEx, tracking 785318807634, and it usually reaches Honolulu in 12 to 16 days. The mask and fins from the same "
     "order had no battery in them, so they flew separately and were delivered yesterday.\n\nBest regards,\nMarisol",
     ["battery-rules", "split-shipment", "tracking"], "a loose lithium cell cannot fly; the rest of the order did (JC4)"),
    ("Hi Ms Nwachukwu,\n\nI'm sorry, we can't send the spare battery pack to your APO address. Military mail refuses "
     "lithium-ion cells that travel on their own, although the torch itself, with its cell fitted, is accepted. We have "
     "shipped the torch and cancelled the spare pack, and the $24.00 for it is back on your card.\n\nTeo",
     ["battery-rules", "cancellation", "refund"], "APO mail and loose lithium cells (JC4, JC16)"),
    ("Hello Mr Ollerenshaw,\n\nUPS marked your parcel undeliverable this morning because the gate code for your complex "
     "was missing. If you reply with the code, or the name of a neighbour who can sign, we will add it to the delivery "
     "notes and UPS will try again tomorrow.\n\nThanks so much,\nImogen",
     ["delivery-exception", "address"], "delivery exception; gate code needed (JC17)"),
    ("Hi Ms Paredes-Lam,\n\nThe Amazon Locker at the Harbour Street pharmacy was full when the driver got there, so your "
     "wetsuit has been moved to the nearest Amazon Hub Counter, inside the grocery on 9th Avenue. A pickup code will "
     "come to you by text, and the counter holds parcels for three days.\n\nCaspian",
     ["locker", "pickup-point"], "full locker, parcel moved to a counter (JC17)"),
    ("Dear Mr Pickavance,\n\nYour Fathom C5 is being held by customs in Calgary. The computer contains a rechargeable "
     "lithium battery, so the broker needs a battery declaration with the parcel, and ours showed the wrong watt-hour "
     "figure. A corrected form went over this afternoon, and the broker expects the parcel to be cleared within two "
     "business days. Amazon collected the import duties at checkout, so there is nothing to pay at the door.\n\n"
     "Kind regards,\nMarisol",
     ["customs", "battery-rules"], "customs paperwork for a built-in lithium battery (JC4, JC7)"),
    ("Hi Ms Quesnel,\n\nI'm so sorry your Vista mask arrived with a cracked lens. The box was crushed on its way to "
     "you, so this is down to the carrier, not you. A new mask is on its way today by USPS, tracking "
     "9205590231775049618203, and there is no need to send the broken one back; please just wrap the glass before "
     "you throw it away.\n\nTeo",
     ["damage", "tracking"], "broken in transit, replacement sent (JC6, JC7)"),
    ("Hello Mr Rutherglen,\n\nYou can send the Selkie suit back within 30 days from Your Orders: choose \"Doesn't fit\" "
     "as the reason and Amazon will give you a prepaid label. Please return it without having worn it in the water, "
     "with the swing tag still on, folded loosely in the bag it came in.\n\nImogen",
     ["returns"], "how to return a wetsuit (JC17)"),
    ("Hi Ms Soyinka-Hart,\n\nYour returned Finch fins were checked in at our San Diego warehouse today, and $129.00 "
     "has gone back to the card you paid with. Most banks post it within a week.\n\nCaspian",
     ["refund", "returns"], "refund of a return (JC16, JC17)"),
    ("Dear Mr Tarrant,\n\nThe Beacon 1200 you sent back reached us without its charger and wrist lanyard. We have "
     "refunded $89.00 now and held back $15.00 for the missing parts. If they turn up, put them in an envelope with "
     "the return label from Your Orders and we will release the remaining $15.00 when they arrive.\n\n"
     "Regards,\nMarisol",
     ["refund", "returns"], "partial refund of a return that came back incomplete (JC6, JC16)"),
    ("Hello Ms Underhill,\n\nThe order left our warehouse an hour before your message came in, so the address can no "
     "longer be edited on our side. FedEx can still help: look up tracking number 785327745019 in the FedEx app and "
     "ask for it to be redirected, or held at a FedEx location near your hotel. There may be a small redirect "
     "charge from FedEx.\n\nTeo",
     ["address", "tracking"], "address change after dispatch (JC17)"),
    ("Hi Mr Villeneuve,\n\nYour order is coming in two parcels. The Gannet regulator set left Fort Lauderdale with UPS, "
     "tracking 1Z4V08R331066254, and is due on Tuesday. The Drylock snorkel and the dry bag left San Diego with USPS, "
     "tracking 9205590248806321957714, and are due on Thursday.\n\nImogen",
     ["split-shipment", "tracking"], "two parcels from two warehouses (JC17)"),
    ("Dear Ms Wisniewska,\n\nWe've cancelled the second order, 113-2740958-8164023, at your request. Nothing had been "
     "packed yet, so you won't be charged, and the order you meant to place goes ahead unchanged.\n\nCaspian",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC6, JC16)"),
    ("Hello Mr Yardley,\n\nApologies for the wait. Your Beacon 2400 was held for an extra day in the FedEx hub at "
     "Indianapolis while its lithium battery paperwork was checked, which happens from time to time with torches. It "
     "is moving again and should be delivered on Friday. If it hasn't turned up by Monday, just reply and we'll ship "
     "a replacement.\n\nMarisol",
     ["delay", "battery-rules"], "held at a hub for battery paperwork (JC4)"),
    ("Hi Ms Zamora-Kent,\n\nSorry about the mix-up: the warehouse packed the Finch fins in size S/M, but you ordered "
     "L/XL. The right pair ships today with UPS, tracking 1Z4V08R342873109. A prepaid label for the small pair is in "
     "Your Orders; please drop them off within 30 days.\n\nTeo",
     ["fulfilment", "returns", "tracking"], "wrong size packed, correct one sent (JC6)"),
    ("Hello Mr Ashwell,\n\nYour Gannet regulator reached our service bench this morning under case CWS-51233. The "
     "technicians expect to finish within ten business days, and the day it leaves we will post the UPS tracking "
     "number in this thread. Nothing else is needed from you for now.\n\nImogen",
     ["regulator-service", "tracking"], "a regulator received for service and how it travels back (JC5)"),
    ("Dear Ms Beauclerk,\n\nTo send your Gannet Travel regulator in for its service, please use the prepaid FedEx label "
     "attached to this message (case CWS-51268). Wrap the first stage and each second stage in a towel, keep the dust "
     "cap on the first stage, and pack everything in a small, sturdy box. Leave out any computer, gauge console or "
     "bag that isn't part of the regulator.\n\nCaspian",
     ["regulator-service", "packing"], "packing a regulator for the trip to the service bench (JC5)"),
    ("Hi Mr Chiltern,\n\nThe exchange you asked for is set up: a Selkie 5 mm in size LT goes out today with USPS, "
     "tracking 9205590256619843027365, and the label for sending back the size L is in Your Orders. The swap costs "
     "nothing, and you have 30 days to return the first suit.\n\nMarisol",
     ["exchange", "tracking"], "exchange for a size the buyer chose (JC11)"),
    ("Hello Ms Devereux,\n\nBefore we fit the corrective lenses and ship your Lumen RX mask, could you confirm the "
     "powers for us? Your order note says -3.5 for the left eye and -4.0 for the right, and both are in stock. As "
     "soon as you confirm, the mask will be dispatched the next business day.\n\nTeo",
     ["custom-order"], "confirming the lens powers needed to complete the order (JC13)"),
    ("Hi Mr Erskine-Bola,\n\nThe delivery photo from USPS shows a blue door that isn't yours. We have asked USPS to "
     "investigate, and so you aren't without fins for Saturday's boat dive, a second pair is going out today by UPS "
     "Next Day Air, tracking 1Z4V08R353190462. If the first parcel does show up, tell us and a free return "
     "label will be on its way.\n\nImogen",
     ["delivery", "tracking"], "delivered to the wrong door (JC16, JC17)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("舒先生，您好：\n\n您订购的 Beacon 2400 附带一颗备用 21700 电池，单独包装的锂离子电池承运商不允许上飞机，所以整个包裹改走陆路和海运，周一已由 FedEx 从劳德代尔堡发出，运单号 785339160582，大约十二到十六天能到檀香山。\n\n鲍汐远",
     ["battery-rules", "tracking"], "单独的锂电池不能空运 (JC4)"),
    ("牧女士，您好：\n\n寄往波多黎各的订单里如果有备用锂电池，只能走海运，不能空运。您这单的手电和面镜已经先空运寄出，备用电池另外走海运，预计晚十天左右送达，运费不另外收取。\n\n晁一帆",
     ["battery-rules", "split-shipment"], "备用电池只能海运 (JC4)"),
    ("芮先生，您好：\n\n今天早上 UPS 没能把包裹送到，原因是订单上缺少小区大门的密码。麻烦您把密码发给我们，或者告诉我们哪位邻居可以代收，我们转告 UPS 后，明天会再派送一次。\n\n鲍汐远",
     ["delivery-exception", "address"], "派送异常，需要门禁密码 (JC17)"),
    ("巴女士，您好：\n\n您的 Fathom C5 正在卡尔加里清关。表里有充电锂电池，报关行要求随附电池申报单，我们之前填写的瓦时数有误，今天下午已经补交了更正后的文件，UPS 预计两个工作日内放行。进口关税在下单时已由亚马逊代收，送货时不需要再付钱。\n\n晁一帆",
     ["customs", "battery-rules"], "锂电池申报与清关 (JC4, JC7)"),
    ("燕先生，您好：\n\n真的很抱歉，Vista 面镜寄到时镜片已经裂了，外箱在路上被压扁了。新的面镜今天已经通过 USPS 补发，运单号 9205590263047712598841。坏的那个不用寄回，丢弃前请用纸包好玻璃，免得划伤手。\n\n鲍汐远",
     ["damage", "tracking"], "运输途中损坏，已补发 (JC6, JC7)"),
    ("敖女士，您好：\n\n湿衣可以在签收后三十天内通过“您的订单”申请退货，原因选“尺码不合适”，系统会生成预付面单。寄回时请保证没有下过水，吊牌不要拆，松松地叠好放回原来的包装袋。\n\n晁一帆",
     ["returns"], "湿衣退货说明 (JC17)"),
    ("奚先生，您好：\n\n圣地亚哥仓库今天收到了您寄回的 Finch 脚蹼，验货没有问题，129美元的退款已经原路退回您付款用的银行卡，一般一周内到账。\n\n鲍汐远",
     ["refund", "returns"], "退货退款 (JC16, JC17)"),
    ("居女士，您好：\n\n您这单拆成了两个包裹。调节器套装走 UPS（1Z4V08R364207835），周二应该能到；呼吸管和防水袋走 USPS（9205590271153386420096），周四左右到。\n\n晁一帆",
     ["split-shipment", "tracking"], "分两个包裹发货 (JC17)"),
    ("池先生，您好：\n\n您多下的那一笔订单 114-8061327-0537962 我们这边已经取消了。它还没有出库，所以不会扣款，另一笔订单照常配送。\n\n鲍汐远",
     ["cancellation"], "买家要求取消多下的订单 (JC6, JC16)"),
    ("司马女士，您好：\n\n包裹今天上午已经从仓库发出，我们这边没办法再改地址了。您可以在 FedEx 的手机应用里输入运单号 785341028876，申请改派，或者让包裹暂存在您酒店附近的 FedEx 网点，改派可能会产生少量费用。\n\n晁一帆",
     ["address", "tracking"], "发货后改地址 (JC17)"),
    ("上官先生，您好：\n\n您寄来保养的 Gannet 调节器今天已经到了维修台，服务编号 CWS-51290。技师预计十个工作日内完成，寄回当天我们会把 UPS 运单号发到这个对话里。\n\n鲍汐远",
     ["regulator-service", "tracking"], "调节器到达保养台及寄回安排 (JC5)"),
    ("夏侯小姐，您好：\n\n已经按您选的尺码安排换货：Selkie 3/2 毫米的 S 码今天由 USPS 寄出，运单号 9205590289930275164437，退回 XS 码用的面单在“您的订单”里，三十天内寄回就可以，换货不收费。\n\n晁一帆",
     ["exchange", "tracking"], "按买家选定的尺码换货 (JC11)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("簡先生 您好：\n\n這次訂購的商品裡有一顆備用的 21700 鋰電池，單獨包裝的鋰電池不能空運，所以寄往安克拉治的包裹昨天從聖地牙哥倉庫以陸運加海運寄出，FedEx 追蹤單號 785356693410，大約兩週後送達。\n\n宋語澄",
     ["battery-rules", "tracking"], "備用鋰電池不能空運 (JC4)"),
    ("鄧先生 您好：\n\n包裹已經照您的意思改送到 FedEx 門市取件點。請攜帶附照片的證件，並出示追蹤單號 785362217758 領取；取件點只保留五天，過期的包裹會被送回我們倉庫，我們收到後會直接退款給您。\n\n雷芷晴",
     ["pickup-point", "tracking"], "門市取件點 (JC17)"),
    ("劉小姐 您好：\n\n蛙鞋可以在收到後三十天內，從「您的訂單」申請退貨，系統會提供預付退貨標籤。請把蛙鞋裝回原本的袋子，連同吊牌一起寄回。\n\n宋語澄",
     ["returns"], "蛙鞋退貨 (JC17)"),
    ("陳先生 您好：\n\n倉庫今天已經收到您退回的 Drylock 呼吸管，39 美元已經退到您原本的付款方式，通常一週內會入帳。\n\n雷芷晴",
     ["refund", "returns"], "退貨退款 (JC16, JC17)"),
    ("黃小姐 您好：\n\n非常抱歉，防水袋寄到時側邊被劃破，看起來是運送途中被割到的。新的防水袋今天已經補寄，UPS 追蹤單號 1Z4V08R375518390，破損的那個不需要寄回。\n\n宋語澄",
     ["damage", "tracking"], "運送途中破損，已補寄 (JC6, JC7)"),
    ("趙先生 您好：\n\n為您安裝度數鏡片並出貨之前，想請您確認一下度數：訂單備註寫的是左眼近視三百五十度、右眼四百度，兩種鏡片都有現貨。您確認之後，面鏡會在下一個工作天出貨。\n\n雷芷晴",
     ["custom-order"], "確認完成訂單所需的鏡片度數 (JC13)"),
    ("錢小姐 您好：\n\n您的包裹現在停在溫哥華，正在辦理清關。因為潛水電腦錶內建鋰電池，需要多核對一份電池申報文件，所以清關會慢一到兩天。進口關稅在結帳時已經由亞馬遜代收，送達時不需要再付費。\n\n宋語澄",
     ["customs", "battery-rules"], "清關與電池申報 (JC4, JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Gostelow,\n\nYes, the Beacon 1200 can come on the plane with you, but the cell has to ride in your cabin "
     "bag, not in the hold. Its 21700 cell is about 18 watt-hours, far below the 100 watt-hour limit airlines set for "
     "spares. Take the cell out of the torch, put it in a plastic case or tape over both ends, and pack the torch body "
     "wherever you like.\n\nMarisol",
     ["advice", "air-travel"], "flying with the torch's battery is product use, not order logistics (JC12)"),
    ("Hello Ms Holmqvist,\n\nFor water around 75 degrees Fahrenheit, most divers are comfortable in a 3/2 mm full suit; "
     "the 5 mm suit earns its place once the water falls below about 68. If you feel the cold easily or plan three "
     "dives a day, go for the 5 mm and add a hood rather than going thinner.\n\nTeo",
     ["advice", "comparison"], "which wetsuit thickness to choose; no price or offer (JC10)"),
    ("Hi Mr Ivanchuk,\n\nThe Fathom D2 has no separate freediving mode, so on breath-hold dives it treats every descent "
     "as a scuba dive and may lock you out with a missed-stop warning. For freediving the C5 suits you better, because "
     "its apnea mode logs each descent without any decompression model.\n\nImogen",
     ["advice", "comparison"], "the buyer asked which computer suits freediving (JC10, JC16)"),
    ("Hello Ms Joliffe,\n\nThank you for the clip of your second stage hissing at the surface. Our regulator technician "
     "is in the workshop tomorrow and will look at it then, and I'll write back by Wednesday evening with her advice.\n\nCaspian",
     ["holding"], "a holding reply about a fault (JC14)"),
    ("Hi Mr Keswick,\n\nThe Drylock mouthpiece is sized for adults, so children under about ten tend to stretch their "
     "lips around it and let water in. A junior snorkel with a shorter barrel and a small mouthpiece is easier for them "
     "to clear. Older kids with their adult teeth usually get on fine with the Drylock.\n\nMarisol",
     ["advice"], "a snorkel for children (JC10)"),
    ("Hello Ms Lazenby,\n\nOn a fully charged cell the Beacon 1200 runs for about 70 minutes on high, three hours on "
     "medium and roughly nine hours on low. The output steps down a little towards the end, so for night dives plan "
     "on the medium setting and bring a backup light.\n\nTeo",
     ["advice"], "torch burn times (JC10)"),
    ("Dear Mr Manganiello,\n\nYes, the Fathom D2 handles nitrox from 21 to 40 percent oxygen. Enter the mix for each "
     "dive before you get in; the computer then adjusts your no-stop times and warns you as you approach the maximum "
     "depth for that mix.\n\nImogen",
     ["advice"], "nitrox on the dive computer (JC10)"),
    ("Hi Ms Sheringham,\n\nThe Gannet set is environmentally sealed, so it is fine for the quarry dives you describe, "
     "down to about 4 degrees Celsius. On the surface in freezing air, keep the second stage out of your mouth and "
     "don't press the purge before the dive; moist breath freezing in a cold valve is what sets off free-flows.\n\n"
     "Caspian",
     ["advice"], "cold-water use of the regulator (JC10, JC16)"),
    ("Hello Mr Rackham,\n\nA sealed Keelbag with some air trapped in it will float with a few kilos of gear inside, "
     "which helps if it goes over the side of your kayak. It isn't built to be towed underwater or used as a buoy, "
     "though, so please don't count on it to keep anyone afloat.\n\nMarisol",
     ["advice"], "whether the dry bag floats (JC10)"),
    ("Hi Elif,\n\nThe Vista has a narrower frame and a shorter, softer skirt than the Lumen, so it usually suits slimmer "
     "faces and younger divers better. Both use the same strap, and both clear easily with a short breath out through "
     "the nose.\n\nTeo",
     ["advice", "comparison"], "which mask suits a narrow face; the buyer asked, no offer (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("迟先生，您好：\n\nFathom C5 可以随身带上飞机，也可以放在托运行李里。表里的充电电池容量很小，远低于航空公司的限制。登机前建议在设置里打开飞行模式，关闭蓝牙，落地后再打开。\n\n鲍汐远",
     ["advice", "air-travel"], "带着电脑表坐飞机属于产品使用，不是订单物流 (JC12)"),
    ("边女士，您好：\n\n水温在二十四度左右时，大多数人穿 3/2 毫米的全身湿衣就够了；水温低于二十度，建议换成 5 毫米的，再加一顶头套。如果您比较怕冷，或者一天要潜三次，宁可选厚一点的。\n\n晁一帆",
     ["advice", "comparison"], "湿衣厚度怎么选，没有价格也没有促销 (JC10)"),
    ("伏先生，您好：\n\n全脸浮潜面罩只适合在水面浮潜，不能下潜，也不能配调节器使用。您既然打算考水肺潜水证，建议用普通的双镜片面镜加呼吸管，下潜时耳压平衡也方便得多。\n\n鲍汐远",
     ["advice", "comparison"], "买家问全脸面罩和普通面镜的区别 (JC10)"),
    ("宓女士，您好：\n\n谢谢您拍的视频，手电一闪一闪的情况我们看到了。技术同事明天会仔细分析，周四中午之前我会把他的建议回复给您。\n\n晁一帆",
     ["holding"], "故障的等待回复 (JC14)"),
    ("寇先生，您好：\n\nBeacon 1200 充满电后，高亮度大约能用七十分钟，中亮度三小时，低亮度九小时左右。快没电时亮度会稍微降低，夜潜建议用中档，并且带一支备用灯。\n\n鲍汐远",
     ["advice"], "手电续航时间 (JC10)"),
    ("昝女士，您好：\n\nGannet 调节器有环境密封设计，水温四摄氏度以上的湖泊都可以使用。天气很冷时，在水面上尽量不要咬着二级头呼吸，下水前也不要按排气按钮，否则阀门容易结冰，引起自由流。\n\n晁一帆",
     ["advice"], "冷水中使用调节器 (JC10, JC16)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("王先生 您好：\n\n水溫在二十四度左右，穿 3/2 毫米的全身防寒衣就很足夠；如果水溫低於二十度，建議改穿 5 毫米，再搭配頭套。比較怕冷的話，寧可選厚一點的。\n\n宋語澄",
     ["advice", "comparison"], "防寒衣厚度的建議 (JC10)"),
    ("吳小姐 您好：\n\n全腳套蛙鞋可以直接光腳穿，適合在溫暖的海域浮潛；可調式蛙鞋需要搭配潛水靴，岸潛要走過礁石時比較安全。您如果主要是搭船去浮潛，全腳套就很方便。\n\n雷芷晴",
     ["advice", "comparison"], "全腳套和可調式蛙鞋怎麼選 (JC10)"),
    ("周先生 您好：\n\n手電筒可以帶上飛機，但 21700 電池請從筒身取出，放在隨身行李裡，不能放進託運行李。電池兩端請用膠帶貼好，或裝進塑膠電池盒。\n\n宋語澄",
     ["advice", "air-travel"], "搭飛機攜帶手電筒電池屬於產品使用 (JC12)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Ilunga,\n\nFog on a new mask is nearly always the factory coating. Scrub the inside of the glass with a "
     "little non-gel toothpaste, rinse, and do it again once or twice. After that, a smear of defog and a dunk before "
     "each dive should keep it clear. No lighters near the lens, please.\n\nMarisol",
     "retells en/mask/fogging (JC15)"),
    ("Hello Mr Lennartsson,\n\nTry the sniff test: mask on your face, no strap, breathe in through your nose and let "
     "go. If it sticks, it fits. Then wear the strap up high on the back of your head and keep it loose, since a tight "
     "strap warps the skirt. Most small leaks come from hair under the seal or a moustache.\n\nTeo",
     "retells en/mask/fit (JC15)"),
    ("Hi Ms Moreau-Banks,\n\nThe top of the snorkel shuts itself when a wave or a duck-dive covers it and opens again "
     "when you come up. Any water that does get in can be blown out through the valve under the mouthpiece with one "
     "hard puff. Rinse it after use, and soak the top in warm water if it starts to stick.\n\nImogen",
     "retells en/snorkel/drytop (JC15)"),
    ("Hello Mr Njoroge,\n\nThese fins are meant for boots, so barefoot they'll feel big. Booted, your toes should reach "
     "the end without bending. The spring strap just hooks over your heel. Foot aching means too tight; blades "
     "wobbling means too loose.\n\nCaspian",
     "retells en/fins/fit (JC15)"),
    ("Hi Ms Ostrander,\n\nCool fresh water inside and out after each dive, wetsuit shampoo now and then, dry it in the "
     "shade inside out on a wide hanger, wax the zip occasionally, and no dryer or iron. That's honestly all it "
     "needs.\n\nMarisol",
     "retells en/wetsuit/care (JC15)"),
    ("Hello Mr Quarrington,\n\nPlan on a service every couple of years or so, earlier if the set gets a lot of use. "
     "The technician strips both stages, cleans them, swaps the soft parts and tunes it back to spec. Meanwhile, if it "
     "hisses, breathes harder or shows corrosion, park it until it's been looked at.\n\nTeo",
     "retells en/regulator/service (JC15)"),
    ("Hello Callum,\n\nWhen the dry bag has had a few trips on the water, an Amazon review from you, good or bad, "
     "would help other paddlers and us alike.\n\nImogen",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC15)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("黄先生，您好：\n\n同步很简单：手机装好 Coralwick Logbook，打开蓝牙；表上长按左下键进“连接”，记下六位码，在应用里添加设备时输进去就行。以后每次潜完，把表放在手机旁边，记录会自动传过去。\n\n鲍汐远",
     "改写 zh/computer/app (JC15)"),
    ("蓝女士，您好：\n\n挑湿衣主要看胸围和身高，穿上觉得紧一点没关系，下水后会松一些。领口勒得慌或者腋下空一大块，才是尺码不对。穿的时候从脚开始一点点往上提，别用指甲拽。\n\n晁一帆",
     "改写 zh/wetsuit/sizing (JC15)"),
    ("冷先生，您好：\n\n水面上二级头一直出气，多半是咬嘴朝上或者排气键被压住了，把咬嘴朝下按进水里就会停。下水前把拨杆拨到预潜。要是水下呼吸时也一直冒气，先别用了，告诉我们一声。\n\n鲍汐远",
     "改写 zh/regulator/freeflow (JC15)"),
    ("尚女士，您好：\n\n做工和材料的问题都在保修范围，比如按键失灵、表壳开裂、进水；摔坏、超深度使用、自己拆过的不保。麻烦把经过说一下，再拍几张照片或一段视频发过来。\n\n晁一帆",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC15)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("楊小姐 您好：\n\n防水袋要捲好才防水：硬條對齊、空氣擠掉、往下捲三圈以上再扣起來。浪花、短暫落水都沒問題，但不能泡著或帶下水。用完沖水晾乾就好。\n\n雷芷晴",
     "改寫 zh-tw/drybag/seal (JC15)"),
    ("麥先生 您好：\n\n一般潛水用空氣模式；用高氧瓶就切到高氧模式，輸入分析出來的氧氣比例；自由潛水有專用模式；儀錶模式只顯示深度、時間和水溫。安全停留提醒最好一直開著。\n\n宋語澄",
     "改寫 zh-tw/computer/modes (JC15)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note, tags in [
    ("Hi Ms Fotheringham,\n\nUPS expects to deliver your Lumen mask on Thursday. Before your first dive, scrub the inside of "
     "the lenses with a dab of toothpaste to lift the factory film, or it will fog however much defog you use.\n\n"
     "Imogen",
     "delivery date plus first-use advice in own words (JC8)", ["delivery"]),
    ("Hello Mr Hemsworth-Tay,\n\nThe Finch fins in L/XL ship today, and the return label for the M/L pair is in Your "
     "Orders. With 7 mm boots, the L/XL should be right for you; if you ever switch to thin 3 mm boots, the M/L would "
     "be the better fit.\n\nCaspian",
     "exchange (logistics) plus advice on which size suits which boots (JC8, JC11)", ["exchange"]),
    ("Dear Ms Kearsley,\n\nYour Gannet set left our service bench today with UPS, tracking 1Z4V08R386627014. We "
     "replaced the first-stage seat and both exhaust valves, and set the intermediate pressure to 9.5 bar. Breathe "
     "from it on land for a minute before your first dive, to check it feels right to you.\n\nMarisol",
     "shipping back from service (logistics) plus what the service did and a first-use tip (JC5, JC8)",
     ["regulator-service", "tracking"]),
    ("Hi Mr Dimitriou,\n\nYour Fathom C5 should clear customs in Toronto within a day or two. While you wait, install "
     "the Coralwick Logbook app, so you can pair the computer and set your nitrox mix as soon as it arrives.\n\nTeo",
     "customs plus app advice; the product's own companion app is not an outside channel (JC7, JC8, JC16)", ["customs"]),
    ("Hello Ms Espinel,\n\nThe replacement Beacon 1200 went out this morning by FedEx, tracking 785370594123. When it "
     "arrives, give the head O-ring a thin coat of grease before the first dive; a dry ring is the usual reason for a "
     "flooded torch.\n\nImogen",
     "replacement shipped plus O-ring advice (JC8)", ["tracking"]),
]:
    free(M, "en", text, [TR], note, ["advice"] + tags)
for text, note, tags in [
    ("谷先生，您好：\n\n换货的 Beacon 手电已经安排好，明天交给 FedEx。新的到手前，现在这支还能用，只要别在水面上长时间开最高亮度，灯头就不会过热。\n\n鲍汐远",
     "发货加使用建议 (JC8)", ["shipping"]),
    ("焦女士，您好：\n\n湿衣的包裹周四应该能到。第一次穿的时候，建议先在脚上套一个塑料袋，裤管会滑进去得更顺，穿好再把袋子抽出来。\n\n晁一帆",
     "送达加试穿建议 (JC8)", ["delivery"]),
    ("葛女士，您好：\n\n您的 Fathom D2 还在清关，面镜和呼吸管已经先到了。等表到了以后，先把日期和时间设好，再进设置把安全停留提醒打开。\n\n鲍汐远",
     "清关加设置建议 (JC7, JC8)", ["customs"]),
]:
    free(M, "zh", text, [TR], note, ["advice"] + tags)
for text, note, tags in [
    ("孫太太 您好：\n\n補寄的呼吸管今天已經寄出。收到後先用溫水沖一下咬嘴，之後每次浮潛完都用清水沖洗、甩乾，頂端的浮球閥就不容易卡住。\n\n宋語澄",
     "補寄加保養建議 (JC8)", ["shipping"]),
    ("蔣先生 您好：\n\n電腦錶的包裹週三會到。拿到以後如果要使用高氧氣瓶，請記得每次下水前都重新輸入氧氣比例，不要沿用上一次的數值。\n\n雷芷晴",
     "送達加高氧設定建議 (JC8)", ["delivery"]),
]:
    free(M, "zh", text, [TR], note, ["advice"] + tags, trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


def free_bad(lang, text, labels, note, log_part, trad=False):
    """A free-written violating reply. log_part says whether its offending part is itself a logistics matter."""
    free(V, lang, text, labels, note, ["free-written"], trad=trad, log_part=log_part)


add_bad("en/mask/fogging", dict(buyer_name="Mr Trelawney", mask=LUMEN, agent_name=E1),
        "inside of the lenses with your fingers.",
        "P.S. Our defog gel is 15% off this week with code REEFREADY15, so it's a good moment to stock up.",
        [MKT, TR], "P.S. with a discount code for defog gel", sep="\n\n")
add_bad("en/mask/fit", dict(buyer_name="Ms Uwimana", mask=VISTA, agent_name=E2),
        "usually solves that.",
        "If the mask is working out for you, we'd love a five-star review from you.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/snorkel/drytop", dict(buyer_name="Mr Vosper", snorkel=DRYLOCK, agent_name=E3),
        "flush it through.",
        "You'll get quicker answers from our gear team on WhatsApp at +1 305-555-0148.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/regulator/service", dict(buyer_name="Ms Whitgift", regulator=GANNET_T, service_interval="two years or 200 dives",
        agent_name=E4),
        "please stop diving with the set.",
        "And if anything about the set disappoints you, message us before you post a review so we can put it right.",
        [RI, TR], "review gating: unhappy buyers are steered away from reviewing")
add_bad("en/wetsuit/care", dict(buyer_name="Mr Yelverton", wetsuit=SELKIE3, agent_name=E1),
        "Please never tumble dry or iron it.",
        "Heads-up: our new Selkie 7 mm semi-dry launches next month, and anyone who pre-orders in the first week gets a "
        "free hood, so don't miss it.",
        [MKT, TR], "new-product announcement with a push to pre-order", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Carbery", product=SELKIE5, order_id="111-6029437-9951846",
        agent_name=E2),
        "use what we learn to improve our gear.",
        "As a thank-you, we'll post you a free mask strap cover once your review is live.",
        [RI, TR], "free accessory in exchange for a review")
add_bad("en/torch/care", dict(buyer_name="Mr Eberhardt-Lowe", torch=B2400, agent_name=E3),
        "before you open it to take the cell out.",
        "For anything else, email our dive desk at crew@coralwickdive.com instead of replying here.",
        [OPC, TR], "support moved to an e-mail address", sep="\n\n")
add_bad("en/computer/battery", dict(buyer_name="Ms Fairbairn", computer=D2, agent_name=E4),
        "appear in the right order.",
        "The replacement cells we promised ship tomorrow, and you can follow them at coralwickdive.com/track, "
        "our own tracking page, rather than in Amazon.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free_bad("en", "Hi Mr Hadfield,\n\nYour refund for the returned fins was processed this morning. With that settled, "
         "would you consider bumping your 2-star review up a bit? We'll send a $20 gift card as "
         "thanks.\n\nCaspian",
         [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not "
         "logistics (JC3)", log_part=False)

add_bad("zh/computer/app", dict(buyer_name="蓬先生", computer=C5_ZH, agent_name=S1),
        "请让表和手机保持在一米范围内。",
        "要是仍然配对失败，欢迎添加微信 coralwick_kefu，技术同事会远程一步步教您。",
        [OPC, TR], "产品支持转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="奉女士", product=GANNET_ZH, order_id="112-1586603-3270419",
        agent_name=S2),
        "用来改进产品。",
        "如果给五星好评并把截图发给我们，可以领二十美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/regulator/freeflow", dict(buyer_name="郜先生", regulator=GANNET_T_ZH, agent_name=S1),
        "我们会安排技师检查。",
        "等问题解决了，希望您能把原先那条差评删除或者修改一下。",
        [RI, TR], "要求删除或修改差评")
add_bad("zh/wetsuit/sizing", dict(buyer_name="阚女士", wetsuit=SELKIE3_ZH, agent_name=S2),
        "请不要用指甲抠着面料用力拉扯。",
        "另外，我们的新款 7 毫米半干式湿衣本周上架，首周八折，欢迎选购！",
        [MKT, TR], "新款湿衣八折促销", sep="\n\n")
add_bad("zh/warranty/claim", dict(buyer_name="訾先生", product=D2_ZH, warranty_period="两年", case_id="CWW-30533",
        order_id="113-2740917-5518302", agent_name=S1),
        "对应订单 113-2740917-5518302。",
        "电脑表的保养视频都放在我们的 Instagram 账号 @coralwick.reef 上，欢迎关注。",
        [OPC, TR], "引导买家去卖家的 Instagram 账号；保养视频不是物流")
free_bad("zh", "滑女士，您好：\n\n您寄回的 Beacon 手电我们收到了。退款想请您改用 PayPal 收，绕过亚马逊会快一些，请把您的 PayPal 账号告诉我们。\n\n晁一帆",
         [OPC], "退货退款改走 PayPal：内容仍是退款这一物流事项，所以不标 template-required (JC3)", log_part=True)

add_bad("zh-tw/drybag/seal", dict(buyer_name="韋先生", drybag=KEEL20_TW, agent_name=T2),
        "才不會產生異味。",
        "有任何問題，也可以到 LINE 搜尋 @coralwick_tw 私訊我們，回覆會比較快。",
        [OPC, TR], "客服轉到 LINE 官方帳號", sep="\n\n")
add_bad("zh-tw/computer/modes", dict(buyer_name="沈小姐", computer=C5_TW, agent_name=T1),
        "下水前請再確認一次設定內容。",
        "用得順手的話，麻煩給我們五顆星的好評喔。",
        [RI, TR], "只向滿意的買家要求五星好評")
free_bad("zh", "馮太太 您好：\n\n您退回的蛙鞋已經完成退款，約一週內入帳。下次直接到我們的官網 coralwickdive.com 購買，蛙鞋和潛水靴買一送一。\n\n雷芷晴",
         [MKT, OPC, TR], "退貨退款（物流）加官網買一送一；促銷與導流部分不是物流 (JC3)", log_part=False, trad=True)
