#!/usr/bin/env python3
"""t43: hand-labelled held-out test set for msglint's `template-required` policy.

This file is the single source of truth. `python3 gen.py` runs the self-checks and,
only when all of them pass, rewrites library/, replies.jsonl and README.md next to it
(on a failure it prints the problems, writes nothing and exits 1).
Standard library only. The shop, its products, people, order ids, tracking numbers,
case ids, part numbers, handles, domains, codes and phone numbers are all invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t43"
TR = ["template-required"]
CONTENT = {"review-inducement", "off-platform-contact", "marketing"}
ALLOWED = CONTENT | {"template-required"}
LANGS = {"en", "zh", "mixed"}
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")

# ==========================================================================
# Approved template library
# ==========================================================================
TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


template("en/battery/storage-care", "en", "e-bike battery care between rides and over winter", """
Hi {{buyer_name}},

Good question about looking after your {{product}} between rides. Lithium-ion cells last longest when they are treated like this:

1. If the bike will stand for more than two weeks, leave the battery at 40 to 60 percent, which is two or three of the five charge lights.
2. Keep it indoors in a dry room between 10 and 20 °C (50 to 68 °F), out of direct sun and away from heaters.
3. Check the charge level once a month and top it up to about half if it has dropped to one light.
4. Do not leave it on the charger for days at a time, and never store it fully empty.
5. Wipe the contacts with a dry cloth before you slide it back onto the bike.

Cared for this way, the pack should keep most of its capacity for {{cycle_count}} full charge cycles.

Best regards,
{{agent_name}}
Quenby Spoke & Volt
""")

template("en/battery/charging", "en", "charging an e-bike battery", """
Hello {{buyer_name}},

Charging the {{product}} the right way keeps it healthy for years. Please follow these steps each time:

- Use only the charger supplied with the battery ({{charger_model}}); other chargers may have a different output voltage.
- Charge indoors at room temperature, between 10 and 30 °C. If you have just finished a ride, let the battery cool down for 30 minutes first.
- Plug the charger into the wall socket before connecting it to the battery.
- The charger light shows red while charging and turns green when the battery is full. A charge from empty takes about {{charge_hours}} hours.
- Unplug the charger once the light is green, and do not charge the battery on a bed, sofa or other soft surface.

The battery can be charged on or off the bike, and it is fine to top it up after a short ride; there is no need to run it empty first.

Kind regards,
{{agent_name}}
""")

template("en/mechanics/torque-settings", "en", "torque setting for a stem, bar or seatpost bolt", """
Hi {{buyer_name}},

Thanks for getting in touch. For the {{component}} on your {{product}}, the recommended torque is {{torque_value}}.

A few tips for tightening it correctly:
1. Clean the bolt threads and add a thin layer of grease; use carbon assembly paste instead of grease where a carbon part is clamped.
2. Tighten the bolts with a torque wrench in small, even steps, moving between them in turn so the gap stays equal.
3. Stop as soon as the wrench clicks at the set value. Never go above the maximum printed on the part itself.
4. After your first ride, check the torque once more, as the parts settle.

Over-tightening can crack clamps and handlebars, so please do not guess the value by hand.

Best regards,
{{agent_name}}
Quenby Spoke & Volt
""")

template("en/brakes/pad-fitting", "en", "fitting and bedding in disc brake pads", """
Hi {{buyer_name}},

These are the steps for fitting the {{pad_model}} brake pads in your {{caliper}} caliper:

1. Remove the wheel, then take out the retaining pin or bolt that holds the old pads.
2. Slide out the old pads and the spring. Push the pistons back into the caliper with a plastic tyre lever; do not use a screwdriver.
3. Put the new pads onto the spring so it sits between them, and push the set into the caliper until the pin holes line up.
4. Refit the pin and its clip, put the wheel back on and pull the lever several times until it feels firm.
5. Bed in the pads: ride at a moderate speed and brake firmly to walking pace 15 to 20 times, without locking the wheel.

Keep your fingers and any oil or lubricant away from the pad surface and the rotor. Contaminated pads lose grip and cannot be cleaned.

Kind regards,
{{agent_name}}
""")

template("en/helmets/sizing", "en", "helmet sizing and fit", """
Hi {{buyer_name}},

Choosing the right size makes the {{product}} both safer and more comfortable. To find it:

- Measure around your head with a soft tape, about one finger-width above your eyebrows and over the widest part at the back.
- Choose the size whose range includes your measurement. For this helmet: {{size_chart}}.
- If you are between two sizes, the smaller size with the fit dial opened usually sits more securely.

Once it is on, turn the dial at the back until the helmet feels snug but not tight, and it should not rock when you shake your head. The side straps should form a V just below each ear, and you should fit no more than two fingers between the chin strap and your chin.

Best wishes,
{{agent_name}}
Quenby Spoke & Volt
""")

template("en/warranty/claim", "en", "warranty coverage and evidence request", """
Dear {{buyer_name}},

We're sorry your {{product}} is giving you trouble. Defects in materials and workmanship are covered for {{warranty_period}} from the day it was delivered.

Your claim is logged as case {{case_id}} under order {{order_id}}. To assess it, we need the following, sent as a reply here in the Amazon message thread:
- a photo of the serial number label
- photos or a short video that shows the problem
- a few words on when and how the problem started

Crash damage, normal wear of pads and straps, and batteries whose case has been opened fall outside the warranty. Expect our answer with the next steps within two business days of your photos arriving.

Kind regards,
{{agent_name}}
Quenby Spoke & Volt Customer Care
""")

template("en/defect/apology", "en", "apology for a faulty part, replacement at no cost", """
Hi {{buyer_name}},

We are truly sorry that the {{part}} on your {{product}} turned out to be faulty. You should be able to rely on every part we sell, and we let you down on this one.

Thank you for describing the problem so clearly; we have passed your notes on to our quality team so they can check the rest of the batch. A new {{part}} has been sent to you free of charge; please keep or recycle the faulty one.

Again, please accept our apologies.

Warm regards,
{{agent_name}}
""")

template("en/compatibility/fit-check", "en", "part compatibility with one detail to check", """
Hi {{buyer_name}},

Yes, the {{part}} ({{part_number}}) works with the {{product}}.

Before you order, please check one detail: {{check_point}}. If it matches, the part will fit without adapters. If it does not, or if you are not sure, reply with a photo of that area and we will confirm which version you need.

Best regards,
{{agent_name}}
""")

template("en/review/neutral-request", "en", "neutral review request (once per order)", """
Hi {{buyer_name}},

Thank you for choosing the {{product}} (order {{order_id}}).

When you have had a few rides with it, would you consider writing a review on Amazon about your experience? Your honest view helps other riders decide what suits them.

All the best,
{{agent_name}}
Quenby Spoke & Volt
""")

template("en/lights/beam-aim", "en", "front light: aiming the beam and modes", """
Hi {{buyer_name}},

Thanks for your message about setting up the {{product}}.

To light the road without dazzling other people:
- Mount the light on the handlebar, close to the stem, and tilt it down so the brightest part of the beam hits the road about {{aim_distance}} ahead of your front wheel.
- Use the steady low mode in town and on shared paths, and keep the high mode for unlit roads with no oncoming traffic.
- Press the button twice quickly to switch between steady and flashing; hold it for two seconds to turn the light off.

On a full charge, the low mode runs for about {{runtime}}.

Kind regards,
{{agent_name}}
""")

template("zh/battery/charging", "zh", "电池充电方法", """
{{buyer_name}}您好：

感谢您咨询{{product}}的充电方法。每次充电请注意以下几点：

1. 只使用电池随附的原装充电器（{{charger_model}}），其他充电器的输出电压可能不同。
2. 请在室内常温下充电，环境温度保持在10至30摄氏度之间。刚骑完车时，请先让电池冷却30分钟再充。
3. 先把充电器插到墙上的插座，再连接电池。
4. 充电时充电器指示灯为红色，充满后变为绿色。从没电到充满大约需要{{charge_hours}}小时。
5. 指示灯变绿后请及时拔下充电器，不要在床、沙发等柔软物品上充电。

电池可以装在车上充，也可以取下来充；短途骑行后随时补电即可，不需要先把电用完。

祝骑行愉快！
{{agent_name}}
Quenby 客服团队
""")

template("zh/mechanics/torque", "zh", "把立、车把、座杆螺丝的扭矩", """
{{buyer_name}}您好，

感谢您的来信。您的{{product}}上的{{component}}，建议扭矩为{{torque_value}}。

正确拧紧的几个要点：
1. 先清洁螺丝螺纹并薄涂一层润滑脂；如果夹的是碳纤维部件，请改用碳纤维专用防滑膏。
2. 使用扭力扳手，分几次、小幅度地轮流拧紧各个螺丝，让两侧缝隙保持一致。
3. 扳手“咔哒”一声到达设定值就停止，绝不要超过零件上标注的最大扭矩。
4. 第一次骑行之后，请再检查一遍扭矩，零件会有轻微的磨合。

拧得过紧可能会夹裂把立或车把，请不要凭手感估计。

祝好，
{{agent_name}}
""")

template("zh/brakes/pad-fitting", "zh", "碟刹刹车片的安装与磨合", """
{{buyer_name}}您好，

以下是在{{caliper}}卡钳上安装{{pad_model}}刹车片的步骤：

1. 拆下车轮，取出固定刹车片的插销或螺丝。
2. 抽出旧刹车片和弹片。用塑料撬胎棒把活塞推回卡钳内，不要用螺丝刀。
3. 把新刹车片装在弹片两侧，整组推入卡钳，直到插销孔对齐。
4. 装回插销和卡簧，装好车轮，反复捏几次刹车把手，直到手感变硬。
5. 磨合刹车片：以中等速度骑行，用力刹车减速到步行速度，重复15到20次，不要抱死车轮。

请不要用手指触碰刹车片表面和碟片，也不要让油污或润滑剂沾上去。被污染的刹车片会失去制动力，而且无法清洗干净。

此致
{{agent_name}}
""")

template("zh/helmets/sizing", "zh", "头盔尺码与佩戴", """
{{buyer_name}}您好，

感谢您咨询{{product}}的尺码。选择尺码的方法如下：

- 用软尺绕头一圈测量：前面在眉毛上方约一指宽的位置，后面经过后脑最突出的地方。
- 选择包含您头围数值的尺码。这款头盔的尺码为：{{size_chart}}。
- 如果头围正好介于两个尺码之间，通常选小一号并把调节旋钮放松，佩戴会更稳。

戴上后，转动后方的旋钮，直到头盔贴合但不压头，摇头时头盔不会晃动。两侧的系带应在耳朵下方形成V字形，下巴和下颌带之间最多能放进两根手指。

祝骑行平安，
{{agent_name}}
Quenby 客服团队
""")

template("zh/warranty/claim", "zh", "保修范围与所需资料", """
{{buyer_name}}您好，

{{product}}给您带来麻烦，我们很抱歉。材料或做工上的缺陷，自签收起{{warranty_period}}内都在保修范围。

这次申请已登记为保修单{{case_id}}（订单{{order_id}}）。为了评估，请在亚马逊的这个消息对话里回复我们：
- 序列号标签的照片
- 能显示问题的照片或短视频
- 简单说明问题是什么时候、在什么情况下出现的

碰撞造成的损坏、刹车片和绑带等的正常磨损，以及外壳被拆开过的电池，都不在保修范围内。照片到达后两个工作日内，我们会告诉您下一步怎么处理。

顺祝安好
{{agent_name}}
Quenby 客服团队
""")

template("zh/review/neutral-request", "zh", "中性邀评（每个订单一次）", """
{{buyer_name}}您好，

感谢您选购{{product}}（订单号{{order_id}}）。

等您骑过几次之后，如果方便的话，能否在亚马逊上写一篇评论，分享您的使用体验？您真实的看法可以帮助其他骑友做出合适的选择。

祝一切顺利，
{{agent_name}}
""")

template("zh-tw/battery/storage", "zh-tw", "電池保存（不騎車期間與冬季）", """
{{buyer_name}} 您好：

謝謝您詢問{{product}}在不騎車期間的保存方式。鋰電池依照下列方式保存，壽命最長：

1. 如果車子會停放兩週以上，請讓電池維持在四到六成電量，也就是五格電量燈亮兩到三格。
2. 請放在室內乾燥的地方，溫度約10到20°C，避免陽光直射，也不要靠近暖氣。
3. 每個月檢查一次電量，如果只剩一格，請補充到一半左右。
4. 不要讓電池連續好幾天接著充電器，也絕對不要在完全沒電的狀態下存放。
5. 裝回車上前，請用乾布擦拭電池接點。

照這樣保養，電池在{{cycle_count}}次完整充放電之後，仍能保有大部分容量。

敬祝 順心
{{agent_name}}
Quenby 客服中心
""")

template("zh-tw/defect/apology", "zh-tw", "零件瑕疵致歉並免費寄出新品", """
{{buyer_name}} 您好：

很抱歉，您的{{product}}上的{{part}}出現了瑕疵。您本該能放心使用我們賣出的每一個零件，這次是我們做得不夠好。

謝謝您把問題說明得這麼清楚，我們已經把您的描述轉給品管團隊，請他們檢查同一批的產品。新的{{part}}已經免費寄出給您，故障的那個請自行保留或回收即可。

這次給您添了麻煩，真的很抱歉。

{{agent_name}} 敬上
""")

template("zh-tw/compatibility/fit", "zh-tw", "零件相容性與需確認的細節", """
{{buyer_name}} 您好：

謝謝您的提問。{{part}}（料號 {{part_number}}）可以相容於{{product}}。

下單前，請先確認一個地方：{{check_point}}。如果相符，不需要任何轉接座就能安裝；如果不相符或不確定，請回覆一張該部位的照片，我們會確認您需要哪一個版本。

祝 騎乘愉快
{{agent_name}}
""")

template("zh-tw/pumps/valve", "zh-tw", "打氣筒的氣嘴使用方式", """
{{buyer_name}} 您好：

謝謝您詢問{{product}}的使用方式。這支打氣筒的氣嘴頭同時適用法式（Presta）和美式（Schrader）氣嘴：

1. 法式氣嘴請先把頂端的小螺帽逆時針轉鬆，輕按一下放出少量空氣。
2. 將氣嘴頭垂直套上氣嘴，壓到底後把扳扣往上扳，鎖緊氣嘴頭。
3. 打氣時請看錶頭上的指針，打到輪胎側面標示的建議胎壓範圍內即可，例如{{pressure_range}}。
4. 打完後先把扳扣扳回原位，再垂直拔下氣嘴頭；法式氣嘴記得把小螺帽轉緊。

錶頭的最大刻度是{{max_pressure}}，請不要超過輪胎標示的上限。

{{agent_name}} 敬上
Quenby 客服中心
""")


def placeholders(text):
    return PH_RE.findall(text)


def render(tid, vals):
    want = set(placeholders(TEMPLATES[tid]))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


# ==========================================================================
# Reply helpers
# ==========================================================================
REPLIES = []


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags)
    if trad and "traditional" not in tags:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), lang=None, tags=(), extra=None):
    """Render template tid with vals, then apply light edits [(old, new), ...] in order."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur exactly once in %s" % (old, tid))
        text = text.replace(old, new)
    exact = not edits
    if lang is None:
        lang = "en" if tid.startswith("en/") else "zh"
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, lang, kind + list(tags), tid + ": " + note, tid=tid, vals=vals,
         exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


# ==========================================================================
# 1. Filled templates, exact or lightly edited -> []
# ==========================================================================
C = "filled-template"
fill("en/battery/storage-care", dict(buyer_name="Esperanza", product="Voltmere DT36 downtube battery",
     cycle_count="800", agent_name="Noor Vantongeren"), "exact fill")
fill("en/battery/storage-care", dict(buyer_name="Mr Castellane",
     product="Voltmere RK48 48V 13Ah Rear Rack E-Bike Battery with Integrated Tail Light, Key Lock and USB-A Charging Port (624 Wh)",
     cycle_count="700", agent_name="Bastien Ekwueme"),
     "greeting changed, warm words in the first sentence, 120+ character listing title in the product slot (JC2)",
     edits=[("Hi Mr Castellane,", "Good morning Mr Castellane,"),
            ("Good question about looking after", "Thanks for thinking ahead, and good question about looking after")],
     tags=["greeting", "warm-line", "long-value"])
