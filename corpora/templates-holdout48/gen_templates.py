# -*- coding: utf-8 -*-
"""Approved template library of t48 (imported by gen.py). Every text written for this set."""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


SIG_EN = "Pagelight Reading Devices"
SIG_ZH = "Pagelight 阅读器客服"
SIG_TW = "Pagelight 閱讀器客服"

# ------------------------------------------------------------------ English (9)
template("en/reader/light", "en", "answering a product question: front-light brightness and warmth", """
Hello {{buyer_name}},

Thanks for asking about the reading light on your {{product}}. Tap the top edge of the screen to open the quick menu, then drag the Brightness slider until the page looks comfortable; in a dark room most readers settle between 10 and 25 percent.

The Warmth slider under it shifts the light from cool white towards amber. Many people like a warmer setting in the evening, and you can turn on Auto Warmth in Settings > Display so the tone changes by itself after sunset.

If the light looks slightly uneven along the bottom edge at low brightness, that is normal for an edge-lit screen and it does not get worse over time.

Best wishes,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/reader/sideload", "en", "how-to: copying your own books and documents over USB", """
Dear {{buyer_name}},

You can add your own books and documents to your {{product}} with the USB-C cable from the box. Connect the reader to your computer and tap Connect on the reader's screen; it then appears on the computer as a drive called NIMBUS.

Copy your files into the Books folder. The reader opens these formats: {{file_types}}. Files locked with another store's copy protection cannot be opened.

When the copying has finished, eject the drive on your computer before you unplug the cable. The new titles show up in your library within a minute.

With kind regards,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/reader/battery", "en", "product help: battery life and charging time", """
Hi {{buyer_name}},

Thank you for your message about battery life on your {{product}}. With the light at a medium level, wireless switched off and about half an hour of reading a day, a full charge lasts around {{battery_weeks}}.

Wireless syncing and a bright light use the most power. Turning on Airplane Mode while you read a book that is already downloaded makes the biggest difference.

Charging from empty takes about three hours with a 5 V wall adapter; the small light beside the port turns from orange to green when it is done. Charging from a laptop port is slower but perfectly safe.

All the best,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/troubleshoot/frozen", "en", "troubleshooting: a frozen or unresponsive screen", """
Hello {{buyer_name}},

I'm sorry your {{product}} has stopped responding. A frozen page is usually cleared by a forced restart, and none of your books, notes or highlights are lost.

1. Press and hold the power button for 40 seconds, even if the screen goes blank sooner.
2. Release the button and wait a few seconds.
3. Press the power button once more; the start screen appears after about half a minute.

If the reader still does not start, leave it on a wall charger for one hour and repeat the steps. If the page stays frozen after that, please reply here and we will arrange the next step with you.

Kind regards,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/cover/fit", "en", "answering a product question: fitting a cover and the sleep/wake magnet", """
Dear {{buyer_name}},

The {{cover_name}} is made for the {{reader_model}}. To fit it, open the cover flat, set the bottom edge of the reader into the two lower corners first, then press the top edge down until both upper corners click into place.

A magnet in the front flap puts the reader to sleep when you close the cover and wakes it when you open it. If that does not happen, check that Sleep Cover is switched on under Settings > Device.

To take the reader out again, push gently through the round opening in the back of the cover and lift out the top corners first.

Warm regards,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Hello {{buyer_name}},

Thank you for contacting us about your {{product}}. Your reader has a {{warranty_period}} limited warranty that covers faults in materials and workmanship, such as a front light that stops working, buttons that no longer respond or a screen that develops lines without any impact.

The warranty does not cover a cracked screen after a drop, pressure damage, or water damage beyond the reader's rating.

To assess your claim, please reply in this thread with a short description of the fault and a photo of the screen that shows it. Your case number is {{case_id}} for order {{order_id}}.

Sincerely,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/apology/screen-lines", "en", "apology for a reader that arrived with lines across the display", """
Dear {{buyer_name}},

I am very sorry that your {{product}} arrived with lines across the screen. That is not the standard we hold our readers to, and I understand how disappointing it is to unpack a new device and find it faulty.

Lines that appear on a new reader without any impact point to a fault in the display itself, not to anything you did. A restart will not clear them, so please do not spend your time troubleshooting.

We will replace the reader with a new unit at no cost to you. Please reply to confirm that your delivery address is unchanged, and I will keep your case open until the new reader is working well for you.

With apologies,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}}. Now that your {{product}} has been with you for a little while, we would be grateful if you would share your experience in a review on Amazon.

Your review helps other readers decide whether this device is right for them, and it helps us improve. Whatever your experience has been, we value your honest opinion.

Thank you for your time,
{{agent_name}}
Pagelight Reading Devices
""")
template("en/reader/water", "en", "product help: water resistance and drying the reader", """
Hi {{buyer_name}},

Your {{product}} is rated IPX8, so you can read it in the bath or by the pool, and it survives a drop into fresh water up to two metres deep for up to an hour.

If it gets wet, wipe the screen with a soft cloth and let the reader dry standing upright for a few hours. The charging port must be completely dry before any cable goes in.

Rinse off salt water or pool water with fresh tap water soon afterwards. The touch screen may misread taps while there are drops on it; this stops as soon as the glass is dry.

Happy reading,
{{agent_name}}
Pagelight Reading Devices
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/reader/fonts", "zh", "字体、字号与字重的调整", """
{{buyer_name}}，您好：

感谢您咨询 {{product}} 的字体设置。阅读时轻点屏幕中间，再点底部的“字体”按钮，就可以调整字体、字号、行距和页边距。

