#!/usr/bin/env python3
"""t35: hand-labelled held-out test set for msglint's `template-required` check.

Source of truth.  `python3 gen.py` rewrites library/, replies.jsonl and
README.md next to this file, after running the self-checks; if a check fails
it prints the problems, writes nothing and exits 1.

Seller (invented): Hearthloom Kitchen, small kitchen appliances on Amazon.
Standard library only.
"""

import difflib
import json
import os
import random
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED_LABELS = ("template-required", "review-inducement", "off-platform-contact", "marketing")
ALLOWED_LANGS = ("en", "zh", "mixed")
CONTENT_LABELS = ("review-inducement", "off-platform-contact", "marketing")
PH_RE = re.compile(r"\{\{([a-z_][a-z0-9_]*)\}\}")


def T(s):
    """Triple-quoted literal -> text (drop the first and last newline)."""
    if s.startswith("\n"):
        s = s[1:]
    if s.endswith("\n"):
        s = s[:-1]
    return s


# ---------------------------------------------------------------------------
# Approved templates.  id -> (topic, text)
# ---------------------------------------------------------------------------

TEMPLATES = OrderedDict()


def tpl(tid, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = (topic, T(text))


tpl("en/air-fryer/first-use", "air fryer: plastic smell on first use (burn-off)", """
Hi {{buyer_name}},

Thank you for reaching out about your {{product}}.

A light plastic smell during the first few uses is normal: it comes from the protective coating on the heating element burning off. To clear it quickly:

1. Wash the basket and crisper plate in warm soapy water and dry them fully.
2. Put the empty basket back, set 400°F for 15 minutes and let the fryer run near an open window or under a range hood.
3. Let it cool, wipe the inside with a damp cloth and repeat once if you still notice the smell.

If the smell is still strong after the second run, or you see smoke from the back vent, please stop using the fryer and reply here so we can look into it.

Best regards,
{{agent}}
Hearthloom Kitchen Support
""")

tpl("en/air-fryer/error-e2", "air fryer troubleshooting: E2 (basket not detected)", """
Hello {{buyer_name}},

The E2 code on the display means the fryer cannot detect that the basket is fully closed, so it stops heating as a safety measure. Please try the following:

- Pull the basket out and check the rails on both sides for crumbs or baked-on oil.
- Make sure the crisper plate sits flat at the bottom and the handle is not bent.
- Slide the basket back in firmly until you hear a click.
- Unplug the fryer for 5 minutes, then plug it back in and start a new cycle.

If E2 comes back after these steps, please send us a short video of the display and the basket going in, together with your order number {{order_id}}, and we will arrange the next steps under warranty.

Kind regards,
{{agent}}
""")

tpl("en/blender/lid-interlock", "blender troubleshooting: will not start (jar/lid interlock)", """
Hi {{buyer_name}},

Sorry to hear your {{product}} is not starting. For safety, the motor only runs when both the jar and the lid are locked in place, and the ring light blinks red when one of them is not.

Please check these points:
1. Turn the jar clockwise on the base until the handle sits directly above the control dial.
2. Press the lid down until both tabs snap into the slots on the rim.
3. Line up the arrow on the lid with the arrow on the jar handle.
4. Keep the contents below the MAX line; an overfilled jar can lift the lid slightly.

Once the ring light turns solid white, the blender is ready. If it still blinks red with the jar and lid locked, please let us know and we will help further.

Thank you,
{{agent}}
""")

tpl("en/espresso/descaling", "espresso machine: how to descale with the ClearFlow kit", """
Dear {{buyer_name}},

Thank you for your question about descaling the {{product}}. Here is how to use the ClearFlow Descaling Kit:

1. Empty the drip tray and remove the portafilter.
2. Pour one bottle of descaling solution (250 ml) into the water tank and fill with fresh water up to the 1 L mark.
3. Place a large container under the group head and the steam wand.
4. Press and hold the 1-cup and 2-cup buttons together for 5 seconds until both lights flash to start the descaling cycle.
5. Halfway through, open the steam knob for 20 seconds, then close it again.
6. When the lights stop flashing, rinse the tank and run one full tank of clean water through the machine.

We recommend descaling every {{descale_interval}}, or sooner if your water is hard; the test strip in the kit shows your water hardness.

Best wishes,
{{agent}}
Hearthloom Kitchen Support
""")

tpl("en/espresso/low-pressure", "espresso troubleshooting: watery shots, low pressure", """
Hi {{buyer_name}},

Thanks for the details. When shots run fast and taste watery, and the pressure gauge stays below 8 bar, the cause is almost always the grind or the puck rather than the pump. Please try:

- A finer grind: espresso should feel like fine table salt, not sand.
- 16 to 18 g of coffee in the double basket, levelled before tamping.
- A firm, even tamp; the coffee surface should sit about 3 mm below the rim.
- Fresh beans, ideally used within four weeks of the roast date.

With these settings a double shot should take 25 to 30 seconds. If the gauge still reads below 8 bar, please reply with a photo of the gauge during extraction and we will check it further.

Best regards,
{{agent}}
""")

tpl("en/rice-cooker/water-ratio", "rice cooker usage: water lines per grain", """
Hi {{buyer_name}},

Thank you for your message about the {{product}}. Please always use the measuring cup that came with the cooker (180 ml, slightly smaller than a US cup) and fill water to the line that matches the number of cups on the inside of the inner pot:

- White rice: the WHITE scale.
- Brown rice: the BROWN scale; it needs more water and the BROWN program takes about 90 minutes.
- Sushi rice: the WHITE line, then remove about 2 tablespoons of water.
- Quinoa: one cup of quinoa to the 1.5 line on the WHITE scale, QUICK program.

Rinse the rice until the water runs almost clear, and let the cooker stay on KEEP WARM for 10 minutes after the beep before opening the lid.

Happy cooking,
{{agent}}
""")

tpl("en/warranty/claim-steps", "warranty claim: case opened, evidence needed", """
Hello {{buyer_name}},

I'm sorry the {{product}} has stopped working properly. It is covered by our 2-year limited warranty, and I have opened warranty case {{case_id}} for order {{order_id}}.

To process the claim, please reply in this message thread with:
- a photo of the rating label on the bottom of the unit, showing the serial number;
- a short description or video of the problem;
- whether you have used any non-Hearthloom parts or cleaning products with it.

Once we receive these, we will review the case within 2 business days and confirm whether a replacement part or a replacement unit is the right fix.

Kind regards,
{{agent}}
Hearthloom Kitchen Warranty Team
""")

tpl("en/warranty/claim-approved", "warranty claim approved: what will be replaced", """
Hi {{buyer_name}},

Thank you for sending the photos and video for warranty case {{case_id}}. We have reviewed them and approved your claim for the {{product}}.

We will send you a {{replacement}} at no cost. You do not need to send the faulty part back; please dispose of it according to your local electronics recycling rules.

Your warranty continues to run from the original purchase date.

Best regards,
{{agent}}
Hearthloom Kitchen Warranty Team
""")

tpl("en/apology/defect", "apology for a defective unit, ask for video and serial", """
Dear {{buyer_name}},

I am very sorry that your {{product}} from order {{order_id}} is not working as it should. This is not the experience we want anyone to have with our appliances, and thank you for taking the time to tell us.

To find out what went wrong, could you please send a short video showing the problem and a photo of the serial number label? Our technicians check every report so that we can improve our quality checks.

As soon as we hear back from you, we will suggest a fix or arrange a replacement under warranty.

With apologies,
{{agent}}
""")

tpl("en/apology/damaged-item", "apology for an item that arrived damaged, ask for photos", """
Hi {{buyer_name}},

I'm so sorry your {{product}} arrived damaged. We pack every appliance in a double box with foam corners, and we are sorry it still did not reach you in good condition.

Please do not use the appliance if the housing, glass or power cord is cracked or bent.

Could you reply with two or three photos of the damage and of the outer shipping box? This helps us find out where it happened. Once we have them, we will get this put right for you straight away.

Sincerely,
{{agent}}
Hearthloom Kitchen Support
""")

tpl("en/compatibility/accessory", "compatibility answer: which models an accessory fits", """
Hi {{buyer_name}},

Thanks for checking before you buy. The {{accessory}} is compatible with {{compatible_models}}. It does not fit {{incompatible_models}}, because the base connector on those models is a different size.

If you are not sure which model you have, the model number is printed on the rating label underneath the base, starting with HL-.

Best regards,
{{agent}}
""")

tpl("en/manual/pointer", "manual pointer: PDF on the product page, section and page", """
Hi {{buyer_name}},

You can find the full user manual for the {{product}} as a PDF on the Amazon product page: scroll down to the "Product guides and documents" section and select "User Manual (PDF)". The part you asked about is in section {{section}} on page {{page}}.

Let me know if anything there is unclear.

{{agent}}
""")

tpl("en/review/neutral-request", "neutral review request (allowed once per order)", """
Hello {{buyer_name}},

Thank you for your order {{order_id}}. We hope the {{product}} has found a good place in your kitchen.

If you have a moment, would you share your experience with it in a review on Amazon? Honest reviews help other shoppers decide whether a product is right for them.

Thank you,
{{agent}}
Hearthloom Kitchen
""")

tpl("en/short/checking", "one-line holding reply: checking with the product team", """
Hi {{buyer_name}}, thank you for the details about your {{product}}. I am checking this with our product team and will get back to you by {{reply_date}}. - {{agent}}
""")

tpl("zh/air-fryer/first-use", "空气炸锅首次使用异味", """
{{buyer_name}}，您好：

感谢您联系我们。{{product}}刚开始使用时有轻微的塑料味是正常现象，这是加热管表面的保护涂层在高温下挥发所致。建议您按以下步骤处理：

1. 用温水和洗洁精清洗炸篮和烤盘，并彻底擦干；
2. 放回空炸篮，设定200°C空烧15分钟，期间打开窗户或抽油烟机；
3. 冷却后用湿布擦拭内腔，如仍有气味可再重复一次。

如果空烧两次后气味仍然很重，或机身后部出风口冒烟，请立即停止使用并在此回复我们，我们会继续为您处理。

祝好！
{{agent}}
Hearthloom 厨房电器客服
""")

tpl("zh/espresso/descaling", "意式咖啡机除垢步骤", """
{{buyer_name}}您好，

关于{{product}}的除垢，请参考以下步骤使用 ClearFlow 除垢套装：

第一步：倒空接水盘，取下手柄；
第二步：将一瓶除垢液（250毫升）倒入水箱，再加清水至1升刻度线；
第三步：在冲煮头和蒸汽棒下方放一个大容器；
第四步：同时按住单杯键和双杯键5秒，两个指示灯闪烁即开始除垢；
第五步：进行到一半时，打开蒸汽旋钮20秒后关闭；
第六步：指示灯停止闪烁后，冲洗水箱，并用一整箱清水再运行一次。

建议每{{descale_interval}}除垢一次；如果当地水质较硬，请适当缩短间隔，套装中的试纸可以检测水的硬度。

{{agent}}
Hearthloom 客服团队
""")

tpl("zh/warranty/claim-steps", "保修申请：已建工单，需要的资料", """
{{buyer_name}}，您好！

很抱歉{{product}}出现了故障。该产品享有两年有限保修，我们已为订单{{order_id}}建立保修工单{{case_id}}。

为了尽快处理，请直接在本消息中回复以下资料：
一、机身底部铭牌的照片（需能看清序列号）；
二、故障情况的文字说明或短视频；
三、是否使用过非 Hearthloom 的配件或清洁剂。

收到资料后，我们会在2个工作日内完成审核，并告知您更换配件还是更换整机。

{{agent}}
Hearthloom 保修服务组
""")

tpl("zh/blender/not-starting", "破壁机无法启动（杯体/杯盖未锁紧）", """
{{buyer_name}}您好，

很抱歉您的{{product}}无法启动。出于安全设计，只有杯体和杯盖都锁紧时电机才会运转，未锁紧时指示灯会闪红灯。请依次检查：

1. 将杯体放上底座后顺时针旋转，直到把手正对旋钮；
2. 向下按压杯盖，直到两侧卡扣卡入杯口；
3. 杯盖上的箭头要对准杯体把手上的箭头；
4. 食材不要超过最高水位线（MAX），装得过满会把杯盖顶起。

指示灯变成白色常亮即可正常使用。如果杯体和杯盖都已锁紧仍闪红灯，请告诉我们，我们会进一步协助您。

谢谢！
{{agent}}
""")

tpl("zh/review/neutral-request", "中性邀评（每个订单一次）", """
{{buyer_name}}，您好！

感谢您的订单{{order_id}}，希望{{product}}能给您的厨房带来便利。

如果您方便的话，欢迎在亚马逊商品页面分享您的真实使用体验。您的评价能帮助其他买家判断这款产品是否适合自己。

谢谢！
{{agent}}
Hearthloom 厨房电器
""")

tpl("zh/apology/damaged-item", "到货损坏致歉，请买家拍照", """
{{buyer_name}}您好：

非常抱歉您收到的{{product}}有损坏。我们的每台电器都使用双层纸箱和泡沫护角包装，仍然没能完好送到您手中，真的很抱歉。

如果机身、玻璃部件或电源线有裂痕或弯折，请不要通电使用。

麻烦您在此回复两三张损坏部位和外包装箱的照片，方便我们确认问题出在哪个环节。收到照片后，我们会立即为您妥善处理。

{{agent}}
Hearthloom 客服
""")

tpl("zh-tw/rice-cooker/water-ratio", "電子鍋水量與米種（繁體）", """
{{buyer_name}} 您好：

感謝您詢問{{product}}的使用方式。請務必使用隨機附贈的量米杯（180毫升，比美制量杯略小），並依照內鍋內側的刻度加水：

・白米：看「白米」刻度。
・糙米：看「糙米」刻度，水量較多，糙米行程約需90分鐘。
・壽司米：加到白米刻度後，再舀出約2大匙水。
・藜麥：一杯藜麥加水到白米1.5刻度，選擇「快煮」。

洗米至水接近清澈即可；煮好提示音響起後，請保溫燜10分鐘再開蓋。

祝您料理愉快！
{{agent}}
""")

tpl("zh-tw/manual/pointer", "說明書位置：商品頁 PDF（繁體）", """
{{buyer_name}} 您好，

{{product}}的完整使用說明書可在亞馬遜商品頁面下載：請往下捲動到「產品指南和文件」區塊，點選「使用說明書（PDF）」。您詢問的內容在第{{page}}頁的「{{section}}」章節。

如有任何不清楚的地方，歡迎再與我們聯繫。

{{agent}}
""")

tpl("zh-tw/apology/defect", "產品瑕疵致歉，請提供影片與序號（繁體）", """
{{buyer_name}} 您好：

非常抱歉，您訂單{{order_id}}中的{{product}}無法正常運作，造成您的不便，我們深感歉意，也謝謝您特地告訴我們。

為了找出問題原因，能否請您拍攝一段顯示故障情形的短影片，並附上機身序號標籤的照片？我們的技術人員會仔細檢查每一筆回報，以改善品管流程。

收到您的回覆後，我們會盡快提供解決方法，或依保固為您安排更換。

再次致歉，
{{agent}}
""")

tpl("bilingual/compatibility/descaling-kit", "descaling kit compatibility, English then Simplified Chinese", """
Hi {{buyer_name}},

The ClearFlow Descaling Kit works with all Hearthloom espresso machines, including the {{product}}. Each bottle is enough for one descaling cycle, so one kit covers two cycles.

{{buyer_name}}您好，ClearFlow 除垢套装适用于所有 Hearthloom 意式咖啡机，包括{{product}}。每瓶除垢液可完成一次除垢，一套可使用两次。

{{agent}}
""")

tpl("bilingual/air-fryer/basket-care", "air fryer basket care, English then Simplified Chinese", """
Hi {{buyer_name}},

To keep the nonstick coating of your {{product}} basket in good shape, please wash it by hand with a soft sponge, avoid metal tongs and abrasive pads, and never spray oil directly onto the empty hot basket.

{{buyer_name}}您好，为了保护{{product}}炸篮的不粘涂层，请用软海绵手洗，避免使用金属夹子和钢丝球，也不要在空的高温炸篮上直接喷油。

{{agent}}
""")


# ---------------------------------------------------------------------------
# Helpers for the replies
# ---------------------------------------------------------------------------

PROBLEMS = []
REPLIES = []


def render(tid, vals):
    text = TEMPLATES[tid][1]
    names = set(PH_RE.findall(text))
    if names != set(vals):
        PROBLEMS.append("render %s: values %s != placeholders %s" % (tid, sorted(vals), sorted(names)))
    return PH_RE.sub(lambda m: vals.get(m.group(1), m.group(0)), text)


def edit(text, *pairs):
    """Apply exact replacements; each `old` must occur exactly once."""
    for old, new in pairs:
        n = text.count(old)
        if n != 1:
            PROBLEMS.append("edit: %r occurs %d times" % (old[:50], n))
        text = text.replace(old, new, 1)
    return text


def add(cat, lang, text, labels, tags, note, src=None, vals=None, kind=None):
    REPLIES.append({
        "cat": cat, "lang": lang, "text": text, "labels": list(labels),
        "tags": [cat] + list(tags), "note": note, "src": src, "vals": vals, "kind": kind,
    })


def filled(lang, tid, vals, kind, tags, note, text=None, labels=(), cat="filled-template"):
    """A reply built on template `tid`. kind: exact | edited | plus-logistics |
    plus-violation | plus-free | script-converted."""
    if text is None:
        text = render(tid, vals)
    add(cat, lang, text, labels, tags, "%s: %s" % (tid, note), src=tid, vals=vals, kind=kind)


TR = ["traditional"]
EN_AGENTS = ("Marisol Quintero", "Theo Vandermeer", "Nadia Okonkwo-Hale", "Gideon Pratt")

# ---------------------------------------------------------------------------
# A. Filled templates (expected: no template-required)
# ---------------------------------------------------------------------------

# -- exact fills --
v = dict(buyer_name="Rosalind", product="CrispWell 6 Qt Air Fryer", agent="Marisol Quintero")
filled("en", "en/air-fryer/first-use", v, "exact", ["exact", "air-fryer"], "exact fill")

v = dict(buyer_name="Mr. Abernathy", order_id="113-5820467-3019945", agent="Theo Vandermeer")
filled("en", "en/air-fryer/error-e2", v, "exact", ["exact", "air-fryer"], "exact fill")

v = dict(buyer_name="Joaquín",
         product="Hearthloom PulseMax 1400W Professional Countertop Blender with 64 oz BPA-Free Tritan Jar, "
                 "6 Speeds, Pulse, Self-Clean Program and Tamper (HL-BL14, Graphite)",
         agent="Nadia Okonkwo-Hale")
filled("en", "en/blender/lid-interlock", v, "exact", ["exact", "long-values", "blender"],
       "exact fill with the full 150+ character listing title in the product slot (JC12)")

v = dict(buyer_name="Ms. Thornbury", product="Barista Lune espresso machine", descale_interval="8 weeks",
         agent="Gideon Pratt")
filled("en", "en/espresso/descaling", v, "exact", ["exact", "espresso"], "exact fill")

v = dict(buyer_name="Callisto", agent="Marisol Quintero")
filled("en", "en/espresso/low-pressure", v, "exact", ["exact", "espresso"], "exact fill")

v = dict(buyer_name="Hannelore", product="Grainhouse IH 10-Cup Induction Rice Cooker", agent="Theo Vandermeer")
filled("en", "en/rice-cooker/water-ratio", v, "exact", ["exact", "rice-cooker"], "exact fill")

v = dict(buyer_name="Dr. Anneliese Whitcombe-Oyelaran",
         product="Barista Lune 15-Bar Espresso Machine with Milk Frother (HL-EM15)",
         case_id="HW-2025-118407",
         order_id="111-9038214-6620487 (placed as a gift by Mr. Tobias Whitcombe-Oyelaran)",
         agent="Nadia Okonkwo-Hale")
filled("en", "en/warranty/claim-steps", v, "exact", ["exact", "long-values", "warranty"],
       "exact fill; the order-id slot carries a long parenthetical, the case id is not a discount code (JC12, JC13)")

v = dict(buyer_name="Ignatius", case_id="HW-2025-120931", product="Barista Lune 15-Bar Espresso Machine",
         replacement="replacement portafilter handle and a new steam wand tip, packed together in one parcel",
         agent="Gideon Pratt")
filled("en", "en/warranty/claim-approved", v, "exact", ["exact", "long-values", "warranty", "near-miss"],
       "exact fill; 'at no cost' is a warranty remedy, not a promotion (JC13)")

v = dict(buyer_name="Mrs. Falkenrath", product="PulseMini Personal Blender", order_id="112-4471093-8852016",
         agent="Theo Vandermeer")
filled("en", "en/apology/defect", v, "exact", ["exact", "blender"], "exact fill")

v = dict(buyer_name="Benedikt", product="Grainhouse 6-Cup Rice Cooker", agent="Marisol Quintero")
filled("en", "en/apology/damaged-item", v, "exact", ["exact", "rice-cooker"], "exact fill")

v = dict(buyer_name="Yolanda",
         accessory="PulseMini 20 oz travel cup with flip lid",
         compatible_models="the PulseMini HL-PB06 and the PulseMini Plus HL-PB08 personal blenders",
         incompatible_models="the full-size PulseMax HL-BL14 or the older BlendGo HL-PB03",
         agent="Nadia Okonkwo-Hale")
filled("en", "en/compatibility/accessory", v, "exact", ["exact", "long-values", "blender", "near-miss"],
       "exact fill; model numbers like HL-PB06 are not phone numbers or codes (JC13)")

v = dict(buyer_name="Percival", product="Barista Lune espresso machine", section="6.2 Cleaning the steam wand",
         page="18", agent="Gideon Pratt")
filled("en", "en/manual/pointer", v, "exact", ["exact", "espresso"], "exact fill")

v = dict(buyer_name="Odalys", order_id="114-7702518-2946630", product="CrispWell Duo 9 Qt air fryer",
         agent="Marisol Quintero")
filled("en", "en/review/neutral-request", v, "exact", ["exact", "review-request", "air-fryer"],
       "exact fill of the neutral review request (allowed; no ledger, so the one-per-order limit is not in play)")

v = dict(buyer_name="Lorcan", product="Grainhouse IH rice cooker", reply_date="Thursday, 14 August",
         agent="Theo Vandermeer")
filled("en", "en/short/checking", v, "exact", ["exact", "short", "rice-cooker"], "exact fill of the one-line template (JC14)")

v = dict(buyer_name="陈婉清", product="CrispWell 6升空气炸锅", agent="宋雨霏")
filled("zh", "zh/air-fryer/first-use", v, "exact", ["exact", "air-fryer"], "exact fill")

v = dict(buyer_name="周先生", product="Barista Lune 意式咖啡机（HL-EM15）", descale_interval="两个月", agent="韩嘉铭")
filled("zh", "zh/espresso/descaling", v, "exact", ["exact", "espresso"], "exact fill")

v = dict(buyer_name="Gao Yiran", product="PulseMax 破壁机", order_id="113-2290476-7315820",
         case_id="HW-2025-119264", agent="罗思远")
filled("zh", "zh/warranty/claim-steps", v, "exact", ["exact", "warranty", "blender"],
       "exact fill; a pinyin buyer name in a Chinese template")

v = dict(buyer_name="刘女士", product="PulseMax 1400W 破壁料理机（64盎司杯体，石墨灰）", agent="宋雨霏")
filled("zh", "zh/blender/not-starting", v, "exact", ["exact", "blender"], "exact fill")

v = dict(buyer_name="许嘉禾", order_id="111-6608135-4079251", product="Grainhouse 6杯电饭煲", agent="韩嘉铭")
filled("zh", "zh/review/neutral-request", v, "exact", ["exact", "review-request", "rice-cooker"],
       "exact fill of the neutral review request")

v = dict(buyer_name="孟先生", product="CrispWell Duo 双篮空气炸锅", agent="罗思远")
filled("zh", "zh/apology/damaged-item", v, "exact", ["exact", "air-fryer"], "exact fill")

v = dict(buyer_name="黃怡君", product="Grainhouse IH 十人份電子鍋", agent="鄭雅婷")
filled("zh", "zh-tw/rice-cooker/water-ratio", v, "exact", TR + ["exact", "rice-cooker"], "exact fill")

v = dict(buyer_name="蔡先生", product="Barista Lune 義式咖啡機", page="22", section="除垢與保養", agent="林柏翰")
filled("zh", "zh-tw/manual/pointer", v, "exact", TR + ["exact", "espresso"], "exact fill")

v = dict(buyer_name="吳小姐", order_id="112-9150362-1184407", product="PulseMini 隨行果汁機", agent="鄭雅婷")
filled("zh", "zh-tw/apology/defect", v, "exact", TR + ["exact", "blender"], "exact fill")

v = dict(buyer_name="Wenjun", product="Barista Lune (HL-EM15)", agent="Iris Zhou")
filled("mixed", "bilingual/compatibility/descaling-kit", v, "exact", ["exact", "bilingual", "espresso"],
       "exact fill of the bilingual template (JC12)")

v = dict(buyer_name="Meiling", product="CrispWell Duo", agent="Iris Zhou")
filled("mixed", "bilingual/air-fryer/basket-care", v, "exact", ["exact", "bilingual", "air-fryer"],
       "exact fill of the bilingual template (JC12)")

# -- greeting / sign-off added --
v = dict(buyer_name="Saoirse", accessory="64 oz replacement jar with blade assembly",
         compatible_models="the PulseMax HL-BL14 and PulseMax Pro HL-BL16",
         incompatible_models="the PulseMini personal blenders", agent="Gideon Pratt")
t = edit(render("en/compatibility/accessory", v),
         ("Hi Saoirse,\n\n", "Hi Saoirse,\n\nI hope your week is going well!\n\n"),
         ("Best regards,\nGideon Pratt", "Thanks again for your patience, and best regards,\nGideon Pratt\nHearthloom Kitchen Customer Care"))
filled("en", "en/compatibility/accessory", v, "edited", ["greeting-added", "blender"],
       "fill with a friendly opening line and a longer sign-off", text=t)

v = dict(buyer_name="Mr. Delacroix-Mbeki", product="Barista Lune espresso machine", reply_date="Monday, 1 September",
         agent="Theo")
t = render("en/short/checking", v) + "\n\nThanks for bearing with us.\n\nTheo Vandermeer\nHearthloom Kitchen Customer Care"
filled("en", "en/short/checking", v, "edited", ["greeting-added", "short", "espresso"],
       "one-line template followed by a thank-you line and a signature block (JC14)", text=t)

v = dict(buyer_name="Priyanka", product="CrispWell Duo air fryer", agent="Marisol Quintero")
t = edit(render("en/apology/damaged-item", v),
         ("Hi Priyanka,\n\n", "Hi Priyanka,\n\nThank you for letting us know so quickly, and for the photo of the label.\n\n"))
filled("en", "en/apology/damaged-item", v, "edited",
       ["greeting-added", "air-fryer"], "fill with a thank-you line added after the greeting", text=t)

v = dict(buyer_name="Ezinne", product="Grainhouse 6-Cup Rice Cooker", agent="Nadia Okonkwo-Hale")
t = edit(render("en/rice-cooker/water-ratio", v),
         ("Hi Ezinne,\n\n", "Hi Ezinne,\n\nThanks for your patience over the weekend.\n\n"),
         ("Happy cooking,\nNadia Okonkwo-Hale", "Happy cooking, and have a lovely evening,\nNadia Okonkwo-Hale\nHearthloom Kitchen Support"))
filled("en", "en/rice-cooker/water-ratio", v, "edited", ["greeting-added", "rice-cooker"],
       "fill with an added opening line and a longer sign-off", text=t)

v = dict(buyer_name="王立新", product="PulseMax 破壁机", agent="韩嘉铭")
t = edit(render("zh/blender/not-starting", v),
         ("王立新您好，\n\n", "王立新您好，\n\n感谢您的耐心等待。\n\n"),
         ("谢谢！\n韩嘉铭", "谢谢！祝您生活愉快！\n韩嘉铭\nHearthloom 客服中心"))
filled("zh", "zh/blender/not-starting", v, "edited", ["greeting-added", "blender"],
       "fill with an added thank-you line and a longer sign-off", text=t)

v = dict(buyer_name="張志豪", order_id="113-8046617-2290358", product="Barista Lune 義式咖啡機", agent="林柏翰")
t = edit(render("zh-tw/apology/defect", v),
         ("再次致歉，\n林柏翰", "再次致歉，祝 平安順心\n林柏翰\nHearthloom 客服部"))
filled("zh", "zh-tw/apology/defect", v, "edited", TR + ["greeting-added", "espresso"],
       "fill with a traditional closing formula and a department line", text=t)

# -- lightly edited --
v = dict(buyer_name="Ms. Vukovic", order_id="111-2756049-9913382", agent="Gideon Pratt")
t = edit(render("en/air-fryer/error-e2", v),
         ("Please try the following:", "Could you try the following?"),
         ("- Unplug the fryer for 5 minutes, then plug it back in and start a new cycle.\n",
          "- Unplug the fryer for a few minutes, then plug it in again and start a new cycle.\n"),
         ("Kind regards,", "Many thanks,"))
filled("en", "en/air-fryer/error-e2", v, "edited", ["edited", "air-fryer"], "three small wording changes", text=t)

v = dict(buyer_name="Anselm", product="Barista Lune", descale_interval="two months", agent="Marisol")
t = edit(render("en/espresso/descaling", v),
         ("up to the 1 L mark", "up to the 1 litre mark"),
         ("Best wishes,\nMarisol\nHearthloom Kitchen Support", "All the best,\nMarisol"))
filled("en", "en/espresso/descaling", v, "edited", ["edited", "espresso"], "unit spelled out, shorter sign-off", text=t)

v = dict(buyer_name="Thaddeus", product="CrispWell Duo air fryer", case_id="HW-2025-121758",
         order_id="112-6183920-4457016", agent="Theo Vandermeer")
t = edit(render("en/warranty/claim-steps", v),
         ("I'm sorry the", "I am really sorry the"),
         ("within 2 business days", "within two business days"),
         ("with it.\n", "with it (for example a third-party basket liner).\n"))
filled("en", "en/warranty/claim-steps", v, "edited", ["edited", "warranty", "air-fryer"],
       "small wording changes and an example added in a bullet", text=t)

v = dict(buyer_name="Rafaela", order_id="114-9027361-3385142", product="PulseMax blender", agent="Nadia Okonkwo-Hale")
t = edit(render("en/review/neutral-request", v),
         ("We hope the PulseMax blender has found a good place in your kitchen.",
          "We hope you are enjoying the PulseMax blender."))
filled("en", "en/review/neutral-request", v, "edited", ["edited", "review-request", "blender"],
       "one sentence reworded; still neutral", text=t)

v = dict(buyer_name="Cosima", product="Grainhouse IH 10-Cup Induction Rice Cooker", section="4.3 Timer and delayed start",
         page="11", agent="Gideon Pratt")
t = edit(render("en/manual/pointer", v),
         ('select "User Manual (PDF)".', 'select "User Manual (PDF)" (it sits just below the customer questions).'))
filled("en", "en/manual/pointer", v, "edited", ["edited", "rice-cooker"], "a location hint added in brackets", text=t)

v = dict(buyer_name="Bartholomew", product="CrispWell 6 Qt Air Fryer", agent="Theo Vandermeer")
t = edit(render("en/air-fryer/first-use", v),
         ("set 400°F for 15 minutes", "set 200°C (400°F) for 15 minutes"),
         ("repeat once if you still notice the smell", "repeat this once more if you still notice the smell"))
filled("en", "en/air-fryer/first-use", v, "edited", ["edited", "air-fryer"], "Celsius added, small rewording", text=t)

v = dict(buyer_name="Fenella", product="PulseMini Plus personal blender", order_id="113-4921803-6670125",
         agent="Marisol Quintero")
t = edit(render("en/apology/defect", v),
         ("This is not the experience we want anyone to have with our appliances, and thank you for taking the time to tell us.",
          "That is not the experience we want for anyone, and thank you for telling us."))
filled("en", "en/apology/defect", v, "edited", ["edited", "blender"], "one sentence shortened", text=t)

v = dict(buyer_name="唐先生", product="Barista Lune 咖啡机", descale_interval="六到八周", agent="罗思远")
t = edit(render("zh/espresso/descaling", v),
         ("建议每六到八周除垢一次", "一般建议每六到八周除垢一次"),
         ("罗思远\nHearthloom 客服团队", "罗思远"))
filled("zh", "zh/espresso/descaling", v, "edited", ["edited", "espresso"], "one word added, team line dropped", text=t)

v = dict(buyer_name="林晓雯", product="Grainhouse IH 电饭煲", order_id="112-3307841-9624058",
         case_id="HW-2025-122046", agent="宋雨霏")
t = edit(render("zh/warranty/claim-steps", v),
         ("很抱歉Grainhouse", "非常抱歉Grainhouse"),
         ("为了尽快处理", "为了尽快为您处理"))
filled("zh", "zh/warranty/claim-steps", v, "edited", ["edited", "warranty", "rice-cooker"], "two small wording changes", text=t)

v = dict(buyer_name="鄧先生", product="Grainhouse 六人份電子鍋", agent="林柏翰")
t = edit(render("zh-tw/rice-cooker/water-ratio", v),
         ("・藜麥：一杯藜麥加水到白米1.5刻度，選擇「快煮」。\n", ""))
filled("zh", "zh-tw/rice-cooker/water-ratio", v, "edited", TR + ["edited", "rice-cooker"],
       "one bullet (quinoa) dropped", text=t)

v = dict(buyer_name="杨帆", product="Barista Lune 意式咖啡机", agent="韩嘉铭")
t = edit(render("zh/apology/damaged-item", v),
         ("真的很抱歉。", "我们深感抱歉。"),
         ("收到照片后，我们会立即为您妥善处理。", "收到照片后，我们会第一时间为您妥善处理。"))
filled("zh", "zh/apology/damaged-item", v, "edited", ["edited", "espresso"], "two phrases reworded", text=t)

v = dict(buyer_name="Tomasz", order_id="111-5582046-7730194", product="CrispWell 6 Qt Air Fryer", agent="Gideon Pratt")
t = edit(render("en/review/neutral-request", v),
         ("Honest reviews help other shoppers decide whether a product is right for them.",
          "Honest reviews, whatever they say, help other shoppers decide whether a product is right for them."))
filled("en", "en/review/neutral-request", v, "edited", ["edited", "review-request", "air-fryer"],
       "a balancing phrase inserted; still neutral", text=t)

# -- whitespace / punctuation changes --
v = dict(buyer_name="Leopold", product="PulseMax blender", agent="Nadia Okonkwo-Hale")
t = render("en/blender/lid-interlock", v).replace("\n\n", "\n").replace("points:\n", "points: ")
filled("en", "en/blender/lid-interlock", v, "edited", ["whitespace", "blender"],
       "blank lines removed and the list pulled up after the colon (JC12)", text=t)

v = dict(buyer_name="Ariadne", agent="Theo Vandermeer")
t = re.sub(r"\s+", " ", render("en/espresso/low-pressure", v).replace("\n- ", "\n• ")).strip()
filled("en", "en/espresso/low-pressure", v, "edited", ["whitespace", "espresso"],
       "whole message on one line, hyphen bullets turned into bullet characters (JC12)", text=t)

v = dict(buyer_name="郑女士", product="CrispWell Duo 空气炸锅", agent="宋雨霏")
t = render("zh/air-fryer/first-use", v)
for a, b in (("，", ", "), ("：", ": "), ("；", "; "), ("。", ". "), ("！", "! ")):
    t = t.replace(a, b)
t = re.sub(r" +\n", "\n", t)
filled("zh", "zh/air-fryer/first-use", v, "edited", ["whitespace", "air-fryer"],
       "full-width punctuation typed as half-width with spaces (JC12)", text=t)

v = dict(buyer_name="許先生", product="CrispWell 六公升氣炸鍋", page="9", section="清潔與保養", agent="鄭雅婷")
t = render("zh-tw/manual/pointer", v).replace("「", "“").replace("」", "”").replace("\n\n如有", "如有")
filled("zh", "zh-tw/manual/pointer", v, "edited", TR + ["whitespace", "air-fryer"],
       "corner brackets replaced by curly quotes, two paragraphs merged", text=t)

v = dict(buyer_name="Evangeline", product="Grainhouse 6-Cup Rice Cooker", order_id="114-6210458-3378019",
         agent="Marisol Quintero")
t = render("en/apology/defect", v).replace(". ", ".  ").replace("\n", "  \n")
filled("en", "en/apology/defect", v, "edited", ["whitespace", "rice-cooker"],
       "two spaces after each full stop and trailing spaces on every line", text=t)

v = dict(buyer_name="Haoran", product="Barista Lune", agent="Iris Zhou")
t = render("bilingual/compatibility/descaling-kit", v).replace("\n\n", "\n")
filled("mixed", "bilingual/compatibility/descaling-kit", v, "edited", ["whitespace", "bilingual", "espresso"],
       "blank lines removed (JC12)", text=t)

# -- template plus a logistics sentence (the extra part is logistics) --
v = dict(buyer_name="Ottoline", product="Grainhouse IH 10-Cup Induction Rice Cooker", agent="Nadia Okonkwo-Hale")
t = render("en/apology/damaged-item", v) .replace(
    "Sincerely,", "So you are not left waiting, a replacement cooker already left our warehouse this morning with UPS "
                  "(tracking 1Z9V31E40382716654) and should reach you by Friday.\n\nSincerely,")
filled("en", "en/apology/damaged-item", v, "plus-logistics", ["plus-logistics", "rice-cooker", "replacement"],
       "fill plus one sentence about the replacement shipment and its tracking number (JC3)", text=t)

v = dict(buyer_name="Cormac", case_id="HW-2025-123580", product="CrispWell Duo air fryer",
         replacement="replacement basket and crisper plate", agent="Gideon Pratt")
t = edit(render("en/warranty/claim-approved", v),
         ("Your warranty continues", "The parts will ship from our New Jersey warehouse tomorrow, and I will send you the "
                                     "tracking number as soon as the label is created.\n\nYour warranty continues"))
filled("en", "en/warranty/claim-approved", v, "plus-logistics", ["plus-logistics", "warranty", "air-fryer"],
       "fill plus a shipping-date and tracking promise (JC3)", text=t)

v = dict(buyer_name="何先生", product="Barista Lune 意式咖啡机", order_id="113-7419285-0562831",
         case_id="HW-2025-124117", agent="罗思远")
t = edit(render("zh/warranty/claim-steps", v),
         ("\n\n罗思远", "\n\n另外，您同一订单中的 ClearFlow 除垢套装已于今天单独发出，物流单号为 9400 1118 9922 3407 6615 28，预计3到5天送达。\n\n罗思远"))
filled("zh", "zh/warranty/claim-steps", v, "plus-logistics", ["plus-logistics", "warranty", "espresso"],
       "fill plus a note that another item of the order shipped separately (JC3)", text=t)

v = dict(buyer_name="曾小姐", order_id="114-0938527-6614280", product="CrispWell Duo 雙籃氣炸鍋", agent="鄭雅婷")
t = edit(render("zh-tw/apology/defect", v),
         ("\n\n再次致歉，", "\n\n另外，您申請的退貨已經核准，退貨標籤可以在亞馬遜「您的訂單」頁面列印，寄回後約3到5個工作天完成退款。\n\n再次致歉，"))
filled("zh", "zh-tw/apology/defect", v, "plus-logistics", TR + ["plus-logistics", "air-fryer", "return"],
       "fill plus the return-label and refund-timing sentence (JC3)", text=t)

# -- script-converted copy of a Simplified template (JC9) --
v = dict(buyer_name="邱先生", product="PulseMax 破壁機", agent="林柏翰")
t = T("""
邱先生您好，

很抱歉您的PulseMax 破壁機無法啟動。出於安全設計，只有杯體和杯蓋都鎖緊時電機才會運轉，未鎖緊時指示燈會閃紅燈。請依次檢查：

1. 將杯體放上底座後順時針旋轉，直到把手正對旋鈕；
2. 向下按壓杯蓋，直到兩側卡扣卡入杯口；
3. 杯蓋上的箭頭要對準杯體把手上的箭頭；
4. 食材不要超過最高水位線（MAX），裝得過滿會把杯蓋頂起。

指示燈變成白色常亮即可正常使用。如果杯體和杯蓋都已鎖緊仍閃紅燈，請告訴我們，我們會進一步協助您。

謝謝！
林柏翰
""")
filled("zh", "zh/blender/not-starting", v, "script-converted", TR + ["script-converted", "blender"],
       "the Simplified template written character for character in Traditional script (JC9)", text=t)

# ---------------------------------------------------------------------------
# B. Free-written logistics replies (expected: [])
# ---------------------------------------------------------------------------

def logi(lang, text, tags, note):
    add("logistics", lang, T(text), [], tags, note)


logi("en", """
Hi Corinne,

Thanks for checking in. Your CrispWell air fryer left our warehouse yesterday afternoon with UPS. The tracking number is 1Z8F62W10391847726, and UPS currently shows delivery on Tuesday, 19 August. You can follow it at any time from Your Orders on Amazon.

Best,
Gideon
""", ["tracking"], "shipped, tracking number and estimated delivery date")

logi("en", """
Dear Mr. Okafor,

Thank you for your patience, and please accept our sincere apologies for the delay with order 112-7730461-2085917. The Barista Lune machines in our Reno warehouse sold out faster than we expected, and the next pallet was checked in only this morning. Your machine is now at the front of the packing queue and will be handed to FedEx by Wednesday evening at the latest.

Once it is on its way, Amazon will update the delivery estimate in Your Orders automatically, and I will also write to you here with the tracking number. If the new date does not work for you, just reply and we can cancel the order before it ships so that you are not charged.

Again, I am very sorry for the wait and for not letting you know sooner.

Warm regards,
Marisol Quintero
Customer Care Lead
Hearthloom Kitchen
""", ["delay", "long", "signature"], "long, polite delay apology with a cancel option and a signature block")

logi("en", """
Hello Maximilian,

I'm sorry to hear the parcel shows as delivered but you haven't received it. Carriers sometimes mark a package as delivered a day early, or leave it with a neighbour, at a side door or in a building's mail room. Could you check those places first? If it still hasn't turned up by Thursday evening, please reply here and we will either send a new blender right away or arrange a full refund of the order, whichever you prefer.

Kind regards,
Nadia
""", ["not-received"], "delivered-but-not-received: where to look, replacement or refund of the order")

logi("en", """
Hi Genevieve,

Good news: the order had not been handed to the carrier yet, so I have updated the shipping address on order 113-0416289-7753102 to 4418 Larkspur Court, Apt 2B, Boise, ID 83706. Everything else on the order stays the same, and the delivery estimate is unchanged.

Thanks,
Theo
""", ["address"], "address changed before dispatch")

logi("en", """
Hi Rupert,

As you asked, we have cancelled order 111-3952708-6648215 before it shipped. Amazon will refund the full amount to your original payment method, which usually shows on your statement within 3 to 5 business days.

Regards,
Gideon Pratt
""", ["cancellation"], "order cancelled on the buyer's request")

logi("en", """
Hi Lucinda,

Of course, here is how to send the blender back:

1. Go to Your Orders on Amazon and find the PulseMax order.
2. Choose "Return or replace items" and pick the reason that fits best.
3. Amazon will give you a prepaid UPS label; you can drop the parcel at any UPS Store or UPS Access Point.

Please pack the jar, lid and tamper together with the base, in the original box if you still have it. The refund is issued as soon as the parcel is scanned at our returns centre.

Best wishes,
Marisol
""", ["return", "steps"], "step-by-step return instructions")

logi("en", """
Hi Dashiell,

We received your returned Grainhouse rice cooker on Monday and processed the refund of $89.99 today. Depending on your bank it should appear on your card within 3 to 5 business days. There is nothing else you need to do.

Thank you,
Theo Vandermeer
Hearthloom Kitchen
""", ["refund", "return"], "refund of a received return")

logi("en", """
Hello Aurélie,

Your order ships from our warehouse in the United States. For deliveries to Canada, Amazon collects the estimated import duties and taxes at checkout (the "Import Fees Deposit" line on your order summary), so the courier should not ask you for any money at the door. If they do, please don't pay them; reply here with a photo of the notice and we will sort it out with the carrier.

Best regards,
Nadia Okonkwo-Hale
""", ["customs"], "import fees to Canada collected at checkout")

logi("en", """
Hi Florian,

Just so you are not surprised: your order contains two items from two different warehouses, so they are travelling separately. The espresso machine arrived yesterday, and the ClearFlow Descaling Kit is on its way with Amazon Logistics under tracking TBA306619284410, expected on Saturday.

Cheers,
Gideon
""", ["split-shipment", "tracking"], "split shipment explained")

logi("en", """
Dear Mrs. Halvorsen,

Thank you for the photos, and I am so sorry the box reached you crushed. We have shipped a brand-new CrispWell Duo to you today by FedEx, tracking 779820461153, and it should arrive within two business days. You do not need to send the damaged one back.

With kind regards,
Marisol Quintero
Hearthloom Kitchen Customer Care
""", ["replacement", "damaged-in-transit", "near-miss"],
     "replacement shipment for a unit damaged in transit (JC8); FedEx tracking digits are not a phone number (JC13)")

logi("en", """
Hi Ingrid,

You are right, we sent the 6-cup Grainhouse instead of the 10-cup model you ordered, and I apologise for the mix-up. The correct 10-cup cooker was shipped this morning and should reach you by Thursday. For the 6-cup one, a prepaid return label is now available in Your Orders; please send it back within 30 days once the right cooker has arrived.

Best,
Theo
""", ["wrong-item", "replacement", "return"], "wrong item: correct one shipped, return label for the wrong one")

logi("en", """
Hi Sebastián,

Unfortunately the espresso machine's box (about 17 x 14 x 13 inches, 19 lb) is too large for an Amazon Hub Locker, so the carrier will not be able to deliver it there. Could you change the delivery address on the order to a home or work address? You can do that in Your Orders until the item ships, which is planned for tomorrow at noon.

Thank you,
Nadia
""", ["delivery", "locker"], "parcel too large for a locker; asks for another delivery address")

logi("en", """
Hi Paloma, thanks for asking. We are not able to upgrade the shipping speed once an order has been placed, but your air fryer is already packed and the current delivery estimate is this Thursday. - Gideon
""", ["delivery", "short"], "short: no shipping upgrade after ordering")

logi("en", """
Hello Mr. Ferreira-Lund,

I have some frustrating news: UPS has confirmed that your parcel (order 114-8861203-0295574) was lost in transit at their Louisville hub. I am very sorry. We have filed a claim with UPS, and rather than make you wait for the outcome, we shipped a new blender to you this afternoon with two-day delivery at our expense. The new tracking number is 1Z2X58A60297731048.

If the original parcel does turn up after all, simply refuse it or leave it unopened and we will arrange a collection.

Kind regards,
Marisol Quintero
Hearthloom Kitchen
""", ["lost", "replacement", "tracking", "long"], "lost parcel: carrier claim and a replacement shipment")

logi("en", """
Hi Winifred,

Your order was delivered on 3 September, so your return window stays open until 3 October. If you decide to return the rice cooker, you can start it from Your Orders any time before then and Amazon will provide the label.

All the best,
Theo
""", ["return", "return-window"], "return window date")

logi("en", """
Hi Lazarus,

The address on your order is a PO Box, which UPS cannot deliver to, so we have switched the shipment to USPS Priority Mail. It went out this morning with tracking 9405 5036 9930 0418 2277 61, and the new estimate is Monday.

Thanks for your patience,
Nadia
""", ["delivery", "po-box", "tracking"], "carrier switched for a PO Box address")

logi("en", """
Hi Marguerite,

Yes, we can do that. I have marked order 112-2648730-5517649 as a gift, so the packing slip inside the box will show no prices, and a gift receipt will be included for your sister in case she would like to exchange it.

Warmly,
Gideon Pratt
""", ["gift", "packing-slip"], "gift receipt and price-free packing slip")

logi("en", """
Hi Anders,

Yes, you can still return the blender even though you have used it a few times; it is well within the 30-day return window. Please rinse and dry the jar, put all the parts back in the box, and start the return from Your Orders. You will receive the full refund once the parcel reaches our returns centre.

Best regards,
Marisol
""", ["return"], "return of a used item within the window")

logi("en", """
Good news, Mr. Ashworth: the tracking now shows your package is out for delivery today. Regards, Theo (Hearthloom Kitchen)
""", ["tracking", "short"], "one-line tracking update")

logi("en", """
Hi Beatrix,

Because the order total is over $250, the carrier needs a signature on delivery. If nobody is home, the driver will leave a notice and try again the next business day; after a third attempt the parcel is held at the nearest UPS Access Point for five days, and you can collect it there with a photo ID.

Best wishes,
Nadia Okonkwo-Hale
Hearthloom Kitchen Customer Care
""", ["delivery", "signature-required"], "signature on delivery, redelivery attempts")

logi("en", """
Dear Ms. Papadakis,

Thank you very much for your kind and detailed message, and for letting us know that you will be travelling between the 12th and the 26th. I completely understand that you would rather not have an espresso machine sitting on your doorstep for two weeks.

I have placed a hold on order 113-5027719-8843160 so it will not be shipped until Monday the 25th, and it should then arrive on the 27th or 28th, after you are back. If your plans change and you would like it sooner, or later, just send me a line here and I will adjust the ship date again. Nothing will be charged to your card until the parcel ships.

Wishing you safe travels,
Nadia Okonkwo-Hale
Senior Customer Care Associate
Hearthloom Kitchen
""", ["delivery", "long", "signature"], "long polite reply scheduling a later ship date")

logi("zh", """
唐女士您好，

您的空气炸锅已于昨天下午由 UPS 发出，物流单号是 1Z4D70K20384459216，目前显示预计8月22日（周五）送达。您也可以随时在亚马逊“您的订单”页面查看物流进度。

谢谢！
宋雨霏
""", ["tracking"], "已发货、物流单号和预计送达日期")

logi("zh", """
尊敬的冯先生：

您好！非常抱歉让您久等了。您订购的 Barista Lune 咖啡机（订单号 111-0857326-4419083）因为仓库补货延迟，未能按原计划发出。新一批货已于今天上午入库，您的订单会排在最前面，最迟周三晚上交给 FedEx 承运。

发货后亚马逊会自动更新预计送达时间，我们也会在这里把物流单号告诉您。如果新的时间不合适，请直接回复，我们可以在发货前为您取消订单，不会产生任何费用。

再次为给您带来的不便表示歉意，感谢您的理解与耐心！

韩嘉铭
Hearthloom 客服中心
""", ["delay", "long", "signature"], "长篇礼貌的延迟发货致歉")

logi("zh", """
吕先生您好，订单还没有交给快递公司，我们已经把收货地址修改为：加利福尼亚州圣何塞市 Meridian 大道 2750 号 14 室，邮编 95125。其他信息不变，预计送达时间也不受影响。

罗思远
""", ["address"], "发货前修改收货地址")

logi("zh", """
蒋小姐您好：

退货流程如下：
1. 在亚马逊“您的订单”中找到这笔破壁机订单；
2. 点击“退货或更换商品”，选择退货原因；
3. 系统会生成预付费的 UPS 退货标签，打印后贴在包裹上，送到任意 UPS 网点即可。

请把杯体、杯盖和搅拌棒与主机一起放回包装盒。包裹在退货中心扫描后，亚马逊会为您退款。

宋雨霏
""", ["return", "steps"], "退货步骤")

logi("zh", """
苏先生，您好！我们周一已经收到您退回的电饭煲，今天已为您办理退款 89.99 美元，一般3到5个工作日内会退回到您的原付款方式。您不需要再做任何操作。谢谢！

韩嘉铭
""", ["refund", "return"], "退货已收到，退款已处理")

logi("zh", """
程女士您好，

很抱歉包裹显示已签收但您还没有收到。快递员有时会提前一天标记送达，或者把包裹放在邻居家、侧门或楼里的收发室。麻烦您先帮忙找一下；如果到周四晚上还没找到，请在这里回复我们，我们会马上为您补发一台，或者为您办理全额退款，您可以任选其一。

罗思远
Hearthloom 客服
""", ["not-received"], "显示签收未收到：建议查找，补发或退款")

logi("zh", """
于先生您好：

您的订单从美国仓库发出。寄往新加坡的订单，进口关税和消费税已由亚马逊在下单时预收（订单明细中的“进口费用押金”），所以快递员不应该再向您收取费用。如果对方要求付款，请先不要支付，把通知单拍照发给我们，我们会与承运商核实处理。

宋雨霏
""", ["customs"], "寄往新加坡的进口税费已在下单时预收")

logi("zh", """
钱先生您好，

非常抱歉外箱在运输途中被压坏了。我们今天已经为您补发一台全新的 CrispWell 空气炸锅，使用 FedEx 两日达，物流单号 779834015502。损坏的那台不用寄回。

韩嘉铭
Hearthloom 客服中心
""", ["replacement", "damaged-in-transit"], "外箱运输中压坏，已补发 (JC8)")

logi("zh", """
葉先生您好：

您的電子鍋已經在今天上午由 UPS 寄出，追蹤號碼是 1Z6H08C90371125843，預計下週二送達。您也可以在亞馬遜「您的訂單」頁面隨時查看配送進度。

林柏翰
""", TR + ["tracking"], "已出貨與追蹤號碼（繁體）")

logi("zh", """
莊小姐您好，

我們已經在週一收到您退回的果汁機，並在今天完成退款 64.99 美元。依照各家銀行的作業時間，款項大約3到5個工作天會回到您的原付款方式。

謝謝您，
鄭雅婷
Hearthloom 客服部
""", TR + ["refund", "return"], "退貨已收到、退款完成（繁體）")

logi("zh", """
賴先生您好，因為訂單尚未交給物流公司，我們已將收件地址更改為您提供的新地址（華盛頓州貝爾維尤市 NE 8th Street 1520 號 305 室，郵遞區號 98004），預計送達日期不變。

鄭雅婷
""", TR + ["address"], "出貨前更改地址（繁體）")

logi("zh", """
簡小姐您好：

已依照您的要求，在出貨前取消訂單 114-2075938-6603418。亞馬遜會將全額退回您的原付款方式，通常3到5個工作天內會入帳。

如還有其他需要，歡迎隨時回覆。
林柏翰
""", TR + ["cancellation"], "出貨前取消訂單（繁體）")

logi("zh", """
洪先生您好：

您的訂單內有兩件商品，分別從不同倉庫出貨，所以會分兩個包裹寄送。義式咖啡機已經在昨天送達，ClearFlow 除垢組則由亞馬遜物流配送，追蹤號碼 TBA307714509921，預計週六送達。

鄭雅婷
""", TR + ["split-shipment", "tracking"], "分批出貨（繁體）")

logi("mixed", """
Hi Jiahui,

Your Grainhouse rice cooker shipped today with UPS, tracking 1Z0R44T70315592087, and should arrive on Wednesday.

佳慧您好，您的电饭煲今天已由 UPS 发出，物流单号 1Z0R44T70315592087，预计周三送达。

Iris Zhou
""", ["bilingual", "tracking"], "bilingual tracking reply, English then Chinese")

logi("mixed", """
Kevin 您好，您的 order 已经 shipped 了，tracking number 是 TBA308825610374，预计 Friday 送达。如果到时候还没收到，直接在这里 message 我们就可以。

宋雨霏
""", ["code-switched", "tracking"], "code-switched Chinese with English words")

logi("mixed", """
Hi Ruolan,

To return the blender, please go to Your Orders, choose "Return or replace items" and print the prepaid UPS label. The refund is issued once the parcel is scanned at our returns centre.

若兰您好，如需退货，请在“您的订单”中选择“退货或更换商品”，打印预付费的 UPS 退货标签。包裹在退货中心扫描后即会为您退款。

Iris Zhou
""", ["bilingual", "return", "steps"], "bilingual return instructions")

# ---------------------------------------------------------------------------
# C. Free-written non-logistics replies and heavy rewrites (template-required)
# ---------------------------------------------------------------------------

def free(lang, text, tags, note, cat="free-written"):
    add(cat, lang, T(text), ["template-required"], tags, note)


def rewrite(lang, tid, text, tags, note):
    add("rewritten", lang, T(text), ["template-required"], tags, "%s: %s" % (tid, note), src=tid)


rewrite("en", "en/air-fryer/first-use", """
Hey Wendell, no need to worry about that smell! Pretty much every new air fryer does it for the first couple of runs. There's a thin factory coating on the heater that cooks off. Honestly the quickest fix is to just run the thing empty on high for a quarter of an hour with the kitchen window open, then give the inside a wipe once it's cool. By the third or fourth batch of fries you won't notice anything. If you ever see actual smoke coming out the back, though, unplug it and tell me. Marisol
""", ["air-fryer", "heavy-rewrite"], "same advice in the agent's own casual words")

rewrite("en", "en/air-fryer/error-e2", """
Hi Priscilla,

That E2 message is the fryer's way of saying it thinks the drawer is open. Nine times out of ten it's a bit of crust or dried grease on the runners, which stops the drawer from going the last few millimetres, so give the runners a scrub with a soft brush and warm water. Also check that the plate at the bottom is lying flat; if it tilts, the drawer won't seat. Then push it in with a bit of force until it clicks. A short power-off (pull the plug, wait a few minutes) resets the sensor too.

Still seeing E2 after all that? Send me a clip of what happens and I'll take it from there.

Theo
""", ["air-fryer", "heavy-rewrite", "troubleshooting"], "troubleshooting steps retold as prose")

free("en", """
Hi Magnus,

Yes, the Grainhouse does steel-cut oats very well. Use the PORRIDGE program and about 1 part oats to 3.5 parts water (or half water, half milk for something creamier), with a pinch of salt. Keep the total below the 3 line on the porridge scale, because oats foam up as they cook and can bubble out of the steam vent if the pot is too full. It takes roughly 50 minutes, and you can set the timer the night before so it is ready when you wake up.

Enjoy,
Nadia
""", ["rice-cooker", "usage-tip"], "usage tip: steel-cut oats in the rice cooker")

free("en", """
Hello Cordelia,

Water dripping from around the portafilter during a shot usually means it is not sealing against the group head. Two things to check: first, wipe the rim of the basket before you lock it in, because even a few grounds on the edge will break the seal. Second, look at the rubber gasket inside the group head; if it has coffee oil built up on it, scrub it with the small brush from the descaling kit. Lock the handle firmly to the right, past the point where it first catches.

If the leak continues after that, the gasket may be worn, and we can look at it under warranty.

Best,
Gideon
""", ["espresso", "troubleshooting"], "troubleshooting: leak around the portafilter")

free("en", """
Hi Reuben,

For a family of five I would honestly go with the CrispWell Duo rather than the 6 Qt. The two baskets mean you can do chicken in one and vegetables in the other and have them finish at the same time, and the total capacity is about 50 percent larger. The 6 Qt is great for two or three people, but you would probably end up cooking in batches. The one downside of the Duo is the footprint, so measure your counter space first (it is about 16 inches wide).

Hope that helps with the decision,
Marisol
""", ["air-fryer", "product-opinion"], "product opinion: which model for a family")

free("en", """
Dear Ms. Achterberg,

Yes, the warranty stays with the product, not with the person who bought it. Since your son ordered the espresso machine for you as a gift, you are fully covered for two years from his order date; you don't need to register anything, and if you ever need to make a claim, just message us from this thread and we will look up the order.

Kind regards,
Nadia Okonkwo-Hale
""", ["espresso", "warranty"], "warranty answer written freely: gift recipients are covered")

free("en", """
Hi Jethro,

I'm sorry about the jar. Our warranty covers faults in materials and workmanship, so a crack that appears on its own, or a blade assembly that stops turning, would be covered. A jar that cracked after falling onto a tiled floor is accidental damage, though, which the warranty does not include. I know that's not what you were hoping to hear.

Best regards,
Theo
""", ["blender", "warranty"], "warranty answer written freely: accidental damage not covered")

free("en", """
Hi Mrs. Lindqvist,

The PulseMax sold on the US store is built for 120 V / 60 Hz. A simple plug adapter is not enough for use in the UK: the 230 V supply would burn out the motor within seconds. You would need a step-down transformer rated for at least 2,000 W, and even then we can't recommend it, because the motor speed is tuned to 60 Hz and will run slower and hotter on 50 Hz.

Sorry I couldn't give you better news,
Gideon
""", ["blender", "compatibility", "voltage"], "compatibility: US blender used abroad (product compatibility, not customs; JC10)")

free("en", """
Hello Tobias,

The ClearFlow solution is citric-acid based and safe for most espresso machines with stainless-steel or aluminium boilers, so it will work in your Breville. Use it at the same dilution as for our machines (one bottle topped up to 1 litre). The only thing to check is your machine's own descaling program, since every brand runs its cycle a little differently.

Cheers,
Marisol
""", ["espresso", "compatibility"], "compatibility: descaling kit in another brand's machine")

rewrite("en", "en/manual/pointer", """
Hi Philippa, the manual is online as well as in the box. Open the air fryer listing on Amazon and keep scrolling; near the bottom there's an area with downloadable documents, and the user manual is one of them. The bit about the shake reminder is around page 14. Nadia
""", ["air-fryer", "heavy-rewrite", "manual"], "manual pointer rewritten loosely, no section name given")

free("en", """
Hi Esperanza,

Now that the rice cooker has been in your kitchen for a few weeks, we would really like to hear what you think of it. If you have a spare minute, an honest review on the product page, good or bad, helps other people work out whether it suits them.

Many thanks,
Theo
""", ["rice-cooker", "review-request"], "free-written neutral review request: not logistics, no template match (JC6)")

free("en", """
You're very welcome, Harriet! Enjoy the new blender. Nadia
""", ["blender", "thanks-only", "short"], "thanks-only reply (JC7)")

free("en", """
Hi Montgomery,

A hot smell from the base after a long run with nut butter is the motor working very hard. Thick mixtures don't circulate on their own, so the blades spin in an air pocket and the motor heats up. Use the tamper to keep pushing the mix into the blades, add a tablespoon of oil if it's very stiff, and run it in 30-second bursts. If the motor stops completely, the thermal cut-out has tripped: unplug it and let it cool for about 30 minutes and it will start again.

Best,
Gideon
""", ["blender", "troubleshooting"], "troubleshooting: motor smell with thick mixes")

free("en", """
Hello Rosamund,

Rice catching on the bottom usually comes from too much surface starch or slightly too little water. Rinse the rice three or four times until the water is nearly clear, make sure you're using the cup that came with the cooker rather than a standard US cup, and leave the lid closed for ten minutes after it beeps. Also avoid metal spoons in the pot, because scratches in the coating make sticking worse over time.

Warm regards,
Marisol Quintero
""", ["rice-cooker", "troubleshooting"], "troubleshooting: rice sticking to the bottom")

free("en", """
Hi Augustin,

For frozen fries, 380°F for about 15 minutes works best in the CrispWell; pull the basket out and shake it at the halfway mark. Don't fill the basket more than halfway, otherwise the air can't circulate and the fries steam instead of crisping. A light mist of oil helps with colour, but frozen fries usually have enough oil on them already.

Enjoy!
Theo
""", ["air-fryer", "usage-tip"], "cooking tip: frozen fries")

free("en", """
Dear Gwendolyn,

I'm really sorry that the milk frother on your espresso machine gave up after only a week. That is disappointing, especially with a new machine. From your description it sounds as if the steam wand tip may be blocked with dried milk. Could you unscrew the tip and soak it in hot water for ten minutes, then clear the small hole with the pin from the accessory bag? If steam still won't come through after that, we'll treat it as a fault and sort out a replacement part for you.

With apologies,
Gideon Pratt
""", ["espresso", "apology", "troubleshooting"], "free-written defect apology with a troubleshooting step (JC8)")

rewrite("en", "en/short/checking", """
Hi Isadora,

Thanks so much for sending the video of your espresso machine. I have passed it on to one of our technicians, who will take a proper look at the pump noise, and you'll hear back from me tomorrow afternoon.

Speak soon,
Marisol
""", ["espresso", "heavy-rewrite", "short"], "holding reply about a product issue, written freely (JC14)")

free("en", """
Hi Leander,

The descale light on the Barista Lune is on a counter, not a sensor: it comes on after about 80 litres of water have gone through the machine, whatever your water hardness is. If you descaled a week ago and it is already on again, the counter probably wasn't reset at the end of the cycle. Hold the steam button and the 2-cup button together for three seconds with the machine on standby; the light blinks twice and goes out. From then on it counts from zero.

Best wishes,
Nadia
""", ["espresso", "troubleshooting", "descaling"], "troubleshooting: descale light stays on")

rewrite("zh", "zh/air-fryer/first-use", """
白女士您好！新锅刚用时有点塑料味真的不用担心，基本每台新空气炸锅都会这样，是加热管上那层出厂保护膜在高温下散掉了。最省事的办法：开窗通风，空锅高温转个一刻钟，凉了以后拿湿抹布擦一擦里面。一般炸过三四次薯条就闻不到了。不过要是看到后面冒烟，就先拔掉电源，跟我们说一声。宋雨霏
""", ["air-fryer", "heavy-rewrite"], "同一内容的口语化改写")

free("zh", """
黎先生您好，

PulseMax 可以打冰块，也可以做冰沙。建议先在杯里放少量液体（大约半杯水、果汁或牛奶），再放冰块，用“脉冲”键一下一下地打，每次两三秒，冰块碎了以后再切到高速。冰块总量不要超过杯体一半。不建议完全不加液体空打冰块，刀片容易空转，对电机也不好。

韩嘉铭
""", ["blender", "usage-tip"], "使用建议：打冰块")

free("zh", """
邵女士您好：

用 Grainhouse 电饭煲煮粥很方便。请选择“煮粥”程序，米和水的比例大约 1:8（喜欢稠一点可以 1:6），用随机附带的量杯量米。总量不要超过内胆上的“粥”刻度线，否则沸腾时容易从排气孔溢出来。大约需要70分钟，也可以用预约功能前一晚设定好。

宋雨霏
""", ["rice-cooker", "usage-tip", "other-language-template"],
     "rice-cooker usage in Simplified Chinese; the water-ratio template exists only in en and zh-tw (JC9)")

free("zh", """
万先生您好，

萃取时水流很快、咖啡很稀，压力表又到不了8巴，问题一般不在水泵，而在研磨和粉饼。您可以试试：把豆子磨得更细一些（手感像细盐）；双份粉碗放16到18克粉，先抹平再压粉；压粉要用力均匀；尽量用烘焙四周以内的新鲜豆子。调整好后，双份浓缩大约25到30秒萃取完。如果压力还是上不去，请拍一张萃取时压力表的照片发给我们。

罗思远
""", ["espresso", "troubleshooting", "other-language-template"],
     "Chinese translation of en/espresso/low-pressure, which has no Chinese version (JC9)")

free("zh", """
车女士，您好！

保修期从亚马逊订单显示的送达日期开始计算，为期两年。申请保修不需要纸质发票，我们可以直接通过订单号查到购买记录。如果是朋友送的礼物，也同样在保修范围内，您只需要请送礼的朋友提供订单号即可。

韩嘉铭
""", ["warranty"], "自由作答的保修问题")

free("zh", """
柯先生您好，

如果家里经常是四口人以上一起吃饭，我个人更推荐双篮的 CrispWell Duo：两个炸篮可以一边烤鸡翅一边烤蔬菜，还能设定同时完成，总容量也大了一半左右。单篮的6升款更适合一到三个人，体积小一些。唯一要注意的是 Duo 比较宽，大约40厘米，买之前最好量一下台面。

罗思远
""", ["air-fryer", "product-opinion"], "产品意见：单篮还是双篮")

free("zh", """
华女士您好：

电饭煲已经用了一段时间了，不知道您觉得怎么样？如果您有空，欢迎在亚马逊写下真实的使用感受，不管是优点还是不足，都能给其他买家做参考。

宋雨霏
""", ["rice-cooker", "review-request"], "自由撰写的中性邀评，不是模板 (JC6)")

free("zh", """
詹女士您好，

打奶泡有几个小技巧：牛奶要用冰箱里刚拿出来的冷牛奶，全脂奶最容易打出细腻的奶泡；奶缸装到三分之一左右即可。先把蒸汽棒放掉一两秒冷凝水，再把喷头刚好没入奶面下方一点点，听到“嘶嘶”声时慢慢往下放，让奶在缸里旋转起来。奶缸摸起来烫手（约60到65度）就可以关掉蒸汽了。用完记得马上用湿布擦干净蒸汽棒，并再放一下蒸汽。

韩嘉铭
""", ["espresso", "usage-tip"], "使用技巧：打奶泡")

rewrite("zh", "zh-tw/rice-cooker/water-ratio", """
溫小姐您好！

煮飯的水量其實不難：內鍋內側有不同米種的刻度，用附的那個量杯量米（它比美國的量杯小一點），量幾杯就加水到對應的那條線。糙米記得看糙米那一排，水會多一些，時間也比較久。米洗到水不太混濁就好，跳起來後先別急著開蓋，多燜個十分鐘口感會更好。

林柏翰
""", TR + ["rice-cooker", "heavy-rewrite"], "繁體：同一主題用自己的話重寫")

free("zh", """
孫先生您好：

螢幕出現 E2，代表氣炸鍋偵測不到炸籃已經完全推到底，為了安全會停止加熱。請先把炸籃拉出來，檢查兩側滑軌有沒有麵包屑或乾掉的油垢；確認底部烤網平放、把手沒有變形；再用力把炸籃推回去，聽到「喀」一聲才算到位。也可以拔掉插頭等五分鐘再重新開機。如果還是出現 E2，請錄一段影片傳給我們。

鄭雅婷
""", TR + ["air-fryer", "troubleshooting", "other-language-template"],
     "Traditional Chinese translation of en/air-fryer/error-e2, which has no Chinese version (JC9)")

free("zh", """
方小姐您好，

我們的保固是兩年，從亞馬遜訂單上的送達日開始計算。在台灣使用的話，因為電壓同樣是110V，正常使用下的故障都在保固範圍內；不過如果是摔落、進水或自行拆機造成的損壞，就不在保固範圍內了，還請見諒。

林柏翰
""", TR + ["warranty"], "繁體：自由作答的保固問題")

free("zh", """
石先生您好：

除垢燈是依照出水量計算的，大約每流過80公升的水就會亮一次，和水質無關。如果您上週才除垢、燈又亮了，可能是除垢結束時計數沒有歸零。請在待機狀態下，同時按住蒸氣鍵和雙杯鍵3秒，燈號閃兩下後熄滅，就會重新計算。

鄭雅婷
""", TR + ["espresso", "troubleshooting"], "繁體：除垢燈一直亮")

free("zh", """
葛小姐您好，

台灣的電壓是110V、60Hz，和美國相同，所以 PulseMax 果汁機可以直接使用，不需要變壓器，插頭也是同樣的兩孔扁插加接地腳。唯一要注意的是插座要有接地孔；如果家裡是舊式兩孔插座，建議請水電師傅更換，不要把接地腳拔掉。

林柏翰
""", TR + ["blender", "compatibility", "voltage"], "繁體：電壓與插頭相容性 (JC10)")

free("mixed", """
Hi Zhiwei,

If the blender stops in the middle of a smoothie, the overheat protection has probably kicked in. Unplug it, let it cool for 30 minutes, and add a little more liquid next time.

志伟您好，如果破壁机打到一半自己停了，多半是过热保护启动了。请拔掉电源，静置30分钟让电机冷却，下次多加一点液体再打。

Iris Zhou
""", ["bilingual", "blender", "troubleshooting"], "bilingual free troubleshooting, no bilingual template on this topic")

free("mixed", """
Jason 您好，shot 流得太快的话，先把 grind 调细两格，dose 保持在 18g 左右，tamp 的时候力度要均匀。调整以后 extraction time 应该在 25 到 30 秒之间，您可以先试几次再告诉我们结果。

罗思远
""", ["code-switched", "espresso", "troubleshooting"], "code-switched espresso tips")

free("mixed", """
Hi Xinyi,

Yes, the CrispWell Duo baskets are dishwasher safe, but hand washing keeps the nonstick coating looking new for longer.

心怡您好，CrispWell Duo 的炸篮可以放进洗碗机，不过手洗能让不粘涂层保持得更久。

Iris Zhou
""", ["bilingual", "air-fryer", "compatibility"],
     "bilingual free answer close in topic to bilingual/air-fryer/basket-care but not in wording")

# ---------------------------------------------------------------------------
# D. Logistics plus free non-logistics content (template-required)
# ---------------------------------------------------------------------------

def mixed_logi(lang, text, tags, note):
    add("mixed-logistics", lang, T(text), ["template-required"], tags, note)


mixed_logi("en", """
Hi Clementine,

Your CrispWell shipped this morning with UPS, tracking 1Z3M95P10364478205, and should be with you on Thursday.

When it arrives, it's worth running it empty at the highest setting for 10 to 15 minutes before the first real cook. New fryers give off a faint factory smell the first time they heat up, and this gets rid of it. I'd also suggest using the crisper plate for anything breaded so the air can get underneath.

Best,
Theo
""", ["air-fryer", "tracking", "usage-tip"], "tracking plus free first-use and cooking advice")

mixed_logi("en", """
Hello Mr. Brennan,

The replacement jar left our warehouse today by USPS, tracking 9400 1118 9922 3418 5502 76, and should arrive early next week.

Until then, you can keep using the base with the 20 oz travel cup if you have one: it locks onto the same drive and runs on the SMOOTHIE program. Just avoid ice in the small cup, as it's not designed for crushing.

Kind regards,
Marisol
""", ["blender", "replacement", "usage-tip"], "replacement shipping plus free advice on using the small cup meanwhile")

mixed_logi("en", """
Hi Ophelia,

I've added a prepaid return label to your order, so you can send the air fryer back whenever you like from Your Orders.

Before you pack it up, though, one thing that might save you the trouble: the fan noise you describe often comes from the crisper plate rattling when it isn't pushed all the way down. Press firmly on the centre of the plate until both rubber feet click into the holes and try a short cycle. If the noise is gone, you are welcome to keep it; if not, the label is ready.

Best wishes,
Gideon
""", ["air-fryer", "return", "troubleshooting"], "return label plus a free troubleshooting tip")

mixed_logi("en", """
Hi Desmond,

Your refund of $34.99 for the returned descaling kit was issued today and should reach your card within a few business days.

By the way, the unopened bottle you kept from the first kit stays good for about two years if you store it in a cool, dark cupboard with the cap tightly closed; it does not need to be refrigerated.

Regards,
Nadia
""", ["espresso", "refund", "usage-tip"], "refund of a return plus free storage advice")

mixed_logi("en", """
Dear Ms. Yeoh,

I'm sorry for the wait. The rice cookers in our Ohio warehouse were delayed, and your order will now ship on Monday instead of Friday, arriving by Wednesday.

To answer your other question: yes, the inner pot of the Grainhouse IH will work on your induction hob as well, since it has a magnetic stainless base, but it has no handles, so I wouldn't use it for anything you need to lift while hot.

Kind regards,
Theo Vandermeer
""", ["rice-cooker", "delay", "compatibility"], "delay notice plus a free compatibility answer (induction hob; JC10)")

mixed_logi("en", """
Hi Barnaby,

Done: the delivery address is now your office on Harmon Street, and the parcel will go out tomorrow.

About your warranty question, registering the blender is not required. Your two-year cover starts from the delivery date on the order, and the order itself is all the proof you'll ever need.

Cheers,
Marisol
""", ["blender", "address", "warranty"], "address change plus a free warranty answer")

mixed_logi("en", """
Hello Siobhan,

For delivery to Ireland, the import charges were already collected by Amazon when you placed the order, so the courier won't ask you to pay anything on arrival.

On the plug: the espresso machine we ship to Ireland is the 230 V version with a UK-style three-pin plug, so it works straight from your wall socket with no adapter or converter.

Best regards,
Gideon Pratt
""", ["espresso", "customs", "compatibility", "voltage"],
           "customs plus a free voltage/plug answer (plug compatibility is not customs; JC10)")

mixed_logi("en", """
Hi Octavia, the tracking shows your blender will arrive tomorrow between 2 and 6 pm. Since you mentioned making almond milk, soak the almonds overnight, blend one cup of almonds with four cups of water on high for 60 seconds and strain it through a nut-milk bag. - Nadia
""", ["blender", "tracking", "usage-tip", "short"], "one-paragraph tracking update with a one-sentence recipe tip (JC11)")

mixed_logi("zh", """
袁女士您好，

您的电饭煲已于今天由 UPS 发出，物流单号 1Z7K21M30358890164，预计周四送达。

收到后第一次使用前，建议先把内胆和蒸汽阀拆下来洗一遍，再加半锅清水用“煮粥”程序空煮一次，可以去掉新锅的味道。煮白米饭的话，米洗三遍左右就够了，洗太多次反而会把香味洗掉。

韩嘉铭
""", ["rice-cooker", "tracking", "usage-tip"], "发货通知加上自由写的使用建议")

mixed_logi("zh", """
贺先生您好：

退货标签已经生成，您可以在“您的订单”页面打印，贴在包裹上送到任意 UPS 网点。

另外，您说的“打果汁时有很大的咔哒声”，有可能是刀座没有拧紧。您可以把杯体倒过来，顺时针把刀座底部的螺圈拧到底再试一次。如果声音消失了，就不用退货了；如果还是有声音，再按原计划寄回即可。

宋雨霏
""", ["blender", "return", "troubleshooting"], "退货标签加上自由写的排障建议")

mixed_logi("zh", """
尹先生您好，

非常抱歉包裹外箱破损。新的咖啡机已经补发，FedEx 单号 779851206349，预计两天内送达。

新机器到货后，第一次使用前请先空打两箱清水，把管路里的残留冲干净。咖啡粉最好现磨，手柄用完后不要一直扣在机器上，取下来晾干可以延长密封圈的寿命。

罗思远
""", ["espresso", "replacement", "usage-tip"], "补发加上自由写的使用保养建议")

mixed_logi("zh", """
姚女士您好：

寄往香港的订单，进口税费已经在下单时由亚马逊代收，派送时不会再向您收费。

关于您问的保修：在香港使用同样享有两年保修，不过香港电压是220V，我们寄出的是220V版本，请不要拿去美国使用，否则不在保修范围内。

韩嘉铭
""", ["espresso", "customs", "warranty", "voltage"], "关税说明加上自由写的保修与电压说明")

mixed_logi("zh", """
柯小姐您好：

您的氣炸鍋已經寄出，追蹤號碼 1Z5T66R20347731590，預計下週一送達。

收到後第一次使用，建議先不放食物，用最高溫空轉十到十五分鐘，讓新機的味道散掉。炸冷凍薯條時大約190度、15分鐘，中途記得拉出來搖一搖，受熱會比較均勻。

鄭雅婷
""", TR + ["air-fryer", "tracking", "usage-tip"], "繁體：出貨通知加上自由寫的使用建議")

mixed_logi("zh", """
羅先生您好，

您退回的義式咖啡機已經收到，退款 249.99 美元也已經處理完成，大約3到5個工作天會入帳。

順便回答您上次問的問題：如果之後想換成手動磨豆，建議選可以調到很細的錐刀磨豆機，因為義式咖啡需要的研磨度比手沖細很多，太粗的話萃取會過快、味道偏酸。

林柏翰
""", TR + ["espresso", "refund", "usage-tip"], "繁體：退款加上自由寫的磨豆建議")

mixed_logi("mixed", """
Hi Yuting,

Your replacement basket shipped today and should arrive on Friday. Meanwhile, please avoid metal tongs, as they scratch the coating.

雨婷您好，替换炸篮今天已经发出，预计周五送达。在此之前，请尽量不要用金属夹子，以免刮伤涂层。

Iris Zhou
""", ["bilingual", "air-fryer", "replacement", "usage-tip"], "bilingual replacement notice plus a care tip")

# ---------------------------------------------------------------------------
# T. Filled template plus a substantial free non-logistics part (JC2)
# ---------------------------------------------------------------------------

v = dict(buyer_name="Evander", product="Barista Lune espresso machine", reply_date="Friday", agent="Gideon")
t = render("en/short/checking", v) + "\n\n" + T("""
In the meantime, a few things you could try yourself: the grinding noise you describe often comes from the pump drawing air when the water tank is not fully seated, so lift the tank out and press it back down firmly until it sits flat. Check that the intake tube inside the tank reaches the bottom and is not kinked. If the tank has been empty recently, run a cup of hot water through the steam wand to prime the pump again before pulling a shot. Many machines that sound like this go quiet again after priming.
""")
filled("en", "en/short/checking", v, "plus-free", ["plus-free", "espresso", "troubleshooting"],
       "one-line template followed by a longer free troubleshooting paragraph (JC2)", text=t,
       labels=["template-required"], cat="template-plus-free")

v = dict(buyer_name="Wilhelmina", product="Grainhouse 6-Cup Rice Cooker", section="3.1 Cooking programs", page="7",
         agent="Theo Vandermeer")
t = edit(render("en/manual/pointer", v), ("Let me know if anything there is unclear.", T("""
Since you also asked about the programs, here is a quick summary in my own words. WHITE is for everyday long- or medium-grain rice and takes about 45 minutes. QUICK skips the soaking stage and saves about 15 minutes, with slightly firmer rice. BROWN soaks longer and runs for about 90 minutes. PORRIDGE and STEAM are self-explanatory, and SLOW COOK works like a small slow cooker for stews, with the time set in half-hour steps from 2 to 8 hours.

Let me know if anything there is unclear.""")))
filled("en", "en/manual/pointer", v, "plus-free", ["plus-free", "rice-cooker", "usage-tip"],
       "manual-pointer template with a longer free explanation of all programs inserted (JC2)", text=t,
       labels=["template-required"], cat="template-plus-free")

v = dict(buyer_name="Lan", product="CrispWell Duo", agent="罗思远")
t = edit(render("bilingual/air-fryer/basket-care", v),
         ("\n\n罗思远", "\n\n" + T("""
另外，您问到的几道菜的时间和温度，我按我们自己试过的结果整理了一下：鸡翅200度18分钟，中途翻一次面，最后两分钟可以刷一层蜂蜜；烤红薯切成两厘米左右的块，180度25分钟；冷冻饺子先刷一层油，190度12分钟，中途摇一摇炸篮；三文鱼排皮朝下放，190度10分钟就够了，时间太长会发干；烤蔬菜拌一点橄榄油和盐，200度12分钟；冷冻薯条不用解冻，190度15分钟，中间摇两次；新鲜土豆条要先泡水20分钟去掉淀粉，擦干后拌一小勺油，180度先炸12分钟，再调到200度炸5分钟就会很脆；去骨鸡腿肉大约190度20分钟，最好用温度计确认中心达到75度。两个炸篮同时做不同的菜时，可以用“同步完成”功能，机器会自动错开开始时间，让两边一起结束。做蛋糕或烤蛋挞请用专用的小烤盘，不要直接倒在炸篮里，也不要用锡纸把炸篮底部完全盖住，否则热风无法循环，食物会受热不均。
""") + "\n\n罗思远"))
filled("mixed", "bilingual/air-fryer/basket-care", v, "plus-free", ["plus-free", "bilingual", "air-fryer", "usage-tip"],
       "bilingual basket-care template plus a longer free Chinese paragraph of cooking times (JC2)", text=t,
       labels=["template-required"], cat="template-plus-free")

# ---------------------------------------------------------------------------
# E. Violating replies (content policy; template-required per JC1, JC4, JC5)
# ---------------------------------------------------------------------------

V = "violating"

# JC1: template-based, one short violating addition or swap -> content label only
v = dict(buyer_name="Cassius", order_id="113-6694015-2287390", product="Barista Lune espresso machine",
         agent="Theo Vandermeer")
t = edit(render("en/review/neutral-request", v),
         ("right for them.", "right for them. If you leave a 5-star review, reply with a screenshot and we will send "
                             "you a free ClearFlow Descaling Kit as a thank-you."))
filled("en", "en/review/neutral-request", v, "plus-violation", ["plus-violation", "review-request", "espresso"],
       "neutral template plus a free kit for a 5-star review (JC1)", text=t, labels=["review-inducement"], cat=V)

v = dict(buyer_name="邓女士", order_id="112-5539608-7126645", product="CrispWell 6升空气炸锅", agent="宋雨霏")
t = edit(render("zh/review/neutral-request", v),
         ("如果您方便的话，欢迎在亚马逊商品页面分享您的真实使用体验。",
          "如果您满意的话，欢迎在亚马逊商品页面分享您的使用体验；如有任何不满意，请先联系我们，不要直接留差评。"))
filled("zh", "zh/review/neutral-request", v, "plus-violation", ["plus-violation", "review-request", "air-fryer"],
       "neutral template edited into review gating (满意才留评、不满意先联系) (JC1)", text=t,
       labels=["review-inducement"], cat=V)

v = dict(buyer_name="Marguerite-Anne", product="Barista Lune espresso machine", descale_interval="8 weeks",
         agent="Marisol Quintero")
t = render("en/espresso/descaling", v) + "\n\nP.S. Our new Barista Lune Pro is 20% off this week with code LUNE20, a great upgrade if you ever want a second machine!"
filled("en", "en/espresso/descaling", v, "plus-violation", ["plus-violation", "espresso"],
       "exact fill plus a P.S. announcing a sale with a discount code (JC1)", text=t, labels=["marketing"], cat=V)

v = dict(buyer_name="Peregrine", product="Grainhouse IH 10-Cup Induction Rice Cooker", case_id="HW-2025-125503",
         order_id="114-4408172-9951306", agent="Nadia Okonkwo-Hale")
t = edit(render("en/warranty/claim-steps", v),
         ("please reply in this message thread with:", "please email the following to warranty@hearthloomkitchen.com:"))
filled("en", "en/warranty/claim-steps", v, "plus-violation", ["plus-violation", "warranty", "rice-cooker"],
       "fill where the evidence goes to an e-mail address instead of this thread (JC1)", text=t,
       labels=["off-platform-contact"], cat=V)

v = dict(buyer_name="范先生", order_id="111-7261540-3308917", product="Grainhouse 六人份電子鍋", agent="鄭雅婷")
t = edit(render("zh-tw/apology/defect", v),
         ("\n\n再次致歉，", "如果想更快聯絡，也可以加我們的 LINE：@hearthloom_tw。\n\n再次致歉，"))
filled("zh", "zh-tw/apology/defect", v, "plus-violation", TR + ["plus-violation", "rice-cooker"],
       "fill plus an invitation to a LINE account (JC1)", text=t, labels=["off-platform-contact"], cat=V)

v = dict(buyer_name="童女士", product="CrispWell 6升空气炸锅", agent="韩嘉铭")
t = edit(render("zh/air-fryer/first-use", v),
         ("\n\n祝好！", "\n\n另外，本店新上架的硅胶烤盘配件现在第二件半价，欢迎选购！\n\n祝好！"))
filled("zh", "zh/air-fryer/first-use", v, "plus-violation", ["plus-violation", "air-fryer"],
       "fill plus a cross-sell of a new accessory at half price (JC1)", text=t, labels=["marketing"], cat=V)

v = dict(buyer_name="Lysander", case_id="HW-2025-126014", product="PulseMax blender",
         replacement="new 64 oz jar with blade assembly", agent="Gideon Pratt")
t = edit(render("en/warranty/claim-approved", v),
         ("from the original purchase date.", "from the original purchase date. Once everything is sorted, we would be "
                                              "grateful if you could update your 2-star review to reflect how we resolved this."))
filled("en", "en/warranty/claim-approved", v, "plus-violation", ["plus-violation", "warranty", "blender"],
       "fill plus a request to update an existing review (JC1)", text=t, labels=["review-inducement"], cat=V)

v = dict(buyer_name="Shuang", product="Barista Lune", agent="Iris Zhou")
t = edit(render("bilingual/compatibility/descaling-kit", v),
         ("so one kit covers two cycles.", "so one kit covers two cycles. Use code BREW15 for 15% off a second kit."),
         ("一套可使用两次。", "一套可使用两次。第二套使用优惠码 BREW15 立享85折。"))
filled("mixed", "bilingual/compatibility/descaling-kit", v, "plus-violation", ["plus-violation", "bilingual", "espresso"],
       "bilingual fill plus a discount code in both languages (JC1)", text=t, labels=["marketing"], cat=V)

# JC4: logistics-only reply that moves the logistics matter off Amazon -> content label only
add(V, "en", T("""
Hi Valentina,

Sorry the parcel hasn't turned up yet. The driver's note says he couldn't get into your building. The quickest way to sort this out is to text your gate code to our dispatch line at (208) 555-0173, and we will pass it to the carrier for tomorrow's redelivery.

Thanks,
Theo
"""), ["off-platform-contact"], ["logistics", "delivery"],
    "free-written delivery reply asking the buyer to text a phone number (JC4)")

add(V, "zh", T("""
鲁先生您好，

退货没问题。为了更快给您发退货标签，麻烦加一下我们的售后微信 hearthloom_cs88，把订单号发过来，我们会在微信上把标签发给您。

宋雨霏
"""), ["off-platform-contact"], ["logistics", "return"],
    "free-written return reply moving the label to WeChat (JC4)")

add(V, "en", T("""
Hi Fitzgerald,

We received the returned air fryer yesterday. If you would like your money back faster than the usual 3 to 5 business days, send us your PayPal address and we will refund you there today instead.

Best,
Marisol
"""), ["off-platform-contact"], ["logistics", "refund", "return"],
    "refund of a return offered through PayPal (off-Amazon payment) (JC4)")

# JC5: free non-logistics text (or logistics plus free non-logistics text) with a violation -> both
add(V, "en", T("""
Hi Dorian,

A clicking sound from the rice cooker lid while it's cooking is usually the pressure valve settling, and it's harmless. If the lid also leaks steam around the edge, the silicone ring may be twisted. It's a lot easier to show you than explain, so message me on WhatsApp at +1 (208) 555-0162 and I'll walk you through it with a quick video call.

Gideon
"""), ["template-required", "off-platform-contact"], ["free-written", "rice-cooker", "troubleshooting"],
    "free-written troubleshooting that moves the buyer to WhatsApp (JC5)")

add(V, "zh", T("""
龙女士您好，

破壁机打豆浆有渣，可以先把黄豆泡8小时以上，用“豆浆”程序打两遍，最后用滤网过滤一下，口感会细腻很多。

另外，现在给我们五星好评并截图发来，即可返现10美元哦！

韩嘉铭
"""), ["template-required", "review-inducement"], ["free-written", "blender", "usage-tip"],
    "free-written usage tip ending with 五星好评返现 (JC5)")

add(V, "en", T("""
Hi Rosalie,

We hope you are loving your new CrispWell! If you're happy with it, please leave us a 5-star review on Amazon; it means the world to a small business like ours. And if anything isn't perfect, please message us first instead of leaving a review, so we can make it right.

Thanks so much,
Nadia
"""), ["template-required", "review-inducement"], ["free-written", "review-request", "air-fryer"],
    "free-written review request asking for five stars and gating unhappy buyers (JC5, JC6)")

add(V, "zh", T("""
杜先生您好：

您退回的電子鍋我們已經收到，也已經為您辦理全額退款，大約3到5個工作天入帳。

問題既然已經解決了，能不能麻煩您把之前留的一星評論修改一下呢？這對我們小店真的很重要，謝謝您！

林柏翰
"""), ["template-required", "review-inducement"], TR + ["logistics", "refund", "review-change"],
    "refund-of-return reply that asks to change a 1-star review (JC5)")

add(V, "en", T("""
Hi Horatio,

Big news from Hearthloom Kitchen: our Autumn Sale starts today! Every air fryer accessory is 25% off with code CRISP25, including the silicone liners and the grill pan that fit your CrispWell perfectly. Don't miss out, the sale ends Sunday.

Happy cooking,
Marisol
"""), ["template-required", "marketing"], ["free-written", "air-fryer"],
    "a reply that is only a sale announcement, a code and a cross-sell (JC5)")

add(V, "en", T("""
Hi Perpetua,

The rice cooker's KEEP WARM mode holds the rice at about 165°F and is fine for up to 12 hours, but the texture is best within the first 4 to 5. If you often cook in the morning for dinner, use the delayed-start timer instead.

Best,
Theo Vandermeer
Hearthloom Kitchen Support | support@hearthloomkitchen.com
"""), ["template-required", "off-platform-contact"], ["free-written", "rice-cooker", "usage-tip", "signature"],
    "free-written usage answer whose signature block carries an e-mail address (JC5)")

add(V, "zh", T("""
岑女士您好，

很抱歉，由于物流公司的原因，您的订单预计会比原定时间晚3天发货，新的预计送达时间是下周二。

为表歉意，也顺便告诉您：全店本周末所有商品八五折，下单时输入优惠码 HEARTH15 即可使用，欢迎再来选购！

罗思远
"""), ["template-required", "marketing"], ["logistics", "delay"],
    "free-written delay notice plus a store-wide sale with a code (JC5)")


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------

# (simplified, traditional) pairs of characters that are unambiguous in both directions
SCRIPT_PAIRS = [tuple(p) for p in (
    "这這 们們 说說 为為 时時 会會 发發 货貨 买買 卖賣 机機 电電 锅鍋 无無 请請 问問 题題 单單 号號 换換 给給 "
    "联聯 让讓 还還 过過 运運 费費 关關 开開 门門 图圖 书書 对對 应應 该該 样樣 达達 饭飯 点點 东東 边邊 签簽 "
    "确確 认認 损損 坏壞 订訂 谢謝 欢歡 烦煩 处處 将將 经經 询詢 码碼 线線 压壓 导導 体體 验驗 评評 价價 论論 "
    "国國 务務 态態 从從 间間 内內 后後 热熱 温溫 须須 办辦 纸紙 装裝 盖蓋 锁鎖 钮鈕 灯燈 红紅 闪閃 转轉 进進 "
    "层層 护護 弯彎 张張 节節 环環 录錄 频頻 视視 诉訴 协協 专專 业業 数數 计計 试試 轻輕 现現 涂塗 挥揮 洁潔 "
    "净淨 烟煙 风風 继繼 续續 类類 调調 够夠 粮糧 务務 帮幫 选選 择擇 实實 际際 钟鐘 铭銘 网網 软軟 备備 "
    "预預 约約 换換 标標 库庫 仓倉 递遞 邮郵 银銀 结結 统統 稳穩 细細 腻膩 滤濾 浓濃 缩縮 时時 乐樂 烧燒 冲沖"
).split()]
SIMP_ONLY = {a for a, b in SCRIPT_PAIRS}
TRAD_ONLY = {b for a, b in SCRIPT_PAIRS}
CJK_RE = re.compile(r"[\u3400-\u9fff]")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
CLEAN_FORBIDDEN = re.compile(
    r"https?:|www\.|\.com\b|@|whatsapp|wechat|微信|telegram|instagram|facebook|(?-i:\bLINE\b)|paypal|venmo|"
    r"(discount|promo|coupon)\s*code|优惠码|優惠碼|折扣码|% off|\boff\b.*\bcode\b|"
    r"5-star|five-star|五星|好评|好評|返现|返現|gift card|礼品卡|禮品卡|sale\b", re.I)
REVIEW_WORDS = re.compile(r"\breview|\bfeedback|\brating|评价|評價|评论|評論|留评|留評|差评|差評", re.I)


def strip_ph(text):
    return PH_RE.sub("", text)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def script_of(r):
    if r["lang"] == "en":
        return "en"
    if "traditional" in r["tags"]:
        return "trad"
    return "simp"


def template_script(tid):
    return "trad" if tid.startswith("zh-tw/") else ("en" if tid.startswith("en/") else "simp")


def check():
    errs = list(PROBLEMS)
    # templates
    for tid, (topic, text) in TEMPLATES.items():
        if text.count("{{") != text.count("}}"):
            errs.append("template %s: unbalanced braces" % tid)
        if len(PH_RE.findall(text)) != text.count("{{"):
            errs.append("template %s: malformed placeholder" % tid)
        if re.search(r"\{[^{]|[^}]\}", PH_RE.sub("", text)):
            errs.append("template %s: stray brace" % tid)
        if not PH_RE.search(text):
            errs.append("template %s: no placeholder" % tid)
        s = template_script(tid)
        if s == "trad" and set(text) & SIMP_ONLY:
            errs.append("template %s: simplified chars %s" % (tid, "".join(sorted(set(text) & SIMP_ONLY))))
        if s == "simp" and set(text) & TRAD_ONLY:
            errs.append("template %s: traditional chars %s" % (tid, "".join(sorted(set(text) & TRAD_ONLY))))
        if s == "en" and CJK_RE.search(text):
            errs.append("template %s: CJK in English template" % tid)
        if EMOJI_RE.search(text) or "\n\n\n" in text:
            errs.append("template %s: emoji or triple line break" % tid)
    used = Counter(r["src"] for r in REPLIES if r["kind"])
    for tid in TEMPLATES:
        if not used[tid]:
            errs.append("template %s: never filled" % tid)
    # replies
    ids = [r["id"] for r in REPLIES]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    seen_orders = {}
    for r in REPLIES:
        rid, text, labels = r["id"], r["text"], r["labels"]
        if not text.strip():
            errs.append("%s: empty text" % rid)
        if "{{" in text or "}}" in text or "{" in text or "}" in text:
            errs.append("%s: unfilled or unbalanced placeholder" % rid)
        if any(l not in ALLOWED_LABELS for l in labels) or len(labels) != len(set(labels)):
            errs.append("%s: bad labels %s" % (rid, labels))
        if r["lang"] not in ALLOWED_LANGS:
            errs.append("%s: bad lang" % rid)
        if not r["tags"] or not r["note"]:
            errs.append("%s: missing tags or note" % rid)
        if EMOJI_RE.search(text) or "\n\n\n" in text or "\t" in text:
            errs.append("%s: emoji, tab or triple line break" % rid)
        # category -> labels
        cat = r["cat"]
        want = {"filled-template": [], "logistics": [], "free-written": ["template-required"],
                "rewritten": ["template-required"], "mixed-logistics": ["template-required"],
                "template-plus-free": ["template-required"]}
        if cat in want and labels != want[cat]:
            errs.append("%s: category %s expects %s" % (rid, cat, want[cat]))
        if cat == "violating" and not set(labels) & set(CONTENT_LABELS):
            errs.append("%s: violating reply without a content label" % rid)
        # language / script
        has_cjk = bool(CJK_RE.search(text))
        has_en_sentence = bool(re.search(r"[A-Za-z]{3,}[ ,][a-z]{2,} [a-z]{2,}", text))
        if r["lang"] == "en" and has_cjk:
            errs.append("%s: CJK in an en reply" % rid)
        if r["lang"] == "zh" and (not has_cjk or has_en_sentence):
            errs.append("%s: zh reply without CJK or with English sentences" % rid)
        if r["lang"] == "mixed" and not (has_cjk and re.search(r"[A-Za-z]{3,}", text)):
            errs.append("%s: mixed reply is not mixed" % rid)
        sc = script_of(r)
        if sc == "trad" and set(text) & SIMP_ONLY:
            errs.append("%s: simplified chars in traditional reply: %s" % (rid, "".join(sorted(set(text) & SIMP_ONLY))))
        if sc in ("simp",) and set(text) & TRAD_ONLY:
            errs.append("%s: traditional chars in simplified reply: %s" % (rid, "".join(sorted(set(text) & TRAD_ONLY))))
        if r["lang"] == "mixed" and set(text) & TRAD_ONLY:
            errs.append("%s: traditional chars in mixed reply" % rid)
        # invented numbers
        for m in PHONE_RE.finditer(text):
            if not re.search(r"555[ .-]01\d\d", m.group(0)):
                errs.append("%s: phone-like number not in 555-01xx: %s" % (rid, m.group(0)))
        for o in ORDER_RE.findall(text):
            if o in seen_orders and seen_orders[o] != rid:
                errs.append("%s: order id %s reused (also %s)" % (rid, o, seen_orders[o]))
            seen_orders[o] = rid
        # clean replies carry no content-policy signal
        if not set(labels) & set(CONTENT_LABELS):
            m = CLEAN_FORBIDDEN.search(text)
            if m:
                errs.append("%s: clean reply contains %r" % (rid, m.group(0)))
        if cat == "logistics" and REVIEW_WORDS.search(text):
            errs.append("%s: logistics reply mentions reviews" % rid)
        # fills
        if r["kind"]:
            if r["src"] not in TEMPLATES:
                errs.append("%s: unknown template %s" % (rid, r["src"]))
                continue
            rendered = render(r["src"], r["vals"])
            if r["kind"] == "exact" and text != rendered:
                errs.append("%s: exact fill differs from rendering" % rid)
            if r["kind"] != "exact" and text == rendered:
                errs.append("%s: non-exact fill is identical to the rendering" % rid)
            if r["kind"] != "script-converted":
                for val in r["vals"].values():
                    if val not in text:
                        errs.append("%s: value %r missing from text" % (rid, val))
            if not r["note"].startswith(r["src"] + ":"):
                errs.append("%s: note does not start with the template id" % rid)
    return errs


def similarity_stats():
    """Per reply: ratio to its own rendering (fills) and max ratio over all templates (placeholders removed)."""
    stripped = {tid: strip_ph(t) for tid, (_, t) in TEMPLATES.items()}
    errs = []
    for r in REPLIES:
        scores = {tid: ratio(r["text"], s) for tid, s in stripped.items()}
        best = max(scores, key=scores.get)
        r["_max"], r["_nearest"] = scores[best], best
        if r["kind"] and r["kind"] != "script-converted":
            r["_own"] = ratio(r["text"], render(r["src"], r["vals"]))
    for r in REPLIES:
        k = r["kind"]
        if k in ("edited", "plus-logistics", "plus-violation"):
            if r["_own"] < 0.75:
                errs.append("%s: %s fill too far from its template (%.2f)" % (r["id"], k, r["_own"]))
            if r["_nearest"] != r["src"]:
                errs.append("%s: nearest template is %s, not %s" % (r["id"], r["_nearest"], r["src"]))
        if k == "plus-free":
            own_len = len(render(r["src"], r["vals"]))
            if r["_own"] >= 0.67 or len(r["text"]) - own_len <= own_len:
                errs.append("%s: plus-free reply: added part not longer than the template (%.2f)" % (r["id"], r["_own"]))
        if not k and "template-required" in r["labels"] and r["_max"] >= 0.55:
            errs.append("%s: free text too close to %s (%.2f)" % (r["id"], r["_nearest"], r["_max"]))
    return errs


# ---------------------------------------------------------------------------
# README
# ---------------------------------------------------------------------------

JUDGEMENT_CALLS = OrderedDict([
    ("JC1", "Template-based reply with one short violating sentence added or swapped in (a free kit for a "
            "5-star review, review gating, a request to update a review, a discount-code P.S. or cross-sell, a "
            "LINE id, an e-mail address replacing \"reply in this message thread\"). interface.md makes "
            "`template-required` a matter of topic and closeness to an approved template, and lists the content "
            "policies as separate rows. These replies remain close to their own template (difflib >= 0.75, the "
            "nearest template is the source), so only the content policy is expected. Catching the added sentence "
            "is the content rules' job. A similarity test cannot tell a friendly extra line from a violating one, "
            "and this set does not ask it to."),
    ("JC2", "Filled template plus a free non-logistics part that is longer than the template text (a troubleshooting "
            "paragraph after the one-line holding template, a free summary of all cooking programs inside the "
            "manual pointer, a paragraph of cooking times after the bilingual basket-care template). Most of the "
            "message is then unapproved support text, so it does not match a template closely enough: "
            "`template-required`. For all three the added text is longer than the rendered template, and difflib to the own rendering is below 0.67. Compare JC3 and the "
            "greeting-added fills, where the extra text is short or logistics."),
    ("JC3", "Filled template plus a logistics sentence (replacement tracking, shipping date, another item shipped "
            "separately, a return label and refund timing). The template covers the non-logistics part and the rest "
            "is logistics, so nothing is expected. They also stay close to their template (>= 0.75)."),
    ("JC4", "Free-written reply that is only about logistics (delivery access, a return label, a refund of a return) "
            "but moves that logistics matter off Amazon (a phone number to text, WeChat, PayPal). The topic is "
            "still logistics, so `off-platform-contact` only and no `template-required`."),
    ("JC5", "Free-written non-logistics text with a violation, or a logistics reply with added non-logistics "
            "violating content (a request to change a 1-star review, a store-wide sale with a code): both the "
            "content policy and `template-required`. A violation never makes free text template-covered. A "
            "promotion or a review request added to a logistics reply is non-logistics text, as in the "
            "mixed-logistics category."),
    ("JC6", "A review request is not logistics. policy.md lists \"requesting product review or seller feedback\" as "
            "its own permitted purpose, next to order fulfilment, and interface.md's list of logistics topics does "
            "not include it. The two neutral review-request templates (en, zh) are approved and their fills expect "
            "`[]`. A free-written neutral review request expects `template-required` alone, and a free-written "
            "five-star/gating request expects `template-required` plus `review-inducement`. The one-per-order "
            "limit needs a ledger and is not in play; no record asks twice."),
    ("JC7", "A reply that only thanks the buyer (\"You're very welcome, Harriet! Enjoy the new blender.\") is not "
            "logistics and matches no template: `template-required`. The message-scope rule for thank-you-only "
            "messages is proactive-only and not one of this set's labels."),
    ("JC8", "\"Damaged\" has two meanings. A free-written reply that handles transit damage through logistics "
            "(replacement shipped, no need to return, refund of the order) is logistics: `[]`. The damaged-item "
            "apology template, which asks for photos and gives a safety note, is approved: `[]`. A free-written "
            "apology for a product fault (a frother that stopped working) with troubleshooting is not logistics: "
            "`template-required`. Warranty replacement parts are non-logistics when the reply is about the claim "
            "decision, which is why the approval itself is a template, and logistics when the added sentence only "
            "says when and how they ship (JC3)."),
    ("JC9", "Language and script. A translation of an approved template into a language that has no template for "
            "that topic (the espresso low-pressure advice in Simplified Chinese, the E2 troubleshooting in "
            "Traditional Chinese, rice-cooker cooking in Simplified Chinese) is free text: `template-required`. A "
            "template in another language does not cover it. One reply is the Simplified template "
            "`zh/blender/not-starting` written character for character in Traditional script, with the same words "
            "and the same layout. interface.md has the linter fold traditional characters when it normalises, so "
            "this reply is treated as the approved text and expects `[]` (tag `script-converted`)."),
    ("JC10", "Whether a US-voltage appliance works abroad, which plug it has, and whether the inner pot works on an "
             "induction hob are product-compatibility questions, not customs, even when they sit next to a "
             "customs answer. Written freely, they expect `template-required`."),
    ("JC11", "Mixed-logistics replies expect `template-required` even when the non-logistics part is a single "
             "sentence, for example a one-sentence almond-milk tip after a tracking update. The message as written "
             "contains unapproved non-logistics advice."),
    ("JC12", "Fills stay covered when only the slot values are long (a 150+ character listing title, an order-id "
             "slot with a parenthetical) or when only whitespace and punctuation change: blank lines removed, the "
             "whole message on one line, hyphen bullets turned into bullet characters, full-width Chinese punctuation "
             "typed half-width, 「」 turned into curly quotes, double spaces and trailing spaces. Bilingual template "
             "fills expect `[]`: the template is approved as it stands, and the records carry no buyer language "
             "preference."),
    ("JC13", "Near-misses that must not be flagged in clean replies: \"at no cost\" for a warranty remedy, "
             "warranty case ids like HW-2025-118407, model numbers like HL-PB06, 12-digit FedEx and 22-digit USPS "
             "tracking numbers, Amazon order ids, and the \"Product guides and documents\" section of the Amazon "
             "product page (named, not linked). The manual pointer sends the buyer to Amazon's own page, so it is "
             "not off-platform."),
    ("JC14", "Holding replies. The one-line template `en/short/checking` expects `[]` exactly filled and when it is "
             "followed by a thank-you line and a signature block. A free-written holding reply about a product issue "
             "(\"I have passed your video to a technician\") is a rewrite, not a fill, and expects "
             "`template-required`. Its closeness to the short template stays below 0.55."),
])

CAT_ORDER = ["filled-template", "logistics", "rewritten", "free-written", "mixed-logistics", "template-plus-free",
             "violating"]
CAT_LABEL = {"filled-template": "`[]`", "logistics": "`[]`", "rewritten": "`[template-required]`",
             "free-written": "`[template-required]`", "mixed-logistics": "`[template-required]`",
             "template-plus-free": "`[template-required]`",
             "violating": "content policy, plus `template-required` per JC1/JC4/JC5"}


def lang_col(r):
    if r["lang"] == "zh":
        return "zh-trad" if "traditional" in r["tags"] else "zh-simp"
    return r["lang"]


def stats(vals):
    vals = sorted(vals)
    if not vals:
        return "-", "-", "-"
    return "%.2f" % vals[0], "%.2f" % vals[len(vals) // 2], "%.2f" % vals[-1]


def readme():
    L = []
    a = L.append
    a("# t35: hand-labelled held-out test set for `template-required`")
    a("")
    a("Written from `/work/shared/interface.md` and `/work/shared/policy.md` only. Nothing of the linter was read or "
      "run. `/tmp/t34/README.md` was read for the file format only. `gen.py` is the source of truth: "
      "`python3 gen.py` runs the self-checks and then rewrites `library/`, `replies.jsonl` and this README. If a "
      "check fails it prints the problems, writes nothing and exits 1. Do not edit the outputs by hand.")
    a("")
    a("## The seller (invented)")
    a("")
    a("**Hearthloom Kitchen** sells small kitchen appliances on Amazon:")
    a("")
    a("- air fryers: CrispWell 6 Qt HL-AF60, CrispWell Duo 9 Qt dual-basket HL-AF90D;")
    a("- blenders: PulseMax 1400W HL-BL14, PulseMini personal blenders HL-PB06/HL-PB08;")
    a("- rice cookers: Grainhouse 6-Cup HL-RC06, Grainhouse IH 10-Cup induction HL-RC10;")
    a("- the Barista Lune 15-bar espresso machine HL-EM15, with the ClearFlow Descaling Kit (two bottles of "
      "citric-acid descaler, test strips, a brush).")
    a("")
    a("Agents write in English (Marisol Quintero, Theo Vandermeer, Nadia Okonkwo-Hale, Gideon Pratt), Simplified "
      "Chinese (宋雨霏, 韩嘉铭, 罗思远), Traditional Chinese (鄭雅婷, 林柏翰) and both languages (Iris Zhou). All "
      "people, addresses, order ids, tracking numbers, warranty case ids, handles, domains and phone numbers (US "
      "555-01xx only) are invented. The warranty is 2 years.")
    a("")
    a("## Files")
    a("")
    a("| file | content |")
    a("| --- | --- |")
    a("| `library/` | approved templates, one `*.txt` per template in nested folders (`en/`, `zh/`, `zh-tw/`, "
      "`bilingual/`); template id = path without `.txt`; use as `--templates library` |")
    a("| `replies.jsonl` | one reply per line: `id` (`t35-001`...), `text`, `labels` (expected policies; `[]` = "
      "nothing at warning or error level may be flagged), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = "
      "category; `traditional` = Traditional Chinese), `note` (starts with the source template id when there is "
      "one; `JCn` points to a judgement call below), `context` (always `reply`) |")
    a("| `gen.py` | every template and reply as literals, the self-checks and the writers (standard library only) |")
    a("| `README.md` | this file |")
    a("")
    a("Labels used: `template-required`, `review-inducement`, `off-platform-contact`, `marketing`. Records are "
      "shuffled with a fixed seed, so the id says nothing about the category.")
    a("")
    a("## Templates")
    a("")
    a("| id | lang | topic | placeholders | exact fills | other fills (edited / +logistics / +free) | violating replies built on it |")
    a("| --- | --- | --- | --- | --- | --- | --- |")
    for tid, (topic, text) in TEMPLATES.items():
        lg = {"en": "en", "zh": "zh", "zh-tw": "zh (trad.)", "bilingual": "en + zh"}[tid.split("/")[0]]
        phs = []
        for n in PH_RE.findall(text):
            if n not in phs:
                phs.append(n)
        rs = [r for r in REPLIES if r["src"] == tid and r["kind"]]
        ex = sum(r["kind"] == "exact" for r in rs)
        ed = sum(r["kind"] in ("edited", "script-converted") for r in rs)
        pl = sum(r["kind"] == "plus-logistics" for r in rs)
        pf = sum(r["kind"] == "plus-free" for r in rs)
        vi = sum(r["kind"] == "plus-violation" for r in rs)
        a("| `%s` | %s | %s | %s | %d | %d / %d / %d | %d |" % (tid, lg, topic, ", ".join(phs), ex, ed, pl, pf, vi))
    by_dir = Counter(t.split("/")[0] for t in TEMPLATES)
    a("")
    a("%d templates: en %d, zh (Simplified) %d, zh-tw (Traditional) %d, bilingual (English + Simplified) %d." % (
        len(TEMPLATES), by_dir["en"], by_dir["zh"], by_dir["zh-tw"], by_dir["bilingual"]))
    a("")
    a("## Counts")
    a("")
    cols = ["en", "zh-simp", "zh-trad", "mixed"]
    a("| category | expected labels | en | zh (simplified) | zh (traditional) | mixed | total |")
    a("| --- | --- | --- | --- | --- | --- | --- |")
    tot = Counter()
    for cat in CAT_ORDER:
        c = Counter(lang_col(r) for r in REPLIES if r["cat"] == cat)
        tot.update(c)
        a("| %s | %s | %s | %d |" % (cat, CAT_LABEL[cat], " | ".join(str(c[k]) for k in cols), sum(c.values())))
    a("| **total** | | %s | %d |" % (" | ".join(str(tot[k]) for k in cols), len(REPLIES)))
    a("")
    lab = Counter(l for r in REPLIES for l in r["labels"])
    tr = sum("template-required" in r["labels"] for r in REPLIES)
    a("Replies expecting `template-required`: %d; not expecting it: %d; expecting nothing at all: %d." % (
        tr, len(REPLIES) - tr, sum(not r["labels"] for r in REPLIES)))
    a("Label totals: %s." % ", ".join("`%s` %d" % (k, lab[k]) for k in ALLOWED_LABELS))
    lc = Counter(r["lang"] for r in REPLIES)
    a("`lang` totals: en %d, zh %d (of which Traditional %d), mixed %d." % (
        lc["en"], lc["zh"], sum("traditional" in r["tags"] for r in REPLIES), lc["mixed"]))
    a("")
    a("Filled-template kinds: %s." % ", ".join("%s %d" % (k, v) for k, v in sorted(
        Counter(r["kind"] for r in REPLIES if r["cat"] == "filled-template").items())))
    a("`lang` is `zh` for both scripts, and Traditional replies carry the tag `traditional`. `mixed` replies are either "
      "bilingual (an English paragraph and its Simplified Chinese version) or code-switched Chinese with English "
      "words.")
    a("")
    a("## Similarity sanity checks (difflib `SequenceMatcher`, `autojunk=False`)")
    a("")
    a("These ratios only sanity-check the labels. They are not the linter's measure, and the linter need not "
      "reproduce them.")
    a("")
    a("| group | compared with | min | median | max | required |")
    a("| --- | --- | --- | --- | --- | --- |")
    own = lambda ks: [r["_own"] for r in REPLIES if r["kind"] in ks]
    mx = lambda f: [r["_max"] for r in REPLIES if f(r)]
    rows = [
        ("edited fills (%d)" % len(own(("edited",))), "own template rendered with the same values", own(("edited",)),
         ">= 0.75 and the own template is the nearest"),
        ("fills + logistics sentence (JC3, %d)" % len(own(("plus-logistics",))), "same", own(("plus-logistics",)),
         ">= 0.75 and the own template is the nearest"),
        ("fills + violation (JC1, %d)" % len(own(("plus-violation",))), "same", own(("plus-violation",)),
         ">= 0.75 and the own template is the nearest"),
        ("fills + longer free part (JC2, %d)" % len(own(("plus-free",))), "same", own(("plus-free",)),
         "< 0.67, and the added text is longer than the rendered template"),
    ]
    for name, cmp_, vals, req in rows:
        a("| %s | %s | %s | %s |" % (name, cmp_, " | ".join(stats(vals)), req))
    for cat, req in (("rewritten", "< 0.55"), ("free-written", "< 0.55"), ("mixed-logistics", "< 0.55"),
                     ("logistics", "(info only)")):
        vals = mx(lambda r, c=cat: r["cat"] == c)
        a("| %s (%d) | every template, placeholders removed (max) | %s | %s |" % (cat, len(vals), " | ".join(stats(vals)), req))
    vals = mx(lambda r: r["cat"] == "violating" and not r["kind"])
    a("| free-written violating (%d) | same | %s | < 0.55 when `template-required` is expected |" % (len(vals), " | ".join(stats(vals))))
    a("")
    a("Other self-checks:")
    a("")
    a("- ids are unique, and every template placeholder is a balanced, well-formed `{{name}}`;")
    a("- no reply keeps a brace;")
    a("- labels come only from the four allowed names, and each category carries the labels it should;")
    a("- exact fills equal the rendering, other fills differ from it, and every slot value appears in its reply;")
    a("- every template has at least one fill;")
    a("- there are no emoji, tabs or triple line breaks;")
    a("- phone-like numbers are US 555-01xx only, and each Amazon order id belongs to one reply;")
    a("- Simplified and Traditional texts use only their own script, checked on a list of unambiguous character pairs;")
    a("- `en` replies contain no CJK and `zh` replies no English sentences;")
    a("- replies without a content label contain no link, e-mail, `@`, messaging app, PayPal, coupon or sale wording, "
      "star rating or incentive;")
    a("- logistics replies never mention reviews or feedback.")
    a("")
    a("## Violating replies")
    a("")
    a("| id | lang | labels | `template-required`? | source | what it does |")
    a("| --- | --- | --- | --- | --- | --- |")
    for r in sorted((r for r in REPLIES if r["cat"] == "violating"), key=lambda r: r["id"]):
        lg = lang_col(r)
        a("| %s | %s | %s | %s | %s | %s |" % (
            r["id"], lg, ", ".join("`%s`" % l for l in r["labels"]),
            "yes" if "template-required" in r["labels"] else "no",
            "`%s`" % r["src"] if r["src"] else "free-written",
            r["note"].split(": ", 1)[-1] if r["src"] else r["note"]))
    a("")
    a("## Judgement calls")
    a("")
    a("Each reply was labelled from interface.md and policy.md alone. interface.md defines a `template-required` "
      "finding as a seller message that is not about logistics (shipping, delivery, tracking, returns, address, "
      "customs) **and** does not match any approved template closely enough. Logistics here also covers "
      "cancellations, refunds of returns or of undelivered orders, replacement and split shipments, lockers, PO "
      "boxes, signatures, ship-date holds and gift receipts. The content policies are separate rows of the same "
      "table, so a violation on its own neither adds nor removes `template-required`.")
    a("")
    for i, (jc, text) in enumerate(JUDGEMENT_CALLS.items(), 1):
        ids = [r["id"] for r in sorted(REPLIES, key=lambda r: r["id"]) if re.search(r"\b%s\b" % jc, r["note"])]
        a("%d. **%s.** %s%s" % (i, jc, text, (" (%s)" % ", ".join(ids)) if ids else ""))
    a("")
    return "\n".join(L) + "\n"


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    rnd = random.Random(35)
    order = list(range(len(REPLIES)))
    rnd.shuffle(order)
    shuffled = [REPLIES[i] for i in order]
    REPLIES[:] = shuffled
    for n, r in enumerate(REPLIES, 1):
        r["id"] = "t35-%03d" % n
    errs = check()
    errs += similarity_stats()
    if errs:
        for e in errs:
            print("SELF-CHECK FAILED:", e, file=sys.stderr)
        return 1
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, (_, text) in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text + "\n")
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in REPLIES:
            rec = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                               ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme())
    lab = Counter(l for r in REPLIES for l in r["labels"])
    print("self-check passed: %d templates, %d replies; labels %s; lang %s" % (
        len(TEMPLATES), len(REPLIES), dict(lab), dict(Counter(r["lang"] for r in REPLIES))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
