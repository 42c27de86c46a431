# -*- coding: utf-8 -*-
"""Labelled replies of t48 (imported by gen.py). Every text written for this set."""
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
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


A1, A2, A3, A4 = "Marigold Treadwell", "Cassius Oyelaran-Finch", "Bettina Szymanski-Hale", "Lorcan Whitlock-Anand"
Z1, Z2 = "郁清和", "滕嘉木"
W1, W2 = "倪靖雯", "柴定遠"
N6, N7, NK = "Folio Nimbus 6", "Folio Nimbus 7 Plus", "Folio Nimbus Kids"
N7_LONG = ("Folio Nimbus 7 Plus E-Reader, 7-inch 300 ppi Glare-Free Display, Adjustable Warm Light, IPX8 Waterproof, "
           "32 GB Storage, USB-C, Weeks of Battery Life, Slate Grey")
FORMATS_LONG = ("EPUB without copy protection, PDF (best with the zoom-to-margins option), MOBI and AZW3 without "
                "copy protection, TXT, RTF, HTML, FB2, CBZ and CBR comics, and JPEG or PNG images")
N6_ZH = ("Folio Nimbus 6 电子书阅读器 六英寸墨水屏 三百像素每英寸 冷暖双色阅读灯 十六千兆字节存储 "
         "支持本地导入电子书 续航约六周 附数据线 石墨黑")
KIDS_TW = ("Folio Nimbus Kids 兒童電子書閱讀器 六吋護眼墨水屏 家長專區每日閱讀時間設定 就寢時段自動隱藏書庫 "
           "附防摔兒童保護套 恐龍綠")
C = "filled-template"

# ============================================================ 1. filled templates -> []
fill("en/reader/light", dict(buyer_name="Ms Quennell", product=N7, agent_name=A1), "exact fill")
fill("en/reader/light", dict(buyer_name="Tobiah", product=N7_LONG, agent_name=A2),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Tobiah,", "Good evening Tobiah,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Adeyemi-Voss", product=N6, agent_name=A3)
fill("en/reader/light", _v, "second and third paragraphs hard-wrapped at 70 columns (JC2)",
     edits=[rewrap("en/reader/light", _v, "The Warmth slider", 70), rewrap("en/reader/light", _v, "If the light looks", 70)],
     tags=["reflow"])
fill("en/reader/sideload", dict(buyer_name="Fenella", product=N6, file_types="EPUB, PDF, TXT and CBZ", agent_name=A4),
     "exact fill")
fill("en/reader/sideload", dict(buyer_name="Mr Oduya", product=N7, file_types=FORMATS_LONG, agent_name=A1),
     "a 190-character list of formats in the file_types slot (JC2)", edits=[], tags=["long-value"])
fill("en/reader/sideload", dict(buyer_name="Ms Kirkconnell", product=N7, file_types="EPUB, PDF and TXT", agent_name=A2),
     "sign-off changed and a warm line about the buyer's thesis added (JC2)",
     edits=[("With kind regards,", "Good luck with the thesis, and kind regards,")], tags=["sign-off", "warm-line"])
fill("en/reader/battery", dict(buyer_name="Mr Szabo-Reilly", product=N6, battery_weeks="six weeks", agent_name=A3),
     "exact fill")
fill("en/reader/battery", dict(buyer_name="Ms Vantongeren", product=N7, battery_weeks="eight weeks", agent_name=A4),
     "first sentence of the second paragraph split in two (JC2)",
     edits=[("Wireless syncing and a bright light use the most power. Turning on Airplane Mode while you read a book that is already downloaded makes the biggest difference.",
             "Wireless syncing uses the most power. A bright light comes next. Turning on Airplane Mode while you read a book that is already downloaded makes the biggest difference.")],
     tags=["split"])
fill("en/reader/battery", dict(buyer_name="Leontyne", product=NK, battery_weeks="five weeks", agent_name=A1),
     "one wording edit: 'perfectly safe' -> 'completely safe' (JC2)",
     edits=[("perfectly safe", "completely safe")], tags=["wording"])
fill("en/troubleshoot/frozen", dict(buyer_name="Mrs Okwuosa", product=N6, agent_name=A2), "exact fill")
fill("en/troubleshoot/frozen", dict(buyer_name="Ambrose", product=N7, agent_name=A3),
     "a sympathetic warm line after the greeting and a changed greeting (JC2)",
     edits=[("Hello Ambrose,", "Hi Ambrose,\n\nWhat a nuisance on the first day of your holiday."),],
     tags=["greeting", "warm-line"])
fill("en/cover/fit", dict(buyer_name="Ms Brynjolfsdottir", cover_name="Tessel Sleep Cover", reader_model=N7, agent_name=A4),
     "exact fill")
fill("en/cover/fit", dict(buyer_name="Mr Lachance", cover_name="Tessel Stand Cover", reader_model=N6, agent_name=A1),
     "two sentences of the first paragraph merged with 'and' (JC2)",
     edits=[("made for the Folio Nimbus 6. To fit it, open", "made for the Folio Nimbus 6, and to fit it you open")],
     tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Ms Halloran-Udeh", product=N7, warranty_period="two-year",
     case_id="PLR-W-40117", order_id="112-4830175-2290461", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Tremblay-Sauve", product=N6, warranty_period="one-year",
     case_id="PLR-W-40152", order_id="114-9027318-5518840", agent_name=A3),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[("To assess your claim, please reply in this thread with a short description of the fault and a photo of the screen that shows it. Your case number is PLR-W-40152 for order 114-9027318-5518840.",
             "Your case number is PLR-W-40152 for order 114-9027318-5518840. To assess your claim, please reply in this thread with a short description of the fault and a photo of the screen that shows it.")],
     tags=["reorder"])
