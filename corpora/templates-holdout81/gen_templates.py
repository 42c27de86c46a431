# -*- coding: utf-8 -*-
"""t81: the approved template library (imported by gen.py). Every text here was written for this set.

Seller (invented): Brassleaf Typeworks, manual typewriters, typewriter ribbons, platens, carrying cases
and cleaning kits, sold on Amazon.com.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()   # id -> text (ends with one newline)
TMETA = OrderedDict()       # id -> (language column, topic)


def approved(tid, col, topic, body):
    if tid in TEMPLATES:
        raise SystemExit("template id used twice: " + tid)
    TEMPLATES[tid] = body.strip("\n") + "\n"
    TMETA[tid] = (col, topic)


# ================================================================== English (9)
approved("en/ribbon/install", "en", "how-to: threading a new ribbon onto a spool machine", """
Hello {{buyer_name}},

Thanks for asking how to fit the {{ribbon}} to your {{machine}}. Lift the top cover and move the carriage to the middle so that both spool cups are easy to reach. Take the old spools off their hubs and note which way the ribbon ran; on most machines it feeds off the back of one spool and onto the back of the other.

Drop a new spool onto each hub and turn it gently until the drive pin catches. Thread the ribbon through both reversing arms and then down through the ribbon vibrator, the small fork that rises in front of the platen each time you strike a key. Near each end of the ribbon there is a metal eyelet that trips the reversing arm, so leave it on the spool side of the arm.

Set the color selector to black and type a line or two. The ribbon should creep along a little with every keystroke, and the letters should come out crisp from the first word.

Warm regards,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/ribbon/compat", "en", "product answer: which ribbons fit which machines", """
Hi {{buyer_name}},

Thank you for asking whether our ribbons will suit your {{machine}}. Almost every manual typewriter built since the 1950s uses ribbon half an inch wide, which is the width of every Brassleaf ribbon. The part that varies from one machine to another is the spool.

Our ribbons are wound on universal metal spools whose center hole sits on both round and square hubs. If your machine needs spools with a special hub, keep its original spools and wind the new ribbon onto them by hand. It takes about five minutes, and the eyelets stay where they are.

Nylon gives dark, even letters and lasts longer between changes. Cotton gives a softer edge that some writers prefer for letters and drafts. Either one works in any machine with a standard ribbon vibrator.

Kind regards,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/cleaning/typeface", "en", "how-to: cleaning the type slugs with the cleaning kit", """
Dear {{buyer_name}},

Here is how to use the {{kit}} on the typeface of your machine. Remove the ribbon first, or move the selector to the stencil setting so the ribbon drops out of the way, and lay a sheet of scrap paper in front of the typewriter to catch loose ink and lint.

Knead a piece of the cleaning putty until it is soft and warm, press it onto the faces of a few type slugs at a time, and peel it away. Letters with closed loops, such as a, e, o and g, collect the most ink and may need two or three presses. For hardened deposits, dip the brass brush in the cleaning fluid and brush across the slug, never up and down the typebar.

Wipe each slug with one of the lint-free cloths and leave the machine uncovered for an hour so that the fluid can evaporate before you refit the ribbon. The putty turns gray as it works; once it stops lifting ink, use a fresh piece.

Best wishes,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/troubleshoot/skipping", "en", "troubleshooting: the carriage skips or letters pile up", """
Hello {{buyer_name}},

I'm sorry your {{machine}} has started skipping. When the carriage jumps two spaces at once, or letters land on top of each other, the cause is usually the escapement: the mechanism that lets the carriage move exactly one step for each key you press.

Please check the simple causes first. Make sure the carriage lock is fully released and that nothing is lying on the carriage rails; a staple or a scrap of ribbon is enough to upset it. Then look behind the carriage and check that the drawband is hooked on at both ends and wound neatly on its drum.

Type with a firm, even stroke and let each key return fully before you press the next. A very light, fast touch that suits a computer keyboard can make a manual machine skip. If it keeps happening after these checks, reply here with a short video of the carriage while you type and we will guide you through the next step.

Regards,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/troubleshoot/faint-print", "en", "troubleshooting: faint or broken print", """
Hi {{buyer_name}},

Sorry to hear the print from your {{machine}} is coming out faint. There are three usual suspects, and they are quickest to check in this order.

First, the ribbon. Look at the stretch the type strikes: if it is shiny and you can see letters worn into it, the ribbon has run dry. Winding the spools by hand to bring a fresh stretch into place will show whether a new ribbon would cure it.

Second, the color selector. If the lever sits halfway between black and red, or on the stencil position, the type hits the edge of the ribbon or misses it altogether. Push it firmly to black.

Third, the platen. Rubber that has gone hard and glossy with age gives thin, broken letters, often darker at the top than at the bottom. Press a fingernail into it: good rubber takes a slight mark, while hardened rubber feels like plastic. A second sheet of paper behind the first softens the strike until the platen is replaced.

