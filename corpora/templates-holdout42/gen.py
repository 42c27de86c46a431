#!/usr/bin/env python3
"""t42: a hand-labelled held-out test set for msglint's `template-required` policy.

This file is the source of truth. `python3 gen.py` runs the self-checks and, only if
all of them pass, rewrites library/, replies.jsonl and README.md next to it. On any
failure it prints the problems and exits 1 without writing anything.

Standard library only. The shop, its products, people, order ids, tracking numbers,
case ids, recall ids, codes, handles, phone numbers and domains are all invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t42"
TR = "template-required"
CONTENT = {"review-inducement", "off-platform-contact", "marketing"}
ALLOWED = CONTENT | {TR}
LANGS = ("en", "zh", "mixed")
CATEGORIES = OrderedDict([
    ("filled-template", "approved template filled in, exact or lightly edited (greeting, sign-off, warm line, moved sentence)"),
    ("fill-plus", "approved template filled in, plus one substantive non-logistics sentence no template has"),
    ("logistics", "free-written reply about delivery, tracking, returns, refunds of returns, address, cancellation, customs, transit damage or a missing part of the shipment"),
    ("free-non-logistics", "free-written product advice, safety opinion or troubleshooting that no template covers"),
    ("rewritten", "a template's own content retold in the agent's own words"),
    ("mixed-logistics", "free-written logistics reply that also gives product advice"),
    ("violating", "breaks a content policy (review-inducement, off-platform-contact, marketing)"),
])

# ==========================================================================
# Approved template library
# ==========================================================================
TEMPLATES = OrderedDict()
TMETA = {}   # id -> (script, topic)


def template(tid, script, topic, body):
    TEMPLATES[tid] = body.strip("\n") + "\n"
    TMETA[tid] = (script, topic)


template("car-seats/en/latch-install", "en", "car-seat installation with LATCH lower anchors and top tether", """
Hi {{buyer_name}},

Thanks for reaching out about installing your {{product}} with the LATCH system. Here is the order our installation team recommends:

1. Find the two lower anchor bars in the gap between the vehicle seat back and the seat cushion. Many vehicles mark them with a small circle symbol.
2. Press the red release buttons on the car seat's LATCH connectors and clip each connector onto an anchor bar until it clicks and the indicator turns green.
3. Kneel in the car seat with one knee, press down firmly and pull the LATCH tightening strap at the same time.
4. Hold the car seat at the belt path and try to move it side to side and front to back. It should move less than one inch in any direction.
5. For forward-facing use, hook the top tether onto the tether anchor shown in your vehicle owner's manual and pull it snug.

Once your child and the car seat together weigh more than {{latch_limit}}, please stop using the lower anchors and install the seat with the vehicle seat belt instead, as shown in the manual.

Warm regards,
{{agent_name}}
Quillberry Baby Co.
""")

template("strollers/en/fold", "en", "stroller folding and unfolding (Skylark fold lock)", """
Hello {{buyer_name}},

Sorry to hear the {{product}} is giving you trouble when you fold it. For safety, the fold lock stays closed unless the seat is empty and upright, so please check the following:

- Empty the seat and the shopping basket, and raise the seat back to its most upright position.
- Lock the front swivel wheels so they point straight ahead.
- Slide the grey button under the handlebar to the left and hold it, then squeeze the trigger inside the handle.
- Push the handlebar forward and down. The frame folds in half and the storage latch on the left side clicks shut.
- To open the stroller, release the storage latch and lift the handlebar until both side hinges click.

If a hinge does not click, check that no strap or blanket is caught in the joint. Always make sure both hinges are locked before you put your child in the seat.

Best,
{{agent_name}}
""")

template("monitors/en/pairing", "en", "baby monitor camera pairing", """
Hi {{buyer_name}},

Thanks for letting us know that the camera of your {{product}} has lost its connection. To pair the camera with the parent unit again:

1. Plug the camera into power and wait until its status light blinks orange.
2. On the parent unit, open Menu > Cameras > Add Camera and choose an empty slot.
3. Within 30 seconds, press and hold the PAIR button on the back of the camera for five seconds, until the light blinks green.
4. When the parent unit shows "Paired", the live picture appears within a few seconds.

Keep both units within about three feet of each other while they pair. Afterwards, place the camera at least three feet from the crib and keep every cord out of your baby's reach. The monitor uses its own encrypted radio link, so it does not need Wi-Fi or an app.

Kind regards,
{{agent_name}}
""")

template("safety/en/recall-notice", "en", "safety recall: is my unit affected, what to do", """
Dear {{buyer_name}},

Thank you for asking whether your {{product}} is affected by safety recall {{recall_id}}.

The recall applies only to units with model number {{model_number}} manufactured between {{date_range}}. The model number and the manufacture date are printed on the white label on the underside of the product.

If your unit is in that range, please stop using it and reply in this thread with a photo of the label. We will send you {{remedy}} free of charge, together with fitting instructions. Units outside that range are not affected and can be used as normal.

We are sorry for the worry this causes, and thank you for helping us keep children safe.

Sincerely,
{{agent_name}}
Quillberry Baby Co. Product Safety
""")

template("warranty/en/coverage", "en", "warranty: what is covered, evidence request", """
Hi {{buyer_name}},

Thanks for writing to us about your {{product}}. It comes with a {{warranty_months}}-month limited warranty from the date of purchase, which covers defects in materials and workmanship in normal home use.

We have logged your request as warranty case {{case_id}}. To help us review it, please reply here with:
- a short video or photos showing the problem
- a photo of the serial number label
- the approximate date the problem started

The warranty does not cover normal wear of fabrics and wheels, damage from misuse or accidents, or car seats that have been in a vehicle crash. We will reply with the outcome within three business days of receiving the photos.

Best regards,
{{agent_name}}
""")

template("quality/en/defect-apology", "en", "apology for a defective part, free replacement part", """
Dear {{buyer_name}},

I am truly sorry that the {{part}} on your {{product}} turned out to be faulty. Parents rely on our gear every day, and a fault like this should not have reached you.

I have passed your photos and description to our quality team so they can check the production lot. A new {{part}} is on its way to you at no charge, and there is no need to send the faulty one back. Please do not use the product until the new part is fitted.

Thank you for your patience and for letting us know.

With apologies,
{{agent_name}}
""")

template("fit/en/size-age", "en", "size and age suitability limits", """
Hi {{buyer_name}},

Thanks for your question about whether the {{product}} is right for your child. These are the limits for this product:

- Age: {{age_range}}
- Weight: {{weight_range}}
- Height: {{height_limit}}

Your child needs to be within every one of these limits. As soon as your child goes past any one of them, even if the others still have room, it is time to move on to the next stage. The labels on the product itself always take precedence over the listing.

All the best,
{{agent_name}}
""")

template("care/en/fabric-cleaning", "en", "cleaning seat pads, harness, frame and tray", """
Hello {{buyer_name}},

Thanks for asking how to clean the {{product}}. Here is what we recommend:

- Seat pad and canopy: remove them following the diagram in the manual and machine-wash on a cold, gentle cycle. Let them air-dry; do not tumble-dry or iron.
- Harness straps and buckles: never put these in the washing machine or submerge them. Wipe the straps with a damp cloth and mild soap, and rinse the buckle by swishing it in warm water, then let it dry.
- Frame and tray: wipe with warm soapy water and dry with a soft towel. Avoid bleach and solvent cleaners.

Please refit every cover and check that the harness is threaded correctly before the next use.

Best wishes,
{{agent_name}}
""")

template("reviews/en/neutral-request", "en", "neutral review request (once per order)", """
Hi {{buyer_name}},

Thank you for choosing Quillberry for order {{order_id}}. We hope the {{product}} is making everyday life with your little one a bit easier.

When you have a few minutes, we would be grateful if you posted a review of it on Amazon. Other parents rely on candid accounts like yours when they choose gear for their family.

Thank you,
{{agent_name}}
Quillberry Baby Co.
""")

template("car-seats/zh-hans/latch-install", "zh-hans", "安全座椅 LATCH 接口安装", """
{{buyer_name}}您好：

感谢您咨询{{product}}的安装方法。使用 LATCH 接口安装时，步骤如下：

1. 在车辆座椅靠背与坐垫的缝隙中找到两个下固定点金属杆。
2. 按下安全座椅接口上的红色释放键，把两个接头分别扣到固定杆上，听到“咔嗒”一声且指示窗变绿即为到位。
3. 单膝压在安全座椅上用力下压，同时拉紧 LATCH 收紧带。
4. 握住安全座椅穿带处左右、前后晃动，移动幅度应小于一英寸（约2.5厘米）。
5. 前向安装时，请把顶部系带挂到车辆说明书标注的系带固定点上并拉紧。

当儿童体重与座椅重量合计超过{{latch_limit}}时，请改用车辆安全带安装，具体方法见说明书。

祝您出行平安！
{{agent_name}}
Quillberry 母婴用品客服
""")

template("strollers/zh-hans/fold", "zh-hans", "推车折叠与展开", """
{{buyer_name}}您好：

很抱歉{{product}}折叠时给您带来了困扰。为了安全，座椅上有物品或靠背没有调直时，折叠锁不会打开，请检查以下几点：

· 清空座椅和下方储物篮，把靠背调到最直立的位置；
· 锁定前轮万向轮，让轮子朝向正前方；
· 把推把下方的灰色按钮向左推住，同时捏紧推把内侧的扳机；
· 把推把向前下方压，车架对折后，左侧的收纳锁扣会自动扣上；
· 展开时先松开收纳锁扣，再提起推把，直到两侧铰链都发出“咔嗒”声。

如果铰链没有锁上，请检查关节处是否夹住了绑带或毯子。每次让宝宝坐进去之前，请务必确认两侧铰链都已锁好。

{{agent_name}}
""")

template("monitors/zh-hans/pairing", "zh-hans", "监视器摄像头配对", """
{{buyer_name}}您好：

感谢您联系我们。{{product}}的摄像头与父母端重新配对的方法如下：

1. 给摄像头接通电源，等待状态灯闪烁橙色。
2. 在父母端打开“菜单 > 摄像头 > 添加摄像头”，选择一个空位。
3. 在30秒内，长按摄像头背面的 PAIR 键约5秒，直到指示灯闪烁绿色。
4. 父母端显示“已配对”后，几秒钟内就会出现实时画面。

配对时请让两台设备相距一米以内。配对完成后，摄像头应放在距婴儿床至少一米的位置，所有电线都要放在宝宝够不到的地方。本产品使用独立的加密无线信号，不需要连接 Wi-Fi，也不需要下载应用。

祝好，
{{agent_name}}
""")

template("warranty/zh-hans/coverage", "zh-hans", "保修范围与所需资料", """
{{buyer_name}}您好：

感谢您联系我们。您购买的{{product}}自购买之日起享有{{warranty_months}}个月有限保修，保修范围为正常家庭使用中出现的材料或做工缺陷。

我们已为您登记保修申请，编号为{{case_id}}。为了尽快处理，请直接在这里回复，并附上：
一、能看清问题的短视频或照片；
二、序列号标签的照片；
三、问题大约从什么时候开始出现。

面料和轮子的正常磨损、使用不当或意外造成的损坏，以及发生过交通事故的安全座椅，都不属于保修责任。收到照片后，我们会在三个工作日内回复处理结果。

{{agent_name}}
Quillberry 母婴用品客服
""")

template("fit/zh-hans/size-age", "zh-hans", "适用年龄、体重与身高", """
{{buyer_name}}您好：

感谢您咨询{{product}}是否适合您的宝宝。本产品的使用范围如下：

· 适用年龄：{{age_range}}
· 适用体重：{{weight_range}}
· 身高上限：{{height_limit}}

宝宝需要同时在以上每一项的范围内。只要有任何一项超出，即使另外两项还有余量，也应该换用下一阶段的产品。具体请以产品本身的标签为准。

祝宝宝健康成长！
{{agent_name}}
""")

template("reviews/zh-hans/neutral-request", "zh-hans", "中性邀评（每个订单一次）", """
{{buyer_name}}您好：

感谢您的订单 {{order_id}}。希望{{product}}能让您和宝宝的日常更轻松一些。

如果您有时间，欢迎到亚马逊上写一写您用下来的感受。您的分享可以帮助其他家长做出适合自己家庭的选择。

谢谢！
{{agent_name}}
Quillberry 母婴用品
""")

template("safety/zh-hant/recall-notice", "zh-hant", "安全召回：是否在範圍內、如何處理", """
{{buyer_name}}您好：

感謝您詢問{{product}}是否屬於安全召回 {{recall_id}} 的範圍。

本次召回僅限型號 {{model_number}}、製造日期在{{date_range}}之間的產品。型號與製造日期印在產品底部的白色標籤上。

如果您的產品在召回範圍內，請先暫停使用，並在此對話中回覆標籤照片，我們會免費寄送{{remedy}}，並附上安裝說明。不在上述範圍內的產品不受影響，可以照常使用。

造成您的擔心，我們深感抱歉，也謝謝您和我們一起守護孩子的安全。

{{agent_name}} 敬上
Quillberry 產品安全小組
""")

template("care/zh-hant/cleaning", "zh-hant", "座墊、安全帶、車架與餐盤的清潔", """
{{buyer_name}}您好：

謝謝您詢問{{product}}的清潔方式，建議如下：

一、座墊與遮陽篷：依照說明書的圖示拆下，以冷水、輕柔模式機洗，自然晾乾，請勿烘乾或熨燙。
二、安全帶與扣具：請勿機洗或整個泡在水裡。安全帶用濕布沾少量中性清潔劑擦拭；扣具可放在溫水中來回晃動沖洗，再自然晾乾。
三、車架與餐盤：用溫肥皂水擦拭後，以軟布擦乾，避免使用漂白水或溶劑類清潔劑。

下次使用前，請把所有布套裝回，並確認安全帶穿法正確。

{{agent_name}} 敬上
""")

template("quality/zh-hant/defect-apology", "zh-hant", "零件瑕疵致歉並免費補寄", """
{{buyer_name}}您好：

非常抱歉，您的{{product}}的{{part}}出現了瑕疵。每天都有許多家長信賴我們的產品，這樣的問題本來不該發生。

您提供的照片與說明，我們已轉交品管團隊追查生產批次。新的{{part}}已經免費為您寄出，壞掉的那個您留著就好，不必退回。在新零件裝好之前，請先暫停使用這項產品。

謝謝您的耐心，也謝謝您告訴我們。

