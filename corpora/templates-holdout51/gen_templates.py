# -*- coding: utf-8 -*-
"""Approved template library of t51 (imported by gen.py). Every text written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


SIG_EN = "Furrowdale Grooming Supply"
SIG_ZH = "Furrowdale 宠物美容用品客服"
SIG_TW = "Furrowdale 寵物美容用品客服"

# ------------------------------------------------------------------ English (9)
template("en/clipper/blades", "en", "answering a product question: which blade or guide comb for the coat length", """
Hello {{buyer_name}},

Thanks for your question about blades for the {{product}}. The number on a blade tells you how much coat it leaves behind: the higher the number, the shorter the cut. A #10 leaves roughly 1.5 mm and is the usual choice for the belly, the paw pads and the hygiene areas, while a #7F leaves about 3 mm and gives a short, even body clip.

For a longer, fluffier finish, keep a #30 blade on the clipper and snap one of the plastic guide combs over it. The combs run from 1/8 inch to 1 inch, and the size printed on each comb is the length of coat that stays on your pet.

Clip in the direction the hair grows on the first pass, and touch the blade to the inside of your wrist every few minutes. If it feels hot, swap to a cool blade or give it a short rest before you carry on.

Best wishes,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/clipper/care", "en", "how-to: cleaning and oiling the clipper blade", """
Dear {{buyer_name}},

A few minutes of care after each groom keeps the {{product}} cutting smoothly and quietly.

1. Switch the clipper off and sweep the loose hair out from between the blade teeth with the small brush in the case.
2. Leave the blade attached, switch the clipper on and dip only the teeth into blade wash for five to eight seconds, then wipe them dry.
3. Put three drops of clipper oil across the teeth and one drop on each side of the blade, let the clipper run for ten seconds, and wipe away the excess.

During a long groom, oil the blade again every twenty minutes or so, because a dry blade heats up fast and starts to drag. With regular home use a blade needs sharpening after four to six months; if it still leaves uneven lines straight after oiling, it is ready for the sharpener.

With kind regards,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/clipper/charging", "en", "product help: cordless runtime and charging", """
Hi {{buyer_name}},

Thank you for your message about the battery in your {{product}}. A full charge gives about {{runtime}} of cutting on the low speed, and a little less on the high speed or on a thick, matted coat.

The display on the side of the handle shows four bars. When the last bar starts to flash there are roughly ten minutes left, which is usually enough to finish the feet and the face.

Charging from empty takes about 90 minutes on the stand. You can also plug the cable straight into the handle and keep working while it charges, so a long groom never has to stop halfway. Storing the clipper with the battery around half full helps the cells last longer.

All the best,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/grinder/first-use", "en", "how-to: getting a nervous dog used to the nail grinder", """
Hello {{buyer_name}},

Plenty of dogs are wary of a nail grinder at first, so it pays to take the first week slowly with the {{product}}.

Begin by switching the grinder on at low speed a little way from your dog while you hand over a treat, then switch it off again. Over the next few days, let your dog sniff the grinder while it hums, and rest the body of the grinder (never the drum) against each paw.

Once your dog is relaxed, hold one toe firmly, push the fur back and touch the drum to the tip of the nail for one or two seconds at a time. Work from underneath and slightly in front of the nail, and stop well short of the pink quick on pale nails or the moist dark dot that shows in the middle of dark nails.

Kind regards,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/shampoo/dilution", "en", "answering a product question: diluting and using the shampoo concentrate", """
Dear {{buyer_name}},

Thank you for asking how to use the {{product}}. It is a concentrate, so please dilute it before the bath: mix {{ratio}} in a squeeze bottle and swirl it gently so it does not foam up.

Soak the coat right down to the skin with lukewarm water first. Apply the diluted shampoo along the back, work it in against the lie of the hair with your fingertips or a rubber curry brush, and leave it on for three to five minutes.

Rinse until the water runs clear and the coat squeaks between your fingers; shampoo left in the coat is the most common reason for itching after a bath. Keep it away from the eyes, and tuck a cotton ball into each ear if your pet dislikes water there.

Warm regards,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/table/setup", "en", "answering a product question: setting up the grooming table and arm safely", """
Hi {{buyer_name}},

Here is how to set up the {{product}} safely. Open the legs fully until each brace locks with a click, then stand the table on a level floor and press on each corner to check that it does not rock. The ribbed rubber top goes face up.

