# -*- coding: utf-8 -*-
"""Approved template library of t69 (imported by gen.py). All texts written for this set.

Seller (invented): Corriebank Optics, binoculars, spotting scopes, tripods and student/hobby microscopes.
"""
from collections import OrderedDict

TEMPLATES = OrderedDict()
TMETA = OrderedDict()


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/binoculars/setup", "en", "how-to: interpupillary distance, diopter and eyecups", """
Hello {{buyer_name}},

Thanks for your question about getting a sharp view through your {{product}}. Two quick adjustments make most of the difference, and you normally only need to make them once.

First, hold the binoculars up to your eyes and fold the two barrels closer together or further apart until you see one round field of view instead of two overlapping circles. Then close your right eye and turn the centre focus wheel until something about 30 yards away looks crisp to your left eye. Now swap: close your left eye, open your right, and turn only the diopter ring under the right eyepiece until the same object is sharp. From then on, focus with the centre wheel alone. It helps to note the number on the diopter scale in case the ring gets bumped later.

If you keep your glasses on while observing, twist the eyecups all the way down so your eyes can sit close enough to see the whole field. Without glasses, twist them up to whichever stop feels comfortable and shuts out stray light from the sides.

Best regards,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/binoculars/fogging", "en", "troubleshooting: mist on or inside the lenses", """
Hi {{buyer_name}},

I'm sorry to hear the view through your {{product}} keeps clouding over. Where the mist sits tells us what is happening.

Mist on the outside of the lenses is ordinary condensation. It forms when cold binoculars meet warm, humid air, for example when you come indoors on a winter evening or step out of an air-conditioned car on a summer morning. Leave them in their case for twenty minutes so they can come up to temperature slowly, and the glass will clear by itself. Please don't wipe wet lenses with a shirt or a tissue, because trapped grit can scratch the coatings.

The barrels are sealed with O-rings and filled with dry nitrogen, so moisture should never form inside them. If you see fog or droplets behind the glass that are still there after a day at room temperature, please reply with a photo taken through the large front lens and we will look at it with you.

Kind regards,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/scope/digiscoping", "en", "how-to: taking photos through the scope with the phone adapter", """
Dear {{buyer_name}},

Thank you for asking how to take pictures through the {{scope}} with the {{adapter}}. This is the order of steps that works best for most people:

1. Set the eyepiece to its lowest magnification and focus on your subject by eye first.
2. Open the adapter's clamp, fit it over the eyepiece with the eyecup twisted down, and tighten the knob until it holds firmly without squeezing the rubber.
3. Lay your phone in the cradle and slide it until the phone's main camera lens sits right over the middle of the eyepiece. The round image should fill the screen without dark edges.
4. Zoom in slightly on the phone to trim off any dark ring, and use the focus wheel of the scope, not the phone, for the final sharpening.

A remote shutter or the phone's self-timer stops the picture from shaking when you take it. Images are sharpest at the low end of the zoom range, where the most light reaches the camera.

With best wishes,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/tripod/scope-mount", "en", "answering a product question: will the tripod hold a spotting scope, and how to mount it", """
Hello {{buyer_name}},

Thanks for checking whether the {{tripod}} will carry your spotting scope. It is rated for {{load_capacity}}, comfortably more than an 80 mm scope weighs with its eyepiece fitted.

To mount the scope, screw the quick-release plate into the threaded foot of the scope and use a coin in the slot to snug it up. Slide the plate into the head until the lever snaps shut, then move it forwards or backwards until the scope balances. A balanced scope stays where you point it and is much less likely to tip the tripod on uneven ground.

For the steadiest view, extend the thicker upper leg sections before the thin lower ones, and raise the centre column only when you have run out of leg. On windy days, hanging your bag from the hook under the column adds useful weight.

Regards,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/microscope/first-focus", "en", "how-to: bringing a slide into focus on the compound microscope", """
Hi {{buyer_name}},

Here is how to bring a slide into focus on the {{microscope}}. It is easiest to practise with one of the prepared slides from the box before making your own.

Turn the nosepiece until the shortest objective, the 4x, clicks into place above the stage. Clip the slide down with the specimen over the hole in the stage and switch on the light. Watching from the side, raise the stage with the coarse focus knob until the slide almost touches the lens. Then look through the eyepiece and lower the stage slowly with the coarse knob until the picture appears, and finish with the fine focus knob.

Centre the part you want to study before you move up to 10x and then 40x; at each step only the fine knob should be needed. The 100x objective is made for immersion oil: put a single drop on the cover slip and swing that lens into the oil. Wipe it with lens tissue when you have finished.

All the best,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/microscope/dark-image", "en", "troubleshooting: dark or empty field of view", """
Hello {{buyer_name}},

I'm sorry you are seeing a dark or empty field through the {{microscope}}. Most of the time this comes down to a setting rather than a fault, so please check these points in order:

