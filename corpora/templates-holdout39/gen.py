#!/usr/bin/env python3
"""t39: hand-labelled held-out test set for msglint's `template-required` check.

Source of truth.  `python3 gen.py` rewrites library/, replies.jsonl and README.md
next to this file, after running the self-checks; if a check fails it prints the
problems, writes nothing and exits 1.  Standard library only.

Seller (invented): Quillby Home Store, an Amazon shop for Quillby home cleaning
appliances: Orbit R5 / Orbit R8 Pro robot vacuums (Quillby Home app, the R8 Pro
with a self-empty dock), AirStick V7 / AirStick V10 Pet cordless stick vacuums,
SteamGlide M2 / M4 steam mops, and consumables (HF-07 and HF-R8 filters, RB-20
roller brush, SB-4 side brushes, MP-6 mop pads, DB-8 dock bags).
"""
import difflib
import json
import os
import re
import shutil
import sys
import textwrap
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED_LABELS = {"template-required", "review-inducement", "off-platform-contact", "marketing"}
CONTENT_LABELS = ALLOWED_LABELS - {"template-required"}
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")

# --------------------------------------------------------------------------
# Templates.  id -> (lang, topic, text).  lang: en | zh | zh-tw (Traditional)
# --------------------------------------------------------------------------
TEMPLATES = {}


