#!/usr/bin/env python3
"""Generate the t13 hand-labelled test set for the `template-required` policy.

Shop sector: home fitness equipment (brand "Kestrel Fit": treadmills, a water
rower, adjustable dumbbells, a magnetic exercise bike, a companion app).

Writes, next to this file:
  library/<lang>/<topic>.txt   approved templates ({{name}} placeholders)
  replies.jsonl                140 labelled seller replies

Every text below is a literal written for this set. Filled-template replies are
built by substituting literal values into the literal templates and then
applying a few literal edits (greeting change, courtesy line, re-wrap, ...).
Run:  python3 gen.py
"""
import collections
import difflib
import json
import os
import random
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "library")
PH = re.compile(r"\{\{(\w+)\}\}")

VALID_POLICIES = {
    "review-inducement", "review-request-limit", "template-required",
    "off-platform-contact", "marketing", "response-time",
}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]

# --------------------------------------------------------------------------
# Templates
# --------------------------------------------------------------------------
TEMPLATES = {}

# numbered steps; greeting and sign-off on their own lines
TEMPLATES["en/treadmill-setup"] = """Hello {{buyer_name}},

Thank you for your message about the {{product_name}} (order {{order_id}}). Here is how to set it up for the first time:

1. Lay the treadmill flat on a level floor with at least 2 m of free space behind the deck.
2. Lift the handrail until it clicks into the upright position, then tighten both side knobs by hand.
3. Connect the console cable under the left upright before you close the cover.
4. Plug the power cord directly into a wall outlet; do not use an extension cord or power strip.
5. Attach the safety key clip to your clothing and place the magnet on the yellow spot of the console.
6. Press START and walk at 1 km/h for five minutes so the belt can settle.

If the belt drifts to one side after the first few sessions, let us know and we will walk you through the alignment.

Best regards,
{{agent_name}}
Kestrel Fit Customer Care
"""

# bullets
TEMPLATES["en/app-pairing"] = """Hi {{buyer_name}},

To pair your {{product_name}} with the Kestrel Fit app:
- Turn on Bluetooth on your phone and open the app (do not pair from the phone's Bluetooth settings menu).
- Wake the console by pressing any button; the Bluetooth icon on the display will start blinking.
- In the app, tap Devices > Add device and choose {{device_code}} from the list.
- When the icon on the console stops blinking, the connection is complete.
- If the device does not appear, close the app fully, restart Bluetooth and try again within 30 seconds of waking the console.

Only one phone can be connected at a time, so please disconnect any other phone or tablet first.

Kind regards,
{{agent_name}}
"""

# one sentence per line; greeting and sign-off inline
TEMPLATES["en/belt-lubrication"] = """Hi {{buyer_name}}, thanks for asking about belt care for your {{product_name}}.
We recommend lubricating the belt every 3 months or after about 150 km of use, whichever comes first.
Use only the 100% silicone oil included in the accessory bag.
Switch off the treadmill and unplug it before you begin.
Lift one side of the belt and apply about 10 ml of oil along the centre of the deck.
Repeat on the other side, then walk on the belt at a slow speed for three minutes to spread the oil.
Please do not use WD-40, household oils or wax, as they damage the deck surface.
Best regards, {{agent_name}}
"""

# a single hard-wrapped paragraph
TEMPLATES["en/rower-resistance"] = """Dear {{buyer_name}},

Thank you for reaching out about the resistance on your {{product_name}}. On a water
rower the resistance comes from the water in the tank and from how hard you pull, so
there is no dial to turn. More water gives a heavier feel: the tank is marked from
level 1 to level 6, and most users start at level 3. To add water, remove the tank
plug, pour clean tap water in with the supplied pump, and add one purification tablet
every six months to keep the water clear. For a lighter stroke, pump some water back
out. A smooth, steady drive with the legs first will feel more even than a quick jerk
with the arms.

Sincerely,
{{agent_name}}
"""

# defect apology, replacement or refund through Amazon; team sign-off only
TEMPLATES["en/defect-replacement"] = """Dear {{buyer_name}},

We are very sorry that your {{product_name}} arrived with {{defect}}. This is not the quality we aim for.

You can choose either of the following for order {{order_id}}:
- A free replacement unit, which we will send through Amazon once you confirm.
- A full refund, which we will issue through Amazon.

Please reply to this message with your choice. You do not need to return the faulty unit first.

We apologize again for the trouble.

Kestrel Fit Customer Care
"""

TEMPLATES["en/missing-part"] = """Hello {{buyer_name}},

Thank you for letting us know that the {{part_name}} was missing from your {{product_name}} package. We are sorry for the inconvenience.

We will send the missing part free of charge within {{days}} business days, to the address on order {{order_id}}. You do not need to return anything.

In the meantime, please keep the other parts together so assembly is quick once the part arrives.

Regards,
{{agent_name}}
"""

# asterisk bullets
TEMPLATES["en/warranty"] = """Hi {{buyer_name}},

Thanks for your question about the warranty on the {{product_name}}. Coverage from the date of delivery is:
* Frame: {{frame_years}}
* Motor: {{motor_years}}
* Parts and electronics: {{parts_years}}
Normal wear items (belt, seat cushion, pedal straps) are covered for 90 days.

To make a claim, reply in this Amazon message thread with your order number, a short description of the problem and a photo or video. We do not need a separate registration.

Best wishes,
{{agent_name}}
"""

# one line: greeting and sign-off inline
TEMPLATES["en/manual"] = """Hi {{buyer_name}}, as requested, the user manual for the {{product_name}} (model {{model}}) is attached to this message as a PDF. The assembly diagrams are on pages 4 to 9 and the troubleshooting table is on page 22. Best regards, {{agent_name}}
"""

# neutral review request: no rating, no incentive, no condition
TEMPLATES["en/review-request"] = """Hello {{buyer_name}},

Thank you for your order {{order_id}} for the {{product_name}}.

If you have a moment, would you share your experience with this product in a review on Amazon? Your honest opinion helps other customers decide what suits their home gym.

Thank you,
{{agent_name}}
"""

TEMPLATES["en/error-code"] = """Hello {{buyer_name}},

Sorry to hear that the console of your {{product_name}} shows error {{error_code}}. This code usually means the console is not receiving a signal from the motor controller. Please try these steps in order:

1. Switch off the power at the rocker switch and unplug the treadmill for 60 seconds.
2. Check that the safety key is fully seated on the console.
3. Fold the handrail down, open the lower cover and make sure the console cable plug is pushed all the way in.
4. Plug the treadmill back into a wall outlet (not an extension cord) and switch it on.

If the code comes back, please send us a short video of the console when you press START, and we will arrange a replacement part.

Regards,
{{agent_name}}
"""

# ---- Simplified Chinese ----
# numbered steps, greeting inline
TEMPLATES["zh/dumbbell-adjust"] = """{{buyer_name}}您好，关于{{product_name}}的重量调节方法如下：
1. 将哑铃放回底座，确保两端完全落入槽内。
2. 同时转动两端的调节旋钮，使箭头对准您需要的重量。
3. 听到"咔哒"声后，竖直向上提起哑铃，未选中的配重片会留在底座中。
4. 每次调节前请先放回底座，切勿在手持状态下转动旋钮。
如调节时旋钮卡滞，请检查底座是否放在平整的地面上。
祝您训练愉快！{{agent_name}}
"""

# bullets with a dot
TEMPLATES["zh/app-pairing"] = """{{buyer_name}}，您好！

{{product_name}}连接Kestrel Fit App的步骤如下：
• 打开手机蓝牙和定位权限，然后打开App（请勿在手机系统蓝牙列表中直接配对）；
• 踩动脚踏或按任意键唤醒仪表，蓝牙图标开始闪烁；
• 在App中点击"设备"→"添加设备"，选择以{{device_code}}开头的设备名称；
• 仪表上的蓝牙图标常亮即表示连接成功。

同一时间只能连接一部手机，如已连接其他设备，请先断开。

{{agent_name}}
Kestrel Fit客服团队
"""

# one sentence per line
TEMPLATES["zh/bike-noise"] = """{{buyer_name}}您好：
很抱歉您的{{product_name}}在骑行时出现异响。
请先检查左右脚踏是否拧紧，注意左脚踏为反向螺纹，需逆时针拧紧。
再检查曲柄固定螺丝，用随箱附带的内六角扳手顺时针拧紧。
如声音来自飞轮护罩内部，请将阻力调到最小后缓慢倒踩几圈，听一下声音是否消失。
若以上步骤后仍有异响，请回复本消息并附上一段十秒左右的视频，我们会根据情况为您安排配件。
{{agent_name}}
"""

# single paragraph between greeting and sign-off
TEMPLATES["zh/defect-replacement"] = """尊敬的{{buyer_name}}：

非常抱歉，您订单{{order_id}}中的{{product_name}}出现了{{defect}}的问题，给您带来不便，我们深表歉意。我们可以为您免费补发一台新品，或通过亚马逊为您办理全额退款，两种方式任选其一，旧件无需寄回。请直接回复本消息告诉我们您的选择，我们收到后会第一时间处理。

Kestrel Fit客服 {{agent_name}}
"""

TEMPLATES["zh/missing-part"] = """{{buyer_name}}您好，

感谢您告知{{product_name}}包装内缺少{{part_name}}，对此我们深感抱歉。
我们将在{{days}}个工作日内免费为您寄出该配件，寄往订单{{order_id}}的收货地址，您无需退回任何物品。
配件寄出后我们会通过本消息通知您。

祝好！
{{agent_name}}
"""

# greeting inline, dash bullets, no blank lines
TEMPLATES["zh/warranty"] = """{{buyer_name}}您好！感谢您咨询{{product_name}}的保修政策。自签收之日起：
- 车架/主框架：{{frame_years}}
- 电机：{{motor_years}}
- 其他零部件及电子件：{{parts_years}}
跑带、坐垫等易损件保修90天。如需申请保修，请直接在本亚马逊消息中回复订单号、问题描述及照片或视频，无需另行注册。
{{agent_name}}
"""

TEMPLATES["zh/review-request"] = """{{buyer_name}}您好：

感谢您购买{{product_name}}（订单号：{{order_id}}）。
如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验，您的评价能帮助其他买家做出选择。

谢谢！
{{agent_name}}
"""

