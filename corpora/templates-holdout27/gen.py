#!/usr/bin/env python3
"""t27: held-out, hand-labelled test set for msglint's `template-required` check.

Seller (invented): Quillforge, a maker of desktop FDM 3D printers (Q5, Q5 Pro),
hardened and brass nozzles, PEI spring-steel build plates, PLA/PETG filament
spools and the QuillSlice slicer app.

Every template and every reply is a literal in this file.  Running it
(re)writes library/, replies.jsonl and README.md next to it and then checks
itself; it exits 0 only when every self-check passes.
"""
import difflib
import json
import os
import re
import shutil
import sys
import unicodedata
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# 1. Approved templates (id -> text).  id = path under library/ without .txt
# ---------------------------------------------------------------------------
TEMPLATES = OrderedDict()

TEMPLATES["en/bed-levelling"] = """\
Hello {{buyer_name}},

Thank you for writing to us about order {{order_id}}. An uneven first layer on the {{model}} usually means the bed needs to be levelled again. Please try the following:

1. Heat the nozzle to 200 °C and the bed to 60 °C, then let both settle for two minutes.
2. Open Prepare > Level Bed on the printer screen and let the probe finish all points.
3. Slide a sheet of plain paper under the nozzle at each corner; you should feel a light drag.
4. Save the mesh, then print the single-layer test square from the sample folder on the card.

If the test square still shows gaps or ridges, reply with a photo of it and we will look at it together.

Best regards,
{{agent_name}}
Quillforge Support Team
"""

TEMPLATES["en/first-layer"] = """\
Hi {{buyer_name}},

Sorry to hear the first layer is not sticking on your {{model}}. These are the checks that solve most cases:

- Wash the build plate with warm water and a drop of dish soap, then dry it with a clean paper towel.
- Do not touch the printing surface with bare fingers after cleaning.
- Lower the Z offset in small steps of 0.02 mm until the first lines look slightly flattened.
- Slow the first layer to 20 mm/s in QuillSlice under Speed > First layer.
- For PETG, raise the bed to 75 °C; for PLA, 60 °C is enough.

Let us know which of these made a difference, or send a photo of the first layer if none did.

Kind regards,
{{agent_name}}
"""

TEMPLATES["en/nozzle-clog"] = """\
Dear {{buyer_name}},

Thank you for the details about order {{order_id}}. When the {{model}}
stops extruding partway through a print, a partial clog in the nozzle
is the most likely cause. You can clear it without taking the hotend
apart:

1. Heat the nozzle to 240 °C.
2. Push the thin cleaning needle from the tool pouch up through the
   nozzle tip three or four times.
3. Release the extruder lever, pull the filament out, and cut off the
   swollen end at an angle.
4. Load the filament again and extrude 50 mm by hand from the menu.

If the flow is still weak after this, the nozzle may need to be
replaced; please reply and we will guide you through it.

Sincerely,
{{agent_name}}
Quillforge Customer Care
"""

TEMPLATES["en/filament-moisture"] = """\
Hi {{buyer_name}}, thank you for the photos of your prints. The stringing, popping sounds and rough surface you describe are typical of {{filament_type}} that has absorbed moisture from the air. Please dry the spool at 55 °C for six hours in a filament dryer or an oven with an accurate thermostat, then store it in a sealed bag with the desiccant pack. After drying, print a small test part at the same settings and compare. If the problem stays the same, reply with the lot number printed on the side of the spool and we will check it for you.

{{agent_name}}, Quillforge Support
"""

TEMPLATES["en/firmware-update"] = """\
Order: {{order_id}}
Printer: {{model}}
Current firmware: {{firmware_version}}

Hello {{buyer_name}},

A firmware update fixes the issue you reported. To install it:

1. Open QuillSlice and go to Device > Firmware.
2. Select your printer and choose Download to SD card.
3. Insert the card into the powered-off printer, switch it on and wait until the screen shows the home menu. Do not switch it off during the update.
4. Check Settings > About to confirm the new version.

Your print profiles and mesh data are kept during the update.

Regards,
{{agent_name}}
Quillforge Support Team
"""

TEMPLATES["en/warranty/claim-details"] = """\
Dear {{buyer_name}},

We are sorry that your {{part}} has stopped working. It is covered by our warranty, and to process the claim for order {{order_id}} we need:

- a short video showing the fault,
- the serial number from the label on the back of the printer,
- a photo of the {{part}} from the side.

Please attach these to your reply in this message thread. Once we have reviewed them, we will confirm the next step within one business day.

Kind regards,
{{agent_name}}
Warranty Team, Quillforge
"""

TEMPLATES["en/missing-part"] = """\
Hello {{buyer_name}},

We apologise that the {{part}} was missing from the box for order {{order_id}}. We have arranged a replacement at no cost to you, and it will be sent as a separate package. You can keep using the printer in the meantime, except for any step that needs the {{part}}.

Thank you for your patience.

{{agent_name}}
Quillforge Support Team
"""

TEMPLATES["en/damaged-on-arrival"] = """\
Hi {{buyer_name}},

We are very sorry that your {{model}} arrived damaged. So that we can choose the right remedy, please reply with:

1. A photo of the outer shipping box, all sides if possible.
2. A close-up photo of the damaged area.
3. A short description of whether the printer powers on.

Please keep all the packaging until the case is closed.

With apologies,
{{agent_name}}
"""

TEMPLATES["en/review-request"] = """\
Hello {{buyer_name}},

Thank you for your order {{order_id}}. We hope the {{model}} is printing well for you. If you have a moment, would you share your experience with it in a review on Amazon? Honest comments of any kind help other makers choose the right printer.

Best wishes,
The Quillforge Team
"""

TEMPLATES["en/slicer-profile"] = """\
Hi {{buyer_name}},

Here are the settings we recommend for {{filament_type}} on the {{model}} in QuillSlice:

Nozzle temperature: 235 °C (first layer 240 °C)
Bed temperature: 75 °C
Cooling fan: 40 %
Retraction: 0.8 mm at 35 mm/s
Print speed: 60 mm/s

Choose Save as new profile so that these values are kept for future prints.

Happy printing,
{{agent_name}}
Quillforge Support Team
"""

TEMPLATES["zh/bed-levelling"] = """\
{{buyer_name}}您好：

关于订单 {{order_id}}，第一层不均匀通常是热床需要重新调平。请按以下步骤操作：

1. 将喷嘴加热到200 °C、热床加热到60 °C，静置两分钟。
2. 在打印机屏幕上进入“准备 > 自动调平”，等待探针完成所有测点。
3. 在四个角分别将一张普通打印纸放在喷嘴下方，拉动时应感到轻微阻力。
4. 保存网格后，打印说明卡上的单层测试方块。

如果测试方块仍有缝隙或凸起，请回复一张照片，我们会继续协助您。

{{agent_name}}
Quillforge 客服团队
"""

TEMPLATES["zh/nozzle-clog"] = """\
您好，{{buyer_name}}！感谢您提供的详细信息。{{model}} 打印中途不出料，多半是喷嘴部分堵塞，不需要拆开热端即可处理：
- 将喷嘴加热到240 °C；
- 用工具包里的通针从喷嘴口向上疏通三到四次；
- 松开挤出机压杆，抽出耗材，把膨大的末端斜着剪掉；
- 重新装入耗材，在菜单中手动挤出50毫米。
如果出料仍然很弱，可能需要更换喷嘴，请回复我们，我们会一步步指导您。

祝好
{{agent_name}}
"""

TEMPLATES["zh/filament-moisture"] = """\
{{buyer_name}}您好：

感谢您发来的打印件照片。您描述的拉丝、噼啪声和表面粗糙，是{{filament_type}}耗材吸潮的典型表现。建议您：

（1）用干燥箱在55 °C下烘干耗材六小时；
（2）烘干后与干燥剂一起装入密封袋保存；
（3）用相同参数打印一个小测试件进行对比。

如果问题依旧，请回复料盘侧面印的批号，我们会为您核查。

此致
{{agent_name}}
"""

TEMPLATES["zh/firmware-update"] = """\
订单号：{{order_id}}
机型：{{model}}

{{buyer_name}}您好：

您反馈的问题已在新版固件中修复。升级方法如下：
1. 打开 QuillSlice，进入“设备 > 固件”。
2. 选择您的打印机，点击“下载到SD卡”。
3. 关机状态下插入SD卡，开机后等待屏幕回到主菜单，升级过程中请勿断电。
4. 在“设置 > 关于”中确认版本号已更新。
升级不会清除您的打印配置和调平数据。

{{agent_name}}
Quillforge 技术支持
"""

TEMPLATES["zh/missing-part"] = """\
{{buyer_name}}您好：

非常抱歉，订单 {{order_id}} 的包装中缺少{{part}}。我们已为您免费安排补发，配件会单独寄出。在此期间，除需要用到{{part}}的步骤外，打印机可以正常使用。

感谢您的耐心与理解。
{{agent_name}}
Quillforge 客服团队
"""

TEMPLATES["zh/review-request"] = """\
{{buyer_name}}您好：

感谢您购买{{model}}（订单 {{order_id}}），希望它一直运行顺利。如果方便，欢迎您在亚马逊商品页面分享真实的使用体验，无论好坏，您的意见都能帮助其他创客做出选择。

Quillforge 团队
"""

TEMPLATES["zh-tw/first-layer"] = """\
{{buyer_name}} 您好：

很抱歉您的 {{model}} 第一層無法黏附在列印平台上。以下檢查可以解決大多數情況：

・用溫水和少量洗碗精清洗列印平台，再以乾淨的紙巾擦乾。
・清潔後請勿用手指直接觸碰列印面。
・以每次 0.02 mm 的幅度降低 Z 軸偏移，直到第一層線條略微壓扁。
・在 QuillSlice 的「速度 > 首層」中將首層速度降至 20 mm/s。

請告訴我們哪一項有幫助；若都沒有改善，歡迎回覆首層的照片。

{{agent_name}} 敬上
Quillforge 客服團隊
"""

TEMPLATES["zh-tw/warranty-claim"] = """\
{{buyer_name}} 您好：

很遺憾您的{{part}}停止運作。此零件在保固範圍內，為了處理訂單 {{order_id}} 的保固申請，請在此訊息串中回覆：

1. 一段顯示故障情形的短片；
2. 3D 列印機背面標籤上的序號；
3. {{part}}的側面照片。

收到後我們會在一個工作天內告知下一步。

{{agent_name}}
Quillforge 保固團隊
"""

TEMPLATES["zh-tw/damaged-on-arrival"] = """\
{{buyer_name}} 您好：

非常抱歉，您的 {{model}} 送達時已經損壞。為了安排合適的處理方式，請回覆以下資料：
一、外箱各面的照片；
二、損壞部位的特寫照片；
三、機器是否能夠開機。
在案件結束前，請保留所有包裝材料。

再次致歉，
{{agent_name}}
"""

TEMPLATES["zh-tw/review-request"] = """\
{{buyer_name}} 您好：

感謝您購買 {{model}}（訂單 {{order_id}}）。若您方便，歡迎在亞馬遜商品頁面分享您的真實使用心得，不論優缺點，都能幫助其他使用者做出選擇。

祝 列印順利
Quillforge 團隊
"""

TEMPLATE_TOPICS = {
    "en/bed-levelling": "bed levelling, numbered steps, greeting line",
    "en/first-layer": "first layer not sticking, bullet list",
    "en/nozzle-clog": "partial nozzle clog, hard-wrapped lines, team sign-off",
    "en/filament-moisture": "wet filament, inline greeting in one paragraph",
    "en/firmware-update": "firmware update, label lines (Order:/Printer:/Current firmware:)",
    "en/warranty/claim-details": "warranty claim: evidence needed (nested folder)",
    "en/missing-part": "part missing from the box, replacement arranged",
    "en/damaged-on-arrival": "damaged on arrival: photos needed",
    "en/review-request": "neutral review request",
    "en/slicer-profile": "slicer settings as label lines",
    "zh/bed-levelling": "热床调平，编号步骤",
    "zh/nozzle-clog": "喷嘴堵塞，行内问候，短横线列表",
    "zh/filament-moisture": "耗材受潮，（1）（2）（3）编号",
    "zh/firmware-update": "固件升级，标签行（订单号：/机型：）",
    "zh/missing-part": "缺件补发",
    "zh/review-request": "中性邀评",
    "zh-tw/first-layer": "第一層不黏，・項目符號",
    "zh-tw/warranty-claim": "保固申請所需資料",
    "zh-tw/damaged-on-arrival": "到貨損壞，一、二、三編號",
    "zh-tw/review-request": "中性邀評",
}

# ---------------------------------------------------------------------------
# 2. Replies.  R(category, lang, labels, tags, note, text, src=template id)
#    tags[0] is always the category; "traditional" marks Traditional Chinese.
# ---------------------------------------------------------------------------
REPLIES = []


def R(cat, lang, labels, tags, note, text, src=None):
    REPLIES.append({"cat": cat, "lang": lang, "labels": list(labels),
                    "tags": [cat] + list(tags), "note": note, "text": text,
                    "src": src})


TR = "template-required"
RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

# ---- 2a. filled-template: plain fills (labels []) -------------------------
FT = "filled-template"

R(FT, "en", [], ["plain"], "en/bed-levelling: plain fill", """\
Hello Dolores,

Thank you for writing to us about order 112-4830619-2275104. An uneven first layer on the Q5 usually means the bed needs to be levelled again. Please try the following:

1. Heat the nozzle to 200 °C and the bed to 60 °C, then let both settle for two minutes.
2. Open Prepare > Level Bed on the printer screen and let the probe finish all points.
3. Slide a sheet of plain paper under the nozzle at each corner; you should feel a light drag.
4. Save the mesh, then print the single-layer test square from the sample folder on the card.

If the test square still shows gaps or ridges, reply with a photo of it and we will look at it together.

Best regards,
Marisol
Quillforge Support Team""", src="en/bed-levelling")

