#!/usr/bin/env python3
"""Source of truth for the t29 held-out test set of the `template-required` check.

Invented seller: Quillmont Home Security (smart home cameras, video doorbells and
the Quillmont Home companion app), selling on Amazon with support agents writing
in English, Simplified Chinese and Traditional Chinese.

Every template and every reply is a literal in this file.  Running it writes
library/, replies.jsonl and README.md next to this file and self-checks the
result; it exits 1 if any check fails.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))


def T(s):
    """Literal block -> text (drop the leading newline and trailing spaces)."""
    return s.strip("\n").rstrip()


# ---------------------------------------------------------------------------
# Templates (library/<id>.txt).  topic is for the README only.
# ---------------------------------------------------------------------------
TEMPLATES = OrderedDict()
TOPICS = {}


def tpl(tid, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = T(text)
    TOPICS[tid] = topic


tpl("en/wifi/pairing-2g4", "Wi-Fi pairing (2.4 GHz only), numbered steps", """
Hi {{buyer_name}},

Thank you for reaching out about pairing your {{model}} (order {{order_id}}).

The camera can only join a 2.4 GHz Wi-Fi network. Please try these steps:

1. Open the Quillmont Home app and tap Add Device, then choose {{model}}.
2. Make sure your phone is connected to the 2.4 GHz band of your router while you pair.
3. Hold the reset button for 5 seconds until the light blinks blue.
4. Enter your Wi-Fi password carefully; it is case-sensitive.
5. Keep the camera within 10 feet of the router during setup.

If the light turns solid blue, pairing is complete and you can move the camera to its final spot.

Best regards,
{{agent_name}}
Quillmont Support Team
""")

tpl("en/wifi/camera-offline", "camera shows offline, bullet list", """
Hello {{buyer_name}},

Sorry to hear that your {{model}} keeps showing as offline in the app.

Most offline alerts come from a weak signal at the mounting spot. Here is what usually helps:
- Check the signal bars under Device Settings > Network. Two bars or fewer means the signal is weak.
- Restart your router and wait two minutes before opening the app again.
- If the router is far away, a Wi-Fi extender placed halfway usually fixes the drop-outs.
- Confirm the camera has the latest firmware under Device Settings > About.

Once you have tried these, let us know what the signal bars show and we will look into it further.

Kind regards,
{{agent_name}}
Quillmont Customer Care
""")

tpl("en/night-vision", "blurry or washed-out night vision, bullet list", """
Dear {{buyer_name}},

Thanks for your question about night vision on the {{model}}.

A few things affect how clear the picture is after dark:
\u2022 The infrared lights reflect off glass, so the camera should not face out through a window.
\u2022 Eaves, walls or plants close to the lens can bounce the infrared back and wash out the image.
\u2022 In the app, set Night Vision to Auto so the camera switches at dusk by itself.
\u2022 Wipe the lens with a dry microfiber cloth, because dust and spider webs glow at night.

If the picture is still grainy, please send us a screenshot from the app and we will check the settings with you.

Regards,
{{agent_name}}
Quillmont Support Team
""")

tpl("en/motion-zones", "motion zones against false alerts, numbered steps", """
Hi {{buyer_name}},

You can limit alerts on your {{model}} to the areas that matter with motion zones.

1. In the Quillmont Home app, open the camera and tap the gear icon.
2. Go to Motion Detection > Activity Zones.
3. Drag the corners of the box to cover your driveway or porch, and leave out the street.
4. Add up to three zones and tap Save.
5. Lower the sensitivity one step if passing cars still trigger alerts.

The zones apply to new recordings right away; older clips are not changed.

All the best,
{{agent_name}}
Quillmont Support Team
""")

tpl("en/battery-life", "battery life expectations, label lines + bullets", """
Hello {{buyer_name}},

Order: {{order_id}}
Model: {{model}}

Thank you for your message about battery life. On a full charge the {{model}} normally lasts three to six months, depending on how often it records.

These settings use the most power:
- Live view sessions that run for several minutes
- Motion sensitivity set to High in a busy area
- Clip length longer than 30 seconds
- Temperatures below freezing, which slow the battery down

Setting clip length to 15 seconds and sensitivity to Medium usually doubles the time between charges.

Sincerely,
{{agent_name}}
Quillmont Support Team
""")

tpl("en/doorbell/chime-setup", "pairing the plug-in chime, hard-wrapped numbered steps", """
Hi {{buyer_name}},

Thanks for contacting us about the chime for your {{model}}.
To pair the plug-in chime with the doorbell, please follow
these steps in order:

1. Plug the chime into an outlet near the middle of your home
   and wait until its light blinks green.
2. In the Quillmont Home app, open the doorbell settings and
   tap Chimes > Add Chime.
3. Press the button on the side of the chime once when the
   app asks you to.
4. Press the doorbell button to test; the chime should ring
   within two seconds.

You can change the melody and volume under Chimes at any time.

Warm regards,
{{agent_name}}
Quillmont Doorbell Support
""")

tpl("en/app/sharing/shared-access", "sharing app access with family, numbered steps", """
Hi {{buyer_name}},

You can give family members their own access to your {{model}} without sharing your password.

1. Open the Quillmont Home app and tap Settings > Shared Users.
2. Tap Invite and enter the address they use to sign in to their own Quillmont Home account.
3. Choose Full Access or View Only.
4. They will see the invitation the next time they open the app.

You can remove a shared user at any time from the same screen.

Best,
{{agent_name}}
Quillmont Support Team
""")

tpl("en/warranty/evidence-request", "warranty claim: evidence needed, bullets + label lines", """
Dear {{buyer_name}},

We are sorry that your {{model}} stopped working. It is covered by our 2-year limited warranty, and we will help you with a claim.

To open the claim, please reply to this message with:
- a photo of the serial number label on the back of the device,
- a short video or photo showing the problem,
- the order number if it differs from the one below.

Order: {{order_id}}
Claim reference: {{claim_id}}

After we receive these, we will review the claim within two business days.

Regards,
{{agent_name}}
Quillmont Warranty Team
""")

tpl("en/warranty/missing-part", "part missing from the box, label lines", """
Hi {{buyer_name}},

We apologize that the {{part}} was missing from the box of your {{model}}.

Order: {{order_id}}
Missing item: {{part}}

We have arranged to send the missing item at no cost to you. You do not need to return anything. We will message you again in this thread once it is on its way.

In the meantime, the camera can be set up and used normally; the {{part}} is only needed for the final mounting.

Thank you for your patience,
{{agent_name}}
Quillmont Support Team
""")

tpl("en/review-request", "neutral review request (once per order)", """
Hello {{buyer_name}},

Thank you for your order {{order_id}} of the {{model}}.

If you have a moment, you are welcome to share your experience with the product on its Amazon product page. Every honest review, whatever it says, helps other shoppers decide.

Thank you,
{{agent_name}}
Quillmont Team
""")

tpl("zh/wifi-pairing", "配网（仅 2.4GHz），编号步骤", """
{{buyer_name}}您好，

感谢您联系我们。关于 {{model}} 的配网问题，请按以下步骤操作：

1. 打开 Quillmont Home App，点击“添加设备”，选择 {{model}}。
2. 确认手机连接的是路由器的 2.4GHz 网络，摄像头不支持 5GHz。
3. 长按复位键 5 秒，直到指示灯蓝色闪烁。
4. 输入 Wi-Fi 密码时注意区分大小写。
5. 配网时请让设备距离路由器 3 米以内。

指示灯变为蓝色常亮即表示配网成功。

祝好！
{{agent_name}}
Quillmont 客服团队
""")

tpl("zh/night-vision", "夜视画面不清晰，项目符号列表", """
尊敬的{{buyer_name}}：

您好！关于 {{model}} 夜间画面不清晰的问题，常见原因如下：
\u2022 摄像头隔着玻璃拍摄时，红外灯光会在玻璃上反光；
\u2022 镜头附近有墙角、屋檐或植物，红外光被反射导致画面发白；
\u2022 镜头上有灰尘或蜘蛛网，夜间会非常明显。

建议将 App 中的“夜视模式”设为“自动”，并用干燥的软布擦拭镜头。如仍有问题，请在此回复 App 截图，我们会进一步协助您。

此致
{{agent_name}}
Quillmont 客服团队
""")

tpl("zh/motion-zones", "侦测区域减少误报，编号步骤", """
{{buyer_name}}您好：

您可以通过设置“侦测区域”减少 {{model}} 的误报提醒：
1. 在 Quillmont Home App 中打开摄像头，点击右上角齿轮图标；
2. 进入“移动侦测 > 侦测区域”；
3. 拖动方框覆盖门口或车道，避开马路；
4. 最多可添加 3 个区域，完成后点击“保存”；
5. 如路过的车辆仍会触发提醒，可将灵敏度调低一档。

设置立即生效，之前的录像不受影响。

{{agent_name}}
Quillmont 客服团队
""")

tpl("zh/doorbell/chime-setup", "室内铃铛配对，标签行 + 编号步骤", """
{{buyer_name}}您好，

订单号：{{order_id}}
产品型号：{{model}}

关于室内铃铛的配对，请按以下步骤操作：
1. 将铃铛插在家中靠中间位置的插座上，等待指示灯绿色闪烁；
2. 在 App 的门铃设置中点击“铃铛 > 添加铃铛”；
3. 按提示按一下铃铛侧面的按钮；
4. 按下门铃按钮测试，铃铛应在 2 秒内响起。

铃声和音量可随时在“铃铛”页面中修改。

祝您生活愉快！
{{agent_name}}
Quillmont 门铃客服
""")

tpl("zh/warranty/missing-part", "包装内缺少配件", """
{{buyer_name}}您好，

非常抱歉，您订单 {{order_id}} 中的 {{model}} 包装内缺少{{part}}。

我们已安排免费补发{{part}}，您无需退回任何物品。补发的配件发出后，我们会在此对话中通知您。

在此期间，设备可以正常设置和使用，{{part}}仅在最终安装时需要。

感谢您的耐心，
{{agent_name}}
Quillmont 客服团队
""")

tpl("zh/review-request", "中性邀评（每个订单一次）", """
{{buyer_name}}您好，

感谢您购买 {{model}}（订单号：{{order_id}}）。

如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验。无论评价如何，您的分享都能帮助其他买家做出选择。

谢谢！
{{agent_name}}
Quillmont 团队
""")

tpl("zh-tw/wifi-pairing", "Wi-Fi 配對（僅 2.4GHz），編號步驟", """
{{buyer_name}} 您好：

感謝您的來信。{{model}} 只能連接 2.4GHz 的 Wi-Fi 網路，請依照以下步驟重新配對：

1. 開啟 Quillmont Home 應用程式，點選「新增裝置」並選擇 {{model}}。
2. 確認手機目前連線的是 2.4GHz 網路。
3. 按住重設鍵 5 秒，直到指示燈閃爍藍光。
4. 輸入 Wi-Fi 密碼時請注意大小寫。
5. 配對時請讓裝置與路由器保持在 3 公尺以內。

指示燈恆亮藍光即代表配對成功。

敬祝 順心
{{agent_name}}
Quillmont 客服團隊
""")

tpl("zh-tw/battery-life", "電池續航，標籤行 + 項目列表", """
{{buyer_name}} 您好：

訂單編號：{{order_id}}
產品型號：{{model}}

關於電池續航的問題，{{model}} 充飽電後一般可使用三到六個月，實際時間取決於錄影次數。

以下設定最耗電：
- 長時間開啟即時影像
- 移動偵測靈敏度設為「高」且環境人車較多
- 錄影長度超過 30 秒
- 氣溫低於攝氏零度

將錄影長度設為 15 秒、靈敏度設為「中」，通常可讓充電間隔延長一倍。

{{agent_name}}
Quillmont 客服團隊
""")

tpl("zh-tw/warranty-evidence", "保固申請所需資料，編號清單 + 標籤行", """
{{buyer_name}} 您好：

很抱歉您的 {{model}} 無法正常運作。本產品享有兩年有限保固，我們會協助您辦理。

請直接回覆此訊息並附上：
1. 裝置背面序號標籤的照片；
2. 顯示問題的短片或照片。

訂單編號：{{order_id}}
保固案件編號：{{claim_id}}

收到資料後，我們會在兩個工作天內完成審核。

{{agent_name}}
Quillmont 保固團隊
""")

tpl("zh-tw/review-request", "中性邀請評論（每筆訂單一次）", """
{{buyer_name}} 您好：

感謝您購買 {{model}}（訂單編號：{{order_id}}）。

如果您有空，歡迎到亞馬遜商品頁面分享您的真實使用心得。不論內容如何，您的分享都能幫助其他買家做出選擇。

