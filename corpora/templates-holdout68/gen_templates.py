# -*- coding: utf-8 -*-
"""Approved template library of t68 (imported by gen.py). All texts written for this set.

Seller (invented): Burrowkin Kids Rooms, children's bedroom furniture (bunk beds, cot beds, toy storage,
study desks, night lights, mattress protectors).
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
template("en/bunk/assembly", "en", "assembly help: the build order of a bunk bed", """
Hello {{buyer_name}},

Thanks for your question about putting together the {{product}}. The build goes most smoothly in the order printed in the booklet: the two end frames first, then the side rails of the lower bunk, then the upper bunk, with the ladder and guard rails last.

Leave every bolt slightly loose until the whole frame is standing, then tighten them in a criss-cross pattern with the hex key supplied. Fully tightening one corner before the others are in place can pull the frame out of square and make the last holes hard to line up.

Two adults make this much easier, especially when lifting the upper bunk onto its posts. Allow roughly {{build_time}} for the first build.

Warm regards,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/bunk/guard-rail", "en", "safety question: guard rails, mattress depth and age on the top bunk", """
Hi {{buyer_name}},

Happy to help with your question on the upper bunk of your {{product}}. The guard rails run along both long sides, and the top of each rail sits 5 inches above a mattress up to {{max_mattress}} thick. A deeper mattress eats into that margin, so please stay within that limit.

We recommend the top bunk only for children aged six and over, and the ladder should stay fixed to the frame with both brackets at all times. The slats are rated for 175 pounds on the upper bunk and 220 pounds on the lower one.

Once a month, check that the rail bolts are still snug; children climbing and leaning on the rails can slowly loosen them.

Best wishes,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/cotbed/convert", "en", "product help: converting a cot bed into a toddler bed", """
Dear {{buyer_name}},

Thanks for getting in touch about converting your {{product}}. When your little one starts climbing, the cot side can come off and the bed becomes a toddler bed. Undo the four bolts that hold the front panel, lift it away, and fit the low toddler rail with the short bolts from the spare parts bag.

Before converting, move the mattress base to its lowest setting. The base has three heights: the top one is for newborns only, the middle one for babies who can sit up, and the bottom one for anyone who can pull up to stand.

Keep the removed panel and its bolts together somewhere safe in case you need them again.

Kind regards,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/desk/tilt", "en", "product help: desk height and the tilting top", """
Hello {{buyer_name}},

Setting up the {{product}} for your child takes only a minute. The height is changed with the crank handle under the right-hand side of the top: turn it clockwise to raise the desk and anticlockwise to lower it. A good height is one where your child's elbows rest at about a right angle with the shoulders relaxed.

For drawing and reading, the front part of the top tilts up to 35 degrees. Lift the front edge to the angle you want and it locks in place; to lower it, squeeze the lever under the lip and guide it down with your other hand so it does not drop.

The small ledge along the bottom edge keeps pencils and books from sliding off while the top is tilted.

All the best,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/nightlight/modes", "en", "product help: night light colours, dimming, timer and charging", """
Hi {{buyer_name}},

Lovely to hear from you about the {{product}}. A short tap on the top cycles through warm white, soft amber and a slow colour fade. Holding the top down dims or brightens the light; let go when it looks right.

The moon button on the base starts the sleep timer. One press gives 30 minutes and two presses give 60 minutes, after which the light fades out gently over a minute.

A full charge from the USB-C cable takes about {{charge_time}} and lasts several nights on the lowest setting. The ring near the base glows red while charging and turns green once it is done.

Sleep well,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/protector/washing", "en", "product care: washing and drying a waterproof mattress protector", """
Dear {{buyer_name}},

Caring for your {{product}} is simple. It can go in the washing machine on a warm cycle, up to 140 degrees Fahrenheit, with a mild detergent. Please skip bleach and fabric softener, because both wear down the waterproof backing over time.

