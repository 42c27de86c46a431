# -*- coding: utf-8 -*-
"""Labelled replies of t55 (imported by gen.py). Every text written for this set."""
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


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Imogen Fairclough", "Kwabena Lindgren-Shaw", "Perpetua Valdes-Hughes", "Ruairi Ostrander"
Z1, Z2 = "祁语桐", "汤俊逸"
W1, W2 = "詹雅筑", "邱柏勳"
V5, V7, MUR, PAD = "Quietcrest Vista 5", "Quietcrest Vista 7 Duo", "Quietcrest Murmur Audio Monitor", "Quietcrest Breathe Pad"
V7_LONG = ("Quietcrest Vista 7 Duo Video Baby Monitor with 2 Cameras, 7-inch Split-Screen Display, Pan-Tilt-Zoom, "
           "Infrared Night Vision, Two-Way Talk, Room Temperature Alerts, 5000 mAh Battery, No Wi-Fi Needed, Pebble White")
PAD_LONG = ("Quietcrest Breathe Pad Under-Mattress Movement Sensor with Control Unit, 20-Second No-Movement Alarm, "
            "Fits Cot Mattresses up to 70 x 140 cm, Battery Powered")
V5_ZH = ("Quietcrest Vista 5 婴儿监护器 五英寸高清屏 摄像头可远程转动 红外夜视 双向对讲 室温提醒 "
         "无需联网 附壁挂支架 奶白色")
V7_TW = ("Quietcrest Vista 7 Duo 嬰兒監視器 雙鏡頭 七吋分割畫面 遠端轉動與放大 紅外線夜視 雙向對講 "
         "搖籃曲 室溫警示 免連網 石英白")
C = "filled-template"

# ============================================================ 1. filled templates -> []
fill("en/video/night-vision", dict(buyer_name="Ms Marchbank", product=V5, agent_name=A1), "exact fill")
fill("en/video/night-vision", dict(buyer_name="Lysander", product=V7_LONG, agent_name=A2),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Lysander,", "Good evening Lysander,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Oyinlola-Grant", product=V7, agent_name=A3)
fill("en/video/night-vision", _v, "second and third paragraphs hard-wrapped at 72 columns (JC2)",
     edits=[rewrap("en/video/night-vision", _v, "For the clearest picture", 72),
            rewrap("en/video/night-vision", _v, "If the picture looks grey", 72)], tags=["reflow"])
fill("en/video/pairing", dict(buyer_name="Ms Eversleigh", product=V7, camera_slot="Camera 3", agent_name=A4), "exact fill")
fill("en/video/pairing", dict(buyer_name="Mrs Achterberg", product=V5, camera_slot="Camera 2", agent_name=A1),
     "warm line about the buyer's twins added before the sign-off (JC2)",
     edits=[("for ten seconds.", "for ten seconds.\n\nCongratulations on the twins, and I hope the nights get easier soon.")],
     tags=["warm-line"])
fill("en/video/range", dict(buyer_name="Mr Kittredge", product=V5, range_metres="250", agent_name=A2), "exact fill")
fill("en/video/range", dict(buyer_name="Ms Obuya-Sinclair", product=V7, range_metres="300", agent_name=A3),
     "one sentence of the first paragraph split in two (JC2)",
     edits=[("Brick, concrete, large mirrors and kitchen appliances shorten the range the most.",
             "Brick and concrete shorten the range the most. Large mirrors and kitchen appliances do too.")],
     tags=["split"])
fill("en/video/range", dict(buyer_name="Fenwick", product=V5, range_metres="250", agent_name=A4),
     "one wording edit: 'steadiest' -> 'most stable' (JC2)", edits=[("steadiest", "most stable")], tags=["wording"])
fill("en/audio/sensitivity", dict(buyer_name="Mr Baptiste-Holm", product=MUR, agent_name=A1), "exact fill")
fill("en/audio/sensitivity", dict(buyer_name="Mrs Lutterworth", product=MUR, agent_name=A2),
     "greeting changed and a congratulation added after it (JC2)",
     edits=[("Hello Mrs Lutterworth,", "Hi Mrs Lutterworth,\n\nCongratulations on your new arrival!")],
     tags=["greeting", "warm-line"])
fill("en/mount/install", dict(buyer_name="Ms Penrhyn", mount_name="Halo Wall Mount", camera_model="Vista 5 camera",
     agent_name=A3), "exact fill")
fill("en/mount/install", dict(buyer_name="Mr Aldana-Reyes", mount_name="Halo Wall Mount", camera_model="Vista 7 Duo cameras",
     agent_name=A4), "first two sentences joined with a colon (JC2)",
     edits=[("for your Vista 7 Duo cameras. Choose a spot", "for your Vista 7 Duo cameras: choose a spot")], tags=["merge"])
fill("en/sensor/false-alarm", dict(buyer_name="Mrs Coverdale", product=PAD, agent_name=A1), "exact fill")
fill("en/sensor/false-alarm", dict(buyer_name="Mr Nightingale-Ebo", product=PAD, agent_name=A2),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("In almost every case the pad needs to lie flatter or closer to where your baby sleeps.",
             "Nearly always, the cause is a pad that is not lying flat enough or sits too far from where your baby sleeps.")],
     tags=["paraphrase"])
