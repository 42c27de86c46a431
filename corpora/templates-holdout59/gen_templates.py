# -*- coding: utf-8 -*-
"""Approved template library of t59 (imported by gen.py). Every text here was written for this set.

Seller (invented): Kestrelwatt, electric-bike conversion kits and e-bike accessories.
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
template("en/display/pairing", "en", "pairing the display with the controller and the handlebar remote", """
Hello {{buyer_name}},

Thanks for writing about getting the {{display}} to talk to the rest of your kit. The display takes power and data through the single plug with the green collar on the main harness. Line up the arrows on both halves and push straight in until the collar clicks; please do not twist it.

Switch the battery on, then hold the M button on the handlebar remote for four seconds. The screen shows PAIR next to a spinning ring, and within about ten seconds it should find the controller and move on to the speed screen. If it shows NO LINK instead, unplug the harness, look for a bent pin, and try once more.

The remote pairs in a similar way: with the display on, press the plus and minus keys together until the small remote icon stops blinking. This only has to be done once, and the pairing is kept when the battery comes off.

Kind regards,
{{agent_name}}
Kestrelwatt Support
""")
template("en/sensor/torque-fitting", "en", "how-to: fitting the bottom-bracket torque sensor", """
Hi {{buyer_name}},

Here are the main steps for fitting the {{sensor}} to your {{bike}}. Remove the old bottom bracket and clean the threads inside the frame's shell. The sensor is made for a 68 mm shell with English threads and will not go into a press-fit frame.

Slide the sensor in from the chain side with its cable exit pointing down towards the chainstay. Thread the left cup in by hand, then tighten it to 40 Nm with the splined tool from the kit. Before the final turn, check that the small anti-rotation tab rests firmly against the chainstay, because the sensor measures your pedalling force through that tab.

Route the cable under the down tube and plug it into the controller port marked TS. For the first few seconds after switching on, keep your feet off the pedals: that is when the sensor records its zero point.

Best regards,
{{agent_name}}
Kestrelwatt Support
""")
template("en/battery/range", "en", "answering a product question: estimating range", """
Dear {{buyer_name}},

You asked how far the {{battery}} will carry you on one charge. Range depends much more on how and where you ride than on the pack alone, so here is a way to estimate it yourself: divide the capacity, {{capacity_wh}}, by the energy a typical ride of yours uses per mile. On level roads at a moderate assist level most riders need 15 to 20 watt-hours per mile; with hills, headwinds or frequent throttle use, 25 to 35 is closer to the truth.

Cold air, soft tyres, a loaded rack and high assist all cut the distance. Pedalling a bit harder in a low assist level stretches it the most.

Near the end of a charge the percentage on the display falls more quickly, which is normal for lithium cells under load. We suggest turning for home with roughly a fifth left.

Sincerely,
{{agent_name}}
Kestrelwatt Support
""")
template("en/battery/winter-storage", "en", "product help: charging habits and winter storage of the battery", """
Hi {{buyer_name}},

A little care over the winter makes a real difference to the life of the {{battery}}. If the bike will stand unused for more than a month, bring the pack to between 50 and 70 percent, turn it off with its key switch and take it off the frame.

Keep it indoors in a dry spot, out of direct sun and away from radiators, ideally between 50 and 70 degrees Fahrenheit. A garage that freezes at night is not a good home for it. Look at the charge level every six to eight weeks and top it up briefly if it has sunk below 40 percent.

When the riding season returns, let the pack reach room temperature before you charge it to full with the {{charger}}. Charging cold cells strains them, and the charger light stays orange until the pack is warm enough.

All the best,
{{agent_name}}
Kestrelwatt Support
""")
template("en/display/error-codes", "en", "troubleshooting: error codes on the display", """
Hello {{buyer_name}},

Sorry to hear your {{display}} is showing an error. Each code points to one part of the system:

- Err 21: the motor cannot sense its position. Check the thick motor cable at the joint near the chainstay for a loose or damp plug.
- Err 24: the controller sees a brake signal when it starts. Make sure neither lever is pulled and that both cut-off plugs are pushed fully home.
- Err 30: the display has lost touch with the controller. Reseat the harness plug under the handlebar.
- Err 41: the pack voltage is too low. Charge the battery fully and try again.

After each check, leave the system off for a minute before you test it. If the code keeps coming back, reply with the code, a photo of the screen and a note on when it appears, and we will go through it with you.

Regards,
{{agent_name}}
Kestrelwatt Support
""")
template("en/settings/speed-limit", "en", "legal speed-limit settings, answered in general terms", """
Dear {{buyer_name}},

You wrote to us about the speed setting of your {{kit}}. The rules for electric bicycles vary between states and countries, and some cities, parks and trail networks add limits of their own. We are not able to say which limit applies where you ride, so please check with your local transport authority before changing anything.

