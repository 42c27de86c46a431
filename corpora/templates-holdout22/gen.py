#!/usr/bin/env python3
"""Held-out test set t22 for msglint's `template-required` check.

Invented seller: Marivo Aquatics (aquarium filters, heaters, LED lights, test kits).
Every template and every reply is a literal in this file.  Running

    python3 gen.py

writes, next to this script,
    library/<lang>/<name>.txt   the approved template library (template id = path without .txt)
    replies.jsonl               the labelled replies, one JSON object per line
and validates both.  Exit status 0 when everything is consistent, 1 on any problem.
"""
import difflib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Policy names fixed by interface.md (the `policy` field of a finding).
POLICIES = (
    "review-inducement",
    "review-request-limit",
    "template-required",
    "off-platform-contact",
    "marketing",
    "response-time",
)
CONTENT_POLICIES = ("review-inducement", "off-platform-contact", "marketing")
CATEGORIES = ("filled-template", "logistics", "rewritten", "mixed-logistics", "violating")
LANGS = ("en", "zh", "mixed")

RECORDS = []


def R(rid, category, lang, labels, note, text, extra=()):
    """Append one labelled reply. tags[0] is the category; extra tags follow."""
    RECORDS.append({
        "id": rid,
        "text": text,
        "labels": list(labels),
        "lang": lang,
        "tags": [category] + list(extra),
        "note": note,
        "context": "reply",
    })


# ---- approved template library (written to library/<id>.txt) ----
TEMPLATES = {}
TEMPLATES["en/filter-setup-priming"] = """\
Hi {{buyer_name}},

Thank you for reaching out about priming your Marivo {{model}} canister filter. Please follow these steps:

1. Unplug the filter and check that both hoses are attached to the quick-disconnect valve, with the valve lever in the OPEN position.
2. Fill the canister with tank water to about 2 cm below the rim, then close the lid.
3. Press the priming button on the lid 8 to 10 times until water runs into the outlet hose.
4. Plug the filter in. Some gurgling in the first few minutes is normal while trapped air escapes.
5. If the flow is still weak after 10 minutes, unplug the filter, tilt the canister gently to release the air, and repeat step 3.

The canister must stand below the water line of the tank, otherwise it cannot draw water in by itself.

Best regards,
{{agent_name}}
Marivo Aquatics Customer Care
"""
TEMPLATES["en/heater-temperature"] = """\
Hello {{buyer_name}}, thanks for your question about the Marivo {{model}}
heater. The dial is calibrated at the factory, so please set it to
{{temperature}} and give the tank 24 hours to settle before you change it
again. Mount the heater close to the filter outlet so the warm water is
spread evenly, and keep the whole tube below the minimum water line.
Always unplug the heater and wait 30 minutes before lifting it out of the
water, so the glass can cool down. If a separate thermometer still differs
from the setting by more than 1 degree after a day, turn the calibration
ring on top of the heater one notch in the direction you need. Kind
regards, {{agent_name}}
"""
TEMPLATES["en/led-schedule"] = """\
Dear {{buyer_name}},

Here is how to program the built-in timer of your Marivo {{model}} LED light:

- Hold the MODE button for 3 seconds until the clock digits flash, then set the current time with the + and - buttons.
- Press MODE again to set the sunrise time (we suggest {{start_time}}).
- Press MODE once more to set the sunset time (we suggest {{end_time}}).
- For a planted tank, 6 to 8 hours of full light a day is a good starting point; longer periods often lead to algae.
- The light fades in and out over 30 minutes, so a short dim phase at each end of the day is normal.

The schedule stays in memory through power cuts of up to 72 hours.

Sincerely,
{{agent_name}}
Marivo Aquatics
"""
TEMPLATES["en/test-kit-reading"] = """\
Order: {{order_id}}
Product: Marivo 6-in-1 Water Test Kit

Hi {{buyer_name}},

To get a reliable reading from the test strips:

1. Dip one strip into the tank water for 2 seconds, then hold it flat with the pads facing up.
2. Wait 60 seconds and compare the pads with the color chart on the bottle, ideally in daylight.
3. Read the nitrite and nitrate pads first, because they keep changing after 2 minutes.
4. Close the bottle straight away; moisture shortens the life of the remaining strips.

For most freshwater community tanks, ammonia and nitrite should read 0, nitrate should stay below 40 ppm and pH between 6.5 and 7.5. Your result of {{result}} suggests {{advice}}.

Regards,
{{agent_name}}
"""
TEMPLATES["en/noise-troubleshooting"] = """\
Hi {{buyer_name}}, we are sorry to hear that your {{model}} has become noisy. Noise usually has one of these causes:
1) Air in the canister: tilt the canister slightly while it runs so the bubbles can escape.
2) A dirty impeller: unplug the filter, remove the impeller cover and rinse the impeller and its shaft in tank water.
3) A dry shaft: put a drop of water on the ceramic shaft before reassembly; never use oil.
4) Vibration: stand the filter on the rubber mat from the box, away from the cabinet wall.
If the rattling goes on after these steps, please reply with a short description of the sound and we will arrange a replacement impeller under warranty. Thanks, {{agent_name}}
"""
TEMPLATES["en/damaged-on-arrival"] = """\
Dear {{buyer_name}},

We are very sorry that your {{product}} arrived damaged (order {{order_id}}). For your safety, please do not use it. We can send you a replacement free of charge, or you can request a full refund through Amazon: open Your Orders, choose this order and select "Return or replace items". You do not need to send the damaged item back unless Amazon asks you to. Please let us know which option you prefer.

With our apologies,
{{agent_name}}
Marivo Aquatics Customer Care
"""
TEMPLATES["en/missing-part"] = """\
Hi {{buyer_name}},

Sorry that a part was missing from your package. We will send it to you at no cost.

Order: {{order_id}}
Model: {{model}}
Missing part: {{part}}
Dispatch date: {{date}}

The part will go to the delivery address on your Amazon order. Until it arrives, you can keep using the rest of the set if it works safely without the missing piece.

Thanks for your patience,
{{agent_name}}
"""
TEMPLATES["en/warranty"] = """\
Dear {{buyer_name}},

Every Marivo filter, heater and LED light has a {{warranty_period}} warranty
from the delivery date. It covers defects in materials and workmanship,
such as a motor that fails, a heater that no longer switches off, or LEDs
that stop lighting. It does not cover glass broken by a fall, impellers
worn down by sand, or damage caused by running a filter dry.

To make a claim, please reply in this thread with your order number, a
short description of the fault and a photo or video of the unit. Once we
have confirmed the fault, we will send a replacement part or unit free of
charge.

Best wishes,
{{agent_name}}
"""
TEMPLATES["en/review-request"] = """\
Hello {{buyer_name}},

Thank you for your order {{order_id}}. We hope your {{product}} is running well in your tank. If you have a moment, you are welcome to describe your experience with it in a review on Amazon. Honest comments help other fishkeepers pick the right equipment.

Regards,
Marivo Aquatics
"""
TEMPLATES["en/compatible-tank-sizes"] = """\
Hi {{buyer_name}},

Thanks for checking compatibility before you set things up. The {{model}} is rated as follows:

* Recommended tank volume: {{min_size}} to {{max_size}}
* Heavily stocked tanks: stay in the lower half of that range
* Lid cut-out needed for the hoses: at least 5 x 8 cm
* Maximum height from the filter to the tank rim: 1.5 m

If your tank is bigger than that range, two units at opposite ends give better circulation than a single unit.

Kind regards, {{agent_name}}
"""
TEMPLATES["zh/filter-setup-priming"] = """\
{{buyer_name}}您好：

感谢您选购Marivo {{model}}外置过滤桶。首次注水启动请按以下步骤操作：

1. 先断开电源，确认进出水管都已接好，快接阀手柄处于“开”的位置。
2. 往桶内注入鱼缸水，注到离桶口约2厘米处，再盖紧桶盖。
3. 连续按压桶盖上的注水按钮8到10次，直到出水管有水流出。
4. 接通电源。开机头几分钟有咕噜声属于正常现象，是桶内的空气在排出。
5. 如果10分钟后水流仍然偏小，请断电后轻轻倾斜桶身排气，再重复第3步。

请注意：过滤桶必须放在鱼缸水面以下，否则无法自动引水。

祝您养鱼愉快！
{{agent_name}}
Marivo水族客服
"""
TEMPLATES["zh/heater-temperature"] = """\
型号：{{model}}
建议温度：{{temperature}}

{{buyer_name}}您好，加热棒出厂前已经校准过，请把旋钮直接调到上面的建议温度，观察24小时后再决定是否微调。安装时请把加热棒放在过滤器出水口附近，让热水均匀扩散，并保证整根加热棒都在最低水位线以下。换水或取出加热棒之前，请先断电静置30分钟，等玻璃管冷却后再离水，以免炸裂。如果一天后另配的温度计读数与设定值相差超过1度，可以把顶部的校准环朝需要的方向转动一格。谢谢！{{agent_name}}
"""
TEMPLATES["zh/test-kit-reading"] = """\
订单号：{{order_id}}
型号：{{model}}

亲爱的{{buyer_name}}：

试纸的正确读数方法如下：
一、取一条试纸在鱼缸水中浸泡2秒，取出后保持水平，色块朝上。
二、等待60秒，在自然光下与瓶身上的色卡对比。
三、先读亚硝酸盐和硝酸盐两项，这两项超过2分钟会继续变色。
四、用完立即拧紧瓶盖，受潮会缩短剩余试纸的寿命。

一般淡水混养缸的参考值：氨和亚硝酸盐为0，硝酸盐低于40 ppm，pH在6.5到7.5之间。根据您测得的{{result}}，建议{{advice}}。

{{agent_name}} 敬上
"""
TEMPLATES["zh/cleaning-media"] = """\
{{buyer_name}}您好！

关于{{model}}的日常清洗和滤材更换，建议如下：
• 过滤棉：每2到4周用换出来的鱼缸水漂洗一次，不要用自来水，以免杀死硝化细菌。
• 生化球和陶瓷环：一般无需更换，只在明显堵塞时用缸水轻轻冲洗。
• 活性炭包：每4到6周更换一次，用过的炭包不能重复使用。
• 叶轮：每3个月取出清洁一次，同时检查有没有磨损。
• 每次只清洗一层滤材，其余保持不动，让细菌群落尽快恢复。

该型号对应的替换滤材规格为{{media_code}}。

客服 {{agent_name}}
"""
TEMPLATES["zh/damaged-on-arrival"] = """\
{{buyer_name}}您好，
非常抱歉，您订单{{order_id}}中的{{product}}到货时已经损坏。为了您的安全，
请不要继续使用该产品。我们可以免费为您补发一件新的，您也可以通过亚马逊
申请全额退款：进入“我的订单”，选择该订单，点击“退货或换货”即可。除非
亚马逊另有要求，损坏的商品无需寄回。请回复告诉我们您希望补发还是退款，
我们会尽快为您处理。
再次向您致歉！
{{agent_name}}
"""
TEMPLATES["zh/review-request"] = """\
{{buyer_name}}您好：

感谢您在亚马逊购买{{product}}（订单号{{order_id}}），希望它在您的鱼缸里运行良好。如果您有空，可以在亚马逊上写下您对这件产品的看法，不论感受如何，都能给其他鱼友提供参考。

Marivo水族
"""
TEMPLATES["zh-tw/led-schedule"] = """\
{{buyer_name}} 您好：

以下是 Marivo {{model}} 燈具內建定時器的設定方式：
・長按 MODE 鍵 3 秒，時鐘數字閃爍後，用 + / - 鍵設定目前時間。
・再按一次 MODE，設定開燈時間（建議 {{start_time}}）。
・再按一次 MODE，設定關燈時間（建議 {{end_time}}）。
・水草缸每天全亮 6 到 8 小時即可，時間太長容易長藻。
・開燈與關燈前後各有 30 分鐘的漸亮漸暗，屬於正常設計。

停電 72 小時以內，定時設定都會保留。

{{agent_name}} 敬上
Marivo 水族客服
"""
TEMPLATES["zh-tw/noise-troubleshooting"] = """\
{{buyer_name}} 您好，很抱歉 {{model}} 運轉時出現噪音。常見原因有三個：桶內殘留空氣，可在運轉時稍微傾斜桶身排氣；葉輪卡到雜物，請斷電後拆下葉輪蓋，用缸水沖洗葉輪與轉軸；擺放位置產生共振，請墊上隨附的橡膠墊，並與櫃壁保持距離。如果以上處理後仍有異音，請回覆說明聲音的情況，我們會依保固為您寄出新的葉輪。謝謝！{{agent_name}}
"""
TEMPLATES["zh-tw/warranty"] = """\
親愛的 {{buyer_name}}：

感謝您的詢問。Marivo 過濾器、加熱棒與 LED 燈具皆享有保固，說明如下：

產品型號：{{model}}
保固期限：自到貨日起 {{warranty_period}}

1. 保固範圍：材料或製造瑕疵，例如馬達故障、加熱棒無法斷電、LED 燈珠不亮。
2. 不在保固範圍：摔落造成的玻璃破裂、細沙磨損的葉輪、空轉造成的損壞。
3. 申請方式：請直接在此訊息串回覆訂單編號、故障描述，以及照片或影片。

確認故障後，我們會免費寄送替換零件或新品。

{{agent_name}}
Marivo 水族客服團隊
"""
TEMPLATES["zh-tw/missing-part"] = """\
{{buyer_name}} 您好，
很抱歉您的包裹少了零件，我們會免費補寄給您。
訂單編號：{{order_id}}
缺少零件：{{part}}
預計寄出：{{date}}
零件會寄到您亞馬遜訂單上的地址，收到後如有安裝上的問題，歡迎直接在此回覆。
{{agent_name}}
"""

