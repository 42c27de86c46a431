# -*- coding: utf-8 -*-
"""Approved template library of t78 (imported by gen.py). Every text was written for this set.

Seller (invented): Hazelbrook Nestcraft, a workshop in Eugene, Oregon that sells cedar birdhouses, nest boxes,
bat houses, mounting poles, predator baffles, solar bird-bath fountains, cast-stone bird baths and cleaning brushes
on Amazon.com.
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
template("en/birdhouse/placement", "en", "answering a product question: where and how high to hang a small birdhouse", """
Hello {{buyer_name}},

Thank you for asking where to put up your {{birdhouse}}. Small cavity nesters such as chickadees, wrens and titmice settle most readily when the entrance is five to ten feet above the ground and turned away from the prevailing wind, which in most of the country means facing east or north-east.

Pick a spot that gets some shade in the afternoon and has an open flight path to the hole. A shrub or low branch ten to fifteen feet away gives fledglings somewhere to land on their first flight, but trim back anything near enough for a squirrel or a cat to jump from.

Early spring is the ideal time to hang it. Birds also shelter in houses on winter nights, though, so it is never wasted effort at other times of year. Please leave the inside empty; the parents carry in their own nesting material.

Warm regards,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/birdhouse/cleaning", "en", "product help: the yearly clean-out with the brush set", """
Hi {{buyer_name}},

Good timing on your question about cleaning the {{birdhouse}}. The right moment is after the last brood has flown, usually in late summer, or in early spring before the first pair moves in. Never open a box while it holds eggs or chicks.

Turn the brass latch on the side and swing the door panel down. Lift the old nest out in one piece, then clear the corners with the angled scraper from the {{brush_set}} and push the round brush through the drainage holes in the floor.

Hot water and a good scrub are usually enough. If you found mites or mould, rinse the inside with one part household bleach to nine parts water and leave the house open in the sun until it is completely dry. Wearing gloves and a dust mask is a sensible precaution.

Happy birding,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/bathouse/siting", "en", "how-to: siting a bat house so that bats move in", """
Dear {{buyer_name}},

Thanks for writing about getting your {{bat_house}} occupied. Warmth matters to bats more than anything else, so the house should receive at least six hours of direct sun each day, and eight or more in the cooler northern states.

Mount it 12 to 20 feet up on the wall of a building or on a sturdy pole, and keep the rough landing strip at the bottom clear of obstacles. Trees make poor sites: leaves shade the chambers, and branches give owls and hawks a perch from which to ambush bats as they leave.

Bats settle far more quickly when a stream, pond or marsh lies within a quarter of a mile. Even in an excellent spot, a colony may need one or two seasons to find a new roost, so please leave the house where it is if it stays empty through the first summer.

Kind regards,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/pole/assembly", "en", "product help: assembling and setting the mounting pole", """
Hello {{buyer_name}},

Putting up the {{pole}} takes about half an hour. The three steel sections slot together with the narrowest at the top; seat each joint by tapping it with a rubber mallet over a scrap of wood, so that the powder coat does not chip.

Dig or auger a hole roughly 24 inches deep and drive the ground socket down until its collar is level with the soil. Lower the assembled pole into the socket and tighten both set screws while a helper keeps it upright; checking two sides of the pole with a small level keeps it straight.

Where the soil is loose or sandy, pack gravel or a bag of fast-setting concrete around the socket. Fit the mounting plate last, and fasten the house to it with the four stainless screws in the hardware bag.

Best regards,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/fountain/troubleshoot", "en", "troubleshooting: the solar fountain stops or sputters", """
Hi {{buyer_name}},

I'm sorry your {{fountain}} keeps stopping. In nearly every case the cause is one of three things: shade on the panel, a blocked intake, or water that has dropped too low.

The panel needs full, direct sunlight across its whole face. Even the shadow of a thin branch can make the pump stutter, so try moving the panel a few feet along its cable and angling it towards the south.

Pull the pump off its suction cups and twist off the front cover. Rinse the foam filter and the small impeller behind it under the tap, since algae and seed husks build up there quickly. The pump must also stay completely under water, so top up the bath whenever the level falls below the cover.