R(FT, "en", [], ["plain", "long-value"], "en/bed-levelling: plain fill, model slot holds a 150-character Amazon product title", """\
Hello Mr. Achterberg-Nwosu,

Thank you for writing to us about order 114-2267093-5518402. An uneven first layer on the Quillforge Q5 Pro Desktop FDM 3D Printer, Auto Bed Levelling, Direct Drive Extruder, Removable Textured PEI Spring Steel Plate, 250 x 250 x 260 mm Build Volume usually means the bed needs to be levelled again. Please try the following:

1. Heat the nozzle to 200 °C and the bed to 60 °C, then let both settle for two minutes.
2. Open Prepare > Level Bed on the printer screen and let the probe finish all points.
3. Slide a sheet of plain paper under the nozzle at each corner; you should feel a light drag.
4. Save the mesh, then print the single-layer test square from the sample folder on the card.

If the test square still shows gaps or ridges, reply with a photo of it and we will look at it together.

Best regards,
Teodor Brandt
Quillforge Support Team""", src="en/bed-levelling")

R(FT, "en", [], ["plain"], "en/first-layer: plain fill", """\
Hi Priyanka,

Sorry to hear the first layer is not sticking on your Q5 Pro. These are the checks that solve most cases:

- Wash the build plate with warm water and a drop of dish soap, then dry it with a clean paper towel.
- Do not touch the printing surface with bare fingers after cleaning.
- Lower the Z offset in small steps of 0.02 mm until the first lines look slightly flattened.
- Slow the first layer to 20 mm/s in QuillSlice under Speed > First layer.
- For PETG, raise the bed to 75 °C; for PLA, 60 °C is enough.

Let us know which of these made a difference, or send a photo of the first layer if none did.

Kind regards,
Kwame""", src="en/first-layer")

R(FT, "en", [], ["plain"], "en/nozzle-clog: plain fill, hard-wrapped lines kept", """\
Dear Mr. Halvorsen,

Thank you for the details about order 114-9052837-6613920. When the Q5
stops extruding partway through a print, a partial clog in the nozzle
is the most likely cause. You can clear it without taking the hotend
apart:

1. Heat the nozzle to 240 °C.
2. Push the thin cleaning needle from the tool pouch up through the
   nozzle tip three or four times.
3. Release the extruder lever, pull the filament out, and cut off the
   swollen end at an angle.
4. Load the filament again and extrude 50 mm by hand from the menu.

If the flow is still weak after this, the nozzle may need to be
replaced; please reply and we will guide you through it.

Sincerely,
Marisol
Quillforge Customer Care""", src="en/nozzle-clog")

R(FT, "en", [], ["plain", "two-orders"], "en/nozzle-clog: plain fill, two order ids in the order slot", """\
Dear Ms. Lindqvist,

Thank you for the details about order 113-5820471-0093365 and 113-5820471-4418720. When the Q5 Pro
stops extruding partway through a print, a partial clog in the nozzle
is the most likely cause. You can clear it without taking the hotend
apart:

1. Heat the nozzle to 240 °C.
2. Push the thin cleaning needle from the tool pouch up through the
   nozzle tip three or four times.
3. Release the extruder lever, pull the filament out, and cut off the
   swollen end at an angle.
4. Load the filament again and extrude 50 mm by hand from the menu.

If the flow is still weak after this, the nozzle may need to be
replaced; please reply and we will guide you through it.

Sincerely,
Teodor Brandt
Quillforge Customer Care""", src="en/nozzle-clog")

R(FT, "en", [], ["plain"], "en/filament-moisture: plain fill, inline greeting", """\
Hi Jun, thank you for the photos of your prints. The stringing, popping sounds and rough surface you describe are typical of PETG that has absorbed moisture from the air. Please dry the spool at 55 °C for six hours in a filament dryer or an oven with an accurate thermostat, then store it in a sealed bag with the desiccant pack. After drying, print a small test part at the same settings and compare. If the problem stays the same, reply with the lot number printed on the side of the spool and we will check it for you.

Teodor, Quillforge Support""", src="en/filament-moisture")

R(FT, "en", [], ["plain", "long-value"], "en/filament-moisture: plain fill, filament slot holds a long Amazon product title", """\
Hi Wilhelmina, thank you for the photos of your prints. The stringing, popping sounds and rough surface you describe are typical of Quillforge PETG Filament 1.75 mm, 1 kg Spool, Dimensional Accuracy +/- 0.02 mm, Low Stringing, Vacuum Sealed with Desiccant, Translucent Ocean Blue that has absorbed moisture from the air. Please dry the spool at 55 °C for six hours in a filament dryer or an oven with an accurate thermostat, then store it in a sealed bag with the desiccant pack. After drying, print a small test part at the same settings and compare. If the problem stays the same, reply with the lot number printed on the side of the spool and we will check it for you.

Kwame, Quillforge Support""", src="en/filament-moisture")

R(FT, "en", [], ["plain"], "en/firmware-update: plain fill, label lines", """\
Order: 111-7703518-2946083
Printer: Q5 Pro
Current firmware: 2.3.1

Hello Annelise,

A firmware update fixes the issue you reported. To install it:

1. Open QuillSlice and go to Device > Firmware.
2. Select your printer and choose Download to SD card.
3. Insert the card into the powered-off printer, switch it on and wait until the screen shows the home menu. Do not switch it off during the update.
4. Check Settings > About to confirm the new version.

Your print profiles and mesh data are kept during the update.

Regards,
Kwame
Quillforge Support Team""", src="en/firmware-update")

R(FT, "en", [], ["plain"], "en/warranty/claim-details: plain fill, nested template id", """\
Dear Ms. Verhoeven,

We are sorry that your hotend heater cartridge has stopped working. It is covered by our warranty, and to process the claim for order 113-2708451-8839016 we need:

- a short video showing the fault,
- the serial number from the label on the back of the printer,
- a photo of the hotend heater cartridge from the side.

Please attach these to your reply in this message thread. Once we have reviewed them, we will confirm the next step within one business day.

Kind regards,
Teodor Brandt
Warranty Team, Quillforge""", src="en/warranty/claim-details")

R(FT, "en", [], ["plain", "two-orders"], "en/missing-part: plain fill, two order ids in one slot", """\
Hello Thaddeus,

We apologise that the spool holder arm was missing from the box for order 111-6394028-5172643 / 111-6394028-0048217. We have arranged a replacement at no cost to you, and it will be sent as a separate package. You can keep using the printer in the meantime, except for any step that needs the spool holder arm.

Thank you for your patience.

Marisol
Quillforge Support Team""", src="en/missing-part")

R(FT, "en", [], ["plain", "long-value"], "en/damaged-on-arrival: plain fill, long product title", """\
Hi Ingrid,

We are very sorry that your Quillforge Q5 Desktop 3D Printer with Textured PEI Build Plate, Silent Stepper Drivers, Filament Run-Out Sensor and Power Loss Recovery, Semi-Assembled Kit arrived damaged. So that we can choose the right remedy, please reply with:

1. A photo of the outer shipping box, all sides if possible.
2. A close-up photo of the damaged area.
3. A short description of whether the printer powers on.

Please keep all the packaging until the case is closed.

With apologies,
Kwame""", src="en/damaged-on-arrival")

R(FT, "en", [], ["plain"], "en/review-request: plain fill", """\
Hello Soraya,

Thank you for your order 115-3381907-4426158. We hope the Q5 is printing well for you. If you have a moment, would you share your experience with it in a review on Amazon? Honest comments of any kind help other makers choose the right printer.

Best wishes,
The Quillforge Team""", src="en/review-request")

R(FT, "en", [], ["plain", "long-value"], "en/review-request: plain fill, long product title in the model slot", """\
Hello Mr. Castellanos,

Thank you for your order 112-6640295-3307718. We hope the Quillforge Q5 Pro Desktop FDM 3D Printer, Auto Bed Levelling, Direct Drive Extruder, Removable Textured PEI Spring Steel Plate, 250 x 250 x 260 mm Build Volume is printing well for you. If you have a moment, would you share your experience with it in a review on Amazon? Honest comments of any kind help other makers choose the right printer.

Best wishes,
The Quillforge Team""", src="en/review-request")

R(FT, "en", [], ["plain"], "en/slicer-profile: plain fill, label lines", """\
Hi Bartholomew,

Here are the settings we recommend for PETG on the Q5 Pro in QuillSlice:

Nozzle temperature: 235 °C (first layer 240 °C)
Bed temperature: 75 °C
Cooling fan: 40 %
Retraction: 0.8 mm at 35 mm/s
Print speed: 60 mm/s

Choose Save as new profile so that these values are kept for future prints.

Happy printing,
Marisol
Quillforge Support Team""", src="en/slicer-profile")

R(FT, "zh", [], ["plain"], "zh/bed-levelling: plain fill", """\
王女士您好：

关于订单 113-9174620-5038841，第一层不均匀通常是热床需要重新调平。请按以下步骤操作：

1. 将喷嘴加热到200 °C、热床加热到60 °C，静置两分钟。
2. 在打印机屏幕上进入“准备 > 自动调平”，等待探针完成所有测点。
3. 在四个角分别将一张普通打印纸放在喷嘴下方，拉动时应感到轻微阻力。
4. 保存网格后，打印说明卡上的单层测试方块。

如果测试方块仍有缝隙或凸起，请回复一张照片，我们会继续协助您。

林晓雯
Quillforge 客服团队""", src="zh/bed-levelling")

R(FT, "zh", [], ["plain"], "zh/nozzle-clog: plain fill, inline greeting", """\
您好，李先生！感谢您提供的详细信息。Q5 Pro 打印中途不出料，多半是喷嘴部分堵塞，不需要拆开热端即可处理：
- 将喷嘴加热到240 °C；
- 用工具包里的通针从喷嘴口向上疏通三到四次；
- 松开挤出机压杆，抽出耗材，把膨大的末端斜着剪掉；
- 重新装入耗材，在菜单中手动挤出50毫米。
如果出料仍然很弱，可能需要更换喷嘴，请回复我们，我们会一步步指导您。

祝好
陈宇航""", src="zh/nozzle-clog")

R(FT, "zh", [], ["plain"], "zh/filament-moisture: plain fill", """\
赵一鸣您好：

感谢您发来的打印件照片。您描述的拉丝、噼啪声和表面粗糙，是PLA耗材吸潮的典型表现。建议您：

（1）用干燥箱在55 °C下烘干耗材六小时；
（2）烘干后与干燥剂一起装入密封袋保存；
（3）用相同参数打印一个小测试件进行对比。

如果问题依旧，请回复料盘侧面印的批号，我们会为您核查。

此致
陈宇航""", src="zh/filament-moisture")

R(FT, "zh", [], ["plain"], "zh/firmware-update: plain fill, label lines", """\
订单号：114-0386152-7729904
机型：Q5

周佳怡您好：

您反馈的问题已在新版固件中修复。升级方法如下：
1. 打开 QuillSlice，进入“设备 > 固件”。
2. 选择您的打印机，点击“下载到SD卡”。
3. 关机状态下插入SD卡，开机后等待屏幕回到主菜单，升级过程中请勿断电。
4. 在“设置 > 关于”中确认版本号已更新。
升级不会清除您的打印配置和调平数据。

林晓雯
Quillforge 技术支持""", src="zh/firmware-update")

R(FT, "zh", [], ["plain"], "zh/missing-part: plain fill", """\
刘先生您好：

非常抱歉，订单 112-5507193-8864120 的包装中缺少喷嘴扳手。我们已为您免费安排补发，配件会单独寄出。在此期间，除需要用到喷嘴扳手的步骤外，打印机可以正常使用。

感谢您的耐心与理解。
陈宇航
Quillforge 客服团队""", src="zh/missing-part")

R(FT, "zh", [], ["plain", "long-value"], "zh/review-request: plain fill, long Chinese product title", """\
孙女士您好：

感谢您购买Quillforge Q5 Pro 桌面级FDM 3D打印机，全自动热床调平，直驱挤出机，可拆卸纹理PEI弹簧钢打印平台，250×250×260毫米大成型尺寸，断电续打与断料检测，静音主板，兼容PLA、PETG、TPU耗材，新手友好半组装套件（订单 111-2849306-6120577），希望它一直运行顺利。如果方便，欢迎您在亚马逊商品页面分享真实的使用体验，无论好坏，您的意见都能帮助其他创客做出选择。

Quillforge 团队""", src="zh/review-request")

R(FT, "zh", [], ["plain", "traditional"], "zh-tw/first-layer: plain fill", """\
黃小姐 您好：

很抱歉您的 Q5 第一層無法黏附在列印平台上。以下檢查可以解決大多數情況：

・用溫水和少量洗碗精清洗列印平台，再以乾淨的紙巾擦乾。
・清潔後請勿用手指直接觸碰列印面。
・以每次 0.02 mm 的幅度降低 Z 軸偏移，直到第一層線條略微壓扁。
・在 QuillSlice 的「速度 > 首層」中將首層速度降至 20 mm/s。

請告訴我們哪一項有幫助；若都沒有改善，歡迎回覆首層的照片。

張書涵 敬上
Quillforge 客服團隊""", src="zh-tw/first-layer")

R(FT, "zh", [], ["plain", "traditional"], "zh-tw/warranty-claim: plain fill", """\
陳怡君 您好：

很遺憾您的擠出機步進馬達停止運作。此零件在保固範圍內，為了處理訂單 249-3318506-7042915 的保固申請，請在此訊息串中回覆：

1. 一段顯示故障情形的短片；
2. 3D 列印機背面標籤上的序號；
3. 擠出機步進馬達的側面照片。

收到後我們會在一個工作天內告知下一步。

吳品萱
Quillforge 保固團隊""", src="zh-tw/warranty-claim")

