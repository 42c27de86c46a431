# -*- coding: utf-8 -*-
"""Approved template library of t76 (imported by gen.py). Every text was written for this set.

Seller (invented): Tidewell Home Water, water softeners, shower filters, cartridges, salt, test strips, bypass valves.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = OrderedDict()


def tpl(tid, lang, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ---------------------------------------------------------------- English (9)
tpl("en/filter/cartridge-change", "en", "product help: changing the shower filter cartridge", """
Hello {{buyer_name}},

Thank you for asking about changing the cartridge in your {{product}}. We suggest a fresh cartridge every {{months}}, or sooner if you notice the chlorine smell coming back or the flow getting weaker.

To swap it, turn the shower off and unscrew the filter housing by hand, turning it counterclockwise while you hold the top half still. Pull the old cartridge straight out, check that the rubber gasket is still seated in the cap, and push the new cartridge in with the arrow pointing toward the shower head.

Screw the housing closed until it is snug, without using a wrench, then run the shower on cold for about a minute. The first water may look slightly cloudy or carry a few dark specks from the filter media; this clears by itself.

Warm regards,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/softener/salt", "en", "product help: choosing and topping up softener salt", """
Hi {{buyer_name}},

Thanks for your question about salt for the {{product}}. Either clean evaporated pellets or solar salt crystals work well. We advise against rock salt, because the dirt it carries settles at the bottom of the brine tank and can block the brine line over time.

Keep the salt level at least a few inches above the water in the brine tank, and no more than about two thirds of the way up. Filling the tank to the brim makes a hard crust more likely to form. Most households of four use one 40-pound bag every four to six weeks.

When you top up, break up any clumps with a broom handle, and try not to mix pellets and crystals in the same fill.

Best wishes,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/softener/hardness-setup", "en", "product help: entering the water hardness and regeneration time", """
Dear {{buyer_name}},

Thank you for getting in touch about setting up your {{product}}. Based on the test result you shared, please enter {{hardness}} as the hardness value. If your home has iron in the water, add 4 grains for every part per million of iron, so the softener regenerates a little more often.

To change the setting, hold the SET button for three seconds until the hardness figure flashes, use the arrow keys to adjust it, and press SET again to save. The default regeneration time is 2:00 a.m., when nobody is usually running water; you can move it the same way in the next menu.

The first automatic regeneration takes about two hours. You may hear water running into the drain during that time, which is normal.

Kind regards,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/test/strips", "en", "product help: reading the hardness test strips", """
Hello {{buyer_name}},

Here is how to read the {{strips}}. Fill a clean glass with cold water from the tap you want to check, dip one strip for a single second, shake it once and lay it flat. After fifteen seconds, compare the pads with the color chart on the bottle in good daylight.

Softened water should match the first block, which means less than one grain per gallon. If you see any purple on a strip taken after the softener, the resin is not catching everything, and it is worth testing again the morning after the next regeneration.

Keep the cap closed tightly between uses. The strips react to humidity in the air and start to drift after about a year once the bottle has been opened.

Regards,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/troubleshoot/low-pressure", "en", "troubleshooting: weak shower flow after fitting the filter", """
Hi {{buyer_name}},

I'm sorry the shower has lost pressure since you fitted the {{product}}. The most common cause is the small washer screen in the inlet: during installation, bits of old thread tape or scale from the shower arm can get trapped there.

Please unscrew the filter from the shower arm, take out the screen with a fingernail, rinse it under the tap and put it back flat. Wrap the arm with two or three turns of fresh thread tape, clockwise, before refitting.

If the flow is still weak, run the shower for a minute with the cartridge removed. A strong flow then points to a clogged cartridge, which usually happens early in homes with very hard water. Let us know what you find and we can look at the next step together.

Thanks,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/troubleshoot/salt-bridge", "en", "troubleshooting: the softener is not using any salt", """
Hello {{buyer_name}},

Thank you for letting us know that the salt level in your {{product}} has not gone down. Often a hard shell, called a salt bridge, has formed above the water line. The salt underneath is used up, while the crust on top makes the tank look full.

Press down firmly on the salt with a broom handle. If it gives way and you find an empty space below, break the crust into small pieces and scoop out any large chunks. Then start a manual regeneration by holding the REGEN button for five seconds.

