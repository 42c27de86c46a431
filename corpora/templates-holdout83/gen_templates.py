# -*- coding: utf-8 -*-
"""Approved template library of t83 (imported by gen.py). Every text was written for this set.

Seller (invented): Wrenfield Practice Gear, metronomes, music stands, tuners and practice mutes for musicians.
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
template("en/metronome/subdivisions", "en", "answering a product question: subdivisions and accents", """
Hello {{buyer_name}},

Thank you for asking about subdivisions on the {{product}}. Press the SUB key to step through the patterns: quarter notes, two eighths, eighth-note triplets, four sixteenths and a swing figure. The pattern you choose appears as small note symbols in the top corner of the display.

Accents are set separately with the BEAT key. Choose how many beats are in the bar, from 0 to 9, and the first beat of every bar sounds with a higher click. Setting it to 0 gives an even click with no accent, which many teachers prefer for scale work.

Each of the three sounds (click, woodblock and spoken count) keeps its own balance between the main beat and the subdivision. Hold SUB for two seconds to open that balance, then turn the dial until the subdivision sits just underneath the beat.

Warm regards,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/stand/assembly", "en", "how-to: assembling and adjusting an orchestral stand", """
Hi {{buyer_name}},

Here is how to set up the {{stand}}. Put the base on the floor and spread the three legs until the collar clicks into its lowest position. Slide the upper tube into the lower one, raise it to the height you want, and turn the height knob clockwise until it holds firmly.

Next, fit the desk onto the top of the tube and tighten the tilt clutch at the back. If the desk drops forward under a thick score, give the clutch another quarter turn; it is meant to feel quite stiff.

For seated playing, most people like the top edge of the desk at about eye level. Standing players usually raise it roughly eight inches more. Keep the heavier side of the music above the middle leg so that the stand cannot tip.

Kind regards,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/tuner/reference-pitch", "en", "answering a product question: changing the reference pitch and the tuning mode", """
Dear {{buyer_name}},

Thanks for your question about the reference pitch on your {{tuner}}. It starts at A4 = 440 Hz. To change it, press CAL; each further press raises the setting by 1 Hz up to 450 Hz, and holding the button steps back down to 430 Hz. The value stays on the screen for three seconds and is remembered when you switch off.

Many orchestras in Europe tune to 442 Hz, and some baroque groups use a much lower pitch. Check with your director before changing it, so that you match the rest of the ensemble.

The MODE button chooses what the tuner listens for: C for chromatic, G for guitar, B for bass, V for the violin family and U for ukulele. For wind and brass instruments, stay in chromatic mode.

With best wishes,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/troubleshoot/jumpy-reading", "en", "troubleshooting: a clip-on tuner whose reading will not settle", """
Hello {{buyer_name}},

I'm sorry the needle on your {{product}} keeps jumping instead of settling on a note. The clip picks up vibration through the instrument itself, so where it sits makes a big difference. On a guitar or ukulele, attach it to the headstock; on a violin or viola, to the scroll; on a brass instrument, to the rim of the bell.

A tired battery is the next most common cause. When the CR2032 cell runs low, the display dims and the readings begin to wander, so a fresh cell often fixes it straight away.

Also check that the MIC symbol is not showing in the corner of the screen. In microphone mode the tuner hears every sound in the room; press and hold MODE for two seconds to switch back to the clip sensor. If the readings are still unsteady after all this, please reply in this thread and we will work through it with you.

Regards,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/mute/fit", "en", "answering a product question: fitting a brass practice mute", """
Hi {{buyer_name}},

Thank you for asking how the {{mute}} fits your {{instrument}}. Push it gently into the bell with a slight twist until the cork strips grip evenly all the way round. It should feel secure without being forced; if you have to push hard, the cork is still stiff and will soften after a few sessions.

A practice mute lowers the volume by about 30 to 35 decibels, so you will feel more back pressure than with an open bell. Most players get used to it within a week, and short, regular sessions help more than long ones while you adjust.

Notes in the upper register may sound slightly sharp with the mute in. That is normal for practice mutes and does not affect your tuning when you play open.

