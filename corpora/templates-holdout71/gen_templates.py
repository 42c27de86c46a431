# -*- coding: utf-8 -*-
"""Approved template library of t71 (imported by gen.py). Every text here was written for this set.

Seller (invented): Kestrelglow Lighting Co. -- smart bulbs, LED light strips, light bars, the Perch hub and
Tally remotes. Placeholders are {{name}}; every template has {{buyer_name}} and {{agent_name}}.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()   # id -> text (ends with one newline)
TMETA = OrderedDict()       # id -> (lang, kind, topic)


def T(tid, lang, kind, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, kind, topic)


# =============================================================== English (9)
T("en/bulb/pairing", "en", "how-to", "pairing a bulb with the app", """
Hi {{buyer_name}},

Thanks for your message about setting up the {{bulb}}. The bulb connects over 2.4 GHz Wi-Fi only, so if your router broadcasts one combined network for both bands, make sure the 2.4 GHz band is switched on before you begin.

Screw the bulb in, turn the wall switch on and wait until the bulb pulses slowly. If it stays steady instead, flick the wall switch off and on five times, about a second apart; the bulb flashes three times and then starts pulsing, which means it is ready to pair.

Open the Kestrelglow Home app, tap Add Device and choose the bulb type. Keep your phone within a few steps of the bulb while it joins. Pairing normally takes less than a minute, and the bulb turns warm white when it is done. If the app asks for a setup code, you will find it printed on the sticker around the base of the bulb.

Cheers,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/strip/cut-and-join", "en", "how-to", "cutting a strip and joining pieces", """
Hello {{buyer_name}},

Happy to explain how to shorten and join the {{strip}}. Cut it only straight across the copper pads marked with a small scissors symbol; these repeat every {{cut_interval}}. A cut anywhere else leaves the section beyond it dark.

To join two pieces or turn a corner, open one of the clip-on connectors and slide the strip in with the copper pads facing up, checking that the arrow printed on the strip points away from the controller. Press the lid down firmly until it clicks. The pads have to sit squarely under the metal pins, and a strip pushed in at an angle is the most common reason a joined section stays off.

Keep a single run to 33 feet at most from one controller. Past that length the far end gets dimmer and its colors drift towards red.

Kind regards,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/app/schedules-scenes", "en", "how-to", "schedules, sunrise and saved scenes", """
Dear {{buyer_name}},

Here is how to set up a schedule for your {{device}}. In the Kestrelglow Home app, open the device, tap the clock icon and choose Add Schedule. Pick the days and the time, then what should happen: on, off, a brightness level or a scene.

For a gentle start to the day, choose Sunrise as the action. The light begins as a faint amber glow and climbs to bright daylight white over the {{duration}} before the time you set. Sunset does the same in reverse at bedtime.

A scene is a saved mix of colors and brightness. Set the lights the way you like them, tap Save as Scene and give it a name; you can then start it from the app, from a schedule or by voice. Schedules are stored on the lights themselves, so they keep running when your phone is switched off or out of the house.

Best regards,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/hub/compatibility", "en", "product question", "what the Perch hub does and what it works with", """
Hello {{buyer_name}},

Thank you for asking whether the {{hub}} will suit your home. The hub talks to our bulbs, strips and light bars over Zigbee, a low-power radio network of its own, which keeps them off your Wi-Fi and lets them respond faster. It plugs into your router with the Ethernet cable in the box and can look after up to 50 lights and remotes.

It is Matter-certified, so you can add it to Apple Home, Google Home, Amazon Alexa or SmartThings and control every light from the assistant you already use. Lights that were first set up over Wi-Fi can be moved onto the hub at any time from their device settings in the app.

For a handful of lights the hub is optional. It becomes worthwhile once you have more than about fifteen, when you want remotes and schedules to keep working during an internet outage, or when your router struggles with a lot of connected devices.

Warm regards,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/troubleshoot/flicker", "en", "troubleshooting", "a bulb that flickers or glows when off", """
Hi {{buyer_name}},

I'm sorry your {{bulb}} has started to flicker. In most homes the cause is a dimmer switch on the same circuit. Smart bulbs need a steady, full supply and do their own dimming, so an ordinary dimmer makes them pulse or buzz even when it is turned all the way up. Please swap the dimmer for a plain on/off switch, or leave it at full and dim from the app instead.

Flicker can also come from a switch with a small indicator light, a built-in timer or a motion sensor, because these let a little current trickle through while they are off. If the bulb glows faintly or blinks every few seconds when it should be dark, that is the likely cause.

If neither applies, open the bulb's settings in the app and install any firmware update, then switch the bulb off at the wall for ten seconds. Should the flicker carry on after that, please reply here with a short video and tell us what kind of switch and fixture the bulb is in.

Thanks,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/troubleshoot/colors", "en", "troubleshooting", "a strip showing the wrong colors", """
Hello {{buyer_name}},

Thanks for letting us know the colors on your {{strip}} don't match what you pick in the app. When red shows as green, or blue comes out as red, the controller and the strip disagree about the order of the color channels. In the app, open the strip's settings, tap Color Order and try each option in turn until red on the screen gives red on the strip.

