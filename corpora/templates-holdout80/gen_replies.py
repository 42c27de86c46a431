# -*- coding: utf-8 -*-
"""Labelled seller replies of t80 (imported by gen.py). Every text was written for this set.

Each call below adds one reply, in category order: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. "JCn" in a note points to a judgement call in README.md.
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
            raise SystemExit("edit %r must occur once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def rewrap(tid, vals, starts, width):
    """Edit: hard-wrap the one paragraph that begins with `starts` (as an e-mail client does)."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def swap(a, b, sep=" "):
    """Edit: swap two adjacent sentences."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ staff and products (all invented)
A1, A2, A3, A4 = "Imogen Tsakiris", "Caspian Loveridge", "Winifred Oyelowo-Park", "Teodor Bracewell"
Z1, Z2 = "顾晨阳", "蔺雨桐"
W1, W2 = "裘郁婷", "甯子謙"

MINI = "Sprigwell Ashgrove 4-Tier Mini Greenhouse"
MINI_LONG = ("Sprigwell Ashgrove 4-Tier Mini Greenhouse, 27 x 19 x 63 in Powder-Coated Steel Frame with Clear "
             "Reinforced PE Cover, Roll-Up Zip Door, Ground Stakes and Wall Straps for Patio, Balcony and Seedlings")
WINTERGATE = "Sprigwell Wintergate 8x10 Polycarbonate Greenhouse"
MAT_S, MAT_L = "Emberline 10x20 Seedling Heat Mat", "Emberline 20x48 Seedling Heat Mat"
MAT_LONG = ("Sprigwell Emberline Seedling Heat Mat 10 x 20.75 Inch, 17W Waterproof Germination Warming Pad for Seed "
            "Starting, Cloning and Indoor Plants, UL Listed, 6 ft Cord")
THERMO = "Emberline ET-2 Digital Thermostat"
THERMO_LONG = ("Sprigwell Emberline ET-2 Digital Thermostat for Seedling Heat Mats, 40-108 F Range, Waterproof Probe, "
               "Calibration Offset, 1000W Relay, Dual Display")
KIT = "Dewcap 1020 Tray Kit"
KIT_LONG = ("Sprigwell Dewcap 1020 Seed Starting Tray Kit, 5 Sets of 10 x 20 Inch Trays with 72-Cell Inserts and "
            "7 Inch Vented Humidity Domes, Reusable, BPA-Free")
STAND = "Brightshelf 3-Tier Grow-Light Stand"
STAND_LONG = ("Sprigwell Brightshelf 3-Tier Grow-Light Stand with 6 Full-Spectrum LED Bars, Adjustable Chains, "
              "Built-In Timer, Steel Shelving for Seed Starting, 48 x 18 x 62 Inch")
BLOCK2, BLOCKMINI = "Tamp 2-inch Soil Blocker", "Tamp Mini 3/4-inch Soil Blocker"
BLOCK_LONG = ("Sprigwell Tamp 2 Inch Handheld Soil Blocker, Makes 4 Blocks per Press, Stainless Steel with Ash Wood "
              "Handle and Spring Plunger, Includes 4 Seed Dibbles")
MIX = "Finecrumb Seed-Starting Mix"
MIX_ZH = "Finecrumb 育苗基质"
MIX_ZH_LONG = "Sprigwell Finecrumb 无泥炭育苗基质 16夸脱 椰糠珍珠岩配方 适用穴盘育苗 土块育苗 微型菜苗 室内播种"
THERMO_ZH = "Emberline ET-2 数字温控器"
KIT_ZH = "Dewcap 1020 育苗盘套装"
MAT_TW = "Emberline 10x20 育苗加熱墊"
MAT_TW_LONG = "Sprigwell Emberline 育苗加熱墊 25 x 53 公分 17瓦 防水 發芽加溫墊 適用播種 扦插 室內盆栽"
STAND_TW = "Brightshelf 三層植物燈架"
BLOCK_TW = "Tamp 土塊器組"

# ============================================================ 1. filled templates -> []
# ---- English
fill("en/germination/heat-mat-temps", dict(buyer_name="Ms Threlkeld", crop="peppers", mat=MAT_S, agent_name=A1),
     "exact fill")
fill("en/germination/heat-mat-temps", dict(buyer_name="Mr Oyinlola", crop="tomatoes and basil", mat=MAT_LONG,
     agent_name=A2), "the whole listing title (Waterproof, UL Listed) in the mat slot; greeting changed (JC2, JC14)",
     edits=[("Hi Mr Oyinlola,", "Good afternoon Mr Oyinlola,")], tags=["greeting", "long-value"])
fill("en/germination/heat-mat-temps", dict(buyer_name="Priscilla", crop="lettuce", mat=MAT_L, agent_name=A3),
     "a congratulation line with no product content added after the greeting (JC2)",
     edits=[("Hi Priscilla,", "Hi Priscilla,\n\nCongratulations on turning the spare room into a seed-starting corner this year.")],
     tags=["warm-line"])
fill("en/thermostat/setup", dict(buyer_name="Mr Vanterpool", thermostat=THERMO, agent_name=A4), "exact fill")
_v = dict(buyer_name="Ms Kowalewska-Hart", thermostat=THERMO, agent_name=A1)
fill("en/thermostat/setup", _v, "first two paragraphs hard-wrapped at 72 columns, as an e-mail client pastes them (JC2)",
     edits=[rewrap("en/thermostat/setup", _v, "Here is how", 72), rewrap("en/thermostat/setup", _v, "Press SET", 72)],
     tags=["reflow"])
fill("en/thermostat/setup", dict(buyer_name="Mr Abiodun-Sayer", thermostat=THERMO_LONG, agent_name=A2),
     "listing title in the slot; the sentence about the two lights paraphrased with the same facts (JC2)",
     edits=[("The green light means it is holding at the target; the red light means the mat is heating.",
             "A red light tells you the mat is heating, and a green light tells you the target has been reached and is being held.")],
     tags=["long-value", "paraphrase"])
fill("en/dome/humidity", dict(buyer_name="Ms Pennefather", kit=KIT, agent_name=A3), "exact fill")
fill("en/dome/humidity", dict(buyer_name="Mr Scarisbrick", kit=KIT, agent_name=A4),
     "sign-off turned into a warm line about the buyer's zinnias (JC2)",
     edits=[("Kind regards,", "I hope the zinnias come up thick and even.\n\nKind regards,")], tags=["sign-off", "warm-line"])
fill("en/dome/humidity", dict(buyer_name="Ms Huxley-Amadi", kit=KIT_LONG, agent_name=A1),
     "listing title (with BPA-Free) in the kit slot; the two sentences of the last paragraph swapped (JC2, JC14)",
     edits=[swap("Once about half the seeds are up, prop the dome open a little for two days and then take it off completely.",
                 "Seedlings left under a closed lid stretch towards the light and are more likely to damp off.")],
     tags=["long-value", "reorder"])
fill("en/blocker/how-to", dict(buyer_name="Mr Ackroyd", blocker=BLOCK2, agent_name=A2), "exact fill")
fill("en/blocker/how-to", dict(buyer_name="Ms Bickerstaff", blocker=BLOCKMINI, agent_name=A3),
     "one long sentence of the second paragraph split in two (JC2)",
     edits=[("Lift it out, set it on the tray, and push the plunger down",
             "Lift it out and set it on the tray. Then push the plunger down")], tags=["split"])
fill("en/blocker/how-to", dict(buyer_name="Mr Coverdale", blocker=BLOCK_LONG, agent_name=A4),
     "listing title in the blocker slot; greeting changed from Dear to Hello (JC2)",
     edits=[("Dear Mr Coverdale,", "Hello Mr Coverdale,")], tags=["greeting", "long-value"])
fill("en/lightstand/height", dict(buyer_name="Ms Dimbleby", stand=STAND, agent_name=A1), "exact fill")
fill("en/lightstand/height", dict(buyer_name="Mr Ellwood", stand=STAND_LONG, agent_name=A2),
     "listing title in the stand slot; sign-off changed (JC2)",
     edits=[("All the best,", "Good luck with the onions,")], tags=["long-value", "sign-off"])
fill("en/lightstand/height", dict(buyer_name="Ms Fenby", stand=STAND, agent_name=A3),
     "second and third paragraphs run together into one (JC2)",
     edits=[("for longer.\n\nSet the built-in timer", "for longer. Set the built-in timer")], tags=["merge"])
fill("en/greenhouse/venting", dict(buyer_name="Mr Grimshaw", greenhouse=MINI, agent_name=A4), "exact fill")
fill("en/greenhouse/venting", dict(buyer_name="Ms Holroyd", greenhouse=MINI_LONG, agent_name=A1),
     "listing title in the slot and a sympathy line about last week's wind (JC2)",
     edits=[("Hi Ms Holroyd,", "Hi Ms Holroyd,\n\nI'm sorry to hear the gusts on Sunday knocked your seedlings about.")],
     tags=["long-value", "warm-line"])
fill("en/warranty/claim", dict(buyer_name="Mr Illingworth", product=MAT_L, warranty_period="two-year",
     case_id="SPW-CS-49423", order_id="111-4985592-9333815", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Jowett", product=THERMO, warranty_period="two-year",
     case_id="SPW-CS-45183", order_id="113-3592808-9242951", agent_name=A3),
     "the request for evidence reworded with the same three items (JC2)",
     edits=[("So that we can assess it, please reply in this thread with",
             "To help us check it, could you reply here with")], tags=["wording"])
fill("en/holding/update", dict(buyer_name="Mr Kershaw", topic="the thermostat reading six degrees high",
     reply_by="Friday afternoon", agent_name=A4), "exact fill of the holding template (JC12)", tags=["holding"])
fill("en/holding/update", dict(buyer_name="Ms Lumsden", topic="the stand's timer losing its settings overnight",
     reply_by="Wednesday, March 18", agent_name=A1), "holding template; greeting and sign-off changed (JC2, JC12)",
     edits=[("Hello Ms Lumsden,", "Hi Ms Lumsden,"), ("Thanks for your patience,", "Thank you for bearing with us,")],
     tags=["holding", "greeting", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Mallinson", product=KIT, order_id="114-1705664-9029271",
     agent_name=A2), "exact fill; the only review request for this order, and the thread holds no earlier praise (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Anselm", product=BLOCK2, order_id="114-2791865-8106626",
     agent_name=A3), "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hi Anselm,", "Hello Anselm,"), ("Warm regards,", "With thanks,")], tags=["greeting", "sign-off"])

# ---- Simplified Chinese
fill("zh/mix/prep", dict(buyer_name="俞先生", mix=MIX_ZH, agent_name=Z1), "exact fill")
fill("zh/mix/prep", dict(buyer_name="娄女士", mix=MIX_ZH_LONG, agent_name=Z2),
     "整段商品标题放入 mix 占位符，问候语改为晚上好 (JC2)", edits=[("娄女士，您好：", "娄女士，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/mix/prep", dict(buyer_name="瞿先生", mix=MIX_ZH, agent_name=Z1),
     "问候后加一句与产品无关的体谅话 (JC2)",
     edits=[("瞿先生，您好：", "瞿先生，您好：\n\n听说您今年第一次自己育苗，祝一切顺利。")], tags=["warm-line"])
fill("zh/thermostat/settings", dict(buyer_name="姬女士", thermostat=THERMO_ZH, agent_name=Z2), "exact fill")
fill("zh/thermostat/settings", dict(buyer_name="伏先生", thermostat=THERMO_ZH, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝好\n", "祝您的辣椒早日出苗\n")], tags=["sign-off"])
fill("zh/dome/damping-off", dict(buyer_name="储女士", kit=KIT_ZH, agent_name=Z2), "exact fill")
fill("zh/dome/damping-off", dict(buyer_name="靳先生", kit=KIT_ZH, agent_name=Z1),
     "措辞微调：“无法恢复”改为“救不回来” (JC2)", edits=[("无法恢复", "救不回来")], tags=["wording"])
fill("zh/dome/damping-off", dict(buyer_name="巩女士", kit=KIT_ZH, agent_name=Z2),
     "第二段按分号拆成三行 (JC2)",
     edits=[("取下保湿盖；浇水改为", "取下保湿盖；\n浇水改为"), ("多余的水；在苗盘旁边", "多余的水；\n在苗盘旁边")],
     tags=["reflow"])
fill("zh/holding/update", dict(buyer_name="隋先生", topic="加热垫局部发烫", reply_by="本周五下午", agent_name=Z1),
     "等待答复模板的 exact fill (JC12)", tags=["holding"])
fill("zh/holding/update", dict(buyer_name="苑女士", topic="灯架定时器自动清零", reply_by="三月十八日", agent_name=Z2),
     "等待答复模板，只把问候语改为下午好 (JC2, JC12)", edits=[("苑女士，您好：", "苑女士，下午好：")],
     tags=["holding", "greeting"])
fill("zh/review/neutral-request", dict(buyer_name="邝先生", product=KIT_ZH, order_id="114-7122323-9433055",
     agent_name=Z1), "exact fill；本订单唯一一次评论邀请，此前对话中买家没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="岳女士", product=MIX_ZH, order_id="114-2065590-2722245",
     agent_name=Z2), "署名前加一句祝福；本订单唯一一次评论邀请 (JC2, JC9)",
     edits=[("都是我们改进的依据。\n\n", "都是我们改进的依据。\n\n祝您春播顺利！\n")], tags=["sign-off"])

# ---- Traditional Chinese
fill("zh-tw/heatmat/safety", dict(buyer_name="司徒先生", mat=MAT_TW, agent_name=W1), "exact fill")
fill("zh-tw/heatmat/safety", dict(buyer_name="夏侯小姐", mat=MAT_TW, agent_name=W2),
     "問候語改為早安，並加一句體諒的話 (JC2)",
     edits=[("夏侯小姐 您好：", "夏侯小姐 早安：\n\n這陣子寒流一波接一波，育苗真的辛苦了。")], tags=["greeting", "warm-line"])
fill("zh-tw/heatmat/safety", dict(buyer_name="張簡先生", mat=MAT_TW_LONG, agent_name=W1),
     "整段商品標題（含「防水」）放入 mat 佔位符，「感謝」改為「謝謝」 (JC2, JC14)", edits=[("感謝您詢問", "謝謝您詢問")], tags=["long-value", "wording"])
fill("zh-tw/lightstand/timer", dict(buyer_name="司空小姐", stand=STAND_TW, agent_name=W2), "exact fill")
fill("zh-tw/lightstand/timer", dict(buyer_name="饒先生", stand=STAND_TW, agent_name=W1),
     "署名前加上祝福語 (JC2)",
     edits=[("重新設定目前時間。\n\n", "重新設定目前時間。\n\n祝 育苗順利\n")], tags=["sign-off"])
fill("zh-tw/blocker/sizes", dict(buyer_name="閻小姐", blocker=BLOCK_TW, agent_name=W2), "exact fill")
fill("zh-tw/blocker/sizes", dict(buyer_name="鄞先生", blocker=BLOCK_TW, agent_name=W1),
     "第一段從中間斷開，分成兩段 (JC2)",
     edits=[("細小的種子。長出第一對本葉後", "細小的種子。\n\n長出第一對本葉後")], tags=["reflow"])
fill("zh-tw/warranty/claim", dict(buyer_name="嵇先生", product=MAT_TW, warranty_period="兩年",
     case_id="SPW-CS-44459", order_id="114-4881326-5841221", agent_name=W2), "exact fill")
fill("zh-tw/warranty/claim", dict(buyer_name="談小姐", product="Emberline ET-2 溫控器", warranty_period="兩年",
     case_id="SPW-CS-48618", order_id="112-4066352-2395802", agent_name=W1),
     "最後一段兩句調換順序 (JC2)",
     edits=[swap("麻煩您在本訊息中回覆故障開始的日期、電線上標籤的照片，以及顯示故障情形的照片或短片。",
                 "本案已登記為案件 SPW-CS-48618，對應訂單 112-4066352-2395802。", sep="")],
     tags=["reorder"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; merged into a trailing (JCn) group when the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/germination/heat-mat-temps", dict(buyer_name="Ms Naismith", crop="eggplant", mat=MAT_S, agent_name=A4),
         "more prone to rot.",
         "Your ET-2 thermostat was packed separately at our Salem warehouse and is on its way by USPS, tracking 9374898371361022560814, due on Friday.",
         "tracking for the thermostat packed separately, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/thermostat/setup", dict(buyer_name="Mr Ogunbiyi", thermostat=THERMO, agent_name=A1),
         "in steps of one degree.",
         "The bag of Finecrumb mix on the same order is on backorder until March 28 and will ship the day it comes in.",
         "backorder date of an item on this order (JC18)", ["backorder"])
fill_log("en/dome/humidity", dict(buyer_name="Ms Pickersgill", kit=KIT, agent_name=A2),
         "more likely to damp off.",
         "The dome that arrived cracked has been replaced; the new one left today with FedEx, tracking 394842685865.",
         "replacement for a dome cracked in transit (JC7)", ["damage", "tracking"])
fill_log("en/blocker/how-to", dict(buyer_name="Mr Raistrick", blocker=BLOCK2, agent_name=A3),
         "rather than over the top.",
         "The mini blocker we sent you by mistake can go back with the prepaid return label now waiting in Your Orders, any time in the next 30 days.",
         "return of a wrongly packed item (JC6)", ["fulfilment", "returns"])
fill_log("en/greenhouse/venting", dict(buyer_name="Ms Thwaite", greenhouse=MINI, agent_name=A4),
         "catches the wind like a sail.",
         "The ground-stake bag that was left out of your carton went out this morning by UPS, tracking 1Z6Y4R291043923602.",
         "missing part sent (JC6, JC16)", ["fulfilment", "tracking"])
fill_log("en/warranty/claim", dict(buyer_name="Mr Urquhart", product=MAT_S, warranty_period="two-year",
         case_id="SPW-CS-44064", order_id="114-4148208-5217852", agent_name=A1),
         "for order 114-4148208-5217852.",
         "If the mat does need replacing, we will ship the new one first and send you a return label for the old one, so your trays are never without heat.",
         "how a replacement would be shipped and the old mat returned", ["returns"])
fill_log("zh/mix/prep", dict(buyer_name="桑先生", mix=MIX_ZH, agent_name=Z2),
         "放在阴凉干燥处保存。",
         "另外，寄往波多黎各的育苗基质要先经过当地农业部门的检查，所以这一袋会比订单里的其他商品晚两三天送达。",
         "基质在目的地接受检查而晚到 (JC4)", ["inspection", "delay"])
fill_log("zh/thermostat/settings", dict(buyer_name="谷女士", thermostat=THERMO_ZH, agent_name=Z1),
         "加热垫会过早停止工作。",
         "同一订单里的加热垫是从另一个仓库另外寄的，运单号 394852425044，周五前后能到。",
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/dome/damping-off", dict(buyer_name="冉先生", kit=KIT_ZH, agent_name=Z2),
         "清洗一遍。",
         "如果想退回这套育苗盘，在“您的订单”里提交退货申请就可以，寄回的运费不用您出。",
         "退货说明", ["returns"])
fill_log("zh/holding/update", dict(buyer_name="幸女士", topic="温控器屏幕闪烁", reply_by="下周一", agent_name=Z1),
         "我们都能看到。",
         "您之前反映缺少的温控器探头已经补发，运单号 1Z6Y4R299135539103。",
         "等待答复模板加补发探头的运单号 (JC6, JC12)", ["fulfilment", "tracking", "holding"])
fill_log("zh-tw/heatmat/safety", dict(buyer_name="皇甫小姐", mat=MAT_TW, agent_name=W2),
         "並回覆本訊息告訴我們。",
         "您另外訂購的 Emberline ET-2 溫控器昨天已交給 FedEx，單號 394873602499，週三應該會到。",
         "另外訂購的溫控器追蹤單號", ["tracking"])
fill_log("zh-tw/blocker/sizes", dict(buyer_name="郭小姐", blocker=BLOCK_TW, agent_name=W1),
         "停止生長。",
         "寄錯的迷你土塊器，請用「您的訂單」裡的預付標籤寄回，三十天內寄出即可。",
         "寄錯商品的退回 (JC6)", ["fulfilment", "returns"])

# ============================================================ 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Marwood,\n\nThe Wintergate 8x10 greenhouse travels on a single pallet of about 240 pounds, so a freight carrier brings it rather than UPS or FedEx. Saia collected it from our Harrisburg warehouse yesterday under PRO number 40372418881. Their terminal nearest to you will phone to agree a delivery day, and the driver lowers the pallet to the curb or the end of your driveway with a liftgate. The heaviest box inside weighs about 70 pounds, so plan on two people to carry them in.\n\nBest regards,\nTeodor",
     ["freight", "delivery-appointment"], "pallet freight and a booked delivery day (JC5)"),
    ("Hi Ms Huxtable-Reyes,\n\nWhen the pallet comes, count the boxes against the delivery receipt before you sign; there should be five. Look for crushed corners or holes as well. Write any shortage or damage on the receipt itself, something like \"1 box crushed\", and take a photo while the driver is still there. A clean signature makes a freight claim very hard to win, while a noted receipt lets us send the missing part within days.\n\nCaspian",
     ["freight", "damage"], "checking a freight delivery before signing (JC5, JC7)"),
    ("Dear Mr Szczepanik,\n\nThe tray kit and heat mat reached San Juan on Monday, but the bag of Finecrumb mix is still with the plant-health inspectors, who look at every parcel of growing media arriving in Puerto Rico. A coir mix with no soil in it normally clears in two or three business days, and USPS then delivers it as usual. You don't need to do anything; tracking 9374880831708488166385 will update once it is released.\n\nKind regards,\nWinifred",
     ["inspection", "split-shipment", "tracking"], "growing media held for a plant-health inspection on arrival (JC4)"),
    ("Hello Ms Mbatha-Cole,\n\nAustralian biosecurity asked the customs broker for proof that the Finecrumb mix contains no soil before they release your parcel in Sydney. We have sent them our product sheet, which lists coir and perlite only, and UPS expects clearance within two business days. Duties and GST were collected by Amazon at checkout, so if anyone asks you to pay at the door, decline and tell us here.\n\nImogen",
     ["customs", "inspection"], "customs and biosecurity paperwork for growing media (JC4, JC7)"),
    ("Hi Mr Lindemann,\n\nI'm sorry the bag of bolts and corner brackets was missing from your Wintergate greenhouse. A complete hardware bag left our Salem warehouse this morning by UPS, tracking 1Z6Y4R299711223278, and should be with you on Thursday. There is nothing to send back.\n\nTeodor",
     ["fulfilment", "tracking"], "missing hardware sent (JC6, JC16)"),
    ("Hello Ms Fairclough,\n\nThanks for the photo. Two of the five humidity domes cracked on the way to you, most likely when the carton was dropped. Replacement domes go out today by USPS, tracking 9374868044697560669248, packed in a sturdier box this time. Please recycle the broken ones; we don't need them back.\n\nCaspian",
     ["damage", "tracking"], "domes cracked in transit, replacements shipped (JC7)"),
    ("Dear Mr Aucoin,\n\nOur packing team sent the Tamp Mini 3/4-inch blocker instead of the Tamp 2-inch you ordered, and I apologise for the mix-up. The right blocker ships today with FedEx, tracking 394862798466. For the mini blocker, print the prepaid return label from Your Orders and hand the parcel to FedEx within 30 days.\n\nWinifred",
     ["fulfilment", "returns", "tracking"], "wrong size packed, exchange (JC6)"),
    ("Hi Ms Bramhall,\n\nYour order is travelling in three boxes. The Brightshelf frame and shelves left Harrisburg with FedEx, tracking 394881642658, and the carton of LED bars follows a day behind on 394826343412. The heat mat and thermostat are coming separately from our Salem warehouse with USPS (tracking 9374873456197241695364) and should land on Saturday.\n\nImogen",
     ["split-shipment", "tracking"], "three boxes from two warehouses (JC15)"),
    ("Hello Mr Castellucci,\n\nWe caught your order before it left the warehouse, so it will now go to 418 Quarry Lane, Apartment 3, as you asked. It ships tomorrow, and the new tracking number should show in Your Orders by the evening.\n\nTeodor",
     ["address"], "address changed before dispatch (JC15)"),
    ("Hi Ms Dewhurst,\n\nUPS marked your parcel undeliverable yesterday because the driver could not get through the gate at the entrance to your community. If you send us the gate code or a note for the driver, we'll attach it to the shipment, and UPS will make another attempt the following business day. You can also collect it from the UPS Customer Center on Ridley Road after 5 pm today with photo ID and tracking number 1Z6Y4R290152258758.\n\nCaspian",
     ["delivery-exception", "address", "pickup-point"], "gate code needed for delivery; \"code\" here is no discount code (JC14, JC15)"),
    ("Dear Mr Egerton-Ng,\n\nTo send the 20x48 heat mat back, open Your Orders, choose Return or Replace Items and select the reason that fits; since the mat stopped heating, the return postage is on us. Let the mat cool, roll it loosely without folding, and pack it together with its cord. The refund is issued as soon as the carrier scans the parcel in at our warehouse.\n\nWinifred",
     ["returns", "packing"], "return of a faulty mat (JC15)"),
    ("Hello Ms Frobisher,\n\nYour returned Brightshelf stand was checked in at our Harrisburg warehouse today, and $189.99 has gone back to the card you paid with. Most banks show the credit within a week.\n\nImogen",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hi Mr Gathercole,\n\nThe thermostat you sent back reached us without its temperature probe, which we need to test the unit. We have refunded $31.50 of the $38.99 now and held back $7.49, the price of a replacement probe. If the probe turns up, post it to us with the same return label and we'll release the balance.\n\nTeodor",
     ["refund", "returns"], "partial refund of a return that came back incomplete (JC6, JC14)"),
    ("Dear Ms Hazeldine,\n\nDone: the second order for two bags of Finecrumb mix, 114-8994881-5727109, is cancelled and was never charged. Your first order is packed and leaves our Salem warehouse today.\n\nCaspian",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC6, JC14)"),
    ("Hello Mr Iredale,\n\nThe 20x48 heat mat on your order is on backorder. Our next delivery from the factory lands on April 3, a mat from it is already set aside for you, and it will ship that same week with tracking. If that is too late for your sowing plans, you can cancel the mat in Your Orders at no cost while it still shows as not yet shipped.\n\nWinifred",
     ["backorder", "cancellation"], "ship date of a backordered item on the order (JC18)"),
    ("Hi Ms Jevons,\n\nFedEx records your tray kit as left at the front door at 2:14 pm on Tuesday, yet you haven't found it. Drivers occasionally scan a parcel as delivered a day early, so it is worth asking your neighbours and the building office too. If it still hasn't appeared by Friday, reply here and we'll either send another kit or refund you, whichever you prefer.\n\nImogen",
     ["delivery", "tracking"], "marked delivered but not found (JC15)"),
    ("Dear Mr Kilbride,\n\nI'm sorry the bag of mix split open and spread coir through the whole carton. A fresh bag ships today by UPS, tracking 1Z6Y4R297291980840, double-bagged this time. Please don't post the torn one back; whatever is left in it can go straight onto the garden.\n\nTeodor",
     ["damage", "tracking"], "bag burst in transit, replacement shipped (JC7, JC14)"),
    ("Hello Ms Lanyon,\n\nThe carton for the Ashgrove mini greenhouse is 65 inches long, more than any Amazon Locker door will take, which is why the locker option disappeared at checkout. It is booked for home delivery by UPS on Tuesday. If you're at work that day, UPS can reroute it to an Access Point shop near your office after it has been given a tracking number.\n\nCaspian",
     ["locker", "pickup-point"], "carton too long for a locker (JC15)"),
    ("Hi Mr Mortlake,\n\nBecause your address is an APO, the order goes by USPS Priority Mail to the military mail facility and from there through the military postal system, which can take two to four weeks altogether. The tracking number is 9374811981820591501657; once the handover happens in the US it may stop updating until the parcel reaches your unit.\n\nWinifred",
     ["apo", "tracking"], "military APO delivery (JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("宗先生，您好：\n\nWintergate 8x10 阳光板温室整件装在一个托盘上，约二百四十磅，由 Saia 货运公司承运，PRO 号 40378896588。货物到达您附近的货运站后，对方会先打电话和您约定送货日期，司机用尾板把托盘放到路边或车道口，不负责搬进院子，建议安排两个人一起搬运。\n\n顾晨阳",
     ["freight", "delivery-appointment"], "托盘货运与约定送货日期 (JC5)"),
    ("容女士，您好：\n\n您订单里的育苗基质到达波多黎各以后，需要先由当地的植物检疫人员检查，不含泥土的椰糠基质一般两三个工作日就能放行，之后由 USPS 正常派送。运单号 9374863246204111145727，放行后会自动更新，您不需要做任何处理。\n\n蔺雨桐",
     ["inspection", "tracking"], "基质到港后的植物检疫 (JC4)"),
    ("邰先生，您好：\n\n非常抱歉，您收到的 Wintergate 温室少了一袋螺丝和角码。完整的五金包今天已从塞勒姆仓库通过 UPS 补发，运单号 1Z6Y4R296308443037，周四应能收到，缺件的原包装不需要寄回。\n\n顾晨阳",
     ["fulfilment", "tracking"], "补发缺少的五金包 (JC6, JC16)"),
    ("栾女士，您好：\n\n照片收到了。五个保湿盖里有两个在运输途中压裂，我们已经换用更结实的纸箱重新寄出，运单号 394847793289，由 FedEx 配送。裂开的盖子不用寄回，直接回收即可。\n\n蔺雨桐",
     ["damage", "tracking"], "运输中压裂的保湿盖重新寄出 (JC7)"),
    ("仲先生，您好：\n\n您的订单分成两个包裹：灯架由 FedEx 从哈里斯堡仓库发出，运单号 394817725017，预计下周一送达；加热垫和温控器由 USPS 从塞勒姆仓库发出，运单号 9374851725691420596451，预计本周六送达。\n\n顾晨阳",
     ["split-shipment", "tracking"], "两个仓库分开发货 (JC15)"),
    ("欧阳女士，您好：\n\n您的订单还没有出库，收货地址已按您的要求改成新的公寓地址，单元号也一起补上了。包裹明天发出，晚上就能在“您的订单”里看到新的运单号。\n\n蔺雨桐",
     ["address"], "出库前修改地址 (JC14, JC15)"),
    ("司马先生，您好：\n\n退回加热垫请在“您的订单”里选择退货，因为是产品本身不发热，寄回的运费由我们出。寄出前请等加热垫冷却，松松地卷起来，不要折叠，连同电源线一起装箱。承运商在仓库扫描签收后，系统会自动为您退款。\n\n顾晨阳",
     ["returns", "packing"], "故障加热垫的退货 (JC15)"),
    ("诸葛女士，您好：\n\n您退回的 Brightshelf 灯架今天已在哈里斯堡仓库验收，189.99美元已退回您付款时使用的银行卡，一般一周内到账。\n\n蔺雨桐",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("上官先生，您好：\n\n第二笔订单 113-4402092-2971086 已经照您说的取消了，这笔订单没有扣款，也不会发货。第一笔订单已经打包好，今天从仓库发出。\n\n顾晨阳",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("东方女士，您好：\n\nUPS 昨天送货时进不了小区大门，包裹被标记为无法派送。麻烦直接回复这条消息，告诉我们门禁密码或给司机的备注，我们转给 UPS 以后，下一个工作日会再送一次。\n\n蔺雨桐",
     ["delivery-exception", "address"], "门禁导致无法派送 (JC15)"),
    ("慕容先生，您好：\n\n澳大利亚的生物安全检查要求报关行证明育苗基质里不含泥土。我们已经把写明成分只有椰糠和珍珠岩的产品说明发给报关行，UPS 预计两个工作日内放行。关税和消费税在下单时已由亚马逊代收，送货时如果有人要求付款，请不要支付，先在这里告诉我们。\n\n顾晨阳",
     ["customs", "inspection"], "澳大利亚清关与生物安全文件 (JC4, JC7)"),
    ("令狐女士，您好：\n\n很抱歉，基质袋在运输中破了，椰糠撒了一箱。新的一袋今天已用双层袋子重新寄出，运单号 1Z6Y4R296789360066。破袋不用寄回，剩下的基质可以直接撒进花园里。\n\n蔺雨桐",
     ["damage", "tracking"], "运输破袋，补发 (JC7)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("歐陽小姐 您好：\n\n您的 Brightshelf 三層植物燈架昨天從賓州倉庫交給 FedEx，追蹤單號 394871337790，下週二左右送達。燈架分成兩箱，第二箱裝的是 LED 燈條，可能會晚一天到。\n\n裘郁婷",
     ["split-shipment", "tracking"], "燈架分兩箱出貨 (JC15)"),
    ("諸葛太太 您好：\n\n包裹已改由 UPS 送到您指定的 Access Point 門市代收。領件時需要出示證件，門市只代收一週，超過期限包裹會被退回倉庫。追蹤單號是 1Z6Y4R297453383800。\n\n甯子謙",
     ["pickup-point", "tracking"], "改到門市代收 (JC15)"),
    ("端木先生 您好：\n\n要退回溫控器的話，請到「您的訂單」頁面提出申請，列印標籤貼在外箱上，交給 UPS 寄回即可。請記得把探頭和說明書一起放進盒子裡，少了探頭的話只能部分退款。\n\n裘郁婷",
     ["returns", "packing"], "溫控器退貨 (JC15)"),
    ("王太太 您好：\n\n您寄回的 Tamp 土塊器今天已在倉庫點收，34.95 美元的退款會回到您當初付款的信用卡，大約一週內可以看到。\n\n甯子謙",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("湛先生 您好：\n\n非常抱歉，Ashgrove 迷你溫室的一根立柱在運送途中被壓彎了。我們今天已經用 USPS 補寄一根新的立柱，追蹤單號 9374872835019788719959，預計三天內送達。彎掉的那根不必寄回。\n\n裘郁婷",
     ["damage", "tracking"], "運送途中壓彎的立柱補寄 (JC7)"),
    ("酈小姐 您好：\n\n很抱歉讓您久等。您訂購的 20x48 加熱墊目前缺貨，下一批貨預計四月三日進倉，您的那一片已經保留，進倉當週就會寄出，屆時會另外提供追蹤單號。\n\n甯子謙",
     ["backorder", "delay"], "訂單上缺貨商品的出貨日期 (JC18)"),
    ("塗小姐 您好：\n\nWintergate 溫室以棧板貨運配送，貨運公司會先打電話和您約送貨時間。簽收前請先點清箱數（共五箱），如果外箱有破損，請直接寫在簽收單上再簽名，並當場拍照，之後我們才能向貨運公司求償並補寄零件。\n\n裘郁婷",
     ["freight", "damage"], "棧板貨運與簽收前檢查 (JC5, JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free-written, not logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Nettleton,\n\nFor your move to New Zealand, it's best to leave the opened bag of Finecrumb mix behind. Border inspectors there can refuse growing media carried in by travellers, even when it is only coir, and a half-used bag is the kind of thing that gets binned at the airport. The trays, domes and heat mat can go in your moving boxes without any paperwork.\n\nWinifred",
     ["advice", "border-carry"], "what the buyer may carry across a border is product use, not how the order travels (JC11)"),
    ("Hello Ms Ormerod,\n\nThe Emberline mats are made for indoor use. Inside the Ashgrove greenhouse on a patio they would sit in dew and rain splash, and the controller is not sealed against that. If you want bottom heat out there, keep the mat indoors and move the trays out once the seedlings have hardened off.\n\nImogen",
     ["advice"], "heat mat outdoors (JC10)"),
    ("Dear Mr Pettifer,\n\nEach Brightshelf shelf is 48 by 18 inches, so two 10x20 mats fit side by side with room to spare, or a single 20x48 mat covers the shelf end to end. One ET-2 thermostat can run both small mats through a power strip, as long as the probe sits in a tray on one of them.\n\nCaspian",
     ["advice", "comparison"], "the buyer asked which mats fit the stand; no price, offer or push (JC10)"),
    ("Hi Ms Quimby,\n\nThanks for the clip of the stand's timer going back to 12:00. I've passed it to our lighting engineer, who is out until Monday, and I'll write again by Tuesday lunchtime with what she suggests.\n\nTeodor",
     ["holding"], "free-written holding reply about a fault (JC12)"),
    ("Hello Mr Rushworth,\n\nI'm sorry the vents on two of the domes are too stiff to slide. Rather than ask you to send the kit back, we have refunded $6.00 of the price to your card, and please keep everything.\n\nWinifred",
     ["goodwill-refund"], "partial refund for a product fault with no return: not a refund of a return (JC17)"),
    ("Hi Ms Sallows,\n\nYou asked whether the 4-inch Tamp blocker will be available again. We don't have a date yet; the factory is changing the handle, and we expect it back later in the spring.\n\nImogen",
     ["availability"], "availability of an item that is not on the buyer's order; no offer (JC18)"),
    ("Dear Mr Tarrant-Obi,\n\nOn the Wintergate frame, fit the four roof purlins before the side panels, or the walls bow outwards and the panels will not slide into their channels. Leave every bolt finger-tight until the whole frame is square, then tighten them from the base upwards.\n\nCaspian",
     ["advice", "assembly"], "assembly help is product help, not fulfilment (JC16)"),
    ("Hello Ms Uttley,\n\nFinecrumb is a good choice for microgreens. Spread an inch-deep layer in a tray with no cell insert, sow the seed thickly and mist it rather than pouring, so the seed stays in place. Most kinds are ready to cut after 8 to 12 days.\n\nTeodor",
     ["advice"], "microgreens (JC10)"),
    ("Hi Mr Varga-Moss,\n\nThe ET-2 can switch a reptile heat mat of up to 1,000 watts, but its probe lead is six feet long, so the thermostat has to sit near the enclosure. Start with a target a little below what you want and check the floor with a separate thermometer for the first few days.\n\nWinifred",
     ["advice"], "thermostat for a reptile enclosure (JC10)"),
    ("Dear Ms Westerby,\n\nThe Brightshelf bars join with a three-pin plug that other makers don't use, so another brand's bars can't be chained into ours. You can still hang them from the same chains and run them from a separate plug-in timer.\n\nImogen",
     ["advice", "compatibility"], "mixing light bars of another brand (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("皮先生，您好：\n\n回国时不建议把育苗基质放进行李。中国海关对旅客携带栽培介质入境管得很严，即使是没开封的椰糠基质，也可能在入境检查时被没收。育苗盘、保湿盖和土块器这些工具可以正常携带。\n\n顾晨阳",
     ["advice", "border-carry"], "买家自己携带入境属于产品使用，不是订单物流 (JC11)"),
    ("荀女士，您好：\n\nET-2 温控器也可以用来控制自制发酵箱的温度。把探头放在箱子中间、不要贴着加热垫，目标温度比配方要求低一度左右起步，观察一天再微调。\n\n蔺雨桐",
     ["advice"], "温控器用于发酵箱 (JC10)"),
    ("原先生，您好：\n\n谢谢您拍的视频，温控器屏幕忽明忽暗的情况我已经转给电子工程师，他明天回公司，周四中午前我会把他的判断告诉您。\n\n顾晨阳",
     ["holding"], "自己写的等待答复 (JC12)"),
    ("池女士，您好：\n\n土块器最好不要直接用花园土。花园土黏性太大，压出来的土块晾干后会变硬开裂，幼苗的根很难扎进去。可以用育苗基质，或者把三份基质和一份过筛的堆肥混合后再用。\n\n蔺雨桐",
     ["advice"], "土块器与花园土 (JC10)"),
    ("权先生，您好：\n\n取下保湿盖以后，穴盘里的基质大概两三天就会变干。判断方法是托起穴盘掂一掂，明显变轻就该浇水了，最好往底盘里加水，让基质自己吸。\n\n顾晨阳",
     ["advice"], "浇水频率 (JC10)"),
    ("逄女士，您好：\n\n很抱歉两个保湿盖的通风口推不动。为了不让您再麻烦寄回，我们已经把六美元退到您的付款卡上，套装请您留着继续使用。\n\n蔺雨桐",
     ["goodwill-refund"], "产品小毛病的部分退款，不涉及退货 (JC17)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("蔣太太 您好：\n\nEmberline 加熱墊是設計在室內使用的。放在陽臺的 Ashgrove 溫室裡會受露水和雨水噴濺，控制器沒有防水設計。如果想在戶外育苗，建議加熱墊留在室內，等幼苗煉苗完成後再把苗盤搬出去。\n\n甯子謙",
     ["advice"], "加熱墊能否在戶外使用 (JC10)"),
    ("李小姐 您好：\n\nAshgrove 迷你溫室組裝時，請先把四層層板的橫桿都裝好，再套上外罩；如果先套外罩，拉鍊很容易卡住。外罩底部的魔鬼氈要繞過最下層的橫桿黏好，風大時才不會掀起來。\n\n裘郁婷",
     ["advice", "assembly"], "組裝說明屬於產品使用 (JC16)"),
    ("周先生 您好：\n\n您問的四吋土塊器目前還沒有確定的到貨日期，工廠正在調整手柄設計，預計春季後段會恢復供應。\n\n甯子謙",
     ["availability"], "詢問不在訂單上的商品何時有貨，沒有促銷 (JC18)"),
    ("卞小姐 您好：\n\nBrightshelf 燈架也很適合種香草。羅勒、薄荷這類植物長大後，燈條可以提高到離葉面約十五公分，每天照光十二到十四小時就夠了。\n\n裘郁婷",
     ["advice"], "燈架種香草 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Yelland,\n\nWhat counts is how warm the mix is, so bury the probe in a middle cell instead of reading the room. Peppers and tomatoes want the high 70s to mid 80s, the cabbage family and flowers the low 70s, and lettuce likes it under 70; too warm and it may not sprout at all. Move the tray off the heat once most seeds are up, or the seedlings go leggy.\n\nImogen",
     "retells en/germination/heat-mat-temps (JC13)"),
    ("Hello Ms Zamora-Pike,\n\nMat into thermostat, thermostat into the wall, probe into the mix and not lying on the mat, or it cuts out too soon. SET, arrows, SET picks a temperature; red is heating, green is there. Both arrows for three seconds swaps F and C, and a five-second press on SET lets you nudge the reading to match another thermometer.\n\nCaspian",
     "retells en/thermostat/setup (JC13)"),
    ("Hi Mr Allardyce,\n\nLeave the lid on with the vents shut until you see sprouts, and you'll hardly need to water. Some fog on the lid is fine, but crack the vents open for a while each day if white fuzz shows up. When around half have come up, open it partway for a couple of days, then take it off for good.\n\nWinifred",
     "retells en/dome/humidity (JC13)"),
    ("Dear Ms Beaudry,\n\nMake the mix soupy, wet enough that a squeezed handful drips. Put it in a tub a few inches deep, press the blocker down with a twist a few times, then lift, place and plunge. Dunk the blocker in water between presses, and water the blocks from underneath.\n\nTeodor",
     "retells en/blocker/how-to (JC13)"),
    ("Hello Mr Cudworth,\n\nHang the bars a couple of inches over the seedlings and lift them as the plants grow. Pale, bleached leaves mean they're too close; tall, leaning stems mean too far or not enough hours. Run the timer for 14 to 16 hours and give them a proper night.\n\nImogen",
     "retells en/lightstand/height (JC13)"),
    ("Hi Ms Dasgupta-Lowe,\n\nStrap the frame to a fence or wall and stake the corners before you fill it, keep the heavy trays low, and unzip the front once it's warmer than about 60 F outside. Zip it back up late in the day so it keeps the heat in overnight.\n\nCaspian",
     "retells en/greenhouse/venting (JC13)"),
    ("Hello Mr Entwistle,\n\nWhen the heat mat has seen you through a full sowing, we'd be glad if you told other growers about it in an Amazon review, good or bad.\n\nWinifred",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("焦先生，您好：\n\n基质刚拆开比较干，先倒进盆里分几次加温水拌匀，抓一把能捏成团、一碰就散就行了，放二十分钟再装盘。播种后从底部补水或者用喷壶，别直接大水浇。剩下的扎紧袋口放阴凉处。\n\n顾晨阳",
     "改写 zh/mix/prep (JC13)"),
    ("甄女士，您好：\n\n按“设定”键再用上下键就能改目标温度，育苗一般二十四到二十九度。菜单里 dF 是回差，默认一度；AH 是高温报警，超过会响并断电。探头记得插进基质里。\n\n蔺雨桐",
     "改写 zh/thermostat/settings (JC13)"),
    ("麦先生，您好：\n\n幼苗贴着土的茎变细倒下，多半是猝倒病，湿度太大、不通风造成的。出苗一半就把盖子拿掉，改成底部浇水，旁边开个小风扇。倒了的苗救不回来，连土一起清掉，下次播种前把苗盘烫洗一下。\n\n顾晨阳",
     "改写 zh/dome/damping-off (JC13)"),
    ("佟女士，您好：\n\n照片收到了，已经交给产品部门的同事看，我们周五之前在这里回复您，有新情况随时补充。\n\n蔺雨桐",
     "改写 zh/holding/update (JC12, JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("佘先生 您好：\n\n加熱墊平放使用，別折也別埋進土裡，一定要接溫控器，探頭插在土裡。不用時拔插頭，收的時候捲大一點。表面有裂痕或電線破皮就別再用，跟我們說一聲。\n\n裘郁婷",
     "改寫 zh-tw/heatmat/safety (JC13)"),
    ("闞先生 您好：\n\n定時器先長按時鐘鍵調好現在時間，再用「開」「關」兩個鍵設定開燈和關燈時間，看到小太陽就代表設定成功。每天照十四到十六小時，停電超過三天要重設時間。\n\n甯子謙",
     "改寫 zh-tw/lightstand/timer (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. logistics plus advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Fothergill,\n\nYour Brightshelf stand will arrive with FedEx on Wednesday. Before you hang the bars, wipe the shelves with a damp cloth, and keep the lights two inches above the trays for the first week.\n\nTeodor",
     "delivery day plus first-week light advice (JC8)"),
    ("Hello Ms Goodhew,\n\nThe replacement probe for your thermostat shipped this morning by USPS. Until it arrives, put the mat on a plug-in timer, 12 hours on and 12 off, so the trays can't overheat.\n\nImogen",
     "replacement shipped plus an interim way to run the mat (JC8)"),
    ("Dear Mr Heppell,\n\nYou'll find the return label for the mix under Your Orders. If you'd like to give the bag another try first, soak it with warm water overnight; very dry coir often looks dusty and sheds water at the start.\n\nCaspian",
     "return label plus advice on wetting the mix (JC8)"),
    ("Hi Ms Isherwood,\n\nYour parcel is waiting for customs release in Sydney, probably for one more day. Meanwhile, if you are reusing last year's trays, wash them in a mild bleach solution so they're ready when the mat arrives.\n\nWinifred",
     "customs plus tray hygiene advice (JC8)"),
    ("Hello Mr Jardine-Oke,\n\nExpect a call from the freight company this week to book a delivery slot for the Wintergate greenhouse. While you wait, level the base area: the frame needs ground that is flat to within half an inch along its length, or the doors will bind.\n\nTeodor",
     "freight booking plus site preparation advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("漆先生，您好：\n\n补发的探头明天由 USPS 寄出。收到之前，加热垫可以先接在定时插座上，开十二小时、关十二小时，避免温度过高。\n\n顾晨阳",
     "补发加临时使用建议 (JC8)"),
    ("蒲女士，您好：\n\n灯架预计周三送达。装好以后，第一周请把灯条放在离苗盘五厘米左右的位置，每天开十六小时。\n\n蔺雨桐",
     "送达日期加使用建议 (JC8)"),
    ("宇文先生，您好：\n\n您的包裹还在清关，大约再等一两天。这期间可以先把旧苗盘用稀释的漂白水泡一泡、冲洗干净，等加热垫到了就能直接播种。\n\n顾晨阳",
     "清关加苗盘消毒建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("邴先生 您好：\n\n新的保濕蓋已經補寄給您，這幾天先拿保鮮膜蓋在育苗盤上代替，每天掀開透氣一次就好。\n\n裘郁婷",
     "補寄加臨時保濕建議 (JC8)"),
    ("糜小姐 您好：\n\n溫控器預計週四送達。收到後請把探頭插進中間那格的土裡，溫度先設在攝氏二十六度左右。\n\n甯子謙",
     "送達日期加設定建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/germination/heat-mat-temps", dict(buyer_name="Mr Yardley", crop="peppers", mat=MAT_S, agent_name=A1),
        "more prone to rot.",
        "P.S. Until the end of the month, code SPROUT15 takes 15% off a second Emberline mat.",
        [MKT, TR], "P.S. with a discount code for a second mat", sep="\n\n")
add_bad("en/dome/humidity", dict(buyer_name="Ms Aspinall", kit=KIT, agent_name=A2),
        "more likely to damp off.",
        "Happy with how they're sprouting? Then please rate the kit five stars; every top rating keeps our little company growing.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/thermostat/setup", dict(buyer_name="Mr Waddilove", thermostat=THERMO, agent_name=A3),
        "in steps of one degree.",
        "For quicker answers, text our grow coach directly on (541) 555-0137.",
        [OPC, TR], "support moved to a text-message number")
add_bad("en/warranty/claim", dict(buyer_name="Ms Stobart", product=MAT_L, warranty_period="two-year",
        case_id="SPW-CS-47321", order_id="114-9884995-7057080", agent_name=A4),
        "for order 114-9884995-7057080.",
        "While we look into it, please hold off on writing a review; an unhappy review now would hardly be fair before we've had our chance.",
        [RI, TR], "diversion: an unhappy buyer is asked not to review")
add_bad("en/lightstand/height", dict(buyer_name="Mr Tinsley", stand=STAND, agent_name=A1),
        "around the clock.",
        "Exciting news: the Brightshelf 4-Tier with dimmable bars lands next week, and anyone who pre-orders now gets a tray kit thrown in.",
        [MKT, TR], "new-product announcement with a pre-order push", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Upjohn", product=MAT_S, order_id="113-6282050-4302137",
        agent_name=A2), "whatever it says.",
        "Once your review is up, send us the link and we'll post you a Tamp Mini blocker on the house.",
        [RI, TR], "free blocker in exchange for a review")
add_bad("en/blocker/how-to", dict(buyer_name="Mr Verity", blocker=BLOCK2, agent_name=A3),
        "rather than over the top.",
        "We post short blocking videos every week, so follow us on Instagram at @sprigwellgrows to catch them.",
        [MKT, OPC, TR], "a follow push to a social-media account: off-platform and a promotional call to action (JC19)")
add_bad("en/greenhouse/venting", dict(buyer_name="Ms Wheelock", greenhouse=MINI, agent_name=A4),
        "the centre of weight stays low.",
        "The replacement corner stakes go out tomorrow, and you can watch their progress on sprigwell-grow.com/shipments, which updates faster than Amazon does.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Ms Kittredge,\n\nThe refund for your returned heat mat has gone through. Now that it's settled, could you take down the 2-star review? As soon as it's gone we'll refund the thermostat you bought with it as well.\n\nTeodor",
     [RI, TR], "refund of a return (logistics) plus a further refund for removing a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/mix/prep", dict(buyer_name="雷先生", mix=MIX_ZH, agent_name=Z1),
        "放在阴凉干燥处保存。",
        "有问题也可以直接加我们的微信 sprigwell_seed，客服在线时间更长。",
        [OPC, TR], "客服转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="舒女士", product=KIT_ZH, order_id="111-3518598-7424605",
        agent_name=Z2), "都是我们改进的依据。",
        "写完评论后截图发给我们，即送一套 Tamp 土块器，给五星好评还另有惊喜。",
        [RI, TR], "留评截图送礼，五星好评另有奖励")
add_bad("zh/thermostat/settings", dict(buyer_name="鲍先生", thermostat=THERMO_ZH, agent_name=Z1),
        "加热垫会过早停止工作。",
        "另外，新款 Emberline 双区温控器本周上市，首发价八折，欢迎下单。",
        [MKT, TR], "新品上市八折促销")
add_bad("zh/dome/damping-off", dict(buyer_name="滑女士", kit=KIT_ZH, agent_name=Z2),
        "清洗一遍。",
        "问题处理好以后，还请您把商品页上那条差评删掉，或者改成好评。",
        [RI, TR], "要求删除或修改差评")
add_bad("zh/holding/update", dict(buyer_name="乐先生", topic="加热垫表面有一处发黄", reply_by="本周四", agent_name=Z1),
        "我们都能看到。",
        "以后再买加热垫，可以直接在我们的官网 sprigwell-grow.com 下单，比在亚马逊上便宜一成。",
        [MKT, OPC, TR], "引导到卖家官网下单并以低价招揽")
free(V, "zh", "阙女士，您好：\n\n您退回的温控器我们已经收到。亚马逊退款要等好几天，我们可以直接通过支付宝把钱转给您，麻烦把支付宝账号发过来。\n\n蔺雨桐",
     [OPC], "退货退款改走支付宝：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/heatmat/safety", dict(buyer_name="晁小姐", mat=MAT_TW, agent_name=W1),
        "並回覆本訊息告訴我們。",
        "如果需要更即時的協助，歡迎加入我們的 LINE 官方帳號 @sprigwell.garden。",
        [OPC, TR], "客服轉到 LINE 官方帳號")
add_bad("zh-tw/lightstand/timer", dict(buyer_name="沙先生", stand=STAND_TW, agent_name=W2),
        "請重新設定目前時間。",
        "幼苗長得好的話，請給我們五星好評，對我們幫助很大。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "危小姐 您好：\n\n您的 Dewcap 育苗盤套裝今天交寄 UPS，單號 1Z6Y4R299342115449。另外，追蹤我們的臉書粉絲專頁並分享貼文，就能參加每月抽獎，獎品是整套植物燈架。\n\n裘郁婷",
     [MKT, OPC, TR], "出貨通知（物流）加臉書粉專抽獎；抽獎與社群導流不是物流 (JC3, JC19)", ["free-written"], trad=True)
