# -*- coding: utf-8 -*-
"""Approved template library of t54 (imported by gen.py). Every text written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/lock/tsa-combination", "en", "how-to: setting your own numbers on the TSA combination lock", """
Hello {{buyer_name}},

Thanks for your question about the lock on your {{product}}. Every case leaves our warehouse set to 0-0-0, and you can choose your own three numbers in under a minute.

1. Turn the dials to 0-0-0 and slide the release button so the zip pullers come free.
2. Press the small reset pin beside the dials with the tip of a pen until it clicks, and keep holding it.
3. Turn the dials to your new numbers, then let go of the pin.

Write the new numbers down somewhere other than the case before you travel. If the little window on the lock shows red, airport security has opened it with their master key; it goes back to green the next time you open the lock yourself.

Safe travels,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/size/carry-on", "en", "answering a product question: carry-on dimensions and airline cabin limits", """
Hi {{buyer_name}},

Thank you for asking about the size of the {{product}}. Measured with the wheels on and the handle pushed all the way down, it is {{dimensions}}, and it weighs {{weight}} when empty.

That fits the cabin allowance of most large US airlines. Budget airlines and many carriers outside the US allow less, so it is worth checking your airline's own rules before you fly; the sizer at the gate always has the last word.

Keep the expansion zipper closed when you board. Opened, it adds about two inches of depth, which is fine on the way home if you decide to check the case in.

Have a good trip,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/wheels/replace", "en", "how-to: fitting a new spinner wheel from the spare wheel kit", """
Dear {{buyer_name}},

A damaged wheel on your {{product}} can be changed at home. With the spare wheel kit and a Phillips screwdriver the whole job takes about ten minutes.

Lay the case on its back and open the zip in the lining along the bottom edge. Above each wheel housing you will find two screws. Take them out, pull the old wheel away from the outside, press the new wheel into its place, and put the screws back without over-tightening them.

Give the new wheel a spin by hand to make sure it turns freely, then close the lining again. The wheels in the kit fit every case in the {{product_line}} range.

Best regards,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/handle/stuck", "en", "troubleshooting: a telescoping handle that sticks or will not lock", """
Hello {{buyer_name}},

I'm sorry the handle on your {{product}} is giving you trouble. When a handle sticks halfway, the cause is nearly always grit in the tubes or something packed hard against the handle channel inside the case.

Please try these steps:
1. Empty the case and check that nothing is pressing on the two long tubes behind the lining.
2. Keep the button on top of the grip pressed the whole time while you raise and lower the handle five or six times.
3. Wipe each visible section of the tubes with a dry cloth, add one drop of silicone spray (not oil) to each tube, and work the handle again.

If it still catches, or will not lock at full height, please answer in this thread with a short video and we will work out the next step together.

Kind regards,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/care/shell", "en", "product help: cleaning the hardside shell and storing the case", """
Hi {{buyer_name}},

The shell of your {{product}} is polycarbonate with a fine textured finish, and most marks left by baggage belts come off easily. Use warm water with a drop of washing-up liquid on a soft cloth, then dry the shell with a towel.

For darker scuffs, rub gently in small circles with a damp melamine sponge and wipe clean. Please keep acetone, nail polish remover and scouring powder away from the case, because they leave the finish dull for good.

Between trips, store the case empty or with soft items only, standing upright in its dust cover. Heavy boxes stacked on top can leave the shell slightly bowed.

All the best,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

Thank you for getting in touch about your {{product}}. It carries a {{warranty_period}} warranty against defects in manufacture, for example a seam that opens, a zip tape that separates, a wheel housing that cracks in normal use, or a handle that no longer locks.

Everyday wear such as scuffs and scratches on the shell is not covered, and neither is damage caused by an airline or by overfilling the case.

So that we can look at your claim, please describe what happened in a reply to this message and add two photos: one of the whole case and one close-up of the fault. Your claim reference is {{case_id}}, linked to order {{order_id}}.