# ---- Traditional Chinese ----
TEMPLATES["zh-tw/rower-setup"] = """{{buyer_name}} 您好：

感謝您購買 {{product_name}}，組裝步驟如下：
1. 將前後支撐腳分別以 M8 螺絲固定在主軌道上，先不要完全鎖緊。
2. 將座椅從軌道尾端滑入，確認滾輪方向正確。
3. 安裝腳踏板，並依鞋子大小調整綁帶位置。
4. 將主軌道與水箱底座接合後，再依對角順序鎖緊所有螺絲。
5. 依照水箱側面的刻度加水，初次使用建議加到第 3 格。

組裝過程中如有任何問題，歡迎直接回覆本訊息。

{{agent_name}} 敬上
"""

# one paragraph, greeting and sign-off inline
TEMPLATES["zh-tw/defect-refund"] = """{{buyer_name}} 您好，非常抱歉您收到的 {{product_name}}（訂單 {{order_id}}）出現{{defect}}的情況。我們可以為您免費寄送新品更換，或透過亞馬遜辦理全額退款，請直接回覆告訴我們您希望的處理方式，瑕疵品不需要寄回。造成您的困擾，再次致上歉意。{{agent_name}}
"""

TEMPLATES["zh-tw/app-pairing"] = """{{buyer_name}} 您好：
以下是 {{product_name}} 與 Kestrel Fit App 的配對方式：
・開啟手機藍牙後，直接開啟 App，請勿在手機的藍牙設定中配對。
・按任意鍵喚醒儀表，藍牙圖示會開始閃爍。
・在 App 中點選「裝置」→「新增裝置」，選擇 {{device_code}}。
・圖示停止閃爍即表示配對完成。
同一時間僅能連接一支手機，如已連接其他裝置，請先中斷連線。
{{agent_name}}
"""

TEMPLATES["zh-tw/manual"] = """{{buyer_name}} 您好，依您的需求，{{product_name}}（型號 {{model}}）的使用說明書已以 PDF 檔附在本訊息中，組裝圖在第 4 至 9 頁，故障排除表在第 22 頁。{{agent_name}} 敬上
"""

# hard-wrapped Chinese paragraph (lines break mid-sentence)
TEMPLATES["zh-tw/belt-lubrication"] = """{{buyer_name}} 您好：

關於 {{product_name}} 的跑帶保養，建議每三個月或使用約 150 公里後
上油一次。請先關閉電源並拔除插頭，將跑帶一側掀起，沿跑板中央
塗抹約 10 毫升附贈的矽油，另一側重複相同步驟，再以低速走動三分鐘
讓油均勻分佈。請勿使用 WD-40、食用油或蠟，以免損壞跑板。

{{agent_name}}
"""

# --------------------------------------------------------------------------
# Values used when filling templates
# --------------------------------------------------------------------------
T300_EN = "Kestrel Fit FoldStride T300 2-in-1 Folding Treadmill with Under-Desk Walking Pad Mode, 2.5 HP Quiet Motor, 0.6-7.5 MPH, 300 lb Capacity"
T500_EN = 'Kestrel Fit FoldStride T500 Incline Treadmill (15% Auto Incline, 3.0 HP, 20" x 55" Belt)'
R2_EN = "Kestrel Fit AquaGlide R2 Water Rowing Machine, Solid Ash Wood Frame with Bluetooth Monitor"
DB_EN = "Kestrel Fit IronDial 52.5 lb Adjustable Dumbbell Pair with Tray, 5-52.5 lb in 15 Settings"
S20_EN = "Kestrel Fit CycleCore S20 Magnetic Exercise Bike, 100 Resistance Levels, 35 lb Flywheel, App Compatible"
T300_ZH = "Kestrel Fit FoldStride T300 折叠跑步机（走步机二合一，2.5匹静音电机）"
T500_ZH = "Kestrel Fit FoldStride T500 电动坡度跑步机"
R2_ZH = "Kestrel Fit AquaGlide R2 水阻划船机"
DB_ZH = "Kestrel Fit IronDial 24公斤可调节哑铃（一对，含底座）"
S20_ZH = "Kestrel Fit CycleCore S20 磁控动感单车（静音家用款）"
T300_TW = "Kestrel Fit FoldStride T300 折疊跑步機"
T500_TW = "Kestrel Fit FoldStride T500 電動揚升跑步機"
R2_TW = "Kestrel Fit AquaGlide R2 水阻划船機（實木框架）"
DB_TW = "Kestrel Fit IronDial 24公斤可調式啞鈴（一對）"
S20_TW = "Kestrel Fit CycleCore S20 磁控飛輪健身車"

ENTRIES = []


def F(tag, lang, script, parts, edits=(), labels=(), note=""):
    """A reply built from one or more filled templates plus literal edits."""
    ENTRIES.append(dict(kind="built", tag=tag, lang=lang, script=script,
                        parts=list(parts), edits=list(edits),
                        labels=list(labels), note=note))


def L(tag, lang, script, text, labels=(), note=""):
    """A literal, free-written reply."""
    ENTRIES.append(dict(kind="literal", tag=tag, lang=lang, script=script,
                        text=text, labels=list(labels), note=note))


TR = ["template-required"]

# ==========================================================================
# filled-template (45) -- labels []
# ==========================================================================
FT = "filled-template"
# ---- English (21)
F(FT, "en", "en", [("en/treadmill-setup", dict(buyer_name="Jennifer", product_name=T300_EN,
    order_id="113-4827361-9051842", agent_name="Daniel"))],
  note="from en/treadmill-setup; verbatim fill, long product title")
F(FT, "en", "en", [("en/treadmill-setup", dict(buyer_name="Marcus", product_name=T500_EN,
    order_id="114-2093857-6610394", agent_name="Priya"))],
  edits=[("replace", "Hello Marcus,", "Hi Marcus,"),
         ("insert_before", "If the belt drifts", "Thanks for your patience while we looked into this.\n\n")],
  note="from en/treadmill-setup; greeting Hello->Hi, added a courtesy line")
F(FT, "en", "en", [("en/treadmill-setup", dict(buyer_name="Mr. Okafor", product_name="FoldStride T300 folding treadmill",
    order_id="111-7730465-2289014", agent_name="Daniel"))],
  edits=[("wrap", 64)],
  note="from en/treadmill-setup; re-wrapped at 64 columns by the mail client (continuation lines without indent)")
F(FT, "en", "en", [("en/app-pairing", dict(buyer_name="Aisha", product_name=S20_EN,
    device_code="KF-S20-03C9", agent_name="Tom"))],
  note="from en/app-pairing; verbatim fill")
F(FT, "en", "en", [("en/app-pairing", dict(buyer_name="Greg", product_name="FoldStride T300 treadmill",
    device_code="KF-T300-8A21", agent_name="Tom"))],
  edits=[("replace", "Kind regards,\nTom", "Kind regards,\nTom R.\nKestrel Fit Customer Care")],
  note="from en/app-pairing; sign-off extended with surname initial and team line")
F(FT, "en", "en", [("en/belt-lubrication", dict(buyer_name="Linda", product_name=T300_EN, agent_name="Sofia"))],
  note="from en/belt-lubrication; verbatim fill")
F(FT, "en", "en", [("en/belt-lubrication", dict(buyer_name="Ken", product_name="T500 incline treadmill", agent_name="Sofia"))],
  edits=[("replace", "Hi Ken, thanks for asking", "Hi Ken,\n\nThanks for asking"),
         ("replace", "Best regards, Sofia", "Best regards,\nSofia")],
  note="from en/belt-lubrication; inline greeting and sign-off moved onto their own lines")
F(FT, "en", "en", [("en/rower-resistance", dict(buyer_name="Ms. Lindqvist", product_name=R2_EN, agent_name="Daniel"))],
  note="from en/rower-resistance; verbatim fill, hard-wrapped paragraph kept")
F(FT, "en", "en", [("en/rower-resistance", dict(buyer_name="Paul", product_name="AquaGlide R2 rower", agent_name="Daniel"))],
  edits=[("join", "Thank you for reaching out", "with the arms.")],
  note="from en/rower-resistance; hard line breaks removed (paragraph re-flowed into one line)")
F(FT, "en", "en", [("en/defect-replacement", dict(buyer_name="Mr. Brennan", product_name=T300_EN,
    defect="a cracked left handrail", order_id="113-0094471-8832650"))],
  note="from en/defect-replacement; verbatim fill")
F(FT, "en", "en", [("en/defect-replacement", dict(buyer_name="Ms. Alvarez", product_name=S20_EN,
    defect="a bent seat rail", order_id="112-9047351-0726649"))],
  edits=[("replace", "Dear Ms. Alvarez,", "Hello Rosa,"),
         ("replace", "\nKestrel Fit Customer Care", "\nPriya\nKestrel Fit Customer Care")],
  note="from en/defect-replacement; greeting changed to first name, agent name added above the team sign-off")
F(FT, "en", "en", [("en/missing-part", dict(buyer_name="Oliver", part_name="M8 x 50 mm bolt set (bag C)",
    product_name=R2_EN, days="3", order_id="114-6612038-1175923", agent_name="Tom"))],
  note="from en/missing-part; verbatim fill")
F(FT, "en", "en", [("en/missing-part", dict(buyer_name="Dana", part_name="left pedal (reverse thread)",
    product_name="CycleCore S20 exercise bike", days="2", order_id="111-3389120-4406587", agent_name="Sofia"))],
  edits=[("insert_before", "Regards,", "Thank you for your patience.\n\n")],
  note="from en/missing-part; added courtesy line before the sign-off")
F(FT, "en", "en", [("en/warranty", dict(buyer_name="Greg", product_name=T500_EN,
    frame_years="10 years", motor_years="5 years", parts_years="1 year", agent_name="Priya"))],
  note="from en/warranty; verbatim fill")
F(FT, "en", "en", [("en/warranty", dict(buyer_name="Samantha", product_name=S20_EN,
    frame_years="5 years", motor_years="3 years (resistance motor)", parts_years="1 year", agent_name="Tom"))],
  edits=[("replace", "Hi Samantha,", "Good morning Samantha,")],
  note="from en/warranty; greeting changed")
F(FT, "en", "en", [("en/manual", dict(buyer_name="Chris", product_name=DB_EN, model="KF-DB52", agent_name="Sofia"))],
  note="from en/manual; verbatim fill, single-line template")
F(FT, "en", "en", [("en/manual", dict(buyer_name="Sam", product_name="AquaGlide R2 water rower", model="KF-R2", agent_name="Daniel"))],
  edits=[("replace", "Hi Sam, as requested,", "Hi Sam,\nAs requested,"),
         ("replace", " Best regards, Daniel", "\nBest regards, Daniel")],
  note="from en/manual; greeting and sign-off split onto their own lines")
