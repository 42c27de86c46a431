#!/usr/bin/env python3
"""t28: hand-labelled, held-out test set for msglint's `template-required` check.

This file is the single source of truth.  Every template and every reply is a
literal below.  Running it writes:

    library/**/*.txt   approved templates (template id = path without .txt)
    replies.jsonl      the labelled replies
    README.md          description, tables, counts and judgement calls

and then self-checks the result, exiting 1 on any failure.

The seller is invented: "Lumacrema Home Coffee", an Amazon seller of home
espresso machines (Duo 58, Solo 51), grinders (Mill 64, Mill 38) and
accessories (calibrated tampers, milk jugs, CitraClean descaler).  Every
name, order id, tracking number, handle, domain and phone number is made up
(US numbers use the 555-01xx range).
"""

import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t28"

# --------------------------------------------------------------------------
# 1. Approved templates
# --------------------------------------------------------------------------
# id -> (topic, layout notes, text)

TEMPLATES = OrderedDict()

TEMPLATES["en/descaling-steps"] = ("Descaling routine", "greeting, numbered steps, sign-off with team", """\
Hi {{buyer_name}},

Thank you for asking about descaling your {{model}}. Scale builds up faster with hard water, so we suggest descaling every two to three months. Here is the routine our technicians use:

1. Empty the water tank and remove the water filter, if one is fitted.
2. Dissolve one sachet of CitraClean descaler in 1 litre of warm water and pour it into the tank.
3. Place a large container under the group head and the steam wand.
4. Switch the machine on and wait until it reaches temperature.
5. Run water through the group head for 20 seconds, then open the steam wand for 10 seconds. Repeat until the tank is half empty.
6. Switch the machine off and let the solution sit for 20 minutes.
7. Run the rest of the solution through, then rinse the tank and run two full tanks of fresh water through the group head and the wand.

Please do not use vinegar, as it can damage the seals inside the boiler.

Best regards,
{{agent_name}}
Lumacrema Support Team
""")

TEMPLATES["en/grind-size-sour"] = ("Sour, fast shots: grind finer", "hard-wrapped lines, dash bullets", """\
Hello {{buyer_name}},

Thanks for the details about your shots on the {{model}}. A sour, thin
espresso that runs in under 20 seconds usually means the coffee is
ground too coarse for the dose.

What we recommend:
- Move the grind setting two steps finer and pull another shot.
- Keep the dose the same (18 g for the double basket) so that only one
  thing changes at a time.
- Aim for about 36 g of espresso in 25 to 32 seconds.
- If the shot now runs slower than 35 seconds, go back one step.

Beans roasted more than six weeks ago can also taste sour and flat, so
fresher beans often help as much as the grind change.

Kind regards,
{{agent_name}}
Lumacrema Coffee Care
""")

TEMPLATES["en/low-pressure"] = ("Low pressure on the gauge", "label lines, bullet (U+2022) checklist", """\
Hi {{buyer_name}},

I'm sorry the pressure gauge on your {{model}} is staying low.

Order: {{order_id}}
Model: {{model}}

Please check these points in order:
\u2022 Grind: if the shot pours in under 15 seconds, grind finer. A low reading is most often a grind that is too coarse.
\u2022 Dose and tamp: fill the basket to about 3 mm below the rim and tamp level with firm, even pressure.
\u2022 Basket: make sure you are using the single-wall basket, not the pressurised one.
\u2022 Water tank: seat the tank firmly so that the intake valve opens.
\u2022 Blind test: fit the blind basket and run the pump for 10 seconds. The needle should reach 9 to 10 bar.

If the blind test stays under 6 bar, please reply with a short description of the reading and we will arrange the next step under your warranty.

Regards,
{{agent_name}}
Lumacrema Support Team
""")

TEMPLATES["en/warranty/evidence-request"] = ("Warranty claim: evidence needed", "formal greeting, numbered list, label lines", """\
Dear {{buyer_name}},

We are sorry that your {{model}} has stopped working properly. To open a warranty case, we need a little evidence from you. Please reply in this thread with:

1. A photo of the serial number label on the underside of the machine.
2. A short video (under 30 seconds) showing the fault.
3. The date you first noticed the problem.

Order: {{order_id}}
Case reference: {{case_id}}

Once we receive these, a technician will check them within two business days and let you know whether we will repair or replace the unit.

Sincerely,
{{agent_name}}
Lumacrema Warranty Desk
""")

TEMPLATES["en/warranty/coverage-summary"] = ("What the warranty covers", "hard-wrapped, label lines", """\
Hi {{buyer_name}},

Here is a summary of the warranty on your {{model}}, bought under
order {{order_id}}:

Coverage period: {{warranty_period}} from the delivery date
Covered: pump, boilers, heating elements, solenoid valve, control
board, and manufacturing defects in the grinder motor and burr carrier.
Not covered: wear parts (gaskets, shower screens, burrs), damage from
scale build-up, drops, or use on a voltage other than 120 V.

Descaling the machine regularly and replacing the group gasket about
once a year keeps the coverage valid. If a fault appears, reply in this
thread and we will guide you through the claim.

Best wishes,
{{agent_name}}
Lumacrema Support Team
""")

TEMPLATES["en/missing-part"] = ("A part seems to be missing", "dash bullets, one long paragraph", """\
Hi {{buyer_name}},

I'm sorry the {{part_name}} seems to be missing from your {{model}}. Before we send a new one, please check two places where it is sometimes packed:

- the foam insert under the drip tray, and
- the small accessory box inside the water tank.

If it is in neither place, just reply "not found" in this thread. We will then send the {{part_name}} free of charge to the address on order {{order_id}}, and you do not need to return anything.

Thank you for your patience,
{{agent_name}}
Lumacrema Support Team
""")

TEMPLATES["en/review-request-neutral"] = ("Neutral review request (once per order)", "short, single paragraph", """\
Hello {{buyer_name}},

Thank you for your order {{order_id}}. If you have a moment, you are welcome to share your experience with the {{model}} in a review on Amazon. Honest comments, whatever they say, help other coffee lovers choose the right equipment.

Best regards,
{{agent_name}}
Lumacrema Home Coffee
""")

TEMPLATES["en/milk-frothing"] = ("Steaming milk", "numbered steps, informal sign-off", """\
Hi {{buyer_name}},

Thanks for your question about steaming milk with the {{model}}. These steps give a smooth, glossy texture for lattes and flat whites:

1. Fill the {{jug_size}} jug with cold milk up to the bottom of the spout.
2. Purge the steam wand for two seconds to clear any water.
3. Place the tip just below the surface, slightly off centre, and open the valve fully.
4. Let the tip draw in air for three to five seconds, until the volume rises by about a third.
5. Lower the tip a little so the milk spins, and stop when the jug is too hot to hold (about 60 to 65 \u00b0C).
6. Wipe and purge the wand straight away.

Whole milk is the easiest to learn with; oat drinks labelled "barista" also foam well.

Happy brewing,
{{agent_name}}
Lumacrema Support Team
""")

TEMPLATES["en/grinder/clog-clearing"] = ("Grinder stopped dispensing (clog)", "numbered steps, warranty fallback", """\
Hi {{buyer_name}},

Sorry to hear the {{model}} has stopped dispensing. A clog in the chute is the usual cause, especially with oily dark roasts. To clear it:

1. Unplug the grinder and remove the hopper with the beans.
2. Turn the adjustment ring to the coarsest setting.
3. Brush out the chute with the supplied brush and remove any packed grounds.
4. Run 10 g of grinder cleaning tablets through at the coarsest setting.
5. Return to your usual setting and grind 15 g of beans to purge.

If the motor hums but the burrs do not turn, stop using the grinder and reply in this thread so that we can look at it under warranty.

Regards,
{{agent_name}}
Lumacrema Grinder Support
""")

TEMPLATES["en/tamper-fit"] = ("Which tamper fits", "label lines, prose", """\
Hi {{buyer_name}},

Thank you for checking which tamper fits your {{model}}.

Basket size: {{basket_size}}
Matching tamper size: {{basket_size}}

The tamper base should be about 0.5 mm narrower than the basket so that it presses the coffee evenly right to the edge. A smaller tamper leaves a ring of loose coffee that causes channelling. The calibrated spring clicks at about 15 kg, so you do not need to press harder than that.

All the best,
{{agent_name}}
Lumacrema Support Team
""")

TEMPLATES["zh/descaling"] = ("除垢步骤 (descaling)", "greeting, numbered steps, 祝好 sign-off", """\
{{buyer_name}}您好，

感谢您咨询{{model}}的除垢方法。水质较硬的地区建议每两到三个月除垢一次，步骤如下：

1. 倒空水箱，如装有滤芯请先取出。
2. 将一包CitraClean除垢剂溶于1升温水中，倒入水箱。
3. 在冲煮头和蒸汽棒下方放置一个大容器。
4. 开机并等待机器加热完成。
5. 冲煮头出水20秒，再打开蒸汽棒10秒，重复直至水箱剩下一半。
6. 关机静置20分钟。
7. 放完剩余溶液后，冲洗水箱，再用清水完整运行两箱。

请勿使用白醋，以免损坏锅炉内的密封圈。

祝好，
{{agent_name}}
Lumacrema 客服团队
""")

TEMPLATES["zh/grind-size"] = ("萃取偏酸：调细研磨 (grind size)", "colon greeting, dash bullets with semicolons", """\
{{buyer_name}}您好：

关于{{model}}萃取偏酸、流速过快的问题，通常是研磨太粗导致的。建议您：
- 将研磨刻度调细两格，再萃取一次；
- 粉量保持不变（双份粉碗18克），每次只调整一个变量；
- 目标是在25至32秒内萃取约36克咖啡液；
- 如果萃取时间超过35秒，请调回一格。

另外，烘焙超过六周的咖啡豆也容易偏酸、风味平淡，换用新鲜的咖啡豆往往同样有效。

{{agent_name}}
Lumacrema 咖啡顾问
""")

TEMPLATES["zh/low-pressure"] = ("压力偏低 (low pressure)", "label line, numbered checklist, 此致", """\
{{buyer_name}}您好，

很抱歉您的{{model}}压力表读数偏低。
订单号：{{order_id}}

请按以下顺序检查：
1. 研磨：如果15秒内就流完，请调细研磨度；
2. 布粉与压粉：粉面距粉碗边缘约3毫米，压粉要平整、均匀；
3. 粉碗：请使用单层粉碗，而不是加压粉碗；
4. 水箱：请将水箱按到位，确保进水阀打开；
5. 盲碗测试：装上盲碗运行水泵10秒，指针应达到9至10巴。

如果盲碗测试仍低于6巴，请在本对话中回复读数，我们会按保修流程为您安排下一步。

此致
{{agent_name}}
Lumacrema 客服团队
""")

TEMPLATES["zh/warranty-evidence"] = ("保修所需资料 (warranty evidence)", "formal greeting, numbered list, label lines", """\
尊敬的{{buyer_name}}：

很抱歉您的{{model}}出现故障。为办理保修，请在本对话中回复以下资料：

1. 机器底部序列号标签的照片；
2. 一段30秒以内、能看到故障现象的视频；
3. 您第一次发现问题的日期。

订单号：{{order_id}}
工单号：{{case_id}}

收到资料后，技术人员会在两个工作日内完成检查，并告知您维修或换新的安排。

{{agent_name}}
Lumacrema 保修服务组
""")

TEMPLATES["zh/missing-part"] = ("缺少配件 (missing part)", "dash bullets, quoted reply word", """\
{{buyer_name}}您好，

很抱歉您收到的{{model}}缺少{{part_name}}。在为您补发之前，请先检查以下两个位置，配件有时会放在这里：
- 接水盘下方的泡沫内衬；
- 水箱内的小配件盒。

如果两处都没有，请直接在本对话中回复"未找到"，我们会免费将{{part_name}}寄到订单{{order_id}}的收货地址，无需退回任何物品。

感谢您的耐心，
{{agent_name}}
Lumacrema 客服团队
""")

TEMPLATES["zh/review-request"] = ("中性的评论邀请 (neutral review request)", "short, single paragraph", """\
{{buyer_name}}您好，

感谢您购买{{model}}（订单号：{{order_id}}）。如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验，无论感受如何，都能帮助其他咖啡爱好者选择合适的器具。

{{agent_name}}
Lumacrema Home Coffee
""")

TEMPLATES["zh-tw/descaling"] = ("除垢步驟 (descaling, Traditional)", "spaces around Latin, numbered steps, 敬祝 sign-off", """\
{{buyer_name}} 您好：

感謝您詢問 {{model}} 的除垢方式。水質較硬的地區建議每兩到三個月除垢一次，步驟如下：

1. 倒空水箱，若有裝濾芯請先取出。
2. 將一包 CitraClean 除垢劑溶於 1 公升溫水，倒入水箱。
3. 在沖煮頭與蒸氣管下方放置大容器。
4. 開機並等待機器加熱完成。
5. 沖煮頭出水 20 秒，再開啟蒸氣管 10 秒，重複至水箱剩一半。
6. 關機靜置 20 分鐘。
7. 放完剩餘溶液後，沖洗水箱，再以清水完整運行兩箱。

請勿使用白醋，以免損壞鍋爐內的密封圈。

敬祝 順心
{{agent_name}}
Lumacrema 客服團隊
""")

TEMPLATES["zh-tw/warranty-evidence"] = ("保固所需資料 (warranty evidence, Traditional)", "middle-dot (U+2027) bullets, label line, 敬上", """\
{{buyer_name}} 您好，

很抱歉您的 {{model}} 出現異常。為了替您開立保固案件，麻煩您在此對話中提供：
\u2027 機身底部序號貼紙的照片
\u2027 30 秒以內、可看出問題的影片
\u2027 第一次發現問題的日期

訂單編號：{{order_id}}

收到資料後，技術人員會在兩個工作天內完成確認，並通知您維修或換新的安排。

{{agent_name}} 敬上
Lumacrema 保固服務組
""")