# ---- filled-template, exact fills (placeholders replaced, nothing else changed) ----
R("t22-001", "filled-template", "en", [], "en/filter-setup-priming; exact fill (buyer_name=Dana, model=CF-300, agent_name=Lena)", text="""\
Hi Dana,

Thank you for reaching out about priming your Marivo CF-300 canister filter. Please follow these steps:

1. Unplug the filter and check that both hoses are attached to the quick-disconnect valve, with the valve lever in the OPEN position.
2. Fill the canister with tank water to about 2 cm below the rim, then close the lid.
3. Press the priming button on the lid 8 to 10 times until water runs into the outlet hose.
4. Plug the filter in. Some gurgling in the first few minutes is normal while trapped air escapes.
5. If the flow is still weak after 10 minutes, unplug the filter, tilt the canister gently to release the air, and repeat step 3.

The canister must stand below the water line of the tank, otherwise it cannot draw water in by itself.

Best regards,
Lena
Marivo Aquatics Customer Care""")

# t22-002 en/filter-setup-priming: EDITED, see below
R("t22-003", "filled-template", "en", [], "en/heater-temperature; exact fill (buyer_name=Priya, model=HT-100, temperature=25 °C (77 °F), agent_name=Sam)", text="""\
Hello Priya, thanks for your question about the Marivo HT-100
heater. The dial is calibrated at the factory, so please set it to
25 °C (77 °F) and give the tank 24 hours to settle before you change it
again. Mount the heater close to the filter outlet so the warm water is
spread evenly, and keep the whole tube below the minimum water line.
Always unplug the heater and wait 30 minutes before lifting it out of the
water, so the glass can cool down. If a separate thermometer still differs
from the setting by more than 1 degree after a day, turn the calibration
ring on top of the heater one notch in the direction you need. Kind
regards, Sam""")

# t22-004 en/heater-temperature: EDITED, see below
# t22-005 en/heater-temperature: EDITED, see below
R("t22-006", "filled-template", "en", [], "en/led-schedule; exact fill (buyer_name=Chris, model=LUMA-60, start_time=10:00, end_time=18:00, agent_name=Marco)", text="""\
Dear Chris,

Here is how to program the built-in timer of your Marivo LUMA-60 LED light:

- Hold the MODE button for 3 seconds until the clock digits flash, then set the current time with the + and - buttons.
- Press MODE again to set the sunrise time (we suggest 10:00).
- Press MODE once more to set the sunset time (we suggest 18:00).
- For a planted tank, 6 to 8 hours of full light a day is a good starting point; longer periods often lead to algae.
- The light fades in and out over 30 minutes, so a short dim phase at each end of the day is normal.

The schedule stays in memory through power cuts of up to 72 hours.

Sincerely,
Marco
Marivo Aquatics""")

# t22-007 en/led-schedule: EDITED, see below
R("t22-008", "filled-template", "en", [], "en/test-kit-reading; exact fill (order_id=113-4829173-5521904, buyer_name=Ben, result=nitrate 80 ppm, advice=a 30% water change this week and a new test in 3 days, agent_name=Ivy)", text="""\
Order: 113-4829173-5521904
Product: Marivo 6-in-1 Water Test Kit

Hi Ben,

To get a reliable reading from the test strips:

1. Dip one strip into the tank water for 2 seconds, then hold it flat with the pads facing up.
2. Wait 60 seconds and compare the pads with the color chart on the bottle, ideally in daylight.
3. Read the nitrite and nitrate pads first, because they keep changing after 2 minutes.
4. Close the bottle straight away; moisture shortens the life of the remaining strips.

For most freshwater community tanks, ammonia and nitrite should read 0, nitrate should stay below 40 ppm and pH between 6.5 and 7.5. Your result of nitrate 80 ppm suggests a 30% water change this week and a new test in 3 days.

Regards,
Ivy""")

# t22-009 en/test-kit-reading: EDITED, see below
R("t22-010", "filled-template", "en", [], "en/noise-troubleshooting; exact fill (buyer_name=Greg, model=CF-450, agent_name=Lena)", text="""\
Hi Greg, we are sorry to hear that your CF-450 has become noisy. Noise usually has one of these causes:
1) Air in the canister: tilt the canister slightly while it runs so the bubbles can escape.
2) A dirty impeller: unplug the filter, remove the impeller cover and rinse the impeller and its shaft in tank water.
3) A dry shaft: put a drop of water on the ceramic shaft before reassembly; never use oil.
4) Vibration: stand the filter on the rubber mat from the box, away from the cabinet wall.
If the rattling goes on after these steps, please reply with a short description of the sound and we will arrange a replacement impeller under warranty. Thanks, Lena""")

# t22-011 en/noise-troubleshooting: EDITED, see below
R("t22-012", "filled-template", "en", [], "en/damaged-on-arrival; exact fill (buyer_name=Ms. Alvarez, product=LUMA-90 LED light, order_id=112-5518264-3307719, agent_name=Marco)", text="""\
Dear Ms. Alvarez,

We are very sorry that your LUMA-90 LED light arrived damaged (order 112-5518264-3307719). For your safety, please do not use it. We can send you a replacement free of charge, or you can request a full refund through Amazon: open Your Orders, choose this order and select "Return or replace items". You do not need to send the damaged item back unless Amazon asks you to. Please let us know which option you prefer.

With our apologies,
Marco
Marivo Aquatics Customer Care""")

# t22-013 en/damaged-on-arrival: EDITED, see below
R("t22-014", "filled-template", "en", [], "en/missing-part; exact fill (buyer_name=Nora, order_id=114-6627309-2215086, model=CF-300, part=inlet strainer, date=June 14, agent_name=Sam)", text="""\
Hi Nora,

Sorry that a part was missing from your package. We will send it to you at no cost.

Order: 114-6627309-2215086
Model: CF-300
Missing part: inlet strainer
Dispatch date: June 14

The part will go to the delivery address on your Amazon order. Until it arrives, you can keep using the rest of the set if it works safely without the missing piece.

Thanks for your patience,
Sam""")

R("t22-015", "filled-template", "en", [], "en/missing-part; exact fill (buyer_name=Mr. Patel, order_id=111-3382914-8850627, model=HT-200, part=2 suction cup clips, date=tomorrow, agent_name=Lena)", text="""\
Hi Mr. Patel,

Sorry that a part was missing from your package. We will send it to you at no cost.

Order: 111-3382914-8850627
Model: HT-200
Missing part: 2 suction cup clips
Dispatch date: tomorrow

The part will go to the delivery address on your Amazon order. Until it arrives, you can keep using the rest of the set if it works safely without the missing piece.

Thanks for your patience,
Lena""")

R("t22-016", "filled-template", "en", [], "en/warranty; exact fill (buyer_name=Ruth, warranty_period=2-year, agent_name=Marco)", text="""\
Dear Ruth,

Every Marivo filter, heater and LED light has a 2-year warranty
from the delivery date. It covers defects in materials and workmanship,
such as a motor that fails, a heater that no longer switches off, or LEDs
that stop lighting. It does not cover glass broken by a fall, impellers
worn down by sand, or damage caused by running a filter dry.

To make a claim, please reply in this thread with your order number, a
short description of the fault and a photo or video of the unit. Once we
have confirmed the fault, we will send a replacement part or unit free of
charge.

Best wishes,
Marco""")

# t22-017 en/warranty: EDITED, see below
R("t22-018", "filled-template", "en", [], "en/review-request; exact fill (buyer_name=Leo, order_id=113-9046612-7183345, product=CF-300 canister filter)", text="""\
Hello Leo,

Thank you for your order 113-9046612-7183345. We hope your CF-300 canister filter is running well in your tank. If you have a moment, you are welcome to describe your experience with it in a review on Amazon. Honest comments help other fishkeepers pick the right equipment.

Regards,
Marivo Aquatics""")

R("t22-019", "filled-template", "en", [], "en/review-request; exact fill (buyer_name=Hannah, order_id=112-0917735-4462198, product=HT-100 heater)", text="""\
Hello Hannah,

Thank you for your order 112-0917735-4462198. We hope your HT-100 heater is running well in your tank. If you have a moment, you are welcome to describe your experience with it in a review on Amazon. Honest comments help other fishkeepers pick the right equipment.

Regards,
Marivo Aquatics""")

