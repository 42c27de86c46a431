# -*- coding: utf-8 -*-
"""Approved template library of t57 (imported by gen.py). All texts written for this set.

Seller (invented): Fernhollow Power, portable power stations, foldable solar panels and accessories.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/station/runtime", "en", "answering a product question: estimating run time", """
Hello {{buyer_name}},

Thanks for asking how long your {{product}} will keep your equipment running. A quick way to estimate it: take the battery capacity of {{capacity_wh}}, multiply it by 0.85 to allow for the inverter's own losses, and divide the result by the number of watts your device draws.

Appliances that cycle on and off, such as a camping fridge, use much less than the wattage printed on their label, so measure their average over a few hours if you can. Anything with a heating element, like a kettle, a toaster or a hair dryer, empties the battery quickly.

The display shows an estimated run time for whatever is plugged in at that moment. The figure jumps around for the first minute and then settles, so give it a little time before you rely on it.

Best regards,
{{agent_name}}
Fernhollow Power Support
""")
template("en/solar/setup", "en", "how-to: charging a power station from a foldable panel", """
Hi {{buyer_name}},

Here is how to charge your {{station}} from the {{panel}}. Unfold the panel completely and open the kickstands on the back so that it leans towards the sun at roughly 30 to 45 degrees. Keep every part of it out of shade; a shadow across a single row of cells cuts the output of the whole panel.

Join the panel's MC4 leads to the MC4-to-XT60 adapter, then push the XT60 plug into the solar input on the side of the power station. Within a few seconds the sun icon lights up on the screen and the incoming watts are shown next to it.

For the best harvest, turn the panel to follow the sun every two hours or so. Around midday on a clear summer day, expect 70 to 80 percent of the rated wattage.

Kind regards,
{{agent_name}}
Fernhollow Power Support
""")
template("en/station/charging", "en", "product help: wall, car and pass-through charging", """
Dear {{buyer_name}},

Thank you for your question about charging the {{product}}. From a household outlet with the AC cable in the box, it goes from empty to full in about {{ac_hours}}. The fan spins faster while it charges; that is expected.

In a vehicle, use the 12 V car charging cable in a socket that stays live while the engine runs. This is much slower, so we suggest it for topping up between stops rather than for a full charge.

You are welcome to use the outlets while the unit charges. Whatever you draw is taken from the incoming power first, so the battery simply fills more slowly.

With best wishes,
{{agent_name}}
Fernhollow Power Support
""")
template("en/troubleshoot/no-output", "en", "troubleshooting: AC outlets give no power", """
Hello {{buyer_name}},

I'm sorry the AC outlets on your {{product}} are not giving any power. The AC outlets have a switch of their own: press the AC button once, and the small light above it comes on when the outlets are live.

If that light blinks and the outlets cut out again, the appliance is asking for more than the inverter can deliver, or for a short surge as its motor starts. Unplug everything, press the AC button again, and reconnect one appliance at a time to find out which one trips it.

If the AC light never comes on, hold the main power button for 15 seconds to reset the unit and then switch it on as usual. Your settings are kept. If nothing changes after that, please reply in this thread and we will take it from there.

Regards,
{{agent_name}}
Fernhollow Power Support
""")
template("en/station/storage", "en", "product help: storing the power station between uses", """
Hi {{buyer_name}},

Good question about storing your {{product}} between trips. For storage of more than a few weeks, bring the charge to around 60 percent, switch the unit off completely, and keep it somewhere dry between 32 and 77 degrees Fahrenheit.

Top it up every three months. If the battery sits empty for a long time, it can drop below the level the unit needs to wake up, and it may then refuse to switch on until it has been on the charger for a while.

Please avoid leaving it in a closed car in summer or in an unheated shed during a freeze. After cold storage, let it reach room temperature for a few hours before you charge it.

All the best,
{{agent_name}}
Fernhollow Power Support
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for getting in touch about your {{product}}. It is covered by a {{warranty_period}} warranty against defects in materials and workmanship, for example a battery that will no longer hold a charge, a port or outlet that stops working, or a display that goes dark during normal use.