TEMPLATES["zh-tw/milk-frothing"] = ("打奶泡 (milk steaming, Traditional)", "numbered steps", """\
{{buyer_name}} 您好，

謝謝您詢問 {{model}} 打奶泡的方法，以下步驟可以打出細緻、有光澤的奶泡：

1. 將冰牛奶倒入 {{jug_size}} 拉花鋼杯，約到杯嘴下緣。
2. 先空噴蒸氣管兩秒，排出積水。
3. 將噴嘴放在液面下方、略偏離中心，再把旋鈕開到最大。
4. 讓噴嘴吸入空氣三到五秒，直到奶量增加約三分之一。
5. 稍微降低噴嘴讓牛奶旋轉，鋼杯燙到無法手握（約 60 至 65 \u00b0C）時關閉。
6. 立即擦拭並空噴蒸氣管。

全脂牛奶最容易上手；標示「咖啡師專用」的燕麥奶也很好打發。

{{agent_name}}
Lumacrema 客服團隊
""")

TEMPLATES["zh-tw/tamper-fit"] = ("填壓器尺寸 (tamper fit, Traditional)", "label lines, prose", """\
{{buyer_name}} 您好：

謝謝您先確認 {{model}} 適用的填壓器尺寸。

粉碗尺寸：{{basket_size}}
建議填壓器尺寸：{{basket_size}}

填壓器底座最好比粉碗小約 0.5 毫米，才能把咖啡粉均勻壓到邊緣；尺寸太小會在邊緣留下一圈鬆散的粉，容易造成通道效應。校準彈簧約在 15 公斤時發出喀聲，不需要再更用力。

{{agent_name}}
Lumacrema 客服團隊
""")

# --------------------------------------------------------------------------
# 2. Replies
# --------------------------------------------------------------------------
# Categories (tags[0]):
#   filled-template  labels []                   exact fills and lightly edited fills
#   logistics        labels []                   shipping, delivery, tracking, returns,
#                                                refunds of returns, address, customs only
#   rewritten        labels [template-required]  free-written / heavily paraphrased answers
#   mixed-logistics  labels [template-required]  logistics plus a non-template, non-logistics part
#   violating        content policy (+ template-required when judgement call says so)

LONG_DUO = ("Lumacrema Duo 58 Dual Boiler Espresso Machine with PID Temperature Control, "
            "Rotary Pump, 2.5 L Water Tank and Commercial 58 mm Portafilter, Stainless Steel")
LONG_MILL = ("Lumacrema Mill 64 Flat Burr Espresso Grinder with 64 mm Stainless Burrs, "
             "Stepless Adjustment, Single-Dose Hopper and Anti-Static Chute, Matte Black Edition")
LONG_SOLO = ("Lumacrema Solo 51 Single Boiler Espresso Machine, 15 Bar Italian Pump, Manual "
             "Steam Wand, 51 mm Portafilter with Pressurised and Single-Wall Baskets, Cream")

# 2a. Exact fills: the reply text is the template with these values substituted.
EXACT_FILLS = [
    dict(t="en/descaling-steps", lang="en", tags=["exact"],
         v=dict(buyer_name="Karen", model="Duo 58", agent_name="Maya Lindqvist"),
         note="plain exact fill"),
    dict(t="en/descaling-steps", lang="en", tags=["exact", "long-value"],
         v=dict(buyer_name="Mr. Oyelaran", model=LONG_DUO, agent_name="Daniel Okafor"),
         note="exact fill; model is the 155-character listing title"),
    dict(t="en/grind-size-sour", lang="en", tags=["exact"],
         v=dict(buyer_name="Mr. Alvarez", model="Solo 51", agent_name="Priya Natarajan"),
         note="plain exact fill, hard-wrapped template"),
    dict(t="en/low-pressure", lang="en", tags=["exact", "two-order-ids"],
         v=dict(buyer_name="Jordan", model="Solo 51",
                order_id="112-7730418-2294516 and 112-7730418-2294590", agent_name="Tom Becker"),
         note="exact fill; order_id holds two order ids (buyer bought two machines)"),
    dict(t="en/warranty/evidence-request", lang="en", tags=["exact", "nested"],
         v=dict(buyer_name="Ms. Whitfield", model="Duo 58", order_id="113-6604921-8831402",
                case_id="LC-24117", agent_name="Maya Lindqvist"),
         note="exact fill of a nested template"),
    dict(t="en/warranty/coverage-summary", lang="en", tags=["exact", "nested", "long-value"],
         v=dict(buyer_name="Sam", model=LONG_MILL, order_id="114-2290573-4418806",
                warranty_period="2 years", agent_name="Priya Natarajan"),
         note="exact fill of a nested, hard-wrapped template; model is the 155-character grinder title"),
    dict(t="en/missing-part", lang="en", tags=["exact"],
         v=dict(buyer_name="Dr. Patel", part_name="steam wand tip", model="Duo 58",
                order_id="111-9034512-7761238", agent_name="Tom Becker"),
         note="plain exact fill; placeholder used twice"),
    dict(t="en/missing-part", lang="en", tags=["exact", "long-value"],
         v=dict(buyer_name="Ms. Hargrove", part_name="spring clip that holds the double basket in the portafilter",
                model=LONG_SOLO,
                order_id="112-3348809-1027745", agent_name="Daniel Okafor"),
         note="exact fill; 155-character title plus a long part name"),
    dict(t="en/review-request-neutral", lang="en", tags=["exact"],
         v=dict(buyer_name="Alex", order_id="113-8812037-4406619", model="Mill 38 grinder",
                agent_name="Maya Lindqvist"),
         note="exact fill of the neutral review request"),
    dict(t="en/milk-frothing", lang="en", tags=["exact"],
         v=dict(buyer_name="Chris", model="Duo 58", jug_size="600 ml", agent_name="Priya Natarajan"),
         note="plain exact fill"),
    dict(t="en/grinder/clog-clearing", lang="en", tags=["exact", "nested"],
         v=dict(buyer_name="Mrs. Dunleavy", model="Mill 38", agent_name="Tom Becker"),
         note="exact fill of a nested template"),
    dict(t="zh/descaling", lang="zh", tags=["exact"],
         v=dict(buyer_name="张女士", model="Duo 58双锅炉咖啡机", agent_name="陈静"),
         note="plain exact fill"),
    dict(t="zh/warranty-evidence", lang="zh", tags=["exact", "two-order-ids"],
         v=dict(buyer_name="赵女士", model="Mill 64磨豆机",
                order_id="114-5501762-3398214、114-5501762-3398288", case_id="LC-24190",
                agent_name="小林"),
         note="exact fill; order_id holds two order ids"),
    dict(t="zh/missing-part", lang="zh", tags=["exact"],
         v=dict(buyer_name="周先生", model="Duo 58", part_name="蒸汽棒喷嘴",
                order_id="111-2267840-9915503", agent_name="陈静"),
         note="plain exact fill; placeholder used twice"),
    dict(t="zh/review-request", lang="zh", tags=["exact"],
         v=dict(buyer_name="孙女士", model="600毫升拉花奶缸", order_id="112-6619043-5582071",
                agent_name="王磊"),
         note="exact fill of the neutral review request"),
    dict(t="zh-tw/descaling", lang="zh", tags=["traditional", "exact"],
         v=dict(buyer_name="黃小姐", model="Duo 58", agent_name="林怡君"),
         note="plain exact fill"),
    dict(t="zh-tw/warranty-evidence", lang="zh", tags=["traditional", "exact", "long-value"],
         v=dict(buyer_name="吳先生",
                model="Lumacrema Duo 58 雙鍋爐半自動義式咖啡機（PID 溫控、旋轉泵、2.5 公升水箱、58 毫米商用沖煮把手、不鏽鋼機身）",
                order_id="113-0748215-6639920", agent_name="張志明"),
         note="exact fill; long Traditional listing title"),
    dict(t="zh-tw/tamper-fit", lang="zh", tags=["traditional", "exact"],
         v=dict(buyer_name="蔡小姐", model="Solo 51", basket_size="51 毫米", agent_name="林怡君"),
         note="plain exact fill"),
]

