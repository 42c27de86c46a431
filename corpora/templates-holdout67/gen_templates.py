# -*- coding: utf-8 -*-
"""Approved template library of t67 (imported by gen.py). Every text was written for this set.

Seller (invented): Coralwick Dive Supply, scuba diving and snorkelling gear.
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
template("en/mask/fogging", "en", "product help: a new mask that keeps fogging", """
Hi {{buyer_name}},

Thanks for letting us know that your {{mask}} keeps misting over. New lenses come out of the factory with a thin silicone film on their inner side, and that film is what holds the condensation. It needs to be scrubbed away once before the first dive.

Put a pea-sized dab of plain white toothpaste, not a gel, on your fingertip and rub the inside of each lens in small circles for a minute or two. Rinse it thoroughly in fresh water, and repeat two or three times if the mist returns. Please keep flames and lighters away from the glass, because heat can weaken the bond between the lens and the skirt.

Before every dive, spread a drop of defog thinly over the inner glass and give the mask a quick dip in the water. After that, try not to touch the inside of the lenses with your fingers.

See you in the water,
{{agent_name}}
Coralwick Dive Support
""")
template("en/mask/fit", "en", "product help: getting a mask to seal", """
Hello {{buyer_name}},

Thank you for asking how to get a good seal with the {{mask}}. A quick check in front of a mirror tells you a lot: hold the mask against your face with the strap hanging loose, sniff gently through your nose, and take your hand away. If it stays there on its own, the skirt suits the shape of your face.

The strap belongs high on the crown of your head rather than over your ears, and it only needs to be firm enough to hold the mask still. Cranking it tight bends the skirt out of shape and often causes the very leak you are trying to cure.

Loose hair caught under the silicone is the most frequent reason for a slow trickle. A moustache can also let water seep in; a thin smear of silicone-based balm along the upper lip usually solves that.

Warm regards,
{{agent_name}}
Coralwick Dive Support
""")
template("en/snorkel/drytop", "en", "product help: how the dry-top snorkel valve works", """
Dear {{buyer_name}},

Thanks for your question about the {{snorkel}}. A float inside the top valve lifts and seals the tube whenever the tip goes under the surface, so you can duck-dive without swallowing sea water. Once you surface again, the valve reopens within about a second.

Should a little water collect anyway, one short, sharp breath out sends it through the one-way purge valve at the bottom, just below the mouthpiece. You do not need to raise your head to clear it.

After each swim, rinse the snorkel in fresh water and give it a few firm shakes so no sand stays trapped under the float. If the valve begins to stick, soak the top section in warm water for ten minutes and flush it through.

Happy snorkelling,
{{agent_name}}
Coralwick Dive Support
""")
template("en/fins/fit", "en", "product help: the fit of open-heel fins with boots", """
Hi {{buyer_name}},

Thanks for asking about the fit of your {{fins}}. Open-heel fins are made to be worn over dive boots, so the foot pocket will feel roomy on a bare foot. With your boots on, your toes should just touch the front of the pocket without curling, and the back of the boot should sit a little inside the opening.

Pull the spring strap up over the heel of the boot until it rests in the groove above it. There is no buckle to set: the spring stretches to hold the fin on and lets you slide it off quickly at the boat ladder.

If the top of your foot starts to ache after twenty minutes or so, the pocket is too snug. If the blade twists when you kick, it is too loose, and a thicker boot is often the answer.

Kind regards,
{{agent_name}}
Coralwick Dive Support
""")
template("en/wetsuit/care", "en", "product help: rinsing, drying and storing a wetsuit", """
Hello {{buyer_name}},

Good to hear from you about caring for your {{wetsuit}}. After every dive, rinse it inside and out in cool fresh water, since salt crystals and sunscreen gradually stiffen the neoprene. About once a month, or after a pool session, add a capful of wetsuit shampoo to the rinse.

Dry it inside out first, in the shade and on a broad hanger so the shoulders keep their shape, then turn it the right way round to finish. Strong sunlight fades the outer fabric and makes the rubber brittle over time.

Rub a little zip wax along the teeth of the zipper every few dives, and fold the suit loosely instead of creasing it hard when you put it away. Please never tumble dry or iron it.

All the best,
{{agent_name}}
Coralwick Dive Support
""")
template("en/computer/battery", "en", "product help: changing the coin cell of a dive computer", """
Dear {{buyer_name}},

