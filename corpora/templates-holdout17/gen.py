#!/usr/bin/env python3
"""Generate the t17 hand-labelled template-required test set: library/ and replies.jsonl.

Everything is written as literals in this file. Run: python3 gen.py"""
# Approved template library for the t17 test set (imported by gen.py).
# Shop sector: electric toothbrushes and water flossers (fictional brand "Tidewell").
# Every template is non-logistics customer support text and is itself compliant:
# no links, e-mail addresses, phone numbers, ratings, incentives or conditions.

TEMPLATES = {}

# ---------------------------------------------------------------- English
# numbered steps, greeting and sign-off on their own lines
TEMPLATES["en/first-charge-setup"] = """Hello {{buyer_name}},

Thank you for your message about the {{product_name}}. Before first use, please set it up as follows:

1. Place the handle on the charging base and charge it for {{charge_hours}} hours. The indicator light blinks while charging and turns solid when full.
2. Push the brush head firmly onto the metal shaft until there is no gap between the head and the handle.
3. Press the power button once to start the default Clean mode. Press it again to switch modes.
4. Wet the bristles, apply a pea-sized amount of toothpaste, and place the brush against your teeth before switching it on.
5. The smart timer pauses briefly every 30 seconds to remind you to move to the next quarter of your mouth.

If the handle does not start after a full charge, please reply to this message and we will help you further.

Kind regards,
{{agent_name}}
{{shop_name}} Customer Care
"""

# numbered steps followed by a paragraph
TEMPLATES["en/app-pairing"] = """Hi {{buyer_name}},

Here is how to pair your {{product_name}} with the Tidewell Smile app:

1. Turn on Bluetooth on your phone and open the Tidewell Smile app.
2. Sign in, tap "Add device" and choose your model from the list.
3. Hold the power button on the handle for 3 seconds until the light flashes blue.
4. Keep the handle within 1 metre of your phone while the app searches.
5. When the app shows "Connected", brush once so that the first session is recorded.

If pairing fails, please close the app, switch Bluetooth off and on again, and repeat from step 2.

Best wishes,
{{agent_name}}
"""

# bullets with "-"
TEMPLATES["en/flosser-low-pressure"] = """Hello {{buyer_name}},

Sorry to hear that the water pressure of your {{product_name}} feels weak. Please check the following points:

- Make sure the water tank is pushed fully into place; a small gap lets air into the pump.
- Check that the flosser tip is clicked into the handle. You should hear a click.
- Rinse the filter at the end of the suction hose inside the tank under running water.
- Fill the tank with lukewarm water only. Mouthwash or salt can block the pump over time.
- Select a higher pressure level with the mode button; the current level is shown by the lights on the front.
- Charge the unit fully, as pressure drops when the battery is low.

If the pressure is still weak after these checks, please let us know and we will arrange a solution for you.

Best regards,
{{agent_name}}
"""

# label lines
TEMPLATES["en/warranty-info"] = """Dear {{buyer_name}},

Thank you for asking about the warranty for your order.

Product: {{product_name}}
Order ID: {{order_id}}
Warranty period: {{warranty_years}} years from the delivery date
Covered: defects in materials and workmanship of the handle, motor, battery and charger
Not covered: brush heads, flosser tips, wear from normal use, and damage from drops or from opening the handle
How to claim: reply to this message with a short description of the problem and, if possible, a photo or video

We will review your request within one business day.

Sincerely,
{{agent_name}}
{{shop_name}}
"""

# a single paragraph, greeting and sign-off inline
TEMPLATES["en/defect-replacement"] = """Dear {{buyer_name}}, we are very sorry that your {{product_name}} from order {{order_id}} stopped working properly. This is not the experience we want you to have, and we have arranged a free replacement through Amazon for you; you will receive a separate notification from Amazon with the details, and there is no need to send the faulty unit back unless Amazon asks you to. Please accept our apologies for the trouble. Kind regards, {{agent_name}}
"""

# one sentence per line, no blank lines
TEMPLATES["en/defect-refund"] = """Hello {{buyer_name}},
We are sorry that your {{product_name}} did not work as it should.
We have issued a full refund of {{refund_amount}} for order {{order_id}} through Amazon.
The refund usually appears on your original payment method within 3 to 5 business days.
You do not need to return the item.
Please accept our apologies for the inconvenience.
{{agent_name}}
"""

# hard-wrapped lines
TEMPLATES["en/missing-part"] = """Hi {{buyer_name}},

We are sorry that the {{part_name}} was missing from the box of
your {{product_name}}. Every package is supposed to contain the
handle, the charging base, the travel case and the brush heads
listed on the product page, and we apologise for the oversight.

We are sending the missing {{part_name}} to you free of charge
through Amazon. You do not need to return anything or place a
new order.

Thank you for letting us know, and sorry again for the trouble.

{{agent_name}}
{{shop_name}} Support Team
"""

# short single paragraph, greeting and sign-off inline
TEMPLATES["en/manual-request"] = """Hi {{buyer_name}}, as requested, the user manual for the {{product_name}} is attached to this message as a PDF. The quick-start section is on pages 2 and 3, and the cleaning instructions are on page 9. Best regards, {{agent_name}}
"""

# neutral review request: no rating, no incentive, no condition
TEMPLATES["en/review-request-neutral"] = """Hello {{buyer_name}},

Thank you for your order {{order_id}}. We hope the {{product_name}} is working well for you.

If you have a moment, we would appreciate it if you shared your experience with this product in a review on Amazon. Your honest opinion helps other customers decide.

Best regards,
{{shop_name}}
"""

# "*" bullets, sign-off inline on the last line
TEMPLATES["en/brush-head-care"] = """Dear {{buyer_name}},

Thank you for your question about brush heads for the {{product_name}}. A few tips:

* Replace the brush head every 3 months, or sooner if the bristles splay outwards.
* The blue indicator bristles fade to white when it is time to change the head.
* All Tidewell SonicPro heads fit every SonicPro handle; the AquaJet flosser tips do not fit the toothbrush.
* After brushing, rinse the head, take it off the handle once a week, and dry the metal shaft.
* Store the brush upright so that water does not collect at the base.

We hope this helps.
Warm regards, {{agent_name}}
"""

# ---------------------------------------------------------------- Simplified Chinese
TEMPLATES["zh/first-charge-setup"] = """{{buyer_name}}您好，

感谢您购买{{product_name}}。首次使用前请按以下步骤操作：

1. 将手柄放在充电座上充电{{charge_hours}}小时，充电时指示灯闪烁，充满后常亮。
2. 将刷头用力按入金属轴，直到刷头与手柄之间没有缝隙。
3. 按一下电源键启动默认的清洁模式，再按一次可切换模式。
4. 先把刷毛放在牙齿上再开机，以免牙膏飞溅。
5. 智能计时器每30秒短暂停顿一次，提醒您换到下一个区域。

如充满电后仍无法开机，请直接回复此消息，我们会继续为您处理。

祝好！
{{agent_name}}
"""

TEMPLATES["zh/app-pairing"] = """{{buyer_name}}您好！

{{product_name}}与Tidewell Smile应用配对的方法如下：
1. 打开手机蓝牙，打开Tidewell Smile应用并登录。
2. 点击“添加设备”，在列表中选择您的型号。
3. 长按手柄电源键3秒，指示灯闪蓝光后松开。
4. 配对时请让手柄与手机保持在1米以内。
5. 应用显示“已连接”后刷一次牙，即可记录第一次数据。
若配对失败，请关闭应用并重新开关蓝牙，再从第2步开始操作。

{{agent_name}} 敬上
"""

TEMPLATES["zh/flosser-low-pressure"] = """{{buyer_name}}您好，

很抱歉{{product_name}}的水压让您感觉偏弱，请先检查以下几点：
• 水箱是否完全推到位，有缝隙时会进空气；
• 喷嘴是否卡紧，装好时会听到“咔哒”一声；
• 水箱内吸水管末端的过滤网是否堵塞，可用清水冲洗；
• 水箱内请只加温水，漱口水或盐水长期使用会堵塞水泵；
• 按模式键调高水压档位；
• 电量不足时水压会下降，请先充满电。

如检查后水压仍然偏弱，请告诉我们，我们会为您安排解决方案。

{{agent_name}}
"""

# a single paragraph, greeting and sign-off inline
TEMPLATES["zh/defect-replacement"] = """尊敬的{{buyer_name}}，您好！非常抱歉您在订单{{order_id}}中购买的{{product_name}}出现了故障，给您带来了不便。我们已通过亚马逊为您免费安排换货，亚马逊会另行发送通知告知详情；除非亚马逊要求，您无需寄回故障产品。再次向您致歉，感谢您的理解。{{agent_name}}
"""

