#!/usr/bin/env python3
"""Source of truth for the t32 held-out test set of the `template-required` policy.

Invented seller: Velisse Beauty Tech, selling beauty devices on Amazon: the
LumaGlow LED face mask, the PureWhirl silicone facial cleansing brush, the
AeroLux ionic hair dryer, the SilkPress ceramic straightener and the DermaSight
skin analyser with its companion Velisse Skin app.  Support agents write in
English, Simplified Chinese and Traditional Chinese.

Every template and every reply below is a literal.  `python3 gen.py` writes
library/, replies.jsonl and README.md next to this file, then checks them and
exits 1 if any check fails.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
TR = "template-required"
RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"


def lit(s):
    """A triple-quoted literal -> text: drop surrounding blank lines and trailing spaces per line."""
    return "\n".join(line.rstrip() for line in s.strip("\n").splitlines()).strip()


# ===========================================================================
# Templates: library/<id>.txt.  Folder prefix gives the language:
# en/ English, zh/ Simplified Chinese, zh-tw/ Traditional Chinese,
# bi/ one paragraph English + one paragraph Simplified Chinese.
# ===========================================================================
TEMPLATES = OrderedDict()
TOPIC = {}
LAYOUT = {}


def template(tid, topic, layout, body):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = lit(body)
    TOPIC[tid] = topic
    LAYOUT[tid] = layout


template("en/charging/led-mask", "LED mask will not charge", "greeting, numbered steps, sign-off", """
Hi {{buyer_name}},

Thank you for getting in touch about charging your {{model}}.

Please try the following:

1. Use the USB-C cable that came in the box with a 5V/2A wall adapter; laptop ports often supply too little power.
2. Connect the cable to the handheld controller, not to the mask itself.
3. The indicator glows amber while charging and turns solid white when the battery is full, which takes about 2.5 hours.
4. If the indicator does not light up at all, leave the controller connected for 30 minutes, then hold the power button for 10 seconds to wake the battery.
5. Please do not charge the mask while you are wearing it.

A full charge gives roughly eight 10-minute sessions.

Kind regards,
{{agent_name}}
Velisse Care Team
""")

template("en/cleaning/brush-hygiene", "cleaning and hygiene of the silicone cleansing brush", "greeting, dash bullets, sign-off", """
Hello {{buyer_name}},

Thanks for asking how to keep your {{model}} clean. Silicone does not hold on to bacteria the way nylon bristles do, but a little routine care keeps it fresh:

- After each use, rinse the brush head under warm running water with the brush switched on at the lowest speed.
- Once a week, wash the bristles with a drop of mild, fragrance-free soap and rinse thoroughly.
- Pat the head dry with a clean towel and let it air-dry with the bristles facing up.
- Avoid alcohol, oil cleansers and boiling water, as they can make the silicone sticky.
- Store the brush outside the shower between uses so it can dry completely.

The brush is fully waterproof, but please dry the magnetic charging contacts before you put it back on the charger.

Best wishes,
{{agent_name}}
Velisse Care Team
""")

template("en/skin/patch-test", "skin irritation: patch-test advice for sensitive skin", "label lines, round bullets, sign-off", """
Dear {{buyer_name}},

Product: {{model}}
Skin concern: {{concern}}

We are sorry your skin felt irritated. Sensitive skin often needs a gentler start, so we suggest a patch test before your next full session:

\u2022 Choose a small area along the jawline or behind the ear.
\u2022 Use the lowest intensity setting for two minutes only.
\u2022 Wait 24 hours and check for redness, itching or warmth.
\u2022 If the skin stays calm, build up gradually over the next two weeks.
\u2022 If redness appears, pause use until your skin has settled completely.

Please also skip exfoliating acids and retinoids on the days you use the device. If the irritation persists, we recommend speaking with a dermatologist.

Warm regards,
{{agent_name}}
Velisse Care Team
""")

template("en/errors/dryer-lights", "hair dryer indicator and error lights", "label lines per light pattern", """
Hi {{buyer_name}},

Thank you for describing the lights on your {{model}}. Here is what each pattern means:

Solid white: normal operation.
Flashing orange: the air intake filter is blocked. Unplug the dryer, twist off the rear cover and brush away the lint.
Flashing red: the dryer overheated and paused itself. Let it cool for 10 minutes before switching it on again.
Solid red: an internal fault. Please stop using the dryer and reply to this message so we can arrange a warranty check.

Cleaning the filter every two weeks keeps the orange warning from coming back.

Best regards,
{{agent_name}}
Velisse Hair Care Support
""")

template("en/app/analyser/pairing", "skin analyser will not pair with the Velisse Skin app", "hard-wrapped numbered steps, two folders deep", """
Hello {{buyer_name}},

Sorry the Velisse Skin app is not finding your {{model}}.
Please work through these steps in order and try pairing
again after each one:

1. Turn on Bluetooth and allow the app location access,
   which Android phones need to scan for nearby devices.
2. Hold the analyser's power button for 3 seconds until the
   ring light pulses blue; the app can only see it while
   the light pulses.
3. In the app, open Profile > My Devices > Add Device and
   keep the analyser within 1 metre of your phone.
4. If the analyser shows up in your phone's own Bluetooth
   list, forget it there first, because pairing has to be
   done from inside the app.
5. Update the app to the latest version and restart your
   phone if it still does not connect.

Thank you for your patience,
{{agent_name}}
Velisse App Support
""")

template("en/warranty/evidence", "warranty claim: evidence needed", "dash bullets, label lines, sign-off", """
Hi {{buyer_name}},

We are sorry your {{model}} has stopped working. It is covered by our two-year limited warranty, and we are glad to help.

To open the claim, please reply to this message with:
- a photo of the serial number label (on the handle or inside the case lid);
- a short video or photo that shows the fault;
- one line on when the problem started.

Order ID: {{order_id}}
Case number: {{case_id}}

Once we have these, our team will reply within two business days with the next step.

Kind regards,
{{agent_name}}
Velisse Warranty Team
""")

template("en/review-request", "neutral review request (once per order)", "short paragraph", """
Hello {{buyer_name}},

We hope your {{model}} from order {{order_id}} is working well for you. If you have a moment, would you share your experience in a review on Amazon? Your honest thoughts help other customers decide.

Thank you,
{{agent_name}}
Velisse
""")

template("en/quick/mask-session", "LED mask switches off after 10 minutes (by design)", "very short, 3 lines", """
Hi {{buyer_name}}, the {{model}} switches off after each 10-minute session by design; press the power button once to start another.
Please allow at least 6 hours between sessions on the same area.
{{agent_name}}, Velisse Care Team
""")

template("en/straightener/heat-guide", "straightener temperature by hair type", "star bullets, paragraph", """
Hi {{buyer_name}},

Good question about the heat settings on your {{model}}. We suggest matching the temperature to your hair type:

* Fine, bleached or damaged hair: 150-170 \u00b0C (300-340 \u00b0F)
* Normal, medium-thick hair: 170-190 \u00b0C (340-375 \u00b0F)
* Thick, coarse or very curly hair: 190-210 \u00b0C (375-410 \u00b0F)

Always straighten dry hair, work in sections about 2.5 cm wide and glide the plates over each section once or twice instead of holding them still. A heat protectant spray helps as well.

All the best,
{{agent_name}}
Velisse Hair Care Support
""")

template("en/quick/analyser-readings", "skin analyser scores vary between scans", "very short, 3 lines", """
Hi {{buyer_name}}, scores from the {{model}} can differ by a few points from one scan to the next.
For results you can compare, scan clean, dry skin at the same time of day and in the same light, holding the sensor flat.
Best, {{agent_name}}
""")

template("zh/charging/led-mask", "LED 面罩无法充电", "问候, 编号步骤, 落款", """
{{buyer_name}}您好：

感谢您联系我们。关于 {{model}} 的充电问题，请按以下步骤检查：

1. 请使用包装内附带的 USB-C 数据线，并搭配 5V/2A 的充电头，电脑的 USB 接口电流通常不够。
2. 数据线要连接在手持控制器上，而不是面罩本体。
3. 充电时指示灯为琥珀色，充满后变为白色常亮，大约需要 2.5 小时。
4. 如果指示灯完全不亮，请保持连接 30 分钟，然后长按电源键 10 秒来唤醒电池。
5. 请不要在佩戴面罩时充电。

充满一次电大约可以使用 8 次，每次 10 分钟。

祝好，
{{agent_name}}
Velisse 客服团队
""")

template("zh/skin/patch-test", "皮肤敏感：局部测试建议", "问候, 中点列表, 落款", """
{{buyer_name}}您好，

很抱歉使用 {{model}} 后您的皮肤出现了不适。敏感肌建议先做局部测试，再逐步恢复正常使用：

· 选择下颌线或耳后的一小块皮肤；
· 使用最低强度，只照射 2 分钟；
· 等待 24 小时，观察是否有发红、发痒或发热；
· 如果没有异常，在接下来两周内逐步延长时间；
· 如果出现发红，请暂停使用，等皮肤完全恢复后再说。

使用仪器的当天请避开果酸、A 醇等刺激性护肤品。如果不适一直持续，建议咨询皮肤科医生。

{{agent_name}}
Velisse 客服团队
""")

template("zh/app/analyser-pairing", "肌肤检测仪无法连接 App", "标签行 + 编号步骤", """
{{buyer_name}}您好！

订单号：{{order_id}}
设备：{{model}}
App：Velisse Skin

检测仪无法连接 App 时，请依次尝试：
1. 打开手机蓝牙，并允许 App 使用位置权限（安卓手机搜索设备需要此权限）；
2. 长按检测仪电源键 3 秒，直到环形灯闪烁蓝色；
3. 在 App 中进入“我的 > 我的设备 > 添加设备”，手机与检测仪保持在 1 米以内；
4. 如果检测仪出现在手机系统的蓝牙列表里，请先在那里移除，再回到 App 内配对。

如果仍然无法连接，请把 App 更新到最新版本，重启手机后再试。

{{agent_name}}
Velisse App 支持
""")

template("zh/errors/dryer-lights", "吹风机指示灯含义", "短, 每种灯一行", """
{{buyer_name}}您好，{{model}} 的指示灯含义如下：
白灯常亮：正常工作；
橙灯闪烁：进风口滤网堵塞，请拔掉电源，拧下后盖清理毛絮；
红灯闪烁：机身过热自动暂停，请冷却 10 分钟后再开机；
红灯常亮：内部故障，请停止使用并回复本消息，我们会为您安排保修检测。
{{agent_name}}
""")

template("zh/review-request", "中性邀评（每个订单一次）", "短段落", """
{{buyer_name}}您好，

希望您在订单 {{order_id}} 中购买的 {{model}} 使用顺利。如果方便的话，欢迎在亚马逊上写一条评论，分享您的真实使用体验，这能帮助其他顾客做出选择。

谢谢！
{{agent_name}}
Velisse
""")

template("zh/quick/warranty-received", "保修资料已收到", "极短, 2 行", """
{{buyer_name}}您好，您的保修资料已收到（案件号：{{case_id}}），我们会在两个工作日内给您答复。
{{agent_name}}
""")

template("zh-tw/cleaning/brush-hygiene", "潔面儀刷頭清潔與衛生", "問候, 項目列表, 落款", """
{{buyer_name}} 您好：

謝謝您詢問 {{model}} 的清潔方式。矽膠刷頭本身不容易滋生細菌，但日常保養仍然很重要：

・每次使用後，以最低速度開機，在溫水下沖洗刷頭。
・每週一次，用少量溫和無香料的肥皂清洗刷毛，並徹底沖淨。
・用乾淨毛巾輕拍擦乾，刷毛朝上自然風乾。
・請勿使用酒精、卸妝油或沸水，以免矽膠變黏。
・放回充電座之前，請先擦乾磁吸充電觸點。

祝您使用愉快，
{{agent_name}}
Velisse 客服團隊
""")

template("zh-tw/errors/straightener-light", "離子夾指示燈含義", "標籤行, 每種燈一行", """
{{buyer_name}} 您好：

產品：{{model}}
訂單編號：{{order_id}}

關於離子夾的指示燈：
藍燈閃爍：正在加熱，約 30 秒後會轉為恆亮。
藍燈恆亮：已達設定溫度，可以開始使用。
紅燈閃爍：60 分鐘未操作，已自動斷電，按住電源鍵 2 秒即可重新開機。
紅燈恆亮：溫度感應異常，請停止使用並回覆此訊息，我們將協助您辦理保固。

{{agent_name}}
Velisse 美髮支援
""")

template("zh-tw/warranty/evidence", "保固申請所需資料", "標籤行在前, 編號清單", """
訂單編號：{{order_id}}
保固案件編號：{{case_id}}

{{buyer_name}} 您好：

很抱歉您的 {{model}} 無法正常運作。本產品享有兩年有限保固，我們會盡快協助您。

請直接回覆此訊息，並附上：
1. 產品序號標籤的照片；
2. 顯示故障情形的短片或照片；
3. 問題開始發生的時間與簡短說明。

收到資料後，我們會在兩個工作天內回覆後續處理方式。

