#!/usr/bin/env python3
"""Source of truth for the t31 held-out test set of the `template-required` policy.

Invented seller: Brackwell Outdoor Power, which sells cordless power tools and
battery garden equipment on Amazon (DX20 drill/driver, M21 self-propelled mower,
RX42 electric riding mower, HT24 hedge trimmer, Rover R8 robot mower with the
Brackwell Yard app, 20V/40V batteries and chargers).

Every template and every reply is a literal in this file.  `python3 gen.py`
runs the self-checks, writes library/, replies.jsonl and README.md next to this
file, and exits 1 if any check fails (nothing is written in that case).
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t31"


def T(s):
    """Literal block -> text: drop surrounding blank lines and trailing spaces."""
    return "\n".join(line.rstrip() for line in s.strip("\n").split("\n")).strip()


# ===========================================================================
# Templates: library/<id>.txt.  TOPICS/LAYOUTS are only for the README.
# ===========================================================================
TEMPLATES = OrderedDict()
TOPICS = {}


def template(tid, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = T(text)
    TOPICS[tid] = topic


template("en/battery/storage-care", "battery care and storage; bullet list", """
Hi {{buyer_name}},

Thanks for asking how to look after your {{battery_model}}. A few habits keep the cells healthy for years:

- Store the battery indoors between 40°F and 80°F, never in a hot shed or a car trunk.
- For storage longer than a month, leave it at two or three bars rather than full.
- Let a hot battery cool for 15 minutes before you put it on the charger.
- Keep the terminals clean and dry; wipe off grass dust with a dry cloth.
- Top it up once every three months over the winter.

The battery does not need to be fully drained before charging, and leaving it on the charger overnight will not harm it.

Best wishes,
{{agent_name}}
Brackwell Customer Support
""")

template("en/battery/charger-lights", "what the charger lights mean; label lines", """
Hello {{buyer_name}},

Charger: {{charger_model}}
Battery: {{battery_model}}

Here is what the lights on the charger mean:

Solid green: the battery is fully charged.
Flashing green: charging is in progress.
Solid red: the battery is too hot or too cold and will start charging once it reaches room temperature.
Flashing red and green: the battery is faulty or not seated properly. Remove it, check the rails for debris and slide it back in firmly.

If the red and green flashing continues with a second battery as well, the charger itself may need attention and we will help you with the next steps.

Kind regards,
{{agent_name}}
Brackwell Customer Support
""")

template("en/mower/blade-replacement", "replacing the mower blade; numbered steps", """
Dear {{buyer_name}},

Thank you for your message about replacing the blade on your {{model}}. The correct replacement part is {{blade_part}}.

1. Remove the battery and the safety key before you touch the blade.
2. Tip the mower onto its side with the battery compartment facing up.
3. Wear thick gloves and wedge a block of wood against the blade so it cannot turn.
4. Loosen the center bolt counterclockwise with a 13 mm socket and lift off the old blade.
5. Fit the new blade with the side marked GRASS SIDE facing the ground.
6. Tighten the bolt firmly, then turn the blade by hand to check that it spins freely.

Sharpen or replace the blade once a season, or sooner if the grass tips look torn rather than cut.

Regards,
{{agent_name}}
Brackwell Customer Support
""")

template("en/mower/wont-start", "mower will not start; bullet list (\u2022)", """
Hi {{buyer_name}},

Sorry that your {{model}} will not start. Before anything else, please check these points:

\u2022 The safety key is pushed all the way in until it clicks.
\u2022 The battery shows at least one bar when you press its gauge button.
\u2022 You press and hold the start button first and then pull the bail bar towards the handle.
\u2022 The grass bag or the mulching plug is fitted, because the rear flap switch blocks the motor without it.
\u2022 The deck is clear of wet clippings that can jam the blade.

If the mower still does not start after these checks, tell us what the headlight does when you press the start button and we will take it from there.

Thanks,
{{agent_name}}
Brackwell Customer Support
""")

template("en/robot/error-codes", "robot mower error code; label lines + numbered steps", """
Hello {{buyer_name}},

Model: {{model}}
Error code: {{error_code}}
Order: {{order_id}}

Thank you for sending the error code shown in the app. This code means the mower has stopped to protect itself. Please try the following:

1. Press STOP on the mower and lift the cover.
2. Check the wheels and the blade disc for grass, twigs or stones.
3. Carry the mower back inside the boundary wire, at least three feet from the edge.
4. Close the cover, enter your PIN and press HOME to send it back to the charging station.

If the same code returns within a day, reply here with a photo of the underside and the time the code appeared, and we will look into it.

Best regards,
{{agent_name}}
Brackwell Robot Mower Support
""")

template("en/robot/boundary-wire", "robot mower reports no boundary signal; bullet list (*)", """
Hi {{buyer_name}},

When the {{model}} reports a missing boundary signal, the loop of wire around your lawn is usually broken or loose. Please check:

* The light on the charging station: solid green means the loop is fine, blinking red means it is broken.
* Both wire ends are pushed fully into the connectors on the station.
* Any recent digging, edging or aerating near the wire.
* Pegs that may have pulled out after heavy rain.

A break can be joined with the waterproof wire connectors from the accessory bag. Once the station light turns green, the mower will resume its schedule.

Regards,
{{agent_name}}
Brackwell Robot Mower Support
""")

template("en/robot/app/pairing", "pairing the robot mower with the Brackwell Yard app; numbered steps", """
Hi {{buyer_name}},

Thanks for reaching out about connecting your {{model}} to the Brackwell Yard app.

1. Place the mower in the charging station and switch it on.
2. On your phone, turn on Bluetooth and join a 2.4 GHz Wi-Fi network (5 GHz is not supported).
3. Open the Brackwell Yard app, tap the plus sign and choose Robot Mower.
4. Enter the serial number printed under the cover.
5. When the mower beeps twice, enter your Wi-Fi password and wait up to two minutes.

If pairing stops at 99%, move the charging station closer to the router or add a Wi-Fi extender, then try again.

Kind regards,
{{agent_name}}
Brackwell Robot Mower Support
""")

template("en/warranty/evidence", "warranty claim: evidence needed; bullets + label lines", """
Dear {{buyer_name}},

We are sorry that your {{model}} is not working as it should. It is covered by our {{warranty_term}} limited warranty, and we would like to help.

To open a warranty case, please reply to this message with:
- a photo of the product label showing the serial number,
- a short video or photo that shows the problem,
- the date the problem first appeared.

Order ID: {{order_id}}
Case number: {{case_id}}

We look at each case within two business days of receiving the information.

Sincerely,
{{agent_name}}
Brackwell Warranty Team
""")

template("en/safety/hedge-trimmer", "hedge trimmer safety instructions; hard-wrapped bullets", """
Hello {{buyer_name}},

Thank you for your question about using the {{model}} safely.
Please keep these points in mind every time you trim:

- Wear safety glasses, gloves and closed shoes, and keep
  children and pets at least 50 feet away.
- Hold the trimmer with both hands; the two-hand switch is
  there so that neither hand can get near the blade.
- Never trim above shoulder height from a ladder. Use a
  pole trimmer for tall hedges instead.
- Remove the battery before you clear a jam or clean the
  blade, and fit the blade cover when you are finished.
- Check the hedge for wires, fences and nests before you
  start cutting.

Stay safe,
{{agent_name}}
Brackwell Customer Support
""")

template("en/drill/chuck-slipping", "drill bit slipping in the chuck; short 3-line template", """
Hi {{buyer_name}}, a bit slipping in the {{model}} chuck is usually fixed by opening the jaws fully, inserting the bit and tightening the sleeve by hand until it clicks twice.
If the bit still slips, set the clutch ring to the drill symbol for drilling and use the numbered settings only for driving screws.
{{agent_name}}, Brackwell Customer Support
""")

template("en/review-request", "neutral review request, once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}}. We hope the {{model}} is working well for you.
Would you take a moment to share your experience in a review on Amazon? Your honest opinion helps other gardeners and DIYers choose the right tool.

Best regards,
{{agent_name}}
Brackwell
""")

template("zh/battery-care", "电池保养与存放；项目符号（·）", """
{{buyer_name}}，您好！

感谢您咨询 {{battery_model}} 的保养方法。以下几点可以延长电池寿命：

· 请在室内阴凉干燥处存放，温度保持在 5℃ 到 25℃ 之间，不要放在车内或暴晒的工具棚里。
· 超过一个月不用时，保持两到三格电量即可，不必充满。
· 刚用完发热的电池，请静置 15 分钟再充电。
· 冬季每三个月补充一次电量。

电池无需完全放电后再充，充满后留在充电器上也不会损坏电池。

祝好！
{{agent_name}}
Brackwell 客服团队
""")

template("zh/mower/blade-replacement", "割草机更换刀片；编号步骤", """
{{buyer_name}} 您好：

关于 {{model}} 更换刀片的问题，适配的刀片型号为 {{blade_part}}。请按以下步骤操作：

1. 先取下电池和安全钥匙。
2. 将割草机侧放，电池仓朝上。
3. 戴上厚手套，用木块卡住刀片，防止转动。
4. 用 13 毫米套筒逆时针拧下中心螺栓，取下旧刀片。
5. 装上新刀片，标有 GRASS SIDE 的一面朝向地面。
6. 拧紧螺栓后用手转动刀片，确认转动顺畅。

建议每个季节打磨或更换一次刀片；如果草尖呈撕裂状，请提前更换。

此致
{{agent_name}}
Brackwell 客服团队
""")

template("zh/robot/app-pairing", "割草机器人连接 Brackwell Yard 应用；编号步骤", """
{{buyer_name}}，您好：

感谢您联系我们。将 {{model}} 连接到 Brackwell Yard 应用，请按以下步骤操作：

1. 把割草机器人放回充电站并开机。
2. 打开手机蓝牙，并连接 2.4GHz 的 Wi-Fi（不支持 5GHz）。
3. 打开 Brackwell Yard 应用，点击右上角的加号，选择“割草机器人”。
4. 输入机盖下方印有的序列号。
5. 听到两声提示音后，输入 Wi-Fi 密码，等待约两分钟。

如果进度停在 99%，请把充电站移近路由器，或加装 Wi-Fi 信号放大器后重试。

{{agent_name}}
Brackwell 割草机器人售后
""")

template("zh/robot/error-codes", "割草机器人错误代码；标签行 + 项目符号（-）", """
{{buyer_name}} 您好，

型号：{{model}}
错误代码：{{error_code}}

该代码表示割草机器人为保护自身而停止工作。请按以下方法处理：
- 按下机身上的 STOP 键，打开机盖；
- 清除轮子和刀盘上的草屑、树枝或石块；
- 将机器搬回边界线以内，距边缘至少一米；
- 合上机盖，输入 PIN 码，按 HOME 键让它返回充电站。

如果一天内再次出现同一代码，请在本消息中回复机身底部的照片和报错时间，我们会进一步排查。

{{agent_name}}
Brackwell 割草机器人售后
""")

template("zh/warranty-evidence", "保修申请所需资料；编号清单 + 标签行", """
{{buyer_name}}，您好：

很抱歉 {{model}} 出现了问题。该产品享有 {{warranty_term}} 有限保修，我们会协助您处理。

请直接回复本消息并提供：
1. 机身铭牌（含序列号）的照片；
2. 能显示故障的短视频或照片；
3. 故障首次出现的日期。

订单号：{{order_id}}
保修单号：{{case_id}}

收到资料后，我们会在两个工作日内完成审核。

{{agent_name}}
Brackwell 保修服务组
""")

template("zh/review-request", "中性邀评（每个订单一次）；三行短模板", """
{{buyer_name}}您好，感谢您购买 {{model}}（订单 {{order_id}}）。
方便的话，欢迎在亚马逊上分享您的真实使用体验，您的评价可以帮助其他买家做出选择。
{{agent_name}} 敬上
""")

template("zh-tw/battery-care", "電池保養與存放；項目符號（●）", """
{{buyer_name}} 您好：

感謝您詢問 {{battery_model}} 的保養方式，以下幾點能讓電池用得更久：

● 請存放在室內陰涼乾燥處，溫度維持在 5°C 至 25°C，避免放在車內或悶熱的工具間。
● 一個月以上不使用時，保持兩到三格電量即可，不需充滿。
● 剛使用完的電池溫度較高，請靜置 15 分鐘後再充電。
● 冬季請每三個月補充一次電量。

電池不必完全放電後才充電，充飽後留在充電器上也不會損傷電池。

{{agent_name}} 敬上
Brackwell 客服團隊
""")

template("zh-tw/robot/app-pairing", "割草機器人與 Brackwell Yard App 配對；編號步驟", """
{{buyer_name}} 您好：

關於 {{model}} 與 Brackwell Yard App 的配對，請依照以下步驟操作：

1. 將割草機器人放回充電座並開機。
2. 開啟手機藍牙，並連上 2.4GHz 的 Wi-Fi（不支援 5GHz）。
3. 開啟 Brackwell Yard App，點選右上角的加號後選擇「割草機器人」。
4. 輸入機蓋下方的序號。
5. 聽到兩聲提示音後輸入 Wi-Fi 密碼，約需兩分鐘。

若進度停在 99%，請將充電座移近路由器，或加裝 Wi-Fi 訊號延伸器後再試一次。

{{agent_name}}
Brackwell 割草機器人客服
""")

template("zh-tw/safety/hedge-trimmer", "修籬機安全須知；中文編號、硬換行", """
{{buyer_name}} 您好：

感謝您詢問 {{model}} 的安全使用方式。
每次修剪前請留意以下幾點：

一、請配戴護目鏡、手套並穿著包鞋，
　　孩童與寵物須遠離 15 公尺以上。
二、請雙手握持修籬機，雙手開關的設計
　　是為了讓雙手都遠離刀片。
三、請勿站在梯子上修剪高於肩膀的樹籬。
四、清除卡住的枝葉或清潔刀片前，務必
　　先取下電池，使用完畢請套上刀套。
五、修剪前請檢查樹籬中是否有電線、圍籬或鳥巢。

祝 平安順心
{{agent_name}}
Brackwell 客服團隊
""")

template("zh-tw/review-request", "中性邀請評論（每筆訂單一次）；短模板", """
{{buyer_name}} 您好：

感謝您購買 {{model}}（訂單編號 {{order_id}}）。
若您方便，歡迎在 Amazon 上分享您的使用心得，您的真實評論能幫助其他買家選購。

{{agent_name}} 敬上
""")