# label lines, greeting inline with the first sentence
TEMPLATES["zh/warranty-info"] = """{{buyer_name}}您好，感谢您咨询保修事宜。

产品：{{product_name}}
订单号：{{order_id}}
保修期：自签收之日起{{warranty_years}}年
保修范围：手柄、电机、电池及充电器的材料和工艺缺陷
不在保修范围：刷头、喷嘴、正常使用磨损、摔落或自行拆机造成的损坏
申请方式：直接回复本消息，简要说明问题，如方便请附照片或视频

我们会在一个工作日内处理您的申请。
{{shop_name}} {{agent_name}}
"""

# neutral review request, one sentence per line
TEMPLATES["zh/review-request-neutral"] = """{{buyer_name}}您好：
感谢您在我们店铺购买{{product_name}}（订单号{{order_id}}）。
如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验，您的意见可以帮助其他买家做出选择。
祝您生活愉快！
{{shop_name}}
"""

# one sentence per line
TEMPLATES["zh/sensitive-gums"] = """{{buyer_name}}您好，
感谢您咨询{{product_name}}在牙龈敏感时的使用方法。
建议前两周使用“敏感”模式，并选择最低档位。
刷牙时只需轻轻把刷头贴在牙齿上，不需要用力来回刷。
手柄检测到压力过大时会亮红灯并降低振动，这时请减轻力度。
刚开始使用时牙龈轻微出血通常会在一到两周内缓解。
如果出血持续超过两周，请咨询您的牙医。
{{agent_name}}
"""

# ---------------------------------------------------------------- Traditional Chinese
TEMPLATES["zh-tw/first-charge-setup"] = """{{buyer_name}} 您好：

感謝您購買 {{product_name}}。第一次使用前，請依照下列步驟設定：

1. 將握柄放在充電座上充電 {{charge_hours}} 小時，充電時指示燈會閃爍，充飽後恆亮。
2. 將刷頭確實壓入金屬軸，直到刷頭與握柄之間沒有縫隙。
3. 按一下電源鍵啟動預設的清潔模式，再按一次可切換模式。
4. 請先將刷毛貼在牙齒上再開機，避免牙膏噴濺。

若充飽電後仍無法開機，請直接回覆此訊息，我們會繼續協助您。

{{agent_name}} 敬上
"""

TEMPLATES["zh-tw/defect-refund"] = """{{buyer_name}} 您好，
很抱歉您的 {{product_name}} 無法正常運作。
我們已透過亞馬遜為訂單 {{order_id}} 辦理全額退款 {{refund_amount}}。
退款通常會在 3 到 5 個工作天內退回您原本的付款方式。
此商品不需要寄回。
造成您的不便，敬請見諒。
{{agent_name}}
"""

TEMPLATES["zh-tw/missing-part"] = """{{buyer_name}} 您好，

很抱歉您收到的 {{product_name}} 包裝中缺少了{{part_name}}。我們會透過亞馬遜免費補寄{{part_name}}給您，您不需要退回任何商品，也不需要重新下單。

感謝您告訴我們，再次向您致歉。
{{shop_name}} 客服 {{agent_name}}
"""

TEMPLATES["zh-tw/battery-troubleshooting"] = """{{buyer_name}} 您好：

關於 {{product_name}} 電池續航變短的問題，請參考以下建議：
- 請使用原廠充電座，並放在乾燥的地方充電。
- 每隔一到兩個月讓電池完全用完一次，再充飽電。
- 充電座與握柄底部如有牙膏殘留，請用濕布擦乾淨。
- 充飽電後通常可使用約 {{battery_days}} 天（每天兩次、每次兩分鐘）。
如果充飽電後只能使用一兩次，可能是電池故障，請回覆此訊息，我們會為您安排後續處理。

{{agent_name}}
"""

# ---------------------------------------------------------------------------
# Realistic values
# ---------------------------------------------------------------------------
P_EN = {
    "sp5": "Tidewell SonicPro 5 Rechargeable Electric Toothbrush with 4 Cleaning Modes, 2-Minute Smart Timer, Pressure Sensor and Travel Case (Midnight Blue)",
    "aj": "Tidewell AquaJet Cordless Water Flosser, 300 ml Tank, 5 Pressure Levels, IPX7 Waterproof, USB-C Rechargeable, 6 Jet Tips",
    "kids": "Tidewell SonicPro Kids Electric Toothbrush for Ages 3+, Extra Soft Bristles, 2 Brush Heads and Sticker Pack",
    "ajhome": "Tidewell AquaJet Home Countertop Water Flosser with 10 Tips and 600 ml Reservoir",
    "sp7": "Tidewell SonicPro 7 Smart Electric Toothbrush with App, 5 Modes, Wireless Charging Glass and 3 Brush Heads",
}
P_ZH = {
    "sp5": "Tidewell SonicPro 5 声波电动牙刷（4种模式，2分钟智能计时，压力感应，附旅行盒，午夜蓝）",
    "aj": "Tidewell AquaJet 便携冲牙器（300毫升水箱，5档水压，IPX7防水，USB-C充电，附6支喷嘴）",
    "sp7": "Tidewell SonicPro 7 智能电动牙刷（支持App，5种模式，无线充电玻璃杯）",
    "ajhome": "Tidewell AquaJet 台式冲牙器（600毫升水箱，附10支喷嘴）",
}
P_TW = {
    "sp5": "Tidewell SonicPro 5 聲波電動牙刷（4 種模式、2 分鐘智慧計時、壓力感應、附旅行盒）",
    "aj": "Tidewell AquaJet 攜帶式沖牙機（300 毫升水箱、5 段水壓、IPX7 防水）",
    "sp7": "Tidewell SonicPro 7 智慧電動牙刷（支援 App、5 種模式、無線充電玻璃杯）",
}

# Simplified -> Traditional character map, only for the characters of one reply
# (the character-converted zh/app-pairing reply below).
S2T = dict(zip(
    "与应对开机蓝录点击设备择选长键电闪灯后松时请让内显连记数据败关闭从动种无线号赵杰并",
    "與應對開機藍錄點擊設備擇選長鍵電閃燈後鬆時請讓內顯連記數據敗關閉從動種無線號趙傑並"))