fill("en/battery/charging", dict(buyer_name="Keziah", product="Voltmere DT36 battery",
     charger_model="Voltmere VC-42A, 42 V 2 A", charge_hours="7", agent_name="Bastien Ekwueme"), "exact fill")
fill("en/battery/charging", dict(buyer_name="Mr Adebanjo", product="Voltmere RK48 rack battery",
     charger_model="Voltmere VC-54B, 54.6 V 3 A", charge_hours="5", agent_name="Gideon Takahashi-Bell"),
     "one sentence split in two and a warm closing line before the sign-off (JC2)",
     edits=[("The charger light shows red while charging and turns green when the battery is full.",
             "The charger light shows red while charging. It turns green when the battery is full."),
            ("Kind regards,", "We hope it gives you many good miles.\n\nKind regards,")],
     tags=["split", "warm-line"])
fill("en/battery/charging", dict(buyer_name="Priyanka", product="Voltmere DT36 downtube battery",
     charger_model="Voltmere VC-42A", charge_hours="6 to 7", agent_name="Ilse Marchetti"),
     "greeting changed and two bullets merged into one (JC2)",
     edits=[("Hello Priyanka,", "Hi Priyanka,"),
            ("- Plug the charger into the wall socket before connecting it to the battery.\n- The charger light shows red",
             "- Plug the charger into the wall socket before connecting it to the battery; the charger light then shows red")],
     tags=["greeting", "merge"])
fill("en/mechanics/torque-settings", dict(buyer_name="Anselm", component="four faceplate bolts",
     product="Quenby Ridgeline 90 mm alloy stem", torque_value="5 Nm per bolt", agent_name="Ilse Marchetti"), "exact fill")
fill("en/mechanics/torque-settings", dict(buyer_name="Ms Delacroix-Whitfield",
     component="seatpost clamp bolt and the two saddle rail bolts",
     product="Quenby Carbon Seatpost 27.2 x 350 mm with Two-Bolt Saddle Clamp, 15 mm Setback, Matte Black",
     torque_value="5 Nm for the seatpost clamp bolt and 6 Nm for each saddle rail bolt", agent_name="Noor Vantongeren"),
     "exact fill with long values in three slots", tags=["long-value"])
fill("en/mechanics/torque-settings", dict(buyer_name="Rufus", component="handlebar clamp bolts",
     product="Quenby Ridgeline 70 mm alloy stem", torque_value="5.5 Nm", agent_name="Gideon Takahashi-Bell"),
     "good-luck wish added to the opening and sign-off changed (JC2)",
     edits=[("Thanks for getting in touch.", "Thanks for getting in touch, and good luck with the build."),
            ("Best regards,", "Cheers,")],
     tags=["warm-line", "sign-off"])
fill("en/brakes/pad-fitting", dict(buyer_name="Henrike", pad_model="Bitepoint BP-R07 resin",
     caliper="Tessane T2 two-piston", agent_name="Gideon Takahashi-Bell"), "exact fill")
fill("en/brakes/pad-fitting", dict(buyer_name="Lachlan", pad_model="Bitepoint BP-S07 sintered",
     caliper="Corvid HX4 four-piston", agent_name="Ilse Marchetti"),
     "thanks for the photo added before the steps, first step split (JC2)",
     edits=[("These are the steps for fitting", "Thanks for the photo of your caliper. These are the steps for fitting"),
            ("Remove the wheel, then take out", "Remove the wheel. Then take out")],
     tags=["warm-line", "split"])
fill("en/helmets/sizing", dict(buyer_name="Oluwaseun", product="Crownfell Commute helmet",
     size_chart="S 51-55 cm, M 55-59 cm, L 59-63 cm", agent_name="Bastien Ekwueme"), "exact fill")
fill("en/helmets/sizing", dict(buyer_name="Ms Haverford",
     product="Crownfell Ridge Trail Helmet with Rotational-Impact Liner, Removable Visor and Magnetic Buckle, Slate Grey",
     size_chart="S/M fits 52 to 56 cm (20.5 to 22 in), M/L fits 56 to 60 cm (22 to 23.6 in), L/XL fits 60 to 64 cm (23.6 to 25.2 in)",
     agent_name="Noor Vantongeren"),
     "greeting changed to Dear; long listing title and a long three-size chart in the slots (JC2)",
     edits=[("Hi Ms Haverford,", "Dear Ms Haverford,")], tags=["greeting", "long-value"])
fill("en/warranty/claim", dict(buyer_name="Mr Brannigan", product="Lumenhook F900 front light",
     warranty_period="two years", case_id="QSV-W-240817", order_id="112-4830195-2291764",
     agent_name="Noor Vantongeren"), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Annelise", product="Lumenhook R60 rear light",
     warranty_period="two years", case_id="QSV-W-241102", order_id="114-7719203-5508416",
     agent_name="Gideon Takahashi-Bell"),
     "thanks for the clear description merged into the first sentence (JC2)",
     edits=[("is giving you trouble.", "is giving you trouble, and thank you for describing the charging problem so clearly.")],
     tags=["warm-line", "merge"])
fill("en/warranty/claim", dict(buyer_name="Corentin", product="Voltmere DT36 36V 14Ah downtube battery",
     warranty_period="three years", case_id="QSV-W-250114", order_id="113-2958170-6673021",
     agent_name="Bastien Ekwueme"),
     "last sentence of the middle paragraph split and reordered (JC2)",
     edits=[("Expect our answer with the next steps within two business days of your photos arriving.",
             "Once your photos arrive, we will answer within two business days. Our answer will include the next steps.")],
     tags=["split"])
fill("en/defect/apology", dict(buyer_name="Paloma", part="mounting clamp", product="Lumenhook F900 front light",
     agent_name="Ilse Marchetti"), "exact fill")
fill("en/defect/apology", dict(buyer_name="Mr Eberhardt", part="hose lock lever", product="Gustline Floor 160 floor pump",
     agent_name="Noor Vantongeren"),
     "greeting changed to Dear and thanks for patience added to the last apology (JC2)",
     edits=[("Hi Mr Eberhardt,", "Dear Mr Eberhardt,"),
            ("Again, please accept our apologies.", "Again, please accept our apologies, and thank you for your patience with us.")],
     tags=["greeting", "warm-line"])
fill("en/compatibility/fit-check", dict(buyer_name="Idris", part="Lumenhook HM-2 helmet mount", part_number="LH-HM2",
     product="Lumenhook F900 front light",
     check_point="your helmet needs two top vents at least 15 mm wide and no more than 60 mm apart",
     agent_name="Bastien Ekwueme"), "exact fill")
fill("en/compatibility/fit-check", dict(buyer_name="Mr Szabo-Lennox", part="Bitepoint BP-S07 sintered pads",
     part_number="BP-S07", product="Corvid HX4 four-piston caliper",
     check_point="the old pads should have a single spring clip, and the retaining pin should pass through a round hole at the top of each backing plate",
     agent_name="Gideon Takahashi-Bell"),
     "long check_point value, sign-off changed (JC2)",
     edits=[("Best regards,", "Happy riding,")], tags=["sign-off", "long-value"])
fill("en/review/neutral-request", dict(buyer_name="Niamh", product="Tollbar Fold 90 folding lock",
     order_id="111-6402958-3317405", agent_name="Gideon Takahashi-Bell"),
     "exact fill; the only review request for this order, the buyer's last message asked where the key card is (no praise in the thread, JC8)")
fill("en/review/neutral-request", dict(buyer_name="Mr Adeyemi-Lund", product="Gustline Floor 160 floor pump",
     order_id="114-2093847-8810263", agent_name="Noor Vantongeren"),
     "sign-off extended with thanks; only review request for this order (JC2, JC8)",
     edits=[("All the best,", "Thanks again, and all the best,")], tags=["sign-off", "warm-line"])
fill("en/lights/beam-aim", dict(buyer_name="Fenna", product="Lumenhook F900 front light",
     aim_distance="10 m (about 33 ft)", runtime="6 hours", agent_name="Ilse Marchetti"), "exact fill")
fill("en/lights/beam-aim", dict(buyer_name="Ewan",
     product="Lumenhook F1500 Dual-Beam Front Light with Remote Switch and 5000 mAh Battery",
     aim_distance="15 m (about 50 ft)", runtime="4 hours 30 minutes", agent_name="Bastien Ekwueme"),
     "greeting changed, congratulations added and the opening sentence recast; long product title (JC2)",
     edits=[("Hi Ewan,", "Hello Ewan,"),
            ("Thanks for your message about setting up the",
             "Thanks for your message, and congratulations on the new commuter bike. Here is how to set up the")],
     tags=["greeting", "warm-line", "long-value"])

# --- Simplified Chinese
fill("zh/battery/charging", dict(buyer_name="宋女士", product="Voltmere DT36 下管电池",
     charger_model="Voltmere VC-42A，42V 2A", charge_hours="7", agent_name="祁若澄"), "exact fill")
fill("zh/battery/charging", dict(buyer_name="聂先生", product="Voltmere RK48 货架电池",
     charger_model="Voltmere VC-54B，54.6V 3A", charge_hours="5", agent_name="卓知远"),
     "greeting changed and a thanks-for-waiting line added (JC2)",
     edits=[("聂先生您好：", "聂先生，早上好："),
            ("感谢您咨询", "让您久等了。感谢您咨询")],
     tags=["greeting", "warm-line"])
fill("zh/mechanics/torque", dict(buyer_name="汪先生", product="Quenby Ridgeline 90mm 铝合金把立",
     component="前盖的四颗螺丝", torque_value="每颗5牛·米", agent_name="卓知远"), "exact fill")
fill("zh/mechanics/torque", dict(buyer_name="Raymond Xiang",
     product="Quenby 碳纤维座杆（27.2 × 350mm，双螺丝坐垫夹，15mm后移，哑光黑）",
     component="座管夹螺丝和两颗坐垫夹螺丝", torque_value="座管夹螺丝5牛·米，坐垫夹螺丝每颗6牛·米",
     agent_name="祁若澄"),
     "long values in three slots, sign-off changed (JC2)",
     edits=[("祝好，", "祝装车顺利，")], tags=["long-value", "sign-off"])
fill("zh/brakes/pad-fitting", dict(buyer_name="金先生", pad_model="Bitepoint BP-R07 树脂",
     caliper="Tessane T2 双活塞", agent_name="祁若澄"), "exact fill")
fill("zh/brakes/pad-fitting", dict(buyer_name="邢女士", pad_model="Bitepoint BP-S07 金属烧结",
     caliper="Corvid HX4 四活塞", agent_name="卓知远"),
     "bedding-in step split into three short sentences (JC2)",
     edits=[("以中等速度骑行，用力刹车减速到步行速度，重复15到20次，不要抱死车轮。",
             "以中等速度骑行，然后用力刹车，减速到步行速度。这样重复15到20次，注意不要抱死车轮。")],
     tags=["split"])
fill("zh/helmets/sizing", dict(buyer_name="尹同学", product="Crownfell Commute 通勤头盔",
     size_chart="S码51–55厘米，M码55–59厘米，L码59–63厘米", agent_name="卓知远"), "exact fill")
fill("zh/helmets/sizing", dict(buyer_name="岳女士", product="Crownfell Kids 儿童头盔",
     size_chart="XS码48–52厘米，S码52–56厘米", agent_name="祁若澄"),
     "thanks for asking before ordering merged into the sign-off (JC2)",
     edits=[("祝骑行平安，", "谢谢您在下单前先来确认，祝骑行平安，")], tags=["sign-off", "warm-line"])
fill("zh/warranty/claim", dict(buyer_name="房先生", product="Voltmere DT36 下管电池", warranty_period="三年",
     order_id="113-5067281-4419035", case_id="QSV-W-250206", agent_name="祁若澄"), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="季女士", product="Lumenhook F900 前灯", warranty_period="两年",
     order_id="112-8830471-2075596", case_id="QSV-W-250219", agent_name="卓知远"),
     "thanks for the detailed description added after the first sentence (JC2)",
     edits=[("给您带来麻烦，我们很抱歉。", "给您带来麻烦，我们很抱歉。谢谢您把情况描述得这么详细。")], tags=["warm-line"])
fill("zh/warranty/claim", dict(buyer_name="钟先生",
     product="Tollbar U16 U型锁（16毫米锁梁，附两把钥匙和车架支架）", warranty_period="两年",
     order_id="111-3928475-6650187", case_id="QSV-W-250301", agent_name="祁若澄"),
     "long product value, sign-off 顺祝安好 changed to 祝好 (JC2)",
     edits=[("顺祝安好\n", "祝好，\n")], tags=["long-value", "sign-off"])
fill("zh/review/neutral-request", dict(buyer_name="詹先生", product="Gustline Floor 160 落地打气筒",
     order_id="114-6610392-7784520", agent_name="卓知远"),
     "exact fill; only review request for this order, sent after answering a question about the gauge unit (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="Lily 宁", product="Tollbar Fold 90 折叠锁",
     order_id="112-1759036-9942318", agent_name="祁若澄"),
     "sign-off extended with thanks; only review request for this order (JC2, JC8)",
     edits=[("祝一切顺利，", "再次感谢，祝一切顺利，")], tags=["sign-off", "warm-line"])

# --- Traditional Chinese
fill("zh-tw/battery/storage", dict(buyer_name="蕭先生", product="Voltmere DT36 下管電池", cycle_count="800",
     agent_name="涂念慈"), "exact fill")
fill("zh-tw/battery/storage", dict(buyer_name="Amber 譚",
     product="Voltmere RK48 後貨架電池（48V 13Ah，624Wh，附尾燈與鑰匙鎖）", cycle_count="700",
     agent_name="龔宇恆"),
     "long product value, sign-off changed to a winter wish (JC2)",
     edits=[("敬祝 順心", "祝 冬天也騎得平安順利")], tags=["long-value", "sign-off"])
fill("zh-tw/defect/apology", dict(buyer_name="熊小姐", product="Lumenhook R60 尾燈", part="矽膠綁帶",
     agent_name="龔宇恆"), "exact fill")
fill("zh-tw/defect/apology", dict(buyer_name="雷先生", product="Gustline Floor 160 落地打氣筒", part="壓力錶",
     agent_name="涂念慈"),
     "thanks for patience added to the last apology (JC2)",
     edits=[("這次給您添了麻煩，真的很抱歉。", "這次給您添了麻煩，真的很抱歉，也謝謝您的耐心。")], tags=["warm-line"])
fill("zh-tw/compatibility/fit", dict(buyer_name="包先生", part="Bitepoint BP-R07 樹脂來令片", part_number="BP-R07",
     product="Tessane T2 雙活塞卡鉗", check_point="舊來令片上方應該只有一個圓形插銷孔，並搭配一片H形彈片",
     agent_name="涂念慈"), "exact fill")
fill("zh-tw/compatibility/fit", dict(buyer_name="鍾小姐", part="Lumenhook HM-2 安全帽支架", part_number="LH-HM2",
     product="Lumenhook F900 前燈", check_point="安全帽頂部需要有兩個寬度至少15毫米的通風孔",
     agent_name="龔宇恆"),
     "sign-off changed (JC2)", edits=[("祝 騎乘愉快", "祝 夜騎平安")], tags=["sign-off"])
fill("zh-tw/pumps/valve", dict(buyer_name="向小姐", product="Gustline Floor 160 落地打氣筒",
     pressure_range="公路車 80–110 psi", max_pressure="160 psi（11 bar）", agent_name="涂念慈"), "exact fill")
fill("zh-tw/pumps/valve", dict(buyer_name="Edwin 褚", product="Gustline Pocket 攜帶型打氣筒",
     pressure_range="登山車 25–35 psi", max_pressure="100 psi", agent_name="龔宇恆"),
     "last step split into two sentences (JC2)",
     edits=[("再垂直拔下氣嘴頭；法式氣嘴記得把小螺帽轉緊。", "再垂直拔下氣嘴頭。如果是法式氣嘴，記得把小螺帽轉緊。")],
     tags=["split"])

