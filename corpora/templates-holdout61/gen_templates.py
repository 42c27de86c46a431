# -*- coding: utf-8 -*-
"""Approved template library of t61 (imported by gen.py). Every text was written for this set.

Seller (invented): Tidewick Oral Care, sonic toothbrushes, water flossers and oral-care accessories.
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
template("en/brush/first-use", "en", "how-to: first charge, modes and the two-minute pacer of a sonic toothbrush", """
Hello {{buyer_name}},

Thanks for your question about getting started with the {{product}}. Before brushing with it for the first time, leave the handle standing on its charging base for {{first_charge}} so the battery starts out completely full. After that, one charge lasts roughly three weeks of brushing twice a day.

To pick a mode, press the power button once to start the motor, then tap it again within two seconds to move on to the next mode. The small lights under the button show which one is running, and the handle remembers your choice for next time.

The motor pauses briefly every 30 seconds. That pause is your signal to move to the next quarter of your mouth, and the brush turns itself off when the two minutes are up. Hold the bristles at a slight angle towards the gumline and glide slowly from tooth to tooth; there is no need to scrub.

Warm regards,
{{agent_name}}
Tidewick Oral Care
""")
template("en/flosser/technique", "en", "how-to: using a water flosser for the first weeks", """
Hi {{buyer_name}},

Here are a few pointers for your first weeks with the {{product}}. Fill the tank with lukewarm water, push a tip into the handle until it locks with a click, and keep the pressure on the lowest level for the first week. Lean well over the basin and let your lips close loosely around the tip, so the water drains into the sink instead of across the mirror.

Only switch the unit on once the tip is already inside your mouth. Begin with the back teeth and trace along the gumline, resting for a second or two in each gap, first on the outer side of your teeth and then on the inner side.

Some bleeding in the first few days is common when gums are not used to flossing. If it is still happening after two weeks, mention it to your dentist at your next visit.

All the best,
{{agent_name}}
Tidewick Oral Care
""")
template("en/flosser/cleaning", "en", "care: daily rinsing, weekly washing and monthly descaling of a water flosser", """
Dear {{buyer_name}},

Thank you for asking how to keep the {{product}} clean. After every use, pour out the water left in the tank and run the motor for a few seconds while it is empty, which clears the pump and the hose. Then leave the tank off to dry in the air.

Once a week, wash the tank by hand in warm soapy water and rinse it thoroughly. Please keep it out of the dishwasher, because the heat can warp the rubber seal.

About once a month, or more often where the water is hard, fill the tank with one part white vinegar and two parts warm water and pump half of it through the tip. Let the remainder stand in the tank for ten minutes, pump it through as well, and finish with a full tank of plain water. A tip lasts around three months; change it earlier if the nozzle turns cloudy or discolored.

Best wishes,
{{agent_name}}
Tidewick Oral Care
""")
template("en/troubleshoot/not-charging", "en", "troubleshooting: a toothbrush handle that will not charge", """
Hello {{buyer_name}},

I'm sorry to hear that your {{product}} will not charge. The checks below sort this out in most cases.

Start with the outlet. Many bathroom shaver sockets are only live while the light is on, so try an outlet in the kitchen or a bedroom for a test. Then dry the bottom of the handle and the top of the charging base, and wipe away any dried toothpaste, since even a thin layer weakens the connection. Stand the handle upright in the base so it sits flat rather than tilting.

When the battery has run completely flat, the charging light can take as long as 20 minutes to appear. Please leave the handle on the base overnight before deciding that it is faulty.

If there is still no light the next morning, reply here with a short video of the handle sitting on its base, and we will work out the next step with you.

Kind regards,
{{agent_name}}
Tidewick Oral Care
""")
template("en/troubleshoot/weak-jet", "en", "troubleshooting: a water flosser whose jet has become weak", """
Hi {{buyer_name}},

Thanks for telling us that the jet from your {{product}} has lost strength. The cause is usually simple, so please work through these steps in order.

Pull the tip out and press it back in firmly; if a tip is not fully seated, water escapes at the top of the handle instead of leaving the nozzle. Next, lift off the tank and look at the little filter on the end of the hose inside it. If it is cloudy or crusted with scale, rinse it under the tap and scrub it lightly with an old toothbrush.

In hard water areas, deposits can also build up in the pump. Pumping a vinegar and water mix through the unit, in the ratio given in the manual, usually clears them.

Afterwards, turn the dial to the strongest setting and point the tip into the sink. If the stream is still weak or sputters, let us know and we will arrange a repair or a replacement under your warranty.

Regards,
{{agent_name}}
Tidewick Oral Care
""")
template("en/heads/compatibility", "en", "compatibility advice: which brush heads fit which handle, and when to change them", """
Hello {{buyer_name}},

Thanks for asking which brush heads will fit your {{product}}. Every Sway head with the click-on collar fits both the Sway 3 and the Sway 7 handles, and that includes the {{head}}. Line up the flat side of the metal shaft with the flat side inside the head and press down until you feel it click. To remove a head, pull it straight off without twisting.

