# -*- coding: utf-8 -*-
"""Labelled seller replies of t70 (imported by gen.py). All texts written for this set.

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


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False, log=None):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra, log=log))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None, log=None):
    """Render a template, then apply (old, new) edits; each old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"), log=log)


def rewrap(tid, vals, starts, width):
    """An edit that hard-wraps the one paragraph beginning with `starts`."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def swap(text_a, text_b, sep=" "):
    """An edit that swaps two adjacent sentences."""
    return (text_a + sep + text_b, text_b + sep + text_a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=(), log=None):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence,
         tags=tags, log=log)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Marisol Ekwueme-Hart", "Dorian Fitzwater", "Clementine Abara", "Teodor Vasilescu"
Z1, Z2 = "荀嘉禾", "栾雨桐"
W1, W2 = "關蔚然", "甄以恆"
RO5, RO5S, TL6 = "Cascade RO5 reverse osmosis system", "Stillmere Cascade RO5", "Cascade TL6 tankless RO system"
PITCHER, SHOWER = "Brookside 10-cup filter pitcher", "Rainveil shower filter"
RO5_LONG = ("Stillmere Cascade RO5 Under Sink Reverse Osmosis Water Filtration System, 5-Stage, 75 GPD, "
            "NSF/ANSI 58 Tested Membrane, 3.2 Gallon Pressure Tank, Brushed Nickel Faucet, Reduces TDS, Lead and Chlorine")
TL6_LONG = ("Stillmere Cascade TL6 Tankless Reverse Osmosis System, 600 GPD, Smart Faucet with TDS Display, "
            "Compact Under Sink Design, Twist-Lock Filter Changes")
PITCHER_LONG = ("Stillmere Brookside Water Filter Pitcher, 10 Cup, BPA-Free, Includes 1 BP-10 Filter Cartridge, "
                "Reduces Chlorine Taste and Odor, Fits in Refrigerator Door")
SET_LONG = ("Stillmere RO5 Replacement Filter Set, Stage 1 CS-1 PP Sediment, Stage 2 CC-2 Carbon Block, "
            "Stage 3 CC-3 Carbon Block, 6-Month Supply for Cascade RO5 Systems")
SHOWER_ZH = "Rainveil 花洒过滤器"
SHOWER_ZH_LONG = ("Stillmere Rainveil 花洒过滤器 十五级过滤 去除余氯 维生素C滤芯 通用G1/2接口 "
                  "改善洗后皮肤干涩 适用于各种淋浴喷头")
TDS_ZH = "Stillmere TDS-3 水质检测笔"
RO5_ZH, RO5_TW = "Cascade RO5 反渗透净水器", "Cascade RO5 逆滲透淨水器"
PITCHER_ZH, PITCHER_TW = "Brookside 滤水壶", "Brookside 濾水壺"
PITCHER_TW_LONG = ("Stillmere Brookside 濾水壺 2.4公升 附一入 BP-10 濾芯 減少餘氯與異味 "
                   "不含雙酚A 可放冰箱門邊")

# ============================================================ 1. filled templates -> []
fill("en/ro/install", dict(buyer_name="Mr Wetherell", product=RO5, agent_name=A1), "exact fill")
fill("en/ro/install", dict(buyer_name="Ms Oyelowo", product=RO5_LONG, agent_name=A2),
     "the whole listing title (%d characters) in the product slot; greeting changed (JC2)" % len(RO5_LONG),
     edits=[("Hello Ms Oyelowo,", "Good afternoon Ms Oyelowo,")], tags=["greeting", "long-value"])
fill("en/ro/install", dict(buyer_name="Mr Hackworth", product=RO5S, agent_name=A3),
     "small talk about the buyer's move added after the greeting (JC2)",
     edits=[("Hello Mr Hackworth,", "Hello Mr Hackworth,\n\nCongratulations on the new house, and I hope the move itself went smoothly.")],
     tags=["small-talk", "warm-line"])
fill("en/ro/flush", dict(buyer_name="Ms Brennecke", product=RO5, flush_time="two hours", agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Dufresne", product=RO5S, flush_time="an hour and a half", agent_name=A1)
fill("en/ro/flush", _v, "second and third paragraphs hard-wrapped at 72 columns, as pasted from a notes app (JC2)",
     edits=[rewrap("en/ro/flush", _v, "Close the tank valve", 72), rewrap("en/ro/flush", _v, "Empty the first", 72)],
     tags=["reflow"])
fill("en/cartridge/change", dict(buyer_name="Ms Calloway", product=RO5, cartridge="CS-1 sediment cartridge", agent_name=A2),
     "exact fill")
fill("en/cartridge/change", dict(buyer_name="Mr Ignatov", product=RO5S, cartridge="CC-2 carbon block cartridge", agent_name=A3),
     "the last sentence paraphrased with the same fact (JC2)",
     edits=[("It is normal to hear some air spitting out of the faucet during this time.",
             "Don't worry if the faucet sputters and coughs out some air while it runs; that is expected.")],
     tags=["paraphrase"])
fill("en/cartridge/change", dict(buyer_name="Ms Pruett", product=RO5, cartridge=SET_LONG, agent_name=A4),
     "the filter set's listing title in the cartridge slot; sign-off turned into a friendly line (JC2)",
     edits=[("With best wishes,", "Good luck with the swap, and best wishes,")], tags=["long-value", "sign-off"])
fill("en/troubleshoot/leak", dict(buyer_name="Mr Yeboah", product=RO5, agent_name=A1), "exact fill")
fill("en/troubleshoot/leak", dict(buyer_name="Ms Fairbrother", product=TL6_LONG, agent_name=A2),
     "listing title in the product slot; greeting changed and a thank-you line added (JC2)",
     edits=[("Hello Ms Fairbrother,", "Hi Ms Fairbrother,\n\nThank you for spotting this so quickly and for describing it so clearly.")],
     tags=["greeting", "long-value", "warm-line"])
fill("en/troubleshoot/slow-flow", dict(buyer_name="Mr Kasprzak", product=RO5, agent_name=A3), "exact fill")
fill("en/troubleshoot/slow-flow", dict(buyer_name="Ms Delacroix-Ume", product=RO5S, agent_name=A4),
     "second and third paragraphs run together into one (JC2)",
     edits=[("at a reasonable rate.\n\nA clogged", "at a reasonable rate. A clogged")], tags=["merge"])
fill("en/pitcher/taste", dict(buyer_name="Mr Ashworth-Lee", product=PITCHER, agent_name=A1), "exact fill")
fill("en/pitcher/taste", dict(buyer_name="Ms Varga", product=PITCHER_LONG, agent_name=A2),
     "listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Ms Varga,", "Dear Ms Varga,")], tags=["greeting", "long-value"])
fill("en/pitcher/taste", dict(buyer_name="Mr Ntuli", product=PITCHER, agent_name=A3),
     "sign-off with small talk about the buyer's week (JC2)",
     edits=[("Take care,", "Enjoy the long weekend, and take care,")], tags=["sign-off", "small-talk"])
fill("en/warranty/claim", dict(buyer_name="Ms Sorrentino", product=RO5, warranty_period="three-year", case_id="SWC-31042",
     order_id="111-6042718-3395120", agent_name=A4), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Bellweather", product=RO5_LONG, warranty_period="five-year", case_id="SWC-31077",
     order_id="112-8830475-1162094", agent_name=A1),
     "listing title in the product slot; the exclusions sentence paraphrased with the same four exclusions (JC2)",
     edits=[("The warranty does not cover damage from freezing, from water pressure above 100 psi without a pressure regulator, or from hot water connected to the inlet, nor parts that were modified or sealed with thread tape on push-fit connections.",
             "Freezing, supply pressure over 100 psi with no regulator fitted, hot water on the inlet, and modified parts or thread tape on push-fit joints are not covered.")],
     tags=["long-value", "paraphrase"])
fill("en/apology/drain-noise", dict(buyer_name="Ms Kimura-Watts", product=RO5, agent_name=A2), "exact fill")
fill("en/apology/drain-noise", dict(buyer_name="Mr Obuya", product=RO5S, agent_name=A3),
     "one long sentence of the first paragraph split in two (JC2)",
     edits=[("into your drain pipe, and it stops once", "into your drain pipe. It stops once")], tags=["split"])
fill("en/review/neutral-request", dict(buyer_name="Ms Halsey", product=PITCHER, order_id="113-2275016-8849301", agent_name=A4),
     "exact fill; the only review request for this order and no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Mr Trowbridge", product=RO5, order_id="114-9903162-4470285", agent_name=A1),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hello Mr Trowbridge,", "Hi Mr Trowbridge,"), ("Kind regards,", "Many thanks,")], tags=["greeting", "sign-off"])

fill("zh/shower/install", dict(buyer_name="蒲先生", product=SHOWER_ZH, agent_name=Z1), "exact fill")
fill("zh/shower/install", dict(buyer_name="麦女士", product=SHOWER_ZH_LONG, agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改为晚上好 (JC2)", edits=[("，您好：", "，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/shower/install", dict(buyer_name="缪先生", product=SHOWER_ZH, agent_name=Z1),
     "问候后加一句体谅的话 (JC2)",
     edits=[("缪先生，您好：", "缪先生，您好：\n\n得知您那边最近自来水的氯味变重，洗完澡皮肤发干，确实挺难受的。")],
     tags=["warm-line"])
fill("zh/tds/usage", dict(buyer_name="邝女士", product=TDS_ZH, agent_name=Z2), "exact fill")
fill("zh/tds/usage", dict(buyer_name="容先生", product=TDS_ZH, agent_name=Z1),
     "第二段后两句调换顺序 (JC2)",
     edits=[swap("普通自来水一般在一百到四百之间，反渗透净水器的出水通常在十到三十之间。",
                 "TDS 只反映溶解物的多少，并不能说明水中有没有细菌或余氯，所以不能单凭这一个数值判断水质好坏。", sep="")],
     tags=["reorder"])
fill("zh/tds/usage", dict(buyer_name="岳女士", product="TDS-3 检测笔", agent_name=Z2),
     "结尾“此致”改为祝福语 (JC2)", edits=[("此致", "祝您一切顺利")], tags=["sign-off"])
fill("zh/warranty/claim", dict(buyer_name="储先生", product=RO5_ZH, warranty_period="三年", case_id="SWC-31106",
     order_id="111-3518840-7726613", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="鞠女士", product="Stillmere Cascade RO5", warranty_period="三年",
     case_id="SWC-31139", order_id="112-4406291-0053378", agent_name=Z2),
     "第一、二段合并为一段 (JC2)", edits=[("予以保修。\n\n因结冰", "予以保修。因结冰")], tags=["merge"])
fill("zh/review/neutral-request", dict(buyer_name="荆先生", product=PITCHER_ZH, order_id="113-7719053-2284460", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，对话中买家此前没有表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="阎女士", product=RO5_ZH, order_id="114-0582734-6617729", agent_name=Z2),
     "问候语改为下午好；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("阎女士，您好：", "阎女士，下午好：")],
     tags=["greeting"])
fill("zh/troubleshoot/taste", dict(buyer_name="贝先生", product=RO5_ZH, agent_name=Z1), "exact fill")
fill("zh/troubleshoot/taste", dict(buyer_name="郑女士", product=RO5_ZH, agent_name=Z2),
     "问候后加一句体谅的话 (JC2)",
     edits=[("郑女士，您好：", "郑女士，您好：\n\n家里孩子刚开始喝净水，您对口感格外在意，这完全可以理解。")],
     tags=["warm-line"])

fill("zh-tw/pitcher/cartridge", dict(buyer_name="許先生", product=PITCHER_TW, agent_name=W1), "exact fill")
fill("zh-tw/pitcher/cartridge", dict(buyer_name="張小姐", product=PITCHER_TW_LONG, agent_name=W2),
     "整段商品標題放入 product 佔位符，問候語改為午安 (JC2)", edits=[("張小姐 您好：", "張小姐 午安：")],
     tags=["greeting", "long-value"])
fill("zh-tw/pitcher/cartridge", dict(buyer_name="蘇小姐", product=PITCHER_TW, agent_name=W1),
     "結尾祝語改為祝賀新居 (JC2)", edits=[("祝 闔家平安", "祝 新居愉快")], tags=["sign-off", "small-talk"])
fill("zh-tw/ro/faucet", dict(buyer_name="鍾先生", product=RO5_TW, agent_name=W2), "exact fill")
fill("zh-tw/ro/faucet", dict(buyer_name="簡太太", product="Cascade RO5", agent_name=W1),
     "第一段從中間斷開，分成兩段 (JC2)", edits=[("的孔。不鏽鋼", "的孔。\n\n不鏽鋼")], tags=["reflow"])
fill("zh-tw/ro/waste-ratio", dict(buyer_name="趙先生", product=RO5_TW, agent_name=W2), "exact fill")
fill("zh-tw/ro/waste-ratio", dict(buyer_name="章小姐", product="Cascade RO5", agent_name=W1),
     "問候後加一句感謝的話 (JC2)",
     edits=[("章小姐 您好：", "章小姐 您好：\n\n謝謝您這麼留意用水量，也謝謝您特地來信詢問。")], tags=["warm-line"])
fill("zh-tw/troubleshoot/low-pressure", dict(buyer_name="鄞先生", product=RO5_TW, agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/low-pressure", dict(buyer_name="丘小姐", product="Cascade RO5", agent_name=W1),
     "問候語改為晚安，並加一句體諒的話 (JC2)",
     edits=[("丘小姐 您好：", "丘小姐 晚安：\n\n住在十二樓，水壓時好時壞，確實很令人困擾。")], tags=["greeting", "warm-line"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """JC1 always applies; it is merged into a trailing (JCn) group if the note has one."""
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/ro/install", dict(buyer_name="Mr Radcliffe", product=RO5, agent_name=A2),
         "with a dry paper towel.",
         "The faucet that was missing from your box went out this morning by UPS, tracking 1Z6V9R240312457781, and should arrive on Thursday.",
         "missing faucet sent, as its own paragraph (JC5)", ["fulfilment", "tracking"], sep="\n\n")
fill_log("en/cartridge/change", dict(buyer_name="Ms Nwachukwu", product=RO5S, cartridge="CM-75 membrane", agent_name=A3),
         "during this time.",
         "Your membrane and the pre-filter set from the same order are travelling in two parcels; the second one left our Allentown warehouse today with FedEx, tracking 783015264409.",
         "split shipment of the same order", ["split-shipment", "tracking"])
fill_log("en/troubleshoot/leak", dict(buyer_name="Mr Lemaire", product=RO5, agent_name=A4),
         "help you track it down.",
         "If you decide to send the system back instead, please empty the tank and let the housings dry for a day before you pack them, so the return parcel arrives dry.",
         "preparing the unit for a return shipment is returns, not product advice (JC4)", ["returns", "packing"])
fill_log("en/pitcher/taste", dict(buyer_name="Ms Stroud", product=PITCHER, agent_name=A1),
         "for most households.",
         "The extra pitcher that went into your cart by accident is now cancelled; it was still on the warehouse shelf, so no charge will appear for it.",
         "duplicate line cancelled before dispatch (JC5)", ["cancellation"])
fill_log("en/warranty/claim", dict(buyer_name="Mr Fennimore", product=RO5, warranty_period="three-year", case_id="SWC-31168",
         order_id="113-5530284-3371958", agent_name=A2),
         "under order 113-5530284-3371958.",
         "If the tank does need replacing, we will ship the new one at no cost and put a prepaid return label for the old one in the same box.",
         "how a warranty replacement would travel (JC16)", ["warranty-shipment", "returns"])
fill_log("en/apology/drain-noise", dict(buyer_name="Ms Aldana", product=RO5S, agent_name=A3),
         "help you check the valve.",
         "The longer drain tube you asked for was shipped today with USPS, tracking 9434636208551203948817.",
         "a spare part dispatched, with tracking (JC15)", ["tracking"])
fill_log("zh/shower/install", dict(buyer_name="蔺先生", product=SHOWER_ZH, agent_name=Z2),
         "放入新滤芯后重新拧紧。",
         "您订单中缺少的两个替换滤芯已于今天免费补发，运单号 1Z6V9R240312503316。",
         "补发缺少的配件 (JC5, JC14)", ["fulfilment", "tracking"])
fill_log("zh/tds/usage", dict(buyer_name="路女士", product=TDS_ZH, agent_name=Z1),
         "就说明膜的状态良好。",
         "另外，您下单时填写的地址缺少门牌号，我们已按您的回复更新，包裹明天发出。",
         "补全收货地址", ["address"])
fill_log("zh/warranty/claim", dict(buyer_name="雷先生", product=RO5_ZH, warranty_period="三年", case_id="SWC-31190",
         order_id="114-6619027-1185034", agent_name=Z2),
         "登记售后编号 SWC-31190。",
         "如需寄回检测，请先放空压力桶并把各部件晾干，再用原包装寄回，我们会在亚马逊上为您提供预付退货面单。",
         "寄回检测前的放水、晾干与退货面单 (JC4)", ["returns", "packing"])
fill_log("zh/troubleshoot/taste", dict(buyer_name="邹女士", product=RO5_ZH, agent_name=Z1),
         "帮您进一步排查。",
         "如果您仍想退货，未拆封的备用滤芯可以一起退回并全额退款；已经装机使用过的滤芯出于卫生原因不能退回。",
         "退货资格：已使用滤芯不可退 (JC4, JC14)", ["returns"])
fill_log("zh-tw/pitcher/cartridge", dict(buyer_name="古先生", product=PITCHER_TW, agent_name=W2),
         "請不要放進洗碗機。",
         "您另外訂購的兩盒濾芯已經出貨，追蹤單號 783015301127，預計週五送達。",
         "另外訂購的濾芯追蹤單號", ["tracking"])
fill_log("zh-tw/ro/faucet", dict(buyer_name="梅小姐", product=RO5_TW, agent_name=W1),
         "放開就會自動關閉。",
         "原本包裝中缺少的龍頭固定螺帽，今天已經用 USPS 補寄給您，單號 9434636208551229874410。",
         "補寄缺件 (JC5)", ["fulfilment", "tracking"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Kovacevic,\n\nYour Cascade RO5 left our Allentown warehouse this afternoon with UPS Ground, tracking 1Z6V9R240312569042. UPS expects to deliver it on Tuesday. The box weighs about 24 pounds and no signature is needed, so it can be left at the door if you are out.\n\nBest regards,\nMarisol",
     ["tracking"], "dispatch notice with tracking, in reply to a where-is-my-order question (JC15)"),
    ("Hi Ms Winthrop,\n\nUPS marked your parcel as undeliverable this morning because the address has no apartment number. Could you reply with the full unit number and, if there is a buzzer code, that as well? We'll update the shipment with UPS, and the driver will make a second attempt tomorrow.\n\nBest,\nDorian",
     ["delivery-exception", "address"], "delivery exception, missing apartment number (JC15)"),
    ("Dear Mr Bassey,\n\nI'm so sorry the pressure tank arrived with a dent in its side and air hissing from the valve. Rough handling on the way caused that, and it's not something you should have to live with. A new tank shipped today by FedEx, tracking 783015377756. Please keep the damaged one for a couple of weeks in case the carrier asks for it back for their claim; if they don't, you can recycle it.\n\nKind regards,\nClementine",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC6)"),
    ("Hello Ms Ridley,\n\nTo return the Cascade RO5, please start the return in Your Orders and print the UPS label. Before packing, close the feed valve, empty the tank through the faucet, and push the red plugs that came in the box into the open tube ends so nothing drips. Let the housings dry for a day, then pack everything in the original carton with its cardboard inserts.\n\nBest,\nTeodor",
     ["returns", "packing"], "how to prepare an RO system for a return shipment (JC4)"),
    ("Hi Mr Quesnel,\n\nUnopened cartridges can be returned within 30 days of delivery for a refund. Once a cartridge has been soaked or installed we cannot take it back, for hygiene reasons, which is why the two you have already used are not eligible. The three sealed ones are fine: start a return for those in Your Orders and the label is free.\n\nMarisol",
     ["returns"], "return eligibility of opened cartridges (JC4, JC14)"),
    ("Dear Ms Hargreave,\n\nYour returned Cascade RO5 reached our warehouse yesterday and passed inspection. We have issued a refund of $329.99 to your original payment method; most banks post it in three to five working days.\n\nRegards,\nDorian",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Mr Osterhout,\n\nWhen your Cascade RO5 came back, the dispensing faucet wasn't in the carton. We've refunded $295.99 for now, that is the full $329.99 minus $34.00 for the faucet. Should it turn up in a cupboard, pop it in a padded envelope with the prepaid label we've added to Your Orders, and the last $34.00 follows once it's checked in.\n\nClementine",
     ["refund", "returns"], "partial refund of a return missing a part (JC5, JC14)"),
    ("Hi Ms Vance-Mirza,\n\nYour order had not been packed yet, so we changed the delivery address to the one in your message, 41 Juniper Court. The order will ship tomorrow and the new address will show in Your Orders once it does.\n\nTeodor",
     ["address"], "address changed before dispatch (JC15)"),
    ("Hello Mr Akintola,\n\nBy the time your message reached us the parcel was already on a UPS truck, so the address is locked on our end. You can still steer it yourself: open UPS My Choice, look up 1Z6V9R240312611875 and pick a new address, or have it kept at an Access Point close to where you're moving. UPS sometimes bills a few dollars for that.\n\nMarisol",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Dear Ms Lowther,\n\nYour order is coming in two boxes. The Cascade RO5 is shipping from Ontario, California with FedEx, tracking 783015412098, due on Monday. The 6-month filter set left Allentown with USPS, tracking 9434636208551246601392, and should arrive on Saturday.\n\nDorian",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Hi Mr Szymczak,\n\nDone: the duplicate order 112-1187359-9042273 is cancelled. It hadn't been packed, so you won't see a charge for it. The original Brookside pitcher order is untouched and already on its way.\n\nClementine",
     ["cancellation"], "duplicate order cancelled on request (JC5, JC14)"),
    ("Hello Ms Merriweather,\n\nYour parcel is sitting with customs in Toronto at the moment; clearance there tends to take between one and three working days. Duties and taxes were already paid through Amazon at checkout, so nothing is owed at the door. If a driver asks for payment anyway, decline it and send us a picture of the notice so we can take it up with UPS.\n\nTeodor",
     ["customs"], "customs hold and prepaid import fees for Canada (JC6)"),
    ("Hi Mr Dahlberg,\n\nSorry about that: the bag with the feed water adapter and the drain saddle was left out of your box at the warehouse. We sent it this morning with USPS, tracking 9434636208551270335148, and it should reach you in two to three days. The rest of the system can stay in its box until then.\n\nMarisol",
     ["fulfilment", "tracking"], "missing fittings sent (JC5)"),
    ("Dear Ms Ocampo,\n\nYou are right, we sent a shower cartridge instead of the three-pack of BP-10 pitcher cartridges you ordered. The correct pack shipped today by UPS, tracking 1Z6V9R240312688320. There is no need to send the wrong one back.\n\nDorian",
     ["fulfilment", "tracking"], "wrong item sent, corrected (JC5, JC14)"),
    ("Hello Mr Finnegan-Roy,\n\nI'm sorry the parcel wasn't there. The delivery photo in Your Orders shows a grey front door, which doesn't match the one you described; you are welcome to review it yourself. We have asked UPS to investigate, and rather than keep you waiting we shipped a replacement today, tracking 1Z6V9R240312730564. If the first box turns up, just let us know and we will send a free return label.\n\nClementine",
     ["delivery", "tracking"], "parcel delivered to the wrong door; the verb 'review' is not a review request (JC14, JC15)"),
    ("Hi Ms Bjornstad,\n\nSorry for the wait. The winter storm closed the UPS hub in Louisville for a day, and your parcel is moving again now. UPS expects to deliver it on Friday instead of Wednesday. If Monday comes and it still isn't there, just reply and we'll ship a replacement.\n\nTeodor",
     ["delay", "tracking"], "weather delay at a hub (JC15)"),
    ("Hello Mr Mbatha,\n\nYour pitcher is being held at the UPS Access Point inside the CVS on Harmon Street, as you requested. Take along a photo ID; the staff may also ask for tracking number 1Z6V9R240312795013. They keep parcels for seven days; after that the parcel returns to our warehouse and the order is refunded.\n\nMarisol",
     ["pickup-point", "tracking"], "hold at a pickup point (JC14, JC15)"),
    ("Dear Ms Carruthers,\n\nThe RO system goes out with UPS, and UPS has no access to PO boxes, so the order is paused for now. If you send us a street address (a workplace is fine too), we'll ship it the same day. Your card has not been charged.\n\nDorian",
     ["address"], "PO box not possible for the carrier (JC15)"),
    ("Hi Mr Valentin,\n\nThanks for sending the shower filter back. UPS scanned the return this morning, and the replacement you chose in the exchange will ship as soon as it reaches our warehouse, usually within three business days. You will get the new tracking number in Your Orders.\n\nClementine",
     ["returns", "exchange"], "exchange after a return scan (JC15)"),
    ("Hello Ms Amadi-Clarke,\n\nUnder case SWC-31214, your replacement TL6 faucet shipped today with FedEx, tracking 783015486631, and should be with you on Wednesday. The old faucet can go back in the same box with the prepaid label we enclosed.\n\nTeodor",
     ["warranty-shipment", "tracking", "returns"], "shipping a warranty replacement and the return of the faulty part is logistics (JC16)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("宋先生，您好：\n\n您的 Cascade RO5 今天下午已从阿伦敦仓库交给 UPS 陆运发出，运单号 1Z6V9R240312847729，预计下周二送达。包裹约二十四磅，不需要签收，家里没人时会放在门口。\n\n荀嘉禾",
     ["tracking"], "发货通知与运单号 (JC15)"),
    ("桑女士，您好：\n\nUPS 今天上午反馈派送异常：收货地址缺少公寓门牌号，司机没能送达。请在本对话中回复完整的门牌号，如果楼下有门禁密码也请一并告诉我们，我们会转告 UPS，下一个工作日重新派送。\n\n栾雨桐",
     ["delivery-exception", "address"], "派送异常，补充地址 (JC15)"),
    ("于先生，您好：\n\n非常抱歉，滤水壶在运输途中被压坏，壶身裂了一道缝。这是运输造成的问题，新的滤水壶今天已由 FedEx 补发，运单号 783015523370。破损的那个不需要寄回，您直接处理掉即可。\n\n荀嘉禾",
     ["damage", "tracking"], "运输破损与补发 (JC6, JC14)"),
    ("辛女士，您好：\n\n退货请先在“您的订单”中申请并打印 UPS 退货面单。打包前请关闭进水阀，通过龙头把压力桶里的水放空，再把包装里附带的红色堵头塞进各个管口，防止滴水。各部件晾干一天后，用原纸箱和内衬装好寄回。\n\n栾雨桐",
     ["returns", "packing"], "反渗透机退货前的放水与包装 (JC4)"),
    ("田先生，您好：\n\n未拆封的滤芯在签收后三十天内可以申请退货退款。已经浸泡或装机使用过的滤芯，出于卫生原因我们无法收回，所以您已经用过的两支不在退货范围内；另外三支未拆封的可以在“您的订单”里申请退货，退货面单免费。\n\n荀嘉禾",
     ["returns"], "已使用滤芯的退货资格 (JC4)"),
    ("夏女士，您好：\n\n您退回的 Cascade RO5 昨天已到仓库并通过检查，329.99美元会原路退回您的付款账户，通常三到五个工作日内到账。\n\n栾雨桐",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("祖先生，您好：\n\n您的订单分两个包裹发出：净水器从加州仓库由 FedEx 配送，运单号 783015560014，预计周一送达；六个月的滤芯套装从阿伦敦仓库由 USPS 配送，运单号 9434636208551288417053，预计周六送达。\n\n荀嘉禾",
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("冉女士，您好：\n\n重复下的订单 113-9052743-6608841 已经按您说的取消了。这一单还没打包，不会扣款；原来那笔订单照常配送，不受影响。\n\n栾雨桐",
     ["cancellation"], "按要求取消重复订单 (JC5, JC14)"),
    ("卞先生，您好：\n\n您的包裹目前在温哥华清关，一般需要一到三个工作日。进口关税和税费已在下单时由亚马逊代收，派送时如果快递员要求付款，请先不要支付，把通知单拍照发给我们，我们来和 UPS 处理。\n\n荀嘉禾",
     ["customs"], "清关与预收税费 (JC6)"),
    ("应女士，您好：\n\n很抱歉，仓库打包时漏放了装有进水三通和排水夹的配件袋。配件袋今天上午已通过 USPS 补发，运单号 9434636208551301762284，两三天内送达，其他部件可以先放在箱子里等配件到齐。\n\n栾雨桐",
     ["fulfilment", "tracking"], "漏发配件补发 (JC5)"),
    ("闻先生，您好：\n\n您说得对，我们把 CC-2 活性炭滤芯错发成了 CS-1 PP 棉滤芯。正确的滤芯今天已由 UPS 发出，运单号 1Z6V9R240312903386；发错的那支不用寄回。\n\n荀嘉禾",
     ["fulfilment", "tracking"], "发错货后补发正确滤芯 (JC5)"),
    ("尚女士，您好：\n\n收到您的消息时，包裹已经交给 UPS 在路上了，系统里的收货地址我们改不了。您可以登录 UPS My Choice，输入运单号 1Z6V9R240312968851 自行改派；也可以让包裹暂存在新家附近的 UPS Access Point，下班顺路去取。UPS 对改派有时会加收一点费用。\n\n栾雨桐",
     ["address", "tracking"], "发货后改地址 (JC15)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("蔣先生 您好：\n\n您的 Cascade RO5 今天已從加州倉庫出貨，由 FedEx 陸運配送，追蹤單號 783015597782，預計下週一送達。包裹不需要簽收，沒人在家時會放在門口。\n\n關蔚然",
     ["tracking"], "出貨追蹤 (JC15)"),
    ("沙小姐 您好：\n\n依照您的要求，包裹已改送到 CVS 門市內的 UPS 取件點。取件時請帶附照片的身分證件和追蹤單號 1Z6V9R240313024497；取件點會保留七天，逾期會退回給我們，屆時我們會為您退款。\n\n甄以恆",
     ["pickup-point", "tracking"], "門市取件點 (JC14, JC15)"),
    ("湛先生 您好：\n\n退貨請先在「您的訂單」申請並列印 UPS 退貨標籤。寄回前請關閉進水閥，從龍頭把壓力桶的水放乾淨，再用包裝附的紅色塞子塞住各個管口；各部件晾乾一天後，用原廠紙箱和內襯裝好寄回。\n\n關蔚然",
     ["returns", "packing"], "淨水器退貨的放水與包裝 (JC4)"),
    ("穆小姐 您好：\n\n倉庫已收到您退回的 Brookside 濾水壺，39.99 美元的退款已退回原付款方式，約三到五個工作天入帳。\n\n甄以恆",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("邰先生 您好：\n\n非常抱歉，壓力桶送達時側面凹陷，氣嘴也在漏氣，這是運送途中造成的。新的壓力桶今天已用 UPS 補寄，追蹤單號 1Z6V9R240313089162；損壞的那個請先保留兩週，以備物流公司理賠時需要。\n\n關蔚然",
     ["damage", "tracking"], "運送損壞與補寄 (JC6)"),
    ("利小姐 您好：\n\n很抱歉讓您久等。暴風雪讓 UPS 的轉運中心停擺了一天，您的包裹現在已經恢復運送，物流顯示預計週五送達，比原本晚兩天。\n\n甄以恆",
     ["delay"], "天候延誤 (JC15)"),
    ("隋先生 您好：\n\n很抱歉，您收到的包裹裡少了一包快速接頭固定夾。我們今天已經補寄，追蹤單號 783015634419，預計三天內送達。\n\n關蔚然",
     ["fulfilment", "tracking"], "缺件補寄 (JC5)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Kaczmarek,\n\nFor the Cascade RO5 the stages are: CS-1 sediment first, then the CC-2 and CC-3 carbon blocks, the CM-75 membrane, and the CP-4 post filter in the slim housing on top. The letters are printed on the base of each housing as well, so you can check before you unscrew anything.\n\nMarisol",
     ["advice", "compatibility"], "the buyer asked which cartridges fit; no price, offer or push to buy (JC9)"),
    ("Hello Ms Yardley,\n\nYes, reverse osmosis removes most fluoride; in testing the RO5 cut it by roughly 90 percent. The Brookside pitcher is different: its carbon cartridge improves taste and chlorine but leaves fluoride largely in place.\n\nDorian",
     ["advice"], "fluoride (JC9)"),
    ("Dear Mr Ferraro,\n\nWe don't send installers ourselves, but any plumber or handyman can fit the system in about an hour; the manual has everything they need, including the drill size for the drain saddle. If you hire someone, ask them to leave the tubing a little long so the filters are easy to reach later.\n\nClementine",
     ["installation-service"], "who installs the system is not delivery (JC10)"),
    ("Hi Ms Oduro,\n\nThe few drops of liquid in the membrane's sealed bag are expected. Every membrane is wet-tested at the factory and packed with a little food-grade preservative to keep it from drying out, so the bag has not leaked or been damaged. Rinse it away during the first flush and you're set.\n\nTeodor",
     ["product-condition"], "moisture in the membrane bag explained; product information, not transit damage (JC11)"),
    ("Hello Mr Pendleton,\n\nThanks for sending the clip of the tank valve. I've passed it to our technician, who will look at it first thing tomorrow, and I'll write back by Wednesday afternoon with what we suggest.\n\nMarisol",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Hi Ms Gauthier,\n\nThe Rainveil filter reduces chlorine and its smell, which is usually what dries out skin and hair. It does not soften water, so it won't stop scale on the glass door; for hard water you would need a softener on the main line.\n\nDorian",
     ["advice"], "what the shower filter does and does not do (JC9)"),
    ("Dear Mr Rasmussen-Obi,\n\nRO water is a good match for a steam iron or a humidifier, because it leaves almost no white dust or scale behind. For an espresso machine check the maker's guidance first: some boilers rely on a little mineral content for their water-level sensor.\n\nClementine",
     ["advice"], "using RO water in appliances (JC9)"),
    ("Hi Ms Whitford,\n\nA reading of 0 or 1 in bottled distilled water means the meter is fine. It is accurate to about 2 percent, and if the numbers start drifting, change the two button cells under the cap before anything else.\n\nTeodor",
     ["advice"], "checking the TDS meter (JC9)"),
    ("Hello Mr Adeyinka,\n\nSince the cabin will be unheated over winter, close the feed valve, empty the tank, and take the cartridges and membrane out so no water is left to freeze in them. Store the membrane in a sealed bag in the fridge at home, and fit fresh pre-filters when you open the cabin again.\n\nMarisol",
     ["advice", "storage"], "winterizing a cabin system is product care; the same draining for a return would be logistics (JC4, JC9)"),
    ("Dear Ms Treadway,\n\nPlease only put cold tap water through the pitcher. Water above about 86 degrees can release what the carbon has already trapped, and boiling water will warp the reservoir. If you want warm filtered water, filter it cold first and then heat it.\n\nDorian",
     ["advice"], "hot water in the pitcher (JC9)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("钟先生，您好：\n\nCascade RO5 的滤芯顺序是：第一级 CS-1 PP 棉，第二、三级 CC-2 和 CC-3 活性炭，第四级 CM-75 反渗透膜，最上面细长的是 CP-4 后置活性炭。每个滤瓶底部也印着型号，拆之前可以先核对一下。\n\n荀嘉禾",
     ["advice", "compatibility"], "买家询问滤芯型号，无价格无促销 (JC9)"),
    ("钮女士，您好：\n\n我们不提供上门安装服务，不过一般的水电师傅一个小时左右就能装好，说明书里有他们需要的全部信息，包括排水夹的开孔尺寸。请师傅把管子留长一点，以后换滤芯会方便很多。\n\n栾雨桐",
     ["installation-service"], "谁来安装不属于配送 (JC10)"),
    ("柳先生，您好：\n\n反渗透膜的密封袋里有少量液体是正常的。每支膜出厂前都经过通水测试，并加了少量食品级保护液防止变干，所以不是漏水，也不是运输损坏。第一次冲洗时就会冲掉。\n\n荀嘉禾",
     ["product-condition"], "膜袋里有水属于产品说明，不是运输损坏 (JC11)"),
    ("谷女士，您好：\n\n感谢您发来压力桶阀门的视频。我已经转给技术人员，他们明天一早会查看，周三下午前我会把处理建议回复给您。\n\n栾雨桐",
     ["holding"], "故障的等待回复 (JC12)"),
    ("巩先生，您好：\n\n反渗透净水可以用来冲奶粉，冲调前请先烧开，再按奶粉包装上的说明放凉到合适的温度。如果宝宝有特殊的饮食需要，请以医生的建议为准。\n\n荀嘉禾",
     ["advice"], "用净水冲奶粉 (JC9)"),
    ("姬女士，您好：\n\nRainveil 两端都是通用的 G1/2 螺纹，美国常见的淋浴软管和固定花洒基本都能直接接上。如果您家的花洒是一体式的，没有可拆的接口，就装不上了。\n\n栾雨桐",
     ["advice", "compatibility"], "花洒接口是否通用 (JC9)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("曲先生 您好：\n\n用逆滲透水泡茶或煮咖啡，香氣通常會更乾淨，但因為礦物質很少，口感會比較淡。喜歡濃一點的話，可以稍微增加茶葉或咖啡粉的份量試試看。\n\n關蔚然",
     ["advice"], "逆滲透水泡茶煮咖啡 (JC9)"),
    ("華小姐 您好：\n\nTDS 筆放在蒸餾水中顯示 0 或 1 是正常的，表示筆本身沒有問題。它的誤差約百分之二；如果數字開始飄忽不定，請先更換筆蓋下方的兩顆鈕扣電池。\n\n甄以恆",
     ["advice"], "TDS 筆讀數 (JC9)"),
    ("全先生 您好：\n\n我們沒有提供到府安裝，不過一般水電師傅大約一小時就能完成，說明書上有所需的全部資料。請師傅把管線留長一些，以後更換濾芯會方便很多。\n\n關蔚然",
     ["installation-service"], "安裝服務不屬於配送 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Cornish,\n\nShut off the cold supply and bleed the line first. Adapter on the cold valve with the orange tube, saddle on the drain above the trap with a quarter-inch hole and the black tube, blue to the faucet, yellow to the tank. Push each tube in until it bottoms out, clip it, and check the joints with a paper towel once the water is back on.\n\nMarisol",
     "retells en/ro/install (JC13)"),
    ("Hello Ms Lisle,\n\nRun the faucet with the tank closed for twenty minutes, then let the tank fill and dump the first two tankfuls. Cloudy or grey water at first is just carbon dust, and milky water in the first week is air that clears on its own.\n\nDorian",
     "retells en/ro/flush (JC13)"),
    ("Hi Mr Hutchence,\n\nPre-filters every six months, membrane every two years, polishing filter yearly. Turn off the feed and the tank, drain the pressure through the faucet, then a quarter turn left to remove and right to fit. Flush for ten minutes afterwards; a bit of spitting air is fine.\n\nClementine",
     "retells en/cartridge/change (JC13)"),
    ("Hello Ms Sadowski,\n\nNine times out of ten it's a tube not fully seated. Water off, pop the tube out, trim it square if the end is scuffed, and push it home with the clip on. If it's the housing, reseat the O-ring and hand-tighten only. Send a photo if it keeps dripping.\n\nTeodor",
     "retells en/troubleshoot/leak (JC13)"),
    ("Hi Mr Greaves,\n\nSlow flow usually comes down to pressure. Check the empty tank reads 7 to 8 psi with a tire gauge, make sure your house supply is at least 40 psi, and swap the sediment filter if it has gone brown. Let me know what you find.\n\nMarisol",
     "retells en/troubleshoot/slow-flow (JC13)"),
    ("Hello Ms Rowntree,\n\nThose black bits are carbon from a new cartridge and they're harmless. Soak it for a quarter of an hour, click it in firmly, and throw away the first three jugs; a loose cartridge lets tap water sneak past.\n\nDorian",
     "retells en/pitcher/taste (JC13)"),
    ("Hi Mr Vickery,\n\nOnce the pitcher has been part of your routine for a while, an Amazon review describing how it has worked for you, good or bad, would be welcome.\n\nClementine",
     "own-words neutral review request: template-required only, not review-inducement (JC8, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("张先生，您好：\n\n装花洒过滤器不用工具：拧下花洒，确认密封垫放平，把过滤器拧上去，再装回花洒，手拧紧就行。先放两分钟热水，注意箭头方向。滤芯两三个月换一次。\n\n荀嘉禾",
     "改写 zh/shower/install (JC13)"),
    ("王女士，您好：\n\n开机后把笔尖放进水里搅一搅，数字稳了按 HOLD。自来水几百、净水几十都正常；只要净水不到自来水的十分之一，膜就没问题。TDS 不代表有没有细菌。\n\n栾雨桐",
     "改写 zh/tds/usage (JC13)"),
    ("李先生，您好：\n\n刚装机有点塑料味、喝着淡，都正常，多放几桶就好。有霉味的话，多半是桶里的水放久了，把整桶放掉重新蓄水。还不行再告诉我们滤芯用了多久。\n\n荀嘉禾",
     "改写 zh/troubleshoot/taste (JC13)"),
    ("赵女士，您好：\n\n主机、龙头和压力桶都有保修，材料和做工问题都管；滤芯属于耗材，到货就坏的才保。冻裂、水压太高、接了热水或者改装过的不保。麻烦描述一下问题，再拍一下故障位置和侧面标签。\n\n栾雨桐",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("周太太 您好：\n\n新濾芯先泡冷水十五分鐘，壓到「喀」一聲，前三壺倒掉。大約兩個月換一次，濾得變慢也該換了。記得冰箱冷藏、兩天內喝完。\n\n甄以恆",
     "改寫 zh-tw/pitcher/cartridge (JC13)"),
    ("李小姐 您好：\n\n做一公升純水大約排兩公升，這是逆滲透本來的設計。水壓高一點、水溫適中，比例會好一些。排出的水可以接起來拖地或沖馬桶。\n\n關蔚然",
     "改寫 zh-tw/ro/waste-ratio (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Cornwell,\n\nUPS shows your Cascade RO5 out for delivery on Thursday. Before you install it, it's worth checking the pressure at an outdoor spigot; anything below 40 psi and the tank will fill slowly.\n\nTeodor",
     "delivery date plus installation advice (JC7)"),
    ("Hello Ms Ibarra,\n\nThe replacement pitcher shipped today by FedEx. When it arrives, soak the cartridge first and press it in until it clicks, which stops the grey flecks you saw last time.\n\nMarisol",
     "replacement shipped plus advice in own words (JC7)"),
    ("Dear Mr Sheringham,\n\nThe return label is ready in Your Orders. Before you send it back, it may be worth trying one thing: a leak at the top of a housing is very often an O-ring that has slipped out of its groove.\n\nDorian",
     "return plus troubleshooting (JC7)"),
    ("Hi Ms Novak-Ellis,\n\nYour parcel should clear customs in Montreal within a day or two. While you wait, measure your tap water with the meter so you have a baseline to compare the filtered water against.\n\nClementine",
     "customs plus usage advice (JC7)"),
    ("Hello Mr Tolbert,\n\nThe missing locking clips shipped with USPS this morning. Until they arrive, close the feed valve whenever you leave the house, just to be safe.\n\nTeodor",
     "missing part sent plus a precaution (JC5, JC7)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("饶女士，您好：\n\n换货的滤水壶明天由 FedEx 发出。收到后请先把滤芯泡十五分钟再装，第一壶水倒掉不喝，口感会好很多。\n\n荀嘉禾",
     "换货发出加使用建议 (JC7)"),
    ("曹先生，您好：\n\n包裹预计周四送达。到货前可以先用 TDS 笔测一下自来水，记下读数，装好以后对比就知道过滤效果了。\n\n栾雨桐",
     "送达加使用建议 (JC7)"),
    ("危女士，您好：\n\n您的净水器还在多伦多清关，预计两天内放行。趁这两天可以先确认一下水槽下面的冷水角阀能否关紧，安装时会用到。\n\n荀嘉禾",
     "清关加安装准备建议 (JC6, JC7)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("楚先生 您好：\n\n補寄的濾芯今天已經寄出。收到之前，現在這支還可以繼續用，只是過濾速度會慢一點，不會影響水質。\n\n甄以恆",
     "補寄加使用說明 (JC7)"),
    ("汝小姐 您好：\n\n淨水器預計週三送達。收到後建議先確認家裡水壓，如果住在高樓層，出水可能會比較慢。\n\n關蔚然",
     "送達加水壓建議 (JC7)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" ", log=None):
    """log: whether the added sentence is logistics; None lets gen.py decide from its wording."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"], log=log)