謝謝您！
{{agent_name}}
Quillmont 團隊
""")

# ---------------------------------------------------------------------------
# Replies
# ---------------------------------------------------------------------------
REPLIES = []
CATS = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
TR = "template-required"

LONG_CAM = ("Quillmont Outdoor Cam Pro 2K Wireless Security Camera with Color Night "
            "Vision, Spotlight, Two-Way Audio, IP65 Weatherproof Housing, Works with "
            "Alexa, White")
LONG_BELL = ("Quillmont D3 Video Doorbell 1536p HD with Head-to-Toe View, Plug-In Chime "
             "Included, Package Detection, Quick-Release Battery, Easy Installation, "
             "Satin Nickel")


def tlang(tid):
    return tid.split("/")[0]


def _lang_tags(tid, tags):
    l = tlang(tid)
    lang = "en" if l == "en" else "zh"
    if l == "zh-tw" and "traditional" not in tags:
        tags = tags + ["traditional"]
    return lang, tags


def fill(rid, tid, values, tags, note):
    lang, tags = _lang_tags(tid, ["filled-template", "exact"] + tags)
    REPLIES.append(dict(id=rid, cat="filled-template", tpl=tid, values=values,
                        text=None, lang=lang, tags=tags, labels=[],
                        note=f"{tid}: exact fill; {note}", dropped=[]))


def edited(rid, tid, values, tags, note, text, dropped=()):
    lang, tags = _lang_tags(tid, ["filled-template", "edited"] + tags)
    REPLIES.append(dict(id=rid, cat="filled-template", tpl=tid, values=values,
                        text=T(text), lang=lang, tags=tags, labels=[],
                        note=f"{tid}: edited fill; {note}", dropped=list(dropped)))


def free(rid, cat, lang, labels, tags, note, text, tid=None, values=None, jc=None):
    REPLIES.append(dict(id=rid, cat=cat, tpl=tid, values=values, text=T(text),
                        lang=lang, tags=[cat] + tags, labels=labels,
                        note=(f"{tid}: {note}" if tid else note), dropped=[], jc=jc))


# --- filled-template: exact fills ------------------------------------------
fill("t29-001", "en/wifi/pairing-2g4",
     {"buyer_name": "Jordan", "model": "Quillmont C2 Indoor Cam",
      "order_id": "113-4820715-3391846", "agent_name": "Marisol Okafor"}, [], "plain values")
fill("t29-002", "en/wifi/camera-offline",
     {"buyer_name": "Ms. Whitfield", "model": "Quillmont Spotlight Cam S4",
      "agent_name": "Devin Achterberg"}, [], "plain values")
fill("t29-003", "en/night-vision",
     {"buyer_name": "Aaron", "model": LONG_CAM, "agent_name": "Priya Lindqvist"},
     ["long-value"], "model is a 150+ character Amazon product title")
fill("t29-004", "en/motion-zones",
     {"buyer_name": "Keiko", "model": "Quillmont D3 Video Doorbell",
      "agent_name": "Tomasz Reyes"}, [], "plain values")
fill("t29-005", "en/battery-life",
     {"buyer_name": "Mr. Delgado", "order_id": "112-6048831-2275690 and 114-3387902-1164025",
      "model": "Quillmont Battery Cam B5", "agent_name": "Marisol Okafor"},
     ["two-orders"], "order_id slot holds two order ids")
fill("t29-006", "en/doorbell/chime-setup",
     {"buyer_name": "Harriet", "model": "Quillmont D3 Video Doorbell",
      "agent_name": "Devin Achterberg"}, ["hard-wrapped"], "hard-wrapped template kept as is")
fill("t29-007", "en/app/sharing/shared-access",
     {"buyer_name": "Samir", "model": "Quillmont C2 Indoor Cam",
      "agent_name": "Priya Lindqvist"}, ["nested"], "template two folders deep")
fill("t29-008", "en/warranty/evidence-request",
     {"buyer_name": "Colleen", "model": "Quillmont Spotlight Cam S4",
      "order_id": "113-9051146-7702318", "claim_id": "QM-WC-20417",
      "agent_name": "Tomasz Reyes"}, [], "plain values")
fill("t29-009", "en/warranty/missing-part",
     {"buyer_name": "Bernadette", "part": "mounting bracket",
      "model": "Quillmont Outdoor Cam Pro", "order_id": "112-8815470-6639201",
      "agent_name": "Marisol Okafor"}, [], "placeholder used three times")
fill("t29-010", "en/review-request",
     {"buyer_name": "Luis", "order_id": "111-2904617-4473958",
      "model": "Quillmont D3 Video Doorbell", "agent_name": "Devin Achterberg"},
     [], "neutral review request, plain values")
fill("t29-011", "en/review-request",
     {"buyer_name": "Ms. Abernathy-Fontaine", "order_id": "114-9270553-3018846",
      "model": LONG_BELL, "agent_name": "Priya Lindqvist"},
     ["long-value"], "model is a 150+ character product title in a short template")
fill("t29-012", "zh/wifi-pairing",
     {"buyer_name": "王先生", "model": "Quillmont C2 室内摄像头", "agent_name": "林晓雯"},
     [], "plain values")
fill("t29-013", "zh/night-vision",
     {"buyer_name": "李女士", "model": "Quillmont 户外摄像头 Pro", "agent_name": "周嘉豪"},
     [], "plain values")
fill("t29-014", "zh/motion-zones",
     {"buyer_name": "张女士", "model": "Quillmont D3 可视门铃", "agent_name": "郑思远"},
     [], "plain values")
fill("t29-015", "zh/doorbell/chime-setup",
     {"buyer_name": "陈先生", "order_id": "113-5572039-8816404、114-7160283-0952867",
      "model": "Quillmont D3 可视门铃", "agent_name": "林晓雯"},
     ["two-orders"], "order_id slot holds two order ids joined by 、")
fill("t29-016", "zh/warranty/missing-part",
     {"buyer_name": "刘先生", "order_id": "112-3391750-4468021",
      "model": "Quillmont 电池摄像头 B5", "part": "安装支架", "agent_name": "周嘉豪"},
     [], "placeholder part used three times")
fill("t29-017", "zh/review-request",
     {"buyer_name": "赵女士", "model": "Quillmont C2 室内摄像头",
      "order_id": "111-6624093-7731558", "agent_name": "郑思远"}, [], "neutral review request")
fill("t29-018", "zh-tw/wifi-pairing",
     {"buyer_name": "林小姐", "model": "Quillmont C2 室內攝影機", "agent_name": "陳怡君"},
     [], "plain values")
fill("t29-019", "zh-tw/battery-life",
     {"buyer_name": "吳先生", "order_id": "114-5520871-3306194",
      "model": "Quillmont 電池攝影機 B5", "agent_name": "黃柏翰"}, [], "plain values")
fill("t29-020", "zh-tw/warranty-evidence",
     {"buyer_name": "張小姐", "model": "Quillmont D3 視訊門鈴",
      "order_id": "113-8046127-5519320", "claim_id": "QM-WC-20588",
      "agent_name": "陳怡君"}, [], "plain values")
fill("t29-021", "zh-tw/review-request",
     {"buyer_name": "蔡先生", "model": "Quillmont 戶外攝影機 Pro",
      "order_id": "112-9907315-2840663", "agent_name": "黃柏翰"}, [], "neutral review request")

# --- filled-template: fills with small agent edits -------------------------
edited("t29-022", "en/wifi/pairing-2g4",
       {"buyer_name": "Natalie", "model": "Quillmont C2 Indoor Cam",
        "order_id": "114-2209378-5510472", "agent_name": "Tomasz Reyes"},
       ["greeting-changed", "merged"], "greeting Hi->Hello; first two paragraphs merged into one", """
Hello Natalie,

Thank you for reaching out about pairing your Quillmont C2 Indoor Cam (order 114-2209378-5510472). The camera can only join a 2.4 GHz Wi-Fi network, so please try these steps:

1. Open the Quillmont Home app and tap Add Device, then choose Quillmont C2 Indoor Cam.
2. Make sure your phone is connected to the 2.4 GHz band of your router while you pair.
3. Hold the reset button for 5 seconds until the light blinks blue.
4. Enter your Wi-Fi password carefully; it is case-sensitive.
5. Keep the camera within 10 feet of the router during setup.

If the light turns solid blue, pairing is complete and you can move the camera to its final spot.

Best regards,
Tomasz Reyes
Quillmont Support Team
""")

edited("t29-023", "en/wifi/camera-offline",
       {"buyer_name": "Mr. Okonkwo", "model": "Quillmont Outdoor Cam Pro",
        "agent_name": "Priya Lindqvist"},
       ["signoff-changed", "courtesy-added"], "sign-off and team name changed; courtesy sentence added", """
Hello Mr. Okonkwo,

Sorry to hear that your Quillmont Outdoor Cam Pro keeps showing as offline in the app.

Most offline alerts come from a weak signal at the mounting spot. Here is what usually helps:
- Check the signal bars under Device Settings > Network. Two bars or fewer means the signal is weak.
- Restart your router and wait two minutes before opening the app again.
- If the router is far away, a Wi-Fi extender placed halfway usually fixes the drop-outs.
- Confirm the camera has the latest firmware under Device Settings > About.

Once you have tried these, let us know what the signal bars show and we will look into it further. Thank you for your patience while we sort this out.

Many thanks,
Priya Lindqvist
Quillmont Support Team
""")

edited("t29-024", "en/night-vision",
       {"buyer_name": "Mrs. Castellanos", "model": "Quillmont Spotlight Cam S4",
        "agent_name": "Marisol Okafor"},
       ["linebreaks-changed"], "all blank lines removed; name joined to the sign-off line", """
Dear Mrs. Castellanos,
Thanks for your question about night vision on the Quillmont Spotlight Cam S4.
A few things affect how clear the picture is after dark:
\u2022 The infrared lights reflect off glass, so the camera should not face out through a window.
\u2022 Eaves, walls or plants close to the lens can bounce the infrared back and wash out the image.
\u2022 In the app, set Night Vision to Auto so the camera switches at dusk by itself.
\u2022 Wipe the lens with a dry microfiber cloth, because dust and spider webs glow at night.
If the picture is still grainy, please send us a screenshot from the app and we will check the settings with you.
Regards, Marisol Okafor
Quillmont Support Team
""")

edited("t29-025", "en/motion-zones",
       {"buyer_name": "Theo", "model": "Quillmont Spotlight Cam S4",
        "agent_name": "Devin Achterberg"},
       ["reworded"], "intro and steps 3 and 5 lightly reworded", """
Hi Theo,

You can keep alerts on your Quillmont Spotlight Cam S4 to the areas you care about by using motion zones.

1. In the Quillmont Home app, open the camera and tap the gear icon.
2. Go to Motion Detection > Activity Zones.
3. Drag the corners of the box so it covers your driveway or porch, leaving out the street.
4. Add up to three zones and tap Save.
5. If passing cars still set off alerts, lower the sensitivity by one step.

The zones apply to new recordings right away; older clips are not changed.

All the best,
Devin Achterberg
Quillmont Support Team
""")

edited("t29-026", "en/battery-life",
       {"buyer_name": "Ms. Hargreaves", "order_id": "113-6630918-2047715",
        "model": "Quillmont Battery Cam B5", "agent_name": "Tomasz Reyes"},
       ["label-lines-merged"], "the two label lines merged into one sentence-like line", """
Hello Ms. Hargreaves,

Order 113-6630918-2047715, model Quillmont Battery Cam B5.

Thank you for your message about battery life. On a full charge the Quillmont Battery Cam B5 normally lasts three to six months, depending on how often it records.

These settings use the most power:
- Live view sessions that run for several minutes
- Motion sensitivity set to High in a busy area
- Clip length longer than 30 seconds
- Temperatures below freezing, which slow the battery down

Setting clip length to 15 seconds and sensitivity to Medium usually doubles the time between charges.

Sincerely,
Tomasz Reyes
Quillmont Support Team
""")

edited("t29-027", "en/doorbell/chime-setup",
       {"buyer_name": "Rosalind", "model": "Quillmont D3 Wired Doorbell",
        "agent_name": "Marisol Okafor"},
       ["linebreaks-changed", "unwrapped"], "hard-wrapped lines re-flowed into long lines", """
Hi Rosalind,

Thanks for contacting us about the chime for your Quillmont D3 Wired Doorbell. To pair the plug-in chime with the doorbell, please follow these steps in order:

1. Plug the chime into an outlet near the middle of your home and wait until its light blinks green.
2. In the Quillmont Home app, open the doorbell settings and tap Chimes > Add Chime.
3. Press the button on the side of the chime once when the app asks you to.
4. Press the doorbell button to test; the chime should ring within two seconds.

You can change the melody and volume under Chimes at any time.

Warm regards,
Marisol Okafor
Quillmont Doorbell Support
""")

edited("t29-028", "en/app/sharing/shared-access",
       {"buyer_name": "Mr. Fairbanks", "model": "Quillmont D3 Video Doorbell",
        "agent_name": "Devin"},
       ["greeting-changed", "signoff-changed", "nested"], "greeting and sign-off changed, team name shortened", """
Good morning Mr. Fairbanks,

You can give family members their own access to your Quillmont D3 Video Doorbell without sharing your password.