All the best,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/platen/replace", "en", "how-to: fitting a replacement platen", """
Dear {{buyer_name}},

Fitting the {{platen}} to your {{machine}} takes about twenty minutes and needs only a small flat screwdriver.

Lift off the paper table and the paper bail so that the old platen is in full view. Unscrew the left platen knob, turning it clockwise because it has a left-hand thread, then draw the platen rod out to the right while you support the platen with your other hand. Lift the old platen out and keep the small washers in the order they came off.

Set the new platen in place, push the rod back through from the right, fit the washers and screw the left knob back on. Turn the platen by hand a few times: it should spin freely without rubbing, and a sheet of paper should feed in straight.

Kind regards,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/warranty/claim", "en", "warranty: what is covered and what we need to assess a claim", """
Dear {{buyer_name}},

We are sorry to hear that your {{product}} is giving trouble, and we want to get it typing properly again. Its {{warranty_period}} warranty applies whenever a part fails because of the way it was made or assembled. Typical examples on our machines are:

- a typebar that cracks or bends in ordinary typing;
- a carriage that stops advancing, or a drawband that snaps;
- a bell, margin stop or shift key that stops working.

Two kinds of damage sit outside it. Ribbons and platen rubber are consumables that wear down with use. Accidents, spills, oil added to the typebar segment and repairs done elsewhere are not covered either.

Our technician decides on the fix once she has seen the fault, so please answer here with a few sentences on what happens and a photo or short video. Your case number is {{case_id}}, linked to order {{order_id}}, and you will hear from us within two business days.

Sincerely,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/apology/stiff-keys", "en", "apology and explanation: stiff keys on a new machine", """
Hello {{buyer_name}},

I'm sorry the keys on your new {{machine}} feel stiff. You expected a light, smooth action from a new typewriter, and it is frustrating when the first pages feel like hard work.

Every machine is lubricated at the factory, with a light oil on the carriage rails and a dry lubricant in the typebar segment. In a cool room the oil stays thick for the first few days, and the key springs are at their firmest before they have been used. Most owners find that the touch loosens noticeably after ten to fifteen pages.

You can also change the touch yourself. Under the left side of the keyboard there is a small dial numbered 1 to 5; turning it toward 1 makes the keys lighter. If they are still stiff after a week of use, please write back and we will look at it with you and put it right.

With apologies,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

approved("en/review/neutral-request", "en", "neutral invitation to review (at most once per order)", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} is settling in well. Once you have used it for a while, you are welcome to post a review of it on Amazon, and we would be glad to read it.

There is nothing in particular you need to cover. Whatever stood out to you, good or bad, is exactly what the next typist will want to know.

Best wishes,
{{agent_name}}
Brassleaf Typeworks Customer Care
""")

# ================================================================== Simplified Chinese (5)
approved("zh/machine/margins", "zh", "边距、行距与打铃提示的设置", """
{{buyer_name}}，您好：

感谢您咨询 {{machine}} 的边距和行距设置。纸架后方有左右两个边距挡块，按住挡块顶部的小压片，就可以沿着刻度尺左右移动，松开后会卡在新的位置。一般书信建议左边距设在刻度 10，右边距设在刻度 75。

行距由滚筒左侧的行距杆控制，可以选 1、1.5 和 2 三档。写稿或打草稿时常用 2 档，方便以后在行间修改。

每行快打到右边距时，机器会响一声铃，提示您还能再打六到八个字符。如果一个单词还没打完字车就停住了，可以按一下键盘右上角的边距释放键，再多打几个字符。

祝您打字愉快！
{{agent_name}}
Brassleaf 打字机客服
""")

approved("zh/cleaning/kit", "zh", "用清洁套装清洁机身与滚筒", """
{{buyer_name}}，您好：

关于用 {{kit}} 清洁打字机的机身和滚筒，建议按下面的顺序进行：

1. 先取下色带，把字车推到最右边，用套装里的软毛刷把字杆之间和字车导轨上的灰尘、纸屑刷出来。
2. 用无尘布蘸少量滚筒清洁液，一边转动滚筒一边擦拭，直到布上不再有黑色痕迹。
3. 机身外壳用微湿的无尘布擦拭即可，不要让清洁液流进键盘下面。

擦过清洁液的地方请晾一小时左右再装回色带。清洁液用完后请拧紧瓶盖，放在阴凉处，远离明火。

此致
{{agent_name}}
Brassleaf 打字机客服
""")

approved("zh/warranty/claim", "zh", "保修范围及处理保修所需的资料", """
{{buyer_name}}，您好：

{{product}} 出了问题，耽误了您写东西，我们很抱歉。这台打字机提供{{warranty_period}}质保，只要是制造或装配原因导致的损坏，我们都负责处理。常见的情况有：