# ===========================================================================
# Replies.  Ids are assigned in order of appearance (t31-001, t31-002, ...).
# ===========================================================================
REPLIES = []
CATS = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
TR = "template-required"
RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"
DEFAULT_LABELS = {"filled-template": [], "logistics": [], "rewritten": [TR],
                  "mixed-logistics": [TR]}

LONG_MOWER = ("Brackwell M21 40V Max 21-Inch Brushless Cordless Self-Propelled Lawn Mower "
              "with 3-in-1 Mulching, Bagging and Side Discharge, 5.0Ah Battery and Rapid "
              "Charger Included")
LONG_ROBOT = ("Brackwell Rover R8 Robot Lawn Mower for Lawns up to 1/2 Acre, Wi-Fi and "
              "Bluetooth App Control, Rain Sensor, Anti-Theft Alarm and PIN Lock, Boundary "
              "Wire Kit Included")
LONG_DRILL = ("Brackwell DX20 20V Max Brushless Cordless Drill/Driver Kit, 1/2-Inch Keyless "
              "Metal Chuck, 2-Speed Gearbox, LED Work Light, Two 2.0Ah Batteries, Charger "
              "and Carry Bag")
LONG_ZH_ROBOT = ("Brackwell Rover R8 割草机器人（适用 2000 平方米以内草坪，支持 Wi-Fi 与蓝牙"
                 "应用控制，带雨水感应、防盗报警和 PIN 码锁，含边界线套件）")


def tlang(tid):
    return tid.split("/")[0]


def _add(**kw):
    kw["id"] = f"{PREFIX}-{len(REPLIES) + 1:03d}"
    kw.setdefault("dropped", [])
    kw.setdefault("jc", None)
    REPLIES.append(kw)


def _tpl_lang(tid, tags):
    if tlang(tid) == "zh-tw":
        return "zh", tags + ["traditional"]
    return ("en" if tlang(tid) == "en" else "zh"), tags


def exact(tid, values, tags, note):
    """A template rendered with values, byte for byte."""
    lang, tags = _tpl_lang(tid, ["filled-template", "exact"] + tags)
    _add(cat="filled-template", tpl=tid, values=values, text=None, lang=lang,
         tags=tags, labels=[], note=f"{tid}: exact fill; {note}")


def edited(tid, values, tags, note, text, dropped=()):
    """A fill with light agent edits, written out in full."""
    lang, tags = _tpl_lang(tid, ["filled-template", "edited"] + tags)
    _add(cat="filled-template", tpl=tid, values=values, text=T(text), lang=lang,
         tags=tags, labels=[], note=f"{tid}: edited fill; {note}", dropped=list(dropped))


def free(cat, lang, tags, note, text, labels=None, tpl=None, values=None, jc=None):
    """A free-written reply (or, for violating replies, a fill with a violating edit)."""
    if labels is None:
        labels = DEFAULT_LABELS[cat]
    _add(cat=cat, tpl=tpl, values=values, text=T(text), lang=lang, tags=[cat] + tags,
         labels=list(labels), note=(f"{tpl}: {note}" if tpl else note), jc=jc)


# ---------------------------------------------------------------------------
# filled-template, exact fills (labels [])
# ---------------------------------------------------------------------------
exact("en/battery/storage-care",
      {"buyer_name": "Gwen", "battery_model": "Brackwell 40V Max 5.0Ah Lithium-Ion Battery (BP405)",
       "agent_name": "Hollis Varga"}, [], "plain values")
exact("en/battery/charger-lights",
      {"buyer_name": "Mr. Castellano", "charger_model": "Brackwell RC40 40V Rapid Charger",
       "battery_model": "BP405 40V 5.0Ah battery", "agent_name": "Renata Quispe"},
      ["label-lines"], "two label lines filled")
exact("en/mower/blade-replacement",
      {"buyer_name": "Desmond", "model": LONG_MOWER,
       "blade_part": "BLD-21M 21-inch mulching blade", "agent_name": "Callum Ostrowski"},
      ["long-value"], "model is a 150+ character Amazon product title")
exact("en/mower/wont-start",
      {"buyer_name": "Ms. Haverford", "model": "Brackwell M21 40V Self-Propelled Mower",
       "agent_name": "Imogen Achebe"}, [], "plain values")
exact("en/robot/error-codes",
      {"buyer_name": "Teodora", "model": "Brackwell Rover R8",
       "error_code": "E07 (wheel motor overload)", "order_id": "113-5068214-7739021",
       "agent_name": "Hollis Varga"}, ["label-lines"], "error code value carries its meaning in brackets")
exact("en/robot/boundary-wire",
      {"buyer_name": "Mr. Aldana", "model": "Brackwell Rover R8 Plus",
       "agent_name": "Renata Quispe"}, [], "plain values")
exact("en/robot/app/pairing",
      {"buyer_name": "Priyanka", "model": LONG_ROBOT, "agent_name": "Callum Ostrowski"},
      ["long-value", "nested"], "template two folders deep; model is a 150+ character title")
exact("en/warranty/evidence",
      {"buyer_name": "Walter", "model": "Brackwell HT24 40V Cordless Hedge Trimmer",
       "warranty_term": "three-year", "order_id": "112-7731905-4482216",
       "case_id": "BW-WC-31842", "agent_name": "Imogen Achebe"}, ["label-lines"], "plain values")
exact("en/safety/hedge-trimmer",
      {"buyer_name": "Mrs. Pennington", "model": "Brackwell HT24 Hedge Trimmer",
       "agent_name": "Hollis Varga"}, ["hard-wrapped"], "hard-wrapped template kept as is")
exact("en/drill/chuck-slipping",
      {"buyer_name": "Eamon", "model": "DX20", "agent_name": "Renata Quispe"},
      ["short"], "three-line template with short values")
exact("en/review-request",
      {"buyer_name": "Lorraine", "order_id": "114-2230987-6615403 and 114-2230987-6615977",
       "model": LONG_DRILL, "agent_name": "Callum Ostrowski"},
      ["long-value", "two-orders"], "neutral review request; two order ids in one slot and a 150+ character title")
exact("zh/battery-care",
      {"buyer_name": "黄先生", "battery_model": "Brackwell 40V 5.0Ah 锂电池",
       "agent_name": "何静怡"}, [], "plain values")
exact("zh/mower/blade-replacement",
      {"buyer_name": "孙女士", "model": "Brackwell M21 40V 自走式割草机",
       "blade_part": "BLD-21M 覆草刀片", "agent_name": "马俊杰"}, [], "plain values")
exact("zh/robot/app-pairing",
      {"buyer_name": "周先生", "model": LONG_ZH_ROBOT, "agent_name": "宋雨桐"},
      ["long-value"], "model is a long Chinese product title")
exact("zh/robot/error-codes",
      {"buyer_name": "钱女士", "model": "Brackwell Rover R8",
       "error_code": "E12（机身被抬起）", "agent_name": "何静怡"}, ["label-lines"], "plain values")
exact("zh/warranty-evidence",
      {"buyer_name": "吴先生", "model": "Brackwell HT24 电动绿篱机", "warranty_term": "三年",
       "order_id": "111-4092376-5820164", "case_id": "BW-WC-32017", "agent_name": "马俊杰"},
      ["label-lines"], "plain values")
exact("zh/review-request",
      {"buyer_name": "郭女士", "model": "Brackwell DX20 无刷电钻",
       "order_id": "113-8862041-0357719", "agent_name": "宋雨桐"},
      ["short"], "neutral review request, three-line template")
exact("zh-tw/battery-care",
      {"buyer_name": "蔡先生", "battery_model": "Brackwell 20V 2.0Ah 鋰電池",
       "agent_name": "許雅婷"}, [], "plain values")
exact("zh-tw/robot/app-pairing",
      {"buyer_name": "林小姐", "model": "Brackwell Rover R8 割草機器人",
       "agent_name": "劉冠宇"}, [], "plain values")
exact("zh-tw/safety/hedge-trimmer",
      {"buyer_name": "鄭先生", "model": "Brackwell HT24 電動修籬機",
       "agent_name": "許雅婷"}, ["hard-wrapped"], "hard-wrapped template with full-width indents kept as is")

# ---------------------------------------------------------------------------
# filled-template, lightly edited fills (labels [])
# ---------------------------------------------------------------------------
edited("en/battery/storage-care",
       {"buyer_name": "Ottilie", "battery_model": "Brackwell 20V Max 2.0Ah Battery (BP202)",
        "agent_name": "Imogen Achebe"},
       ["apology-added", "sentence-dropped"], "apology for the slow reply added; terminals bullet dropped", """
Hi Ottilie,

Sorry for the slow reply over the holiday weekend, and thanks for asking how to look after your Brackwell 20V Max 2.0Ah Battery (BP202). A few habits keep the cells healthy for years:

- Store the battery indoors between 40°F and 80°F, never in a hot shed or a car trunk.
- For storage longer than a month, leave it at two or three bars rather than full.
- Let a hot battery cool for 15 minutes before you put it on the charger.
- Top it up once every three months over the winter.

The battery does not need to be fully drained before charging, and leaving it on the charger overnight will not harm it.

Best wishes,
Imogen Achebe
Brackwell Customer Support
""")

edited("en/battery/charger-lights",
       {"buyer_name": "Bartholomew", "charger_model": "Brackwell RC20 20V Charger",
        "battery_model": "BP202 20V 2.0Ah", "agent_name": "Callum Ostrowski"},
       ["thanks-added", "reordered"], "thanks for the photo added; the two red-light lines swapped", """
Hi Bartholomew,

Thanks for sending the photo of your charger.

Charger: Brackwell RC20 20V Charger
Battery: BP202 20V 2.0Ah

Here is what the lights on the charger mean:

Solid green: the battery is fully charged.
Flashing green: charging is in progress.
Flashing red and green: the battery is faulty or not seated properly. Remove it, check the rails for debris and slide it back in firmly.
Solid red: the battery is too hot or too cold and will start charging once it reaches room temperature.

If the red and green flashing continues with a second battery as well, the charger itself may need attention and we will help you with the next steps.

Kind regards,
Callum Ostrowski
Brackwell Customer Support
""")

edited("en/mower/blade-replacement",
       {"buyer_name": "Mrs. Obuya", "model": "Brackwell M21 mower",
        "blade_part": "BLD-21M (21-inch mulching blade)", "agent_name": "Hollis Varga"},
       ["word-changed", "sentence-dropped"], "'thick' -> 'heavy'; closing tip dropped; 'Regards' -> 'Warm regards'", """
Dear Mrs. Obuya,

Thank you for your message about replacing the blade on your Brackwell M21 mower. The correct replacement part is BLD-21M (21-inch mulching blade).

1. Remove the battery and the safety key before you touch the blade.
2. Tip the mower onto its side with the battery compartment facing up.
3. Wear heavy gloves and wedge a block of wood against the blade so it cannot turn.
4. Loosen the center bolt counterclockwise with a 13 mm socket and lift off the old blade.
5. Fit the new blade with the side marked GRASS SIDE facing the ground.
6. Tighten the bolt firmly, then turn the blade by hand to check that it spins freely.

Warm regards,
Hollis Varga
Brackwell Customer Support
""")

edited("en/mower/wont-start",
       {"buyer_name": "Tobias", "model": "Brackwell M19 40V Push Mower",
        "agent_name": "Imogen Achebe"},
       ["apology-added", "sentence-dropped"], "apology for the wait added; deck bullet dropped", """
Hi Tobias,

I'm sorry for the wait over the weekend. Sorry also that your Brackwell M19 40V Push Mower will not start. Before anything else, please check these points:

\u2022 The safety key is pushed all the way in until it clicks.
\u2022 The battery shows at least one bar when you press its gauge button.
\u2022 You press and hold the start button first and then pull the bail bar towards the handle.
\u2022 The grass bag or the mulching plug is fitted, because the rear flap switch blocks the motor without it.

If the mower still does not start after these checks, tell us what the headlight does when you press the start button and we will take it from there.

Thanks,
Imogen Achebe
Brackwell Customer Support
""")

edited("en/robot/error-codes",
       {"buyer_name": "Mr. Szabo", "model": "Brackwell Rover R8",
        "error_code": "E12 (mower lifted)", "order_id": "111-6650273-9184410",
        "agent_name": "Renata Quispe"},
       ["reordered", "word-changed"], "steps 2 and 3 swapped; 'look into it' -> 'check it for you'", """
Hello Mr. Szabo,

Model: Brackwell Rover R8
Error code: E12 (mower lifted)
Order: 111-6650273-9184410

Thank you for sending the error code shown in the app. This code means the mower has stopped to protect itself. Please try the following:

1. Press STOP on the mower and lift the cover.
2. Carry the mower back inside the boundary wire, at least three feet from the edge.
3. Check the wheels and the blade disc for grass, twigs or stones.
4. Close the cover, enter your PIN and press HOME to send it back to the charging station.

If the same code returns within a day, reply here with a photo of the underside and the time the code appeared, and we will check it for you.

Best regards,
Renata Quispe
Brackwell Robot Mower Support
""")

edited("en/robot/boundary-wire",
       {"buyer_name": "Annelise", "model": "Rover R8 robot mower", "agent_name": "Imogen Achebe"},
       ["thanks-added", "sentence-dropped"], "thanks for the description added; pegs bullet dropped", """
Hi Annelise,

Thanks for the clear description of what happened. When the Rover R8 robot mower reports a missing boundary signal, the loop of wire around your lawn is usually broken or loose. Please check:

* The light on the charging station: solid green means the loop is fine, blinking red means it is broken.
* Both wire ends are pushed fully into the connectors on the station.
* Any recent digging, edging or aerating near the wire.

A break can be joined with the waterproof wire connectors from the accessory bag. Once the station light turns green, the mower will resume its schedule.

Regards,
Imogen Achebe
Brackwell Robot Mower Support
""")

edited("en/robot/app/pairing",
       {"buyer_name": "Mr. Ferreira", "model": "Brackwell Rover R8 Plus", "agent_name": "Hollis Varga"},
       ["apology-added", "word-changed", "nested"], "apology for the delay added; step 5 'wait up to' -> 'allow about'", """
Hi Mr. Ferreira,

Apologies for the delay in getting back to you, and thanks for reaching out about connecting your Brackwell Rover R8 Plus to the Brackwell Yard app.

1. Place the mower in the charging station and switch it on.
2. On your phone, turn on Bluetooth and join a 2.4 GHz Wi-Fi network (5 GHz is not supported).
3. Open the Brackwell Yard app, tap the plus sign and choose Robot Mower.
4. Enter the serial number printed under the cover.
5. When the mower beeps twice, enter your Wi-Fi password and allow about two minutes.

If pairing stops at 99%, move the charging station closer to the router or add a Wi-Fi extender, then try again.

Kind regards,
Hollis Varga
Brackwell Robot Mower Support
""")