fill("en/apology/screen-lines", dict(buyer_name="Ms Ferrante", product=N7, agent_name=A4), "exact fill")
fill("en/apology/screen-lines", dict(buyer_name="Mr Iwasaki-Bell", product=N6, agent_name=A1),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("A restart will not clear them, so please do not spend your time troubleshooting.",
             "Restarting the reader will not remove them, so there is no need to spend time troubleshooting.")],
     tags=["paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Ms Lindqvist-Amadi", order_id="113-6602941-7735018", product=N7,
     agent_name=A2), "exact fill; the only review request for this order, no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Dashiell", order_id="111-2287603-9140527", product=N6, agent_name=A3),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hello Dashiell,", "Dear Dashiell,"), ("Thank you for your time,", "Many thanks,")],
     tags=["greeting", "sign-off"])
fill("en/reader/water", dict(buyer_name="Mrs Pemberton-Aziz", product=N7, agent_name=A4), "exact fill")
fill("en/reader/water", dict(buyer_name="Cosette", product=N7, agent_name=A1),
     "warm line about the buyer's beach trip added before the sign-off (JC2)",
     edits=[("this stops as soon as the glass is dry.", "this stops as soon as the glass is dry.\n\nEnjoy the trip to the coast!")],
     tags=["warm-line"])

fill("zh/reader/fonts", dict(buyer_name="江先生", product=N6, agent_name=Z1), "exact fill")
fill("zh/reader/fonts", dict(buyer_name="苗女士", product=N6_ZH, agent_name=Z2),
     "整段商品标题放入 product 占位符 (JC2)", edits=[("，您好：", "，下午好：")], tags=["long-value", "greeting"])