{{agent_name}}
Velisse 保固團隊
""")

template("bi/led-mask/session-guide", "how often to use the LED mask (English + Simplified Chinese)", "two paragraphs, two languages", """
Hi {{buyer_name}}, for the {{model}} we recommend one 10-minute session a day, three to five times a week, on clean and dry skin. Results build up gradually, usually over four to eight weeks, so a steady routine helps, and please wear the eye shields every time.

{{buyer_name}}您好，{{model}} 建议每天使用一次，每次 10 分钟，每周 3 到 5 次，使用前请保持皮肤清洁干燥。效果需要逐步累积，通常需要 4 到 8 周，请坚持规律使用，并且每次都佩戴护目眼罩。

{{agent_name}}
""")

# ===========================================================================
# Replies
# ===========================================================================
CATS = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
REPLIES = []

LONG_MASK = ("Velisse LumaGlow LED Face Mask LG7 - 7-Colour Light Therapy Mask with Red, Blue "
             "and Near-Infrared Light, Wireless Rechargeable Controller, Eye Shields and Travel Pouch")
LONG_DRYER = ("Velisse AeroLux AX1 Ionic Hair Dryer, 1600W Brushless High-Speed Motor with Diffuser "
              "and Concentrator Nozzles, 3 Heat and 2 Speed Settings, Cool Shot Button, Rose Gold")
LONG_ZH_ANALYSER = ("Velisse DermaSight DS3 智能肌肤检测仪（蓝牙连接 Velisse Skin App，检测水分、油分、"
                    "毛孔与细纹，USB-C 充电，附收纳袋和两枚替换感应保护盖）")
LONG_CONCERN = ("a stinging feeling and small red patches on both cheeks and along the jawline that "
                "appeared after the third red-light session at the highest intensity")


def tlang(tid):
    return tid.split("/", 1)[0]


def lang_of(tid):
    """(lang field, extra tags) for a reply built from template tid."""
    return {"en": ("en", []), "zh": ("zh", []), "zh-tw": ("zh", ["traditional"]),
            "bi": ("mixed", ["bilingual"])}[tlang(tid)]


def _add(**kw):
    kw["id"] = f"t32-{len(REPLIES) + 1:03d}"
    kw.setdefault("dropped", [])
    kw.setdefault("jc", None)
    REPLIES.append(kw)


def exact(tid, values, tags, note):
    lang, extra = lang_of(tid)
    _add(cat="filled-template", tpl=tid, values=values, text=None, lang=lang,
         tags=["filled-template", "exact"] + extra + tags, labels=[],
         note=f"{tid}: exact fill; {note}")


def edited(tid, values, tags, note, text, dropped=()):
    lang, extra = lang_of(tid)
    _add(cat="filled-template", tpl=tid, values=values, text=lit(text), lang=lang,
         tags=["filled-template", "edited"] + extra + tags, labels=[],
         note=f"{tid}: edited fill; {note}", dropped=list(dropped))


def free(cat, lang, labels, tags, note, text, tid=None, values=None, jc=None):
    _add(cat=cat, tpl=tid, values=values, text=lit(text), lang=lang, tags=[cat] + tags,
         labels=list(labels), note=(f"{tid}: {note}" if tid else note), jc=jc)


# --- filled-template, exact fills -------------------------------------------
exact("en/charging/led-mask",
      {"buyer_name": "Ms. Castellano", "model": "Velisse LumaGlow LED Face Mask LG7",
       "agent_name": "Hannah Brightwater"}, [], "plain values")
exact("en/cleaning/brush-hygiene",
      {"buyer_name": "Tobias", "model": "Velisse PureWhirl Cleansing Brush PW2",
       "agent_name": "Julian Ferreira"}, [], "plain values")
exact("en/skin/patch-test",
      {"buyer_name": "Mrs. Adeyemi", "model": "Velisse LumaGlow LED Face Mask LG7",
       "concern": LONG_CONCERN, "agent_name": "Simone Okoro"},
      ["long-value"], "concern is a 150+ character sentence in a label line")
exact("en/errors/dryer-lights",
      {"buyer_name": "Gwen", "model": LONG_DRYER, "agent_name": "Caleb Lindgren"},
      ["long-value"], "model is a 150+ character Amazon product title")
exact("en/app/analyser/pairing",
      {"buyer_name": "Mr. Haddad", "model": "Velisse DermaSight Skin Analyser DS3",
       "agent_name": "Hannah Brightwater"}, ["hard-wrapped", "nested"],
      "hard-wrapped template two folders deep, kept as is")
exact("en/warranty/evidence",
      {"buyer_name": "Lorraine", "model": "Velisse SilkPress SP5 Straightener",
       "order_id": "113-5820364-7719402", "case_id": "VW-24-08817",
       "agent_name": "Julian Ferreira"}, [], "plain values")
exact("en/review-request",
      {"buyer_name": "Dmitri", "model": "Velisse AeroLux AX1 Hair Dryer",
       "order_id": "112-9043718-2265031", "agent_name": "Simone Okoro"},
      ["review-request"], "neutral review request, plain values")
exact("en/quick/mask-session",
      {"buyer_name": "Ines", "model": "LumaGlow LG7 mask", "agent_name": "Caleb Lindgren"},
      ["short"], "3-line template")
exact("en/straightener/heat-guide",
      {"buyer_name": "Ms. Okonkwo-Whitley", "model": "Velisse SilkPress SP5 Ceramic Straightener",
       "agent_name": "Hannah Brightwater"}, [], "plain values, hyphenated name")
exact("en/quick/analyser-readings",
      {"buyer_name": "Felix", "model": "DermaSight DS3", "agent_name": "Julian"},
      ["short"], "3-line template, first name only in the sign-off")
exact("en/review-request",
      {"buyer_name": "Ms. Van der Berg", "model": LONG_MASK,
       "order_id": "114-2207853-6631948 and 111-7730162-0458825", "agent_name": "Caleb Lindgren"},
      ["review-request", "long-value", "two-orders"],
      "150+ character title and two order ids in one slot of a short template")
exact("zh/charging/led-mask",
      {"buyer_name": "周女士", "model": "Velisse LumaGlow LED 面罩 LG7", "agent_name": "苏雨晴"},
      [], "plain values")
exact("zh/skin/patch-test",
      {"buyer_name": "黄先生", "model": "LumaGlow LED 面罩", "agent_name": "何俊杰"},
      [], "plain values")
exact("zh/app/analyser-pairing",
      {"buyer_name": "吴女士", "order_id": "113-4471925-0386617", "model": LONG_ZH_ANALYSER,
       "agent_name": "唐思敏"}, ["long-value"], "model is a long Chinese product title in a label line")
exact("zh/errors/dryer-lights",
      {"buyer_name": "孙先生", "model": "AeroLux AX1 吹风机", "agent_name": "苏雨晴"},
      ["short"], "short template, one line per light")
exact("zh/review-request",
      {"buyer_name": "郭女士", "model": "Velisse PureWhirl 洁面仪 PW2",
       "order_id": "111-6359204-8842170", "agent_name": "何俊杰"},
      ["review-request"], "neutral review request")
exact("zh-tw/cleaning/brush-hygiene",
      {"buyer_name": "張小姐", "model": "PureWhirl 潔面儀 PW2", "agent_name": "林佩珊"},
      [], "plain values")
exact("zh-tw/errors/straightener-light",
      {"buyer_name": "許先生", "model": "SilkPress SP5 離子夾", "order_id": "112-0583716-9924403",
       "agent_name": "吳冠廷"}, [], "plain values")
exact("zh-tw/warranty/evidence",
      {"buyer_name": "蔡小姐", "model": "AeroLux AX1 吹風機", "order_id": "114-8816032-5570219",
       "case_id": "VW-TW-30152", "agent_name": "林佩珊"}, [], "label lines above the greeting")
exact("bi/led-mask/session-guide",
      {"buyer_name": "Mei", "model": "LumaGlow LG7", "agent_name": "Simone Okoro"},
      [], "placeholders repeated in both language paragraphs")

# --- filled-template, lightly edited fills ----------------------------------
edited("en/charging/led-mask",
       {"buyer_name": "Rosalind", "model": "LumaGlow LED Face Mask", "agent_name": "Simone Okoro"},
       ["apology", "friendly-line"], "apology for the wait added up front, 'Hope this helps!' before the sign-off", """
Hi Rosalind,

Sorry for the wait over the weekend, and thank you for getting in touch about charging your LumaGlow LED Face Mask.

Please try the following:

1. Use the USB-C cable that came in the box with a 5V/2A wall adapter; laptop ports often supply too little power.
2. Connect the cable to the handheld controller, not to the mask itself.
3. The indicator glows amber while charging and turns solid white when the battery is full, which takes about 2.5 hours.
4. If the indicator does not light up at all, leave the controller connected for 30 minutes, then hold the power button for 10 seconds to wake the battery.
5. Please do not charge the mask while you are wearing it.

A full charge gives roughly eight 10-minute sessions. Hope this helps!

Kind regards,
Simone Okoro
Velisse Care Team
""")
edited("en/cleaning/brush-hygiene",
       {"buyer_name": "Mr. Pemberton", "model": "PureWhirl PW2", "agent_name": "Caleb Lindgren"},
       ["dropped-line", "word-change"], "last bullet (store outside the shower) dropped, 'Thanks' -> 'Thank you'", """
Hello Mr. Pemberton,

Thank you for asking how to keep your PureWhirl PW2 clean. Silicone does not hold on to bacteria the way nylon bristles do, but a little routine care keeps it fresh:

- After each use, rinse the brush head under warm running water with the brush switched on at the lowest speed.
- Once a week, wash the bristles with a drop of mild, fragrance-free soap and rinse thoroughly.
- Pat the head dry with a clean towel and let it air-dry with the bristles facing up.
- Avoid alcohol, oil cleansers and boiling water, as they can make the silicone sticky.

The brush is fully waterproof, but please dry the magnetic charging contacts before you put it back on the charger.

Best wishes,
Caleb Lindgren
Velisse Care Team
""")
edited("en/skin/patch-test",
       {"buyer_name": "Yasmin", "model": "Velisse PureWhirl Cleansing Brush PW2",
        "concern": "tightness and redness after daily use", "agent_name": "Hannah Brightwater"},
       ["reordered", "word-change", "friendly-line"],
       "closing paragraph moved above the bullets, 'intensity' -> 'speed', a get-well wish added", """
Dear Yasmin,

Product: Velisse PureWhirl Cleansing Brush PW2
Skin concern: tightness and redness after daily use

We are sorry your skin felt irritated. Please skip exfoliating acids and retinoids on the days you use the device. If the irritation persists, we recommend speaking with a dermatologist.

Sensitive skin often needs a gentler start, so we suggest a patch test before your next full session:

\u2022 Choose a small area along the jawline or behind the ear.
\u2022 Use the lowest speed setting for two minutes only.
\u2022 Wait 24 hours and check for redness, itching or warmth.
\u2022 If the skin stays calm, build up gradually over the next two weeks.
\u2022 If redness appears, pause use until your skin has settled completely.

Wishing your skin a speedy recovery.

Warm regards,
Hannah Brightwater
Velisse Care Team
""")
edited("en/errors/dryer-lights",
       {"buyer_name": "Ms. Lindqvist-Oduya", "model": "AeroLux AX1", "agent_name": "Julian Ferreira"},
       ["dropped-line", "word-change"], "'Solid white' line dropped, 'pattern' -> 'light'", """
Hi Ms. Lindqvist-Oduya,

Thank you for describing the lights on your AeroLux AX1. Here is what each light means:

Flashing orange: the air intake filter is blocked. Unplug the dryer, twist off the rear cover and brush away the lint.
Flashing red: the dryer overheated and paused itself. Let it cool for 10 minutes before switching it on again.
Solid red: an internal fault. Please stop using the dryer and reply to this message so we can arrange a warranty check.

Cleaning the filter every two weeks keeps the orange warning from coming back.

Best regards,
Julian Ferreira
Velisse Hair Care Support
""")
edited("en/app/analyser/pairing",
       {"buyer_name": "Paulina", "model": "DermaSight DS3", "agent_name": "Caleb Lindgren"},
       ["reflowed", "nested"], "hard-wrapped lines joined into one line per step, wording unchanged", """
Hello Paulina,

Sorry the Velisse Skin app is not finding your DermaSight DS3. Please work through these steps in order and try pairing again after each one:

1. Turn on Bluetooth and allow the app location access, which Android phones need to scan for nearby devices.
2. Hold the analyser's power button for 3 seconds until the ring light pulses blue; the app can only see it while the light pulses.
3. In the app, open Profile > My Devices > Add Device and keep the analyser within 1 metre of your phone.
4. If the analyser shows up in your phone's own Bluetooth list, forget it there first, because pairing has to be done from inside the app.
5. Update the app to the latest version and restart your phone if it still does not connect.

Thank you for your patience,
Caleb Lindgren
Velisse App Support
""")
edited("en/warranty/evidence",
       {"buyer_name": "Mr. Achebe", "model": "AeroLux AX1 Hair Dryer", "order_id": "111-4093375-6218840",
        "case_id": "VW-24-09102", "agent_name": "Simone Okoro"},
       ["apology", "dropped-line"], "apology for the slow reply added, third bullet dropped", """
Hi Mr. Achebe,

Apologies for our slow reply. We are sorry your AeroLux AX1 Hair Dryer has stopped working. It is covered by our two-year limited warranty, and we are glad to help.