# --- code-switched courtesy line (mixed) and a script transcription
fill("zh/helmets/sizing", dict(buyer_name="Emily 方", product="Crownfell Ridge 越野头盔",
     size_chart="S/M码52–56厘米，M/L码56–60厘米，L/XL码60–64厘米", agent_name="卓知远"),
     "an English courtesy line added before the Chinese sign-off; counts as mixed (JC2, JC13)",
     edits=[("祝骑行平安，", "Have a great first ride!\n\n祝骑行平安，")], lang="mixed", tags=["warm-line"])

# JC9: the agent ran zh/helmets/sizing through a Simplified->Traditional converter (no Traditional helmet template exists).
HELMET_TW_VALS = dict(buyer_name="覃先生", product="Crownfell Commute 通勤頭盔",
                      size_chart="S碼51–55厘米，M碼55–59厘米，L碼59–63厘米", agent_name="龔宇恆")
_add(C, """覃先生您好，

感謝您諮詢Crownfell Commute 通勤頭盔的尺碼。選擇尺碼的方法如下：

- 用軟尺繞頭一圈測量：前面在眉毛上方約一指寬的位置，後面經過後腦最突出的地方。
- 選擇包含您頭圍數值的尺碼。這款頭盔的尺碼為：S碼51–55厘米，M碼55–59厘米，L碼59–63厘米。
- 如果頭圍正好介於兩個尺碼之間，通常選小一號並把調節旋鈕放鬆，佩戴會更穩。

戴上後，轉動後方的旋鈕，直到頭盔貼合但不壓頭，搖頭時頭盔不會晃動。兩側的繫帶應在耳朵下方形成V字形，下巴和下頜帶之間最多能放進兩根手指。

祝騎行平安，
龔宇恆
Quenby 客服團隊""", [], "zh", ["script-converted", "traditional"],
     "zh/helmets/sizing: character-for-character Traditional transcription of the Simplified template, slots filled (JC9)",
     tid="zh/helmets/sizing", vals=HELMET_TW_VALS)

# ==========================================================================
# 2. Free-written logistics replies -> []
# ==========================================================================
L = "logistics"
free(L, "en", """
Hi Imogen,

Thanks for your message. I'm afraid we can't upgrade the Voltmere DT36 battery to next-day or two-day delivery. A lithium-ion battery shipped on its own travels as dangerous goods (UN3480, Class 9), and the carriers only accept it on ground services, never on a plane.

Your battery left our warehouse in Reno this morning with UPS Ground, tracking 1Z4V83W20391847265, and the current estimate is Thursday, five business days from dispatch. You'll see the updates under Your Orders on Amazon.

Sorry it can't be quicker,
Noor Vantongeren
Quenby Spoke & Volt
""", [], "dangerous goods: battery ships by ground only, no expedited upgrade (JC4, JC11)", ["dangerous-goods"])
free(L, "en", """
Hello Mr Kealoha-Brandt,

Unfortunately we are unable to send the Voltmere RK48 rack battery to Hawaii. Batteries of this size can only travel by ground, and there is no ground route from the mainland to Hawaii, Alaska or Puerto Rico. We have cancelled the battery line of order 114-3308127-6649051, and you will see the refund of $419.00 on your original payment method within 3 to 5 business days. The Crownfell helmet from the same order is not affected and shipped yesterday by USPS.

Apologies that we could not deliver the battery,
Gideon Takahashi-Bell
""", [], "dangerous goods: no ground route to Hawaii, battery line cancelled and refunded (JC4)", ["dangerous-goods", "refund"])
free(L, "en", """
Hi Desmond,

Thanks for ordering with us. Your order includes a Voltmere DT36 battery, and the carrier that handles battery shipments cannot deliver to a PO Box. Could you add a street address to the order? You can edit it under Your Orders as long as the order has not shipped, or just reply here with the street address and we'll update it for you.

We will hold the order for 3 days. If we don't have a street address by then, we'll cancel it and you will get a full refund.

Best,
Bastien Ekwueme
""", [], "dangerous goods: no PO Box delivery, asks for a street address in the thread (JC4, JC11)", ["dangerous-goods", "address"])
free(L, "en", """
Hi Marisela,

The floor pump and the rear light from your order are on their way to the APO address by USPS Priority Mail, tracking 9400118205632974018836. The Voltmere charger can go too, as it has no battery inside.

The spare Voltmere DT36 battery, however, can't be sent to APO, FPO or DPO addresses: military mail goes by air, and a battery this size is only accepted on ground services. We've refunded that item ($389.00), and it will show on your statement within a few business days.

Thank you for your service, and sorry about the battery.
Ilse Marchetti
""", [], "dangerous goods: APO address, battery refunded, the rest shipped (JC4)", ["dangerous-goods", "address", "refund"])
free(L, "en", """
Hi Geneviève,

Your order ships from our US warehouse, so it goes through Canadian customs on the way to Laval. When it crosses the border, the Canada Border Services Agency may assess GST/QST and a small duty, and the carrier collects these together with its brokerage fee before or on delivery. These charges are set by the government and the carrier, not by us, and they aren't included in the Amazon price.

If you'd rather not pay them, you can refuse the package at the door. Once it's back with us, we'll refund the item price; the return shipping from Canada is not refundable in that case.

The parcel is with UPS Standard, tracking 1Z9E12F70466183920, and should arrive in 6 to 8 business days.

Kind regards,
Noor Vantongeren
""", [], "customs: Canadian taxes and brokerage, refusing the parcel (JC7)", ["customs"])
free(L, "en", """
Hi Mr Thorsby,

You're right that the customs broker needs a commercial invoice for the Voltmere RK48 battery. It is already on the outside of the box in a clear pouch, next to the Class 9 dangerous-goods label and the UN3480 marking the carrier needs. We have also attached a copy of the invoice to this message so you can pass it on if your broker asks for it.

Order 113-8241907-3356602 crossed the border at Blaine yesterday and is now with FedEx Ground in Surrey. Once customs releases it, delivery usually takes 2 more business days.

Best regards,
Gideon Takahashi-Bell
""", [], "customs: commercial invoice for the broker, battery markings (JC4, JC7)", ["customs", "dangerous-goods"])
free(L, "en", """
Hi Hollis,

We've approved the return of your unused Voltmere DT36 battery. Because it is a lithium-ion battery, it can't go back with the standard return label or through a drop-off point, so we have attached a prepaid UPS Ground dangerous-goods label to this message instead. Please:

1. Put the battery back in its original box with the foam inserts. The box already carries the Class 9 label; please don't cover it.
2. Tape over the metal contacts with electrical or packing tape.
3. Stick the new label on top of the box and cover the old shipping label.
4. Hand the parcel to a UPS driver or at a staffed UPS Customer Center. UPS Access Point shops and drop boxes can't accept it.

Once the box reaches us, your refund will be processed within 2 business days.

Thanks,
Bastien Ekwueme
""", [], "dangerous goods: how to return a lithium battery (tape the contacts, staffed counter only) (JC4)", ["dangerous-goods", "return"])
free(L, "en", """
Hi Mr Pellegrino,

Sorry for the wasted trip. The post office was right: the US Postal Service doesn't accept lithium-ion batteries of this size, so the Amazon return label you printed won't work for the Voltmere RK48. We've attached a prepaid UPS Ground label for batteries to this message; please use it instead, and throw away the USPS label so nobody mixes them up.

You can schedule a UPS pickup from your home or take the box to a staffed UPS Customer Center. Your return window stays open until we receive the parcel, so there's no rush.

Regards,
Ilse Marchetti
""", [], "dangerous goods: post office refused the battery return, new ground label (JC4)", ["dangerous-goods", "return"])
free(L, "en", """
Hello Ms Vandersloot,

Your returned Tollbar U16 U-lock arrived at our warehouse this morning, and we have refunded $64.99 to your original payment method. The credit normally appears within 3 to 5 business days. The return shipping was free because we had sent the lock in the wrong colour, so you won't see any deduction.

Kind regards,
Gideon Takahashi-Bell
""", [], "refund of a return; 'free' return shipping is not a promotion (JC11)", ["refund", "return"])
free(L, "en", """
Hi Tavish,

We received the Gustline Floor 160 pump you sent back. The pump itself is in good shape, but the dual valve head and the two inflation needles weren't in the box. As explained on the return page, we've refunded the pump price minus the $12.00 value of the missing parts, so $47.99 will be credited to your card.

If the head turns up, send it back with the prepaid label attached to this message and we'll refund the remaining $12.00 as soon as it arrives.

Best,
Noor Vantongeren
""", [], "partial refund of a return with missing accessories", ["refund", "return"])
free(L, "en", """
Hi Briony,

I'm sorry the parcel isn't there. UPS marked it as delivered at 2:14 pm yesterday, left at the front door. Sometimes a driver scans a package early, or leaves it with a neighbour or at a side entrance, so please check around the building and with your neighbours, and give it until the end of tomorrow in case it turns up.

Meanwhile I've asked UPS to trace the delivery from the driver's GPS record. If the parcel hasn't appeared by Friday, reply here and we'll send a replacement Lumenhook F900 by UPS Ground at no cost, or refund you, whichever you prefer.

Kind regards,
Bastien Ekwueme
""", [], "delivery problem: marked delivered but not received (JC11)", ["delivery-problem"])
free(L, "en", """
Hi Mr and Mrs Okonkwo-Hale,

Thank you for your patience, and I hope you managed to stay warm through the storm! The ice on the interstate closed the UPS hub in Denver for two days, and a lot of parcels, including yours with the two Crownfell helmets, are waiting to move again. UPS now expects to deliver on Tuesday, four days later than the original date.

I know the helmets were meant for your kids' birthday on Sunday, and I'm really sorry they won't make it in time. If the delivery slips again past Tuesday, let us know and we'll ship a second set straight away from our other warehouse and cancel the first one when it comes back, so you won't be charged twice.

With best wishes for the birthday party,
Ilse Marchetti
""", [], "delivery problem: weather delay, long and chatty (JC2)", ["delivery-problem", "long"])
free(L, "en", """
Hi Leopold,

Thanks for flagging this so quickly. The order had already shipped when your message arrived, so the address can no longer be changed in Amazon, but we've asked FedEx to redirect the parcel to 48 Larchmont Terrace. FedEx has confirmed the request, and the parcel should reach the new address one day later than planned. If the redirect fails, the parcel will come back to us and we'll reship it to the correct address at no cost to you.

Best regards,
Gideon Takahashi-Bell
""", [], "address: redirect after dispatch", ["address"])
free(L, "en", """
Hi Anouk,

Thank you for the photos. The outer box was clearly crushed in transit, so please don't wear this helmet, even if it looks fine. We've shipped a new Crownfell Commute helmet in size M today, tracking 1Z6R07Y50312984451. For the damaged one, please use the prepaid return label attached to this message within 30 days; there's nothing to pay.

Sorry about the bumpy delivery,
Noor Vantongeren
""", [], "damaged in transit: helmet replaced, 'don't wear it' is handling of the damaged delivery (JC5)", ["delivery-problem", "transit-damage"])
free(L, "en", """
Hi Mr Vasquez-Tiernan,

Thank you for letting us know straight away, and for the photos of the dent in the battery case. Please don't install or charge this battery. Leave it in its original box, on a hard floor away from anything that could catch fire, until it is collected.

A battery damaged in transit has to travel back under special dangerous-goods rules, so a specialist courier, Harbinger Hazmat Logistics, will get in touch through Amazon to book a pickup within the next 5 business days.

A replacement Voltmere DT36 battery left our warehouse today by UPS Ground, tracking 1Z0T55K20388420715, and should arrive on Monday.

Kind regards,
Bastien Ekwueme
""", [], "damaged in transit: dented battery, keep it boxed until the hazmat pickup, replacement shipped (JC4, JC5)",
     ["dangerous-goods", "transit-damage"])
free(L, "en", """
Hi Pernille,

I'm sorry, the rubber shims should have been in the small bag with the Lumenhook F900 handlebar mount; our packing team clearly missed them. I've sent a set of shims by USPS First-Class Mail today, tracking 9400109205568137204415, and they should be with you in 3 to 4 days. You don't need to return anything.

Best wishes,
Ilse Marchetti
""", [], "packing error: missing shims shipped (JC6)", ["delivery-problem", "missing-item"])
free(L, "en", """
Hello Bartholomew,

You're right, we sent a Lumenhook R60 rear light instead of the F900 front light you ordered. Apologies for the mix-up. The F900 is already on its way by UPS Ground, tracking 1Z8H21A90397105538. Please send the R60 back with the prepaid return label attached to this message; you can drop it at any UPS Access Point, and there's no charge.

Thanks,
Gideon Takahashi-Bell
""", [], "wrong item sent, exchange (JC6)", ["delivery-problem", "wrong-item"])
free(L, "en", """
Hi Chidinma,

No problem at all: we cancelled order 111-7738264-0192835 before it left the warehouse, so nothing will be shipped. Amazon has released the authorisation on your card, and the amount should disappear from your statement within a few days.

Kind regards,
Noor Vantongeren
""", [], "cancellation before dispatch (JC6)", ["cancellation"])
free(L, "en", """
Hi Ambrose,

I'm sorry, the Tollbar Link 110 chain lock had already been handed to USPS when your cancellation request came in, so we can no longer stop it. You have two options: refuse the parcel when it's delivered, and it will come back to us automatically, or accept it and request a return through Your Orders on Amazon. Either way, we'll refund you in full once the lock is back with us.

Best,
Bastien Ekwueme
""", [], "cancellation after dispatch: refuse or return (JC6)", ["cancellation", "return"])
free(L, "en", """
Hi Ottoline,

The label for your parcel was created on Monday, and the tracking only says 'label created' because UPS scans parcels when they collect them from our warehouse in the evening. Yesterday's collection was missed after a truck breakdown, so your Crownfell helmet and Gustline pump were picked up today instead. You should see the first scan tonight, and the new delivery estimate is Friday.

Thanks for bearing with us,
Ilse Marchetti
""", [], "tracking not updating", ["tracking"])
free(L, "en", """
Hi Fitzgerald,

Thanks for the kind words about your last order, and congratulations on the new flat! I've had a look at order 112-5530918-4467210 to make sure everything reaches the right place.

The order is coming in two parcels. The Lumenhook lights, the Tollbar folding lock and the Crownfell helmet ship together from our Reno warehouse by UPS and are due on Wednesday. The Voltmere RK48 battery ships separately from our battery store in Sparks, because batteries travel on their own as dangerous goods by ground. That parcel is due on Friday and needs a signature, so if you're out at work, UPS will leave a note and try again the next day, or you can have it held at a UPS Customer Center for collection.

Both parcels are going to the new address on Hollowmere Street that you added before the order shipped. If anything looks wrong in the tracking, just reply here.

Good luck with the move!
Gideon Takahashi-Bell
""", [], "split shipment, battery ships separately, long and chatty (JC2, JC4)", ["tracking", "dangerous-goods", "long"])
free(L, "en", """
Hi Mr Lindqvist-Amadi,

Yes, you can still return the Crownfell Ridge helmet; you're within the 30-day return window until 14 May. For hygiene reasons we can only accept helmets that haven't been worn outside, with the protective film on the visor and the hang tag still attached. Open Your Orders on Amazon, pick the helmet and select 'No longer needed' as the reason; the return shipping will be deducted from the refund in that case. Please send it in the original box so it doesn't get crushed.

Kind regards,
Noor Vantongeren
""", [], "return conditions for a helmet", ["return"])
free(L, "en", """
Hi Wilhelmina,

Good news on your warranty case QSV-W-250322: the replacement Voltmere VC-42A charger left our warehouse this afternoon by USPS Ground Advantage, tracking 9400136105544820917730, and should arrive by Thursday. The charger contains no battery, so it can travel by normal mail. Keep the old charger; there is no need to return it.

Best regards,
Bastien Ekwueme
""", [], "shipment status of a warranty replacement (JC6)", ["tracking", "warranty-shipment"])
free(L, "en", """
Hi Constance,

Of course, a gift can be returned without the person who bought it being told. Go to Amazon's Returns Center, choose 'Return a gift' and enter the order number from the packing slip, 114-9012837-5562014. You'll get a prepaid label for the Crownfell Commute helmet, and once it's back with us the refund will be issued to you as Amazon gift card balance.

Kind regards,
Ilse Marchetti
""", [], "gift return; 'Amazon gift card balance' is the refund method, no review involved (JC6, JC11)", ["return", "gift"])
free(L, "en", """
Hi Emeric,

To swap the Crownfell Commute helmet from size M to L, the quickest way is to start a return for the M under Your Orders, choosing 'Wrong size', and to place a new order for the L. That way the L can ship today, without waiting for the M to come back. Once we receive the M, the refund goes to your original payment method.

Best,
Ilse Marchetti
""", [], "size exchange handled purely as return plus reorder, no sizing advice (JC10)", ["return", "exchange"])
free(L, "en", """
Hi Mr Ferreira-Dunmore,

Thanks for keeping the box and the packaging. We've filed a damage claim with FedEx for the floor pump that arrived with a snapped handle, and their claims team will review the photos within 5 business days. You don't have to wait for that: a new Gustline Floor 160 shipped today by FedEx Ground, tracking 749203318564, and FedEx will pick up the damaged pump at the same visit.

Kind regards,
Gideon Takahashi-Bell
""", [], "damaged in transit: carrier claim; 'review the photos' is the carrier's claim check (JC5, JC11)", ["delivery-problem", "transit-damage"])

