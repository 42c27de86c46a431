# -*- coding: utf-8 -*-
"""Approved template library of t53 (imported by gen.py). Every text written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


SIG_EN = "Rillstone Home Water"
SIG_ZH = "Rillstone 滤水器客服"
SIG_TW = "Rillstone 濾水器客服"

# ------------------------------------------------------------------ English (9)
template("en/pitcher/first-use", "en", "how-to: preparing a new pitcher and cartridge for the first fill", """
Hello {{buyer_name}},

Thank you for your question about setting up your {{product}}. A new cartridge needs about fifteen minutes of preparation before the first glass, because the carbon inside is dry and full of air when it leaves the factory.

Soak the cartridge upright in a bowl of cold tap water for fifteen minutes, then push it firmly into the funnel until the ring on top sits level with the funnel floor. Fill the top reservoir with cold water and let it run through.

Pour away the first two full pitchers; you may see a little grey dust or cloudiness in them, which is loose carbon and harmless. From the third fill on, the water is ready to drink.

Best wishes,
{{agent_name}}
Rillstone Home Water
""")
template("en/cartridge/lifespan", "en", "answering a product question: how long a cartridge lasts and resetting the lid counter", """
Hi {{buyer_name}},

Thanks for asking how long the {{cartridge}} lasts. Each cartridge is rated for {{gallons}} of tap water, which for a household of two or three usually works out at about two months.

Very hard water, or water carrying a lot of sediment, shortens that. The clearest sign is the flow: when a full top reservoir takes more than fifteen minutes to run through, the cartridge is near the end of its life.

The lid counter tracks days since you last reset it, not the water that has passed. After fitting a fresh cartridge, hold the button on the lid for five seconds until all four bars flash, and the count starts again.

All the best,
{{agent_name}}
Rillstone Home Water
""")
template("en/pitcher/slow-flow", "en", "troubleshooting: water filtering very slowly through a pitcher", """
Hello {{buyer_name}},

I'm sorry the water is running through your {{product}} so slowly. When a reservoir takes much longer than ten minutes, there is almost always an air pocket trapped under the cartridge, and it is easy to clear.

1. Take the cartridge out and hold it under the cold tap for thirty seconds.
2. Tap it gently against the side of the sink, a few times on each end, until no more bubbles come out.
3. Soak it in cold water for five minutes, then press it back into the funnel until it clicks.

Always fill the top reservoir with cold water only; warm water swells the carbon and slows it down. If the flow is still slow after these steps, please reply here and we will look at it with you.

Kind regards,
{{agent_name}}
Rillstone Home Water
""")
template("en/faucet/install", "en", "how-to: fitting the faucet filter and choosing the right adapter", """
Dear {{buyer_name}},

Fitting the {{product}} takes about ten minutes and no tools. First unscrew the aerator from the end of your faucet; if it is stiff, wrap it in a cloth for a better grip.

Check whether the thread left on the faucet is on the outside or the inside, then choose the matching adapter from the small bag in the box. The kit contains these adapters: {{adapter_list}}. Screw the adapter on by hand with its rubber washer in place, push the filter body up onto it and turn the collar until it stops.

Run cold water through the filtered setting for five minutes before the first use. Pull-out and spray-head faucets cannot take the filter.

With kind regards,
{{agent_name}}
Rillstone Home Water
""")
template("en/undersink/drip", "en", "troubleshooting: a drip at the under-sink system's connections", """
Hello {{buyer_name}},

I'm sorry to hear about the drip under your sink from the {{product}}. Before anything else, please close the cold-water valve under the sink and put a towel beneath the unit.

Most drips come from one of two places. If water runs along the white tubing, the tube is not fully inside its fitting: press the collet ring in, pull the tube out, trim a few millimetres off square with a sharp knife, and push it back until it passes the second stop, about 15 mm in. If water gathers around the cartridge heads, take each cartridge off, check that its two O-rings are seated and lightly wet, and twist it back on a full quarter turn.

Open the valve slowly and check the joints with a dry tissue after ten minutes. If it still drips, please reply here with a photo of where the water appears.

Sincerely,
{{agent_name}}
Rillstone Home Water
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