Best wishes,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. It carries a {{warranty_period}} warranty covering faults in materials and workmanship, such as a display that stops working, buttons that no longer respond, a knob thread that strips under normal tightening, or a spring movement that fails.

The warranty does not cover wear from everyday use, accidental drops, moisture damage or changes made to the product.

So that we can assess the fault, please reply here with a short description and a photo or a brief video that shows the problem. Your case number is {{case_id}}, linked to order {{order_id}}.

Yours sincerely,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/apology/uneven-tick", "en", "apology and explanation: a pendulum metronome with an uneven tick", """
Hello {{buyer_name}},

I'm sorry your {{product}} is ticking unevenly. It is frustrating to sit down to practise with a beat that limps, and I understand why you wrote to us.

A pendulum metronome only keeps an even beat when it stands perfectly level. Place it on a flat, firm surface, away from the curve of a piano lid or a soft cloth that can tilt it. If the two ticks still sound different, hold the body steady, nudge the pendulum arm very slightly to one side and let it swing again; a few small adjustments usually balance it.

Please wind the spring fully before each session. As it runs down, the tempo can sag a little towards the end, which is how a clockwork movement behaves. If the tick is still uneven after these steps, reply to this message and we will put it right.

With apologies,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

We hope the {{product}} from order {{order_id}} is proving useful in your practice.

If you have a few minutes, other musicians would find it helpful to read about your experience in a review on Amazon. Please describe it as it is, whatever your impression; every review helps us understand what works and what we should change.

Thank you for your time,
{{agent_name}}
Wrenfield Practice Gear Support
""")
template("en/metronome/charging", "en", "product help: charging and battery life of a digital metronome", """
Hi {{buyer_name}},

Good question about charging your {{product}}. Connect the USB-C cable to any phone charger or computer port. The battery symbol blinks while it charges and stays lit once it is full, which takes about {{charge_hours}} from empty.

A full charge gives roughly 20 hours of use at a normal volume, less if you turn the speaker right up or use the flashing light. You can keep practising while it is plugged in.

For silent practice, plug headphones into the 3.5 mm socket on the side and the speaker switches off by itself. If you put it away for a while, top it up every couple of months so that the battery never drains completely.

All the best,
{{agent_name}}
Wrenfield Practice Gear Support
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/metronome/presets", "zh", "保存和调用速度预设、渐快练习", """
{{buyer_name}}，您好：

关于 {{product}} 保存速度的问题：先用旋钮调到需要的速度和拍号，然后长按 MEM 键两秒，屏幕出现 P1 到 P8 的编号后，转动旋钮选择一个位置，再按一次 MEM 键即可保存。

调用时短按 MEM 键，就能依次切换已经保存的八组设置。每组会同时记住速度、拍号、细分和音色，练习不同曲目时不必重新设置。

如果想做渐快练习，可以在设置菜单里打开“自动加速”，设定起始速度、目标速度以及每隔几小节加快多少，节拍器会按计划逐步提速。

{{agent_name}}
Wrenfield 练习器材客服
""")
template("zh/mute/care", "zh", "练习弱音器的清洁与保养", """
{{buyer_name}}，您好：

感谢您询问 {{mute}} 的保养方法。每次练习结束后，请把弱音器从号口取出，用干的软布擦去内侧的水汽，放在通风处晾干后再收进盒子。

软木条是最容易磨损的部分。如果发现插入后变松，可以在软木表面薄薄涂一层软木油；请不要用凡士林或其他油脂，以免软木变软脱落。

外壳可以用温水加少量中性清洁剂擦洗，但请不要整个浸泡，也不要用酒精或硬毛刷，以免损伤表面涂层。

