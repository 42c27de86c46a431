# -*- coding: utf-8 -*-
"""Approved template library of t80 (imported by gen.py). Every text was written for this set.

Seller (invented): Sprigwell Grow Supply, home greenhouse and seed-starting supplies on Amazon.com.
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
template("en/germination/heat-mat-temps", "en", "germination advice: which mix temperature to hold on the heat mat", """
Hi {{buyer_name}},

Thanks for asking what temperature to set for {{crop}} on your {{mat}}. The number that matters is the temperature of the mix inside the cells, not the air in the room, so tuck the thermostat probe about an inch down into a cell near the middle of the tray.

As a rough guide, peppers, eggplant and tomatoes sprout fastest with the mix at 78 to 85 degrees F. Brassicas and most flowers are happy at 70 to 75, and lettuce and spinach prefer a cooler 65 to 70; above about 80 degrees, lettuce seed may simply stay dormant.

Take the tray off the mat once most of the seeds have come up. Seedlings grown on constant bottom heat get tall and weak, and warm, wet roots are more prone to rot.

Happy growing,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/thermostat/setup", "en", "thermostat settings: wiring, probe placement, set point, calibration", """
Hello {{buyer_name}},

Here is how to set up the {{thermostat}}. Plug the thermostat into the wall, plug the heat mat into the socket on the side of the thermostat, and place the probe in the growing mix rather than on top of the mat; a probe lying on the mat reads the heating wires and switches off far too early.

Press SET, use the arrow keys to choose the target, and press SET again to save it. The green light means it is holding at the target; the red light means the mat is heating. To switch between Fahrenheit and Celsius, hold both arrow keys for three seconds.

If the display disagrees with a kitchen thermometer pushed into the same cell, you can correct it: hold SET for five seconds until CAL appears, then adjust the offset in steps of one degree.

Regards,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/dome/humidity", "en", "setup advice: using the humidity dome and its vents", """
Hi {{buyer_name}},

Good question about the humidity dome on your {{kit}}. Keep the dome on, with both roof vents closed, from sowing until the first sprouts break the surface; the trapped moisture means you rarely need to water in that first week.

Droplets on the inside of the lid are normal. If the surface of the mix stays shiny or a fine white fuzz appears, open the vents for a few hours each day to let the air change.

Once about half the seeds are up, prop the dome open a little for two days and then take it off completely. Seedlings left under a closed lid stretch towards the light and are more likely to damp off.

Kind regards,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/blocker/how-to", "en", "how-to: mixing, pressing and releasing soil blocks", """
Dear {{buyer_name}},

Thank you for your question about the {{blocker}}. The mix has to be much wetter than you would use for pots: add water a little at a time until a squeezed handful drips and holds together like thick brownie batter.

Fill a shallow tub with the wet mix at least three inches deep. Push the blocker straight down, give it a twist, and press it on the tub floor a few times to pack the cells firmly. Lift it out, set it on the tray, and push the plunger down while drawing the frame up to release the blocks.

Rinse the blocker in a bucket of water between batches so the mix does not cling to the walls. Blocks dry out faster than cells, so water them from below by pouring into the tray rather than over the top.

Best wishes,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/lightstand/height", "en", "setup advice: light height and daily hours on the grow-light stand", """
Hello {{buyer_name}},

Thanks for getting in touch about light height on the {{stand}}. Start with the LED bars two to three inches above the tops of the seedlings and move the hooks up the chains as the plants grow, keeping roughly the same gap.

Leaves that bleach or turn pale at the edges mean the bars are too close; lift them an inch. Seedlings that lean and stretch on long pale stems need the light lower or on for longer.

Set the built-in timer for 14 to 16 hours of light a day. Seedlings need a dark period too, so please do not leave the lights on around the clock.

All the best,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/greenhouse/venting", "en", "setup advice: anchoring the mini greenhouse and venting it on sunny days", """
Hi {{buyer_name}},

Thank you for asking about keeping the {{greenhouse}} steady in the wind and comfortable on sunny days. Tie the frame to a wall or fence with the straps in the box, and fix the four corner stakes through the base loops before you load the shelves; an empty frame with its cover on catches the wind like a sail.