1. Open the Quillmont Home app and tap Settings > Shared Users.
2. Tap Invite and enter the address they use to sign in to their own Quillmont Home account.
3. Choose Full Access or View Only.
4. They will see the invitation the next time they open the app.

You can remove a shared user at any time from the same screen.

Thanks again for getting in touch,
Devin
Quillmont Support
""")

edited("t29-029", "en/warranty/evidence-request",
       {"buyer_name": "Imogen", "model": "Quillmont C2 Indoor Cam",
        "order_id": "112-4471903-8852016", "claim_id": "QM-WC-20503",
        "agent_name": "Priya Lindqvist"},
       ["courtesy-added", "signoff-changed"], "courtesy sentence added; team name changed", """
Dear Imogen,

We are sorry that your Quillmont C2 Indoor Cam stopped working. It is covered by our 2-year limited warranty, and we will help you with a claim.

To open the claim, please reply to this message with:
- a photo of the serial number label on the back of the device,
- a short video or photo showing the problem,
- the order number if it differs from the one below.

Order: 112-4471903-8852016
Claim reference: QM-WC-20503

After we receive these, we will review the claim within two business days. We know this is frustrating and appreciate your help.

Regards,
Priya Lindqvist
Quillmont Support Team
""")

edited("t29-030", "en/warranty/missing-part",
       {"buyer_name": "Gwendolyn", "part": "wall anchor kit",
        "model": "Quillmont Spotlight Cam S4", "order_id": "114-0836152-9917348",
        "agent_name": "Tomasz Reyes"},
       ["merged"], "two sentences merged with 'and'", """
Hi Gwendolyn,

We apologize that the wall anchor kit was missing from the box of your Quillmont Spotlight Cam S4.

Order: 114-0836152-9917348
Missing item: wall anchor kit

We have arranged to send the missing item at no cost to you, and you do not need to return anything. We will message you again in this thread once it is on its way.

In the meantime, the camera can be set up and used normally; the wall anchor kit is only needed for the final mounting.

Thank you for your patience,
Tomasz Reyes
Quillmont Support Team
""")

edited("t29-031", "en/review-request",
       {"buyer_name": "Dana", "order_id": "113-7284650-1193027",
        "model": "Quillmont C2 Indoor Cam", "agent_name": "Marisol Okafor"},
       ["greeting-changed", "signoff-changed"], "greeting Hello->Hi; 'Thank you,' -> 'Best wishes,'", """
Hi Dana,

Thank you for your order 113-7284650-1193027 of the Quillmont C2 Indoor Cam.

If you have a moment, you are welcome to share your experience with the product on its Amazon product page. Every honest review, whatever it says, helps other shoppers decide.

Best wishes,
Marisol Okafor
Quillmont Team
""")

edited("t29-032", "en/wifi/camera-offline",
       {"buyer_name": "Felix", "model": "Quillmont Battery Cam B5", "agent_name": "Priya"},
       ["reworded", "signoff-changed"], "one bullet reworded; sign-off collapsed onto one line", """
Hello Felix,

Sorry to hear that your Quillmont Battery Cam B5 keeps showing as offline in the app.

Most offline alerts come from a weak signal at the mounting spot. Here is what usually helps:
- Check the signal bars under Device Settings > Network. Two bars or fewer means the signal is weak.
- Restart your router, then give it two minutes before you open the app again.
- If the router is far away, a Wi-Fi extender placed halfway usually fixes the drop-outs.
- Confirm the camera has the latest firmware under Device Settings > About.

Once you have tried these, let us know what the signal bars show and we will look into it further.

Kind regards, Priya (Quillmont Customer Care)
""")

edited("t29-033", "en/night-vision",
       {"buyer_name": "Mr. Vandermeer", "model": LONG_CAM, "agent_name": "Devin Achterberg"},
       ["courtesy-added", "long-value"], "thanks for the attached clips added to the opening line; long product title", f"""
Dear Mr. Vandermeer,

Thanks for your question about night vision on the {LONG_CAM}, and for the clips you attached.

A few things affect how clear the picture is after dark:
\u2022 The infrared lights reflect off glass, so the camera should not face out through a window.
\u2022 Eaves, walls or plants close to the lens can bounce the infrared back and wash out the image.
\u2022 In the app, set Night Vision to Auto so the camera switches at dusk by itself.
\u2022 Wipe the lens with a dry microfiber cloth, because dust and spider webs glow at night.

If the picture is still grainy, please send us a screenshot from the app and we will check the settings with you.

Regards,
Devin Achterberg
Quillmont Support Team
""")

edited("t29-034", "en/battery-life",
       {"buyer_name": "Yusuf", "order_id": "111-5093376-6620184",
        "model": "Quillmont Battery Cam B5", "agent_name": "Marisol Okafor"},
       ["layout-changed"], "bullet list turned into a numbered list", """
Hello Yusuf,

Order: 111-5093376-6620184
Model: Quillmont Battery Cam B5

Thank you for your message about battery life. On a full charge the Quillmont Battery Cam B5 normally lasts three to six months, depending on how often it records.

These settings use the most power:
1. Live view sessions that run for several minutes
2. Motion sensitivity set to High in a busy area
3. Clip length longer than 30 seconds
4. Temperatures below freezing, which slow the battery down

Setting clip length to 15 seconds and sensitivity to Medium usually doubles the time between charges.

Sincerely,
Marisol Okafor
Quillmont Support Team
""")

edited("t29-035", "zh/wifi-pairing",
       {"buyer_name": "孙先生", "model": "Quillmont C2 室内摄像头", "agent_name": "周嘉豪"},
       ["greeting-changed", "courtesy-added"], "称呼改为“孙先生，您好！”；结尾加一句客套话", """
孙先生，您好！

感谢您联系我们。关于 Quillmont C2 室内摄像头 的配网问题，请按以下步骤操作：

1. 打开 Quillmont Home App，点击“添加设备”，选择 Quillmont C2 室内摄像头。
2. 确认手机连接的是路由器的 2.4GHz 网络，摄像头不支持 5GHz。
3. 长按复位键 5 秒，直到指示灯蓝色闪烁。
4. 输入 Wi-Fi 密码时注意区分大小写。
5. 配网时请让设备距离路由器 3 米以内。

指示灯变为蓝色常亮即表示配网成功。如还有其他问题，欢迎随时在此回复。

祝好！
周嘉豪
Quillmont 客服团队
""")

edited("t29-036", "zh/night-vision",
       {"buyer_name": "何女士", "model": "Quillmont 聚光灯摄像头 S4", "agent_name": "郑思远"},
       ["signoff-changed"], "落款改为“祝您一切顺利！”和另一个团队名", """
尊敬的何女士：

您好！关于 Quillmont 聚光灯摄像头 S4 夜间画面不清晰的问题，常见原因如下：
\u2022 摄像头隔着玻璃拍摄时，红外灯光会在玻璃上反光；
\u2022 镜头附近有墙角、屋檐或植物，红外光被反射导致画面发白；
\u2022 镜头上有灰尘或蜘蛛网，夜间会非常明显。

建议将 App 中的“夜视模式”设为“自动”，并用干燥的软布擦拭镜头。如仍有问题，请在此回复 App 截图，我们会进一步协助您。

祝您一切顺利！
郑思远
Quillmont 售后服务部
""")

edited("t29-037", "zh/motion-zones",
       {"buyer_name": "钱先生", "model": "Quillmont 户外摄像头 Pro", "agent_name": "林晓雯"},
       ["merged"], "第 4、5 步合并为一步", """
钱先生您好：

您可以通过设置“侦测区域”减少 Quillmont 户外摄像头 Pro 的误报提醒：
1. 在 Quillmont Home App 中打开摄像头，点击右上角齿轮图标；
2. 进入“移动侦测 > 侦测区域”；
3. 拖动方框覆盖门口或车道，避开马路；
4. 最多可添加 3 个区域，完成后点击“保存”。如路过的车辆仍会触发提醒，可将灵敏度调低一档。

设置立即生效，之前的录像不受影响。

林晓雯
Quillmont 客服团队
""")

edited("t29-038", "zh/warranty/missing-part",
       {"buyer_name": "吴女士", "order_id": "113-2750486-6031974",
        "model": "Quillmont D3 可视门铃", "part": "安装螺丝包", "agent_name": "郑思远"},
       ["linebreaks-changed"], "空行全部删除，问候语并入第一段，落款并入一行", """
吴女士您好，非常抱歉，您订单 113-2750486-6031974 中的 Quillmont D3 可视门铃 包装内缺少安装螺丝包。
我们已安排免费补发安装螺丝包，您无需退回任何物品。补发的配件发出后，我们会在此对话中通知您。
在此期间，设备可以正常设置和使用，安装螺丝包仅在最终安装时需要。
感谢您的耐心，郑思远
Quillmont 客服团队
""")

edited("t29-039", "zh-tw/wifi-pairing",
       {"buyer_name": "王小姐", "model": "Quillmont C2 室內攝影機", "agent_name": "黃柏翰"},
       ["greeting-changed", "signoff-changed"], "問候改為「王小姐，您好！」；結尾改為「祝 平安」", """
王小姐，您好！

感謝您的來信。Quillmont C2 室內攝影機 只能連接 2.4GHz 的 Wi-Fi 網路，請依照以下步驟重新配對：

1. 開啟 Quillmont Home 應用程式，點選「新增裝置」並選擇 Quillmont C2 室內攝影機。
2. 確認手機目前連線的是 2.4GHz 網路。
3. 按住重設鍵 5 秒，直到指示燈閃爍藍光。
4. 輸入 Wi-Fi 密碼時請注意大小寫。
5. 配對時請讓裝置與路由器保持在 3 公尺以內。

指示燈恆亮藍光即代表配對成功。

祝 平安
黃柏翰
Quillmont 客服團隊
""")

edited("t29-040", "zh-tw/battery-life",
       {"buyer_name": "許先生", "order_id": "112-7708413-3365092",
        "model": "Quillmont 電池攝影機 B5", "agent_name": "陳怡君"},
       ["courtesy-added"], "最後加了一句客套話", """
許先生 您好：

訂單編號：112-7708413-3365092
產品型號：Quillmont 電池攝影機 B5

關於電池續航的問題，Quillmont 電池攝影機 B5 充飽電後一般可使用三到六個月，實際時間取決於錄影次數。

以下設定最耗電：
- 長時間開啟即時影像
- 移動偵測靈敏度設為「高」且環境人車較多
- 錄影長度超過 30 秒
- 氣溫低於攝氏零度

將錄影長度設為 15 秒、靈敏度設為「中」，通常可讓充電間隔延長一倍。如果調整後仍有疑問，歡迎再回覆此訊息。

陳怡君
Quillmont 客服團隊
""")

edited("t29-041", "zh-tw/warranty-evidence",
       {"buyer_name": "鄭小姐", "model": "Quillmont 戶外攝影機 Pro",
        "order_id": "114-1189052-7736640", "claim_id": "QM-WC-20611",
        "agent_name": "黃柏翰"},
       ["reworded"], "最後一句改寫", """
鄭小姐 您好：

很抱歉您的 Quillmont 戶外攝影機 Pro 無法正常運作。本產品享有兩年有限保固，我們會協助您辦理。

請直接回覆此訊息並附上：
1. 裝置背面序號標籤的照片；
2. 顯示問題的短片或照片。

訂單編號：114-1189052-7736640
保固案件編號：QM-WC-20611

我們收到以上資料後，將於兩個工作天內完成審核並回覆您。

黃柏翰
Quillmont 保固團隊
""")

edited("t29-042", "zh/review-request",
       {"buyer_name": "周女士", "model": "Quillmont D3 可视门铃",
        "order_id": "114-6605721-0048213", "agent_name": "林晓雯"},
       ["greeting-changed", "signoff-changed"], "称呼改为“周女士，您好！”；“谢谢！”改为“再次感谢！”", """
周女士，您好！

感谢您购买 Quillmont D3 可视门铃（订单号：114-6605721-0048213）。

如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验。无论评价如何，您的分享都能帮助其他买家做出选择。

再次感谢！
林晓雯
Quillmont 团队
""")

# --- logistics: free-written, logistics only (labels []) --------------------
LOG = "logistics"
free("t29-043", LOG, "en", [], ["shipping", "tracking"], "free-written: shipped, tracking and ETA", """
Hi Gregory,

Your order 113-2058364-7719402 shipped yesterday with UPS, tracking number 1Z7F38W20391846620. The carrier currently shows delivery on Thursday by end of day.

If it has not arrived by Friday evening, just reply here and we will open a trace with the carrier.

Best regards,
Marisol
Quillmont Support Team
""")
free("t29-044", LOG, "en", [], ["return", "refund"], "free-written: how to return an unopened doorbell", """
Hello Ms. Pruitt,

No problem at all. Since the doorbell is still sealed, you can return it from Your Orders on Amazon: choose the order, click Return or Replace Items and pick "No longer needed". Amazon will show you the drop-off options, including the UPS Store.

Once the carrier scans the package, the refund goes back to your original payment method, usually within 3 to 5 business days.

