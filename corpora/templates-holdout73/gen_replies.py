# -*- coding: utf-8 -*-
"""Labelled seller replies of set templates-holdout73 (t73). Imported by gen.py.

Seven blocks, in this order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note refers to the judgement calls in README.md.
Every text below was written for this set.
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


def _put(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), tags=(), cat="filled-template", labels=(), extra=None):
    """Render a template and apply (old, new) edits; every old string must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    kind = (["exact"] if not edits else ["edited"]) if cat == "filled-template" else []
    _put(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=not edits, extra=extra, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    hits = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(hits) == 1, (tid, starts)
    return (hits[0], textwrap.fill(hits[0], width))


def swap(a, b, sep=" "):
    """Edit: swap two adjacent pieces of text."""
    return (a + sep + b, b + sep + a)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _put(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def joiner(tid, sep):
    return "" if (tid.startswith("zh") and sep == " ") else sep


# ---------------------------------------------------------------- invented staff, products and titles
E1, E2, E3, E4 = "Henrietta Obuya", "Cormac Delacroix-Ng", "Ysolde Parmar", "Lucan Okereke-Hale"
S1, S2 = "钭慧敏", "糜子健"
T1, T2 = "卓以寧", "甄可欣"
V5 = "Dovecote Perch V5 video baby monitor"
V7 = "Dovecote Perch V7 Duo video baby monitor"
HUM = "Dovecote Hum A2 audio baby monitor"
PC1 = "Perch PC-1 add-on camera"
PC2 = "Perch PC-2T pan-and-tilt camera"
SKY = "Dovecote Skylark Wi-Fi baby camera"
WM3 = "Dovecote WM-3 wall mount kit"
V5_LONG = ("Dovecote Perch V5 Video Baby Monitor with Camera and Audio, 5-Inch Parent Unit, No Wi-Fi, Infrared "
           "Night Vision, Two-Way Talk, Room Temperature Display, 5 Lullabies, 1000ft Range, 4000mAh Battery")
V7_LONG = ("Dovecote Perch V7 Duo Video Baby Monitor with 2 Pan-Tilt-Zoom Cameras, 7-Inch HD Split-Screen Parent "
           "Unit, 5000mAh Battery, Night Vision, Two-Way Talk, Temperature Sensor, No Wi-Fi, Ideal for Twins")
SKY_LONG = ("Dovecote Skylark 2K Wi-Fi Baby Camera with App, Cry and Motion Alerts, Infrared Night Vision, "
            "Two-Way Audio, Works with 2.4GHz Wi-Fi Only, Wall Mount Included")
V5_ZH = "Dovecote Perch V5 可视婴儿监护器"
V7_ZH = "Dovecote Perch V7 Duo 双摄像头婴儿监护器"
HUM_ZH = "Dovecote Hum A2 语音婴儿监护器"
PC1_ZH = "Perch PC-1 扩展摄像头"
V7_ZH_LONG = ("Dovecote Perch V7 Duo 双摄像头婴儿监护器 7英寸高清分屏家长机 5000毫安电池 红外夜视 双向对讲 "
              "室温显示 无需WiFi 双胞胎适用")
V5_TW = "Dovecote Perch V5 嬰兒監視器"
V7_TW = "Dovecote Perch V7 Duo 雙鏡頭嬰兒監視器"
PC2_TW = "Perch PC-2T 旋轉攝影機"
PC2_TW_LONG = ("Perch PC-2T 可旋轉擴充攝影機 遠端上下左右轉動 兩倍變焦 紅外線夜視 室溫顯示 "
               "適用 Perch V5 與 V7 Duo 家長機")

# ====================================================================== 1. filled templates -> []
FT = "filled-template"
# --- English (21)
fill("en/setup/pairing", dict(buyer_name="Ms Ruskova", camera=PC1, monitor=V5, agent_name=E1), "exact fill")
fill("en/setup/pairing", dict(buyer_name="Mr Tembe", camera=PC2, monitor=V7_LONG, agent_name=E2),
     "whole listing title in the monitor slot; greeting changed and a congratulations line added (JC2)",
     edits=[("Hi Mr Tembe,", "Good evening Mr Tembe,\n\nCongratulations on the arrival of your twins.")],
     tags=["long-value", "greeting", "warm-line"])
fill("en/setup/wall-mount", dict(buyer_name="Mr Loxley", camera=PC1, mount_kit=WM3, agent_name=E3), "exact fill")
_v = dict(buyer_name="Ms Bramhall-Osei", camera=SKY, mount_kit=WM3, agent_name=E4)
fill("en/setup/wall-mount", _v, "first two paragraphs hard-wrapped at 68 columns, as pasted from a desktop mail client (JC2)",
     edits=[wrap("en/setup/wall-mount", _v, "Thanks for asking", 68), wrap("en/setup/wall-mount", _v, "Use the bracket", 68)],
     tags=["reflow"])
fill("en/troubleshoot/out-of-range", dict(buyer_name="Ms Drelincourt", monitor=V7, agent_name=E1), "exact fill")
fill("en/troubleshoot/out-of-range", dict(buyer_name="Mr Oyinlola", monitor=V5, agent_name=E2),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("Floors of concrete or walls with metal framing can shorten the range a great deal.",
             "Concrete floors and metal-framed walls can cut the range sharply.")], tags=["paraphrase"])
fill("en/troubleshoot/out-of-range", dict(buyer_name="Ms Kavanagh-Lee", monitor=V7, agent_name=E3),
     "sympathy line with no product content and a warmer sign-off (JC2)",
     edits=[("Dear Ms Kavanagh-Lee,", "Dear Ms Kavanagh-Lee,\n\nA beeping monitor at three in the morning is the last thing a tired parent needs."),
            ("Kind regards,", "Wishing you a quieter night, and kind regards,")], tags=["warm-line", "sign-off"])
fill("en/troubleshoot/night-vision", dict(buyer_name="Mr Fairbrother", camera=PC1, agent_name=E4), "exact fill")
fill("en/troubleshoot/night-vision", dict(buyer_name="Ms Wyndham", camera=PC2, agent_name=E1),
     "one-phrase wording change (JC2)",
     edits=[("rather than a fault with the camera", "and not a defect in the camera")], tags=["wording"])
fill("en/parent-unit/battery", dict(buyer_name="Mr Sefton", monitor=V5, screen_hours="ten hours", agent_name=E2), "exact fill")
fill("en/parent-unit/battery", dict(buyer_name="Ms Haverly", monitor=V7_LONG, screen_hours="eight hours", agent_name=E3),
     "the 190-character listing title in the monitor slot (JC2)", edits=[("Hello Ms Haverly,", "Hello again Ms Haverly,")],
     tags=["long-value", "greeting"])
fill("en/parent-unit/battery", dict(buyer_name="Mrs Okoli", monitor=V5, screen_hours="ten hours", agent_name=E4),
     "second and third paragraphs run together (JC2)",
     edits=[("tap any key to look in.\n\nThe battery charges", "tap any key to look in. The battery charges")], tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Mr Barraclough", product=PC2, warranty_term="one-year", case_id="DVC-K-40218",
     order_id="113-5073821-6640195", agent_name=E1), "exact fill (JC14)")