To open the claim, please reply to this message with:
- a photo of the serial number label (on the handle or inside the case lid);
- a short video or photo that shows the fault.

Order ID: 111-4093375-6218840
Case number: VW-24-09102

Once we have these, our team will reply within two business days with the next step.

Kind regards,
Simone Okoro
Velisse Warranty Team
""")
edited("en/review-request",
       {"buyer_name": "Harriet", "model": "PureWhirl Cleansing Brush", "order_id": "113-6620491-3057718",
        "agent_name": "Julian Ferreira"},
       ["review-request", "word-change", "friendly-line"],
       "neutral request, first sentence reworded slightly, thanks line added", """
Hello Harriet,

We hope you are enjoying your PureWhirl Cleansing Brush from order 113-6620491-3057718. If you have a moment, would you share your experience in a review on Amazon? Your honest thoughts help other customers decide.

Thank you, and have a lovely week,
Julian Ferreira
Velisse
""")
edited("en/quick/mask-session",
       {"buyer_name": "Mrs. Doyle", "model": "Velisse LumaGlow mask", "agent_name": "Hannah Brightwater"},
       ["short", "friendly-line"], "thanks sentence added to a 3-line template", """
Hi Mrs. Doyle, thanks for checking with us! The Velisse LumaGlow mask switches off after each 10-minute session by design; press the power button once to start another.
Please allow at least 6 hours between sessions on the same area.
Hannah Brightwater, Velisse Care Team
""")
edited("en/straightener/heat-guide",
       {"buyer_name": "Aaliyah", "model": "SilkPress SP5", "agent_name": "Caleb Lindgren"},
       ["reordered", "friendly-line"], "bullets reversed (thick hair first), closing wish added", """
Hi Aaliyah,

Good question about the heat settings on your SilkPress SP5. We suggest matching the temperature to your hair type:

* Thick, coarse or very curly hair: 190-210 \u00b0C (375-410 \u00b0F)
* Normal, medium-thick hair: 170-190 \u00b0C (340-375 \u00b0F)
* Fine, bleached or damaged hair: 150-170 \u00b0C (300-340 \u00b0F)

Always straighten dry hair, work in sections about 2.5 cm wide and glide the plates over each section once or twice instead of holding them still. A heat protectant spray helps as well.

Hope this helps, and enjoy your new straightener!

All the best,
Caleb Lindgren
Velisse Hair Care Support
""")
edited("en/quick/analyser-readings",
       {"buyer_name": "Theo", "model": "DermaSight analyser", "agent_name": "Simone"},
       ["short", "friendly-line"], "wish added before the sign-off of a 3-line template", """
Hi Theo, scores from the DermaSight analyser can differ by a few points from one scan to the next.
For results you can compare, scan clean, dry skin at the same time of day and in the same light, holding the sensor flat.
Have a lovely week!
Best, Simone
""")
edited("en/charging/led-mask",
       {"buyer_name": "Bartholomew", "model": LONG_MASK, "agent_name": "Julian Ferreira"},
       ["long-value", "dropped-line", "word-change", "friendly-line"],
       "150+ character title; 'Hi' -> 'Dear', step 5 dropped, thanks for patience added", """
Dear Bartholomew,

Thank you for getting in touch about charging your Velisse LumaGlow LED Face Mask LG7 - 7-Colour Light Therapy Mask with Red, Blue and Near-Infrared Light, Wireless Rechargeable Controller, Eye Shields and Travel Pouch.

Please try the following:

1. Use the USB-C cable that came in the box with a 5V/2A wall adapter; laptop ports often supply too little power.
2. Connect the cable to the handheld controller, not to the mask itself.
3. The indicator glows amber while charging and turns solid white when the battery is full, which takes about 2.5 hours.
4. If the indicator does not light up at all, leave the controller connected for 30 minutes, then hold the power button for 10 seconds to wake the battery.

A full charge gives roughly eight 10-minute sessions. Thanks for your patience while we looked into this.

Kind regards,
Julian Ferreira
Velisse Care Team
""")
edited("zh/charging/led-mask",
       {"buyer_name": "陈女士", "model": "LumaGlow LED 面罩", "agent_name": "唐思敏"},
       ["apology"], "开头加一句让您久等的道歉", """
陈女士您好：

让您久等了，非常抱歉。感谢您联系我们。关于 LumaGlow LED 面罩 的充电问题，请按以下步骤检查：

1. 请使用包装内附带的 USB-C 数据线，并搭配 5V/2A 的充电头，电脑的 USB 接口电流通常不够。
2. 数据线要连接在手持控制器上，而不是面罩本体。
3. 充电时指示灯为琥珀色，充满后变为白色常亮，大约需要 2.5 小时。
4. 如果指示灯完全不亮，请保持连接 30 分钟，然后长按电源键 10 秒来唤醒电池。
5. 请不要在佩戴面罩时充电。

充满一次电大约可以使用 8 次，每次 10 分钟。

祝好，
唐思敏
Velisse 客服团队
""")
edited("zh/skin/patch-test",
       {"buyer_name": "刘小姐", "model": "Velisse LumaGlow LED 面罩 LG7", "agent_name": "苏雨晴"},
       ["dropped-line", "friendly-line"], "第 4 条删去，结尾加一句祝福", """
刘小姐您好，

很抱歉使用 Velisse LumaGlow LED 面罩 LG7 后您的皮肤出现了不适。敏感肌建议先做局部测试，再逐步恢复正常使用：

· 选择下颌线或耳后的一小块皮肤；
· 使用最低强度，只照射 2 分钟；
· 等待 24 小时，观察是否有发红、发痒或发热；
· 如果出现发红，请暂停使用，等皮肤完全恢复后再说。

使用仪器的当天请避开果酸、A 醇等刺激性护肤品。如果不适一直持续，建议咨询皮肤科医生。祝您的皮肤早日恢复。

苏雨晴
Velisse 客服团队
""")
edited("zh/app/analyser-pairing",
       {"buyer_name": "马先生", "order_id": "112-3368150-7042296", "model": "DermaSight DS3 肌肤检测仪",
        "agent_name": "何俊杰"},
       ["word-change", "friendly-line"], "“依次”改为“按顺序”，加“希望对您有帮助”", """
马先生您好！

订单号：112-3368150-7042296
设备：DermaSight DS3 肌肤检测仪
App：Velisse Skin

检测仪无法连接 App 时，请按顺序尝试：
1. 打开手机蓝牙，并允许 App 使用位置权限（安卓手机搜索设备需要此权限）；
2. 长按检测仪电源键 3 秒，直到环形灯闪烁蓝色；
3. 在 App 中进入“我的 > 我的设备 > 添加设备”，手机与检测仪保持在 1 米以内；
4. 如果检测仪出现在手机系统的蓝牙列表里，请先在那里移除，再回到 App 内配对。

如果仍然无法连接，请把 App 更新到最新版本，重启手机后再试。希望对您有帮助。

何俊杰
Velisse App 支持
""")
edited("zh/review-request",
       {"buyer_name": "高女士", "order_id": "114-5021837-6690413", "model": "SilkPress SP5 直发夹",
        "agent_name": "唐思敏"},
       ["review-request", "friendly-line"], "中性邀评，加一句感谢选择", """
高女士您好，

感谢您选择 Velisse。希望您在订单 114-5021837-6690413 中购买的 SilkPress SP5 直发夹 使用顺利。如果方便的话，欢迎在亚马逊上写一条评论，分享您的真实使用体验，这能帮助其他顾客做出选择。

谢谢！
唐思敏
Velisse
""")
edited("zh/quick/warranty-received",
       {"buyer_name": "林先生", "case_id": "VW-CN-11846", "agent_name": "何俊杰"},
       ["short", "friendly-line"], "2 行模板里加一句感谢提供照片和视频", """
林先生您好，感谢您提供的照片和视频，您的保修资料已收到（案件号：VW-CN-11846），我们会在两个工作日内给您答复。
何俊杰
""")
edited("zh-tw/errors/straightener-light",
       {"buyer_name": "鄭小姐", "model": "SilkPress SP5 離子夾", "order_id": "113-7724105-3390861",
        "agent_name": "林佩珊"},
       ["dropped-line", "friendly-line"], "刪去「藍燈恆亮」一行，加一句「希望以上資訊對您有幫助」", """
鄭小姐 您好：

產品：SilkPress SP5 離子夾
訂單編號：113-7724105-3390861

關於離子夾的指示燈：
藍燈閃爍：正在加熱，約 30 秒後會轉為恆亮。
紅燈閃爍：60 分鐘未操作，已自動斷電，按住電源鍵 2 秒即可重新開機。
紅燈恆亮：溫度感應異常，請停止使用並回覆此訊息，我們將協助您辦理保固。

希望以上資訊對您有幫助。

林佩珊
Velisse 美髮支援
""")
edited("zh-tw/warranty/evidence",
       {"buyer_name": "楊先生", "model": "DermaSight DS3 肌膚檢測儀", "order_id": "111-2258094-4716630",
        "case_id": "VW-TW-30377", "agent_name": "吳冠廷"},
       ["apology", "word-change"], "加上「抱歉讓您久等了」，兩個工作天改為三個工作天", """
訂單編號：111-2258094-4716630
保固案件編號：VW-TW-30377

楊先生 您好：

抱歉讓您久等了。很抱歉您的 DermaSight DS3 肌膚檢測儀 無法正常運作。本產品享有兩年有限保固，我們會盡快協助您。

請直接回覆此訊息，並附上：
1. 產品序號標籤的照片；
2. 顯示故障情形的短片或照片；
3. 問題開始發生的時間與簡短說明。

收到資料後，我們會在三個工作天內回覆後續處理方式。

吳冠廷
Velisse 保固團隊
""")
edited("bi/led-mask/session-guide",
       {"buyer_name": "Ms. Zhao", "model": "Velisse LumaGlow LED Face Mask", "agent_name": "Hannah Brightwater"},
       ["friendly-line"], "'Hope this helps!' / 希望对您有帮助！ added to each paragraph", """
Hi Ms. Zhao, for the Velisse LumaGlow LED Face Mask we recommend one 10-minute session a day, three to five times a week, on clean and dry skin. Results build up gradually, usually over four to eight weeks, so a steady routine helps, and please wear the eye shields every time. Hope this helps!

Ms. Zhao您好，Velisse LumaGlow LED Face Mask 建议每天使用一次，每次 10 分钟，每周 3 到 5 次，使用前请保持皮肤清洁干燥。效果需要逐步累积，通常需要 4 到 8 周，请坚持规律使用，并且每次都佩戴护目眼罩。希望对您有帮助！

Hannah Brightwater
""")
edited("bi/led-mask/session-guide",
       {"buyer_name": "Kevin", "model": "LumaGlow LG7 mask", "agent_name": "Julian Ferreira / 何俊杰"},
       ["dropped-line", "word-change"], "'Hi' -> 'Hello', eye-shield clause dropped from the English paragraph only; two agents signed", """
Hello Kevin, for the LumaGlow LG7 mask we recommend one 10-minute session a day, three to five times a week, on clean and dry skin. Results build up gradually, usually over four to eight weeks, so a steady routine helps.

Kevin您好，LumaGlow LG7 mask 建议每天使用一次，每次 10 分钟，每周 3 到 5 次，使用前请保持皮肤清洁干燥。效果需要逐步累积，通常需要 4 到 8 周，请坚持规律使用，并且每次都佩戴护目眼罩。

Julian Ferreira / 何俊杰
""")

# --- logistics: free-written, only shipping / delivery / returns ... (labels []) ----
LG = "logistics"
free(LG, "en", [], ["tracking"], "tracking update with carrier and hub", """
Hi Ms. Farrow,

Thanks for your message. Your LumaGlow mask left our warehouse yesterday with UPS, tracking number 1Z8V41E70392615584. The latest scan shows it in Louisville, and UPS expects to deliver it on Thursday by end of day.

Best regards,
Hannah Brightwater
Velisse Care Team
""")
free(LG, "en", [], ["tracking", "short"], "two sentences: shipped + expected day", """
Hi Marcus, your order 112-7741029-3356180 shipped this morning with USPS, tracking 9400 1118 9922 3047 5521 68. It should reach you on Saturday.
Julian
""")
free(LG, "en", [], ["delay"], "weather delay at a hub, replacement offered if still missing", """
Hello Mrs. Kowalczyk,

I'm sorry your hair dryer has not arrived yet. The carrier's record shows the parcel was held up at the Memphis hub by the storm, and it is now moving again with a new delivery estimate of Monday, March 17. If it still has not arrived by Tuesday evening, please reply here and we will send a replacement right away.

Kind regards,
Caleb Lindgren
""")
free(LG, "en", [], ["address", "question"], "address change; asks which unit number is right", """
Hi Daniel,

We can still change the delivery address because the order has not been packed yet. The new street and ZIP code came through, but the unit number is missing: is it 5C or 5E? Once you confirm, we will update it before the parcel goes out this afternoon.

Thanks,
Simone Okoro
Velisse Care Team
""")
free(LG, "en", [], ["return"], "how to start a return through Your Orders", """
Hello Ms. Brennan,