R("t22-020", "filled-template", "en", [], "en/compatible-tank-sizes; exact fill (buyer_name=Omar, model=CF-450, min_size=200 L (53 gal), max_size=450 L (120 gal), agent_name=Sam)", text="""\
Hi Omar,

Thanks for checking compatibility before you set things up. The CF-450 is rated as follows:

* Recommended tank volume: 200 L (53 gal) to 450 L (120 gal)
* Heavily stocked tanks: stay in the lower half of that range
* Lid cut-out needed for the hoses: at least 5 x 8 cm
* Maximum height from the filter to the tank rim: 1.5 m

If your tank is bigger than that range, two units at opposite ends give better circulation than a single unit.

Kind regards, Sam""")

# t22-021 en/compatible-tank-sizes: EDITED, see below
R("t22-022", "filled-template", "zh", [], "zh/filter-setup-priming; exact fill (buyer_name=王先生, model=CF-300, agent_name=小周)", text="""\
王先生您好：

感谢您选购Marivo CF-300外置过滤桶。首次注水启动请按以下步骤操作：

1. 先断开电源，确认进出水管都已接好，快接阀手柄处于“开”的位置。
2. 往桶内注入鱼缸水，注到离桶口约2厘米处，再盖紧桶盖。
3. 连续按压桶盖上的注水按钮8到10次，直到出水管有水流出。
4. 接通电源。开机头几分钟有咕噜声属于正常现象，是桶内的空气在排出。
5. 如果10分钟后水流仍然偏小，请断电后轻轻倾斜桶身排气，再重复第3步。

请注意：过滤桶必须放在鱼缸水面以下，否则无法自动引水。

祝您养鱼愉快！
小周
Marivo水族客服""")

# t22-023 zh/filter-setup-priming: EDITED, see below
R("t22-024", "filled-template", "zh", [], "zh/heater-temperature; exact fill (model=HT-100, temperature=25℃, buyer_name=李女士, agent_name=Amy)", text="""\
型号：HT-100
建议温度：25℃

李女士您好，加热棒出厂前已经校准过，请把旋钮直接调到上面的建议温度，观察24小时后再决定是否微调。安装时请把加热棒放在过滤器出水口附近，让热水均匀扩散，并保证整根加热棒都在最低水位线以下。换水或取出加热棒之前，请先断电静置30分钟，等玻璃管冷却后再离水，以免炸裂。如果一天后另配的温度计读数与设定值相差超过1度，可以把顶部的校准环朝需要的方向转动一格。谢谢！Amy""")

# t22-025 zh/heater-temperature: EDITED, see below
R("t22-026", "filled-template", "zh", [], "zh/test-kit-reading; exact fill (order_id=113-2265048-9931472, model=TK-6, buyer_name=陈先生, result=硝酸盐80 ppm, advice=本周换水30%，三天后再测一次, agent_name=小周)", text="""\
订单号：113-2265048-9931472
型号：TK-6

亲爱的陈先生：

试纸的正确读数方法如下：
一、取一条试纸在鱼缸水中浸泡2秒，取出后保持水平，色块朝上。
二、等待60秒，在自然光下与瓶身上的色卡对比。
三、先读亚硝酸盐和硝酸盐两项，这两项超过2分钟会继续变色。
四、用完立即拧紧瓶盖，受潮会缩短剩余试纸的寿命。

一般淡水混养缸的参考值：氨和亚硝酸盐为0，硝酸盐低于40 ppm，pH在6.5到7.5之间。根据您测得的硝酸盐80 ppm，建议本周换水30%，三天后再测一次。

小周 敬上""")

# t22-027 zh/test-kit-reading: EDITED, see below
R("t22-028", "filled-template", "zh", [], "zh/cleaning-media; exact fill (buyer_name=刘先生, model=CF-450, media_code=MF-450滤材套装, agent_name=Amy)", text="""\
刘先生您好！

关于CF-450的日常清洗和滤材更换，建议如下：
• 过滤棉：每2到4周用换出来的鱼缸水漂洗一次，不要用自来水，以免杀死硝化细菌。
• 生化球和陶瓷环：一般无需更换，只在明显堵塞时用缸水轻轻冲洗。
• 活性炭包：每4到6周更换一次，用过的炭包不能重复使用。
• 叶轮：每3个月取出清洁一次，同时检查有没有磨损。
• 每次只清洗一层滤材，其余保持不动，让细菌群落尽快恢复。

该型号对应的替换滤材规格为MF-450滤材套装。

客服 Amy""")

R("t22-029", "filled-template", "zh", [], "zh/cleaning-media; exact fill (buyer_name=赵女士, model=CF-300, media_code=MF-300, agent_name=阿杰)", text="""\
赵女士您好！

关于CF-300的日常清洗和滤材更换，建议如下：
• 过滤棉：每2到4周用换出来的鱼缸水漂洗一次，不要用自来水，以免杀死硝化细菌。
• 生化球和陶瓷环：一般无需更换，只在明显堵塞时用缸水轻轻冲洗。
• 活性炭包：每4到6周更换一次，用过的炭包不能重复使用。
• 叶轮：每3个月取出清洁一次，同时检查有没有磨损。
• 每次只清洗一层滤材，其余保持不动，让细菌群落尽快恢复。

该型号对应的替换滤材规格为MF-300。

客服 阿杰""")

R("t22-030", "filled-template", "zh", [], "zh/damaged-on-arrival; exact fill (buyer_name=孙女士, order_id=112-4471093-6602815, product=HT-200加热棒, agent_name=小周)", text="""\
孙女士您好，
非常抱歉，您订单112-4471093-6602815中的HT-200加热棒到货时已经损坏。为了您的安全，
请不要继续使用该产品。我们可以免费为您补发一件新的，您也可以通过亚马逊
申请全额退款：进入“我的订单”，选择该订单，点击“退货或换货”即可。除非
亚马逊另有要求，损坏的商品无需寄回。请回复告诉我们您希望补发还是退款，
我们会尽快为您处理。
再次向您致歉！
小周""")

# t22-031 zh/damaged-on-arrival: EDITED, see below
R("t22-032", "filled-template", "zh", [], "zh/review-request; exact fill (buyer_name=周先生, product=LUMA-60水草灯, order_id=113-5572810-1149963)", text="""\
周先生您好：

感谢您在亚马逊购买LUMA-60水草灯（订单号113-5572810-1149963），希望它在您的鱼缸里运行良好。如果您有空，可以在亚马逊上写下您对这件产品的看法，不论感受如何，都能给其他鱼友提供参考。

Marivo水族""")

R("t22-033", "filled-template", "zh", [], "zh/review-request; exact fill (buyer_name=黄女士, product=CF-300过滤桶, order_id=114-3318806-7720451)", text="""\
黄女士您好：

感谢您在亚马逊购买CF-300过滤桶（订单号114-3318806-7720451），希望它在您的鱼缸里运行良好。如果您有空，可以在亚马逊上写下您对这件产品的看法，不论感受如何，都能给其他鱼友提供参考。

Marivo水族""")

R("t22-034", "filled-template", "zh", [], "zh/heater-temperature; exact fill (model=HT-200, temperature=26℃, buyer_name=吴先生, agent_name=阿杰)", text="""\
型号：HT-200
建议温度：26℃

吴先生您好，加热棒出厂前已经校准过，请把旋钮直接调到上面的建议温度，观察24小时后再决定是否微调。安装时请把加热棒放在过滤器出水口附近，让热水均匀扩散，并保证整根加热棒都在最低水位线以下。换水或取出加热棒之前，请先断电静置30分钟，等玻璃管冷却后再离水，以免炸裂。如果一天后另配的温度计读数与设定值相差超过1度，可以把顶部的校准环朝需要的方向转动一格。谢谢！阿杰""")

R("t22-035", "filled-template", "zh", [], "zh-tw/led-schedule; exact fill (buyer_name=張先生, model=LUMA-90, start_time=10:00, end_time=18:00, agent_name=阿凱)", extra=["traditional"], text="""\
張先生 您好：

以下是 Marivo LUMA-90 燈具內建定時器的設定方式：
・長按 MODE 鍵 3 秒，時鐘數字閃爍後，用 + / - 鍵設定目前時間。
・再按一次 MODE，設定開燈時間（建議 10:00）。
・再按一次 MODE，設定關燈時間（建議 18:00）。
・水草缸每天全亮 6 到 8 小時即可，時間太長容易長藻。
・開燈與關燈前後各有 30 分鐘的漸亮漸暗，屬於正常設計。

停電 72 小時以內，定時設定都會保留。

阿凱 敬上
Marivo 水族客服""")

# t22-036 zh-tw/led-schedule: EDITED, see below
R("t22-037", "filled-template", "zh", [], "zh-tw/noise-troubleshooting; exact fill (buyer_name=林小姐, model=CF-450, agent_name=小美)", extra=["traditional"], text="""\
林小姐 您好，很抱歉 CF-450 運轉時出現噪音。常見原因有三個：桶內殘留空氣，可在運轉時稍微傾斜桶身排氣；葉輪卡到雜物，請斷電後拆下葉輪蓋，用缸水沖洗葉輪與轉軸；擺放位置產生共振，請墊上隨附的橡膠墊，並與櫃壁保持距離。如果以上處理後仍有異音，請回覆說明聲音的情況，我們會依保固為您寄出新的葉輪。謝謝！小美""")

# t22-038 zh-tw/noise-troubleshooting: EDITED, see below
R("t22-039", "filled-template", "zh", [], "zh-tw/warranty; exact fill (buyer_name=黃先生, model=CF-300, warranty_period=兩年, agent_name=小美)", extra=["traditional"], text="""\
親愛的 黃先生：

感謝您的詢問。Marivo 過濾器、加熱棒與 LED 燈具皆享有保固，說明如下：

產品型號：CF-300
保固期限：自到貨日起 兩年

1. 保固範圍：材料或製造瑕疵，例如馬達故障、加熱棒無法斷電、LED 燈珠不亮。
2. 不在保固範圍：摔落造成的玻璃破裂、細沙磨損的葉輪、空轉造成的損壞。
3. 申請方式：請直接在此訊息串回覆訂單編號、故障描述，以及照片或影片。

確認故障後，我們會免費寄送替換零件或新品。

小美
Marivo 水族客服團隊""")

R("t22-040", "filled-template", "zh", [], "zh-tw/warranty; exact fill (buyer_name=蔡小姐, model=LUMA-60, warranty_period=一年, agent_name=阿凱)", extra=["traditional"], text="""\
親愛的 蔡小姐：

感謝您的詢問。Marivo 過濾器、加熱棒與 LED 燈具皆享有保固，說明如下：

產品型號：LUMA-60
保固期限：自到貨日起 一年

1. 保固範圍：材料或製造瑕疵，例如馬達故障、加熱棒無法斷電、LED 燈珠不亮。
2. 不在保固範圍：摔落造成的玻璃破裂、細沙磨損的葉輪、空轉造成的損壞。
3. 申請方式：請直接在此訊息串回覆訂單編號、故障描述，以及照片或影片。

確認故障後，我們會免費寄送替換零件或新品。

阿凱
Marivo 水族客服團隊""")