add_bad("en/cartridge/change", dict(buyer_name="Mr Eastwick", product=RO5, cartridge="CC-2 carbon block cartridge", agent_name=A4),
        "during this time.",
        "P.S. Stock up before your next change: this month the 6-month filter set is 15% off with code CLEARSIP.",
        [MKT, TR], "P.S. with a discount code for cartridges (JC3)", sep="\n\n")
add_bad("en/ro/flush", dict(buyer_name="Ms Mwangi", product=RO5, flush_time="two hours", agent_name=A1),
        "within a minute.",
        "If you're loving the taste, a 5-star review would mean the world to our small team.",
        [RI, TR], "five-star ask aimed at happy buyers (JC3)")
add_bad("en/troubleshoot/leak", dict(buyer_name="Mr Prendergast", product=RO5S, agent_name=A2),
        "help you track it down.",
        "For quicker help, send the photo straight to our installer on WhatsApp at (484) 555-0172.",
        [OPC, TR], "troubleshooting moved to WhatsApp (JC3)")
add_bad("en/pitcher/taste", dict(buyer_name="Ms Coulson", product=PITCHER, agent_name=A3),
        "for most households.",
        "If it still isn't right, please message us before you write a review rather than posting anything negative.",
        [RI, TR], "review gating: an unhappy buyer is steered away from reviewing (JC3)")
