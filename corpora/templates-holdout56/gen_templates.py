# -*- coding: utf-8 -*-
"""Approved template library of t56 (imported by gen.py). Every text written for this set.

Seller: Sorrelbrook Teaware (invented). 18 templates: English 9, Simplified Chinese 5,
Traditional Chinese 4. Placeholders are {{name}}; every template has buyer_name and agent_name.
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
template("en/kettle/presets", "en", "answering a product question: which temperature preset suits which tea", """
Hello {{buyer_name}},

Thank you for asking which setting to use on your {{product}}. Each button on the base heats the water to a fixed temperature and then switches the kettle off:

160°F: gyokuro and other delicate green teas
175°F: sencha, dragonwell and most everyday green teas
185°F: white and yellow teas
195°F: oolong
Boil: black tea, pu-erh and herbal blends

If you press Keep Warm after choosing a temperature, the kettle holds that temperature for up to 60 minutes. The display shows the water temperature as it climbs, so you can also lift the kettle a little early if you like a softer cup.

Warm regards,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/kettle/descale", "en", "product help: limescale and descaling the kettle", """
Hi {{buyer_name}},

The white or rainbow-coloured film inside your {{product}} is limescale left by the minerals in tap water. It is harmless, but it makes the kettle slower and noisier over time, so we suggest descaling every {{descale_interval}}.

Fill the kettle to the MAX line with equal parts white vinegar and water, bring it to the boil and let it stand for 30 minutes. Pour it away, then boil fresh water twice and discard it to remove any vinegar taste. For a milder option, dissolve two tablespoons of citric acid in a full kettle of water instead.

Please do not use scouring pads on the stainless steel floor or on the round temperature sensor in the middle of it.

All the best,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/gooseneck/pour", "en", "how-to: hold mode and a steady pour with the gooseneck kettle", """
Dear {{buyer_name}},

To keep the water in your {{product}} at one temperature, turn the dial to the temperature you want, press the dial once to start heating and then press Hold. The kettle keeps the water within two degrees of your setting for one hour, or until you lift it off the base for more than two minutes.

For a slow, even pour, fill the kettle no higher than the lower line inside; a fuller kettle pours in a rush. Hold the handle with your index finger resting on the top of the lid and tilt slowly. The narrow spout gives a thin stream that is easy to direct onto the leaves or a coffee bed.

The timer on the base starts when you press the dial twice, which helps you keep your steeping times consistent from one pot to the next.

Kind regards,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/troubleshoot/not-heating", "en", "troubleshooting: the kettle does not heat and shows an error", """
Hello {{buyer_name}},

I'm sorry your {{product}} is not heating. The message {{error_message}} on the display usually means the dry-boil protection has switched the heater off. That happens when the kettle is started with too little water, or when it is lifted and put back while it is heating.

1. Unplug the base and let the kettle cool for 15 minutes.
2. Fill it above the MIN line and check that the underside of the kettle and the top of the base are dry.
3. Plug the base straight into a wall socket rather than an extension lead, set the kettle down firmly and press the power button.

If the kettle still does not heat after these steps, please reply here with a short video of the display and we will arrange the next step with you.

Best regards,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/infuser/fit", "en", "answering a product question: which cups and pots the infuser fits", """
Hi {{buyer_name}},

The {{infuser_name}} rests on cups and pots with an opening between 2.4 and 3.5 inches across, and its basket hangs deep enough to steep properly in a {{vessel}} without the leaves floating above the water.

Fill the basket no more than half full, because tea leaves open up to three or four times their dry size. Very small leaves and rooibos may let a few specks through the mesh; they settle at the bottom of the cup and are harmless.

After steeping, rest the basket on its lid, which doubles as a drip tray. Tip the leaves into the compost and rinse the mesh from the outside in, so that fragments are pushed out rather than further in. The infuser is dishwasher safe on the top rack.

Enjoy your tea,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

Thank you for contacting us about your {{product}}. It is covered by a {{warranty_period}} limited warranty against defects in materials and workmanship, for example a heating element that stops working, a temperature display that fails, or a lid hinge that breaks in normal use.