Kind regards,
Devin Achterberg
Quillmont Support Team
""")
free("t29-045", LOG, "en", [], ["address-change"], "free-written: delivery address changed before dispatch", """
Hi Mr. Bramwell,

Good timing: order 114-5813096-2270148 had not left our warehouse yet, so we changed the delivery address to the one in your message:

4417 Larchmere Avenue, Apt 3B
Fernhollow, OR 97321

The package is scheduled to ship tomorrow morning, and you will see the updated address on the tracking page once the label is printed.

Regards,
Tomasz Reyes
""")
free("t29-046", LOG, "en", [], ["cancellation"], "free-written: seller cancels at the buyer's request", """
Hello Annika,

As you asked, we have cancelled order 112-0937715-8846203 before it shipped. You will not be charged; any pending authorization on your card should drop off within a few days, depending on your bank.

Best,
Priya Lindqvist
Quillmont Support Team
""")
free("t29-047", LOG, "en", [], ["exchange"], "free-written: colour exchange with a prepaid label", """
Hi Corinne,

We can exchange the white Spotlight Cam S4 for the black one. A prepaid return label is attached to this message; please pack the white camera with its accessories and drop it at any UPS location.

The black unit will ship as soon as the carrier scans your return, and we will post the new tracking number in this thread.

Thanks,
Marisol Okafor
Quillmont Support Team
""")
free("t29-048", LOG, "en", [], ["customs"], "free-written: parcel held at Canadian customs", """
Hi Mr. Lachance,

Your package to Canada is being held at customs in Mississauga because the carrier needed a commercial invoice. We uploaded the invoice this morning, and the carrier expects to release the parcel within one to two business days.

Import duties and taxes were prepaid at checkout, so nothing will be owed on delivery.

Regards,
Devin Achterberg
""")
free("t29-049", LOG, "en", [], ["replacement", "near-miss"], "free-written near-miss: names a damaged doorbell, but only arranges a replacement shipment", """
Hi Ines,

I'm sorry the D3 doorbell arrived with a cracked faceplate. We shipped a replacement by FedEx today, tracking 7739 2048 1156 0371, and it should reach you on Tuesday.

Please keep the damaged unit for now; we will send a prepaid return label for it in this thread after the replacement is delivered.

Best regards,
Tomasz Reyes
Quillmont Support Team
""")
free("t29-050", LOG, "en", [], ["return", "refund", "near-miss"], "free-written near-miss: names a fault (camera will not power on) but only explains the return", """
Hello Mr. Abernathy,

Since the camera will not power on at all, the quickest way to get your money back is a return: go to Your Orders, choose Return or Replace Items and select "Item defective or doesn't work". Return shipping is at no cost to you because the item is defective.

Your refund of $89.99 is issued as soon as the carrier scans the package.

Kind regards,
Priya Lindqvist
""")
free("t29-051", LOG, "en", [], ["refund"], "free-written: refund of a received return", """
Hi Rashida,

We received your returned Battery Cam B5 on March 4 and issued a full refund of $119.99 to your original payment method today. Most banks show it within 3 to 5 business days.

Thank you for sending it back so quickly.

Marisol Okafor
Quillmont Support Team
""")
free("t29-052", LOG, "en", [], ["lost-package", "replacement"], "free-written: lost parcel, claim filed, replacement sent", """
Hello Mr. Szabo,

The tracking for order 111-8360247-5519034 has not updated since the parcel left the Memphis hub five days ago, so we have filed a lost-package claim with the carrier.

Rather than make you wait for the claim, we sent a replacement by 2-day shipping this afternoon. New tracking: 1Z7F38W20391852217, expected delivery Wednesday. If the first parcel turns up after all, you can refuse it or send it back with the label we will provide.

Best,
Devin Achterberg
""")
free("t29-053", LOG, "en", [], ["delivery", "misdelivery"], "free-written: marked delivered but not received", """
Hi Penelope,

I checked the UPS record for your order: it was marked delivered on Saturday at 2:14 PM, but the delivery photo shows a porch with a green door that you say is not yours.

We have asked UPS to open a delivery investigation, which usually takes up to three business days. In the meantime, it is worth asking your immediate neighbours whether the parcel was left with them. If it does not turn up, we will reship the order.

Kind regards,
Tomasz Reyes
Quillmont Support Team
""")
free("t29-054", LOG, "en", [], ["split-shipment", "near-miss"], "free-written near-miss: names the doorbell and chime, but only explains a split shipment", """
Hello Wendell,

Your order contained two items that left different warehouses. The D3 Video Doorbell was delivered on Saturday, and the plug-in chime shipped separately on Monday with USPS, tracking 9400 1118 9922 3745 0012 87. USPS expects to deliver it on Thursday.

Regards,
Priya Lindqvist
""")
free("t29-055", LOG, "en", [], ["shipping", "eta"], "free-written: dispatch date and transit time before shipment", """
Hi Mr. Kowalczyk,

Your order will leave our warehouse on Tuesday. Standard shipping to Oregon takes 3 to 5 business days, so you should have the cameras by the following Monday at the latest. We will share the tracking number here as soon as the label is created.

Best regards,
Marisol Okafor
""")
free("t29-056", LOG, "en", [], ["return-window"], "free-written: return window and packaging question", """
Hello Lucinda,

You can return the Indoor Cam within 30 days of delivery, which in your case means until June 14. The original box is not required as long as the camera is well packed, but please include the power adapter and the cable so the return is processed without deductions.

Kind regards,
Devin Achterberg
Quillmont Support Team
""")
free("t29-057", LOG, "en", [], ["return", "near-miss"], "free-written near-miss: buyer says the app keeps crashing; the reply only handles the return", """
Hi Ambrose,

Understood, and I'm sorry the app experience did not work out for you. Your prepaid return label is attached to this message. Please print it, tape it over the old label and drop the package at any UPS location within 14 days.

We will issue the refund as soon as the parcel is scanned, and I will confirm here when it has gone through.

Regards,
Tomasz Reyes
""")
free("t29-058", LOG, "en", [], ["delivery", "signature"], "free-written: missed signature delivery, redelivery options", """
Hello Mrs. Oyelaran,

The FedEx driver left a door tag because this shipment requires a signature. FedEx will try again tomorrow between 9 AM and 5 PM. If nobody will be home, you can ask FedEx with tracking number 7739 2048 1193 5526 to hold the package at a nearby FedEx location for pickup.

Best,
Priya Lindqvist
Quillmont Support Team
""")
free("t29-059", LOG, "en", [], ["address", "po-box"], "free-written: P.O. Box cannot be used, asks for a street address", """
Hi Desmond,

The carrier we use for doorbell kits cannot deliver to a P.O. Box. Could you reply with a street address for order 113-1648205-3390571? We will update the order right away so it can still ship tomorrow as planned.

Thanks,
Marisol Okafor
""")
free("t29-060", LOG, "en", [], ["return", "partial-refund"], "free-written: partial refund because the returned item lacked a part", """
Hello Mr. Thistlewood,

Your return of the Spotlight Cam S4 arrived today, but the box did not include the power adapter. Under the return terms this means a deduction of $12.00, so we have refunded $117.99 of the $129.99 you paid.

If the adapter turns up and you send it back to us within 30 days, we will refund the remaining $12.00.

Regards,
Devin Achterberg
Quillmont Support Team
""")
free("t29-061", LOG, "en", [], ["cancellation", "duplicate-order"], "free-written: duplicate order cancelled at buyer's request", """
Hi Fiona,

We have cancelled the duplicate order 112-7419830-6625014 you asked us to cancel. Your first order, 112-7419830-6625013, is not affected and ships today as planned.

Best regards,
Tomasz Reyes
""")
free("t29-062", LOG, "en", [], ["shipping", "holiday"], "free-written: holiday delivery timing", """
Hello Mr. Ferreira,

Orders placed by December 18 with standard shipping arrive before December 24 anywhere in the contiguous US. Your order was placed today and is scheduled to ship tomorrow, so the carrier's estimate is December 21.

Kind regards,
Priya Lindqvist
Quillmont Support Team
""")
free("t29-063", LOG, "en", [], ["replacement", "return"], "free-written: original unit must be sent back after a replacement", """
Hi Solveig,

The tracking shows that your replacement doorbell was delivered this morning. Please send the original unit back within 14 days with the prepaid label we attached on May 2; you can drop it at any UPS location.

Once it is scanned, the exchange is complete and there is nothing else you need to do.

Thanks,
Marisol Okafor
""")
free("t29-064", LOG, "en", [], ["missing-part", "tracking", "near-miss"], "free-written near-miss: topic of en/warranty/missing-part, but only the shipment status of the part", """
Hello Mr. Adeyemi,

The mounting bracket that was missing from your box shipped today by USPS, tracking 9400 1118 9922 3745 0093 41. USPS expects to deliver it on Friday.

Regards,
Devin Achterberg
Quillmont Support Team
""")
free("t29-065", LOG, "zh", [], ["shipping", "tracking"], "free-written: 已发货与跟踪号", """
王女士您好，

您的订单 113-4407291-8835160 已于昨天通过 UPS 发出，跟踪号 1Z7F38W20391867754，承运商预计本周四送达。

如周五仍未收到，请在此回复，我们会立即联系承运商查询。

林晓雯
Quillmont 客服团队
""")
free("t29-066", LOG, "zh", [], ["return", "refund"], "free-written: 退货流程与退款时间", """
马先生您好，

您可以在亚马逊“我的订单”中找到这笔订单，点击“退货或换货”，退货原因选择“不再需要”，然后按页面提示选择寄件方式。

我们收到退回的摄像头后，会在 3 个工作日内原路退款，到账时间以银行为准。

周嘉豪
""")
free("t29-067", LOG, "zh", [], ["address-change"], "free-written: 发货前修改收货地址", """
您好，

您的订单 114-8092365-1147730 尚未发货，我们已按您的要求将收货地址修改为：

1208 Willowmere Drive, Unit 5
Cedar Hollow, WA 98370

包裹预计明天发出，发货后跟踪页面会显示新的地址。

郑思远
Quillmont 客服团队
""")
free("t29-068", LOG, "zh", [], ["cancellation"], "free-written: 按买家要求取消订单", """
黄先生您好，

已按您的要求取消订单 111-3305847-9920661，包裹尚未发出，您不会被扣款。如银行卡上显示预授权，通常几天内会自动释放。

林晓雯
""")
free("t29-069", LOG, "zh", [], ["replacement", "near-miss"], "free-written near-miss: 提到门铃外壳破裂，但只安排补发", """
宋女士您好，

很抱歉您收到的门铃外壳有裂痕。我们今天已通过 FedEx 为您补发一台，跟踪号 7739 2048 1207 4415，预计下周二送达。

破损的那台请先保留，新门铃签收后我们会在此对话中发送免费退货标签。

周嘉豪
Quillmont 客服团队
""")
free("t29-070", LOG, "zh", [], ["customs"], "free-written: 加拿大清关", """
罗先生您好，

寄往加拿大的包裹目前在海关等待清关，原因是承运商需要一份商业发票。我们今天上午已补交发票，预计一到两个工作日内放行。

关税和税费已在下单时预付，签收时无需另外付费。

郑思远
""")
free("t29-071", LOG, "zh", [], ["exchange"], "free-written: 换颜色", """
您好，

可以为您把白色的聚光灯摄像头 S4 换成黑色。预付退货标签已随本消息附上，请将白色摄像头连同配件一起装好，交到任意 UPS 网点即可。

承运商扫描您的退货包裹后，我们会立即寄出黑色款，并在此对话中告知新的跟踪号。

林晓雯
Quillmont 客服团队
""")
free("t29-072", LOG, "zh", [], ["shipping", "tracking", "traditional"], "free-written: 已寄出與追蹤編號（繁體）", """
劉先生 您好：

您的訂單 112-5528160-3371094 已於週一由 UPS 寄出，追蹤編號 1Z7F38W20391873310，物流顯示預計週五送達。

如到時仍未收到，請直接回覆這則訊息，我們會向物流公司查詢。

陳怡君
Quillmont 客服團隊
""")
free("t29-073", LOG, "zh", [], ["refund", "traditional"], "free-written: 退貨已收到並退款（繁體）", """
謝小姐 您好：

我們已於 4 月 9 日收到您退回的視訊門鈴，並已全額退款 129.99 美元至原付款方式，一般三到五個工作天會入帳。

黃柏翰
Quillmont 客服團隊
""")
free("t29-074", LOG, "zh", [], ["return", "near-miss", "traditional"], "free-written near-miss: 提到攝影機無法開機，但只說明退貨（繁體）", """
楊先生 您好：

既然攝影機完全無法開機，請直接在亞馬遜「我的訂單」中點選「退貨或更換商品」，原因選擇「商品故障或無法使用」。因為是商品故障，退貨運費由我們負擔。

物流掃描包裹後，我們會立即為您退款。

陳怡君
""")
free("t29-075", LOG, "mixed", [], ["tracking", "bilingual"], "free-written: English paragraph plus Simplified Chinese translation, tracking only", """
Hi Mr. Liang,

