# -*- coding: utf-8 -*-
"""Labelled seller replies of t83 (imported by gen.py). Every text was written for this set.

One call per reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note points to a judgement call in README.md.
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
    """Render a template and apply (old, new) edits; each old text must occur exactly once."""
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


def rewrap(tid, vals, starts, width):
    """Edit: hard-wrap the paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(paras) == 1, (tid, starts)
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: swap two adjacent sentences."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def _append(tid, vals, anchor, sentence, note, cat, labels, sep, tags):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ staff and products (all invented)
A1, A2, A3, A4 = "Henrietta Oyinlola-Marsh", "Cassius Dray", "Winifred Lachlan-Bose", "Ezekiel Marwood"
Z1, Z2 = "闻书瑶", "芮子谦"
W1, W2 = "甄雅筑", "蘇冠霖"
M2, KW = "Pulsemark M2 digital metronome", "Keelwood KW-60 pendulum metronome"
T5, T9 = "Trueline T5 clip-on tuner", "Trueline T9 pedal tuner"
S1, S3 = "Stanchion S1 folding music stand", "Stanchion S3 orchestral music stand"
TR2, TB4, VN1 = "Hushbell TR-2 trumpet practice mute", "Hushbell TB-4 trombone practice mute", "Hushbell VN-1 violin practice mute"
M2_LONG = ("Pulsemark M2 Digital Metronome, Rechargeable USB-C, 30-252 BPM, Tap Tempo, Subdivisions and Swing, "
           "Headphone Output, Clip-On Stand Mount for Piano, Drums, Guitar and Band Practice")
S3_LONG = ("Stanchion S3 Orchestral Sheet Music Stand, Solid Steel Desk, Height Adjustable 27 to 48 Inches, "
           "Friction Tilt Clutch, Heavy Duty Tripod Base for Orchestra, Band and Choir, Black")
TR2_LONG = ("Hushbell TR-2 Trumpet Practice Mute, Lightweight ABS Shell, Cuts Volume up to 35 dB, Replaceable Cork Pads, "
            "Fits Most Bb Trumpets and Cornets")
M2_ZH = "Pulsemark M2 电子节拍器 USB-C 充电 30-252 BPM 拍速记忆 细分节奏 耳机输出 钢琴 架子鼓 吉他 乐队练习通用"
T9_TW = "Trueline T9 踏板式調音器 高亮度螢幕 真旁通 靜音調音 支援吉他 貝斯 半音階模式 9V 電源供電"
TB4_ZH, TR2_ZH = "Hushbell TB-4 长号弱音器", "Hushbell TR-2 小号弱音器"
S1_TW, S3_TW = "Stanchion S1 摺疊譜架", "Stanchion S3 樂團譜架"
S3_ZH, S1_ZH = "Stanchion S3 乐团谱架", "Stanchion S1 折叠谱架"

# ============================================================ 1. filled templates -> []
FT = "filled-template"
fill("en/metronome/subdivisions", dict(buyer_name="Mr Okereke-Lyle", product=M2, agent_name=A1), "exact fill")
fill("en/metronome/subdivisions", dict(buyer_name="Ms Vandersloot", product=M2_LONG, agent_name=A2),
     "the 180-character listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Ms Vandersloot,", "Good afternoon Ms Vandersloot,")], tags=["greeting", "long-value"])
fill("en/metronome/subdivisions", dict(buyer_name="Mr Sowande", product=M2, agent_name=A3),
     "a warm line about the buyer's audition added after the greeting (JC2)",
     edits=[("Hello Mr Sowande,", "Hello Mr Sowande,\n\nBest of luck with the conservatory audition next month.")],
     tags=["warm-line"])
fill("en/stand/assembly", dict(buyer_name="Ms Trevelyan-Abiodun", stand=S3, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Castellvi", stand=S3, agent_name=A1)
fill("en/stand/assembly", _v, "first and third paragraphs hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/stand/assembly", _v, "Here is how", 70), rewrap("en/stand/assembly", _v, "For seated playing", 70)],
     tags=["reflow"])
fill("en/stand/assembly", dict(buyer_name="Anselm", stand=S3, agent_name=A2),
     "two sentences of the last paragraph swapped (JC2)",
     edits=[swap("For seated playing, most people like the top edge of the desk at about eye level.",
                 "Standing players usually raise it roughly eight inches more.")],
     tags=["reorder"])
fill("en/tuner/reference-pitch", dict(buyer_name="Mrs Hadleigh", tuner=T5, agent_name=A3), "exact fill")
fill("en/tuner/reference-pitch", dict(buyer_name="Mr Oduro-Pryce", tuner=T5, agent_name=A4),
     "sign-off turned into a warm line about the buyer's orchestra tour (JC2)",
     edits=[("With best wishes,", "Have a wonderful tour in Vienna, and best wishes,")], tags=["sign-off", "warm-line"])
fill("en/troubleshoot/jumpy-reading", dict(buyer_name="Ms Fairbrother", product=T5, agent_name=A1), "exact fill")
fill("en/troubleshoot/jumpy-reading", dict(buyer_name="Ignacio", product=T5, agent_name=A2),
     "greeting changed and a sympathy line added (JC2)",
     edits=[("Hello Ignacio,", "Hi Ignacio,\n\nWhat a nuisance to have this happen right before your gig.")],
     tags=["greeting", "warm-line"])
fill("en/mute/fit", dict(buyer_name="Mr Bellweather", mute=TR2, instrument="Bb trumpet", agent_name=A3), "exact fill")
fill("en/mute/fit", dict(buyer_name="Ms Kowalewska", mute=TR2_LONG, instrument="cornet", agent_name=A4),
     "listing title in the mute slot; sign-off changed (JC2)", edits=[("Best wishes,", "Many thanks,")], tags=["long-value", "sign-off"])
fill("en/mute/fit", dict(buyer_name="Mr Delacroix-Amadi", mute=TB4, instrument="tenor trombone", agent_name=A1),
     "one long sentence of the first paragraph split in two (JC2)",
     edits=[("without being forced; if you have to push hard,", "without being forced. If you have to push hard,")],
     tags=["split"])
