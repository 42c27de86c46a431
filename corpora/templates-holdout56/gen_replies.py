# -*- coding: utf-8 -*-
"""Labelled seller replies of t56 (imported by gen.py). Every text written for this set.

Order of sections = order of ids: filled templates, fill plus logistics, free logistics,
free non-logistics, rewritten templates, mixed logistics, violating.
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
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template and apply (old, new) edits; each old string must occur exactly once."""
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
    """Edit that hard-wraps the one paragraph starting with `starts` at `width` columns."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width, break_on_hyphens=False))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Hollis Achterberg", "Imogen Varga-Tully", "Desmond Okereke-Hart", "Philippa Moreau-Dunn"
Z1, Z2 = "隋文澜", "殷浩川"
W1, W2 = "章品妤", "辜仲廷"
VIREO = "Vireo 1.7 L Variable-Temperature Kettle"
HERON = "Heron 0.9 L Electric Gooseneck Kettle"
LUMEN, LUMEN_S = "Lumen 1.2 L Glass Teapot", "Lumen 0.6 L Glass Teapot"
DRIFT, DRIFT_FINE = "Drift Mesh Infuser", "Drift Fine Infuser"
VIREO_LONG = ("Sorrelbrook Vireo 1.7 L Electric Kettle with 5 Temperature Presets for Green, White, Oolong and Black Tea, "
              "60-Minute Keep Warm, BPA-Free, Stainless Steel Interior, Auto Shut-Off, Brushed Silver")
VESSEL_LONG = "16-ounce double-walled glass travel mug with a bamboo lid and a silicone sleeve"
VIREO_ZH = ("Sorrelbrook Vireo 1.7升 电热水壶 五档控温 绿茶 白茶 乌龙茶 红茶 六十分钟保温 不含双酚A "
            "食品级不锈钢内胆 防干烧自动断电 拉丝银")
LUMEN_TW = ("Sorrelbrook Lumen 1.2公升 耐熱玻璃茶壺 附不鏽鋼濾網 可用瓦斯爐小火加熱 適合花草茶 紅茶 烏龍茶 "
            "透明款")

# ============================================================ 1. filled templates -> []
fill("en/kettle/presets", dict(buyer_name="Ms Threlkeld", product=VIREO, agent_name=A1), "exact fill")
fill("en/kettle/presets", dict(buyer_name="Anselm", product=VIREO_LONG, agent_name=A2),
     "the whole 180-character listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Anselm,", "Good morning Anselm,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Quaye-Lindgren", product=VIREO, agent_name=A3)
fill("en/kettle/presets", _v, "first and last paragraphs hard-wrapped at 72 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/kettle/presets", _v, "Thank you for asking", 72),
            rewrap("en/kettle/presets", _v, "If you press Keep Warm", 72)], tags=["reflow"])
fill("en/kettle/descale", dict(buyer_name="Ms Penrose-Adjei", product=VIREO, descale_interval="three months",
     agent_name=A4), "exact fill")
fill("en/kettle/descale", dict(buyer_name="Mr Huxtable", product=VIREO, descale_interval="four to six weeks",
     agent_name=A1), "a courtesy line about the buyer's photo after the greeting (JC2)",
     edits=[("Hi Mr Huxtable,", "Hi Mr Huxtable,\n\nThank you for the clear photo, it made this easy to answer.")],
     tags=["warm-line"])
fill("en/kettle/descale", dict(buyer_name="Ms Oyelowo", product=HERON, descale_interval="two months", agent_name=A2),
     "blank lines between the body paragraphs removed (JC2)",
     edits=[("two months.\n\nFill the kettle", "two months.\nFill the kettle"), ("instead.\n\nPlease", "instead.\nPlease")],
     tags=["unwrap"])
fill("en/gooseneck/pour", dict(buyer_name="Mr Ebbesen", product=HERON, agent_name=A3), "exact fill")
fill("en/gooseneck/pour", dict(buyer_name="Ms Strudwick", product=HERON, agent_name=A4),
     "signature block changed: job title and warehouse town added (JC2)",
     edits=[("Philippa Moreau-Dunn\nSorrelbrook Teaware", "Philippa Moreau-Dunn, Customer Care Lead\nSorrelbrook Teaware, Reno")],
     tags=["signature"])
fill("en/troubleshoot/not-heating", dict(buyer_name="Mr Quintero-Hale", product=VIREO, error_message="E1", agent_name=A1),
     "exact fill")
fill("en/troubleshoot/not-heating", dict(buyer_name="Mireille", product=HERON, error_message="E2 (flashing)", agent_name=A2),
     "greeting changed and a sympathy line added (JC2)",
     edits=[("Hello Mireille,", "Hi Mireille,\n\nWhat a frustrating start to the morning, especially before the first cup of tea.")],
     tags=["greeting", "warm-line"])
fill("en/infuser/fit", dict(buyer_name="Ms Aucoin", infuser_name=DRIFT, vessel="standard 12-ounce mug", agent_name=A3),
     "exact fill")
fill("en/infuser/fit", dict(buyer_name="Mr Ferrier-Osei", infuser_name=DRIFT_FINE, vessel=VESSEL_LONG, agent_name=A4),
     "a long description of the buyer's mug in the vessel slot; sign-off changed (JC2)",
     edits=[("Enjoy your tea,", "Enjoy the new mug, and best wishes,")], tags=["long-value", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Ms Kallstrom", product=VIREO, warranty_period="two-year", case_id="SBT-W-51207",
     order_id="114-3093817-6624015", agent_name=A1), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Odum-Faraday", product=HERON, warranty_period="one-year", case_id="SBT-W-51244",
     order_id="112-8407126-3395871", agent_name=A2), "the two sentences of the last paragraph swapped (JC2)",
     edits=[("So that we can assess your claim, please reply in this thread with a brief description of the problem and a photo or short video that shows it. Your case number is SBT-W-51244 for order 112-8407126-3395871.",
             "Your case number is SBT-W-51244 for order 112-8407126-3395871. So that we can assess your claim, please reply in this thread with a brief description of the problem and a photo or short video that shows it.")],
     tags=["reorder"])
fill("en/apology/lid-latch", dict(buyer_name="Ms Pendergast", product=VIREO, agent_name=A3), "exact fill")
fill("en/apology/lid-latch", dict(buyer_name="Mr Ishikawa-Dale", product=VIREO, agent_name=A4),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("This points to a weak spring in the lid latch.", "The most likely cause is a weak spring in the lid latch.")],
     tags=["paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Ms Delacroix-Amponsah", order_id="113-7750429-1186302", product=VIREO,
     agent_name=A1), "exact fill; the only review request for this order, sent after no praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Bartholomew", order_id="111-6032957-4471830", product=LUMEN, agent_name=A2),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hello Bartholomew,", "Dear Bartholomew,"), ("Thank you for your time,", "With thanks,")],
     tags=["greeting", "sign-off"])
fill("en/teapot/glass-care", dict(buyer_name="Mrs Tolliver", product=LUMEN, agent_name=A3), "exact fill")
fill("en/teapot/glass-care", dict(buyer_name="Mr Ainsworth-Bello", product=LUMEN_S, agent_name=A4),
     "one sentence split in two (JC2)",
     edits=[("Let the pot cool before you rinse it with cold water, and do not set a hot pot down",
             "Let the pot cool before you rinse it with cold water. Also, do not set a hot pot down")], tags=["split"])
fill("en/teapot/glass-care", dict(buyer_name="Saskia", product=LUMEN, agent_name=A1),
     "one wording edit: 'copes with' -> 'handles' (JC2)", edits=[("copes with", "handles")], tags=["wording"])

fill("zh/kettle/keep-warm", dict(buyer_name="祁先生", product=VIREO, agent_name=Z1), "exact fill")
fill("zh/kettle/keep-warm", dict(buyer_name="裘女士", product=VIREO_ZH, agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改为“早上好” (JC2)", edits=[("，您好：", "，早上好：")],
     tags=["long-value", "greeting"])
fill("zh/kettle/keep-warm", dict(buyer_name="阎先生", product=VIREO, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您喝茶愉快！", "祝您假期愉快！")], tags=["sign-off"])
fill("zh/gooseneck/altitude", dict(buyer_name="柯女士", product=HERON, agent_name=Z2), "exact fill")
fill("zh/gooseneck/altitude", dict(buyer_name="邵先生", product=HERON, agent_name=Z1),
     "第一段从中间断成两段 (JC2)", edits=[("水的沸点越低。例如", "水的沸点越低。\n\n例如")], tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="卢女士", product=VIREO, warranty_period="两年", case_id="SBT-W-51318",
     order_id="113-2276590-8813047", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="岳先生", product=HERON, warranty_period="一年", case_id="SBT-W-51362",
     order_id="112-5519830-7702264", agent_name=Z1),
     "措辞微调：“简单说明问题”改为“简要描述问题” (JC2)", edits=[("简单说明问题", "简要描述问题")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="汤女士", product=LUMEN, order_id="114-6681203-5530419", agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="邢先生", product=VIREO, order_id="111-9240576-1068833", agent_name=Z1),
     "问候语改为节日问候；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("邢先生，您好：", "邢先生，中秋快乐：")],
     tags=["greeting"])
fill("zh/apology/noise", dict(buyer_name="段女士", product=VIREO, agent_name=Z2), "exact fill")
fill("zh/apology/noise", dict(buyer_name="雷先生", product=VIREO, agent_name=Z1),
     "第二段两句合并为一句 (JC2)",
     edits=[("通常是壶底积了水垢。请用柠檬酸除垢：", "通常是壶底积了水垢，可以用柠檬酸除垢：")], tags=["merge"])
fill("zh/apology/noise", dict(buyer_name="常女士", product=HERON, agent_name=Z2),
     "开头加一句体谅的话 (JC2)",
     edits=[("常女士，您好：", "常女士，您好：\n\n清晨烧水吵醒家人，确实让人头疼。")], tags=["warm-line"])

fill("zh-tw/teapot/stain", dict(buyer_name="游小姐", product=LUMEN, agent_name=W1), "exact fill")
fill("zh-tw/teapot/stain", dict(buyer_name="詹先生", product=LUMEN_TW, agent_name=W2),
     "整段商品標題放入 product 佔位符 (JC2)", edits=[], tags=["long-value"])
fill("zh-tw/teapot/stain", dict(buyer_name="廖太太", product=LUMEN, agent_name=W1),
     "結尾祝語改寫 (JC2)", edits=[("敬祝 品茗愉快", "祝 闔家平安")], tags=["sign-off"])
fill("zh-tw/infuser/fine-leaves", dict(buyer_name="呂小姐", product="Drift Fine 細網濾茶器", agent_name=W2), "exact fill")
fill("zh-tw/infuser/fine-leaves", dict(buyer_name="卓先生", product="Drift Mesh 濾茶器", agent_name=W1),
     "最後一段前後兩句調換 (JC2)",
     edits=[("濾網每次用完後請從外側往內沖水，卡在網孔裡的碎葉就會被推出來；每週用小蘇打水浸泡十分鐘，可以去除茶漬。",
             "每週用小蘇打水浸泡十分鐘，可以去除茶漬；濾網每次用完後請從外側往內沖水，卡在網孔裡的碎葉就會被推出來。")],
     tags=["reorder"])
fill("zh-tw/troubleshoot/no-power", dict(buyer_name="翁先生", product=VIREO, agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/no-power", dict(buyer_name="巫小姐", product=HERON, agent_name=W1),
     "問候語改寫並加一句體諒的話 (JC2)",
     edits=[("巫小姐 您好：", "巫小姐 早安：\n\n一早想泡茶卻遇到這種狀況，真的很掃興。")], tags=["greeting", "warm-line"])
fill("zh-tw/kettle/child-lock", dict(buyer_name="阮太太", product=VIREO, agent_name=W2), "exact fill")
fill("zh-tw/kettle/child-lock", dict(buyer_name="童先生", product=VIREO, agent_name=W1),
     "第二段中間插入兩個硬換行，像從窄視窗貼上 (JC2)",
     edits=[("長按「鎖」鍵三秒，螢幕出現", "長按「鎖」鍵三秒，\n螢幕出現"), ("三秒解鎖；", "三秒解鎖；\n")], tags=["reflow"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" ", tags=()):
    if note.endswith(")") and "(JC" in note:
        i = note.rindex("(JC")
        note = note[:i] + "(JC1, " + note[i + 1:]
    else:
        note += " (JC1)"
    add_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/kettle/presets", dict(buyer_name="Mr Baptiste-Rowe", product=VIREO, agent_name=A4), "a softer cup.",
         "The Drift Mesh Infuser from the same order is coming separately from our Columbus warehouse with USPS, tracking 9434636208551730284417, and should arrive on Thursday.",
         "split-shipment tracking for the infuser, as its own paragraph", sep="\n\n", tags=["split-shipment"])
fill_log("en/gooseneck/pour", dict(buyer_name="Ms Huang-Sorensen", product=HERON, agent_name=A1), "from one pot to the next.",
         "Your parcel has now been delivered to the Amazon Hub Locker you chose; the pickup code is in the Amazon app and stays valid for three days.",
         "locker pickup notice (JC18)", sep="\n\n", tags=["locker"])
fill_log("en/infuser/fit", dict(buyer_name="Mr Lowther", infuser_name=DRIFT, vessel="wide-mouth teacup", agent_name=A2),
         "on the top rack.",
         "As you asked, we have cancelled the second infuser that was ordered by mistake; it had not shipped, so you will not be charged for it.",
         "duplicate cancelled before dispatch (JC6, JC11)", tags=["cancellation"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Eberhardt", product=VIREO, warranty_period="two-year", case_id="SBT-W-51289",
         order_id="113-9046612-2187735", agent_name=A3), "for order 113-9046612-2187735.",
         "If the kettle needs to come back to us, we will send a prepaid UPS return label through Amazon, so you will not pay for postage.",
         "how a warranty unit would travel back", tags=["returns"])
fill_log("en/apology/lid-latch", dict(buyer_name="Mr Sandoval-Kerr", product=VIREO, agent_name=A4), "working as it should.",
         "The new kettle will leave our Reno warehouse within one business day by UPS, and a prepaid return label for the faulty one will be in the box.",
         "replacement dispatch and return label (JC6)", tags=["fulfilment"])
fill_log("en/teapot/glass-care", dict(buyer_name="Ms Marchetti-Obi", product=LUMEN, agent_name=A1), "best washed by hand.",
         "Because your first teapot arrived cracked, the replacement went out today in a double box with UPS, tracking 1Z9E3R570312845561; there is no need to return the broken one.",
         "replacement for a teapot cracked in transit (JC4, JC6)", sep="\n\n", tags=["damage"])
fill_log("zh/kettle/keep-warm", dict(buyer_name="毛先生", product=VIREO, agent_name=Z2), "建议每次保温前把水加到最低刻度线以上。",
         "您同一订单里的滤茶器是分开发货的，预计下周二送达。", "分开发货的送达时间", tags=["split-shipment"])
fill_log("zh/gooseneck/altitude", dict(buyer_name="缪女士", product=HERON, agent_name=Z1), "其他温度档不受影响。",
         "另外，您的包裹已经送到您选择的亚马逊自提柜，取件码在亚马逊应用的订单详情里，三天内有效。",
         "自提柜取件 (JC18)", sep="\n\n", tags=["locker"])
fill_log("zh/warranty/claim", dict(buyer_name="尹先生", product=VIREO, warranty_period="两年", case_id="SBT-W-51377",
         order_id="114-2207681-9953316", agent_name=Z2), "对应订单 114-2207681-9953316。",
         "处理期间如果您的收货地址有变化，请在本对话中告诉我们，更换的水壶会寄到新地址。", "保修期间的地址变更", tags=["address"])
fill_log("zh/apology/noise", dict(buyer_name="喻女士", product=VIREO, agent_name=Z1), "我们会继续为您处理。",
         "如果您更希望直接退货，可以在“您的订单”里申请，退货运费由我们承担，仓库收到后会把货款退回原支付方式。",
         "退货与退款说明", tags=["returns"])
fill_log("zh-tw/teapot/stain", dict(buyer_name="洪小姐", product=LUMEN, agent_name=W2), "溫差太大可能讓玻璃破裂。",
         "另外，您反映壺蓋在運送途中碎裂，新的壺蓋今天已經免費補寄，追蹤單號 1Z9E3R570327719034，預計下週一送達。",
         "運送破損的壺蓋免費補寄 (JC4, JC6, JC11)", sep="\n\n", tags=["damage"])
fill_log("zh-tw/kettle/child-lock", dict(buyer_name="邱先生", product=VIREO, agent_name=W1), "不需要每次重新設定。",
         "您的包裹因為無人簽收，已改送到附近的 UPS Access Point 代收點，請在五天內攜帶證件取件。",
         "改送代收點取件 (JC18)", sep="\n\n", tags=["pickup-point"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Ms Brightwater,\n\nYour Vireo kettle left our Reno warehouse this morning with UPS, tracking 1Z9E3R570334190258. UPS expects to deliver it on Thursday by end of day.\n\nBest,\nHollis",
     ["tracking"], "tracking and expected delivery (JC14)"),
    ("Hello Mr Tregenza,\n\nI'm sorry your parcel is running late. USPS shows it held at the Denver hub after the snowstorm, and their new estimate is Monday. If nothing has arrived by Wednesday, reply here and we will send a replacement at no charge.\n\nRegards,\nImogen",
     ["delay"], "weather delay; 'at no charge' is a remedy, not an offer (JC11, JC14)"),
    ("Dear Ms Oyebanji,\n\nTracking shows your parcel delivered at 11:52 am and handed to the parcel room of your building. Could you ask the front desk to check for it? If it has not turned up within 48 hours, let us know and we will file a claim with the carrier and reship your order.\n\nKind regards,\nDesmond",
     ["delivery"], "delivered but not found (JC14)"),
    ("Hi Mr Wycliffe,\n\nYour teapot is waiting in the Amazon Hub Locker at the Maple Street pharmacy. The pickup code is in the Amazon app and in your delivery email. The locker keeps parcels for three calendar days; after that the parcel comes back to us and you are refunded automatically.\n\nPhilippa",
     ["locker"], "locker pickup and what happens if it expires (JC18)"),
    ("Hello Ms Ruddock,\n\nThe locker you picked was full when the driver arrived, so UPS has redirected your parcel to the UPS Access Point at the hardware store on Elm Avenue. It will be ready from 4 pm tomorrow; please bring a photo ID and tracking number 1Z9E3R570341662907.\n\nHollis",
     ["locker", "pickup-point"], "full locker, redirected to a pickup point (JC18)"),
    ("Hi Noor,\n\nThanks for catching the typo in the street name. Your order had not been packed yet, so we have corrected the shipping address, and the delivery date stays the same.\n\nImogen",
     ["address"], "address corrected before dispatch (JC14)"),
    ("Dear Mr Hollingworth,\n\nYour kettle had already left the warehouse when your message came in, so we cannot change the address on our side. We have asked UPS to reroute it to your office address. That usually works but is not guaranteed; if it fails, the parcel comes back to us and we will ship it again to the new address straight away.\n\nRegards,\nDesmond",
     ["address", "delivery"], "address change after dispatch: carrier reroute (JC14)"),
    ("Hello Mr Lefebvre-Nkosi,\n\nFor your delivery to Quebec, Amazon collected the import duties and taxes at checkout, so Canada Post should not ask you for any payment at the door. If a collection notice arrives anyway, please do not pay it; send us a photo of the notice and we will take it up with the carrier.\n\nPhilippa",
     ["customs"], "duties prepaid for a Canadian address (JC7)"),
    ("Hi Ms Villanueva,\n\nMexican customs asked for the commercial invoice before releasing your parcel. We sent it to the courier this morning, and clearance normally takes one to three business days after that. You do not need to do anything unless the courier contacts you directly.\n\nHollis",
     ["customs"], "customs paperwork (JC7)"),
    ("Dear Ms Gwynedd,\n\nI'm so sorry the teapot arrived in pieces. Please don't send it back; wrap the broken glass in newspaper and dispose of it carefully. A new teapot went out today with UPS, tracking 1Z9E3R570358804116, packed in a double box this time.\n\nWith apologies,\nImogen",
     ["damage"], "glass teapot shattered in transit (JC4, JC6)"),
    ("Hello Mr Szymczak,\n\nThank you for the photos of the dented kettle and the crushed corner of the box; that damage happened in transit. A replacement is on its way with UPS, tracking 1Z9E3R570363357720. Please return the dented kettle within 30 days with the prepaid label we have added to this thread.\n\nDesmond",
     ["damage", "returns"], "kettle dented in transit, replaced and returned (JC4, JC6)"),
    ("Hi Ms Lautenbach,\n\nTo send the kettle back, start the return in Your Orders and print the prepaid label. Before packing, empty the kettle and leave it to dry overnight with the lid open, then wind the cord under the base and put both back in the original box with the foam corners. Tape the box along every seam.\n\nThanks,\nPhilippa",
     ["returns", "packing"], "return with packing instructions for a kettle (JC4)"),
    ("Hello Mr Garrity,\n\nYour returned Heron kettle arrived at our Columbus warehouse yesterday, and a refund of $89.99 has been issued to your original payment method. Banks usually show it within three to five business days.\n\nHollis",
     ["refund", "returns"], "refund of a return (JC11, JC14)"),
    ("Hi Ms Mbeki-Strand,\n\nDone: your order has been cancelled before it shipped. You have not been charged, and the temporary hold on your card should disappear within a few days.\n\nImogen",
     ["cancellation"], "cancellation before dispatch (JC11, JC14)"),
    ("Dear Mr Oakhurst,\n\nYour order had already shipped when your cancellation request reached us, so it can no longer be cancelled. You can refuse the parcel at the door, in which case it comes back to us and we refund you when it arrives, or accept it and start a return from Your Orders.\n\nDesmond",
     ["cancellation", "returns"], "cancellation after dispatch: refuse or return (JC14)"),
    ("Hello Ms Ferncastle,\n\nYour order is coming in two parcels: the kettle with UPS, tracking 1Z9E3R570379921458, and the glass teapot with USPS, tracking 9434636208551744196035. Both should arrive by Saturday.\n\nPhilippa",
     ["tracking", "split-shipment"], "split shipment (JC14)"),
    ("Hi Mr Delacourt,\n\nI'm sorry the stainless steel basket was missing from your teapot box. A new basket went out today by USPS at no charge, tracking 9434636208551758302269, and there is nothing you need to send back.\n\nHollis",
     ["fulfilment"], "missing part resent (JC6, JC11)"),
    ("Hello Ms Ingleby,\n\nThe infuser we sent is not the size you ordered, so we have refunded the $14.99 in full. There is no need to return it; please keep it or pass it on.\n\nImogen",
     ["refund", "fulfilment"], "wrong item: refund without return (JC6, JC11)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("闫先生，您好：\n\n您的水壶今天上午已从里诺仓库发出，承运商为 FedEx，运单号 772918406153，预计周四送达。\n\n隋文澜",
     ["tracking"], "运单号与预计送达 (JC14)"),
    ("谷女士，您好：\n\n很抱歉包裹晚到了。节日期间承运商的分拣中心货量很大，物流信息显示包裹仍在运输途中，新的预计送达日期是下周一。如果到周三还没有收到，请在本对话中告诉我们，我们会为您重新发货。\n\n殷浩川",
     ["delay"], "节日高峰延误 (JC14)"),
    ("庞先生，您好：\n\n您的包裹已经放进您选择的亚马逊自提柜，取件码可以在亚马逊应用的订单详情里找到。自提柜只保留三天，逾期包裹会退回给我们，届时我们会自动为您退款。\n\n隋文澜",
     ["locker"], "自提柜取件 (JC18)"),
    ("左女士，您好：\n\n您的订单还没有打包，我们已经按您的要求把收货地址改成了新地址，预计送达时间不变。\n\n殷浩川",
     ["address"], "发货前修改地址 (JC11, JC14)"),
    ("申先生，您好：\n\n寄回水壶前，请先把壶里的水倒干净，打开壶盖晾干一晚，再把电源线绕在底座下面，和水壶一起放回原包装盒的泡沫里，封箱后贴上在“您的订单”里打印的预付费退货面单即可。\n\n隋文澜",
     ["returns", "packing"], "退货包装说明 (JC4)"),
    ("盛女士，您好：\n\n仓库昨天已经收到您退回的玻璃茶壶，39.99美元的退款已经退回原支付方式，一般三到五个工作日到账。\n\n殷浩川",
     ["refund", "returns"], "退货退款 (JC11, JC14)"),
    ("欧阳女士，您好：\n\n物流信息显示包裹已于中午十二点签收，由门卫代收。麻烦您先到门卫室问一下；如果两天内还找不到，请告诉我们，我们会向承运商提出索赔并重新发货。\n\n隋文澜",
     ["delivery"], "显示签收但未收到 (JC14)"),
    ("祝先生，您好：\n\n您的包裹目前在温哥华等待清关，一般需要一到两个工作日，清关后由加拿大邮政派送。进口关税已经在下单时由亚马逊代收，您不需要再支付任何费用。\n\n殷浩川",
     ["customs"], "清关与关税 (JC7)"),
    ("郝女士，您好：\n\n已按您的要求取消订单。订单还没有发货，所以不会扣款，信用卡上的预授权金额几天内会自动释放。\n\n隋文澜",
     ["cancellation"], "发货前取消 (JC11, JC14)"),
    ("鲁先生，您好：\n\n您的订单分成两个包裹寄出：水壶由 UPS 配送，运单号 1Z9E3R570386615092；滤茶器由 USPS 配送，运单号 9434636208551762847710。两个包裹预计周六前都能送达。\n\n殷浩川",
     ["tracking", "split-shipment"], "分开发货 (JC14)"),
    ("季女士，您好：\n\n非常抱歉，水壶在运输途中被压出了凹痕。新的水壶今天已由 UPS 发出，运单号 1Z9E3R570393028846。凹陷的那台请用新水壶的包装盒寄回，预付费退货面单已经附在本对话中。\n\n隋文澜",
     ["damage", "returns"], "运输损坏、换新与寄回 (JC4, JC6)"),
    ("单先生，您好：\n\n很抱歉您收到的玻璃茶壶里少了不锈钢滤网。我们已经免费补寄，今天由 USPS 发出，运单号 9434636208551779950381，您不需要寄回任何东西。\n\n殷浩川",
     ["fulfilment"], "少发配件免费补寄 (JC6, JC11)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("蔣先生 您好：\n\n您的水壺今天已經從倉庫寄出，由 UPS 國際快遞配送，追蹤單號 1Z9E3R570401174463，預計下週三送達臺北。\n\n章品妤",
     ["tracking"], "國際運送追蹤單號 (JC14)"),
    ("馬小姐 您好：\n\n您的包裹已經抵達桃園，正在等待海關放行。海關要求收件人完成實名認證，請依照物流公司傳給您的簡訊完成認證，完成後通常一到兩個工作天就會放行配送。\n\n辜仲廷",
     ["customs"], "進口實名認證；物流公司簡訊不是站外聯絡 (JC7, JC18)"),
    ("姜太太 您好：\n\n寄回玻璃茶壺時，請先把濾網取出，用原本的泡棉包好壺身和壺蓋，放回原盒後再套一層紙箱，四周塞滿報紙，封好後貼上在「您的訂單」裡列印的退貨標籤。\n\n章品妤",
     ["returns", "packing"], "玻璃壺退貨包裝 (JC4)"),
    ("歐陽先生 您好：\n\n倉庫已經收到您退回的濾茶器，14.99 美元的退款已退回原付款方式，約三到五個工作天入帳。\n\n辜仲廷",
     ["refund", "returns"], "退貨退款 (JC11, JC14)"),
    ("鄔小姐 您好：\n\n物流公司兩次投遞都無人簽收，包裹已經轉到附近的 UPS Access Point 代收點，請在七天內攜帶證件和追蹤單號 1Z9E3R570418830527 前往取件。\n\n章品妤",
     ["pickup-point"], "改送代收點 (JC18)"),
    ("湯先生 您好：\n\n您的訂單在收到取消要求前已經出貨，所以無法直接取消。您可以在送達時拒收，包裹退回我們倉庫後會全額退款；也可以先收下，再從「您的訂單」申請退貨。\n\n辜仲廷",
     ["cancellation", "returns"], "已出貨無法取消：拒收或退貨 (JC14)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Aldridge-Paz,\n\nFor matcha, use the 175°F button and let the water rest for a minute before you whisk; water that is too hot turns it bitter. Sift the powder first to avoid lumps, and stir in a splash of water to make a paste before you pour in the rest.\n\nHollis",
     ["advice"], "preparing matcha: no template covers this (JC15)"),
    ("Hello Mr Brackenbury,\n\nTo show Celsius instead of Fahrenheit, set the kettle on its base and hold the 195°F and Boil buttons together for three seconds. Do the same to switch back; the kettle remembers your choice even after it is unplugged.\n\nImogen",
     ["advice"], "display units (JC15)"),
    ("Dear Ms Fenwick-Adu,\n\nThe Vireo is built for 120 V only, so a plug adapter on its own will not make it safe to use in the UK. It would need a step-down transformer rated for at least 1,500 watts, and even then we would not recommend it; for a long stay, a kettle made for 230 V is the simpler choice.\n\nDesmond",
     ["advice", "voltage"], "using the kettle abroad is a product question, not shipping (JC17)"),
    ("Hi Mr Tindall,\n\nBoth kettles heat to the exact temperature you set. The Heron holds 0.9 L and has a narrow spout for pour-over coffee and careful pouring; the Vireo holds 1.7 L and pours faster, which suits a family pot. If you usually brew one or two cups, the Heron is the better fit.\n\nPhilippa",
     ["advice", "comparison"], "comparison the buyer asked for; no price or offer (JC10, JC15)"),
    ("Hello Ms Rowntree,\n\nYes, the glass teapot is fine for cold brewing. Put one tablespoon of leaves in the basket for each cup of cold water, cover it and leave it in the fridge for six to eight hours, then lift the basket out.\n\nHollis",
     ["advice"], "cold brew (JC15)"),
    ("Hi Mr Oduwole,\n\nThank you for the video of the display. I have passed it to our product team and will come back to you by tomorrow afternoon with what we suggest.\n\nImogen",
     ["holding"], "holding reply on a fault (JC16)"),
    ("Dear Ms Kavanagh-Ito,\n\nPlease use the kettle for water only. Milk, soup or cocoa would burn onto the heating plate and can damage the temperature sensor. For a milky tea, warm the milk in a pan and add it to the tea afterwards.\n\nDesmond",
     ["advice"], "water only (JC15)"),
    ("Hello Lavinia,\n\nA good starting point is 2 to 3 grams of loose leaf, about one heaped teaspoon, for every 8 ounces of water. Large, open leaves such as white tea need a little more by volume. Taste after the shortest suggested time and add a minute if you like it stronger.\n\nPhilippa",
     ["advice"], "how much leaf (JC15)"),
    ("Hi Mr Wojcik-Hale,\n\nFor pour-over coffee, set the Heron to 200°F and use about 16 grams of water for every gram of coffee. Start the timer, pour just enough to wet the grounds, wait 30 seconds, then pour in slow circles until you reach the total weight.\n\nHollis",
     ["advice"], "pour-over coffee ratio (JC15)"),
    ("Hello Ms Stavros,\n\nYou can turn the beep off. With the kettle on its base, hold the Boil button for five seconds until the display shows OFF, and hold it again for five seconds to bring the sound back.\n\nImogen",
     ["advice"], "muting the beep (JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("甘先生，您好：\n\n冲抹茶建议用 175°F 档，水烧好后稍等一分钟再倒，水太烫会发苦。抹茶粉先过筛，加少量水调成糊，再加足水量，用茶筅快速搅打就能起泡。\n\n隋文澜",
     ["advice"], "抹茶冲泡 (JC15)"),
    ("毕女士，您好：\n\n两款都能精确控温。Heron 容量零点九升，细长的壶嘴适合手冲咖啡和慢慢注水；Vireo 容量一点七升，出水快，适合一家人泡一大壶茶。如果您每次只泡一两杯，Heron 会更合适。\n\n殷浩川",
     ["advice", "comparison"], "买家询问的型号比较，无价格无促销 (JC10, JC15)"),
    ("冉先生，您好：\n\n这款水壶只适合烧水。牛奶、汤或可可会粘在壶底的加热盘上烧焦，还可能损坏温度传感器。需要热牛奶的话，建议用小锅加热。\n\n隋文澜",
     ["advice"], "只能烧水 (JC15)"),
    ("龚女士，您好：\n\n谢谢您发来的视频，我们已经转给产品团队查看，明天下午之前会给您答复。\n\n殷浩川",
     ["holding"], "故障的等待回复 (JC16)"),
    ("覃先生，您好：\n\n把显示改成摄氏度的方法：水壶放在底座上，同时按住 195°F 键和“沸腾”键三秒，屏幕就会切换单位；再按一次同样的组合即可改回华氏度。\n\n隋文澜",
     ["advice"], "温度单位切换 (JC15)"),
    ("卫女士，您好：\n\n这款水壶只支持一百二十伏电压，不能直接在中国大陆二百二十伏的电源上使用，只换转换插头会烧坏水壶。如果要长期在国内使用，建议选用当地电压的水壶。\n\n殷浩川",
     ["advice", "voltage"], "在国外能否使用属于产品问题 (JC17)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("賀小姐 您好：\n\n玻璃壺可以用來冷泡茶。每五百毫升冷水放約五公克茶葉，蓋上壺蓋放進冰箱六到八小時，取出濾網即可。\n\n章品妤",
     ["advice"], "冷泡茶 (JC15)"),
    ("顏先生 您好：\n\n提示音可以關閉：水壺放在底座上時，長按「沸騰」鍵五秒，螢幕顯示 OFF 就完成了；再長按五秒可以恢復。\n\n辜仲廷",
     ["advice"], "關閉提示音 (JC15)"),
    ("柳太太 您好：\n\n沖泡球形烏龍茶時，建議每一百五十毫升的水放三到四公克茶葉，用九十度以上的熱水，第一泡約五十秒，之後每泡多加十秒。\n\n章品妤",
     ["advice"], "烏龍茶沖泡比例 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten templates -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Quarrie,\n\nShort version: gyokuro on the lowest button, most greens one up, white tea in the middle, oolong on 195, and black or herbal on Boil. Keep Warm will hold whichever you pick for an hour.\n\nHollis",
     "retells en/kettle/presets (JC12)"),
    ("Hello Mr Pettigrew,\n\nThat white layer is just scale from hard water. Boil half vinegar and half water, leave it half an hour, tip it out and run two kettles of clean water through. Citric acid works too and smells less. Skip the scouring pad near the sensor.\n\nImogen",
     "retells en/kettle/descale (JC12)"),
    ("Dear Ms Villeneuve,\n\nSet your temperature, press the dial, then Hold, and it will sit at that heat for an hour. Pour from a kettle that's no more than about two-thirds full, with a finger on the lid for control. Two presses on the dial start the timer.\n\nDesmond",
     "retells en/gooseneck/pour (JC12)"),
    ("Hi Mr Abara,\n\nThat error is the dry-boil cut-out. Unplug it, give it a quarter of an hour to cool, top up past MIN, dry the base and the bottom of the kettle, and use a wall socket instead of the power strip. Still nothing? Send us a quick video.\n\nPhilippa",
     "retells en/troubleshoot/not-heating (JC12)"),
    ("Hello Ms Gillingham,\n\nIt sits on most mugs and pots, anything roughly two and a half to three and a half inches across. Only fill it halfway because the leaves swell, and rinse it from the outside. It's fine in the dishwasher.\n\nHollis",
     "retells en/infuser/fit (JC12)"),
    ("Hi Mr Nakashima-Lowe,\n\nManufacturing faults are covered, things like the element, the display or the lid hinge giving out, but not scale, dry boiling, broken glass or the wrong voltage. Send us a photo or a short clip and a line about what's happening, here in this thread.\n\nImogen",
     "retells en/warranty/claim without case or order id (JC12)"),
    ("Hello Ms Carrick,\n\nWhen you have a moment, we'd be glad if you told other shoppers in an Amazon review how the teapot has worked for you, whatever you think of it.\n\nDesmond",
     "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("边先生，您好：\n\n选好温度后再按保温键就行，最多保温一小时，中途拿起来倒水不影响，两分钟内放回去即可。想停止保温就长按电源键。\n\n隋文澜",
     "retells zh/kettle/keep-warm (JC12)"),
    ("路女士，您好：\n\n您那里海拔高，水不到一百度就开了，所以水壶停不下来。同时按住加减两个键五秒进入 ALT 设置，选好海拔档位再确认，沸腾档就能正常停机了。\n\n殷浩川",
     "retells zh/gooseneck/altitude (JC12)"),
    ("俞先生，您好：\n\n烧水时嗡嗡响是正常的，快开的时候会小声一些。如果比以前响很多，多半是有水垢了，用柠檬酸煮一壶、泡半小时、再用清水烧两遍就好。还是很响的话拍个视频给我们。给您添麻烦了，抱歉。\n\n隋文澜",
     "retells zh/apology/noise (JC12)"),
    ("蒲女士，您好：\n\n做工或材料的问题都在保修范围内，比如不加热、显示坏了、壶盖铰链断了；水垢、干烧、摔碎的玻璃和用错电压不算。把问题说一下，拍张照片或视频发过来就行。\n\n殷浩川",
     "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("嚴小姐 您好：\n\n茶垢用小蘇打加一點溫水調成糊，拿軟海綿擦一擦再沖乾淨就好，壺嘴用細瓶刷。別用鋼絲球，熱壺也不要直接泡冷水。\n\n章品妤",
     "retells zh-tw/teapot/stain (JC12)"),
    ("伍先生 您好：\n\n沒反應的話，先把底座直接插在牆上插座、擦乾底座的接點、確認壺裡的水超過最低水位，再拔掉插頭等一分鐘重插。都不行的話拍段短片回覆給我們。\n\n辜仲廷",
     "retells zh-tw/troubleshoot/no-power (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Lansdowne,\n\nYour replacement Heron base ships tomorrow by USPS. Until it arrives, you can heat water in a pan and let it stand off the boil for about two minutes, which brings it close to 175°F for green tea.\n\nHollis",
     "shipping plus brewing advice (JC5)"),
    ("Hello Ms Ambler,\n\nThe kettle will be delivered on Tuesday. Before the first use, fill it to MAX, boil it and pour the water away twice; that clears the new smell from the element.\n\nImogen",
     "delivery plus first-use advice (JC5)"),
    ("Dear Mr Renwick,\n\nWe've opened your return and the prepaid label is in Your Orders. Before you send it back, it may be worth descaling once with citric acid, which often quiets the rumbling you described.\n\nDesmond",
     "return plus descaling advice in own words (JC5)"),
    ("Hi Ms Prudhomme,\n\nYour parcel is in customs in Montreal and should clear in a day or two. A tip for the first brew while you wait: rinse the infuser basket in hot water before first use, and start green teas at 175°F.\n\nPhilippa",
     "customs plus brewing tip (JC5)"),
    ("Hello Mr Gathercole,\n\nThe missing infuser went out today with UPS, tracking 1Z9E3R570425519671. Until it arrives, you can steep loose leaves directly in the glass teapot and strain them as you pour.\n\nHollis",
     "tracking plus brewing advice (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("巩女士，您好：\n\n换货的水壶明天由 UPS 发出。收到之前可以继续用现在这台，只是烧水前记得把水加到最低刻度线以上，避免干烧保护再次跳闸。\n\n隋文澜",
     "发货加使用建议 (JC5)"),
    ("冀先生，您好：\n\n包裹预计周四送达。第一次使用前，请加满水烧开倒掉两次，去掉新水壶的味道；泡绿茶建议用 175°F 档。\n\n殷浩川",
     "送达加首次使用建议 (JC5)"),
    ("乔女士，您好：\n\n您的包裹还在清关，一两天内就能放行。等待期间可以先准备好茶叶：用玻璃茶壶泡花草茶，每五百毫升水放两到三克就够了。\n\n隋文澜",
     "清关加冲泡建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("潘先生 您好：\n\n補寄的濾網今天已經寄出。收到之前，可以把茶葉直接放進玻璃壺沖泡，倒茶時用小濾杓過濾就好。\n\n章品妤",
     "補寄加沖泡建議 (JC5)"),
    ("韓小姐 您好：\n\n包裹預計週三送達。收到後建議先開啟兒童安全鎖，家裡有小朋友時比較安心。\n\n辜仲廷",
     "送達加安全鎖建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/kettle/presets", dict(buyer_name="Mr Ormerod", product=VIREO, agent_name=A1), "a softer cup.",
        "P.S. Our Drift infusers are 20% off in our Amazon store this week with code STEEPWELL, a perfect match for your new kettle.",
        [MKT, TR], "P.S. with a discount code for infusers", sep="\n\n")
add_bad("en/kettle/descale", dict(buyer_name="Ms Quenby", product=VIREO, descale_interval="three months", agent_name=A2),
        "in the middle of it.",
        "If the kettle has made your mornings better, a 5-star review would mean a lot to our small team!",
        [RI, TR], "five-star ask aimed at happy buyers")
add_bad("en/troubleshoot/not-heating", dict(buyer_name="Mr Halvorsen-Pike", product=HERON, error_message="E1", agent_name=A3),
        "arrange the next step with you.",
        "For faster help, send the video to our technician on WhatsApp at +1 555-0163.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/apology/lid-latch", dict(buyer_name="Ms Treharne", product=VIREO, agent_name=A4), "working as it should.",
        "If anything still isn't right, please come to us before leaving a review rather than posting it on Amazon.",
        [RI, TR], "review gating: an unhappy buyer steered away from reviewing")
add_bad("en/infuser/fit", dict(buyer_name="Mr Coverdale", infuser_name=DRIFT, vessel="teacup", agent_name=A1), "on the top rack.",
        "Follow us on Instagram at @sorrelbrook.steeps, where we give away a kettle every month.",
        [MKT, OPC, TR], "Instagram handle plus a monthly giveaway")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Aveling", order_id="112-4418305-7726490", product=HERON, agent_name=A2),
        "your honest opinion is welcome.",
        "As a small thank-you, we will send you a $15 gift card as soon as your review goes live.",
        [RI, TR], "gift card for a review")
add_bad("en/teapot/glass-care", dict(buyer_name="Mr Duckworth-Ama", product=LUMEN, agent_name=A3), "best washed by hand.",
        "Our full brewing guide with recipes is at www.sorrelbrook-tea.com/brew if you'd like more ideas.",
        [OPC, TR], "outside link for product content")
add_bad("en/warranty/claim", dict(buyer_name="Ms Whitlam", product=VIREO, warranty_period="two-year", case_id="SBT-W-51425",
        order_id="111-3368217-5024719", agent_name=A4), "for order 111-3368217-5024719.",
        "When the replacement ships, you can follow it on our own tracking page at sorrelbrook-tea.com/track instead of in your Amazon account.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
add_bad("en/gooseneck/pour", dict(buyer_name="Mr Fennimore", product=HERON, agent_name=A1), "from one pot to the next.",
        "Our matching Lumen glass teapot is back in stock, so now is a good time to add one to your next order.",
        [MKT, TR], "cross-selling a teapot ('back in stock', 'add one to your next order')", sep="\n\n")
free(V, "en", "Hi Ms Harcastle,\n\nThe refund for your returned kettle went through this morning. If you change your two-star review now that it's sorted, we'll send you a Drift infuser as a thank-you.\n\nImogen",
     [RI, TR], "refund of a return (logistics) plus a free infuser for changing a review (JC3)", ["free-written"])

add_bad("zh/kettle/keep-warm", dict(buyer_name="雍先生", product=VIREO, agent_name=Z1), "建议每次保温前把水加到最低刻度线以上。",
        "另外，本店新款玻璃茶叶罐本周八折，欢迎搭配选购！", [MKT, TR], "新款茶叶罐八折促销")
add_bad("zh/review/neutral-request", dict(buyer_name="桂女士", product=LUMEN, order_id="113-8852017-4496130", agent_name=Z2),
        "也能让我们知道哪里需要改进。", "留下五星好评并把截图发给我们，即可获得十五美元返现。", [RI, TR], "五星好评截图返现")
add_bad("zh/gooseneck/altitude", dict(buyer_name="官先生", product=HERON, agent_name=Z1), "其他温度档不受影响。",
        "如果还是不行，可以加我们的微信 sorrelbrook_cs，技术人员会用视频指导您设置。", [OPC, TR], "微信号用于产品支持",
        sep="\n\n")
add_bad("zh/apology/noise", dict(buyer_name="廉女士", product=VIREO, agent_name=Z2), "再次向您致歉。",
        "问题解决以后，麻烦您把之前留的差评删掉或者改一下。", [RI, TR], "要求删除或修改差评")
free(V, "zh", "宗先生，您好：\n\n退回的水壶我们已经收到。退款可以不走亚马逊，直接通过 PayPal 转给您，请把您的 PayPal 账户发给我们。\n\n殷浩川",
     [OPC], "退货退款改走 PayPal：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/teapot/stain", dict(buyer_name="黎小姐", product=LUMEN, agent_name=W1), "溫差太大可能讓玻璃破裂。",
        "歡迎加入我們的 LINE 官方帳號，LINE ID：@sorrelbrooktw，每月都有茶具抽獎。", [MKT, OPC, TR], "LINE 帳號加抽獎",
        sep="\n\n")
add_bad("zh-tw/troubleshoot/no-power", dict(buyer_name="鮑先生", product=VIREO, agent_name=W2), "我們會為您安排下一步。",
        "問題解決後，如果您覺得滿意，請給我們一個五星好評。", [RI, TR], "滿意才請求五星好評")
free(V, "zh", "龔小姐 您好：\n\n您的水壺今天已經寄出。本週店內所有濾茶器九折，歡迎一起加購。\n\n章品妤",
     [MKT, TR], "寄出通知加本週濾茶器九折：促銷不是物流 (JC3)", ["free-written"], trad=True)
