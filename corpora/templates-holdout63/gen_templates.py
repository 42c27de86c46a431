# -*- coding: utf-8 -*-
"""t63: the approved replies that make up library/ (gen.py writes them out).

The seller, Vellacourt Strings, is invented: violins, violas, cellos, bows, rosin, strings, cases, shoulder rests.
"""
import collections

TEMPLATES = collections.OrderedDict()   # template id -> body, ending in exactly one newline
TMETA = {}                  # template id -> (language folder, short topic)


def approve(tid, lang, topic, body):
    assert tid not in TEMPLATES, "template id used twice: " + tid
    TEMPLATES[tid], TMETA[tid] = body.strip("\n") + "\n", (lang, topic)


# ~~~~ English (9)
approve("en/outfit/sizing", "en", "buyer question: which violin size fits", """
Hello {{buyer_name}},

Thank you for asking which size of the {{product}} would suit {{player}}. The simplest test is done with the left arm held straight out to the side, palm up. Measure from the side of the neck to the middle of the palm: about 23 inches points to a full-size 4/4, about 22 inches to a 3/4, and about 20 inches to a 1/2.

Between two sizes, the smaller one is usually the better choice. A violin that is too large strains the shoulder and makes it hard to reach the upper notes in tune, while one that is a little small does no harm for a few months.

Teachers often check the fit by asking the student to hold the instrument in playing position and curl the fingers around the scroll. If the wrist has to stretch to get there, the instrument is too long.

Warm regards,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/setup/bridge", "en", "how-to: standing the bridge on a new instrument", """
Hi {{buyer_name}},

These are the steps for standing the bridge on your {{product}}. Loosen all four strings a little and place the bridge so that its feet sit between the two small notches cut into the f-holes. The lower, thinner side of the bridge goes under the highest string, and its flat face looks towards the tailpiece.

Lift the strings into their grooves one at a time, then tune them up slowly, checking after each turn that the bridge is still standing straight. Tightening strings tends to pull the top of the bridge towards the fingerboard; if it leans, hold it at the base with both hands and ease it back until it is upright again.

Please do not try to move the sound post inside the instrument. If you hear something rattle inside, or the bridge will not stay upright, let us know before you go any further.

Kind regards,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/strings/changing", "en", "product help: fitting a new set of strings", """
Dear {{buyer_name}},

You asked how to fit the {{strings}} to your {{product}}. Change one string at a time rather than taking them all off together; the pressure of the other strings keeps the bridge and the sound post in place.

Thread the ball end through the tailpiece or fine tuner, lay the string in its groove on the bridge and the nut, and wind it onto the peg so that the turns move towards the wall of the peg box. A little pencil graphite in the nut and bridge grooves helps the string slide as it comes up to pitch.

New synthetic-core strings stretch for the first three or four days, so expect to retune often during that time. They settle into a stable, warmer tone after about a week of regular playing.

With best wishes,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/troubleshoot/no-sound", "en", "troubleshooting: a new bow gives almost no sound", """
Hello {{buyer_name}},

Sorry to hear that your new {{bow}} gives little or no sound. This is almost always because fresh bow hair carries no rosin yet, and the hair cannot grip the string until it has been coated.

Tighten the hair until there is a gap about the width of a pencil between the hair and the middle of the stick. Then draw the hair firmly along the cake of rosin from end to end, fifteen to twenty times. If the rosin is new and its surface is glossy, scuff it lightly with fine sandpaper or the edge of a key first, so that the hair can pick up some powder.

Play a few long open strings afterwards. If the bow is still silent once you have done this, write back here with the name of the rosin you use, and we will work through it with you.

Regards,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/care/seasons", "en", "product help: looking after the instrument through dry and damp seasons", """
Hi {{buyer_name}},

You asked how to look after your {{product}} through the year. Wood moves with the air around it. In dry, heated rooms in winter it shrinks, and in humid summer weather it swells, so the aim is to keep its surroundings steady, ideally between 40 and 60 percent relative humidity.

A small humidifier tube in the case helps in winter; soak it, wipe off the drips, and refill it every few days. Keep the instrument away from radiators, fireplaces, sunny windowsills and air-conditioning vents, and never leave it in a parked car.

Watch for warning signs such as pegs that suddenly slip or stick, a buzz that was not there before, or a fine line appearing in the varnish. Those usually mean the air has become too dry or too damp, and it is best to show the instrument to a repairer early.

All the best,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/warranty/claim", "en", "what the guarantee covers and what we need to assess a fault", """
Dear {{buyer_name}},

We are sorry to hear about the problem with your {{product}}. For {{warranty_period}} from delivery we repair or replace instruments with a manufacturing fault. Typical examples are a seam that opens on its own, a crack that appears without any knock or fall, a fingerboard that lifts, or a peg or fine tuner that will not hold its position.

Some things are outside the guarantee: strings, bow hair and rosin, which wear with playing; scratches and marks on the varnish; damage from a drop or from extreme heat; and work done by a repairer we have not approved.

To assess it, we need a few sentences describing what you noticed and two or three sharp photos taken in daylight: one close-up of the problem and one of the whole instrument. We have opened case {{case_id}} under order {{order_id}} and will reply within two working days of receiving the photos.

Sincerely,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/apology/tuning", "en", "apology and explanation: an instrument that will not stay in tune", """
Hello {{buyer_name}},

Apologies that your {{product}} keeps drifting out of tune. It is frustrating to spend the start of every practice session tuning instead of playing.

Two things are usually behind it in the first weeks. New strings are still stretching, and the wooden pegs are still bedding into their holes. When you turn a peg, push it gently into the peg box as you turn, the way you would press a cork into a bottle, so that it grips. Use the fine tuners on the tailpiece for small adjustments.

If a peg still springs back after a week of this, or the instrument drops more than a semitone overnight, please reply with a short video of you tuning it. We will go through it with you and, if a peg is badly fitted, send a replacement peg or arrange a repair.

Sorry again for the trouble,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/review/neutral-request", "en", "an even-handed request for a review, never more than one per order", """
Dear {{buyer_name}},

We hope the {{product}} from order {{order_id}} has settled in well. When you have played it for a while, you are welcome to write a review on Amazon describing how it has worked for you.

Other players, parents and teachers often rely on reviews when they choose an instrument or an accessory. Our team reads every review and learns something from each one.

Thank you,
{{agent_name}}
Vellacourt Strings Customer Care
""")

approve("en/rest/fitting", "en", "buyer question: fitting and adjusting the shoulder rest", """
Hi {{buyer_name}},

Thanks for asking how to fit the {{rest}} to your {{product}}. The rest grips the edges of the back with its two rubber-covered feet. Press one end on first, then stretch the other end over the opposite edge; the feet should sit on the wide part of the lower bout, never on the corners.

Most players angle it slightly, so that it runs from the collarbone towards the top of the shoulder. The height of each leg is changed by turning the threaded foot: start with both in the middle of their range and change one setting at a time.

The right height lets you hold the instrument with the weight of your head alone, without raising your shoulder or clamping with your jaw. If you feel tension in your neck after a short practice, try lowering the rest rather than raising it.

Enjoy your playing,
{{agent_name}}
Vellacourt Strings Customer Care
""")

# ~~~~ Simplified Chinese (5)
approve("zh/rosin/use", "zh", "松香的使用与保存", """
{{buyer_name}}，您好：

感谢您咨询 {{rosin}} 的用法。新松香表面比较光滑，第一次使用前，可以用细砂纸在表面轻轻打磨几下，让弓毛更容易沾上松香粉。

擦松香时，先把 {{bow}} 的弓毛拧紧，再让弓毛贴着松香从弓根到弓尖来回擦十几次。平时每练习两三个小时补擦几下就够了，擦得太多反而会让声音发毛，琴弦上也会积下白色粉末。

松香怕热也怕摔，请放回原来的盒子里保存，不要留在阳光直射的窗台或夏天的车里。每次练完琴，用干的软布把琴弦和面板上的松香粉擦掉。

祝您练琴愉快！
{{agent_name}}
Vellacourt 提琴客服
""")

approve("zh/cello/endpin", "zh", "大提琴尾柱的调节与防滑", """
{{buyer_name}}，您好：

关于 {{product}} 的尾柱，调节方法如下：先松开琴身底部的尾柱螺丝，把尾柱拉出到合适的长度，再拧紧螺丝固定。一般来说，坐在椅子前半部分时，琴身上端应靠在胸骨附近，C 弦的弦轴大约位于左耳后方。

尾柱的金属尖头很锋利，在木地板或瓷砖上容易打滑，也会留下划痕。建议使用随琴附带的防滑垫，把尖头放进垫子中间的小凹槽里。

每次练完琴，请把尾柱完全收回琴身并拧紧螺丝，再装进琴包，避免尖头刮伤内衬。

祝您演奏愉快！
{{agent_name}}
Vellacourt 提琴客服
""")

approve("zh/review/neutral-request", "zh", "中立的评论邀请，每笔订单最多发一次", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 中的 {{product}} 已经陪您练了一段时间。如果您愿意，欢迎在亚马逊商品页面写下使用后的感受。

很多家长、老师和刚开始学琴的朋友在挑选乐器时，都会参考其他买家的评论。每一条评论我们都会仔细阅读，用来改进产品和服务。

{{agent_name}}
Vellacourt 提琴客服
""")

