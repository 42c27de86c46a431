# -*- coding: utf-8 -*-
"""Approved template library of t70 (imported by gen.py). All texts written for this set.

Seller (invented): Stillmere Water, home water filtration: under-sink reverse-osmosis systems, filter pitchers,
shower filters, replacement cartridges and TDS meters.
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
template("en/ro/install", "en", "how-to: installing the under-sink RO system", """
Hello {{buyer_name}},

Thanks for your question about installing the {{product}}. Before you start, close the cold-water angle stop under the sink and open the kitchen faucet to release the pressure in the line.

Fit the feed water adapter between the angle stop and the cold supply hose, then connect the orange tube to it. Clamp the drain saddle onto the sink drain pipe above the trap, drill a quarter-inch hole through the pipe wall at the saddle opening, and run the black tube from the flow restrictor to it. The blue tube goes from the last stage to the dispensing faucet, and the yellow tube joins the tank through its shut-off valve.

Push every tube firmly into its fitting until it stops, about five eighths of an inch, and then snap the locking clip in place. When all connections are made, turn the water back on slowly and check each joint with a dry paper towel.

Best regards,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/ro/flush", "en", "how-to: first start-up and flushing of a new RO system", """
Hi {{buyer_name}},

Congratulations on getting your {{product}} installed. Before you drink from it, the new cartridges and membrane need to be flushed, which takes about {{flush_time}} in all.

Close the tank valve and open the RO faucet. Let it run at a trickle for twenty minutes to clear carbon dust from the filters; the water may look cloudy or grey at first, which is harmless. Then close the faucet, open the tank valve and let the tank fill completely.

Empty the first two full tanks down the sink without drinking them. From the third tank on, the water is ready to use. Tiny air bubbles can make the water look milky during the first week; they rise and clear from the bottom of the glass within a minute.

Kind regards,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/cartridge/change", "en", "how-to: changing the cartridges of the RO system", """
Dear {{buyer_name}},

Thank you for asking about replacing the cartridges in your {{product}}. The sediment and carbon stages should be changed every six months, or sooner if your water carries a lot of sand or rust, and the RO membrane lasts about two years. The final polishing stage is changed once a year.

To make the swap, turn off the feed water valve and the tank valve, then open the RO faucet until it stops dripping so that the system is depressurized. Twist each old cartridge a quarter turn to the left and pull it straight down. Remove the protective caps from the new {{cartridge}}, push it up into the head and turn it a quarter turn to the right until it clicks.

Reopen the feed valve and let the faucet run for ten minutes before you open the tank valve again. It is normal to hear some air spitting out of the faucet during this time.

With best wishes,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/troubleshoot/leak", "en", "troubleshooting: a leak at a fitting or a housing", """
Hello {{buyer_name}},

I'm sorry to hear there is water under your sink. Almost every leak on a new {{product}} comes from a tube that is not pushed fully into its quick-connect fitting, so that is the first place to look.

Turn off the feed water, then press the collar of the leaking fitting in and pull the tube out. Check that the end is cut straight and has no scratches; if it does, trim a quarter inch off with a sharp blade. Push it back in firmly until it bottoms out and fit the locking clip.

If the water comes from a cartridge housing instead, take the housing off, make sure the large O-ring sits evenly in its groove, and hand-tighten it again. Please do not use a wrench. If the drip continues after that, send us a photo of the spot in this conversation and we will help you track it down.

Regards,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/troubleshoot/slow-flow", "en", "troubleshooting: slow flow from the RO faucet", """
Hi {{buyer_name}},

Thanks for letting us know the faucet of your {{product}} has slowed down. A reverse osmosis system makes water slowly and stores it in the tank, so the flow depends mainly on the tank pressure and on the pressure of your household supply.

With the tank empty, its air pressure should be between 7 and 8 psi. You can check it at the valve on the side of the tank with an ordinary tire gauge and add air with a bicycle pump if it is low. The system also needs at least 40 psi of incoming water pressure to fill the tank at a reasonable rate.

A clogged sediment cartridge is the other common cause, especially if it has turned brown well before its six-month change. If the flow is still weak once both pressures are right and the cartridges are fresh, reply here and we will go through the next steps with you.

All the best,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/pitcher/taste", "en", "troubleshooting: taste and black flecks from a filter pitcher", """
Hello {{buyer_name}},

I'm sorry the water from your {{product}} doesn't taste right. A new cartridge can release tiny black flecks of activated carbon and give the first few batches a flat or slightly earthy taste; neither is harmful.