# 2b. Edited fills: literal texts written by "agents" from a template.  `v` holds the
# placeholder values, so the self-check can compare each text with the exact fill.
EDITED_FILLS = [
    dict(t="en/descaling-steps", lang="en", tags=["edited", "greeting", "sign-off"],
         v=dict(buyer_name="Mr. Brennan", model="Solo 51", agent_name="Priya Natarajan"),
         note="greeting changed to 'Good morning', sign-off changed to 'Cheers'",
         text="""\
Good morning Mr. Brennan,

Thank you for asking about descaling your Solo 51. Scale builds up faster with hard water, so we suggest descaling every two to three months. Here is the routine our technicians use:

1. Empty the water tank and remove the water filter, if one is fitted.
2. Dissolve one sachet of CitraClean descaler in 1 litre of warm water and pour it into the tank.
3. Place a large container under the group head and the steam wand.
4. Switch the machine on and wait until it reaches temperature.
5. Run water through the group head for 20 seconds, then open the steam wand for 10 seconds. Repeat until the tank is half empty.
6. Switch the machine off and let the solution sit for 20 minutes.
7. Run the rest of the solution through, then rinse the tank and run two full tanks of fresh water through the group head and the wand.

Please do not use vinegar, as it can damage the seals inside the boiler.

Cheers,
Priya Natarajan
Lumacrema Support Team
"""),
    dict(t="en/descaling-steps", lang="en", tags=["edited", "merged-sentence", "line-breaks"],
         v=dict(buyer_name="Lena", model="Duo 58", agent_name="Tom Becker"),
         note="steps 5 and 6 merged and lightly reworded; intro joined onto the greeting line",
         text="""\
Hi Lena, thank you for asking about descaling your Duo 58. Scale builds up faster with hard water, so we suggest descaling every two to three months. Here is the routine our technicians use:

1. Empty the water tank and remove the water filter, if one is fitted.
2. Dissolve one sachet of CitraClean descaler in 1 litre of warm water and pour it into the tank.
3. Place a large container under the group head and the steam wand.
4. Switch the machine on and wait until it reaches temperature.
5. Run water through the group head for 20 seconds and the steam wand for 10 seconds, repeating until the tank is half empty, then switch off and let the solution sit for 20 minutes.
6. Run the rest of the solution through, then rinse the tank and run two full tanks of fresh water through the group head and the wand.

Please do not use vinegar, as it can damage the seals inside the boiler.

Best regards,
Tom Becker
Lumacrema Support Team
"""),
    dict(t="en/grind-size-sour", lang="en", tags=["edited", "line-breaks"],
         v=dict(buyer_name="Mr. Kowalski", model="Solo 51", agent_name="Maya Lindqvist"),
         note="hard wrapping removed (each paragraph on one line), wording unchanged",
         text="""\
Hello Mr. Kowalski,

Thanks for the details about your shots on the Solo 51. A sour, thin espresso that runs in under 20 seconds usually means the coffee is ground too coarse for the dose.

What we recommend:
- Move the grind setting two steps finer and pull another shot.
- Keep the dose the same (18 g for the double basket) so that only one thing changes at a time.
- Aim for about 36 g of espresso in 25 to 32 seconds.
- If the shot now runs slower than 35 seconds, go back one step.

Beans roasted more than six weeks ago can also taste sour and flat, so fresher beans often help as much as the grind change.

Kind regards,
Maya Lindqvist
Lumacrema Coffee Care
"""),
    dict(t="en/grind-size-sour", lang="en", tags=["edited", "greeting", "reworded"],
         v=dict(buyer_name="Ines", model="Duo 58", agent_name="Daniel Okafor"),
         note="greeting changed to 'Hi', last paragraph lightly reworded",
         text="""\
Hi Ines,

Thanks for the details about your shots on the Duo 58. A sour, thin
espresso that runs in under 20 seconds usually means the coffee is
ground too coarse for the dose.

What we recommend:
- Move the grind setting two steps finer and pull another shot.
- Keep the dose the same (18 g for the double basket) so that only one
  thing changes at a time.
- Aim for about 36 g of espresso in 25 to 32 seconds.
- If the shot now runs slower than 35 seconds, go back one step.

Older beans (roasted more than six weeks ago) can also taste sour and
flat, so fresh beans often help as much as the grind change does.

Kind regards,
Daniel Okafor
Lumacrema Coffee Care
"""),
    dict(t="en/low-pressure", lang="en", tags=["edited", "bullets", "sign-off"],
         v=dict(buyer_name="Mr. Fontaine", model="Duo 58", order_id="114-8830196-2275418",
                agent_name="Maya Lindqvist"),
         note="bullet symbols changed to dashes, sign-off shortened and team renamed",
         text="""\
Hi Mr. Fontaine,

I'm sorry the pressure gauge on your Duo 58 is staying low.

Order: 114-8830196-2275418
Model: Duo 58

Please check these points in order:
- Grind: if the shot pours in under 15 seconds, grind finer. A low reading is most often a grind that is too coarse.
- Dose and tamp: fill the basket to about 3 mm below the rim and tamp level with firm, even pressure.
- Basket: make sure you are using the single-wall basket, not the pressurised one.
- Water tank: seat the tank firmly so that the intake valve opens.
- Blind test: fit the blind basket and run the pump for 10 seconds. The needle should reach 9 to 10 bar.

If the blind test stays under 6 bar, please reply with a short description of the reading and we will arrange the next step under your warranty.

Regards, Maya
Lumacrema Espresso Support
"""),
    dict(t="en/low-pressure", lang="en", tags=["edited", "sentence-dropped", "reworded"],
         v=dict(buyer_name="Hannah", model="Solo 51", order_id="111-7715308-4490362",
                agent_name="Tom Becker"),
         note="basket bullet dropped (buyer already uses the single-wall basket); opening sentence reworded",
         text="""\
Hi Hannah,

Thanks for the photo; I'm sorry the pressure gauge on your Solo 51 is staying low.

Order: 111-7715308-4490362
Model: Solo 51

Please check these points in order:
\u2022 Grind: if the shot pours in under 15 seconds, grind finer. A low reading is most often a grind that is too coarse.
\u2022 Dose and tamp: fill the basket to about 3 mm below the rim and tamp level with firm, even pressure.
\u2022 Water tank: seat the tank firmly so that the intake valve opens.
\u2022 Blind test: fit the blind basket and run the pump for 10 seconds. The needle should reach 9 to 10 bar.

If the blind test stays under 6 bar, please reply with a short description of the reading and we will arrange the next step under your warranty.

Regards,
Tom Becker
Lumacrema Support Team
"""),
    dict(t="en/warranty/evidence-request", lang="en", tags=["edited", "nested", "greeting", "sign-off"],
         v=dict(buyer_name="Mr. Sato", model="Mill 64 grinder", order_id="112-9902457-1183604",
                case_id="LC-24205", agent_name="Priya Natarajan"),
         note="greeting 'Dear' -> 'Hi', sign-off 'Sincerely' -> 'Best regards'",
         text="""\
Hi Mr. Sato,

We are sorry that your Mill 64 grinder has stopped working properly. To open a warranty case, we need a little evidence from you. Please reply in this thread with:

1. A photo of the serial number label on the underside of the machine.
2. A short video (under 30 seconds) showing the fault.
3. The date you first noticed the problem.

Order: 112-9902457-1183604
Case reference: LC-24205

Once we receive these, a technician will check them within two business days and let you know whether we will repair or replace the unit.

Best regards,
Priya Natarajan
Lumacrema Warranty Desk
"""),
    dict(t="en/warranty/evidence-request", lang="en", tags=["edited", "nested", "merged-sentence"],
         v=dict(buyer_name="Ms. Quinn", model="Duo 58", order_id="113-4476128-7702851",
                case_id="LC-24233", agent_name="Daniel Okafor"),
         note="list items 2 and 3 merged into one item",
         text="""\
Dear Ms. Quinn,

We are sorry that your Duo 58 has stopped working properly. To open a warranty case, we need a little evidence from you. Please reply in this thread with:

1. A photo of the serial number label on the underside of the machine.
2. A short video (under 30 seconds) showing the fault, and the date you first noticed the problem.

Order: 113-4476128-7702851
Case reference: LC-24233

Once we receive these, a technician will check them within two business days and let you know whether we will repair or replace the unit.

Sincerely,
Daniel Okafor
Lumacrema Warranty Desk
"""),
    dict(t="en/warranty/coverage-summary", lang="en", tags=["edited", "nested", "line-breaks", "reworded"],
         v=dict(buyer_name="Olivia", model="Duo 58", order_id="114-1163950-8847216",
                warranty_period="2 years", agent_name="Maya Lindqvist"),
         note="re-wrapped into long lines; the last paragraph lightly reworded",
         text="""\
Hi Olivia,

Here is a summary of the warranty on your Duo 58, bought under order 114-1163950-8847216:

Coverage period: 2 years from the delivery date
Covered: pump, boilers, heating elements, solenoid valve, control board, and manufacturing defects in the grinder motor and burr carrier.
Not covered: wear parts (gaskets, shower screens, burrs), damage from scale build-up, drops, or use on a voltage other than 120 V.

Regular descaling and a new group gasket about once a year keep the coverage valid. If a fault appears, just reply in this thread and we will guide you through the claim.

Best wishes,
Maya Lindqvist
Lumacrema Support Team
"""),
    dict(t="en/missing-part", lang="en", tags=["edited", "merged-sentence"],
         v=dict(buyer_name="Marcus", part_name="blind basket", model="Solo 51",
                order_id="111-5528734-6093127", agent_name="Priya Natarajan"),
         note="the two bullets merged into the sentence before them",
         text="""\
Hi Marcus,

I'm sorry the blind basket seems to be missing from your Solo 51. Before we send a new one, please check the two places where it is sometimes packed: the foam insert under the drip tray, and the small accessory box inside the water tank.

If it is in neither place, just reply "not found" in this thread. We will then send the blind basket free of charge to the address on order 111-5528734-6093127, and you do not need to return anything.

Thank you for your patience,
Priya Natarajan
Lumacrema Support Team
"""),
    dict(t="en/review-request-neutral", lang="en", tags=["edited", "greeting", "sign-off"],
         v=dict(buyer_name="Ms. Adeyemi", order_id="112-4409871-3356012", model="Duo 58",
                agent_name="Tom Becker"),
         note="greeting 'Hello' -> 'Hi', sign-off changed to 'Kind regards' with first name and team",
         text="""\
Hi Ms. Adeyemi,

Thank you for your order 112-4409871-3356012. If you have a moment, you are welcome to share your experience with the Duo 58 in a review on Amazon. Honest comments, whatever they say, help other coffee lovers choose the right equipment.

Kind regards,
Tom
Lumacrema Support Team
"""),
    dict(t="en/milk-frothing", lang="en", tags=["edited", "reworded"],
         v=dict(buyer_name="Rafael", model="Solo 51", jug_size="350 ml", agent_name="Daniel Okafor"),
         note="opening sentence lightly reworded, step 6 reworded",
         text="""\
Hi Rafael,

Good question about steaming milk on the Solo 51. These steps give a smooth, glossy texture for lattes and flat whites:

1. Fill the 350 ml jug with cold milk up to the bottom of the spout.
2. Purge the steam wand for two seconds to clear any water.
3. Place the tip just below the surface, slightly off centre, and open the valve fully.
4. Let the tip draw in air for three to five seconds, until the volume rises by about a third.
5. Lower the tip a little so the milk spins, and stop when the jug is too hot to hold (about 60 to 65 \u00b0C).
6. Straight away, wipe the wand with a damp cloth and purge it.

Whole milk is the easiest to learn with; oat drinks labelled "barista" also foam well.

Happy brewing,
Daniel Okafor
Lumacrema Support Team
"""),
    dict(t="en/grinder/clog-clearing", lang="en", tags=["edited", "nested", "reworded"],
         v=dict(buyer_name="Mr. Lindgren", model="Mill 64", agent_name="Maya Lindqvist"),
         note="step 4 and the closing sentence lightly reworded",
         text="""\
Hi Mr. Lindgren,

Sorry to hear the Mill 64 has stopped dispensing. A clog in the chute is the usual cause, especially with oily dark roasts. To clear it:

1. Unplug the grinder and remove the hopper with the beans.
2. Turn the adjustment ring to the coarsest setting.
3. Brush out the chute with the supplied brush and remove any packed grounds.
4. Grind about 10 g of grinder cleaning tablets at that coarsest setting.
5. Return to your usual setting and grind 15 g of beans to purge.

If the motor hums but the burrs do not turn, please stop using the grinder and reply here so that we can look at it under warranty.

Regards,
Maya Lindqvist
Lumacrema Grinder Support
"""),
    dict(t="en/tamper-fit", lang="en", tags=["edited", "label-lines-folded"],
         v=dict(buyer_name="Grace", model="Solo 51", basket_size="51 mm", agent_name="Tom Becker"),
         note="the two label lines folded into one sentence",
         text="""\
Hi Grace,

Thank you for checking which tamper fits your Solo 51. The basket size is 51 mm, so the matching tamper size is 51 mm as well.

The tamper base should be about 0.5 mm narrower than the basket so that it presses the coffee evenly right to the edge. A smaller tamper leaves a ring of loose coffee that causes channelling. The calibrated spring clicks at about 15 kg, so you do not need to press harder than that.

All the best,
Tom Becker
Lumacrema Support Team
"""),
    dict(t="en/milk-frothing", lang="mixed", tags=["edited", "bilingual-note"],
         v=dict(buyer_name="Wei", model="Duo 58", jug_size="600 ml", agent_name="Priya Natarajan"),
         note="exact text plus one added Chinese line offering a Chinese version",
         text="""\
Hi Wei,

Thanks for your question about steaming milk with the Duo 58. These steps give a smooth, glossy texture for lattes and flat whites:

1. Fill the 600 ml jug with cold milk up to the bottom of the spout.
2. Purge the steam wand for two seconds to clear any water.
3. Place the tip just below the surface, slightly off centre, and open the valve fully.
4. Let the tip draw in air for three to five seconds, until the volume rises by about a third.
5. Lower the tip a little so the milk spins, and stop when the jug is too hot to hold (about 60 to 65 \u00b0C).
6. Wipe and purge the wand straight away.

Whole milk is the easiest to learn with; oat drinks labelled "barista" also foam well.

如需中文版的步骤说明，直接在本对话中回复即可。

Happy brewing,
Priya Natarajan
Lumacrema Support Team
"""),
    dict(t="zh/descaling", lang="zh", tags=["edited", "greeting", "sign-off"],
         v=dict(buyer_name="李先生", model="Solo 51", agent_name="王磊"),
         note="greeting changed to '李先生，您好！', sign-off changed to '祝您使用愉快'",
         text="""\
李先生，您好！

感谢您咨询Solo 51的除垢方法。水质较硬的地区建议每两到三个月除垢一次，步骤如下：

1. 倒空水箱，如装有滤芯请先取出。
2. 将一包CitraClean除垢剂溶于1升温水中，倒入水箱。
3. 在冲煮头和蒸汽棒下方放置一个大容器。
4. 开机并等待机器加热完成。
5. 冲煮头出水20秒，再打开蒸汽棒10秒，重复直至水箱剩下一半。
6. 关机静置20分钟。
7. 放完剩余溶液后，冲洗水箱，再用清水完整运行两箱。

请勿使用白醋，以免损坏锅炉内的密封圈。

祝您使用愉快！
王磊
Lumacrema 客服团队
"""),
    dict(t="zh/grind-size", lang="zh", tags=["edited", "reworded"],
         v=dict(buyer_name="吴女士", model="Duo 58", agent_name="陈静"),
         note="second bullet lightly reworded, last sentence shortened",
         text="""\
吴女士您好：

关于Duo 58萃取偏酸、流速过快的问题，通常是研磨太粗导致的。建议您：
- 将研磨刻度调细两格，再萃取一次；
- 粉量不要变（双份粉碗18克），一次只调整一个变量；
- 目标是在25至32秒内萃取约36克咖啡液；
- 如果萃取时间超过35秒，请调回一格。

另外，烘焙超过六周的咖啡豆也容易偏酸、风味平淡，换用新鲜咖啡豆同样有效。

陈静
Lumacrema 咖啡顾问
"""),
    dict(t="zh/low-pressure", lang="zh", tags=["edited", "line-breaks"],
         v=dict(buyer_name="郑先生", model="Duo 58", order_id="113-2205718-4469031", agent_name="小林"),
         note="numbering removed from the checklist, label line moved below the greeting",
         text="""\
郑先生您好，
订单号：113-2205718-4469031

很抱歉您的Duo 58压力表读数偏低。请按以下顺序检查：
研磨：如果15秒内就流完，请调细研磨度；
布粉与压粉：粉面距粉碗边缘约3毫米，压粉要平整、均匀；
粉碗：请使用单层粉碗，而不是加压粉碗；
水箱：请将水箱按到位，确保进水阀打开；
盲碗测试：装上盲碗运行水泵10秒，指针应达到9至10巴。

如果盲碗测试仍低于6巴，请在本对话中回复读数，我们会按保修流程为您安排下一步。

此致
小林
Lumacrema 客服团队
"""),
    dict(t="zh/warranty-evidence", lang="zh", tags=["edited", "reworded", "sign-off"],
         v=dict(buyer_name="钱先生", model="Solo 51咖啡机", order_id="114-6617302-5581940",
                case_id="LC-24251", agent_name="王磊"),
         note="'很抱歉' -> '非常抱歉', '祝好' added before the signature",
         text="""\
尊敬的钱先生：

非常抱歉您的Solo 51咖啡机出现故障。为办理保修，请在本对话中回复以下资料：

1. 机器底部序列号标签的照片；
2. 一段30秒以内、能看到故障现象的视频；
3. 您第一次发现问题的日期。

订单号：114-6617302-5581940
工单号：LC-24251

收到资料后，技术人员会在两个工作日内完成检查，并告知您维修或换新的安排。

祝好，
王磊
Lumacrema 保修服务组
"""),
    dict(t="zh/missing-part", lang="zh", tags=["edited", "merged-sentence"],
         v=dict(buyer_name="何女士", model="Solo 51", part_name="盲碗",
                order_id="112-0093518-7726641", agent_name="陈静"),
         note="the two bullets merged into one sentence",
         text="""\
何女士您好，

很抱歉您收到的Solo 51缺少盲碗。在为您补发之前，请先检查接水盘下方的泡沫内衬和水箱内的小配件盒，配件有时会放在这两个位置。

如果两处都没有，请直接在本对话中回复"未找到"，我们会免费将盲碗寄到订单112-0093518-7726641的收货地址，无需退回任何物品。

感谢您的耐心，
陈静
Lumacrema 客服团队
"""),
    dict(t="zh/review-request", lang="zh", tags=["edited", "greeting"],
         v=dict(buyer_name="马先生", model="Mill 38磨豆机", order_id="111-3381920-6624705", agent_name="小林"),
         note="greeting changed to '马先生，您好！'",
         text="""\
马先生，您好！

感谢您购买Mill 38磨豆机（订单号：111-3381920-6624705）。如果您方便，欢迎在亚马逊商品页面分享您的真实使用体验，无论感受如何，都能帮助其他咖啡爱好者选择合适的器具。

小林
Lumacrema Home Coffee
"""),
    dict(t="zh-tw/descaling", lang="zh", tags=["traditional", "edited", "greeting", "sign-off"],
         v=dict(buyer_name="陳先生", model="Solo 51", agent_name="張志明"),
         note="greeting and closing formula changed",
         text="""\
陳先生，您好：

感謝您詢問 Solo 51 的除垢方式。水質較硬的地區建議每兩到三個月除垢一次，步驟如下：

1. 倒空水箱，若有裝濾芯請先取出。
2. 將一包 CitraClean 除垢劑溶於 1 公升溫水，倒入水箱。
3. 在沖煮頭與蒸氣管下方放置大容器。
4. 開機並等待機器加熱完成。
5. 沖煮頭出水 20 秒，再開啟蒸氣管 10 秒，重複至水箱剩一半。
6. 關機靜置 20 分鐘。
7. 放完剩餘溶液後，沖洗水箱，再以清水完整運行兩箱。

請勿使用白醋，以免損壞鍋爐內的密封圈。

祝 使用愉快
張志明
Lumacrema 客服團隊
"""),
    dict(t="zh-tw/milk-frothing", lang="zh", tags=["traditional", "edited", "merged-sentence"],
         v=dict(buyer_name="王小姐", model="Duo 58", jug_size="600 毫升", agent_name="林怡君"),
         note="steps 4 and 5 merged into one step",
         text="""\
王小姐 您好，

謝謝您詢問 Duo 58 打奶泡的方法，以下步驟可以打出細緻、有光澤的奶泡：

1. 將冰牛奶倒入 600 毫升拉花鋼杯，約到杯嘴下緣。
2. 先空噴蒸氣管兩秒，排出積水。
3. 將噴嘴放在液面下方、略偏離中心，再把旋鈕開到最大。
4. 讓噴嘴吸入空氣三到五秒，奶量增加約三分之一後稍微降低噴嘴讓牛奶旋轉，鋼杯燙到無法手握（約 60 至 65 \u00b0C）時關閉。
5. 立即擦拭並空噴蒸氣管。

全脂牛奶最容易上手；標示「咖啡師專用」的燕麥奶也很好打發。

林怡君
Lumacrema 客服團隊
"""),
    dict(t="zh-tw/warranty-evidence", lang="zh", tags=["traditional", "edited", "bullets", "sign-off"],
         v=dict(buyer_name="劉先生", model="Mill 64 磨豆機", order_id="114-3357016-2208843", agent_name="張志明"),
         note="middle-dot bullets changed to numbers, '敬上' moved to its own line",
         text="""\
劉先生 您好，

很抱歉您的 Mill 64 磨豆機 出現異常。為了替您開立保固案件，麻煩您在此對話中提供：
1. 機身底部序號貼紙的照片
2. 30 秒以內、可看出問題的影片
3. 第一次發現問題的日期

訂單編號：114-3357016-2208843

收到資料後，技術人員會在兩個工作天內完成確認，並通知您維修或換新的安排。

敬上
張志明
Lumacrema 保固服務組
"""),
    dict(t="zh/grind-size", lang="mixed", tags=["edited", "bilingual-note"],
         v=dict(buyer_name="Kevin", model="Mill 38", agent_name="王磊"),
         note="exact text plus one added English sentence offering an English version",
         text="""\
Kevin您好：

关于Mill 38萃取偏酸、流速过快的问题，通常是研磨太粗导致的。建议您：
- 将研磨刻度调细两格，再萃取一次；
- 粉量保持不变（双份粉碗18克），每次只调整一个变量；
- 目标是在25至32秒内萃取约36克咖啡液；
- 如果萃取时间超过35秒，请调回一格。

另外，烘焙超过六周的咖啡豆也容易偏酸、风味平淡，换用新鲜的咖啡豆往往同样有效。

If it is easier for you, I can send the same tips in English as well.

王磊
Lumacrema 咖啡顾问
"""),
]