R("t22-041", "filled-template", "zh", [], "zh-tw/missing-part; exact fill (buyer_name=陳先生, order_id=114-7051382-9936014, part=進水過濾網, date=6月20日, agent_name=小美)", extra=["traditional"], text="""\
陳先生 您好，
很抱歉您的包裹少了零件，我們會免費補寄給您。
訂單編號：114-7051382-9936014
缺少零件：進水過濾網
預計寄出：6月20日
零件會寄到您亞馬遜訂單上的地址，收到後如有安裝上的問題，歡迎直接在此回覆。
小美""")

# t22-042 zh-tw/missing-part: EDITED, see below

# ---- filled-template, with the small edits a real agent makes (still covered, labels []) ----

R("t22-002", "filled-template", "en", [], "en/filter-setup-priming; edited: new greeting, added courtesy line, changed sign-off", extra=["edited"], text="""\
Good morning Mr. Ortiz,

Thank you for reaching out about priming your Marivo CF-450 canister filter. I hope the new tank is coming along nicely. Please follow these steps:

1. Unplug the filter and check that both hoses are attached to the quick-disconnect valve, with the valve lever in the OPEN position.
2. Fill the canister with tank water to about 2 cm below the rim, then close the lid.
3. Press the priming button on the lid 8 to 10 times until water runs into the outlet hose.
4. Plug the filter in. Some gurgling in the first few minutes is normal while trapped air escapes.
5. If the flow is still weak after 10 minutes, unplug the filter, tilt the canister gently to release the air, and repeat step 3.

The canister must stand below the water line of the tank, otherwise it cannot draw water in by itself.

Thanks again,
Marco
Marivo Aquatics Customer Care""")

R("t22-004", "filled-template", "en", [], "en/heater-temperature; edited: hard wraps removed (one long line), greeting changed to 'Hi Tom,'", extra=["edited", "rewrapped"], text="""\
Hi Tom, thanks for your question about the Marivo HT-200 heater. The dial is calibrated at the factory, so please set it to 26 °C and give the tank 24 hours to settle before you change it again. Mount the heater close to the filter outlet so the warm water is spread evenly, and keep the whole tube below the minimum water line. Always unplug the heater and wait 30 minutes before lifting it out of the water, so the glass can cool down. If a separate thermometer still differs from the setting by more than 1 degree after a day, turn the calibration ring on top of the heater one notch in the direction you need. Kind regards, Ivy""")

R("t22-005", "filled-template", "en", [], "en/heater-temperature; edited: re-wrapped at about 58 columns instead of 70, wording unchanged", extra=["edited", "rewrapped"], text="""\
Hello Ms. Keller, thanks for your question about the
Marivo HT-100 heater. The dial is calibrated at the
factory, so please set it to 24 °C (75 °F) and give the
tank 24 hours to settle before you change it again. Mount
the heater close to the filter outlet so the warm water is
spread evenly, and keep the whole tube below the minimum
water line. Always unplug the heater and wait 30 minutes
before lifting it out of the water, so the glass can cool
down. If a separate thermometer still differs from the
setting by more than 1 degree after a day, turn the
calibration ring on top of the heater one notch in the
direction you need. Kind regards, Lena""")

R("t22-007", "filled-template", "en", [], "en/led-schedule; edited: bullet glyph '-' changed to '•', sign-off 'Sincerely,' changed to 'Best,'", extra=["edited"], text="""\
Dear Aiko,

Here is how to program the built-in timer of your Marivo LUMA-90 LED light:

• Hold the MODE button for 3 seconds until the clock digits flash, then set the current time with the + and - buttons.
• Press MODE again to set the sunrise time (we suggest 11 am).
• Press MODE once more to set the sunset time (we suggest 7 pm).
• For a planted tank, 6 to 8 hours of full light a day is a good starting point; longer periods often lead to algae.
• The light fades in and out over 30 minutes, so a short dim phase at each end of the day is normal.

The schedule stays in memory through power cuts of up to 72 hours.

Best,
Sam
Marivo Aquatics""")

R("t22-009", "filled-template", "en", [], "en/test-kit-reading; edited: 'Hi' -> 'Hello', step 2 reworded", extra=["edited"], text="""\
Order: 114-2093847-6618230
Product: Marivo 6-in-1 Water Test Kit

Hello Megan,

To get a reliable reading from the test strips:

1. Dip one strip into the tank water for 2 seconds, then hold it flat with the pads facing up.
2. After a full minute, hold the strip next to the color chart on the bottle; daylight gives the truest colors.
3. Read the nitrite and nitrate pads first, because they keep changing after 2 minutes.
4. Close the bottle straight away; moisture shortens the life of the remaining strips.

For most freshwater community tanks, ammonia and nitrite should read 0, nitrate should stay below 40 ppm and pH between 6.5 and 7.5. Your result of pH 8.2 suggests checking your tap water and any limestone decor before adding pH products.

Regards,
Lena""")

R("t22-011", "filled-template", "en", [], "en/noise-troubleshooting; edited: greeting and sign-off moved to their own lines, '1)' numbering changed to '1.'", extra=["edited"], text="""\
Hi Ms. Novak,

We are sorry to hear that your CF-300 has become noisy. Noise usually has one of these causes:
1. Air in the canister: tilt the canister slightly while it runs so the bubbles can escape.
2. A dirty impeller: unplug the filter, remove the impeller cover and rinse the impeller and its shaft in tank water.
3. A dry shaft: put a drop of water on the ceramic shaft before reassembly; never use oil.
4. Vibration: stand the filter on the rubber mat from the box, away from the cabinet wall.
If the rattling goes on after these steps, please reply with a short description of the sound and we will arrange a replacement impeller under warranty.

Thanks,
Marco""")

R("t22-013", "filled-template", "en", [], "en/damaged-on-arrival; edited: added courtesy sentence about the photos, signature with full name and team", extra=["edited", "signature"], text="""\
Dear Mr. Hughes,

We are very sorry that your HT-200 heater arrived damaged (order 111-7730215-0948361). Thank you for sending the photos so quickly. For your safety, please do not use it. We can send you a replacement free of charge, or you can request a full refund through Amazon: open Your Orders, choose this order and select "Return or replace items". You do not need to send the damaged item back unless Amazon asks you to. Please let us know which option you prefer.

With our apologies,
Ivy Chen
Customer Care Team | Marivo Aquatics""")

R("t22-017", "filled-template", "en", [], "en/warranty; edited: hard wraps removed (paragraphs re-flowed), sign-off changed", extra=["edited", "rewrapped"], text="""\
Dear Mr. Chen,

Every Marivo filter, heater and LED light has a 1-year warranty from the delivery date. It covers defects in materials and workmanship, such as a motor that fails, a heater that no longer switches off, or LEDs that stop lighting. It does not cover glass broken by a fall, impellers worn down by sand, or damage caused by running a filter dry.

To make a claim, please reply in this thread with your order number, a short description of the fault and a photo or video of the unit. Once we have confirmed the fault, we will send a replacement part or unit free of charge.

Warm regards,
Ivy - Marivo Support Team""")

R("t22-021", "filled-template", "en", [], "en/compatible-tank-sizes; edited: '*' bullets changed to '-', added 'Happy fishkeeping!'", extra=["edited"], text="""\
Hi Julia,

Thanks for checking compatibility before you set things up. The CF-300 is rated as follows:

- Recommended tank volume: 60 L to 300 L
- Heavily stocked tanks: stay in the lower half of that range
- Lid cut-out needed for the hoses: at least 5 x 8 cm
- Maximum height from the filter to the tank rim: 1.5 m

If your tank is bigger than that range, two units at opposite ends give better circulation than a single unit.

Happy fishkeeping!

Kind regards, Lena""")

R("t22-023", "filled-template", "zh", [], "zh/filter-setup-priming; edited: greeting '郑女士，您好！', numbering '1.' -> '（1）', sign-off changed", extra=["edited"], text="""\
郑女士，您好！

感谢您选购Marivo CF-450外置过滤桶。首次注水启动请按以下步骤操作：

（1）先断开电源，确认进出水管都已接好，快接阀手柄处于“开”的位置。
（2）往桶内注入鱼缸水，注到离桶口约2厘米处，再盖紧桶盖。
（3）连续按压桶盖上的注水按钮8到10次，直到出水管有水流出。
（4）接通电源。开机头几分钟有咕噜声属于正常现象，是桶内的空气在排出。
（5）如果10分钟后水流仍然偏小，请断电后轻轻倾斜桶身排气，再重复第3步。

请注意：过滤桶必须放在鱼缸水面以下，否则无法自动引水。

谢谢您的耐心！
阿杰
Marivo水族客服部""")

R("t22-025", "filled-template", "zh", [], "zh/heater-temperature; edited: installation sentence reworded, courtesy line '祝您的鱼儿健健康康！' added", extra=["edited"], text="""\
型号：HT-200
建议温度：24℃

何先生您好，加热棒出厂前已经校准过，请把旋钮直接调到上面的建议温度，观察24小时后再决定是否微调。加热棒最好装在过滤器出水口旁边，这样热水能更快散开，并保证整根加热棒都在最低水位线以下。换水或取出加热棒之前，请先断电静置30分钟，等玻璃管冷却后再离水，以免炸裂。如果一天后另配的温度计读数与设定值相差超过1度，可以把顶部的校准环朝需要的方向转动一格。祝您的鱼儿健健康康！谢谢！小周""")

R("t22-027", "filled-template", "zh", [], "zh/test-kit-reading; edited: '一、二、' numbering -> '1. 2.', signature with team replaces '小林 敬上'", extra=["edited", "signature"], text="""\
订单号：114-8803126-5570934
型号：TK-6

亲爱的杨女士：

试纸的正确读数方法如下：
1. 取一条试纸在鱼缸水中浸泡2秒，取出后保持水平，色块朝上。
2. 等待60秒，在自然光下与瓶身上的色卡对比。
3. 先读亚硝酸盐和硝酸盐两项，这两项超过2分钟会继续变色。
4. 用完立即拧紧瓶盖，受潮会缩短剩余试纸的寿命。

一般淡水混养缸的参考值：氨和亚硝酸盐为0，硝酸盐低于40 ppm，pH在6.5到7.5之间。根据您测得的氨0.5 ppm，建议暂停喂食一天，并换水20%。

客服 小林｜Marivo水族售后组""")