1. 正常打字时字杆弯折或断裂；
2. 字车不再走格，或者拉带断开；
3. 打铃、边距挡块或换档键失灵。

色带和滚筒胶面会随使用自然磨损，属于耗材；意外摔落、液体泼洒、往字杆扇形座里加油，以及在别处维修过的机器，也不在质保之列。

维修师傅需要先看到故障才能决定怎么修，麻烦您在这里回复几句话说明，并附上照片或短视频。本次售后编号为 {{case_id}}，对应订单 {{order_id}}，我们会在两个工作日内回复。

顺祝安好
{{agent_name}}
Brassleaf 打字机客服
""")

approved("zh/apology/ribbon-smudge", "zh", "新色带蹭墨的致歉与说明", """
{{buyer_name}}，您好：

很抱歉新换的 {{ribbon}} 让您的稿纸上出现了蹭墨，给您添麻烦了。刚开封的色带含墨量最高，前几页字迹偏粗、纸面留有淡淡的灰印，是比较常见的情况。

一般打过五到十页，多余的墨就会被纸张吸收，字迹会逐渐变得清爽。如果着急使用，可以先在废纸上连续打一两页，或者把左右两个色带轴对调一次，让色带反向走一遍。

如果手指轻轻一碰纸面就留下明显墨迹，或者打了二十页以后仍然蹭墨，请在本对话中回复一张打字样张的照片，我们会为您进一步处理。

{{agent_name}}
Brassleaf 打字机客服
""")

approved("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 用起来顺手。亚马逊的商品页面可以发表评论，等您用上一段时间，想写的话随时都可以写，我们会认真看。

写什么都可以，不必有顾虑。您觉得好的地方、不满意的地方，都是下一位买家最想了解的。

{{agent_name}}
Brassleaf 打字机客服
""")

# ================================================================== Traditional Chinese (4)
approved("zh-tw/case/care", "zh-tw", "手提箱的使用與保養", """
{{buyer_name}} 您好：

{{case_model}} 是依照 {{machine}} 的外型設計的。放進箱內之前，請先把字車移到正中間，再扳下右側的字車鎖，確認字車推不動為止，這樣提著走動時字車不會撞到箱壁。

箱底有四個橡膠墊，打字機的四隻腳要對準墊子放好，再扣上兩側的扣環。箱蓋內的夾層可以放備用色帶和清潔刷，請不要塞入厚重的物品，以免壓到字桿。

外殼是木質框架加防潑水布面，髒了用擰乾的濕布擦拭即可。長時間不用時，請放在乾燥通風的地方，避免潮氣讓金屬零件生鏽。

順頌 時祺
{{agent_name}}
Brassleaf 打字機客服
""")

approved("zh-tw/ribbon/two-color", "zh-tw", "雙色色帶與色帶選擇撥桿", """
{{buyer_name}} 您好：

感謝您詢問 {{ribbon}} 在 {{machine}} 上的用法。雙色色帶的上半部是黑色，下半部是紅色，鍵盤右上方的色帶選擇撥桿可以切換要用哪一半。

撥桿撥到黑點是黑色，撥到紅點是紅色；撥到白點則是蠟紙模式，字鍵會直接打在紙上而不經過色帶，適合製作油印用的蠟紙。

裝色帶時請讓黑色那一半朝上。如果打出來的字上半黑、下半紅，表示色帶叉的高度需要微調，請回覆本訊息並附上一張打字樣張的照片，我們會告訴您調整的方式。

{{agent_name}}
Brassleaf 打字機客服
""")

approved("zh-tw/troubleshoot/typebars", "zh-tw", "字桿卡在一起的排除方法", """
{{buyer_name}} 您好：

很抱歉您的 {{machine}} 出現字桿卡在一起的情況。兩個字鍵幾乎同時按下時，兩根字桿會在打字導槽前互相卡住，這是手動打字機常見的現象，並不代表機器故障。

遇到卡住時，請不要用力去按其他字鍵，只要用手指從後方輕輕把上面那根字桿撥回扇形座，另一根就會自己落下。

如果同一根字桿經常單獨卡在導槽附近，或是回彈得很慢，通常是扇形座的槽裡積了灰塵或舊油。請用清潔刷沾少量清潔液刷一刷槽縫，不要上油。處理之後仍然沒有改善的話，請回覆本訊息並附上一段影片，我們會協助您檢查。

{{agent_name}}
Brassleaf 打字機客服
""")

approved("zh-tw/review/neutral-request", "zh-tw", "中立的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

謝謝您透過訂單 {{order_id}} 購買 {{product}}。使用一陣子之後，如果您有空，歡迎到亞馬遜寫下您的使用心得。

不管是稱讚還是建議，您的心得都能讓其他正在挑選打字機用品的人更容易做決定，我們也會仔細閱讀每一則。

{{agent_name}}
Brassleaf 打字機客服
""")