# ---------------------------------------------------------------------------
# filled-template replies: (template id, values, edits, note, lang)
# edit ops: ("replace", old, new) ("drop", substring-of-line) ("wrap", width)
#           ("unwrap",) ("crlf",) ("s2t",)
# ---------------------------------------------------------------------------
FILLED = [
    # ---------------- English
    ("en/first-charge-setup",
     dict(buyer_name="Sarah", product_name=P_EN["sp5"], charge_hours="16", agent_name="Marta", shop_name="Tidewell"),
     [], "exact fill, long product name", "en"),
    ("en/first-charge-setup",
     dict(buyer_name="Mr. Okafor", product_name=P_EN["kids"], charge_hours="12", agent_name="Daniel", shop_name="Tidewell"),
     [("replace", "Hello Mr. Okafor,", "Good morning Mr. Okafor,"), ("replace", "Kind regards,", "Many thanks,")],
     "greeting and closing words changed by the agent", "en"),
    ("en/first-charge-setup",
     dict(buyer_name="Priya", product_name=P_EN["sp7"], charge_hours="24", agent_name="Marta", shop_name="Tidewell"),
     [("wrap", 68)], "long lines re-wrapped at 68 columns (pasted from an e-mail client)", "en"),
    ("en/app-pairing",
     dict(buyer_name="Tom", product_name="Tidewell SonicPro 7 Smart Electric Toothbrush", agent_name="Lena"),
     [], "exact fill", "en"),
    ("en/app-pairing",
     dict(buyer_name="Ms. Fernández", product_name=P_EN["sp7"], agent_name="Lena"),
     [("replace", "Hi Ms. Fernández,\n\n", "Hi Ms. Fernández,\n\nThanks for your patience while we looked into this.\n\n")],
     "courtesy line added after the greeting", "en"),
    ("en/app-pairing",
     dict(buyer_name="Jordan", product_name="SonicPro 7 toothbrush", agent_name="Lena from Tidewell"),
     [("crlf",)], "CRLF line endings, sign-off name with shop", "en"),
    ("en/flosser-low-pressure",
     dict(buyer_name="Karen", product_name=P_EN["aj"], agent_name="Miguel"),
     [], "exact fill, long product name", "en"),
    ("en/flosser-low-pressure",
     dict(buyer_name="Mr. Hughes", product_name=P_EN["ajhome"], agent_name="Miguel"),
     [("replace", "Hello Mr. Hughes,", "Hi Mr. Hughes,"),
      ("replace", "arrange a solution for you.\n", "arrange a solution for you.\n\nHave a great weekend!\n")],
     "greeting changed, courtesy line added before the sign-off", "en"),
    ("en/flosser-low-pressure",
     dict(buyer_name="Aisha", product_name="AquaJet cordless flosser", agent_name="Miguel"),
     [("drop", "Mouthwash or salt")],
     "one bullet (the mouthwash one) deleted by the agent; every remaining line is template text", "en"),
    ("en/warranty-info",
     dict(buyer_name="Mr. Lindqvist", product_name=P_EN["sp5"], order_id="113-4829301-5567102", warranty_years="2",
          agent_name="Hannah", shop_name="Tidewell Oral Care"),
     [], "exact fill", "en"),
    ("en/warranty-info",
     dict(buyer_name="Chloe", product_name=P_EN["ajhome"], order_id="114-7710293-3308841", warranty_years="2",
          agent_name="Hannah", shop_name="Tidewell Oral Care"),
     [("replace", "Dear Chloe,", "Hi Chloe,")], "greeting changed from Dear to Hi", "en"),
    ("en/defect-replacement",
     dict(buyer_name="Ms. Rossi", product_name=P_EN["sp5"], order_id="112-0093847-6612095", agent_name="Hannah"),
     [], "exact fill, single paragraph", "en"),
    ("en/defect-replacement",
     dict(buyer_name="Kevin", product_name=P_EN["aj"], order_id="111-5820476-9034417", agent_name="Hannah"),
     [("replace", "Dear Kevin, we", "Dear Kevin,\n\nWe"), ("replace", " Kind regards, Hannah", "\n\nKind regards,\nHannah")],
     "greeting and sign-off moved onto their own lines", "en"),
    ("en/defect-refund",
     dict(buyer_name="Emily", product_name=P_EN["kids"], refund_amount="$29.99", order_id="113-2267001-4485930", agent_name="Sam"),
     [], "exact fill", "en"),
    ("en/defect-refund",
     dict(buyer_name="Mr. Tanaka", product_name=P_EN["aj"], refund_amount="£44.99", order_id="202-6638104-7731950",
          agent_name="Sam (Tidewell Care)"),
     [("replace", "Please accept our apologies", "Thank you for bearing with us.\nPlease accept our apologies")],
     "UK order, courtesy line added, sign-off name with shop", "en"),
    ("en/missing-part",
     dict(buyer_name="Olivia", part_name="charging base", product_name=P_EN["sp5"], agent_name="Marta", shop_name="Tidewell"),
     [], "exact fill; hard wraps kept, so lines with the long product name run long", "en"),
    ("en/missing-part",
     dict(buyer_name="Mr. Adeyemi", part_name="travel case", product_name=P_EN["sp7"], agent_name="Marta", shop_name="Tidewell"),
     [("unwrap",)], "hard-wrapped paragraphs joined into single lines", "en"),
    ("en/missing-part",
     dict(buyer_name="Grace", part_name="spare brush head", product_name="SonicPro 5 toothbrush", agent_name="Daniel", shop_name="Tidewell"),
     [("replace", "Hi Grace,", "Hello Grace,")], "greeting changed", "en"),
    ("en/manual-request",
     dict(buyer_name="Noah", product_name=P_EN["ajhome"], agent_name="Lena"),
     [], "exact fill, inline greeting and sign-off", "en"),
    ("en/manual-request",
     dict(buyer_name="Ms. Brennan", product_name=P_EN["aj"], agent_name="Lena"),
     [("replace", "Hi Ms. Brennan,", "Hello Ms. Brennan,"), ("replace", "page 9. Best regards", "page 9. I hope this helps. Best regards")],
     "greeting changed, short courtesy sentence inserted", "en"),
    ("en/review-request-neutral",
     dict(buyer_name="James", order_id="113-9051187-2203364", product_name=P_EN["sp5"], shop_name="Tidewell"),
     [], "exact fill of the neutral review request", "en"),
    ("en/brush-head-care",
     dict(buyer_name="Fatima", product_name=P_EN["sp5"], agent_name="Daniel"),
     [], "exact fill", "en"),

    # ---------------- Simplified Chinese
    ("zh/first-charge-setup",
     dict(buyer_name="王女士", product_name=P_ZH["sp5"], charge_hours="16", agent_name="客服小林"),
     [], "exact fill, long product name", "zh"),
    ("zh/first-charge-setup",
     dict(buyer_name="李先生", product_name=P_ZH["sp7"], charge_hours="24", agent_name="客服小林"),
     [("replace", "李先生您好，", "亲爱的李先生，您好，"), ("replace", "祝好！", "祝您使用愉快！")],
     "greeting and closing wish changed", "zh"),
    ("zh/app-pairing",
     dict(buyer_name="陈先生", product_name=P_ZH["sp7"], agent_name="客服阿杰"),
     [], "exact fill", "zh"),
    ("zh/app-pairing",
     dict(buyer_name="赵女士", product_name="SonicPro 7 电动牙刷", agent_name="Tidewell客服阿杰"),
     [("replace", "赵女士您好！\n\n", "赵女士您好！\n\n让您久等了，非常抱歉。\n")],
     "apology for the wait added after the greeting; sign-off name with shop", "zh"),
    ("zh/flosser-low-pressure",
     dict(buyer_name="刘女士", product_name=P_ZH["aj"], agent_name="客服小林"),
     [], "exact fill, long product name", "zh"),
    ("zh/flosser-low-pressure",
     dict(buyer_name="周先生", product_name=P_ZH["ajhome"], agent_name="客服小林"),
     [("replace", "• ", "- ")], "bullet symbol changed from • to -", "zh"),
    ("zh/defect-replacement",
     dict(buyer_name="孙女士", order_id="113-6672019-0045281", product_name=P_ZH["sp5"], agent_name="客服小美"),
     [], "exact fill, single paragraph", "zh"),
    ("zh/defect-replacement",
     dict(buyer_name="黄先生", order_id="112-3381906-5520147", product_name=P_ZH["aj"], agent_name="客服小美"),
     [("replace", "您好！非常抱歉", "您好！\n非常抱歉"), ("replace", "感谢您的理解。客服小美", "感谢您的理解。\n客服小美")],
     "greeting and sign-off put on their own lines", "zh"),
    ("zh/warranty-info",
     dict(buyer_name="吴先生", product_name=P_ZH["sp7"], order_id="114-2093315-8876420", warranty_years="2",
          shop_name="Tidewell", agent_name="客服小林"),
     [], "exact fill", "zh"),
    ("zh/warranty-info",
     dict(buyer_name="郑女士", product_name=P_ZH["aj"], order_id="111-7765402-1193358", warranty_years="1",
          shop_name="Tidewell", agent_name="客服小美"),
     [("replace", "处理您的申请。\n", "处理您的申请。\n祝您生活愉快！\n")], "closing wish line added", "zh"),
    ("zh/review-request-neutral",
     dict(buyer_name="何女士", product_name=P_ZH["sp5"], order_id="113-5502846-9917034", shop_name="Tidewell旗舰店"),
     [], "exact fill of the neutral review request", "zh"),
    ("zh/review-request-neutral",
     dict(buyer_name="林先生", product_name=P_ZH["ajhome"], order_id="112-8840017-3365902", shop_name="Tidewell旗舰店"),
     [("replace", "林先生您好：", "林先生，您好！")], "greeting punctuation changed", "zh"),
    ("zh/sensitive-gums",
     dict(buyer_name="马女士", product_name=P_ZH["sp5"], agent_name="客服小美"),
     [], "exact fill", "zh"),
    ("zh/sensitive-gums",
     dict(buyer_name="许先生", product_name=P_ZH["sp7"], agent_name="客服小美"),
     [("replace", "您好，\n", "您好，"), ("replace", "。\n建议", "。建议"), ("replace", "。\n刷牙", "。刷牙"),
      ("replace", "。\n手柄", "。手柄"), ("replace", "。\n刚开始", "。刚开始"), ("replace", "。\n如果", "。如果")],
     "one-sentence-per-line body joined into a single paragraph; sign-off line kept", "zh"),
    ("zh/app-pairing",
     dict(buyer_name="赵女士", product_name=P_ZH["sp7"], agent_name="客服阿杰"),
     [("s2t",)],
     "whole filled reply converted character by character to Traditional (OpenCC-style s2t); same wording", "zh"),

    # ---------------- Traditional Chinese
    ("zh-tw/first-charge-setup",
     dict(buyer_name="陳小姐", product_name=P_TW["sp5"], charge_hours="16", agent_name="客服 Amy"),
     [], "exact fill", "zh"),
    ("zh-tw/first-charge-setup",
     dict(buyer_name="林先生", product_name=P_TW["sp7"], charge_hours="24", agent_name="客服 Amy"),
     [("replace", "林先生 您好：", "林先生您好："), ("replace", "繼續協助您。\n", "繼續協助您。\n祝您使用愉快！\n")],
     "greeting spacing changed, closing wish added", "zh"),
    ("zh-tw/defect-refund",
     dict(buyer_name="黃小姐", product_name=P_TW["aj"], order_id="113-0047719-6628305", refund_amount="US$39.99", agent_name="客服 Kevin"),
     [], "exact fill", "zh"),
    ("zh-tw/defect-refund",
     dict(buyer_name="張先生", product_name=P_TW["sp5"], order_id="114-9912036-4470158", refund_amount="US$59.99",
          agent_name="Tidewell 客服 Kevin"),
     [], "exact fill, sign-off name with shop", "zh"),
    ("zh-tw/missing-part",
     dict(buyer_name="吳小姐", product_name=P_TW["sp5"], part_name="充電座", shop_name="Tidewell", agent_name="Amy"),
     [], "exact fill", "zh"),
    ("zh-tw/missing-part",
     dict(buyer_name="蔡先生", product_name=P_TW["sp7"], part_name="旅行盒", shop_name="Tidewell", agent_name="Amy"),
     [("replace", "感謝您告訴我們，", "謝謝您耐心等候回覆，也感謝您告訴我們，")], "courtesy words added in the closing line", "zh"),
    ("zh-tw/battery-troubleshooting",
     dict(buyer_name="楊先生", product_name=P_TW["sp5"], battery_days="30", agent_name="客服 Amy"),
     [], "exact fill", "zh"),
    ("zh-tw/battery-troubleshooting",
     dict(buyer_name="許小姐", product_name=P_TW["sp7"], battery_days="25", agent_name="客服 Amy"),
     [("replace", "許小姐 您好：", "許小姐，您好：")], "greeting punctuation changed", "zh"),
]