# --- Simplified Chinese
free(L, "zh", """
戴先生您好，

感谢您的来信。很抱歉，Voltmere DT36 电池无法升级为次日达或两日达。单独运输的锂离子电池属于危险品（UN3480，第9类），承运商只接受陆运，不能上飞机。

您的电池今天上午已从里诺仓库通过 UPS Ground 发出，运单号 1Z3K58D40312257086，预计下周二送达。物流进度可以在亚马逊的“我的订单”页面查看。

祁若澄
Quenby 客服团队
""", [], "dangerous goods: ground only, no expedited upgrade (JC4)", ["dangerous-goods"])
free(L, "zh", """
甘女士您好，

您的订单里有一块 Voltmere RK48 电池，负责运输电池的承运商无法投递到邮政信箱（PO Box）。麻烦您在订单中补充一个街道地址：订单发货前，您可以在“我的订单”中修改，也可以直接在这里回复街道地址，我们帮您更新。

我们会为您保留订单3天。如果届时还没有收到街道地址，我们将取消订单并全额退款。

卓知远
""", [], "dangerous goods: no PO Box, asks for a street address (JC4, JC11)", ["dangerous-goods", "address"])
free(L, "zh", """
易先生您好，

您未使用过的 Voltmere DT36 电池退货已经批准。锂电池不能使用普通退货标签，也不能送到代收点，所以我们在本消息中附上了一张预付的 UPS Ground 危险品退货标签。请这样打包寄回：

1. 把电池装回原包装盒，放好泡沫衬垫。盒子上已有第9类危险品标识，请不要遮住。
2. 用电工胶带或封箱胶带把金属触点贴住。
3. 把新标签贴在盒子顶部，并盖住原来的快递面单。
4. 交给 UPS 司机，或送到有工作人员的 UPS 客户中心。UPS Access Point 代收点和投递箱无法收件。

包裹到达我们仓库后，我们会在2个工作日内处理退款。

祁若澄
""", [], "dangerous goods: returning a lithium battery (JC4)", ["dangerous-goods", "return"])
free(L, "zh", """
范女士您好，

Crownfell Commute 头盔的退货今天已经到达我们的仓库，59.99美元已原路退回到您的付款方式，通常3到5个工作日内可以看到入账。这次是我们发货时拿错了颜色，所以退货运费由我们承担，不会从退款中扣除。

卓知远
""", [], "refund of a return", ["refund", "return"])
free(L, "zh", """
阎先生您好，

很抱歉您还没有收到包裹。USPS 显示包裹于昨天下午4点17分投递到了您家的信箱区。有时快递员会提前扫描，或者把包裹交给邻居、放在侧门，请您先在周围和邻居处找一找，再等到明天晚上看看。

同时，我们已经向 USPS 申请了投递调查。如果到周五包裹仍未出现，请在这里回复我们，我们会免费补发一支 Lumenhook R60 尾灯，或者为您退款，由您选择。

祁若澄
""", [], "delivery problem: marked delivered, not received (JC11)", ["delivery-problem"])
free(L, "zh", """
Cecilia 夏您好，

您的订单从我们的美国仓库发货，送往多伦多时需要经过加拿大海关清关。包裹入境时，加拿大边境服务局可能会征收 HST 和少量关税，承运商会在派送前或派送时连同报关手续费一起向您收取。这些费用由政府和承运商决定，不包含在亚马逊的售价中，我们也无法代为支付。

如果您不想支付这些费用，可以在派送时拒收包裹；包裹退回我们仓库后，我们会退还商品货款，但从加拿大退回的运费无法退还。

包裹目前由 UPS Standard 承运，运单号 1Z7W40B60329918842，预计6到8个工作日送达。

卓知远
""", [], "customs: Canadian taxes and brokerage (JC7)", ["customs"])
free(L, "zh", """
霍女士您好，

让您久等了，非常抱歉。受暴风雪影响，FedEx 在盐湖城的转运中心停运了两天，包括您这单 Gustline 打气筒在内的很多包裹都在排队等待转运。FedEx 目前预计周三送达，比原定时间晚三天。

如果周三之后还没有送到，请告诉我们，我们会从另一个仓库重新发货。

祝好，
祁若澄
""", [], "delivery problem: weather delay", ["delivery-problem"])
free(L, "zh", """
裴先生您好，

非常抱歉，您订的是哑光黑的 Crownfell Commute 头盔，我们却发了白色。黑色的新头盔今天已经通过 UPS 发出，运单号 1Z2P93C10384406617。白色那顶请用本消息附带的预付退货标签寄回，可以送到任何 UPS Access Point，不需要支付任何费用。

卓知远
""", [], "wrong colour sent, exchange (JC6)", ["wrong-item", "exchange"])
free(L, "zh", """
毛女士您好，

没问题，订单 112-6094281-3305718 在出库前已经为您取消，不会再发货。亚马逊已解除信用卡上的预授权，几天内这笔金额就会从账单上消失。

祁若澄
""", [], "cancellation before dispatch (JC6)", ["cancellation"])
free(L, "zh", """
欧阳先生您好，

谢谢您一直以来的支持，也恭喜您乔迁新居！我仔细看了一下订单 113-4471820-9926053，确保所有东西都能送到新地址。

这个订单会分成两个包裹。Lumenhook 车灯、Tollbar 折叠锁和 Crownfell 头盔一起从里诺仓库发出，走 UPS，预计周三送到。Voltmere RK48 电池则从斯帕克斯的电池仓库单独发货，因为电池必须作为危险品单独走陆运。电池包裹预计周五送到，需要本人签收。如果您白天上班不在家，UPS 会留下通知单，第二天再送一次；您也可以改到 UPS 客户中心自取。

两个包裹都会送到您在发货前更新的新地址。物流信息如果有任何异常，直接在这里回复我们就好。

搬家顺利！
卓知远
""", [], "split shipment and signature, long and chatty (JC2, JC4)", ["tracking", "dangerous-goods", "long"])
free(L, "zh", """
龙先生您好，

很抱歉，Voltmere DT36 电池的包装盒里本应有一个 VC-42A 充电器，是我们仓库打包时漏放了。充电器今天已经单独寄出，走 USPS，运单号 9400111205599213048826，预计3到4天送达。充电器里没有电池，可以走普通邮寄，所以会比电池快一些。您不需要退回任何东西。

祁若澄
""", [], "packing error: charger missing from the box, shipped separately (JC6)", ["missing-item"])

# --- Traditional Chinese
free(L, "zh", """
卜小姐 您好：

謝謝您的詢問。Voltmere RK48 電池單獨寄送時屬於危險物品（UN3480，第9類），貨運公司只接受陸運，無法空運，所以沒辦法升級成隔日到貨。

您的電池已經在今天下午由 UPS Ground 寄出，追蹤號碼 1Z5N71E80345563129，預計五個工作天送達。您可以在亞馬遜「您的訂單」裡查看配送進度。

涂念慈 敬上
""", [], "dangerous goods: ground only (JC4)", ["dangerous-goods"], trad=True)
free(L, "zh", """
杭先生 您好：

Tollbar Fold 90 折疊鎖的退貨已於今天上午送達我們的倉庫，89.99 美元已退回您原本的付款方式，大約三到五個工作天內會看到款項。因為是改變心意退貨，7.50 美元的退貨運費已依照退貨說明從退款中扣除。

龔宇恆 敬上
""", [], "refund of a return with the return shipping deducted", ["refund", "return"], trad=True)
free(L, "zh", """
溫小姐 您好：

謝謝您提供照片。外箱在運送途中明顯被壓壞了，這頂安全帽請先不要戴。我們今天已經寄出一頂新的 Crownfell Commute 安全帽（M號），追蹤號碼 1Z1C84G20356671893。損壞的那頂請在30天內使用本訊息附上的預付退貨標籤寄回，不需要任何費用。

造成您的不便，非常抱歉。
涂念慈 敬上
""", [], "damaged in transit: helmet replaced (JC5)", ["transit-damage"], trad=True)
free(L, "zh", """
喬先生 您好：

收到您的訊息時，包裹已經出貨，所以無法在亞馬遜上修改地址。我們已經請 FedEx 把包裹改送到您提供的新地址（Maple Crescent 27號），FedEx 已經確認，送達時間會比原本晚一天。如果改送不成功，包裹會退回我們這裡，我們會免費重新寄到正確的地址。

龔宇恆 敬上
""", [], "address: redirect after dispatch", ["address"], trad=True)
free(L, "zh", """
Vivian 駱 您好：

您的包裹從美國倉庫寄出，送到溫哥華前需要經過加拿大海關。入境時，加拿大邊境服務局可能會課徵 GST/PST 和少量關稅，貨運公司會在派送前或派送時連同報關手續費一併向您收取。這些費用由政府和貨運公司決定，不包含在亞馬遜的售價裡。

包裹目前由 UPS Standard 運送，追蹤號碼 1Z0D26H40371129508，預計六到八個工作天送達。

涂念慈 敬上
""", [], "customs: Canadian taxes (JC7)", ["customs"], trad=True)

# --- mixed
free(L, "mixed", """
Hi Mrs Kang,

Your Voltmere DT36 battery shipped today by UPS Ground, tracking 1Z6F39J70305578214, and should arrive next Tuesday. Batteries can only travel by ground, so this is the fastest option available.

康女士您好，

您的 Voltmere DT36 电池今天已通过 UPS Ground 发出，运单号 1Z6F39J70305578214，预计下周二送达。电池只能走陆运，这已经是最快的方式。

Noor Vantongeren / 祁若澄
""", [], "bilingual tracking update, dangerous goods ground only (JC4, JC13)", ["dangerous-goods", "bilingual"])
free(L, "mixed", """
Kelvin 您好，

你的 return 已经 approve 了，label 我们已经 attach 在这个 message 里。Gustline Floor 160 打气筒请装回原 box，drop off 到任何 UPS Access Point 就可以。我们 warehouse 收到之后，refund 会在2个 business days 内处理。

Thanks,
卓知远
""", [], "code-switched return instructions (JC13)", ["return", "code-switched"])
free(L, "mixed", """
Hi Mr Chuang,

We've received your returned Crownfell Ridge helmet and refunded $84.99 to your original payment method. It usually shows within 3 to 5 business days.

莊先生 您好：

Crownfell Ridge 安全帽的退貨已經收到，84.99 美元已退回您原本的付款方式，三到五個工作天內會入帳。

Ilse Marchetti / 龔宇恆
""", [], "bilingual refund of a return, Traditional script (JC13)", ["refund", "bilingual"], trad=True)
free(L, "mixed", """
Winnie 你好，

刚查了 tracking，UPS 显示 delivery exception，原因是 address 缺少 apartment number。麻烦你在这里回复一下完整的 unit 号码，我们马上通知 UPS 更新，明天会再派送一次。

祁若澄
""", [], "code-switched delivery exception, asks for the unit number (JC11, JC13)", ["delivery-problem", "address", "code-switched"])

# ==========================================================================
# 3a. Free non-logistics replies no template covers -> [template-required]
# ==========================================================================
N = "free-non-logistics"
free(N, "en", """
Hi Thaddeus,

Good question, and the honest answer is that it depends a lot on how you ride. With the Voltmere DT36 (504 Wh), most of our riders see somewhere between 40 and 90 km per charge. The biggest factors are the assist level, hills, the weight of rider and luggage, headwind, tyre pressure and temperature; in freezing weather, expect about a fifth less. If you mostly ride in eco mode on flat roads with properly pumped tyres, you'll be near the top of that range. Turbo mode up steep hills can bring it down to around 35 km.

Hope that helps with planning your commute,
Noor Vantongeren
""", TR, "advice: battery range estimate", ["advice", "battery"])
free(N, "en", """
Hi Saskia,

From your description, the first and last charge lights flashing together means the battery's management system has switched to protection mode. This usually happens when a battery has been left almost empty for a long time. Connect the original charger and leave it for at least 30 minutes, even if the charger light doesn't change at first; the cells normally recover and the flashing stops. If it's still flashing after an hour on the charger, please don't keep trying. Let us know, and we'll look at it with you.

Best,
Bastien Ekwueme
""", TR, "troubleshooting: battery protection mode after deep discharge", ["troubleshooting", "battery"])
free(N, "en", """
Hi Jarrah,

It sounds as if water got into the USB-C port when you hosed down the bike. The R60 is splash-proof, but a direct jet can push water past the rubber cover. Open the cover, shake out any water, and leave the light somewhere warm and dry, port facing down, for 24 hours. Then charge it fully before you try to switch it on. In most cases it works again once it's dry. Next time, a damp cloth or a gentle rinse from a watering can is safer than a hose.

Kind regards,
Ilse Marchetti
""", TR, "troubleshooting: rear light dead after washing", ["troubleshooting", "lights"])
free(N, "en", """
Hi Mr Osei-Barrow,

For overnight parking on a city street, no single lock is perfect, but a 16 mm U-lock like the Tollbar U16 is much harder to cut than a cable, and it's the one we'd rely on. Lock the frame and the rear wheel to something fixed that can't be lifted, such as a metal hoop set in concrete, and keep the lock off the ground so it can't be levered against the pavement. If your front wheel has a quick-release, take it with you. Leaving the bike in a lit spot with people passing also makes a real difference.

Best regards,
Gideon Takahashi-Bell
""", TR, "opinion and advice: locking a bike overnight; answers the buyer's own question, not cross-selling (JC10)",
     ["opinion", "locks"])
free(N, "en", """
Hi Wendell,

If the gauge on the Gustline Floor 160 shows only 20 to 30 psi while the tyre feels hard, the head is usually not sealing on the valve. With a Presta valve, unscrew the small tip fully and tap it once before you attach the head. Push the head all the way on, then flip the lever up; if it's only halfway down the valve, air escapes past the seal and the needle jumps. Also check that the valve core is tight, as a loose core lets air out while you pump. If it still reads low, tell us which valve type you have.

Kind regards,
Noor Vantongeren
""", TR, "troubleshooting: pump gauge reads low; the valve topic has only a Traditional Chinese template (JC9)",
     ["troubleshooting", "pumps", "other-language-template"])
free(N, "en", """
Hi Mr Fairbrother,

I'm glad you weren't badly hurt. Please replace the Crownfell Commute after this crash, even though the shell looks fine. The foam inside is designed to crush once to absorb an impact, and the damage is often invisible from the outside, so a helmet that has taken a hit won't protect you the same way a second time. The same goes for a helmet that has been dropped hard onto concrete.

Take care and heal well,
Bastien Ekwueme
""", TR, "safety advice: replace a helmet after a crash", ["advice", "helmets"])
free(N, "en", """
Hi Ingeborg,

A squeal right after fitting new pads usually has one of three causes: the pads haven't been bedded in yet, the rotor has picked up oil or grease, or the caliper isn't quite centred over the rotor. First, clean the rotor with isopropyl alcohol and a fresh paper towel. Then loosen the two caliper bolts, squeeze the brake lever, and tighten the bolts again while you hold the lever. If the pads have touched oil, they'll keep squealing and lose power, and the only cure is a new set.

Best,
Ilse Marchetti
""", TR, "troubleshooting: brake squeal after fitting pads (the fitting template does not cover it)",
     ["troubleshooting", "brakes", "topic-near-template"])