edited("en/warranty/evidence",
       {"buyer_name": "Ms. Kowalczyk", "model": "Brackwell DX20 drill/driver",
        "warranty_term": "five-year", "order_id": "113-2287590-6641038",
        "case_id": "BW-WC-31907", "agent_name": "Callum Ostrowski"},
       ["reordered", "word-changed"], "label lines moved above the request; 'We are sorry' -> 'I am sorry'", """
Dear Ms. Kowalczyk,

Order ID: 113-2287590-6641038
Case number: BW-WC-31907

I am sorry that your Brackwell DX20 drill/driver is not working as it should. It is covered by our five-year limited warranty, and we would like to help.

To open a warranty case, please reply to this message with:
- a photo of the product label showing the serial number,
- a short video or photo that shows the problem,
- the date the problem first appeared.

We look at each case within two business days of receiving the information.

Sincerely,
Callum Ostrowski
Brackwell Warranty Team
""")

edited("en/safety/hedge-trimmer",
       {"buyer_name": "Fergus", "model": "Brackwell HT24 40V 24-Inch Dual-Action Cordless Hedge Trimmer",
        "agent_name": "Renata Quispe"},
       ["unwrapped", "signoff-changed"], "hard wraps joined into one line per bullet; 'Stay safe' -> 'Take care'", """
Hello Fergus,

Thank you for your question about using the Brackwell HT24 40V 24-Inch Dual-Action Cordless Hedge Trimmer safely. Please keep these points in mind every time you trim:

- Wear safety glasses, gloves and closed shoes, and keep children and pets at least 50 feet away.
- Hold the trimmer with both hands; the two-hand switch is there so that neither hand can get near the blade.
- Never trim above shoulder height from a ladder. Use a pole trimmer for tall hedges instead.
- Remove the battery before you clear a jam or clean the blade, and fit the blade cover when you are finished.
- Check the hedge for wires, fences and nests before you start cutting.

Take care,
Renata Quispe
Brackwell Customer Support
""")

edited("en/drill/chuck-slipping",
       {"buyer_name": "Mr. Adeyemi", "model": "DX20", "agent_name": "Imogen Achebe"},
       ["thanks-added", "short"], "thanks for the photo added to the first line of a 3-line template", """
Hi Mr. Adeyemi, thanks for the photo. A bit slipping in the DX20 chuck is usually fixed by opening the jaws fully, inserting the bit and tightening the sleeve by hand until it clicks twice.
If the bit still slips, set the clutch ring to the drill symbol for drilling and use the numbered settings only for driving screws.
Imogen Achebe, Brackwell Customer Support
""")

edited("en/review-request",
       {"buyer_name": "Rosalind", "order_id": "112-9043318-2750664",
        "model": "Brackwell HT24 hedge trimmer", "agent_name": "Hollis Varga"},
       ["word-changed"], "'Thank you for your order' -> 'Thanks again for order'; 'and DIYers' dropped", """
Hello Rosalind,

Thanks again for order 112-9043318-2750664. We hope the Brackwell HT24 hedge trimmer is working well for you.
Would you take a moment to share your experience in a review on Amazon? Your honest opinion helps other gardeners choose the right tool.

Best regards,
Hollis Varga
Brackwell
""")

edited("zh/battery-care",
       {"buyer_name": "徐女士", "battery_model": "Brackwell 20V 2.0Ah 锂电池", "agent_name": "马俊杰"},
       ["apology-added", "sentence-dropped"], "致歉句加在开头；删去冬季补电一条", """
徐女士，您好！

抱歉这么晚才回复您。感谢您咨询 Brackwell 20V 2.0Ah 锂电池 的保养方法。以下几点可以延长电池寿命：

· 请在室内阴凉干燥处存放，温度保持在 5℃ 到 25℃ 之间，不要放在车内或暴晒的工具棚里。
· 超过一个月不用时，保持两到三格电量即可，不必充满。
· 刚用完发热的电池，请静置 15 分钟再充电。

电池无需完全放电后再充，充满后留在充电器上也不会损坏电池。

祝好！
马俊杰
Brackwell 客服团队
""")

edited("zh/mower/blade-replacement",
       {"buyer_name": "陈先生", "model": "Brackwell M19 手推式割草机",
        "blade_part": "BLD-19S 标准刀片", "agent_name": "宋雨桐"},
       ["sentence-dropped", "signoff-changed"], "删去最后的保养建议；“此致”改为“祝您使用顺利”", """
陈先生 您好：

关于 Brackwell M19 手推式割草机 更换刀片的问题，适配的刀片型号为 BLD-19S 标准刀片。请按以下步骤操作：

1. 先取下电池和安全钥匙。
2. 将割草机侧放，电池仓朝上。
3. 戴上厚手套，用木块卡住刀片，防止转动。
4. 用 13 毫米套筒逆时针拧下中心螺栓，取下旧刀片。
5. 装上新刀片，标有 GRASS SIDE 的一面朝向地面。
6. 拧紧螺栓后用手转动刀片，确认转动顺畅。

祝您使用顺利
宋雨桐
Brackwell 客服团队
""")

edited("zh/robot/app-pairing",
       {"buyer_name": "刘女士", "model": "Brackwell Rover R8 割草机器人", "agent_name": "何静怡"},
       ["thanks-added", "word-changed"], "加一句“谢谢您耐心等待”；第 4 步措辞微调", """
刘女士，您好：

谢谢您耐心等待。将 Brackwell Rover R8 割草机器人 连接到 Brackwell Yard 应用，请按以下步骤操作：

1. 把割草机器人放回充电站并开机。
2. 打开手机蓝牙，并连接 2.4GHz 的 Wi-Fi（不支持 5GHz）。
3. 打开 Brackwell Yard 应用，点击右上角的加号，选择“割草机器人”。
4. 输入机盖下方贴纸上的序列号。
5. 听到两声提示音后，输入 Wi-Fi 密码，等待约两分钟。

如果进度停在 99%，请把充电站移近路由器，或加装 Wi-Fi 信号放大器后重试。

何静怡
Brackwell 割草机器人售后
""")

edited("zh/robot/error-codes",
       {"buyer_name": "杨先生", "model": "Brackwell Rover R8 Plus",
        "error_code": "E07（行走电机过载）", "agent_name": "马俊杰"},
       ["reordered", "greeting-changed"], "第二、三条对调；问候语标点改为感叹号", """
杨先生 您好！

型号：Brackwell Rover R8 Plus
错误代码：E07（行走电机过载）

该代码表示割草机器人为保护自身而停止工作。请按以下方法处理：
- 按下机身上的 STOP 键，打开机盖；
- 将机器搬回边界线以内，距边缘至少一米；
- 清除轮子和刀盘上的草屑、树枝或石块；
- 合上机盖，输入 PIN 码，按 HOME 键让它返回充电站。

如果一天内再次出现同一代码，请在本消息中回复机身底部的照片和报错时间，我们会进一步排查。

马俊杰
Brackwell 割草机器人售后
""")

edited("zh/review-request",
       {"buyer_name": "冯先生", "model": "Brackwell HT24 电动绿篱机",
        "order_id": "114-5509137-2286410", "agent_name": "何静怡"},
       ["word-changed", "short"], "“感谢您购买”改为“谢谢您选购”", """
冯先生您好，谢谢您选购 Brackwell HT24 电动绿篱机（订单 114-5509137-2286410）。
方便的话，欢迎在亚马逊上分享您的真实使用体验，您的评价可以帮助其他买家做出选择。
何静怡 敬上
""")

edited("zh-tw/battery-care",
       {"buyer_name": "王小姐", "battery_model": "Brackwell 40V 5.0Ah 鋰電池", "agent_name": "劉冠宇"},
       ["apology-added", "sentence-dropped"], "開頭加上致歉句；刪去最後一段說明", """
王小姐 您好：

抱歉讓您久等了。感謝您詢問 Brackwell 40V 5.0Ah 鋰電池 的保養方式，以下幾點能讓電池用得更久：

● 請存放在室內陰涼乾燥處，溫度維持在 5°C 至 25°C，避免放在車內或悶熱的工具間。
● 一個月以上不使用時，保持兩到三格電量即可，不需充滿。
● 剛使用完的電池溫度較高，請靜置 15 分鐘後再充電。
● 冬季請每三個月補充一次電量。

劉冠宇 敬上
Brackwell 客服團隊
""")

edited("zh-tw/robot/app-pairing",
       {"buyer_name": "張先生", "model": "Rover R8 Plus 割草機器人", "agent_name": "許雅婷"},
       ["reordered", "thanks-added"], "第 1、2 步對調；結尾加上致謝句", """
張先生 您好：

關於 Rover R8 Plus 割草機器人 與 Brackwell Yard App 的配對，請依照以下步驟操作：

1. 開啟手機藍牙，並連上 2.4GHz 的 Wi-Fi（不支援 5GHz）。
2. 將割草機器人放回充電座並開機。
3. 開啟 Brackwell Yard App，點選右上角的加號後選擇「割草機器人」。
4. 輸入機蓋下方的序號。
5. 聽到兩聲提示音後輸入 Wi-Fi 密碼，約需兩分鐘。

若進度停在 99%，請將充電座移近路由器，或加裝 Wi-Fi 訊號延伸器後再試一次。謝謝您的耐心。

許雅婷
Brackwell 割草機器人客服
""")

edited("zh-tw/safety/hedge-trimmer",
       {"buyer_name": "黃太太", "model": "HT24 修籬機", "agent_name": "劉冠宇"},
       ["unwrapped", "sentence-dropped"], "硬換行合併為每點一行；刪去第五點", """
黃太太 您好：

感謝您詢問 HT24 修籬機 的安全使用方式。每次修剪前請留意以下幾點：

一、請配戴護目鏡、手套並穿著包鞋，孩童與寵物須遠離 15 公尺以上。
二、請雙手握持修籬機，雙手開關的設計是為了讓雙手都遠離刀片。
三、請勿站在梯子上修剪高於肩膀的樹籬。
四、清除卡住的枝葉或清潔刀片前，務必先取下電池，使用完畢請套上刀套。

祝 平安順心
劉冠宇
Brackwell 客服團隊
""")

edited("zh-tw/review-request",
       {"buyer_name": "李先生", "model": "Brackwell DX20 電鑽",
        "order_id": "113-7730465-1198254", "agent_name": "許雅婷"},
       ["courtesy-added"], "結尾前加一句「祝您使用順利」", """
李先生 您好：

感謝您購買 Brackwell DX20 電鑽（訂單編號 113-7730465-1198254）。
若您方便，歡迎在 Amazon 上分享您的使用心得，您的真實評論能幫助其他買家選購。
祝您使用順利。

許雅婷 敬上
""")

# ---------------------------------------------------------------------------
# logistics: free-written, only shipping / delivery / tracking / returns /
# refunds of returns / address / customs / freight / damaged boxes (labels [])
# ---------------------------------------------------------------------------
LOG = "logistics"

free(LOG, "en", ["shipping", "tracking"], "shipment confirmation with UPS tracking and delivery date", """
Hi Marcus,

Your Brackwell M21 mower left our warehouse this morning with UPS. The tracking number is 1Z4W83A70392216857, and UPS currently shows delivery on Thursday, April 17.

The box weighs about 70 lb, so the driver may leave it at the garage door rather than on the porch.

Best regards,
Hollis Varga
Brackwell Customer Support
""")

free(LOG, "en", ["delivery", "short"], "two sentences: out for delivery today", """
Hi Dana, your order 112-4471093-8826150 is out for delivery with FedEx today. The tracking number is 7781 4402 9315 if you would like to follow it. Renata
""")

free(LOG, "en", ["tracking", "delay"], "tracking has not moved for four days; plan if it stays stuck", """
Hello Mr. Okafor,

I checked tracking number 9400 1118 9922 3047 5561 28 and the package has been at the USPS sorting facility in Memphis since Monday. USPS sometimes holds parcels there for a few days when volume is high, and it usually starts moving again without any action from you.

If there is still no scan by Friday, we will ship a second battery by UPS and let you know the new tracking number here, so you will not have to wait longer than necessary.

Kind regards,
Callum Ostrowski
Brackwell Customer Support
""")

free(LOG, "en", ["freight", "follow-up-question"], "RX42 riding mower freight appointment; asks which weekday works and about truck access", """
Dear Mr. Whitcombe,

Your Brackwell RX42 riding mower has been handed to our freight carrier, Ridgeline Freight, under PRO number 48213377. Because the pallet weighs about 420 lb, it travels by truck and the carrier will contact you by phone to book a delivery window before it goes out.

To help us set this up, could you tell us:
1. Which weekdays next week suit you for a four-hour delivery window?
2. Can a 26-foot truck turn into your street, or should we ask for a smaller truck?

We will pass your answers to the carrier as soon as we have them.

Best regards,
Imogen Achebe
Brackwell Customer Support
""")

free(LOG, "en", ["freight", "curbside", "follow-up-question"], "what curbside freight delivery means; asks whether someone will be home to sign", """
Hi Sunita,

Freight deliveries of the RX42 are curbside: the driver lowers the pallet to the end of your driveway with a liftgate but cannot bring it into the garage or up steps.

Please look over the crate before you sign. If the wrap is torn or the crate is broken, write "damaged" on the delivery receipt next to your signature; that lets us file the claim with the carrier straight away.

Will someone be at home on Tuesday afternoon to sign for it? If not, we can ask the carrier for another day.

Thanks,
Hollis Varga
""")

free(LOG, "en", ["return", "near-miss"], "buyer finds the robot mower too large for the yard; reply only explains the return", """
Hello Ms. Delacroix,

I understand the Rover R8 turned out to be more than your yard needs. You are well within the 30-day return window for order 111-3318640-7725093.

Please start the return from Your Orders on Amazon and choose the reason that fits best. Amazon will give you a prepaid UPS label. Pack the mower, the charging station and the power supply in the original box if you still have it; the boundary wire can stay in the ground.

Once the parcel is scanned by UPS, you will see the return status update in your order.

Regards,
Renata Quispe
""")