fill("en/warranty/claim", dict(buyer_name="Ms Pillai-Renwick", product=M2,
     warranty_period="two-year", case_id="WPG-CS-40317", order_id="112-4490217-8835106", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Strathearn", product=S3_LONG, warranty_period="five-year",
     case_id="WPG-CS-40362", order_id="114-0638825-2917734", agent_name=A3),
     "listing title in the product slot; the first two paragraphs run together (JC2)",
     edits=[("spring movement that fails.\n\nThe warranty", "spring movement that fails. The warranty")],
     tags=["long-value", "merge"])
fill("en/warranty/claim", dict(buyer_name="Ms Oyelowo", product=KW, warranty_period="two-year", case_id="WPG-CS-40395",
     order_id="113-7275061-4408319", agent_name=A4),
     "the exclusions sentence paraphrased with the same four exclusions (JC2)",
     edits=[("The warranty does not cover wear from everyday use, accidental drops, moisture damage or changes made to the product.",
             "Everyday wear, damage from a drop or from moisture, and any changes made to the product fall outside the warranty.")],
     tags=["paraphrase"])
fill("en/apology/uneven-tick", dict(buyer_name="Mr Quenby", product=KW, agent_name=A1), "exact fill")
fill("en/apology/uneven-tick", dict(buyer_name="Ms Harrowell", product=KW, agent_name=A2),
     "the empathy sentence reworded and the sign-off changed (JC2)",
     edits=[("It is frustrating to sit down to practise with a beat that limps, and I understand why you wrote to us.",
             "I can see why you wrote; practising to a beat that limps is frustrating."),
            ("With apologies,", "Sorry again,")], tags=["paraphrase", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Ebersole", product=T9, order_id="111-2950784-6613072", agent_name=A3),
     "exact fill; the only request for this order (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Ms Mbeki-Farrow", product=S1, order_id="112-8813460-0274591", agent_name=A4),
     "greeting changed; the only request for this order (JC2, JC9)",
     edits=[("Hello Ms Mbeki-Farrow,", "Dear Ms Mbeki-Farrow,")], tags=["greeting"])
fill("en/metronome/charging", dict(buyer_name="Mr Tanenbaum", product=M2, charge_hours="two hours", agent_name=A1), "exact fill")

fill("zh/metronome/presets", dict(buyer_name="郑女士", product=M2, agent_name=Z1), "exact fill")
fill("zh/metronome/presets", dict(buyer_name="宋先生", product=M2_ZH, agent_name=Z2),
     "商品页完整标题填入产品位置 (JC2)", edits=[("宋先生，您好：", "宋先生，下午好：")], tags=["long-value", "greeting"])
fill("zh/metronome/presets", dict(buyer_name="邹女士", product=M2, agent_name=Z1),
     "问候后加一句预祝考级顺利 (JC2)", edits=[("邹女士，您好：", "邹女士，您好：\n\n祝您孩子下个月的钢琴考级顺利！")],
     tags=["warm-line"])
fill("zh/mute/care", dict(buyer_name="蒋先生", mute=TB4_ZH, agent_name=Z2), "exact fill")
fill("zh/mute/care", dict(buyer_name="韦小姐", mute=TR2_ZH, agent_name=Z1), "第一段两句顺序调换 (JC2)",
     edits=[swap("感谢您询问 %s 的保养方法。" % TR2_ZH,
                 "每次练习结束后，请把弱音器从号口取出，用干的软布擦去内侧的水汽，放在通风处晾干后再收进盒子。", sep="")],
     tags=["reorder"])
fill("zh/warranty/claim", dict(buyer_name="陈先生", product=M2, warranty_period="两年", case_id="WPG-CS-40421",
     order_id="113-5306648-1927410", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="黄女士", product=KW, warranty_period="两年", case_id="WPG-CS-40448",
     order_id="111-6027193-5580246", agent_name=Z1), "前两段合并成一段 (JC2)",
     edits=[("发条机构损坏。\n\n日常使用", "发条机构损坏。日常使用")], tags=["merge"])
fill("zh/warranty/claim", dict(buyer_name="杨先生", product=S3_ZH, warranty_period="五年", case_id="WPG-CS-40473",
     order_id="114-2269051-7730185", agent_name=Z2), "排除条款一句换了说法，内容不变 (JC2)",
     edits=[("日常使用造成的磨损、意外摔落、受潮以及自行改装，不在保修范围内。",
             "如果是正常磨损、不慎摔坏、受潮或者自行改装，则不属于保修范围。")], tags=["paraphrase"])
fill("zh/review/neutral-request", dict(buyer_name="吕女士", product=M2, order_id="112-3385920-4106673", agent_name=Z1),
     "exact fill；本订单唯一一次邀请 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="许先生", product=S1_ZH, order_id="113-9142768-0053927", agent_name=Z2),
     "问候语改为“许老师”；本订单唯一一次邀请 (JC2, JC9)", edits=[("许先生，您好：", "许老师，您好：")], tags=["greeting"])
fill("zh/apology/stand-wobble", dict(buyer_name="冉女士", stand=S3_ZH, agent_name=Z1), "exact fill")
fill("zh/apology/stand-wobble", dict(buyer_name="邱先生", stand=S1_ZH, agent_name=Z2), "结尾加一句祝福 (JC2)",
     edits=[("我们会继续为您处理。", "我们会继续为您处理。祝您排练顺利！")], tags=["sign-off"])

fill("zh-tw/tuner/pedal-power", dict(buyer_name="彭小姐", tuner=T9, agent_name=W1),
     "exact fill")
fill("zh-tw/tuner/pedal-power", dict(buyer_name="賴先生", tuner=T9_TW, agent_name=W2), "商品頁完整標題填入調音器位置 (JC2)",
     edits=[("賴先生 您好：", "賴先生 午安：")], tags=["long-value", "greeting"])
fill("zh-tw/tuner/pedal-power", dict(buyer_name="林小姐", tuner=T9, agent_name=W1), "第二段和第三段合併 (JC2)",
     edits=[("就會恢復出聲。\n\n機身沒有", "就會恢復出聲。機身沒有")], tags=["merge"])
