#!/usr/bin/env python3
"""Held-out, hand-labelled test set t25 for msglint's `template-required` check.

Seller: Ferrowind Drive Systems (锋驰动力 / 鋒馳動力), an invented maker of e-bike
conversion kits: hub motors, batteries, controllers, displays, torque sensors.

Every template and every reply is a literal below.  Running this script writes
  library/<lang>/<topic>.txt   20 approved templates
  replies.jsonl                130 labelled replies
  README.md                    description, counts, judgement calls
and then checks itself.  Exit status 0 only when every self-check passes.

Written independently of the linter: nothing here was derived from its code,
rules or corpora.
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Templates (id, topic, text).  id = path under library/ without ".txt".
# --------------------------------------------------------------------------
TEMPLATES = [
("en/install-hub-motor", "installing a rear hub motor (numbered steps)", """\
Hi {{buyer_name}},

Thanks for reaching out about installing your {{model}}. Here is the order we recommend:

1. Remove the old wheel and move the tyre, tube and rim tape over to the motor wheel.
2. Fit the freewheel or cassette, then slide the axle into the dropouts with the cable exiting downward on the non-drive side.
3. Mount both torque arms before you tighten the axle nuts.
4. Connect the motor cable to the harness last, lining up the arrows on the plugs.
5. Keep the battery switched off until every plug is connected.

If a step does not go as described, reply with a photo of the dropout area and we will look at it with you.

Best regards,
{{agent_name}}
Ferrowind Support Team
"""),
("en/battery-care", "battery charging and storage (bullets)", """\
Hello {{buyer_name}},

Thank you for your question about the {{model}} battery. A few habits keep the cells healthy:

- Charge with the original charger only, on a hard surface away from anything flammable.
- For storage longer than a month, leave the pack at about half charge and top it up every eight weeks.
- Store it between 10 and 25 °C, and do not charge it below freezing.
- Switch the pack off with the key whenever the bike is parked.
- If the casing is swollen, cracked or smells unusual, stop using it and tell us before charging it again.

Regards,
{{agent_name}}
Ferrowind Support
"""),
("en/display-error-code", "error code on the display (hard-wrapped lines)", """\
Dear {{buyer_name}},

Code {{error_code}} on the display means the controller has cut power
to protect the system. Before anything else, please switch the battery
off, wait thirty seconds and switch it back on.

If the code comes back, check these points in order: the main harness
plug between the display and the controller, the motor plug near the
rear axle, and both brake levers (a lever that stays half pressed can
hold the system in a fault state).

Please tell us which of these you checked and whether the code changed.
A short video of the display at start-up also helps us see exactly when
the code appears.

Kind regards,
{{agent_name}}, Ferrowind Support Team
"""),
("en/controller-settings", "changing a controller setting from the display menu (label lines + steps)", """\
Hi {{buyer_name}},

Order: {{order_id}}
Display: {{model}}

To change the setting you asked about:

1. Hold the UP and DOWN buttons together for two seconds to open the settings menu.
2. Press the power button to step through the items until you reach {{setting}}.
3. Use UP or DOWN to change the value, then hold the power button to save and exit.

The controller has its own current limit, so a value above what it supports will not add power. If the display shows a lock screen, enter the four-digit unlock number printed on the label under the display clamp.

Thanks,
{{agent_name}}
Ferrowind Support Team
"""),
("en/warranty-claim", "what we need to open a warranty claim (label lines)", """\
Hello {{buyer_name}},

We are sorry that your {{part}} has stopped working. It is covered by our warranty, and to open the claim we need a few details:

