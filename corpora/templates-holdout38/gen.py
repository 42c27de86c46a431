#!/usr/bin/env python3
"""t38: hand-labelled held-out test set for msglint's `template-required` check.

Source of truth for library/, replies.jsonl and README.md.  Run:

    python3 gen.py

It builds everything in memory, runs the self-checks and only then writes the
outputs (library/ is rebuilt from scratch).  On a failed check it prints the
problems and exits 1 without writing anything.  Standard library only.

Seller (invented): Fernhollow Pet Co., an Amazon shop for pet supplies.
Every person, pet, order id, tracking number, case id, device code, domain,
handle and phone number below is invented.
"""

import difflib
import json
import os
import re
import shutil
import sys
import textwrap
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t38"
ALLOWED_LABELS = ["template-required", "review-inducement", "off-platform-contact", "marketing"]
CATEGORIES = OrderedDict([
    ("filled-template", "approved template filled in (exact or lightly edited)"),
    ("logistics", "free-written logistics reply"),
    ("free-non-logistics", "free-written non-logistics answer (advice, troubleshooting, opinion, warranty, subscription)"),
    ("rewritten-template", "a template topic rewritten so heavily that the template no longer matches"),
    ("mixed-logistics", "logistics reply with free-written non-logistics sentences added"),
    ("violating", "breaks a content policy; template-required decided case by case"),
])
PH_RE = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")

# ---------------------------------------------------------------------------
# Approved templates.  Template id = path under library/ without ".txt".
# ---------------------------------------------------------------------------

TEMPLATES = OrderedDict()
TEMPLATE_META = {}