add_bad("en/troubleshoot/slow-flow", dict(buyer_name="Mr Hayashi-Dunn", product=RO5, agent_name=A4),
        "the next steps with you.",
        "Add our new booster pump to your cart this week and we'll give you free shipping on your next cartridge order too.",
        [MKT, TR], "cross-sell and an offer dressed in shipping words; not logistics, so template-required stays (JC3, JC17)",
        log=False)
add_bad("en/review/neutral-request", dict(buyer_name="Ms Kerrigan", product=RO5, order_id="111-9264407-5530816", agent_name=A1),
        "improve what we make.",
        "As a thank-you, we'll send you a free Rainveil shower filter once your review is posted.",
        [RI, TR], "free product in exchange for a review (JC3)")
add_bad("en/warranty/claim", dict(buyer_name="Mr Baptiste", product=RO5, warranty_period="three-year", case_id="SWC-31247",
        order_id="112-3370815-9926604", agent_name=A2),
        "under order 112-3370815-9926604.",
        "To activate the full warranty, please also register your system at stillmere-water.com/register.",
        [OPC, TR], "warranty registration on the seller's own site; not logistics (JC3)")
add_bad("en/apology/drain-noise", dict(buyer_name="Ms Fairholme", product=RO5, agent_name=A3),
        "help you check the valve.",
        "If you'd rather return it, skip the Amazon return and email returns@stillmere-water.com for our own prepaid label.",
        [OPC], "return moved off Amazon to an e-mail address: the added sentence is logistics, so no template-required (JC3)")