# 2c. Logistics only (labels []).  Near-misses name the product or a fault but
# only arrange shipping, replacement shipments, returns, refunds of returns,
# address changes or customs.
LOGISTICS = [
    dict(lang="en", tags=["tracking"], note="tracking number and delivery estimate", text="""\
Hi Karen,

Your Duo 58 left our warehouse yesterday afternoon with UPS. The tracking number is 1Z4R78E20391837425, and the carrier currently shows delivery on Thursday by end of day.

Best regards,
Maya Lindqvist
Lumacrema Support Team
"""),
    dict(lang="en", tags=["delay"], note="carrier delay, new delivery estimate", text="""\
Hello Mr. Grant,

I checked order 113-6604921-8831477 with the carrier. The parcel was held at the Memphis hub because of the storm last weekend, and it is moving again now. The new estimated delivery date is Tuesday, June 11. We are watching the tracking and will write again if it stalls.

Regards,
Tom Becker
"""),
    dict(lang="en", tags=["address-change"], note="address updated before dispatch", text="""\
Hi Jordan,

Done: before the order shipped, I changed the delivery address on order 112-7730418-2294516 to 48 Linden Court, Apt 3B, Springfield, IL 62704. The packing slip has been reprinted, and the parcel will go out tomorrow morning.

Priya
Lumacrema Support Team
"""),
    dict(lang="en", tags=["address-change", "already-shipped"], note="address change impossible after dispatch; carrier redirect", text="""\
Hi Ms. Lowell,

Unfortunately the grinder had already been handed to the carrier when your message arrived, so we can no longer change the address on the order. You can ask UPS to redirect the parcel to a different address or to a UPS Access Point using the tracking number 1Z9W2A470288154631. If the redirect is not possible, the parcel will come back to us and we will reship it to the new address at no cost.

Kind regards,
Daniel Okafor
"""),
    dict(lang="en", tags=["return", "near-miss"], note="names a fault (pump noise) but only arranges the return", text="""\
Hi Mr. Delgado,

I'm sorry to hear the pump on your Solo 51 is making a grinding noise. You are still inside the return window, so you can send it back for a full refund. Please start the return from Your Orders on Amazon, choose "Item defective or doesn't work", and print the prepaid UPS label. Pack the machine in its original box if you still have it, and drop it off at any UPS location within 14 days.

Best regards,
Maya Lindqvist
Lumacrema Support Team
"""),
    dict(lang="en", tags=["refund-of-return"], note="refund issued after returned item received", text="""\
Hi Ben,

We received your returned Mill 38 at our warehouse on May 3. The refund of $189.99 was issued to your original payment method today; depending on your bank it should appear within 3 to 5 business days.

Tom Becker
Lumacrema Support Team
"""),
    dict(lang="en", tags=["refund-of-return", "partial"], note="partial refund on a return with one opened item", text="""\
Hello Ms. Whitfield,

Your return of the CitraClean descaler 2-pack arrived yesterday. One of the two pouches had been opened, so under the return policy for opened consumables we refunded the unopened pouch in full and 50% of the opened one, $16.49 in total. The refund went to your original payment method this morning.

Regards,
Priya Natarajan
"""),
    dict(lang="en", tags=["customs"], note="import fees already paid at checkout", text="""\
Hi Mr. Tremblay,

Your order is shipping to Canada through Amazon Global, and the import fees deposit was collected at checkout. You should not be asked for any duties or taxes when the parcel is delivered. If the courier does ask you for money at the door, please decline the payment and reply to this message so that we can take it up with Amazon.

Best regards,
Daniel Okafor
Lumacrema Support Team
"""),
    dict(lang="en", tags=["replacement", "near-miss"], note="damaged in transit; replacement shipped, no return", text="""\
Hi Chris,

Thank you for the photos of the dented 600 ml milk jug. That happened in transit, and we have shipped a replacement jug today at no charge. The tracking number is TBA318842907551 and delivery is expected on Saturday. You do not need to send the dented one back.

Priya Natarajan
Lumacrema Support Team
"""),
    dict(lang="en", tags=["marked-delivered"], note="carrier shows delivered, buyer cannot find the parcel", text="""\
Hi Ms. Nakamura,

The carrier's record shows the parcel for order 114-2290573-4418806 as delivered on Monday at 2:14 pm and left at the front door. Parcels are sometimes left with a neighbour or at a side entrance, so please check there first. If it still has not turned up by Thursday, reply here and we will send a replacement at no cost.

Kind regards,
Maya Lindqvist
"""),
    dict(lang="en", tags=["split-shipment"], note="two packages, one delivered, one in transit", text="""\
Hi Sam,

Your order shipped in two packages. The 58 mm tamper was delivered on Tuesday, and the Mill 64 grinder is travelling separately from our other warehouse with tracking 1Z9W2A470288154698. It is due on Friday.

Best regards,
Tom Becker
Lumacrema Support Team
"""),
    dict(lang="en", tags=["cancellation"], note="duplicate order cancelled at the buyer's request", text="""\
Hi Alex,

As you asked, we cancelled the duplicate order 111-4829301-5520187 before it shipped. You have not been charged for it; the original order 111-4829301-5520122 is unaffected and will ship tomorrow as planned.

Regards,
Daniel Okafor
"""),
    dict(lang="en", tags=["exchange", "near-miss"], note="wrong tamper size; exchange shipped, return label", text="""\
Hi Marcus,

No problem, we have swapped your 58 mm tamper for the 51 mm size you asked for. The 51 mm tamper shipped today with tracking TBA402916635820. Please send the 58 mm tamper back with the prepaid label attached to this message within 30 days; there is nothing to pay for the exchange.

Priya Natarajan
Lumacrema Support Team
"""),
    dict(lang="en", tags=["pickup", "near-miss"], note="cracked water tank; carrier pickup arranged", text="""\
Hi Dr. Patel,

I'm sorry the Duo 58 arrived with a cracked water tank. We have booked a UPS pickup of the machine for Tuesday between 9 am and 5 pm, and the replacement machine will ship as soon as the carrier scans the return. Please pack the machine in its original box and tape the label from this message on the top.

Best regards,
Tom Becker
Lumacrema Support Team
"""),
    dict(lang="en", tags=["signature"], note="signature required, access point hold", text="""\
Hi Mrs. Dunleavy,

Because of its value, the Duo 58 needs a signature on delivery. UPS will try again on Monday. If nobody is home, the parcel will be held at the UPS Access Point on Main Street for five business days, and you can collect it there with photo ID and the tracking number 1Z4R78E20391837449.

Regards,
Daniel Okafor
"""),
    dict(lang="en", tags=["return", "refund-of-return"], note="return received, replacement vs refund choice already made", text="""\
Hi Hannah,

Your returned Solo 51 reached our warehouse this morning. As you chose a refund rather than a replacement, the full amount of $449.00 has been refunded to your card, and the return shipping was free because the machine was faulty.

Tom Becker
Lumacrema Support Team
"""),
    dict(lang="zh", tags=["tracking"], note="发货与物流单号", text="""\
刘先生您好，

您的订单已于昨天下午发出，UPS物流单号为1Z4R78E20391837456，目前显示预计周五送达。

陈静
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["address-change"], note="发货前修改收货地址", text="""\
赵女士您好，

已按您的要求，在发货前将订单114-5501762-3398214的收货地址修改为：加州圣何塞市枫树街215号。包裹预计明天上午发出。

王磊
"""),
    dict(lang="zh", tags=["return", "near-miss"], note="提到故障（研磨机异响），只安排退货", text="""\
周先生您好，

很抱歉Mill 38磨豆机出现异响。您的订单仍在退货期内，请在亚马逊"我的订单"中申请退货，退货原因选择"商品有缺陷或无法使用"，然后打印预付运费的退货标签，14天内交给UPS即可。

小林
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["refund-of-return"], note="收到退货后退款", text="""\
孙女士您好，

我们已于5月8日收到您退回的拉花奶缸，退款29.99美元已按原支付方式退回，通常3至5个工作日到账。

陈静
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["customs"], note="进口税费已在结账时预付", text="""\
郑先生您好，

您的订单通过亚马逊全球配送寄往加拿大，进口税费押金已在结账时支付，签收时无需再缴纳关税。如果快递员上门要求付款，请先拒付，并在本对话中告诉我们，我们会向亚马逊反映。

王磊
"""),
    dict(lang="zh", tags=["replacement", "near-miss"], note="奶缸运输压坏，补发，不用退回", text="""\
何女士您好，

收到您发来的照片，奶缸是在运输途中被压坏的。我们今天已免费为您补发一个新的600毫升奶缸，物流单号TBA318842907588，预计周六送达，压坏的那个无需退回。

小林
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["cancellation"], note="按买家要求取消重复订单", text="""\
马先生您好，

已按您的要求取消重复订单111-3381920-6624790，该订单尚未发货，也不会扣款。原订单111-3381920-6624705不受影响，明天照常发出。

陈静
"""),
    dict(lang="zh", tags=["delay"], note="物流延误，新的预计送达日期", text="""\
钱先生您好，

我们查询了订单114-6617302-5581940的物流信息：包裹因中转站暴雨滞留了两天，现已重新发运，新的预计送达日期为6月14日。我们会持续跟踪，如有变化会再通知您。

王磊
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["traditional", "tracking"], note="追蹤號碼與預計送達", text="""\
黃小姐 您好，

您的 Duo 58 已於昨天出貨，UPS 追蹤號碼為 1Z4R78E20391837463，目前顯示預計週四送達。

林怡君
Lumacrema 客服團隊
"""),
    dict(lang="zh", tags=["traditional", "address-change"], note="出貨前修改地址", text="""\
吳先生 您好：

已依照您的要求，在出貨前將訂單 113-0748215-6639920 的收件地址改為：加州爾灣市橡樹路 88 號 2 樓。包裹預計明天上午寄出。

張志明
"""),
    dict(lang="zh", tags=["traditional", "refund-of-return"], note="收到退貨後退款", text="""\
蔡小姐 您好，

我們已在 5 月 10 日收到您退回的 51 毫米填壓器，退款 39.99 美元已退回原付款方式，一般 3 至 5 個工作天內入帳。

林怡君
Lumacrema 客服團隊
"""),
    dict(lang="zh", tags=["traditional", "customs"], note="關稅已於結帳時預付", text="""\
陳先生 您好，

您的訂單經由亞馬遜全球配送寄往加拿大，進口稅費已於結帳時預付，收件時不需要再繳交關稅。若快遞人員要求付款，請先拒絕，並在此對話中告訴我們。

張志明
Lumacrema 客服團隊
"""),
    dict(lang="zh", tags=["traditional", "replacement", "near-miss"], note="水箱破裂，安排換貨寄出與取件", text="""\
劉先生 您好，

很抱歉您的 Solo 51 到貨時水箱已經破裂。我們已安排新機今天寄出，追蹤號碼 TBA402916635871；UPS 會在週二到府收回破損的機器，請用原包裝箱裝好即可。

林怡君
Lumacrema 客服團隊
"""),
    dict(lang="mixed", tags=["tracking", "bilingual"], note="same tracking update in English and Chinese", text="""\
Hi Mr. Lin,

Your Mill 64 grinder shipped today with UPS, tracking number 1Z9W2A470288154705, and should arrive on Wednesday.

林先生您好，您的Mill 64磨豆机已于今天通过UPS发出，物流单号同上，预计周三送达。

Daniel Okafor
Lumacrema Support Team
"""),
    dict(lang="mixed", tags=["return", "bilingual"], note="return instructions in English and Chinese", text="""\
Hi Ms. Huang,

To return the milk jug, please open Your Orders on Amazon, choose the order, select "Return or replace items" and print the prepaid label. Drop the parcel at any UPS location within 30 days.

黄女士您好，退货请在亚马逊"我的订单"中选择该订单，点击"退货或更换商品"，打印预付运费的标签后，30天内交给UPS即可。

Priya Natarajan
"""),
    dict(lang="mixed", tags=["address-change", "bilingual"], note="address change confirmed in Chinese and English", text="""\
吴先生您好，

收货地址已更新为：华盛顿州贝尔维尤市湖景大道1020号，包裹明天发出。

Hello Mr. Wu, the delivery address has been updated to 1020 Lakeview Boulevard, Bellevue, WA 98004, and the parcel will ship tomorrow.

王磊
Lumacrema 客服团队
"""),
]

# 2d. Rewritten: free-written or heavily paraphrased non-logistics answers that no
# template covers closely enough (labels [template-required]).
REWRITTEN = [
    dict(lang="en", tags=["paraphrase", "descaling"], note="en/descaling-steps: heavy paraphrase as prose", text="""\
Hey Lena,

Good timing on the descale question. With the water in your area I'd do it roughly every ten weeks. Mix a pouch of the CitraClean into a litre of warm water, tip it into the empty tank, heat the machine up and push about half of it out through the group and the wand in short bursts. Then turn it off for twenty minutes so the solution can work, flush out what's left, and finish with a couple of tanks of clean water. Skip vinegar; it's hard on the boiler seals.

Cheers,
Tom
"""),
    dict(lang="en", tags=["paraphrase", "grind"], note="en/grind-size-sour: heavy paraphrase", text="""\
Hi Mr. Alvarez,

From what you describe (about 14 seconds and a sharp, lemony taste) the puck simply isn't giving the water enough resistance. Go finer on the grinder, a couple of clicks at a time, while keeping your 18 g dose fixed. You're looking for roughly double the dose in the cup, 36 g or so, in the mid-to-high twenties. Also check the roast date on the bag: anything older than a month and a half will taste thin no matter what you do with the grinder.

Priya
"""),
    dict(lang="en", tags=["paraphrase", "pressure"], note="en/low-pressure: heavy paraphrase", text="""\
Hi Jordan,

A needle that only creeps up to 4 or 5 bar almost always points to the coffee rather than the pump. Try a noticeably finer grind first and make sure the basket is the plain single-wall one; the pressurised basket will never build a proper reading. If you have the blank basket from the box, lock it in and run the pump for ten seconds. If it climbs to about 9 bar, the machine is healthy and it's all down to grind and tamping. If it doesn't, tell me what it shows and we'll take it from there.

Tom
"""),
    dict(lang="en", tags=["paraphrase", "warranty"], note="en/warranty/coverage-summary: paraphrased as an answer to one question", text="""\
Hi Olivia,

The shower screen is treated as a wear part, like the group gasket and the burrs, so a torn or clogged screen isn't something the warranty replaces. The two-year cover is about the things that actually fail: the pump, boilers, heating elements, solenoid and electronics. A clogged screen usually just needs soaking in hot water with a little cleaning powder, and replacements are inexpensive.

Maya
"""),
    dict(lang="en", tags=["close-paraphrase", "descaling"],
         note="en/descaling-steps: close paraphrase, same seven steps with every sentence reworded", text="""\
Hi Ms. Moreau,

Good question. Hard water means scale builds quickly, so plan on a descale roughly every ten weeks on the Duo 58. This is how we do it in the workshop:

1. Take the filter out of the tank and empty it.
2. Stir a CitraClean pouch into a litre of warm water and fill the tank with it.
3. Put a big bowl under both the group and the wand.
4. Turn the machine on and let it heat fully.
5. Alternate: 20 seconds through the group, 10 through the wand, until about half the tank has gone.
6. Turn it off and wait 20 minutes.
7. Push the remaining solution through, rinse the tank, and flush two tanks of clean water through both outlets.

Please skip vinegar; the boiler seals don't like it.

Tom
"""),
    dict(lang="en", tags=["close-paraphrase", "pressure"],
         note="en/low-pressure: close paraphrase, same checklist with every point reworded", text="""\
Hi Mr. Fischer,

Sorry the gauge on your Solo 51 won't climb. Order 113-9047712-5530861.

A few things to go through, in this order:
- Grind: a shot that's done in under 15 seconds means the coffee is too coarse, which is the most common reason for a low needle.
- Dose and tamp: the coffee bed should sit roughly 3 mm under the rim, and the tamp needs to be level and firm.
- Basket: the pressurised basket won't show real pressure, so swap to the single-wall one.
- Tank: push it down fully so the valve underneath opens.
- Blind test: lock in the blind basket and run the pump for ten seconds; you should see 9 to 10 bar.

Below 6 bar on the blind test? Tell me what the needle shows and I'll set up the warranty step.

Tom
"""),
    dict(lang="en", tags=["close-paraphrase", "milk"],
         note="en/milk-frothing: close paraphrase, same six steps with every step reworded", text="""\
Hi Chris,

Silky milk for latte art on the Duo 58 comes down to a few habits:

1. Cold milk, straight from the fridge, poured into the 600 ml jug only as far as where the spout starts.
2. A quick two-second blast from the wand first, so no condensed water ends up in the milk.
3. Tip just under the surface and a little to one side, then steam fully open.
4. Air goes in only for the first few seconds (a soft hiss); by then the milk should have grown by roughly a third.
5. Sink the tip slightly so the milk whirlpools, and turn it off once the jug is too hot to keep your hand on.
6. Clean the wand and give it another blast immediately.

While you are learning, whole milk is the most forgiving; barista-style oat drinks froth nicely too.

Priya
"""),
    dict(lang="zh", tags=["close-paraphrase", "descaling"],
         note="zh/descaling: close paraphrase, same seven steps with every step reworded", text="""\
罗女士您好：

您那边水质偏硬，Duo 58 大约每两三个月除一次垢就可以。具体做法：

1. 把水箱里的水倒掉，滤芯先拿出来。
2. 用一升温水化开一包除垢剂，倒回水箱。
3. 冲煮头和蒸汽棒下面各放一个大碗接水。
4. 开机，等温度升上来。
5. 冲煮头放水二十秒、蒸汽棒放十秒，轮流进行，放掉大约半箱。
6. 关机，等二十分钟。
7. 把剩下的溶液放完，洗净水箱，再用两箱清水把管路冲干净。

另外请不要用白醋，它会损伤锅炉的密封圈。

陈静
"""),
    dict(lang="en", tags=["troubleshooting", "channelling"], note="no template: spraying shots and channelling", text="""\
Hi Ines,

The spraying you see from the bottom of the portafilter is channelling: water is finding weak spots in the puck and rushing through them. Breaking up clumps before tamping makes the biggest difference. A simple needle tool or even a paper clip stirred through the grounds in small circles works well. Tap the portafilter once to settle the bed, tamp straight down, and avoid knocking the side after tamping because that cracks the puck away from the wall.

Daniel
"""),
    dict(lang="en", tags=["troubleshooting", "power"], note="no template: machine will not switch on", text="""\
Hi Mr. Brennan,

If the Solo 51 shows no lights at all, let's rule out the simple things first. Plug a lamp into the same socket to confirm it has power, and make sure the power cord is pushed fully into the back of the machine, since it can look seated when it isn't. There is also a reset button for the thermal cut-out under the rubber cap on the back panel; press it firmly until it clicks. If the machine still shows nothing after that, let me know and I'll walk you through the next check.

Priya Natarajan
"""),
    dict(lang="en", tags=["usage", "grinder-noise"], note="no template: grinder noise with light roasts", text="""\
Hi Mr. Lindgren,

A louder, higher-pitched sound with very light roasts is normal for the Mill 64. Light beans are denser and harder, so the motor works more and the burrs chatter a little as they bite. It does not harm the grinder. Feeding the beans in slowly, or single-dosing with the lid on, keeps it quieter. A grinding or knocking sound that also happens with medium roasts would be different, and then we'd like to hear a recording.

Maya
"""),
    dict(lang="en", tags=["troubleshooting", "leak"], note="no template: water under the drip tray", text="""\
Hi Mr. Fontaine,

Some water in the drip tray after each shot is expected: the three-way valve releases the pressure from the group, and that water goes into the tray. If the water is on the counter under the machine, check the tank first. It should sit flat and fully down, and the small silicone ring on the outlet should be in place. A tray that is filled too high will also overflow at the back, so emptying it every few shots is worth trying before anything else.

Maya Lindqvist
"""),
    dict(lang="en", tags=["usage", "pre-ground"], note="no template: pre-ground coffee and pressurised basket", text="""\
Hi Rafael,

You can use supermarket pre-ground coffee, but put it in the pressurised basket (the one with a single small hole underneath). That basket creates the resistance that pre-ground coffee can't, so you still get crema. The single-wall basket is meant for freshly ground coffee from a burr grinder, where you can tune the grind; with pre-ground coffee in it, shots will run very fast and taste weak.

Daniel Okafor
"""),
    dict(lang="en", tags=["warranty", "commercial-use"], note="no template: warranty and office use", text="""\
Hi Ms. Quinn,

Using the Duo 58 in a small office kitchen is fine, and the warranty still applies. What the warranty excludes is commercial use, meaning a cafe or anywhere it is selling drinks or pulling dozens of shots a day. For an office of ten people the machine is well within its design, but we would suggest descaling a little more often, perhaps every six weeks.

Daniel
"""),
    dict(lang="en", tags=["usage", "jug-size"], note="no template: which jug for two cappuccinos", text="""\
Hi Wei,

For two cappuccinos at once the 600 ml jug is the better choice. Fill it to just under the spout and you will have enough foamed milk for two 180 ml cups. The 350 ml jug is nicer for a single latte or for practising latte art, because the milk spins more easily in a small jug.

Priya
"""),
    dict(lang="en", tags=["usage", "backflush"], note="no template: backflushing routine", text="""\
Hello Mr. Sato,

With the blind basket in the portafilter, run the pump for ten seconds and stop, five times in a row, using plain water after every day of use. Once a week, do the same with half a teaspoon of espresso machine cleaning powder in the blind basket, then repeat with water to rinse. Take the portafilter out and give the shower screen a wipe at the end. That keeps coffee oils from building up in the group.

Tom Becker
"""),
    dict(lang="zh", tags=["paraphrase", "descaling"], note="zh/descaling: heavy paraphrase", text="""\
张女士好，

除垢其实不复杂：先把水箱清空，用一升温水化开一包除垢剂倒进去，等机器热好后，分几次从冲煮头和蒸汽棒放掉大约一半。然后关机泡二十分钟左右，把剩下的放完，最后多过两箱清水冲干净就可以了。您那边水比较硬，两三个月做一次比较合适。千万别用醋，会伤到密封件。

陈静
"""),
    dict(lang="zh", tags=["paraphrase", "pressure"], note="zh/low-pressure: heavy paraphrase", text="""\
刘先生，

压力只到四五巴，十有八九是粉的问题，不是泵坏了。您先把研磨调细一些，再确认用的是单层粉碗，加压粉碗是测不出正常压力的。包装里有一个没有孔的盲碗，装上后让泵运行十秒，如果能到九巴左右，机器就没问题，只需要继续调研磨和压粉；如果还是很低，把读数告诉我就行。

王磊
"""),
    dict(lang="zh", tags=["troubleshooting", "steam"], note="no template: weak steam", text="""\
孙女士您好，

蒸汽无力通常有两个原因：一是开蒸汽前机器还没完全升到蒸汽温度，面板上的蒸汽指示灯常亮后再打开会好很多；二是喷嘴的小孔被奶垢堵住了，可以把喷嘴拧下来，用包装里附带的细针通一下，再用热水泡十分钟。每次打完奶立刻擦干净并空喷一下，就不容易再堵。

陈静
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["warranty", "drop-damage"], note="no template: drop damage not covered", text="""\
钱先生您好，

根据您发来的照片，机身侧面有明显的撞击凹痕，水箱卡扣也断了，这属于跌落造成的损坏，不在保修范围内。不过水箱卡扣是可以单独更换的小零件，更换后机器可以正常使用，您不必担心机器本身的功能。

王磊
"""),
    dict(lang="zh", tags=["usage", "single-dose"], note="no template: single-dosing advice", text="""\
何女士您好，

Mill 38 可以单份研磨使用：每次称好18克豆子直接倒入，磨完后用附带的气吹按几下，把残留的粉吹出来，这样每次出粉量会比较稳定。如果经常换不同的豆子，单份研磨比在豆仓里存豆更方便，也能保持新鲜。

小林
"""),
    dict(lang="zh", tags=["troubleshooting", "wet-puck"], note="no template: wet puck explanation", text="""\
郑先生您好，

萃取后粉饼比较湿、像泥一样，通常不代表机器有问题。Duo 58 没有泄压后抽干粉饼的设计，粉量偏少时粉饼上方空间大，就会积水。可以试着把粉量加到19克左右，或者等一两分钟再敲粉，粉饼会干一些。只要咖啡味道正常，就不需要处理。

小林
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["traditional", "paraphrase", "milk"], note="zh-tw/milk-frothing: heavy paraphrase", text="""\
王小姐您好，

奶泡太粗通常是吸入空氣的時間太長。牛奶一定要冰，倒到杯嘴下方就好；噴嘴先空噴一下，接著讓噴嘴貼近液面，聽到輕微的嘶嘶聲幾秒就夠了，之後把噴嘴往下沉一點，讓牛奶在杯裡轉起來，摸起來燙手就停。

林怡君
"""),
    dict(lang="zh", tags=["traditional", "troubleshooting", "heating"], note="no template: machine does not heat", text="""\
黃小姐 您好，

機器有亮燈但一直不會加熱的話，請先確認水箱裡有足夠的水，水位太低時機器會停止加熱以保護鍋爐。如果水量正常，請關機拔掉插頭十分鐘再重新開機，讓溫控重新啟動。若還是不熱，麻煩告訴我們面板上哪一顆燈在閃爍，我們再協助您判斷。

張志明
Lumacrema 客服團隊
"""),
    dict(lang="zh", tags=["traditional", "warranty", "voltage"], note="no template: 110 V use and warranty", text="""\
吳先生 您好，

台灣的電壓是 110 伏特，和機器標示的 120 伏特屬於同一個範圍，可以直接使用，不需要變壓器，也不會影響保固。要注意的是不要接在延長線上與其他大功率電器共用，以免加熱時跳電。

張志明
"""),
    dict(lang="zh", tags=["traditional", "usage", "pour-over"], note="no template: grind setting for pour-over", text="""\
蔡小姐 您好，

Mill 38 也可以磨手沖用的粉。建議從刻度 25 左右開始試，粉的粗細大約像粗砂糖。如果沖出來偏苦、滴濾時間超過四分鐘，就調粗兩格；偏酸、太快流完，就調細兩格。從義式刻度換到手沖刻度後，先磨幾克豆子把殘粉帶出來。

林怡君
"""),
    dict(lang="mixed", tags=["usage", "ratio", "bilingual"], note="no template: dose and ratio, English plus Chinese summary", text="""\
Hi Kevin,

For a classic double, use 18 g of coffee in the double basket and aim for about 36 g in the cup. For a stronger, shorter ristretto, stop at around 27 g. Weigh both with a small kitchen scale rather than going by the cup lines.

简单来说：18克粉，萃取约36克咖啡液；想要更浓就在27克左右停止。

Priya
"""),
    dict(lang="mixed", tags=["troubleshooting", "bilingual"], note="no template: Chinese troubleshooting with English part names", text="""\
李先生您好，

冲煮头漏水多半是密封圈（group gasket）老化变硬了。您可以先检查手柄（portafilter）扣上时能不能转到六点钟方向；如果能转得很靠后，说明密封圈已经磨损。另外每次萃取后用刷子清理一下冲煮头边缘（group head rim），残粉也会导致漏水。

If you prefer, I can explain the same steps in English.

王磊
"""),
    dict(lang="mixed", tags=["warranty", "bilingual"], note="no template: what happens during a warranty repair, bilingual", text="""\
Hi Mr. Lin,

If the technician decides on a repair, the grinder is fixed and tested at our service centre and usually comes back within ten business days. If a repair is not worthwhile, you receive a new unit instead, and the remaining warranty carries over.

林先生您好，如果决定维修，磨豆机会在维修中心修好并测试，通常十个工作日内返回；如果不值得维修，会直接为您换新，剩余保修期继续有效。

Daniel Okafor
"""),
]

# 2e. Mixed: logistics plus a non-logistics, non-template part (labels [template-required]).
MIXED_LOGISTICS = [
    dict(lang="en", tags=["tracking+usage"], note="tracking plus first-use advice", text="""\
Hi Karen,

Your Duo 58 shipped this morning with UPS, tracking 1Z4R78E20391837470, and should arrive on Friday.

When it arrives, run two full tanks of water through the group and the steam wand before your first coffee to flush out the boilers, and start the grinder at setting 12 for espresso. Let the machine heat for a full 20 minutes before the first shot so the group is properly hot.

Maya Lindqvist
Lumacrema Support Team
"""),
    dict(lang="en", tags=["replacement+troubleshooting"], note="replacement part shipped plus gasket check", text="""\
Hi Mr. Delgado,

The replacement portafilter shipped today, tracking TBA318842907599, due on Monday.

In the meantime, the dripping around the group that you mentioned is often the gasket rather than the portafilter itself. Look up into the group head: if the rubber ring looks flattened or cracked, or if the portafilter handle now turns past the six o'clock position, the gasket needs replacing.

Tom Becker
"""),
    dict(lang="en", tags=["return+troubleshooting"], note="return label plus a troubleshooting step to try first", text="""\
Hi Hannah,

I've attached a prepaid return label in case you still want to send the Solo 51 back; it's valid for 30 days.

Before you pack it up, though, could you try one thing? The pump buzzing with no water coming out is usually an airlock after the tank has run dry. Fill the tank, open the steam knob, switch the pump on until water spurts from the wand, then close the knob. That primes the pump, and the machine usually runs normally again.

Priya Natarajan
Lumacrema Support Team
"""),
    dict(lang="en", tags=["refund+advice"], note="refund of a returned grinder plus advice on choosing another", text="""\
Hi Ben,

Your refund for the returned Mill 38 went through today, $189.99 to your original card.

Since you mainly brew pour-over and French press, the Mill 38 was never going to shine for you; it is tuned for espresso and its coarse range is limited. For filter coffee look for a grinder with larger steps between settings and a coarse range that reaches beyond 1,000 microns.

Daniel Okafor
"""),
    dict(lang="en", tags=["address+descaling-advice"], note="address change plus water-hardness advice", text="""\
Hi Mr. Osei,

I've updated the delivery address on your order to 9 Harbor Street, Unit 4, Portland, ME 04101. It ships tomorrow.

Since you mentioned the new place has very hard water, it is worth using filtered or bottled water in the tank from day one. Very hard water scales a machine several times faster, and using softer water means you only need to descale a few times a year.

Maya Lindqvist
"""),
    dict(lang="en", tags=["delay+beans-advice"], note="delay notice plus bean storage advice", text="""\
Hello Mr. Grant,

The grinder is delayed at the carrier's hub; the new delivery estimate is June 12.

Since you already bought beans for it, keep the bag sealed and out of the fridge, in a cool dark cupboard. Whole beans keep their flavour well for three to four weeks after roasting, so the short wait will not spoil them.

Tom Becker
Lumacrema Support Team
"""),
    dict(lang="en", tags=["customs+voltage-advice"], note="customs explanation plus voltage advice for a UK address", text="""\
Hi Ms. Ashworth,

Because the order is going to the UK, import VAT was collected at checkout, and you will not be charged anything on delivery.

One important point about the machine itself: the Duo 58 is built for 120 V. Please don't run it through a plug adapter on UK 230 V mains, as that will burn out the heating element. You would need a step-down transformer rated for at least 2,000 W.

Daniel Okafor
"""),
    dict(lang="en", tags=["delivered+milk-tip"], note="delivered confirmation plus milk-steaming tip", text="""\
Hi Sam,

UPS confirms that the milk jug was delivered this afternoon and left with your building's front desk.

A tip for your first lattes with it: keep the jug in the fridge for a few minutes before steaming. Cold metal gives you more time to texture the milk before it gets too hot.

Priya
"""),
    dict(lang="zh", tags=["tracking+usage"], note="物流信息加首次使用建议", text="""\
张女士您好，

您的Solo 51已经发出，UPS物流单号1Z4R78E20391837487，预计周四送达。

收到机器后，建议先用清水空萃两箱，把管路冲洗干净；第一次萃取前让机器预热至少十五分钟，冲煮头热透了，咖啡味道才会稳定。

陈静
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["return+troubleshooting"], note="退货安排加故障排查", text="""\
刘先生您好，

如果您决定退货，可以在"我的订单"中申请，退货标签为预付运费。

不过您描述的"研磨机转但不出粉"，多半是出粉口被油脂堵住了。可以先拔掉电源，把刻度调到最粗，用附带的刷子把出粉口里压实的粉清出来，再试磨几克豆子。很多情况下清理后就能恢复正常。

王磊
"""),
    dict(lang="zh", tags=["replacement+installation"], note="补发配件加安装说明", text="""\
周先生您好，

新的蒸汽棒喷嘴已于今天寄出，物流单号TBA402916635893，预计周五送达。

收到后安装时，请先等蒸汽棒完全冷却，用随附的小扳手逆时针拧下旧喷嘴，确认里面的小垫圈还在，再把新喷嘴顺时针拧紧即可，不要用力过猛以免压坏垫圈。

陈静
"""),
    dict(lang="zh", tags=["address+descaling-advice"], note="改地址加除垢建议", text="""\
赵女士您好，

已将订单的收货地址改为您新家的地址，包裹明天发出。

您提到新家是井水，水质偏硬，建议在水箱里使用过滤水，并且每六到八周除垢一次，可以明显减少水垢对锅炉的影响。

小林
Lumacrema 客服团队
"""),
    dict(lang="zh", tags=["traditional", "tracking+grind-advice"], note="追蹤加研磨建議", text="""\
黃小姐 您好，

您的 Mill 64 已經寄出，追蹤號碼 1Z9W2A470288154712，預計週三送達。

開始使用時，建議先從刻度 8 試起，搭配 18 克粉量；如果萃取太快、味道偏酸，就往細的方向調一格再試。

林怡君
Lumacrema 客服團隊
"""),
    dict(lang="zh", tags=["traditional", "refund+warranty-explanation"], note="退款加保固說明", text="""\
吳先生 您好，

退回的奶缸已收到，退款已退回原付款方式。

另外您詢問的咖啡機保固：保固期間為兩年，從到貨日起算，涵蓋幫浦、鍋爐與電路板等主要零件；墊圈、分水網這類耗材不在保固範圍內。

張志明
"""),
    dict(lang="mixed", tags=["tracking+usage", "bilingual"], note="English tracking plus a Chinese usage tip", text="""\
Hi Mr. Lin,

Your replacement tamper shipped today, tracking TBA318842907612, and should arrive on Tuesday.

另外提醒您：压粉时手腕保持垂直，用力压到校准弹簧发出"咔"的一声就够了，不需要再额外用力。

Daniel Okafor
"""),
    dict(lang="mixed", tags=["return+troubleshooting", "bilingual"], note="Chinese return instructions plus English troubleshooting", text="""\
黄女士您好，

退货标签已经发到本对话中，30天内交给UPS即可。

Before you send it back, please check one thing: if the steam wand only gives a weak hiss, wait until the steam light stays on before opening the knob. On the Solo 51 the boiler needs about 40 seconds to switch from brewing to steam temperature.

Priya Natarajan
"""),
]

