#!/usr/bin/env python3
"""Build the t14 hand-labelled test set for the `template-required` policy.

Writes library/ (approved templates) and replies.jsonl from the literals below,
validates them and prints counts.  Everything here was written by hand for this
test set; the shop (NookPaw, pet tech) and all people, order ids and tracking
numbers are fictional.

Usage:  python3 gen.py            (writes next to this file)
"""
import difflib
import json
import os
import random
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "library")
OUT = os.path.join(HERE, "replies.jsonl")

POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
LANGS = {"en", "zh", "mixed"}
PH = re.compile(r"\{\{\s*([A-Za-z0-9_]+)\s*\}\}")

# ---------------------------------------------------------------------------
# Template library (21 templates)
# ---------------------------------------------------------------------------
TEMPLATES = {}

# numbered steps; greeting and sign-off on their own lines
TEMPLATES["en/collar-app-pairing"] = """\
Hi {{buyer_name}},

Thanks for reaching out about pairing your TrailMate G3 collar. Please try these steps:

1. Charge the collar for at least 30 minutes until the light turns solid green.
2. Open the NookPaw app and sign in with the same account you registered.
3. Turn on Bluetooth and location access for the app on your phone.
4. Tap "Add device", choose TrailMate G3, and hold the collar's button for 3 seconds.
5. Keep the phone within 1 metre of the collar until the app shows "Paired".

If the app still cannot find the collar, please reply with your phone model and app version and we will look into it.

Best regards,
{{agent_name}}
NookPaw Support
"""

# bullets; greeting and sign-off inline
TEMPLATES["en/feeder-setup"] = """\
Hello {{buyer_name}}, thank you for your message about setting up the FeedWise F2 feeder. Here is a quick checklist:

- Insert three D-cell batteries as backup power, even when using the adapter.
- Lock the lid by turning it clockwise until it clicks.
- Fill the hopper with dry kibble between 3 and 12 mm; wet or oily food can jam the rotor.
- In the NookPaw app, go to Feeding Plan and add up to 6 meals per day.
- Press the manual feed button once to check that one portion drops into the bowl.

Kind regards, {{agent_name}} (NookPaw Support)
"""

# label lines
TEMPLATES["en/litter-sensor-troubleshooting"] = """\
Dear {{buyer_name}},

We are sorry the CleanLoop L1 is showing a sensor error. Please check the following:

Error shown: {{error_code}}
Step 1: Turn the unit off and unplug it for one minute.
Step 2: Wipe the two weight sensor pads under the drum with a dry cloth.
Step 3: Make sure the unit stands on a hard, level floor, not on a rug or mat.
Step 4: Fill litter only up to the MAX line on the inside of the drum.
Step 5: Plug it back in and run "Recalibrate" from the device page in the app.

If the error comes back after these steps, please let us know and we will arrange a solution for you.

Sincerely,
{{agent_name}}
"""

# a single paragraph, greeting and sign-off inline
TEMPLATES["en/warranty-info"] = """\
Hi {{buyer_name}}, thank you for asking about the warranty for your {{product}}. All NookPaw devices bought on Amazon come with an 18-month limited warranty from the delivery date, covering defects in materials and workmanship under normal use; it does not cover chewing damage, water damage beyond the stated rating, or worn-out filters and batteries. To use the warranty, simply reply in this message thread with your order number and a short description or photo of the problem, and we will handle it here through Amazon. Best regards, {{agent_name}}
"""

# one sentence per line
TEMPLATES["en/defect-replacement"] = """\
Dear {{buyer_name}},
We are very sorry that your {{product}} stopped working.
This is not the experience we want you to have.
We have arranged a free replacement for order {{order_id}} through Amazon.
You will receive a separate Amazon confirmation with the new delivery date.
There is no need to return the faulty unit.
Please let us know if there is anything else we can help with.
{{agent_name}}, NookPaw Support
"""

# hard-wrapped lines
TEMPLATES["en/defect-refund"] = """\
Hello {{buyer_name}},

We apologise that the {{product}} you received on order {{order_id}}
arrived with a defect. We have issued a full refund of {{amount}} to
your original payment method through Amazon; it usually appears within
3 to 5 business days, depending on your bank.

You do not need to send the item back. Please dispose of it or recycle
it according to your local rules for small electronics.

With apologies,
{{agent_name}}
NookPaw Support
"""

TEMPLATES["en/missing-part"] = """\
Hi {{buyer_name}},

Sorry to hear the {{missing_part}} was missing from your package. We have arranged for the missing part to be sent to you at no charge, and it should arrive by {{date}}. In the meantime, please keep the rest of the items, as everything else in the box can be used once the part arrives.

Thank you for letting us know.
{{agent_name}}
"""

TEMPLATES["en/manual-attached"] = """\
Hi {{buyer_name}},

As requested, we have attached the user manual for the {{product}} (PDF) to this message. The quick-start section is on pages 2 to 4, and the troubleshooting table is on the last page.

Best,
{{agent_name}}
"""

# neutral review request: no rating, no incentive, no condition
TEMPLATES["en/review-request-neutral"] = """\
Hello {{buyer_name}},

Thank you for your order {{order_id}} of the {{product}}. If you have a moment, would you share your experience with other customers in a review on Amazon? Every honest review, whatever it says, helps other pet owners decide.

Kind regards,
NookPaw
"""

# star bullets; sign-off with a separator
TEMPLATES["en/collar-battery-tips"] = """\
Hi {{buyer_name}},

The TrailMate G3 battery normally lasts 5 to 7 days in standard mode. A few settings make a big difference:

* Use "Home Wi-Fi zone" so the collar stops GPS updates while your dog is at home.
* Set live tracking to stop automatically after 10 minutes.
* Choose a 10-minute update interval instead of 1 minute for daily walks.
* Keep the firmware up to date from the device page in the app.

Thanks,
{{agent_name}} | NookPaw Support
"""

# --- Simplified Chinese ----------------------------------------------------
TEMPLATES["zh/feeder-app-pairing"] = """\
{{buyer_name}}您好，

感谢您的留言。FeedWise F2 喂食器连接 Wi-Fi 请按以下步骤操作：

1. 确认路由器为 2.4GHz 网络（喂食器不支持 5GHz）。
2. 打开 NookPaw App，点击“添加设备”，选择 FeedWise F2。
3. 长按喂食器背面的 SET 键 5 秒，直到指示灯快速闪烁。
4. 输入 Wi-Fi 名称和密码，等待约 1 分钟完成连接。
5. 连接成功后，可在“喂食计划”中设置每天的出粮时间。

如仍无法连接，请回复告诉我们您的路由器型号和 App 版本，我们会继续协助您。

祝好！
{{agent_name}}
NookPaw 客服
"""

TEMPLATES["zh/litter-box-usage"] = """\
{{buyer_name}}您好：

关于 CleanLoop L1 自动猫砂盆的日常使用，给您几点建议：
- 建议使用结团性好的膨润土猫砂或混合砂，不建议使用水晶砂或松木颗粒。
- 猫砂加到滚筒内侧 MAX 线即可，过多会影响称重。
- 新猫咪适应期可先关闭自动清理，改为手动清理 3 到 5 天。
- 集便仓满后 App 会提醒，请及时更换垃圾袋。
- 体重低于 1.5 公斤的幼猫请勿单独使用自动模式。

如有其他问题欢迎随时回复。
{{agent_name}}
"""

TEMPLATES["zh/defect-replacement"] = """\
{{buyer_name}}您好，
非常抱歉您收到的{{product}}出现了故障。
给您带来不便，我们深表歉意。
我们已通过亚马逊为订单{{order_id}}安排免费补发新品。
亚马逊会另行发送新的配送信息。
故障的产品无需寄回。
如有其他问题，请随时告诉我们。
{{agent_name}}
"""

TEMPLATES["zh/warranty-info"] = """\
{{buyer_name}}您好，感谢您咨询{{product}}的保修政策。在亚马逊购买的 NookPaw 设备自签收之日起享有18个月有限保修，涵盖正常使用下的材料和做工缺陷；啃咬损坏、超出防水等级的进水以及滤芯、电池等耗材的正常损耗不在保修范围内。如需保修服务，只需在本对话中回复订单号并简单描述问题或附上照片，我们会通过亚马逊为您处理。{{agent_name}}敬上
"""