def T(tid, lang, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = (lang, topic, text.strip("\n"))


T("en/app/wifi-setup", "en", "robot vacuum: connect to the Quillby Home app (Wi-Fi)", """
Hi {{buyer_name}},

Thanks for reaching out about connecting your {{model}} to the Quillby Home app. Most connection problems come down to the Wi-Fi band or the pairing mode, so please try these steps in order:

1. Make sure your phone is on a 2.4 GHz Wi-Fi network. The robot cannot join 5 GHz networks, and a combined network name may need the 2.4 GHz band turned on separately in your router settings.
2. Open the Quillby Home app, tap "+" and choose {{model}} from the list.
3. Press and hold the Home and Spot buttons on the robot together for 5 seconds until you hear "Ready to pair" and the Wi-Fi light blinks quickly.
4. Enter your Wi-Fi password in the app and keep the phone within 3 feet of the robot until setup finishes.
5. If the app shows "Connection timed out", restart your router, wait two minutes and repeat from step 2.

If it still does not connect, reply here with the exact message the app shows and the app version under Me > About, and we will look at it with you.

Best regards,
{{agent_name}}
Quillby Customer Care
""")

T("en/troubleshooting/robot/e7-main-brush", "en", "robot vacuum: error E7 (main brush jammed)", """
Hello {{buyer_name}},

Thank you for contacting us. Error E7 on your {{model}} means the main roller brush cannot turn freely. It is usually caused by hair or thread wrapped around the brush ends. To clear it:

- Switch the robot off with the power switch on its underside and turn it upside down on a soft surface.
- Press the two tabs on the brush guard and lift the guard off.
- Take out the main brush and pull off any hair and thread, especially at both ends and around the bearing caps.
- Check the brush slot for small objects such as cable ties or toy bricks.
- Put the brush and guard back until both tabs click, then switch the robot on and start a cleaning run.

If E7 comes back within a few minutes of starting, please send us a short video of the robot's underside while it runs, and we will advise the next step.

Kind regards,
{{agent_name}}
Quillby Customer Care
""")

T("en/troubleshooting/robot/e5-cliff-sensor", "en", "robot vacuum: error E5 (cliff sensor)", """
Hello {{buyer_name}},

Error E5 on your {{model}} means a cliff sensor is reporting a drop where there is none, so the robot stops to protect itself from falling. Please try the following:

- Wipe the four cliff sensors on the underside (the small dark windows near the front edge) with a dry, soft cloth.
- Very dark or black rugs can look like a drop to the sensors. Start the robot on a lighter floor to test.
- Check that the robot is not starting on a raised threshold or a rug edge.
- Restart the robot by holding the power button for 10 seconds.

If E5 still appears on a light, flat floor after cleaning the sensors, let us know in this thread and include a photo of the underside.

Best regards,
{{agent_name}}
Quillby Customer Care
""")

T("en/troubleshooting/stick/suction-loss", "en", "stick vacuum: loss of suction / pulsing", """
Hi {{buyer_name}},

Sorry to hear your {{model}} has lost suction. In most cases the cause is a full bin, a dirty filter or a blockage, and you can fix it in a few minutes:

1. Empty the dust bin and check that the cyclone mesh is not covered in fluff.
2. Twist out the HEPA filter, tap it clean and rinse it under cold water only. Let it dry for at least 24 hours before you refit it.
3. Detach the wand and look through it towards a light. Push out any blockage with a broom handle.
4. Remove the floor head's roller and clear hair from both ends.
5. Reassemble everything and test on the highest power setting.

If the power still pulses or the motor sounds strained, please reply with a short video and the date code printed on the battery, and we will help further.

Kind regards,
{{agent_name}}
Quillby Customer Care
""")

T("en/warranty/claim-checklist", "en", "warranty: coverage and what to send for a claim", """
Dear {{buyer_name}},

Thank you for contacting Quillby about your {{model}}. Your order {{order_id}} is within our {{warranty_period}} limited warranty, which covers defects in materials and workmanship under normal household use. Batteries are covered for the same period; filters, brushes and mop pads are wear parts and are not covered.

So that our technicians can review the claim, please reply in this message thread with:

- the serial number from the rating label (it starts with QB and has 12 characters);
- a photo of the label and of the problem area;
- a short video showing the fault, if it can be seen or heard;
- a brief description of when the problem started.

Once we receive these, we will reply within 2 business days with the outcome of the review.

Sincerely,
{{agent_name}}
Quillby Warranty Team
""")

T("en/defect/apology", "en", "defect: apology, replacement or refund offered", """
Dear {{buyer_name}},

We are very sorry that your {{product}} {{problem}}. This is not the experience we want anyone to have with a Quillby product, and thank you for taking the time to tell us.

We have passed the details to our quality team so they can check the production batch. To put this right, we can offer either a replacement unit or a full refund, whichever you prefer. Please reply with your choice and we will arrange the next steps.

With apologies,
{{agent_name}}
Quillby Customer Care
""")

T("en/review/neutral-request", "en", "neutral review request (once per order)", """
Hello {{buyer_name}},

Thank you for your order of the {{product}} (order {{order_id}}).

If you have a moment, we would appreciate it if you shared your experience with the product in a review on Amazon. Honest feedback, whatever it says, helps other customers decide and shows us what to improve.

Thank you,
{{agent_name}}
Quillby Home Store
""")

T("en/consumables/compatibility", "en", "consumables: which models a part fits", """
Hi {{buyer_name}},

Thank you for checking before you order. The {{part}} is compatible with: {{compatible_models}}.

It does not fit: {{incompatible_models}}.

You can confirm your model on the rating label: on a robot vacuum it is under the dustbin, on a stick vacuum it is on the back of the handle, and on a steam mop it is above the water tank. If the model code there is not in the list above, reply with a photo of the label and we will tell you which part you need.

Best wishes,
{{agent_name}}
Quillby Customer Care
""")

T("en/maintenance/robot-schedule", "en", "robot vacuum: maintenance schedule", """
Hi {{buyer_name}},

Here is the maintenance routine we recommend to keep your {{model}} cleaning at full strength:

After each run: empty the dustbin and tap the filter clean over a bin.
Every week: remove hair from the main brush and the side brush, and wipe the cliff sensors with a dry cloth.
Every month: rinse the dustbin (not the filter) in cold water and let it dry completely, and wipe the charging contacts on the robot and the dock.
Every 2 to 3 months: replace the filter.
Every 6 to 12 months: replace the main brush and the side brushes.

The app shows the remaining life of each part under Device > Maintenance, and you can reset each counter there after a replacement.

Best regards,
{{agent_name}}
Quillby Customer Care
""")

T("en/manual/pointer", "en", "manual pointer: section and page (short)", """
Hi {{buyer_name}}, the steps you need are in the {{model}} user manual, section "{{section}}", on page {{page}}. If the printed copy is not at hand, the same manual is available as a PDF on the product's Amazon page under "Product guides and documents".

{{agent_name}}, Quillby Customer Care
""")

T("zh/app/wifi-setup", "zh", "扫地机器人连接 Quillby Home App（配网）", """
{{buyer_name}}您好，

感谢您的留言。{{model}} 连接 Quillby Home App 失败，大多与 Wi-Fi 频段或配网模式有关，请按以下步骤操作：

1. 确认手机连接的是 2.4GHz Wi-Fi。机器人不支持 5GHz 网络；如果路由器把两个频段合并为同一个名称，请在路由器设置中单独开启 2.4GHz。
2. 打开 Quillby Home App，点击右上角“+”，在列表中选择 {{model}}。
3. 同时长按机器人上的回充键和局部清扫键 5 秒，听到“等待配网”提示音、Wi-Fi 指示灯快闪即可。
4. 在 App 中输入 Wi-Fi 密码，配网过程中手机与机器人保持在 1 米以内。
5. 如果 App 提示“连接超时”，请重启路由器，等待两分钟后从第 2 步重新开始。

如仍无法连接，请在本对话中回复 App 显示的提示内容以及 App 版本号（“我的 > 关于”），我们会继续协助您。

祝好，
{{agent_name}}
Quillby 客服中心
""")

T("zh/troubleshooting/robot/e1-wheel", "zh", "扫地机器人错误码 E1（驱动轮卡住）", """
{{buyer_name}}您好，

{{model}} 显示错误码 E1，表示驱动轮被卡住或悬空。请按以下方法排查：

· 关闭机器人底部的电源开关，将机器人翻转放在柔软的表面上。
· 检查左右驱动轮，清除缠绕的头发、线头或卡在轮子里的小物件。
· 用手按压两个驱动轮，确认可以自由弹起和回落。
· 把机器人放回平整的地面重新启动，避免从门槛、地毯边缘或电线上开始清扫。

如果清理后仍然频繁出现 E1，请在本对话中发送一段机器人运行时的短视频，我们会为您进一步判断。

{{agent_name}}
Quillby 客服中心
""")

T("zh/warranty/claim-checklist", "zh", "保修范围与申请保修所需资料", """
尊敬的{{buyer_name}}：

您好！您的 {{model}}（订单号 {{order_id}}）在{{warranty_period}}有限保修期内，保修范围为正常家庭使用下出现的材料或工艺缺陷。电池享有相同的保修期；滤网、滚刷、拖布等属于易耗件，不在保修范围内。

为便于技术人员审核，请直接在本对话中回复以下资料：
一、机身铭牌上的序列号（以 QB 开头，共 12 位）；
二、铭牌照片以及故障部位的照片；
三、能看出或听出故障的短视频（如有）；
四、故障开始出现的时间和简单描述。

收到资料后，我们会在 2 个工作日内回复审核结果。

{{agent_name}}
Quillby 保修服务组
""")

T("zh/review/neutral-request", "zh", "中性邀评（每个订单一次）", """
{{buyer_name}}您好，

感谢您购买 {{product}}（订单号 {{order_id}}）。

如果方便的话，欢迎您在亚马逊商品页分享真实的使用体验。无论评价内容如何，您的反馈都能帮助其他买家做出选择，也能帮助我们改进产品。

谢谢！
{{agent_name}}
Quillby Home Store
""")

T("zh/consumables/compatibility", "zh", "配件适用型号", """
{{buyer_name}}您好，

感谢您下单前先与我们确认。{{part}} 适用于以下型号：{{compatible_models}}。

不适用于：{{incompatible_models}}。

您可以在机身铭牌上核对型号：扫地机器人的铭牌在尘盒下方，无线吸尘器的铭牌在手柄背面，蒸汽拖把的铭牌在水箱上方。如果铭牌上的型号不在上述列表中，请在本对话中发送铭牌照片，我们会告诉您应选择哪一款配件。

{{agent_name}}
Quillby 客服中心
""")

T("zh/maintenance/stick-filter-wash", "zh", "无线吸尘器滤网清洗保养", """
{{buyer_name}}您好，

为了让 {{model}} 保持稳定的吸力，建议按以下方法清洗滤网：

1. 每次使用后倒空尘杯，并轻拍滤网去除表面灰尘。
2. 每月取下 HEPA 滤网，只用冷水冲洗，不要使用洗涤剂，也不要用刷子刷滤纸。
3. 冲洗后甩干水分，在通风处自然晾干至少 24 小时，不要用吹风机或放在暖气上烘干。
4. 完全干透后再装回机器，潮湿的滤网会导致异味和吸力下降。
5. 滤网建议每 6 到 12 个月更换一次。

如按以上方法清洗后吸力仍然不足，请告诉我们，我们会继续协助排查。

{{agent_name}}
Quillby 客服中心
""")

T("zh-tw/app/wifi-setup", "zh-tw", "掃地機器人連接 Quillby Home App（繁體）", """
{{buyer_name}} 您好：

謝謝您的來訊。{{model}} 無法連上 Quillby Home App 時，請依下列步驟重新設定：

步驟一：確認手機連線的是 2.4GHz Wi-Fi，機器人不支援 5GHz 網路。
步驟二：開啟 Quillby Home App，點選右上角「＋」，選擇 {{model}}。
步驟三：同時長按機器人的回充鍵與局部清掃鍵 5 秒，聽到「等待配網」提示音、Wi-Fi 指示燈快速閃爍即可。
步驟四：在 App 中輸入 Wi-Fi 密碼，設定過程中手機請與機器人保持在 1 公尺以內。
步驟五：若 App 顯示「連線逾時」，請重新啟動路由器，兩分鐘後再從步驟二開始。

若仍無法連線，請在此對話中回覆 App 顯示的訊息與 App 版本（「我的 > 關於」），我們會繼續協助您。

{{agent_name}} 敬上
Quillby 客服中心
""")

T("zh-tw/defect/apology", "zh-tw", "產品瑕疵致歉，提供換新或退款（繁體）", """
{{buyer_name}} 您好：

得知您的 {{product}}{{problem}}，我們深感抱歉。這不是我們希望您使用 Quillby 產品時遇到的情況，也謝謝您特地告訴我們。

我們已將相關資訊轉給品管團隊，以檢查同批次產品。為了彌補這次的不便，我們可以為您更換新品或全額退款，請回覆告訴我們您的選擇，我們會安排後續處理。

再次致上歉意。
{{agent_name}}
Quillby 客服中心
""")

T("zh-tw/steam-mop/descale", "zh-tw", "蒸氣拖把除垢（繁體）", """
{{buyer_name}} 您好：

{{model}} 的除垢指示燈亮起，或蒸氣量明顯變小，通常是水箱與蒸氣管路內累積了水垢。請依下列方式處理：

・將水箱裝入一半白醋、一半清水的混合液。
・開機預熱後，在不裝拖布的情況下對著水槽或舊毛巾噴出蒸氣，直到水箱用完。
・再裝入清水重複一次，沖掉殘留的醋味。
・之後建議使用蒸餾水或過濾水，可大幅減少水垢。

完成後長按蒸氣鍵 3 秒即可重設除垢指示燈。若仍然沒有蒸氣，請在此對話中回覆一段短片，我們會進一步協助。

{{agent_name}}
Quillby 客服中心
""")

T("zh-tw/manual/pointer", "zh-tw", "說明書章節與頁碼（繁體，短）", """
{{buyer_name}} 您好，您需要的步驟在 {{model}} 使用說明書的「{{section}}」章節，第 {{page}} 頁。若手邊沒有紙本說明書，也可以在亞馬遜商品頁的「Product guides and documents」下載 PDF 版本。

{{agent_name}}　Quillby 客服中心
""")


def render(tid, values):
    text = TEMPLATES[tid][2]
    return PH_RE.sub(lambda m: values[m.group(1)], text)


def wrap_en(text, width):
    """Hard-wrap long lines the way a narrow editor would (lists keep a hanging indent)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^(\d+\. |- |\* |• )", line)
        indent = " " * len(m.group(1)) if m else ""
        out.extend(textwrap.wrap(line, width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def wrap_zh(text, width):
    """Hard-wrap long Chinese lines every `width` characters."""
    out = []
    for line in text.split("\n"):
        while len(line) > width:
            out.append(line[:width])
            line = line[width:]
        out.append(line)
    return "\n".join(out)


REPLIES = []


def add(text, labels, lang, tags, note, source=None, values=None, base=None):
    REPLIES.append({"text": text.strip("\n"), "labels": list(labels), "lang": lang,
                    "tags": list(tags), "note": note, "_source": source,
                    "_values": values or {}, "_base": base})


def fill(tid, values, note, tags=(), edits=(), wrap=None, labels=(), category="filled-template"):
    """A reply built on template `tid`: rendered, then edited by exact (old, new) replacements."""
    base = render(tid, values)
    text = base
    for old, new in edits:
        assert text.count(old) == 1, (tid, old)
        text = text.replace(old, new)
    if wrap:
        text = wrap_zh(text, wrap) if TEMPLATES[tid][0] != "en" else wrap_en(text, wrap)
    tlang = TEMPLATES[tid][0]
    lang = "en" if tlang == "en" else "zh"
    t = [category] + (["exact"] if text == base else ["edited"]) + list(tags)
    if tlang == "zh-tw":
        t.append("traditional")
    add(text, labels, lang, t, f"{tid}: {note}", source=tid, values=values, base=base)


def free(category, text, labels, lang, tags, note):
    add(text, labels, lang, [category] + list(tags), note)


TR = ["template-required"]

# ==========================================================================
# 1. Filled-in templates -> []  (exact fills, long values, greeting/sign-off/
#    signature changes, light edits, re-wrapped lines)
# ==========================================================================
fill("en/app/wifi-setup", dict(buyer_name="Theodora", model="Quillby Orbit R8 Pro", agent_name="Priya Nandakumar"),
     "exact fill")
fill("en/app/wifi-setup", dict(buyer_name="Mr. Halvorsen", model="Orbit R5", agent_name="Owen Castellanos"),
     "opening reworded, longer signature block with a job title", tags=["signature"],
     edits=[("Thanks for reaching out about connecting", "Thank you for your message about connecting"),
            ("Best regards,\nOwen Castellanos\nQuillby Customer Care",
             "Best regards,\n\nOwen Castellanos\nCustomer Care Specialist, Quillby Home Store")])
fill("en/app/wifi-setup", dict(buyer_name="Annika",
                               model="Quillby Orbit R8 Pro Robot Vacuum and Mop Combo with Self-Emptying Dock (Graphite)",
                               agent_name="Hattie Brennan"),
     "full Amazon product title as the model value, lines hard-wrapped at 66 columns",
     tags=["long-values", "rewrapped"], wrap=66)

fill("en/troubleshooting/robot/e7-main-brush", dict(buyer_name="Rafael", model="Orbit R5", agent_name="Marcus Oyelaran"),
     "exact fill")
fill("en/troubleshooting/robot/e7-main-brush", dict(buyer_name="Lucía", model="Orbit R8 Pro", agent_name="Marcus Oyelaran"),
     "thanks for the photo added to the opening, sign-off changed", tags=["greeting"],
     edits=[("Thank you for contacting us.", "Thank you for contacting us, and for the photo of the display."),
            ("Kind regards,", "Many thanks,")])

fill("en/troubleshooting/robot/e5-cliff-sensor", dict(buyer_name="Gunnar", model="Orbit R8 Pro", agent_name="Hattie Brennan"),
     "exact fill")
fill("en/troubleshooting/robot/e5-cliff-sensor", dict(buyer_name="Yusuf", model="Orbit R5", agent_name="Priya Nandakumar"),
     "bullets changed from '-' to '•', one short clause added to the closing line", tags=["light-edit"],
     edits=[("- Wipe", "• Wipe"), ("- Very", "• Very"), ("- Check", "• Check"), ("- Restart", "• Restart"),
            ("a photo of the underside.", "a photo of the underside. A phone photo is fine.")])

fill("en/troubleshooting/stick/suction-loss", dict(buyer_name="Priscilla", model="AirStick V10 Pet", agent_name="Owen Castellanos"),
     "exact fill")
fill("en/troubleshooting/stick/suction-loss", dict(buyer_name="Desmond", model="AirStick V7", agent_name="Owen Castellanos"),
     "'I'm sorry to hear', lines hard-wrapped at 70 columns", tags=["light-edit", "rewrapped"],
     edits=[("Sorry to hear", "I'm sorry to hear")], wrap=70)
fill("en/troubleshooting/stick/suction-loss",
     dict(buyer_name="Ms. Rahimi", model="Quillby AirStick V10 Pet Cordless Stick Vacuum, 180AW, 60-Min Runtime (Sage Green)",
          agent_name="Hattie Brennan"),
     "exact fill with the full product title as the model value", tags=["long-values"])

fill("en/warranty/claim-checklist", dict(buyer_name="Ms. Bergqvist", model="Orbit R8 Pro", order_id="113-5820417-6639052",
                                         warranty_period="2-year", agent_name="Marcus Oyelaran"),
     "exact fill")
fill("en/warranty/claim-checklist", dict(buyer_name="Tobias", model="SteamGlide M4", order_id="114-2087735-9914260",
                                         warranty_period="1-year", agent_name="Hattie Brennan"),
     "'I hope you are well' line added, one phrase reworded", tags=["greeting", "light-edit"],
     edits=[("Dear Tobias,", "Dear Tobias,\n\nI hope you are well."),
            ("Once we receive these,", "As soon as we have these,")])

fill("en/defect/apology", dict(buyer_name="Ms. Adeyemi", product="AirStick V7", problem="stopped holding a charge after three weeks",
                               agent_name="Priya Nandakumar"),
     "exact fill")
fill("en/defect/apology", dict(buyer_name="Colm", product="SteamGlide M2", problem="leaks water from the base as soon as it heats up",
                               agent_name="Owen Castellanos"),
     "'send the video' instead of 'tell us', sign-off changed", tags=["light-edit"],
     edits=[("taking the time to tell us.", "taking the time to send the video."),
            ("With apologies,", "Once again, our apologies,")])
fill("en/defect/apology", dict(buyer_name="Mr. and Mrs. Oyelowo-Whitcombe",
                               product="Quillby Orbit R8 Pro Robot Vacuum with Self-Empty Base and 3-in-1 Mopping",
                               problem="arrived with a cracked dustbin lid and a docking station that does not light up at all when plugged in",
                               agent_name="Marcus Oyelaran"),
     "exact fill; long product title and a long problem description in the slots", tags=["long-values"])

fill("en/review/neutral-request", dict(buyer_name="Felix", product="Quillby HF-07 HEPA Filter (2-Pack)",
                                       order_id="111-3309281-4471925", agent_name="Hattie Brennan"),
     "exact fill")
fill("en/review/neutral-request", dict(buyer_name="Grace", product="SteamGlide M4", order_id="112-9051736-2284410",
                                       agent_name="Marcus Oyelaran"),
     "'Hi' instead of 'Hello', 'Thanks again', hard-wrapped at 60 columns", tags=["greeting", "rewrapped"],
     edits=[("Hello Grace,", "Hi Grace,"), ("Thank you,\n", "Thanks again,\n")], wrap=60)

fill("en/consumables/compatibility", dict(buyer_name="Omar", part="HF-07 HEPA filter", compatible_models="AirStick V7 and AirStick V10 Pet",
                                          incompatible_models="the Orbit robot vacuums and the older AirStick V5",
                                          agent_name="Priya Nandakumar"),
     "exact fill")
fill("en/consumables/compatibility", dict(buyer_name="Rosalind", part="RB-20 main roller brush",
                                          compatible_models="Orbit R5 and Orbit R8 Pro",
                                          incompatible_models="the AirStick stick vacuums",
                                          agent_name="Owen Castellanos"),
     "'Good question' added to the opening sentence", tags=["light-edit"],
     edits=[("Thank you for checking before you order.", "Good question, and thank you for checking before you order.")])
fill("en/consumables/compatibility", dict(buyer_name="Ansgar",
                                          part="SB-4 side brush set (4 brushes, two left-hand and two right-hand, with screws)",
                                          compatible_models="Orbit R5 (all versions, including the 2023 R5 Plus refresh) and Orbit R8 Pro",
                                          incompatible_models="Orbit R3 and earlier; these older robots use a three-prong clip instead of a screw",
                                          agent_name="Hattie Brennan"),
     "exact fill with three long values", tags=["long-values"])

fill("en/maintenance/robot-schedule", dict(buyer_name="Jun", model="Orbit R8 Pro", agent_name="Hattie Brennan"),
     "exact fill")
fill("en/maintenance/robot-schedule", dict(buyer_name="Sadie", model="Orbit R5", agent_name="Marcus Oyelaran"),
     "one logistics sentence (a filter pack shipped) added before the sign-off (JC3)", tags=["logistics-line-added"],
     edits=[("after a replacement.\n", "after a replacement.\n\nYour replacement filter pack from order 114-6628013-3357190 left our warehouse this morning and should arrive by Thursday.\n")])

fill("en/manual/pointer", dict(buyer_name="Nadia", model="SteamGlide M2", section="Assembly", page="6", agent_name="Owen Castellanos"),
     "exact fill", tags=["short"])
fill("en/manual/pointer", dict(buyer_name="Harold", model="AirStick V10 Pet", section="Battery care and storage", page="14",
                               agent_name="Priya Nandakumar"),
     "'thanks for asking' added, sign-off split over three lines", tags=["short", "greeting", "signature"],
     edits=[("Hi Harold, the steps", "Hi Harold, thanks for asking. The steps"),
            ("\n\nPriya Nandakumar, Quillby Customer Care", "\n\nBest,\nPriya Nandakumar\nQuillby Customer Care")])
fill("en/manual/pointer", dict(buyer_name="Dr. Ekwueme", model="Quillby Orbit R8 Pro (model QB-R8P-US, dock QB-D2)",
                               section="Mapping, room editing and no-go zones", page="22-25", agent_name="Marcus Oyelaran"),
     "exact fill; long model and section values in a short template", tags=["short", "long-values"])

# ---- Simplified Chinese fills ----
fill("zh/app/wifi-setup", dict(buyer_name="王立群", model="Orbit R8 Pro", agent_name="沈嘉怡"), "exact fill")
fill("zh/app/wifi-setup", dict(buyer_name="陈先生", model="Orbit R5", agent_name="罗博文"),
     "opening line and sign-off reworded", tags=["greeting"],
     edits=[("感谢您的留言。", "感谢您耐心等待回复。"), ("祝好，", "祝您生活愉快，")])
fill("zh/app/wifi-setup", dict(buyer_name="周婉清", model="Quillby Orbit R8 Pro 扫拖一体机器人（石墨灰，带自动集尘座）", agent_name="韩晓冬"),
     "full product title as the model value, lines hard-wrapped every 30 characters", tags=["long-values", "rewrapped"], wrap=30)

fill("zh/troubleshooting/robot/e1-wheel", dict(buyer_name="赵子墨", model="Orbit R5", agent_name="沈嘉怡"), "exact fill")
fill("zh/troubleshooting/robot/e1-wheel", dict(buyer_name="刘女士", model="Orbit R8 Pro", agent_name="罗博文"),
     "thanks for the photo added to the greeting, bullets '·' changed to '-'", tags=["greeting", "light-edit"],
     edits=[("您好，\n\n", "您好，感谢您发来的照片。\n\n"),
            ("· 关闭", "- 关闭"), ("· 检查", "- 检查"), ("· 用手", "- 用手"), ("· 把机器人", "- 把机器人")])

fill("zh/warranty/claim-checklist", dict(buyer_name="孙浩然先生", model="SteamGlide M4 蒸汽拖把", order_id="113-7719402-5560318",
                                         warranty_period="两年", agent_name="韩晓冬"), "exact fill")
fill("zh/warranty/claim-checklist", dict(buyer_name="黄雅琪", model="AirStick V10 Pet", order_id="112-4403921-7718254",
                                         warranty_period="一年", agent_name="沈嘉怡"),
     "list markers 一、二、… changed to 1. 2. …, '祝好！' added", tags=["light-edit"],
     edits=[("一、机身", "1. 机身"), ("二、铭牌", "2. 铭牌"), ("三、能看", "3. 能看"), ("四、故障", "4. 故障"),
            ("审核结果。\n\n", "审核结果。\n\n祝好！\n")])

fill("zh/review/neutral-request", dict(buyer_name="吴俊杰", product="Quillby Orbit R5 扫地机器人", order_id="111-6620584-3097712",
                                       agent_name="罗博文"), "exact fill")
fill("zh/review/neutral-request", dict(buyer_name="何嘉欣", product="HF-07 HEPA 滤网（两片装）", order_id="114-1195820-6402377",
                                       agent_name="韩晓冬"),
     "'再次感谢！' instead of '谢谢！', hard-wrapped every 26 characters", tags=["rewrapped"],
     edits=[("谢谢！", "再次感谢！")], wrap=26)

fill("zh/consumables/compatibility", dict(buyer_name="Kevin Zhao", part="MP-6 超细纤维拖布", compatible_models="SteamGlide M2 和 SteamGlide M4",
                                          incompatible_models="Orbit 系列扫地机器人的拖布支架", agent_name="沈嘉怡"),
     "exact fill; the buyer's name is in Latin letters")
fill("zh/consumables/compatibility", dict(buyer_name="李梦瑶", part="DB-8 集尘袋（3 只装，适配自动集尘座）",
                                          compatible_models="Orbit R8 Pro 自动集尘座（型号 QB-D2）",
                                          incompatible_models="Orbit R5 及所有不带集尘座的机型", agent_name="罗博文"),
     "long values; opening sentence lightly reworded", tags=["long-values", "light-edit"],
     edits=[("感谢您下单前先与我们确认。", "感谢您在下单前先来确认，这样可以避免买错。")])

fill("zh/maintenance/stick-filter-wash", dict(buyer_name="郭晓峰", model="AirStick V7", agent_name="韩晓冬"), "exact fill")
fill("zh/maintenance/stick-filter-wash", dict(buyer_name="马丽娜", model="AirStick V10 Pet", agent_name="沈嘉怡"),
     "one logistics sentence (the extra filter shipped) added before the signature (JC3)", tags=["logistics-line-added"],
     edits=[("继续协助排查。\n", "继续协助排查。另外，您补购的滤网已于今天发出，承运商为 UPS，预计周五送达。\n")])

# ---- Traditional Chinese fills ----
fill("zh-tw/app/wifi-setup", dict(buyer_name="張雅婷", model="Orbit R8 Pro", agent_name="鄭宛婷"), "exact fill")
fill("zh-tw/app/wifi-setup", dict(buyer_name="陳先生", model="Orbit R5", agent_name="林柏翰"),
     "apology for the wait added to the opening", tags=["greeting"],
     edits=[("謝謝您的來訊。", "謝謝您的來訊，也抱歉讓您久等了。")])

fill("zh-tw/defect/apology", dict(buyer_name="林佩君", product="SteamGlide M2 蒸氣拖把", problem="使用不到一週就無法出蒸氣",
                                  agent_name="林柏翰"), "exact fill")
fill("zh-tw/defect/apology", dict(buyer_name="黃志明", product="AirStick V7", problem="電池充飽後只能使用五分鐘", agent_name="鄭宛婷"),
     "closing apology reworded", tags=["light-edit"],
     edits=[("再次致上歉意。", "造成您的困擾，再次向您致歉。")])

fill("zh-tw/steam-mop/descale", dict(buyer_name="許家豪", model="SteamGlide M4", agent_name="鄭宛婷"), "exact fill")
fill("zh-tw/steam-mop/descale", dict(buyer_name="蔡宜蓁", model="SteamGlide M2", agent_name="林柏翰"),
     "'・' bullets numbered, '祝 順心' sign-off added", tags=["light-edit", "greeting"],
     edits=[("・將水箱", "1. 將水箱"), ("・開機", "2. 開機"), ("・再裝入", "3. 再裝入"), ("・之後", "4. 之後"),
            ("進一步協助。\n\n", "進一步協助。\n\n祝 順心\n")])

fill("zh-tw/manual/pointer", dict(buyer_name="吳佳穎", model="AirStick V10 Pet", section="電池保養與收納", page="14", agent_name="林柏翰"),
     "exact fill", tags=["short"])
fill("zh-tw/manual/pointer", dict(buyer_name="楊文傑", model="Orbit R8 Pro", section="地圖與禁區設定", page="22", agent_name="鄭宛婷"),
     "'謝謝您的詢問。' added after the greeting", tags=["short", "greeting"],
     edits=[("您好，您需要", "您好，謝謝您的詢問。您需要")])

# ==========================================================================
# 2. Free-written logistics replies -> []
# ==========================================================================
L = "logistics"
free(L, """Hi Dahlia,

Your Orbit R8 Pro shipped this morning with UPS, tracking number 1Z7W4X290316628841. It should reach you by Thursday.

Owen""", [], "en", ["shipped"], "free-written: shipped, tracking number")
free(L, "Tracking: TBA309184726551. It's out for delivery today.", [], "en", ["short", "curt"],
     "free-written: one-line tracking update")
free(L, """Dear Mrs. Thistlewood,

Thank you for your patience, and I'm sorry your AirStick V10 Pet hasn't arrived yet. The winter storm in the Midwest has backed up the carrier's network, and your parcel has been sitting at their Indianapolis hub since Tuesday. The carrier now expects to deliver it on Monday, February 9.

If that is too late for you, we can cancel the order and refund you in full; just reply and tell us. Otherwise, I'll keep an eye on the tracking and write to you again if the date moves.

Warm regards,
Priya Nandakumar
Quillby Customer Care""", [], "en", ["delay", "warm", "long"], "free-written: carrier delay, new date, offer to cancel")
free(L, "Hi Rowan, good catch. Order 111-2046618-9930257 hasn't shipped yet, so I've changed the delivery address to 48 Alder Crescent, Apt 3B. Everything else on the order stays the same. Marcus",
     [], "en", ["address"], "free-written: address changed before shipping")
free(L, """Hello Mr. Fairbanks,

UPS has returned your parcel to us marked "address incomplete". The label had 915 Quarry Road but no apartment number. Could you send us the full address, including the unit number? We'll reship the same day we hear from you.

Kind regards,
Hattie Brennan""", [], "en", ["address"], "free-written: undeliverable parcel, asks for the unit number")
free(L, """Hi Carys,

To send the SteamGlide M4 back, go to Your Orders, find the order and choose Return or replace items. Pick "Item defective or doesn't work" as the reason; because it's faulty, the return shipping is on us and the prepaid label appears right away. Print it, tape it to the box (the original packaging isn't required) and drop it at any UPS Store. Once it's scanned, you'll see the refund status in Your Orders.