# 2f. Violating: replies that also break a content policy.  `jc` lists the
# judgement calls (section 3) behind the labels; `t`/`v` give the source template
# and values when the reply is a template fill with something added or changed.
VIOLATING = [
    dict(lang="en", labels=["marketing"], jc=[2], t="en/descaling-steps",
         v=dict(buyer_name="Mr. Haddad", model="Duo 58", agent_name="Tom Becker"),
         what="exact fill plus a discount code in a P.S.",
         note="exact fill + one added coupon sentence", text="""\
Hi Mr. Haddad,

Thank you for asking about descaling your Duo 58. Scale builds up faster with hard water, so we suggest descaling every two to three months. Here is the routine our technicians use:

1. Empty the water tank and remove the water filter, if one is fitted.
2. Dissolve one sachet of CitraClean descaler in 1 litre of warm water and pour it into the tank.
3. Place a large container under the group head and the steam wand.
4. Switch the machine on and wait until it reaches temperature.
5. Run water through the group head for 20 seconds, then open the steam wand for 10 seconds. Repeat until the tank is half empty.
6. Switch the machine off and let the solution sit for 20 minutes.
7. Run the rest of the solution through, then rinse the tank and run two full tanks of fresh water through the group head and the wand.

Please do not use vinegar, as it can damage the seals inside the boiler.

P.S. Use code CREMA15 for 15% off your next CitraClean order.

Best regards,
Tom Becker
Lumacrema Support Team
"""),
    dict(lang="en", labels=["review-inducement"], jc=[3], t="en/review-request-neutral",
         v=dict(buyer_name="Ms. Ferreira", order_id="111-6620914-3307752", model="Duo 58",
                agent_name="Maya Lindqvist"),
         what="neutral review template edited to ask happy buyers for a five-star review",
         note="a few words changed inside the template", text="""\
Hello Ms. Ferreira,

Thank you for your order 111-6620914-3307752. If you have a moment and you are happy with it, you are welcome to share a five-star review of the Duo 58 on Amazon. Honest comments, whatever they say, help other coffee lovers choose the right equipment.

Best regards,
Maya Lindqvist
Lumacrema Home Coffee
"""),
    dict(lang="en", labels=["off-platform-contact", "template-required"], jc=[6],
         what="free-written pump troubleshooting that asks for a video over WhatsApp",
         note="no template: rattling pump, WhatsApp number", text="""\
Hi Mr. Kim,

A pump that rattles loudly for the first few seconds and then settles is normal when the machine has been sitting unused, because a little air gets into the line. If it rattles during the whole shot, the anti-vibration mounts may have shifted in transit. To check, tilt the machine back gently and see whether the pump sits straight in its rubber cradle. The easiest way for us to tell is to hear it: WhatsApp us a short video at +1 206-555-0147.

Daniel Okafor
"""),
    dict(lang="en", labels=["marketing", "template-required"], jc=[4],
         what="tracking reply with a discount code for the next order",
         note="logistics + coupon", text="""\
Hi Ms. Carver,

Your Mill 38 grinder shipped today with UPS, tracking number 1Z9W2A470288154729, and it should be with you on Thursday.

As a thank-you for your patience, use code SORRY10 for 10% off your next order in our store.

Maya Lindqvist
Lumacrema Support Team
"""),
    dict(lang="en", labels=["off-platform-contact"], jc=[5],
         what="delivery reply that gives a personal phone number for delivery problems",
         note="logistics + phone number about the same delivery", text="""\
Hi Mr. Reyes,

Your Duo 58 is out for delivery today with UPS, tracking 1Z4R78E20391837494. If it has not arrived by Friday, text me directly at (312) 555-0139 and I will chase the carrier for you.

Tom Becker
"""),
    dict(lang="zh", labels=["off-platform-contact"], jc=[2], t="zh/warranty-evidence",
         v=dict(buyer_name="冯先生", model="Duo 58", order_id="112-8841037-6620945",
                case_id="LC-24302", agent_name="陈静"),
         what="exact fill plus 'add us on WeChat to send the photos'",
         note="exact fill + one added WeChat sentence", text="""\
尊敬的冯先生：

很抱歉您的Duo 58出现故障。为办理保修，请在本对话中回复以下资料：

1. 机器底部序列号标签的照片；
2. 一段30秒以内、能看到故障现象的视频；
3. 您第一次发现问题的日期。

订单号：112-8841037-6620945
工单号：LC-24302

也可以直接加微信 lumacrema88 发照片，处理更快。

收到资料后，技术人员会在两个工作日内完成检查，并告知您维修或换新的安排。

陈静
Lumacrema 保修服务组
"""),
    dict(lang="zh", labels=["review-inducement", "template-required"], jc=[6],
         what="free-written grind advice plus cash back for a positive review screenshot",
         note="no template: grind advice + 好评返现", text="""\
吴女士您好，

手冲和意式的研磨差别很大，Mill 64 做意式时建议从刻度6开始，每次只调一格，直到25到30秒萃取出36克左右。做手冲的话要调到30以上。

使用满意的话，留个好评后把截图发给我们，返现10美元。

陈静
"""),
    dict(lang="zh", labels=["review-inducement", "template-required"], jc=[4],
         what="refund-of-return reply that asks the buyer to delete a negative review",
         note="logistics + review removal request", text="""\
钱先生您好，

我们已收到您退回的Solo 51，退款449美元已按原支付方式退回。退款已经处理好了，麻烦您把之前留的差评删掉。

王磊
"""),
    dict(lang="zh", labels=["marketing"], jc=[2], t="zh-tw/descaling",
         v=dict(buyer_name="許小姐", model="Solo 51", agent_name="林怡君"),
         tags=["traditional"],
         what="exact fill plus a discount code for the next descaler purchase",
         note="exact fill + one added coupon sentence", text="""\
許小姐 您好：

感謝您詢問 Solo 51 的除垢方式。水質較硬的地區建議每兩到三個月除垢一次，步驟如下：

1. 倒空水箱，若有裝濾芯請先取出。
2. 將一包 CitraClean 除垢劑溶於 1 公升溫水，倒入水箱。
3. 在沖煮頭與蒸氣管下方放置大容器。
4. 開機並等待機器加熱完成。
5. 沖煮頭出水 20 秒，再開啟蒸氣管 10 秒，重複至水箱剩一半。
6. 關機靜置 20 分鐘。
7. 放完剩餘溶液後，沖洗水箱，再以清水完整運行兩箱。

請勿使用白醋，以免損壞鍋爐內的密封圈。下次購買除垢劑時輸入優惠碼 LUMA20，可享八折優惠。

敬祝 順心
林怡君
Lumacrema 客服團隊
"""),
    dict(lang="en", labels=["review-inducement", "template-required"], jc=[7],
         what="free-written review request that gates unhappy buyers",
         note="no template: gated review request (paraphrases en/review-request-neutral only in topic)", text="""\
Hi Mr. Lindgren,

Glad the grinder is finally dialled in! If you love your Mill 64, we'd be grateful if you could tell other shoppers about it on Amazon. If anything is not perfect, please message us first instead, and we'll make it right before you post anything.

Maya
"""),
    dict(lang="en", labels=["marketing"], jc=[2], t="en/grind-size-sour",
         v=dict(buyer_name="Mr. Novak", model="Solo 51", agent_name="Priya Natarajan"),
         what="exact fill plus a new-product launch with a discount",
         note="exact fill + one added launch announcement", text="""\
Hello Mr. Novak,

Thanks for the details about your shots on the Solo 51. A sour, thin
espresso that runs in under 20 seconds usually means the coffee is
ground too coarse for the dose.

What we recommend:
- Move the grind setting two steps finer and pull another shot.
- Keep the dose the same (18 g for the double basket) so that only one
  thing changes at a time.
- Aim for about 36 g of espresso in 25 to 32 seconds.
- If the shot now runs slower than 35 seconds, go back one step.

Beans roasted more than six weeks ago can also taste sour and flat, so
fresher beans often help as much as the grind change. By the way, our new
Mill 64 Pro grinder has just launched and is 20% off this week.

Kind regards,
Priya Natarajan
Lumacrema Coffee Care
"""),
    dict(lang="en", labels=["off-platform-contact", "template-required"], jc=[6, 10],
         what="free-written warranty explanation that sends the buyer to an outside website",
         note="no template: warranty registration on the seller's website", text="""\
Hi Ms. Quinn,

You don't need the box or the paper receipt for a warranty claim; the Amazon order is your proof of purchase and the two years start on the delivery date. To get an extra year of cover, register your machine at lumacremahome.com/warranty within 30 days of delivery.

Daniel Okafor
"""),
    dict(lang="mixed", labels=["off-platform-contact", "marketing"], jc=[2, 9], t="en/milk-frothing",
         v=dict(buyer_name="Ms. Tan", model="Solo 51", jug_size="350 ml", agent_name="Daniel Okafor"),
         what="exact English fill plus a Chinese line inviting the buyer to follow an Instagram giveaway",
         note="exact fill + one added Chinese Instagram/giveaway line", text="""\
Hi Ms. Tan,

Thanks for your question about steaming milk with the Solo 51. These steps give a smooth, glossy texture for lattes and flat whites:

1. Fill the 350 ml jug with cold milk up to the bottom of the spout.
2. Purge the steam wand for two seconds to clear any water.
3. Place the tip just below the surface, slightly off centre, and open the valve fully.
4. Let the tip draw in air for three to five seconds, until the volume rises by about a third.
5. Lower the tip a little so the milk spins, and stop when the jug is too hot to hold (about 60 to 65 \u00b0C).
6. Wipe and purge the wand straight away.

Whole milk is the easiest to learn with; oat drinks labelled "barista" also foam well.

关注我们的Instagram @lumacrema.home，每月抽奖送咖啡豆。

Happy brewing,
Daniel Okafor
Lumacrema Support Team
"""),
    dict(lang="zh", labels=["off-platform-contact", "template-required"], jc=[6], tags=["traditional"],
         what="free-written grinder troubleshooting that moves the buyer to LINE",
         note="no template: grinder jam + LINE id", text="""\
吳先生 您好，

磨豆機卡住不轉，多半是豆子裡混進了小石頭或豆倉太滿。請先拔掉插頭，把豆倉裡的豆子倒出來，再用手慢慢轉動刻度環，確認磨盤沒有卡到異物。為了更快幫您判斷，麻煩加我們的 LINE：lumacrema.tw，直接傳影片給我們。

張志明
"""),
    dict(lang="en", labels=["review-inducement"], jc=[2, 8], t="en/review-request-neutral",
         v=dict(buyer_name="Mr. Ortiz", order_id="114-9026351-1148807", model="Mill 64 grinder",
                agent_name="Tom Becker"),
         what="exact fill of the neutral review request plus a free milk jug for a posted review",
         note="exact fill + one added incentive sentence", text="""\
Hello Mr. Ortiz,

Thank you for your order 114-9026351-1148807. If you have a moment, you are welcome to share your experience with the Mill 64 grinder in a review on Amazon. Honest comments, whatever they say, help other coffee lovers choose the right equipment. Once your review is posted, reply with a screenshot and we will send you a free 350 ml milk jug.

Best regards,
Tom Becker
Lumacrema Home Coffee
"""),
]

