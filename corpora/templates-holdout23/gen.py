#!/usr/bin/env python3
"""Generate the t23 hand-labelled held-out set for msglint's `template-required` check.

Invented seller: Holtbridge, smart door locks (K7 Smart Deadbolt, K7 Pro with
built-in Wi-Fi, L3 Keypad Lever, HB-Link Wi-Fi bridge, Holtbridge Home app).

Every text below is a literal written for this set. Running the script writes
  library/      approved templates (*.txt, id = path without .txt)
  replies.jsonl labelled replies
  README.md     templates table, counts, judgement calls, independence statement
and runs self-checks (exact fills must match their template by regex, edited
fills must not, traditional texts must not contain simplified-only characters,
and so on). Any failed check exits non-zero.
"""
import collections
import difflib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------

TEMPLATES = {}
META = {}  # id -> (topic, layout)


def tpl(tid, topic, layout, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = text
    META[tid] = (topic, layout)


tpl("en/setup-app-pairing", "setup: pairing with the app",
    "greeting line, numbered steps 1.-5., sign-off + team line",
    """Hello {{buyer_name}},

Thank you for reaching out about setting up your {{model}}. Please follow these steps to pair the lock with the Holtbridge Home app:

1. Put four new AA alkaline batteries in the interior unit and wait for the chime.
2. Open the Holtbridge Home app, tap "Add Device" and choose "Smart Lock".
3. Press and hold the SET button under the battery cover for 3 seconds until the keypad flashes blue.
4. Keep your phone within 1 metre of the lock and enter the 6-digit pairing code printed inside the battery cover.
5. When the app shows "Paired", create your master code before you close the app.

If pairing fails at step 4, switch Bluetooth off and on again on your phone and repeat from step 3.

Kind regards,
{{agent_name}}
Holtbridge Support""")

tpl("en/fingerprint-enrollment", "setup: adding fingerprints",
    "greeting line, '-' bullets, closing paragraph",
    """Hi {{buyer_name}},

Here is how to add a fingerprint on the {{model}}:

- Open the Holtbridge Home app and go to Users, pick the user, then Fingerprints.
- Tap "Add fingerprint" and place your finger flat on the sensor when the ring turns white.
- Lift the finger and place it again each time the lock beeps; it needs six good reads.
- Roll the finger slightly between reads so the edges are captured too.
- Repeat with a second finger as a backup.

Dry or cold fingers are hard to read, so warm them up first if the sensor keeps rejecting them.

Best regards,
{{agent_name}}""")

tpl("en/motor-jam", "troubleshooting: bolt stops halfway / motor whirs",
    "one paragraph, inline greeting and inline sign-off",
    """Hi {{buyer_name}}, when the bolt on the {{model}} stops halfway or the motor keeps whirring, the cause is almost always the bolt rubbing on the strike plate rather than a fault in the lock. Please open the door, lock and unlock it from the app, and check that the bolt moves freely; if it does, close the door and try again while gently pushing or pulling the door toward the frame. If the bolt only binds with the door closed, loosen the two strike plate screws, move the plate about 2 mm so the bolt enters the middle of the hole, and tighten the screws again. After adjusting, run Door Calibration under Settings in the Holtbridge Home app so the lock relearns the bolt travel. Thanks, {{agent_name}}""")

tpl("en/keypad-unresponsive", "troubleshooting: keypad does not light up",
    "hard-wrapped at ~70 columns, numbered steps with hanging indent",
    """Dear {{buyer_name}},

I'm sorry the keypad on your {{model}} is not lighting up. Please try
these checks in order:

1. Touch the keypad with the palm of your hand to wake it; a single
   fingertip tap is sometimes not enough in cold weather.
2. Replace all four batteries with new alkaline AA cells of the same
   brand. Rechargeable cells give a lower voltage and can cause this.
3. Remove the interior unit and check that the ribbon cable from the
   exterior keypad is fully seated in its socket and is not pinched.
4. Hold the reset button for 10 seconds, then pair the lock again.

If the keypad is still dark after step 4, please reply with the batch
number printed on the back of the exterior unit so we can look into
it further.

Regards,
{{agent_name}}""")

tpl("en/door-compatibility", "compatibility: door thickness and bores",
    "greeting line, label lines 'Order:' / 'Model:', '*' bullets",
    """Hello {{buyer_name}},

Order: {{order_id}}
Model: {{model}}

Thanks for checking before you install. The {{model}} fits doors that meet all of the following:

* Door thickness between 35 mm and 55 mm (1-3/8" to 2-1/8").
* Backset of 60 mm or 70 mm (2-3/8" or 2-3/4"); the latch adjusts between the two.
* A 54 mm (2-1/8") cross bore and a 25 mm (1") edge bore.
* At least 140 mm between the deadbolt hole and any existing handle set.

For doors thicker than 55 mm, the Long Spindle Kit included in the box extends the range to 80 mm.

Best wishes,
{{agent_name}}""")

tpl("en/warranty-claim", "warranty: claim approved, part replaced",
    "greeting line, three paragraphs, sign-off + team line",
    """Dear {{buyer_name}},

Thank you for the details about your {{model}} (order {{order_id}}). The lock is covered by our 2-year limited warranty against defects in materials and workmanship, and the problem you describe is covered.

We will send you a replacement {{part}} at no cost. You do not need to return the faulty part. Your codes and fingerprints are stored in the interior unit, so they are kept when an exterior part is replaced.

The warranty does not cover damage from forced entry, water getting into an unsealed installation, or batteries that have leaked.

Sincerely,
{{agent_name}}
Holtbridge Customer Care""")

tpl("en/damaged-on-arrival", "damaged on arrival: replacement",
    "greeting line, short paragraphs",
    """Hi {{buyer_name}},

I'm very sorry your {{model}} arrived damaged. Thank you for the photos; they clearly show the cracked {{part}}.

We are sending a complete replacement lock to the address on your order. It ships within 2 business days, and the tracking number will appear under Your Orders once it leaves our warehouse.

Please keep the damaged lock until the replacement arrives. There is no need to send it back unless Amazon asks you to start a return.

Best,
{{agent_name}}""")

tpl("en/missing-part", "missing part",
    "label lines 'Order:' / 'Missing item:', '•' bullets, repeated placeholder",
    """Hello {{buyer_name}},

Order: {{order_id}}
Missing item: {{part}}

Sorry that the {{part}} was not in your box. Before we send one, please check these places, as small parts are sometimes packed separately:

• the foam insert under the exterior keypad
• the small white envelope taped inside the lid
• the bag with the mounting screws

If it is not there, reply to this message and we will send the {{part}} to you free of charge within 2 business days.

Thank you,
{{agent_name}}""")

tpl("en/battery-care", "care and maintenance",
    "hard-wrapped at ~70 columns, '-' bullets with hanging indent",
    """Hello {{buyer_name}},

To keep your {{model}} working well, we suggest the following care
routine:

- Replace all four AA batteries together when the app shows 20% or
  the keypad flashes red. Do not mix old and new cells.
- Wipe the fingerprint sensor with a soft dry cloth once a week.
  Avoid alcohol wipes, which wear down the sensor coating.
- Put a little dry graphite lubricant into the key cylinder twice a
  year. Oil-based sprays attract dust and make the key stiff.
- Check each season that the gasket behind the exterior unit sits
  flat, especially on doors exposed to rain.

The emergency USB-C port under the keypad can power the lock for a
few openings if the batteries run flat while you are outside.

Best regards,
{{agent_name}}""")

tpl("en/review-request", "neutral review request",
    "greeting line, one body paragraph, sign-off",
    """Dear {{buyer_name}},

Thank you for your order {{order_id}}. When you have a moment, you are welcome to write a review on Amazon about how the {{model}} has worked for you. Honest reviews, good or bad, help other customers choose the right lock for their home.

Regards,
{{agent_name}}""")

# --- Simplified Chinese ------------------------------------------------------

tpl("zh/setup-pairing", "setup: pairing with the app (配网)",
    "greeting line, numbered steps 1.-5., closing wish + agent",
    """{{buyer_name}}您好：

感谢您购买{{model}}智能门锁。请按以下步骤完成配网：

1. 在室内面板装入4节新的5号碱性电池，听到提示音后继续。
2. 打开Holtbridge Home App，点击“添加设备”，选择“智能门锁”。
3. 长按电池盖下方的SET键3秒，直到键盘闪烁蓝灯。
4. 手机靠近门锁（1米以内），输入电池盖内侧标签上的6位配对码。
5. App显示“配对成功”后，请先设置管理员密码再退出。

如第4步失败，请关闭手机蓝牙后重新打开，再从第3步开始操作。

祝您生活愉快！
{{agent_name}}""")

tpl("zh/fingerprint-tips", "troubleshooting: poor fingerprint recognition",
    "greeting line, '•' bullets, agent name only",
    """{{buyer_name}}您好，

关于{{model}}指纹识别率低的问题，建议您按以下方法处理：

• 删除识别不好的指纹后重新录入，录入时每次按压都稍微变换角度。
• 手指过于干燥或冰冷时识别率会下降，可先搓手或稍微湿润指腹。
• 用干燥的软布擦拭指纹头，不要使用酒精或湿巾。
• 每个用户建议录入两个不同手指作为备用。

如按以上方法操作后仍无法改善，请告诉我们门锁的固件版本号（在App“设备信息”中查看），我们会进一步为您排查。

{{agent_name}}""")

tpl("zh/warranty", "warranty: claim approved (保修)",
    "formal greeting, label lines 订单号：/ 型号：/ 故障描述：, 此致 sign-off + team",
    """尊敬的{{buyer_name}}：

订单号：{{order_id}}
型号：{{model}}
故障描述：{{issue}}

经核实，您反馈的问题属于保修范围。本产品提供2年有限保修，涵盖材料与工艺缺陷。我们将免费为您寄送更换的{{part}}，无需寄回故障部件。

请注意：人为暴力破坏、安装不当导致进水、电池漏液造成的损坏不在保修范围内。

此致
{{agent_name}}
Holtbridge售后服务部""")

tpl("zh/damaged", "damaged on arrival (运输损坏)",
    "one paragraph, inline greeting and inline agent name",
    """{{buyer_name}}您好，非常抱歉您收到的{{model}}在运输途中受损。根据您提供的照片，我们已安排为您免费补发一套全新门锁，预计2个工作日内发出，发货后可在“我的订单”中查看物流信息。损坏的门锁请先保留，除非亚马逊要求办理退货，否则无需寄回。给您带来不便，敬请谅解。{{agent_name}}""")

tpl("zh/emergency-power", "troubleshooting: flat batteries, emergency opening",
    "greeting line, '-' bullets, closing advice",
    """{{buyer_name}}您好：

{{model}}电池电量耗尽时，您可以通过以下方式开门：

- 用充电宝或手机充电器连接外面板底部的USB-C应急供电口，门锁会临时通电，然后正常输入密码或指纹开门。
- 使用包装内附带的机械钥匙，钥匙孔位于外面板下方的滑盖后面。
- 开门后请立即更换全部4节电池，不要新旧电池混用。

平时App显示电量低于20%时，建议尽快更换电池。

{{agent_name}}""")

tpl("zh/review-request", "neutral review request",
    "greeting line, one body paragraph, agent name",
    """{{buyer_name}}您好：

感谢您购买{{model}}（订单号：{{order_id}}）。如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验，无论好坏，您的评价都能帮其他买家做出选择。

{{agent_name}}""")

# --- Traditional Chinese -----------------------------------------------------

tpl("zh-tw/setup", "setup: installation (安裝)",
    "greeting line, label line 型號：, numbered steps 1）-4）, 敬上 sign-off",
    """{{buyer_name}} 您好：

型號：{{model}}

以下是安裝步驟，請依序操作：

1）確認門厚介於35至55公釐之間，並拆下原有的門鎖。
2）將鎖舌裝入門側孔，斜面朝向關門方向。
3）將外面板的排線穿過鎖舌中間的孔，再裝上內面板並鎖緊兩顆螺絲。
4）裝入4顆3號鹼性電池，聽到提示音後在App中執行「門向校正」。

安裝完成後，請先用App開關鎖數次確認順暢，再設定管理員密碼。

{{agent_name}} 敬上""")

tpl("zh-tw/missing-part", "missing part (缺少配件)",
    "label lines 訂單編號：/ 缺少配件：, '・' bullets, repeated placeholder",
    """{{buyer_name}} 您好：

訂單編號：{{order_id}}
缺少配件：{{part}}

很抱歉您的包裹中缺少{{part}}。小配件有時會另外包裝，請先檢查以下位置：

・外面板下方的泡棉內
・盒蓋內側的白色小信封
・螺絲包裝袋中

若仍找不到，請直接回覆此訊息，我們會在2個工作天內免費寄出{{part}}給您。

{{agent_name}}""")

tpl("zh-tw/auto-lock", "settings: auto-lock (自動上鎖)",
    "one paragraph, inline greeting and inline agent name",
    """{{buyer_name}} 您好，{{model}} 的自動上鎖功能可在 Holtbridge Home App 的「設定」>「自動上鎖」中開啟，延遲時間可設為10秒到3分鐘。若門關上後沒有自動上鎖，通常是門向校正尚未完成或門框上的磁感應片位置偏移，請在App中重新執行「門向校正」，並確認磁感應片與內面板的距離在1公分以內。祝您使用順利！{{agent_name}}""")

tpl("zh-tw/review-request", "neutral review request",
    "greeting line, one body paragraph, 敬上 sign-off",
    """{{buyer_name}} 您好：

感謝您購買 {{model}}（訂單編號：{{order_id}}）。若您有空，歡迎在 Amazon 商品頁面分享您的真實使用心得，不論正面或負面，您的評論都能幫助其他顧客參考。

{{agent_name}} 敬上""")

WRAPPED = {"en/keypad-unresponsive", "en/battery-care"}

# ---------------------------------------------------------------------------
# Replies
# ---------------------------------------------------------------------------

RECS = []
TR = "template-required"
RI = "review-inducement"
OP = "off-platform-contact"
MK = "marketing"


def rec(cat, lang, labels, text, note, src=None, tags=(), check=None):
    RECS.append(dict(cat=cat, lang=lang, labels=list(labels), text=text,
                     note=note, src=src, tags=list(tags), check=check))


def exact(lang, src, text, note="exact fill", tags=()):
    rec("filled-template", lang, [], text, note, src, ["exact", *tags], "exact")


def edited(lang, src, text, note, tags=()):
    rec("filled-template", lang, [], text, note, src, ["edited", *tags], "edited")


# ===== filled-template: English ==============================================

exact("en", "en/setup-app-pairing", """Hello Megan,

Thank you for reaching out about setting up your K7 Smart Deadbolt. Please follow these steps to pair the lock with the Holtbridge Home app:

1. Put four new AA alkaline batteries in the interior unit and wait for the chime.
2. Open the Holtbridge Home app, tap "Add Device" and choose "Smart Lock".
3. Press and hold the SET button under the battery cover for 3 seconds until the keypad flashes blue.
4. Keep your phone within 1 metre of the lock and enter the 6-digit pairing code printed inside the battery cover.
5. When the app shows "Paired", create your master code before you close the app.

If pairing fails at step 4, switch Bluetooth off and on again on your phone and repeat from step 3.

Kind regards,
Dana
Holtbridge Support""")

exact("en", "en/setup-app-pairing", """Hello Mr. Alvarez,

Thank you for reaching out about setting up your K7 Pro. Please follow these steps to pair the lock with the Holtbridge Home app:

1. Put four new AA alkaline batteries in the interior unit and wait for the chime.
2. Open the Holtbridge Home app, tap "Add Device" and choose "Smart Lock".
3. Press and hold the SET button under the battery cover for 3 seconds until the keypad flashes blue.
4. Keep your phone within 1 metre of the lock and enter the 6-digit pairing code printed inside the battery cover.
5. When the app shows "Paired", create your master code before you close the app.

If pairing fails at step 4, switch Bluetooth off and on again on your phone and repeat from step 3.

Kind regards,
Priya
Holtbridge Support""")

edited("en", "en/setup-app-pairing", """Hi Tom,

Thanks for reaching out about setting up your K7 Pro. Please follow these steps to pair the lock with the Holtbridge Home app:

1. Put four new AA alkaline batteries in the interior unit and wait for the chime.
2. Open the Holtbridge Home app, tap "Add Device" and choose "Smart Lock".
3. Open the battery cover and hold the SET button for about 3 seconds; the keypad flashes blue when it is ready.
4. Keep your phone within 1 metre of the lock and enter the 6-digit pairing code printed inside the battery cover.
5. When the app shows "Paired", create your master code before you close the app.

If pairing fails at step 4, switch Bluetooth off and on again on your phone and repeat from step 3.

Thanks for your patience while you get this set up!

Cheers,
Luis
Holtbridge Support Team""",
       "greeting changed, step 3 reworded, courtesy line added, sign-off and team line changed",
       ["greeting", "reworded", "courtesy", "signoff"])

exact("en", "en/fingerprint-enrollment", """Hi Jordan,

Here is how to add a fingerprint on the K7 Smart Deadbolt:

- Open the Holtbridge Home app and go to Users, pick the user, then Fingerprints.
- Tap "Add fingerprint" and place your finger flat on the sensor when the ring turns white.
- Lift the finger and place it again each time the lock beeps; it needs six good reads.
- Roll the finger slightly between reads so the edges are captured too.
- Repeat with a second finger as a backup.

Dry or cold fingers are hard to read, so warm them up first if the sensor keeps rejecting them.

Best regards,
Sam""")

edited("en", "en/fingerprint-enrollment", """Hi Wendy,

Here is how to add a fingerprint on the K7 Pro:

1. Open the Holtbridge Home app and go to Users, pick the user, then Fingerprints.
2. Tap "Add fingerprint" and place your finger flat on the sensor when the ring turns white.
3. Lift the finger and place it again each time the lock beeps; it needs six good reads.
4. Roll the finger slightly between reads so the edges are captured too.
5. Repeat with a second finger as a backup.

Dry or cold fingers are hard to read, so warm them up first if the sensor keeps rejecting them.

Best regards,
Rachel Kim
Holtbridge Customer Support""",
       "'-' bullets turned into numbered steps, signature with name and team added",
       ["glyphs", "signature"])

exact("en", "en/motor-jam", """Hi Karen, when the bolt on the K7 Pro stops halfway or the motor keeps whirring, the cause is almost always the bolt rubbing on the strike plate rather than a fault in the lock. Please open the door, lock and unlock it from the app, and check that the bolt moves freely; if it does, close the door and try again while gently pushing or pulling the door toward the frame. If the bolt only binds with the door closed, loosen the two strike plate screws, move the plate about 2 mm so the bolt enters the middle of the hole, and tighten the screws again. After adjusting, run Door Calibration under Settings in the Holtbridge Home app so the lock relearns the bolt travel. Thanks, Eli""")

edited("en", "en/motor-jam", """Hi Paul,

When the bolt on the K7 Smart Deadbolt stops halfway or the motor keeps whirring, the cause is almost always the bolt rubbing on the strike plate rather than a fault in the lock. Please open the door, lock and unlock it from the app, and check that the bolt moves freely; if it does, close the door and try again while gently pushing or pulling the door toward the frame.

If the bolt only binds with the door closed, loosen the two strike plate screws, move the plate about 2 mm so the bolt enters the middle of the hole, and tighten the screws again. After adjusting, run Door Calibration under Settings in the Holtbridge Home app so the lock relearns the bolt travel.

Thanks again,
Eli""",
       "inline greeting moved to its own line, paragraph split into three, sign-off on its own lines",
       ["rewrapped", "greeting", "signoff"])

exact("en", "en/keypad-unresponsive", """Dear Mr. Okafor,

I'm sorry the keypad on your K7 Smart Deadbolt is not lighting up. Please try
these checks in order:

1. Touch the keypad with the palm of your hand to wake it; a single
   fingertip tap is sometimes not enough in cold weather.
2. Replace all four batteries with new alkaline AA cells of the same
   brand. Rechargeable cells give a lower voltage and can cause this.
3. Remove the interior unit and check that the ribbon cable from the
   exterior keypad is fully seated in its socket and is not pinched.
4. Hold the reset button for 10 seconds, then pair the lock again.

If the keypad is still dark after step 4, please reply with the batch
number printed on the back of the exterior unit so we can look into
it further.

Regards,
Hannah""")

edited("en", "en/keypad-unresponsive", """Dear Linda,

I'm sorry the keypad on your K7 Pro is not lighting up. Please try these checks in order:

1. Touch the keypad with the palm of your hand to wake it; a single fingertip tap is sometimes not enough in cold weather.
2. Replace all four batteries with new alkaline AA cells of the same brand. Rechargeable cells give a lower voltage and can cause this.
3. Remove the interior unit and check that the ribbon cable from the exterior keypad is fully seated in its socket and is not pinched.
4. Hold the reset button for 10 seconds, then pair the lock again.

If the keypad is still dark after step 4, please reply with the batch number printed on the back of the exterior unit so we can look into it further.

Kind regards,
Hannah""",
       "hard-wrapped lines unwrapped into full-length lines, sign-off word changed",
       ["unwrapped", "signoff"])

exact("en", "en/door-compatibility", """Hello Steve,

Order: 113-4829105-7730261
Model: K7 Smart Deadbolt

Thanks for checking before you install. The K7 Smart Deadbolt fits doors that meet all of the following:

* Door thickness between 35 mm and 55 mm (1-3/8" to 2-1/8").
* Backset of 60 mm or 70 mm (2-3/8" or 2-3/4"); the latch adjusts between the two.
* A 54 mm (2-1/8") cross bore and a 25 mm (1") edge bore.
* At least 140 mm between the deadbolt hole and any existing handle set.

For doors thicker than 55 mm, the Long Spindle Kit included in the box extends the range to 80 mm.

Best wishes,
Priya""")

edited("en", "en/door-compatibility", """Hi Grace,

Order: 111-6620418-3357904
Model: K7 Pro

Thanks for checking before you install. The K7 Pro fits doors that meet all of the following:

- Door thickness between 35 mm and 55 mm (1-3/8" to 2-1/8").
- Backset of 60 mm or 70 mm (2-3/8" or 2-3/4"); the latch adjusts between the two.
- A 54 mm (2-1/8") cross bore and a 25 mm (1") edge bore.
- At least 140 mm between the deadbolt hole and any existing handle set.

If your door is thicker than 55 mm, use the Long Spindle Kit from the box; it extends the range to 80 mm.

Best wishes,
Priya""",
       "greeting changed, '*' bullets changed to '-', last sentence reworded",
       ["greeting", "glyphs", "reworded"])

exact("en", "en/warranty-claim", """Dear Ms. Patel,

Thank you for the details about your K7 Pro (order 114-2093847-5561029). The lock is covered by our 2-year limited warranty against defects in materials and workmanship, and the problem you describe is covered.

We will send you a replacement exterior keypad at no cost. You do not need to return the faulty part. Your codes and fingerprints are stored in the interior unit, so they are kept when an exterior part is replaced.

The warranty does not cover damage from forced entry, water getting into an unsealed installation, or batteries that have leaked.

Sincerely,
Marcus
Holtbridge Customer Care""")

exact("en", "en/warranty-claim", """Dear Daniel,

Thank you for the details about your K7 Smart Deadbolt (order 112-7781204-3390845). The lock is covered by our 2-year limited warranty against defects in materials and workmanship, and the problem you describe is covered.

We will send you a replacement fingerprint sensor module at no cost. You do not need to return the faulty part. Your codes and fingerprints are stored in the interior unit, so they are kept when an exterior part is replaced.

The warranty does not cover damage from forced entry, water getting into an unsealed installation, or batteries that have leaked.

Sincerely,
Marcus
Holtbridge Customer Care""")

exact("en", "en/damaged-on-arrival", """Hi Chris,

I'm very sorry your K7 Pro arrived damaged. Thank you for the photos; they clearly show the cracked interior cover.

We are sending a complete replacement lock to the address on your order. It ships within 2 business days, and the tracking number will appear under Your Orders once it leaves our warehouse.

Please keep the damaged lock until the replacement arrives. There is no need to send it back unless Amazon asks you to start a return.

Best,
Nadia""")

edited("en", "en/damaged-on-arrival", """Hi Ms. Brooks,

I'm very sorry your K7 Smart Deadbolt arrived damaged. Thank you for the photos; they clearly show the cracked keypad glass.

I know this is not how you hoped to start with your new lock.

We are sending a complete replacement lock to the address on your order. It ships within 2 business days, and the tracking number will appear under Your Orders once it leaves our warehouse.

Please keep the damaged lock until the replacement arrives. There is no need to send it back unless Amazon asks you to start a return.

Warm regards,
Nadia
Holtbridge Support""",
       "courtesy line added, sign-off changed and team line added",
       ["courtesy", "signoff", "signature"])

exact("en", "en/missing-part", """Hello Ben,

Order: 111-5938271-0048312
Missing item: strike plate

Sorry that the strike plate was not in your box. Before we send one, please check these places, as small parts are sometimes packed separately:

• the foam insert under the exterior keypad
• the small white envelope taped inside the lid
• the bag with the mounting screws

If it is not there, reply to this message and we will send the strike plate to you free of charge within 2 business days.

Thank you,
Tara""")

edited("en", "en/missing-part", """Hi Olivia,

Order: 114-0182736-9925410
Missing item: long spindle

Sorry that the long spindle was not in your box. Before we send one, please check these places, as small parts are sometimes packed separately:

- the foam insert under the exterior keypad
- the small white envelope taped inside the lid
- the bag with the mounting screws

If it is not there, reply to this message and we will send the long spindle to you free of charge within 2 business days.

Thanks so much,
Tara""",
       "greeting changed, '•' bullets changed to '-', sign-off changed",
       ["greeting", "glyphs", "signoff"])

exact("en", "en/battery-care", """Hello Mrs. Nguyen,

To keep your K7 Smart Deadbolt working well, we suggest the following care
routine:

- Replace all four AA batteries together when the app shows 20% or
  the keypad flashes red. Do not mix old and new cells.
- Wipe the fingerprint sensor with a soft dry cloth once a week.
  Avoid alcohol wipes, which wear down the sensor coating.
- Put a little dry graphite lubricant into the key cylinder twice a
  year. Oil-based sprays attract dust and make the key stiff.
- Check each season that the gasket behind the exterior unit sits
  flat, especially on doors exposed to rain.

The emergency USB-C port under the keypad can power the lock for a
few openings if the batteries run flat while you are outside.

Best regards,
Hannah""")

edited("en", "en/battery-care", """Hello Mr. Fischer,

To keep your K7 Pro working well, we suggest the following care routine:

- Replace all four AA batteries together when the app shows 20% or the keypad flashes red. Do not mix old and new cells.
- Wipe the fingerprint sensor with a soft dry cloth once a week. Avoid alcohol wipes, which wear down the sensor coating.
- Put a little dry graphite lubricant into the key cylinder twice a year. Oil-based sprays attract dust and make the key stiff.
- Check each season that the gasket behind the exterior unit sits flat, especially on doors exposed to rain.

The emergency USB-C port under the keypad can power the lock for a few openings if the batteries run flat while you are outside.

Best regards,
Hannah
Holtbridge Support""",
       "hard-wrapped lines unwrapped, team line added under the name",
       ["unwrapped", "signature"])

exact("en", "en/review-request", """Dear Alex,

Thank you for your order 112-0394857-2219384. When you have a moment, you are welcome to write a review on Amazon about how the K7 Smart Deadbolt has worked for you. Honest reviews, good or bad, help other customers choose the right lock for their home.

Regards,
Dana""")

edited("en", "en/review-request", """Hi Morgan,

Thank you for your order 113-7730195-6048821. When you have a moment, you are welcome to write a review on Amazon about how the L3 Keypad Lever has worked for you. Honest reviews, good or bad, help other customers choose the right lock for their home.

Best,
Dana and the Holtbridge team""",
       "greeting and sign-off changed (signature names the team); body unchanged and still neutral",
       ["greeting", "signoff", "signature"])

# ===== filled-template: Simplified Chinese ===================================

exact("zh", "zh/setup-pairing", """王先生您好：

感谢您购买K7 Pro智能门锁。请按以下步骤完成配网：

1. 在室内面板装入4节新的5号碱性电池，听到提示音后继续。
2. 打开Holtbridge Home App，点击“添加设备”，选择“智能门锁”。
3. 长按电池盖下方的SET键3秒，直到键盘闪烁蓝灯。
4. 手机靠近门锁（1米以内），输入电池盖内侧标签上的6位配对码。
5. App显示“配对成功”后，请先设置管理员密码再退出。

如第4步失败，请关闭手机蓝牙后重新打开，再从第3步开始操作。

祝您生活愉快！
小林""")

edited("zh", "zh/setup-pairing", """李女士您好：

感谢您购买K7智能门锁。请按以下步骤完成配网：

1. 在室内面板装入4节新的5号碱性电池，听到提示音后继续。
2. 打开Holtbridge Home App，点击“添加设备”，选择“智能门锁”。
3. 打开电池盖，按住SET键约3秒，键盘闪蓝灯即进入配对模式。
4. 手机靠近门锁（1米以内），输入电池盖内侧标签上的6位配对码。
5. App显示“配对成功”后，请先设置管理员密码再退出。

如第4步失败，请关闭手机蓝牙后重新打开，再从第3步开始操作。

如有其他问题，欢迎随时回复本消息。
客服 小林""",
       "step 3 reworded, closing wish replaced by a courtesy line, agent title added",
       ["reworded", "courtesy", "signoff"])

exact("zh", "zh/fingerprint-tips", """陈小姐您好，

关于K7智能门锁指纹识别率低的问题，建议您按以下方法处理：

• 删除识别不好的指纹后重新录入，录入时每次按压都稍微变换角度。
• 手指过于干燥或冰冷时识别率会下降，可先搓手或稍微湿润指腹。
• 用干燥的软布擦拭指纹头，不要使用酒精或湿巾。
• 每个用户建议录入两个不同手指作为备用。

如按以上方法操作后仍无法改善，请告诉我们门锁的固件版本号（在App“设备信息”中查看），我们会进一步为您排查。

阿杰""")

edited("zh", "zh/fingerprint-tips", """何先生您好，

关于K7 Pro指纹识别率低的问题，建议您按以下方法处理：

1. 删除识别不好的指纹后重新录入，录入时每次按压都稍微变换角度。
2. 手指过于干燥或冰冷时识别率会下降，可先搓手或稍微湿润指腹。
3. 用干燥的软布擦拭指纹头，不要使用酒精或湿巾。
4. 每个用户建议录入两个不同手指作为备用。

如按以上方法操作后仍无法改善，请告诉我们门锁的固件版本号（在App“设备信息”中查看），我们会进一步为您排查。

Holtbridge客服部 阿杰""",
       "'•' bullets changed to numbers, signature with team name added",
       ["glyphs", "signature"])

exact("zh", "zh/warranty", """尊敬的张先生：

订单号：113-5207719-8843126
型号：K7 Pro
故障描述：外面板指纹头无反应

经核实，您反馈的问题属于保修范围。本产品提供2年有限保修，涵盖材料与工艺缺陷。我们将免费为您寄送更换的外面板，无需寄回故障部件。

请注意：人为暴力破坏、安装不当导致进水、电池漏液造成的损坏不在保修范围内。

此致
周敏
Holtbridge售后服务部""")

exact("zh", "zh/warranty", """尊敬的刘女士：

订单号：112-9046613-2275038
型号：K7智能门锁
故障描述：开锁时电机异响

经核实，您反馈的问题属于保修范围。本产品提供2年有限保修，涵盖材料与工艺缺陷。我们将免费为您寄送更换的锁体电机组件，无需寄回故障部件。

请注意：人为暴力破坏、安装不当导致进水、电池漏液造成的损坏不在保修范围内。

此致
周敏
Holtbridge售后服务部""")

exact("zh", "zh/damaged", """赵先生您好，非常抱歉您收到的K7 Pro在运输途中受损。根据您提供的照片，我们已安排为您免费补发一套全新门锁，预计2个工作日内发出，发货后可在“我的订单”中查看物流信息。损坏的门锁请先保留，除非亚马逊要求办理退货，否则无需寄回。给您带来不便，敬请谅解。小林""")

edited("zh", "zh/damaged", """郑女士您好：

非常抱歉您收到的K7智能门锁在运输途中受损。根据您提供的照片，我们已安排为您免费补发一套全新门锁，预计2个工作日内发出，发货后可在“我的订单”中查看物流信息。

损坏的门锁请先保留，除非亚马逊要求办理退货，否则无需寄回。给您带来不便，再次向您致歉。

小林""",
       "inline greeting put on its own line, paragraph split, closing apology reworded",
       ["rewrapped", "greeting", "reworded"])

exact("zh", "zh/emergency-power", """孙先生您好：

K7智能门锁电池电量耗尽时，您可以通过以下方式开门：

- 用充电宝或手机充电器连接外面板底部的USB-C应急供电口，门锁会临时通电，然后正常输入密码或指纹开门。
- 使用包装内附带的机械钥匙，钥匙孔位于外面板下方的滑盖后面。
- 开门后请立即更换全部4节电池，不要新旧电池混用。

平时App显示电量低于20%时，建议尽快更换电池。

周敏""")

exact("zh", "zh/emergency-power", """黄女士您好：

K7 Pro电池电量耗尽时，您可以通过以下方式开门：

- 用充电宝或手机充电器连接外面板底部的USB-C应急供电口，门锁会临时通电，然后正常输入密码或指纹开门。
- 使用包装内附带的机械钥匙，钥匙孔位于外面板下方的滑盖后面。
- 开门后请立即更换全部4节电池，不要新旧电池混用。

平时App显示电量低于20%时，建议尽快更换电池。

阿杰""")

edited("zh", "zh/emergency-power", """吴先生您好，

K7智能门锁电池电量耗尽时，您可以通过以下方式开门：

1）用充电宝或手机充电器连接外面板底部的USB-C应急供电口，门锁会临时通电，然后正常输入密码或指纹开门。
2）使用包装内附带的机械钥匙，钥匙孔位于外面板下方的滑盖后面。
3）开门后请立即更换全部4节电池，不要新旧电池混用。

建议您在App提示电量低于20%时就及时更换电池，避免被锁在门外。

阿杰""",
       "'-' bullets changed to 1）, closing sentence reworded, greeting punctuation changed",
       ["glyphs", "reworded", "greeting"])

exact("zh", "zh/review-request", """周女士您好：

感谢您购买K7 Pro（订单号：114-6650921-3017784）。如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验，无论好坏，您的评价都能帮其他买家做出选择。

小林""")

edited("zh", "zh/review-request", """马先生您好：

感谢您购买K7智能门锁（订单号：111-2784410-5569012）。如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验，无论好坏，您的评价都能帮其他买家做出选择。

祝您生活愉快！
Holtbridge客服 小林""",
       "closing wish added, signature with team name",
       ["courtesy", "signature"])

# ===== filled-template: Traditional Chinese ==================================

exact("tw", "zh-tw/setup", """林先生 您好：

型號：K7 Pro

以下是安裝步驟，請依序操作：

1）確認門厚介於35至55公釐之間，並拆下原有的門鎖。
2）將鎖舌裝入門側孔，斜面朝向關門方向。
3）將外面板的排線穿過鎖舌中間的孔，再裝上內面板並鎖緊兩顆螺絲。
4）裝入4顆3號鹼性電池，聽到提示音後在App中執行「門向校正」。

安裝完成後，請先用App開關鎖數次確認順暢，再設定管理員密碼。

美玲 敬上""")

edited("tw", "zh-tw/setup", """蔡小姐 您好：

型號：K7 智慧門鎖

以下是安裝步驟，請依序操作：

1. 確認門厚介於35至55公釐之間，並拆下原有的門鎖。
2. 將鎖舌裝入門側孔，斜面朝向關門方向。
3. 將外面板的排線穿過鎖舌中間的孔，再裝上內面板並鎖緊兩顆螺絲。
4. 裝入4顆3號鹼性電池，聽到提示音後在App中執行「門向校正」。

安裝完成後，請先用App開關鎖數次確認順暢，再設定管理員密碼。

安裝過程如有任何疑問，歡迎直接回覆此訊息。
Holtbridge 客服團隊 美玲""",
       "numbering glyph 1） changed to 1., courtesy line added, 敬上 replaced by team signature",
       ["glyphs", "courtesy", "signature"])

exact("tw", "zh-tw/missing-part", """黃小姐 您好：

訂單編號：113-3391065-7248830
缺少配件：固定板螺絲

很抱歉您的包裹中缺少固定板螺絲。小配件有時會另外包裝，請先檢查以下位置：

・外面板下方的泡棉內
・盒蓋內側的白色小信封
・螺絲包裝袋中

若仍找不到，請直接回覆此訊息，我們會在2個工作天內免費寄出固定板螺絲給您。

志明""")

edited("tw", "zh-tw/missing-part", """許先生您好，

訂單編號：112-8853027-1140965
缺少配件：加長方軸

很抱歉您的包裹中缺少加長方軸。小配件有時會另外包裝，請先檢查以下位置：

- 外面板下方的泡棉內
- 盒蓋內側的白色小信封
- 螺絲包裝袋中

若仍找不到，請直接回覆此訊息，我們會在2個工作天內免費寄出加長方軸給您。

志明""",
       "greeting punctuation changed, '・' bullets changed to '-'",
       ["greeting", "glyphs"])

exact("tw", "zh-tw/auto-lock", """陳小姐 您好，K7 智慧門鎖 的自動上鎖功能可在 Holtbridge Home App 的「設定」>「自動上鎖」中開啟，延遲時間可設為10秒到3分鐘。若門關上後沒有自動上鎖，通常是門向校正尚未完成或門框上的磁感應片位置偏移，請在App中重新執行「門向校正」，並確認磁感應片與內面板的距離在1公分以內。祝您使用順利！志明""")

edited("tw", "zh-tw/auto-lock", """楊先生您好：

K7 Pro 的自動上鎖功能可在 Holtbridge Home App 的「設定」>「自動上鎖」中開啟，延遲時間可設為10秒到3分鐘。若門關上後沒有自動上鎖，通常是門向校正尚未完成或門框上的磁感應片位置偏移，請在App中重新執行「門向校正」，並確認磁感應片與內面板的距離在1公分以內。

祝 順心
志明""",
       "inline greeting and sign-off moved onto their own lines, closing wish changed",
       ["rewrapped", "greeting", "signoff"])

exact("tw", "zh-tw/review-request", """吳先生 您好：

感謝您購買 K7 Pro（訂單編號：111-4470382-6615290）。若您有空，歡迎在 Amazon 商品頁面分享您的真實使用心得，不論正面或負面，您的評論都能幫助其他顧客參考。

美玲 敬上""")

edited("tw", "zh-tw/review-request", """鄭小姐 您好：

謝謝您選購 K7 智慧門鎖（訂單編號：114-9902716-3358047）。若您有空，歡迎在 Amazon 商品頁面分享您的真實使用心得，不論正面或負面，您的評論都能幫助其他顧客參考。

Holtbridge 客服 美玲""",
       "opening thanks reworded, 敬上 replaced by signature with team name",
       ["reworded", "signature"])

# ===== logistics: English ===================================================

LG = "logistics"

rec(LG, "en", [], """Hi Rebecca, your order 113-2948571-6603928 left our warehouse this morning with UPS. The tracking number is 1Z7X49W20392847716, and UPS currently estimates delivery on Thursday, May 16. If the box has not arrived by Friday evening, reply here and I will open a trace with the carrier. Thanks, Dana""",
    "shipped, tracking and ETA in reply to a where-is-my-order question", tags=["shipping", "tracking"])

rec(LG, "en", [], """Hello Mr. Price,

As you asked, we have cancelled order 111-8830264-1945572 before it was packed. You will not be charged, and the pending authorization normally drops off your card within 3-5 business days.

Regards,
Marcus""",
    "cancellation at the buyer's request", tags=["cancellation"])

rec(LG, "en", [], """Hi Jenna, thanks for catching that before it shipped. I have updated the delivery address on order 112-4471903-8826154 to include Unit 4B, and the parcel will go out tomorrow with a new label. Best, Priya""",
    "address correction before dispatch", tags=["address"])

rec(LG, "en", [], """Hi Greg,

You can return the item within 30 days. Go to Your Orders on Amazon, choose "Return or replace items", pick a reason, and Amazon will give you a prepaid return label and drop-off options. Please pack everything in the original box if you still have it. The refund goes to your original payment method once the carrier scans the parcel.

Best,
Tara""",
    "how to return; refund timing", tags=["return", "refund"])

rec(LG, "en", [], """Hello Ms. Ford, the item you sent back reached our warehouse on June 3 and your refund of $189.99 was issued today. Banks normally post it within 3-5 business days. Kind regards, Marcus""",
    "refund of a completed return", tags=["refund", "return"])

rec(LG, "en", [], """Hi Kevin, sorry for the wait. Your order 112-6603817-4429075 was held at the FedEx hub in Memphis because of the storms, and FedEx now shows a new delivery date of Monday, July 8 (tracking 7829 3345 1096). I'll keep an eye on it and message you if the date slips again. Priya""",
    "carrier delay", tags=["delay", "tracking"])

rec(LG, "en", [], """Hi Sarah,

Your order was split into two shipments. The K7 Pro lock went out today with UPS, tracking 1Z4E07R80315562209. The HB-Link Wi-Fi bridge ships separately from another warehouse with USPS, tracking 9400 1118 9922 3841 0056 72. Both should arrive by Wednesday.

Dana""",
    "split shipment; names the products but only logistics content", tags=["split", "tracking", "near-miss"])

rec(LG, "en", [], """Hello Daniel, I'm sorry the parcel isn't there. UPS marked it delivered at 2:14 pm, left at the front porch. Please check with neighbours and your building's mailroom, since carriers sometimes scan a parcel as delivered a little early. If it hasn't turned up by tomorrow evening, let me know and we will either reship it or refund you, whichever you prefer. Marcus""",
    "marked delivered but not found", tags=["not-found", "refund"])

rec(LG, "en", [], """Hi Mark, your parcel to Canada is being held by the Canada Border Services Agency for a routine inspection. The import fees were prepaid through Amazon at checkout, so there is nothing to pay at the door. Purolator expects it to be released within 2-3 business days; tracking number 3350 7719 2028. Priya""",
    "customs hold", tags=["customs", "tracking"])

rec(LG, "en", [], """Hi Lisa,

I'm sorry the keypad on your lock stopped working. The replacement you chose has been processed: a new K7 Smart Deadbolt ships today with UPS, tracking 1Z9W31A60420187734. Please use the prepaid return label in that box to send the faulty unit back within 30 days.

Nadia""",
    "names the fault, but only arranges a replacement shipment and return", tags=["return", "tracking", "near-miss"])

rec(LG, "en", [], """Hello Tom, about the missing strike plate: it left our warehouse today by USPS First-Class, tracking 9400 1118 9922 3012 4477 05, and should reach you in 3-4 days. Tara""",
    "names the missing part; content is only the dispatch of it", tags=["shipping", "tracking", "near-miss"])

rec(LG, "en", [], """Hi Aisha, the duplicate order 114-3307721-6690418 has been cancelled as you requested. Your first order, 114-3307702-1185533, is unchanged and still due on Saturday. Thanks, Dana""",
    "duplicate order cancelled at the buyer's request", tags=["cancellation"])

rec(LG, "en", [], """Hi Robert,

Since the lock doesn't suit your door, a return is the simplest route. Start it from Your Orders and choose "Incompatible or not useful" as the reason; Amazon will provide the return label and you will not pay for return shipping. Once it is scanned, the full $219.00 is refunded.

Best,
Tara""",
    "mentions a fit problem but gives no fitting advice; return and refund only", tags=["return", "refund", "near-miss"])

rec(LG, "en", [], """Hello Ms. Warren,

Your return for order 113-0057843-2291676 arrived, but the box contained only the interior unit; the exterior keypad and the keys were not inside. We have issued a partial refund of $95.00 for the parts received. If you find the remaining parts and send them back within 30 days, we will refund the balance.

Regards,
Marcus""",
    "partial refund for an incomplete return; names parts but only return handling", tags=["return", "refund", "near-miss"])

rec(LG, "en", [], """Hi Ms. Cole, the carrier needs a signature for this parcel because of its value, and the first attempt on Tuesday was missed. UPS will try again tomorrow between 9 am and 1 pm. If nobody will be home, you can redirect it to a UPS Access Point from the UPS tracking page using 1Z5R88K70498812250. Dana""",
    "redelivery with signature", tags=["delivery", "tracking"])

# ===== logistics: Simplified Chinese ========================================

rec(LG, "zh", [], """王先生您好，您的订单 113-6028841-1937750 今天上午已交给UPS，运单号 1Z2A56F10344872219，承运商预计3月14日送达。如果到3月15日仍未收到，请回复本消息，我们会联系承运商查件。""",
    "shipped, tracking and ETA", tags=["shipping", "tracking"])

rec(LG, "zh", [], """李女士您好：

已按照您的要求将订单 111-4082265-7719043 取消，该订单尚未打包，不会扣款。原支付方式上的预授权一般会在3至5个工作日内自动释放。

小林""",
    "取消 at the buyer's request", tags=["cancellation"])

rec(LG, "zh", [], """陈先生您好，订单还没有出库，我们已把收货地址修改为您发来的新地址（门牌号改为1208室），明天会用新面单发出，请留意物流更新。""",
    "修改 address before dispatch", tags=["address"])

rec(LG, "zh", [], """张女士您好，您退回的门锁已于6月5日入库，检查无误，退款 $189.99 已原路退回，银行入账通常需要3至5个工作日，请留意。""",
    "退款 of a completed return; names the lock but only refund content", tags=["refund", "return", "near-miss"])

rec(LG, "zh", [], """刘先生您好：

物流信息显示包裹已于昨天下午放在您家前门签收。建议您先问一下邻居或物业前台，有时快递员会提前扫描签收。如果明天仍未找到，请告诉我们，我们会为您重新发货或全额退款，由您选择。

周敏""",
    "marked delivered but not found", tags=["not-found", "refund"])

rec(LG, "zh", [], """赵女士您好，您的订单分成了两个包裹：门锁主体由UPS发出，运单号 1Z6H20E90377140582；Wi-Fi网关HB-Link从另一个仓库由USPS单独发出，运单号 9400 1118 9922 3390 6612 48。两个包裹预计都在周三前送达。""",
    "split shipment; names products, logistics only", tags=["split", "tracking", "near-miss"])

rec(LG, "zh", [], """孙先生您好，您寄往加拿大的包裹目前在海关接受例行查验。进口税费已在下单时通过亚马逊预付，签收时无需另外付费。承运商预计2至3个工作日内放行，运单号 3350 7719 2094。""",
    "customs hold", tags=["customs", "tracking"])

rec(LG, "zh", [], """黄先生您好，关于外面板裂开的问题，我们已为您补发一个新的外面板，今天已通过USPS寄出，运单号 9400 1118 9922 3175 2036 91，预计4天左右送达。旧的外面板无需寄回。""",
    "names the damage; content is only the dispatch of a replacement part", tags=["shipping", "tracking", "near-miss"])

rec(LG, "zh", [], """钱先生您好：

门锁与您家的门不匹配的话，可以直接办理退货：在亚马逊“我的订单”中找到该订单，点击“退换货”，原因选择“不兼容”，系统会提供预付退货面单，无需您承担运费。包裹被承运商扫描后，货款会全额退回原支付方式。

阿杰""",
    "mentions incompatibility but only explains the return; no fitting advice", tags=["return", "refund", "near-miss"])

rec(LG, "zh", [], """吴先生您好，非常抱歉，由于承运商中转站货量积压，您的订单出现了延误。承运商更新的预计送达时间是7月9日，运单号 TBA304918273000。如果7月10日仍未送达，我们会为您重新发货。""",
    "carrier delay", tags=["delay", "tracking"])

# ===== logistics: Traditional Chinese =======================================

rec(LG, "tw", [], """林先生您好，您的訂單 113-7741290-0836615 已於今天由 UPS 寄出，追蹤號碼 1Z3F77T40281093356，預計週四送達。若週五仍未收到，請回覆此訊息，我們會協助向物流查詢。""",
    "shipped, tracking and ETA", tags=["shipping", "tracking"])

rec(LG, "tw", [], """陳小姐您好：

重複下單的訂單 112-5590374-2201846 已依您的要求取消，另一筆訂單 112-5590361-7738204 仍會照常於明天出貨，款項不會重複扣款。

志明""",
    "duplicate order 取消 at the buyer's request", tags=["cancellation"])

rec(LG, "tw", [], """黃先生您好，您退回的 K7 門鎖已於6月2日送達倉庫，檢查後配件齊全，全額退款 $199.99 已退回原付款方式，約3至5個工作天入帳。""",
    "退款 of a completed return; names the lock, refund only", tags=["refund", "return", "near-miss"])

rec(LG, "tw", [], """吳小姐您好，訂單尚未出貨，已將收件地址修改為您提供的新地址（台中市西屯區），新的出貨標籤明天列印後隨即寄出。""",
    "修改 address before dispatch", tags=["address"])

rec(LG, "tw", [], """張先生您好：

關於您提到門鎖包裹沒有收到，物流紀錄顯示已於昨天下午投遞到大樓管理室。請先向管理室確認；若仍找不到，回覆我們後會立即為您補寄一組，或辦理全額退款。

美玲""",
    "delivered-not-found; names the lock, logistics only", tags=["not-found", "near-miss"])

# ===== logistics: mixed ======================================================

rec(LG, "mixed", [], """Hi Wei, 您好！Your order 113-8802146-5073318 shipped today with UPS, tracking 1Z0K64N30455217790. 预计本周五到货。If it hasn't arrived by Saturday, please reply here. 如周六仍未收到，请直接回复本消息。""",
    "bilingual shipping notice in reply", tags=["shipping", "tracking", "mixed-lang"])

rec(LG, "mixed", [], """Hello Mr. Chen, 陈先生您好。The replacement exterior keypad left our warehouse today, USPS tracking 9400 1118 9922 3560 8841 27. 更换用的外面板今天已寄出。There is no need to return the old one. 旧面板无需寄回。""",
    "bilingual; names the replacement part, logistics only", tags=["shipping", "tracking", "near-miss", "mixed-lang"])

# ===== rewritten: English ====================================================

RW = "rewritten"

rec(RW, "en", [TR], """Hi Brian, pairing only takes a minute once the lock is in pairing mode. Pop the batteries in first and listen for the chime. Then lift the battery cover, hold SET until the keypad blinks blue, and in the app choose Add Device followed by Smart Lock. Your phone has to be right next to the lock; the 6-digit code it asks for is on the label under the battery cover. If it times out, toggle Bluetooth and start again from the SET button. Set a master code as soon as it says Paired. - Luis""",
    "heavy paraphrase of the pairing steps", src="en/setup-app-pairing", tags=["paraphrase"])

rec(RW, "en", [TR], """Hello Ms. Reyes,

That grinding noise with the bolt stopping part of the way is nearly always alignment, not a broken motor. Test it with the door open: if the bolt throws fully, the strike plate on the frame is slightly off. Loosen its two screws, shift it a couple of millimetres, tighten again, then redo the calibration in the app so the motor learns the new travel.

Let me know how it goes.
Eli""",
    "heavy paraphrase of the motor-jam advice", src="en/motor-jam", tags=["paraphrase"])

rec(RW, "en", [TR], """Hi Frank, a dark keypad nearly always comes down to power. Swap in four fresh alkaline AAs (not rechargeables, their voltage is too low), then wake the pad with your whole palm rather than a fingertip. If it stays dark, take off the inside unit and reseat the flat cable that comes through the door; it sometimes gets squeezed during installation. A 10-second press on reset followed by re-pairing is the last thing to try. Hannah""",
    "heavy paraphrase, unwrapped and reordered", src="en/keypad-unresponsive", tags=["paraphrase"])

rec(RW, "en", [TR], """Hi Nora, your 45 mm door is fine. Out of the box the K7 takes anything from 35 to 55 mm, and the longer spindle that comes with it stretches that to 80 mm. The latch works with both 60 and 70 mm backsets and needs the usual 54 mm hole through the face of the door. Just make sure there's at least 140 mm between the deadbolt hole and your handle. Best, Priya""",
    "heavy paraphrase answering a specific door", src="en/door-compatibility", tags=["paraphrase"])

rec(RW, "en", [TR], """Hello Mr. Dunn,

A few habits keep the lock happy: change all four batteries at once when the app drops to 20%, give the fingerprint pad a dry wipe now and then (skip the alcohol), and puff a bit of graphite into the key slot a couple of times a year instead of oil. If the batteries ever die while you're out, a power bank on the USB-C port under the keypad will get you in.

Hannah""",
    "heavy paraphrase of the care routine", src="en/battery-care", tags=["paraphrase"])

rec(RW, "en", [TR], """Hi Carla, for your cleaner you can create a scheduled code. In the app go to Users > Add User > Guest, choose Recurring, tick Tuesday and Friday and set 9 am to 1 pm. The code only works inside that window, and you can delete it whenever you like. Dana""",
    "free product help: scheduled guest code", tags=["free-help", "settings"])

rec(RW, "en", [TR], """Hi Victor,

The K7 Pro has Wi-Fi built in, so it can work with Alexa without the bridge. In the Alexa app, enable the Holtbridge skill and sign in with your Holtbridge Home account, then ask Alexa to discover devices. Locking by voice works straight away; unlocking by voice needs the voice PIN you set under Settings > Voice Assistants in our app.

Priya""",
    "free product help: voice assistant compatibility (Alexa is a product feature, not a contact channel)", tags=["free-help", "compatibility"])

rec(RW, "en", [TR], """Hi Ruth, you can silence the keypad beeps under Settings > Sound in the app by choosing Mute. The lock will still beep for low-battery warnings so you don't get caught out, and auto-lock keeps working as before. Sam""",
    "free product help: sound settings", tags=["free-help", "settings"])

rec(RW, "en", [TR], """Hello Mr. Singh,

To change the master code, stand near the lock, open Settings > Master Code in the app, enter the current code and then the new one twice. Codes can be 6 to 10 digits. If you have forgotten the current code, a factory reset clears it, but it also removes every user, code and fingerprint, so you would need to set those up again.

Marcus""",
    "free product help: master code", tags=["free-help", "settings"])

rec(RW, "en", [TR], """Hi Derek,

Thank you for the photos. The green corrosion on the battery contacts comes from batteries that leaked, and that kind of damage is outside our warranty, so we can't replace the lock under it. It is often fixable, though: dab the contacts with a little white vinegar on a cotton bud, dry them well, and fit four new alkaline batteries. Many locks work normally again after that.

Marcus""",
    "warranty decision: claim declined, with cleaning advice", tags=["warranty-decision"])

rec(RW, "en", [TR], """Hello Ms. Hart, your lock is a few weeks past the 2-year warranty, but since the fingerprint sensor failed on its own and not through damage, we will treat it as covered this time and replace the exterior unit at no charge. Your codes live on the interior unit, so nothing needs to be set up again. Marcus""",
    "warranty decision: goodwill exception", tags=["warranty-decision"])

rec(RW, "en", [TR], """Hi Paula, your K7 lock was delivered about two weeks ago. If you'd like to, you can describe how it has worked for you in a review on Amazon; reviews of every kind help other shoppers compare locks. Thanks, Dana""",
    "freely written neutral review request (no condition, no incentive, no rating named)", tags=["neutral-review-request"])

# ===== rewritten: Simplified Chinese ========================================

rec(RW, "zh", [TR], """王女士您好，配网其实很简单：先装好电池，听到“嘀”一声；再打开电池盖按住SET键，键盘闪蓝灯就说明进入配对状态了。这时在App里添加设备、选智能门锁，手机贴近门锁，输入电池盖里那张贴纸上的6位码即可。连不上的话，把手机蓝牙关掉再打开，重新按SET键试一次。配好后记得马上设置管理员密码。""",
    "heavy paraphrase of the pairing steps", src="zh/setup-pairing", tags=["paraphrase"])

rec(RW, "zh", [TR], """陈先生您好：

指纹老是识别不了，多半跟录入方式和手指状态有关。建议把这枚指纹删掉重新录，录的时候每按一次稍微转一下角度，让指纹边缘也录进去；冬天手指干冷，可以先搓热再按。指纹头脏了用干布擦就行，别用酒精。最好再多录一个手指备用。

阿杰""",
    "heavy paraphrase of the fingerprint tips (contains 删掉 about a fingerprint)", src="zh/fingerprint-tips", tags=["paraphrase"])

rec(RW, "zh", [TR], """刘先生您好，电池没电也不用担心。拿个充电宝，用USB-C线插到外面板底部的小口上，门锁马上就能临时通电，照常输密码开门；也可以推开钥匙孔的滑盖，用附带的机械钥匙开。进门后把4节电池一起换掉就好。""",
    "heavy paraphrase of the emergency-power template", src="zh/emergency-power", tags=["paraphrase"])

rec(RW, "zh", [TR], """孙女士您好，给保洁阿姨设置临时密码的方法：在App中进入“用户管理”→“添加用户”→“访客”，选择“周期有效”，勾选周二、周五上午9点到下午1点。超出这个时间段密码自动失效，您也可以随时把它删除。""",
    "free product help: scheduled guest code", tags=["free-help", "settings"])

rec(RW, "zh", [TR], """黄先生您好，门锁的提示音可以在App“设置”→“声音”里调成低音量或静音。静音后低电量提醒仍然会响，这是为了避免电池耗尽时您没有察觉。""",
    "free product help: sound settings", tags=["free-help", "settings"])

rec(RW, "zh", [TR], """赵先生您好：

固件升级时请让手机留在门锁旁边，并保持App在前台运行，整个过程大约5分钟，期间请不要开关锁。升级完成后门锁会自动重启，已录入的密码和指纹都会保留。

周敏""",
    "free product help: firmware update", tags=["free-help", "settings"])

rec(RW, "zh", [TR], """周女士您好，看了您发来的照片，外面板上的裂痕是受外力撞击造成的，属于人为损坏，很遗憾不在保修范围内。锁体和电机检测都正常，门锁目前仍可以用密码和指纹正常开关。""",
    "warranty decision: claim declined", tags=["warranty-decision"])

rec(RW, "zh", [TR], """吴女士您好，门锁送到您家已经有一段时间了。如果您愿意，可以在亚马逊商品页写一写这段时间的使用感受，不论好评还是意见，都能给其他买家做参考。""",
    "freely written neutral review request; 好评 appears only in a balanced 'good or critical' pair", tags=["neutral-review-request"])

# ===== rewritten: Traditional Chinese =======================================

rec(RW, "tw", [TR], """林小姐您好，安裝前先量一下門厚，35到55公釐都可以。拆掉舊鎖後，把鎖舌放進門側的孔，斜面朝關門的方向；外面板的排線從鎖舌中間穿過去，接上內面板後鎖兩顆螺絲固定。電池裝好後記得在App裡做一次門向校正。""",
    "heavy paraphrase of the installation steps", src="zh-tw/setup", tags=["paraphrase"])

rec(RW, "tw", [TR], """陳先生您好：

門關上後沒有自動上鎖，多半是磁感應片裝得太遠，或是門向校正沒有做完。請把磁感應片移到距離內面板1公分以內，再到App重新校正一次。延遲時間可以在「自動上鎖」裡調整，最短10秒。

志明""",
    "heavy paraphrase of the auto-lock template", src="zh-tw/auto-lock", tags=["paraphrase"])

rec(RW, "tw", [TR], """王小姐您好，K7 支援防窺密碼：輸入時可以在正確密碼的前後加上任意數字，只要中間包含正確密碼就能開門，總長度不超過16位。這樣旁人就不容易從按鍵順序看出您的密碼。""",
    "free product help: anti-peep code", tags=["free-help", "settings"])

rec(RW, "tw", [TR], """黃先生您好，經確認您的門鎖仍在2年保固期內，馬達異音屬於保固範圍，我們會免費更換整組鎖體。更換後原本設定的密碼和指紋需要重新設定，屆時可以參考說明書第6頁。""",
    "warranty decision: approved; not a template", tags=["warranty-decision"])

# ===== rewritten: mixed ======================================================

rec(RW, "mixed", [TR], """Hi Mei, 您好！To turn on Auto-Lock, open Settings > Auto-Lock in the app and pick a 30-second delay. 在App的“设置”→“自动上锁”里选择30秒延迟即可。If the door doesn't lock after closing, run Door Calibration again. 如果关门后没有自动上锁，请重新做一次门向校准。""",
    "bilingual free product help: auto-lock", tags=["free-help", "settings", "mixed-lang"])

rec(RW, "mixed", [TR], """Hello Mr. Zhou, 周先生您好。The motor noise you describe is a known wear issue and is covered by the 2-year warranty. 电机异响属于保修范围，我们会免费更换锁体。Your fingerprints will need to be enrolled again afterwards. 更换后需要重新录入指纹。""",
    "bilingual warranty decision", tags=["warranty-decision", "mixed-lang"])

# ===== mixed-logistics: English =============================================

MX = "mixed-logistics"

rec(MX, "en", [TR], """Hi Amanda, the replacement K7 shipped today with UPS, tracking 1Z8V20W40387465512, and is due on Thursday. Until it arrives, the mechanical key in the small envelope will open your current lock from outside even if the keypad stays dark. Dana""",
    "replacement shipped + one sentence of product help (mechanical key)", tags=["tracking"])

rec(MX, "en", [TR], """Hello Mr. Ortiz, order 113-5514027-9086632 is out for delivery today with USPS. When you install it, fit the batteries and run the bolt a few times with the door open before you close it; that saves re-adjusting the strike plate later. Priya""",
    "out for delivery + installation tip", tags=["delivery"])

rec(MX, "en", [TR], """Hi Jess,

I've approved your return, and Amazon will email you the prepaid label. Before you pack the lock, hold the reset button for 10 seconds so your codes and fingerprints are wiped from it.

Marcus""",
    "return approved + factory-reset instruction", tags=["return"])

rec(MX, "en", [TR], """Hi Owen, the HB-Link bridge from your order is running two days late and should now arrive on Monday (tracking TBA305527190004). You don't have to wait to install the lock: it works fully over Bluetooth, and you can add the bridge later under Settings > Gateway.""",
    "delay notice + compatibility/setup sentence", tags=["delay", "tracking"])

rec(MX, "en", [TR], """Hi Paige, I've changed the delivery address on order 111-7302958-4416670 to 22 Birch Lane as requested, and it ships tomorrow. One tip for setup: the app asks for location permission during pairing. Allow it, or the lock will not show up in the Bluetooth scan.""",
    "address change + pairing tip", tags=["address"])

rec(MX, "en", [TR], """Hello Mr. Lam, customs in Vancouver released your parcel this morning and Purolator expects to deliver it on Wednesday, tracking 3350 7719 2045. The lock downloads a firmware update the first time it joins Wi-Fi, which takes about five minutes, so don't worry if the keypad blinks during that time.""",
    "customs release + firmware note", tags=["customs", "tracking"])

rec(MX, "en", [TR], """Hi Diane,

UPS shows the parcel delivered to your side door yesterday at 4:52 pm. If you can't find it by tomorrow, tell me and we will send another one. In case someone else picked it up, the lock can't be used until it is paired and given a master code, so it is no risk to your home.

Dana""",
    "delivered-not-found + product security explanation", tags=["not-found"])

rec(MX, "en", [TR], """Hi Victor, your order went out in two parcels: the K7 lock with UPS today (1Z1D93P50461028847) and the rain cover with USPS tomorrow. The rain cover clips over the exterior unit from the top and needs no screws. Priya""",
    "split shipment + one fitting sentence", tags=["split", "tracking"])

# ===== mixed-logistics: Simplified Chinese ==================================

rec(MX, "zh", [TR], """王先生您好，补发的外面板今天已通过UPS寄出，运单号 1Z5C48D20372296013，预计周四送达。收到之前如果门锁没电，可以用充电宝连接外面板底部的USB-C口临时供电开门。""",
    "replacement dispatched + emergency-power tip", tags=["shipping", "tracking"])

rec(MX, "zh", [TR], """李女士您好，订单 112-8817730-6642915 已应您的要求取消，款项会原路退回。另外回复您之前问的门厚问题：60毫米厚的门用包装里附带的加长方轴就可以安装。""",
    "取消 at buyer's request + door-thickness answer", tags=["cancellation"])

rec(MX, "zh", [TR], """陈先生您好：

退货申请已受理，亚马逊会把预付退货面单发到您的账户邮箱。寄回前请长按复位键10秒恢复出厂设置，清除您录入的密码和指纹。

阿杰""",
    "return accepted + factory reset instruction", tags=["return"])

rec(MX, "zh", [TR], """张女士您好，包裹因天气原因延误，承运商更新的预计送达日期为5月20日。收到后安装时，请先装电池，在开门状态下试几次锁舌伸缩，确认顺畅后再关门使用。""",
    "delay + installation tip", tags=["delay"])

rec(MX, "zh", [TR], """赵先生您好，您的订单分两个包裹发出：门锁已发出，运单号 TBA306118450002；网关HB-Link明天单独发出。门锁不接网关也能通过蓝牙正常使用，网关到了以后在App“设置”→“网关”里添加即可。""",
    "split shipment + gateway setup sentence", tags=["split", "tracking"])

# ===== mixed-logistics: Traditional Chinese =================================

rec(MX, "tw", [TR], """林先生您好，補寄的固定板螺絲今天已用郵局掛號寄出，追蹤號碼 RR123456785TW，約3天送達。收到前可以先用包裝內的長螺絲暫時固定，但請不要鎖得太緊，以免壓到排線。""",
    "part dispatched + interim installation advice", tags=["shipping", "tracking"])

rec(MX, "tw", [TR], """陳小姐您好：

您的包裹目前在海關查驗中，預計2至3個工作天放行。門鎖第一次連上Wi-Fi時會自動更新韌體，約需5分鐘，更新期間請勿操作門鎖。

美玲""",
    "customs + firmware note", tags=["customs"])

rec(MX, "tw", [TR], """黃先生您好，已依您的要求將收件地址修改為新地址，明天出貨。安裝時請注意鎖舌斜面要朝向關門方向，否則門會關不上。""",
    "修改 address + installation tip", tags=["address"])

# ===== violating ==============================================================

VI = "violating"

rec(VI, "en", [RI, TR], """Dear Alex,

Thank you for your order 112-5530981-0047726. When you have a moment, you are welcome to write a review on Amazon about how the K7 Pro has worked for you. Honest reviews, good or bad, help other customers choose the right lock for their home.

If you are happy with the lock, a five-star rating would mean a lot to our small team.

Regards,
Dana""",
    "filled template plus an added five-star / positive-only ask; the added sentence is not template wording",
    src="en/review-request", tags=["on-template", "five-star"])

rec(VI, "en", [RI, TR], """Hi Laura, your return arrived and we have refunded the full $189.99 to your card. Since everything is sorted and the money is back with you, could you revise the 1-star review you left on the lock? Thanks, Marcus""",
    "refund (logistics) + asks to update an existing review", tags=["change-review"])

rec(VI, "en", [OP, TR], """Hi Jason, a keypad that beeps three times and ignores the code usually means the lockout timer started after five wrong attempts; wait 3 minutes and try again. If it keeps happening, email our engineers directly at fixit@holtbridgelocks.com with a short video.""",
    "free product help + e-mail address", tags=["email"])

rec(VI, "en", [MK, TR], """Hello Mr. Alvarez,

Thank you for reaching out about setting up your K7 Smart Deadbolt. Please follow these steps to pair the lock with the Holtbridge Home app:

1. Put four new AA alkaline batteries in the interior unit and wait for the chime.
2. Open the Holtbridge Home app, tap "Add Device" and choose "Smart Lock".
3. Press and hold the SET button under the battery cover for 3 seconds until the keypad flashes blue.
4. Keep your phone within 1 metre of the lock and enter the 6-digit pairing code printed inside the battery cover.
5. When the app shows "Paired", create your master code before you close the app.

If pairing fails at step 4, switch Bluetooth off and on again on your phone and repeat from step 3.

P.S. Add our new HB-Link Wi-Fi bridge for remote unlocking - use code HOLT15 at checkout for 15% off this month.

Kind regards,
Priya
Holtbridge Support""",
    "exact template fill plus a cross-sell with a discount code", src="en/setup-app-pairing", tags=["on-template", "coupon", "cross-sell"])

rec(VI, "en", [OP], """Hi Mr. Baker, the freight carrier has to book a delivery slot for your 10-lock multipack, order 114-2286401-5530917. To arrange it quickly, message our warehouse coordinator on WhatsApp at +1 415 555 0132 with the day that suits you.""",
    "delivery scheduling (logistics only) via a WhatsApp number: off-platform but not template-required", tags=["whatsapp", "phone", "logistics-only"])

rec(VI, "en", [RI, TR], """Hi Ellie, glad the lock is behaving now! Leave us a review this week and we'll ship you a free spare key set and a battery pack as a thank-you.""",
    "incentive for a review", tags=["incentive"])

rec(VI, "en", [OP], """Hi Nathan, there is no need to send the lock back. To get your money to you faster we can refund you through PayPal instead of Amazon; just reply with the e-mail address on your PayPal account.""",
    "refund (logistics) routed off Amazon via PayPal: off-platform payment, logistics content only", tags=["off-amazon-payment", "logistics-only"])

rec(VI, "zh", [RI, TR], """尊敬的张先生：

订单号：113-5207719-8843126
型号：K7 Pro
故障描述：外面板指纹头无反应

经核实，您反馈的问题属于保修范围。本产品提供2年有限保修，涵盖材料与工艺缺陷。我们将免费为您寄送更换的外面板，无需寄回故障部件。

请注意：人为暴力破坏、安装不当导致进水、电池漏液造成的损坏不在保修范围内。

收到配件后如果您给我们五星好评并把截图传给我们，可以返您10美元。

此致
周敏
Holtbridge售后服务部""",
    "exact template fill plus 五星好评 + cash back (好评返现)", src="zh/warranty", tags=["on-template", "incentive", "five-star"])

rec(VI, "zh", [OP], """王先生您好，您的包裹目前滞留在转运中心，运单号 1Z2A56F10344872219。为了方便实时同步物流进度，请添加我们的客服微信 holt_kf88，有更新会第一时间通知您。""",
    "tracking (logistics only) + WeChat handle: off-platform but not template-required", tags=["wechat", "logistics-only"])

rec(VI, "zh", [MK, TR], """李女士您好，门锁的自动上锁时间可以在App“设置”里调整为30秒。另外告诉您一个好消息：我们新上市的K9人脸识别门锁本周老客户专享85折，欢迎选购！""",
    "free product help + new-product discount", tags=["new-product", "discount"])

rec(VI, "zh", [RI, TR], """陈先生您好，很高兴指纹问题解决了。如果您满意，欢迎给我们留评；要是还有哪里不满意，麻烦先私信我们处理，别急着打低分。""",
    "review gating / diversion of unhappy buyers", tags=["gating"])

rec(VI, "tw", [RI, TR], """張小姐您好，已為您全額退款。既然問題已經處理好，能否麻煩您刪除商品頁上的一星評論？非常感謝。""",
    "refund + asks to delete a review (刪除 … 評論)", tags=["change-review"])

rec(VI, "tw", [OP, TR], """林先生您好，門鎖一直顯示低電量，可能是電池接觸不良，建議把電池取出，用橡皮擦擦拭接點後再重新裝入。若還是不行，請加我們的 LINE：@holtbridge_tw，傳影片給工程師看。""",
    "free product help + LINE handle", tags=["line"])

rec(VI, "mixed", [MK, OP, TR], """Hi Kenji, 您好！Thanks for your order. Our spring sale is now live on holtbridge-home.com. 官网春季大促，全场门锁八折，欢迎直接在官网下单！""",
    "sale announcement + own-website link and invitation to buy off Amazon", tags=["sale", "website", "mixed-lang"])


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

FAIL = []


def fail(msg):
    FAIL.append(msg)


PH = re.compile(r"\{\{(\w+)\}\}")


def tpl_regex(text):
    parts = PH.split(text.strip())
    out, seen = [], set()
    for i, p in enumerate(parts):
        if i % 2 == 0:
            out.append(re.escape(p))
        elif p in seen:
            out.append("(?P=%s)" % p)
        else:
            seen.add(p)
            out.append("(?P<%s>[^\n]{1,60}?)" % p)
    return re.compile("".join(out), re.S)


def blank(text):
    return PH.sub("", text)


def sim(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


REGEX = {k: tpl_regex(v) for k, v in TEMPLATES.items()}

# simplified-only / traditional-only characters (pairs used in these texts)
SIMP_ONLY = set("们这为发货单号设锁说请问题门电时后过还让给关开装处种费运输报产检误诚购买卖礼联络钥钮键尽数软书长")
TRAD_ONLY = set("們這為發貨單號設鎖說請問題門電時過還讓給關開裝處種費運輸報產檢誤誠購買賣禮聯絡鑰鈕鍵盡數軟書長")
# (後 is excluded on purpose: 后 is also a valid traditional character.)
CJK = re.compile(r"[\u4e00-\u9fff]")


def main():
    # --- templates
    for tid, text in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            fail("bad template id %s" % tid)
        if re.search(r"\{(?!\{)|(?<!\})\}", PH.sub("", text)):
            fail("stray brace in template %s" % tid)
        if tid in WRAPPED:
            longest = max(len(l) for l in text.splitlines())
            if not 60 <= longest <= 76:
                fail("wrapped template %s longest line %d" % (tid, longest))
        lang = tid.split("/")[0]
        body = blank(text)
        if lang == "zh-tw" and SIMP_ONLY & set(body):
            fail("simplified chars in %s: %s" % (tid, "".join(SIMP_ONLY & set(body))))
        if lang == "zh" and TRAD_ONLY & set(body):
            fail("traditional chars in %s: %s" % (tid, "".join(TRAD_ONLY & set(body))))

    # --- replies
    out = []
    sims = collections.defaultdict(list)
    for n, r in enumerate(RECS, 1):
        rid = "t23-%03d" % n
        text = r["text"]
        if "{{" in text or "}}" in text:
            fail("%s leftover placeholder" % rid)
        if text != text.strip():
            fail("%s leading/trailing whitespace" % rid)
        src = r["src"]
        if src is not None and src not in TEMPLATES:
            fail("%s unknown source %s" % (rid, src))
        best_id, best = max(((k, sim(blank(v), text)) for k, v in TEMPLATES.items()),
                            key=lambda kv: kv[1])
        if r["check"] == "exact":
            m = REGEX[src].fullmatch(text)
            if not m:
                fail("%s does not match template %s exactly" % (rid, src))
            else:
                for k, v in m.groupdict().items():
                    if not v.strip() or len(v) > 40:
                        fail("%s placeholder %s value %r not short" % (rid, k, v))
        elif r["check"] == "edited":
            if REGEX[src].fullmatch(text):
                fail("%s marked edited but is an exact fill of %s" % (rid, src))
            if best_id != src:
                fail("%s nearest template is %s, not %s" % (rid, best_id, src))
        else:
            for k, rx in REGEX.items():
                if rx.fullmatch(text):
                    fail("%s (%s) is an exact fill of %s" % (rid, r["cat"], k))
        if "on-template" in r["tags"]:
            paras = text.split("\n\n")
            if not any(REGEX[src].fullmatch("\n\n".join(paras[:i] + paras[i + 1:]))
                       for i in range(len(paras))):
                fail("%s on-template violation is not an exact fill plus one paragraph" % rid)
        s_src = sim(blank(TEMPLATES[src]), text) if src else None
        key = r["cat"] + ("/" + r["tags"][0] if r["cat"] == "filled-template" else "")
        if r["cat"] == "rewritten" and "paraphrase" in r["tags"]:
            key = "rewritten/paraphrase"
        sims[key].append(s_src if s_src is not None else best)

        lang = r["lang"]
        tags = [r["cat"]] + r["tags"]
        if lang == "tw":
            out_lang = "zh"
            tags.append("traditional")
            if SIMP_ONLY & set(text):
                fail("%s traditional text has simplified chars %s" % (rid, "".join(SIMP_ONLY & set(text))))
        else:
            out_lang = lang
        if lang == "zh" and TRAD_ONLY & set(text):
            fail("%s simplified text has traditional chars %s" % (rid, "".join(TRAD_ONLY & set(text))))
        if lang == "en" and CJK.search(text):
            fail("%s en text contains CJK" % rid)
        if lang in ("zh", "tw") and len(re.findall(r"[A-Za-z]{4,}", text)) > 12:
            fail("%s zh text looks mostly Latin" % rid)
        if lang == "mixed" and not (CJK.search(text) and re.search(r"[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}", text)):
            fail("%s mixed text is not bilingual" % rid)
        if "mixed-lang" in tags and lang != "mixed":
            fail("%s tagged mixed-lang but lang %s" % (rid, lang))
        if lang == "mixed" and "mixed-lang" not in tags:
            tags.append("mixed-lang")

        # label sanity by category
        labels = r["labels"]
        cat = r["cat"]
        if cat in ("filled-template", "logistics") and labels:
            fail("%s %s must be unlabelled" % (rid, cat))
        if cat in ("rewritten", "mixed-logistics") and labels != [TR]:
            fail("%s %s must be exactly template-required" % (rid, cat))
        if cat == "violating" and not (set(labels) - {TR}):
            fail("%s violating without a content policy" % rid)
        if OP not in labels and re.search(r"@\w|https?:|www\.|\.com\b|微信|WhatsApp|LINE：|PayPal", text):
            fail("%s looks like off-platform contact but is not labelled" % rid)
        if MK not in labels and (re.search(r"\bcode [A-Z]+[0-9]+\b", text) or re.search(r"(?i)% off|\d折|八折|promo|\bsale\b|促销|上新|新上市", text)):
            fail("%s looks like marketing but is not labelled" % rid)
        if RI not in labels and re.search(r"(?i)five-star|5-star|五星|返现|返現|删除.{0,6}评|刪除.{0,6}評|差评|差評", text):
            fail("%s looks like review inducement but is not labelled" % rid)
        if len(labels) != len(set(labels)):
            fail("%s duplicate labels" % rid)

        note = r["note"]
        if src:
            note = "%s: %s" % (src, note)
        out.append({"id": rid, "text": text, "labels": labels, "lang": out_lang,
                    "tags": tags, "note": note, "context": "reply"})

    # each template used about twice among filled-template replies
    use = collections.Counter(r["src"] for r in RECS if r["cat"] == "filled-template")
    for tid in TEMPLATES:
        if not 2 <= use[tid] <= 3:
            fail("template %s used %d times in filled-template" % (tid, use[tid]))

    texts = [o["text"] for o in out]
    if len(texts) != len(set(texts)):
        fail("duplicate reply texts")

    # similarity sanity: edited fills must stay close to their template,
    # paraphrases must be far from theirs
    for key, vals in sims.items():
        if key == "filled-template/edited" and min(vals) < 0.7:
            fail("an edited fill drifted too far from its template (min %.2f)" % min(vals))
        if key == "rewritten/paraphrase" and max(vals) > 0.6:
            fail("a paraphrase is too close to its template (max %.2f)" % max(vals))

    if FAIL:
        for f in FAIL:
            print("FAIL:", f, file=sys.stderr)
        sys.exit(1)

    # --- write library
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text + "\n")

    # --- write replies
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # --- README
    write_readme(out, use, sims)

    # --- console summary
    cats = collections.Counter(o["tags"][0] for o in out)
    print("templates: %d (%s)" % (len(TEMPLATES), ", ".join(
        "%s %d" % (l, sum(1 for t in TEMPLATES if t.split('/')[0] == l)) for l in ("en", "zh", "zh-tw"))))
    print("replies: %d" % len(out))
    for c, k in cats.items():
        print("  %-16s %d" % (c, k))
    for key in sorted(sims):
        v = sims[key]
        print("  similarity %-28s min %.2f max %.2f" % (key, min(v), max(v)))
    return 0


CATS = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]