Best,
Owen Castellanos""", [], "en", ["return"], "free-written: return steps for a faulty unit (JC1: a return stays logistics)")
free(L, "Hi Laszlo, we've received the returned AirStick V7 at our warehouse and refunded $189.99 to your original payment method today. Banks usually take 3 to 5 business days to show it. Priya",
     [], "en", ["refund"], "free-written: refund of a return")
free(L, """Hi Bernadette,

I'm so sorry. A crushed box and a cracked dustbin is not how the robot should arrive. We're sending a replacement Orbit R5 today at no cost to you, and there's no need to return the damaged one; please recycle the packaging. I'll send the new tracking number as soon as the label is printed.

Hattie""", [], "en", ["damaged-in-transit", "near-miss"],
     "free-written: damaged in transit, replacement shipped; 'at no cost to you' is a remedy, not a promotion")
free(L, """Hello Ansel,

Your order was sent in two parcels. The vacuum went out on Monday (UPS 1Z7W4X290316641178) and the two extra filters shipped separately from another warehouse on Tuesday (USPS 9400 1118 9922 4410 7763 15). That's why only one box has arrived so far; the second should be with you by Friday.

Marcus Oyelaran""", [], "en", ["split-shipment"], "free-written: split shipment, two tracking numbers")
free(L, """Hi Genevieve,

For orders shipped to Canada, Amazon collects the estimated duties and taxes at checkout as the Import Fees Deposit, so there is nothing more to pay at the door. If the courier asks you for any brokerage or duty payment, please don't pay it; let us know and we'll sort it out with them. Your parcel cleared customs in Mississauga this morning.

Best regards,
Priya Nandakumar""", [], "en", ["customs"], "free-written: customs and import fees")
free(L, "Hi Kalani, because the AirStick V10 Pet has a lithium-ion battery, carriers won't fly it, so orders to Hawaii go by ground and sea. That's why the delivery estimate shows 10 to 14 days. It's moving normally; the latest scan is at the Oakland port. Owen",
     [], "en", ["shipping-method"], "free-written: why a battery product ships by sea (shipping, not product safety)")
free(L, "Hi Petra, no problem. Order 114-7739021-3356640 was cancelled before it shipped, so you won't be charged. Hattie",
     [], "en", ["cancellation", "short", "near-miss"], "free-written: cancellation before shipping")
free(L, """Hi Everett,

I'm sorry the parcel isn't there. Tracking shows it was left on the front porch at 2:14 pm yesterday, so it's worth checking with neighbours and around the side door first, as drivers sometimes leave bulky boxes out of sight. If it hasn't turned up by tomorrow evening, reply here and we'll send a replacement or refund you, whichever you prefer.

Marcus""", [], "en", ["not-received"], "free-written: delivered but not received")
free(L, """Hello Simone,

Apologies, our warehouse packed an AirStick V7 instead of the V10 Pet you ordered. We've shipped the V10 Pet today by two-day delivery (UPS 1Z7W4X290316657394). For the V7, a prepaid return label is attached to this message; please send it back within 30 days and there's no charge to you.

Kind regards,
Owen Castellanos""", [], "en", ["wrong-item"], "free-written: wrong item shipped, exchange")
free(L, "Hi Magnus, thanks for the note. We've added \"leave with the building concierge\" to the delivery instructions for the shipment, and the carrier should see it before the parcel goes out tomorrow. Priya",
     [], "en", ["delivery-instructions"], "free-written: delivery instructions")
free(L, """Hi Tatum,

Unfortunately the Orbit R8 Pro box (about 22 x 20 x 17 inches, 24 lb) is too big for Amazon Lockers, which is why it couldn't be sent to the one you picked. If you change the shipping address to your home or a staffed Amazon Hub Counter, it can go out tomorrow.

Marcus Oyelaran""", [], "en", ["locker"], "free-written: parcel too big for a locker")
free(L, "Yes, it ships from our warehouse in Reno, usually within one business day of the order.", [], "en",
     ["short", "curt"], "free-written: where and when it ships")
free(L, """Hi Eleanor,

Yes, you can still return it. The return window is 30 days from delivery, and yours arrived on the 3rd, so you have until the 2nd of next month. It doesn't matter that the box has been opened, as long as everything that came in it goes back, including the dock and the charging cable.

Best,
Hattie""", [], "en", ["return"], "free-written: return window")
free(L, "Hi Quentin, opened filters can still go back within 30 days. Use Return or replace items in Your Orders and choose \"No longer needed\"; for that reason the return shipping is taken off the refund. Owen",
     [], "en", ["return", "short"], "free-written: returning an opened consumable")
free(L, """Hi Mr. Okonjo,

Your replacement Orbit R5 under warranty case QW-22817 left our warehouse today with FedEx, tracking 7712 8840 5127. It should arrive on Wednesday. When it does, please use the same box to send the old robot back with the prepaid label inside the lid.

Regards,
Priya Nandakumar""", [], "en", ["warranty-shipment", "judgement-call"],
     "free-written: shipment notice for a warranty replacement (JC2: the message is only about the parcel)")
free(L, "Hi Juniper! If it ships tomorrow as planned it should arrive by December 20, well before Christmas. I'll confirm once it's on the truck. Hattie",
     [], "en", ["delivery-date", "short", "warm"], "free-written: delivery estimate before a holiday")
free(L, """Dear Mr. Drummond,