fill("en/warranty/claim", dict(buyer_name="Ms Nakamura-Hill", product=V5_LONG, warranty_term="two-year", case_id="DVC-K-40263",
     order_id="112-8840316-2957704", agent_name=E2),
     "long title in the product slot, greeting changed and a sympathy line added (JC2)",
     edits=[("Dear Ms Nakamura-Hill,", "Hello Ms Nakamura-Hill,\n\nI'm sorry this happened in your very first week home with the baby.")],
     tags=["long-value", "greeting", "warm-line"])
_v = dict(buyer_name="Mr Adebisi", product=PC1, warranty_term="one-year", case_id="DVC-K-40307",
          order_id="114-2619534-0087316", agent_name=E3)
_p = render("en/warranty/claim", _v).split("\n\n")
fill("en/warranty/claim", _v, "the case paragraph moved above the request for details (JC2)",
     edits=[swap(_p[2], _p[3], "\n\n")], tags=["reorder"])
fill("en/apology/audio-static", dict(buyer_name="Ms Greaves", monitor=HUM, agent_name=E4), "exact fill")
fill("en/apology/audio-static", dict(buyer_name="Mr Pelletier", monitor=HUM, agent_name=E1),
     "one long sentence split in two (JC2)",
     edits=[("usually makes the hiss disappear while still picking up crying clearly.",
             "usually makes the hiss disappear. Crying still comes through clearly.")], tags=["split"])
fill("en/review/neutral-request", dict(buyer_name="Ms Abiodun", product=V5, order_id="111-6620493-7314852", agent_name=E2),
     "exact fill; the only request for this order, sent after no praise (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Mr Strickland", product=WM3, order_id="113-0945172-3386049", agent_name=E3),
     "greeting and closing line reworded; still the only request for the order (JC2, JC9)",
     edits=[("Hello Mr Strickland,", "Hi Mr Strickland,"), ("Thank you for choosing us,", "Thanks again for choosing us,")],
     tags=["greeting", "sign-off"])
fill("en/app/wifi-setup", dict(buyer_name="Ms Tollemache", camera=SKY, agent_name=E4), "exact fill (JC15)")
_v = dict(buyer_name="Mr Underhill-Bose", camera=SKY_LONG, agent_name=E1)
fill("en/app/wifi-setup", _v, "long title in the camera slot, its paragraph hard-wrapped at 72 columns, sign-off extended (JC2)",
     edits=[wrap("en/app/wifi-setup", _v, "Thank you for writing", 72), ("Best regards,", "Best regards from all of us,")],
     tags=["long-value", "reflow", "sign-off"])

# --- Simplified Chinese (12)
fill("zh/feature/talkback", dict(buyer_name="蔺女士", monitor=V5_ZH, agent_name=S1), "exact fill")
fill("zh/feature/talkback", dict(buyer_name="宋先生", monitor=V7_ZH_LONG, agent_name=S2),
     "整段商品标题放进 monitor 占位符 (JC2)", edits=[("宋先生，您好：", "宋先生您好：")], tags=["long-value", "greeting"])
fill("zh/feature/talkback", dict(buyer_name="岳先生", monitor=V5_ZH, agent_name=S1),
     "开头加一句与产品无关的祝贺 (JC2)", edits=[("岳先生，您好：", "岳先生，您好：\n\n恭喜您家添了小宝宝！")], tags=["warm-line"])
fill("zh/troubleshoot/black-screen", dict(buyer_name="邝女士", monitor=V5_ZH, agent_name=S2), "exact fill")
fill("zh/troubleshoot/black-screen", dict(buyer_name="仇先生", monitor=V7_ZH, agent_name=S1),
     "一句话换个说法，事实不变 (JC2)",
     edits=[("电池完全耗尽时，刚插上电源的几分钟内屏幕不会亮，这是正常现象。",
             "如果电池已经完全没电，插上电源后的头几分钟屏幕仍是黑的，属于正常情况。")], tags=["paraphrase"])
fill("zh/troubleshoot/black-screen", dict(buyer_name="冉女士", monitor=V5_ZH, agent_name=S2),
     "署名前加一句祝语 (JC2)", edits=[("我们会继续协助您。\n\n", "我们会继续协助您。\n\n祝您和宝宝一切顺利，\n")],
     tags=["sign-off"])
fill("zh/warranty/claim", dict(buyer_name="蒲先生", product=V5_ZH, warranty_term="一年", order_id="112-3358207-9461530",
     case_id="DVC-K-40352", agent_name=S1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="闻女士", product=PC1_ZH, warranty_term="一年", order_id="114-7720935-1186402",
     case_id="DVC-K-40379", agent_name=S2), "问候语改为晚上好 (JC2)", edits=[("闻女士，您好：", "闻女士，晚上好：")],
     tags=["greeting"])
fill("zh/review/neutral-request", dict(buyer_name="缪女士", order_id="113-6603918-2274851", product=V7_ZH, agent_name=S1),
     "exact fill；本订单唯一一次邀请，买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="艾先生", order_id="111-9053162-4408273", product=HUM_ZH, agent_name=S2),
     "结尾致谢语换了说法 (JC2, JC9)", edits=[("感谢您选择我们，", "再次感谢您的信任，")], tags=["sign-off"])
fill("zh/apology/temperature-reading", dict(buyer_name="谷女士", camera=PC1_ZH, agent_name=S1), "exact fill")
fill("zh/apology/temperature-reading", dict(buyer_name="匡先生", camera="Perch V5 摄像头", agent_name=S2),
     "第二段两句对调 (JC2)",
     edits=[swap("温度传感器位于摄像头底座内，摄像头长时间工作时本身会发热，夜视灯开启时更明显，因此读数通常会比实际室温高一到两度。",
                 "摄像头靠近暖气、窗户或阳光直射的位置时，偏差也会变大。", "")], tags=["reorder"])

