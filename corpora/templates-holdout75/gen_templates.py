# -*- coding: utf-8 -*-
"""Approved template library of set templates-holdout75 (imported by gen.py).

Seller (invented): Kestrow Grooming, cordless hair clippers and beard trimmers with guards,
charging docks, replacement blades and cleaning oil. Every text here was written for this set.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = OrderedDict()


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ================================================================= English (9)
template("en/blade/replacement", "en", "product help: fitting a new blade on the clipper", """
Hi {{buyer_name}},

Thanks for your question about swapping the blade on your {{product}}. Switch the clipper off and hold it with the teeth pointing up. Put both thumbs on the teeth and push firmly away from the body until the blade set clicks off its spring clip.

To fit the {{blade}}, hook the tab at the back of the new blade into the slot above the taper lever, then press the front down until it snaps home. Run the clipper for a few seconds and check that the cutter glides evenly and sits just behind the edge of the fixed blade.

Put three drops of oil across the teeth before the first cut. The old blade can be cleaned and kept as a spare, but once it starts to tug rather than cut, it has reached the end of its life.

Kind regards,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/blade/oiling", "en", "product help: cleaning and oiling the blade", """
Hello {{buyer_name}},

Good question about looking after the blade of your {{product}}. After each haircut, brush the clippings out from between the teeth and from under the cutter with the small brush that came in the box. Once a week, lift the blade off and sweep out the housing beneath it as well.

Oil is what keeps a blade cool and quiet. With the clipper running, put one drop on each corner of the teeth and one in the middle, let it run for ten seconds, then wipe away the surplus with a dry cloth. Use only thin clipper oil, since kitchen oils and spray lubricants go gummy and hold on to hair.

Please do not hold the clipper under the tap or leave the blade soaking in water. A disinfectant spray made for clipper blades is fine, as long as you oil the blade again once it has dried.

Best wishes,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/guard/sizes", "en", "answering a product question: which guard leaves which length", """
Dear {{buyer_name}},

Thank you for asking about the guards for the {{product}}. Every guard has its number and length moulded on the side: #1 leaves 3 mm, #2 leaves 6 mm, #3 leaves 10 mm, #4 leaves 13 mm, #6 leaves 19 mm and #8 leaves 25 mm. The two half-size guards leave 1.5 mm and 4.5 mm and help when blending a fade.

Slide a guard over the blade from the front until the magnet catches, then press the back down so it lies flat. Pushing the taper lever closed takes about a millimetre off any guard, and opening it puts that millimetre back.

If you are unsure which length to choose, begin one size longer than you think you need. You can always go shorter on a second pass, but growing hair back takes weeks.

Regards,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/dock/charging", "en", "product help: using the charging dock and its light ring", """
Hi {{buyer_name}},

Thanks for getting in touch about the {{dock}}. Connect its USB-C cable to a 5 V wall adapter rated at 2 amps or more, then stand the clipper or trimmer upright in its slot so that the two pins at the bottom meet the contacts on the base of the tool.

The light ring tells you what is going on. Amber means charging, steady white means full, and flashing amber means the pins are not making proper contact. Going from empty to full takes about {{charge_time}}.

If the ring flashes, wipe the contacts on the tool and the pins in the slot with a dry cloth, because clippings and oil tend to collect there. You can leave the tool standing in the dock between haircuts; it stops charging on its own once the battery is full.

All the best,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/troubleshoot/pulling", "en", "troubleshooting: the clipper pulls or snags hair", """
Hello {{buyer_name}},

I'm sorry your {{product}} is pulling at the hair instead of cutting cleanly. Nearly always the cause is one of three things, and each takes only a minute to check.

First, the blade may be dry or clogged. Take it off, brush out the hair packed underneath, put a few drops of oil across the teeth and let the clipper run briefly. Second, the battery may be low: below roughly 20 percent the motor loses speed, so charge it and try again. Third, thick or curly hair cuts far more easily when it is fully dry and when the clipper moves slowly against the direction of growth.

If it still pulls after all three checks, please reply with a short video of the clipper running close to your phone's microphone, so that we can hear the motor, and we will decide the next step with you.

Best regards,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/troubleshoot/no-charge", "en", "troubleshooting: the tool will not charge or switch on", """
Dear {{buyer_name}},