Your replacement camera shipped today with UPS, tracking 1Z7F38W20391880046, and should arrive on Wednesday.

梁先生您好，您的补发摄像头今天已通过 UPS 发出，跟踪号 1Z7F38W20391880046，预计周三送达。

Priya Lindqvist
Quillmont Support Team
""")
free("t29-076", LOG, "mixed", [], ["delivery", "code-switching"], "free-written: Chinese-English code-switching, delivery rescheduling only", """
Kevin 您好，

你的 order 114-2671039-5581472 今天 FedEx 第一次 delivery attempt 没有成功，因为需要签收。FedEx 会在明天 9 AM 到 5 PM 之间再送一次，如果家里没人，可以让 FedEx 把包裹 hold 在附近的网点自取。

周嘉豪
""")

# --- rewritten: free-written / heavily paraphrased non-logistics answers ----
RW = "rewritten"
free("t29-077", RW, "en", [TR], ["paraphrase", "night-vision"], "heavily paraphrased: same advice, new wording and structure", """
Hi Aaron,

Grainy footage after dark is nearly always glare rather than a faulty sensor. Once the sun goes down the camera floods the scene with infrared that people cannot see. With a pane of glass in front of the lens, or a soffit or gutter just above it, most of that light bounces straight back into the sensor and the frame turns milky.

Could you take it off the windowsill and mount it outdoors, angled slightly down and away from the roofline? Switching the IR mode from Always On to Auto also stops it fighting with your porch light.

Tell me how tonight's clips look.

Devin
""", tid="en/night-vision")
free("t29-078", RW, "en", [TR], ["troubleshooting", "status-light"], "free-written: what the status light colours mean", """
Hello Ms. Quintero,

The light on the front of the camera tells you what it is doing. Solid red for a few seconds is normal while it boots. Slow red flashing means it has lost the Wi-Fi connection. Fast blue flashing means it is waiting to be set up in the app, and alternating red and blue means a firmware install is running, so please leave it plugged in.

Since yours flashes slowly in red, it has dropped off your network. Power-cycle the router first, then the camera, and it normally reconnects within a minute or two.

Regards,
Marisol
""")
free("t29-079", RW, "en", [TR], ["troubleshooting", "audio"], "free-written: echo during two-way talk", """
Hi Bartholomew,

The echo you hear when you talk through the doorbell comes from the speaker's sound being picked up again by its own microphone. Open the doorbell in the app, go to Audio, and lower the speaker volume to around 60 percent. Turning on Noise Reduction on the same page helps too.

On your phone, use headphones or keep the phone's own volume moderate, because a loud phone speaker feeds back into the phone microphone as well.

Best,
Tomasz
""")
free("t29-080", RW, "en", [TR], ["troubleshooting", "sd-card"], "free-written: microSD card not recognised", """
Hello Mr. Nakamura,

The cameras read microSD cards up to 256 GB, class 10 or faster. Cards that were used in a dashcam or a phone often carry a file system the camera cannot read, which is why yours shows "No card".

With the card inserted, open the camera's Storage page in the app and tap Format. This erases the card and sets it up in the format the camera expects. If Format is greyed out, try the card in a computer first to make sure it is not locked or damaged.

Kind regards,
Priya
""")
free("t29-081", RW, "en", [TR], ["usage", "alexa"], "free-written: Alexa and Echo Show setup", """
Hi Elodie,

To see the front door on your Echo Show, open the Alexa app, search the Skills section for Quillmont Home, enable it and sign in with the same account you use in our app. Then ask Alexa to discover devices; the doorbell appears under Cameras a few seconds later.

After that you can simply say "Alexa, show the front door". Announcements for doorbell presses can be switched on in the Alexa device settings for the doorbell.

Marisol Okafor
""")
free("t29-082", RW, "en", [TR], ["troubleshooting", "time-zone"], "free-written: recordings show the wrong time", """
Hello Ignatius,

When every clip is off by exactly three hours, the camera is still on its factory time zone. In the app, tap the camera, then Settings, Device Info, Time Zone, pick your own zone and save. Unplug the camera for ten seconds afterwards so it re-syncs its clock.

Clips that are already recorded keep their old time stamp; new ones will be correct.

Best regards,
Devin
""")
free("t29-083", RW, "en", [TR], ["warranty", "explanation"], "free-written warranty explanation; no template covers coverage rules", """
Hi Mr. Harrowgate,

Our warranty runs for two years from the delivery date and covers faults in materials and workmanship, for example a camera that stops charging or a doorbell button that no longer responds. It does not cover damage from a fall, water getting in through a cracked housing, lightning or power surges, or wear such as scratches on the lens cover.

From your description, the housing split after the camera fell from the gutter, so unfortunately that would not be a warranty case. I am happy to explain the options that remain if you would like.

Kind regards,
Tomasz Reyes
""")
free("t29-084", RW, "en", [TR], ["troubleshooting", "wiring"], "free-written: humming mechanical chime, transformer voltage", """
Hello Prudence,

A humming or buzzing indoor chime after a wired doorbell install usually means the chime is receiving a trickle of current all the time. Fitting the small power adapter from the box inside the chime housing stops this: it connects across the Front and Trans terminals.

Also check your transformer. The doorbell needs 16 to 24 volts AC; older transformers rated 10 volts cause exactly this kind of noise and random restarts.

Best,
Priya Lindqvist
""")
free("t29-085", RW, "en", [TR], ["paraphrase", "battery"], "heavily paraphrased: battery advice in new words", """
Hi Cormac,

Two weeks per charge is much shorter than it should be, so something on the camera is keeping it busy. The main culprits are watching the live feed for long stretches, a motion setting that catches every car and leaf, long clip lengths and very cold nights.

For your front yard I would drop detection to the middle position and cap recordings at a quarter of a minute. People who make those two changes typically get twice the time out of each charge.

Cheers,
Marisol
""", tid="en/battery-life")
free("t29-086", RW, "en", [TR], ["usage", "modes"], "free-written: Home and Away modes with a schedule", """
Hello Mrs. Lindgren,

If you would rather the indoor camera not record while you are home, use Modes. In the app, tap Modes at the bottom, choose Home and switch off recording for the living-room camera there, then do the same the other way round for Away.

You can also let the app switch modes on a schedule, for instance Away on weekdays from 8 to 5, or based on your phone's location so it changes when you leave.

Regards,
Devin Achterberg
""")
free("t29-087", RW, "en", [TR], ["usage", "detection"], "free-written: person vs. package detection alerts", """
Hi Thaddeus,

Package detection only looks at the lower part of the picture, so it works best when the doorbell is mounted at about four feet and can see your doormat. Mounted higher, it misses parcels and reports people instead.

If you only care about deliveries, turn off Person alerts and leave Package alerts on; the doorbell still records everything, it just stops sending notifications for people walking past.

Priya
""")
free("t29-088", RW, "en", [TR], ["troubleshooting", "firmware"], "free-written: firmware update stuck", """
Hello Mr. Bellweather,

An update that stops at 60 percent usually lost its connection partway. Keep the camera plugged in, close the app completely, and unplug and replug the camera once. It will restart with the old firmware and offer the update again.

Start it again with your phone on the same Wi-Fi and the screen awake, and the install normally finishes in about five minutes.

Kind regards,
Tomasz
""")
free("t29-089", RW, "en", [TR], ["usage", "storage"], "free-written: how long clips are kept and how to save them", """
Hi Josephine,

Clips are stored on the microSD card inside the camera. When the card fills up, the oldest recordings are overwritten automatically, which is why you only see the last seven days of events.

To keep a clip for longer, open it in the app and tap Download; it is saved to your phone's photo library. A larger card, up to 256 GB, stretches the history to about a month at the default quality.

Marisol Okafor
""")
free("t29-090", RW, "en", [TR], ["usage", "anti-theft"], "free-written: security screw on the doorbell faceplate", """
Hello Augustin,

The faceplate is held by a small security screw at the bottom, and the matching screwdriver bit is in the accessories bag. Once it is tightened, the doorbell cannot be pulled off the bracket by hand.

If you ever need to take it down to recharge, undo that screw first and slide the doorbell up and off the bracket. Please do not pry it from the side, as that can crack the latch.

Best regards,
Devin
""")
free("t29-091", RW, "zh", [TR], ["troubleshooting", "status-light"], "free-written: 指示灯颜色含义", """
冯女士您好，

摄像头正面的指示灯代表不同状态：开机时红灯常亮几秒是正常的；红灯慢闪说明与 Wi-Fi 断开；蓝灯快闪表示正在等待配网；红蓝交替闪烁说明正在升级固件，这时请不要断电。

您描述的是红灯慢闪，说明设备掉线了。请先重启路由器，再重启摄像头，一般一两分钟内就能重新上线。

林晓雯
""")
free("t29-092", RW, "zh", [TR], ["troubleshooting", "audio"], "free-written: 对讲回声", """
您好，

通过门铃对讲时听到回声，是因为门铃喇叭的声音又被自己的麦克风收进去了。请在 App 里进入门铃的“音频”设置，把喇叭音量调到 60% 左右，同时打开“降噪”。

手机这边建议戴耳机，或者把手机音量调小一些，否则手机喇叭的声音也会被手机麦克风收进去。

周嘉豪
""")
free("t29-093", RW, "zh", [TR], ["paraphrase", "night-vision"], "heavily paraphrased: 同样的建议，完全不同的写法", """
李女士：

晚上画面一片白，多半不是摄像头坏了，而是反光。天黑后机器会自己打开人眼看不见的红外补光，如果它是放在窗户里面往外拍，或者正上方贴着屋檐，这些光会直接弹回来，整个画面就糊成一片。

麻烦您把它从窗台上拿下来装到室外，镜头稍微朝下、离开屋檐一点，再把红外模式从“常开”换成“自动”，今晚再看看效果。

周嘉豪
""", tid="zh/night-vision")
free("t29-094", RW, "zh", [TR], ["troubleshooting", "sd-card"], "free-written: 存储卡无法识别", """
高先生您好，

摄像头支持最大 256GB、Class 10 及以上的 microSD 卡。以前在行车记录仪或手机里用过的卡，文件格式常常不兼容，所以会显示“未检测到存储卡”。

请把卡插好后，在 App 的“存储”页面点击“格式化”，摄像头会把卡清空并设置成它需要的格式。如果“格式化”是灰色的，请先用电脑检查一下卡是否被锁定或已损坏。

郑思远
""")
free("t29-095", RW, "zh", [TR], ["warranty", "explanation"], "free-written: 保修范围说明", """
彭先生您好，

我们的保修期为签收之日起两年，保修的是材料和做工问题，例如无法充电、门铃按键失灵等。摔落造成的损坏、外壳破裂后进水、雷击或电涌，以及镜头罩划痕这类正常磨损，不在保修范围内。

根据您的描述，摄像头是从屋檐上掉下来后外壳裂开的，这种情况很遗憾不属于保修。如果您需要，我可以再为您说明其他可选的处理方式。

林晓雯
""")
free("t29-096", RW, "zh", [TR], ["troubleshooting", "wiring"], "free-written: 有线门铃导致室内机械铃嗡嗡响", """
您好，

安装有线门铃后，室内的机械铃铛一直嗡嗡响，通常是因为铃铛里一直有微弱电流通过。把包装里的小电源适配器装进铃铛盒，接在 Front 和 Trans 两个接线柱之间，就能解决。

另外请检查一下变压器：门铃需要 16 到 24 伏交流电，老式 10 伏的变压器正会引起这种噪音和门铃反复重启。

周嘉豪
""")
free("t29-097", RW, "zh", [TR], ["troubleshooting", "firmware"], "free-written: 固件升级卡在 60%", """
邓女士您好，

升级停在 60% 一般是中途断了网。请保持摄像头通电，把 App 彻底关掉，然后把摄像头拔掉电源再插上。它会用旧版本固件重新启动，并再次提示升级。

重新升级时请让手机连着同一个 Wi-Fi，并保持屏幕常亮，大约五分钟就能完成。

郑思远
""")
free("t29-098", RW, "zh", [TR], ["troubleshooting", "time-zone", "traditional"], "free-written: 錄影時間不正確（繁體）", """
何先生 您好：

錄影上顯示的時間和實際差了整整三個小時，通常是因為攝影機沿用了出廠預設的時區。請在應用程式中點選該攝影機，進入「設定 > 裝置資訊 > 時區」，改成您所在的時區後儲存，接著將攝影機斷電十秒再重新接上，讓它重新同步時間。

已經錄好的片段仍會是舊的時間，之後的新錄影就會顯示正確時間。

黃柏翰
""")
free("t29-099", RW, "zh", [TR], ["paraphrase", "battery", "traditional"], "heavily paraphrased: 低溫下電量掉得快（繁體）", """
吳太太 您好：

冬天電量掉得特別快是正常現象。鋰電池在零度以下放電效率會明顯下降，同樣的錄影量可能只撐得到平常的一半。

