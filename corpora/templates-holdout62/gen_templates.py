# -*- coding: utf-8 -*-
"""Approved template library of t62 (imported by gen.py). Every text was written for this set.

Seller (invented): Sablewood Keys -- digital pianos, stage keyboards, MIDI controllers, sustain pedals,
keyboard stands and benches.
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
template("en/pedal/connect", "en", "answering a product question: connecting a sustain pedal", """
Hello {{buyer_name}},

Thanks for your question about using the {{pedal}} with your {{instrument}}. Push the quarter-inch plug all the way into the jack marked SUSTAIN on the back panel before you switch the instrument on. The keyboard works out which way the pedal operates at power-up, so it has to be connected first and left alone until the startup screen has cleared.

If notes keep ringing while your foot is off the pedal and stop when you press it, the polarity is reversed. Turn the instrument off, set the small switch on the underside of the pedal to the position marked with a minus sign, and power up again with your foot clear of the pedal.

Half-pedalling only works through the sustain jack. A pedal plugged into the soft or sostenuto jack behaves as a simple on and off switch.

Warm regards,
{{agent_name}}
Sablewood Keys Support
""")
template("en/controller/computer", "en", "how-to: connecting a MIDI controller to a computer", """
Hi {{buyer_name}},

Here is how to get the {{controller}} talking to your recording software. Connect it to the computer with the USB-C cable from the box; the controller takes its power from that cable, so no adapter is needed. It is class compliant, which means Windows, macOS and iPadOS recognise it without any driver.

Next, open the settings of your music software, find the list of MIDI inputs and tick the entry that begins with the controller's name. Then arm a track that holds a virtual instrument and play a few keys. The level meter on that track should move as you play.

If the keys make sound but the knobs change nothing, hold Shift and press the Mode button until the screen reads DAW, then pick your software from the list that appears.

Best wishes,
{{agent_name}}
Sablewood Keys Support
""")
template("en/piano/touch", "en", "product help: changing the touch response", """
Dear {{buyer_name}},

Thank you for asking about the feel of the keys on your {{instrument}}. The physical weight of the keys is fixed, but the way the piano turns the strength of your playing into volume can be changed. Hold the Function button and press the lowest C to step through the four touch settings: Light, Medium, Heavy and Fixed.

Light gives a full sound for less effort and suits young children or anyone used to an organ. Heavy asks for a firmer stroke before a note reaches full volume, which many teachers prefer for building finger strength. Fixed plays every note at the same level however hard you press.

The piano remembers your choice after it is switched off, so you only need to set it once.

Kind regards,
{{agent_name}}
Sablewood Keys Support
""")
template("en/troubleshoot/no-sound", "en", "troubleshooting: the piano lights up but makes no sound", """
Hello {{buyer_name}},

I'm sorry your {{instrument}} is not making any sound. In most cases one of three things is responsible, and each takes only a moment to check.

First, look at the volume slider to the left of the keys; at its lowest position the speakers are muted. Second, check the headphone sockets under the left end of the keyboard. Anything plugged in there, even an adapter with nothing attached, turns the speakers off. Third, if the piano has been connected to a computer, the recording software may have switched Local Control off. Hold Function and press the highest key to switch it back on.

If none of these brings the sound back, turn the piano off, then hold down the two highest white keys while you switch it on again. This restores the factory settings. Please reply in this thread if it is still silent after that.

Regards,
{{agent_name}}
Sablewood Keys Support
""")
template("en/stand/assembly", "en", "product help: setting up and adjusting the keyboard stand", """
Hi {{buyer_name}},

Happy to help with setting up the {{stand}}. Open the frame until the locking pin clicks into one of the holes in the centre hinge. Each hole gives a different playing height, and the third one from the top suits most seated players on a standard bench.

Slide the two support arms onto the upper bars and tighten the knobs until the arms no longer move. Rest the instrument on the arms by its rubber feet, then shift the arms so that each sits about a hand's width in from the end of the keyboard.

Before you play, press down on each end of the instrument. If the stand rocks, turn the levelling foot on the short side in or out until every foot is flat on the floor.

All the best,
{{agent_name}}
Sablewood Keys Support
""")
template("en/warranty/coverage", "en", "what the warranty covers and what we need to start a claim", """
Dear {{buyer_name}},

We're sorry to hear that your {{product}} is giving you trouble. It carries a {{warranty_period}} warranty against faults that come from how it was made, such as keys that stop sounding or play at the wrong volume, pedals that no longer respond, dead sockets, and buttons or displays that fail in ordinary use.

Normal wear from playing, for example shiny patches on the keytops, is not covered, and neither is damage caused by spilled drinks, a fall, or repairs carried out by anyone other than us.