If the fountain still stops with the panel in full sun and the pump clean, hold the mode button for three seconds to switch to battery mode, and reply to this message to tell us what happens.

Regards,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/birdhouse/no-visitors", "en", "apology and explanation: no birds have moved in yet", """
Hello {{buyer_name}},

I'm sorry your {{birdhouse}} is still waiting for its first tenants. After all the care of choosing a spot and putting it up, it is disheartening to watch birds fly straight past.

A new house is often ignored for a while. Pairs choose their site weeks before laying, so a house that goes up after the local birds have settled may not be used until the following season. The strong smell of fresh cedar can also make them wary at first; it fades after a few weeks outdoors.

Some small changes often help. Move the house well away from any feeders, whose constant traffic nesting birds tend to avoid, keep it out of reach of cats and squirrels, and check that the entrance does not face straight into the wind. If it is still empty at the end of next spring, please write to us again and we will work through it with you.

Best wishes,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. Our workshop covers it for {{warranty_period}} against faults in materials or workmanship, such as a glued seam that opens, a hinge or latch that fails, or a pump that stops working in normal use.

Natural weathering of the cedar, including greying and fine surface cracks, is not a defect. Damage caused by woodpeckers, squirrels, a fall, freezing water or alterations to the product is not covered either.

To let us assess the problem, please reply in this thread with two or three photos that show it clearly and a line about when you first noticed it. Your case number is {{case_id}} and it is linked to order {{order_id}}.

Yours sincerely,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} is settling in nicely in your garden. When you have had some time with it, you are welcome to write a review on Amazon about how it has worked for you.

Other bird lovers read reviews to decide what will suit their own yards, and everyone in our workshop reads them as well. Every honest comment, whatever it says, teaches us something.