Thank you for getting in touch about your {{product}}. The unit carries a {{warranty_period}} limited warranty against defects in materials and manufacture, for example a reservoir seam that splits, a lid hinge that breaks in normal use or a housing that cracks without being dropped.

Cartridges are consumables and are covered only for faults present when they arrive. Damage from boiling or hot water, from a dishwasher cycle or from freezing is not covered.

So that we can look at your claim, please reply in this thread with a few words about what happened and a clear photo of the affected part. Your claim reference is {{case_id}}, linked to order {{order_id}}.

Yours sincerely,
{{agent_name}}
Rillstone Home Water
""")
template("en/apology/carbon-specks", "en", "apology for black specks of carbon in filtered water", """
Dear {{buyer_name}},

I am sorry that you found black specks in the water from your {{product}}. I can see why that would be unsettling in something your family drinks every day.

The specks are small grains of the activated carbon inside the cartridge. They are not mould and not harmful, but they should not keep appearing. They usually come from a cartridge that was not rinsed long enough, or from one whose inner mesh was damaged in production.

We will send you a new cartridge at no charge. Please rinse it under the cold tap for a full minute and discard the first two fills, and tell me if any specks show up after that; I will keep your case open until the water runs clear.

With apologies,
{{agent_name}}
Rillstone Home Water
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for order {{order_id}}. Now that you have been using your {{product}} for a few weeks, would you consider telling other shoppers about it in a review on Amazon?

Reviews help people choose the filter that suits their kitchen and their water, and they show us what to improve. Whatever you thought of it, your honest account is welcome.

Thanks for your time,
{{agent_name}}
Rillstone Home Water
""")
template("en/cartridge/what-it-reduces", "en", "answering a product question: what the cartridge reduces and what it does not", """
Hi {{buyer_name}},

Good question about what the {{cartridge}} does to your water. Its carbon block reduces the chlorine taste and smell of city water, and its ion-exchange beads take out part of the limescale that leaves white marks in kettles. The performance sheet folded inside the box lists each substance it was tested for and the reduction measured.

It is made for treated municipal water. It does not disinfect, so it should not be used with well water or any water that has not already been made safe to drink, and it leaves most minerals such as calcium and magnesium in place.

If your water report lists something specific you are worried about, tell me what it is and I will check the performance sheet for you.

Cheers,
{{agent_name}}
Rillstone Home Water
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/cartridge/replace", "zh", "更换滤芯的步骤", """
{{buyer_name}}，您好：

关于 {{product}} 更换滤芯，请按以下步骤操作：

1. 取下上层水箱，握住旧滤芯顶部的拉环，向上拔出。
2. 把新滤芯竖直浸泡在冷水中十五分钟，直到不再冒气泡。
3. 将新滤芯对准凹槽压入，听到“咔哒”一声即表示装好。
4. 倒掉前两壶过滤出来的水，从第三壶开始即可饮用。

换好后，请长按壶盖上的按键五秒，四格指示灯一起闪烁，计时就会重新开始。

祝生活愉快！
{{agent_name}}
Rillstone 滤水器客服
""")
template("zh/dispenser/cleaning", "zh", "滤水箱的日常清洁", """
{{buyer_name}}，您好：

感谢您咨询 {{product}} 的清洁方法。建议每次更换滤芯时顺便清洗一次水箱，平时两到三周清洗一次即可。

清洗前先取出滤芯，用温和的洗洁精和软海绵清洗水箱、上层漏斗和盖子，再用清水冲净。出水龙头可以拧下来，用小刷子刷一刷内侧。请不要放进洗碗机，也不要用超过四十度的热水，以免塑料变形。

如果水箱内壁出现绿色的藻痕，通常是放在阳光直射的地方造成的，清洗后换一个背光的位置就可以了。

此致
{{agent_name}}
Rillstone 滤水器客服
""")
template("zh/warranty/claim", "zh", "保修范围及判断问题所需的资料", """
{{buyer_name}}，您好：

感谢您的来信。您购买的 {{product}} 享有{{warranty_period}}有限保修，保修范围是材料或制造缺陷，例如水箱接缝开裂、正常使用中壶盖铰链断裂、外壳在没有摔落的情况下出现裂纹。