Yours sincerely,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/apology/zipper-split", "en", "apology for a main zipper that split open during a trip", """
Dear {{buyer_name}},

I'm truly sorry that the main zipper on your {{product}} split open while you were travelling. A case should get you to your destination without that kind of worry, and I can imagine how stressful it was to deal with on the road.

A zipper that comes apart behind the slider after light use has a manufacturing fault. Please do not try to force the slider back over the teeth, because that can tear the tape and rule out a repair.

We will send you a new case free of charge. Just reply to confirm which colour you would like, and I will stay with your case until everything is settled.

With our apologies,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} has been useful on your travels so far. When you have a moment, would you consider writing a review of it on Amazon?

Reviews from real travellers help other shoppers choose the right bag, and they show us what to improve. We welcome every honest view, whatever it is.

Thank you,
{{agent_name}}
Brackenfold Travel Goods
""")
template("en/backpack/laptop", "en", "answering a product question: the laptop sleeve and fitting the harness", """
Hello {{buyer_name}},

The padded sleeve in the {{product}} holds a laptop up to {{laptop_size}}. It sits against your back behind its own zip, so you can lift the laptop out at security without opening the main compartment.

To carry a full pack comfortably, loosen every strap first, then tighten them in this order: the hip belt over your hip bones, the shoulder straps, the load lifters at the top of the shoulder straps, and last the chest strap, about an inch below your collarbone.

The hip belt tucks away behind the back panel when you do not need it, which also keeps the straps from catching in an overhead bin.

Happy travels,
{{agent_name}}
Brackenfold Travel Goods
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/expand/zipper", "zh", "扩容拉链的使用", """
{{buyer_name}}，您好：

感谢您询问 {{product}} 的扩容功能。箱体中部环绕一圈的那条拉链就是扩容拉链，拉开后箱子会加厚约五厘米，容量增加{{extra_capacity}}左右。

打包时建议先拉开扩容拉链，装好行李后再合上箱盖；如果只是回程会多几件衣服，也可以出发时保持关闭，回来时再拉开。

请注意，扩容后的尺寸通常会超出随身登机的限制；而且箱子装得越满，轮子和拉杆承受的重量越大，请尽量让总重量不超过航空公司的规定。

祝旅途顺利！
{{agent_name}}
Brackenfold 旅行箱包客服
""")
template("zh/wheels/noise", "zh", "万向轮异响的清理与保养", """
{{buyer_name}}，您好：

关于 {{product}} 轮子发出响声的问题，大多数情况是轮轴里卷进了头发、线头或细沙，按下面的方法清理后一般就能恢复安静：

1. 把箱子侧放，逐个转动四个轮子，找出声音最大或转得不顺的那一个。
2. 用镊子夹出缠在轮轴两侧的头发和线头，再用软毛刷把沙粒刷掉。
3. 在轮轴两端各滴一滴缝纫机油，来回转动几圈，再擦掉多余的油。

平时尽量不要在碎石路上长距离拖行，上下台阶和路沿时把箱子提起来，轮子会耐用很多。