Before first use, soak the cartridge in cold water for fifteen minutes, then press it firmly into the reservoir until the seal clicks. Fill and discard the first three pitchers. If the cartridge is not fully seated, unfiltered water slips past it and the taste stays the same as the tap.

Keep the pitcher in the refrigerator and pour away any water that has stood for more than two days. Each cartridge treats about 40 gallons, which is roughly two months for most households.

Take care,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. The system housing, faucet and tank are covered by our {{warranty_period}} limited warranty, which takes care of faults in materials or manufacture. Cartridges and membranes are consumables and are covered only if they are defective when they arrive.

The warranty does not cover damage from freezing, from water pressure above 100 psi without a pressure regulator, or from hot water connected to the inlet, nor parts that were modified or sealed with thread tape on push-fit connections.

So that we can assess it, please reply with a short description of the problem and photos showing the affected part and the label on the side of the unit. We have opened case {{case_id}} under order {{order_id}}.

Sincerely,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/apology/drain-noise", "en", "apology and explanation: gurgling or trickling noise from the drain line", """
Hi {{buyer_name}},

I'm sorry the noise from your {{product}} has been bothering you. A soft trickling or gurgling sound under the sink while the tank is filling is the concentrate water flowing into your drain pipe, and it stops once the tank is full and the shut-off valve closes.

If the sound is loud, the drain saddle is often mounted below or too close to the trap, or the black drain tube has a dip where water collects. Moving the saddle higher on the vertical pipe, and keeping the tube short and sloping downward, usually makes it almost silent.

If you hear the system running all night, the tank may not be reaching its shut-off pressure. Let us know in this thread and we will help you check the valve.

Apologies again for the trouble,
{{agent_name}}
Stillmere Water Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for ordering the {{product}} (order {{order_id}}). When you have had some time with it, we would be grateful for an Amazon review describing how it has worked for you.

Other households use these reviews to decide whether a filter suits their kitchen, their water and their routine. Whatever you think of it, your comments help us improve what we make.

Kind regards,
{{agent_name}}
Stillmere Water Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/shower/install", "zh", "花洒过滤器的安装与滤芯更换", """
{{buyer_name}}，您好：

感谢您选购 {{product}}。安装时不需要任何工具：先把原来的花洒从软管上拧下来，检查过滤器进水口里的密封垫是否放平，然后把过滤器拧到淋浴软管或墙上的出水接口上，再把花洒拧到过滤器的另一端，用手拧紧即可。

第一次使用前，请打开热水冲两分钟，把滤料里的细小颗粒冲干净。水流方向以外壳上的箭头为准，装反了出水会变小。

滤芯一般可以用两到三个月。如果出水明显变慢，或者又闻到了余氯味，就该更换了：拧开外壳，取出旧滤芯，放入新滤芯后重新拧紧。

祝您生活愉快！
{{agent_name}}
Stillmere 净水客服
""")
template("zh/tds/usage", "zh", "TDS 笔的使用方法与读数说明", """
{{buyer_name}}，您好：

关于 {{product}} 的用法：取下笔帽，按一下开关键，把笔尖插入水中约两厘米并轻轻搅动，等数字稳定后按 HOLD 键锁定读数。测完请用清水冲洗笔尖，甩干后盖好笔帽。

读数单位是 ppm，表示水中溶解性固体的总量。普通自来水一般在一百到四百之间，反渗透净水器的出水通常在十到三十之间。TDS 只反映溶解物的多少，并不能说明水中有没有细菌或余氯，所以不能单凭这一个数值判断水质好坏。

想知道反渗透膜是否还在正常工作，可以分别测一下自来水和净水：净水的读数不到自来水的十分之一，就说明膜的状态良好。

此致
{{agent_name}}
Stillmere 净水客服
""")
template("zh/warranty/claim", "zh", "保修范围及评估所需的资料", """
{{buyer_name}}，您好：

感谢您的来信。{{product}} 的主机、净水龙头和压力桶享有{{warranty_period}}有限保修，只要是材料或制造上的问题，都可以申请保修。滤芯和反渗透膜属于耗材，只有到货时即存在缺陷才予以保修。

因结冰、进水压力过高且未加装减压阀、误接热水，或者自行改装造成的损坏，不在保修范围内。

请在本对话中简单说明出现的问题，并附上故障部位和机身侧面标签的照片，方便我们判断。我们已在订单 {{order_id}} 下为您登记售后编号 {{case_id}}。

顺祝安好
{{agent_name}}
Stillmere 净水客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您在订单 {{order_id}} 中选择 {{product}}。使用一段时间以后，如果您愿意，欢迎在亚马逊上写一条评论，说说您的实际使用体验。