F(FT, "en", "en", [("en/review-request", dict(buyer_name="Hannah", order_id="112-1178834-9960273",
    product_name=DB_EN, agent_name="Sofia"))],
  note="from en/review-request; neutral review request, verbatim fill")
F(FT, "en", "en", [("en/error-code", dict(buyer_name="Tom", product_name=T300_EN, error_code="E07", agent_name="Daniel"))],
  note="from en/error-code; verbatim fill")
F(FT, "en", "en", [("en/error-code", dict(buyer_name="Marcus", product_name=T500_EN, error_code="E01", agent_name="Priya"))],
  edits=[("replace", "Hello Marcus,", "Hi there,"), ("wrap", 70)],
  note="from en/error-code; greeting without the name, re-wrapped at 70 columns")
F(FT, "en", "en", [("en/review-request", dict(buyer_name="Mr. Park", order_id="113-3349702-6205581",
    product_name=R2_EN, agent_name="Daniel"))],
  edits=[("replace", "Thank you,\nDaniel", "Thanks again,\nDaniel")],
  note="from en/review-request; sign-off wording changed")

# ---- Simplified Chinese (12)
F(FT, "zh", "hans", [("zh/dumbbell-adjust", dict(buyer_name="王女士", product_name=DB_ZH, agent_name="客服小雅"))],
  note="from zh/dumbbell-adjust; verbatim fill")
F(FT, "zh", "hans", [("zh/dumbbell-adjust", dict(buyer_name="Mike", product_name=DB_EN, agent_name="客服小雅"))],
  edits=[("insert_before", "祝您训练愉快", "感谢您的耐心等待。\n")],
  note="from zh/dumbbell-adjust; English buyer name and long English product title inside Chinese text, added courtesy line")
F(FT, "zh", "hans", [("zh/app-pairing", dict(buyer_name="陈先生", product_name=S20_ZH, device_code="KF-S20-03C9", agent_name="李静"))],
  note="from zh/app-pairing; verbatim fill")
F(FT, "zh", "hans", [("zh/app-pairing", dict(buyer_name="刘女士", product_name=T300_ZH, device_code="KF-T300-8A21", agent_name="客服小雅"))],
  edits=[("replace", "刘女士，您好！", "刘女士，下午好！")],
  note="from zh/app-pairing; greeting changed")
F(FT, "zh", "hans", [("zh/bike-noise", dict(buyer_name="赵先生", product_name=S20_ZH, agent_name="李静"))],
  note="from zh/bike-noise; verbatim fill")
F(FT, "zh", "hans", [("zh/bike-noise", dict(buyer_name="Emily", product_name="CycleCore S20动感单车", agent_name="客服小雅"))],
  edits=[("join", "很抱歉您的", "为您安排配件。")],
  note="from zh/bike-noise; one-sentence-per-line body merged into one paragraph")
F(FT, "zh", "hans", [("zh/defect-replacement", dict(buyer_name="张先生", order_id="113-7215586-3390412",
    product_name=T300_ZH, defect="跑带边缘破损", agent_name="李静"))],
  note="from zh/defect-replacement; verbatim fill")
F(FT, "zh", "hans", [("zh/defect-replacement", dict(buyer_name="孙女士", order_id="114-0385927-5541806",
    product_name=DB_ZH, defect="底座卡扣断裂", agent_name="小雅"))],
  edits=[("insert_before", "Kestrel Fit客服", "祝您生活愉快！\n\n")],
  note="from zh/defect-replacement; added courtesy line")
F(FT, "zh", "hans", [("zh/missing-part", dict(buyer_name="周先生", product_name=R2_ZH, part_name="M8螺丝包（C袋）",
    days="3", order_id="111-5926408-7713025", agent_name="李静"))],
  note="from zh/missing-part; verbatim fill")
F(FT, "zh", "hans", [("zh/missing-part", dict(buyer_name="Lisa", product_name=S20_ZH, part_name="左侧脚踏",
    days="2", order_id="112-6603719-8824150", agent_name="客服小雅"))],
  edits=[("wrap", 26)],
  note="from zh/missing-part; long lines re-wrapped at 26 characters")
F(FT, "zh", "hans", [("zh/warranty", dict(buyer_name="黄先生", product_name=T500_ZH, frame_years="10年",
    motor_years="5年", parts_years="1年", agent_name="李静"))],
  note="from zh/warranty; verbatim fill")
F(FT, "zh", "hans", [("zh/review-request", dict(buyer_name="吴女士", product_name=DB_ZH,
    order_id="113-9902746-1185302", agent_name="客服小雅"))],
  edits=[("replace", "吴女士您好：", "亲爱的吴女士，您好：")],
  note="from zh/review-request; neutral review request, greeting changed")

# ---- Traditional Chinese (10)
F(FT, "zh", "hant", [("zh-tw/rower-setup", dict(buyer_name="林小姐", product_name=R2_TW, agent_name="美玲"))],
  note="from zh-tw/rower-setup; verbatim fill")
F(FT, "zh", "hant", [("zh-tw/rower-setup", dict(buyer_name="David", product_name=R2_EN, agent_name="阿哲"))],
  edits=[("replace", "阿哲 敬上", "Kestrel Fit 客服 阿哲 敬上")],
  note="from zh-tw/rower-setup; long English product title, team name added to sign-off")
F(FT, "zh", "hant", [("zh-tw/defect-refund", dict(buyer_name="黃先生", product_name=T300_TW,
    order_id="114-8852019-4430967", defect="儀表無法開機", agent_name="美玲"))],
  note="from zh-tw/defect-refund; verbatim fill")
F(FT, "zh", "hant", [("zh-tw/defect-refund", dict(buyer_name="陳太太", product_name=R2_TW,
    order_id="111-0672254-1198340", defect="水箱漏水", agent_name="美玲"))],
  edits=[("replace", "陳太太 您好，", "陳太太 您好：\n\n"),
         ("replace", "再次致上歉意。美玲", "再次致上歉意。\n\n美玲")],
  note="from zh-tw/defect-refund; inline greeting and sign-off put on their own lines")
F(FT, "zh", "hant", [("zh-tw/app-pairing", dict(buyer_name="張先生", product_name=S20_TW, device_code="KF-S20-03C9", agent_name="阿哲"))],
  note="from zh-tw/app-pairing; verbatim fill")
F(FT, "zh", "hant", [("zh-tw/app-pairing", dict(buyer_name="Kevin", product_name=T300_TW, device_code="KF-T300-8A21", agent_name="阿哲"))],
  edits=[("insert_after", "Kevin 您好：\n", "感謝您耐心等候回覆。\n")],
  note="from zh-tw/app-pairing; added courtesy line after the greeting")
F(FT, "zh", "hant", [("zh-tw/manual", dict(buyer_name="王先生", product_name=DB_TW, model="KF-DB24", agent_name="美玲"))],
  note="from zh-tw/manual; verbatim fill")
F(FT, "zh", "hant", [("zh-tw/manual", dict(buyer_name="許小姐", product_name=S20_TW, model="KF-S20", agent_name="阿哲"))],
  edits=[("replace", "許小姐 您好，", "許小姐 午安，")],
  note="from zh-tw/manual; greeting changed")
F(FT, "zh", "hant", [("zh-tw/belt-lubrication", dict(buyer_name="吳先生", product_name=T300_TW, agent_name="美玲"))],
  note="from zh-tw/belt-lubrication; verbatim fill, hard-wrapped Chinese lines kept")
F(FT, "zh", "hant", [("zh-tw/belt-lubrication", dict(buyer_name="Jason", product_name=T500_TW, agent_name="阿哲"))],
  edits=[("join", "的跑帶保養", "以免損壞跑板。")],
  note="from zh-tw/belt-lubrication; hard line breaks removed")

# ---- bilingual, both halves from templates (2)
F(FT, "mixed", "mixed-hant", [
    ("en/manual", dict(buyer_name="Mr. Huang", product_name="AquaGlide R2 water rower", model="KF-R2", agent_name="Daniel")),
    ("zh-tw/manual", dict(buyer_name="黃先生", product_name=R2_TW, model="KF-R2", agent_name="Daniel"))],
  note="from en/manual; followed by zh-tw/manual filled with the same data (bilingual reply, both halves from templates)")
F(FT, "mixed", "mixed-hans", [
    ("en/defect-replacement", dict(buyer_name="Ms. Zhou", product_name=DB_EN, defect="a cracked tray latch",
        order_id="112-4471093-5528160")),
    ("zh/defect-replacement", dict(buyer_name="周女士", order_id="112-4471093-5528160", product_name=DB_ZH,
        defect="底座卡扣破裂", agent_name="Priya"))],
  note="from en/defect-replacement; followed by zh/defect-replacement for the same order (bilingual reply, both halves from templates)")

# ==========================================================================
# logistics (35) -- free-written, only shipping / delivery / tracking /
# returns / refund of a return / address / customs / carrier pickup; labels []
# ==========================================================================
LG = "logistics"
# ---- English (18)
L(LG, "en", "en", """Hi Jennifer,

Thank you for your message. Your treadmill for order 113-4827361-9051842 shipped yesterday with UPS Freight, PRO number 0487213356. The carrier shows an estimated delivery date of Thursday, March 14. Because the box weighs 68 kg, the driver will call the phone number on the order to book a delivery window before coming out.

Best regards,
Daniel""", note="freight shipment; order id and PRO number must not read as phone numbers")
L(LG, "en", "en", """Hello Marcus, the tracking number for your dumbbell set is 1Z8V47E20391284471 (UPS Ground). It was scanned at the Louisville hub this morning and UPS expects to deliver it on Monday. Thanks, Priya""",
  note="tracking number on request")