The warranty does not extend to damage from water, a fall, opening the casing, or running the unit outside the limits given in the user guide.

To help us look into it, please reply here with a short description of what happens and a photo or brief video of the screen while the fault is showing. We have opened case {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Fernhollow Power Support
""")
template("en/apology/panel-output", "en", "apology and explanation: a panel delivering less than its rated watts", """
Hello {{buyer_name}},

I'm sorry your {{panel}} is producing less power than you expected. It is disappointing to set everything up on a sunny afternoon and then see a smaller number on the screen than the one on the label.

The rated wattage is measured in a laboratory, with strong light striking the panel head-on and the cells held at 25 degrees Celsius. Outdoors, heat, haze, a low sun and the tilt of the panel all take their share, and readings of 60 to 80 percent of the rating are normal.

If you see less than half the rating at midday, with the panel facing the sun squarely and no shade on it, please reply with a photo of the set-up and of the power station's screen. We will go through the reading with you, and if the panel turns out to be faulty we will replace it.

With apologies,
{{agent_name}}
Fernhollow Power Support
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

Thanks again for choosing the {{product}} for order {{order_id}}. Once you have had a chance to use it, we would appreciate it if you shared your experience in a review on Amazon.

Reviews help other campers, van owners and people preparing for power cuts decide whether a product suits them. We read every one, and honest comments of any kind help us build better equipment.

Best wishes,
{{agent_name}}
Fernhollow Power Support
""")
template("en/cable/car-charger", "en", "answering a product question: using the car charging cable", """
Dear {{buyer_name}},

Thank you for asking about the {{cable}}. Plug its round end into your vehicle's 12 V accessory socket and the other end into the car input of the {{product}}. A car symbol appears on the display once charging has begun.

The cable draws up to 8 amps, which most accessory sockets are rated for. If the socket goes dead, the fuse that protects it has probably blown; your vehicle's handbook shows where to find it.

Please keep the engine running while you charge. In many vehicles the socket stays live with the engine off, and a long charge could leave the starter battery too weak to start the car.

Safe travels,
{{agent_name}}
Fernhollow Power Support
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/station/app", "zh", "手机应用的蓝牙配对", """
{{buyer_name}}，您好：

感谢您咨询 {{product}} 与手机应用的连接。请先打开手机蓝牙，再进入应用首页，点右上角的加号，选择“添加设备”。

然后长按电源站面板上的蓝牙键三秒，等屏幕上的蓝牙图标开始闪烁，应用里就会出现设备名称，点一下即可完成配对。配对之后，您可以在手机上查看剩余电量和输入输出功率，也可以远程开关交流输出。

如果应用一直搜索不到设备，请把手机放在离电源站一米以内的地方，并确认应用已经获得蓝牙和位置权限。

祝您使用顺利！
{{agent_name}}
Fernhollow 户外电源客服
""")
template("zh/solar/cleaning", "zh", "折叠太阳能板的清洁与收纳", """
{{buyer_name}}，您好：

关于 {{panel}} 的清洁和收纳，建议按以下步骤处理：

1. 清洁前先拔掉与电源站相连的线缆，把面板展开平放在干净的地面上。
2. 用软布或海绵蘸清水轻轻擦拭，顽固的污渍可以加一点中性洗洁精，不要用钢丝球或硬毛刷。
3. 擦完后用干布吸去水分，等面板完全晾干再折叠。

面板本身可以防泼水，但接线盒和线缆接头不能长时间泡在水里。收纳时请装进自带的收纳包，面板上不要压重物，也不要反方向折叠。

此致
{{agent_name}}
Fernhollow 户外电源客服
""")
template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您的来信。您的 {{product}} 享有{{warranty_period}}保修，凡是材料或工艺缺陷引起的故障都在保修范围内，例如电池充不满电、接口或插座失灵、正常使用时屏幕突然黑屏等。

进水、跌落、自行拆机，或者超出说明书规定的条件使用所造成的损坏，不在保修范围内。

为了尽快查明原因，请在本对话中简要描述故障情况，并附上故障出现时屏幕的照片或短视频。我们已为订单 {{order_id}} 建立售后案例 {{case_id}}。

顺颂时祺
{{agent_name}}
Fernhollow 户外电源客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

再次感谢您选购 {{product}}（订单号 {{order_id}}）。等您用过一段时间以后，如果方便，欢迎在亚马逊上写一条评论，谈谈您的真实感受。

您的评论能帮助其他露营、自驾和家庭备用电源用户判断这款产品是否适合自己。无论意见如何，我们都会认真阅读。

{{agent_name}}
Fernhollow 户外电源客服
""")
template("zh/troubleshoot/fan-noise", "zh", "风扇噪音的致歉与说明", """
{{buyer_name}}，您好：

很抱歉 {{product}} 的风扇声音打扰到您。在大功率输出、快速充电或者机身温度较高时，风扇会自动加速，为电池和逆变器散热，这是正常现象。

如果希望安静一些，可以在设置里把交流充电改成“静音慢充”模式。充电时间会变长，但风扇基本不会高速运转。输出功率低于两百瓦时，风扇一般只会间歇转动。

如果在没有接任何设备、室温正常的情况下风扇也一直高速转动，或者发出摩擦声、咔哒声等异响，请在本对话中回复一段录音或视频，我们会进一步为您检查。

{{agent_name}}
Fernhollow 户外电源客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/station/passthrough", "zh-tw", "不斷電功能的設定與注意事項", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的不斷電功能。只要讓電源站接著市電，再把電腦、數據機等設備插在電源站的交流插座上，停電時電源站會在二十毫秒內自動改由電池供電。

開啟方式：在螢幕上進入「設定」>「不斷電模式」，切換為開啟。開啟之後，電源站會把電量維持在您設定的上限，不會一直充到百分之百，有助於延長電池壽命。

提醒您，桌上型電腦等對斷電特別敏感的設備，建議先實際拔掉市電測試一次，確認切換時不會重新開機。

{{agent_name}}
Fernhollow 戶外電源客服
""")
template("zh-tw/bag/care", "zh-tw", "收納包的使用與清潔", """
{{buyer_name}} 您好：

{{bag}} 是依照 {{product}} 的尺寸設計的。放進去時請讓螢幕朝向有透明視窗的那一面，兩側的散熱孔對準收納包的網布開口。

包內有隔層，可以放交流充電線和車充線。使用時請不要把電源站封在收納包裡進行高功率輸出，以免散熱不良。

外層是防潑水帆布，髒了用濕布擦拭即可，請不要放進洗衣機，也不要用烘衣機烘乾。

{{agent_name}}
Fernhollow 戶外電源客服
""")
template("zh-tw/troubleshoot/display", "zh-tw", "螢幕錯誤代碼的意思與排除", """
{{buyer_name}} 您好：

很抱歉您的 {{product}} 螢幕出現錯誤代碼。常見代碼的意思如下：

1. E01：輸出過載，請拔掉部分設備，再重新開啟交流輸出。
2. E03：機身溫度過高，請移到陰涼通風處，等待三十分鐘再使用。
3. E05：溫度過低，電池在攝氏零度以下無法充電，請先拿回室內回溫。
4. E08：太陽能輸入電壓超出範圍，請檢查太陽能板的串接方式。

如果排除上述狀況後代碼仍然出現，請回覆本訊息並附上螢幕照片，我們會協助您處理。

{{agent_name}}
Fernhollow 戶外電源客服
""")
template("zh-tw/solar/parallel", "zh-tw", "兩片太陽能板並聯充電", """
{{buyer_name}} 您好：

關於用兩片 {{panel}} 同時為 {{station}} 充電：兩片面板可以透過並聯分接線連接，正極接正極、負極接負極，再接到電源站的太陽能輸入孔。

並聯之後電壓不變、電流加倍，比較適合陰天或有部分遮蔭的環境；請確認合計電流沒有超過電源站標示的太陽能輸入上限。如果改用串聯，電壓會相加，連接前請先確認不會超過輸入電壓上限。

兩片面板最好是同一型號，擺放的角度也盡量一致，充電效率會比較好。

敬祝 順心
{{agent_name}}
Fernhollow 戶外電源客服
""")
