# -*- coding: utf-8 -*-
"""Approved template library of t64 (imported by gen.py). Every text here was written for this set.

Seller (invented): Wrenbury Turfworks, robot lawn mowers, boundary wire kits, garden trimmers,
their batteries and their blades.
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
template("en/mower/boundary-install", "en", "how-to: laying the boundary wire", """
Hello {{buyer_name}},

Thanks for your question about laying the boundary wire from your {{kit}}. Start at the charging station and walk the wire around the lawn clockwise, keeping it about 14 inches from any wall, fence or raised bed and about 4 inches from a path that sits level with the grass. Pin it down every 30 inches, and more often where the ground dips, so the mower cannot snag it.

Flower beds, trees and ponds in the middle of the lawn become islands: run the wire out to the obstacle, around it, and back along the same route, with the outgoing and returning lengths touching under the same pegs. The mower ignores a doubled length, so it will cut straight across it.

Once the loop is closed, push both ends into the station terminals and look at the indicator on the station. Solid green means the signal is complete; a blinking light means the loop is open somewhere. Grass usually grows over the wire within a few weeks.

Best regards,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/mower/blade-change", "en", "how-to: fitting new blades on a robot mower", """
Hi {{buyer_name}},

Fitting fresh blades on your {{mower}} takes about ten minutes. First turn the mower off with the main switch underneath and put on work gloves; the blades are small but very sharp.

Lay the mower upside down on something soft, such as a folded towel. Undo the single screw that holds each blade with a small Phillips screwdriver, lift the old blade off, and seat the new one with the printed side facing you. Tighten the screw until it is snug, then check that the blade still swings freely around it. A blade that cannot pivot will chip the first time it meets a stone.

Change all three blades together so that the cutting disc stays balanced. Depending on the lawn, an edge stays sharp for four to eight weeks of mowing; grass tips that look torn or ragged tell you it is time.

Kind regards,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/troubleshoot/wire-signal", "en", "troubleshooting: the mower reports no loop signal", """
Hello {{buyer_name}},

Sorry to hear that your {{mower}} keeps showing the "No loop signal" message. Nearly always, this means the boundary wire has been broken somewhere along the loop, often by a spade, an edging tool or a digging animal.

Please begin at the charging station. If its indicator blinks instead of staying solid green, unplug both wire ends, wipe the connectors clean and press them back into the terminals until they click. Make sure the power supply is plugged in as well and that its own light is on.

If the light keeps blinking, walk along the wire and look for a cut, a sharp kink or a joint that has come apart. Mend a break with one of the waterproof connectors supplied with the kit rather than twisting the ends together under tape, which lets damp in. When the loop is whole again, the station light goes solid green and the mower carries on by itself.

Regards,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/trimmer/line-reload", "en", "how-to: reloading line in a bump-feed trimmer head", """
Dear {{buyer_name}},

Reloading the line on your {{trimmer}} is quick once you have done it once. Take the battery out first. Then turn the top of the bump head until the arrow on it points at the arrow beside one eyelet; the hole through the spool now lines up with both eyelets.

Cut about 13 feet of 0.080-inch line and push it straight through until the same length sticks out on each side. Turn the knob on the head in the direction marked on it, and the line winds itself onto the spool. Stop when roughly 6 inches are left on each side.

If the line melts together on hot days, soaking the spool in water for an hour before you trim helps. Line thicker than 0.095 inch will not feed through this head properly.

With best wishes,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/battery/charging", "en", "product help: charging a trimmer battery", """
Hi {{buyer_name}},

Charging the {{battery}} is straightforward. Slide it onto the charger until you hear a click. The four lights on the battery fill up as it charges, and the charger light changes from flashing green to steady green when it is full, which takes about {{charge_time}} from empty.

A flashing red light on the charger means the battery is too warm or too cold to charge safely, which often happens straight after hard work on a hot afternoon. Just leave it in place; charging begins by itself once the cells are between 41 and 104 degrees Fahrenheit.

You do not need to run the battery down before recharging, and it can stay on the charger overnight, because the charger switches off when it is done. At the end of the season, keep it indoors with two or three lights showing.

All the best,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/mower/winter-storage", "en", "product help: putting a robot mower away for winter", """
Hello {{buyer_name}},

Here are the steps for laying up your {{mower}} over the winter. Before the first hard frost, charge it fully, brush the clippings off the underside and the wheels, and wipe the body with a damp cloth. Please do not hose it down or use a pressure washer on it.

