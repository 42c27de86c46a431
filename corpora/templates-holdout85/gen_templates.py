# -*- coding: utf-8 -*-
"""Approved template library of t85 (imported by gen.py). All texts written for this set.

Seller (invented): Lindenleaf Hearth, sourdough baking tools: bannetons, bread lames, dough scrapers,
cast-iron Dutch ovens and proofing boxes.
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
template("en/banneton/first-use", "en", "answering a product question: preparing a new banneton", """
Hello {{buyer_name}},

Thanks for your question about getting the {{banneton}} ready for its first loaf. The rattan comes to you clean and unfinished, so there is nothing to wash off. Before the first bake, mist the inside very lightly with water and dust it generously with rice flour, tapping out whatever does not cling to the coils.

Rice flour works better than wheat flour because it does not absorb moisture from the dough and turn into glue. After a few bakes a thin layer of flour settles into the grooves, and from then on a light dusting before each use is enough.

The linen liner is optional. Use it for very wet doughs or when you want a smooth crust; leave it out when you want the spiral pattern on top of the loaf.

Warm regards,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/lame/scoring", "en", "how-to: fitting a blade and scoring a loaf with the lame", """
Hi {{buyer_name}},

Here is how to load and use your {{lame}}. Hold the blade by its blunt ends, slide one of its centre slots over the stainless pin, and press the cover down until it clicks. The blade should sit with a gentle curve, which gives cleaner ears than a flat blade.

Score straight after the dough comes out of the fridge, while it is still cold and firm. Hold the lame at about 30 degrees to the surface, make one quick and confident cut around a quarter of an inch deep, and do not go back over the same line.

When the blade starts to drag instead of glide, flip it to use the other edge. Each edge usually lasts fifteen to twenty loaves.

Happy baking,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/dutch-oven/seasoning", "en", "answering a product question: seasoning and caring for a cast-iron cooker", """
Dear {{buyer_name}},

Thank you for asking about looking after the {{pot}}. It leaves our workshop with two coats of flaxseed-oil seasoning, so it is ready for bread straight away. The surface will look slightly patchy at first and darken evenly as you bake.

After each use, let it cool, brush out any flour or crumbs, and wipe it with a damp cloth. If you need to wash it, use hot water and a stiff brush, dry it over a low flame for a minute, then rub a few drops of neutral oil over the inside with a paper towel.

Avoid soaking it and do not put it in the dishwasher. If dull grey patches ever appear, scrub them, oil the whole pot thinly and bake it upside down at 450 degrees F for an hour.

Sincerely,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/proofer/settings", "en", "how-to: choosing temperatures on the proofing box", """
Hello {{buyer_name}},

Good to hear the {{proofer}} is set up on your counter. Set the dial to the temperature you want, close the lid, and the green light stays on while the heater works and goes out once the box has warmed up.

For a sluggish starter, 78 to 80 degrees F usually gets it bubbling again within a feeding or two. For the bulk ferment of most sourdough loaves, 76 degrees F is a good middle ground; go lower for a longer, tangier rise. Put the water tray in the base when you want higher humidity, for example for enriched doughs.

The box also folds flat between bakes. Let the heating plate cool for ten minutes before you collapse the sides.

Best wishes,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/troubleshoot/sticking", "en", "troubleshooting: dough sticking to the banneton", """
Hi {{buyer_name}},

I'm sorry your loaf stuck to the {{banneton}}. It almost always comes down to one of three things, and each of them is easy to fix.

The first is the flour. Wheat flour soaks up water from the dough; a mix of half rice flour and half bread flour, or rice flour alone, stays dry and releases much better. The second is a dough that is over-proofed or very high in hydration, which spreads into the coils. Try a slightly shorter final proof or 5 percent less water. The third is a damp basket: let it dry completely in a warm place after every bake before you put it away.

If a piece of dough is stuck in the coils now, let it dry overnight and brush it out with a stiff dry brush. Please do not wash the basket under the tap.

Take care,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/troubleshoot/proofer-heat", "en", "troubleshooting: the proofing box does not hold its temperature", """
Hello {{buyer_name}},

Sorry to hear the {{proofer}} is not keeping the temperature you set. Please try these checks in order.