Thank you for writing about the low battery symbol on your {{computer}}. It runs on a single CR2450 coin cell, which usually lasts about 300 dives or two years. Once the symbol shows, the computer will still complete the dive in progress, but it will refuse to start a new one until the cell has been changed.

To swap it, rinse and dry the case, then turn the battery cover a quarter turn anticlockwise with a coin. Lift out the old cell, make sure the small O-ring is clean and sitting in its groove, and drop in the new cell with the plus side facing you. Close the cover until its notch lines up with the dot on the case.

Your logbook and settings live in permanent memory and survive the change. Please set the date and time again afterwards so that new entries appear in the right order.

With best wishes,
{{agent_name}}
Coralwick Dive Support
""")
template("en/regulator/service", "en", "product help: when and why a regulator is serviced", """
Hello {{buyer_name}},

Thanks for asking when your {{regulator}} is due for servicing. We recommend a full service every {{service_interval}}, and sooner if the set is used very often, lent to other divers, or left unused in a cupboard for a long stretch.

During a service the first and second stages are taken apart, every part is cleaned, the O-rings, seats and filter are renewed, and the intermediate pressure and breathing resistance are set back to factory values. This is work for a trained technician, not a home job.

Between services, watch for the warning signs: a second stage that hisses or free-flows while nobody is breathing from it, inhalation that feels stiffer than it used to, or green or white corrosion on the first-stage filter. If you notice any of these, please stop diving with the set.

Safe diving,
{{agent_name}}
Coralwick Dive Support
""")
template("en/torch/care", "en", "product help: charging and sealing a dive torch", """
Hi {{buyer_name}},

Thanks for your message about the {{torch}}. It takes one rechargeable 21700 cell. Charge the cell outside the torch, in the charger from the box; its light turns green when charging is complete, which takes around four hours from flat.

Before each dive, inspect the main O-ring for grains of sand, hairs or nicks, wipe it clean, and give it a very thin coat of silicone grease. Screw the head down until it stops and check that no gap shows around the seal.

At full power the head heats up quickly in air, so only switch it on for a moment above water. After the dive, rinse the torch with the head still closed and dry it before you open it to take the cell out.

Kind regards,
{{agent_name}}
Coralwick Dive Support
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for ordering the {{product}} (order {{order_id}}). After you have taken it into the water a few times, we would be grateful if you wrote an Amazon review describing how it worked for you.

Divers and snorkellers read reviews to learn how equipment behaves in real conditions. We read them as well, glowing or critical, and use what we learn to improve our gear.

Thanks again,
{{agent_name}}
Coralwick Dive Support
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/computer/app", "zh", "潜水电脑表与手机应用同步日志", """
{{buyer_name}}，您好：

关于 {{computer}} 与手机同步潜水日志，请按以下步骤操作：

1. 在手机上安装 Coralwick Logbook 应用，并打开蓝牙。
2. 在电脑表上长按左下方按键，进入“连接”菜单，屏幕会出现一组六位配对码。
3. 在应用中点“添加设备”，输入表上显示的配对码。

配对成功后，每次潜水结束只要把表放在手机旁边，应用就会自动下载新的潜水记录，包括最大深度、潜水时长、水温和上升速度。固件有新版本时，应用首页会弹出提示，升级过程中请让表和手机保持在一米范围内。

祝您潜水愉快！
{{agent_name}}
Coralwick 潜水装备客服
""")
template("zh/wetsuit/sizing", "zh", "湿衣尺码的选择与试穿", """
{{buyer_name}}，您好：

谢谢您咨询 {{wetsuit}} 的尺码。湿衣要紧贴身体才能保暖，挑选时请主要看胸围和身高，体重只作为参考。

第一次穿上觉得有些紧、抬手略微吃力，都属于正常情况；下水以后氯丁橡胶会稍微变软，贴合感会更好。如果领口勒得呼吸困难，或者腋下、膝盖后方明显空出一块，就说明尺码不太合适。

试穿时建议先把双脚套进裤管，再分几次慢慢往上提，请不要用指甲抠着面料用力拉扯。