I'm sorry the straightener was not what you expected. You can return it within 30 days of delivery: go to Your Orders, choose Return or Replace Items next to the SilkPress SP5 and pick a reason. Amazon will then give you a prepaid label and a drop-off location. Please pack the straightener with its heat mat in the original box if you still have it.

Best wishes,
Hannah Brightwater
""")
free(LG, "en", [], ["refund"], "refund issued for a returned analyser", """
Hi Gregory,

Your returned DermaSight analyser arrived at our warehouse on Tuesday, and the refund of $89.99 was issued today to your original payment method. Depending on your bank, it can take three to five business days to show on your statement.

Regards,
Julian Ferreira
Velisse Care Team
""")
free(LG, "en", [], ["customs"], "parcel held in Canadian customs; import fees already paid", """
Dear Ms. Tremblay,

Your parcel is currently with Canada Border Services for customs clearance, which is why tracking has not updated since Friday. This is routine for international orders and usually takes two to four business days. Amazon collected the import fees at checkout, so the courier should not ask you for any further payment on delivery.

Kind regards,
Caleb Lindgren
""")
free(LG, "en", [], ["leaking-parcel", "replacement"], "gel bottle leaked in transit; full replacement set shipped", """
Hi Priyanka,

I'm so sorry the parcel arrived damp and sticky. The bottle of cleansing gel in the PureWhirl gift set leaked on the way to you. We have sent a complete replacement set today with UPS, tracking 1Z0R77A10348862219, sealed in a separate bag this time, and you don't need to send the damaged one back.

Warm regards,
Simone Okoro
""")
free(LG, "en", [], ["missing-item", "replacement"], "USB-C cable missing from the box; shipped separately", """
Hello Mr. Osei,

Thank you for letting us know that the USB-C cable was missing from your LumaGlow box. I have shipped a new cable to you today by USPS First-Class, tracking 9400 1096 4418 2730 5519 02, and it should arrive within three to four days.

Best regards,
Julian Ferreira
""")
free(LG, "en", [], ["gift", "question"], "gift order: no prices on the slip, asks about plain outer packaging", """
Hi Ms. Nakamura,

Your order is marked as a gift, so the packing slip will show no prices and your gift message will be printed on it. The straightener ships tomorrow and is due on Friday, two days before the birthday. Would you like it to go out in a plain outer box so the product name is not visible? Just reply and I will add that note for the warehouse.

Kind regards,
Hannah Brightwater
""")
free(LG, "en", [], ["delivered", "short"], "two sentences: replacement brush head delivered", """
Hello Chloe, the replacement brush head you asked for was delivered to your mailbox at 2:14 pm today according to USPS. Please let us know if you can't find it.
""")
free(LG, "en", [], ["failed-delivery", "question"], "two failed attempts; asks for a safe place", """
Hi Mr. Whitcombe,

The courier tried to deliver your hair dryer twice and left a notice both times. UPS will make a final attempt tomorrow. Is there a safe place at your address, such as a porch or a side gate, where the driver can leave it if nobody is home? I can add that as a delivery instruction.

Thanks,
Caleb Lindgren
""")
free(LG, "en", [], ["exchange", "wrong-item"], "wrong colour delivered; exchange shipped, return via prepaid label", """
Hi Eleanor,

I'm sorry you received the black straightener instead of the rose gold one you ordered. I have arranged an exchange: the rose gold SilkPress SP5 ships today and should arrive on Wednesday. Please return the black one with the prepaid label from your Amazon returns centre within 30 days.

Best wishes,
Simone Okoro
""")
free(LG, "en", [], ["cancellation"], "order cancelled before shipping", """
Hello Mr. Baptiste,

Your order 114-3306672-8810574 had not shipped yet, so we have cancelled it as you asked. You will not be charged, and any pending authorisation on your card should drop off within a few days.

Regards,
Julian Ferreira
""")
free(LG, "en", [], ["delivered-not-received", "question"], "marked delivered but not found; asks to check neighbours and mailroom", """
Hi Ms. Rahman,

I'm sorry the parcel marked as delivered is not at your door. Tracking shows it was delivered at 11:40 am and left at the front door. Could you check with your neighbours and your building's mailroom? If it has not turned up by tomorrow, please reply here and we will send a replacement at no cost to you.

Kind regards,
Hannah Brightwater
""")
free(LG, "en", [], ["return", "refund", "short"], "two sentences: return label ready, refund after carrier scan", """
Hi Aiden, the return label for your dryer is now available in Your Orders. Once the carrier scans the parcel, we will process your refund within two business days.
""")
free(LG, "en", [], ["scheduling", "question"], "asks whether to hold a replacement until the buyer is home", """
Hello Mrs. Fairbanks,

Your replacement analyser is ready to ship. Since you mentioned you are away until the 24th, would you like us to hold it and send it on the 22nd so it doesn't sit on your doorstep, or should we ship it today?

Thanks,
Simone Okoro
""")
free(LG, "en", [], ["split-shipment", "tracking"], "order split into two parcels", """
Hi Jonah,

Your order was split into two parcels. The LED mask was delivered yesterday, and the cleansing brush is travelling separately with USPS, tracking 9405 5036 9930 0128 4471 53, due on Monday. Nothing is missing from the order.

Best regards,
Caleb Lindgren
""")
free(LG, "en", [], ["damaged-in-transit", "replacement"], "crushed box; replacement shipped, damaged unit returned with prepaid label", """
Dear Mr. Castillo,

Thank you for the photos of the crushed box. Since the dryer was damaged in transit, we are sending a replacement today by UPS 2nd Day Air, tracking 1Z4W09E60285530046. A prepaid return label for the damaged unit will appear in your Amazon returns centre; please send it back within 30 days.

Kind regards,
Hannah Brightwater
""")
free(LG, "zh", [], ["tracking"], "物流查询：已发货、所在转运中心、预计送达", """
何女士您好，

您的 LumaGlow LED 面罩 已于昨天从仓库发出，承运商是 UPS，运单号 1Z6F52W10376604413。目前包裹在芝加哥转运中心，预计周四送达。

苏雨晴
Velisse 客服团队
""")
free(LG, "zh", [], ["tracking", "short"], "两句话：今天发货 + 单号", """
宋先生您好，您的订单 113-2049958-7163320 今天已经发货，预计 3 到 5 个工作日送达。物流单号为 9400 1127 0843 6615 9902 31（USPS）。
何俊杰
""")
free(LG, "zh", [], ["return"], "退货流程：我的订单 > 退货或换货", """
韩女士您好：

很抱歉这款吹风机没有达到您的预期。您可以在收货后 30 天内申请退货：进入亚马逊的“我的订单”，点击 AeroLux AX1 旁边的“退货或换货”，选择原因后即可获得预付退货标签。请尽量用原包装寄回。

唐思敏
""")
free(LG, "zh", [], ["refund"], "退货已签收，退款原路退回", """
曹先生您好，

您退回的 SilkPress 直发夹 已于周一签收，退款 59.99 美元已在今天原路退回。根据银行不同，通常 3 到 5 个工作日到账。

何俊杰
Velisse 客服团队
""")
free(LG, "zh", [], ["missing-item", "replacement"], "少了扩散风嘴，单独补发", """
冯女士您好，

非常抱歉包裹里少了吹风机的扩散风嘴。我们今天已经单独为您补发，USPS 单号 9400 1099 2816 4472 0035 18，预计 3 到 4 天送达，不需要寄回任何东西。

苏雨晴
""")
free(LG, "zh", [], ["address", "question"], "修改地址，询问门牌号是哪一个", """
于先生您好，

您的订单还没有打包，可以修改收货地址。您发来的新地址里没有门牌号，请问是 12B 还是 12D？确认后我们会在今天下午发货前更新。

唐思敏
""")
free(LG, "zh", [], ["customs"], "加拿大海关清关，进口税费已付", """
邓女士您好，

您的包裹目前在加拿大海关清关，所以物流信息从周五开始没有更新。这是国际订单的正常流程，一般需要 2 到 4 个工作日。进口税费已在下单时由亚马逊收取，派送时不需要再付款。

何俊杰
""")
free(LG, "zh", [], ["leaking-parcel", "replacement"], "外箱破损、洁面凝胶漏出，整套补发", """
彭女士您好：

很抱歉包裹到达时外箱破损，洁面仪套装里的洁面凝胶也漏了出来。我们已为您安排补发一整套新的套装，今天由 UPS 发出，单号 1Z3E88V20417739562，这次会用密封袋单独包装。破损的那套不需要寄回。

苏雨晴
""")
free(LG, "zh", [], ["delay", "traditional"], "轉運延誤，新的預計送達日", """
王小姐 您好：

很抱歉讓您久等。您的 DermaSight 肌膚檢測儀 因為轉運中心天候延誤，預計送達日改為下週一。貨運單號是 1Z9K20X70461185527，您可以在亞馬遜的訂單頁面查看最新進度。

林佩珊
""")
free(LG, "zh", [], ["return", "refund", "traditional"], "退貨核准，列印標籤，收到後退款", """
李先生 您好：

退貨申請已經核准，預付退貨標籤可以在「我的訂單」中列印。請將離子夾放回原包裝，交給 UPS 門市即可。我們收到退貨後，會在兩個工作天內完成退款。

吳冠廷
""")
free(LG, "zh", [], ["gift", "question", "traditional"], "禮品訂單：詢問外箱包裝方式", """
陳小姐 您好：

這筆訂單已設定為禮品，包裹內的出貨單不會顯示價格。請問您希望外箱用素面紙箱，還是維持原本的包裝直接寄出？潔面儀明天出貨，預計週五送達。

林佩珊
""")
free(LG, "zh", [], ["delivered", "short", "traditional"], "兩句話：已送達管理室", """
黃先生 您好，您的吹風機已在今天送達大樓管理室。請您方便時再去領取，謝謝。
吳冠廷
""")
free(LG, "mixed", [], ["tracking", "bilingual"], "bilingual tracking update, English then Chinese", """
Hi Ms. Liang,

Your order shipped today with FedEx, tracking number 7781 5520 3916. It should arrive on Wednesday.

梁女士您好，您的订单今天已通过 FedEx 发出，运单号 7781 5520 3916，预计周三送达。

Simone Okoro / 唐思敏
""")
free(LG, "mixed", [], ["refund", "code-switched"], "code-switched Chinese/English: return received, refund processed", """
Hi Jason，你的 return 我们已经收到了，refund 今天已经处理，大概 3-5 个 business days 会回到你的 credit card。如果到时候还没看到，直接回复这条 message 就可以。
何俊杰
""")
free(LG, "mixed", [], ["failed-delivery", "question", "bilingual"], "bilingual: courier needs the door code, asks buyer to add it to Amazon delivery instructions", """
Hello Mr. Tan,

The courier could not get into your building yesterday. Could you add the door code to your delivery instructions in your Amazon account? The parcel will go out again tomorrow.

谭先生您好，快递员昨天没能进入您的大楼。请您在亚马逊账户的配送说明里添加门禁密码，包裹明天会再次派送。

Caleb Lindgren
""")

# --- rewritten: non-logistics, free or heavily reworded ([template-required]) -----
RW = "rewritten"
free(RW, "en", [TR], ["charging", "reworded"], "charging help in own words; topic of en/charging/led-mask", """
Hi Noor,

Sorry to hear the mask won't take a charge. Nine times out of ten this comes down to the power source: the controller wants a proper wall plug, and many computer USB ports simply can't feed it enough. Try it on a phone charger overnight. If the little light on the controller stays dark even then, press and hold the round button for a good ten seconds, which resets the battery protection. Let me know what happens.

Julian
""")
free(RW, "en", [TR], ["cleaning", "no-template"], "how long a silicone brush head lasts; no template on this", """
Hello Ms. Abernathy,

Good news: the PureWhirl's silicone head doesn't need swapping every three months like a nylon brush. Most people use the same head for about a year. Once the bristles start to look flattened, feel rough, or you notice small tears near the base, that's the moment to change it.

Best,
Simone Okoro
""")
free(RW, "en", [TR], ["skin-sensitivity", "reworded"], "patch-test advice in own words; topic of en/skin/patch-test", """
Dear Ruth,

Thank you for telling us about the itching. Before you use the mask on your whole face again, try it on one small spot first, say just under your ear, on setting 1 for a couple of minutes. Give it a full day. No reaction? Then add a little time each week. Any redness, and it's best to stop, let your skin calm down, and perhaps check in with your dermatologist. I'd also leave retinol out of your routine on mask days.

Kind regards,
Hannah
""")
free(RW, "en", [TR], ["error-light", "reworded"], "blinking orange light explained freely; topic of en/errors/dryer-lights", """
Hi Owen,

A blinking orange light on the AeroLux almost always means it can't breathe: lint has built up on the mesh at the back. Pull the plug, give the back cap a quarter turn to open it, and clean the mesh with an old toothbrush. Once it's clear, the light should go back to white.

Caleb
""")
free(RW, "en", [TR], ["app-pairing", "reworded"], "iPhone Bluetooth permission; pairing topic written freely", """
Hello Mr. Sorensen,

On an iPhone the app needs Bluetooth permission rather than location. Open Settings, scroll down to Velisse Skin, and switch Bluetooth on. Then open the app again, wake the analyser with a long press until it glows blue, and it should appear under Add Device within a few seconds.