The warranty does not cover limescale build-up, damage from repeated dry boiling, glass that cracks after a fall, or use on any supply other than 120 V.

So that we can assess your claim, please reply in this thread with a brief description of the problem and a photo or short video that shows it. Your case number is {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/apology/lid-latch", "en", "apology for a kettle lid that springs open while the water boils", """
Dear {{buyer_name}},

I am very sorry that the lid of your {{product}} springs open while the water boils. Steam escaping from the top is more than an annoyance; it can also stop the kettle from switching off at the right moment, and I understand why that worried you.

This points to a weak spring in the lid latch. It is a fault in the part itself, not a result of the way you use the kettle, so please stop using it until it has been replaced.

We will send you a new kettle at no cost to you. Please reply to confirm that your delivery address is unchanged, and I will keep your case open until the new kettle is in your kitchen and working as it should.

With apologies,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}}. Now that you have had a few weeks with your {{product}}, would you consider describing your experience in a review on Amazon?

Reviews help other tea drinkers judge whether a product suits the way they brew, and they show us what we should improve. Whatever your experience has been, good or bad, your honest opinion is welcome.

Thank you for your time,
{{agent_name}}
Sorrelbrook Teaware
""")

template("en/teapot/glass-care", "en", "product help: heating and cleaning the glass teapot", """
Hi {{buyer_name}},

Your {{product}} is made of borosilicate glass, which copes with boiling water and with the low flame of a gas stove. Please do not put it on an induction hob, and make sure there is always some liquid in it while it is on the heat.

Sudden temperature changes are the main risk for any glass. Let the pot cool before you rinse it with cold water, and do not set a hot pot down on a wet or cold stone worktop.

Tea stains come off the glass with a paste of baking soda and a little water, rubbed on with a soft sponge. The lid and the stainless steel basket can go in the dishwasher; the glass body is best washed by hand.

Happy brewing,
{{agent_name}}
Sorrelbrook Teaware
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/kettle/keep-warm", "zh", "保温功能的设置与使用", """
{{buyer_name}}，您好：

感谢您咨询 {{product}} 的保温功能。先按温度键选好需要的温度，再按一下“保温”键，指示灯亮起后，水烧到设定温度就会自动保持，最长六十分钟。

保温期间把水壶从底座上拿起来倒水，保温不会中断；只要在两分钟内放回底座，水壶会继续保持原来的温度。如果想提前结束保温，长按电源键三秒即可。

保温时间较长时，壶里的水会慢慢变少，建议每次保温前把水加到最低刻度线以上。

祝您喝茶愉快！
{{agent_name}}
Sorrelbrook 茶具客服
""")

template("zh/gooseneck/altitude", "zh", "高海拔地区的沸点设置", """
{{buyer_name}}，您好：

关于 {{product}} 在高海拔地区一直加热、不自动停机的问题：海拔越高，水的沸点越低。例如在海拔一千五百米左右，水在九十五摄氏度就会沸腾，水壶达不到一百度，就会一直加热下去。

请按以下步骤开启高海拔模式：

1. 把水壶放在底座上，确认壶内有水。
2. 同时按住“加”和“减”两个键五秒，屏幕会显示 ALT。
3. 转动旋钮选择您所在地区的海拔档位，再按一下旋钮确认。

设置完成后，“沸腾”档会按当地的沸点自动停机，其他温度档不受影响。

此致
{{agent_name}}
Sorrelbrook 茶具客服
""")

template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您与我们联系。您的 {{product}} 享有{{warranty_period}}有限保修，保修范围包括材料或做工缺陷引起的故障，例如加热元件不工作、温度显示失灵，或壶盖铰链在正常使用中断裂。

水垢堆积、反复干烧造成的损坏、玻璃跌落后破裂，以及在一百二十伏以外的电压下使用，都不在保修范围内。

为了判断故障原因，请在本对话中简单说明问题，并附上能看清故障的照片或短视频。您的保修案例编号是 {{case_id}}，对应订单 {{order_id}}。

谨致问候
{{agent_name}}
Sorrelbrook 茶具客服
""")