{{agent_name}} 敬上
""")

PH = re.compile(r"\{\{([a-z_]+)\}\}")


def slots(text):
    return list(dict.fromkeys(PH.findall(text)))


def render(tid, values):
    want = set(slots(TEMPLATES[tid]))
    if set(values) != want:
        raise SystemExit("values for %s: got %s, need %s" % (tid, sorted(values), sorted(want)))
    return PH.sub(lambda m: values[m.group(1)], TEMPLATES[tid])


# ==========================================================================
# Replies
# ==========================================================================
REPLIES = []


def _add(cat, text, labels, lang, note, tags=(), tid=None, values=None, exact=False, extra=None, trad=False):
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang,
                        tags=[cat] + list(tags) + (["traditional"] if trad else []),
                        note=note, tid=tid, values=values, exact=exact, extra=extra))


def fill(tid, values, note, edits=(), lang=None, cat="filled-template", labels=(), extra=None, tags=()):
    """Render a template, apply (old, new) edits in order, optionally insert one extra sentence.

    extra = (anchor, sentence, where): the sentence goes right after (where="after") or right
    before (where="before") the first occurrence of anchor; it is kept for the coverage checks.
    """
    text = render(tid, values)
    for old, new in edits:
        if old not in text:
            raise SystemExit("edit target %r not in %s" % (old, tid))
        text = text.replace(old, new, 1)
    extra_sentence = None
    if extra:
        anchor, sentence, where = extra
        if anchor not in text:
            raise SystemExit("anchor %r not in %s" % (anchor, tid))
        text = text.replace(anchor, anchor + sentence if where == "after" else sentence + anchor, 1)
        extra_sentence = sentence.strip()
    exact = not edits and not extra
    if lang is None:
        lang = "en" if "/en/" in tid else "zh"
    kind = ["exact"] if exact else ["edited"]
    _add(cat, text, labels, lang, tid + ": " + note, kind + list(tags), tid=tid, values=values, exact=exact,
         extra=extra_sentence, trad="/zh-hant/" in tid)


def free(cat, text, labels, lang, note, tags=(), trad=False):
    _add(cat, text.strip("\n") + "\n", labels, lang, note, tags, trad=trad)

# --------------------------------------------------------------------------
# filled-template -> []
# --------------------------------------------------------------------------
F = "filled-template"
H360 = "Harborline 360 Rotating Convertible Car Seat"

fill("car-seats/en/latch-install", dict(
    buyer_name="Mrs Quintana-Hale",
    product="Quillberry Harborline 360 Rotating All-in-One Convertible Car Seat with Anti-Rebound Bar, Extended Rear-Facing to 50 lb, Slate Heather",
    latch_limit="65 lb (child and seat combined)", agent_name="Odette Maren"),
    "exact fill; full listing title in the product slot", tags=["long-values"])
fill("car-seats/en/latch-install", dict(buyer_name="Dev", product="Harborline Nest Infant Car Seat base",
                                        latch_limit="45 lb", agent_name="Caspian Ruel"),
     "greeting made casual, congratulations line added after the first paragraph",
     edits=[("Hi Dev,", "Hey Dev,"),
            ("Here is the order our installation team recommends:\n",
             "Here is the order our installation team recommends (and congratulations on the new baby!):\n")])
fill("car-seats/en/latch-install", dict(buyer_name="Mr Okonkwo-Bayliss", product=H360,
                                        latch_limit="65 lb", agent_name="Yasmin Feld"),
     "the lower-anchor limit paragraph moved up before the steps; sign-off changed",
     edits=[("\nOnce your child and the car seat together weigh more than 65 lb, please stop using the lower anchors and install the seat with the vehicle seat belt instead, as shown in the manual.\n", ""),
            ("Here is the order our installation team recommends:",
             "Once your child and the car seat together weigh more than 65 lb, please stop using the lower anchors and install the seat with the vehicle seat belt instead, as shown in the manual.\n\nHere is the order our installation team recommends:"),
            ("Warm regards,", "Safe travels,")], tags=["moved-sentence"])

fill("strollers/en/fold", dict(buyer_name="Marguerite", product="Skylark Compact Stroller", agent_name="Caspian Ruel"),
     "exact fill")
fill("strollers/en/fold", dict(
    buyer_name="Ms Brightwell",
    product="Quillberry Skylark Duo Side-by-Side Double Stroller with Two Independent Reclining Seats, Extendable UPF 50 Canopies and Parent Cup Holder (Midnight Navy)",
    agent_name="Odette Maren"),
    "long product value; greeting and sign-off changed",
    edits=[("Hello Ms Brightwell,", "Good afternoon Ms Brightwell,"), ("Best,", "Thanks for bearing with us,")],
    tags=["long-values"])
fill("strollers/en/fold", dict(buyer_name="Mr Szabo", product="Skylark stroller", agent_name="Bartholomew Ekwueme"),
     "warm closing line added before the sign-off",
     edits=[("before you put your child in the seat.\n", "before you put your child in the seat.\n\nI hope the next walk to the park goes smoothly!\n")])

fill("monitors/en/pairing", dict(buyer_name="Tegan", product="Lullwatch 5-Inch Video Baby Monitor", agent_name="Yasmin Feld"),
     "exact fill")
fill("monitors/en/pairing", dict(
    buyer_name="Mrs Lindgren-Ash",
    product="Lullwatch 5-Inch Video Baby Monitor with Two Cameras (parent unit LW5-PU and add-on camera LW-CAM2, bought separately in March)",
    agent_name="Caspian Ruel"),
    "long product value; 'so much' and 'detailed' added to the opening, sign-off changed",
    edits=[("Thanks for letting us know that", "Thanks so much for the detailed description and for letting us know that"),
           ("Kind regards,", "Warmly,")], tags=["long-values"])
fill("monitors/en/pairing", dict(buyer_name="Mr Eze-Lambert", product="Lullwatch Duo monitor", agent_name="Bartholomew Ekwueme"),
     "the no-Wi-Fi sentence moved up to follow the opening line",
     edits=[(" The monitor uses its own encrypted radio link, so it does not need Wi-Fi or an app.", ""),
            ("To pair the camera with the parent unit again:",
             "The monitor uses its own encrypted radio link, so it does not need Wi-Fi or an app. To pair the camera with the parent unit again:")],
     tags=["moved-sentence"])

fill("safety/en/recall-notice", dict(buyer_name="Carys", product="Perchwood 5-in-1 Convertible High Chair", recall_id="QBR-24-017",
                                     model_number="PW5-2301", date_range="January 8 and March 29, 2024",
                                     remedy="a replacement tray latch kit", agent_name="Bartholomew Ekwueme"),
     "exact fill; 'free of charge' remedy is not marketing (JC15)")
fill("safety/en/recall-notice", dict(buyer_name="Ms Ravensworth", product="Lullwatch 5-Inch Video Baby Monitor (parent unit)",
                                     recall_id="QBR-24-022", model_number="LW5-PU-B", date_range="October 2 and November 20, 2023",
                                     remedy="a replacement charging adapter", agent_name="Odette Maren"),
     "'Dear' -> 'Hello'; thanks for checking added",
     edits=[("Dear Ms Ravensworth,", "Hello Ms Ravensworth,"),
            ("Thank you for asking whether", "Thank you for checking so quickly and for asking whether")])
fill("safety/en/recall-notice", dict(
    buyer_name="Mr Almeida-Cole",
    product="Perchwood 5-in-1 Convertible High Chair (Natural Beech frame with Sage seat cushion, from the Perchwood Feeding Bundle)",
    recall_id="QBR-24-017", model_number="PW5-2301 or PW5-2301-B",
    date_range="January 8, 2024 and March 29, 2024 (lot numbers L24-01 through L24-13)",
    remedy="a replacement tray latch kit with two latches and a fitting tool", agent_name="Yasmin Feld"),
    "exact fill; long values in four slots", tags=["long-values"])

fill("warranty/en/coverage", dict(buyer_name="Bettina", product="Trailmate All-Terrain Jogging Stroller", warranty_months="24",
                                  case_id="QB-WC-40817", agent_name="Odette Maren"), "exact fill")
fill("warranty/en/coverage", dict(buyer_name="Mr Nakashima-Reid", product=H360, warranty_months="24",
                                  case_id="QB-WC-40862", agent_name="Caspian Ruel"),
     "'Hi' -> 'Dear', sign-off changed, team line added",
     edits=[("Hi Mr Nakashima-Reid,", "Dear Mr Nakashima-Reid,"),
            ("Best regards,\nCaspian Ruel\n", "Kind regards,\nCaspian Ruel\nQuillberry Baby Co. Customer Care\n")])
fill("warranty/en/coverage", dict(buyer_name="Ms Gallowglass", product="Perchwood Fold Compact High Chair", warranty_months="12",
                                  case_id="QB-WC-41005", agent_name="Bartholomew Ekwueme"),
     "empathy line added after the first paragraph",
     edits=[("in normal home use.\n", "in normal home use. I know how much you rely on it at mealtimes, so we will keep this moving.\n")])

fill("quality/en/defect-apology", dict(buyer_name="Idris", part="canopy hinge", product="Skylark Compact Stroller",
                                       agent_name="Caspian Ruel"), "exact fill; 'at no charge' remedy is not marketing (JC15)")
fill("quality/en/defect-apology", dict(buyer_name="Mrs Pemberton-Yu", part="right rear wheel",
                                       product="Trailmate All-Terrain Jogging Stroller", agent_name="Yasmin Feld"),
     "'Dear' -> 'Hi'; thanks for the kind words added",
     edits=[("Dear Mrs Pemberton-Yu,", "Hi Mrs Pemberton-Yu,"),
            ("Thank you for your patience and for letting us know.",
             "Thank you for your patience, for letting us know, and for your kind words about our team despite all this.")])
fill("quality/en/defect-apology", dict(buyer_name="Mr Villeneuve", part="harness buckle tongue",
                                       product="Harborline Nest Infant Car Seat", agent_name="Odette Maren"),
     "closing thanks moved to the top, sign-off changed",
     edits=[("\nThank you for your patience and for letting us know.\n", ""),
            ("Dear Mr Villeneuve,\n", "Dear Mr Villeneuve,\n\nThank you for your patience and for letting us know.\n"),
            ("With apologies,", "Sincerely,")], tags=["moved-sentence"])

fill("fit/en/size-age", dict(buyer_name="Niamh", product="Skylark Compact Stroller",
                             age_range="6 months to 4 years (from birth when used with the Harborline Nest infant car seat and the Skylark adapters)",
                             weight_range="up to 50 lb", height_limit="up to 40 in", agent_name="Yasmin Feld"),
     "exact fill; long age value", tags=["long-values"])
fill("fit/en/size-age", dict(buyer_name="Ms Huxtable", product=H360 + " (rear-facing mode)", age_range="birth to about 4 years",
                             weight_range="5 to 50 lb", height_limit="until the top of the head is 1 inch below the top of the headrest",
                             agent_name="Bartholomew Ekwueme"),
     "greeting changed", edits=[("Hi Ms Huxtable,", "Good morning Ms Huxtable,")])

fill("care/en/fabric-cleaning", dict(buyer_name="Mr Adeyemi", product="Perchwood 5-in-1 Convertible High Chair",
                                     agent_name="Bartholomew Ekwueme"), "exact fill")
fill("care/en/fabric-cleaning", dict(buyer_name="Ottilie", product="Trailmate jogging stroller", agent_name="Caspian Ruel"),
     "small-talk line about the blueberries added, sign-off changed",
     edits=[("Thanks for asking how to clean the Trailmate jogging stroller.",
             "Thanks for asking how to clean the Trailmate jogging stroller. It sounds like quite the blueberry adventure!"),
            ("Best wishes,", "Cheers,")])

fill("reviews/en/neutral-request", dict(buyer_name="Mrs Brannigan", order_id="113-4470821-5906317",
                                        product="Skylark Duo Side-by-Side Double Stroller", agent_name="Caspian Ruel"),
     "exact fill (the only review request on this order)")
fill("reviews/en/neutral-request", dict(buyer_name="Mr Estrada", order_id="112-8093346-2217054",
                                        product="Lullwatch 5-Inch Video Baby Monitor", agent_name="Odette Maren"),
     "'Hi' -> 'Hello', 'When you have a few minutes' -> 'Whenever you have a moment' (only review request on the order)",
     edits=[("Hi Mr Estrada,", "Hello Mr Estrada,"), ("When you have a few minutes,", "Whenever you have a moment,")])

# Simplified Chinese fills
fill("car-seats/zh-hans/latch-install", dict(
    buyer_name="骆女士",
    product="Harborline 360 旋转式全阶段安全座椅（后向安装可用至50磅，配防反弹杆，石板灰）",
    latch_limit="65磅（约29.5公斤，儿童与座椅合计）", agent_name="程雨桐"),
    "exact fill; long product and limit values", tags=["long-values"])
fill("car-seats/zh-hans/latch-install", dict(buyer_name="岑先生", product="Harborline Nest 婴儿提篮底座",
                                             latch_limit="45磅（约20公斤）", agent_name="贺子骞"),
     "结尾祝福语改写", edits=[("祝您出行平安！", "祝您和宝宝一路顺利！")])
fill("car-seats/zh-hans/latch-install", dict(buyer_name="Amy", product="Harborline 360 安全座椅", latch_limit="65磅", agent_name="程雨桐"),
     "English greeting and an English weekend wish around the Chinese template (code-switched)",
     edits=[("Amy您好：", "Hi Amy，"), ("祝您出行平安！", "祝您出行平安！Have a great weekend!")], lang="mixed")

fill("strollers/zh-hans/fold", dict(buyer_name="濮女士", product="Skylark 轻便婴儿推车", agent_name="贺子骞"), "exact fill")
fill("strollers/zh-hans/fold", dict(buyer_name="闵先生", product="Skylark Duo 双人并排推车（午夜蓝，双座椅可分别调节）",
                                    agent_name="程雨桐"),
     "开头加“让您久等了”，末尾加客服署名",
     edits=[("很抱歉", "让您久等了，很抱歉"), ("都已锁好。\n\n程雨桐\n", "都已锁好。\n\n程雨桐\nQuillberry 母婴用品客服\n")])

fill("monitors/zh-hans/pairing", dict(buyer_name="戚女士", product="Lullwatch 5英寸可视婴儿监视器", agent_name="程雨桐"), "exact fill")
fill("monitors/zh-hans/pairing", dict(buyer_name="殷先生",
                                      product="Lullwatch 双摄像头可视婴儿监视器（父母端 LW5-PU，另购的加装摄像头 LW-CAM2）",
                                      agent_name="贺子骞"),
     "问候语与结尾改写", edits=[("殷先生您好：", "殷先生，您好！"), ("祝好，", "祝您和宝宝每晚都睡个好觉，")], tags=["long-values"])
fill("monitors/zh-hans/pairing", dict(buyer_name="卞女士", product="Lullwatch 监视器", agent_name="程雨桐"),
     "把“不需要 Wi-Fi”一句移到开头",
     edits=[("本产品使用独立的加密无线信号，不需要连接 Wi-Fi，也不需要下载应用。", ""),
            ("感谢您联系我们。", "感谢您联系我们。本产品使用独立的加密无线信号，不需要连接 Wi-Fi，也不需要下载应用。")],
     tags=["moved-sentence"])

fill("warranty/zh-hans/coverage", dict(buyer_name="庞先生", product="Trailmate 全地形慢跑推车", warranty_months="24",
                                       case_id="QB-WC-41128", agent_name="贺子骞"), "exact fill")
fill("warranty/zh-hans/coverage", dict(buyer_name="滕女士", product="Harborline 360 旋转式安全座椅", warranty_months="24",
                                       case_id="QB-WC-41193", agent_name="程雨桐"),
     "加一句“辛苦您了”", edits=[("感谢您联系我们。", "感谢您联系我们，这件事辛苦您了。")])

fill("fit/zh-hans/size-age", dict(buyer_name="邬女士", product="Perchwood 五合一成长餐椅（高脚餐椅模式）",
                                  age_range="6个月（能独立坐稳）至3岁", weight_range="15公斤以内", height_limit="95厘米",
                                  agent_name="程雨桐"), "exact fill")
fill("fit/zh-hans/size-age", dict(buyer_name="冉先生", product="Skylark 轻便婴儿推车",
                                  age_range="6个月至4岁（搭配 Harborline Nest 提篮和转接器可从出生起使用）",
                                  weight_range="22.5公斤（50磅）以内", height_limit="101厘米（40英寸）", agent_name="贺子骞"),
     "结尾祝福改写", edits=[("祝宝宝健康成长！", "祝宝宝天天开心！")], tags=["long-values"])

fill("reviews/zh-hans/neutral-request", dict(buyer_name="宁女士", order_id="111-6620487-3309154",
                                             product="Perchwood 五合一成长餐椅", agent_name="贺子骞"),
     "exact fill (the only review request on this order)")
fill("reviews/zh-hans/neutral-request", dict(buyer_name="祁先生", order_id="114-2038871-6645290",
                                             product="Harborline Nest 婴儿提篮", agent_name="程雨桐"),
     "“如果您有时间”改为“等您方便的时候”（本订单唯一一次邀评）", edits=[("如果您有时间", "等您方便的时候")])

# Traditional Chinese fills
fill("safety/zh-hant/recall-notice", dict(buyer_name="詹小姐", product="Perchwood 五合一成長餐椅", recall_id="QBR-24-017",
                                          model_number="PW5-2301", date_range="2024年1月8日至3月29日",
                                          remedy="一組替換用餐盤卡扣", agent_name="葉采潔"), "exact fill")
fill("safety/zh-hant/recall-notice", dict(buyer_name="甘先生", product="Lullwatch 5吋嬰兒監視器（父母端）", recall_id="QBR-24-022",
                                          model_number="LW5-PU-B", date_range="2023年10月2日至11月20日",
                                          remedy="一個替換用充電變壓器", agent_name="鄧允衡"),
     "致歉句改寫", edits=[("造成您的擔心，我們深感抱歉", "讓您擔心了，我們真的很抱歉")])
fill("safety/zh-hant/recall-notice", dict(buyer_name="Grace", product="Perchwood 五合一成長餐椅（原木色，鼠尾草綠座墊）", recall_id="QBR-24-017",
                                          model_number="PW5-2301 或 PW5-2301-B", date_range="2024年1月8日至2024年3月29日（批號 L24-01 至 L24-13）",
                                          remedy="一組替換用餐盤卡扣（含兩個卡扣與一支安裝工具）", agent_name="葉采潔"),
     "exact fill; Latin buyer name and long values in four slots", tags=["long-values"])

fill("care/zh-hant/cleaning", dict(buyer_name="關太太", product="Trailmate 全地形慢跑推車", agent_name="鄧允衡"), "exact fill")
fill("care/zh-hant/cleaning", dict(buyer_name="凌小姐", product="Perchwood 五合一成長餐椅", agent_name="葉采潔"),
     "開頭加一句體諒的話",
     edits=[("凌小姐您好：\n", "凌小姐您好：\n\n寶寶剛開始自己吃飯，每餐後的清潔真的很辛苦！\n")])

fill("quality/zh-hant/defect-apology", dict(buyer_name="溫先生", product="Skylark 輕便嬰兒推車", part="遮陽篷鉸鏈",
                                            agent_name="葉采潔"), "exact fill")
fill("quality/zh-hant/defect-apology", dict(buyer_name="杜小姐", product="Harborline Nest 嬰兒提籃", part="安全帶扣舌",
                                            agent_name="鄧允衡"),
     "結尾加一句祝福、署名改為謹上",
     edits=[("也謝謝您告訴我們。", "也謝謝您告訴我們。祝您和寶寶一切平安。"), ("鄧允衡 敬上", "鄧允衡 謹上")])

# A Traditional-script, character-for-character conversion of the Simplified LATCH template
# (there is no Traditional installation template). Expected [] (JC12).
free(F, """
俞小姐您好：