fill("zh-tw/stand/folding", dict(buyer_name="張先生", stand=S1_TW, agent_name=W2), "exact fill")
fill("zh-tw/stand/folding", dict(buyer_name="周太太", stand=S1_TW, agent_name=W1), "結尾祝福改寫 (JC2)",
     edits=[("敬祝 演出順利", "祝 週末的婚禮演出一切順利")], tags=["sign-off", "warm-line"])
fill("zh-tw/troubleshoot/no-sound", dict(buyer_name="王先生", product=M2, agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/no-sound", dict(buyer_name="黃小姐", product=M2, agent_name=W1), "問候後加一句同理的話 (JC2)",
     edits=[("黃小姐 您好：", "黃小姐 您好：\n\n練琴前發現節拍器不響，一定很掃興。")], tags=["warm-line"])
fill("zh-tw/review/neutral-request", dict(buyer_name="吳小姐", product=T5, order_id="111-4738205-9962418", agent_name=W2),
     "exact fill；本訂單唯一一次邀請 (JC9)")
fill("zh-tw/review/neutral-request", dict(buyer_name="許太太", product=S3_TW, order_id="114-6611390-3385702", agent_name=W1),
     "問候語改為「早安」；本訂單唯一一次邀請 (JC2, JC9)", edits=[("許太太 您好：", "許太太 早安：")], tags=["greeting"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    note = re.sub(r" \((JC[^)]*)\)$", r" (JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    _append(tid, vals, anchor, sentence, note, FX, [], sep, tags)


fill_log("en/metronome/subdivisions", dict(buyer_name="Ms Glanville", product=M2, agent_name=A2),
         "underneath the beat.",
         "The clip-on stand mount from the same order left our Louisville warehouse separately by USPS, tracking 9405803318427790126453, and should arrive on Friday.",
         "split-shipment tracking for the mount, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/stand/assembly", dict(buyer_name="Mr Haakonsen", stand=S3, agent_name=A3),
         "cannot tip.",
         "Because the stand ships in a 34-inch carton, it is too long for the Amazon Locker you chose, so it will be delivered to the street address on your account instead.",
         "long carton refused by a locker (JC5)", ["locker", "delivery"])
fill_log("en/tuner/reference-pitch", dict(buyer_name="Ms Ruddock", tuner=T5, agent_name=A4),
         "stay in chromatic mode.",
         "As you asked, we have cancelled the second tuner that was ordered by mistake; it had not shipped, so you will not be charged for it.",
         "duplicate item cancelled before dispatch (JC6)", ["cancellation"])
fill_log("en/mute/fit", dict(buyer_name="Mr Nwachukwu-Hale", mute=TR2, instrument="Bb trumpet", agent_name=A1),
         "when you play open.",
         "If the mute does not suit you, you can return it within 30 days from Your Orders, and the return label is free.",
         "return window and free label (JC14)", ["returns"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Aldridge-Moss", product=S3, warranty_period="five-year", case_id="WPG-CS-40519",
         order_id="113-0847362-5519208", agent_name=A2),
         "linked to order 113-0847362-5519208.",
         "If the stand has to come back to us, we will put a prepaid UPS return label in Your Orders, and the original long carton is the safest way to pack it.",
         "how a long stand would travel back (JC5)", ["returns", "packing"])
fill_log("en/metronome/charging", dict(buyer_name="Mr Pemberly", product=M2, charge_hours="two hours", agent_name=A3),
         "never drains completely.",
         "The USB-C cable that was missing from your box was shipped this morning by USPS, tracking 9405803318427790158820.",
         "missing cable sent (JC6)", ["fulfilment", "tracking"])
fill_log("zh/metronome/presets", dict(buyer_name="卫先生", product=M2, agent_name=Z2),
         "节拍器会按计划逐步提速。",
         "您同一订单里的夹式支架从另一个仓库单独发货，运单号 1Z5V9A030372841156，预计周四送达。",
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/mute/care", dict(buyer_name="沙女士", mute=TB4_ZH, agent_name=Z1),
         "以免损伤表面涂层。",
         "如果弱音器尺寸不合适需要退货，可以在“您的订单”中申请，三十天内退货运费由我们承担。",
         "退货说明 (JC14)", ["returns"])
fill_log("zh/warranty/claim", dict(buyer_name="欧阳先生", product=M2, warranty_period="两年", case_id="WPG-CS-40552",
         order_id="112-7059314-6682035", agent_name=Z2),
         "建立售后编号 WPG-CS-40552。",
         "如果需要寄回检测，我们会通过亚马逊提供预付退货面单，您只需打包好交给 UPS。",
         "寄回检测的退货面单", ["returns"])
fill_log("zh/apology/stand-wobble", dict(buyer_name="伏女士", stand=S1_ZH, agent_name=Z1),
         "我们会继续为您处理。",
         "另外，您反映包裹里缺少的蝶形螺丝今天已免费补发，USPS 运单号 9405803318427790201174。",
         "补发缺少的零件 (JC6, JC14)", ["fulfilment", "tracking"])
fill_log("zh-tw/stand/folding", dict(buyer_name="姚太太", stand=S1_TW, agent_name=W2),
         "避免譜架被吹倒。",
         "您另外訂購的收納袋已經出貨，追蹤單號 1Z5V9A030372907341，預計週五送達。",
         "另外訂購的收納袋追蹤單號", ["tracking"])
fill_log("zh-tw/troubleshoot/no-sound", dict(buyer_name="曹先生", product=M2, agent_name=W1),
         "我們會協助您處理。",
         "如果最後需要換貨，我們會先寄出新的節拍器，您收到後再用隨附的退貨標籤寄回舊機即可。",
         "換貨寄送方式 (JC6)", ["returns", "exchange"])

# ============================================================ 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Achebe-Norland,\n\nYour order is coming in two parcels from two warehouses. The Stanchion S3 stand left Louisville with FedEx Ground, tracking 393071548826, and is due on Tuesday. The Trueline T5 tuner left Portland with USPS, tracking 9405803318427790247731, and should arrive a day or two earlier.\n\nBest regards,\nHenrietta",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Hi Ms Lockerbie,\n\nThe Stanchion S3 packs into a carton 34 inches long, which is longer than any Amazon Locker compartment, so the locker you picked could not be used and the order was switched to your home address. If nobody will be in, you can ask FedEx to hold it at a nearby FedEx location once tracking shows it is out for delivery.\n\nCassius",
     ["locker", "delivery"], "long carton refused by a locker (JC5, JC15)"),
    ("Dear Mr Szekely,\n\nUPS marked your parcel as undeliverable this morning because the driver could not get into the building at the address on the order. Could you reply with a door code or tell us which entrance the driver should use? We will pass it on, and UPS will try again on the next business day.\n\nThanks,\nWinifred",
     ["delivery-exception", "address"], "delivery exception, access details (JC15)"),
    ("Hello Ms Bouchard-Ilori,\n\nYour metronome is in customs in Winnipeg. Shipments to Canada are checked by the border agency, which usually adds one to three business days. The import fees were collected by Amazon when you placed the order, so please do not pay anything at the door; if the courier asks you to, send us a photo of the notice and we will deal with it.\n\nKind regards,\nEzekiel",
     ["customs"], "customs hold with import fees prepaid at checkout (JC7)"),
    ("Hi Mr Ravensdale,\n\nUSPS does not accept lithium batteries for military mail, even when they are built into a device, so the Pulsemark M2 cannot be sent to your APO address. We have cancelled that item and refunded $42.99 to your card. The clip-on tuner and the practice mute in the same order are not affected and left our Portland warehouse today.\n\nHenrietta",
     ["battery-rules", "cancellation", "refund"], "lithium battery cannot go to an APO address (JC4, JC14)"),
    ("Hello Ms Kalinowski,\n\nYou are right that the T5 tuner arrived without its coin cell. Our air service to Hawaii does not take loose lithium cells, so we pack the CR2032 in a separate parcel that goes by ground and sea. It is on its way with USPS, tracking 9405803318427790263319, and usually takes 8 to 12 days to reach Honolulu.\n\nCassius",
     ["battery-rules", "split-shipment", "tracking"], "coin cell sent separately by surface (JC4)"),
    ("Dear Mr Whitlow,\n\nTo send the Stanchion S3 back, start the return in Your Orders and choose the UPS drop-off option. Please fold the stand fully and pack it in its original 34-inch carton with the cardboard sleeve around the desk. If you no longer have the carton, any box of the same length will do, as long as the desk cannot slide about.\n\nWinifred",
     ["returns", "packing"], "return of a long stand with packing instructions (JC5)"),
    ("Hi Ms Prothero,\n\nYour returned Trueline T9 pedal tuner reached our Portland warehouse this morning. A refund of $38.50 has gone back to your original payment method and usually shows within three to five business days.\n\nEzekiel",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Mr Cardew-Baptiste,\n\nThe Stanchion S3 you sent back arrived without its tilt knob. We have refunded $73.00 now, which is the price of $79.00 less $6.00 for the knob. If it turns up, send it back with the same return label and we will refund the remaining $6.00 when it arrives.\n\nRegards,\nHenrietta",
     ["refund", "returns"], "partial refund of a return missing a part (JC6, JC14)"),
    ("Hi Ms Elstree,\n\nThanks for catching this in time. Your order had not left the warehouse yet, so we have changed the delivery address to the one in Beaverton you gave us. The new address is also showing in Your Orders.\n\nCassius",
     ["address"], "address changed before dispatch (JC15)"),
    ("Dear Mr Dunsford,\n\nYour order left our warehouse yesterday, so we can no longer change the address on it. UPS can still redirect it: look up tracking number 1Z5V9A030373016628 in UPS My Choice and choose Change Delivery Address, or have it held at a UPS Access Point near your new flat. UPS may charge a small fee for the change.\n\nWinifred",
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hello Ms Yamaguchi-Reid,\n\nWe have cancelled the duplicate order 111-9025468-3371154 as you asked. It had not shipped, so you will not be charged for it, and your first order for the Keelwood KW-60 is unchanged and on its way.\n\nEzekiel",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC14)"),
    ("Hi Mr Oyekunle,\n\nI'm sorry the Stanchion S1 arrived with a bent leg; that happened in transit and it is not yours to fix. A replacement stand left today by FedEx, tracking 393071602257. Please keep the damaged one for now; if the carrier wants it back for their claim, we will let you know here and send a free label.\n\nHenrietta",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC6, JC7)"),
    ("Dear Ms Farnaby,\n\nOur warehouse packed a trumpet practice mute instead of the trombone mute you ordered, and I'm sorry about the mix-up. The Hushbell TB-4 ships today by UPS, tracking 1Z5V9A030373059904. A prepaid return label for the trumpet mute is in Your Orders; please drop it at any UPS location within 30 days.\n\nCassius",
     ["fulfilment", "returns", "tracking"], "wrong item sent and exchanged (JC6)"),
    ("Hello Mr Gethin,\n\nThe tilt knob was missing from your Stanchion S3 box. A new knob went out this morning in a padded envelope by USPS, tracking 9405803318427790290418, and should arrive within three days.\n\nWinifred",
     ["fulfilment", "tracking"], "missing part sent (JC6)"),
    ("Hi Ms Ravenhill,\n\nI'm sorry for the wait. The batch of Keelwood KW-60 metronomes for your order was held at the port for an extra inspection, so your order will now ship on the 14th instead of the 9th. Amazon shows the new delivery estimate in Your Orders, and we will send the tracking number here as soon as it leaves.\n\nEzekiel",
     ["delay"], "shipping delay with a new date (JC15)"),
    ("Dear Mr Pritchard-Oke,\n\nThe delivery photo from FedEx shows a green door that does not look like yours. We have opened a trace with FedEx and, rather than keep you waiting, shipped a replacement tuner today, tracking 393071655180. If the first parcel turns up, reply here and we will send a free return label for it.\n\nHenrietta",
     ["delivery", "tracking"], "delivered to the wrong door (JC14, JC15)"),
    ("Hello Ms Tindall,\n\nAs you asked, your parcel is being held at the FedEx Office on Hawthorne Boulevard. Please bring a photo ID and the tracking number 393071690347. They keep parcels for five business days; after that FedEx returns it to us and we refund the order.\n\nCassius",
     ["pickup-point", "tracking"], "hold at a pickup point (JC15)"),
    ("Hi Mr Lowther,\n\nYour order had already shipped when your cancellation request reached us, so we can no longer stop it. When UPS arrives you can refuse the parcel and it will come back to us, or you can accept it and start a return in Your Orders. Either way, the refund is issued as soon as the parcel is back in our warehouse.\n\nWinifred",
     ["cancellation", "returns", "refund"], "cancellation after dispatch (JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("段先生，您好：\n\n您的订单分两个包裹发出：Stanchion S3 谱架从路易斯维尔仓库发出，FedEx 运单号 393071721968，预计周二送达；调音表从波特兰仓库发出，USPS 运单号 9405803318427790314055，会早一两天到。\n\n闻书瑶",
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("雷女士，您好：\n\n您的节拍器目前在温哥华清关，加拿大海关查验一般需要一到三个工作日。进口关税在下单时已经由亚马逊代收，派送时请不要再付任何费用；如果快递员要求付款，请把通知单拍照发给我们处理。\n\n芮子谦",
     ["customs"], "清关与预付关税 (JC7)"),
    ("覃先生，您好：\n\n您的订单还没有出库，我们已经按您的要求把收货地址改成新的公寓地址，您可以在“您的订单”里看到更新后的地址。\n\n闻书瑶",
     ["address"], "发货前修改地址 (JC14, JC15)"),
    ("龚女士，您好：\n\nUPS 今天派送时找不到 B 座 1207 的入口，包裹已经退回网点。麻烦您回复一下楼门密码或者门卫的位置，我们会转告 UPS，下一个工作日会再派送一次。\n\n芮子谦",
     ["delivery-exception", "address"], "派送失败，补充地址信息 (JC15)"),
    ("边先生，您好：\n\n退货请在“您的订单”中申请，选择 UPS 上门取件或送到 UPS 门店。弱音器请装回原来的盒子，软木条朝上放好，外面再套一个快递袋。三十天内的退货运费由我们承担。\n\n闻书瑶",
     ["returns", "packing"], "退货流程 (JC14, JC15)"),
    ("鲍先生，您好：\n\n您退回的 Pulsemark M2 节拍器今天已经入库，退款 42.99 美元已退回原支付方式，一般三到五个工作日到账。\n\n芮子谦",
     ["refund", "returns"], "退货退款 (JC14)"),
    ("俞女士，您好：\n\n很抱歉 Keelwood KW-60 节拍器的木壳在运输途中摔裂了。新的节拍器今天已经免费补发，UPS 运单号 1Z5V9A030373124485。摔坏的那台请先保留，如果承运商理赔需要取回，我们会在这里通知您。\n\n闻书瑶",
     ["damage", "tracking"], "运输损坏，免费补发 (JC7, JC14)"),
    ("尚先生，您好：\n\n仓库把 Trueline T9 踏板调音表错发成了 T5 夹式调音表，非常抱歉。正确的 T9 今天由 FedEx 发出，运单号 393071783521。T5 的预付退货面单已经放在“您的订单”里，请在三十天内交给 FedEx 寄回。\n\n芮子谦",
     ["fulfilment", "returns", "tracking"], "发错型号，换货 (JC6)"),
    ("温女士，您好：\n\n按照您的要求，我们已经取消了重复下的订单 113-2718406-9954301。这笔订单还没有发货，不会向您收费，第一笔订单照常配送。\n\n闻书瑶",
     ["cancellation"], "取消重复订单 (JC6, JC14)"),
    ("梅先生，您好：\n\n您的节拍器包裹里漏放了 USB-C 充电线，我们今天已经单独补发，USPS 运单号 9405803318427790338617，大约三天送达。\n\n芮子谦",
     ["fulfilment", "tracking"], "补发漏放的充电线 (JC6)"),
    ("岳女士，您好：\n\n抱歉让您久等。仓库本周盘点，您订购的 Stanchion S3 谱架要延迟到下周一发货，亚马逊上的预计送达日期也已经更新。发货后我们会把运单号发到这个对话里。\n\n闻书瑶",
     ["delay"], "延迟发货 (JC15)"),
    ("乐先生，您好：\n\n物流记录显示包裹昨天下午已经送达，签收照片是放在门口的鞋柜旁边。麻烦您先问一下家人、邻居或者物业前台；我们也已经向 FedEx 提交了查询，如果两天内还是找不到，我们会为您补发。\n\n芮子谦",
     ["delivery", "tracking"], "显示已送达但未收到 (JC15)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("鍾小姐 您好：\n\n您訂購的 Trueline T9 踏板調音器已經從波特蘭倉庫出貨，UPS 追蹤單號 1Z5V9A030373187726，預計下週三送達。\n\n甄雅筑",
     ["tracking"], "出貨追蹤單號 (JC15)"),
    ("謝先生 您好：\n\n要退回 Stanchion S3 譜架，請在「您的訂單」申請退貨並選擇 UPS 寄件。譜架請完全收合，放回原本八十六公分長的紙箱，譜板外面的紙套也請一起套上，避免運送途中刮傷。\n\n蘇冠霖",
     ["returns", "packing"], "長紙箱退貨 (JC5)"),
    ("蔣小姐 您好：\n\n您寄回的 Hushbell VN-1 弱音器已經入庫，退款 12.99 美元已退回原付款方式，通常三到五個工作天入帳。\n\n甄雅筑",
     ["refund", "returns"], "退貨退款 (JC14)"),
    ("杜太太 您好：\n\n很抱歉 Stanchion S1 譜架在運送途中壓彎了。新的譜架今天已經補寄，FedEx 追蹤單號 393071829064。壓壞的那一組請先保留，如果物流公司理賠需要收回，我們會在這裡通知您。\n\n蘇冠霖",
     ["damage", "tracking"], "運送途中損壞，補寄 (JC7)"),
    ("盧先生 您好：\n\n您的包裹昨天已經出貨，我們這邊無法再修改地址。您可以到 UPS My Choice 輸入追蹤單號 1Z5V9A030373220583，選擇變更送貨地址，或改到您新家附近的 UPS 取件點領取；改址可能需要支付少許費用。\n\n甄雅筑",
     ["address", "tracking"], "出貨後改址 (JC15)"),
    ("歐陽小姐 您好：\n\n您的 Stanchion S1 包裹裡少了收納袋，我們今天已經另外補寄，USPS 追蹤單號 9405803318427790372906，大約四天送達。\n\n蘇冠霖",
     ["fulfilment", "tracking"], "缺件補寄 (JC6)"),
    ("柳先生 您好：\n\n您的節拍器寄往臺灣，是透過 AmazonGlobal 國際運送。進口稅費已在結帳時預收，包裹到了海關之後通常兩到四個工作天會放行，派送時不需要再付任何費用。\n\n甄雅筑",
     ["customs"], "國際運送與預收進口稅費 (JC7)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free-written product talk -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Carrington-Bey,\n\nThe TR-2 is shaped for a trumpet bell, so it sits too deep in a flugelhorn and the cork will not grip. For flugelhorn, a mute made for that wider, conical bell is the one to look for. On trumpet and cornet the TR-2 is a good fit.\n\nHenrietta",
     ["advice", "compatibility"], "which instrument a mute fits (JC10)"),
    ("Hello Mr Abramowitz,\n\nFor a young piano student, either works. The Keelwood KW-60 is wind-up and very visual, since the swinging arm shows the beat, but it has no subdivisions. The Pulsemark M2 can count eighths and triplets aloud and has a headphone socket, which helps once pieces get harder.\n\nCassius",
     ["advice", "comparison"], "comparing two of the seller's metronomes on request, no offer (JC10)"),
    ("Dear Ms Quigley,\n\nYes, the T9 reads the low B of a five-string bass without trouble. Put it in B mode or chromatic, and pluck the string over the neck pickup for the steadiest reading.\n\nWinifred",
     ["advice", "compatibility"], "tuner range (JC10)"),
    ("Hi Mr Hallworth,\n\nThank you for the video of the display. I've passed it to our technician, who will look at it on Monday and reply in this thread with what to try next.\n\nEzekiel",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Hello Ms Dempsey-Kato,\n\nThe invoice for your school's order can be downloaded from Your Orders under Invoice. We have added the school's name and the purchase order number you sent, so it should be ready for your finance office.\n\nHenrietta",
     ["invoice"], "invoice request (JC11)"),
    ("Hi Mr Fennimore,\n\nIn an apartment the TR-2 brings a trumpet down to roughly the level of a loud conversation. Neighbours through a shared wall may still hear the high register, so practising against an inside wall and away from windows helps.\n\nCassius",
     ["advice"], "how quiet a mute is in an apartment (JC10)"),
    ("Dear Ms Ottaway,\n\nThe S1 wire stand is rated for about three pounds, which is fine for loose sheets and a slim binder. A thick choir folder will make the desk sag; for that weight a solid-desk stand is the better choice.\n\nWinifred",
     ["advice"], "load on a wire stand, answered on request (JC10)"),
    ("Hello Mr Brannock,\n\nAgainst a full drum kit the M2 speaker will get lost. Most drummers run it into headphones or into the mixer from the 3.5 mm socket, and you can add the flashing light as a visual cue.\n\nEzekiel",
     ["advice"], "metronome with a drum kit (JC10)"),
    ("Hi Ms Lavington,\n\nThank you for the kind words about the stands, and it is lovely to hear the school band is using them every week. Have a great spring concert.\n\nHenrietta",
     ["courtesy"], "thanks-only reply to praise, no review request (JC16)"),
    ("Dear Mr Sorokin,\n\nThe T5 clip sensor picks up the C string of a cello well if you clip it on the scroll and bow firmly. If the reading is slow to settle on the low strings, bow a little nearer the bridge.\n\nCassius",
     ["advice"], "tuning a cello (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("贝女士，您好：\n\n带着练习弱音器吹高音时，音会稍微偏高一点，这是正常现象。建议用弱音器练技巧和耐力，校音和合奏前还是拿掉弱音器再调。\n\n闻书瑶",
     ["advice"], "弱音器对音准的影响 (JC10)"),
    ("柏先生，您好：\n\n练习时建议用木鱼音色，声音短、起音清楚，和钢琴混在一起也听得见。人声数拍适合刚开始学复杂节奏的时候用，熟练以后再换回普通的滴答声。\n\n芮子谦",
     ["advice"], "节拍器音色选择 (JC10)"),
    ("庄女士，您好：\n\nVN-1 是橡胶做的重型练习弱音器，装上以后音量大约降到原来的三分之一，适合晚上在家练琴。普通的演奏弱音器只是让音色变柔和，音量变化不大。\n\n闻书瑶",
     ["advice", "comparison"], "两种小提琴弱音器的区别 (JC10)"),
    ("祖先生，您好：\n\nS3 的谱板够宽，十二点九英寸的平板电脑横放竖放都可以，谱板下沿的挡边能托住机身。翻页时手轻一点，谱架就不会晃。\n\n芮子谦",
     ["advice", "compatibility"], "谱架放平板电脑 (JC10)"),
    ("缪女士，您好：\n\n孩子刚开始学钢琴，用机械节拍器就够了，摆杆看得见，孩子容易跟上。等学到三连音、附点这些节奏，电子节拍器的细分功能会更有帮助。\n\n闻书瑶",
     ["advice", "comparison"], "初学者选哪种节拍器，按买家提问回答，无优惠 (JC10)"),
    ("蔺先生，您好：\n\n视频已经收到，谢谢您。我们的技术同事明天会仔细看一下，然后在这个对话里告诉您下一步怎么处理。\n\n芮子谦",
     ["holding"], "故障处理中的过渡回复 (JC12)"),
]:
    free(N, "zh", text, [TR], note, tags)
for text, tags, note in [
    ("石先生 您好：\n\nT5 的半音階模式可以用來調古箏，把夾子夾在琴頭的木框上，一根一根撥弦就能讀到音高。弦比較多，建議先調中音區，再往兩邊調。\n\n甄雅筑",
     ["advice"], "調音器調古箏 (JC10)"),
    ("鄧太太 您好：\n\n孩子坐著練琴時，譜架上緣大約和眼睛同高就好；S1 最低可以降到六十公分左右，七八歲的小朋友也適用。\n\n蘇冠霖",
     ["advice"], "兒童使用的譜架高度 (JC10)"),
    ("田小姐 您好：\n\n公司抬頭的收據可以在「您的訂單」頁面下載，我們已經依您提供的公司名稱和統一編號補上，下載後即可報帳。\n\n甄雅筑",
     ["invoice"], "收據抬頭 (JC11)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Ellingworth,\n\nSUB cycles through the note patterns, from straight quarters to triplets, sixteenths and swing, and BEAT sets how many beats get an accent, with 0 meaning none at all. Holding SUB lets you balance how loud the subdivision is against the main click.\n\nHenrietta",
     "retells en/metronome/subdivisions (JC13)"),
    ("Hello Ms Penhallow,\n\nOpen the legs until the collar clicks, drop the upper tube in and tighten the height knob. Then put the desk on; if it flops forward under heavy music, tighten the clutch more, since it is supposed to be stiff. Eye level suits seated players, a little higher if you stand.\n\nCassius",
     "retells en/stand/assembly (JC13)"),
    ("Dear Mr Gwilliam,\n\nTap CAL to go up a hertz at a time, as far as 450, or hold it to come down to 430; the tuner keeps whatever you set. Ask your conductor whether the band uses 440 or 442. Horn players should leave it in C mode.\n\nWinifred",
     "retells en/tuner/reference-pitch (JC13)"),
    ("Hi Ms Okonjo-Frye,\n\nClip it where the instrument vibrates most: headstock, scroll or bell rim. A dim screen means the coin cell is on its way out. And if MIC is lit, hold MODE until it goes, so the tuner stops listening to the whole room.\n\nEzekiel",
     "retells en/troubleshoot/jumpy-reading (JC13)"),
    ("Hello Mr Tregarthen,\n\nTwist it in gently until the corks hold all round; stiff cork loosens with use. It takes the volume down by thirty-odd decibels and adds some resistance, and the top notes may go a touch sharp, which is nothing to worry about.\n\nHenrietta",
     "retells en/mute/fit (JC13)"),
    ("Hi Ms Cheverton,\n\nAny USB-C charger will do, and it's full in about two hours; the blinking symbol just means it's charging. Expect around 20 hours per charge. Headphones mute the speaker, and if it sits in a drawer, charge it every couple of months.\n\nCassius",
     "retells en/metronome/charging (JC13)"),
    ("Dear Mr Kilbride,\n\nWhenever you've settled in with the stand, we'd value an honest Amazon review of it, good points and bad.\n\nWinifred",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])
for text, note in [
    ("华先生，您好：\n\n调好速度以后长按 MEM 两秒，选一个 P 几的位置再按一下就存上了，最多存八组，平时短按就能来回切换。想慢慢提速的话，可以在菜单里开自动加速。\n\n闻书瑶",
     "改写 zh/metronome/presets (JC13)"),
    ("储女士，您好：\n\n吹完把弱音器拿出来，里面擦干、晾干再收。软木松了就抹一点软木油，别用凡士林。外壳用温水擦擦就好，别泡水，也别用酒精。\n\n芮子谦",
     "改写 zh/mute/care (JC13)"),
    ("井先生，您好：\n\n晃的话多半是锁紧环没按到底。把腿全部张开，按到“咔”一声，再拧紧高度旋钮；谱板往前倒，就把背后的角度调节器拧紧一些。\n\n闻书瑶",
     "改写 zh/apology/stand-wobble (JC13)"),
    ("娄女士，您好：\n\n节拍器有两年保修，屏幕、按键、旋钮、发条这些做工问题都包；摔坏、进水或者改装过的不包。麻烦把情况说一下，配张照片或者视频发过来。\n\n芮子谦",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])
for text, note in [
    ("程先生 您好：\n\nT9 用 9V 中心負極的電源，可以跟效果器共用。導線進 INPUT、OUTPUT 接下一顆，踩一下就是靜音調音。千萬別接中心正極或高於 9V 的電源。\n\n蘇冠霖",
     "改寫 zh-tw/tuner/pedal-power (JC13)"),
    ("孫小姐 您好：\n\n先把耳機孔上的東西拔掉，再按住 VOL 轉旋鈕，看音量是不是 0，也確認沒有設成只閃燈。都不是的話，長按電源十秒重開看看。\n\n甄雅筑",
     "改寫 zh-tw/troubleshoot/no-sound (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. logistics plus product advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Northcott,\n\nYour S3 stand will be delivered by FedEx on Thursday. Once it is up, set the desk just below eye level for seated practice and tighten the tilt clutch firmly so that heavy scores stay put.\n\nEzekiel",
     "delivery date plus set-up advice (JC8)"),
    ("Hello Ms Abiola-Grant,\n\nThe replacement cork pads shipped today by USPS. Until they arrive, a thin strip of painter's tape around the old corks will help the mute hold in the bell.\n\nHenrietta",
     "replacement shipped plus a stop-gap tip (JC8)"),
    ("Dear Mr Whitsun,\n\nWe have started your return and the label is in Your Orders. Before you send the tuner back, it may be worth trying a fresh CR2032, because a weak cell is the usual reason a reading wanders.\n\nCassius",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Ms Ferrabee,\n\nYour metronome is in customs in Toronto for a day or two. In the meantime, have a USB-C phone charger ready: the M2 arrives about half charged and is best charged fully before its first use.\n\nWinifred",
     "customs plus first-use advice (JC8)"),
    ("Hello Mr Kavanagh-Idris,\n\nUPS will try to deliver the stand again on Monday. When you set it up, open the legs all the way before you push the collar down, otherwise it will not lock and the stand can wobble.\n\nEzekiel",
     "redelivery plus set-up advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("麦先生，您好：\n\n换货的节拍器明天由 UPS 发出。在收到之前，现在这台仍然可以接耳机练习，耳机插孔不受这个故障影响。\n\n闻书瑶",
     "换货发出加使用建议 (JC8)"),
    ("卞女士，您好：\n\n包裹预计周四送达。收到后建议先把 TB-4 弱音器的软木条轻轻捏软一点再放进号口，第一次用会比较紧。\n\n芮子谦",
     "送达加使用建议 (JC8)"),
    ("左先生，您好：\n\n您的谱架还在清关，调音表已经先到了。等待期间可以先把调音表的基准音设成乐团用的 442 赫兹。\n\n闻书瑶",
     "清关加调音建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("韓小姐 您好：\n\n補寄的收納袋今天已經寄出。收到之前，攜帶譜架時請握住下管，不要只提著譜板，以免接頭鬆動。\n\n蘇冠霖",
     "補寄加攜帶建議 (JC8)"),
    ("古先生 您好：\n\n節拍器預計週三送達。收到後建議先充滿電，再把常用的速度存進記憶位置，練習時切換比較方便。\n\n甄雅筑",
     "送達加使用建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    _append(tid, vals, anchor, sentence, note + " (JC3)", V, labels, sep, ["template-based"])


add_bad("en/metronome/subdivisions", dict(buyer_name="Mr Brackenbury", product=M2, agent_name=A1),
        "underneath the beat.",
        "P.S. Our new Pulsemark M3 launches in March, and you can order it now with code TEMPO15 for 15% off.",
        [MKT, TR], "P.S. announcing a new model with a discount code", sep="\n\n")
add_bad("en/stand/assembly", dict(buyer_name="Ms Hennessy-Adu", stand=S3, agent_name=A2),
        "cannot tip.",
        "If the stand works well for you, please leave us a five-star review.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/troubleshoot/jumpy-reading", dict(buyer_name="Mr Carstairs", product=T5, agent_name=A3),
        "work through it with you.",
        "For quicker help, text our technician on WhatsApp at +1 503-555-0147.",
        [OPC, TR], "support moved to WhatsApp")
add_bad("en/apology/uneven-tick", dict(buyer_name="Ms Villiers", product=KW, agent_name=A4),
        "we will put it right.",
        "Please contact us before you post any review, so that we can fix things first.",
        [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
add_bad("en/mute/fit", dict(buyer_name="Mr Pendergast", mute=TR2, instrument="Bb trumpet", agent_name=A1),
        "when you play open.",
        "You might also like our Hushbell TB-4 trombone mute, which is 20% off this week.",
        [MKT, TR], "cross-sell with a price cut")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Ogunleye", product=M2, order_id="112-6604391-7728150", agent_name=A2),
        "what we should change.",
        "As a thank-you, we will send you a free set of spare cork pads as soon as your review goes live.",
        [RI, TR], "free accessory in exchange for a review")
add_bad("en/metronome/charging", dict(buyer_name="Mr Treadgold", product=M2, charge_hours="two hours", agent_name=A3),
        "never drains completely.",
        "For anything else, email us at help@wrenfieldgear.com rather than writing through Amazon.",
        [OPC, TR], "support moved to an e-mail address")
add_bad("en/warranty/claim", dict(buyer_name="Ms Sandringham", product=T9, warranty_period="two-year", case_id="WPG-CS-40580",
        order_id="114-3092716-8850427", agent_name=A4),
        "linked to order 114-3092716-8850427.",
        "Once the replacement ships, you can follow it on our own tracking page at wrenfieldgear.com/track instead of in your Amazon account.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Fitzwarren,\n\nYour refund for the returned S3 stand went through today. Now that it's settled, if you update your 1-star review, we'll send you a $15 gift card as thanks.\n\nEzekiel",
     [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not logistics (JC3)",
     ["free-written"])

add_bad("zh/metronome/presets", dict(buyer_name="穆先生", product=M2, agent_name=Z1),
        "节拍器会按计划逐步提速。",
        "如果还有问题，欢迎添加我们的微信 wrenfield_help，技术人员一对一指导。",
        [OPC, TR], "产品支持转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="凤女士", product=TB4_ZH, order_id="113-4481620-9075316", agent_name=Z2),
        "也能帮助我们改进产品。",
        "留下五星好评后联系我们，即可获赠一套替换软木条。",
        [RI, TR], "五星好评换赠品")
add_bad("zh/apology/stand-wobble", dict(buyer_name="蓝先生", stand=S3_ZH, agent_name=Z1),
        "我们会继续为您处理。",
        "问题解决以后，麻烦您把之前的差评撤掉，这对我们小店很重要。",
        [RI, TR], "要求撤掉差评")
add_bad("zh/mute/care", dict(buyer_name="钟女士", mute=TB4_ZH, agent_name=Z2),
        "以免损伤表面涂层。",
        "另外，本店新款小号弱音器本周九折，欢迎选购！",
        [MKT, TR], "新款弱音器九折促销")
add_bad("zh/warranty/claim", dict(buyer_name="邝先生", product=M2, warranty_period="两年", case_id="WPG-CS-40611",
        order_id="111-8374052-2609918", agent_name=Z1),
        "建立售后编号 WPG-CS-40611。",
        "另外，请到我们的官网 wrenfieldgear.com 登记产品序列号，以便延长保修。",
        [OPC, TR], "引导到卖家官网登记产品；登记不是物流")
free(V, "zh", "牛女士，您好：\n\n补发的节拍器我们打算直接从国内仓库寄给您，麻烦加一下微信 wrenfield_help，把收货地址和电话发给我们确认。\n\n芮子谦",
     [OPC], "补发改由卖家自行寄送并转到微信确认地址：内容仍是补发和收货地址这些物流事项，所以不标 template-required (JC3)",
     ["free-written"])

add_bad("zh-tw/tuner/pedal-power", dict(buyer_name="賀先生", tuner=T9, agent_name=W2),
        "把亮度調到最高。",
        "也歡迎到我們的 Instagram 帳號 @wrenfield.tw 看看，每週都有調音小技巧。",
        [OPC, TR], "導向 Instagram 社群帳號")
add_bad("zh-tw/troubleshoot/no-sound", dict(buyer_name="魯小姐", product=M2, agent_name=W1),
        "我們會協助您處理。",
        "如果這次處理讓您滿意，再麻煩您留個好評；不滿意的話請直接找我們，不要在亞馬遜留下評論。",
        [RI, TR], "滿意才請求好評，不滿意則勸阻評論")
free(V, "zh", "雷太太 您好：\n\n您的 Stanchion S1 譜架今天已經寄出，追蹤單號 1Z5V9A030373264417。順帶一提，本週 Trueline T5 調音器第二件半價，歡迎再次選購。\n\n甄雅筑",
     [MKT, TR], "寄出通知（物流）加調音器第二件半價；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