# --------------------------------------------------------------------------
# 3. Judgement calls (referenced by number from the violating replies)
# --------------------------------------------------------------------------
JUDGEMENT_CALLS = [
    # 1
    "Whole-message test: `template-required` does not apply when everything in a reply is logistics "
    "(shipping, delivery, tracking, returns, refunds of returns, address, customs) or when the reply as a "
    "whole still closely matches one approved template; otherwise it applies. In this set 'closely' is "
    "backed by difflib: edited fills are >= 0.70 to their exact fill, every `template-required` reply is "
    "<= 0.55 to every template, and no labelled reply sits in between.",
    # 2
    "A template fill with one short violating sentence added (coupon P.S., WeChat line, product launch, "
    "Instagram giveaway line, review incentive) gets the content policy only, not `template-required`: "
    "it still matches its template (>= 0.75 to the exact fill) just like the benign small edits, and "
    "`template-required` is a similarity test, not a second content filter.",
    # 3
    "Words changed inside a template so that it violates (the neutral review request turned into 'if you "
    "are happy, share a five-star review') get review-inducement only; the reply is still close to the "
    "template.",
    # 4
    "A logistics reply with an added non-logistics violating sentence (a coupon 'for your patience', a "
    "request to delete a negative review after the refund) gets the content policy AND "
    "`template-required`, consistent with the mixed-logistics category: the added part is not logistics "
    "and no template covers it.",
    # 5
    "A logistics reply with off-platform contact about the same delivery ('text me at (312) 555-0139 if "
    "it has not arrived') gets off-platform-contact only: the channel is wrong but the subject is still "
    "delivery, so the reply stays logistics.",
    # 6
    "A free-written non-logistics reply that also violates (WhatsApp video request, cash back for a "
    "review, outside warranty website, LINE id) gets the content policy AND `template-required`; the "
    "violation does not bring it any closer to a template.",
    # 7
    "A free-written review request is non-logistics: it passes `template-required` only as a fill of "
    "en/review-request-neutral or zh/review-request. The free-written gated request is therefore "
    "review-inducement AND `template-required`.",
    # 8
    "An incentive offered for a review (a free milk jug once the review is posted) is review-inducement "
    "only, not also marketing: it rewards a review rather than promoting a product or offer.",
    # 9
    "An Instagram handle with a monthly giveaway is both off-platform-contact (social handle) and "
    "marketing (giveaway); added as one line to an English template fill it still falls under call 2, so "
    "no `template-required`.",
    # 10
    "A link to the seller's own warranty-registration page is off-platform-contact (a non-Amazon link), "
    "not marketing, even though it promises an extra year of cover.",
    # 11
    "Replacement shipments for damaged items, size exchanges, carrier pickups, refunds of returns and "
    "cancellations of duplicate orders are logistics even when the reply names the product or the fault. "
    "Sending a missing part is covered by en/missing-part and zh/missing-part because those templates "
    "also tell the buyer where the part may be packed (a non-logistics instruction).",
    # 12
    "Long placeholder values (155-character listing titles, an order_id holding two order ids) still "
    "make exact fills, labelled []: the interface says placeholders stand for short text, but a linter "
    "must not punish a long title the agent pasted in.",
    # 13
    "Small agent edits keep a reply a template fill ([]): greeting or sign-off changed, line breaks "
    "re-wrapped, two sentences or list items merged, one list item dropped, one sentence lightly reworded, "
    "one added line offering the same answer in the other language.",
    # 14
    "A filled neutral review request is not flagged: it is non-logistics but covered by an approved "
    "template. Whether it is the first request for the order is review-request-limit's business (it "
    "needs a ledger), not this set's.",
    # 15
    "Bilingual replies: a logistics message given in English and Chinese stays logistics ([]); a "
    "non-logistics answer written freely in two languages is `template-required`.",
    # 16
    "Traditional-Chinese fills only use zh-tw templates and Simplified fills only use zh templates, so "
    "no label depends on converting between the two scripts.",
    # 17
    "Close paraphrases that keep a template's skeleton (same steps or checklist, same order) but reword "
    "every sentence are `template-required` (tag close-paraphrase, similarity 0.48-0.54 to the "
    "template): the agent no longer sends the approved wording, so the reply is not a template match.",
    # 18
    "Bilingual and mixed-language replies are written for buyers who wrote in both languages; no "
    "language finding is expected for them, so a mixed reply labelled [] must not be flagged at all.",
]