Regards,
Caleb Lindgren
""")
free(RW, "en", [TR], ["warranty", "reworded"], "warranty evidence asked for in own words; topic of en/warranty/evidence", """
Hi Beatrice,

That definitely shouldn't happen after four months, and it's covered. So we can get this moving, could you attach a picture of the little sticker with the serial number, plus a quick clip showing the straightener not heating up? As soon as those come in, I'll pass them to our warranty team.

Thanks,
Simone
""")
free(RW, "en", [TR], ["review-request", "reworded"], "neutral review request written freely, far from en/review-request; not an inducement", """
Hi Leo,

Now that you've had the brush for a few weeks, we'd be grateful to hear how it's going. Other shoppers find real-world impressions really useful, so if you feel like writing a few lines on the product page, good or bad, we'd appreciate it.

Julian at Velisse
""")
free(RW, "en", [TR], ["usage", "no-template"], "use the mask on bare skin, skincare afterwards", """
Hi Zara,

It's best to use the mask on bare skin: thick creams and anything with SPF can block part of the light. Cleanse, pat dry, do your session, and then apply serums and moisturiser afterwards, when your skin is ready for them.

Warmly,
Hannah
""")
free(RW, "en", [TR], ["heat", "reworded"], "hissing on damp hair, lower heat for fine hair; near en/straightener/heat-guide topic", """
Hello Ms. Gallagher,

The hissing you heard is water turning to steam, which means the hair was still damp. Please blow-dry completely before using the SilkPress; pressing hot plates on wet strands can leave them brittle. For your fine, colour-treated hair I'd keep it at 160 degrees or lower.

Best regards,
Caleb Lindgren
""")
free(RW, "en", [TR], ["analyser", "reworded"], "hydration score swings explained; topic of en/quick/analyser-readings", """
Hi Samuel,

A hydration score that jumps from 62 to 48 overnight is almost never your skin changing that fast. The sensor reacts to moisture from a recent face wash, room heating and even how hard you press. Try scanning each morning before any products, sensor flat against the cheek, and compare weekly averages instead of single days.

Simone
""")
free(RW, "en", [TR], ["usage", "no-template"], "diffuser and cool shot for curls", """
Hi Tamsin,

For curls, clip on the diffuser, set heat to medium and speed to low, and cup sections of hair into the bowl rather than moving the dryer around. Finish with the cool shot button for a few seconds to set the shape. This keeps frizz down noticeably.

All best,
Julian Ferreira
""")
free(RW, "en", [TR], ["session", "reworded"], "10-minute auto-off explained freely; topic of en/quick/mask-session", """
Hello Grace,

Nothing is broken. The mask is programmed to stop on its own after ten minutes so nobody overdoes it. Just tap the button if you want a second round on your neck, but leave your face alone for the rest of the day.

Hannah
""")
free(RW, "en", [TR], ["firmware", "no-template"], "analyser firmware update through the app", """
Hi Mr. Quinn,

The analyser gets new features through firmware updates inside the app. When the banner "Update available" appears on the device page, keep the analyser on its charger and the phone close by; the update takes about four minutes, and the ring light blinks white until it is finished. Don't close the app while it runs.

Kind regards,
Caleb Lindgren
""")
free(RW, "en", [TR], ["cleaning", "no-template"], "cleaning the LED mask (template covers the brush only)", """
Hi Ophelia,

To clean the inside of the mask, wipe the silicone with a soft cloth dampened with water and a drop of gentle cleanser after each use, then dry it with a lint-free towel. Keep water away from the controller socket, and store the mask in its pouch out of direct sunlight.

Simone Okoro
""")
free(RW, "zh", [TR], ["charging", "reworded"], "充电问题自由改写；主题同 zh/charging/led-mask", """
周先生您好，面罩充不进电，多半是充电头功率太小，电脑的 USB 口带不动。建议换成手机原装充电头试一下，插上一整晚。要是控制器上的小灯还是不亮，就按住圆形按键十秒钟左右，让电池保护重置。有结果了告诉我们。
何俊杰
""")
free(RW, "zh", [TR], ["heat", "cross-language"], "直发夹温度建议，模板只有英文版 (en/straightener/heat-guide)", """
钱女士您好：

您的头发比较细，又染过色，建议把 SilkPress 调到 160 度左右就够了，不需要开到最高。每次夹一小束，慢慢滑过去，一两次就好，不要在同一个地方停留。用之前记得先把头发完全吹干，再喷一点隔热喷雾。

唐思敏
""")
free(RW, "zh", [TR], ["error-light", "reworded"], "橙灯闪烁自由改写；主题同 zh/errors/dryer-lights", """
蒋先生您好，橙色灯一闪一闪，说明后面的进风网被头发和灰尘堵住了。关掉电源后把后盖逆时针转一下取下来，用旧牙刷刷干净再装回去，灯就会恢复正常。
苏雨晴
""")
free(RW, "zh", [TR], ["usage", "no-template"], "油性、易长痘皮肤的洁面仪使用频率", """
袁女士您好：

油性和容易长痘的皮肤，每天晚上用一次洁面仪就足够了，每次一分钟左右：T 区 20 秒，两颊各 15 秒，额头 10 秒。早上用清水或温和的洗面奶洗脸即可，用得太频繁反而会让皮肤更油。

何俊杰
""")
free(RW, "zh", [TR], ["analyser", "cross-language"], "检测分数波动，模板只有英文版 (en/quick/analyser-readings)", """
邵先生您好，每次检测的分数有高有低是正常的，洗完脸马上测、开着暖气、按压的力度不同，都会让水分值变化很大。建议每天早上护肤之前测一次，看一周的平均值会更有参考意义。
唐思敏
""")
free(RW, "zh", [TR], ["review-request", "reworded"], "自由写的中性邀评，与 zh/review-request 相差很远；不属于索评", """
杜女士您好！用了一段时间洁面仪，感觉怎么样？如果愿意的话，可以在商品页面写几句使用感受，不管好坏都欢迎，我们也会认真参考。谢谢！
苏雨晴
""")
free(RW, "zh", [TR], ["usage", "no-template"], "使用面罩时佩戴遮光眼罩", """
沈先生您好：

面罩的灯珠离眼睛很近，所以每次使用都请戴上附带的遮光眼罩。如果您的眼睛对光比较敏感，可以先选择较低的亮度，使用时闭上眼睛放松就好。

何俊杰
""")
free(RW, "zh", [TR], ["cleaning", "reworded", "traditional"], "刷頭清潔自由改寫；主題同 zh-tw/cleaning/brush-hygiene", """
周小姐 您好：

刷頭每次用完用溫水沖一沖就可以，一週再用一點洗手乳仔細搓洗一次。洗好後記得讓它立起來晾乾，不要一直放在潮濕的浴室裡。充電之前，底部的金屬觸點也要擦乾。

林佩珊
""")
free(RW, "zh", [TR], ["charging", "cross-language", "traditional"], "面罩充電，繁體回覆；模板只有簡體版 (zh/charging/led-mask) 和英文版", """
劉先生 您好：

面罩充不了電，通常是電源不夠力。請改用手機的充電頭，不要接電腦，線要插在控制器上。充電中燈號是琥珀色，充飽會變白色。如果插了半小時燈還是沒亮，長按電源鍵十秒試試看。

吳冠廷
""")
free(RW, "zh", [TR], ["app-pairing", "cross-language", "traditional"], "檢測儀配對，繁體回覆；模板只有簡體版 (zh/app/analyser-pairing) 和英文版", """
蘇先生 您好：

檢測儀連不上 App 的話，請先確認手機藍牙已開啟，接著按住檢測儀的按鍵三秒，看到藍色光圈開始閃就代表可以配對了。記得要從 Velisse Skin App 裡面新增裝置，不要從手機的藍牙設定直接連線。

吳冠廷
""")
free(RW, "mixed", [TR], ["cleaning", "bilingual"], "bilingual mask-cleaning advice; no template on this", """
Hi Ms. Wu, please don't put the mask's controller in water; just wipe the inside of the mask with a damp cloth after each use and let it dry before you put it away.

吴女士您好，控制器请不要沾水；每次用完用湿布擦一下面罩内侧，晾干后再收起来即可。

Caleb Lindgren
""")
free(RW, "mixed", [TR], ["usage", "code-switched"], "code-switched styling tips for the dryer", """
Hi Vivian，AeroLux 的 cool shot button 是用来定型的，吹完之后按住几秒，冷风会让 curls 更持久。如果想要 volume，可以先装上 concentrator nozzle，从发根往上吹。
唐思敏
""")

# --- mixed-logistics: logistics + a free non-logistics part ([template-required]) --
ML = "mixed-logistics"
free(ML, "en", [TR], ["replacement", "troubleshooting"], "replacement shipped + how to use the faulty mask meanwhile", """
Hi Vanessa,

Your replacement LumaGlow mask shipped today with UPS, tracking 1Z2Y61F40219938870, and should arrive on Friday. In the meantime, you can keep using the old one at intensity level 1, and if the flicker only shows on the blue setting, stick to red light until the new mask arrives.

Best,
Julian Ferreira
""")
free(ML, "en", [TR], ["return", "usage"], "return label + explanation of the first-use smell", """
Hello Mr. Petrov,

The return label is in your Amazon returns centre, and the refund will be issued once the carrier scans the parcel. By the way, the warm smell you noticed on the first use is normal: it's the protective coating on the heating element burning off, and it fades after two or three uses.

Regards,
Caleb Lindgren
""")
free(ML, "en", [TR], ["delivery", "usage"], "out for delivery + first-use advice for the analyser", """
Hi Anika,

Your order is out for delivery today. Once it arrives, charge the analyser fully before the first scan, and create your skin profile in the app first so your baseline is saved from day one.

Warmly,
Hannah
""")
free(ML, "en", [TR], ["gift", "skin-advice"], "gift delivery + sensitive-skin advice for the recipient", """
Dear Ms. Holloway,

Your gift order will arrive on Thursday in plain packaging, with no prices on the slip. Since your sister has sensitive skin, she may want to start with three-minute sessions on the lowest setting for the first week and only use the mask every other day.

Kind regards,
Simone Okoro
""")
free(ML, "en", [TR], ["delay", "usage"], "late parcel + heat setting for thick curly hair", """
Hi Rafael,

I'm sorry the parcel is late; USPS now shows delivery on Tuesday. About your question on hair type: with thick, curly hair, set the SilkPress to around 200 degrees and use thin sections so each pass is enough.

Best,
Caleb
""")
free(ML, "en", [TR], ["refund", "cleaning"], "refund of a returned brush + cleaning tip for the one kept", """
Hello Ms. Ito,

We've received your returned brush and the refund is on its way. For the brush you kept, rinse the head with warm water after each use and let it dry standing up; that keeps the silicone from turning cloudy.

Best wishes,
Julian
""")
free(ML, "en", [TR], ["customs", "usage"], "customs released + start on medium heat", """
Hi Mr. Delacroix,

Customs in Mexico released your parcel this morning, so the courier should deliver it in one or two days. When you first use the dryer, start on medium heat; the high setting gets very hot close to the scalp.

Regards,
Simone Okoro
""")
free(ML, "en", [TR], ["address", "usage"], "address updated + mask before bed", """
Hi Greta,

Your address is updated to 48 Larkspur Lane and the parcel will leave tomorrow. To answer your other question too: yes, the mask is fine to use before bed, just do it on clean skin before your night cream.

Thanks,
Hannah
""")
free(ML, "en", [TR], ["missing-item", "troubleshooting"], "missing eye shields shipped + controller freeze reset", """
Hello Mr. Nwosu,

The missing eye shields are on their way with USPS, tracking 9400 1152 7736 0094 1163 40. As for the controller freezing mid-session, hold the power button for 15 seconds to restart it; this clears the timer if a session was interrupted.

Kind regards,
Caleb Lindgren
""")
free(ML, "zh", [TR], ["exchange", "maintenance"], "换货已发出 + 滤网清理建议", """
潘女士您好，您的换货已经发出，UPS 单号 1Z5H70T30458813306，预计周三送达。另外，新吹风机到手后，建议每两周清理一次后盖的滤网，这样不容易过热。
苏雨晴
""")
free(ML, "zh", [TR], ["refund", "skin-advice"], "退款 + 皮肤干燥的护肤建议", """
程先生您好：

退货已收到，退款 79.99 美元今天会原路退回。另外您问的皮肤干燥问题，用完洁面仪后请尽快涂保湿霜，冬天可以把使用次数减少到隔天一次。

何俊杰
""")
free(ML, "zh", [TR], ["delivery", "usage"], "明天送达 + 第一次使用建议", """
丁女士您好，包裹预计明天送到，快递员会提前联系您。面罩到手后第一次使用，建议先用最低亮度照 5 分钟，看看皮肤的反应。
唐思敏
""")
free(ML, "zh", [TR], ["address", "app"], "地址已改 + App 登录问题", """
罗先生您好，地址已经帮您改成公司地址了，包裹周五送达。关于 App 登录不上的问题，请先退出账号，清除缓存后重新登录，一般就能恢复。
何俊杰
""")
free(ML, "zh", [TR], ["customs", "usage", "traditional"], "已通關 + 離子夾首次使用的氣味", """
謝小姐 您好：