free(V, "en", "Hi Mr Olander,\n\nWe've refunded the pitcher you sent back, and the money should reach you today. Now that you have your money back, would you consider changing your 1-star review? We'd happily add a $20 gift card as a thank-you.\n\nTeodor",
     [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/shower/install", dict(buyer_name="宗女士", product=SHOWER_ZH, agent_name=Z1),
        "放入新滤芯后重新拧紧。",
        "安装时遇到任何问题，可以直接加我们的微信 stillmere_help，技术人员会视频指导您。",
        [OPC, TR], "安装指导转到微信 (JC3)")
add_bad("zh/review/neutral-request", dict(buyer_name="凤先生", product=PITCHER_ZH, order_id="113-4481620-7703915", agent_name=Z2),
        "也会据此改进产品。",
        "留下五星好评并把截图发给我们，即可获得十美元返现。",
        [RI, TR], "五星好评返现 (JC3)")
add_bad("zh/troubleshoot/taste", dict(buyer_name="安女士", product=RO5_ZH, agent_name=Z1),
        "帮您进一步排查。",
        "问题解决以后，麻烦您把之前留的差评删掉，或者改成好评。",
        [RI, TR], "要求删除或修改差评 (JC3)")
add_bad("zh/tds/usage", dict(buyer_name="常先生", product=TDS_ZH, agent_name=Z2),
        "就说明膜的状态良好。",
        "另外，本店新款 TDS-5 双探头检测笔本周八折，欢迎选购！",
        [MKT, TR], "新品检测笔八折促销 (JC3)", sep="\n\n")
add_bad("zh/warranty/claim", dict(buyer_name="乐女士", product=RO5_ZH, warranty_period="三年", case_id="SWC-31275",
        order_id="114-2208369-5517042", agent_name=Z1),
        "登记售后编号 SWC-31275。",
        "另外，请登录我们的官网 stillmere-water.com 注册产品，才能完整享受保修。",
        [OPC, TR], "引导到卖家官网注册产品；保修登记不是物流 (JC3)")
free(V, "zh", "舒先生，您好：\n\n您寄回的滤水壶仓库已经签收。为了让您早点拿到钱，这次退款我们不走亚马逊，直接用 PayPal 转给您，麻烦回复您的 PayPal 收款账号。\n\n栾雨桐",
     [OPC], "退货退款改走 PayPal：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/pitcher/cartridge", dict(buyer_name="花小姐", product=PITCHER_TW, agent_name=W1),
        "請不要放進洗碗機。",
        "歡迎加入我們的 LINE 官方帳號 @stillmeretw，每兩個月會提醒您更換濾芯。",
        [OPC, TR], "濾芯提醒轉到 LINE 官方帳號 (JC3)")
add_bad("zh-tw/troubleshoot/low-pressure", dict(buyer_name="闕先生", product=RO5_TW, agent_name=W2),
        "我們會協助您判斷。",
        "問題解決後，如果您覺得滿意，請幫我們留個五星好評。",
        [RI, TR], "滿意才請求五星好評 (JC3)")
free(V, "zh", "嵇先生 您好：\n\n您的 Rainveil 蓮蓬頭過濾器今天已經寄出，追蹤單號 1Z6V9R240313145508。順帶一提，追蹤我們的 Facebook 粉絲專頁，就能參加每月濾芯抽獎。\n\n甄以恆",
     [MKT, OPC, TR], "寄出通知（物流）加 Facebook 粉絲專頁抽獎；推廣部分不是物流 (JC3)", ["free-written"], trad=True)
