#!/usr/bin/env python3
"""t30: hand-labelled, held-out test set for msglint's `template-required` policy.

Invented seller: Lumikoo Baby (strollers, car seats, the NestView baby monitors with
the Lumikoo Nest app, and WarmDrop bottle warmers), answering Amazon buyers in
English, Simplified Chinese and Traditional Chinese.

Every template and every reply below is a literal.  `python3 gen.py` runs the
self-checks first; only when they all pass does it (re)write library/,
replies.jsonl and README.md next to this file.  Exit status 1 on any failure.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter

BASE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t30"
TR = "template-required"


def lit(block):
    """A triple-quoted literal -> message text (outer blank lines and trailing blanks removed)."""
    lines = [ln.rstrip() for ln in block.strip("\n").split("\n")]
    return "\n".join(lines).strip("\n")


# ===========================================================================
# Templates: library/<id>.txt
# ===========================================================================
TEMPLATES = {}   # id -> text
TMETA = {}       # id -> (layout, topic)


def template(tid, layout, topic, body):
    if tid in TEMPLATES:
        raise SystemExit(f"duplicate template {tid}")
    TEMPLATES[tid] = lit(body)
    TMETA[tid] = (layout, topic)


# ---- English ---------------------------------------------------------------
template("en/monitor/app-pairing", "numbered steps", "connect the baby monitor camera to the Lumikoo Nest app", """
Hi {{buyer_name}},

Thanks for your message about connecting the {{model}} from order {{order_id}} to the Lumikoo Nest app.

Please follow these steps in order:

1. Plug the camera in and wait until the status light blinks green (about 30 seconds).
2. On your phone, turn on Bluetooth and connect to a 2.4 GHz Wi-Fi network.
3. Open the Lumikoo Nest app, tap the + icon and select {{model}}.
4. Type in the device ID printed on the label under the camera.
5. Enter your Wi-Fi password and keep the phone next to the camera until the light turns solid green.

If the app shows "Pairing failed", unplug the camera for ten seconds and start again from step 1.

Warm regards,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/monitor/connection-lost", "bullets", "parent unit keeps showing Connection lost", """
Hello {{buyer_name}},

I'm sorry the {{model}} keeps showing "Connection lost" on the parent unit.

This usually comes down to distance or interference. Please check the following:
- Keep the parent unit within 300 feet of the camera, with no more than two walls in between.
- Move the camera at least 3 feet away from microwaves, cordless phone bases and other monitors.
- Make sure both units run the same firmware version (Settings > About on the parent unit).
- Turn the parent unit off and on again, then wait for the link icon to show four bars.

If the message still appears after these checks, tell us how far apart the two units are and which room each one is in, and we will help you from there.

Best wishes,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/monitor/alerts/cry-detection", "hard-wrapped numbered steps", "cry-detection alert sensitivity in the app", """
Dear {{buyer_name}},

Thank you for asking about sound alerts on your {{model}}. You can make
cry detection more or less sensitive from the Lumikoo Nest app:

1. Open the app and tap the camera tile for the nursery.
2. Go to Settings > Alerts > Cry Detection.
3. Move the slider toward Low if you get alerts for small noises, or
   toward High if you are missing alerts.
4. Turn on Quiet Hours if you only want alerts at certain times of day.

Changes apply within a minute; there is no need to restart the camera.

Kind regards,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/stroller/fold-unfold", "hard-wrapped numbered steps", "one-hand fold and unfold of a stroller", """
Hi {{buyer_name}},

Here is how to fold the {{model}} with one hand:

1. Lock the rear brake and take any items out of the basket
   and cup holder.
2. Raise the seat back to its upright position; the frame will
   not fold while the seat is reclined.
3. Slide the button under the handlebar to the left and squeeze
   the trigger at the same time.
4. Push the handlebar forward and down until you hear the
   storage latch click.

To unfold, release the storage latch on the left side and lift the handlebar
until both side hinges click into place.

Thank you,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/stroller/wheel-care", "bullets (•)", "squeaky or dragging stroller wheels: cleaning and lubrication", """
Hello {{buyer_name}},

Thanks for letting us know that the wheels on your {{model}} have started to squeak or pull to one side.

A little care usually sorts this out:
• Take each wheel off (press the grey release button on the hub) and wipe sand and hair off the axle.
• Spray a small amount of silicone-based lubricant on the axle; avoid oil-based products, which attract dirt.
• Check the tyre pressure on air-filled wheels: 20 to 25 PSI is the recommended range.
• Click each wheel back on and tug it gently to make sure it is locked.

If one wheel still drags after cleaning, please send us a photo of the axle in this message thread so we can take a closer look.

Best regards,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/stroller/fabric-care", "label lines", "washing the seat pad, canopy and straps", """
Hi {{buyer_name}},

Here are the care instructions for the fabrics on your {{model}} (order {{order_id}}):

Seat pad: take it off, machine wash cold on a gentle cycle, and let it air dry.
Canopy: spot clean only with mild soap and a damp cloth; do not machine wash.
Harness straps: wipe with a damp cloth; never submerge the buckle.
Frame: wipe with a dry cloth after rain to prevent water spots.

Please do not use bleach or put any fabric part in the dryer, as heat can shrink the padding.

Thanks,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/car-seat/harness-fit", "numbered steps", "adjusting the car seat harness", """
Hello {{buyer_name}},

Thank you for your question about adjusting the harness on the {{model}}.

Please check the fit each time you buckle your child in:

1. Set the shoulder straps at or just below your child's shoulders when rear-facing, or at or just above them when forward-facing.
2. Move the headrest with the red handle at the top of the seat; the harness height moves with it.
3. Buckle both tongues and the chest clip, then pull the adjuster strap at the front until the harness is snug.
4. Do the pinch test: you should not be able to pinch any slack in the strap at the shoulder.
5. Slide the chest clip up to armpit level.

The full fitting guide is also in the printed manual that came in the box, on pages 14 to 19.

Kind regards,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/car-seat/install-check", "label lines + bullets", "checking a car seat installation", """
Dear {{buyer_name}},

Thanks for checking in about the installation of your {{model}}.

Installation mode: {{install_mode}}
Recline indicator: the bubble should sit fully inside the blue zone when rear-facing.
Tightness: the seat should not move more than 1 inch side to side at the belt path.

Common things to check:
- The LATCH strap or seat belt runs through the correct colour-coded belt path.
- The top tether is attached whenever the seat is used forward-facing.
- Only one method is used at a time: LATCH or seat belt, never both.

If the seat still moves more than an inch, please let us know the make, model and year of your vehicle and we will look up the fitting notes for it.

Regards,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/warmer/error-light", "bullets", "bottle warmer flashing red light", """
Hi {{buyer_name}},

Sorry to hear the {{model}} is flashing a red light instead of warming the bottle.

A flashing red light means the warmer has stopped itself for safety. It is usually one of these:
- The water tank is empty or below the MIN line. Add distilled water up to the mark for your bottle size.
- The warmer was switched on without a bottle in the basket. Switch it off, wait one minute and try again.
- Scale has built up on the heating plate. A descale usually clears it (see the care section of the manual).

If the light keeps flashing after you have checked all three, please reply with the batch number printed under the base and we will look into it.

Kind regards,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/warmer/descaling", "numbered steps", "descaling a bottle warmer", """
Hello {{buyer_name}},

Here is how to descale your {{model}}. We suggest doing this every two to four weeks, or more often if you have hard water.

1. Unplug the warmer and let it cool completely.
2. Mix 50 ml of white vinegar with 100 ml of water and pour it into the heating chamber.
3. Leave it to stand for 30 minutes; do not switch the warmer on.
4. Pour the mixture out and wipe the heating plate with a soft cloth.
5. Rinse the chamber twice with clean water before the next use.

Please avoid steel wool or abrasive cleaners, which can scratch the plate.

Best wishes,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/warranty/evidence", "bullets + label lines", "warranty claim: photos, video and serial number needed", """
Hello {{buyer_name}},

We are sorry the {{model}} is not working as it should. To open warranty claim {{claim_id}} for order {{order_id}}, we need a few details from you:

- A photo of the serial number label (stroller: under the seat; car seat: back of the shell; monitor and warmer: under the base).
- A short video or photos that show the problem.
- The date the problem started and what you have already tried.

Warranty period: 2 years from the delivery date
Claim reference: {{claim_id}}

Please attach the photos and video to a reply in this message thread. Once we have looked at them, we will confirm the next steps within two business days.

Sincerely,
{{agent_name}}
Lumikoo Baby Support
""")

template("en/review-request", "paragraphs", "neutral review request, once per order", """
Hi {{buyer_name}},

Thank you for your order {{order_id}}. We hope the {{model}} is making daily life with your little one a bit easier.

If you have a moment, would you share your experience with the {{model}} in a review on Amazon? Every honest review, whatever it says, helps other parents choose what is right for their family.

Best regards,
{{agent_name}}
Lumikoo Baby Support
""")

# ---- Simplified Chinese ----------------------------------------------------
template("zh/monitor/app-pairing", "编号步骤", "监视器摄像头连接 Lumikoo Nest 应用", """
{{buyer_name}}您好：

感谢您的来信。关于订单 {{order_id}} 中的 {{model}} 如何连接 Lumikoo Nest 应用，请按以下步骤操作：

1. 给摄像头通电，等待状态灯绿色闪烁（约 30 秒）。
2. 打开手机蓝牙，并连接 2.4GHz 的 Wi-Fi 网络。
3. 打开 Lumikoo Nest 应用，点击右上角的“+”，选择 {{model}}。
4. 输入摄像头底部标签上的设备编号。
5. 输入 Wi-Fi 密码，手机请放在摄像头旁边，直到指示灯变为绿色常亮。

如果应用提示“配对失败”，请拔掉电源 10 秒后从第 1 步重新开始。

祝您和宝宝一切顺利！
{{agent_name}}
Lumikoo Baby 客服团队
""")

template("zh/warmer/descaling", "中文序号步骤", "温奶器除垢", """
{{buyer_name}}，您好！

以下是 {{model}} 的除垢方法，建议每两到四周做一次；如果当地水质较硬，可以适当增加次数。

一、拔掉电源，等待温奶器完全冷却。
二、将 50 毫升白醋与 100 毫升清水混合，倒入加热槽。
三、静置 30 分钟，期间不要开机。
四、倒掉混合液，用软布擦拭加热盘。
五、下次使用前，用清水冲洗加热槽两遍。

请勿使用钢丝球或研磨性清洁剂，以免刮伤加热盘。

此致
{{agent_name}}
Lumikoo Baby 客服
""")

template("zh/stroller/fold", "硬换行分句", "推车单手折叠与展开", """
{{buyer_name}}您好：

{{model}} 的单手折叠方法如下：
先踩下后轮刹车，并清空置物篮和杯架里的物品；
把座椅靠背调到直立位置，座椅处于躺姿时车架无法折叠；
向左拨动把手下方的按钮，同时按住扳机键；
将把手向前向下压，听到收纳锁“咔哒”一声即可。

展开时，先打开左侧的收纳锁，再向上提起把手，
直到两侧铰链都卡到位。

如有其他疑问，欢迎在此消息中回复。
{{agent_name}}
Lumikoo Baby 客服团队
""")

template("zh/warranty-evidence", "标签行", "保修申请所需资料", """
{{buyer_name}}您好：

很抱歉 {{model}} 出现了问题。为了给订单 {{order_id}} 办理保修（申请编号 {{claim_id}}），请您提供以下资料：

序列号：请拍摄序列号标签（推车在座椅下方，安全座椅在椅背外壳，监视器和温奶器在底座下方）
故障情况：一段短视频或几张能看清问题的照片
补充说明：问题开始出现的日期，以及您已经尝试过的方法

保修期限：自签收之日起 2 年

请直接在本消息中回复并附上照片或视频，我们收到后会在两个工作日内告知后续处理方式。

{{agent_name}}
Lumikoo Baby 售后服务部
""")

template("zh/review-request", "段落", "中性邀评（每个订单一次）", """
{{buyer_name}}您好：

感谢您购买 {{model}}（订单号 {{order_id}}）。希望它能让您照顾宝宝时更轻松一些。

如果方便的话，欢迎您在亚马逊上写一条评论，分享对这款产品的真实使用体验。无论您的评价如何，都能帮助其他父母做出适合自己家庭的选择。

祝好！
{{agent_name}}
Lumikoo Baby 客服团队
""")

# ---- Traditional Chinese ---------------------------------------------------
template("zh-tw/car-seat/harness-fit", "編號步驟", "汽車安全座椅安全帶調整", """
{{buyer_name}} 您好：

感謝您詢問 {{model}} 的安全帶調整方式。每次幫孩子扣好安全帶時，請依照下列步驟確認：

1. 後向安裝時，肩帶應與孩子肩膀齊平或略低；前向安裝時，應齊平或略高。
2. 用座椅頂部的紅色把手調整頭枕，肩帶高度會一起移動。
3. 扣好兩個扣舌與胸扣後，拉緊前方的調節帶，直到安全帶貼合。
4. 進行捏帶測試：在肩膀處應無法捏起多餘的帶子。
5. 將胸扣調整到腋下高度。

完整的調整說明也在包裝內的紙本手冊第 14 至 19 頁。

敬祝 平安
{{agent_name}}
Lumikoo Baby 客服團隊
""")

template("zh-tw/monitor/connection-lost", "項目符號", "家長機顯示連線中斷", """
{{buyer_name}} 您好：

很抱歉 {{model}} 的家長機一直顯示「連線中斷」。這通常與距離或干擾有關，請檢查以下幾點：

• 家長機與攝影機的距離請保持在 90 公尺以內，中間最多隔兩道牆。
• 攝影機請遠離微波爐、無線電話座機及其他監視器至少 1 公尺。
• 確認兩台裝置的韌體版本相同（家長機「設定 > 關於」）。
• 將家長機關機後重新開機，等待連線圖示顯示四格。

若檢查後仍出現此訊息，請告訴我們兩台裝置相距多遠、分別放在哪個房間，我們會繼續協助您。

{{agent_name}} 敬上
Lumikoo Baby 客服團隊
""")

template("zh-tw/stroller/fabric-care", "標籤行", "推車布料清潔方式", """
{{buyer_name}} 您好：

以下是 {{model}}（訂單 {{order_id}}）各部分布料的清潔方式：