free(N, "en", """
Hi Cormac,

Yes, you can ride in the rain. The battery, the motor connector and the display are sealed against rain and road spray. What they don't like is standing water up to the hubs or a pressure washer. When you clean the bike, use a soft brush and a low-pressure hose, and keep the spray away from the battery contacts and the charging port. After a very wet ride, take the battery off and let the contacts dry before you put it on charge.

Kind regards,
Gideon Takahashi-Bell
""", TR, "advice: riding and washing an e-bike in the rain", ["advice", "battery"])
free(N, "en", """
Hi Mrs Oduwole,

That's normal. The VC-54B charger has a small fan that starts when it gets warm, and the case can feel quite hot during the first hour of charging. The fan may keep running for a few minutes after the light turns green. What isn't normal is a burning smell, a clicking relay, or a fan that runs with no battery connected; if you notice any of those, unplug the charger and tell us.

Best regards,
Noor Vantongeren
""", TR, "troubleshooting: charger fan and heat", ["troubleshooting", "battery"])
free(N, "en", """
Hi Philippa,

A stiff key in cold weather usually means moisture has frozen inside the cylinder. Warm the key in your hand and push it in gently; never force it. Once the lock is open, puff a little dry graphite powder or a PTFE-based lock spray into the keyway and work the key in and out a few times. Avoid thick oils, as they pick up grit and turn sticky in the cold. A plastic bag over the lock when the bike stays outside overnight keeps most of the water out.

Kind regards,
Bastien Ekwueme
""", TR, "troubleshooting: frozen lock cylinder", ["troubleshooting", "locks"])
free(N, "en", """
Hi Ravindra,

For 2.2-inch tyres on an e-bike carrying you and a loaded rear rack, we'd start at about 35 psi in the rear and 30 psi in the front, then adjust from there. E-bikes are heavier than ordinary bikes, so tyres that are too soft make pinch flats more likely and cost range. Never go above the maximum printed on the tyre sidewall. Go a little higher for smooth tarmac and a little lower for gravel or wet roads, and check them weekly, as tyres lose a few psi over time.

Best,
Gideon Takahashi-Bell
""", TR, "advice: tyre pressure for an e-bike", ["advice", "pumps"])
free(N, "en", """
Hi Evangeline,

Now that you've had the Lumenhook F900 for a couple of weeks, we'd be grateful if you could tell other riders what you think of it in a review on its Amazon page, whether your experience has been good or bad. It only takes a minute, and real experiences are what people look for.

Thanks,
Ilse Marchetti
""", TR, "neutral review request in the agent's own words, not the approved wording; only request for the order, no praise in the thread (JC8)",
     ["review-request", "own-wording"])
free(N, "en", """
Hi Magnus,

For gravel paths at night, the F900's 900 lumens is plenty up to about 25 km/h. Above that you start to out-ride the beam: by the time you see a rut, it's already close. On twisty sections it also helps to slow down a little, because the beam points where the handlebar points, not where you are looking.

Best regards,
Noor Vantongeren
""", TR, "opinion: is the light bright enough for night gravel riding", ["opinion", "lights"])

free(N, "zh", """
付先生您好，

冬天续航变短是正常的。锂电池在低温下能放出的电量会减少，气温在0摄氏度左右时，续航通常会比夏天少两到三成。建议把电池放在室内，出门前再装到车上；骑行时尽量用较低的助力档位，胎压也要按轮胎侧面的标示打足。等天气回暖，续航就会恢复。

祁若澄
""", TR, "advice: winter range drop", ["advice", "battery"])
free(N, "zh", """
严女士您好，

充电器一直亮红灯、过了十个小时还不变绿，通常有几种可能：插头没有插到底；电池的充电口有灰尘或水汽；或者电池温度过低或过高，进入了保护状态。请先拔下充电器，用干布清洁充电口，让电池在室温下放置一小时，再重新连接。如果还是一样，请告诉我们充电器上的型号和电池侧面电量灯的显示，我们帮您进一步判断。

卓知远
""", TR, "troubleshooting: charger light stays red", ["troubleshooting", "battery"])
free(N, "zh", """
段先生您好，

Crownfell 头盔的内衬可以拆下来，用温水和少量中性洗衣液手洗，洗完后轻轻挤出水分，放在阴凉处自然晾干，不要用吹风机或放在暖气上烘。外壳用湿布擦拭即可，不要使用酒精、汽油或其他溶剂，这些会损伤头盔的泡沫层。头盔也不要长时间放在车里或阳光直射的地方，高温会让泡沫老化。

祁若澄
""", TR, "advice: cleaning a helmet", ["advice", "helmets"])
free(N, "zh", """
柴先生您好，

新刹车片装好后一刹车就尖叫，多半是下面三个原因之一：还没磨合；碟片沾了油；卡钳没有对正碟片。您可以先用异丙醇和干净的纸巾把碟片擦一遍，再把卡钳的两颗固定螺丝拧松，捏住刹车把手不放，同时把螺丝重新拧紧。要是刹车片已经沾过油，它会一直响，刹车力也会变差，只能换新的。

卓知远
""", TR, "troubleshooting: brake squeal (the fitting template does not cover it)", ["troubleshooting", "brakes", "topic-near-template"])
free(N, "zh", """
凌女士您好，

Tollbar U16 附带一张钥匙卡，卡上印有一个五位数的钥匙编号。如果您还保留着这张卡，请在本消息中把编号告诉我们，我们可以按编号为您配新钥匙。如果卡也找不到了，很遗憾，出于安全原因，我们无法仅凭订单信息配钥匙，只能请锁匠把锁打开。以后建议给钥匙卡拍张照片存在手机里。

祁若澄
""", TR, "advice: lost lock keys", ["advice", "locks"])
free(N, "zh", """
姚先生您好，

如果只是在公司楼下停半天，而且那里有保安和监控，Tollbar Fold 90 折叠锁就够用了，重量轻，可以挂在车架上。如果要在街边过夜，或者车比较贵，我们更建议用 U16 这种16毫米锁梁的U型锁，剪断的难度要高得多。无论用哪一种，都尽量把车架和后轮一起锁在固定的金属架上。

卓知远
""", TR, "opinion: which of two locks to buy, answering the buyer's own comparison question (JC10)", ["opinion", "locks"])

free(N, "zh", """
應小姐 您好：

量頭圍時，請用布尺繞過額頭最寬處和後腦，量出來的公分數就是您的頭圍。Crownfell Commute 的 S 號適合51到55公分，M 號適合55到59公分。您量到55公分，剛好在兩個尺寸的交界，依照我們的經驗，戴 S 號再把後方旋鈕放鬆一點會比較服貼；如果您習慣綁馬尾，M 號會比較舒服。

涂念慈 敬上
""", TR, "advice: helmet sizing in own Traditional wording; sizing templates exist only in English and Simplified (JC9)",
     ["advice", "helmets", "other-language-template"], trad=True)
free(N, "zh", """
阮先生 您好：

Lumenhook F900 有防潑水設計，一般下雨騎車沒有問題。要注意的是，充電孔的橡膠蓋一定要蓋緊，雨天騎完後先把燈擦乾，等充電孔完全乾了再充電。如果燈殼裡面起霧，把燈拆下來放在乾燥的室內，打開橡膠蓋放一個晚上，霧氣通常就會散掉。

龔宇恆 敬上
""", TR, "advice: front light in the rain", ["advice", "lights"], trad=True)
free(N, "zh", """
侯先生 您好：

儀表顯示「E07」代表電池和控制器之間的通訊中斷，多半是電池沒有完全卡進底座。請先關機，把電池拔下來，檢查底座的金屬接點有沒有髒污或彎曲，用乾布擦乾淨後重新裝上，聽到「喀」一聲並用鑰匙鎖好，再開機試試看。如果還是出現 E07，請拍一張接點的照片回覆給我們。

涂念慈 敬上
""", TR, "troubleshooting: display error E07, battery not seated; E07 is not a discount code (JC11)",
     ["troubleshooting", "battery"], trad=True)

free(N, "mixed", """
Brian 你好，

你说的情况应该是 battery 的 BMS 进入了 sleep mode，长时间没充电的电池会这样。先接上原装 charger 充30分钟，不要管灯有没有变化，大部分情况下电池会自己 wake up。如果一个小时后还是没反应，先别反复插拔，告诉我们 battery 侧面的 LED 怎么闪，我们再帮你看。

卓知远
""", TR, "troubleshooting, code-switched: battery sleep mode (JC13)", ["troubleshooting", "battery", "code-switched"])

# ==========================================================================
# 3b. Template content rewritten in other words -> [template-required]
# ==========================================================================
R = "rewritten"
free(R, "en", """
Hi Ottilie,

Since the bike will sit in the shed until spring, bring the Voltmere DT36 indoors and park it with roughly half its charge; two or three lights on the gauge is about right. A cupboard in a heated room works well, as long as it isn't next to a radiator. Once a month, press the gauge button, and if you're down to a single light, give it an hour or so on the charger. Storing it completely flat, or leaving it plugged in for weeks, are the two things that shorten its life most.

Best,
Noor Vantongeren
""", TR, "own-words version of en/battery/storage-care (same facts) (JC12)", ["battery"])
free(R, "en", """
Hi Dominik,

Stick with the VC-42A that came in the box, charge indoors somewhere between 10 and 30 °C, and give the battery half an hour to cool after a ride. Red means charging and green means full, so unplug it when it turns green. Topping up after short rides is fine.

Gideon Takahashi-Bell
""", TR, "short own-words version of en/battery/charging (JC12)", ["battery"])
free(R, "en", """
Hi Mrs Whitlock,

The faceplate bolts on the Ridgeline stem want 5 Nm each, no more. Put a little grease on the threads first, then go round the four bolts in a cross pattern, a quarter turn at a time, so the gaps above and below the bar stay even. A click-type torque wrench or a preset 5 Nm torque key takes the guesswork out of it. Give them a quick re-check after your first ride.

Kind regards,
Ilse Marchetti
""", TR, "own-words version of en/mechanics/torque-settings (JC12)", ["mechanics"])
free(R, "en", """
Hi Benedikt,

Fitting the new pads takes about ten minutes. With the wheel off, pull the clip and slide out the pin, and the old pads and spring will drop out of the caliper. Lever the pistons back gently with a plastic tyre lever, sandwich the spring between the new pads and push them in until the pin goes through. Refit the pin and clip, put the wheel back in, and pump the lever until it firms up. Before your first real ride, do a dozen or so hard stops from jogging speed to bed them in, and keep oily fingers off the pads and rotor.

Best,
Bastien Ekwueme
""", TR, "own-words version of en/brakes/pad-fitting (JC12)", ["brakes"])
free(R, "en", """
Hi Araceli,

Grab a soft tape measure and wrap it around your head just above your eyebrows and over the bump at the back. The Crownfell Commute comes in S (51-55 cm), M (55-59 cm) and L (59-63 cm), so pick the one your number falls in. If you land right on a boundary, the smaller size with the dial loosened tends to feel more secure. Once it's on, it shouldn't wobble when you shake your head, and the chin strap should leave room for two fingers.

Noor Vantongeren
""", TR, "own-words version of en/helmets/sizing (JC12)", ["helmets"])
free(R, "en", """
Dear Mr Quarrington,

Sorry to hear the Tollbar U16 has started to jam. It has a two-year warranty from delivery, so you're well within it. To get things moving, send us a couple of photos of the lock, a short clip of the key catching, and a line on when it began, right here in this thread. Our team will look at it and get back to you within two business days. Damage from an attempted break-in or a fall isn't covered.

Kind regards,
Gideon Takahashi-Bell
""", TR, "own-words version of en/warranty/claim without case or order id (JC12)", ["warranty"])
free(R, "en", """
Hi Giacomo,

That's not good enough, and I'm sorry. A brand-new F900 shouldn't have a cracked lens. I've passed your photos to our quality team so they can check the other lights from the same batch. A new lens assembly is already on its way at no charge, and you can keep or recycle the cracked one.

Apologies again,
Bastien Ekwueme
""", TR, "own-words version of en/defect/apology (JC12)", ["defect"])
free(R, "zh", """
左先生您好，

充电请用盒子里那个 VC-54B 原装充电器，在室内温度适中的地方充。刚骑完车电池会发热，放半小时再充比较好。红灯是正在充，变绿就是充满了，充满后拔掉就行。平时骑一小段也可以随时补电，不用等电用完。

祁若澄
""", TR, "own-words version of zh/battery/charging (JC12)", ["battery"])
free(R, "zh", """
董先生您好，

Ridgeline 把立前盖的四颗螺丝，每颗拧到5牛·米就可以了，别再多。螺纹上先抹一点黄油，然后按对角线的顺序，每次拧四分之一圈，四颗轮流上紧，让上下缝隙一样宽。有扭力扳手或者5牛·米的定扭扳手最好，骑完第一趟回来再复查一遍。

卓知远
""", TR, "own-words version of zh/mechanics/torque (JC12)", ["mechanics"])
free(R, "zh", """
翁先生您好，

换刹车片大概十分钟就能搞定。先拆下车轮，拔掉卡簧和插销，旧片和弹片就能取出来。用塑料撬胎棒轻轻把活塞压回去，把弹片夹在两片新片中间，一起推进卡钳，让插销能穿过去。装回插销和卡簧、装上车轮，多捏几次刹车，直到手感变实。正式骑之前，从慢跑的速度用力刹停十几次来磨合；手上有油的话，别碰刹车片和碟片。

祁若澄
""", TR, "own-words version of zh/brakes/pad-fitting (JC12)", ["brakes"])
free(R, "zh", """
邹女士您好，

您的 Crownfell Commute 头盔已经用了一段时间，如果方便，欢迎在亚马逊这款头盔的页面下写几句真实的使用感受，好的坏的都可以。其他骑友挑头盔时，很看重这样的真实分享。

谢谢！
卓知远
""", TR, "neutral review request in own words, not the approved wording; only request for the order (JC8, JC12)",
     ["review-request", "own-wording"])
free(R, "zh", """
沙先生 您好：

冬天不騎車的時候，請把 Voltmere DT36 電池拿進室內，電量留在一半左右，電量燈亮兩三格就剛好。放在有暖氣的房間的櫃子裡很理想，只要別緊貼暖氣就好。每個月按一下電量鍵看看，如果只剩一格，就充電一小時左右。最傷電池的兩件事，是完全沒電放著，以及連續好幾週插著充電器。

龔宇恆 敬上
""", TR, "own-words version of zh-tw/battery/storage (JC12)", ["battery"], trad=True)
free(R, "zh", """
杜小姐 您好：

用 Gustline Floor 160 打法式氣嘴時，先把氣嘴頂端的小螺帽轉開，按一下放點氣，再把打氣頭整個壓到底、扳起扳扣。打到輪胎側邊標示的範圍就停，錶上最高160 psi，但胎壓千萬別超過輪胎的上限。打完先放下扳扣，再直直拔出打氣頭，最後把小螺帽鎖回去。

涂念慈 敬上
""", TR, "own-words version of zh-tw/pumps/valve (JC12)", ["pumps"], trad=True)