# label lines
TEMPLATES["zh/missing-part"] = """\
{{buyer_name}}您好：

很抱歉您的包裹中缺少配件，我们已为您安排补发。

缺少配件：{{missing_part}}
订单号：{{order_id}}
预计送达：{{date}}

补发无需额外付费，其他配件可先保留，配件到后即可正常使用。
{{agent_name}}
NookPaw 客服
"""

TEMPLATES["zh/review-request-neutral"] = """\
{{buyer_name}}您好，感谢您购买{{product}}（订单号{{order_id}}）。如果方便的话，欢迎在亚马逊商品页面分享您的真实使用体验，无论好坏，都能帮助其他宠物主人做出选择。

NookPaw 团队
"""

TEMPLATES["zh/collar-gps-accuracy"] = """\
{{buyer_name}}您好，

定位项圈 TrailMate G3 的位置偏差通常与信号环境有关，您可以这样排查：
1）首次使用时请在室外空旷处静置 10 分钟，让项圈完成卫星定位。
2）在高楼、地下室或室内时，项圈会改用 Wi-Fi 或基站定位，误差可能在 50 到 200 米。
3）在 App 中打开“高精度模式”，更新间隔会缩短，但耗电会增加。
4）确认项圈已更新到最新固件。

如果在空旷的室外偏差仍超过 50 米，请回复告诉我们出现问题的时间，我们会进一步检查。

{{agent_name}}
"""

# --- Traditional Chinese ---------------------------------------------------
TEMPLATES["zh-tw/fountain-cleaning"] = """\
{{buyer_name}} 您好：

AquaLoop W2 寵物飲水機建議每 1 到 2 週清潔一次，步驟如下：
・拔下電源，將水箱中的水倒掉。
・取出濾芯與水泵，水泵可拆開用軟刷清洗葉輪。
・水箱與蓋子可用溫水和少量中性清潔劑清洗，請勿放入洗碗機。
・濾芯約每 4 週更換一次，使用前先用清水浸泡 5 分鐘。
・組裝後加水至 MAX 線以下，再接上電源。

若水泵聲音變大，通常是葉輪卡到毛髮，清潔後即可改善。
{{agent_name}} 敬上
"""

# hard-wrapped lines
TEMPLATES["zh-tw/defect-refund"] = """\
{{buyer_name}} 您好，

很抱歉您在訂單 {{order_id}} 收到的{{product}}有瑕疵。
我們已透過亞馬遜將 {{amount}} 全額退款至您原本的付款方式，
一般會在 3 到 5 個工作天內入帳，實際時間依銀行而定。

商品不需要寄回，請依照當地規定回收處理。

再次致歉，
{{agent_name}}
NookPaw 客服
"""

# single paragraph, greeting and sign-off inline
TEMPLATES["zh-tw/manual-attached"] = """\
{{buyer_name}} 您好，依您的要求，我們已在此訊息附上{{product}}的使用說明書（PDF）。快速安裝請見第 2 至 4 頁，常見問題排除在最後一頁。祝 順心，{{agent_name}}
"""

TEMPLATES["zh-tw/collar-app-pairing"] = """\
{{buyer_name}} 您好，

感謝您的來信。TrailMate G3 定位項圈與 App 配對請依照以下步驟：

1. 先將項圈充電至少 30 分鐘，直到指示燈恆亮綠色。
2. 開啟 NookPaw App，以註冊時的帳號登入。
3. 在手機上開啟藍牙與定位權限。
4. 點選「新增裝置」，選擇 TrailMate G3，並長按項圈按鍵 3 秒。
5. 手機與項圈保持在 1 公尺內，直到 App 顯示「已配對」。

若仍找不到項圈，請回覆您的手機型號與 App 版本，我們會協助確認。

{{agent_name}}
NookPaw 客服
"""

# ---------------------------------------------------------------------------
# Edits an agent might make to a filled template
# ---------------------------------------------------------------------------

def _is_item(line):
    return bool(re.match(r"\s*([-*・·]|\d+[.)）]|Step \d+:)\s", line))


def rewrap(text, width):
    """Re-wrap English paragraphs (and list items) to `width` columns."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(_is_item(l) for l in lines):
            block = []
            for l in lines:
                m = re.match(r"(\s*(?:[-*]|\d+\.)\s)", l)
                ind = " " * len(m.group(1)) if m else ""
                block.append(textwrap.fill(l, width, subsequent_indent=ind))
            out.append("\n".join(block))
        else:
            # keep a short closing line (sign-off / name) on its own lines
            if len(lines) > 1 and all(len(l) < 30 for l in lines):
                out.append(para)
            else:
                out.append(textwrap.fill(" ".join(lines), width))
    return "\n\n".join(out)


def unwrap(text, joiner):
    """Join hard-wrapped lines inside paragraphs (not list items or short sign-off lines)."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(_is_item(l) for l in lines) or all(len(l) < 30 for l in lines):
            out.append(para)
        else:
            out.append(joiner.join(l.strip() for l in lines))
    return "\n\n".join(out)


def apply_edits(text, edits):
    for e in edits:
        op = e[0]
        if op == "replace":
            _, old, new = e
            if old not in text:
                raise ValueError("edit target not found: %r" % old)
            text = text.replace(old, new, 1)
        elif op == "resub":
            _, pat, rep = e
            new = re.sub(pat, rep, text, flags=re.M)
            if new == text:
                raise ValueError("regex edit changed nothing: %r" % pat)
            text = new
        elif op == "rewrap":
            text = rewrap(text, e[1])
        elif op == "unwrap":
            text = unwrap(text, e[1])
        elif op == "join_body":
            # keep first and last line, join the middle lines into one paragraph
            lines = text.split("\n")
            text = lines[0] + "\n\n" + e[1].join(lines[1:-1]) + "\n\n" + lines[-1]
        elif op == "split_zh":
            text = re.sub(r"。(?!\n)", "。\n", text).rstrip("\n")
        else:
            raise ValueError("unknown edit " + op)
    return text


def fill(tid, vals):
    tpl = TEMPLATES[tid].rstrip("\n")
    names = set(PH.findall(tpl))
    if names != set(vals):
        raise ValueError("%s: placeholders %s, values %s" % (tid, sorted(names), sorted(vals)))
    return PH.sub(lambda m: vals[m.group(1)], tpl)