{{agent_name}}
Coralwick 潜水装备客服
""")
template("zh/warranty/claim", "zh", "保修范围与判断故障所需资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 提供{{warranty_period}}保修服务，只要是材料或做工引起的问题都可以申请，例如按键失灵、表壳或镜片在正常使用中开裂、密封部位渗水等。

人为摔落、超过额定深度使用、自行拆开外壳，或者搭配非原厂配件导致的问题，保修不予覆盖。

方便的话，请直接回复这条消息，说明问题出现的经过，并附上清楚的照片或视频。本次售后编号是 {{case_id}}，对应订单 {{order_id}}。

{{agent_name}}
Coralwick 潜水装备客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

谢谢您在订单 {{order_id}} 中选择了 {{product}}。等您带着它下水几次之后，如果愿意，可以到亚马逊的商品页面留下评论，讲讲实际使用的情况。

很多潜水和浮潜爱好者会参考这些评论来挑选装备。无论您的看法如何，我们都会仔细阅读，并用来改进产品。

{{agent_name}}
Coralwick 潜水装备客服
""")
template("zh/regulator/freeflow", "zh", "调节器在水面持续出气的致歉与说明", """
{{buyer_name}}，您好：

很抱歉 {{regulator}} 在水面上不停出气，让您受惊了。二级头在水面时，如果咬嘴朝上，或者排气按钮被轻轻压住，就容易出现自由流，很多调节器都会这样。

遇到这种情况，可以把咬嘴朝下按进水里，或者用手指堵住咬嘴几秒钟，气流通常就会停下来。下水前把二级头侧面的“潜水/预潜”拨杆拨到预潜一侧，也能大大减少这种情况。

如果在水下正常呼吸时仍然持续出气，或者出气声越来越大，请暂停使用，并直接回复这条消息，我们会安排技师检查。

{{agent_name}}
Coralwick 潜水装备客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/drybag/seal", "zh-tw", "防水袋的捲封方式與使用注意事項", """
{{buyer_name}} 您好：

謝謝您詢問 {{drybag}} 的使用方式。能不能防水，關鍵在袋口的捲法：請先把袋口上緣的硬條對齊壓平，擠出袋內多餘的空氣，再往下緊緊捲三圈以上，最後把兩端的扣環扣起來。

袋子可以應付浪花和短暫落水，但不適合長時間泡在水裡，也不能帶到水下。手機、相機這類怕水的東西，建議先另外裝進小袋子，再放進去。

用完請以清水沖掉沙子和鹽分，把袋口打開晾乾後再收納，才不會產生異味。

{{agent_name}}
Coralwick 潛水裝備客服
""")
template("zh-tw/computer/modes", "zh-tw", "潛水電腦錶的模式設定", """
{{buyer_name}} 您好：

關於 {{computer}} 的模式設定，說明如下：

1. 空氣模式：一般水肺潛水使用，也是出廠時的預設值。
2. 高氧模式：使用高氧氣瓶時請選擇這個模式，並依照氣瓶的分析結果輸入氧氣比例，範圍是百分之二十一到四十。
3. 自由潛水模式：只記錄深度與時間，不計算減壓。
4. 儀錶模式：只顯示深度、時間和水溫，適合經驗豐富的潛水員。

安全停留提醒與上升速度警報在每個模式都會啟用，建議不要關閉。切換模式之後，下水前請再確認一次設定內容。

{{agent_name}}
Coralwick 潛水裝備客服
""")
template("zh-tw/mask/prescription", "zh-tw", "度數鏡片面鏡的說明", """
{{buyer_name}} 您好：

謝謝您來信詢問 {{mask}} 的度數鏡片。這款面鏡左右兩片鏡片可以分開更換，近視鏡片從一百度到八百度，每五十度一個級距。

鏡片只矯正近視，不矯正散光；散光在兩百度以內的潛水員，多半會選擇比近視度數低五十度的鏡片，看起來比較舒服。水中的物體會顯得比實際大一點、近一點，第一次下水請給眼睛一些時間適應。

鏡片靠內側的卡榫固定，不需要任何工具；更換時請盡量不要用手指碰到鏡片內面。

{{agent_name}}
Coralwick 潛水裝備客服
""")
template("zh-tw/torch/modes", "zh-tw", "潛水手電筒的亮度模式與防誤觸鎖定", """
{{buyer_name}} 您好：

很高興為您說明 {{torch}} 的操作方式。按一下尾端按鈕即可開燈，之後每按一下，會依序切換高、中、低三段亮度；在任何亮度下長按三秒，會進入求救閃爍模式。

不使用時，請把燈頭反方向轉半圈到鎖定位置，這樣放在裝備袋裡也不會被壓到而亮起發熱。

在水面或岸上請盡量使用低亮度，最高亮度只適合在水中使用，離開水後燈頭的溫度會很快升高。電量剩下兩成時，燈光會閃兩下，提醒您準備結束這次潛水。

{{agent_name}}
Coralwick 潛水裝備客服
""")
