# -*- coding: utf-8 -*-
"""Labelled seller replies of set templates-holdout75 (imported by gen.py). Every text was written for this set.

Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics, rewritten,
mixed-logistics, violating. "JCn" in a note points to the numbered judgement calls in README.md.
Order ids, tracking numbers and case ids are invented and come from the generators below, so that each
is well formed and used once.
"""
import random
import re
import textwrap
from gen_templates import TEMPLATES

PH = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []

# ------------------------------------------------------------------ invented identifiers
_rng = random.Random(75075)
_issued = set()


def _unique(make):
    while True:
        v = make()
        if v not in _issued:
            _issued.add(v)
            return v


def _d(n):
    return "".join(str(_rng.randint(0, 9)) for _ in range(n))


def oid():      # Amazon order id
    return _unique(lambda: "1%d%d-%s-%s" % (_rng.randint(1, 1), _rng.randint(1, 4), _d(7), _d(7)))


def ups():      # UPS: 1Z + 16 characters
    return _unique(lambda: "1ZK47V03" + _d(10))


def fdx():      # FedEx: 12 digits
    return _unique(lambda: "3928" + _d(8))


def usps():     # USPS: 22 digits
    return _unique(lambda: "9361" + _d(18))


def case():     # seller's own case id
    return _unique(lambda: "KGC-" + _d(5))