如果觉得文字偏细，可以把“字重”滑块向右拖动两到三格，墨水屏上的文字会明显清楚一些。看中文书时建议选择宋体或黑体，标点会更整齐。

调整好的设置会自动用于之后打开的每一本书；单本书也可以在同一个菜单里恢复默认。

祝阅读愉快！
{{agent_name}}
Pagelight 阅读器客服
""")
template("zh/reader/wifi", "zh", "连接无线网络的步骤", """
{{buyer_name}}，您好：

关于 {{product}} 连接无线网络的问题，请按以下步骤操作：

1. 从屏幕顶部向下滑动，打开快捷菜单，点“设置”。
2. 选择“无线网络”，打开开关，等待列表中出现您家里的网络名称。
3. 点网络名称，输入密码后点“连接”。

阅读器只支持 2.4GHz 频段。如果您的路由器同时提供 2.4GHz 和 5GHz 两个频段，请选择名称里不带“5G”字样的那个。连接成功后，屏幕右上角会显示扇形信号图标。

此致
{{agent_name}}
Pagelight 阅读器客服
""")
template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您联系我们。您购买的 {{product}} 享有{{warranty_period}}有限保修，保修范围包括材料和做工造成的故障，例如阅读灯不亮、按键失灵，或在没有受到撞击的情况下屏幕出现线条。

跌落造成的屏幕破裂、挤压变形以及超出防水等级的进水不在保修范围内。

为了判断故障原因，请在本对话中简单描述问题，并附上一张能看清故障的屏幕照片。您的保修案例编号为 {{case_id}}，对应订单 {{order_id}}。

谨致问候
{{agent_name}}
Pagelight 阅读器客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。使用一段时间后，如果您愿意，欢迎在亚马逊上写一篇评论，分享您的真实使用体验。

无论体验如何，您的评论都能帮助其他读者做出选择，也能帮助我们改进产品。感谢您抽出时间。

{{agent_name}}
Pagelight 阅读器客服
""")
template("zh/apology/ghosting", "zh", "屏幕残影的致歉与刷新设置", """
{{buyer_name}}，您好：

非常抱歉 {{product}} 的屏幕残影影响了您的阅读。墨水屏翻页后留下上一页的淡淡痕迹，通常与刷新设置有关，并不代表屏幕损坏。

请打开“设置”>“显示”>“整页刷新”，把刷新频率改为“每页”。这样每次翻页时屏幕会闪一下黑色，残影会被完全清除，只是耗电略多一点。

如果改成“每页”之后残影仍然明显，请在本对话中回复一张照片，我们会继续为您处理。再次向您致歉。

{{agent_name}}
Pagelight 阅读器客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/reader/dictionary", "zh-tw", "字典的下載與查詞", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的字典功能。閱讀時長按任何一個詞，就會跳出字典視窗，顯示詞義與讀音。

第一次使用時需要先下載字典：請到「設定」>「語言與字典」，選擇您要的字典後點「下載」，連上無線網路約兩分鐘即可完成。英漢雙向字典與國語辭典可以同時安裝。

下載完成後，查詞不需要網路。如果要切換字典，在字典視窗右上角點書本圖示即可。

敬祝 閱讀愉快
{{agent_name}}
Pagelight 閱讀器客服
""")
template("zh-tw/cover/care", "zh-tw", "布面保護套的清潔與保養", """
{{buyer_name}} 您好：

{{product}} 的外層是防潑水布料，平時用微濕的軟布輕輕擦拭即可，請不要使用酒精、清潔劑，也不要放進洗衣機。

如果沾到咖啡或果汁，請盡快用沾了清水的布按壓吸乾，不要來回用力搓揉，以免布料起毛。擦完後把保護套打開平放，在通風處自然風乾，不要使用吹風機。

內側的超細纖維襯布可以用乾淨的軟毛刷，順著同一個方向刷去灰塵。

{{agent_name}}
Pagelight 閱讀器客服
""")
template("zh-tw/troubleshoot/charging", "zh-tw", "充電指示燈不亮的排除方法", """
{{buyer_name}} 您好：

很抱歉您的 {{product}} 充電時指示燈沒有亮起。請依序試試以下方法：

1. 換一條傳輸線和一個 5V 的插座充電器；電腦的連接埠有時供電不足。
2. 確認接頭完全插入，連接埠內沒有灰塵或棉絮，可以用乾燥的軟毛刷輕輕清除。
3. 接上電源後等待三十分鐘；電量完全耗盡時，指示燈要過一段時間才會亮。
4. 按住電源鍵四十秒重新啟動，再接上電源。

如果以上方法都試過，指示燈仍然不亮，請回覆本訊息，我們會為您安排下一步。

{{agent_name}}
Pagelight 閱讀器客服
""")
template("zh-tw/kids/time-limit", "zh-tw", "兒童版閱讀器的每日閱讀時間設定", """
{{buyer_name}} 您好：

感謝您詢問 {{product}} 的閱讀時間設定。家長可以在「家長專區」設定每天的閱讀時間上限與就寢時段。

進入方式：從首頁點右上角的鎖頭圖示，輸入您設定的四位數密碼，再選「每日時間」。時間到了以後，閱讀器會顯示提醒畫面，孩子需要輸入密碼才能繼續閱讀。

就寢時段內，書庫會自動隱藏，只保留您事先選好的睡前故事。

{{agent_name}}
Pagelight 閱讀器客服
""")