您的包裹已經通過海關，預計後天送達。另外提醒您，離子夾第一次使用時可能會有一點味道，這是正常現象，用幾次之後就會消失。

林佩珊
""")
free(ML, "zh", [TR], ["replacement", "analyser", "traditional"], "補寄充電線 + 檢測分數的看法", """
鍾先生 您好：補寄的充電線明天會送到。檢測儀的分數每天不太一樣是正常的，建議固定在早上洗臉前檢測，比較容易看出變化。
吳冠廷
""")
free(ML, "mixed", [TR], ["delivered", "usage", "code-switched"], "English delivery notice + Chinese first-use tip for the new brush head", """
Hi Ms. Huang, your replacement brush head was delivered to the front desk this afternoon. 黄女士，新刷头第一次使用前先用温水冲一下，搭配温和的洁面乳，力度从最低档开始会比较舒服。
Simone Okoro / 唐思敏
""")

# --- violating: content policies (template-required per the judgement calls) ----
VI = "violating"
free(VI, "en", [RI], ["incentive", "template-based", "review-request"],
     "exact fill plus an appended free-brush-head-for-5-stars sentence (JC1)", """
Hello Harper,

We hope your PureWhirl Cleansing Brush PW2 from order 111-9026458-3317702 is working well for you. If you have a moment, would you share your experience in a review on Amazon? Your honest thoughts help other customers decide.

If you leave us a 5-star review, just reply with a screenshot and we will send you a free replacement brush head as a thank-you.

Thank you,
Caleb Lindgren
Velisse
""", tid="en/review-request",
     values={"buyer_name": "Harper", "model": "PureWhirl Cleansing Brush PW2",
             "order_id": "111-9026458-3317702", "agent_name": "Caleb Lindgren"}, jc=1)
free(VI, "en", [MKT], ["promo-code", "template-based"],
     "exact fill plus a P.S. announcing a new product with a discount code (JC1)", """
Hello Mrs. Ashworth,

Thanks for asking how to keep your PureWhirl Cleansing Brush clean. Silicone does not hold on to bacteria the way nylon bristles do, but a little routine care keeps it fresh:

- After each use, rinse the brush head under warm running water with the brush switched on at the lowest speed.
- Once a week, wash the bristles with a drop of mild, fragrance-free soap and rinse thoroughly.
- Pat the head dry with a clean towel and let it air-dry with the bristles facing up.
- Avoid alcohol, oil cleansers and boiling water, as they can make the silicone sticky.
- Store the brush outside the shower between uses so it can dry completely.

The brush is fully waterproof, but please dry the magnetic charging contacts before you put it back on the charger.

P.S. Our new PureWhirl travel case launches next week, and code GLOWUP15 takes 15% off it in our Amazon store.

Best wishes,
Julian Ferreira
Velisse Care Team
""", tid="en/cleaning/brush-hygiene",
     values={"buyer_name": "Mrs. Ashworth", "model": "PureWhirl Cleansing Brush",
             "agent_name": "Julian Ferreira"}, jc=1)
free(VI, "zh", [RI], ["incentive", "template-based", "review-request"],
     "exact fill plus 五星好评截图返现 sentence (JC1)", """
叶女士您好，

希望您在订单 112-4418305-9960271 中购买的 AeroLux AX1 吹风机 使用顺利。如果方便的话，欢迎在亚马逊上写一条评论，分享您的真实使用体验，这能帮助其他顾客做出选择。

给我们五星好评并把截图发过来，即可返现 10 美元。

谢谢！
苏雨晴
Velisse
""", tid="zh/review-request",
     values={"buyer_name": "叶女士", "order_id": "112-4418305-9960271", "model": "AeroLux AX1 吹风机",
             "agent_name": "苏雨晴"}, jc=1)
free(VI, "en", [OPC], ["email", "template-based"],
     "fill whose 'reply to this message' is swapped for an e-mail address (JC1)", """
Hi Mr. Fitzgerald,

We are sorry your DermaSight Skin Analyser DS3 has stopped working. It is covered by our two-year limited warranty, and we are glad to help.

To open the claim, please email these to warranty@velisse-care.com:
- a photo of the serial number label (on the handle or inside the case lid);
- a short video or photo that shows the fault;
- one line on when the problem started.

Order ID: 113-0657214-8803359
Case number: VW-24-09355

Once we have these, our team will reply within two business days with the next step.

Kind regards,
Hannah Brightwater
Velisse Warranty Team
""", tid="en/warranty/evidence",
     values={"buyer_name": "Mr. Fitzgerald", "model": "DermaSight Skin Analyser DS3",
             "order_id": "113-0657214-8803359", "case_id": "VW-24-09355",
             "agent_name": "Hannah Brightwater"}, jc=1)
free(VI, "zh", [OPC], ["im-handle", "template-based", "traditional"],
     "fill whose 'reply to this message' is swapped for a LINE account (JC1)", """
訂單編號：114-7390528-1146603
保固案件編號：VW-TW-30418

洪先生 您好：

很抱歉您的 SilkPress SP5 離子夾 無法正常運作。本產品享有兩年有限保固，我們會盡快協助您。

請加入我們的 LINE 官方帳號 @velisse_tw，並傳送：
1. 產品序號標籤的照片；
2. 顯示故障情形的短片或照片；
3. 問題開始發生的時間與簡短說明。

收到資料後，我們會在兩個工作天內回覆後續處理方式。

吳冠廷
Velisse 保固團隊
""", tid="zh-tw/warranty/evidence",
     values={"buyer_name": "洪先生", "model": "SilkPress SP5 離子夾", "order_id": "114-7390528-1146603",
             "case_id": "VW-TW-30418", "agent_name": "吳冠廷"}, jc=1)
free(VI, "en", [RI], ["gating", "template-based", "review-request"],
     "fill edited into review gating: ask only if happy, unhappy buyers message us instead (JC1)", """
Hello Imogen,

We hope your LumaGlow LED Face Mask from order 112-5583016-4470925 is working well for you. If you are happy with it, would you share your experience in a review on Amazon? If anything is less than perfect, please message us first instead of leaving a review.

Thank you,
Simone Okoro
Velisse
""", tid="en/review-request",
     values={"buyer_name": "Imogen", "model": "LumaGlow LED Face Mask",
             "order_id": "112-5583016-4470925", "agent_name": "Simone Okoro"}, jc=1)
free(VI, "mixed", [OPC], ["social-handle", "template-based", "bilingual"],
     "bilingual fill plus an invitation to message the seller on Instagram, in both languages (JC1)", """
Hi Ms. Lau, for the LumaGlow LG7 we recommend one 10-minute session a day, three to five times a week, on clean and dry skin. Results build up gradually, usually over four to eight weeks, so a steady routine helps, and please wear the eye shields every time. For more tips, send us a DM on Instagram @velisse.glow.

Ms. Lau您好，LumaGlow LG7 建议每天使用一次，每次 10 分钟，每周 3 到 5 次，使用前请保持皮肤清洁干燥。效果需要逐步累积，通常需要 4 到 8 周，请坚持规律使用，并且每次都佩戴护目眼罩。更多使用技巧，欢迎在 Instagram 上私信我们 @velisse.glow。

Simone Okoro
""", tid="bi/led-mask/session-guide",
     values={"buyer_name": "Ms. Lau", "model": "LumaGlow LG7", "agent_name": "Simone Okoro"}, jc=1)
free(VI, "en", [OPC], ["phone", "logistics"],
     "free-written delivery reply asking the buyer to text a gate code to a phone number (JC2)", """
Hi Mr. Albright,

Your straightener is out for delivery today with UPS, tracking 1Z7T55K40388129047. The driver could not get through the gate last time, so please text the gate code to our dispatch line at (312) 555-0168 and we will pass it on.

Thanks,
Julian Ferreira
""", jc=2)
free(VI, "zh", [OPC], ["im-handle", "logistics"],
     "free-written return-label reply that moves the buyer to WeChat (JC2)", """
严女士您好，

退货标签已经生成，请打印后贴在包裹外面，交到任意 UPS 网点即可。如果打印不方便，可以加我微信 velisse_kf06，我把标签图片直接发给您。

唐思敏
""", jc=2)
free(VI, "en", [OPC], ["url", "logistics"],
     "free-written tracking reply pointing to the seller's own tracking site (JC2)", """
Hello Ms. Kerrigan,

Your LumaGlow mask shipped this morning. You can follow the parcel on our own tracking page at https://track.velisse-shop.com/order/113-2884071-6650912 until it is delivered.

Best regards,
Caleb Lindgren
""", jc=2)
free(VI, "en", [OPC, TR], ["email", "troubleshooting"],
     "free-written troubleshooting that asks for a video by e-mail (JC3)", """
Hi Ms. Delgado,

A straightener that heats on one plate only usually has a loose connection in the hinge. Try pressing the plates together firmly for a few seconds while it warms up and see whether the second plate catches up.

If it still stays cold, please email a short video to simone.okoro@velisse-care.com so I can take a look.

Simone Okoro
""", jc=3)
free(VI, "zh", [OPC, TR], ["im-handle", "troubleshooting", "traditional"],
     "free-written troubleshooting that asks for a video over LINE (JC3)", """
羅小姐 您好：

潔面儀按了沒反應，多半是電量太低或充電觸點有水氣。請先用乾布擦乾底部的金屬點，再放回充電座充兩個小時。

如果還是沒反應，請加 LINE：velisse.tw，傳一段影片給我們看看。

林佩珊
""", jc=3)
free(VI, "zh", [RI, TR], ["incentive", "troubleshooting"],
     "free-written troubleshooting ending with 五星好评返现 (JC3)", """
您好，

检测仪的分数一直显示 0，多半是感应头上有保护膜没撕掉，或者脸上还有水。请撕掉保护膜，擦干皮肤后再测一次。

问题解决后，麻烦给个五星好评，截图发给我们可以返现 5 美元。

何俊杰
""", jc=3)
free(VI, "en", [RI, TR], ["five-star", "review-request"],
     "free-written review request that asks for five stars, far from en/review-request (JC4)", """
Hi Bianca,

So glad to hear the dryer has made mornings easier! If you could spare a minute to give it five stars on Amazon, it would mean the world to our small team.

Cheers,
Hannah
""", jc=4)
free(VI, "en", [RI, TR], ["change-review", "refund"],
     "refund of a return plus a request to remove a 1-star review (JC5)", """
Hello Mr. Harrington,

We received your returned hair dryer on Monday and issued a full refund of $119.99 to your original payment method today.

Now that everything is sorted out, would you consider removing the 1-star review you posted on the product page?

Best regards,
Julian Ferreira
""", jc=5)
free(VI, "mixed", [MKT, TR], ["promo-code", "cross-sell", "logistics", "bilingual"],
     "bilingual shipping update plus a cross-sell with a discount code (JC5)", """
Hi Ms. Chen,

Your replacement brush ships today with USPS and should arrive on Thursday. While you wait, our LumaGlow LED mask is 25% off this week with code VELISSE25, and it pairs perfectly with the brush.

陈女士您好，补发的洁面仪今天由 USPS 发出，预计周四送达。本周 LumaGlow LED 面罩使用优惠码 VELISSE25 可享七五折，和洁面仪搭配使用效果更好。