def template(tid, lang, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = textwrap.dedent(text).strip("\n")
    TEMPLATE_META[tid] = {"lang": lang, "topic": topic}


template("en/feeder/setup-first-use", "en", "automatic feeder: first setup", """
    Hi {{buyer_name}},

    Thank you for choosing the {{feeder_model}} for {{pet_name}}. Here is the quickest way to get it ready for the first meal:

    - Plug in the power adapter and, as a backup, insert three D-size batteries in the base compartment.
    - Make sure the hopper lid clicks shut and the desiccant pouch sits in the lid pocket.
    - Fill the hopper with dry kibble between 2 mm and 12 mm in size; wet or freeze-dried food can jam the rotor.
    - Hold the Feed button for two seconds to dispense one test portion and check that kibble drops into the bowl.
    - Set the first meal time with the dial or in the Fernhollow Home app.

    One portion is about 10 grams, so a 60-gram meal is six portions. If the test portion does not drop, empty the hopper, check the rotor for stuck kibble and try again.

    Warm regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/feeder/app-pairing", "en", "automatic feeder: pair with the app", """
    Hello {{buyer_name}},

    Thanks for reaching out about connecting your {{feeder_model}} to the Fernhollow Home app. Please follow these steps in order:

    1. Connect your phone to a 2.4 GHz Wi-Fi network. The feeder cannot join 5 GHz networks, and network names with unusual symbols can cause trouble.
    2. Keep the phone within 3 meters of the feeder during setup.
    3. Hold the Wi-Fi button on the back of the feeder for five seconds until the light blinks blue quickly.
    4. In the app, tap Add Device, choose SmartBowl and enter the device code {{device_code}} printed under the base.
    5. Enter your Wi-Fi password and wait up to two minutes; the light turns solid blue when pairing succeeds.

    If the light turns orange, the password or the network band was not accepted. Hold the Wi-Fi button again for five seconds and repeat steps 3 to 5. Scheduled meals saved on the feeder keep running even when the Wi-Fi drops.

    Kind regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/collar/location-not-updating", "en", "GPS collar: location not updating", """
    Hi {{buyer_name}},

    I'm sorry {{pet_name}}'s location has not been updating on the map. A {{collar_model}} needs a clear view of the sky and a mobile signal to report its position, so let's check the usual causes together:

    - Make sure the collar has at least 20% battery; below that it reports less often to save power.
    - Open the Fernhollow Home app and confirm that the Pathfinder Live plan shows as Active under Devices.
    - Take the collar outdoors for ten minutes, away from tall buildings, so it can get a fresh GPS fix.
    - Restart the collar by holding the power button for eight seconds until the light flashes white twice.
    - Check that Live Mode is switched on if you need updates every few seconds rather than every few minutes.

    Indoors, the map may show the last outdoor position or a wider circle; this is normal and does not mean the collar is faulty. If the position still does not change after these steps, please reply with the time of the last update shown in the app and we will look into it further.

    Best wishes,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/collar/charging-check", "en", "GPS collar: not charging", """
    Hello {{buyer_name}},

    Thank you for letting us know that your {{collar_model}} is not charging as expected. Most charging problems come from the contact points, so please try the following:

    - Wipe the two gold charging pins on the collar and on the magnetic clip with a dry cloth; fur and skin oil build up there quickly.
    - Attach the clip so the magnet snaps into place; the light should turn red within a few seconds.
    - Use a USB wall adapter rated 5V 1A or higher rather than a computer port or a car socket.
    - Leave the collar charging for a full two hours; the light turns green when the battery is full.

    A full charge lasts about five days in normal mode and about one day with Live Mode switched on all the time. If the light does not come on at all with a different adapter, please tell us and we will help you with the next step.

    Kind regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/subscription/plan-overview", "en", "GPS collar subscription: how the plan works", """
    Hi {{buyer_name}},

    Thanks for your question about the {{plan_name}} plan for your {{collar_model}}. Here is how it works:

    - The collar uses a mobile network to send its position, so live tracking needs an active {{plan_name}} plan.
    - The plan is started, changed and cancelled only in the Fernhollow Home app, under Account and then Plan.
    - Billing for the plan is handled by the app store of your phone, so we cannot see or change your payment details from the Amazon order.
    - Without an active plan, the collar still records walks and activity and shows them once your phone is within Bluetooth range.

    Your Amazon purchase covers the collar itself; the plan is a separate service chosen in the app. If anything in the Plan screen looks different from what you expected, please describe what you see and we will explain it.

    Best regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/subscription/cancel-or-pause", "en", "GPS collar subscription: pause or cancel", """
    Hello {{buyer_name}},

    Thank you for getting in touch about your {{plan_name}} plan. You can pause or cancel it at any time from your phone:

    1. Open the Fernhollow Home app and tap Account.
    2. Tap Plan, then Manage.
    3. Choose Pause for up to three months or Cancel to stop renewal.
    4. Confirm; the app shows the date your current period ends.

    Cancelling stops the next renewal; the plan stays active until the end of the period you already paid for. Because billing runs through your phone's app store, any question about a charge is answered by that app store rather than by the Amazon order. Your collar keeps working for walks and activity while the plan is paused.

    Warm regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/warranty/claim-steps", "en", "warranty: open a claim, evidence needed", """
    Hi {{buyer_name}},

    I'm sorry your {{product}} is not working as it should. It is covered by our 18-month warranty, and I have opened warranty case {{case_id}} for order {{order_id}}. To move it forward, please reply in this message thread with:

    - a short video or two photos that show the problem;
    - the serial number from the label under the product;
    - a sentence on when the problem started and how often it happens.

    Once we receive these, our warranty team reviews the case within two business days and tells you the next step, which is usually a repair part or a replacement unit. You do not need to send anything back before we reply.

    With best regards,
    {{agent_name}}
    Fernhollow Pet Co. Warranty Team
""")

template("en/warranty/coverage", "en", "warranty: what is covered", """
    Hello {{buyer_name}},

    Thank you for asking about the warranty on your {{product}}. It is covered for {{warranty_months}} months from the delivery date shown in your Amazon order. Here is what that means in practice:

    - Covered: faults in materials or workmanship, such as a motor, pump, battery or seam that fails in normal use.
    - Not covered: chewing, scratching, drops, water damage to parts that are not waterproof, and normal wear of blades, filters and covers.
    - What to do: reply in this thread describing the problem, and we will guide you through a warranty claim.

    Keeping your Amazon order is all the proof of purchase we need. The warranty does not change your rights under Amazon's return policy.

    Kind regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/defect/apology", "en", "defect apology with the choice of remedy", """
    Dear {{buyer_name}},

    I am truly sorry that your {{product}} let you and {{pet_name}} down. That is not the experience we want for any of our customers, and thank you for taking the time to tell us about it.

    I have logged the fault under case {{case_id}} so our product team can review it. We will make this right with the option you prefer:

    - a replacement unit sent at no cost to you, or
    - a return for a full refund through your Amazon order.

    Please reply with your choice, and we will take care of the rest. Again, I apologise for the trouble this has caused.

    Sincerely,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/review/neutral-request", "en", "neutral review request (once per order)", """
    Hi {{buyer_name}},

    Thank you for your order {{order_id}}. We hope the {{product}} has settled in well at home.

    If you have a moment, would you share your experience with the product in a review on Amazon? Every honest review, whatever it says, helps other pet owners decide what is right for them.

    Thank you for your time.

    Best regards,
    {{agent_name}}
    Fernhollow Pet Co.
""")

template("en/compatibility/accessory-fit", "en", "compatibility: accessory fits the product", """
    Hi {{buyer_name}},

    Thank you for checking before you buy. Yes, the {{item}} is compatible with the {{product}}. A few points to help you get the best fit:

    - Check that the model name on the label under your product matches the one in this message.
    - Parts made for our older models are not interchangeable unless the listing names your model.
    - Follow the fitting steps in the product manual, and make sure every clip or screw is fully seated before your pet uses it.

    If your label shows a different model name, please reply with it and we will confirm compatibility again.

    Kind regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/fountain/cleaning", "en", "cat water fountain: weekly cleaning", """
    Hello {{buyer_name}},

    Thanks for asking how to keep your {{fountain_model}} clean. A weekly clean keeps the water fresh and the pump quiet:

    1. Unplug the fountain and empty the water.
    2. Lift out the top plate, the filter and the pump; slide the pump cover off.
    3. Wash the bowl, the plate and the pump cover in warm water with a mild, unscented dish soap. The stainless bowl is also dishwasher safe.
    4. Clean the pump impeller and its housing with the small brush, removing hair and slime.
    5. Rinse everything well, reassemble, fill with fresh water to the MAX line and plug in again.

    Replace the filter every two to four weeks, more often with several cats. Never let the pump run dry; a humming or rattling sound usually means the water is low or hair is caught in the impeller.

    Warm regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/manual/pointer", "en", "point to the user manual (short)", """
    Hi {{buyer_name}},

    Thanks for your message. The answer to your question is in the {{product}} user manual, page {{page}}, in the section "{{section}}". The printed manual is in the box, and the same manual is available on the product page under Product guides and documents.

    Best regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/grooming/clipper-blade-care", "en", "grooming clippers: blade pulls or gets hot", """
    Hi {{buyer_name}},

    Thank you for your question about the {{clipper_model}}. Blades that pull fur or get hot usually need cleaning and oil. Please try this routine:

    - Switch the clippers off and brush loose hair out of the blade after every grooming session.
    - Put three drops of the included blade oil across the teeth, switch on for ten seconds, then wipe off the extra oil.
    - Touch the metal blade every few minutes while grooming; if it feels warm, pause and let it cool before you continue.
    - Check the blade for a bent or broken tooth; a damaged blade can scratch the skin and should not be used.
    - Groom clean, dry and fully brushed-out fur; matted or damp fur makes any blade pull.

    The blade is a wear part and is usually replaced every six to twelve months with regular use.

    Kind regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

template("en/bed/cover-care", "en", "orthopedic dog bed: cover and foam care", """
    Hello {{buyer_name}},

    Thanks for asking how to care for your CloudRest orthopedic bed, size {{bed_size}}. With a little care the foam keeps its support for years:

    - Unzip the outer cover and wash it on a cold, gentle cycle; hang it to dry or tumble dry on low.
    - Keep the waterproof liner on the foam and wipe it with a damp cloth; it is not machine washable.
    - Never wash or soak the memory foam itself. Spot-clean it with a damp cloth and let it air-dry completely.
    - Rotate the foam a half turn every month so your dog does not always lie on the same spot.

    If the cover shrinks or the zip breaks in normal use, reply to let us know and we will help.

    Warm regards,
    {{agent_name}}
    Fernhollow Pet Co. Customer Care
""")

# --- Simplified Chinese -----------------------------------------------------

template("zh/feeder/app-pairing", "zh", "喂食器连接 App", """
    {{buyer_name}}，您好！

    感谢您联系我们。{{feeder_model}} 连接 Fernhollow Home App 的步骤如下：

    1. 让手机连接 2.4GHz 的 Wi-Fi 网络，喂食器不支持 5GHz 网络。
    2. 配网时手机与喂食器的距离保持在 3 米以内。
    3. 长按喂食器背面的 Wi-Fi 键 5 秒，直到指示灯快速闪烁蓝光。
    4. 在 App 中点击“添加设备”，选择 SmartBowl，并输入底座标签上的设备码 {{device_code}}。
    5. 输入 Wi-Fi 密码，等待约 2 分钟，指示灯变为蓝色常亮即表示连接成功。

    如果指示灯变成橙色，说明密码或网络频段不正确，请重新长按 Wi-Fi 键 5 秒后重复第 3 至第 5 步。即使 Wi-Fi 断开，已保存在喂食器上的喂食计划也会照常运行。

    祝您和毛孩子生活愉快！
    {{agent_name}}
    Fernhollow Pet Co. 客服团队
""")

template("zh/fountain/cleaning", "zh", "猫咪饮水机每周清洁", """
    {{buyer_name}}，您好！

    谢谢您询问 {{fountain_model}} 的清洁方法。建议每周清洁一次，水更新鲜，水泵也更安静：

    1. 拔掉电源，倒掉剩余的水。
    2. 取出顶盖、滤芯和水泵，并拆下水泵外壳。
    3. 用温水加少量无香型洗洁精清洗水盆、顶盖和水泵外壳，不锈钢水盆也可以放入洗碗机。
    4. 用附带的小刷子清理水泵叶轮及其周围的毛发和黏液。
    5. 全部冲洗干净后重新组装，加清水至 MAX 线，再接通电源。

    滤芯建议每 2 至 4 周更换一次，多猫家庭需更勤。请勿让水泵干转；如果听到嗡嗡声或咔哒声，通常是水位过低或叶轮缠了毛发。

    祝好！
    {{agent_name}}
    Fernhollow Pet Co. 客服团队
""")

template("zh/warranty/claim-steps", "zh", "保修申请所需资料", """
    {{buyer_name}}，您好！

    很抱歉您的 {{product}} 出现了问题。该产品享有 18 个月保修，我们已为订单 {{order_id}} 创建保修工单 {{case_id}}。为了尽快处理，请在本对话中回复以下资料：

    - 一段能看到问题的短视频，或两张照片；
    - 产品底部标签上的序列号；
    - 简单说明问题从何时开始、出现的频率。

    收到资料后，保修团队会在 2 个工作日内审核，并告知下一步，通常是寄送维修配件或更换新机。在我们回复之前，您无需寄回任何物品。

    此致
    {{agent_name}}
    Fernhollow Pet Co. 保修团队
""")

template("zh/defect/apology", "zh", "产品故障致歉与处理方案", """
    {{buyer_name}}，您好！

    非常抱歉，{{product}} 出现故障，让您和{{pet_name}}受到了影响。这不是我们希望带给任何顾客的体验，感谢您花时间告诉我们。

    我们已将故障记录在工单 {{case_id}} 中，产品团队会跟进分析。您可以选择以下任一处理方式：

    - 我们免费为您寄送一台替换品；或
    - 通过您的亚马逊订单办理退货并全额退款。

    请回复告诉我们您的选择，其余的交给我们处理。再次为给您带来的不便致歉。

    {{agent_name}}
    Fernhollow Pet Co. 客服团队
""")

template("zh/review/neutral-request", "zh", "中性邀评（每个订单一次）", """
    {{buyer_name}}，您好！

    感谢您的订单 {{order_id}}，希望 {{product}} 已经在家里派上用场。

    如果您方便，欢迎在亚马逊商品页分享您的真实使用体验。无论您的感受如何，您的分享都能帮助其他宠物主人做出合适的选择。

    感谢您抽出时间。
    {{agent_name}}
    Fernhollow Pet Co.
""")

# --- Traditional Chinese ----------------------------------------------------

template("zh-tw/collar/location-not-updating", "zh-tw", "GPS 項圈：位置不更新", """
    {{buyer_name}} 您好：

    很抱歉{{pet_name}}的位置一直沒有在地圖上更新。{{collar_model}} 需要看得到天空並有行動網路訊號才能回報位置，我們可以一起檢查以下幾點：

    ・確認項圈電量至少 20%，電量過低時會降低回報頻率以節省電力。
    ・打開 Fernhollow Home App，在「裝置」頁確認 Pathfinder Live 方案顯示為「啟用中」。
    ・把項圈帶到戶外、遠離高樓約 10 分鐘，讓它重新取得 GPS 定位。
    ・長按電源鍵 8 秒，直到指示燈閃兩下白光，重新啟動項圈。
    ・如果需要每幾秒更新一次，請確認已開啟「即時模式」。

    在室內時，地圖可能顯示最後一次的戶外位置或較大的範圍圈，這是正常現象，並不代表項圈故障。如果完成以上步驟後位置仍然沒有變化，請回覆 App 上顯示的最後更新時間，我們會進一步協助。

    祝 平安順心
    {{agent_name}}
    Fernhollow Pet Co. 客服團隊
""")

template("zh-tw/subscription/plan-overview", "zh-tw", "GPS 項圈訂閱方案說明", """
    {{buyer_name}} 您好：

    謝謝您詢問 {{collar_model}} 的 {{plan_name}} 方案，說明如下：

    ・項圈透過行動網路傳送位置，因此即時追蹤需要有效的 {{plan_name}} 方案。
    ・方案只能在 Fernhollow Home App 的「帳戶」＞「方案」中開通、變更或取消。
    ・方案費用由您手機的應用程式商店收取，我們無法從亞馬遜訂單查看或修改您的付款資料。
    ・沒有啟用方案時，項圈仍會記錄散步與活動量，手機在藍牙範圍內時即可查看。

    您在亞馬遜購買的是項圈本身，方案是在 App 中另外選擇的服務。如果「方案」頁面顯示的內容與您預期不同，歡迎描述您看到的畫面，我們會為您說明。

    敬祝 順心
    {{agent_name}}
    Fernhollow Pet Co. 客服團隊
""")

template("zh-tw/feeder/setup-first-use", "zh-tw", "自動餵食器：第一次使用", """
    {{buyer_name}} 您好：

    感謝您為{{pet_name}}選擇 {{feeder_model}}。第一次使用前，請依照以下步驟準備：

    ・插上電源變壓器，並在底座放入三顆 1 號電池作為備用電源。
    ・確認儲糧桶上蓋已扣緊，乾燥劑包放在上蓋的小袋中。
    ・倒入 2 至 12 公釐大小的乾飼料；濕食或凍乾容易卡住出糧轉盤。
    ・長按「出糧」鍵 2 秒，出一份測試糧，確認飼料有落入碗中。
    ・用旋鈕或 Fernhollow Home App 設定第一餐的時間。

    一份約 10 公克，60 公克的一餐就是 6 份。如果測試時沒有出糧，請清空儲糧桶、檢查轉盤是否卡了飼料後再試一次。

    祝 毛孩吃得開心
    {{agent_name}}
    Fernhollow Pet Co. 客服團隊
""")


# ---------------------------------------------------------------------------
# Replies.
# ---------------------------------------------------------------------------

REPLIES = []


def render(tid, values):
    t = TEMPLATES[tid]
    names = set(PH_RE.findall(t))
    if names != set(values):
        raise SystemExit("render %s: placeholders %s, values %s" % (tid, sorted(names), sorted(values)))
    return PH_RE.sub(lambda m: values[m.group(1)], t)


def clean(text):
    return textwrap.dedent(text).strip("\n")


def add(cat, lang, text, labels=(), tags=(), note="", src=None, values=None, kind=None,
        base=None, jc=None, trad=False, related=None):
    """Append one reply.  `lang` is en|zh|mixed; `trad` marks Traditional Chinese."""
    assert cat in CATEGORIES, cat
    t = [cat] + list(tags)
    if trad:
        t.append("traditional")
    if kind:
        t.append(kind)
    if src is None and cat not in ("filled-template",):
        t.append("free-written")
    REPLIES.append({
        "cat": cat, "lang": lang, "text": text, "labels": list(labels), "tags": t,
        "note": note, "src": src, "values": values, "kind": kind, "base": base, "jc": jc,
        "trad": trad, "related": related,
    })


def after(anchor, addition):
    """Edit: insert `addition` right after `anchor`."""
    return (anchor, anchor + addition)


def before(anchor, addition):
    """Edit: insert `addition` right before `anchor`."""
    return (anchor, addition + anchor)


def rewrap(text, width):
    """Hard-wrap long lines the way a mail client does; list items get a hanging indent."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^((?:[-*\u2022]|\d+\.) )", line)
        indent = " " * len(m.group(1)) if m else ""
        out.extend(textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


def fill(tid, values, lang=None, edits=(), bullets=None, wrap=None, labels=(), tags=(), note="",
         cat="filled-template", jc=None, trad=None):
    base = render(tid, values)
    text = base
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("fill %s: edit anchor found %d times: %r" % (tid, n, old))
        text = text.replace(old, new)
    if bullets:
        old_b, new_b = bullets
        text = "\n".join(new_b + l[len(old_b):] if l.startswith(old_b) else l for l in text.split("\n"))
    if wrap:
        text = rewrap(text, wrap)
    kind = "exact" if text == base else "edited"
    tlang = TEMPLATE_META[tid]["lang"]
    if lang is None:
        lang = "en" if tlang == "en" else "zh"
    if trad is None:
        trad = tlang == "zh-tw"
    extra = []
    if wrap:
        extra.append("rewrapped")
    if bullets:
        extra.append("bullet-style")
    add(cat, lang, text, labels=labels, tags=list(tags) + extra, note="%s: %s" % (tid, note) if note else tid,
        src=tid, values=values, kind=kind, base=base, jc=jc, trad=trad)
    return text


# ===========================================================================
# 1. Filled templates (expected: no template-required)
# ===========================================================================

F = "filled-template"

# --- en/feeder/setup-first-use
fill("en/feeder/setup-first-use",
     {"buyer_name": "Marguerite", "feeder_model": "SmartBowl F5", "pet_name": "Waffles",
      "agent_name": "Harriet Okafor"},
     note="exact fill")
fill("en/feeder/setup-first-use",
     {"buyer_name": "Desmond",
      "feeder_model": "SmartBowl F5 Duo two-bowl automatic feeder (5 L hopper, graphite grey, 2024 edition)",
      "pet_name": "Juniper and Sprout", "agent_name": "Tomasz Lindqvist, Pet Product Specialist"},
     edits=[after("Hi Desmond,\n\n",
                  "Congratulations on bringing home two kittens at once! Juniper and Sprout sound like a "
                  "lively pair, and it is lovely that you are getting their meals sorted before they even "
                  "arrive.\n\n"),
            ("Warm regards,",
             "If anything feels confusing along the way, just reply here and I will walk you through it.\n\n"
             "Warm regards and a gentle chin scratch for both kittens,")],
     tags=["long-value", "greeting", "pet-empathy", "sign-off"],
     note="long feeder_model value, added greeting paragraph and warmer sign-off")

# --- en/feeder/app-pairing
fill("en/feeder/app-pairing",
     {"buyer_name": "Rosalind", "feeder_model": "SmartBowl F5", "device_code": "F5-7QK2-M9",
      "agent_name": "Priya Venkataraman"},
     note="exact fill")
fill("en/feeder/app-pairing",
     {"buyer_name": "Bartholomew", "feeder_model": "SmartBowl F5", "device_code": "F5-3HD8-T4",
      "agent_name": "Maren Delacroix, Customer Care Associate"},
     edits=[after("Hello Bartholomew,\n\n",
                  "I hope Mochi still got her breakfast on time this morning, even without the app!\n\n")],
     wrap=66, tags=["pet-empathy"],
     note="added pet line, whole reply hard-wrapped at 66 columns by the mail client")
fill("en/feeder/app-pairing",
     {"buyer_name": "Anneliese", "feeder_model": "SmartBowl F5 Duo", "device_code": "F5D-9WR1-C6",
      "agent_name": "Tomasz Lindqvist"},
     edits=[("within 3 meters of the feeder", "within 3 meters (about 10 feet) of the feeder"),
            ("Kind regards,", "Fingers crossed for a solid blue light, and give Tofu a pat from us.\n\nKind regards,")],
     tags=["light-edit", "sign-off"],
     note="one step clarified (feet), pet line before the sign-off")

# --- en/collar/location-not-updating
fill("en/collar/location-not-updating",
     {"buyer_name": "Ingrid", "pet_name": "Rocket", "collar_model": "Pathfinder P2",
      "agent_name": "Jonah Abernathy"},
     note="exact fill")
fill("en/collar/location-not-updating",
     {"buyer_name": "Fitzgerald", "pet_name": "Clementine",
      "collar_model": "Pathfinder P2 GPS collar (medium strap, forest green)",
      "agent_name": "Harriet Okafor, Customer Care Lead"},
     edits=[before("I'm sorry Clementine's location",
                   "I can only imagine how unsettling it is to open the map and not see where Clementine is, "
                   "especially with a beagle who follows her nose everywhere. "),
            ("Best wishes,",
             "Sending a big hug to Clementine, and I hope she is snoozing at your feet right now.\n\nBest wishes,")],
     tags=["long-value", "pet-empathy", "sign-off"],
     note="empathy sentence about the dog, warm closing line")

fill("en/collar/location-not-updating",
     {"buyer_name": "Marisela", "pet_name": "Otis", "collar_model": "Pathfinder P2",
      "agent_name": "Jonah Abernathy, Customer Care"},
     edits=[after("Hi Marisela,\n\n",
                  "Thank you for writing in, and I hope Otis is curled up safely at home while we sort this out.\n\n"),
            ("- Check that Live Mode is switched on if you need updates every few seconds rather than every few "
             "minutes.\n", ""),
            ("please reply with the time of the last update shown in the app and we will look into it further.",
             "just send me the time of the last update the app shows, and I'll take it from there.")],
     tags=["greeting", "light-edit", "bullet-removed"],
     note="greeting paragraph, one bullet left out (not relevant to the buyer), last sentence reworded")

# --- en/collar/charging-check
fill("en/collar/charging-check",
     {"buyer_name": "Oluwaseun", "collar_model": "Pathfinder P2 Mini", "agent_name": "Maren Delacroix"},
     note="exact fill")
fill("en/collar/charging-check",
     {"buyer_name": "Cressida", "collar_model": "Pathfinder P2",
      "agent_name": "Priya Venkataraman, Customer Care Associate"},
     edits=[("is not charging as expected.",
             "is not charging as expected. I know Ziggy will be keen to get back out on the trails."),
            ("Leave the collar charging for a full two hours;",
             "Leave it charging for a full two hours, ideally overnight the first time;")],
     bullets=("- ", "* "), tags=["light-edit", "pet-empathy"],
     note="bullets changed to asterisks, one bullet reworded, pet line")

# --- en/subscription/plan-overview
fill("en/subscription/plan-overview",
     {"buyer_name": "Hollis", "plan_name": "Pathfinder Live", "collar_model": "Pathfinder P2 Mini",
      "agent_name": "Jonah Abernathy"},
     note="exact fill")
fill("en/subscription/plan-overview",
     {"buyer_name": "Evangeline", "plan_name": "Pathfinder Live", "collar_model": "Pathfinder P2",
      "agent_name": "Harriet Okafor, Customer Care Lead"},
     edits=[after("Hi Evangeline,\n\n",
                  "It was lovely to hear that Pepper has already done her first mountain hike with the "
                  "collar on.\n\n"),
            ("Best regards,", "Happy trails to you both,")],
     tags=["greeting", "pet-empathy", "sign-off"],
     note="greeting line about the dog, different sign-off")

# --- en/subscription/cancel-or-pause
fill("en/subscription/cancel-or-pause",
     {"buyer_name": "Rupert", "plan_name": "Pathfinder Live", "agent_name": "Maren Delacroix"},
     note="exact fill")
fill("en/subscription/cancel-or-pause",
     {"buyer_name": "Saoirse", "plan_name": "Pathfinder Live annual",
      "agent_name": "Tomasz Lindqvist, Pet Product Specialist"},
     edits=[after("Hello Saoirse,\n\n",
                  "Thanks for letting us know about your long stay abroad, and I hope Nacho enjoys his "
                  "holiday with your parents.\n\n"),
            ("Your collar keeps working for walks and activity while the plan is paused.",
             "Your collar keeps counting Nacho's walks while the plan is paused, so his record will still "
             "be there when you come back.")],
     tags=["greeting", "light-edit"],
     note="greeting line, last sentence personalised with the dog's name")

# --- en/warranty/claim-steps
fill("en/warranty/claim-steps",
     {"buyer_name": "Lorcan",
      "product": "Fernhollow Brook Stainless Steel Cat Water Fountain 2.4L with Ultra-Quiet Pump, "
                 "Triple Filtration and LED Water-Level Window",
      "case_id": "FH-WC-40817", "order_id": "112-5830471-2296315", "agent_name": "Jonah Abernathy"},
     tags=["long-value"], note="exact fill with the full 120-character listing title in {{product}}")
fill("en/warranty/claim-steps",
     {"buyer_name": "Philippa", "product": "TrimEase T7 cordless clippers", "case_id": "FH-WC-40952",
      "order_id": "114-7720356-8193024", "agent_name": "Jonah Abernathy, Warranty Coordinator"},
     edits=[before("I'm sorry your TrimEase",
                   "What a frustrating way to end a grooming session, and poor Hamish with only one side "
                   "trimmed! "),
            before("Once we receive these,",
                   "There is no rush; whenever you have a quiet moment is fine.\n\n"),
            ("With best regards,", "With best regards, and thanks to Hamish for his patience,")],
     tags=["pet-empathy", "sign-off"],
     note="empathy opener, reassurance line, warmer sign-off")

# --- en/warranty/coverage
fill("en/warranty/coverage",
     {"buyer_name": "Imelda", "product": "TrimEase T7 cordless clippers", "warranty_months": "12",
      "agent_name": "Priya Venkataraman"},
     note="exact fill")
fill("en/warranty/coverage",
     {"buyer_name": "Augustin", "product": "CloudRest orthopedic dog bed, size XL", "warranty_months": "24",
      "agent_name": "Harriet Okafor, Customer Care Lead"},
     edits=[after("Hello Augustin,\n\n",
                  "It sounds like Bruno has claimed the bed as his throne already, which is exactly what "
                  "we hope for with an older Great Dane.\n\n")],
     wrap=72, tags=["pet-empathy"],
     note="pet line added, hard-wrapped at 72 columns")

# --- en/defect/apology
fill("en/defect/apology",
     {"buyer_name": "Ms. Carrow", "product": "SmartBowl F5", "pet_name": "Pumpernickel",
      "case_id": "FH-DF-2291", "agent_name": "Maren Delacroix"},
     note="exact fill")
fill("en/defect/apology",
     {"buyer_name": "Thaddeus", "product": "Brook 2.4L cat water fountain", "pet_name": "Saffron",
      "case_id": "FH-DF-2307", "agent_name": "Tomasz Lindqvist, Pet Product Specialist"},
     edits=[after("thank you for taking the time to tell us about it.",
                  " I know how much it matters to you that Saffron keeps drinking well, so I have marked "
                  "the case as urgent."),
            ("Sincerely,", "With warm wishes to you and Saffron,")],
     tags=["pet-empathy", "sign-off"],
     note="empathy sentence, different sign-off")

# --- en/review/neutral-request
fill("en/review/neutral-request",
     {"buyer_name": "Cornelius", "order_id": "113-2648105-7730942", "product": "CloudRest orthopedic dog bed",
      "agent_name": "Harriet Okafor"},
     note="exact fill")
fill("en/review/neutral-request",
     {"buyer_name": "Theodora", "order_id": "111-9053377-4418260", "product": "Pathfinder P2 GPS collar",
      "agent_name": "Priya Venkataraman, Customer Care Associate"},
     edits=[after("Hi Theodora,\n\n", "I hope you and Pickles are having a good week.\n\n"),
            ("Best regards,", "Warm wishes to you and Pickles,")],
     tags=["greeting", "sign-off"], note="greeting line and sign-off")
fill("en/review/neutral-request",
     {"buyer_name": "Leopold", "order_id": "114-3391820-5067713", "product": "TrimEase T7 cordless clippers",
      "agent_name": "Maren Delacroix"},
     edits=[("has settled in well at home.", "has made grooming days at home a little easier for you and Olive."),
            ("Thank you for your time.", "Thank you for your time, and happy grooming!")],
     tags=["light-edit"], note="one clause personalised, closing line extended")

# --- en/compatibility/accessory-fit
fill("en/compatibility/accessory-fit",
     {"buyer_name": "Wilhelmina", "item": "Brook replacement filter 6-pack (BR-F6)",
      "product": "Brook 2.4L cat water fountain", "agent_name": "Tomasz Lindqvist"},
     note="exact fill")
fill("en/compatibility/accessory-fit",
     {"buyer_name": "Benedikt",
      "item": "Pathfinder quick-release nylon strap, size M (38 to 52 cm neck), reflective orange",
      "product": "Pathfinder P2 GPS collar module", "agent_name": "Maren Delacroix, Customer Care Associate"},
     edits=[before("A few points to help you get the best fit:",
                   "An orange strap will look very smart on Tilly, and it is easier to spot in tall grass too. "),
            ("Kind regards,", "Have a lovely weekend, and a belly rub for Tilly from the whole team.\n\nKind regards,")],
     tags=["long-value", "pet-empathy", "sign-off"], note="long item value, pet lines")

# --- en/fountain/cleaning
fill("en/fountain/cleaning",
     {"buyer_name": "Bernadette", "fountain_model": "Brook 2.4L fountain", "agent_name": "Priya Venkataraman"},
     note="exact fill")
fill("en/fountain/cleaning",
     {"buyer_name": "Ignatius", "fountain_model": "Brook 2.4L stainless steel fountain",
      "agent_name": "Harriet Okafor, Customer Care Lead"},
     edits=[before("Thanks for asking how",
                   "Cats can be so particular about their water, and it sounds like Miso has strong opinions! "),
            ("Warm regards,", "Here's to many happy sips for Miso.\n\nWarm regards,")],
     tags=["pet-empathy", "sign-off"], note="pet lines at the start and before the sign-off")

# --- en/manual/pointer (short template)
fill("en/manual/pointer",
     {"buyer_name": "Gwendolyn", "product": "SmartBowl F5", "page": "14", "section": "Portion calibration",
      "agent_name": "Tomasz Lindqvist"},
     note="exact fill of the short template")
fill("en/manual/pointer",
     {"buyer_name": "Mortimer", "product": "Pathfinder P2", "page": "22", "section": "Safe zones and escape alerts",
      "agent_name": "Jonah Abernathy"},
     edits=[("Thanks for your message.", "Thanks for your message, and good to hear Biscuit is settling in with the new collar."),
            ("Best regards,", "Have a lovely walk this evening.\n\nBest regards,")],
     tags=["short-template", "pet-empathy", "sign-off"], jc="short-template",
     note="short template with a pet clause and a closing line (additions are a large share of a short text)")

# --- en/grooming/clipper-blade-care
fill("en/grooming/clipper-blade-care",
     {"buyer_name": "Octavia", "clipper_model": "TrimEase T7", "agent_name": "Maren Delacroix"},
     note="exact fill")
fill("en/grooming/clipper-blade-care",
     {"buyer_name": "Ellery", "clipper_model": "TrimEase T7 cordless clippers",
      "agent_name": "Tomasz Lindqvist, Pet Product Specialist"},
     edits=[after("Hi Ellery,\n\n",
                  "Poor Barnaby, nobody enjoys a tug halfway through a trim, and well done to you for stopping "
                  "to ask.\n\n"),
            ("Kind regards,", "Wishing you both a calm next session,")],
     tags=["pet-empathy", "sign-off"], note="empathy paragraph, different sign-off")

# --- en/bed/cover-care
fill("en/bed/cover-care",
     {"buyer_name": "Winifred", "bed_size": "L", "agent_name": "Harriet Okafor"},
     note="exact fill")
fill("en/bed/cover-care",
     {"buyer_name": "Florian", "bed_size": "XL (122 x 86 cm)", "agent_name": "Priya Venkataraman, Customer Care Associate"},
     edits=[after("Hello Florian,\n\n",
                  "It is wonderful to hear that Duchess, at thirteen, now sleeps through the night on it.\n\n")],
     wrap=70, tags=["pet-empathy"], note="pet line, hard-wrapped at 70 columns")

fill("en/bed/cover-care",
     {"buyer_name": "Aurelio", "bed_size": "M", "agent_name": "Maren Delacroix"},
     edits=[("- Keep the waterproof liner on the foam and wipe it with a damp cloth; it is not machine washable.\n"
             "- Never wash or soak the memory foam itself. Spot-clean it with a damp cloth and let it air-dry completely.",
             "- Never wash or soak the memory foam itself. Spot-clean it with a damp cloth and let it air-dry completely.\n"
             "- Keep the waterproof liner on the foam and wipe it with a damp cloth; it is not machine washable."),
            ("Warm regards,", "Give Pippa a cuddle from all of us.\n\nWarm regards,")],
     tags=["light-edit", "bullets-reordered", "sign-off"],
     note="two bullets swapped, pet line before the sign-off")

# --- zh/feeder/app-pairing
fill("zh/feeder/app-pairing",
     {"buyer_name": "李女士", "feeder_model": "SmartBowl F5", "device_code": "F5-6JT3-P8", "agent_name": "周婉清"},
     note="exact fill")
fill("zh/feeder/app-pairing",
     {"buyer_name": "赵先生", "feeder_model": "SmartBowl F5 双碗版", "device_code": "F5D-2MX7-K1",
      "agent_name": "宋佳怡（客服专员）"},
     edits=[before("感谢您联系我们。", "听说豆豆今天早上因为喂食器离线，在碗边等了好久，真让人心疼。"),
            ("祝您和毛孩子生活愉快！", "希望今晚豆豆就能按时吃上晚饭，祝您和毛孩子生活愉快！")],
     tags=["pet-empathy", "sign-off"], note="empathy sentence about the dog, longer closing line")

# --- zh/fountain/cleaning
fill("zh/fountain/cleaning",
     {"buyer_name": "陈小姐", "fountain_model": "Brook 2.4L 饮水机", "agent_name": "陶俊杰"},
     note="exact fill")
fill("zh/fountain/cleaning",
     {"buyer_name": "黄女士", "fountain_model": "Brook 2.4L 不锈钢饮水机", "agent_name": "周婉清（客服专员）"},
     edits=[before("谢谢您询问", "家里三只猫共用一台饮水机，清洁确实要多花点心思，辛苦您了。"),
            ("多猫家庭需更勤", "像您家这样有三只猫，可以更勤一些")],
     tags=["pet-empathy", "light-edit"], note="empathy opener, one clause adapted to three cats")

# --- zh/warranty/claim-steps
fill("zh/warranty/claim-steps",
     {"buyer_name": "王先生", "product": "Fernhollow TrimEase T7 无线宠物剃毛器（含 3 个限位梳和充电底座）",
      "order_id": "113-8827410-3356092", "case_id": "FH-WC-41133", "agent_name": "陶俊杰"},
     tags=["long-value"], note="exact fill, long product value")
fill("zh/warranty/claim-steps",
     {"buyer_name": "刘女士", "product": "Pathfinder P2 GPS 项圈", "order_id": "112-4406918-7715230",
      "case_id": "FH-WC-41190", "agent_name": "陶俊杰（售后主管）"},
     edits=[before("很抱歉您的", "知道小黑这几天出门没法定位，您一定很担心。"),
            ("此致", "辛苦您了，希望小黑早日戴上正常工作的项圈。\n\n此致")],
     tags=["pet-empathy", "sign-off"], note="empathy opener and extra closing line")

# --- zh/defect/apology
fill("zh/defect/apology",
     {"buyer_name": "孙先生", "product": "SmartBowl F5 自动喂食器", "pet_name": "年糕", "case_id": "FH-DF-2318",
      "agent_name": "宋佳怡"},
     note="exact fill")
fill("zh/defect/apology",
     {"buyer_name": "吴小姐", "product": "Brook 2.4L 饮水机", "pet_name": "奶茶和布丁", "case_id": "FH-DF-2340",
      "agent_name": "周婉清（客服专员）"},
     edits=[after("感谢您花时间告诉我们。", "夏天最怕猫咪喝水少，水泵突然不转，您一定很着急。"),
            ("请回复告诉我们您的选择", "请直接在这里回复告诉我们您的选择")],
     tags=["pet-empathy", "light-edit"], note="empathy sentence, one phrase edited")

# --- zh/review/neutral-request
fill("zh/review/neutral-request",
     {"buyer_name": "郑女士", "order_id": "114-6129034-8842157", "product": "CloudRest 骨科狗床", "agent_name": "宋佳怡"},
     note="exact fill")
fill("zh/review/neutral-request",
     {"buyer_name": "何先生", "order_id": "111-7384420-9051366", "product": "Pathfinder P2 GPS 项圈",
      "agent_name": "周婉清（客服专员）"},
     edits=[after("何先生，您好！\n\n", "天气转凉了，希望您和旺财每天散步都很愉快。\n\n"),
            ("感谢您抽出时间。", "感谢您抽出时间，祝旺财天天开心。")],
     tags=["greeting", "sign-off"], note="greeting line and closing line")

# --- zh-tw/collar/location-not-updating
fill("zh-tw/collar/location-not-updating",
     {"buyer_name": "張先生", "pet_name": "阿福", "collar_model": "Pathfinder P2", "agent_name": "林書妤"},
     note="exact fill")
fill("zh-tw/collar/location-not-updating",
     {"buyer_name": "黃小姐", "pet_name": "咪寶", "collar_model": "Pathfinder P2 Mini 貓用款",
      "agent_name": "鄭冠廷（售後顧問）"},
     edits=[after("黃小姐 您好：\n\n", "咪寶是很愛往外跑的貓咪，看不到牠的位置一定讓您很擔心，我們完全能體會。\n\n"),
            ("祝 平安順心", "祝 平安順心，也請幫我們摸摸咪寶")],
     tags=["pet-empathy", "sign-off"], note="empathy paragraph, extended closing")

# --- zh-tw/subscription/plan-overview
fill("zh-tw/subscription/plan-overview",
     {"buyer_name": "陳太太", "collar_model": "Pathfinder P2", "plan_name": "Pathfinder Live", "agent_name": "鄭冠廷"},
     note="exact fill")
fill("zh-tw/subscription/plan-overview",
     {"buyer_name": "吳先生", "collar_model": "Pathfinder P2 Mini", "plan_name": "Pathfinder Live 年繳",
      "agent_name": "林書妤（客服專員）"},
     edits=[after("吳先生 您好：\n\n", "謝謝您這麼細心，在帶布丁出門旅行前先把方案的細節問清楚。\n\n"),
            ("敬祝 順心", "祝 您和布丁旅途愉快")],
     tags=["greeting", "sign-off"], note="greeting paragraph, different closing")

# --- zh-tw/feeder/setup-first-use
fill("zh-tw/feeder/setup-first-use",
     {"buyer_name": "許小姐", "feeder_model": "SmartBowl F5", "pet_name": "芝麻", "agent_name": "林書妤"},
     note="exact fill")
fill("zh-tw/feeder/setup-first-use",
     {"buyer_name": "葉先生", "feeder_model": "SmartBowl F5 雙碗版", "pet_name": "阿橘和小白",
      "agent_name": "鄭冠廷（售後顧問）"},
     edits=[after("葉先生 您好：\n\n", "家裡一次迎來兩隻小貓，一定很熱鬧吧！\n\n")],
     tags=["greeting"], note="greeting line")

# --- JC: a Traditional template converted character by character to Simplified script
TRAD_SIMP = dict(zip(
    "謝為擇請驟準備電變壓並顆號確認儲糧蓋緊乾劑釐飼濕凍轉盤長鍵測試設時間約沒檢後開團隊選鈕",
    "谢为择请骤准备电变压并颗号确认储粮盖紧干剂厘饲湿冻转盘长键测试设时间约没检后开团队选钮"))


def to_simplified(text):
    return "".join(TRAD_SIMP.get(c, c) for c in text)


SCRIPT_CONVERTED_VALUES = {"buyer_name": "罗女士", "feeder_model": "SmartBowl F5", "pet_name": "汤圆",
                           "agent_name": "宋佳怡"}
add(F, "zh", clean("""
    罗女士 您好：

    感谢您为汤圆选择 SmartBowl F5。第一次使用前，请依照以下步骤准备：

    ・插上电源变压器，并在底座放入三颗 1 号电池作为备用电源。
    ・确认储粮桶上盖已扣紧，干燥剂包放在上盖的小袋中。
    ・倒入 2 至 12 公厘大小的干饲料；湿食或冻干容易卡住出粮转盘。
    ・长按「出粮」键 2 秒，出一份测试粮，确认饲料有落入碗中。
    ・用旋钮或 Fernhollow Home App 设定第一餐的时间。

    一份约 10 公克，60 公克的一餐就是 6 份。如果测试时没有出粮，请清空储粮桶、检查转盘是否卡了饲料后再试一次。

    祝 毛孩吃得开心
    宋佳怡
    Fernhollow Pet Co. 客服团队
"""), tags=["script-converted"], src="zh-tw/feeder/setup-first-use", values=SCRIPT_CONVERTED_VALUES,
    kind="edited", base=to_simplified(render("zh-tw/feeder/setup-first-use", SCRIPT_CONVERTED_VALUES)), jc="script-converted",
    note="zh-tw/feeder/setup-first-use: the Traditional template converted character for character to Simplified "
         "script for a buyer who reads Simplified (JC)")

# --- JC: bilingual reply made of two approved templates (English, then its Chinese version)
_m1_en = {"buyer_name": "Meilin", "order_id": "113-5519204-6673018", "product": "Brook 2.4L cat water fountain",
          "agent_name": "Harriet Okafor"}
_m1_zh = {"buyer_name": "美琳", "order_id": "113-5519204-6673018", "product": "Brook 2.4L 猫咪饮水机",
          "agent_name": "周婉清"}
_m1 = render("en/review/neutral-request", _m1_en) + "\n\n" + render("zh/review/neutral-request", _m1_zh)
add(F, "mixed", _m1, tags=["bilingual", "template-pair"],
    src="en/review/neutral-request+zh/review/neutral-request", values=None, kind="exact", base=_m1, jc="template-pair",
    note="en/review/neutral-request + zh/review/neutral-request: both approved review templates, English then "
         "Chinese, same order (JC)")

fill("en/fountain/cleaning",
     {"buyer_name": "Mrs. Wang", "fountain_model": "Brook 2.4L fountain", "agent_name": "Priya Venkataraman"},
     lang="mixed",
     edits=[after("Hello Mrs. Wang,\n\n", "王太太您好！\n\n"),
            before("Warm regards,", "如果哪一步不清楚，欢迎直接用中文回复我们。\n\n")],
     tags=["bilingual", "greeting"], jc="courtesy",
     note="English template fill with a Chinese greeting and a Chinese closing line for a bilingual buyer")


# ===========================================================================
# 2. Free-written logistics replies (expected: nothing)
# ===========================================================================

L = "logistics"

add(L, "en", clean("""
    Hi Genevieve,

    Thank you so much for your message, and I completely understand wanting the feeder in place before your work trip next week so Marmalade's breakfasts stay on schedule.

    Good news: your SmartBowl F5 (order 112-0937462-5518804) left our warehouse this morning and is with UPS now. Here are the details:

    - Carrier: UPS Ground
    - Tracking number: 1Z9W47E60318824057
    - Estimated delivery: Thursday, by the end of the day

    The tracking page can take a few hours to show the first scan, so please don't worry if it looks quiet until this evening. If the estimate changes or the parcel hasn't arrived by Friday, just reply here and I'll chase it with UPS straight away.

    Give Marmalade a scratch from all of us!

    Warm regards,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), tags=["tracking"], note="shipping status with tracking, warm opener and pet line")