If only part of the strip is wrong, the fault is usually at a joint. Look at the first connector before the point where the colors change: the arrow on the strip must point away from the controller and every pin must rest on a copper pad. Re-seat the strip and press the lid down until it clicks.

A strip that fades to pink or orange towards its far end is running short of power. Feed that end from the second power input, or shorten the run.

Best,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/warranty/claim", "en", "warranty", "what the warranty covers and what is needed for a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. Our lights carry a {{warranty_period}} limited warranty from the date of delivery. It covers faults in parts and manufacturing, for example LEDs that go dark, a controller that stops responding, or a bulb that can no longer hold its Wi-Fi connection.

It does not cover strips cut outside the marked points, water damage to products made for indoor use, the use of a different power supply, or a product that has been opened or rewired.

So that we can assess the fault, please reply in this thread describing what happens and when it began, together with a photo or a short clip that shows it. I have opened case {{case_id}} for order {{order_id}} and will get back to you as soon as we have looked at what you send.

Sincerely,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/apology/adhesive", "en", "apology", "a strip that has come unstuck", """
Hi {{buyer_name}},

I'm really sorry the {{strip}} has come away from the {{surface}}. That is frustrating, especially after you took the time to lay it out neatly.

The tape on the back bonds best to smooth, clean and dry surfaces. Textured or matte paint, walls painted in the last few weeks, and spots that get warm or steamy, such as above a stove or behind a television, all weaken the bond, and the strip's own warmth can soften the tape during the first weeks.

To put it right, wipe the surface with the alcohol pad from the box and let it dry, then press the strip on firmly along its whole length, holding each section for a few seconds. Leave it for a full day before switching on. On rough surfaces, use the clear mounting clips included in the kit, about every 20 inches; they hold the strip without depending on the tape.

With apologies,
{{agent_name}}
Kestrelglow Lighting Support
""")

T("en/review/neutral-request", "en", "review request", "a neutral invitation to review, once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}} for the {{product}}. When you have had some time with it, we would be grateful if you would describe your experience in a review on Amazon.

People planning the lighting for their own homes find first-hand accounts useful, and every comment, whatever it says, helps our team see what works and what to improve.

All the best,
{{agent_name}}
Kestrelglow Lighting Support
""")

# =============================================================== Simplified Chinese (5)
T("zh/strip/mounting", "zh", "how-to", "灯带背胶粘贴安装", """
{{buyer_name}}，您好：

关于 {{strip}} 的粘贴安装，建议按下面的步骤来：

1. 先规划好走线并量好长度，需要剪短时只在印有剪刀图案的位置剪断，同时确认控制器和电源适配器够得着插座。
2. 用包装里的酒精棉片擦净安装面，等表面完全干透。油污和灰尘是背胶粘不牢的最主要原因。
3. 从控制器一端开始，边撕离型纸边粘贴，每贴一段都用手指沿灯带压实。转角处不要硬折，可以使用 L 形转角接头。
4. 贴好后静置二十四小时再通电，让背胶充分固化。

如果安装面是粗糙的墙面、带纹理的木面，或者是经常受热的位置，建议配合包装里的透明卡扣一起固定，大约每隔五十厘米一个。

祝您安装顺利！
{{agent_name}}
Kestrelglow 智能照明客服
""")

T("zh/troubleshoot/dropped-connection", "zh", "troubleshooting", "灯具在应用里频繁离线", """
{{buyer_name}}，您好：

很抱歉 {{device}} 在应用里经常显示离线，给您添麻烦了。这类问题大多和 Wi-Fi 信号有关，可以先从下面几个方面排查。

首先，确认路由器的 2.4GHz 频段处于开启状态。有些路由器开启“双频合一”或“智能频段切换”后，会把灯具切到 5GHz，导致连接中断，建议单独设置一个 2.4GHz 的网络名称。

其次，灯具和路由器之间如果隔着两堵以上的墙、金属灯罩或者大型电器，信号会明显变弱，可以调整路由器的位置，或者加装一个信号放大器。

再次，路由器能同时连接的设备数量是有上限的。家里的智能设备较多时，如果已经有 Perch 网关，可以把灯具改为通过网关连接，这样它们就不再占用 Wi-Fi。

如果以上都排查过仍然频繁掉线，请在本对话中告诉我们路由器的品牌和型号，我们会进一步协助您。

{{agent_name}}
Kestrelglow 智能照明客服
""")

T("zh/lightbar/setup", "zh", "product question", "电视氛围灯条的摆放与屏幕同步", """
{{buyer_name}}，您好：

感谢您咨询 {{lightbar}} 的摆放和屏幕同步。两根灯条建议竖着放在电视或显示器两侧的后方，灯面朝向墙壁，离墙十到三十厘米时效果最好；显示器比较小的话，也可以横放在底座后面。

开启屏幕同步时，请在应用里选择“同步模式”，按提示把随附的小摄像头夹在电视上沿正中间，镜头对准屏幕。摄像头读取画面边缘的颜色，灯条大约在零点一秒内跟着变化。

画面本身很暗的时候，灯条也会随之变暗，这是正常现象。您可以在同步设置里调高“最低亮度”，让暗场景中也保留一点背景光。

{{agent_name}}
Kestrelglow 智能照明客服
""")

