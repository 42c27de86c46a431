# -*- coding: utf-8 -*-
"""t58: the approved template library (imported by gen.py). Every text was written for this set.

Seller (invented): Loftwren Aero, hobby camera drones and accessories: the Pico folding mini drone, the Talon GPS
drone, spare propellers, intelligent flight batteries, a three-battery charging hub, ND filters, a hard-shell case.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()   # id -> text with {{placeholders}}
TMETA = OrderedDict()       # id -> (language column, topic)


def tpl(tid, lang, topic, body):
    if tid in TEMPLATES:
        raise SystemExit("template id used twice: " + tid)
    TEMPLATES[tid] = body.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ====================================================================== English (9)
tpl("en/pairing/remote-app", "en", "pairing the remote controller and the app", """
Hello {{buyer_name}},

Thanks for getting in touch about linking the {{remote}} to your {{drone}}. Begin with everything switched off and with Bluetooth and location turned on in your phone's settings. Power up the drone first, then hold the remote's power button until its four lights run from left to right.

Open the Loftwren Fly app and tap Connect on the home screen. When your aircraft appears in the list, choose it and wait for the status bar to turn green, which normally takes less than a minute. Two beeps from the remote and amber flashing lights mean it was last linked to a different aircraft. In that case, hold the link button under the drone's battery bay for two seconds and then tap Link in the app.

Keep the phone clamped in the remote with its cable pushed fully home while you do this; a loose cable is the usual reason the app says there is no signal.

Best regards,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/calibration/compass", "en", "calibrating the compass", """
Hi {{buyer_name}},

A compass warning on your {{drone}} usually means the aircraft is picking up magnetic interference, or that it has travelled a long way since it was last calibrated. Recalibrating takes about a minute.

Carry the drone at least 30 feet away from cars, metal railings, reinforced concrete and overhead cables. In the app, open Settings, then Aircraft, then Calibrate Compass. Hold the drone level and turn yourself through one full circle until the arm lights glow green. Then tip the nose straight down and turn one more circle.

If the warning returns at once, check that no magnet, phone or metal watch sits close to the body while you turn, and try again a little further from buildings. You do not need to calibrate before every flight: only after a long journey or when the app asks for it.

Kind regards,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/flight/flight-time", "en", "how long a flight lasts and what shortens it", """
Dear {{buyer_name}},

Thank you for your question about how long the {{drone}} stays in the air. The {{rated_minutes}} printed on the box comes from a test in still air at a steady, moderate speed, with a new battery charged to full, so everyday flights tend to be somewhat shorter.

Wind makes the biggest difference. Holding position against a stiff breeze can take a quarter off your time aloft. Fast climbs, Sport mode and air colder than about 50 degrees Fahrenheit cut it down too, so on cold days keep the battery in a pocket or a warm car until just before takeoff.

When the remaining charge is only just enough for the trip back, the app starts Return to Home on its own. We suggest planning to land with roughly 20 percent left.

With best wishes,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/firmware/update", "en", "installing a firmware update", """
Hello {{buyer_name}},

Thanks for asking about the firmware update for your {{drone}}. Updates arrive through the Loftwren Fly app. Before starting, charge the flight battery and the remote to at least half, and make sure the phone has a steady internet connection.

Link the remote and the drone as though you were about to fly, tap the red dot beside the firmware version on the app's home screen, and choose Update. The aircraft and the remote update one after the other, and the whole job takes around fifteen minutes. The drone restarts a few times and beeps along the way; please leave it untouched until the app reports that the update is finished.

Should the update stall partway, restart both the drone and the remote and run it again from the same screen. Your flight settings and logs are kept.

Regards,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/battery/storage-safety", "en", "storing and handling intelligent flight batteries safely", """
Hi {{buyer_name}},

Here are a few pointers for looking after your {{battery}}. If you will not be flying for more than ten days, the pack is happiest at about half charge. It takes care of this by itself: after the number of idle days set in the app, it slowly drains down to a storage level, and it may feel slightly warm while it does so.

Keep the packs somewhere cool and dry and out of direct sun, and never leave them in a parked car on a hot day. After a flight, give a battery twenty minutes to cool before you charge it.

Stop using any pack that looks puffy, has a split case, or grows hot while it is resting. Move it outdoors into a fireproof container and ask your local recycling center how to dispose of it; it must not go in household rubbish.

All the best,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/regulations/no-fly", "en", "no-fly zones and registration, answered in general terms", """
Hello {{buyer_name}},

Thanks for checking the rules before your first outing with the {{drone}}. We can only offer general guidance here, because the requirements depend on the country you fly in and on whether you fly for fun or for work. Please confirm the current rules with your national aviation authority.

