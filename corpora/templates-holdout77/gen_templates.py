# -*- coding: utf-8 -*-
"""Approved template library of t77 (imported by gen.py). Every text written for this set.

Seller (invented): Lichenvale Habitats, terrarium and vivarium supplies on Amazon.com.
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
template("en/moss/arrival-care", "en", "care advice: reviving live moss after the journey", """
Hello {{buyer_name}},

It was good to hear from you about the {{moss}}. Live moss spends two or three days in a dark box before it reaches you, so it often looks pale or flattened when you first open it. That is normal and usually passes within a week.

Lay the moss out on a tray in bright, indirect light as soon as you can. Mist it with distilled or dechlorinated water until it is damp but not dripping, and keep it out of direct sun while it recovers.

Once it has perked up, press it firmly onto moist substrate so that its underside stays in contact. Misting once or twice a day suits most enclosures; a film of standing water on top of the moss invites rot.

Warm regards,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/misting/setup", "en", "how-to: setting up the automatic misting system", """
Hi {{buyer_name}},

Here are the steps for setting up your {{mister}}. Fill the reservoir with distilled or reverse-osmosis water only; tap water leaves mineral deposits that can block the nozzles within weeks.

Push the nozzles through the lid or the top mesh so they point slightly downward. Fit the inline check valve close to the nozzles, with its arrow pointing towards them, so the line stops dripping after each cycle.

Before you program the timer, press the manual button and hold it until a steady mist comes out of every nozzle. Most tropical set-ups do well with two or three cycles of 10 to 20 seconds a day; adjust by watching the glass and the humidity reading.

Best wishes,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/lighting/schedule", "en", "care advice: light schedule and height for a planted enclosure", """
Hello {{buyer_name}},

Thanks for asking how to run the {{light}} over your terrarium. Most mosses, ferns and tropical plants do best with 10 to 12 hours of light a day. A plug-in timer keeps the hours steady, and plants respond better to a regular schedule than to a long one.

Rest the light on top of the enclosure, over the mesh, rather than inside it. For a tank 18 to 24 inches tall, that height gives even coverage down to the substrate. In a taller enclosure, put the plants that need the most light near the top.

If leaves close to the light bleach or curl, raise it on the included risers or shorten the day by an hour. Long, pale stems that lean towards the glass usually mean the plants want more light rather than less.

Kind regards,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/heat/thermostat", "en", "product help: fitting a heat mat with a thermostat", """
Dear {{buyer_name}},

Thanks for writing in about the {{heat_mat}}. Stick it to the outside of the glass, on a side wall or under one end of the floor, and never bury it under the substrate inside the enclosure. Warming one end only gives animals and plants a gradient to move along.

Always run the mat through a thermostat. Tape the thermostat probe to the inside of the glass directly above the mat, then set the target for your species; a common starting point for a tropical vivarium is 78 degrees Fahrenheit on the warm side.

Leave a gap of at least half an inch under the tank so the mat can shed heat, for example by standing the enclosure on its feet or on rubber pads. A mat pressed flat against a wooden stand can overheat.

With best regards,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/hygrometer/calibration", "en", "product help: checking a hygrometer with the salt test", """
Hi {{buyer_name}},

Thanks for checking the readings on your {{hygrometer}}. Small digital hygrometers can drift by a few percent, and the air in a misted enclosure changes from minute to minute, so a spread of 5 percent between two gauges is within the normal range.

If you would like to check it, try the salt test. Put a spoonful of table salt in a bottle cap, add a few drops of water to make a damp paste, and seal the cap and the hygrometer together in a zip bag for eight hours. The reading should settle at about 75 percent, and the difference from 75 is the amount to allow for afterwards.

Place the probe in the middle of the enclosure, away from the nozzles and the glass, so that it reads the air your plants and animals actually live in.

All the best,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for letting us know about the problem with your {{product}}. Our pumps, lights, heat mats and gauges carry a {{warranty_period}} warranty covering faults in parts and manufacture, such as a pump that no longer primes, an LED strip with dead sections, or a heat mat that stays cold.

