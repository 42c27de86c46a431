# -*- coding: utf-8 -*-
"""Approved template library of t49 (imported by gen.py). Every text written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (10)
template("en/plants/watering", "en", "answering a product question: how often to water a new plant", """
Hello {{buyer_name}},

Thank you for asking how to water your {{plant_name}}. Rather than following a fixed schedule, push a finger into the compost up to the second knuckle; when it feels dry at that depth, it is time to water.

Water slowly until a little runs out of the drainage holes, then tip away anything left in the saucer after fifteen minutes. Roots sitting in water are the most common reason a healthy plant declines in its first month.

In a warm, bright room this usually works out at about once a week in summer and every two to three weeks in winter, when growth slows right down.

Best wishes,
{{agent_name}}
Brackenfold Botanics
""")
template("en/plants/yellow-leaves", "en", "troubleshooting: yellowing leaves", """
Hi {{buyer_name}},

I'm sorry to hear the leaves on your {{plant_name}} are turning yellow. One or two of the oldest, lowest leaves fading is normal while a plant settles into a new home, and you can snip them off at the base once they are fully yellow.

If several leaves are yellowing at once, the cause is usually the watering:
1. Soft yellow leaves and damp compost point to too much water. Let the top third of the pot dry out before the next drink.
2. Crisp yellow leaves with brown tips, and compost shrinking away from the sides of the pot, point to too little.
3. Check that the inner pot has drainage holes and is not standing in a cover pot full of water.

Give the plant two to three weeks after any change; the new growth will show you whether it is happier.

Kind regards,
{{agent_name}}
Brackenfold Botanics
""")
template("en/lights/setup", "en", "how-to: hanging height and daily timer for a grow light", """
Dear {{buyer_name}},

Thanks for your question about setting up the {{product}}. For leafy houseplants, fix the light {{light_height}} above the top leaves; seedlings and succulents can sit a little closer, while ferns and calatheas prefer a little more distance.

Most houseplants do best with 12 to 14 hours of light a day. Press the clock button on the controller to choose a 4, 8 or 12 hour cycle. The light then comes on at the same time every day, so set it at the hour you want it to start.

If the leaves nearest the light start to look bleached or pale, raise the light or turn the brightness down by one step.

With best regards,
{{agent_name}}
Brackenfold Botanics
""")
template("en/fertiliser/dosage", "en", "product help: how much liquid feed to use and how often", """
Hi {{buyer_name}},

Thank you for your message about {{product}}. Add {{dose}} to one litre of water and use it in place of a normal watering, never on bone-dry compost.

Feed every two weeks from March to September, while the plant is putting out new leaves. From October to February most houseplants are resting, so once a month is plenty, or you can stop altogether.

A white crust on the surface of the compost means salts are building up. Every couple of months, water with plain water until it runs freely from the bottom to rinse them through.

Happy growing,
{{agent_name}}
Brackenfold Botanics
""")
template("en/plants/pets", "en", "answering a product question: whether a plant is safe around cats and dogs", """
Hello {{buyer_name}},

Thanks for checking before the {{plant_name}} goes within reach of your pets. It is listed as {{pet_status}} for cats and dogs by the main animal-welfare charities.

Whatever the listing, a pet that chews through a lot of leaves can end up with an upset stomach, so it is still best to keep the pot where your cat or dog cannot reach it, such as a high shelf or a hanging planter.

If you ever think your pet has eaten part of a plant and seems unwell, please ring your vet straight away and tell them the name of the plant.

Kind regards,
{{agent_name}}
Brackenfold Botanics
""")
template("en/soil/mix-choice", "en", "answering a product question: which compost mix suits which plant", """
Hi {{buyer_name}},

Thanks for asking which compost suits your {{plant_name}}. {{mix_name}} is the one we would choose for it.

Our Aroid Mix is chunky, with orchid bark, coir and perlite, and suits monsteras, philodendrons, pothos and other climbers whose roots need plenty of air. The Cactus Mix is gritty and drains within seconds, which is right for succulents, cacti and snake plants. The Everyday Mix holds more moisture and suits calatheas, ferns and peace lilies.

All three are peat-free and ready to use straight from the bag, so there is no need to add anything else.