# ---------------------------------------------------------------------------
# filled-template (45): (template, values, edits, lang, what)
# ---------------------------------------------------------------------------
FILLED = [
    ("en/collar-app-pairing", {"buyer_name": "Sarah", "agent_name": "Lena"}, [], "en",
     "placeholders filled, no edits"),
    ("en/collar-app-pairing", {"buyer_name": "Mr. Okafor", "agent_name": "Marco"},
     [("replace", "Hi Mr. Okafor,", "Good morning Mr. Okafor,")], "en",
     "greeting changed from Hi to Good morning"),
    ("en/collar-app-pairing", {"buyer_name": "Jess", "agent_name": "Tom"},
     [("rewrap", 60)], "en", "whole message re-wrapped at 60 columns by the agent's mail client"),
    ("en/feeder-setup", {"buyer_name": "Priya", "agent_name": "Lena"}, [], "en",
     "placeholders filled, no edits"),
    ("en/feeder-setup", {"buyer_name": "Daniel", "agent_name": "Yuki"},
     [("replace", "Here is a quick checklist:", "Sorry for the bumpy start. Here is a quick checklist:")], "en",
     "added a short courtesy sentence before the checklist"),
    ("en/litter-sensor-troubleshooting", {"buyer_name": "Ms. Harper", "error_code": "E3 (weight sensor)",
                                          "agent_name": "Marco"}, [], "en", "placeholders filled, no edits"),
    ("en/litter-sensor-troubleshooting", {"buyer_name": "Jürgen", "error_code": "E5 - drum blocked",
                                          "agent_name": "Lena"},
     [("replace", "Sincerely,", "Best wishes,")], "en", "sign-off wording changed; non-ASCII buyer name"),
    ("en/litter-sensor-troubleshooting", {"buyer_name": "Kayla",
                                          "error_code": "red ring flashing three times, then a long beep",
                                          "agent_name": "Tom"}, [], "en",
     "error_code filled with a descriptive phrase instead of a code"),
    ("en/warranty-info", {"buyer_name": "Alan", "product": "TrailMate G3 GPS Collar", "agent_name": "Yuki"},
     [], "en", "placeholders filled, no edits"),
    ("en/warranty-info", {"buyer_name": "María José",
                          "product": "NookPaw CleanLoop L1 Self-Cleaning Automatic Cat Litter Box with App Control, "
                                     "Odor Removal and Safety Sensors (White, 65L)",
                          "agent_name": "Marco"},
     [("rewrap", 72)], "en", "very long product name; single paragraph hard-wrapped at 72 columns"),
    ("en/defect-replacement", {"buyer_name": "Chris", "product": "FeedWise F2 feeder",
                               "order_id": "113-4829301-5528416", "agent_name": "Lena"}, [], "en",
     "placeholders filled, no edits"),
    ("en/defect-replacement", {"buyer_name": "Ms. Nakamura", "product": "AquaLoop W2 fountain",
                               "order_id": "112-0093847-6612039", "agent_name": "Tom"},
     [("join_body", " ")], "en", "one-sentence-per-line body joined into one paragraph"),
    ("en/defect-replacement", {"buyer_name": "Ravi",
                               "product": "NookPaw TrailMate G3 GPS Dog Collar with Live Tracking, Geofence Alerts "
                                          "and IP67 Waterproof Case (Midnight Blue, Large)",
                               "order_id": "114-7720194-3301852", "agent_name": "Yuki"},
     [("replace", "Please let us know if there is anything else we can help with.",
       "Thank you for your patience while we sorted this out.\n"
       "Please let us know if there is anything else we can help with.")], "en",
     "very long product name; added a courtesy line"),
    ("en/defect-refund", {"buyer_name": "Megan", "product": "CleanLoop L1 litter box",
                          "order_id": "111-2048571-9930214", "amount": "$389.99", "agent_name": "Marco"}, [], "en",
     "placeholders filled, no edits (wrapping now uneven because values differ in length)"),
    ("en/defect-refund", {"buyer_name": "Mr. Fitzgerald",
                          "product": "FeedWise F2 Automatic Cat Feeder (4L, Wi-Fi, Stainless Steel Bowl)",
                          "order_id": "026-5581930-4472016", "amount": "£89.99", "agent_name": "Lena"},
     [("unwrap", " ")], "en", "hard-wrapped paragraphs unwrapped into long lines; UK order and pound amount"),
    ("en/missing-part", {"buyer_name": "Tanya", "missing_part": "USB-C charging clip",
                         "date": "Thursday, June 12", "agent_name": "Tom"}, [], "en",
     "placeholders filled, no edits"),
    ("en/missing-part", {"buyer_name": "Omar", "missing_part": "stainless steel bowl and bowl holder",
                         "date": "June 3", "agent_name": "Yuki"},
     [("replace", "Hi Omar,", "Hi Omar, thanks for sending the photo so quickly.")], "en",
     "courtesy clause added to the greeting line"),
    ("en/manual-attached", {"buyer_name": "Greg", "product": "AquaLoop W2 Pet Water Fountain",
                            "agent_name": "Lena"}, [], "en", "placeholders filled, no edits"),
    ("en/manual-attached", {"buyer_name": "Sofia", "product": "TrailMate G3 collar", "agent_name": "Marco"},
     [("replace", "Best,", "Best regards,"), ("replace", "\nMarco", "\nMarco\nNookPaw Support")], "en",
     "sign-off lengthened and a team line added"),
    ("en/review-request-neutral", {"buyer_name": "Hannah", "order_id": "113-6610283-0047719",
                                   "product": "FeedWise F2 Automatic Feeder"}, [], "en",
     "placeholders filled, no edits; neutral review request (allowed once per order)"),
    ("en/review-request-neutral", {"buyer_name": "Mr. Delgado", "order_id": "112-9930184-2275530",
                                   "product": "NookPaw AquaLoop W2 Cat Water Fountain 2.5L with Triple Filtration "
                                              "and Ultra-Quiet Pump"},
     [("replace", "\nNookPaw", "\nMarco at NookPaw")], "en", "long product name; agent name added to the sign-off"),
    ("en/collar-battery-tips", {"buyer_name": "Liam", "agent_name": "Tom"}, [], "en",
     "placeholders filled, no edits"),
    ("en/collar-battery-tips", {"buyer_name": "Beth", "agent_name": "Yuki"},
     [("resub", r"^\* ", "- ")], "en", "bullet markers changed from * to -"),

    ("zh/feeder-app-pairing", {"buyer_name": "王先生", "agent_name": "小林"}, [], "zh",
     "placeholders filled, no edits"),
    ("zh/feeder-app-pairing", {"buyer_name": "陈小姐", "agent_name": "阿杰"},
     [("replace", "祝好！", "祝您和猫咪生活愉快！")], "zh", "closing wish changed"),
    ("zh/feeder-app-pairing", {"buyer_name": "Emily", "agent_name": "小林"}, [], "zh",
     "Latin buyer name in a Chinese template"),
    ("zh/litter-box-usage", {"buyer_name": "李女士", "agent_name": "阿杰"}, [], "zh",
     "placeholders filled, no edits"),
    ("zh/litter-box-usage", {"buyer_name": "赵先生", "agent_name": "小林"},
     [("resub", r"^- ", "· ")], "zh", "bullet markers changed from - to ·"),
    ("zh/defect-replacement", {"buyer_name": "刘女士", "product": "FeedWise F2 智能喂食器",
                               "order_id": "113-5502918-7730145", "agent_name": "阿杰"}, [], "zh",
     "placeholders filled, no edits"),
    ("zh/defect-replacement", {"buyer_name": "Kevin",
                               "product": " NookPaw CleanLoop L1 Self-Cleaning Automatic Cat Litter Box with App "
                                          "Control (Grey) ",
                               "order_id": " 111-8830211-4409652 ", "agent_name": "小林"}, [], "mixed",
     "long English product name inside a Chinese template, values padded with spaces as agents type them"),
    ("zh/warranty-info", {"buyer_name": "周先生", "product": "TrailMate G3 定位项圈", "agent_name": "阿杰"}, [],
     "zh", "placeholders filled, no edits"),
    ("zh/warranty-info", {"buyer_name": "孙女士", "product": "AquaLoop W2 宠物饮水机", "agent_name": "小林"},
     [("split_zh", None)], "zh", "single paragraph re-broken into one sentence per line"),
    ("zh/missing-part", {"buyer_name": "吴先生", "missing_part": "USB-C 充电夹", "order_id": "113-2209384-5561027",
                         "date": "6月12日", "agent_name": "阿杰"}, [], "zh", "placeholders filled, no edits"),
    ("zh/missing-part", {"buyer_name": "郑女士", "missing_part": "不锈钢食盆和食盆托架",
                         "order_id": "112-4410937-0082635", "date": "6月5日（周四）", "agent_name": "小林"},
     [("replace", "我们已为您安排补发。", "我们已为您安排补发。给您添麻烦了。")], "zh", "added a courtesy sentence"),
    ("zh/review-request-neutral", {"buyer_name": "黄女士", "product": "CleanLoop L1 自动猫砂盆",
                                   "order_id": "114-3389102-6650471"}, [], "zh",
     "placeholders filled, no edits; neutral review request"),
    ("zh/collar-gps-accuracy", {"buyer_name": "马先生", "agent_name": "阿杰"}, [], "zh",
     "placeholders filled, no edits"),
    ("zh/collar-gps-accuracy", {"buyer_name": "何女士", "agent_name": "小林"},
     [("replace", "何女士您好，", "何女士，您好！")], "zh", "greeting punctuation changed"),

    ("zh-tw/fountain-cleaning", {"buyer_name": "林小姐", "agent_name": "美玲"}, [], "zh",
     "Traditional; placeholders filled, no edits"),
    ("zh-tw/fountain-cleaning", {"buyer_name": "張先生", "agent_name": "阿宏"},
     [("resub", r"^・", "- ")], "zh", "Traditional; bullet markers changed from ・ to -"),
    ("zh-tw/defect-refund", {"buyer_name": "黃太太", "order_id": "113-7739201-0048163",
                             "product": "FeedWise F2 自動餵食器", "amount": "US$79.99", "agent_name": "美玲"}, [],
     "zh", "Traditional; placeholders filled, no edits"),
    ("zh-tw/defect-refund", {"buyer_name": "陳先生", "order_id": "112-6650193-2871045",
                             "product": "CleanLoop L1 自動貓砂盆", "amount": "US$389.99", "agent_name": "阿宏"},
     [("unwrap", "")], "zh", "Traditional; hard-wrapped lines joined"),
    ("zh-tw/manual-attached", {"buyer_name": "吳小姐", "product": "TrailMate G3 定位項圈", "agent_name": "美玲"},
     [], "zh", "Traditional; placeholders filled, no edits"),
    ("zh-tw/manual-attached", {"buyer_name": "劉先生", "product": "AquaLoop W2 寵物飲水機", "agent_name": "阿宏"},
     [("replace", "劉先生 您好，", "劉先生 您好，\n\n"), ("replace", "祝 順心，", "\n\n祝 順心\n")], "zh",
     "Traditional; greeting and sign-off moved onto their own lines"),
    ("zh-tw/collar-app-pairing", {"buyer_name": "蔡小姐", "agent_name": "美玲"}, [], "zh",
     "Traditional; placeholders filled, no edits"),
    ("zh-tw/collar-app-pairing", {"buyer_name": "Jason", "agent_name": "阿宏"},
     [("replace", "感謝您的來信。", "感謝您的來信，也謝謝您耐心等候。")], "zh",
     "Traditional; courtesy clause added"),
]