- Make sure the LED is on and turn the brightness dial up from its lowest position. On battery power, tired AA cells dim the light well before it goes out.
- Open the iris diaphragm under the stage with its small lever, and raise the condenser until it sits just below the stage.
- Check that the objective has clicked fully into place. If the nosepiece rests between two clicks, you will see nothing but black.
- Look at the slide from the side: the specimen should sit directly over the light, with the cover slip facing up.

If the light still will not come on with fresh batteries and with the mains adapter, please tell us in this thread which of these you tried, and we will go through the next steps with you.

Sincerely,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for letting us know about the problem with your {{product}}. Our optics carry a {{warranty_period}} warranty against faults in materials and manufacture, such as a focus wheel that slips or jams, fogging inside the barrels, optics that fall out of alignment in normal use, or an objective lens that works loose.

Accidental damage, such as a fall onto rock, is not covered, and neither are lenses scratched during cleaning or an instrument that has been opened or repaired elsewhere.

So that we can look into it properly, please reply here with a description of what you notice, and add a photo if the problem can be seen. Your case number is {{case_id}} for order {{order_id}}; please quote it whenever you write to us about this.

Yours sincerely,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/apology/high-power-blur", "en", "apology and explanation: a soft image at the top of the zoom range", """
Hi {{buyer_name}},

I'm sorry the image in your {{scope}} goes soft when you zoom in. I understand how frustrating it is to find a distant bird at low power and then lose the detail just as you move in closer.

A few things limit what any spotting scope can show at the top of its range. On warm days, air rising over fields, roads and water makes the image shimmer, and every step of magnification enlarges that shimmer as well. The image also gets dimmer as the magnification goes up, so flat evening light can take the crispness out of it. And the slightest vibration is magnified too, so a light tripod or a gust of wind will blur the view.

Try the same target at about 30x on a cool, overcast morning, with the scope on a sturdy tripod. If it is still blurred at that setting, whichever way you turn the focus, please reply with the distance and the conditions, and we will work out with you whether the scope needs a closer look.

With apologies,
{{agent_name}}
Corriebank Optics Customer Care
""")
template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}} for the {{product}}. When you have had some time with it, we would be grateful if you described your experience in a review on Amazon.

Birdwatchers, hikers, students and parents read reviews when they are deciding what to buy. Your honest opinion, whatever it turns out to be, helps them choose and helps us improve what we make.

Kind regards,
{{agent_name}}
Corriebank Optics Customer Care
""")

# ------------------------------------------------------------------ Simplified Chinese (5)
template("zh/microscope/wet-mount", "zh", "制作临时装片", """
{{buyer_name}}，您好：

感谢您询问如何用 {{microscope}} 观察自己制作的样本。制作临时装片可以按下面的步骤来：

1. 在干净的载玻片中央滴一滴清水。
2. 用镊子把样本（例如洋葱表皮或一小片苔藓）平铺在水滴里，越薄越好，光线才能透过去。
3. 用镊子夹住盖玻片，先让一边接触水滴，再慢慢放下，这样不容易产生气泡。
4. 用吸水纸吸掉盖玻片边缘多余的水。

观察时先用低倍物镜找到样本，再换高倍。想让细胞核看得更清楚，可以在盖玻片一侧滴一滴稀碘液，从另一侧用吸水纸把它引过去。

祝观察愉快！
{{agent_name}}
Corriebank 光学客服
""")
template("zh/binoculars/cleaning", "zh", "望远镜镜片的清洁与保养", """
{{buyer_name}}，您好：

关于 {{product}} 镜片的清洁，建议按下面的顺序进行。

先用吹气球吹掉镜片表面的灰尘和沙粒，再用软毛刷轻轻扫一遍。直接擦拭会把沙粒在镀膜上拖出划痕，所以这一步不要省略。

如果还有指纹或油渍，把一两滴镜头清洁液滴在镜头纸或超细纤维布上，从镜片中心向外绕圈轻擦。请不要把清洁液直接滴在镜片上，也不要使用酒精、玻璃水或者衣角。

机身可以用微湿的布擦拭。不用的时候请盖好目镜盖和物镜盖，放回收纳包，存放在干燥通风的地方。

此致
{{agent_name}}
Corriebank 光学客服
""")
template("zh/scope/zoom-eyepiece", "zh", "观察镜变焦目镜的使用", """
{{buyer_name}}，您好：

感谢您询问 {{scope}} 变焦目镜的用法。建议每次观察都从最低倍率开始：低倍视野宽、图像亮，最容易找到目标。

找到目标后，先把它移到视野正中，再慢慢转动变焦环提高倍率，每变一次倍都用调焦轮重新对焦。倍率越高，视野越窄、图像越暗，对三脚架稳定性的要求也越高。

目镜上的眼罩可以旋出或旋进：不戴眼镜时旋出，戴眼镜时旋进，这样才能看到完整的视野。观察结束后，请把倍率调回最低，并盖好镜头盖。

{{agent_name}}
Corriebank 光学客服
""")
template("zh/warranty/claim", "zh", "保修范围及判断问题所需的资料", """
{{buyer_name}}，您好：

感谢您告诉我们 {{product}} 出现的问题。我们的光学产品提供{{warranty_period}}质保，因材料或制造缺陷引起的问题都在保修范围内，例如调焦轮打滑或卡死、镜筒内部起雾、正常使用中光轴偏移、物镜松动等。

意外跌落造成的损坏、擦拭时划伤的镜片，以及自行拆开或在别处维修过的产品，不在保修范围内。

请在本对话中描述一下具体现象，能拍到的话请附上照片。您的售后编号是 {{case_id}}，对应订单 {{order_id}}，之后联系我们时请注明这个编号。

顺祝安好
{{agent_name}}
Corriebank 光学客服
""")
template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您购买 {{product}}（订单号 {{order_id}}）。等您用过一段时间以后，如果愿意的话，欢迎在亚马逊上写一条评论，说说您的使用体验。