In the United States, recreational pilots pass the free TRUST safety test and carry the certificate with them. A drone weighing 250 grams or more must also be registered with the FAA, with its registration number marked on the outside. Airports, stadiums during events, national parks and many city centers are restricted, and the map in the Loftwren Fly app shades these areas red or yellow.

Inside a red area the drone will not take off at all. A yellow area only shows a warning, and it is up to you to make sure flying there is allowed.

Safe flying,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/warranty/claim", "en", "warranty cover and what is needed to assess a claim", """
Dear {{buyer_name}},

I'm sorry your {{product}} is giving you trouble, and thank you for the details so far. It carries our {{warranty_term}} limited warranty from the day it was delivered, which covers faults in materials and workmanship during normal flying.

Crash damage, water damage, a lost aircraft, propellers worn out through use, and units that have been opened or modified fall outside the warranty.

To assess the claim, please reply in this thread with a short account of what happened, a photo or brief video of the fault and, if the drone was airborne at the time, the flight log exported from the app under Profile, Flight Records. We have opened warranty case {{case_ref}} for order {{order_id}} and will confirm the next step within two business days of receiving these.

Kind regards,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/apology/gimbal", "en", "apology and explanation: a gimbal error at power-up", """
Hi {{buyer_name}},

I'm sorry the gimbal on your {{drone}} showed an error when you switched it on. That is a frustrating way to begin a day of flying, and we are grateful you told us about it.

The usual culprit is the clear gimbal guard. If it is still clipped in place at power-up, the camera cannot finish its start-up check and reports a motor overload. Turn the drone off, remove the guard by squeezing its two tabs, set the aircraft on a flat surface and power it up again. The camera should swing through its self-test within a few seconds.

If the error stays on the screen, please send us a short video of the start-up so our technicians can take a look.

With apologies,
{{agent_name}}
Loftwren Aero Support
""")

tpl("en/review/neutral-request", "en", "a neutral invitation to review, at most once per order", """
Hello {{buyer_name}},

Thank you for order {{order_id}} for the {{product}}. Once you have had a chance to fly it, we would be grateful if you shared your experience in a review on Amazon, whatever that experience turned out to be.

First-hand accounts from other pilots help new buyers pick the right drone, and each comment, good or bad, is read by the people who design our aircraft.

Thanks again,
{{agent_name}}
Loftwren Aero Support
""")

# ====================================================================== Simplified Chinese (5)
tpl("zh/pairing/remote", "zh", "遥控器与手机应用的对频连接", """
{{buyer_name}}，您好：

关于{{drone}}遥控器和手机应用的连接，请按下面的顺序操作。先在手机设置里打开蓝牙和定位，再开启飞行器，然后长按遥控器电源键，直到四个指示灯从左到右依次亮起。

打开 Loftwren Fly 应用，在首页点“连接”，在列表中选中您的飞行器，等状态栏变绿就连好了，通常用不了一分钟。如果遥控器响两声、指示灯黄色闪烁，说明它上次对频的是另一架飞行器，这时请按住电池仓下方的对频键两秒，再在应用里点“对频”。

操作过程中请把手机夹在遥控器上并插紧数据线，线没插好是应用显示“无信号”最常见的原因。

祝飞行愉快！
{{agent_name}}
Loftwren Aero 客服
""")

tpl("zh/calibration/compass", "zh", "指南针校准", """
{{buyer_name}}，您好：

{{drone}}提示指南针异常，多半是附近有磁场干扰，或者飞行器离上次校准的地方太远。重新校准只要一分钟左右。

请先走到离汽车、铁栏杆、钢筋混凝土和架空电线至少十米的空地上。在应用中依次进入“设置”“飞行器”“校准指南针”，水平端着飞行器原地转一整圈，等机臂灯变绿后，再让机头朝下竖着转一圈。

如果提示马上又出现，请检查身上的手机、磁铁或金属手表是否离机身太近，然后离建筑物再远一点重试。平时不必每次起飞前都校准，长途出行之后或应用提示时再做即可。

{{agent_name}}
Loftwren Aero 客服
""")

tpl("zh/battery/storage", "zh", "智能飞行电池的存放与安全", """
{{buyer_name}}，您好：

感谢您询问{{battery}}的存放方法。超过十天不飞的话，电池保持一半左右的电量最合适。电池会自己处理这件事：闲置天数达到应用里设定的值以后，它会慢慢放电到存储电量，放电时摸起来微微发热是正常的。

请把电池放在阴凉干燥、晒不到太阳的地方，天热时千万不要留在停着的车里。每次飞完请先让电池冷却二十分钟再充电。

如果电池外壳鼓起、开裂，或者放着不用也发烫，请立刻停用，把它放进防火容器移到室外，再交给当地的废旧电池回收点处理，不要扔进生活垃圾。