# ---------------------------------------------------------------------------
# logistics (35): free-written, labels []
# ---------------------------------------------------------------------------
LOGISTICS = [
    ("en", "tracking status with UPS 1Z number", """\
Hi Laura,

Thanks for checking in. Order 113-2750918-6624013 left our warehouse on June 2 with UPS, tracking number 1Z8A7F640312345678. The latest scan shows it reached the Memphis hub this morning, and UPS currently expects to deliver it on Thursday, June 5.

Best regards,
Lena"""),
    ("en", "delivery delay of an Amazon-fulfilled order", """\
Hello Mr. Whitaker, I'm sorry for the wait. The FeedWise F2 on your order 112-5039184-7720615 ships from an Amazon fulfilment centre, and the stock transfer took longer than planned. Amazon now shows an estimated delivery of June 9 to 11 in Your Orders. If it has not arrived by June 11, let us know and we will ask Amazon to look into the shipment. Regards, Marco"""),
    ("en", "address correction before dispatch (street number must not look like a phone number)", """\
Hi Nicole,
Good catch on the apartment number. Your order had not left our warehouse yet, so we updated the shipping address to 2150 Alder St, Apt 4B before the label was printed. The new label is on the parcel and it will go out with today's USPS pickup.
Thanks,
Tom"""),
    ("en", "how to start a return; numbered steps in free text", """\
Hello Andrea,

You can return the fountain within the return window from Your Orders on Amazon:

1. Open Your Orders and select order 114-0384512-9917260.
2. Choose "Return or replace items" and pick the reason that fits.
3. Print the prepaid return label Amazon provides and drop the box at any UPS location.

The refund is processed as soon as the package is scanned at the returns centre.

Kind regards,
Yuki"""),
    ("en", "refund of a returned item; mentions an Amazon confirmation email (no address)", """\
Dear Mr. Huang, we received your returned feeder at our warehouse on May 28. The refund of $79.99 was issued today to your original payment method, and Amazon will send you a confirmation email. Most banks show it within 3 to 5 business days. Best regards, Lena"""),
    ("en", "customs / import fees to Canada", """\
Hi Sophie,

Your collar ships from our warehouse in the US to Canada. The import duties and taxes were calculated and collected by Amazon at checkout as the Import Fees Deposit, so the courier will not ask you for anything extra at the door. If customs does ask for a payment, please don't pay it and send us the tracking number; we will sort it out with the carrier.

Best,
Marco"""),
    ("en", "carrier pickup for a return; one sentence per line", """\
Hello Patrick,
The UPS pickup for the return of your CleanLoop L1 is booked for Tuesday, June 10, between 9 am and 5 pm.
Please seal the box and stick the return label on the largest side.
The driver will scan it and you will see the tracking update in Your Orders the same evening.
Thanks,
Tom"""),
    ("en", "marked delivered but not received", """\
Hi Erin,

I'm sorry the package hasn't turned up. UPS marked it as delivered on June 4 at 2:14 pm, left at the front door. Could you check with neighbours, your building's mail room and any side doors? Parcels are sometimes scanned a day early. If it still hasn't appeared by Friday, reply here and we will open a claim with UPS and send a new unit at no cost.

Regards,
Yuki"""),
    ("en", "split shipment with Amazon Logistics TBA number", """\
Hi Gabriel, your order came in two boxes: the fountain was delivered yesterday, and the 4-pack of replacement filters ships separately from another fulfilment centre. The filters are on the way with Amazon Logistics, tracking TBA304918273650, expected Saturday. Thanks, Lena"""),
    ("en", "cancellation done at the buyer's request", """\
Hello Ms. Park,

As you asked, we have cancelled order 113-9920471-3386150 for the second feeder. It had not shipped yet, so you will not be charged and the pending authorisation will drop off your card within a few days. Your first order is not affected and is still on schedule for delivery on Monday.

Kind regards,
Marco"""),
    ("en", "replacement shipped, USPS 22-digit tracking number (must not look like a phone number)", """\
Hi Connor,

Your replacement collar shipped today by USPS Priority Mail, tracking 9400111899223344556677. USPS estimates delivery on Wednesday. We also added a prepaid return label to your Amazon order for the original collar; please drop it off within 30 days.

Best,
Tom"""),
    ("en", "large parcel cannot go to a PO box or locker", """\
Hi Rebecca, unfortunately the CleanLoop L1 ships in a box of about 70 x 60 x 65 cm and 14 kg, so the carrier cannot deliver it to a PO box or an Amazon Locker. Could you reply here with a street address where someone can receive a large parcel? We will update the order and ship it the same day. Best regards, Yuki"""),
    ("en", "box crushed in transit, replacement through Amazon returns", """\
Hello Ahmed,

Sorry the box arrived crushed. Since the damage happened in transit, the easiest route is a replacement through Amazon: open Your Orders, choose "Return or replace items" and select "Arrived damaged". Amazon will ship a new fountain right away and give you a return label for the damaged one.

Regards,
Lena"""),
    ("en", "return window question", """\
Hi Olivia, yes, your order is still within the return window. It was delivered on June 9, so you can start a return from Your Orders until July 9. The item can be returned opened, as long as all parts are included. Thanks, Marco"""),
    ("en", "wrong colour shipped, exchange by reshipping and return label", """\
Hi Ben,

I'm sorry, our warehouse packed the grey collar instead of the blue one you ordered. We shipped the Midnight Blue collar today with FedEx, tracking 781204563390, arriving Tuesday. Please send the grey one back with the prepaid label we added to your Amazon order; there is no cost to you.

Best regards,
Yuki"""),
    ("en", "signature / hold at carrier location", """\
Hello Mrs. Kowalski, the litter box goes by FedEx Home Delivery and no signature is required, so the driver will leave it at your door. If you would rather pick it up, you can redirect it to a FedEx location with tracking number 781209934415 on the carrier's tracking page. Best, Tom"""),
    ("en", "shipping to Hawaii, pre-sale delivery time question", """\
Hi Keoni,

Yes, we can ship the feeder to Hawaii. Orders to Hawaii go by USPS Priority Mail and usually arrive 5 to 8 business days after dispatch. The delivery estimate shown at checkout already includes this.

Thanks,
Lena"""),

    ("zh", "物流查询，UPS 单号", """\
王先生您好，

您的订单 113-6650921-4403718 已于6月3日由 UPS 发出，运单号 1Z9X2E330398765432。最新物流信息显示包裹已到达芝加哥转运中心，预计本周五（6月6日）送达。

祝好，
小林"""),
    ("zh", "修改地址 (near-miss: 修改)", """\
李女士您好，收到您的留言。订单尚未出库，我们已按您提供的信息修改地址，门牌号已更新为 1208 室，新的面单已贴好，今天下午随 USPS 发出。阿杰"""),
    ("zh", "取消重复订单 (near-miss: 取消 / 删除)", """\
陈先生您好：
已按您的要求取消重复订单 112-7730145-2206981，并删除了系统中重复的发货记录。
该订单尚未扣款，预授权会在几天内自动释放。
另一笔订单不受影响，仍按原计划周一送达。
小林"""),
    ("zh", "退货流程，编号步骤", """\
赵女士您好，退货可以直接在亚马逊“我的订单”中申请：
1. 找到订单 114-2093817-5530462，点击“退货或换货”；
2. 选择退货原因后，打印亚马逊提供的预付费退货标签；
3. 把包裹送到任意 UPS 网点即可。
退货包裹被扫描后，退款会按原路退回。
阿杰"""),
    ("zh", "退货已收到，退款已退回", """\
孙先生您好，

我们已于5月30日收到您退回的饮水机，49.99 美元退款今天已原路退回您的付款方式，亚马逊会发送退款确认。一般 3 到 5 个工作日到账，具体以银行为准。

小林"""),
    ("zh", "关税/清关（加拿大）", """\
周女士您好，您的订单从美国仓库发往加拿大。进口关税和税费已在结账时由亚马逊以“进口费用押金”的形式代收，派送时快递员不会再向您收费。如果清关时被要求付款，请先不要支付，把运单号告诉我们，我们会联系承运商处理。阿杰"""),
    ("zh", "退货上门取件", """\
吴女士您好，
CleanLoop L1 退货的 UPS 上门取件已预约在6月10日（周二）上午9点到下午5点。
请封好箱子，把退货标签贴在最大的一面。
快递员扫描后，当天晚上即可在“我的订单”里看到物流更新。
小林"""),
    ("zh", "显示已签收但未收到", """\
郑先生您好，

很抱歉包裹还没找到。UPS 显示6月4日下午2:14已签收，放在前门。麻烦您先问问邻居、物业收发室或查看快递柜，有时承运商会提前扫描签收。如果到周五仍未找到，请在这里回复，我们会向 UPS 提出索赔并免费为您重新发货。

阿杰"""),
    ("zh", "分批发货，TBA 单号", """\
冯女士您好，您的订单分两个包裹发出：饮水机昨天已经送达，4 片装替换滤芯从另一个仓库单独发货，由 Amazon Logistics 承运，单号 TBA305517294861，预计周六送达。小林"""),
    ("zh", "延迟发货通知（回复中）", """\
何先生您好：

因承运商在美西的分拣中心积压，您的订单 111-4408193-7762051 预计会比原定时间晚 3 天发货，我们会在发出后第一时间更新运单号。给您带来不便，非常抱歉。

阿杰"""),
    ("zh", "补发包裹单号，USPS 22 位单号", """\
马女士您好，您的补发包裹今天已由 USPS 发出，运单号 9400111899221122334455，预计周三送达。原来的项圈请在30天内用亚马逊订单中的预付费标签寄回即可。小林"""),
    ("zh", "退货期限", """\
谢先生您好，您的订单6月9日签收，退货期到7月9日为止，期间可以直接在“我的订单”中申请退货。已拆封的商品也可以退，只要配件齐全即可。阿杰"""),
    ("zh", "运输途中压坏，通过亚马逊换货", """\
高女士您好，

很抱歉包裹在运输途中被压坏。建议直接通过亚马逊申请换货：在“我的订单”中选择“退货或换货”，原因选“到货时已损坏”，亚马逊会马上寄出新的饮水机，并提供退货标签寄回损坏的那一台。

小林"""),
    ("mixed", "bilingual refund-of-return confirmation (buyer wrote in both languages)", """\
Hi Mr. Chen, we received your returned litter box on June 2 and the refund of $389.99 has been issued to your original payment method today.
陈先生您好，您退回的猫砂盆已于6月2日收到，389.99 美元退款今天已原路退回。
Best regards / 祝好，
Tom"""),
    ("zh", "Traditional; FedEx 追蹤", """\
林先生您好，

您的訂單 113-8840219-5517306 已於 6 月 5 日由 FedEx 寄出，追蹤號碼 781203348815。目前包裹已抵達洛杉磯轉運中心，預計下週一送達。

美玲 敬上"""),
    ("zh", "Traditional; 修改地址 (near-miss: 修改)", """\
黃小姐您好，您的訂單還沒出貨，我們已依照您提供的資料修改地址，樓層已更新為 7 樓之 2，今天下午就會寄出。阿宏"""),
    ("zh", "Traditional; 退貨退款, hard-wrapped", """\
張太太您好：
我們已於 5 月 29 日收到您退回的定位項圈，
US$129.99 的退款今天已退回原付款方式，
通常 3 到 5 個工作天內入帳。
美玲"""),
    ("zh", "Traditional; 海關清關", """\
陳先生您好，

您的包裹目前在海關等待清關，承運商需要補充申報資料才能放行。DHL 應該已經寄出通知，請依照通知完成申報即可，我們這邊也會持續追蹤。清關完成後一般 2 到 3 個工作天內送達。

阿宏"""),
]