座墊：可拆下以冷水、柔和模式機洗，並自然晾乾。
遮陽篷：請勿機洗，用溫和肥皂與濕布局部擦拭即可。
安全帶：用濕布擦拭，卡扣請勿泡水。
車架：淋雨後請用乾布擦乾，避免留下水漬。

請勿使用漂白劑，也不要將任何布料放入烘衣機，高溫可能使襯墊縮水。

謝謝您！
{{agent_name}}
Lumikoo Baby 客服團隊
""")

template("zh-tw/review-request", "段落", "中性邀請評論（每筆訂單一次）", """
{{buyer_name}} 您好：

感謝您在訂單 {{order_id}} 中選購 {{model}}，希望它讓您和寶寶的日常更輕鬆。

若您有空，歡迎在亞馬遜上撰寫評論，分享您對這項產品的真實使用心得。不論內容如何，您的分享都能幫助其他家長做出適合自己家庭的選擇。

祝 闔家平安
{{agent_name}}
Lumikoo Baby 客服團隊
""")


# ===========================================================================
# Replies
# ===========================================================================
REPLIES = []
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")


def tfamily(tid):
    return tid.split("/", 1)[0]          # en | zh | zh-tw


def _add(cat, lang, labels, tags, note, text=None, tid=None, values=None, **extra):
    tags = [cat] + list(tags)
    if tid and tfamily(tid) == "zh-tw" and "traditional" not in tags:
        tags.append("traditional")
    src = extra.get("src")
    if src and tfamily(src) == "zh-tw" and "traditional" not in tags:
        tags.append("traditional")
    head = tid or src
    rec = dict(id=f"{PREFIX}-{len(REPLIES) + 1:03d}", cat=cat, lang=lang, labels=list(labels),
               tags=tags, note=(f"{head}: {note}" if head else note), tpl=tid, values=values,
               text=text)
    rec.update(extra)
    REPLIES.append(rec)


def tlang(tid):
    return "en" if tfamily(tid) == "en" else "zh"


def exact(tid, values, tags, note):
    """Template rendered verbatim with realistic values."""
    _add("filled-template", tlang(tid), [], ["exact"] + tags, "exact fill; " + note,
         tid=tid, values=values)


def edited(tid, values, tags, note, text, missing=()):
    """Template filled and lightly edited by an agent; full text as a literal."""
    _add("filled-template", tlang(tid), [], ["edited"] + tags, "edited fill; " + note,
         text=lit(text), tid=tid, values=values, missing=list(missing))


def free(cat, lang, labels, tags, note, text, **extra):
    _add(cat, lang, labels, tags, note, text=lit(text), **extra)


def paraphrase(src, lang, tags, note, text):
    """Non-logistics answer that covers the topic of template `src` in the same
    language but is reworded so heavily that it no longer matches it."""
    free("rewritten", lang, ["template-required"], ["paraphrase"] + tags, note, text, src=src)


def tviolation(tid, values, labels, tags, jc, note, text):
    """A template-based reply with a violating sentence added or worked in."""
    _add("violating", tlang(tid), labels, ["template-based"] + tags, note, text=lit(text),
         tid=tid, values=values, jc=jc)


def render(tid, values):
    return PH_RE.sub(lambda m: values.get(m.group(1), ""), TEMPLATES[tid])


def text_of(r):
    return r["text"] if r["text"] is not None else render(r["tpl"], r["values"])


LONG_MONITOR = ("Lumikoo NestView 2 Baby Monitor with Camera and Audio, 5-Inch HD Parent Unit, "
                "Lumikoo Nest App, Cry Detection, Night Vision, Room Temperature Sensor, "
                "Two-Way Talk, White")
LONG_SEAT = ("Lumikoo SafeRide 360 Convertible Car Seat, Rotating Rear- and Forward-Facing, "
             "5-Point Harness, 10-Position Headrest, Machine-Washable Cover, Slate Grey")


# ---------------------------------------------------------------------------
# filled-template, exact (labels [])
# ---------------------------------------------------------------------------
exact("en/monitor/app-pairing",
      {"buyer_name": "Megan", "model": "Lumikoo NestView 2 Baby Monitor",
       "order_id": "111-2849306-5517283", "agent_name": "Harriet Quayle"}, [], "plain values")
exact("en/monitor/connection-lost",
      {"buyer_name": "Mr. Delgado", "model": LONG_MONITOR, "agent_name": "Desmond Ibekwe"},
      ["long-value"], "model is the full 150+ character Amazon product title")
exact("en/monitor/alerts/cry-detection",
      {"buyer_name": "Aisha", "model": "Lumikoo NestView Mini", "agent_name": "Rosalind Park"},
      [], "plain values; hard-wrapped template")
exact("en/stroller/fold-unfold",
      {"buyer_name": "Jonah", "model": "Lumikoo Glide S3 Stroller", "agent_name": "Felix Marchetti"},
      [], "plain values; hard-wrapped template")
exact("en/stroller/wheel-care",
      {"buyer_name": "Ms. Farrow", "model": "Lumikoo Trek AT Jogging Stroller",
       "agent_name": "Harriet Quayle"}, [], "plain values")
exact("en/stroller/fabric-care",
      {"buyer_name": "Caleb", "model": "Lumikoo Glide S3 Stroller",
       "order_id": "113-7720491-0368152 / 113-7720491-0368153", "agent_name": "Desmond Ibekwe"},
      ["multi-value"], "two order ids in the one order_id slot")
exact("en/car-seat/harness-fit",
      {"buyer_name": "Renata", "model": LONG_SEAT, "agent_name": "Rosalind Park"},
      ["long-value"], "model is a 150+ character product title")
exact("en/car-seat/install-check",
      {"buyer_name": "Oliver and Grace", "model": "Lumikoo SafeRide Infant Car Seat",
       "install_mode": "rear-facing with the LATCH connectors", "agent_name": "Felix Marchetti"},
      [], "install_mode filled with a short phrase")
exact("en/warmer/error-light",
      {"buyer_name": "Dmitri", "model": "Lumikoo WarmDrop Bottle Warmer", "agent_name": "Harriet Quayle"},
      [], "plain values")
exact("en/warmer/descaling",
      {"buyer_name": "Lena", "model": "Lumikoo WarmDrop Duo", "agent_name": "Desmond Ibekwe"},
      [], "plain values")
exact("en/warranty/evidence",
      {"buyer_name": "Marcus", "model": "Lumikoo NestView 2 Baby Monitor", "claim_id": "LBW-240913-07",
       "order_id": "112-3358017-9946205", "agent_name": "Rosalind Park"},
      [], "claim_id appears twice")
exact("en/review-request",
      {"buyer_name": "Hannah", "order_id": "114-6091832-4470519", "model": "Lumikoo Glide S3 Stroller",
       "agent_name": "Felix Marchetti"}, ["review-request"], "neutral review request, first for the order")
exact("zh/monitor/app-pairing",
      {"buyer_name": "王女士", "order_id": "111-8834275-2063948", "model": "Lumikoo NestView 2 婴儿监视器",
       "agent_name": "宋雨桐"}, [], "plain values")
exact("zh/warmer/descaling",
      {"buyer_name": "李先生", "model": "WarmDrop 温奶器", "agent_name": "许文博"}, [], "plain values")
exact("zh/stroller/fold",
      {"buyer_name": "陈悦", "model": "Glide S3 婴儿推车", "agent_name": "杜佳怡"}, [],
      "plain values; hard-wrapped template")
exact("zh/warranty-evidence",
      {"buyer_name": "张先生", "model": "SafeRide 360 安全座椅", "order_id": "113-5502769-8812034",
       "claim_id": "LBW-241022-15", "agent_name": "宋雨桐"}, [], "plain values")
exact("zh/review-request",
      {"buyer_name": "刘女士", "model": "WarmDrop Duo 双瓶温奶器", "order_id": "112-0947583-3615726",
       "agent_name": "许文博"}, ["review-request"], "neutral review request, first for the order")
exact("zh-tw/car-seat/harness-fit",
      {"buyer_name": "張小姐", "model": "SafeRide 360 汽車安全座椅", "agent_name": "林品妤"}, [],
      "plain values")
exact("zh-tw/monitor/connection-lost",
      {"buyer_name": "陳先生", "model": "NestView 2 嬰兒監視器", "agent_name": "蔡宗翰"}, [],
      "plain values")
exact("zh-tw/stroller/fabric-care",
      {"buyer_name": "黃太太", "model": "Glide S3 嬰兒推車", "order_id": "114-2276408-7759310",
       "agent_name": "林品妤"}, [], "plain values")

# ---------------------------------------------------------------------------
# filled-template, lightly edited by the agent (labels [])
# ---------------------------------------------------------------------------
edited("en/monitor/app-pairing",
       {"buyer_name": "Kofi", "model": "Lumikoo NestView 2 Baby Monitor",
        "order_id": "111-6619052-1843697", "agent_name": "Desmond Ibekwe"},
       ["line-added"], "friendly line added before the sign-off", """
Hi Kofi,

Thanks for your message about connecting the Lumikoo NestView 2 Baby Monitor from order 111-6619052-1843697 to the Lumikoo Nest app.

Please follow these steps in order:

1. Plug the camera in and wait until the status light blinks green (about 30 seconds).
2. On your phone, turn on Bluetooth and connect to a 2.4 GHz Wi-Fi network.
3. Open the Lumikoo Nest app, tap the + icon and select Lumikoo NestView 2 Baby Monitor.
4. Type in the device ID printed on the label under the camera.
5. Enter your Wi-Fi password and keep the phone next to the camera until the light turns solid green.

If the app shows "Pairing failed", unplug the camera for ten seconds and start again from step 1.

Hope this helps, and congratulations on the new arrival!

Warm regards,
Desmond Ibekwe
Lumikoo Baby Support
""")

edited("en/monitor/connection-lost",
       {"buyer_name": "Sadie", "model": "Lumikoo NestView 2", "agent_name": "Rosalind Park"},
       ["sentence-dropped", "line-added", "signoff-changed"], "the 'distance or interference' sentence dropped; 'Hope this helps!' added; Best wishes -> All the best", """
Hello Sadie,

I'm sorry the Lumikoo NestView 2 keeps showing "Connection lost" on the parent unit.

Please check the following:
- Keep the parent unit within 300 feet of the camera, with no more than two walls in between.
- Move the camera at least 3 feet away from microwaves, cordless phone bases and other monitors.
- Make sure both units run the same firmware version (Settings > About on the parent unit).
- Turn the parent unit off and on again, then wait for the link icon to show four bars.

If the message still appears after these checks, tell us how far apart the two units are and which room each one is in, and we will help you from there. Hope this helps!

All the best,
Rosalind Park
Lumikoo Baby Support
""")

edited("en/monitor/alerts/cry-detection",
       {"buyer_name": "Ethan", "model": "Lumikoo NestView 2 Baby Monitor", "agent_name": "Felix Marchetti"},
       ["greeting-changed", "word-changed"], "Dear -> Hi; 'apply' -> 'take effect'", """
Hi Ethan,

Thank you for asking about sound alerts on your Lumikoo NestView 2 Baby Monitor. You can make
cry detection more or less sensitive from the Lumikoo Nest app:

1. Open the app and tap the camera tile for the nursery.
2. Go to Settings > Alerts > Cry Detection.
3. Move the slider toward Low if you get alerts for small noises, or
   toward High if you are missing alerts.
4. Turn on Quiet Hours if you only want alerts at certain times of day.

Changes take effect within a minute; there is no need to restart the camera.

Kind regards,
Felix Marchetti
Lumikoo Baby Support
""")

edited("en/stroller/fold-unfold",
       {"buyer_name": "Beatriz", "model": "Lumikoo Glide S3 Stroller", "agent_name": "Harriet Quayle"},
       ["line-added"], "apology line added after the greeting", """
Hi Beatriz,

Sorry the fold has been giving you trouble!

Here is how to fold the Lumikoo Glide S3 Stroller with one hand:

1. Lock the rear brake and take any items out of the basket
   and cup holder.
2. Raise the seat back to its upright position; the frame will
   not fold while the seat is reclined.
3. Slide the button under the handlebar to the left and squeeze
   the trigger at the same time.
4. Push the handlebar forward and down until you hear the
   storage latch click.

To unfold, release the storage latch on the left side and lift the handlebar
until both side hinges click into place.

Thank you,
Harriet Quayle
Lumikoo Baby Support
""")

edited("en/stroller/wheel-care",
       {"buyer_name": "Noor", "model": "Lumikoo Glide S3 Stroller", "agent_name": "Desmond Ibekwe"},
       ["sentence-dropped"], "tyre-pressure bullet dropped (the Glide S3 has foam wheels)", """
Hello Noor,

Thanks for letting us know that the wheels on your Lumikoo Glide S3 Stroller have started to squeak or pull to one side.

A little care usually sorts this out:
• Take each wheel off (press the grey release button on the hub) and wipe sand and hair off the axle.
• Spray a small amount of silicone-based lubricant on the axle; avoid oil-based products, which attract dirt.
• Click each wheel back on and tug it gently to make sure it is locked.

If one wheel still drags after cleaning, please send us a photo of the axle in this message thread so we can take a closer look.

Best regards,
Desmond Ibekwe
Lumikoo Baby Support
""")

edited("en/stroller/fabric-care",
       {"buyer_name": "Wes", "model": "Lumikoo Trek AT Jogging Stroller",
        "order_id": "114-9165230-6024785", "agent_name": "Rosalind Park"},
       ["word-changed", "signoff-changed"], "'after rain' -> 'after a rainy walk'; Thanks -> Many thanks", """
Hi Wes,

Here are the care instructions for the fabrics on your Lumikoo Trek AT Jogging Stroller (order 114-9165230-6024785):

Seat pad: take it off, machine wash cold on a gentle cycle, and let it air dry.
Canopy: spot clean only with mild soap and a damp cloth; do not machine wash.
Harness straps: wipe with a damp cloth; never submerge the buckle.
Frame: wipe with a dry cloth after a rainy walk to prevent water spots.

Please do not use bleach or put any fabric part in the dryer, as heat can shrink the padding.

Many thanks,
Rosalind Park
Lumikoo Baby Support
""")

edited("en/car-seat/harness-fit",
       {"buyer_name": "Imogen", "model": "Lumikoo SafeRide 360 Convertible Car Seat",
        "agent_name": "Felix Marchetti"},
       ["line-added"], "'Hope this helps' line added", """
Hello Imogen,

Thank you for your question about adjusting the harness on the Lumikoo SafeRide 360 Convertible Car Seat.