# ---------------------------------------------------------------------------
# logistics: free-written replies purely about shipping, delivery, tracking,
# returns, refunds of a return, address changes, customs, carrier pickup,
# cancellations before dispatch.  Expected labels: []
# entries: (lang, note, text)
# ---------------------------------------------------------------------------
LOGISTICS = [
    ("en", "shipped, tracking number and delivery estimate",
     """Hi Sarah,

Your order 113-4829301-5567102 left our warehouse yesterday with UPS. The tracking number is 1Z999AA10123456784, and the carrier currently estimates delivery on Thursday, 14 March.

Best regards,
Marta"""),
    ("en", "weather delay at a carrier hub, offer to reship or refund if it does not arrive",
     """Hello Mr. Grant, I'm sorry the parcel is taking longer than expected. The tracking shows it has been held at the USPS regional facility in Memphis since Monday because of the storm, and USPS expects it to move again within two days. If it has not arrived by Friday, reply here and we will send a new one or refund the order, whichever you prefer.
Daniel"""),
    ("en", "marked delivered but not received",
     """Hi Jess,
The carrier marked order 114-7710293-3308841 as delivered at 2:14 pm on 3 May and left it at the front door.
Could you check around the entrance, your mailbox and with your neighbours or building reception?
Parcels are sometimes scanned as delivered a few hours before they actually arrive.
If it still hasn't turned up by tomorrow evening, let us know and we'll ship a replacement at no cost.
Miguel"""),
    ("en", "address change before dispatch",
     """Hi Paul, thanks for catching that. Your order hasn't been dispatched yet, so we have updated the delivery address to 42 Elm Street, Apt 3B, Portland, OR 97205. The parcel will go out tomorrow morning and you'll receive the tracking details by the end of the day. - Lena"""),
    ("en", "cancellation before dispatch at the buyer's request",
     """Hello Anna,

As requested, we have cancelled order 112-0093847-6612095 before it was dispatched. You have not been charged; any pending authorisation on your card will drop off within a few business days.

Kind regards,
Hannah"""),
    ("en", "return authorised, where to find the prepaid label",
     """Hi Marcus,

I've authorised the return for order 111-5820476-9034417. The prepaid return label is available under Your Orders > Return or replace items. Please pack the flosser in its original box if you still have it and drop it off at any UPS Store within 14 days.

Thanks,
Sam"""),
    ("en", "refund of a received return",
     """Hi Claire, we received your returned toothbrush at our warehouse this morning. Your refund of $49.99 has been issued to your original payment method and should show within 3-5 business days. Best, Sam"""),
    ("en", "customs / import VAT question for a cross-border parcel",
     """Dear Mr. Müller,

The parcel was shipped from our UK warehouse to Germany. Import VAT was collected by Amazon at checkout, so DHL should not ask you for any customs payment on delivery. If the driver does ask for a fee, please refuse the payment and send us a photo of the notice in this thread so we can take it up with DHL.

Sincerely,
Hannah"""),
    ("en", "carrier pickup booked for a return",
     """Hello Rebecca,
the UPS pickup for your return is booked for Tuesday between 9 am and 6 pm.
Please have the parcel sealed with the return label attached; the driver will scan it at your door and you'll get a receipt by email from UPS.
Daniel"""),
    ("en", "wrong item shipped: correct item sent, return label for the wrong one",
     """Hi Liam,

You're right, our warehouse sent an AquaJet flosser instead of the SonicPro 5 toothbrush you ordered, and we're sorry for the mix-up. The correct toothbrush ships today by FedEx (tracking 7712 3456 7890). A prepaid return label for the flosser is available in Your Orders; please send it back within 30 days.

Marta"""),
    ("en", "order split into two shipments",
     """Hi Nadia, your order was split into two parcels. The toothbrush has already been delivered, and the two packs of brush heads are travelling separately with Amazon Logistics under tracking TBA304958712000, expected on Wednesday.
Lena"""),
    ("en", "FBA order, delivery handled by Amazon",
     """Hello Mr. Price,

This order was fulfilled by Amazon, so the delivery is handled by Amazon directly. The latest scan shows it is out for delivery today. If it doesn't arrive, you can request a replacement or a refund for the missing parcel from Your Orders, and Amazon's delivery team will follow up.

Regards,
Miguel"""),
    ("en", "box crushed in transit: return as 'arrived damaged' and replacement after the return scan (judgement: transit damage counted as delivery)",
     """Hi Ben,

I'm so sorry the box arrived crushed; the damage happened in transit. Please start a return from Your Orders and choose "Arrived damaged". Return shipping is free, and we will dispatch a replacement as soon as the carrier scans your return parcel.

Sam"""),
    ("en", "return window question for an unopened item",
     """Hi Sophie, yes, you can still return the unopened water flosser. Your order is inside the 30-day return window until 28 June. Start the return from Your Orders, and once the parcel reaches us the refund goes back to your card. Marta"""),
    ("en", "shipping to an APO address",
     """Hello Sgt. Ramirez,

Yes, we can ship to your APO address. Delivery to APO/FPO addresses usually takes 10 to 20 days from dispatch, and the tracking stops updating once the parcel is handed over to the military postal service.

Best regards,
Hannah"""),
    ("en", "dispatch cut-off and transit time",
     """Hi Ella,
Orders placed before 2 pm Pacific time ship the same day from our Nevada warehouse.
With standard shipping to Texas, delivery usually takes 3 to 5 business days.
Daniel"""),
    ("en", "lost parcel, new shipment sent",
     """Dear Mrs. Patel,

The tracking for order 113-2267001-4485930 has not updated for eight days, so we treat the parcel as lost. We shipped a new one today with USPS Priority Mail, tracking 9400 1118 9922 3344 5566 77. If the first parcel turns up later, you can refuse it or send it back with the label in Your Orders.

Kind regards,
Lena"""),

    # ---------------- Chinese (Simplified)
    ("zh", "已发货、运单号、预计送达",
     """王女士您好，

您的订单113-6672019-0045281已于昨天通过UPS发出，运单号1Z999AA10123456784，承运商目前预计本周四送达。

客服小林"""),
    ("zh", "天气原因物流延误，周五未到可重发或退款",
     """李先生您好，很抱歉包裹比预计晚到。物流信息显示包裹因暴雪滞留在芝加哥转运中心，承运商预计两天内恢复派送。如果周五前仍未收到，请回复我们，我们会为您重新发货或退款。客服小美"""),
    ("zh", "显示已签收但未收到",
     """您好，
承运商显示订单114-2093315-8876420已于5月3日下午2点14分签收，包裹放在门口。
麻烦您先看看门口周围和信箱，或者问一下邻居和物业。
如果明天晚上还没找到，请告诉我们，我们会免费为您重新寄出。
客服阿杰"""),
    ("zh", "发货前修改收货地址",
     """陈先生您好，您的订单还没有发货，我们已经按您的要求把收货地址修改为新地址，几分钟后您在订单页面就能看到更新，明天发货后会同步运单号。"""),
    ("zh", "发货前按买家要求取消订单",
     """您好！已按您的要求在发货前取消订单112-3381906-5520147，您不会被扣款，银行卡上的预授权几天内会自动释放。
客服小林"""),
    ("zh", "退货已批准，预付退货标签",
     """刘女士您好，

您的退货申请已批准。预付退货标签可以在“您的订单”中的退货页面下载，请在14天内将冲牙器放回原包装，交到任意UPS网点。

客服小美"""),
    ("zh", "收到退货后退款",
     """您好，我们今天上午已经收到您退回的电动牙刷，退款49.99美元已原路退回，一般3到5个工作日到账。"""),
    ("zh", "跨境包裹关税",
     """周先生您好：
这个包裹从美国仓库发往加拿大，进口税费已在下单时由亚马逊代收，快递员不应再向您收取关税。
如果有人要求您付款，请拒绝，并把通知单的照片回复在这条消息里，我们会和承运商联系。
客服阿杰"""),
    ("zh", "预约UPS上门取件",
     """您好，退货的UPS上门取件已经预约在周二上午9点到下午6点之间，请提前封好包裹并贴好退货面单，快递员上门扫描后即可。"""),
    ("zh", "发错货：正确商品已发出，错发商品用预付标签寄回",
     """孙女士您好，

非常抱歉，仓库把您订购的电动牙刷错发成了冲牙器。正确的商品今天已用FedEx发出，运单号771234567890；错发的冲牙器请通过“您的订单”中的预付退货标签在30天内寄回。

客服小林"""),
    ("zh", "订单拆分为两个包裹",
     """您好，您的订单分成了两个包裹：牙刷已经签收，两盒替换刷头由亚马逊物流单独派送，运单号TBA304958712000，预计周三送达。"""),
    # Traditional
    ("zh", "已寄出、追蹤號碼（繁體）",
     """陳先生您好：

您的訂單 113-0047719-6628305 已在昨天透過 UPS 寄出，追蹤號碼 1Z999AA10123456784，預計本週五送達。

客服 Amy"""),
    ("zh", "出貨前更改收件地址（繁體）",
     """林小姐您好，訂單尚未出貨，我們已依照您的要求更改收件地址，出貨後會再提供追蹤號碼給您。"""),
    ("zh", "出貨前取消訂單（繁體）",
     """您好，
已依您的要求在出貨前取消訂單 114-9912036-4470158，不會向您收取任何費用。
客服 Kevin"""),
    ("zh", "收到退貨後退款（繁體）",
     """黃小姐您好，我們已收到您寄回的沖牙機，退款已退回原付款方式，通常 3 到 5 個工作天內入帳。客服 Kevin"""),
    ("zh", "清關中（繁體）",
     """張先生您好：
包裹目前正在海關清關，這是國際包裹的正常流程，通常需要 2 到 4 個工作天。
清關完成後追蹤資訊會自動更新，屆時再請您留意收件。
客服 Amy"""),

    # ---------------- mixed
    ("mixed", "bilingual shipping notice in reply to a question (EN + ZH)",
     """Hi Wei,
Your order 113-5502846-9917034 shipped today with USPS, tracking 9400 1118 9922 3344 5566 77, and should arrive in 5 to 7 days.

魏先生您好，您的订单今天已通过USPS发出，运单号9400 1118 9922 3344 5566 77，预计5到7天送达。

Marta"""),
    ("mixed", "address change with the new address in Chinese",
     """Hi Ms. Chen, we've updated the delivery address as requested. It now reads: 台北市信義區松仁路100號8樓 (8F, No. 100, Songren Rd., Xinyi Dist., Taipei 110). The parcel will go out tomorrow with DHL Express and the tracking number will follow. Lena"""),
]

