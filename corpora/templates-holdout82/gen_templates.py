# -*- coding: utf-8 -*-
"""Approved template library of t82 (imported by gen.py). All texts written for this set.

Seller (invented): Bramblegust Kites, single-line kites, stunt kites, kite line and reels, tails and repair kits.
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
template("en/single/launch", "en", "how-to: launching a single-line kite", """
Hello {{buyer_name}},

Thanks for your question about getting the {{kite}} into the air. Choose an open space such as a beach or a large field, well away from trees, roads and overhead power lines. Stand with your back to the wind and check that it is steady, roughly between 6 and 20 mph: leaves and small branches moving all the time is about right.

Let out 30 to 50 feet of line and ask a helper to hold the kite up by its spine, nose pointing to the sky. When a gust comes, they let go and you pull in a little line as it climbs. After that, let line out slowly while keeping light tension on it.

If the kite spins or dives, the wind is probably too strong for it; the tail that came in the box, or a longer one, will steady it. If it will not climb at all, wait for a stronger breeze or move further away from buildings that block the wind.

Best regards,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/stunt/first-flight", "en", "how-to: setting up a dual-line stunt kite for its first flight", """
Hi {{buyer_name}},

Here is how to set up the {{kite}} for its first flight. Unwind both lines fully, walking them out downwind, and stake the handles or wrist straps to the ground at your end. Attach the lines to the pigtails on the bridle with a lark's head knot, left line to the left side as you stand behind the kite.

Before you launch, pull both lines side by side and check that they are exactly the same length. Even a difference of two inches makes the kite turn one way on its own. The lines in the box are {{line_length}} long, which is a comfortable length for learning.

To launch, stand the kite up on its wingtips facing you, then take a short step back while drawing both hands evenly towards your hips. Pull the left hand back to turn left and the right hand back to turn right. Keep your hands close together at first; small movements are enough.

Kind regards,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/stunt/pulls-sideways", "en", "troubleshooting: a stunt kite that pulls to one side", """
Hello {{buyer_name}},

I'm sorry your {{kite}} keeps pulling to one side. In most cases the cause is one of three things, and each of them is quick to check.

First, line length: lay both lines out together and compare the ends. Lines stretch unevenly over the first few sessions, so re-tie the longer one until they match. Second, the bridle: make sure the leader lines on both sides sit at the same knot on the pigtails and that neither has slipped. Third, the frame: check that both leading-edge spars are pushed fully into the centre T-piece and that the standoffs on each side are clipped in.

If the kite still leans after all three checks, please reply in this thread with a photo of the bridle, taken from the front with the kite lying flat, and we will go through it with you.

Regards,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/line/strength", "en", "answering a product question: which line suits which kite", """
Dear {{buyer_name}},

Thank you for asking which line to use with the {{kite}}. As a rule of thumb, choose a line rated for at least three times the pull of the kite in the strongest wind you expect to fly in. For this kite, that means the {{line}}.

Polyester line is soft, inexpensive and kind to the hands, but it stretches, so it suits single-line kites. Dyneema line hardly stretches at all, so a stunt kite answers your hands at once, and it is thinner for the same strength.

A longer line gives a slower kite and more time to react; a shorter one makes it quicker and twitchier. Never fly with line that has fuzzy, worn spots or knots you cannot account for, as those are the places where it will part.

With best wishes,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/reel/winding", "en", "product help: winding line back onto a reel", """
Hi {{buyer_name}},

Good question about winding line back onto the {{reel}}. Walk towards the kite as you wind instead of cranking it in against the wind; the pull of a flying kite lays the line on so tightly that it can crush or warp the reel.

Guide the line with your free hand so that it goes on in even, crossing layers rather than piling up in one spot. Keep it dry as well: line wound up wet can grow mildew and lose strength, so let it dry loosely in the shade first.

To stop twists from building up, let the line run off the end of the reel as it turns rather than pulling it off over the rim. If twists do appear, walk the line out fully with nothing tied to the end and let it spin free for a minute.

All the best,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/repair/patch", "en", "how-to: patching a torn sail with the repair kit", """
Hello {{buyer_name}},