# --- Traditional Chinese (9)
fill("zh-tw/setup/pan-zoom", dict(buyer_name="蘇先生", camera=PC2_TW, agent_name=T1), "exact fill")
fill("zh-tw/setup/pan-zoom", dict(buyer_name="蔣太太", camera=PC2_TW_LONG, agent_name=T2),
     "整段商品標題放進 camera 佔位符 (JC2)", edits=[("敬祝 闔家平安", "敬祝 母子均安")], tags=["long-value", "sign-off"])
fill("zh-tw/setup/pan-zoom", dict(buyer_name="曹小姐", camera=PC2_TW, agent_name=T1),
     "第一段拆成兩段 (JC2)", edits=[("上下可調整九十度；", "上下可調整九十度。\n\n")], tags=["split"])
fill("zh-tw/troubleshoot/feedback-howl", dict(buyer_name="俞先生", monitor=V5_TW, agent_name=T2), "exact fill")
fill("zh-tw/troubleshoot/feedback-howl", dict(buyer_name="程太太", monitor=V7_TW, agent_name=T1),
     "開頭加一句關心，與產品無關 (JC2)",
     edits=[("程太太 您好：", "程太太 您好：\n\n半夜被尖銳的聲音吵醒，真的很辛苦。")], tags=["warm-line"])
fill("zh-tw/power/adapter", dict(buyer_name="饒小姐", product=V5_TW, agent_name=T2), "exact fill (JC15)")
fill("zh-tw/power/adapter", dict(buyer_name="柳先生", product=V7_TW, agent_name=T1),
     "一個詞組換了說法 (JC2)", edits=[("請盡量使用包裝內附的變壓器和傳輸線。", "建議使用盒內附贈的變壓器和傳輸線。")],
     tags=["wording"])
fill("zh-tw/review/neutral-request", dict(buyer_name="梅小姐", order_id="112-4471936-8025517", product=V5_TW, agent_name=T2),
     "exact fill；本訂單唯一一次邀請 (JC9)")
fill("zh-tw/review/neutral-request", dict(buyer_name="段先生", order_id="114-8306629-5510473", product=PC2_TW, agent_name=T1),
     "問候語改寫 (JC2, JC9)", edits=[("段先生 您好：", "段先生 午安：")], tags=["greeting"])

# ====================================================================== 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    m = re.search(r" \((JC[^)]*)\)$", note)
    note = note[:m.start()] + " (JC1, " + m.group(1) + ")" if m else note + " (JC1)"
    fill(tid, vals, note, edits=[(anchor, anchor + joiner(tid, sep) + sentence)], cat=FX, extra=sentence, tags=tags)


fill_log("en/setup/pairing", dict(buyer_name="Ms Ellery", camera=PC1, monitor=V5, agent_name=E2),
         "every ten seconds.",
         "The second PC-1 camera on your order is coming from our Louisville warehouse in its own box; UPS tracking 1Z5D2W870312847756, due on Wednesday.",
         "split-shipment tracking for the second camera", ["split-shipment", "tracking"])
fill_log("en/setup/wall-mount", dict(buyer_name="Mr Kwarteng", camera=PC2, mount_kit=WM3, agent_name=E3),
         "a toddler could climb.",
         "The screws and wall anchors that were missing from your kit went out this morning by USPS, tracking 9374869903402915576183.",
         "missing parts of the kit sent (JC6)", ["fulfilment", "tracking"], sep="\n\n")
fill_log("en/troubleshoot/out-of-range", dict(buyer_name="Ms Solberg", monitor=V5, agent_name=E4),
         "we will look at it together.",
         "If you would rather send it back, your return window is open until June 14, and the return label in Your Orders costs you nothing.",
         "return window and free label (JC14)", ["returns"])
fill_log("en/parent-unit/battery", dict(buyer_name="Mr Desrosiers", monitor=V7, screen_hours="eight hours", agent_name=E1),
         "once it is full.",
         "As you asked, we cancelled the second power adapter that was ordered by mistake; it had not shipped, so there is no charge for it.",
         "duplicate line cancelled before dispatch (JC6, JC14)", ["cancellation"], sep="\n\n")
fill_log("en/warranty/claim", dict(buyer_name="Ms Mukherjee-Ford", product=V7, warranty_term="two-year", case_id="DVC-K-40415",
         order_id="111-2287460-9935018", agent_name=E2),
         "receiving these details.",
         "If we confirm the fault, we will ship a replacement parent unit first and put a prepaid return label for the old one in Your Orders.",
         "how a warranty replacement would travel (JC4)", ["returns", "warranty-shipping"])
fill_log("en/app/wifi-setup", dict(buyer_name="Mr Blythe", camera=SKY, agent_name=E3),
         "turn 5 GHz back on.",
         "Your second Skylark was a gift, so it shipped to your sister's address with a gift receipt and no prices in the box.",
         "gift order to another address (JC5)", ["gift", "address"], sep="\n\n")
fill_log("zh/feature/talkback", dict(buyer_name="郎女士", monitor=V7_ZH, agent_name=S2),
         "欢迎在本对话中继续留言。",
         "您另外订购的 WM-3 壁挂支架从另一个仓库单独发货，运单号 1Z5D2W870312915034，预计周五送达。",
         "另购支架分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/troubleshoot/black-screen", dict(buyer_name="井先生", monitor=V5_ZH, agent_name=S1),
         "我们会继续协助您。",
         "如果最后需要换货，我们会先把新的家长机寄出，您收到后再用亚马逊提供的免费退货面单把旧机寄回。",
         "换货先发后退的寄送安排 (JC4)", ["returns", "warranty-shipping"])
fill_log("zh/warranty/claim", dict(buyer_name="鞠女士", product=V7_ZH, warranty_term="一年", order_id="113-4418502-7769231",
         case_id="DVC-K-40440", agent_name=S2),
         "收到资料后会在一个工作日内答复您。",
         "您留言里提到的新收货地址我们已经记下，之后补发的配件会寄到新地址。",
         "补发配件改寄新地址 (JC4)", ["address", "warranty-shipping"])
fill_log("zh/apology/temperature-reading", dict(buyer_name="栗女士", camera=PC1_ZH, agent_name=S1),
         "我们会为您检查或更换。",
         "另外，您说包裹送达时外箱已经压坏、电源适配器裂了，新的适配器今天已免费补发，运单号 9374869903402916023740。",
         "运输中损坏的适配器已补发 (JC7, JC14)", ["damage", "tracking"])