此致
{{agent_name}}
Brackenfold 旅行箱包客服
""")
template("zh/warranty/claim", "zh", "质保范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您的 {{product}} 享有{{warranty_period}}质保，正常使用中出现的制造问题都在质保范围内，比如缝线开裂、拉链布带脱开、轮座断裂或拉杆无法锁定。

日常使用留下的划痕和磨损、航空托运过程中造成的损坏，以及装得过满导致的变形，不在质保范围内。

请在本对话中说明问题是怎样出现的，并附上两张照片：一张拍箱子全貌，一张拍故障部位的近照。您的质保编号是 {{case_id}}，对应订单 {{order_id}}。

{{agent_name}}
Brackenfold 旅行箱包客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望您在订单 {{order_id}} 中购买的 {{product}} 在旅途中用得顺手。方便的时候，欢迎您在亚马逊上写一条评论，说说您真实的使用感受。

无论体验如何，旅行者的真实评论都能帮助其他买家挑选合适的箱包，也能让我们知道哪里需要改进。谢谢您抽出时间。

{{agent_name}}
Brackenfold 旅行箱包客服
""")
template("zh/apology/dent", "zh", "箱壳凹痕的致歉与复原方法", """
{{buyer_name}}，您好：

看到 {{product}} 箱壳上的凹痕，真的很抱歉让您担心了。我们的箱壳采用聚碳酸酯材料，受到挤压时会先向内凹陷再慢慢回弹，以此吸收冲击，一般不会开裂。

大部分凹痕都可以自行复原：打开箱子，用吹风机的低温档对着凹陷处外侧吹一到两分钟，让箱壳微微变暖，然后从箱子里面用手掌均匀地往外推，凹痕就会弹回原位。

如果这样处理后凹痕仍然明显，或者凹陷处出现了白色的折痕，请在本对话中发一张照片给我们，我们会继续为您处理。

{{agent_name}}
Brackenfold 旅行箱包客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/lock/customs-lock", "zh-tw", "海關鎖（TSA 鎖）的密碼設定", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的海關鎖。出廠密碼是 0-0-0，您可以依照以下步驟改成自己的密碼：

1. 把轉盤轉到 0-0-0，按下側邊的開鎖鈕，讓拉鍊頭脫離鎖扣。
2. 用筆尖按住轉盤旁的小重設孔，聽到「喀」一聲後不要放開。
3. 轉到您想要的三位數字，再放開筆尖，新密碼就設定完成。

鎖上的小窗如果變成紅色，表示機場安檢人員曾用專用鑰匙開過鎖；您自己開鎖一次之後就會恢復綠色。

祝 旅途平安
{{agent_name}}
Brackenfold 旅行箱包客服
""")
template("zh-tw/cubes/compression", "zh-tw", "壓縮收納袋的使用方法", """
{{buyer_name}} 您好：

{{product}} 的每個收納袋都有兩道拉鍊：內側那道用來關袋口，外側那道是壓縮拉鍊。衣物放進去、拉好內側拉鍊之後，再拉上外側拉鍊，袋子的厚度大約可以減少三分之一。

建議把衣服捲起來再放進去，比摺疊更省空間，也比較不容易起皺。大袋放長褲和外套，中袋放上衣，小袋放貼身衣物和襪子。

壓縮時請一手壓住袋面，一手慢慢拉動拉鍊，不要硬拉；袋子塞得太滿時，先拿出一兩件再拉。

{{agent_name}}
Brackenfold 旅行箱包客服
""")
template("zh-tw/wheels/brake", "zh-tw", "輪子煞車開關的使用", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的輪子煞車。拉桿下方有一個滑動開關，往左推到鎖頭圖案的位置，前面兩個輪子就會固定不動；往右推回去即可解除。

在捷運、公車或機場的斜坡上，建議先把煞車打開，箱子就不會自己滑走。煞車開著的時候請不要硬拖箱子，以免磨損輪子。

如果推到鎖頭位置後輪子仍會轉動，請先清掉開關旁的灰塵，再來回推幾次；仍然無效的話，請回覆本訊息，我們會再協助您。

{{agent_name}}
Brackenfold 旅行箱包客服
""")
template("zh-tw/duffel/care", "zh-tw", "旅行袋的清潔與保養", """
{{buyer_name}} 您好：

{{product}} 的袋身是塗層尼龍布，弄髒時用溫水加少量中性肥皂，以軟布擦拭即可。請不要放進洗衣機或烘衣機，塗層受熱容易剝落。

皮革提把和袋底的皮邊，平常用乾布擦去灰塵，偶爾上一層薄薄的皮革保養油，可以避免乾裂。

旅行回來以後，把袋子完全打開，放在陰涼通風處晾乾再收起來；長時間不用時，在袋內塞些紙團，可以維持袋形。

{{agent_name}}
Brackenfold 旅行箱包客服
""")