R(FT, "zh", [], ["plain", "traditional"], "zh-tw/damaged-on-arrival: plain fill", """\
許家豪 您好：

非常抱歉，您的 Q5 Pro 送達時已經損壞。為了安排合適的處理方式，請回覆以下資料：
一、外箱各面的照片；
二、損壞部位的特寫照片；
三、機器是否能夠開機。
在案件結束前，請保留所有包裝材料。

再次致歉，
吳品萱""", src="zh-tw/damaged-on-arrival")

R(FT, "zh", [], ["plain", "traditional"], "zh-tw/review-request: plain fill", """\
林先生 您好：

感謝您購買 Q5（訂單 250-6017724-3389150）。若您方便，歡迎在亞馬遜商品頁面分享您的真實使用心得，不論優缺點，都能幫助其他使用者做出選擇。

祝 列印順利
Quillforge 團隊""", src="zh-tw/review-request")

# ---- 2b. filled-template: small agent edits (labels []) -------------------
R(FT, "en", [], ["edited", "greeting", "sign-off"], "en/bed-levelling: greeting changed to 'Good morning', sign-off changed to 'Cheers'", """\
Good morning Ms. Okafor,

Thank you for writing to us about order 115-0928374-6651209. An uneven first layer on the Q5 usually means the bed needs to be levelled again. Please try the following:

1. Heat the nozzle to 200 °C and the bed to 60 °C, then let both settle for two minutes.
2. Open Prepare > Level Bed on the printer screen and let the probe finish all points.
3. Slide a sheet of plain paper under the nozzle at each corner; you should feel a light drag.
4. Save the mesh, then print the single-layer test square from the sample folder on the card.

If the test square still shows gaps or ridges, reply with a photo of it and we will look at it together.

Cheers,
Marisol
Quillforge Support Team""", src="en/bed-levelling")

R(FT, "en", [], ["edited", "apology-line", "signature-role"], "en/first-layer: apology line added, signature with name and role", """\
Hi Gustavo,

Sorry to hear the first layer is not sticking on your Q5. I know it is frustrating when the very first prints fail. These are the checks that solve most cases:

- Wash the build plate with warm water and a drop of dish soap, then dry it with a clean paper towel.
- Do not touch the printing surface with bare fingers after cleaning.
- Lower the Z offset in small steps of 0.02 mm until the first lines look slightly flattened.
- Slow the first layer to 20 mm/s in QuillSlice under Speed > First layer.
- For PETG, raise the bed to 75 °C; for PLA, 60 °C is enough.

Let us know which of these made a difference, or send a photo of the first layer if none did.

Kind regards,
Marisol Ybarra
Senior Support Specialist, Quillforge""", src="en/first-layer")

R(FT, "en", [], ["edited", "rewrapped"], "en/nozzle-clog: hard-wrapped lines joined into normal paragraphs", """\
Dear Rosalind,

Thank you for the details about order 112-3049186-7720543. When the Q5 stops extruding partway through a print, a partial clog in the nozzle is the most likely cause. You can clear it without taking the hotend apart:

1. Heat the nozzle to 240 °C.
2. Push the thin cleaning needle from the tool pouch up through the nozzle tip three or four times.
3. Release the extruder lever, pull the filament out, and cut off the swollen end at an angle.
4. Load the filament again and extrude 50 mm by hand from the menu.

If the flow is still weak after this, the nozzle may need to be replaced; please reply and we will guide you through it.

Sincerely,
Kwame
Quillforge Customer Care""", src="en/nozzle-clog")

R(FT, "en", [], ["edited", "greeting", "thanks-line"], "en/filament-moisture: inline greeting split onto its own line, thanks line added at the end", """\
Hi Oleander,

Thank you for the photos of your prints. The stringing, popping sounds and rough surface you describe are typical of PLA that has absorbed moisture from the air. Please dry the spool at 55 °C for six hours in a filament dryer or an oven with an accurate thermostat, then store it in a sealed bag with the desiccant pack. After drying, print a small test part at the same settings and compare. If the problem stays the same, reply with the lot number printed on the side of the spool and we will check it for you.

Thanks again for the clear pictures, they made this much easier.

Teodor, Quillforge Support""", src="en/filament-moisture")

R(FT, "en", [], ["edited", "reworded"], "en/firmware-update: one sentence lightly reworded (profiles kept)", """\
Order: 113-8852017-1469302
Printer: Q5
Current firmware: 2.2.8

Hello Fitzgerald,

A firmware update fixes the issue you reported. To install it:

1. Open QuillSlice and go to Device > Firmware.
2. Select your printer and choose Download to SD card.
3. Insert the card into the powered-off printer, switch it on and wait until the screen shows the home menu. Do not switch it off during the update.
4. Check Settings > About to confirm the new version.

The update keeps your saved print profiles and your bed mesh.

Regards,
Teodor Brandt
Quillforge Support Team""", src="en/firmware-update")

R(FT, "en", [], ["edited", "logistics-line"], "en/warranty/claim-details: logistics sentence added about a prepaid return label", """\
Dear Mr. Delacroix-Mbeki,

We are sorry that your part-cooling fan has stopped working. It is covered by our warranty, and to process the claim for order 114-6610382-0957314 we need:

- a short video showing the fault,
- the serial number from the label on the back of the printer,
- a photo of the part-cooling fan from the side.

Please attach these to your reply in this message thread. Once we have reviewed them, we will confirm the next step within one business day. If the old fan has to come back to us, we will send a prepaid UPS return label in this thread.

Kind regards,
Kwame
Warranty Team, Quillforge""", src="en/warranty/claim-details")

R(FT, "en", [], ["edited", "logistics-line"], "en/missing-part: logistics sentence added about USPS delivery time", """\
Hello Beatrix,

We apologise that the PTFE tube cutter was missing from the box for order 115-7291640-2085537. We have arranged a replacement at no cost to you, and it will be sent as a separate package. It goes out with USPS tomorrow and usually arrives within three to five business days. You can keep using the printer in the meantime, except for any step that needs the PTFE tube cutter.

Thank you for your patience.

Marisol
Quillforge Support Team""", src="en/missing-part")

R(FT, "en", [], ["edited", "greeting", "thanks-line"], "en/damaged-on-arrival: greeting changed to 'Dear', thanks line added", """\
Dear Mr. Ashworth,

We are very sorry that your Q5 Pro arrived damaged. So that we can choose the right remedy, please reply with:

1. A photo of the outer shipping box, all sides if possible.
2. A close-up photo of the damaged area.
3. A short description of whether the printer powers on.

Please keep all the packaging until the case is closed. Thank you for telling us so quickly.

With apologies,
Teodor Brandt""", src="en/damaged-on-arrival")

R(FT, "en", [], ["edited", "sign-off", "reworded"], "en/slicer-profile: last sentence reworded, sign-off joined onto one line", """\
Hi Evangeline,

Here are the settings we recommend for PETG on the Q5 in QuillSlice:

Nozzle temperature: 235 °C (first layer 240 °C)
Bed temperature: 75 °C
Cooling fan: 40 %
Retraction: 0.8 mm at 35 mm/s
Print speed: 60 mm/s

Use Save as new profile and QuillSlice will keep these values for your next prints.

Happy printing, Kwame (Quillforge Support Team)""", src="en/slicer-profile")

R(FT, "en", [], ["edited", "greeting", "signature-role"], "en/review-request: greeting changed to 'Dear', signature with agent name added", """\
Dear Ms. Fairweather,

Thank you for your order 111-4406829-9312765. We hope the Q5 Pro is printing well for you. If you have a moment, would you share your experience with it in a review on Amazon? Honest comments of any kind help other makers choose the right printer.

Warm regards,
Teodor Brandt, Customer Care Lead
The Quillforge Team""", src="en/review-request")

R(FT, "zh", [], ["edited", "apology-line"], "zh/bed-levelling: apology line added", """\
郑先生您好：

关于订单 112-7730258-1146093，第一层不均匀通常是热床需要重新调平。给您带来不便，我们深表歉意。请按以下步骤操作：

1. 将喷嘴加热到200 °C、热床加热到60 °C，静置两分钟。
2. 在打印机屏幕上进入“准备 > 自动调平”，等待探针完成所有测点。
3. 在四个角分别将一张普通打印纸放在喷嘴下方，拉动时应感到轻微阻力。
4. 保存网格后，打印说明卡上的单层测试方块。

如果测试方块仍有缝隙或凸起，请回复一张照片，我们会继续协助您。

林晓雯
Quillforge 客服团队""", src="zh/bed-levelling")

R(FT, "zh", [], ["edited", "rewrapped"], "zh/nozzle-clog: dash list joined into one paragraph", """\
您好，何女士！感谢您提供的详细信息。Q5 打印中途不出料，多半是喷嘴部分堵塞，不需要拆开热端即可处理：将喷嘴加热到240 °C；用工具包里的通针从喷嘴口向上疏通三到四次；松开挤出机压杆，抽出耗材，把膨大的末端斜着剪掉；重新装入耗材，在菜单中手动挤出50毫米。如果出料仍然很弱，可能需要更换喷嘴，请回复我们，我们会一步步指导您。

祝好
林晓雯""", src="zh/nozzle-clog")

R(FT, "zh", [], ["edited", "signature-role"], "zh/filament-moisture: signature with name and role", """\
马俊杰您好：

感谢您发来的打印件照片。您描述的拉丝、噼啪声和表面粗糙，是PETG耗材吸潮的典型表现。建议您：

（1）用干燥箱在55 °C下烘干耗材六小时；
（2）烘干后与干燥剂一起装入密封袋保存；
（3）用相同参数打印一个小测试件进行对比。

如果问题依旧，请回复料盘侧面印的批号，我们会为您核查。

此致
陈宇航｜技术支持工程师
Quillforge 客服团队""", src="zh/filament-moisture")

R(FT, "zh", [], ["edited", "logistics-line"], "zh/missing-part: logistics sentence added (USPS, 3-5 working days, tracking to follow)", """\
高女士您好：

非常抱歉，订单 113-4418065-9901732 的包装中缺少料架支臂。我们已为您免费安排补发，配件会单独寄出。补发件将通过USPS寄出，预计三到五个工作日送达，运单号会在本对话中告知您。在此期间，除需要用到料架支臂的步骤外，打印机可以正常使用。

感谢您的耐心与理解。
陈宇航
Quillforge 客服团队""", src="zh/missing-part")

R(FT, "zh", [], ["edited", "reworded"], "zh/firmware-update: last sentence lightly reworded", """\
订单号：111-9063571-2284416
机型：Q5 Pro

邓先生您好：

您反馈的问题已在新版固件中修复。升级方法如下：
1. 打开 QuillSlice，进入“设备 > 固件”。
2. 选择您的打印机，点击“下载到SD卡”。
3. 关机状态下插入SD卡，开机后等待屏幕回到主菜单，升级过程中请勿断电。
4. 在“设置 > 关于”中确认版本号已更新。
升级后，您保存的打印配置和调平数据都会保留。

林晓雯
Quillforge 技术支持""", src="zh/firmware-update")

R(FT, "zh", [], ["edited", "greeting", "thanks-line", "traditional"], "zh-tw/first-layer: greeting changed, thanks line added", """\
蔡先生，午安：

很抱歉您的 Q5 Pro 第一層無法黏附在列印平台上。以下檢查可以解決大多數情況：

・用溫水和少量洗碗精清洗列印平台，再以乾淨的紙巾擦乾。
・清潔後請勿用手指直接觸碰列印面。
・以每次 0.02 mm 的幅度降低 Z 軸偏移，直到第一層線條略微壓扁。
・在 QuillSlice 的「速度 > 首層」中將首層速度降至 20 mm/s。

請告訴我們哪一項有幫助；若都沒有改善，歡迎回覆首層的照片。謝謝您耐心等候我們的回覆。

張書涵 敬上
Quillforge 客服團隊""", src="zh-tw/first-layer")

R(FT, "zh", [], ["edited", "logistics-line", "traditional"], "zh-tw/warranty-claim: logistics sentence added (prepaid return label)", """\
鄭雅婷 您好：

很遺憾您的熱床加熱片停止運作。此零件在保固範圍內，為了處理訂單 250-1187403-5526619 的保固申請，請在此訊息串中回覆：

1. 一段顯示故障情形的短片；
2. 3D 列印機背面標籤上的序號；
3. 熱床加熱片的側面照片。

收到後我們會在一個工作天內告知下一步。若需要寄回舊零件，我們會在此訊息串提供預付退貨標籤。

吳品萱
Quillforge 保固團隊""", src="zh-tw/warranty-claim")

R(FT, "zh", [], ["edited", "sign-off", "traditional"], "zh-tw/review-request: sign-off changed to a named agent", """\
謝小姐 您好：

感謝您購買 Q5 Pro（訂單 249-8820461-1073358）。若您方便，歡迎在亞馬遜商品頁面分享您的真實使用心得，不論優缺點，都能幫助其他使用者做出選擇。

張書涵 敬上
Quillforge 客服團隊""", src="zh-tw/review-request")

# ---- 2c. logistics (labels []) --------------------------------------------
LG = "logistics"

R(LG, "en", [], ["tracking"], "free-written: shipped, UPS tracking and delivery estimate", """\
Hi Renata,

Your order 113-6027745-8190326 left our warehouse yesterday afternoon with UPS. The tracking number is 1Z7W39E20396715584 and the carrier currently expects to deliver it on Thursday before end of day.

Best,
Marisol""")

R(LG, "en", [], ["delay"], "free-written: carrier delay after a storm, new delivery estimate", """\
Hello Mr. Pemberton,

I checked the shipment for order 112-9938104-4470216. The carrier's hub in Kansas City was closed for two days after the storm, so the package is running late. The new estimate is Monday the 14th. If it has not arrived by Wednesday the 16th, reply here and we will either send a second package or refund the order, whichever you prefer.

Sorry for the wait,
Teodor""")