fill("zh/reader/fonts", dict(buyer_name="闵先生", product=N7, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝阅读愉快！", "祝您周末愉快！")], tags=["sign-off"])
fill("zh/reader/wifi", dict(buyer_name="凌女士", product=N7, agent_name=Z2), "exact fill")
fill("zh/reader/wifi", dict(buyer_name="包先生", product=N6, agent_name=Z1),
     "最后一段拆成两句 (JC2)",
     edits=[("请选择名称里不带“5G”字样的那个。连接成功后，", "请选择名称里不带“5G”字样的那个。\n\n连接成功后，")],
     tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="聂女士", product=N7, warranty_period="两年", case_id="PLR-W-40233",
     order_id="113-5518204-6637091", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="钱先生", product=N6, warranty_period="一年", case_id="PLR-W-40278",
     order_id="112-7730652-1184936", agent_name=Z1),
     "措辞微调：“简单描述问题”改为“简要说明问题” (JC2)", edits=[("简单描述问题", "简要说明问题")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="管女士", product=N7, order_id="114-3391870-4402165", agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，对话中买家没有先表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="魏先生", product=N6, order_id="111-8864120-3307752", agent_name=Z1),
     "问候语改写；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("魏先生，您好：", "魏先生，新年好：")], tags=["greeting"])
fill("zh/apology/ghosting", dict(buyer_name="韦女士", product=N6, agent_name=Z2), "exact fill")
fill("zh/apology/ghosting", dict(buyer_name="屈先生", product=N7, agent_name=Z1),
     "第二段两句合并为一句 (JC2)",
     edits=[("把刷新频率改为“每页”。这样每次翻页时", "把刷新频率改为“每页”，这样每次翻页时")], tags=["merge"])
fill("zh/apology/ghosting", dict(buyer_name="房女士", product=N7, agent_name=Z2),
     "在开头加一句体谅的话 (JC2)",
     edits=[("房女士，您好：", "房女士，您好：\n\n刚拿到新阅读器就遇到这种情况，确实很扫兴。")], tags=["warm-line"])

fill("zh-tw/reader/dictionary", dict(buyer_name="藍小姐", product=N7, agent_name=W1), "exact fill")
fill("zh-tw/reader/dictionary", dict(buyer_name="劉先生", product=N6, agent_name=W2),
     "結尾祝語改寫 (JC2)", edits=[("敬祝 閱讀愉快", "祝 學業順利")], tags=["sign-off"])
fill("zh-tw/cover/care", dict(buyer_name="陳太太", product="Tessel Sleep Cover 保護套", agent_name=W1), "exact fill")
fill("zh-tw/cover/care", dict(buyer_name="紀小姐", product="Tessel Stand Cover 立架保護套", agent_name=W2),
     "第二段前兩句調換順序 (JC2)",
     edits=[("如果沾到咖啡或果汁，請盡快用沾了清水的布按壓吸乾，不要來回用力搓揉，以免布料起毛。擦完後把保護套打開平放，在通風處自然風乾，不要使用吹風機。",
             "擦拭後請把保護套打開平放，在通風處自然風乾，不要使用吹風機。如果沾到咖啡或果汁，請盡快用沾了清水的布按壓吸乾，不要來回用力搓揉，以免布料起毛。")],
     tags=["reorder"])
fill("zh-tw/troubleshoot/charging", dict(buyer_name="林先生", product=N6, agent_name=W1), "exact fill")
fill("zh-tw/troubleshoot/charging", dict(buyer_name="蕭小姐", product=N7, agent_name=W2),
     "問候語改寫並加一句體諒的話 (JC2)",
     edits=[("蕭小姐 您好：", "蕭小姐 晚安：\n\n出差途中遇到這種狀況，一定很著急。")], tags=["greeting", "warm-line"])
fill("zh-tw/kids/time-limit", dict(buyer_name="吳先生", product=NK, agent_name=W1), "exact fill")
fill("zh-tw/kids/time-limit", dict(buyer_name="涂小姐", product=KIDS_TW, agent_name=W2),
     "整段商品標題放入 product 佔位符 (JC2)", edits=[], tags=["long-value"])
fill("zh-tw/kids/time-limit", dict(buyer_name="鄒太太", product=NK, agent_name=W1),
     "第二段兩句合併 (JC2)",
     edits=[("再選「每日時間」。時間到了以後，", "再選「每日時間」；時間到了以後，")], tags=["merge"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep)


fill_log("en/reader/light", dict(buyer_name="Mr Castelli-Moor", product=N7, agent_name=A2),
         "it does not get worse over time.",
         "The Tessel Sleep Cover from the same order is travelling separately with USPS, tracking 9400111899223197446012, and should arrive on Wednesday.",
         "split-shipment tracking for a cover added as its own paragraph", sep="\n\n")
fill_log("en/reader/sideload", dict(buyer_name="Ms Achebe-Lund", product=N6, file_types="EPUB, PDF and TXT", agent_name=A3),
         "within a minute.",
         "The USB-C cable that was missing from your box left our Allentown warehouse this morning with UPS, tracking 1Z4K71200334618820.",
         "missing cable resent (fulfilment, JC6)")
fill_log("en/reader/battery", dict(buyer_name="Mr Delgado-Finn", product=N7, battery_weeks="eight weeks", agent_name=A4),
         "perfectly safe.",
         "If the reader does not suit you after all, it is still inside its 30-day return window, and you can start a return from Your Orders.",
         "return window")
fill_log("en/warranty/claim", dict(buyer_name="Ms Ostrowska", product=N7, warranty_period="two-year",
         case_id="PLR-W-40311", order_id="113-2049576-8812203", agent_name=A1),
         "for order 113-2049576-8812203.",
         "If the reader has to come back to us, we will send you a prepaid return label through Amazon, so there is no need to pay for postage.",
         "how a warranty unit would travel")
fill_log("en/apology/screen-lines", dict(buyer_name="Mr Vukovic", product=N6, agent_name=A2),
         "is working well for you.",
         "The replacement will ship within one business day by UPS, and a prepaid label for the faulty unit will come with it.",
         "replacement dispatch and return label (JC6)")
fill_log("en/cover/fit", dict(buyer_name="Ms Ruiz-Gallant", cover_name="Tessel Sleep Cover", reader_model=N6, agent_name=A3),
         "lift out the top corners first.",
         "As you asked, we have cancelled the second cover you ordered by mistake; it had not shipped, so you will not be charged for it.",
         "cancellation of a duplicate order before dispatch (JC6)")
fill_log("zh/reader/fonts", dict(buyer_name="解先生", product=N7, agent_name=Z2),
         "单本书也可以在同一个菜单里恢复默认。",
         "您同一订单里的保护套会单独发货，预计下周二送达。",
         "分开发货的送达时间")
fill_log("zh/reader/wifi", dict(buyer_name="卜女士", product=N6, agent_name=Z1),
         "屏幕右上角会显示扇形信号图标。",
         "另外，您反映包裹里少了数据线，我们已经免费补寄，今天由 USPS 发出，运单号9400111899223205581736。",
         "补寄缺少的数据线 (JC6)")
fill_log("zh/warranty/claim", dict(buyer_name="柏女士", product=N7, warranty_period="两年", case_id="PLR-W-40356",
         order_id="112-6617043-9025518", agent_name=Z2),
         "对应订单 112-6617043-9025518。",
         "如果处理期间您的收货地址有变动，请在本对话中告诉我们，更换的阅读器会寄到新地址。",
         "保修期间的地址变更")
fill_log("zh/apology/ghosting", dict(buyer_name="车先生", product=N6, agent_name=Z1),
         "我们会继续为您处理。",
         "如果您更希望直接退货，可以在“您的订单”页面申请，退货运费由我们承担，仓库收到后会把款项退回原支付方式。",
         "退货与退款说明")
fill_log("zh-tw/reader/dictionary", dict(buyer_name="彭先生", product=N7, agent_name=W2),
         "點書本圖示即可。",
         "您一起訂購的保護套是分開寄出的，追蹤單號 1Z4K71200341927735，預計週四送達。",
         "分開寄出的保護套追蹤單號")
fill_log("zh-tw/cover/care", dict(buyer_name="葛小姐", product="Tessel Sleep Cover 保護套", agent_name=W1),
         "刷去灰塵。",
         "您反映收到的顏色不對，正確顏色的保護套今天已經免費補寄，錯的那個不必寄回。",
         "寄錯顏色的補寄 (JC6)")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Garnett,\n\nYour Folio Nimbus 7 Plus left our Tempe warehouse yesterday with UPS. The tracking number is 1Z4K71200352208149, and the carrier expects to deliver it on Friday before 8 pm.\n\nBest,\nMarigold", ["tracking"], "tracking and expected delivery (JC14)"),
    ("Hello Ms Abernethy-Roux,\n\nI'm sorry the parcel is late. USPS shows it held at the Phoenix sorting centre because of the storm, and their new estimate is Tuesday. If it has not arrived by Thursday, reply here and we will send a replacement.\n\nRegards,\nCassius", ["delay"], "weather delay (JC14)"),
    ("Dear Mr Haddad,\n\nThe carrier marked your order as delivered at 2:14 pm, left at the side door. Could you check with neighbours and around the building? If it doesn't turn up within two days, let us know and we will open a claim with the carrier and reship.\n\nKind regards,\nBettina", ["delivery"], "delivered but not found (JC14)"),
    ("Hi Priyanka,\n\nThank you for letting us know about the new address. Your order has not been packed yet, so we have updated the shipping address to the one in your message. The delivery date stays the same.\n\nLorcan", ["address"], "address update before dispatch (JC14)"),
    ("Hello Mr Bergstrom,\n\nTo return the reader, start a return in Your Orders and choose 'No longer needed'. Amazon will show you a prepaid label. Please switch the reader off, put it back in its original box with the cable, wrap the box in a padded envelope or a second box, and tape it closed before you attach the label.\n\nThank you,\nMarigold", ["returns", "packing"], "return with packing instructions (JC4)"),
    ("Hi Ms Nakagawa-Price,\n\nOur warehouse received your returned Folio Nimbus 6 this morning. The refund of $119.99 has been issued to your original payment method and usually appears within three to five business days.\n\nBest regards,\nCassius", ["refund", "returns"], "refund of a return (JC14, JC11)"),
    ("Dear Mr Kowalczyk-Reid,\n\nFor delivery to Canada, the import duties and taxes were collected by Amazon at checkout, so the courier should not ask you for anything at the door. If they do, please do not pay it; send us a photo of the notice and we will sort it out with the carrier.\n\nRegards,\nBettina", ["customs"], "duties for a Canadian address (JC7)"),
    ("Hello Oriane,\n\nYour parcel is waiting for customs clearance in Toronto. This normally takes one to two business days, after which Canada Post will deliver it. No action is needed from you.\n\nLorcan", ["customs"], "parcel in customs (JC7)"),
    ("Hi Mr Elphick,\n\nWe have cancelled your order as you asked. It had not shipped, so you have not been charged, and the pending amount on your card will drop off within a few days.\n\nMarigold", ["cancellation"], "cancellation before dispatch (JC14)"),
    ("Hello Ms Danjuma,\n\nYour order was sent in two boxes: the reader with UPS, tracking 1Z4K71200368842210, and the cover with USPS, tracking 9400111899223219907345. Both should arrive by Monday.\n\nKind regards,\nCassius", ["tracking", "split-shipment"], "split shipment (JC14)"),
    ("Dear Mr Ferreira-Walsh,\n\nI'm very sorry the box arrived crushed and the screen is cracked. Please don't use the reader. We have shipped a new one today by UPS, tracking 1Z4K71200375519064, and a prepaid return label for the damaged unit is attached to this thread. Pack it in the box the new reader comes in.\n\nRegards,\nBettina", ["damage", "returns"], "transit damage and its return (JC4, JC6)"),
    ("Hi Greer,\n\nThe carrier needs a signature for parcels over a certain value, which is why they left a card. You can choose a redelivery day on the card, or pick the parcel up from the UPS Access Point named on it after 4 pm tomorrow.\n\nLorcan", ["delivery"], "signature and pickup (JC14)"),
    ("Hello Mr Ngata-Brooks,\n\nUSPS cannot deliver UPS parcels to a PO box, so we have switched your order to USPS Priority Mail. It will ship tomorrow and you will get the new tracking number in Your Orders.\n\nBest,\nMarigold", ["shipping", "address"], "PO box served by switching carrier (JC14)"),
    ("Dear Ms Farquhar,\n\nYour return window was extended for holiday orders, so you can still return the reader until January 31. Start it from Your Orders; once we receive it, the refund goes back to your original payment method.\n\nRegards,\nCassius", ["returns"], "holiday return window (JC14)"),
    ("Hi Mr Sutcliffe-Obi,\n\nWe sent you the wrong colour cover, and I apologise. The sage cover you ordered ships today by USPS, tracking 9400111899223226610458. Please keep the grey one; there is no need to send it back.\n\nBettina", ["fulfilment"], "wrong item replaced (JC6, JC11)"),
    ("Hello Ms Rautenbach,\n\nThe reader contains a lithium-ion battery, so the carrier can only send it to Hawaii by ground and sea, which takes 8 to 12 days. It shipped on Monday, tracking 9400111899223233381577.\n\nLorcan", ["shipping", "customs"], "battery as cargo restriction (JC7)"),
    ("Hi Mr Carrow,\n\nYour refund for the returned cover has been processed: $29.99 to your original card. The reader from the same order is not affected and stays on your account.\n\nMarigold", ["refund"], "refund of a returned cover (JC11, JC14)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("江女士，您好：\n\n您的包裹已于昨天从仓库发出，承运商为 UPS，运单号 1Z4K71200381174492，预计周五送达。\n\n郁清和", ["tracking"], "运单号与预计送达 (JC14)"),
    ("孙先生，您好：\n\n非常抱歉包裹延误了。承运商显示包裹因暴雨滞留在中转站，新的预计送达时间是下周一。如果到周三还没有收到，请在本对话中告诉我们，我们会为您补发。\n\n滕嘉木", ["delay"], "天气原因延误 (JC14)"),
    ("朱女士，您好：\n\n您的订单还没有打包，我们已经按您的要求把收货地址修改为新地址，送达时间不受影响。\n\n郁清和", ["address"], "发货前修改地址 (JC14, JC11)"),
    ("沈先生，您好：\n\n如需退货，请在“您的订单”中申请退货，系统会生成预付费退货面单。寄回前请先关机，把阅读器和数据线放回原包装盒，再用气泡袋或外箱包好，封箱后贴上面单即可。\n\n滕嘉木", ["returns", "packing"], "退货包装说明 (JC4)"),
    ("许女士，您好：\n\n仓库今天已收到您退回的阅读器，119.99美元的退款已退回原支付方式，一般三到五个工作日到账。\n\n郁清和", ["refund", "returns"], "退货退款 (JC11, JC14)"),
    ("袁先生，您好：\n\n承运商显示包裹已于下午两点签收，放在您家侧门。麻烦您先问问邻居或物业；如果两天内仍找不到，请告诉我们，我们会向承运商提出索赔并重新发货。\n\n滕嘉木", ["delivery"], "显示签收但未收到 (JC14)"),
    ("冯女士，您好：\n\n您的包裹正在多伦多等待清关，通常需要一到两个工作日，清关后由加拿大邮政配送，您不需要做任何操作。\n\n郁清和", ["customs"], "清关中 (JC7)"),
    ("秦先生，您好：\n\n已按您的要求取消订单。订单尚未发货，因此不会扣款，信用卡上的预授权金额几天内会自动释放。\n\n滕嘉木", ["cancellation"], "发货前取消 (JC11, JC14)"),
    ("邓女士，您好：\n\n您的订单分两个包裹寄出：阅读器由 UPS 配送，运单号 1Z4K71200398850216；保护套由 USPS 配送，运单号 9400111899223240074182。两个包裹预计周一前送达。\n\n郁清和", ["tracking", "split-shipment"], "分开发货 (JC14)"),
    ("姚先生，您好：\n\n非常抱歉包裹外箱被压坏、屏幕碎裂。请不要继续使用这台阅读器。新的一台今天已由 UPS 发出，运单号 1Z4K71200405536621；坏的那台请用新机的包装盒寄回，预付费退货面单已附在本对话中。\n\n滕嘉木", ["damage", "returns"], "运输损坏及寄回 (JC4, JC6)"),
    ("陆女士，您好：\n\n寄往加拿大的订单，进口关税和税费已在结账时由亚马逊代收，快递员上门时不应再向您收费。如果对方要求付款，请先不要支付，把通知单拍照发给我们，我们会与承运商联系处理。\n\n郁清和", ["customs"], "关税已预收 (JC7)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("何小姐 您好：\n\n您的包裹昨天已經從倉庫寄出，由 UPS 配送，追蹤單號 1Z4K71200412207738，預計週五送達。\n\n倪靖雯", ["tracking"], "追蹤單號與預計送達 (JC14)"),
    ("楊先生 您好：\n\n很抱歉包裹延誤。物流顯示包裹因颱風停留在轉運中心，預計下週二送達。如果週四仍未收到，請在本對話告訴我們，我們會為您補寄。\n\n柴定遠", ["delay"], "颱風延誤 (JC14)"),
    ("黃太太 您好：\n\n如需退貨，請在「您的訂單」申請退貨並列印預付退貨標籤。寄回前請先關機，把閱讀器和傳輸線放回原盒，外面再包一層氣泡袋或紙箱，封好後貼上標籤即可。\n\n倪靖雯", ["returns", "packing"], "退貨包裝說明 (JC4)"),
    ("謝先生 您好：\n\n倉庫已收到您退回的保護套，29.99 美元的退款已經退回原付款方式，約三到五個工作天入帳。\n\n柴定遠", ["refund", "returns"], "退貨退款 (JC11, JC14)"),
    ("莊小姐 您好：\n\n您的訂單尚未出貨，我們已依您的要求把收件地址改為新地址，送達日期不變。\n\n倪靖雯", ["address"], "出貨前修改地址 (JC14)"),
    ("曾先生 您好：\n\n物流顯示包裹已在下午三點簽收，放在管理室。請先向管理室確認；如果兩天內仍找不到，請告訴我們，我們會向物流公司申請理賠並重新寄出。\n\n柴定遠", ["delivery"], "顯示簽收但未收到 (JC14)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Okonedo,\n\nYes, you can read library books on it. Borrow the title from your library's lending app on your computer, download the EPUB file, and drag it onto the reader while it is connected. Loans that use copy protection need the free desktop reader software to transfer them first.\n\nMarigold", ["advice"], "library books: no template covers this (JC15)"),
    ("Hello Mr Pellegrini,\n\nBoth readers have the same screen sharpness. The 7 Plus is larger, waterproof, and has the warm light; the 6 is lighter and fits a coat pocket. If you mostly read in bed, the warm light is the feature people notice most.\n\nCassius", ["advice", "comparison"], "comparison the buyer asked for; no price or offer (JC10, JC15)"),
    ("Dear Ms Whitcombe,\n\nA screen protector is not needed; the glass is already matte and anti-glare. If you add one, choose a matte film, because a glossy one will reflect lamps and make the text harder to read.\n\nBettina", ["advice"], "screen protector (JC15)"),
    ("Hi Jasper,\n\nPDFs with small print are easiest in landscape mode. Turn the reader sideways, then use the zoom-to-margins option in the page menu so the white borders are cut off. Two-column papers read best if you zoom to one column at a time.\n\nLorcan", ["advice"], "reading PDFs (JC15)"),
    ("Hello Ms Drummond-Achebe,\n\nThe reader does not play audiobooks; it has no speaker or headphone output. It does have a text-to-speech option for accessibility, but only through a paired Bluetooth headset, and it works with books you added yourself.\n\nMarigold", ["advice"], "audio question (JC15)"),
    ("Hi Mr Lindahl,\n\nThanks for the photos. Our technician will look at them this afternoon and I will reply tomorrow morning with what we suggest.\n\nCassius", ["holding"], "holding reply on a fault (JC16)"),
    ("Dear Mrs Okoro-Blake,\n\nHighlights and notes are stored on the reader and in the My Clippings file in its main folder. Copy that file to your computer whenever you like; it opens in any text editor, and it keeps working if you reset the reader later.\n\nBettina", ["advice"], "exporting notes (JC15)"),
    ("Hello Anouk,\n\nThe reader works fine in cold weather down to about 0 °C, but page turns slow down a little when it is very cold. Keep it in an inside pocket while you are outside, and avoid charging it until it has warmed up to room temperature.\n\nLorcan", ["advice"], "cold weather (JC15)"),
    ("Hi Mr Falconer,\n\nYou can set the page-turn buttons to work the other way round. Some left-handed readers like that. The option is in the buttons section of the settings menu, under Reverse Page Buttons.\n\nMarigold", ["advice"], "button setup (JC15)"),
    ("Dear Ms Haverkamp,\n\nA faint grey shadow after switching from a dark book cover to text is normal on electronic paper and fades after a page or two. It is not a sign of a damaged screen.\n\nCassius", ["advice", "troubleshooting"], "cover shadow (JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("罗先生，您好：\n\n可以阅读图书馆借的电子书。先在电脑上用图书馆的借阅软件下载文件，再把阅读器连上电脑，拖进书籍文件夹即可。\n\n郁清和", ["advice"], "借阅电子书 (JC15)"),
    ("唐女士，您好：\n\n两款屏幕清晰度相同。七英寸款更大、可以防水、有暖光；六英寸款更轻，适合放在口袋里。如果您主要在睡前阅读，暖光会比较实用。\n\n滕嘉木", ["advice", "comparison"], "买家询问的型号比较，无价格无促销 (JC10, JC15)"),
    ("范先生，您好：\n\n墨水屏本身就是哑光防眩光的，一般不需要贴膜。如果一定要贴，请选哑光膜，亮面膜会反光，反而看不清。\n\n郁清和", ["advice"], "贴膜问题 (JC15)"),
    ("蔡女士，您好：\n\n感谢您发来的视频，我们的技术同事今天下午会查看，明天上午我再给您回复处理建议。\n\n滕嘉木", ["holding"], "故障的等待回复 (JC16)"),
    ("高先生，您好：\n\n扫描版的文件字很小时，建议横屏阅读，并在页面菜单里打开“裁切白边”，双栏论文可以逐栏放大查看。\n\n郁清和", ["advice"], "扫描文件阅读 (JC15)"),
    ("石女士，您好：\n\n阅读器没有扬声器，不能播放有声书；朗读功能需要配对蓝牙耳机，而且只适用于您自己导入的电子书。\n\n滕嘉木", ["advice"], "有声书问题 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("戴小姐 您好：\n\n可以的，直向與橫向閱讀都支援。閱讀漫畫時建議橫向並開啟「雙頁顯示」，字小的對話框會比較清楚。\n\n倪靖雯", ["advice"], "漫畫閱讀 (JC15)"),
    ("胡先生 您好：\n\n墨水屏在換頁時偶爾閃一下黑色是正常的刷新動作，用來清除殘留的痕跡，並不是故障。\n\n柴定遠", ["advice", "troubleshooting"], "刷新閃爍 (JC15)"),
    ("梁太太 您好：\n\n孩子用的兒童版建議從五歲左右開始，字體可以調到最大，家長也可以先挑好幾本書放在書架上，讓孩子自己選。\n\n倪靖雯", ["advice"], "兒童使用年齡 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Prewitt,\n\nQuick answer on the light: open the top menu and slide brightness down to somewhere around a fifth for night reading. There's also a warmth setting just below it that turns the glow orange-ish, and it can switch itself on in the evenings if you tell it to in the display settings.\n\nMarigold", "retells en/reader/light (JC12)"),
    ("Hello Mr Quarshie,\n\nGetting your own files on is easy. Plug the reader into your laptop with the cable, hit Connect, and drop EPUBs or PDFs into the Books folder. Eject before unplugging and they'll appear shortly.\n\nCassius", "retells en/reader/sideload (JC12)"),
    ("Hi Ms Tennant,\n\nWith moderate light and wifi off you should get weeks from one charge. Wifi and a bright screen drain it fastest, so flight mode helps a lot. Empty to full is about three hours from a wall plug.\n\nBettina", "retells en/reader/battery (JC12)"),
    ("Hello Mr Ravensby,\n\nWhen it locks up, hold down the power button for a good 40 seconds, let go, then press it again. Your library won't be touched. Still stuck? Give it an hour on the charger and repeat, then write back to us.\n\nLorcan", "retells en/troubleshoot/frozen (JC12)"),
    ("Dear Ms Umeh,\n\nSlot the bottom of the reader in first, then push the top until it snaps. Closing the flap sends it to sleep thanks to a small magnet; if it doesn't, the setting for that is in the device menu.\n\nMarigold", "retells en/cover/fit (JC12)"),
    ("Hi Mr Blackstock-Ade,\n\nThe warranty covers manufacturing faults, like a light or buttons that fail or lines appearing without a knock, but not drops or liquid damage. Send us a photo and a few words about the problem in this thread and we'll take a look.\n\nCassius", "retells en/warranty/claim without case or order id (JC12)"),
    ("Hello Ms Garvey,\n\nIf you have a moment, we'd appreciate hearing how the reader is working out for you in an Amazon review, good or bad.\n\nBettina", "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("陶先生，您好：\n\n字体可以在阅读页面点中间、再点底部按钮来改，觉得字细就把粗细调高两格，中文书用宋体或黑体比较好看。\n\n郁清和", "retells zh/reader/fonts (JC12)"),
    ("贾女士，您好：\n\n联网很简单：下拉菜单进设置，打开无线网络，选您家的网络输密码就行。注意只能连 2.4GHz 的网络，名字带 5G 的连不上。\n\n滕嘉木", "retells zh/reader/wifi (JC12)"),
    ("侯先生，您好：\n\n残影的问题，把显示设置里的刷新改成每页刷新就能解决，只是会稍微费电。改完还不行的话发张照片给我们。抱歉给您添麻烦了。\n\n郁清和", "retells zh/apology/ghosting (JC12)"),
    ("熊女士，您好：\n\n阅读器有保修，做工问题都包括，比如灯不亮、按键坏了；摔坏或进水不算。您把问题说一下、拍张照片发过来就行。\n\n滕嘉木", "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("傅小姐 您好：\n\n字典要先在設定裡下載，連網大概兩分鐘就好，之後長按生詞就會跳出解釋，不用網路也能查。\n\n倪靖雯", "retells zh-tw/reader/dictionary (JC12)"),
    ("董先生 您好：\n\n指示燈不亮的話，先換條線和插座充電器試試，看看接頭有沒有插好、孔裡有沒有灰塵，再充半小時；還是不行就長按電源鍵重開，再告訴我們。\n\n柴定遠", "retells zh-tw/troubleshoot/charging (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Osei-Lamb,\n\nYour replacement cover ships tomorrow by USPS. Until it arrives, the reader is fine without a cover, but turn on the screen lock in settings so it doesn't wake in your bag.\n\nMarigold", "shipping plus screen-lock advice (JC5)"),
    ("Hello Ms Corrigan,\n\nThe reader will be delivered on Thursday. When it arrives, charge it fully before the first use and update the software over wifi; the first update takes about ten minutes.\n\nCassius", "delivery plus first-use advice (JC5)"),
    ("Dear Mr Petrov-Lane,\n\nWe've started your return and the label is in Your Orders. Before you send it, you might try switching the page refresh to every page, which usually fixes the faint shadows you described.\n\nBettina", "return plus ghosting advice in own words (JC5)"),
    ("Hi Ms Tamsin Ode,\n\nYour order is held at customs for a day or two. Meanwhile you can install the desktop app and prepare your EPUB files so they are ready to copy across when the reader arrives.\n\nLorcan", "customs plus preparation advice (JC5)"),
    ("Hello Mr Brannigan,\n\nThe spare cable went out today with UPS, tracking 1Z4K71200429961057. Any phone charger with a USB-C cable will charge the reader in the meantime; just avoid fast chargers over 5 V.\n\nMarigold", "tracking plus charging advice (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("苏女士，您好：\n\n换货的阅读器明天由 UPS 发出。在收到之前，您可以继续使用现在这台，只要把刷新频率改成每页，残影会少很多。\n\n郁清和", "发货加使用建议 (JC5)"),
    ("叶先生，您好：\n\n包裹预计周四送达。收到后请先充满电，再连上无线网络更新系统，第一次更新大约十分钟。\n\n滕嘉木", "送达加首次使用建议 (JC5)"),
    ("孟女士，您好：\n\n您的包裹还在清关。在等待期间，您可以先把想看的电子书整理好，阅读器到了以后直接拷贝进去就行。\n\n郁清和", "清关加使用建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("鄭先生 您好：\n\n補寄的傳輸線今天已經寄出。在收到之前，一般手機的 USB-C 充電線也可以充電，只是請避免使用快充頭。\n\n倪靖雯", "補寄加充電建議 (JC5)"),
    ("駱小姐 您好：\n\n包裹預計週三送達。收到後建議先把字典下載好，搭飛機時不用網路也能查詞。\n\n柴定遠", "送達加字典建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/reader/light", dict(buyer_name="Mr Harrowgate", product=N7, agent_name=A1),
        "it does not get worse over time.",
        "P.S. Tessel covers are 25% off in our Amazon store this week with code NIGHTREAD, so it's a great time to add one.",
        [MKT, TR], "P.S. with a coupon code for covers", sep="\n\n")
add_bad("en/reader/battery", dict(buyer_name="Ms Aldous", product=N6, battery_weeks="six weeks", agent_name=A2),
        "perfectly safe.",
        "If you're happy with the reader, a 5-star review would mean the world to us!",
        [RI, TR], "five-star ask from happy buyers only")
add_bad("en/troubleshoot/frozen", dict(buyer_name="Mr Pryce-Moreno", product=N7, agent_name=A3),
        "we will arrange the next step with you.",
        "For quicker help, message our technician on WhatsApp at +1 555-0142.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/apology/screen-lines", dict(buyer_name="Ms Wexford", product=N7, agent_name=A4),
        "is working well for you.",
        "Before leaving any review, please contact us first so we can make things right instead.",
        [RI, TR], "review gating: unhappy buyer steered away from a review")
add_bad("en/cover/fit", dict(buyer_name="Mr Ingersoll", cover_name="Tessel Stand Cover", reader_model=N7, agent_name=A1),
        "lift out the top corners first.",
        "Follow us on Instagram at @pagelight.reads for monthly giveaways of covers and readers.",
        [MKT, OPC, TR], "Instagram handle plus giveaway")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Cavendish-Olu", order_id="112-9953017-4461208", product=N6, agent_name=A2),
        "we value your honest opinion.",
        "As a thank-you, we'll send a $10 gift card once your review is posted.",
        [RI, TR], "gift card for a review")
add_bad("en/reader/sideload", dict(buyer_name="Mr Thackeray-Lim", product=N6, file_types="EPUB and PDF", agent_name=A3),
        "within a minute.",
        "You can also download free converted books from our own site, www.pagelight-reading.com/library.",
        [OPC, TR], "outside link for product content")
add_bad("en/warranty/claim", dict(buyer_name="Ms Holloway-Beck", product=N7, warranty_period="two-year",
        case_id="PLR-W-40402", order_id="111-5726309-8830174", agent_name=A4),
        "for order 111-5726309-8830174.",
        "Once the replacement ships, the tracking will be on our website at pagelight-reading.com/track rather than in Amazon.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Danvers,\n\nYour refund for the returned reader went through today. If you update your one-star review now that it's sorted, we'll send you a free Tessel cover.\n\nCassius",
     [RI, TR], "refund of a return (logistics) plus a free cover for changing a review (JC3)", ["free-written"])

add_bad("zh/reader/fonts", dict(buyer_name="韩先生", product=N7, agent_name=Z1),
        "单本书也可以在同一个菜单里恢复默认。",
        "另外，本店新款保护套本周八折，欢迎选购！",
        [MKT, TR], "新品保护套八折促销")
add_bad("zh/review/neutral-request", dict(buyer_name="向女士", product=N6, order_id="113-4408826-1957730", agent_name=Z2),
        "也能帮助我们改进产品。",
        "留下五星好评并截图发给我们，即可获得十美元返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/reader/wifi", dict(buyer_name="龙先生", product=N7, agent_name=Z1),
        "屏幕右上角会显示扇形信号图标。",
        "如果还连不上，可以加我们的微信 pagelight_help，技术人员会远程指导。",
        [OPC, TR], "微信号用于产品支持")
add_bad("zh/apology/ghosting", dict(buyer_name="金先生", product=N6, agent_name=Z2),
        "再次向您致歉。",
        "问题解决后，麻烦您把之前的差评删除或修改一下。",
        [RI, TR], "要求修改或删除差评")
free(V, "zh", "万女士，您好：\n\n退货已经收到。退款我们可以通过 PayPal 直接转给您，请把您的 PayPal 账户发给我们。\n\n滕嘉木",
     [OPC], "退货退款改走 PayPal：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/cover/care", dict(buyer_name="施小姐", product="Tessel Sleep Cover 保護套", agent_name=W1),
        "刷去灰塵。",
        "歡迎按讚我們的 Facebook 粉絲專頁，每週都有抽獎活動。",
        [MKT, OPC, TR], "Facebook 專頁加抽獎")
add_bad("zh-tw/troubleshoot/charging", dict(buyer_name="翟先生", product=N7, agent_name=W2),
        "我們會為您安排下一步。",
        "問題解決後，若您滿意，請給我們五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "溫小姐 您好：\n\n您的包裹今天已經寄出。本週刷頭……\n\n倪靖雯".replace("刷頭……", "所有保護套九折，歡迎加購。"),
     [MKT, TR], "寄出通知加本週保護套九折 (JC3)", ["free-written"], trad=True)