add(L, "en", clean("""
    Dear Mr. Haverford,

    Thank you for your patience, and I am sorry that Duke's new bed has not turned up yet. I know how much you were looking forward to giving his hips a softer place to rest.

    I checked order 114-2283019-6640751 this morning. The CloudRest XL travels as an oversized parcel, and the regional FedEx hub has reported a two-day backlog after the storms in the Midwest. The updated estimate is Monday, 14 October. The tracking number is 7781 2049 3365 if you would like to follow it yourself.

    What happens next:
    - I will check the tracking again on Saturday morning and update you here.
    - If the parcel is still not moving by Tuesday, we will send a second bed by express delivery at no cost to you and deal with the carrier ourselves.

    Again, my apologies for the wait. Please give Duke a gentle pat from us.

    Kind regards,
    Harriet Okafor
    Customer Care Lead | Fernhollow Pet Co.
"""), tags=["delay", "tracking"], note="carrier delay on an oversized parcel, FedEx 12-digit tracking number (not a phone number)")

add(L, "en", clean("""
    Hello Anushka,

    Thank you for letting us know, and I'm so sorry for the worry. Tracking for order 113-7405618-2209437 shows the Brook fountain as delivered yesterday at 2:14 pm, but I completely understand that "delivered" is no comfort when there is no box on your doorstep.

    Here is what usually solves it:
    1. Check around the property: porch, back door, garage, side gate or a parcel box.
    2. Ask your neighbours whether a parcel was left with them; drivers sometimes hand it next door.
    3. Give it until tomorrow evening. Carriers occasionally mark a parcel as delivered a few hours early and drop it off on the next round.

    If it still hasn't shown up by tomorrow evening, please reply here. We will open an investigation with the carrier and send a replacement fountain right away, so Pistachio isn't kept waiting.

    With warm regards,
    Maren Delacroix
    Customer Care Associate
    Fernhollow Pet Co.
"""), tags=["missing-parcel"], note="marked delivered but not received")

add(L, "en", clean("""
    Hi Raymond,

    Oh no, thank you for sending the photos. I'm really sorry the box arrived crushed on one corner and the stainless bowl inside was dented. That is clearly damage from the journey, and you shouldn't have to live with it.

    I've arranged a replacement Brook fountain for order 111-6620493-8157302. It leaves our warehouse tomorrow by USPS Priority Mail, and I'll post the tracking number in this thread as soon as the label is printed. There is nothing to pay and you don't need to return the damaged one; please recycle the box and the bowl however is easiest for you.

    We've already filed the damage claim with the carrier on our side, so there's nothing else you need to do.

    Thanks again for being so understanding, and I hope Bramble's water station is up and running by the weekend.

    Best wishes,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), tags=["damaged-box", "replacement-shipment"], note="crushed box, dented bowl, free replacement (remedy, not a promotion)")

add(L, "en", clean("""
    Hello Priscilla,

    Thank you for getting back to us, and no problem at all. Not every tool suits every dog, and it's completely fine to send the TrimEase T7 back.

    Your order 112-3357702-9946118 is still inside the 30-day return window, so here's how to return it:
    1. Go to Your Orders on Amazon and choose "Return or replace items" next to the clippers.
    2. Pick the reason that fits best; "No longer needed" is fine.
    3. Print the prepaid label Amazon gives you, or choose a drop-off point that prints it for you.
    4. Pack the clippers, charging base and guide combs, in the original box if you still have it.

    Your refund goes back to the original payment method once the return is scanned in at the warehouse, usually three to five business days after drop-off.

    Thank you for giving us a try, and I hope Bentley's next haircut goes smoothly whichever way you go.

    Kind regards,
    Priya Venkataraman
    Customer Care Associate | Fernhollow Pet Co.
"""), tags=["return"], note="change-of-mind return steps")

add(L, "en", clean("""
    Hi Leontyne,

    Thank you for your message, and I'm sorry the Pathfinder collar didn't work out for Sasha.

    I can confirm that your return for order 113-1184025-7702936 reached our warehouse on Tuesday, and the refund of $129.99 was issued on Wednesday to the card you used for the order. Banks usually take three to five business days to show it on your statement, and a few take up to ten.

    If you don't see it by the 24th, just reply here and I'll send you the refund reference from the order so your bank can trace it.

    Warm wishes to you and Sasha,
    Jonah Abernathy
    Fernhollow Pet Co. Customer Care
"""), tags=["refund-of-return"], note="refund issued for a returned collar")

add(L, "en", clean("""
    Hi Cordelia,

    Thanks for catching this so quickly! Moving house with two cats is stressful enough without a parcel going to the old flat.

    Your order 114-5098812-3360725 had not been packed yet, so I've updated the delivery address to:

    Cordelia Nwosu
    48 Larkspur Row, Apt 3B
    Portland, OR 97211

    The feeder ships tomorrow and the estimated delivery date stays the same, Friday. Amazon will send you the tracking number as soon as it's on its way.

    Wishing you a smooth move, and I hope Tofu and Kiwi settle into the new place quickly.

    All the best,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), tags=["address"], note="address change before dispatch")

add(L, "en", clean("""
    Hello Mathieu,

    Thank you for your question, and it's a very fair one when ordering across the border.

    Your order 113-6630927-1184503 ships from the United States to Canada, so it passes through Canadian customs. Amazon collected an import fees deposit at checkout, which covers the duties and GST/HST that apply, so you won't need to pay anything extra to the courier at your door. If the actual charges come out lower than the deposit, Amazon refunds the difference automatically.

    Customs clearance normally adds one to three business days, and the tracking may show the parcel as "held for clearance" during that time. That's normal and nothing you need to act on.

    If a courier ever asks you for a payment on delivery, please don't pay it; reply here first and we'll sort it out with them.

    I hope Poutine (what a great name for a cat!) is enjoying his scheduled meals very soon.

    Best regards,
    Tomasz Lindqvist
    Pet Product Specialist | Fernhollow Pet Co.
"""), tags=["customs"], note="import fees deposit, customs clearance")

add(L, "en", clean("""
    Hi Josephine,

    I'm so sorry! You ordered the CloudRest bed in sage green and we sent the charcoal one. That mix-up is entirely on us.

    Here's what I've done for order 112-8843306-7720194:
    - A sage green CloudRest L is on its way to you today by UPS, tracking 1Z4A81F20395526170, expected on Wednesday.
    - A prepaid return label for the charcoal bed will appear in this thread within 24 hours. Please drop it off within 30 days; any sturdy bag or box is fine, no need to repack it perfectly.

    Luna is welcome to keep napping on the charcoal one until the right colour arrives.

    Sincerely,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), tags=["wrong-item", "replacement-shipment", "return"], note="wrong colour sent, exchange")

add(L, "en", clean("""
    Hello Maximilian,

    Thanks for checking in. Your order 111-2275409-6638120 was sent in two parcels because the feeder and the fountain filters ship from different warehouses:

    - Parcel 1, SmartBowl F5: delivered on Monday, Amazon Logistics tracking TBA318204776501.
    - Parcel 2, Brook filter 6-pack: shipped yesterday with USPS, tracking 9405 5112 0620 4417 3382 91, expected on Thursday.

    So nothing is missing, the filters are just a few days behind. I'm sorry for the confusion; two deliveries for one order can easily look like a mistake.

    Best wishes to you and the cats,
    Priya Venkataraman
    Customer Care Associate
    Fernhollow Pet Co.
"""), tags=["split-shipment", "tracking"], note="split shipment, two tracking numbers")

add(L, "en", clean("""
    Hi Evangelos,

    I'm so sorry. A feeder without its power adapter is no use on day one, and I can imagine Hazel watching the empty bowl very sternly.

    The adapter should have been in the small white box under the hopper. Since it wasn't, I've sent a new adapter for order 114-0061837-2904415 today by USPS First-Class, tracking 9400 1118 9922 3046 5187 33. It should reach you in two to three days. There's nothing to pay and nothing to send back.

    Thank you for your patience, and please tell Hazel dinner service resumes shortly!

    Kind regards,
    Jonah Abernathy
    Fernhollow Pet Co. Customer Care
"""), tags=["missing-part", "replacement-shipment"], note="part missing from the box, sent separately")

add(L, "en", clean("""
    Hello Rosamund,

    What a thoughtful present! I'm sure your grandmother's new puppy will love the bed.

    For order 113-9978104-2265391 I've checked the gift options: the parcel is marked as a gift, the packing slip shows no prices, and your note "Happy birthday, Gran, from all of us" is printed on the gift message. It's scheduled to arrive on Saturday, the day before her birthday, with UPS tracking 1Z6E92H40377815526.

    If your grandmother ever needs to return or exchange the bed, she can start a gift return in Amazon's Returns Center without seeing the price, and the refund goes to her as a gift card balance.

    Warm regards,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), tags=["gift", "near-miss"], jc="gift-card-near-miss", note="gift order; 'gift card balance' is the refund form of a gift return, not an incentive")

add(L, "en", clean("""
    Hi Tobias,

    Thank you for your message. The parcel for order 112-7736401-9058124 (TrimEase T7 clippers) is waiting in the Amazon Hub Locker you chose at Greenway Market. The pickup code is in the Amazon app and in your delivery email, and the parcel stays in the locker for three calendar days, until Sunday at 9 pm.

    If you can't get there in time, no problem: the parcel goes back automatically and you're refunded, or you can reply here and we'll send a new one to your home address instead.

    I hope Archie enjoys his spa day!

    Best regards,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), tags=["locker"], note="locker pickup window")

add(L, "en", clean("""
    Hello Mrs. Okonjo,

    Thank you for the heads-up about the gate at your community. Carriers follow the delivery instructions saved on your Amazon address, so the best way to make sure the CloudRest bed reaches your door is to add the access details there:

    1. In Your Account on Amazon, open Your Addresses.
    2. Choose Edit next to the address used for order 111-8812054-4437109.
    3. Under "Add delivery instructions", enter the gate code and any notes such as "leave at the side door".

    Please don't send the gate code to us in this message; we don't need it, and it's safer kept in your Amazon address. The bed ships on Thursday and is due on Monday.

    Thank you, and I hope Rufus gets his new bed before the cold snap.

    Kind regards,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), tags=["delivery-instructions"], note="gate code goes into Amazon delivery instructions")

