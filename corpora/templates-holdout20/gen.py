#!/usr/bin/env python3
"""Build the t20 held-out test set for msglint's `template-required` check.

Invented seller: Orbitta (奥比塔 / 奧比塔), robot vacuum cleaners and spare parts.

Running `python3 gen.py` writes, next to this file:
  library/<lang>/<name>.txt   approved templates (en, zh = Simplified, zh-tw = Traditional)
  replies.jsonl               hand-labelled seller replies
and validates both; it exits 1 on any problem.

Every template and every reply is a literal in this file.  Replies of the
`filled-template` category (and three `violating` ones built on a template)
are written as: template id + literal placeholder values + literal edits
(exact string substitutions, a bullet-glyph swap, or a re-flow of hard-wrapped
lines).  The script applies them, so a filled text is guaranteed to be the
template's text, apart from the listed edits.
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "library")
OUT = os.path.join(HERE, "replies.jsonl")

# Policy names fixed by interface.md.
POLICIES = {
    "review-inducement",
    "review-request-limit",
    "template-required",
    "off-platform-contact",
    "marketing",
    "response-time",
}
CONTENT_POLICIES = {"review-inducement", "off-platform-contact", "marketing"}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
LANGS = {"en", "zh", "mixed"}
FIELDS = ["id", "text", "labels", "lang", "tags", "note", "context"]

# ---------------------------------------------------------------------------
# Templates (id = path under library/ without .txt)
# ---------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["en/setup_wifi_pairing"] = """\
Hello {{buyer_name}},

Thanks for reaching out about setting up your {{model}}. Pairing usually works on the first try if you follow these steps:

1. Place the robot on its dock and wait until the power light glows steady white.
2. Make sure your phone is on a 2.4 GHz Wi-Fi network; the robot cannot join a 5 GHz-only network.
3. Open the Orbitta Home app, tap "Add device" and choose {{model}} from the list.
4. Hold the Home and Spot buttons together for three seconds until the robot says "Ready to connect".
5. Enter your Wi-Fi password in the app and keep the phone within two metres of the robot until pairing finishes.

If the app still reports a timeout, restart your router once and repeat steps 3 to 5.

Best regards,
{{agent_name}}
Orbitta Customer Care"""

TEMPLATES["en/map_not_saving"] = """\
Hi {{buyer_name}},

Sorry to hear the map on your {{model}} keeps disappearing. The robot only stores a map after a complete run that ends back on the dock, so please check the following:

- "Save map" is switched on under Settings > Map management in the app.
- The first mapping run starts from the dock and is not paused or interrupted.
- The dock stands against a wall with about half a metre of free space on each side.
- Lights are on in dark rooms during mapping, because the camera needs some light to recognise landmarks.
- The app and the robot firmware are both on the latest version.

Once these points are checked, delete the old map and start a fresh mapping run. Most maps are saved correctly after the next full clean.

Kind regards,
{{agent_name}}, Orbitta Support"""

# Hard-wrapped at about 70 columns, lines broken mid-sentence.
TEMPLATES["en/brush_filter_cleaning"] = """\
Dear {{buyer_name}},

Thank you for your question about looking after the brushes and filter
of your {{model}}. Regular cleaning keeps suction strong and stops the
robot from reporting a brush error. We suggest the routine below once a
week, or twice a week if you have pets:

1. Turn the robot over on a soft surface and press the two tabs to lift
   off the main brush cover.
2. Pull out the main brush and cut away wrapped hair with the small
   blade on the cleaning tool.
3. Unscrew the side brush and wipe the hub with a dry cloth.
4. Take out the dust bin, remove the filter and tap it gently against
   the bin. Please do not wash the HEPA filter with water.
5. Put everything back and make sure the main brush clicks into place.

Filters should be replaced about every three months and the side
brush about every six months.

Sincerely,
{{agent_name}}
Orbitta Customer Care"""

TEMPLATES["en/error_code_troubleshooting"] = """\
Hello {{buyer_name}},

Order: {{order_id}}
Model: {{model}}
Error code: {{error_code}}

Thank you for the details. Error {{error_code}} means that {{error_meaning}}. Please try these steps first:

1. Switch the robot off with the power button on its side and wait ten seconds before switching it back on.
2. Wipe the cliff sensors under the robot and the bumper window at the front with a dry cloth.
3. Check both drive wheels and the main brush for hair, string or small objects.

If the code appears again after these steps, please reply here with a short video of the robot starting up and we will work out the next step with you.

Regards,
{{agent_name}}"""

# One paragraph, greeting and sign-off inline.
TEMPLATES["en/battery_care"] = """\
Hi {{buyer_name}}, thanks for asking about the battery of your {{model}}. The lithium-ion pack lasts longest when the robot lives on its dock between runs, so there is no need to run it flat before charging. If you will be away for more than a month, charge it to about half, switch it off with the side button and store it somewhere cool and dry. A full charge takes around {{hours}} hours, and a healthy battery gives roughly two hours of cleaning in Quiet mode. If the runtime drops below half of that, let us know and we will check it with you. Best wishes, {{agent_name}} from Orbitta Support"""

# Hard-wrapped at about 70 columns.
TEMPLATES["en/warranty"] = """\
Dear {{buyer_name}},

Thank you for contacting us about the warranty for your {{model}}
(order {{order_id}}). Every Orbitta robot vacuum is covered for 24
months from the delivery date against defects in materials and
workmanship, and the battery is covered for 12 months. Consumables
such as brushes, filters and mop pads are not included.

To start a claim, please reply in this thread with a short description
of the fault and a photo or video that shows it. Once we have confirmed
the issue, we will arrange a repair or a replacement at no cost to you.
You do not need to keep the original box.

Yours sincerely,
{{agent_name}}
Orbitta Warranty Team"""

TEMPLATES["en/damaged_on_arrival"] = """\
Dear {{buyer_name}},

We are very sorry that your {{model}} arrived damaged. That is not the condition we want any of our robots to reach you in.

You can choose whichever option suits you best:
* A replacement unit: request a replacement for order {{order_id}} from Your Orders on Amazon and it will be sent out as soon as the request is processed.
* A full refund: request a return from Your Orders and select "Arrived damaged"; the refund is issued through Amazon once the return is scanned.

Please keep the damaged unit in its box until the return label is ready.

With apologies,
{{agent_name}}
Orbitta Customer Care"""

TEMPLATES["en/missing_accessory"] = """\
Hello {{buyer_name}}, and thank you for letting us know.

We are sorry that your {{model}} package was missing the following: {{part_name}} x {{count}}. We are sending the missing item to the delivery address on order {{order_id}} at no charge, and it should reach you within 5 to 7 days.

Until it arrives, the robot can still clean normally; only the function that needs the missing part will be unavailable.

Thanks for your patience,
{{agent_name}} (Orbitta Support)"""

TEMPLATES["en/spare_parts_compat"] = """\
Hi {{buyer_name}},

Good question. Here is what fits the {{model}}:

• Main brush: {{brush_part}}
• Side brush: {{side_brush_part}}
• Filter: {{filter_part}}
• Mop pad: {{mop_part}}

Parts from the older S-series are not interchangeable, because the dust bin and the brush housing changed shape. When ordering on Amazon, check that "{{model}}" appears in the compatibility list of the listing.

Cheers,
{{agent_name}}"""

TEMPLATES["en/review_request_neutral"] = """\
Dear {{buyer_name}},

We hope your {{model}} from order {{order_id}} is settling in well. If you have a moment, other shoppers would find it helpful to read about your experience with the product on Amazon, whatever it has been.

Thank you,
{{agent_name}}
Orbitta"""

TEMPLATES["zh/setup_wifi"] = """\
{{buyer_name}}您好：

感谢您咨询{{model}}的联网问题。请按以下步骤配网：

1. 将机器人放在充电座上，等待电源指示灯常亮白色。
2. 确认手机连接的是2.4GHz无线网络，机器人不支持仅有5GHz的网络。
3. 打开“Orbitta Home”应用，点击“添加设备”，选择{{model}}。
4. 同时按住回充键和局部清扫键3秒，直到机器人提示“等待连接”。
5. 在应用中输入无线网络密码，配网过程中手机请尽量靠近机器人。

如仍提示连接超时，请重启路由器后重复第3至5步。

祝好！
{{agent_name}}
奥比塔客服团队"""

TEMPLATES["zh/error_code"] = """\
{{buyer_name}}您好，

订单号：{{order_id}}
型号：{{model}}
故障代码：{{error_code}}