It does not cover wear from running a pump dry, scale from tap water, water getting into the timer or the power adapter, or cuts made to a mat or a cable.

So that we can assess the fault, please reply here with a short description and a photo or video that shows the problem. Your case number is {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/holding/investigating", "en", "holding reply: a product question passed to the product team", """
Hello {{buyer_name}},

Thank you for the details and photos about your {{product}}. I have passed them to our product team, who go through questions like this every weekday.

I will write back in this thread by {{reply_by}} with their answer and the next steps. There is nothing else you need to send in the meantime, but if anything changes, please add it here so we see the full picture.

I appreciate your patience.

Best regards,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} is settling into your set-up. When you have had some time with it, you are welcome to describe your experience in a review on Amazon.

Other keepers and plant growers read reviews to judge whether a product fits their enclosure, and we read them too. Every honest comment, whatever it says, helps us improve what we make.

Thank you,
{{agent_name}}
Lichenvale Habitats Customer Care
""")
template("en/substrate/layering", "en", "how-to: layering a bioactive substrate", """
Dear {{buyer_name}},

Here is how we suggest layering the {{substrate}} in your {{enclosure}}. Start with a drainage layer of clay pebbles about an inch and a half deep, then lay the mesh barrier over it so that soil cannot wash down into the water below.

Add the substrate on top, 2 to 3 inches deep for most plants and deeper where you plan larger roots. Moisten it before it goes in: it should clump when squeezed but not release drips.

Spread a thin layer of leaf litter over the surface and add springtails and isopods if you have them. They clean up mold and waste, and the enclosure usually settles within two or three weeks.

Happy building,
{{agent_name}}
Lichenvale Habitats Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/misting/nozzle-clog", "zh", "喷头出雾变少的清理方法", """
{{buyer_name}}，您好：

感谢您反馈 {{mister}} 喷头出雾变少的问题。这种情况大多是水里的矿物质在喷头内部结垢造成的，可以按下面的方法处理：

1. 拔下电源，把喷头从管路上拧下来。
2. 将喷头放进白醋中浸泡两到三个小时，再用清水冲洗干净。
3. 装回喷头后手动运行几次，直到每个喷头都能稳定出雾。

以后请只用蒸馏水或纯净水，并每隔一两个月清洗一次水箱底部的滤网，这样能大大减少堵塞。

祝您造景愉快！
{{agent_name}}
Lichenvale 雨林造景客服
""")
template("zh/substrate/mold", "zh", "新铺基质表面长白色霉菌的致歉与说明", """
{{buyer_name}}，您好：

很抱歉新铺的 {{substrate}} 表面长出了白色的绒毛，让您担心了。新造景的头几周，基质和沉木里的有机物会长出一层白色霉菌，这在湿度较高的生态缸里很常见，对植物和动物一般没有危害。

通常两到三周后，随着缸内环境稳定，霉菌会自行消退。放入跳虫等清洁生物可以加快这个过程，也可以每天用镊子把明显的霉斑夹出来。

如果霉菌变成绿色或黑色并且不断扩散，或者基质散发明显的酸臭味，请在本对话中发几张照片给我们，我们会帮您找出原因。

{{agent_name}}
Lichenvale 雨林造景客服
""")
template("zh/warranty/claim", "zh", "保修范围及评估故障所需的资料", """
{{buyer_name}}，您好：

谢谢您告诉我们 {{product}} 出现的问题。本店的水泵、灯具、加热垫和温湿度计都有{{warranty_period}}保修，零件或制造缺陷引起的故障都可以处理，例如水泵抽不上水、灯条有一段不亮、加热垫完全不发热等。

以下情况无法按保修处理：水泵空转造成的磨损、使用自来水产生的水垢、定时器或电源适配器进水，以及自行剪断加热垫或线材。

请直接回复这条消息，说明故障的表现，并附上能看出问题的照片或视频，方便我们评估。订单 {{order_id}} 对应的售后编号是 {{case_id}}。

此致
{{agent_name}}
Lichenvale 雨林造景客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

