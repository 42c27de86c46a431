# -*- coding: utf-8 -*-
"""Approved template library of set templates-holdout73 (t73). Imported by gen.py.

Invented seller: Dovecote Nursery, video and audio baby monitors, their cameras, parent units,
wall mounts and power adapters. Every text below was written for this set.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()   # id -> text (one trailing newline)
TOPIC = OrderedDict()       # id -> (language column, what the template is for)


def t(tid, topic, text):
    assert tid not in TEMPLATES, tid
    lang = tid.split("/")[0]
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TOPIC[tid] = (lang, topic)


# ======================================================================= English (9)
t("en/setup/pairing", "product help: pairing an add-on camera with the parent unit", """
Hi {{buyer_name}},

Thank you for your message about adding the {{camera}} to your {{monitor}}. The extra camera has to be introduced to the parent unit once, and after that the two remember each other.

Plug the new camera into its power adapter and leave it switched on. On the parent unit, open the menu with the M key, choose Camera, then Pair, and pick an empty slot such as CAM 2. While the parent unit counts down from 30, press and hold the small pairing button on the back of the camera until its green light flashes quickly.

When the picture appears, the pairing is done. You can then switch between the cameras with the arrow keys, or choose Scan so the screen moves from one room to the next every ten seconds.

Warm regards,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/setup/wall-mount", "product help: mounting the camera on the wall at a safe distance", """
Hello {{buyer_name}},

Thanks for asking about mounting your {{camera}} on the wall. The best spot is about six feet up, on a wall facing the crib and at least three feet away from it, so that the whole mattress is in view and neither the camera nor its cable can be reached from inside the crib.

Use the bracket, screws and wall anchors from the {{mount_kit}}. Mark the two holes with the paper guide, drill them with a 1/4-inch bit for drywall, tap in the anchors and fix the bracket. The camera then slides onto the bracket and clicks into place.

Run the power cable down the wall inside the cord covers that come in the kit, and keep any slack well away from the crib, the changing table and any furniture a toddler could climb.

Best wishes,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/troubleshoot/out-of-range", "troubleshooting: the parent unit beeps and shows Out of Range", """
Dear {{buyer_name}},

I'm sorry your {{monitor}} keeps losing the connection. When the parent unit beeps and shows "Out of Range", it has lost the radio link to the camera, most often because of distance, thick walls or another device crowding the 2.4 GHz band.

Please try these steps in order. First, bring the parent unit into the same room as the camera; if the picture comes straight back, the link itself is fine. Next, move your Wi-Fi router, any cordless phone base and the microwave at least three feet away from both units. Finally, turn the camera so its back faces the room where you usually keep the parent unit, since its antenna sends most strongly in that direction.

Floors of concrete or walls with metal framing can shorten the range a great deal. If the warning still appears in a room close to the nursery, please write back with a rough sketch of your layout and we will look at it together.

Kind regards,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/troubleshoot/night-vision", "troubleshooting: a washed-out or foggy night-vision picture", """
Hi {{buyer_name}},

Thank you for the photo from your {{camera}}. A washed-out or foggy picture at night is nearly always infrared light bouncing back into the lens, rather than a fault with the camera.

The night vision works with invisible infrared lights around the lens. When the camera sits behind a window, close to a wall or beside a shiny surface such as a white crib rail, part of that light reflects straight back and hides the rest of the room. Move the camera so that nothing is within about a foot of the lens, and never point it through glass.

It also helps to wipe the lens gently with a dry microfiber cloth, as a fingerprint can scatter the light in the same way. The picture turns black and white in the dark; that is how infrared night vision looks, and color returns in the morning.

All the best,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/parent-unit/battery", "product help: parent unit battery life and screen-off listening", """
Hello {{buyer_name}},

Good question about how long the parent unit of your {{monitor}} lasts on its battery. With the screen on the whole time, a full charge gives roughly {{screen_hours}}. In Audio Only mode, where the screen stays dark until the camera hears a sound, it lasts about twice as long.

To get through a whole night away from the outlet, open Settings, choose Screen and set it to switch off after one minute. The screen will wake up by itself when your baby cries, and you can tap any key to look in.

The battery charges fully in about four hours with the adapter and cable from the box. It is fine to keep the parent unit plugged in overnight; it stops charging once it is full.

