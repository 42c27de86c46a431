# -*- coding: utf-8 -*-
"""Approved template library of t65 (imported by gen.py). Every text was written for this set.

Seller (invented): Bramblecote Audio, turntables and home hi-fi (record players, phono preamps, cartridges and
styluses, bookshelf speakers, speaker stands, record-cleaning kits, anti-static brushes, dust covers).
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
template("en/turntable/speed", "en", "answering a product question: playback speeds and checking them with the strobe disc", """
Hello {{buyer_name}},

Thank you for your question about playback speed on the {{turntable}}. Most LPs play at 33 1/3 rpm, while 7-inch singles and some 12-inch maxi singles are cut at 45 rpm; the correct speed is normally printed on the label or on the back of the sleeve.

To change speed, press the speed button on the front of the plinth. You can do this while the platter is turning, and the motor settles at the new speed within about three seconds, so there is nothing to adjust under the platter.

If a record sounds a little fast or slow, lay the strobe disc from the accessory pack on the platter and watch it under an ordinary ceiling light. When the speed is right, the ring of dots for the selected speed seems to stand still. If the dots creep steadily one way, tell us which way and how quickly, and we will explain how to fine-tune it.

Warm regards,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/turntable/first-setup", "en", "how-to: fitting the belt, balancing the tonearm and setting tracking force on a new turntable", """
Hi {{buyer_name}},

Here is how to get your {{turntable}} ready to play its first record. Before you switch it on, turn the red transport screw beside the platter anticlockwise until it stops; it locks the suspension while the deck is being moved.

Lift the platter off and use the red ribbon taped under it to loop the flat belt around the brass motor pulley. Put the platter back on the spindle, pull the ribbon away, and turn the platter by hand a few times so the belt settles in its groove.

Slide the counterweight onto the rear of the tonearm, take off the stylus guard, and turn the weight until the arm floats level in mid-air. Hold the weight still while you turn only the numbered ring to zero, then turn the weight and ring together until the ring reads {{tracking_force}}. Finally, set the anti-skate dial to the same number.

Happy listening,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/preamp/connect", "en", "how-to: connecting an external phono preamp and its ground wire", """
Dear {{buyer_name}},

Thank you for asking how to connect the {{preamp}}. The RCA leads from the turntable go into the INPUT sockets on the preamp. A second pair of RCA cables then runs from its OUTPUT sockets to any line-level input on your amplifier or powered speakers, usually marked AUX, CD or LINE IN. Please avoid an input labelled PHONO here; the signal would be boosted twice and sound loud and harsh.

The thin wire with a U-shaped tag that comes out of the back of the turntable is the ground lead. Clamp it under the GND terminal on the preamp and tighten the knob with your fingers. Without it you may hear a low hum as you turn the volume up.

Switch the preamp on last, once every cable is in place, and keep the volume low while the first record starts.

Kind regards,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/troubleshoot/hum", "en", "troubleshooting: hum or buzz through the speakers while a record plays", """
Hello {{buyer_name}},

I'm sorry to hear that a hum is coming through your speakers while the {{turntable}} plays. A steady low hum nearly always comes from the ground connection or from signal cables picking up interference, and it can usually be cured in a few minutes.

First, check that the turntable's ground wire is clamped to the GND terminal of the phono stage or amplifier. Then move the turntable's signal cables away from power cords and from the amplifier itself. Where a signal cable has to meet a power cord, let them cross at a right angle instead of running side by side.

If the hum changes as you move the tonearm, or you hear it in one speaker only, a clip on the back of the cartridge may have worked loose. Press each clip gently back onto its pin. If the noise is still there after these steps, please reply here with a short recording and we will go through it with you.

Best regards,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/stylus/care", "en", "product help: cleaning a stylus and knowing when it needs replacing", """
Hi {{buyer_name}},

Good question about looking after the stylus on your {{cartridge}}. A little dust gathers on the tip with every side you play, so sweep it lightly from back to front with the small stylus brush before each listening session. Never brush sideways or towards the back of the arm, because that can bend the fine cantilever that holds the diamond.

A tip in good condition lasts roughly {{stylus_hours}} of playing. Signs of wear include a hiss or a spitting sound on loud passages, distortion on the final tracks of a side, and "s" sounds that turn rough.

When that time comes, you only need a new stylus, not a whole cartridge. Hold the cartridge body, ease the stylus assembly forward and out, then slide the new one in until it clicks into place.

All the best,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for letting us know about the problem with your {{product}}. Our {{warranty_period}} warranty covers faults in parts and assembly that appear in normal home use, such as a motor that cannot hold a steady speed, a tonearm lift that no longer lowers gently, a silent channel, or a switch that has stopped working.