L(LG, "en", "en", """Hi Carla,

Your package is with Amazon Logistics under tracking TBA308762519000 and is marked out for delivery today. Deliveries in your area usually arrive before 8 pm.

Tom""", note="Amazon Logistics TBA tracking")
L(LG, "en", "en", """Hi Greg,

Order 114-6612038-1175923 has not left our warehouse yet, so we were able to update the shipping address to:
418 Birchwood Lane, Unit 2
Ann Arbor, MI 48104

The new address will appear on the order within an hour.

Priya""", note="address change before dispatch; street numbers and ZIP")
L(LG, "en", "en", """Dear Ms. Lindqvist,

We checked with the carrier: your rowing machine is held at their Memphis hub because of the ice storm, and the new estimated delivery date is Monday, January 27. We are sorry for the delay and will keep an eye on the tracking.

Kind regards,
Daniel""", note="weather delay")
L(LG, "en", "en", """Hi Ryan,

The tracking for your bike has not updated for six days, so we have opened a trace with FedEx (case 7201845563). If FedEx cannot locate the parcel by Friday, we will ship a new bike at no charge and send you the new tracking number here.

Sofia""", note="lost parcel, trace and reshipment; case number")
L(LG, "en", "en", """Hi Nadia,

To return the exercise bike, go to Your Orders, select the order and choose Return or Replace Items. Because the bike weighs more than 50 lb, Amazon will offer a carrier pickup instead of a drop-off: pick the date that suits you and leave the bike in a box near your front door. The original box is best but any sturdy box works.

Tom""", note="return with carrier pickup")
L(LG, "en", "en", """Hello Chris,

We received the returned dumbbells at our warehouse on May 2 and issued a full refund of $349.99 to your original payment method today. Banks usually take 3 to 5 business days to show it on the statement.

Regards,
Sofia""", note="refund of a received return")
L(LG, "en", "en", """Hi Noah,

Your order ships from our US warehouse, so Canada Border Services may charge GST/HST on arrival. The carrier collects these amounts together with a brokerage fee before releasing the parcel; they are not charged by us and are not included in the Amazon price.

Best,
Tom""", note="customs fees, Canada")
L(LG, "en", "en", """Hi Olivia,

Your treadmill ships in two boxes. Box 1 of 2 (1Z8V47E20391284471) was delivered today. Box 2 of 2 (1Z8V47E20391285017) is one day behind and should arrive tomorrow; please keep box 1 until both are there.

Thanks,
Priya""", note="multi-box shipment")
L(LG, "en", "en", """Hi Steve,

The carrier marked the package as delivered at 2:14 pm on 11/08 and left at the front door. Could you check with your neighbours and around the building entrance? If it is still missing after 48 hours, let us know and we will open a claim with the carrier and arrange a reshipment.

Daniel""", note="delivered-not-received; time and date")
L(LG, "en", "en", """Hi Melissa, your order is still inside the 30-day return window, which runs until June 21. You can start the return from Your Orders whenever you are ready. Please pack the rower securely; it does not have to be the original box. Sofia""",
  note="return window")
L(LG, "en", "en", """Hello Mr. Okafor,

The freight carrier, Estes, needs an appointment to deliver the 85 kg rowing machine. Please reply with two weekdays next week that work for you and tell us whether you need liftgate service. Delivery is curbside, so the driver will leave the pallet at the kerb.

Best regards,
Daniel""", note="freight appointment scheduling (heavy item)")
L(LG, "en", "en", """Hi Brian,

We cannot ship the treadmill to a PO Box because the freight carrier needs a street address for a pallet delivery. Please update the address on the order, or reply here with a street address and we will change it before dispatch.

Tom""", note="PO Box address")
L(LG, "en", "en", """Hi Linda,

The replacement console cable shipped today by USPS First-Class, tracking 9400 1118 9922 3847 5510 26. USPS estimates delivery on Wednesday.

Sofia""", note="USPS tracking with spaces must not read as a phone number")
L(LG, "en", "en", """Hi Derek,

We received your return today, but the two 5 lb weight plates were not in the box. In line with Amazon's return policy we issued a partial refund of $310.00. If the plates were shipped separately, send us that tracking number and we will refund the remaining $39.99 once they arrive.

Tom""", note="partial refund on an incomplete return")
L(LG, "en", "en", """Hi Emma,

You ordered two pairs of IronDial dumbbells, and they ship from different fulfillment centers, so you will receive two deliveries: the first on Tuesday (TBA308991472000) and the second on Thursday (TBA308991533000).

Priya""", note="split shipment from two warehouses")
L(LG, "en", "en", """Hi Jacob,

UPS requires an adult signature for this parcel, and the driver found nobody home yesterday. UPS will try again tomorrow. You can also collect it from the UPS Access Point on Elm Street with a photo ID from Thursday.

Daniel""", note="signature required, redelivery")

# ---- Simplified Chinese (9)
L(LG, "zh", "hans", """您好，您的订单 113-4827361-9051842 已于昨天通过UPS发出，运单号 1Z8V47E20391284471，预计本周五送达。谢谢！
客服小雅""", note="shipped with tracking")
L(LG, "zh", "hans", """王女士您好，您的订单尚未出库，我们已将收货地址更新为您提供的新地址（Fremont, CA 94538）。更新后的地址会在一小时内显示在订单中。
李静""", note="address change before dispatch")
L(LG, "zh", "hans", """您好：
请在亚马逊"我的订单"中找到该订单，点击"退货或更换商品"，选择退货原因后按提示操作。由于跑步机超过50磅，系统会提供上门取件服务，请选择方便的日期，并把机器放在门口附近。原包装箱最好，没有的话用结实的纸箱也可以。
客服小雅""", note="return with carrier pickup")
L(LG, "zh", "hans", """孙女士您好，我们已于今天收到您退回的哑铃，并已通过亚马逊为您办理全额退款 $329.99，款项一般会在3到5个工作日内退回原支付方式。
李静""", note="refund of a received return")
L(LG, "zh", "hans", """周先生您好：

因承运商中转站遭遇暴风雪，您的划船机预计延迟两天送达，新的预计送达日期为3月18日。给您带来不便，敬请谅解，我们会持续跟踪物流信息。

客服小雅""", note="weather delay")
L(LG, "zh", "hans", """您好，您的订单从美国仓库发往加拿大，加拿大海关可能在派送时收取GST/HST税费及清关手续费，由承运商代收，这部分费用不包含在亚马逊售价中，也不是由我们收取。李静""",
  note="customs fees")
L(LG, "zh", "hans", """赵先生您好：
物流信息已经7天没有更新，我们已向FedEx提交查件申请（案件号7201845563）。如果周五前仍未找到包裹，我们会免费为您重新发货，并在这里告诉您新的运单号。
客服小雅""", note="lost parcel trace; case number")
L(LG, "zh", "hans", """陈先生您好，您的跑步机分两箱发货，第一箱已经签收，第二箱（运单号 TBA308762519000）比第一箱晚一天，预计明天送达。请先保留第一箱，等两箱到齐再拆。
李静""", note="multi-box shipment")
L(LG, "zh", "hans", """刘女士您好：

大件货运承运商需要和您预约送货时间。请回复下周方便收货的两个工作日，并告诉我们是否需要尾板服务。本次为路边交付，司机会把货物卸在楼下路边。

客服小雅""", note="freight appointment scheduling")

# ---- Traditional Chinese (6)
L(LG, "zh", "hant", """陳先生您好，您的訂單 114-2093857-6610394 已於今天交由 DHL 寄出，追蹤號碼 5839204716，預計 5 至 7 個工作天送達。包裹到達台灣後如需補繳稅費，DHL 會另行通知。
美玲""", note="international shipment; 10-digit DHL waybill must not read as a phone number")
L(LG, "zh", "hant", """王小姐您好：
包裹寄往台灣需經過海關查驗，目前物流顯示「清關中」，通常需要 1 至 3 個工作天。如需繳納進口稅費，DHL 會在派送前與您聯繫並代收，放行後即會安排派送。
阿哲""", note="customs clearance")
L(LG, "zh", "hant", """張先生您好，如需退貨，請至亞馬遜「我的訂單」找到這筆訂單，點選「退貨或更換商品」並選擇原因，系統會提供預付退貨標籤。因為跑步機超過 23 公斤，承運商會安排到府收件，請選擇方便的日期，並盡量使用原包裝箱。
美玲""", note="return with carrier pickup")
L(LG, "zh", "hant", """林小姐您好，我們已於 5 月 2 日收到您退回的划船機，並已透過亞馬遜辦理全額退款 US$429.99，款項約 3 至 5 個工作天會退回原付款方式。
阿哲""", note="refund of a received return")
L(LG, "zh", "hant", """黃先生您好：
您的訂單 111-3389120-4406587 尚未出貨，我們已依您的要求將收件地址更新為「新北市板橋區文化路一段 188 號 7 樓」，收件人與電話維持不變。
美玲""", note="address change; mentions the phone on file without a number")
L(LG, "zh", "hant", """許小姐您好，物流紀錄顯示包裹已於 11 月 8 日下午 2:14 投遞至大樓管理室，簽收人為「管理員」。請先向管理室確認，如 48 小時後仍找不到，請回覆本訊息，我們會向物流公司提出查詢。
阿哲""", note="delivered-not-received")

# ---- bilingual (2)
L(LG, "mixed", "mixed-hans", """Hi Mr. Chen,
Your order 113-7215586-3390412 shipped today via UPS, tracking 1Z3W98X10344719025, estimated delivery Friday.
陈先生您好，您的订单已于今天通过UPS发出，运单号同上，预计周五送达。
Tom""", note="bilingual shipping notice in reply to a question")
L(LG, "mixed", "mixed-hant", """Hi Mr. Huang,
You can start the return from Your Orders on Amazon; a prepaid label will be provided and the carrier will pick up the rower from your home.
黃先生您好，您可以在亞馬遜「我的訂單」申請退貨，系統會提供預付標籤，承運商會到府收取划船機。
Daniel""", note="bilingual return instructions")