# ---------------------------------------------------------------------------
# rewritten: free or heavily rewritten non-logistics replies.
# Expected labels: ["template-required"].  Note starts "rewrites <nearest template id>;"
# entries: (lang, nearest template id, note, text); text is a literal string, or
# dict(tpl, values, edits) for the "template plus substantive free text" cases.
# ---------------------------------------------------------------------------
REWRITTEN = [
    ("en", "en/first-charge-setup", "first-charge advice in the agent's own casual words",
     """Hey Sarah! Sorry the brush isn't turning on. New handles leave the factory with only a little charge, so pop it on the base overnight. You'll see the light blink while it charges and go steady once it's full. Also make sure the head is pushed all the way down; if there's a gap it can feel like nothing is happening. Let me know how it goes! Marta"""),
    ("en", "en/app-pairing", "pairing troubleshooting in prose, different advice order (forget device first)",
     """Hi Tom,

The app usually can't find the brush when it's still paired with another phone. Go into your phone's Bluetooth settings, tap "Forget" next to SonicPro7, then hold the power button on the handle for three seconds until it flashes blue and add it again in the app. Keeping the handle right next to the phone while it searches helps too.

Lena"""),
    ("en", "en/flosser-low-pressure", "weak pressure explained as trapped air, purge procedure not in the template",
     """Hi Karen, weak pressure is nearly always air getting into the pump. Push the reservoir back on firmly until it clicks, then hold the flosser over the sink on level 5 for about 20 seconds to purge the air. If you've been putting mouthwash in the tank, run two full tanks of warm water through it to flush the pump. Miguel"""),
    ("en", "en/warranty-info", "warranty terms restated as prose without the label lines",
     """Dear Mr. Lindqvist,

Your handle is covered for two years from the day it was delivered. That includes the battery, the motor and the charger, but not the brush heads, which are consumables. If anything goes wrong, just describe it in a reply here; a short video is the quickest way for us to see what's happening, and we'll take it from there.

Best,
Hannah"""),
    ("en", "en/brush-head-care", "brush-head tips rewritten as a chatty paragraph",
     """Hi Fatima, good question! You'll want a fresh head roughly every three months. The blue bristles in the middle get lighter as they wear, so that's your cue. Any head from the SonicPro range fits your handle, but the flosser tips won't. Daniel"""),
    ("en", "en/defect-replacement", "defect diagnosed from the buyer's video, replacement via Amazon, own words",
     """Hi Ms. Rossi,

That definitely shouldn't happen after a week. From your video it sounds like the motor is stalling, which is a fault in the unit and nothing you did. I've asked Amazon to send you a replacement. Please keep the old one until Amazon tells you what to do with it.

Sorry about this,
Hannah"""),
    ("en", "en/missing-part", "missing part handled in a free two-sentence reply (judgement: missing part = non-logistics, as in the brief)",
     """Hi Olivia, I'm sorry, it looks like the charging base was left out when your kit was packed. I'll get one out to you through Amazon at no charge, no need to order anything. Marta"""),
    ("en", "en/flosser-low-pressure", "topic not covered by any template (flossing with braces); nearest template given",
     """Hi Diego,

Yes, the AquaJet works well with braces. Use the orthodontic tip, the one with the small brush at the end, start on level 2 and trace along the gum line, pausing for a few seconds around each bracket. Most people with braces move up to level 3 or 4 after a week or so.

Miguel"""),
    ("en", "en/first-charge-setup", "topic not covered (charger voltage abroad); nearest template given",
     """Hello Mr. Evans, the charging base accepts 100-240 V, so it will work in the UK with a simple plug adapter and you don't need a voltage converter. Please don't plug it into a converter meant for hair dryers, as that can damage the base. Kind regards, Daniel"""),
    ("en", "en/brush-head-care", "topic not covered (suitability for a young child); nearest template given",
     """Hi Laura,

We don't recommend the SonicPro 5 for children under 12. The head is adult-sized and even Sensitive mode is quite strong for a small mouth. Your dentist can tell you what suits your son best.

Lena"""),
    ("en", "en/first-charge-setup", "full template fill followed by a substantive free troubleshooting paragraph about a rattling noise (judgement: added non-template content)",
     dict(tpl="en/first-charge-setup",
          values=dict(buyer_name="Priya", product_name="Tidewell SonicPro 5 toothbrush", charge_hours="16", agent_name="Marta", shop_name="Tidewell"),
          edits=[("append", "\nP.S. About the rattling you mentioned: a short buzz when the motor starts is normal, but a constant rattle usually means the head is not fully seated or a bit of toothpaste has dried inside the head. Pull the head off, rinse the inside under warm water, dry the shaft, and press the head back on until it clicks. If it still rattles, send us a short video and we will check whether the motor is faulty.\n")])),
    ("en", "en/defect-refund", "defect refund written freely",
     """Emily, sorry about that, the kids' brush shouldn't die after two days. I've refunded you in full ($29.99) for order 113-2267001-4485930, and you can keep or recycle the unit, no need to send it back. - Sam"""),
    ("en", "en/review-request-neutral", "neutral review request in free words (no rating, no incentive, no condition) but not the template",
     """Glad the flosser arrived safely, James! Whenever you've had a chance to use it for a couple of weeks, a review on Amazon would be useful for other shoppers, whatever your experience turns out to be. Thanks again, the Tidewell team"""),
    ("en", "zh/sensitive-gums", "English translation of a template that exists only in Chinese (judgement: no cross-language match)",
     """Hello Ms. Ma,
Thank you for asking how to use the SonicPro 5 with sensitive gums.
For the first two weeks, please use Sensitive mode at the lowest level.
Just rest the brush head lightly on your teeth; there is no need to scrub back and forth.
If the handle senses too much pressure, a red light comes on and the vibration slows down, so ease off a little.
Slight bleeding at the start usually settles within one to two weeks.
If it lasts longer than two weeks, please see your dentist.
Lena"""),
    ("en", "en/manual-request", "usage instructions summarised instead of sending the manual",
     """Hi Noah,

I couldn't attach the full manual here, so here's the short version: fill the reservoir with lukewarm water, click a tip into the handle, lean over the sink, and start on level 1 with the tip aimed at the gum line. Close your lips slightly so the water drains into the sink rather than splashing. Work from the back teeth forward, about a minute in total.

Lena"""),

    # ---------------- Chinese
    ("zh", "zh/first-charge-setup", "首次充电建议用客服自己的话说",
     """王女士您好，新牙刷出厂时电量很低，建议您先放在底座上充一晚上，灯从闪烁变成常亮就说明充满了。另外刷头一定要按到底，不然开机会有异响。有问题随时告诉我们～ 客服小林"""),
    ("zh", "zh/app-pairing", "配对排查改写：先在手机里忽略设备",
     """陈先生，App搜不到牙刷，一般是因为牙刷已经和别的手机配过对。
麻烦您在手机蓝牙设置里把“SonicPro7”忽略掉，再长按电源键3秒，看到蓝灯闪了再到App里添加。
配对时手机离牙刷近一点会更顺利。
客服阿杰"""),
    ("zh", "zh/flosser-low-pressure", "水压弱改写为口语，含模板没有的排气方法",
     """亲，水压小大部分是水箱没装到位进了空气。您把水箱用力推到底，听到咔哒一声，然后开最高档对着水池喷20秒左右，把空气排掉就好了。客服小林"""),
    ("zh", "zh/warranty-info", "保修说明改写为段落",
     """吴先生您好，

手柄保修两年，从签收那天开始算，电池、电机和充电器都在范围内，刷头属于耗材不在保修内。以后有任何问题，您拍个小视频回复在这里，我们看了就能判断。

客服小林"""),
    ("zh", "zh/defect-replacement", "根据视频判断故障，换货，自由书写",
     """孙女士，真是不好意思！看了您发的视频，电机确实有问题，属于产品故障，跟您的使用方式无关。已经帮您在亚马逊申请了换新，旧的不用寄回。客服小美"""),
    ("zh", "zh/sensitive-gums", "牙龈敏感建议改写",
     """马女士您好，

刚开始用电动牙刷时牙龈出一点血挺常见的，一般一两周就适应了。这段时间先用敏感模式，力度放轻，别来回使劲刷。要是超过两周还出血，最好去看看牙医。

客服小美"""),
    ("zh", "zh/flosser-low-pressure", "模板未覆盖的话题（戴牙套能否使用），给出最接近的模板",
     """您好，戴牙套可以正常使用。推荐用带小刷头的正畸喷嘴，从2档开始，沿着牙龈线和托槽周围慢慢冲，每个托槽停两三秒。适应一周后可以调到3档或4档。客服阿杰"""),
    ("zh", "zh/first-charge-setup", "模板未覆盖的话题（充电电压），给出最接近的模板",
     """您好：
充电座支持100–240V宽电压，在中国大陆使用只需要一个转换插头，不需要变压器。
请不要接在吹风机用的变压器上，以免损坏充电座。
客服小林"""),
    ("zh", "zh/flosser-low-pressure", "完整模板后追加一大段自由排查内容（异响）（判断：追加了非模板内容）",
     dict(tpl="zh/flosser-low-pressure",
          values=dict(buyer_name="刘女士", product_name="Tidewell AquaJet 便携冲牙器", agent_name="客服小林"),
          edits=[("append", "\n另外，您提到冲牙器工作时有“咯咯”的异响：这通常是水箱里水太少，水泵吸进了空气。请把水箱加到最高水位线以上再试；如果加满水后仍有异响，可能是水泵内有水垢，可以用白醋和温水按1比5混合，低档运行一箱后再用清水冲洗两箱。\n")])),
    # Traditional
    ("zh", "zh-tw/battery-troubleshooting", "電池續航建議改寫（繁體）",
     """楊先生您好，電池用不久通常跟充電習慣有關。建議不要一直把牙刷放在充電座上，大概每一兩個月讓它完全沒電再充飽一次。充電座上如果有牙膏殘留也要擦乾淨，不然容易接觸不良。客服 Amy"""),
    ("zh", "zh-tw/first-charge-setup", "首次充電口語改寫（繁體）",
     """陳小姐，
新牙刷剛拿到時電量比較少，先充一個晚上再用喔！
刷頭記得壓到底，不然震動會怪怪的。
有問題再跟我們說～
客服 Amy"""),
    ("zh", "zh-tw/missing-part", "缺件自由書寫（繁體）（判斷：缺件視為非物流，依任務說明）",
     """蔡先生您好，真的很抱歉，包裝時漏放了旅行盒，我們會再透過亞馬遜寄一個給您，不用另外下單，也不用退回任何東西。Amy"""),
    ("zh", "en/brush-head-care", "繁體翻譯一個只有英文版的模板（判斷：不跨語言比對）",
     """許小姐您好：

關於刷頭的問題，提供幾個建議：
- 建議每三個月更換一次刷頭，刷毛外翻時要提早更換。
- 刷毛中間的藍色部分褪成白色時，就代表該換了。
- 所有 SonicPro 刷頭都適用於 SonicPro 握柄，但沖牙機的噴嘴不能裝在牙刷上。
- 刷完牙後沖洗刷頭，每週取下一次並擦乾金屬軸。

客服 Amy"""),

    # ---------------- mixed
    ("mixed", "zh/flosser-low-pressure", "code-switching troubleshooting (EN/ZH in one message)",
     """Hi Wei, 水压变小的话 please push the tank in until it clicks, 然后开最高档对着水池喷20秒排一下空气. Let me know if it helps! Marta"""),
    ("mixed", "zh/sensitive-gums", "bilingual free-written gum advice (EN line + ZH line)",
     """Hello Mrs. Lin, for sensitive gums please use Sensitive mode for the first two weeks and only press lightly.
林太太您好，前两周请使用敏感模式，刷头轻轻贴着牙齿即可，不需要用力。
Lena"""),
]