谢谢您在订单 {{order_id}} 中选购 {{product}}。等它在您的造景里用上一段时间以后，欢迎到亚马逊商品页写下您的使用感受。

很多玩家会参考评论来判断产品是否适合自己的缸体，我们也会逐条阅读。不论意见如何，真实的反馈都能帮助我们改进。

{{agent_name}}
Lichenvale 雨林造景客服
""")
template("zh/holding/investigating", "zh", "等待回复：问题已转交产品组", """
{{buyer_name}}，您好：

已收到您关于 {{product}} 的说明和照片，谢谢。我已经把资料转交给产品组的同事，他们每个工作日都会逐一核查这类问题。

我会在{{reply_by}}之前在本对话里回复您处理结果和下一步安排。这段时间您不需要再补充资料；如果情况有变化，欢迎随时在这里留言。

感谢您的耐心等待。
{{agent_name}}
Lichenvale 雨林造景客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/glass/condensation", "zh-tw", "前玻璃起霧的原因與改善", """
{{buyer_name}} 您好：

謝謝您詢問 {{enclosure}} 前玻璃起霧的問題。缸內濕度高、缸外室溫較低時，水氣會在玻璃上凝結，這是生態缸常見的現象，不代表缸體有瑕疵。

想減少起霧，可以把頂部網蓋上的遮蓋物移開一部分，增加通風；也可以在前方下緣的通風條附近放一個小型靜音風扇，讓空氣慢慢流動。噴霧時間改在開燈後一小時，霧氣也會散得比較快。

早上開燈前玻璃略有水珠屬於正常；如果一整天都看不清缸內，才需要調整通風或噴霧的次數。

{{agent_name}}
Lichenvale 生態缸客服
""")
template("zh-tw/heat/mat-warmth", "zh-tw", "加熱墊摸起來不熱的說明", """
{{buyer_name}} 您好：

很抱歉讓您擔心 {{heat_mat}} 不夠熱。這款加熱墊的設計是溫和加熱，表面溫度大約比室溫高攝氏八到十度，用手摸只會覺得微溫，這是正常的。

要確認是否正常運作，請把溫度計的探頭放在加熱墊正上方的玻璃上，等三十分鐘再讀數。缸底如果鋪了五公分以上的底材，熱度傳到表面需要更長的時間。

若玻璃溫度和室溫幾乎沒有差別，或是加熱墊只有局部會熱，請回覆本訊息並附上溫度計讀數的照片，我們會進一步協助您。

{{agent_name}}
Lichenvale 生態缸客服
""")
template("zh-tw/lighting/timer", "zh-tw", "植物燈內建定時器的設定", """
{{buyer_name}} 您好：

感謝您詢問 {{light}} 內建定時器的設定方式。長按燈具線控上的「時鐘」鍵三秒，數字開始閃爍後，用上下鍵調整目前時間，再按一下確認。

接著設定開燈和關燈時間：預設是早上八點開、晚上八點關，一天十二小時。苔蘚和蕨類通常十到十二小時就足夠，照太久反而容易讓葉片變黃。

線控旁的亮度鍵可以分五段調整。剛換燈或剛造景的前兩週，建議先用第三段，讓植物慢慢適應。

{{agent_name}}
Lichenvale 生態缸客服
""")
template("zh-tw/moss/revive", "zh-tw", "苔蘚局部發黃的照顧方法", """
{{buyer_name}} 您好：

謝謝您傳來 {{moss}} 的照片。苔蘚剛移入新環境時，常會因為光線或濕度改變而局部發黃或發褐，只要莖葉摸起來仍有彈性，大多還有機會恢復。

請讓發黃的部分保持濕潤，每天早晚各噴一次水，但不要讓苔蘚泡在積水裡。光線以明亮的散射光為主，避免陽光直射，燈具也不要貼得太近。

一般兩到三週會看到新長出的綠色尖端。若苔蘚摸起來乾脆、一碰就碎，代表那一部分已經枯死，可以剪掉，讓旁邊健康的部分慢慢長滿。

{{agent_name}}
Lichenvale 生態缸客服
""")