R(LG, "en", [], ["address"], "free-written: shipping address corrected before dispatch", """\
Hi Callum,

No problem, the order had not been packed yet. I have changed the delivery address to 2184 Juniper Hollow Road, Unit B, Bozeman, MT, as written in your message, and removed the old one. The package will go out tomorrow to the new address.

Kwame, Quillforge Support""")

R(LG, "en", [], ["customs"], "free-written: Canadian import duties collected on delivery", """\
Dear Ms. Tremblay,

The package is now with the Canadian carrier after clearing customs in Mississauga. Import duties and sales tax of C$41.60 were assessed on entry, and the courier will collect them at the door. Please keep the receipt; if you return the item later, those charges can be claimed back from the border agency with the return paperwork.

Regards,
Marisol""")

R(LG, "en", [], ["return"], "free-written: how to start a return from Your Orders", """\
Hi Desmond,

You can send the order back within 30 days of delivery. Go to Your Orders on Amazon, pick order 114-3375019-6628441, choose Return or Replace Items and select the reason. Amazon will give you a prepaid label and a list of drop-off points. Please pack everything in the original carton if you still have it.

Thanks,
Teodor""")

R(LG, "en", [], ["refund"], "free-written: refund issued after the return was received", """\
Hello Mrs. Abernathy,

Your return reached our warehouse on March 12 and has been checked in. We issued the refund of $289.99 the same day to the card you paid with. Depending on your bank it can take three to five business days to show on your statement.

Kind regards,
Kwame""")

R(LG, "en", [], ["lost-package"], "free-written: marked delivered but not received", """\
Hi Marguerite,

The carrier shows the parcel as delivered at 2:41 pm on Friday, left at the front door. Sometimes drivers scan a package a little early or leave it with a neighbour or the building office, so please check there first. If it has not turned up by Tuesday, let us know in this thread and we will send a replacement package or refund you, as you prefer.

Best regards,
Marisol""")

R(LG, "en", [], ["split-shipment"], "free-written: order sent in two packages, second tracking number", """\
Hi Anselm,

Your order was too large for one carton, so it went out in two packages. The first one was delivered yesterday. The second one is with Amazon Logistics under tracking TBA304918275560 and should reach you on Saturday.

Teodor, Quillforge Support""")

R(LG, "en", [], ["cancellation"], "free-written: duplicate order cancelled at the buyer's request (judgement call: cancellation counted as logistics)", """\
Hello Ms. Kowalczyk,

As you asked, we cancelled the duplicate order 115-8816402-3350917 before it was packed. The original order 115-8816402-2207741 is unchanged and will ship as planned. No charge was taken for the cancelled one; any pending hold on your card will drop off within a few days.

Regards,
Kwame""")

R(LG, "en", [], ["address"], "free-written: carrier cannot deliver to a PO box", """\
Hi Ezekiel,

The carrier for this order cannot deliver to PO boxes, so the package is on hold at our warehouse. Could you reply with a street address where someone can receive it? As soon as we have it, we will update the label and send the parcel out the same day.

Thank you,
Marisol""")

R(LG, "en", [], ["return"], "free-written: return window and unopened items", """\
Hello Priscilla,

Your return window for order 112-0457738-9163820 stays open until June 14. Unopened items can be sent back for a full refund. Opened items are accepted too, as long as all the pieces are included. Start the return from Your Orders and Amazon will show you the label options.

Best wishes,
Teodor""")

R(LG, "en", [], ["refund", "return"], "free-written: partial refund because the returned box was incomplete", """\
Hi Leopold,

We received your return today. The carton was missing the power cable and the accessory box, so under the return conditions we refunded $212.40 instead of the full amount. If you still have those two items and send them back using the same return label, we will refund the remaining $37.59 once they arrive.

Regards,
Kwame""")

R(LG, "en", [], ["delivery"], "free-written: signature required on delivery, options to reschedule or hold", """\
Hi Solveig,

Because of the value of the package, UPS needs a signature on delivery. The driver left a notice on Tuesday and will try again tomorrow. If nobody will be home, you can ask UPS to hold it at a nearby access point or choose another delivery day with the tracking number 1Z4F62A80187402236 on their website or app.

Best,
Marisol""")

# near-misses: product, part or fault named, but only logistics in the reply
R(LG, "en", [], ["near-miss", "tracking"], "free-written: replacement nozzle shipped; names part and printer, logistics only", """\
Hi Rutger,

The replacement 0.4 mm hardened steel nozzle for your Q5 shipped this morning with USPS First-Class. The tracking number is 9400 1118 9922 3047 5816 20 and the estimated delivery date is Wednesday.

Best regards,
Teodor""")

R(LG, "en", [], ["near-miss", "return", "refund"], "free-written: bent build plate, return label and refund timing only", """\
Hello Ms. Sandoval,

I am sorry the PEI build plate arrived bent. We have added a prepaid return label to your order page: go to Your Orders, choose Return or Replace Items, and print the label. The refund of $34.99 goes out as soon as the carrier scans the package, usually within two business days of drop-off.

Kind regards,
Marisol""")

R(LG, "en", [], ["near-miss", "return"], "free-written: printer with grinding noise, packing and pickup only", """\
Hi Augustin,

Thanks for confirming you want to return the Q5 Pro that makes the grinding noise. UPS will pick it up from your address on Tuesday between 9 am and 5 pm. Please pack it in the original foam inserts, lock the print head with the orange clip, and tape the label over any old barcodes on the carton.

Thank you,
Kwame""")

R(LG, "en", [], ["near-miss", "refund"], "free-written: hotend with heater fault returned, refund processed", """\
Dear Mr. Oyelaran,

The hotend assembly you sent back for the heater fault arrived at our warehouse this morning. We have processed the refund of $46.50 to your original payment method; it should appear within three to five business days.

Regards,
Teodor""")

R(LG, "en", [], ["near-miss", "split-shipment"], "free-written: PLA spools in two colours ship from two warehouses", """\
Hi Cressida,

Your order of PLA spools is coming in two parcels because the colours are stocked in different warehouses. The four white spools are out for delivery today, and the two matte black spools leave our Reno warehouse tomorrow with tracking 1Z8V21K60342871190.

Best,
Marisol""")

R(LG, "en", [], ["near-miss", "tracking"], "free-written: spare SD card with firmware image mailed; names firmware, logistics only", """\
Hello Ignatius,

The spare SD card with the firmware image that you asked for went into the mail today in a padded envelope. It is travelling by USPS with tracking 9405 5036 9930 0148 2270 61, and it should reach you by Friday.

Kind regards,
Kwame""")

R(LG, "en", [], ["near-miss", "delivery", "return"], "free-written: carrier crushed the box, new unit shipped and return label (judgement call: transit damage remedy treated as logistics)", """\
Hi Florentina,

I am sorry the carrier crushed the carton and the frame of your Q5 arrived bent. A new unit left our warehouse today with UPS, tracking 1Z9A4F730312345678, and should reach you by Thursday. For the damaged printer, use the prepaid return label that is now on your order page; there is no rush, you have 30 days to drop it off.

Best regards,
Teodor""")

R(LG, "zh", [], ["tracking"], "自由撰写：已发货，USPS运单号与预计送达", """\
您好：

您的订单 114-7280953-0136647 已于今天上午通过USPS发出，运单号为 9400 1118 9922 6108 3375 42，预计本周五送达。

Quillforge 客服 林晓雯""")

R(LG, "zh", [], ["address"], "自由撰写：发货前已修改收货地址", """\
罗先生您好：

收到您的留言。订单尚未打包，我们已按您的要求把收货地址修改为新的地址，并删除了原地址。包裹将在明天发往新地址，发出后会把运单号发给您。

陈宇航""")

R(LG, "zh", [], ["refund"], "自由撰写：退货已签收，退款原路退回", """\
唐女士您好：

您寄回的退货包裹已于3月18日签收并完成入库检查。退款 159.99 美元已于当天原路退回至您的付款账户，一般三至五个工作日到账，请注意查收。

林晓雯
Quillforge 客服团队""")

R(LG, "zh", [], ["delay", "traditional"], "自由撰寫（繁體）：颱風造成配送延遲", """\
王先生 您好：

受颱風影響，物流中心暫停作業兩天，您的包裹預計會比原定時間晚三天送達。新的預計送達日為下週二。若到下週四仍未收到，請在此訊息串告訴我們，我們會為您重新寄送或辦理退款。

吳品萱""")

R(LG, "zh", [], ["return", "traditional"], "自由撰寫（繁體）：退貨流程與期限", """\
李小姐 您好：

您可以在收貨後 30 天內辦理退貨。請到亞馬遜的「我的訂單」選擇訂單 250-4471906-2208835，點選「退貨或更換商品」並選擇原因，系統會提供預付退貨標籤。寄回時請盡量使用原包裝紙箱。

張書涵 敬上""")

R(LG, "zh", [], ["near-miss", "tracking"], "自由撰写：补发的PEI平台已发出；提到配件，仅物流", """\
冯女士您好：

为您补发的PEI弹簧钢打印平台今天已经寄出，承运商为UPS，运单号 1Z6R77H50218830415，预计下周一送达。原来那块平台无需寄回。

陈宇航""")

R(LG, "zh", [], ["near-miss", "refund"], "自由撰写：因喷嘴堵塞退回的打印机已签收并退款；提到故障，仅物流", """\
韩先生您好：

您因喷嘴堵塞寄回的Q5打印机我们已经签收，退款 329.00 美元已按原支付方式退回，预计三到五个工作日到账。

林晓雯
Quillforge 客服团队""")

R(LG, "zh", [], ["near-miss", "customs"], "自由撰写：电源适配器申报导致清关延误；提到零件，仅物流", """\
曹女士您好：

您的Q5 Pro包裹目前在海关等待放行，原因是海关要求补充打印机电源的申报资料。我们已把商业发票提交给承运商，通常两个工作日内可以放行，放行后会继续派送。如果需要缴纳关税，快递员会在派送时与您联系。

陈宇航""")

R(LG, "zh", [], ["near-miss", "tracking", "traditional"], "自由撰寫（繁體）：補寄的噴嘴組已寄出；提到零件，僅物流", """\
周先生 您好：

為您補寄的 0.4 mm 黃銅噴嘴組已於今天寄出，由 DHL 配送，追蹤號碼為 JD014600007734219536，預計三個工作天內送達。

張書涵 敬上""")

R(LG, "mixed", [], ["tracking", "bilingual"], "free-written bilingual: tracking in English and Chinese", """\
Hi Wei,

Your order 112-2093384-7715062 shipped today with UPS, tracking 1Z5E08T90477160023, estimated delivery Tuesday.

您好，您的包裹今天已通过UPS发出，运单号同上，预计周二送达。

Marisol""")

R(LG, "mixed", [], ["return", "bilingual", "traditional"], "free-written bilingual: return label and drop-off", """\
Hello Mei-Lin,

The prepaid return label is now on your order page. Print it, attach it to the carton and drop it at any UPS Store within 30 days.

退貨標籤已放在您的訂單頁面，請列印後貼在紙箱上，30 天內送到任一 UPS 門市即可。

Teodor""")

R(LG, "mixed", [], ["near-miss", "tracking", "bilingual"], "free-written bilingual: replacement for a warped plate shipped; logistics only", """\
Hi Haoran,

The replacement build plate for the warped one shipped today with Amazon Logistics, tracking TBA311820467733. You do not need to send the warped plate back.

补发的打印平台今天已寄出，运单号见上方，变形的那块不用寄回。

Kwame""")

# ---- 2d. rewritten: free or heavily paraphrased non-logistics help --------
RW = "rewritten"

R(RW, "en", [TR], ["paraphrase", "levelling"], "en/bed-levelling: heavy paraphrase in the agent's own words", """\
Hey Nikolai,

From your photo it looks like the bed got knocked a little out of true on its way to you, which happens more than we'd like. Warm everything up first, since a cold bed sits slightly differently from a hot one. Then run the automatic probe routine from the Prepare menu and, once it finishes, do a quick paper check at the four corners. You want the paper to catch just a bit as you pull it. After that, the one-layer square on the sample card will tell you right away whether it worked.

Send me a picture of that square and we'll go from there.

Marisol""")

R(RW, "en", [TR], ["product-question"], "free-written: can the printer handle TPU (no template)", """\
Hi Benedikt,

Yes, the Q5 Pro can print flexible filament. Its direct drive extruder handles TPU of 95A hardness well. Keep the speed around 25 mm/s, turn retraction off or down to 0.5 mm, and print at about 225 °C with the bed at 50 °C. Softer grades than 95A tend to buckle in the extruder, so we would not recommend those. The standard Q5 with the Bowden tube is not a good match for TPU.

Kwame""")

R(RW, "en", [TR], ["product-question", "compatibility"], "free-written: nozzle compatibility with an older model (no template)", """\
Hello Mr. Vasquez-Thornton,

The hardened steel nozzles in that pack are made for the Q5 and Q5 Pro hotend only. Your older Q4 uses a shorter nozzle with a different thread, so they would screw in only part of the way and leak. For the Q4, the matching part is the Q4 nozzle set listed under the same brand.

Regards,
Teodor""")

R(RW, "en", [TR], ["warranty-decision"], "free-written: warranty approved, mainboard to be replaced", """\
Hi Temperance,

Thank you for the video, it shows the fault clearly: the mainboard resets as soon as the bed heater switches on. That is a hardware defect and it is covered by the warranty. We will replace the mainboard free of charge, and you do not need to send the old one back. Once the new board arrives, the swap takes about fifteen minutes and we will walk you through it.

Kind regards,
Marisol Ybarra
Senior Support Specialist""")