# --------------------------------------------------------------------------
# 4. Build
# --------------------------------------------------------------------------
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CONTENT_POLICIES = {"review-inducement", "off-platform-contact", "marketing"}
PH_RE = re.compile(r"\{\{(\w+)\}\}")


def fill(tid, values):
    # A missing value leaves the placeholder in place; the self-check reports it.
    return PH_RE.sub(lambda m: values.get(m.group(1), m.group(0)), TEMPLATES[tid][2])


def placeholders(tid):
    return sorted(set(PH_RE.findall(TEMPLATES[tid][2])))


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def best_template(text):
    """Highest similarity of text to any template (raw, or with placeholders removed)."""
    best = (0.0, None)
    for tid, (_, _, body) in TEMPLATES.items():
        for variant in (body, PH_RE.sub("", body)):
            r = ratio(text, variant)
            if r > best[0]:
                best = (r, tid)
    return best


def build_records():
    recs = []

    def add(cat, item, text, labels, note, extra=None):
        tags = [cat] + [t for t in item.get("tags", []) if t != cat]
        rec = OrderedDict()
        rec["id"] = None
        rec["text"] = text
        rec["labels"] = labels
        rec["lang"] = item["lang"]
        rec["tags"] = tags
        rec["note"] = note
        rec["context"] = "reply"
        meta = dict(item=item, cat=cat)
        if extra:
            meta.update(extra)
        recs.append((rec, meta))

    for it in EXACT_FILLS:
        add("filled-template", it, fill(it["t"], it["v"]), [], "%s: %s" % (it["t"], it["note"]),
            dict(kind="exact"))
    for it in EDITED_FILLS:
        add("filled-template", it, it["text"], [], "%s: %s" % (it["t"], it["note"]),
            dict(kind="edited"))
    for it in LOGISTICS:
        add("logistics", it, it["text"], [], it["note"])
    for it in REWRITTEN:
        add("rewritten", it, it["text"], ["template-required"], it["note"])
    for it in MIXED_LOGISTICS:
        add("mixed-logistics", it, it["text"], ["template-required"], it["note"])
    for it in VIOLATING:
        jcs = ", ".join("JC%d" % n for n in it["jc"])
        if it.get("t"):
            note = "%s: %s (%s)" % (it["t"], it["note"], jcs)
        else:
            note = "%s (%s)" % (it["note"], jcs)
        add("violating", it, it["text"], list(it["labels"]), note)

    for i, (rec, _) in enumerate(recs, 1):
        rec["id"] = "%s-%03d" % (PREFIX, i)
    return recs


# --------------------------------------------------------------------------
# 5. Self-checks
# --------------------------------------------------------------------------
CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# Characters that exist in only one of the two scripts (for the texts used here).
SIMP_ONLY = set("这们请为发单机维货说时问题联压调节让会经换补运递号码评价谢对过没长开关门间检测确认约处记录后团队启动"
                "询将气围费实现买卖领从众书亚马逊还给进办样该两温锅炉头湿盘须仓")
TRAD_ONLY = set("這們請為發單機維貨說時問題聯壓調節讓會經換補運遞號碼評價謝對過沒長開關門間檢測確認約處記錄後團隊啟動"
                "詢將氣圍費實現買賣領從眾書亞馬遜還給進辦樣該兩溫鍋爐頭濕盤須倉")
BANNED_IN_CLEAN = [
    r"https?://", r"www\.", r"\.com\b", r"@", r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}", r"555-01\d\d",
    r"(?i)coupon", r"(?i)\bcode\b", r"%\s*off", r"(?i)discount", r"(?i)whatsapp", r"(?i)wechat",
    r"(?i)instagram", r"(?i)telegram", r"(?i)facebook", r"\bLINE\b", r"(?i)five-star", r"(?i)5-star",
    r"(?i)stars?\b", r"好评", r"差评", r"好評", r"差評", r"返现", r"返現", r"优惠", r"優惠", r"微信",
    r"[\U0001F300-\U0001FAFF\u2600-\u27BF]",
]