# ==========================================================================
# 3c. Logistics replies that also give product advice -> [template-required]
# ==========================================================================
M = "mixed-logistics"
free(M, "en", """
Hi Leontyne,

Your Voltmere DT36 battery left our warehouse today by UPS Ground, tracking 1Z3Q64L10397730452, and should arrive on Wednesday; batteries can only travel by ground, so there's no faster option. Before your first ride, charge it fully on the VC-42A charger, which takes about 7 hours, and keep the first ride short so you get a feel for how quickly each assist level uses the battery.

Best,
Noor Vantongeren
""", TR, "tracking (logistics) + first-charge and first-ride advice (not logistics) (JC4)", ["dangerous-goods", "advice"])
free(M, "en", """
Hi Sebastiano,

Of course you can return the Lumenhook F900; you're within 30 days. Start the return under Your Orders and choose 'Defective', and the label will be free. Before you send it, though, one quick check may save you the trouble: a flicker when you ride over bumps is almost always a slightly loose bar clamp, so the light rocks and the contacts inside the switch tap. Tighten the clamp thumb-screw by another half turn and see if the flicker stops.

Kind regards,
Gideon Takahashi-Bell
""", TR, "return instructions + troubleshooting the flicker", ["return", "troubleshooting"])
free(M, "en", """
Hi Margarethe,

Sorry, your Bitepoint pads are stuck in a UPS delay after the flooding near Sacramento; the new estimate is Monday. Until they arrive, you can keep riding on the old pads as long as there's at least 1 mm of pad material left on the backing plate. If you hear metal grinding on metal, stop riding until the new set is fitted, or the rotor will be damaged too.

Best regards,
Ilse Marchetti
""", TR, "delay notice + pad wear advice", ["delivery-problem", "brakes"])
free(M, "en", """
Hi Étienne,

The charger and battery will clear Canadian customs on the way, and UPS will collect GST/QST and their brokerage fee before delivery; we can't prepay these from the US. Tracking is 1Z8B17M40326614097. As for your other question: yes, the VC-42A charger accepts 100 to 240 V, so it works on Canadian sockets without an adapter, and you can charge the battery as soon as it arrives.

Kind regards,
Bastien Ekwueme
""", TR, "customs (logistics) + charger voltage compatibility (product information) (JC7)", ["customs", "battery"])
free(M, "en", """
Hi Ms Ferrante,

To swap the Crownfell Ridge helmet for a bigger size, start a return for the S/M under Your Orders with the reason 'Wrong size', and order the M/L. Looking at your measurement of 56.5 cm, the M/L will indeed suit you better: 56.5 is at the very top of the S/M range, and with the dial fully open the S/M would sit high on your head. The M/L also leaves room for a thin winter cap.

Best wishes,
Noor Vantongeren
""", TR, "size exchange procedure + sizing advice (compare the exchange-only reply in logistics) (JC10)", ["exchange", "helmets"])
free(M, "en", """
Hi Hiroshi,

The rubber strap for your Lumenhook R60 rear light should have been in the box, and it wasn't; sorry about that. A new strap is on its way by USPS First-Class, tracking 9400128205530917462281, arriving in 3 to 4 days. Until then, you can fix the light to the seatpost with two zip ties through the slots on the back of the bracket; pull them tight so the light points straight back and doesn't droop.

Best,
Gideon Takahashi-Bell
""", TR, "missing part shipped (logistics) + a temporary mounting tip (JC6)", ["missing-item", "lights"])
free(M, "en", """
Hi Horatio,

We've received the Tollbar Link 110 chain lock and refunded $74.99 to your card; expect it within 3 to 5 business days. For what it's worth, a U-lock is a sensible choice for a daily commute: the chain is excellent for locking two bikes together, but at 2.4 kg it's a lot to carry every day, and a U-lock on a frame bracket is far handier.

Kind regards,
Ilse Marchetti
""", TR, "refund of a return + opinion on lock choice (no product offered, so not marketing) (JC10)", ["refund", "opinion"])
free(M, "en", """
Hi Mr Kowalczyk-Reid,

The return of your unused Voltmere RK48 battery is approved, and the prepaid UPS Ground dangerous-goods label is attached to this message. Please tape over the contacts, pack it in the original box and hand it to a UPS driver or at a staffed UPS Customer Center. If it will sit at home for a few weeks before it goes, charge it to about half first, as lithium cells age fastest when they are left full or empty.

Regards,
Bastien Ekwueme
""", TR, "dangerous-goods return (logistics) + storage-charge advice (battery care, not a shipping rule) (JC4)",
     ["dangerous-goods", "return", "battery"])
free(M, "zh", """
韦先生您好，

您的 Voltmere RK48 电池今天已通过 UPS Ground 发出，运单号 1Z4A52N70319046628，周四应该能到。电池只能走陆运，所以没有更快的选项。电池到手后，建议先用原装充电器充满再骑；第一次可以用低档助力短途试骑，熟悉一下各档位的耗电情况。

祁若澄
""", TR, "tracking + first-charge advice (JC4)", ["dangerous-goods", "advice"])
free(M, "zh", """
薛先生您好，

退回的那套 Bitepoint BP-R07 刹车片我们已经收到，并已原路退款12.99美元，3到5个工作日内到账。您另外问到新换的 BP-S07 金属烧结片刹车力不够：这是因为还没有磨合好，找一段平路，以中等速度用力刹停二十次左右，刹车力就会明显提升。

卓知远
""", TR, "refund of a return + bedding-in advice", ["refund", "brakes"])
free(M, "zh", """
贺女士您好，

抱歉通知您，您订的 Crownfell Kids 头盔因为 FedEx 转运中心积压，预计要晚两天，周五送达。您问到孩子头围50厘米该选哪个码：XS码是48到52厘米，50厘米正好在中间，调节旋钮还有余量，戴两三年没有问题，所以您选的XS码是合适的。

祁若澄
""", TR, "delay notice + helmet size advice", ["delivery-problem", "helmets"])
free(M, "zh", """
孔先生您好，

您的包裹已经发往温哥华，入境加拿大时承运商会向您收取 GST/PST 和报关手续费，这些费用我们无法在美国预付。运单号 1Z9G04P20338175506。另外，VC-54B 充电器支持100到240伏电压，在加拿大可以直接插墙上的插座使用，不需要转换器。

卓知远
""", TR, "customs + charger voltage (JC7)", ["customs", "battery"])
free(M, "zh", """
石先生 您好：

您的 Voltmere DT36 電池退貨已經核准，預付的 UPS Ground 危險物品退貨標籤附在本訊息中。請用膠帶貼住金屬接點，裝回原包裝盒，交給 UPS 司機或有人員服務的 UPS 門市。如果要過幾週才寄出，建議先把電量充到一半左右再放著，電池長期滿電或沒電都會加速老化。

龔宇恆 敬上
""", TR, "dangerous-goods return + storage-charge advice (JC4)", ["dangerous-goods", "return", "battery"], trad=True)
free(M, "zh", """
童小姐 您好：

很抱歉，Lumenhook F900 的橡膠墊片漏裝了，新的墊片今天已經用 USPS 寄出，追蹤號碼 9400137205581264093318，大約三到四天送達。墊片寄到之前，燈座可能會稍微滑動，建議騎車時先用低亮度的恆亮模式，並把燈頭稍微往下調，避免晃動時照到對向來車。

涂念慈 敬上
""", TR, "missing part shipped + light-use advice (JC6)", ["missing-item", "lights"], trad=True)
free(M, "mixed", """
Hi Mr Lan,

Your Gustline Floor 160 pump shipped today by UPS, tracking 1Z2X95R80341507763. A quick tip for your road bike: with 28 mm tyres, around 70 to 80 psi is a comfortable pressure for most riders.

蓝先生您好，

您的 Gustline Floor 160 打气筒今天已通过 UPS 发出，运单号 1Z2X95R80341507763。顺便提一下：公路车用28毫米的轮胎，大多数人打到70到80 psi 会比较舒适。

Noor Vantongeren / 卓知远
""", TR, "bilingual tracking + tyre pressure tip (JC13)", ["tracking", "pumps", "bilingual"])

# ==========================================================================
# 4. Template fill plus one extra non-logistics sentence -> [template-required]
# ==========================================================================
X = "fill-plus-extra"


def fill_extra(tid, vals, anchor, sentence, note, before=True, sep=" "):
    """Fill tid and put one extra sentence next to `anchor` (before it, or after it)."""
    new = (sentence + sep + anchor) if before else (anchor + sep + sentence)
    fill(tid, vals, note + " (JC1)", edits=[(anchor, new)], cat=X, labels=TR, extra=sentence)


fill_extra("en/battery/storage-care", dict(buyer_name="Ruairi", product="Voltmere DT36 battery", cycle_count="800",
           agent_name="Gideon Takahashi-Bell"),
           "Cared for this way,",
           "If your garage drops below freezing, bring the battery inside but leave the bike where it is; the motor and frame don't mind the cold.",
           "extra storage tip about the bike in a cold garage", sep="\n\n")
fill_extra("en/battery/charging", dict(buyer_name="Yevgenia", product="Voltmere RK48 battery",
           charger_model="Voltmere VC-54B, 54.6 V 3 A", charge_hours="5", agent_name="Ilse Marchetti"),
           "there is no need to run it empty first.",
           "On days when you only commute, stopping the charge at around 80 percent is gentler on the cells.",
           "extra tip on partial charging", before=False)
fill_extra("en/mechanics/torque-settings", dict(buyer_name="Lucan", component="two steerer clamp bolts",
           product="Quenby Ridgeline 110 mm alloy stem", torque_value="6 Nm per bolt", agent_name="Noor Vantongeren"),
           "Over-tightening can crack clamps",
           "On titanium bolts, use anti-seize paste instead of grease.",
           "extra tip on titanium bolts", sep="\n\n")
fill_extra("en/brakes/pad-fitting", dict(buyer_name="Mrs Nakamura-Reyes", pad_model="Bitepoint BP-R07 resin",
           caliper="Tessane T2 two-piston", agent_name="Bastien Ekwueme"),
           "Contaminated pads lose grip and cannot be cleaned.",
           "If the lever still feels spongy after bedding in, the brake probably needs bleeding, which is a separate job from the pads.",
           "extra diagnosis of a spongy lever", before=False)
fill_extra("en/helmets/sizing", dict(buyer_name="Delphine", product="Crownfell Commute helmet",
           size_chart="S 51-55 cm, M 55-59 cm, L 59-63 cm", agent_name="Gideon Takahashi-Bell"),
           "- If you are between two sizes,",
           "- If you wear a thermal cap under the helmet in winter, measure with the cap on.",
           "extra bullet about measuring with a winter cap", sep="\n")
fill_extra("en/warranty/claim", dict(buyer_name="Mr Quaresma", product="Lumenhook F1500 front light",
           warranty_period="two years", case_id="QSV-W-250407", order_id="111-5820394-7716250",
           agent_name="Bastien Ekwueme"),
           "Expect our answer with the next steps within two business days of your photos arriving.",
           "In the meantime, the light still runs from a USB power bank through its charging cable, so you are not left without a front light.",
           "extra workaround advice while the claim is open", before=False, sep="\n\n")
fill_extra("en/compatibility/fit-check", dict(buyer_name="Soren", part="Lumenhook BM-1 handlebar mount",
           part_number="LH-BM1", product="Lumenhook F900 and F1500 front lights",
           check_point="the round part of your handlebar next to the stem should measure between 22.2 and 35 mm across",
           agent_name="Ilse Marchetti"),
           "If it matches, the part will fit without adapters.",
           "The rubber shim also lets the mount sit on an aero handlebar, although the light will then point slightly to one side.",
           "extra fitting advice for aero bars", before=False)
fill_extra("en/defect/apology", dict(buyer_name="Mr Aldana", part="mounting clamp", product="Lumenhook F1500 front light",
           agent_name="Noor Vantongeren"),
           "Again, please accept our apologies.",
           "Until the new clamp arrives, a strip of old inner tube wrapped around the bar under the clamp will stop the light from slipping.",
           "extra temporary-fix advice", sep="\n\n")

fill_extra("zh/battery/charging", dict(buyer_name="邵先生", product="Voltmere DT36 下管电池",
           charger_model="Voltmere VC-42A", charge_hours="6到7", agent_name="卓知远"),
           "3. 先把充电器插到墙上的插座，再连接电池。",
           "冬天从室外骑回来时电池温度很低，先在室内放一小时回温再充，对电芯更好。",
           "extra tip on charging after a cold ride", before=False, sep="\n")
fill_extra("zh/mechanics/torque", dict(buyer_name="华先生", product="Quenby Ridgeline 70mm 铝合金把立",
           component="车把夹的四颗螺丝", torque_value="每颗5.5牛·米", agent_name="祁若澄"),
           "拧得过紧可能会夹裂把立或车把，请不要凭手感估计。",
           "拧好后可以用记号笔在螺丝头和把立上画一条线，骑行中一眼就能看出螺丝有没有松动。",
           "extra tip: paint-pen witness marks", before=False, sep="\n\n")
fill_extra("zh/helmets/sizing", dict(buyer_name="麦女士", product="Crownfell Commute 通勤头盔",
           size_chart="S码51–55厘米，M码55–59厘米，L码59–63厘米", agent_name="祁若澄"),
           "祝骑行平安，",
           "另外，头盔的泡沫层会随时间老化，即使没有摔过，也建议每三到五年更换一次。",
           "extra advice on helmet lifespan", sep="\n\n")
fill_extra("zh/warranty/claim", dict(buyer_name="陆先生", product="Tollbar Fold 90 折叠锁", warranty_period="两年",
           order_id="113-7205846-1198734", case_id="QSV-W-250412", agent_name="卓知远"),
           "照片到达后两个工作日内，我们会告诉您下一步怎么处理。",
           "在有处理结果之前，建议您先不要继续上锁使用，以免锁芯完全卡死打不开。",
           "extra usage advice while the claim is open", before=False, sep="")

fill_extra("zh-tw/battery/storage", dict(buyer_name="游先生", product="Voltmere RK48 後貨架電池", cycle_count="700",
           agent_name="涂念慈"),
           "照這樣保養，",
           "如果要長時間存放，也可以把電池放進防火收納袋裡，多一層保護。",
           "extra storage tip: fire-resistant bag", sep="\n\n")
fill_extra("zh-tw/pumps/valve", dict(buyer_name="簡小姐", product="Gustline Floor 160 落地打氣筒",
           pressure_range="公路車 80–110 psi", max_pressure="160 psi（11 bar）", agent_name="龔宇恆"),
           "錶頭的最大刻度是",
           "如果法式氣嘴的氣嘴芯鬆了，打氣時會一直漏氣，可以用氣嘴芯扳手把它鎖緊。",
           "extra troubleshooting tip: loose valve core", sep="\n\n")
fill_extra("zh-tw/defect/apology", dict(buyer_name="樊先生", product="Lumenhook R60 尾燈", part="燈座卡扣",
           agent_name="涂念慈"),
           "這次給您添了麻煩，真的很抱歉。",
           "新零件寄到之前，可以先用束帶把尾燈固定在座管上。",
           "extra temporary-fix advice", sep="\n\n")

# ==========================================================================
# 5. Replies that break a content policy
# ==========================================================================
V = "violating"
fill("en/review/neutral-request", dict(buyer_name="Mr Delgado-Finch", product="Crownfell Commute helmet",
     order_id="112-9047316-2850471", agent_name="Noor Vantongeren"),
     "neutral sentence swapped for a five-star request (JC3)",
     edits=[("would you consider writing a review on Amazon about your experience? Your honest view helps other riders decide what suits them.",
             "would you consider leaving a 5-star review on Amazon? A top rating helps small shops like ours stand out.")],
     cat=V, labels=["review-inducement"] + TR, tags=["template-based"])
free(V, "en", """
Hi Marcus,

Thanks for sticking with us through the delay on your Gustline pump. As a thank-you, we'd like to send you a $15 Amazon gift card once you post a review of the pump. Just reply here with a screenshot of your review and we'll send the code the same day.

Best,
Gideon Takahashi-Bell
""", ["review-inducement"] + TR, "gift card offered for a review (JC3)", ["free-written"])
fill("en/warranty/claim", dict(buyer_name="Ms Moorcroft", product="Tollbar U16 U-lock", warranty_period="two years",
     case_id="QSV-W-250428", order_id="114-5538201-6093742", agent_name="Ilse Marchetti"),
     "evidence to be e-mailed to an outside address instead of this thread (JC3)",
     edits=[("sent as a reply here in the Amazon message thread:", "sent by e-mail to warranty@quenbyvolt.shop:")],
     cat=V, labels=["off-platform-contact"] + TR, tags=["template-based"])
