#!/usr/bin/env python3
"""t37: hand-labelled held-out test set for msglint's `template-required` check.

Source of truth for library/, replies.jsonl and README.md.  Run `python3 gen.py`
from any directory; it rewrites the three outputs next to this file, or exits 1
and writes nothing if a self-check fails.  Standard library only.

Seller (invented): Brooksedge Aquatics / 溪岸水族, aquarium and pond equipment.
"""
import difflib
import json
import os
import random
import re
import shutil
import statistics
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED_LABELS = {"template-required", "review-inducement", "off-platform-contact", "marketing"}
CATEGORIES = ["filled-template", "logistics", "free-non-logistics", "rewritten-template",
              "mixed-logistics", "violating"]
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")

# ---------------------------------------------------------------------------
# Templates
# ---------------------------------------------------------------------------
# id -> (lang, script, topic, text)
TEMPLATES = {}


def T(tid, lang, script, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = (lang, script, topic, text.strip("\n") + "\n")


T("en/setup/canister-filter-priming", "en", "latin", "setup: priming a canister filter", """
Hi {{buyer_name}},

Thanks for reaching out about priming your {{model}} canister filter. Please try these steps in order:

1. Unplug the filter and make sure both hoses run downhill from the tank to the canister with no loops above the water line.
2. Close the twin-tap valve, fill the canister with tank water up to about 2 cm below the rim, then refit the lid and check that the sealing ring sits flat in its groove.
3. Open the valve and press the priming button on the lid 8 to 10 times until water flows into the canister by itself.
4. Plug the filter in. Some gurgling in the first 10 minutes is normal while trapped air escapes.

If water still does not flow after these steps, reply here with a short video of the lid and hoses and we will look at it with you.

Best regards,
{{agent_name}}
Brooksedge Aquatics Support
""")

T("en/troubleshoot/heater-not-heating", "en", "latin", "troubleshooting: heater not reaching the set temperature", """
Hello {{buyer_name}},

Sorry to hear your {{model}} heater is not keeping the water at {{set_temp}}. Before anything else, please check the following:

- The indicator light: red means heating, green means the set temperature has been reached, and no light means the heater has no power.
- The dial: turn it 2 degrees above your target and wait 30 minutes; the red light should come on.
- The placement: the heater works best fully submerged, near the filter outlet, and at least 3 cm from the gravel.
- A second thermometer: the dial is calibrated to within 1 degree, so compare against a separate thermometer in the middle of the tank.

Please never take the heater out of the water while it is plugged in. Let us know what the light shows and we will advise on the next step.

Kind regards,
{{agent_name}}
""")

T("en/warranty/claim-steps", "en", "latin", "warranty: how to open a claim", """
Dear {{buyer_name}},

Your {{product}} from order {{order_id}} was purchased on {{purchase_date}} and is covered by our warranty until {{warranty_end}}.

To open a warranty claim, please reply in this message thread with:
- a photo of the label on the unit showing the model and serial number,
- a short description or video of the fault,
- whether the unit was used in fresh water, salt water or a pond.

Once we receive these, we will confirm the claim within 2 business days and explain how the unit will be repaired or replaced.

Sincerely,
{{agent_name}}
Brooksedge Aquatics Warranty Team
""")

T("en/defect/apology", "en", "latin", "defect apology", """
Dear {{buyer_name}},

We are very sorry that your {{product}} has this fault: {{fault}}. This is not the standard we hold ourselves to, and we understand how stressful equipment problems are when there are live fish in the tank.

We have recorded the issue under case {{case_id}} and passed the details to our quality team so the batch can be checked. Please stop using the unit for now. We will follow up in this thread within one business day with the replacement or refund option you prefer.

Again, our apologies for the trouble.

{{agent_name}}
Brooksedge Aquatics Customer Care
""")

T("en/review/neutral-request", "en", "latin", "neutral review request (once per order)", """
Hello {{buyer_name}},

We hope your {{product}} (order {{order_id}}) has settled in well with your tank.

If you have a moment, would you share your experience in a review on Amazon? Honest reviews, whatever they say, help other fishkeepers choose the right equipment.

Thank you for your time,
{{agent_name}}
Brooksedge Aquatics
""")

T("en/compat/light-tank-size", "en", "latin", "compatibility: LED light on a given tank", """
Hi {{buyer_name}},

Thanks for your question about fitting the {{light_model}} to your {{tank_length}} tank.

The {{light_model}} has extendable brackets, so it sits on the tank rim as long as the glass is within the bracket range printed on the box. If your tank has a rimless top or a glass lid, place the brackets on the outer glass edge and keep the light at least 5 cm above the water surface so condensation does not collect on the lens.

For planted tanks deeper than 50 cm, we suggest running the light at 80 to 100 percent brightness; for shallower tanks, 50 to 70 percent is usually enough to avoid algae.

Best wishes,
{{agent_name}}
""")

T("en/manual/pointer", "en", "latin", "manual pointer", """
Hi {{buyer_name}},

The answer to your question is in the {{product}} user manual, section "{{manual_section}}" on page {{page}}. The printed manual is in the small bag taped inside the box lid. If you no longer have it, we can attach a PDF copy in this thread; just reply "PDF" and we will send it.

Regards,
{{agent_name}}
""")

T("bilingual/app/timer-pairing", "mixed", "simplified", "LED light: pair with the timer app (English, then Chinese)", """
Hi {{buyer_name}},

To pair your {{light_model}} with the Brooksedge Lumen app: turn on Bluetooth and location on your phone, hold the light's MODE button for 5 seconds until the LEDs flash blue twice, then tap "Add device" in the app and keep the phone within 2 metres of the light. Once paired, the timer runs from the light's own memory, so the phone does not need to stay nearby.

您好 {{buyer_name}}，

{{light_model}} 与 Brooksedge Lumen App 配对方法：请先打开手机的蓝牙和定位，长按灯具上的 MODE 键 5 秒，直到灯珠闪两下蓝光，然后在 App 里点击“添加设备”，手机与灯具保持在 2 米以内。配对成功后，定时程序保存在灯具内部，手机不需要一直在旁边。

{{agent_name}}
""")

T("bilingual/water/test-strip-reading", "mixed", "simplified", "water testing: reading test strips (English, then Chinese)", """
Hello {{buyer_name}},

For an accurate AquaCheck strip reading, dip the strip for 2 seconds without swirling, hold it flat for 60 seconds, then compare the pads to the chart in daylight, reading nitrite first and pH last. Readings taken under LED aquarium light often look one shade darker.

您好 {{buyer_name}}，

使用 AquaCheck 试纸时，请将试纸浸入水中 2 秒，不要搅动，取出后水平放置 60 秒，再在自然光下对照色卡读数，先读亚硝酸盐，最后读 pH。在水族 LED 灯下读数通常会偏深一个色阶。

{{agent_name}}
""")

T("zh/setup/pond-pump-install", "zh", "simplified", "安装：池塘水泵", """
{{buyer_name}}您好：

感谢您购买 {{model}} 池塘水泵。按照您的池塘容量约 {{pond_volume}}，建议按以下步骤安装：

1. 将水泵放在池塘最深处，底部垫一块平整的砖或石板，避免直接吸入淤泥。
2. 出水管尽量保持笔直，每多一个弯头扬程大约会降低 10%。
3. 先将水泵完全浸没在水中排出空气，再接通电源，切勿无水空转。
4. 前置海绵建议每两周冲洗一次，冬季水温低于 4℃ 时请将水泵取出存放。

如安装过程中遇到任何问题，欢迎在此消息中回复，我们会尽快协助您。

{{agent_name}}
溪岸水族 客服部
""")

T("zh/troubleshoot/filter-noise", "zh", "simplified", "故障排除：过滤桶异响", """
{{buyer_name}}您好，

很抱歉 {{model}} 过滤桶运行时出现噪音，给您带来不便。大部分异响可以通过以下方法解决：

- 嗡嗡声：多为桶内残留空气，请关机后按压注水按钮排气，再重新开机。
- 咔嗒声：请取下叶轮盖，检查叶轮和陶瓷轴是否有沙粒或缠绕的水草，用清水冲洗后装回。
- 震动声：请将过滤桶放在平整的地面上，可在底部垫一块软垫。

如果以上方法都试过仍有噪音，请回复一段 10 秒左右的视频，我们的技术同事会帮您判断。

祝您养鱼愉快！
{{agent_name}}
""")

T("zh/water/ammonia-high", "zh", "simplified", "水质建议：氨偏高", """
{{buyer_name}}您好：

您测得的氨浓度为 {{ammonia_value}}，对于 {{tank_volume}} 的鱼缸来说偏高，鱼可能会出现浮头、呼吸急促等情况。建议您：

1. 今天先换水 30%，新水需提前除氯并与缸内水温一致；
2. 接下来三天每天少量喂食，或停喂一天；
3. 暂时不要清洗过滤棉，以免损失硝化细菌；
4. 每天同一时间复测一次氨和亚硝酸盐，并记录数值。

一般三到五天内数值会明显下降。如果氨浓度持续高于 1 ppm，请再联系我们。

{{agent_name}}
溪岸水族
""")

T("zh/warranty/policy-answer", "zh", "simplified", "保修说明", """
{{buyer_name}}您好：

关于您订单 {{order_id}} 中的 {{product}}，本产品享有 {{warranty_months}} 个月保修，自签收之日起计算。保修范围包括正常使用下出现的电机、电路及密封故障；人为损坏、摔落、擅自拆机以及叶轮、海绵等耗材不在保修范围内。

如需申请保修，请在本消息中回复故障描述和产品铭牌照片，我们会在两个工作日内给您答复。

{{agent_name}}
溪岸水族 售后服务
""")

T("zh/defect/apology", "zh", "simplified", "质量问题致歉", """
{{buyer_name}}您好：

非常抱歉，您收到的 {{product}} 出现了“{{fault}}”的问题，这是我们的失误，给您和您的鱼儿带来了麻烦，我们深表歉意。

我们已将此问题登记为售后单号 {{case_id}}，并反馈给质检部门核查同批次产品。请您暂时停止使用该产品，我们会在一个工作日内在此消息中与您确认更换或退款方案。

再次向您致歉。
{{agent_name}}
""")

T("zh/review/neutral-request", "zh", "simplified", "中性邀评（每个订单一次）", """
{{buyer_name}}您好：

感谢您选购 {{product}}（订单号 {{order_id}}），希望它在您的鱼缸里运行顺利。

如果方便的话，欢迎您在亚马逊商品页面分享真实的使用体验。无论好坏，您的评价都能帮助其他鱼友做出选择。

{{agent_name}}
溪岸水族
""")

T("zh/app/timer-schedule", "zh", "simplified", "LED 灯：在 App 中设置定时", """
{{buyer_name}}您好：

在 Brooksedge Lumen App 中为 {{light_model}} 设置定时的方法如下：

第一步：打开 App，进入设备页面，点击右上角的“定时”。
第二步：将开灯时间设为 {{on_time}}，关灯时间设为 {{off_time}}。
第三步：打开“日出日落渐变”，灯光会在 30 分钟内逐渐变亮或变暗，减少鱼受惊。
第四步：点击“保存到灯具”，看到“同步成功”的提示即可。

建议每天光照 6 至 8 小时，时间过长容易长藻。

{{agent_name}}
""")

T("zh-tw/setup/heater-install", "zh", "traditional", "安裝：加熱棒（台灣用語）", """
{{buyer_name}} 您好：

感謝您購買 {{model}} 加熱棒。針對您 {{tank_volume}} 的魚缸，安裝時請注意以下幾點：

1. 先將加熱棒放入水中靜置 15 分鐘，讓內部溫度與水溫一致，再插上電源。
2. 加熱棒請斜放在過濾器出水口附近，讓熱水能均勻循環。
3. 水位必須高於加熱棒上的最低水位線。
4. 換水或取出加熱棒前，請務必先拔掉電源並等待 10 分鐘。

如有任何問題，歡迎直接回覆此訊息。

{{agent_name}}
溪岸水族 客服
""")

T("zh-tw/compat/filter-media", "zh", "traditional", "相容性：濾材能否用於過濾桶（台灣用語）", """
{{buyer_name}} 您好：

關於您詢問的 {{media_name}} 是否適用於 {{model}}：只要濾材的尺寸能放入濾材籃，並且不會擋住中央的進水管，就可以使用。

建議擺放順序為：底層放粗棉，中層放生化濾材（例如陶瓷環或燒結球），上層放細棉。每次清洗濾材請使用換下來的缸水，不要用自來水，以免損失硝化細菌。

若還有其他相容性問題，請隨時回覆。

{{agent_name}}
""")

T("zh-tw/manual/pointer", "zh", "traditional", "說明書指引（台灣用語）", """
{{buyer_name}} 您好：

您詢問的內容可以在 {{product}} 使用說明書第 {{page}} 頁「{{manual_section}}」找到。紙本說明書放在包裝盒內的夾鏈袋中；如果已經遺失，請回覆「需要說明書」，我們會直接在這個對話中附上 PDF 檔案。

{{agent_name}} 敬上
""")

T("zh-hk/troubleshoot/pump-no-flow", "zh", "hk", "故障排除：水泵唔出水（香港用語）", """
{{buyer_name}} 你好：

收到你話部 {{model}} 水泵唔出水，唔好意思為你帶來不便。麻煩你試吓以下幾個步驟：

1. 先拔咗插蘇，將水泵完全浸喺水入面，搖幾下排走入面嘅空氣。
2. 打開前面嘅濾網蓋，睇吓葉輪有冇俾沙石或者水草卡住，有嘅話用清水沖乾淨。
3. 檢查出水喉有冇屈住，或者裝得太高超過揚程。
4. 裝返好之後再插電，等一兩分鐘睇吓出水有冇回復正常。

如果試完都仲係唔得，麻煩喺呢度回覆一段短片，我哋再同你跟進。

{{agent_name}}
溪岸水族 客戶服務
""")

T("zh-hk/water/ph-advice", "zh", "hk", "水質建議：pH 偏離（香港用語）", """
{{buyer_name}} 你好：

你量到嘅 pH 係 {{ph_value}}，對於 {{fish_species}} 嚟講有少少偏離佢哋鍾意嘅範圍。建議你：

- 唔好一次過大幅調整，每日變化最好唔超過 0.2；
- 每星期換水兩次，每次 20%，新水要先除氯；
- 如果想慢慢降低 pH，可以喺濾材度加少量泥炭或者放欖仁葉；
- 調整期間每兩日測一次，並記低數值。

魚隻如果出現食慾差或者成日匿埋一邊，可以再話我哋知。

{{agent_name}}
溪岸水族
""")


def placeholders(text):
    return PH_RE.findall(text)


def render(tid, vals):
    text = TEMPLATES[tid][3]
    names = set(placeholders(text))
    if names != set(vals):
        raise SystemExit(f"self-check: values for {tid} are {sorted(vals)}, template needs {sorted(names)}")
    return PH_RE.sub(lambda m: vals[m.group(1)], text)


def stripped(tid):
    return PH_RE.sub("", TEMPLATES[tid][3])


# ---------------------------------------------------------------------------
# Replies
# ---------------------------------------------------------------------------
REPLIES = []  # dicts without id; ids given after a fixed shuffle
ERRORS = []


def add(cat, lang, text, labels, tags, note, src=None, vals=None, jc=None, fill_kind=None, rendered=None):
    assert cat in CATEGORIES, cat
    REPLIES.append(dict(cat=cat, lang=lang, text=text.strip("\n") + "\n" if "\n" in text.strip("\n") else text.strip(),
                        labels=list(labels), tags=[cat] + list(tags), note=note, src=src, vals=vals,
                        jc=jc, fill_kind=fill_kind, rendered=rendered))


def rewrap(text, width, zh=False):
    """Hard-wrap every line longer than `width`, as a mail client does: English at spaces,
    Chinese every `width` characters.  List items stay on their own lines."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if len(line) <= width:
            out.append(line)
        elif zh:
            chunks = [line[i:i + width].strip() for i in range(0, len(line), width)]
            for c in chunks:  # no line may start with closing punctuation (kinsoku)
                while c and c[0] in "，。；：、」）！？" and out:
                    out[-1] += c[0]
                    c = c[1:]
                if c:
                    out.append(c)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out) + "\n"


def fill(tid, vals, kind, note, tags=(), edits=(), pre="", post="", wrap=None, labels=(), cat="filled-template", jc=None):
    """A reply built on a template.  kind: exact | long-values | greeting | signature | light-edit | rewrap."""
    rendered = render(tid, vals)
    text = rendered
    for old, new in edits:
        if text.count(old) != 1:
            ERRORS.append(f"edit {old!r} occurs {text.count(old)} times in {tid}")
            continue
        text = text.replace(old, new)
    if wrap:
        text = rewrap(text, wrap[0], zh=wrap[1])
    text = pre + text.rstrip("\n") + post
    if kind in ("exact", "long-values") and text.strip() != rendered.strip():
        ERRORS.append(f"{kind} fill of {tid} differs from the rendering")
    lang, script = TEMPLATES[tid][0], TEMPLATES[tid][1]
    stags = [kind] + ([script] if script != "latin" else []) + list(tags)
    add(cat, lang, text, labels, stags, f"{tid}: {note}", src=tid, vals=vals, jc=jc, fill_kind=kind, rendered=rendered)


def free(cat, lang, text, note, labels=(), tags=(), jc=None, src=None):
    add(cat, lang, text, labels, tags, note, src=src, jc=jc)


TR = ["template-required"]

# ---------------------------- filled templates -----------------------------
fill("en/setup/canister-filter-priming", dict(buyer_name="Priya Raman", model="CF-350", agent_name="Rowan Pike"),
     "exact", "exact fill")
fill("en/setup/canister-filter-priming",
     dict(buyer_name="Mr. Haldane-Whitcombe",
          model="CanisterFlow CF-600 (the 1,200 L/h version with the blue twin-tap valve block and 16/22 mm hoses)",
          agent_name="Maren Okafor"),
     "long-values", "exact fill with a very long model value")
fill("en/setup/canister-filter-priming", dict(buyer_name="Felix", model="CF-600", agent_name="Theo Lindqvist"),
     "rewrap", "every long line hard-wrapped at 62 columns", wrap=(62, False))

fill("en/troubleshoot/heater-not-heating",
     dict(buyer_name="Daniel Osei", model="ThermaSafe TH-200", set_temp="25.5°C", agent_name="Theo Lindqvist"),
     "exact", "exact fill")
fill("en/troubleshoot/heater-not-heating",
     dict(buyer_name="Ms. Arbuthnot", model="TH-300", set_temp="78°F (about 25.5°C)", agent_name="Maren Okafor"),
     "light-edit", "'Sorry to hear' -> 'We're sorry to hear', 'Let us know' -> 'Just let us know'",
     edits=[("Sorry to hear", "We're sorry to hear"), ("Let us know what", "Just let us know what")])

fill("en/warranty/claim-steps",
     dict(buyer_name="Ms. Keller", product="PondStream PS-5000 pond pump", order_id="113-4829105-7730418",
          purchase_date="14 March 2025", warranty_end="14 March 2027", agent_name="Maren Okafor"),
     "exact", "exact fill")
fill("en/warranty/claim-steps",
     dict(buyer_name="Mr. and Mrs. Abernathy-Castellanos",
          product="PondStream PS-5000 Submersible Pond and Fountain Pump with 10 m Cable and Three Fountain Heads (5000 L/h, 45 W, black)",
          order_id="114-2093381-5561207 (and the spare unit on 114-2093381-5561208)",
          purchase_date="Saturday 2 November 2024", warranty_end="2 November 2026 (24 months from delivery)",
          agent_name="Rowan Pike"),
     "long-values", "exact fill with long product, two order ids in one slot, long dates", tags=["two-order-ids"])
fill("en/warranty/claim-steps",
     dict(buyer_name="Mr. Lindgren", product="ThermaSafe TH-100 heater", order_id="112-6650934-1187205",
          purchase_date="9 January 2025", warranty_end="9 January 2027", agent_name="Maren Okafor"),
     "signature", "signature block (name, title, hours; no contact data) replaces the sign-off lines",
     edits=[("Sincerely,\nMaren Okafor\nBrooksedge Aquatics Warranty Team",
             "Sincerely,\nMaren Okafor\nWarranty Specialist | Brooksedge Aquatics Warranty Team\nMonday to Friday, 9:00-17:00 Pacific")])

fill("en/defect/apology",
     dict(buyer_name="Gareth Mwangi", product="ThermaSafe TH-100 heater",
          fault="the dial turns but the heater never switches on", case_id="BKA-Q-20418", agent_name="Rowan Pike"),
     "exact", "exact fill")
fill("en/defect/apology",
     dict(buyer_name="Sofia", product="LumaReef LR-90 LED light",
          fault="the left third of the LEDs flickers after about ten minutes", case_id="BKA-Q-20461",
          agent_name="Theo Lindqvist"),
     "greeting", "'Dear' -> 'Hi', thanks line added, 'Take care,' sign-off added",
     edits=[("Dear Sofia,\n\n", "Hi Sofia,\n\nThank you for the clip of the flicker.\n\n"),
            ("Again, our apologies for the trouble.\n\n", "Again, our apologies for the trouble.\n\nTake care,\n")])

fill("en/review/neutral-request",
     dict(buyer_name="Lucia Ferraro", product="LumaReef LR-60 LED light", order_id="111-8204476-2290315",
          agent_name="Theo Lindqvist"),
     "exact", "exact fill; neutral review request is a near-miss for review-inducement")
fill("en/review/neutral-request",
     dict(buyer_name="Owen", product="AquaCheck 6-in-1 test strip kit", order_id="112-5583019-6604127",
          agent_name="Maren Okafor"),
     "light-edit", "'Thank you for your time,' -> 'Thanks so much for your time,'",
     edits=[("Thank you for your time,", "Thanks so much for your time,")])

fill("en/compat/light-tank-size",
     dict(buyer_name="Noah Brandt", light_model="LumaReef LR-90", tank_length="90 cm (36 inch)",
          agent_name="Maren Okafor"),
     "exact", "exact fill")
fill("en/compat/light-tank-size",
     dict(buyer_name="Imani", light_model="LR-60", tank_length="60 cm", agent_name="Rowan Pike"),
     "rewrap", "every long line hard-wrapped at 70 columns", wrap=(70, False))

fill("en/manual/pointer",
     dict(buyer_name="Ayesha Qureshi", product="AquaCheck Master Test Kit",
          manual_section="Testing nitrate (bottle 2 shaking step)", page="11", agent_name="Rowan Pike"),
     "exact", "exact fill")
fill("en/manual/pointer",
     dict(buyer_name="Bram", product="PondStream PS-3000", manual_section="Winter storage", page="7",
          agent_name="Theo Lindqvist"),
     "signature", "greeting line after 'Hi', signature with team name",
     edits=[("Hi Bram,\n\n", "Hi Bram,\n\nGood question.\n\n"),
            ("Regards,\nTheo Lindqvist", "Regards,\nTheo Lindqvist\nBrooksedge Aquatics Support Team")])

fill("bilingual/app/timer-pairing",
     dict(buyer_name="Wei Chen", light_model="LR-60", agent_name="Zhong Yifan 钟一帆"),
     "exact", "exact fill of the bilingual template")
fill("bilingual/app/timer-pairing",
     dict(buyer_name="Grace Liu", light_model="LumaReef LR-90", agent_name="Bai Ruoxi 白若溪"),
     "light-edit", "'Hi' -> 'Hello', '2 米以内' -> '2 米内'",
     edits=[("Hi Grace Liu,", "Hello Grace Liu,"),
            ("，手机与灯具保持在 2 米以内。", "，手机与灯具保持在 2 米内。")])

fill("bilingual/water/test-strip-reading",
     dict(buyer_name="Henry Tsang", agent_name="Tang Xiaolan 唐晓岚"),
     "exact", "exact fill of the bilingual template")
fill("bilingual/water/test-strip-reading",
     dict(buyer_name="Ms. Yeung", agent_name="Tang Xiaolan 唐晓岚"),
     "signature", "signature with team name in both languages",
     edits=[("Tang Xiaolan 唐晓岚\n", "Tang Xiaolan 唐晓岚\nBrooksedge Aquatics Support / 溪岸水族客服\n")])

fill("zh/setup/pond-pump-install",
     dict(buyer_name="王先生", model="PS-3000", pond_volume="3 吨", agent_name="唐晓岚"),
     "exact", "exact fill")
fill("zh/setup/pond-pump-install",
     dict(buyer_name="欧阳女士", model="PondStream PS-5000（5000 升/小时，附三种喷泉喷头）",
          pond_volume="8 立方米（长 4 米、宽 2.5 米、平均深 0.8 米的锦鲤池）", agent_name="钟一帆"),
     "long-values", "exact fill with long model and pond-size values")

fill("zh/troubleshoot/filter-noise",
     dict(buyer_name="李女士", model="CF-350", agent_name="钟一帆"),
     "exact", "exact fill")
fill("zh/troubleshoot/filter-noise",
     dict(buyer_name="胡女士", model="CF-350", agent_name="白若溪"),
     "rewrap", "每行超过 30 字处硬换行", wrap=(30, True))

fill("zh/water/ammonia-high",
     dict(buyer_name="陈先生", ammonia_value="2 ppm", tank_volume="120 升", agent_name="白若溪"),
     "exact", "exact fill")
fill("zh/water/ammonia-high",
     dict(buyer_name="郑女士", ammonia_value="1.5 ppm（试纸第三格偏深）", tank_volume="长 80 厘米、约 160 升",
          agent_name="唐晓岚"),
     "light-edit", "“今天先换水” -> “今天请先换水”，结尾加“有问题随时回复”",
     edits=[("今天先换水", "今天请先换水"), ("请再联系我们。", "请再联系我们，有问题随时回复。")])

fill("zh/warranty/policy-answer",
     dict(buyer_name="赵女士", order_id="112-7719034-5528816", product="ThermaSafe TH-300 加热棒",
          warranty_months="24", agent_name="唐晓岚"),
     "exact", "exact fill")
fill("zh/warranty/policy-answer",
     dict(buyer_name="邓先生", order_id="113-0937251-8842090", product="PondStream PS-3000 池塘水泵",
          warranty_months="12", agent_name="钟一帆"),
     "signature", "签名加职位和工作时间（无联系方式）",
     edits=[("钟一帆\n溪岸水族 售后服务", "钟一帆\n溪岸水族 售后服务 | 售后专员\n服务时间：周一至周五 9:00-18:00（北京时间）")])

fill("zh/defect/apology",
     dict(buyer_name="周先生", product="LumaReef LR-90 LED 灯", fault="右侧三颗灯珠不亮", case_id="BKA-Q-20533",
          agent_name="白若溪"),
     "exact", "exact fill")
fill("zh/defect/apology",
     dict(buyer_name="吴女士", product="ThermaSafe TH-200 加热棒", fault="指示灯一直亮红灯但水温不升", case_id="BKA-Q-20587",
          agent_name="钟一帆"),
     "light-edit", "“非常抱歉”->“真的非常抱歉”，结尾加“祝好”",
     edits=[("非常抱歉，", "真的非常抱歉，"), ("再次向您致歉。\n", "再次向您致歉。祝好！\n")])

fill("zh/review/neutral-request",
     dict(buyer_name="杨女士", product="AquaCheck 六合一水质试纸", order_id="114-6620183-3305974", agent_name="唐晓岚"),
     "exact", "exact fill; neutral review request")
fill("zh/review/neutral-request",
     dict(buyer_name="罗先生", product="CanisterFlow CF-350 外置过滤桶", order_id="111-4471850-9913362",
          agent_name="白若溪"),
     "light-edit", "“如果方便的话”->“如您方便”",
     edits=[("如果方便的话，", "如您方便，")])

fill("zh/app/timer-schedule",
     dict(buyer_name="刘先生", light_model="LR-60", on_time="早上 9:00", off_time="下午 5:00", agent_name="钟一帆"),
     "exact", "exact fill")
fill("zh/app/timer-schedule",
     dict(buyer_name="许女士", light_model="LumaReef LR-90（水草版）", on_time="中午 12:00", off_time="晚上 8:00",
          agent_name="唐晓岚"),
     "greeting", "称呼后加一句，结尾加“祝您的水草长得茂盛”",
     edits=[("许女士您好：\n\n", "许女士您好：\n\n谢谢您的耐心等待。\n\n"),
            ("时间过长容易长藻。", "时间过长容易长藻。祝您的水草长得茂盛！")])

fill("zh-tw/setup/heater-install",
     dict(buyer_name="張小姐", model="TH-100", tank_volume="60 公升", agent_name="林育廷"),
     "exact", "exact fill")
fill("zh-tw/setup/heater-install",
     dict(buyer_name="簡先生", model="ThermaSafe TH-300", tank_volume="180 公升", agent_name="黃郁珊"),
     "greeting", "稱呼後加感謝句，結尾加祝福",
     edits=[("簡先生 您好：\n\n", "簡先生 您好：\n\n謝謝您的來信。\n\n"),
            ("歡迎直接回覆此訊息。", "歡迎直接回覆此訊息。祝您養魚順心！")])

fill("zh-tw/compat/filter-media",
     dict(buyer_name="吳先生", media_name="陶瓷環", model="CF-600", agent_name="黃郁珊"),
     "exact", "exact fill")
fill("zh-tw/compat/filter-media",
     dict(buyer_name="潘小姐", media_name="其他品牌的 2 公升裝燒結球（直徑約 1.5 公分）",
          model="CanisterFlow CF-350 外置過濾桶", agent_name="林育廷"),
     "long-values", "exact fill with long media and model values")

fill("zh-tw/manual/pointer",
     dict(buyer_name="蔡先生", product="PondStream PS-3000", page="7", manual_section="冬季保存", agent_name="林育廷"),
     "exact", "exact fill")
fill("zh-tw/manual/pointer",
     dict(buyer_name="葉小姐", product="AquaCheck 水質測試組", page="12", manual_section="硝酸鹽測試步驟",
          agent_name="黃郁珊"),
     "rewrap", "每行超過 26 字處硬換行", wrap=(26, True))

fill("zh-hk/troubleshoot/pump-no-flow",
     dict(buyer_name="何生", model="PS-3000", agent_name="陳嘉欣"),
     "exact", "exact fill")
fill("zh-hk/troubleshoot/pump-no-flow",
     dict(buyer_name="麥太", model="PondStream PS-5000", agent_name="梁子軒"),
     "greeting", "稱呼後加「多謝你嘅相片」，結尾加「祝一切順利」",
     edits=[("麥太 你好：\n\n", "麥太 你好：\n\n多謝你嘅相片。\n\n"),
            ("我哋再同你跟進。", "我哋再同你跟進。祝一切順利！")])

fill("zh-hk/water/ph-advice",
     dict(buyer_name="黃小姐", ph_value="7.9", fish_species="紅綠燈", agent_name="梁子軒"),
     "exact", "exact fill")
fill("zh-hk/water/ph-advice",
     dict(buyer_name="區生", ph_value="6.2", fish_species="你啲七彩神仙同埋幾條清道夫", agent_name="陳嘉欣"),
     "light-edit", "「建議你」->「我哋建議你」，刪去最後一句的「可以」",
     edits=[("建議你：", "我哋建議你："), ("可以再話我哋知", "再話我哋知")])

# ------------------------------- logistics ---------------------------------
L = "logistics"
free(L, "en", "Hi Marcus, your CF-350 left our warehouse this morning with UPS, tracking number 1Z7X3R410396452218. "
     "It should reach you by Thursday.\n\nRowan", "shipped + tracking, short")
free(L, "en", "Tracking TBA318820574112. Out for delivery today.", "curt tracking answer", tags=["curt"])
free(L, "en", """Hi Jennifer,

Your order hadn't left the warehouse yet, so we've changed the delivery address to 48 Larkspur Lane, Apt 3B, Dayton, OH 45402 as you asked. The new address will show on the order page within the hour.

Thanks,
Maren""", "address change before dispatch")
free(L, "en", """Dear Mr. Ibarra,

I'm sorry the parcel arrived soaked. One of the reagent bottles in the AquaCheck Master Test Kit must have cracked on the way, and the liquid leaked through the box.

You don't need to send anything back. A replacement kit is going out today at no cost to you, sealed in its own bag this time, and I'll post the tracking number in this thread as soon as the label is printed. The leaked bottle can go in the bin with its cap screwed on.

Regards,
Theo Lindqvist
Brooksedge Aquatics""", "leaking parcel damaged in transit, free replacement shipment ('at no cost' is a remedy, not marketing)",
     tags=["transit-damage", "near-miss-marketing"], jc=7)
free(L, "en", "Hello Olivia, we received your returned LR-90 light on 3 June and issued the refund of $89.99 today. "
     "Depending on your bank it can take 3 to 5 business days to appear.", "refund of a return")
free(L, "en", """Hi Tomás,

The pump ships from our US warehouse, so a US address pays no import duty. For orders to Canada, Amazon collects an import fees deposit at checkout that covers customs, so nothing more is due at the door. If the courier asks you for money anyway, don't pay it; reply here and we'll sort it out with them.

Best,
Maren Okafor""", "customs / import fees")
free(L, "en", """Dear Ms. Whitfield,

Our apologies: the carrier reported a weather delay at its Memphis hub. Your parcel (tracking 9405 5118 9956 2240 8813 77) is now expected on Monday 14 July instead of Friday 11 July.

If it hasn't arrived by Wednesday 16 July, reply here and we will send a replacement or refund you, whichever you prefer.

Kind regards,
Rowan Pike
Brooksedge Aquatics Support""", "delivery delay, long and formal")
free(L, "en", """Hi Rachel,

Sorry about this. Tracking says delivered at 2:14 pm, so first please check around the porch, the mailroom and with neighbours. Carriers sometimes scan a parcel as delivered a little early, so give it until tomorrow evening.

If it still hasn't turned up by then, tell us and we'll ship a replacement straight away; there's no need to wait for a claim.

Theo""", "delivered-but-missing parcel")
free(L, "en", "Good news, Hannah: the replacement heater shipped this afternoon with USPS, tracking 9400 1118 9922 3105 7764 21. "
     "No need to return the first one. Enjoy the new setup!", "replacement shipped; ends with a courtesy line",
     tags=["courtesy"], jc=8)
free(L, "en", "Refund for the returned pump went through today.", "curt refund confirmation", tags=["curt"])
free(L, "en", """Hi Doug,

Apologies, we packed a TH-100 instead of the TH-200 you ordered. The TH-200 is on its way (tracking TBA318820590337, arriving Wednesday).

For the TH-100, start a return from Your Orders and choose "wrong item sent"; the label is free, and you have 30 days to drop it off.

Maren""", "wrong item sent, exchange")
free(L, "en", "Hi Ellen, the duplicate order 113-7740216-3359012 has been cancelled as you asked. You were not charged for it.",
     "cancellation of a duplicate order (order id is not a phone number)", tags=["near-miss-phone"])
free(L, "en", """Hello Patrick,

We can't reroute a parcel once the carrier has it, but you can add delivery instructions (gate code, "leave at the side gate") under Your Orders > Track package. We have also put "side gate" on the shipping note for the replacement, which leaves on Tuesday.

Thank you for your patience, and happy fishkeeping!
Rowan""", "delivery instructions; courtesy sign-off", tags=["courtesy"], jc=8)

# zh simplified logistics
free(L, "zh", "您好，您的包裹已于今天上午由 UPS 发出，运单号 1Z7X3R410396471150，预计 3 个工作日内送达。", "已发货 + 单号",
     tags=["simplified"])
free(L, "zh", """刘女士您好：

您的订单还没有出库，我们已按您的要求把收货地址改为 1820 Maple Ave, Unit 5, Fremont, CA 94538，订单页面一小时内会更新。

钟一帆""", "修改地址", tags=["simplified"])
free(L, "zh", """您好，

退货请在亚马逊“我的订单”中找到这笔订单，点击“退货或换货”，选择原因后系统会生成预付退货标签。请把加热棒装回原包装，贴好标签交给 UPS 即可。我们收到退货后两个工作日内办理退款。

唐晓岚""", "退货流程", tags=["simplified"])
free(L, "zh", """王女士您好：

非常抱歉，包裹里的试剂瓶在运输途中破裂漏液了，给您添麻烦了。

您不需要退回任何东西。我们今天已为您免费补发一套新的测试套装，这次会单独密封包装，运单号出来后第一时间在这里告诉您。漏液的瓶子拧紧瓶盖丢掉就可以。

白若溪
溪岸水族""", "运输途中漏液，免费补发（“免费补发”是补救，不是营销）", tags=["simplified", "transit-damage", "near-miss-marketing"], jc=7)
free(L, "zh", "物流延误，预计周三送达，请耐心等待。", "延误，简短生硬", tags=["simplified", "curt"])
free(L, "zh", "张先生您好，您退回的 PS-3000 已于 6 月 12 日签收，退款 $64.99 已原路退回，银行入账一般需要 3 到 5 个工作日。",
     "退货退款", tags=["simplified"])
free(L, "zh", """您好：

寄往加拿大的订单在下单时已由亚马逊预收进口费用押金，清关时不会再向您收取关税。如果快递员要求您另外付款，请先不要支付，在这里回复我们，我们来处理。

唐晓岚""", "关税", tags=["simplified"])
free(L, "zh", """您好，

物流显示已签收但您没有收到，真的很抱歉。请先看一下门口、信箱和物业前台，也可以问问邻居，有时快递会提前扫描签收。

如果明天晚上还没找到，请告诉我们，我们直接给您补发，不需要等理赔。

钟一帆""", "显示签收但未收到", tags=["simplified"])
free(L, "zh", "您好，您的订单分两个包裹发出：过滤桶已经送达，滤材套装在第二个包裹里，单号 TBA318820611820，预计周六到。祝您的鱼儿健康！",
     "分包裹发货；结尾客套话", tags=["simplified", "courtesy"], jc=8)
free(L, "zh", "您好，重复下的订单 114-5502917-8842263 已经帮您取消了，不会扣款。", "取消重复订单（订单号不是电话号码）",
     tags=["simplified", "near-miss-phone"])

# zh traditional (Taiwan) logistics
free(L, "zh", "林先生您好，您的包裹已經出貨，物流單號 1Z7X3R410396480044，預計週四送達。", "已出貨 + 單號", tags=["traditional"])
free(L, "zh", "您好，我們已收到您退回的 LR-60 燈具，退款 US$54.99 已退回原付款方式，約 3 至 5 個工作天入帳。",
     "退貨退款", tags=["traditional"])
free(L, "zh", """您好：

包裹已經在運送途中，我們這邊無法再修改地址。建議您在物流追蹤頁面申請改派，或改送到附近的取貨點；如果包裹被退回，我們收到後會立即為您重新寄出。

黃郁珊""", "已出貨無法改地址", tags=["traditional"])
free(L, "zh", """陳先生您好：

非常抱歉，包裹在運送途中被壓破，加熱棒的玻璃管也裂了。裂掉的那支請不要再通電，直接丟棄即可，不需要寄回。

我們已經安排免費補寄一支新的，這次會加強泡棉包裝，寄出後會把單號貼在這裡。

林育廷""", "運送途中壓破，免費補寄", tags=["traditional", "transit-damage"], jc=7)
free(L, "zh", "您好，寄到台灣的訂單由亞馬遜代收進口稅費，下單時已經包含在總金額裡，收貨時不需要再付費。", "關稅",
     tags=["traditional"])

# zh Hong Kong logistics
free(L, "zh", "陳生你好，你嘅包裹今日已經寄出，速遞單號 TBA318820633571，預計三至五個工作天送到。", "已寄出（香港用語）",
     tags=["hk"])
free(L, "zh", "你好，我哋已經收到你退返嚟嘅水泵，退款已經處理好，大約三至五個工作天會退返去你原本嘅付款方式。",
     "退貨退款（香港用語）", tags=["hk"])
free(L, "zh", """李小姐你好：

唔好意思，速遞途中個包裹漏水，試劑盒濕晒。唔使寄返畀我哋，我哋今日已經免費補寄一套新嘅，單號出咗會喺呢度通知你。

梁子軒""", "運送途中漏水，免費補寄（香港用語）", tags=["hk", "transit-damage"], jc=7)
free(L, "zh", "你好，訂單仲未出貨，已經幫你將地址改做九龍灣宏開道 8 號 12 樓 B 室。", "改地址（香港用語）", tags=["hk"])

# mixed logistics
free(L, "mixed", "Hi Kevin，你的 order 已经 ship 了，tracking number 是 1Z7X3R410396492385，UPS 预计 Friday 送到。",
     "code-switched shipping notice", tags=["simplified", "code-switch"])
free(L, "mixed", """Hello Mr. Fong,

Your return has arrived and the refund was issued today; it usually shows up within 3 to 5 business days.

方先生您好，您的退货已经收到，退款今天已经办理，一般 3 到 5 个工作日到账。

Tang Xiaolan 唐晓岚""", "bilingual refund of a return", tags=["simplified", "bilingual"])
free(L, "mixed", "Hello 陳小姐，個 parcel 已經 out for delivery，今日下晝會送到，記得留人收件。",
     "code-switched HK out-for-delivery", tags=["hk", "code-switch"])
free(L, "mixed", """Hi Jason, the address on the order is now 77 Orchard Street, Apt 2F, New York, NY 10002. It will ship tomorrow.
您好，订单地址已改为 77 Orchard Street, Apt 2F, New York, NY 10002，明天发货。""", "bilingual address update",
     tags=["simplified", "bilingual"])

# ------------------------- free non-logistics (TR) -------------------------
F = "free-non-logistics"
free(F, "en", """Hi Ben,

On the CF-600 I'd set the intake about 5 cm above the gravel and run the spray bar along the back glass, just under the surface. That gives you good surface movement without blasting the plants. Never run it dry, by the way; a few seconds without water is enough to scorch the impeller seal.

Rowan""", "free-written setup tips", labels=TR)
free(F, "en", """Hi Jess,

The "device offline" message usually shows up after a phone update. Delete the light from the app, force-close the app, switch the light off at the plug for 10 seconds, then add it again. Your schedule is stored on the light itself, so you won't lose it.

Maren""", "free troubleshooting of the timer app", labels=TR)
free(F, "en", "Yes, the heater has a 2-year warranty. Yours stopped after 7 months, so it's well within that. Send us a photo "
     "of the label and we'll take it from there.", "warranty answer written freely", labels=TR)
free(F, "en", """Between the two I'd go for the LR-90 for your setup. The LR-60 is fine for low-light plants, but it won't get enough light to the bottom of a 55 cm deep tank. For what it's worth, I run an LR-90 over my own 180 L planted tank and I'm happy with it.

Theo""", "product opinion", labels=TR)
free(F, "en", "A pH of 8.2 is high for discus, but I wouldn't chase it with chemicals. Mix some RO water into your water "
     "changes and bring it down slowly over two or three weeks.", "water-parameter advice written freely", labels=TR)
free(F, "en", "Hi Morgan, now that the pump has been running for a few weeks, we'd be grateful if you could tell other pond "
     "owners what you think of it on the product page. Thanks!",
     "neutral review request written freely (no rating, no condition, no incentive)", labels=TR, jc=6)
free(F, "en", "Cleaning steps are on page 14, impeller diagram right next to it.", "one-line manual pointer written freely",
     labels=TR, tags=["short"], jc=12)
free(F, "en", "I'm really sorry the light gave out after a week, that shouldn't happen. I've flagged it with our QA people. "
     "Let me know whether you'd rather have a new one or your money back.",
     "defect apology written freely (offers a remedy, but the message is a defect apology)", labels=TR, jc=7)
free(F, "en", """Hi Mr. Lau,

A pH of 7.9 is a little high for neon tetras. Don't try to change it quickly; two 20% water changes a week and a couple of Indian almond leaves in the filter will bring it down gently. Test every other day and note the numbers.

Liang Zixuan""", "English rendering of the HK pH template; there is no English pH template", labels=TR,
     tags=["translated-template"], jc=9, src="zh-hk/water/ph-advice")
free(F, "en", """Hi Colette,

Thanks for buying the PS-3000. For a pond of about 3 tonnes: put the pump at the deepest point on a flat brick so it doesn't suck up mud, keep the outlet hose as straight as you can (each bend costs you roughly 10% of the head height), submerge it fully to get the air out before plugging it in, and rinse the pre-filter sponge every two weeks. Take it out for the winter once the water drops below 4°C.

Tang Xiaolan""", "English rendering of the Chinese pond-pump template; no English pond-pump template", labels=TR,
     tags=["translated-template"], jc=9, src="zh/setup/pond-pump-install")

free(F, "zh", "您好，外置过滤桶第一次启动前一定要先把桶里灌满水，然后按注水键十来下，听到水流声再通电。进水口离底沙留五厘米左右，"
     "出水口朝向缸壁，这样水流不会太冲。", "自由撰写的安装建议", labels=TR, tags=["simplified"])
free(F, "zh", "您好，App 显示离线的话，先把灯断电十秒再通电，然后在 App 里删除设备重新添加就行。定时设置保存在灯里，不会丢。",
     "自由撰写的 App 故障排除", labels=TR, tags=["simplified"])
free(F, "zh", "这款加热棒保修两年，您用了八个月出问题，肯定在保修期内，放心。拍一下铭牌发过来就行。", "自由撰写的保修答复",
     labels=TR, tags=["simplified"])
free(F, "zh", """您好，

说实话，三十厘米的小缸配 CF-350 水流偏强，小鱼游起来会很累。您可以把出水口的阀门关小一半，或者在出水口套一块海绵缓冲一下，效果会好很多。

白若溪""", "产品意见 + 使用建议", labels=TR, tags=["simplified"])
free(F, "zh", "您好，LR-60 的支架最宽能拉到 70 厘米，您的缸是 75 厘米，架不上去。可以改用吊架把灯吊在缸上方。",
     "自由撰写的兼容性答复", labels=TR, tags=["simplified"])
free(F, "zh", "亚硝酸盐 0.5 说明硝化系统还没建立好，先别加鱼，每两天换 20% 的水，一周后再测。", "自由撰写的水质建议",
     labels=TR, tags=["simplified", "short"])
free(F, "zh", "真不好意思，灯才用一周就坏了，是我们的问题。已经报给质检了，您看是换新还是退款，跟我说一声就行。",
     "自由撰写的质量问题致歉", labels=TR, tags=["simplified"], jc=7)
free(F, "zh", """您好，

启动前请先关闭双头阀，把过滤桶灌满缸水，只留两厘米左右的空隙，盖好盖子确认密封圈压平，再打开阀门按十来下注水键。等水自己流进桶里之后再插电，头十分钟有咕噜声是空气在排出，属于正常现象。

钟一帆""", "中文版过滤桶注水说明；注水模板只有英文版", labels=TR, tags=["simplified", "translated-template"], jc=9,
     src="en/setup/canister-filter-priming")

free(F, "zh", "您好，加熱棒放進水裡後先不要插電，等 15 分鐘左右讓溫度平衡，不然玻璃管可能因為溫差破裂。溫度建議設在 25 到 26 度。",
     "自由撰寫的加熱棒使用建議（台灣）", labels=TR, tags=["traditional"])
free(F, "zh", "您好，水泵的保固是一年，從收到貨那天開始算。葉輪屬於耗材不在保固範圍，但如果是馬達本身的問題就可以保固。",
     "自由撰寫的保固答覆（台灣）", labels=TR, tags=["traditional"])
free(F, "zh", """您好：

紅綠燈魚比較喜歡偏酸的軟水，pH 6.5 左右最理想。可以在缸裡放幾片欖仁葉，水色會稍微變黃，這是正常的。換水時記得先除氯。

黃郁珊""", "自由撰寫的養魚建議（台灣）", labels=TR, tags=["traditional"])

free(F, "zh", "你好，部燈閃嚟閃去通常係火牛接觸唔好，你試吓拔咗佢再插實啲，或者換個插蘇試吓。", "自由撰寫的燈具故障排除（香港）",
     labels=TR, tags=["hk"])
free(F, "zh", "你好，錦鯉池嘅水泵最好每個鐘可以將成個池嘅水循環一次。你個池大約 4 噸，你買嗰部 PS-5000 就啱晒。",
     "自由撰寫的選型建議（香港）", labels=TR, tags=["hk"])

free(F, "mixed", "Hi Amy，LR-90 的 sunrise mode 可以在 app 的 schedule 里开，ramp time 建议设 30 分钟，鱼比较不容易受惊。",
     "code-switched timer tip", labels=TR, tags=["simplified", "code-switch"])
free(F, "mixed", """The clicking noise is usually sand in the impeller. Take the impeller out, rinse it and the ceramic shaft, and put it back.
咔嗒声通常是叶轮里有沙子，把叶轮和陶瓷轴拆下来冲洗干净再装回去就好。""", "bilingual free troubleshooting",
     labels=TR, tags=["simplified", "bilingual"])
free(F, "mixed", "你好，個 heater 嘅 thermostat 有正負一度誤差，建議你另外放個 thermometer 喺缸中間對吓。",
     "code-switched HK heater tip", labels=TR, tags=["hk", "code-switch"])
free(F, "mixed", """If you have a minute, we'd appreciate an honest review of the filter on Amazon.
如果方便，欢迎您在亚马逊留下对过滤桶的真实评价。""", "bilingual neutral review request written freely", labels=TR,
     tags=["simplified", "bilingual"], jc=6)

# ------------------------ rewritten templates (TR) -------------------------
RW = "rewritten-template"
free(RW, "en", "Hey Priyanka, the priming trick that works for most people: shut the valve, top the canister up with tank "
     "water to the brim, seal the lid, open the valve and pump the primer a bunch of times. Once it starts siphoning "
     "on its own you're good. A bit of gurgling for a few minutes is just air working its way out.",
     "heavy rewrite of en/setup/canister-filter-priming", labels=TR, src="en/setup/canister-filter-priming")
free(RW, "en", """Hi Callum,

Quick checklist for the heater: if there's no light at all, it isn't getting power. Red means it's working, green means it thinks it's already warm enough. Try nudging the dial up a couple of degrees and give it half an hour. And put a cheap stick-on thermometer on the far side of the tank; the dial can be a degree out.

Theo""", "heavy rewrite of en/troubleshoot/heater-not-heating", labels=TR, src="en/troubleshoot/heater-not-heating")
free(RW, "en", "You're still under warranty until March 2027. Just send a picture of the sticker with the serial number "
     "and a quick video of what it's doing, and tell us if it's in a pond or a tank. We'll get back to you within a "
     "couple of days.", "heavy rewrite of en/warranty/claim-steps", labels=TR, src="en/warranty/claim-steps")
free(RW, "en", """Hi Dana,

Short answer: yes, it'll fit. The LR-90's legs slide out, so it sits on anything the box says it covers. On a rimless tank just rest the feet on the glass edge. Keep it a hand's width above the water or the lens fogs up. Your tank is shallow, so start around 60% brightness or you'll be fighting algae.

Maren""", "heavy rewrite of en/compat/light-tank-size", labels=TR, src="en/compat/light-tank-size")
free(RW, "en", "It's all in the manual, page 11, the nitrate section. The manual should be in a little bag stuck to the "
     "inside of the lid. Can't find it? Say the word and I'll attach the PDF here.",
     "heavy rewrite of en/manual/pointer", labels=TR, src="en/manual/pointer", jc=12)
free(RW, "zh", "您好，池塘泵放在最深的地方，下面垫块砖防止吸泥；管子别绕弯；先沉到水里排气再通电；海绵两周冲一次；冬天水温太低就拿出来收好。",
     "heavy rewrite of zh/setup/pond-pump-install", labels=TR, tags=["simplified"], src="zh/setup/pond-pump-install")
free(RW, "zh", """您好，

嗡嗡响一般是桶里有空气，按几下注水键就好；咔嗒响是叶轮卡了沙子，拆下来冲一冲；如果是整个桶在震，放平一点、底下垫块垫子。还不行就拍个小视频给我们看看。

钟一帆""", "heavy rewrite of zh/troubleshoot/filter-noise", labels=TR, tags=["simplified"], src="zh/troubleshoot/filter-noise")
free(RW, "zh", "氨 2 ppm 太高了，赶紧换三分之一的水，这几天少喂点，滤棉先别洗，每天测一次。一般几天就降下来。",
     "heavy rewrite of zh/water/ammonia-high", labels=TR, tags=["simplified"], src="zh/water/ammonia-high")
free(RW, "zh", "您的加热棒保两年，从收货那天算起。电路、电机、漏水这类问题都包，摔坏的、自己拆过的和消耗件不包。要报修的话把毛病说一下，再拍张铭牌。",
     "heavy rewrite of zh/warranty/policy-answer", labels=TR, tags=["simplified"], src="zh/warranty/policy-answer")
free(RW, "zh", "您好，定时在 App 设备页右上角，开灯关灯时间填好，建议把渐变打开，最后记得点保存到灯具。一天开六到八个小时就够了。",
     "heavy rewrite of zh/app/timer-schedule", labels=TR, tags=["simplified"], src="zh/app/timer-schedule")
free(RW, "zh", "您好，这次灯珠不亮确实是我们的问题，实在对不住。单子我们已经记下来转给质检了，灯先别用，明天之前我给您答复是换还是退。",
     "heavy rewrite of zh/defect/apology", labels=TR, tags=["simplified"], src="zh/defect/apology")
free(RW, "zh", "您好，燒結球放得進濾材籃、不擋到中間那根管子就能用。放中間那層，洗的時候用舊缸水就好。",
     "heavy rewrite of zh-tw/compat/filter-media", labels=TR, tags=["traditional"], src="zh-tw/compat/filter-media")
free(RW, "zh", "您好，加熱棒先泡水十五分鐘再插電，斜放在出水口旁邊，水要蓋過最低水位線。要拿出來之前先拔插頭，等十分鐘。",
     "heavy rewrite of zh-tw/setup/heater-install", labels=TR, tags=["traditional"], src="zh-tw/setup/heater-install")
free(RW, "zh", "你好，水泵唔出水多數係入面有空氣或者葉輪卡住，拆開個濾網蓋清一清，放返落水搖幾下再開就得。",
     "heavy rewrite of zh-hk/troubleshoot/pump-no-flow", labels=TR, tags=["hk"], src="zh-hk/troubleshoot/pump-no-flow")
free(RW, "mixed", """Hi Sara, pairing: Bluetooth + location on, hold MODE 5 s until it blinks blue twice, then "Add device". Stay close to the light.
配对：开蓝牙和定位，长按 MODE 五秒，闪两下蓝光后点添加设备。""", "heavy rewrite of bilingual/app/timer-pairing",
     labels=TR, tags=["simplified", "bilingual"], src="bilingual/app/timer-pairing")

# ---------------------------- mixed logistics -----------------------------
X = "mixed-logistics"
free(X, "en", "Hi Laura, your replacement heater shipped today, tracking 9400 1118 9922 3105 9012 55. When it arrives, let "
     "it sit in the tank for 15 minutes before you plug it in, and set it to about 26°C; bettas like it warm.",
     "replacement shipped + free setup/fish-care advice", labels=TR)
free(X, "en", """Hi Victor,

You can return it from Your Orders for a full refund, no problem. Before you do, though, it's worth rinsing the pre-filter sponge and the impeller: nearly every "weak flow" complaint we see turns out to be a clogged sponge.

Rowan""", "return instructions + troubleshooting tip", labels=TR)
free(X, "en", "The test kit is out for delivery today. Once you have it, test ammonia first: with new fish in a three-day-old "
     "tank, that's the one most likely to spike.", "delivery + water-testing advice", labels=TR, tags=["short"])
free(X, "en", """Hi Nadia,

Done: the address is now 9 Kestrel Court, Leeds LS6 2QF, and the light ships tomorrow.

One tip while you wait: start with a 7-hour photoperiod and 60% brightness for the first fortnight, then adjust. New tanks get algae easily with too much light.

Maren""", "address change + lighting advice", labels=TR)
free(X, "en", "The pump ships from our EU warehouse, so there are no customs charges to Germany. It's a 230 V unit with a "
     "Schuko plug, so it goes straight into a German socket without an adapter.",
     "customs + electrical compatibility of the product", labels=TR, jc=11)
free(X, "en", """Dear Mr. Corrigan,

I'm sorry the box arrived crushed. A replacement CF-600 is on its way (tracking 1Z7X3R410396507713, due Friday), and you can keep or recycle the damaged one.

When you set up the new one, fill the canister with tank water before you open the valves, and run the spray bar just below the surface; your gouramis will appreciate the gentle flow. Give the media a month before the first clean so the bacteria can settle in.

Kind regards,
Theo Lindqvist""", "transit damage + replacement, then free setup and fish-care paragraph", labels=TR, tags=["transit-damage"])
free(X, "zh", "您好，包裹已经发出，单号 TBA318820652208。到货后先把滤材用缸里的旧水冲一下再放进过滤桶，千万别用自来水，不然硝化细菌会死掉。",
     "发货 + 滤材使用建议", labels=TR, tags=["simplified"])
free(X, "zh", """您好：

退回的加热棒已经签收，退款今天原路退回。

另外提醒一下，您说原来的缸水温在 22 度左右，斗鱼比较怕冷，新加热棒到之前可以先把缸盖盖上，房间温度调高一点。

唐晓岚""", "退款 + 养鱼建议", labels=TR, tags=["simplified"])
free(X, "zh", "补发的水泵明天发出，单号出来后发给您。现在这台如果还能转，可以先把叶轮拆出来冲洗一下，说不定出水会恢复。",
     "补发 + 故障排除建议", labels=TR, tags=["simplified"])
free(X, "zh", "加热棒预计周五送到。这几天晚上可以把房间空调温度调高一点，鱼缸盖好盖子保温，水温别一下掉太多。",
     "延误 + 临时保温建议", labels=TR, tags=["simplified"])
free(X, "zh", """您好，您的燈具今天已經出貨，單號 1Z7X3R410396518830，預計下週二送達。

燈到了之後，前兩週建議每天只開六小時、亮度開到一半，新缸光照太強很容易長藻。

林育廷""", "出貨 + 光照建議（台灣）", labels=TR, tags=["traditional"])
free(X, "zh", "你好，退貨已經收到，退款處理好咗。另外你話部新泵有啲嘈，通常係放得唔夠平，底下墊塊膠墊就會靜好多。",
     "退款 + 噪音建議（香港）", labels=TR, tags=["hk"])
free(X, "mixed", """Your replacement test kit ships today, tracking TBA318820668451.
补发的测试套装今天寄出，单号 TBA318820668451。
Tip: shake nitrate bottle #2 for a full 30 seconds, otherwise the reading comes out too low.
小提示：硝酸盐 2 号瓶要用力摇满 30 秒，否则读数会偏低。""", "bilingual replacement shipment + testing tip", labels=TR,
     tags=["simplified", "bilingual"])
free(X, "mixed", "Hi Leo，你的 heater 明天 deliver。装的时候记得斜放在 filter outlet 旁边，heat 会分布得比较均匀。",
     "code-switched delivery + placement tip", labels=TR, tags=["simplified", "code-switch"])

# ------------------------------- violating ---------------------------------
V = "violating"
fill("en/review/neutral-request",
     dict(buyer_name="Declan", product="CanisterFlow CF-350 filter", order_id="113-2256098-7014433",
          agent_name="Rowan Pike"),
     "light-edit", "review sentence edited to ask for 5 stars from happy buyers (C2 + gating); still close to the template",
     edits=[("Honest reviews, whatever they say, help", "If you're happy with it, a 5-star review would really help")],
     labels=["review-inducement"], cat=V, jc=1)
fill("zh/review/neutral-request",
     dict(buyer_name="钱先生", product="ThermaSafe TH-200 加热棒", order_id="112-9030471-6158820", agent_name="钟一帆"),
     "exact+added", "exact fill plus an appended 五星好评 sentence",
     post="\n\n满意的话麻烦给个五星好评，非常感谢！", labels=["review-inducement"], cat=V, jc=1)
fill("zh/defect/apology",
     dict(buyer_name="冯女士", product="PondStream PS-3000 池塘水泵", fault="运行半小时后自动停机", case_id="BKA-Q-20612",
          agent_name="唐晓岚"),
     "exact+added", "exact fill plus a request to change the buyer's negative review (C4)",
     post="\n\n问题解决后，麻烦您把之前留的差评修改一下，谢谢理解。", labels=["review-inducement"], cat=V, jc=1)
fill("en/troubleshoot/heater-not-heating",
     dict(buyer_name="Rosalind", model="TH-200", set_temp="24°C", agent_name="Theo Lindqvist"),
     "exact+added", "exact fill plus a P.S. with a discount code for another heater (marketing)",
     post="\n\nP.S. Our new TH-300 Pro is out this week. Use code HEAT15 for 15% off.", labels=["marketing"], cat=V, jc=1)
fill("zh/setup/pond-pump-install",
     dict(buyer_name="蒋先生", model="PS-5000", pond_volume="5 吨", agent_name="白若溪"),
     "exact+added", "exact fill plus a cross-sell of a UV clarifier with a price cut",
     post="\n\n另外，现在加购我们的 UV 杀菌灯可立减 15 美元，池水清澈一整季！", labels=["marketing"], cat=V, jc=1)
fill("zh-tw/compat/filter-media",
     dict(buyer_name="邱先生", media_name="陶瓷環", model="CF-350", agent_name="林育廷"),
     "exact+added", "exact fill plus a buy-two-get-one offer on filter media",
     post="\n\n本店新推出的高密度陶瓷環本週買二送一，歡迎選購！", labels=["marketing"], cat=V, jc=1)
fill("zh-hk/troubleshoot/pump-no-flow",
     dict(buyer_name="歐陽生", model="PS-3000", agent_name="陳嘉欣"),
     "exact+added", "exact fill plus 'WhatsApp us' with a phone number",
     post="\n\n如果急，可以直接 WhatsApp 6188 0342 搵我哋，回覆會快啲。", labels=["off-platform-contact"], cat=V, jc=1)
fill("en/manual/pointer",
     dict(buyer_name="Ingrid", product="LumaReef LR-60", manual_section="Resetting the timer", page="9",
          agent_name="Rowan Pike"),
     "light-edit", "PDF offer swapped for a link to the seller's own website",
     edits=[("we can attach a PDF copy in this thread; just reply \"PDF\" and we will send it.",
             "you can download it from brooksedge-aquatics.com/manuals anytime.")],
     labels=["off-platform-contact"], cat=V, jc=1)
fill("en/warranty/claim-steps",
     dict(buyer_name="Mr. Osterberg", product="CanisterFlow CF-600 filter", order_id="111-3097712-4468530",
          purchase_date="22 May 2025", warranty_end="22 May 2027", agent_name="Maren Okafor"),
     "signature", "signature block carries an e-mail address (policy.md: signature blocks are a real source of violations)",
     edits=[("Sincerely,\nMaren Okafor\nBrooksedge Aquatics Warranty Team",
             "Sincerely,\nMaren Okafor\nBrooksedge Aquatics Warranty Team\nwarranty@brooksedgeaquatics.com")],
     labels=["off-platform-contact"], cat=V, jc=13)
fill("zh-hk/water/ph-advice",
     dict(buyer_name="岑小姐", ph_value="8.1", fish_species="燈科魚", agent_name="梁子軒"),
     "exact+added", "exact fill plus 'follow our Facebook page' line",
     post="\n\n更多養魚貼士可以睇我哋 Facebook 專頁「溪岸水族 Brooksedge」，記得 follow 同 like 我哋！",
     labels=["off-platform-contact", "marketing"], cat=V, jc=10)

free(V, "en", "Hi Paulo, your filter is with FedEx, tracking 7720 4418 3096. You can also follow it live on our own "
     "tracking page: track.brooksedge-ship.com/7720",
     "logistics reply linking to the seller's own tracking site", labels=["off-platform-contact"], jc=2)
free(V, "zh", "您好，退货标签我们这边生成好了，亚马逊里不方便发，您加一下我们的微信 bka_service88，我直接发给您。",
     "退货回复把买家引到微信", labels=["off-platform-contact"], tags=["simplified"], jc=2)
free(V, "en", """Hi Ms. Dunmore,

We received the returned LR-90 yesterday and your refund of $92.50 has been issued.

Now that everything is sorted, would you consider updating your 2-star review? It would mean a lot to our small team.

Maren""", "refund of a return + request to update a review (C4)", labels=["review-inducement"] + TR, jc=4)
free(V, "en", """Hi Sven,

Sounds like the light dropped off your Wi-Fi. Hold MODE for 10 seconds to reset it, then re-add it in the app. If that doesn't work, message me on Telegram @bka_rowan and I'll walk you through it live.

Rowan""", "free app troubleshooting + Telegram handle", labels=["off-platform-contact"] + TR, jc=3)
free(V, "zh", "您好，您测的硝酸盐 40 ppm 偏高，建议每周换水两次、少喂一点。对了，本店好评返现 10 美元，留评后截图发给我们就行。",
     "自由撰写的水质建议 + 好评返现", labels=["review-inducement"] + TR, tags=["simplified"], jc=3)
free(V, "zh", "您好，加熱棒保固兩年，您這個情況可以直接換新。詳細流程比較多，麻煩加我們的 LINE：@bka_tw 我一步一步跟您說明。",
     "自由撰寫的保固答覆 + LINE 帳號", labels=["off-platform-contact"] + TR, tags=["traditional"], jc=3)
free(V, "en", """Hi Thomas,

So glad the pond pump is working well for you! If you're happy with it, we'd love a review on Amazon. If anything isn't perfect, please message us first instead of posting a review, and we'll make it right.

Theo""", "free-written review request with gating", labels=["review-inducement"] + TR, jc=6)
free(V, "zh", """亲爱的鱼友：

溪岸水族春季上新！全新 LumaReef LR-120 水草灯和 CanisterFlow CF-900 过滤桶现已上架，全店使用优惠码 SPRING20 立享八折，欢迎选购！

溪岸水族""", "整条消息都是上新促销 + 优惠码", labels=["marketing"] + TR, tags=["simplified"], jc=5)
free(V, "mixed", """Sorry, your heater is delayed by the carrier and should now arrive Tuesday. As an apology, use code SORRY10 for 10% off your next order.
很抱歉，加热棒因物流原因延误，预计周二送达。为表歉意，下次下单可使用优惠码 SORRY10 享九折。""",
     "bilingual delay notice + apology coupon", labels=["marketing"] + TR, tags=["simplified", "bilingual"], jc=4)


# ---------------------------------------------------------------------------
# Judgement calls (text for README; ids filled in from the replies)
# ---------------------------------------------------------------------------
JCS = {
    1: "Filled template with a short violating addition or swap (a 5-star ask, 五星好评, a request to change a "
       "negative review, a discount-code P.S., a cross-sell, a WhatsApp number, a link to the seller's site). "
       "interface.md defines `template-required` as a message that is not logistics **and** does not match any "
       "approved template closely enough. These replies still match their template closely (the addition is one "
       "sentence next to a full template; difflib >= 0.75 against the own rendering, and the own template is the "
       "nearest), so `template-required` is not expected: only the content policy. Catching the added sentence is "
       "the content rules' job, and a similarity measure cannot tell a friendly extra line from a bad one.",
    2: "Free-written reply that is only about logistics (tracking, a return label) but sends the buyer off Amazon "
       "(the seller's own tracking site, WeChat). The topic is still logistics, so no `template-required`; "
       "`off-platform-contact` only.",
    3: "Free-written non-logistics answer (troubleshooting, water advice, a warranty answer) that also breaks a "
       "content policy (Telegram, LINE, 好评返现): both the content policy and `template-required`. The violation "
       "neither adds nor removes the template finding; free support text is free support text.",
    4: "Free-written logistics reply with an added non-logistics violating sentence (asking to update a 2-star "
       "review after the refund, an apology coupon for the next order). The added sentence is neither logistics nor "
       "template text, exactly like the advice sentence in a mixed-logistics reply, so `template-required` is "
       "expected together with the content policy. (A refund-then-review message is the C4 pattern policy.md "
       "warns about.)",
    5: "A message that is only a launch announcement with a store-wide code is not logistics and matches no "
       "template: `marketing` + `template-required`.",
    6: "A review request is not logistics: policy.md lists it as its own permitted purpose, separate from order "
       "fulfilment. A free-written review request therefore expects `template-required` even when it is perfectly "
       "neutral (no rating, condition or incentive), because it is not one of the approved review templates; a "
       "gating one adds `review-inducement`. Fills of the approved neutral review templates expect `[]` (the "
       "once-per-order limit needs a ledger and is out of scope here).",
    7: "Transit damage versus product defect. A parcel that arrives crushed or soaked (leaked reagent, cracked "
       "heater glass in a crushed box) is a shipping problem: a reply that arranges the free replacement shipment "
       "and says what to do with the damaged goods (bin it, don't power it, no need to return) is logistics and "
       "expects `[]`. A product that fails in use (a light that dies after a week, a heater that never switches "
       "on) is a defect: a free-written apology for it expects `template-required` even though it offers a "
       "replacement or refund, because the message is a defect apology, for which approved templates exist.",
    8: "Courtesy lines ('Enjoy the new setup!', 'happy fishkeeping', 祝您的鱼儿健康) do not turn a logistics reply "
       "into a non-logistics one; expected `[]`. One substantive advice sentence does (how to set a heater, "
       "which parameter to test first): those replies are mixed-logistics and expect `template-required`.",
    9: "A free translation of a template into a language that has no template for that topic (English pH advice "
       "from the Hong Kong template, English pond-pump setup from the Simplified template, Chinese priming steps "
       "from the English template) is free text for the buyer's language: `template-required`. A template in "
       "another language does not cover it; the library has no cross-language equivalence.",
    10: "'Follow and like our Facebook page for more tips' is both a social-channel pointer (`off-platform-contact`, "
        "policy.md D4) and a social-follow call to action (`marketing`, policy.md B: 'Follow us on Instagram'). "
        "Both labels; no `template-required` (JC1: the line is added to a complete template fill).",
    11: "Electrical compatibility of the product (voltage, plug type) is product information, not logistics, even "
        "inside a customs answer: the reply is mixed-logistics and expects `template-required`.",
    12: "Short is not exempt: a one-line free-written manual pointer is non-logistics and does not match the "
        "manual-pointer template closely, so it expects `template-required`.",
    13: "A signature block with an e-mail address on an otherwise normal template fill: `off-platform-contact` "
        "only. A signature made of name, title and office hours (no contact data) is an ordinary edit and keeps "
        "the fill at `[]`.",
}


# ---------------------------------------------------------------------------
# Self-checks
# ---------------------------------------------------------------------------
SIMP_TRAD = [("这", "這"), ("们", "們"), ("说", "說"), ("过", "過"), ("请", "請"), ("时", "時"), ("发", "發"),
             ("货", "貨"), ("会", "會"), ("问", "問"), ("题", "題"), ("为", "為"), ("单", "單"), ("号", "號"),
             ("东", "東"), ("间", "間"), ("与", "與"), ("务", "務"), ("电", "電"), ("灯", "燈"), ("书", "書"),
             ("对", "對"), ("还", "還"), ("没", "沒"), ("设", "設"), ("应", "應"), ("买", "買"), ("换", "換"),
             ("测", "測"), ("试", "試"), ("质", "質"), ("处", "處"), ("开", "開"), ("关", "關"), ("机", "機"),
             ("种", "種"), ("让", "讓"), ("给", "給"), ("长", "長"), ("头", "頭"), ("实", "實"), ("认", "認"),
             ("点", "點"), ("现", "現"), ("动", "動"), ("钟", "鐘"), ("经", "經"), ("网", "網"), ("码", "碼"),
             ("递", "遞"), ("运", "運"), ("输", "輸"), ("装", "裝"), ("鱼", "魚"), ("温", "溫"), ("热", "熱"),
             ("湿", "濕"), ("围", "圍"), ("后", "後"), ("谢", "謝"), ("联", "聯"), ("户", "戶"), ("数", "數"),
             ("从", "從"), ("见", "見"), ("离", "離"), ("泼", "潑"), ("态", "態"), ("断", "斷"), ("样", "樣"),
             ("帮", "幫"), ("览", "覽"), ("边", "邊"), ("选", "選"), ("购", "購"), ("层", "層"), ("细", "細"),
             ("阀", "閥")] + [('误', '誤'), ('预', '預'), ('计', '計'), ('费', '費'), ('库', '庫'), ('办', '辦'), ('签', '簽'), ('达', '達'), ('个', '個'), ('两', '兩'), ('调', '調'), ('节', '節'), ('议', '議'), ('线', '線'), ('级', '級'), ('统', '統'), ('读', '讀'), ('择', '擇'), ('盖', '蓋'), ('该', '該'), ('页', '頁'), ('错', '錯'), ('产', '產'), ('业', '業'), ('导', '導'), ('气', '氣'), ('绿', '綠'), ('红', '紅'), ('变', '變'), ('渐', '漸'), ('显', '顯'), ('闪', '閃'), ('键', '鍵'), ('蓝', '藍'), ('录', '錄'), ('记', '記'), ('检', '檢'), ('叶', '葉'), ('轮', '輪'), ('缠', '纏'), ('软', '軟'), ('垫', '墊'), ('频', '頻'), ('视', '視'), ('术', '術'), ('养', '養'), ('乐', '樂'), ('浓', '濃'), ('损', '損'), ('约', '約'), ('内', '內'), ('铭', '銘'), ('评', '評'), ('论', '論'), ('确', '確'), ('续', '續'), ('观', '觀'), ('亲', '親'), ('爱', '愛'), ('园', '園'), ('场', '場'), ('湾', '灣'), ('转', '轉'), ('简', '簡'), ('压', '壓'), ('丢', '丟'), ('补', '補'), ('况', '況'), ('详', '詳'), ('饰', '飾'), ('满', '滿'), ('护', '護'), ('专', '專'), ('业', '業'), ('标', '標'), ('签', '簽'), ('邻', '鄰'), ('楼', '樓'), ('区', '區'), ('办', '辦'), ('费', '費'), ('韩', '韓'), ('汉', '漢'), ('杂', '雜'), ('听', '聽'), ('烧', '燒'), ('结', '結'), ('环', '環'), ('滤', '濾'), ('适', '適'), ('规', '規'), ('释', '釋'), ('稳', '穩'), ('紧', '緊'), ('侧', '側'), ('传', '傳'), ('动', '動'), ('脑', '腦'), ('异', '異'), ('响', '響'), ('际', '際'), ('随', '隨'), ('达', '達'), ('层', '層'), ('状', '狀'), ('惊', '驚'), ('亚', '亞'), ('马', '馬'), ('盐', '鹽'), ('质', '質'), ('剂', '劑'), ('丽', '麗'), ('务', '務'), ('欢', '歡')]
SIMP_ONLY = {s for s, t in SIMP_TRAD if s != t}
TRAD_ONLY = {t for s, t in SIMP_TRAD if s != t}

EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
OFFPLAT_RE = re.compile(r"(https?://|www\.|\.com\b|@[A-Za-z_]|微信|wechat|whatsapp|telegram|(?-i:\bLINE\b)|facebook|instagram|"
                        r"\b\d{4}[ -]\d{4}\b(?!\s*\d))", re.I)
PROMO_RE = re.compile(r"(code\s+[A-Z0-9]{4,}|优惠码|優惠碼|% off|折|买二|買二|立减|立減|上新|sale\b|coupon)", re.I)
RATING_RE = re.compile(r"(5-star|five-star|五星|好评|好評|差评|差評|返现|返現)", re.I)


def check():
    errs = list(ERRORS)
    # templates
    for tid, (lang, script, topic, text) in TEMPLATES.items():
        if text.count("{{") != text.count("}}"):
            errs.append(f"template {tid}: unbalanced braces")
        if PH_RE.sub("", text).count("{") or PH_RE.sub("", text).count("}"):
            errs.append(f"template {tid}: stray brace outside a placeholder")
        if not placeholders(text):
            errs.append(f"template {tid}: no placeholders")
        if lang not in ("en", "zh", "mixed"):
            errs.append(f"template {tid}: lang {lang}")
        if EMOJI_RE.search(text) or "\n\n\n" in text:
            errs.append(f"template {tid}: emoji or triple line break")
        han = set(text)
        if script in ("traditional", "hk") and han & SIMP_ONLY:
            errs.append(f"template {tid}: simplified chars {sorted(han & SIMP_ONLY)}")
        if script == "simplified" and han & TRAD_ONLY:
            errs.append(f"template {tid}: traditional chars {sorted(han & TRAD_ONLY)}")
    sizes = sum(1 for t in TEMPLATES.values() if placeholders(t[3]) and len(set(placeholders(t[3]))) >= 3)
    if sizes < 8:
        errs.append("fewer than 8 templates with 3+ placeholders")
    # replies
    ids = [r["id"] for r in REPLIES]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    seen_orders = {}
    used_templates = {}
    for r in REPLIES:
        rid, text = r["id"], r["text"]
        if not re.fullmatch(r"t37-\d{3}", rid):
            errs.append(f"{rid}: bad id")
        if "{{" in text or "}}" in text or "{" in text or "}" in text:
            errs.append(f"{rid}: leftover placeholder or brace")
        if not set(r["labels"]) <= ALLOWED_LABELS:
            errs.append(f"{rid}: label outside {sorted(ALLOWED_LABELS)}: {r['labels']}")
        if len(set(r["labels"])) != len(r["labels"]):
            errs.append(f"{rid}: duplicate label")
        if r["lang"] not in ("en", "zh", "mixed"):
            errs.append(f"{rid}: lang {r['lang']}")
        if r["tags"][0] not in CATEGORIES:
            errs.append(f"{rid}: first tag {r['tags'][0]}")
        if EMOJI_RE.search(text) or "\n\n\n" in text:
            errs.append(f"{rid}: emoji or triple line break")
        # language field vs content
        has_han = bool(re.search(r"[\u4e00-\u9fff]", text))
        has_latin_words = len(re.findall(r"\b[A-Za-z]{3,}\b", text))
        if r["lang"] == "en" and has_han:
            errs.append(f"{rid}: lang en but has Chinese")
        if r["lang"] == "zh" and not has_han:
            errs.append(f"{rid}: lang zh without Chinese")
        if r["lang"] == "mixed" and not (has_han and has_latin_words >= 3):
            errs.append(f"{rid}: lang mixed but not mixed")
        chars = set(text)
        if ("traditional" in r["tags"] or "hk" in r["tags"]) and chars & SIMP_ONLY:
            errs.append(f"{rid}: simplified chars in a traditional reply: {sorted(chars & SIMP_ONLY)}")
        if "simplified" in r["tags"] and chars & TRAD_ONLY:
            errs.append(f"{rid}: traditional chars in a simplified reply: {sorted(chars & TRAD_ONLY)}")
        if has_han and not ({"simplified", "traditional", "hk"} & set(r["tags"])):
            errs.append(f"{rid}: Chinese reply without a script tag")
        for oid in re.findall(r"\b\d{3}-\d{7}-\d{7}\b", text):
            if oid in seen_orders and seen_orders[oid] != rid:
                errs.append(f"{rid}: order id {oid} also in {seen_orders[oid]}")
            seen_orders[oid] = rid
        # category vs labels
        cat, labs = r["cat"], set(r["labels"])
        if cat in ("filled-template", "logistics") and labs:
            errs.append(f"{rid}: {cat} must have no labels")
        if cat in ("free-non-logistics", "rewritten-template", "mixed-logistics") and labs != {"template-required"}:
            errs.append(f"{rid}: {cat} must be exactly template-required")
        if cat == "violating" and not (labs - {"template-required"}):
            errs.append(f"{rid}: violating reply without a content label")
        # clean replies carry no content-policy bait
        if not (labs - {"template-required"}):
            for rx, what in ((OFFPLAT_RE, "off-platform"), (PROMO_RE, "promo"), (RATING_RE, "rating")):
                m = rx.search(text)
                if m:
                    errs.append(f"{rid}: clean reply contains {what} wording {m.group(0)!r}")
        if cat == "logistics" and re.search(r"review|评价|評價|评论|評論", text, re.I):
            errs.append(f"{rid}: logistics reply mentions reviews")
        if r["src"] and r["vals"]:
            used_templates.setdefault(r["src"], []).append(rid)
            for k, v in r["vals"].items():
                if v not in text:
                    errs.append(f"{rid}: value {k}={v!r} missing from the text")
        if r["jc"] is not None and r["jc"] not in JCS:
            errs.append(f"{rid}: unknown judgement call {r['jc']}")
    for tid in TEMPLATES:
        if not any(r["src"] == tid and r["cat"] == "filled-template" for r in REPLIES):
            errs.append(f"template {tid} has no clean fill")
    for n in JCS:
        if not any(r["jc"] == n for r in REPLIES):
            errs.append(f"judgement call {n} has no reply")
    return errs


def sim(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def similarity_checks():
    errs, stats = [], {}
    strip = {tid: stripped(tid) for tid in TEMPLATES}
    for r in REPLIES:
        best = max(TEMPLATES, key=lambda t: sim(r["text"], strip[t]))
        r["_best"] = best
        r["_best_ratio"] = sim(r["text"], strip[best])
        if r["rendered"] is not None:
            r["_own"] = sim(r["text"], r["rendered"])
    groups = {
        "edited fills": [r for r in REPLIES if r["cat"] == "filled-template" and r["fill_kind"] not in ("exact", "long-values")],
        "template-based violating": [r for r in REPLIES if r["cat"] == "violating" and r["rendered"] is not None],
    }
    for name, rs in groups.items():
        vals = [r["_own"] for r in rs]
        stats[name] = ("own template rendered with the same values", vals, ">= 0.75, own template nearest")
        for r in rs:
            if r["_own"] < 0.75:
                errs.append(f"{r['id']}: {name} ratio {r['_own']:.2f} < 0.75")
            if r["_best"] != r["src"]:
                own_strip = sim(r["text"], strip[r["src"]])
                if own_strip < r["_best_ratio"]:
                    errs.append(f"{r['id']}: nearest template is {r['_best']}, not {r['src']}")
    for name, cats, limit in (("rewritten", ["rewritten-template"], 0.55),
                              ("free non-logistics", ["free-non-logistics"], 0.55),
                              ("mixed-logistics", ["mixed-logistics"], 0.55),
                              ("logistics", ["logistics"], None)):
        rs = [r for r in REPLIES if r["cat"] in cats]
        vals = [r["_best_ratio"] for r in rs]
        stats[name] = ("every template, placeholders removed (max)", vals, f"< {limit}" if limit else "(info only)")
        if limit:
            for r in rs:
                if r["_best_ratio"] >= limit:
                    errs.append(f"{r['id']}: {name} too close to {r['_best']} ({r['_best_ratio']:.2f})")
    rs = [r for r in REPLIES if r["cat"] == "violating" and r["rendered"] is None and "template-required" in r["labels"]]
    stats["free violating with template-required"] = ("same", [r["_best_ratio"] for r in rs], "< 0.55")
    for r in rs:
        if r["_best_ratio"] >= 0.55:
            errs.append(f"{r['id']}: violating free reply too close to {r['_best']}")
    return errs, stats


# ---------------------------------------------------------------------------
# Writers
# ---------------------------------------------------------------------------
def script_of(r):
    for s in ("hk", "traditional", "simplified"):
        if s in r["tags"]:
            return s
    return "-"


def readme(stats):
    out = []
    w = out.append
    w("# t37: hand-labelled held-out test set for `template-required`\n")
    w("Written from `/work/shared/interface.md` and `/work/shared/policy.md` only, without looking at or running "
      "the linter. `gen.py` is the source of truth: `python3 gen.py` rewrites `library/`, `replies.jsonl` and this "
      "README, and exits 1 (writing nothing) if a self-check fails. Do not edit the outputs by hand.\n")
    w("## The seller (invented)\n")
    w("**Brooksedge Aquatics (溪岸水族)** sells aquarium and pond equipment on Amazon: CanisterFlow canister filters "
      "(CF-350, CF-600), ThermaSafe heaters (TH-100, TH-200, TH-300), LumaReef LED lights (LR-60, LR-90) driven by "
      "the Brooksedge Lumen timer app, AquaCheck water tests (6-in-1 strips, Master Test Kit with liquid reagents) "
      "and PondStream pond pumps (PS-3000, PS-5000). The support team works mostly in Chinese. Agents: English "
      "(Rowan Pike, Maren Okafor, Theo Lindqvist), Simplified Chinese (唐晓岚, 钟一帆, 白若溪), Traditional Chinese, "
      "Taiwan wording (林育廷, 黃郁珊), Traditional Chinese, Hong Kong wording (陳嘉欣, 梁子軒). Every person, "
      "address, order id, tracking number, case id, handle, domain and phone number is invented.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | approved templates, one `*.txt` per template in nested folders; template id = path without `.txt` (use as `--templates library`) |")
    w("| `replies.jsonl` | one reply per line: `id` (`t37-001`...), `text`, `labels` (expected policies; `[]` = nothing at warning or error level may be flagged), `lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; script tags `simplified`, `traditional` (Taiwan), `hk` (Hong Kong wording); fill kind for template-based replies; `jcN` = judgement call N), `note` (starts with the source template id when there is one) |")
    w("| `gen.py` | every template and reply as literals, the builders, the self-checks and the writers (standard library only) |")
    w("| `README.md` | this file |\n")
    w("Reply order is a fixed shuffle (seed 37), so categories are interleaved. Every reply is a reply to a buyer "
      "message (`--context reply`, the default).\n")
    w("## Templates\n")
    w("| id | lang | script | topic | placeholders | clean fills | violating fills |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for tid, (lang, script, topic, text) in TEMPLATES.items():
        ph = ", ".join(dict.fromkeys(placeholders(text)))
        clean = sum(1 for r in REPLIES if r["src"] == tid and r["cat"] == "filled-template")
        bad = sum(1 for r in REPLIES if r["src"] == tid and r["cat"] == "violating")
        w(f"| `{tid}` | {lang} | {script} | {topic} | {ph} | {clean} | {bad} |")
    tl = {}
    for lang, script, _, _ in TEMPLATES.values():
        key = "en" if lang == "en" else ("bilingual (en + zh-Hans)" if lang == "mixed" else f"zh ({script})")
        tl[key] = tl.get(key, 0) + 1
    w("")
    w("Templates per language: " + ", ".join(f"{k} {v}" for k, v in tl.items()) + f"; total {len(TEMPLATES)}.\n")
    w("## Counts\n")
    langs = ["en", "zh/simplified", "zh/traditional", "zh/hk", "mixed"]

    def lk(r):
        return r["lang"] if r["lang"] != "zh" else "zh/" + script_of(r)

    w("| category | expected labels | " + " | ".join(langs) + " | total |")
    w("| --- | --- | " + " | ".join("---" for _ in langs) + " | --- |")
    exp = {"filled-template": "`[]`", "logistics": "`[]`", "free-non-logistics": "`[template-required]`",
           "rewritten-template": "`[template-required]`", "mixed-logistics": "`[template-required]`",
           "violating": "content policy, plus `template-required` per judgement call"}
    for c in CATEGORIES:
        rs = [r for r in REPLIES if r["cat"] == c]
        w(f"| {c} | {exp[c]} | " + " | ".join(str(sum(1 for r in rs if lk(r) == l)) for l in langs) + f" | {len(rs)} |")
    w("| **total** | | " + " | ".join(str(sum(1 for r in REPLIES if lk(r) == l)) for l in langs) + f" | {len(REPLIES)} |")
    n = len(REPLIES)
    by_lang = {l: sum(1 for r in REPLIES if r["lang"] == l) for l in ("en", "zh", "mixed")}
    w("")
    w("By `lang`: " + ", ".join(f"{l} {c} ({100 * c / n:.0f}%)" for l, c in by_lang.items()) + ".\n")
    labs = {}
    for r in REPLIES:
        for lab in r["labels"]:
            labs[lab] = labs.get(lab, 0) + 1
    w("Label totals: " + ", ".join(f"`{k}` {v}" for k, v in sorted(labs.items())) +
      f"; replies with `[]`: {sum(1 for r in REPLIES if not r['labels'])}.\n")
    w("| label | en | zh | mixed |\n| --- | --- | --- | --- |")
    for lab in sorted(labs):
        w(f"| `{lab}` | " + " | ".join(str(sum(1 for r in REPLIES if r['lang'] == l and lab in r['labels']))
                                      for l in ("en", "zh", "mixed")) + " |")
    w("| `[]` | " + " | ".join(str(sum(1 for r in REPLIES if r['lang'] == l and not r['labels']))
                               for l in ("en", "zh", "mixed")) + " |")
    kinds = {}
    for r in REPLIES:
        if r["cat"] == "filled-template":
            kinds[r["fill_kind"]] = kinds.get(r["fill_kind"], 0) + 1
    w("")
    w("Clean template fills by kind: " + ", ".join(f"{k} {v}" for k, v in kinds.items()) + ".\n")
    w("## Similarity sanity checks (difflib `SequenceMatcher`, `autojunk=False`)\n")
    w("Only a sanity check of the labels; not the linter's measure, which need not reproduce these numbers.\n")
    w("| group | compared with | n | min | median | max | required |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for name, (what, vals, req) in stats.items():
        if vals:
            w(f"| {name} | {what} | {len(vals)} | {min(vals):.2f} | {statistics.median(vals):.2f} | {max(vals):.2f} | {req} |")
    w("")
    w("Other self-checks: ids unique and `t37-NNN`; every template placeholder balanced and no stray braces; no "
      "placeholder or brace left in a reply; labels only from `template-required`, `review-inducement`, "
      "`off-platform-contact`, `marketing`; exact and long-value fills equal the rendering; every filled value "
      "appears in its reply; every template has a clean fill; each order id in one reply only; `lang` agrees "
      "with the text; Simplified and Traditional/HK texts use only their own script (checked on a list of "
      "unambiguous character pairs); no emoji or triple line breaks; clean replies carry no link, e-mail, "
      "handle, phone, code, sale or rating wording; logistics replies never mention reviews.\n")
    w("## Violating replies\n")
    w("| id | lang | labels | `template-required`? | call | source | what it does |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for r in sorted((r for r in REPLIES if r["cat"] == "violating"), key=lambda r: r["id"]):
        labs_s = ", ".join(f"`{x}`" for x in r["labels"] if x != "template-required")
        trq = "yes" if "template-required" in r["labels"] else "no"
        src = f"`{r['src']}`" if r["src"] else "free-written"
        lang = r["lang"] + (f" ({script_of(r)})" if r["lang"] == "zh" else "")
        w(f"| {r['id']} | {lang} | {labs_s} | {trq} | JC{r['jc']} | {src} | {r['note'].split(': ', 1)[-1]} |")
    w("")
    w("## Judgement calls\n")
    for n_, text in JCS.items():
        rids = [r["id"] for r in sorted(REPLIES, key=lambda r: r["id"]) if r["jc"] == n_]
        w(f"{n_}. **JC{n_}.** {text} ({', '.join(rids)})")
    w("")
    w("Further labelling decisions:\n")
    w("- Logistics = shipping, dispatch, tracking, delivery dates and delays, split shipments, delivery "
      "instructions and lockers, delivered-but-missing parcels, damage in transit and replacement shipments, "
      "wrong-item exchanges, returns and refunds of returns, address changes, cancellations, customs and import "
      "fees. A reply made only of these expects `[]`, whatever its length, tone or language.")
    w("- Non-logistics = setup help, troubleshooting, warranty terms, defect apologies, review requests, "
      "compatibility, water-parameter and fish-care advice, manual pointers, product opinions.")
    w("- Filled templates expect `[]` when they are exact, carry long values (a 100+ character product name, two "
      "order ids in one slot), add a greeting, thanks line, closing wish or contact-free signature, change a few "
      "words, or are hard-wrapped at a fixed width (English at spaces, Chinese every N characters). Bilingual template fills are `mixed` "
      "and expect `[]`.")
    w("- Heavy rewrites keep a template's topic and facts but not its wording (difflib < 0.55 against every "
      "template): `template-required`.")
    w("- Near-misses that must not be flagged: 'at no cost to you' / 免费补发 for a transit-damage replacement (a "
      "remedy, not a promotion); order ids like 113-7740216-3359012 (not phone numbers); case ids like "
      "BKA-Q-20418 (not discount codes); the word 'review' in the approved neutral review templates; the app name "
      "Brooksedge Lumen (no link, no store handle).")
    w("")
    return "\n".join(out)


def main():
    rng = random.Random(37)
    rng.shuffle(REPLIES)
    for i, r in enumerate(REPLIES, 1):
        r["id"] = f"t37-{i:03d}"
        if r["jc"] is not None:
            r["tags"].append(f"jc{r['jc']}")
    errs = check()
    serr, stats = similarity_checks()
    errs += serr
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, (_, _, _, text) in TEMPLATES.items():
        p = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for r in sorted(REPLIES, key=lambda r: r["id"]):
            rec = {"id": r["id"], "text": r["text"], "labels": r["labels"], "lang": r["lang"],
                   "tags": r["tags"], "note": r["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(stats))
    n = len(REPLIES)
    print(f"ok: {len(TEMPLATES)} templates, {n} replies")
    for name, (_, vals, req) in stats.items():
        if vals:
            print(f"  {name}: n={len(vals)} min={min(vals):.2f} med={statistics.median(vals):.2f} max={max(vals):.2f} ({req})")


if __name__ == "__main__":
    main()