Damp basements make bridges more likely. Filling the tank only halfway and checking it every month helps prevent them.

Best regards,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. The control valve and the electronics carry a {{years}} warranty, and the resin and mineral tanks are covered for ten years. Cartridges, salt and other consumables are not part of the warranty, and neither is damage caused by freezing, by a water pressure above 125 psi, or by installation that does not follow the manual.

So that our technicians can assess the problem, please reply with a short video of the control panel showing the error, a photo of the serial label on the back of the valve, and a description of when the problem started. We have opened case {{case_id}} for order {{order_id}}.

We aim to answer within one business day after we receive the information.

Sincerely,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/apology/valve-drip", "en", "apology and explanation: a new bypass valve that drips", """
Hi {{buyer_name}},

I'm very sorry that the {{product}} started dripping so soon after you installed it. We have looked into this, and the cause is an O-ring that moved out of its groove when the valve was pressed onto the softener.

The fix takes a few minutes. Turn the bypass handles to the bypass position, relieve the pressure by opening a cold tap, then pull off the retaining clips and ease the valve away. Seat the O-ring back in its groove with a little silicone grease, slide the valve back on straight, and refit the clips until they click.

We have passed this on to our assembly team so that the O-rings are greased before packing. If the drip continues after you reseat it, just reply here and we will replace the valve.

With apologies,
{{agent_name}}
Tidewell Home Water Care
""")

tpl("en/review/neutral-request", "en", "a neutral invitation to review, at most once per order", """
Hello {{buyer_name}},

Now that your {{product}} from order {{order_id}} has been in use for a few weeks, we would like to invite you to share your experience in a review on Amazon. Whatever you think of it, good or bad, an honest account helps other households decide what suits their water.

This is the only time we will ask about this order, and there is no need to reply to this message.

Thank you,
{{agent_name}}
Tidewell Home Water Care
""")

# ---------------------------------------------------------------- Simplified Chinese (5)
tpl("zh/filter/install", "zh", "淋浴过滤器的安装", """
{{buyer_name}}，您好：

感谢您购买 {{product}}。安装前请先把淋浴臂螺纹上残留的旧生料带和水垢清理干净，再顺时针缠上三到四圈新的生料带。

将过滤器的进水口对准淋浴臂，用手拧紧；过滤器外壳上的箭头应当指向花洒一侧。如果方向装反，滤料会被冲散，出水里会出现细小的颗粒。最后把花洒或软管接到过滤器的出水口上。

装好后打开冷水冲洗两分钟，同时检查两端接口有没有渗水。如果有轻微渗水，再拧紧四分之一圈一般就能解决。

祝生活愉快，
{{agent_name}}
Tidewell 家用水处理客服
""")

tpl("zh/bypass/valve", "zh", "旁通阀手柄的位置与用法", """
{{buyer_name}}，您好：

关于 {{product}} 的使用方法：旁通阀上有两个手柄，平时两个手柄都应与水管平行，这时自来水会先经过软水机再进入家中。

需要维修软水机、清洗盐箱或者给草坪浇水时，可以把两个手柄转到与水管垂直的位置。这样水会直接绕过软水机，家里照常有水，只是暂时变回硬水。

转动手柄时请慢慢操作，不要用力过猛。如果手柄转动很紧，可以在关闭总阀以后，在手柄根部的密封圈上涂一点食品级硅脂。

此致，
{{agent_name}}
Tidewell 家用水处理客服
""")

tpl("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

谢谢您就 {{product}} 与我们联系。控制阀和电路板的保修期为{{years}}，树脂罐和盐箱的保修期为十年。滤芯、软水盐等消耗品不在保修范围内；因冰冻、水压超过 125 psi 或未按说明书安装造成的损坏，也不属于保修。

为了判断故障原因，请回复一段显示控制面板报错的短视频、一张阀体背面序列号标签的照片，并简单说明问题是从什么时候开始的。我们已为订单 {{order_id}} 建立售后案例 {{case_id}}。

收到资料后，我们通常会在一个工作日内给您答复。

{{agent_name}}
Tidewell 家用水处理客服
""")