def langcol(o):
    if o["lang"] == "zh":
        return "zh-Hant" if "traditional" in o["tags"] else "zh-Hans"
    return o["lang"]


def write_readme(out, use, sims):
    L = []
    L.append("# t23: hand-labelled held-out set for `template-required`\n")
    L.append("Invented seller: **Holtbridge**, smart door locks (K7 Smart Deadbolt, "
             "K7 Pro with built-in Wi-Fi, L3 Keypad Lever, HB-Link Wi-Fi bridge, "
             "Holtbridge Home app). All brand, model, person, order and tracking "
             "values are invented. `gen.py` holds every text as a literal and "
             "writes `library/`, `replies.jsonl` and this README; run "
             "`python3 gen.py` (exit 0 means every self-check passed).\n")
    L.append("## Files\n")
    L.append("- `library/`: %d approved templates, one per `*.txt`, id = path "
             "without `.txt`; placeholders `{{name}}`. Use with "
             "`msglint ... --templates library`." % len(TEMPLATES))
    L.append("- `replies.jsonl`: %d replies, one JSON object per line: "
             "`id` (t23-001..), `text`, `labels` (expected policies; `[]` = "
             "nothing should be flagged), `lang` (`en`, `zh`, `mixed`; "
             "Traditional Chinese is `zh` with tag `traditional`), `tags` "
             "(tags[0] = category), `note` (starts with the source template id "
             "when there is one), `context` (always `reply`).\n" % len(out))
    L.append("## Templates\n")
    L.append("| id | topic | layout | placeholders | used in filled-template |")
    L.append("| --- | --- | --- | --- | --- |")
    for tid, text in TEMPLATES.items():
        topic, layout = META[tid]
        names = []
        for p in PH.findall(text):
            if p not in names:
                names.append(p)
        L.append("| `%s` | %s | %s | %s | %d |" % (
            tid, topic, layout, ", ".join("`%s`" % n for n in names), use[tid]))
    L.append("")
    L.append("## Counts\n")
    cols = ["en", "zh-Hans", "zh-Hant", "mixed"]
    L.append("| category | expected labels | " + " | ".join(cols) + " | total |")
    L.append("| --- | --- | " + " | ".join("---" for _ in cols) + " | --- |")
    tot = collections.Counter()
    for c in CATS:
        rows = [o for o in out if o["tags"][0] == c]
        cnt = collections.Counter(langcol(o) for o in rows)
        tot.update(cnt)
        labs = collections.Counter(" + ".join(o["labels"]) or "[]" for o in rows)
        labtxt = "; ".join("%s (%d)" % (k, v) for k, v in sorted(labs.items()))
        L.append("| %s | %s | %s | %d |" % (c, labtxt, " | ".join(str(cnt[x]) for x in cols), len(rows)))
    L.append("| **all** | | %s | %d |" % (" | ".join(str(tot[x]) for x in cols), len(out)))
    L.append("")
    ft = [o for o in out if o["tags"][0] == "filled-template"]
    ex = sum(1 for o in ft if "exact" in o["tags"])
    nm = sum(1 for o in out if "near-miss" in o["tags"])
    para = sum(1 for o in out if "paraphrase" in o["tags"])
    pol = collections.Counter(l for o in out for l in o["labels"])
    L.append("- filled-template: %d exact fills (regex-checked against their "
             "template, values at most 40 characters), %d with agent edits." % (ex, len(ft) - ex))
    L.append("- logistics: %d of %d are near-misses (tag `near-miss`) that name a "
             "product, part or fault but contain only logistics." % (
                 sum(1 for o in out if o["tags"][0] == "logistics" and "near-miss" in o["tags"]),
                 sum(1 for o in out if o["tags"][0] == "logistics")))
    L.append("- rewritten: %d heavy paraphrases (tag `paraphrase`, source template "
             "named in the note), the rest free-written help, settings, warranty "
             "decisions and two neutral review requests." % para)
    L.append("- label totals: " + ", ".join("`%s` %d" % kv for kv in sorted(pol.items()))
             + "; unlabelled %d." % sum(1 for o in out if not o["labels"]))
    L.append("- similarity sanity (difflib ratio of the reply against its source "
             "template with placeholders blanked; informational, not a label "
             "rule): " + "; ".join("%s %.2f-%.2f" % (k, min(v), max(v)) for k, v in sorted(sims.items())) + ".\n")
    L.append(JUDGEMENT)
    L.append(INDEPENDENCE)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