T("zh/warranty/claim", "zh", "warranty", "保修范围与申请所需资料", """
{{buyer_name}}，您好：

感谢您联系我们。{{product}} 自签收之日起享有{{warranty_period}}有限保修，保修范围是元器件或生产工艺导致的故障，例如灯珠不亮、控制器没有反应、灯泡反复连不上 Wi-Fi 等。

以下情况不在保修范围内：灯带没有沿剪切标记剪断、室内款产品进水、使用了其他电源适配器，以及产品被拆开或改装过。

请您在本对话中说明故障现象和开始出现的时间，并附上能看出问题的照片或小视频，方便我们判断。我们已为订单 {{order_id}} 登记售后编号 {{case_id}}，收到资料后会尽快答复您。

{{agent_name}}
Kestrelglow 智能照明客服
""")

T("zh/review/neutral-request", "zh", "review request", "不带倾向的评论邀请（每笔订单一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。等您实际使用一段时间后，如果愿意的话，欢迎到亚马逊的商品页面写下您的使用体验。

很多顾客在布置家里的灯光之前，都会参考其他买家的真实描述。不论您的看法如何，我们都会仔细阅读，用来改进产品。

{{agent_name}}
Kestrelglow 智能照明客服
""")

# =============================================================== Traditional Chinese (4)
T("zh-tw/remote/pairing", "zh-tw", "how-to", "遙控器與燈具配對、分組", """
{{buyer_name}} 您好：

感謝您詢問 {{remote}} 的配對方式。第一次使用前，請先抽掉電池蓋旁邊的透明絕緣片。

配對步驟如下：
1. 打開燈具，把遙控器拿到距離燈具一公尺以內的地方。
2. 同時按住「開」和「情境」鍵約三秒，等指示燈開始快閃再放開。
3. 燈具閃爍兩下，就代表配對成功。

一支遙控器最多可以控制十盞燈，並分成四個群組。要把燈加入某個群組，請先按該群組的數字鍵，再重複上面的步驟。如果按鍵沒有反應，請先換一顆新的 CR2032 鈕扣電池。

{{agent_name}}
Kestrelglow 智慧照明客服
""")

T("zh-tw/bulb/dimmer-switch", "zh-tw", "product question", "智慧燈泡能否搭配牆上的調光開關", """
{{buyer_name}} 您好：

關於 {{bulb}} 能不能搭配牆上的調光開關：智慧燈泡本身就能調光，需要穩定且完整的供電，所以不建議接在傳統的旋鈕式或滑桿式調光器上，否則容易出現閃爍、嗡嗡聲，甚至無法連線。

比較好的做法是把調光器換成一般開關並保持開啟，改用手機應用程式、語音助理或無線遙控器調整亮度。遙控器不需要接線，可以直接貼在原本的開關旁邊。

這款燈泡最低可以調到百分之一的亮度，從深夜的小夜燈到閱讀時需要的明亮白光都能涵蓋。

{{agent_name}}
Kestrelglow 智慧照明客服
""")

T("zh-tw/troubleshoot/dark-section", "zh-tw", "troubleshooting", "燈帶有一段不亮", """
{{buyer_name}} 您好：

很抱歉 {{strip}} 有一段不亮，造成您的困擾。請依照以下順序檢查：

1. 先找出不亮的起點。問題通常出在起點前面的接頭或剪開處，請打開接頭，確認燈帶上的箭頭朝向遠離控制器的方向，銅片完整碰到金屬針腳，再把蓋子壓緊。
2. 如果起點剛好是您剪開的位置，請確認切口落在剪刀標記的正中央。切歪會讓銅片斷開，那一段就無法通電。
3. 沿著燈帶檢查有沒有被硬折、壓扁或被釘子穿過的地方，這些都可能讓內部線路斷掉。

以上都確認過仍然不亮的話，請在本訊息中回覆燈帶全長的照片，並標出不亮的位置，我們再一起看看。

{{agent_name}}
Kestrelglow 智慧照明客服
""")

T("zh-tw/apology/color-temperature", "zh-tw", "apology", "兩顆燈泡的白光看起來不一樣", """
{{buyer_name}} 您好：

很抱歉兩顆 {{bulb}} 同時開白光時看起來顏色不同，讓您失望了。

每顆燈泡出廠時的預設色溫都是 2700K 暖白光，但只要其中一顆曾在應用程式中調整過，或是透過語音助理設定過「日光」模式，就會記住最後一次的色溫。請在應用程式中把兩顆燈泡放進同一個群組，再一起設定色溫，通常就會一致。

如果設成相同數值之後，兩顆的顏色仍有明顯差異，可能是其中一顆的燈珠批次有偏差。請在本訊息中附上兩顆燈泡並排點亮的照片，我們確認後會為您處理。

再次向您致歉。
{{agent_name}}
Kestrelglow 智慧照明客服
""")