free(LOG, "en", ["refund", "return"], "return received at the warehouse; refund issued to the original payment method", """
Hi Gordon,

The hedge trimmer you sent back arrived at our warehouse on March 3, and we issued the refund of $149.99 the same day. It goes back to the card you paid with, and banks usually take three to five business days to show it.

If it has not appeared by next Wednesday, let me know and I will check the refund record for you.

Best,
Callum Ostrowski
Brackwell Customer Support
""")

free(LOG, "en", ["address"], "order already shipped; address cannot be changed; carrier redirect", """
Hello Mrs. Brannigan,

Thanks for letting us know about the new address. Unfortunately order 114-8305521-6679042 had already shipped when your message came in, so we can no longer change the address on our side.

Once UPS shows the parcel in transit, you can ask UPS to redirect it to your new address or hold it at a UPS location near you. If the redirect is not possible and the parcel comes back to us, we will send it out again to the corrected address.

Sincerely,
Imogen Achebe
""")

free(LOG, "en", ["customs", "international"], "shipping to Canada: duties and GST collected by the courier", """
Hi Étienne,

Your drill kit ships from our warehouse in Ohio, so it will cross the border into Canada before delivery. Import charges for this order were collected by Amazon at checkout, so the courier should not ask you for GST or duties at the door.

Customs clearance at the border usually adds one or two business days. The tracking will show "Clearance in progress" during that time; that is normal and does not need any action from you.

Best regards,
Hollis Varga
""")

free(LOG, "en", ["damaged-box", "replacement", "near-miss"], "crushed mower box: asks for photos of the box and sends a replacement", """
Dear Mr. Petrakis,

I am sorry the mower box arrived crushed on one corner. Please keep the box and the packing material for now, and reply here with two photos: one of the damaged corner and one of the shipping label.

We have already set aside a replacement M21 mower for you. It will ship tomorrow morning, and Amazon will send you a return label for the damaged unit so UPS can collect it.

Kind regards,
Renata Quispe
Brackwell Customer Support
""")

free(LOG, "en", ["split-shipment", "near-miss"], "batteries ship separately by ground; second parcel tracking", """
Hi Lucinda,

Your order arrives in two parcels. The hedge trimmer and the charger shipped on Monday with tracking 1Z9E215X0348827316. The two 40V batteries have to travel by ground service because of lithium shipping rules, so they left on Tuesday under tracking 1Z9E215X0348829954.

The second parcel should reach you one or two days after the first.

Best wishes,
Callum Ostrowski
""")

free(LOG, "en", ["missing-package", "delivered"], "parcel marked delivered but not found; next steps and carrier trace", """
Hello Mr. Ilunga,

FedEx marked the parcel as delivered at 2:14 pm yesterday, left at the front door. Sometimes drivers leave heavier boxes at a side entrance or with a neighbour, so please take a quick look around the property and ask next door.

If it has not turned up by tomorrow evening, reply to this message and we will open a trace with FedEx and ship a replacement without waiting for the trace result.

Regards,
Imogen Achebe
""")

free(LOG, "en", ["backorder", "ship-date"], "backordered robot mower: new ship date", """
Hi Corinne,

The Rover R8 Plus you ordered is arriving at our warehouse on May 2, and your order 113-9027715-4408361 is first in line to ship the next day. Amazon will email you the tracking number as soon as the label is printed.

Thanks for your patience while we wait for the container.

Hollis Varga
Brackwell Customer Support
""")

free(LOG, "en", ["return", "refund", "short"], "two sentences: return arrived, refund within two business days", """
Hello Ms. Iverson, the return for order 112-6690418-3057732 reached our warehouse today. Your refund will be processed within two business days.
""")

free(LOG, "en", ["exchange", "wrong-item", "near-miss"], "wrong battery voltage sent; correct one shipped and return label for the wrong one", """
Hi Mr. Gallagher,

You are right, we sent a 20V battery instead of the 40V BP405 you ordered; that is our mistake and I am sorry for it.

The correct 40V battery shipped this afternoon with UPS, tracking 1Z7A0B646891205528, and should reach you on Friday. Amazon will send you a prepaid return label for the 20V battery; please use that within 30 days.

Best regards,
Callum Ostrowski
""")

free(LOG, "en", ["delivery-instructions", "follow-up-question"], "asks where the driver should leave a heavy box", """
Hi Ms. Oyelaran,

Your mower is due on Wednesday. The box is close to 70 lb, and the driver will not be able to carry it up the stairs to your front door.

Would you prefer the driver to leave it inside the garage if the door is open, or next to the side gate? You can add that choice to the delivery instructions in your Amazon account, and the carrier will see it on the label.

Thank you,
Renata Quispe
""")

free(LOG, "en", ["return", "near-miss"], "buyer finds the hedge trimmer too heavy; reply only explains the return window and label", """
Hello Mr. Tanaka-Reid,

Sorry to hear the HT24 feels heavier than you expected. Your order is still inside the 30-day return window, so you can send it back for a refund.

Please start the return from Your Orders and print the prepaid label Amazon provides. Put the blade cover on, place the trimmer in its original box if possible and drop it at any UPS Store. The refund is issued as soon as the parcel arrives back with us.

Best wishes,
Imogen Achebe
Brackwell Customer Support
""")

free(LOG, "en", ["multi-box", "tracking"], "robot mower ships in two boxes; second tracking number", """
Dear Fiona,

The Rover R8 ships in two boxes: the mower itself and a separate box with the boundary wire kit. Only the first tracking number appears on your order page, so here is the second one: 1Z31V8W80376640182.

Both boxes left our warehouse on the same truck, but they may arrive on different days.

Kind regards,
Hollis Varga
""")

free(LOG, "en", ["replacement", "short", "near-miss"], "two sentences: replacement blade shipped by USPS", """
Hi Rafael, the replacement blade for your M21 went out today by USPS, tracking 9400 1118 9922 3051 7604 12. It should arrive on Tuesday.
""")

free(LOG, "zh", ["shipping", "tracking"], "发货通知：UPS 单号与预计送达日期", """
王先生，您好：

您订购的 Brackwell DX20 电钻套装已于今天上午从仓库发出，承运商为 UPS，运单号 1Z6F2Y410375518246，预计本周五送达。

包裹送达时可能需要签收，如白天家中无人，可以在亚马逊订单的配送说明里备注希望放置的位置。

马俊杰
Brackwell 客服团队
""")

free(LOG, "zh", ["return", "refund", "short"], "两句：退货已收到，退款已原路退回", """
李女士您好，您退回的绿篱机我们今天已经收到，退款已按原支付方式退回。一般三到五个工作日到账，请留意银行通知。
""")

free(LOG, "zh", ["address"], "订单已发出无法改地址；可联系承运商改派", """
赵先生 您好：

收到您更改地址的消息时，订单 113-5591072-4480316 已经交给 FedEx 发出，我们这边无法再修改收货地址。

建议您在包裹显示运输中之后，直接向 FedEx 申请改派到新地址，或改为到附近网点自提。如果包裹最终被退回仓库，我们会按新地址重新发货。

宋雨桐
""")

free(LOG, "zh", ["damaged-box", "replacement", "near-miss"], "外箱破损：请回复外箱照片，安排补发", """
孙先生，您好：

很抱歉割草机的外箱在运输途中被压坏了。麻烦您先保留外箱和填充物，并在本消息中回复两张照片：一张是破损位置，一张是快递面单。

我们已经为您安排补发一台新的 M21 割草机，明天上午发出；亚马逊会另外发给您退货标签，用于寄回受损的那一台。

何静怡
Brackwell 客服团队
""")

free(LOG, "zh", ["freight", "follow-up-question"], "骑乘式割草机大件物流：预约送货，询问方便的日期和是否需要尾板车", """
周女士 您好：

您订购的 Brackwell RX42 电动骑乘式割草机整托重约 190 公斤，将由货运公司 Ridgeline Freight 用卡车配送，货运单号 48213502。司机出车前会先打电话和您预约送货时间。

为方便安排，想跟您确认两点：
1. 下周哪几个工作日您家里有人？
2. 您家门口是否有台阶？如果有，我们会要求带尾板的车辆，把托盘放到路边平地上。

收到您的回复后，我们会立即转告货运公司。

马俊杰
""")

free(LOG, "zh", ["customs", "international"], "寄往加拿大：清关时间与进口费用说明", """
吴女士，您好：

您的订单从美国俄亥俄州仓库发出，寄往加拿大需要经过清关。本单的进口税费已在下单时由亚马逊收取，快递员送货时不会再向您收费。

清关通常会多花一到两个工作日，物流信息显示“清关中”属于正常情况，无需您做任何操作。

宋雨桐
Brackwell 客服团队
""")

free(LOG, "zh", ["split-shipment", "near-miss"], "电池因锂电运输规定单独走陆运，分两个包裹", """
郑先生您好：

您的订单会分成两个包裹送达。割草机和充电器已于周一发出，运单号 1Z5R870A0362294407；两块 40V 电池因为锂电池运输规定只能走陆运，周二单独发出，运单号 1Z5R870A0362297731。

第二个包裹通常会比第一个晚一到两天到。

何静怡
""")

free(LOG, "zh", ["tracking", "delay", "follow-up-question"], "物流五天未更新：已联系承运商，询问是否接受补发", """
高先生，您好：

我们查询了运单 9400 1118 9922 3062 4478 30，包裹自上周四到达芝加哥分拣中心后一直没有新的扫描记录。我们已经向 USPS 提交了查询。

如果到本周五仍没有更新，我们可以直接为您补发一台，改用 UPS 寄出。请问您是希望继续等待原包裹，还是直接补发？

马俊杰
Brackwell 客服团队
""")

free(LOG, "zh", ["shipping", "tracking", "traditional"], "出貨通知：FedEx 追蹤號碼（繁體）", """
陳小姐 您好：

您訂購的 Brackwell HT24 修籬機已於今天出貨，由 FedEx 配送，追蹤號碼為 7790 1325 6648，預計下週二送達。

包裹送達前一天，FedEx 會更新預計送達的時段，您可以在亞馬遜訂單頁面查看。

許雅婷
Brackwell 客服團隊
""")

free(LOG, "zh", ["return", "refund", "traditional"], "退貨已收到，退款已退回原付款方式（繁體）", """
林先生 您好：

您寄回的 Rover R8 割草機器人已於 3 月 12 日送達我們的倉庫，我們在當天完成退款，金額會退回您下單時使用的信用卡。

銀行入帳通常需要三到五個工作天；若下週三仍未看到款項，請回覆此訊息，我們會再幫您確認。

劉冠宇
""")

free(LOG, "zh", ["freight", "follow-up-question", "traditional"], "大型貨物 RX42 預約配送，詢問方便的日期（繁體）", """
何先生 您好：

您訂購的 Brackwell RX42 電動騎乘式割草機將以貨運卡車配送，貨運單號 48213619。因為整個棧板重量超過 180 公斤，只能送到路邊，司機無法搬進車庫。

請問下週哪一天家中有人可以簽收？我們會將您方便的日期轉告貨運公司，由他們與您確認送達時段。

許雅婷 敬上
""")

free("logistics", "mixed", ["shipping", "tracking", "bilingual"], "bilingual shipment update (English paragraph + Simplified Chinese version)", """
Hi Mr. Huang,

Your Brackwell M21 mower shipped today with UPS, tracking 1Z0H46E90351187720, and should arrive on Monday.

黄先生您好，您的 M21 割草机今天已经通过 UPS 发出，运单号 1Z0H46E90351187720，预计周一送达。

Callum Ostrowski
""")

free(LOG, "mixed", ["delivery", "code-switched"], "code-switched Chinese/English delivery update", """
Hi Kevin，

您的 order 113-7045528-1190634 已经 shipped 了，tracking number 是 1Z8K302W0389941256。UPS 显示 estimated delivery 是 this Thursday，如果 Thursday 家里没人，driver 会留一张 notice，第二天再来送一次。

Thanks,
宋雨桐
""")

free(LOG, "mixed", ["return", "bilingual"], "bilingual return-label instructions", """
Hello Ms. Chu,

Your prepaid return label is now available under Your Orders on Amazon. Please print it, tape it over the old label and drop the parcel at any UPS location.

朱女士您好，退货标签已经可以在亚马逊“我的订单”中下载。请打印后贴在旧面单上，交到任意 UPS 网点即可。

Renata Quispe
""")

free(LOG, "mixed", ["freight", "follow-up-question", "bilingual", "traditional"], "bilingual freight question (English + Traditional Chinese)", """
Hi Mr. Lo,

Your RX42 riding mower will be delivered curbside by truck next week. Which weekday works best for you?

羅先生您好，您的 RX42 騎乘式割草機下週將以卡車送到路邊，請問哪一個工作天您方便簽收？

Hollis Varga
""")

# ---------------------------------------------------------------------------
# rewritten: non-logistics answers written freely or heavily reworded, close to
# no template ([template-required])
# ---------------------------------------------------------------------------
RW = "rewritten"

free(RW, "en", ["battery-care", "paraphrase"], "topic of en/battery/storage-care, written as one conversational paragraph", """
Hi Joanne,

Good question about the winter. Those 40V packs dislike both the freezing garage and a baking summer shed, so the best home for them in the off-season is a closet shelf inside the house. Charge them to roughly half, which is two lit bars on the gauge, and then forget about them until spring, perhaps with one quick top-up around February. There is no memory effect, so you can recharge whenever it suits you.

Cheers,
Hollis
""")

free(RW, "en", ["blade", "paraphrase"], "topic of en/mower/blade-replacement, told as prose without steps", """
Hello Mr. Brandt,

The blade on the M21 comes off with a single bolt in the middle. Pull the safety key and the battery out first, lay the mower over with the battery side up so nothing drips into the compartment, hold the blade still with a scrap of 2x4 and undo the bolt with a 13 mm socket, turning it to the left. The new one goes on lettering down, toward the lawn. Give it a spin by hand before the battery goes back in.

Callum
""")

free(RW, "en", ["error-code", "paraphrase"], "topic of en/robot/error-codes (E07), free explanation without label lines", """
Hi Patrice, E07 on the Rover means one of the drive wheels had to work too hard and the mower switched itself off. Nine times out of ten that is long grass wound around the wheel hub, or the mower wedged against a root or a sprinkler head. Pull the grass off, move it somewhere flat and open, and send it home from the app. If it keeps showing E07 in the same corner, that corner is probably steeper than the 35 percent the R8 can climb.

Renata
""")