R("t22-031", "filled-template", "zh", [], "zh/damaged-on-arrival; edited: hard-wrapped lines re-flowed into one paragraph, greeting '孙先生，您好！'", extra=["edited", "rewrapped"], text="""\
孙先生，您好！
非常抱歉，您订单111-9904217-3368540中的LUMA-60水草灯到货时已经损坏。为了您的安全，请不要继续使用该产品。我们可以免费为您补发一件新的，您也可以通过亚马逊申请全额退款：进入“我的订单”，选择该订单，点击“退货或换货”即可。除非亚马逊另有要求，损坏的商品无需寄回。请回复告诉我们您希望补发还是退款，我们会尽快为您处理。
再次向您致歉！
Amy""")

R("t22-036", "filled-template", "zh", [], "zh-tw/led-schedule; edited: '・' bullets -> '1. 2. 3.', sign-off '祝 順心' added", extra=["traditional", "edited"], text="""\
許小姐 您好：

以下是 Marivo LUMA-60 燈具內建定時器的設定方式：
1. 長按 MODE 鍵 3 秒，時鐘數字閃爍後，用 + / - 鍵設定目前時間。
2. 再按一次 MODE，設定開燈時間（建議 09:30）。
3. 再按一次 MODE，設定關燈時間（建議 17:00）。
4. 水草缸每天全亮 6 到 8 小時即可，時間太長容易長藻。
5. 開燈與關燈前後各有 30 分鐘的漸亮漸暗，屬於正常設計。

停電 72 小時以內，定時設定都會保留。

祝 順心
阿凱
Marivo 水族客服""")

R("t22-038", "filled-template", "zh", [], "zh-tw/noise-troubleshooting; edited: one-paragraph template split into lines, one per cause, with '－' bullets", extra=["traditional", "edited", "rewrapped"], text="""\
鄭先生 您好，很抱歉 CF-300 運轉時出現噪音。常見原因有三個：
－桶內殘留空氣，可在運轉時稍微傾斜桶身排氣；
－葉輪卡到雜物，請斷電後拆下葉輪蓋，用缸水沖洗葉輪與轉軸；
－擺放位置產生共振，請墊上隨附的橡膠墊，並與櫃壁保持距離。
如果以上處理後仍有異音，請回覆說明聲音的情況，我們會依保固為您寄出新的葉輪。
謝謝！
阿凱""")

R("t22-042", "filled-template", "zh", [], "zh-tw/missing-part; edited: courtesy line '造成您的不便，敬請見諒。' added, signature with team", extra=["traditional", "edited", "signature"], text="""\
謝小姐 您好，
很抱歉您的包裹少了零件，我們會免費補寄給您。造成您的不便，敬請見諒。
訂單編號：112-6639021-4458127
缺少零件：出水管彎頭
預計寄出：明天
零件會寄到您亞馬遜訂單上的地址，收到後如有安裝上的問題，歡迎直接在此回覆。
阿凱｜Marivo 水族客服團隊""")


# ---- logistics: free-written, purely about shipping / delivery / tracking / returns / address / cancellation / customs (labels []) ----

R("t22-043", "logistics", "en", [], "shipping status with UPS tracking number", text="""\
Hi Dana,

Your order 113-7741820-3359016 left our warehouse yesterday afternoon with UPS. The tracking number is 1Z8A4F990312457766 and the carrier currently expects to deliver it on Thursday.

Best,
Lena""")

R("t22-044", "logistics", "en", [], "address change before dispatch", text="""\
Hello Mr. Brooks, thanks for letting us know about the apartment number. The order had not been handed to the carrier yet, so we have added "Unit 4B" to the shipping address. It is still scheduled to go out tomorrow.""")

R("t22-045", "logistics", "en", [], "cancellation of a duplicate order done at the buyer's request (contains 'cancel')", text="""\
Hi Sophie, order 114-5092267-1184530 was a duplicate, so we cancelled it for you as requested and you won't be charged. Your first order is not affected and is still on track for delivery on May 9.""")

R("t22-046", "logistics", "en", [], "return how-to; near-miss: names the heater but only explains the return steps", extra=["near-miss"], text="""\
Hi Kevin,

You can return the heater within 30 days of delivery. Go to Your Orders on Amazon, pick this order, choose "Return or replace items" and print the prepaid label. As soon as the carrier scans the parcel, Amazon sends the refund to your original payment method.

Regards,
Sam""")

R("t22-047", "logistics", "en", [], "refund of a returned item", text="""\
Hello Marta, your returned LED light reached our warehouse on March 3 and the refund was issued today. Depending on your bank it should appear on your card within 3 to 5 business days.""")

R("t22-048", "logistics", "en", [], "carrier delay notice with Amazon tracking id", text="""\
Hi Paul, sorry for the wait. The carrier reports a weather delay at its Memphis hub, so your parcel is now due on Monday instead of Friday. You can follow it with tracking number TBA309912874000 in Your Orders.""")

R("t22-049", "logistics", "en", [], "customs hold on an international shipment", text="""\
Dear Ms. Dubois,

Your parcel is currently held at customs in Lyon while the import VAT is assessed. The carrier will send you a notice with the amount due; once it is paid, delivery usually follows within 2 to 3 working days.

Kind regards,
Marco""")

R("t22-050", "logistics", "en", [], "freight delivery scheduling for a large cabinet set", text="""\
Hi Greg,

The 120 cm cabinet and filter set is too large for parcel delivery, so it travels by freight. The freight company will contact you to book a two-hour delivery window. If you prefer, reply here with two days that suit you and we will pass them on to the driver's dispatcher.

Thanks,
Lena""")

R("t22-051", "logistics", "en", [], "near-miss: defect mentioned, but the reply only explains the return and refund route", extra=["near-miss"], text="""\
Hi Ruth, sorry the filter stopped working. Since you would rather have your money back than a repair, please open a return in Your Orders and choose "Item defective or doesn't work". The return label is free for that reason, and the refund is released once the parcel is scanned by the carrier.""")

R("t22-052", "logistics", "en", [], "split shipment; near-miss: names two products, content is only which box is where", extra=["near-miss"], text="""\
Hi Alan,

The test kit and the heater were packed separately, so they are coming in two boxes. The heater was delivered this morning. The test kit is still with USPS under tracking 9400111899223345871200 and should arrive on Wednesday.

Best regards,
Ivy""")

R("t22-053", "logistics", "en", [], "near-miss: replacement for a cracked light has shipped; content is the shipment and no-return note", extra=["near-miss"], text="""\
Hi Jess, the replacement for the LED light that arrived with a cracked lens went out this morning with UPS, tracking 1Z8A4F990398812345. There is no need to send the broken one back.""")

R("t22-054", "logistics", "en", [], "marked delivered but not found", text="""\
Hello Mark,

Tracking shows the parcel was delivered on May 2 at 3:14 pm and left at the front door. Could you check with your neighbours and around the building? If it has not turned up by tomorrow evening, reply here and we will open an investigation with the carrier and send a new parcel.

Regards,
Sam""")

R("t22-055", "logistics", "en", [], "opening thanks plus handling time; not thanks-only", text="""\
Thanks for getting in touch. Your order 111-6620943-8871052 is still within its handling time and will ship by Tuesday, April 16. Amazon will email you the tracking number as soon as the parcel leaves our warehouse.""")

R("t22-056", "logistics", "en", [], "near-miss: buyer is moving before the filter arrives; reply explains how to change the address", extra=["near-miss"], text="""\
Hi Wendy, you mentioned you are moving before the filter arrives. While the order still shows "Preparing for shipment", you can change the address yourself under Your Orders > Change shipping address. After it ships, only the carrier can redirect the parcel, and that is not always possible.""")

R("t22-057", "logistics", "en", [], "near-miss: light too long for the tank is stated as the reason, content is the return for a refund", extra=["near-miss"], text="""\
Hi Sam,

Since the 90 cm light turned out to be too long for your 60 cm tank, you can send it back unopened for a full refund. Start the return in Your Orders and choose "No longer needed"; the refund follows once the parcel is scanned.

Thanks,
Marco""")

R("t22-058", "logistics", "zh", [], "发货与UPS单号", text="""\
您好，订单 113-4402719-6658301 昨天下午交给了 UPS，运单号 1Z8A4F990355519027，承运商预估本周四派送。""")

R("t22-059", "logistics", "zh", [], "发货前修改地址（含“修改”一词）", text="""\
李女士您好，订单目前还没有交给快递，我们已经按您的要求把收货地址中的门牌号修改为 Apt 5C，明天会照常发出。""")

R("t22-060", "logistics", "zh", [], "按买家要求取消重复订单（含“取消”）", text="""\
王先生您好，您重复下的那笔订单 114-9183305-2276640 我们已经帮您取消了，不会扣款。另一笔订单不受影响，仍按原计划发货。""")

R("t22-061", "logistics", "zh", [], "退货流程；近似样本：提到加热棒但只讲退货", extra=["near-miss"], text="""\
您好，加热棒在签收后30天内都可以退货。请在亚马逊“我的订单”里找到这笔订单，选择“退货或换货”，打印预付退货标签后交给快递即可。快递扫描包裹后，亚马逊会把款项原路退回。

客服 小周""")

R("t22-062", "logistics", "zh", [], "天气原因派送延迟", text="""\
陈先生您好，非常抱歉，由于暴雪天气，承运商芝加哥转运中心的派送有所延误，您的包裹预计推迟到下周一送达。物流单号：TBA310045672000，可以在“我的订单”中随时查看。""")

R("t22-063", "logistics", "zh", [], "清关与进口税费", text="""\
您好，您的包裹目前在海关清关，需要补缴进口税费。快递公司会给您发送缴费通知，缴清后一般2到3个工作日内派送。如有延误，我们会继续帮您跟进物流。""")

R("t22-064", "logistics", "zh", [], "近似样本：提到灯罩碎裂，内容是补发件已寄出", extra=["near-miss"], text="""\
刘先生您好，上次到货时灯罩碎裂的LUMA-60，补发件已经在今天寄出，运单号 1Z8A4F990377160248，预计3天左右送达。碎掉的那件无需寄回。""")

R("t22-065", "logistics", "zh", [], "显示已签收但未收到", text="""\
您好，物流信息显示包裹已于5月2日下午签收，放在门口。麻烦您先问一下邻居或物业；如果到明天还是没有找到，请在这里回复，我们会向承运商申请调查，并为您重新发货。""")

R("t22-066", "logistics", "zh", [], "分箱发货；近似样本：提到两件商品，只讲包裹位置", extra=["near-miss"], text="""\
赵女士您好，您买的过滤桶和测试套装是分两个包裹发的：过滤桶今天上午已经送达，测试套装还在 USPS 运输途中，单号 9400111899224476012385，预计周三到。""")

R("t22-067", "logistics", "zh", [], "退货入库后退款", text="""\
您好，您退回的加热棒已于3月3日到仓，退款今天已经处理，通常3到5个工作日到账，具体时间以银行为准。""")

R("t22-068", "logistics", "zh", [], "已出货與物流單號（繁體）", extra=["traditional"], text="""\
張先生您好，您的訂單 112-8830217-5501946 已經出貨，物流單號 1Z8A4F990366204719，預計週五送達。""")