# ---------------------------------------------------------------------------
# mixed-logistics: logistics plus one or two free non-logistics sentences.
# Expected labels: ["template-required"].   entries: (lang, note, text)
# ---------------------------------------------------------------------------
MIXED_LOGISTICS = [
    ("en", "replacement shipped + advice to deep-charge the old handle",
     """Hi Sarah,

Your replacement shipped today with UPS, tracking 1Z999AA10123456784, due on Thursday. In the meantime, try charging the old handle for a full 16 hours; after a deep discharge it can look dead when it isn't.

Marta"""),
    ("en", "cancellation before dispatch + brush-head compatibility answer",
     """Hello Mr. Grant, we've cancelled order 112-0093847-6612095 before dispatch as requested, and you won't be charged. To answer your other question: the SonicPro 5 heads you already have also fit the SonicPro 3 handle, so you can keep using them. Daniel"""),
    ("en", "return label + pump air-purge tip",
     """Hi Jess,
The return label is in Your Orders; please drop the flosser at any UPS location within 14 days.
Before you send it back, one thing worth trying: a weak spray is often just air in the pump. Push the tank in until it clicks and run it on the highest level for 20 seconds.
Miguel"""),
    ("en", "address updated + answer about veneers",
     """Hi Paul, the address is updated and the order ships tomorrow. Also, to answer your other question: yes, the brush is safe to use with veneers, just stick to Sensitive or Clean mode and don't press hard. Lena"""),
    ("en", "customs answer + charger voltage",
     """Dear Mr. Müller,

No customs fees apply to this parcel, as the import VAT was collected by Amazon at checkout. Regarding the plug: the charging base works on 100-240 V, so it runs on German mains with just a plug adapter.

Sincerely,
Hannah"""),
    ("en", "refund of return + gum-sensitivity advice",
     """Hi Claire, your return arrived and the refund of $49.99 is on its way to your card. Sorry the flosser felt too strong for you. For sensitive gums, the lowest level with the soft tip usually makes a big difference. Best, Sam"""),
    ("en", "delivery date + first-use instructions",
     """Hello Rebecca,

The tracking shows delivery on Friday. Once it arrives, please charge the handle fully before the first use and push the brush head down until there is no gap.

Daniel"""),
    ("en", "free return label for damaged box + app compatibility answer",
     """Hi Ben,

I've set up a free return for the damaged parcel; you'll find the label in Your Orders. About the app: the SonicPro 5 doesn't have Bluetooth, so it won't appear in the Smile app. Only the SonicPro 7 connects to it.

Sam"""),
    ("zh", "换货已发出 + 首次使用充电建议",
     """王女士您好，换货已于今天通过UPS发出，运单号1Z999AA10123456784。收到新牙刷后请先充满16小时再用，刷头要按到底。客服小林"""),
    ("zh", "退货标签 + 解释刷毛发黄",
     """李先生您好，
退货标签已生成，请在14天内寄回。
另外您说的刷毛发黄是牙膏染色导致的，用温水泡一下就好，不影响使用。
客服小美"""),
    ("zh", "发货前取消 + 牙套使用问题",
     """您好，订单已按您的要求在发货前取消，不会扣款。顺便回答您的问题：这款冲牙器戴牙套也可以用，建议选正畸喷嘴，从低档开始。客服阿杰"""),
    ("zh", "地址已改 + App连接排查",
     """陈先生您好，

地址已经改好，明天发货。另外App连不上的话，可以先在手机蓝牙设置里忽略设备，再长按电源键3秒重新配对。

客服阿杰"""),
    ("zh", "清關中 + 刷頭更換建議（繁體）",
     """黃小姐您好，包裹目前在清關中，預計 3 個工作天內完成。另外刷頭大約三個月要換一次，藍色刷毛變白就代表該換了。客服 Kevin"""),
    ("zh", "退款完成 + 牙齦流血建議（繁體）",
     """張先生您好：
退貨的退款已經處理完成，通常 3 到 5 個工作天入帳。
附帶一提，牙齦流血的情況通常一兩週內會改善，建議先用敏感模式、輕輕刷。
客服 Amy"""),
    ("zh", "預計送達 + 首次使用建議（繁體）",
     """您好，追蹤資訊顯示包裹明天送達。收到後建議先充電 16 小時再使用，第一次使用請選擇清潔模式。客服 Amy"""),
]