Best wishes,
{{agent_name}}
Brackenfold Botanics
""")
template("en/warranty/grow-light", "en", "what the grow light warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

Thank you for getting in touch about your {{product}}. The light comes with a {{warranty_period}} warranty against defects in parts and workmanship, for example LEDs that stop lighting, a timer that no longer keeps its cycle or a controller that will not switch on.

Damage from water spray, a cut or crushed cable, or use with a different power adapter is not covered.

To look into this, please reply here with a few words about what happens and a photo or short video of the light switched on. Your case reference is {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Brackenfold Botanics
""")
template("en/apology/droop", "en", "apology for a plant that is drooping after arrival, with settling-in care", """
Dear {{buyer_name}},

I'm really sorry your {{plant_name}} looks so unhappy after its journey. Two or three days in a dark box is hard on any plant, and drooping or curled leaves on arrival are a sign of stress rather than of a plant that is failing.

Please give it a bright spot out of direct sun, away from radiators and draughts, and water only if the compost feels dry. Hold off on repotting and feeding for at least three weeks while it recovers.

Most plants perk up within a week. If yours has not improved by then, send us a photo in this thread and we will work out the next step together.

With apologies,
{{agent_name}}
Brackenfold Botanics
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope your order {{order_id}} arrived safely and that the {{product}} has settled in. When you have a moment, you are welcome to write a review on Amazon about how it has worked out for you.

Reviews give other plant lovers a clearer picture before they buy, and we read them to learn what we could do better. We appreciate your honest view, whatever it is.

Many thanks,
{{agent_name}}
Brackenfold Botanics
""")
template("en/pests/gnats", "en", "troubleshooting: small flies (fungus gnats) around the compost", """
Hello {{buyer_name}},

Thank you for letting us know about the small flies around your {{plant_name}}. These are almost certainly fungus gnats. They are a nuisance rather than a danger to the plant, and their larvae live in the top layer of damp compost.

1. Let the top five centimetres of compost dry out completely between waterings; the larvae cannot survive in dry compost.
2. Stand a yellow sticky trap at soil level to catch the adults.
3. Water from below for a few weeks so that the surface stays dry.

Keep this up for three to four weeks to cover a full life cycle, and the flies should disappear.

Best regards,
{{agent_name}}
Brackenfold Botanics
""")