R("t22-069", "logistics", "zh", [], "出貨前更新收件地址（繁體）", extra=["traditional"], text="""\
林小姐您好，訂單目前還沒出貨，已依照您的要求把收件地址更新為新的公寓樓層（7F），其他資料不變。""")

R("t22-070", "logistics", "zh", [], "近似樣本：提到加熱棒型號，內容是出貨延後（繁體）", extra=["traditional", "near-miss"], text="""\
您好，很抱歉，您訂購的 HT-200 加熱棒因倉庫盤點延後一天出貨，預計 4 月 18 日送達，出貨後會再更新物流單號。""")

R("t22-071", "logistics", "zh", [], "近似樣本：燈具尺寸不合，內容是退貨退款（繁體）", extra=["traditional", "near-miss"], text="""\
黃先生您好，燈具如果和魚缸尺寸不合，可以在 30 天內到亞馬遜「我的訂單」申請退貨，原因選「不再需要」。包裹寄回並經物流掃描後，就會退款到原付款方式。""")

R("t22-072", "logistics", "zh", [], "應買家要求取消未出貨訂單（繁體）", extra=["traditional"], text="""\
蔡小姐您好，商品尚未出貨，已依您的要求取消訂單 114-2287706-9013358，款項會退回原付款方式，不需要再做其他操作。""")

R("t22-073", "logistics", "mixed", [], "bilingual: English sentence then Chinese version; FedEx tracking number must not look like a phone number", extra=["bilingual"], text="""\
Hi Jun, your parcel shipped today with FedEx, tracking 773912345678, and should arrive on Thursday.
您好，包裹今天已由 FedEx 寄出，运单号同上，预计周四送达。""")

R("t22-074", "logistics", "mixed", [], "code-mixed Chinese/English refund-of-return message", extra=["code-mixed"], text="""\
Hi Mei，您的退货我们已经 received 了，refund 会在 3-5 business days 内退回到您的原付款方式。""")


# ---- mixed-logistics: logistics reply + one or more free non-logistics sentences (template-required) ----

R("t22-075", "mixed-logistics", "en", ["template-required"], "tracking update + free heater safety tip", text="""\
Hi Olivia, your heater shipped today with UPS, tracking 1Z8A4F990341178305, due on Friday. When it arrives, leave it in the water for 15 minutes before plugging it in so the glass can adjust to the tank temperature.""")

R("t22-076", "mixed-logistics", "en", ["template-required"], "return steps + free advice on fixing the rattle instead", text="""\
Hi Daniel,

You can start the return from Your Orders and Amazon will email you a prepaid label. If you decide to keep the filter, the rattle usually goes away once you rinse the impeller shaft and put a drop of water on it before closing the cover.

Best,
Lena""")

R("t22-077", "mixed-logistics", "en", ["template-required"], "delay notice + free advice on running old and new filters together", text="""\
Hello Mr. Kim, the carrier has pushed your delivery back to Tuesday because of a sorting backlog. When the new filter arrives, run it next to your old one for about two weeks so the beneficial bacteria can settle in the new media before you remove the old filter.""")

R("t22-078", "mixed-logistics", "en", ["template-required"], "address updated + answers a product question about reef use", text="""\
Hi Carmen,

We have updated the delivery address to your office as requested; the parcel goes out tomorrow. To answer your other question: yes, the LUMA-60 works on reef tanks too, but corals do best with the blue channel at full power and the white channel at about half.

Regards,
Ivy""")

R("t22-079", "mixed-logistics", "en", ["template-required"], "cancellation done + free explanation of cloudy water", text="""\
Hi Ethan, we have cancelled the second test kit order as you asked. About the cloudy water you described: that is usually a bacterial bloom in a new tank and it tends to clear by itself within a week, so there is no need to add chemicals.""")

R("t22-080", "mixed-logistics", "en", ["template-required"], "refund processed + free tip on rinsing new sponges", text="""\
Hello Fiona, the refund for your returned filter was processed today and should reach your card within a few business days. For your next setup, rinse new sponges in tank water before use; it avoids most of the clouding you saw.""")

R("t22-081", "mixed-logistics", "en", ["template-required"], "replacement part shipment + free fitting instructions", text="""\
Hi Marcus,

The replacement impeller shipped this morning, tracking TBA311287340000, and should arrive in two days. To fit it, push the impeller onto the shaft until the magnet clicks into place, and add a drop of water to the shaft before closing the cover.

Thanks,
Sam""")

R("t22-082", "mixed-logistics", "zh", ["template-required"], "发货单号 + 自由写的加热棒使用提醒", text="""\
您好，加热棒已于今天发出，运单号 1Z8A4F990322408816，预计周五送达。收到后请先把加热棒放进水里静置15分钟再通电，避免玻璃管因温差破裂。""")

R("t22-083", "mixed-logistics", "zh", ["template-required"], "退货流程 + 额外的试纸读数建议", text="""\
周女士您好，退货可以直接在“我的订单”里申请，亚马逊会发给您预付退货标签。另外，试纸颜色偏淡一般是等待时间不够，泡完等满一分钟再对照色卡会准确很多。""")

R("t22-084", "mixed-logistics", "zh", ["template-required"], "派送延迟 + 新旧过滤器并行的建议", text="""\
您好，因承运商分拣积压，包裹预计改为下周二送达，给您带来不便非常抱歉。到货后建议新旧过滤器一起运行两周左右，让硝化细菌慢慢转移到新滤材上，再拆掉旧的。""")

R("t22-085", "mixed-logistics", "zh", ["template-required"], "地址已修改 + 回答水草灯照明时长", text="""\
吴先生您好，收货地址已经改成您公司的地址，包裹明天发出。您问的水草灯照明时间，一般每天开7到8个小时就够了，开太久反而容易长藻。""")

R("t22-086", "mixed-logistics", "zh", ["template-required"], "已出貨 + 過濾桶擺放位置提醒（繁體）", extra=["traditional"], text="""\
您好，過濾桶已經出貨，單號 1Z8A4F990380052671，預計下週一送達。安裝時請記得把桶子放在魚缸水位以下，這樣才能自動引水。""")

R("t22-087", "mixed-logistics", "zh", ["template-required"], "取消訂單 + 解釋新缸水混濁（繁體）", extra=["traditional"], text="""\
陳小姐您好，已依您的要求取消第二筆訂單。您提到缸水有點混濁，這通常是新缸的細菌爆發，大約一週內會自己變清，不需要另外加藥。""")

R("t22-088", "mixed-logistics", "zh", ["template-required"], "補寄葉輪已寄出 + 安裝潤滑說明（繁體）", extra=["traditional"], text="""\
劉先生您好，補寄的葉輪今天已經寄出，物流單號 TBA311290085000，大約兩天送達。裝上之前請在轉軸上滴一點水潤滑，千萬不要用油。""")

R("t22-089", "mixed-logistics", "mixed", ["template-required"], "English return-label sentence + Chinese sponge-cleaning tip", extra=["code-mixed"], text="""\
Hi Lin, your return label is ready under Your Orders, and the refund will follow once the carrier scans the box. 另外，过滤棉请用换出来的缸水清洗，不要用自来水。""")

R("t22-090", "mixed-logistics", "mixed", ["template-required"], "Chinese address update + English heater setting advice", extra=["code-mixed"], text="""\
您好，订单已经改到新地址（Unit 12），明天发出。By the way, the HT-100 dial is calibrated at the factory, so you can simply set it to 25 °C and leave it.""")


# ---- rewritten: non-logistics replies written freely or heavily paraphrased from a template (template-required) ----

R("t22-091", "rewritten", "en", ["template-required"], "heavy paraphrase of en/filter-setup-priming", extra=["paraphrase"], text="""\
Hey Carla - here's the trick for priming the CF-300: fill the canister with aquarium water first, shut the lid, then pump the primer button about ten times before you plug it in. A few minutes of gurgling is just air working its way out. Also make sure the canister sits lower than the tank's water level, or it won't pull water in.""")

R("t22-092", "rewritten", "en", ["template-required"], "heavy paraphrase of en/heater-temperature", extra=["paraphrase"], text="""\
Hi Doug, no need to fiddle with the HT-100 dial much; it comes calibrated. Put it on 25 and check a thermometer tomorrow. If it's more than a degree off, nudge the ring on top by one click. And please unplug it and wait half an hour before you lift it out of the water.""")

R("t22-093", "rewritten", "en", ["template-required"], "free product help: LED color mode", text="""\
Hi Rosa, the green tint you are seeing is the LUMA-90's plant preset. Press the COLOR button twice to switch to the white daylight mode, which looks much more neutral in a shrimp tank.""")

R("t22-094", "rewritten", "en", ["template-required"], "free product help: reading the pH and ammonia pads", text="""\
Hello Ahmed,

An orange pH pad sits at about 6.8 on our chart, which is fine for tetras. The ammonia pad should stay pale yellow; if it turns even slightly green, test again the next day and do a partial water change.

Regards,
Sam""")

R("t22-095", "rewritten", "en", ["template-required"], "free product help: thermostat clicking is normal", text="""\
Hi Greg, the soft click you hear every few minutes from the HT-200 is the thermostat switching the heating element on and off. That is normal and simply means the heater is holding the temperature you set.""")

R("t22-096", "rewritten", "en", ["template-required"], "free cleaning advice (topic only exists as a zh template)", text="""\
Hi Ellen,

Please don't replace all the media at once. Swap the carbon pad now and leave the ceramic rings alone, since they hold most of your beneficial bacteria. The sponges just need a squeeze in a bucket of old tank water.

Cheers,
Marco""")

R("t22-097", "rewritten", "en", ["template-required"], "heavy paraphrase of en/warranty as a direct claim answer", extra=["paraphrase"], text="""\
Hi Victor, good news: your filter is still covered, since the motor is guaranteed for two years from delivery. Just post a short video of the fault and your order number in this thread and we'll ship you a new motor head at no cost.""")

R("t22-098", "rewritten", "en", ["template-required"], "defect remedy: flickering light, new adapter sent free", text="""\
Hi Nina, sorry about the flickering. It usually points to a faulty power adapter, so we are sending you a new adapter free of charge. You can keep the old one; it isn't needed back.""")

R("t22-099", "rewritten", "en", ["template-required"], "free compatibility advice (paraphrase of en/compatible-tank-sizes content)", extra=["paraphrase"], text="""\
Hi Frank, for a 40-gallon breeder I would pick the CF-300 over the CF-450. The bigger model pushes a lot of current, which bettas and other long-finned fish find tiring.""")

R("t22-100", "rewritten", "en", ["template-required"], "neutral review request written freely (not inducement, but not the approved wording)", extra=["neutral-review"], text="""\
Hi Laura, hope the heater is keeping the tank cozy. Whenever you have a minute, we would be grateful if you told other shoppers what you think of it in an Amazon review.""")

R("t22-101", "rewritten", "en", ["template-required"], "defect remedy paraphrased from en/damaged-on-arrival, for a unit that failed after a week (not transport damage)", extra=["paraphrase"], text="""\
Hello Ian, since the heater stopped warming the water after only a week, please unplug it and stop using it. We can ship you a new one straight away, or you can get your money back through Amazon's return page. Just tell us which you prefer.""")