建議您把攝影機裝在屋簷下等比較不受寒風直吹的位置；電量剩兩成時先拿進室內，回溫後再充，低溫時直接充電容易充不飽；晚上若不需要即時觀看，盡量少開畫面。

天氣回暖後，續航就會恢復。

陳怡君
""", tid="zh-tw/battery-life")
free("t29-100", RW, "zh", [TR], ["usage", "shared-access", "traditional"], "free-written: 家人共用權限；此主題只有英文範本 en/app/sharing/shared-access，沒有中文範本", """
蔡小姐 您好：

想讓家人也能看到門鈴畫面，不需要把您的帳號密碼給他們。請家人先在自己的手機下載 Quillmont Home 並註冊帳號，然後由您在應用程式的「設定」裡找到「共用成員」，輸入他們註冊時使用的帳號並送出邀請。

您可以決定對方只能觀看，還是也能調整設定；日後若要取消，在同一頁面移除即可。

黃柏翰
""")
free("t29-101", RW, "mixed", [TR], ["troubleshooting", "code-switching", "offline"], "free-written: Chinese-English code-switching on an offline camera (topic of en/wifi/camera-offline, no zh template)", """
Hi Bella，

你的 Outdoor Cam Pro 一直 offline 的话，先看一下 App 里 Network 那一栏的 signal strength。如果只有一两格，基本就是 Wi-Fi 信号不够，建议把 router 往摄像头方向挪一点，或者在中间加一个 mesh node。另外 router 重启之后，camera 也要断电重启一次才会重新连上。

有结果了再告诉我们。

林晓雯
""")
free("t29-102", RW, "mixed", [TR], ["usage", "alexa", "bilingual"], "free-written: Alexa setup, English paragraph plus Simplified Chinese translation", """
Hi Mr. Huang,

To see the doorbell on your Echo Show, open the Alexa app, enable the Quillmont Home skill, sign in with your Quillmont account and let Alexa discover devices. Then say "Alexa, show the front door".

黄先生您好：请在 Alexa App 中启用 Quillmont Home 技能，登录您的 Quillmont 账号并让 Alexa 搜索设备，之后对 Echo Show 说 "Alexa, show the front door" 即可查看门铃画面。

Tomasz Reyes
""")

# --- mixed-logistics: logistics plus a non-template, non-logistics part -----
ML = "mixed-logistics"
free("t29-103", ML, "en", [TR], ["replacement", "pairing-advice"], "free-written: replacement shipping + advice on splitting mesh Wi-Fi bands", """
Hi Marguerite,

Your replacement Indoor Cam ships tomorrow morning with UPS, and I will add the tracking number here once the label prints.

While you wait: the first unit most likely failed to pair because your mesh router puts 2.4 and 5 GHz under one network name. In the router's app, give the two bands separate names or pause 5 GHz during setup, and pairing should work on the first try.

Regards,
Marisol
""")
free("t29-104", ML, "en", [TR], ["return", "troubleshooting"], "free-written: return label + try a long reset before sending it back", """
Hello Mr. Whitcombe,

I have attached a prepaid return label in case you still want to send the camera back; it is valid for 14 days at any UPS location.

Before you pack it, though, it is worth one try: a frozen live view is often fixed by holding the reset button for a full 10 seconds until the camera chimes, then adding it to the app again. Your recordings on the card are kept.

Best,
Devin Achterberg
""")
free("t29-105", ML, "en", [TR], ["delivery", "mounting-advice"], "free-written: delivery confirmed + drilling advice for brick", """
Hi Saoirse,

Tracking shows your Spotlight Cam S4 was delivered on Tuesday afternoon and left at the side door.

For mounting on brick, drill into the mortar line rather than the brick itself, use a 1/4 inch masonry bit, and tap the plastic anchors in flush before you drive the screws. Brick faces crack easily when a screw goes in too close to an edge.

Kind regards,
Priya Lindqvist
""")
free("t29-106", ML, "en", [TR], ["exchange", "battery-advice"], "free-written: exchange shipping + first-charge advice", """
Hello Mr. Castellano,

The black Battery Cam B5 left our warehouse today with FedEx, tracking 7739 2048 1251 8830, and your return label for the white one is attached.

One tip for the new unit: give it a full charge with the included cable before setting it up. Cameras set up on a half-charged battery often report the wrong battery percentage for the first few weeks.

Regards,
Tomasz Reyes
""")
free("t29-107", ML, "en", [TR], ["refund", "night-glare-advice"], "free-written: refund issued + glare advice for the buyer's other camera", """
Hi Mrs. Achebe,

We received the returned doorbell and refunded $99.99 to your card today.

About the indoor camera you are keeping: the white haze at night comes from its infrared bouncing off the window in front of it. Press the lens right against the glass, or move it so it looks into the room rather than out through the pane, and the haze disappears.

Best regards,
Marisol Okafor
""")
free("t29-108", ML, "en", [TR], ["address-change", "detection-advice"], "free-written: address changed + detection distance advice", """
Hello Bastian,

Done: order 113-9963017-4402586 will now ship to your office address, and the label has been reprinted.

On your other question, the camera on your current porch picks up the sidewalk because detection distance is at its maximum. Slide Detection Distance to about 15 feet in the camera's settings and people walking past on the street will no longer trigger it.

Priya
""")
free("t29-109", ML, "en", [TR], ["customs", "wiring-advice"], "free-written: customs cleared + transformer check before installation", """
Hi Mr. Fontaine,

Good news on the parcel: it cleared customs this morning and the carrier now shows delivery on Monday.

Before you install the doorbell, please check the transformer that powers your current one. The D3 needs 16 to 24 volts AC; if the label on your transformer says 10 volts, the doorbell will keep restarting and the transformer should be replaced first.

Kind regards,
Devin Achterberg
""")
free("t29-110", ML, "en", [TR], ["cancellation", "privacy-advice"], "free-written: second unit cancelled + how to stop audio recording", """
Hello Henrietta,

We cancelled the second camera on order 112-3389145-7726904 as you asked; the first one has already been delivered.

You also asked about audio. If you do not want sound recorded, open the camera in the app, go to Settings, Audio, and switch off Record Audio. Live view will still let you talk through the camera when you choose to.

Regards,
Tomasz Reyes
""")
free("t29-111", ML, "en", [TR], ["delivery", "chime-troubleshooting"], "free-written: delivered + why the chime stays silent", """
Hi Mr. Okafor-Lane,

The tracking confirms the chime was delivered on Thursday, so it is the unit you have in hand.

If it stays silent when someone presses the doorbell, it is probably still in its default silent mode. Hold the button on its side for three seconds until it plays a short tone, then press the doorbell again. If the light on the chime is red, it has lost Wi-Fi and needs to be closer to the router.

Marisol
""")
free("t29-112", ML, "zh", [TR], ["replacement", "pairing-advice"], "free-written: 补发 + 路由器频段分开的建议", """
柯女士您好，

补发的摄像头已于今天通过 UPS 发出，跟踪号 1Z7F38W20391894412，预计周四送达。

另外，第一台配网失败，很可能是因为您的路由器把 2.4G 和 5G 合成了一个网络名称。建议在路由器管理页面把两个频段分开命名，或者配网时暂时关闭 5G，一般就能一次成功。

林晓雯
""")
free("t29-113", ML, "zh", [TR], ["return", "troubleshooting"], "free-written: 退货标签 + 退货前先长按复位", """
您好，

预付退货标签已随本消息附上，14 天内交到任意 UPS 网点均可。

寄回之前建议您再试一次：实时画面卡住的问题，常常可以通过长按复位键 10 秒、听到提示音后在 App 里重新添加设备来解决，存储卡里的录像不会丢失。

周嘉豪
""")
free("t29-114", ML, "zh", [TR], ["address-change", "night-glare-advice"], "free-written: 修改地址 + 夜间画面发白的建议", """
叶先生您好，

订单 111-4476290-3318052 的收货地址已改为您公司的地址，包裹明天发出。

您提到的另一台室内摄像头夜里画面发白，是因为它隔着窗户往外拍，红外光被玻璃反射回来了。把镜头紧贴玻璃，或者改成朝屋内拍摄，就不会再发白。

郑思远
""")
free("t29-115", ML, "zh", [TR], ["customs", "battery-advice"], "free-written: 清关 + 冬季电池使用建议", """
韩女士您好，

您的包裹今天上午已完成清关，承运商显示下周一送达。

因为您所在的地区冬天很冷，收到后建议先在室内把电池充满再装到室外；气温低于零度时电量会掉得比较快，电量低于 20% 时请拿回室内，回温后再充电。

林晓雯
""")
free("t29-116", ML, "zh", [TR], ["exchange", "firmware-advice", "traditional"], "free-written: 換貨已寄出 + 先更新韌體的建議（繁體）", """
曾先生 您好：

更換的視訊門鈴已於今天由 FedEx 寄出，追蹤編號 7739 2048 1266 0157，預計週三送達。

收到後請先不要急著安裝，建議先接上電源，在應用程式中把韌體更新到最新版本再裝到門口，這樣配對會比較順利，也能避免舊版本偶爾不響鈴的問題。

陳怡君
""")
free("t29-117", ML, "zh", [TR], ["refund", "detection-advice", "traditional"], "free-written: 退款 + 調整偵測距離的建議（繁體）", """
潘小姐 您好：

我們已收到您退回的第二台攝影機，並已退款 79.99 美元至原付款方式。

至於您留下的那一台一直被路過的車輛觸發，建議到「設定 > 移動偵測」把偵測距離調到 5 公尺左右，並把靈敏度降一格，馬路上的車就不會再觸發通知。

黃柏翰
""")
free("t29-118", ML, "mixed", [TR], ["tracking", "usage-advice", "bilingual"], "free-written: bilingual tracking update + advice on the chime placement", """
Hi Mrs. Zhou,

Your plug-in chime shipped today with USPS, tracking 9400 1118 9922 3745 0127 66. When it arrives, plug it into an outlet halfway between the router and the front door so it can hear the doorbell and stay on Wi-Fi.

周女士您好：您的室内铃铛今天已通过 USPS 发出，跟踪号 9400 1118 9922 3745 0127 66。收到后请把它插在路由器和前门之间的插座上，这样既能收到门铃信号，也不容易掉线。

Devin Achterberg
""")

# --- violating: content-policy violations; template-required decided per call --
VI = "violating"
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
free("t29-119", VI, "en", [RI], ["incentive", "template-based"], "exact fill plus an appended gift-card-for-5-stars sentence (JC1)", """
Hello Marcus,

Thank you for your order 113-3092874-6610528 of the Quillmont Spotlight Cam S4.

If you have a moment, you are welcome to share your experience with the product on its Amazon product page. Every honest review, whatever it says, helps other shoppers decide. If you leave us a 5-star review and reply with a screenshot, we will send you a $15 gift card as a thank-you.

Thank you,
Devin Achterberg
Quillmont Team
""", tid="en/review-request",
     values={"buyer_name": "Marcus", "order_id": "113-3092874-6610528",
             "model": "Quillmont Spotlight Cam S4", "agent_name": "Devin Achterberg"}, jc=1)
free("t29-120", VI, "en", [RI], ["gating", "template-based"], "fill edited into review gating: 'if you are happy' + 'message us first instead of leaving a review' (JC1)", """
Hello Ms. Pemberton,

Thank you for your order 114-4418260-7735091 of the Quillmont D3 Video Doorbell.

If you are happy with it and have a moment, you are welcome to share your experience with the product on its Amazon product page. If anything is not right, please message us here first instead of leaving a review.

Thank you,
Marisol Okafor
Quillmont Team
""", tid="en/review-request",
     values={"buyer_name": "Ms. Pemberton", "order_id": "114-4418260-7735091",
             "model": "Quillmont D3 Video Doorbell", "agent_name": "Marisol Okafor"}, jc=1)
free("t29-121", VI, "zh", [RI], ["incentive", "template-based"], "exact fill plus 五星好评截图返现 sentence (JC1)", """
徐先生您好，

感谢您购买 Quillmont C2 室内摄像头（订单号：112-6730194-2258307）。

如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验。无论评价如何，您的分享都能帮助其他买家做出选择。留下五星好评并截图发给我们，即可获得 10 美元返现。

谢谢！
周嘉豪
Quillmont 团队
""", tid="zh/review-request",
     values={"buyer_name": "徐先生", "model": "Quillmont C2 室内摄像头",
             "order_id": "112-6730194-2258307", "agent_name": "周嘉豪"}, jc=1)
free("t29-122", VI, "en", [OPC], ["phone", "im-handle", "template-based"], "fill whose last step sends screenshots to a WhatsApp number instead of this thread (JC2)", """
Dear Nadia,

Thanks for your question about night vision on the Quillmont Outdoor Cam Pro.

A few things affect how clear the picture is after dark:
\u2022 The infrared lights reflect off glass, so the camera should not face out through a window.
\u2022 Eaves, walls or plants close to the lens can bounce the infrared back and wash out the image.
\u2022 In the app, set Night Vision to Auto so the camera switches at dusk by itself.
\u2022 Wipe the lens with a dry microfiber cloth, because dust and spider webs glow at night.

