# -*- coding: utf-8 -*-
"""Approved template library of t55 (imported by gen.py). Every text written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/video/night-vision", "en", "answering a product question: the night-vision picture", """
Hello {{buyer_name}},

Thanks for your question about the picture at night on your {{product}}. The camera switches to night vision by itself when the room gets dark; the image turns black and white, and the ring of infrared lights around the lens glows a faint red.

For the clearest picture, place the camera 1 to 1.5 metres from the cot and angle it slightly downward, so that the infrared light is not thrown back by the cot rails or a pale wall close behind. A small night light in the room does not interfere.

If the picture looks grey or washed out, wipe the lens with a dry glasses cloth. A fingerprint on the lens is the most common cause of a blurry night image.

Best wishes,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/video/pairing", "en", "how-to: pairing an extra camera with the parent unit", """
Dear {{buyer_name}},

You can add another camera to your {{product}} in about a minute. Plug in the new camera and keep it within arm's reach of the parent unit while you pair them.

On the parent unit, open Menu > Cameras > Add Camera and choose a free slot, for example {{camera_slot}}. Then press and hold the small pair button under the camera for three seconds, until its status light blinks green. The parent unit shows "Paired" as soon as the link is made.

Up to four cameras can be paired. Press the camera button on the parent unit to switch between them, or choose Scan to see each view in turn for ten seconds.

With kind regards,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/video/range", "en", "product help: range and the out-of-range alert", """
Hi {{buyer_name}},

Thank you for your message about the range of your {{product}}. Indoors, the camera and the parent unit stay connected up to about {{range_metres}} metres, depending on how many walls and floors are between them. Brick, concrete, large mirrors and kitchen appliances shorten the range the most.

When the link drops, the parent unit beeps every thirty seconds and the screen shows a camera symbol with a line through it. Walking a few steps back towards the nursery brings the picture back within a few seconds.

For the steadiest signal, keep both units at least a metre away from your Wi-Fi router, a cordless phone base and the microwave.

All the best,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/audio/sensitivity", "en", "answering a product question: sound sensitivity on the audio monitor", """
Hello {{buyer_name}},

Thanks for asking about the sound settings on your {{product}}. The sensitivity dial on the side of the parent unit has five steps. At step 1 the speaker only switches on for loud crying; at step 5 it also picks up soft murmurs and rustling.

Most parents start at step 3 and adjust after a night or two. If the parent unit keeps clicking on because of a fan or a white-noise machine in the nursery, turn the dial down one step or move the baby unit a little further from that machine.

The row of lights along the top shows the sound level even when the volume is turned right down, so you can keep an eye on the room in silence.

Kind regards,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/mount/install", "en", "how-to: fitting the wall mount safely", """
Dear {{buyer_name}},

Here is how to fit the {{mount_name}} safely for your {{camera_model}}. Choose a spot on the wall at least one metre from the cot, so that neither the camera nor its cable can be reached from inside it.

Screw the base plate to the wall with the two anchors supplied, then slide the camera onto the plate until it clicks. Run the power cable down the wall inside the adhesive cable cover from the box, and leave no loose loops of cable near the cot or near any furniture a child could climb.

Check the mount every few weeks and tighten the screws if the camera has started to tilt.

Warm regards,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/sensor/false-alarm", "en", "troubleshooting: false alarms from the breathing-sensor pad", """
Hello {{buyer_name}},

I'm sorry the {{product}} has been sounding false alarms. In almost every case the pad needs to lie flatter or closer to where your baby sleeps.

1. Place the pad on the firm base of the cot, directly under the mattress, printed side up and with the cable towards the foot end.
2. Make sure the pad rests on a hard, even surface; a slatted base needs a thin board under the pad.
3. Switch the control unit off and on again, and wait for the green light before you lay your baby down.

Please remember that the pad is a comfort aid for parents, not a medical device. If the alarms continue after these steps, reply here and we will work through it with you.

Kind regards,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to look into a fault", """
Hello {{buyer_name}},

Thank you for getting in touch about your {{product}}. Our {{warranty_period}} warranty covers any fault that comes from the way the monitor was made: a parent unit screen that goes dark, a camera that stops panning, a battery that swells, or sound that cuts out while the two units are close together.

It does not cover cracks from a fall, liquid damage, or faults caused by a charger other than the one in the box.

So that our technicians can look into it, please describe what happens in a reply to this message and attach a photo or a short video if you can. We have opened case {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/apology/no-picture", "en", "apology for a camera that never showed a picture", """
Dear {{buyer_name}},

I am so sorry that the camera of your {{product}} has shown no picture since the first day. When you rely on a monitor to watch over your baby, a fault like this is much more than an inconvenience.

A camera that never connects, even right next to the parent unit, has a hardware fault. There is nothing more you need to test or reset.

We will send you a complete new set at no cost. Please reply to confirm that your delivery address is still correct, and I will keep your case open until the new monitor is working in the nursery.

With apologies,
{{agent_name}}
Quietcrest Nursery Tech
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}}. Now that you have had your {{product}} for a few weeks, would you consider writing a review of it on Amazon?

Other parents read reviews when they choose a monitor, and your account of how it works in your home, whatever it is, helps them and helps us. We appreciate your honest view.

With thanks,
{{agent_name}}
Quietcrest Nursery Tech
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/video/temperature", "zh", "室温显示与温度提醒的设置", """
{{buyer_name}}，您好：

感谢您咨询 {{product}} 的室温显示。摄像头底部装有温度传感器，家长机屏幕左上角会显示婴儿房的当前温度，每分钟更新一次。