With kind regards,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/warranty/claim", "warranty: what is covered and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. It carries a {{warranty_term}} limited warranty from the delivery date, which covers faults in materials and workmanship, such as a camera that will not power on, a parent unit that no longer holds a charge, or a dead pixel line across the screen. It does not cover cracked screens from drops, liquid damage or units that have been opened.

So that we can assess your claim quickly, please reply with a short description of what happens, a photo or a short video of the problem, and the serial number printed on the label under the camera's stand.

We have opened case {{case_id}} for order {{order_id}} and will reply within one business day of receiving these details.

Sincerely,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/apology/audio-static", "apology and explanation: a steady hiss from the audio monitor", """
Hi {{buyer_name}},

I'm sorry the hissing from your {{monitor}} kept you awake; that is the opposite of what a baby monitor should do. Let me explain where it comes from.

At the highest sensitivity setting, the baby unit passes on even very quiet sounds, including the hum of a fan, a humidifier or a white noise machine. The parent unit then plays that background sound as a steady hiss.

Lowering the sensitivity by one or two steps usually makes the hiss disappear while still picking up crying clearly. If you use a white noise machine, placing it on the far side of the room from the baby unit helps as well. If the hiss remains even at the lowest setting in a quiet room, please tell us, because that points to a fault and we will replace the unit.

Yours sincerely,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/review/neutral-request", "a neutral invitation to review, at most once per order", """
Hello {{buyer_name}},

We hope the {{product}} from order {{order_id}} is settling in well in your home. When you have a moment, would you share your experience with it in a review on Amazon? Honest comments, whatever they say, help other parents decide what suits their family and help us see what to improve.

Thank you for choosing us,
{{agent_name}}
Dovecote Nursery Care Team
""")

t("en/app/wifi-setup", "product help: putting the Wi-Fi camera on the home network", """
Dear {{buyer_name}},

Thank you for writing about connecting the {{camera}} to your home network. The camera works only with 2.4 GHz Wi-Fi, so if your router combines 2.4 GHz and 5 GHz under one network name, it can help to switch 5 GHz off for a few minutes while you set up.

Open the Dovecote Nursery app, tap Add Camera and follow the steps on the screen. When the app shows a QR code, hold your phone about eight inches in front of the camera lens until you hear a chime. The camera then joins your network and appears in the app within a minute.

If the app reports a wrong password, check for a capital letter or a space at the end; the password is case-sensitive. Once the camera is online, you can turn 5 GHz back on.

Best regards,
{{agent_name}}
Dovecote Nursery Care Team
""")

# ======================================================================= Simplified Chinese (5)
t("zh/feature/talkback", "对讲与摇篮曲功能的用法", """
{{buyer_name}}，您好：

感谢您询问 {{monitor}} 的对讲和摇篮曲功能。按住家长机右侧的麦克风键即可对宝宝说话，松开按键后恢复监听。说话时请离家长机二十厘米左右，声音会更清楚，也不容易产生杂音。

摇篮曲在菜单的“音乐”选项里，共有五首，可以选择单曲播放或循环播放，也可以设置十五分钟、三十分钟或六十分钟后自动停止。音量请从低档开始调，宝宝床边的声音不宜过大。

如果还有其他问题，欢迎在本对话中继续留言。

祝宝宝睡得香甜，
{{agent_name}}
Dovecote 婴儿监护器客服
""")

t("zh/troubleshoot/black-screen", "家长机黑屏的排查步骤", """
{{buyer_name}}，您好：

很抱歉您的 {{monitor}} 家长机出现黑屏。请先按一下家长机上的电源键：如果屏幕只是进入了省电状态，会立即亮起。

如果屏幕没有反应，请把家长机接上原装电源适配器充电至少半小时，再长按电源键三秒开机。电池完全耗尽时，刚插上电源的几分钟内屏幕不会亮，这是正常现象。

如果能听到声音但看不到画面，请进入菜单检查“亮度”是否被调到最低，并确认当前选中的摄像头通电正常。以上方法都试过仍然黑屏的话，请回复告诉我们指示灯的颜色，我们会继续协助您。

{{agent_name}}
Dovecote 婴儿监护器客服
""")

t("zh/warranty/claim", "保修范围及处理索赔所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 自签收之日起享有{{warranty_term}}有限保修，保修范围包括材料和做工问题，例如摄像头无法开机、家长机电池无法充电、屏幕出现竖线等；人为摔落造成的屏幕破裂、进液以及私自拆机不在保修范围内。

为了尽快为您处理，请回复简要说明故障现象，附上一张照片或一段短视频，并提供摄像头底座标签上的序列号。

我们已为订单 {{order_id}} 建立售后案例 {{case_id}}，收到资料后会在一个工作日内答复您。

{{agent_name}}
Dovecote 婴儿监护器客服
""")