fill("en/sensor/false-alarm", dict(buyer_name="Mr Strachan", product=PAD_LONG, agent_name=A3),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Mr Strachan,", "Good morning Mr Strachan,")], tags=["greeting", "long-value"])
fill("en/warranty/claim", dict(buyer_name="Ms Gwynedd-Farr", product=V7, warranty_period="two-year",
     case_id="QCN-C-51207", order_id="112-5093817-4426150", agent_name=A4), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Oduro-Pike", product=V5, warranty_period="one-year",
     case_id="QCN-C-51244", order_id="114-2870346-9915023", agent_name=A1),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[("So that our technicians can look into it, please describe what happens in a reply to this message and attach a photo or a short video if you can. We have opened case QCN-C-51244 for order 114-2870346-9915023.",
             "We have opened case QCN-C-51244 for order 114-2870346-9915023. So that our technicians can look into it, please describe what happens in a reply to this message and attach a photo or a short video if you can.")],
     tags=["reorder"])
fill("en/apology/no-picture", dict(buyer_name="Ms Thorburn", product=V5, agent_name=A2), "exact fill")
fill("en/apology/no-picture", dict(buyer_name="Mr Abimbola-West", product=V7, agent_name=A3),
     "greeting and sign-off changed (JC2)",
     edits=[("Dear Mr Abimbola-West,", "Hello Mr Abimbola-West,"), ("With apologies,", "With my sincere apologies,")],
     tags=["greeting", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Ms Quillfeather", order_id="113-7715402-3068841", product=MUR,
     agent_name=A4), "exact fill; the only review request for this order, no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Saffron", order_id="111-3349021-6672508", product=V5, agent_name=A1),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hello Saffron,", "Hi Saffron,"), ("With thanks,", "Thanks so much,")], tags=["greeting", "sign-off"])