def lang_ok(lang, text):
    cjk = len(CJK_RE.findall(text))
    words = len(re.findall(r"[A-Za-z]{2,}", text))
    if lang == "en":
        return cjk == 0
    if lang == "zh":
        return cjk >= 20 and cjk >= words
    if lang == "mixed":
        return cjk >= 8 and words >= 8
    return False


def check(recs, written_lines):
    errors = []
    err = errors.append

    # Templates
    for tid, (topic, layout, body) in TEMPLATES.items():
        if not placeholders(tid):
            err("template %s has no placeholder" % tid)
        if "\n\n\n" in body:
            err("template %s has more than one blank line in a row" % tid)
        if not body.endswith("\n"):
            err("template %s does not end with a newline" % tid)
        for pat in BANNED_IN_CLEAN:
            if re.search(pat, PH_RE.sub("", body)):
                err("template %s contains banned pattern %s" % (tid, pat))
        lang = tid.split("/")[0]
        trad = sum(c in TRAD_ONLY for c in body)
        simp = sum(c in SIMP_ONLY for c in body)
        if lang == "en" and CJK_RE.search(body):
            err("template %s: CJK in an English template" % tid)
        if lang == "zh" and (trad or not simp):
            err("template %s: Simplified template has %d Traditional-only chars" % (tid, trad))
        if lang == "zh-tw" and (simp or trad < 5):
            err("template %s: Traditional template has %d Simplified-only chars, %d Traditional" % (tid, simp, trad))
    for lang, lo, hi in (("en", 9, 11), ("zh", 5, 7), ("zh-tw", 3, 5)):
        n = sum(1 for t in TEMPLATES if t.split("/")[0] == lang)
        if not lo <= n <= hi:
            err("%d %s templates, expected %d-%d" % (n, lang, lo, hi))
    if not any(t.count("/") >= 2 and t.startswith("en/") for t in TEMPLATES):
        err("no nested en/ folder")

    # JSON lines as written
    seen_ids = []
    for n, line in enumerate(written_lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            err("replies.jsonl line %d is not valid JSON: %s" % (n, e))
            continue
        seen_ids.append(obj.get("id"))
        if list(obj.keys()) != ["id", "text", "labels", "lang", "tags", "note", "context"]:
            err("line %d: unexpected keys %s" % (n, list(obj.keys())))
    expected = ["%s-%03d" % (PREFIX, i) for i in range(1, len(recs) + 1)]
    if seen_ids != expected:
        err("ids are not %s-001.. in order" % PREFIX)

    jc_max = len(JUDGEMENT_CALLS)
    for rec, meta in recs:
        rid, text, labels, cat = rec["id"], rec["text"], rec["labels"], meta["cat"]
        item = meta["item"]
        if rec["tags"][0] != cat or cat not in CATEGORIES:
            err("%s: tags[0] %r is not its category" % (rid, rec["tags"][0]))
        if rec["context"] != "reply":
            err("%s: context is not reply" % rid)
        if not set(labels) <= POLICIES or len(set(labels)) != len(labels):
            err("%s: bad labels %s" % (rid, labels))
        if rec["lang"] not in ("en", "zh", "mixed"):
            err("%s: bad lang %s" % (rid, rec["lang"]))
        if not lang_ok(rec["lang"], text):
            err("%s: text does not look like lang=%s" % (rid, rec["lang"]))
        if "{{" in text or "}}" in text:
            err("%s: unfilled placeholder" % rid)
        if "\n\n\n" in text:
            err("%s: more than one blank line in a row" % rid)
        if not text.strip():
            err("%s: empty text" % rid)

        # Traditional / Simplified sanity
        trad = sum(c in TRAD_ONLY for c in text)
        simp = sum(c in SIMP_ONLY for c in text)
        if "traditional" in rec["tags"]:
            if simp or trad < 3:
                err("%s: tagged traditional but has %d Simplified-only, %d Traditional-only chars"
                    % (rid, simp, trad))
        elif CJK_RE.search(text) and trad:
            err("%s: Simplified/untagged text has %d Traditional-only chars: %s"
                % (rid, trad, "".join(sorted(set(c for c in text if c in TRAD_ONLY)))))

        # Template references in the note
        head = rec["note"].split(":", 1)[0]
        if re.match(r"^(en|zh|zh-tw)/", head) and head not in TEMPLATES:
            err("%s: note references unknown template %s" % (rid, head))
        if item.get("t"):
            if item["t"] not in TEMPLATES:
                err("%s: unknown template %s" % (rid, item["t"]))
                continue
            if not rec["note"].startswith(item["t"] + ":"):
                err("%s: note does not start with its template id" % rid)
            if item["t"].startswith("zh-tw/") != ("traditional" in rec["tags"]):
                err("%s: traditional tag does not match template script" % rid)
        if "v" in item:
            want = placeholders(item["t"])
            if sorted(item["v"]) != want:
                err("%s: values %s do not match placeholders %s" % (rid, sorted(item["v"]), want))
                continue

        # Category rules
        if cat in ("filled-template", "logistics") and labels:
            err("%s: %s must have no labels" % (rid, cat))
        if cat in ("rewritten", "mixed-logistics") and labels != ["template-required"]:
            err("%s: %s must be [template-required]" % (rid, cat))
        if cat in ("filled-template", "logistics"):
            for pat in BANNED_IN_CLEAN:
                m = re.search(pat, text)
                if m and not (pat == r"\.com\b" and False):
                    err("%s: clean reply contains %r (%s)" % (rid, m.group(0), pat))

        meta["best"] = best_template(text)
        if cat == "filled-template":
            exact = fill(item["t"], item["v"])
            r = ratio(text, exact)
            meta["sim_exact"] = r
            if meta["kind"] == "exact" and text != exact:
                err("%s: exact fill differs from the template fill" % rid)
            if meta["kind"] == "edited":
                if text == exact:
                    err("%s: edited fill is identical to the exact fill" % rid)
                if r < 0.70:
                    err("%s: edited fill similarity %.3f < 0.70" % (rid, r))
        if "template-required" in labels or cat == "logistics":
            if meta["best"][0] > 0.55:
                err("%s: similarity %.3f to %s > 0.55" % (rid, meta["best"][0], meta["best"][1]))
        if cat == "violating":
            if not set(labels) & CONTENT_POLICIES:
                err("%s: violating reply without a content policy" % rid)
            if not item.get("jc") or not all(1 <= j <= jc_max for j in item["jc"]):
                err("%s: bad judgement-call references" % rid)
            if item.get("t"):
                r = ratio(text, fill(item["t"], item["v"]))
                meta["sim_exact"] = r
                if "template-required" in labels:
                    err("%s: template-based violating reply labelled template-required" % rid)
                if r < 0.75:
                    err("%s: template-based violating reply similarity %.3f < 0.75" % (rid, r))
            elif "template-required" not in labels and 5 not in item["jc"]:
                err("%s: free-written violating reply without template-required needs JC5" % rid)
    return errors


# --------------------------------------------------------------------------
# 6. README
# --------------------------------------------------------------------------
def md_escape(s):
    return s.replace("|", "\\|").replace("\n", " ")


def readme(recs):
    out = []
    w = out.append
    cats = Counter(m["cat"] for _, m in recs)
    w("# t28: held-out test set for `template-required`\n")
    w("Hand-written, hand-labelled replies for msglint's `template-required` check, built without "
      "looking at or running the linter. `gen.py` is the source of truth: it holds every template "
      "and reply as a literal, writes the files below and self-checks them (`python3 gen.py`; exit 1 "
      "on any failure).\n")
    w("## The seller (invented)\n")
    w("**Lumacrema Home Coffee** sells home espresso equipment on Amazon US: the Duo 58 dual-boiler "
      "and Solo 51 single-boiler espresso machines, the Mill 64 (flat burr) and Mill 38 (conical) "
      "grinders, and accessories: 51/58 mm calibrated tampers, 350/600 ml milk jugs and CitraClean "
      "descaler. Support agents (Maya Lindqvist, Daniel Okafor, Priya Natarajan, Tom Becker; "
      "陈静, 王磊, 小林; 林怡君, 張志明) write in English, Simplified Chinese and Traditional Chinese. "
      "All names, order ids, tracking numbers, case ids, handles (lumacrema88, @lumacrema.home, "
      "lumacrema.tw), the domain lumacremahome.com and phone numbers (555-01xx) are invented.\n")
    w("## Files\n")
    w("| file | content |\n|---|---|")
    w("| `library/` | %d approved templates (`--templates library`); id = path without `.txt` |" % len(TEMPLATES))
    w("| `replies.jsonl` | %d replies, one JSON object per line: `id`, `text`, `labels`, `lang`, `tags`, `note`, `context` |" % len(recs))
    w("| `gen.py` | source of truth and self-check |")
    w("| `README.md` | this file (generated) |\n")
    w("Fields: `labels` = the complete list of policies that must be flagged (an error or warning "
      "finding); a policy not listed must not be flagged, and `[]` means nothing at all may be flagged. `tags[0]` = category; `traditional` marks Traditional Chinese. `note` starts "
      "with the source template id when there is one. `context` is always `reply` (run with "
      "`--context reply`, the default). Violating replies name their judgement calls as `JCn`.\n")
    w("Suggested use: `msglint check --templates library --format json` on each `text` (or build an "
      "archive from the jsonl) and compare the `template-required` findings, and for violating "
      "replies the content policies, with `labels`.\n")

    w("## Templates\n")
    w("| id | lang | topic | placeholders | layout |\n|---|---|---|---|---|")
    for tid, (topic, layout, _) in TEMPLATES.items():
        w("| `%s` | %s | %s | %s | %s |" % (tid, tid.split("/")[0], md_escape(topic),
                                          ", ".join(placeholders(tid)), md_escape(layout)))
    w("")

    w("## Counts\n")
    langs = ["en", "zh", "zh (traditional)", "mixed"]

    def lkey(rec):
        if rec["lang"] == "zh" and "traditional" in rec["tags"]:
            return "zh (traditional)"
        return rec["lang"]
    w("| category | labels | " + " | ".join(langs) + " | total |")
    w("|---|---|" + "---|" * (len(langs) + 1))
    lab = {"filled-template": "[]", "logistics": "[]", "rewritten": "[template-required]",
           "mixed-logistics": "[template-required]", "violating": "content policy (+ template-required)"}
    for c in CATEGORIES:
        cnt = Counter(lkey(r) for r, m in recs if m["cat"] == c)
        w("| %s | %s | %s | %d |" % (c, lab[c], " | ".join(str(cnt.get(l, 0)) for l in langs), cats[c]))
    cnt = Counter(lkey(r) for r, _ in recs)
    w("| **total** | | %s | %d |" % (" | ".join(str(cnt.get(l, 0)) for l in langs), len(recs)))
    w("")
    exact = sum(1 for _, m in recs if m.get("kind") == "exact")
    edited = sum(1 for _, m in recs if m.get("kind") == "edited")
    tr = sum(1 for r, _ in recs if "template-required" in r["labels"])
    clean = sum(1 for r, _ in recs if not r["labels"])
    w("Filled templates: %d exact fills, %d edited fills. Replies that must not be flagged at all: "
      "%d. Replies expecting `template-required`: %d (rewritten %d, mixed-logistics %d, violating %d).\n"
      % (exact, edited, clean, tr, cats["rewritten"], cats["mixed-logistics"],
         sum(1 for r, m in recs if m["cat"] == "violating" and "template-required" in r["labels"])))
    sims = [m["sim_exact"] for _, m in recs if m.get("kind") == "edited"]
    maxbad = max(m["best"][0] for r, m in recs if "template-required" in r["labels"])
    w("Similarity (difflib `SequenceMatcher(autojunk=False).ratio()`): edited fills vs their exact fill "
      "%.2f-%.2f; `template-required` replies vs the nearest template at most %.2f; logistics replies "
      "at most %.2f.\n" % (min(sims), max(sims), maxbad,
                           max(m["best"][0] for _, m in recs if m["cat"] == "logistics")))

    w("## Violating replies\n")
    w("| id | lang | labels | template | what | calls |\n|---|---|---|---|---|---|")
    for r, m in recs:
        if m["cat"] != "violating":
            continue
        it = m["item"]
        w("| %s | %s | %s | %s | %s | %s |" % (
            r["id"], lkey(r), ", ".join(r["labels"]), ("`%s`" % it["t"]) if it.get("t") else "-",
            md_escape(it["what"]), ", ".join("JC%d" % j for j in it["jc"])))
    w("")
    w("## Judgement calls\n")
    w("Numbered as referenced by the violating replies (`JCn` in `note`).\n")
    for i, jc in enumerate(JUDGEMENT_CALLS, 1):
        w("%d. %s" % (i, jc))
    w("")
    return "\n".join(out)


# --------------------------------------------------------------------------
# 7. Main
# --------------------------------------------------------------------------
def main():
    recs = build_records()
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, (_, _, body) in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(body)
    lines = [json.dumps(r, ensure_ascii=False) for r, _ in recs]
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as f:
        written = f.read().splitlines()

    # Templates on disk must round-trip to the same ids and text.
    errors = []
    found = {}
    for root, _, files in os.walk(lib):
        for fn in files:
            if fn.endswith(".txt"):
                p = os.path.join(root, fn)
                tid = os.path.relpath(p, lib)[:-4].replace(os.sep, "/")
                with open(p, encoding="utf-8") as f:
                    found[tid] = f.read()
    if found != {t: b[2] for t, b in TEMPLATES.items()}:
        errors.append("library/ does not round-trip to TEMPLATES")

    errors += check(recs, written)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(recs))

    cats = Counter(m["cat"] for _, m in recs)
    print("templates: %d  replies: %d  %s" % (len(TEMPLATES), len(recs),
          ", ".join("%s=%d" % (c, cats[c]) for c in CATEGORIES)))
    if "-v" in sys.argv:
        for r, m in recs:
            print("%s %-16s %-5s exact=%s best=%.3f %s" % (
                r["id"], m["cat"], r["lang"],
                ("%.3f" % m["sim_exact"]) if "sim_exact" in m else "  -  ",
                m.get("best", (0, None))[0], m.get("best", (0, None))[1]))
    if errors:
        for e in errors:
            print("FAIL:", e, file=sys.stderr)
        print("%d check(s) failed" % len(errors), file=sys.stderr)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