fill_log("zh-tw/setup/pan-zoom", dict(buyer_name="辛太太", camera=PC2_TW, agent_name=T2),
         "建議減少轉動的次數。",
         "您另外訂購的第二部攝影機已經出貨，追蹤單號 1Z5D2W870313027781，預計週四送達。",
         "另購攝影機的追蹤單號", ["tracking"], sep="\n\n")
fill_log("zh-tw/power/adapter", dict(buyer_name="練小姐", product=V5_TW, agent_name=T1),
         "與嬰兒床保持至少一公尺的距離。",
         "包裹裡漏放的那一個變壓器已經補寄，追蹤單號 614402873391，預計下週一送達。",
         "漏放的變壓器已補寄 (JC6)", ["fulfilment", "tracking"])

# ====================================================================== 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Fontaine,\n\nYour Perch V5 left our Louisville warehouse yesterday afternoon with UPS. The tracking number is 1Z5D2W870313104429, and UPS expects to deliver it on Friday before end of day.\n\nHenrietta",
     ["tracking"], "tracking and delivery date (JC16)"),
    ("Hello Ms Aldana,\n\nI'm sorry your parcel is running late. The ice storm closed the FedEx hub in Memphis for a day, and your monitor is now due on Tuesday instead of Saturday. If it has not reached you by Wednesday evening, reply here and we will send a second one straight away.\n\nCormac",
     ["delay"], "weather delay with a fallback (JC16)"),
    ("Dear Mr Gathii,\n\nBecause you bought the Perch V7 Duo from a baby registry, the parcel goes to the shipping address the parents chose, and we cannot see or share that address. Your gift note is printed on the packing slip, and no prices appear anywhere in the box.\n\nYsolde",
     ["gift", "address"], "registry order: address and packing slip (JC5)"),
    ("Hi Ms Ikeda,\n\nYour order had not left the warehouse yet, so we changed the delivery address to the one in Portland you sent us. The new address now shows in Your Orders, and the delivery estimate stays the same.\n\nLucan",
     ["address"], "address changed before dispatch (JC16)"),
    ("Hello Mr Hollis,\n\nYour monitor shipped this morning, so we can no longer change the address on the order ourselves. UPS can still send it elsewhere: look up tracking number 1Z5D2W870313180962 in UPS My Choice and pick Change Delivery Address, or ask them to hold it at a UPS Access Point near you. UPS may charge a small fee for the redirect.\n\nHenrietta",
     ["address", "tracking"], "address change after dispatch (JC16)"),
    ("Dear Ms Kerrigan,\n\nI'm so sorry the parent unit arrived with a cracked screen. That happened in transit, and a new Perch V5 went out to you today by FedEx, tracking 614402873506. When it arrives, please send the damaged set back with the prepaid label we have added to Your Orders.\n\nCormac",
     ["damage", "tracking", "returns"], "damaged in transit, replacement and return label (JC7)"),
    ("Hi Mr Jovanovic,\n\nOur warehouse packed an audio monitor instead of the Perch V5 you ordered, and I apologize for the mix-up. The correct monitor ships today with UPS, tracking 1Z5D2W870313236617. A free return label for the Hum A2 is in Your Orders; please drop it off within 30 days.\n\nYsolde",
     ["fulfilment", "tracking", "returns"], "wrong item sent, correct one shipped (JC6, JC14)"),
    ("Hello Ms Navarro-Pitt,\n\nYes, you can still return the monitor even though the box has been opened and the camera was used for a few nights. Start the return in Your Orders before March 30, pack the camera, the parent unit and both power adapters, and drop the parcel at any UPS Store.\n\nLucan",
     ["returns"], "return of an opened baby monitor (JC16)"),
    ("Dear Mr Lamontagne,\n\nThe Perch V7 Duo you sent back reached our warehouse on Monday. We have refunded $189.99 to your original payment method; most banks show it within three to five business days.\n\nHenrietta",
     ["refund", "returns"], "refund of a return (JC14, JC16)"),
    ("Hi Ms Pacheco,\n\nYour returned monitor reached us without one of its two power adapters. We have refunded $129.99 less $12.00 for the adapter. If you find it, send it back with the free label in Your Orders and we will refund the remaining $12.00 when it arrives.\n\nCormac",
     ["refund", "returns"], "partial refund for a return missing a part (JC6, JC14)"),
    ("Hello Mr Oduro,\n\nWe have cancelled the duplicate order 114-5531970-2846602, as you asked. It had not shipped, so you will not be charged, and your first order for the Perch V5 is on its way as planned.\n\nYsolde",
     ["cancellation"], "duplicate order cancelled on request (JC6, JC14)"),
    ("Dear Ms Rahimi,\n\nYour parcel is waiting in the Amazon Locker you chose at the Fremont Street library. The pickup code is in the Amazon app under Your Orders, and the locker holds parcels for three days; after that it comes back to us and your order is refunded.\n\nLucan",
     ["locker", "pickup-point"], "parcel in an Amazon Locker (JC16)"),
    ("Hi Mr Quigley,\n\nFedEx tried to deliver your monitor this afternoon but could not get into your building. Could you reply with the buzzer number or any door code the driver needs? We will pass it on, and FedEx will try again on the next business day.\n\nHenrietta",
     ["delivery-exception", "address"], "delivery exception, access details for the driver (JC16)"),
    ("Hello Ms Thorne,\n\nYour parcel to Ottawa is clearing customs in Mississauga, which usually adds one or two business days. The import fees were collected by Amazon at checkout, so please do not pay anything at the door; if the carrier asks you to, send us a photo of the notice and we will take care of it.\n\nCormac",
     ["customs"], "customs hold with import fees prepaid (JC7)"),
    ("Dear Mr Sorley,\n\nWe can ship to your APO address. Orders to military addresses travel with USPS, and from our warehouse they usually take two to three weeks to reach a base overseas. Once it ships, the USPS tracking number will appear in Your Orders.\n\nYsolde",
     ["apo"], "shipping to a military address (JC16)"),
    ("Hi Ms Vickery,\n\nYour order comes in two parcels. The Perch V7 Duo left our Reno warehouse with FedEx, tracking 614402873641, and should arrive on Monday. The wall mount kit left Louisville with USPS, tracking 9374869903402916188315, and is due on Saturday.\n\nLucan",
     ["split-shipment", "tracking"], "split shipment (JC16)"),
    ("Hello Mr Urquhart,\n\nThe delivery photo from UPS shows a blue door that does not look like yours. We have opened a trace with UPS and, so you are not left without a monitor, a replacement shipped today with tracking 1Z5D2W870313392048. If the first parcel does turn up, please let us know and we will send you a free return label.\n\nHenrietta",
     ["delivery", "tracking"], "parcel delivered to the wrong door (JC7, JC14)"),
    ("Dear Ms Whitlam,\n\nOf course. The white WM-3 wall mount kit can be exchanged for the oak-finish one: choose Replace Item in Your Orders and pick the oak version. The new kit ships as soon as you do that, and the UPS label for the white one is free.\n\nCormac",
     ["exchange", "returns"], "exchange for another finish (JC6, JC14)"),
    ("Hi Mr Wolcott,\n\nUSPS sent your parcel back to us because the street number was missing from the address. It has now reached our warehouse. Reply with the full address and we will ship it again at no cost, or, if you prefer, we can refund the order instead.\n\nYsolde",
     ["address", "refund"], "parcel returned to sender, reship or refund (JC16)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("应女士，您好：\n\n您的 Perch V5 监护器今天上午已从仓库发出，UPS 运单号 1Z5D2W870313455873，预计周四送达。\n\n钭慧敏",
     ["tracking"], "运单号和预计送达日期 (JC16)"),
    ("桑先生，您好：\n\n您的订单还没有出库，我们已经按您的要求把收货地址改成了杭州路那个新地址，预计送达时间不变。\n\n糜子健",
     ["address"], "发货前修改收货地址 (JC14, JC16)"),
    ("沙女士，您好：\n\n很抱歉包裹晚到了。受暴雪影响，承运商的分拣中心停运了一天，您的监护器现在预计下周二送达。如果周三还没收到，请在这里告诉我们，我们会马上再寄一台。\n\n钭慧敏",
     ["delay"], "天气原因延误 (JC16)"),
    ("卫先生，您好：\n\n非常抱歉，家长机到货时屏幕就已经碎了，这是运输途中造成的。新的一套今天已经通过 FedEx 寄出，运单号 614402873782。收到后，请用我们放在“您的订单”里的预付面单把破损的那套寄回。\n\n糜子健",
     ["damage", "tracking", "returns"], "运输破损补发并退回旧件 (JC7)"),
    ("廉女士，您好：\n\n您反映壁挂支架的包装里少了螺丝和膨胀管，我们已经免费补发，今天通过 USPS 寄出，运单号 9374869903402916250481。\n\n钭慧敏",
     ["fulfilment", "tracking"], "漏发配件补发 (JC6, JC14)"),
    ("芦先生，您好：\n\n已经拆封、用过几晚的监护器也可以退货。请在 4 月 10 日前到“您的订单”页面申请退货，把摄像头、家长机和两个电源适配器一起装箱，然后交到任意一家 UPS 门店即可。\n\n糜子健",
     ["returns"], "已拆封商品的退货流程 (JC16)"),
    ("娄女士，您好：\n\n您退回的 Perch V7 Duo 仓库已经签收，189.99 美元的退款已原路退回，一般三到五个工作日内到账。\n\n钭慧敏",
     ["refund", "returns"], "退货已签收并退款 (JC14, JC16)"),
    ("谈先生，您好：\n\n已按您的要求取消重复下的订单 113-9047261-3380157。这笔订单还没有发货，不会扣款；您第一笔订单照常发出。\n\n糜子健",
     ["cancellation"], "取消重复订单 (JC6, JC14)"),
    ("幸女士，您好：\n\n您的订单分两个包裹发出：监护器由 FedEx 从里诺仓库寄出，运单号 614402873917，预计周一送达；壁挂支架由 USPS 从路易斯维尔仓库寄出，运单号 9374869903402916317702，预计周六送达。\n\n钭慧敏",
     ["split-shipment", "tracking"], "分开发货 (JC16)"),
    ("荆先生，您好：\n\n寄往多伦多的包裹目前正在清关，通常会多花一到两个工作日。进口关税已在您下单时由亚马逊收取，派送时请不要再付任何费用；如果快递员要求付款，请拍下通知单发给我们，我们来处理。\n\n糜子健",
     ["customs"], "清关与已预付的关税 (JC7)"),
    ("薄女士，您好：\n\n承运商的签收照片显示包裹放在了一扇不是您家的门口。我们已经向 UPS 申请调查，同时为您补发了一套，运单号 1Z5D2W870313518264。如果原来的包裹后来找到了，请告诉我们，我们会提供免费的退货面单。\n\n钭慧敏",
     ["delivery", "tracking"], "包裹送错门口 (JC7, JC14)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("司徒先生 您好：\n\n您的 Perch V7 Duo 已經從倉庫出貨，UPS 追蹤單號 1Z5D2W870313579120，預計週五送達。\n\n卓以寧",
     ["tracking"], "追蹤單號與預計送達 (JC16)"),
    ("歐陽太太 您好：\n\n很抱歉倉庫寄錯了顏色，您訂的是橡木色壁掛支架，收到的卻是白色。橡木色的今天已經寄出，追蹤單號 9374869903402916402259；白色那組請用「您的訂單」裡的免費退貨標籤寄回即可。\n\n甄可欣",
     ["fulfilment", "tracking", "returns"], "寄錯顏色，換貨寄出 (JC6)"),
    ("東方小姐 您好：\n\n退回的監視器倉庫已經簽收，129.99 美元的退款已退回您原本的付款方式，大約三到五個工作天會入帳。\n\n卓以寧",
     ["refund", "returns"], "退貨簽收與退款 (JC14, JC16)"),
    ("萬先生 您好：\n\n包裹已經出貨，我們無法再修改訂單上的地址。您可以在 UPS My Choice 輸入追蹤單號 1Z5D2W870313641897，選擇更改送貨地址，或改送到附近的 UPS Access Point 自取，UPS 可能會另收少許費用。\n\n甄可欣",
     ["address", "tracking", "pickup-point"], "出貨後改地址或改到取件點 (JC16)"),
    ("夏小姐 您好：\n\n很抱歉包裹延遲了。承運商的轉運中心因為暴風雪停擺一天，您的監視器現在預計下週二送達。若週三仍未收到，請在這裡告訴我們，我們會立刻再寄一組。\n\n卓以寧",
     ["delay"], "天候延誤 (JC16)"),
    ("池先生 您好：\n\n您反映盒內少了家長機的變壓器，我們已經免費補寄，追蹤單號 614402874056，預計兩天內送達。\n\n甄可欣",
     ["fulfilment", "tracking"], "缺件補寄 (JC6, JC14)"),
    ("丘太太 您好：\n\n已依照您的要求取消重複下單的訂單 112-6679014-4135826。這筆訂單尚未出貨，不會扣款；第一筆訂單會照常寄出。\n\n卓以寧",
     ["cancellation"], "取消重複訂單 (JC6, JC14)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ====================================================================== 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hello Ms Engstrom,\n\nIn an ordinary wood-frame house the Perch V5 usually reaches from the nursery to the kitchen two floors down. What shortens it most are brick chimneys, mirrors and large appliances between the two units, so if you lose the picture in one spot, moving the parent unit a few feet often brings it back.\n\nHenrietta",
     ["advice"], "range through a house (JC10)"),
    ("Hi Mr Fitzalan,\n\nThe Perch monitors never go on the internet. The camera and parent unit talk to each other directly over an encrypted radio link that hops between channels many times a second, so there is no account or password that anyone outside your home could try to break into.\n\nCormac",
     ["advice", "privacy"], "privacy question about a non-Wi-Fi monitor (JC10)"),
    ("Dear Ms Gutierrez,\n\nThe Perch V5 lets you see and hear your baby, but it does not track breathing or heart rate, and it is not a medical device. For questions about your son's breathing, please speak with his pediatrician, who can advise on whether a medical monitor is right for him.\n\nYsolde",
     ["advice", "medical"], "a monitor is not a medical device (JC10)"),
    ("Hello Mr Hargreave,\n\nYou asked which extra camera works with the parent unit you already have. Both the PC-1 and the PC-2T pair with the Perch V5, up to four cameras in total. The Skylark camera uses Wi-Fi and the app, so it cannot show its picture on the Perch parent unit.\n\nLucan",
     ["advice", "compatibility"], "the buyer asked which camera is compatible; no price, offer or link (JC11)"),
    ("Hi Ms Iqbal,\n\nThe power adapters take 100 to 240 volts, so for your trip to Lisbon you only need a plug converter for European sockets, not a voltage transformer. Pack the cameras and the parent unit in your carry-on if you can, since the parent unit battery is small enough for the cabin.\n\nHenrietta",
     ["advice", "travel"], "using the monitor on a trip abroad is product use (JC12)"),
    ("Hello Mr Jessup,\n\nThank you for the video of the lines across the screen. I have passed it to our engineers, who will look at it on Monday, and I will write back here by Tuesday afternoon with their answer.\n\nCormac",
     ["holding"], "holding reply about a fault (JC13)"),
    ("Dear Ms Kimura,\n\nTo clean the parent unit, switch it off and wipe it with a cloth lightly dampened with water or a mild soap solution. Avoid sprays and alcohol on the screen, as they can cloud the coating. For the camera, a dry microfiber cloth on the lens is enough.\n\nYsolde",
     ["advice", "cleaning"], "cleaning the units (JC10)"),
    ("Hi Mr Lovell,\n\nOne camera can only send its picture to one Perch parent unit at a time, so a second parent unit for the grandparents' room will not work with the same camera. If you want to listen from the grandparents' room as well, carry the parent unit with you on its belt clip; it runs for hours on its battery.\n\nLucan",
     ["advice", "compatibility"], "one camera, one parent unit: a compatibility answer with no other product suggested (JC10)"),
    ("Hello Ms Mensah,\n\nNow that your daughter has moved to a toddler bed, mount the camera higher, about six feet up, and tilt it down so it covers the bed and the floor beside it. Keep the cable in the cord covers and out of her reach, since she can now get out of bed on her own.\n\nHenrietta",
     ["advice", "safety"], "placement and cord safety for a toddler bed (JC10)"),
    ("Dear Mr Nyberg,\n\nThe Perch monitors do not record; the parent unit shows a live picture only. The Skylark camera you also own can keep short clips of sound and motion events for seven days in the app, or longer on a microSD card up to 128 GB.\n\nCormac",
     ["advice"], "recording question (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("印先生，您好：\n\n在普通木结构的房子里，Perch V5 从婴儿房到楼下两层的厨房一般都能收到信号。影响最大的是砖砌烟囱、大镜子和冰箱这类大家电，如果某个位置画面断了，把家长机挪动一两米通常就能恢复。\n\n钭慧敏",
     ["advice"], "隔墙隔楼层的信号范围 (JC10)"),
    ("宗女士，您好：\n\nPerch 系列监护器完全不联网，摄像头和家长机之间用加密的无线信号直接连接，而且每秒切换多次频道，没有账号和密码，外面的人无从入侵。\n\n糜子健",
     ["advice", "privacy"], "隐私与安全问题 (JC10)"),
    ("裘先生，您好：\n\n这款监护器可以看到、听到宝宝，但不能监测呼吸或心率，也不是医疗器械。关于宝宝呼吸方面的担心，建议您咨询儿科医生，由医生判断是否需要医用监测设备。\n\n钭慧敏",
     ["advice", "medical"], "监护器不是医疗器械 (JC10)"),
    ("储女士，您好：\n\n请不要把摄像头夹在或绑在婴儿床的栏杆上。摄像头应放在离婴儿床至少一米的地方，最好装在墙上，电源线也要固定好，不能让宝宝够到。\n\n糜子健",
     ["advice", "safety"], "安全建议不算物流 (JC10)"),
    ("鲍先生，您好：\n\n谢谢您发来的画面卡顿视频，我已经转给技术同事，他们明天会查看，我会在周四中午前回复您处理办法。\n\n钭慧敏",
     ["holding"], "故障的等待回复 (JC13)"),
    ("浦女士，您好：\n\n带监护器出国没有问题。电源适配器支持一百到二百四十伏电压，到英国只需要准备一个英标转换插头，不需要变压器。\n\n糜子健",
     ["advice", "travel"], "出国使用属于产品使用；繁体模板虽然讲过，但简体没有对应模板 (JC12)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("雷先生 您好：\n\nPerch V7 Duo 的家長機可以分割畫面，同時顯示兩個寶寶的房間。按兩下「M」鍵就能在單一畫面和分割畫面之間切換，聲音則會同時播放兩邊。\n\n甄可欣",
     ["advice"], "雙胞胎分割畫面 (JC10)"),
    ("伏小姐 您好：\n\nPerch 系列只顯示即時畫面，不會錄影，也沒有記憶卡插槽，所以無法回看夜裡的畫面。不過家長機會記下聲音觸發的次數，早上到選單的「夜間紀錄」就能看到寶寶夜裡醒了幾次。\n\n卓以寧",
     ["advice"], "錄影功能的問題 (JC10)"),
    ("宣太太 您好：\n\n清潔家長機時請先關機，用擰乾的濕布輕輕擦拭，不要直接噴酒精或清潔劑，以免螢幕表面霧化。鏡頭用乾的超細纖維布擦就可以了。\n\n甄可欣",
     ["advice", "cleaning"], "清潔方式 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ====================================================================== 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Prentice,\n\nQuick version: power up the new camera, then on the parent unit go M, Camera, Pair and choose a free slot. You get 30 seconds to hold the button on the camera's back until it blinks green fast. After that the arrow keys flip between rooms, and Scan cycles through them on its own.\n\nLucan",
     "retells en/setup/pairing (JC17)"),
    ("Hello Ms Oakes,\n\nPut the camera roughly at head height for an adult, on the wall across from the crib and a good three feet back from it. The kit has everything: guide, anchors, screws, bracket. Tuck the cable into the covers so no little hands can grab it.\n\nHenrietta",
     "retells en/setup/wall-mount (JC17)"),
    ("Dear Mr Rasmussen,\n\nThat beep means the two units can't hear each other. Test them side by side first. Then get the router, a cordless phone base and the microwave away from both, and aim the back of the camera at where you sleep. Concrete and metal studs are range killers.\n\nCormac",
     "retells en/troubleshoot/out-of-range (JC17)"),
    ("Hi Ms Sayers,\n\nThe fog is the camera's own infrared bouncing off something close, usually a wall, a crib rail or window glass. Give the lens about a foot of clear space, don't film through a window, and give it a wipe. Grey pictures at night are normal.\n\nYsolde",
     "retells en/troubleshoot/night-vision (JC17)"),
    ("Hello Mr Tillotson,\n\nYou'll get most of a day with the screen lit, and roughly double in Audio Only. Set the screen to sleep after a minute and it will pop back on when the baby makes noise. Four hours on the charger fills it, and leaving it plugged in overnight does no harm.\n\nLucan",
     "retells en/parent-unit/battery (JC17)"),
    ("Dear Ms Ulrich,\n\nSorry about the hiss. It's background noise, like your fan or humidifier, being picked up because sensitivity is at max. Drop it a notch or two and move the white noise machine away from the baby unit. If it still hisses in a silent room on the lowest level, we'll swap the unit.\n\nHenrietta",
     "retells en/apology/audio-static (JC17)"),
    ("Hi Mr Varga,\n\nIf you find a minute once things calm down, we'd be glad to read what you think of the monitor in an Amazon review, good or bad.\n\nCormac",
     "neutral review request in the seller's own words: template-required only, not review-inducement (JC9, JC17)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("牛先生，您好：\n\n想跟宝宝说话就按住家长机右边的麦克风键，说完松手。摇篮曲在“音乐”菜单里，五首可循环，也能定时关。音量先调小一点。\n\n钭慧敏",
     "改写 zh/feature/talkback (JC17)"),
    ("苑女士，您好：\n\n先按一下电源键看是不是休眠了；没反应就插上原装充电器充半小时再开机。有声音没画面的话看看亮度是不是被调到最低。还是不行就告诉我们指示灯是什么颜色。\n\n糜子健",
     "改写 zh/troubleshoot/black-screen (JC17)"),
    ("祖先生，您好：\n\n一年内的质量问题我们都负责，比如摄像头不开机、电池充不进电、屏幕有竖线；摔坏、进水或拆过的不在保修内。麻烦简单说一下情况，拍张照片或视频，再把底座标签上的序列号发给我们。\n\n钭慧敏",
     "改写 zh/warranty/claim，没有案例号和订单号 (JC17)"),
    ("虞女士，您好：\n\n摄像头自己会发热，传感器又装在底座里，所以显示的温度往往偏高一两度，离暖气或窗户近时更明显。在“温度校准”里调一下就好；差三度以上、调了还乱跳的话告诉我们。\n\n糜子健",
     "改写 zh/apology/temperature-reading (JC17)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("全小姐 您好：\n\n那個尖叫聲是兩部機器靠太近、聲音互相放大造成的。把家長機拿遠一點，隔三公尺以上或放到別的房間就好了；測試時先把音量關小。\n\n卓以寧",
     "改寫 zh-tw/troubleshoot/feedback-howl (JC17)"),
    ("麥先生 您好：\n\n用方向鍵就能轉鏡頭，左右三百多度、上下九十度，按 OK 再按上下可以放大。把床的位置存成預設，之後一鍵就能轉回來。\n\n甄可欣",
     "改寫 zh-tw/setup/pan-zoom (JC17)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ====================================================================== 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hello Ms Ashworth,\n\nUPS will deliver your Perch V5 on Thursday. Before the first night, charge the parent unit fully and try it from your bedroom once while the baby naps, so you know where the picture is strongest.\n\nYsolde",
     "delivery date plus first-use advice (JC8)"),
    ("Hi Mr Beauchamp,\n\nThe replacement camera shipped today with FedEx. Until it arrives, keep the parent unit at least three feet from your Wi-Fi router; that alone cuts most of the dropouts you described.\n\nLucan",
     "replacement shipped plus interference advice (JC4, JC8)"),
    ("Dear Ms Carvalho,\n\nYour return is set up and the UPS label is in Your Orders. Before you send the monitor back, it may be worth turning the sensitivity down two steps, which often stops the hiss you mentioned.\n\nHenrietta",
     "return plus troubleshooting in own words (JC8)"),
    ("Hello Mr Dempsey,\n\nThe missing wall screws are in the post and should arrive on Friday. Until then, stand the camera on a dresser at least three feet from the crib, with the cable behind the furniture.\n\nCormac",
     "missing parts shipped plus safety advice (JC6, JC8, JC10)"),
    ("Hi Ms Farouk,\n\nYour parcel is clearing customs in Vancouver and should move again within two days. While you wait, install the Dovecote Nursery app and create your account, so the Skylark camera can go online as soon as it arrives.\n\nYsolde",
     "customs plus app advice (JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])

for text, note in [
    ("费先生，您好：\n\n换货的家长机明天由 FedEx 寄出。在收到之前，现在这台如果出现黑屏，先接上原装适配器充半小时再开机，一般就能恢复。\n\n钭慧敏",
     "换货发出加使用建议 (JC4, JC8)"),
    ("乐女士，您好：\n\n包裹预计周四送达。收到后请先把家长机充满电，再配对摄像头；第一次配对时两台机器放在同一个房间会更顺利。\n\n糜子健",
     "送达日期加首次使用建议 (JC8)"),
    ("花先生，您好：\n\n您的摄像头还在清关，家长机已经先到了。这几天可以先给家长机充满电，熟悉一下菜单，等摄像头到了再配对。\n\n钭慧敏",
     "清关加使用建议 (JC7, JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])

for text, note in [
    ("韋小姐 您好：\n\n補寄的變壓器今天已經寄出。收到前請先不要用手機快充頭替代，以免畫面閃爍；可以暫時用電腦的 USB 孔供電。\n\n卓以寧",
     "補寄加供電建議 (JC6, JC8)"),
    ("溥先生 您好：\n\n監視器預計週三送達。收到後建議先把攝影機裝在離嬰兒床一公尺以外的牆上，再把家長機拿到臥室測試訊號。\n\n甄可欣",
     "送達加安裝建議 (JC8, JC10)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ====================================================================== 7. violating
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + joiner(tid, sep) + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


bad("en/setup/pairing", dict(buyer_name="Mr Yardley", camera=PC1, monitor=V5, agent_name=E3),
    "every ten seconds.",
    "P.S. Extra PC-1 cameras are 25% off this week with code NESTLING25, so now is a great time to add one for the playroom.",
    [MKT, TR], "P.S. with a discount code for a second camera", sep="\n\n")
bad("en/troubleshoot/night-vision", dict(buyer_name="Ms Zamora", camera=PC2, agent_name=E4),
    "color returns in the morning.",
    "If the picture looks great now, we'd be so grateful for a 5-star review.",
    [RI, TR], "five-star ask aimed at buyers who are now happy")
bad("en/troubleshoot/out-of-range", dict(buyer_name="Mr Aucoin", monitor=V7, agent_name=E1),
    "we will look at it together.",
    "It is usually quicker to text our support line at (406) 555-0148, and one of our technicians will call you back.",
    [OPC, TR], "support moved to a text and phone line")
bad("en/apology/audio-static", dict(buyer_name="Ms Bexley", monitor=HUM, agent_name=E2),
    "we will replace the unit.",
    "Before you write a review about this, please give us the chance to fix it first.",
    [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
bad("en/parent-unit/battery", dict(buyer_name="Mr Cordova", monitor=V5, screen_hours="ten hours", agent_name=E3),
    "once it is full.",
    "By the way, the new Perch V9 with a longer-lasting battery launches on May 1, and owners of the V5 can pre-order it at a special price.",
    [MKT, TR], "new-product announcement and a push to buy", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Ms Dalgleish", product=V7, order_id="112-9906431-5172086", agent_name=E4),
    "what to improve.",
    "As a thank-you for your time, we will pay you $15 as soon as your review appears.",
    [RI, TR], "money in exchange for a review")
bad("en/app/wifi-setup", dict(buyer_name="Mr Eastwood", camera=SKY, agent_name=E1),
    "turn 5 GHz back on.",
    "For more setup help, join our parents' group on Facebook, where our team answers questions every evening.",
    [OPC, TR], "support moved to a Facebook group", sep="\n\n")
bad("en/warranty/claim", dict(buyer_name="Ms Hensley", product=V5, warranty_term="two-year", case_id="DVC-K-40502",
    order_id="111-3350817-6624409", agent_name=E2),
    "receiving these details.",
    "Once a replacement ships, you can follow its tracking on our own site at dovecote-nursery.com/track instead of in Your Orders.",
    [OPC], "tracking on the seller's own website: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Galloway,\n\nThe replacement camera shipped today with UPS, tracking 1Z5D2W870313702356. Now that we have sorted this out, could you take down the 2-star review you left last week?\n\nYsolde",
     [RI, TR], "replacement tracking (logistics) plus a request to remove a review, which is not logistics (JC3)", ["free-written"])

bad("zh/feature/talkback", dict(buyer_name="邸女士", monitor=V5_ZH, agent_name=S2),
    "欢迎在本对话中继续留言。",
    "您也可以加我们的微信 dovecote_baby，客服会一对一视频教您使用。",
    [OPC, TR], "把使用指导转到微信")
bad("zh/review/neutral-request", dict(buyer_name="易先生", order_id="114-0728395-3319564", product=V5_ZH, agent_name=S1),
    "也能帮助我们改进产品。",
    "晒图并给五星好评后，把截图发给我们，即可领取十美元返现。",
    [RI, TR], "晒图五星好评返现")
bad("zh/troubleshoot/black-screen", dict(buyer_name="尚女士", monitor=V7_ZH, agent_name=S2),
    "我们会继续协助您。",
    "问题解决以后，麻烦您把之前的差评改成好评，谢谢理解。",
    [RI, TR], "要求把差评改成好评")
bad("zh/apology/temperature-reading", dict(buyer_name="滑先生", camera=PC1_ZH, agent_name=S1),
    "我们会为您检查或更换。",
    "另外，本店新款 Perch V7 Duo 本周限时九折，买二送一个壁挂支架，欢迎选购！",
    [MKT, TR], "新款监护器九折促销")
bad("zh/warranty/claim", dict(buyer_name="贝女士", product=PC1_ZH, warranty_term="一年", order_id="113-2265049-8847130",
    case_id="DVC-K-40528", agent_name=S2),
    "收到资料后会在一个工作日内答复您。",
    "另外，扫描包装盒上的二维码加入我们的会员群，可以第一时间获得产品资讯和专属福利。",
    [MKT, OPC, TR], "二维码引流到会员群并许诺专属福利；保修之外的内容，不是物流")
free(V, "zh", "汲女士，您好：\n\n寄回的监护器我们已经收到。为了让您早点拿到钱，这次退款就不走亚马逊了，我们直接用支付宝转给您，麻烦把您的支付宝账号发给我们。\n\n钭慧敏",
     [OPC], "退货退款改走支付宝：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

bad("zh-tw/setup/pan-zoom", dict(buyer_name="郭小姐", camera=PC2_TW, agent_name=T1),
    "建議減少轉動的次數。",
    "想要更快得到回覆，歡迎加入我們的 LINE 官方帳號 @dovecotetw 直接詢問。",
    [OPC, TR], "客服轉到 LINE 官方帳號", sep="\n\n")
bad("zh-tw/troubleshoot/feedback-howl", dict(buyer_name="顧先生", monitor=V5_TW, agent_name=T2),
    "我們會協助您進一步檢查。",
    "問題解決後，如果您覺得滿意，再麻煩幫我們留個五星好評。",
    [RI, TR], "滿意才請求五星好評")
free(V, "zh", "卞太太 您好：\n\n您的 Perch V5 今天已經寄出，追蹤單號 614402874193。順帶一提，WM-3 壁掛支架本週八折，現在加購還能和監視器湊成一組，歡迎選購。\n\n甄可欣",
     [MKT, TR], "出貨通知（物流）加上支架八折加購；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