The kit is shipped with motor assistance ending at 20 mph, the figure used for the most widespread class of e-bike. The limit lives in the display menu under Settings and then Limits, and the menu asks for the four-digit number printed on the card in the display box before it accepts a new value.

Whatever you decide, bear in mind that a higher assisted speed can change where you are allowed to ride, whether registration or insurance is required, and how fast your brake pads and tyres wear out.

With best wishes,
{{agent_name}}
Kestrelwatt Support
""")
template("en/warranty/claim", "en", "what the warranty covers and what we need to assess a claim", """
Hello {{buyer_name}},

Thank you for telling us about the trouble with your {{product}}. It has a {{warranty_period}} warranty covering faults in parts and assembly, for example a motor that stops driving the wheel, a battery that loses a large share of its capacity early on, or a display that will no longer switch on.

The warranty does not cover crash damage, water that entered plugs left uncovered, spokes and rims, wear parts such as brake pads, or wiring changes beyond the steps in the manual.

To let us assess the fault, please reply in this conversation with the serial number from the label on the part, a photo of the part, and a short video showing the problem. Your claim is logged as {{case_id}} against order {{order_id}}.

Yours sincerely,
{{agent_name}}
Kestrelwatt Support
""")
template("en/apology/motor-noise", "en", "apology and explanation: a hub motor that sounds louder than expected", """
Hi {{buyer_name}},

I'm sorry the {{motor}} is noisier than you expected. A geared hub motor hums quietly under power and ticks softly when you coast, because an internal clutch lets the wheel roll freely. That part of the sound is normal, and it usually softens after the first hundred miles.

A grinding sound, a heavy knock once every wheel turn, or a whine that climbs steeply on hills is something else. Those usually come from an axle nut that has worked loose, a torque arm that is not tight, or a brake rotor brushing the pads.

Please check those three points first. If the noise stays, film a short clip with the wheel lifted and spinning, send it to us here, and we will tell you what we hear and how we will put it right.

With apologies,
{{agent_name}}
Kestrelwatt Support
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for ordering the {{product}} (order {{order_id}}). After you have ridden with it for a while, you are welcome to post a review on Amazon describing how it has worked on your bike.

People converting their own bicycles lean on other riders' accounts when they pick parts. Whatever you write helps them, and it helps us improve our kits.

Regards,
{{agent_name}}
Kestrelwatt Support
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/display/app-pairing", "zh", "显示屏与手机应用的蓝牙配对", """
{{buyer_name}}，您好：

{{display}} 可以通过蓝牙连接手机上的 Kestrelwatt Ride 应用，配对步骤如下：

1. 打开电池开关和显示屏，在显示屏的“设置”菜单中找到“蓝牙”，把它切换为开启。
2. 打开手机上的 Kestrelwatt Ride 应用，依次点“我的车辆”和“添加显示屏”。
3. 显示屏上会出现一组六位数字，把它输入应用，再点“确认”。

配对完成后，应用里可以看到车速、剩余电量和累计里程，也可以调节各个助力档位的灵敏度。同一时间一块显示屏只能连接一部手机；换手机之前，请先在旧手机的应用里移除这块显示屏。

{{agent_name}}
Kestrelwatt 电助力客服
""")
template("zh/battery/charging", "zh", "电池的日常充电与冬季存放", """
{{buyer_name}}，您好：

感谢您关心 {{battery}} 的充电和保养。平时骑完车，建议等电池凉到室温再充电，用原配的 {{charger}} 充到指示灯由红转绿就可以了，不需要每次都把电用光。

冬季如果超过一个月不骑，请把电量保持在百分之五十到七十之间，关掉电池上的钥匙开关，把电池从车架上取下来，放在室内干燥、远离暖气片的地方。每隔六到八周看一眼电量，低于百分之四十就稍微补一点电。

气温在零摄氏度以下时请不要充电。电池从寒冷的室外拿进屋以后，先放两三个小时再接充电器。

祝您骑行平安！
{{agent_name}}
Kestrelwatt 电助力客服
""")
template("zh/sensor/torque-fitting", "zh", "中轴力矩传感器的安装要点", """
{{buyer_name}}，您好：

{{sensor}} 的安装要点如下，供您参考：

1. 先拆下原车中轴，把五通里的螺纹擦干净。本传感器只适用于六十八毫米宽、英制螺纹的五通，压入式五通无法安装。
2. 从牙盘一侧把传感器推进五通，出线口朝下，对准后下叉方向。
3. 左侧碗组先用手拧入，确认防转卡片紧贴后下叉之后，再用套件里的花键扳手拧到四十牛米。
4. 传感器的线沿下管底部走，插到控制器上标有 TS 的接口。