So that we can decide on the next step, please reply here with a few words about what you notice and, if possible, a short video of the fault with the sound on. For reference, this is case {{case_id}} under order {{order_id}}.

Sincerely,
{{agent_name}}
Sablewood Keys Support
""")
template("en/apology/key-noise", "en", "apology and explanation: mechanical noise from the key action", """
Hello {{buyer_name}},

I'm sorry the keys on your {{instrument}} are noisier than you expected. When you practise quietly with headphones on, every thump and tap can seem loud, and that is frustrating.

A weighted action has small hammers under the keys that rise and fall as you play, much like those in an acoustic piano, and a soft knock as each key comes back up is part of that design. The sound carries more on a hard floor, so a rug under the piano or felt pads under the stand can make the room a good deal quieter for everyone else.

A click or rattle from one key only is a different matter. If you hear that, please reply with a short recording in which you play that key a few times next to a quiet neighbour. If it points to a fault, we will arrange a repair or a replacement.

With apologies,
{{agent_name}}
Sablewood Keys Support
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} has settled in well. Once you have played it for a while, other shoppers would benefit from hearing about your experience in a review on Amazon, if you are willing to write one.

Pianists, students and home producers often rely on reviews to decide whether an instrument fits their needs. Every comment, whatever it says, is read by our team and helps us decide what to improve.

Kind regards,
{{agent_name}}
Sablewood Keys Support
""")
template("en/piano/headphones", "en", "answering a product question: headphones and silent practice", """
Dear {{buyer_name}},

Thanks for asking about playing the {{instrument}} with headphones. There are two headphone sockets under the left end of the keyboard, both made for standard quarter-inch plugs. Headphones with a smaller 3.5 mm plug need a screw-on adapter, and most of them come with one.

As soon as a plug goes into either socket the speakers fall silent, so you can practise late in the evening without keeping anyone awake. Two people can listen at the same time, which is handy for lessons.

For long sessions, closed-back headphones with an impedance below 80 ohms work best: they reach a comfortable volume easily and keep the sound from leaking into the room.

Happy playing,
{{agent_name}}
Sablewood Keys Support
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/controller/pads", "zh", "打击垫、力度曲线与旋钮的设置", """
{{buyer_name}}，您好：

感谢您咨询 {{controller}} 的打击垫和旋钮。打击垫默认在第十通道发送音符，大多数编曲软件都把这个通道当作鼓组，所以接上电脑就能直接触发鼓声。

如果轻轻敲打击垫时没有声音，可以按住 Shift 键再按第一个打击垫，在屏幕上把力度曲线从“标准”改成“灵敏”。如果希望每一下都是同样的音量，选择“固定”即可。

八个旋钮在 DAW 模式下会自动对应软件里的音量和声像；切换到“自定义”模式以后，可以用软件的 MIDI 学习功能把它们分配给任意参数。

祝您创作愉快！
{{agent_name}}
Sablewood 键盘乐器客服
""")
template("zh/piano/care", "zh", "琴键与琴身的日常清洁保养", """
{{buyer_name}}，您好：

关于 {{instrument}} 的日常清洁，建议按下面的方法进行：

1. 清洁前先关机，并拔下电源适配器。
2. 琴键用微湿的软布从后往前擦，不要左右横擦，以免水分渗进琴键之间的缝隙。
3. 琴身用干的超细纤维布擦去灰尘即可，不要使用酒精、稀释剂或含有研磨颗粒的清洁剂。

不弹的时候请盖上琴盖或防尘罩。钢琴最好摆在远离暖气片、空调出风口和阳光直射的地方，室内湿度保持在百分之四十到六十之间，木质琴身就不容易变形。

此致
{{agent_name}}
Sablewood 键盘乐器客服
""")
template("zh/warranty/coverage", "zh", "保修范围和申请保修需要的资料", """
{{buyer_name}}，您好：

感谢您告诉我们 {{product}} 出现的问题。这件产品享有{{warranty_period}}保修，凡是制造原因造成的故障都在保修范围内，例如某个琴键不出声或者音量忽大忽小、踏板失灵、插孔接触不良，以及正常使用时按键或屏幕失效。

正常弹奏造成的磨损，例如琴键表面发亮，不在保修范围内；液体泼溅、摔落，或者由非本公司人员维修造成的损坏，也不予保修。

请在本对话中简单描述您遇到的情况，如果方便，再附上一段开着声音录制的短视频，以便我们判断下一步如何处理。本次售后编号为 {{case_id}}，对应订单 {{order_id}}。