Simone Okoro / 唐思敏
""", jc=5)

# ===========================================================================
# Judgement calls (violating category) -- see README
# ===========================================================================
JUDGEMENT = OrderedDict([
    (1, ("A template fill with one violating sentence added, or with one template line swapped "
         "for a violating one (gift for 5 stars, 好评返现, review gating, a promo-code P.S., an "
         "e-mail address, a LINE account or Instagram handle instead of 'reply to this message'), "
         "expects only the content policy. interface.md defines `template-required` as a message "
         "that is not about logistics AND 'does not match any approved template closely enough'; "
         "these replies still match their template closely (difflib >= 0.70, own template nearest), "
         "so the template test is met and the violation is left to the content policy that names "
         "it. Using a template does not launder the added sentence: the content policy must still "
         "fire.", False)),
    (2, ("A free-written reply that is only about logistics (delivery, a return label, tracking) "
         "but gives a phone number, a WeChat id or a non-Amazon tracking link for that same "
         "logistics matter expects `off-platform-contact` only. The contact detail does not change "
         "the subject of the message, and interface.md exempts logistics messages from "
         "`template-required` whatever their wording.", False)),
    (3, ("A free-written non-logistics answer (troubleshooting) that also breaks a content policy "
         "(an e-mail address, a LINE account, 五星好评返现) expects both the content policy and "
         "`template-required`: it is not about logistics and matches no template, and the "
         "violation does not make it any closer to one.", True)),
    (4, ("A review request is not logistics (policy.md lists it as its own permitted message, "
         "separate from order completion). A free-written review request far from the neutral "
         "en/review-request template therefore expects `template-required`; when it also asks "
         "for five stars it expects `review-inducement` as well.", True)),
    (5, ("A logistics reply that adds a non-logistics violating part (a request to remove a "
         "review after a refund, a sale with a discount code) is no longer only about logistics: "
         "the added part is free, non-template, non-logistics text, exactly as in the "
         "mixed-logistics category, so it expects `template-required` together with the content "
         "policy.", True)),
])

# ===========================================================================
# Checks
# ===========================================================================
PH = re.compile(r"\{\{([a-z_]+)\}\}")
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT = {RI, OPC, MKT}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# (simplified, traditional) pairs where each form belongs to one script only;
# ambiguous characters (后, 周, 系, 里, 台, 干, 面, 于 ...) are left out.
ST_PAIRS = [(p[0], p[1]) for p in (
    "们們 这這 说說 请請 时時 间間 电電 话話 设設 备備 洁潔 肤膚 检檢 测測 仪儀 灯燈 闪閃 红紅 "
    "机機 订訂 单單 号號 码碼 货貨 运運 换換 谢謝 问問 题題 团團 队隊 务務 续續 过過 处處 让讓 "
    "会會 个個 对對 为為 与與 无無 开開 关關 应應 该該 实實 产產 费費 确確 认認 证證 据據 补補 "
    "评評 论論 价價 验驗 买買 卖賣 帮幫 亲親 专專 图圖 从從 内內 护護 线線 数數 头頭 长長 现現 "
    "页頁 东東 转轉 达達 楼樓 领領 还還 温溫 毛毛 刷刷 湿濕 浴浴 触觸 点點 连連 蓝藍 启啟 装裝 "
    "结結 况況 态態 读讀 写寫 样樣 边邊 则則 资資 级級 动動 后後 简簡 短短 钟鐘 筹籌 网網 络絡 "
    "车車 门門 馈饋 讯訊 气氣 复復 闭閉 纸紙 体體 压壓 罩罩 纹紋 觉覺 须須 预預 计計 邮郵 "
    "寄寄 签簽 收收 损損 坏壞 发發 发髮 减減 湾灣 台臺 叶葉 鸡雞 岁歲 业業 乐樂 药藥 显顯 "
    "疗療 医醫 敏敏 痒癢 热熱 适適 办辦 尽儘").split() if p[0] != p[1]]
SIMP_ONLY = {s for s, t in ST_PAIRS} - {"后", "台"}
TRAD_ONLY = {t for s, t in ST_PAIRS}
FOLD = {t: s for s, t in ST_PAIRS}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\u2B50\uFE0F]")
PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}-\d{4}\b")
ORDER = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
URL_MAIL = re.compile(r"https?://|www\.|\b[\w.-]+@[\w-]+\.[a-z]{2,}\b|\.com\b|\.net\b", re.I)
RISKY = re.compile(
    r"(?i)coupon|discount|promo|\bcode\s+(?-i:[A-Z0-9]{4,})\b|% off|\bsale\b|5-star|five[- ]star|\bstars?\b|"
    r"whatsapp|wechat|telegram|(?-i:\bLINE\b)|instagram|facebook|@\w|"
    r"微信|好评|好評|返现|返現|五星|优惠|優惠|折扣|七五折|私信|"
    r"if you are (happy|satisfied)|remove|positive review|gift card")
NOTE_TPL = re.compile(r"^((?:en|zh|zh-tw|bi)/[A-Za-z0-9/_.-]+):")
SIM_FAR = 0.55          # template-required replies must stay below this to every template
SIM_CLOSE = 0.70        # edited / template-based replies must reach this to their own template

FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)


def fold(s):
    return "".join(FOLD.get(c, c) for c in s)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def render(tid, values):
    return PH.sub(lambda m: values.get(m.group(1), ""), TEMPLATES[tid])


def skeleton(tid):
    return PH.sub("", TEMPLATES[tid])


def text_of(r):
    return r["text"] if r["text"] is not None else render(r["tpl"], r["values"])


def nearest_render(txt, values):
    """(best ratio, template id) over all templates rendered with the reply's values."""
    return max((ratio(txt, render(t, values)), t) for t in TEMPLATES)


def farthest_ok(txt):
    """Highest ratio of txt to any template skeleton, raw and with Traditional folded to Simplified."""
    best = (0.0, None)
    for t in TEMPLATES:
        sk = skeleton(t)
        best = max(best, (ratio(txt, sk), t), (ratio(fold(txt), fold(sk)), t))
    return best


def script_check(where, txt, traditional):
    han = set(CJK.findall(txt))
    if not han:
        return
    if traditional:
        check(not (han & SIMP_ONLY), f"{where}: simplified characters {sorted(han & SIMP_ONLY)}")
        check(len(han & TRAD_ONLY) >= 2, f"{where}: too few traditional markers")
    else:
        check(not (han & TRAD_ONLY), f"{where}: traditional characters {sorted(han & TRAD_ONLY)}")
        check(len(han & SIMP_ONLY) >= 2, f"{where}: too few simplified markers")


def self_check():
    # ---- templates ----
    for tid, body in TEMPLATES.items():
        names = PH.findall(body)
        check(names, f"{tid}: no placeholder")
        check("buyer_name" in names and "agent_name" in names, f"{tid}: greeting/sign-off placeholders missing")
        rest = PH.sub("", body)
        check("{" not in rest and "}" not in rest, f"{tid}: stray brace")
        check("\n\n\n" not in body, f"{tid}: two blank lines in a row")
        check(not EMOJI.search(body), f"{tid}: emoji")
        check(not URL_MAIL.search(body), f"{tid}: link or e-mail")
        check(not PHONE.search(body), f"{tid}: phone number")
        m = RISKY.search(body)
        check(not m, f"{tid}: risky wording {m.group(0) if m else ''}")
        lg = tlang(tid)
        check(lg in ("en", "zh", "zh-tw", "bi"), f"{tid}: unknown language folder")
        han = CJK.findall(body)
        if lg == "en":
            check(not han, f"{tid}: CJK in an English template")
        elif lg == "bi":
            paras = body.split("\n\n")
            check(len(paras) >= 2 and not CJK.search(paras[0]) and CJK.search(paras[1]),
                  f"{tid}: expected an English paragraph then a Chinese one")
        script_check(tid, body, lg == "zh-tw")
    check(18 <= len(TEMPLATES) <= 22, f"{len(TEMPLATES)} templates, expected about 20")
    check(any(t.count("/") >= 3 for t in TEMPLATES), "no template two folders deep")
    check(sum(len(b.splitlines()) <= 3 for b in TEMPLATES.values()) >= 2, "fewer than two very short templates")
    check(sum(tlang(t) == "bi" for t in TEMPLATES) >= 1, "no bilingual template")
    check(any(re.search(r"^[A-Za-z ]+: \{\{", b, re.M) for b in TEMPLATES.values()), "no label line like 'Model: {{model}}'")
    check(len(LONG_MASK) >= 150 and len(LONG_DRYER) >= 150 and len(LONG_CONCERN) >= 150, "long values too short")
    # ---- replies ----
    seen = set()
    for i, r in enumerate(REPLIES, 1):
        rid, cat, txt = r["id"], r["cat"], text_of(r)
        check(rid == f"t32-{i:03d}", f"{rid}: id out of sequence")
        check(txt and txt == txt.strip(), f"{rid}: empty or untrimmed text")
        check(txt not in seen, f"{rid}: duplicate text")
        seen.add(txt)
        check(cat in CATS and r["tags"][0] == cat, f"{rid}: tags[0] must be the category")
        check(len(set(r["tags"])) == len(r["tags"]), f"{rid}: duplicate tag")
        check(set(r["labels"]) <= POLICIES and len(set(r["labels"])) == len(r["labels"]), f"{rid}: bad labels")
        check(not PH.search(txt) and "{{" not in txt and "}}" not in txt, f"{rid}: unfilled placeholder")
        check("\n\n\n" not in txt, f"{rid}: two blank lines in a row")
        check(not EMOJI.search(txt), f"{rid}: emoji")
        for m in PHONE.finditer(txt):
            check(re.search(r"555-01\d\d$", m.group(0)), f"{rid}: phone number not 555-01xx: {m.group(0)}")
        # language and script
        han = CJK.findall(txt)
        words = re.findall(r"[A-Za-z]{2,}", txt)
        if r["lang"] == "en":
            check(not han, f"{rid}: CJK in an en reply")
        elif r["lang"] == "zh":
            check(len(han) > 3 * len(words), f"{rid}: zh reply is not mostly Chinese")
        elif r["lang"] == "mixed":
            check(han and len(words) >= 8, f"{rid}: mixed reply lacks one of the languages")
        else:
            check(False, f"{rid}: bad lang {r['lang']}")
        check(("traditional" in r["tags"]) <= (r["lang"] == "zh"), f"{rid}: traditional tag on a non-zh reply")
        script_check(rid, txt, "traditional" in r["tags"])
        # note and template reference
        m = NOTE_TPL.match(r["note"])
        if r["tpl"]:
            check(r["tpl"] in TEMPLATES, f"{rid}: unknown template {r['tpl']}")
            check(bool(m) and m.group(1) == r["tpl"], f"{rid}: note must start with '{r['tpl']}:'")
        else:
            check(not m, f"{rid}: note starts with a template id but the reply has none")
        for named in re.findall(r"\b(?:en|zh|zh-tw|bi)/[a-z0-9/-]*[a-z0-9]", r["note"]):
            check(named in TEMPLATES, f"{rid}: note names unknown template {named}")
        if r["values"] is not None:
            names = set(PH.findall(TEMPLATES[r["tpl"]]))
            check(set(r["values"]) == names, f"{rid}: values {sorted(r['values'])} != placeholders {sorted(names)}")
            for k, v in r["values"].items():
                check(v and "{{" not in v, f"{rid}: empty value for {k}")
                if k not in r["dropped"]:
                    check(v in txt, f"{rid}: value of {k} not in the text")
        # a clean reply (or one expecting only template-required) must not trip a content policy
        if not set(r["labels"]) & CONTENT:
            check(not URL_MAIL.search(txt), f"{rid}: link or e-mail in a reply without content label")
            check(not PHONE.search(txt), f"{rid}: phone number in a reply without content label")
            mm = RISKY.search(txt)
            check(not mm, f"{rid}: risky wording '{mm.group(0) if mm else ''}' in a reply without content label")
        # category rules
        if cat in ("filled-template", "logistics"):
            check(r["labels"] == [], f"{rid}: {cat} must expect []")
        if cat in ("rewritten", "mixed-logistics"):
            check(r["labels"] == [TR], f"{rid}: {cat} must expect [template-required]")
        if cat == "filled-template":
            canon = render(r["tpl"], r["values"])
            if "exact" in r["tags"]:
                check(txt == canon, f"{rid}: exact fill differs from the rendering")
            else:
                check("edited" in r["tags"], f"{rid}: fill is neither exact nor edited")
                check(txt != canon, f"{rid}: edited fill equals the rendering")
                r["sim"] = ratio(txt, canon)
                check(r["sim"] >= SIM_CLOSE, f"{rid}: edited fill ratio {r['sim']:.3f} < {SIM_CLOSE}")
                best, bt = nearest_render(txt, r["values"])
                check(bt == r["tpl"], f"{rid}: nearest template is {bt}, not {r['tpl']}")
        if cat == "violating":
            jc = r["jc"]
            check(jc in JUDGEMENT, f"{rid}: violating reply without a judgement call")
            check(set(r["labels"]) & CONTENT, f"{rid}: violating reply without a content policy")
            if jc in JUDGEMENT:
                check((TR in r["labels"]) == JUDGEMENT[jc][1], f"{rid}: labels disagree with judgement call {jc}")
            check((jc == 1) == (r["tpl"] is not None), f"{rid}: only call 1 is template-based")
            if r["tpl"]:
                r["sim"] = ratio(txt, render(r["tpl"], r["values"]))
                check(r["sim"] >= SIM_CLOSE, f"{rid}: template-based violation ratio {r['sim']:.3f} < {SIM_CLOSE}")
                best, bt = nearest_render(txt, r["values"])
                check(bt == r["tpl"], f"{rid}: nearest template is {bt}, not {r['tpl']}")
        if TR in r["labels"]:
            mx, arg = farthest_ok(txt)
            r["sim"], r["near"] = mx, arg
            check(mx < SIM_FAR, f"{rid}: ratio {mx:.3f} to {arg} is not < {SIM_FAR} for a template-required reply")
    # ---- coverage and balance ----
    used = Counter(r["tpl"] for r in REPLIES if r["cat"] == "filled-template")
    for tid in TEMPLATES:
        check(used[tid] >= 1, f"{tid}: no filled-template reply uses it")
    cat_n = Counter(r["cat"] for r in REPLIES)
    want = {"filled-template": 40, "logistics": 34, "rewritten": 26, "mixed-logistics": 16, "violating": 16}
    for c, n in want.items():
        check(abs(cat_n[c] - n) <= 3, f"{c}: {cat_n[c]} replies, expected about {n}")
    n = len(REPLIES)
    ln = Counter(lang_key(r) for r in REPLIES)
    for k, (lo, hi) in {"en": (0.50, 0.60), "zh": (0.21, 0.29), "zh (traditional)": (0.09, 0.15),
                        "mixed": (0.05, 0.11)}.items():
        check(lo <= ln[k] / n <= hi, f"language {k}: {ln[k] / n:.1%} outside {lo:.0%}-{hi:.0%}")
    ft = [r for r in REPLIES if r["cat"] == "filled-template"]
    ex = sum("exact" in r["tags"] for r in ft)
    check(abs(ex - (len(ft) - ex)) <= 2, f"filled-template: {ex} exact vs {len(ft) - ex} edited")
    lg = [r for r in REPLIES if r["cat"] == "logistics"]
    check(sum("short" in r["tags"] for r in lg) >= 3, "fewer than 3 short logistics replies")
    check(sum("question" in r["tags"] for r in lg) >= 3, "fewer than 3 logistics replies that ask a question")
    for t in ("leaking-parcel", "missing-item", "gift", "customs", "address", "return", "refund", "tracking"):
        check(any(t in r["tags"] for r in lg), f"no logistics reply tagged {t}")
    for r in REPLIES:
        obj = out_obj(r)
        check(json.loads(json.dumps(obj, ensure_ascii=False)) == obj, f"{r['id']}: JSON round trip")


