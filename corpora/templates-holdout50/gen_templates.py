# -*- coding: utf-8 -*-
"""Approved template library of t50 (templates-holdout50), imported by gen.py.
Seller: Hazelbrook Nursery Goods (invented). Every text was written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/stroller/fold", "en", "answering a product question: folding and unfolding the stroller", """
Hello {{buyer_name}},

Thanks for your question about folding the {{product}}. Before you start, put the seat in its upright position and lock the rear brake; the frame folds more easily when the wheels cannot roll.

To fold, squeeze the grey button under the handlebar and pull the strap on the back of the seat upwards in one movement. The stroller collapses forwards, and the storage latch on the left side clicks shut by itself, so the frame stays closed while you carry it.

To open it again, release the storage latch, lift the handlebar until both side hinges click, and press down on the footrest to make sure the frame is fully locked before a child sits in it.

Best regards,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/carseat/install", "en", "how-to: installing the car seat with the lower anchors and top tether", """
Dear {{buyer_name}},

Here is how to fit your {{product}} in the {{vehicle}} using the lower anchors. Push the car seat firmly back into the vehicle seat, clip both lower-anchor connectors onto the anchor bars until their indicators turn green, then press your knee into the base while you pull the tightening strap.

When you have finished, hold the car seat at the belt path and try to move it. It should shift less than one inch from side to side or front to back. If it moves more than that, loosen the strap and tighten it again with more of your weight on the base.

In forward-facing mode, always hook the top tether onto the tether anchor behind the vehicle seat and pull it snug. The bubble level on the side of the base shows the correct recline for each direction.

Kind regards,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/carseat/harness", "en", "answering a product question: harness height and chest clip", """
Hi {{buyer_name}},

Thank you for asking how to adjust the harness on your {{product}}. The seat has a no-rethread headrest, so the shoulder straps move together with it: squeeze the red handle at the top of the headrest and slide it up or down.

For a rear-facing child, the straps should come out of the seat at or just below the shoulders. For a forward-facing child, they should come out at or just above the shoulders.

Buckle the 5-point harness and pull the adjuster strap at the front until you can no longer pinch any slack in the webbing at your child's collarbone. Then slide the chest clip up so that it sits level with the armpits.

Puffy winter coats leave hidden space inside the harness, so buckle your child in ordinary clothes and lay a blanket over the top instead.

Take care,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/carseat/stroller-adapter", "en", "answering a compatibility question: the infant carrier on the stroller", """
Hello {{buyer_name}},

Yes, the {{carrier_model}} can ride on the {{stroller_model}}. You will need the two adapter rings that came in the small white bag with the stroller; they are marked L and R on the inside.

Take off the stroller seat by pressing the release buttons on both sides. Push each adapter ring onto the frame mount on its matching side until it clicks, then lower the carrier onto the rings with the baby's feet towards the handlebar. You will hear a click on each side when it is locked.

To lift the carrier off, pull up the release handle behind the canopy first. Remove the adapter rings again before you refit the stroller seat.

With best wishes,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/crib/assembly", "en", "how-to: assembling the convertible crib", """
Dear {{buyer_name}},

Thank you for getting in touch about putting together your {{product}}. Assembly takes two adults about an hour, and the only tool you need is the hex key packed in hardware bag {{hardware_bag}}.

Lay the panels out on a rug so the finish does not get scratched, and begin by joining the two end panels to the mattress support with the long bolts. Leave every bolt loose until the front and back rails are attached, then tighten them in a cross pattern, a little at a time.

Once the crib stands square, check that each bolt is snug and that the support hooks sit at the same level in all four corners. Please check the bolts again every few months, because wood settles over time.

Kind regards,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/crib/mattress-height", "en", "answering a product question: lowering the crib mattress support", """
Hi {{buyer_name}},

The {{product}} has three mattress heights. The top position is meant for newborns; move to the middle one as soon as your baby can sit up unaided, and to the lowest one before they can pull themselves up to stand.

To change the height, lift out the mattress, undo the four bolts that hold the support, and hang the support on the lower set of hooks. Put the bolts back and tighten them before the mattress goes back in.