如需设置温度提醒，请在家长机上打开“菜单”>“温度”>“提醒范围”，设定最低和最高温度，例如十八到二十四摄氏度。室温超出范围时，家长机会响三声提示音，温度数字也会闪烁。

请不要把摄像头放在暖气片、加湿器旁边或窗边阳光直射的地方，否则显示的温度会和房间的实际温度有偏差。

祝宝宝睡个好觉！
{{agent_name}}
Quietcrest 婴儿监护器客服
""")
template("zh/video/battery", "zh", "家长机电池续航、省电模式与充电", """
{{buyer_name}}，您好：

关于 {{product}} 家长机的电池：充满电后，在省电模式下大约可以使用{{battery_hours}}；如果屏幕一直亮着或者音量开得很大，使用时间会明显缩短。

打开省电模式的方法：长按音量键三秒。没有声音时屏幕会自动熄灭，宝宝一出声就立即亮起。

充电请使用包装里的电源适配器，从没电到充满大约需要四个小时，指示灯由红色变成绿色就表示充满了。夜里一直插着电源使用也没有问题，不会损伤电池。

此致
{{agent_name}}
Quietcrest 婴儿监护器客服
""")
template("zh/warranty/claim", "zh", "保修范围及检查故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您的 {{product}} 享有{{warranty_period}}保修，凡是产品本身质量引起的故障都在保修范围内，例如家长机屏幕不亮、摄像头无法转动、电池鼓包，或者两台设备离得很近时声音仍然断断续续。

摔落造成的破裂、液体泼洒造成的损坏，以及使用非原装充电器导致的故障，不在保修范围内。

请在本对话中回复故障的具体表现，方便的话请附上一张照片或一段短视频。我们已为订单 {{order_id}} 建立保修案例 {{case_id}}。

谨致问候
{{agent_name}}
Quietcrest 婴儿监护器客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。用了几个星期之后，如果您愿意，欢迎在亚马逊上写一篇评论，讲讲这款监护器在您家里的实际使用情况。

很多家长在挑选监护器时都会参考评论。无论您的体验如何，真实的感受都能帮到他们，也能帮助我们改进。谢谢您抽出时间。

{{agent_name}}
Quietcrest 婴儿监护器客服
""")
template("zh/apology/static", "zh", "家长机杂音的致歉与排查", """
{{buyer_name}}，您好：

非常抱歉 {{product}} 的家长机出现沙沙的杂音，打扰了您和宝宝的休息。这种杂音多半来自附近其他无线设备的干扰，并不代表设备已经损坏。

请先把摄像头和家长机都移到离无线路由器、无绳电话底座一米以外的地方，然后在家长机上打开“菜单”>“信号”>“重新配对”，设备会自动换到干扰较少的频道。

如果这样做之后杂音仍然明显，请在本对话中回复一段录音或视频，我们会继续为您处理。再次向您致歉。

{{agent_name}}
Quietcrest 婴儿监护器客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/video/lullaby", "zh-tw", "搖籃曲與雙向對講的使用", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的搖籃曲與對講功能。在親機上按音符鍵，攝影機就會播放內建的五首搖籃曲之一；再按一次換下一首，長按則停止播放。

播放時間可以在「選單」>「搖籃曲」>「定時」設定為十五、三十或六十分鐘，時間到會自動停止。

想和寶寶說話時，按住親機側邊的麥克風鍵說話，放開就能繼續聽到嬰兒房的聲音。第一次使用時，建議先把攝影機的音量調低，以免聲音太大嚇到寶寶。

敬祝 闔家平安
{{agent_name}}
Quietcrest 嬰兒監視器客服
""")
template("zh-tw/sensor/care", "zh-tw", "呼吸感應墊的清潔與保養", """
{{buyer_name}} 您好：

{{product}} 的感應墊表面有防水塗層，清潔時用擰乾的濕布擦拭即可，請不要泡水、不要放進洗衣機，也不要使用漂白水或酒精。

感應墊應該平放在床墊下方的硬板上，不要摺疊或捲起收納；長時間彎折會讓裡面的感應片受損，造成誤報。

連接線請順著床腳固定，避免被床架夾住。每隔幾個月檢查一次接頭，如果發現外皮破損，請停止使用並回覆本訊息。

{{agent_name}}
Quietcrest 嬰兒監視器客服
""")
template("zh-tw/troubleshoot/no-signal", "zh-tw", "親機顯示「無訊號」的排除方法", """
{{buyer_name}} 您好：

很抱歉您的 {{product}} 親機一直顯示「無訊號」。請依序試試以下方法：

1. 確認攝影機的電源燈有亮；如果沒亮，換一個插座，或檢查變壓器是否插緊。
2. 把親機拿到攝影機旁邊一公尺內，看看畫面是否恢復。
3. 同時關閉親機和攝影機，等十秒後先開攝影機，再開親機。
4. 在親機的「選單」>「攝影機」中刪除原本的配對，再重新配對一次。

如果以上方法都試過仍然沒有畫面，請回覆本訊息，我們會為您安排下一步。

{{agent_name}}
Quietcrest 嬰兒監視器客服
""")
template("zh-tw/video/zoom", "zh-tw", "鏡頭轉動與畫面放大的操作", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的鏡頭操作。在親機上按方向鍵，攝影機就會左右轉動最多三百度、上下轉動九十度，方便您看到嬰兒床的每個角落。

按放大鏡鍵可以把畫面放大兩倍，再按一次回到原本大小；放大時仍然可以用方向鍵移動畫面。

攝影機轉動時會發出輕微的馬達聲，這是正常現象。如果寶寶容易被吵醒，建議睡前先調整好角度，睡覺時盡量不要轉動鏡頭。

{{agent_name}}
Quietcrest 嬰兒監視器客服
""")