R("t22-102", "rewritten", "en", ["template-required"], "free product help: shelf life of test strips", text="""\
Hi Tara,

Unopened, the test strips are good for 24 months. Once the bottle is open they last about 6 months, as long as the cap is closed tightly and the bottle is kept away from the warm tank lights.

Best regards,
Ivy""")

R("t22-103", "rewritten", "zh", ["template-required"], "zh/filter-setup-priming 的大幅改写", extra=["paraphrase"], text="""\
您好，第一次开机前先往桶里灌满缸水，盖好盖子，按几下手动泵把管子里的空气挤出去，然后再插电。桶身一定要放得比鱼缸水面低。""")

R("t22-104", "rewritten", "zh", ["template-required"], "自由回复：加热棒指示灯闪烁正常", text="""\
张先生，加热棒的指示灯一会儿亮一会儿灭是正常的，说明温控在工作，水温到了就会自动停止加热，不用担心。""")

R("t22-105", "rewritten", "zh", ["template-required"], "自由回复：水草灯模式建议", text="""\
您好，蓝光模式主要是给海水缸用的。您养的是水草，建议切换到全光谱白光，每天开7个小时左右就可以了。""")

R("t22-106", "rewritten", "zh", ["template-required"], "zh/test-kit-reading 的大幅改写", extra=["paraphrase"], text="""\
王女士，试纸在水里泡两秒就拿出来平放，过一分钟再去对色卡，最好在白天的自然光下看。如果亚硝酸盐不是零，就要多换几次水。""")

R("t22-107", "rewritten", "zh", ["template-required"], "自由回复：过滤桶嗡嗡响的处理", text="""\
您好，过滤桶嗡嗡响，多半是叶轮上缠了水草或卡了沙子。断电后把叶轮拆出来用缸水冲一冲就好，转轴千万不要加油。""")

R("t22-108", "rewritten", "zh", ["template-required"], "zh/cleaning-media 的大幅改写", extra=["paraphrase"], text="""\
刘先生，滤棉脏了用换出来的老水洗洗就行，别用自来水；活性炭大概一个多月换一次，生化环基本不用动它。""")

R("t22-109", "rewritten", "zh", ["template-required"], "质量问题补救：灯珠不亮，免费寄灯板", text="""\
您好，灯具有一半灯珠不亮属于质量问题，我们会免费给您寄一块新的灯板，旧的不需要退回。换灯板只要拧下背面四颗螺丝即可。""")

R("t22-110", "rewritten", "zh", ["template-required"], "自由写的中性留评邀请（非诱导，但不是已批准的模板措辞）", extra=["neutral-review"], text="""\
您好，用过一段时间后，如果您愿意，可以在亚马逊上写写对这款过滤器的使用感受，对其他鱼友很有参考价值。""")

R("t22-111", "rewritten", "zh", ["template-required"], "自由回覆：定時記憶時間（繁體）", extra=["traditional"], text="""\
您好，燈具拔掉插頭後，定時設定最多保留三天，超過的話需要重新設定開關燈時間。""")

R("t22-112", "rewritten", "zh", ["template-required"], "zh-tw/warranty 的大幅改寫（繁體）", extra=["traditional", "paraphrase"], text="""\
黃先生，加熱棒一年內都在保固範圍，只要不是摔破的都可以處理。麻煩把訂單編號和故障影片傳到這裡，我們確認後就寄新的給您。""")

R("t22-113", "rewritten", "zh", ["template-required"], "自由回覆：適用魚缸容量建議（繁體）", extra=["traditional"], text="""\
林小姐，CF-450 適合 200 到 450 公升的魚缸。您的 90 公分缸大約 180 公升，用 CF-300 會比較剛好。""")

R("t22-114", "rewritten", "zh", ["template-required"], "自由回覆：葉輪清潔與保固更換（繁體）", extra=["traditional"], text="""\
您好，葉輪建議每三個月拆下來清一次，順便看看轉軸有沒有磨損。如果有磨損，跟我們說一聲，保固期內可以免費換新。""")

R("t22-115", "rewritten", "mixed", ["template-required"], "code-mixed heater calibration advice", extra=["code-mixed"], text="""\
Hi Grace，加热棒的 dial 出厂已经校准好了，直接调到 26 °C 就可以。If your thermometer disagrees by more than 1 degree, turn the ring on top one notch.""")

R("t22-116", "rewritten", "mixed", ["template-required"], "bilingual LED fit answer (English then Chinese)", extra=["bilingual"], text="""\
Hello Kenji, the LUMA-60 fits rimless tanks from 60 to 75 cm wide using the extendable brackets.
您好，LUMA-60 通过可伸缩支架，适用于60到75厘米宽的无框鱼缸。""")


# ---- violating: breaks a content policy (plus template-required when a free non-logistics sentence is present) ----

R("t22-117", "violating", "en", ["review-inducement", "template-required"], "en/test-kit-reading filled + added five-star request (free non-logistics sentence)", extra=["five-star"], text="""\
Order: 111-2208475-6631190
Product: Marivo 6-in-1 Water Test Kit

Hi Sarah,

To get a reliable reading from the test strips:

1. Dip one strip into the tank water for 2 seconds, then hold it flat with the pads facing up.
2. Wait 60 seconds and compare the pads with the color chart on the bottle, ideally in daylight.
3. Read the nitrite and nitrate pads first, because they keep changing after 2 minutes.
4. Close the bottle straight away; moisture shortens the life of the remaining strips.

For most freshwater community tanks, ammonia and nitrite should read 0, nitrate should stay below 40 ppm and pH between 6.5 and 7.5. Your result of nitrite 0.5 ppm suggests a 25% water change today and lighter feeding for a few days.

If the kit helped, a 5-star review would mean a lot to our small team.

Regards,
Sam""")

R("t22-118", "violating", "en", ["review-inducement", "template-required"], "free heater help + free accessory offered for a review", extra=["incentive"], text="""\
Hi Brian, the indicator lamp on the HT-200 goes dark once the water reaches the set temperature, so that part is normal. Leave us an honest review and we'll mail you a spare suction cup set for free as a thank-you.""")

R("t22-119", "violating", "en", ["review-inducement", "template-required"], "replacement shipped (logistics) + euphemistic request to revisit a 1-star rating", extra=["change-review"], text="""\
Hi Chloe, your replacement filter shipped today with UPS, tracking 1Z8A4F990317725540. Once it is running, could you revisit the 1-star rating you gave the filter?""")

R("t22-120", "violating", "en", ["off-platform-contact"], "logistics-only content, but invites WhatsApp contact with a phone number; no free non-logistics sentence, so no template-required", extra=["whatsapp", "phone"], text="""\
Hi Noah, your parcel is out for delivery today. For live delivery updates you can also message us on WhatsApp at +1 415 555 0143.""")

R("t22-121", "violating", "en", ["off-platform-contact"], "en/warranty filled, signature block carries an e-mail address; body still matches the template", extra=["email", "signature"], text="""\
Dear Ms. Grant,

Every Marivo filter, heater and LED light has a 2-year warranty
from the delivery date. It covers defects in materials and workmanship,
such as a motor that fails, a heater that no longer switches off, or LEDs
that stop lighting. It does not cover glass broken by a fall, impellers
worn down by sand, or damage caused by running a filter dry.

To make a claim, please reply in this thread with your order number, a
short description of the fault and a photo or video of the unit. Once we
have confirmed the fault, we will send a replacement part or unit free of
charge.

Best wishes,
Jordan Reyes
Marivo Support Team
help@marivo-aquatics.com""")

R("t22-122", "violating", "en", ["marketing", "template-required"], "delivery confirmation reply + new product launch with discount code", extra=["coupon"], text="""\
Hi Emma, the tracking shows your light was delivered this afternoon. By the way, our new UV clarifier is out now, and code CLEAR10 takes 10% off it until Sunday.""")

R("t22-123", "violating", "en", ["marketing", "template-required"], "en/noise-troubleshooting filled + P.S. promoting discounted spare kits (cross-sell)", extra=["cross-sell"], text="""\
Hi Luis, we are sorry to hear that your CF-450 has become noisy. Noise usually has one of these causes:
1) Air in the canister: tilt the canister slightly while it runs so the bubbles can escape.
2) A dirty impeller: unplug the filter, remove the impeller cover and rinse the impeller and its shaft in tank water.
3) A dry shaft: put a drop of water on the ceramic shaft before reassembly; never use oil.
4) Vibration: stand the filter on the rubber mat from the box, away from the cabinet wall.
If the rattling goes on after these steps, please reply with a short description of the sound and we will arrange a replacement impeller under warranty. Thanks, Ivy
P.S. Spare impeller kits for the CF-450 are 20% off in our storefront this week, so it's a good moment to stock up.""")

R("t22-124", "violating", "zh", ["review-inducement", "template-required"], "发货通知 + 好评返现", extra=["incentive"], text="""\
您好，您的订单已经发出，运单号 1Z8A4F990329941186，预计周四送达。收到后给个好评并截图发给我们，返现5美元。""")

R("t22-125", "violating", "zh", ["off-platform-contact"], "退货退款（物流内容）但要求PayPal账号站外退款；无非物流句子", extra=["paypal"], text="""\
您好，退回的过滤桶已经收到。麻烦把您的PayPal邮箱发给我们，我们直接把钱转过去，比走亚马逊退款快。""")

R("t22-126", "violating", "zh", ["off-platform-contact", "template-required"], "zh/filter-setup-priming 填充 + 加微信发视频（自由的非物流句子）", extra=["wechat"], text="""\
冯先生您好：

感谢您选购Marivo CF-300外置过滤桶。首次注水启动请按以下步骤操作：

1. 先断开电源，确认进出水管都已接好，快接阀手柄处于“开”的位置。
2. 往桶内注入鱼缸水，注到离桶口约2厘米处，再盖紧桶盖。
3. 连续按压桶盖上的注水按钮8到10次，直到出水管有水流出。
4. 接通电源。开机头几分钟有咕噜声属于正常现象，是桶内的空气在排出。
5. 如果10分钟后水流仍然偏小，请断电后轻轻倾斜桶身排气，再重复第3步。

请注意：过滤桶必须放在鱼缸水面以下，否则无法自动引水。
如果还是不出水，可以加我微信 marivo_fish，我发操作视频给您。

祝您养鱼愉快！
小周
Marivo水族客服""")

R("t22-127", "violating", "zh", ["marketing", "template-required"], "zh/damaged-on-arrival 填充 + 买二送一促销", extra=["promotion"], text="""\
马女士您好，
非常抱歉，您订单113-6604418-2290735中的HT-100加热棒到货时已经损坏。为了您的安全，
请不要继续使用该产品。我们可以免费为您补发一件新的，您也可以通过亚马逊
申请全额退款：进入“我的订单”，选择该订单，点击“退货或换货”即可。除非
亚马逊另有要求，损坏的商品无需寄回。请回复告诉我们您希望补发还是退款，
我们会尽快为您处理。
另外，本店新款LUMA水草灯本周买二送一，欢迎选购！
再次向您致歉！
Amy""")