It does not cover a stylus worn down by play, a cantilever bent in an accident, a dust cover cracked by a knock, or damage caused by liquids or by changes made inside the unit.

So that we can find the cause, please describe the fault in a few lines in this thread and attach a photo or a short video that shows it. Your claim is registered as case {{case_id}} for order {{order_id}}.

Yours sincerely,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/apology/skipping", "en", "apology and explanation: records skipping or the needle jumping", """
Hello {{buyer_name}},

I'm sorry that records are skipping on your {{turntable}}. Having the needle jump just as a favourite song begins is frustrating, and I understand why you wrote to us.

Skipping usually has one of three causes. The deck may not be level, so put a small spirit level on the platter and adjust the feet until the bubble sits in the centre. The tracking force may be too light for the cartridge, or the anti-skate may be set well above the tracking force and pull the arm outwards. Or the record itself may be warped or scratched at that spot, which you can check by playing a few other records.

If it still skips on every record once the deck is level and both settings match, please send us a short video of the tonearm while it plays. Should the arm turn out to be faulty, we will replace the turntable.

With our apologies,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

We hope you are enjoying the {{product}} from order {{order_id}}. Once you have lived with your purchase for a while, we would be grateful if you described your experience in a review on Amazon.

Other listeners read reviews to judge whether a turntable or a pair of speakers will suit their room and their records. Whatever you decide to write, we read every review and use what we learn to improve our equipment.

Thank you,
{{agent_name}}
Bramblecote Audio Customer Care
""")
template("en/speakers/placement", "en", "answering a product question: placing bookshelf speakers and using stands", """
Dear {{buyer_name}},

Thanks for asking how to place your {{speakers}}. For a clear stereo image, set the two speakers about as far apart as they are from your listening seat, so that the three points form a rough triangle, and angle them slightly inwards to aim just past your ears.

Each cabinet has a bass port on its back panel, so leave at least {{wall_gap}} between the rear of the speaker and the wall. Moving closer gives more bass but can make it boomy; try shifting the speakers out an inch or two at a time until the low notes sound even.

The tweeters work best at roughly ear height when you are seated. On stands, put the small rubber pads under the cabinets so they cannot slide, and keep the turntable on separate furniture so vibration from the speakers does not reach the stylus.

Enjoy the music,
{{agent_name}}
Bramblecote Audio Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/cleaning/kit", "zh", "黑胶唱片清洁套装的使用方法", """
{{buyer_name}}，您好：

感谢您询问 {{kit}} 的使用方法。清洗之前，请先用套装里的碳纤维刷顺着纹路轻扫一两圈，把唱片表面的浮尘带走。

接着把唱片平放在防滑垫上，在唱片表面喷三到四下清洗液，再用超细纤维绒布顺着纹路方向轻轻转圈擦拭，不要横着来回擦。擦完后把唱片竖着放在晾片架上，自然晾干大约十分钟，再装回内袋。

清洗液只能用在黑胶唱片上，请不要喷到唱针、唱片中间的标签或者唱机本身。绒布脏了可以用清水手洗，晾干后可以继续使用。

祝您聆听愉快！
{{agent_name}}
Bramblecote 音响客服
""")
template("zh/turntable/bluetooth", "zh", "蓝牙唱机连接音箱或耳机", """
{{buyer_name}}，您好：

感谢您咨询 {{turntable}} 的蓝牙连接。请先让蓝牙音箱或耳机进入配对状态，然后把唱机背面的输出开关拨到“BT”一档，前面板的指示灯会开始快速闪烁蓝光。

大约十秒钟后，唱机会自动连接附近正在配对的设备，指示灯变成常亮就表示连接成功。以后每次开机，唱机都会优先连接上一次配对过的设备。

蓝牙传输会有轻微的延迟，这是正常现象，对听唱片没有影响。如果声音断断续续，请让唱机和音箱之间的距离保持在十米以内，中间尽量不要隔着墙或金属柜。