{{agent_name}}
Loftwren Aero 客服
""")

tpl("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单最多一次）", """
{{buyer_name}}，您好：

感谢您购买{{product}}（订单号 {{order_id}}）。等您飞过几次以后，如果愿意，欢迎到亚马逊上写一写您的使用感受，无论体验如何都可以。

其他飞手的亲身经历能帮新买家选到合适的机型，每一条意见，不管是好是坏，我们的设计团队都会认真看。

{{agent_name}}
Loftwren Aero 客服
""")

tpl("zh/warranty/claim", "zh", "保修范围及判断故障需要的资料", """
{{buyer_name}}，您好：

很抱歉您的{{product}}出了问题，也谢谢您提供的情况。这件产品从签收当天起享有{{warranty_term}}有限保修，正常飞行中出现的材料或做工缺陷都在保修范围内。

坠机、进水、飞丢、桨叶用旧，以及拆开或改装过的设备，不在保修范围之内。

为了判断故障，请直接在本对话里回复以下资料：事情经过的简单说明，故障部位的照片或短视频；如果是飞行中出的问题，还请在应用的“我的”里打开“飞行记录”，导出当次的飞行日志。我们已经为订单 {{order_id}} 建立了保修工单 {{case_ref}}，收到资料后两个工作日内会告诉您下一步。

{{agent_name}}
Loftwren Aero 客服
""")

# ====================================================================== Traditional Chinese (4)
tpl("zh-tw/firmware/update", "zh-tw", "韌體更新的步驟", """
{{buyer_name}} 您好：

關於{{drone}}的韌體更新，所有更新都經由 Loftwren Fly 應用程式推送。開始之前，請先把飛行電池和遙控器都充到一半以上，並確認手機的網路連線穩定。

請像準備起飛一樣連接遙控器和飛行器，在應用程式首頁點一下韌體版本旁邊的紅點，再選「更新」。飛行器和遙控器會先後完成更新，整個過程約十五分鐘；期間飛行器會重新啟動幾次並發出提示音，請等畫面顯示更新完成再動它。

如果更新中途停住，請重新開啟飛行器和遙控器，再從同一個畫面重試，您的飛行設定和飛行紀錄都會保留。

{{agent_name}}
Loftwren Aero 客服
""")

tpl("zh-tw/flight/flight-time", "zh-tw", "飛行時間與影響因素", """
{{buyer_name}} 您好：

謝謝您詢問{{drone}}的飛行時間。包裝上標示的{{rated_minutes}}，是在無風的環境下、以穩定的中等速度、用全新且充飽的電池測出來的，日常飛行通常會短一些。

影響最大的是風：頂著強風定點懸停，留空時間可能少掉四分之一。快速爬升、使用運動模式，以及氣溫低於攝氏十度左右，也都會縮短時間。天冷的時候請把電池放在口袋或溫暖的車內，起飛前再裝上。

剩餘電量只夠飛回來時，應用程式會自動啟動返航，建議您在電量剩兩成左右時就降落。

{{agent_name}}
Loftwren Aero 客服
""")

tpl("zh-tw/regulations/registration", "zh-tw", "禁航區與註冊的一般說明", """
{{buyer_name}} 您好：

感謝您在飛行前先確認相關規定。各地法規不同，休閒或商業用途的要求也不一樣，所以我們只能提供一般性的說明，實際要求請以當地航空主管機關公布的最新規定為準。

以臺灣為例，重量達兩百五十公克以上的遙控無人機必須向主管機關註冊，並在機身上標示登記號碼；機場周邊、政府機關上空和人潮聚集的活動場地都有飛航限制。{{drone}}使用的 Loftwren Fly 應用程式，會在地圖上用紅色或黃色標出這些區域。

在紅色區域內飛行器無法起飛；黃色區域只會顯示警告，能不能在那裡飛，需要您自己確認。

{{agent_name}}
Loftwren Aero 客服
""")

tpl("zh-tw/apology/charging-hub", "zh-tw", "充電管家紅燈閃爍的致歉與說明", """
{{buyer_name}} 您好：

很抱歉{{hub}}造成您的困擾。充電時指示燈一直閃紅燈，多半是電池剛飛完、溫度還太高，充電管家為了保護電池會先暫停充電，等溫度降下來就會自動繼續。

請先把電池從充電管家上取下，放在通風的地方大約二十分鐘，再重新插上。充電管家會先替電量最高的電池充電，再依序輪到下一顆，所以同一時間只有一個位置的燈在閃，是正常的。

如果電池已經冷卻，紅燈還是一直閃，請拍一段影片回覆給我們，我們會再協助您處理。

造成不便，敬請見諒。
{{agent_name}}
Loftwren Aero 客服
""")