add(L, "en", clean("""
    Hi Valentina,

    I'm sorry the XL turned out to be too big for your living room. It happens more often than you'd think; the bed looks much smaller in photos than on the floor!

    Because the CloudRest XL is a large item, the return for order 113-0452187-9936604 works slightly differently:
    - Start the return in Your Orders and choose "UPS pickup" as the return method.
    - Pick a pickup day; UPS brings the label with them, so you don't need a printer.
    - The foam can be rolled tightly and tied with string or tape; it doesn't need the original box, but please put it in a large bag so the cover stays clean.

    As soon as UPS scans the parcel, the return shows as in transit, and the refund is issued when it reaches our warehouse, normally within a week of pickup.

    Thanks for your understanding, and give Otto a cuddle from us.

    Warmly,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), tags=["return", "bulky-item"], note="large-item return with carrier pickup")

add(L, "en", clean("""
    Hello Silas,

    Thank you for asking before sending it back. Yes, you can return the Brook fountain even though it has been opened and used; order 114-9310274-5528816 is within the 30-day window until the 19th.

    To get it ready for the return:
    - Empty it and let all the parts dry for a day so nothing leaks in transit.
    - Pack the pump, the cable, the top plate and the filter with the bowl.
    - Start the return in Your Orders, print the label and drop the parcel off at any UPS location.

    Your refund is issued once the parcel is scanned in at our warehouse.

    I'm sorry the fountain wasn't the right fit for Cleo, and thank you for giving it a try.

    Kind regards,
    Jonah Abernathy
    Fernhollow Pet Co. Customer Care
"""), tags=["return"], jc="product-words-in-logistics",
    note="return of an opened item, packing instructions (JC)")

add(L, "en", clean("""
    Hi Marisol,

    Done! As you asked, I've cancelled order 113-4409183-6627015 before it shipped. You won't be charged, and any pending amount on your card disappears within a few days, depending on your bank.

    You don't need to do anything else, and there's nothing to return.

    Have a lovely week, and say hi to Pretzel for us.

    Best regards,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), tags=["cancellation", "near-miss"], jc="cancellation", note="cancelled at the buyer's request before dispatch")

add(L, "en", clean("""
    Dear Mr. Abiodun,

    Thank you for your patience, and I'm sorry this has dragged on. The tracking for order 112-6671903-3304928 hasn't updated for eight days, so we are treating the parcel as lost.

    Rather than keep you waiting any longer, I've sent a new Pathfinder P2 collar by express delivery today, UPS tracking 1Z2K64D10390047731, due on Thursday. If the first parcel does turn up after all, you can simply refuse it or keep it unopened and start a return in Your Orders; either is fine.

    I hope Kofi is enjoying the autumn walks in the meantime.

    Sincerely,
    Harriet Okafor
    Customer Care Lead | Fernhollow Pet Co.
"""), tags=["lost-parcel", "replacement-shipment"], note="lost in transit, reshipped")

add(L, "en", clean("""
    Hi Clarabel,

    Thank you for the photos, and I'm sorry the parcel sat out in the rain. A soggy box is the last thing anyone wants to open.

    To be safe, I've sent a fresh Pathfinder P2 Mini for order 111-5538207-2816649 today, tracking TBA320551847009, arriving on Wednesday. Please don't worry about sending the wet one back; you can recycle the packaging and the unit according to your local electronics recycling rules.

    Thanks for your patience, and I hope Pixel is keeping dry indoors!

    Warm regards,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), tags=["damaged-box", "replacement-shipment"], note="rain-damaged parcel, replacement shipped")

add(L, "en", clean("""
    Hi Percival,

    Good news on your warranty case FH-WC-40718: the replacement SmartBowl F5 left our warehouse this afternoon.

    - Order: 113-2716049-8843365
    - Carrier: UPS Ground, tracking 1Z0P58R30366108452
    - Expected delivery: Tuesday

    You don't need to send the old feeder back; please keep it until the new one arrives in case you need it for the weekend, and then recycle it with your household electronics.

    Thank you for your patience while we sorted this out, and I hope Winston's dinners are back on schedule soon.

    Best wishes,
    Jonah Abernathy
    Warranty Coordinator, Fernhollow Pet Co.
"""), tags=["replacement-shipment", "near-miss"], jc="warranty-shipping", note="only the shipping of a warranty replacement; 'warranty case' is context, the content is logistics")

add(L, "en", clean("""
    Hello Beatrix,

    Thank you for planning ahead for the holidays! Order 114-8825930-1167402 is scheduled to ship on 17 December and the current delivery estimate is 20 December, so it should arrive in good time.

    We aren't able to upgrade the shipping speed on an order that's already been placed, but the estimate already includes the extra time carriers need in December. If anything changes, Amazon will update the estimate in Your Orders and I'll let you know here as well.

    Wishing you, and the lucky pup receiving this bed, a very happy holiday season.

    Kind regards,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), tags=["delivery-date"], note="holiday delivery estimate")

add(L, "en", clean("""
    Hi Gideon,

    Thanks for your message, and good news: the return window hasn't closed yet. Order 112-4093716-6650281 was placed on 6 December, and Amazon's holiday return extension covers orders placed between 1 November and 31 December, so you can return the fountain until 31 January.

    Start the return in Your Orders, choose the reason that applies, print the label and drop the parcel off. The refund is issued once it reaches our warehouse.

    I hope Mabel is doing well, and thank you for reaching out before giving up on it.

    Best regards,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), tags=["return"], note="return window question, holiday extension")

add(L, "en", clean("""
    Hello Ms. Kealoha,

    Thank you for asking! Yes, we ship to Hawaii, and your order 111-0628841-5093317 is on its way.

    One thing to know: the Pathfinder P2 collar contains a lithium battery, so carriers have to send it by ground and sea rather than by air. That's why the estimate for Hawaii is 7 to 10 business days instead of the usual 3 to 5. The current estimate is the 23rd, and the tracking number is 9405 5112 0620 4893 1105 64.

    I'm sorry it's a little slower; we'd much rather it arrived safely than quickly.

    Aloha to you and Koa,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), tags=["shipping", "near-miss"], note="battery mentioned only as the reason for the shipping method (JC)", jc="product-words-in-logistics")

add(L, "en", clean("""
    Hi Rafferty,

    I'm sorry the bed arrived with a tear in the cover, and thank you for telling us so quickly.

    The easiest way to get a replacement is through your Amazon order: open Your Orders (https://www.amazon.com/gp/css/order-history), choose "Return or replace items" next to order 113-3360192-7741058 and select "Item arrived damaged". Amazon will send the replacement right away and give you a free return label for the damaged bed.

    If the replace option isn't shown, reply here and we'll ship a new one to you ourselves.

    Thank you for your patience, and I hope Nugget has a cosy night anyway.

    Warm regards,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), tags=["replacement-shipment", "amazon-link", "near-miss"], jc="amazon-link",
    note="logistics reply with a link to Amazon's own order-history page: not off-platform contact (JC)")

# --- Simplified Chinese logistics
add(L, "zh", clean("""
    孙女士，您好！

    感谢您的耐心等待，也理解您想尽快让球球用上新喂食器的心情。

    您的订单 111-3904417-6285530 已于昨天从仓库发出，承运商是 UPS，运单号 1Z7V35K80344926118。目前包裹在芝加哥转运中心，预计本周四送达。物流页面有时会延迟几个小时才更新，请不用担心。

    如果周五还没有收到，请直接回复这条消息，我们会马上联系承运商跟进。

    祝您和球球一切顺利！
    周婉清
    客服专员 | Fernhollow Pet Co.
"""), tags=["tracking"], note="物流查询")

add(L, "zh", clean("""
    杨先生，您好！

    很遗憾这款 CloudRest 狗床的尺寸不太适合您家的柯基，完全理解。您的订单 113-2095561-7740826 仍在 30 天退货期内，退货步骤如下：

    1. 登录亚马逊，进入“我的订单”，在该商品旁选择“退货或换货”。
    2. 选择退货原因，例如“尺寸不合适”。
    3. 按页面提示打印预付退货标签，或选择可以代打标签的 UPS 网点。
    4. 狗床可以卷起来装进结实的纸箱或大号袋子里，不需要原包装。

    仓库收到并扫描退货后，退款会退回您的原支付方式，一般 3 至 5 个工作日到账。

    如有任何疑问，欢迎随时回复，祝您和柯基周末愉快！
    陶俊杰
    售后主管，Fernhollow Pet Co.
"""), tags=["return"], note="退货流程")

add(L, "zh", clean("""
    钱女士，您好！

    谢谢您的留言。您退回的 Brook 饮水机（订单 112-9174032-6605518）已于本周一送达我们的仓库，退款 45.99 美元已于周二退回到您下单时使用的信用卡。

    不同银行的入账时间不一样，一般需要 3 至 5 个工作日，个别银行最长需要 10 个工作日。如果下周五之后仍未看到退款，请回复这条消息，我们会把亚马逊的退款记录发给您，方便您向银行查询。

    很遗憾饮水机没能让咪咪满意，感谢您给我们尝试的机会。

    宋佳怡
    Fernhollow Pet Co. 客服团队
"""), tags=["refund-of-return"], note="退货退款到账时间")

add(L, "zh", clean("""
    林先生，您好！

    收到您的消息后我们马上查看了订单 114-7201953-3382046，幸好包裹还没有打包，已为您把收货地址改为：

    Lin Haoran
    2150 Alton Pkwy, Unit 408
    Irvine, CA 92606

    喂食器会在明天发出，预计送达日期不变，仍是下周二。发货后亚马逊会把运单号发给您。

    搬家事情多，辛苦了，祝您和两只猫咪在新家一切顺利！
    周婉清
    客服专员，Fernhollow Pet Co.
"""), tags=["address"], note="发货前修改地址（英文地址行不改变语言判断）")

add(L, "zh", clean("""
    方女士，您好！

    谢谢您发来的照片，看到纸箱被压坏、储粮桶的盖子也裂开了，真的非常抱歉。这是运输途中造成的损坏，不应该由您来承担。

    我们已经为订单 113-5862017-4429903 安排补发一台全新的 SmartBowl F5，明天通过 USPS 发出，运单号生成后会第一时间在这里告诉您。补发不收取任何费用，损坏的那台也不需要寄回，您可以直接处理掉。

    给您和小橘添麻烦了，再次向您致歉。
    陶俊杰
    售后主管 | Fernhollow Pet Co.
"""), tags=["damaged-box", "replacement-shipment"], note="运输破损补发")

add(L, "zh", clean("""
    龔女士，您好！

    感谢您的提问，跨境购物时关心关税是非常正常的。

    您的订单 112-3305816-9927410 从美国寄往加拿大，需要经过加拿大海关。亚马逊在结账时已经向您收取了进口费押金，用于支付相关关税和税费，所以快递员送货时您不需要另外付款。如果实际费用低于押金，亚马逊会自动把差额退还给您。

    清关一般会多花 1 至 3 个工作日，期间物流信息可能显示“等待清关”，这是正常现象。如果有快递员要求您当面付款，请先不要付，直接回复我们，我们来处理。

    祝您和多多生活愉快！
    宋佳怡
    客服专员，Fernhollow Pet Co.
"""), tags=["customs"], note="寄往加拿大的进口费")

add(L, "zh", clean("""
    曹先生，您好！

    非常抱歉，您订购的 CloudRest 狗床还没有送到。我们查询了订单 111-6047729-5180364 的物流，受飓风影响，佛罗里达州的转运中心暂停作业两天，包裹目前滞留在奥兰多。

    承运商给出的新预计送达日期是本周六。我们会每天查看物流状态，如果周一仍未送达，我们会立即为您补发一张新床，不收取任何费用。

    知道大黄年纪大了，很需要一张舒服的床，让它多等了几天，真的很抱歉。
    周婉清
    客服专员 | Fernhollow Pet Co.
"""), tags=["delay"], note="天气原因延迟送达")

# --- Traditional Chinese logistics
add(L, "zh", clean("""
    鄭小姐 您好：

    謝謝您的耐心等候。您的訂單 113-8850264-1193307 已在今天上午出貨，由 UPS 配送，追蹤編號是 1Z3X71M20381166293，預計下週一送達。

    追蹤頁面有時要幾個小時後才會出現第一筆紀錄，請不用擔心。如果週二還沒收到，請直接回覆這則訊息，我們會馬上向物流公司查詢。

    祝 您和嘟嘟週末愉快
    林書妤
    客服專員｜Fernhollow Pet Co.
"""), tags=["tracking"], trad=True, note="物流追蹤")

add(L, "zh", clean("""
    周先生 您好：

    了解，剃毛器用不到的話當然可以退貨，謝謝您先來詢問。您的訂單 112-2639018-7756240 還在 30 天的退貨期限內，步驟如下：

    ・登入亞馬遜，到「您的訂單」中選擇這項商品，點選「退貨或更換商品」。
    ・退貨原因選「不再需要」即可。
    ・列印預付退貨標籤，把剃毛器、充電座和限位梳一起放進箱子，送到 UPS 門市。

    倉庫收到並掃描包裹後，就會把款項退回您原本的付款方式，通常 3 到 5 個工作天入帳。

    祝 順心
    鄭冠廷
    售後顧問｜Fernhollow Pet Co.
"""), tags=["return"], trad=True, note="退貨步驟")

add(L, "zh", clean("""
    楊太太 您好：

    很抱歉讓您擔心了。訂單 114-4718802-2035519 的追蹤紀錄顯示，飲水機昨天下午 3 點已經送達，但您沒有收到，我們非常理解您的心情。

    建議您先：
    ・看看門口、後門、車庫或管理室是否有包裹。
    ・問問鄰居是否代收。
    ・再等到明天晚上，有時物流會提早標示送達，隔天才真正送到。

    如果明天晚上仍然沒有收到，請回覆這則訊息，我們會向物流公司提出調查，並馬上為您補寄一台，不讓小花多等。

    敬祝 平安
    林書妤
    Fernhollow Pet Co. 客服團隊
"""), tags=["missing-parcel"], trad=True, note="顯示已送達但未收到")

add(L, "zh", clean("""
    蘇先生 您好：

    真的很抱歉，充電夾應該放在項圈盒子的底層，卻漏裝了。沒辦法充電的項圈，讓您和阿福這週都沒辦法好好出門散步，給您添麻煩了。

    我們今天已經為訂單 113-0927745-6618802 補寄一個新的充電夾，USPS 追蹤編號 9400 1118 9922 3071 4402 18，預計 2 到 3 天送達，不需要支付任何費用。

    祝 順心
    鄭冠廷
    售後顧問｜Fernhollow Pet Co.
"""), tags=["missing-part", "replacement-shipment"], trad=True, note="漏裝零件補寄")

add(L, "zh", clean("""
    謝小姐 您好：

    CloudRest XL 屬於大型包裹，物流公司會先和您約好送貨時間再配送。您的訂單 111-7763019-4028851 預計下週三抵達您所在地區的配送站，物流公司會在前一天透過亞馬遜通知您選擇時段。

    如果您平日白天不在家，可以在「您的訂單」中把送貨偏好改成週末，或在地址的配送備註中寫明可以放在管理室。

    期待這張床讓球球的關節舒服一點，祝 您和球球一切都好
    林書妤
    客服專員｜Fernhollow Pet Co.
"""), tags=["delivery-scheduling", "bulky-item"], trad=True, note="大型包裹預約配送")

# --- mixed-language logistics
add(L, "mixed", clean("""
    Hi Jiawei,

    Thanks for your patience! Your order 112-1850437-3376624 shipped this morning with UPS, tracking 1Z5R93T60327751840, and should arrive on Thursday. If it hasn't arrived by Friday, just reply here and we'll follow up with UPS right away.

    嘉伟您好！您的订单今天上午已经通过 UPS 发出，运单号 1Z5R93T60327751840，预计周四送达。如果周五还没收到，请直接回复这条消息，我们会马上跟进。

    Best regards / 祝好，
    Maren Delacroix
    Fernhollow Pet Co.
"""), tags=["bilingual", "tracking"], note="bilingual tracking update")

add(L, "mixed", clean("""
    Kevin 您好，

    您的 order 114-0395826-6647019 已经 shipped 了，tracking number 是 TBA321006274418，由 Amazon Logistics 配送，预计这个 Friday 送到。包裹会放在您的 front door，如果需要放在别的地方，可以在 Amazon app 的 delivery instructions 里修改。

    如果 delivery 有任何问题，随时 message 我们就好。祝豆包周末玩得开心！

    宋佳怡
    Fernhollow Pet Co. Customer Care
"""), tags=["code-switching", "tracking"], note="Chinese sentences with English logistics words")

add(L, "mixed", clean("""
    Hello Ms. Hsu,

    To return the Pathfinder collar from order 113-6624091-0183357, go to Your Orders, choose "Return or replace items", print the prepaid label and drop the parcel at any UPS store. The refund goes back to your original payment method once the parcel reaches our warehouse.

    徐小姐您好：退貨請到「您的訂單」選擇「退貨或更換商品」，列印預付標籤後送到任一 UPS 門市。倉庫收到包裹後，款項會退回您原本的付款方式。

    Kind regards / 敬祝 順心
    林書妤
    Fernhollow Pet Co.
"""), tags=["bilingual", "return", "traditional-part"], note="bilingual return steps, English and Traditional Chinese")


# ===========================================================================
# 3. Free-written non-logistics answers and heavily rewritten templates
#    (expected: template-required)
# ===========================================================================

N = "free-non-logistics"
RW = "rewritten-template"
TR = ["template-required"]

add(N, "en", clean("""
    Hi Marcus,

    Thanks for the great question, and what a lucky beagle Scout is to have someone thinking this carefully about his meals!

    Every food is different, so the feeding guide on the bag is always the starting point, but here's how I'd approach it with the SmartBowl:

    - Look up the daily amount on the bag for a 12 kg adult dog. For a typical dry food that lands somewhere around 180 to 220 grams a day.
    - Split it into two or three meals. Beagles are famously food-driven, and smaller, more frequent meals help them feel less frantic at the bowl.
    - A 200-gram day works out to about twenty portions, for example ten at 7 am and ten at 6 pm.
    - Weigh Scout every two weeks for the first couple of months and adjust by a portion or two if he's gaining or losing.

    Don't forget that treats count too: if he gets training treats during the day, take a portion or two off dinner. And if Scout has any health conditions, your vet is the best person to fine-tune the amount.

    Happy feeding!
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), labels=TR, tags=["feeding-advice"], note="portion advice for a beagle")