If the picture is still grainy, please send a screenshot on WhatsApp to +1 (415) 555-0147 and we will check the settings with you.

Regards,
Tomasz Reyes
Quillmont Support Team
""", tid="en/night-vision",
     values={"buyer_name": "Nadia", "model": "Quillmont Outdoor Cam Pro",
             "agent_name": "Tomasz Reyes"}, jc=2)
free("t29-123", VI, "zh", [OPC], ["im-handle", "template-based", "traditional"], "fill whose evidence step points to a LINE account instead of this thread (JC2)", """
邱先生 您好：

很抱歉您的 Quillmont D3 視訊門鈴 無法正常運作。本產品享有兩年有限保固，我們會協助您辦理。

請加我們的 LINE 官方帳號 @quillmont_tw，並傳送：
1. 裝置背面序號標籤的照片；
2. 顯示問題的短片或照片。

訂單編號：111-9183574-2206615
保固案件編號：QM-WC-20649

收到資料後，我們會在兩個工作天內完成審核。

陳怡君
Quillmont 保固團隊
""", tid="zh-tw/warranty-evidence",
     values={"buyer_name": "邱先生", "model": "Quillmont D3 視訊門鈴",
             "order_id": "111-9183574-2206615", "claim_id": "QM-WC-20649",
             "agent_name": "陳怡君"}, jc=2)
free("t29-124", VI, "en", [MKT], ["promo-code", "template-based"], "exact fill plus an appended P.S. with a launch and a discount code (JC1)", """
Hi Oliver,

You can limit alerts on your Quillmont Battery Cam B5 to the areas that matter with motion zones.

1. In the Quillmont Home app, open the camera and tap the gear icon.
2. Go to Motion Detection > Activity Zones.
3. Drag the corners of the box to cover your driveway or porch, and leave out the street.
4. Add up to three zones and tap Save.
5. Lower the sensitivity one step if passing cars still trigger alerts.

The zones apply to new recordings right away; older clips are not changed.

P.S. Our new Quillmont Solar Panel launches this week. Use code SUNNY20 for 20% off it in our Amazon store.

All the best,
Priya Lindqvist
Quillmont Support Team
""", tid="en/motion-zones",
     values={"buyer_name": "Oliver", "model": "Quillmont Battery Cam B5",
             "agent_name": "Priya Lindqvist"}, jc=1)
free("t29-125", VI, "en", [OPC], ["phone", "logistics"], "free-written logistics reply asking the buyer to text a gate code to a personal number (JC3)", """
Hi Mr. Garland,

Your doorbell kit is out for delivery today with FedEx, tracking 7739 2048 1280 3364. The driver may need your gate code, so please text it to me directly at (206) 555-0132 and I will pass it on to the carrier.

Thanks,
Devin Achterberg
""", jc=3)
free("t29-126", VI, "zh", [OPC], ["im-handle", "logistics"], "free-written return-label reply that moves the buyer to WeChat (JC3)", """
方女士您好，

退货标签已随本消息附上，请打印后贴在包裹外面，交到任意 UPS 网点即可。如果打印不方便，加我微信 quillmont_kf88，我把标签图片直接发给您。

周嘉豪
""", jc=3)
free("t29-127", VI, "mixed", [OPC], ["url", "logistics", "bilingual"], "free-written bilingual tracking reply that links to the seller's own tracking site (JC3)", """
Hi Ms. Tan,

Your parcel shipped today. You can follow it on our own tracking page: https://track.quillmont-direct.net/114-6082713-5590428

谭女士您好，您的包裹今天已发出，可在我们的物流查询页面查看：https://track.quillmont-direct.net/114-6082713-5590428

Priya Lindqvist
""", jc=3)
free("t29-128", VI, "en", [OPC, TR], ["email", "troubleshooting"], "free-written troubleshooting that asks for a clip by e-mail (JC4)", """
Hello Mr. Radcliffe,

A crackling speaker on the doorbell is usually moisture behind the grille after heavy rain. Let it dry for a day with the faceplate off, then restart it from the app under Device Settings, Restart.

If it still crackles after that, email a short clip to me at devin.a@quillmont-help.net so I can listen to it.

Devin Achterberg
""", jc=4)
free("t29-129", VI, "zh", [OPC, TR], ["im-handle", "troubleshooting", "traditional"], "free-written troubleshooting that asks for a video over LINE (JC4)", """
羅小姐 您好：

門鈴按鈕的燈不亮，多半是電池電量太低或門鈴沒有完全卡進底座。請先把門鈴取下充電兩小時，再往下推到聽見「喀」一聲為止。

如果還是不亮，請加 LINE：quillmont.tw，傳一段影片給我們看看。

黃柏翰
""", jc=4)
free("t29-130", VI, "zh", [RI, TR], ["incentive", "troubleshooting"], "free-written troubleshooting ending with 五星好评返现 (JC4)", """
您好，

录像断断续续，多半是存储卡写入速度不够。请换一张 Class 10 以上的 microSD 卡，并在 App 的“存储”页面格式化后再使用。

问题解决后，麻烦给个五星好评，截图发给我们可返现 5 美元。

郑思远
""", jc=4)
free("t29-131", VI, "en", [RI, TR], ["gating", "review-request"], "free-written review request with gating, far from en/review-request (JC5)", """
Hi Rowan,

So glad the doorbell is up and running! If you are enjoying it, we would love a review on Amazon. And if anything is less than perfect, please come to us first rather than posting a review, and we will make it right.

Cheers,
Marisol
""", jc=5)
free("t29-132", VI, "en", [RI, TR], ["change-review", "logistics"], "free-written refund reply that asks to update or remove a 1-star review (JC6)", """
Hello Mrs. Devereux,

We received your returned camera yesterday and issued a full refund of $99.99 to your original payment method.

Now that this is resolved, would you consider updating or removing the 1-star review you left on the product page?

Best regards,
Tomasz Reyes
""", jc=6)
free("t29-133", VI, "en", [MKT, TR], ["promo-code", "cross-sell"], "free-written reply that is entirely a launch announcement and discount code (JC7)", """
Hi Mr. Lindholm,

Great question! Our brand-new Quillmont Floodlight Cam F1 launches on May 1, and with code QMSPRING20 you get 20% off any Quillmont camera in our Amazon store through Sunday. It pairs perfectly with the doorbell you already have, so you can cover the backyard too.

Priya Lindqvist
""", jc=7)
free("t29-134", VI, "en", [MKT, TR], ["sale", "logistics"], "free-written exchange-shipping reply with a weekend sale pitch (JC6)", """
Hi Genevieve,

Your exchange ships today with UPS, tracking 1Z7F38W20391907725, and should arrive on Thursday.

By the way, our solar panel is 25% off this weekend only. Add one to your next order and your Battery Cam will never need charging again.