滤芯属于消耗品，只对到货时已经存在的问题负责。注入开水或热水、放进洗碗机清洗以及结冰造成的损坏，不在保修范围内。

为了尽快处理，请在本对话中简要说明情况，并附上一张能看清问题部位的照片。您的保修编号为 {{case_id}}，对应订单 {{order_id}}。

谨致问候
{{agent_name}}
Rillstone 滤水器客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。使用几周之后，如果您方便，欢迎在亚马逊上写一条评论，谈谈您的实际感受。

不论感受如何，您的评论都能帮助其他顾客挑选适合自己家的滤水产品，也能让我们知道哪里需要改进。谢谢您抽空。

{{agent_name}}
Rillstone 滤水器客服
""")
template("zh/apology/odd-taste", "zh", "过滤后的水有怪味的致歉与处理方法", """
{{buyer_name}}，您好：

很抱歉 {{product}} 过滤出来的水有怪味，让您喝得不放心。新滤芯或新水壶在头几天带一点塑料味或炭味，多数是因为浸泡和冲洗的时间不够。

请把滤芯取出，在冷水中重新浸泡十五分钟，再连续过滤并倒掉三壶水。水壶本身可以用一勺小苏打加温水浸泡半小时，然后用清水冲净。

如果这样处理之后味道仍然明显，请在本对话中告诉我们，我们会另外为您寄一支新滤芯。再次向您致歉。

{{agent_name}}
Rillstone 滤水器客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/indicator/reset", "zh-tw", "濾芯更換指示器的說明與重設", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 壺蓋上的濾芯指示器。指示器是依照天數計算的，每一格約代表兩週，四格全部熄滅時，就表示該更換濾芯了。

更換新濾芯後，請按住壺蓋上的圓形按鍵五秒鐘，等四格燈號一起閃爍兩次再放開，計算就會從頭開始。

如果指示器完全不亮，可能是電池沒電了。壺蓋背面有一個小蓋子，用硬幣轉開即可更換一顆 CR2032 鈕扣電池。

敬祝 順心
{{agent_name}}
Rillstone 濾水器客服
""")
template("zh-tw/faucet/modes", "zh-tw", "龍頭式濾水器三種出水模式的切換", """
{{buyer_name}} 您好：

{{product}} 側面的旋鈕有三個位置：朝前是過濾水，朝下是一般直流水，朝後是花灑水。

飲用和煮飯請使用過濾水；洗碗、洗菜或需要大量用水時，請切換到直流水或花灑水，這樣水不會經過濾芯，可以延長濾芯的使用時間。

請不要讓熱水通過濾水器。要用熱水時，先把旋鈕轉到直流水，再打開熱水。過濾水的水流比直流水細，這是正常現象。

{{agent_name}}
Rillstone 濾水器客服
""")
template("zh-tw/troubleshoot/leak", "zh-tw", "濾水壺倒水時漏水的排除方法", """
{{buyer_name}} 您好：

很抱歉您的 {{product}} 有漏水的情形。請依序試試以下方法：

1. 確認濾芯完全壓入漏斗，濾芯邊緣的矽膠圈沒有翻起或缺口。
2. 檢查上層水箱是否卡好，四周應該沒有縫隙。
3. 上層水箱不要加得太滿，水面比邊緣低一公分即可，否則倒水時會從縫隙溢出。
4. 倒水前請先等上層的水完全過濾完。

如果以上都確認過，壺身仍然滲水，請回覆本訊息並附上一張照片，我們會為您安排下一步。

{{agent_name}}
Rillstone 濾水器客服
""")
template("zh-tw/pitcher/storage", "zh-tw", "過濾水的存放方式與適用水溫", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的存放方式。過濾好的水建議放在冰箱冷藏，並在兩到三天內喝完。水壺寬度約十一公分，可以放進大多數冰箱門邊的置物架。

請只過濾冷水或常溫自來水。超過三十度的溫水或熱水會讓濾芯的活性碳失效，也可能讓壺身變形。

如果一段時間沒有使用，例如出遠門一週以上，回來後請先把前兩壺水倒掉，再開始飲用。

敬祝 安康
{{agent_name}}
Rillstone 濾水器客服
""")