# ==========================================================================
# rewritten (30) -- free or heavily rewritten non-logistics replies;
# labels ["template-required"]
# ==========================================================================
RW = "rewritten"
# ---- English (15)
L(RW, "en", "en", """Hi Tom,

Thanks for the photo of the display. E07 on the T300 nearly always comes down to the console losing contact with the motor board, and it is usually a cable that worked loose in transit. Here's what I'd try: kill the power at the switch and pull the plug for a minute or so, make sure the red safety magnet is sitting flat on its spot, then drop the handrail and pop off the small cover near the base of the left upright. Give the white connector a firm push until it clicks.

Power it back up from a wall socket rather than a power strip. If E07 is still showing after that, record ten seconds of the screen while you press START and send it over, and we'll get a replacement part moving.

Cheers,
Daniel""", labels=TR, note="rewrites en/error-code; same steps in the agent's own words and order, one paragraph instead of a list")
L(RW, "en", "en", """Hello Ken,

A belt that hesitates or slips under your foot usually has too little tension rather than too little oil. With the machine unplugged, use the long hex key to turn both rear roller bolts a quarter turn clockwise, the same amount on each side so the belt stays centred. Then run it at 3 mph for a minute and stand on it: if it still slips, add another quarter turn. Don't go further than that, since an over-tight belt wears the motor. If it keeps slipping after a full turn on both sides, tell me and we'll look at the drive belt.

Sofia""", labels=TR, note="rewrites en/belt-lubrication; free troubleshooting of belt slip (nearest template by topic)")
L(RW, "en", "en", """Hi Aisha, the bike not showing in the app is a really common one. The app has to do the pairing itself, so if you went into your phone's Bluetooth menu and connected there first, the phone is now holding the connection and the app can't see the bike. Go into your Bluetooth settings, choose "Forget this device" on anything called KF-S20, then open the Kestrel Fit app, pedal a few turns to wake the console and add the bike from inside the app. It should pop up within about 20 seconds. Let me know how it goes! Tom""",
  labels=TR, note="rewrites en/app-pairing; own words, single paragraph")
L(RW, "en", "en", """Hi Paul,

Great question. There isn't a resistance knob on the R2, and that's by design: the harder you drive, the more the water pushes back. What you can change is the amount of water. You're at level 2 at the moment, which is on the light side for someone your height, so I'd pump it up to level 4 and see how that feels over a week. Focus on pushing with your legs before your arms come in, and the stroke will feel smoother. And do pop a purification tablet in every six months or so to keep the water clear.

Daniel""", labels=TR, note="rewrites en/rower-resistance; personalised advice in own words")
L(RW, "en", "en", """Hi Megan,

Good question to ask before buying. The T300 is one of our quieter models, about 58 dB at walking pace, and most of the noise that bothers downstairs neighbours is footfall rather than the motor. A 6 mm rubber mat under the deck helps a lot, and walking is far quieter than running. If you plan to run above 6 mph every day on an upper floor, you would notice the thump more than the motor. In walking-pad mode the deck lies 16 cm high, so it slides under a sofa or bed when you're done.

Best,
Priya""", labels=TR, note="rewrites en/treadmill-setup; free pre-sale product advice (nearest template by product)")
L(RW, "en", "en", """Hi Greg, the short version: the frame on your T500 is covered for ten years and the motor for five. Everything else, like the console, rollers and electronics, has one year, and belts and cushions three months. There's nothing to register. If something goes wrong, just message us here with the order number and a photo or clip, and we'll take it from there. Priya""",
  labels=TR, note="rewrites en/warranty; same facts, free wording")
L(RW, "en", "en", """Rosa, I'm really sorry. A bent seat rail is something our checks should have caught before the bike left the warehouse. I can either get a brand-new bike out to you or refund you in full through Amazon, whichever you prefer. Keep the damaged one for now; we won't ask you to ship it back. Just tell me which option works and I'll sort it today.

Priya, Kestrel Fit""", labels=TR, note="rewrites en/defect-replacement; apology and options in own words")
L(RW, "en", "en", """Hi Oliver, sorry about that! Bag C should have held the eight long bolts for the rear stabiliser, and it looks like it was never packed. A new bag is on us and will go out this week; there's nothing to send back. You can still build everything up to step 5 while you wait. Thanks, Tom""",
  labels=TR, note="rewrites en/missing-part; own words, includes an assembly hint")
L(RW, "en", "en", """Hi Hannah,

Thanks for your question about the dumbbell tray. Once you've had the set for a while, we'd be grateful if you told other shoppers what you think of it on the Amazon product page, whatever your impression is.

Best,
Sofia""", labels=TR, note="rewrites en/review-request; free-written but neutral review request: no rating, incentive or condition, so no review-inducement")
L(RW, "en", "en", """Hi Sam, I've attached the R2 manual you asked for. The drawings for joining the rail and the tank are in the first third of the booklet, and if the monitor ever shows something odd there's a fault table near the back. Daniel""",
  labels=TR, note="rewrites en/manual; same purpose, free wording")
L(RW, "en", "en", """Hi Mike,

The dial sticking is almost always because one end isn't fully down in the tray. The lock only releases when both ends sit flat in their cradles, so lift the dumbbell out, set it back in firmly and try again. Please never twist the dials while you're holding the dumbbell in the air, as that can jam the plates. Also check the tray is on a flat floor; a thick rug can tilt it just enough to cause this.

Thanks,
Priya""", labels=TR, note="rewrites zh/dumbbell-adjust; cross-language: English free text covering a Chinese template's content")
L(RW, "en", "en", """Hi Jordan,

Yes, the CycleCore S20 console picks up any chest strap that broadcasts over Bluetooth Low Energy, so the Polar H10 and the Garmin HRM-Dual both work. It won't read older straps that only send the 5 kHz analog signal. Once the strap is damp and on, pair it inside the app under Devices > Heart rate rather than from the bike's console.

Tom""", labels=TR, note="rewrites en/app-pairing; free compatibility advice (nearest template by topic)")
F(RW, "en", "en", [("en/error-code", dict(buyer_name="Marcus", product_name=T500_EN, error_code="E01", agent_name="Priya"))],
  edits=[("insert_before", "Regards,", "About the burning smell you mentioned: please stop using the treadmill until we hear back from you. A smell like that together with E01 can mean the drive belt under the motor hood is slipping on the pulley. With the machine unplugged, take off the motor hood and look for black rubber dust around the front roller; if you see any, send us a photo of it along with the video.\n\n")],
  labels=TR, note="rewrites en/error-code; template filled verbatim but the agent inserted a substantial free troubleshooting paragraph (judgement call: free non-logistics text beyond a courtesy line)")
L(RW, "en", "en", """Hello Jennifer,

Thanks for getting in touch about the FoldStride T300 (order 113-4827361-9051842). Setting it up the first time goes like this:

1. Before anything else, find a flat spot with about two metres clear behind the deck.
2. Raise the handrail till it locks, then hand-tighten the knobs on both sides.
3. Plug the console lead in under the left upright, and only then close the cover.
4. Power goes straight to a wall socket, never a strip or an extension lead.
5. Clip the safety key to your shirt and set the magnet on the yellow mark.
6. Hit START and stroll slowly for five minutes to let the belt bed in.

Any drifting of the belt later on, just shout and we'll help you line it up.

Best regards,
Daniel
Kestrel Fit Customer Care""", labels=TR, note="rewrites en/treadmill-setup; same layout and steps but every sentence reworded (heavy rewrite, not a small edit)")
L(RW, "en", "en", """Hi Marcus,

If the incline on your T500 stops at 9% instead of 15%, it needs recalibrating, which takes about two minutes. With the treadmill on and the belt stopped, hold INCLINE UP and SPEED DOWN together for five seconds until the display shows CAL. Step off the deck: it will run to the top and back to zero by itself. When the display returns to 0.0 the incline range has been reset.

Priya""", labels=TR, note="rewrites en/error-code; free calibration instructions (nearest template by topic)")

# ---- Simplified Chinese (8)
L(RW, "zh", "hans", """赵先生您好，
咔哒咔哒的声音多半来自脚踏。左边的脚踏是反牙的，要往逆时针方向拧，很多人会拧反，结果越拧越松。您用包装里的扳手把两边都重新拧一遍，曲柄上的螺丝也顺手紧一下。如果听着是从护罩里面传出来的，可能是皮带还在磨合，骑两三天一般会好转。还有声音的话，录段视频发过来我们看看。
李静""", labels=TR, note="rewrites zh/bike-noise; colloquial own words")
L(RW, "zh", "hans", """刘女士您好：App搜不到跑步机，一般是因为之前在手机系统的蓝牙里点过配对，连接被系统占用了。请您到手机设置→蓝牙里，把名字带KF-T300的设备“忽略”掉，再打开我们的App，从App里面添加设备就可以了。另外安卓手机需要给App打开定位权限，不然也搜不到。有问题随时回复我。小雅""",
  labels=TR, note="rewrites zh/app-pairing; own words plus an Android location-permission tip")
L(RW, "zh", "hans", """王女士，您好！
旋钮拧不动，通常是因为哑铃没有完全放进底座。两头都落到底以后，锁扣才会松开，这时候再转旋钮就顺了。千万不要拿在手上转，容易把配重片卡住。底座最好放在硬地面上，放在厚地毯上容易歪。
客服小雅""", labels=TR, note="rewrites zh/dumbbell-adjust; own words")
L(RW, "zh", "hans", """黄先生您好，跑步机的车架我们保十年，电机保五年，仪表和其他电子件保一年，跑带这类易损件是三个月。不用另外登记，以后有问题直接在这里发消息，附上订单号和照片就行。李静""",
  labels=TR, note="rewrites zh/warranty; same facts, free wording")
L(RW, "zh", "hans", """张先生：
真的很抱歉，跑带边缘破损是我们出厂检查没做到位。您看是给您重新发一台新的，还是直接在亚马逊上给您全额退款，都可以，坏的那台不用寄回来。您定了告诉我一声，我马上安排。
客服 李静""", labels=TR, note="rewrites zh/defect-replacement; own words")
L(RW, "zh", "hans", """吴女士您好，感谢您的咨询。等您用一段时间后，如果愿意的话，可以在亚马逊商品页写写您的真实感受，不管好坏都能给其他买家做个参考。谢谢！小雅""",
  labels=TR, note="rewrites zh/review-request; free-written neutral review request (no rating, incentive or condition)")
L(RW, "zh", "hans", """您好，跑步机可以放在木地板上，不过建议在下面垫一块6毫米以上的减震垫，既能保护地板，也能减少噪音传到楼下。机器后方请留出两米左右的空间，插头请直接插在墙上的插座，不要用排插。第一次使用前先低速走五分钟，让跑带磨合一下。
客服小雅""", labels=TR, note="rewrites en/treadmill-setup; cross-language: Chinese free advice overlapping an English template")
L(RW, "zh", "hans", """周先生您好，真不好意思，螺丝包C袋漏装了。我们这周就给您补寄一包，不用退回任何东西。等配件的时候，您可以先把导轨和座椅装好，最后再装前支架。李静""",
  labels=TR, note="rewrites zh/missing-part; own words, includes an assembly-order tip")