# ------------------------------------------------------------------ builders
def render(tid, vals):
    need = set(PH.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("values for %s: got %s, need %s" % (tid, sorted(vals), sorted(need)))
    return PH.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, buyer, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note,
                        buyer=buyer, tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template, then apply (old, new) edits; each `old` must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         vals["buyer_name"], tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(paras) != 1:
        raise SystemExit("wrap: %r not unique in %s" % (starts, tid))
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: two adjacent sentences change places."""
    return (a + sep + b, b + sep + a)


_GREET = re.compile(r"^(?:(?:Hi|Hello|Dear|Good (?:morning|afternoon|evening)) (.+),"
                    r"|(.+?)(?:，|\s)(?:您好|下午好|晚上好|午安)：)$")


def free(cat, lang, text, labels, note, tags=(), trad=False):
    text = text.strip("\n")
    m = _GREET.match(text.split("\n", 1)[0])
    if not m:
        raise SystemExit("cannot read the buyer's name in: " + text[:40])
    _add(cat, text, labels, lang, tags, note, m.group(1) or m.group(2), trad=trad)


def with_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ staff and products (all invented)
A1, A2, A3, A4 = "Thaddeus Wrenfield", "Imogen Sallowby", "Kwabena Druitt", "Liesel Montbray"
Z1, Z2 = "裘文瀚", "濮雨桐"
W1, W2 = "池昱廷", "饒詠晴"

C9 = "Kestrow Vanta C9 cordless clipper"
T4 = "Kestrow Edgeline T4 outline trimmer"
B6 = "Kestrow Scruff B6 beard trimmer"
DOCK = "Kestrow Dockwell charging dock"
C9_BLADE = "Vanta C9 replacement blade set"
C9_LONG = ("Kestrow Vanta C9 Cordless Hair Clipper for Men, Professional Fade Clipper with Ceramic Cutter, "
           "8 Magnetic Guards, 150-Minute Runtime, USB-C Charging Dock, Taper Lever, Barber Kit with Blade Oil and Brush")
DOCK_LONG = ("Kestrow Dockwell Dual Charging Dock for Vanta C9 Clipper and Edgeline T4 / Scruff B6 Trimmers, "
             "USB-C Powered Stand with LED Light Ring, Non-Slip Weighted Base")
B6_ZH = "Kestrow Scruff B6 胡须修剪器"
B6_ZH_LONG = ("Kestrow Scruff B6 男士胡须修剪器 电动理胡刀 0.5-10毫米二十档拨轮调节 可拆洗刀头 "
              "USB-C快充 附胡须梳与清洁刷 送礼收纳包")
T4_ZH = "Kestrow Edgeline T4 轮廓修剪器"
C9_ZH = "Kestrow Vanta C9 无线理发器"
DOCK_TW = "Kestrow Dockwell 充電座"
C9_TW = "Kestrow Vanta C9 無線電剪"
C9_TW_LONG = ("Kestrow Vanta C9 專業無線電剪 陶瓷動刀片 八支磁吸限位梳 續航一百五十分鐘 "
              "USB-C充電座 漸層推剪撥桿")
T4_TW = "Kestrow Edgeline T4 雕刻修鬍刀"
B6_TW = "Kestrow Scruff B6 鬍鬚修剪器"

# ================================================================= 1. filled templates -> []
fill("en/blade/replacement", dict(buyer_name="Mr Tillbrook", product=C9, blade=C9_BLADE, agent_name=A1), "exact fill")
fill("en/blade/replacement", dict(buyer_name="Ms Varga-Holm", product=C9_LONG, blade=C9_BLADE, agent_name=A2),
     "the full 200-character listing title in the product slot; greeting changed (JC2)",
     edits=[("Hi Ms Varga-Holm,", "Good afternoon Ms Varga-Holm,")], tags=["greeting", "long-value"])
fill("en/blade/replacement", dict(buyer_name="Mr Esterhuizen", product=C9, blade=C9_BLADE, agent_name=A3),
     "a line of small talk about the buyer's barbering course added after the greeting (JC2)",
     edits=[("Hi Mr Esterhuizen,", "Hi Mr Esterhuizen,\n\nI hope the first week of your barbering course has gone well.")],
     tags=["small-talk"])
fill("en/blade/oiling", dict(buyer_name="Ms Pradhan", product=C9, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Lockyer", product=T4, agent_name=A1)
fill("en/blade/oiling", _v, "first two paragraphs hard-wrapped at 68 columns, as pasted from a desktop mail program (JC2)",
     edits=[wrap("en/blade/oiling", _v, "Good question", 68), wrap("en/blade/oiling", _v, "Oil is what", 68)],
     tags=["reflow"])
fill("en/blade/oiling", dict(buyer_name="Kofi", product=C9, agent_name=A2),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[swap("Please do not hold the clipper under the tap or leave the blade soaking in water.",
                 "A disinfectant spray made for clipper blades is fine, as long as you oil the blade again once it has dried.")],
     tags=["swap"])
fill("en/guard/sizes", dict(buyer_name="Ms Brightwater", product=C9, agent_name=A3), "exact fill")
fill("en/guard/sizes", dict(buyer_name="Mr Saltonstall", product=C9, agent_name=A4),
     "one sentence of the last paragraph paraphrased with the same advice (JC2)",
     edits=[("You can always go shorter on a second pass, but growing hair back takes weeks.",
             "A second pass can always take more off, whereas hair cut too short needs weeks to grow back.")],
     tags=["paraphrase"])
fill("en/dock/charging", dict(buyer_name="Ms Ivanova-Kerr", dock=DOCK, charge_time="two hours", agent_name=A1), "exact fill")
fill("en/dock/charging", dict(buyer_name="Mr Duckworth", dock=DOCK, charge_time="two hours", agent_name=A2),
     "the long colour sentence split in two; sign-off changed (JC2)",
     edits=[("Amber means charging, steady white means full, and flashing amber means",
             "Amber means charging and steady white means full. Flashing amber means"),
            ("All the best,", "Cheers,")],
     tags=["split", "sign-off"])
fill("en/dock/charging", dict(buyer_name="Ms Faulconer", dock=DOCK_LONG, charge_time="about two hours", agent_name=A3),
     "listing title of the dock in the dock slot; a sympathy line added (JC2)",
     edits=[("Hi Ms Faulconer,", "Hi Ms Faulconer,\n\nSorry this has been such a frustrating start with the new kit.")],
     tags=["long-value", "warm-line"])
fill("en/troubleshoot/pulling", dict(buyer_name="Mr Mbatha", product=C9, agent_name=A4), "exact fill")
fill("en/troubleshoot/pulling", dict(buyer_name="Ms Rosenkrantz", product=C9, agent_name=A1),
     "first and second paragraphs run together into one (JC2)",
     edits=[("only a minute to check.\n\nFirst, the blade", "only a minute to check. First, the blade")], tags=["merge"])
fill("en/troubleshoot/no-charge", dict(buyer_name="Mr Cheng-Whitby", product=B6, agent_name=A2), "exact fill")
fill("en/troubleshoot/no-charge", dict(buyer_name="Ms Oyelowo", product=C9, agent_name=A3),
     "greeting changed and a sympathy line added (JC2)",
     edits=[("Dear Ms Oyelowo,", "Hello Ms Oyelowo,\n\nWhat a nuisance to find it dead on the morning of your son's school photos.")],
     tags=["greeting", "warm-line"])
_o, _c = oid(), case()
fill("en/warranty/claim", dict(buyer_name="Mr Hargreave", product=C9, warranty_period="two-year", case_id=_c,
     order_id=_o, agent_name=A4), "exact fill")
_o, _c = oid(), case()
fill("en/warranty/claim", dict(buyer_name="Ms Albrechtsen", product=C9_LONG, warranty_period="two-year", case_id=_c,
     order_id=_o, agent_name=A1),
     "listing title in the product slot; the two sentences of the second paragraph joined with a semicolon (JC2)",
     edits=[("first 90 days. The warranty does not extend", "first 90 days; the warranty does not extend")],
     tags=["long-value", "merge"])
fill("en/apology/blade-heat", dict(buyer_name="Tomasz", product=C9, agent_name=A2), "exact fill")
fill("en/apology/blade-heat", dict(buyer_name="Mr Quiller", product=T4, agent_name=A3),
     "the second sentence paraphrased; sign-off changed (JC2)",
     edits=[("That is not how it should feel, least of all on the back of someone's neck.",
             "A clipper should never feel like that, and certainly not against the nape of the neck."),
            ("With apologies,", "Sorry once more,")],
     tags=["paraphrase", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Ms Weatherby", product=B6, order_id=oid(), agent_name=A4),
     "exact fill; the only review request for this order, and the buyer had not praised the product (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Deandre", product=C9, order_id=oid(), agent_name=A1),
     "greeting and sign-off changed; the only review request for this order (JC2, JC9)",
     edits=[("Hello Deandre,", "Hi Deandre,"), ("Thank you for your time,", "Many thanks,")],
     tags=["greeting", "sign-off"])

fill("zh/trimmer/length-dial", dict(buyer_name="缪先生", product=B6_ZH, agent_name=Z1), "exact fill")
fill("zh/trimmer/length-dial", dict(buyer_name="查女士", product=B6_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 product 占位符，问候语改为下午好 (JC2)", edits=[("查女士，您好：", "查女士，下午好：")],
     tags=["greeting", "long-value"])
fill("zh/blade/cleaning", dict(buyer_name="郜先生", product=B6_ZH, agent_name=Z1), "exact fill")
fill("zh/blade/cleaning", dict(buyer_name="荆女士", product=T4_ZH, agent_name=Z2),
     "问候语后加一句体谅的话 (JC2)",
     edits=[("荆女士，您好：", "荆女士，您好：\n\n出差一周回来发现刀头里塞满了碎须，确实挺让人头疼的。")],
     tags=["warm-line"])
fill("zh/blade/cleaning", dict(buyer_name="蒲先生", product=B6_ZH, agent_name=Z1),
     "第三段两句对调 (JC2)",
     edits=[swap("润滑时请只用理发器专用的稀油。", "食用油和喷雾润滑剂放久了会变黏，反而让刀头发热、夹住胡须。", sep="")],
     tags=["swap"])
fill("zh/apology/battery", dict(buyer_name="岳女士", product=B6_ZH, agent_name=Z2), "exact fill")
fill("zh/apology/battery", dict(buyer_name="邝先生", product=C9_ZH, agent_name=Z1),
     "第二段在“此外”处断开，分成两段 (JC2)",
     edits=[("也会暂时下降；此外，", "也会暂时下降。\n\n此外，")], tags=["reflow", "split"])
_o, _c = oid(), case()
fill("zh/warranty/claim", dict(buyer_name="甄女士", product=C9_ZH, warranty_period="两年", case_id=_c, order_id=_o,
     agent_name=Z2), "exact fill")
_o, _c = oid(), case()
fill("zh/warranty/claim", dict(buyer_name="鞠先生", product=B6_ZH, warranty_period="两年", case_id=_c, order_id=_o,
     agent_name=Z1), "措辞微调：“简单说明”改为“简要描述” (JC2)", edits=[("简单说明", "简要描述")], tags=["wording"])
_o, _c = oid(), case()
fill("zh/warranty/claim", dict(buyer_name="栾女士", product=T4_ZH, warranty_period="一年", case_id=_c, order_id=_o,
     agent_name=Z2), "第一、二段合并为一段 (JC2)",
     edits=[("都在保修范围内。\n\n刀片、限位梳", "都在保修范围内。刀片、限位梳")], tags=["merge"])
fill("zh/review/neutral-request", dict(buyer_name="巩先生", product=B6_ZH, order_id=oid(), agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="谷女士", product=C9_ZH, order_id=oid(), agent_name=Z2),
     "问候语改为晚上好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("谷女士，您好：", "谷女士，晚上好：")],
     tags=["greeting"])

fill("zh-tw/dock/usage", dict(buyer_name="曹先生", dock=DOCK_TW, agent_name=W1), "exact fill")
fill("zh-tw/dock/usage", dict(buyer_name="闕小姐", dock=DOCK_TW, agent_name=W2),
     "問候後加一句體諒的話 (JC2)",
     edits=[("闕小姐 您好：", "闕小姐 您好：\n\n剛搬完家就遇到充電的問題，一定很心煩。")], tags=["warm-line"])
fill("zh-tw/guard/fitting", dict(buyer_name="宋太太", product=C9_TW, agent_name=W1), "exact fill")
fill("zh-tw/guard/fitting", dict(buyer_name="湛先生", product=C9_TW, agent_name=W2),
     "第二段兩句對調 (JC2)",
     edits=[swap("安裝時從刀頭前方套進去，聽到磁鐵吸住的聲音後，再把後端往下壓平。",
                 "拆下時請從後端往上扳起，不要直接從前端硬拉，以免梳齒變形。", sep="")],
     tags=["swap"])
fill("zh-tw/guard/fitting", dict(buyer_name="夏小姐", product=C9_TW_LONG, agent_name=W1),
     "整段商品標題放進 product 佔位符 (JC2)", edits=[("敬祝 順心", "敬祝 剪髮順利")], tags=["long-value", "sign-off"])
fill("zh-tw/apology/noise", dict(buyer_name="易先生", product=C9_TW, agent_name=W2), "exact fill")
fill("zh-tw/apology/noise", dict(buyer_name="郭小姐", product=C9_TW, agent_name=W1),
     "第二段第一句改寫，內容不變 (JC2)",
     edits=[("這款電剪採用旋轉式馬達，轉速比一般家用款高，運轉時會有穩定的嗡嗡聲，這是正常的。",
             "電剪裡裝的是轉速較高的旋轉式馬達，所以運轉時會持續發出平穩的嗡嗡聲，屬於正常現象。")],
     tags=["paraphrase"])
fill("zh-tw/review/neutral-request", dict(buyer_name="柳太太", product=T4_TW, order_id=oid(), agent_name=W2),
     "exact fill；本訂單唯一一次評論邀請，買家先前沒有表示滿意 (JC9)")
fill("zh-tw/review/neutral-request", dict(buyer_name="梅先生", product=B6_TW, order_id=oid(), agent_name=W1),
     "結尾改為祝福語；本訂單唯一一次評論邀請 (JC2, JC9)", edits=[("謝謝您撥冗閱讀", "祝您一切順利")],
     tags=["sign-off"])

# ================================================================= 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, jcs=(), sep=" "):
    """JC1 is always the reason; further JCs are listed after it."""
    note = "%s (%s)" % (note, ", ".join(["JC1"] + list(jcs)))
    with_sentence(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/blade/replacement", dict(buyer_name="Mr Fairclough", product=C9, blade=C9_BLADE, agent_name=A4),
         "it has reached the end of its life.",
         "The spare blade that should have been in your box left our Lexington warehouse this morning by USPS, tracking %s." % usps(),
         "missing spare blade sent", ["fulfilment", "tracking"], ["JC6"])
fill_log("en/dock/charging", dict(buyer_name="Ms Cavill", dock=DOCK, charge_time="two hours", agent_name=A1),
         "once the battery is full.",
         "The second dock you ordered for your shop is shipping separately from our Fontana warehouse; UPS tracking %s shows delivery on Tuesday." % ups(),
         "split-shipment tracking for a second dock, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/troubleshoot/no-charge", dict(buyer_name="Mr Rutledge", product=C9, agent_name=A2),
         "tell us which ones you tried.",
         "If you would rather send it back, start a return in Your Orders and switch on the travel lock before packing, so the motor cannot start in transit.",
         "return preparation is logistics", ["returns", "packing"], ["JC4"])
_o = oid()
fill_log("en/warranty/claim", dict(buyer_name="Ms Danquah", product=B6, warranty_period="one-year", case_id=case(),
         order_id=_o, agent_name=A3),
         "linked to order %s." % _o,
         "If we need the trimmer back for inspection, we will send you a prepaid return label in this thread, so the postage costs you nothing.",
         "a return label for inspection is logistics", ["returns", "warranty"], ["JC5"])
fill_log("en/guard/sizes", dict(buyer_name="Mr Ainsworth", product=C9, agent_name=A4),
         "growing hair back takes weeks.",
         "The #4 guard that was missing from your set has been sent free of charge with USPS, tracking %s." % usps(),
         "missing guard re-sent, as its own paragraph", ["fulfilment", "tracking"], ["JC6", "JC14"], sep="\n\n")
fill_log("en/blade/oiling", dict(buyer_name="Ms Hemmings", product=C9, agent_name=A1),
         "once it has dried.",
         "As the bottle of oil in your parcel leaked in transit, a new bottle went out today with UPS, tracking %s." % ups(),
         "leaked oil bottle replaced", ["damage", "tracking"], ["JC7"])
fill_log("zh/trimmer/length-dial", dict(buyer_name="满先生", product=B6_ZH, agent_name=Z1),
         "不容易修过头。",
         "您同一订单里的胡须梳套装从另一个仓库单独发出，USPS 运单号 %s，预计周五送达。" % usps(),
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/blade/cleaning", dict(buyer_name="仇女士", product=B6_ZH, agent_name=Z2),
         "夹住胡须。",
         "另外，您说包裹里的润滑油瓶在运输途中漏了，新的一瓶今天已由 UPS 免费补发，运单号 %s。" % ups(),
         "运输中漏油的补发", ["damage", "tracking"], ["JC7", "JC14"])
_o = oid()
fill_log("zh/warranty/claim", dict(buyer_name="练先生", product=C9_ZH, warranty_period="两年", case_id=case(),
         order_id=_o, agent_name=Z1),
         "对应订单 %s。" % _o,
         "如需寄回检测，我们会在本对话中提供预付退货面单，寄回的运费不需要您承担。",
         "寄回检测的退货面单", ["returns", "warranty"], ["JC5"])
fill_log("zh/apology/battery", dict(buyer_name="舒女士", product=B6_ZH, agent_name=Z2),
         "进一步判断。",
         "如果您决定退回这台修剪器，可以在亚马逊订单页面申请退货，仓库收到退件并确认配件齐全后会全额退款。",
         "退货说明", ["returns"])
fill_log("zh-tw/dock/usage", dict(buyer_name="蔣小姐", dock=DOCK_TW, agent_name=W2),
         "不會有問題。",
         "您另外訂購的第二個充電座已經從加州倉庫出貨，UPS 追蹤單號 %s，預計下週一送達。" % ups(),
         "另外訂購的充電座追蹤單號", ["split-shipment", "tracking"])
fill_log("zh-tw/guard/fitting", dict(buyer_name="沙先生", product=C9_TW, agent_name=W1),
         "慢慢改短。",
         "您反映盒內少了一支四號限位梳，我們今天已經免費補寄，USPS 追蹤單號 %s。" % usps(),
         "補寄缺少的限位梳", ["fulfilment", "tracking"], ["JC6", "JC14"])

# ================================================================= 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Prothero,\n\nYour order is travelling in two parcels. The Vanta C9 clipper left our Lexington warehouse on Monday with FedEx, tracking %s, and is due on Thursday. The charging dock and the spare blade set left our Fontana warehouse with UPS, tracking %s, and should arrive a day later.\n\nBest regards,\nThaddeus" % (fdx(), ups()),
     ["split-shipment", "tracking"], "split shipment from two warehouses (JC15)"),
    ("Hi Ms Kowalewska,\n\nUPS flagged your parcel this morning because the driver could not get into the building: the call box lists no name for apartment 3C. Could you reply with the door code or the name shown on the buzzer? We will pass it to UPS, and they will try again tomorrow.\n\nThanks,\nImogen",
     ["delivery-exception", "address"], "delivery exception; access details for the address (JC15)"),
    ("Hello Mr Abiodun,\n\nYour trimmer has been delivered to the Amazon Locker at the grocery store on Fifth Street. The pickup code is in the Amazon app under this order. The locker keeps the parcel for three days; after that it comes back to us and your payment is refunded.\n\nKwabena",
     ["locker"], "parcel waiting in a locker (JC15)"),
    ("Hi Ms Trevelyan,\n\nThanks for spotting the typo in your street name before dispatch. We have asked the warehouse to hold the parcel. Once you have corrected the address under Your Orders, reply here and it will go out the same day with the corrected label.\n\nLiesel",
     ["address", "holding-shipment"], "address corrected before dispatch (JC15)"),
    ("Dear Mr Szalai,\n\nYou are still inside the 30-day return window, so you can start a return in Your Orders and print the prepaid label. Before packing, brush the clippings out of the blade, switch on the travel lock, and put the guards, dock and cable back in the original box. Returned clippers are checked for hair and missing parts, and a clean, complete return is refunded in full.\n\nThaddeus",
     ["returns", "packing"], "cleaning the blade and locking the switch as preparation for a return (JC4)"),
    ("Hi Ms Belcourt,\n\nOur Fontana warehouse received your returned Scruff B6 yesterday, and a refund of $64.99 has gone back to your original payment method. Most banks show it within three to five business days.\n\nImogen",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Mr Olawale,\n\nThe Vanta C9 you sent back reached us without its charging dock. We have refunded $94.99 now, which is the order total less $24.99 for the dock. If the dock turns up, send it back with the free label in Your Orders and we will refund the remaining $24.99 as soon as it is scanned in.\n\nKwabena",
     ["refund", "returns"], "partial refund for a return missing a part (JC6, JC14)"),
    ("Hi Ms Fitzwarren,\n\nI'm sorry the dock arrived with a cracked base; the box was clearly crushed on the way. A replacement dock shipped today with FedEx, tracking %s. There is no need to send the broken one back, so please recycle it with your other small electronics.\n\nLiesel" % fdx(),
     ["damage", "tracking"], "damaged in transit, replacement shipped (JC7, JC14)"),
    ("Dear Mr Vorster,\n\nOur warehouse packed an Edgeline T4 outline trimmer instead of the Scruff B6 beard trimmer you ordered, and I'm sorry for the mix-up. The B6 shipped today with UPS, tracking %s. A prepaid return label for the T4 is waiting in Your Orders; please send it back within 30 days with the travel lock switched on.\n\nThaddeus" % ups(),
     ["fulfilment", "returns", "tracking"], "wrong model sent, and its return (JC4, JC6)"),
    ("Hello Ms Gakuru,\n\nAs you asked, we have cancelled the second order, %s, which was placed twice by accident. It had not shipped, so no charge will go through for it. Your first order is unaffected and arrives on Saturday.\n\nImogen" % oid(),
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC6, JC14)"),
    ("Hi Mr Lindau,\n\nSorry for the wait. The blizzard in the Midwest shut the FedEx hub your parcel was routed through for a day, so delivery has moved from Tuesday to Thursday. Tracking %s will update once it is moving again. If it has not arrived by Saturday, let us know here and we will send another one.\n\nKwabena" % fdx(),
     ["delay", "tracking"], "weather delay at a hub (JC15)"),
    ("Hello Ms Haverly,\n\nThe carrier marked your parcel as delivered on Friday afternoon, but the location pinned on the delivery record is two streets away from your house. We have opened a trace with UPS and sent a replacement today, tracking %s. If the first parcel does turn up, just reply here and we will send a free return label for it.\n\nLiesel" % ups(),
     ["lost-parcel", "tracking"], "marked delivered but not received (JC7, JC14)"),
    ("Dear Mr Kimura-Dale,\n\nParcels for APO and FPO addresses can only travel with USPS, so your clipper will leave our Lexington warehouse by Priority Mail rather than UPS. Military mail usually takes 10 to 18 days once it has left us, and the tracking number will appear in Your Orders as soon as the parcel is handed over.\n\nThaddeus",
     ["military-address", "tracking"], "carrier choice for a military address (JC15)"),
    ("Hi Ms Ljungberg,\n\nYour order is going to the United Kingdom through Amazon Global, so the import duty and VAT were estimated and collected as an Import Fees Deposit when you paid. The courier will not ask you for money at the door. If the actual charges come in lower than the deposit, Amazon refunds the difference to your card automatically.\n\nImogen",
     ["customs"], "import charges collected at checkout (JC7)"),
    ("Hello Mr Okonjo,\n\nAs you requested, UPS is holding your parcel at the UPS Access Point inside the hardware store on Mill Road. Please bring a photo ID and the tracking number %s. They keep parcels for seven days before sending them back to us.\n\nKwabena" % ups(),
     ["pickup-point", "tracking"], "held at a pickup point (JC15)"),
    ("Dear Ms Eriksdottir,\n\nThe replacement Vanta C9 for case %s left our Lexington warehouse today with FedEx, tracking %s. A prepaid return label for the faulty clipper is attached in this thread; please send it back within 30 days, with the travel lock switched on, in any sturdy box.\n\nLiesel" % (case(), fdx()),
     ["warranty", "tracking", "returns"], "shipping a warranty replacement and taking back the faulty unit (JC4, JC5)"),
    ("Hi Mr Dunsany,\n\nYour order is marked as a gift, so the packing slip in the box shows no prices and carries the message you wrote. The parcel leaves our Fontana warehouse tomorrow and goes straight to your brother's address in Tucson.\n\nThaddeus",
     ["fulfilment"], "gift packing slip and dispatch (JC6)"),
    ("Hello Ms Rademaker,\n\nSince the charging dock you ordered by mistake is still sealed, you can return it for a full refund. Choose the UPS drop-off option in Your Orders, print the label, and hand the parcel in at any UPS location; the refund is issued as soon as the label is scanned.\n\nImogen",
     ["returns", "refund"], "return of an item ordered by mistake (JC15)"),
    ("Hi Mr Tembo,\n\nThe return label in Your Orders was created for drop-off at a FedEx location, which is why the UPS counter could not accept your parcel. I have cancelled that label and issued a UPS one instead; it is now in Your Orders under the same return. Your refund will follow once UPS scans the box.\n\nKwabena",
     ["returns"], "wrong carrier on a return label (JC14, JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("蔺先生，您好：\n\n您的订单分成两个包裹发出：理发器从肯塔基州仓库由 FedEx 寄出，运单号 %s，预计周四送达；充电座和备用刀片从加州仓库由 UPS 寄出，运单号 %s，预计周五送达。\n\n裘文瀚" % (fdx(), ups()),
     ["split-shipment", "tracking"], "两个仓库分开发货 (JC15)"),
    ("桑女士，您好：\n\nUPS 今天上午反馈进不了您所在的楼栋，门禁对讲上没有 5B 的住户名字。麻烦您回复门禁密码或对讲上显示的名字，我们转告 UPS 后，对方明天会再派送一次。\n\n濮雨桐",
     ["delivery-exception", "address"], "派送异常，补充门禁信息 (JC15)"),
    ("娄先生，您好：\n\n您的修剪器已经放进超市门口的亚马逊自提柜，取件码在亚马逊应用的订单详情里。自提柜保留三天，逾期包裹会退回给我们，货款原路退还。\n\n裘文瀚",
     ["locker"], "自提柜取件 (JC15)"),
    ("焦女士，您好：\n\n您的订单还在三十天退货期内，可以在“您的订单”里申请退货并打印预付面单。寄回前请把刀头上的碎发清理干净，打开旅行锁，再把限位梳、充电座和数据线一起放回原包装盒。仓库验收齐全后会全额退款。\n\n濮雨桐",
     ["returns", "packing"], "退货前清理刀头、打开旅行锁属于退货准备 (JC4)"),
    ("储先生，您好：\n\n加州仓库昨天已经签收您退回的 Scruff B6，64.99 美元的退款已退回原支付方式，一般三到五个工作日到账。\n\n裘文瀚",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("芦女士，您好：\n\n您寄回的 Vanta C9 缺少充电座，我们已先退款 94.99 美元，也就是订单金额扣除充电座的 24.99 美元。之后如果找到充电座，请用“您的订单”里的免费面单寄回，仓库扫描入库后会退还剩下的 24.99 美元。\n\n濮雨桐",
     ["refund", "returns"], "缺配件的部分退款 (JC6, JC14)"),
    ("俞先生，您好：\n\n很抱歉，充电座在运输途中被压裂了底座。新的充电座今天已由 FedEx 寄出，运单号 %s。坏掉的那个不用寄回，按小家电回收处理就可以。\n\n裘文瀚" % fdx(),
     ["damage", "tracking"], "运输损坏后补发 (JC7)"),
    ("郦女士，您好：\n\n非常抱歉，仓库误发了 Edgeline T4 轮廓修剪器，而您订购的是 Scruff B6 胡须修剪器。B6 今天已由 UPS 发出，运单号 %s。T4 的预付退货面单已放在“您的订单”中，请在三十天内打开旅行锁后寄回。\n\n濮雨桐" % ups(),
     ["fulfilment", "returns", "tracking"], "发错型号及其退回 (JC4, JC6)"),
    ("雷先生，您好：\n\n已按您的要求取消重复下的订单 %s。该订单还没有发货，不会扣款；您的第一笔订单不受影响，预计周六送达。\n\n裘文瀚" % oid(),
     ["cancellation"], "按买家要求取消重复订单 (JC6, JC14)"),
    ("冉女士，您好：\n\n抱歉让您久等。受中西部暴风雪影响，包裹途经的 FedEx 转运中心停运了一天，预计送达日期从周二推迟到周四，运单号 %s 在恢复运输后会更新。如果周六还没收到，请在这里告诉我们，我们会重新寄一台。\n\n濮雨桐" % fdx(),
     ["delay", "tracking"], "天气造成的物流延误 (JC15)"),
    ("阎先生，您好：\n\n承运商显示包裹周五下午已签收，但派送记录上的定位离您家隔了两条街。我们已经向 UPS 发起查件，并在今天为您补发一台，运单号 %s。如果原来的包裹后来找到了，请回复我们，我们会提供免费的退货面单。\n\n裘文瀚" % ups(),
     ["lost-parcel", "tracking"], "显示签收但未收到 (JC7, JC14)"),
    ("卞女士，您好：\n\n售后编号 %s 的换新理发器今天已从肯塔基州仓库由 FedEx 发出，运单号 %s。故障机的预付退货面单已附在本对话中，请在三十天内打开旅行锁后装箱寄回。\n\n濮雨桐" % (case(), fdx()),
     ["warranty", "tracking", "returns"], "保修换新机的寄出与故障机寄回 (JC4, JC5)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("田先生 您好：\n\n您的訂單經由亞馬遜國際運送寄往台灣，進口關稅和營業稅已在結帳時以「進口費用預付金」一併收取，快遞送達時不需要再付款。如果實際稅費低於預付金額，差額會由亞馬遜自動退回您的信用卡。\n\n池昱廷",
     ["customs"], "國際運送的進口費用預付 (JC7)"),
    ("章小姐 您好：\n\n您的包裹目前在桃園機場等待清關，海關抽驗了內含鋰電池的貨件，通常會多花一到兩個工作天。追蹤單號 %s 在放行後就會更新，您不需要補交任何文件。\n\n饒詠晴" % ups(),
     ["customs", "tracking"], "清關抽驗造成的延誤 (JC7)"),
    ("鮑先生 您好：\n\n國際訂單一樣可以在「您的訂單」申請退貨，系統會提供退貨標籤。寄回前請清掉刀頭上的碎髮、開啟旅行鎖，並把限位梳、充電座和傳輸線一起裝回原盒。倉庫確認配件齊全後會全額退款。\n\n池昱廷",
     ["returns", "packing"], "國際訂單的退貨準備 (JC4)"),
    ("常小姐 您好：\n\n倉庫已收到您退回的 Edgeline T4，54.99 美元的退款已退回原付款方式，大約三到五個工作天入帳。\n\n饒詠晴",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("歐陽先生 您好：\n\n您反映盒內少了清潔刷和潤滑油，我們已經免費補寄，UPS 追蹤單號 %s，國際運送大約十天內送達。\n\n池昱廷" % ups(),
     ["fulfilment", "tracking"], "補寄缺少的配件 (JC6, JC14)"),
    ("花小姐 您好：\n\n您填寫的是集運公司在奧勒岡州的倉庫地址，我們會照常寄到那裡，預計週三送達。之後從集運倉轉寄回台灣的運送和費用由集運公司處理，如果他們需要商業發票，我們可以在這個對話中提供。\n\n饒詠晴",
     ["address", "forwarder"], "寄往集運倉地址 (JC15)"),
    ("雲先生 您好：\n\n您的訂單分成兩箱寄出：電剪已由 FedEx 寄出，追蹤單號 %s；充電座從另一個倉庫出貨，晚兩天寄出，物流顯示預計下週二送達。\n\n池昱廷" % fdx(),
     ["split-shipment", "tracking"], "分批出貨 (JC15)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ================================================================= 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Bellingham,\n\nYes, the Scruff B6 can go in your cabin bag. Electric trimmers are allowed in carry-on luggage, and its built-in battery is far below the airline limit for lithium cells. Switch on the travel lock so it cannot start in the bag, and keep the blade cover on.\n\nThaddeus",
     ["advice", "air-travel"], "taking the trimmer on a flight is product use, not order logistics (JC11)"),
    ("Hello Ms Oxenford,\n\nThe dock takes its power from USB-C at 5 V, so it works anywhere in the world. In Europe, any USB wall adapter with a local plug will do, and there is no need for a voltage converter. Avoid the USB ports on hotel televisions, which rarely give enough current to charge it.\n\nImogen",
     ["advice", "abroad"], "using the dock abroad is product use (JC11)"),
    ("Hi Mr Garrowby,\n\nFor a toddler's first clipper cut, the #4 or #6 guard is a safe place to start; it leaves enough length that a sudden wriggle will not cause a nick. Keep the taper lever open and work up from the neck in short strokes. Letting your daughter hold the switched-off clipper first often makes the hum less alarming.\n\nKwabena",
     ["advice"], "cutting a child's hair (JC10)"),
    ("Dear Mr Sefton,\n\nPlease do not zero-gap the Edgeline T4 blade. It is set at the factory with the cutter just behind the fixed blade, which gives a crisp outline without cutting the skin. Moving it forward makes nicks and razor bumps far more likely, and a blade that has been adjusted is no longer covered as a wearing part.\n\nLiesel",
     ["advice"], "advice against adjusting the blade (JC10)"),
    ("Hello Ms Quenby,\n\nBlades from other brands will not fit the Vanta C9. Its blade mount and spring clip are our own design, so only blades made for the C9 sit at the right height. The older Vanta C7 blades look much the same but are 2 mm narrower and rattle in the mount. The part that fits is the Vanta C9 replacement blade set.\n\nThaddeus",
     ["advice", "compatibility"], "the buyer asked which blade fits; naming the part is not marketing (JC10)"),
    ("Hi Mr Ravindran,\n\nThank you for the video of the clipper stopping mid-cut. I have passed it to our product engineers, who will look at it on Monday, and I will reply here by Tuesday evening with their advice.\n\nImogen",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Dear Ms Whitlow,\n\nA switch that stops responding after four months is exactly what the warranty is for, so your claim is approved. Before we arrange the replacement, could you tell us whether you would like the same charcoal colour or the sand colour? Both are covered.\n\nKwabena",
     ["warranty"], "a warranty decision is not logistics (JC5)"),
    ("Hello Mr Pohlmann,\n\nThe Scruff B6 is splash-proof rather than waterproof. You can rinse its blade head under the tap, but please do not use it in the shower or with shaving foam, because water can get past the dial into the body. It works best on a dry beard.\n\nLiesel",
     ["advice"], "wet use (JC10)"),
    ("Hi Ms Crookshank,\n\nLeaving the clipper on the dock every night will not wear out the battery: charging stops when it is full and only tops up after the level drops a little. If you are putting it away for a month or more, charge it to about half first and switch on the travel lock.\n\nThaddeus",
     ["advice"], "leaving the tool on the dock; the travel lock here is for storage, not shipping (JC4, JC10)"),
    ("Hello Mr Adegoke,\n\nFor a low fade, start with the #2 guard and the lever open around the sides, then close the lever and go over the lowest third again. Switch to the 1.5 mm half guard for the band just above the ear, and finish at the neckline with no guard and the lever closed. Flick the clipper outwards at the end of each stroke to avoid a hard line.\n\nImogen",
     ["advice"], "fade technique (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("宗先生，您好：\n\nScruff B6 可以放在随身行李里带上飞机。电动修剪器允许随身携带，机内电池的容量也远低于航空公司对锂电池的限制。出发前请打开旅行锁，并盖好刀头保护盖，以免在包里误启动。\n\n裘文瀚",
     ["advice", "air-travel"], "乘飞机携带属于产品使用，不是订单物流 (JC11)"),
    ("卫女士，您好：\n\n给两三岁的孩子第一次用理发器，建议先用四号或六号限位梳，留的长度足够，孩子乱动也不容易划伤。锥度拨杆保持打开，从后颈往上短距离推剪；开机前可以先让孩子拿着关掉的理发器玩一会儿，熟悉以后就不那么怕声音了。\n\n濮雨桐",
     ["advice"], "给儿童理发 (JC10)"),
    ("臧先生，您好：\n\n请不要自行把 Edgeline T4 的刀片调成零间隙。出厂时动刀片略微缩在定刀片后面，这样既能修出清晰的轮廓，又不会划破皮肤。往前调以后很容易刮伤或起红疹，而且调整过的刀片也不再享受易损件保修。\n\n裘文瀚",
     ["advice"], "不建议调整刀片 (JC10)"),
    ("司女士，您好：\n\n其他品牌的刀片装不上 Vanta C9，它的刀座和弹簧卡扣是专门设计的。老款 Vanta C7 的刀片看起来很像，但窄了两毫米，装上去会晃。能用的是 Vanta C9 替换刀片组。\n\n濮雨桐",
     ["advice", "compatibility"], "买家问哪种刀片适用；说出配件名称不算营销 (JC10)"),
    ("盖先生，您好：\n\n谢谢您发来理发器剪到一半停机的视频。我已经转给产品工程师，他们周一会查看，周二晚上之前我会在这里回复处理建议。\n\n裘文瀚",
     ["holding"], "故障的等待回复 (JC12)"),
    ("路女士，您好：\n\n想修出自然过渡的胡型，可以先用六毫米把整片胡子修齐，再把两颊上半部分调到四毫米，鬓角附近调到两毫米，由下往上轻推。最后取下胡须梳，用刀头沿着下颌线和脖子上方勾出边线。\n\n濮雨桐",
     ["advice"], "胡须造型建议 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("祖先生 您好：\n\n充電座是用五伏特的 USB-C 供電，所以在國外也能使用，只要接當地插頭規格的 USB 充電頭就可以，不需要另外準備升降壓器。飯店電視上的 USB 孔電流通常太小，不建議拿來充電。\n\n饒詠晴",
     ["advice", "abroad"], "在國外使用充電座屬於產品使用 (JC11)"),
    ("苑小姐 您好：\n\n如果您每週幫家人理髮兩三次，大約每用三次幫刀片上一次油就夠了；每天使用的話，建議每次用完都上油。正常保養下刀片通常能用一年左右，開始出現夾髮時再更換即可。\n\n池昱廷",
     ["advice"], "保養頻率 (JC10)"),
    ("席先生 您好：\n\n充電座用了五個月就無法充電，屬於保固範圍，您的申請已經核准。為了安排更換，想先確認您要同樣的黑色款，還是改成白色款？兩種顏色都可以。\n\n饒詠晴",
     ["warranty"], "保固判定不是物流 (JC5)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ================================================================= 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Stanbury,\n\nBlade swap in short: clipper off, thumbs on the teeth, push outward and it pops free. The new one hooks in at the back over the lever and clicks down at the front. Make sure the moving blade rests a hair behind the fixed one, oil it, and you're set. Keep the old one as a backup until it starts tugging.\n\nThaddeus",
     "retells en/blade/replacement (JC13)"),
    ("Hello Ms Iredale,\n\nBrush it out after every cut, pop the blade off weekly to clear underneath, and oil it while it runs: three drops, ten seconds, wipe. Stick to proper clipper oil and keep it away from the tap.\n\nImogen",
     "retells en/blade/oiling (JC13)"),
    ("Hi Mr Kaczmarek,\n\nThe number on each guard is its size, from #1 at 3 mm up to #8 at 25 mm, plus two half sizes for fades. They snap on magnetically from the front. Closing the lever shaves off roughly another millimetre. Go longer first; you can always take more.\n\nKwabena",
     "retells en/guard/sizes (JC13)"),
    ("Hello Ms Petrakis,\n\nAny 2 A USB-C plug will run the dock. Amber light: charging. White: done. Flashing: it isn't seated properly, so give the contacts a wipe. It's fine to park the clipper there all the time.\n\nLiesel",
     "retells en/dock/charging (JC13)"),
    ("Hi Mr Lowther,\n\nTugging usually comes down to a dry or clogged blade (clean and oil it), a low battery (charge it up), or damp hair (let it dry and go slowly against the grain). If none of that fixes it, send us a clip with the sound on.\n\nThaddeus",
     "retells en/troubleshoot/pulling (JC13)"),
    ("Hello Ms Farrimond,\n\nSorry it got so hot on you. Blades warm up from friction, more so when dry or clogged or after a long session. Oil every ten minutes and give it a short rest; if it's scorching within minutes even after oiling, tell us and we'll look into it.\n\nImogen",
     "retells en/apology/blade-heat (JC13)"),
    ("Hi Mr Gathercole,\n\nIf you have a spare minute once you've tried the trimmer a few times, we'd be glad to read your thoughts in an Amazon review, good or bad.\n\nKwabena",
     "own-words neutral review request: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("靳先生，您好：\n\n拨轮一格半毫米，从零点五到十毫米，小窗口里能看到当前长度。装着胡须梳调才有用；不装梳子就是勾边用的，大概零点四毫米。先长后短，慢慢来。\n\n裘文瀚",
     "改写 zh/trimmer/length-dial (JC13)"),
    ("晁女士，您好：\n\n用完关机，刷掉碎须；刀头能拆下来冲水，机身别泡。晾干装回去滴点油空转几秒。油只用理发器专用的，别拿食用油凑合。\n\n濮雨桐",
     "改写 zh/blade/cleaning (JC13)"),
    ("牛先生，您好：\n\n续航变短多半是刀头缺油、积了碎须，或者放在太冷太热的地方；用久了电池也会老化。先清理上油，常温下充满再试。满电用不到半小时的话，告诉我们能用多久、买了多久。\n\n裘文瀚",
     "改写 zh/apology/battery (JC13)"),
    ("闻女士，您好：\n\n电机、电池、开关这类制造问题都在保修内，刀片和限位梳保九十天；摔的、进水的、拆过的不保。麻烦说一下具体情况，能拍张照片或视频就更好了。\n\n濮雨桐",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("古先生 您好：\n\n充電座接兩安培以上的 USB-C 充電頭就行。琥珀燈是充電中，白燈是充飽，琥珀燈一直閃就是沒接觸好，擦一下接點。工具平常放在座上沒關係。\n\n池昱廷",
     "改寫 zh-tw/dock/usage (JC13)"),
    ("粟小姐 您好：\n\n抱歉吵到您了。穩定的嗡嗡聲是高轉速馬達的正常聲音；如果是喀喀響或忽大忽小，多半是刀片沒裝好或底下卡髮，拆下清一清、上點油再試。還是怪怪的就錄影片給我們。\n\n饒詠晴",
     "改寫 zh-tw/apology/noise (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ================================================================= 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Brackley,\n\nYour Vanta C9 is out for delivery with UPS today. Before the first cut, give it a full charge on the dock and put a few drops of oil on the blade, since it leaves the factory with only a thin coat.\n\nLiesel",
     "delivery day plus first-use advice (JC8)"),
    ("Hello Ms Yeboah,\n\nThe missing #2 guard shipped this morning by USPS. Until it arrives, you can get a similar length with the #3 guard and the taper lever pushed fully closed.\n\nThaddeus",
     "replacement guard shipped plus a cutting tip (JC8)"),
    ("Dear Mr Strachan,\n\nWe have started your return and the prepaid label is in Your Orders. Before you pack it, one more thing is worth a try: holding the power button for ten seconds with the cable plugged in often wakes a clipper that has been stored flat.\n\nImogen",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Ms Mortensen,\n\nYour parcel is clearing customs at the moment and should be released in a day or two. When it arrives, charge the trimmer fully before using it, and start on the 10 mm setting while you get a feel for the dial.\n\nKwabena",
     "customs plus first-use advice (JC8)"),
    ("Hello Mr Fenby,\n\nThe replacement dock left our Fontana warehouse yesterday and should reach you on Friday. In the meantime you can charge the clipper straight from the USB-C cable; it takes the same two hours as the dock.\n\nLiesel",
     "replacement shipped plus a charging tip (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("贝先生，您好：\n\n补发的四号限位梳明天由 USPS 寄出。收到之前，可以先用三号梳并把锥度拨杆完全推上，修出来的长度差不多。\n\n裘文瀚",
     "补发加使用技巧 (JC8)"),
    ("言女士，您好：\n\n包裹预计周四送达。收到后请先在充电座上充满电，再给刀头滴几滴油，出厂时的油量比较少。\n\n濮雨桐",
     "送达时间加首次使用建议 (JC8)"),
    ("都先生，您好：\n\n您的包裹还在清关，预计一两天内放行。到手后建议先从十毫米档开始修，熟悉拨轮以后再逐步调短。\n\n裘文瀚",
     "清关加使用建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("利小姐 您好：\n\n補寄的充電座今天已經寄出。在收到之前，可以直接用 USB-C 線接在電剪上充電，充飽的時間和用充電座一樣，大約兩小時。\n\n池昱廷",
     "補寄加充電說明 (JC8)"),
    ("甯先生 您好：\n\n電剪預計週三送達。第一次使用前建議先充飽電，並在刀片上滴三滴油，用起來會比較安靜。\n\n饒詠晴",
     "送達時間加首次使用建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ================================================================= 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, jcs=("JC3",), sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, "%s (%s)" % (note, ", ".join(jcs)), edits=[(anchor, anchor + sep + sentence)], cat=V,
         labels=labels, extra=sentence, tags=["template-based"])


add_bad("en/guard/sizes", dict(buyer_name="Mr Hollinshead", product=C9, agent_name=A1),
        "growing hair back takes weeks.",
        "P.S. Use code FADEKIT15 at checkout this week for 15% off the Dockwell charging dock.",
        [MKT, TR], "P.S. with a discount code for the dock", sep="\n\n")
add_bad("en/blade/oiling", dict(buyer_name="Ms Carrodus", product=C9, agent_name=A2),
        "once it has dried.",
        "Our replacement blade 3-packs are on sale this week, so now is a great time to stock up.",
        [MKT, TR], "sale announcement and a push to stock up", ("JC3", "JC16"))
add_bad("en/troubleshoot/pulling", dict(buyer_name="Mr Inchbald", product=C9, agent_name=A3),
        "decide the next step with you.",
        "If you want a quicker answer, text our technician directly on 502-555-0147.",
        [OPC, TR], "support moved to a phone number")
add_bad("en/apology/blade-heat", dict(buyer_name="Ms Hardacre", product=C9, agent_name=A4),
        "a fault we want to examine.",
        "If you were planning to write a review, please get in touch with us first so we can sort things out before you post it.",
        [RI, TR], "review gating: an unhappy buyer is asked to come to the seller before reviewing")
add_bad("en/review/neutral-request", dict(buyer_name="Mr Pountney", product=B6, order_id=oid(), agent_name=A1),
        "shows our team what to improve.",
        "Once your review is live, reply with a screenshot and we will send you a free bottle of blade oil.",
        [RI, TR], "free product in exchange for a review")
add_bad("en/dock/charging", dict(buyer_name="Ms Treloar", dock=DOCK, charge_time="two hours", agent_name=A2),
        "once the battery is full.",
        "For fade tutorials and styling tips, follow us on Instagram at @kestrowcuts.",
        [OPC, TR], "buyer sent to a social account; no offer, so not marketing", ("JC3", "JC16"))
_o = oid()
add_bad("en/warranty/claim", dict(buyer_name="Mr Goldhawk", product=C9, warranty_period="two-year", case_id=case(),
        order_id=_o, agent_name=A3),
        "linked to order %s." % _o,
        "When the replacement ships, you can track it on our own site at kestrowgrooming.com/track instead of in your Amazon account.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Ms Amberley,\n\nThat's lovely to hear, and thank you for telling us the fade came out so clean on your first try! Since you're so happy with it, would you mind leaving us a five-star review?\n\nThaddeus",
     [RI, TR], "a five-star request made because the buyer is pleased (JC3, JC17)", ["free-written"])
free(V, "en", "Hello Mr Cropley,\n\nYour refund for the returned Scruff B6 was issued this morning. Now that everything is settled, could you please update your 2-star review to reflect how we handled it?\n\nImogen",
     [RI, TR], "refund of a return (logistics) plus a request to change a review, which is not logistics (JC3)",
     ["free-written"])

add_bad("zh/trimmer/length-dial", dict(buyer_name="厉先生", product=B6_ZH, agent_name=Z1),
        "不容易修过头。",
        "如果还有疑问，欢迎加我们的微信 kestrow_kf，客服可以视频教您操作。",
        [OPC, TR], "产品咨询转到微信")
add_bad("zh/review/neutral-request", dict(buyer_name="鄢女士", product=B6_ZH, order_id=oid(), agent_name=Z2),
        "哪些地方还需要改进。",
        "留下五星好评后把截图发给我们，即可获得十美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/apology/battery", dict(buyer_name="茅先生", product=C9_ZH, agent_name=Z1),
        "进一步判断。",
        "问题解决以后，麻烦您把之前那条差评删掉，或者改成好评。",
        [RI, TR], "要求删除或修改差评")
add_bad("zh/blade/cleaning", dict(buyer_name="邰女士", product=B6_ZH, agent_name=Z2),
        "夹住胡须。",
        "另外，本店润滑油本周第二瓶半价，欢迎顺手多带一瓶。",
        [MKT, TR], "润滑油第二瓶半价促销", ("JC3", "JC16"))
_o = oid()
add_bad("zh/warranty/claim", dict(buyer_name="晋先生", product=C9_ZH, warranty_period="两年", case_id=case(),
        order_id=_o, agent_name=Z1),
        "对应订单 %s。" % _o,
        "以后有售后问题也可以直接发邮件到 service@kestrowgrooming.com，回复更快。",
        [OPC, TR], "售后转到电子邮件")
free(V, "zh", "居女士，您好：\n\n换货的 Vanta C9 今天已由 UPS 寄出，运单号 %s。以后需要替换刀片的话，可以直接到我们的独立站 kestrowgrooming.com 下单，比亚马逊便宜百分之二十。\n\n濮雨桐" % ups(),
     [MKT, OPC, TR], "换货寄出（物流）加引导到独立站购买并报低价；这一部分不是物流 (JC3, JC16)", ["free-written"])

add_bad("zh-tw/dock/usage", dict(buyer_name="安小姐", dock=DOCK_TW, agent_name=W1),
        "不會有問題。",
        "如果想更快得到回覆，歡迎加入我們的 LINE 官方帳號 @kestrowtw 直接詢問。",
        [OPC, TR], "客服轉到 LINE 官方帳號")
add_bad("zh-tw/guard/fitting", dict(buyer_name="姬先生", product=C9_TW, agent_name=W2),
        "慢慢改短。",
        "如果您對這組限位梳滿意，再麻煩幫我們留個五星好評。",
        [RI, TR], "只請滿意的買家給五星好評")
free(V, "zh", "勞太太 您好：\n\n您退回的 Scruff B6 倉庫已經收到。為了讓退款快一點到帳，這次我們想改用 PayPal 直接匯給您，麻煩提供您的 PayPal 收款帳號。\n\n饒詠晴",
     [OPC], "退款改走 PayPal：內容仍是退款這個物流事項，所以不標 template-required (JC3)", ["free-written"], trad=True)
