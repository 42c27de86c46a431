# -*- coding: utf-8 -*-
"""Approved template library of t60 (imported by gen.py). Every text here was written for this set.

Seller (invented): Sillwren Window Co., sew-free curtains and window blinds: blackout roller blinds,
cordless cellular shades, curtain rods, tension rods, tie-backs and a measuring kit.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = OrderedDict()


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/measure/window", "en", "how to measure a window before ordering", """
Hello {{buyer_name}},

Thanks for checking the size before you order the {{product}}; a careful measurement now saves a lot of trouble later. Please use a steel tape rather than a cloth one, and note every figure to the nearest 1/8 inch.

For a blind that will sit inside the frame, measure the width at the top, in the middle and at the bottom, and give us the narrowest of the three. Measure the height at the left edge, the centre and the right edge, and give us the longest. Very few frames are perfectly square, which is why we ask for three readings each way.

For a blind fixed to the wall above the window, add about 3 inches on each side of the opening so that light cannot creep round the edges. Always write width first and height second. Our workshop takes off the small clearance an inside mount needs, so please do not subtract anything yourself.

Kind regards,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/mount/inside-outside", "en", "choosing between an inside and an outside mount", """
Hi {{buyer_name}},

Good question about whether the {{product}} should go inside the window recess or on the wall around it. An inside mount looks neat and built-in and leaves the trim on show, but the recess has to be at least {{min_depth}} deep for the headrail to sit flush, and a thin line of daylight will show down each side.

An outside mount covers the whole opening with some overlap, so it darkens a room much better and hides a frame that is out of square. It is also the better option when a window handle, an alarm sensor or a shallow sill would stop the blind from rolling freely.

When darkness is what matters most, as in a bedroom or a nursery, we usually suggest outside. When the look matters most and the recess is deep enough, inside works very well.

All the best,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/brackets/fitting", "en", "how to fit the brackets", """
Dear {{buyer_name}},

Here is how to put up the brackets for your {{product}}. Place each bracket about 2 inches in from where the ends of the blind will sit, mark the screw holes in pencil, and check with a spirit level that the two marks line up before you drill anything.

In wood, pre-drill with a 1/8 inch bit and drive the screws in straight. In plasterboard or brick, use the wall plugs from the hardware pack in a hole of the matching size, and never rely on the plaster skin alone. On blinds wider than 48 inches, fit the centre support bracket as well so that the tube cannot sag in the middle.

When the brackets feel solid, seat the chain end of the blind in its bracket first, then press the other end in until it clicks. A gentle tug on the fabric tells you whether both ends are locked.

Best wishes,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/blind/cut-width", "en", "trimming a roller blind to width at home", """
Hello {{buyer_name}},

You can shorten the {{product}} yourself by as much as {{max_trim}}, provided the tube, the bottom bar and the fabric all lose exactly the same amount. Measure twice before the first cut, because a trimmed blind can no longer be exchanged.

Lay the blind fully unrolled on a clean table and mark the new width on the fabric with the cutting guide from the kit, taking the spare from the end without the chain. Slide out the bottom bar, cut the fabric along the guide with a fresh craft blade, then shorten the tube and the bar with a fine-tooth hacksaw and file the cut ends smooth.

Refit the end cap, slide the bar back into its pocket and roll the blind up by hand before hanging it. If the fabric wanders towards one side as it rolls, the cut was not quite square, and shaving a sliver off the longer edge usually puts it right.

Happy fitting,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/safety/cords", "en", "child safety of cords and chains", """
Dear {{buyer_name}},

Thank you for asking about cords before you hang the {{product}} in a child's room. A dangling or looped cord on a window covering can catch around a small child's neck, so we are glad you raised it.

Our cellular shades have no cord at all: you lift and lower them by the bottom rail, and there is nothing for a child to reach. Our roller blinds run on a continuous chain, and each one is supplied with a tension device that has to be screwed to the wall or the frame, which keeps the chain tight so it cannot hang in a loose loop.

Whichever you choose, keep cots, beds and anything a child could climb well away from the window. If there is an older corded blind elsewhere in the house, cutting through the loop or swapping it for a cordless one is worth the effort.

Take care,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/care/cleaning", "en", "cleaning the fabric", """
Hi {{buyer_name}},

Thanks for asking how to keep the {{product}} looking fresh. For ordinary dust, go over the fabric with the soft brush of your vacuum cleaner on its lowest setting, or with a feather duster, always working from the top down.

For a small mark, press on it with a clean white cloth dampened in lukewarm water with a drop of mild washing-up liquid, then blot it dry. Please do not rub, soak or scrub: the blackout backing can crack and the face fabric can fade. The blind must never go in a washing machine or a tumble dryer, and bleach or solvent cleaners will damage it.