该代码表示：{{error_meaning}}。请先尝试以下操作：
（1）长按侧面电源键关机，等待10秒后重新开机；
（2）用干布擦拭机身底部的悬崖传感器和前方的碰撞缓冲条；
（3）检查左右驱动轮和主刷是否缠有头发或异物。

完成以上步骤后如代码再次出现，请在本消息中回复一段开机过程的短视频，我们会继续协助您。

奥比塔售后 {{agent_name}}"""

TEMPLATES["zh/brush_filter"] = """\
{{buyer_name}}您好！

关于{{model}}的日常清洁，建议每周做一次以下保养（家里有宠物的话每周两次）：

· 主刷：按下护盖两侧卡扣取出主刷，用清洁工具上的刀片割断缠绕的毛发。
· 边刷：拧下螺丝取下边刷，擦净转轴上的灰尘。
· 尘盒与滤网：取出滤网轻拍去灰，海帕滤网请勿水洗。
· 传感器：用干燥软布轻擦底部和前方的各个传感器窗口。

滤网建议每3个月更换一次，边刷每6个月更换一次。

如有其他疑问，欢迎随时回复。{{agent_name}}"""

# One paragraph, greeting and signature inline.
TEMPLATES["zh/warranty"] = """\
{{buyer_name}}您好，感谢您联系我们。您购买的{{model}}（订单号{{order_id}}）自签收之日起整机保修24个月，电池保修12个月，边刷、滤网、拖布等耗材不在保修范围内。如需申请保修，请直接在本消息中回复故障描述，并附上能显示问题的照片或视频。我们确认故障后，将免费为您安排维修或更换。原包装盒无需保留。奥比塔保修服务组 {{agent_name}}"""

TEMPLATES["zh/damaged_on_arrival"] = """\
尊敬的{{buyer_name}}：

非常抱歉，您收到的{{model}}在运输中受损，给您带来不便，我们深表歉意。

您可以根据需要选择以下任一方式处理：
一、换货：在亚马逊“我的订单”中为订单{{order_id}}申请更换，新机将在申请处理后尽快发出；
二、退款：在“我的订单”中申请退货，退货原因选择“到货时已损坏”，退件扫描后亚马逊会为您全额退款。

退货标签生成前，请先将受损的机器保留在原包装内。

再次致歉！
{{agent_name}}
奥比塔客户服务部"""

TEMPLATES["zh/spare_parts"] = """\
{{buyer_name}}您好！

{{model}}适用的配件如下：
- 主刷：{{brush_part}}
- 边刷：{{side_brush_part}}
- 滤网：{{filter_part}}

旧款S系列的配件与该型号不通用，因为尘盒和主刷仓的结构已经改变。在亚马逊下单时，请确认商品标题的适用型号中包含“{{model}}”。

{{agent_name}}（奥比塔客服）"""

TEMPLATES["zh-tw/map_not_saving"] = """\
{{buyer_name}} 您好：

很抱歉您的{{model}}地圖一直無法保存。機器人必須完成一次完整清掃並自行回到充電座，才會儲存地圖。請確認以下幾點：

1. 在App的「設定 > 地圖管理」中已開啟「保存地圖」。
2. 第一次建圖時由充電座出發，中途沒有暫停或移動機器人。
3. 充電座靠牆擺放，左右各留約50公分空間。
4. 建圖時較暗的房間請開燈，方便機器人辨識環境。
5. App與機器人韌體都已更新到最新版本。

確認後請刪除舊地圖，重新建圖一次。一般來說，下一次完整清掃後就能正常保存。

{{agent_name}} 敬上
奧比塔客服中心"""

# Hard-wrapped at about 70 display columns (35 CJK characters), mid-sentence.
TEMPLATES["zh-tw/battery_care"] = """\
{{buyer_name}}您好，謝謝您詢問{{model}}的電池保養。鋰電池在機器人平時
停放在充電座上時最耐用，不需要等電量用完再充電。如果您要外出一個月
以上，請先充到約一半電量，再按側邊電源鍵關機，存放在陰涼乾燥處。充飽
一次約需{{hours}}小時，健康的電池在安靜模式下可清掃約兩小時；若續航
明顯少於一半，請回覆告訴我們，我們會協助您檢查。奧比塔客服 {{agent_name}}"""

TEMPLATES["zh-tw/missing_accessory"] = """\
{{buyer_name}}您好：

非常抱歉，您的{{model}}包裹中缺少了{{part_name}}。我們已安排免費補寄{{count}}個{{part_name}}到訂單{{order_id}}的收件地址，預計5至7天內送達。

在收到配件之前，機器人仍可正常清掃，只是需要該配件的功能暫時無法使用。

感謝您的耐心等候！
{{agent_name}}
奧比塔客服"""

TEMPLATES["zh-tw/review_request"] = """\
{{buyer_name}}您好，

希望您在訂單{{order_id}}購買的{{model}}使用順利。如果方便的話，也請在亞馬遜上寫下您實際使用的心得，不論滿意與否，這些評論都能讓其他買家更了解這台機器。