祝您使用愉快！
{{agent_name}}
Bramblecote 音响客服
""")
template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

您的 {{product}} 出现故障，给您添麻烦了。本产品享有{{warranty_period}}保修，凡是在正常家庭使用中出现的零件或装配问题，例如电机转速不稳、某一个声道没有声音、升降杆失灵或者按键失效，都在保修范围之内。

唱针的正常磨损、意外碰弯的针杆、受到撞击而开裂的防尘罩，以及进液体或自行拆改造成的损坏，不在保修范围内。

为了尽快判断原因，请在本对话中简单写下故障现象，并附上一张照片或一段短视频。这次售后已经登记为案例 {{case_id}}，对应订单 {{order_id}}。

此致
{{agent_name}}
Bramblecote 音响客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

希望订单 {{order_id}} 里的 {{product}} 已经陪您听了不少唱片。等您用过一段时间以后，如果愿意的话，欢迎在亚马逊上写一篇评论，讲讲您的真实感受。

很多人在挑选唱机和音箱时都会参考其他买家的评论。无论您的看法如何，我们都会逐条阅读，并用来改进产品。

谢谢您！
{{agent_name}}
Bramblecote 音响客服
""")
template("zh/apology/surface-noise", "zh", "唱片噼啪杂音的致歉与说明", """
{{buyer_name}}，您好：

很抱歉，{{turntable}} 播放时出现的噼啪声影响了您的聆听。刚拆封的新唱片也有这种声音，确实让人扫兴。

这类声音大多来自静电和灰尘。秋冬季节空气干燥，唱片从内袋里抽出来时会带上静电，把空气中的灰尘吸进纹路，唱针划过时就会发出噼啪声。播放前用防静电刷轻扫唱片，并让房间湿度保持在百分之四十以上，通常就能明显改善。

如果不同的唱片上都一直有很大的杂音，或者杂音只出现在一个声道，请录一段声音发给我们。确认是唱机或唱头的问题后，我们会为您更换。

再次向您致歉！
{{agent_name}}
Bramblecote 音响客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/dustcover/care", "zh-tw", "防塵蓋的安裝與清潔", """
{{buyer_name}} 您好：

感謝您詢問 {{turntable}} 防塵蓋的安裝方式。請把兩個鉸鏈的金屬片對準唱盤背面的插槽，垂直往下插到底即可，不需要任何工具。防塵蓋打開到大約七十度時會自己停住。

防塵蓋是壓克力材質，清潔時請用微濕的超細纖維布輕輕擦拭，不要使用酒精、玻璃清潔劑或衛生紙，以免留下霧面或細紋。

播放唱片時建議把防塵蓋打開，可以減少喇叭的聲音透過蓋子傳回唱針。不聽的時候再蓋上，避免灰塵落在轉盤和唱針上。

敬祝 聆聽愉快
{{agent_name}}
Bramblecote 音響客服
""")
template("zh-tw/cartridge/alignment", "zh-tw", "唱頭的安裝與校正", """
{{buyer_name}} 您好：

很高興為您說明 {{cartridge}} 的安裝與校正。請先接上唱頭的四條彩色導線：白色接左聲道正極、藍色接左聲道負極、紅色接右聲道正極、綠色接右聲道負極。接好以後，用附贈的兩顆螺絲把唱頭固定在唱頭殼上，先不要鎖得太緊。

接著把隨附的校正卡放在轉盤上，輕輕放下唱針，微調唱頭的前後位置與角度，讓唱頭側面在卡片上兩個校正點都和格線平行，再把螺絲鎖緊。

最後請重新平衡唱臂，並把循軌壓力設定在{{tracking_force}}。設定完成後先播放一張熟悉的唱片，確認左右聲道的音量平均。

敬祝 順心
{{agent_name}}
Bramblecote 音響客服
""")
template("zh-tw/troubleshoot/one-channel", "zh-tw", "只有單邊喇叭有聲音的排除方法", """
{{buyer_name}} 您好：

很抱歉 {{product}} 只有一邊喇叭有聲音。遇到這種情況，可以先在擴大機那一端把左右兩條訊號線對調：如果沒有聲音的那一邊跟著換邊，問題在唱盤或唱頭；如果仍然是同一邊沒有聲音，就是擴大機或喇叭線的問題。

若確定是唱盤這一端，請檢查唱頭後方的四個小接點，導線夾有時會在搬動時鬆脫，用手指輕輕推回去即可。也請確認唱頭殼已經鎖緊在唱臂上。

完成以上步驟以後仍然只有單邊有聲音，請在這個對話中告訴我們檢查的結果，我們會協助您處理。

祝 一切順利
{{agent_name}}
Bramblecote 音響客服
""")
template("zh-tw/review/neutral-request", "zh-tw", "不帶傾向的評論邀請（每筆訂單限一次）", """
{{buyer_name}} 您好：

謝謝您選購 {{product}}（訂單編號 {{order_id}}）。等您使用一段時間以後，如果方便，歡迎到亞馬遜寫一則評論，分享實際使用的心得。

您的評論能幫助其他音樂愛好者判斷這項產品是否適合自己。不論內容如何，我們都會仔細閱讀，作為改進的參考。

{{agent_name}}
Bramblecote 音響客服
""")