The carrier has confirmed your parcel was lost in transit; its last scan was in Memphis eight days ago. We've shipped a replacement today with UPS (1Z7W4X290316672208), and you should have it by Tuesday. You don't need to do anything else; if the original turns up, just use Return or replace items in Your Orders to send it back at no cost.

Sincerely,
Marcus Oyelaran
Quillby Customer Care""", [], "en", ["lost-parcel"], "free-written: lost parcel, replacement shipped")
free(L, "Hi Ottilie, we can't swap the colour on an order that has already shipped, but you can return the graphite one from Your Orders within 30 days and order the white one separately. Return shipping is free for this item. Owen",
     [], "en", ["return", "near-miss"], "free-written: colour exchange via return; 'free' refers to return shipping")
free(L, """Hi Horatio,

Sorry about that: the charging dock was left out when your Orbit R5 was packed. We've shipped it separately this afternoon by USPS, tracking 9400 1118 9922 4410 8890 47, and it should arrive in 2 to 3 days. No need to return anything.

Hattie Brennan""", [], "en", ["missing-part-shipment"], "free-written: a part missing from the box shipped separately (JC2)")

# ---- Simplified Chinese logistics ----
free(L, "您好，您的订单已经发货，UPS 单号 1Z9K2P770412285530，预计本周三送达。", [], "zh", ["shipped", "short"],
     "free-written: 已发货，单号")
free(L, """谢女士您好，订单 112-3389015-6648207 还没有出库，已按您的要求把收货地址改为公司地址，收件人不变。有其他需要随时告诉我们。

沈嘉怡""", [], "zh", ["address", "near-miss"], "free-written: 修改收货地址（含“修改/改为”）")
free(L, """您好，退货可以直接在亚马逊“我的订单”里操作：找到这笔订单，点“退货或换货”，选择退货原因后系统会生成预付退货标签。把标签打印出来贴在外箱上，交到附近的 UPS 网点即可，不需要原包装。仓库签收后退款会自动原路退回。

罗博文""", [], "zh", ["return"], "free-written: 退货流程")
free(L, """曹先生您好，退回的 AirStick V7 已于昨天签收，退款 189.99 美元今天已原路退回，一般 3 到 5 个工作日到账。

韩晓冬""", [], "zh", ["refund"], "free-written: 退货退款")
free(L, """蒋女士您好，

非常抱歉让您久等了。由于近期寒潮，承运商在芝加哥的转运中心出现积压，您的 Orbit R8 Pro 从上周五起一直停留在那里。承运商最新给出的预计送达时间是下周二（3 月 10 日）。

如果这个时间对您来说太晚，我们可以为您取消订单并全额退款，您回复一下就好。否则我们会持续跟进物流，如有变化会第一时间告诉您。

再次抱歉给您带来不便。
沈嘉怡""", [], "zh", ["delay", "warm", "long"], "free-written: 物流延误致歉，可取消退款")
free(L, """您好，您这次重复下了两笔相同的订单，我们已帮您取消 113-6640183-2207719 这一笔，删除重复订单后只保留 113-6640183-2207720 正常发货，取消的那笔不会扣款。

罗博文""", [], "zh", ["cancellation", "near-miss"], "free-written: 取消重复订单（含“删除/取消”）")
free(L, """您好，看到照片了，外箱压坏、尘盒盖裂开，真的很抱歉。我们今天就给您补发一台新的 Orbit R5，不需要您承担任何费用，坏的那台也不用寄回，包装请直接回收。新单号出来后我会马上发给您。

韩晓冬""", [], "zh", ["damaged-in-transit"], "free-written: 运输损坏，补发")
free(L, """您好，寄往加拿大的订单，预估的关税和税费已经在结账时以“进口费用押金”的形式由亚马逊代收，送货时不需要再付任何费用。如果快递员向您收取关税或清关费，请不要支付，直接告诉我们，我们来和快递公司处理。

沈嘉怡""", [], "zh", ["customs"], "free-written: 关税与进口费用")

# ---- Traditional Chinese logistics ----
free(L, """您好，您的 AirStick V10 Pet 今天已經出貨，UPS 追蹤號碼 1Z9K2P770412296647，預計週五送達。

鄭宛婷""", [], "zh", ["shipped", "short", "traditional"], "free-written: 已出貨，追蹤號碼")
free(L, """林先生您好，訂單 111-5507742-8813096 尚未出貨，已依照您的要求改寄到公司地址：Suite 400, 1180 Harbor Point Drive。收件人不變。

林柏翰""", [], "zh", ["address", "traditional"], "free-written: 改寄地址")
free(L, """您好，退貨請到亞馬遜「我的訂單」找到這筆訂單，點選「退貨或更換商品」，選擇退貨原因後就會產生預付退貨標籤。列印後貼在箱子上，拿到 UPS 門市寄回即可，不需要原廠包裝。倉庫收到後會自動退款到您原本的付款方式。

鄭宛婷""", [], "zh", ["return", "traditional"], "free-written: 退貨流程")
free(L, """張先生您好：

很抱歉讓您久等。因為暴風雪，物流中心作業延遲，您的包裹預計延後到下週一送達。如果您不想再等，我們也可以幫您取消訂單並全額退款，請直接回覆告訴我們。

林柏翰""", [], "zh", ["delay", "traditional"], "free-written: 配送延遲致歉")
free(L, """您好，物流資訊顯示包裹昨天下午 3 點已送達並放在門口，可能被放在比較不顯眼的地方，麻煩您先問問鄰居或管理室。如果到明天晚上還是沒找到，請回覆我們，我們會為您補寄或退款。

鄭宛婷""", [], "zh", ["not-received", "traditional"], "free-written: 顯示已送達但未收到")

# ---- mixed-language logistics ----
free(L, """您好 Jason，你的 tracking number 是 TBA318820475163，预计 Friday 送到。如果有 delay 我这边会第一时间 update 你。

韩晓冬""", [], "mixed", ["shipped", "code-switched"], "free-written: code-switched tracking update")
free(L, """Hi Ms. Liao,

I've attached the prepaid UPS return label for the AirStick V7. Please pack it in any sturdy box and drop it at a UPS location within 14 days. The refund is issued once it reaches our warehouse.

廖女士您好，随信附上 AirStick V7 的 UPS 预付退货标签。请用结实的纸箱包装，在 14 天内交到任意 UPS 网点。我们仓库签收后即为您退款。

罗博文""", [], "mixed", ["return", "bilingual"], "free-written: bilingual return label")
free(L, """Hi 陈小姐, the replacement dock shipped today. 新的追踪号码是 1Z3H58Y20392746610，大约 3 到 5 个工作日送到。Sorry again for the trouble!

Owen""", [], "mixed", ["shipped", "code-switched"], "free-written: code-switched replacement shipment")
free(L, """您好，包裹今天已經 ship 了，tracking number 是 TBA318820499274，預計 Thursday 到。有 any question 再跟我說喔。

鄭宛婷""", [], "mixed", ["shipped", "code-switched", "traditional"], "free-written: code-switched (Traditional) shipped notice")
free(L, """Hello Mr. Zhou, the carrier could not find Building C at your address. Could you confirm the full street address and unit number? We will reship as soon as we hear back.

周先生您好，快递员找不到您地址中的 C 栋。请确认完整的街道地址和门牌号，收到回复后我们会立即重新寄出。

韩晓冬""", [], "mixed", ["address", "bilingual"], "free-written: bilingual address confirmation")

# ==========================================================================
# 3. template-required: free-written non-logistics replies, heavily
#    rewritten templates, logistics mixed with free non-logistics content
# ==========================================================================
FN, RW, MX = "free-non-logistics", "rewritten", "mixed-logistics"

free(FN, "Hi Marisol, yes, the HF-07 filter fits your AirStick V10 Pet, and the same filter fits the V7. It won't fit the older V5, which takes a round filter. Owen",
     TR, "en", ["short", "judgement-call"], "free-written: one-line compatibility answer; a template exists for the topic but this is not it (JC5)")
free(FN, """You're very welcome, Gail, and thanks for letting us know it's running again. Enjoy the clean floors!

Hattie""", TR, "en", ["short", "pleasantry-only", "judgement-call"], "free-written: thanks-only reply (JC6)")
free(FN, """Hi Ingrid,

E1 on the Orbit R5 points to a drive wheel problem: either a wheel is jammed or the robot thinks it has been lifted. Flip it over (power switch off first) and look at both wheels. Hair and carpet fibres wind around the axles more often than you'd think, and a bit of work with tweezers usually sorts it. Then press each wheel in with your thumb; it should spring back out smoothly. If one feels gritty or stays pushed in, that's worth a video so we can take a look.

Cheers,
Marcus""", TR, "en", ["other-language-template", "judgement-call"],
     "free-written: E1 answered in English; the E1 template exists only in Simplified Chinese (JC4)")
free(FN, """Hello Mr. Pemberton,

The SteamGlide M2 is fine on sealed hardwood, tile, vinyl and sealed laminate. Please don't use it on unsealed or oiled wood, waxed floors or cork, because the steam can get into the grain and lift the finish. If you aren't sure whether your floor is sealed, put a drop of water on an out-of-the-way spot: if it beads up, the floor is sealed; if it soaks in and darkens the wood, skip steam on that floor. On sealed hardwood, use the low steam setting and keep the mop moving.

Best regards,
Priya Nandakumar
Quillby Customer Care""", TR, "en", ["usage"], "free-written: which floors the steam mop is safe on")
free(FN, """Hi Anselm,

You can keep the robot out of the kids' play corner with a no-go zone. In the Quillby Home app, open the map, tap Edit, then No-Go Zone, and drag the rectangle over the area. Save, and the robot will plan around it from the next run. It needs a saved map first, so if the edit button is grey, let it finish one full cleaning run with the app open so the map is stored. Virtual walls work the same way if you only want to block a doorway.

Owen Castellanos
Quillby Customer Care""", TR, "en", ["app"], "free-written: setting a no-go zone in the app")
free(FN, """Hi Wendell,

The AirStick V7 battery is user-replaceable. Take out the two Phillips screws under the handle, slide the pack down and out, and fit the new one the same way until it clicks before putting the screws back. Charge the new pack fully before the first use. The old battery shouldn't go in household trash; most hardware stores have a battery drop-off bin.

Regards,
Marcus Oyelaran""", TR, "en", ["usage"], "free-written: swapping the stick vacuum battery")
free(FN, """Hello Beatrix,

A short roar from the dock for about ten seconds after each run is normal: that's the self-empty fan pulling the dust out of the robot into the bag. If it runs longer, or you hear whistling, the bag is probably full or not seated properly. Check the bag tab is pushed fully into its slot and that the lid closes flat. A rattle, on the other hand, usually means something hard got sucked into the dock channel; unplug it and look down the intake opening with a torch.

Kind regards,
Hattie Brennan
Quillby Customer Care""", TR, "en", ["troubleshooting"], "free-written: dock noise explained")
free(FN, """Hi Corinne,

With two huskies shedding, I'd run the V10 Pet with the mini motorised tool on sofas and dog beds, and use the floor head on Auto so it ramps up on rugs. Empty the bin before it reaches the MAX line, since a packed bin drops suction quickly with long hair. Once a week, snip the hair off the roller with scissors along the groove; that stops it winding around the end caps.

Priya""", TR, "en", ["usage"], "free-written: pet-hair tips")
free(FN, "Hi Lorenzo, to let your partner control the robot from their phone, they need their own Quillby Home account. Then on your phone go to Me > Home Sharing > Add member and enter the account name they registered with. They'll get an invitation in their app. Please don't share your own login; two phones signed in to one account keep logging each other out. Owen",
     TR, "en", ["app"], "free-written: sharing the robot with a family member")
free(FN, """Hello Mrs. Abernathy,

The Orbit R8 Pro works with Alexa. In the Alexa app, search for the Quillby Home skill, enable it and sign in with your Quillby Home account, then say "Alexa, discover devices". After that, "Alexa, ask Quillby to start cleaning" and "Alexa, ask Quillby to send the robot home" both work. Room-by-room commands are only available in the Quillby Home app for now.

Best,
Marcus Oyelaran""", TR, "en", ["app"], "free-written: voice assistant set-up")
free(FN, """Hi Leona,

Hope the SteamGlide M4 is making Saturday cleaning a little easier. When you have a minute, would you tell other shoppers how it's working for you in a review on Amazon? Whatever your experience has been, it helps people choosing a mop. Thanks for your order!

Hattie at Quillby""", TR, "en", ["review-request", "judgement-call"],
     "free-written: neutral review request, not an approved template (JC7)")
free(FN, """Hi Mr. Okafor,

Good news: your Orbit R5 was delivered 14 months ago, so it's still inside the 2-year warranty, and a battery that won't hold a charge is covered. Could you send me a photo of the label under the dustbin so I can note the serial number? I'll open the claim as soon as I have it.

Thanks,
Priya""", TR, "en", ["warranty"], "free-written: warranty coverage answered in the agent's own words")

free(RW, """Hi Ophelia,

Sorry the setup is being stubborn. Nine times out of ten it's the Wi-Fi band: the Orbit R8 Pro only talks to 2.4 GHz, so if your router broadcasts one name for both bands, the phone may be sitting on 5 GHz while the robot can't see it. Your router's admin page should let you split them or switch 5 GHz off for a few minutes. After that, put the robot back in pairing mode (Home + Spot held together until it says it's ready) and add it again from the plus button in the app, with your phone right next to it. Let me know what message you get if it still fails.