很多家庭挑选净水产品时都会参考其他用户的评论。不管您的看法如何，我们都很重视，也会据此改进产品。

{{agent_name}}
Stillmere 净水客服
""")
template("zh/troubleshoot/taste", "zh", "净水器出水有异味的致歉与说明", """
{{buyer_name}}，您好：

很抱歉 {{product}} 的出水味道让您不满意。新装机或刚换滤芯以后，出水带一点塑料味，或者喝起来比较淡，都比较常见：前者来自新滤芯和管路，多放几桶水就会消失；后者是因为反渗透去除了水里的矿物质，属于正常现象。

如果出水有明显的霉味或臭鸡蛋味，通常是压力桶长时间没有用水，水在桶里存放太久。请把压力桶里的水全部放掉，重新蓄满一桶再试。外出超过一周回家后，也建议先放掉一桶水再饮用。

如果放水之后异味仍然存在，请告诉我们滤芯已经用了多久以及异味的具体情况，我们会帮您进一步排查。

{{agent_name}}
Stillmere 净水客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/pitcher/cartridge", "zh-tw", "濾水壺濾芯的浸泡與更換", """
{{buyer_name}} 您好：

謝謝您詢問 {{product}} 的濾芯使用方式。新濾芯第一次使用前，請先放在冷水中浸泡十五分鐘，讓活性碳完全吸飽水分，再對準濾水壺內槽的卡榫用力往下壓，聽到「喀」一聲就表示裝好了。

裝好之後，前三壺過濾出來的水請倒掉，不要飲用。每個濾芯大約可以過濾一百五十公升的水，一般家庭約兩個月更換一次；如果過濾速度明顯變慢，也代表需要換新了。

濾水壺請放在冰箱冷藏，過濾好的水建議兩天內喝完。壺身可以用溫和的洗碗精手洗，請不要放進洗碗機。

祝 闔家平安
{{agent_name}}
Stillmere 淨水客服
""")
template("zh-tw/ro/faucet", "zh-tw", "淨水龍頭的安裝", """
{{buyer_name}} 您好：

關於 {{product}} 淨水龍頭的安裝：如果水槽旁邊已經有皂液器或噴槍的孔，可以直接使用；沒有的話，需要在檯面或水槽上鑽一個直徑約十二公釐的孔。不鏽鋼水槽用一般的金屬鑽頭即可，石材檯面則建議請專業師傅處理。

把龍頭的螺桿由上往下穿過孔，依序套上橡膠墊片、金屬墊片和固定螺帽，從檯面下方鎖緊，再把藍色水管接到龍頭底部的快速接頭。

龍頭把手往上扳是持續出水，往下壓是暫時出水，放開就會自動關閉。

{{agent_name}}
Stillmere 淨水客服
""")
template("zh-tw/ro/waste-ratio", "zh-tw", "逆滲透排水比例的說明", """
{{buyer_name}} 您好：

謝謝您詢問 {{product}} 排水的問題。逆滲透膜會把水中的雜質和鹽分擋在膜的一側，再由排水管把濃縮的水帶走，所以製水時一定有一部分的水流進排水管，這是正常的設計。

這款機型的純水與排水比例約為一比二，也就是每製造一公升純水，大約會排出兩公升濃縮水。進水壓力越高、水溫越接近攝氏二十五度，比例就越好。

排出的水不適合飲用，但可以收集起來拖地、沖馬桶或澆花。想收集的話，把排水管改接到水桶即可，請不要讓管口沒入水面以下。

{{agent_name}}
Stillmere 淨水客服
""")
template("zh-tw/troubleshoot/low-pressure", "zh-tw", "出水慢與水壓不足的致歉與說明", """
{{buyer_name}} 您好：

很抱歉 {{product}} 的出水量讓您失望。逆滲透系統需要足夠的自來水壓力才能正常製水，進水壓力建議至少每平方英吋四十磅；住在公寓高樓層或使用水塔供水的家庭，水壓常常不夠。

請先確認以下幾點：
1. 進水球閥是否完全打開。
2. 第一道 PP 棉濾芯是否已經變成深褐色；如果是，請先更換。
3. 壓力桶在沒有水的時候，側邊氣嘴的壓力是否在七到八磅之間。

如果以上都正常，出水仍然很慢，可能需要加裝增壓馬達。請回覆本訊息告訴我們檢查結果，我們會協助您判斷。

{{agent_name}}
Stillmere 淨水客服
""")