R(RW, "en", [TR], ["warranty-decision"], "free-written: warranty declined (brass nozzle worn by abrasive filament)", """\
Dear Mr. Quigley,

We looked at the photos of the nozzle. The opening is worn oval, which happens when glow-in-the-dark or carbon-fibre filament is run through the standard brass nozzle. The manual lists those materials as needing the hardened steel nozzle, so this wear is not covered by the warranty. The rest of the hotend looks healthy; a new nozzle should bring the print quality back.

Sincerely,
Teodor Brandt""")

R(RW, "en", [TR], ["troubleshooting"], "free-written: layer shifts, belt tension and pulley screw", """\
Hi Corentin,

Layer shifts along one direction are nearly always mechanical. Check the X belt first: pressed in the middle, it should feel like a firm guitar string, not floppy. Then look at the small grub screw on the X motor pulley; if it has worked loose, the pulley slips on the shaft. Tighten it against the flat side of the shaft. If both look fine, lower the travel speed in QuillSlice to 150 mm/s and try the print again.

Kwame""")

R(RW, "en", [TR], ["troubleshooting"], "free-written: rattling fan noise", """\
Hello Philippa,

A rattle that starts a few seconds after a print begins is usually the part-cooling fan touching a stray wire or a bit of filament. Turn the printer off, let the hotend cool, and look into the fan duct with a torch. Clearing anything inside or moving the cable tie back a few millimetres normally stops the noise. If the sound comes from the fan itself even when it is clean, tell us and we will look at that next.

Marisol""")

R(RW, "en", [TR], ["troubleshooting", "app"], "free-written: QuillSlice cannot find the printer on Wi-Fi", """\
Hi Lorcan,

The printer only joins 2.4 GHz networks, so if your router broadcasts one combined name for 2.4 and 5 GHz, the pairing can fail. Many routers let you split them for a few minutes. Put your phone on the 2.4 GHz network, open QuillSlice, tap Add device and hold the knob on the printer for three seconds until the screen shows the pairing code. After pairing you can merge the networks again.

Best,
Teodor""")

R(RW, "en", [TR], ["troubleshooting", "app"], "free-written: slicer crashes on startup on macOS", """\
Hello Anneliese,

The crash on startup comes from a damaged settings cache, which the last macOS update sometimes leaves behind. Quit QuillSlice, open the Library folder in your home directory, go to Application Support and rename the QuillSlice folder to QuillSlice-old. When you start the app again it rebuilds the cache. Your profiles are safe in the renamed folder if you want to copy them back.

Kwame""")

R(RW, "en", [TR], ["review-request", "free-wording"], "free-written neutral review request (no incentive, no condition); judgement call: not review-inducement but still not a template", """\
Hi Magnus,

Now that the printer has been running for a couple of weeks, it would be great if you could tell other shoppers what you think of it on the product page, whatever your impression is. It really helps people who are deciding between printers.

All the best,
Teodor""")

R(RW, "en", [TR], ["paraphrase", "first-layer"], "en/first-layer: heavy paraphrase, bullets dropped and advice reordered", """\
Hi Seraphina,

Most first-layer trouble on the Q5 comes down to the plate being slightly greasy or the nozzle sitting a touch too high. Give the plate a wash with dish soap and warm water, and after that hold it only by the edges. Then bring the nozzle down bit by bit, about two hundredths of a millimetre at a time, until the lines squash a little. Printing the first layer slowly and, for PETG, with a hotter bed of around 75 degrees also helps a lot.

Tell me how it goes,
Kwame""")

R(RW, "en", [TR], ["product-question"], "free-written: does ABS need an enclosure (no template)", """\
Hello Rafferty,

You can print ABS on the Q5 Pro, but it will warp and crack on anything bigger than a small bracket unless the printer is enclosed. An enclosure keeps the air around the part near 40 °C. Also make sure the room is ventilated, as ABS gives off a noticeable smell. For most functional parts, PETG gives similar strength with much less trouble.

Regards,
Marisol""")

R(RW, "en", [TR], ["product-question"], "free-written: 2.85 mm filament is not supported", """\
Hi Dashiell,

The Q5 takes 1.75 mm filament only. The extruder gears and the PTFE tube are sized for it, so the 2.85 mm spools you have would not feed. There is no conversion kit for this model.

Teodor""")

R(RW, "en", [TR], ["product-question"], "free-written: third-party spools on the spool holder", """\
Hello Ms. Achebe,

Other brands' spools fit the holder as long as the centre hole is at least 52 mm wide and the spool is no wider than 75 mm. Cardboard spools can shed fibres, so wipe the rim or wrap it with a layer of tape. The printer does not need any setting change for a different brand, only the temperatures from the spool label.

Kwame""")

R(RW, "en", [TR], ["care"], "free-written: build plate cleaning, no acetone on textured PEI", """\
Hi Barnaby,

Please do not use acetone on the textured plate; it dulls the PEI coating and prints stop sticking. Isopropyl alcohol on a lint-free cloth before each print is enough, and a wash with dish soap every couple of weeks removes the film that builds up. If a PETG part bonds too strongly, let the plate cool fully and flex it gently.

Marisol""")

R(RW, "zh", [TR], ["paraphrase", "levelling"], "zh/bed-levelling: 用自己的话重写", """\
钱先生您好：

看了您发来的照片，热床应该是在运输途中稍微偏了一点。建议您先把喷嘴和热床都加热，因为冷床和热床的状态会有差别。然后在菜单里重新跑一遍自动调平，完成后用一张纸在四个角试一下，感觉稍微有点阻力就对了。最后打一个单层小方块，看看是否均匀。

有结果后发张照片给我们。

林晓雯""")

R(RW, "zh", [TR], ["product-question"], "自由撰写：能否打印碳纤维耗材（无模板）", """\
您好：

Q5 可以打印碳纤维增强的 PLA 和 PETG，但必须先换上淬火钢喷嘴。碳纤维很磨损，原装的黄铜喷嘴几百克就会被磨大，出料会越来越不稳定。换好喷嘴后，把打印温度提高 5 到 10 度即可。

陈宇航""")

R(RW, "zh", [TR], ["warranty-decision"], "自由撰写：主板故障，同意保修更换", """\
袁先生您好：

感谢您提供的视频。从画面看，打印机在热床开始加热时会自动重启，这是主板的硬件故障，属于保修范围。我们会免费为您更换一块新主板，旧主板不需要寄回，到货后我们会一步步指导您更换。

林晓雯
Quillforge 技术支持""")

R(RW, "zh", [TR], ["slicer-settings"], "自由撰写：丝光PLA的切片参数建议", """\
您好，丝光PLA比普通PLA更容易拉丝，表面光泽也对温度很敏感。建议在 QuillSlice 里把喷嘴温度设为 215 度，打印速度降到 50 毫米每秒，外壁速度再低一些，回抽设为 1 毫米。这样表面会更亮，拉丝也会少很多。

陈宇航""")

R(RW, "zh", [TR], ["review-request", "free-wording"], "自由措辞的中性邀评（无条件、无奖励）；判断：不算诱导评价，但不是模板", """\
何先生您好：

这台打印机您用了一段时间了，如果愿意的话，可以到商品页面说说您的真实感受，不管是优点还是不足，对其他买家都很有参考价值。

Quillforge 团队""")

R(RW, "zh", [TR], ["troubleshooting", "traditional"], "自由撰寫（繁體）：熱床溫度不穩", """\
吳先生 您好：

熱床溫度上下跳動，通常是熱敏電阻的接頭鬆了。請關機後把列印平台移到最前方，檢查熱床下方的白色小接頭是否完全插緊。如果接頭正常，請在設定中執行一次「熱床 PID 校正」，完成後儲存設定再試一次。

張書涵 敬上""")

R(RW, "zh", [TR], ["warranty-decision", "traditional"], "自由撰寫（繁體）：保固不受理（人為損壞）", """\
林小姐 您好：

感謝您提供照片。照片中熱端的排線被拉斷，屬於外力造成的損壞，很遺憾不在保固範圍內。熱端其他部分看起來正常，只要更換排線即可恢復使用。

吳品萱
Quillforge 保固團隊""")

R(RW, "zh", [TR], ["product-question", "traditional"], "自由撰寫（繁體）：其他品牌耗材是否相容", """\
您好：

Q5 可以使用其他品牌的 1.75 mm 耗材，不需要更改機器設定，只要依照耗材標籤上的建議溫度調整即可。料盤中心孔需大於 52 mm 才能放上原廠料架。

張書涵 敬上""")

R(RW, "mixed", [TR], ["troubleshooting", "bilingual"], "free-written bilingual troubleshooting: under-extrusion", """\
Hi Xiaoyu,

The thin, gappy walls in your photo point to under-extrusion. Please check that the extruder tension screw is not too loose and that the spool turns freely on the holder.

另外，请在 QuillSlice 里把流量从 95% 调回 100%，再打印一次测试件。

Marisol""")

R(RW, "mixed", [TR], ["slicer-settings", "bilingual"], "自由撰写：中文说明加英文参数块", """\
您好，以下是我们建议的 PETG 首层参数：

First layer height: 0.25 mm
First layer speed: 20 mm/s
Bed temperature: 80 °C
These values are for the standard 0.4 mm nozzle, so keep the rest of your profile as it is.

设置完成后请另存为新配置。

Kwame""")

R(RW, "mixed", [TR], ["warranty-decision", "bilingual"], "free-written bilingual warranty decision: extruder motor replaced", """\
Hello Mr. Zhang,

We reviewed your video and the extruder motor is faulty. It is covered by the warranty and we will replace it at no cost.

张先生您好，挤出电机确认故障，在保修范围内，我们会免费为您更换。

Teodor Brandt""")

# ---- 2e. mixed-logistics: logistics plus free advice or a decision --------
ML = "mixed-logistics"

R(ML, "en", [TR], ["tracking", "advice"], "free-written: tracking plus Z-offset advice", """\
Hi Thomasina,

Your order shipped today with UPS, tracking 1Z3H90R40129937751, and should arrive on Friday. Until then, if the old plate keeps lifting at the corners, lower the Z offset by 0.05 mm and slow the first layer to 20 mm/s; that usually gets it to stick.

Best,
Marisol""")

R(ML, "en", [TR], ["shipping", "advice"], "free-written: replacement plate ships tomorrow plus cleaning advice", """\
Hello Mr. Grieve,

The replacement build plate ships tomorrow morning from our Reno warehouse. In the meantime, wipe your current plate with isopropyl alcohol before each print and avoid touching the surface; many adhesion problems go away with just that.

Regards,
Teodor""")

R(ML, "en", [TR], ["return", "advice"], "free-written: return label plus a suggestion to try a firmware version first", """\
Hi Octavia,

I have put a prepaid return label on your order page, so you can send the printer back whenever you like. Before you pack it, though, it may be worth installing firmware 2.3.2: it fixes the false heating-error alarm that stops prints after about an hour, which sounds exactly like what you describe.

Kwame""")

R(ML, "en", [TR], ["delay", "advice"], "free-written: delivery delay plus filament drying advice", """\
Hello Lysander,

The new spools are delayed at the carrier and should now arrive on Wednesday. Meanwhile, the stringing on your current spool is probably moisture: an hour or two in a filament dryer at 50 °C often makes it printable again.

Marisol""")

R(ML, "en", [TR], ["refund", "warranty-decision"], "free-written: return refund confirmed plus a warranty decision on a second printer", """\
Dear Ms. Harrowgate,

The refund for the returned spool holder went back to your card this morning. About your second printer: the part-cooling fan that stopped is covered by the warranty, and we will replace it without charge.

Kind regards,
Teodor Brandt""")

R(ML, "en", [TR], ["address", "advice"], "free-written: address updated plus nozzle recommendation for PETG-CF", """\
Hi Wendeline,

I have updated the shipping address on order 113-2250874-6691043 to your office. One more thing since you mentioned PETG-CF: use the 0.6 mm hardened nozzle for it; the 0.4 mm one clogs easily with carbon-filled filament.

Best regards,
Kwame""")

R(ML, "en", [TR], ["customs", "advice"], "free-written: customs release plus power-supply voltage advice", """\
Hello Mr. Lindahl,

Customs released the parcel this morning and the courier will deliver it tomorrow. Before you switch the printer on, please check the red switch on the power supply: it must be set to 230 V for your mains, otherwise the printer will not start.

Regards,
Marisol""")

R(ML, "en", [TR], ["delivery", "advice"], "free-written: delivered plus unpacking advice about transport screws", """\
Hi Galen,

The tracking shows your printer was delivered at noon. When you unpack it, remove the three red transport screws under the bed before you power it on; if they stay in, the bed cannot move and the levelling will fail.

Teodor""")

R(ML, "en", [TR], ["return", "advice"], "free-written: filament return plus advice on other brands' PLA", """\
Hello Imogen,

You can return the unopened spools from Your Orders within 30 days. If you decide to keep printing with the other brand's PLA you already have, it works fine on the Q5; just set the nozzle about 5 °C hotter than on our spools.

Kwame""")

R(ML, "en", [TR], ["split-shipment", "warranty-decision"], "free-written: split shipment plus a warranty decision on a worn nozzle", """\
Hi Percival,

Your order is coming in two boxes; the second one leaves our warehouse on Monday. As for the nozzle that wore out after two weeks, we will cover it under the warranty this time, even though it was used with glow-in-the-dark filament.

Marisol""")

R(ML, "zh", [TR], ["tracking", "advice"], "自由撰写：运单号加降低打印速度的建议", """\
您好：

您的订单已通过UPS发出，运单号 1Z2K55M70364412908，预计周四送达。另外，您提到的模型表面波纹，可以先把外壁速度降到 40 毫米每秒试试，通常会明显改善。

林晓雯""")

R(ML, "zh", [TR], ["refund", "warranty-decision"], "自由撰写：退货退款加保修判定", """\
于女士您好：

您寄回的料架已签收，退款已原路退回。关于您另外反馈的热床加热慢的问题，经过我们判断属于保修范围，我们会为您免费更换热床加热片。

陈宇航""")