Put heavy trays on the bottom shelf and lighter pots at the top, so the centre of weight stays low.

On a clear day the inside can be 20 degrees warmer than outdoors within an hour. Roll up the front panel and fasten it with its toggles whenever the outside temperature passes about 60 degrees F, and close it again in the late afternoon to hold the warmth overnight.

Cheers,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/warranty/claim", "en", "warranty: what is covered and what we need to assess a claim", """
Dear {{buyer_name}},

Thank you for telling us about the problem with your {{product}}. It carries a {{warranty_period}} warranty that covers faults arising in normal use, such as a heat mat that no longer warms, a thermostat whose display or relay fails, or an LED bar that goes out or flickers.

Cuts, burns or water getting into the controller are not covered, nor is damage from using a heat mat without a thermostat where the manual asks for one.

So that we can assess it, please reply in this thread with the date the fault started, a photo of the label on the cable, and a short clip or photo showing the fault. This is recorded under case {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/holding/update", "en", "holding reply: the question has gone to the product team, answer by a date", """
Hello {{buyer_name}},

Thank you for the details about {{topic}}. I have shared your message and photos with our product team so that they can look at them properly instead of giving you a quick guess.

You will hear back from me in this thread by {{reply_by}}. If anything changes on your side in the meantime, just add it here and it will reach the same people.

Thanks for your patience,
{{agent_name}}
Sprigwell Grow Supply
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} has settled into your growing routine. When you have used it through a sowing or two, you are welcome to describe how it went in a review on Amazon.

Gardeners planning their own seed-starting set-ups read those reviews closely, and we learn from every one, whatever it says.

Warm regards,
{{agent_name}}
Sprigwell Grow Supply
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/mix/prep", "zh", "育苗基质的预湿与装盘", """
{{buyer_name}}，您好：

感谢您询问 {{mix}} 的用法。这款基质以椰糠和珍珠岩为主，刚开袋时比较干，直接装盘浇水很难吸透，建议先预湿再使用。

具体做法：把需要的分量倒进盆里，分三四次加入温水，边加边用手抓匀，直到握一把能成团、松手轻碰就散开为止。预湿后静置二十分钟，再装入穴盘，轻轻压实表面。

播种后用喷壶或底部吸水的方式补水，不要大水直接冲淋，以免把种子冲出穴孔。用剩的基质请把袋口扎紧，放在阴凉干燥处保存。

祝您育苗顺利！
{{agent_name}}
Sprigwell 育苗园艺客服
""")
template("zh/thermostat/settings", "zh", "温控器的目标温度、回差与高温报警设定", """
{{buyer_name}}，您好：

关于 {{thermostat}} 的设定，给您简单说明几个常用功能：

1. 目标温度：按一下“设定”键，用上下键调整，再按一次保存。育苗时一般设在二十四到二十九摄氏度之间。
2. 回差：长按“设定”键三秒进入菜单，找到“dF”一项，默认为一度。数值越小，温度越稳定，但加热垫开关会更频繁。
3. 高温报警：在同一菜单的“AH”一项设定上限，超过时温控器会鸣叫并自动断电。

探头请插在基质里，不要直接贴在加热垫表面，否则读数会偏高，加热垫会过早停止工作。

祝好
{{agent_name}}
Sprigwell 育苗园艺客服
""")
template("zh/dome/damping-off", "zh", "幼苗猝倒的致歉、原因与预防", """
{{buyer_name}}，您好：

很抱歉听说 {{kit}} 里的幼苗出现了倒伏。幼苗在贴近土面的茎部变细、发软后倒下，通常是猝倒病，多由湿度过高、通风不足引起。

建议您：出苗一半以上就取下保湿盖；浇水改为从底盘加水，十分钟后倒掉多余的水；在苗盘旁边放一台小风扇，用最低档吹一吹，让空气流动起来。

已经倒伏的幼苗无法恢复，请连同周围的基质一起移除。重新播种前，可以用稀释的双氧水或热水把苗盘和保湿盖清洗一遍。