# ---------------------------------------------------------------------------
# rewritten (30): free / heavily rewritten non-logistics, labels [template-required]
# (nearest template or "none", lang, note, text)
# ---------------------------------------------------------------------------
REWRITTEN = [
    ("en/collar-app-pairing", "en", "pairing troubleshooting in the agent's own words, casual tone", """\
Hey Mark,

Sounds like the app just isn't seeing the collar. Nine times out of ten that's because Bluetooth or location permission was turned off the first time the app opened. Go into your phone's settings, find NookPaw, allow both, then try adding the collar again with it sitting right next to the phone. A completely flat collar won't show up either, so give it half an hour on the charger first.

Let me know how it goes!
Lena"""),
    ("en/feeder-setup", "en", "kibble-size advice; shares facts with the setup template but not its wording", """\
Hi Dana, thanks for the photo of the food. Those pieces look about 15 mm across, which is a bit bigger than the feeder's rotor is designed for, so they can wedge in the slot and stop a meal from dropping. A smaller kibble of the same recipe will work much better. If you want to keep this food, set the portion size to the smallest step and watch the first couple of meals. - Marco"""),
    ("en/litter-sensor-troubleshooting", "en", "sensor error diagnosed from a photo, own words", """\
Hi Tyler,

That E3 error almost always means the scale under the drum is getting confused. From your photo the unit is sitting on a bath mat; the soft surface lets it rock a little, and the sensor reads that as a cat going in and out. Move it onto the tiles, leave it switched off for a minute, then recalibrate from the app. It should settle down after that.

Cheers,
Tom"""),
    ("en/warranty-info", "en", "warranty answer tailored to the case, same facts, new wording", """\
Hi Mr. Oyelaran,

Good question. You bought the collar in March, so you're well inside our 18-month warranty. What you describe, the charging contacts not connecting, counts as a defect, so it's covered. The only things we can't cover are bite damage and batteries that have simply worn down over time. Just send a photo of the contacts here and we'll take it from there.

Yuki"""),
    ("en/defect-replacement", "en", "defect apology with replacement, rewritten informally", """\
Hi Jenna,

Ugh, I'm really sorry. A feeder that stops dispensing on day three is not okay. I've set up a replacement for you through Amazon, and you'll see the new delivery date in your order shortly. Keep the old one; there's no need to send it back.

Lena"""),
    ("en/collar-battery-tips", "en", "battery advice in own words", """\
Hi Steve, two days is definitely shorter than it should be. My guess is live tracking is being left on after walks, which keeps the GPS running at full power. Switch on the auto-stop for live tracking, and set up the home Wi-Fi zone so the collar rests while Max is inside. With those two changes most owners get close to a week. Best, Marco"""),
    ("none", "en", "pre-sale sizing advice for a large cat; no template covers it", """\
Hi Claire,

The CleanLoop L1 is comfortable for cats up to about 8 kg, and the entrance is 24 cm wide. A big Maine Coon over that weight may find it tight, and the safety sensor may stop the drum if the cat is close to the limit. For a 9 kg boy I'd honestly suggest a large open tray instead.

Best regards,
Yuki"""),
    ("none", "en", "water-quality question for the fountain", """\
Hi Paul, tap water is fine for the AquaLoop W2. The carbon filter takes care of the chlorine taste, and if your water is very hard you'll just need to descale the pump every few weeks with a bit of vinegar. Filtered or bottled water works too, but it isn't necessary. Thanks, Tom"""),
    ("en/review-request-neutral", "en", "neutral review request in the agent's own words: not inducement, but free text", """\
Hi Natalie, glad the order reached you safely. Whenever you have a minute, other dog owners would find it useful to read what you think of the collar in a review on Amazon, good or bad, it's up to you. Best, Lena"""),
    ("en/manual-attached", "en", "manual sent with extra reset instructions in own words", """\
Hi Irene,

Here's the manual you asked for, attached as a PDF. The bit you need for resetting the Wi-Fi is on page 9: hold SET for 5 seconds until the light blinks fast. The chart at the back explains the other blinking patterns too.

Marco"""),
    ("en/missing-part", "en", "missing part, own words (remedy covered by a template, so not treated as logistics)", """\
Hi Victor, sorry about that, the bowl holder should definitely have been in the box. I've asked our team to get one out to you straight away, free of course. The feeder works without it for now; the bowl just won't be locked in place. - Yuki"""),
    ("en/defect-refund", "en", "refund for a defect without return, own words (not a return refund)", """\
Hi Rachel,

I'm sorry the fountain leaked from the seam; that shouldn't happen. I've refunded the full $45.99 to you through Amazon, so you don't need to ship it back. Please recycle it with your small electronics.

Best,
Tom"""),
    ("none", "en", "offline behaviour of the feeder", """\
Hi Ian, yes, the FeedWise F2 keeps working without Wi-Fi. Once you've set the meal plan, it's stored on the feeder itself, so it will keep dispensing on schedule even if your router goes down; you just won't get notifications in the app until it reconnects. With the backup batteries in, it even runs through a power cut. Best regards, Lena"""),
    ("en/litter-sensor-troubleshooting", "en", "kitten too light for the sensor, own words", """\
Hello Mrs. Dunn,

Thank you for the details. The reason the box isn't cleaning after your kitten uses it is her weight: at 1.2 kg she is below what the sensor can detect, so the unit doesn't know she's been in. Until she is around 1.5 kg, please run the cleaning cycle by hand from the app or the top button.

Kind regards,
Marco"""),
    ("none", "en", "waterproofing question for the collar", """\
Hi Jordan, the TrailMate G3 is rated IP67, so rain, puddles and a quick dip are fine. It isn't made for regular swimming though, because long periods underwater can let water past the charging port cover. If Bailey is a lake dog, I'd take the collar off for swim sessions. Thanks, Tom"""),

    ("zh/feeder-app-pairing", "zh", "配网问题口语化解答（5G 频段）", """\
钱先生您好，看了您的截图，问题应该出在路由器上：您连的是 5G 频段的网络，喂食器只能连 2.4G。您可以在路由器后台把双频分开，或者让手机先连 2.4G 的那个 Wi-Fi，再重新添加设备就可以了。有问题再找我。小林"""),
    ("zh/litter-box-usage", "zh", "猫咪不敢用猫砂盆，自行撰写的建议", """\
许女士您好，

猫咪不敢进新猫砂盆是很常见的，不用太担心。建议您先把自动清理关掉几天，在里面放一点它原来用过的猫砂，让它熟悉味道；等它每天都正常进出了，再打开自动模式。滚筒转动的声音一开始可能会吓到它，所以前几次尽量在它不在旁边的时候手动清理。

阿杰"""),
    ("zh/defect-replacement", "zh", "故障致歉+补发，改写", """\
杨先生您好，真的很抱歉，项圈用了一周就开不了机，这确实是我们的问题。我这边已经通过亚马逊给您重新安排了一个新的，配送信息会更新在您的订单里，坏的那个您留着就好，不用寄回来。小林"""),
    ("zh/warranty-info", "zh", "保修说明，针对个案改写", """\
胡女士您好：

您的喂食器是去年12月买的，还在18个月的保修期内。出粮电机不转属于正常使用下的故障，可以保修；如果是被猫咬坏或者进水，就不在范围内了。您直接在这里发一张照片或一段小视频给我们看看，我们确认后马上帮您处理。

阿杰"""),
    ("zh/collar-gps-accuracy", "zh", "定位偏差解释，改写", """\
朱先生您好，您说的定位跳来跳去，多半是因为狗狗当时在室内。项圈在室内收不到卫星信号，会改用 Wi-Fi 和基站估算位置，偏差几百米都有可能。到了户外空旷的地方，等几分钟就会准回来。您也可以在 App 里开高精度模式，不过会更耗电。小林"""),
    ("zh/review-request-neutral", "zh", "中性邀评的自写版本：不是诱导，但不是模板", """\
林女士您好，谢谢您选择我们的饮水机。等您用一段时间后，如果愿意的话，可以在亚马逊上写写您的真实感受，好的不好的都可以，对其他养猫的朋友会很有参考价值。阿杰"""),
    ("zh/missing-part", "zh", "缺配件补寄，改写（补救措施有模板，不按物流处理）", """\
罗先生您好，

包装里漏放了充电夹，实在不好意思。我已经让仓库单独给您补寄一个，不收任何费用，大概下周二前能到。在这之前项圈其他功能都正常，只是暂时没法充电，所以建议先别把电用光。

小林"""),
    ("none", "zh", "饮水机摆放与用水建议", """\
梁女士您好，饮水机放在猫粮旁边没问题，不过建议离开三四十厘米，很多猫咪不喜欢水和食物挨得太近，而且猫粮掉进去会堵滤芯。用自来水或纯净水都可以，用纯净水的话水泵结垢会少一些。阿杰"""),
    ("none", "zh", "喂食器能否喂冻干", """\
宋先生您好，冻干可以放进喂食器，但建议选小颗粒的，大块冻干容易卡在出粮口；另外冻干比较轻，同样份数出的量会比普通猫粮少，您可以先手动出一次粮称一下，再调整份数。湿粮和罐头就不行了。小林"""),
    ("zh-tw/fountain-cleaning", "zh", "Traditional; 水泵噪音，改寫", """\
謝小姐您好，飲水機聲音突然變大，通常是水泵葉輪纏到貓毛。您可以把水泵拆下來，打開前蓋，用小刷子把葉輪周圍清乾淨，再裝回去試試。另外水位太低時也會有嗡嗡聲，記得加水到 MAX 線附近。美玲"""),
    ("zh-tw/collar-app-pairing", "zh", "Traditional; 配對問題，改寫", """\
鄭先生您好：

App 一直搜尋不到項圈，多半是手機沒有給 App 藍牙或定位權限。請到手機設定裡找到 NookPaw，把這兩個權限打開，然後把項圈放在手機旁邊重新新增一次。項圈如果完全沒電也搜不到，先充個半小時再試。

阿宏"""),
    ("zh-tw/defect-refund", "zh", "Traditional; 瑕疵退款（無需退貨），改寫", """\
蘇太太您好，真的很抱歉，餵食器的出糧口才用幾天就卡死。我已經透過亞馬遜把 US$79.99 全額退給您了，東西不用寄回，您依當地規定回收就可以。美玲"""),
    ("zh-tw/manual-attached", "zh", "Traditional; 附說明書並補充重新配對方法", """\
王先生您好，您要的說明書已經附在這則訊息裡了。重新配對的方法在第 9 頁，簡單說就是長按按鍵 10 秒，等燈號變成快閃就可以了。阿宏"""),
    ("en/feeder-setup", "mixed", "bilingual EN+ZH setup advice, free text", """\
Hi Wei, the feeder needs three D-cell batteries as backup even if you use the power adapter, and the lid has to click into place or it won't dispense.
魏先生您好，即使插着电源，也请装上三节一号电池作为备用；盖子要转到“咔”一声锁紧，否则不会出粮。
Lena"""),
    ("zh/feeder-app-pairing", "mixed", "Chinese with English iOS/router UI terms", """\
Kevin 您好，您这个情况是 iPhone 的 "Private Wi-Fi Address" 导致的。请到 Settings > Wi-Fi，点您家网络旁边的 (i)，把 Private Wi-Fi Address 关掉，然后在 NookPaw App 里重新 Add Device。Router 如果开了 "Smart Connect"，也建议暂时关掉。小林"""),
]