謝謝您！
奧比塔 {{agent_name}}"""

# ---------------------------------------------------------------------------
# filled-template: template id, placeholder values, small edits.
# Edit ops: ("sub", old, new)   exact substitution, `old` must occur exactly once
#           ("glyph", old, new) change a list glyph at the start of every line
#           ("reflow",)         join hard-wrapped lines into long lines
# note: what was edited (the record note starts with the template id).
# ---------------------------------------------------------------------------
FILLED = [
    # en/setup_wifi_pairing
    dict(t="en/setup_wifi_pairing", v=dict(buyer_name="Megan", model="Orbitta S6", agent_name="Tom"),
         edits=[], note="exact fill"),
    dict(t="en/setup_wifi_pairing", v=dict(buyer_name="Mr. Okafor", model="Orbitta S6 Max", agent_name="Lena"),
         edits=[("sub", "Hello Mr. Okafor,", "Good morning Mr. Okafor,"),
                ("sub", "repeat steps 3 to 5.\n\nBest regards,",
                 "repeat steps 3 to 5.\n\nThanks again for your patience while we get this sorted.\n\nBest regards,")],
         note="small edits: greeting changed, courtesy line added before the sign-off"),
    dict(t="en/setup_wifi_pairing", v=dict(buyer_name="Jordan", model="Orbitta Mini 3", agent_name="Sam"),
         edits=[], note="exact fill"),
    # en/map_not_saving
    dict(t="en/map_not_saving", v=dict(buyer_name="Carla", model="Orbitta X9 Pro", agent_name="Nadia"),
         edits=[], note="exact fill"),
    dict(t="en/map_not_saving", v=dict(buyer_name="Henrik", model="Orbitta S6", agent_name="Owen"),
         edits=[("glyph", "- ", "* "), ("sub", "Kind regards,", "All the best,")],
         note="small edits: bullet glyph '-' changed to '*', sign-off changed"),
    # en/brush_filter_cleaning (hard-wrapped template)
    dict(t="en/brush_filter_cleaning", v=dict(buyer_name="Ms. Tanaka", model="Orbitta S6 Max", agent_name="Grace"),
         edits=[], note="exact fill"),
    dict(t="en/brush_filter_cleaning", v=dict(buyer_name="Paul", model="Orbitta Mini 3", agent_name="Ivy"),
         edits=[("reflow",)], note="small edit: hard-wrapped lines re-flowed into long lines"),
    dict(t="en/brush_filter_cleaning", v=dict(buyer_name="Fatima", model="Orbitta X9 Pro", agent_name="Grace"),
         edits=[], note="exact fill"),
    # en/error_code_troubleshooting
    dict(t="en/error_code_troubleshooting",
         v=dict(buyer_name="Chris", order_id="113-4820193-5561023", model="Orbitta S6", error_code="E2",
                error_meaning="the left or right drive wheel is stuck", agent_name="Mia"),
         edits=[], note="exact fill"),
    dict(t="en/error_code_troubleshooting",
         v=dict(buyer_name="Daniela", order_id="114-9932011-0472385", model="Orbitta X9 Pro", error_code="E14",
                error_meaning="the robot cannot find its dock after a run", agent_name="Ravi"),
         edits=[("sub", "Thank you for the details.",
                 "Thanks for sending the order number and a photo of the display."),
                ("sub", "Regards,\nRavi", "Regards,\nRavi Patel\nOrbitta Technical Support Team")],
         note="small edits: one sentence reworded, signature with full name and team added"),
    dict(t="en/error_code_troubleshooting",
         v=dict(buyer_name="Aaron", order_id="111-2093847-6612093", model="Orbitta Mini 3", error_code="E7",
                error_meaning="the main brush is blocked", agent_name="Mia"),
         edits=[], note="exact fill"),
    # en/battery_care (one paragraph)
    dict(t="en/battery_care", v=dict(buyer_name="Linda", model="Orbitta S6", hours="5", agent_name="Jacob"),
         edits=[], note="exact fill"),
    dict(t="en/battery_care", v=dict(buyer_name="Sophie", model="Orbitta X9 Pro", hours="6", agent_name="Ana"),
         edits=[("sub", "Hi Sophie, thanks for asking", "Hi Sophie, thank you so much for asking"),
                ("sub", "Best wishes, Ana", "Warm regards, Ana")],
         note="small edits: inline greeting and inline sign-off reworded"),
    # en/warranty (hard-wrapped template)
    dict(t="en/warranty", v=dict(buyer_name="Mr. Brennan", model="Orbitta S6 Max", order_id="113-7716402-3390218",
                                 agent_name="Helen"),
         edits=[], note="exact fill"),
    dict(t="en/warranty", v=dict(buyer_name="Keiko", model="Orbitta Mini 3", order_id="112-5503928-1184470",
                                 agent_name="Helen"),
         edits=[("reflow",)], note="small edit: hard-wrapped lines re-flowed into long lines"),
    dict(t="en/warranty", v=dict(buyer_name="Ahmed", model="Orbitta X9 Pro", order_id="114-0028375-9917364",
                                 agent_name="Marco"),
         edits=[], note="exact fill"),
    # en/damaged_on_arrival
    dict(t="en/damaged_on_arrival", v=dict(buyer_name="Rachel", model="Orbitta S6", order_id="113-6612048-2205937",
                                           agent_name="Leo"),
         edits=[], note="exact fill"),
    dict(t="en/damaged_on_arrival", v=dict(buyer_name="Mr. Dubois", model="Orbitta S6 Max",
                                           order_id="111-8840215-0039182", agent_name="Leo"),
         edits=[("glyph", "* ", "- "),
                ("sub", "With apologies,", "We appreciate you sending the photos so quickly.\n\nWith apologies,")],
         note="small edits: bullet glyph '*' changed to '-', courtesy line added"),
    # en/missing_accessory
    dict(t="en/missing_accessory", v=dict(buyer_name="Olivia", model="Orbitta S6 Max", part_name="spare side brush",
                                          count="2", order_id="113-2291045-7730618", agent_name="Ben"),
         edits=[], note="exact fill"),
    dict(t="en/missing_accessory", v=dict(buyer_name="Greg", model="Orbitta X9 Pro", part_name="mop pad",
                                          count="1", order_id="114-3317790-2058146", agent_name="Ben"),
         edits=[("sub", "Hello Greg, and thank you for letting us know.", "Hi Greg, thanks for flagging this."),
                ("sub", "Ben (Orbitta Support)", "Ben Carter\nOrbitta Support Team")],
         note="small edits: greeting line reworded, signature with full name and team"),
    # en/spare_parts_compat
    dict(t="en/spare_parts_compat",
         v=dict(buyer_name="Noah", model="Orbitta S6", brush_part="MB-60 rubber roller",
                side_brush_part="SB-3 side brush (pack of 2)", filter_part="HF-60 HEPA filter",
                mop_part="not supported on this model", agent_name="Kira"),
         edits=[], note="exact fill"),
    dict(t="en/spare_parts_compat",
         v=dict(buyer_name="Evelyn", model="Orbitta X9 Pro", brush_part="MB-90 dual roller",
                side_brush_part="SB-5 side brush", filter_part="HF-90 filter",
                mop_part="MP-90 washable pad", agent_name="Kira"),
         edits=[("glyph", "• ", "- "), ("sub", "Cheers,", "Thanks,")],
         note="small edits: bullet glyph '•' changed to '-', sign-off changed"),
    # en/review_request_neutral
    dict(t="en/review_request_neutral", v=dict(buyer_name="Mr. Lindqvist", model="Orbitta S6",
                                               order_id="113-9081726-4452190", agent_name="Tom"),
         edits=[], note="exact fill; neutral review request, allowed once per order"),
    dict(t="en/review_request_neutral", v=dict(buyer_name="Hannah", model="Orbitta Mini 3",
                                               order_id="112-7730164-9981025", agent_name="Nadia"),
         edits=[], note="exact fill; neutral review request, allowed once per order"),
    # zh/setup_wifi
    dict(t="zh/setup_wifi", v=dict(buyer_name="王女士", model="Orbitta S6", agent_name="小林"),
         edits=[], note="exact fill"),
    dict(t="zh/setup_wifi", v=dict(buyer_name="张先生", model="Orbitta S6 Max", agent_name="阿杰"),
         edits=[("sub", "张先生您好：", "张先生，您好！"),
                ("sub", "重复第3至5步。\n\n祝好！", "重复第3至5步。\n\n给您添麻烦了，感谢您耐心配合。\n\n祝好！")],
         note="small edits: greeting punctuation changed, courtesy line added"),
    # zh/error_code
    dict(t="zh/error_code", v=dict(buyer_name="刘先生", order_id="113-5529017-6604831", model="Orbitta X9 Pro",
                                   error_code="E5", error_meaning="机器人无法识别充电座的位置", agent_name="小周"),
         edits=[], note="exact fill"),
    dict(t="zh/error_code", v=dict(buyer_name="赵女士", order_id="114-2271958-3309164", model="Orbitta S6",
                                   error_code="E2", error_meaning="驱动轮被卡住或悬空", agent_name="小周"),
         edits=[("sub", "请先尝试以下操作：", "麻烦您先按下面的方法排查一下："),
                ("sub", "奥比塔售后 小周", "奥比塔售后技术组\n周文 敬上")],
         note="small edits: one sentence reworded, signature changed to name and team on own lines"),
    # zh/brush_filter
    dict(t="zh/brush_filter", v=dict(buyer_name="陈小姐", model="Orbitta Mini 3", agent_name="小美"),
         edits=[], note="exact fill"),
    dict(t="zh/brush_filter", v=dict(buyer_name="孙先生", model="Orbitta S6 Max", agent_name="小美"),
         edits=[("glyph", "· ", "• ")], note="small edit: bullet glyph '·' changed to '•'"),
    # zh/warranty (one paragraph)
    dict(t="zh/warranty", v=dict(buyer_name="吴先生", model="Orbitta S6", order_id="113-0093715-2284460",
                                 agent_name="李婷"),
         edits=[], note="exact fill"),
    dict(t="zh/warranty", v=dict(buyer_name="黄女士", model="Orbitta X9 Pro", order_id="111-6650482-7712039",
                                 agent_name="李婷"),
         edits=[("sub", "黄女士您好，感谢您联系我们。", "黄女士，您好！感谢您的来信。"),
                ("sub", "原包装盒无需保留。", "原包装盒无需保留。祝您生活愉快！")],
         note="small edits: inline greeting reworded, courtesy phrase added before the signature"),
    # zh/damaged_on_arrival
    dict(t="zh/damaged_on_arrival", v=dict(buyer_name="郑先生", model="Orbitta S6 Max",
                                           order_id="113-4418206-5520917", agent_name="王磊"),
         edits=[], note="exact fill"),
    dict(t="zh/damaged_on_arrival", v=dict(buyer_name="何女士", model="Orbitta Mini 3",
                                           order_id="114-8806123-0047751", agent_name="王磊"),
         edits=[], note="exact fill"),
    # zh/spare_parts
    dict(t="zh/spare_parts", v=dict(buyer_name="周先生", model="Orbitta S6", brush_part="MB-60胶刷",
                                    side_brush_part="SB-3边刷（2支装）", filter_part="HF-60海帕滤网",
                                    agent_name="小雨"),
         edits=[], note="exact fill"),
    dict(t="zh/spare_parts", v=dict(buyer_name="林女士", model="Orbitta X9 Pro", brush_part="MB-90双滚刷",
                                    side_brush_part="SB-5边刷", filter_part="HF-90滤网", agent_name="小雨"),
         edits=[("glyph", "- ", "· "),
                ("sub", "包含“Orbitta X9 Pro”。", "包含“Orbitta X9 Pro”。如还有其他配件需要确认，请随时告诉我们。")],
         note="small edits: bullet glyph '-' changed to '·', courtesy sentence added"),
    # zh-tw/map_not_saving
    dict(t="zh-tw/map_not_saving", v=dict(buyer_name="林先生", model="Orbitta S6", agent_name="怡君"),
         edits=[], note="exact fill"),
    dict(t="zh-tw/map_not_saving", v=dict(buyer_name="黃小姐", model="Orbitta X9 Pro", agent_name="怡君"),
         edits=[("sub", "\n1. ", "\n一、"), ("sub", "\n2. ", "\n二、"), ("sub", "\n3. ", "\n三、"),
                ("sub", "\n4. ", "\n四、"), ("sub", "\n5. ", "\n五、"),
                ("sub", "怡君 敬上", "客服 怡君 謹上")],
         note="small edits: list numbers '1.' changed to '一、', sign-off reworded"),
    # zh-tw/battery_care (hard-wrapped template)
    dict(t="zh-tw/battery_care", v=dict(buyer_name="陳先生", model="Orbitta Mini 3", hours="4", agent_name="志明"),
         edits=[], note="exact fill"),
    dict(t="zh-tw/battery_care", v=dict(buyer_name="蔡小姐", model="Orbitta S6 Max", hours="5", agent_name="志明"),
         edits=[("reflow",)], note="small edit: hard-wrapped lines re-flowed into one line"),
    # zh-tw/missing_accessory
    dict(t="zh-tw/missing_accessory", v=dict(buyer_name="張先生", model="Orbitta S6", part_name="邊刷", count="2",
                                             order_id="113-3306291-8840572", agent_name="雅婷"),
         edits=[], note="exact fill"),
    # zh-tw/review_request
    dict(t="zh-tw/review_request", v=dict(buyer_name="王小姐", order_id="112-4471908-3326015",
                                          model="Orbitta S6 Max", agent_name="雅婷"),
         edits=[], note="exact fill; neutral review request, allowed once per order"),
    dict(t="zh-tw/review_request", v=dict(buyer_name="李先生", order_id="114-6630971-2208543",
                                          model="Orbitta X9 Pro", agent_name="雅婷"),
         edits=[("sub", "李先生您好，", "李先生，午安！")],
         note="small edit: greeting changed; neutral review request"),
]

# ---------------------------------------------------------------------------
# Free-written replies.  Each: (text, lang, note, extra tags)
# Extra tags used: "zh-hant" (Traditional Chinese), "near-miss" (mentions the
# product or a problem, but the content is logistics), "paraphrase" (heavily
# reworded from a template), "review-request" (neutral, free-written).
# ---------------------------------------------------------------------------

# logistics: labels []
LOGISTICS = [
    ("Hi Megan, thanks for checking in. Your Orbitta S6 left the fulfilment centre this morning with UPS, "
     "tracking number 1Z88A7W20391847731. The carrier currently shows delivery on Thursday between 10 am and "
     "2 pm.\n\nBest,\nTom", "en", "shipping status with tracking", []),
    ("Hello Mr. Ferris,\n\nAs you asked, we have cancelled order 113-2849103-7741852 before it was packed. "
     "The payment hold will be released within 3 to 5 business days, so nothing else is needed from you.\n\n"
     "Regards,\nLena, Orbitta Customer Care", "en", "cancellation at the buyer's request", []),
    ("Hi Priya, because this order is shipped by Amazon, we can't edit the address on our side. If the package "
     "hasn't left yet, you can change the delivery address from Your Orders. If it is already on its way, the "
     "carrier's tracking page normally lets you redirect it to a pickup point.", "en",
     "address change on an FBA order", []),
    ("Dear Mr. Haddad,\n\nWe're sorry your package is running late. The carrier reports a weather delay at its "
     "Denver hub, and the new estimated delivery date is Monday, 14 October. The tracking number "
     "TBA309184772013 stays the same, and we will keep an eye on it for you.\n\nKind regards,\nOrbitta Support",
     "en", "carrier delay notice in a reply", []),
    ("Hi Jordan,\n\nSorry the Orbitta Mini 3 turned out to be too tall for the gap under your sofa. You are still "
     "inside the 30-day return window, so you can send it back from Your Orders: choose \"Return or replace "
     "items\", pick a reason and print the prepaid label. Please pack the robot and the dock together; the refund "
     "goes to your original payment method once the return is scanned.\n\nSam", "en",
     "return instructions; the product's size is only the reason for the return", ["near-miss"]),
    ("Hello Ms. Carter, we received the returned Orbitta S6 Max at our warehouse on Tuesday. A full refund of "
     "$349.99 was issued today to your original payment method; your bank may take up to five business days "
     "to show it.", "en", "refund of a received return", []),
    ("Hi Daniel,\n\nThanks for telling us about the E5 code. Since you would rather not troubleshoot and want "
     "your money back, the quickest route is a return through Your Orders. Select \"Item defective\" as the "
     "reason so the return shipping is free for you. The refund is released as soon as the carrier scans the "
     "parcel.", "en", "error code named in passing; content is how to return the unit", ["near-miss"]),
    ("Dear Mr. Lefebvre,\n\nYour parcel is with the Canada Border Services Agency for customs clearance. Duties "
     "and taxes were prepaid at checkout, so you will not be asked to pay anything at the door. Clearance usually "
     "takes 1 to 3 business days, after which Canada Post will deliver it.", "en", "customs clearance", []),
    ("Hi Sandra, tracking shows the package was delivered on 3 May at 4:12 pm and left at the front door. "
     "Carriers sometimes mark a parcel as delivered shortly before it actually arrives, so please allow until "
     "the end of tomorrow and check with neighbours or your building's mailroom. If it still hasn't turned up, "
     "you can report it from Your Orders and Amazon will help with a replacement or refund.", "en",
     "delivered but not received", []),
    ("Hi Evelyn, the spare filters and side brushes you ordered together with the X9 Pro ship from a different "
     "warehouse, so they come in a second box. That parcel has its own tracking number, TBA311209457721, and "
     "should arrive one day after the robot.", "en",
     "spare parts named, but the content is split shipment tracking", ["near-miss"]),
    ("Hello Kevin, you're right that the order was placed twice by mistake. We have cancelled the second one, "
     "114-5501827-3349109, and kept the first, 114-5501827-3349018, which is due to ship tomorrow.", "en",
     "duplicate order cancelled", []),
    ("Hi Ms. Young,\n\nWe're sorry you received an Orbitta Mini 3 instead of the S6 you ordered. Please request a "
     "return from Your Orders and choose \"Wrong item was sent\"; the return label is free. Amazon ships the "
     "correct model as soon as the return is started, so you won't have to wait for the Mini 3 to reach us.",
     "en", "wrong item shipped: return and exchange through Amazon", ["near-miss"]),
    ("Hi Mr. Grant, the X9 Pro bundle with the auto-empty station ships as an oversized parcel. The carrier will "
     "text you the day before to book a two-hour delivery slot, and if none of the slots suit you, you can pick "
     "another day in that same text message.", "en", "delivery scheduling for a large parcel", []),
    ("Hi Paul,\n\nBefore you drop off the return, please put the robot, the dock and the power cable back in the "
     "original box, or in any sturdy box if you no longer have it. Empty the dust bin first so nothing spills in "
     "transit. The drop-off point printed on your return label is the UPS Store on Main Street.\n\nIvy", "en",
     "packing instructions for a return; 'empty the dust bin' is about transit, not product care",
     ["near-miss"]),
    ("Hello Rita, Amazon's return window for this order closes on 28 June, 30 days after delivery. You can start "
     "the return any time before then from Your Orders, and the label is free if the item is faulty.", "en",
     "return window question", []),
    ("Hi Mr. Novak,\n\nThe returned package reached us without the charging dock that was in the original "
     "shipment, so a partial refund of $279.99 of the $329.99 has been issued. If you still have the dock, send "
     "it back with the same return label within 14 days and the remaining $50.00 will be refunded.", "en",
     "partial refund of an incomplete return", []),
    # Simplified Chinese
    ("王女士您好，您的Orbitta S6已于今天上午从仓库发出，承运商为UPS，运单号1Z7R3E460322918845，预计周四送达。",
     "zh", "shipping status with tracking", []),
    ("李先生您好，这笔订单由亚马逊配送，我们无法直接修改收货地址。如果包裹尚未发出，您可以在“我的订单”中更改收货地址；"
     "如果已经发出，可以在承运商的查询页面申请改派到自提点。", "zh", "address change on an FBA order", []),
    ("张女士您好，\n\n根据您的要求，订单114-3390275-6618204已经取消，商品尚未出库。款项会在3至5个工作日内退回原支付方式，"
     "您无需再做任何操作。", "zh", "cancellation at the buyer's request", []),
    ("您好，非常抱歉让您久等。承运商反馈由于暴雨天气，中转站出现积压，您的包裹预计延迟两天，新的预计送达时间为本周六。"
     "运单号TBA308827461930保持不变。", "zh", "carrier delay", []),
    ("刘先生您好，了解到扫地机在您家的长毛地毯上表现不理想，很抱歉给您带来不便。目前仍在30天退货期内，您可以在"
     "“我的订单”中点击“退换商品”，打印免费退货标签后寄回，退件被扫描后亚马逊会把货款退回原支付方式。", "zh",
     "product performance named as the reason; content is the return", ["near-miss"]),
    ("陈女士您好，您寄回的Orbitta X9 Pro已于周二签收入库，今天已为您全额退款399.99美元，银行到账一般需要3至5个工作日。",
     "zh", "refund of a received return", []),
    ("您好，您的包裹目前在加拿大海关清关，关税已在下单时预付，派送时不会再向您收取任何费用。清关通常需要1到3个工作日，"
     "之后由加拿大邮政派送。", "zh", "customs clearance", []),
    ("孙先生您好，您和扫地机一起下单的滤网和边刷从另一个仓库发货，所以会分两个包裹送达。配件包裹的运单号是"
     "TBA310574829013，预计比主机晚一天到。", "zh", "spare parts named; content is split shipment",
     ["near-miss"]),
    ("赵女士您好，\n\n收到您反馈的E14代码。既然您希望直接退货退款，最快的方式是在“我的订单”中申请退货，原因选择"
     "“商品有缺陷”，这样退货运费由我们承担。承运商揽收扫描后，退款会自动发放。\n\n奥比塔客服", "zh",
     "error code named in passing; content is the return", ["near-miss"]),
    ("何先生您好，物流信息显示包裹已于5月3日下午签收，放在门口。有时快递员会提前标记签收，建议您等到明天晚上，"
     "并问问邻居或物业是否代收。如果仍然没有找到，可以在“我的订单”中报告问题，亚马逊会协助补发或退款。", "zh",
     "delivered but not received", []),
    # Traditional Chinese
    ("林先生您好，您的包裹昨天下午已交給物流，單號TBA309917264058，系統顯示週五可以送到。", "zh",
     "shipping status with tracking", ["zh-hant"]),
    ("黃小姐您好，您重複下單的那筆訂單113-7002846-5519320我們已經取消了，另一筆訂單照常出貨。款項會在幾個工作天內退回原付款方式。",
     "zh", "duplicate order cancelled", ["zh-hant"]),
    ("陳先生您好：\n\n若要退貨，請在「我的訂單」中選擇「退貨或更換商品」，列印免付費的退貨標籤，並將機器人與充電座一起"
     "放回原包裝寄回。退件入庫後會全額退款。\n\n奧比塔客服", "zh", "return instructions", ["zh-hant"]),
    ("蔡小姐您好，很抱歉機器人外殼在運送途中刮傷了。您可以在「我的訂單」申請退貨，原因選擇「商品到貨時已損壞」，"
     "退貨運費免費；如果您希望換一台新的，也可以在同一頁面選擇更換，新機會在退件掃描後寄出。", "zh",
     "transit damage handled by Amazon return or replacement; judged logistics (damage in transit, not a defect)",
     ["zh-hant", "near-miss"]),
    ("張小姐您好，您的配件訂單由我們自行出貨，目前尚未寄出，我們已把收件地址改成您留言中提供的新地址，預計明天出貨。",
     "zh", "address change on a seller-fulfilled order", ["zh-hant"]),
    ("王先生您好，您的包裹因海關抽查而延誤，目前仍在清關中。物流公司表示最晚下週二可以派送，單號不變，我們會持續追蹤。",
     "zh", "customs inspection delay", ["zh-hant"]),
    # mixed
    ("Hi Wei, your order shipped today with tracking TBA312048573920 and should arrive on Friday.\n"
     "中文版：包裹今天已经交给承运商，周五左右能送到。", "mixed", "bilingual shipping status", []),
    ("Hello Mr. Chen, the return for order 113-8820461-0037719 has been received at our warehouse. "
     "退款已处理，预计3至5个工作日到账。Thank you for your patience.", "mixed", "bilingual return refund", []),
]

# rewritten: non-logistics, free or heavily paraphrased; labels ["template-required"]
REWRITTEN = [
    ("Hi Megan,\n\nGetting the S6 onto your Wi-Fi is normally quick. What trips most people up is the band: the "
     "robot only talks to 2.4 GHz, so if your router merges both bands under one name, split them or turn on a "
     "2.4 GHz guest network just for the setup. Then sit the robot on its dock, add it in the app and hold Home "
     "and Spot until it announces it's ready. Stay close to it while the password goes across.\n\nCheers,\nTom",
     "en", "heavy paraphrase of en/setup_wifi_pairing; same advice, new wording and order", ["paraphrase"]),
    ("Dear Mr. Brennan, good news: the clicking wheel you describe is something we cover. Your robot is still "
     "inside its two-year coverage, so fixing or swapping it won't cost you anything. Could you film a short "
     "clip of the noise and post it here? Once we've seen it, we'll tell you which of the two we'll do.\n\n"
     "Yours,\nHelen", "en", "heavy paraphrase of en/warranty", ["paraphrase"]),
    ("Hi Aaron,\n\nThanks for the photos. The side brush motor on your unit has clearly failed; the brush should "
     "never wobble like that. We'll send you a new side brush module free of charge. It is held by the two "
     "screws underneath, so a small Phillips screwdriver is all you need to fit it.", "en",
     "defect remedy (a free part is sent, but the content is the fault and the fix)", []),
    ("Hello Fatima, with two long-haired cats at home, I'd empty the bin after every run and check the roller "
     "every two or three days. The rubber roller on the X9 Pro tangles less than a bristle brush, but hair still "
     "gathers at the end caps, so pull those off and clear them. Changing the filter every two months instead of "
     "three will also help.", "en", "free cleaning advice", []),
    ("Hi Chris, on the S6, E9 means the cliff sensors think the robot is hanging over a drop. Dark rugs can "
     "fool them. Wipe the four small windows on the underside with a dry cloth, and if the error only shows up "
     "on your black rug, mark that rug as a no-go zone in the app.", "en", "free error-code help", []),
    ("Hi Linda,\n\nForty minutes is too short for a battery that is only three months old. Before anything else, "
     "please run a full calibration: let the robot clean until it stops by itself, then leave it on the dock for "
     "eight hours without interruption. If the runtime hasn't improved after that, we'll replace the battery "
     "under warranty.\n\nJacob", "en", "battery troubleshooting and warranty remedy", []),
    ("Hi Noah, yes, the HF-60 filter fits both the S6 and the S6 Max, since they share the same dust bin. The "
     "side brushes are different, though: the Max uses a five-arm brush, so the three-arm SB-3 won't sit "
     "properly on its hub.", "en", "free spare-part compatibility answer", []),
    ("Hello Carla, a map that vanishes usually means the robot never finished its first run. If it gets picked "
     "up, paused or runs out of battery halfway, it throws the half-built map away. Let it complete one run from "
     "start to finish, ideally with the lights on and the dock against a wall, and check that map saving is "
     "switched on in the settings.", "en", "heavy paraphrase of en/map_not_saving as one paragraph",
     ["paraphrase"]),
    ("Hi Victor,\n\nA rattle that starts after a few runs is most often a small stone or a piece of plastic caught "
     "in the main brush chamber. Take out the roller, shake the chamber gently over a bin and check both roller "
     "ends. If the noise continues with the roller removed, it is coming from the fan, and we'll arrange a "
     "repair under warranty.", "en", "noise diagnosis", []),
    ("Hi Jenna, the Mini 3 works with Alexa. Enable the Orbitta skill in the Alexa app and link your Orbitta "
     "account, then say \"Alexa, ask Orbitta to start cleaning\". Room-by-room voice commands need a saved map "
     "first.", "en", "smart-speaker setup question", []),
    ("Hello Mr. Ito, streaks after mopping usually come from too much water on a sealed floor. Set the water flow "
     "to Low in the app and wash the mop pad after each use; a pad that dries with detergent still in it leaves "
     "marks too.", "en", "mopping advice", []),
    ("Hi Laura, an update that stalls at 60% almost always means the robot left the dock during the install. "
     "Keep it on the dock with at least half a charge and make sure no scheduled clean starts in the meantime. "
     "The whole update takes about 15 minutes.\n\nBest,\nOwen", "en", "firmware update help", []),
    ("Hi Rachel,\n\nI'm sorry the bumper on your S6 cracked after two weeks; that shouldn't happen with normal use. "
     "We'll cover it under warranty. We can either send a replacement bumper assembly that you can fit yourself "
     "in about five minutes, or replace the whole robot if you prefer. Just let us know which you'd like.\n\nLeo",
     "en", "defect remedy offer (not transit damage, not a return)", []),
    # Simplified Chinese
    ("王女士您好，配网失败多半和路由器有关：机器人只能连接2.4GHz频段，如果您家的路由器把2.4G和5G合并成了同一个名称，"
     "请在路由器设置里把它们分开，再重新添加设备。配网时手机别离机器人太远，输入密码后耐心等一两分钟即可。", "zh",
     "heavy paraphrase of zh/setup_wifi", ["paraphrase"]),
    ("陈小姐您好，家里养狗的话，尘盒最好每次清扫完都倒一次，主刷两三天检查一次，两端的轴承处最容易缠毛，取下端盖清理就行。"
     "滤网可以两个月换一次。", "zh", "free cleaning advice", []),
    ("刘先生您好，E9表示悬崖传感器误以为前面是台阶。深色地毯容易触发这个提示，请用干布擦一下机身底部的四个传感器窗口；"
     "如果只在黑色地毯上报错，可以在App里把那块地毯设为禁区。", "zh", "free error-code help", []),
    ("吴先生您好，\n\n您说的轮子异响属于保修范围，机器还在两年保修期内，维修或换新都不用您出钱。麻烦在这里发一段异响的视频，"
     "我们看过之后再告诉您具体怎么处理。\n\n李婷", "zh", "heavy paraphrase of zh/warranty", ["paraphrase"]),
    ("您好，用了三个月续航只剩40分钟确实不正常。请先做一次电池校准：让机器一直清扫到自动停机，然后放回充电座连续充电8小时以上。"
     "如果之后续航还是没有改善，我们会按保修为您更换电池。", "zh", "battery troubleshooting and warranty remedy", []),
    ("周先生您好，HF-60滤网S6和S6 Max都能用，两款的尘盒是一样的；但边刷不通用，S6 Max用的是五爪边刷，SB-3三爪边刷装不上去。",
     "zh", "free spare-part compatibility answer", []),
    ("孙先生您好，看了您发来的视频，边刷电机确实坏了。我们会免费给您寄一个新的边刷模组，用十字螺丝刀拧下底部两颗螺丝就能自己更换。",
     "zh", "defect remedy (free part sent, content is the fault and fix)", []),
    ("您好，拖地后留下水痕一般是出水量太大。请在App中把出水量调到低档，每次用完把拖布洗干净并晾干，残留洗涤剂的拖布也容易留下痕迹。",
     "zh", "mopping advice", []),
    ("您好，机器人的语音语言可以在App的“设备设置 > 语音包”中切换，目前支持中文、英文和日文，下载完成后机器人会自动重启。",
     "zh", "voice language setting", []),
    # Traditional Chinese
    ("林先生您好，地圖消失通常是因為第一次建圖沒有完成：只要中途被拿起、暫停或沒電，機器人就不會保存那張地圖。"
     "請讓它從充電座出發完整跑完一次，並確認App裡的「保存地圖」已經開啟。", "zh",
     "heavy paraphrase of zh-tw/map_not_saving", ["zh-hant", "paraphrase"]),
    ("陳先生您好，如果很久不用，建議先充到一半左右再關機收起來，放在陰涼乾燥的地方，每兩三個月拿出來充一次電即可。"
     "平常就讓它一直待在充電座上。", "zh", "paraphrase of zh-tw/battery_care advice", ["zh-hant", "paraphrase"]),
    ("黃小姐您好，海帕濾網不能用水洗，洗過之後過濾效果會變差。輕輕拍掉灰塵就可以了，大約三個月換一片新的。", "zh",
     "filter care advice", ["zh-hant"]),
    ("蔡小姐您好：\n\n運轉時有喀啦聲，通常是主刷倉卡了小石頭。請取出主刷，把刷倉朝下輕輕搖一搖，並檢查主刷兩端。"
     "如果拿掉主刷後還是有聲音，可能是風機的問題，我們會依保固為您安排維修。\n\n志明", "zh", "noise diagnosis",
     ["zh-hant"]),
    ("張先生您好，機器人整機有兩年保固、電池一年，刷子和濾網這類耗材不在內。要申請的話，在這裡描述一下狀況並附上照片或影片，"
     "我們確認後就會免費幫您處理。", "zh", "heavy paraphrase of the warranty templates", ["zh-hant", "paraphrase"]),
    # mixed
    ("Hi Ms. Zhang, the E2 code means one of the drive wheels is stuck. 请把机器翻过来，检查两个驱动轮有没有缠头发，"
     "用手转一转看是否顺畅。Then switch the robot off and on again and try a spot clean.", "mixed",
     "bilingual error-code help", []),
]

# mixed-logistics: logistics plus free non-logistics sentences; labels ["template-required"]
MIXED_LOGISTICS = [
    ("Hi Megan, your Orbitta S6 shipped today with UPS, tracking 1Z88A7W20391847905, and should arrive on "
     "Thursday. Once it's there, give it a full charge on the dock before the first run; it builds a much better "
     "map with a full battery.", "en", "shipping status + first-use tip", []),
    ("Hello Mr. Ferris,\n\nWe've cancelled order 113-2849103-7741999 as requested, and the payment hold will drop "
     "off within a few days. If you decide to try the S6 again later, remember that it only pairs with 2.4 GHz "
     "Wi-Fi, which is the usual reason a setup fails.\n\nLena", "en", "cancellation + setup tip", []),
    ("Hi Sandra, the return for your S6 Max arrived today and a full refund has been issued. For what it's worth, "
     "the E14 error you saw is usually fixed by moving the dock out of direct sunlight.", "en",
     "refund + troubleshooting advice", []),
    ("Hi Jordan, tracking shows the replacement unit was delivered this morning. After a few weeks of use, a product "
     "review on Amazon describing how it has worked for you, good or bad, would help other buyers.", "en",
     "delivery + free-text neutral review request (not inducement)", ["review-request"]),
    ("Dear Mr. Haddad,\n\nThe carrier has moved your delivery to Monday because of the storms in Colorado. While "
     "you wait, you can install the Orbitta Home app and create your account, so setup takes only a minute "
     "when the robot arrives.\n\nOrbitta Support", "en", "delay + app preparation tip", []),
    ("Hi Evelyn, your spare parts are in a second box, tracking TBA311209457844, arriving tomorrow. When you fit "
     "the new filter, make sure the arrow on its frame points towards the fan, otherwise the bin won't close "
     "fully.", "en", "split shipment + fitting advice", []),
    ("Hello Rita,\n\nYou can return the X9 Pro until 28 June from Your Orders. Before deciding, you might try Quiet "
     "mode on your hardwood floors; several customers found the noise much more comfortable that way.", "en",
     "return window + product advice aimed at keeping the product", []),
    ("Hi Kevin, the duplicate order has been cancelled and only one robot will ship. By the way, side brushes "
     "wear faster on tiled floors with deep grout lines, so check yours every couple of weeks.", "en",
     "cancellation + maintenance tip", []),
    # Simplified Chinese
    ("王女士您好，您的订单已于今天发货，运单号1Z7R3E460322918902，预计周四送达。收到后建议先在充电座上充满电再开始第一次清扫，"
     "这样建图会更完整。", "zh", "shipping status + first-use tip", []),
    ("李先生您好，退货已签收，退款已原路退回。另外提醒一下，您之前提到的E5报错，多半是充电座放在阳光直射的位置造成的。",
     "zh", "refund + troubleshooting advice", []),
    ("张女士您好，重复的那一单已经帮您取消，另一单明天照常发出。顺便提醒，海帕滤网不能水洗，轻拍去灰即可。", "zh",
     "cancellation + filter care tip", []),
    ("陈女士您好，补发的机器今天上午已经签收。等您用上一阵子，如果愿意的话，可以在亚马逊上写几句评论，说说实际用下来怎么样。", "zh",
     "delivery + free-text neutral review request (not inducement)", ["review-request"]),
    ("您好，包裹因天气原因预计延迟两天送达，运单号不变。等待期间您可以先下载奥比塔App并注册账号，机器到了以后配网会更快。",
     "zh", "delay + app preparation tip", []),
    # Traditional Chinese
    ("林先生您好，您的包裹已經送達大樓管理室。第一次使用前，建議先把地上的電線和襪子收好，機器人建圖會比較順利。", "zh",
     "delivery + first-use tip", ["zh-hant"]),
    ("黃小姐您好，退貨已經完成登記，請在七天內把包裹交給物流。另外，拖布如果有異味，可以用溫水加少量中性清潔劑清洗後完全晾乾。",
     "zh", "return + mop pad care tip", ["zh-hant"]),
    ("王先生您好，您訂購的替換邊刷已經出貨，預計後天送達。更換時請注意邊刷上標示的L和R，分別裝在左右兩側。", "zh",
     "spare part shipped + fitting advice", ["zh-hant"]),
    # mixed
    ("Hi Wei, your parcel has cleared customs and will be delivered tomorrow. 另外建议第一次使用前先充电5小时，电池状态会更好。",
     "mixed", "bilingual: customs + charging tip", []),
]

# violating: a content policy is broken.  "template-required" is added when a
# free-written non-logistics sentence is present (the violating sentence itself
# counts when it is not about logistics).
# Free entries: (text, lang, labels, note, extra tags)
# Template-based entries: dict(t, v, edits, lang, labels, note, tags)
VIOLATING = [
    ("Hi Megan, your S6 was delivered this afternoon. If it's working well for you, rate it five stars on Amazon "
     "and we'll post you a free replacement filter as a thank-you.", "en",
     ["review-inducement", "template-required"],
     "delivery + five-star request with a free product as incentive", []),
    ("Hi Chris, E9 is usually dirty cliff sensors, so wipe them with a dry cloth. If that doesn't fix it, "
     "email our engineers directly at help@orbitta-care.com and they'll walk you through it.", "en",
     ["off-platform-contact", "template-required"], "free product help + e-mail address", []),
    dict(t="en/warranty", v=dict(buyer_name="Mr. Osei", model="Orbitta S6", order_id="113-5038172-6694021",
                                 agent_name="Helen"),
         edits=[("sub", "Helen\nOrbitta Warranty Team",
                 "Helen Ward\nOrbitta Warranty Team\nwarranty@orbitta-care.com")],
         lang="en", labels=["off-platform-contact"],
         note="exact fill apart from a signature block that adds an e-mail address; the signature is a small "
              "edit, so no template-required", tags=["signature"]),
    dict(t="en/setup_wifi_pairing", v=dict(buyer_name="Jordan", model="Orbitta S6", agent_name="Sam"),
         edits=[("sub", "Orbitta Customer Care",
                 "Orbitta Customer Care\n\nP.S. Spare brushes and filters are 15% off this month with the "
                 "code ORBIT15.")],
         lang="en", labels=["marketing", "template-required"],
         note="exact fill + added discount-code P.S. (free non-logistics sentence)", tags=[]),
    ("Hi Rachel,\n\nI'm sorry the bumper cracked. We'll send a new bumper assembly under warranty. If anything else "
     "goes wrong, please message us here rather than writing a review, so we can fix it first.\n\nLeo", "en",
     ["review-inducement", "template-required"], "defect remedy + review diversion (gating)", []),
    ("Hi Mr. Novak, there's no need to wait for the return to reach our warehouse. Send us your PayPal address "
     "and we'll refund the $329.99 straight away; you can drop the parcel off whenever it suits you.", "en",
     ["off-platform-contact"], "return refund paid outside Amazon; content is logistics, so no template-required",
     []),
    ("Hi Kevin, your order ships tomorrow with UPS. Filters wear out every few months, so grab our 6-pack filter "
     "bundle while it's 20% off this week; just search for Orbitta HF-60 6-pack.", "en",
     ["marketing", "template-required"], "shipping status + cross-sell with discount", []),
    # Simplified Chinese
    ("王女士您好，包裹已经签收。给个好评我们返您10美元现金，把评价页面截个图回复过来就行。", "zh",
     ["review-inducement", "template-required"], "delivery + cash back for a positive review", []),
    ("李先生您好，您的包裹预计周五送达，运单号TBA308827461999。如需实时查询物流，我们的微信号是 orbitta_kf88，"
     "添加后客服随时为您跟踪。", "zh", ["off-platform-contact"],
     "tracking + WeChat handle offered for tracking; content is logistics, so no template-required", []),
    dict(t="zh/damaged_on_arrival", v=dict(buyer_name="钱先生", model="Orbitta S6", order_id="113-7261904-0058832",
                                           agent_name="王磊"),
         edits=[("sub", "再次致歉！", "等问题处理好之后，希望您能回到商品页面，把之前那条一星评价改一改。\n\n再次致歉！")],
         lang="zh", labels=["review-inducement", "template-required"],
         note="exact fill + added request to change a negative review", tags=[]),
    ("您好，退款已处理完毕。另外，X9 Ultra自清洁基站款已经上市，老客户下单可立减30美元，感兴趣的话可以看看。", "zh",
     ["marketing", "template-required"], "refund + new-product announcement with discount", []),
    # Traditional Chinese
    ("蔡小姐您好，錯誤代碼E14通常和充電座的位置有關，請把充電座移到沒有陽光直射的地方。如果還是不行，請加我們的LINE："
     "@orbitta_tw，技術人員會用視訊協助您。", "zh", ["off-platform-contact", "template-required"],
     "free product help + LINE handle", ["zh-hant"]),
    ("林先生您好，您的訂單已經送達。如果機器用得順手，希望您能給我們打五顆星，這對小店的排名幫助很大！", "zh",
     ["review-inducement", "template-required"], "delivery + conditional five-star request", ["zh-hant"]),
    # mixed
    ("Hi Ms. Zhang, 如果机器还是配网不成功，add us on WhatsApp at +1 626 555 0142 and we'll set it up together "
     "on a video call.", "mixed", ["off-platform-contact", "template-required"],
     "bilingual setup help + WhatsApp number", []),
]

# ---------------------------------------------------------------------------
# Machinery
# ---------------------------------------------------------------------------
PH = re.compile(r"\{\{([a-z_][a-z0-9_]*)\}\}")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
EN_RUN = re.compile(r"[A-Za-z']+(?:[ ,]+[A-Za-z']+){3,}")
# Characters that exist in only one of the two scripts (sanity check).
SIMP_ONLY = set("们这说发时对过还请问应该货单订号机电边网询给让经现种样实务")
TRAD_ONLY = set("們這說發時對過還請問應該貨單訂號機電邊網詢給讓經現種樣實務")

problems = []


def problem(msg):
    problems.append(msg)


def width(s):
    return sum(2 if CJK.match(c) or c in "，。：；！？（）「」“”、" else 1 for c in s)


def check_template(tid, text):
    if not text.strip():
        problem(f"{tid}: empty template")
    rest = PH.sub("", text)
    if "{{" in rest or "}}" in rest or "{" in rest or "}" in rest:
        problem(f"{tid}: unbalanced or malformed placeholder braces")
    if not PH.search(text):
        problem(f"{tid}: no placeholder")


def template_regex(text):
    out, seen, pos = [], set(), 0
    for m in PH.finditer(text):
        out.append(re.escape(text[pos:m.start()]))
        name = m.group(1)
        out.append(f"(?P={name})" if name in seen else f"(?P<{name}>[^\\n]+?)")
        seen.add(name)
        pos = m.end()
    out.append(re.escape(text[pos:]))
    return re.compile("".join(out))


def fill(tid, values):
    text = TEMPLATES[tid]
    names = set(PH.findall(text))
    if names != set(values):
        problem(f"{tid}: placeholders {sorted(names)} but values {sorted(values)}")
    for k, v in values.items():
        if "\n" in v or "{" in v or not v.strip() or len(v) > 60:
            problem(f"{tid}: value for {k} is not a short one-line text: {v!r}")
    return PH.sub(lambda m: values.get(m.group(1), m.group(0)), text)


def reflow(text):
    paras = []
    for para in text.split("\n\n"):
        merged = []
        for ln in para.split("\n"):
            cont = ln.startswith("   ")
            wrapped_prev = merged and width(merged[-1]) >= 60
            is_item = re.match(r"^\s*(\d+[.)]|[-*•·])\s", ln)
            if merged and (cont or (wrapped_prev and not is_item)):
                prev = merged[-1].rstrip()
                nxt = ln.strip()
                sep = "" if (CJK.match(prev[-1:]) or prev[-1:] in "，。；") and CJK.match(nxt[:1]) else " "
                merged[-1] = prev + sep + nxt
            else:
                merged.append(ln)
        paras.append("\n".join(merged))
    return "\n\n".join(paras)


def apply_edits(tid, text, edits):
    for e in edits:
        if e[0] == "sub":
            n = text.count(e[1])
            if n != 1:
                problem(f"{tid}: edit target {e[1]!r} occurs {n} times")
            text = text.replace(e[1], e[2], 1)
        elif e[0] == "glyph":
            pat = re.compile(r"(?m)^" + re.escape(e[1]))
            if not pat.search(text):
                problem(f"{tid}: glyph {e[1]!r} not found")
            text = pat.sub(e[2], text)
        elif e[0] == "reflow":
            new = reflow(text)
            if new == text:
                problem(f"{tid}: reflow changed nothing")
            text = new
        else:
            problem(f"{tid}: unknown edit {e[0]}")
    return text


def build():
    recs = []

    def add(cat, text, labels, lang, note, tags):
        recs.append({"id": f"t20-{len(recs) + 1:03d}", "text": text, "labels": labels, "lang": lang,
                     "tags": [cat] + tags, "note": note, "context": "reply"})

    def from_template(entry):
        tid = entry["t"]
        if tid not in TEMPLATES:
            problem(f"unknown template {tid}")
            return "", False
        base = fill(tid, entry["v"])
        text = apply_edits(tid, base, entry["edits"])
        exact = bool(template_regex(TEMPLATES[tid]).fullmatch(text))
        if not entry["edits"] and not exact:
            problem(f"{tid}: exact fill does not match its template")
        if entry["edits"] and exact:
            problem(f"{tid}: edited fill still matches the template exactly")
        return text, exact

    for e in FILLED:
        text, exact = from_template(e)
        lang = "en" if e["t"].startswith("en/") else "zh"
        tags = ["exact" if exact else "edited"] + (["zh-hant"] if e["t"].startswith("zh-tw/") else [])
        add("filled-template", text, [], lang, f"{e['t']}: {e['note']}", tags)
    for text, lang, note, tags in LOGISTICS:
        add("logistics", text, [], lang, note, tags)
    for text, lang, note, tags in REWRITTEN:
        add("rewritten", text, ["template-required"], lang, note, tags)
    for text, lang, note, tags in MIXED_LOGISTICS:
        add("mixed-logistics", text, ["template-required"], lang, note, tags)
    for v in VIOLATING:
        if isinstance(v, dict):
            text, _ = from_template(v)
            add("violating", text, v["labels"], v["lang"], f"{v['t']}: {v['note']}",
                ["from-template"] + v["tags"])
        else:
            text, lang, labels, note, tags = v
            add("violating", text, labels, lang, note, tags)
    return recs


def validate_records(recs):
    ids = set()
    for r in recs:
        rid = r.get("id", "?")
        for f in FIELDS:
            if f not in r:
                problem(f"{rid}: missing field {f}")
        if set(r) - set(FIELDS):
            problem(f"{rid}: unexpected fields {sorted(set(r) - set(FIELDS))}")
        if rid in ids:
            problem(f"{rid}: duplicate id")
        ids.add(rid)
        if not re.fullmatch(r"t20-\d{3}", str(rid)):
            problem(f"{rid}: bad id format")
        text = r.get("text")
        if not isinstance(text, str) or not text.strip():
            problem(f"{rid}: empty text")
            continue
        if "{{" in text or "}}" in text:
            problem(f"{rid}: unfilled placeholder")
        labels = r.get("labels")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            problem(f"{rid}: labels must be a list of policy names: {labels!r}")
            continue
        if len(set(labels)) != len(labels):
            problem(f"{rid}: duplicate label")
        if r.get("lang") not in LANGS:
            problem(f"{rid}: bad lang {r.get('lang')!r}")
        if r.get("context") != "reply":
            problem(f"{rid}: context must be 'reply'")
        tags = r.get("tags")
        if not isinstance(tags, list) or not tags or tags[0] not in CATEGORIES:
            problem(f"{rid}: tags[0] must be a category")
            continue
        if not isinstance(r.get("note"), str) or not r["note"].strip():
            problem(f"{rid}: empty note")
        cat = tags[0]
        # label consistency per category
        expect = {"filled-template": [], "logistics": [], "rewritten": ["template-required"],
                  "mixed-logistics": ["template-required"]}
        if cat in expect and labels != expect[cat]:
            problem(f"{rid}: {cat} must be labelled {expect[cat]}")
        if cat == "violating" and not (set(labels) & CONTENT_POLICIES):
            problem(f"{rid}: violating record without a content policy")
        if cat == "filled-template" and r["note"].split(":")[0] not in TEMPLATES:
            problem(f"{rid}: note must start with the source template id")
        # language sanity
        has_cjk = bool(CJK.search(text))
        has_en_run = bool(EN_RUN.search(CJK.sub(" ", text))) if has_cjk else True
        lang = r["lang"]
        if lang == "en" and has_cjk:
            problem(f"{rid}: lang en but CJK text present")
        if lang == "zh" and (not has_cjk or EN_RUN.search(text)):
            problem(f"{rid}: lang zh but no CJK or an English sentence present")
        if lang == "mixed" and not (has_cjk and has_en_run):
            problem(f"{rid}: lang mixed needs both Chinese and English sentences")
        if lang == "zh":
            chars = set(text)
            if "zh-hant" in tags and chars & SIMP_ONLY:
                problem(f"{rid}: Traditional text contains Simplified-only {sorted(chars & SIMP_ONLY)}")
            if "zh-hant" not in tags and chars & TRAD_ONLY:
                problem(f"{rid}: Simplified text contains Traditional-only {sorted(chars & TRAD_ONLY)}")
        if "\n\n\n" in text:
            problem(f"{rid}: more than one blank line in a row")


def main():
    for tid, text in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9_]+", tid):
            problem(f"{tid}: bad template id")
        check_template(tid, text)
        chars = set(text)
        if tid.startswith("zh-tw/") and chars & SIMP_ONLY:
            problem(f"{tid}: Simplified-only characters {sorted(chars & SIMP_ONLY)}")
        if tid.startswith("zh/") and chars & TRAD_ONLY:
            problem(f"{tid}: Traditional-only characters {sorted(chars & TRAD_ONLY)}")
        if tid.startswith("en/") and CJK.search(text):
            problem(f"{tid}: CJK in an English template")
    recs = build()
    validate_records(recs)
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        sys.exit(1)

    # write
    if os.path.isdir(LIB):
        shutil.rmtree(LIB)
    for tid, text in TEMPLATES.items():
        path = os.path.join(LIB, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read and validate what was written
    written = {}
    for root, _, files in os.walk(LIB):
        for name in files:
            p = os.path.join(root, name)
            if not name.endswith(".txt"):
                problem(f"stray file {p}")
                continue
            tid = os.path.relpath(p, LIB)[:-4].replace(os.sep, "/")
            with open(p, encoding="utf-8") as f:
                written[tid] = f.read()
            check_template(tid, written[tid])
    if set(written) != set(TEMPLATES):
        problem("library on disk differs from TEMPLATES")
    back = []
    with open(OUT, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                back.append(json.loads(line))
            except json.JSONDecodeError as e:
                problem(f"replies.jsonl line {n}: {e}")
    validate_records(back)
    if problems:
        for p in problems:
            print("ERROR:", p, file=sys.stderr)
        sys.exit(1)

    # summary
    from collections import Counter
    print(f"templates: {len(written)} ({dict(Counter(t.split('/')[0] for t in written))})")
    print(f"replies: {len(back)}")
    by_cat = Counter(r["tags"][0] for r in back)
    for cat in CATEGORIES:
        sub = [r for r in back if r["tags"][0] == cat]
        langs = Counter("zh-hant" if "zh-hant" in r["tags"] else r["lang"] for r in sub)
        print(f"  {cat:16s} {by_cat[cat]:3d}  " + ", ".join(f"{k}={langs[k]}" for k in ("en", "zh", "zh-hant", "mixed")))
    langs = Counter("zh-hant" if "zh-hant" in r["tags"] else r["lang"] for r in back)
    print("  languages: " + ", ".join(f"{k}={langs[k]}" for k in ("en", "zh", "zh-hant", "mixed")))
    edited = sum(1 for r in back if "edited" in r["tags"])
    print(f"  filled-template edited: {edited}")
    print("  labels: " + ", ".join(f"{k}={v}" for k, v in
                                  sorted(Counter(l for r in back for l in r["labels"]).items())))
    print(f"  unlabelled: {sum(1 for r in back if not r['labels'])}")


if __name__ == "__main__":
    main()