Tumble dry on low heat or hang it over a line out of direct sun. A hot dryer setting can make the backing crinkle or peel, and a later wash will not undo that.

It helps to keep a second protector on hand so the bed is never bare on a wash day, especially during toilet training.

With best wishes,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/warranty/claim", "en", "what the frame warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

We're sorry to learn of the problem with your {{product}}. Our furniture carries a {{warranty_period}} warranty on the frame and hardware against faults in materials or manufacture, such as a cracked joint, a weld that gives way or a bolt hole that strips in normal use.

Ordinary wear, damage from standing or jumping on the furniture, and changes the owner has made to it fall outside the warranty.

So that we can assess it, please reply in this thread with a photo of the whole piece and a close-up of the faulty part, plus the batch number printed on the white label. Your case number is {{case_id}}, linked to order {{order_id}}.

Yours sincerely,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/apology/creak", "en", "apology and explanation: a new bed that creaks and sways", """
Hello {{buyer_name}},

Apologies that the {{product}} has started to creak and sway. That is the last thing anyone wants at bedtime, and I understand why it is worrying with a child sleeping up there.

New wooden frames settle during their first couple of weeks, and the bolts work slightly loose as the timber adjusts. Please go round every bolt with the hex key and give each one a firm final turn, starting with the corner posts. A small strip of felt between the slats and the side rails stops most squeaks.

If the frame still moves noticeably after that, please reply with a short video showing where it flexes, and we will work out the next step with you.

Sorry again for the trouble,
{{agent_name}}
Burrowkin Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} has settled into the bedroom nicely. When you have had some time with it, we would be grateful if you told other parents how it has worked for you in an Amazon review.

Parents planning a child's room often lean on what other families have written, and every honest opinion, whatever it says, helps us make our furniture better.

Thank you,
{{agent_name}}
Burrowkin Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/storage/toybox", "zh", "玩具收纳凳的缓降铰链与安全使用", """
{{buyer_name}}，您好：

谢谢您询问 {{product}} 的用法。凳面装有缓降铰链，掀开后可以停在任意角度，松手时也会慢慢合上，不会夹到孩子的小手。

第一次使用前，请确认铰链两侧的螺丝都已拧紧。凳面可以坐一个成年人，但请不要让孩子站在上面攀爬或者蹦跳。

箱体底部留有两个透气孔，万一孩子躲进去玩捉迷藏也不会完全不通风；不过我们仍然建议不要让孩子钻进箱子里玩。

祝您和孩子生活愉快！
{{agent_name}}
Burrowkin 儿童家具客服
""")
template("zh/desk/assembly", "zh", "升降学习桌的安装要点", """
{{buyer_name}}，您好：

关于 {{product}} 的安装，给您几点建议：

1. 开箱后先对照说明书第二页的清单，把螺丝和配件按编号分好。
2. 先装两侧桌腿和横梁，螺丝拧到八成紧即可，等桌面装好后再全部拧紧。
3. 把升降摇杆插进桌面右下方的孔里，听到“咔”的一声就表示到位了。

整个安装大约需要四十分钟，建议两个人一起完成。如果某个孔位对不上，请不要硬拧，以免损坏螺纹。

此致
{{agent_name}}
Burrowkin 儿童家具客服
""")
template("zh/cotbed/mattress", "zh", "婴儿床的床垫尺寸与床板高度", """
{{buyer_name}}，您好：

谢谢您联系我们。{{product}} 配用的床垫尺寸为 {{mattress_size}}，厚度不要超过十厘米。床垫放进去以后，四周和床框之间的空隙不应超过两指宽，这样宝宝的手脚不会卡进去。

床板有三档高度：新生儿用最高档，方便您弯腰抱起；宝宝会坐以后调到中间档；会扶着栏杆站起来以后，请调到最低档。

床里不需要放枕头、厚被子或毛绒玩具，让宝宝睡在平整、偏硬的床垫上最安全。

{{agent_name}}
Burrowkin 儿童家具客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 已经顺利用上了。等孩子用过一阵子，如果您愿意，可以在亚马逊上留下评论，讲讲实际使用的感受。