Please check the fit each time you buckle your child in:

1. Set the shoulder straps at or just below your child's shoulders when rear-facing, or at or just above them when forward-facing.
2. Move the headrest with the red handle at the top of the seat; the harness height moves with it.
3. Buckle both tongues and the chest clip, then pull the adjuster strap at the front until the harness is snug.
4. Do the pinch test: you should not be able to pinch any slack in the strap at the shoulder.
5. Slide the chest clip up to armpit level.

The full fitting guide is also in the printed manual that came in the box, on pages 14 to 19.

Hope this helps! Let us know if the straps still feel loose.

Kind regards,
Felix Marchetti
Lumikoo Baby Support
""")

edited("en/car-seat/install-check",
       {"buyer_name": "Tariq", "model": "Lumikoo SafeRide 360 Convertible Car Seat",
        "install_mode": "forward-facing with the vehicle seat belt and top tether",
        "agent_name": "Harriet Quayle"},
       ["greeting-changed", "line-added"], "Dear -> Hello; thank-you line added before the sign-off", """
Hello Tariq,

Thanks for checking in about the installation of your Lumikoo SafeRide 360 Convertible Car Seat.

Installation mode: forward-facing with the vehicle seat belt and top tether
Recline indicator: the bubble should sit fully inside the blue zone when rear-facing.
Tightness: the seat should not move more than 1 inch side to side at the belt path.

Common things to check:
- The LATCH strap or seat belt runs through the correct colour-coded belt path.
- The top tether is attached whenever the seat is used forward-facing.
- Only one method is used at a time: LATCH or seat belt, never both.

If the seat still moves more than an inch, please let us know the make, model and year of your vehicle and we will look up the fitting notes for it.

Thanks for your patience.

Regards,
Harriet Quayle
Lumikoo Baby Support
""")

edited("en/warmer/error-light",
       {"buyer_name": "Ruth", "model": "Lumikoo WarmDrop Bottle Warmer", "agent_name": "Desmond Ibekwe"},
       ["sentence-changed", "sentence-dropped"], "manual pointer in the third bullet replaced by an offer to send the steps; 'Switch it off, wait one minute' dropped", """
Hi Ruth,

Sorry to hear the Lumikoo WarmDrop Bottle Warmer is flashing a red light instead of warming the bottle.

A flashing red light means the warmer has stopped itself for safety. It is usually one of these:
- The water tank is empty or below the MIN line. Add distilled water up to the mark for your bottle size.
- The warmer was switched on without a bottle in the basket.
- Scale has built up on the heating plate. A descale usually clears it; I can send you the steps if that helps.

If the light keeps flashing after you have checked all three, please reply with the batch number printed under the base and we will look into it.

Kind regards,
Desmond Ibekwe
Lumikoo Baby Support
""")

edited("en/warmer/descaling",
       {"buyer_name": "Mrs. Lindgren", "model": "Lumikoo WarmDrop Bottle Warmer", "agent_name": "Rosalind Park"},
       ["word-changed", "line-added"], "'two to four weeks' -> 'two to three weeks'; 'Hope this helps!' added", """
Hello Mrs. Lindgren,

Here is how to descale your Lumikoo WarmDrop Bottle Warmer. We suggest doing this every two to three weeks, or more often if you have hard water.

1. Unplug the warmer and let it cool completely.
2. Mix 50 ml of white vinegar with 100 ml of water and pour it into the heating chamber.
3. Leave it to stand for 30 minutes; do not switch the warmer on.
4. Pour the mixture out and wipe the heating plate with a soft cloth.
5. Rinse the chamber twice with clean water before the next use.

Please avoid steel wool or abrasive cleaners, which can scratch the plate. Hope this helps!

Best wishes,
Rosalind Park
Lumikoo Baby Support
""")

edited("en/warranty/evidence",
       {"buyer_name": "Mr. Haddad", "model": "Lumikoo Trek AT Jogging Stroller", "claim_id": "LBW-241105-03",
        "order_id": "111-4402987-7316520", "agent_name": "Felix Marchetti"},
       ["sentence-dropped", "signoff-changed"], "'Warranty period' label line dropped; Sincerely -> Thank you for your patience", """
Hello Mr. Haddad,

We are sorry the Lumikoo Trek AT Jogging Stroller is not working as it should. To open warranty claim LBW-241105-03 for order 111-4402987-7316520, we need a few details from you:

- A photo of the serial number label (stroller: under the seat; car seat: back of the shell; monitor and warmer: under the base).
- A short video or photos that show the problem.
- The date the problem started and what you have already tried.

Claim reference: LBW-241105-03

Please attach the photos and video to a reply in this message thread. Once we have looked at them, we will confirm the next steps within two business days.

Thank you for your patience,
Felix Marchetti
Lumikoo Baby Support
""")

edited("en/review-request",
       {"buyer_name": "Ms. Brennan", "order_id": "113-8270364-1985403",
        "model": "Lumikoo WarmDrop Bottle Warmer", "agent_name": "Harriet Quayle"},
       ["greeting-changed", "word-changed", "line-added", "review-request"], "Hi -> Hello; 'a bit easier' -> 'a little easier'; thank-you line added", """
Hello Ms. Brennan,

Thank you for your order 113-8270364-1985403. We hope the Lumikoo WarmDrop Bottle Warmer is making daily life with your little one a little easier.

If you have a moment, would you share your experience with the Lumikoo WarmDrop Bottle Warmer in a review on Amazon? Every honest review, whatever it says, helps other parents choose what is right for their family.

Thanks again for choosing Lumikoo.

Best regards,
Harriet Quayle
Lumikoo Baby Support
""")

edited("zh/monitor/app-pairing",
       {"buyer_name": "赵明", "order_id": "112-5039178-4472096", "model": "NestView Mini",
        "agent_name": "杜佳怡"},
       ["line-added"], "添加一句“希望对您有帮助！”", """
赵明您好：

感谢您的来信。关于订单 112-5039178-4472096 中的 NestView Mini 如何连接 Lumikoo Nest 应用，请按以下步骤操作：

1. 给摄像头通电，等待状态灯绿色闪烁（约 30 秒）。
2. 打开手机蓝牙，并连接 2.4GHz 的 Wi-Fi 网络。
3. 打开 Lumikoo Nest 应用，点击右上角的“+”，选择 NestView Mini。
4. 输入摄像头底部标签上的设备编号。
5. 输入 Wi-Fi 密码，手机请放在摄像头旁边，直到指示灯变为绿色常亮。

如果应用提示“配对失败”，请拔掉电源 10 秒后从第 1 步重新开始。希望对您有帮助！

祝您和宝宝一切顺利！
杜佳怡
Lumikoo Baby 客服团队
""")

edited("zh/warmer/descaling",
       {"buyer_name": "孙女士", "model": "WarmDrop Duo 双瓶温奶器", "agent_name": "宋雨桐"},
       ["sentence-dropped"], "删去“如果当地水质较硬……”半句", """
孙女士，您好！

以下是 WarmDrop Duo 双瓶温奶器 的除垢方法，建议每两到四周做一次。

一、拔掉电源，等待温奶器完全冷却。
二、将 50 毫升白醋与 100 毫升清水混合，倒入加热槽。
三、静置 30 分钟，期间不要开机。
四、倒掉混合液，用软布擦拭加热盘。
五、下次使用前，用清水冲洗加热槽两遍。

请勿使用钢丝球或研磨性清洁剂，以免刮伤加热盘。

此致
宋雨桐
Lumikoo Baby 客服
""")

edited("zh/stroller/fold",
       {"buyer_name": "周先生", "model": "Trek AT 慢跑推车", "agent_name": "许文博"},
       ["line-added"], "问候后加一句“抱歉让您久等了。”", """
周先生您好：

抱歉让您久等了。Trek AT 慢跑推车 的单手折叠方法如下：
先踩下后轮刹车，并清空置物篮和杯架里的物品；
把座椅靠背调到直立位置，座椅处于躺姿时车架无法折叠；
向左拨动把手下方的按钮，同时按住扳机键；
将把手向前向下压，听到收纳锁“咔哒”一声即可。

展开时，先打开左侧的收纳锁，再向上提起把手，
直到两侧铰链都卡到位。

如有其他疑问，欢迎在此消息中回复。
许文博
Lumikoo Baby 客服团队
""")

edited("zh/warranty-evidence",
       {"buyer_name": "黄佳", "model": "NestView 2 婴儿监视器", "order_id": "114-1783025-9350671",
        "claim_id": "LBW-241130-22", "agent_name": "杜佳怡"},
       ["word-changed", "line-added"], "“两个工作日”改为“三个工作日”；加一句致歉", """
黄佳您好：

很抱歉 NestView 2 婴儿监视器 出现了问题，给您带来不便，深表歉意。为了给订单 114-1783025-9350671 办理保修（申请编号 LBW-241130-22），请您提供以下资料：

序列号：请拍摄序列号标签（推车在座椅下方，安全座椅在椅背外壳，监视器和温奶器在底座下方）
故障情况：一段短视频或几张能看清问题的照片
补充说明：问题开始出现的日期，以及您已经尝试过的方法

保修期限：自签收之日起 2 年

请直接在本消息中回复并附上照片或视频，我们收到后会在三个工作日内告知后续处理方式。

杜佳怡
Lumikoo Baby 售后服务部
""")

edited("zh/review-request",
       {"buyer_name": "吴女士", "model": "Glide S3 婴儿推车", "order_id": "111-3590264-8127743",
        "agent_name": "宋雨桐"},
       ["sentence-dropped", "signoff-changed", "review-request"], "删去“希望它能让您照顾宝宝时更轻松一些。”；“祝好！”改为“祝宝宝健康成长！”", """
吴女士您好：

感谢您购买 Glide S3 婴儿推车（订单号 111-3590264-8127743）。

如果方便的话，欢迎您在亚马逊上写一条评论，分享对这款产品的真实使用体验。无论您的评价如何，都能帮助其他父母做出适合自己家庭的选择。

祝宝宝健康成长！
宋雨桐
Lumikoo Baby 客服团队
""")

edited("zh-tw/car-seat/harness-fit",
       {"buyer_name": "王先生", "model": "SafeRide 嬰兒提籃式安全座椅", "agent_name": "蔡宗翰"},
       ["line-added"], "結尾加一句「希望以上說明對您有幫助！」", """
王先生 您好：

感謝您詢問 SafeRide 嬰兒提籃式安全座椅 的安全帶調整方式。每次幫孩子扣好安全帶時，請依照下列步驟確認：

1. 後向安裝時，肩帶應與孩子肩膀齊平或略低；前向安裝時，應齊平或略高。
2. 用座椅頂部的紅色把手調整頭枕，肩帶高度會一起移動。
3. 扣好兩個扣舌與胸扣後，拉緊前方的調節帶，直到安全帶貼合。
4. 進行捏帶測試：在肩膀處應無法捏起多餘的帶子。
5. 將胸扣調整到腋下高度。

完整的調整說明也在包裝內的紙本手冊第 14 至 19 頁。希望以上說明對您有幫助！

敬祝 平安
蔡宗翰
Lumikoo Baby 客服團隊
""")

edited("zh-tw/stroller/fabric-care",
       {"buyer_name": "李小姐", "model": "Trek AT 慢跑推車", "order_id": "113-0628451-4096317",
        "agent_name": "林品妤"},
       ["sentence-dropped"], "刪去「車架」一行", """
李小姐 您好：

以下是 Trek AT 慢跑推車（訂單 113-0628451-4096317）各部分布料的清潔方式：

座墊：可拆下以冷水、柔和模式機洗，並自然晾乾。
遮陽篷：請勿機洗，用溫和肥皂與濕布局部擦拭即可。
安全帶：用濕布擦拭，卡扣請勿泡水。

請勿使用漂白劑，也不要將任何布料放入烘衣機，高溫可能使襯墊縮水。

謝謝您！
林品妤
Lumikoo Baby 客服團隊
""")

edited("zh-tw/review-request",
       {"buyer_name": "劉先生", "order_id": "112-6814039-2257160", "model": "NestView 2 嬰兒監視器",
        "agent_name": "蔡宗翰"},
       ["signoff-changed", "review-request"], "「祝 闔家平安」改為「祝 寶寶健康快樂」", """
劉先生 您好：

感謝您在訂單 112-6814039-2257160 中選購 NestView 2 嬰兒監視器，希望它讓您和寶寶的日常更輕鬆。

若您有空，歡迎在亞馬遜上撰寫評論，分享您對這項產品的真實使用心得。不論內容如何，您的分享都能幫助其他家長做出適合自己家庭的選擇。

祝 寶寶健康快樂
蔡宗翰
Lumikoo Baby 客服團隊
""")


# ---------------------------------------------------------------------------
# logistics: free-written, only shipping / delivery / tracking / returns /
# refunds of returns / address / customs (labels [])
# ---------------------------------------------------------------------------
LOG = "logistics"
free(LOG, "en", [], ["tracking"], "free-written: shipped, UPS tracking and expected day", """
Hi Megan,

Thanks for checking on order 113-3087741-5290468. Your Glide S3 Stroller left our warehouse yesterday with UPS, tracking number 1Z8F47A20391846275, and UPS currently expects to deliver it on Thursday.

You can follow the package under Your Orders on Amazon at any time.

Best regards,
Harriet Quayle
Lumikoo Baby Support
""")
free(LOG, "en", [], ["delay"], "free-written: weather delay at the carrier hub", """
Hello Mr. Abernathy,

I'm sorry your car seat has not arrived yet. The tracking for order 112-7451926-0638841 shows the box has been held at the FedEx hub in Memphis since Monday because of the ice storm there. FedEx now estimates delivery on Saturday.

We are keeping an eye on it. If the status has not moved by Monday, please reply here and we will ask FedEx to open a trace or send a replacement shipment.