Turn it off with the main switch and keep it somewhere dry that does not freeze, such as a garage or a basement, resting on its wheels. Unplug the power supply of the charging station and bring that indoors too; the station base and the wire can stay in the garden.

In spring, fit fresh blades, put the power supply back, and check that the signal light on the station is solid green before the first run. The mower picks up the schedule it was following last year.

Best wishes,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/warranty/coverage", "en", "warranty scope and the details needed to look at a fault", """
Dear {{buyer_name}},

We are sorry to hear about the trouble with your {{product}}. Its warranty runs for {{warranty_period}} from delivery and covers manufacturing faults, for example a drive motor that stops turning, a circuit board that fails, a charging station that no longer sends its signal, or a battery that loses most of its capacity in ordinary use.

Blades, trimmer line, wheels worn down by use, and damage caused by lightning, flooding, lawn chemicals or repairs carried out by someone else fall outside it.

So that we can assess the fault, please reply in this conversation with the serial number printed on the rating plate and a short video that shows what happens. Your case number is {{case_id}}, linked to order {{order_id}}.

Yours sincerely,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/review/neutral-request", "en", "neutral review invitation, one per order at most", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} is settling in well. When you have had a few weeks with it, you are welcome to write a review on Amazon about how it has worked for you.

Lawns, slopes and weather vary a great deal, so other gardeners find accounts of everyday use very useful when they choose. Whatever you decide to write, we will read it and take it into account.