Make sure the lid sits flat on all four sides; a gap at one corner lets warm air escape, and the heater cannot keep up in a cool kitchen. Next, check that the power adapter is pushed fully into the socket at the back, since a loose plug can make the light flicker.

If you use a separate thermometer, place it in the middle of the box rather than on the base, because the plate underneath is warmer than the air around the dough. A difference of two or three degrees is normal.

If the light never comes on at all, please reply to this message with the setting you used and the temperature you measured.

Kind regards,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for letting us know about the problem with your {{product}}. It carries a {{warranty_period}} warranty against faults in materials and workmanship, such as a cracked casting, a lid that no longer fits, a broken hinge or a heater that stops working under normal use.

The warranty does not cover wear from daily baking, rust from leaving the pot wet, chips from dropping it, or damage from using it on a heat source above the limits in the care card.

To assess the claim, please reply with a clear photo of the problem and a short description of when you first noticed it. We have opened case {{case_id}} for order {{order_id}}, and we will answer within two business days of receiving your photos.

Yours sincerely,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/apology/rust", "en", "apology and explanation: light rust spots on a cast-iron cooker", """
Hello {{buyer_name}},

I'm sorry to see the orange spots on your {{pot}}. I know that is not what anyone wants to find on a new pot.

Cast iron rusts when water is left on it, even for an hour, and steam trapped under the lid during a bake can do the same in the rim. These spots sit on the surface and do not mean the pot is damaged or unsafe.

To clear them, scrub the spots with a little coarse salt and a damp cloth until the bare metal shows, dry the pot over a low flame, and then oil and bake it as described on the care card. After that, storing it with the lid slightly open and a paper towel inside will keep moisture away.

With apologies,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} has been useful in your kitchen. If you have a few minutes, other bakers would benefit from hearing about your experience in a review on Amazon, whatever it has been.

If anything is not working as it should, you can also reply to this message and we will help.

Thank you,
{{agent_name}}
Lindenleaf Hearth Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/scraper/use", "zh", "两种刮板的区别和用法", """
{{buyer_name}}，您好：

关于 {{scraper}} 的用法：不锈钢的硬刮板主要在案板上使用，可以分割面团、整形时把面团往自己身前拖，让表面绷紧，最后还能把台面上粘住的面糊铲干净。

柔软的塑料刮板适合在盆里使用。它的弧形边贴合盆壁，搅拌和翻折面团时可以把盆底和四周的面团刮得很干净，转移面团时也不会弄破表面的气泡。

两种刮板都可以用温水和洗洁精清洗。塑料刮板请不要放在烤箱或炉灶旁边，以免受热变形。

祝您烘焙愉快！
{{agent_name}}
Lindenleaf Hearth 客户服务
""")
template("zh/banneton/mold", "zh", "藤编发酵篮发霉的原因、处理与预防", """
{{buyer_name}}，您好：

很抱歉您的 {{banneton}} 出现了霉点。藤条是天然材料，如果每次用完后没有完全干透就收起来，残留的面粉和湿气就容易长霉。

处理方法：先用干的硬毛刷把篮子里的面粉全部刷掉，然后放进烤箱，用一百度左右烘三十分钟，或者在太阳下晒一整天。霉点变干后再刷一遍即可。请不要用漂白水，也不要长时间泡水。

以后每次用完，请倒扣放在通风的地方晾一晚，确认摸起来完全干燥再收进柜子。亚麻布内衬可以单独用冷水手洗。

{{agent_name}}
Lindenleaf Hearth 客户服务
""")
template("zh/warranty/claim", "zh", "保修范围及审核所需的资料", """
{{buyer_name}}，您好：

感谢您告诉我们 {{product}} 的问题。这款产品享有 {{warranty_period}}保修，保修范围是材料和做工上的缺陷，例如铸铁开裂、锅盖变形盖不严、把手松动，或者正常使用下发热板不再加热。

以下情况不在保修范围内：日常使用造成的磨损、没有擦干导致的生锈、摔落造成的崩口，以及超过说明书温度上限使用造成的损坏。

为了尽快处理，请回复一张能看清问题的照片，并简单说明第一次发现问题的时间。我们已经为订单 {{order_id}} 建立售后案例 {{case_id}}，收到照片后两个工作日内会给您答复。

{{agent_name}}
Lindenleaf Hearth 客户服务
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

