#!/usr/bin/env python3
"""Source of truth for the t34 held-out test set of the `template-required` policy.

Invented seller: Kestrelkin Toys & Games, an Amazon seller of board games with many
pieces (Harbor Lights, Dragon's Pantry, Starlit Caravan), remote-control cars with
rechargeable batteries (Kestrel Dune Racer RC-12, Storm Buggy RC-20, Mini Crawler
RC-5), GearWorks STEM building kits and Pip, a coding robot driven by the
Kestrelkin Code app.

Every template and every reply is a literal in this file.  `python3 gen.py` writes
library/, replies.jsonl and README.md next to this file, then self-checks the
result; it exits 1 when a check fails (and writes nothing in that case).
Standard library only.
"""
import difflib
import json
import os
import re
import shutil
import statistics
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t34"


def T(s):
    """Literal block -> text: drop the surrounding newlines and trailing spaces."""
    return "\n".join(line.rstrip() for line in s.strip("\n").split("\n")).strip()


# ===========================================================================
# Templates: library/<id>.txt.  Folder en/, zh/ (Simplified), zh-tw/
# (Traditional) or bilingual/ (English paragraph followed by its Chinese
# version).  TOPIC and LAYOUT are for the README only.
# ===========================================================================
TEMPLATES = OrderedDict()
TOPIC = {}
LAYOUT = {}