template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。用了一段时间之后，如果您愿意，欢迎在亚马逊上发表一篇评论，说说您的真实感受。

不论体验好坏，您的评论都能帮助其他爱喝茶的顾客做出选择，也能让我们知道哪里需要改进。感谢您抽空阅读。

{{agent_name}}
Sorrelbrook 茶具客服
""")

template("zh/apology/noise", "zh", "烧水声音偏大的致歉与说明", """
{{buyer_name}}，您好：

很抱歉 {{product}} 烧水时的声音给您带来了困扰。水温升到七八十度时，壶底会产生大量细小的气泡，发出嗡嗡的声音，这是电热水壶加热时的正常现象，水快烧开时声音会明显变小。

如果声音比刚买时大了很多，通常是壶底积了水垢。请用柠檬酸除垢：两大勺柠檬酸加满一壶水，烧开后静置半小时倒掉，再用清水烧两遍。

如果除垢之后声音仍然很大，或者伴有咔咔的响声，请在本对话中回复一段视频，我们会继续为您处理。再次向您致歉。

{{agent_name}}
Sorrelbrook 茶具客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/teapot/stain", "zh-tw", "玻璃茶壺的茶垢清潔", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的清潔方式。玻璃壺內壁的褐色茶垢是茶湯裡的單寧留下的，並不影響使用，只要定期清洗就能恢復透亮。

請在壺中放入一大匙小蘇打，加少量溫水調成糊狀，用軟海綿沿著內壁輕輕擦拭，再用清水沖洗乾淨。壺嘴的細縫可以用細長的瓶刷處理。

請不要使用鋼絲球或去污粉，以免刮傷玻璃；也不要把剛泡完熱茶的壺直接泡進冷水，溫差太大可能讓玻璃破裂。

敬祝 品茗愉快
{{agent_name}}
Sorrelbrook 茶具客服中心
""")

template("zh-tw/infuser/fine-leaves", "zh-tw", "細碎茶葉與濾網的使用", """
{{buyer_name}} 您好：

{{product}} 的濾網孔徑約零點三毫米，條索完整的茶葉都不會漏出。如果是碎茶、茶粉或南非國寶茶，可能會有少許細末穿過濾網，沉在杯底，可以放心飲用。

想讓茶湯更清澈，可以先把茶葉放進濾網，在水龍頭下用細水流輕輕沖一下，把最細的碎末沖掉，再放進杯中沖泡。

濾網每次用完後請從外側往內沖水，卡在網孔裡的碎葉就會被推出來；每週用小蘇打水浸泡十分鐘，可以去除茶漬。

{{agent_name}}
Sorrelbrook 茶具客服中心
""")

template("zh-tw/troubleshoot/no-power", "zh-tw", "水壺放上底座後沒有反應的排除方法", """
{{buyer_name}} 您好：

很抱歉您的 {{product}} 放上底座後沒有反應。請依序試試以下方法：

1. 把底座插頭直接插在牆上的插座，不要使用延長線或多孔插座。
2. 拿起水壺，檢查底座中央的接點有沒有水滴或水垢，用乾布擦乾淨。
3. 確認壺內有水而且超過最低水位線，再把水壺平穩放回底座。
4. 拔掉插頭等一分鐘後重新插上，再按一次電源鍵。

如果以上方法都試過，仍然沒有反應，請回覆本訊息並附上一段短片，我們會為您安排下一步。

{{agent_name}}
Sorrelbrook 茶具客服中心
""")

template("zh-tw/kettle/child-lock", "zh-tw", "兒童安全鎖的開啟與解除", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的兒童安全鎖。開啟這項功能後，必須先解鎖才能開始加熱，可以避免小朋友誤按。

開啟方式：水壺放在底座上時，長按「鎖」鍵三秒，螢幕出現鎖頭圖示就表示已經上鎖。要加熱時，再長按「鎖」鍵三秒解鎖；解鎖後三十秒內沒有操作，會自動重新上鎖。

拔掉電源後設定仍會保留，不需要每次重新設定。

{{agent_name}}
Sorrelbrook 茶具客服中心
""")