# ------------------------------------------------------------------ Simplified Chinese (6)
template("zh/plants/winter-care", "zh", "冬季养护：位置、温度、浇水与施肥", """
{{buyer_name}}，您好：

感谢您咨询{{plant_name}}过冬的问题。冬天室内光照变弱，植物生长放缓，养护方法也要跟着调整：

1. 把植物移到离窗户近一些的地方，但叶片不要贴着冰冷的玻璃。
2. 室温尽量保持在十二度以上，并远离暖气片和空调出风口。
3. 浇水间隔比夏天延长一倍左右，等盆土表层干透再浇，最好用室温的水。
4. 十月到次年二月停止施肥，等春天长出新叶再恢复。

冬季掉一两片老叶属于正常现象，不必担心。

祝您养护顺利！
{{agent_name}}
Brackenfold 植物店客服
""")
template("zh/lights/modes", "zh", "补光灯的光色模式与亮度档位", """
{{buyer_name}}，您好：

感谢您询问 {{product}} 的灯光模式。控制器上的“模式”键可以在三种光色之间切换：全光谱白光适合大多数观叶植物，看起来也最自然；红蓝光更适合育苗和开花期；暖白光偏黄，适合放在客厅或卧室。

每按一次“亮度”键调整一档，一共五档。植物离灯三十厘米以内时，建议从第二或第三档开始，观察一周后再调整。

断电后灯具会记住上次使用的模式和亮度，重新通电后不需要再设置。

此致
{{agent_name}}
Brackenfold 植物店客服
""")
template("zh/plants/cuttings", "zh", "藤本植物的水培扦插", """
{{buyer_name}}，您好：

{{plant_name}}很容易用枝条扦插繁殖。请选一段带两到三片叶子的健康枝条，用干净的剪刀在叶节下方约一厘米处剪下。叶节就是叶柄与茎相连、带有小凸起的地方。

把枝条插进装有清水的玻璃瓶，让叶节没入水中，叶片留在水面以上。放在明亮的散射光下，每隔四五天换一次水。

大约三到五周后，叶节处会长出白色的新根。等根长到五厘米左右，就可以种进湿润的盆土里，头两周保持土壤微湿。

祝您扦插成功！
{{agent_name}}
Brackenfold 植物店客服
""")
template("zh/warranty/grow-light", "zh", "补光灯保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 享有{{warranty_period}}保修，范围包括零件和做工方面的问题，例如灯珠不亮、定时功能失灵或控制器无法开机。

因喷水淋湿、电源线被剪断或压坏、使用非原装电源适配器造成的损坏，不在保修范围内。

为了尽快判断问题，请在本对话中简单描述故障情况，并附上灯具通电时的照片或短视频。您的售后编号为 {{case_id}}，对应订单 {{order_id}}。

谨致问候
{{agent_name}}
Brackenfold 植物店客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您在本店购买 {{product}}（订单号 {{order_id}}）。如果方便的话，欢迎您在亚马逊上写一条评论，讲讲它这段时间的实际情况。

您的真实看法，无论好坏，都能让其他植物爱好者在购买前了解得更清楚；每一条评论我们也都会认真阅读。

谢谢您！
{{agent_name}}
Brackenfold 植物店客服
""")
template("zh/apology/leaf-drop", "zh", "到货后落叶的致歉与缓苗建议", """
{{buyer_name}}，您好：

很抱歉{{plant_name}}到货后掉了好几片叶子，让您担心了。植物在运输途中要在纸箱里待两三天，换到新环境后掉一些叶子是常见的应激反应，并不代表植株出了大问题。

请把它放在明亮但没有阳光直射的地方，避开暖气和风口。盆土摸起来干了再浇水，三周内先不要换盆，也不要施肥。

一般一到两周内就会稳定下来，顶端开始冒出新芽。如果两周后仍在大量落叶，请在本对话中发几张照片给我们，我们会继续跟进。再次向您致歉。

{{agent_name}}
Brackenfold 植物店客服
""")

# ------------------------------------------------------------------ Traditional Chinese (5)
template("zh-tw/pots/self-watering", "zh-tw", "自動吸水盆的棉芯與儲水槽使用方式", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的使用方式。請先把棉芯穿過內盆底部的孔，讓下方留出約五公分，再照平常的方式上盆，棉芯的另一端要埋進土中。

頭兩週請從上方澆水。等根系往下長到棉芯附近，再改從側邊的注水口把水加進儲水槽，直到水位浮標顯示滿水。

浮標降到底之後，先讓盆土乾一兩天再加水。這段短暫的乾燥期能讓根部透氣，避免土壤長期濕悶。

{{agent_name}}
Brackenfold 植栽客服
""")
template("zh-tw/soil/repotting", "zh-tw", "換盆的時機與步驟", """
{{buyer_name}} 您好：

換盆最好在春天到初夏進行，這時植物生長旺盛，恢復得比較快。新盆只要比舊盆大{{pot_step}}就好；盆太大會積存過多濕土，反而容易爛根。

使用 {{product}} 前，請先稍微噴濕，因為完全乾燥的樹皮和珍珠石之後很難吸水。把植株從舊盆取出，輕輕撥開底部盤繞的根，種在和原本相同的深度。

在根團周圍填土，用手指輕壓即可，不要用力壓實。澆一次透水，之後等表層幾公分的土乾了再澆。

敬祝 園藝愉快
{{agent_name}}
Brackenfold 植栽客服
""")
template("zh-tw/pests/mites", "zh-tw", "紅蜘蛛的辨識與處理", """
{{buyer_name}} 您好：

從您描述的葉面細小斑點和葉背的細絲來看，{{plant_name}}很可能長了紅蜘蛛。紅蜘蛛喜歡乾燥溫暖的環境，冬天開暖氣時特別常見。

1. 先把這盆植物和其他盆栽隔開，避免擴散。
2. 用蓮蓬頭以微溫的清水沖洗葉片正反兩面，連續三天，每天一次。
3. 之後每週用沾濕的軟布擦拭葉背，並提高周圍的濕度。

持續處理三到四週，新長出的葉片沒有斑點，就表示已經控制住了。

{{agent_name}}
Brackenfold 植栽客服
""")
template("zh-tw/plants/humidity", "zh-tw", "空氣乾燥造成葉緣焦枯的處理", """
{{buyer_name}} 您好：

{{plant_name}}的葉緣變得焦黃捲曲，通常是空氣太乾所致。這類植物原生在潮濕的森林底層，喜歡百分之五十以上的濕度，而開著冷氣或暖氣的房間常常只有三成左右。

您可以把盆栽放在鋪了小石子並加了水的淺盤上，盆底不要直接碰到水；也可以把幾盆植物集中擺放，讓彼此的水氣提高濕度。浴室或廚房附近明亮的位置也很合適。

已經焦掉的葉緣不會再轉綠，可以用乾淨的剪刀沿著葉形修掉，只要不剪到健康的綠色部分即可。

敬祝 園藝愉快
{{agent_name}}
Brackenfold 植栽客服
""")
template("zh-tw/review/neutral-request", "zh-tw", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

謝謝您選購 {{product}}（訂單編號 {{order_id}}）。等植物在您家安頓一段時間後，若您願意，歡迎到亞馬遜留下評論，分享實際的使用心得。

不論心得如何，都能幫助其他買家判斷是否適合自己，我們也會從中學習改進。感謝您撥冗。

{{agent_name}}
Brackenfold 植栽客服
""")