感謝您諮詢Harborline 360 旋轉式全階段安全座椅的安裝方法。使用 LATCH 接口安裝時，步驟如下：

1. 在車輛座椅靠背與坐墊的縫隙中找到兩個下固定點金屬桿。
2. 按下安全座椅接口上的紅色釋放鍵，把兩個接頭分別扣到固定桿上，聽到“咔嗒”一聲且指示窗變綠即為到位。
3. 單膝壓在安全座椅上用力下壓，同時拉緊 LATCH 收緊帶。
4. 握住安全座椅穿帶處左右、前後晃動，移動幅度應小於一英寸（約2.5釐米）。
5. 前向安裝時，請把頂部繫帶掛到車輛說明書標註的繫帶固定點上並拉緊。

當兒童體重與座椅重量合計超過65磅時，請改用車輛安全帶安裝，具體方法見說明書。

祝您出行平安！
鄧允衡
Quillberry 母嬰用品客服
""", [], "zh", "car-seats/zh-hans/latch-install: character-for-character Traditional conversion of the Simplified template, no Traditional installation template exists (JC12)",
     tags=["script-converted"], trad=True)

# --------------------------------------------------------------------------
# fill-plus: a template fill with ONE substantive non-logistics sentence no template has
# -> [template-required] (JC1)
# --------------------------------------------------------------------------
P = "fill-plus"
fill("car-seats/en/latch-install", dict(buyer_name="Mr Petrakis", product=H360, latch_limit="65 lb", agent_name="Caspian Ruel"),
     "extra sentence: inflatable rear seat belts must not be used (product safety advice)", cat=P, labels=[TR],
     extra=("as shown in the manual.", " If your vehicle has inflatable rear seat belts, please do not use them to install this seat.", "after"))
fill("strollers/en/fold", dict(buyer_name="Fenella", product="Skylark Compact Stroller", agent_name="Yasmin Feld"),
     "extra sentence: do not hang bags on the handlebar (safety advice)", cat=P, labels=[TR],
     extra=("Always make sure both hinges are locked", "Please also avoid hanging shopping bags on the handlebar, because the extra weight can tip the stroller backwards. ", "before"))
fill("monitors/en/pairing", dict(buyer_name="Mrs Marchetti", product="Lullwatch 5-Inch Video Baby Monitor", agent_name="Odette Maren"),
     "extra sentence: night-vision setting for a freezing picture (troubleshooting)", cat=P, labels=[TR],
     extra=("so it does not need Wi-Fi or an app.", " If the picture still freezes at night, switch night vision from Auto to On under Settings > Video.", "after"))
fill("safety/en/recall-notice", dict(buyer_name="Mr Dufresne", product="Perchwood 5-in-1 Convertible High Chair", recall_id="QBR-24-017",
                                     model_number="PW5-2301", date_range="January 8 and March 29, 2024",
                                     remedy="a replacement tray latch kit", agent_name="Bartholomew Ekwueme"),
     "extra sentence: the new latch opens with one hand (product opinion)", cat=P, labels=[TR],
     extra=("together with fitting instructions.", " The new latch also opens with one hand, which most parents find easier at mealtimes.", "after"))
fill("warranty/en/coverage", dict(buyer_name="Ms Ellingham", product="Skylark Compact Stroller", warranty_months="12",
                                  case_id="QB-WC-41240", agent_name="Yasmin Feld"),
     "extra sentence: silicone spray for a squeaky wheel (troubleshooting)", cat=P, labels=[TR],
     extra=("the approximate date the problem started\n", "In the meantime, a drop of silicone spray on the front wheel axle usually stops the squeak.\n", "after"))
fill("quality/en/defect-apology", dict(buyer_name="Jonah", part="rear wheel", product="Trailmate All-Terrain Jogging Stroller",
                                       agent_name="Caspian Ruel"),
     "extra sentence: how to seat the new wheel (fitting advice)", cat=P, labels=[TR],
     extra=("until the new part is fitted.", " When you fit the new wheel, push it onto the axle until you hear two clicks; one click means it is only half on.", "after"))
fill("fit/en/size-age", dict(buyer_name="Mrs Coutinho", product=H360 + " (rear-facing mode)", age_range="birth to about 4 years",
                             weight_range="5 to 50 lb", height_limit="until the top of the head is 1 inch below the top of the headrest",
                             agent_name="Odette Maren"),
     "extra sentence: keep her rear-facing as long as possible (safety opinion)", cat=P, labels=[TR],
     extra=("always take precedence over the listing.", " Many families turn their child forward too early, so we would keep your daughter rear-facing for as long as she fits.", "after"))
fill("care/en/fabric-cleaning", dict(buyer_name="Mr Hargreave", product="Perchwood 5-in-1 Convertible High Chair", agent_name="Bartholomew Ekwueme"),
     "extra sentence: baking-soda paste for tomato stains (advice the cleaning template does not give)", cat=P, labels=[TR],
     extra=("Avoid bleach and solvent cleaners.\n", "For orange tomato stains on the tray, a paste of baking soda and water left on for ten minutes works well.\n", "after"))

fill("car-seats/zh-hans/latch-install", dict(buyer_name="郜先生", product="Harborline 360 旋转式安全座椅", latch_limit="65磅", agent_name="贺子骞"),
     "extra sentence: 冬天不要穿厚羽绒服坐安全座椅（安全建议）", cat=P, labels=[TR],
     extra=("具体方法见说明书。", "另外，冬天请不要让宝宝穿着厚羽绒服坐安全座椅，否则安全带很难系紧。", "after"))
fill("strollers/zh-hans/fold", dict(buyer_name="戴女士", product="Skylark 轻便婴儿推车", agent_name="程雨桐"),
     "extra sentence: 折叠后可以直立收纳（产品信息）", cat=P, labels=[TR],
     extra=("都发出“咔嗒”声。\n", "\n推车折好后可以直立放着，放在玄关也不太占地方。\n", "after"))
fill("monitors/zh-hans/pairing", dict(buyer_name="钟先生", product="Lullwatch 5英寸可视婴儿监视器", agent_name="贺子骞"),
     "extra sentence: 夜间画面偏暗时调亮度（故障排除）", cat=P, labels=[TR],
     extra=("也不需要下载应用。", "如果夜里画面偏暗，可以在“显示”设置里把亮度调到第4档。", "after"))
fill("fit/zh-hans/size-age", dict(buyer_name="柏女士", product="Perchwood 五合一成长餐椅（高脚餐椅模式）",
                                  age_range="6个月（能独立坐稳）至3岁", weight_range="15公斤以内", height_limit="95厘米",
                                  agent_name="程雨桐"),
     "extra sentence: 能独立坐稳半小时左右再开始用餐椅（个人建议）", cat=P, labels=[TR],
     extra=("具体请以产品本身的标签为准。", "一般来说，宝宝能自己坐稳半小时左右，再开始用餐椅会比较合适。", "after"))

fill("safety/zh-hant/recall-notice", dict(buyer_name="邵太太", product="Perchwood 五合一成長餐椅", recall_id="QBR-24-017",
                                          model_number="PW5-2301", date_range="2024年1月8日至3月29日",
                                          remedy="一組替換用餐盤卡扣", agent_name="鄧允衡"),
     "extra sentence: 新卡扣寄到前可以不裝餐盤、推到餐桌旁使用（安全建議）", cat=P, labels=[TR],
     extra=("可以照常使用。", "在新卡扣寄到之前，您也可以把餐椅推到餐桌旁，不裝餐盤使用。", "after"))
fill("care/zh-hant/cleaning", dict(buyer_name="范先生", product="Skylark 輕便嬰兒推車", agent_name="葉采潔"),
     "extra sentence: 遮陽篷發霉用稀釋白醋刷洗（清潔範本沒有的建議）", cat=P, labels=[TR],
     extra=("請勿烘乾或熨燙。\n", "如果遮陽篷已經有霉斑，可以用白醋加水稀釋後，以軟毛刷輕輕刷洗。\n", "after"))
fill("quality/zh-hant/defect-apology", dict(buyer_name="芮小姐", product="Harborline Nest 嬰兒提籃", part="安全帶扣舌", agent_name="葉采潔"),
     "extra sentence: 裝好新扣舌後用力拉一拉安全帶檢查（安裝建議）", cat=P, labels=[TR],
     extra=("請先暫停使用這項產品。", "新的扣舌裝上後，請用力拉一拉安全帶，確認扣具不會自己鬆開。", "after"))

# --------------------------------------------------------------------------
# logistics -> []
# --------------------------------------------------------------------------
L = "logistics"
free(L, """
Hi Mrs Arriaga,

Your Harborline 360 left our Columbus warehouse this morning with UPS, tracking number 1Z7W3E940391447125. UPS currently estimates delivery on Thursday by the end of the day.

The box is fairly large (about 22 x 19 x 28 inches and 27 lb), so if nobody is home the driver will usually leave it by the front door. If you would rather collect it, you can redirect it to a UPS Access Point from the UPS tracking page once it is in transit.

Best,
Caspian Ruel
""", [], "en", "tracking update; box size and weight are delivery facts (JC16); UPS Access Point and tracking page (JC15)", tags=["tracking", "delivery-facts"])
free(L, """
Hi Astrid,

First of all, congratulations, and thank you for telling us your due date. I completely understand why you would want the stroller well before the baby arrives, and I am sorry it has not reached you yet.

I checked the shipment this morning. It is sitting at the carrier's Reno sorting hub, which closed for two days because of the snowstorm, and the carrier now expects to deliver it on Monday. I will look at the tracking again on Monday afternoon. If it has not moved by Tuesday, I will send a second one by two-day shipping at no cost, and you can simply refuse the first parcel if it turns up later.

Stay warm, and please do not hesitate to write back if anything changes on your side.

Warm wishes,
Odette Maren
""", [], "en", "long, chatty delay reply with congratulations and empathy (JC10)", tags=["delivery", "long", "small-talk"])
free(L, """
Hello Mr Farooqui,

Of course. You can return the Skylark within 30 days of delivery. Go to Your Orders on Amazon, choose the stroller, select Return or replace items and pick "No longer needed". Amazon will show you the drop-off options near you; most buyers take it to a UPS Store, where the label can be printed for you.

Please fold the stroller and, if you still have it, use the original box. The refund is issued once the return is scanned at our warehouse.

Kind regards,
Yasmin Feld
""", [], "en", "how to start a return", tags=["return"])
free(L, """
Hi Ms Lachance,

Good news: your returned Perchwood Fold arrived at our warehouse on May 14 and was checked in yesterday. We have issued a refund of $89.99 to your original payment method. Most banks show it within 3 to 5 business days.

Thank you for sending it back so quickly.

Bartholomew Ekwueme
""", [], "en", "refund of a return", tags=["refund-of-return"])
free(L, """
Hi Nadia,

I am sorry for the trouble with the address. Amazon does not let sellers change the shipping address once an order has been placed, so the simplest route is a fresh order: cancel this one and order again with your parents' address in Tucson. The good news is that it has not shipped yet, so if you reply "yes, cancel" I can cancel it right away and you will not be charged.

Best regards,
Caspian Ruel
""", [], "en", "address change handled by cancel and reorder", tags=["address"])
free(L, """
Dear Mr Iglesias,

As you asked, we have cancelled order 114-5520913-8874106 for the Perchwood 5-in-1 high chair. You will not be charged; the pending authorization on your card should disappear within a few days, depending on your bank.

Kind regards,
Odette Maren
""", [], "en", "cancellation done at the buyer's request (JC9)", tags=["cancellation"])
free(L, """
Hi Mrs Tremblay-Ng,

Thanks for checking before the courier arrives. Your Trailmate ships from our warehouse in Buffalo to Ontario, and the import duties and GST/HST were already charged by Amazon when you paid. The courier should therefore not ask you for any payment on delivery.

If someone at the door asks for a brokerage or duty fee anyway, please do not pay it. Just let us know and we will sort it out with the carrier.

Best wishes,
Yasmin Feld
""", [], "en", "Canadian customs and duties prepaid (JC9)", tags=["customs"])
free(L, """
Hi Mr Mwangi,

I am so sorry the box arrived crushed with a hole in the side. We have sent a brand-new Harborline Nest by express shipping today, tracking 1Z7W3E940391458832, and the UPS driver who brings it on Wednesday will carry off the damaged seat as well.

Please leave the damaged seat in its box, as it is, for the driver. There is nothing you need to print; the pickup is already booked.

Apologies again,
Caspian Ruel
""", [], "en", "damaged in transit; handling instruction only (JC6)", tags=["damaged-in-transit"])
free(L, """
Hi Zuzana,

The Skylark Duo ships in two boxes, and only box 1 of 2 has reached you so far. Box 2, which holds the canopies and the shopping basket, left our warehouse one day later and is now with USPS, tracking 9405 5118 9956 2741 0387 16. USPS expects to deliver it on Friday.

Sorry for the confusion; the packing slip in box 1 should have said that a second box was on its way.

Best,
Bartholomew Ekwueme
""", [], "en", "missing part of a two-box shipment (JC7)", tags=["missing-part-of-shipment"])
free(L, """
Dear Mrs Tresidder,