The mattress should fit snugly, leaving no more than two fingers' width between its edge and the crib frame on any side.

Warm regards,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

I'm sorry to hear about the trouble with your {{product}}. Our {{warranty_period}} limited warranty applies when a part fails because of how it was made or the materials used: a fold latch that no longer catches, a wheel bearing that locks up, or stitching that pulls apart during ordinary use are typical examples.

It does not extend to normal wear, to damage caused by an accident or misuse, or to products that have been altered.

Your claim is logged as {{case_id}} against order {{order_id}}. Please answer this message with a few lines on what happened and two or three photos of the affected part, and we will review it within two business days.

Yours sincerely,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/apology/glider-squeak", "en", "apology for a nursery glider that squeaks, with the fix", """
Dear {{buyer_name}},

I'm so sorry that your {{product}} has started to squeak. A glider is supposed to be the quietest corner of the nursery, and a creak in the middle of a night feed is the last thing you need.

The noise nearly always comes from the four pivot bolts under the seat, which can work slightly loose during the first weeks of use. Tip the glider onto its back on a soft surface, tighten each pivot bolt a quarter turn with the hex key from the box, and wipe a little silicone spray onto the metal arms where they meet.

If the squeak comes back after that, please tell me in this thread and I will arrange new pivot hardware for you.

Apologies again,
{{agent_name}}
Hazelbrook Nursery Goods
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} is settling in well at home. If you have a few minutes, we would appreciate it if you shared your experience of it in a review on Amazon.

Other parents read these reviews when they choose gear for their own children, and we read every one of them too. Every honest opinion is welcome, whatever it says.

With thanks,
{{agent_name}}
Hazelbrook Nursery Goods
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/stroller/canopy-recline", "zh", "遮阳篷与靠背的调节", """
{{buyer_name}}，您好：

感谢您咨询 {{product}} 的遮阳篷和靠背。遮阳篷向前拉到底以后，拉开中间的拉链还能再放出一截，中午出门可以挡住大部分阳光；篷顶的网纱窗掀开后通风更好，也方便随时看看宝宝。

靠背一共有四档。调节时一只手扶住座椅，另一只手捏住椅背后方的调节扣，把椅背放到需要的位置后松手，听到“咔嗒”一声就说明卡好了。六个月以内的宝宝建议使用最平的一档。

每次调完，请轻轻推一下椅背，确认已经锁定，再让宝宝坐进去。

祝您和宝宝出行愉快！
{{agent_name}}
Hazelbrook 母婴用品客服
""")
template("zh/carseat/rotate", "zh", "安全座椅的旋转与朝向", """
{{buyer_name}}，您好：

关于 {{product}} 的旋转功能：按住底座正前方的旋转按钮，同时转动座椅，就能在后向和前向之间切换；转到侧面时可以停住，方便把宝宝放进去或抱出来。

车辆行驶时，座椅必须锁定在正后向或正前向。锁好后底座侧面的指示窗会变成绿色；如果显示红色，说明还没有到位，请再转一点，直到听见锁定的声音。

我们建议尽量延长后向使用的时间，至少到宝宝满两周岁，并且身高和体重都在说明书规定的后向范围以内。

此致
{{agent_name}}
Hazelbrook 母婴用品客服
""")
template("zh/dresser/anti-tip", "zh", "抽屉柜防倾倒装置的安装", """
{{buyer_name}}，您好：

感谢您询问 {{product}} 的防倾倒装置。包装里附有一根防倾倒绑带和两组螺丝，请务必先把柜子固定在墙上，再往抽屉里放东西。

先用短螺丝把绑带的一端固定在柜子背板顶部的预留孔上，然后在墙上相同高度找到龙骨，用长螺丝把绑带的另一端固定好。如果是空心的石膏板墙，请改用适合空心墙的膨胀螺栓。

固定以后，也请不要让孩子攀爬抽屉，柜子顶部不要放电视之类的重物。

谨致问候
{{agent_name}}
Hazelbrook 母婴用品客服
""")
template("zh/warranty/claim", "zh", "质保范围及判断问题所需的资料", """
{{buyer_name}}，您好：