free(RW, "en", ["app-pairing", "paraphrase"], "topic of en/robot/app/pairing, explained as the 5 GHz cause instead of steps", """
Hello Mr. Nwosu,

When the app sits on "searching" forever, the phone is almost always on the 5 GHz half of a dual-band router. The R8's radio only speaks 2.4 GHz. Many routers show both bands under one name; if yours does, you can usually split them in the router settings, or switch 5 GHz off for ten minutes while you pair. Keep Bluetooth on as well, because the app finds the mower over Bluetooth first and only then hands over the Wi-Fi details.

Let me know how it goes.
Imogen
""")

free(RW, "en", ["warranty", "paraphrase"], "topic of en/warranty/evidence, informal request for evidence", """
Hi Carla,

That is not how the DX20 should behave, and it is well inside its warranty period, so let's get it sorted. What I need to see is the silver label under the handle (the serial number is printed on it) and a quick clip of the motor cutting out; a phone video is perfectly fine. Once I have those in this thread, I can usually confirm a replacement the same week.

Hollis Varga
""")

free(RW, "en", ["safety", "paraphrase"], "topic of en/safety/hedge-trimmer, answer about the two-hand switch", """
Hello Gary,

Please don't tape down or bypass the second switch on the front handle. The blades only run while both hands are on the tool, and that is exactly what keeps your free hand away from the cutting edge. It feels awkward at first, especially when you reach across the top of a hedge, but most people stop noticing it after an afternoon. For tall hedges, a sturdy work platform is much safer than a ladder, and keep the cut below shoulder height.

Best,
Renata Quispe
""")

free(RW, "en", ["compatibility", "no-template"], "battery compatibility question; no template covers it", """
Hi Mr. Roussel,

The DX20 drill belongs to our 20V family, so the 40V packs from your mower won't fit it; the rails are shaped differently on purpose so the two can't be mixed up. The 2.0Ah batteries that came in the drill kit are the right ones, and they charge on the RC20 charger from the same box.

Callum Ostrowski
""")

free(RW, "en", ["mowing-height", "no-template"], "advice on cutting height in summer; no template covers it", """
Hi Nadia, in the hot months I would leave the M21 on one of the higher settings, 3 to 3.5 inches (positions 5 or 6 on the lever). Longer grass shades its own roots and stays greener through a dry spell, and the mulching blade copes better when it takes off no more than a third of the height at a time. In spring and autumn you can go back to position 4. Imogen
""")

free(RW, "en", ["review-request", "neutral", "paraphrase"], "neutral review request in free wording, far from en/review-request", """
Hello Mr. Ashworth,

It has been a few weeks since your Rover R8 arrived, and we hope it has settled into a routine on your lawn. Whenever you have a spare minute, a few words on Amazon about how it has worked in your yard would be useful for people who are still deciding. There is no obligation at all.

All the best,
Hollis Varga
""")

free(RW, "en", ["rain-sensor", "no-template"], "rain sensor and rain delay setting; no template covers it", """
Hi Bettina,

The R8 heads home when its rain sensor gets wet and then waits for a delay you can set in the app under Schedule, Rain Delay; the default is three hours. If you would rather it skip the whole day after a shower, set the delay to the maximum of 12 hours. The sensor is the pair of small metal strips on top of the cover. Give them a wipe now and then, because bird droppings can make it think it is raining.

Renata
""")

free(RW, "en", ["wont-start", "paraphrase"], "topic of en/mower/wont-start, short free answer", """
Hi Mr. Quaye, when an M21 lights up but the blade never turns, it is almost always the order of the controls: hold the green button, squeeze the bar up to the handle, and only then let go of the button. The mower also refuses to run with the back open, so the bag or the mulching plug has to be in. If the headlight blinks three times instead, the battery is too warm; give it half an hour in the shade. Callum
""")

free(RW, "en", ["charger", "paraphrase"], "topic of en/battery/charger-lights, free explanation of alternating red/green", """
Hello Yusuf,

Red and green taking turns is the charger's way of saying it does not trust the pack it has been given. Usually the pack did not slide all the way down, or there is grit on the metal contacts. Take it out, wipe the contacts with a dry cloth and push it in until you feel the click. If it still alternates while another pack charges normally, the first battery is at fault and we will deal with it under warranty.

Imogen Achebe
""")

free(RW, "en", ["drill-clutch", "no-template"], "clutch and speed settings for deck screws; no template covers it", """
Hi Louisa,

For deck screws into pine, start the DX20 at clutch setting 12 and go up two numbers at a time until the heads sit flush. Use speed 1 on the top slider for driving; speed 2 is for drilling holes. If the screw heads are stripping, a fresh bit usually makes more difference than the clutch does.

Hollis
""")

free(RW, "en", ["pin-reset", "no-template"], "resetting the robot mower PIN; no template covers it", """
Hi Mr. Delgado,

If the Rover R8 asks for a PIN you no longer remember, you can set a new one from the app as long as your phone is still paired: open the mower, go to Security and choose Change PIN. The old PIN is not needed there, because the paired app already shows you are the owner. If the app was deleted as well, we can reset it from our side with the serial number under the cover; just reply with that number.

Renata Quispe
""")

free(RW, "zh", ["battery-care", "paraphrase"], "主题同 zh/battery-care，口语化改写成一段", """
韩女士您好，

冬天不用的电池，最好拿进屋里，放在柜子或书架上就行。车库太冷，夏天的工具棚又太热，都不合适。收起来之前充到一半左右（电量表亮两格），中间过两三个月看一眼，掉到一格就补一下。这种锂电池没有记忆效应，什么时候充都可以。

何静怡
""")

free(RW, "zh", ["blade", "paraphrase"], "主题同 zh/mower/blade-replacement，改写成不分步骤的说明", """
曹先生，您好：

M21 的刀片只靠中间一颗螺栓固定。动手之前一定先拔掉安全钥匙和电池，再把机器侧过来，让电池那一边朝上。拿一块木头顶住刀片，用 13 号套筒往左拧就能松开。新刀片有字的一面朝下装回去，拧紧以后用手拨一圈，没有刮擦声就可以了。

马俊杰
""")

free(RW, "zh", ["app-pairing", "paraphrase"], "主题同 zh/robot/app-pairing，改为解释 5G 频段原因", """
您好，

手机一直搜不到割草机器人，最常见的原因是手机连的是路由器的 5G 频段。R8 只能用 2.4G 的 Wi-Fi，很多双频路由器把两个频段合成了一个名字，可以在路由器后台把它们分开，或者配网时暂时关掉 5G。另外，App 是先通过蓝牙找到机器、再把 Wi-Fi 信息传过去的，所以蓝牙也要一直开着。

宋雨桐
""")

free(RW, "zh", ["charger", "cross-language"], "充电器指示灯；只有英文模板 en/battery/charger-lights，中文回答属于自由文本", """
彭先生您好：

充电器红绿灯交替闪，说明它认为这块电池有问题。多数情况下是电池没有推到底，或者触点上有草屑和灰尘。把电池取下来，用干布擦一下金属触点，再推进去，听到“咔”一声才算到位。如果换另一块电池能正常充电，那就是原来那块电池的问题，我们会按保修给您处理。

何静怡
""")

free(RW, "zh", ["drill-chuck", "cross-language"], "钻头打滑；只有英文模板 en/drill/chuck-slipping，中文回答属于自由文本", """
您好，钻头打滑的话，先把夹头完全拧开，钻头插到底，再用手拧紧，直到听见两声“咔嗒”。打孔时请把扭力环转到钻头图标那一档，数字档位是拧螺丝用的，用数字档打孔就容易打滑。——马俊杰
""")

free(RW, "zh", ["mowing-height", "no-template"], "夏季割草高度建议；没有对应模板", """
蒋女士，您好：

夏天天气热的时候，建议把割草高度调高一点，7 到 9 厘米（手柄上的第 5 或第 6 档）。草留长一些能给根部遮阴，干旱时也更耐旱。每次修剪不要超过草高的三分之一，覆草效果也会更好。春秋两季可以调回第 4 档。

宋雨桐
""")

free(RW, "zh", ["safety", "paraphrase", "traditional"], "主題同 zh-tw/safety/hedge-trimmer，針對雙手開關的自由回答（繁體）", """
邱先生您好，

前把手上的第二個開關請不要用膠帶固定或拆掉。修籬機設計成兩隻手都握住時刀片才會動，這樣空出來的那隻手就不可能碰到刀口。剛開始會覺得不順手，用一兩次就習慣了。樹籬太高的話，建議站在穩固的平台上，不要站在梯子上舉高修剪。

劉冠宇
""")

free(RW, "zh", ["error-code", "cross-language", "traditional"], "E07 錯誤代碼；繁體沒有錯誤代碼模板，屬於自由文本（繁體）", """
謝小姐 您好：

App 顯示 E07，表示割草機器人的驅動輪負荷太大，機器為了保護馬達自動停機。最常見的原因是長草纏在輪軸上，或是機器卡在樹根、灑水頭旁邊。把草清乾淨、把機器移到平坦的地方，再從 App 讓它回充電座就可以了。如果總是在同一個角落出現，可能是那裡的坡度太陡。

許雅婷
""")

free(RW, "zh", ["battery-care", "paraphrase", "short", "traditional"], "主題同 zh-tw/battery-care，兩句話的簡短改寫（繁體）", """
潘先生，冬天收起來的電池充到一半左右就好，放在屋內不冷不熱的地方，大約兩三個月看一次，只剩一格再補電。鋰電池沒有記憶效應，隨時充都沒關係。——劉冠宇
""")

free(RW, "mixed", ["boundary-wire", "bilingual"], "topic of en/robot/boundary-wire, free bilingual answer (English + Simplified)", """
Hi Mr. Cheng,

A red blinking light on the charging station means the wire loop is open somewhere. Walk along the wire, especially where you edged the flower beds last week, and join any cut with one of the gel-filled connectors from the bag.

程先生您好，充电站红灯闪烁表示边界线某处断开了。请沿着边界线检查，尤其是上周修过花坛边缘的地方，找到断点后用配件袋里的防水接头接好即可。

Hollis Varga
""")

free(RW, "mixed", ["app-pairing", "code-switched"], "pairing stuck at 99%, code-switched Chinese/English", """
您好，App 一直卡在 99% 的话，通常是 charging station 离 router 太远，Wi-Fi signal 不够。可以先把 station 暂时搬到离 router 近一点的地方完成 pairing，成功之后再搬回去；或者在中间加一个 Wi-Fi extender。记得 phone 要连 2.4 GHz，不是 5 GHz。

宋雨桐
""")

free(RW, "mixed", ["blade-care", "bilingual", "traditional"], "hedge trimmer blade care after use; bilingual (English + Traditional); no template covers it", """
Hi Mrs. Kwok,

After each use, brush the sap off the HT24 blades and give them a light coat of oil; it keeps them from sticking and rusting. Do this with the battery out and the blade cover close by.

郭太太您好，HT24 修籬機每次用完，請先取下電池，把刀片上的樹汁刷掉，再抹上一層薄薄的潤滑油，這樣刀片比較不會卡住或生鏽。

Renata Quispe
""")

# ---------------------------------------------------------------------------
# mixed-logistics: a logistics reply plus a free non-logistics part
# ([template-required])
# ---------------------------------------------------------------------------
ML = "mixed-logistics"

free(ML, "en", ["tracking", "usage-advice"], "shipping update plus advice on the first charge and first cut", """
Hi Howard,

Your M21 mower shipped today with UPS, tracking 1Z2D74F60398812043, and should be with you on Wednesday.

When it arrives, charge the battery fully before the first cut; new packs leave the factory at about 30 percent. For the very first mow I would set the height one notch higher than usual, since spring grass is often wet and heavy.

Best,
Hollis Varga
""")

free(ML, "en", ["return", "troubleshooting"], "return label plus a start-up troubleshooting tip", """
Hello Ms. Farrow,

I have asked Amazon to issue a prepaid return label for the M21; it should appear under Your Orders within the hour.

Before you pack it up, one thing is worth trying: the mower will not run unless the grass bag or the mulching plug is fitted, and many of the "dead on arrival" mowers we see are just that. If it starts with the plug in, you may not need the return at all.

Regards,
Callum Ostrowski
""")

free(ML, "en", ["delivery", "setup-advice"], "delivery date plus advice on planning the boundary wire", """
Hi Mr. Venkataraman,

The Rover R8 is scheduled for delivery on Saturday with FedEx, tracking 7794 5520 1067.

While you wait, it is a good moment to plan the wire layout: keep it about 14 inches in from fences and flower beds, and leave a spare loop near the station in case you want to move it later. Mowing the lawn short once before laying the wire also makes pegging much easier.

Imogen Achebe
""")

free(ML, "en", ["damaged-box", "product-opinion"], "torn box, nothing to return, plus an opinion on mulching versus bagging", """
Hi Mrs. Albright,

Sorry the box was torn when it arrived. Since the mower itself is undamaged, there is nothing you need to send back; I have noted the carrier damage on our side.

As for your question about bagging or mulching: for a lawn your size I would mulch most of the season. The M21's blade chops the clippings finely enough that they disappear within a day, and it saves you emptying the bag every ten minutes. Switch to bagging in autumn when the leaves come down.

Renata Quispe
""")

free(ML, "en", ["freight", "product-opinion"], "freight appointment plus an opinion on mowing a slope with the RX42", """
Dear Mr. Kirkland,

Your RX42 is booked with Ridgeline Freight for Thursday between 8 am and noon, delivered curbside with a liftgate.

You asked whether it will manage the bank behind your house. The RX42 is comfortable on slopes up to about 15 degrees if you drive straight up and down rather than across. Anything steeper I would leave to a push mower or a string trimmer.

Kind regards,
Hollis Varga
""")

free(ML, "en", ["refund", "battery-advice"], "refund of a returned trimmer plus advice on storing the kept battery", """
Hi Jasmine,

We received the returned hedge trimmer on Monday, and the refund for it went back to your card the same afternoon.

You mentioned keeping the 40V battery for your mower. That works fine; just give it a full charge before you put it away, because a pack left nearly empty for months can drop too low for the charger to wake it up.

Callum
""")