Warm regards,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")
template("en/apology/missed-patches", "en", "apology and explanation: the mower leaves uncut patches", """
Hello {{buyer_name}},

We are sorry to hear the {{mower}} is leaving uncut patches on your lawn. After waiting for a tidy lawn, it is frustrating to find tufts standing up in the same places.

A robot mower travels in random lines, so the grass looks uneven for the first two to three weeks and levels out as the mower passes over it again and again. If the same corners are still long after that, the usual causes are a passage narrower than 24 inches that the mower cannot get through, wire laid too far from the edge, or a schedule with too few hours for the size of the lawn.

Please reply with a rough sketch or a photo of the area it misses, and tell us the mowing hours set in the app. We will go over the layout with you and suggest what to change.

With apologies,
{{agent_name}}
Wrenbury Turfworks Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/mower/rain-sensor", "zh", "雨天工作方式与雨水感应设置", """
{{buyer_name}}，您好：

关于 {{mower}} 在雨天的工作方式，说明如下：机身顶部有一对雨水感应片，检测到雨水后，割草机会停止割草并自动返回充电站，雨停后还要再等您设定的延迟时间才会重新出发。

延迟时间可以在应用的“天气”页面调整，默认是三小时。草地积水或者土壤比较松软时，建议把延迟时间调长一些，以免轮子压出车辙。如果希望下小雨时也照常工作，可以关闭雨水感应，不过机器在湿草上容易打滑，割出来的效果也会差一些。

请定期用湿布擦一擦感应片，上面积满草屑时，割草机可能会误以为在下雨。

祝您生活愉快！
{{agent_name}}
Wrenbury 割草机器人客服
""")
template("zh/mower/anti-theft", "zh", "防盗密码与报警功能", """
{{buyer_name}}，您好：

{{mower}} 带有防盗功能，使用方法如下。首次开机时设置的四位数 PIN 码就是防盗密码。割草机被抬离地面超过十秒，或者被带出边界线范围时，如果没有输入 PIN 码，机器会鸣响警报并自动锁定，无法继续使用。

PIN 码可以在应用的“安全”页面修改，修改前需要先输入旧密码。如果忘记了 PIN 码，请回复机身底部标签上的序列号，核实之后我们会协助您重置。

另外，建议在应用里打开位置提醒，割草机离开草坪时，手机会收到通知。

此致
{{agent_name}}
Wrenbury 割草机器人客服
""")
template("zh/hedge/blade-care", "zh", "绿篱机刀片的清洁与保养", """
{{buyer_name}}，您好：

{{trimmer}} 的刀片，日常可以这样保养：

1. 每次用完先取下电池，再用软毛刷清掉刀片上的树叶和碎枝。
2. 刀片上沾了树汁时，用湿布蘸一点温肥皂水擦干净，然后彻底擦干。
3. 在上下两片刀片之间滴几滴润滑油，装回电池空转几秒钟，让油均匀分布。

收纳时请套上随机附带的刀片护套，挂在干燥的地方，不要和其他工具堆在一起。修剪超过两厘米粗的枝条容易让刀口变钝甚至崩口，这类枝条请改用修枝剪。

{{agent_name}}
Wrenbury 割草机器人客服
""")
template("zh/warranty/coverage", "zh", "质保涵盖哪些故障、需要买家提供什么", """
{{buyer_name}}，您好：

收到您的消息了。您购买的 {{product}} 自签收之日起享有{{warranty_period}}质保。质保期内因制造原因出现的故障，例如驱动电机停转、主板损坏、充电站没有信号、正常使用下电池容量明显下降，我们都会负责处理。

刀片、打草绳、正常磨损的轮胎，以及雷击、水淹、草坪化学品腐蚀或者非本公司人员维修引起的损坏，质保不予覆盖。

方便的话，请直接回复机身铭牌上的序列号，并附一段能看到故障现象的短视频，以便我们判断原因。本次售后编号为 {{case_id}}，对应订单 {{order_id}}。

顺祝商祺
{{agent_name}}
Wrenbury 割草机器人客服
""")
template("zh/review/neutral-request", "zh", "中立的评论邀请，每单最多发一次", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 在您家用得顺手。使用几周以后，如果您愿意，欢迎到亚马逊的商品页面留下评论，说说它在您家草坪上的实际表现。

每家的草坪面积、坡度和天气都不一样，真实的使用记录对其他买家很有参考价值。不论您写什么，我们都会认真看。

{{agent_name}}
Wrenbury 割草机器人客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/mower/slope", "zh-tw", "斜坡與邊界線的坡度限制", """
{{buyer_name}} 您好：

關於 {{mower}} 能不能應付院子裡的斜坡，說明如下。這款機型在草坪內部最多可以爬上百分之三十五的坡度，但邊界線經過的地方，坡度最好不要超過百分之十五，否則機器在邊緣轉彎時可能滑出界外。

如果斜坡比較陡，可以把邊界線往平坦處內縮大約一公尺，或在坡底另外圍出一個區域。草地潮濕時輪子容易打滑，建議把割草時段安排在下午草乾了以後。

測量坡度有個簡單的方法：在坡上放一根一公尺長的木條，把低的一端墊高到木條水平，墊高的高度如果是三十五公分，坡度就是百分之三十五。

{{agent_name}}
Wrenbury 割草機器人客服
""")
template("zh-tw/mower/cutting-height", "zh-tw", "割草高度的調整方式", """
{{buyer_name}} 您好：

{{mower}} 的割草高度可以在二到六公分之間調整。打開機身上方的蓋子，就能看到中央的高度旋鈕，順時針轉是調高，逆時針轉是調低，旁邊的刻度會顯示目前的高度。

剛開始使用時，如果草已經長得很高，請先用一般割草機把草割到八公分以下，再交給機器人維護。之後每週調低一格，慢慢降到想要的高度，草坪比較不會出現一塊塊發黃的情形。

夏天炎熱乾燥的時候，建議把高度調高一些，草根比較能保住水分。

祝 園藝愉快
{{agent_name}}
Wrenbury 割草機器人客服
""")
template("zh-tw/mower/dock-return", "zh-tw", "割草機找不到充電站時的檢查", """
{{buyer_name}} 您好：

很抱歉 {{mower}} 沒辦法順利回到充電站。機器是沿著邊界線往逆時針方向找回充電站的，所以充電站前方至少要有兩公尺筆直的邊界線，左右兩側也要各留五十公分的空間。

請檢查充電站是不是放在平坦的地面上、底板有沒有翹起，充電接點有沒有被草屑或泥土蓋住。接點髒了可以先用乾布擦拭，再用細砂紙輕輕磨亮。

如果機器每次都在同一個地方迷路，多半是那一段邊界線離障礙物太近。請拍一張充電站周圍的照片回覆給我們，我們幫您看看該怎麼調整。

{{agent_name}}
Wrenbury 割草機器人客服
""")
template("zh-tw/battery/care", "zh-tw", "鋰電池的日常使用與換季保存", """
{{buyer_name}} 您好：

關於 {{battery}} 的使用與保存，提供幾點建議：

1. 剛用完的電池溫度較高，請先放涼十五分鐘左右再充電。
2. 充電時請放在室內通風的地方，不要放在陽光直射的窗邊或車內。
3. 換季不用時，請把電量維持在兩到三格，存放在攝氏十到二十五度的乾燥處，每三個月檢查一次電量。

電池外殼如果出現裂痕、膨脹或異常發熱，請立即停止使用，並回覆本訊息告訴我們。

敬祝 平安
{{agent_name}}
Wrenbury 割草機器人客服
""")