fill("zh/video/temperature", dict(buyer_name="欧阳女士", product=V5, agent_name=Z1), "exact fill")
fill("zh/video/temperature", dict(buyer_name="殷先生", product=V5_ZH, agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改写 (JC2)", edits=[("，您好：", "，上午好：")], tags=["long-value", "greeting"])
fill("zh/video/temperature", dict(buyer_name="柯女士", product=V7, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝宝宝睡个好觉！", "祝您和宝宝周末愉快！")], tags=["sign-off"])
fill("zh/video/battery", dict(buyer_name="严先生", product=V7, battery_hours="十二个小时", agent_name=Z2), "exact fill")
fill("zh/video/battery", dict(buyer_name="裴女士", product=V5, battery_hours="十个小时", agent_name=Z1),
     "第三段第一句拆成两句 (JC2)",
     edits=[("充电请使用包装里的电源适配器，从没电到充满", "充电请使用包装里的电源适配器。从没电到充满")], tags=["split"])
fill("zh/video/battery", dict(buyer_name="郝先生", product=V7, battery_hours="十二个小时", agent_name=Z2),
     "措辞微调：“明显缩短”改为“明显变短” (JC2)", edits=[("明显缩短", "明显变短")], tags=["wording"])
fill("zh/warranty/claim", dict(buyer_name="薛女士", product=V7, warranty_period="两年", case_id="QCN-C-51268",
     order_id="112-8806153-0219947", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="庞先生", product=V5, warranty_period="一年", case_id="QCN-C-51302",
     order_id="113-0924478-5531862", agent_name=Z2),
     "措辞微调：“具体表现”改为“具体情况” (JC2)", edits=[("具体表现", "具体情况")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="毛女士", product=MUR, order_id="114-6158290-7740316", agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，对话中买家没有先表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="雷先生", product=V7, order_id="111-9472635-2085179", agent_name=Z2),
     "问候语改写；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("雷先生，您好：", "雷先生，晚上好：")], tags=["greeting"])
fill("zh/apology/static", dict(buyer_name="尹女士", product=V5, agent_name=Z1), "exact fill")
fill("zh/apology/static", dict(buyer_name="武先生", product=V7, agent_name=Z2),
     "问候语后加一句体谅的话 (JC2)",
     edits=[("武先生，您好：", "武先生，您好：\n\n宝宝刚满月，夜里被杂音吵醒确实让人着急。")], tags=["warm-line"])

fill("zh-tw/video/lullaby", dict(buyer_name="簡先生", product=V5, agent_name=W1), "exact fill")
fill("zh-tw/video/lullaby", dict(buyer_name="游小姐", product=V7, agent_name=W2),
     "結尾祝語改寫 (JC2)", edits=[("敬祝 闔家平安", "祝 寶寶一夜好眠")], tags=["sign-off"])
fill("zh-tw/video/lullaby", dict(buyer_name="廖太太", product=V7_TW, agent_name=W1),
     "整段商品標題放入 product 佔位符 (JC2)", edits=[], tags=["long-value"])
fill("zh-tw/sensor/care", dict(buyer_name="洪先生", product=PAD, agent_name=W2), "exact fill")
fill("zh-tw/sensor/care", dict(buyer_name="潘小姐", product=PAD, agent_name=W1),
     "第三段兩句調換順序 (JC2)",
     edits=[("連接線請順著床腳固定，避免被床架夾住。每隔幾個月檢查一次接頭，如果發現外皮破損，請停止使用並回覆本訊息。",
             "每隔幾個月檢查一次接頭，如果發現外皮破損，請停止使用並回覆本訊息。連接線請順著床腳固定，避免被床架夾住。")],
     tags=["reorder"])
fill("zh-tw/troubleshoot/no-signal", dict(buyer_name="賀先生", product=V5, agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/no-signal", dict(buyer_name="盧太太", product=V7, agent_name=W1),
     "問候語改寫並加一句體諒的話 (JC2)",
     edits=[("盧太太 您好：", "盧太太 晚安：\n\n半夜突然看不到畫面，一定讓您很擔心。")], tags=["greeting", "warm-line"])
fill("zh-tw/video/zoom", dict(buyer_name="鍾小姐", product=V7, agent_name=W2), "exact fill")
fill("zh-tw/video/zoom", dict(buyer_name="傅太太", product=V5, agent_name=W1),
     "第三段兩句以逗號合併 (JC2)",
     edits=[("這是正常現象。如果寶寶容易被吵醒，", "這是正常現象，如果寶寶容易被吵醒，")], tags=["merge"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep)


fill_log("en/video/night-vision", dict(buyer_name="Mr Hollinrake", product=V7, agent_name=A4),
         "the most common cause of a blurry night image.",
         "The wall mount from the same order is travelling separately with USPS, tracking 9400111020882417305526, and should reach you on Thursday.",
         "split-shipment tracking for the mount, added as its own paragraph", sep="\n\n")
fill_log("en/video/pairing", dict(buyer_name="Ms Dunleavy", product=V7, camera_slot="Camera 2", agent_name=A1),
         "as soon as the link is made.",
         "The power adapter that was missing from the new camera's box left our Reno warehouse this morning with UPS, tracking 1Z8V3W590417736218.",
         "missing adapter resent (fulfilment, JC6)")
fill_log("en/audio/sensitivity", dict(buyer_name="Mr Tregarthen", product=MUR, agent_name=A2),
         "a little further from that machine.",
         "As you asked, the spare baby unit on your second order will go to your parents' address instead; it has not shipped yet, so the change costs nothing.",
         "address change for a second order before dispatch")
fill_log("en/warranty/claim", dict(buyer_name="Ms Rowntree-Ibe", product=V7, warranty_period="two-year",
         case_id="QCN-C-51339", order_id="112-1367094-8853620", agent_name=A3),
         "for order 112-1367094-8853620.",
         "If our technicians need the parent unit back, we will post a prepaid return label in this thread and ship the replacement the day the carrier scans your parcel.",
         "how a warranty unit would travel (JC6)")
fill_log("en/apology/no-picture", dict(buyer_name="Mr Gallacher", product=V5, agent_name=A4),
         "until the new monitor is working in the nursery.",
         "The new set will leave our Columbus warehouse within one business day by UPS, and a prepaid return label for the faulty set will be in the box.",
         "replacement dispatch and return label (JC6)")
fill_log("en/sensor/false-alarm", dict(buyer_name="Ms Pendragon-Wu", product=PAD, agent_name=A1),
         "a slatted base needs a thin board under the pad.",
         "The board you asked us to send for your slatted cot went out today by USPS, tracking 9400111020882430961178, and should arrive in two to three days.",
         "dispatch of an accessory the buyer asked for, added inside the numbered list (JC6)")
fill_log("zh/video/temperature", dict(buyer_name="卓先生", product=V7, agent_name=Z2),
         "每分钟更新一次。",
         "您同一订单里的壁挂支架会单独发货，预计下周三送达。",
         "分开发货的送达时间")
fill_log("zh/video/battery", dict(buyer_name="齐女士", product=V5, battery_hours="十个小时", agent_name=Z1),
         "不会损伤电池。",
         "另外，您反映包装里缺少电源适配器，我们已经免费补寄，今天由 UPS 发出，运单号1Z8V3W590452190834。",
         "补寄缺少的电源适配器 (JC6)")
fill_log("zh/warranty/claim", dict(buyer_name="卢先生", product=V7, warranty_period="两年", case_id="QCN-C-51371",
         order_id="113-4582716-1197043", agent_name=Z2),
         "建立保修案例 QCN-C-51371。",
         "如果需要把家长机寄回检测，我们会在本对话中提供预付费退货面单，运费由我们承担。",
         "寄回检测的运费与面单")
fill_log("zh/apology/static", dict(buyer_name="甘女士", product=V5, agent_name=Z1),
         "我们会继续为您处理。",
         "如果您更希望直接退货，可以在“您的订单”中申请，仓库收到退货后会把款项退回原支付方式。",
         "退货与退款说明")
fill_log("zh-tw/video/zoom", dict(buyer_name="倪先生", product=V7, agent_name=W1),
         "再按一次回到原本大小；放大時仍然可以用方向鍵移動畫面。",
         "您另外訂購的壁掛支架已經分開寄出，追蹤單號 1Z8V3W590468815027，預計週四送達。",
         "分開寄出的支架追蹤單號")
fill_log("zh-tw/sensor/care", dict(buyer_name="魯小姐", product=PAD, agent_name=W2),
         "造成誤報。",
         "您反映收到的感應墊尺寸不對，正確尺寸的感應墊今天已經免費補寄，寄錯的那片不必寄回。",
         "寄錯尺寸的補寄 (JC6, JC11)")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Castleford,\n\nYour Vista 7 Duo left our Reno warehouse this afternoon with UPS. The tracking number is 1Z8V3W590473302691, and UPS expects to deliver it on Tuesday by end of day.\n\nBest,\nImogen",
     ["tracking"], "tracking and expected delivery (JC14)"),
    ("Hello Ms Lightbody,\n\nI'm sorry your parcel is running late. The winter storm closed the UPS hub in Denver for a day, and the new delivery estimate is Friday. If it still hasn't arrived by Monday, reply here and we will send a second one straight away.\n\nRegards,\nKwabena",
     ["delay"], "storm closes a carrier hub (JC14)"),
    ("Dear Mr Ashdown,\n\nThe delivery photo UPS took shows a front door with a different house number, so it looks as if the parcel went to a neighbour. We have opened a trace with the carrier. If it isn't found within two days, we will reship it at no cost.\n\nKind regards,\nPerpetua",
     ["delivery"], "misdelivered parcel and carrier trace (JC14)"),
    ("Hi Maren,\n\nThanks for sending the flat number. Your order hasn't been packed yet, so I've added Flat 4B to the shipping address and the delivery date stays the same.\n\nRuairi",
     ["address"], "address completed before dispatch (JC14)"),
    ("Hello Mr Delacroix-Hume,\n\nYour monitor had already left when your message came in, so we asked UPS to redirect it to your office address. Redirected parcels usually take one or two extra days; the new date will show under the same tracking number.\n\nBest regards,\nImogen",
     ["address", "tracking"], "carrier intercept after dispatch (JC14)"),
    ("Hi Ms Fothergill,\n\nTo send the monitor back, open Your Orders, choose Return or Replace Items and pick a reason; Amazon will give you a prepaid UPS label to print. Please pack the parent unit, both cameras, the two power adapters and the wall-mount screws in the original box, and tape it shut before you stick the label on.\n\nThank you,\nKwabena",
     ["returns", "packing"], "return label and what to pack (JC4)"),
    ("Dear Mr Inglethorpe,\n\nOur warehouse checked in your returned Vista 7 Duo this morning. A refund of $189.99 has gone back to your original payment method; most banks show it within three to five business days.\n\nRegards,\nPerpetua",
     ["refund", "returns"], "refund of a return (JC11, JC14)"),
    ("Hello Ms Carmody,\n\nAs you preferred, we have refunded $12.00 for the cable cover that was missing from your mount instead of sending a new one. You will see it on the same card within a few days, and nothing needs to come back to us.\n\nRuairi",
     ["refund", "fulfilment"], "partial refund for a missing part (JC6, JC11)"),
    ("Hi Mr Wolstenholme,\n\nYour parcel is with DHL at East Midlands airport for import clearance. The duty and VAT were paid at checkout, so there is nothing to pay; DHL may text you to confirm the delivery day. Waybill 4718260935 will update once it is released.\n\nImogen",
     ["customs"], "UK import clearance with prepaid duty (JC7)"),
    ("Hello Ms Kilbride-Song,\n\nYour order is coming in two boxes. The monitor went with UPS, tracking 1Z8V3W590489964150, and the Breathe Pad went with USPS, tracking 9400111020882446128843. Both should reach you by Saturday.\n\nBest,\nKwabena",
     ["tracking", "split-shipment"], "split shipment (JC14)"),
    ("Dear Mr Prendergast,\n\nI'm very sorry the box was crushed in transit and the parent unit's screen cracked. Please set it aside. A new monitor left today by UPS, tracking 1Z8V3W590491127703, and a prepaid return label for the damaged one is attached to this thread; the new box will do for sending it back.\n\nRegards,\nPerpetua",
     ["damage", "returns"], "transit damage, replacement and return label (JC4, JC6)"),
    ("Hi Ms Kettleborough,\n\nThe replacement control unit for your Breathe Pad was dispatched this morning by USPS Priority Mail, tracking 9400111020882459037712. Please keep using the pad's original unit until it arrives.\n\nRuairi",
     ["replacement", "tracking"], "replacement dispatched (JC6)"),
    ("Hello Mr Tennyson-Ade,\n\nYou're right, the second order was a duplicate. We have cancelled it before it shipped, so only the first order will be charged and delivered.\n\nImogen",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC6, JC11)"),
    ("Dear Ms Okonkwo-Hale,\n\nUPS sent your parcel back to us because the street number was missing from the address. Thank you for confirming the full address; we have shipped it again today, tracking 1Z8V3W590506648392, at no extra cost.\n\nKind regards,\nKwabena",
     ["address", "shipping"], "returned to sender and reshipped (JC14)"),
    ("Hi Sergeant Moya,\n\nUPS cannot deliver to APO addresses, so your monitor is going by USPS Priority Mail, tracking 9400111020882463390251. Military mail to your unit usually takes two to three weeks, and the tracking may pause once it leaves the US.\n\nPerpetua",
     ["shipping", "tracking"], "APO address served by USPS (JC14)"),
    ("Hello Ms Brackenridge,\n\nThe locker you picked is too small for the monitor's box, so the carrier has redirected the parcel to the staffed counter in the same shop. Bring the pickup code from Amazon's notification and photo ID; it will be held for fourteen days.\n\nRuairi",
     ["delivery"], "locker too small, held at the counter (JC14)"),
    ("Dear Mr Calloway-Birch,\n\nI'm sorry, you received a Vista 5 instead of the Vista 7 Duo you ordered. The right monitor ships today with UPS, tracking 1Z8V3W590512270815. A prepaid label for the Vista 5 is in this thread; please send it back within 30 days.\n\nBest regards,\nImogen",
     ["fulfilment", "returns"], "wrong model replaced (JC6)"),
    ("Hi Ms Penhallow-Rees,\n\nYes, an opened Breathe Pad can still be returned within 30 days. Start the return in Your Orders and drop the box at any UPS store; the refund is released as soon as the carrier scans it, so you won't wait for it to reach our warehouse.\n\nKwabena",
     ["returns", "refund"], "return of an opened pad and when the refund lands (JC14)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("冉女士，您好：\n\n您的 Vista 5 今天下午已从里诺仓库发出，承运商为 UPS，运单号 1Z8V3W590527783406，预计下周二送达。\n\n祁语桐",
     ["tracking"], "运单号与预计送达 (JC14)"),
    ("骆先生，您好：\n\n非常抱歉包裹延误了。承运商显示因为暴风雪，丹佛转运中心停运了一天，新的预计送达时间是周五。如果到下周一还没有收到，请在本对话中告诉我们，我们会马上为您补发。\n\n汤俊逸",
     ["delay"], "暴风雪延误 (JC14)"),
    ("桂女士，您好：\n\n您的订单还没有打包，我们已经按您的要求在收货地址里补上了门牌号，送达时间不受影响。\n\n祁语桐",
     ["address"], "发货前补全地址 (JC11, JC14)"),
    ("邬先生，您好：\n\n如需退货，请在“您的订单”中选择退货并填写原因，系统会生成预付费 UPS 退货面单。请把家长机、两个摄像头、两个电源适配器和壁挂螺丝一起放回原包装盒，封好后再贴面单。\n\n汤俊逸",
     ["returns", "packing"], "退货面单与包装清单 (JC4)"),
    ("符女士，您好：\n\n仓库今天上午已收到您退回的 Vista 7 Duo，189.99美元的退款已退回原支付方式，一般三到五个工作日到账。\n\n祁语桐",
     ["refund", "returns"], "退货退款 (JC11, JC14)"),
    ("覃先生，您好：\n\n承运商的签收照片显示包裹放在了门牌号不同的一户门口，可能送错了邻居家。我们已经向承运商提出查件；如果两天内仍找不到，我们会免费重新发货。\n\n汤俊逸",
     ["delivery"], "送错地址的查件 (JC14)"),
    ("阮女士，您好：\n\n您的包裹目前在英国东米德兰兹机场等待清关，由 DHL 负责，运单号 5820374461。关税和增值税已在结账时付清，您不需要再付任何费用；DHL 可能会发短信和您确认派送日期。\n\n祁语桐",
     ["customs"], "英国清关，税费已预付 (JC7)"),
    ("申先生，您好：\n\n第二笔订单确实是重复下单，我们已在发货前为您取消，只会对第一笔订单扣款并发货。\n\n汤俊逸",
     ["cancellation"], "取消重复订单 (JC6, JC11)"),
    ("鲍女士，您好：\n\n您的订单分两个包裹寄出：监护器由 UPS 配送，运单号 1Z8V3W590534419968；呼吸感应垫由 USPS 配送，运单号 9400111020882478816604。两个包裹预计周六前送达。\n\n祁语桐",
     ["tracking", "split-shipment"], "分开发货 (JC14)"),
    ("谷先生，您好：\n\n非常抱歉包裹在运输中被压坏，家长机屏幕碎了。请不要再使用它。新的一套今天已由 UPS 发出，运单号 1Z8V3W590548802517；坏的那套请用新包装盒寄回，预付费退货面单已附在本对话中。\n\n汤俊逸",
     ["damage", "returns"], "运输损坏，补发并寄回 (JC4, JC6)"),
    ("边女士，您好：\n\n您的留言到达时包裹已经发出，我们已请 UPS 把包裹改送到您公司的地址。改址通常会多花一到两天，新的送达日期会显示在原来的运单号下。\n\n祁语桐",
     ["address", "tracking"], "发出后改址 (JC14)"),
    ("景先生，您好：\n\n您反映包装里少了壁挂支架的两颗螺丝和膨胀管，我们已经免费补寄，今天由 USPS 发出，预计三天内送达，不需要您寄回任何东西。\n\n汤俊逸",
     ["fulfilment"], "补寄缺少的零件 (JC6, JC11)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("柯小姐 您好：\n\n您的監視器今天已經從倉庫寄出，由 UPS 配送，追蹤單號 1Z8V3W590551136084，預計下週一送達。\n\n詹雅筑",
     ["tracking"], "追蹤單號與預計送達 (JC14)"),
    ("溫先生 您好：\n\n很抱歉包裹比預期晚到。連假期間轉運中心的包裹量很大，物流顯示新的預計送達日期是週四。如果週五仍未收到，請在本對話告訴我們，我們會立即為您補寄。\n\n邱柏勳",
     ["delay"], "連假轉運延誤 (JC14)"),
    ("童太太 您好：\n\n如需退貨，請在「您的訂單」選擇退貨，系統會提供預付退貨標籤。請把親機、攝影機、變壓器和壁掛螺絲都放回原盒，封好後再貼上標籤。\n\n詹雅筑",
     ["returns", "packing"], "退貨標籤與包裝 (JC4)"),
    ("白先生 您好：\n\n倉庫已收到您退回的呼吸感應墊，89.99 美元的退款已經退回原付款方式，約三到五個工作天入帳。\n\n邱柏勳",
     ["refund", "returns"], "退貨退款 (JC11, JC14)"),
    ("嚴小姐 您好：\n\n您的訂單尚未出貨，我們已依您的要求把收件地址改成您娘家的地址，送達日期不變。\n\n詹雅筑",
     ["address"], "出貨前修改地址 (JC14)"),
    ("翁先生 您好：\n\n非常抱歉包裹在運送途中破損，攝影機的鏡頭蓋裂開了。新的攝影機今天已經補寄，損壞的那臺不必寄回，請直接回收處理即可。\n\n邱柏勳",
     ["damage"], "運送破損，補寄新品 (JC4, JC6, JC11)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Haldane,\n\nYes, you can take the monitor on holiday. The power adapters accept 100 to 240 volts, so in Europe you only need a simple plug adaptor, not a voltage converter. The cameras and parent unit talk directly to each other, so no hotel Wi-Fi is needed.\n\nImogen",
     ["advice"], "using the monitor abroad (JC15)"),
    ("Hello Mr Featherby,\n\nBoth monitors use the same camera and night vision. The Vista 7 Duo has a bigger screen, two cameras and a split view, which suits two rooms or twins; the Vista 5 is lighter and simpler if you only need to watch one cot.\n\nKwabena",
     ["advice", "comparison"], "comparison the buyer asked for; no price or offer (JC10, JC15)"),
    ("Dear Ms Ravenhill,\n\nThe monitor does not record or store any video. The picture goes only from the camera to the parent unit over an encrypted radio link, and nothing is saved or sent online.\n\nPerpetua",
     ["advice"], "recording and privacy (JC15)"),
    ("Hi Mr Osterberg,\n\nBecause the system does not use Wi-Fi or an app, it cannot be reached from the internet. The camera and the parent unit pair only with each other, and the link between them is encrypted.\n\nRuairi",
     ["advice"], "security question (JC15)"),
    ("Hello Mrs Tanaka-Lowe,\n\nThe Breathe Pad works in a bassinet or crib as long as the pad lies on a firm, flat base under the mattress. Wicker Moses baskets and hammocks move too much for it to read reliably, so we would not use it in those.\n\nImogen",
     ["advice"], "pad in a bassinet (JC15)"),
    ("Hi Ms Ellwood,\n\nThanks for the video of the flickering screen. Our technician will go through it this afternoon and I will write back tomorrow morning with what we suggest.\n\nKwabena",
     ["holding"], "holding reply on a fault (JC16)"),
    ("Dear Mr Adebayo-Lund,\n\nOne pad is for one baby in one cot. If your twins sleep in the same cot, the pad would pick up both of them and could miss a pause from one baby, so please use a separate cot and pad for each.\n\nPerpetua",
     ["advice"], "twins and one pad (JC15)"),
    ("Hello Ms Greenhalgh,\n\nYes, the Murmur has talk-back. Hold the button with the speech symbol on the parent unit and speak; your voice plays through the baby unit, and the nursery sound comes back the moment you let go.\n\nRuairi",
     ["advice"], "talk-back on the audio monitor (JC15)"),
    ("Hi Mr Pargeter,\n\nThe soft glow on top of the camera is a night light with three levels. Press the bulb symbol on the parent unit to step through them, or hold it to switch the light off completely.\n\nImogen",
     ["advice"], "camera night light (JC15)"),
    ("Dear Ms Whitlow,\n\nIf the room reading is always about two degrees higher than your own thermometer, the camera is probably close to a warm wall or a lamp. You can also correct it under Menu > Temperature > Offset, in half-degree steps.\n\nKwabena",
     ["advice", "troubleshooting"], "temperature reading off by two degrees (JC15)"),
    ("Hello Mr Kaczmarek,\n\nIf the screen is too bright at night, lower the display brightness in the menu or turn on Screen Auto-Off. The screen then goes dark after a minute and wakes as soon as the camera hears your baby.\n\nPerpetua",
     ["advice"], "bright screen at night (JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("单女士，您好：\n\n出国旅行也可以使用。电源适配器支持100到240伏电压，在欧洲只需要转换插头，不需要变压器；摄像头和家长机直接连接，不用酒店的无线网络。\n\n祁语桐",
     ["advice"], "国外使用 (JC15)"),
    ("俞先生，您好：\n\n两款监护器的摄像头和夜视效果相同。Vista 7 Duo 屏幕更大，带两个摄像头，可以分屏看两个房间；Vista 5 更轻便，只看一张婴儿床的话就够用了。\n\n汤俊逸",
     ["advice", "comparison"], "买家询问的型号比较，无价格无促销 (JC10, JC15)"),
    ("祝女士，您好：\n\n这款监护器不会录像，也不保存任何画面。画面只通过加密的无线信号从摄像头传到家长机，不会上传到网络。\n\n祁语桐",
     ["advice"], "录像与隐私 (JC15)"),
    ("曹先生，您好：\n\n一张感应垫只适用于一张床上的一个宝宝。双胞胎如果睡在同一张床上，感应垫会同时感应到两个宝宝，可能漏掉其中一个的呼吸停顿，所以请分床并各用一张感应垫。\n\n汤俊逸",
     ["advice"], "双胞胎与感应垫 (JC15)"),
    ("黎女士，您好：\n\n谢谢您发来的视频，我们的技术同事今天下午会仔细查看，明天上午我再给您回复处理建议。\n\n祁语桐",
     ["holding"], "故障的等待回复 (JC16)"),
    ("焦先生，您好：\n\n夜里觉得屏幕太亮的话，可以在菜单里把亮度调低，或者打开“自动熄屏”。屏幕一分钟后会熄灭，宝宝一有动静就会自动亮起。\n\n汤俊逸",
     ["advice"], "夜间屏幕太亮 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("孫小姐 您好：\n\n夜視畫面出現一片白霧，通常是紅外線被嬰兒床的欄杆或白牆反射。把攝影機往後移一點，角度稍微朝下，畫面就會清楚很多。\n\n詹雅筑",
     ["advice", "troubleshooting"], "夜視反光 (JC15)"),
    ("石先生 您好：\n\n寶寶開始會翻身、坐起或自己爬出嬰兒床以後，感應墊就容易誤報，一般在一歲左右就可以停用。實際情況還是請參考小兒科醫師的建議。\n\n邱柏勳",
     ["advice"], "感應墊使用到幾歲 (JC15)"),
    ("馬太太 您好：\n\n一組攝影機最多可以同時連接兩臺親機，方便您和先生各拿一臺。第二臺親機要另外配對，步驟和新增攝影機相同。\n\n詹雅筑",
     ["advice"], "兩臺親機 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Yardley,\n\nNight mode kicks in on its own once the lights go off, which is why the picture goes grey and the lens ring glows red. Put the camera a metre or so back from the cot, tipped down a little, so the rails don't bounce the light back. A smudged lens is the usual culprit for a fuzzy night picture.\n\nImogen",
     "retells en/video/night-vision (JC12)"),
    ("Hello Mr Quennevais,\n\nTo add the new camera, keep it close to the parent unit, go to Add Camera in the menu and pick an empty slot, then hold the button under the camera until it flashes green. You can flick between cameras with the camera button.\n\nKwabena",
     "retells en/video/pairing (JC12)"),
    ("Hi Ms Amberley-Tull,\n\nExpect a couple of hundred metres indoors, less through brick or concrete. If you wander too far the screen shows a crossed-out camera and beeps; a few steps back fixes it. Keeping the units away from the router and the microwave helps a lot.\n\nPerpetua",
     "retells en/video/range (JC12)"),
    ("Hello Mr Fairbairn,\n\nTurn the side dial up for more sensitivity and down for less. Around the middle is a good starting point; if the fan keeps setting it off, go down a notch. The lights on top still show the sound level with the volume off.\n\nRuairi",
     "retells en/audio/sensitivity (JC12)"),
    ("Dear Ms Cartwright-Oyo,\n\nMount it on the wall a metre or more from the cot, with the plugs and screws from the box, and click the camera on. Tuck the cable into the stick-on cover so nothing hangs near the cot. Give the screws a check now and then.\n\nImogen",
     "retells en/mount/install (JC12)"),
    ("Hi Mr Lowther,\n\nFalse alarms almost always mean the pad isn't flat. It should be under the mattress on a solid base, with a board over slats, and the unit restarted before bedtime. It's there for peace of mind and isn't a medical device. Let us know if it keeps happening.\n\nKwabena",
     "retells en/sensor/false-alarm (JC12)"),
    ("Hello Ms Hartigan,\n\nWhenever you have a minute, we'd be glad to read what you make of the monitor in an Amazon review, whatever you think of it.\n\nPerpetua",
     "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("廉女士，您好：\n\n温度在家长机左上角显示，想设提醒就进菜单里的温度选项，把上下限设好，超出范围会响三声。摄像头别放在暖气或加湿器旁边，不然读数不准。\n\n祁语桐",
     "retells zh/video/temperature (JC12)"),
    ("岳先生，您好：\n\n家长机开省电模式能用一整夜，长按音量键就能打开；屏幕常亮或者音量大会耗电快。充满大概四小时，灯变绿就好了，插着电用也没事。\n\n汤俊逸",
     "retells zh/video/battery (JC12)"),
    ("常女士，您好：\n\n沙沙声一般是路由器之类的设备在干扰，把两台机器挪远一点，再在菜单里重新配对换个频道就好。还有杂音的话录一段发过来。给您添麻烦了，抱歉。\n\n祁语桐",
     "retells zh/apology/static (JC12)"),
    ("房先生，您好：\n\n质量问题都在保修范围内，比如屏幕不亮、镜头不转、电池鼓包；摔坏、进水或者用了别的充电器就不算。您把情况说一下，拍张照片或视频发过来就行。\n\n汤俊逸",
     "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("施先生 您好：\n\n按音符鍵就會放搖籃曲，再按換下一首，長按停止，也可以設定幾分鐘後自動關掉。要跟寶寶說話就按住側邊的麥克風鍵，記得先把音量調小。\n\n詹雅筑",
     "retells zh-tw/video/lullaby (JC12)"),
    ("葛先生 您好：\n\n沒有訊號的話，先看攝影機的燈有沒有亮，再把親機拿近試試；不行就兩邊都關機十秒，重新開機，最後再重新配對。都試過還是不行，請跟我們說。\n\n邱柏勳",
     "retells zh-tw/troubleshoot/no-signal (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Blandford,\n\nYour replacement camera ships tomorrow by UPS. Until it arrives, the remaining camera can cover both cots if you mount it higher on the wall between them and use the zoom to check each one.\n\nImogen",
     "shipping plus camera-placement advice (JC5)"),
    ("Hello Ms Varga-Dunn,\n\nThe monitor will be delivered on Thursday. Before the first night, charge the parent unit fully and walk around the house with it while the camera is on, so you know where the signal is weakest.\n\nKwabena",
     "delivery plus first-night advice (JC5)"),
    ("Dear Mr Hepworth,\n\nYour return is open and the label is in Your Orders. Before you send the pad back, it may be worth putting a thin board under it on the slatted base; that stops most false alarms.\n\nPerpetua",
     "return plus pad-placement advice in own words (JC5)"),
    ("Hi Ms Adewale-Moss,\n\nYour parcel is waiting for customs clearance and should be released in a day or two. In the meantime you could choose the spot for the wall mount: at least a metre from the cot and close to a socket.\n\nRuairi",
     "customs plus mounting advice (JC5)"),
    ("Hello Mr Sandiford,\n\nThe spare adapter went out today with UPS, tracking 1Z8V3W590417736891. Until then, run the parent unit on its battery with Screen Auto-Off turned on; a full charge lasts the whole night that way.\n\nImogen",
     "tracking plus battery advice (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("苗先生，您好：\n\n换货的家长机明天由 UPS 发出。收到之前，您可以把现在这台调到省电模式，电池能撑一整夜。\n\n祁语桐",
     "发货加省电建议 (JC5)"),
    ("葛女士，您好：\n\n包裹预计周四送达。收到后请先把家长机充满电，摄像头放在离婴儿床一米以外、稍微高一点的位置，画面会更完整。\n\n汤俊逸",
     "送达加摆放建议 (JC5)"),
    ("车女士，您好：\n\n您的包裹还在清关。等待期间，您可以先看看婴儿床的床板：如果是条状床板，需要垫一块薄木板，感应垫才能平放。\n\n祁语桐",
     "清关加感应垫摆放建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("彭小姐 您好：\n\n補寄的變壓器今天已經寄出。在收到之前，親機可以先用電池，開啟自動關閉螢幕的功能，整晚都不會沒電。\n\n詹雅筑",
     "補寄加省電建議 (JC5)"),
    ("蔣先生 您好：\n\n包裹預計週三送達。收到後建議先在選單裡設定室溫警示的上下限，嬰兒房太冷或太熱時親機就會提醒您。\n\n邱柏勳",
     "送達加室溫設定建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/video/night-vision", dict(buyer_name="Mr Enderby", product=V5, agent_name=A1),
        "the most common cause of a blurry night image.",
        "P.S. The Halo Wall Mount is 20% off this week with code NURSERY20, if you'd like a tidier setup.",
        [MKT, TR], "P.S. with a discount code for the wall mount", sep="\n\n")
add_bad("en/video/range", dict(buyer_name="Ms Tolliver", product=V7, range_metres="300", agent_name=A2),
        "and the microwave.",
        "If you're happy with the monitor, please leave us a five-star review; it really helps a small family business!",
        [RI, TR], "five-star ask from happy buyers only")
add_bad("en/sensor/false-alarm", dict(buyer_name="Mr Birkett-Asante", product=PAD, agent_name=A3),
        "we will work through it with you.",
        "If it keeps happening, message our support line on WhatsApp at +1 775-555-0163 and we'll talk you through it.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/apology/no-picture", dict(buyer_name="Ms Rushworth", product=V7, agent_name=A4),
        "until the new monitor is working in the nursery.",
        "Please hold off on reviewing us until the new set arrives, and if anything is still wrong, message us instead of posting a review.",
        [RI, TR], "review gating: unhappy buyer steered away from a review")
add_bad("en/mount/install", dict(buyer_name="Mr Gillingham", mount_name="Halo Wall Mount", camera_model="Vista 5 camera",
        agent_name=A1), "if the camera has started to tilt.",
        "Tag us on Instagram @quietcrest.baby with a photo of your nursery to enter our monthly draw for a free Breathe Pad.",
        [MKT, OPC, TR], "Instagram handle plus a prize draw")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Ormerod", order_id="112-9164308-5537702", product=V7, agent_name=A2),
        "We appreciate your honest view.",
        "Once your review is live, reply with a screenshot and we'll refund $15 to your card.",
        [RI, TR], "partial refund offered for a review")
add_bad("en/video/pairing", dict(buyer_name="Mr Fennimore", product=V7, camera_slot="Camera 2", agent_name=A3),
        "as soon as the link is made.",
        "There is a short video of these steps on our own site at quietcrest-nursery.com/pairing.",
        [OPC, TR], "outside link for product content")
add_bad("en/warranty/claim", dict(buyer_name="Ms Blakemore-Idris", product=V5, warranty_period="one-year",
        case_id="QCN-C-51405", order_id="114-8830517-6624981", agent_name=A4),
        "for order 114-8830517-6624981.",
        "When the replacement is on its way, you can follow it on our own tracking page at quietcrest-nursery.com/orders instead of in Amazon.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Ashworth-Lee,\n\nYour refund for the returned Breathe Pad went through today. Now that it's sorted, would you mind taking down your two-star review? We'd happily send you a free Halo Wall Mount as a thank-you.\n\nKwabena",
     [RI, TR], "refund of a return (logistics) plus a free mount for removing a review (JC3)", ["free-written"])

add_bad("zh/video/temperature", dict(buyer_name="关先生", product=V5, agent_name=Z1),
        "每分钟更新一次。",
        "另外，本店新款摇篮夜灯本周满五十美元立减十美元，欢迎选购！",
        [MKT, TR], "新款夜灯满减促销")
add_bad("zh/review/neutral-request", dict(buyer_name="舒女士", product=V5, order_id="111-6205948-3379514", agent_name=Z2),
        "谢谢您抽出时间。",
        "给五星好评后把截图发给我们，我们会返现十五美元。",
        [RI, TR], "五星好评返现")
add_bad("zh/apology/static", dict(buyer_name="宫先生", product=V7, agent_name=Z1),
        "我们会继续为您处理。",
        "如果杂音还在，请加我们的微信 qc_nursery_help，工程师可以视频指导。",
        [OPC, TR], "微信号用于产品支持")
add_bad("zh/video/battery", dict(buyer_name="滕女士", product=V7, battery_hours="十二个小时", agent_name=Z2),
        "不会损伤电池。",
        "问题解决后，麻烦您把之前那条差评改一下或者删掉。",
        [RI, TR], "要求修改或删除差评")
free(V, "zh", "温女士，您好：\n\n退货已经收到。退款我们可以直接通过支付宝转给您，请把您的支付宝账号发给我们。\n\n汤俊逸",
     [OPC], "退货退款改走支付宝：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/video/lullaby", dict(buyer_name="蘇小姐", product=V7, agent_name=W2),
        "時間到會自動停止。",
        "歡迎加入我們的 LINE 官方帳號 @quietcrest，每月抽獎送搖籃夜燈。",
        [MKT, OPC, TR], "LINE 官方帳號加抽獎")
add_bad("zh-tw/troubleshoot/no-signal", dict(buyer_name="高太太", product=V5, agent_name=W1),
        "我們會為您安排下一步。",
        "若您對處理結果滿意，請給我們五星好評。",
        [RI, TR], "滿意才請求五星好評")
free(V, "zh", "鄧先生 您好：\n\n您的包裹今天已經寄出。另外，本週呼吸感應墊全面九折，歡迎加購。\n\n邱柏勳",
     [MKT, TR], "寄出通知加本週感應墊九折 (JC3)", ["free-written"], trad=True)