# ---------------------------------------------------------------------------
# violating: content-policy violations.  entries: (lang, labels, note, text)
# template-required is added when free non-logistics text is not from a template.
# ---------------------------------------------------------------------------
VIOLATING = [
    ("en", ["review-inducement", "template-required"], "free-written five-star request after praise",
     """Hi James, so happy you love the SonicPro 5! If you could leave us a 5-star review it would really help a small brand like ours. Thanks so much! Marta"""),
    ("en", ["review-inducement", "template-required"], "refund issued, then asks to update a 1-star review",
     """Hi Karen,

We've refunded your flosser in full. Now that everything is sorted, would you consider updating your 1-star review to reflect how we handled it?

Miguel"""),
    ("en", ["review-inducement", "template-required"], "gift card offered for a review screenshot",
     """Hello Mr. Hughes, we hope the new flosser is working nicely. Leave an honest review, send us a screenshot here, and we'll send you a $15 Amazon gift card as a thank-you! Miguel"""),
    ("en", ["review-inducement", "template-required"], "review gating: happy buyers review, unhappy ones contact the seller first",
     """Hi Sophie,
Thanks for choosing Tidewell.
If you're happy with your toothbrush, please leave a review on Amazon.
If anything isn't perfect, message us first before writing a review so we can fix it.
Lena"""),
    ("en", ["off-platform-contact", "template-required"], "warranty claims redirected to an e-mail address",
     """Dear Mr. Lindqvist,

For warranty claims, please email our service team at care@tidewell-support.com with a photo of the handle and your order number. They will check whether the motor is covered.

Hannah"""),
    ("en", ["marketing", "template-required"], "logistics reply with a coupon P.S. (judgement: the promo line is free non-logistics text)",
     """Hi Nadia,

Your order shipped today with UPS, tracking 1Z999AA10123456784.

P.S. Our new Whitening brush heads are 20% off with code SMILE20 this week!

Lena"""),
    ("en", ["off-platform-contact"], "from en/manual-request; an e-mail address typed into the sign-off placeholder; text is otherwise the template",
     dict(tpl="en/manual-request",
          values=dict(buyer_name="Noah", product_name="Tidewell AquaJet Home Countertop Water Flosser", agent_name="Lena | lena.support@tidewellcare.com"),
          edits=[])),
    ("zh", ["review-inducement", "template-required"], "五星好评返现",
     """亲，收到货满意的话麻烦给个五星好评，好评后截图发给我们，返现10美元哦！客服小美"""),
    ("zh", ["review-inducement", "template-required"], "退款后要求删除差评",
     """王女士您好，已经给您全额退款了，麻烦您帮忙把商品页面的差评删除一下，非常感谢！
客服小林"""),
    ("zh", ["off-platform-contact", "template-required"], "引导加微信发视频",
     """您好，视频在这里不方便发，您加我微信 tidewell_kf88，我一步一步教您怎么配对。客服阿杰"""),
    ("zh", ["marketing", "template-required"], "物流回复后加买二送一促销",
     """您好，您的订单已发货，运单号TBA304958712000，预计周三送达。本周末替换刷头买二送一，欢迎再次选购！"""),
    ("zh", ["review-inducement", "template-required"], "五星好評截圖返現（繁體）",
     """陳小姐您好，只要留下五星好評並截圖給我們，就可以獲得全額返現，名額有限喔！客服 Amy"""),
    ("zh", ["review-inducement", "template-required"], "from zh/review-request-neutral; the request sentence replaced with a gated one (satisfied -> 好评, unhappy -> contact us first)",
     dict(tpl="zh/review-request-neutral",
          values=dict(buyer_name="何女士", product_name="Tidewell SonicPro 5 声波电动牙刷", order_id="113-5502846-9917034", shop_name="Tidewell旗舰店"),
          edits=[("replace", "如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验，您的意见可以帮助其他买家做出选择。",
                  "如果您满意，欢迎在亚马逊商品页面给我们一个好评；如有任何不满意，请先联系我们，不要直接留差评。")])),
    ("mixed", ["off-platform-contact"], "logistics reply inviting the buyer to WhatsApp (judgement: contact invitation in a delivery context is not counted as non-logistics text)",
     """Hi Mr. Zhang, the tracking number is 1Z999AA10123456784 and the parcel should arrive on Monday. 如果还有物流方面的问题，可以加我WhatsApp +1 626 555 0142 直接联系。 Marta"""),
    ("mixed", ["off-platform-contact", "template-required"], "setup video link on YouTube (non-Amazon link) with free pairing advice",
     """Hi Tom, the pairing video is here: https://youtu.be/Tw7pairDemo 视频里有详细的配对步骤，看完就会了。Lena"""),
]

# ---------------------------------------------------------------------------
# build, validate, write
# ---------------------------------------------------------------------------
import json
import os
import random
import re
import sys
import textwrap
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PH = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def fill(tid, values):
    tpl = TEMPLATES[tid]
    names = set(PH.findall(tpl))
    if set(values) != names:
        err(f"{tid}: values {sorted(values)} != placeholders {sorted(names)}")
    for k, v in values.items():
        if not v.strip() or "{{" in v or "}}" in v:
            err(f"{tid}: bad value for {k!r}: {v!r}")
    return PH.sub(lambda m: values.get(m.group(1), m.group(0)), tpl)