Kind regards,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(LOG, "en", [], ["not-received"], "free-written: marked delivered but not found", """
Dear Ms. Ochoa,

I'm sorry to hear the package is marked as delivered but is not at your door. Carriers sometimes scan a parcel as delivered a day early, or leave it with a neighbour, in a parcel locker or at a side entrance.

Could you check those spots and give it until tomorrow evening? If the bottle warmer still has not turned up by then, reply to this message and we will either ship a replacement or refund order 114-3028857-6610492, whichever you prefer.

Sincerely,
Rosalind Park
Lumikoo Baby Support
""")
free(LOG, "en", [], ["address-change"], "free-written: address updated before dispatch", """
Hi Jonah,

Good news: order 111-9734612-0251876 had not been packed yet, so we updated the shipping address to:

2210 Wrenfield Court, Unit 5
Alder Springs, CO 80921

The stroller will ship tomorrow, and the new address will show on the tracking page once the label is created.

Thanks,
Felix Marchetti
Lumikoo Baby Support
""")
free(LOG, "en", [], ["cancellation", "near-miss"], "free-written: order cancelled before shipping (word 'cancel')", """
Hello Priyanka,

As requested, we have cancelled order 113-6150948-7402235 for the WarmDrop Duo before it shipped. You have not been charged, and any pending authorization should disappear from your card within a few days, depending on your bank.

Best,
Harriet Quayle
Lumikoo Baby Support
""")
free(LOG, "en", [], ["return"], "free-written: how to return an unopened car seat", """
Hi Mr. Whitcombe,

No problem. Since the SafeRide Infant Car Seat is still sealed, you can send it back through Amazon: go to Your Orders, choose order 112-8845013-3379260, click Return or Replace Items and pick the reason that fits best. Amazon will then show you the drop-off points near you and the prepaid return label.

The return window for this order is open until June 14.

Kind regards,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(LOG, "en", [], ["refund-of-return"], "free-written: refund issued after the return arrived", """
Hello Ms. Kowalczyk,

Your returned WarmDrop Bottle Warmer reached our warehouse this morning, and we have issued the refund for order 114-5520679-8163042 to your original payment method.

Depending on your bank it can take 3 to 5 business days to appear on your statement.

Best regards,
Rosalind Park
Lumikoo Baby Support
""")
free(LOG, "en", [], ["exchange"], "free-written: exchange for another colour through the return flow", """
Hi Lucia,

You can swap the Glide S3 in Sand for the Midnight colour through Amazon. When you start the return under Your Orders for order 111-2096473-5580134, choose "Exchange" and select Midnight. The replacement ships as soon as the carrier scans the return package.

Midnight is in stock at the moment, so there should be no wait.

Thank you,
Felix Marchetti
Lumikoo Baby Support
""")
free(LOG, "en", [], ["customs"], "free-written: customs and import charges for a shipment to Canada", """
Hello Mr. Tremblay,

Your order 113-4718302-9906427 is being shipped to Canada through Amazon's international shipping. The import fees deposit you paid at checkout covers the customs duties and taxes, so there should be nothing to pay at the door.

The package cleared customs in Toronto yesterday and is now with Canada Post for the final delivery.

Regards,
Harriet Quayle
Lumikoo Baby Support
""")
free(LOG, "en", [], ["damaged-in-transit", "near-miss"], "free-written: screen cracked in transit, replacement shipped (names the product and its damage, but only moves goods)", """
Hi Aaron,

I'm so sorry the parent unit of your NestView 2 arrived with a cracked screen. That clearly happened in transit.

We have shipped a replacement today with USPS, tracking 9400111899223057441682, and it should arrive within two to three days. Please send the damaged set back with the prepaid label you will find under Your Orders for order 112-6390185-2274406 within 30 days.

Kind regards,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(LOG, "en", [], ["split-shipment"], "free-written: stroller and bassinet ship in two boxes", """
Hello Mrs. Achebe,

Your order 114-8802146-3351790 was sent in two boxes: the Trek AT frame and the bassinet travel separately. The first box was delivered on Tuesday; the second one is with UPS under tracking 1Z4R19E60374412958 and should reach you on Friday.

Nothing is missing from the order, it is just arriving in two parts.

Best wishes,
Rosalind Park
Lumikoo Baby Support
""")
free(LOG, "en", [], ["address"], "free-written: carrier cannot deliver a bulky box to a PO box", """
Hi Gideon,

The carrier has let us know that the Trek AT box is too large for PO Box 4418, so it cannot be delivered to the address on order 111-7365029-8840152.

Could you reply with a street address for the delivery? Once we have it, we will update the shipment and send you the new delivery date.

Thanks,
Felix Marchetti
Lumikoo Baby Support
""")
free(LOG, "en", [], ["delivery-instructions"], "free-written: leaving the package in the garage", """
Hello Natasha,

Delivery notes such as "leave in the garage" are set in your Amazon account: go to Your Addresses, choose the address for order 113-1957234-6628071 and add your instructions under Delivery Instructions. The driver will see them on the day of delivery.

The car seat is scheduled to arrive on Wednesday between 10 am and 2 pm.

Best regards,
Harriet Quayle
Lumikoo Baby Support
""")
free(LOG, "en", [], ["return-window"], "free-written: return window question", """
Hi Ms. Lindqvist,

Yes, there is still time. Order 112-4073318-5519624 was delivered on May 2, so the return window stays open until June 1. You can start the return from Your Orders whenever you are ready, and Amazon will give you the label and drop-off options.

Kind regards,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(LOG, "en", [], ["refund-of-return"], "free-written: when the refund for a shipped-back monitor will arrive", """
Dear Kwame,

Thanks for sending the NestView Mini back. The tracking shows it is on its way to our warehouse and should arrive by Thursday. We issue the refund for order 114-2951867-0437713 as soon as the package is checked in, and you will get a confirmation from Amazon when it goes through.

Sincerely,
Rosalind Park
Lumikoo Baby Support
""")
free(LOG, "en", [], ["wrong-item", "near-miss"], "free-written: wrong colour shipped, correct one sent and prepaid return label", """
Hi Camille,

You are right, we sent the Glide S3 in Sand instead of the Midnight colour you ordered. I'm sorry for the mix-up.

The Midnight stroller shipped this afternoon with UPS, tracking 1Z6W02K80319547720. For the Sand one, please use the prepaid return label we attached to order 111-5846021-9073385 under Your Orders; there is no charge for sending it back.

Best,
Felix Marchetti
Lumikoo Baby Support
""")
free(LOG, "en", [], ["missing-part-shipment", "near-miss"], "free-written: missing cup holder sent separately (names a part, only ships it)", """
Hello Mr. Sandoval,

I'm sorry the cup holder was missing from your Trek AT box. We have sent one out separately today with USPS, tracking 9205590164917312750398, and it should arrive within three business days.

You don't need to return anything for this.

Kind regards,
Harriet Quayle
Lumikoo Baby Support
""")
free(LOG, "en", [], ["gift-return", "near-miss"], "free-written: return by a gift recipient (words 'gift card balance', no review in sight)", """
Hi Ellie,

Since the warmer was a gift, you can return it without the buyer being notified. Use the gift return page in your Amazon account and enter order 113-9018476-2284031; the refund will be issued to you as an Amazon gift card balance once the package reaches us.

Best regards,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(LOG, "en", [], ["duplicate-order", "near-miss"], "free-written: duplicate order cancelled (words 'remove', 'cancel')", """
Hello Mr. Park,

It looks like the car seat was ordered twice by accident, so we have cancelled the second order, 112-3386705-7142259, and removed it from our shipping queue. The first order, 112-3386705-7142258, is unchanged and ships today.

You will only be charged once.

Regards,
Rosalind Park
Lumikoo Baby Support
""")
free(LOG, "en", [], ["return-received"], "free-written: short note that the return has arrived", """
Hi Tanvi,

Just a quick note: your return for order 114-6673950-1820468 arrived at our warehouse on March 4, and the refund has been sent to your original payment method.

Thanks,
Felix Marchetti
""")
free(LOG, "zh", [], ["tracking"], "free-written: USPS 物流单号与预计送达", """
陈女士您好：

您的订单 111-4709285-3364017 已于昨天发出，承运商为 USPS，物流单号 9400111899223086315270，预计本周五送达。

您可以随时在亚马逊“我的订单”中查看物流进度。

许文博
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["address-change", "near-miss"], "free-written: 修改收货地址（含“修改”）", """
马先生您好：

您的订单 113-2284901-6075938 还没有打包，我们已经按您的要求修改了收货地址：

北卡罗来纳州 Cedar Hollow 市 Birchline 路 918 号，邮编 27514

推车将于明天发货，新的地址会在生成运单后显示在物流页面上。

杜佳怡
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["cancellation", "near-miss"], "free-written: 取消订单（含“取消”）", """
您好，韩女士：

已按您的要求取消订单 112-9530176-4418623，商品尚未发出，不会产生任何费用。银行卡上的预授权通常会在几个工作日内自动解除，具体时间以银行为准。

宋雨桐
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["return"], "free-written: 退货流程", """
郭先生您好：

安全座椅如果还没有拆封，可以直接在亚马逊“我的订单”中找到订单 114-0836527-9912460，点击“退货或更换商品”，选择合适的原因即可。系统会提供预付退货标签和附近的投递点。

这笔订单的退货期限到 7 月 20 日为止。

许文博
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["refund-of-return"], "free-written: 退货后退款到账时间", """
林女士您好：

您退回的温奶器已于今天到达我们的仓库，订单 111-5062398-7734105 的退款已经原路退回到您的付款账户。

根据银行不同，一般需要 3 到 5 个工作日到账，请留意账户变动。

杜佳怡
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["customs"], "free-written: 国际运输清关与进口税", """
何先生您好：

您的订单 113-7193620-5528416 通过亚马逊国际物流寄往香港，下单时支付的进口费用押金已经包含关税和税费，签收时无需再付款。

包裹目前正在清关，预计两到三天后交给本地快递派送。

宋雨桐
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["not-received"], "free-written: 显示已签收但未收到", """
徐女士您好：

很抱歉，包裹显示已签收，但您还没有收到。快递员有时会提前一天扫描签收，或者把包裹放在邻居家、快递柜或侧门。

麻烦您先查看一下这些地方，并等到明天晚上。如果仍然找不到，请直接回复此消息，我们会为订单 112-8471035-6690218 重新发货或办理退款，由您选择。

许文博
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["damaged-in-transit", "near-miss"], "free-written: 运输途中外箱破损、推车划伤，已补发（提到商品与损坏，但只涉及寄送）", """
罗先生您好：

非常抱歉，推车在运输途中外箱破损，车架也被划伤了。我们已经为您补发一台新的 Glide S3，今天通过 UPS 寄出，单号 1Z9V57T30482167034，预计三天内送达。

受损的那台请在 30 天内用订单 114-9247610-3385172 下的预付标签寄回即可。

杜佳怡
Lumikoo Baby 客服团队
""")
free(LOG, "zh", [], ["traditional", "tracking"], "free-written: 物流追蹤與預計送達", """
黃小姐 您好：

您的訂單 111-3816402-7759024 已於今天出貨，由 UPS 配送，追蹤編號 1Z2H80X40315968827，預計下週一送達。

您可以隨時在亞馬遜的「我的訂單」查看最新的配送狀態。

林品妤
Lumikoo Baby 客服團隊
""")
free(LOG, "zh", [], ["traditional", "return"], "free-written: 退貨流程與預付標籤", """
陳太太 您好：

嬰兒監視器若想退貨，請到亞馬遜「我的訂單」找到訂單 113-6027419-8841352，點選「退貨或更換商品」並選擇原因，系統會提供預付的退貨標籤與附近的寄件地點。

我們收到退回的包裹後，會在兩個工作天內辦理退款。

蔡宗翰
Lumikoo Baby 客服團隊
""")
free(LOG, "zh", [], ["traditional", "address-change", "delay"], "free-written: 更改地址後出貨日延後一天", """
吳先生 您好：

已依照您的要求，將訂單 112-1590843-6627305 的收件地址更改為新的公司地址。因為需要重新產生運單，出貨時間會延後一天，預計下週三送達。

造成不便，敬請見諒。

林品妤
Lumikoo Baby 客服團隊
""")
free(LOG, "mixed", [], ["bilingual", "tracking"], "free-written: bilingual (English, then Simplified Chinese) tracking update", """
Hi Wei,

Your order 114-4128570-9036641 shipped today with UPS, tracking 1Z7K33M50462091186, and should arrive on Monday.

您好，您的订单已于今天通过 UPS 发出，单号同上，预计周一送达。

Best regards / 祝好
Harriet Quayle
Lumikoo Baby Support
""")
free(LOG, "mixed", [], ["code-switched", "return"], "free-written: Simplified Chinese code-switched with English UI labels (return label)", """
张女士您好：

您的 return 已经通过审核。请到 Amazon 的 Your Orders 页面，找到订单 111-8209374-5563018，点击 Return or Replace Items，然后下载 prepaid return label，贴在箱子上送到 UPS Store 即可。

包裹被 scan 之后，退款会在 3 到 5 个工作日内退回原付款方式。

杜佳怡
Lumikoo Baby 客服团队
""")
free(LOG, "mixed", [], ["bilingual", "address-change"], "free-written: bilingual address confirmation before shipping", """
Hello Mr. Liang,

We have updated the delivery address on order 113-5374106-2298857 to 77 Harborview Lane, Apt 12C, Port Ellison, WA 98110. The car seat ships tomorrow.

梁先生您好，订单的收货地址已更新为上述新地址，安全座椅将于明天发货。

Regards,
Desmond Ibekwe
Lumikoo Baby Support
""")


# ---------------------------------------------------------------------------
# rewritten: non-logistics answers written freely or heavily reworded, far
# from every template (labels [template-required])
# ---------------------------------------------------------------------------
RW = "rewritten"
paraphrase("en/monitor/app-pairing", "en", [], "heavily reworded in casual prose; no template sentence kept", """
Hey Tamsin,

Pairing trouble is almost always the Wi-Fi band. The NestView 2 only talks to 2.4 GHz, so if your router merges both bands under one name, split them for a few minutes or stand close to the router while you add the camera. Bluetooth on your phone has to be on too, since the app finds the camera that way first.

Give it another go and tell me which screen it stops on if it still won't connect.

Cheers,
Harriet
""")
paraphrase("en/monitor/connection-lost", "en", [], "same topic, different advice (white-noise machine, plaster walls)", """
Hi Mr. Oyelaran,

That drop-out you describe at night is most likely the baby's white-noise machine or a second monitor sitting on the same channel. Try unplugging the noise machine for one evening; if the link stays up, move it to the other side of the cot. Thick plaster walls in older houses can also eat a lot of the range, so putting the parent unit on the landing rather than in the bedroom often makes a big difference.

Let me know how the test night goes.

Desmond
Lumikoo Baby Support
""")
paraphrase("en/monitor/alerts/cry-detection", "en", [], "same topic as prose, no steps", """
Hello Freya,

Getting pinged every time the dog barks sounds exhausting! The sensitivity of the sound alerts is adjustable in the app, under the alert settings for that camera; the lowest level only reacts to sustained crying of several seconds. You might also like the night-time schedule option, which mutes alerts outside the hours you choose.

All the best,
Rosalind Park
Lumikoo Baby Support
""")
paraphrase("en/stroller/fold-unfold", "en", [], "conversational version of the fold instructions", """
Hi Mateo,

The Glide S3 is fussy about one thing when folding: the seat has to be sitting up straight. If it is even slightly reclined the frame locks itself. So sit the seat up, empty the basket, then slide the little switch under the handle and squeeze. It should drop forward in one go and latch on its own.

Good luck, and tell me if it still sticks!

Felix
""")
paraphrase("en/stroller/wheel-care", "en", [], "short free answer on a squeaky wheel", """
Hi Ms. Drummond,

A squeak on the front wheel usually means grit has worked into the swivel. Pop the wheel off, rinse the axle under a tap, dry it and add a drop of silicone spray. That normally quiets it straight away.

Harriet Quayle
Lumikoo Baby Support
""")
paraphrase("en/stroller/fabric-care", "en", [], "free answer on washing the seat pad after a spill", """
Hello Joel,

Milk spills happen to everyone! The seat liner unzips and can go in the washing machine on a cold, gentle cycle. Hang it to dry instead of tumbling it. The sun canopy is better cleaned by hand with a little soapy water.

Best,
Desmond Ibekwe
Lumikoo Baby Support
""")
paraphrase("en/car-seat/harness-fit", "en", [], "prose explanation of harness height and the pinch test", """
Hi Anneliese,

For a rear-facing baby the straps should come out of the seat level with or slightly below the shoulders, which on the SafeRide 360 you set by raising or lowering the headrest. Once buckled, try to pinch the webbing at the collarbone; if you can grab a fold of strap, tighten a little more. The chest clip sits level with the armpits.

Warmly,
Rosalind
""")
paraphrase("en/car-seat/install-check", "en", [], "free answer on a wobbly installation", """
Hello Mr. Faraday,

A little movement at the top of a rear-facing seat is normal; what matters is the belt path. Grip the seat where the LATCH strap passes through and push side to side. If it shifts less than an inch there, the install is tight. If it moves more, put your knee in the seat and pull the strap again while pressing down.

Regards,
Felix Marchetti
Lumikoo Baby Support
""")
paraphrase("en/warmer/error-light", "en", [], "free answer on a warmer that stops with a red light", """
Hi Georgia,

When the WarmDrop stops with a blinking red light it has protected itself, usually because it ran dry. Top it up with water to the line that matches your bottle and start it again with the bottle already in place. If your water is hard, a white crust on the plate can cause the same thing, and cleaning that off fixes it.

Harriet
Lumikoo Baby Support
""")
paraphrase("en/warmer/descaling", "en", [], "descaling with citric acid instead of vinegar, in prose", """
Hello Ms. Varga,

If you would rather not use vinegar, a teaspoon of citric acid dissolved in warm water works just as well on the WarmDrop. Let it sit in the cold warmer for about twenty minutes, tip it out, wipe the plate and run two rinses with plain water. Once a month is plenty for most homes.

Best wishes,
Desmond
""")
paraphrase("en/warranty/evidence", "en", [], "free rewording of the warranty evidence request", """
Hi Mr. Calloway,

Sorry the canopy hinge snapped. So that we can sort this out under warranty, could you send us, right here in this conversation, a picture of the sticker with the serial number (it is under the seat on the Glide S3) and a clip or photo of the broken hinge? A line about when it happened would help too.

Thanks,
Rosalind Park
Lumikoo Baby Support
""")
paraphrase("en/review-request", "en", ["review-request"], "free-written neutral review request, far from the template", """
Hi Priya,

It was lovely helping you get the monitor set up last week. Whenever you have a spare minute, other parents would find your honest impressions of the NestView 2 useful, and you can post them as a review on the product page on Amazon. No pressure at all.

Take care,
Harriet Quayle
Lumikoo Baby Support
""")
free(RW, "en", [TR], ["no-template-topic"], "product question with no template: monitor without Wi-Fi", """
Hello Mr. Brandt,

Yes, the NestView 2 works without Wi-Fi. The camera and the parent unit talk to each other over their own radio link, so video, sound and cry alerts on the parent unit all work even if your internet is down. Only the phone app and remote viewing need Wi-Fi.

Regards,
Felix Marchetti
Lumikoo Baby Support
""")
free(RW, "en", [TR], ["no-template-topic"], "product question with no template: infant seat on the stroller frame", """
Hi Olivia,

The SafeRide Infant Car Seat clicks straight onto the Glide S3 frame. Remove the stroller seat first, then lower the car seat onto the two mounts beside the handlebar hinges until both sides click. Pull up gently on the carry handle to check it is locked before you set off.

Best regards,
Rosalind Park
Lumikoo Baby Support
""")
free(RW, "en", [TR], ["no-template-topic"], "product question with no template: warming times", """
Hello Ms. Nakamura,

From fridge temperature, a 5 oz bottle takes about four minutes on the WarmDrop and an 8 oz bottle about six. Breast milk bags take a little less. The warmer beeps and switches to keep-warm mode on its own, so it is fine if you can't get to it right away.

Kind regards,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(RW, "zh", [TR], ["cross-language"], "free Chinese answer on the red light; the error-light template exists only in English", """
郑女士您好：

温奶器红灯一直闪，一般是加热槽里的水太少，机器自动停止了加热。请先加水到与奶瓶大小对应的刻度线，再放好奶瓶重新开机。如果您家的水比较硬，加热盘上积的白色水垢也会引起同样的情况，清理干净后就能恢复正常。

宋雨桐
Lumikoo Baby 客服团队
""")
paraphrase("zh/monitor/app-pairing", "zh", [], "free Chinese paraphrase (5GHz cause, Bluetooth)", """
高先生您好：

配网不成功，最常见的原因是手机连的是 5GHz 的网络。NestView 2 只支持 2.4GHz，建议您在路由器设置里把两个频段分开，或者配网时离路由器近一点。另外手机蓝牙一定要打开，应用是先通过蓝牙找到摄像头的。

您再试一次，如果还是卡住，告诉我们停在哪个页面就好。

许文博
""")
free(RW, "zh", [TR], ["cross-language"], "free Chinese answer on squeaky wheels; the wheel-care template exists only in English", """
蒋女士您好：

前轮有吱吱声，多半是沙子或头发卡进了转向轴。您可以按下轮毂上的灰色按钮把轮子卸下来，把轴擦干净，再喷一点硅基润滑剂，一般马上就安静了。不要用食用油或机油，容易粘灰。

杜佳怡
Lumikoo Baby 客服团队
""")
free(RW, "zh", [TR], ["cross-language"], "free Chinese answer on car seat installation; only an English install template exists", """
曹先生您好：

安全座椅装好后，请握住安全带穿过的位置左右晃一晃，移动不超过一英寸就说明装得够紧。反向安装时，侧面的水平气泡要在蓝色区域内。另外，ISOFIX（LATCH）接口和车上的安全带只能二选一，不要同时使用。

宋雨桐
Lumikoo Baby 客服团队
""")
free(RW, "zh", [TR], ["cross-language"], "free Chinese answer on cry alerts; only an English cry-detection template exists", """
沈女士您好：

哭声提醒太频繁的话，可以在应用里打开这台摄像头的提醒设置，把灵敏度调低一些，这样只有持续几秒的哭声才会推送。如果晚上不想被打扰，也可以设置一个免打扰时段。

许文博
Lumikoo Baby 客服团队
""")
paraphrase("zh/warranty-evidence", "zh", [], "free Chinese rewording of the evidence request", """
彭先生您好：

遇到这种情况真的很抱歉。为了尽快帮您走保修流程，麻烦您在这里回复我们三样东西：座椅底下贴纸上的序列号照片、一段能看到故障的小视频，以及大概从哪天开始出现问题。收到后我们会尽快给您答复。

杜佳怡
""")
free(RW, "zh", [TR], ["traditional", "cross-language"], "free Traditional Chinese answer on app pairing; pairing templates exist only in en and zh", """
鄭小姐 您好：

配對失敗多半是因為手機連到 5GHz 網路。NestView Mini 只支援 2.4GHz，請在設定時讓手機連上 2.4GHz，並開啟藍牙，再靠近攝影機重新加入裝置。如果畫面一直停在同一步，請告訴我們是哪個步驟，我們再一起看看。

蔡宗翰
Lumikoo Baby 客服團隊
""")
free(RW, "zh", [TR], ["traditional", "cross-language"], "free Traditional Chinese answer on descaling; descaling templates exist only in en and zh", """
許太太 您好：

溫奶器底部的白色痕跡是水垢，不影響安全。建議每個月用檸檬酸加溫水浸泡約二十分鐘，倒掉後用軟布擦乾淨，再用清水沖兩次就可以了。請不要用菜瓜布刷，以免刮傷加熱盤。

林品妤
Lumikoo Baby 客服團隊
""")
free(RW, "zh", [TR], ["traditional", "cross-language"], "free Traditional Chinese answer on folding; fold templates exist only in en and zh", """
楊先生 您好：

推車收不起來時，請先確認座椅靠背是直立的，只要稍微躺平，車架就會鎖住。把靠背調直、置物籃清空後，撥動把手下方的開關並按住扳機，整台車就能往前收好，聽到「喀」一聲就是鎖定了。

蔡宗翰
Lumikoo Baby 客服團隊
""")
free(RW, "mixed", [TR], ["code-switched"], "free troubleshooting, Simplified Chinese code-switched with English app terms", """
Hi 韩先生，

画面一直 loading 的话，请先在 Lumikoo Nest app 里打开 Settings，然后点 About 看一下 firmware version。如果不是最新的，点 Update now，更新大概需要五分钟，期间不要拔电源。更新完成后 restart 一下 camera，通常就好了。

Desmond
Lumikoo Baby Support
""")
paraphrase("en/stroller/fabric-care", "mixed", ["bilingual"], "free bilingual (English, then Simplified Chinese) answer on the same topic", """
Hi Jia,

The seat liner can go in the washing machine on a cold, gentle cycle; please let it air dry. Clean the canopy by hand with mild soap.

座椅内衬可以冷水轻柔模式机洗，请自然晾干；遮阳篷请用温和的肥皂手洗。

Rosalind Park
Lumikoo Baby Support
""")


# ---------------------------------------------------------------------------
# mixed-logistics: a logistics reply that also carries a free-written
# non-logistics part (troubleshooting, usage advice) (labels [template-required])
# ---------------------------------------------------------------------------
ML = "mixed-logistics"
free(ML, "en", [TR], ["tracking", "setup-advice"], "tracking update plus free setup advice for the monitor", """
Hi Sebastian,

Your NestView 2 is out for delivery today with Amazon Logistics, tracking TBA304917258000, so it should be with you this evening.

When it arrives, charge the parent unit for a full three hours before you pair it with the camera; a half-charged unit tends to drop the link during the first setup.

Best regards,
Harriet Quayle
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["return", "troubleshooting"], "return instructions plus free troubleshooting before sending it back", """
Hello Ms. Pemberton,

You can return the WarmDrop from Your Orders under order 111-0473829-6615204; Amazon will give you a prepaid label and the nearest drop-off point.

Before you send it back, though, it may be worth one more try: the red blinking usually means the water level was under the MIN mark. Fill it to the line for your bottle size and start it with the bottle already in the basket. If it warms normally, you can simply close the return.

Kind regards,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["exchange", "usage-advice"], "exchange through the return flow plus usage advice for a newborn", """
Hi Daniela,

To swap the Glide S3 for the Midnight colour, start a return under Your Orders for order 113-2740581-9382016 and choose "Exchange"; the new stroller ships once the carrier scans your return.

Since your little one is only six weeks old, keep the seat fully reclined with the leg rest raised until she can sit up with support, and use the five-point harness every ride.

Best,
Felix Marchetti
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["delay", "install-advice"], "delivery delay plus free installation advice", """
Hello Mr. Jovanovic,

I'm sorry the car seat is running late; FedEx moved the delivery for order 112-9604127-3385561 to Thursday because of a sorting backlog.

Once it arrives, install it rear-facing with the LATCH connectors, then kneel in the seat and pull the strap tight. At the belt path it should not move more than an inch in any direction. The level bubble on the side must sit in the blue zone for a newborn.

Regards,
Rosalind Park
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["address-change", "usage-advice"], "address change plus a tip on folding the stroller for a small trunk", """
Hi Alina,

Done: order 114-3319508-2746170 will now go to your parents' address in Maple Ridge, and it still ships tomorrow.

Since you mentioned a small trunk, take the wheels off before folding; they click off with the grey hub buttons and the folded frame then fits upright behind the seats.

Thanks,
Harriet Quayle
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["refund-of-return", "usage-advice"], "refund of the returned second camera plus advice for the one kept", """
Hello Mr. Osei,

The second camera you sent back has arrived and the refund for it has gone to your original payment method; it should show within 3 to 5 business days.

For the camera you kept, mounting it on the wall about 3 feet above the crib, angled down, gives the best night view and keeps the cable out of reach.

Best wishes,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["missing-part-shipment", "troubleshooting"], "replacement wheel shipped plus an interim squeak fix", """
Hi Ms. Castellano,

A replacement front wheel for your Trek AT shipped this morning with USPS, tracking 9205590164917398103746, and should arrive by Saturday.

Until then, you can quiet the old wheel by taking it off, wiping the axle clean and adding a little silicone spray; that usually stops the squeak for a few weeks.

Kind regards,
Rosalind Park
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["customs", "usage-advice"], "customs note plus voltage advice for the warmer", """
Hello Mrs. Fairbanks,

Your WarmDrop is on its way to the UK through Amazon's international shipping; the import charges were prepaid at checkout, so there is nothing to pay on delivery.

One thing to know before you use it: the warmer is built for 120 V, so in the UK it needs a step-down voltage converter, not just a plug adapter, or the heating element can burn out.

Regards,
Felix Marchetti
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["cancellation", "troubleshooting"], "cancellation plus a suggestion to retry pairing on 2.4 GHz", """
Hi Bronwyn,

We have cancelled the second NestView Mini on order 111-8257046-3310928 as you asked, so only one camera will ship.

About the first one not connecting: most of the time the phone was on the 5 GHz network during setup. If you switch your phone to the 2.4 GHz network, turn Bluetooth on and try again close to the router, it should pair.

Best,
Desmond Ibekwe
Lumikoo Baby Support
""")
free(ML, "en", [TR], ["tracking", "usage-advice"], "tracking plus free advice on cry alerts", """
Hello Mr. Ruiz,

Your replacement NestView 2 shipped yesterday with UPS, tracking 1Z3T58J70427705193, and is due on Wednesday.

You also asked about alerts waking you for every sniffle: in the app you can lower the cry sensitivity for the nursery camera, and a schedule lets you silence alerts during the day when you are in the room anyway.

Kind regards,
Rosalind Park
Lumikoo Baby Support
""")
free(ML, "zh", [TR], ["tracking", "setup-advice"], "物流单号 + 配网建议", """
冯女士您好：

您的 NestView 2 已于今天通过 UPS 发出，单号 1Z5E71P20398452617，预计周四送达。

收到后配网时，请让手机连接 2.4GHz 的 Wi-Fi，并打开蓝牙，站在路由器附近操作，一般一次就能成功。

宋雨桐
Lumikoo Baby 客服团队
""")
free(ML, "zh", [TR], ["return", "usage-advice"], "退货说明 + 温奶器使用建议", """
唐先生您好：

如需退货，请在“我的订单”中找到订单 114-6810392-5573208，点击“退货或更换商品”，系统会提供预付退货标签。

不过在寄回之前，您也可以再试一次：加热前先把水加到对应奶瓶的刻度线，并确认奶瓶已经放好再开机。很多时候红灯闪烁只是因为水位不够。

许文博
Lumikoo Baby 客服团队
""")
free(ML, "zh", [TR], ["address-change", "usage-advice"], "修改地址 + 推车收车小技巧", """
董女士您好：

订单 112-0591746-8834027 的收货地址已改为您公司的地址，仍然明天发货。

另外提醒一下，推车折叠前一定要先把靠背调直，座椅躺平时车架是收不起来的；收好之后可以竖着放进后备箱。

杜佳怡
Lumikoo Baby 客服团队
""")
free(ML, "zh", [TR], ["refund-of-return", "usage-advice"], "退货退款 + 安全座椅肩带调整建议", """
叶先生您好：

您退回的提篮已经到仓，退款已原路退回，3 到 5 个工作日内到账。

关于您留下的那台 SafeRide 360：孩子反向乘坐时，肩带应与肩膀齐平或略低，扣好后在锁骨处捏不起多余的带子才算够紧，胸扣放在腋下的高度。

宋雨桐
Lumikoo Baby 客服团队
""")
free(ML, "zh", [TR], ["traditional", "tracking", "troubleshooting"], "物流追蹤 + 監視器連線建議（繁體）", """
蘇小姐 您好：

補寄的家長機已於今天交給 UPS，追蹤編號 1Z8N26D40351187462，預計後天送達。

在新機器到貨前，您可以先把攝影機移到離微波爐遠一點的位置，並讓家長機與攝影機之間少隔一道牆，通常連線會穩定許多。

林品妤
Lumikoo Baby 客服團隊
""")
free(ML, "mixed", [TR], ["code-switched", "tracking", "care-advice"], "code-switched Chinese/English: tracking plus a descaling tip", """
Hi 邓女士，

您的 WarmDrop Duo 已经 shipped，tracking number 是 1Z0P94C30418826505，预计 Friday 送达。

Tip：如果您家是 hard water，建议每两周用白醋和清水 descale 一次，加热盘不容易结垢，温奶速度也会更稳定。

Harriet Quayle
Lumikoo Baby Support
""")


# ---------------------------------------------------------------------------
# violating: breaks a content policy; template-required decided by the
# judgement calls (JC) below
# ---------------------------------------------------------------------------
VI = "violating"
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"

tviolation("en/review-request",
           {"buyer_name": "Courtney", "order_id": "113-4460821-7093315",
            "model": "Lumikoo NestView 2 Baby Monitor", "agent_name": "Felix Marchetti"},
           [RI], ["incentive"], "A", "exact fill plus an appended gift card offer for a five-star review", """
Hi Courtney,

Thank you for your order 113-4460821-7093315. We hope the Lumikoo NestView 2 Baby Monitor is making daily life with your little one a bit easier.

If you have a moment, would you share your experience with the Lumikoo NestView 2 Baby Monitor in a review on Amazon? Every honest review, whatever it says, helps other parents choose what is right for their family. As a thank-you, we will send a $15 Amazon gift card to everyone who leaves a 5-star review.

Best regards,
Felix Marchetti
Lumikoo Baby Support
""")
tviolation("en/review-request",
           {"buyer_name": "Mr. Halvorsen", "order_id": "112-5187304-2649970",
            "model": "Lumikoo SafeRide 360 Convertible Car Seat", "agent_name": "Harriet Quayle"},
           [RI], ["gating"], "A", "fill edited into review gating: review only if happy, otherwise message us instead", """
Hi Mr. Halvorsen,

Thank you for your order 112-5187304-2649970. We hope the Lumikoo SafeRide 360 Convertible Car Seat is making daily life with your little one a bit easier.

If you are happy with it, would you share your experience with the Lumikoo SafeRide 360 Convertible Car Seat in a review on Amazon? If anything is not perfect, please message us first instead of posting a review, and we will make it right.

Best regards,
Harriet Quayle
Lumikoo Baby Support
""")
tviolation("en/warmer/descaling",
           {"buyer_name": "Yolanda", "model": "Lumikoo WarmDrop Bottle Warmer", "agent_name": "Desmond Ibekwe"},
           [MKT], ["promo-code", "launch"], "A", "exact fill plus a P.S. announcing a launch with a discount code", """
Hello Yolanda,

Here is how to descale your Lumikoo WarmDrop Bottle Warmer. We suggest doing this every two to four weeks, or more often if you have hard water.

1. Unplug the warmer and let it cool completely.
2. Mix 50 ml of white vinegar with 100 ml of water and pour it into the heating chamber.
3. Leave it to stand for 30 minutes; do not switch the warmer on.
4. Pour the mixture out and wipe the heating plate with a soft cloth.
5. Rinse the chamber twice with clean water before the next use.

Please avoid steel wool or abrasive cleaners, which can scratch the plate.

P.S. Our new Lumikoo FormulaPro dispenser launches next week. Use code NEST15 for 15% off your first order!

Best wishes,
Desmond Ibekwe
Lumikoo Baby Support
""")
tviolation("en/monitor/connection-lost",
           {"buyer_name": "Ms. Abara", "model": "Lumikoo NestView 2", "agent_name": "Rosalind Park"},
           [OPC], ["phone", "messaging-app"], "A", "fill whose closing request moves the buyer to WhatsApp at a phone number", """
Hello Ms. Abara,

I'm sorry the Lumikoo NestView 2 keeps showing "Connection lost" on the parent unit.

This usually comes down to distance or interference. Please check the following:
- Keep the parent unit within 300 feet of the camera, with no more than two walls in between.
- Move the camera at least 3 feet away from microwaves, cordless phone bases and other monitors.
- Make sure both units run the same firmware version (Settings > About on the parent unit).
- Turn the parent unit off and on again, then wait for the link icon to show four bars.

If the message still appears after these checks, send a photo of both units on WhatsApp to (415) 555-0148 and we will help you from there.

Best wishes,
Rosalind Park
Lumikoo Baby Support
""")
tviolation("en/warranty/evidence",
           {"buyer_name": "Mr. Lindahl", "model": "Lumikoo Glide S3 Stroller", "claim_id": "LBW-241209-11",
            "order_id": "114-7035816-3928401", "agent_name": "Felix Marchetti"},
           [OPC], ["email"], "A", "fill that asks for the evidence at an e-mail address instead of in the thread", """
Hello Mr. Lindahl,

We are sorry the Lumikoo Glide S3 Stroller is not working as it should. To open warranty claim LBW-241209-11 for order 114-7035816-3928401, we need a few details from you:

- A photo of the serial number label (stroller: under the seat; car seat: back of the shell; monitor and warmer: under the base).
- A short video or photos that show the problem.
- The date the problem started and what you have already tried.

Warranty period: 2 years from the delivery date
Claim reference: LBW-241209-11

Please email the photos and video to claims@lumikoo-baby.com. Once we have looked at them, we will confirm the next steps within two business days.

Sincerely,
Felix Marchetti
Lumikoo Baby Support
""")
tviolation("zh/review-request",
           {"buyer_name": "钱女士", "model": "Glide S3 婴儿推车", "order_id": "111-9348026-5107763",
            "agent_name": "杜佳怡"},
           [RI], ["incentive"], "A", "exact fill plus 五星好评截图返现", """
钱女士您好：

感谢您购买 Glide S3 婴儿推车（订单号 111-9348026-5107763）。希望它能让您照顾宝宝时更轻松一些。

如果方便的话，欢迎您在亚马逊上写一条评论，分享对这款产品的真实使用体验。无论您的评价如何，都能帮助其他父母做出适合自己家庭的选择。留下五星好评并截图回复，我们将返现 10 美元。

祝好！
杜佳怡
Lumikoo Baby 客服团队
""")
tviolation("zh-tw/review-request",
           {"buyer_name": "鄧小姐", "order_id": "113-2805961-4471038", "model": "WarmDrop 溫奶器",
            "agent_name": "林品妤"},
           [RI], ["gating"], "A", "fill plus 不滿意請先私訊、不要留評 (review gating)", """
鄧小姐 您好：

感謝您在訂單 113-2805961-4471038 中選購 WarmDrop 溫奶器，希望它讓您和寶寶的日常更輕鬆。

若您有空，歡迎在亞馬遜上撰寫評論，分享您對這項產品的真實使用心得。不論內容如何，您的分享都能幫助其他家長做出適合自己家庭的選擇。如果您不滿意，請先私訊我們，不要直接留下評論。

祝 闔家平安
林品妤
Lumikoo Baby 客服團隊
""")
free(VI, "en", [OPC], ["phone", "logistics-context"], "free-written delivery scheduling that asks the buyer to call the seller's own warehouse", """
Hi Mr. Eriksen,

The Trek AT on order 112-4498305-6671042 is a large box, and the freight company needs a delivery appointment. To pick a day that suits you, please call our warehouse directly at (312) 555-0163 between 9 am and 5 pm.

Thanks,
Harriet Quayle
Lumikoo Baby Support
""", jc="B")
free(VI, "zh", [OPC], ["messaging-app", "logistics-context"], "free-written return-label reply that moves the buyer to WeChat", """
邱女士您好：

退货标签我们这边已经准备好了。为了方便沟通，请加我们的微信 lumikoo_cs，我们会把标签直接发给您，您打印后贴在箱子上寄回即可。

宋雨桐
Lumikoo Baby 客服团队
""", jc="B")
free(VI, "mixed", [OPC], ["link", "bilingual", "logistics-context"], "free-written bilingual tracking reply that links to the seller's own tracking site", """
Hi Mr. Zhou,

Your car seat shipped today. You can follow it on our own tracking page: https://track.lumikoo-baby.com/LB884201376

周先生您好，安全座椅今天已发货，请点击上面的链接查看物流进度。

Desmond Ibekwe
Lumikoo Baby Support
""", jc="B")
free(VI, "en", [OPC, TR], ["email"], "free-written troubleshooting that asks for a video by e-mail", """
Hi Shauna,

A picture that freezes every few minutes usually points to the camera's power supply. Please plug it straight into a wall socket rather than a power strip, and make sure you are using the original 5 V adapter. If it still freezes, record a short clip of the screen and email it to help@lumikoo-baby.com so our engineers can take a look.

Rosalind Park
Lumikoo Baby Support
""", jc="C")
free(VI, "zh", [RI, TR], ["incentive"], "free-written warmer advice ending with 好评返现", """
蔡女士您好：

温奶器加热慢，可能是奶瓶放进去之前在冰箱里冷藏太久，建议先在常温下放几分钟再加热；另外水位要加到刻度线。问题解决的话，麻烦给我们一个五星好评，截图发给我们即可返现 5 美元。

许文博
Lumikoo Baby 客服团队
""", jc="C")
free(VI, "en", [RI, TR], ["five-star"], "free-written review request asking for five stars (far from en/review-request)", """
Hi Joanna,

So glad the Glide S3 is working out for your family! Would you mind taking a minute to leave us a 5-star review on Amazon? It really helps a small business like ours stand out.

Felix
Lumikoo Baby Support
""", jc="D")
free(VI, "en", [MKT, TR], ["promo-code", "cross-sell"], "free-written message that is only a sale announcement with a coupon", """
Hello Mrs. Donnelly,

Great news for WarmDrop owners: our whole nursery range, including the NestView 2 monitor and the Glide S3 stroller, is 25% off this weekend only. Enter coupon LUMI25 at checkout to claim your discount before Sunday night.

Happy shopping!
Harriet Quayle
Lumikoo Baby Support
""", jc="D")
free(VI, "en", [RI, TR], ["change-review", "logistics-context"], "free-written refund-of-return reply that asks the buyer to update a 1-star review", """
Hi Mr. Voss,

Your returned bottle warmer arrived yesterday and the refund for order 111-6032784-9951206 is on its way to your card.

Now that everything is sorted, would you consider updating or removing the 1-star review you left on the product page?

Thanks,
Desmond Ibekwe
Lumikoo Baby Support
""", jc="E")
free(VI, "zh", [MKT, TR], ["promo-code", "launch", "logistics-context"], "free-written delivery-delay reply with a new-product promo code", """
方先生您好：

很抱歉，您的订单 113-8720459-1164385 因仓库爆仓延迟发货，预计后天发出，发货后会第一时间告诉您物流单号。

另外，我们的新款双向语音监视器本周上市，下单时输入优惠码 NEW20 可享八折优惠，欢迎选购！

杜佳怡
Lumikoo Baby 客服团队
""", jc="E")


# ===========================================================================
# Judgement calls for the violating category
# ===========================================================================
JUDGEMENT = {
    "A": ("Template fill plus one violating sentence -> content policy only.",
          "interface.md defines `template-required` by two tests only: the message is not about "
          "logistics, and it does not match an approved template closely enough. Whether a sentence "
          "is compliant is not one of the tests. A fill with one violating sentence appended, or one "
          "sentence swapped for a violating one (gift card for 5 stars, review gating, a promo-code "
          "P.S., a WhatsApp number or e-mail address as the reply channel), is the same size of edit "
          "as the 'friendly line added' fills labelled `[]`; it still matches its template (difflib "
          "ratio >= 0.70, own template nearest). The violation is flagged by its own content policy; "
          "labelling `template-required` as well would make that policy depend on content and count "
          "one sentence twice.", False),
    "B": ("Logistics-only free text with off-platform contact for that same logistics matter -> "
          "content policy only.",
          "Calling a warehouse to book a freight delivery, getting a return label over WeChat, or "
          "following a tracking link on the seller's own site is still about delivery, returns and "
          "tracking. The logistics exemption in interface.md therefore applies and "
          "`template-required` is not expected; policy.md's off-platform rules catch the "
          "violation.", False),
    "C": ("Free-written non-logistics text that also breaks a content policy -> both.",
          "Troubleshooting advice is not logistics and these replies match no template; the "
          "e-mail address or 好评返现 sentence does not change that. Both the content policy and "
          "`template-required` are expected.", True),
    "D": ("A free-written review request or promotion -> both.",
          "The logistics list in interface.md (shipping, delivery, tracking, returns, address, "
          "customs) does not include review requests or promotions, so a message that is only a "
          "review request or only a sale announcement is non-logistics and, written freely, "
          "matches no template. (A free-written but neutral review request is in the rewritten "
          "category with `[template-required]` alone.)", True),
    "E": ("Logistics reply plus a non-logistics violating sentence -> both.",
          "Asking to update a 1-star review or announcing a new product with a code is not about "
          "the shipment. As in the mixed-logistics category, the message is then no longer only "
          "about logistics and the extra part matches no template, so `template-required` is "
          "expected together with the content policy.", True),
}


# ===========================================================================
# Self-checks
# ===========================================================================
ALL_POLICIES = {"review-inducement", "review-request-limit", "template-required",
                "off-platform-contact", "marketing", "response-time"}
CONTENT_POLICIES = {"review-inducement", "off-platform-contact", "marketing"}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Unambiguous simplified/traditional pairs (characters shared by both scripts, or
# with several traditional forms such as 后/里/台/干/发, are left out on purpose).
_PAIRS = ("们們 这這 请請 谢謝 问問 题題 设設 单單 订訂 号號 机機 线線 连連 网網 络絡 温溫 "
          "车車 带帶 调調 头頭 灯燈 应應 为為 会會 动動 关關 开開 时時 间間 货貨 运運 签簽 "
          "换換 确確 认認 务務 实實 验驗 帮幫 让讓 说說 还還 没沒 过過 达達 将將 从從 与與 "
          "价價 样樣 长長 满滿 婴嬰 监監 视視 摄攝 软軟 备備 装裝 书書 页頁 纸紙 乐樂 种種 "
          "处處 点點 图圖 显顯 态態 绿綠 红紅 体體 电電 钮鈕 锁鎖 两兩 侧側 铰鉸 链鏈 轮輪 "
          "盖蓋 洁潔 湿濕 剂劑 缩縮 垫墊 邮郵 评評 论論 亚亞 马馬 买買 卖賣 经經 户戶 仓倉 "
          "这這 诉訴 话話 测測 试試 紧緊 扣扣 够夠 务務 险險 韩韓 陈陳 黄黃 张張 刘劉 郑鄭 "
          "许許 杨楊 邓鄧 吴吳 苏蘇 叶葉 罗羅 赵趙 孙孫 钱錢 冯馮 进進 询詢 议議 预預 "
          "对對 么麼 国國 学學 医醫 气氣 热熱 净淨 爱愛 边邊 远遠 离離 无無 据據 级級 节節 "
          "际際 组組 类類 质質 灵靈 区區 双雙 语語 销銷 码碼 证證 龄齡 员員 饭飯 层層 闪閃 "
          "拨撥 扫掃 试試 刮刮 钢鋼 丝絲 结結 壳殼 贴貼 纳納 铃鈴 闹鬧 楼樓 诶誒 惯慣")
SIMP_ONLY, TRAD_ONLY = set(), set()
for _p in _PAIRS.split():
    if _p[0] != _p[1]:
        SIMP_ONLY.add(_p[0])
        TRAD_ONLY.add(_p[1])
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\u2B50\uFE0F]")
PHONE = re.compile(r"(?:\+?1[ .-]?)?\(?\b\d{3}\)?[ .-]?\d{3}[ .-]\d{4}\b")
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
URL_MAIL = re.compile(r"https?://|www\.|\b[\w.+-]+@[\w-]+\.\w+|\.com\b|\.net\b")
RISKY = re.compile(r"(?i)coupon|discount|\bcodes?\b(?! ?-)|% off|\boff your\b|5-star|five-star|\bstars?\b|"
                   r"gift card|\bfree\b|\bsale\b|\bdeal\b|whatsapp|wechat|telegram|instagram|facebook|"
                   r"\bline\b app|微信|好评|返现|五星|优惠|折扣|上市|私訊|私信|feedback|\brating\b")
REVIEW_WORD = re.compile(r"(?i)\breview|评论|評論|评价|評價")
NOTE_TID = re.compile(r"^((?:en|zh|zh-tw)/[a-z0-9/-]+):")

PROBLEMS = []


def need(cond, msg):
    if not cond:
        PROBLEMS.append(msg)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def skeleton(tid):
    return PH_RE.sub("", TEMPLATES[tid])


def long_lines(tid):
    """Distinctive template lines (placeholders removed): used to check that
    rewritten replies do not keep template sentences verbatim."""
    out = []
    for ln in skeleton(tid).split("\n"):
        ln = ln.strip()
        if ln.startswith("Lumikoo Baby"):
            continue
        if (HAN.search(ln) and len(ln) >= 12) or len(ln) >= 25:
            out.append(ln)
    return out


def nearest(text, values=None):
    """(ratio, template id) of the closest template; rendered with values when given."""
    scored = [(ratio(text, render(t, values) if values is not None else skeleton(t)), t)
              for t in TEMPLATES]
    return max(scored)


def lang_key(r):
    if r["lang"] == "zh":
        return "zh-trad" if "traditional" in r["tags"] else "zh-simp"
    return r["lang"]


def check_templates():
    for tid, body in TEMPLATES.items():
        names = PH_RE.findall(body)
        need(names, f"{tid}: no placeholder")
        rest = PH_RE.sub("", body)
        need("{" not in rest and "}" not in rest, f"{tid}: malformed placeholder")
        need("\n\n\n" not in body, f"{tid}: two blank lines in a row")
        need(not EMOJI.search(body), f"{tid}: emoji")
        need(not URL_MAIL.search(body), f"{tid}: link or e-mail")
        need(not PHONE.search(body), f"{tid}: phone number")
        m = RISKY.search(body)
        need(not m, f"{tid}: risky wording {m.group(0) if m else ''!r}")
        if not tid.endswith("review-request"):
            need(not REVIEW_WORD.search(body), f"{tid}: review wording outside a review-request template")
        fam = tfamily(tid)
        need(fam in ("en", "zh", "zh-tw"), f"{tid}: unknown language folder")
        han = set(HAN.findall(body))
        if fam == "en":
            need(not han, f"{tid}: Chinese characters in an English template")
        elif fam == "zh":
            need(not han & TRAD_ONLY, f"{tid}: traditional characters {sorted(han & TRAD_ONLY)}")
            need(len(han & SIMP_ONLY) >= 3, f"{tid}: too few simplified markers")
        else:
            need(not han & SIMP_ONLY, f"{tid}: simplified characters {sorted(han & SIMP_ONLY)}")
            need(len(han & TRAD_ONLY) >= 3, f"{tid}: too few traditional markers")
    need(any(t.count("/") >= 3 for t in TEMPLATES), "no doubly nested template folder")
    need(18 <= len(TEMPLATES) <= 22, f"{len(TEMPLATES)} templates, expected about 20")
    for a in TEMPLATES:   # templates must be distinguishable from each other
        for b in TEMPLATES:
            if a < b:
                need(ratio(skeleton(a), skeleton(b)) < 0.6, f"templates {a} and {b} too similar")


def check_replies():
    seen = set()
    order_ids_in_review_requests = Counter()
    for n, r in enumerate(REPLIES, 1):
        rid, txt = r["id"], text_of(r)
        need(rid == f"{PREFIX}-{n:03d}", f"{rid}: ids out of sequence")
        need(txt and txt == txt.strip(), f"{rid}: empty or padded text")
        need(txt not in seen, f"{rid}: duplicate text")
        seen.add(txt)
        need(r["cat"] in CATEGORIES and r["tags"][0] == r["cat"], f"{rid}: tags[0] must be the category")
        need(set(r["labels"]) <= ALL_POLICIES and len(set(r["labels"])) == len(r["labels"]),
             f"{rid}: bad labels {r['labels']}")
        need("{{" not in txt and "}}" not in txt, f"{rid}: unfilled placeholder")
        need("\n\n\n" not in txt, f"{rid}: two blank lines in a row")
        need(not EMOJI.search(txt), f"{rid}: emoji")
        for m in PHONE.finditer(txt):
            need(re.search(r"555[ .-]01\d\d$", m.group(0)), f"{rid}: phone not 555-01xx: {m.group(0)}")
        # language and script
        han_all = HAN.findall(txt)
        han = set(han_all)
        latin = re.findall(r"[A-Za-z]{2,}", txt)
        if r["lang"] == "en":
            need(not han, f"{rid}: Chinese characters in an en reply")
        elif r["lang"] == "zh":
            need(len(han_all) > 3 * len(latin), f"{rid}: zh reply not mostly Chinese")
        elif r["lang"] == "mixed":
            need(len(han_all) >= 15 and len(latin) >= 8, f"{rid}: mixed reply lacks one language")
        else:
            need(False, f"{rid}: unknown lang {r['lang']}")
        if han:
            if "traditional" in r["tags"]:
                need(not han & SIMP_ONLY, f"{rid}: simplified characters {sorted(han & SIMP_ONLY)}")
                need(len(han & TRAD_ONLY) >= 3, f"{rid}: too few traditional markers")
            else:
                need(not han & TRAD_ONLY, f"{rid}: traditional characters {sorted(han & TRAD_ONLY)}")
                need(len(han & SIMP_ONLY) >= 3, f"{rid}: too few simplified markers")
        need("traditional" not in r["tags"] or r["lang"] == "zh", f"{rid}: traditional tag on a non-zh reply")
        # note / template reference
        m = NOTE_TID.match(r["note"])
        if r["tpl"]:
            need(r["tpl"] in TEMPLATES, f"{rid}: unknown template {r['tpl']}")
            need(m and m.group(1) == r["tpl"], f"{rid}: note must start with '{r['tpl']}:'")
        elif r.get("src"):
            need(r["src"] in TEMPLATES, f"{rid}: unknown source template {r['src']}")
            need(m and m.group(1) == r["src"], f"{rid}: note must start with '{r['src']}:'")
            need(r["labels"] == [TR] and "paraphrase" in r["tags"], f"{rid}: src only for paraphrases")
        else:
            need(not m, f"{rid}: note starts with a template id but the reply has no source template")
        for t in re.findall(r"\b(?:en|zh|zh-tw)/[a-z0-9/-]*[a-z0-9]", r["note"]):
            need(t in TEMPLATES, f"{rid}: note names unknown template {t}")
        # values
        if r["values"] is not None:
            names = set(PH_RE.findall(TEMPLATES[r["tpl"]]))
            need(set(r["values"]) == names, f"{rid}: values {sorted(r['values'])} != placeholders {sorted(names)}")
            for k, v in r["values"].items():
                need(v and "{" not in v, f"{rid}: empty value for {k}")
                if k not in r.get("missing", []):
                    need(v in txt, f"{rid}: value of {k} not in the text")
        # labels that promise nothing may be flagged: keep them clean
        if not r["labels"] or r["labels"] == [TR]:
            need(not URL_MAIL.search(txt), f"{rid}: link or e-mail in a reply without content labels")
            need(not PHONE.search(txt), f"{rid}: phone number in a reply without content labels")
            allowed = {"gift card"} if "near-miss" in r["tags"] else set()
            mm = next((x for x in RISKY.finditer(txt) if x.group(0).lower() not in allowed), None)
            need(not mm, f"{rid}: risky wording {mm.group(0) if mm else ''!r} in a reply without content labels")
            if "review-request" not in r["tags"]:
                need(not REVIEW_WORD.search(txt), f"{rid}: review wording outside a review request")
        if "review-request" in r["tags"] and not set(r["labels"]) & CONTENT_POLICIES:
            for oid in ORDER_ID.findall(txt):
                order_ids_in_review_requests[oid] += 1
        # category rules
        cat = r["cat"]
        if cat in ("filled-template", "logistics"):
            need(r["labels"] == [], f"{rid}: {cat} must be labelled []")
        if cat in ("rewritten", "mixed-logistics"):
            need(r["labels"] == [TR], f"{rid}: {cat} must be labelled [template-required]")
        if cat == "filled-template":
            need(r["tpl"] and r["values"] is not None, f"{rid}: fill without template or values")
            own = render(r["tpl"], r["values"])
            if "exact" in r["tags"]:
                need(txt == own, f"{rid}: exact fill differs from the rendering")
                r["sim"] = 1.0
            else:
                need("edited" in r["tags"], f"{rid}: fill neither exact nor edited")
                need(txt != own, f"{rid}: edited fill identical to the rendering")
                r["sim"] = ratio(txt, own)
                need(r["sim"] >= 0.70, f"{rid}: edited fill ratio {r['sim']:.3f} < 0.70")
            best = nearest(txt, r["values"])
            need(best[1] == r["tpl"], f"{rid}: nearest template is {best[1]}, not {r['tpl']}")
        if cat == "violating":
            jc = r.get("jc")
            need(jc in JUDGEMENT, f"{rid}: violating reply without a judgement call")
            need(set(r["labels"]) & CONTENT_POLICIES, f"{rid}: violating reply without a content policy")
            if jc in JUDGEMENT:
                need((TR in r["labels"]) == JUDGEMENT[jc][2], f"{rid}: template-required disagrees with call {jc}")
            need((jc == "A") == bool(r["tpl"]), f"{rid}: call A <=> template-based")
            need((jc in ("B", "E")) == ("logistics-context" in r["tags"]), f"{rid}: calls B/E <=> logistics-context tag")
            if r["tpl"]:
                r["sim"] = ratio(txt, render(r["tpl"], r["values"]))
                need(r["sim"] >= 0.70, f"{rid}: template-based violation ratio {r['sim']:.3f} < 0.70")
                best = nearest(txt, r["values"])
                need(best[1] == r["tpl"], f"{rid}: nearest template is {best[1]}, not {r['tpl']}")
        if not r["tpl"]:   # every free-written reply is far from every template
            r["near_sim"], r["near"] = nearest(txt)
            need(r["near_sim"] < 0.6, f"{rid}: ratio {r['near_sim']:.3f} to {r['near']} >= 0.6 for free text")
            for t in TEMPLATES:
                for ln in long_lines(t):
                    need(ln not in txt, f"{rid}: keeps template line of {t} verbatim: {ln[:40]!r}")
        json_obj = out_record(r)
        need(json.loads(json.dumps(json_obj, ensure_ascii=False)) == json_obj, f"{rid}: JSON round trip")
    for oid, k in order_ids_in_review_requests.items():
        need(k == 1, f"order {oid} has {k} review requests in the set")
    # every template is used by at least one compliant fill
    for t in TEMPLATES:
        need(any(r["tpl"] == t and r["cat"] == "filled-template" for r in REPLIES), f"{t}: no filled reply")
    # sizes and language mix
    cats = Counter(r["cat"] for r in REPLIES)
    want = {"filled-template": (36, 44), "logistics": (30, 38), "rewritten": (22, 30),
            "mixed-logistics": (13, 19), "violating": (13, 19)}
    for c, (lo, hi) in want.items():
        need(lo <= cats[c] <= hi, f"category {c}: {cats[c]} replies, expected {lo}-{hi}")
    fills = [r for r in REPLIES if r["cat"] == "filled-template"]
    n_exact = sum("exact" in r["tags"] for r in fills)
    need(abs(2 * n_exact - len(fills)) <= 2, f"exact fills {n_exact} of {len(fills)}: not about half")
    langs = Counter(lang_key(r) for r in REPLIES)
    total = len(REPLIES)
    for k, share in {"en": 0.60, "zh-simp": 0.25, "zh-trad": 0.10, "mixed": 0.05}.items():
        need(abs(langs[k] / total - share) <= 0.04, f"language {k}: {langs[k]}/{total} far from {share:.0%}")
    need(125 <= total <= 140, f"{total} replies, expected about 130")


# ===========================================================================
# Output
# ===========================================================================
def out_record(r):
    return {"id": r["id"], "text": text_of(r), "labels": r["labels"], "lang": r["lang"],
            "tags": r["tags"], "note": r["note"], "context": "reply"}


def write_library():
    lib = os.path.join(BASE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, body in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(body + "\n")


def write_replies():
    with open(os.path.join(BASE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in REPLIES:
            f.write(json.dumps(out_record(r), ensure_ascii=False) + "\n")


def cell(s):
    return str(s).replace("|", "\\|").replace("\n", " ")


def write_readme():
    o = []
    w = o.append
    w("# t30: held-out test set for `template-required`\n")
    w("Hand-labelled Amazon seller-to-buyer replies for msglint's `template-required` policy, with "
      "the approved template library they are judged against. Written only from "
      "`/work/shared/interface.md` and `/work/shared/policy.md`; no linter was run while writing it.\n")
    w("`gen.py` is the source of truth: every template and reply is a literal in it. "
      "`python3 gen.py` runs the self-checks and, if they all pass, rewrites `library/`, "
      "`replies.jsonl` and this README (exit 1 and nothing written otherwise). Do not edit the "
      "outputs by hand.\n")
    w("## Seller (invented)\n")
    w("**Lumikoo Baby** sells baby and toddler gear on Amazon: the Glide S3 compact stroller and "
      "the Trek AT jogging stroller, the SafeRide 360 convertible car seat and the SafeRide Infant "
      "car seat, the NestView 2 and NestView Mini baby monitors with the *Lumikoo Nest* app, and "
      "the WarmDrop and WarmDrop Duo bottle warmers. Support agents write in English (Harriet "
      "Quayle, Desmond Ibekwe, Rosalind Park, Felix Marchetti), Simplified Chinese (宋雨桐, 许文博, "
      "杜佳怡) and Traditional Chinese (林品妤, 蔡宗翰). All people, addresses, order ids, tracking "
      "numbers, claim ids, handles, domains and phone numbers (US 555-01xx only) are invented.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | approved templates, one `*.txt` each, nested folders; template id = path without `.txt`; pass it as `--templates library` |")
    w("| `replies.jsonl` | one reply per line: `id` (t30-001...), `text`, `labels` (expected policies; `[]` = nothing at warning or error level may be flagged), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; `traditional` = Traditional Chinese), `note` (starts with the source template id when there is one: the template filled, or for a `paraphrase` the template whose topic was reworded), `context` (`reply`) |")
    w("| `gen.py` | templates, replies, judgement calls, self-checks and writers |")
    w("| `README.md` | this file |\n")
    w("## Templates\n")
    w("| id | lang | layout | topic | placeholders | compliant fills | all replies built on it | paraphrases of it |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        ph = ", ".join(dict.fromkeys(PH_RE.findall(TEMPLATES[tid])))
        fills = sum(r["tpl"] == tid and r["cat"] == "filled-template" for r in REPLIES)
        cites = sum(r["tpl"] == tid for r in REPLIES)
        paras = sum(r.get("src") == tid for r in REPLIES)
        layout, topic = TMETA[tid]
        w(f"| `{tid}` | {tfamily(tid)} | {cell(layout)} | {cell(topic)} | {ph} | {fills} | {cites} | {paras} |")
    w("")
    w("## Counts\n")
    cols = [("en", "en"), ("zh-simp", "zh (Simplified)"), ("zh-trad", "zh (Traditional)"), ("mixed", "mixed")]
    cnt = Counter((r["cat"], lang_key(r)) for r in REPLIES)
    expect = {"filled-template": "`[]`", "logistics": "`[]`", "rewritten": "`[template-required]`",
              "mixed-logistics": "`[template-required]`",
              "violating": "content policy, plus `template-required` per judgement call"}
    w("| category | expected labels | " + " | ".join(c[1] for c in cols) + " | total |")
    w("| --- | --- | " + " | ".join("---:" for _ in cols) + " | ---: |")
    for c in CATEGORIES:
        row = [cnt[(c, k)] for k, _ in cols]
        w(f"| {c} | {expect[c]} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(cnt[(c, k)] for c in CATEGORIES) for k, _ in cols]
    w("| **total** | | " + " | ".join(map(str, tot)) + f" | {len(REPLIES)} |")
    w("| share | | " + " | ".join(f"{x / len(REPLIES):.0%}" for x in tot) + " | |\n")
    n_tr = sum(TR in r["labels"] for r in REPLIES)
    fills = [r for r in REPLIES if r["cat"] == "filled-template"]
    w(f"- Replies expecting `template-required`: {n_tr}; not expecting it: {len(REPLIES) - n_tr}.")
    w(f"- Filled templates: {sum('exact' in r['tags'] for r in fills)} exact, "
      f"{sum('edited' in r['tags'] for r in fills)} lightly edited (a word changed, a sentence dropped, "
      "a friendly line added, greeting or sign-off changed).")
    w(f"- Near-miss logistics replies (tag `near-miss`: words such as cancel/remove/修改/取消, or the product "
      f"and its damage named while only goods or money move): {sum('near-miss' in r['tags'] for r in REPLIES)}.")
    w("- `lang` is `zh` for both scripts; Traditional replies carry the tag `traditional`. `mixed` "
      "replies are bilingual (English paragraph plus Chinese paragraph) or Chinese code-switched with English.\n")
    w("## Similarity checks (`difflib.SequenceMatcher`, `autojunk=False`)\n")
    ed = [r["sim"] for r in fills if "edited" in r["tags"]]
    tv = [r["sim"] for r in REPLIES if r["cat"] == "violating" and r["tpl"]]

    def far(cat, pred=lambda r: True):
        xs = [r["near_sim"] for r in REPLIES if r["cat"] == cat and not r["tpl"] and pred(r)]
        return max(xs) if xs else float("nan")
    w("gen.py enforces these before writing anything:\n")
    w(f"- Exact fills equal their template rendered with the listed values ({sum('exact' in r['tags'] for r in fills)} replies).")
    w(f"- Edited fills vs. their own template rendered with the same values: min {min(ed):.2f}, "
      f"max {max(ed):.2f} (required >= 0.70), and their own template is the nearest of all {len(TEMPLATES)} "
      "(each rendered with the same values).")
    w(f"- Template-based violating replies (call A) vs. their template: min {min(tv):.2f} (required >= 0.70, own template nearest).")
    w("- Every free-written reply vs. every template with placeholders removed (required < 0.60): "
      f"rewritten max {far('rewritten'):.2f}, mixed-logistics max {far('mixed-logistics'):.2f}, "
      f"logistics max {far('logistics'):.2f}, free-written violating max {far('violating'):.2f}.")
    ps = [ratio(text_of(r), skeleton(r["src"])) for r in REPLIES if r.get("src")]
    w(f"- Paraphrases ({len(ps)}) vs. the template they reword: max {max(ps):.2f}.")
    w("- No free-written reply keeps a distinctive template line verbatim (lines of 25+ characters, "
      "or 12+ characters for Chinese, sign-off lines excluded).")
    w("- Templates differ from each other (pairwise ratio < 0.60).")
    w("- Replies labelled `[]` or only `[template-required]` contain no link, e-mail address, phone "
      "number, promotion or incentive wording, and no review wording outside the neutral review requests; "
      "each neutral review request is for a different order.")
    w("- Script checks: no Traditional-only characters in Simplified text and vice versa; "
      "`en` replies contain no Chinese; phone numbers are 555-01xx; ids are sequential.\n")
    w("These ratios only sanity-check the labels; they are not the linter's similarity measure.\n")
    w("## Violating replies\n")
    w("| id | lang | labels | call | source | what it does |")
    w("| --- | --- | --- | --- | --- | --- |")
    for r in REPLIES:
        if r["cat"] != "violating":
            continue
        lab = ", ".join(f"`{x}`" for x in r["labels"])
        src = f"`{r['tpl']}`" if r["tpl"] else "free-written"
        what = NOTE_TID.sub("", r["note"]).strip()
        lg = r["lang"] + (" (Trad.)" if "traditional" in r["tags"] else "")
        w(f"| {r['id']} | {lg} | {lab} | {r['jc']} | {src} | {cell(what)} |")
    w("")
    w("## Judgement calls\n")
    w("**Violating replies and `template-required`.** interface.md: a `template-required` finding "
      "is \"a seller message that is not about logistics (shipping, delivery, tracking, returns, "
      "address, customs) and does not match any approved template closely enough\". policy.md "
      "treats templates as a best practice and a per-account penalty state (\"limit proactive "
      "Permitted Messages to Amazon's templates\"), and puts content violations in their own "
      "rules. So the question for each violating reply is only: is it about logistics, and does "
      "it still match a template? Labelled consistently as follows:\n")
    for k, (title, why, tr) in JUDGEMENT.items():
        ids = [r["id"] for r in REPLIES if r.get("jc") == k]
        w(f"{k}. **{title}** {why} Expects `template-required`: {'yes' if tr else 'no'}. ({', '.join(ids)})")
    w("")
    w("**Other calls that apply to the whole set:**\n")
    w("- Logistics = shipping, delivery, tracking, delivery scheduling and instructions, returns, "
      "refunds of returned items, exchanges through the return flow, cancellations, address changes "
      "and customs. Replacement shipments for goods damaged in transit, a wrong colour or a missing "
      "part only move goods, so they count as logistics even though they name the product or its "
      "damage (tag `near-miss`, label `[]`).")
    w("- A non-logistics answer in a language for which no template on that topic exists (tag "
      "`cross-language`, e.g. a Chinese answer about the warmer's red light, which has only an English "
      "template) matches no template and expects `template-required`. To keep this unambiguous, no "
      "Simplified reply paraphrases a Traditional template or the reverse, since a linter may fold "
      "Traditional to Simplified before matching.")
    w("- A `paraphrase` (rewritten replies whose note starts with a template id) covers the same topic "
      "as that template in the same language but keeps none of its sentences; covering a template's "
      "topic is not matching it, so `template-required` is expected. The note names the template so "
      "that the `template` field of a finding can be compared with it; it is the topic source, not "
      "necessarily the nearest template by any measure.")
    w("- A free-written review request that is neutral is still non-logistics and matches no template: "
      "`[template-required]` only (rewritten category, tag `review-request`). The neutral review-request "
      "templates filled once per order are compliant and expect `[]` (no ledger is involved).")
    w("- Usage advice in the mixed-logistics replies (recline for a newborn, voltage converter, camera "
      "mounting height) is about the product the buyer already has; none of it recommends another "
      "product, so `marketing` is not expected there.")
    w("- Long values (a 150+ character product title) and two order ids in one `{{order_id}}` slot are "
      "still exact fills and expect `[]`.")
    with open(os.path.join(BASE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(o) + "\n")


def main():
    check_templates()
    check_replies()
    if not PROBLEMS:
        write_library()
        write_replies()
        write_readme()
        with open(os.path.join(BASE, "replies.jsonl"), encoding="utf-8") as f:
            back = [json.loads(line) for line in f]
        need([b["id"] for b in back] == [r["id"] for r in REPLIES], "replies.jsonl read-back")
        need(all(b == out_record(r) for b, r in zip(back, REPLIES)), "replies.jsonl content read-back")
        lib = os.path.join(BASE, "library")
        found = {}
        for d, _, files in os.walk(lib):
            for fn in files:
                rel = os.path.relpath(os.path.join(d, fn), lib).replace(os.sep, "/")
                need(fn.endswith(".txt"), f"library: stray file {rel}")
                with open(os.path.join(d, fn), encoding="utf-8") as f:
                    found[rel[:-4]] = f.read().rstrip("\n")
        need(found == TEMPLATES, "library/ read-back differs from the templates")
    cats = Counter(r["cat"] for r in REPLIES)
    langs = Counter(lang_key(r) for r in REPLIES)
    print(f"templates: {len(TEMPLATES)} {dict(Counter(tfamily(t) for t in TEMPLATES))}")
    print(f"replies: {len(REPLIES)} {dict(cats)}")
    print(f"languages: {dict(langs)}")
    if PROBLEMS:
        for p in PROBLEMS:
            print("FAIL:", p, file=sys.stderr)
        print(f"{len(PROBLEMS)} self-check(s) failed; nothing written", file=sys.stderr)
        sys.exit(1)
    print("all self-checks passed; wrote library/, replies.jsonl, README.md")


if __name__ == "__main__":
    main()