R(ML, "zh", [TR], ["shipping", "advice"], "自由撰写：补发已寄出，加更换喷嘴前先冷拔的建议", """\
潘先生您好：

补发的喷嘴今天已寄出，预计三天内送达。在新喷嘴到货前，您可以先试一下冷拔：把喷嘴加热到 220 度送入一段耗材，再降温到 90 度左右用力拔出，往往能把残留的杂质一起带出来。

林晓雯""")

R(ML, "zh", [TR], ["delivery", "advice", "traditional"], "自由撰寫（繁體）：配送資訊加平台調平建議", """\
蘇先生 您好：

您的包裹已交由宅配，預計明天下午送達。收到後第一次使用前，建議先把熱床加熱到 60 度再執行自動調平，這樣調平結果會更準確。

張書涵 敬上""")

R(ML, "zh", [TR], ["return", "advice", "traditional"], "自由撰寫（繁體）：退貨說明加韌體建議", """\
楊小姐 您好：

退貨標籤已放在您的訂單頁面，30 天內寄回即可。不過在寄回前，建議您先將韌體更新到 2.3.2 版，這個版本修正了列印一小時後誤報加熱錯誤的問題，可能就是您遇到的狀況。

吳品萱""")

R(ML, "mixed", [TR], ["tracking", "advice", "bilingual"], "free-written bilingual: tracking in English, retraction advice in Chinese", """\
Hi Jiayi,

Your PETG spools shipped today, tracking TBA309975521048, arriving Saturday.

另外，PETG 拉丝的话，可以把回抽距离调到 0.8 毫米，喷嘴温度降低 5 度。

Teodor""")

# ---- 2f. violating: content-policy breaches (template-required decided per
#          the reading in README judgement call 1) ---------------------------
VI = "violating"

R(VI, "en", [OFF, TR], ["free-written", "email"], "free-written levelling help that sends the buyer to an outside e-mail address", """\
Hi Casimir,

Sorry the auto-levelling keeps failing at the back right corner. That usually means the probe is picking up a screw head under the plate. Lift the plate off, check nothing is stuck to the magnetic base, and run the routine again. If it still fails, email our tech lead directly at tomas.reyes@quillforge-help.net with a video and he will sort it out faster than Amazon messages.

Marisol""")

R(VI, "en", [RI, TR], ["free-written", "five-star"], "free-written clog help that ends with a five-star request", """\
Hi Rosamund,

Glad the cold pull cleared the nozzle! Going forward, keep the spool sealed when you are not printing and the clog should not come back. If we helped you out, we would really appreciate a 5-star review, it makes a huge difference for a small brand like ours.

Kwame""")

R(VI, "en", [MKT, OFF], ["on-template", "coupon", "url"], "en/nozzle-clog: plain fill plus a P.S. with a discount code and an outside shop domain (judgement call 2: close template match, so no template-required)", """\
Dear Mr. Abernethy,

Thank you for the details about order 115-2290715-6683041. When the Q5
stops extruding partway through a print, a partial clog in the nozzle
is the most likely cause. You can clear it without taking the hotend
apart:

1. Heat the nozzle to 240 °C.
2. Push the thin cleaning needle from the tool pouch up through the
   nozzle tip three or four times.
3. Release the extruder lever, pull the filament out, and cut off the
   swollen end at an angle.
4. Load the filament again and extrude 50 mm by hand from the menu.

If the flow is still weak after this, the nozzle may need to be
replaced; please reply and we will guide you through it.

Sincerely,
Teodor Brandt
Quillforge Customer Care

P.S. Spare nozzles are 20% off this month with code NOZZLE20 at quillforge3d.shop.""", src="en/nozzle-clog")

R(VI, "en", [RI], ["on-template", "incentive"], "en/review-request: plain fill plus an offer of a free spool for the review (judgement call 2)", """\
Hello Evander,

Thank you for your order 112-8830461-5590274. We hope the Q5 is printing well for you. If you have a moment, would you share your experience with it in a review on Amazon? Honest comments of any kind help other makers choose the right printer. As a small thank-you, we will send you a free spool of PLA once your review is posted.

Best wishes,
The Quillforge Team""", src="en/review-request")

R(VI, "en", [MKT, TR], ["on-logistics", "new-product"], "free-written tracking reply plus a new-model preorder discount (judgement call 3: marketing is non-logistics content)", """\
Hi Maximilian,

Your spools are out for delivery today with UPS, tracking 1Z0P44D10293358867. Also, our new Q6 launches next month, and Q5 owners get 30% off the preorder. Reply to this message if you want us to reserve one for you.

Marisol""")

R(VI, "en", [OFF], ["on-logistics", "phone"], "free-written delivery reply plus a direct phone number (judgement call 4: still only logistics, so no template-required)", """\
Hi Genevieve,

The second delivery attempt is scheduled for tomorrow between 10 am and 2 pm with UPS, tracking 1Z1T06W70418825529. If the driver misses you again, just text me directly at (415) 555-0139 and I will arrange a pickup point for you.

Kwame""")

R(VI, "en", [RI, TR], ["free-written", "remove-review"], "free-written warranty resolution that asks the buyer to remove a one-star review", """\
Dear Mr. Blackwood,

We are sorry the hotend failed after a week. We will replace the whole hotend assembly under warranty, and it will ship this week. Since the issue is now resolved, could you please remove the 1-star review you posted on the product page?

Teodor Brandt""")

R(VI, "en", [RI, TR], ["on-logistics", "gating"], "free-written tracking reply plus review gating (contact us before leaving a review)", """\
Hello Anastasia,

Your printer shipped today with UPS, tracking 1Z6Y12N30255590146, and should arrive on Monday. If anything is not perfect when it arrives, please message us before leaving a review so we can make it right first.

Marisol""")

R(VI, "zh", [RI, TR], ["free-written", "cashback"], "自由撰写：问题解决后要求好评返现", """\
您好，很高兴热床调平的问题已经解决了！如果您愿意在亚马逊给我们五星好评，留评后把截图发给我们，我们会返现 10 美元作为感谢。

林晓雯""")

R(VI, "zh", [OFF, TR], ["free-written", "wechat"], "自由撰写：喷嘴更换指导加微信联系", """\
吕先生您好：

更换喷嘴时需要在热端加热到 240 度的状态下拧下旧喷嘴，注意戴手套。步骤比较多，文字不好说明，您可以加我的微信 quillforge_lin88，我把操作视频直接发给您。

林晓雯""")

R(VI, "zh", [MKT], ["on-template", "promotion"], "zh/filament-moisture: plain fill plus a buy-three-get-one promotion (judgement call 2)", """\
任女士您好：

感谢您发来的打印件照片。您描述的拉丝、噼啪声和表面粗糙，是PETG耗材吸潮的典型表现。建议您：

（1）用干燥箱在55 °C下烘干耗材六小时；
（2）烘干后与干燥剂一起装入密封袋保存；
（3）用相同参数打印一个小测试件进行对比。

如果问题依旧，请回复料盘侧面印的批号，我们会为您核查。另外，本周店铺耗材买三送一，欢迎选购。

此致
陈宇航""", src="zh/filament-moisture")

R(VI, "zh", [RI], ["on-template", "five-star", "traditional"], "zh-tw/damaged-on-arrival: plain fill plus a gated five-star request (judgement call 2)", """\
鍾小姐 您好：

非常抱歉，您的 Q5 送達時已經損壞。為了安排合適的處理方式，請回覆以下資料：
一、外箱各面的照片；
二、損壞部位的特寫照片；
三、機器是否能夠開機。
在案件結束前，請保留所有包裝材料。若您滿意我們的處理結果，麻煩給我們五星好評。

再次致歉，
吳品萱""", src="zh-tw/damaged-on-arrival")

R(VI, "zh", [RI, TR], ["on-logistics", "cashback"], "自由撰写：物流回复附带留评截图返现（判断3）", """\
您好：

您的包裹已通过USPS发出，运单号 9400 1118 9922 7781 0026 53，预计下周一送达。收到后如果方便留评，把评论截图发给我们，我们会返还 15 美元。

陈宇航""")

R(VI, "mixed", [OFF, TR], ["free-written", "social", "bilingual"], "free-written bilingual tips that invite the buyer to a Facebook group and a Telegram group", """\
Hi Zhiwei,

The ripples on the sides of your print come from the outer walls being printed too fast; set the outer wall speed to 40 mm/s and they should smooth out. For more tuning tips like this, join our Facebook group Quillforge Makers Circle, where our engineers post settings every week.

中文用户也可以加入我们的 Telegram 群 @quillforge_cn，有问题直接在群里问。

Teodor""")

R(VI, "en", [OFF], ["on-template", "signature", "social"], "en/first-layer: plain fill with an Instagram handle added to the signature (judgement call 2)", """\
Hi Clementine,

Sorry to hear the first layer is not sticking on your Q5. These are the checks that solve most cases:

- Wash the build plate with warm water and a drop of dish soap, then dry it with a clean paper towel.
- Do not touch the printing surface with bare fingers after cleaning.
- Lower the Z offset in small steps of 0.02 mm until the first lines look slightly flattened.
- Slow the first layer to 20 mm/s in QuillSlice under Speed > First layer.
- For PETG, raise the bed to 75 °C; for PLA, 60 °C is enough.

Let us know which of these made a difference, or send a photo of the first layer if none did.

Kind regards,
Kwame
Instagram: @quillforge.prints""", src="en/first-layer")


# ---------------------------------------------------------------------------
# 3. Self-checks
# ---------------------------------------------------------------------------
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT_POLICIES = {RI, OFF, MKT}
CATEGORIES = [FT, LG, RW, ML, VI]
LANGS = {"en", "zh", "mixed"}
PLACEHOLDERS = {"buyer_name", "order_id", "model", "part", "agent_name",
                "filament_type", "firmware_version"}
TARGETS = {FT: (40, 44), LG: (30, 34), RW: (24, 28), ML: (14, 18), VI: (12, 16)}
EDITED_MIN_SIMILARITY = 0.70   # difflib ratio, edited fill vs template text
PARAPHRASE_MAX_SIMILARITY = 0.55  # heavy paraphrase vs the template it retells
INVENTED_DOMAINS = {"quillforge-help.net", "quillforge3d.shop"}

# Simplified -> Traditional pairs used when OpenCC is missing (and always, as a
# second opinion).  Only characters that are clearly one script or the other.
SIMP_TRAD_PAIRS = (
    "这這个個们們为為来來时時说說国國会會对對过過发發点點开開关關问問题題动動"
    "机機经經现現与與从從还還进進样樣长長门門间間实實种種应應没沒见見话話东東"
    "车車电電热熱层層线線购購买買卖賣订訂单單号號务務质質码碼纸紙张張边邊带帶"
    "节節温溫湿濕设設备備软軟连連联聯络絡费費贵貴钱錢邮郵递遞运運输輸货貨装裝"
    "损損坏壞换換补補双雙旧舊闻聞愿願谢謝请請让讓认認识識议議论論评評价價变變"
    "调調试試该該称稱钢鋼铁鐵针針头頭亚亞马馬逊遜页頁顾顧帮幫尽盡处處确確则則"
    "录錄载載转轉数數检檢测測网網区區围圍办辦历歷纪紀员員团團队隊满滿觉覺导導"
    "缝縫喷噴挤擠压壓盘盤侧側级級统統择擇击擊状狀态態断斷齐齊适適宽寬广廣场場"
    "书書纤纖维維黄黃铜銅颗顆阶階轴軸图圖传傳达達详詳细細稳穩风風声聲响響丝絲"
    "虑慮华華湾灣宝寶贝貝优優际際验驗绍紹结結选選准準账賬汇匯总總额額银銀顺順"
    "礼禮红紅删刪众眾专專业業难難闭閉尔爾怀懷属屬伤傷锁鎖链鏈拧擰紧緊脑腦缆纜"
    "灯燈炉爐烧燒烫燙护護卫衛苏蘇杨楊郑鄭邓鄧赵趙刘劉陈陳吴吳许許钟鍾冯馮韩韓"
    "罗羅叶葉孙孫误誤获獲讯訊递遞现現类類确確视視频頻镜鏡锈鏽径徑轮輪须須"
)
SIMP_ONLY = set(SIMP_TRAD_PAIRS[0::2])
TRAD_ONLY = set(SIMP_TRAD_PAIRS[1::2])
assert len(SIMP_TRAD_PAIRS) % 2 == 0 and not (SIMP_ONLY & TRAD_ONLY)
# characters OpenCC's s2t changes although they are ordinary in Taiwan usage
TRAD_ALLOWED = set("台床")

try:  # opencc-python-reimplemented / opencc: optional, stronger check
    from opencc import OpenCC
    _T2S, _S2T = OpenCC("t2s"), OpenCC("s2t")
except Exception:  # pragma: no cover
    _T2S = _S2T = None