def unwrap(text):
    """Join hard-wrapped lines inside paragraphs whose lines are all long prose lines."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        body = [l for l in lines if l]
        if len(body) >= 2 and all(len(l) >= 45 for l in body[:-1]):
            out.append(" ".join(l.strip() for l in body) + ("\n" if para.endswith("\n") else ""))
        else:
            out.append(para)
    return "\n\n".join(out)


def apply_edits(text, edits, where):
    for e in edits:
        op = e[0]
        if op == "replace":
            if e[1] not in text:
                err(f"{where}: edit target not found: {e[1]!r}")
            text = text.replace(e[1], e[2])
        elif op == "append":
            text = text + e[1]
        elif op == "drop":
            lines = text.split("\n")
            keep = [l for l in lines if e[1] not in l]
            if len(keep) != len(lines) - 1:
                err(f"{where}: drop matched {len(lines) - len(keep)} lines")
            text = "\n".join(keep)
        elif op == "wrap":
            text = "\n".join(textwrap.fill(l, e[1]) if len(l) > e[1] else l for l in text.split("\n"))
        elif op == "unwrap":
            new = unwrap(text)
            if new == text:
                err(f"{where}: unwrap changed nothing")
            text = new
        elif op == "crlf":
            text = text.replace("\n", "\r\n")
        elif op == "s2t":
            text = "".join(S2T.get(c, c) for c in text)
        else:
            err(f"{where}: unknown edit op {op}")
    return text


def render(spec, where):
    if isinstance(spec, str):
        return spec
    return apply_edits(fill(spec["tpl"], spec["values"]), spec.get("edits", []), where)


def build():
    recs = []
    for tid, values, edits, note, lang in FILLED:
        where = f"filled {tid} {values.get('buyer_name')}"
        if tid not in TEMPLATES:
            err(f"{where}: unknown template")
            continue
        text = apply_edits(fill(tid, values), edits, where)
        recs.append(dict(text=text, labels=[], lang=lang, tags=["filled-template"],
                         note=f"from {tid}; {note}"))
    for lang, note, text in LOGISTICS:
        recs.append(dict(text=text, labels=[], lang=lang, tags=["logistics"], note=note))
    for lang, tid, note, spec in REWRITTEN:
        if tid not in TEMPLATES:
            err(f"rewritten: unknown template {tid}")
        recs.append(dict(text=render(spec, f"rewritten {tid}"), labels=["template-required"], lang=lang,
                         tags=["rewritten"], note=f"rewrites {tid}; {note}"))
    for lang, note, text in MIXED_LOGISTICS:
        recs.append(dict(text=text, labels=["template-required"], lang=lang, tags=["mixed-logistics"], note=note))
    for lang, labels, note, spec in VIOLATING:
        recs.append(dict(text=render(spec, f"violating {note[:30]}"), labels=list(labels), lang=lang,
                         tags=["violating"], note=note))
    # interleave categories deterministically, then number
    random.Random(17).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": f"t17-{i:03d}", "text": r["text"], "labels": r["labels"], "lang": r["lang"],
                    "tags": r["tags"], "note": r["note"], "context": "reply"})
    return out


def validate(records):
    # templates
    for tid, tpl in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            err(f"template id {tid!r} not in en/ zh/ zh-tw/ or not a plain slug")
        if tpl.count("{{") != tpl.count("}}") or tpl.count("{{") != len(PH.findall(tpl)):
            err(f"template {tid}: malformed placeholder")
        if re.search(r"https?://|www\.|@|\.com\b", tpl):
            err(f"template {tid}: contains a link or address")
        if tid.startswith("en/") and CJK.search(tpl):
            err(f"template {tid}: CJK in an English template")
        if tid.startswith("zh") and not CJK.search(tpl):
            err(f"template {tid}: no CJK in a Chinese template")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        err("duplicate ids")
    texts = [r["text"] for r in records]
    if len(texts) != len(set(texts)):
        err("duplicate texts")
    for r in records:
        rid, text, labels, tag = r["id"], r["text"], r["labels"], r["tags"][0]
        if set(r) != {"id", "text", "labels", "lang", "tags", "note", "context"}:
            err(f"{rid}: wrong keys")
        if "{{" in text or "}}" in text:
            err(f"{rid}: unfilled placeholder")
        if not text.strip():
            err(f"{rid}: empty text")
        if not set(labels) <= POLICIES or len(labels) != len(set(labels)):
            err(f"{rid}: invalid labels {labels}")
        if len(r["tags"]) != 1 or tag not in CATEGORIES:
            err(f"{rid}: bad tags {r['tags']}")
        if r["context"] != "reply":
            err(f"{rid}: context")
        # category <-> label consistency
        if tag in ("filled-template", "logistics") and labels:
            err(f"{rid}: {tag} must have no labels")
        if tag in ("rewritten", "mixed-logistics") and labels != ["template-required"]:
            err(f"{rid}: {tag} must be exactly template-required")
        if tag == "violating" and not (set(labels) & {"review-inducement", "off-platform-contact", "marketing"}):
            err(f"{rid}: violating without a content policy")
        # notes
        m = re.match(r"(from|rewrites) ([a-z-]+/[a-z0-9-]+);", r["note"])
        if tag == "filled-template" and not (m and m.group(1) == "from" and m.group(2) in TEMPLATES):
            err(f"{rid}: filled-template note must start 'from <template id>;'")
        if tag == "rewritten" and not (m and m.group(1) == "rewrites" and m.group(2) in TEMPLATES):
            err(f"{rid}: rewritten note must start 'rewrites <template id>;'")
        if m and m.group(2) not in TEMPLATES:
            err(f"{rid}: note names unknown template {m.group(2)}")
        # language
        cjk = len(CJK.findall(text))
        lat = len(LATIN_WORD.findall(text))
        if r["lang"] == "en" and cjk:
            err(f"{rid}: lang en but CJK present")
        if r["lang"] == "zh" and not (cjk >= 15 and cjk >= 2 * lat):
            err(f"{rid}: lang zh but cjk={cjk} latin_words={lat}")
        if r["lang"] == "mixed" and not (cjk >= 10 and lat >= 8):
            err(f"{rid}: lang mixed but cjk={cjk} latin_words={lat}")
        if r["lang"] not in ("en", "zh", "mixed"):
            err(f"{rid}: bad lang")
        # sanity: free replies must not contain leftover template ids or obvious slips
        if re.search(r"(en|zh|zh-tw)/[a-z-]+-[a-z-]+", text):
            err(f"{rid}: template id leaked into text")
    # contact / link material may appear only in records labelled off-platform-contact
    for r in records:
        if re.search(r"https?://|@\w|\bWhatsApp\b|微信|WeChat", r["text"]) and "off-platform-contact" not in r["labels"]:
            err(f"{r['id']}: contact-like text but no off-platform-contact label")


def main():
    records = build()
    validate(records)
    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    lib = os.path.join(HERE, "library")
    for tid, tpl in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(tpl)
    # remove stale templates
    want = {os.path.join(lib, t + ".txt") for t in TEMPLATES}
    for root, _, files in os.walk(lib):
        for fn in files:
            p = os.path.join(root, fn)
            if p not in want:
                os.remove(p)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    tcount = Counter(t.split("/")[0] for t in TEMPLATES)
    print(f"templates: {len(TEMPLATES)}  " + "  ".join(f"{k}={v}" for k, v in sorted(tcount.items())))
    print(f"replies: {len(records)}")
    by = Counter((r["tags"][0], r["lang"]) for r in records)
    langs = ["en", "zh", "mixed"]
    print(f"{'category':18}" + "".join(f"{l:>7}" for l in langs) + f"{'total':>7}")
    for c in CATEGORIES:
        print(f"{c:18}" + "".join(f"{by[(c, l)]:>7}" for l in langs) + f"{sum(by[(c, l)] for l in langs):>7}")
    print(f"{'total':18}" + "".join(f"{sum(by[(c, l)] for c in CATEGORIES):>7}" for l in langs) + f"{len(records):>7}")
    trad = sum(1 for r in records if r["lang"] == "zh" and re.search(r"[們這個與為說門無對開電體關後請視應貨單號謝達購訂費間協續裝機頭點讓時還處過給將務實評現獲訊黃陳張許楊吳蔡趙傑]", r["text"]))
    print(f"zh replies with Traditional characters: {trad}")
    lab = Counter(l for r in records for l in r["labels"])
    print("labels: " + "  ".join(f"{k}={v}" for k, v in sorted(lab.items())) +
          f"  none={sum(1 for r in records if not r['labels'])}")


if __name__ == "__main__":
    main()