Leave the fabric hanging fully down until it is completely dry before you roll it up again, or it may crease or start to smell musty.

Warm regards,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/warranty/spring-motor", "en", "warranty claims on lift springs and motors", """
Dear {{buyer_name}},

Thank you for telling us about the trouble with your {{product}}. The lift spring in our cordless shades and the motor in our motorised blinds are covered for {{warranty_years}} from delivery, as long as the shade was fitted and used as the instructions describe.

That cover includes a spring that no longer holds the shade where you leave it, and a motor that stops responding, hums without turning, or no longer keeps its charge. It does not include damage from an incorrect trim, from dragging the fabric by hand while the motor is running, or from water.

So that we can assess the claim, please reply in this thread with a short video of the fault and a photo of the label on the end of the headrail. We have logged claim {{claim_id}} against order {{order_id}}.

Sincerely,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/apology/light-gap", "en", "apology and explanation: light showing round a blackout blind", """
Hello {{buyer_name}},

I'm sorry that light is still finding its way into the room around your {{product}}. You chose a blackout blind to sleep in proper darkness, and a bright strip at the edges is a real letdown.

The fabric itself stops all light. What you can see comes through the narrow gaps every roller blind needs in order to turn freely: about 1/4 inch down each side when it sits inside the frame, plus a little above the roll. No roller blind can close those gaps without side channels.

Two changes make a big difference: self-adhesive side channels along the frame, or moving the blind outside the recess so that it overlaps the opening by a few inches. If you reply with the size of the window, we will tell you which of the two would suit it better.

With apologies,
{{agent_name}}
Sillwren Window Co. Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} has settled into its window. Once you have lived with it for a while, would you consider writing a few lines on Amazon about how it has worked out for you?

Fabric, colour and fit are hard to judge from photos, so first-hand accounts of any kind help other shoppers choose. We read every one and take what we learn into the next range we design.

Thank you,
{{agent_name}}
Sillwren Window Co. Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/measure/window", "zh", "下单前如何测量窗户", """
{{buyer_name}}，您好：

感谢您在订购 {{product}} 之前先来核对尺寸，现在量准了，之后就能省去很多麻烦。请使用钢卷尺，不要用软皮尺，每个数字精确到八分之一英寸。

如果卷帘要装在窗框里面，请在上、中、下三个位置分别量宽度，把最窄的数字告诉我们；高度则在左边、中间、右边各量一次，取最长的数字。窗框很少是完全方正的，所以每个方向都要量三次。

如果卷帘装在窗户上方的墙面上，建议在窗洞两侧各多加三英寸左右，光线就不容易从边上透进来。填写时请先写宽度，再写高度。内装需要预留的少量间隙由我们的工坊扣除，您不必自己减掉。

祝好！
{{agent_name}}
Sillwren 窗饰客服
""")
template("zh/brackets/fitting", "zh", "支架的安装步骤", """
{{buyer_name}}，您好：

下面是 {{product}} 支架的安装方法。在卷帘两端预计的位置往里约两英寸处各放一个支架，用铅笔标出螺丝孔，先用水平尺确认两侧的记号在同一高度，再开始钻孔。

木质窗框请先用八分之一英寸的钻头打引孔，再把螺丝垂直拧进去；石膏板或砖墙请使用五金包里的膨胀管，孔径要和膨胀管相符，不要只固定在表面的抹灰层上。宽度超过四十八英寸的卷帘，请加装中间的辅助支架，以免卷管中部下垂。

支架装牢以后，先把带拉珠的一端卡进支架，再把另一端按进去，听到咔哒一声就是到位了。最后轻轻拉一下帘布，确认两端都已经锁紧。

祝安装顺利！
{{agent_name}}
Sillwren 窗饰客服
""")
template("zh/care/cleaning", "zh", "帘布的日常清洁", """
{{buyer_name}}，您好：

关于 {{product}} 的清洁方法：平时的浮尘可以用吸尘器的软毛刷头，开到最小吸力，从上往下轻轻扫过帘布，也可以用鸡毛掸子。

如果有小块污渍，请用干净的白色软布蘸一点温水，加一滴中性洗洁精，在污渍上轻轻按压，然后用干布吸干。请不要用力搓、浸泡或刷洗，背面的遮光涂层可能开裂，正面的面料也可能褪色。卷帘绝对不能放进洗衣机或烘干机，漂白剂和溶剂类清洁剂也会损坏面料。

清洁以后，请让帘布保持完全放下的状态，等它彻底干透再卷起来，否则可能留下折痕或者产生霉味。

祝生活愉快！
{{agent_name}}
Sillwren 窗饰客服
""")
template("zh/warranty/motor", "zh", "电动卷帘电机的保修", """
{{buyer_name}}，您好：

很抱歉 {{product}} 的电机出了问题。我们电动卷帘的电机自收到商品之日起享有{{warranty_years}}保修，前提是按照说明书安装和使用。