# ---------------------------------------------------------------------------
# mixed-logistics (15): logistics + a free non-logistics sentence or two
# ---------------------------------------------------------------------------
MIXED_LOG = [
    ("en", "out for delivery + first-use tip", """\
Hi Grace,

Your collar is out for delivery today with Amazon Logistics, tracking TBA306628190372. Once it arrives, give it a full charge before the first walk, and take it outside for a few minutes so it can get its first GPS fix.

Best,
Lena"""),
    ("en", "return label + reset suggestion", """\
Hello Mr. Reyes, I've added a prepaid return label to your Amazon order for the feeder, and you can drop the box at any UPS store. Before you pack it up, it might be worth one more try: hold the SET button for 10 seconds to reset the Wi-Fi settings, because that fixes most connection drop-outs. Regards, Marco"""),
    ("en", "carrier delay + app set-up tip", """\
Hi Amber,

Sorry, your feeder is delayed by two days at the carrier's hub; the new estimate is Friday. In the meantime you can already install the app and create your cat's feeding plan, and it will sync as soon as you add the feeder.

Thanks,
Yuki"""),
    ("en", "refund of a return + troubleshooting explanation", """\
Hi Sam, we received the returned fountain yesterday and your refund of $45.99 has been issued to your card. For what it's worth, the humming you mentioned is usually cat hair wrapped around the pump impeller, and a quick clean with a small brush makes it quiet again. Best, Tom"""),
    ("en", "address update + placement advice", """\
Hello Ms. Grant,

We've updated the delivery address to your new house, and the litter box will ship tomorrow. One tip for the new place: put it on a hard floor rather than carpet, since the weight sensor needs a firm, level surface to work properly.

Kind regards,
Lena"""),
    ("en", "customs + warranty statement", """\
Hi Lucas,

Import fees for your order were collected by Amazon at checkout, so there is nothing to pay when the parcel reaches Canada. Your collar's 18-month warranty also applies in Canada, just like in the US.

Best,
Marco"""),
    ("en", "replacement tracking + firmware advice, one sentence per line", """\
Hi Bianca,
Your replacement litter box shipped this morning with FedEx, tracking 781207715528, arriving Thursday.
When it arrives, please update the firmware in the app before the first cleaning cycle; the latest version fixes the error you saw.
Thanks,
Yuki"""),
    ("en", "return pickup + explanation of an error light", """\
Hello Mr. Torres, the UPS pickup for your return is booked for Monday between 8 am and 6 pm. About your other question: the E1 light you saw means the waste drawer was not fully closed, so it was not a fault with the unit. Best regards, Tom"""),
    ("mixed", "shipping in English + usage tip in Chinese", """\
Hi Chen, your feeder shipped today by UPS, tracking 1Z7Y4D120387654321, arriving Thursday.
收到后建议先装三节一号电池作为备用电源，再接适配器，这样停电时也能按时出粮。
Lena"""),
    ("zh", "退货标签 + 排查建议", """\
冯先生您好：

退货标签已经发到您的亚马逊订单里，打印后贴在箱子上，送到 UPS 网点即可。寄回之前您也可以再试一次：把猫砂盆底部的两个称重感应片用干布擦干净，放在硬质地面上重新校准，很多 E3 报错这样就能解决。

阿杰"""),
    ("zh", "修改地址 + 猫砂建议", """\
韩女士您好，地址已经帮您修改好了，包裹明天发出。另外关于猫砂，建议用结团好的膨润土砂，水晶砂在滚筒里容易卡住。小林"""),
    ("zh", "退货退款 + 保修说明", """\
曹先生您好，您退回的项圈我们已经收到，退款今天已原路退回。顺便说一下，您新买的这个型号同样享有18个月保修，以后有问题直接在这里联系我们就好。阿杰"""),
    ("zh", "延迟 + 滤芯使用提示", """\
邓女士您好，

因承运商延误，您的饮水机预计晚两天，周六送达，非常抱歉。到货后第一次使用前，请把滤芯放在清水里泡 5 分钟，否则前几天水里可能会有少量黑色炭粉。

小林"""),
    ("zh", "Traditional; 物流 + 濾芯浸泡", """\
黃先生您好，您的飲水機已抵達轉運中心，預計明天送達。收到後請先把濾芯用清水浸泡 5 分鐘再裝上，水泵會比較安靜。美玲"""),
    ("zh", "Traditional; 退貨取件 + App 斷線建議", """\
劉小姐您好：
UPS 將在週二到府收取退貨的項圈，請先把箱子封好。
另外您提到 App 偶爾斷線，建議到手機設定中關閉 NookPaw App 的省電限制，通常就能改善。
阿宏"""),
]