free(V, "en", """
Hi Thelonius,

The freight driver for your two Voltmere batteries needs a delivery window, as the shipment has to be signed for. The quickest way to set it up is to message our dispatch coordinator, Rafferty, on WhatsApp at +1 775 555 0148 and tell him which afternoon suits you.

Best,
Bastien Ekwueme
""", ["off-platform-contact"], "delivery scheduling moved to WhatsApp and a phone number; the topic stays logistics (JC3)", ["free-written"])
free(V, "en", """
Hi Mrs Gallagher-Moss,

Your Tollbar folding lock is held up at the FedEx hub in Reno and should now arrive on Thursday, two days late. To make up for the wait, here's a code for 20 percent off your next order in our store: SORRY20. It works on everything, including the new Lumenhook F1500.

Kind regards,
Ilse Marchetti
""", ["marketing"] + TR, "delay notice plus a discount code for a future order and a product plug (JC3)", ["free-written"])
fill("en/battery/charging", dict(buyer_name="Anatole", product="Voltmere DT36 battery",
     charger_model="Voltmere VC-42A", charge_hours="7", agent_name="Noor Vantongeren"),
     "P.S. announcing a new battery and a launch offer (JC3)",
     edits=[("Kind regards,\nNoor Vantongeren",
             "Kind regards,\nNoor Vantongeren\n\nP.S. Our new Voltmere DT52 battery with 20 percent more range launches next week, and early buyers get a free charger bag.")],
     cat=V, labels=["marketing"] + TR, tags=["template-based"])
free(V, "en", """
Hi Cressida,

Glad the helmet arrived in time for your trip! If you're enjoying it, we'd love a review on Amazon. If anything isn't perfect, please message us here first instead of leaving a review, and we'll put it right.

Best,
Noor Vantongeren
""", ["review-inducement"] + TR, "review gating: review only if happy, otherwise contact us first (JC3)", ["free-written"])
free(V, "en", """
Hi Mr Abiodun,

Your order shipped today in two parcels. Amazon only shows the first tracking number, so you can follow both at ridequenby.com/track with order number 113-6620491-8837145.

Kind regards,
Gideon Takahashi-Bell
""", ["off-platform-contact"], "tracking pointed to the seller's own site; the topic stays logistics (JC3)", ["free-written"])

fill("zh/review/neutral-request", dict(buyer_name="鲁先生", product="Lumenhook F900 前灯",
     order_id="111-2864095-7730168", agent_name="祁若澄"),
     "好评返现 sentence added after the neutral request (JC3)",
     edits=[("您真实的看法可以帮助其他骑友做出合适的选择。",
             "您真实的看法可以帮助其他骑友做出合适的选择。晒图五星好评后把截图发给我们，可返现5美元。")],
     cat=V, labels=["review-inducement"] + TR, tags=["template-based"])
free(V, "zh", """
卢先生您好，

退货标签我们会通过微信发给您，请加客服微信 quenby_cs88，备注一下订单号即可。收到退货后我们会马上退款。

卓知远
""", ["off-platform-contact"], "return label moved to WeChat; the topic stays logistics (JC3)", ["free-written"])
fill("zh/mechanics/torque", dict(buyer_name="任先生", product="Quenby Ridgeline 90mm 铝合金把立",
     component="前盖的四颗螺丝", torque_value="每颗5牛·米", agent_name="卓知远"),
     "cross-sell of a new torque key with a discount code (JC3)",
     edits=[("祝好，", "顺便推荐我们新上架的 Quenby TK-6 定扭扳手，下单时输入优惠码 TORQUE10 可享九折。\n\n祝好，")],
     cat=V, labels=["marketing"] + TR, tags=["template-based"])
free(V, "zh", """
庞先生您好，

退款已经处理好了，3到5个工作日内到账。既然问题已经解决，麻烦您把之前给的一星差评改一下或者删掉，非常感谢！

祁若澄
""", ["review-inducement"] + TR, "refund of a return (logistics) plus a request to change or delete a one-star review (JC3)", ["free-written"])
fill("zh-tw/defect/apology", dict(buyer_name="戚小姐", product="Lumenhook F900 前燈", part="把手夾座",
     agent_name="龔宇恆"),
     "invitation to a LINE account added before the last apology (JC3)",
     edits=[("這次給您添了麻煩，真的很抱歉。", "之後如果還有任何問題，歡迎直接加我們的 LINE 官方帳號 @quenbytw，回覆會比較快。\n\n這次給您添了麻煩，真的很抱歉。")],
     cat=V, labels=["off-platform-contact"] + TR, tags=["template-based"])
free(V, "zh", """
白小姐 您好：

安全帽的退貨已經收到，退款也已經處理好了。歡迎追蹤我們的 Instagram @quenby.rides，下週全館週年慶七折！

涂念慈 敬上
""", ["marketing", "off-platform-contact"] + TR, "refund of a return plus a social handle and a store-wide sale (JC3)", ["free-written"], trad=True)
free(V, "mixed", """
Hi Mr Miao,

Your replacement charger was delivered today. If everything works, please leave us a 5-star review!

苗先生您好，替换的充电器今天已经送达。如果一切正常，请给我们一个五星好评！

Noor Vantongeren / 祁若澄
""", ["review-inducement"] + TR, "bilingual delivery confirmation plus a five-star request (JC3, JC13)", ["free-written", "bilingual"])

# ==========================================================================
# Self-checks
# ==========================================================================
# Simplified -> Traditional, only the characters this file needs (used for the JC9 transcription and script checks)
S2T_PAIRS = ("谢謝 咨諮 询詢 码碼 选選 择擇 软軟 绕繞 头頭 测測 约約 宽寬 后後 经經 过過 脑腦 围圍 数數 这這 为為 "
             "于於 两兩 个個 号號 调調 节節 钮鈕 松鬆 会會 稳穩 转轉 动動 贴貼 压壓 摇搖 时時 侧側 系繫 带帶 应應 "
             "颌頜 间間 进進 骑騎 团團 队隊 并並").split()
S2T = {p[0]: p[1] for p in S2T_PAIRS}
# characters that exist in only one script (a conservative list; 后 系 于 松 also occur in Traditional text)
ONLY_SIMP = set("这说们发请谢货运时个会关单号处给装电锁灯车骑钥检压气轮换盖拧帮问题颌围头码选择软绕测约宽经过脑数两调节钮稳转动贴摇侧带应间进团队")
ONLY_TRAD = set("這說們發請謝貨運時個會關單號處給裝電鎖燈車騎鑰檢壓氣輪換蓋擰幫問題頜圍頭碼選擇軟繞測約寬經過腦數兩調節鈕穩轉動貼搖側帶應間進團隊")
CJK = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
EN_RUN = re.compile(r"\b[a-z]{3,}\b(?:[ ,]+\b[a-z]{3,}\b){2,}")
EN_WORD = re.compile(r"\b[a-z]{3,}\b")
BANNED_IN_CLEAN = ["http", "www.", "@", ".com", ".shop", "whatsapp", "wechat", "微信", "line 官方", "instagram",
                   "facebook", "telegram", "coupon", "discount", "promo", "% off", "percent off", "5-star",
                   "five-star", "5 stars", "五星", "好评", "好評", "差评", "差評", "优惠", "優惠", "折扣", "返现", "返現"]
NO_LABEL_CATS = ("filled-template", "logistics")
TR_ONLY_CATS = ("free-non-logistics", "rewritten", "mixed-logistics", "fill-plus-extra")
CATS = ["filled-template", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "fill-plus-extra", "violating"]
FILL_MIN = 0.80   # a fill (edited, or with one extra sentence) stays at least this close to its own rendering
FREE_MAX = 0.55   # a free-written template-required reply stays below this against every template


def script_misfits(text, traditional):
    """CJK characters that the script's legacy charset lacks: Big5 for Traditional, GB2312 for Simplified."""
    enc = "big5" if traditional else "gb2312"
    bad = set()
    for c in set(CJK.findall(text)):
        try:
            c.encode(enc)
        except UnicodeEncodeError:
            bad.add(c)
    return bad


def s2t(text):
    return "".join(S2T.get(c, c) for c in text)


def strip_ph(text):
    return PH_RE.sub("", text)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest_free(text):
    scores = {t: ratio(text, strip_ph(TEMPLATES[t])) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def checks():
    errs = []
    # ---- templates
    langs = Counter(m[0] for m in TMETA.values())
    if not 18 <= len(TEMPLATES) <= 22:
        errs.append("expected about 20 templates, got %d" % len(TEMPLATES))
    if langs["en"] != langs["zh"] + langs["zh-tw"]:
        errs.append("templates are not half English, half Chinese: %s" % dict(langs))
    for tid, text in TEMPLATES.items():
        ph = placeholders(text)
        if text.count("{{") != len(ph) or text.count("}}") != len(ph):
            errs.append("unbalanced placeholder braces in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph:
            errs.append("template without buyer/agent slot: " + tid)
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z]+/[a-z-]+", tid) or not tid.startswith(TMETA[tid][0] + "/"):
            errs.append("template id does not follow lang/topic/name: " + tid)
        chars = set(text)
        if TMETA[tid][0] == "en" and CJK.search(text):
            errs.append("CJK in English template " + tid)
        if TMETA[tid][0] == "zh" and chars & ONLY_TRAD:
            errs.append("Traditional characters in %s: %s" % (tid, "".join(sorted(chars & ONLY_TRAD))))
        if TMETA[tid][0] == "zh-tw" and chars & ONLY_SIMP:
            errs.append("Simplified characters in %s: %s" % (tid, "".join(sorted(chars & ONLY_SIMP))))
        if TMETA[tid][0] != "en" and script_misfits(text, TMETA[tid][0] == "zh-tw"):
            errs.append("characters outside the script's charset in %s: %s"
                        % (tid, "".join(sorted(script_misfits(text, TMETA[tid][0] == "zh-tw")))))
    # ---- replies
    ids = ["%s-%03d" % (PREFIX, i + 1) for i in range(len(REPLIES))]
    seen, owner, filled_exact, filled_any = set(), {}, set(), set()
    for rid, r in zip(ids, REPLIES):
        t, cat, labels, lang = r["text"], r["cat"], set(r["labels"]), r["lang"]
        r["id"] = rid
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": bad category " + cat)
        if "{" in t or "}" in t:
            errs.append(rid + ": leftover braces")
        if not labels <= ALLOWED or len(labels) != len(r["labels"]):
            errs.append(rid + ": bad labels %s" % r["labels"])
        if lang not in LANGS:
            errs.append(rid + ": bad lang")
        if t in seen:
            errs.append(rid + ": duplicate text")
        seen.add(t)
        if t != t.strip() or "\n\n\n" in t or EMOJI.search(t):
            errs.append(rid + ": whitespace or emoji problem")
        for oid in ORDER_RE.findall(t):
            if owner.setdefault(oid, rid) != rid:
                errs.append(rid + ": order id %s already used by %s" % (oid, owner[oid]))
        # language and script
        has_cjk = bool(CJK.search(t))
        if lang == "en" and has_cjk:
            errs.append(rid + ": CJK in an en reply")
        if lang == "zh" and (not has_cjk or EN_RUN.search(t)):
            errs.append(rid + ": zh reply without CJK or with English prose")
        if lang == "mixed" and not (has_cjk and len(EN_WORD.findall(t)) >= 3):
            errs.append(rid + ": mixed reply is not mixed")
        if has_cjk:
            wrong = set(t) & (ONLY_SIMP if "traditional" in r["tags"] else ONLY_TRAD)
            if wrong:
                errs.append(rid + ": wrong-script characters " + "".join(sorted(wrong)))
            misfit = script_misfits(t, "traditional" in r["tags"])
            if misfit:
                errs.append(rid + ": characters outside the script's charset " + "".join(sorted(misfit)))
        # category <-> labels
        if cat in NO_LABEL_CATS and labels:
            errs.append(rid + ": %s must carry no label" % cat)
        if cat in TR_ONLY_CATS and labels != {"template-required"}:
            errs.append(rid + ": %s must be exactly template-required" % cat)
        if cat == "violating" and not labels & CONTENT:
            errs.append(rid + ": violating reply without a content label")
        if cat != "violating":
            low = t.lower()
            for w in BANNED_IN_CLEAN:
                if w in low:
                    errs.append(rid + ": non-violating reply contains %r" % w)
            if PHONE_RE.search(t):
                errs.append(rid + ": non-violating reply contains a phone number")
        # similarity
        if r["tid"] and "script-converted" in r["tags"]:
            if t != s2t(render(r["tid"], r["vals"])):
                errs.append(rid + ": transcription differs from the converted template")
            r["max_ratio"] = nearest_free(t)[1]
            filled_any.add(r["tid"])
        elif r["tid"]:
            own = render(r["tid"], r["vals"])
            for v in r["vals"].values():
                if v not in t:
                    errs.append(rid + ": value %r missing" % v)
            if r["exact"] and t != own:
                errs.append(rid + ": exact fill differs from its rendering")
            r["own_ratio"] = ratio(t, own)
            others = {x: ratio(t, strip_ph(TEMPLATES[x])) for x in TEMPLATES if x != r["tid"]}
            if max(others.values()) >= r["own_ratio"]:
                errs.append(rid + ": another template is nearer than %s" % r["tid"])
            if cat in ("filled-template", "fill-plus-extra") and r["own_ratio"] < FILL_MIN:
                errs.append(rid + ": too far from its own template (%.2f)" % r["own_ratio"])
            if cat == "filled-template":
                filled_any.add(r["tid"])
                if r["exact"]:
                    filled_exact.add(r["tid"])
            if cat == "fill-plus-extra":
                x = r["extra"]
                if not x or x not in t or any(x in tt for tt in TEMPLATES.values()):
                    errs.append(rid + ": extra sentence missing or taken from a template")
        else:
            r["nearest"], r["max_ratio"] = nearest_free(t)
            if "template-required" in labels and r["max_ratio"] >= FREE_MAX:
                errs.append(rid + ": template-required reply too close to %s (%.2f)" % (r["nearest"], r["max_ratio"]))
    for tid in TEMPLATES:
        if tid not in filled_exact:
            errs.append("template has no exact fill: " + tid)
    return ids, errs