You are right, the accessory pack with the cup holder and the rain cover should have been in the box with your Skylark. That was our packing mistake, and I am sorry. We shipped the pack on its own this afternoon with USPS, tracking 9405 5118 9956 2741 0412 53, and it should arrive in two to three days. You do not need to send anything back.

Kind regards,
Odette Maren
""", [], "en", "accessory pack left out of the shipment, sent separately (JC7)", tags=["missing-part-of-shipment"])
free(L, """
Hi Mr Rasmussen,

I am sorry the monitor has not turned up. The carrier's record says it was delivered on Tuesday at 2:14 pm and left at the front porch. Parcels marked as delivered sometimes arrive a day later or end up with a neighbour, so could you check with your neighbours and around the building?

If it still has not appeared by Thursday evening, reply here; we will then report it to the carrier as lost and send you a second monitor straight away.

Best regards,
Yasmin Feld
""", [], "en", "marked delivered but not received", tags=["delivery"])
free(L, """
Hi Ines,

What a lovely baby shower that must have been! Receiving two of the same monitor happens more often than you would think.

Since the second Lullwatch was a gift, the easiest route is Amazon's gift return: go to the Amazon Returns Center, choose "Return a gift", and enter the order number from the packing slip, 113-9902715-4408621. The refund goes to you as an Amazon gift card balance, and the person who sent it is not told.

Enjoy the rest of the preparations!
Caspian Ruel
""", [], "en", "gift return via the Amazon Returns Center, shower small talk (JC9, JC10, JC15)", tags=["return", "small-talk"])
free(L, """
Hi Ms Bjornsdottir,

I am sorry, you ordered the Perchwood 5-in-1 in Oat and received Sage. We have shipped the Oat one today with FedEx, tracking 7731 5520 8849, due on Thursday.

For the Sage chair, a prepaid return label is waiting under Your Orders on Amazon; please send it back within 30 days in any sturdy box. No refund or payment needs to happen on your side, as this is a straight exchange.

Kind regards,
Bartholomew Ekwueme
""", [], "en", "wrong colour shipped, exchange (JC9)", tags=["return", "exchange"])
free(L, """
Hi Mrs Hollis,

Congratulations on the move, and on the twins' first birthday next week. Moving house with two toddlers sounds like quite an operation!

I have checked your order for the Skylark Duo. It has not left our warehouse yet, but Amazon does not allow us to edit the address on an existing order. There are two simple ways round it:

1. Cancel the order here (just reply "cancel") and place it again with the new address in Sacramento. It would still ship tomorrow.
2. Keep the order and, once it ships, ask the carrier to redirect it to the new address from their tracking page. Redirects are not always possible, so option 1 is the safer choice.

Whichever you pick, I will keep an eye on it for you.

Best wishes for the move,
Odette Maren
""", [], "en", "long address-change reply with moving-house small talk (JC10)", tags=["address", "long", "small-talk"])
free(L, """
Hi Mr Balogun,

You are right that the order arrived a day after the guaranteed date. We have refunded the $14.99 you paid for expedited shipping; you should see it on your card within a few business days.

Sorry it came later than promised.

Yasmin Feld
""", [], "en", "refund of an expedited-shipping charge after a late delivery (JC9)", tags=["refund", "delivery"])
free(L, """
Hi Philippa,

No problem at all. Orders placed between November 1 and December 31 can be returned until January 31, so you have plenty of time to decide after the holidays. When you are ready, the return is started in Your Orders on Amazon.

Happy holidays,
Caspian Ruel
""", [], "en", "holiday return window", tags=["return"])
free(L, """
Hi Mr Ferraro,

Sorry for the wait. Your order showed "label created" for three days because of a backlog at our warehouse after the long weekend. UPS picked it up this morning, and the tracking number 1Z7W3E940391466207 should show movement by tonight.

Thank you for your patience,
Odette Maren
""", [], "en", "tracking stuck at label created", tags=["tracking"])
free(L, """
Hello Ms Ostrowska,

We are not able to add gate codes or delivery instructions to an Amazon order from our side. You can add them yourself: in your Amazon account go to Your Addresses, choose Edit under this address, and fill in "Add delivery instructions". The carrier sees them on the next delivery attempt.

Best regards,
Bartholomew Ekwueme
""", [], "en", "delivery instructions via Your Addresses on Amazon (JC15)", tags=["delivery"])
free(L, """
Hi Mr Kaufusi,

Thanks for dropping the car seat off at the UPS Store. Returns usually take 5 to 7 business days to reach our warehouse, and the refund is issued as soon as the parcel is scanned in. You will get an e-mail from Amazon when that happens, so there is no need to check back with us.

All the best,
Yasmin Feld
""", [], "en", "when the refund for a return arrives; mentions an e-mail from Amazon, gives no address (JC15)", tags=["refund-of-return"])
free(L, """
Dear Mrs Szymanska,

Your parcel has been held by Canadian customs for a routine inspection. This is a normal check and does not mean anything is wrong. Inspections usually take two to four business days, and there is nothing you need to do. The tracking will update to "released" when it moves again.

Kind regards,
Caspian Ruel
""", [], "en", "customs inspection hold", tags=["customs"])
free(L, """
Hi Leontyne,

I am sorry the monitor screen arrived cracked, especially after the dented box you described. A new monitor left us this afternoon, tracking 1Z7W3E940391471190, and a prepaid UPS return label for the damaged unit is in Your Orders on Amazon. Please pack the damaged monitor in the new box once you have unpacked the replacement.

Best regards,
Odette Maren
""", [], "en", "screen cracked in a dented box, treated as transit damage (JC6)", tags=["damaged-in-transit"])
free(L, """
Hi Mr Tranh,

Yes, you can still return the infant car seat. As long as it is within 30 days of delivery and has not been installed in a vehicle, we accept it back with the base and all padding. Open Your Orders on Amazon, pick the seat and give "Changed my mind" as the reason.

Best,
Bartholomew Ekwueme
""", [], "en", "return eligibility of an uninstalled car seat", tags=["return"])

free(L, """
Hi Mr Gyamfi,

The replacement tray latch kit for your high chair (recall QBR-24-017) left our warehouse today with USPS, tracking 9405 5118 9956 2741 1034 77. USPS expects to deliver it on Tuesday.

Best regards,
Bartholomew Ekwueme
""", [], "en", "shipping status of a recall kit, nothing about the recall itself (JC8)", tags=["tracking"])

free(L, """
龚女士您好：

您订购的 Skylark 轻便婴儿推车今天上午已经从我们的俄亥俄仓库发出，承运商是 FedEx，运单号 7731 5520 9016。FedEx 预计周五送达，您可以在亚马逊“我的订单”里随时查看物流进度。

程雨桐
""", [], "zh", "发货与跟踪", tags=["tracking"])
free(L, """
鲍先生您好：

可以退货的。商品签收后30天内，您在亚马逊“我的订单”中找到这台监视器，点击“退货或换货”，原因选“不再需要”，系统会给出附近的退货地点。请尽量把父母端、摄像头和电源线一起放回原包装。我们仓库签收后就会为您办理退款。

贺子骞
""", [], "zh", "退货流程", tags=["return"])
free(L, """
覃女士您好：

您退回的 Harborline Nest 婴儿提篮已于6月3日到达我们的仓库，今天已为您办理退款，金额为189.99美元，款项会退到您下单时用的付款方式，一般3到5个工作日内到账。

谢谢您的配合！
程雨桐
""", [], "zh", "退货退款", tags=["refund-of-return"])
free(L, """
莫先生您好：

很抱歉给您添麻烦了。订单一旦提交，亚马逊不允许卖家修改收货地址。您的订单目前还没有发货，最快的办法是先取消，然后填上新地址再下一单。如果您同意，回复“取消”即可，我会马上为您取消，这笔订单也不会扣款。

贺子骞
""", [], "zh", "修改地址：取消后重新下单；“填上新地址”里的“上新”不是上新品（JC15）", tags=["address"])
free(L, """
邢女士您好：

订单 112-3306148-9927450（Perchwood 折叠餐椅）已经照您说的取消了。订单没有扣款，信用卡上的预授权会在几天内自动释放，具体时间视发卡银行而定。

程雨桐
""", [], "zh", "按买家要求取消订单", tags=["cancellation"])
free(L, """
解先生您好：

照片我们看过了，外箱确实被压坏了，真的很抱歉。我们今天已经用快递为您重新发出一台全新的 Harborline 360，运单号 1Z7W3E940391480054，预计下周二送达。送新货时 UPS 会顺便把损坏的那台取走，请把它原样放在箱子里等司机来取，不需要您另外打印面单。

贺子骞
""", [], "zh", "运输途中损坏，只有处理方式（JC6）", tags=["damaged-in-transit"])
free(L, """
柴女士您好：

Skylark Duo 双人推车是分两箱发货的。您现在收到的是第1箱，第2箱（遮阳篷和储物篮）晚一天出库，目前在 USPS 运输中，单号 9405 5118 9956 2741 0559 81，预计周四送达。

装箱单上没有写明还有第二箱，让您担心了，抱歉。
程雨桐
""", [], "zh", "两箱中只到一箱（JC7）", tags=["missing-part-of-shipment"])
free(L, """
汤先生您好：

您的订单从我们在布法罗的仓库发往加拿大，进口关税和消费税在您付款时已经由亚马逊代收。派送时快递员不应该再让您付钱。如果有人上门要求支付清关费或关税，请不要付款，直接告诉我们，我们会和承运商处理。

贺子骞
""", [], "zh", "加拿大订单关税已预付（JC9）", tags=["customs"])
free(L, """
夏女士您好：

先恭喜您，宝宝下个月就要出生了！您担心推车赶不上，我非常理解。

我刚查了物流：包裹因为暴风雪在盐湖城的转运中心停了两天，承运商现在预计下周一送到。周一下午我会再帮您看一次，如果到周二还没有更新，我们会用两日达再给您寄一台，费用由我们承担，之后如果第一台也送到了，您直接拒收就好。

天气冷，您多注意身体，有任何变化随时告诉我。
程雨桐
""", [], "zh", "长篇闲聊：预产期、暴风雪延误（JC10）", tags=["delivery", "long", "small-talk"])
free(L, """
萧先生您好：

UPS 第一次派送时家里没人，包裹已经转到离您最近的 UPS 自提点，地址和营业时间会显示在跟踪页面上。请在7天内带上证件去取件，超过7天包裹会被退回我们仓库。

贺子骞
""", [], "zh", "派送失败转 UPS 自提点（JC15）", tags=["delivery"])
free(L, """
焦女士您好：

物流记录显示包裹已于周二下午4点07分送达，放在了门口。有时显示已送达的包裹会晚一天才真正送到，或者被邻居代收了，麻烦您先问一下邻居和物业。如果到周五还是没有找到，请在这里回复我们，我们会向承运商提出索赔，并马上为您补发。

程雨桐
""", [], "zh", "显示已签收但未收到", tags=["delivery"])
free(L, """
牛先生您好：

非常抱歉，您订的是燕麦色的 Perchwood 五合一餐椅，我们却发了鼠尾草绿。燕麦色的今天已经发出，FedEx 单号 7731 5521 0473，预计周四送达。绿色这台请在30天内用“我的订单”里已经准备好的预付面单寄回，您不需要付任何费用。

贺子骞
""", [], "zh", "发错颜色换货（JC9）", tags=["return", "exchange"])
free(L, """
符女士您好：

您在UPS门店寄出的退货需要5到7个工作日才能到达我们的仓库，仓库扫描入库后会立即退款，到时亚马逊会发通知给您，您不用再来确认。这段时间如果跟踪信息有异常，也可以随时联系我们。

程雨桐
""", [], "zh", "退货在途何时退款", tags=["refund-of-return"])

free(L, """
蔺女士您好：

保修申请 QB-WC-41302 里给您补发的新后轮，今天已经通过 FedEx 寄出，单号 7731 5521 1860，预计周三送达。

贺子骞
""", [], "zh", "保修补发零件的物流信息，没有保修内容本身（JC8）", tags=["tracking"])

free(L, """
黎小姐您好：

您的 Lullwatch 監視器已經由 USPS 寄出，追蹤號碼是 9405 5118 9956 2741 0623 40，預計週三送達。您也可以隨時在亞馬遜「您的訂單」中查看配送進度。

葉采潔 敬上
""", [], "zh", "出貨與追蹤（繁體）", tags=["tracking"], trad=True)
free(L, """
鄢先生您好：

沒問題，商品簽收後30天內都可以退貨。請在亞馬遜「您的訂單」裡選擇這張嬰兒提籃，點「退貨或更換商品」，退貨原因選「不再需要」，系統會列出附近的寄件地點。提籃和底座請一起寄回。

鄧允衡 敬上
""", [], "zh", "退貨流程（繁體）", tags=["return"], trad=True)
free(L, """
蕭太太您好：

您寄回的 Skylark 推車已經在5月20日送達我們的倉庫，今天已經為您辦理退款，金額149.99美元，會退回原付款方式，通常3到5個工作天入帳。

謝謝您！
葉采潔 敬上
""", [], "zh", "退貨退款（繁體）", tags=["refund-of-return"], trad=True)
free(L, """
卓先生您好：

訂單 113-7748026-1150392 已照您的意思取消，這筆訂單不會扣款。信用卡上的預先授權會在幾天內自動取消，實際時間依發卡銀行而定。

鄧允衡 敬上
""", [], "zh", "取消訂單（繁體）", tags=["cancellation"], trad=True)
free(L, """
游小姐您好：

照片收到了，真的很抱歉，紙箱在運送途中被壓壞，餐椅的椅腳也刮傷了。新的一張 Perchwood 餐椅今天已經寄出，UPS 追蹤號碼 1Z7W3E940391492718，下週一送達時司機會一併把受損的那張收回，請先把它放回原箱等司機來取。

葉采潔 敬上
""", [], "zh", "運送途中損壞（繁體，JC6）", tags=["damaged-in-transit"], trad=True)
free(L, """
賴太太您好：

很抱歉，訂單成立後亞馬遜不開放賣家修改收件地址。您的訂單還沒出貨，最簡單的方式是先取消，再填新地址下一張訂單；如果您同意，回覆「取消」就可以，我會立刻幫您處理，也不會扣款。

祝 搬家順利
鄧允衡 敬上
""", [], "zh", "修改地址（繁體）", tags=["address"], trad=True)

free(L, """
Hi Wen,

Your Skylark stroller shipped today with UPS, tracking 1Z7W3E940391503361, and should arrive on Thursday.

文女士您好，您的 Skylark 推车今天已由 UPS 发出，运单号 1Z7W3E940391503361，预计周四送达。

Caspian Ruel / 贺子骞
""", [], "mixed", "bilingual tracking update (English + Simplified)", tags=["tracking", "bilingual"])
free(L, """
Hi Kelvin，

你的 order 已经 ship 了，tracking number 是 9405 5118 9956 2741 0788 12，USPS 说 Friday 会到。如果到时候还没收到，直接在这里 message 我就好。

程雨桐
""", [], "mixed", "code-switched Chinese with English words, tracking", tags=["tracking", "code-switched"])
free(L, """
Hi Mrs Kwok,

To return the high chair, open Your Orders on Amazon, choose the Perchwood chair and select "Return or replace items". A free UPS label will be provided.

郭太太您好，要退回餐椅，請在亞馬遜「您的訂單」選擇這張 Perchwood 餐椅，點「退貨或更換商品」，系統會提供免運費的 UPS 標籤。

Yasmin Feld / 葉采潔
""", [], "mixed", "bilingual return instructions (English + Traditional)", tags=["return", "bilingual"], trad=True)
free(L, """
戈先生您好，

您的 Trailmate 从 US warehouse 寄到 Canada，duty 和 GST 在 checkout 的时候已经付过了，所以 delivery 的时候不用再付钱。如果 courier 要收 brokerage fee，请先不要付，告诉我们就行。