JUDGEMENT = """## Judgement calls on labels

Labels follow the policy brief and the interface's definition: `template-required`
flags "a seller message that is not about logistics (shipping, delivery, tracking,
returns, address, customs) and does not match any approved template closely
enough". Where the definition left room, these calls were made:

1. **Small agent edits still match.** A filled template with a changed greeting or
   sign-off, one reworded sentence, an added courtesy line, a signature with name
   and team, re-wrapped/unwrapped lines, or other bullet/numbering glyphs is
   labelled `[]`. Each edited fill makes two to four such changes and never
   adds a product-help sentence (gen.py checks that an edited fill is not an
   exact fill and that its nearest template is still its source). Bilingual
   or heavily reordered versions are not in this bucket; heavy paraphrases are
   `rewritten` and labelled `template-required`.
2. **What counts as logistics.** Shipping, tracking, ETAs, delays, split
   shipments, delivery/redelivery and signature, parcels marked delivered but not
   found (including the offer to reship or refund), address changes,
   cancellations the buyer asked for (including duplicate orders), returns,
   refunds of returns, partial refunds for incomplete returns, customs, and the
   dispatch of a replacement or missing part. Such replies are `[]` even when they
   name the product, the part or the fault (tag `near-miss`).
3. **Courtesy is neutral.** "Sorry for the wait", "I'm sorry the keypad stopped
   working", "thanks for catching that" do not turn a logistics reply into a
   non-logistics one. One sentence of actual product help (how to open the lock,
   reset it, fit it, pair it, what the firmware does) does: those replies are in
   `mixed-logistics` with `["template-required"]`.
4. **Warranty decisions are not logistics.** Approving or declining a warranty
   claim in free text is `template-required`, even when the outcome is a part
   being sent. The same decision in the approved warranty templates is `[]`.
5. **Free-written neutral review requests** are `template-required` only: they are
   not logistics and match no template, but they name no rating, set no condition
   and offer nothing, so they are not `review-inducement`. The zh one contains 好评
   only inside the balanced pair "不论好评还是意见" (good or critical), which the
   brief treats as neutral.
6. **Violations plus `template-required`.** A violating reply also gets
   `template-required` whenever it has a non-logistics sentence that is not
   template wording: an added five-star line or a coupon line on top of an
   exact template fill, a review-change request after a refund, free product help
   followed by a handle. The three replies tagged `on-template` are an exact
   template fill plus one added paragraph (checked by gen.py). Three violating
   replies are logistics-only (a WhatsApp
   number to book a freight delivery slot, a WeChat handle for tracking updates,
   a refund routed through PayPal); they carry only `off-platform-contact`, because
   their content is about delivery, tracking or a refund. The PayPal refund is
   filed under `off-platform-contact` (the brief's D5, off-Amazon payment, sits in
   the off-platform section) rather than `review-inducement`, since no review is
   mentioned.
7. **Review gating** ("if you are satisfied, please review; if not, contact us
   first") is `review-inducement` even with no incentive; asking to update or
   delete a review after a refund is `review-inducement` in every context.
8. **Product words are not off-platform contact.** "Holtbridge Home app", Alexa
   and "the tracking page" (no URL) are product/feature or carrier references, not
   contact channels. 删除/删掉 a fingerprint or a guest code, 取消/修改 an order or
   address and 退款 are product or logistics words, not review manipulation.
9. **Only single-message policies are labelled.** No order history is attached,
   so `review-request-limit` and `response-time` never appear; every record is a
   reply (`context: reply`), so proactive-only rules do not apply.
10. **Templates whose content is itself logistics** (`en/damaged-on-arrival`,
    `zh/damaged`) are still approved templates; their fills are `[]` either way.
11. **Language.** `lang` is `zh` for both scripts; Traditional texts carry tag
    `traditional` and were checked to contain no simplified-only characters from a
    fixed list. `mixed` replies are bilingual sentence by sentence.
"""

INDEPENDENCE = """## Independence statement

This set was written by a helper session working only in `/tmp/t23/`. It read
exactly two project files: `/work/shared/policy.md` (the policy brief) and
`/work/shared/interface.md` (policy names, template format, the meaning of
`template-required`). It did not open, list or search `/work/main` or any other
project directory, did not run or read msglint, its rules, tests or fixtures, and
did not search the web or any code/document corpus. All templates and replies
were written for this set; the policy brief's example sentences were not copied
(the phrases they share are ordinary vocabulary such as order ids, "Your Orders",
取消订单). Labels were assigned from the policy text, not from any linter output.
"""

if __name__ == "__main__":
    sys.exit(main())