The children's Sway Mini takes its own smaller heads. Those do not fit the adult handles, and adult heads do not fit the Mini.

We recommend a fresh head roughly every three months. The blue bristles in the centre fade to a pale shade as the head wears, which makes a useful reminder. Change it sooner if the bristles begin to splay outwards, or after you have had a cold.

With kind regards,
{{agent_name}}
Tidewick Oral Care
""")
template("en/warranty/claim", "en", "warranty: what is covered and what we need to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. It carries our {{warranty_period}} warranty against faults in materials and workmanship, counted from the day it was delivered. Brush heads and flosser tips are not included, since they wear out with normal use, and neither is damage caused by a fall or by opening the handle.

So that we can work out what has gone wrong, please send us three things in this thread: a short video that shows the problem, a photo of the serial number printed on the underside of the handle, and a line or two on when the problem began.

We have opened case {{case_id}} for order {{order_id}}. As soon as we have looked at what you send, we will tell you the next step, which in most cases is a replacement unit.

Sincerely,
{{agent_name}}
Tidewick Oral Care
""")
template("en/apology/leak", "en", "apology and explanation: a countertop water flosser leaking during use", """
Hello {{buyer_name}},

I'm very sorry that your {{product}} has been leaking onto the counter. That is annoying to deal with, especially when it happens every time you use it.

Most leaks start at the grey rubber ring underneath the reservoir. Lift the reservoir off, check that the ring lies evenly in its groove all the way round, and press it back into place wherever it has lifted. Then lower the reservoir back on and press until it sits level. The other frequent source is the tip: when it has not clicked fully home, water seeps out around the top of the handle.

If the leaking continues after these checks, or if water appears from the body of the unit itself, please stop using it and unplug it. Tell us here, and a replacement will be arranged for you.

With apologies again for the trouble,
{{agent_name}}
Tidewick Oral Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to write a review, sent at most once per order", """
Hi {{buyer_name}},

Thank you for your message about order {{order_id}}. Now that you have been using the {{product}} for a little while, we would be interested to know how you are getting on with it. Shoppers who are still deciding rely on the experiences of real owners, so you are welcome to describe yours in a review on the product page, whatever it has been.

We read what customers write there, the praise and the criticism alike, and it is one of the ways we choose what to improve in future designs.

Thanks again,
{{agent_name}}
Tidewick Oral Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/brush/modes", "zh", "刷牙模式与压力提示灯的说明", """
{{buyer_name}}，您好：

感谢您询问{{product}}的刷牙模式。按一下电源键启动牙刷，两秒内再按一下就可以切换到下一个模式，按键下方的指示灯会显示当前使用的模式。洁净模式适合日常使用；温和模式振动较轻，适合牙龈比较敏感或者刚开始用电动牙刷的人；亮洁模式会在最后三十秒加强振动，用来清理牙齿表面。

手柄顶部有一圈压力提示灯。刷牙时如果用力过大，提示灯会变成橙色，电机也会暂时减弱，这时稍微放松手上的力气就可以了。电动牙刷只需要轻轻贴住牙面慢慢移动，不用来回使劲刷。

牙刷每工作三十秒会短暂停顿一下，提醒您换到下一个区域，满两分钟后自动关机。

祝好，
{{agent_name}}
Tidewick 口腔护理客服
""")
template("zh/flosser/tips", "zh", "冲牙器各种喷头的用途与更换", """
{{buyer_name}}，您好：

关于{{product}}的喷头，下面为您简单介绍各自的用途。标准喷头适合大多数人日常清洁；正畸喷头的末端有一小簇软毛，适合戴牙套的用户清洁托槽周围；牙周喷头出水口较细、水流柔和，适合冲洗牙齿和牙龈之间比较深的位置；舌面喷头用来清洁舌头表面。

需要注意的是，便携款 Rill Go 的喷头比台式款 Rill Home 的短一截，两款的接口也不一样，不能互换使用。

喷头建议每三个月换一次。如果家里几个人共用一台冲牙器，请每人使用自己的喷头，喷头底部不同颜色的小圈可以帮助区分。

此致
{{agent_name}}
Tidewick 口腔护理客服
""")
template("zh/warranty/claim", "zh", "保修范围以及判断故障需要的资料", """
{{buyer_name}}，您好：

很抱歉您的{{product}}出现了问题。这款产品从签收当天起享有{{warranty_period}}保修，范围是材料和做工方面的缺陷。刷头、喷头这类正常使用会磨损的配件，以及摔落或自行拆开手柄造成的损坏，不在保修范围之内。

为了判断故障原因，请直接在这条消息下回复以下资料：一段能看清故障情况的短视频，一张手柄底部序列号的照片，以及问题大约从什么时候开始出现。

我们已经为订单 {{order_id}} 建立了售后编号 {{case_id}}。收到资料后，我们会尽快告诉您下一步怎么处理，大多数情况下是为您更换新机。

顺祝安好，
{{agent_name}}
Tidewick 口腔护理客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单最多一次）", """
{{buyer_name}}，您好：

谢谢您就订单 {{order_id}} 给我们留言。{{product}}已经用了一段时间，不知道您用起来感觉怎么样？您有空的时候，欢迎在亚马逊的商品页面写一写真实的使用体验，不论体验如何，都能给还在挑选的买家提供参考。

买家写下的每一条内容，不管是肯定还是批评，我们都会一一读过，用来改进以后的产品。

谢谢，
{{agent_name}}
Tidewick 口腔护理客服
""")
template("zh/apology/rattle", "zh", "牙刷发出咔嗒声的致歉与排查", """
{{buyer_name}}，您好：

非常抱歉，您的{{product}}使用时发出了咔嗒声，给您添麻烦了。

这种声音多半来自刷头和金属轴之间的空隙。请先取下刷头，把金属轴和刷头内侧残留的牙膏擦干净，再让刷头内的平面对准金属轴的平面，重新按到底，听到轻轻的一声“咔”就说明装好了。如果换上另一个刷头后声音消失，说明原来那个刷头已经磨损松动。

如果刷头装好以后仍然有明显的咔嗒声，或者振动时强时弱，请录一段十秒左右的视频发给我们，我们会根据情况为您安排更换。

再次向您致歉，
{{agent_name}}
Tidewick 口腔护理客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/case/charging", "zh-tw", "充電旅行盒的使用方式", """
{{buyer_name}} 您好：

感謝您詢問{{product}}的使用方式。旅行盒內建充電座，把牙刷放進盒內並蓋好盒蓋，再用隨附的 USB-C 線接上電腦、行動電源或手機充電器，就會開始為牙刷充電。盒子側面的小燈亮著表示正在充電，燈熄滅代表已經充飽。

盒子本身沒有電池，一定要接上電源才能充電。收進盒子之前，請先把牙刷和刷頭甩乾；盒底的透氣孔能讓殘留的水氣散出，不過抵達目的地後，仍建議打開盒子晾一晾。

這款旅行盒可以裝 Sway 3 和 Sway 7 的手柄，兒童款 Sway Mini 的尺寸不合，放不進去。

祝 旅途愉快
{{agent_name}}
Tidewick 口腔護理客服
""")
template("zh-tw/brush/care", "zh-tw", "電動牙刷與刷頭的日常清潔保養", """
{{buyer_name}} 您好：

關於{{product}}的日常保養，提供幾個小建議給您參考。每次刷完牙，先把刷頭放在水龍頭下沖洗乾淨，開機空轉幾秒甩掉水分，再把手柄直立放回充電座。

大約每星期一次，請把刷頭拔下來，用清水沖洗金屬軸和刷頭內側，擦掉累積的牙膏。充電座的表面用微濕的布擦拭即可，請不要整個泡在水中。

手柄的防水等級是 IPX7，可以在淋浴時使用，但請不要放進洗碗機，也不要用熱水長時間浸泡。

敬祝 安康
{{agent_name}}
Tidewick 口腔護理客服
""")
template("zh-tw/troubleshoot/weak-jet", "zh-tw", "沖牙機水壓變弱的排除步驟", """
{{buyer_name}} 您好：

很抱歉您的{{product}}水壓變弱了，下面幾個步驟通常就能解決。

第一，把噴頭拔出來再用力插回去，聽到「喀」一聲才算裝到底；沒有裝好的話，水會從手柄頂端漏掉。第二，取下水箱，檢查水管末端的小濾網，如果卡了白色水垢或雜質，先用清水沖一沖，再用舊牙刷輕輕刷乾淨。第三，自來水比較硬的地區，幫浦內容易累積水垢，可以依照說明書的比例，用白醋加溫水沖過一次。

完成以後，把水壓轉到最強，對著洗手槽試噴。如果水柱還是很弱或斷斷續續，請回覆告訴我們，我們會依照保固為您安排維修或換新。

祝 順心
{{agent_name}}
Tidewick 口腔護理客服
""")
template("zh-tw/kids/guide", "zh-tw", "兒童電動牙刷適用年齡與使用建議", """
{{buyer_name}} 您好：

謝謝您詢問{{product}}是否適合您的孩子。這款牙刷建議三歲以上使用，刷頭比成人款小，振動也比較輕柔。第一次使用時，可以先讓孩子握著關機的牙刷熟悉一下，再打開「輕柔」檔，讓孩子在嘴唇外面感受一下振動。

七歲以下的孩子，建議由家長幫忙刷，或是在旁邊陪著；三到六歲的孩子，牙膏大約擠一顆豌豆大小就夠了。牙刷每三十秒會停頓一下，提醒換到下一區，兩分鐘一到就自動關機，孩子很快就能記住要刷多久。

兒童刷頭只適用於 Sway Mini，不能裝在成人款的手柄上。

祝 全家健康
{{agent_name}}
Tidewick 口腔護理客服
""")