很多家长布置儿童房时都会参考其他家庭的意见。不论您的看法如何，对我们改进产品都很有帮助。

谢谢您！
{{agent_name}}
Burrowkin 儿童家具客服
""")
template("zh/warranty/claim", "zh", "框架质保范围及判断所需的资料", """
{{buyer_name}}，您好：

谢谢您告诉我们 {{product}} 出现的问题。我们的家具框架和五金件提供{{warranty_period}}质保，凡因材料或制造缺陷造成的问题，例如接口开裂、焊点脱开、螺丝孔在正常使用中滑牙，都可以申请。

日常磨损、在家具上站立或蹦跳造成的损坏，以及自行改装过的产品，不在质保范围内。

请直接回复这条消息，附上整件家具的照片、故障部位的特写，以及白色标签上的批次号，方便我们判断。本次售后编号为 {{case_id}}，对应订单 {{order_id}}。

{{agent_name}}
Burrowkin 儿童家具客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/bunk/ladder", "zh-tw", "雙層床梯子的安裝位置與固定", """
{{buyer_name}} 您好：

謝謝您詢問 {{product}} 的梯子安裝方式。梯子可以裝在床架的左側或右側，請依房間門窗的位置決定，盡量不要讓梯子正對房門。

安裝時先把上下兩組掛勾扣在床邊護欄上，再用附贈的長螺絲從內側鎖緊固定片。鎖好後請用手用力搖晃梯子，確認完全不會晃動再讓孩子使用。

梯子每一階都有止滑紋路，請不要在上面鋪地毯或另外貼止滑墊，以免反而容易滑倒。

祝 平安順心
{{agent_name}}
Burrowkin 兒童家具客服
""")
template("zh-tw/nightlight/care", "zh-tw", "小夜燈矽膠燈罩的清潔與電池保養", """
{{buyer_name}} 您好：

關於 {{product}} 的清潔與保養，說明如下：

1. 矽膠燈罩可以整個取下，用溫水加少量洗碗精清洗，擦乾後再裝回底座。
2. 底座不防水，請用微濕的布擦拭，不要直接沖水。
3. 如果長時間不使用，建議每兩個月充一次電，避免電池完全放電。

燈罩是食品級矽膠，孩子抱著睡或咬一下都沒有關係，但請不要讓孩子拿著充電線玩。

{{agent_name}}
Burrowkin 兒童家具客服
""")
template("zh-tw/protector/fit", "zh-tw", "防水保潔墊的尺寸與鋪法", """
{{buyer_name}} 您好：

{{product}} 的四邊是全包式鬆緊帶設計，適用厚度 {{depth}} 以內的床墊。鋪的時候建議先套住床頭的兩個角，再拉到床尾套上另外兩個角，這樣比較省力。

如果床墊比較厚，鬆緊帶可能會把保潔墊往上拉，讓表面不平整，這時可以先把床墊翻面，從較薄的一側套入。

防水層在背面，請讓印有標籤的那一面朝下貼著床墊，柔軟的棉質面朝上。

敬祝 安康
{{agent_name}}
Burrowkin 兒童家具客服
""")
template("zh-tw/apology/odor", "zh-tw", "新家具氣味的致歉與說明", """
{{buyer_name}} 您好：

很抱歉 {{product}} 拆箱後的氣味讓您感到不舒服。新的板材和漆面在密封包裝裡放了一段時間，剛打開時會有比較明顯的木料和塗料味道。

我們使用的板材和塗料都通過兒童家具的安全檢測。建議您把家具放在通風良好的房間，打開窗戶幾天，氣味通常一到兩週內就會明顯變淡。期間可以放一些活性碳包幫忙吸附。

如果兩週後氣味仍然很重，請回覆本訊息告訴我們，我們會進一步協助您。

再次致歉
{{agent_name}}
Burrowkin 兒童家具客服
""")