free(ML, "en", ["shipping", "sharpening-advice"], "spare blades shipped plus advice on sharpening and balance", """
Hi Mr. Obi,

The two spare blades shipped this morning by USPS, tracking 9400 1118 9922 3074 9901 55.

A tip while you wait: a blade that has only lost its edge can be sharpened two or three times with a file before it needs replacing. Keep the factory angle and take the same amount off both ends, so the blade stays balanced and the mower does not vibrate.

Imogen
""")

free(ML, "en", ["address", "wifi-advice"], "address updated before shipping plus advice on Wi-Fi range at the new site", """
Hi Leonie,

I have updated the delivery address for order 111-9820047-3361158 to the lake house; it has not shipped yet, so the change goes through without any problem.

Since the mower will live there, check one thing before it arrives: the Rover R8 needs 2.4 GHz Wi-Fi at the charging station, and holiday homes often have a weak signal at the far end of the garden. If the app keeps losing the mower, the station can usually be moved a few yards closer to the house.

Renata Quispe
""")

free(ML, "en", ["replacement", "product-opinion"], "replacement drill shipped plus an opinion on drilling brick", """
Hello Mr. Vance,

Your replacement DX20 left our warehouse today with UPS, tracking 1Z6V19A30356643008, and Amazon will send you a return label for the first one.

On your other question: the DX20 is a drill/driver without a hammer mode, so it will struggle with brick. It is excellent in wood, metal and drywall, but masonry anchors really need a hammer action.

Hollis Varga
""")

free(ML, "zh", ["shipping", "usage-advice"], "发货通知 + 首次使用和修剪手法建议", """
罗女士您好：

您的 HT24 绿篱机今天已经通过 UPS 发出，运单号 1Z3M55C70367128894，预计下周一送达。

第一次用之前，建议先把电池充满；修剪侧面时从树篱底部往上推，刀片稍微向外倾斜，这样剪出来的侧面会更整齐。

何静怡
""")

free(ML, "zh", ["return", "troubleshooting"], "退货标签 + 无法启动的排查建议", """
您好，

退货标签已经申请好了，稍后会出现在您的亚马逊订单里，打印后贴在箱子上交给 UPS 即可。

不过在寄回之前，建议您先试一下：割草机必须装上集草袋或覆草塞才能启动，很多“无法启动”的情况其实都是这个原因。装上之后如果能正常工作，就不用退货了。

马俊杰
""")

free(ML, "zh", ["freight", "product-opinion"], "大件物流预约 + 对坡地使用的意见", """
谢先生您好：

您的 RX42 骑乘式割草机已预约在本周四上午送达，货运公司会用带尾板的卡车送到路边。

关于您问的后院坡地：RX42 在 15 度以内的坡上沿坡直上直下行驶没有问题，不建议横着坡开。更陡的地方还是用手推割草机或打草机处理比较稳妥。

宋雨桐
""")

free(ML, "zh", ["shipping", "setup-advice", "traditional"], "出貨通知 + 邊界線規劃建議（繁體）", """
黃先生 您好：

您的 Rover R8 已於今天出貨，FedEx 追蹤號碼 7795 0284 6631，預計週六送達。

等待期間可以先規劃邊界線的位置：離圍籬和花圃大約 35 公分，充電座附近多留一圈備用線，以後想移動充電座時會方便很多。

許雅婷
""")

free(ML, "zh", ["refund", "battery-advice", "traditional"], "退款完成 + 保留電池的存放建議（繁體）", """
吳小姐 您好：

退回的修籬機已經收到，退款今天已退回您的信用卡。

您留下的那顆 40V 電池，如果暫時用不到，建議先充到兩格左右再收進屋裡，不要讓它長期處在沒電的狀態，否則之後可能充不進電。

劉冠宇
""")

free(ML, "mixed", ["shipping", "usage-advice", "bilingual"], "bilingual shipping update plus drill settings tip", """
Hi Mr. Tsai,

Your DX20 kit shipped today with UPS, tracking 1Z4T88B10341175562, and should arrive on Friday. A quick tip: for screws, use speed 1 and a clutch setting around 10; speed 2 is for drilling.

蔡先生您好，您的 DX20 电钻套装今天已经通过 UPS 发出，预计周五送达。小提示：拧螺丝时请用 1 档速度，扭力调在 10 左右；2 档是打孔用的。

Callum Ostrowski
""")

free(ML, "mixed", ["delivery", "product-opinion", "code-switched"], "code-switched delivery note plus an opinion on the first mow", """
您好 Ms. Lam，您的 M21 mower 明天会 deliver，tracking number 是 1Z7L40D90322258816。个人觉得 first mow 的时候 cutting height 调高一档比较好，春天的 grass 比较湿，这样 mulching 的效果会更好。

Imogen Achebe
""")

# ---------------------------------------------------------------------------
# violating: break a content policy; template-required per judgement call (JC)
# ---------------------------------------------------------------------------
VI = "violating"

free(VI, "en", ["gift-card", "template-based"], "exact fill plus an appended gift-card-for-5-stars sentence (JC1)", """
Hello Mr. Holloway,

Thank you for your order 113-6620194-0078352. We hope the Brackwell M21 mower is working well for you.
Would you take a moment to share your experience in a review on Amazon? Your honest opinion helps other gardeners and DIYers choose the right tool.
If you leave a 5-star review and send us a screenshot, we will send you a $15 Amazon gift card as a thank-you.

Best regards,
Callum Ostrowski
Brackwell
""", labels=[RI], tpl="en/review-request",
     values={"buyer_name": "Mr. Holloway", "order_id": "113-6620194-0078352",
             "model": "Brackwell M21 mower", "agent_name": "Callum Ostrowski"}, jc=1)

free(VI, "en", ["gating", "template-based"], "fill edited into review gating: 'If you are happy with it' + 'message us first instead of leaving a review' (JC1)", """
Hello Naomi,

Thank you for your order 112-5813306-9927410. We hope the Brackwell DX20 drill/driver is working well for you.
If you are happy with it, would you take a moment to share your experience in a review on Amazon? Your honest opinion helps other gardeners and DIYers choose the right tool. If anything is not right, please message us first instead of leaving a review.

Best regards,
Renata Quispe
Brackwell
""", labels=[RI], tpl="en/review-request",
     values={"buyer_name": "Naomi", "order_id": "112-5813306-9927410",
             "model": "Brackwell DX20 drill/driver", "agent_name": "Renata Quispe"}, jc=1)

free(VI, "zh", ["cashback", "template-based"], "exact fill plus 五星好评截图返现 sentence (JC1)", """
林先生您好，感谢您购买 Brackwell M21 割草机（订单 112-0937751-6604218）。
方便的话，欢迎在亚马逊上分享您的真实使用体验，您的评价可以帮助其他买家做出选择。
留下五星好评并截图发给我们，即可返现 10 美元。
马俊杰 敬上
""", labels=[RI], tpl="zh/review-request",
     values={"buyer_name": "林先生", "model": "Brackwell M21 割草机",
             "order_id": "112-0937751-6604218", "agent_name": "马俊杰"}, jc=1)

free(VI, "en", ["promo-code", "template-based"], "exact fill plus a P.S. with a discount code for spare batteries (JC1)", """
Hi Mr. Esterhazy,

Thanks for asking how to look after your Brackwell 40V Max 5.0Ah Battery. A few habits keep the cells healthy for years:

- Store the battery indoors between 40°F and 80°F, never in a hot shed or a car trunk.
- For storage longer than a month, leave it at two or three bars rather than full.
- Let a hot battery cool for 15 minutes before you put it on the charger.
- Keep the terminals clean and dry; wipe off grass dust with a dry cloth.
- Top it up once every three months over the winter.

The battery does not need to be fully drained before charging, and leaving it on the charger overnight will not harm it.

P.S. Spare BP405 batteries are 20% off in our Amazon store this week with code SPARE20.

Best wishes,
Imogen Achebe
Brackwell Customer Support
""", labels=[MKT], tpl="en/battery/storage-care",
     values={"buyer_name": "Mr. Esterhazy", "battery_model": "Brackwell 40V Max 5.0Ah Battery",
             "agent_name": "Imogen Achebe"}, jc=1)

free(VI, "en", ["email", "template-based"], "fill whose reply channel is changed to an outside e-mail address (JC1)", """
Dear Mrs. Lindgren,

We are sorry that your Brackwell M21 mower is not working as it should. It is covered by our five-year limited warranty, and we would like to help.

To open a warranty case, please email warranty@brackwell-outdoor.net with:
- a photo of the product label showing the serial number,
- a short video or photo that shows the problem,
- the date the problem first appeared.

Order ID: 114-7719203-5548816
Case number: BW-WC-32190

We look at each case within two business days of receiving the information.

Sincerely,
Hollis Varga
Brackwell Warranty Team
""", labels=[OPC], tpl="en/warranty/evidence",
     values={"buyer_name": "Mrs. Lindgren", "model": "Brackwell M21 mower",
             "warranty_term": "five-year", "order_id": "114-7719203-5548816",
             "case_id": "BW-WC-32190", "agent_name": "Hollis Varga"}, jc=1)

free(VI, "zh", ["im-handle", "template-based", "traditional"], "fill plus a sentence sending the buyer to a LINE account (JC1)（繁體）", """
廖先生 您好：

關於 Brackwell Rover R8 割草機器人 與 Brackwell Yard App 的配對，請依照以下步驟操作：

1. 將割草機器人放回充電座並開機。
2. 開啟手機藍牙，並連上 2.4GHz 的 Wi-Fi（不支援 5GHz）。
3. 開啟 Brackwell Yard App，點選右上角的加號後選擇「割草機器人」。
4. 輸入機蓋下方的序號。
5. 聽到兩聲提示音後輸入 Wi-Fi 密碼，約需兩分鐘。

若進度停在 99%，請將充電座移近路由器，或加裝 Wi-Fi 訊號延伸器後再試一次。
如果還是無法配對，請加我們的 LINE 官方帳號 @brackwell_tw，我們會用視訊一步一步協助您。

劉冠宇
Brackwell 割草機器人客服
""", labels=[OPC], tpl="zh-tw/robot/app-pairing",
     values={"buyer_name": "廖先生", "model": "Brackwell Rover R8 割草機器人",
             "agent_name": "劉冠宇"}, jc=1)

free(VI, "zh", ["new-product", "template-based"], "exact fill plus a new-model launch with money off (JC1)", """
邓女士 您好：

关于 Brackwell M21 割草机 更换刀片的问题，适配的刀片型号为 BLD-21M 覆草刀片。请按以下步骤操作：

1. 先取下电池和安全钥匙。
2. 将割草机侧放，电池仓朝上。
3. 戴上厚手套，用木块卡住刀片，防止转动。
4. 用 13 毫米套筒逆时针拧下中心螺栓，取下旧刀片。
5. 装上新刀片，标有 GRASS SIDE 的一面朝向地面。
6. 拧紧螺栓后用手转动刀片，确认转动顺畅。

建议每个季节打磨或更换一次刀片；如果草尖呈撕裂状，请提前更换。
另外，我们的新款 M23 割草机本周上市，现在下单立减 30 美元，欢迎选购。

此致
宋雨桐
Brackwell 客服团队
""", labels=[MKT], tpl="zh/mower/blade-replacement",
     values={"buyer_name": "邓女士", "model": "Brackwell M21 割草机",
             "blade_part": "BLD-21M 覆草刀片", "agent_name": "宋雨桐"}, jc=1)

free(VI, "en", ["phone", "freight"], "free-written freight reply asking the buyer to phone the seller's desk (JC2)", """
Hi Mr. Sandoval,

Your RX42 riding mower is with the freight carrier and ready for delivery next week. To book your delivery window, please call our freight desk directly at (312) 555-0143 between 9 am and 5 pm Central.

Thanks,
Hollis Varga
""", labels=[OPC], jc=2)

free(VI, "mixed", ["url", "tracking", "bilingual"], "free-written bilingual tracking reply linking to the seller's own tracking site (JC2)", """
Hi Ms. Yeung,

Your order shipped today. You can follow it on our own tracking page: https://track.brackwell-outdoor.net/114-3308825-7716409

杨女士您好，您的订单今天已经发出，可以在我们自己的物流页面查看：https://track.brackwell-outdoor.net/114-3308825-7716409

Renata Quispe
""", labels=[OPC], jc=2)

free(VI, "en", ["im-handle", "phone", "troubleshooting"], "free-written troubleshooting that asks for a video on WhatsApp (JC3)", """
Hi Derek,

A robot mower that circles on the spot usually has one wheel packed with mud, so the two wheels turn at different speeds. Scrape both wheels clean and run it again.

If it keeps circling, send me a short video on WhatsApp at +1 (773) 555-0188 and I will take a look.

Imogen
""", labels=[OPC, TR], jc=3)

free(VI, "zh", ["im-handle", "troubleshooting"], "free-written troubleshooting that moves the buyer to WeChat (JC3)", """
您好，

绿篱机刀片卡住不动，多半是树枝太粗，超过了 2 厘米。先取下电池，把卡住的枝条清出来，再试一下。

如果还是不行，请加我的微信 brackwell_kf66，发个视频给我看看。

宋雨桐
""", labels=[OPC, TR], jc=3)

free(VI, "en", ["five-star", "gating", "review-request"], "free-written request for a 5-star review after the buyer's praise (JC4)", """
Hi Priscilla,

So happy to hear the mower is doing a great job on your lawn! Since you are enjoying it, could you pop a quick 5-star review on Amazon? It really helps a small brand like ours.

Thanks a million,
Renata
""", labels=[RI, TR], jc=4)

free(VI, "en", ["remove-review", "refund"], "free-written refund of a return plus a request to remove a 1-star review (JC5)", """
Hello Mr. Faulkner,

Your returned drill arrived at our warehouse yesterday, and the refund of $129.00 went back to your original payment method this morning.

Now that everything has been sorted out, would you please remove the 1-star review you posted on the drill's product page?

Regards,
Callum Ostrowski
""", labels=[RI, TR], jc=5)

free(VI, "en", ["promo-code", "new-product"], "free-written reply that is entirely a launch announcement with a discount code (JC6)", """
Hi Mrs. Whitaker,

Great news! Our new Brackwell HT30 pole hedge trimmer launches next week, and as an existing customer you get 25% off any Brackwell garden tool in our Amazon store with code GARDEN25 until Sunday. It runs on the same 40V batteries as your mower, so you can start trimming right away.

Hollis Varga
""", labels=[MKT, TR], jc=6)