I'm sorry to hear your {{product}} will not charge. Let's work through a few checks, beginning with the simplest one.

Please try a different wall adapter and cable, preferably the pair that came in the box, as some laptop and car chargers do not supply the current the tool expects. Next, plug the cable straight into the port on the tool instead of using the dock. If it charges that way, the fault lies in the dock rather than the tool.

If the display stays blank, hold the power button down for ten seconds while the cable is attached. That clears the battery protection, which trips after a very deep discharge, for example when a tool has sat unused for months. Then leave it charging for at least half an hour before you switch it on.

If none of these steps helps, please reply in this thread and tell us which ones you tried.

Sincerely,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

Thank you for contacting us about your {{product}}. It carries a {{warranty_period}} warranty against manufacturing faults, such as a motor that stops running, a battery that no longer takes a charge, or a power switch that has failed.

Blades, guards and other parts that wear with use are covered for their first 90 days. The warranty does not extend to drops, water damage, blades that someone else has sharpened or modified, or a casing that has been opened.

So that we can assess the fault, please reply with a short description of what happens and, if possible, a photo or a brief video. Your case number is {{case_id}}, linked to order {{order_id}}.

Kind regards,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/apology/blade-heat", "en", "apology and explanation: the blade runs hot", """
Hi {{buyer_name}},

I'm sorry the blade of your {{product}} grew uncomfortably warm during a haircut. That is not how it should feel, least of all on the back of someone's neck.

A clipper blade is two steel plates sliding over each other thousands of times a minute, so a certain amount of warmth is to be expected. It builds up much faster when the blade is dry, when hair is packed beneath it, or when a cut goes on for more than about 15 minutes without a pause.

Oiling the blade every ten minutes or so during a long cut keeps it noticeably cooler, and a short break lets it settle. If the blade gets too hot to touch within a few minutes even when freshly oiled, please let us know here, because that would suggest a fault we want to examine.

With apologies,
{{agent_name}}
Kestrow Grooming Support
""")

template("en/review/neutral-request", "en", "a neutral invitation to review, at most once per order", """
Hello {{buyer_name}},

We hope the {{product}} from order {{order_id}} is serving you well. After you have used it for a few cuts, would you consider writing a review of it on Amazon?

An account of how it performed, whatever your impression turns out to be, helps other shoppers judge whether it will suit their hair, and it shows our team what to improve.

Thank you for your time,
{{agent_name}}
Kestrow Grooming Support
""")

# ================================================================= Simplified Chinese (5)
template("zh/trimmer/length-dial", "zh", "胡须修剪器的长度调节", """
{{buyer_name}}，您好：

感谢您询问 {{product}} 的长度调节方法。机身侧面的拨轮可在零点五毫米到十毫米之间调节，每转一格改变零点五毫米，当前长度显示在拨轮上方的小窗口里。

调节前请先装好胡须梳，再转动拨轮，梳子会随之前后移动。取下梳子直接使用时，刀头贴着皮肤修出的长度约为零点四毫米，适合勾勒轮廓和下颌线。

第一次修剪时，建议先用较长的档位，再一档一档往短调，这样不容易修过头。

祝您生活愉快！
{{agent_name}}
Kestrow 理容客服
""")

template("zh/blade/cleaning", "zh", "可拆卸刀头的清洗与上油", """
{{buyer_name}}，您好：

关于 {{product}} 刀头的日常保养，每次用完后请先关机，用随附的小刷子把刀齿之间和刀头底部的碎须刷干净。

这款修剪器的刀头可以取下，用流动的清水冲洗，但机身请不要浸泡在水里。冲洗后把刀头甩干，放在通风处晾干，装回后滴两三滴润滑油，开机空转几秒钟，让油分布到每个刀齿上。

润滑时请只用理发器专用的稀油。食用油和喷雾润滑剂放久了会变黏，反而让刀头发热、夹住胡须。

如有其他问题，欢迎继续留言。
{{agent_name}}
Kestrow 理容客服
""")

template("zh/apology/battery", "zh", "续航变短的致歉与说明", """
{{buyer_name}}，您好：

很抱歉您的 {{product}} 充满电后能用的时间明显变短了，给您添了麻烦。