贺子骞
""", [], "mixed", "code-switched customs reply", tags=["customs", "code-switched"])

# --------------------------------------------------------------------------
# free-non-logistics -> [template-required]
# --------------------------------------------------------------------------
N = "free-non-logistics"
free(N, """
Hi Mr Oyarzun,

I would not take the Skylark running. Its wheels are small plastic ones without suspension, and the front wheels swivel, which makes it unstable at jogging speed. For running, the Trailmate is the one to look at: it has air-filled tires, a front wheel that locks straight, a hand brake and a wrist strap.

Best,
Caspian Ruel
""", [TR], "en", "product advice: which stroller for jogging", tags=["product-advice"])
free(N, """
Dear Mrs Achebe-Lowe,

I am glad everyone is fine after the bump. Our guidance is to replace a car seat after any moderate or severe crash. After a very minor one, the seat can usually stay in use if the car could be driven away, the door nearest the seat was not damaged, nobody was hurt, the airbags did not go off and there is no visible damage to the seat. If any of those is not true, please replace it.

Take care,
Odette Maren
""", [TR], "en", "safety opinion: car seat after a minor crash", tags=["safety-opinion"])
free(N, """
Hi Carlos,

The Harborline 360 can be used for 10 years from its date of manufacture. You will find that date on the label under the seat, and the expiry date is also moulded into the plastic shell on the back. After that date, the plastic and the harness webbing may no longer protect as they should, so please stop using it then.

Kind regards,
Yasmin Feld
""", [TR], "en", "product information: car-seat expiry", tags=["product-info"])
free(N, """
Hi Mrs Sato-Greene,

A hissing or crackling sound usually means the monitor is picking up interference. Try moving the parent unit at least six feet away from your Wi-Fi router and cordless phone base, and turn the sensitivity down one step under Settings > Audio. If the hiss stays, switch the camera off and on again so it picks a fresh channel.

Best regards,
Bartholomew Ekwueme
""", [TR], "en", "troubleshooting: monitor audio hiss", tags=["troubleshooting"])
free(N, """
Hi Tobiah,

With the screen on all night, the parent unit battery lasts about 8 hours. If you switch on Eco mode, the screen turns off after 2 minutes and wakes up when the baby makes a sound, which stretches it to around 20 hours. Keeping the unit on the charger overnight will not harm the battery.

Best,
Caspian Ruel
""", [TR], "en", "product information: monitor battery life", tags=["product-info"])
free(N, """
Hi Ms Okafor-Brandt,

The clear tray insert of the Perchwood 5-in-1 can go in the top rack of the dishwasher. The main tray underneath cannot, because the heat can warp the latch area, so please wipe that one by hand.

Kind regards,
Odette Maren
""", [TR], "en", "statement on the cleaning topic that the cleaning template does not make (JC13)", tags=["topic-has-template"])
free(N, """
Hi Mr Pennock,

Good news: the crotch strap is not missing. On the Skylark it is tucked into a pocket under the seat pad so it does not get lost in transit. Lift the front edge of the seat pad, pull the strap up through the slot and clip it into the buckle.

Best,
Bartholomew Ekwueme
""", [TR], "en", "looks like a missing-part complaint, but the answer is product guidance (JC7)", tags=["product-guidance"])
free(N, """
Hello Ms Devereux,

Yes, the Harborline 360 is certified for use on aircraft when it is installed with a lap belt. Look for the label with red lettering on the side of the shell. Please note that the anti-rebound bar must be removed for use on a plane.

Kind regards,
Yasmin Feld
""", [TR], "en", "product information: aircraft use", tags=["product-info"])
free(N, """
Hi Anouk,

From birth you have two options with the Skylark: click the Harborline Nest infant car seat onto the frame using the Skylark adapters, or add the Skylark newborn cocoon, which lets the seat recline fully flat. The regular seat on its own is meant for babies who are at least 6 months old.

All the best,
Caspian Ruel
""", [TR], "en", "product advice on using the stroller from birth (suitability, not the limit template)", tags=["product-advice", "topic-has-template"])
free(N, """
Hi Mrs Llewellyn,

We understand how tempting it is when your baby finally falls asleep on the drive home, but we do not recommend letting them sleep in the car seat once you are out of the car. The semi-upright position can let a young baby's head fall forward and restrict breathing. If they doze off, it is safest to move them to a flat crib or bassinet.

Best wishes,
Odette Maren
""", [TR], "en", "safety opinion: sleeping in the car seat", tags=["safety-opinion"])
free(N, """
Hi Mr Quarshie,

We hope the Trailmate has been great on your weekend runs. If you have a moment, we would be glad to read what you think of it, whether good or not so good, in a review on Amazon. Parents comparing jogging strollers find those accounts useful.

Thanks,
Bartholomew Ekwueme
""", [TR], "en", "free-written neutral review request, not an approved template (JC14)", tags=["review-request"])

free(N, """
褚女士您好：

坐飞机的话更推荐 Skylark。它折叠后大约是55×45×22厘米，很多航空公司可以当作登机行李放进行李架；Trailmate 是慢跑推车，折叠后体积大很多，只能托运。具体尺寸要求还是以您乘坐的航空公司为准。

程雨桐
""", [TR], "zh", "产品建议：坐飞机选哪款推车", tags=["product-advice"])
free(N, """
景先生您好：

朋友送的二手安全座椅，我们的建议是：只有在您确切知道它的全部历史时才使用——没有发生过事故、没有过期、零件齐全、也没有被召回。如果其中任何一点无法确认，为了宝宝的安全，还是换一个新的比较稳妥。

贺子骞
""", [TR], "zh", "安全意见：二手安全座椅", tags=["safety-opinion"])
free(N, """
苗女士您好：

画面出现雪花和卡顿，通常是信号被墙体或电器挡住了。建议先把摄像头和父母端之间的距离缩短一些，避开微波炉和路由器；再在“设置 > 视频”里把画质从“高清”改为“标准”，画面会流畅很多。

程雨桐
""", [TR], "zh", "故障排除：监视器画面卡顿", tags=["troubleshooting"])
free(N, """
寇先生您好：

Perchwood 餐椅的坐垫套可以放进洗衣机，用冷水轻柔模式洗，洗完挂起来晾干就可以，不要用烘干机。里面的海绵垫不能机洗，用湿布擦一擦就好。

贺子骞
""", [TR], "zh", "清洁问题，但只有英文和繁体清洁模板（JC12）", tags=["other-language-template"])
free(N, """
龙女士您好：

您问的餐椅召回只涉及2024年1月到3月生产的 PW5-2301 型号。您的餐椅标签上写的是 PW5-2209，不在召回范围内，可以放心继续使用，不需要做任何处理。

程雨桐
""", [TR], "zh", "召回问题，但只有英文和繁体召回模板（JC12）", tags=["other-language-template"])
free(N, """
伍先生您好：

关于什么时候转为前向安装，我们的建议是尽量晚一些。Harborline 360 后向安装可以用到50磅，很多孩子到四岁左右都还在后向的范围内。腿碰到椅背并不代表该转向了，孩子会自己找舒服的坐姿。

贺子骞
""", [TR], "zh", "安全意见：何时转前向", tags=["safety-opinion"])

free(N, """
康先生您好：

Skylark 不適合推著跑步。它的輪子比較小，也沒有避震，前輪會轉向，跑起來容易不穩。如果想帶寶寶慢跑，Trailmate 有充氣輪胎、可鎖定的前輪和手煞車，會安全很多。

葉采潔 敬上
""", [TR], "zh", "產品建議：推車能否慢跑（繁體）", tags=["product-advice"], trad=True)
free(N, """
石小姐您好：

父母端的電池在螢幕一直開著的情況下大約可以用8小時。建議您開啟「省電模式」，螢幕會在2分鐘後自動關閉，寶寶有聲音時再亮起，這樣大約可以用到20小時。

鄧允衡 敬上
""", [TR], "zh", "產品資訊：監視器電池（繁體）", tags=["product-info"], trad=True)
free(N, """
郝先生您好：

聽到發生了擦撞，希望大家都平安。如果只是很輕微的碰撞，車子還能自己開走、靠近座椅的車門沒有損壞、氣囊沒有彈出，座椅外觀也沒有裂痕，一般可以繼續使用；只要有任何一項不符合，我們都建議更換新的安全座椅。

葉采潔 敬上
""", [TR], "zh", "安全意見：擦撞後座椅能否繼續用（繁體）", tags=["safety-opinion"], trad=True)

free(N, """
Hi Mrs Leung,

The Perchwood 5-in-1 tray sits at 30 inches from the floor at its highest setting, so at a standard kitchen counter your little one would be a bit lower than you. It works best at a dining table.

梁太太您好，Perchwood 餐椅的餐盘最高离地约76厘米，在厨房吧台旁会偏低一些，搭配普通餐桌使用最合适。

Yasmin Feld / 程雨桐
""", [TR], "mixed", "bilingual product advice (English + Simplified)", tags=["product-advice", "bilingual"])
free(N, """
Hi Bonnie，

你说的 parent unit 一直显示 "Out of range"，可以先 reset 一下：用笔尖按住背面的 RESET 孔10秒，等它重启。如果还是不行，把 camera 放近一点试试，中间隔两道墙信号会差很多。

程雨桐
""", [TR], "mixed", "code-switched troubleshooting of an out-of-range message", tags=["troubleshooting", "code-switched"])

# --------------------------------------------------------------------------
# rewritten: a template's content in the agent's own words -> [template-required] (JC11)
# --------------------------------------------------------------------------
R = "rewritten"
free(R, """
Hi Mr Delgado-Finch,

Happy to help with the install. Push the seat's LATCH clips onto the two metal bars hidden in the crease of your back seat; you will hear a click and the little windows go green. Then lean your weight into the seat with a knee and yank the tightening strap. Give it a shake at the belt path: if it shifts more than an inch, tighten again. Facing forward? Don't forget the top tether. And once child plus seat pass 65 lb, switch from the lower anchors to the seat belt.

Cheers,
Caspian Ruel
""", [TR], "en", "car-seats/en/latch-install retold in own words, same facts (JC11)", tags=["rewrite-of:car-seats/en/latch-install"])
free(R, """
Hi Georgina,

The Skylark won't fold if anything is in the seat or the backrest is reclined, so empty it and sit the back up first. Straighten and lock the front wheels, then hold the grey slider to the left while you squeeze the handle trigger, and push the handle down and forward until the latch catches. Listen for both hinges clicking when you open it again, and check that nothing like a blanket is stuck in them.

Yasmin Feld
""", [TR], "en", "strollers/en/fold retold in own words (JC11)", tags=["rewrite-of:strollers/en/fold"])
free(R, """
Hi Mr Oduwole,

Let's get the camera talking to the screen again. Power up the camera and wait for the orange blink. On the screen, go to the camera menu and add a new camera in a free slot, then hold the PAIR button on the camera for about five seconds; green blinking means it worked and the video should pop up. Do this with the two units close together, then move the camera back to at least three feet from the crib with the cord out of reach. No Wi-Fi or app is involved.

Odette Maren
""", [TR], "en", "monitors/en/pairing retold in own words (JC11)", tags=["rewrite-of:monitors/en/pairing"])
free(R, """
Hi Ms Rowntree,

Your Skylark is covered for a year against manufacturing faults, so this should be sorted. Could you send us a few photos or a quick clip of the wobble, a picture of the serial sticker and roughly when it started? We will come back to you within three working days. Just so you know, worn fabric or wheels and accident damage are outside the cover.

Thanks,
Bartholomew Ekwueme
""", [TR], "en", "warranty/en/coverage retold in own words, no case id (JC11)", tags=["rewrite-of:warranty/en/coverage"])
free(R, """
Hi Mrs Feld-Amari,

That buckle should never have been faulty, and I am really sorry. Our quality team now has your photos. A replacement is being posted to you for free, keep the old one, and please hold off using the seat until the new buckle is on.

Odette Maren
""", [TR], "en", "quality/en/defect-apology retold in own words (JC11)", tags=["rewrite-of:quality/en/defect-apology"])
free(R, """
Hi Mr Yeboah,

Short answer: the Skylark suits children from 6 months up to 4 years, 50 lb and 40 inches, and whichever of those your son reaches first is the one that counts. The labels on the stroller itself have the final word.

Best,
Caspian Ruel
""", [TR], "en", "fit/en/size-age retold in own words (JC11)", tags=["rewrite-of:fit/en/size-age"])

free(R, """
施女士您好：

安装很简单：后排座椅靠背和坐垫中间藏着两根金属杆，把座椅的两个 LATCH 卡扣按上去，听到响声、小窗变绿就扣好了。然后用膝盖把座椅往下压，同时把收紧带拉到底，最后晃一晃，晃动不超过一英寸就可以了。朝前坐的话记得把顶部系带也挂上。宝宝加座椅超过65磅以后，就要改用车上的安全带来固定。

程雨桐
""", [TR], "zh", "car-seats/zh-hans/latch-install 用自己的话重写（JC11）", tags=["rewrite-of:car-seats/zh-hans/latch-install"])
free(R, """
樊先生您好：

推车收不起来，多半是座椅上还放着东西，或者靠背放倒了。先把东西拿出来、靠背竖直，前轮摆正锁住，然后左手推住灰色按钮、右手捏扳机，把推把往前往下一压就合上了。打开以后一定要听到两边都“咔”一声再让宝宝坐。

贺子骞
""", [TR], "zh", "strollers/zh-hans/fold 用自己的话重写（JC11）", tags=["rewrite-of:strollers/zh-hans/fold"])
free(R, """
喻女士您好：

这个推车有两年保修，做工或材料的问题都在保修里。麻烦您拍一段车轮异响的视频，再拍一下序列号贴纸，告诉我们大概什么时候开始的，我们三个工作日内给您答复。轮子正常磨损和摔坏的情况不在保修内，这点先跟您说明一下。

程雨桐
""", [TR], "zh", "warranty/zh-hans/coverage 用自己的话重写，没有编号（JC11）", tags=["rewrite-of:warranty/zh-hans/coverage"])
free(R, """
官先生您好：

这把餐椅在高脚椅模式下，适合6个月、已经能自己坐稳的宝宝，一直用到3岁，体重不超过15公斤，身高不超过95厘米。三个条件里先碰到哪一个，就该换到下一个模式了。

贺子骞
""", [TR], "zh", "fit/zh-hans/size-age 用自己的话重写（JC11）", tags=["rewrite-of:fit/zh-hans/size-age"])

free(R, """
方太太您好：

您的餐椅底部標籤上如果是 PW5-2301，而且是今年1月到3月間生產的，就在這次召回裡。麻煩您先別用，拍張標籤照片傳給我們，我們會把新的餐盤卡扣免費寄給您；其他批次的餐椅不受影響。

鄧允衡
""", [TR], "zh", "safety/zh-hant/recall-notice 用自己的話重寫（JC11）", tags=["rewrite-of:safety/zh-hant/recall-notice"], trad=True)
free(R, """
車小姐您好：

推車的布料部分可以拆下來，用冷水輕柔模式丟洗衣機，洗好晾乾就好，不要烘。安全帶跟扣具就不要下水了，帶子用濕布擦，扣具在溫水裡涮一涮再晾乾。車架用肥皂水擦一擦即可，漂白水不要用。裝回去的時候，記得再檢查一次安全帶有沒有穿對。

葉采潔
""", [TR], "zh", "care/zh-hant/cleaning 用自己的話重寫（JC11）", tags=["rewrite-of:care/zh-hant/cleaning"], trad=True)
free(R, """
紀先生您好：

提籃的扣舌壞掉，真的是我們的疏失，很抱歉。照片已經給品管同事看了，新的扣舌免費寄過去，舊的您留著就好，換好之前先不要用提籃。