很多观鸟爱好者、学生和家长在挑选时都会参考其他买家的评论。无论您的看法如何，对他们和我们都很有帮助。

{{agent_name}}
Corriebank 光学客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/binoculars/double-image", "zh-tw", "雙筒望遠鏡重影的排除", """
{{buyer_name}} 您好：

很抱歉 {{product}} 看出去有重影，或者看久了眼睛容易疲勞。大多數情況和兩個鏡筒之間的距離有關，可以先這樣檢查：

1. 把兩個鏡筒往內或往外折，直到看到一個完整的圓形視野，而不是兩個重疊的圓。
2. 先閉上右眼，用中央調焦輪對焦；再閉上左眼，只轉動右目鏡下方的屈光度環，直到影像清楚。
3. 觀察時放鬆雙眼，不要瞇眼或用力盯著看。

如果調整之後，看遠處的電線桿或屋頂仍然是兩個影像，可能是光軸偏移。請回覆本訊息，告訴我們兩個影像是上下錯開還是左右錯開，我們會協助您進一步判斷。

{{agent_name}}
Corriebank 光學客服
""")
template("zh-tw/tripod/setup", "zh-tw", "三腳架的架設與收納", """
{{buyer_name}} 您好：

感謝您詢問 {{tripod}} 的架設方式，建議依照以下順序操作。

先打開腳管鎖扣，從最上面、最粗的一節開始拉出，最細的一節留到最後才用。三支腳張開後，看雲台上的水平氣泡，調整單支腳的長度，讓氣泡回到圓圈正中央。

中柱升得越高越容易晃動，除非高度真的不夠，否則盡量不要升起中柱。在沙地或草地上架設時，可以把腳管稍微踩進地面，增加穩定度。

收起來之前，請把腳管上的泥沙或海水擦乾淨，完全晾乾後再收回，鎖扣才不會卡住。

{{agent_name}}
Corriebank 光學客服
""")
template("zh-tw/microscope/stereo", "zh-tw", "體視顯微鏡的使用方式", """
{{buyer_name}} 您好：

{{microscope}} 是體視顯微鏡，和學校常見的生物顯微鏡不同，不需要製作玻片，可以直接觀察昆蟲、礦石、硬幣或葉片等立體物品。

觀察不透光的物品時，請開啟上方的照明燈；觀察透光的薄片，例如花瓣或羽毛，改用載物台下方的底光。載物板一面白一面黑，可以依照樣本的顏色翻面使用，讓對比更明顯。

先用二十倍找到目標，再轉動物鏡轉盤換到四十倍，然後用兩側的調焦旋鈕重新對焦。兩個目鏡之間的距離可以配合您的雙眼調整，直到看到一個完整的圓形視野。

{{agent_name}}
Corriebank 光學客服
""")
template("zh-tw/apology/eyecup", "zh-tw", "眼罩鬆脫的致歉與處理", """
{{buyer_name}} 您好：

很抱歉 {{product}} 的眼罩讓您用得不順手。這款眼罩是旋轉式的，往外轉會依序停在三個卡點，往內轉到底則適合戴眼鏡時使用。

如果眼罩轉起來很鬆、停不住，通常是它從目鏡的螺紋上滑脫了。請把眼罩逆時針整個轉下來，對準螺紋後再順時針轉回去，聽到喀一聲就表示裝好了。

如果眼罩的橡膠已經裂開，或者重新安裝後仍然停不住，請回覆本訊息並附上照片，我們會再為您安排後續處理。

再次向您致歉。
{{agent_name}}
Corriebank 光學客服
""")