Thank you,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")
template("en/holding/photos-received", "en", "holding reply: photos received, the workshop will answer", """
Hello {{buyer_name}},

Thank you for sending photos of your {{product}}. I have passed them to our workshop team, who build and test everything we sell, and asked them to look into the problem you describe.

They normally answer within two business days. I will write to you in this thread by {{reply_date}} with what they find and what we suggest, and I will tell you then if they need longer.

There is nothing more you need to do for now.

Kind regards,
{{agent_name}}
Hazelbrook Nestcraft Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/fountain/setup", "zh", "太阳能鸟浴喷泉的安装与模式切换", """
{{buyer_name}}，您好：

感谢您选择 {{fountain}}。安装时请先把鸟浴盆注满清水，再用吸盘把水泵固定在盆底，出水口朝上，水泵要完全浸在水里。

太阳能板插在配套的地桩上，放在院子里日照时间最长的地方，板面朝南，前面不要有树枝或栏杆挡光。连接线长约三米，可以按需要调整板和盆之间的距离。

喷泉有两种工作模式：短按模式键是阳光直驱，云一遮住太阳就会停；长按三秒切换到蓄电模式，白天把多余的电存起来，傍晚还能再喷两到三个小时。

祝您赏鸟愉快！
{{agent_name}}
Hazelbrook 鸟屋客服
""")
template("zh/baffle/fitting", "zh", "防攀爬挡板的安装位置与高度", """
{{buyer_name}}，您好：

关于 {{baffle}} 的安装，有三点需要注意：

1. 挡板下沿离地至少一米二，最好在一米三到一米五之间，这样松鼠和浣熊跳不上去。
2. 挡板装在鸟屋下方的杆子上，不适合装在树干上；鸟屋周围两米半以内不要有树枝、围栏或屋檐，否则动物可以从旁边跳过来。
3. 装好后挡板应该能轻轻晃动，让动物抓不稳；卡箍拧到挡板不往下滑就可以，不必拧死。

如果您的杆子直径不在二点五到三点八厘米之间，请先把尺寸告诉我们，我们帮您确认能否安装。

此致
{{agent_name}}
Hazelbrook 鸟屋客服
""")
template("zh/warranty/claim", "zh", "质保范围及评估所需的资料", """
{{buyer_name}}，您好：

谢谢您的来信。您购买的 {{product}} 享有{{warranty_period}}质保，凡是开胶、合页或插销损坏、水泵在正常使用中停转这类材料或做工问题，都由我们负责。

雪松木自然变灰、表面出现细小裂纹属于正常的风化，不算质量问题；啄木鸟或松鼠啃咬、跌落、结冰胀裂以及自行改装造成的损坏，也不在质保范围之内。

请在本对话中发两三张能看清问题的照片，并告诉我们大概是什么时候发现的。您的售后编号是 {{case_id}}，对应订单 {{order_id}}。

{{agent_name}}
Hazelbrook 鸟屋客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望您在订单 {{order_id}} 里购买的 {{product}} 已经在院子里安顿好了。等用上一段时间，欢迎您把使用感受写成评论发在亚马逊上。

其他爱鸟的朋友会参考大家的评论，挑选适合自家院子的产品，我们工坊的每个人也都会认真阅读。无论您的看法如何，真实的意见都能帮助我们改进。

{{agent_name}}
Hazelbrook 鸟屋客服
""")
template("zh/holding/checking", "zh", "收到照片后的等待回复", """
{{buyer_name}}，您好：

照片已经收到，谢谢您。{{product}} 的情况我已经转给负责制作和检验的工坊同事查看。

工坊一般会在两个工作日内给出意见。最晚 {{reply_date}}，我会在本对话中把检查结果和处理建议告诉您；如果需要更多时间，也会提前跟您说明。

目前您不需要再做任何准备。

{{agent_name}}
Hazelbrook 鸟屋客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/birdhouse/wood-care", "zh-tw", "雪松木鳥屋的保養", """
{{buyer_name}} 您好：

{{birdhouse}} 使用的是未經化學處理的北美紅雪松。這種木材本身含有天然油脂，能抵抗腐朽和蟲蛀，不上漆也能在戶外使用好幾年。

放在戶外幾個月後，木頭會漸漸轉為銀灰色，這是正常的風化，不影響結構。如果想保留原本的紅棕色，可以在外側塗一層無毒的亞麻仁油或水性護木油，每年補塗一次。

鳥屋內部和入口孔周圍請不要塗任何油漆或保護劑，也請不要噴殺蟲劑，以免傷到雛鳥。

敬祝 平安
{{agent_name}}
Hazelbrook 鳥屋客服
""")
template("zh-tw/birdbath/winter", "zh-tw", "石材鳥浴盆的冬季照顧", """
{{buyer_name}} 您好：

關於 {{birdbath}} 怎麼安全過冬：石材盆最怕的是盆裡的水結冰膨脹，所以氣溫接近攝氏零度的季節，請每天傍晚把水倒掉，或是放一個鳥浴專用的加熱器。

如果整個冬天都不使用，建議把盆身從底座上取下來，倒扣存放在車庫或屋簷下，避免雨水積在盆中。底座可以留在原處。

春天重新使用之前，用硬毛刷沾清水刷洗即可，請不要使用清潔劑或漂白水。

{{agent_name}}
Hazelbrook 鳥屋客服
""")
template("zh-tw/birdhouse/hole-size", "zh-tw", "入口孔徑與適合的鳥種", """
{{buyer_name}} 您好：

關於 {{birdhouse}} 適合哪些鳥：入口孔徑決定了哪些鳥進得去，也能把體型較大的鳥擋在外面。

1. 二點九公分（1 1/8 吋）：山雀、鷦鷯等小型鳥。
2. 三點二公分（1 1/4 吋）：白胸五子雀也能進入，但家麻雀同樣進得去。
3. 三點八公分（1 1/2 吋）：東藍鴝、樹燕等，需要搭配較深的巢箱。

我們刻意沒有在入口下方加裝停棲桿。這些鳥並不需要它，反而會讓掠食者和家麻雀有地方站。

{{agent_name}}
Hazelbrook 鳥屋客服
""")
template("zh-tw/holding/received", "zh-tw", "收到照片後的等待回覆", """
{{buyer_name}} 您好：

謝謝您傳來 {{product}} 的照片。我已經請工坊的同事仔細檢查您描述的狀況。

工坊通常在兩個工作天內回覆，我會在 {{reply_date}} 之前，在這個對話中告訴您檢查結果和建議的處理方式。

這段期間您不需要另外準備任何東西。

{{agent_name}}
Hazelbrook 鳥屋客服
""")