approve("zh/troubleshoot/buzz", "zh", "琴弦杂音的致歉与排查", """
{{buyer_name}}，您好：

{{product}} 演奏时出现嗡嗡的杂音，影响了您的练习，我们深感抱歉。这类杂音大多不是琴身本身的问题，而是某个小零件在跟着琴弦一起振动。

请先逐一检查以下几处：微调器上的小螺母是否松动，腮托和肩托是否碰到了琴身，琴弦两端的缠线是否贴在琴桥或琴枕上，以及有没有小东西掉进了琴身。找到松动的地方，轻轻拧紧或移开，杂音通常就会消失。

如果这些地方都没有问题，杂音仍然存在，请在本对话中回复一段拉奏空弦的短视频，并告诉我们是哪一根弦发出的声音，我们会帮您进一步判断。

{{agent_name}}
Vellacourt 提琴客服
""")

approve("zh/warranty/claim", "zh", "保修范围以及判断故障需要的资料", """
{{buyer_name}}，您好：

感谢您告诉我们 {{product}} 出现的问题。自收货之日起{{warranty_period}}内，凡因制作工艺或材料造成的故障，我们负责维修或更换，例如琴身接缝无故开胶、没有受到撞击却出现裂纹、指板翘起，或者弦轴、微调器无法固定等。

琴弦、弓毛、松香等消耗品的正常磨损，油漆表面的划痕，跌落或高温造成的损坏，以及未经我们认可的维修，不在保修范围之内。

请在本对话中简单描述您发现的情况，并在自然光下拍两三张清晰的照片，一张拍问题部位的特写，一张拍整把琴。我们已为订单 {{order_id}} 登记售后编号 {{case_id}}，收到照片后两个工作日内答复您。

{{agent_name}}
Vellacourt 提琴客服
""")