# ---- Traditional Chinese (5)
L(RW, "zh", "hant", """林小姐您好：
組裝其實不難，先把前後兩支腳架鎖上主軌道，螺絲先不要鎖死；接著把座椅從軌道尾端推進去，注意滾輪的方向。腳踏板裝好後，再把軌道和水箱接起來，最後用對角的順序把所有螺絲鎖緊。水的部分第一次加到第三格就好，之後再依手感調整。
美玲""", labels=TR, note="rewrites zh-tw/rower-setup; same steps as running prose in own words")
L(RW, "zh", "hant", """吳先生您好，跑帶的油大概三個月補一次就好，如果每天跑得多，跑到一百五十公里左右也該補了。記得先拔插頭，掀起跑帶一邊，把附的矽油沿著中間擠一條，另一邊也一樣，然後用慢速走個三分鐘就會推開。家裡的食用油、WD-40 都不能用，會傷跑板。阿哲""",
  labels=TR, note="rewrites zh-tw/belt-lubrication; colloquial own words")
L(RW, "zh", "hant", """張先生您好：App 找不到健身車的話，通常是手機的藍牙設定裡已經先配對過了，請先到設定裡把 KF-S20 開頭的裝置「忘記此裝置」，再從我們的 App 裡新增。另外一次只能連一支手機，家人的手機如果有連著，也要先斷開。阿哲""",
  labels=TR, note="rewrites zh-tw/app-pairing; own words")
L(RW, "zh", "hant", """陳太太您好：
水箱漏水真的很抱歉，這是我們品管的疏失。我們可以直接寄一台新的給您，也可以在亞馬遜上幫您全額退款，您選一個方便的就好，漏水的那台不用寄回。麻煩回覆一下您的決定，我們今天就處理。
美玲""", labels=TR, note="rewrites zh-tw/defect-refund; own words")
L(RW, "zh", "hant", """許小姐您好，水箱的水變得有點混濁是正常的，通常是水裡的礦物質或細菌造成，對划船機本身沒有影響。建議您把水抽出來，換成乾淨的自來水，再放一顆附贈的淨水錠，之後每六個月補一顆就能保持清澈。請不要加漂白水，會讓水箱變黃。美玲""",
  labels=TR, note="rewrites en/rower-resistance; cross-language free advice on cloudy water (nearest template by topic)")

# ---- bilingual (2)
L(RW, "mixed", "mixed-hans", """Hi Kevin,
E07 usually means the console cable came loose during shipping.
E07 一般是运输途中仪表线松了。请先关机拔掉电源一分钟，打开左侧立柱下方的盖板，把白色插头重新插紧，再接回墙上插座开机。
If the code is still there, please send us a short video and we'll sort out a new part.
如果还是显示E07，请发一段短视频给我们，我们来安排配件。
Tom""", labels=TR, note="rewrites en/error-code; bilingual free troubleshooting")
L(RW, "mixed", "mixed-hans", """Hi Wei, 这套哑铃从2.5公斤到24公斤，对新手来说完全够用。For curls most beginners start around 5 to 8 kg, and for squats or rows you can go heavier. 调重量的时候一定要先放回底座再转旋钮。Enjoy your training! Priya""",
  labels=TR, note="rewrites zh/dumbbell-adjust; code-switched free product advice")

# ==========================================================================
# mixed-logistics (15) -- logistics plus one or two free non-logistics
# sentences; labels ["template-required"]
# ==========================================================================
ML = "mixed-logistics"
# ---- English (7)
L(ML, "en", "en", """Hi Aisha,

Your exercise bike for order 111-7730465-2289014 left our warehouse this morning with FedEx Ground, tracking 7749 2038 5512. FedEx estimates delivery on Tuesday.

In the meantime you could install the Kestrel Fit app and set up your rider profile, so pairing takes a minute once the bike is assembled.

Tom""", labels=TR, note="shipping + free app-setup tip")
L(ML, "en", "en", """Hello Ben,

We've approved the return for the CycleCore S20, and the prepaid UPS label is now in Your Orders. Once the bike reaches our warehouse, the refund goes back to your card within 2 business days.

For what it's worth, the clicking you described is usually just the left pedal working loose. It has a reverse thread, so it tightens anticlockwise.

Priya""", labels=TR, note="return + free troubleshooting sentence")
L(ML, "en", "en", """Hi Linda,

The replacement drive belt shipped today via USPS Priority Mail, tracking 9405 5118 9956 2730 4419 83, and should be with you on Thursday.

When fitting it, loosen the motor mount bolts first so the new belt slides over the pulley without forcing it, then re-tighten until the belt gives about 1 cm when you press it.

Sofia""", labels=TR, note="part shipment + free fitting instructions")
L(ML, "en", "en", """Hi Greg, no problem. Order 114-6612038-1175923 hasn't shipped yet, so I've changed the delivery address to 418 Birchwood Lane, Unit 2, Ann Arbor, MI 48104. The freight carrier will contact you to schedule delivery.
Also, to answer your other question: folded, the T500 is 71 cm wide, so it fits through a standard interior door without taking the rails off.
Priya""", labels=TR, note="address change + free product-dimension answer")
L(ML, "en", "en", """Dear Ms. Lindqvist,

Your rowing machine is held at the carrier's Memphis hub because of the ice storm, and the new delivery estimate is Monday, January 27. We're sorry for the wait.

Good news on assembly: the hex key in the box is the only tool you need, and most people finish in about 30 minutes.

Kind regards,
Daniel""", labels=TR, note="delay + free assembly remark")
L(ML, "en", "en", """Hi Noah,

Because your order ships from our US warehouse to Canada, the carrier may collect GST/HST and a brokerage fee before handing over the parcel. These are charged by the carrier on behalf of CBSA, not by us.

On your voltage question: the bike's console runs on the included 110-120 V adapter, which plugs into any standard Canadian outlet.

Best,
Tom""", labels=TR, note="customs + free product (voltage) answer")
L(ML, "en", "en", """Hi Marcus,

The freight carrier has your treadmill booked for Wednesday between 8 am and 12 pm, curbside with liftgate. Someone will need to sign for it.

One tip once it's inside: if the truck was cold, let the treadmill sit at room temperature for a couple of hours before you switch it on, so any condensation can dry out of the electronics.

Priya""", labels=TR, note="freight appointment + free usage tip")

# ---- Simplified Chinese (4)
L(ML, "zh", "hans", """刘女士您好，您的跑步机（订单号 112-5518290-3047716）今天已由UPS发出，运单号 1Z3W98X10344719025，预计下周二送达。
收到后建议先用1公里/小时的低速走五分钟，让跑带磨合一下再开始跑。
客服小雅""", labels=TR, note="shipping + free break-in tip")
L(ML, "zh", "hans", """孙女士您好：
我们已经收到您退回的哑铃，并通过亚马逊为您办理了全额退款，3到5个工作日内会退回原支付方式。
另外您之前提到旋钮卡住的问题，一般是哑铃没有完全放回底座导致的，两头放到底后再转旋钮就会顺畅。
李静""", labels=TR, note="refund of return + free troubleshooting explanation")
L(ML, "zh", "hans", """陈先生您好，您的订单还未出库，我们已将收货地址改为您提供的新地址（San Jose, CA 95131）。
关于您问的承重：这款单车最大承重150公斤，您家人使用没有问题，座椅高度也可以在四个档位之间调节。
李静""", labels=TR, note="address change + free product answer")
L(ML, "zh", "hans", """赵先生您好，很抱歉您的包裹在运输途中丢失，我们已经为您重新发出一台新机，运单号 TBA309117725000，预计3天内送达。
新机到货后，请先在App里检查一下仪表固件，如提示更新，请更新到最新版本再开始骑行。
客服小雅""", labels=TR, note="reshipment of lost parcel + free firmware advice")

# ---- Traditional Chinese (3)
L(ML, "zh", "hant", """張先生您好，您的健身車已經由 DHL 寄出，追蹤號碼 5839204716，預計 5 至 7 個工作天送達。
收到之前可以先下載 Kestrel Fit App 並建立帳號，組裝完成後配對會比較快。
阿哲""", labels=TR, note="shipping + free app tip")
L(ML, "zh", "hant", """陳太太您好：
我們已收到您退回的划船機，並已透過亞馬遜辦理全額退款，約 3 至 5 個工作天會退回原付款方式。
另外提醒您，上次提到的水變混濁，其實只要每半年放一顆淨水錠就能改善。
美玲""", labels=TR, note="refund of return + free maintenance tip")
L(ML, "zh", "hant", """林小姐您好，包裹寄到台灣需要經過海關，如有進口稅費，DHL 會在派送前通知您並代收，這部分費用不是由我們收取。
關於電壓：這台跑步機使用 110V，台灣一般的插座可以直接使用，不需要變壓器。
美玲""", labels=TR, note="customs + free product (voltage) answer")

# ---- bilingual (1)
L(ML, "mixed", "mixed-hans", """Hi Mr. Lin,
Your dumbbell set shipped today with UPS, tracking 1Z7A61F20367719044, estimated delivery Friday.
林先生您好，您的哑铃已于今天通过UPS发出，预计周五送达。
One tip: always set the dumbbells back in the tray before turning the dials.
小提示：调节重量前请先把哑铃放回底座。
Tom""", labels=TR, note="bilingual shipping + free usage tip")

# ==========================================================================
# violating (15) -- content-policy violations; template-required added when
# the free text outside logistics is not from a template
# ==========================================================================
VI = "violating"
# ---- English (8)
L(VI, "en", "en", """Hi Rachel,

So glad the dumbbells arrived in good shape! If you love them, a 5-star review would mean the world to our small team. Leave one this week and we'll send you a free set of resistance bands as a thank-you.

Sofia""", labels=["review-inducement", "template-required"],
  note="five-star request with a free-gift incentive; free text")
F(VI, "en", "en", [("en/app-pairing", dict(buyer_name="Olivia", product_name=T500_EN, device_code="KF-T500-1D07", agent_name="Tom"))],
  edits=[("insert_before", "Kind regards,", "If the app still won't connect, text me on WhatsApp at +1 415 555 0142 and I'll walk you through it on a video call.\n\n")],
  labels=["off-platform-contact", "template-required"],
  note="from en/app-pairing with an added WhatsApp number; the added sentence is free non-logistics text")
L(VI, "en", "en", """Hi Carlos,

Sorry the frame arrived dented in transit. You can start the return from Your Orders and Amazon will provide a prepaid label. Before you ship it back, please email photos of the dent and the outer box to kestrelfit.returns@gmail.com so we can file the damage claim with the carrier.

Daniel""", labels=["off-platform-contact"],
  note="transit damage return (logistics) with an e-mail address; no free non-logistics text, so no template-required")