Slide the grooming arm into the clamp on the short side of the table and tighten the knob by hand. Set the arm so the loop sits high on the neck, just behind the ears, with enough slack for your pet to stand comfortably but not enough to step off the edge.

Please never leave a pet alone on the table, even with the loop in place, and always slip the loop off before you lift your pet down. The table is rated for up to {{max_load}}.

Take care,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/warranty/claim", "en", "what the tool warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

I'm sorry to hear your {{product}} is giving you trouble. Every Furrowdale powered tool carries a {{warranty_period}} limited warranty. It applies when something fails in normal use because of how the tool was made: a motor that cuts out, a switch that stops working, or a battery that no longer holds its charge.

Parts that wear with use, such as blades, grinding bands and brush heads, are not included, and neither is damage from a fall, from liquid inside the housing, or from the tool having been opened by someone else.

To get your claim moving, please answer this message with a few words about the fault and, if you can, a short video of the tool switched on. We have opened case {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/apology/dryer-cold", "en", "apology for a dryer that blows only cold air", """
Dear {{buyer_name}},

I am truly sorry that your {{product}} is blowing only cold air. After a bath that makes drying slow and chilly for your pet, and it is not what anyone should get from a brand-new dryer.

If the heat switch is on warm or hot and the air still feels cold after a minute of running, either the heating element or its thermal cut-out has failed. That is a fault inside the unit, so there is nothing for you to adjust or test at home.

We will send you a replacement dryer free of charge. Please reply to confirm that the delivery address on the order is still right, and I will keep your case open until the new dryer is running properly.

With apologies,
{{agent_name}}
Furrowdale Grooming Supply
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for shopping with us (order {{order_id}}). Now that you have had a chance to use the {{product}} on a groom or two, would you consider writing a review on Amazon about how it went?

Other pet owners read reviews to work out which tools suit their animals, and what you write also shows us what to improve. We welcome your honest view, whatever it is.

Many thanks,
{{agent_name}}
Furrowdale Grooming Supply
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/brush/slicker", "zh", "针梳的握法与梳开毛结", """
{{buyer_name}}，您好：

感谢您询问 {{product}} 的用法。针梳的钢针很细，请像握铅笔一样轻轻握住手柄，用手腕带动梳子，让梳面贴着毛发平着拉过去，不要往皮肤上用力压。

梳的时候用一只手把毛发分开，露出贴近皮肤的那一层，从下往上一层一层地梳，底层的绒毛才能梳到。遇到毛结，先用手指把毛结轻轻撕松，再用针梳从毛结的末端开始，一点一点向毛根方向梳开。

梳完后按一下手柄上的按钮，钢针会缩回去，梳下来的毛就能整片取下。

祝您和毛孩子相处愉快！
{{agent_name}}
Furrowdale 宠物美容用品客服
""")
template("zh/dryer/settings", "zh", "吹水机的风速、温度档位与风嘴", """
{{buyer_name}}，您好：

关于 {{product}} 的档位设置，说明如下：

1. 风速旋钮共有五档。小型犬、猫咪和胆小的宠物建议从一档开始，吹头部和脚掌时保持在一到两档。
2. 温度开关分为常温、温风和热风三档。大多数宠物用温风就够了；热风只适合毛量很厚的大型犬，出风口要离皮肤二十厘米以上。
3. 先装扁嘴风嘴，把大部分水分吹掉，再换成圆形风嘴，顺着毛发生长的方向吹出蓬松的效果。

每次用完请拔下电源，取出进风口的过滤棉，拍掉上面的浮毛，保持进风顺畅。

此致
{{agent_name}}
Furrowdale 宠物美容用品客服
""")
template("zh/warranty/claim", "zh", "电动工具的保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

很抱歉 {{product}} 给您添了麻烦。我们的电动美容工具都提供{{warranty_period}}有限保修，凡是在正常使用中因制造原因出现的故障，例如电机不转、开关失灵、电池充不进电，都在保修范围内。

刀头、磨头和刷头属于易耗件，不在保修范围内；摔落、机身进液体或经他人拆修造成的损坏也不予保修。

为了尽快判断问题，请在本对话中简单说明故障情况，方便的话再附一段工具开机运转的短视频。我们已为订单 {{order_id}} 建立案例，编号 {{case_id}}。

谨致问候
{{agent_name}}
Furrowdale 宠物美容用品客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您在本店购买 {{product}}（订单号 {{order_id}}）。给毛孩子用过一两次之后，如果您愿意，可以在亚马逊上写一篇评论，说说实际用起来怎么样。

不论感受好坏，您的评论都能帮助其他宠物主人判断这件工具适不适合自家的宠物，也能让我们知道哪里需要改进。谢谢您抽空阅读。

{{agent_name}}
Furrowdale 宠物美容用品客服
""")
template("zh/apology/clipper-pull", "zh", "电推剪拉扯毛发的致歉与处理方法", """
{{buyer_name}}，您好：

非常抱歉 {{product}} 在修剪时拉扯毛发，让您的宠物受了委屈。推剪拉毛多半是刀头缺油，或者碎毛卡在上下刀片之间造成的，不一定是机器坏了。

请先关机，取下刀头，用小刷子清掉刀片之间的碎毛，再在刀齿上滴三滴专用润滑油，开机空转十秒后擦掉多余的油。修剪前也请确认毛发已经完全吹干、梳通，湿毛和打结的毛最容易卡住刀头。

如果这样处理后仍然拉毛，请在本对话中告诉我们您用的是几号刀头，我们会继续协助您。再次向您致歉。

{{agent_name}}
Furrowdale 宠物美容用品客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/shampoo/sensitive", "zh-tw", "低敏洗毛精的稀釋、使用與沖洗", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的用法。這款洗毛精不含香精與色素，適合皮膚容易發癢的毛孩，使用前請先以一比六的比例加溫水稀釋。

洗澡時先用溫水把毛髮徹底打濕到皮膚，再把稀釋好的洗毛精從背部往四肢抹開，用指腹輕輕按摩，停留五分鐘讓成分發揮作用。

最後請用清水沖洗到毛髮摸起來不再滑膩為止，殘留的洗毛精反而容易引起搔癢。如果皮膚出現紅腫，請暫停使用並諮詢獸醫。

{{agent_name}}
Furrowdale 寵物美容用品客服
""")
template("zh-tw/grinder/speed", "zh-tw", "磨甲器的速度檔位與磨甲方式", """
{{buyer_name}} 您好：

{{product}} 有兩段速度。低速適合小型犬、貓咪和第一次磨甲的毛孩，高速適合指甲又厚又硬的大型犬。

磨甲時請用拇指和食指固定腳趾，把周圍的毛撥開，讓磨頭從指甲下方斜斜碰觸指甲尖端，每次一到兩秒就移開，避免摩擦發熱。淺色指甲看到粉紅色的血線就要停，深色指甲磨到切面中央出現濕潤的深色小點時也該停止。

磨頭的砂環用久了會變平滑，大約磨二十次腳掌就該更換一次。

{{agent_name}}
Furrowdale 寵物美容用品客服
""")
template("zh-tw/brush/rake", "zh-tw", "換毛季使用除毛耙梳出底層廢毛", """
{{buyer_name}} 您好：

換毛季節到了，{{product}} 可以幫您把雙層毛狗狗和貓咪底層的廢毛梳出來。使用前請先用寬齒梳把表層毛梳順，確認沒有打結。

使用時讓耙齒垂直插入毛髮，順著毛流方向短距離拉出，每個部位梳三到五次就好，不需要梳到完全沒有掉毛為止。尾巴、腋下和耳後的皮膚比較薄，請放輕力道。

換毛高峰期每週梳兩到三次，平常每週一次即可。梳完後用手指從耙齒根部往外推，就能把廢毛清乾淨。

{{agent_name}}
Furrowdale 寵物美容用品客服
""")
template("zh-tw/table/height", "zh-tw", "美容桌的高度調整與安全繩使用", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的高度調整。每支桌腳內側都有一個彈簧卡榫，按下卡榫就能把桌腳拉長或縮短，共有三段高度，請確認四支桌腳調到同一段，並聽到卡住的聲音。

吊桿的夾具要鎖在桌面較短的一側，安全繩套在毛孩脖子偏高、耳朵後方的位置，長度以毛孩能站穩、但走不到桌邊為準。

美容過程中請不要讓毛孩單獨留在桌上，抱下來之前也請先解開安全繩。

{{agent_name}}
Furrowdale 寵物美容用品客服
""")