# ---------------------------------------------------------------------------
# violating (15): (labels, lang, note, text)  -- text may be a ("fill", ...) spec
# ---------------------------------------------------------------------------
VIOLATING = [
    (["review-inducement", "template-required"], "en",
     "gift card for a 5-star review with screenshot; troubleshooting is free text", """\
Hi Derek,

I'm so sorry the feeder jammed. Please clear the rotor slot with the cleaning brush and it should run smoothly again. If you then leave us a 5-star review, just send me a screenshot and we'll send you a $15 Amazon gift card as a thank-you!

Best,
Lena"""),
    (["off-platform-contact", "template-required"], "en",
     "WhatsApp number for setup help; setup help is non-logistics free text", """\
Hi Monica, setting up the collar can be fiddly the first time. If you'd like, WhatsApp me at +1 415 555 0142 and I'll walk you through it on a video call, much quicker than messages. Marco"""),
    (["marketing", "template-required"], "en",
     "new-product announcement with a discount code after a free-text tip", """\
Hi Frank,

The humming noise should stop once you clean the impeller with a small brush. PS: our new AquaLoop W3 ceramic fountain just launched - use code PAWS15 for 15% off your next order!

Tom"""),
    (["off-platform-contact"], "en",
     "purely logistics (delay) but invites e-mail contact off Amazon; no template-required because the topic is logistics", """\
Hello Ms. Lee, your parcel is held at the FedEx depot because of the storm and should move again on Monday. For faster updates, feel free to email me directly at lena.support@nookpaw-shop.com. Best, Lena"""),
    (["review-inducement", "template-required"], "en",
     "review gating: happy buyers review, unhappy buyers message first", """\
Hi Jake, great to hear the feeder is set up! If you're happy with it, please leave us a review on Amazon. If anything isn't perfect, message us first instead of posting a review so we can fix it. Yuki"""),
    (["review-inducement"], "en",
     "based on en/review-request-neutral with one word inserted (five-star); otherwise the template is intact, so only review-inducement",
     ("fill", "en/review-request-neutral",
      {"buyer_name": "Trevor", "order_id": "113-5520193-8841026", "product": "TrailMate G3 GPS Collar"},
      [("replace", "would you share your experience", "would you share your five-star experience")])),
    (["off-platform-contact", "template-required"], "en",
     "refund of a defect offered via PayPal (off-Amazon payment)", """\
Hi Brandon,

Sorry the litter box motor failed. Amazon refunds can take a while, so if you send me your PayPal email I'll refund you directly today and you can keep the unit.

Marco"""),
    (["review-inducement", "template-required"], "en",
     "asks to update a 1-star review after a refund", """\
Hi Ms. Alvarez,

We've issued a full refund for the fountain. Now that it's resolved, would you consider updating your 1-star review to reflect how we handled it?

Thanks,
Tom"""),
    (["review-inducement", "template-required"], "zh",
     "五星好评+截图返现", """\
刘先生您好，非常抱歉给您添麻烦了，新的喂食器已经给您补发。用得满意的话麻烦给个五星好评，留评后截图发给我们，返现10美元！小林"""),
    (["off-platform-contact", "template-required"], "zh",
     "加微信视频教学（配对帮助为非物流内容）", """\
何小姐您好，项圈配对的问题文字不太好说清楚，您加我微信 nookpaw_kefu88，我用视频一步一步教您。阿杰"""),
    (["marketing", "template-required"], "zh",
     "上新+优惠码", """\
蒋女士您好，滤芯每四周更换一次就可以。另外我们店铺新上了陶瓷饮水机，下单时输入优惠码 NEW20 立减20%，欢迎选购！小林"""),
    (["review-inducement"], "zh",
     "based on zh/defect-replacement with a short clause appended to one line (不要给差评); template otherwise intact, so only review-inducement",
     ("fill", "zh/defect-replacement",
      {"buyer_name": "曾先生", "product": "AquaLoop W2 宠物饮水机", "order_id": "113-0928374-6617702",
       "agent_name": "阿杰"},
      [("replace", "如有其他问题，请随时告诉我们。", "如有其他问题，请随时告诉我们，千万不要给差评。")])),
    (["review-inducement", "template-required"], "zh",
     "物流延迟 + 给差评之前请先联系我们（转移差评）", """\
唐先生您好：

因暴雪影响，您的包裹预计延迟两天送达，非常抱歉。如果对产品有任何不满意，给差评之前请先联系我们，我们一定给您解决。

阿杰"""),
    (["review-inducement", "template-required"], "zh",
     "Traditional; 退款後要求刪除評論或改成四星以上", """\
林太太您好，退款已經處理好了。問題解決了的話，能不能麻煩您把評論刪除，或改成四星以上？真的很感謝。美玲"""),
    (["off-platform-contact", "marketing", "template-required"], "zh",
     "Traditional; 已送達 + 官網連結與折扣碼（站外導購）", """\
張先生您好，您的訂單已經送達。下次可以直接到我們官網 www.nookpaw-shop.tw 購買，輸入折扣碼 TW100 再折 100 元，出貨更快喔！阿宏"""),
]