L(VI, "en", "en", """Hi Stephanie,

Great to hear the replacement belt arrived and the treadmill is running smoothly again. Now that everything's sorted, would you mind updating your 2-star review so it reflects how we fixed the problem? It would really help our small team.

Thanks so much,
Sofia""", labels=["review-inducement", "template-required"], note="asks to update an existing review after resolution")
L(VI, "en", "en", """Hi Jordan,

Your IronDial set is out for delivery today with Amazon Logistics (TBA308991472000).

As a thank-you for your order, use code KESTREL15 for 15% off our new IronDial adjustable kettlebell.

Tom""", labels=["marketing", "template-required"], note="tracking + coupon and cross-sell")
F(VI, "en", "en", [("en/review-request", dict(buyer_name="Victor", order_id="111-8840216-3375094", product_name=T300_EN, agent_name="Sofia"))],
  edits=[("insert_after", "suits their home gym.", " If anything isn't perfect, please message us first before posting a review so we can make it right.")],
  labels=["review-inducement", "template-required"],
  note="from en/review-request plus an added gating sentence (judgement call: the added clause is substantive free text, not a small edit)")
L(VI, "en", "en", """Hi Rachel,

Setting up the rower is easiest with two people: attach the front and rear legs first, slide the seat on, then join the rail to the tank. Our full step-by-step video is on our YouTube channel at youtube.com/@kestrelfitofficial, and it covers filling the tank too.

Daniel""", labels=["off-platform-contact", "template-required"], note="free setup advice with an external video link")
L(VI, "en", "en", """Hi Derek,

We got the bike back at our warehouse yesterday. Instead of waiting for Amazon to process the refund, we can send the $389.00 straight to you through PayPal today. Just reply with the email address on your PayPal account.

Tom""", labels=["off-platform-contact"],
  note="refund of a return (logistics) moved off Amazon via PayPal; no free non-logistics text")

# ---- Simplified Chinese (4)
L(VI, "zh", "hans", """亲，哑铃已经签收啦。麻烦您给个五星好评，好评后截图发给我们，立返10美元到您的账户！谢谢支持！""",
  labels=["review-inducement", "template-required"], note="好评返现 style five-star request with cash back")
L(VI, "zh", "hans", """王先生您好，跑步机显示E07的问题，估计是仪表线松了。您方便的话加我微信 kestrelfit_cs，发个视频过来，我在微信上一步步教您处理。
客服小雅""", labels=["off-platform-contact", "template-required"], note="free troubleshooting + WeChat handle")
L(VI, "zh", "hans", """张先生您好，补发的跑带已经签收了吧？问题解决了的话，麻烦您把之前留的一星差评删掉，非常感谢！
李静""", labels=["review-inducement", "template-required"], note="asks to delete a negative review after a replacement")
F(VI, "zh", "hans", [("zh/missing-part", dict(buyer_name="孙女士", product_name=DB_ZH, part_name="右侧调节旋钮",
    days="3", order_id="114-3061289-7742015", agent_name="李静"))],
  edits=[("insert_before", "祝好！", "另外，本周末全店可调节哑铃8折，欢迎再次选购！\n\n")],
  labels=["marketing", "template-required"], note="from zh/missing-part with an appended sale announcement")

# ---- Traditional Chinese (2)
F(VI, "zh", "hant", [("zh-tw/manual", dict(buyer_name="黃小姐", product_name=T300_TW, model="KF-T300", agent_name="美玲"))],
  edits=[("insert_before", "美玲 敬上", "滿意的話請給我們五星好評，如果有任何不滿意，請先聯絡我們，不要直接留負評。")],
  labels=["review-inducement", "template-required"], note="from zh-tw/manual with an added five-star + gating sentence")
L(VI, "zh", "hant", """黃先生您好，退貨的話請直接寄回我們在台北的倉庫（台北市信義區松仁路 100 號 5 樓），寄件前可以先打 02-2758-3391 跟倉庫確認收件時間。收到退貨後會透過亞馬遜退款。
美玲""", labels=["off-platform-contact"],
  note="return instructions (logistics) with a seller phone number; no free non-logistics text")

# ---- bilingual (1)
L(VI, "mixed", "mixed-hans", """Thanks for your order! 感谢您的订单！
New arrival: the IronDial kettlebell, 20% off this week with code NEW20.
新品壶铃上市，本周使用优惠码NEW20立享8折。
Sofia""", labels=["marketing", "template-required"], note="bilingual new-product coupon; free non-logistics text")


# ==========================================================================
# Build, validate, write
# ==========================================================================
# Characters that exist only in one script; used to catch script slips.
SIMP_ONLY = set("这们来为说时会对发进动过问题请购买订单货运输邮递联设备连图标闪烁选择开关门应该还没样给让从车见长间闭电页项须领风飞验骑处备复头实宝导层带帮库异录态总户执扩扫护报担择挂换据损摄摆数断无旧显书杀条极构标栏树档检楼欢气汇测济满滤滚灯热爱状独现码确礼离种积称稳竞笔简类紧约级纸线练组细终经结络统继续维综绿缓编网罗义习乱争亏亚产亲仅仓仪价优传伤体侧倾儿兴养内写军农决况净减击则刚创删别剂剧办务劳势华协单卖卫压县双变号听启员响哑团园围圆场坏块坚垫声壳夹奋奖妈学宁审宽寻将尽岁币师帐广庄庆废张弹归当径忆怀恶惊惯战扰抢拥拦挡挤捡携摇敌旷晒杂权杨枪柜栋桥梦横欧残毁毕汉汤沟泪泽洁洒浅浆浇浊涂涛涨渐温湾湿溃灭灵灾炉点炼烂烟烦烧烫爷牵犹狭环画畅疗盐监盖盘着础祸穷窃窝竖笼筑筛签粮纠红纤纪纯纳纵纷纹纺纽绍绑绒绕绘绝绣绪绳绵绸缆缘缝缠缩罚罢职联聪肃肠肤肿胀胁胆胜胶脉脏脑脚脱脸腊腾舰艰艳艺节芦苍苏苹茎荐荡荣药莲获萝营萧蓝虑虚虫虽虾蚀蚁蛮衔补衬袜袭装观规觉览视触誉计订认讨训议讯记讲许论设访证评识诉诊词译试诗诚话询该详诫语误诸读课谁调谈谊谋谎谐谓谢谣谦谨谱贝贞负贡财责贤败账质贩贪贫贮贯贴贵贷贸费贺贼资赏赐赔赖赚赛赞赠赢赵赶趋跃践踪轨轩转轮软轰轴轻载较辅辆辈辉辑辖边辽达迁迈远违连迟迹适选递逻遗邻郑酱酿释鉴针钉钓钞钟钢钥钩钱钳铁铃铅铜铝铭银铺链销锁锅锈锋锐错锡锤锦键锯镇镜闪问闯闲闷闸闹闻阀阁阅队阳阴阵阶际陆陈险随隐难雾静韦顶顺顾顿预颇频题颜额饭饮饰饱饼馆马驱驶驻驾骗鱼鲜鸟鸡鸭鹅黄齐齿龄龙")
TRAD_ONLY = set("這們來為說時會對發進動過問題請購買訂單貨運輸郵遞聯繫設備連圖標閃爍選擇開關門應該還沒樣給讓從車見長間閉電頁項須領風飛驗騎處備復頭實寶導層帶幫庫異錄態總戶執擴掃護報擔擇掛換據損攝擺數斷無舊顯書殺條極構標欄樹檔檢樓歡氣匯測濟滿濾滾燈熱愛狀獨現碼確禮離種積稱穩競筆簡類緊約級紙線練組細終經結絡統繼續維綜綠緩編網羅義習亂爭虧亞產親僅倉儀價優傳傷體側傾兒興養內寫軍農決況淨減擊則剛創刪別劑劇辦務勞勢華協單賣衛壓縣雙變號聽啟員響啞團園圍圓場壞塊堅墊聲殼夾奮獎媽學寧審寬尋將盡歲幣師廣莊慶廢張彈歸當徑憶懷惡驚慣戰擾搶擁攔擋擠撿攜搖敵曬雜權楊槍櫃棟橋夢橫歐殘毀畢漢湯溝淚澤潔灑淺漿澆濁塗濤漲漸溫灣濕潰滅靈災爐點煉爛煙煩燒燙爺牽猶狹環畫暢療鹽監蓋盤礎禍窮竊窩豎籠築篩簽糧糾紅纖紀純納縱紛紋紡紐紹綁絨繞繪絕繡緒繩綿綢纜緣縫纏縮罰罷職聯聰肅腸膚腫脹脅膽勝膠脈臟腦腳脫臉臘騰艦艱艷藝節蘆蒼蘇蘋莖薦蕩榮藥蓮獲蘿營蕭藍慮虛蟲雖蝦蝕蟻蠻銜補襯襪襲裝觀規覺覽視觸譽計訂認討訓議訊記講許論設訪證評識訴診詞譯試詩誠話詢該詳誡語誤諸讀課誰調談誼謀謊諧謂謝謠謙謹譜貝貞負貢財責賢敗賬質販貪貧貯貫貼貴貸貿費賀賊資賞賜賠賴賺賽讚贈贏趙趕趨躍踐蹤軌軒轉輪軟轟軸輕載較輔輛輩輝輯轄邊遼達遷邁遠違連遲跡適選遞邏遺鄰鄭醬釀釋鑑針釘釣鈔鐘鋼鑰鉤錢鉗鐵鈴鉛銅鋁銘銀鋪鏈銷鎖鍋鏽鋒銳錯錫錘錦鍵鋸鎮鏡閃問闖閒悶閘鬧聞閥閣閱隊陽陰陣階際陸陳險隨隱難霧靜韋頂順顧頓預頗頻題顏額飯飲飾飽餅館馬驅駛駐駕騙魚鮮鳥雞鴨鵝黃齊齒齡龍後裡麼與")

CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F]")
OFFPLATFORM_RE = re.compile(r"https?://|www\.|@|\.com\b|whatsapp|wechat|微信|telegram|\bLINE\b|paypal|youtube|facebook|instagram")
OFFPLATFORM_I = re.compile(r"https?://|www\.|@|\.com\b|whatsapp|wechat|telegram|paypal|youtube|facebook|instagram", re.I)


class BuildError(Exception):
    pass