free(VI, "zh", ["cross-sell", "shipping"], "free-written exchange-shipping reply with a sale pitch for spare blades (JC5)", """
陈女士您好：

您换货的 40V 电池今天已通过 UPS 发出，运单号 1Z8P61E20388432207，预计周四送达。

另外，我们店里的割草机刀片套装本周八折，建议您顺便多买一片备用。

何静怡
""", labels=[MKT, TR], jc=5)

free(VI, "mixed", ["promo-code", "troubleshooting", "bilingual"], "free-written bilingual battery-calibration advice with a discount code (JC3)", """
Hi Mr. Leung,

If the R8 keeps stopping with "battery low" after 20 minutes, recalibrate the battery: let it run until it docks by itself, charge it fully overnight, and repeat once.

梁先生您好，如果 R8 工作 20 分钟就提示电量低，请让它一直工作到自动回充，再充满一整晚，重复一次即可校准电池。

By the way, use code ROBOT10 for 10% off a spare battery in our Amazon store. 另外，使用优惠码 ROBOT10 购买备用电池可享九折。

Callum Ostrowski
""", labels=[MKT, TR], jc=3)

# ---------------------------------------------------------------------------
# Judgement calls for the violating category
# ---------------------------------------------------------------------------
JCS = OrderedDict([
    (1, "A template fill with one violating sentence added or one line changed (gift card "
        "for a 5-star review, review gating, a discount-code P.S., a new-model launch, an "
        "outside e-mail address or a LINE account as the reply channel) still matches its "
        "approved template closely (difflib ratio >= 0.70 to the filled template), so "
        "`template-required` is not expected. interface.md defines that policy as a test of "
        "whether the message matches a template closely enough; it is not a catch-all for "
        "edits, and the violating sentence is the content policy's job. Expected: the content "
        "policy only."),
    (2, "A free-written reply that is purely logistics (booking a freight delivery, following "
        "a shipment) and reaches for an off-platform channel for that same logistics matter "
        "(a phone number, a link to the seller's own tracking site) is still about logistics, "
        "so it is exempt from `template-required`. Expected: `off-platform-contact` only."),
    (3, "A free-written non-logistics answer (troubleshooting, usage advice) that also breaks "
        "a content policy (WhatsApp number, WeChat id, a discount code) gets both labels: the "
        "violation does not make the free text template-covered, and the free text would be "
        "`template-required` on its own (as in the rewritten category)."),
    (4, "A review request is not logistics (policy.md lists it as a permitted message, but "
        "interface.md exempts only shipping, delivery, tracking, returns, address and "
        "customs). A free-written review request far from the neutral review-request "
        "templates, here asking for 5 stars after the buyer's praise, expects "
        "`review-inducement` and `template-required`."),
    (5, "A free-written logistics reply with an added non-logistics sentence that violates a "
        "content policy (asking to remove a 1-star review, pushing a sale on spare blades) is "
        "no longer logistics-only: the added sentence is free non-logistics content, exactly "
        "as in the mixed-logistics category, so `template-required` is expected together "
        "with the content policy."),
    (6, "A reply that is entirely a launch announcement with a discount code is non-logistics "
        "and matches no template: `marketing` plus `template-required`."),
])
JC_EXPECTS_TR = {1: False, 2: False, 3: True, 4: True, 5: True, 6: True}

# ===========================================================================
# Self-checks
# ===========================================================================
PH = re.compile(r"\{\{([a-z_]+)\}\}")
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT = {RI, OPC, MKT}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# (simplified, traditional) pairs where the simplified form is not used in
# Traditional text and vice versa; ambiguous pairs (后/後, 里/裡, 周/週, 于/於,
# 台/臺, 干/乾, 只/隻, 面/麵, 板/闆, 系/係 ...) are left out on purpose.
ST_PAIRS = [(p[0], p[1]) for p in (
    "电電 们們 这這 请請 关關 机機 过過 还還 时時 间間 单單 号號 码碼 货貨 运運 发發 "
    "达達 边邊 线線 树樹 篱籬 钻鑽 护護 镜鏡 宠寵 远遠 叶葉 务務 须須 鸟鳥 网網 络絡 "
    "谢謝 问問 题題 应應 该該 为為 会會 个個 对對 动動 无無 订訂 换換 检檢 测測 灯燈 "
    "开開 让讓 团團 队隊 续續 报報 区區 确確 认認 证證 据據 补補 评評 论論 价價 经經 "
    "验驗 买買 卖賣 帮幫 实實 产產 费費 显顯 从從 处處 录錄 蓝藍 连連 输輸 声聲 调調 "
    "转轉 约約 场場 仓倉 库庫 签簽 车車 轮輪 钥鑰 顺順 畅暢 拧擰 块塊 装裝 离離 围圍 "
    "键鍵 盖蓋 带帶 户戶 寿壽 养養 议議 欢歡 备備 选選 览覽 询詢 诉訴 载載 "
    "计計 坏壞 损損 态態 缠纏 灵靈 视視 频頻 广廣 图圖 纸紙 贴貼 录錄 华華 "
    "阳陽 级級 档檔 钮鈕 压壓 湿濕 润潤 锈鏽 样樣 虽雖 难難 设設 软軟 体體 话話 说說 "
    "与與 东東 将將 岁歲 两兩 满滿 饱飽 态態 际際 师師 毕畢 务務 联聯").split()
    if p[0] != p[1]]
SIMP_ONLY = {s for s, t in ST_PAIRS}
TRAD_ONLY = {t for s, t in ST_PAIRS}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\u2B50\uFE0F]")
PHONE = re.compile(r"(?:\+1\s*)?\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b")
NOTE_TPL = re.compile(r"^((?:en|zh|zh-tw)/[A-Za-z0-9/_.-]+):")
# Anything that could draw a warning or error from a content policy; must not
# appear in replies labelled [] (review words only in the review-request fills).
RISKY = re.compile(r"https?://|www\.|[\w.+-]+@[\w-]+\.[\w.]+|(?i:whatsapp|wechat|telegram|"
                   r"facebook|instagram|coupon|discount|promo|% ?off|\bsale\b|5-star|five-star|"
                   r"gift card|cash ?back|buy again)|\bLINE\b|\bcode [A-Z0-9]{4,}\b|"
                   r"微信|好评|好評|返现|返現|优惠|優惠|折扣|五星|八折|九折|新款|上市|礼品卡|禮品卡|红包|紅包")
REVIEW_WORDS = re.compile(r"(?i)\breview|feedback|\brating|评价|評價|评论|評論|留评")
LOGISTICS_WORDS = re.compile(r"(?i)ship|deliver|tracking|return|refund|address|customs|freight|"
                             r"parcel|package|warehouse|carrier|UPS|FedEx|USPS|发出|发货|送达|运单|退货|"
                             r"退款|地址|清关|货运|包裹|出貨|送達|追蹤|退款|退回|貨運|簽收")
TARGET = {"filled-template": 40, "logistics": 34, "rewritten": 26, "mixed-logistics": 16,
          "violating": 16}
LANG_TARGET = {"en": 0.55, "zh": 0.25, "zh (traditional)": 0.12, "mixed": 0.08}
TR_MAX = 0.55      # template-required replies: at most this close to any template
EDIT_MIN = 0.70    # edited fills / template-based violations: at least this close

FAILS = []


def check(cond, msg):
    if not cond:
        FAILS.append(msg)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def render(tid, values):
    return PH.sub(lambda m: values.get(m.group(1), ""), TEMPLATES[tid])


def skeleton(tid):
    return PH.sub("", TEMPLATES[tid])


def text_of(r):
    return r["text"] if r["text"] is not None else render(r["tpl"], r["values"])


def lang_key(r):
    if r["lang"] == "zh" and "traditional" in r["tags"]:
        return "zh (traditional)"
    return r["lang"]


def nearest_skeleton(txt):
    return max((ratio(txt, skeleton(t)), t) for t in TEMPLATES)


def check_script(where, text, traditional):
    han = set(CJK.findall(text))
    if not han:
        return
    if traditional:
        check(not (han & SIMP_ONLY), f"{where}: simplified characters {sorted(han & SIMP_ONLY)}")
        check(len(han & TRAD_ONLY) >= 2, f"{where}: too few traditional marker characters")
    else:
        check(not (han & TRAD_ONLY), f"{where}: traditional characters {sorted(han & TRAD_ONLY)}")
        check(len(han & SIMP_ONLY) >= 2, f"{where}: too few simplified marker characters")


def self_check():
    # -- templates -----------------------------------------------------------
    check(18 <= len(TEMPLATES) <= 22, f"{len(TEMPLATES)} templates, expected about 20")
    for tid, body in TEMPLATES.items():
        check(PH.search(body), f"{tid}: no placeholder")
        check("{" not in PH.sub("", body) and "}" not in PH.sub("", body), f"{tid}: stray brace")
        check("\n\n\n" not in body, f"{tid}: two blank lines in a row")
        check(not EMOJI.search(body), f"{tid}: emoji")
        check(not PHONE.search(body), f"{tid}: phone number")
        m = RISKY.search(body)
        check(not m, f"{tid}: risky wording {m.group(0) if m else ''}")
        if "review" not in tid:
            check(not REVIEW_WORDS.search(body), f"{tid}: review wording outside a review template")
        check(not re.search(r"(?i)if you are (happy|satisfied)|positive|满意的话|滿意的話", body),
              f"{tid}: gating wording")
        l = tlang(tid)
        check(l in ("en", "zh", "zh-tw"), f"{tid}: unknown language folder")
        if l == "en":
            check(not CJK.search(body), f"{tid}: CJK in an English template")
        else:
            check_script(tid, body, l == "zh-tw")
    check(any(t.count("/") >= 3 for t in TEMPLATES), "no template nested two folders deep")
    layouts = Counter(tlang(t) for t in TEMPLATES)
    check(layouts["en"] >= 8 and layouts["zh"] >= 4 and layouts["zh-tw"] >= 3, f"language mix {layouts}")
    check(sum(len(b.split("\n")) <= 3 for b in TEMPLATES.values()) >= 2, "fewer than two 3-line templates")
    for v in (LONG_MOWER, LONG_ROBOT, LONG_DRILL):
        check(len(v) >= 150, f"long value shorter than 150: {v[:30]}")

    # -- replies -------------------------------------------------------------
    seen = set()
    for i, r in enumerate(REPLIES, 1):
        rid = r["id"]
        txt = text_of(r)
        check(rid == f"{PREFIX}-{i:03d}", f"{rid}: id out of sequence")
        check(txt and txt == txt.strip(), f"{rid}: empty or untrimmed text")
        check(txt not in seen, f"{rid}: duplicate text")
        seen.add(txt)
        check(r["cat"] in CATS and r["tags"][0] == r["cat"], f"{rid}: category / tags[0]")
        check(len(set(r["tags"])) == len(r["tags"]), f"{rid}: duplicate tag")
        check(set(r["labels"]) <= POLICIES, f"{rid}: unknown policy in labels")
        check(len(set(r["labels"])) == len(r["labels"]), f"{rid}: duplicate label")
        check("{{" not in txt and "}}" not in txt, f"{rid}: unfilled placeholder")
        check("\n\n\n" not in txt, f"{rid}: two blank lines in a row")
        check(not EMOJI.search(txt), f"{rid}: emoji")
        for m in PHONE.finditer(txt):
            check(re.search(r"555-01\d\d$", m.group(0)), f"{rid}: phone number not 555-01xx: {m.group(0)}")
        # language and script
        han = CJK.findall(txt)
        latin = re.findall(r"[A-Za-z]{2,}", txt)
        if r["lang"] == "en":
            check(not han, f"{rid}: CJK in an en reply")
        elif r["lang"] == "zh":
            check(len(han) > 3 * len(latin), f"{rid}: zh reply is not mostly Chinese")
        elif r["lang"] == "mixed":
            check(len(han) >= 20 and len(latin) >= 8, f"{rid}: mixed reply lacks one of the languages")
        else:
            check(False, f"{rid}: bad lang {r['lang']}")
        check_script(rid, txt, "traditional" in r["tags"])
        if r["tpl"] and tlang(r["tpl"]) == "zh-tw":
            check("traditional" in r["tags"], f"{rid}: zh-tw template without the traditional tag")
        # note names the source template first
        m = NOTE_TPL.match(r["note"])
        if r["tpl"]:
            check(r["tpl"] in TEMPLATES, f"{rid}: unknown template {r['tpl']}")
            check(bool(m) and m.group(1) == r["tpl"], f"{rid}: note must start with {r['tpl']}")
        else:
            check(not m, f"{rid}: note starts with a template id but no template is set")
        for other in re.findall(r"\b(?:en|zh|zh-tw)/[a-z0-9/-]*[a-z0-9]", r["note"]):
            check(other in TEMPLATES, f"{rid}: note names unknown template {other}")
        # values
        if r["values"] is not None:
            names = set(PH.findall(TEMPLATES[r["tpl"]]))
            check(set(r["values"]) == names, f"{rid}: values {sorted(r['values'])} != {sorted(names)}")
            for k, v in r["values"].items():
                check(v and "{{" not in v, f"{rid}: empty value {k}")
                if k not in r["dropped"]:
                    check(v in txt, f"{rid}: value of {k} not in text")
        # labels by category
        cat = r["cat"]
        if cat in DEFAULT_LABELS:
            check(r["labels"] == DEFAULT_LABELS[cat], f"{rid}: {cat} must be labelled {DEFAULT_LABELS[cat]}")
        if not r["labels"]:
            mm = RISKY.search(txt)
            check(not mm, f"{rid}: risky wording in a [] reply: {mm.group(0) if mm else ''}")
            check(not PHONE.search(txt), f"{rid}: phone number in a [] reply")
            if not (r["tpl"] or "").endswith("review-request"):
                check(not REVIEW_WORDS.search(txt), f"{rid}: review wording in a [] reply")
        if cat in ("logistics", "mixed-logistics"):
            check(LOGISTICS_WORDS.search(txt), f"{rid}: no logistics wording")
        if cat == "logistics":
            check(r["tpl"] is None, f"{rid}: logistics replies are free-written")
            r["sim"], r["near"] = nearest_skeleton(txt)
        # similarity
        if cat == "filled-template":
            canon = render(r["tpl"], r["values"])
            if "exact" in r["tags"]:
                check(txt == canon, f"{rid}: exact fill differs from the rendering")
            else:
                check(txt != canon, f"{rid}: edited fill equals the rendering")
                r["sim"] = ratio(txt, canon)
                check(r["sim"] >= EDIT_MIN, f"{rid}: edited fill ratio {r['sim']:.3f} < {EDIT_MIN}")
                best = max(TEMPLATES, key=lambda t: ratio(txt, render(t, r["values"])))
                check(best == r["tpl"], f"{rid}: nearest template is {best}, not {r['tpl']}")
        if cat == "violating":
            jc = r["jc"]
            check(jc in JCS, f"{rid}: violating reply without a judgement call")
            check(set(r["labels"]) & CONTENT, f"{rid}: violating reply without a content policy")
            check((TR in r["labels"]) == JC_EXPECTS_TR.get(jc), f"{rid}: labels disagree with JC{jc}")
            check((r["tpl"] is not None) == (jc == 1), f"{rid}: only JC1 replies are template-based")
            if r["tpl"]:
                canon = render(r["tpl"], r["values"])
                check(txt != canon, f"{rid}: violating fill equals the rendering")
                r["sim"] = ratio(txt, canon)
                check(r["sim"] >= EDIT_MIN, f"{rid}: template-based violation ratio {r['sim']:.3f} < {EDIT_MIN}")
                best = max(TEMPLATES, key=lambda t: ratio(txt, render(t, r["values"])))
                check(best == r["tpl"], f"{rid}: nearest template is {best}, not {r['tpl']}")
        else:
            check(r["jc"] is None, f"{rid}: judgement call outside the violating category")
        if TR in r["labels"]:
            r["sim"], r["near"] = nearest_skeleton(txt)
            check(r["sim"] <= TR_MAX, f"{rid}: ratio {r['sim']:.3f} to {r['near']} > {TR_MAX}")

    # -- totals --------------------------------------------------------------
    n = len(REPLIES)
    check(120 <= n <= 140, f"{n} replies, expected about 130")
    cats = Counter(r["cat"] for r in REPLIES)
    for c, want in TARGET.items():
        check(abs(cats[c] - want) <= 3, f"category {c}: {cats[c]}, expected about {want}")
    langs = Counter(lang_key(r) for r in REPLIES)
    for l, share in LANG_TARGET.items():
        check(abs(langs[l] / n - share) <= 0.03, f"language {l}: {langs[l]}/{n}, expected about {share:.0%}")
    fills = [r for r in REPLIES if r["cat"] == "filled-template"]
    n_exact = sum("exact" in r["tags"] for r in fills)
    check(abs(2 * n_exact - len(fills)) <= 2, f"exact fills {n_exact} of {len(fills)}, expected half")
    short = [r for r in REPLIES if r["cat"] == "logistics" and "short" in r["tags"]]
    check(len(short) >= 3, "fewer than three short logistics replies")
    for r in short:
        check(len(re.findall(r"[.!?。！？](?=\s|$)", text_of(r))) <= 3, f"{r['id']}: short reply is long")
    check(sum("follow-up-question" in r["tags"] for r in REPLIES if r["cat"] == "logistics") >= 3,
          "fewer than three logistics replies with follow-up questions")
    for tid in TEMPLATES:
        check(any(r["tpl"] == tid for r in fills), f"{tid}: never filled")
    for r in REPLIES:
        obj = out_obj(r)
        check(json.loads(json.dumps(obj, ensure_ascii=False)) == obj, f"{r['id']}: JSON round trip")


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
    return str(s).replace("|", "\\|").replace("\n", " ")