t("zh/review/neutral-request", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 中的 {{product}} 已经顺利用上。如果您方便，欢迎在亚马逊商品页面写一条评论，分享您的真实使用感受。无论内容如何，您的意见都能帮助其他家长做出选择，也能帮助我们改进产品。

感谢您选择我们，
{{agent_name}}
Dovecote 婴儿监护器客服
""")

t("zh/apology/temperature-reading", "室温读数偏高的致歉与说明", """
{{buyer_name}}，您好：

很抱歉 {{camera}} 显示的室温和您家温度计的读数不一致，给您带来了困扰。下面说明一下原因。

温度传感器位于摄像头底座内，摄像头长时间工作时本身会发热，夜视灯开启时更明显，因此读数通常会比实际室温高一到两度。摄像头靠近暖气、窗户或阳光直射的位置时，偏差也会变大。

您可以在菜单的“温度校准”中把读数调低一到两度，与房间里的温度计保持一致。如果偏差超过三度且校准后仍不稳定，请告诉我们，我们会为您检查或更换。

再次向您致歉，
{{agent_name}}
Dovecote 婴儿监护器客服
""")

# ======================================================================= Traditional Chinese (4)
t("zh-tw/setup/pan-zoom", "遠端轉動與放大功能", """
{{buyer_name}} 您好：

謝謝您詢問 {{camera}} 的遠端轉動和放大功能。在家長機上按方向鍵，攝影機就會左右轉動，最大可轉三百三十度，上下可調整九十度；按下「OK」鍵再按上、下鍵，可以把畫面放大兩倍。

如果嬰兒床在房間角落，可以先把鏡頭轉到床的正中央，再到選單的「預設位置」儲存，之後按一下就能回到這個角度。

轉動時會有輕微的馬達聲，屬於正常現象，寶寶入睡後建議減少轉動的次數。

敬祝 闔家平安
{{agent_name}}
Dovecote 嬰兒監視器客服
""")

t("zh-tw/troubleshoot/feedback-howl", "家長機發出嘯叫聲的原因與排除", """
{{buyer_name}} 您好：

很抱歉 {{monitor}} 發出刺耳的嘯叫聲讓您受到驚嚇。這種聲音是回授現象：家長機離攝影機太近時，攝影機收到家長機播出的聲音，再傳回家長機，來回放大後就變成尖銳的嘯叫。

請把家長機拿到另一個房間，或是距離攝影機至少三公尺以上，嘯叫聲就會消失。測試畫面時，也可以先把家長機的音量調到最低。

如果家長機放在別的房間仍然出現嘯叫，請回覆本訊息並告訴我們兩部機器之間的距離，我們會協助您進一步檢查。

{{agent_name}}
Dovecote 嬰兒監視器客服
""")

t("zh-tw/power/adapter", "電源變壓器的規格、出國使用與傳輸線擺放", """
{{buyer_name}} 您好：

關於 {{product}} 的電源變壓器：攝影機和家長機都使用 5V 2A 的 USB-C 變壓器，輸入電壓為一百至二百四十伏特，所以在國外使用時只需要轉接插頭，不需要另外的變壓器。

請盡量使用包裝內附的變壓器和傳輸線。如果改用手機的快充充電器，有些型號輸出的電壓不穩定，可能造成畫面閃爍或攝影機自動重新開機。

傳輸線的長度是三公尺，請沿著牆面固定，並與嬰兒床保持至少一公尺的距離。

祝 育兒愉快
{{agent_name}}
Dovecote 嬰兒監視器客服
""")

t("zh-tw/review/neutral-request", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

{{product}}（訂單編號 {{order_id}}）到府已有一段時間，不知道寶寶房間裡的使用狀況還好嗎？若您願意，可以撥空到亞馬遜的商品頁面寫下評論，談談這段日子實際用起來的體會。好壞都請照實寫，這些經驗對正在挑選監視器的爸爸媽媽很有參考價值，我們也會從中找出需要加強的地方。

再次謝謝您的訂購，
{{agent_name}}
Dovecote 嬰兒監視器客服
""")