{{agent_name}}
Sprigwell 育苗园艺客服
""")
template("zh/holding/update", "zh", "等待答复：问题已转产品部门，约定回复时间", """
{{buyer_name}}，您好：

谢谢您发来关于{{topic}}的说明和照片。为了给您准确的答复，我已经把资料转交给产品部门的同事仔细查看。

我们会在{{reply_by}}之前在本对话中回复您。这期间如果有新的情况，直接在这里补充即可，我们都能看到。

感谢您的耐心等待。
{{agent_name}}
Sprigwell 育苗园艺客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望您在订单 {{order_id}} 中购买的 {{product}} 用起来还顺手。等您用它育过一两批苗以后，如果有时间，欢迎到亚马逊商品页写一写您的使用体验。

不少准备自己育苗的园艺爱好者会参考这些评论，我们也会逐条阅读，无论肯定还是批评，都是我们改进的依据。

{{agent_name}}
Sprigwell 育苗园艺客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/heatmat/safety", "zh-tw", "育苗加熱墊的擺放、溫控與安全", """
{{buyer_name}} 您好：

感謝您詢問 {{mat}} 的使用安全。加熱墊請平放在桌面或層架上，上面直接放育苗盤即可；使用時不要折疊或捲起，也不要把它埋進土裡或放在會積水的地方。

加熱墊本身沒有溫度上限，請一定搭配溫控器使用，並把溫控器的探頭插進育苗土中。不用的時候請拔掉插頭，收納時平放，或輕輕捲成直徑十五公分以上的圓筒。

如果發現表面有裂痕、局部特別燙，或是電線外皮破損，請立即停止使用，並回覆本訊息告訴我們。

{{agent_name}}
Sprigwell 育苗園藝客服
""")
template("zh-tw/lightstand/timer", "zh-tw", "植物燈架定時器的設定", """
{{buyer_name}} 您好：

{{stand}} 的定時器設定方式如下：

1. 長按「時鐘」鍵兩秒，用加減鍵調整目前時間，再按一次確認。
2. 按「開」鍵設定每天開燈的時間，按「關」鍵設定關燈的時間。
3. 設定完成後，螢幕左上角會出現小太陽圖示，表示定時功能已啟用。

育苗期間建議每天照光十四到十六小時。停電後時鐘會保留約七十二小時，超過的話請重新設定目前時間。

{{agent_name}}
Sprigwell 育苗園藝客服
""")
template("zh-tw/blocker/sizes", "zh-tw", "土塊器的尺寸搭配與換大土塊", """
{{buyer_name}} 您好：

關於 {{blocker}} 的尺寸搭配：迷你土塊器做出的是四分之三吋的小土塊，適合播萵苣、洋蔥這類細小的種子。長出第一對本葉後，可以把小土塊整塊放進兩吋土塊頂端預留的凹槽裡，根系會自然長進去，不需要拔苗移植。

番茄、辣椒等育苗期比較長的作物，可以再移到四吋土塊裡，一直養到定植。

每次換成大一號的土塊時，最好用同一種基質，含水量也保持一致，幼苗比較不會因為換土而停止生長。

{{agent_name}}
Sprigwell 育苗園藝客服
""")
template("zh-tw/warranty/claim", "zh-tw", "保固範圍與評估故障所需的資料", """
{{buyer_name}} 您好：

謝謝您告訴我們 {{product}} 的狀況。本產品享有{{warranty_period}}保固，正常使用下發生的故障都在保固範圍內，例如加熱墊不再發熱、溫控器螢幕或繼電器失靈、LED 燈條不亮或閃爍。

割傷、燒焦、控制器進水，以及說明書要求搭配溫控器卻未使用所造成的損壞，不在保固範圍內。

麻煩您在本訊息中回覆故障開始的日期、電線上標籤的照片，以及顯示故障情形的照片或短片。本案已登記為案件 {{case_id}}，對應訂單 {{order_id}}。

{{agent_name}}
Sprigwell 育苗園藝客服
""")