# ---------------------------------------------------------------------------
def script_counts(text):
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    return cjk, latin


def norm_tpl(t):
    return PH.sub("", t)


def best_match(text):
    best = (0.0, None)
    for tid, t in TEMPLATES.items():
        r = difflib.SequenceMatcher(None, norm_tpl(t), text, autojunk=False).ratio()
        if r > best[0]:
            best = (r, tid)
    return best


def main():
    errors = []
    # ---- library
    for tid, t in TEMPLATES.items():
        if not PH.search(t):
            errors.append("template %s has no placeholder" % tid)
        path = os.path.join(LIB, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(t)
    # remove stale templates
    for root, _, files in os.walk(LIB):
        for fn in files:
            tid = os.path.relpath(os.path.join(root, fn), LIB)[:-4].replace(os.sep, "/")
            if fn.endswith(".txt") and tid not in TEMPLATES:
                os.remove(os.path.join(root, fn))

    recs = []

    def add(cat, text, labels, lang, note):
        recs.append({"text": text, "labels": labels, "lang": lang, "tags": [cat], "note": note,
                     "context": "reply"})

    for tid, vals, edits, lang, what in FILLED:
        text = apply_edits(fill(tid, vals), edits)
        for k, v in vals.items():
            if " ".join(v.split()) not in " ".join(text.split()):
                errors.append("filled %s: value %r lost after edits" % (tid, v))
        add("filled-template", text, [], lang, "from %s; %s" % (tid, what))
    for lang, note, text in LOGISTICS:
        add("logistics", text, [], lang, note)
    for tid, lang, note, text in REWRITTEN:
        add("rewritten", text, ["template-required"], lang, "rewrites %s; %s" % (tid, note))
    for lang, note, text in MIXED_LOG:
        add("mixed-logistics", text, ["template-required"], lang, note)
    for labels, lang, note, text in VIOLATING:
        if isinstance(text, tuple):
            _, tid, vals, edits = text
            text = apply_edits(fill(tid, vals), edits)
        add("violating", text, labels, lang, note)

    # ---- validation
    for i, r in enumerate(recs):
        t = r["text"]
        where = "%s #%d (%s)" % (r["tags"][0], i, r["note"][:40])
        if "{{" in t or "}}" in t or PH.search(t):
            errors.append(where + ": unfilled placeholder")
        if not t.strip() or t != t.strip():
            errors.append(where + ": empty text or leading/trailing whitespace")
        if r["lang"] not in LANGS:
            errors.append(where + ": bad lang")
        bad = set(r["labels"]) - POLICIES
        if bad:
            errors.append(where + ": unknown labels %s" % bad)
        if len(set(r["labels"])) != len(r["labels"]):
            errors.append(where + ": duplicate labels")
        cat = r["tags"][0]
        if cat in ("filled-template", "logistics") and r["labels"]:
            errors.append(where + ": should be unlabelled")
        if cat in ("rewritten", "mixed-logistics") and r["labels"] != ["template-required"]:
            errors.append(where + ": should be [template-required]")
        if cat == "violating" and not (set(r["labels"]) - {"template-required"}):
            errors.append(where + ": violating item needs a content policy")
        if cat == "filled-template":
            m = re.match(r"from (\S+);", r["note"])
            if not m or m.group(1) not in TEMPLATES:
                errors.append(where + ": note must start with 'from <template id>;'")
        if cat == "rewritten":
            m = re.match(r"rewrites (\S+);", r["note"])
            if not m or (m.group(1) != "none" and m.group(1) not in TEMPLATES):
                errors.append(where + ": note must start with 'rewrites <template id>;'")
        cjk, latin = script_counts(t)
        if r["lang"] == "en" and cjk:
            errors.append(where + ": lang en but contains CJK")
        if r["lang"] == "zh" and cjk < latin:
            errors.append(where + ": lang zh but mostly Latin (%d/%d)" % (cjk, latin))
        if r["lang"] == "mixed" and (cjk < 15 or latin < 40):
            errors.append(where + ": lang mixed but one script is marginal (%d/%d)" % (cjk, latin))
    texts = [r["text"] for r in recs]
    if len(set(texts)) != len(texts):
        errors.append("duplicate texts")

    # ---- deterministic shuffle, ids
    random.Random(14).shuffle(recs)
    for n, r in enumerate(recs, 1):
        r["id"] = "t14-%03d" % n
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)

    keys = ["id", "text", "labels", "lang", "tags", "note", "context"]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")

    # ---- counts
    print("templates: %d  (%s)" % (len(TEMPLATES), ", ".join(
        "%s %d" % (d, sum(1 for t in TEMPLATES if t.split("/")[0] == d)) for d in ("en", "zh", "zh-tw"))))
    print("replies:   %d" % len(recs))
    print("%-16s %4s %4s %4s %4s %6s" % ("category", "en", "zh", "(tw)", "mix", "total"))
    for cat in CATEGORIES + ["ALL"]:
        rs = [r for r in recs if cat == "ALL" or r["tags"][0] == cat]
        tw = sum(1 for r in rs if r["lang"] == "zh" and ("Traditional" in r["note"] or "zh-tw/" in r["note"]))
        print("%-16s %4d %4d %4d %4d %6d" % (cat, sum(r["lang"] == "en" for r in rs),
                                             sum(r["lang"] == "zh" for r in rs), tw,
                                             sum(r["lang"] == "mixed" for r in rs), len(rs)))
    lab = {}
    for r in recs:
        for l in r["labels"]:
            lab[l] = lab.get(l, 0) + 1
    print("labels:", ", ".join("%s %d" % kv for kv in sorted(lab.items())), "| unlabelled",
          sum(1 for r in recs if not r["labels"]))

    # ---- informational: character similarity to the nearest template (difflib)
    if "--sim" in sys.argv:
        print("\nnearest-template similarity (difflib ratio, placeholders removed):")
        for cat in CATEGORIES:
            rs = [best_match(r["text"])[0] for r in recs if r["tags"][0] == cat]
            print("  %-16s min %.2f  median %.2f  max %.2f" % (cat, min(rs), sorted(rs)[len(rs) // 2], max(rs)))
        for r in recs:
            s, tid = best_match(r["text"])
            print("  %s %-16s %.2f %s" % (r["id"], r["tags"][0], s, tid))


if __name__ == "__main__":
    main()