{{agent_name}}
Sablewood 键盘乐器客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单最多一次）", """
{{buyer_name}}，您好：

{{product}}（订单号 {{order_id}}）到您手上应该有些日子了。如果您愿意，可以在亚马逊上写一条评论，把您实际用下来的感受告诉其他买家。

很多学琴的朋友和音乐制作人会参考评论来判断一件乐器是否适合自己。不管您的看法如何，我们的团队都会仔细阅读，并用来改进产品。

祝好！
{{agent_name}}
Sablewood 键盘乐器客服
""")
template("zh/troubleshoot/slow-key", "zh", "个别琴键回弹变慢的致歉与说明", """
{{buyer_name}}，您好：

很抱歉您的 {{instrument}} 有琴键回弹变慢。这种情况大多和环境有关：配重键盘里有润滑脂和毛毡，天气很冷或者空气特别潮湿的时候，琴键回弹会比平时慢一点。

建议先把钢琴放在室温二十度左右的房间里一两天，再连续快速弹奏这个键二三十次，让里面的部件活动开。很多时候这样就能恢复正常。

如果回弹仍然明显比旁边的键慢，或者按下去有卡住的感觉，请在本对话中回复一段视频，把这个键和旁边的键对比着弹几下，我们会据此安排维修或更换。

{{agent_name}}
Sablewood 键盘乐器客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/piano/bluetooth", "zh-tw", "藍牙音訊與藍牙 MIDI 的連線", """
{{buyer_name}} 您好：

感謝您詢問 {{instrument}} 的藍牙功能。這組鋼琴有兩種藍牙連線：一種是藍牙音訊，可以把手機或平板的音樂從鋼琴的喇叭播出來；另一種是藍牙 MIDI，讓鋼琴和學琴、作曲的應用程式互相傳送彈奏資料。

藍牙音訊的連線方式：長按面板上的藍牙鍵兩秒，指示燈開始閃爍以後，在手機的藍牙設定中點選鋼琴的名稱即可。

藍牙 MIDI 則不要在手機的藍牙設定中配對，請直接打開應用程式，在程式內的「MIDI 裝置」選單中選擇鋼琴。兩種連線同時使用時，建議手機和鋼琴的距離保持在三公尺以內。

{{agent_name}}
Sablewood 鍵盤樂器客服
""")
template("zh-tw/bench/adjust", "zh-tw", "琴椅高度調整與保養", """
{{buyer_name}} 您好：

關於 {{bench}} 的高度調整：琴椅兩側各有一個旋鈕，請兩邊同時朝同一個方向轉，順時針是升高，逆時針是降低，這樣椅面才會保持水平。

一般建議坐下時手肘和琴鍵差不多高，前臂大致與地面平行。如果是兒童使用，腳踩不到地面時，可以在腳下放一個踏腳凳。

椅面是合成皮革，平常用微濕的布擦拭即可，請不要使用含酒精的清潔劑。如果覺得椅子有點搖晃，可以用隨附的六角扳手把四支椅腳的螺絲重新鎖緊。

{{agent_name}}
Sablewood 鍵盤樂器客服
""")
template("zh-tw/stage/split", "zh-tw", "舞臺鍵盤的分割與疊加音色", """
{{buyer_name}} 您好：

感謝您詢問 {{instrument}} 的分割和疊加功能。

疊加：先選好第一個音色，按住「Layer」鍵，再選第二個音色，兩個音色就會同時發聲。轉動「Balance」旋鈕可以調整兩者的音量比例。

分割：按住「Split」鍵，再按下您想作為分割點的琴鍵，分割點左邊是左手音色，右邊是右手音色。預設的分割點在中央 C 下方的 F。

設定好的組合可以按「Store」鍵存進任何一個使用者記憶位置，演出時一鍵就能叫出。

敬祝 演出順利
{{agent_name}}
Sablewood 鍵盤樂器客服
""")
template("zh-tw/pedal/unit", "zh-tw", "三踏板組件的功能與調整", """
{{buyer_name}} 您好：

關於 {{pedal}} 的使用方式：右邊是延音踏板，支援半踏板，踩得越深，延音越長；中間是選擇性延音踏板，只延長踩下那一刻正按住的音；左邊是弱音踏板，讓音色變得柔和一些。

踏板組下方中央有一顆調整螺絲。如果踩踏板時覺得踏板架和地板之間有空隙、踏板架會晃動，請把螺絲往下轉，直到它穩穩頂住地面為止，但不要轉得太緊，以免把踏板架撐起來。

踏板的連接線請沿著琴身側板固定在線夾內，避免被腳踢到而鬆脫。

{{agent_name}}
Sablewood 鍵盤樂器客服
""")