鄧允衡
""", [TR], "zh", "quality/zh-hant/defect-apology 用自己的話重寫（JC11）", tags=["rewrite-of:quality/zh-hant/defect-apology"], trad=True)

# --------------------------------------------------------------------------
# mixed-logistics: logistics plus product advice -> [template-required]
# --------------------------------------------------------------------------
X = "mixed-logistics"
free(X, """
Hi Mrs Gallardo,

Your Harborline Nest shipped this morning with UPS, tracking 1Z7W3E940391515590, and should arrive on Wednesday.

When it arrives, you will find the newborn insert already fitted in the seat. Keep it in until your baby weighs 11 lb, then take it out so the harness sits at the right height.

Best,
Caspian Ruel
""", [TR], "en", "tracking plus advice on the newborn insert", tags=["tracking"])
free(X, """
Hi Mr Whitlock,

Sure, you can return the high chair through Your Orders on Amazon within 30 days. Before you do, though: the recline lever on the Perchwood is stiff for the first few uses and loosens up after a week. If that is the only issue, it may be worth giving it a few more days.

Kind regards,
Yasmin Feld
""", [TR], "en", "return instructions plus product advice on a stiff lever", tags=["return"])
free(X, """
Hi Mrs Abara,

I am so sorry the box arrived crushed. We have shipped a new Harborline 360 today, tracking 1Z7W3E940391527746, and UPS will collect the damaged one at the same visit.

Even if the seat inside looks fine, please do not use it. A car seat that took a hard knock can have hairline cracks in the shell that you cannot see, and it might not protect your child in a crash.

Odette Maren
""", [TR], "en", "transit damage plus a safety explanation about hidden cracks (JC6)", tags=["damaged-in-transit", "safety-opinion"])
free(X, """
Hi Rosa,

I have cancelled the infant car seat order as you asked, so you will not be charged.

Since you are keeping the Harborline 360, you may not need a separate infant seat at all: it fits newborns from 5 lb with the included insert. The infant seat is mostly handy if you want to carry the baby in and out of the car without waking them.

Best wishes,
Bartholomew Ekwueme
""", [TR], "en", "cancellation plus product advice on whether an infant seat is needed", tags=["cancellation"])
free(X, """
Hi Mr Castelnau,

FedEx has your Trailmate on the van for delivery today.

Before the first run, check the tire pressure: the tires leave the factory at about 20 psi, and they ride best at 25 to 30 psi. A standard bike pump with a Schrader head will do.

Cheers,
Caspian Ruel
""", [TR], "en", "out for delivery plus tire-pressure advice", tags=["delivery"])
free(X, """
Hi Ms Pelletier,

Your Lullwatch is on its way to Quebec, and the duties were prepaid at checkout, so nothing will be due at the door.

To answer your other question: the monitor works on Canadian power without any adapter. Its charger accepts 100 to 240 volts, so you can also take it with you when you travel.

Kind regards,
Yasmin Feld
""", [TR], "en", "customs plus product information on voltage", tags=["customs"])
free(X, """
Hi Mr Osei-Barnes,

The order has not shipped yet, so I cancelled it for you and you can reorder it with your new address. The charge will drop off within a few days.

About your question on the car: the Skylark folds down to 21 x 18 x 11 inches, so it fits in the trunk of most small hatchbacks, and the Duo is about 8 inches wider when folded.

Best,
Odette Maren
""", [TR], "en", "address fix plus folded product dimensions (JC16)", tags=["address", "delivery-facts"])
free(X, """
Hi Mrs Venkataraman,

You are right, only one of the two boxes has arrived. Box 2, with the canopy and the basket, is with USPS, tracking 9405 5118 9956 2741 0911 05, due on Saturday.

In the meantime you can use the stroller without the canopy; it clips on later without any tools. Just keep the baby out of direct sun until then.

Bartholomew Ekwueme
""", [TR], "en", "missing box plus advice on using the stroller in the meantime (JC7)", tags=["missing-part-of-shipment"])

free(X, """
阎女士您好：

您的 Harborline 360 今天已经发出，UPS 单号 1Z7W3E940391538821，预计下周一送达。

收到以后，建议您先在车里试装一次，调好头枕高度：后向安装时，肩带应该从宝宝肩膀以下的位置穿出。

程雨桐
""", [TR], "zh", "发货通知加安装调整建议", tags=["tracking"])
free(X, """
桂先生您好：

可以退货，在“我的订单”里申请就行。不过根据您描述的情况，推车推不动很可能是后轮的刹车没有完全松开，您可以先用脚把刹车踏板往上勾一下试试，也许问题就解决了。

贺子骞
""", [TR], "zh", "退货加故障排除", tags=["return", "troubleshooting"])
free(X, """
司女士您好：

订单还没发货，我已经帮您取消了，换成新地址再下一单就行。

另外您问到能不能加摄像头：Lullwatch 父母端最多可以连接4个摄像头，画面可以自动轮播，也可以分屏同时看两个房间。

程雨桐
""", [TR], "zh", "改地址加产品信息", tags=["address", "product-info"])
free(X, """
仇先生您好：

外箱被压坏真的很抱歉，新的提篮今天已经寄出，UPS 会在送货时把旧的取回。

请千万不要再使用那个受损的提篮。安全座椅受到撞击后，外壳可能有看不见的细小裂纹，发生事故时就不能很好地保护宝宝。

贺子骞
""", [TR], "zh", "运输损坏加安全解释（JC6）", tags=["damaged-in-transit", "safety-opinion"])

free(X, """
魏小姐您好：

您的 Perchwood 餐椅已經出貨，UPS 追蹤號碼 1Z7W3E940391549907，預計週四送達。

組裝時有個小提醒：椅腳的螺絲先不要鎖太緊，四支都裝上、餐椅放平以後再一起鎖緊，椅子比較不會搖晃。

葉采潔 敬上
""", [TR], "zh", "出貨通知加組裝建議（繁體）", tags=["tracking"], trad=True)
free(X, """
侯先生您好：

退回的推車已經收到，149.99美元的退款今天已經退回您的原付款方式。

另外您之前提到推車會往一邊偏，這通常是前輪的方向鎖只鎖了一邊，如果之後再買同款，兩邊都鎖上或都打開就不會偏了。

鄧允衡 敬上
""", [TR], "zh", "退款加故障原因說明（繁體）", tags=["refund-of-return", "troubleshooting"], trad=True)

free(X, """
Hi Mrs Lau,

Your Perchwood high chair shipped today with UPS, tracking 1Z7W3E940391561124. When you set it up, start with the footrest on the lowest notch and move it up as your baby grows, so their feet always rest flat.

劉太太您好，您的餐椅今天已由 UPS 寄出，追蹤號碼 1Z7W3E940391561124。組裝時腳踏板先放在最低一格，寶寶長大再往上調，讓腳能平放。

Yasmin Feld / 葉采潔
""", [TR], "mixed", "bilingual tracking plus footrest advice (English + Traditional)", tags=["tracking", "bilingual"], trad=True)

# --------------------------------------------------------------------------
# violating: content-policy breaches
# --------------------------------------------------------------------------
V = "violating"
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"

# template fill + one violating sentence -> content label + template-required (JC2)
fill("reviews/en/neutral-request", dict(buyer_name="Mrs Okonjo-Marsh", order_id="112-5067239-7781402",
                                        product="Perchwood 5-in-1 Convertible High Chair", agent_name="Yasmin Feld"),
     "fill plus a five-star plea (JC2)", cat=V, labels=[RI, TR],
     extra=("when they choose gear for their family.", " If you love it, a 5-star rating would mean the world to our small family business.", "after"))
fill("reviews/zh-hans/neutral-request", dict(buyer_name="巫女士", order_id="111-8854302-6170928",
                                             product="Skylark 轻便婴儿推车", agent_name="程雨桐"),
     "fill plus 留评返现 (JC2)", cat=V, labels=[RI, TR],
     extra=("做出适合自己家庭的选择。", "留评后把截图发给我们，即可返现10美元。", "after"))
fill("care/en/fabric-cleaning", dict(buyer_name="Mr Prudhomme", product="Perchwood 5-in-1 Convertible High Chair",
                                     agent_name="Odette Maren"),
     "fill plus a launch and discount-code P.S. (JC2)", cat=V, labels=[MKT, TR],
     extra=("Odette Maren\n", "\nP.S. Our new Perchwood splat mat launches next week, and code MESSYMEALS takes 20% off it.\n", "after"))
fill("monitors/en/pairing", dict(buyer_name="Ms Grimaldi", product="Lullwatch 5-Inch Video Baby Monitor", agent_name="Bartholomew Ekwueme"),
     "fill plus an invitation to text the agent's phone for pairing help (JC2)", cat=V, labels=[OPC, TR],
     extra=("so it does not need Wi-Fi or an app.", " If it still refuses to pair, text me directly at (312) 555-0187 and I will walk you through it.", "after"))
fill("safety/zh-hant/recall-notice", dict(buyer_name="鍾先生", product="Perchwood 五合一成長餐椅", recall_id="QBR-24-017",
                                          model_number="PW5-2301", date_range="2024年1月8日至3月29日",
                                          remedy="一組替換用餐盤卡扣", agent_name="葉采潔"),
     "fill plus an invitation to a LINE account for recall updates (JC2)", cat=V, labels=[OPC, TR],
     extra=("可以照常使用。", "也歡迎加入我們的 LINE 官方帳號 @quillberry_tw，召回進度會第一時間通知您。", "after"))

# free logistics that moves the logistics matter off Amazon -> off-platform-contact only (JC3)
free(V, """
Hi Mr Hendricks,

Sorry about the torn box. To get the return label sorted faster, please e-mail the photos of the damage to returns@quillberry-baby.shop and I will send you a prepaid label by return e-mail.

Thanks,
Caspian Ruel
""", [OPC], "en", "transit-damage return moved to an e-mail address (JC3)", tags=["damaged-in-transit"])
free(V, """
裘女士您好：

外箱压坏的事情很抱歉。麻烦您添加我们客服的微信 quillberry_kf，把外箱和推车的照片发过来，我们确认后马上安排补发。

程雨桐
""", [OPC], "zh", "运输损坏补发，改走微信（JC3）", tags=["damaged-in-transit"])
free(V, """
Hi Eleni,

Your Skylark has shipped. You can follow it on our own tracking page here: https://track.quillberrybaby.net/parcel/QB-58210

Best,
Odette Maren
""", [OPC], "en", "tracking via a link to the seller's own site (JC3)", tags=["tracking"])

# logistics + marketing -> marketing + template-required (JC4)
free(V, """
Hi Mrs Dunmore,

Your Perchwood high chair was delivered this afternoon, so it should be waiting for you at home. As a welcome gift, use code WELCOMEBABY15 for 15% off your next Quillberry order.

Best,
Bartholomew Ekwueme
""", [MKT, TR], "en", "delivery confirmation plus a coupon for the next order (JC4)", tags=["delivery"])

# free non-logistics + violation -> both (JC2)
free(V, """
Hi Mrs Kirkbride,

We are thrilled the Skylark Duo is working so well for your two! If you are happy with it, please leave us a review on Amazon. If anything is not perfect, message us first instead, so we can fix it before you post anything.

Warmly,
Odette Maren
""", [RI, TR], "en", "review gating in reply to a happy buyer (JC2)", tags=["review-request"])
free(V, """
Hi Mr Rathbone-Cole,

I am glad the new wheel fixed the wobble on your Trailmate. Now that it is all sorted, would you consider updating your 2-star review so it reflects how we handled it?

Best,
Caspian Ruel
""", [RI, TR], "en", "asks to update a review after a warranty fix (JC2)", tags=["review-change"])
free(V, """
麦先生您好：

Skylark 的座椅最多可以调到接近平躺，三个月的宝宝坐着是没问题的，遮阳篷拉到最前面就能挡住大部分阳光。下次您可以直接在我们的官网 quillberrybaby-shop.com 购买，比亚马逊便宜10%，还送一个收纳袋。

贺子骞
""", [OPC, MKT, TR], "zh", "product advice plus diversion to the seller's own site with a cheaper price and a freebie (JC5)", tags=["product-advice"])
free(V, """
聶小姐您好：

座椅後向安裝時，頭枕要調到肩帶剛好從寶寶肩膀下方穿出的位置。另外想拜託您，如果願意把商品頁上的負評刪掉，我們可以再退您一半的貨款。

葉采潔 敬上
""", [RI, TR], "zh", "安裝建議加上刪負評退一半貨款（JC2）", tags=["product-advice", "review-change"], trad=True)
free(V, """
匡女士您好：

下雨天用推车的话，记得先把遮阳篷拉到最前面，再用防雨罩从上往下罩住，脚边留一点缝透气。我们新上架了 Skylark 专用防雨罩，今天下单立减5美元，欢迎顺便看看。

程雨桐
""", [MKT, TR], "zh", "雨天使用建议加新品防雨罩促销（JC2）", tags=["product-advice"])
free(V, """
Hi Mr Nwachukwu,

If the camera keeps dropping the connection, move it a little closer to the parent unit and away from the microwave. Also join our Facebook group "Quillberry Parents Club" for setup tips and monthly giveaways!

蒙先生您好，如果摄像头经常断线，请把它移近父母端，远离微波炉。也欢迎加入我们的 Facebook 群组 "Quillberry Parents Club"，每月都有抽奖送礼！