订单 {{order_id}} 中的 {{product}} 已经用过几次了吧？如果方便的话，欢迎在亚马逊上写一条评论，说说您的真实使用感受，好的地方和不足之处都可以写，对其他面包爱好者很有参考价值。

如果使用中遇到任何问题，也可以直接回复这条消息，我们会尽力帮您解决。

{{agent_name}}
Lindenleaf Hearth 客户服务
""")
template("zh/apology/proofer-smell", "zh", "发酵箱初次使用有气味的致歉与说明", """
{{buyer_name}}，您好：

非常抱歉 {{proofer}} 第一次通电时有气味，让您担心了。这种气味来自发热板表面的保护涂层，第一次加热时会挥发，并不是电路故障，对面团和人体都没有影响。

建议您先不放面团，把箱子打开放在通风处，调到最高温度空转一小时左右，气味基本就会散掉。之后用湿布把内壁和底盘擦一遍，晾干后就可以正常使用了。

如果空转两次之后气味依然明显，或者闻到焦味，请立即拔掉电源，并回复这条消息告诉我们。

{{agent_name}}
Lindenleaf Hearth 客户服务
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/dutch-oven/preheat", "zh-tw", "用鑄鐵鍋烤歐式麵包的預熱與步驟", """
{{buyer_name}} 您好：

分享用 {{pot}} 烤麵包的步驟給您參考。請把鍋子連同鍋蓋一起放進烤箱，以攝氏二百五十度預熱四十五分鐘，讓鑄鐵完全熱透。

麵團從冷藏室取出後，倒扣在烘焙紙上，割好紋路，再連同烘焙紙一起放進鍋中。蓋上鍋蓋烤二十分鐘，鍋內的水氣會讓麵團充分膨脹；接著打開鍋蓋，降到攝氏二百三十度，再烤二十到二十五分鐘，直到外皮呈深褐色。

取放鍋子時請務必戴上厚手套，把手和鍋蓋都非常燙。烤完後讓鍋子在爐子上自然冷卻，不要直接沖冷水。

敬祝 烘焙愉快
{{agent_name}}
Lindenleaf Hearth 客服中心
""")
template("zh-tw/lame/blades", "zh-tw", "割紋刀刀片的更換與保存", """
{{buyer_name}} 您好：

{{lame}} 使用一般的雙面刀片，盒內已附十片，用完後可以購買任何標準尺寸的雙面刀片替換。

更換時請捏住刀片兩端沒有刃口的地方，把舊刀片往上取下，再把新刀片的中間孔洞對準固定柱，壓下護蓋直到聽見卡一聲。請不要用手指直接碰觸刃口。

刀片容易受潮生鏽，用完後請擦乾，連同護蓋一起收在乾燥的抽屜裡，並放在小朋友拿不到的地方。

{{agent_name}}
Lindenleaf Hearth 客服中心
""")
template("zh-tw/troubleshoot/burnt-bottom", "zh-tw", "麵包底部烤焦的原因與改善方法", """
{{buyer_name}} 您好：

很抱歉您用 {{pot}} 烤出來的麵包底部焦黑。這通常不是鍋子本身的問題，而是鑄鐵鍋底吸收了太多熱。

您可以試試以下幾個方法：
1. 把烤盤放在鍋子下面一層，替鍋底擋掉一部分下火。
2. 在烘焙紙下面撒一小把粗玉米粉或米粒，讓麵團和鍋底之間多一層空氣。
3. 打開鍋蓋之後，把鍋子移到上一層，或者把溫度再降低攝氏十度。

每臺烤箱的火力都不太一樣，建議每次只調整一項，比較容易找出最適合的做法。

{{agent_name}}
Lindenleaf Hearth 客服中心
""")
template("zh-tw/review/neutral-request", "zh-tw", "中立的評論邀請（每筆訂單一次）", """
{{buyer_name}} 您好：

{{product}}（訂單 {{order_id}}）陪您烤了幾個週末了嗎？等您實際用過一段時間，假如還有空，歡迎到亞馬遜商品頁面寫下心得；不論是滿意的地方還是需要改進之處，我們都很重視。

使用上若有疑問，直接回覆這則訊息即可。

{{agent_name}}
Lindenleaf Hearth 客服中心
""")