R("t22-128", "violating", "zh", ["review-inducement", "template-required"], "自由的清潔建議 + 評價分流（滿意才留評，不滿意先找我們）（繁體）", extra=["traditional", "gating"], text="""\
您好，過濾棉用換下來的缸水搓洗就好，活性炭每個月換一次。如果用得順手，歡迎給我們五顆星；要是有任何不滿，請先傳訊息給我們處理，別急著寫負評。""")

R("t22-129", "violating", "zh", ["off-platform-contact", "marketing", "template-required"], "自由的燈具建議 + 引導到官網購買（繁體）", extra=["traditional", "website"], text="""\
您好，LUMA-90 的支架可以伸縮到 120 公分，您的魚缸用得上。以後要買配件，可以到我們官網 marivo-aquatics.com 下單，價格比亞馬遜低一成。""")

R("t22-130", "violating", "mixed", ["review-inducement", "template-required"], "bilingual refund-of-return + request to take down negative feedback (pressure, not the neutral notice)", extra=["bilingual", "remove-feedback"], text="""\
Hi Kai, your refund for the returned heater has been issued. Now that the refund is done, could you take down the negative feedback? It is dragging our seller rating down.
您好，退货的加热棒已经退款。现在问题处理好了，能否请您把那条差评撤掉？它拉低了我们的店铺评分。""")

# =====================================================================
# validation and output
# =====================================================================

PLACEHOLDER = re.compile(r"\{\{([a-z_][a-z0-9_]*)\}\}")
TEMPLATE_ID = re.compile(r"^(en|zh|zh-tw)/[a-z0-9]+(-[a-z0-9]+)*$")
RECORD_ID = re.compile(r"^t22-\d{3}$")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
FIELDS = {"id": str, "text": str, "labels": list, "lang": str, "tags": list,
          "note": str, "context": str}


def check_template(tid, text, problems):
    if not TEMPLATE_ID.match(tid):
        problems.append("template %r: bad id (want en|zh|zh-tw/<kebab-name>)" % tid)
    if not text.strip():
        problems.append("template %s: empty" % tid)
        return
    if not PLACEHOLDER.sub("", text).strip():
        problems.append("template %s: only placeholders, no text" % tid)
    if text.count("{{") != text.count("}}"):
        problems.append("template %s: unbalanced {{ }} (%d vs %d)"
                        % (tid, text.count("{{"), text.count("}}")))
    rest = PLACEHOLDER.sub("", text)
    if "{" in rest or "}" in rest:
        problems.append("template %s: stray or malformed brace outside a {{placeholder}}" % tid)
    has_cjk = bool(CJK.search(text))
    if tid.startswith("en/") and has_cjk:
        problems.append("template %s: English template contains CJK text" % tid)
    if not tid.startswith("en/") and not has_cjk:
        problems.append("template %s: Chinese template has no CJK text" % tid)


def fill_regex(template):
    """Regex that fully matches the template with every placeholder filled by a
    short single-line value (the same name gets the same value each time)."""
    out, seen, pos = [], set(), 0
    for m in PLACEHOLDER.finditer(template):
        out.append(re.escape(template[pos:m.start()]))
        name = m.group(1)
        out.append("(?P=%s)" % name if name in seen else "(?P<%s>[^\\n{}]{1,80}?)" % name)
        seen.add(name)
        pos = m.end()
    out.append(re.escape(template[pos:]))
    return re.compile("".join(out), re.S)


def check_record(i, rec, problems, seen_ids):
    where = "record %d (%s)" % (i, rec.get("id"))
    for field, typ in FIELDS.items():
        if field not in rec:
            problems.append("%s: missing field %r" % (where, field))
        elif not isinstance(rec[field], typ):
            problems.append("%s: field %r should be %s" % (where, field, typ.__name__))
    if set(rec) - set(FIELDS):
        problems.append("%s: unexpected fields %s" % (where, sorted(set(rec) - set(FIELDS))))
    if any(f not in rec or not isinstance(rec[f], FIELDS[f]) for f in FIELDS):
        return
    rid, text, labels, lang, tags = rec["id"], rec["text"], rec["labels"], rec["lang"], rec["tags"]
    if not RECORD_ID.match(rid):
        problems.append("%s: id does not look like t22-NNN" % where)
    if rid in seen_ids:
        problems.append("%s: duplicate id" % where)
    seen_ids.add(rid)
    if not text.strip():
        problems.append("%s: empty text" % where)
    if "{{" in text or "}}" in text:
        problems.append("%s: unfilled placeholder in reply text" % where)
    if not rec["note"].strip():
        problems.append("%s: empty note" % where)
    if rec["context"] != "reply":
        problems.append("%s: context must be 'reply'" % where)
    for lab in labels:
        if lab not in POLICIES:
            problems.append("%s: label %r is not a policy name from interface.md" % (where, lab))
    if len(set(labels)) != len(labels):
        problems.append("%s: duplicate labels" % where)
    if lang not in LANGS:
        problems.append("%s: lang %r not in %s" % (where, lang, LANGS))
    if not tags or tags[0] not in CATEGORIES:
        problems.append("%s: tags[0] must be one of %s" % (where, CATEGORIES))
        return
    cat = tags[0]
    # language of the text matches the lang field
    has_cjk = bool(CJK.search(text))
    latin_words = len(LATIN_WORD.findall(CJK.sub(" ", text)))
    if lang == "en" and has_cjk:
        problems.append("%s: lang en but text contains CJK" % where)
    if lang == "zh" and not has_cjk:
        problems.append("%s: lang zh but text has no CJK" % where)
    if lang == "mixed" and not (has_cjk and latin_words >= 5):
        problems.append("%s: lang mixed needs both Chinese and English text" % where)
    # labels agree with the category definition in the brief
    if cat in ("filled-template", "logistics") and labels:
        problems.append("%s: %s must have labels []" % (where, cat))
    if cat in ("rewritten", "mixed-logistics") and labels != ["template-required"]:
        problems.append("%s: %s must have labels ['template-required']" % (where, cat))
    if cat == "violating" and not any(l in CONTENT_POLICIES for l in labels):
        problems.append("%s: violating record needs a content-policy label" % where)
    if cat == "filled-template":
        src = rec["note"].split(";")[0].strip()
        if src not in TEMPLATES:
            problems.append("%s: note must start with the source template id, got %r" % (where, src))
        elif "exact fill" in rec["note"]:
            if not fill_regex(TEMPLATES[src].rstrip("\n")).fullmatch(text):
                problems.append("%s: marked 'exact fill' but is not %s with placeholders filled"
                                % (where, src))
        elif "edited" not in tags:
            problems.append("%s: filled-template is neither 'exact fill' nor tagged 'edited'" % where)


def similarity_report(problems):
    """Informational: highest character similarity of each reply to any template."""
    print("max similarity to any template (difflib ratio), per category:")
    tnorm = {tid: PLACEHOLDER.sub("", t) for tid, t in TEMPLATES.items()}
    by_cat = {}
    for rec in RECORDS:
        best = max(difflib.SequenceMatcher(None, rec["text"], t, autojunk=False).ratio()
                   for t in tnorm.values())
        by_cat.setdefault(rec["tags"][0], []).append(best)
    for cat in CATEGORIES:
        vals = by_cat.get(cat, [])
        if vals:
            print("  %-16s min %.2f  mean %.2f  max %.2f" % (cat, min(vals), sum(vals) / len(vals), max(vals)))


def write_outputs():
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text if text.endswith("\n") else text + "\n")
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for rec in RECORDS:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def reread_outputs(problems):
    lib = os.path.join(HERE, "library")
    found = {}
    for root, _dirs, files in os.walk(lib):
        for name in files:
            if name.endswith(".txt"):
                path = os.path.join(root, name)
                tid = os.path.relpath(path, lib)[:-4].replace(os.sep, "/")
                with open(path, encoding="utf-8") as fh:
                    found[tid] = fh.read()
    if set(found) != set(TEMPLATES):
        problems.append("library/ on disk does not match TEMPLATES")
    for tid, text in found.items():
        check_template(tid, text, problems)
    seen = set()
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    for n, line in enumerate(lines, 1):
        try:
            rec = json.loads(line)
        except ValueError as exc:
            problems.append("replies.jsonl line %d: broken JSON (%s)" % (n, exc))
            continue
        if not isinstance(rec, dict):
            problems.append("replies.jsonl line %d: not a JSON object" % n)
            continue
        check_record(n, rec, problems, seen)
    if len(lines) != len(RECORDS):
        problems.append("replies.jsonl has %d lines, expected %d" % (len(lines), len(RECORDS)))


def main():
    problems = []
    for tid, text in TEMPLATES.items():
        check_template(tid, text, problems)
    seen = set()
    for i, rec in enumerate(RECORDS, 1):
        check_record(i, rec, problems, seen)
    if problems:
        for p in problems:
            print("PROBLEM: " + p, file=sys.stderr)
        print("%d problem(s); nothing written" % len(problems), file=sys.stderr)
        return 1
    write_outputs()
    reread_outputs(problems)
    if problems:
        for p in problems:
            print("PROBLEM: " + p, file=sys.stderr)
        return 1

    # summary
    by_dir = {}
    for tid in TEMPLATES:
        by_dir[tid.split("/")[0]] = by_dir.get(tid.split("/")[0], 0) + 1
    print("templates: %d  (%s)" % (len(TEMPLATES), ", ".join("%s %d" % kv for kv in sorted(by_dir.items()))))
    print("replies:   %d" % len(RECORDS))
    trad = sum(1 for r in RECORDS if "traditional" in r["tags"])
    for cat in CATEGORIES:
        recs = [r for r in RECORDS if r["tags"][0] == cat]
        langs = {l: sum(1 for r in recs if r["lang"] == l) for l in LANGS}
        tr = sum(1 for r in recs if "traditional" in r["tags"])
        ed = sum(1 for r in recs if "edited" in r["tags"])
        extra = ("  edited %d" % ed) if cat == "filled-template" else ""
        print("  %-16s %3d   en %2d  zh %2d (traditional %d)  mixed %d%s"
              % (cat, len(recs), langs["en"], langs["zh"], tr, langs["mixed"], extra))
    langs = {l: sum(1 for r in RECORDS if r["lang"] == l) for l in LANGS}
    print("languages: en %d, zh %d (of which traditional %d), mixed %d" % (langs["en"], langs["zh"], trad, langs["mixed"]))
    labs = {}
    for r in RECORDS:
        for l in r["labels"] or ["(none)"]:
            labs[l] = labs.get(l, 0) + 1
    print("labels:    " + ", ".join("%s %d" % kv for kv in sorted(labs.items())))
    similarity_report(problems)
    print("OK: wrote library/ and replies.jsonl in %s" % HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main())