# ~~~~ Traditional Chinese (4)
approve("zh-tw/case/care", "zh-tw", "琴盒的使用與保養", """
{{buyer_name}} 您好：

感謝您詢問 {{case}} 的使用方式。把 {{product}} 放進琴盒時，請讓琴頭朝向有琴頸綁帶的那一端，扣上綁帶再闔上蓋子；琴弓放在蓋子內側的弓架上，轉緊旋鈕固定。

琴盒內附的濕度計可以隨時看到盒內的相對濕度，保持在百分之四十到六十之間最理想。天氣乾燥時，可以在配件格放一支加濕管；梅雨季節則請把加濕管拿出來。

背帶的扣環要確實扣好再背起琴盒。請不要把重物壓在琴盒上，也不要讓琴盒長時間放在車廂裡或靠近暖氣的地方。

{{agent_name}}
Vellacourt 提琴客服
""")

approve("zh-tw/strings/fine-tuner", "zh-tw", "微調器的使用方式", """
{{buyer_name}} 您好：

{{product}} 的拉弦板上裝有四個微調器，適合用來做小幅度的音準調整。順時針轉動旋鈕，音會變高；逆時針轉動，音會變低。

如果音差超過半音，請先用琴頭的弦軸調到接近的位置，再用微調器細調。轉動弦軸時，一邊轉一邊輕輕往內推，弦軸才會卡緊，不容易滑掉。

微調器的螺絲轉到底之後就不能再往下調，這時請先把螺絲往回轉到中間，再用弦軸補上音高。也請留意微調器的底部不要碰到琴面，以免刮傷油漆。

{{agent_name}}
Vellacourt 提琴客服
""")

approve("zh-tw/troubleshoot/wolf", "zh-tw", "大提琴狼音的致歉與說明", """
{{buyer_name}} 您好：

很抱歉 {{product}} 在某個音上出現顫抖、像在低吼的聲音，讓您練琴時很困擾。這種聲音稱為「狼音」，通常出現在 G 弦或 C 弦的 F 到升 F 附近，是琴身共鳴和琴弦振動互相干擾所造成的，許多音色飽滿的大提琴都會有。

改善方法是在 G 弦的琴橋和拉弦板之間裝上隨琴附上的消狼器，再沿著弦慢慢移動位置，直到狼音明顯減弱為止。拉奏時稍微調整運弓的壓力和速度，也能讓狼音比較不明顯。

如果裝上消狼器之後狼音仍然很嚴重，請回覆一段拉奏該音的影片，我們會請技師協助判斷。

{{agent_name}}
Vellacourt 提琴客服
""")

approve("zh-tw/bow/care", "zh-tw", "琴弓的日常保養", """
{{buyer_name}} 您好：

關於 {{bow}} 的日常保養，有幾點提供您參考。拉琴前轉動弓根的螺絲，把弓毛調到和弓桿中段相距約一支鉛筆粗細即可，不要把弓桿拉直；練習結束後，一定要把弓毛放鬆再收進琴盒。

手指請盡量不要碰到弓毛，皮膚上的油脂會讓弓毛失去抓弦的能力。弓桿上的松香粉可以用乾的軟布擦掉，不需要使用任何清潔劑。

弓毛使用一段時間後會變細、斷裂或拉不出聲音，一般每年換毛一次即可；練習量大的話，可以縮短為半年。

{{agent_name}}
Vellacourt 提琴客服
""")