def is_cjk(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def traditional_chars(text):
    """Characters that belong to Traditional, not Simplified, writing."""
    bad = {c for c in text if c in TRAD_ONLY}
    if _T2S:
        bad |= {c for c in text if is_cjk(c) and _T2S.convert(c) != c}
    return sorted(bad)


def simplified_chars(text):
    """Characters that belong to Simplified, not Traditional, writing."""
    bad = {c for c in text if c in SIMP_ONLY}
    if _S2T:
        bad |= {c for c in text if is_cjk(c) and _S2T.convert(c) != c
                and _T2S.convert(c) == c and c not in TRAD_ALLOWED}
    return sorted(bad)


URL_RE = re.compile(r"https?://|www\.|\b[a-z0-9-]+\.(?:com|net|org|io|shop|store|co|cn|tw|me|ly)\b", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+\s*(?:@|＠|\(at\)|\[at\])\s*[\w-]+\s*(?:\.|\(dot\)|\[dot\])\s*\w+", re.I)
PHONE_RE = re.compile(r"(?<![\d-])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}(?![\d-])|(?<!\d)1[3-9]\d{9}(?!\d)")
HANDLE_RE = re.compile(r"(?<![\w.])@[A-Za-z_][\w.]{2,}")
IM_RE = re.compile(r"whatsapp|wechat|weixin|telegram|instagram|facebook|\bline id\b|\bskype\b|微信|薇信|电报|電報|脸书|臉書", re.I)
MKT_RE = re.compile(r"\bcoupon|\bvoucher|\bpromo|\bdiscount|\d+\s*%\s*off|\bcode [A-Z0-9]{4,}|pre-?order|"
                    r"launch|new arrivals|buy \w+ get|买.送.|買.送.|优惠|優惠|折扣|上新|欢迎选购|歡迎選購", re.I)
RI_RE = re.compile(r"\b5[- ]star|five[- ]star|★|⭐|\bstars?\b|\brating\b|remove (?:the |your )?(?:\S+ )?review|"
                   r"before leaving a review|free \w+ (?:of \w+ )?once your review|in exchange for|"
                   r"五星|好评|好評|返现|返現|返还|返還|留评|留評|删评|差评|差評|晒图", re.I)
GIFT_RE = re.compile(r"\bgift|\bfree (?:spool|sample|accessor)|礼品|禮品|礼物|禮物|红包|紅包|赠送|贈送", re.I)
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")


def template_regex(tpl):
    """Regex that a plain fill of tpl must match (placeholders = short text)."""
    parts, seen, pos = [], set(), 0
    for m in PH_RE.finditer(tpl):
        parts.append(re.escape(tpl[pos:m.start()]))
        name = m.group(1)
        parts.append("(?P=%s)" % name if name in seen else "(?P<%s>[^\n]+?)" % name)
        seen.add(name)
        pos = m.end()
    parts.append(re.escape(tpl[pos:]))
    return re.compile("".join(parts), re.S)


def similarity(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def best_fill_similarity(tpl, text):
    """Similarity of text to tpl after filling tpl's placeholders with text's values.

    Values are taken from the longest fill-prefix match; fallback: placeholders
    removed."""
    stripped = PH_RE.sub("", tpl).strip()
    return max(similarity(stripped, text), similarity(tpl.strip(), text))


def run_checks(records):
    errors = []
    err = errors.append

    # -- templates ----------------------------------------------------------
    ids = list(TEMPLATES)
    if len(ids) != len(set(ids)) or len({i.lower() for i in ids}) != len(ids):
        err("template ids not unique")
    langs = Counter(i.split("/")[0] for i in ids)
    if len(ids) != 20 or langs != Counter({"en": 10, "zh": 6, "zh-tw": 4}):
        err("template counts wrong: %s" % dict(langs))
    if set(TEMPLATE_TOPICS) != set(TEMPLATES):
        err("TEMPLATE_TOPICS out of sync with TEMPLATES")
    for tid, tpl in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)(/[a-z0-9-]+)+", tid):
            err("%s: bad template id" % tid)
        names = PH_RE.findall(tpl)
        if not names:
            err("%s: no placeholder" % tid)
        if set(names) - PLACEHOLDERS:
            err("%s: unknown placeholders %s" % (tid, set(names) - PLACEHOLDERS))
        if PH_RE.sub("", tpl).count("{") or PH_RE.sub("", tpl).count("}"):
            err("%s: stray brace" % tid)
        for rx, what in ((URL_RE, "link"), (EMAIL_RE, "e-mail"), (PHONE_RE, "phone-like digits"),
                         (HANDLE_RE, "handle"), (IM_RE, "messaging app"), (MKT_RE, "marketing"),
                         (RI_RE, "rating/star/review incentive"), (GIFT_RE, "gift"),
                         (EMOJI_RE, "emoji")):
            m = rx.search(tpl)
            if m:
                err("%s: template contains %s: %r" % (tid, what, m.group(0)))
        if re.search(r"\d{7,}", tpl):
            err("%s: long digit run" % tid)
        cjk = [c for c in tpl if is_cjk(c)]
        if tid.startswith("en/") and cjk:
            err("%s: CJK in an English template" % tid)
        if tid.startswith("zh/"):
            if not cjk:
                err("%s: no Chinese" % tid)
            if traditional_chars(tpl):
                err("%s: Traditional characters in a zh template: %s" % (tid, traditional_chars(tpl)))
        if tid.startswith("zh-tw/"):
            if not cjk:
                err("%s: no Chinese" % tid)
            if simplified_chars(tpl):
                err("%s: Simplified characters in a zh-tw template: %s" % (tid, simplified_chars(tpl)))
        if not tpl.endswith("\n") or "\n\n\n" in tpl or "\t" in tpl:
            err("%s: layout (final newline / triple break / tab)" % tid)

    # -- replies ------------------------------------------------------------
    seen_ids, seen_texts, order_owner = set(), set(), {}
    used_templates = set()
    for i, (rec, meta) in enumerate(records, 1):
        rid = rec["id"]
        where = "%s (%s)" % (rid, meta["note"][:50])
        if rid != "t27-%03d" % i:
            err("%s: id not sequential" % rid)
        if rid in seen_ids:
            err("%s: duplicate id" % rid)
        seen_ids.add(rid)
        if set(rec) != {"id", "text", "labels", "lang", "tags", "note", "context"}:
            err("%s: wrong fields %s" % (where, sorted(rec)))
        text, labels, tags = rec["text"], rec["labels"], rec["tags"]
        if not isinstance(text, str) or not text.strip() or text != text.strip():
            err("%s: empty or untrimmed text" % where)
        if text in seen_texts:
            err("%s: duplicate text" % where)
        seen_texts.add(text)
        if rec["context"] != "reply":
            err("%s: context" % where)
        if not rec["note"].strip():
            err("%s: empty note" % where)
        if not isinstance(labels, list) or len(labels) != len(set(labels)) or set(labels) - POLICIES:
            err("%s: invalid labels %r" % (where, labels))
        if rec["lang"] not in LANGS:
            err("%s: invalid lang" % where)
        cat = tags[0] if tags else None
        if cat not in CATEGORIES:
            err("%s: tags[0] is not a category" % where)
        if len(tags) != len(set(tags)):
            err("%s: duplicate tags" % where)
        if "{{" in text or "}}" in text:
            err("%s: unfilled placeholder" % where)
        if EMOJI_RE.search(text):
            err("%s: emoji" % where)
        if "\n\n\n" in text:
            err("%s: more than one blank line" % where)

        # category -> label rules
        lab = set(labels)
        if cat in (FT, LG) and lab:
            err("%s: %s must have labels []" % (where, cat))
        if cat in (RW, ML) and lab != {TR}:
            err("%s: %s must have labels [template-required]" % (where, cat))
        if cat == VI and not (lab & CONTENT_POLICIES):
            err("%s: violating reply without a content policy" % where)
        if lab & {"review-request-limit", "response-time"}:
            err("%s: per-order/archive policy cannot be decided from one reply" % where)

        # language and script
        cjk = [c for c in text if is_cjk(c)]
        lines = [l for l in text.splitlines() if l.strip()]
        en_lines = [l for l in lines if not any(is_cjk(c) for c in l)
                    and len(re.findall(r"[A-Za-z]{2,}", l)) >= 6]
        zh_lines = [l for l in lines if sum(is_cjk(c) for c in l) >= 10]
        if rec["lang"] == "en" and cjk:
            err("%s: CJK in an en reply" % where)
        if rec["lang"] == "zh" and (not zh_lines or en_lines):
            err("%s: zh reply should be Chinese prose (en lines: %r)" % (where, en_lines[:1]))
        if rec["lang"] == "mixed" and not (zh_lines and en_lines):
            err("%s: mixed reply needs an English and a Chinese line" % where)
        if "traditional" in tags:
            if rec["lang"] == "en":
                err("%s: traditional tag on an en reply" % where)
            if simplified_chars(text):
                err("%s: Simplified characters in a Traditional reply: %s" % (where, simplified_chars(text)))
        elif cjk and traditional_chars(text):
            err("%s: Traditional characters without the traditional tag: %s" % (where, traditional_chars(text)))

        # template provenance
        src = meta["src"]
        if cat == FT and not src:
            err("%s: filled-template without a source template" % where)
        if src:
            if src not in TEMPLATES:
                err("%s: unknown source template %s" % (where, src))
                continue
            if not rec["note"].startswith(src + ":"):
                err("%s: note must start with the template id" % where)
            if src.startswith("zh-tw/") != ("traditional" in tags):
                err("%s: zh-tw template <-> traditional tag mismatch" % where)
            if src.startswith("en/") != (rec["lang"] == "en"):
                err("%s: template language differs from reply language" % where)
            used_templates.add(src) if cat == FT else None
            m = template_regex(TEMPLATES[src].strip()).fullmatch(text)
            meta["similarity"] = round(best_fill_similarity(TEMPLATES[src], text), 3)
            if cat == FT and "plain" in tags:
                if not m:
                    err("%s: plain fill does not match %s exactly" % (where, src))
                else:
                    vals = m.groupdict()
                    if "long-value" in tags and max(len(v) for v in vals.values()) < 100:
                        err("%s: long-value tag but no value of 100+ characters" % where)
                    if "two-orders" in tags and len(ORDER_RE.findall(vals.get("order_id", ""))) != 2:
                        err("%s: two-orders tag but the order slot lacks two ids" % where)
            else:
                if m:
                    err("%s: tagged as edited/extended but matches the template exactly" % where)
                if meta["similarity"] < EDITED_MIN_SIMILARITY:
                    err("%s: too far from %s (similarity %.2f)" % (where, src, meta["similarity"]))
        elif "paraphrase" in tags:
            ptid = rec["note"].split(":")[0]
            if ptid not in TEMPLATES:
                err("%s: paraphrase note must start with the retold template id" % where)
            else:
                meta["similarity"] = round(best_fill_similarity(TEMPLATES[ptid], text), 3)
                meta["src"] = ptid
                if meta["similarity"] > PARAPHRASE_MAX_SIMILARITY:
                    err("%s: paraphrase too close to %s (%.2f)" % (where, ptid, meta["similarity"]))
        elif cat in (RW, ML, VI, LG):
            # free text must not accidentally be a template fill
            for tid, tpl in TEMPLATES.items():
                if template_regex(tpl.strip()).fullmatch(text):
                    err("%s: free-written reply matches template %s" % (where, tid))

        # content cleanliness, tied to the labels
        off_hits = [rx.search(text).group(0) for rx in (URL_RE, EMAIL_RE, PHONE_RE, HANDLE_RE, IM_RE)
                    if rx.search(text)]
        mkt_hits = [m.group(0) for m in MKT_RE.finditer(text)]
        ri_hits = [m.group(0) for m in RI_RE.finditer(text)] + [m.group(0) for m in GIFT_RE.finditer(text)]
        if OFF in lab and not off_hits:
            err("%s: labelled off-platform-contact but no link/e-mail/phone/handle found" % where)
        if OFF not in lab and off_hits:
            err("%s: unlabelled off-platform content %r" % (where, off_hits))
        if MKT in lab and not mkt_hits:
            err("%s: labelled marketing but no promotion found" % where)
        if MKT not in lab and mkt_hits:
            err("%s: unlabelled marketing-like text %r" % (where, mkt_hits))
        if RI in lab and not ri_hits:
            err("%s: labelled review-inducement but no inducement found" % where)
        if RI not in lab and ri_hits:
            err("%s: unlabelled review-inducement-like text %r" % (where, ri_hits))
        for p in PHONE_RE.findall(text):
            if "555" not in p:
                err("%s: phone number outside the 555 range: %r" % (where, p))
        for d in re.findall(r"\b[a-z0-9-]+\.(?:com|net|org|io|shop|store)\b", text, re.I):
            if d.lower() not in INVENTED_DOMAINS:
                err("%s: domain %r is not in the invented list" % (where, d))
        for o in set(ORDER_RE.findall(text)):
            if o in order_owner and order_owner[o] != rid:
                err("%s: order id %s reused from %s" % (where, o, order_owner[o]))
            order_owner[o] = rid

    # -- totals ---------------------------------------------------------------
    cats = Counter(r["tags"][0] for r, _ in records)
    for c, (lo, hi) in TARGETS.items():
        if not lo <= cats[c] <= hi:
            err("category %s has %d replies, expected %d-%d" % (c, cats[c], lo, hi))
    if not 125 <= len(records) <= 135:
        err("total %d replies, expected about 130" % len(records))
    edited = sum(1 for r, _ in records if r["tags"][0] == FT and "edited" in r["tags"])
    near = sum(1 for r, _ in records if r["tags"][0] == LG and "near-miss" in r["tags"])
    if not 16 <= edited <= 20:
        err("%d edited fills, expected about 18" % edited)
    if not 10 <= near <= 14:
        err("%d logistics near-misses, expected about 12" % near)
    if used_templates != set(TEMPLATES):
        err("templates never filled: %s" % sorted(set(TEMPLATES) - used_templates))
    vi_tr = Counter(TR in r["labels"] for r, _ in records if r["tags"][0] == VI)
    if not (vi_tr[True] and vi_tr[False]):
        err("violating replies should include both readings of template-required")
    return errors


# ---------------------------------------------------------------------------
# 4. Writers
# ---------------------------------------------------------------------------
def build_records():
    out = []
    for i, r in enumerate(REPLIES, 1):
        rec = OrderedDict([("id", "t27-%03d" % i), ("text", r["text"]), ("labels", r["labels"]),
                           ("lang", r["lang"]), ("tags", r["tags"]), ("note", r["note"]),
                           ("context", "reply")])
        out.append((rec, {"src": r["src"], "note": r["note"]}))
    return out


def write_library():
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, tpl in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(tpl)
    return lib


def write_replies(records):
    path = os.path.join(HERE, "replies.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for rec, _ in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def verify_written(records):
    """Read the files back exactly as a consumer would."""
    errors = []
    lib = os.path.join(HERE, "library")
    found = {}
    for root, _, files in os.walk(lib):
        for fn in files:
            full = os.path.join(root, fn)
            if not fn.endswith(".txt"):
                errors.append("non-template file in library: %s" % full)
                continue
            tid = os.path.relpath(full, lib)[:-4].replace(os.sep, "/")
            with open(full, encoding="utf-8") as f:
                found[tid] = f.read()
    if found != dict(TEMPLATES):
        errors.append("library/ on disk differs from TEMPLATES")
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines[-1] != "":
        errors.append("replies.jsonl does not end with a newline")
    back = [json.loads(l) for l in lines if l]
    if back != [dict(r) for r, _ in records]:
        errors.append("replies.jsonl round-trip differs")
    return errors


JUDGEMENT_CALLS = [
    ("How template-required is decided for violating replies",
     "I apply the interface's definition literally and independently of the content policies: a reply is "
     "`template-required` when (a) it is not wholly about logistics (shipping, delivery, tracking, returns, "
     "address, customs) **and** (b) it does not closely match an approved template. Breaking a content policy "
     "neither adds nor removes `template-required`. So a free-written violating reply that gives product help or "
     "asks for reviews gets the content policy **plus** `template-required`, and the rest follows from calls 2-4."),
    ("A filled template with one added violating sentence or signature line is not template-required",
     "The filled-template category treats an added sentence (thanks, apology, logistics line, signature with "
     "name and role) as a small edit that still matches the template. An added coupon line, an Instagram handle in "
     "the signature, a free-spool offer or a five-star request is the same size of edit, so the reply still matches "
     "its template closely enough and carries only the content policy (5 replies: en nozzle-clog + coupon code "
     "and shop domain, en review-request + free spool, en first-layer + Instagram handle, zh moisture + "
     "buy-three-get-one, zh-tw damaged-on-arrival + five-star request). A linter that *also* raises template-required on these is stricter than this reading, "
     "not wrong in spirit; scoring should count that as a disagreement on a judgement call."),
    ("A logistics reply with an added marketing or review sentence is template-required",
     "The added content (a preorder discount, review gating, a cash-back offer) is not logistics, so the message "
     "is no longer purely about logistics, and no template matches it. This is the same rule that makes the "
     "mixed-logistics category template-required."),
    ("A logistics reply with an off-platform phone number stays logistics",
     "\"Text me at (415) 555-0139 if the driver misses you\" is about delivery; only the channel is forbidden. "
     "It is labelled `off-platform-contact` only. It is not a carrier or warranty number, so the policy's "
     "warn-only exception for carrier phones does not apply."),
    ("A freely worded but neutral review request is template-required, not review-inducement",
     "The interface says a neutral request is allowed once per order, so it is not `review-inducement`; but it "
     "is not logistics and, written freely, it matches no template (t27 rewritten replies tagged "
     "`free-wording`, one en, one zh). The filled neutral review-request templates are labelled []."),
    ("Order cancellation at the buyer's request counts as logistics",
     "The interface's list (shipping, delivery, tracking, returns, address, customs) does not name cancellations; "
     "I treat cancelling a duplicate, unshipped order as order fulfilment, i.e. logistics (one reply, tag "
     "`cancellation`)."),
    ("Refunds: refund of a return is logistics, a warranty or goodwill decision is not",
     "\"Your return arrived and the refund was issued\" is labelled []. \"The fan is covered by the warranty and "
     "we will replace it\" is a product decision, so replies carrying one are template-required (rewritten "
     "`warranty-decision`, and mixed-logistics replies that add one)."),
    ("Transit damage handled by reshipping is logistics",
     "A free-written reply that says the carrier crushed the box, a new unit has shipped and a return label is "
     "on the order page contains only shipping and returns, so it is labelled [] (near-miss). Diagnosing the "
     "damage or deciding a remedy from photos would not be; that is what the damaged-on-arrival templates ask for."),
    ("Naming a fault is not giving advice",
     "Near-miss logistics replies name the fault that caused a return (grinding noise, heater fault, nozzle "
     "clog, bent plate) but give no advice or decision about it, so they stay []. One sentence of advice "
     "(lower the Z offset, dry the spool, remove transport screws, try firmware 2.3.2) moves a reply to "
     "mixed-logistics."),
    ("Light rewording versus heavy paraphrase",
     "Edited fills keep the template's sentences and order; the check in gen.py requires a similarity of at "
     "least %.2f to the template (difflib ratio; the range is under Counts). The three paraphrase replies "
     "(of en/bed-levelling, en/first-layer, zh/bed-levelling) keep the topic and advice but share almost no "
     "wording (ratio at most %.2f), so they are template-required. Where exactly a linter's threshold should "
     "sit between the two is its own design; this set leaves a wide gap on purpose." %
     (EDITED_MIN_SIMILARITY, PARAPHRASE_MAX_SIMILARITY)),
    ("Free replacements and free-of-charge repairs are not marketing",
     "\"We have arranged a replacement at no cost\", 免费安排补发 and \"we will replace the mainboard free of "
     "charge\" are remedies, not offers; none of them is labelled `marketing`."),
    ("Bilingual replies",
     "Replies with a full English sentence and a full Chinese sentence are `lang: mixed`. One bilingual logistics "
     "reply uses Traditional Chinese and also carries the `traditional` tag. Chinese replies that only contain "
     "Latin product names, units or tracking numbers (Q5 Pro, PETG, UPS) stay `zh`."),
    ("Placeholder values are free-form",
     "The interface says placeholders stand for short text, but sellers paste full Amazon titles; five plain "
     "fills (four en, one zh) put a 100+ character title into `{{model}}` or `{{filament_type}}`, and two put two order ids into "
     "`{{order_id}}` (joined by \"and\" and by \" / \"). These are still exact template fills and labelled []."),
    ("Nothing per-order is labelled",
     "`review-request-limit` and `response-time` need an order history or timestamps that single replies do "
     "not have, so no reply carries them; the filled review-request templates are each the only request for "
     "their order."),
]


def write_readme(records, sims, para):
    cats = Counter(r["tags"][0] for r, _ in records)
    by = Counter((r["tags"][0], r["lang"] + ("-tw" if "traditional" in r["tags"] else "")) for r, _ in records)
    cols = ["en", "zh", "zh-tw", "mixed", "mixed-tw"]
    cols = [c for c in cols if any(by[(k, c)] for k in CATEGORIES)]
    L = []
    L.append("# t27: held-out test set for `template-required` (3D printers and filament)\n")
    L.append("Hand-written and hand-labelled, independent of the linter: written only from "
             "`shared/policy.md` and `shared/interface.md`. Everything is generated by `python3 gen.py`, "
             "which holds every template and reply as a literal, rewrites `library/`, `replies.jsonl` and "
             "this README, and exits 0 only when all self-checks pass.\n")
    L.append("## The seller\n")
    L.append("**Quillforge** (invented) sells desktop FDM 3D printers on Amazon: the **Q5** (Bowden extruder) and "
             "the **Q5 Pro** (direct drive, auto bed levelling, textured PEI spring-steel plate), spare brass and "
             "hardened-steel nozzles, hotend parts, build plates, PLA and PETG spools, and a free slicer app, "
             "**QuillSlice**. Support agents: Marisol (Ybarra), Teodor Brandt, Kwame (en); 林晓雯, 陈宇航 (zh); "
             "張書涵, 吳品萱 (zh-tw). Every name, order id, tracking number, handle, domain "
             "(quillforge-help.net, quillforge3d.shop) and phone number ((415) 555-0139) is invented.\n")
    L.append("## Files\n")
    L.append("- `library/`: 20 approved templates, `en/*.txt` (10, one in `en/warranty/`), `zh/*.txt` (6, "
             "Simplified), `zh-tw/*.txt` (4, Traditional). Id = path under `library/` without `.txt`. Pass it "
             "as `msglint check --templates library` or `audit --templates library`.")
    L.append("- `replies.jsonl`: %d replies, one JSON object per line: `id`, `text`, `labels` (expected "
             "policies; `[]` = nothing may be flagged), `lang` (`en`, `zh`, `mixed`), `tags` (`tags[0]` = "
             "category; `traditional` = Traditional Chinese), `note` (starts with the source template id when "
             "there is one), `context` (`reply`). It is also a valid `msglint audit` archive (extra fields "
             "ignored)." % len(records))
    L.append("- `gen.py`: the source of truth. Edit it, never the generated files.\n")
    L.append("## Templates\n")
    L.append("| id | placeholders | topic and layout |")
    L.append("| --- | --- | --- |")
    for tid, tpl in TEMPLATES.items():
        names = list(OrderedDict.fromkeys(PH_RE.findall(tpl)))
        L.append("| `%s` | %s | %s |" % (tid, ", ".join(names), TEMPLATE_TOPICS[tid]))
    L.append("")
    L.append("## Counts\n")
    L.append("| category | expected labels | " + " | ".join(cols) + " | total |")
    L.append("| --- | --- | " + " | ".join("---:" for _ in cols) + " | ---: |")
    expect = {FT: "[]", LG: "[]", RW: "[template-required]", ML: "[template-required]",
              VI: "content policy (+ template-required, see call 1)"}
    for c in CATEGORIES:
        L.append("| %s | %s | %s | %d |" % (c, expect[c], " | ".join(str(by[(c, k)]) for k in cols), cats[c]))
    tot = Counter(r["lang"] + ("-tw" if "traditional" in r["tags"] else "") for r, _ in records)
    L.append("| **total** | | %s | %d |\n" % (" | ".join(str(tot[k]) for k in cols), len(records)))
    L.append("`zh-tw` / `mixed-tw` = `lang` `zh` / `mixed` with the `traditional` tag.\n")
    edited = [r for r, _ in records if r["tags"][0] == FT and "edited" in r["tags"]]
    plain = [r for r, _ in records if r["tags"][0] == FT and "plain" in r["tags"]]
    near = [r for r, _ in records if r["tags"][0] == LG and "near-miss" in r["tags"]]
    L.append("- filled-template: %d exact fills (%d with a 100+ character value, %d with two order ids) and "
             "%d with small agent edits." % (len(plain), sum("long-value" in r["tags"] for r in plain),
                                             sum("two-orders" in r["tags"] for r in plain), len(edited)))
    L.append("- logistics: %d near-misses that name the product, a part or a fault but contain only logistics."
             % len(near))
    lab = Counter(tuple(sorted(r["labels"])) for r, _ in records)
    L.append("- label sets: " + "; ".join("`%s` %d" % (list(k), v) for k, v in sorted(lab.items())))
    pol = Counter(p for r, _ in records for p in r["labels"])
    L.append("- policy totals: " + "; ".join("`%s` %d" % kv for kv in sorted(pol.items())))
    if sims:
        L.append("- similarity to the source template (difflib ratio): edited fills and violating fills "
                 "%.2f-%.2f (floor %.2f); heavy paraphrases %.2f-%.2f (ceiling %.2f)."
                 % (min(sims), max(sims), EDITED_MIN_SIMILARITY, min(para), max(para),
                    PARAPHRASE_MAX_SIMILARITY))
    L.append("")
    L.append("## Violating replies\n")
    L.append("| id | labels | how |")
    L.append("| --- | --- | --- |")
    for r, _ in records:
        if r["tags"][0] == VI:
            L.append("| %s | %s | %s |" % (r["id"], ", ".join(r["labels"]), r["note"].replace("|", "/")))
    L.append("")
    L.append("## Judgement calls on labels\n")
    for i, (title, body) in enumerate(JUDGEMENT_CALLS, 1):
        L.append("%d. **%s.** %s" % (i, title, body))
    L.append("")
    L.append("## Self-checks in gen.py\n")
    L.append("Templates: no links, e-mail, phone-like digits, handles or messaging apps, no rating/star/review "
             "incentive words, coupons, gifts or promotions (en and zh lists: 五星/好评/返现/微信/礼品/优惠…), "
             "no emoji; known placeholders only; zh templates contain no Traditional characters and zh-tw "
             "templates no Simplified ones (OpenCC when installed, plus a built-in character table); 10/6/4 "
             "templates; unique ids. Replies: sequential unique ids, valid labels and category-label pairing, "
             "lang and script consistency, every plain fill matches its template exactly, every edited fill "
             "does not and stays above the similarity floor, free replies match no template, content detectors "
             "agree with the labels (nothing link-, coupon- or rating-like in a reply not labelled for it), "
             "phones in the 555 range, only invented domains, no order id reused, and the written files read "
             "back identically.\n")
    path = os.path.join(HERE, "README.md")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))
    return path


def main():
    records = build_records()
    errors = run_checks(records)
    write_library()
    write_replies(records)
    sims = [m["similarity"] for r, m in records if m.get("similarity") is not None
            and not (r["tags"][0] == FT and "plain" in r["tags"]) and "paraphrase" not in r["tags"]]
    para = [m["similarity"] for r, m in records if "paraphrase" in r["tags"]]
    write_readme(records, sims, para)
    errors += verify_written(records)
    cats = Counter(r["tags"][0] for r, _ in records)
    langs = Counter(r["lang"] for r, _ in records)
    print("templates: %d  replies: %d" % (len(TEMPLATES), len(records)))
    print("categories: %s" % dict(cats))
    print("langs: %s  traditional: %d" % (dict(langs), sum("traditional" in r["tags"] for r, _ in records)))
    print("script check: %s" % ("OpenCC + built-in table" if _T2S else "built-in table only"))
    if "-v" in sys.argv:
        for r, m in records:
            if m.get("similarity") is not None:
                print("  %s %-28s %.3f %s" % (r["id"], m["src"], m["similarity"], r["tags"][1:]))
    if errors:
        print("\n%d self-check failure(s):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("all self-checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