tpl("zh/apology/salty-water", "zh", "软水再生后出水发咸的致歉与说明", """
{{buyer_name}}，您好：

非常抱歉，您的 {{product}} 在再生之后出水带有咸味，给您的生活带来了不便。我们分析后认为，原因是再生过程中的清洗阶段没有完全结束，盐水还残留在树脂罐里。

最常见的情况是再生进行中途停电，或者有人在凌晨再生时间段大量用水。请您先打开一个冷水龙头放水五到十分钟，咸味一般就会消失。如果问题反复出现，可以在设定菜单里把正洗时间从十分钟延长到十五分钟。

也请检查一下排水管有没有弯折或高于一米五，排水不畅同样会造成这种情况。若调整后仍有咸味，请在本消息中告诉我们，我们会继续跟进。

再次致歉，
{{agent_name}}
Tidewell 家用水处理客服
""")

tpl("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

您在订单 {{order_id}} 中购买的 {{product}} 已经使用了一段时间。如果方便，欢迎您在亚马逊商品页写下真实的使用感受，无论满意与否，都能给正在挑选的其他家庭提供参考。

这笔订单我们只会邀请这一次，您无需回复本消息。

谢谢您，
{{agent_name}}
Tidewell 家用水处理客服
""")

# ---------------------------------------------------------------- Traditional Chinese (4)
tpl("zh-tw/filter/cartridge-life", "zh-tw", "濾芯壽命與更換時機", """
{{buyer_name}} 您好：

關於 {{product}} 的濾芯壽命：一般家庭大約每{{months}}更換一次。實際使用時間會因用水量和水質而不同，如果洗澡水重新出現消毒水的味道，或是水流明顯變弱，就代表濾芯已經接近飽和。

更換時請先關閉淋浴，逆時針轉開外殼，取出舊濾芯；放入新濾芯時請注意箭頭朝向蓮蓬頭。外殼用手轉緊即可，不需使用工具。

新濾芯裝好後，先放冷水一分鐘再使用。濾芯未拆封前請存放在陰涼乾燥的地方，保存期限約兩年。

祝 平安
{{agent_name}}
Tidewell 居家用水客服
""")

tpl("zh-tw/softener/vacation", "zh-tw", "長期外出時軟水機的設定", """
{{buyer_name}} 您好：

您提到要出遠門一段時間，以下是 {{product}} 在您離家期間的建議設定。如果外出不超過兩週，軟水機可以照常運作，不需要另外處理。

如果會離開兩週以上，請在出門前按住 SET 鍵進入選單，把再生模式改為「暫停」，並關閉進水總閥。回家之後先打開總閥，再手動執行一次再生，把樹脂罐裡停滯的水沖掉，之後再恢復原本的設定。

如果冬天家裡可能結冰，請把鹽桶和管線做好保溫，或是請水電師傅協助排空管線。

敬祝 旅途愉快
{{agent_name}}
Tidewell 居家用水客服
""")

tpl("zh-tw/troubleshoot/brine-overflow", "zh-tw", "鹽桶水位過高的排除方法", """
{{buyer_name}} 您好：

很抱歉 {{product}} 的鹽桶水位變得這麼高。正常情況下，鹽桶底部只會有十到十五公分的水；水位一直上升，通常表示再生時鹽水沒有被順利吸走。

請先檢查連接鹽桶和控制閥的細鹽水管，看看有沒有被壓扁、彎折，或是接頭裡卡了鹽粒。接著把鹽桶裡的吸水閥拉出來，用溫水沖洗底部的小濾網。

完成後，按住 REGEN 鍵五秒手動再生一次，並在再生的第二個階段觀察水位是否下降。如果水位還是沒有變化，請回覆本訊息，告訴我們控制面板上顯示的代碼。

祝 順心
{{agent_name}}
Tidewell 居家用水客服
""")

tpl("zh-tw/review/neutral-request", "zh-tw", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

感謝您選購 {{product}}（訂單 {{order_id}}）。用了幾個星期之後，如果您願意花一點時間，可以到亞馬遜的商品頁面分享真實的心得。好的壞的都可以寫，這些經驗對正在比較產品的人很有幫助。

同一筆訂單我們只會提出這一次邀請，這則訊息不必回覆。

謝謝
{{agent_name}}
Tidewell 居家用水客服
""")