Bartholomew Ekwueme / 程雨桐
""", [OPC, MKT, TR], "mixed", "bilingual troubleshooting plus a Facebook group with giveaways (JC5)", tags=["troubleshooting", "bilingual"])


# ==========================================================================
# Self-checks
# ==========================================================================
# (simplified, traditional) character pairs for every Chinese character this file uses whose
# form differs between the scripts. Listed by hand once (cross-checked with OpenCC outside this
# file); the check below uses only the standard library.
PAIRS = """
万萬 与與 专專 业業 东東 丝絲 丢丟 两兩 个個 为為 为爲 么麼 书書 买買 于於 亚亞 产產 仅僅 从從 仓倉 们們 会會 传傳 伤傷
体體 余餘 侧側 储儲 儿兒 关關 内內 写寫 冲沖 决決 况況 准準 减減 几幾 击擊 刘劉 则則 刚剛 删刪 别別 制製 刹剎 剂劑 办辦
务務 动動 单單 卖賣 占佔 却卻 历歷 压壓 厘釐 厨廚 双雙 发發 变變 叠疊 台臺 叶葉 号號 吃喫 后後 听聽 启啓 启啟 员員 周週
咨諮 响響 团團 围圍 图圖 坏壞 垫墊 墙牆 声聲 壳殼 处處 备備 复復 够夠 头頭 夹夾 奖獎 婴嬰 宁寧 宝寶 实實 对對 尽盡 属屬
岁歲 帐帳 带帶 帮幫 干乾 干幹 并並 并併 床牀 库庫 应應 庞龐 开開 异異 张張 弹彈 当當 录錄 态態 愿願 户戶 托託 扫掃 扰擾
护護 担擔 择擇 挂掛 挡擋 损損 换換 据據 摄攝 摆擺 摇搖 断斷 无無 旧舊 时時 显顯 暂暫 机機 权權 杆桿 条條 来來 松鬆 标標
样樣 档檔 检檢 欢歡 气氣 汤湯 没沒 注註 洁潔 温溫 游遊 湿溼 湿濕 灯燈 炉爐 点點 烁爍 烦煩 烫燙 状狀 独獨 现現 电電 画畫
畅暢 皂皁 盐鹽 监監 盖蓋 盘盤 码碼 确確 礼禮 离離 积積 税稅 稳穩 竖豎 笔筆 签簽 签籤 简簡 篮籃 类類 系繫 紧緊 红紅 约約
纪紀 纳納 纸紙 纹紋 线線 组組 细細 经經 绑綁 绒絨 结結 给給 统統 继繼 续續 绵綿 绿綠 编編 缝縫 缩縮 网網 罗羅 群羣 聂聶
联聯 脚腳 节節 范範 荐薦 萤螢 营營 萧蕭 蓝藍 补補 装裝 见見 观觀 视視 觉覺 计計 订訂 认認 让讓 议議 讯訊 记記 许許 设設
证證 评評 诉訴 试試 话話 询詢 该該 语語 误誤 说說 请請 调調 谅諒 谢謝 谨謹 负負 败敗 账賬 货貨 质質 购購 贴貼 费費 贺賀
资資 赔賠 赖賴 赶趕 踪蹤 车車 转轉 轮輪 软軟 轻輕 载載 较較 辆輛 输輸 边邊 达達 过過 运運 还還 这這 进進 远遠 连連 适適
选選 逊遜 递遞 邓鄧 邬鄔 邻鄰 采採 释釋 里裏 里裡 钟鍾 钟鐘 钮鈕 钱錢 铰鉸 银銀 链鏈 销銷 锁鎖 错錯 键鍵 长長 门門 闪閃
闭閉 问問 闲閒 间間 闵閔 阎閻 队隊 阳陽 阶階 际際 随隨 难難 霉黴 页頁 顶頂 项項 顺順 顿頓 预預 频頻 题題 颜顏 额額 风風
飞飛 饭飯 马馬 骆駱 验驗 骞騫 骤驟 鲍鮑 麦麥 齐齊 龄齡 龙龍 龚龔""".split()
# Simplified-side characters that are also ordinary Traditional characters (surnames, 茶几, 窗台,
# 發霉, 吃飯 ...), so they are not evidence of the wrong script in Traditional text.
AMBIG_SIMP = set("后干于里系周制叶注托冲松杆范采台游钟余占准厘吃床群皂霉几咨启")
SIMP_ONLY = {p[0] for p in PAIRS} - AMBIG_SIMP
TRAD_ONLY = {p[1] for p in PAIRS}
T2S = {p[1]: p[0] for p in PAIRS}
CJK = re.compile(r"[\u3400-\u9fff]")
EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F]")
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
TRACKING = re.compile(r"\b1Z[0-9A-Z]{16}\b|\b9405(?: \d{4}){5} \d{2}\b|\b7731 \d{4} \d{4}\b")
# markers of content violations; none may appear in a reply that is not in the violating category
VIOLATION_MARKERS = [
    (re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|net|shop|org|co)\b", re.I), "link or domain"),
    (re.compile(r"[\w.+-]+@[\w-]+\.\w+|@\w{3,}"), "e-mail or handle"),
    (re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b"), "phone number"),
    (re.compile(r"whatsapp|wechat|telegram|facebook|instagram|tiktok|微信|脸书|臉書", re.I), "messaging or social app"),
    (re.compile(r"\bLINE\b"), "LINE"),
    (re.compile(r"\bcode [A-Z]{3,}|优惠码|優惠碼|折扣码|% off|立减|立減|官网|官網|抽奖|抽獎|giveaway|新上架|上新了|上新啦", re.I), "promotion"),
    (re.compile(r"5-star|five-star|5 stars|五星|好评|好評|返现|返現|差评|負評|负评", re.I), "rating or incentive"),
]
FOLD_CONVERTED = ("car-seats/zh-hans/latch-install",
                  dict(buyer_name="俞小姐", product="Harborline 360 旋转式全阶段安全座椅", latch_limit="65磅", agent_name="邓允衡"))


def strip_slots(text):
    return PH.sub("", text)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    scores = {tid: ratio(text, strip_slots(body)) for tid, body in TEMPLATES.items()}
    best = max(scores, key=scores.get)
    return best, scores[best]


def longest_shared(sentence):
    """Length of the longest run of characters the sentence shares with any template."""
    best = 0
    for body in TEMPLATES.values():
        b = strip_slots(body)
        m = difflib.SequenceMatcher(None, sentence, b, autojunk=False).find_longest_match(0, len(sentence), 0, len(b))
        best = max(best, m.size)
    return best


def inserted_chars(own, text):
    ops = difflib.SequenceMatcher(None, own, text, autojunk=False).get_opcodes()
    return sum(j2 - j1 for tag, i1, i2, j1, j2 in ops if tag in ("insert", "replace"))


def script_problems(text, trad):
    chars = set(text)
    return chars & SIMP_ONLY if trad else chars & TRAD_ONLY


def checks():
    errs = []
    ids = ["%s-%03d" % (PREFIX, i + 1) for i in range(len(REPLIES))]
    # ---- templates
    scripts = Counter(m[0] for m in TMETA.values())
    if not 16 <= len(TEMPLATES) <= 20:
        errs.append("expected about 18 templates, have %d" % len(TEMPLATES))
    if scripts["en"] != scripts["zh-hans"] + scripts["zh-hant"]:
        errs.append("templates are not half English, half Chinese: %s" % dict(scripts))
    for tid, body in TEMPLATES.items():
        script = TMETA[tid][0]
        if not tid.split("/")[-2] == script or tid.count("/") != 2:
            errs.append("template id %s is not <topic>/<script>/<name>" % tid)
        if body.count("{{") != body.count("}}") or body.count("{{") != len(PH.findall(body)):
            errs.append("unbalanced placeholder in " + tid)
        if not {"buyer_name", "agent_name"} <= set(slots(body)):
            errs.append("template lacks buyer_name/agent_name: " + tid)
        if script == "en" and CJK.search(body):
            errs.append("CJK in English template " + tid)
        if script != "en":
            bad = script_problems(body, script == "zh-hant")
            if bad:
                errs.append("wrong-script characters in %s: %s" % (tid, "".join(sorted(bad))))
        if EMOJI.search(body) or "\n\n\n" in body:
            errs.append("emoji or triple line break in " + tid)
        for marker, what in VIOLATION_MARKERS:
            if marker.search(body):
                errs.append("template %s contains a %s" % (tid, what))
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(strip_slots(TEMPLATES[a]), strip_slots(TEMPLATES[b])) > 0.6:
                errs.append("templates %s and %s are too alike" % (a, b))
    # ---- replies
    seen, orders, tracks, used = {}, {}, {}, Counter()
    for rid, r in zip(ids, REPLIES):
        t, cat, labels = r["text"], r["cat"], set(r["labels"])
        if cat not in CATEGORIES:
            errs.append(rid + ": unknown category " + cat)
        if not t.strip():
            errs.append(rid + ": empty text")
        if re.search(r"[{}]", t):
            errs.append(rid + ": brace left in text")
        if not labels <= ALLOWED or len(labels) != len(r["labels"]):
            errs.append(rid + ": bad labels %s" % r["labels"])
        if r["lang"] not in LANGS:
            errs.append(rid + ": bad lang")
        if t in seen:
            errs.append(rid + ": same text as " + seen[t])
        seen.setdefault(t, rid)
        if EMOJI.search(t):
            errs.append(rid + ": emoji")
        if "\n\n\n" in t:
            errs.append(rid + ": triple line break")
        for oid in ORDER_ID.findall(t):
            if orders.setdefault(oid, rid) != rid:
                errs.append(rid + ": order id %s also in %s" % (oid, orders[oid]))
        for tn in TRACKING.findall(t):
            if tracks.setdefault(tn, rid) != rid:
                errs.append(rid + ": tracking number %s also in %s" % (tn, tracks[tn]))
        cjk = bool(CJK.search(t))
        latin_words = re.findall(r"[A-Za-z]{3,}", CJK.sub(" ", t))
        if r["lang"] == "en" and cjk:
            errs.append(rid + ": CJK in an en reply")
        if r["lang"] == "zh" and not cjk:
            errs.append(rid + ": zh reply without CJK")
        if r["lang"] == "mixed" and not (cjk and len(set(w.lower() for w in latin_words)) >= 6):
            errs.append(rid + ": mixed reply is not really mixed")
        if r["lang"] == "zh" and len(set(w.lower() for w in latin_words)) >= 12:
            errs.append(rid + ": zh reply has a lot of English, should it be mixed?")
        if cjk:
            bad = script_problems(t, "traditional" in r["tags"])
            if bad:
                errs.append(rid + ": wrong-script characters %s" % "".join(sorted(bad)))
        # category <-> labels
        if cat in ("filled-template", "logistics") and labels:
            errs.append(rid + ": %s must have no labels" % cat)
        if cat in ("fill-plus", "free-non-logistics", "rewritten", "mixed-logistics") and labels != {TR}:
            errs.append(rid + ": %s must be exactly [template-required]" % cat)
        if cat == "violating":
            if not labels & CONTENT:
                errs.append(rid + ": violating reply without a content label")
            if (TR in labels) == ("JC3" in r["note"]):
                errs.append(rid + ": template-required must be absent exactly for the JC3 (logistics-only) violations")
        else:
            for marker, what in VIOLATION_MARKERS:
                if marker.search(t):
                    errs.append(rid + ": non-violating reply contains a %s" % what)
        if r["tid"]:
            used[r["tid"]] += 1
            if not r["note"].startswith(r["tid"] + ": "):
                errs.append(rid + ": note must start with the template id")
            for v in r["values"].values():
                if v not in t:
                    errs.append(rid + ": value %r missing" % v)
            own = render(r["tid"], r["values"])
            if r["exact"] and t != own:
                errs.append(rid + ": exact fill differs from the rendering")
            r["own"] = ratio(t, own)
            r["added"] = inserted_chars(own, t)
            others = max(ratio(t, strip_slots(TEMPLATES[x])) for x in TEMPLATES if x != r["tid"])
            if others >= r["own"]:
                errs.append(rid + ": another template is nearer than its own")
            if r["own"] < 0.80:
                errs.append(rid + ": %.2f from its own template, too far for a fill" % r["own"])
            if cat == "filled-template" and r["added"] > 300:
                errs.append(rid + ": %d characters added, more than a light edit" % r["added"])
            if cat in ("fill-plus", "violating"):
                if not r["extra"]:
                    errs.append(rid + ": fill-based %s reply without its extra sentence" % cat)
                else:
                    r["shared"] = longest_shared(r["extra"])
                    limit = 10 if CJK.search(r["extra"]) else 24
                    if r["shared"] >= limit:
                        errs.append(rid + ": extra sentence shares %d characters with a template" % r["shared"])
            elif r["extra"]:
                errs.append(rid + ": extra sentence on a plain fill")
        else:
            r["nearest"], r["max"] = nearest(t)
            if TR in labels and r["max"] >= 0.55:
                errs.append(rid + ": %.2f similar to %s, too close for template-required" % (r["max"], r["nearest"]))
            src = [x.split(":", 1)[1] for x in r["tags"] if x.startswith("rewrite-of:")]
            if cat == "rewritten":
                if len(src) != 1 or src[0] not in TEMPLATES:
                    errs.append(rid + ": rewrite without a valid rewrite-of tag")
                elif not r["note"].startswith(src[0] + " "):
                    errs.append(rid + ": rewrite note must start with its source template id")
                else:
                    r["src_ratio"] = ratio(t, strip_slots(TEMPLATES[src[0]]))
        if "script-converted" in r["tags"]:
            tid, vals = FOLD_CONVERTED
            folded = "".join(T2S.get(c, c) for c in t)
            if folded != render(tid, vals):
                errs.append(rid + ": folding to Simplified does not give the approved template back")
            used[tid] += 1
    for tid in TEMPLATES:
        if used[tid] < 2:
            errs.append("template %s is used fewer than twice" % tid)
    # ---- overall mix asked for in the brief
    cats = Counter(r["cat"] for r in REPLIES)
    want = {"filled-template": (40, 50), "logistics": (40, 50), "fill-plus": (12, 18), "violating": (12, 18)}
    for c, (lo, hi) in want.items():
        if not lo <= cats[c] <= hi:
            errs.append("%s: %d replies, want %d-%d" % (c, cats[c], lo, hi))
    nonlog = cats["free-non-logistics"] + cats["rewritten"] + cats["mixed-logistics"]
    if not 45 <= nonlog <= 55:
        errs.append("free non-logistics groups total %d, want about 50" % nonlog)
    if not 160 <= len(REPLIES) <= 180:
        errs.append("%d replies, want about 170" % len(REPLIES))
    for c in CATEGORIES:
        langs = Counter(r["lang"] for r in REPLIES if r["cat"] == c)
        if not (langs["en"] and langs["zh"]):
            errs.append("%s lacks English or Chinese replies" % c)
    for c in ("filled-template", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "fill-plus", "violating"):
        if not any("traditional" in r["tags"] for r in REPLIES if r["cat"] == c):
            errs.append("%s has no Traditional reply" % c)
    return ids, errs


# ==========================================================================
# README
# ==========================================================================
def spread(vals):
    vals = sorted(vals)
    if not vals:
        return ("-", "-", "-")
    return ("%.2f" % vals[0], "%.2f" % vals[len(vals) // 2], "%.2f" % vals[-1])


def column(r):
    if r["lang"] == "zh":
        return "zh-hant" if "traditional" in r["tags"] else "zh-hans"
    return r["lang"]


def jc_ids(rows):
    d = {}
    for rid, r in rows:
        for n in re.findall(r"JC(\d+)", r["note"]):
            d.setdefault(int(n), []).append(rid)
        if r["cat"] == "fill-plus":
            d.setdefault(1, []).append(rid)
    return {"jc%d" % n: ", ".join(d.get(n, ["-"])) for n in range(1, 17)}


SELLER = """## The seller (invented)

**Quillberry Baby Co.** sells baby and toddler gear on Amazon.com, and ships Canadian orders from its
Buffalo warehouse. Its lines:

- **Harborline 360**: rotating all-in-one convertible car seat (rear-facing 5-50 lb, forward-facing to 65 lb,
  LATCH lower anchors and top tether, anti-rebound bar); **Harborline Nest**: infant car seat with a base.
- **Skylark**: compact one-hand-fold stroller; **Skylark Duo**: side-by-side double stroller (ships in two boxes);
  **Trailmate**: all-terrain jogging stroller with air tires and hand brake.
- **Perchwood 5-in-1**: convertible wooden high chair (subject of the invented recall QBR-24-017, tray latch,
  model PW5-2301); **Perchwood Fold**: compact high chair.
- **Lullwatch**: 5-inch video baby monitor, parent unit plus up to four cameras (invented recall QBR-24-022 for
  the LW5-PU-B charging adapter).