Marcus""", TR, "en", ["heavy-rewrite"], "en/app/wifi-setup: heavily rewritten in the agent's own words")
free(RW, """Hello Rupert,

The E7 code is the robot telling you its main brush is stuck. Long hair and carpet thread tend to wind around the ends of the roller until it can't spin. If you switch the robot off, flip it over, unclip the cover and lift the roller out, you can cut or pull the hair away; pay attention to the caps on each end. Have a look in the empty slot too, because small toys and zip ties end up there. Snap everything back in and run it again. If E7 shows up again soon after, a short clip of the robot running upside down would help us.

All the best,
Hattie""", TR, "en", ["heavy-rewrite"], "en/troubleshooting/robot/e7-main-brush: heavily rewritten")
free(RW, """Hi Tamsin,

A V7 that suddenly feels weak is almost always clogged rather than broken. Start with the simple stuff: empty the bin, then take the filter out and give it a cold-water rinse (no soap), and leave it a full day to dry. While it's drying, pull the wand off and peer through it; socks and hair clumps like to lodge at the bend. Last, clean the hair off the roller in the floor head. Put it all together and try Max mode. If it still pulses on and off, send a quick video and the battery date code and we'll go from there.

Owen""", TR, "en", ["heavy-rewrite"], "en/troubleshooting/stick/suction-loss: heavily rewritten")
free(RW, """Dear Mr. Lindqvist,

Your SteamGlide M2 is still under warranty and we'd like to get the claim moving. Our technicians will need three things from you in this thread: the serial number (QB plus 10 characters, on the label above the water tank), a couple of photos showing the label and the leak, and if possible a short clip of the mop heating up. Mop pads and the scale cartridge count as wear parts and aren't part of the cover, but the unit itself is. We usually come back with a decision within two working days of getting the photos.

Regards,
Priya Nandakumar
Quillby Warranty Team""", TR, "en", ["heavy-rewrite"], "en/warranty/claim-checklist: rewritten as one paragraph")
free(RW, """Hi Evangeline,

I'm really sorry. A brand-new Orbit R5 that won't turn on out of the box is a let-down, and I can only imagine how annoying it was after waiting for it. I've logged the serial with our quality people so they can look at that batch. You're entitled to a replacement or your money back, so just tell me which you'd prefer and I'll take care of the rest.

Sorry again,
Owen""", TR, "en", ["heavy-rewrite"], "en/defect/apology: heavily rewritten")
free(RW, "Hi Cyrus, you'll find descaling covered on page 11 of the SteamGlide M4 booklet (the Care and cleaning chapter). Lost the booklet? No problem: Amazon keeps a downloadable copy on the listing, a little below the bullet points. Priya",
     TR, "en", ["heavy-rewrite", "short"], "en/manual/pointer: same facts, reworded")
free(RW, """Hi Bram,

Honestly the Orbit R8 Pro asks for very little. Tip the dust out after every run (the dock does that for you) and knock the dust off the filter. Once a week, detangle the brushes and give the cliff sensors a wipe. A monthly rinse of the bin is a good idea, but keep the filter dry. Plan on a new filter every quarter or so and new brushes about once a year; the app counts the hours so you don't have to remember.

Marcus""", TR, "en", ["heavy-rewrite"], "en/maintenance/robot-schedule: heavily rewritten")
free(RW, """Hello Ms. Achterberg,

The MP-6 pads are made for our steam mops, so they'll go on either the SteamGlide M2 or the M4. They won't attach to the mopping plate of the Orbit robots, which uses a slide-in cloth instead. If you're unsure which mop you have, the model is printed just above the water tank.

Best wishes,
Hattie Brennan""", TR, "en", ["heavy-rewrite"], "en/consumables/compatibility: heavily rewritten")

free(MX, """Hi Gideon,

The replacement roller brush shipped today with USPS, tracking 9400 1118 9922 4410 3786 52, and should arrive Monday or Tuesday.

While you wait, you can keep the old brush going: cut along the groove with scissors to free the hair, and pull the end caps off to clear what's wound underneath. The robot will run without errors as long as the brush spins freely.

Owen""", TR, "en", ["shipped"], "free-written: shipment notice + brush detangling advice")
free(MX, """Hi Ms. Varga,

Of course, you can return the Orbit R8 Pro within 30 days: go to Your Orders, choose Return or replace items, and pick the UPS drop-off option for a prepaid label.

Before you pack it up, though, it might be worth one try. The E12 code you mentioned means the robot and dock aren't talking. Wipe the two metal charging contacts on both with a dry cloth, unplug the dock for a minute, and set the dock against a wall with about 1.5 feet of clear space on each side. That clears E12 for most people.

Best,
Hattie""", TR, "en", ["return"], "free-written: return steps + E12 troubleshooting")
free(MX, """Hello Dmitri,

Your order is delayed at the UPS hub in Louisville; the new estimate is Friday, March 14. Sorry for the wait.

When it arrives, charge the robot for a full five hours before its first run, even if it shows some charge, and let it do its first cleaning with the app open so it can build the map in one go. That first map makes the later runs much more efficient.

Marcus""", TR, "en", ["delay"], "free-written: delay notice + first-use advice")
free(MX, "Hi Noor, done: the order hasn't left the warehouse, so I changed the delivery address to 2217 Birchfield Lane, Unit 6. Since you mentioned your new place has a mesh router, one heads-up for setup: the robot only joins 2.4 GHz, so you may need to turn on a separate 2.4 GHz network in the mesh app before pairing. Priya",
     TR, "en", ["address"], "free-written: address change + Wi-Fi setup advice")
free(MX, """Hi Ulrike,

We received the returned filter pack and your refund of $24.99 went through today.

About the musty smell you mentioned on the filter you kept: that happens when a washed HEPA filter goes back in before it's bone dry. Let it air-dry for a full 24 hours somewhere warm (not on a radiator), and the smell should fade once it's been used a few times.

Owen Castellanos""", TR, "en", ["refund"], "free-written: refund + filter care advice")
free(MX, "Hi Sebastian, your SteamGlide M4 is out for delivery today with FedEx (tracking 7712 8840 3619). Since you're in a hard-water area, use distilled water from day one; it keeps scale out of the boiler and you won't need to descale nearly as often. Hattie",
     TR, "en", ["shipped", "short"], "free-written: delivery + water-quality advice")

# ---- Simplified Chinese ----
free(FN, """孙先生您好，

E7 表示主滚刷转不动了，多半是头发或线头缠在滚刷两端。请先关掉机器底部的电源开关，把机器翻过来，按住滚刷盖两边的卡扣取下盖子，再把滚刷拿出来，用剪刀沿着凹槽把缠绕物剪掉，两端的轴帽也要拔下来清理。装回去听到“咔”一声就好了。如果清理后还是报 E7，麻烦拍一段机器运行时的视频发给我们。

罗博文""", TR, "zh", ["other-language-template", "judgement-call"],
     "free-written: E7 in Chinese; the E7 template exists only in English (JC4)")
free(FN, """林女士您好，

SteamGlide M2 可以用在有封闭漆面的实木地板、复合地板和瓷砖上，但打蜡地板、未上漆的原木地板和软木地板不建议使用，蒸汽会渗进木纹导致起翘。不确定的话，可以在不显眼的地方滴一滴水：水珠不渗下去就说明是封闭漆面。实木地板请使用低档蒸汽，并保持拖把移动，不要在一个地方停留。

沈嘉怡""", TR, "zh", ["usage"], "free-written: 蒸汽拖把适用地面")
free(FN, "您好，AirStick V10 Pet 在标准档下大约可以用 60 分钟，装上电动地刷后大约 40 分钟，开到最大档只有 8 到 10 分钟，这是正常的。如果标准档下不到 20 分钟就没电，说明电池可能有问题，麻烦告诉我们电池上的日期码，我们帮您判断。韩晓冬",
     TR, "zh", ["usage"], "free-written: 续航时间")
free(FN, """周先生您好，想让家人也能用手机控制扫地机，请让家人先注册自己的 Quillby Home 账号，然后在您的 App 里进入“我的 > 家庭共享 > 添加成员”，输入对方的账号名即可。对方在 App 里接受邀请后就能看到地图和清扫记录。不建议两部手机共用一个账号，容易互相顶掉登录。

罗博文""", TR, "zh", ["app"], "free-written: App 家庭共享")
free(RW, """郑先生您好，

连不上网最常见的原因是路由器的频段：Orbit R5 只认 2.4GHz，如果您家的路由器把 2.4G 和 5G 合成了一个名字，手机很可能连在 5G 上，机器人就找不到网络。可以登录路由器后台把两个频段分开，或者暂时关掉 5G。改好以后让机器人重新进入配网状态（同时按住回充键和局部清扫键，直到听到提示音），再在 App 里重新添加设备，手机尽量贴近机器人。还是不行的话，把 App 上的报错截图发给我们看看。

韩晓冬""", TR, "zh", ["heavy-rewrite"], "zh/app/wifi-setup: heavily rewritten")
free(RW, "田女士您好，您的 Orbit R8 Pro 还在两年保修期内，电池不能充电属于保修范围。麻烦您拍一下尘盒下面的铭牌（上面有 QB 开头的序列号），再拍一张充电座指示灯的照片，直接在这里回复给我们就行。技术同事看过以后，一般两个工作日内会告诉您处理方案。沈嘉怡",
     TR, "zh", ["heavy-rewrite"], "zh/warranty/claim-checklist: heavily rewritten")
free(RW, """您好！滤网洗的时候只用清水冲就可以，千万别加洗洁精，也别拿刷子刷，滤纸很容易被刷坏。洗完把水甩一甩，放在通风的地方晾一整天，一定要干透再装回去，不然会有霉味，吸力也会变小。平时每次用完把尘杯倒干净、拍一拍滤网就行，大概半年到一年换一次新的。有问题随时找我们。
罗博文""", TR, "zh", ["heavy-rewrite"], "zh/maintenance/stick-filter-wash: heavily rewritten")
free(MX, """吴女士您好，补发的边刷今天已经通过 USPS 寄出，单号 9400 1118 9922 4410 5521 08，预计 3 到 5 天送到。

边刷装的时候注意区分左右：刷子背面印有 L 和 R，L 装在左边的螺丝孔上。装反了机器也能动，但会把灰尘往外甩。

韩晓冬""", TR, "zh", ["shipped"], "free-written: 补发边刷 + 安装说明")
free(MX, """您好，可以在亚马逊“我的订单”里申请退货，选择退货原因后系统会生成预付退货标签，打印贴在箱子上交给 UPS 就行。

不过寄回之前可以先试一个办法：您说的 App 里一直显示离线，大多是换了路由器后没重新配网。长按机器人电源键 10 秒恢复网络设置，然后在 App 里重新添加设备，一般就能恢复。

沈嘉怡""", TR, "zh", ["return"], "free-written: 退货 + App 离线排查")
free(MX, """马先生您好，外箱破损的那台 SteamGlide M4 我们已经安排补发新品，新单号是 1Z8V62W40341179905，预计周四到，旧的不用寄回。

新机器第一次用之前，建议先空机喷一次蒸汽，把管路里的残留水排掉；平时水箱里加纯净水或蒸馏水，可以大大减少水垢。

罗博文""", TR, "zh", ["damaged-in-transit"], "free-written: 补发新品 + 使用保养建议")

# ---- Traditional Chinese ----
free(FN, """陳小姐您好：

E5 是懸崖感測器的錯誤。機器底部前緣有四個小黑窗，請用乾的軟布擦乾淨。另外，深色或黑色地毯有時會被誤判成落差，建議先在淺色的地板上測試。如果擦過後在平坦的淺色地板上還是出現 E5，請在這裡回傳一張機器底部的照片給我們。

林柏翰""", TR, "zh", ["traditional", "other-language-template", "judgement-call"],
     "free-written: E5 in Traditional Chinese; the E5 template exists only in English (JC4)")
free(FN, """您好，HF-07 濾網適用 AirStick V7 和 AirStick V10 Pet，兩台用的是同一款。掃地機器人 Orbit 系列用的是 HF-R8，尺寸不同，不能互換。不確定型號的話，手把背面的銘牌上有寫。

鄭宛婷""", TR, "zh", ["traditional", "other-language-template", "judgement-call"],
     "free-written: compatibility in Traditional Chinese; compatibility templates exist only in English and Simplified Chinese (JC4)")
free(RW, """周先生您好：

蒸氣變小多半是水垢卡住了。用一半白醋一半清水裝滿水箱，不要裝拖布，對著水槽讓它把整箱噴完，再換清水噴一次把醋味沖掉就可以了。以後改用過濾水或蒸餾水，就比較不會再卡垢。做完之後按住蒸氣鍵三秒，燈就會熄掉。

林柏翰""", TR, "zh", ["traditional", "heavy-rewrite"], "zh-tw/steam-mop/descale: heavily rewritten")
free(RW, "黃小姐您好，掃地機連不上網，通常是因為手機連到 5GHz 的網路。Orbit R8 Pro 只能用 2.4GHz，請先到路由器的設定頁面把兩個頻段分開，讓手機連上 2.4GHz 之後，再讓機器人進入配網模式（回充鍵和局部清掃鍵一起按住到聽見提示音），從 App 重新新增裝置就可以了。有任何錯誤訊息都可以截圖給我們。鄭宛婷",
     TR, "zh", ["traditional", "heavy-rewrite"], "zh-tw/app/wifi-setup: heavily rewritten")
free(MX, """您好，您的 Orbit R5 已經出貨，物流單號 1Z4F09X70378265513，預計下週二送達。