def lang_key(r):
    return "zh (traditional)" if "traditional" in r["tags"] else r["lang"]


def out_obj(r):
    return OrderedDict([("id", r["id"]), ("text", text_of(r)), ("labels", r["labels"]),
                        ("lang", r["lang"]), ("tags", r["tags"]), ("note", r["note"]),
                        ("context", "reply")])

# ===========================================================================
# Writers
# ===========================================================================
def write_library():
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, body in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(body + "\n")


def write_jsonl():
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in REPLIES:
            f.write(json.dumps(out_obj(r), ensure_ascii=False) + "\n")


def cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


LANG_COLS = ["en", "zh", "zh (traditional)", "mixed"]
EXPECT = {"filled-template": "`[]`", "logistics": "`[]`", "rewritten": "`[template-required]`",
          "mixed-logistics": "`[template-required]`",
          "violating": "content policy (+ `template-required` per judgement call)"}
TPL_LANG = {"en": "en", "zh": "zh (Simplified)", "zh-tw": "zh (Traditional)", "bi": "en + zh"}


def write_readme():
    L = []
    a = L.append
    a("# t32: hand-labelled held-out test set for `template-required`\n")
    a("Everything here is produced by `gen.py`, which holds every template and reply as a literal. "
      "Run `python3 gen.py` to rewrite `library/`, `replies.jsonl` and this README; it checks "
      "the data before writing (nothing is written if that fails), reads the files back "
      "afterwards, and exits 1 if any check fails. Do not edit the outputs by hand.\n")
    a("The set was written from `interface.md` and `policy.md` only; no linter was run on it.\n")
    a("## Seller (invented)\n")
    a("**Velisse Beauty Tech** sells beauty devices on Amazon: the LumaGlow LG7 LED face mask "
      "(handheld rechargeable controller, eye shields), the PureWhirl PW2 silicone facial "
      "cleansing brush, the AeroLux AX1 ionic hair dryer, the SilkPress SP5 ceramic "
      "straightener, and the DermaSight DS3 skin analyser with the companion *Velisse Skin* app. "
      "Support agents write in English (Hannah Brightwater, Julian Ferreira, Simone Okoro, "
      "Caleb Lindgren), Simplified Chinese (苏雨晴, 何俊杰, 唐思敏) and Traditional Chinese "
      "(林佩珊, 吳冠廷). All people, order ids, case numbers, tracking numbers, handles, "
      "domains, e-mail addresses and phone numbers (US 555-01xx only) are invented.\n")
    a("## Files\n")
    a("| file | content |\n| --- | --- |")
    a("| `gen.py` | templates and replies as literals, writers, self-checks |")
    a("| `library/` | the approved templates, one `*.txt` each, nested folders; template id = path "
      "without `.txt`; placeholders `{{name}}`. Pass as `--templates library` |")
    a("| `replies.jsonl` | one reply per line: `id` (t32-001...), `text`, `labels` (expected policies; "
      "`[]` = nothing at warning or error level may be flagged), `lang` (`en`/`zh`/`mixed`), "
      "`tags` (`tags[0]` = category; `traditional` = Traditional Chinese), `note` (starts with "
      "the source template id and a colon when there is one), `context` (always `reply`) |")
    a("| `README.md` | this file |\n")
    a("## Templates\n")
    a("| id | lang | topic | layout | placeholders | lines | fills |")
    a("| --- | --- | --- | --- | --- | --- | --- |")
    for tid, body in TEMPLATES.items():
        ph = ", ".join(dict.fromkeys(PH.findall(body)))
        n = sum(1 for r in REPLIES if r["tpl"] == tid and r["cat"] == "filled-template")
        a(f"| `{tid}` | {TPL_LANG[tlang(tid)]} | {cell(TOPIC[tid])} | {cell(LAYOUT[tid])} | {ph} | "
          f"{len(body.splitlines())} | {n} |")
    a("")
    a("Topics are all non-logistics support: charging, cleaning and hygiene, skin sensitivity "
      "and patch tests, error and indicator lights, app pairing, analyser readings, heat "
      "settings, warranty evidence, and one neutral review request per language (allowed once "
      "per order).\n")
    a("## Counts\n")
    cnt = Counter((r["cat"], lang_key(r)) for r in REPLIES)
    a("| category | expected labels | " + " | ".join(LANG_COLS) + " | total |")
    a("| --- | --- | " + " | ".join("---" for _ in LANG_COLS) + " | --- |")
    for c in CATS:
        row = [cnt[(c, k)] for k in LANG_COLS]
        a(f"| {c} | {EXPECT[c]} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(cnt[(c, k)] for c in CATS) for k in LANG_COLS]
    a("| **total** | | " + " | ".join(map(str, tot)) + f" | {len(REPLIES)} |")
    a("| share | | " + " | ".join(f"{t / len(REPLIES):.0%}" for t in tot) + " | |\n")
    n_tr = sum(TR in r["labels"] for r in REPLIES)
    n_clean = sum(r["labels"] == [] for r in REPLIES)
    a(f"Replies expecting `template-required`: {n_tr}; expecting `[]`: {n_clean}; others "
      f"(content policy only): {len(REPLIES) - n_tr - n_clean}. Filled templates: "
      f"{sum('exact' in r['tags'] for r in REPLIES)} exact, {sum('edited' in r['tags'] for r in REPLIES)} "
      "lightly edited (a word changed, a line dropped or reordered, hard wrapping joined, a thanks / "
      "apology / wish added).\n")
    a("`lang` is `zh` for both scripts; Traditional replies carry the tag `traditional`. `mixed` "
      "replies are bilingual (an English paragraph and a Chinese one) or code-switched.\n")
    a("## Similarity checks (difflib `SequenceMatcher`, `autojunk=False`)\n")
    ed = [r["sim"] for r in REPLIES if r["cat"] == "filled-template" and "sim" in r]
    rw = [r["sim"] for r in REPLIES if r["cat"] == "rewritten"]
    ml = [r["sim"] for r in REPLIES if r["cat"] == "mixed-logistics"]
    vt = [r["sim"] for r in REPLIES if r["cat"] == "violating" and r["tpl"]]
    vf = [r["sim"] for r in REPLIES if r["cat"] == "violating" and TR in r["labels"]]
    top = max((r for r in REPLIES if TR in r["labels"]), key=lambda r: r["sim"])
    a(f"- Exact fills equal their template rendered with the listed values.")
    a(f"- Edited fills vs. their own template rendered with the same values: min {min(ed):.2f}, "
      f"max {max(ed):.2f} (required >= {SIM_CLOSE}); their own template is also the nearest of all "
      "templates rendered with those values.")
    a(f"- Template-based violating replies (call 1) vs. their own template: min {min(vt):.2f} "
      f"(required >= {SIM_CLOSE}, own template nearest).")
    a(f"- Replies expecting `template-required` vs. every template with placeholders removed, "
      f"compared as written and with Traditional characters folded to Simplified: rewritten max "
      f"{max(rw):.2f}, mixed-logistics max {max(ml):.2f}, violating max {max(vf):.2f} "
      f"(required < {SIM_FAR}; highest: {top['id']} vs `{top['near']}`).")
    a("- Other self-checks: ids in sequence, tags[0] = category, labels from the interface's "
      "policy names, script checks (no Simplified-only characters in Traditional text and the "
      "reverse), no emoji, placeholders all filled and every value present, phone numbers only "
      "555-01xx, no links / e-mail / phone / handles / promo or rating words in any reply "
      "without a content label, every template filled at least once, category and language "
      "shares near the brief.\n")
    a("These ratios only sanity-check the labels; they are not the linter's measure.\n")
    a("## Violating replies\n")
    a("| id | lang | labels | source | call | what it does |")
    a("| --- | --- | --- | --- | --- | --- |")
    for r in REPLIES:
        if r["cat"] != "violating":
            continue
        src = f"`{r['tpl']}`" if r["tpl"] else "free-written"
        lab = ", ".join(f"`{x}`" for x in r["labels"])
        what = NOTE_TPL.sub("", r["note"]).strip()
        a(f"| {r['id']} | {lang_key(r)} | {lab} | {src} | {r['jc']} | {cell(what)} |")
    a("")
    a("## Judgement calls\n")
    a("Violating replies. interface.md makes `template-required` a two-part test (the message is "
      "not about logistics, and it does not match an approved template closely enough) and gives "
      "each content problem its own policy. The labels follow from applying both parts as written:\n")
    for n, (txt, tr) in JUDGEMENT.items():
        ids = [r["id"] for r in REPLIES if r["jc"] == n]
        a(f"{n}. {txt} Expects `template-required`: {'yes' if tr else 'no'}. ({', '.join(ids)})")
    a("")
    def ids(pred):
        return ", ".join(r["id"] for r in REPLIES if pred(r))
    a("Other labelling decisions:\n")
    a("- Logistics = shipping, delivery, tracking, returns and refunds of returns, exchanges, "
      "cancellations, address changes, customs, and replacement shipments for a damaged, leaking "
      "or missing item. A logistics reply may ask a practical delivery question (which unit "
      "number, a safe place, hold or ship now, plain outer box) and stays `[]` "
      f"({ids(lambda r: r['cat'] == 'logistics' and 'question' in r['tags'])}).")
    a("- A reply that answers a topic whose template exists only in another language or script "
      "(Chinese answer to an English-only topic; a Traditional answer where only a Simplified "
      "template exists) is free text and expects `template-required`; these were written freely, "
      "not converted, and stay below the similarity bound even after Traditional-to-Simplified "
      f"folding ({ids(lambda r: 'cross-language' in r['tags'])}).")
    a("- A neutral review request written freely "
      f"({ids(lambda r: r['cat'] == 'rewritten' and 'review-request' in r['tags'])}) is not "
      "`review-inducement` but is non-logistics and matches no template: `[template-required]`. "
      "Fills of the neutral review-request templates expect `[]` "
      f"({ids(lambda r: r['cat'] == 'filled-template' and 'review-request' in r['tags'])}).")
    a("- Long values (150+ character product titles or a sentence in `{{concern}}`), two order "
      "ids in one slot, two agent names in `{{agent_name}}` and a buyer name such as \"Ms. Zhao\" "
      "inside the Chinese paragraph are still fills and expect `[]` "
      f"({ids(lambda r: r['cat'] == 'filled-template' and ('long-value' in r['tags'] or 'two-orders' in r['tags']))}, t32-039, t32-040).")
    a("- Joining the hard-wrapped lines of a template "
      f"({ids(lambda r: 'reflowed' in r['tags'])}) is a light edit, not a rewrite: `[]`.")
    a("- \"at no cost to you\", 不需要寄回, replacements and refunds of returns are remedies, not "
      "promotions or incentives: `[]`.")
    a("- An invitation to DM on Instagram is labelled `off-platform-contact` only (a contact "
      "channel outside Amazon); it is not a follow-us or promotional pitch, so no `marketing` "
      f"({ids(lambda r: 'social-handle' in r['tags'])}).")
    a("- \"one line on when the problem started\" in en/warranty/evidence is ordinary English, "
      "not the LINE app; fills of that template expect `[]`.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def read_back():
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    check(len(rows) == len(REPLIES), "replies.jsonl: row count")
    for row, r in zip(rows, REPLIES):
        check(row == json.loads(json.dumps(out_obj(r), ensure_ascii=False)), f"{r['id']}: read-back mismatch")
        check(list(row) == ["id", "text", "labels", "lang", "tags", "note", "context"], f"{r['id']}: key order")
    lib = os.path.join(HERE, "library")
    found = sorted(os.path.relpath(os.path.join(d, n), lib)[:-4].replace(os.sep, "/")
                   for d, _, fs in os.walk(lib) for n in fs if n.endswith(".txt"))
    check(found == sorted(TEMPLATES), "library/: unexpected file set")
    for tid in TEMPLATES:
        with open(os.path.join(lib, tid + ".txt"), encoding="utf-8") as f:
            check(f.read() == TEMPLATES[tid] + "\n", f"library/{tid}.txt: read-back mismatch")


def main():
    self_check()
    if not FAILS:
        write_library()
        write_jsonl()
        write_readme()
        read_back()
    cats = Counter(r["cat"] for r in REPLIES)
    langs = Counter(lang_key(r) for r in REPLIES)
    print(f"templates: {len(TEMPLATES)}  replies: {len(REPLIES)}")
    print("categories:", ", ".join(f"{c} {cats[c]}" for c in CATS))
    print("languages:", ", ".join(f"{k} {langs[k]}" for k in LANG_COLS))
    if FAILS:
        for m in FAILS:
            print("FAIL:", m, file=sys.stderr)
        print(f"{len(FAILS)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