很遗憾 {{product}} 给您带来了麻烦。我们提供{{warranty_period}}有限质保，凡是因做工或用料导致的故障都可以申请，常见的情况有：折叠锁扣扣不上、车轮轴承卡住、正常使用中缝线裂开。

正常磨损、意外或使用不当造成的损坏，以及经过改装的产品，不属于质保范围。

您的质保申请已登记，编号 {{case_id}}，关联订单 {{order_id}}。请直接回复本消息，简单写几句经过，并附两三张问题部位的照片，我们会在两个工作日内审核。

{{agent_name}}
Hazelbrook 母婴用品客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 已经顺利用起来了。如果您有空，可以到亚马逊的商品页面留一条评论，讲讲实际用下来的感受。

其他家长给孩子挑选用品时会参考这些评论，我们也会逐条阅读。不论您的看法如何，都欢迎如实分享。

谢谢您！
{{agent_name}}
Hazelbrook 母婴用品客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/stroller/fabric-care", "zh-tw", "推車布套與遮陽篷的拆洗", """
{{buyer_name}} 您好：

{{product}} 的座椅布套和遮陽篷都可以拆下來清洗。座椅布套沿著邊緣的按扣與黏扣帶依序解開就能取下；遮陽篷只要把兩側的卡扣往外推，就能從車架上拿下來。

布套請用三十度以下的冷水手洗，加少量中性洗劑，輕輕搓洗後用清水沖淨。請不要漂白、烘乾或熨燙，洗好後攤平放在陰涼處晾乾。

車架與輪子用擰乾的濕布擦拭即可，擦完再用乾布擦一遍，避免金屬零件生鏽。

{{agent_name}}
Hazelbrook 嬰幼兒用品客服
""")
template("zh-tw/carseat/newborn-insert", "zh-tw", "新生兒內墊的使用與拆除時機", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 附的新生兒內墊。內墊分成頭部護枕和身體墊兩件，讓體重較輕的寶寶在座椅中躺得更服貼。

寶寶體重未滿五公斤時，兩件都要使用；體重超過五公斤，或肩膀已經高過最低一格的肩帶出口時，請先拿掉身體墊。頭部護枕可以繼續使用，直到寶寶的頭明顯頂到護枕上緣為止。

拆下內墊之後，請重新調整肩帶高度，並把肩帶拉緊。

敬祝 平安順心
{{agent_name}}
Hazelbrook 嬰幼兒用品客服
""")
template("zh-tw/glider/lock", "zh-tw", "哺乳搖椅與腳凳的鎖定拉桿", """
{{buyer_name}} 您好：

{{product}} 的右側扶手下方有一支鎖定拉桿。把拉桿往前推，搖椅就會固定不動，適合抱著寶寶起身，或讓大一點的孩子自己爬上來；把拉桿往後拉，就能恢復前後滑動。

腳凳也有一樣的拉桿，位置在正面下緣，用法相同。

為了安全，請不要讓孩子獨自在搖椅或腳凳上玩耍；您離開座位前，也請先把拉桿推到鎖定位置。

{{agent_name}}
Hazelbrook 嬰幼兒用品客服
""")
template("zh-tw/apology/drawer-stuck", "zh-tw", "抽屜開關卡住的致歉與滑軌調整", """
{{buyer_name}} 您好：

非常抱歉，您的 {{product}} 抽屜開關時會卡住，造成您的不便。這種情形通常是滑軌在組裝時沒有完全對齊，並不是木料本身的問題。

請把抽屜完全拉出，按下兩側滑軌上的黑色卡榫，把抽屜取下，再檢查櫃體內的滑軌螺絲是否鎖緊、左右是否在同一高度。調整好之後，把抽屜對準滑軌平推回去，聽到「喀」一聲就完成了。

如果調整之後抽屜還是不順，請回覆幾張照片，我們再一起想辦法。造成您的困擾，真的很抱歉。

{{agent_name}}
Hazelbrook 嬰幼兒用品客服
""")