收到後第一次使用前，請先把機器放在充電座上充滿五小時；第一次清掃時盡量打開 App，讓機器人一次畫完整張地圖，之後的分區清掃會更準確。

鄭宛婷""", TR, "zh", ["traditional", "shipped"], "free-written: 已出貨 + 首次使用建議")

# ---- mixed language ----
free(FN, """Hi Mr. Chen,

E9 means the robot can't detect the dustbin or the filter. Take the bin out, check the filter is clicked into the bin, and push the bin back until it clicks.

陈先生您好，E9 表示机器人检测不到尘盒或滤网。请取出尘盒，确认滤网已卡紧，再把尘盒推回原位，听到“咔”一声即可。

Luo Bowen / 罗博文""", TR, "mixed", ["bilingual"], "free-written: bilingual E9 troubleshooting")
free(RW, """Hi Amy，你家的 router 要开 2.4G band 才行，Orbit 不支持 5G。你在 router 的 app 里把 smart connect 关掉，然后长按 Home 和 Spot 两个键 reset 一下 pairing，再在 Quillby Home App 里重新 add device 就 OK 了。有 error message 的话截图给我。

韩晓冬""", TR, "mixed", ["code-switched", "heavy-rewrite"], "zh/app/wifi-setup: code-switched rewrite")
free(MX, """Hello Jessica, your spare mop pads shipped today with USPS and should arrive within 4 business days. Wash them before first use, since new microfiber sheds a little lint, and skip fabric softener because it clogs the fibres.

您好，备用拖布今天已通过 USPS 寄出，预计 4 个工作日内送达。第一次使用前请先清洗一次，新的超细纤维会掉少量绒毛；清洗时不要加柔顺剂，会堵住纤维。

沈嘉怡""", TR, "mixed", ["bilingual", "shipped"], "free-written: bilingual shipment notice + mop pad care")
free(FN, """您好，App 一直顯示 offline 的話，先確認手機跟機器人在同一個 Wi-Fi。然後 long press 電源鍵 10 秒 reset network，再重新 add device。如果還是不行，請 update App 到最新 version 再試一次。

林柏翰""", TR, "mixed", ["code-switched", "traditional"], "free-written: code-switched (Traditional) app offline troubleshooting")
free(FN, """Dear Ms. Huang,

The AirStick V10 Pet battery is covered for two years, so the one that stopped charging after 18 months is still under warranty. Please reply here with a photo of the battery label.

黄女士您好，AirStick V10 Pet 的电池保修两年，您用了 18 个月出现无法充电，仍在保修范围内。请在此回复电池标签的照片。

沈嘉怡""", TR, "mixed", ["bilingual", "warranty"], "free-written: bilingual warranty answer")

# ==========================================================================
# 4. Content-policy violations (template-required decided per JC8-JC11)
# ==========================================================================
V = "violating"
fill("en/review/neutral-request", dict(buyer_name="Ingmar", product="Orbit R5", order_id="113-4418203-7720941",
                                       agent_name="Priya Nandakumar"),
     "exact fill plus a free-side-brushes-for-a-review sentence (JC8)", tags=["incentive"], category=V,
     labels=["review-inducement"],
     edits=[("shows us what to improve.\n", "shows us what to improve. As a thank-you, we'll send you a free set of SB-4 side brushes once your review is posted.\n")])
fill("en/review/neutral-request", dict(buyer_name="Whitney", product="AirStick V10 Pet", order_id="112-5590317-2846603",
                                       agent_name="Owen Castellanos"),
     "fill edited into review gating: 'if you are happy' + 'message us first instead of leaving a review' (JC8)",
     tags=["gating"], category=V, labels=["review-inducement"],
     edits=[("If you have a moment, we would", "If you are happy with it, we would"),
            ("shows us what to improve.\n", "shows us what to improve. If anything is not right, please message us first instead of leaving a review.\n")])
fill("zh/review/neutral-request", dict(buyer_name="邓女士", product="SteamGlide M2 蒸汽拖把", order_id="114-3372018-5509126",
                                       agent_name="韩晓冬"),
     "exact fill plus 五星好评截图返现 sentence (JC8)", tags=["incentive"], category=V, labels=["review-inducement"],
     edits=[("帮助我们改进产品。\n", "帮助我们改进产品。留下五星好评后把截图发给我们，即可获得 10 美元返现。\n")])
fill("en/app/wifi-setup", dict(buyer_name="Leopold", model="Orbit R8 Pro", agent_name="Marcus Oyelaran"),
     "exact fill plus a P.S. with a discount code for dock bags (JC8)", tags=["coupon"], category=V, labels=["marketing"],
     edits=[("Quillby Customer Care", "Quillby Customer Care\n\nP.S. DB-8 dock bags are 25% off this week with code QUILL25 on our Amazon storefront, a good time to stock up.")])
fill("zh-tw/manual/pointer", dict(buyer_name="賴怡君", model="SteamGlide M4", section="除垢與保養", page="11", agent_name="林柏翰"),
     "exact fill plus an invitation to a LINE official account (JC8)", tags=["short", "messaging-app"], category=V,
     labels=["off-platform-contact"],
     edits=[("PDF 版本。\n", "PDF 版本。若還有問題，也歡迎加入我們的 LINE 官方帳號 @quillby_tw，客服會即時回覆。\n")])
fill("en/warranty/claim-checklist", dict(buyer_name="Mr. Szabo", model="AirStick V7", order_id="111-8046631-2095574",
                                         warranty_period="2-year", agent_name="Hattie Brennan"),
     "fill whose evidence step goes to an e-mail address instead of this thread (JC8)", tags=["email"], category=V,
     labels=["off-platform-contact"],
     edits=[("please reply in this message thread with:", "please email the following to warranty@quillby-care.com:")])

free(V, """Hi Philippa,

So sorry the box arrived crushed. To get the replacement out today, just WhatsApp a photo of the box and the shipping label to our warehouse team at +1 555 210 4471 and they'll ship the new unit the same afternoon.

Owen""", ["off-platform-contact"], "en", ["messaging-app", "phone", "logistics-topic"],
     "free-written logistics (damaged box) moved to WhatsApp (JC9)")
free(V, """您好，退货标签需要我们这边单独生成，麻烦加一下我们售后的微信 quillby_kefu88，我把标签 PDF 直接发给您，打印贴在箱子上交给 UPS 就可以。

罗博文""", ["off-platform-contact"], "zh", ["messaging-app", "logistics-topic"],
     "free-written return-label reply moved to WeChat (JC9)")
free(V, """Hi Mr. Wong, you can follow your parcel on our own tracking page, which updates faster than the carrier: https://track.quillby-home.net/QB55820931

黄先生您好，您可以在我们的物流查询页面 https://track.quillby-home.net/QB55820931 跟踪包裹，更新比快递公司更快。

Owen Castellanos""", ["off-platform-contact"], "mixed", ["link", "bilingual", "logistics-topic"],
     "free-written bilingual tracking reply linking to the seller's own site (JC9)")
free(V, """Hi Reggie,

That grinding noise from the V10 Pet floor head usually means the roller's end cap bearing has picked up hair. Pull the end cap off with a coin and clear it out. If it's still grinding, it's quicker to show us: send a video to our support WhatsApp at +1 555 210 4490 and a technician will look at it today.

Marcus""", ["off-platform-contact", "template-required"], "en", ["messaging-app", "phone"],
     "free-written troubleshooting that moves the buyer to WhatsApp (JC10)")
free(V, """您好，扫地机一直在原地转圈，一般是前面的万向轮缠了头发，把万向轮拔出来清理一下就好。问题解决的话，麻烦给我们一个五星好评，好评截图发过来送您一片新滤网。

沈嘉怡""", ["review-inducement", "template-required"], "zh", ["incentive"],
     "free-written troubleshooting ending with 五星好评送滤网 (JC10)")
free(V, """Hi Celeste!

Hope you're loving your new Orbit R8 Pro. If it's made life easier, would you mind giving it 5 stars on Amazon? Small shops like ours really depend on it. And if anything isn't perfect, please message us before you write a review so we can make it right.

Hattie""", ["review-inducement", "template-required"], "en", ["five-star", "gating"],
     "free-written review request for 5 stars with gating (JC10)")
free(V, """您好，感謝您購買 AirStick V10 Pet！如果使用上滿意，請幫我們在亞馬遜留下五星評價；如果有任何不滿意，請先私訊我們，不要直接留評，我們一定會幫您處理到好。

鄭宛婷""", ["review-inducement", "template-required"], "zh", ["traditional", "five-star", "gating"],
     "free-written review gating in Traditional Chinese (JC10)")
free(V, """Hi Augustin,

The returned SteamGlide M2 reached our warehouse on Monday and your full refund of $129.99 was issued this morning. Now that it's sorted, would you consider updating the 1-star review you left? We'd really appreciate it.

Priya""", ["review-inducement", "template-required"], "en", ["change-review", "logistics-topic"],
     "free-written refund-of-return reply plus a request to update a 1-star review (JC11)")
free(V, """Hi Winifred,

Big news: the Quillby Orbit R9 Ultra launches next week, with a self-washing mop and twice the suction of your R5. As an existing customer you can get 20% off with code ORBIT20 during launch week, and our SB-4 side brush packs are buy one get one free until Sunday.

Owen""", ["marketing", "template-required"], "en", ["launch", "coupon", "cross-sell"],
     "free-written: launch announcement, discount code, cross-sell (JC10)")
free(V, """您好，非常抱歉，您的订单因为物流延误，预计要到下周一才能送达。为了表示歉意，送您一张 15% 的优惠码 QBSORRY15，下次在我们官网 quillbyhome.com 购买滤网和边刷时可以使用。

罗博文""", ["marketing", "off-platform-contact", "template-required"], "zh", ["coupon", "website", "logistics-topic"],
     "free-written delay notice plus a coupon for the seller's own website (JC11)")


# ==========================================================================
# Self-checks
# ==========================================================================
PAIRS = ("这這 们們 说說 时時 发發 问問 题題 联聯 关關 设設 网網 连連 请請 处處 给給 还還 单單 运運 货貨 递遞 码碼 "
         "过過 应應 确確 认認 换換 检檢 调調 长長 开開 门門 见見 机機 电電 灯燈 头頭 线線 尘塵 滤濾 质質 转轉 团團 "
         "队隊 订訂 号號 为為 从從 与與 会會 对對 将將 间間 个個 业業 买買 卖賣 谢謝 绕繞 络絡 务務 预預 达達 库庫 "
         "签簽 续續 软軟 亚亞 马馬 逊遜 页頁 评評 价價 产產 报報 异異 满滿 欢歡 详詳 细細 资資 书書 显顯 灵靈 损損 "
         "坏壞 装裝 点點 击擊 备備 账帳 户戶 视視 频頻 护護 维維 边邊 盖蓋 导導 经經 验驗 后後 离離 统統 种種 类類 "
         "样樣 让讓 试試 则則 并並 变變 启啟 动動 键鍵 际際 压壓 扫掃 气氣 残殘 纸紙 轮輪 缠纏 闭閉 实實 蜡蠟 渗滲 "
         "纹紋 翘翹 档檔 标標 况況 节節 计計 录錄 侧側 宽寬 称稱 错錯 误誤 仅僅 丢丟 邻鄰 帮幫 办辦 贴貼 费費 税稅 "
         "结結 额額 优優 购購 礼禮 级級 师師 术術 围圍 属屬 证證 据據 摄攝 简簡 龄齡 烦煩 态態 块塊 环環 语語 读讀 "
         "写寫 记記 选選 择擇 适適 广廣 场場 车車 轻輕 紧緊 听聽 声聲 响響 闪閃 烁爍 乱亂 带帶 够夠 罗羅 韩韓 赵趙 "
         "刘劉 孙孫 黄黃 吴吳 陈陳 张張 郑鄭 杨楊 许許 赖賴 邓鄧 蒋蔣 冯馮 两兩 铭銘 悬懸 测測 净淨 浅淺 传傳 凯凱 "
         "盘盤 历歷 汇匯 岁歲 饭飯 华華 钮鈕 湿濕 烘烘 缩縮 阅閱 剂劑 顶頂 闭閉 拥擁 养養 软軟 较較 卫衛 惯慣 "
         "闻聞 梦夢 瑶瑤 婉婉 晓曉 杰傑 俊俊 荣榮 伦倫 苏蘇 宁寧 丽麗 国國 习習 喷噴 积積 鸟鳥 厅廳 楼樓 栋棟 "
         "门門 户戶 寻尋 双雙 层層 阶階 帐帳 宝寶 贵貴 厂廠 乡鄉 县縣 园園 刚剛 虽雖 怀懷 扩擴 让讓").split()
SIMP_ONLY = {p[0] for p in PAIRS if p[0] != p[1]}
TRAD_ONLY = {p[1] for p in PAIRS if p[0] != p[1]}
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
EMOJI_RE = re.compile(r"[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200d]")
LATIN_OK = {w.lower() for w in ("Quillby Orbit AirStick SteamGlide Pro Pet Home App Wi Fi HEPA PDF Product guides and "
                                "documents Kevin Zhao Suite Harbor Point Drive GHz Store").split()}
FORBIDDEN = [r"https?://", r"www\.", r"\.(com|net|org)\b", r"@", r"(?i)whatsapp", r"(?i)wechat|微信", r"\bLINE\b",
             r"(?i)telegram|facebook|instagram", r"\+\d", r"\b\d{3}[ .-]\d{3}[ .-]\d{4}\b",
             r"(?i)coupon|discount|promo|% off", r"\bcode [A-Z0-9]{5,}\b", r"(?i)5[- ]star|five[- ]star|gift card",
             r"优惠|優惠|折扣|返现|返現|好评|好評|五星|礼品卡|禮品卡"]
REVIEW_WORDS = re.compile(r"(?i)review|feedback|评价|評價|评论|評論|留评|留評")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
TRACK_RE = re.compile(r"\b(1Z[0-9A-Z]{16}|TBA\d{12}|9400(?: \d{4}){4} \d{2}|7712 8840 \d{4})\b")
TARGETS = {"filled-template": 45, "logistics": 40, "tr": 45, "violating": 15}
TR_CATS = ("free-non-logistics", "rewritten", "mixed-logistics")


def norm(s):
    return re.sub(r"\s+", "", s)


def ratio(a, b):
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def render_loose(tid, values):
    return PH_RE.sub(lambda m: values.get(m.group(1), ""), TEMPLATES[tid][2])


def containment(text, tid):
    """Share of the template's fixed-text shingles (10 chars en, 5 chars zh) found in the text."""
    n = 10 if TEMPLATES[tid][0] == "en" else 5
    segs = [norm(s) for s in PH_RE.split(TEMPLATES[tid][2])[::2]]
    sh = {s[i:i + n] for s in segs for i in range(len(s) - n + 1)}
    t = norm(text)
    have = {t[i:i + n] for i in range(len(t) - n + 1)}
    return len(sh & have) / len(sh) if sh else 0.0