保修范围包括：遥控器或按键按下后没有反应、电机嗡嗡作响却不转动、充满电后很快就没电，以及运行到一半自己停下。因为自行裁短不当、电机运转时用手硬拉帘布或者进水造成的损坏，不在保修范围之内。

为了尽快找到原因，请在本对话中回复一段能看到故障的短视频，以及卷管端头标签的照片。我们已经为订单 {{order_id}} 登记了保修记录 {{claim_id}}。

谢谢您的耐心！
{{agent_name}}
Sillwren 窗饰客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单最多一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 已经在您家的窗户上安顿好了。等您用过一段时间，如果方便的话，可以在亚马逊上写几句评论，讲讲它实际用起来怎么样。

面料手感、颜色和尺寸是否合适，光看图片很难判断，不管您的看法如何，亲身用过的人写下的文字都能帮其他顾客做决定。每条评论我们都会读，也会把从中学到的东西用到下一批产品的设计里。

谢谢您！
{{agent_name}}
Sillwren 窗饰客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/mount/inside-outside", "zh-tw", "內嵌安裝與外掛安裝的選擇", """
{{buyer_name}} 您好：

關於 {{product}} 要裝在窗框內還是窗框外：內嵌安裝看起來比較俐落，窗框的線條也能保留下來，但窗框深度至少要有 {{min_depth}}，上樑才能整個收進去，而且左右兩側各會留下一條細細的透光縫。

外掛安裝是把簾子固定在窗框外的牆面上，左右各多蓋住一段，遮光效果明顯比較好，也能把歪斜的窗框遮起來。如果窗框上有把手、保全感應器，或是窗臺太淺會擋到捲簾，也建議選擇外掛。

臥室或嬰兒房最重視遮光的話，我們通常會建議外掛；比較在意外觀、窗框又夠深的話，內嵌也很合適。

敬祝 順心
{{agent_name}}
Sillwren 窗飾客服
""")
template("zh-tw/blind/cut-width", "zh-tw", "在家自行裁短捲簾的寬度", """
{{buyer_name}} 您好：

{{product}} 可以自行裁短，最多可裁 {{max_trim}}，但捲管、底桿和簾布一定要裁掉一樣的長度。動手之前請再量一次，因為裁過的捲簾就不能再更換了。

請把捲簾完全攤開在乾淨的桌面上，用量尺組裡的裁切導板在簾布上標出新的寬度，多出來的部分從沒有拉珠的那一端裁掉。先抽出底桿，沿著導板用新的美工刀片裁開簾布，再用細齒鋼鋸把捲管和底桿鋸短，最後用銼刀把切口磨平。

裝回端蓋，把底桿插回布袋，先用手把捲簾捲好再掛上去。如果捲起來的時候簾布一直往同一邊偏，表示裁得不夠正，從比較長的那一側再修掉一點點，通常就能改善。

祝 安裝順利
{{agent_name}}
Sillwren 窗飾客服
""")
template("zh-tw/safety/cords", "zh-tw", "拉繩與拉珠的兒童安全", """
{{buyer_name}} 您好：

謝謝您在把 {{product}} 裝進孩子房間之前，先來詢問拉繩的安全問題。垂下來或繞成圈的拉繩可能纏住幼兒的脖子，我們很高興您注意到這一點。

我們的蜂巢簾完全沒有拉繩，直接握住底桿就能升降，孩子碰不到任何繩子。捲簾使用的是循環拉珠，每一組都附有一個張力固定器，必須用螺絲鎖在牆面或窗框上，讓拉珠隨時保持拉緊，不會垂成一個圈。

不論選擇哪一款，都請把嬰兒床、床鋪以及孩子爬得上去的家具移離窗邊。家中如果還有舊式的有繩窗簾，建議把繩圈剪斷，或是換成無繩的款式。

平安順心
{{agent_name}}
Sillwren 窗飾客服
""")
template("zh-tw/apology/spring", "zh-tw", "致歉與說明：無繩蜂巢簾停不住", """
{{buyer_name}} 您好：

很抱歉您的 {{product}} 沒辦法停在想要的高度，一放手就慢慢往下滑，或是自己往上彈，這確實讓人很困擾。

這種無繩蜂巢簾是靠上樑裡的彈簧來平衡簾子的重量。剛裝好的頭幾天，彈簧還在適應，常常需要把簾子整個拉到底、再推到最上面，來回做五到六次，讓彈簧重新對準。如果簾子是往下滑，也請檢查底桿兩端的小配重片有沒有脫落。

做完這些調整還是停不住的話，請在這裡回覆一段簡短的影片，我們會協助判斷是否需要更換彈簧組。

再次向您致歉
{{agent_name}}
Sillwren 窗飾客服
""")