{{agent_name}}
Wrenfield 练习器材客服
""")
template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

感谢您就 {{product}} 与我们联系。本产品享有{{warranty_period}}保修，范围包括材料和做工造成的故障，例如屏幕不显示、按键失灵、调节旋钮滑丝或发条机构损坏。

日常使用造成的磨损、意外摔落、受潮以及自行改装，不在保修范围内。

为了判断故障原因，请在本对话中简单描述问题，并附上能看到故障现象的照片或短视频。我们已为订单 {{order_id}} 建立售后编号 {{case_id}}。

{{agent_name}}
Wrenfield 练习器材客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望您在订单 {{order_id}} 中购买的 {{product}} 对日常练习有所帮助。

如果您愿意，欢迎抽空在亚马逊商品页写下真实的使用感受，满意与否都可以如实评价。您的意见能帮助其他乐手做出选择，也能帮助我们改进产品。

感谢您抽出时间。
{{agent_name}}
Wrenfield 练习器材客服
""")
template("zh/apology/stand-wobble", "zh", "谱架晃动的致歉与调整说明", """
{{buyer_name}}，您好：

很抱歉 {{stand}} 在使用时出现晃动，给您的练习带来了不便。

谱架晃动通常是因为三脚架的锁紧环没有完全到位。请把三条腿完全张开，向下按压锁紧环，直到听见“咔”的一声，再把高度旋钮拧紧。如果放在地毯上，建议把谱架稍微调低一些，重心会更稳。

如果谱板向前倾，请顺时针拧紧背面的角度调节器，直到谱板能承托厚乐谱而不下滑。按以上方法调整后仍然晃动的话，请在本对话中告诉我们，我们会继续为您处理。

{{agent_name}}
Wrenfield 练习器材客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/tuner/pedal-power", "zh-tw", "踏板調音器的供電與接線", """
{{buyer_name}} 您好：

感謝您詢問 {{tuner}} 的供電方式。這款踏板調音器使用 9V 直流電源，接頭為中心負極，耗電約 25 毫安，可以和其他效果器共用同一組電源供應器。

接線時，請把吉他導線插入 INPUT，再從 OUTPUT 接到下一顆效果器或音箱。踩下踏板即可進入靜音調音，調好之後再踩一次就會恢復出聲。

機身沒有電池倉，請不要使用中心正極或超過 9V 的電源，以免損壞電路。若想讓顯示更清楚，可以在設定中把亮度調到最高。

{{agent_name}}
Wrenfield 練習器材客服
""")
template("zh-tw/stand/folding", "zh-tw", "摺疊譜架的收合與攜帶", """
{{buyer_name}} 您好：

關於 {{stand}} 的收合方式：先把譜板兩側的延伸片往內摺，再鬆開譜板下方的蝶形螺絲，將譜板整片往下翻，與立管平行。

接著鬆開高度旋鈕，把上管完全推回下管，最後往上拉起三腳架的固定環，腳架就會自動收攏。收好之後長度約五十公分，可以放進附贈的收納袋。

攜帶時請握住下管，不要只提著譜板，以免連接處受力變形。戶外演出遇到強風時，建議在腳架上加掛重物，避免譜架被吹倒。

敬祝 演出順利
{{agent_name}}
Wrenfield 練習器材客服
""")
template("zh-tw/troubleshoot/no-sound", "zh-tw", "電子節拍器沒有聲音的排除", """
{{buyer_name}} 您好：

很抱歉您的 {{product}} 沒有聲音。請先確認側邊的耳機孔沒有插著耳機或轉接頭，插著的時候喇叭會自動關閉。

接著檢查音量：按住 VOL 鍵再轉動旋鈕，畫面上的喇叭圖示旁邊會顯示 0 到 10 的數字，顯示 0 就是靜音。另外，如果在設定中選了「僅閃燈」模式，節拍器也只會閃燈而不出聲。

以上都確認過仍然沒有聲音的話，請長按電源鍵十秒重新啟動。如果問題依舊，請直接回覆本訊息，並說明購買以後是否曾經正常出聲，我們會協助您處理。

{{agent_name}}
Wrenfield 練習器材客服
""")
template("zh-tw/review/neutral-request", "zh-tw", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

訂單 {{order_id}} 的 {{product}} 使用起來還順手嗎？

若您有空，歡迎到亞馬遜的商品頁面分享實際的使用心得，優點和缺點都請照實寫下。其他樂手選購時會參考這些分享，我們也會根據大家的意見持續調整產品。

謝謝您撥冗閱讀。
{{agent_name}}
Wrenfield 練習器材客服
""")