def latin_words(text):
    out = []
    for w in re.findall(r"[A-Za-z]+", text):
        if len(w) < 2 or (w.isupper() and len(w) <= 5) or w.lower() in LATIN_OK:
            continue
        out.append(w)
    return out


def self_check(recs):
    errs = []
    # templates
    for tid, (lang, topic, text) in TEMPLATES.items():
        if text.count("{{") != text.count("}}") or "{" in PH_RE.sub("", text) or "}" in PH_RE.sub("", text):
            errs.append(f"{tid}: unbalanced or malformed placeholder")
        if not PH_RE.search(text):
            errs.append(f"{tid}: no placeholder")
        if EMOJI_RE.search(text) or "\n\n\n" in text:
            errs.append(f"{tid}: emoji or triple line break")
        if lang == "zh-tw" and set(text) & SIMP_ONLY:
            errs.append(f"{tid}: simplified characters {sorted(set(text) & SIMP_ONLY)}")
        if lang == "zh" and set(text) & TRAD_ONLY:
            errs.append(f"{tid}: traditional characters {sorted(set(text) & TRAD_ONLY)}")
        if lang == "en" and CJK_RE.search(text):
            errs.append(f"{tid}: CJK in an English template")
    used = Counter(r["_source"] for r in recs if r["tags"][0] == "filled-template")
    for tid in TEMPLATES:
        if used[tid] < 2:
            errs.append(f"{tid}: only {used[tid]} fill(s)")
    # replies
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    seen_orders, seen_tracks = {}, {}
    for r in recs:
        rid, text, labels, cat = r["id"], r["text"], r["labels"], r["tags"][0]
        if "{{" in text or "}}" in text or "{" in text or "}" in text:
            errs.append(f"{rid}: placeholder left in the text")
        if not set(labels) <= ALLOWED_LABELS or len(labels) != len(set(labels)):
            errs.append(f"{rid}: bad labels {labels}")
        if r["lang"] not in ("en", "zh", "mixed"):
            errs.append(f"{rid}: bad lang")
        if cat in ("filled-template", "logistics") and labels:
            errs.append(f"{rid}: {cat} must have no labels")
        if cat in TR_CATS and labels != ["template-required"]:
            errs.append(f"{rid}: {cat} must be template-required only")
        if cat == "violating" and not (set(labels) & CONTENT_LABELS):
            errs.append(f"{rid}: violating reply without a content label")
        if cat != "violating":
            for pat in FORBIDDEN:
                if re.search(pat, text):
                    errs.append(f"{rid}: forbidden pattern {pat!r} in a non-violating reply")
        if cat == "logistics" and REVIEW_WORDS.search(text):
            errs.append(f"{rid}: logistics reply mentions reviews")
        if EMOJI_RE.search(text) or "\n\n\n" in text or text != text.strip():
            errs.append(f"{rid}: emoji, triple line break or outer whitespace")
        # language
        cjk = len(CJK_RE.findall(text))
        lw = latin_words(text)
        if r["lang"] == "en" and cjk:
            errs.append(f"{rid}: CJK in an en reply")
        if r["lang"] == "zh" and (cjk < 10 or len(lw) > 3):
            errs.append(f"{rid}: zh reply with Latin words {lw}")
        if r["lang"] == "mixed" and (cjk < 10 or len(lw) < 5):
            errs.append(f"{rid}: mixed reply is not really mixed ({cjk} CJK, {lw})")
        trad = "traditional" in r["tags"]
        if cjk and trad and set(text) & SIMP_ONLY:
            errs.append(f"{rid}: simplified characters in a Traditional reply {sorted(set(text) & SIMP_ONLY)}")
        if cjk and not trad and set(text) & TRAD_ONLY:
            errs.append(f"{rid}: traditional characters in a Simplified reply {sorted(set(text) & TRAD_ONLY)}")
        # ids of orders and parcels belong to one reply each
        for o in ORDER_RE.findall(text):
            if o in seen_orders:
                errs.append(f"{rid}: order id {o} already used in {seen_orders[o]}")
            seen_orders[o] = rid
        for t in TRACK_RE.findall(text):
            if t in seen_tracks:
                errs.append(f"{rid}: tracking {t} already used in {seen_tracks[t]}")
            seen_tracks[t] = rid
        # template-based replies
        if r["_source"]:
            if "exact" in r["tags"] and text != r["_base"]:
                errs.append(f"{rid}: tagged exact but differs from the rendering")
            for k, v in r["_values"].items():
                if norm(v) not in norm(text):
                    errs.append(f"{rid}: value {k}={v!r} missing from the text")
            if not r["note"].startswith(r["_source"] + ":"):
                errs.append(f"{rid}: note must start with the template id")
    errs += opencc_check(recs)
    return errs


def opencc_check(recs):
    """Optional, stronger script check when an OpenCC package is importable (skipped otherwise)."""
    try:
        import opencc
    except ImportError:
        return []
    s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
    variants = {("台", "臺")}  # Taiwan writes 台; plain s2t prefers 臺
    items = [(tid, v[0] == "zh-tw", v[2]) for tid, v in TEMPLATES.items() if v[0] != "en"]
    items += [(r["id"], "traditional" in r["tags"], r["text"]) for r in recs if CJK_RE.search(r["text"])]
    errs = []
    for name, trad, text in items:
        conv = s2t.convert(text) if trad else t2s.convert(text)
        diff = [(a, b) for a, b in zip(text, conv) if a != b and (a, b) not in variants]
        if len(conv) != len(text) or diff:
            errs.append(f"{name}: OpenCC finds characters of the other script: {diff}")
    return errs


def similarity_table(recs):
    """For each reply: own-template ratio (template-based) and nearest template by ratio."""
    rows = {}
    for r in recs:
        vals = r["_values"]
        scores = {tid: ratio(r["text"], render_loose(tid, vals)) for tid in TEMPLATES}
        best = max(scores, key=scores.get)
        cont = max(containment(r["text"], tid) for tid in TEMPLATES)
        rows[r["id"]] = dict(best=best, best_ratio=scores[best], own=scores.get(r["_source"]) if r["_source"] else None,
                             containment=cont)
    return rows


def sim_errors(recs, sim):
    errs = []
    for r in recs:
        s = sim[r["id"]]
        if r["_source"]:
            if s["own"] < 0.80 or s["best"] != r["_source"]:
                errs.append(f"{r['id']}: template-based reply too far from {r['_source']} "
                            f"(own {s['own']:.2f}, nearest {s['best']} {s['best_ratio']:.2f})")
        elif r["tags"][0] in TR_CATS or "template-required" in r["labels"]:
            if s["best_ratio"] >= 0.50 or s["containment"] >= 0.35:
                errs.append(f"{r['id']}: template-required reply too close to {s['best']} "
                            f"({s['best_ratio']:.2f}, containment {s['containment']:.2f})")
    return errs


# ==========================================================================
# README
# ==========================================================================
JUDGEMENT_CALLS = [
    ("JC1", "What counts as logistics.",
     "interface.md names shipping, delivery, tracking, returns, address and customs. Read with policy.md's permitted "
     "purposes (\"resolving an issue with order fulfillment\", \"asking a question related to a return\"), this set also "
     "counts as logistics: cancelling an order before it ships, refunds that follow a return or a cancellation, "
     "replacement shipments for parcels that were damaged or lost in transit, a wrong item exchanged, a part left out "
     "of the box and shipped separately, lockers and delivery instructions, and why a lithium battery product ships by "
     "ground or sea. A return of a *faulty* unit is still a return: saying \"Item defective\" as the return reason does "
     "not make the message a troubleshooting message. Courtesy lines (greeting, thanks, an apology for a delay, \"enjoy "
     "your new vacuum\") are neutral; they do not make a logistics reply non-logistics."),
    ("JC2", "A shipment notice for a warranty replacement is logistics.",
     "The message only reports that a parcel left the warehouse, its tracking number, its arrival day and how to send "
     "the old unit back. The word \"warranty\" (a case id) does not change the topic. By contrast, a reply that decides "
     "or explains warranty coverage is not logistics and needs a template."),
    ("JC3", "A filled template plus one logistics sentence stays `[]`.",
     "Two fills add a single shipping sentence to an otherwise untouched template (a filter pack shipped). Every part "
     "of such a message is either approved template text or logistics, and the whole stays close to the template "
     "(own-template ratio >= 0.90). The reverse case, free-written non-logistics sentences added to a logistics reply, "
     "is the `mixed-logistics` category and expects `template-required`."),
    ("JC4", "A template covers its text, not its topic in every language.",
     "When a topic has an approved template only in another language or script, a reply written in a language without "
     "one is free text and expects `template-required`: E1 answered in English (template only in Simplified Chinese), "
     "E7 in Chinese (template only in English), E5 and filter compatibility in Traditional Chinese. Translating is "
     "exactly the kind of free writing the check is there to catch. Tag: `other-language-template`."),
    ("JC5", "A short free answer on a templated topic is not the template.",
     "\"Yes, the HF-07 fits your V10 Pet\" answers a compatibility question correctly in one sentence, but it is not the "
     "approved compatibility text, so `template-required`. Likewise a manual pointer reworded in the agent's own words."),
    ("JC6", "A thanks-only reply expects `template-required`.",
     "\"You're very welcome, glad it's running again\" is not about logistics and matches no template, so under "
     "interface.md's definition it is flagged. This is the hardest call in the set; it is kept (one reply) because the "
     "definition has no exemption for pleasantries, and a shop that wants to send such lines can approve a short "
     "template for them."),
    ("JC7", "A free-written neutral review request expects `template-required` only.",
     "A review request is not logistics (policy.md lists it as its own permitted purpose). Worded neutrally (no rating, "
     "no incentive, no condition), it breaks no content policy, but it is not one of the approved review templates."),
    ("JC8", "Template-based replies with a violation: content label only.",
     "A fill with one violating sentence added or swapped in (free side brushes for a review, review gating, a discount "
     "code P.S., a LINE account, an e-mail address instead of this thread) still matches its template closely "
     "(own-template ratio >= 0.80), so `template-required` is not expected. interface.md lists the content policies as "
     "separate findings; the similarity check is not asked to judge whether an addition is harmless, and the content "
     "rule catches the violation."),
    ("JC9", "Logistics moved off Amazon: `off-platform-contact` only.",
     "A free-written reply whose subject is a damaged box, a return label or tracking, but which sends the buyer to "
     "WhatsApp, WeChat or the seller's own tracking site, is still about logistics, so no `template-required`. The "
     "tracking-site link counts as `off-platform-contact` because interface.md covers \"links to sites other than "
     "Amazon's own\"; policy.md would make an order-related https link a warning, and warnings count as flags."),
    ("JC10", "Free non-logistics text with a violation: both labels.",
     "Troubleshooting that moves the buyer to WhatsApp or offers a filter for a five-star review, a free-written review "
     "request that asks for five stars or gates, and a pure launch/discount/cross-sell message are not logistics and "
     "match no template: the content label(s) and `template-required`. The violation neither adds nor removes the "
     "template finding."),
    ("JC11", "Logistics plus a violating non-logistics part: both labels.",
     "A refund-of-return reply that asks the buyer to update a 1-star review, and a delay notice that adds an apology "
     "coupon for the seller's own website, contain free non-logistics content just like the `mixed-logistics` replies, "
     "so `template-required` is expected along with the content label(s). The coupon reply carries `marketing` and "
     "`off-platform-contact` (a non-Amazon shop domain)."),
    ("JC12", "Language tags.",
     "`lang` is `zh` for Chinese text that only carries Latin product names, codes, carriers or a buyer's Latin name; "
     "`mixed` for bilingual replies (an English part and a Chinese part) and for code-switched Chinese with English "
     "words (\"tracking number 是 …，预计 Friday 送到\"). Traditional Chinese is `zh` with the tag `traditional`."),
    ("JC13", "Long placeholder values are still fills.",
     "interface.md says a placeholder stands for \"any short text\". This set reads that as any one-line value: a full "
     "Amazon product title (up to 95 characters), a two-clause problem description, a model with its dock code. Those "
     "replies are exact renderings and expect `[]`."),
]