def tpl(tid, topic, layout, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = T(text)
    TOPIC[tid] = topic
    LAYOUT[tid] = layout


tpl("en/pieces/identify-missing", "missing piece: help the buyer identify it", "numbered steps", """
Hi {{buyer_name}},

Thank you for letting us know that something seems to be missing from your copy of {{game}}.

Before we go further, could you help us pin down exactly which piece it is?

1. Lay out everything from the box and sort it by type: boards, cards, tokens and miniatures.
2. Open the rulebook to the Components page and tick off each item against the list.
3. Check inside the box insert and under the game board, where small tokens often hide.
4. Count the cards deck by deck; the number for each deck is printed on the Components page.
5. Tell us the name or the picture number of anything that is still not there.

Once we know the exact piece, we can explain what it does in the game and what happens next.

Warm regards,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("en/pieces/piece-confirmation", "missing piece: confirm which piece it is", "label lines", """
Hello {{buyer_name}},

Thanks for the photo. This is the piece we believe you are looking for:

Game: {{game}}
Piece: {{piece}}
Quantity in a complete box: {{quantity}}
Listed on: the Components page of the rulebook

Small pieces sometimes slip under the cardboard insert or stay inside a card wrapper, so it is worth one more look there. If it is still missing, just reply in this thread and we will confirm the next step with you.

Best,
{{agent_name}}
Kestrelkin Toys
""")

tpl("en/rc/battery-charging-safety", "RC car battery charging safety", "bullets", """
Dear {{buyer_name}},

Thank you for asking about charging the battery of your {{model}}. Please keep these points in mind every time you charge:

- Use only the USB charging cable that came in the box, connected to a 5V phone adapter or a computer port.
- Let the battery cool for 15 minutes after driving before you start charging.
- Charge on a hard, non-flammable surface and never leave the battery charging overnight or unattended.
- The charger light turns from red to green when the pack is full, which usually takes about 90 minutes.
- Do not use a battery that is swollen, dented or hot to the touch; stop using it and let us know.
- Store the battery unplugged in a cool, dry place, about half charged if the car will sit unused for a month or more.

An adult should always connect and disconnect the battery, as the plug is not meant for children to handle.

Kind regards,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("en/rc/transmitter-pairing", "RC car and remote pairing (binding)", "numbered steps", """
Hi {{buyer_name}},

Sorry that your {{model}} is not responding to the remote. The car and the remote need to be paired again, which takes less than a minute:

1. Switch the remote off and put the car on a flat surface.
2. Switch the car on first; its headlights will blink quickly.
3. Within 10 seconds, switch the remote on and pull the throttle trigger back once.
4. When the headlights stay on, the car and the remote are paired.
5. If the lights keep blinking, replace the four AA batteries in the remote and try again.

Please keep other 2.4 GHz toys switched off nearby while you pair, as they can interfere.

Best wishes,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("en/robot/app/bluetooth-pairing", "coding robot: connect to the Kestrelkin Code app", "numbered steps", """
Hello {{buyer_name}},

Thanks for getting in touch about connecting {{robot}} to the Kestrelkin Code app.

1. Charge the robot until the ring light on its head is solid green.
2. Turn on Bluetooth on your tablet or phone; you do not need to pair the robot in the system Bluetooth settings.
3. Open the Kestrelkin Code app and allow the location or nearby devices permission when asked.
4. Tap Connect, then hold the robot's power button for 3 seconds until the ring light turns blue.
5. Choose the robot named {{robot_code}} in the list; the code is printed inside the battery cover.

If the robot does not appear, close the app completely, switch the robot off and on, and start again from step 4.

Happy coding,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("en/safety/age-guidance", "age and small-parts guidance", "hard-wrapped lines", """
Dear {{buyer_name}},

Thank you for asking whether {{product}} is suitable for a child
aged {{child_age}}. The recommended age printed on the box is
{{age_rating}}.

It contains small parts that could be a choking hazard, so it is
not suitable for children under 3, and younger brothers and sisters
should not play with it unsupervised. We suggest that an adult helps
with the first sessions and puts loose pieces back in the storage
tray afterwards.

Children a little below the recommended age often enjoy it together
with an adult, who handles the small parts and any batteries.

Kind regards,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("en/rules/harbor-lights/storm-cards", "rules clarification: Harbor Lights storm cards", "bullets, greeting + sign-off", """
Hi {{buyer_name}},

Great question about the Storm cards in Harbor Lights. Here is how they work:

- A Storm card is resolved at the start of the round in which it is drawn, before any player moves.
- Every ship on a sea space touching the storm's region loses one cargo cube of its owner's choice.
- Ships that are inside a harbor are safe and lose nothing.
- The lighthouse keeper may spend one lantern token to cancel the storm for a single ship.
- Once resolved, the card is placed face up beside the board and does not go back into the deck.

We hope this settles it for your next game.

Best regards,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("en/rules/rulebook-reference", "rules clarification: point to the rulebook page", "short (2 lines)", """
Hi {{buyer_name}}, the rule you asked about is explained on page {{page}} of the {{game}} rulebook, in the section "{{section}}".
If anything on that page is still unclear, just ask here. {{agent_name}}, Kestrelkin Toys
""")

tpl("en/warranty/evidence-request", "warranty claim: evidence needed", "bullets + label lines", """
Hello {{buyer_name}},

We are sorry that your {{model}} has stopped working. To check it under our 12-month warranty, please attach the following to your reply in this thread:

- A short video showing the problem, for example the wheels not turning when you use the remote
- A photo of the label under the car with the batch number
- A photo of the battery pack and its charging cable

Order: {{order_id}}
Warranty case: {{case_id}}

Once we have these, we will look into the case within two business days and let you know the outcome.

Sincerely,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("en/review-request", "neutral review request (once per order)", "short paragraphs, greeting + sign-off", """
Hello {{buyer_name}},

Thank you for choosing {{product}} (order {{order_id}}).

When you have had a chance to play with it, would you share your experience in a review on Amazon? Honest reviews, whatever they say, help other families pick the right toy.

Thank you,
{{agent_name}}
Kestrelkin Toys
""")

tpl("en/short/photos-received", "acknowledge photos, promise an answer", "short (2 lines)", """
Thank you, {{buyer_name}}. We have received the photos of your {{product}} and are looking at them now.
We will reply in this thread by {{reply_date}} with what we found.
""")

tpl("en/stem/motor-check", "STEM kit: motor not turning", "asterisk bullets", """
Hi {{buyer_name}},

Sorry to hear the motor in your {{kit}} is not turning. In most cases one of these is the cause:

* Batteries: the battery box needs 3 fresh AA batteries, all facing the way shown inside the box.
* Switch: the slide switch on the battery box has three positions, and the middle one is off.
* Wires: the red wire goes to the motor terminal marked +, and both plugs must click into place.
* Gears: if the motor hums but nothing moves, a gear is pressed too tight; slide it 1 mm away from the frame.

Please try these in order and tell us which one made the difference, or whether none of them did.

Cheers,
{{agent_name}}
Kestrelkin Toys Support
""")

tpl("bilingual/robot-charging", "coding robot charging, English then Chinese", "English paragraph + Chinese version", """
Hi {{buyer_name}}, Pip charges through the USB-C port under its chin. A full charge takes about 2 hours and gives around 90 minutes of coding. Please use a 5V adapter and let an adult plug it in.

{{buyer_name}}您好，Pip 通过下巴下方的 USB-C 接口充电。充满电约需 2 小时，可连续编程使用约 90 分钟。请使用 5V 充电器，并由成人插拔充电线。

{{agent_name}}
""")

tpl("zh/pieces/missing-piece", "缺件确认", "标签行", """
{{buyer_name}}您好：

感谢您发来的照片，我们已经核对了《{{game}}》的配件清单。

游戏：{{game}}
配件：{{piece}}
完整盒内数量：{{quantity}}
清单位置：说明书“游戏配件”一页

请再检查一下盒内托盘下方和卡牌包装袋内，小配件常常会夹在里面。如果仍然找不到，请直接在此对话中回复我们，我们会告诉您下一步怎么处理。

祝您游戏愉快！
{{agent_name}}
Kestrelkin 玩具客服
""")

tpl("zh/rc/pairing", "遥控车与遥控器重新对频", "编号步骤", """
{{buyer_name}}，您好！

很抱歉您的{{model}}与遥控器失去了连接。重新对频的步骤如下：

1. 先关闭遥控器，把车放在平整的地面上。
2. 打开车身开关，车灯会快速闪烁。
3. 10 秒内打开遥控器，并将油门扳机向后扣一下。
4. 车灯常亮即表示对频成功。
5. 如果车灯一直闪烁，请更换遥控器里的 4 节 AA 电池后再试一次。

对频时请关闭附近其他 2.4GHz 遥控玩具，以免互相干扰。

{{agent_name}}
Kestrelkin 玩具客服
""")

tpl("zh/rc/battery-safety", "遥控车锂电池充电安全", "项目符号", """
{{buyer_name}}您好，

关于{{model}}锂电池的充电，请注意以下几点：

• 只使用包装内附带的 USB 充电线，连接 5V 手机充电头或电脑接口。
• 玩车结束后，先让电池冷却 15 分钟再充电。
• 请在坚硬、不易燃的台面上充电，不要整夜充电，也不要在无人看管时充电。
• 充电指示灯由红变绿表示已充满，一般需要约 90 分钟。
• 电池如有鼓包、变形或发烫，请立即停止使用并告诉我们。

充电过程请由成人操作，不要让孩子自行插拔电池。

谢谢！
{{agent_name}}
""")

tpl("zh/robot/app-pairing", "编程机器人连接 App", "第一步…第五步", """
{{buyer_name}}您好：

感谢联系我们。让{{robot}}连接 Kestrelkin Code App 的方法如下：

第一步：先给机器人充电，直到头顶的指示灯变成绿色常亮。
第二步：打开平板或手机的蓝牙，无需在系统设置里手动配对。
第三步：打开 App，出现定位或“附近设备”权限提示时请选择允许。
第四步：点击“连接”，长按机器人电源键 3 秒，直到指示灯变蓝。
第五步：在列表中选择名为 {{robot_code}} 的机器人，编号印在电池盖内侧。

如果列表中没有出现机器人，请完全关闭 App，重启机器人后再从第四步开始。

{{agent_name}}
Kestrelkin 玩具客服
""")

tpl("zh/review-request", "中性邀评（每个订单一次）", "短段落", """
{{buyer_name}}您好，

感谢您购买{{product}}（订单号：{{order_id}}）。

孩子玩过一段时间后，如果您愿意，欢迎在亚马逊商品页面分享您的真实使用体验。无论评价如何，都能帮助其他家庭选择合适的玩具。

谢谢！
{{agent_name}}
""")

tpl("zh-tw/safety/age-guidance", "適用年齡與小零件安全", "短段落", """
{{buyer_name}} 您好：

感謝您詢問{{product}}是否適合{{child_age}}的孩子。包裝上標示的建議年齡為{{age_rating}}。

本產品含有小零件，可能造成窒息危險，不適合 3 歲以下兒童；家中較小的弟弟妹妹請勿在無人看護時接觸。
建議第一次組裝或遊玩時由大人陪同，每次玩完後把零件收回收納盒。

祝孩子玩得開心！
{{agent_name}}
Kestrelkin 玩具客服
""")

tpl("zh-tw/rc/battery-charging", "遙控車鋰電池充電", "編號清單", """
{{buyer_name}} 您好，

關於{{model}}鋰電池的充電，請留意以下事項：

1. 僅使用隨附的 USB 充電線，連接 5V 手機充電器或電腦。
2. 遙控車使用後，請先讓電池冷卻 15 分鐘再充電。
3. 請在堅硬、不易燃的桌面上充電，切勿整夜或無人看管時充電。
4. 充電燈由紅轉綠代表已充飽，約需 90 分鐘。
5. 電池若有膨脹、變形或發燙，請立即停止使用並告訴我們。

謝謝您！
{{agent_name}}
""")

tpl("zh-tw/rules/storm-cards", "規則說明：港灣燈火暴風卡", "・項目符號", """
{{buyer_name}} 您好：

關於《港灣燈火》（Harbor Lights）的暴風卡，規則如下：

・暴風卡在抽到的那一回合開始時立即結算，在所有玩家移動之前處理。
・位於暴風區域相鄰海域的每艘船，須由船主自選失去一個貨物方塊。
・停在港口中的船隻不受影響。
・燈塔守護者可花費一個燈籠標記，替一艘船抵消這次暴風。
・結算後將卡片正面朝上放在遊戲板旁，不再放回牌堆。

希望以上說明對您有幫助，祝您遊戲愉快！
{{agent_name}}
""")


# ===========================================================================
# Replies
# ===========================================================================
REPLIES = []
CATS = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
TR = "template-required"
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
PH = re.compile(r"\{\{([a-z_]+)\}\}")


def tfolder(tid):
    return tid.split("/")[0]


def render(tid, values):
    return PH.sub(lambda m: values.get(m.group(1), ""), TEMPLATES[tid])


def _new_id():
    return f"{PREFIX}-{len(REPLIES) + 1:03d}"


def _tpl_lang_tags(tid, tags):
    f = tfolder(tid)
    lang = {"en": "en", "zh": "zh", "zh-tw": "zh", "bilingual": "mixed"}[f]
    if f == "zh-tw":
        tags = tags + ["traditional"]
    return lang, tags


def fill(tid, values, tags, note):
    """Exact fill: the text is the template rendered with values."""
    lang, tags = _tpl_lang_tags(tid, ["filled-template", "exact"] + tags)
    REPLIES.append(dict(id=_new_id(), cat="filled-template", tpl=tid, values=values,
                        text=render(tid, values), lang=lang, tags=tags, labels=[],
                        note=f"{tid}: exact fill; {note}", dropped=[], jc=None))


def edited(tid, values, tags, note, text, dropped=()):
    """Fill with light agent edits, written out in full."""
    lang, tags = _tpl_lang_tags(tid, ["filled-template", "edited"] + tags)
    REPLIES.append(dict(id=_new_id(), cat="filled-template", tpl=tid, values=values,
                        text=T(text), lang=lang, tags=tags, labels=[],
                        note=f"{tid}: edited fill; {note}", dropped=list(dropped), jc=None))


def free(cat, lang, labels, tags, note, text, tid=None, values=None, jc=None, trad=False):
    """Free-written reply (or, with tid, a template-based violating reply)."""
    tags = [cat] + tags + (["traditional"] if trad else [])
    REPLIES.append(dict(id=_new_id(), cat=cat, tpl=tid, values=values, text=T(text),
                        lang=lang, tags=tags, labels=list(labels),
                        note=(f"{tid}: {note}" if tid else note), dropped=[], jc=jc))


LONG_BUGGY = ("Kestrel Storm Buggy RC-20 1:14 Scale 4WD Off-Road Remote Control Car with "
              "Two Rechargeable 7.4V Batteries, 2.4 GHz Remote, All-Terrain Tires, Gift for "
              "Kids 8-12")

# --- filled-template: exact fills --------------------------------------------
FT = "filled-template"
fill("en/pieces/identify-missing",
     {"buyer_name": "Marguerite", "game": "Harbor Lights", "agent_name": "Callum Whitlock"},
     [], "plain values")
fill("en/pieces/piece-confirmation",
     {"buyer_name": "Mr. Brandvold", "game": "Dragon's Pantry", "piece": "Golden Spoon token",
      "quantity": "1", "agent_name": "Dana Ferreira"}, ["label-lines"], "label lines filled")
fill("en/rc/battery-charging-safety",
     {"buyer_name": "Theo", "model": "Kestrel Dune Racer RC-12", "agent_name": "Felipe Marchetti"},
     [], "plain values")
fill("en/rc/transmitter-pairing",
     {"buyer_name": "Ms. Kowalczyk", "model": LONG_BUGGY, "agent_name": "Imogen Tsai"},
     ["long-value"], "model slot holds a 150+ character Amazon product title")
fill("en/robot/app/bluetooth-pairing",
     {"buyer_name": "Anika", "robot": "Pip the Coding Robot", "robot_code": "PIP-7C31",
      "agent_name": "Callum Whitlock"}, ["nested"], "template two folders deep")
fill("en/safety/age-guidance",
     {"buyer_name": "Mrs. Haldane", "product": "the GearWorks Motor Lab", "child_age": "five",
      "age_rating": "8 years and up", "agent_name": "Dana Ferreira"},
     ["hard-wrapped"], "hard-wrapped template kept as rendered (line lengths now uneven)")
fill("en/rules/harbor-lights/storm-cards",
     {"buyer_name": "Declan", "agent_name": "Felipe Marchetti"}, ["nested"],
     "rules clarification, template two folders deep")
fill("en/rules/rulebook-reference",
     {"buyer_name": "Priyanka", "page": "14", "game": "Starlit Caravan",
      "section": "Trading at the Oasis", "agent_name": "Imogen Tsai"},
     ["short"], "two-line template")
fill("en/warranty/evidence-request",
     {"buyer_name": "Mr. Szabo", "model": "Kestrel Mini Crawler RC-5",
      "order_id": "112-5830147-9026614", "case_id": "KT-WR-30418",
      "agent_name": "Callum Whitlock"}, ["label-lines"], "plain values")
fill("en/review-request",
     {"buyer_name": "Grace", "product": "Harbor Lights Board Game",
      "order_id": "114-2087365-4419270", "agent_name": "Dana Ferreira"},
     ["review-request"], "neutral review request, once for this order")
fill("en/short/photos-received",
     {"buyer_name": "Hollis", "product": "GearWorks Sky Crane Kit",
      "reply_date": "Thursday, March 13"}, ["short"], "two-line template, no sign-off")
fill("zh/pieces/missing-piece",
     {"buyer_name": "孙女士", "game": "港湾灯火", "piece": "灯塔木质棋子", "quantity": "1 个",
      "agent_name": "许静怡"}, ["label-lines"], "game placeholder used twice")
fill("zh/rc/pairing",
     {"buyer_name": "黄先生", "model": "Kestrel 沙丘竞速遥控车 RC-12", "agent_name": "高子轩"},
     [], "plain values")
fill("zh/rc/battery-safety",
     {"buyer_name": "周女士", "model": "Kestrel 风暴越野遥控车 RC-20", "agent_name": "冯雨桐"},
     [], "plain values")
fill("zh/robot/app-pairing",
     {"buyer_name": "马先生", "robot": "Pip 编程机器人", "robot_code": "PIP-2B9E",
      "agent_name": "许静怡"}, [], "plain values")
fill("zh/review-request",
     {"buyer_name": "何女士", "product": "GearWorks 电机实验套装",
      "order_id": "113-6620481-7308152、114-0935716-2284450", "agent_name": "高子轩"},
     ["review-request", "two-orders"], "order_id slot holds two order ids joined by 、")
fill("zh-tw/safety/age-guidance",
     {"buyer_name": "鄭太太", "product": "GearWorks 電機實驗套裝", "child_age": "六歲",
      "age_rating": "8 歲以上", "agent_name": "劉家瑜"}, ["nested"], "plain values")
fill("zh-tw/rc/battery-charging",
     {"buyer_name": "王先生", "model": "Kestrel 沙丘競速遙控車 RC-12", "agent_name": "蔡承恩"},
     [], "plain values")
fill("zh-tw/rules/storm-cards",
     {"buyer_name": "許小姐", "agent_name": "劉家瑜"}, [], "rules clarification")
fill("bilingual/robot-charging",
     {"buyer_name": "Wen", "agent_name": "Imogen Tsai"}, ["bilingual"],
     "English paragraph and its Chinese version")

# --- filled-template: fills with light agent edits ---------------------------
edited("en/pieces/identify-missing",
       {"buyer_name": "Rosalind", "game": "Starlit Caravan", "agent_name": "Dana Ferreira"},
       ["thanks-added", "hope-this-helps"], "thanks for patience worked into the opening; 'Hope this helps!' added", """
Hi Rosalind,

Thank you for your patience over the weekend, and for letting us know that something seems to be missing from your copy of Starlit Caravan.

Before we go further, could you help us pin down exactly which piece it is?

1. Lay out everything from the box and sort it by type: boards, cards, tokens and miniatures.
2. Open the rulebook to the Components page and tick off each item against the list.
3. Check inside the box insert and under the game board, where small tokens often hide.
4. Count the cards deck by deck; the number for each deck is printed on the Components page.
5. Tell us the name or the picture number of anything that is still not there.

Once we know the exact piece, we can explain what it does in the game and what happens next. Hope this helps!

Warm regards,
Dana Ferreira
Kestrelkin Toys Support
""")
edited("en/pieces/piece-confirmation",
       {"buyer_name": "Jonah", "game": "Harbor Lights", "piece": "Lantern token (yellow, round)",
        "quantity": "12", "agent_name": "Felipe Marchetti"},
       ["line-dropped", "kids-wish"], "'Listed on' label line dropped; wish for the kids added", """
Hello Jonah,

Thanks for the photo. This is the piece we believe you are looking for:

Game: Harbor Lights
Piece: Lantern token (yellow, round)
Quantity in a complete box: 12

Small pieces sometimes slip under the cardboard insert or stay inside a card wrapper, so it is worth one more look there. If it is still missing, just reply in this thread and we will confirm the next step with you.

We hope the kids have a great time with the game!

Best,
Felipe Marchetti
Kestrelkin Toys
""")
edited("en/rc/battery-charging-safety",
       {"buyer_name": "Mr. Castellanos", "model": "Kestrel Dune Racer RC-12", "agent_name": "Imogen Tsai"},
       ["apology-wait", "reordered"], "apology for the slow reply; bullets 2 and 3 swapped", """
Dear Mr. Castellanos,

Sorry for the slow reply, and thank you for asking about charging the battery of your Kestrel Dune Racer RC-12. Please keep these points in mind every time you charge:

- Use only the USB charging cable that came in the box, connected to a 5V phone adapter or a computer port.
- Charge on a hard, non-flammable surface and never leave the battery charging overnight or unattended.
- Let the battery cool for 15 minutes after driving before you start charging.
- The charger light turns from red to green when the pack is full, which usually takes about 90 minutes.
- Do not use a battery that is swollen, dented or hot to the touch; stop using it and let us know.
- Store the battery unplugged in a cool, dry place, about half charged if the car will sit unused for a month or more.

An adult should always connect and disconnect the battery, as the plug is not meant for children to handle.

Kind regards,
Imogen Tsai
Kestrelkin Toys Support
""")
edited("en/rc/transmitter-pairing",
       {"buyer_name": "Bea", "model": "Kestrel Mini Crawler RC-5", "agent_name": "Callum Whitlock"},
       ["word-changed", "kids-wish"], "'Sorry that' -> 'Sorry to hear that'; 'four' dropped from step 5; 'Have fun on the trails!' added", """
Hi Bea,

Sorry to hear that your Kestrel Mini Crawler RC-5 is not responding to the remote. The car and the remote need to be paired again, which takes less than a minute:

1. Switch the remote off and put the car on a flat surface.
2. Switch the car on first; its headlights will blink quickly.
3. Within 10 seconds, switch the remote on and pull the throttle trigger back once.
4. When the headlights stay on, the car and the remote are paired.
5. If the lights keep blinking, replace the AA batteries in the remote and try again.

Please keep other 2.4 GHz toys switched off nearby while you pair, as they can interfere.

Have fun on the trails!

Best wishes,
Callum Whitlock
Kestrelkin Toys Support
""")
edited("en/robot/app/bluetooth-pairing",
       {"buyer_name": "Sunil", "robot": "Pip the Coding Robot", "robot_code": "PIP-0D58",
        "agent_name": "Dana Ferreira"},
       ["holiday-greeting", "word-changed"], "'Thanks' -> 'Thank you'; holiday greeting added before the sign-off", """
Hello Sunil,

Thank you for getting in touch about connecting Pip the Coding Robot to the Kestrelkin Code app.

1. Charge the robot until the ring light on its head is solid green.
2. Turn on Bluetooth on your tablet or phone; you do not need to pair the robot in the system Bluetooth settings.
3. Open the Kestrelkin Code app and allow the location or nearby devices permission when asked.
4. Tap Connect, then hold the robot's power button for 3 seconds until the ring light turns blue.
5. Choose the robot named PIP-0D58 in the list; the code is printed inside the battery cover.

If the robot does not appear, close the app completely, switch the robot off and on, and start again from step 4.

Happy holidays to you and your family!

Happy coding,
Dana Ferreira
Kestrelkin Toys Support
""")
edited("en/safety/age-guidance",
       {"buyer_name": "Ms. Whitcombe", "product": "the GearWorks Solar Rover Kit", "child_age": "six",
        "age_rating": "8 years and up", "agent_name": "Felipe Marchetti"},
       ["sentence-dropped", "hard-wrapped"], "last paragraph (playing below the age with an adult) dropped", """
Dear Ms. Whitcombe,

Thank you for asking whether the GearWorks Solar Rover Kit is suitable for a child
aged six. The recommended age printed on the box is
8 years and up.

It contains small parts that could be a choking hazard, so it is
not suitable for children under 3, and younger brothers and sisters
should not play with it unsupervised. We suggest that an adult helps
with the first sessions and puts loose pieces back in the storage
tray afterwards.

Kind regards,
Felipe Marchetti
Kestrelkin Toys Support
""")
edited("en/rules/harbor-lights/storm-cards",
       {"buyer_name": "Oona", "agent_name": "Imogen Tsai"},
       ["reordered", "hope-this-helps"], "bullets 3 and 4 swapped; closing line replaced by 'Hope this helps' + game-night wish", """
Hi Oona,

Great question about the Storm cards in Harbor Lights. Here is how they work:

- A Storm card is resolved at the start of the round in which it is drawn, before any player moves.
- Every ship on a sea space touching the storm's region loses one cargo cube of its owner's choice.
- The lighthouse keeper may spend one lantern token to cancel the storm for a single ship.
- Ships that are inside a harbor are safe and lose nothing.
- Once resolved, the card is placed face up beside the board and does not go back into the deck.

Hope this helps, and have fun at your next game night!

Best regards,
Imogen Tsai
Kestrelkin Toys Support
""")
edited("en/rules/rulebook-reference",
       {"buyer_name": "Mateo", "page": "22", "game": "Dragon's Pantry",
        "section": "When the Dragon Wakes", "agent_name": "Callum Whitlock"},
       ["apology-wait", "short"], "'sorry for the wait!' added to a two-line template", """
Hi Mateo, sorry for the wait! The rule you asked about is explained on page 22 of the Dragon's Pantry rulebook, in the section "When the Dragon Wakes".
If anything on that page is still unclear, just ask here. Callum Whitlock, Kestrelkin Toys
""")
edited("en/warranty/evidence-request",
       {"buyer_name": "Ms. Adeyemi", "model": "Kestrel Storm Buggy RC-20",
        "order_id": "113-7419026-5582031", "case_id": "KT-WR-30502", "agent_name": "Felipe Marchetti"},
       ["apology-wait", "word-changed"], "apology for the delay added; example in the first bullet changed to the steering", """
Hello Ms. Adeyemi,

Apologies for the delay in getting back to you. We are sorry that your Kestrel Storm Buggy RC-20 has stopped working. To check it under our 12-month warranty, please attach the following to your reply in this thread:

- A short video showing the problem, for example the steering not reacting when you turn the wheel on the remote
- A photo of the label under the car with the batch number
- A photo of the battery pack and its charging cable

Order: 113-7419026-5582031
Warranty case: KT-WR-30502

Once we have these, we will look into the case within two business days and let you know the outcome.

Sincerely,
Felipe Marchetti
Kestrelkin Toys Support
""")
edited("en/review-request",
       {"buyer_name": "Mr. and Mrs. Pruitt", "product": "Dragon's Pantry Cooperative Family Game",
        "order_id": "111-9350274-6618043", "agent_name": "Imogen Tsai"},
       ["review-request", "holiday-greeting"], "neutral request kept; holiday game-night wish added", """
Hello Mr. and Mrs. Pruitt,

Thank you for choosing Dragon's Pantry Cooperative Family Game (order 111-9350274-6618043). We hope it brings plenty of laughter to your holiday game nights.

When you have had a chance to play with it, would you share your experience in a review on Amazon? Honest reviews, whatever they say, help other families pick the right toy.

Thank you,
Imogen Tsai
Kestrelkin Toys
""")
edited("en/stem/motor-check",
       {"buyer_name": "Ellis", "kit": "GearWorks Motor Lab", "agent_name": "Dana Ferreira"},
       ["thanks-added", "word-changed"], "thanks for the photos added; 'tell us' -> 'let us know'", """
Hi Ellis,

Thanks for the clear photos. Sorry to hear the motor in your GearWorks Motor Lab is not turning. In most cases one of these is the cause:

* Batteries: the battery box needs 3 fresh AA batteries, all facing the way shown inside the box.
* Switch: the slide switch on the battery box has three positions, and the middle one is off.
* Wires: the red wire goes to the motor terminal marked +, and both plugs must click into place.
* Gears: if the motor hums but nothing moves, a gear is pressed too tight; slide it 1 mm away from the frame.

Please try these in order and let us know which one made the difference, or whether none of them did.

Cheers,
Dana Ferreira
Kestrelkin Toys Support
""")
edited("zh/pieces/missing-piece",
       {"buyer_name": "吴女士", "game": "星光商队", "piece": "骆驼商队卡", "quantity": "8 张",
        "agent_name": "冯雨桐"},
       ["apology-wait", "line-dropped"], "加了“抱歉让您久等了”；删去“祝您游戏愉快”", """
吴女士您好：

抱歉让您久等了。感谢您发来的照片，我们已经核对了《星光商队》的配件清单。

游戏：星光商队
配件：骆驼商队卡
完整盒内数量：8 张
清单位置：说明书“游戏配件”一页

请再检查一下盒内托盘下方和卡牌包装袋内，小配件常常会夹在里面。如果仍然找不到，请直接在此对话中回复我们，我们会告诉您下一步怎么处理。

冯雨桐
Kestrelkin 玩具客服
""")
edited("zh/rc/pairing",
       {"buyer_name": "郭先生", "model": "Kestrel 迷你攀爬遥控车 RC-5", "agent_name": "许静怡"},
       ["word-changed", "kids-wish"], "第 5 步措辞微调；加了“祝孩子玩得开心”", """
郭先生，您好！

很抱歉您的Kestrel 迷你攀爬遥控车 RC-5与遥控器失去了连接。重新对频的步骤如下：

1. 先关闭遥控器，把车放在平整的地面上。
2. 打开车身开关，车灯会快速闪烁。
3. 10 秒内打开遥控器，并将油门扳机向后扣一下。
4. 车灯常亮即表示对频成功。
5. 如果车灯还是一直闪烁，请换上新的 AA 电池后再试一次。

对频时请关闭附近其他 2.4GHz 遥控玩具，以免互相干扰。祝孩子玩得开心！

许静怡
Kestrelkin 玩具客服
""")
edited("zh/rc/battery-safety",
       {"buyer_name": "邓先生", "model": "Kestrel 沙丘竞速遥控车 RC-12", "agent_name": "高子轩"},
       ["thanks-added", "line-dropped"], "加了“感谢您的耐心等待”；删去充电时长一条", """
邓先生您好，

感谢您的耐心等待。关于Kestrel 沙丘竞速遥控车 RC-12锂电池的充电，请注意以下几点：

• 只使用包装内附带的 USB 充电线，连接 5V 手机充电头或电脑接口。
• 玩车结束后，先让电池冷却 15 分钟再充电。
• 请在坚硬、不易燃的台面上充电，不要整夜充电，也不要在无人看管时充电。
• 电池如有鼓包、变形或发烫，请立即停止使用并告诉我们。

充电过程请由成人操作，不要让孩子自行插拔电池。

谢谢！
高子轩
""")
edited("zh/robot/app-pairing",
       {"buyer_name": "谢女士", "robot": "Pip 编程机器人", "robot_code": "PIP-5A06", "agent_name": "冯雨桐"},
       ["holiday-greeting", "hope-this-helps"], "加了“新年快乐”和“希望对您有帮助”", """
谢女士您好：

新年快乐！感谢联系我们。让Pip 编程机器人连接 Kestrelkin Code App 的方法如下：

第一步：先给机器人充电，直到头顶的指示灯变成绿色常亮。
第二步：打开平板或手机的蓝牙，无需在系统设置里手动配对。
第三步：打开 App，出现定位或“附近设备”权限提示时请选择允许。
第四步：点击“连接”，长按机器人电源键 3 秒，直到指示灯变蓝。
第五步：在列表中选择名为 PIP-5A06 的机器人，编号印在电池盖内侧。

如果列表中没有出现机器人，请完全关闭 App，重启机器人后再从第四步开始。希望对您有帮助。

冯雨桐
Kestrelkin 玩具客服
""")
edited("zh/review-request",
       {"buyer_name": "韩先生", "product": "港湾灯火桌游", "order_id": "112-4471930-2265817",
        "agent_name": "许静怡"},
       ["review-request", "holiday-greeting"], "中性邀评不变；加了节日祝福", """
韩先生您好，

感谢您购买港湾灯火桌游（订单号：112-4471930-2265817）。

孩子玩过一段时间后，如果您愿意，欢迎在亚马逊商品页面分享您的真实使用体验。无论评价如何，都能帮助其他家庭选择合适的玩具。

祝您和家人节日快乐！谢谢！
许静怡
""")
edited("zh-tw/safety/age-guidance",
       {"buyer_name": "陳媽媽", "product": "港灣燈火桌遊", "child_age": "五歲",
        "age_rating": "8 歲以上", "agent_name": "蔡承恩"},
       ["apology-wait"], "加了「很抱歉讓您久等了」", """
陳媽媽 您好：

很抱歉讓您久等了。感謝您詢問港灣燈火桌遊是否適合五歲的孩子。包裝上標示的建議年齡為8 歲以上。

本產品含有小零件，可能造成窒息危險，不適合 3 歲以下兒童；家中較小的弟弟妹妹請勿在無人看護時接觸。
建議第一次組裝或遊玩時由大人陪同，每次玩完後把零件收回收納盒。

祝孩子玩得開心！
蔡承恩
Kestrelkin 玩具客服
""")
edited("zh-tw/rules/storm-cards",
       {"buyer_name": "張先生", "agent_name": "蔡承恩"},
       ["reordered", "word-changed"], "第 2、3 點對調；結尾改成「希望這樣說明清楚了」", """
張先生 您好：

關於《港灣燈火》（Harbor Lights）的暴風卡，規則如下：

・暴風卡在抽到的那一回合開始時立即結算，在所有玩家移動之前處理。
・停在港口中的船隻不受影響。
・位於暴風區域相鄰海域的每艘船，須由船主自選失去一個貨物方塊。
・燈塔守護者可花費一個燈籠標記，替一艘船抵消這次暴風。
・結算後將卡片正面朝上放在遊戲板旁，不再放回牌堆。

希望這樣說明清楚了，祝您和孩子們遊戲愉快！
蔡承恩
""")
edited("bilingual/robot-charging",
       {"buyer_name": "Lily", "agent_name": "Callum Whitlock"},
       ["bilingual", "thanks-added"], "'thanks for asking' added in both languages", """
Hi Lily, thanks for asking! Pip charges through the USB-C port under its chin. A full charge takes about 2 hours and gives around 90 minutes of coding. Please use a 5V adapter and let an adult plug it in.

Lily您好，谢谢您的询问！Pip 通过下巴下方的 USB-C 接口充电。充满电约需 2 小时，可连续编程使用约 90 分钟。请使用 5V 充电器，并由成人插拔充电线。

Callum Whitlock
""")
edited("bilingual/robot-charging",
       {"buyer_name": "Mr. Zhou", "agent_name": "Dana Ferreira"},
       ["bilingual", "holiday-greeting"], "Lunar New Year greeting added to both paragraphs", """
Hi Mr. Zhou, Pip charges through the USB-C port under its chin. A full charge takes about 2 hours and gives around 90 minutes of coding. Please use a 5V adapter and let an adult plug it in. Happy Lunar New Year!

Mr. Zhou您好，Pip 通过下巴下方的 USB-C 接口充电。充满电约需 2 小时，可连续编程使用约 90 分钟。请使用 5V 充电器，并由成人插拔充电线。新春快乐！

Dana Ferreira
""")

# --- logistics: free-written, only about shipping/delivery/returns (labels []) --
LOG = "logistics"
free(LOG, "en", [], ["tracking"], "tracking update with carrier and estimated date", """
Hi Corinne,

Thanks for checking in about order 113-2950648-1173025. Your copy of Harbor Lights left our warehouse on Monday with UPS, tracking number 1Z4W83E20391176548.

The carrier currently shows it at the Columbus sorting facility, with delivery expected on Thursday, March 20. You can follow each scan under Your Orders on Amazon.

Best regards,
Callum Whitlock
Kestrelkin Toys Support
""")
free(LOG, "en", [], ["birthday", "delivery-date"], "delivery before a birthday, fallback replacement shipment", """
Hello Marcus,

You asked whether the Kestrel Dune Racer RC-12 (order 112-7306158-4490327) will arrive before your son's birthday on Saturday. The parcel reached your local delivery station this morning and is scheduled to be delivered tomorrow, Friday, by 8 pm.

If it has not arrived by Friday evening, reply here and we will look at sending a replacement by one-day shipping so it is there in time.

Kind regards,
Imogen Tsai
""")
free(LOG, "en", [], ["gift-order", "gift-receipt"], "gift order: gift receipt, no prices on the slip", """
Dear Mrs. Oyelaran,

Yes, order 114-8812047-3350916 is marked as a gift. The packing slip in the box shows your gift message and no prices, and a gift receipt is included so your niece can exchange it if she already owns the game.

The parcel is going directly to the address in Madison and should arrive on Tuesday.

Warm wishes,
Dana Ferreira
Kestrelkin Toys Support
""")
free(LOG, "en", [], ["address"], "address changed before dispatch; address as label lines", """
Hi Gideon,

Good news: we caught order 111-4027719-8863542 before it left the warehouse and changed the delivery address to:

4417 Larkspur Lane, Apt 2B
Boise, ID 83706

The new address also shows under Your Orders now. The parcel is due to ship tomorrow, and nothing will go to the old address.

Thanks,
Felipe Marchetti
""")
free(LOG, "en", [], ["damaged-box", "replacement", "near-miss"], "crushed box, replacement shipped 'at no cost to you' (a remedy, not a promotion)", """
Hello Priya,

I'm sorry the outer box of your GearWorks Sky Crane Kit arrived with a crushed corner. We have shipped a replacement kit at no cost to you; the new tracking number is TBA402817765310 and Amazon expects it on Tuesday, March 25.

You don't need to send the damaged box back. If the carrier leaves a note about a second attempt, let us know and we will check the delivery with them.

Best,
Callum Whitlock
""")
free(LOG, "en", [], ["missing-parcel", "asks-buyer"], "parcel marked delivered but not found; practical questions as bullets", """
Hi Mr. Castillo,

I'm sorry your parcel hasn't turned up. The tracking for order 113-5064197-2218834 (USPS 9400111899223356410772) shows it as delivered on March 11 at 2:14 pm, left at the front door.

Could you help us with a few quick checks?
- Is there a side door, back porch or garage where carriers sometimes leave parcels?
- Does your building have a mail room or a package locker?
- Could a neighbor or someone else in the household have taken it in?

If it is still missing by Thursday, tell us here and we will open a claim with USPS and arrange a replacement shipment.

Regards,
Imogen Tsai
Kestrelkin Toys Support
""")
free(LOG, "en", [], ["return"], "how to start a return through Your Orders", """
Hello Delphine,

To send back the Starlit Caravan game from order 112-9183306-4475120, please start the return from Your Orders on Amazon and choose the reason that fits best. Amazon will show you the drop-off options and a prepaid label.

Please keep the game in its original box and tape the parcel well. Once the carrier scans the return, the refund goes back to your original payment method.

Kind regards,
Dana Ferreira
""")
free(LOG, "en", [], ["refund", "return"], "refund issued for a returned RC car", """
Hi Warren,

We received your returned Kestrel Mini Crawler RC-5 at our warehouse on March 4, and the refund of $49.99 for order 114-3370825-6601941 has now been issued to your original payment method. Banks usually take three to five business days to show it.

Thank you for sending it back so quickly.

Felipe Marchetti
Kestrelkin Toys
""")
free(LOG, "en", [], ["customs"], "customs: import fees deposit covers duties for a Canadian delivery", """
Dear Ms. Tremblay,

Your order 113-8820461-5097733 is shipping to Canada through AmazonGlobal. The import fees deposit you paid at checkout covers the customs duties and taxes, so there should be nothing to pay when the parcel is delivered.

If the courier asks you for a payment at the door, please do not pay it; reply here first and we will sort it out with the carrier. The parcel cleared customs in Toronto yesterday and should arrive within three business days.

Best regards,
Callum Whitlock
""")
free(LOG, "en", [], ["short", "tracking"], "one-line shipping notice in reply to a buyer question", """
Hi Raj, your order 114-6602935-1187406 shipped today with USPS, tracking 9400111899224471063895. It should arrive on Friday. - Felipe
""")
free(LOG, "en", [], ["short", "cancellation"], "short: cancellation done at the buyer's request", """
Thanks, Noor. Order 111-2285094-7730618 has been cancelled before it shipped, as you asked, so you will not be charged.

Imogen
""")
free(LOG, "en", [], ["locker", "asks-buyer"], "delivered to a locker; numbered questions about the pickup", """
Hello Mr. Henning,

According to the carrier, the GearWorks Solar Rover Kit from order 112-0047825-9936172 was delivered to an Amazon Locker on March 9.

To help us find it, could you tell us:
1. Which locker location you chose at checkout, or whether you meant it to come to your home address?
2. Whether you received a pickup notice from Amazon with the locker details?

Parcels stay in the locker for three days, so it is worth checking soon.

Kind regards,
Dana Ferreira
Kestrelkin Toys Support
""")
free(LOG, "en", [], ["split-shipment", "tracking"], "order split into two boxes from two warehouses", """
Hi Ingrid,

Your order 113-3905718-2046659 is coming in two boxes. Harbor Lights shipped yesterday with UPS (1Z9A60E70311829047) and arrives Wednesday. Dragon's Pantry ships tomorrow from a different warehouse and should follow on Friday; its tracking number will appear under Your Orders as soon as it is scanned.

Nothing is missing from the order, it is only split.

All the best,
Felipe Marchetti
""")
free(LOG, "en", [], ["wrong-item", "exchange", "return"], "wrong car sent: correct one shipped, return of the wrong one", """
Dear Mr. Lindahl,

I am sorry you received the Kestrel Mini Crawler RC-5 instead of the Kestrel Dune Racer RC-12 you ordered (order 111-7604293-5581027). The correct car shipped this morning, tracking TBA417733902846, expected on Monday.

For the wrong car, please start a return from Your Orders with the reason "Wrong item was sent". The prepaid label will be shown there, and the return costs you nothing.

With apologies,
Callum Whitlock
""")
free(LOG, "en", [], ["delivery-instructions", "asks-buyer"], "delivery instructions for a side gate; asks whether the gate is locked", """
Hi Tamsin,

Thanks for the note about leaving the parcel by the side gate. We can't change the carrier's instructions from our side, but you can add them under Your Account > Your Addresses > Delivery instructions, and the driver will see them for order 114-5028813-7739206.

Quick question so we can pass on the right details if the carrier contacts us: is the side gate locked during the day, and is there a dry spot behind it?

Cheers,
Imogen Tsai
""")
free(LOG, "en", [], ["delay"], "weather delay at a carrier hub, new estimated date", """
Hello Mrs. Baptiste,

I'm sorry your Dragon's Pantry game is running late. The carrier reported a weather delay at its Denver hub on Tuesday, and the new estimated delivery for order 112-8170364-4052991 is Monday, March 24.

We are watching the tracking and will write again if it slips further. If it hasn't arrived by Tuesday the 25th, please let us know and we will send a replacement.

Kind regards,
Dana Ferreira
""")
free(LOG, "en", [], ["gift-order", "birthday", "delivery-date"], "grandparent's gift order: address, no prices, arrives before the birthday", """
Dear Mr. Okwuosa,

Happy to help with the gift for your grandson. Order 113-9920541-6318874 is going to the address in Portland you entered, and the packing slip will not show any prices because you selected gift options.

Delivery is scheduled for Wednesday, April 2, two days before his birthday, so it should be there in good time. If you would rather it arrived closer to the day, the delivery options under Your Orders let you pick a later date.

Best wishes,
Felipe Marchetti
Kestrelkin Toys Support
""")
free(LOG, "en", [], ["return", "return-window"], "holiday return window still open for an unopened game", """
Hi Beatrix,

Yes, you can still return the unopened Starlit Caravan. Orders placed between November 1 and December 31 can be returned until January 31, so order 111-5536207-8094431 is still within the window.

Start the return from Your Orders and print the label there. Once the parcel is scanned at drop-off, the refund usually follows within a few days.

Regards,
Callum Whitlock
""")
free(LOG, "en", [], ["missing-parcel", "replacement"], "carrier confirmed loss; replacement robot shipped", """
Hello Jun,

UPS has confirmed that the parcel for order 114-2671843-0925517 was lost in transit. We have shipped a replacement Pip the Coding Robot with two-day shipping; the new tracking number is 1Z2F46A10327750164 and it should arrive on Thursday.

If the original parcel does turn up later, please refuse it or let us know and we will arrange its return.

Sorry for the trouble,
Imogen Tsai
Kestrelkin Toys Support
""")
free(LOG, "zh", [], ["tracking"], "物流追踪：承运商、运单号、预计送达", """
蒋女士您好，

您的订单 113-4469021-7750283 已于周二由 UPS 发出，运单号为 1Z8C27E40398814520。目前包裹已到达芝加哥转运中心，预计本周五送达。您也可以在亚马逊“我的订单”中随时查看物流进度。

许静怡
Kestrelkin 玩具客服
""")
free(LOG, "zh", [], ["address", "asks-buyer"], "发货前修改地址，并请买家确认门牌号", """
杨先生您好：

订单 112-3058746-1199420 还没有出库，我们已按您的要求把收货地址改为：2260 Maple Ridge Drive, Unit 1208, Plano, TX 75024。

想跟您再确认一下：门牌号是 1208 号，还是 12 楼 08 室？请回复确认后我们再安排发货，以免派送失败。

谢谢！
高子轩
""")
free(LOG, "zh", [], ["birthday", "delivery-date"], "孩子生日前能否送达", """
唐女士，您好！

您问到的 Kestrel 沙丘竞速遥控车 RC-12（订单号 111-6690327-4812590）能否在周六孩子生日前送达：包裹今天已经到达当地派送站，预计明天（周四）送达，时间上来得及。

如果周五晚上还没有收到，请直接在这里告诉我们，我们会安排加急补发。

冯雨桐
""")
free(LOG, "zh", [], ["damaged-box", "replacement"], "外箱压坏，已重新寄出", """
曹先生您好：

非常抱歉，《港湾灯火》的外包装在运输途中被压坏了。我们已经为您重新寄出一盒，新的运单号是 TBA419906255183，预计下周二送达。

损坏的那一盒无需寄回，您可以自行处理。

许静怡
Kestrelkin 玩具客服
""")
free(LOG, "zh", [], ["refund", "return"], "收到退货，退款原路退回", """
沈女士您好，

我们已于 3 月 6 日收到您退回的 GearWorks 天空起重机套装（订单号 114-1829460-6637015），39.99 美元的退款已原路退回您的付款账户，一般 3 到 5 个工作日到账。

感谢您的配合！
高子轩
""")
free(LOG, "zh", [], ["missing-parcel", "asks-buyer"], "显示已签收但未收到，编号列出需确认的问题", """
潘先生您好：

很抱歉您还没有收到包裹。物流信息显示订单 113-7712054-3380641 的包裹已于 3 月 12 日下午送达，放在前门。

麻烦您先帮忙确认几点：
1. 后门、车库或信箱附近有没有包裹？
2. 小区是否有物业或快递柜代收？
3. 家里其他人或邻居是否代签了？

如果到周四仍然找不到，请告诉我们，我们会向承运商提交调查并为您补发。

冯雨桐
""")
free(LOG, "zh", [], ["short", "cancellation"], "一句话：发货前已取消", """
您好，订单 112-9436015-5527730 已按您的要求在发货前取消，不会产生任何扣款。——高子轩
""")
free(LOG, "zh", [], ["gift-order", "gift-receipt"], "礼品订单：只显示祝福语、附礼品收据", """
罗女士您好，

这份订单（111-0375826-4418290）已设置为礼品订单，箱内的装箱单只显示您的祝福语，不显示价格，并附有礼品收据，方便收礼人需要时换货。

包裹会直接寄到您外甥女在西雅图的地址，预计周一送达。

许静怡
Kestrelkin 玩具客服
""")
free(LOG, "zh", [], ["tracking"], "出貨與追蹤號碼", """
黃先生 您好：

您的訂單 114-2093817-6650342 已於週一從倉庫出貨，由 UPS 配送，追蹤號碼為 1Z6E92A40355017283。目前包裹在洛杉磯轉運中心，預計週四送達。

您也可以在亞馬遜「您的訂單」頁面查看最新配送狀態。

劉家瑜
Kestrelkin 玩具客服
""", trad=True)
free(LOG, "zh", [], ["return"], "如何申請退貨", """
吳小姐 您好，

若要退回《星光商隊》（訂單號碼 112-6647093-2218805），請在亞馬遜「您的訂單」中申請退貨並選擇退貨原因，系統會提供預付標籤與寄件地點。

包裹經物流掃描後，退款會退回您原本的付款方式。

蔡承恩
""", trad=True)
free(LOG, "zh", [], ["delivery-date", "asks-buyer"], "需當面簽收，詢問是否有人在家或管理室代收", """
李先生 您好：

您的 Pip 程式設計機器人（訂單號碼 111-8830462-9917054）將於明天由貨運送達，需要當面簽收。

想請問兩件事，方便我們轉告貨運：
1. 明天白天家裡是否有人可以簽收？
2. 您的大樓是否有管理室可以代收包裹？

收到您的回覆後，我們會立即通知貨運公司。

劉家瑜
""", trad=True)
free(LOG, "zh", [], ["customs"], "寄往台灣：進口費用押金已涵蓋關稅", """
陳先生 您好，

您的訂單 113-5501628-7734096 是經由 AmazonGlobal 寄往台灣，結帳時支付的進口費用押金已涵蓋關稅與稅費，收貨時不需要另外付費。

包裹昨天已在桃園完成清關，預計兩到三個工作天內送達。如果物流人員要求您付款，請先不要支付，直接在這裡告訴我們。

蔡承恩
""", trad=True)
free(LOG, "mixed", [], ["tracking", "bilingual"], "bilingual tracking notice (English paragraph, then Chinese)", """
Hi Mei,

Your order 112-4408163-9952276 shipped today with UPS, tracking number 1Z3D71E20384417905, and should arrive on Wednesday, March 19.

梅女士您好，您的订单 112-4408163-9952276 今天已由 UPS 发出，运单号 1Z3D71E20384417905，预计 3 月 19 日（周三）送达。

Felipe Marchetti
""")
free(LOG, "mixed", [], ["tracking", "code-switched", "delivery-date"], "code-switched Chinese/English: shipped, tracking, change the delivery date", """
Hi Kevin，你的 order 114-7725039-3061884 已经 shipped 了，tracking number 是 TBA420561837902，预计 Friday 送到。如果 delivery 那天家里没人，可以在 Your Orders 里改 delivery date。

Imogen
""")
free(LOG, "mixed", [], ["refund", "return", "bilingual"], "bilingual refund-of-return notice", """
Hello Ms. Liang,

The return for order 113-0692274-5840319 has been received at our warehouse, and your refund of $64.99 was issued today. It should reach your card within 3-5 business days.

梁女士您好，我们的仓库已收到订单 113-0692274-5840319 的退货，64.99 美元的退款已于今天发出，预计 3 到 5 个工作日退回您的银行卡。

Dana Ferreira
""")

# --- rewritten: non-logistics, free-written or heavily reworded -------------
RW = "rewritten"
free(RW, "en", [TR], ["missing-piece"], "free-written piece identification from a photo (topic of en/pieces/piece-confirmation, no template wording)", """
Hi Marisa,

Oh no, sorry about that! Going by your photo, the thing that's gone walkabout is the little brass-colored compass. In Harbor Lights it only marks who takes the first turn, so nothing in the game depends on it, and a coin or a bottle cap works perfectly well in its place until it turns up.

Give us a shout if anything else in the box doesn't match the component list.

Cheers,
Callum
""")
free(RW, "en", [TR], ["battery-safety"], "battery warm after driving, written freely (topic of en/rc/battery-charging-safety)", """
Hello Mr. Ferraro,

A bit of warmth in the battery after twenty minutes of racing is completely normal, since lithium packs heat up as they deliver power. What isn't normal is a pack that's too hot to hold comfortably, smells odd, or looks puffy at the sides. Yours sounds like the normal kind, but do give it a quarter of an hour on the kitchen counter before it goes on the charger, and keep the charging to daytime when someone is around.

Imogen Tsai
""")
free(RW, "en", [TR], ["rc-pairing", "paraphrase"], "RC pairing steps paraphrased into one paragraph (topic of en/rc/transmitter-pairing)", """
Hi Rhiannon,

That blinking headlight pattern means the buggy has forgotten its remote. The trick is the order you power things up: car first, handset second, then a quick tug on the trigger while the lights are still flashing. Once they go steady, you're linked. Tired batteries in the handset are the usual reason this fails, so swap in a fresh set if the first try doesn't take.

Dana
Kestrelkin Toys
""")
free(RW, "en", [TR], ["robot-app"], "robot drops Bluetooth mid-lesson: power saving on the tablet (no template on this)", """
Hi Oskar,

Pip dropping the connection halfway through a lesson is almost always the tablet going into power saving. On Android, open Settings, find the Kestrelkin Code app under Battery and set it to Unrestricted; on an iPad, turn off Low Power Mode while coding. It also helps to keep the tablet within a couple of meters of Pip, because the Bluetooth range shrinks a lot through a sofa or a wall.

Let me know how the next lesson goes.

Felipe
""")
free(RW, "en", [TR], ["age-safety"], "age question for a four-year-old, free-written (topic of en/safety/age-guidance)", """
Dear Ms. Farrow,

Dragon's Pantry is labeled for ages 6 and up, mostly because the ingredient tokens are small enough to be swallowed and the recipe cards assume an early reader. Plenty of families play it with a four-year-old on their team: the grown-up reads the cards and looks after the tokens, and the little one rolls the dragon die and chooses where to go. Just keep the token bag out of reach when the game is packed away.

Best wishes,
Callum Whitlock
""")
free(RW, "en", [TR], ["rules", "near-miss"], "Starlit Caravan trading rule (no template); 'free action' is game vocabulary, not an offer", """
Hi Benedikt,

Yes, you may trade at an oasis on the same turn you arrive there. Movement ends when your caravan reaches the oasis, and trading is a free action afterwards, but only one trade per oasis per turn. The one exception is a sandstorm turn: if the sandstorm marker sits on that oasis, nobody can trade there until it moves on.

Happy travels across the dunes!
Imogen
""")
free(RW, "en", [TR], ["rules", "paraphrase"], "storm-card rules heavily reworded (topic of en/rules/harbor-lights/storm-cards)", """
Hi Fenna,

Short version: storms strike at the very beginning of the round they turn up in, before anybody sails. Any boat sitting next to the stormy region throws away one crate (the player picks which), while boats tucked into port ride it out untouched. If your group has a lighthouse keeper, they can burn a lantern to shield exactly one boat. Afterwards the card stays out of the deck for good, face up by the board.

Enjoy the voyage,
Felipe Marchetti
""")
free(RW, "en", [TR], ["warranty", "paraphrase"], "warranty evidence asked for in free wording (topic of en/warranty/evidence-request)", """
Hello Mr. Novak,

Sorry the Storm Buggy has given up on you. So we can sort out the warranty side, would you mind filming a ten-second clip of the car while you squeeze the trigger, so we can hear whether the motor spins? A snapshot of the sticker under the chassis would help too, since it tells us which production batch it came from. You can attach both right here in the message thread.

Thanks,
Dana Ferreira
""")
free(RW, "en", [TR], ["review-request", "neutral"], "neutral review request written freely, far from en/review-request: not a content violation, still non-template", """
Hi Soraya,

Now that the Sky Crane is built, we'd be glad to hear how the project went for you and your daughter. If you feel like writing a few lines about it on the Amazon product page, other parents deciding on a first building kit would find it useful, whatever your impression was.

All the best,
Callum Whitlock
""")
free(RW, "en", [TR], ["robot-app", "coding-help"], "coding lesson help: loop count in a maze (no template)", """
Hi Amara,

The maze in lesson 7 is a tricky one! Pip keeps bumping the wall because the loop repeats "move forward" four times, but the corridor is only three squares long. Change the number in the repeat block to 3, add a "turn right" block after the loop, and Pip should make it round the corner. The lightbulb button at the top of the lesson shows a hint if Emma gets stuck again.

Felipe
Kestrelkin Toys Support
""")
free(RW, "en", [TR], ["stem-build"], "STEM build help for one step of the booklet (no template)", """
Hello Joaquin,

In step 23 of the Sky Crane booklet the winch gear goes on the left axle, with the flat side facing the frame, which isn't obvious from the drawing. If it's on the right axle the string winds the wrong way and the hook rises when you expect it to drop. Slide it across, push the blue stopper back on, and the crane should lift properly.

Best,
Imogen Tsai
""")
free(RW, "en", [TR], ["short", "rc-troubleshooting"], "short: clicking noise is the slipper clutch", """
Thanks for the video, Hannah. That clicking is the slipper clutch doing its job: it lets the gears slip when the car hits a wall so nothing strips. Nothing is broken, and it stops once the wheels are free. - Dana
""")
free(RW, "en", [TR], ["battery-safety", "near-logistics"], "taking the RC battery on a flight: travel advice, not shipping of the order", """
Hi Mr. Quintero,

Good thinking to check before the trip. The RC-12 battery is a small 7.4V lithium-ion pack, well under the limits most airlines set, but lithium batteries generally have to travel in your carry-on rather than in checked luggage. Tape over the plug or put the pack in a small bag so the contacts can't touch anything metal, and leave it about half charged. It's worth a quick look at your airline's own rules before you fly.

Safe travels,
Callum Whitlock
""")
free(RW, "en", [TR], ["compatibility"], "battery compatibility between two cars the buyer owns (no template)", """
Hi Ezra,

The battery from the Dune Racer RC-12 will fit the Storm Buggy RC-20, since both use the same plug and the same 7.4V rating, so you can swap packs between the two cars. Keep in mind the RC-20 draws more power, so a pack that lasts 20 minutes in the RC-12 will give you a bit less in the bigger buggy.

Regards,
Imogen
""")
free(RW, "zh", [TR], ["missing-piece"], "根据照片自由回答缺的是哪个配件", """
卢女士您好！

从您发来的照片看，少的应该是那枚小小的黄铜色指南针，它在《港湾灯火》里只用来标记起始玩家，对游戏规则没有其他影响。在找到之前，先用一枚硬币代替完全没问题。盒子里其他东西如果和配件表对不上，随时告诉我们。

高子轩
""")
free(RW, "zh", [TR], ["rc-pairing", "paraphrase"], "对频步骤改写成一段话（zh/rc/pairing 的话题）", """
董先生您好，

车灯一直闪说明车子和遥控器“断开”了。关键在开机顺序：先开车，再开遥控器，然后趁车灯还在闪的时候轻扣一下油门，灯不闪了就说明连上了。如果试了几次都不行，多半是遥控器电量不足，换一组新电池基本就能解决。

冯雨桐
""")
free(RW, "zh", [TR], ["robot-app"], "旧款 iPad 系统版本过低，App 搜不到机器人（无模板）", """
钱女士您好：

Kestrelkin Code 需要 iPadOS 15 或更高版本，您提到的是一台 2016 年的 iPad，系统可能停留在 iPadOS 14，所以 App 一直搜不到 Pip。您可以在“设置 - 通用 - 关于本机”里看一下系统版本；如果无法升级，换一台较新的手机或平板来连接，Pip 的课程进度保存在账户里，换设备也不会丢。

许静怡
""")
free(RW, "zh", [TR], ["age-safety", "other-language-template"], "适用年龄问题：模板只有英文和繁体版，简体回答为自由文本", """
任先生您好！

GearWorks 电机实验套装建议 8 岁以上使用，主要是因为里面有不少螺丝、小齿轮这类小零件，而且需要装电池。您家孩子 5 岁的话，可以由大人一起动手：大人负责拧螺丝、装电池，孩子来选零件、按开关，玩的时候要盯紧，别让小零件进嘴里。

祝你们搭得开心！
高子轩
""")
free(RW, "zh", [TR], ["rules"], "《巨龙的食品柜》巨龙醒来规则（无模板）", """
田女士您好：

《巨龙的食品柜》里，巨龙醒来时只会偷走当前厨房格子里的食材，其他格子的食材不受影响。如果巨龙醒来时某位玩家正好站在厨房，这位玩家可以掷一次骰子，掷出 5 或 6 就能保住一份食材。被偷走的食材放回袋子，之后还有机会再抽到。

冯雨桐
""")
free(RW, "zh", [TR], ["battery-safety", "paraphrase"], "电池发热，自由改写（zh/rc/battery-safety 的话题）", """
彭先生，您好：

跑完一轮之后电池摸起来有点温热是正常现象，锂电池放电时都会发热。需要留意的是烫手、有异味或者外壳鼓起来的情况，这时候就别再用了，直接告诉我们。平时跑完车先放十几分钟，等电池凉下来再充，充电的时候家里最好有人在。

许静怡
""")
free(RW, "zh", [TR], ["warranty", "other-language-template"], "保修所需视频和照片，自由写法（模板只有英文版）", """
傅先生您好，

RC-20 突然不动了确实让人着急。为了走保修流程，麻烦您拍一段十秒左右的视频：一边扣动遥控器扳机，一边对着车子，让我们听听电机有没有声音。另外请拍一张车底贴纸的照片，上面有生产批次号。直接作为附件发在这个对话里就可以。

高子轩
""")
free(RW, "zh", [TR], ["robot-app", "other-language-template"], "機器人連線 App：模板只有英文與簡體版，繁體回答為自由文本", """
蘇小姐 您好：

Pip 不需要在手機的藍牙設定裡配對，這點很多家長都會卡住。請直接打開 Kestrelkin Code，按下「連線」，同時長按 Pip 頭上的電源鍵三秒，等頭頂的光圈變成藍色，清單裡就會出現它的名字。如果 App 問您要不要開啟定位權限，請按允許，否則會搜尋不到。

劉家瑜
""", trad=True)
free(RW, "zh", [TR], ["rc-pairing", "other-language-template"], "遙控車對頻，自由寫法（模板只有英文與簡體版）", """
謝先生 您好，

車燈一直閃就代表車子和遙控器沒有連上。請先開車子、再開遙控器，然後趁車燈還在閃的時候輕扣一下油門，燈號不再閃爍就完成了。如果還是不行，通常是遙控器的電池電量不足，換一組新電池再試一次即可。

蔡承恩
""", trad=True)
free(RW, "zh", [TR], ["missing-piece", "other-language-template"], "從照片判斷缺少的棋子（繁體無缺件模板）", """
羅太太 您好：

從照片看起來，您找不到的是《星光商隊》裡的紫色駱駝棋子。它在遊戲中代表第五位玩家，如果這次只有四個人玩，其實用不到它，可以先照常開始。其他配件若和說明書上的清單對不上，歡迎隨時告訴我們。

蔡承恩
""", trad=True)
free(RW, "mixed", [TR], ["battery-safety", "code-switched"], "code-switched battery charging answer (topic of the battery templates)", """
Hi Sophie，RC-12 的 battery 充满大概要 90 分钟，charger 上的灯从红色变绿色就是 full 了。充电的时候请放在 table 上，不要放在床上或者 sofa 上，也不要 overnight 充电。跑完车之后先等 battery 凉下来再充。

Dana
""")
free(RW, "mixed", [TR], ["rules", "bilingual"], "bilingual free rules answer for Dragon's Pantry (no template)", """
Hi Victor, in Dragon's Pantry the dragon only steals from the kitchen space it wakes up in; ingredients everywhere else are safe. A player standing in that kitchen may roll once and keeps one ingredient on a 5 or 6.

Victor您好，在《巨龙的食品柜》中，巨龙醒来时只偷走它所在厨房格子里的食材，其他地方的食材都不受影响。站在该厨房的玩家可以掷一次骰子，掷出 5 或 6 可保住一份食材。

Callum
""")

# --- mixed-logistics: logistics plus a free non-logistics part ---------------
ML = "mixed-logistics"
free(ML, "en", [TR], ["tracking", "game-tip"], "tracking + first-game setup tip", """
Hi Lorenzo,

Your Starlit Caravan game (order 111-3318406-7725049) shipped this morning with UPS, tracking 1Z5B08E20362241986, and should be with you on Tuesday.

A small tip for the first game: before you start, sort the market cards into the three eras printed on their backs and shuffle each era separately. Setup takes half the time that way, and new players find the first round much easier to follow.

Enjoy,
Imogen Tsai
""")
free(ML, "en", [TR], ["birthday", "battery-safety"], "out for delivery before a birthday + charging advice", """
Hello Mrs. Kaminski,

The Kestrel Storm Buggy RC-20 for order 112-5562901-3084417 is out for delivery today, so it will be there in time for Saturday's party.

One suggestion: charge the battery fully the evening before, because it ships only partly charged, and a full pack gives the birthday boy about 20 minutes of driving. Have an adult plug it in on a hard surface and unplug it once the light turns green.

Best wishes,
Callum Whitlock
""")
free(ML, "en", [TR], ["replacement", "game-tip"], "replacement cubes posted + how to play without them meanwhile", """
Hi Ravi,

We've put a replacement set of Harbor Lights cargo cubes in the post for order 114-9076215-4438860. It went out today by USPS First-Class, tracking 9400111899225583027741, and usually takes three to five days.

Until it arrives you can still play: use the cubes you have and give each player two fewer at setup. Ships fill up faster that way, so storms hurt a bit more, which many families actually prefer.

Regards,
Dana Ferreira
""")
free(ML, "en", [TR], ["return", "robot-app"], "how to return + a reset tip for the robot", """
Hello Mr. Ostrowski,

If you'd like to send Pip back, start the return from Your Orders on Amazon for order 113-2284750-6619032 and the prepaid label will be ready to print.

Before you pack it, it might be worth one more try: hold Pip's power button and the front sensor together for ten seconds to reset it, then reconnect it in the app. That clears most pairing problems, and if it works you can simply skip the return.

Kind regards,
Felipe Marchetti
""")
free(ML, "en", [TR], ["address", "age-safety"], "address change + small-parts advice for a toddler", """
Hi Annelise,

Done: order 111-8853107-2270546 will now go to your mother's address in Tucson instead of yours, and it ships tomorrow.

Since you mentioned your two-year-old will be at Grandma's too, please keep the GearWorks pieces in their tray and off the floor when the big kids aren't building. The screws and small gears are a choking hazard for little ones.

Thanks,
Imogen
""")
free(ML, "en", [TR], ["delay", "game-tip"], "one-day carrier delay + strategy tip the buyer asked for", """
Dear Mr. Whitford,

Sorry for the wait on Harbor Lights. The carrier shows a one-day delay at the Memphis hub, and the new delivery date for order 112-6607381-5509163 is Thursday, March 27.

Since you asked how to win more often against your teenagers: the lighthouse keeper role is stronger than it looks. Saving lanterns for the late storms usually protects more cargo than spending them early.

Best regards,
Callum Whitlock
""")
free(ML, "en", [TR], ["damaged-box", "replacement", "stem-build"], "torn box replaced + solar panel test tip", """
Hi Celeste,

I'm sorry the Solar Rover Kit box arrived torn. A replacement shipped today, tracking TBA423360918475, expected Friday. No need to return the damaged one.

While you wait, one tip for the build: the solar panel only turns the motor in direct sunlight or under a strong desk lamp, so test it near a window rather than under ceiling lights. Kids are often puzzled when it doesn't move indoors.

Best,
Dana Ferreira
""")
free(ML, "en", [TR], ["gift-receipt", "age-safety"], "gift receipt added + whether a ten-year-old can play alone", """
Hello Mr. Adebayo,

The gift receipt has been added to order 113-4471682-9930275, and the packing slip will show no prices. It arrives on Monday at your nephew's address.

As for your question about whether a ten-year-old can manage Starlit Caravan on his own: yes, though the first game goes more smoothly with the "short route" variant on page 4 of the rulebook, which leaves out the contracts until everyone knows the basics.

Warm regards,
Felipe Marchetti
""")
free(ML, "en", [TR], ["refund", "return", "rules"], "refund for a returned duplicate + rules clarification for the copy kept", """
Hi Gwen,

We've received the duplicate copy of Dragon's Pantry you sent back, and the refund for it (order 114-0258816-3371409) went to your card today.

For the copy you kept: your kids were right that the dragon die is rolled at the end of every turn, not every round. That's the most common mix-up, and it makes the game noticeably more exciting.

Cheers,
Imogen Tsai
""")
free(ML, "zh", [TR], ["tracking", "game-tip"], "发货通知 + 首局布置建议", """
袁女士您好，

您的《星光商队》（订单号 112-7193304-8826051）已于今天由 UPS 发出，运单号 1Z7H55E20371162839，预计下周一送达。

第一次玩的话，建议先按卡背上的三个时代把市场卡分开洗牌，布置游戏会快很多，新手也更容易上手。

冯雨桐
""")
free(ML, "zh", [TR], ["replacement", "age-safety"], "补寄缺少的齿轮 + 婴幼儿误吞提醒", """
蔡女士您好：

缺少的两枚齿轮已经为您补寄，运单号 9400111899226614803257，预计 3 到 5 天送达。

另外提醒一下，您提到家里还有一岁多的宝宝，GearWorks 的螺丝和小齿轮容易被误吞，拼装时请放在托盘里，玩完及时收好，不要掉在地上。

许静怡
""")
free(ML, "zh", [TR], ["address", "battery-safety"], "改地址 + 首次充电建议", """
魏先生您好，

订单 113-8806142-5517390 的收货地址已改为您公司的地址，明天发货，预计周四送达。

这款遥控车出厂时电池只充了一部分，收到后建议先充满再玩：放在结实的桌子上充，旁边有人看着，灯变绿就拔掉。

高子轩
""")
free(ML, "zh", [TR], ["return", "robot-app"], "退货方法 + 机器人重置小技巧", """
夏先生您好：

如果您决定退回 Pip 编程机器人，请在亚马逊“我的订单”中为订单 111-4492075-3368126 申请退货，系统会提供预付退货标签。

寄回之前也可以再试一个办法：同时按住 Pip 的电源键和前方传感器 10 秒进行重置，然后在 App 里重新连接。大部分连不上的问题这样都能解决。

冯雨桐
""")
free(ML, "zh", [TR], ["tracking", "game-tip"], "出貨追蹤 + 燈籠標記使用技巧", """
楊先生 您好：

您的《港灣燈火》（訂單號碼 114-3360729-1184056）已由 UPS 出貨，追蹤號碼 1Z1K83E20347790512，預計週三送達。

順便分享一個小技巧：燈塔守護者的燈籠標記留到遊戲後段的暴風再用，通常能保住更多貨物。

劉家瑜
""", trad=True)
free(ML, "zh", [TR], ["birthday", "battery-safety"], "生日前到貨 + 首次充電安全提醒", """
周小姐 您好，

您的 Kestrel 沙丘競速遙控車 RC-12（訂單號碼 112-2297408-6653017）預計這週五送達，趕得上孩子週末的生日。

提醒您，電池出廠時只有部分電量，第一次使用前請由大人充飽，充的時候放在穩固的檯面並有人在旁，別讓它充一整晚。

蔡承恩
""", trad=True)
free(ML, "mixed", [TR], ["tracking", "stem-build", "bilingual"], "bilingual shipping notice + build tip in both languages", """
Hi Jasmine, your GearWorks Sky Crane Kit (order 113-9945021-0078136) shipped today and should arrive on Thursday. A tip for the build: tighten the winch string before step 30, or the hook will slip.

Jasmine您好，您的 GearWorks 天空起重机套装（订单号 113-9945021-0078136）今天已发货，预计周四送达。拼装小提示：第 30 步之前先把绞盘的绳子拉紧，否则吊钩会打滑。

Dana
""")

# --- violating: content-policy violations; template-required per judgement call --
VI = "violating"
free(VI, "en", [RI], ["incentive", "template-based"], "exact fill plus an appended spare-battery-for-a-review offer (JC1)", """
Hello Caleb,

Thank you for choosing Kestrel Dune Racer RC-12 (order 113-6058271-4490318).

When you have had a chance to play with it, would you share your experience in a review on Amazon? Honest reviews, whatever they say, help other families pick the right toy. Once your review is posted, send us a screenshot and we will mail you a spare battery pack as a thank-you.

Thank you,
Felipe Marchetti
Kestrelkin Toys
""", tid="en/review-request",
     values={"buyer_name": "Caleb", "product": "Kestrel Dune Racer RC-12",
             "order_id": "113-6058271-4490318", "agent_name": "Felipe Marchetti"}, jc=1)
free(VI, "en", [RI], ["gating", "template-based"], "fill edited into review gating: 'if the kids are happy' + 'message us first instead of posting a review' (JC1)", """
Hello Mrs. Arkwright,

Thank you for choosing Pip the Coding Robot (order 112-3390614-7726801).

When you have had a chance to play with it, and if the kids are happy with it, would you share your experience in a review on Amazon? If anything is not right, please message us here first instead of posting a review.

Thank you,
Dana Ferreira
Kestrelkin Toys
""", tid="en/review-request",
     values={"buyer_name": "Mrs. Arkwright", "product": "Pip the Coding Robot",
             "order_id": "112-3390614-7726801", "agent_name": "Dana Ferreira"}, jc=1)
free(VI, "zh", [RI], ["incentive", "five-star", "template-based"], "exact fill plus 五星好评送备用电池 sentence (JC1)", """
孔先生您好，

感谢您购买Kestrel 沙丘竞速遥控车 RC-12（订单号：114-5527308-1163094）。

孩子玩过一段时间后，如果您愿意，欢迎在亚马逊商品页面分享您的真实使用体验。无论评价如何，都能帮助其他家庭选择合适的玩具。给五星好评的买家，我们还会额外寄送一块备用电池。

谢谢！
许静怡
""", tid="zh/review-request",
     values={"buyer_name": "孔先生", "product": "Kestrel 沙丘竞速遥控车 RC-12",
             "order_id": "114-5527308-1163094", "agent_name": "许静怡"}, jc=1)
free(VI, "en", [MKT], ["promo-code", "template-based"], "exact fill plus a P.S. with a sale on another car and a discount code (JC1)", """
Hi Tobias,

Sorry that your Kestrel Dune Racer RC-12 is not responding to the remote. The car and the remote need to be paired again, which takes less than a minute:

1. Switch the remote off and put the car on a flat surface.
2. Switch the car on first; its headlights will blink quickly.
3. Within 10 seconds, switch the remote on and pull the throttle trigger back once.
4. When the headlights stay on, the car and the remote are paired.
5. If the lights keep blinking, replace the four AA batteries in the remote and try again.

Please keep other 2.4 GHz toys switched off nearby while you pair, as they can interfere.

Best wishes,
Callum Whitlock
Kestrelkin Toys Support

P.S. The Kestrel Storm Buggy RC-20 is 25% off this week with code KESTREL25, in case your racer is ready for an upgrade.
""", tid="en/rc/transmitter-pairing",
     values={"buyer_name": "Tobias", "model": "Kestrel Dune Racer RC-12",
             "agent_name": "Callum Whitlock"}, jc=1)
free(VI, "zh", [OPC], ["im-handle", "template-based"], "exact fill plus an invitation to ask questions on LINE (JC1)", """
簡先生 您好：

感謝您詢問Pip 程式設計機器人是否適合七歲的孩子。包裝上標示的建議年齡為8 歲以上。

本產品含有小零件，可能造成窒息危險，不適合 3 歲以下兒童；家中較小的弟弟妹妹請勿在無人看護時接觸。
建議第一次組裝或遊玩時由大人陪同，每次玩完後把零件收回收納盒。

如有任何組裝問題，也可以直接加我們的 LINE：kestrelkin_tw 詢問。
祝孩子玩得開心！
劉家瑜
Kestrelkin 玩具客服
""", tid="zh-tw/safety/age-guidance",
     values={"buyer_name": "簡先生", "product": "Pip 程式設計機器人", "child_age": "七歲",
             "age_rating": "8 歲以上", "agent_name": "劉家瑜"}, jc=1, trad=True)
free(VI, "en", [OPC], ["email", "template-based"], "fill whose evidence step sends files to an e-mail address instead of this thread (JC1)", """
Hello Mr. Pellegrino,

We are sorry that your Kestrel Dune Racer RC-12 has stopped working. To check it under our 12-month warranty, please e-mail the following to warranty@kestrelkin-toys.com:

- A short video showing the problem, for example the wheels not turning when you use the remote
- A photo of the label under the car with the batch number
- A photo of the battery pack and its charging cable

Order: 111-9472038-5563120
Warranty case: KT-WR-30611

Once we have these, we will look into the case within two business days and let you know the outcome.

Sincerely,
Imogen Tsai
Kestrelkin Toys Support
""", tid="en/warranty/evidence-request",
     values={"buyer_name": "Mr. Pellegrino", "model": "Kestrel Dune Racer RC-12",
             "order_id": "111-9472038-5563120", "case_id": "KT-WR-30611",
             "agent_name": "Imogen Tsai"}, jc=1)
free(VI, "en", [OPC], ["phone", "delivery"], "free-written delivery reply asking the buyer to text a door code to a phone number (JC2)", """
Hi Mr. Delacroix,

Your Storm Buggy (order 111-5093326-8817402) is with our local courier and will be delivered on Thursday. The driver needs to be buzzed in at your building, so please text the door code to our dispatch line at (312) 555-0147 and we'll pass it on.

Thanks,
Callum Whitlock
""", jc=2)
free(VI, "zh", [OPC], ["im-handle", "return"], "free-written return reply that moves the buyer to WeChat for the label (JC2)", """
龚女士您好，

关于《港湾灯火》的退货，为了更快给您发退货标签，请添加我们的微信 kestrelkin_cs，把订单号 113-6602914-7358120 发过来，我们会在微信上把标签发给您。

高子轩
""", jc=2)
free(VI, "mixed", [OPC], ["link", "tracking", "bilingual"], "bilingual tracking reply linking to the seller's own tracking site (JC2)", """
Hi Daniel, your order 112-1184037-9962514 shipped today. You can follow it on our own tracking page: https://track.kestrelkin-toys.com/112-1184037-9962514

Daniel您好，您的订单已于今天发货，可以在我们的官网物流页面查询：https://track.kestrelkin-toys.com/112-1184037-9962514

Imogen
""", jc=2)
free(VI, "en", [OPC, TR], ["im-handle", "phone", "rc-troubleshooting"], "free-written RC troubleshooting that moves the buyer to WhatsApp (JC3)", """
Hi Logan,

If the Mini Crawler only twitches its wheels and won't drive, the motor gears have probably jumped a tooth after a fall. Take off the four screws on the underside and check that the small brass gear sits flush against the big white one. Easier still, send a video to our WhatsApp at +1 415-555-0163 and a technician will walk you through it live.

Dana
""", jc=3)
free(VI, "zh", [RI, TR], ["incentive", "five-star", "robot-app"], "free-written robot troubleshooting ending with 五星好评返现 (JC3)", """
宋先生您好：

Pip 走路一直往左偏，多半是左轮上缠了头发或地毯的线头。把 Pip 翻过来，用镊子把轮轴上的杂物清理干净，再在 App 的“设置 - 校准”里重新走一次直线校准就好了。问题解决后，如果您给我们一个五星好评，截图发来即可领取 5 美元返现。

冯雨桐
""", jc=3)
free(VI, "zh", [RI, TR], ["gating", "five-star", "review-request"], "free-written review request: 滿意才留五星、不滿意先私訊 (JC4)", """
簡小姐 您好：

孩子這陣子玩 Pip 玩得還開心嗎？如果滿意的話，請到亞馬遜幫我們留個五星好評；如果有任何不滿意，請先私訊我們，不要直接留負評喔。

劉家瑜
""", jc=4, trad=True)
free(VI, "en", [RI, TR], ["five-star", "gating", "review-request"], "free-written review request for 5 stars with a 'message us first' line (JC4)", """
Hi Fiona,

So glad to hear the twins are hooked on Dragon's Pantry! If you have a minute, a 5-star review on Amazon would mean the world to a small family business like ours. And if anything ever falls short, just message us before you write anything so we can make it right.

Imogen
""", jc=4)
free(VI, "en", [RI, TR], ["review-change", "refund"], "free-written refund-of-return reply that asks to update a 1-star review (JC5)", """
Hello Mr. Greaves,

We've received the returned Storm Buggy and refunded order 114-7738025-1046693 in full today; it should show on your card in three to five business days.

Now that everything is sorted, would you mind updating the 1-star review you left on the product page? It would help us a lot.

Regards,
Felipe Marchetti
""", jc=5)
free(VI, "zh", [MKT, TR], ["promo-code", "delay"], "free-written delay notice with a store-wide sale and a discount code (JC5)", """
于女士您好，

很抱歉，《巨龙的食品柜》（订单号 111-2270635-9481047）因承运商延误，预计下周二才能送达。

另外告诉您一个好消息：本周全店桌游八折，下单时输入优惠码 PLAY20 即可使用，欢迎再来选购！

许静怡
""", jc=5)
free(VI, "en", [MKT, TR], ["launch", "promo-code", "cross-sell"], "reply that is entirely an expansion launch, a discount code and a cross-sell (JC6)", """
Hi Harper,

Thanks for your message! Big news from Kestrelkin: the Harbor Lights "Northern Seas" expansion launches on Friday, with 60 new ship miniatures and a winter storm deck. Use code NORTH15 on Amazon for 15% off during launch week, and take a look at our new Pip accessory pack too.

Cheers,
Callum
""", jc=6)

# ===========================================================================
# Judgement calls for the violating category (README text)
# ===========================================================================
JCS = OrderedDict([
    (1, "Template-based reply with a violating sentence added or swapped in (a gift for a "
        "review, review gating, a discount-code P.S., a LINE id, an e-mail address instead "
        "of the message thread). These replies still match their source template closely (difflib "
        ">= 0.70, the same tolerance the edited fills get for a friendly line), so only the "
        "content policy is expected. The violation is the content rule's job; a "
        "similarity test cannot tell a friendly addition from a violating one, and the set "
        "does not ask it to."),
    (2, "Free-written reply that is only about logistics (delivery access, a return label, "
        "tracking) and puts that same logistics matter on an off-Amazon channel (a phone "
        "number, WeChat, the seller's own tracking site). The topic is still logistics, so "
        "`template-required` does not apply; `off-platform-contact` only."),
    (3, "Free-written non-logistics answer (troubleshooting) that also breaks a content "
        "policy: both the content policy and `template-required`. The violation does not "
        "make free support text template-covered."),
    (4, "A review request is not logistics (policy.md lists it as its own permitted "
        "purpose, next to order fulfilment). A free-written review request that is far "
        "from the approved neutral templates therefore expects `template-required`, plus "
        "`review-inducement` when it asks for five stars or gates. (A neutral, "
        "free-written review request in the rewritten category expects "
        "`template-required` alone.)"),
    (5, "Free-written logistics reply with an added non-logistics violating part (a "
        "request to update a 1-star review, a store-wide sale with a code). The added part "
        "is non-template, non-logistics text, exactly as in the mixed-logistics category, "
        "so `template-required` is expected together with the content policy."),
    (6, "A reply that is entirely a launch announcement, a discount code and a cross-sell "
        "is not about logistics and matches no template: `marketing` plus "
        "`template-required`."),
])
JC_EXPECTS_TR = {1: False, 2: False, 3: True, 4: True, 5: True, 6: True}

# ===========================================================================
# Self-checks
# ===========================================================================
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT = {RI, OPC, MKT}
TARGETS = {"filled-template": 40, "logistics": 34, "rewritten": 26,
           "mixed-logistics": 16, "violating": 16}
LANG_SHARE = {"en": 0.55, "zh": 0.25, "zh (traditional)": 0.12, "mixed": 0.08}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# (simplified, traditional) pairs where neither form is normal in the other script
# (characters such as 后/後, 里/裡, 台/臺, 周/週, 游/遊, 系/係, 于/於 are left out).
ST_PAIRS = [tuple(p) for p in (
    "们們 这這 说說 请請 与與 装裝 线線 电電 话話 时時 间間 联聯 设設 录錄 头頭 门門 "
    "应應 为為 会會 个個 对對 动動 网網 络絡 无無 订訂 单單 号號 码碼 发發 货貨 运運 "
    "换換 检檢 测測 灯燈 视視 频頻 机機 开開 关關 让讓 谢謝 问問 题題 团團 队隊 务務 "
    "续續 报報 区區 则則 确確 认認 证證 据據 补補 评評 论論 价價 经經 验驗 买買 卖賣 "
    "帮幫 实實 产產 费費 显顯 亲親 专專 东東 图圖 该該 将將 从從 内內 护護 处處 车車 "
    "遥遙 戏戲 盘盤 张張 块塊 欢歡 乐樂 儿兒 岁歲 险險 适適 议議 级級 边邊 启啟 钮鈕 "
    "键鍵 锂鋰 热熱 长長 风風 胜勝 轮輪 获獲 变變 当當 来來 过過 还還 进進 选選 择擇 "
    "场場 总總 结結 节節 约約 现現 样樣 点點 吗嗎 学學 习習 写寫 读讀 页頁 组組 细細 "
    "纳納 带帶 随隨 员員 导導 达達 签簽 邮郵 楼樓 层層 礼禮 赠贈 预預 没沒 户戶 账賬 "
    "龙龍 艘艘 汇匯 标標 须須 虑慮 烦煩 烧燒 钟鐘 银銀 购購 顺順 飞飛 鸟鳥 马馬 "
    "贴貼 试試 语語 颜顏 罗羅 杂雜 准準 轻輕 优優 惠惠 扫掃 库庫 仓倉 宝寶 错錯").split()
    if p[0] != p[1] and p != "准準"]
SIMP_ONLY = {s for s, t in ST_PAIRS}
TRAD_ONLY = {t for s, t in ST_PAIRS}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\u2B50\uFE0F]")
PHONE = re.compile(r"(?:\+1[\s-]*)?\(?\b\d{3}\)?[\s.-]\d{3}-\d{4}\b")
ORDER = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
NOTE_TPL = re.compile(r"^((?:en|zh|zh-tw|bilingual)/[A-Za-z0-9/_.-]+):")
RISKY = re.compile(
    r"(?i)https?://|www\.|\S@\S|\.com\b|coupon|discount|promo|% off|(?:promo|discount) code|"
    r"\bcode [A-Z0-9]{4,}|5-star|five-star|\bstars?\b|gift card|whatsapp|wechat|telegram|"
    r"instagram|facebook|\bline\b|微信|好评|好評|返现|返現|五星|优惠|優惠|折扣|八折|礼品卡|禮品卡|"
    r"\bsale\b|\bnew arrivals?\b|if you (?:are|were) (?:happy|satisfied)")
REVIEW_WORDS = re.compile(r"(?i)\breview|feedback|\brating|评价|評價|评论|評論|留评|留評")
LOGI_WORDS = re.compile(
    r"(?i)ship|deliver|tracking|parcel|return|refund|address|customs|carrier|courier|"
    r"发货|發貨|出貨|送达|送達|运单|追蹤|包裹|退货|退貨|退款|地址|补寄|补发|到貨")

FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def skeleton(tid):
    return PH.sub("", TEMPLATES[tid])


def lang_key(r):
    if r["lang"] == "zh" and "traditional" in r["tags"]:
        return "zh (traditional)"
    return r["lang"]


def script_check(name, text, traditional):
    han = set(CJK.findall(text))
    if traditional:
        check(not (han & SIMP_ONLY), f"{name}: simplified characters {sorted(han & SIMP_ONLY)}")
        check(len(han & TRAD_ONLY) >= 2, f"{name}: too few traditional markers")
    else:
        check(not (han & TRAD_ONLY), f"{name}: traditional characters {sorted(han & TRAD_ONLY)}")
        check(len(han & SIMP_ONLY) >= 2, f"{name}: too few simplified markers")


def self_check():
    # --- templates ---------------------------------------------------------
    for tid, body in TEMPLATES.items():
        check(PH.findall(body), f"{tid}: no placeholder")
        rest = PH.sub("", body)
        check("{" not in rest and "}" not in rest, f"{tid}: stray brace")
        check("\n\n\n" not in body, f"{tid}: more than one blank line in a row")
        check(not EMOJI.search(body), f"{tid}: emoji")
        check(not PHONE.search(body), f"{tid}: phone number")
        bad = RISKY.search(body)
        check(not bad, f"{tid}: risky wording {bad.group(0) if bad else ''}")
        if tid not in ("en/review-request", "zh/review-request"):
            check(not REVIEW_WORDS.search(body), f"{tid}: review wording outside a review template")
        f = tfolder(tid)
        check(f in ("en", "zh", "zh-tw", "bilingual"), f"{tid}: unknown folder")
        if f == "en":
            check(not CJK.search(body), f"{tid}: CJK in an English template")
        elif f in ("zh", "zh-tw"):
            script_check(tid, body, f == "zh-tw")
        else:
            en_part, zh_part = body.split("\n\n", 1)
            check(not CJK.search(en_part), f"{tid}: first paragraph is not English")
            check(len(CJK.findall(zh_part)) > 40, f"{tid}: no Chinese version")
            script_check(tid, zh_part, False)
    check(any(t.count("/") >= 3 for t in TEMPLATES), "no template nested two folders deep")
    check(any(len(b.split("\n")) <= 3 for b in TEMPLATES.values()), "no short 2-3 line template")
    check(any(re.search(r"^Piece: \{\{piece\}\}$", b, re.M) for b in TEMPLATES.values()), "no label-line template")
    check(16 <= len(TEMPLATES) <= 24, f"{len(TEMPLATES)} templates, want about 20")
    wrapped = TEMPLATES["en/safety/age-guidance"].split("\n")
    check(max(map(len, wrapped)) <= 72, "hard-wrapped template has a long line")

    # --- replies -----------------------------------------------------------
    seen_text, order_owner = {}, {}
    for i, r in enumerate(REPLIES, 1):
        rid, txt, cat = r["id"], r["text"], r["cat"]
        check(rid == f"{PREFIX}-{i:03d}", f"{rid}: expected {PREFIX}-{i:03d}")
        check(bool(txt) and txt == txt.strip(), f"{rid}: empty or untrimmed text")
        check(txt not in seen_text, f"{rid}: same text as {seen_text.get(txt)}")
        seen_text[txt] = rid
        check(cat in CATS and r["tags"][0] == cat, f"{rid}: category / tags[0]")
        check(len(set(r["tags"])) == len(r["tags"]), f"{rid}: duplicate tag")
        check(set(r["labels"]) <= POLICIES, f"{rid}: unknown policy")
        check(len(set(r["labels"])) == len(r["labels"]), f"{rid}: duplicate label")
        check("{{" not in txt and "}}" not in txt, f"{rid}: unfilled placeholder")
        check("\n\n\n" not in txt, f"{rid}: more than one blank line in a row")
        check(not EMOJI.search(txt), f"{rid}: emoji")
        for m in PHONE.finditer(txt):
            check(re.search(r"555-01\d\d$", m.group(0)), f"{rid}: phone not 555-01xx: {m.group(0)}")
        for o in ORDER.findall(txt):
            check(order_owner.setdefault(o, rid) == rid, f"{rid}: order id {o} also used in {order_owner.get(o)}")
        # language and script
        han = CJK.findall(txt)
        latin = re.findall(r"[A-Za-z]{2,}", txt)
        if r["lang"] == "en":
            check(not han, f"{rid}: CJK in an en reply")
            check("traditional" not in r["tags"], f"{rid}: en reply tagged traditional")
        elif r["lang"] == "zh":
            check(len(han) > 3 * len(latin), f"{rid}: zh reply is not mostly Chinese")
            script_check(rid, txt, "traditional" in r["tags"])
        elif r["lang"] == "mixed":
            check(han and len(latin) >= 8, f"{rid}: mixed reply lacks one of the languages")
            check("traditional" not in r["tags"], f"{rid}: mixed replies here are Simplified")
            script_check(rid, txt, False)
        else:
            check(False, f"{rid}: bad lang {r['lang']}")
        # note and template reference
        m = NOTE_TPL.match(r["note"])
        if r["tpl"]:
            check(r["tpl"] in TEMPLATES, f"{rid}: unknown template {r['tpl']}")
            check(bool(m) and m.group(1) == r["tpl"], f"{rid}: note must start with {r['tpl']}")
            if tfolder(r["tpl"]) == "zh-tw":
                check("traditional" in r["tags"], f"{rid}: zh-tw template, no traditional tag")
        else:
            check(not m, f"{rid}: note names a template but the reply has none")
        for other in re.findall(r"\b(?:en|zh|zh-tw|bilingual)/[a-z0-9/-]+[a-z0-9]", r["note"]):
            check(other in TEMPLATES, f"{rid}: note names unknown template {other}")
        if r["values"] is not None:
            names = set(PH.findall(TEMPLATES[r["tpl"]]))
            check(set(r["values"]) == names, f"{rid}: values {sorted(r['values'])} != placeholders {sorted(names)}")
            for k, v in r["values"].items():
                check(v and "{{" not in v, f"{rid}: empty value {k}")
                if k not in r["dropped"]:
                    check(v in txt, f"{rid}: value of {k} missing from the text")
        # category rules
        if cat in ("filled-template", "logistics"):
            check(r["labels"] == [], f"{rid}: {cat} must expect []")
            bad = RISKY.search(txt)
            check(not bad, f"{rid}: risky wording in a [] reply: {bad.group(0) if bad else ''}")
            check(not PHONE.search(txt), f"{rid}: phone number in a [] reply")
        if cat == "logistics":
            check(not REVIEW_WORDS.search(txt), f"{rid}: review wording in a logistics reply")
            check(LOGI_WORDS.search(txt), f"{rid}: logistics reply without a logistics word")
        if cat in ("rewritten", "mixed-logistics"):
            check(r["labels"] == [TR], f"{rid}: {cat} must expect [template-required]")
            check(r["tpl"] is None, f"{rid}: {cat} reply must not cite a source template")
            bad = RISKY.search(txt)
            check(not bad, f"{rid}: {cat} reply must break no other policy: {bad.group(0) if bad else ''}")
            check(not PHONE.search(txt), f"{rid}: phone number in a {cat} reply")
        if cat == "mixed-logistics":
            check(LOGI_WORDS.search(txt), f"{rid}: mixed-logistics reply without a logistics part")
        if cat == "filled-template":
            canon = render(r["tpl"], r["values"])
            if "exact" in r["tags"]:
                check(txt == canon, f"{rid}: exact fill differs from the rendering")
            else:
                check("edited" in r["tags"], f"{rid}: fill is neither exact nor edited")
                check(txt != canon, f"{rid}: edited fill is identical to the rendering")
                rr = ratio(txt, canon)
                r["sim"] = rr
                check(rr >= 0.70, f"{rid}: edited fill ratio {rr:.3f} < 0.70")
                best = max(TEMPLATES, key=lambda t: ratio(txt, render(t, r["values"])))
                check(best == r["tpl"], f"{rid}: nearest template is {best}, not {r['tpl']}")
        if cat == "violating":
            jc = r["jc"]
            check(jc in JCS, f"{rid}: violating reply without a judgement call")
            check(set(r["labels"]) & CONTENT, f"{rid}: violating reply without a content policy")
            check((TR in r["labels"]) == JC_EXPECTS_TR.get(jc), f"{rid}: labels disagree with JC{jc}")
            check((r["tpl"] is not None) == (jc == 1), f"{rid}: JC1 replies, and only they, have a source template")
            if r["tpl"]:
                canon = render(r["tpl"], r["values"])
                rr = ratio(txt, canon)
                r["sim"] = rr
                check(rr >= 0.70, f"{rid}: template-based violation ratio {rr:.3f} < 0.70")
                best = max(TEMPLATES, key=lambda t: ratio(txt, render(t, r["values"])))
                check(best == r["tpl"], f"{rid}: nearest template is {best}, not {r['tpl']}")
        if r["labels"] == [] or TR in r["labels"] or cat in ("logistics", "violating"):
            mx, arg = max((ratio(txt, skeleton(t)), t) for t in TEMPLATES)
            r["near"], r["near_tpl"] = mx, arg
        if TR in r["labels"]:
            check(r["near"] < 0.55, f"{rid}: ratio {r['near']:.3f} to {r['near_tpl']} >= 0.55 for a template-required reply")

    # --- totals --------------------------------------------------------------
    cats = Counter(r["cat"] for r in REPLIES)
    for c, n in TARGETS.items():
        check(abs(cats[c] - n) <= 3, f"{c}: {cats[c]} replies, want about {n}")
    check(120 <= len(REPLIES) <= 140, f"{len(REPLIES)} replies, want about 130")
    langs = Counter(lang_key(r) for r in REPLIES)
    for l, share in LANG_SHARE.items():
        got = langs[l] / len(REPLIES)
        check(abs(got - share) <= 0.03, f"language {l}: share {got:.2f}, want about {share:.2f}")
    ex = sum("exact" in r["tags"] for r in REPLIES)
    ed = sum("edited" in r["tags"] for r in REPLIES)
    check(abs(ex - ed) <= 2, f"exact fills {ex} vs edited fills {ed}: want about half each")
    used = {r["tpl"] for r in REPLIES if r["cat"] == "filled-template"}
    for tid in TEMPLATES:
        check(tid in used, f"{tid}: no filled-template reply uses it")
    for n in JCS:
        check(any(r["jc"] == n for r in REPLIES), f"JC{n}: no reply")
    for r in REPLIES:
        obj = out_obj(r)
        check(json.loads(json.dumps(obj, ensure_ascii=False)) == obj, f"{r['id']}: JSON round trip")


def out_obj(r):
    return OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]),
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
        p = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8", newline="\n") as f:
            f.write(body + "\n")


def write_jsonl():
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in REPLIES:
            f.write(json.dumps(out_obj(r), ensure_ascii=False) + "\n")


def md(s):
    return s.replace("|", "\\|").replace("\n", " ")


def ids_where(pred):
    return ", ".join(r["id"] for r in REPLIES if pred(r))


def write_readme():
    L = []
    a = L.append
    a(f"# {PREFIX}: hand-labelled held-out test set for `template-required`\n")
    a("Written from `/work/shared/interface.md` and `/work/shared/policy.md` only, without "
      "looking at the linter or running it. `gen.py` is the source of truth: "
      "`python3 gen.py` rewrites `library/`, `replies.jsonl` and this README, and exits 1 "
      "(writing nothing) if a self-check fails. Do not edit the outputs by hand.\n")
    a("## The seller (invented)\n")
    a("**Kestrelkin Toys & Games** sells on Amazon: board games with many pieces "
      "(*Harbor Lights*, a harbor strategy game with ships, cargo cubes, lantern tokens and "
      "storm cards; *Dragon's Pantry*, a cooperative family game; *Starlit Caravan*, a "
      "trading game), remote-control cars with rechargeable 7.4V lithium-ion packs (Kestrel "
      "Dune Racer RC-12, Storm Buggy RC-20, Mini Crawler RC-5), GearWorks STEM building kits "
      "(Motor Lab, Sky Crane Kit, Solar Rover Kit) and *Pip the Coding Robot*, which is "
      "driven over Bluetooth by the Kestrelkin Code app. Agents write in English (Callum "
      "Whitlock, Dana Ferreira, Felipe Marchetti, Imogen Tsai), Simplified Chinese (许静怡, "
      "高子轩, 冯雨桐) and Traditional Chinese (劉家瑜, 蔡承恩). All people, addresses, order "
      "ids, tracking numbers, warranty case ids, handles, domains and phone numbers (US "
      "555-01xx only) are invented.\n")
    a("## Files\n")
    a("| file | content |\n| --- | --- |")
    a("| `library/` | the approved templates, one `*.txt` per template, nested folders; template id = path without `.txt` (use as `--templates library`) |")
    a("| `replies.jsonl` | one reply per line: `id` (`t34-001`...), `text`, `labels` (expected policies; `[]` = nothing at warning or error level may be flagged), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; `traditional` = Traditional Chinese), `note` (starts with the source template id when there is one), `context` (always `reply`) |")
    a("| `gen.py` | every template and reply as literals, the writers and the self-checks (standard library only) |")
    a("| `README.md` | this file |\n")
    a("## Templates\n")
    a("| id | lang | topic | layout | placeholders | fills (exact / edited) | violating replies built on it |")
    a("| --- | --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        ph = ", ".join(dict.fromkeys(PH.findall(TEMPLATES[tid])))
        ex = sum(1 for r in REPLIES if r["tpl"] == tid and "exact" in r["tags"])
        ed = sum(1 for r in REPLIES if r["tpl"] == tid and "edited" in r["tags"])
        vi = sum(1 for r in REPLIES if r["tpl"] == tid and r["cat"] == "violating")
        lg = {"en": "en", "zh": "zh", "zh-tw": "zh (trad.)", "bilingual": "en + zh"}[tfolder(tid)]
        a(f"| `{tid}` | {lg} | {md(TOPIC[tid])} | {md(LAYOUT[tid])} | {ph} | {ex} / {ed} | {vi} |")
    a("")
    a("## Counts\n")
    langs = list(LANG_SHARE)
    cnt = Counter((r["cat"], lang_key(r)) for r in REPLIES)
    exp = {"filled-template": "`[]`", "logistics": "`[]`", "rewritten": "`[template-required]`",
           "mixed-logistics": "`[template-required]`",
           "violating": "content policy, plus `template-required` per judgement call"}
    a("| category | expected labels | " + " | ".join(langs) + " | total |")
    a("| --- | --- | " + " | ".join("---" for _ in langs) + " | --- |")
    for c in CATS:
        row = [cnt[(c, l)] for l in langs]
        a(f"| {c} | {exp[c]} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(cnt[(c, l)] for c in CATS) for l in langs]
    a("| **total** | | " + " | ".join(map(str, tot)) + f" | {len(REPLIES)} |")
    a("| share | | " + " | ".join(f"{t / len(REPLIES):.0%}" for t in tot) + " | |\n")
    n_tr = sum(TR in r["labels"] for r in REPLIES)
    lab = Counter(x for r in REPLIES for x in r["labels"])
    a(f"Replies expecting `template-required`: {n_tr}; not expecting it: {len(REPLIES) - n_tr}. "
      f"Label totals: " + ", ".join(f"`{k}` {v}" for k, v in sorted(lab.items())) + ". "
      f"Filled templates: {sum('exact' in r['tags'] for r in REPLIES)} exact, "
      f"{sum('edited' in r['tags'] for r in REPLIES)} edited.\n")
    a("`lang` is `zh` for both scripts; Traditional replies carry the tag `traditional`. "
      "`mixed` replies are either bilingual (an English paragraph and its Chinese version) "
      "or code-switched Chinese with English words.\n")
    a("## Similarity checks (difflib `SequenceMatcher`, `autojunk=False`)\n")
    a("These ratios only sanity-check the labels; they are not the linter's measure and "
      "the linter need not reproduce them.\n")
    ed = [r["sim"] for r in REPLIES if r["cat"] == "filled-template" and "sim" in r]
    vt = [r["sim"] for r in REPLIES if r["cat"] == "violating" and "sim" in r]
    a("| group | compared with | min | median | max | required |")
    a("| --- | --- | --- | --- | --- | --- |")
    a(f"| edited fills ({len(ed)}) | own template rendered with the same values | {min(ed):.2f} | "
      f"{statistics.median(ed):.2f} | {max(ed):.2f} | >= 0.70, and the own template is the nearest |")
    a(f"| template-based violating (JC1, {len(vt)}) | own template rendered with the same values | {min(vt):.2f} | "
      f"{statistics.median(vt):.2f} | {max(vt):.2f} | >= 0.70, and the own template is the nearest |")
    for c, lbl in (("rewritten", "< 0.55"), ("mixed-logistics", "< 0.55"), ("logistics", "(info only)")):
        v = [r["near"] for r in REPLIES if r["cat"] == c]
        a(f"| {c} ({len(v)}) | every template, placeholders removed (max over templates) | {min(v):.2f} | "
          f"{statistics.median(v):.2f} | {max(v):.2f} | {lbl} |")
    v = [r["near"] for r in REPLIES if r["cat"] == "violating" and TR in r["labels"]]
    a(f"| violating with `template-required` ({len(v)}) | same | {min(v):.2f} | "
      f"{statistics.median(v):.2f} | {max(v):.2f} | < 0.55 |")
    a("")
    a("Other self-checks: exact fills equal the rendering; every value appears in its reply; "
      "every template has at least one fill; no emoji, no triple line breaks; phone numbers "
      "only US 555-01xx; each order id belongs to one reply; Simplified and Traditional "
      "replies and templates use only their own script (checked on a list of unambiguous "
      "character pairs); `[]` replies and the rewritten / mixed-logistics replies contain no "
      "link, e-mail, phone, messaging app, coupon, rating or incentive wording; logistics "
      "replies never mention reviews; category counts and language shares are near the "
      "targets.\n")
    a("## Violating replies\n")
    a("| id | lang | labels | `template-required`? | call | source | what it does |")
    a("| --- | --- | --- | --- | --- | --- | --- |")
    for r in REPLIES:
        if r["cat"] != "violating":
            continue
        labs = ", ".join(f"`{x}`" for x in r["labels"])
        src = f"`{r['tpl']}`" if r["tpl"] else "free-written"
        note = NOTE_TPL.sub("", r["note"]).strip()
        a(f"| {r['id']} | {lang_key(r)} | {labs} | {'yes' if TR in r['labels'] else 'no'} | "
          f"JC{r['jc']} | {src} | {md(note)} |")
    a("")
    a("## Judgement calls\n")
    a("The violating category was labelled from interface.md and policy.md alone. "
      "interface.md defines a `template-required` finding as a seller message that is not "
      "about logistics (shipping, delivery, tracking, returns, address, customs) **and** "
      "does not match any approved template closely enough; the content policies are "
      "separate rows of the same table. So each violating reply gets `template-required` "
      "exactly when it would get it without the violation: the violation neither adds the "
      "finding nor takes it away.\n")
    for n, txt in JCS.items():
        a(f"- **JC{n}.** {txt} ({ids_where(lambda r, n=n: r['jc'] == n)})")
    a("")
    a("Further labelling decisions for the whole set:\n")
    a("- Logistics = shipping, delivery dates, tracking, split shipments, delivery "
      "instructions, lockers, missing or lost parcels, damaged boxes and replacement "
      "shipments, wrong-item exchanges, returns and refunds of returns, address changes, "
      "cancellations, customs and import fees, gift options and gift receipts. A reply made "
      "only of these expects `[]` however it is worded.")
    a("- A reply that adds even one free non-logistics part (a game tip, a rules answer, "
      "charging or small-parts safety advice, a reset tip) is mixed-logistics and expects "
      "`template-required`; the added parts break no other policy.")
    a("- A neutral review request that is not one of the approved review templates is "
      f"non-logistics free text: `template-required` only ({ids_where(lambda r: r['cat'] == 'rewritten' and 'review-request' in r['tags'])}). "
      "Review-request template fills expect `[]`; the once-per-order limit needs a ledger and "
      "is not in play here.")
    a("- An answer in a language or script for which the topic has no template (tag "
      f"`other-language-template`: {ids_where(lambda r: 'other-language-template' in r['tags'])}) "
      "is free text and expects `template-required`; a template in another language does "
      "not cover it.")
    a("- Advice on taking the RC battery on a flight is product safety, not logistics of the "
      f"order ({ids_where(lambda r: 'near-logistics' in r['tags'])}).")
    a("- A 150+ character product title in a slot and two order ids in one slot are still "
      f"exact fills ({ids_where(lambda r: 'long-value' in r['tags'] or 'two-orders' in r['tags'])}).")
    a("- Bilingual template fills expect `[]`: the template is approved as it is, and the "
      "records carry no buyer language preference.")
    a("- Near-misses that must not be flagged: \"a replacement kit at no cost to you\" (a "
      "remedy, not a promotion) in a logistics reply, and \"a free action\" (game "
      f"vocabulary) in a rewritten reply ({ids_where(lambda r: 'near-miss' in r['tags'])}). "
      "Robot codes like `PIP-7C31` and warranty case ids like `KT-WR-30418` are not "
      "discount codes.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    self_check()
    if not FAILS:
        write_library()
        write_jsonl()
        write_readme()
        with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        check([x["id"] for x in rows] == [r["id"] for r in REPLIES], "replies.jsonl read-back")
        check(all(set(x) == {"id", "text", "labels", "lang", "tags", "note", "context"} for x in rows),
              "replies.jsonl keys")
        lib = os.path.join(HERE, "library")
        found = sorted(os.path.relpath(os.path.join(d, n), lib)[:-4].replace(os.sep, "/")
                       for d, _, fs in os.walk(lib) for n in fs if n.endswith(".txt"))
        check(found == sorted(TEMPLATES), "library/ holds unexpected files")
        for tid in TEMPLATES:
            with open(os.path.join(lib, tid + ".txt"), encoding="utf-8") as f:
                check(f.read().rstrip("\n") == TEMPLATES[tid], f"library/{tid}.txt read-back")
    cats = Counter(r["cat"] for r in REPLIES)
    print(f"templates: {len(TEMPLATES)}; replies: {len(REPLIES)} ("
          + ", ".join(f"{c}: {cats[c]}" for c in CATS) + ")")
    print("languages:", dict(Counter(lang_key(r) for r in REPLIES)))
    if FAILS:
        for m in FAILS:
            print("FAIL:", m, file=sys.stderr)
        print(f"{len(FAILS)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