Agents: Odette Maren, Caspian Ruel, Yasmin Feld and Bartholomew Ekwueme (English); 程雨桐 and 贺子骞
(Simplified Chinese); 葉采潔 and 鄧允衡 (Traditional Chinese). Every shop, product, person, order id, tracking
number, warranty case id, recall id, model and lot number, discount code, handle, phone number (US 555-01xx
fiction range) and domain is invented. Carrier names (UPS, USPS, FedEx), Amazon's own pages (Your Orders,
Returns Center, Your Addresses) and place names are real, as they would be in a real reply.
"""


def readme(ids):
    rows = list(zip(ids, REPLIES))
    out = []
    w = out.append
    w("# %s: hand-labelled held-out test set for `template-required`\n" % PREFIX)
    w("Written as an acceptance tester, from `/work/shared/interface.md` and `/work/shared/policy.md` only, "
      "without reading or running the linter. `gen.py` (standard library only) holds every template and reply "
      "as a literal; `python3 gen.py` runs the self-checks and, only when all of them pass, rewrites `library/`, "
      "`replies.jsonl` and this README. Do not edit the outputs by hand.\n")
    w(SELLER)
    w("## Files and record format\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | the approved templates, one `*.txt` each, nested as `<topic>/<script>/<name>.txt`; template id = path without `.txt`; placeholders `{{name}}`. Use with `--templates library`. |")
    w("| `replies.jsonl` | one reply per line (format below) |")
    w("| `gen.py` | source of truth: templates, replies, self-checks, writers |")
    w("| `README.md` | this file |\n")
    w("Each record: `id` (`%s-001`...), `text`, `labels`, `lang`, `tags`, `note`, `context` (always `reply`).\n" % PREFIX)
    w("- `labels`: `[]` means nothing at warning or error level may be flagged. `template-required` means the reply "
      "contains non-logistics content that no approved template covers. `review-inducement`, `off-platform-contact` "
      "and `marketing` mark content-policy breaches, alone or together with `template-required` (JC2-JC5).")
    w("- `lang`: `en`, `zh` (both scripts) or `mixed` (bilingual, or Chinese code-switched with English words). "
      "Latin product names, model numbers and a Latin buyer name inside Chinese text do not make it `mixed`.")
    w("- `tags`: `tags[0]` is the category; `traditional` marks Traditional Chinese; fills carry `exact` or `edited`, "
      "rewrites carry `rewrite-of:<template id>`; other tags name the topic (`tracking`, `safety-opinion`, ...).")
    w("- `note`: starts with the source template id when there is one (fills, fill-plus, template-based violations, "
      "rewrites, the script-converted fill); `JCn` points to a judgement call below.\n")
    w("## Templates\n")
    w("| id | script | topic | placeholders | fills exact / edited | fill-plus | violating | rewrites |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        ex = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == "filled-template" and r["exact"])
        ed = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == "filled-template" and not r["exact"])
        fp = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == "fill-plus")
        vi = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == "violating")
        rw = sum(1 for _, r in rows if ("rewrite-of:" + tid) in r["tags"])
        w("| `%s` | %s | %s | %s | %d / %d | %d | %d | %d |" % (tid, TMETA[tid][0], TMETA[tid][1],
                                                             ", ".join(slots(TEMPLATES[tid])), ex, ed, fp, vi, rw))
    sc = Counter(m[0] for m in TMETA.values())
    w("\n%d templates: English %d, Simplified %d, Traditional %d. Plus one filled-template reply (JC12) that is "
      "`car-seats/zh-hans/latch-install` converted character for character into Traditional script.\n"
      % (len(TEMPLATES), sc["en"], sc["zh-hans"], sc["zh-hant"]))
    w("## Counts\n")
    expect = {"filled-template": "`[]`", "fill-plus": "`[template-required]`", "logistics": "`[]`",
              "free-non-logistics": "`[template-required]`", "rewritten": "`[template-required]`",
              "mixed-logistics": "`[template-required]`", "violating": "content label(s), plus `template-required` except JC3"}
    w("| category | what it is | expected labels | en | zh Simplified | zh Traditional | mixed | total |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c, desc in CATEGORIES.items():
        cc = Counter(column(r) for _, r in rows if r["cat"] == c)
        w("| %s | %s | %s | %d | %d | %d | %d | %d |" % (c, desc, expect[c], cc["en"], cc["zh-hans"], cc["zh-hant"],
                                                        cc["mixed"], sum(cc.values())))
    cc = Counter(column(r) for _, r in rows)
    w("| **total** | | | %d | %d | %d | %d | %d |\n" % (cc["en"], cc["zh-hans"], cc["zh-hant"], cc["mixed"], len(rows)))
    lab = Counter(l for _, r in rows for l in r["labels"])
    combos = Counter(tuple(r["labels"]) for _, r in rows)
    w("Label totals: %s. Records with `[]`: %d; with `template-required`: %d; without it: %d." % (
        ", ".join("`%s` %d" % kv for kv in sorted(lab.items())), combos[()],
        sum(1 for _, r in rows if TR in r["labels"]), sum(1 for _, r in rows if TR not in r["labels"])))
    w("Label sets: %s.\n" % "; ".join("%s %d" % ("[" + ", ".join(k) + "]", v) for k, v in sorted(combos.items())))
    w("`lang` totals: %s.\n" % ", ".join("`%s` %d" % kv for kv in sorted(Counter(r["lang"] for _, r in rows).items())))
    w("## Similarity sanity checks\n")
    w("difflib `SequenceMatcher(autojunk=False).ratio()`, on raw text. This only shows that the labels are not "
      "accidents of wording; it is not the linter's measure and the linter need not reproduce it.\n")
    w("| group | compared with | n | min | median | max | gate in gen.py |")
    w("| --- | --- | --- | --- | --- | --- | --- |")

    def row(name, cmp, vals, gate):
        w("| %s | %s | %d | %s | %s | %s | %s |" % ((name, cmp, len(vals)) + spread(vals) + (gate,)))
    row("edited fills", "own template, same values", [r["own"] for _, r in rows if r["cat"] == "filled-template" and r["tid"] and not r["exact"]],
        ">= 0.80, own template nearest")
    row("fill-plus", "own template, same values", [r["own"] for _, r in rows if r["cat"] == "fill-plus"], ">= 0.80, own template nearest")
    row("template-based violating", "own template, same values", [r["own"] for _, r in rows if r["cat"] == "violating" and r["tid"]],
        ">= 0.80, own template nearest")
    row("free-non-logistics", "every template, slots removed (max)", [r["max"] for _, r in rows if r["cat"] == "free-non-logistics"], "< 0.55")
    row("rewritten", "every template, slots removed (max)", [r["max"] for _, r in rows if r["cat"] == "rewritten"], "< 0.55")
    row("rewritten", "its source template, slots removed", [r["src_ratio"] for _, r in rows if r["cat"] == "rewritten"], "(info)")
    row("mixed-logistics", "every template, slots removed (max)", [r["max"] for _, r in rows if r["cat"] == "mixed-logistics"], "< 0.55")
    row("free violating with `template-required`", "every template, slots removed (max)",
        [r["max"] for _, r in rows if r["cat"] == "violating" and not r["tid"] and TR in r["labels"]], "< 0.55")
    row("logistics", "every template, slots removed (max)", [r["max"] for _, r in rows if r["cat"] == "logistics"], "(info)")
    row("script-converted (JC12)", "every template, no script folding (max)", [r["max"] for _, r in rows if "script-converted" in r["tags"]],
        "(info); folded back it equals the rendering")
    sh_en = [r["shared"] for _, r in rows if "shared" in r and not CJK.search(r["extra"])]
    sh_zh = [r["shared"] for _, r in rows if "shared" in r and CJK.search(r["extra"])]
    w("\nThe added sentence of every fill-plus and template-based violating reply shares at most %d characters "
      "(English) / %d characters (Chinese) in a row with any template (gates: < 24 / < 10). Edited fills add at most %d "
      "characters to their rendering (gate: 300; moved sentences count as added).\n"
      % (max(sh_en), max(sh_zh), max(r["added"] for _, r in rows if r["cat"] == "filled-template" and r["tid"])))
    w("## Violating replies\n")
    w("| id | lang | labels | based on | what it does |")
    w("| --- | --- | --- | --- | --- |")
    for rid, r in rows:
        if r["cat"] == "violating":
            w("| %s | %s | %s | %s | %s |" % (rid, column(r), ", ".join("`%s`" % l for l in r["labels"]),
                                             "`%s`" % r["tid"] if r["tid"] else "free-written", r["note"].split(": ", 1)[-1]))
    w("")
    w(JUDGEMENT % jc_ids(rows))
    w("## Self-checks in gen.py\n")
    w("Templates: about 18, half English and half Chinese; ids `<topic>/<script>/<name>`; placeholders balanced; every "
      "template has `buyer_name` and `agent_name`; no template pair more than 0.6 alike; no CJK in English templates; "
      "no wrong-script characters; no link, handle, phone, promotion or rating wording. Replies: unique ids and texts; "
      "no braces left; labels only from the four policies; `lang` consistent with the text (no CJK in `en`, CJK in `zh`, "
      "both in `mixed`); Simplified and Traditional replies use only their own script (a pair list of every "
      "script-specific character in the file); no emoji, no triple line break; each order id and tracking number in one "
      "reply only; category and labels agree; no reply outside `violating` contains a link, e-mail, handle, phone "
      "number, messaging app, code, promotion, five-star or 好评/返现 wording; exact fills equal the rendering and every "
      "slot value appears in its reply; every template is used at least twice; the script-converted reply folds back to "
      "the approved rendering; the similarity gates above; the category mix the brief asks for.\n")
    return "\n".join(out)


JUDGEMENT = """## Judgement calls

The rule applied throughout: a reply gets `template-required` when it contains non-logistics content (anything beyond
shipping, delivery, tracking, returns and refunds of returns, address, cancellation, customs, transit damage or a missing
part of a shipment) that no approved template covers. Courtesy text (greetings, thanks, apologies, congratulations, small
talk) is neither logistics nor content: it never adds the label and never removes it. The content policies are judged
separately and add their own labels.

1. **One extra substantive sentence turns a fill into `template-required` (category `fill-plus`).** The brief's label
   definition is about content, not overall resemblance: a fill plus "do not use inflatable rear seat belts", "a drop of
   silicone spray stops the squeak", "keep her rear-facing as long as she fits" contains advice no template gives. These
   replies stay >= 0.80 similar to their own template (see the table), so a linter that only scores whole-message
   similarity will pass them; that is the point of the category. Contrast the edited fills, whose additions are courtesy
   only ("congratulations on the new baby", "it sounds like quite the blueberry adventure", "I know how much you rely on
   it at mealtimes"). Even an extra sentence on the template's own topic counts (baking soda on the tray, 霉斑 on the
   canopy): the cleaning templates do not say it. (%(jc1)s)
2. **A violating sentence that is itself non-logistics content gets both labels.** A five-star plea, 留评返现, a launch
   with a code, an invitation to text the agent for pairing help, a LINE account for recall news, review gating, asking to
   update a 2-star review, offering money to delete a negative review: each is content no template covers, so
   `template-required` is added to the content label, whether it is added to a fill or written freely. This follows from
   JC1; a reader who applies `template-required` only to whole-message similarity would drop it for the five
   template-based ones. (%(jc2)s)
3. **An off-Amazon channel used for the logistics matter itself is `off-platform-contact` only.** Photos of a torn box to
   an e-mail address, a damaged-stroller claim over WeChat, a tracking link on the seller's own domain: the subject is
   still a return, a transit-damage replacement or tracking, so no `template-required`. (%(jc3)s)
4. **Logistics plus a coupon is `marketing` and `template-required`.** A delivery confirmation that adds "code
   WELCOMEBABY15 for 15%% off your next order" carries promotion, which is not logistics and matches no template. (%(jc4)s)
5. **Several content labels at once.** Sending the buyer to the seller's own website "10%% cheaper than Amazon, with a free
   storage bag" is both diversion (`off-platform-contact`, policy.md D6) and a promotion (`marketing`). Inviting the buyer
   to a Facebook group "with monthly giveaways" is a social channel (D4) and a promotional call to action (B). Both also
   carry `template-required` (JC2). (%(jc5)s)
6. **Transit damage: handling is logistics, safety reasoning is not.** "Leave the damaged seat in its box for the driver"
   is handling of a damaged delivery (`[]`). A screen that arrived cracked in a dented box is treated as transit damage.
   "A car seat that took a hard knock can have hairline cracks you cannot see, and it might not protect your child" is a
   safety explanation, so the reply is `mixed-logistics` (`template-required`). (%(jc6)s)
7. **A missing part of a shipment is logistics; a part that is not missing is product guidance.** Box 2 of 2 still in
   transit, an accessory pack left out at packing: `[]`. "The crotch strap is not missing, it is in a pocket under the
   seat pad" answers a missing-part complaint with product guidance: `template-required`. Adding "you can use the stroller
   without the canopy meanwhile" to a missing-box reply makes it `mixed-logistics`. (%(jc7)s)
8. **Shipping status of a recall kit or warranty part is logistics.** A reply that only gives the carrier, tracking number
   and delivery day of a recall kit or a warranty replacement wheel is `[]`: naming the recall or the case id does not
   bring in recall or warranty content. (%(jc8)s)
9. **Cancellations, exchanges of a wrong colour, gift returns, duties and refunds of shipping charges count as logistics**
   (order fulfilment and returns) although interface.md's list names only shipping, delivery, tracking, returns, address
   and customs; policy.md's permitted purposes ("resolving an issue with order fulfillment", "a question related to a
   return") support this. (%(jc9)s)
10. **Empathy and small talk do not change the class.** Long logistics replies with congratulations on a due date, a
    baby shower, twins' birthday or a house move stay `[]`, as long as they give no product information, advice or
    opinion. (%(jc10)s)
11. **A template retold in the agent's own words is `template-required`, even with every fact the same** (same steps,
    limits, months, remedy): the approved thing is the wording. All rewrites stay below 0.55 similarity to every
    template. (%(jc11)s)
12. **Template language and script.** A free Simplified answer on cleaning or on the recall (templates exist only in
    English and Traditional) is `template-required`: a template in another language does not cover own wording. The one
    exception is a character-for-character Traditional conversion of the Simplified LATCH template, labelled `[]`:
    interface.md expects matching after normalization that includes traditional characters, and folded back to
    Simplified it is exactly the approved rendering (gen.py checks this). Raw similarity without folding is low (see the
    table), so a linter that does not fold scripts will flag it, which this record is meant to catch. (%(jc12)s)
13. **A statement on a template's topic that the template does not make is not covered.** "The clear tray insert can go
    in the top rack of the dishwasher" is about cleaning, but the cleaning templates say nothing of it. (%(jc13)s)
14. **Review requests.** Fills of the two neutral review templates are `[]`, each on its own order, one request per order,
    so the once-per-order limit is not in play. A neutral review request in free wording ("whether good or not so good")
    is `template-required` only: a review request is a permitted purpose but not logistics, and it is neutral, so no
    `review-inducement`. (%(jc14)s)
15. **Near-misses that must not be flagged in `[]` replies:** "free of charge" and "at no cost / no charge" remedies in the
    recall and defect templates and in transit-damage replies (not marketing); "Your Orders on Amazon", "Amazon Returns
    Center", "Your Addresses", "you will get an e-mail from Amazon" (Amazon's own channels, no address); carrier names,
    tracking numbers (1Z..., 9405 ..., 7731 ...), case ids `QB-WC-...`, recall ids `QBR-24-...`, model and lot numbers
    (`PW5-2301`, `L24-01`), `LATCH`, `PAIR`, `RESET`; "UPS Access Point", "the carrier's tracking page"; 填上新地址 (contains 上新, "new arrivals", by accident). No `[]` reply
    gives a phone number, not even a carrier's, because policy.md D3 makes a carrier number a warning and warnings
    count as flags. (%(jc15)s)
16. **Delivery facts about the goods are logistics; product dimensions are not.** Box size and weight and "ships in two
    boxes" are delivery facts (`[]`). "The Skylark folds to 21 x 18 x 11 inches and fits most hatchback trunks" answers a
    product question, so that reply is `mixed-logistics`. (%(jc16)s)
"""


def main():
    ids, errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d problems); nothing written:" % len(errs), file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, body in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(body)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for rid, r in zip(ids, REPLIES):
            f.write(json.dumps(OrderedDict([("id", rid), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                                            ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")]),
                               ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(ids) + "\n")
    # read everything back
    back = [json.loads(line) for line in open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8")]
    assert [b["id"] for b in back] == ids
    assert all(set(b) == {"id", "text", "labels", "lang", "tags", "note", "context"} for b in back)
    assert all(b["tags"][0] in CATEGORIES and set(b["labels"]) <= ALLOWED for b in back)
    found = {}
    for root, _, files in os.walk(lib):
        for name in files:
            assert name.endswith(".txt")
            rel = os.path.relpath(os.path.join(root, name), lib)[:-4].replace(os.sep, "/")
            found[rel] = open(os.path.join(root, name), encoding="utf-8").read()
    assert found == dict(TEMPLATES)
    print("ok: %d templates, %d replies -> %s" % (len(found), len(back), HERE))
    print("categories:", dict(Counter(b["tags"][0] for b in back)))
    print("labels:", dict(Counter(l for b in back for l in b["labels"])), "| empty:", sum(1 for b in back if not b["labels"]))
    print("lang:", dict(Counter(b["lang"] for b in back)), "| traditional:", sum(1 for b in back if "traditional" in b["tags"]))


if __name__ == "__main__":
    main()