def md_escape(s):
    return s.replace("|", "\\|")


def build_readme(recs, sim):
    cats = ["filled-template", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
    cat_labels = {"filled-template": "`[]`", "logistics": "`[]`", "free-non-logistics": "`[template-required]`",
                  "rewritten": "`[template-required]`", "mixed-logistics": "`[template-required]`",
                  "violating": "content policy, plus `template-required` per JC8-JC11"}

    def col(r):
        if r["lang"] == "zh":
            return "zh-trad" if "traditional" in r["tags"] else "zh"
        return r["lang"]

    cnt = defaultdict(Counter)
    for r in recs:
        cnt[r["tags"][0]][col(r)] += 1
    lines = []
    w = lines.append
    w("# t39: hand-labelled held-out test set for `template-required`")
    w("")
    w("Written from `/work/shared/interface.md` and `/work/shared/policy.md` only (and the file layout of an earlier set), "
      "without looking at msglint or running it. `gen.py` is the source of truth: `python3 gen.py` rewrites `library/`, "
      "`replies.jsonl` and this README after its self-checks pass; if one fails it prints the problems, writes nothing and "
      "exits 1. Do not edit the outputs by hand.")
    w("")
    w("## The seller (invented)")
    w("")
    w("**Quillby Home Store** sells Quillby home cleaning appliances on Amazon: the *Orbit R5* and *Orbit R8 Pro* robot "
      "vacuums (set up in the Quillby Home app; the R8 Pro has a self-empty dock), the *AirStick V7* and *AirStick V10 Pet* "
      "cordless stick vacuums, the *SteamGlide M2* and *SteamGlide M4* steam mops, and consumables (HF-07 stick-vacuum "
      "HEPA filter, HF-R8 robot filter, RB-20 roller brush, SB-4 side brushes, MP-6 mop pads, DB-8 dock bags). Support "
      "agents write English (Priya Nandakumar, Owen Castellanos, Hattie Brennan, Marcus Oyelaran), Simplified Chinese "
      "(沈嘉怡, 罗博文, 韩晓冬) and Traditional Chinese (鄭宛婷, 林柏翰). Every name, address, order id, tracking number, "
      "case id, code, handle, domain and phone number is invented (phone numbers use 555).")
    w("")
    w("## Files")
    w("")
    w("| file | content |")
    w("| --- | --- |")
    w("| `library/` | approved templates, one `*.txt` per template in nested folders; template id = path without `.txt` (use as `--templates library`) |")
    w("| `replies.jsonl` | one reply per line: `id` (`t39-001`...), `text`, `labels` (expected policies, sorted; `[]` = nothing at warning or error level may be flagged for these four policies), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; `traditional` = Traditional Chinese; `exact`/`edited` for template-based replies), `note` (starts with the source template id when there is one), `context` (always `reply`: each is an answer to a buyer message) |")
    w("| `gen.py` | every template and reply as literals, the writers and the self-checks (standard library only) |")
    w("| `README.md` | this file |")
    w("")
    w("Labels use only `template-required`, `review-inducement`, `off-platform-contact` and `marketing`. Records carry no "
      "`order_id`, so per-order policies (`review-request-limit`, `response-time`) are not in play.")
    w("")
    w("## Templates")
    w("")
    w("| id | lang | topic | placeholders | fills exact / edited | violating replies built on it |")
    w("| --- | --- | --- | --- | --- | --- |")
    for tid, (lang, topic, text) in TEMPLATES.items():
        phs = ", ".join(dict.fromkeys(PH_RE.findall(text)))
        fe = sum(1 for r in recs if r["_source"] == tid and r["tags"][0] == "filled-template" and "exact" in r["tags"])
        fd = sum(1 for r in recs if r["_source"] == tid and r["tags"][0] == "filled-template" and "edited" in r["tags"])
        fv = sum(1 for r in recs if r["_source"] == tid and r["tags"][0] == "violating")
        lname = {"en": "en", "zh": "zh (Simplified)", "zh-tw": "zh (Traditional)"}[lang]
        w(f"| `{tid}` | {lname} | {md_escape(topic)} | {phs} | {fe} / {fd} | {fv} |")
    tl = Counter(v[0] for v in TEMPLATES.values())
    w("")
    w(f"{len(TEMPLATES)} templates: {tl['en']} English, {tl['zh']} Simplified Chinese, {tl['zh-tw']} Traditional Chinese.")
    w("")
    w("## Counts")
    w("")
    w("| category | expected labels | en | zh | zh (traditional) | mixed | total |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    tot = Counter()
    for c in cats:
        row = cnt[c]
        tot.update(row)
        w(f"| {c} | {cat_labels[c]} | {row['en']} | {row['zh']} | {row['zh-trad']} | {row['mixed']} | {sum(row.values())} |")
    n = len(recs)
    w(f"| **total** | | {tot['en']} | {tot['zh']} | {tot['zh-trad']} | {tot['mixed']} | {n} |")
    w(f"| share | | {tot['en'] * 100 // n}% | {tot['zh'] * 100 // n}% | {tot['zh-trad'] * 100 // n}% | {tot['mixed'] * 100 // n}% | |")
    w("")
    lab = Counter(l for r in recs for l in r["labels"])
    trn = sum(1 for r in recs if "template-required" in r["labels"])
    w(f"Replies expecting `template-required`: {trn}; not expecting it: {n - trn}. Replies with no label: "
      f"{sum(1 for r in recs if not r['labels'])}. Label totals: " +
      ", ".join(f"`{k}` {lab[k]}" for k in sorted(lab)) + ".")
    by_lang = defaultdict(Counter)
    for r in recs:
        for l in r["labels"] or ["(none)"]:
            by_lang[l][r["lang"]] += 1
    w("")
    w("| label | en | zh | mixed |")
    w("| --- | --- | --- | --- |")
    for l in sorted(by_lang):
        w(f"| `{l}` | {by_lang[l]['en']} | {by_lang[l]['zh']} | {by_lang[l]['mixed']} |")
    w("")
    w("Filled templates: " + f"{sum(1 for r in recs if r['tags'][0] == 'filled-template' and 'exact' in r['tags'])} exact, "
      f"{sum(1 for r in recs if r['tags'][0] == 'filled-template' and 'edited' in r['tags'])} edited (greeting, sign-off or "
      "signature changes, a short added clause, a changed list marker, hard re-wrapping, one added logistics sentence); "
      f"{sum(1 for r in recs if 'long-values' in r['tags'])} use long values.")
    w("")
    w("## Similarity sanity checks")
    w("")
    w("difflib `SequenceMatcher(autojunk=False).ratio()` on the texts with all whitespace removed, against every template "
      "rendered with the reply's own values (empty values for free-written replies). `containment` = share of a "
      "template's fixed-text shingles (10 characters for English, 5 for Chinese) found in the reply, max over templates. "
      "These only sanity-check the labels; they are not msglint's measure and it need not reproduce them.")
    w("")
    w("| group | n | measure | min | median | max | required |")
    w("| --- | --- | --- | --- | --- | --- | --- |")

    def stats(vals):
        vals = sorted(vals)
        return f"{vals[0]:.2f} | {vals[len(vals) // 2]:.2f} | {vals[-1]:.2f}"

    groups = [
        ("edited fills", [r for r in recs if r["tags"][0] == "filled-template" and "edited" in r["tags"]], "own", ">= 0.80 and own template nearest"),
        ("template-based violating (JC8)", [r for r in recs if r["tags"][0] == "violating" and r["_source"]], "own", ">= 0.80 and own template nearest"),
        ("rewritten", [r for r in recs if r["tags"][0] == "rewritten"], "best_ratio", "< 0.50"),
        ("free-non-logistics", [r for r in recs if r["tags"][0] == "free-non-logistics"], "best_ratio", "< 0.50"),
        ("mixed-logistics", [r for r in recs if r["tags"][0] == "mixed-logistics"], "best_ratio", "< 0.50"),
        ("violating with template-required", [r for r in recs if r["tags"][0] == "violating" and "template-required" in r["labels"]], "best_ratio", "< 0.50"),
        ("logistics", [r for r in recs if r["tags"][0] == "logistics"], "best_ratio", "(info)"),
        ("rewritten + free + mixed", [r for r in recs if r["tags"][0] in TR_CATS], "containment", "< 0.35"),
        ("edited fills", [r for r in recs if r["tags"][0] == "filled-template" and "edited" in r["tags"]], "containment", "(info)"),
    ]
    for name, rs, key, req in groups:
        label = {"own": "ratio to own template", "best_ratio": "ratio to nearest template", "containment": "containment"}[key]
        w(f"| {name} | {len(rs)} | {label} | {stats([sim[r['id']][key] for r in rs])} | {req} |")
    w("")
    w("Other self-checks: ids unique; placeholders balanced and well-formed in every template, none left in any reply; "
      "labels only from the four allowed names; category and labels agree; exact fills equal the rendering and every "
      "value appears in its reply; every template has at least two fills; no emoji and no triple line breaks; English "
      "replies contain no CJK; `zh` replies carry at most three stray Latin words and `mixed` replies at least five; "
      "Simplified and Traditional texts use only their own script (checked on a list of unambiguous character pairs, and "
      "with OpenCC s2t/t2s when an OpenCC package is importable); "
      "each order id and tracking number belongs to one reply; non-violating replies contain no link, domain, @, phone "
      "number, messaging app, coupon, discount, star rating or incentive wording; logistics replies never mention "
      "reviews or feedback.")
    w("")
    w("## Violating replies")
    w("")
    w("| id | lang | labels | `template-required`? | call | source | what it does |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for r in recs:
        if r["tags"][0] != "violating":
            continue
        call = re.search(r"\((JC\d+)\)", r["note"]).group(1)
        lname = r["lang"] + (" (trad.)" if "traditional" in r["tags"] else "")
        src = f"`{r['_source']}`" if r["_source"] else "free-written"
        what = r["note"].split(": ", 1)[1] if r["_source"] else r["note"]
        what = re.sub(r"\s*\(JC\d+\)", "", what)
        w(f"| {r['id']} | {lname} | " + ", ".join(f"`{l}`" for l in r["labels"]) +
          f" | {'yes' if 'template-required' in r['labels'] else 'no'} | {call} | {src} | {md_escape(what)} |")
    w("")
    w("## Judgement calls")
    w("")
    refs = defaultdict(list)
    for r in recs:
        for jc in re.findall(r"\b(JC\d+)\b", r["note"]):
            refs[jc].append(r["id"])
    for i, (jc, title, body) in enumerate(JUDGEMENT_CALLS, 1):
        tail = f" ({', '.join(refs[jc])})" if refs[jc] else ""
        w(f"{i}. **{jc}. {title}** {body}{tail}")
    w("")
    w("Near-misses deliberately placed in `[]` replies: \"at no cost to you\" and \"Return shipping is free\" (remedies, "
      "not promotions), 取消/删除/修改 in cancellation and address replies, \"refund you in full\", error codes, date codes, "
      "model codes (QB-R8P-US), warranty case ids (QW-22817) and ASIN-free product titles, none of which are coupon codes "
      "or phone numbers.")
    w("")
    w("Deliberately left out because the label would be a coin toss: a Traditional-Chinese character-for-character "
      "conversion of a Simplified template (a linter that folds scripts would call it covered), and replies that use "
      "only part of a template (half the steps) with free text around them.")
    w("")
    return "\n".join(lines)


def main():
    recs = []
    for i, r in enumerate(REPLIES, 1):
        r = dict(r)
        r["id"] = f"t39-{i:03d}"
        r["labels"] = sorted(r["labels"])
        recs.append(r)
    errs = self_check(recs)
    sim = similarity_table(recs)
    errs += sim_errors(recs, sim)
    cats = Counter(r["tags"][0] for r in recs)
    trc = sum(cats[c] for c in TR_CATS)
    for name, got in (("filled-template", cats["filled-template"]), ("logistics", cats["logistics"]),
                      ("tr", trc), ("violating", cats["violating"])):
        if abs(got - TARGETS[name]) > 3:
            errs.append(f"category {name}: {got}, target about {TARGETS[name]}")
    langs = Counter(r["lang"] for r in recs)
    if langs["en"] < 0.4 * len(recs) or langs["zh"] < 0.25 * len(recs):
        errs.append(f"language balance off: {dict(langs)}")
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    # write
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, (_, _, text) in TEMPLATES.items():
        p = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in recs:
            out = {"id": r["id"], "text": r["text"], "labels": r["labels"], "lang": r["lang"],
                   "tags": r["tags"], "note": r["note"], "context": "reply"}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(build_readme(recs, sim))
    lab = Counter(l for r in recs for l in r["labels"])
    print(f"ok: {len(TEMPLATES)} templates, {len(recs)} replies; categories {dict(cats)}; langs {dict(langs)}; labels {dict(lab)}")


if __name__ == "__main__":
    main()