add(N, "en", clean("""
    Hello Araminta,

    Oh, I know this one well. Cats can be wonderfully suspicious of anything new, especially something that hums and moves! It's very common for a cat to ignore a fountain for the first week or two, so please don't worry that Fig will never use it.

    A few things that usually help:
    - Place the fountain away from the food bowl and the litter tray. Many cats prefer to drink somewhere separate from where they eat.
    - Run it switched off for the first day or two so it's just a bowl of water, then turn the pump on.
    - Choose a quiet corner where Fig can see the room while drinking; cats like to keep an eye on things.
    - Keep the old water bowl next to it for the first week, then move the bowl a little further away every few days.
    - Some cats get curious if you run your fingers through the stream while they watch.

    Most cats come around within a fortnight. Let us know how Fig gets on; we love hearing these stories.

    Warmly,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["training-tips"], note="getting a cat to use the fountain")

add(N, "en", clean("""
    Hi Horatio,

    I'm sorry the feeder skipped Luna's dinner. A grinding sound with no kibble usually means something is stuck in the rotor, and it's nearly always fixable at home in a few minutes.

    Here's what I'd check, in this order:
    1. Unplug the feeder and take the batteries out so it can't turn while your fingers are inside.
    2. Empty the hopper into a bowl, then lift the rotor out by turning it a quarter turn anticlockwise.
    3. Look for broken kibble wedged between the paddles or in the chute below. Flat, star-shaped or very oily kibble is the usual culprit.
    4. Wipe the rotor and chute with a dry cloth; crumbs and oil build up over time and make the kibble stick.
    5. Put the rotor back, fill the hopper only halfway and press Feed once to test.

    If the rotor is clean and the motor hums but doesn't turn, please send us a short video of it in this thread and we'll take it from there.

    Best wishes to you and Luna,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["troubleshooting"], note="feeder jam troubleshooting; no template covers jams")

add(RW, "en", clean("""
    Hey Dorothea,

    Ugh, a blank map is the worst feeling, I'm sorry! Honestly, nine times out of ten it comes down to one of three things: battery, plan or signal.

    The little GPS chip can't see through a roof very well, so if Rolo has been snoozing indoors all afternoon, the map will just keep showing where he last was outside, sometimes with a big fuzzy circle around it. That part is normal. What I'd do: charge the collar to at least a quarter, open the app and make sure your plan still says it's running, and then take Rolo out for a ten-minute stroll somewhere open, not right next to tall buildings.

    Still stuck after that? Restart it with a long press on the power button, about eight seconds, until you see two white flashes. And if you want the dot to move every few seconds while he's out exploring, Live Mode is the switch you're looking for.

    Tell me what time the app shows for the last update if it still won't budge, and I'll dig in.

    Cheers,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), labels=TR, tags=["troubleshooting"], note="en/collar/location-not-updating retold in chatty prose, reordered, no list")

add(N, "en", clean("""
    Hi Cosmo,

    Thank you for sending the photo of the cable, and I'm glad Truffle is OK; a puppy and a power cord is a scary combination.

    I have to be straight with you: the bite marks on the adapter cord mean this one isn't something the warranty can cover. The warranty protects against faults in how the feeder was made, and chewing is damage that happens at home, so it falls outside it. I know that's not the answer you were hoping for, and I'm sorry.

    The good news is that the cord isn't built into the feeder. The adapter unplugs from the back, and its rating is printed on the label: 12V, 1A, with a round 5.5 mm plug. Until you have a working adapter, the three D batteries in the base will keep Truffle's meal times running.

    For the future, running the cord behind furniture or through a cable cover keeps curious teeth away from it.

    Kind regards,
    Jonah Abernathy
    Warranty Coordinator, Fernhollow Pet Co.
"""), labels=TR, tags=["warranty"], note="warranty answer written freely (chewed cord not covered)")

add(N, "en", clean("""
    Hi Edwina,

    Great question, and it's lovely that you're thinking so carefully about Barley's joints.

    Between the L and the XL for an 11-year-old Labrador at 34 kg, I'd honestly lean towards the XL. My reasoning:
    - Older dogs with stiff hips tend to stretch out flat rather than curl up, and a stretched-out Lab is often longer than the L's 107 cm.
    - When their legs hang over the edge, they put weight on the hard floor again, which is exactly what you're trying to avoid.
    - The foam is the same 10 cm in both sizes, so the support itself doesn't change.

    The one reason to choose the L is space: measure the spot first, because the XL is 122 x 86 cm. If Barley is a tight curler who sleeps in a doughnut shape, the L will be perfectly comfortable.

    Whichever you choose, I hope it helps him sleep soundly.

    Best regards,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), labels=TR, tags=["product-opinion"], note="size recommendation for a senior dog")

add(N, "en", clean("""
    Hello Juliette,

    Thank you for writing, and please don't feel bad. Lots of doodles find their first clipper session terrifying, and Waffle sounds completely normal to me!

    A few things that have helped other owners:
    - Start with the clippers switched off. Let Waffle sniff them, then touch them to her shoulder and give a treat. Do this for a few days before you ever switch them on.
    - Switch them on across the room first, so she gets used to the sound from a distance.
    - Begin on the easy areas, like the back and the sides, and leave the face, paws and tail for last or for another day.
    - Keep sessions to five or ten minutes. Two short sessions are kinder than one long struggle.
    - A lick mat with a bit of peanut butter stuck to the wall keeps many dogs busy while you work.

    If she is still panicking after a couple of weeks of this, a professional groomer or your vet can help with a plan. You're doing a lovely job by going slowly.

    Warmly,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["training-tips", "grooming"], note="desensitising a nervous dog to clippers")

add(N, "en", clean("""
    Hi Bartram,

    Thank you for your message, and I'm sorry about the surprise charge after you'd already sent the collar back.

    Returning the collar through Amazon refunds the collar itself, but the Pathfinder Live plan is a separate subscription that you started in the Fernhollow Home app, and it keeps renewing until it's cancelled in the app. That's why the $9.99 appeared this month.

    Two things will sort it out:
    - Cancel the plan in the app under Account, Plan, Manage, so it doesn't renew again. You can do this even though the collar is gone.
    - Ask for a refund of this month's charge through the purchase history of your phone's app store, since that's where the plan was paid. Refund requests for app subscriptions are handled there, not by us or by the Amazon order.

    I'm sorry this wasn't made clearer when you set up the return.

    Kind regards,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["subscription"], jc="subscription-refund",
    note="refund of a subscription charge written freely: a plan refund is not the refund of a return (JC)")

add(RW, "en", clean("""
    Hi Prudence,

    So here's the deal with the plan. Think of the collar as a little phone: to tell you where Moose is, it has to send his position over a mobile network, and that connection is what the Pathfinder Live plan pays for. No plan, no live dot on the map.

    It doesn't stop working entirely without one, though. It still counts his walks and naps and hands them over to your phone whenever you're close by over Bluetooth.

    Everything to do with the plan lives in the app (Account, then Plan): starting it, switching between monthly and yearly, ending it. Your phone's app store takes care of the billing, which means we honestly can't see your card or charges from here. What you bought on Amazon is the collar; the plan is its own thing.

    Shout if the Plan screen shows something odd and I'll help you make sense of it.

    Best,
    Jonah Abernathy
    Fernhollow Pet Co. Customer Care
"""), labels=TR, tags=["subscription"], note="en/subscription/plan-overview rewritten as an analogy, reordered, no list")

add(RW, "en", clean("""
    Hello Wendell,

    Sorry you've been going round in circles with the app! Let's get the SmartBowl online.

    The most common snag is the Wi-Fi band. The feeder only talks to 2.4 GHz, and many home routers put out a 5 GHz network under the same name, so the phone hops onto the one the feeder can't join. If your router lets you split them, give the 2.4 GHz one its own name and connect your phone to that one while you set things up. Stand close to the feeder, a few steps away at most.

    Then press and hold the Wi-Fi button at the back until the light starts flashing blue fast, which takes around five seconds. Open the app, add a SmartBowl and type in the code from the sticker underneath. After you put in the Wi-Fi password, give it a couple of minutes. Solid blue means you're done; orange means it didn't take, so hold the button again and have another go.

    Don't worry about Peanut in the meantime: whatever meal times are already saved on the feeder carry on without Wi-Fi.

    Good luck, and let me know how you get on!
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["troubleshooting"], note="en/feeder/app-pairing rewritten as prose with a different order and extra router advice")

add(RW, "en", clean("""
    Hi Marigold,

    Cleaning the Brook is much easier than it looks, I promise. Once a week, switch it off at the plug, tip the water out and take it apart: the top plate lifts off, the filter slides out, and the pump pulls free with its little cover. Everything except the pump motor can go in warm soapy water (plain, unscented washing-up liquid is best, because cats hate perfume), and the steel bowl can even go in the dishwasher.

    The bit people forget is the impeller, the tiny spinning part inside the pump. Hair and a slippery film collect there, and that's what makes a fountain start to buzz or rattle. Give it a scrub with the brush from the box.

    Rinse well, put it back together, top it up to the MAX line and plug it in. Swap the filter every two to four weeks, and more often if Tabitha shares it with other cats. And never let it run without water, because that's the quickest way to wear out a pump.

    Happy cleaning!
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), labels=TR, tags=["cleaning"], note="en/fountain/cleaning retold as one conversational prose paragraph set, no numbered steps")

add(RW, "en", clean("""
    Hi Ferdinand,

    Ouch, that's not how it should have gone, and I'm really sorry. A feeder that stops mid-week is stressful for you and confusing for a cat who knows exactly when dinner is due. Poor Figaro.

    I've passed your description on to our product team under reference FH-DF-2362 so they can look at what went wrong. As for putting it right, it's completely your call: we can send you another feeder at no cost, or you can send this one back through your Amazon order and get your money back in full.

    Just let me know which you'd prefer and I'll handle everything from there.

    With apologies,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), labels=TR, tags=["defect"], note="en/defect/apology rewritten freely: same offer, new wording, no list")

add(N, "en", clean("""
    Hi Lucinda,

    Now that Wren has had a couple of weeks with the CloudRest bed, we'd love to know how it's going, and so would other dog owners who are trying to choose a bed.

    When you have a spare minute, you're welcome to write about it on the product page on Amazon: the good, the not-so-good, anything you think would be useful to someone in your shoes. There's no pressure at all.

    Thank you again for choosing us.

    Kind regards,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["review-request"], jc="free-review-request",
    note="neutral review request written freely instead of with the review template (JC)")

add(N, "en", clean("""
    Hi Ambrose,

    Thanks for checking before you open the old packs! I'm afraid the round filters from the first-generation Brook 2L won't sit properly in your 2.4L.

    The 2.4L has a square filter slot, and the water is drawn in from underneath rather than from the side. A round filter leaves gaps at the corners, so most of the water would simply flow around it instead of through it, and the pump would pick up hair that the filter is meant to catch.

    For the 2.4L you'll want the square filters; the model name is printed on the pack. If you have the old fountain in a cupboard, the round ones will still work perfectly in that.

    Best wishes to you and Socks,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["compatibility"], note="free-written 'not compatible' answer; the template only covers 'yes, it fits'")

_n15 = render("en/fountain/cleaning", {"buyer_name": "Rosalie", "fountain_model": "Brook 2.4L fountain",
                                        "agent_name": "Harriet Okafor"})
_n15 = _n15.replace("Warm regards,", clean("""
    You also mentioned that Noodle was recently diagnosed with early kidney disease, so I wanted to add a few thoughts from our own cat-owning team, for what they're worth:

    - Cats with kidney problems often drink more than before, so keep an eye on the level and top it up at least once a day.
    - Many owners put a second water station in another room; some cats prefer not to drink in the same place every time.
    - Wet food adds a surprising amount of water to the day, and mixing a spoonful of warm water into it is an easy trick.
    - Measuring how much you add to the fountain each day is a simple way to notice changes in drinking early, and your vet may find the numbers useful.
    - Keep the water at room temperature; very cold water straight from the fridge puts some cats off.

    Of course your vet knows Noodle best, so please treat these as ideas to discuss rather than advice. I really hope she stays comfortable and happy for a long time.

    Warm regards,"""))
add(N, "en", _n15, labels=TR, tags=["template-plus-free", "pet-care-advice"], related="en/fountain/cleaning", jc="template-plus-free",
    note="en/fountain/cleaning filled exactly, then a free-written paragraph of hydration advice about as long as "
         "the template itself (JC)")

_n16 = render("en/collar/charging-check", {"buyer_name": "Stellan", "collar_model": "Pathfinder P2",
                                            "agent_name": "Jonah Abernathy"})
_n16 = _n16.replace("Kind regards,", clean("""
    You also asked why the battery seems to go flat faster on weekends, so here is what we have seen from other hikers:

    - Live Mode is by far the biggest drain. If you switch it on at the trailhead and forget it, it keeps updating every few seconds all the way home. Turning it off once you're back at the car can double the battery life.
    - Weak mobile signal makes the collar work harder. In deep valleys and forests it keeps retrying, so a long hike in the mountains uses more battery than a walk around town.
    - Cold weather shortens battery life for a few hours. Keeping the collar indoors overnight before an early start helps.
    - The safe-zone alert checks more often when the zone is small, so a slightly bigger zone around the house saves a little power.

    For a full day in the hills with Juno, I'd charge to 100% the night before and use Live Mode only when she's out of sight.

    Kind regards,"""))
add(N, "en", _n16, labels=TR, tags=["template-plus-free", "troubleshooting"], related="en/collar/charging-check", jc="template-plus-free",
    note="en/collar/charging-check filled exactly, then a longer free-written section on battery life (JC)")

add(N, "en", clean("""
    Hello Hyacinth,

    Thank you for telling us, and I'm sorry the smell is bothering you. New memory foam often has a faint chemical smell for the first few days after it comes out of its vacuum packing. It isn't harmful, and it fades on its own.

    What speeds it up:
    - Take the cover off and leave the foam in a well-ventilated room, or on a covered porch on a dry day, for 24 to 48 hours.
    - Wash the cover on a cold cycle; the smell clings to fabric more than you'd expect.
    - Stand the foam on its side so air can reach both faces.

    Most dogs don't mind the smell at all, but if Pudding is hesitant, putting an old blanket or T-shirt of yours on top usually convinces them.

    If the smell is still strong after a week, please let me know.

    Warm regards,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), labels=TR, tags=["product-use"], note="new-foam smell advice")

add(N, "en", clean("""
    Hi Lysander,

    What a good question. Lots of dogs find a GPS collar strange at first, because it's heavier than the collar they're used to.

    For the fit, use the two-finger rule: you should be able to slide two fingers flat between the strap and Ziggy's neck, and no more. Too loose and the collar swings and rubs; too tight and it pinches when he lies down. The module should sit on top of the neck, not underneath the chin.

    To get him used to it:
    - Put it on for ten minutes at a time during something he loves, like dinner or a game.
    - Build up over a week until he wears it for a whole walk.
    - Check the skin under the strap every few days for redness, especially if his fur is short.

    Most dogs forget they're wearing it within a week or two.

    All the best,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), labels=TR, tags=["training-tips"], note="collar fit and getting a dog used to it")

add(N, "en", clean("""
    Hi Cosima,

    That's a tricky one, and I want to give you an honest answer rather than a sales one.

    The SmartBowl can't tell your cats apart; it simply drops food at the times you set. So if Pepper is on a prescription diet and Mango isn't, whoever gets to the bowl first eats whatever comes out. In my experience, the dominant cat usually wins.

    What works for other owners in your situation:
    - Use the feeder for the shared food only, and feed Pepper's prescription meals by hand in a separate room with the door closed.
    - Or schedule the feeder at times when you're home to supervise, at least for the first few weeks.
    - Keep an eye on both cats' weight, which tells you quickly if one is getting more than their share.

    I'm sorry I can't offer a simpler fix, but I'd rather you know this now than find out later.

    Kind regards,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["product-opinion", "feeding-advice"], note="honest opinion: the feeder cannot separate two diets")

# --- Simplified Chinese
add(N, "zh", clean("""
    马女士，您好！

    谢谢您的信任，也很理解您想帮胖虎减重的心情。猫咪减肥最重要的是“慢”，一般建议每周减重不超过体重的 1% 到 2%。

    用 SmartBowl 喂食器控制饭量的几个小建议：
    - 先按猫粮包装上“理想体重”对应的每日喂食量来算，而不是按现在的体重。
    - 把一天的量分成 4 到 5 小餐，少食多餐能减少它在饭点前焦躁讨食。
    - 每份大约 10 克，您可以先从每天减少一份开始，观察两周。
    - 每两周称一次体重，并记录下来。
    - 零食也要算进每天的总量里。

    如果胖虎有其他健康问题，最好先请兽医帮忙定一个目标体重。祝胖虎早日变成轻盈的小胖虎！

    周婉清
    客服专员，Fernhollow Pet Co.
"""), labels=TR, tags=["feeding-advice"], note="猫咪减重喂食建议")

add(RW, "zh", clean("""
    吕先生您好，

    别着急，App 连不上喂食器，大多数情况都是路由器的问题。现在很多路由器会同时发出 2.4G 和 5G 两个信号，而且名字一样，手机往往自动连到 5G，可是喂食器只认 2.4G。您可以在路由器后台把两个频段分开命名，配网时让手机连 2.4G 那个。

    准备好以后，站在喂食器旁边，按住背面的 Wi-Fi 键数到五，看到蓝灯快闪就松手。然后打开 App 添加 SmartBowl，把机器底下贴纸上的设备码输进去，再填 Wi-Fi 密码，耐心等一两分钟。灯变成蓝色不闪就好了；要是变成橙色，就再按一次键重来。

    另外不用担心饭饭会饿着，喂食器里已经设好的喂食时间，没有网络也会照常出粮。

    有问题随时找我！
    宋佳怡
    Fernhollow Pet Co.
"""), labels=TR, tags=["troubleshooting"], note="zh/feeder/app-pairing 改写为口语化段落，顺序和结构都变了")

add(RW, "zh", clean("""
    邓小姐，您好！

    饮水机清洁其实很简单。我们建议每周做一次：先拔掉插头，把水倒掉，然后把顶盖、滤芯和水泵一一拆下来。除了水泵的电机部分，其他零件都可以用温水加一点点无香味的洗洁精洗，不锈钢的盆直接放洗碗机也没问题。

    最容易被忽略的是水泵里面那个会转的小叶轮，猫毛和滑滑的水垢最喜欢藏在那里，饮水机变吵多半就是因为它，用盒子里的小刷子刷一刷就好。

    洗好冲干净，装回去，水加到 MAX 线，再插电。滤芯两到四周换一个，家里猫多就换勤一点。千万别让水泵没水空转，那样最伤泵。

    祝咪咪每天都喝上干净的水！
    陶俊杰
    Fernhollow Pet Co.
"""), labels=TR, tags=["cleaning"], note="zh/fountain/cleaning 改写成连贯段落，不再分步骤")

add(N, "zh", clean("""
    潘女士，您好！

    谢谢您的提问。剃毛器剃到一半开始拉毛、刀头发烫，通常是刀头需要清洁和上油了，可以试试下面的方法：

    - 每次用完都要关机，用小刷子把刀头缝隙里的碎毛刷干净。
    - 在刀齿上滴三滴随附的刀头油，开机空转十秒左右，再把多余的油擦掉。
    - 剃的过程中每隔几分钟用手背碰一下刀头，觉得烫就停下来，等它凉了再继续。
    - 尽量在洗澡吹干、梳开毛结之后再剃，打结或潮湿的毛最容易卡刀。
    - 如果刀齿有弯曲或断裂，请不要再使用，以免刮伤皮肤。

    刀头属于耗材，经常使用的话一般半年到一年更换一次。希望团子下次修毛顺顺利利！

    宋佳怡
    客服专员，Fernhollow Pet Co.
"""), labels=TR, tags=["grooming", "other-language-template"], jc="other-language",
    note="clipper blade care written in Simplified Chinese; only an English template exists for it (JC)")

add(N, "zh", clean("""
    范先生，您好！

    谢谢您发来的照片。狗床外套的拉链在正常使用不到半年就坏了，这属于质量问题，在保修范围内，请放心。

    我们会为您的 CloudRest L 号狗床免费补一个新的外套，不需要把整张床寄回。只需要请您在这条消息里告诉我们外套的颜色，我们确认后就安排。

    另外，拉链坏了的外套仍然可以继续用，只要把开口朝向墙壁，不要让豆豆咬到拉链头就好。

    陶俊杰
    售后主管，Fernhollow Pet Co.
"""), labels=TR, tags=["warranty"], note="保修问题自由回答（外套拉链损坏）")

# --- Traditional Chinese
add(N, "zh", clean("""
    沈小姐 您好：

    很抱歉讓您看到這筆扣款時嚇了一跳。項圈透過亞馬遜退貨後，退的是項圈本身的款項；而 Pathfinder Live 方案是您在 Fernhollow Home App 裡另外開通的訂閱，只要沒有在 App 裡取消，就會自動續訂，所以這個月又扣了一次。

    建議您這樣處理：
    ・在 App 的「帳戶」＞「方案」＞「管理」中取消方案，避免下個月再續訂。即使項圈已經退回，也可以操作。
    ・這個月的費用是透過手機的應用程式商店收取的，退費申請也要從應用程式商店的購買紀錄提出，我們這邊和亞馬遜訂單都無法直接退回。

    造成您的困擾，真的很抱歉。
    鄭冠廷
    售後顧問｜Fernhollow Pet Co.
"""), labels=TR, tags=["subscription"], trad=True, jc="subscription-refund",
    note="訂閱扣款退費，自由撰寫 (JC)")

add(N, "zh", clean("""
    王先生 您好：

    很多狗狗第一次戴 GPS 項圈都會不習慣，因為它比一般項圈重一點，小黑會抓脖子很正常，不用太擔心。

    鬆緊度可以用「兩指原則」：項圈和脖子之間剛好能平放兩根手指就對了。太鬆會晃來晃去摩擦皮膚，太緊則趴下時會壓迫。定位模組要在脖子上方，不要轉到下巴底下。

    讓牠慢慢習慣的方法：
    ・每次吃飯或玩耍時戴上十分鐘，讓牠把項圈和開心的事連在一起。
    ・一週內慢慢拉長時間，直到可以戴著走完整趟散步。
    ・每隔幾天檢查一下項圈下的皮膚有沒有發紅。

    大部分狗狗一兩週內就會忘記自己戴著項圈了。祝 小黑散步愉快
    林書妤
    客服專員｜Fernhollow Pet Co.
"""), labels=TR, tags=["training-tips"], trad=True, note="讓狗狗習慣戴項圈")

add(N, "zh", clean("""
    羅太太 您好：

    謝謝您的詢問。十歲、二十八公斤的拉不拉多，關節開始退化，睡姿通常會從捲成一團變成整隻攤平，所以我個人會比較推薦 XL 號。

    原因是 L 號長 107 公分，攤平的拉不拉多很容易腳掌超出床墊，壓在硬地板上；XL 號則有 122 公分，整隻可以完整躺在泡棉上。兩個尺寸的泡棉厚度都是 10 公分，支撐力是一樣的。

    唯一要考慮的是空間，建議您先量一下要擺放的位置。如果妞妞習慣捲著睡，L 號也完全足夠。

    希望妞妞每晚都睡得香甜。
    鄭冠廷
    售後顧問｜Fernhollow Pet Co.
"""), labels=TR, tags=["product-opinion"], trad=True,
    note="骨科床尺寸建議（個人意見）")

add(N, "zh", clean("""
    許先生 您好：

    飲水機突然變得很吵，通常不是故障，而是水泵出了點小狀況，可以照著下面檢查看看：

    ・先看水位是否低於 MIN 線，水太少時水泵會吸到空氣，發出嗡嗡聲。
    ・拔掉電源，把水泵拿出來，打開外殼，看看葉輪上有沒有纏著貓毛。
    ・確認水泵底部的吸盤有貼緊盆底，沒貼好的話會一直震動。
    ・如果用的是很硬的自來水，葉輪上可能有水垢，可以泡一點白醋再刷洗乾淨。

    做完以上步驟還是很吵的話，請錄一段聲音或影片回覆給我們，我們再幫您判斷。

    祝 花花天天喝好水
    林書妤
    客服專員｜Fernhollow Pet Co.
"""), labels=TR, tags=["troubleshooting"], trad=True, note="飲水機水泵噪音排查")

# --- mixed language
add(N, "mixed", clean("""
    Hi Mr. Zhou,

    Sorry to hear the feeder is dropping double portions. This usually happens when the kibble is very small, under 5 mm, so two pieces' worth of food slips past the rotor at once. Try setting each meal one portion lower for a few days and weigh what comes out, or switch the rotor to the small-kibble insert that comes in the box.

    周先生您好：喂食器一次出两份粮，多半是因为猫粮颗粒太小（小于 5 毫米），转盘一转就多漏出来。您可以先把每餐的份数减一份，称一下实际出粮量；或者换上盒子里附带的小颗粒转盘。

    Best regards / 祝好，
    Maren Delacroix
    Fernhollow Pet Co.
"""), labels=TR, tags=["bilingual", "troubleshooting"], note="bilingual feeder troubleshooting, no template")

add(N, "mixed", clean("""
    Amy 您好，

    关于 collar 在 app 里一直显示 offline 的问题：通常是 SIM 信号不好，或者 battery 低于 20% 进入了省电模式。建议先 charge 到 100%，然后带 Lucky 去户外走十分钟，让它重新 connect 到 network。如果还是 offline，长按 power button 8 秒 restart 一下。

    如果这样还不行，麻烦截一张 app 的 device 页面发给我们，我们帮您看看。

    宋佳怡
    Fernhollow Pet Co. Customer Care
"""), labels=TR, tags=["code-switching", "troubleshooting"], note="code-switched collar troubleshooting")


# ===========================================================================
# 4. Logistics replies with free-written non-logistics sentences
#    (expected: template-required)
# ===========================================================================

X = "mixed-logistics"

add(X, "en", clean("""
    Hi Penelope,

    Thank you for your order! Your SmartBowl F5 (order 114-1937265-0048813) shipped this morning with USPS, tracking 9405 5112 0620 4552 9018 47, and should arrive on Wednesday.

    While you wait, a tip from our team: many cats are wary of a feeder that suddenly whirs. For the first two or three days, leave it switched off and put a few treats in the bowl by hand. Once Mittens is happily eating from it, start the schedule with one small meal a day and add the others over a week.

    If the parcel hasn't arrived by Thursday, just reply here and I'll look into it.

    Warm regards,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["tracking", "training-tips"], note="tracking plus free advice on introducing the feeder")

add(X, "en", clean("""
    Hello Lachlan,

    Of course you can return the clippers. Order 112-6083314-7729050 is within the 30-day window: choose "Return or replace items" in Your Orders, print the prepaid label and drop the parcel at any UPS location. The refund goes back to your card once it reaches our warehouse.

    Before you send them back, though, it may be worth one more try. Pulling is almost always a sign that the blade needs oil: three drops across the teeth, run the clippers for ten seconds and wipe off the excess. Also brush Ruby's coat out completely first, because even a small tangle will catch in any blade.

    If that doesn't help, go ahead with the return and no hard feelings at all.

    Kind regards,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), labels=TR, tags=["return", "grooming"], note="return steps plus free blade-oil and brushing advice")

add(X, "en", clean("""
    Hi Octavian,

    I'm so sorry the fountain arrived with a cracked pump cover. I've sent a replacement Brook fountain for order 113-9022746-3358011 today by UPS, tracking 1Z8H20C60391775304, arriving on Friday. There's nothing to pay and you don't need to return the damaged one.

    When you set up the new one, try to place it a metre or two away from Pumpkin's food bowl. Cats in the wild avoid drinking water near their food, and many house cats drink noticeably more when the two are apart. A spot where Pumpkin can see the door while drinking is ideal.

    Thank you for your patience!

    Best wishes,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["replacement-shipment", "pet-care-advice"], note="replacement shipment plus free placement advice")

add(X, "en", clean("""
    Dear Mrs. Fairweather,

    Good news: the CloudRest XL for order 111-3478102-6615529 is out for delivery today with Amazon Logistics, tracking TBA322918407751, so it should be with you by this evening.

    When you unpack it, the foam arrives rolled and vacuum-packed. Give it 24 to 48 hours to expand fully before Duke uses it; it will look a little flat at first. For an older dog with stiff hips, put the bed against a wall and away from draughts, so he has something to lean on when he gets up and a warm corner to settle in.

    I hope he loves it.

    Kind regards,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), labels=TR, tags=["delivery", "product-use", "pet-care-advice"], note="out-for-delivery plus foam expansion and senior-dog placement advice")

add(X, "en", clean("""
    Hello Émilie,

    Thank you for your questions. On the import fees first: your order 112-5550918-2207643 ships to Canada with the import fees deposit Amazon collected at checkout, so there's nothing extra to pay at the door, and customs usually adds one to three business days.

    On the plan: Pathfinder Live works in Canada as well as in the US, using partner mobile networks, and the price in the app is the same. The collar switches networks automatically when you cross the border, so you don't need to change any setting. Live Mode can be slower to update in remote parts of the Rockies where coverage is thin.

    Have a wonderful trip with Biscotte!

    Best regards,
    Jonah Abernathy
    Fernhollow Pet Co. Customer Care
"""), labels=TR, tags=["customs", "subscription"], note="customs answer plus free-written subscription coverage answer")

add(X, "en", clean("""
    Hi Thelonious,

    I'm sorry the box arrived with a crushed corner. Thank you for checking the collar inside straight away; since it looks undamaged and powers on, there's no need to send anything back. If you do spot a problem in the next few days, reply here and we'll send a replacement right away.

    Before the first walk, charge the collar fully for about two hours, until the light turns green. The very first GPS fix can take up to fifteen minutes outdoors, so stand in the garden with it for a bit before you set off with Bosco. After that it finds its position in seconds.

    Happy walking!

    Warm regards,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), labels=TR, tags=["damaged-box", "product-use"], note="damaged box plus free first-use advice for the collar")

add(X, "en", clean("""
    Hi Henrietta,

    No problem at all. I've updated the delivery address on order 113-7761092-4456120 to your new flat, and the feeder will ship on Monday as planned.

    Since you mentioned that Clover is a ten-week-old puppy: puppies that age usually do best on three or four small meals a day rather than two big ones, so it's worth setting the SmartBowl to four meal times spread between 7 am and 7 pm. Check the puppy section of the food's feeding guide for the daily total, and split it evenly.

    Congratulations on the new family member!

    Best wishes,
    Maren Delacroix
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["address", "feeding-advice"], note="address change plus free puppy feeding advice")

add(X, "en", clean("""
    Hello Coralie,

    Your return of the Brook fountain (order 114-2850163-9932071) arrived at our warehouse on Monday, and the refund of $45.99 was issued to your card yesterday. It should show within three to five business days.

    I'm sorry the fountain didn't suit Pepper. If you're still looking for ways to get her to drink more, a few things often help: wide, shallow bowls, because many cats dislike their whiskers touching the sides; several water spots around the house; and a little extra water mixed into wet food.

    Thank you for giving us a try.

    Kind regards,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=TR, tags=["refund-of-return", "pet-care-advice"], note="refund of a return plus free hydration tips")

add(X, "en", clean("""
    Dear Mr. Castellanos,

    I'm sorry your collar seems to have gone missing on the way. Tracking for order 111-9405527-1103846 hasn't moved in a week, so I've sent a new Pathfinder P2 by express delivery, UPS tracking 1Z1M47B20377180469, due on Tuesday.

    You asked about the warranty on the new collar as well. It carries the full 18 months from the day it's delivered, and that covers the battery, the charging pins and the GPS module if they fail in normal use. It doesn't cover chewing or a strap that wears out, so if Bella likes to gnaw on things, keep the collar out of reach when it's off her.

    Thank you for your patience.

    Sincerely,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), labels=TR, tags=["lost-parcel", "replacement-shipment", "warranty"], note="reshipment plus a free-written warranty answer")

add(X, "zh", clean("""
    唐女士，您好！

    您的订单 112-7093618-5524401 已经发出，UPS 运单号 1Z2T65N80350917726，预计下周一送达。

    您提到家里新来的小猫才三个月大，顺便给您一点喂食建议：这个年纪的小猫胃口小、消化快，一天最好分 4 顿，每顿量少一些。用 SmartBowl 的话，可以设成早上 7 点、中午 12 点、下午 5 点和晚上 10 点各一顿，每天的总量按猫粮包装上“幼猫”那一栏来算。

    如有其他问题，欢迎随时回复。
    周婉清
    客服专员，Fernhollow Pet Co.
"""), labels=TR, tags=["tracking", "feeding-advice"], note="物流信息加自由撰写的幼猫喂食建议")

add(X, "zh", clean("""
    谢先生，您好！

    可以的，您的订单 113-4127790-8806152 还在 30 天退货期内。请在亚马逊“我的订单”中选择“退货或换货”，打印预付标签后送到 UPS 网点，仓库收到后会把款项退回您的原支付方式。

    不过您说退货是因为 App 每次出粮都推送通知，太打扰了，其实这个可以关掉：在 App 里进入设备页，点右上角的设置，把“出粮提醒”关闭，只保留“缺粮提醒”就好。如果这样您觉得可以接受，也可以先不急着退。

    祝您和可乐生活愉快！
    宋佳怡
    Fernhollow Pet Co. 客服团队
"""), labels=TR, tags=["return", "product-use"], note="退货步骤加 App 通知设置说明")

add(X, "zh", clean("""
    賴小姐 您好：

    很抱歉飲水機的上蓋在運送中裂開了。我們今天已為訂單 114-0386251-7741992 補寄一個新的上蓋，USPS 追蹤編號 9400 1118 9922 3108 6650 72，預計三天內送達，不需要任何費用。

    另外分享一個小技巧：新上蓋到了以後，第一次使用前先用溫水沖洗一下。平常清洗時也別忘了水泵裡的葉輪，貓毛最容易纏在那裡，用附的小刷子刷一刷，飲水機就會一直很安靜。

    祝 咪咪天天喝好水
    林書妤
    客服專員｜Fernhollow Pet Co.
"""), labels=TR, tags=["replacement-shipment", "cleaning"], trad=True, note="補寄零件加自由撰寫的清潔技巧")

add(X, "zh", clean("""
    邱先生 您好：

    您的 CloudRest 骨科床（訂單 112-8811074-3357920）明天會由物流公司送達，追蹤編號 1Z4Q09W30364427185。

    很多狗狗剛開始對新床會有點陌生，建議您把旺仔平常睡的舊毯子鋪在新床上，讓床上有熟悉的味道；也可以把床放在牠原本睡覺的位置，前幾天在床上餵牠幾顆零食。通常一週內牠就會把新床當成自己的地盤了。

    祝 旺仔睡得香甜
    鄭冠廷
    售後顧問｜Fernhollow Pet Co.
"""), labels=TR, tags=["delivery", "training-tips"], trad=True, note="配送通知加讓狗狗適應新床的建議")

add(X, "mixed", clean("""
    Hi Lina,

    Your Pathfinder P2 Mini (order 114-6602839-5571048) was delivered to the front desk of your building this afternoon, Amazon Logistics tracking TBA323740581126.

    One tip for Mimi: cats often try to paw off a new collar, so let her wear it for ten minutes during dinner for the first few days before the first outdoor trip.

    琳娜您好！项圈今天下午已经送到您大楼的前台了。给咪咪一个小建议：猫咪刚戴新项圈时常会想把它抓掉，前几天可以先在吃饭时戴十分钟，慢慢适应后再带出门。

    Best regards / 祝好，
    Maren Delacroix
    Fernhollow Pet Co.
"""), labels=TR, tags=["bilingual", "delivery", "training-tips"], note="bilingual delivery notice plus a training tip in both languages")


# ===========================================================================
# 5. Content-policy violations
# ===========================================================================

V = "violating"

fill("en/review/neutral-request",
     {"buyer_name": "Horace", "order_id": "112-0218837-6649105", "product": "Brook 2.4L cat water fountain",
      "agent_name": "Maren Delacroix"},
     edits=[before("Thank you for your time.",
                   "As a small thank-you, once your review is posted we'll send you a free 3-pack of Brook filters.\n\n")],
     cat=V, labels=["review-inducement"], tags=["incentive"], jc="template-violation",
     note="review template filled exactly, plus a free filter pack for posting a review (JC)")

fill("zh/review/neutral-request",
     {"buyer_name": "田女士", "order_id": "113-3075129-2280416", "product": "SmartBowl F5 自动喂食器", "agent_name": "宋佳怡"},
     edits=[("如果您方便，欢迎在亚马逊商品页分享您的真实使用体验。",
             "如果您满意，欢迎在亚马逊商品页分享您的真实使用体验；如果不满意，请先联系我们，不要直接留评。")],
     cat=V, labels=["review-inducement"], tags=["gating"], jc="template-violation",
     note="review template edited into gating: 满意才留评，不满意先联系我们 (JC)")

fill("en/fountain/cleaning",
     {"buyer_name": "Clemency", "fountain_model": "Brook 2.4L fountain", "agent_name": "Tomasz Lindqvist"},
     edits=[after("Fernhollow Pet Co. Customer Care",
                  "\n\nP.S. Brook filter 6-packs are 25% off this week with code BROOK25, a good moment to stock up!")],
     cat=V, labels=["marketing"], tags=["coupon"], jc="template-violation",
     note="cleaning template filled exactly, plus a P.S. with a discount code (JC)")

fill("en/subscription/plan-overview",
     {"buyer_name": "Jasper", "plan_name": "Pathfinder Live", "collar_model": "Pathfinder P2",
      "agent_name": "Jonah Abernathy"},
     edits=[before("Your Amazon purchase covers",
                   "Tip: if you start the plan on our website, fernhollowpetco.com, instead of in the app, the "
                   "annual plan is 25% cheaper.\n\n")],
     cat=V, labels=["off-platform-contact", "marketing"], tags=["website", "promotion"], jc="template-violation",
     note="plan template filled, plus a push to the seller's own website with a cheaper price (JC)")

fill("zh-tw/collar/location-not-updating",
     {"buyer_name": "李先生", "pet_name": "球球", "collar_model": "Pathfinder P2", "agent_name": "鄭冠廷"},
     edits=[before("祝 平安順心", "如果想更快得到回覆，也可以直接加我們的 LINE：@fernhollow.tw\n\n")],
     cat=V, labels=["off-platform-contact"], tags=["messaging-app"], jc="template-violation",
     note="Traditional collar template filled exactly, plus a LINE id (JC)")

fill("en/warranty/claim-steps",
     {"buyer_name": "Agatha", "product": "SmartBowl F5", "case_id": "FH-WC-41207", "order_id": "111-4470623-9918274",
      "agent_name": "Jonah Abernathy"},
     edits=[("please reply in this message thread with:",
             "please email warranty@fernhollowpetco.com with:")],
     cat=V, labels=["off-platform-contact"], tags=["email"], jc="template-violation",
     note="warranty template with the evidence sent to an e-mail address instead of the thread (JC)")

fill("en/defect/apology",
     {"buyer_name": "Reginald", "product": "Pathfinder P2 GPS collar", "pet_name": "Hector", "case_id": "FH-DF-2371",
      "agent_name": "Harriet Okafor"},
     edits=[before("Again, I apologise",
                   "Once the new unit arrives and everything is working, we'd be grateful if you could update the "
                   "2-star review you posted. ")],
     cat=V, labels=["review-inducement"], tags=["change-review"], jc="template-violation",
     note="defect apology template filled, plus a request to update a 2-star review (JC)")

fill("zh/fountain/cleaning",
     {"buyer_name": "韩女士", "fountain_model": "Brook 2.4L 饮水机", "agent_name": "周婉清"},
     edits=[before("祝好！", "另外，本店 Brook 滤芯现在买三送一，欢迎选购！\n\n")],
     cat=V, labels=["marketing"], tags=["promotion"], jc="template-violation",
     note="Simplified cleaning template filled exactly, plus a buy-3-get-1 promotion (JC)")

fill("en/warranty/claim-steps",
     {"buyer_name": "Ophelia", "product": "TrimEase T7 cordless clippers", "case_id": "FH-WC-41222",
      "order_id": "114-5526038-1170943", "agent_name": "Jonah Abernathy, Warranty Coordinator"},
     edits=[before("With best regards,",
                   "If it's easier to talk it through, our warranty line is (312) 555-0168, Monday to Friday, "
                   "9 am to 5 pm Central.\n\n")],
     cat=V, labels=["off-platform-contact"], tags=["phone", "warranty-phone"], jc="warranty-phone",
     note="warranty template filled exactly, plus the seller's warranty phone line (JC)")

add(V, "en", clean("""
    Hi Eleanor,

    Thanks for your patience! Your CloudRest L (order 113-8302776-4415097) shipped yesterday with FedEx, tracking 7781 3390 6154, and is due on Thursday.

    You can also follow it on our own tracking page, track.fernhollowpetco.com/FH88213, which updates a few hours faster than the carrier's site.

    Warm regards to you and Baxter,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=["off-platform-contact"], tags=["tracking", "website"], jc="logistics-offplatform",
    note="tracking reply that links to the seller's own tracking site (JC)")

add(V, "zh", clean("""
    彭先生，您好！

    很抱歉 SmartBowl 不合您的心意。您的订单 114-9027361-6653308 可以退货，为了方便，请加我们客服微信 fernhollow_care，我们直接把退货标签发给您，退款也会更快。

    陶俊杰
    售后主管，Fernhollow Pet Co.
"""), labels=["off-platform-contact"], tags=["return", "messaging-app"], jc="logistics-offplatform",
    note="return reply that moves the buyer to WeChat (JC)")

add(V, "en", clean("""
    Hello Wallace,

    Thanks for letting us know about the building's entry system. The CloudRest XL for order 112-3649018-5520174 is booked for delivery on Tuesday between 1 and 5 pm.

    If the driver can't get in, just text me at (646) 555-0137 and I'll coordinate with the courier directly.

    Best wishes,
    Harriet Okafor
    Customer Care Lead, Fernhollow Pet Co.
"""), labels=["off-platform-contact"], tags=["delivery", "phone"], jc="logistics-offplatform",
    note="delivery reply with the agent's personal phone number (JC)")

add(V, "zh", clean("""
    羅小姐 您好：

    您的訂單 113-1609247-8823351 已經出貨，UPS 追蹤編號 1Z7J52F60398841097，預計週五送達。

    歡迎加入我們的 LINE 官方帳號 @fernhollowtw，出貨與配送進度都會第一時間通知您。

    林書妤
    客服專員｜Fernhollow Pet Co.
"""), labels=["off-platform-contact"], tags=["tracking", "messaging-app"], trad=True, jc="logistics-offplatform",
    note="tracking reply inviting the buyer to a LINE official account for delivery updates (JC)")

add(V, "en", clean("""
    Hi Cyrus,

    Sorry the SmartBowl keeps dropping kibble at random times! That usually means the clock lost its setting after a power cut. Hold the Feed and Wi-Fi buttons together for ten seconds to reset it, then set the meal times again in the app.

    If that doesn't fix it, the quickest way is to send me a short video on WhatsApp at +1 415 555 0192 and I'll take a look tonight.

    Cheers,
    Tomasz Lindqvist
    Pet Product Specialist, Fernhollow Pet Co.
"""), labels=["off-platform-contact", "template-required"], tags=["troubleshooting", "messaging-app"],
    jc="free-violation", note="free troubleshooting that moves the buyer to WhatsApp (JC)")

add(V, "zh", clean("""
    秦女士，您好！

    谢谢您的提问。两只成年猫共用一台喂食器的话，建议一天分三顿，每顿按两只猫的总量来设置，比如每顿 6 份，再在旁边多放一个碗，避免它们抢食。

    另外，确认收货后给我们五星好评并把截图发过来，我们会返现 5 美元给您，感谢支持！

    周婉清
    Fernhollow Pet Co.
"""), labels=["review-inducement", "template-required"], tags=["feeding-advice", "incentive"], jc="free-violation",
    note="free feeding advice ending with 五星好评返现 (JC)")

add(V, "en", clean("""
    Hi Matilda,

    We're so happy Mochi has a new fountain! If she loves it as much as we think she will, we'd be so grateful for a 5-star review; it really helps a small business like ours.

    And if anything isn't perfect, please message us first before leaving a review so we can make it right.

    Thank you!
    Maren Delacroix
    Fernhollow Pet Co.
"""), labels=["review-inducement", "template-required"], tags=["review-request", "five-star", "gating"],
    jc="free-violation", note="free-written review request asking for five stars, with gating (JC)")

add(V, "mixed", clean("""
    Hi Mr. Lau,

    If the feeder won't hold its meal times, the clock usually needs resetting after a power cut. You can watch the whole reset in our setup video at youtube.com/@FernhollowPets.

    刘先生您好：如果喂食器记不住喂食时间，通常是停电后时钟需要重新设置。完整的重置步骤可以看我们的 YouTube 视频：youtube.com/@FernhollowPets。

    Best / 祝好，
    Priya Venkataraman
"""), labels=["off-platform-contact", "template-required"], tags=["bilingual", "troubleshooting", "website"],
    jc="free-violation", note="bilingual free troubleshooting pointing to a YouTube channel (JC)")

add(V, "en", clean("""
    Hello Barrington,

    Your return of the Pathfinder P2 (order 111-2905817-6638420) reached our warehouse on Friday, and the full refund of $129.99 was issued to your card this morning.

    Now that your refund has gone through, would you consider updating or removing the 1-star review you left last week? It would mean a lot to our team.

    Kind regards,
    Jonah Abernathy
    Fernhollow Pet Co. Customer Care
"""), labels=["review-inducement", "template-required"], tags=["refund-of-return", "change-review"],
    jc="logistics-plus-violation", note="refund-of-return reply plus a request to change a 1-star review (JC)")

add(V, "en", clean("""
    Dear Ms. Pemberton,

    I'm sorry your SmartBowl is running late. The carrier has moved the delivery of order 114-7730152-2291846 to Monday because of a backlog at their hub, tracking 1Z6N38K20345509218.

    To make up for the wait, everything in our Amazon store is 20% off this weekend with code FERN20, a great time to stock up on Brook filters or treat your cat to a new fountain!

    Kind regards,
    Priya Venkataraman
    Customer Care Associate, Fernhollow Pet Co.
"""), labels=["marketing", "template-required"], tags=["delay", "coupon", "cross-sell"], jc="logistics-plus-violation",
    note="delay notice plus a store-wide discount code and cross-sell (JC)")

add(V, "en", clean("""
    Hi Gregory,

    Exciting news from Fernhollow! Our brand-new Brook 4L fountain has just launched, with a bigger tank for multi-cat homes and a whisper-quiet pump. As a valued customer, you can get 15% off with code BROOK4L until Sunday.

    Running low on kibble for the SmartBowl? Now is the perfect time to buy again, and don't miss our matching CloudRest beds in three new colours.

    Happy shopping!
    Harriet Okafor
    Fernhollow Pet Co.
"""), labels=["marketing", "template-required"], tags=["promotion", "new-product", "buy-again"], jc="pure-marketing",
    note="whole message is a launch announcement, a code and a buy-again push (JC)")


# ===========================================================================
# Judgement calls (numbered in this order in README.md)
# ===========================================================================

JUDGEMENT_CALLS = OrderedDict([
    ("courtesy",
     "**Courtesy is not content.** Greetings, thanks, apologies, wishes for the pet, a remark about the pet's "
     "name or age, a 'no rush' reassurance and a signature with name and role neither make a reply non-logistics "
     "nor take an edited fill away from its template. A sentence that tells the buyer how to use, clean, fix, feed, "
     "train or care for something is content: one such sentence in a logistics reply makes it mixed-logistics "
     "(`template-required`). The English cleaning fill with a Chinese greeting and a Chinese 'reply in Chinese if "
     "anything is unclear' line is therefore still a covered fill."),
    ("short-template",
     "**Short template, warm additions.** `en/manual/pointer` is two sentences long; a pet clause and a closing "
     "line make up about a fifth of the reply. "
     "The additions are courtesy only ({courtesy}), so the reply stays covered."),
    ("template-violation",
     "**Template fill plus a violation.** A template filled in (exactly or with the usual light edits) with a "
     "violating sentence added or one clause swapped (a free filter pack for a review, review gating, a discount "
     "code P.S., a buy-3-get-1 line, the seller's website with a cheaper plan, a LINE id, an e-mail address instead "
     "of the message thread, a request to update a 2-star review). interface.md defines `template-required` by topic "
     "and template match, and lists the content policies as separate rows; the added sentence is short, the reply "
     "still matches its template as closely as the edited fills do, so only the content policy is expected. Catching "
     "the violation is the content rules' job, not the similarity test's."),
    ("warranty-phone",
     "**Warranty phone line.** policy.md (D3) makes phone numbers an error except numbers of warranty services, "
     "carriers or manufacturers, which are a warning. Acceptance counts warnings as flags, so a warranty template "
     "fill with the seller's warranty line still expects `off-platform-contact` (a warning is enough); the rest is an "
     "exact fill, so no `template-required`."),
    ("logistics-offplatform",
     "**Logistics moved off Amazon.** A free-written logistics reply that puts the same logistics matter on another "
     "channel (the seller's own tracking site, WeChat for a return label, the agent's phone for a door problem, a "
     "LINE official account for delivery updates) stays logistics: `off-platform-contact` only. The LINE "
     "invitation is not labelled `marketing`: it offers delivery updates, not an offer or a product."),
    ("free-violation",
     "**Free non-logistics text plus a violation.** Free troubleshooting or feeding advice that adds WhatsApp, a "
     "YouTube channel or 好评返现, and a free-written review request for five stars with gating: the content policy "
     "and `template-required`. A review request is not logistics (policy.md lists it as its own permitted purpose), "
     "and the violation neither replaces nor excuses the missing template."),
    ("logistics-plus-violation",
     "**Logistics plus a violating non-logistics part.** A refund-of-return reply that asks to update or remove a "
     "1-star review, and a delay notice with a store-wide code and a cross-sell. The added part is free "
     "non-logistics text, as in the mixed-logistics category, so `template-required` is expected together with the "
     "content policy."),
    ("pure-marketing",
     "**Only marketing.** A launch announcement with a code and a buy-again push is not logistics and matches no "
     "template: `marketing` and `template-required`."),
    ("template-plus-free",
     "**Template fill plus a long free section.** An exact fill followed by a free-written section about as long "
     "as the template or longer, on a non-logistics subject (hydration advice for a cat with kidney disease; "
     "battery-life tips for hiking). Every template sentence is there, but the message as written is not covered by "
     "an approved template: half of it is advice no template contains. Expected `template-required`. A check that "
     "only asks whether a template is contained in the reply misses these; contrast the edited fills, whose "
     "additions are short courtesy lines."),
    ("template-pair",
     "**Two approved templates in one bilingual reply.** The English review template followed by the Simplified "
     "review template for the same order, nothing else added. Every sentence is approved text, so no "
     "`template-required`, although each single template covers only its own half of the message; a linter "
     "should match blocks (for example per language) rather than only the whole message. No "
     "`review-request-limit` either: that policy needs a ledger, and this is one request written twice."),
    ("script-converted",
     "**Traditional template converted to Simplified script.** The agent copied `zh-tw/feeder/setup-first-use` and "
     "converted it character for character to Simplified for a buyer who reads Simplified (公釐 became 公厘, nothing "
     "was reworded). interface.md names Traditional-character folding among the normalisations the linter performs; "
     "a change of script is treated like re-wrapping, so the reply is covered. (The self-check verifies that the "
     "reply equals the rendered template passed through the conversion table.)"),
    ("other-language",
     "**Translated into a language with no template.** Clipper blade care answered in Simplified Chinese, mirroring "
     "`en/grooming/clipper-blade-care`; there is no Chinese template for the topic. A template in another language "
     "does not cover a translation (unlike a change of script, {script-converted}), so `template-required`."),
    ("free-review-request",
     "**Neutral review request written freely.** No rating, no condition, no incentive, asked once: no "
     "`review-inducement`. It is not logistics and not the approved review template, so `template-required` only."),
    ("subscription-refund",
     "**Subscription refund is not the refund of a return.** The GPS plan is a service billed by the phone's app "
     "store; a free-written answer about refunding a plan charge expects `template-required`, even when it also "
     "mentions the collar's return. Telling the buyer that plan refunds go through the app store's purchase "
     "history is not `off-platform-contact`: no link, handle, phone or e-mail, and no contact with the seller or "
     "purchase outside Amazon (the approved subscription templates say the same)."),
    ("product-words-in-logistics",
     "**Product words in a logistics reply.** The collar's lithium battery named as the reason it ships by ground "
     "and sea to Hawaii: an explanation of the shipping method, not product advice; emptying and drying a used fountain before "
     "sending it back is packing for the return. Both `[]`."),
    ("warranty-shipping",
     "**Shipping a warranty replacement.** A reply that only gives the carrier, tracking and date of a warranty "
     "replacement, and says the old unit need not be sent back, is a replacement shipment: logistics, `[]`. "
     "'Warranty case' names the context; nothing about coverage is said."),
    ("cancellation",
     "**Cancellation.** Cancelling an unshipped order at the buyer's request is order fulfilment and counted as "
     "logistics (`[]`); policy.md lists 'we cancelled the order you asked us to cancel' as an allowed near-miss."),
    ("amazon-link",
     "**Link to Amazon's own page.** A damaged-item reply with the https link to Amazon's order history: "
     "interface.md's `off-platform-contact` covers links to sites other than Amazon's own, and policy.md rates such a "
     "link info at most, so `[]`."),
    ("gift-card-near-miss",
     "**'Gift card' without a review.** In a gift-order reply, 'the refund goes to her as a gift card balance' "
     "describes how Amazon refunds a gift return. It is near no review wording and offers nothing, so `[]`."),
])


# ===========================================================================
# Self-checks
# ===========================================================================

CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
EMOJI_RE = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u2B55\uFE0F\u200B-\u200D\uFEFF]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
PHONE_RE = re.compile(r"(?:\+1[ -]?)?\(?\b\d{3}\)?[ -]\d{3}[ -]\d{4}\b")
# Pairs used for script purity (Traditional, Simplified); only unambiguous ones.
TRAD_ONLY = "謝為請電變壓並顆確認儲糧蓋緊劑飼濕凍轉盤長鍵測試設時間約檢開團隊們這個來說會對還過進線資訊問題訂單貨遞運務達處換點給幫麼樣應該頁錯誤機關門無須歡讓與從現賣買錢際聯絡網頻車場狀況驗證護體動壞舊寵貓項傳區圍顯鐘鋪墊軟適邊紙裝損補發髮嗎選鈕擔專聽裡覺當後"
SIMP_ONLY = "谢为请电变压并颗确认储粮盖紧剂饲湿冻转盘长键测试设时间约检开团队们这个来说会对还过进线资讯问题订单货递运务达处换点给帮么样应该页错误机关门无须欢让与从现卖买钱际联络网频车场状况验证护体动坏旧宠猫项传区围显钟铺垫软适边纸装损补发吗选钮担专听觉当"
CONTENT_WORDS = re.compile(
    r"(?i:\b(?:a|your|the|honest) review\b|\breview on\b|\breviews?\b(?= posted| you)|feedback|\d-star|five-star|"
    r"\bstars\b|coupon|discount|% off|promo|whatsapp|wechat|telegram|instagram|facebook|"
    r"youtube|http|www\.|\.com\b|@)|\bLINE\b|\b[Cc]ode [A-Z0-9]{4,}|"
    r"好评|好評|差评|差評|留评|留評|评价|評價|五星|返现|返現|微信|優惠|优惠|折扣|买三送一|官网|官網")


def strip_ph(t):
    return PH_RE.sub("", t)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def coverage(base, text):
    """Share of `base` (the rendered template) found, in order, in `text`."""
    sm = difflib.SequenceMatcher(None, base, text, autojunk=False)
    return sum(b.size for b in sm.get_matching_blocks()) / max(1, len(base))


def cjk_share(text):
    cjk = len(CJK_RE.findall(text))
    latin = sum(len(w) for w in LATIN_WORD_RE.findall(text))
    return cjk / max(1, cjk + latin)


def run_checks(records):
    errs = []
    stats = {}
    # -- templates
    for tid, t in TEMPLATES.items():
        if t.count("{{") != t.count("}}"):
            errs.append("template %s: unbalanced braces" % tid)
        if len(PH_RE.findall(t)) != t.count("{{"):
            errs.append("template %s: malformed placeholder" % tid)
        if re.search(r"(?<!\{)\{(?!\{)|(?<!\})\}(?!\})", t):
            errs.append("template %s: single brace" % tid)
        if EMOJI_RE.search(t) or "\n\n\n" in t:
            errs.append("template %s: emoji or triple line break" % tid)
        lang = TEMPLATE_META[tid]["lang"]
        body = strip_ph(t)
        if lang == "en" and CJK_RE.search(body):
            errs.append("template %s: CJK in English template" % tid)
        if lang == "zh" and any(c in TRAD_ONLY for c in body):
            errs.append("template %s: Traditional character in Simplified template" % tid)
        if lang == "zh-tw" and any(c in SIMP_ONLY for c in body):
            errs.append("template %s: Simplified character in Traditional template" % tid)
        if CONTENT_WORDS.search(body) and not tid.startswith(("en/review/", "zh/review/")):
            errs.append("template %s: content-policy wording: %r" % (tid, CONTENT_WORDS.search(body).group(0)))
    # -- ids and records
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    seen_orders = {}
    filled = Counter()
    for r in records:
        rid, text, labels, cat = r["id"], r["text"], r["labels"], r["tags"][0]
        if "{{" in text or "}}" in text:
            errs.append("%s: placeholder left in text" % rid)
        if text.count("{") != text.count("}"):
            errs.append("%s: unbalanced braces" % rid)
        for l in labels:
            if l not in ALLOWED_LABELS:
                errs.append("%s: label %r not allowed" % (rid, l))
        if len(labels) != len(set(labels)):
            errs.append("%s: duplicate label" % rid)
        if r["lang"] not in ("en", "zh", "mixed"):
            errs.append("%s: lang %r" % (rid, r["lang"]))
        if EMOJI_RE.search(text):
            errs.append("%s: emoji or zero-width character" % rid)
        if "\n\n\n" in text or text != text.strip() or re.search(r"[ \t]+\n", text):
            errs.append("%s: triple line break or stray whitespace" % rid)
        # category <-> labels
        tr = "template-required" in labels
        content = [l for l in labels if l != "template-required"]
        if cat in ("filled-template", "logistics") and labels:
            errs.append("%s: %s must have no labels" % (rid, cat))
        if cat in ("free-non-logistics", "rewritten-template", "mixed-logistics") and labels != ["template-required"]:
            errs.append("%s: %s must be exactly template-required" % (rid, cat))
        if cat == "violating" and not content:
            errs.append("%s: violating without a content label" % rid)
        # content wording only where a label or a judgement call explains it
        m = CONTENT_WORDS.search(text)
        if m and not content:
            ok = (r["_src"] in ("en/review/neutral-request", "zh/review/neutral-request",
                                "en/review/neutral-request+zh/review/neutral-request")
                  or r["_jc"] in ("free-review-request", "amazon-link"))
            if not ok:
                errs.append("%s: content-policy wording %r without a content label" % (rid, m.group(0)))
        phones = PHONE_RE.findall(text)
        for ph in phones:
            digits = re.sub(r"\D", "", ph)[-7:]
            if not digits.startswith("55501"):
                errs.append("%s: phone number outside 555-01xx: %s" % (rid, ph))
        if phones and "off-platform-contact" not in labels:
            errs.append("%s: phone number without off-platform-contact" % rid)
        # language and script
        share = cjk_share(text)
        if r["lang"] == "en" and CJK_RE.search(text):
            errs.append("%s: CJK in an en reply" % rid)
        if r["lang"] == "zh" and share < 0.6:
            errs.append("%s: zh reply with CJK share %.2f" % (rid, share))
        if r["lang"] == "mixed" and (len(CJK_RE.findall(text)) < 10 or len(LATIN_WORD_RE.findall(text)) < 10):
            errs.append("%s: mixed reply without both scripts" % rid)
        trad = "traditional" in r["tags"] or "traditional-part" in r["tags"]
        if r["lang"] == "zh" and trad and any(c in SIMP_ONLY for c in text):
            errs.append("%s: Simplified character in a Traditional reply: %s" % (rid, [c for c in text if c in SIMP_ONLY]))
        if r["lang"] == "zh" and not trad and any(c in TRAD_ONLY for c in text):
            errs.append("%s: Traditional character in a Simplified reply: %s" % (rid, [c for c in text if c in TRAD_ONLY]))
        # order ids belong to one reply
        for o in set(ORDER_RE.findall(text)):
            if o in seen_orders:
                errs.append("%s: order id %s also in %s" % (rid, o, seen_orders[o]))
            seen_orders[o] = rid
        # fills
        if r["_src"] and r["_base"] is not None:
            if r["_kind"] == "exact" and text != r["_base"]:
                errs.append("%s: exact fill differs from rendering" % rid)
            if r["_values"]:
                for k, v in r["_values"].items():
                    if " ".join(v.split()) not in " ".join(text.split()) and r["_jc"] != "script-converted":
                        errs.append("%s: value %s=%r missing" % (rid, k, v))
            if cat == "filled-template":
                for s in r["_src"].split("+"):
                    filled[s] += 1
    for tid in TEMPLATES:
        if filled[tid] == 0:
            errs.append("template %s has no fill" % tid)
    # script conversion
    for r in records:
        if r["_jc"] == "script-converted":
            if r["text"] != r["_base"]:
                errs.append("%s: script-converted reply differs from converted template" % r["id"])
            if any(c in TRAD_ONLY for c in r["text"]):
                errs.append("%s: Traditional character left after conversion" % r["id"])

    # -- similarity sanity checks (difflib; not the linter's measure)
    stripped = {tid: strip_ph(t) for tid, t in TEMPLATES.items()}

    def nearest(text):
        scores = sorted(((ratio(text, s), tid) for tid, s in stripped.items()), reverse=True)
        return scores[0]

    groups = OrderedDict((k, []) for k in [
        "edited fills", "template-based violating", "template-plus-free (JC)", "rewritten-template",
        "free-non-logistics", "mixed-logistics", "violating with template-required", "logistics"])
    for r in records:
        cat, text = r["tags"][0], r["text"]
        src = r["_src"]
        if src and "+" not in src and r["_base"] is not None and r["_kind"] == "edited":
            base = r["_base"]
            rt, cv = ratio(text, base), coverage(base, text)
            g = "edited fills" if cat == "filled-template" else "template-based violating"
            groups[g].append((rt, cv, r["id"]))
            if rt < 0.70 or cv < 0.85:
                errs.append("%s: too far from its template (ratio %.2f, coverage %.2f)" % (r["id"], rt, cv))
            if r["_jc"] != "script-converted":
                sc, tid = nearest(text)
                if tid != src:
                    errs.append("%s: nearest template is %s, not %s" % (r["id"], tid, src))
        elif r["_related"]:
            base = render(r["_related"], {k: "" for k in PH_RE.findall(TEMPLATES[r["_related"]])})
            groups["template-plus-free (JC)"].append((ratio(text, strip_ph(TEMPLATES[r["_related"]])),
                                                      1.0, r["id"]))
        elif not src:
            sc, tid = nearest(text)
            if cat == "logistics":
                groups["logistics"].append((sc, None, r["id"]))
            elif cat == "violating":
                if "template-required" in r["labels"]:
                    groups["violating with template-required"].append((sc, None, r["id"]))
            else:
                groups[cat].append((sc, None, r["id"]))
            if "template-required" in r["labels"] and sc >= 0.55:
                errs.append("%s: free text too close to %s (%.2f)" % (r["id"], tid, sc))
    stats["similarity"] = groups
    return errs, stats


# ===========================================================================
# Output
# ===========================================================================

def build_records():
    jc_num = {k: i + 1 for i, k in enumerate(JUDGEMENT_CALLS)}
    records = []
    for i, r in enumerate(REPLIES, 1):
        rid = "%s-%03d" % (PREFIX, i)
        tags = list(r["tags"])
        note = r["note"]
        if r["jc"]:
            if r["jc"] not in jc_num:
                raise SystemExit("unknown judgement call %r" % r["jc"])
            n = jc_num[r["jc"]]
            tags.append("JC%d" % n)
            note = note.replace("(JC)", "(JC%d)" % n)
            if "(JC%d)" % n not in note:
                note += " (JC%d)" % n
        records.append({
            "id": rid, "text": r["text"], "labels": r["labels"], "lang": r["lang"], "tags": tags,
            "note": note, "context": "reply",
            "_src": r["src"], "_base": r["base"], "_kind": r["kind"], "_values": r["values"], "_jc": r["jc"],
            "_related": r["related"],
        })
    return records, jc_num


def public(rec):
    return {k: rec[k] for k in ("id", "text", "labels", "lang", "tags", "note", "context")}


def lang_col(rec):
    if rec["lang"] == "zh":
        return "zh-trad" if "traditional" in rec["tags"] else "zh-simp"
    return rec["lang"]


def fmt_stats(vals):
    if not vals:
        return "-", "-", "-"
    v = sorted(vals)
    return "%.2f" % v[0], "%.2f" % v[len(v) // 2], "%.2f" % v[-1]


def readme(records, jc_num, stats):
    out = []
    w = out.append
    n = len(records)
    w("# t38: hand-labelled held-out test set for `template-required`")
    w("")
    w("Written from `/work/shared/interface.md` and `/work/shared/policy.md` only, without looking at or running "
      "the linter. `gen.py` is the source of truth: `python3 gen.py` rebuilds `library/`, `replies.jsonl` and this "
      "README after its self-checks pass, and exits 1 without writing anything if one fails. Do not edit the outputs "
      "by hand.")
    w("")
    w("## The seller (invented)")
    w("")
    w("**Fernhollow Pet Co.** sells pet supplies on Amazon: the *SmartBowl F5* automatic feeder (and the two-bowl "
      "*F5 Duo*) driven by the *Fernhollow Home* app, the *Pathfinder P2* GPS collar (and *P2 Mini* for cats and small "
      "dogs) with the *Pathfinder Live* subscription plan billed through the phone's app store, *TrimEase T7* "
      "cordless grooming clippers, *CloudRest* orthopedic memory-foam dog beds (M, L, XL) and the *Brook 2.4L* "
      "stainless cat water fountain with filters and pump. The team writes long, warm replies (greetings, thanks, "
      "empathy for the pet, bulleted steps, signatures with name and role): in English (Harriet Okafor, Tomasz "
      "Lindqvist, Priya Venkataraman, Jonah Abernathy, Maren Delacroix), Simplified Chinese (周婉清, 陶俊杰, 宋佳怡) "
      "and Traditional Chinese (林書妤, 鄭冠廷). All people, pets, addresses, order ids, tracking numbers, case ids, "
      "device codes, domains, handles and phone numbers (555-01xx only) are invented.")
    w("")
    w("## Files")
    w("")
    w("| file | content |")
    w("| --- | --- |")
    w("| `library/` | %d approved templates, one `*.txt` per template in nested folders; template id = path "
      "without `.txt` (use as `--templates library`) |" % len(TEMPLATES))
    w("| `replies.jsonl` | %d replies, one JSON object per line |" % n)
    w("| `gen.py` | every template and reply as literals, the writers and the self-checks (standard library only) |")
    w("| `README.md` | this file |")
    w("")
    w("Record fields: `id` (`t38-001`...), `text`, `labels` (expected policies; `[]` means nothing at warning or "
      "error level may be flagged), `lang` (`en`, `zh`, `mixed`), `tags` (`tags[0]` is the category; `traditional` "
      "marks Traditional Chinese; `exact`/`edited` for template-based replies; `JCn` points to a judgement call "
      "below), `note` (starts with the source template id when there is one), `context` (always `reply`: every "
      "text answers a buyer message). `lang` is `zh` for both scripts; an English address, product name or "
      "tracking number inside Chinese text does not make it `mixed`. `mixed` means a bilingual reply (a paragraph "
      "and its translation) or Chinese sentences that switch into English words.")
    w("")
    w("## Templates")
    w("")
    w("| id | lang | topic | placeholders | fills exact / edited | violating replies built on it |")
    w("| --- | --- | --- | --- | --- | --- |")
    for tid, t in TEMPLATES.items():
        ph = []
        for p in PH_RE.findall(t):
            if p not in ph:
                ph.append(p)
        ex = sum(1 for r in records if r["tags"][0] == "filled-template" and r["_src"] and tid in r["_src"].split("+")
                 and r["_kind"] == "exact")
        ed = sum(1 for r in records if r["tags"][0] == "filled-template" and r["_src"] and tid in r["_src"].split("+")
                 and r["_kind"] == "edited")
        vi = sum(1 for r in records if r["tags"][0] == "violating" and r["_src"] == tid)
        lang = {"en": "en", "zh": "zh (Simplified)", "zh-tw": "zh (Traditional)"}[TEMPLATE_META[tid]["lang"]]
        w("| `%s` | %s | %s | %s | %d / %d | %d |" % (tid, lang, TEMPLATE_META[tid]["topic"], ", ".join(ph), ex, ed, vi))
    tl = Counter(TEMPLATE_META[t]["lang"] for t in TEMPLATES)
    w("")
    w("Templates per language: English %d, Simplified Chinese %d, Traditional Chinese %d." % (
        tl["en"], tl["zh"], tl["zh-tw"]))
    w("")
    w("## Counts")
    w("")
    cols = ["en", "zh-simp", "zh-trad", "mixed"]
    w("| category | expected labels | en | zh (Simplified) | zh (Traditional) | mixed | total |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    exp = {"filled-template": "`[]`", "logistics": "`[]`", "free-non-logistics": "`[template-required]`",
           "rewritten-template": "`[template-required]`", "mixed-logistics": "`[template-required]`",
           "violating": "content policy, plus `template-required` per judgement call"}
    tot = Counter()
    for cat in CATEGORIES:
        c = Counter(lang_col(r) for r in records if r["tags"][0] == cat)
        tot.update(c)
        w("| %s | %s | %s | %d |" % (cat, exp[cat], " | ".join(str(c[x]) for x in cols), sum(c.values())))
    w("| **total** | | %s | %d |" % (" | ".join(str(tot[x]) for x in cols), n))
    w("| share | | %s | |" % " | ".join("%d%%" % round(100 * tot[x] / n) for x in cols))
    w("")
    lab = Counter(l for r in records for l in r["labels"])
    lang_tot = Counter(r["lang"] for r in records)
    w("Label totals: %s. Replies with no label: %d." % (
        ", ".join("`%s` %d" % (l, lab[l]) for l in ALLOWED_LABELS),
        sum(1 for r in records if not r["labels"])))
    w("")
    w("`template-required` by language: %s." % ", ".join(
        "%s %d of %d" % (lg, sum(1 for r in records if r["lang"] == lg and "template-required" in r["labels"]),
                         lang_tot[lg]) for lg in ("en", "zh", "mixed")))
    w("")
    fills = [r for r in records if r["tags"][0] == "filled-template"]
    w("Filled templates: %d exact, %d edited (greetings, empathy lines about the pet, sign-offs, light edits, "
      "re-wrapping, bullet style, long values, script conversion)." % (
        sum(1 for r in fills if r["_kind"] == "exact"), sum(1 for r in fills if r["_kind"] == "edited")))
    w("")
    w("## Labelling rules")
    w("")
    w("- interface.md: `template-required` = a seller message that is not about logistics (shipping, delivery, "
      "tracking, returns, address, customs) **and** does not match an approved template closely enough. The "
      "content policies are separate rows: a violation neither adds nor removes `template-required`.")
    w("- Logistics here = shipping and dispatch, delivery dates and delays, tracking, split shipments, lockers, "
      "delivery instructions and scheduling of bulky items, lost or missing parcels, damaged boxes and items damaged "
      "in transit, replacement shipments (including of a missing part or a warranty replacement), wrong-item "
      "exchanges, returns and refunds of returns, address changes, cancellations before dispatch, customs and import "
      "fees, gift options. A reply made only of these (plus courtesy, JC%d) expects `[]`, however long and "
      "warm." % jc_num["courtesy"])
    w("- Non-logistics = setup, pairing, troubleshooting, cleaning, care, feeding and training advice, product "
      "opinions, compatibility, warranty coverage, subscription questions (including refunds of plan charges), "
      "defect apologies and review requests. Covered only by a close template fill.")
    w("- A filled template stays covered with the edits an agent makes while sending it: greetings, empathy "
      "lines about the pet, sign-offs with name and role, a clause personalised, bullets restyled, lines re-wrapped, "
      "long values in slots. A heavy rewrite of the same topic (paraphrased, reordered, turned into prose) is free "
      "text and expects `template-required`.")
    w("- Mixed-logistics: a logistics reply with even one free non-logistics sentence of substance (a feeding tip, "
      "a cleaning tip, a coverage answer) expects `template-required`; those added parts break no other policy.")
    w("- Content policies follow interface.md and policy.md: `review-inducement` (incentive, five stars, gating, "
      "asking to change or remove a review), `off-platform-contact` (own sites, e-mail, phone, WhatsApp, WeChat, "
      "LINE, YouTube), `marketing` (codes, sales, launches, cross-selling, buy-again pushes). "
      "`review-request-limit` and `response-time` need ledgers or threads and are never expected here.")
    w("")
    w("## Similarity sanity checks (difflib `SequenceMatcher`, `autojunk=False`)")
    w("")
    w("These ratios only sanity-check the labels; they are not the linter's measure and the linter need not "
      "reproduce them. Coverage = share of the rendered template found, in order, in the reply.")
    w("")
    w("| group | n | compared with | min | median | max | required |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    req = {"edited fills": "ratio >= 0.70, coverage >= 0.85, own template nearest",
           "template-based violating": "same as edited fills",
           "template-plus-free (JC)": "(info: contains the whole template)",
           "rewritten-template": "< 0.55", "free-non-logistics": "< 0.55", "mixed-logistics": "< 0.55",
           "violating with template-required": "< 0.55", "logistics": "(info only)"}
    comp = {"edited fills": "own template rendered with the same values",
            "template-based violating": "own template rendered with the same values",
            "template-plus-free (JC)": "own template, placeholders removed",
            "rewritten-template": "every template, placeholders removed (max)",
            "free-non-logistics": "every template, placeholders removed (max)",
            "mixed-logistics": "every template, placeholders removed (max)",
            "violating with template-required": "every template, placeholders removed (max)",
            "logistics": "every template, placeholders removed (max)"}
    for g, vals in stats["similarity"].items():
        mn, md, mx = fmt_stats([v[0] for v in vals])
        w("| %s | %d | %s | %s | %s | %s | %s |" % (g, len(vals), comp[g], mn, md, mx, req[g]))
        if g in ("edited fills", "template-based violating") and vals:
            cmn, cmd, cmx = fmt_stats([v[1] for v in vals])
            w("| %s: coverage | %d | same | %s | %s | %s | >= 0.85 |" % (g, len(vals), cmn, cmd, cmx))
    w("")
    w("Other self-checks: ids unique; every template placeholder well formed and balanced, no placeholder left in "
      "a reply; labels only from %s; `[]` categories have no label and free / rewritten / mixed-logistics have "
      "exactly `template-required`; exact fills equal the rendering and every value appears in its reply; every "
      "template has at least one fill; no emoji, zero-width characters, triple line breaks or trailing spaces; "
      "phone numbers only 555-01xx and only where `off-platform-contact` is expected; each order id belongs to one "
      "reply; `en` replies contain no CJK, `zh` replies are mostly CJK, `mixed` replies contain both; Simplified and "
      "Traditional replies and templates use only their own script (checked on unambiguous characters); replies "
      "without a content label contain no review, rating, coupon, link, e-mail or messaging-app wording (except "
      "the review-template fills, the neutral free review request and the Amazon link of their judgement calls)." %
      ", ".join("`%s`" % l for l in ALLOWED_LABELS))
    w("")
    w("## Violating replies")
    w("")
    w("| id | lang | labels | `template-required`? | call | source | what it does |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for r in records:
        if r["tags"][0] != "violating":
            continue
        jc = [t for t in r["tags"] if re.match(r"JC\d+$", t)]
        w("| %s | %s | %s | %s | %s | %s | %s |" % (
            r["id"], lang_col(r), ", ".join("`%s`" % l for l in r["labels"]),
            "yes" if "template-required" in r["labels"] else "no", ", ".join(jc),
            "`%s`" % r["_src"] if r["_src"] else "free-written", r["note"].split(": ", 1)[-1]))
    w("")
    w("## Judgement calls")
    w("")
    for key, text in JUDGEMENT_CALLS.items():
        text = re.sub(r"\{([a-z-]+)\}", lambda m: "JC%d" % jc_num[m.group(1)], text)
        ids = [r["id"] for r in records if r["_jc"] == key]
        if key == "courtesy":
            ex = [r["id"] for r in records if r["tags"][0] == "filled-template" and "pet-empathy" in r["tags"]][:4]
            ex += [r["id"] for r in records if r["tags"][0] == "logistics"][:4]
            w("%d. %s (%s; examples: %s)" % (jc_num[key], text, ", ".join(ids), ", ".join(ex)))
            continue
        w("%d. %s%s" % (jc_num[key], text, " (%s)" % ", ".join(ids) if ids else ""))
    w("")
    w("Near-misses that must not be flagged, inside `[]` replies: FedEx and USPS tracking numbers with spaces "
      "(not phone numbers), device codes like `F5-7QK2-M9` and case ids like `FH-WC-40817` (not discount codes), "
      "'sent at no cost to you' and 'a replacement at no cost' (remedies, not promotions), a buyer's own address "
      "in an address-change reply. Inside templates and their fills: 'our warranty team reviews the case' and "
      "'so our product team can review it' (review as an ordinary verb, no request). Inside free replies, where "
      "only `template-required` is expected: 'star-shaped kibble' and an adapter's 'rating is printed on the label'.")
    w("")
    return "\n".join(out)


def main():
    records, jc_num = build_records()
    errs, stats = run_checks(records)
    if errs:
        print("self-check FAILED (%d problems):" % len(errs))
        for e in errs:
            print("  -", e)
        sys.exit(1)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, t in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(t + "\n")
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(public(r), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(records, jc_num, stats))
    lab = Counter(l for r in records for l in r["labels"])
    print("self-check passed: %d templates, %d replies; labels %s; lang %s" % (
        len(TEMPLATES), len(records), dict(lab), dict(Counter(r["lang"] for r in records))))


if __name__ == "__main__":
    main()