# ==========================================================================
# README
# ==========================================================================
def _stats(vals):
    vals = sorted(vals)
    if not vals:
        return ("-", "-", "-")
    return ("%.2f" % vals[0], "%.2f" % vals[len(vals) // 2], "%.2f" % vals[-1])


def _col(r):
    if r["lang"] == "zh":
        return "zh-tw" if "traditional" in r["tags"] else "zh"
    return r["lang"]


def _jc(rows):
    found = {}
    for r in rows:
        for n in re.findall(r"JC(\d+)", r["note"]):
            found.setdefault(int(n), []).append(r["id"])
    return found


CAT_TEXT = OrderedDict([
    ("filled-template", ("`[]`", "approved template filled in, exact or lightly edited")),
    ("logistics", ("`[]`", "free-written shipping, dangerous goods, customs, returns, refunds, delivery problems")),
    ("free-non-logistics", ("`[template-required]`", "free advice, troubleshooting, opinions")),
    ("rewritten", ("`[template-required]`", "a template's content in the agent's own words")),
    ("mixed-logistics", ("`[template-required]`", "logistics reply that also gives product advice")),
    ("fill-plus-extra", ("`[template-required]`", "template fill plus one extra non-logistics sentence")),
    ("violating", ("content label(s), `template-required` per JC3", "breaks review-inducement, off-platform-contact or marketing")),
])

JUDGEMENT = [
    (1, "A template fill plus one extra non-logistics sentence is `template-required`.",
     "The brief defines the label as \"the reply contains non-logistics content no approved template covers\". A tip about "
     "titanium bolts, partial charging, a spongy lever, an aero bar, a winter cap or a temporary zip-tie fix is advice that no "
     "template contains. The whole message still looks like its template (difflib >= 0.80 against its own rendering, and its "
     "own template is the nearest), so a linter that only scores whole-message similarity will pass these; the category is "
     "there to catch that. The extra sentence is recorded in the table below."),
    (2, "Courtesy and light edits do not change a reply's class.",
     "A fill stays a fill (`[]`) with a changed greeting or sign-off, a sentence split or two merged without new facts, "
     "long values in the slots, or added courtesy lines that carry no information: thanks, apologies, congratulations, good luck, \"We hope it gives you many good miles\", "
     "\"Have a great first ride!\", thanks for a clear description or for waiting. The test separating JC2 from JC1: does the "
     "added text tell the buyer anything about the product or how to use it? In the same way, a logistics reply stays "
     "logistics when it is long and chatty (a storm, a birthday, a house move, thanks for kind words about an earlier order): "
     "small talk is not product content."),
    (3, "A content violation neither adds nor removes `template-required`; the reply's content decides.",
     "A violating reply gets `template-required` when it contains non-logistics content no template covers. Discount codes, "
     "launch announcements, cross-sells, review incentives, five-star requests, review gating and requests to change a review "
     "are such content, and so is an invitation to take any further questions to a LINE account; these replies carry both "
     "labels, including template fills with such a sentence swapped in or added (consistent with JC1). The warranty fill that asks for the evidence by e-mail instead of in the thread changes a "
     "warranty (non-logistics) instruction, so it also gets both. Logistics replies that only move the logistics matter to an "
     "outside channel (delivery scheduling on WhatsApp with a phone number, a return label over WeChat, tracking on the "
     "seller's own site) get `off-platform-contact` only. A WhatsApp number is the seller's, not a carrier's, so policy.md's "
     "carrier-phone warning does not make it acceptable."),
    (4, "Lithium-battery dangerous-goods rules are logistics.",
     "UN3480 / Class 9, ground service only, no next-day upgrade, no delivery to PO Boxes, APO/FPO/DPO, Hawaii, Alaska or "
     "Puerto Rico, a separate parcel from the battery warehouse, taping the contacts, handing the box to a driver or a staffed "
     "counter, and the USPS refusal are all about moving the goods, although they mention the product's chemistry. Battery-care "
     "advice added to such a reply (charge it fully before the first ride, store a battery awaiting return at half charge) is "
     "not a shipping rule and makes the reply `mixed-logistics`."),
    (5, "What to do with a delivery damaged in transit is logistics.",
     "\"Please don't wear this helmet\" after a crushed box, and \"don't install or charge this battery; keep it in its box on a "
     "hard floor until it is collected\" after a dented battery case, tell the buyer how to handle the damaged delivery until "
     "the carrier or hazmat courier collects it. They are `[]`. A strict reader could call the battery line safety advice; this "
     "set does not, and a linter that flags it is counted wrong here."),
    (6, "Order fulfilment counts as logistics.",
     "Packing errors (missing shims, strap or charger), wrong item or colour, cancellations before or after dispatch, gift "
     "returns and the shipping status of a warranty replacement are `[]`, although interface.md's list names only shipping, "
     "delivery, tracking, returns, address and customs; policy.md's permitted purpose \"resolving an issue with order "
     "fulfillment\" supports this. The warranty claim itself (coverage, evidence, exclusions) is not logistics: filled from a "
     "template it is `[]`, written freely it is `template-required`."),
    (7, "Customs is logistics; product facts asked in the same message are not.",
     "Canadian GST/HST/QST/PST, duty, brokerage fees, refusing the parcel, a commercial invoice for the broker: `[]`. Whether "
     "the charger takes 100-240 V and works on Canadian sockets is product information: `template-required`."),
    (8, "Review requests.",
     "Fills of the two neutral review templates are `[]`. Each is the only request for its order, and the note says the thread "
     "holds no praise from the buyer, so neither the one-per-order limit nor policy.md's rule against asking after praise is in "
     "play (and `review-request-limit` is not a label in this set). A neutral request in the agent's own words (\"good or bad\") "
     "is `template-required` only, not `review-inducement`."),
    (9, "A template in another language does not cover own wording; a plain script transcription does.",
     "English pump-gauge troubleshooting (the valve template exists only in Traditional Chinese) and Traditional helmet-sizing "
     "advice (sizing templates exist only in English and Simplified) are `template-required`. One reply is the Simplified "
     "helmet-sizing template run character for character through a Simplified-to-Traditional conversion; gen.py checks the "
     "conversion. It is `[]`: interface.md expects matching after normalization that includes traditional characters, so after "
     "folding this is the approved template with its slots filled. Without folding, difflib gives only the ratio in the table "
     "above."),
    (10, "Answering a buyer's own comparison question is not marketing, but it is not logistics either.",
     "Which of two locks to buy, whether a U-lock suits a commute better than a chain, which helmet size fits a 56.5 cm head: "
     "no promotion, no code and no unsolicited product, so no `marketing`; still advice, so `template-required`. A size "
     "exchange explained purely as return plus reorder is `[]`; the same exchange with a sizing judgement is `mixed-logistics`."),
    (11, "Near-misses in `[]` replies that must not be flagged.",
     "\"free\" return shipping, and replacements \"at no cost\", \"free of charge\", 免费补发 or 免費寄出 (remedies, not promotions); \"Amazon gift card balance\" as the "
     "refund method for a gift return (no review involved); \"their claims team will review the photos\" (a carrier claim); "
     "\"reply here with the street address\" and \"unit number\" (information needed to deliver the order, asked in the "
     "Amazon thread); UN3480 and Class 9; carrier names, tracking numbers, case ids `QSV-W-...`, part numbers `LH-HM2`, "
     "`BP-S07`; \"Your Orders\", \"Returns Center\", \"UPS Customer Center\". In template-required replies, the display error "
     "`E07` is not a discount code."),
    (12, "A rewrite with the template's facts is still `template-required`.",
     "Same steps, same numbers, different words: the policy approves wording, not facts. The rewrites stay below difflib "
     "0.55 against every template; the short charging rewrite and the warranty rewrite without case and order ids belong here."),
    (13, "How `lang` is set.",
     "`zh` covers both scripts (Traditional replies carry the tag `traditional`). `mixed` means a bilingual reply (an English "
     "part and a Chinese part) or code-switched Chinese with English words (\"return 已经 approve 了\"). Latin product names, "
     "carrier names, model codes and a Latin given name inside Chinese text do not make a reply `mixed`. The one Chinese fill "
     "with an English courtesy line is `mixed` and still `[]` (JC2)."),
]


def readme(rows):
    o = []
    w = o.append
    w("# t43: hand-labelled held-out test set for `template-required`\n")
    w("Written only from `/work/shared/interface.md` and `/work/shared/policy.md`; the linter was not read or run. "
      "`gen.py` (standard library only) is the source of truth: it holds every template and reply as a literal, runs the "
      "self-checks and, only if all pass, rewrites `library/`, `replies.jsonl` and this README. If a check fails it writes "
      "nothing and exits 1. Edit `gen.py`, not the outputs.\n")
    w("## The seller (invented)\n")
    w("**Quenby Spoke & Volt** sells bicycle parts and e-bike accessories on Amazon.com, shipping from warehouses in Reno and "
      "Sparks, Nevada, to buyers in the US and Canada: Lumenhook front and rear lights (F900, F1500, R60, HM-2 helmet mount, "
      "BM-1 bar mount), Tollbar locks (U16 U-lock, Fold 90 folding lock, Link 110 chain), Gustline pumps (Floor 160, Pocket), "
      "Voltmere e-bike batteries and chargers (DT36 36 V 14 Ah downtube, 504 Wh; RK48 48 V 13 Ah rack battery, 624 Wh; "
      "VC-42A and VC-54B chargers), Crownfell helmets (Commute, Ridge, Kids), Bitepoint disc brake pads (BP-R07 resin, BP-S07 "
      "sintered, for the also-invented Tessane T2 and Corvid HX4 calipers) and Quenby stems and seatposts. Agents write "
      "English (Noor Vantongeren, Bastien Ekwueme, Gideon Takahashi-Bell, Ilse Marchetti), Simplified Chinese (祁若澄, 卓知远) and "
      "Traditional Chinese (涂念慈, 龔宇恆). Every person, product, order id, tracking number, case id, part number, address, "
      "hazmat courier, handle, domain, code and phone number is invented (the one phone number uses the fictional 555-01xx "
      "range). Carrier and agency names (UPS, FedEx, USPS, Canada Border Services Agency) and the regulatory markings UN3480 "
      "and Class 9 are real, as a real seller's messages would use them.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | the approved templates, one `*.txt` per template in nested folders; id = path without `.txt`; "
      "`{{name}}` placeholders. Use it as `--templates library`. |")
    w("| `replies.jsonl` | one seller reply per line (format below) |")
    w("| `gen.py` | the templates, replies, self-checks and writers |")
    w("| `README.md` | this file |\n")
    w("Record fields: `id` (`t43-001`...), `text`, `labels` (expected policies, sorted; `[]` = nothing at warning or error "
      "level may be flagged), `lang` (`en`, `zh`, `mixed`), `tags` (`tags[0]` is the category; `traditional` marks Traditional "
      "script; fills carry `exact`/`edited` and edit kinds such as `greeting`, `sign-off`, `warm-line`, `split`, `merge`, "
      "`long-value`), `note` (source template id first when there is one, then what the reply does; `JCn` points to a "
      "judgement call below), `context` (always `reply`).\n")
    w("## Templates\n")
    w("| id | lang | topic | placeholders | exact fills | edited fills | fill-plus-extra | violating |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        def n(pred):
            return sum(1 for r in rows if r["tid"] == tid and pred(r))
        w("| `%s` | %s | %s | %s | %d | %d | %d | %d |" % (
            tid, TMETA[tid][0], TMETA[tid][1], ", ".join(dict.fromkeys(placeholders(TEMPLATES[tid]))),
            n(lambda r: r["cat"] == "filled-template" and "exact" in r["tags"]),
            n(lambda r: r["cat"] == "filled-template" and "exact" not in r["tags"]),
            n(lambda r: r["cat"] == "fill-plus-extra"), n(lambda r: r["cat"] == "violating")))
    tl = Counter(m[0] for m in TMETA.values())
    w("\n%d templates: English %d, Simplified Chinese %d, Traditional Chinese %d. The edited-fill count for "
      "`zh/helmets/sizing` includes the English-courtesy `mixed` fill and the Traditional transcription (JC9).\n"
      % (len(TEMPLATES), tl["en"], tl["zh"], tl["zh-tw"]))
    w("## Counts\n")
    w("| category | expected labels | what it is | en | zh (Simplified) | zh (Traditional) | mixed | total |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for c, (lab, what) in CAT_TEXT.items():
        cc = Counter(_col(r) for r in rows if r["cat"] == c)
        w("| %s | %s | %s | %d | %d | %d | %d | %d |" % (c, lab, what, cc["en"], cc["zh"], cc["zh-tw"], cc["mixed"], sum(cc.values())))
    cc = Counter(_col(r) for r in rows)
    w("| **total** | | | %d | %d | %d | %d | %d |\n" % (cc["en"], cc["zh"], cc["zh-tw"], cc["mixed"], len(rows)))
    nonlog = sum(1 for r in rows if r["cat"] in ("free-non-logistics", "rewritten", "mixed-logistics"))
    w("The three free non-logistics categories together: %d replies.\n" % nonlog)
    combos = Counter(tuple(r["labels"]) for r in rows)
    w("| labels | replies |\n| --- | --- |")
    for k, v in sorted(combos.items(), key=lambda kv: (len(kv[0]), kv[0])):
        w("| %s | %d |" % ("`[]`" if not k else ", ".join("`%s`" % x for x in k), v))
    lab = Counter(x for r in rows for x in r["labels"])
    w("\nPer label: %s. Replies with no label: %d. `lang`: %s.\n" % (
        ", ".join("`%s` %d" % kv for kv in sorted(lab.items())), combos[()],
        ", ".join("`%s` %d" % kv for kv in sorted(Counter(r["lang"] for r in rows).items()))))
    w("## Similarity sanity checks\n")
    w("difflib `SequenceMatcher(autojunk=False)` on raw text. This only guards the labels against accidents; it is not the "
      "linter's measure, and the linter need not reproduce these numbers.\n")
    w("| group | compared with | n | min | median | max | required by gen.py |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    g = [r["own_ratio"] for r in rows if r["cat"] == "filled-template" and "exact" not in r["tags"] and "own_ratio" in r]
    w("| edited fills | own template rendered with the same values | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "fill-plus-extra"]
    w("| fill-plus-extra (JC1) | same | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "violating" and r["tid"]]
    w("| template-based violating (JC3) | same | %d | %s | %s | %s | own template nearest |" % ((len(g),) + _stats(g)))
    for c in ("free-non-logistics", "rewritten", "mixed-logistics", "logistics"):
        g = [r["max_ratio"] for r in rows if r["cat"] == c]
        w("| %s | every template, placeholders removed (max) | %d | %s | %s | %s | %s |" % (
            (c, len(g)) + _stats(g) + ("(info)" if c == "logistics" else "< %.2f" % FREE_MAX,)))
    g = [r["max_ratio"] for r in rows if r["cat"] == "violating" and not r["tid"]]
    w("| free-written violating | same | %d | %s | %s | %s | < %.2f when `template-required` |" % ((len(g),) + _stats(g) + (FREE_MAX,)))
    g = [r["max_ratio"] for r in rows if "script-converted" in r["tags"]]
    w("| script transcription (JC9) | same, no script folding | %d | %s | %s | %s | (info) |\n" % ((len(g),) + _stats(g)))
    w("Other checks in gen.py: about 20 templates, half English; template ids `lang/topic/name`; placeholders balanced, "
      "every template has `buyer_name` and `agent_name`; each template has at least one exact fill; exact fills equal "
      "their rendering and every slot value appears in its reply; the Traditional transcription equals the converted "
      "template; ids and texts unique; no braces, emoji, triple line breaks or stray outer whitespace; each order id belongs "
      "to one reply; `en` replies have no CJK, `zh` replies have no English prose, `mixed` replies have both; Simplified and "
      "Traditional replies use only their own script (a list of characters that exist in one script only, and every "
      "Chinese character must exist in GB2312 for Simplified or Big5 for Traditional text); categories "
      "and labels agree; replies outside `violating` contain no link, domain, `@`, messaging app, social network, phone "
      "number, coupon or discount wording, five-star or 好评/差评 wording; each fill-plus-extra sentence appears in its "
      "reply and in no template.\n")
    w("## Fill plus one extra sentence (JC1)\n")
    w("| id | template | lang | extra sentence |\n| --- | --- | --- | --- |")
    for r in rows:
        if r["cat"] == "fill-plus-extra":
            w("| %s | `%s` | %s | %s |" % (r["id"], r["tid"], _col(r), r["extra"].lstrip("- ")))
    w("\n## Replies that break a content policy\n")
    w("| id | lang | labels | source | what it does |\n| --- | --- | --- | --- | --- |")
    for r in rows:
        if r["cat"] == "violating":
            w("| %s | %s | %s | %s | %s |" % (r["id"], _col(r), ", ".join("`%s`" % x for x in r["labels"]),
                                             "`%s`" % r["tid"] if r["tid"] else "free-written",
                                             r["note"].split(": ", 1)[-1] if r["tid"] else r["note"]))
    w("\n## Judgement calls\n")
    w("Basis: interface.md's `template-required` covers a seller message that is not about logistics (shipping, delivery, "
      "tracking, returns, address, customs) and does not match an approved template closely enough; the brief sharpens this "
      "to \"the reply contains non-logistics content no approved template covers\". Labels follow that reading strictly.\n")
    ids = _jc(rows)
    for n, head, body in JUDGEMENT:
        ex = ids.get(n, [])
        tail = (" Replies: %s." % ", ".join(ex)) if ex else ""
        w("%d. **JC%d. %s** %s%s\n" % (n, n, head, body, tail))
    return "\n".join(o).rstrip("\n") + "\n"


# ==========================================================================
# Main
# ==========================================================================
def main():
    ids, errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs), file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    rows = REPLIES
    text_readme = readme(rows)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]),
                                            ("lang", r["lang"]), ("tags", r["tags"]), ("note", r["note"]),
                                            ("context", "reply")]), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text_readme)
    # read back what was written
    back = [json.loads(line) for line in open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8")]
    assert [b["id"] for b in back] == ids
    assert all(b["text"] == r["text"] and b["labels"] == r["labels"] for b, r in zip(back, rows))
    found = {}
    for d, _, files in os.walk(lib):
        for fn in files:
            p = os.path.join(d, fn)
            found[os.path.relpath(p, lib)[:-4].replace(os.sep, "/")] = open(p, encoding="utf-8").read()
    assert found == dict(TEMPLATES), "library on disk differs from TEMPLATES"
    print("ok: %d templates, %d replies written to %s" % (len(TEMPLATES), len(back), HERE))
    print("categories:", dict(Counter(b["tags"][0] for b in back)))
    print("labels:", dict(Counter(x for b in back for x in b["labels"])), "| no label:", sum(1 for b in back if not b["labels"]))
    print("lang:", dict(Counter(b["lang"] for b in back)))


if __name__ == "__main__":
    main()