def fill(tid, values):
    if tid not in TEMPLATES:
        raise BuildError("unknown template %s" % tid)
    tpl = TEMPLATES[tid]
    names = set(PH.findall(tpl))
    if set(values) != names:
        raise BuildError("%s: placeholders %s, values %s" % (tid, sorted(names), sorted(values)))
    for k, v in values.items():
        if not v.strip() or "{" in v or "}" in v:
            raise BuildError("%s: bad value for %s: %r" % (tid, k, v))
    return PH.sub(lambda m: values[m.group(1)], tpl).strip("\n")


def cjk_wrap(line, width):
    tokens = re.findall(r"[\x21-\x7e]+|.", line)
    out, cur = [], ""
    for tok in tokens:
        if cur and len(cur) + len(tok) > width and tok not in "，。、；：！？）」』":
            out.append(cur.rstrip())
            cur = tok.lstrip()
        else:
            cur += tok
    if cur:
        out.append(cur.rstrip())
    return out


def apply_edits(text, edits, script):
    cjk = "han" in script
    for ed in edits:
        op = ed[0]
        if op in ("replace", "insert_before", "insert_after"):
            anchor = ed[1]
            if text.count(anchor) != 1:
                raise BuildError("%s anchor %r found %d times" % (op, anchor, text.count(anchor)))
            if op == "replace":
                text = text.replace(anchor, ed[2])
            elif op == "insert_before":
                text = text.replace(anchor, ed[2] + anchor)
            else:
                text = text.replace(anchor, anchor + ed[2])
        elif op == "join":
            lines = text.split("\n")
            a = [i for i, l in enumerate(lines) if ed[1] in l]
            b = [i for i, l in enumerate(lines) if ed[2] in l]
            if len(a) != 1 or len(b) != 1 or a[0] >= b[0]:
                raise BuildError("join anchors %r..%r not usable" % (ed[1], ed[2]))
            sep = "" if cjk else " "
            joined = sep.join(l.strip() for l in lines[a[0]:b[0] + 1])
            text = "\n".join(lines[:a[0]] + [joined] + lines[b[0] + 1:])
        elif op == "wrap":
            width = ed[1]
            out = []
            for line in text.split("\n"):
                if len(line) <= width:
                    out.append(line)
                elif cjk:
                    out.extend(cjk_wrap(line, width))
                else:
                    out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
            text = "\n".join(out)
        else:
            raise BuildError("unknown edit %r" % (op,))
    return text


def check_script(text, script):
    cjk = CJK_RE.findall(text)
    if script == "en":
        if cjk:
            raise BuildError("CJK in an English text: %s" % "".join(cjk[:10]))
        return
    bad = TRAD_ONLY if "hans" in script else SIMP_ONLY
    slips = sorted({c for c in text if c in bad})
    if slips:
        raise BuildError("script slip (%s) characters: %s" % (script, "".join(slips)))


def check_lang(text, lang):
    n_cjk = len(CJK_RE.findall(text))
    latin_words = re.findall(r"[A-Za-z]{2,}", text)
    if lang == "en":
        if n_cjk:
            raise BuildError("lang en but has CJK")
    elif lang == "zh":
        if n_cjk < 20:
            raise BuildError("lang zh but only %d CJK chars" % n_cjk)
        # every line with 6+ English words is a sign the text is really mixed
        for line in text.split("\n"):
            if not CJK_RE.search(line) and len(re.findall(r"[A-Za-z]{2,}", line)) >= 6:
                raise BuildError("lang zh but has an English sentence line: %r" % line)
    elif lang == "mixed":
        if n_cjk < 20 or len(latin_words) < 12:
            raise BuildError("lang mixed needs both languages (cjk=%d, words=%d)" % (n_cjk, len(latin_words)))
    else:
        raise BuildError("bad lang %r" % lang)


def strip_ph(t):
    return PH.sub("", t)


def main():
    errors = []
    # ---- templates
    for tid, tpl in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            errors.append("bad template id %s" % tid)
        if not PH.findall(tpl):
            errors.append("%s has no placeholder" % tid)
        if re.search(r"\{\{(?!\w+\}\})|(?<!\{\{\w)\}\}", tpl) and len(re.findall(r"\{\{", tpl)) != len(PH.findall(tpl)):
            errors.append("%s has malformed braces" % tid)
        if EMOJI_RE.search(tpl) or OFFPLATFORM_RE.search(tpl) or OFFPLATFORM_I.search(tpl):
            errors.append("%s contains emoji or off-platform material" % tid)
        script = {"en": "en", "zh": "hans", "zh-tw": "hant"}[tid.split("/")[0]]
        try:
            check_script(strip_ph(tpl), script)
        except BuildError as e:
            errors.append("%s: %s" % (tid, e))

    # ---- replies
    built = []
    for n, e in enumerate(ENTRIES, 1):
        where = "entry %d (%s)" % (n, e["tag"])
        try:
            if e["kind"] == "built":
                base = "\n\n".join(fill(t, v) for t, v in e["parts"])
                text = apply_edits(base, e["edits"], e["script"])
            else:
                base = None
                text = e["text"]
            text = text.strip("\n")
            if "{{" in text or "}}" in text:
                raise BuildError("unfilled placeholder left")
            if e["tag"] not in CATEGORIES:
                raise BuildError("bad tag")
            labels = e["labels"]
            if len(set(labels)) != len(labels) or not set(labels) <= VALID_POLICIES:
                raise BuildError("bad labels %r" % labels)
            tag = e["tag"]
            if tag in ("filled-template", "logistics") and labels:
                raise BuildError("%s must have no labels" % tag)
            if tag in ("rewritten", "mixed-logistics") and labels != ["template-required"]:
                raise BuildError("%s must be [template-required]" % tag)
            if tag == "violating" and not (set(labels) - {"template-required"}):
                raise BuildError("violating needs a content policy")
            note = e["note"]
            if tag == "filled-template":
                m = re.match(r"from (\S+);", note)
                if not m or m.group(1) != e["parts"][0][0]:
                    raise BuildError("filled note must start 'from <first template>;'")
                if difflib.SequenceMatcher(None, base, text, autojunk=False).ratio() < 0.85:
                    raise BuildError("edits too large for a filled-template reply")
            if tag == "rewritten":
                m = re.match(r"rewrites (\S+);", note)
                if not m or m.group(1) not in TEMPLATES:
                    raise BuildError("rewritten note must start 'rewrites <template id>;'")
            hit = OFFPLATFORM_RE.search(text) or OFFPLATFORM_I.search(text)
            if tag != "violating" and hit:
                raise BuildError("off-platform material in a non-violating reply: %r" % hit.group(0))
            if EMOJI_RE.search(text):
                raise BuildError("emoji in text")
            check_script(text, e["script"])
            check_lang(text, e["lang"])
            built.append(dict(e, text=text, base=base))
        except BuildError as ex:
            errors.append("%s: %s | %s" % (where, ex, e["note"][:60]))

    if errors:
        for x in errors:
            print("ERROR", x, file=sys.stderr)
        sys.exit(1)

    # deterministic interleaving so ids do not reveal categories
    order = list(range(len(built)))
    random.Random(13).shuffle(order)
    records = []
    for i, k in enumerate(order, 1):
        b = built[k]
        records.append(dict(id="t13-%03d" % i, text=b["text"], labels=b["labels"], lang=b["lang"],
                            tags=[b["tag"]], note=b["note"], context="reply"))
        b["id"] = records[-1]["id"]
    ids = [r["id"] for r in records]
    assert len(set(ids)) == len(ids)
    texts = [r["text"] for r in records]
    assert len(set(texts)) == len(texts), "duplicate texts"

    # ---- write library
    if os.path.isdir(LIB):
        for root, _dirs, files in os.walk(LIB):
            for f in files:
                if f.endswith(".txt"):
                    os.remove(os.path.join(root, f))
    for tid, tpl in TEMPLATES.items():
        path = os.path.join(LIB, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(tpl)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")

    # ---- report
    print("templates: %d  (%s)" % (len(TEMPLATES), ", ".join(
        "%s=%d" % (d, sum(1 for t in TEMPLATES if t.split("/")[0] == d)) for d in ("en", "zh", "zh-tw"))))
    print("replies: %d" % len(records))
    cat_lang = collections.Counter((b["tag"], b["lang"]) for b in built)
    langs = ["en", "zh", "mixed"]
    print("%-16s %5s %5s %6s %6s   (zh = Hans + Hant)" % ("category", *langs, "total"))
    for c in CATEGORIES:
        row = [cat_lang[(c, l)] for l in langs]
        print("%-16s %5d %5d %6d %6d" % (c, *row, sum(row)))
    tot = [sum(cat_lang[(c, l)] for c in CATEGORIES) for l in langs]
    print("%-16s %5d %5d %6d %6d" % ("total", *tot, sum(tot)))
    scripts = collections.Counter(b["script"] for b in built)
    print("scripts:", dict(sorted(scripts.items())))
    sc = collections.Counter(("hant" if "hant" in b["script"] else "hans" if "hans" in b["script"] else "en") for b in built)
    print("Chinese script in zh/mixed replies: Simplified=%d Traditional=%d" % (sc["hans"], sc["hant"]))
    print("label sets:", dict(collections.Counter(tuple(sorted(b["labels"])) for b in built).most_common()))
    print("policy counts:", dict(collections.Counter(p for b in built for p in b["labels"]).most_common()))
    used = collections.Counter(t for b in built if b["kind"] == "built" and b["tag"] == "filled-template" for t, _ in b["parts"])
    print("templates used by filled-template replies:", len(used), "of", len(TEMPLATES),
          "; unused:", sorted(set(TEMPLATES) - set(used)) or "none")
    edited = sum(1 for b in built if b["tag"] == "filled-template" and b["edits"])
    print("filled-template replies with agent edits: %d of %d" % (edited, sum(1 for b in built if b["tag"] == "filled-template")))
    # informational: best character similarity against the bare templates
    bare = {t: strip_ph(v) for t, v in TEMPLATES.items()}
    for c in ("filled-template", "rewritten", "mixed-logistics", "logistics"):
        vals = []
        for b in built:
            if b["tag"] != c:
                continue
            vals.append(max(difflib.SequenceMatcher(None, bare[t], b["text"], autojunk=False).ratio() for t in bare))
        vals.sort()
        print("info: best-template char similarity %-16s min %.2f median %.2f max %.2f" % (
            c, vals[0], vals[len(vals) // 2], vals[-1]))


if __name__ == "__main__":
    main()