Order: {{order_id}}
Part: {{part}}
Serial number: (printed on the part's label)

Please also attach a photo of the label and a short video that shows the fault. Once our technicians have looked at them, we will confirm whether we send a replacement part or arrange a repair.

Sincerely,
{{agent_name}}
Ferrowind Warranty Desk
"""),
("en/missing-part", "a part missing from the kit (inline greeting, one paragraph)", """\
Hi {{buyer_name}}, thank you for letting us know that the {{part}} was missing from your {{model}} kit, and we apologise for the trouble. We have checked the packing record for order {{order_id}} and will send the missing {{part}} to the address on the order at no charge. You can keep using the rest of the kit in the meantime; nothing needs to be returned.

Best wishes,
{{agent_name}}
Ferrowind Support Team
"""),
("en/damaged-on-arrival", "item arrived damaged: photos we need (star bullets)", """\
Dear {{buyer_name}},

We are very sorry that your {{model}} arrived damaged. To sort this out quickly, please send us:

* a photo of the outer box, showing any dents or tears
* a photo of the damaged part ({{part}})
* a photo of the label on the item

Please do not install or power up a damaged battery or controller. As soon as we receive the photos, we will offer a replacement part or a refund, whichever you prefer.

With apologies,
{{agent_name}}
Ferrowind Support Team
"""),
("en/frame-compatibility", "will the kit fit my frame (dash bullets)", """\
Hello {{buyer_name}},

Thanks for checking compatibility before ordering. For the {{model}} to fit your {{bike_model}}, three measurements matter:

- Dropout spacing: 135 mm for the rear kits, 100 mm for the front kit.
- Dropout slot: at least 10 mm wide, so the flats on the axle sit fully in the slot.
- Bottom bracket shell (torque sensor only): 68 mm or 73 mm, threaded.

If your frame matches all three, the kit will fit. Disc brake frames work with the included rotor adapter; rim brake frames need a rim that suits the brake pads.

Kind regards,
{{agent_name}}
Ferrowind Support Team
"""),
("en/torque-sensor-setup", "zero calibration of the torque sensor (numbered steps)", """\
Hi {{buyer_name}},

The {{model}} torque sensor needs a short zero calibration after fitting. Please follow these steps:

1. Take your feet off the pedals and keep the cranks still.
2. Switch the battery on and wait until the display shows the speed screen.
3. Hold the light button for five seconds until the assist level starts blinking.
4. Leave the cranks untouched until the blinking stops, about ten seconds.
5. Ride off slowly and check that assist starts as soon as you press on the pedal.

If assist still starts late or surges, tell us which assist level you were using and the crank length on your bike.

Cheers,
{{agent_name}}
Ferrowind Support Team
"""),
("en/review-request", "neutral review request (inline greeting, one paragraph)", """\
Hello {{buyer_name}}, we hope the {{model}} conversion is going smoothly. If you have a moment, we would appreciate it if you shared your experience with the kit in a review on Amazon, whatever that experience has been. Other riders planning a conversion find honest accounts useful.

{{agent_name}}
Ferrowind Support Team
"""),
("zh/install-hub-motor", "电机安装步骤（编号步骤）", """\
{{buyer_name}}您好：

感谢您购买{{model}}。电机的安装步骤如下：
1. 拆下原车轮，把外胎、内胎和垫带换到电机轮上；
2. 装好飞轮后，将电机轴放入后叉钩，出线朝下；
3. 先装好两侧的防转垫片，再拧紧轴螺母；
4. 最后连接电机线和主线束，插头上的箭头要对齐；
5. 所有插头接好之前，请不要打开电池。

如果哪一步不顺利，请直接回复并附上后叉钩位置的照片，我们会和您一起确认。

祝骑行愉快！
{{agent_name}}
锋驰动力售后团队
"""),
("zh/battery-care", "电池保养（圆点列表）", """\
{{buyer_name}}，您好！

关于{{model}}电池的日常保养，请参考以下几点：
· 只使用原装充电器，充电时放在坚硬平整、远离易燃物的地方；
· 长期不用时保持约一半电量，每两个月补电一次；
· 存放温度以 10–25 °C 为宜，零度以下不要充电；
· 停车后请用钥匙关闭电池；
· 如发现外壳鼓包、开裂或有异味，请立即停止使用，并在再次充电前告诉我们。

此致
{{agent_name}}
锋驰动力售后团队
"""),
("zh/error-code", "仪表故障码（硬换行）", """\
尊敬的{{buyer_name}}：

仪表显示故障码 {{error_code}}，说明控制器为了保护系统
已暂停输出。请先关闭电池，等待三十秒后再重新打开。

如果故障码再次出现，请依次检查：仪表与控制器之间的主线束插头、
后轴附近的电机插头，以及两个刹车把（刹把没有完全回位也会触发保护）。

请告诉我们您检查了哪些位置、故障码有没有变化，并拍一段开机时
仪表画面的短视频，方便我们判断故障出现的时间点。

{{agent_name}}
锋驰动力售后团队
"""),
("zh/warranty-claim", "保修所需信息（标签行）", """\
{{buyer_name}}您好，

很抱歉{{part}}出现了故障。该部件在保修范围内，办理保修需要以下信息：

订单号：{{order_id}}
部件：{{part}}
序列号：（见部件标签）

另请附上标签照片和一段能看出故障的视频。技术人员确认后，我们会告知您是更换配件还是安排维修。

谢谢！
{{agent_name}}
锋驰动力保修服务
"""),
("zh/frame-compatibility", "车架兼容性（短横线列表）", """\
{{buyer_name}}您好！

感谢您在下单前先确认兼容性。{{model}}能否装到您的{{bike_model}}上，主要看三个尺寸：
- 后叉开档：后驱套件为 135 mm，前驱套件为 100 mm；
- 叉钩开口：至少 10 mm，电机轴的扁位才能完全卡入；
- 五通宽度（仅力矩传感器）：68 mm 或 73 mm 螺纹五通。

三项都符合即可安装。碟刹车架可使用随附的碟片转接座；圈刹车架需要轮圈与刹车皮匹配。

{{agent_name}}
锋驰动力售后团队
"""),
("zh/review-request", "中性的评论邀请（行内问候，一段）", """\
{{buyer_name}}您好，希望{{model}}的改装一切顺利。如果方便的话，欢迎您在亚马逊商品页面分享使用这套套件的真实体验，无论感受如何，都能给其他准备改装的骑友一些参考。谢谢！

{{agent_name}}
锋驰动力售后团队
"""),
("zh-tw/display-settings", "儀表設定（標籤行＋編號步驟）", """\
{{buyer_name}} 您好：

訂單：{{order_id}}
儀表：{{model}}

調整設定的方式如下：
1. 同時按住「上」與「下」鍵兩秒，進入設定選單；
2. 按電源鍵切換項目，直到出現{{setting}}；
3. 用「上」或「下」鍵調整數值，再長按電源鍵儲存並離開。

控制器本身有電流上限，設定值超過控制器規格並不會增加動力。

{{agent_name}}
鋒馳動力客服團隊
"""),
("zh-tw/damaged-on-arrival", "到貨損壞（圓點列表）", """\
親愛的{{buyer_name}}：

非常抱歉，您的{{model}}送達時已經損壞。為了盡快處理，請提供：
• 外箱照片（請拍出凹陷或破損處）
• 損壞部件（{{part}}）的照片
• 商品標籤的照片

損壞的電池或控制器請勿安裝或通電。收到照片後，我們會依您的選擇提供更換部件或退款。

{{agent_name}} 敬上
鋒馳動力客服團隊
"""),
("zh-tw/missing-part", "缺少配件（行內問候，一段）", """\
{{buyer_name}}您好，謝謝您告知{{model}}套件中缺少{{part}}，造成不便，深感抱歉。我們已核對訂單{{order_id}}的裝箱紀錄，會將缺少的{{part}}免費寄到訂單上的地址；其餘部件可以照常使用，不需要寄回任何東西。

{{agent_name}}
鋒馳動力客服團隊
"""),
("zh-tw/review-request", "中性的評論邀請", """\
{{buyer_name}}您好：

希望{{model}}的改裝過程一切順利。若您有空，歡迎在亞馬遜商品頁面分享這套套件的真實使用心得，不論感受如何，都能幫助其他準備改裝的車友參考。

感謝您！
{{agent_name}}
鋒馳動力客服團隊
"""),
]

# --------------------------------------------------------------------------
# Replies.  R(category, lang, labels, tags, note, text)
# lang: en | zh | mixed ; Traditional Chinese = lang zh + tag "traditional".
# Extra tags used by the self-checks:
#   edited          filled template with small agent edits (fuzzy match)
#   template-based  violating reply built on a filled template
#   logistics-based violating reply built on a logistics reply
#   free            violating reply that is free-written non-logistics help
#   paraphrase      rewritten reply that paraphrases the template in `note`
# --------------------------------------------------------------------------
REPLIES = []


def R(category, lang, labels, tags, note, text):
    REPLIES.append({"category": category, "lang": lang, "labels": labels,
                    "tags": [category] + tags, "note": note, "text": text})


FT = "filled-template"
LG = "logistics"
RW = "rewritten"
ML = "mixed-logistics"
VI = "violating"
TR = ["template-required"]

# ---------------- filled-template, unedited (24) ---------------------------
R(FT, "en", [], ["long-value"], "en/install-hub-motor: 100+ character Amazon-style title in {{model}}", """\
Hi Marisol,

Thanks for reaching out about installing your Ferrowind 48V 1000W Rear Hub Motor Conversion Kit for 26" 27.5" 29" 700C E-Bike with Sine Wave Controller, FD-3C Colour Display and PAS Sensor, Cassette Type (29 inch). Here is the order we recommend:

1. Remove the old wheel and move the tyre, tube and rim tape over to the motor wheel.
2. Fit the freewheel or cassette, then slide the axle into the dropouts with the cable exiting downward on the non-drive side.
3. Mount both torque arms before you tighten the axle nuts.
4. Connect the motor cable to the harness last, lining up the arrows on the plugs.
5. Keep the battery switched off until every plug is connected.

If a step does not go as described, reply with a photo of the dropout area and we will look at it with you.

Best regards,
Victor Ma
Ferrowind Support Team""")

R(FT, "en", [], [], "en/install-hub-motor: plain fill", """\
Hi Mr. Renner,

Thanks for reaching out about installing your FW-R500 rear hub kit. Here is the order we recommend:

1. Remove the old wheel and move the tyre, tube and rim tape over to the motor wheel.
2. Fit the freewheel or cassette, then slide the axle into the dropouts with the cable exiting downward on the non-drive side.
3. Mount both torque arms before you tighten the axle nuts.
4. Connect the motor cable to the harness last, lining up the arrows on the plugs.
5. Keep the battery switched off until every plug is connected.

If a step does not go as described, reply with a photo of the dropout area and we will look at it with you.

Best regards,
Lena
Ferrowind Support Team""")

R(FT, "en", [], [], "en/battery-care: plain fill", """\
Hello Keiko,

Thank you for your question about the FB-4814 48V 14Ah downtube battery. A few habits keep the cells healthy:

- Charge with the original charger only, on a hard surface away from anything flammable.
- For storage longer than a month, leave the pack at about half charge and top it up every eight weeks.
- Store it between 10 and 25 °C, and do not charge it below freezing.
- Switch the pack off with the key whenever the bike is parked.
- If the casing is swollen, cracked or smells unusual, stop using it and tell us before charging it again.

Regards,
Owen Pritchard
Ferrowind Support""")

R(FT, "en", [], [], "en/battery-care: plain fill", """\
Hello Dmitri,

Thank you for your question about the FB-3610 rear rack battery. A few habits keep the cells healthy:

- Charge with the original charger only, on a hard surface away from anything flammable.
- For storage longer than a month, leave the pack at about half charge and top it up every eight weeks.
- Store it between 10 and 25 °C, and do not charge it below freezing.
- Switch the pack off with the key whenever the bike is parked.
- If the casing is swollen, cracked or smells unusual, stop using it and tell us before charging it again.

Regards,
Grace
Ferrowind Support""")

R(FT, "en", [], ["hard-wrapped"], "en/display-error-code: plain fill, E08", """\
Dear Ms. Lindqvist,

Code E08 on the display means the controller has cut power
to protect the system. Before anything else, please switch the battery
off, wait thirty seconds and switch it back on.

If the code comes back, check these points in order: the main harness
plug between the display and the controller, the motor plug near the
rear axle, and both brake levers (a lever that stays half pressed can
hold the system in a fault state).

Please tell us which of these you checked and whether the code changed.
A short video of the display at start-up also helps us see exactly when
the code appears.

Kind regards,
Victor Ma, Ferrowind Support Team""")

R(FT, "en", [], ["hard-wrapped"], "en/display-error-code: plain fill, E30", """\
Dear Hamish,

Code E30 on the display means the controller has cut power
to protect the system. Before anything else, please switch the battery
off, wait thirty seconds and switch it back on.

If the code comes back, check these points in order: the main harness
plug between the display and the controller, the motor plug near the
rear axle, and both brake levers (a lever that stays half pressed can
hold the system in a fault state).

Please tell us which of these you checked and whether the code changed.
A short video of the display at start-up also helps us see exactly when
the code appears.

Kind regards,
Lena, Ferrowind Support Team""")

R(FT, "en", [], ["label-lines"], "en/controller-settings: plain fill", """\
Hi Aurelio,

Order: 113-5928174-3306521
Display: FD-3C colour display

To change the setting you asked about:

1. Hold the UP and DOWN buttons together for two seconds to open the settings menu.
2. Press the power button to step through the items until you reach P08 (speed limit).
3. Use UP or DOWN to change the value, then hold the power button to save and exit.

The controller has its own current limit, so a value above what it supports will not add power. If the display shows a lock screen, enter the four-digit unlock number printed on the label under the display clamp.

Thanks,
Owen
Ferrowind Support Team""")

R(FT, "en", [], ["label-lines", "two-order-ids"], "en/controller-settings: two order ids in {{order_id}}", """\
Hi Beatrix,

Order: 114-2290481-7716203 and 114-2290481-7716298
Display: FD-1L

To change the setting you asked about:

1. Hold the UP and DOWN buttons together for two seconds to open the settings menu.
2. Press the power button to step through the items until you reach P06 (wheel size).
3. Use UP or DOWN to change the value, then hold the power button to save and exit.

The controller has its own current limit, so a value above what it supports will not add power. If the display shows a lock screen, enter the four-digit unlock number printed on the label under the display clamp.

Thanks,
Grace
Ferrowind Support Team""")

R(FT, "en", [], ["long-value", "label-lines"], "en/warranty-claim: 100+ character product title in {{part}} (twice)", """\
Hello Dana,

We are sorry that your Ferrowind FC-22S 36V/48V 22A Sine Wave Brushless E-Bike Controller with Waterproof Connectors for 250W-750W Hub Motor Conversion Kits has stopped working. It is covered by our warranty, and to open the claim we need a few details:

Order: 111-6048822-9103547
Part: Ferrowind FC-22S 36V/48V 22A Sine Wave Brushless E-Bike Controller with Waterproof Connectors for 250W-750W Hub Motor Conversion Kits
Serial number: (printed on the part's label)

Please also attach a photo of the label and a short video that shows the fault. Once our technicians have looked at them, we will confirm whether we send a replacement part or arrange a repair.

Sincerely,
Paola Reyes
Ferrowind Warranty Desk""")

R(FT, "en", [], ["inline-greeting"], "en/missing-part: plain fill", """\
Hi Jonah, thank you for letting us know that the left torque arm was missing from your FW-R500 kit, and we apologise for the trouble. We have checked the packing record for order 113-7702915-4418630 and will send the missing left torque arm to the address on the order at no charge. You can keep using the rest of the kit in the meantime; nothing needs to be returned.

Best wishes,
Lena
Ferrowind Support Team""")

R(FT, "en", [], [], "en/damaged-on-arrival: plain fill", """\
Dear Mrs. Achterberg,

We are very sorry that your FB-4820 battery arrived damaged. To sort this out quickly, please send us:

* a photo of the outer box, showing any dents or tears
* a photo of the damaged part (battery mounting rail)
* a photo of the label on the item

Please do not install or power up a damaged battery or controller. As soon as we receive the photos, we will offer a replacement part or a refund, whichever you prefer.

With apologies,
Victor Ma
Ferrowind Support Team""")

R(FT, "en", [], [], "en/frame-compatibility: plain fill", """\
Hello Sunil,

Thanks for checking compatibility before ordering. For the FW-R1000 rear kit to fit your Brackwater Ridgeline 29 hardtail, three measurements matter:

- Dropout spacing: 135 mm for the rear kits, 100 mm for the front kit.
- Dropout slot: at least 10 mm wide, so the flats on the axle sit fully in the slot.
- Bottom bracket shell (torque sensor only): 68 mm or 73 mm, threaded.

If your frame matches all three, the kit will fit. Disc brake frames work with the included rotor adapter; rim brake frames need a rim that suits the brake pads.

Kind regards,
Grace
Ferrowind Support Team""")

R(FT, "en", [], [], "en/torque-sensor-setup: plain fill", """\
Hi Ingrid,

The FT-68 torque sensor needs a short zero calibration after fitting. Please follow these steps:

1. Take your feet off the pedals and keep the cranks still.
2. Switch the battery on and wait until the display shows the speed screen.
3. Hold the light button for five seconds until the assist level starts blinking.
4. Leave the cranks untouched until the blinking stops, about ten seconds.
5. Ride off slowly and check that assist starts as soon as you press on the pedal.

If assist still starts late or surges, tell us which assist level you were using and the crank length on your bike.

Cheers,
Owen
Ferrowind Support Team""")

R(FT, "en", [], ["review-request", "inline-greeting"], "en/review-request: plain fill (neutral request, must not be review-inducement)", """\
Hello Caleb, we hope the FW-R500 conversion is going smoothly. If you have a moment, we would appreciate it if you shared your experience with the kit in a review on Amazon, whatever that experience has been. Other riders planning a conversion find honest accounts useful.

Grace
Ferrowind Support Team""")

R(FT, "zh", [], [], "zh/install-hub-motor: plain fill", """\
王先生您好：

感谢您购买FW-R1000 后驱电机套件。电机的安装步骤如下：
1. 拆下原车轮，把外胎、内胎和垫带换到电机轮上；
2. 装好飞轮后，将电机轴放入后叉钩，出线朝下；
3. 先装好两侧的防转垫片，再拧紧轴螺母；
4. 最后连接电机线和主线束，插头上的箭头要对齐；
5. 所有插头接好之前，请不要打开电池。

如果哪一步不顺利，请直接回复并附上后叉钩位置的照片，我们会和您一起确认。

祝骑行愉快！
小周
锋驰动力售后团队""")

R(FT, "zh", [], [], "zh/battery-care: plain fill", """\
陈女士，您好！

关于FB-4820电池的日常保养，请参考以下几点：
· 只使用原装充电器，充电时放在坚硬平整、远离易燃物的地方；
· 长期不用时保持约一半电量，每两个月补电一次；
· 存放温度以 10–25 °C 为宜，零度以下不要充电；
· 停车后请用钥匙关闭电池；
· 如发现外壳鼓包、开裂或有异味，请立即停止使用，并在再次充电前告诉我们。

此致
文婷
锋驰动力售后团队""")

R(FT, "zh", [], ["hard-wrapped"], "zh/error-code: plain fill, E07", """\
尊敬的李先生：

仪表显示故障码 E07，说明控制器为了保护系统
已暂停输出。请先关闭电池，等待三十秒后再重新打开。

如果故障码再次出现，请依次检查：仪表与控制器之间的主线束插头、
后轴附近的电机插头，以及两个刹车把（刹把没有完全回位也会触发保护）。

请告诉我们您检查了哪些位置、故障码有没有变化，并拍一段开机时
仪表画面的短视频，方便我们判断故障出现的时间点。

阿杰
锋驰动力售后团队""")

R(FT, "zh", [], ["label-lines"], "zh/warranty-claim: plain fill", """\
赵女士您好，

很抱歉FD-3C 彩屏仪表出现了故障。该部件在保修范围内，办理保修需要以下信息：

订单号：112-3380416-2275509
部件：FD-3C 彩屏仪表
序列号：（见部件标签）

另请附上标签照片和一段能看出故障的视频。技术人员确认后，我们会告知您是更换配件还是安排维修。

谢谢！
文婷
锋驰动力保修服务""")

R(FT, "mixed", [], ["long-value"], "zh/frame-compatibility: English 100+ character product title in a Chinese template, so lang mixed", """\
孙先生您好！

感谢您在下单前先确认兼容性。Ferrowind 36V 350W Front Hub Motor E-Bike Conversion Kit for 26 inch / 700C Wheels with LCD Display, Thumb Throttle and Brake Cut-Off Levers能否装到您的Corvan 通勤车上，主要看三个尺寸：
- 后叉开档：后驱套件为 135 mm，前驱套件为 100 mm；
- 叉钩开口：至少 10 mm，电机轴的扁位才能完全卡入；
- 五通宽度（仅力矩传感器）：68 mm 或 73 mm 螺纹五通。

三项都符合即可安装。碟刹车架可使用随附的碟片转接座；圈刹车架需要轮圈与刹车皮匹配。

小周
锋驰动力售后团队""")

R(FT, "zh", [], ["review-request", "inline-greeting"], "zh/review-request: plain fill (neutral request)", """\
张先生您好，希望FW-F350 前驱套件的改装一切顺利。如果方便的话，欢迎您在亚马逊商品页面分享使用这套套件的真实体验，无论感受如何，都能给其他准备改装的骑友一些参考。谢谢！

阿杰
锋驰动力售后团队""")

R(FT, "zh", [], ["traditional", "label-lines"], "zh-tw/display-settings: plain fill", """\
林小姐 您好：

訂單：113-9051736-2840917
儀表：FD-3C 彩色儀表

調整設定的方式如下：
1. 同時按住「上」與「下」鍵兩秒，進入設定選單；
2. 按電源鍵切換項目，直到出現輪徑（P06）；
3. 用「上」或「下」鍵調整數值，再長按電源鍵儲存並離開。

控制器本身有電流上限，設定值超過控制器規格並不會增加動力。

宥辰
鋒馳動力客服團隊""")

R(FT, "zh", [], ["traditional"], "zh-tw/damaged-on-arrival: plain fill", """\
親愛的吳先生：

非常抱歉，您的FB-4814 電池送達時已經損壞。為了盡快處理，請提供：
• 外箱照片（請拍出凹陷或破損處）
• 損壞部件（電池底座）的照片
• 商品標籤的照片

損壞的電池或控制器請勿安裝或通電。收到照片後，我們會依您的選擇提供更換部件或退款。

佩君 敬上
鋒馳動力客服團隊""")

R(FT, "zh", [], ["traditional", "inline-greeting"], "zh-tw/missing-part: plain fill", """\
蔡先生您好，謝謝您告知FW-R500套件中缺少煞車斷電把手，造成不便，深感抱歉。我們已核對訂單114-6673021-5098413的裝箱紀錄，會將缺少的煞車斷電把手免費寄到訂單上的地址；其餘部件可以照常使用，不需要寄回任何東西。

宥辰
鋒馳動力客服團隊""")

R(FT, "zh", [], ["traditional", "review-request"], "zh-tw/review-request: plain fill (neutral request)", """\
鄭小姐您好：

希望FW-R1000 後驅套件的改裝過程一切順利。若您有空，歡迎在亞馬遜商品頁面分享這套套件的真實使用心得，不論感受如何，都能幫助其他準備改裝的車友參考。

感謝您！
佩君
鋒馳動力客服團隊""")

# ---------------- filled-template with small agent edits (18) -------------
R(FT, "en", [], ["edited", "greeting-changed", "signature-role"], "en/install-hub-motor: greeting changed, sign-off replaced by name + role signature", """\
Good morning Alex,

Thanks for reaching out about installing your FW-R1000 rear hub kit. Here is the order we recommend:

1. Remove the old wheel and move the tyre, tube and rim tape over to the motor wheel.
2. Fit the freewheel or cassette, then slide the axle into the dropouts with the cable exiting downward on the non-drive side.
3. Mount both torque arms before you tighten the axle nuts.
4. Connect the motor cable to the harness last, lining up the arrows on the plugs.
5. Keep the battery switched off until every plug is connected.

If a step does not go as described, reply with a photo of the dropout area and we will look at it with you.

Thanks again,
Ruth Okonkwo
Technical Support Specialist, Ferrowind""")

R(FT, "en", [], ["edited", "added-apology"], "en/battery-care: added apology line after the greeting", """\
Hello Priya,

Sorry for the slow reply over the long weekend.

Thank you for your question about the FB-4820 battery. A few habits keep the cells healthy:

- Charge with the original charger only, on a hard surface away from anything flammable.
- For storage longer than a month, leave the pack at about half charge and top it up every eight weeks.
- Store it between 10 and 25 °C, and do not charge it below freezing.
- Switch the pack off with the key whenever the bike is parked.
- If the casing is swollen, cracked or smells unusual, stop using it and tell us before charging it again.

Regards,
Owen Pritchard
Ferrowind Support""")

R(FT, "en", [], ["edited", "rewrapped"], "en/display-error-code: hard-wrapped lines joined into normal paragraphs", """\
Dear Mr. Castellanos,

Code E07 on the display means the controller has cut power to protect the system. Before anything else, please switch the battery off, wait thirty seconds and switch it back on.

If the code comes back, check these points in order: the main harness plug between the display and the controller, the motor plug near the rear axle, and both brake levers (a lever that stays half pressed can hold the system in a fault state).

Please tell us which of these you checked and whether the code changed. A short video of the display at start-up also helps us see exactly when the code appears.

Kind regards,
Lena, Ferrowind Support Team""")

R(FT, "en", [], ["edited", "reworded-sentence", "label-lines"], "en/controller-settings: the current-limit sentence lightly reworded", """\
Hi Wendell,

Order: 112-8830157-6642093
Display: FD-3C

To change the setting you asked about:

1. Hold the UP and DOWN buttons together for two seconds to open the settings menu.
2. Press the power button to step through the items until you reach P03 (number of assist levels).
3. Use UP or DOWN to change the value, then hold the power button to save and exit.

The controller has its own current cap, so setting a value higher than it can deliver will not give you more power. If the display shows a lock screen, enter the four-digit unlock number printed on the label under the display clamp.

Thanks,
Grace
Ferrowind Support Team""")

R(FT, "en", [], ["edited", "added-logistics", "label-lines"], "en/warranty-claim: added one logistics sentence about an earlier delivery", """\
Hello Yusuf,

We are sorry that your FCH-54 charger has stopped working. It is covered by our warranty, and to open the claim we need a few details:

Order: 114-3069285-1187402
Part: FCH-54 charger
Serial number: (printed on the part's label)

Please also attach a photo of the label and a short video that shows the fault. Once our technicians have looked at them, we will confirm whether we send a replacement part or arrange a repair. Separately, UPS shows that the replacement display from your earlier case was delivered on Monday.

Sincerely,
Paola Reyes
Ferrowind Warranty Desk""")

R(FT, "en", [], ["edited", "rewrapped", "added-thanks"], "en/missing-part: inline greeting moved to its own line, paragraph split, thanks sign-off", """\
Hi Rosalind,

Thank you for letting us know that the display mounting clamp was missing from your FW-R1000 kit, and we apologise for the trouble.

We have checked the packing record for order 113-2257018-9034416 and will send the missing display mounting clamp to the address on the order at no charge. You can keep using the rest of the kit in the meantime; nothing needs to be returned.

Thanks for your patience,
Lena
Ferrowind Support Team""")

R(FT, "en", [], ["edited", "signoff-changed", "signature-role"], "en/damaged-on-arrival: sign-off changed to name + role", """\
Dear Mr. Nakashima,

We are very sorry that your FD-3C display arrived damaged. To sort this out quickly, please send us:

* a photo of the outer box, showing any dents or tears
* a photo of the damaged part (display screen, cracked glass)
* a photo of the label on the item

Please do not install or power up a damaged battery or controller. As soon as we receive the photos, we will offer a replacement part or a refund, whichever you prefer.

Best,
Mina Haddad
Customer Care, Ferrowind""")

R(FT, "en", [], ["edited", "added-thanks", "bullets-changed"], "en/frame-compatibility: bullet marks changed to dots, added thanks line", """\
Hello Evangeline,

Thanks for checking compatibility before ordering. For the FW-R500 kit to fit your Corvan Trekking 700C, three measurements matter:

• Dropout spacing: 135 mm for the rear kits, 100 mm for the front kit.
• Dropout slot: at least 10 mm wide, so the flats on the axle sit fully in the slot.
• Bottom bracket shell (torque sensor only): 68 mm or 73 mm, threaded.

If your frame matches all three, the kit will fit. Disc brake frames work with the included rotor adapter; rim brake frames need a rim that suits the brake pads.

Thanks for sending the photos of your dropouts; they made this much easier.

Kind regards,
Owen
Ferrowind Support Team""")

R(FT, "en", [], ["edited", "greeting-changed", "signoff-changed"], "en/torque-sensor-setup: greeting and sign-off word changed", """\
Hello again Felix,

The FT-68 torque sensor needs a short zero calibration after fitting. Please follow these steps:

1. Take your feet off the pedals and keep the cranks still.
2. Switch the battery on and wait until the display shows the speed screen.
3. Hold the light button for five seconds until the assist level starts blinking.
4. Leave the cranks untouched until the blinking stops, about ten seconds.
5. Ride off slowly and check that assist starts as soon as you press on the pedal.

If assist still starts late or surges, tell us which assist level you were using and the crank length on your bike.

All the best,
Owen
Ferrowind Support Team""")

R(FT, "en", [], ["edited", "added-thanks", "review-request"], "en/review-request: added a thank-you line", """\
Hello Mateo, we hope the FW-F350 front kit conversion is going smoothly. If you have a moment, we would appreciate it if you shared your experience with the kit in a review on Amazon, whatever that experience has been. Other riders planning a conversion find honest accounts useful.

Thank you for choosing our kit for your commuter bike.

Victor Ma
Ferrowind Support Team""")

R(FT, "zh", [], ["edited", "greeting-changed", "added-apology"], "zh/install-hub-motor: greeting changed, apology line added", """\
早上好，王工：

抱歉这么晚才回复您。

感谢您购买FW-R500 后驱套件。电机的安装步骤如下：
1. 拆下原车轮，把外胎、内胎和垫带换到电机轮上；
2. 装好飞轮后，将电机轴放入后叉钩，出线朝下；
3. 先装好两侧的防转垫片，再拧紧轴螺母；
4. 最后连接电机线和主线束，插头上的箭头要对齐；
5. 所有插头接好之前，请不要打开电池。

如果哪一步不顺利，请直接回复并附上后叉钩位置的照片，我们会和您一起确认。

祝骑行愉快！
小周
锋驰动力售后团队""")

R(FT, "zh", [], ["edited", "signature-role"], "zh/battery-care: sign-off replaced by name + role signature", """\
何先生，您好！

关于FB-3610电池的日常保养，请参考以下几点：
· 只使用原装充电器，充电时放在坚硬平整、远离易燃物的地方；
· 长期不用时保持约一半电量，每两个月补电一次；
· 存放温度以 10–25 °C 为宜，零度以下不要充电；
· 停车后请用钥匙关闭电池；
· 如发现外壳鼓包、开裂或有异味，请立即停止使用，并在再次充电前告诉我们。

文婷
锋驰动力 售后技术支持""")

R(FT, "zh", [], ["edited", "rewrapped"], "zh/error-code: hard-wrapped lines joined", """\
尊敬的马女士：

仪表显示故障码 E30，说明控制器为了保护系统已暂停输出。请先关闭电池，等待三十秒后再重新打开。

如果故障码再次出现，请依次检查：仪表与控制器之间的主线束插头、后轴附近的电机插头，以及两个刹车把（刹把没有完全回位也会触发保护）。

请告诉我们您检查了哪些位置、故障码有没有变化，并拍一段开机时仪表画面的短视频，方便我们判断故障出现的时间点。

阿杰
锋驰动力售后团队""")

R(FT, "zh", [], ["edited", "added-logistics", "label-lines"], "zh/warranty-claim: added one logistics sentence (returned charger received)", """\
郑先生您好，

很抱歉FT-68 力矩传感器出现了故障。该部件在保修范围内，办理保修需要以下信息：

订单号：114-7715390-0362841
部件：FT-68 力矩传感器
序列号：（见部件标签）

另请附上标签照片和一段能看出故障的视频。技术人员确认后，我们会告知您是更换配件还是安排维修。另外，您退回的旧充电器我们已于周一签收。

谢谢！
文婷
锋驰动力保修服务""")

R(FT, "zh", [], ["edited", "reworded-sentence", "review-request"], "zh/review-request: one sentence lightly reworded", """\
黄女士您好，希望FW-R1000的改装一切顺利。如果方便的话，欢迎您到亚马逊商品页面写下使用这套套件的真实感受，无论感受如何，都能给其他准备改装的骑友一些参考。谢谢！

阿杰
锋驰动力售后团队""")

R(FT, "zh", [], ["traditional", "edited", "added-thanks", "label-lines"], "zh-tw/display-settings: added a thanks line", """\
許先生 您好：

謝謝您耐心等候回覆。

訂單：112-5540198-7723306
儀表：FD-1L 液晶儀表

調整設定的方式如下：
1. 同時按住「上」與「下」鍵兩秒，進入設定選單；
2. 按電源鍵切換項目，直到出現限速（P08）；
3. 用「上」或「下」鍵調整數值，再長按電源鍵儲存並離開。

控制器本身有電流上限，設定值超過控制器規格並不會增加動力。

宥辰
鋒馳動力客服團隊""")

R(FT, "zh", [], ["traditional", "edited", "signature-role"], "zh-tw/damaged-on-arrival: sign-off changed to role + name", """\
親愛的周小姐：

非常抱歉，您的FC-22S 控制器送達時已經損壞。為了盡快處理，請提供：
• 外箱照片（請拍出凹陷或破損處）
• 損壞部件（控制器外殼）的照片
• 商品標籤的照片

損壞的電池或控制器請勿安裝或通電。收到照片後，我們會依您的選擇提供更換部件或退款。

客服專員 佩君 敬上""")

R(FT, "zh", [], ["traditional", "edited", "rewrapped", "added-apology"], "zh-tw/missing-part: greeting moved to its own line, apology line added", """\
楊先生您好：

謝謝您告知FW-R1000套件中缺少PAS 感應磁盤，造成不便，深感抱歉。我們已核對訂單111-2093347-6610582的裝箱紀錄，會將缺少的PAS 感應磁盤免費寄到訂單上的地址；其餘部件可以照常使用，不需要寄回任何東西。

再次為這次的疏漏向您致歉。

宥辰
鋒馳動力客服團隊""")

# ---------------- logistics, pure (20) -------------------------------------
R(LG, "en", [], ["tracking"], "", """\
Hi Tomasz,

Your order 113-4471920-0658132 left our Ohio warehouse on Tuesday with UPS, tracking number 1Z8F42W70391662854. The carrier currently expects to deliver it on Friday before 7 pm. If it hasn't turned up by Monday, reply here and we'll open a trace with UPS.

Regards,
Ferrowind Support""")

R(LG, "en", [], ["address"], "", """\
Hello Naomi, we've changed the shipping address on order 112-9305581-3372046 to include the apartment number you sent (Apt 4C). The parcel hasn't left the warehouse yet, so it will go straight to the corrected address. Owen""")

R(LG, "en", [], ["return"], "", """\
Hi Garrett,

Your return for order 114-5582013-6609274 has been approved. Please print the prepaid label from Your Orders on Amazon, tape it over the old label, and drop the box at any UPS Store within 14 days. Once the carrier scans it, Amazon will show the return as in transit.

Thanks,
Grace""")

R(LG, "en", [], ["refund"], "", """\
Dear Ms. Fairweather,

We received your returned parcel on 3 March and issued a refund of $389.99 to your original payment method this morning. Most banks post it within 3–5 business days, and Amazon will also email you a refund confirmation.

Kind regards,
Paola Reyes
Ferrowind Support Team""")

R(LG, "en", [], ["customs"], "", """\
Hi Étienne,

Your parcel is being held at the border until the import duties are paid. The carrier will contact you with the amount due; after payment the box is usually released within two working days. The duties are charged by customs, not by us, so they do not appear on your Amazon receipt.

Best,
Victor""")

R(LG, "en", [], ["battery-shipping"], "", """\
Hello Rufus,

Lithium batteries above 100 Wh can only travel by ground, so the battery in your order ships on its own from our Nevada warehouse and takes 5–7 business days. The rest of the order goes by two-day air and will arrive first. You'll see two tracking numbers on the order page once both parcels are scanned.

Regards,
Victor""")

R(LG, "en", [], ["tracking", "split-shipment"], "", """\
Hi Delphine, your order came in two boxes. The box with the wheel went with UPS (1Z55A1E80362019417) and was delivered yesterday; the second box is with Amazon Logistics, TBA304918273661, and is out for delivery today. Nothing is missing from the order.""")

R(LG, "en", [], ["delay"], "", """\
Dear Mr. Abernathy,

I'm sorry about the wait. The carrier last scanned your package at its Memphis hub on 12 May and it hasn't moved since. We have asked them to investigate. If there is no new scan by Thursday, we will send a second shipment at our cost and give you the new tracking number.

Best regards,
Lena
Ferrowind Support Team""")

R(LG, "en", [], ["lost", "refund"], "", """\
Hello Cordelia,

UPS has confirmed that the package for order 111-7729304-5520186 was lost in transit. We've issued a full refund of $612.40 to your original payment method, so there is nothing else you need to do.

Grace
Ferrowind Support Team""")

R(LG, "en", [], ["cancellation"], "", """\
Hi Malik, as requested we've cancelled the duplicate order 113-6120847-3309175. You were not charged for it, and the original order 113-6120847-3309128 is still scheduled to ship tomorrow.""")

R(LG, "en", [], ["delivery", "battery-shipping"], "", """\
Hi Beverly,

Because your order includes a lithium battery, UPS needs an adult signature at delivery. If no one is home, the driver leaves a notice and tries again the next business day; after three attempts the parcel is held at the nearest UPS Access Point for five days.

Thanks,
Owen""")

R(LG, "en", [], ["return"], "", """\
Hello Jasper,

You can return the kit within 30 days of delivery, even if you have opened the bags. Please pack every part in the original box so nothing is lost in transit, and start the return from Your Orders on Amazon; the label is generated there.

Regards,
Grace""")

R(LG, "zh", [], ["tracking"], "", """\
您好，订单 112-4038816-7705321 已于昨天通过 UPS 发出，运单号 1Z9W3E170392845716，预计本周五送达。包裹到达当地后，承运商会提前一天发送派送通知。

锋驰动力售后团队""")

R(LG, "zh", [], ["refund"], "", """\
陈先生您好：

您退回的包裹已于 4 月 18 日签收，退款 256.00 美元已按原支付方式退回，一般 3–5 个工作日到账。亚马逊也会给您发送退款确认邮件。

文婷""")

R(LG, "zh", [], ["address"], "", """\
刘女士您好，已按您的要求把订单 114-0937725-6418830 的收货地址改为新地址。包裹还没有出库，会直接寄到新地址，无需您再做其他操作。""")

R(LG, "zh", [], ["customs"], "", """\
您好，包裹目前在海关等待清关，需要缴纳进口关税。承运商会联系您告知金额，缴费后一般两个工作日内放行。关税由海关收取，不包含在亚马逊订单金额内。

阿杰""")

R(LG, "zh", [], ["battery-shipping"], "", """\
您好，锂电池属于限制运输的物品，只能走陆运，所以电池会单独发货，大约 5–7 个工作日送达；其余配件走空运，会先到。两个包裹的运单号都会显示在订单页面上。""")

R(LG, "zh", [], ["traditional", "delay"], "", """\
您好，包裹目前在轉運中心延遲，物流商預計延後兩天送達。若週五前仍未收到，請回覆此訊息，我們會立即協助查件。

鋒馳動力客服團隊""")

R(LG, "zh", [], ["traditional", "return"], "", """\
黃先生您好：

您的退貨申請已核准。請到亞馬遜的「您的訂單」頁面列印退貨標籤，貼在外箱上，並在十四天內交給物流商寄出。我們收到退貨後會原路退款。""")

R(LG, "zh", [], ["traditional", "customs", "delivery"], "", """\
您好，您的包裹已於昨日完成清關，物流商預計明天配送。配送時需要本人簽收，若不在家，司機會留下通知單並隔天再次配送。""")

# ---------------- logistics near-misses (12) -------------------------------
R(LG, "en", [], ["near-miss", "names-fault", "tracking", "digits"], "", """\
Hi Percival,

The replacement FC-22S controller for the E07 fault you reported shipped this morning with FedEx, tracking 772944103856, and is due on Thursday. There's no need to send the old controller back.

Regards,
Victor Ma""")

R(LG, "en", [], ["near-miss", "names-fault", "refund", "battery-shipping"], "", """\
Hello Ophelia, the FB-4820 battery with the cracked case can't come back through a normal return, because carriers won't accept damaged lithium packs. We've refunded the battery in full ($449.00) instead, so please don't post it to us.""")

R(LG, "en", [], ["near-miss", "names-part", "tracking", "digits"], "", """\
Hi Reuben, the left torque arm that was missing from your kit went out today by USPS First-Class, tracking 9400 1118 9922 3856 1470 22. It usually arrives in 2–4 days.""")

R(LG, "en", [], ["near-miss", "names-fault", "return"], "", """\
Dear Ms. Kowalczyk,

Since the display glass cracked in transit, you only need to return the FD-3C display itself; keep the motor, battery and controller. Start the return for that one item from Your Orders and choose "arrived damaged" so the label is prepaid.

Kind regards,
Lena""")

R(LG, "en", [], ["near-miss", "names-part", "freight"], "", """\
Hello Thaddeus, the FW-R1000 motor wheel together with the 20Ah battery is over the parcel weight limit, so your order ships by freight. The freight company will call the number on your Amazon order to book a two-hour delivery window.""")

R(LG, "en", [], ["near-miss", "names-fault", "return"], "", """\
Regarding the charger that stopped working: Amazon has approved the return, and we'll ship the replacement FCH-54 charger as soon as the carrier scans the old one. You'll get the tracking number in this thread.

Owen""")

R(LG, "en", [], ["near-miss", "names-part", "battery-shipping", "cancellation"], "", """\
Hi Leopold,

The 52V battery on your order can't be shipped to Hawaii: carriers only move batteries of that size by ground, and there is no ground route to the islands. We can cancel that item with a full refund, or ship it to a mainland address you choose. Just tell us which you prefer.

Grace""")

R(LG, "zh", [], ["near-miss", "names-fault", "tracking"], "", """\
您好，针对您反馈的仪表 E30 故障，新的控制器和主线束已于今天发出，运单号 TBA305527160934，预计后天送达。旧配件不需要寄回。""")

R(LG, "zh", [], ["near-miss", "names-fault", "refund", "battery-shipping"], "", """\
您好，鼓包的电池属于运输损坏。由于损坏的锂电池物流无法承运，这块电池不需要退回，我们已为它办理全额退款，3–5 个工作日到账。""")

R(LG, "zh", [], ["near-miss", "names-part", "return"], "", """\
王先生您好，您说力矩传感器的五通尺寸和您的车架对不上，可以直接在亚马逊订单页面申请退货，原因选择“不兼容”即可，退货运费由我们承担。""")

R(LG, "zh", [], ["traditional", "near-miss", "names-part", "tracking"], "", """\
您好，您回報缺少的煞車斷電把手已經寄出，郵局追蹤號碼 EB908316257TW，預計三個工作天內送達。""")

R(LG, "mixed", [], ["near-miss", "names-part", "customs", "digits"], "", """\
Hi Kevin，您订的 FD-3C display 已经在 customs 完成清关，DHL tracking 3318460275 显示周三送到。Signature is required on delivery, so please make sure someone is home.""")

# ---------------- rewritten / free non-logistics help (26) ----------------
R(RW, "en", TR, ["paraphrase", "installation"], "en/install-hub-motor: heavy paraphrase in casual wording", """\
Hey Corinne, fitting the motor isn't hard. Swap your tyre and tube onto the new wheel, screw the freewheel on, and drop the axle in with the cable pointing down on the left side. Get the torque arms on before you crank the axle nuts down, and leave the motor plug for the very end. Keep the battery off while you're plugging things in. If something doesn't line up, send a photo and I'll take a look.

Victor""")

R(RW, "en", TR, ["troubleshooting"], "no template; free troubleshooting of E08 (nearest en/display-error-code)", """\
Hi Anselm,

E08 on our displays points to the hall sensors in the motor: the controller isn't getting a position signal, so it shuts off. Unplug the motor connector at the axle, look for bent pins or moisture, dry it if needed and push it together until it clicks. If the code is still there after that, one of the hall sensors has most likely failed and we'll sort out a fix under warranty.

Lena""")

R(RW, "en", TR, ["warranty-decision"], "no template; warranty approved in free wording", """\
Hello Marguerite,

Thanks for the video. The controller is clearly cutting out under load, and as the kit is eight months old it's well within the two-year warranty, so we'll replace the controller. You can keep the old one. When you fit the new unit, check that the phase wires aren't pinched where they leave the axle.

Paola Reyes
Warranty Desk""")

R(RW, "en", TR, ["warranty-decision"], "no template; warranty declined in free wording", """\
Dear Mr. Holloway,

I've gone through your photos with our technicians. The seal on the display connector has been cut and there is corrosion on the circuit board, which points to water getting in after the cable was modified. That kind of damage isn't covered by the warranty, so we can't replace the display this time. If the seal already looked like that when the kit arrived, let us know and send a photo, and we'll look at it again.

Paola Reyes""")

R(RW, "en", TR, ["product-question"], "no template; 52V battery question", """\
Hi Lucian, yes, the FW-R1000 motor is happy on 52V and will feel a bit punchier. The FC-22S controller is rated to 60V, so it's fine too, but set the low-voltage cutoff in the display menu (item P11) to 42V so the new pack isn't cut off early. The 48V charger won't charge a 52V pack properly; you'll need a 58.8V charger.""")

R(RW, "en", TR, ["compatibility"], "no template; carbon frame question (nearest en/frame-compatibility)", """\
Hello Sienna,

I'd steer clear of putting a hub motor in a carbon frame. The torque arms need a metal dropout to brace against, and carbon dropouts can crack under motor torque. An aluminium or steel frame is the safe choice. If your bike has alloy dropouts bonded into the carbon, send us a close-up and we'll tell you honestly whether it's OK.

Owen""")

R(RW, "en", TR, ["review-request", "free-review-request"], "no template used; neutral review request in free wording (nearest en/review-request)", """\
Hi Barnaby, thanks for letting us know the conversion is finished. When you get a chance, it would help other DIY builders if you posted a review on Amazon describing how your install went, whatever you make of the kit.

Grace""")

R(RW, "en", TR, ["paraphrase", "battery-care"], "en/battery-care: heavy paraphrase for winter storage", """\
Hi Odette, for the winter I'd bring the battery indoors, charge or drain it to around 50 to 60 percent, and give it a top-up every couple of months. Cold doesn't hurt the cells in storage, but charging below 0 °C does, so let the pack warm to room temperature before plugging it in. And if the case ever bulges or smells odd, don't charge it; get in touch with us first.""")

R(RW, "en", TR, ["paraphrase", "settings"], "en/controller-settings: heavy paraphrase, speed limit", """\
Hello Idris,

The speed limit lives in the display menu. Hold both arrow buttons for a couple of seconds, click through with the power button to P08, raise it with the up arrow and hold power to save. Bear in mind that local rules may cap assisted speed for e-bikes, so check what applies where you ride.

Owen""")

R(RW, "en", TR, ["troubleshooting", "torque-sensor"], "no template; torque sensor surging (nearest en/torque-sensor-setup)", """\
Hi Anneliese, the surging you describe usually means the torque sensor zeroed itself while there was some weight on a pedal. Park the bike with the cranks level, keep your feet on the ground, switch off and back on, and wait about ten seconds before you touch the pedals. If it still surges, try assist level 2 and tell us your crank length, because 170 mm and 175 mm cranks need slightly different sensitivity.""")

R(RW, "en", TR, ["compatibility"], "no template; fat bike question", """\
Hello Magnus,

Unfortunately none of our rear kits will go into a 170 mm or 190 mm fat-bike frame. They're built for 135 mm spacing, and spreading the frame that far isn't safe. Our front kit is 100 mm, so it won't fit a 150 mm fat fork either. What you'd need is a hub made specifically for fat bikes, with the wider axle.""")

R(RW, "en", TR, ["product-question"], "no template; regenerative braking question", """\
Hi Cosmo,

The FW-R500 is a geared hub with a clutch inside, so it freewheels when you stop pedalling and can't do regenerative braking. The upside is that there's no drag when the battery is off: it rides like a normal wheel, just a little heavier.""")

R(RW, "en", TR, ["troubleshooting", "installation"], "no template; PAS magnet disc fitted backwards", """\
Hello Wilhelmina, if the assist never kicks in, the PAS magnet disc is probably on backwards. The magnets should face the sensor with a 2 to 3 mm gap, and the arrow on the sensor should point toward the front of the bike. Flip the disc, spin the cranks forward, and the assist icon should light up within half a turn.""")

R(RW, "en", TR, ["product-question", "settings"], "no template; throttle start and walk assist", """\
Hi Desmond,

On the default settings the thumb throttle only works once the bike is rolling above 6 km/h; that's a safety setting, not a fault. You can change it in the display menu under P15 (throttle start). Walk assist is a separate function: hold the DOWN button and the motor pushes the bike gently at walking pace.""")

R(RW, "en", TR, ["product-question"], "no template; rain and washing", """\
Hello Priscilla, the kit is splash-resistant, so riding in the rain is fine, but don't aim a hose or pressure washer at the motor axle or the controller, and don't leave the bike standing in water above the axle. After a wet ride, dry the connectors; a light spray of contact cleaner keeps corrosion away.""")

R(RW, "zh", TR, ["paraphrase", "troubleshooting"], "zh/error-code: heavy paraphrase in spoken style", """\
您好！E07 一般是控制器检测到电流过大，自己断电保护了。您先把电池关掉，过半分钟再开。如果还是跳 E07，把电机插头拔下来看看针脚有没有进水、发黑，再看一下刹把有没有卡住。方便的话录个开机视频发过来，我们帮您看。""")

R(RW, "zh", TR, ["warranty-decision"], "no template; warranty approved in free wording", """\
赵女士您好，我们看了您发来的视频，仪表背光不亮属于质量问题，在两年保修期内，我们会为您更换新的仪表，旧的不用寄回。换上之后如果背光还是不亮，请告诉我们，再一起检查线束。""")

R(RW, "zh", TR, ["compatibility"], "no template; folding bike question", """\
您好，折叠车一般是 20 寸轮，后叉开档 130 mm 或 135 mm。我们的后驱电机只适合 135 mm 开档，目前也没有 20 寸的轮组，所以不建议装在折叠车上。前叉如果是 100 mm，理论上可以装前驱，但折叠车前叉通常不够结实，需要先确认材质。""")

R(RW, "zh", TR, ["review-request", "free-review-request"], "no template used; neutral review request in free wording (nearest zh/review-request)", """\
陈先生您好，改装完成后也骑了一段时间了吧？方便的时候，可以在亚马逊上写写您的安装和骑行感受，不管哪方面的感受都可以，能给想改装的朋友一些参考。谢谢！""")

R(RW, "zh", TR, ["settings"], "no template; raising the speed limit (nearest zh-tw/display-settings)", """\
您好，想把限速调高的话：同时长按上下键进菜单，按电源键翻到 P08，用上键调大，然后长按电源键保存。不过请留意当地对电助力自行车速度的规定。""")

R(RW, "zh", TR, ["torque-sensor"], "no template; torque sensor calibration in free wording", """\
您好，力矩传感器装好以后需要校零。开机前脚不要踩在踏板上，曲柄保持不动，等仪表进入正常界面后再骑。如果助力还是忽大忽小，告诉我们您用的是几档助力和曲柄长度。""")

R(RW, "zh", TR, ["product-question"], "no template; range question", """\
您好，FB-4814 是 48V 14Ah，大约 670 Wh。平路、二档助力、体重 75 kg 左右的话，一般能跑 50 到 70 公里；经常用转把或者爬坡多的话会少一些。冬天气温低，续航也会下降两成左右。""")

R(RW, "zh", TR, ["traditional", "troubleshooting"], "no template; E03 brake signal", """\
您好，E03 代表控制器一直收到煞車訊號，通常是煞車斷電把手沒有完全回位，或是插頭進水。請先拔掉兩條煞車線再開機，看看故障碼是否消失，然後一條一條插回去，就能找出是哪一邊的問題。""")

R(RW, "zh", TR, ["traditional", "warranty-decision"], "no template; warranty approved for a battery", """\
林小姐您好，經過技術人員確認，電池的電芯壓差過大，屬於保固範圍，我們會為您更換一顆新電池。在新電池到之前，舊電池請先不要充電，放在陰涼通風的地方。""")

R(RW, "mixed", TR, ["troubleshooting"], "no template; Chinese with English part names", """\
您好，E03 是 brake sensor 信号异常。请检查两个 brake lever 是否完全回位，再把 cut-off 插头拔掉开机测试；如果 E03 消失，就是 lever 里的 switch 卡住了，可以喷一点 contact cleaner 试试。""")

R(RW, "mixed", TR, ["compatibility", "bilingual"], "no template; bilingual EN + ZH answer on press-fit bottom brackets", """\
Hi Jun, the FT-68 sensor needs a threaded 68 mm or 73 mm bottom bracket, so your press-fit frame won't take it without an adapter, and we don't offer one.
您好，FT-68 力矩传感器只适用于 68 mm 或 73 mm 螺纹五通，您的压入式五通需要转接件才能安装，我们目前没有这类配件。""")

# ---------------- mixed-logistics (16) -------------------------------------
R(ML, "en", TR, ["tracking", "advice"], "logistics + one sentence of setup advice", """\
Hi Lorenzo,

Your kit is with UPS (1Z3V07A60498127735) and should arrive on Wednesday. When you set it up, change the wheel size in the display menu to 29 inches first, otherwise the speedometer will read low.

Regards,
Grace""")

R(ML, "en", TR, ["return", "advice"], "return approval + troubleshooting hint", """\
Hello Ramona, your return for the FD-3C display is approved and the prepaid label is waiting in Your Orders. Before you pack it, though, check the brake levers: E03 very often just means a lever isn't springing fully back, and the display itself is fine.""")

R(ML, "en", TR, ["refund", "warranty-decision"], "refund of a return + warranty decision on another part", """\
Dear Mr. Szabo,

We've received the returned battery and refunded $449.00 to your card. We also looked at the photos of the display you kept, and the flickering backlight is a fault we cover under warranty, so we'll replace that display as well.

Victor Ma""")

R(ML, "en", TR, ["address", "compatibility"], "address change + compatibility answer", """\
Hi Tamsin, the shipping address on order 112-7740285-3391640 now shows your new office, and the parcel leaves tomorrow. To answer your other question: yes, the FB-4814 battery works with the FC-22S controller you already have, since they use the same plug.""")

R(ML, "en", TR, ["customs", "advice"], "customs update + frame advice", """\
Hello Bartholomew,

Your parcel cleared customs in Toronto this morning and should reach you by Friday. One thing to check before it arrives: the motor axle needs dropout slots at least 10 mm wide, so if your slots measure 9 mm, they'll need light filing.

Lena""")

R(ML, "en", TR, ["delay", "advice"], "delay apology + battery advice", """\
Hi Gwendolyn, I'm sorry the delivery slipped; the carrier now shows Tuesday. When the battery arrives, give it one full charge before the first ride so the cells can balance.""")

R(ML, "en", TR, ["battery-shipping", "advice"], "battery shipping rule + storage advice", """\
Hello Fitzgerald,

The battery ships separately by ground because of lithium shipping rules, so expect it about four days after the motor kit. If you're not planning to install it right away, store it at roughly half charge in a cool room.

Owen""")

R(ML, "en", TR, ["return", "advice"], "return label + reassurance about a product noise", """\
Hi Noor, the return label for the FW-R500 is ready in Your Orders. If you decide to keep the kit after all: the faint clicking you hear when coasting comes from the clutch inside the geared hub and is completely normal.""")

R(ML, "en", TR, ["tracking", "advice", "digits"], "replacement shipped + fitting advice", """\
Hello Augustin,

The replacement controller shipped today with FedEx, tracking 772950381146. When you fit it, put a small dab of dielectric grease on the motor connector; it keeps water out and should stop the E08 from coming back.

Paola""")

R(ML, "en", TR, ["lost", "warranty-decision"], "lost parcel reshipped + warranty term statement", """\
Hi Clementine, the carrier confirmed the first parcel was lost, so we've sent a new kit (TBA306184402719) that arrives on Monday. Your two-year warranty will run from this new delivery date rather than the original one.""")

R(ML, "zh", TR, ["tracking", "advice"], "发货 + 首次充电建议", """\
您好，您的订单已经发货，运单号 1Z7A94E60311875509，预计周四送达。收到后第一次使用前请把电池充满，新电池的前三次也最好充满后再骑。""")

R(ML, "zh", TR, ["refund", "warranty-decision"], "退款 + 保修判定", """\
您好，退回的电池我们已经签收，退款已原路退回。另外您说的仪表花屏问题，我们确认属于保修范围，会给您免费换一块新的仪表。""")

R(ML, "zh", TR, ["customs", "advice"], "清关 + 安装建议", """\
刘先生您好，包裹已经清关，明天派送。安装的时候记得先装防转垫片再拧紧轴螺母，轴螺母扭矩建议 35–40 N·m。""")

R(ML, "zh", TR, ["address", "compatibility"], "改地址 + 兼容性回答", """\
您好，收货地址已经帮您改好了，包裹明天发出。您问的车架问题：您这台车是 142 mm 桶轴，我们的后驱电机用的是 135 mm 快拆开档，装不上。""")

R(ML, "zh", TR, ["traditional", "delivery", "advice"], "配送 + 設定建議", """\
您好，包裹預計明天送達。收到後請先把儀表的輪徑設定改成 27.5 吋，不然速度顯示會不準。""")

R(ML, "mixed", TR, ["tracking", "advice"], "English logistics + Chinese setting advice", """\
Hi Wen, your replacement display ships tomorrow via UPS, tracking 1Z0R85W20377164083. 装好以后请把 P06 轮径改回 26 寸，系统默认是 29 寸。""")

# ---------------- violating (14) -------------------------------------------
R(VI, "en", ["review-inducement"], ["template-based", "five-star"], "en/review-request: filled, plus an added five-star ask", """\
Hello Philippa, we hope the FW-R1000 conversion is going smoothly. If you have a moment, we would appreciate it if you shared your experience with the kit in a review on Amazon, whatever that experience has been. Other riders planning a conversion find honest accounts useful. If you're happy with it, a 5-star rating would mean a lot to our small team.

Grace
Ferrowind Support Team""")

R(VI, "en", ["off-platform-contact"], ["template-based", "email", "phone", "signature"], "en/display-error-code: filled, signature carries an e-mail address and a phone number", """\
Dear Crispin,

Code E30 on the display means the controller has cut power
to protect the system. Before anything else, please switch the battery
off, wait thirty seconds and switch it back on.

If the code comes back, check these points in order: the main harness
plug between the display and the controller, the motor plug near the
rear axle, and both brake levers (a lever that stays half pressed can
hold the system in a fault state).

Please tell us which of these you checked and whether the code changed.
A short video of the display at start-up also helps us see exactly when
the code appears.

Kind regards,
Lena, Ferrowind Support Team
help@ferrowind-ebike.com | +1 (312) 555-0147""")

R(VI, "zh", ["marketing"], ["template-based", "sale"], "zh/battery-care: filled, plus an added sale announcement", """\
邓先生，您好！

关于FB-4814电池的日常保养，请参考以下几点：
· 只使用原装充电器，充电时放在坚硬平整、远离易燃物的地方；
· 长期不用时保持约一半电量，每两个月补电一次；
· 存放温度以 10–25 °C 为宜，零度以下不要充电；
· 停车后请用钥匙关闭电池；
· 如发现外壳鼓包、开裂或有异味，请立即停止使用，并在再次充电前告诉我们。

另外，新款 52V 大容量电池本周八五折，欢迎选购！

此致
文婷
锋驰动力售后团队""")

R(VI, "zh", ["review-inducement"], ["traditional", "template-based", "incentive", "five-star"], "zh-tw/review-request: filled, plus five-star review for a shipping refund", """\
謝小姐您好：

希望FW-R500 後驅套件的改裝過程一切順利。若您有空，歡迎在亞馬遜商品頁面分享這套套件的真實使用心得，不論感受如何，都能幫助其他準備改裝的車友參考。留下五星好評後，我們會退還您的運費。

感謝您！
佩君
鋒馳動力客服團隊""")

R(VI, "en", ["marketing"], ["logistics-based", "coupon"], "logistics reply plus a discount code", """\
Hi Desiree,

Your order shipped today with UPS, tracking 1Z6T41R90352877310, and is due on Thursday. Use code VOLT15 at checkout for 15% off the matching rear rack battery.

Owen""")

R(VI, "en", ["off-platform-contact"], ["logistics-based", "whatsapp", "phone"], "refund reply plus a WhatsApp number", """\
Hello Ignatius, we've issued the refund for your returned torque sensor; it should show on your statement within 3–5 business days. For quicker answers next time, message us on WhatsApp at +1 415 555 0162.""")

R(VI, "zh", ["off-platform-contact"], ["logistics-based", "wechat"], "return reply plus a WeChat handle", """\
您好，退货标签已经生成，请在十四天内寄回。加微信 ferrowind_cs 可以更快处理您的退款。""")

R(VI, "en", ["review-inducement"], ["logistics-based", "incentive", "five-star"], "delivery update plus a refund offered for a five-star review", """\
Hi Cornelius, the carrier shows your kit out for delivery this afternoon. Once it's installed, we'd be grateful for a five-star review. Send us a screenshot and we'll refund your shipping fee as a thank-you.""")

R(VI, "en", ["off-platform-contact", "template-required"], ["free", "link"], "no template; free troubleshooting plus a video link", """\
Hi Evander,

E30 means the display and the controller have stopped talking to each other. Nine times out of ten it's the one-to-four harness plug pushed together only halfway. We show how to reseat it in our wiring video at youtube.com/@ferrowindtech, which is worth a watch before you take anything apart.

Victor""")

R(VI, "en", ["review-inducement", "template-required"], ["free", "change-review", "warranty-decision"], "no template; warranty decision plus a request to update a review", """\
Dear Ms. Oyelaran,

Our technician confirmed the hall sensor failure, so we'll replace the motor under warranty. Now that it's sorted, could you update your 2-star review to reflect how we handled it?

Paola""")

R(VI, "en", ["marketing", "template-required"], ["free", "launch", "discount"], "no template; range answer plus a new-product discount", """\
Hi Thornton, the FB-4814 will give you around 50 km on level ground in assist level 2. If you want more range, our new 52V 20Ah pack launches next week at 20% off for returning customers.""")

R(VI, "zh", ["review-inducement", "template-required"], ["free", "gating", "five-star"], "no template; installation advice plus review gating", """\
您好，装电机时先把两侧防转垫片装好，再拧紧轴螺母，电机线最后接。满意的话请给个五星好评，不满意请先联系我们，不要直接留差评。""")

R(VI, "mixed", ["off-platform-contact", "template-required"], ["free", "whatsapp", "phone"], "no template; installation advice plus a WhatsApp number", """\
您好，安装时 torque arm 一定要先装好再拧 axle nut。如果还是装不上，加我 WhatsApp +1 206 555 0188，send me a short video，我帮您看看。""")

R(VI, "en", ["off-platform-contact", "marketing", "template-required"], ["free", "email", "coupon", "cross-sell"], "no template; controller advice plus e-mail and a coupon for another product", """\
Hello Marcus,

For smoother starts, lower the controller's start current to 60% in the display menu (P13). If it still jerks, email a video to warranty@ferrowind-drive.net and we'll send you a coupon for our torque sensor upgrade, which fixes this for good.""")

# --------------------------------------------------------------------------
JUDGEMENT_CALLS = [
    "A filled template with small agent edits (changed greeting or sign-off, a signature with name and role, an added thanks or apology line, lines re-wrapped or joined, bullet marks changed, one sentence lightly reworded) still matches its template closely enough: labels [] ({edited}). The self-check only accepts such an edit if at least 80% of the template's literal tokens survive in order.",
    "A filled template with one added logistics sentence (an earlier parcel delivered, a returned charger received) is labelled [] ({added_logistics}): the template part matches and the addition is logistics.",
    "A filled template plus one added violating sentence (five-star ask, e-mail and phone in the signature, a sale line, five-star review for a shipping refund) is labelled with the content policy only, not template-required ({template_based}): the body still matches an approved template, and the added sentence is the content rule's business.",
    "A logistics reply plus a violating sentence (discount code, WhatsApp number, WeChat handle, review-for-refund) is labelled with the content policy only ({logistics_based}): a coupon or a contact handle is not product help, so it does not turn the message into a non-logistics reply. A linter that also reports template-required there is stricter than this set expects.",
    "A free-written non-logistics reply that also violates a content rule carries both the content policy and template-required ({free}).",
    "A neutral review request in free wording, not the approved review template, is template-required but not review-inducement ({free_review}). The thread-level rule against asking right after the buyer praised the product is out of scope: these free requests follow a buyer who said the conversion was finished, not that they loved it.",
    "The templates en/missing-part, en/damaged-on-arrival, zh-tw/missing-part and zh-tw/damaged-on-arrival are partly logistics (sending a part, a refund). Their fills are [] either way; a seller would keep them as templates because they also ask for photos, give safety advice or confirm a remedy.",
    "Logistics near-misses that name a part, model or fault (E07, E30, cracked display, swollen battery, missing torque arm) but only state shipping, return, refund or tracking facts are [] ({near_miss}). Sentences such as \"There's no need to send the old controller back\" or \"please don't post it to us\" are return instructions, not product advice.",
    "Battery shipping restrictions (over 100 Wh ground only, no ground route to Hawaii, damaged lithium packs not accepted by carriers, adult signature for batteries, freight for heavy orders) count as logistics even though they describe the product ({battery_shipping}).",
    "In mixed-logistics replies a single sentence of free product advice (set the wheel size, first full charge, store at half charge, dielectric grease, dropout filing, a noise is normal, a compatibility answer) or a warranty decision or warranty-term statement is enough for template-required ({mixed_logistics}).",
    "A warranty decision (covered / not covered, we will replace) is non-logistics even when its outcome is a shipment ({warranty_decision}); the shipment itself, described alone, is logistics.",
    "Order ids (3-7-7 digits), FedEx 12-digit, DHL 10-digit, spaced USPS 22-digit and 1Z/TBA/EB...TW tracking numbers are not phone numbers; replies carrying them are not off-platform-contact ({digits}). A sentence saying the freight company will call the number on the Amazon order gives no number and is not off-platform-contact.",
    "\"at no charge\" / \"免费\" / \"免費\" in a remedy (a missing part sent, a warranty replacement) is not marketing, and neither is \"Thank you for choosing our kit\".",
    "A zh template filled with a 100+ character English product title is lang mixed; Chinese text with several English part names, and a bilingual EN+ZH reply, are mixed ({mixed_lang}); Traditional Chinese is lang zh with tag traditional.",
    "{coupon_email}: a coupon for a torque sensor upgrade, offered for an e-mailed video, is labelled marketing (cross-sell coupon) and off-platform-contact (e-mail), not review-inducement: no review is mentioned.",
    "{change_review}: asking to update a 2-star review is review-inducement (asking to change a review), even though it follows a generous warranty decision.",
]

# --------------------------------------------------------------------------
# Self-check helpers
# --------------------------------------------------------------------------
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT = {"review-inducement", "off-platform-contact", "marketing"}
CATEGORIES = [FT, LG, RW, ML, VI]
EXPECTED_COUNTS = {FT: 42, LG: 32, RW: 26, ML: 16, VI: 14}

PH = re.compile(r"\{\{([a-z_]+)\}\}")
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

# templates: forbidden content
T_FORBIDDEN = [
    ("link", re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(com|net|org|io|co|us|cn|tw|shop|store|info|biz)\b", re.I)),
    ("e-mail", re.compile(r"@|\b\w+\s*[\(\[]\s*at\s*[\)\]]", re.I)),
    ("phone-like digits", re.compile(r"\d{5,}|\d[\d\s().+-]{7,}\d")),
    ("rating/stars", re.compile(r"\bstars?\b|\bratings?\b|\brate\b|[★☆⭐]|five[- ]star|\d\s*-?\s*star", re.I)),
    ("coupon/gift/discount", re.compile(r"coupon|promo|discount|\bgifts?\b|voucher|%\s*off|cash\s*back|rebate|\bdeals?\b|\bsale\b", re.I)),
    ("social/IM", re.compile(r"whatsapp|telegram|wechat|facebook|instagram|youtube|tiktok|(?-i:\bLINE\b)|skype", re.I)),
    ("zh forbidden", re.compile(r"五星|好评|好評|差评|差評|返现|返現|微信|礼品|禮品|礼物|禮物|优惠|優惠|折扣|红包|紅包|星级|星級|加V|vx|抽奖|抽獎")),
]

# replies: patterns for the content policies (self-consistency of labels)
R_OFF = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(com|net|org|io|cn|tw|shop|store)\b|@|555[-. ]?\d{4}"
                   r"|whatsapp|telegram|wechat|微信|facebook|instagram|youtube|(?-i:\bLINE\b)", re.I)
R_MKT = re.compile(r"coupon|promo|discount|\buse code\b|%\s*off|\bsale\b|launch|new arrival|优惠|折扣|[八九七]五?折|选购|選購|上新", re.I)
R_REV = re.compile(r"five[- ]star|\d[- ]star|五星|好评|好評|差评|差評|返现|返現|gift card|positive review|"
                   r"update your .{0,12}review|remove your .{0,12}review", re.I)

# Simplified / Traditional.  OpenCC when importable; a built-in table otherwise.
# Pairs are (simplified, traditional) characters that differ.
FALLBACK_PAIRS = (
    "们們 这這 请請 说說 电電 为為 会會 时時 后後 发發 对對 问問 题題 关關 开開 "
    "还還 过過 装裝 线線 应應 确確 认認 单單 订訂 购購 货貨 运運 费費 现現 车車 "
    "轮輪 驱驅 动動 档檔 钥鑰 匙匙 长長 间間 让讓 给給 检檢 查查 处處 理理 换換 "
    "损損 坏壞 标標 签簽 号號 码碼 仪儀 显顯 示示 设設 调調 数數 值值 键鍵 "
    "项項 选選 储儲 离離 规規 谢謝 感感 团團 队隊 务務 户戶 护護 维維 修修 节節 "
    "边邊 尽盡 内內 亚亞 马馬 逊遜 页頁 验驗 经經 历歷 体體 满滿 东東 西西 网網 "
    "务務 诉訴 讯訊 预預 计計 达達 递遞 邮郵 转轉 态態 无無 论論 优優 惠惠 软軟 "
    "滚滾 轴軸 钮鈕 钢鋼 铝鋁 锂鋰 锋鋒 驰馳 紧緊 拧擰 螺螺 闭閉 启啟 试試 测測 "
    "传傳 感感 器器 压壓 势勢 刹剎 觉覺 听聽 读讀 写寫 见見 觉覺 实實 际際 宽寬 "
    "适適 围圍 级級 头頭 插插 针針 进進 黑黑 视視 频頻 录錄 帮幫 么麼 吗嗎 哪哪 "
    "这這 该該 办辦 补補 约約 远遠 积積 态態 鼓鼓 异異 味味 须須 额額 断斷 护護 "
    "状狀 况況 结結 构構 质質 导導 致致 误誤 报報 据據 连連 续續 统統 备備 "
    "盘盤 点點 击擊 层層 双雙 两兩 华華 湾灣 门門 问問 闻聞 阅閱 阀閥 闸閘 "
)


def _pairs():
    s2t, t2s = {}, {}
    for p in FALLBACK_PAIRS.split():
        if len(p) == 2 and p[0] != p[1]:
            s2t[p[0]] = p[1]
            t2s[p[1]] = p[0]
    return s2t, t2s


def script_problems(text, want):
    """Return characters that do not belong to the wanted script.

    want == "simplified": characters that OpenCC t2s would change.
    want == "traditional": characters that OpenCC s2tw would change
    (台 and 周 are accepted in Traditional text)."""
    bad = set()
    try:
        import opencc  # type: ignore
        conv = opencc.OpenCC("t2s" if want == "simplified" else "s2tw")
        out = conv.convert(text)
        if len(out) == len(text):
            for a, b in zip(text, out):
                if a != b:
                    bad.add(a)
        else:
            for ch in set(CJK.findall(text)):
                if conv.convert(ch) != ch:
                    bad.add(ch)
    except ImportError:
        pass
    s2t, t2s = _pairs()
    for ch in CJK.findall(text):
        if want == "simplified" and ch in t2s:
            bad.add(ch)
        if want == "traditional" and ch in s2t:
            bad.add(ch)
    if want == "traditional":
        bad -= {"台", "周"}
    return sorted(bad)


def has_traditional_marker(text):
    """True if the text contains at least one character that is Traditional-only."""
    return bool(script_problems(text, "simplified"))


def tokens(text):
    return re.findall(r"[a-z0-9]+|[\u3400-\u9fff]", text.lower())


def lcs_len(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def coverage(template_text, reply_text):
    """Share of the template's literal tokens found, in order, in the reply."""
    t = tokens(PH.sub(" ", template_text))
    return lcs_len(t, tokens(reply_text)) / max(1, len(t))


def template_regex(text):
    parts, pos, seen = [], 0, set()
    for m in PH.finditer(text):
        parts.append(re.escape(text[pos:m.start()]))
        name = m.group(1)
        if name in seen:
            parts.append("(?P=%s)" % name)
        else:
            parts.append("(?P<%s>[^\\n]+?)" % name)
            seen.add(name)
        pos = m.end()
    parts.append(re.escape(text[pos:]))
    return re.compile("".join(parts))


def english_words(text):
    return re.findall(r"\b[a-z]{3,}\b", text)


# --------------------------------------------------------------------------
def build():
    errors = []

    def err(msg):
        errors.append(msg)

    # ---- templates ----
    tids = [t[0] for t in TEMPLATES]
    for tid, n in Counter(tids).items():
        if n > 1:
            err("template id %s used %d times" % (tid, n))
    tmap = {tid: text for tid, _, text in TEMPLATES}
    lang_count = Counter(tid.split("/")[0] for tid in tids)
    if len(TEMPLATES) != 20 or lang_count != Counter({"en": 10, "zh": 6, "zh-tw": 4}):
        err("template counts %s (want 20: en 10, zh 6, zh-tw 4)" % dict(lang_count))
    for tid, topic, text in TEMPLATES:
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            err("%s: bad template id" % tid)
        for what, rx in T_FORBIDDEN:
            m = rx.search(PH.sub(" ", text))
            if m:
                err("%s: forbidden %s: %r" % (tid, what, m.group(0)))
        stray = re.sub(r"\{\{[a-z_]+\}\}", "", text)
        if "{" in stray or "}" in stray:
            err("%s: malformed placeholder" % tid)
        if not PH.search(text):
            err("%s: no placeholder" % tid)
        lang = tid.split("/")[0]
        if lang == "en" and CJK.search(text):
            err("%s: CJK in an en template" % tid)
        if lang == "zh":
            bad = script_problems(text, "simplified")
            if bad:
                err("%s: Traditional characters in a zh template: %s" % (tid, "".join(bad)))
        if lang == "zh-tw":
            bad = script_problems(text, "traditional")
            if bad:
                err("%s: Simplified characters in a zh-tw template: %s" % (tid, "".join(bad)))
            if not has_traditional_marker(text):
                err("%s: zh-tw template has no Traditional-only character" % tid)
    layouts = {
        "numbered steps": any(re.search(r"^1\. ", t, re.M) for t in tmap.values()),
        "bullets": any(re.search(r"^[-*•·] ", t, re.M) for t in tmap.values()),
        "label lines": any(re.search(r"^(Order|訂單|订单号)[:：] ?\{\{order_id\}\}", t, re.M) for t in tmap.values()),
        "inline greeting": any(re.match(r"[^\n]*\{\{buyer_name\}\}[^\n]*[,，][^\n]{40,}", t) for t in tmap.values()),
        "team line": all(re.search(r"(Team|团队|團隊|Desk|服务|Support)$", t.strip()) for t in tmap.values()),
    }
    for k, ok in layouts.items():
        if not ok:
            err("template layout missing: %s" % k)
    if sum(1 for tid in tids if "review-request" in tid) != 3:
        err("need one neutral review-request template per language")

    # ---- replies ----
    regexes = {tid: template_regex(text.strip()) for tid, text in tmap.items()}
    seen_text = set()
    rows = []
    for i, r in enumerate(REPLIES, 1):
        rid = "t25-%03d" % i
        text = r["text"]
        cat = r["category"]
        labels = r["labels"]
        tags = r["tags"]
        lang = r["lang"]
        note = r["note"]
        where = "%s (%s)" % (rid, cat)
        if text in seen_text:
            err("%s: duplicate text" % where)
        seen_text.add(text)
        if text != text.strip() or not text:
            err("%s: text has leading/trailing whitespace or is empty" % where)
        if "{{" in text or "}}" in text:
            err("%s: unfilled placeholder" % where)
        if cat not in CATEGORIES or tags[0] != cat:
            err("%s: bad category/tags[0]" % where)
        if not set(labels) <= POLICIES or len(set(labels)) != len(labels):
            err("%s: invalid labels %r" % (where, labels))
        if lang not in ("en", "zh", "mixed"):
            err("%s: bad lang %r" % (where, lang))
        # category <-> labels
        content = set(labels) & CONTENT
        if cat in (FT, LG) and labels:
            err("%s: must have labels []" % where)
        if cat in (RW, ML) and labels != ["template-required"]:
            err("%s: must have labels [template-required]" % where)
        if cat == VI:
            if not content:
                err("%s: violating reply without a content policy" % where)
            kinds = [t for t in ("template-based", "logistics-based", "free") if t in tags]
            if len(kinds) != 1:
                err("%s: violating reply needs exactly one of template-based/logistics-based/free" % where)
            elif kinds[0] == "free" and "template-required" not in labels:
                err("%s: free violating reply must also carry template-required" % where)
            elif kinds[0] != "free" and "template-required" in labels:
                err("%s: %s violating reply must not carry template-required" % (where, kinds[0]))
        # note / source template
        src = None
        m = re.match(r"((?:en|zh|zh-tw)/[a-z0-9-]+):", note)
        if m:
            src = m.group(1)
            if src not in tmap:
                err("%s: note names unknown template %s" % (where, src))
                src = None
        if cat == FT or "template-based" in tags or "paraphrase" in tags:
            if not src:
                err("%s: note must start with the source template id" % where)
        if src and (cat == FT or "template-based" in tags):
            exact = regexes[src].fullmatch(text)
            cov = coverage(tmap[src], text)
            if cat == FT and "edited" not in tags:
                if not exact:
                    err("%s: does not match %s exactly (coverage %.2f)" % (where, src, cov))
            else:
                if exact:
                    err("%s: tagged edited/template-based but matches %s exactly" % (where, src))
                if cov < 0.8:
                    err("%s: too far from %s (coverage %.2f < 0.80)" % (where, src, cov))
            if exact:
                for k, v in exact.groupdict().items():
                    if not v.strip() or len(v) > 200:
                        err("%s: odd value for %s: %r" % (where, k, v))
        if "paraphrase" in tags and src:
            cov = coverage(tmap[src], text)
            if cov >= 0.6:
                err("%s: paraphrase too close to %s (coverage %.2f)" % (where, src, cov))
        if cat in (LG, RW, ML):
            for tid, ttext in tmap.items():
                cov = coverage(ttext, text)
                if cov >= 0.6:
                    err("%s: free text too close to template %s (coverage %.2f)" % (where, tid, cov))
        # language
        cjk = len(CJK.findall(text))
        ew = english_words(text)
        if lang == "en" and cjk:
            err("%s: lang en but contains CJK" % where)
        if lang == "zh" and (not cjk or len(ew) > 2):
            err("%s: lang zh but %d CJK chars / English words %r" % (where, cjk, ew))
        if lang == "mixed" and (not cjk or len(ew) < 3):
            err("%s: lang mixed needs CJK and English words" % where)
        if "traditional" in tags:
            if lang != "zh":
                err("%s: traditional tag needs lang zh" % where)
            bad = script_problems(text, "traditional")
            if bad:
                err("%s: Simplified characters in Traditional reply: %s" % (where, "".join(bad)))
        elif cjk:
            bad = script_problems(text, "simplified")
            if bad:
                err("%s: Traditional characters in Simplified reply: %s" % (where, "".join(bad)))
        # content-policy consistency
        checks = [("off-platform-contact", R_OFF), ("marketing", R_MKT), ("review-inducement", R_REV)]
        for pol, rx in checks:
            hit = rx.search(text)
            if pol in labels and not hit:
                err("%s: labelled %s but no matching wording" % (where, pol))
            if pol not in labels and hit:
                err("%s: not labelled %s but contains %r" % (where, pol, hit.group(0)))
        if "near-miss" in tags and cat != LG:
            err("%s: near-miss tag outside logistics" % where)
        rows.append({"id": rid, "text": text, "labels": labels, "lang": lang,
                     "tags": tags, "note": note, "context": "reply"})

    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("reply ids not unique")
    cat_count = Counter(r["tags"][0] for r in rows)
    for c, n in EXPECTED_COUNTS.items():
        if cat_count[c] != n:
            err("category %s has %d replies, expected %d" % (c, cat_count[c], n))
    edited = sum(1 for r in rows if r["tags"][0] == FT and "edited" in r["tags"])
    if edited != 18:
        err("expected 18 edited fills, got %d" % edited)
    near = sum(1 for r in rows if "near-miss" in r["tags"])
    if near != 12:
        err("expected 12 logistics near-misses, got %d" % near)
    long_vals = sum(1 for r in rows if "long-value" in r["tags"])
    if long_vals < 3 or not any("two-order-ids" in r["tags"] for r in rows):
        err("need long values and a two-order-id slot")
    used = {re.match(r"((?:en|zh|zh-tw)/[a-z0-9-]+):", r["note"]).group(1)
            for r in rows if r["tags"][0] == FT}
    if used != set(tmap):
        err("templates never filled: %s" % sorted(set(tmap) - used))
    return rows, tmap, errors


def id_list(rows, pred):
    """Compress matching reply ids into ranges: t25-025..t25-030, t25-041."""
    nums = [int(r["id"][4:]) for r in rows if pred(r)]
    if not nums:
        raise ValueError("judgement call refers to no reply")
    out, i = [], 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        out.append("t25-%03d" % nums[i] if i == j else "t25-%03d..%03d" % (nums[i], nums[j]))
        i = j + 1
    return ", ".join(out)


def judgement_refs(rows):
    t = lambda tag: (lambda r: tag in r["tags"])
    return {
        "edited": id_list(rows, lambda r: "edited" in r["tags"]),
        "added_logistics": id_list(rows, t("added-logistics")),
        "template_based": id_list(rows, t("template-based")),
        "logistics_based": id_list(rows, t("logistics-based")),
        "free": id_list(rows, lambda r: r["tags"][0] == VI and "free" in r["tags"]),
        "free_review": id_list(rows, t("free-review-request")),
        "near_miss": id_list(rows, t("near-miss")),
        "battery_shipping": id_list(rows, lambda r: r["tags"][0] == LG and "battery-shipping" in r["tags"]),
        "mixed_logistics": id_list(rows, lambda r: r["tags"][0] == ML),
        "warranty_decision": id_list(rows, t("warranty-decision")),
        "digits": id_list(rows, t("digits")),
        "mixed_lang": id_list(rows, lambda r: r["lang"] == "mixed"),
        "coupon_email": id_list(rows, lambda r: "coupon" in r["tags"] and "email" in r["tags"]),
        "change_review": id_list(rows, t("change-review")),
    }


def write_readme(rows, tmap):
    cats = [FT, LG, RW, ML, VI]
    langs = ["en", "zh", "zh (traditional)", "mixed"]

    def lkey(r):
        if r["lang"] == "zh" and "traditional" in r["tags"]:
            return "zh (traditional)"
        return r["lang"]

    table = Counter((r["tags"][0], lkey(r)) for r in rows)
    L = []
    L.append("# t25: held-out test set for `template-required` (e-bike conversion kits)\n")
    L.append("Hand-written, hand-labelled, and independent of the linter's code, rules and corpora.")
    L.append("Run `python3 gen.py` to (re)write `library/`, `replies.jsonl` and this README; it exits 0 only when every self-check passes.\n")
    L.append("## The seller\n")
    L.append("**Ferrowind Drive Systems** (锋驰动力 / 鋒馳動力) is an invented Amazon seller of e-bike conversion kits. Every name, order id, tracking number, handle and domain below is invented; phone numbers are in the US 555 range.\n")
    L.append("- Hub motor kits: FW-R500 (48V 500W rear, geared), FW-R1000 (48V 1000W rear), FW-F350 (36V 350W front)")
    L.append("- Batteries: FB-4814 (48V 14Ah downtube), FB-4820 (48V 20Ah), FB-3610 (36V 10Ah rear rack); charger FCH-54")
    L.append("- Controllers: FC-22S sine-wave 22A; displays FD-3C (colour) and FD-1L (LCD); torque sensor FT-68 (68/73 mm BB)")
    L.append("- Display error codes used: E03 brake signal, E07 over-current, E08 motor hall sensor, E30 display/controller communication")
    L.append("- Menu items used: P03 assist levels, P06 wheel size, P08 speed limit, P11 low-voltage cutoff, P13 start current, P15 throttle start\n")
    L.append("## Templates (`library/`, 20 files)\n")
    L.append("Placeholders are `{{name}}`; the template id is the path without `.txt`.\n")
    L.append("| id | topic / layout | placeholders |")
    L.append("| --- | --- | --- |")
    for tid, topic, text in TEMPLATES:
        phs = []
        for p in PH.findall(text):
            if p not in phs:
                phs.append(p)
        L.append("| `%s` | %s | %s |" % (tid, topic, ", ".join("`%s`" % p for p in phs)))
    L.append("")
    L.append("## Replies (`replies.jsonl`, %d lines)\n" % len(rows))
    L.append("Fields: `id` (t25-001...), `text`, `labels` (expected policies, `[]` = nothing should be flagged), `lang` (`en`, `zh`, `mixed`; Traditional Chinese is `zh` with tag `traditional`), `tags` (`tags[0]` = category), `note` (starts with the source template id when there is one), `context` (`reply` for all).\n")
    L.append("| category | labels | " + " | ".join(langs) + " | total |")
    L.append("| --- | --- | " + " | ".join("---" for _ in langs) + " | --- |")
    lab = {FT: "[]", LG: "[]", RW: "[template-required]", ML: "[template-required]", VI: "content policy (+ template-required when free)"}
    for c in cats:
        n = [table[(c, l)] for l in langs]
        L.append("| %s | %s | %s | %d |" % (c, lab[c], " | ".join(str(x) for x in n), sum(n)))
    tot = [sum(table[(c, l)] for c in cats) for l in langs]
    L.append("| **total** | | %s | %d |" % (" | ".join(str(x) for x in tot), sum(tot)))
    L.append("")
    edited = sum(1 for r in rows if r["tags"][0] == FT and "edited" in r["tags"])
    near = sum(1 for r in rows if "near-miss" in r["tags"])
    L.append("- filled-template: %d plain fills (exact match, self-checked) and %d with small agent edits (tag `edited`); long values (tag `long-value`) and two order ids in one slot (tag `two-order-ids`)." % (sum(1 for r in rows if r["tags"][0] == FT) - edited, edited))
    L.append("- logistics: %d pure, %d near-misses (tag `near-miss`) that name a product, part or fault but carry only logistics." % (sum(1 for r in rows if r["tags"][0] == LG) - near, near))
    vl = Counter()
    for r in rows:
        for p in r["labels"]:
            vl[p] += 1
    L.append("- label totals: " + ", ".join("`%s` %d" % (k, v) for k, v in sorted(vl.items())) + "; `[]` %d." % sum(1 for r in rows if not r["labels"]))
    vk = Counter(next(t for t in r["tags"] if t in ("template-based", "logistics-based", "free")) for r in rows if r["tags"][0] == VI)
    L.append("- violating: %d built on a filled template, %d on a logistics reply, %d free-written non-logistics." % (vk["template-based"], vk["logistics-based"], vk["free"]))
    L.append("")
    L.append("## Suggested use\n")
    L.append("```")
    L.append("msglint check --templates library --format json FILE   # one reply per file, or")
    L.append("msglint audit replies.jsonl --templates library --format jsonl")
    L.append("```")
    L.append("Compare, per reply, the set of policies with an `error` or `warning` finding against `labels`. The main target is `template-required`; the content labels on the violating replies are there so that a template match does not hide them.\n")
    L.append("## Self-checks done by gen.py\n")
    L.append("- templates: 20 (en 10, zh 6, zh-tw 4), unique ids, well-formed placeholders; no links, e-mail, phone-like digits, ratings/stars, coupons, gifts, discounts, social/IM names, 五星/好评/返现/微信 etc.; zh templates Simplified only and zh-tw templates Traditional only (OpenCC when importable, a built-in character table always); layouts include numbered steps, bullets, label lines, an inline greeting and a team line.")
    L.append("- replies: unique ids and texts; labels from the interface's policy names; category/label consistency; plain fills match their template exactly (placeholders as wildcards, repeated placeholders must repeat the value); edited fills keep >= 80% of the template's tokens in order; paraphrases and free replies keep < 60% of every template; lang and Traditional/Simplified script consistent; content labels present exactly when links/e-mail/555 phones/IM handles, coupons/sales, or five-star/好评-type wording is present.\n")
    L.append("## Judgement calls on labels\n")
    refs = judgement_refs(rows)
    for i, j in enumerate(JUDGEMENT_CALLS, 1):
        L.append("%d. %s" % (i, j.format(**refs)))
    L.append("")
    return "\n".join(L)


def main():
    rows, tmap, errors = build()
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        for root, _, files in os.walk(lib):
            for f in files:
                if f.endswith(".txt"):
                    os.remove(os.path.join(root, f))
    for tid, text in tmap.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text.rstrip("\n") + "\n")
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(write_readme(rows, tmap))
    # re-read what was written and confirm it round-trips
    back = [json.loads(l) for l in open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8")]
    if back != rows:
        errors.append("replies.jsonl does not round-trip")
    for tid, text in tmap.items():
        with open(os.path.join(lib, tid + ".txt"), encoding="utf-8") as fh:
            if fh.read().strip() != text.strip():
                errors.append("%s.txt does not round-trip" % tid)
    written = sorted(os.path.relpath(os.path.join(r, f), lib)[:-4]
                     for r, _, fs in os.walk(lib) for f in fs if f.endswith(".txt"))
    if written != sorted(tmap):
        errors.append("library/ holds unexpected files: %s" % written)
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print("%d self-check failure(s)" % len(errors), file=sys.stderr)
        return 1
    c = Counter(r["tags"][0] for r in rows)
    print("ok: %d templates, %d replies (%s)" % (len(tmap), len(rows),
          ", ".join("%s %d" % (k, c[k]) for k in CATEGORIES)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