def write_readme():
    out = []
    w = out.append
    w(f"# {PREFIX}: hand-labelled held-out test set for `template-required`\n")
    w("Everything here is generated by `gen.py`, the single source of truth; do not edit the "
      "outputs by hand. `python3 gen.py` runs the self-checks, then rewrites `library/`, "
      "`replies.jsonl` and this README; if any check fails it prints the failures, writes "
      "nothing and exits 1.\n")
    w("The set was written only from `interface.md` (policy table, `template-required`, the "
      "Templates section) and `policy.md`, without looking at msglint's code or running any "
      "linter. Run it as, for example, `msglint audit replies.jsonl --templates library "
      "--format jsonl` and compare each record's warning/error policies with `labels`.\n")
    w("## Seller (invented)\n")
    w("**Brackwell Outdoor Power** sells cordless power tools and battery garden equipment on "
      "Amazon: the DX20 20V brushless drill/driver, the M19 push mower and M21 self-propelled "
      "40V mowers, the RX42 electric riding mower (shipped by freight), the HT24 40V hedge "
      "trimmer, 20V/40V batteries (BP202, BP405) with RC20/RC40 chargers, and the Rover R8 / "
      "R8 Plus robot mowers, which pair with the *Brackwell Yard* app. Support agents write in "
      "English (Hollis Varga, Renata Quispe, Callum Ostrowski, Imogen Achebe), Simplified "
      "Chinese (何静怡, 马俊杰, 宋雨桐) and Traditional Chinese (許雅婷, 劉冠宇). All people, "
      "order ids, tracking and PRO numbers, case ids, the freight carrier Ridgeline Freight, "
      "handles, domains and phone numbers (US 555-01xx only) are invented.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `gen.py` | all templates and replies as literals, the self-checks and the writers |")
    w("| `library/` | approved templates, one `*.txt` per template, nested folders; template id = "
      "path without `.txt`; placeholders `{{name}}` (pass as `--templates library`) |")
    w("| `replies.jsonl` | one reply per line: `id` (`t31-001`...), `text`, `labels` (expected "
      "policies; `[]` = nothing at warning or error level may be flagged), `lang` "
      "(`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; `traditional` = Traditional Chinese), "
      "`note` (starts with the source template id when there is one), `context` (`reply`) |")
    w("| `README.md` | this file |\n")

    w("## Templates\n")
    w("| id | lang | topic / layout | placeholders | lines | fills (exact / edited) | violating fills |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for tid, body in TEMPLATES.items():
        ph = ", ".join(dict.fromkeys(PH.findall(body)))
        ex = sum(r["tpl"] == tid and "exact" in r["tags"] for r in REPLIES)
        ed = sum(r["tpl"] == tid and "edited" in r["tags"] for r in REPLIES)
        vi = sum(r["tpl"] == tid and r["cat"] == VI for r in REPLIES)
        w(f"| `{tid}` | {tlang(tid)} | {cell(TOPICS[tid])} | {ph} | {len(body.splitlines())} | "
          f"{ex} / {ed} | {vi} |")
    w("")

    w("## Counts\n")
    langs = list(LANG_TARGET)
    cnt = Counter((r["cat"], lang_key(r)) for r in REPLIES)
    expect = {"filled-template": "`[]`", "logistics": "`[]`", "rewritten": "`[template-required]`",
              "mixed-logistics": "`[template-required]`",
              "violating": "content policy, plus `template-required` per judgement call"}
    w("| category | expected labels | " + " | ".join(langs) + " | total |")
    w("| --- | --- | " + " | ".join("---" for _ in langs) + " | --- |")
    for c in CATS:
        row = [cnt[(c, l)] for l in langs]
        w(f"| {c} | {expect[c]} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(cnt[(c, l)] for c in CATS) for l in langs]
    n = len(REPLIES)
    w("| **total** | | " + " | ".join(map(str, tot)) + f" | **{n}** |")
    w("| share | | " + " | ".join(f"{t / n:.0%}" for t in tot) + " | |\n")
    n_tr = sum(TR in r["labels"] for r in REPLIES)
    lab = Counter(x for r in REPLIES for x in r["labels"])
    w(f"Replies expecting `template-required`: {n_tr}; expecting no `template-required`: "
      f"{n - n_tr}; expecting `[]`: {sum(not r['labels'] for r in REPLIES)}. Label totals: "
      + ", ".join(f"`{k}` {v}" for k, v in sorted(lab.items())) + ". "
      f"Exact fills: {sum('exact' in r['tags'] for r in REPLIES)}; edited fills: "
      f"{sum('edited' in r['tags'] for r in REPLIES)}.\n")
    w("`lang` is `zh` for both scripts; Traditional replies carry the tag `traditional` (the "
      "column \"zh (traditional)\"). `mixed` replies are bilingual (an English paragraph and its "
      "Chinese version, Simplified or Traditional) or code-switched Chinese with English terms.\n")

    w("## Similarity checks (difflib `SequenceMatcher`, `autojunk=False`)\n")

    def rng(xs):
        return f"min {min(xs):.2f}, max {max(xs):.2f}"
    ed = [r["sim"] for r in REPLIES if "edited" in r["tags"]]
    vt = [r["sim"] for r in REPLIES if r["cat"] == VI and r["tpl"]]
    rw = [r["sim"] for r in REPLIES if r["cat"] == RW]
    ml = [r["sim"] for r in REPLIES if r["cat"] == ML]
    vr = [r["sim"] for r in REPLIES if r["cat"] == VI and TR in r["labels"]]
    lg = [r["sim"] for r in REPLIES if r["cat"] == LOG]
    w(f"- Edited fills vs. their own template rendered with the same values: {rng(ed)} "
      f"(required >= {EDIT_MIN:.2f}, and the own template must be the nearest of all "
      f"{len(TEMPLATES)} templates rendered with those values).")
    w(f"- Template-based violating replies (JC1) vs. their own template, same measure: {rng(vt)} "
      f"(required >= {EDIT_MIN:.2f}, own template nearest).")
    w(f"- Rewritten replies vs. every template with its placeholders removed: {rng(rw)} "
      f"(required <= {TR_MAX:.2f}, i.e. well under 0.6).")
    w(f"- Mixed-logistics replies, same measure: {rng(ml)} (required <= {TR_MAX:.2f}).")
    w(f"- Violating replies labelled `template-required`, same measure: {rng(vr)} "
      f"(required <= {TR_MAX:.2f}).")
    w(f"- Logistics replies, same measure (for information only; they are exempt as logistics): "
      f"{rng(lg)}.")
    w("- Exact fills equal the template rendered with their values, character for character.\n")
    w("The ratios only sanity-check the labels; they are not the linter's similarity measure. "
      "Other self-checks: ids in sequence, no duplicate text, every placeholder value appears in "
      "its fill, no unfilled `{{...}}`, no emoji, phone numbers only 555-01xx, Simplified/"
      "Traditional script markers match the tag, no link, e-mail, phone, messaging app, "
      "discount or review-incentive wording in any reply labelled `[]` (review wording only in "
      "review-request fills), every logistics and mixed-logistics reply names a logistics "
      "matter, category and language shares near the targets, and the written files read back.\n")

    w("## Violating replies\n")
    w("| id | lang | labels | source | JC | what it does |")
    w("| --- | --- | --- | --- | --- | --- |")
    for r in REPLIES:
        if r["cat"] != VI:
            continue
        src = f"`{r['tpl']}` (ratio {r['sim']:.2f})" if r["tpl"] else "free-written"
        what = NOTE_TPL.sub("", r["note"]).strip()
        lg_ = r["lang"] + (" (trad.)" if "traditional" in r["tags"] else "")
        w(f"| {r['id']} | {lg_} | {', '.join(f'`{x}`' for x in r['labels'])} | {src} | "
          f"{r['jc']} | {cell(what)} |")
    w("")

    w("## Judgement calls\n")
    w("Rule used throughout: `template-required` is expected exactly when a reply contains "
      "non-logistics content and is not a close match to an approved template. A content "
      "violation neither adds nor removes that label by itself.\n")
    for k, txt in JCS.items():
        ids = [r["id"] for r in REPLIES if r["jc"] == k]
        w(f"{k}. {txt} ({', '.join(ids)})")
    w("")

    def ids_with(pred):
        return ", ".join(r["id"] for r in REPLIES if pred(r))
    w("Further labelling decisions for the whole set:\n")
    w("- Logistics = shipping, delivery, tracking, returns and refunds of returns, exchanges and "
      "replacement shipments, address changes, customs, scheduling freight delivery of the "
      "RX42, and damaged boxes. Replies that name the product or the buyer's complaint but only "
      "move goods or money are tagged `near-miss` and expect `[]` "
      f"({ids_with(lambda r: 'near-miss' in r['tags'])}).")
    w("- A mixed-logistics reply expects `template-required` even when its non-logistics part is "
      "only one short tip or opinion; a linter that exempts a message as soon as it mentions "
      "shipping will miss these.")
    w("- A free-written but neutral review request (no rating, no incentive, no gating, first "
      "request on the order) is not logistics and is far from the review-request templates: "
      f"`[template-required]` only ({ids_with(lambda r: r['cat'] == RW and 'review-request' in r['tags'])}).")
    w("- An answer in a language or script for which the topic has no template is free text and "
      "expects `template-required`, even if a template in another language covers the topic "
      f"({ids_with(lambda r: 'cross-language' in r['tags'])}). The set avoids Traditional "
      "replies that are character-for-character conversions of a Simplified template, because "
      "whether those should match is a design choice for the linter.")
    w("- Bilingual and code-switched replies are deliberate (the buyer wrote in both languages); "
      "the logistics ones expect `[]`. No future `language` policy is assumed.")
    w("- Edits that only change layout (hard wraps joined, label lines moved, steps swapped), "
      "drop one sentence or add a courtesy line (thanks, an apology for the wait) keep a fill a "
      "fill. Two order ids in one `{{order_id}}` slot and 150+ character product titles are "
      "still exact fills.")
    w("- Words such as \"Amazon will email you the tracking number\", \"the carrier will contact "
      "you by phone\", carrier names (UPS, FedEx, USPS, Ridgeline Freight) and \"reply here\" "
      "carry no address, number or link and are not off-platform contact; replies with them "
      "expect `[]`. The neutral review-request fills expect `[]` (one request per order).")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


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
                check(f.read().rstrip("\n") == TEMPLATES[tid], f"{tid}: read-back mismatch")
    cats = Counter(r["cat"] for r in REPLIES)
    print(f"templates: {len(TEMPLATES)} "
          f"({', '.join(f'{k} {v}' for k, v in Counter(tlang(t) for t in TEMPLATES).items())})")
    print(f"replies: {len(REPLIES)} ({', '.join(f'{c} {cats[c]}' for c in CATS)})")
    print("languages:", dict(Counter(lang_key(r) for r in REPLIES)))
    if FAILS:
        for m in FAILS:
            print("FAIL:", m, file=sys.stderr)
        print(f"{len(FAILS)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