每次开机后的头几秒请不要踩踏板，传感器会在这段时间里自动校零。

{{agent_name}}
Kestrelwatt 电助力客服
""")
template("zh/warranty/claim", "zh", "保修范围及审核所需资料", """
{{buyer_name}}，您好：

感谢您告诉我们 {{product}} 出现的问题。这件产品享有{{warranty_period}}保修，零件或装配本身的缺陷都包括在内，例如电机通电后不再带动车轮、电池容量在短期内明显衰减、显示屏无法开机等。

碰撞造成的损坏、插头没有防护导致的进水、辐条和轮圈、刹车皮这类易损件，以及超出说明书步骤改动线路的情况，不在保修范围内。

请直接回复这条消息，附上零件标签上的序列号、一张零件照片，以及一段能看清故障的短视频，方便我们判断原因。您的保修申请编号是 {{case_id}}，对应订单 {{order_id}}。

{{agent_name}}
Kestrelwatt 电助力客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。等您骑过一阵子，如果愿意的话，可以在亚马逊上写一篇评论，讲讲它装在您车上的实际表现。

很多自己动手改装电助力车的朋友，都会参考其他骑友的经验来挑选配件。不管您给出怎样的评价，对他们和我们改进套件都很有帮助。

{{agent_name}}
Kestrelwatt 电助力客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/display/error-codes", "zh-tw", "顯示器錯誤代碼的意思與排除", """
{{buyer_name}} 您好：

很抱歉 {{display}} 出現錯誤代碼。各代碼代表需要檢查的部位如下：

1. Err 21：馬達偵測不到轉子位置，請檢查後下叉附近的馬達粗線接頭是否鬆脫或受潮。
2. Err 24：開機時控制器收到煞車訊號，請確認兩邊煞車把手都沒有被按住，斷電插頭也已插到底。
3. Err 30：顯示器和控制器失去連線，請重新插好把手下方的線束接頭。
4. Err 41：電池電壓過低，請先充飽電再試。

每檢查完一項，請關機一分鐘再測試。如果代碼還是出現，麻煩直接回覆這則訊息，告訴我們代碼和出現的時機，並附上一張螢幕照片。

{{agent_name}}
Kestrelwatt 電動輔助車客服
""")
template("zh-tw/battery/range", "zh-tw", "電池續航距離的估算", """
{{buyer_name}} 您好：

感謝您詢問 {{battery}} 能騎多遠。續航距離主要取決於騎乘方式和路況，您可以這樣自行估算：用電池容量 {{capacity_wh}} 除以每公里的耗電量。平路、中等輔助檔位時，多數人每公里約用十到十二瓦時；遇到爬坡、逆風或常用油門，大約要十五到二十瓦時。

低溫、胎壓不足、貨架載重和高輔助檔位都會縮短距離；用低檔位並自己多出一點力，最能延長續航。

電量接近用完時，顯示器上的百分比會下降得比較快，這是鋰電池的正常現象。建議還剩兩成左右就準備回程。

{{agent_name}}
Kestrelwatt 電動輔助車客服
""")
template("zh-tw/settings/speed-limit", "zh-tw", "速度上限設定（一般性說明，不涉及個別法規判斷）", """
{{buyer_name}} 您好：

關於 {{kit}} 的速度上限：各國和各地區對電動輔助自行車的規定並不相同，有些城市或自行車道另有限制。我們無法判斷您騎乘的地方適用哪一項規定，調整之前請先向當地主管機關確認。

出廠設定是時速二十五公里以上停止輔助。上限數值放在顯示器的「設定」>「限制」選單裡，修改前必須輸入顯示器盒內卡片上印的四位數密碼。

也提醒您，調高輔助速度可能影響可以騎乘的路段、是否需要保險或登記，煞車皮和輪胎的磨耗也會加快。

{{agent_name}}
Kestrelwatt 電動輔助車客服
""")
template("zh-tw/apology/rack-noise", "zh-tw", "致歉與說明：後貨架騎乘時發出聲響", """
{{buyer_name}} 您好：

很抱歉 {{rack}} 在騎乘時發出聲響，造成您的困擾。貨架的聲音多半來自固定點鬆動，請先檢查上方兩根支撐桿與座管束環的螺絲，以及下方連接車架孔位的兩顆 M5 螺絲，全部鎖到四牛頓米。

如果您的車架沒有預留孔位，而是用套件附的轉接夾固定，請在夾片和車架之間墊上隨附的橡膠片，可以減少金屬摩擦聲。

貨架載重請勿超過二十五公斤，重物盡量放低、靠近後輪軸。調整之後如果還有聲音，請錄一段影片回覆給我們，我們會再協助您。

{{agent_name}}
Kestrelwatt 電動輔助車客服
""")