Marisol Okafor
""", jc=6)

# ---------------------------------------------------------------------------
# Judgement calls for the violating category
# ---------------------------------------------------------------------------
JCS = OrderedDict([
    (1, "A compliant template fill with one violating sentence appended or worked in "
        "(gift card for 5 stars, review gating, a promo-code P.S.) still matches its "
        "template closely (difflib ratio >= 0.70), so only the content policy is "
        "expected; `template-required` is a whole-message similarity test and the "
        "violation is the content policy's job."),
    (2, "A template fill whose reply channel or sign-off is swapped for off-Amazon "
        "contact details (WhatsApp number, LINE account) is treated like call 1: "
        "`off-platform-contact` only, because the message still matches its template."),
    (3, "A reply that is otherwise pure logistics (delivery, return label, tracking) "
        "and adds a phone number, messaging handle or non-Amazon tracking link for that "
        "same logistics matter stays on-topic: `off-platform-contact` only, no "
        "`template-required`."),
    (4, "A free-written troubleshooting answer that also breaks a content policy "
        "(e-mail address, LINE handle, 好评返现) gets both labels: the violation does "
        "not make the non-logistics text template-covered."),
    (5, "A review request is not logistics. A free-written review request that is "
        "far from the neutral en/review-request template (here also gated) gets "
        "`template-required` in addition to `review-inducement`."),
    (6, "A free-written logistics reply with an added review-change request or sale "
        "pitch is no longer logistics-only; the added sentence is non-template, "
        "non-logistics content (as in mixed-logistics), so `template-required` applies "
        "together with the content policy."),
    (7, "A reply that is entirely a launch announcement with a discount code is "
        "non-logistics and matches no template: `marketing` plus `template-required`."),
])
JC_EXPECTS_TR = {1: False, 2: False, 3: False, 4: True, 5: True, 6: True, 7: True}

# ---------------------------------------------------------------------------
# Helpers and self-checks
# ---------------------------------------------------------------------------
PH = re.compile(r"\{\{([a-z_]+)\}\}")
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT = {"review-inducement", "off-platform-contact", "marketing"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# (simplified, traditional) pairs whose simplified form is not used in Traditional
# text and vice versa (ambiguous characters such as 系/后/里/台/周 are left out).
ST_PAIRS = [tuple(p) for p in (
    "们們 这這 说說 请請 与與 装裝 线線 电電 话話 时時 间間 联聯 设設 录錄 镜鏡 头頭 "
    "门門 铃鈴 应應 为為 会會 个個 对對 动動 网網 络絡 无無 订訂 单單 号號 码碼 发發 "
    "货貨 运運 换換 检檢 测測 灯燈 视視 频頻 摄攝 机機 开開 关關 让讓 谢謝 问問 题題 "
    "团團 队隊 务務 续續 报報 区區 侦偵 则則 围圍 确確 认認 证證 据據 补補 评評 论論 "
    "价價 经經 验驗 买買 卖賣 帮幫 实實 产產 费費 显顯 亲親 专專 东東 图圖 该該 将將 "
    "从從 内內 护護 扫掃 处處 寄寄").split() if p[0] != p[1]]
SIMP_ONLY = {s for s, t in ST_PAIRS}
TRAD_ONLY = {t for s, t in ST_PAIRS}
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u26FF\u2700-\u27BF\u2B50\uFE0F]")
PHONE = re.compile(r"(?:\+1\s*)?\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b")
ORDER = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
NOTE_TPL = re.compile(r"^((?:en|zh|zh-tw)/[A-Za-z0-9/_.-]+):")

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


def self_check():
    # templates ----------------------------------------------------------
    for tid, body in TEMPLATES.items():
        names = PH.findall(body)
        check(names, f"{tid}: no placeholder")
        stray = PH.sub("", body)
        check("{" not in stray and "}" not in stray, f"{tid}: stray brace")
        check("\n\n\n" not in body, f"{tid}: more than one blank line in a row")
        check(not EMOJI.search(body), f"{tid}: emoji")
        check(not re.search(r"https?://|www\.|@|\.com\b|\.net\b", body), f"{tid}: link or address")
        check(not PHONE.search(body), f"{tid}: phone number")
        bad = re.search(r"(?i)coupon|discount|\bcode\b|% off|5-star|five-star|whatsapp|wechat|"
                        r"telegram|\bline\b|微信|好评|返现|五星|优惠|折扣|if you are (happy|satisfied)", body)
        check(not bad, f"{tid}: non-compliant wording {bad.group(0) if bad else ''}")
        l = tlang(tid)
        check(l in ("en", "zh", "zh-tw"), f"{tid}: bad folder")
        han = set(CJK.findall(body))
        if l == "en":
            check(not han, f"{tid}: CJK in English template")
        elif l == "zh":
            check(not (han & TRAD_ONLY), f"{tid}: traditional chars {han & TRAD_ONLY}")
            check(len(han & SIMP_ONLY) >= 2, f"{tid}: too few simplified markers")
        else:
            check(not (han & SIMP_ONLY), f"{tid}: simplified chars {han & SIMP_ONLY}")
            check(len(han & TRAD_ONLY) >= 2, f"{tid}: too few traditional markers")
    check(any(t.count("/") >= 3 for t in TEMPLATES), "no doubly nested en template")
    check(len(LONG_CAM) >= 150 and len(LONG_BELL) >= 150, "long titles shorter than 150")

    # replies ------------------------------------------------------------
    seen_text = set()
    for i, r in enumerate(REPLIES, 1):
        rid = r["id"]
        check(rid == f"t29-{i:03d}", f"{rid}: expected t29-{i:03d}")
        txt = text_of(r)
        check(txt and txt == txt.strip(), f"{rid}: empty or untrimmed text")
        check(txt not in seen_text, f"{rid}: duplicate text")
        seen_text.add(txt)
        check(r["cat"] in CATS and r["tags"][0] == r["cat"], f"{rid}: category/tag[0]")
        check(set(r["labels"]) <= POLICIES, f"{rid}: unknown policy")
        check(len(set(r["labels"])) == len(r["labels"]), f"{rid}: duplicate label")
        check("{{" not in txt and "}}" not in txt, f"{rid}: unfilled placeholder")
        check("\n\n\n" not in txt, f"{rid}: more than one blank line in a row")
        check(not EMOJI.search(txt), f"{rid}: emoji")
        for m in PHONE.finditer(txt):
            check(re.search(r"555-01\d\d$", m.group(0)), f"{rid}: phone not 555-01xx: {m.group(0)}")
        # language
        han = set(CJK.findall(txt))
        latin_words = re.findall(r"[A-Za-z]{2,}", txt)
        if r["lang"] == "en":
            check(not han, f"{rid}: CJK in en reply")
        elif r["lang"] == "zh":
            check(len(CJK.findall(txt)) > 3 * len(latin_words), f"{rid}: zh reply is not mostly Chinese")
        elif r["lang"] == "mixed":
            check(han and len(latin_words) >= 8, f"{rid}: mixed reply lacks one language")
        else:
            check(False, f"{rid}: bad lang {r['lang']}")
        if han:
            if "traditional" in r["tags"]:
                check(not (han & SIMP_ONLY), f"{rid}: simplified chars {sorted(han & SIMP_ONLY)}")
                check(len(han & TRAD_ONLY) >= 2, f"{rid}: too few traditional markers")
            else:
                check(not (han & TRAD_ONLY), f"{rid}: traditional chars {sorted(han & TRAD_ONLY)}")
                check(len(han & SIMP_ONLY) >= 2, f"{rid}: too few simplified markers")
        if r["tpl"] and tlang(r["tpl"]) == "zh-tw":
            check("traditional" in r["tags"], f"{rid}: zh-tw template but no traditional tag")
        # template reference in note
        m = NOTE_TPL.match(r["note"])
        if r["tpl"]:
            check(r["tpl"] in TEMPLATES, f"{rid}: unknown template {r['tpl']}")
            check(bool(m) and m.group(1) == r["tpl"], f"{rid}: note must start with {r['tpl']}")
        elif m:
            check(False, f"{rid}: note names a template but tpl is unset")
        for other in re.findall(r"\b(?:en|zh|zh-tw)/[a-z0-9/-]+[a-z0-9]", r["note"]):
            check(other in TEMPLATES, f"{rid}: note names unknown template {other}")
        # category rules
        cat = r["cat"]
        if cat in ("filled-template", "logistics"):
            check(r["labels"] == [], f"{rid}: {cat} must have no labels")
        if cat in ("rewritten", "mixed-logistics"):
            check(r["labels"] == [TR], f"{rid}: {cat} must be [template-required]")
        if r["values"] is not None:
            names = set(PH.findall(TEMPLATES[r["tpl"]]))
            check(set(r["values"]) == names, f"{rid}: values {sorted(r['values'])} != placeholders {sorted(names)}")
            for k, v in r["values"].items():
                check(v and "{{" not in v, f"{rid}: empty value {k}")
                if k not in r.get("dropped", []):
                    check(v in txt, f"{rid}: value of {k} missing from text")
        if cat == "filled-template":
            canon = render(r["tpl"], r["values"])
            if "exact" in r["tags"]:
                check(txt == canon, f"{rid}: exact fill differs from rendering")
            else:
                check(txt != canon, f"{rid}: edited fill is identical to the template")
                rr = ratio(txt, canon)
                r["sim"] = rr
                check(rr >= 0.70, f"{rid}: edited fill ratio {rr:.3f} < 0.70")
                best = max(TEMPLATES, key=lambda t: ratio(txt, render(t, r["values"])))
                check(best == r["tpl"], f"{rid}: nearest template is {best}, not {r['tpl']}")
        if cat == "violating":
            jc = r.get("jc")
            check(jc in JCS, f"{rid}: violating reply without judgement call")
            check(set(r["labels"]) & CONTENT, f"{rid}: violating reply without content policy")
            if jc in JC_EXPECTS_TR:
                check((TR in r["labels"]) == JC_EXPECTS_TR[jc], f"{rid}: labels disagree with JC{jc}")
            if jc in (1, 2):
                check(r["tpl"] is not None, f"{rid}: JC{jc} needs a source template")
            if r["tpl"] and TR not in r["labels"]:
                rr = ratio(txt, render(r["tpl"], r["values"]))
                r["sim"] = rr
                check(rr >= 0.70, f"{rid}: template-based violation ratio {rr:.3f} < 0.70")
        if TR in r["labels"]:
            mx, arg = max((ratio(txt, skeleton(t)), t) for t in TEMPLATES)
            r["sim"], r["near"] = mx, arg
            check(mx <= 0.55, f"{rid}: ratio {mx:.3f} to {arg} > 0.55 for a template-required reply")
    # json round trip
    for r in REPLIES:
        obj = out_obj(r)
        check(json.loads(json.dumps(obj, ensure_ascii=False)) == obj, f"{r['id']}: JSON round trip")


def out_obj(r):
    return OrderedDict([("id", r["id"]), ("text", text_of(r)), ("labels", r["labels"]),
                        ("lang", r["lang"]), ("tags", r["tags"]), ("note", r["note"]),
                        ("context", "reply")])


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
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


def md_cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write_readme():
    L = []
    a = L.append
    a("# t29: hand-labelled held-out test set for `template-required`\n")
    a("Generated by `gen.py` (the source of truth); do not edit the outputs by hand. "
      "Run `python3 gen.py`: it rewrites `library/`, `replies.jsonl` and this README "
      "and exits 1 if a self-check fails.\n")
    a("## The seller (invented)\n")
    a("**Quillmont Home Security** sells smart home security cameras (C2 Indoor Cam, "
      "Outdoor Cam Pro, Spotlight Cam S4, Battery Cam B5), the D3 video doorbell (battery "
      "and wired) with a plug-in chime, and the companion *Quillmont Home* app on Amazon. "
      "Support agents write in English (Marisol Okafor, Devin Achterberg, Priya Lindqvist, "
      "Tomasz Reyes), Simplified Chinese (林晓雯, 周嘉豪, 郑思远) and Traditional Chinese "
      "(陳怡君, 黃柏翰). All people, order ids, tracking numbers, claim ids, handles, "
      "domains and phone numbers (US 555-01xx) are invented.\n")
    a("## Files\n")
    a("| file | content |\n| --- | --- |")
    a("| `library/` | the approved templates, one `*.txt` per template; template id = path without `.txt` (pass as `--templates library`) |")
    a("| `replies.jsonl` | one reply per line: `id`, `text`, `labels` (expected policies; `[]` = nothing at warning or error level may be flagged), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category, `traditional` = Traditional Chinese), `note` (starts with the source template id when there is one), `context` (`reply`) |")
    a("| `gen.py` | every template and reply as literals, the writers and the self-checks |")
    a("| `README.md` | this file |\n")
    a("## Templates\n")
    a("| id | lang | topic | placeholders | replies citing it |\n| --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        users = [r["id"] for r in REPLIES if r["tpl"] == tid]
        ph = ", ".join(dict.fromkeys(PH.findall(TEMPLATES[tid])))
        a(f"| `{tid}` | {tlang(tid)} | {md_cell(TOPICS[tid])} | {ph} | {len(users)} |")
    a("")
    a("## Counts\n")
    langs = ["en", "zh", "zh (traditional)", "mixed"]

    def lk(r):
        if r["lang"] == "zh" and "traditional" in r["tags"]:
            return "zh (traditional)"
        return r["lang"]
    cnt = Counter((r["cat"], lk(r)) for r in REPLIES)
    a("| category | expected labels | " + " | ".join(langs) + " | total |")
    a("| --- | --- | " + " | ".join("---" for _ in langs) + " | --- |")
    exp = {"filled-template": "[]", "logistics": "[]", "rewritten": "[template-required]",
           "mixed-logistics": "[template-required]", "violating": "content policy (+ template-required per call)"}
    for c in CATS:
        row = [cnt[(c, l)] for l in langs]
        a(f"| {c} | {exp[c]} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(cnt[(c, l)] for c in CATS) for l in langs]
    a("| **total** | | " + " | ".join(map(str, tot)) + f" | {len(REPLIES)} |\n")
    n_tr = sum(TR in r["labels"] for r in REPLIES)
    a(f"Replies expecting `template-required`: {n_tr}; expecting no `template-required`: {len(REPLIES) - n_tr}. "
      f"Exact fills: {sum('exact' in r['tags'] for r in REPLIES)}; edited fills: "
      f"{sum('edited' in r['tags'] for r in REPLIES)}.\n")
    a("Lang `zh` covers both scripts; Traditional replies carry the tag `traditional`. "
      "`mixed` replies are bilingual (an English paragraph plus its Chinese version) or "
      "code-switched Chinese/English.\n")
    a("## Similarity sanity checks (difflib, `autojunk=False`)\n")
    ed = [r["sim"] for r in REPLIES if r["cat"] == "filled-template" and "sim" in r]
    rw = [r["sim"] for r in REPLIES if r["cat"] == "rewritten"]
    ml = [r["sim"] for r in REPLIES if r["cat"] == "mixed-logistics"]
    vt = [r["sim"] for r in REPLIES if r["cat"] == "violating" and TR not in r["labels"] and "sim" in r]
    vr = [r["sim"] for r in REPLIES if r["cat"] == "violating" and TR in r["labels"]]
    a("- Edited fills vs. their own template rendered with the same values: "
      f"min {min(ed):.2f}, max {max(ed):.2f} (required >= 0.70; the own template must also be the nearest one).")
    a("- Rewritten replies vs. every template with placeholders removed: "
      f"max {max(rw):.2f} (required <= 0.55).")
    a(f"- Mixed-logistics replies, same measure: max {max(ml):.2f} (required <= 0.55).")
    a(f"- Template-based violating replies without `template-required`: min {min(vt):.2f} (required >= 0.70); "
      f"violating replies with `template-required`: max {max(vr):.2f} (required <= 0.55).\n")
    a("These ratios only sanity-check the labels; they are not the linter's measure.\n")
    a("## Violating replies\n")
    a("| id | lang | labels | template-required? | call | source | what it does |")
    a("| --- | --- | --- | --- | --- | --- | --- |")
    for r in REPLIES:
        if r["cat"] != "violating":
            continue
        lab = ", ".join(f"`{x}`" for x in r["labels"])
        src = f"`{r['tpl']}`" if r["tpl"] else "free-written"
        note = NOTE_TPL.sub("", r["note"]).strip()
        lg = r["lang"] + (" (trad.)" if "traditional" in r["tags"] else "")
        a(f"| {r['id']} | {lg} | {lab} | {'yes' if TR in r['labels'] else 'no'} | {r['jc']} | {src} | {md_cell(note)} |")
    a("")
    a("## Judgement calls\n")
    for n, txt in JCS.items():
        ids = [r["id"] for r in REPLIES if r.get("jc") == n]
        a(f"{n}. {txt} ({', '.join(ids)})")
    a("")
    a("Further labelling decisions that apply to the whole set:\n")
    a("- Logistics means shipping, delivery, tracking, returns and refunds of returns, exchanges, "
      "address changes, cancellations and customs. Replacement shipments for a damaged or missing "
      "item and the shipment status of a missing part count as logistics; near-misses that name the "
      "product or its fault but only move goods or money are tagged `near-miss` and expect `[]`.")
    a("- An answer on a topic whose template exists only in another language "
      "(t29-100, t29-101: English template, Chinese answer) is free text and expects `template-required`.")
    a("- Two order ids in one `{{order_id}}` slot and a 150+ character product title in `{{model}}` "
      "are still exact fills and expect `[]`.")
    a("- Wording such as \"at no cost to you\" / 免费补发 (a remedy, not a promotion) and the neutral "
      "review-request templates are compliant and expect `[]`.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


def main():
    self_check()
    if not FAILS:
        write_library()
        write_jsonl()
        write_readme()
        # read back what was written
        with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as f:
            rows = [json.loads(line) for line in f]
        check(len(rows) == len(REPLIES), "replies.jsonl row count")
        check([x["id"] for x in rows] == [r["id"] for r in REPLIES], "replies.jsonl id order")
        for tid in TEMPLATES:
            p = os.path.join(HERE, "library", tid + ".txt")
            with open(p, encoding="utf-8") as f:
                check(f.read().rstrip("\n") == TEMPLATES[tid], f"{p}: read-back mismatch")
        found = sorted(os.path.relpath(os.path.join(d, n), os.path.join(HERE, "library"))[:-4]
                       for d, _, fs in os.walk(os.path.join(HERE, "library")) for n in fs if n.endswith(".txt"))
        check(found == sorted(TEMPLATES), "library/ contains unexpected files")
    c = Counter(r["cat"] for r in REPLIES)
    print(f"templates: {len(TEMPLATES)} ({', '.join(f'{k}: {v}' for k, v in Counter(tlang(t) for t in TEMPLATES).items())})")
    print(f"replies: {len(REPLIES)} ({', '.join(f'{k}: {c[k]}' for k in CATS)})")
    print("langs:", dict(Counter(r['lang'] + ('/trad' if 'traditional' in r['tags'] else '') for r in REPLIES)))
    if FAILS:
        for m in FAILS:
            print("FAIL:", m, file=sys.stderr)
        print(f"{len(FAILS)} check(s) failed", file=sys.stderr)
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