锂电池的续航受几方面影响：刀头缺油或积了碎发时，电机负荷加大，耗电更快；在过冷或过热的地方放置较久，电池容量也会暂时下降；此外，经过几百次充放电后，电池本身会逐渐老化。

建议您先清理刀头并上油，在室温下充满电后再试一次。如果满电后连续使用仍不到三十分钟，请在本对话中告诉我们大概能用多久以及购买了多长时间，我们会帮您进一步判断。

再次向您致歉。
{{agent_name}}
Kestrow 理容客服
""")

template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 享有{{warranty_period}}保修，电机停转、电池无法充电、开关失灵等因制造原因造成的故障都在保修范围内。

刀片、限位梳等随使用磨损的部件，保修期为收货后九十天。摔落、进水、自行拆开机身或由他人改磨刀片造成的损坏，不在保修范围内。

为了尽快判断问题，请在本对话中简单说明故障情况，最好附上一张照片或一段短视频。本次售后编号为 {{case_id}}，对应订单 {{order_id}}。

{{agent_name}}
Kestrow 理容客服
""")

template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单至多一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 用着顺手。等您用过几次以后，如果愿意的话，欢迎在亚马逊的商品页面写一条评论，说说使用感受。

不管您的感受怎样，如实的描述都能帮其他买家判断这款产品合不合适，也能让我们知道哪些地方还需要改进。

感谢您抽空阅读。
{{agent_name}}
Kestrow 理容客服
""")

# ================================================================= Traditional Chinese (4)
template("zh-tw/dock/usage", "zh-tw", "充電座的使用與燈號說明", """
{{buyer_name}} 您好：

感謝您詢問 {{dock}} 的使用方式。請把充電座的 USB-C 線接到五伏特、兩安培以上的插頭式變壓器，再將電剪或修鬍刀直立放進插槽，讓工具底部的接點對準插槽裡的兩根金屬針。

燈環會顯示目前的狀態：琥珀色表示正在充電，白色恆亮表示已經充飽，琥珀色閃爍則表示接點沒有確實碰到。

如果燈環一直閃爍，請用乾布擦一擦工具底部和插槽內的接點，碎髮和油漬很容易堆積在那裡。工具充飽後會自動停止充電，平常放在充電座上不會有問題。

祝 使用順心
{{agent_name}}
Kestrow 理容客服
""")

template("zh-tw/guard/fitting", "zh-tw", "限位梳的安裝與長度選擇", """
{{buyer_name}} 您好：

關於 {{product}} 的限位梳，每一支的側面都印有號碼和長度：一號三毫米、二號六毫米、三號十毫米、四號十三毫米、六號十九毫米、八號二十五毫米。

安裝時從刀頭前方套進去，聽到磁鐵吸住的聲音後，再把後端往下壓平。拆下時請從後端往上扳起，不要直接從前端硬拉，以免梳齒變形。

如果不確定要剪多短，建議先選長一號的梳子，試剪之後再慢慢改短。

敬祝 順心
{{agent_name}}
Kestrow 理容客服
""")

template("zh-tw/apology/noise", "zh-tw", "運轉聲音偏大的致歉與說明", """
{{buyer_name}} 您好：

很抱歉 {{product}} 運轉時的聲音讓您覺得太吵，造成您的困擾。

這款電剪採用旋轉式馬達，轉速比一般家用款高，運轉時會有穩定的嗡嗡聲，這是正常的。如果聲音變成喀喀聲，或是忽大忽小，通常是刀片沒有裝到定位，或刀片底下卡了碎髮。

請先把刀片拆下清理乾淨，重新裝回並滴幾滴油，再開機聽聽看。若異音仍然存在，請錄一段影片傳給我們，我們會協助您確認。

再次向您致歉
{{agent_name}}
Kestrow 理容客服
""")

template("zh-tw/review/neutral-request", "zh-tw", "中立的評論邀請（每筆訂單至多一次）", """
{{buyer_name}} 您好：

想請教您，訂單 {{order_id}} 的 {{product}} 實際修剪過幾回之後，是否願意撥空到亞馬遜商品頁面寫一則評論，聊聊用起來的情形？

您的看法無論正面或負面，對其他正在比較的顧客都很有參考價值，我們的團隊也會逐則閱讀，當作改進的依據。

謝謝您撥冗閱讀
{{agent_name}}
Kestrow 理容客服
""")