Here is how to patch the tear in your {{kite}} with the repair kit. Lay the sail flat on a hard surface and wipe both sides around the tear with a dry cloth; the tape will not hold on sand, salt or damp fabric.

Cut two patches from the adhesive ripstop tape, each about half an inch bigger than the tear on every side, and round off the corners so that they do not lift. Press the first patch onto the front of the sail, turn the sail over and put the second on the back, lined up with the first.

Rub both patches firmly with something smooth, such as the back of a spoon, for about a minute. The glue reaches full strength after a few hours, so give the kite a night's rest before you fly it in a strong wind.

Kind regards,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for writing to us about your {{kite}}. It carries a {{warranty_period}} warranty against defects in materials and workmanship, such as seams that open in normal wind, fittings that crack without any impact, or a sail that was cut unevenly.

Breaks caused by crashes, by flying in winds above the range printed on the kite, by contact with trees, power lines or water, and the normal wear of line and bridle are not covered.

So that we can assess it, please reply here with a photo of the whole kite, a close-up of the fault and a few words about when it happened. We have opened case {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/apology/spar-break", "en", "apology and explanation: a carbon spar that snapped", """
Hello {{buyer_name}},

I'm sorry the {{spar}} of your {{kite}} snapped. It is frustrating to have a session cut short, especially just as you were getting the feel of the kite.

Carbon spars are stiff and very light, which is what makes a stunt kite fast and precise, but they can break on a hard nose-first landing or when the kite is stepped on. For that reason they are treated as wear parts, and all our stunt kites use standard spar sizes that are easy to replace.

Most breaks happen when the kite meets the ground at speed. Practising slow passes near the edge of the wind window, and easing off the lines before a crash, saves a lot of spars. If the break is in the middle of the spar with no sign of an impact, please reply with a photo and we will take a look.

With apologies,
{{agent_name}}
Bramblegust Kites Support
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

Thank you for your order {{order_id}} for the {{kite}}. When you have had it out in the wind a few times, we would be grateful if you wrote a review on Amazon about how it flies for you.

Reviews help other flyers, parents and beginners find out whether a kite suits their wind and their level of skill. We read all of them, and every honest opinion helps us improve what we make.

Best wishes,
{{agent_name}}
Bramblegust Kites Support
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/tail/attach", "zh", "尾巴的作用与安装", """
{{buyer_name}}，您好：

感谢您咨询 {{tail}} 的用法。尾巴的作用是增加风筝尾部的阻力，让风筝在阵风里保持稳定，不容易打转或者一头栽下来。

安装方法：把尾巴顶端的扣环挂在 {{kite}} 底部的尾环上，扣好后轻轻拉一下，确认不会脱落。放飞前把尾巴在地上顺风拉直，避免缠到提线上。

风大时可以多接一段尾巴，风小时可以去掉一段，让风筝更容易升起来。飞完收尾巴时，从扣环一端开始绕成松散的圈，不要打结，下次展开会更顺。

祝您放飞愉快！
{{agent_name}}
Bramblegust 风筝客服
""")
template("zh/single/wind", "zh", "单线风筝的适飞风力与放飞场地", """
{{buyer_name}}，您好：

关于 {{kite}} 适合在什么风力和场地放飞，给您几点建议：

1. 适飞风速大约在每小时十到三十公里之间，树叶和小树枝一直在摇动，就是合适的风。
2. 请选择开阔的草地或海滩，远离高压线、马路和树木，也不要在机场附近放飞。
3. 雷雨天千万不要放风筝，潮湿的线可能导电。

风太小时风筝升不起来，可以拉着线往后退几步帮它爬升；风太大时风筝会左右乱晃，请尽快收线，不要硬撑。

此致
{{agent_name}}
Bramblegust 风筝客服
""")
template("zh/warranty/claim", "zh", "保修范围及评估所需的资料", """
{{buyer_name}}，您好：

感谢您的来信。您购买的 {{kite}} 享有{{warranty_period}}保修，正常放飞条件下出现的材料或做工问题都在保修范围内，例如缝线开裂、接头在没有撞击的情况下断裂、帆面裁剪不对称等。

撞击造成的骨架断裂、在超过标注风速的天气里放飞、挂树或落水造成的损坏，以及风筝线和提线的正常磨损，不在保修范围内。

请在本对话中附上风筝的整体照片和故障部位的特写，并简单说明发生的经过。我们已为订单 {{order_id}} 登记售后编号 {{case_id}}。

顺祝安好
{{agent_name}}
Bramblegust 风筝客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

谢谢您选购 {{kite}}，订单号 {{order_id}}。等您带它出去放飞几次以后，如果愿意，欢迎到亚马逊上留一条评论，说说它飞起来的实际情况。

其他家长和新手会参考这些评论来挑选适合自己的风筝。不论意见如何，每一条真实的反馈我们都会仔细看。

{{agent_name}}
Bramblegust 风筝客服
""")
template("zh/stunt/line-twist", "zh", "双线风筝线绞在一起的致歉与说明", """
{{buyer_name}}，您好：

很抱歉 {{kite}} 的两根线绞在一起给您添了麻烦。双线风筝每翻一个整圈，两根线就会绞上一圈，这是操控方式决定的，并不是线或风筝的质量问题。

绞上三四圈以内，风筝仍然可以正常操控；圈数多了，线之间的摩擦加大，转向会变得迟钝。这时只要朝相反方向翻同样的圈数，就能把线解开。

落地后如果线缠成一团，请先把风筝放平，从手柄一端顺着线往风筝方向慢慢理，不要用力拉扯，以免打成死结。

{{agent_name}}
Bramblegust 风筝客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/parafoil/inflate", "zh-tw", "軟體風箏鼓不起來的排除方法", """
{{buyer_name}} 您好：

很抱歉您的 {{kite}} 一直鼓不起來。軟體風箏沒有骨架，完全靠風從前緣的開口灌進氣室撐開，所以需要比一般風箏稍強、也更穩定的風。

請先確認以下幾點：
1. 前緣的進氣口朝向風吹來的方向，沒有被沙子或草屑堵住。
2. 提線沒有互相纏繞，每一組提線都能自然拉直。
3. 起飛前先把風箏平放在地上，等風灌進去、整個鼓起來之後再拉線。

如果在穩定的風中仍然有一側塌下去，請回覆本訊息並附上提線的照片，我們會協助您檢查。

{{agent_name}}
Bramblegust 風箏客服
""")
template("zh-tw/quad/handles", "zh-tw", "四線風箏手把的接法與握法", """
{{buyer_name}} 您好：

感謝您詢問 {{kite}} 手把的用法。四線風箏每支手把各接兩條線，上端接前緣、下端接後緣。手把上有顏色標記，請把紅色手把的兩條線接到風箏的右側。

握法：雙手各握一支手把，手腕放鬆，手把上端微微朝前。把手把上端往前推，風箏會減速甚至倒退；把下端往後拉，風箏會加速前進。兩手一推一拉，風箏就會在原地轉向。

剛開始練習時，建議讓手把保持直立，動作放小放慢，先練習讓風箏停在低空不動。

敬祝 順心
{{agent_name}}
Bramblegust 風箏客服
""")
template("zh-tw/repair/spar", "zh-tw", "更換碳纖維骨架的步驟", """
{{buyer_name}} 您好：

以下是 {{kite}} {{spar}}的更換步驟：

1. 先取下骨架兩端的端蓋，把斷掉的骨架從帆布套管中慢慢抽出，注意不要刮破帆布。
2. 把接頭、T 型連接件和綁線的位置，依照舊骨架的順序移到新骨架上，可以先拍照記下位置。
3. 把新骨架穿回套管、裝上端蓋，再確認左右兩側的張力一致。

修理包附的碳纖維骨架是標準規格，直接替換即可，不需要裁切。換好之後，請先在微風中試飛，確認風箏沒有偏向一邊。

{{agent_name}}
Bramblegust 風箏客服
""")
template("zh-tw/review/neutral-request", "zh-tw", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

感謝您購買 {{kite}}（訂單編號 {{order_id}}）。等您實際放飛過幾次之後，方便的話，歡迎到亞馬遜寫一則評論，分享使用心得。

您的評論能幫助其他玩家判斷這款風箏適不適合自己的場地與程度。不管看法如何，我們都會認真參考。

{{agent_name}}
Bramblegust 風箏客服
""")
