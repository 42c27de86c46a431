#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""t47: hand-labelled held-out test set for msglint's `template-required` policy.

Single source of truth. `python3 gen.py` runs the self-checks and, only when all of them
pass, rewrites library/, replies.jsonl and README.md next to this file; on a failure it
prints the problems, writes nothing and exits 1. `python3 gen.py --check [DIR]` writes nothing
and validates the files already on disk (JSON, ids, labels, template references,
placeholders, names of the earlier set's seller). Standard library only.

The shop (Meadowvane Oral Care), its brands, products, staff, buyers, order ids, tracking
numbers, case ids, handles, domains, codes and phone numbers are all invented.
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
PREFIX = "t47"
TR = ["template-required"]
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
CONTENT = {RI, OPC, MKT}
ALLOWED = CONTENT | {"template-required"}
LANGS = {"en", "zh"}
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")

# ==========================================================================
# Approved template library: 19 templates (9 en, 6 zh, 4 zh-tw)
# ==========================================================================
TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    if tid in TEMPLATES:
        raise SystemExit("duplicate template id " + tid)
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ------------------------------------------------------------------ English (9)
template("en/brush/modes", "en", "answering a product question: the cleaning modes and the two-minute quadrant timer", """
Hi {{buyer_name}},

Thank you for your question about the cleaning modes on your {{product}}. Press the mode button below the power button to move between them; the small light next to each name shows which one is active. Your brush has these modes: {{mode_list}}.

Every mode runs for two minutes. The brush pauses briefly every 30 seconds, which is your signal to move on to the next quarter of your mouth: upper right, upper left, lower left, then lower right.

The brush remembers the last mode you used, so you only need to choose once unless you want to switch.

Kind regards,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/brush/charging", "en", "the first full charge, the battery light and looking after the charging base", """
Hello {{buyer_name}},

Thanks for getting in touch about charging your {{product}}. The battery leaves our warehouse partly charged, so we recommend a full first charge before regular use:

1. Place the handle upright on the charging base and plug the base into a standard bathroom socket.
2. Leave it for {{charge_hours}}. The battery light blinks while charging and stays lit once it is full.
3. After that, a full charge lasts about three weeks of brushing twice a day, and you can return the handle to the base whenever it suits you.

The charging base is splash-proof, but please keep it away from standing water and unplug it before wiping it clean.

Best wishes,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/heads/replacement", "en", "answering a product question: which heads fit, when and how to replace a brush head", """
Dear {{buyer_name}},

Yes, {{head_name}} heads fit your {{handle_model}}. We suggest replacing the head every three months, or sooner once the bristles start to splay outwards, because worn bristles remove less plaque. The blue indicator bristles fade to white as a reminder.

To change a head:
- Switch the brush off and hold the handle with the buttons facing you.
- Pull the old head straight up; do not twist it, as that can strain the metal shaft.
- Line up the front of the new head with the buttons and push it down until there is a small gap of about one millimetre between the head and the handle.

Rinse the head and the shaft after each use and let them dry apart now and then, so water does not collect underneath.

Yours sincerely,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/flosser/first-use", "en", "getting started with a water flosser comfortably", """
Hi {{buyer_name}},

Thank you for choosing a water flosser. The first few sessions with the {{product}} can feel strong, so here is how to start comfortably:

1. Fill the reservoir with lukewarm water; very cold water can make sensitive teeth twinge.
2. Click a tip into the handle until it locks, and set the pressure to {{start_level}}.
3. Lean over the sink and close your lips around the tip enough to stop splashing, but let the water flow out of your mouth into the basin.
4. Switch on, and trace the gumline slowly, pausing briefly between each pair of teeth.

Raise the pressure by one level a week as your gums get used to it. One full reservoir is enough for a complete session.

Warm regards,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/troubleshoot/weak-vibration", "en", "troubleshooting: a brush that vibrates more weakly than before", """
Hello {{buyer_name}},

I'm sorry your {{product}} feels weaker than it did. Before anything else, please try these checks, which solve most cases:

- Charge the handle fully. The motor slows noticeably when the battery is low, even before the light warns you.
- Take the brush head off and look at the metal shaft. Dried toothpaste around its base can damp the vibration; rinse it under warm water and wipe it with a soft cloth.
- Fit the head again and make sure it sits with a small gap above the handle. A head pushed fully down cannot move freely.
- Check that the brush is not in its gentle mode, which runs at lower power by design.

If it is still weak after a full charge and a clean shaft, reply here with the date you bought it, and we will look at the next steps with you.

Best regards,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/warranty/claim", "en", "what the warranty covers and what is needed to assess a claim", """
Dear {{buyer_name}},

Thank you for letting us know. Your {{product}} has a {{warranty_period}} limited warranty that covers faults in the motor, battery and charging base under normal household use. It does not cover brush heads, which wear out with use, or damage from drops. I have opened warranty case {{case_id}} for order {{order_id}}.

So that our technicians can assess the fault, please reply in this thread with:

1. A photo of the serial number, printed on the bottom of the handle.
2. A short video showing the problem, for example the unit switching on and stopping.
3. A sentence on when the problem started and whether the unit has been dropped.

Once we have these, we will tell you within two business days whether it will be repaired or replaced.

Kind regards,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/apology/cracked-tip", "en", "apology for a flosser tip that cracked, and how to change tips without straining them", """
Dear {{buyer_name}},

I am very sorry that a flosser tip from your {{product}} cracked after only a few uses. That should not happen, and I understand how disappointing it is when something new fails this quickly.

A crack near the base of a tip usually starts when the tip is pushed in at an angle or pulled out while the flosser is running. To protect the replacement tips:

- Switch the flosser off before changing a tip.
- Press the tip release button and lift the tip straight out.
- Push the new tip in straight until you hear a click.

Please do not keep using a cracked tip, because the water jet can spray sideways. Thank you for your patience while we put this right.

With apologies,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hello {{buyer_name}},

Thank you for your order {{order_id}}. We hope the {{product}} has settled into your morning and evening routine.

If you have a moment, other shoppers find it helpful to read about real experiences with a product, whatever those experiences have been. You can write a review from the product page on Amazon, and whether you do so is completely up to you.

Best wishes,
{{agent_name}}
Meadowvane Oral Care
""")

template("en/flosser/descaling", "en", "descaling a water flosser with white vinegar", """
Hi {{buyer_name}},

Good question. Minerals in tap water slowly build up inside the {{product}}, and descaling every {{interval}} keeps the pressure steady. Here is the routine we recommend:

1. Mix two tablespoons of white vinegar into a full reservoir of warm water.
2. Run about half of the mixture through the flosser with the tip pointed into the sink, then switch off and let it stand for twenty minutes.
3. Run the rest through, then fill the reservoir with clean water and run it all through to rinse.
4. Wipe the reservoir with a soft cloth and leave it upside down to dry.

Please do not use bleach or put the reservoir in the dishwasher, as both can cloud the plastic and harm the seals.

All the best,
{{agent_name}}
Meadowvane Oral Care
""")

# ------------------------------------------------------------------ Simplified Chinese (6)
template("zh/brush/sensitive", "zh", "牙龈敏感时电动牙刷的使用方法", """
{{buyer_name}}，您好：

感谢您的咨询。牙龈比较敏感的话，{{product}} 可以这样使用：

1. 选择“温和”模式，前两周先用这个模式适应。
2. 刷头轻轻贴在牙齿和牙龈交界处，不需要用力来回刷，让刷头的震动来完成清洁。
3. 如果您的牙刷带有压力提示灯，灯亮起就说明按得太重了，请稍微放松。
4. 搭配软毛刷头，刷完后用温水漱口。

刚开始使用电动牙刷时，牙龈有轻微的不适是常见的，一般一到两周就会适应；如果不适持续超过两周，建议咨询您的牙医。

祝您生活愉快！
{{agent_name}}
Meadowvane 口腔护理客服
""")

template("zh/heads/compat", "zh", "刷头兼容与更换步骤", """
{{buyer_name}}，您好：

关于刷头的兼容问题，{{head_name}} 刷头适用于您的 {{handle_model}}。更换刷头的步骤如下：

1. 先关机，手握机身，按键朝向自己。
2. 将旧刷头垂直向上拔出，不要左右扭动，以免损伤金属轴。
3. 将新刷头正面对准按键，垂直向下压，直到刷头和机身之间留出约一毫米的缝隙。

建议每三个月更换一次刷头；如果刷毛已经向外散开，请提前更换。

谢谢！
{{agent_name}}
Meadowvane 口腔护理客服
""")

template("zh/flosser/pressure", "zh", "冲牙器水压档位的调节", """
{{buyer_name}}，您好：

感谢您的提问。{{product}} 的水压档位可以按以下方法调节：

- 机身侧面的旋钮向右转为加大水压，向左转为减小水压。
- 初次使用或牙龈敏感时，建议从{{level_range}}开始。
- 清洁牙缝时可以适当提高一档；清洁牙龈边缘时请降低水压，并放慢移动速度。
- 使用过程中如需暂停，按下手柄上的暂停键即可，不必关掉电源。

每周根据自己的感受调高一档，逐步找到最舒适的水压。

祝好！
{{agent_name}}
Meadowvane 口腔护理客服
""")

template("zh/warranty/claim", "zh", "保修范围及判断故障所需的资料", """
{{buyer_name}}，您好：

很抱歉给您带来不便。您的 {{product}} 享有{{warranty_period}}有限保修，保修范围包括正常家庭使用下电机、电池和充电座出现的故障；刷头和喷嘴属于耗材，摔落造成的损坏也不在保修范围内。我们已为订单 {{order_id}} 登记保修编号 {{case_id}}。

为了让技术人员判断故障原因，请在本对话中回复以下资料：

1. 机身底部序列号的照片。
2. 一段显示故障情况的短视频。
3. 故障开始的大致时间，以及产品是否摔落过。

收到资料后，我们会在两个工作日内告知您维修或更换的安排。

此致
{{agent_name}}
Meadowvane 口腔护理客服
""")

template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好：

感谢您的订单 {{order_id}}。希望 {{product}} 已经顺利融入您每天的刷牙习惯。

如果您有空，欢迎在亚马逊的商品页面写下您的真实使用体验，无论体验如何，都能帮助其他买家做出选择。是否撰写评论完全由您决定。

祝您生活愉快！
{{agent_name}}
Meadowvane 口腔护理客服
""")

template("zh/apology/leak", "zh", "冲牙器漏水的致歉与排查", """
{{buyer_name}}，您好：

非常抱歉，您的 {{product}} 出现漏水，给您添麻烦了。漏水大多出现在水箱底部的阀门或手柄接口处，请先按以下步骤检查：

1. 取下水箱，查看底部的橡胶阀门是否有头发或水垢卡住，用清水冲洗干净后重新装回，并按压到位。
2. 检查喷嘴是否完全插入手柄，听到“咔嗒”一声才算装好。
3. 确认水管没有弯折或被机身压住。

如果检查后仍然漏水，请回复本消息并附上一段漏水位置的短视频，我们会尽快为您处理。再次向您致歉。

{{agent_name}} 敬上
Meadowvane 口腔护理客服
""")

# ------------------------------------------------------------------ Traditional Chinese (4)
template("zh-tw/brush/travel", "zh-tw", "旅行鎖的使用與旅行收納", """
{{buyer_name}} 您好：

謝謝您的詢問。帶著 {{product}} 出門旅行時，可以這樣使用旅行鎖，避免牙刷在行李中自行啟動：

1. 在牙刷關機的狀態下，長按電源鍵約三秒，直到指示燈閃爍兩次，表示已經上鎖。
2. 上鎖後按電源鍵不會啟動，要解鎖時再長按三秒即可。
3. 刷頭請先沖洗並擦乾，再放進隨附的旅行盒，避免盒內潮濕。

出發前充飽電，一般可以使用約三週，短期旅行不需要攜帶充電座。

祝您旅途愉快！
{{agent_name}} 敬上
Meadowvane 口腔護理客服
""")

template("zh-tw/sanitizer/uv", "zh-tw", "紫外線消毒盒的使用方式", """
{{buyer_name}} 您好：

感謝您選用 {{product}}。紫外線消毒盒的使用方式如下：

- 刷頭沖洗後先甩乾多餘的水分，再放入盒內，刷毛朝向燈管。
- 蓋上盒蓋後按一下按鍵，燈亮起代表開始消毒，約十分鐘後會自動關閉。
- 消毒期間請勿打開盒蓋；盒蓋一打開，燈就會自動熄滅，以保護眼睛。
- 消毒盒每充飽一次電，大約可以使用三十次。

請定期用乾布擦拭盒內，保持乾燥。

{{agent_name}} 敬上
Meadowvane 口腔護理客服
""")

template("zh-tw/kids/timer", "zh-tw", "兒童電動牙刷的計時功能與陪同刷牙", """
{{buyer_name}} 您好：

謝謝您的來信。{{product}} 的計時功能是這樣設計的：

1. 每次刷牙共兩分鐘，每三十秒牙刷會短暫停頓一下，提醒孩子換到下一個區域。
2. 手柄上的四個小燈會依序亮起，四個都亮代表刷完了。
3. 兒童刷頭的刷毛較軟，建議家長在孩子七歲以前陪同刷牙，並幫忙把刷頭對準牙齒和牙齦交界處。

如果孩子一開始不習慣震動，可以先在關機狀態下練習動作，再開機試用。

{{agent_name}} 敬上
Meadowvane 口腔護理客服
""")

template("zh-tw/troubleshoot/charging", "zh-tw", "充電指示燈不亮的排除方法", """
{{buyer_name}} 您好：

很抱歉 {{product}} 的充電指示燈沒有亮起。請先依照下列步驟排除：

1. 確認充電座的插頭已插緊，並換一個插座試試看；有些浴室插座由電燈開關控制。
2. 把手柄拿起來，用乾布擦乾手柄底部和充電座上方的水漬後再放回。
3. 確認手柄是直立放在充電座正中央，稍微偏移就可能無法感應充電。
4. 電量完全耗盡時，指示燈可能要充電十分鐘後才會開始閃爍，請耐心等候。

如果以上步驟都試過仍然無法充電，請回覆本訊息並告訴我們購買日期，我們再協助您。

{{agent_name}} 敬上
Meadowvane 口腔護理客服
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


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render tid with vals, then apply edits [(old, new), ...] in order; each old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur exactly once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    lang = "en" if tid.startswith("en/") else "zh"
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, lang, kind + list(tags), tid + ": " + note, tid=tid, vals=vals,
         exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def rewrap(tid, vals, starts, width):
    """Edit pair that hard-wraps the paragraph of the rendering that starts with `starts` (an e-mail client's reflow)."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(para) != 1:
        raise SystemExit("rewrap: paragraph %r not unique in %s" % (starts, tid))
    return (para[0], textwrap.fill(para[0], width))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, before=False, sep=" ", tags=()):
    """Fill tid and put one extra sentence next to `anchor` (after it by default)."""
    new = (sentence + sep + anchor) if before else (anchor + sep + sentence)
    fill(tid, vals, note, edits=[(anchor, new)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ==========================================================================
# 1. Filled templates, exact or lightly edited -> []
# ==========================================================================
A1, A2, A3, A4 = "Delphine Ashcombe", "Rafferty Nwosu-Lindqvist", "Ottilie Brennan-Sato", "Ignatius Pembridge"
Z1, Z2 = "岑若溪", "骆志恒"
W1, W2 = "彭語涵", "溫柏翰"
S7_EN = ("Sonavel S7 Pro Sonic Electric Toothbrush for Adults with Pressure Sensor, 5 Cleaning Modes, 2-Minute Smart "
         "Timer, 3 Brisa Brush Heads and Travel Case, Midnight Blue")
MODES_LONG = ("Clean for everyday brushing, White with a faster polishing rhythm, Gentle at reduced power for sensitive "
              "gums, Massage with a slow pulsing pattern along the gumline, and Polish, which alternates between the "
              "Clean and White rhythms")
JET_EN = ("Jetwell Countertop 600 Water Flosser for Teeth, Braces and Bridges, 10 Pressure Settings, 600 ml Reservoir, "
          "7 Jet Tips, Quiet Motor, US Plug")
S7_ZH = ("Sonavel S7 Pro 声波电动牙刷 成人款 五种清洁模式（清洁、亮白、温和、按摩、抛光） 压力感应提醒 "
         "两分钟智能计时 每三十秒分区提醒 附三支 Brisa 刷头和旅行盒 无线感应充电 充满一次约用三周 北美一百二十伏电压 午夜蓝")
UV_TW = ("Halcyon UV-2 紫外線電動牙刷消毒旅行盒 十分鐘自動關閉 開蓋自動斷電 充電一次約可使用三十次 "
         "可同時放入兩支刷頭 適用 Sonavel 與 Brisa 全系列刷頭 輕巧好收納 適合出差、旅行與辦公室使用 附充電線 霧面白")
C = "filled-template"

# --- en/brush/modes
fill("en/brush/modes", dict(buyer_name="Wilhelmina", product="Sonavel S3", mode_list="Clean, White and Gentle",
     agent_name=A1), "exact fill")
fill("en/brush/modes", dict(buyer_name="Mr Okafor-Lindsay", product=S7_EN, mode_list=MODES_LONG, agent_name=A2),
     "greeting changed; the whole listing title (150+ characters) in the product slot and a 200-character mode list (JC2)",
     edits=[("Hi Mr Okafor-Lindsay,", "Good morning Mr Okafor-Lindsay,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Saoirse", product="Sonavel S7 Pro", mode_list="Clean, White, Gentle, Massage and Polish",
          agent_name=A3)
fill("en/brush/modes", _v, "the first two paragraphs hard-wrapped at 68 columns, as a mail client reflows them (JC2)",
     edits=[rewrap("en/brush/modes", _v, "Thank you for your question", 68),
            rewrap("en/brush/modes", _v, "Every mode runs", 68)], tags=["reflow"])

# --- en/brush/charging
fill("en/brush/charging", dict(buyer_name="Mr Dunleavy", product="Sonavel S7 Pro", charge_hours="16 hours",
     agent_name=A4), "exact fill")
fill("en/brush/charging", dict(buyer_name="Philippa", product="Sonavel S3", charge_hours="16 hours", agent_name=A1),
     "the second step split into two sentences (JC2)",
     edits=[("The battery light blinks while charging and stays lit once it is full.",
             "The battery light blinks while charging. It stays lit once the battery is full.")], tags=["split"])
fill("en/brush/charging", dict(buyer_name="Mrs Ferreira-Holm", product="Sonavel S7 Pro", charge_hours="16 hours",
     agent_name=A2), "a warm line about the brush being a birthday present added after the thanks (JC2)",
     edits=[("Thanks for getting in touch about charging your Sonavel S7 Pro.",
             "Thanks for getting in touch about charging your Sonavel S7 Pro. How lovely that it was a birthday present for your father.")],
     tags=["warm-line"])

# --- en/heads/replacement
fill("en/heads/replacement", dict(buyer_name="Mr Achterberg", head_name="Brisa Everyday", handle_model="Sonavel S3",
     agent_name=A3), "exact fill")
fill("en/heads/replacement", dict(buyer_name="Leocadia", head_name="Brisa Gentle", handle_model="Sonavel S7 Pro",
     agent_name=A4), "the reminder sentence moved before the advice on when to replace (JC2)",
     edits=[("We suggest replacing the head every three months, or sooner once the bristles start to splay outwards, "
             "because worn bristles remove less plaque. The blue indicator bristles fade to white as a reminder.",
             "The blue indicator bristles fade to white as a reminder. We suggest replacing the head every three months, "
             "or sooner once the bristles start to splay outwards, because worn bristles remove less plaque.")],
     tags=["reorder"])
fill("en/heads/replacement", dict(buyer_name="Mr Quartermaine", head_name="Brisa Polish",
     handle_model="Sonavel S7 Pro", agent_name=A1), "a small wording edit: \"do not\" becomes \"please don't\" (JC2)",
     edits=[("do not twist it", "please don't twist it")], tags=["wording"])

# --- en/flosser/first-use
fill("en/flosser/first-use", dict(buyer_name="Ms Ravensworth", product="Jetwell Countertop 600",
     start_level="level 2", agent_name=A2), "exact fill")
fill("en/flosser/first-use", dict(buyer_name="Anselm", product=JET_EN, start_level="level 1", agent_name=A3),
     "the whole listing title (130+ characters) in the product slot; sign-off lengthened (JC2)",
     edits=[("Warm regards,", "Warm regards, and enjoy the new routine,")], tags=["long-value", "sign-off"])
fill("en/flosser/first-use", dict(buyer_name="Mrs Tiernan-Obi", product="Jetwell Go 200", start_level="Soft",
     agent_name=A4), "the two closing sentences joined with a semicolon (JC2)",
     edits=[("as your gums get used to it. One full reservoir", "as your gums get used to it; one full reservoir")],
     tags=["merge"])

# --- en/troubleshoot/weak-vibration
fill("en/troubleshoot/weak-vibration", dict(buyer_name="Mr Rookwood", product="Sonavel S3", agent_name=A4),
     "exact fill")
fill("en/troubleshoot/weak-vibration", dict(buyer_name="Gretchen", product="Sonavel S7 Pro", agent_name=A1),
     "greeting and sign-off changed (JC2)",
     edits=[("Hello Gretchen,", "Dear Gretchen,"), ("Best regards,", "Thanks for bearing with us,")],
     tags=["greeting", "sign-off"])

# --- en/warranty/claim
fill("en/warranty/claim", dict(buyer_name="Mr Haverford-Osei", product="Sonavel S7 Pro", warranty_period="two-year",
     case_id="MVC-W-30418", order_id="112-6604193-2857016", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Arkwright", product="Sonavel Junior K2", warranty_period="two-year",
     case_id="MVC-W-30452", order_id="113-2270958-6614403", agent_name=A3),
     "the closing sentence paraphrased with the same facts (JC2)",
     edits=[("Once we have these, we will tell you within two business days whether it will be repaired or replaced.",
             "When these reach us, we will let you know within two business days whether it is to be repaired or replaced.")],
     tags=["paraphrase"])
_v = dict(buyer_name="Mr Montgomery-Asante", product="Sonavel S3", warranty_period="two-year", case_id="MVC-W-30477",
          order_id="114-8830217-5590364", agent_name=A4)
fill("en/warranty/claim", _v, "the opening paragraph hard-wrapped at 72 columns (JC2)",
     edits=[rewrap("en/warranty/claim", _v, "Thank you for letting us know.", 72)], tags=["reflow"])

# --- en/apology/cracked-tip
fill("en/apology/cracked-tip", dict(buyer_name="Ms Faircloth", product="Jetwell Go 200", agent_name=A1), "exact fill")
fill("en/apology/cracked-tip", dict(buyer_name="Bartholomew", product="Jetwell Countertop 600", agent_name=A2),
     "a warm line thanking the buyer for the photo (JC2)",
     edits=[("That should not happen,", "Thank you for the clear photo, which made the problem easy to see. That should not happen,")],
     tags=["warm-line"])

# --- en/review/neutral-request (JC8)
fill("en/review/neutral-request", dict(buyer_name="Ms Penhaligon", product="Sonavel S7 Pro",
     order_id="111-7721034-9086652", agent_name=A3),
     "exact fill; the only review request for this order, and the thread holds no earlier praise from the buyer (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Cosimo", product="Jetwell Go 200", order_id="113-4418275-0039127",
     agent_name=A4), "greeting changed; the only review request for the order, no earlier praise (JC2, JC8)",
     edits=[("Hello Cosimo,", "Hi Cosimo,")], tags=["greeting"])

# --- en/flosser/descaling
fill("en/flosser/descaling", dict(buyer_name="Mrs Blomqvist", product="Jetwell Countertop 600", interval="two months",
     agent_name=A1), "exact fill")

# --- zh/brush/sensitive
fill("zh/brush/sensitive", dict(buyer_name="莫女士", product="Sonavel S7 Pro 声波电动牙刷", agent_name=Z1), "exact fill")
fill("zh/brush/sensitive", dict(buyer_name="翁先生", product="Sonavel S3 电动牙刷", agent_name=Z2),
     "greeting changed (JC2)", edits=[("翁先生，您好：", "翁先生，下午好：")], tags=["greeting"])
fill("zh/brush/sensitive", dict(buyer_name="黎女士", product=S7_ZH, agent_name=Z1),
     "the whole Chinese listing title (80+ characters, 100+ code points) in the product slot (JC2)", tags=["long-value"])

# --- zh/heads/compat
fill("zh/heads/compat", dict(buyer_name="戴先生", head_name="Brisa Everyday", handle_model="Sonavel S3",
     agent_name=Z2), "exact fill")
fill("zh/heads/compat", dict(buyer_name="柯女士", head_name="Brisa Gentle", handle_model="Sonavel S7 Pro",
     agent_name=Z1), "the third step split into two sentences (JC2)",
     edits=[("将新刷头正面对准按键，垂直向下压，", "将新刷头正面对准按键。然后垂直向下压，")], tags=["split"])
fill("zh/heads/compat", dict(buyer_name="阮先生", head_name="Brisa Polish", handle_model="Sonavel S7 Pro",
     agent_name=Z2), "sign-off lengthened (JC2)", edits=[("谢谢！", "祝您使用顺利，谢谢！")], tags=["sign-off"])

# --- zh/flosser/pressure
fill("zh/flosser/pressure", dict(buyer_name="邱女士", product="Jetwell Countertop 600 冲牙器", level_range="一档或二档",
     agent_name=Z1), "exact fill")
fill("zh/flosser/pressure", dict(buyer_name="蒋先生", product="Jetwell Countertop 600", level_range="二档",
     agent_name=Z2), "the last two list items swapped (JC2)",
     edits=[("- 清洁牙缝时可以适当提高一档；清洁牙龈边缘时请降低水压，并放慢移动速度。\n"
             "- 使用过程中如需暂停，按下手柄上的暂停键即可，不必关掉电源。",
             "- 使用过程中如需暂停，按下手柄上的暂停键即可，不必关掉电源。\n"
             "- 清洁牙缝时可以适当提高一档；清洁牙龈边缘时请降低水压，并放慢移动速度。")], tags=["reorder"])
fill("zh/flosser/pressure", dict(buyer_name="景女士", product="Jetwell Countertop 600 冲牙器", level_range="一档",
     agent_name=Z1), "a warm line congratulating the buyer on having her braces removed (JC2)",
     edits=[("感谢您的提问。", "感谢您的提问，也恭喜您顺利拆掉牙套。")], tags=["warm-line"])

# --- zh/warranty/claim
fill("zh/warranty/claim", dict(buyer_name="贺先生", product="Sonavel S7 Pro", warranty_period="两年",
     order_id="112-5038816-4420971", case_id="MVC-W-30519", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="孔女士", product="Jetwell Go 200 便携冲牙器", warranty_period="两年",
     order_id="114-0927354-8813260", case_id="MVC-W-30533", agent_name=Z1),
     "line breaks added inside the long opening paragraph (JC2)",
     edits=[("很抱歉给您带来不便。您的", "很抱歉给您带来不便。\n您的"),
            ("出现的故障；刷头和喷嘴", "出现的故障；\n刷头和喷嘴"),
            ("不在保修范围内。我们已为", "不在保修范围内。\n我们已为")], tags=["reflow"])
fill("zh/warranty/claim", dict(buyer_name="庞先生", product="Sonavel S3", warranty_period="两年",
     order_id="113-6652089-1147735", case_id="MVC-W-30561", agent_name=Z2),
     "a small wording edit: 很抱歉 becomes 非常抱歉 (JC2)", edits=[("很抱歉给您带来不便。", "非常抱歉给您带来不便。")],
     tags=["wording"])

# --- zh/review/neutral-request (JC8)
fill("zh/review/neutral-request", dict(buyer_name="甘女士", order_id="111-3380467-2209518", product="Sonavel S3 电动牙刷",
     agent_name=Z1), "exact fill; the only review request for this order, and the thread holds no earlier praise (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="裴先生", order_id="112-9014532-6678820",
     product="Jetwell Go 200 冲牙器", agent_name=Z2),
     "the last two sentences joined; the only review request for the order, no earlier praise (JC2, JC8)",
     edits=[("做出选择。是否撰写评论完全由您决定。", "做出选择，是否撰写评论则完全由您决定。")], tags=["merge"])

# --- zh/apology/leak
fill("zh/apology/leak", dict(buyer_name="汤女士", product="Jetwell Countertop 600 冲牙器", agent_name=Z1), "exact fill")

# --- zh-tw/brush/travel
fill("zh-tw/brush/travel", dict(buyer_name="葉小姐", product="Sonavel S7 Pro 音波電動牙刷", agent_name=W1), "exact fill")
fill("zh-tw/brush/travel", dict(buyer_name="施先生", product="Sonavel S7 Pro", agent_name=W2),
     "the closing sentence paraphrased with the same facts (JC2)",
     edits=[("出發前充飽電，一般可以使用約三週，短期旅行不需要攜帶充電座。",
             "只要出發前先充飽電，大約可以用三週，所以短期旅行不必帶充電座。")], tags=["paraphrase"])

# --- zh-tw/sanitizer/uv
fill("zh-tw/sanitizer/uv", dict(buyer_name="馮先生", product="Halcyon UV-2 紫外線消毒旅行盒", agent_name=W2), "exact fill")
fill("zh-tw/sanitizer/uv", dict(buyer_name="賴小姐", product=UV_TW, agent_name=W1),
     "the whole Traditional listing title (60+ characters, 100+ code points) in the product slot (JC2)",
     tags=["long-value"])

# --- zh-tw/kids/timer
fill("zh-tw/kids/timer", dict(buyer_name="蔡太太", product="Sonavel Junior K2 兒童電動牙刷", agent_name=W1), "exact fill")
fill("zh-tw/kids/timer", dict(buyer_name="洪先生", product="Sonavel Junior K2", agent_name=W2),
     "greeting changed (JC2)", edits=[("洪先生 您好：", "洪先生 午安：")], tags=["greeting"])

# --- zh-tw/troubleshoot/charging
fill("zh-tw/troubleshoot/charging", dict(buyer_name="鄧小姐", product="Sonavel S3", agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/charging", dict(buyer_name="石先生", product="Sonavel S7 Pro", agent_name=W1),
     "a closing wish added above the signature (JC2)", edits=[("彭語涵 敬上", "祝您一切順利\n彭語涵 敬上")],
     tags=["sign-off"])

# ==========================================================================
# 2. Template fill plus one free-written logistics sentence -> []
# ==========================================================================
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, before=False, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], before=before, sep=sep)


fill_log("en/brush/modes", dict(buyer_name="Mr Featherstone", product="Sonavel S3",
         mode_list="Clean, White and Gentle", agent_name=A2),
         "unless you want to switch.",
         "The two-pack of Brisa Everyday heads from the same order is travelling separately with USPS, tracking 9400136897200118420736, and should arrive on Thursday.",
         "split-shipment tracking for brush heads added as its own paragraph", sep="\n\n")
fill_log("en/brush/charging", dict(buyer_name="Ms Vandermeer", product="Sonavel S7 Pro", charge_hours="16 hours",
         agent_name=A3),
         "unplug it before wiping it clean.",
         "The spare charging base you ordered for your office left our Reno warehouse this morning with UPS, tracking 1Z3F88100412879305.",
         "dispatch of a spare charging base added after the last paragraph")
fill_log("en/heads/replacement", dict(buyer_name="Mr Ellingham", head_name="Brisa Everyday", handle_model="Sonavel S3",
         agent_name=A4),
         "so water does not collect underneath.",
         "The four heads that were missing from your multipack went out today by USPS at no charge, so there is nothing for you to send back.",
         "reshipment of heads missing from a multipack (JC6, JC11)", sep="\n\n")
fill_log("en/flosser/first-use", dict(buyer_name="Thomasina", product="Jetwell Countertop 600", start_level="level 2",
         agent_name=A1),
         "One full reservoir is enough for a complete session.",
         "If the flosser turns out not to suit you, it is still within its 30-day return window, and you can start a return from Your Orders.",
         "the return window added after the closing advice")
fill_log("en/warranty/claim", dict(buyer_name="Mr Ballantyne", product="Sonavel S7 Pro", warranty_period="two-year",
         case_id="MVC-W-30604", order_id="111-5529740-3318866", agent_name=A2),
         "whether it will be repaired or replaced.",
         "If the handle has to come back to us, we will send you a prepaid return label through Amazon, so please keep the original box if you still have it.",
         "how a repair would travel: a prepaid return label (JC11)")
fill_log("en/apology/cracked-tip", dict(buyer_name="Ms Gallagher-Reyes", product="Jetwell Go 200", agent_name=A3),
         "Thank you for your patience while we put this right.",
         "A free set of four replacement tips went out today with USPS, tracking 9400136897200125573019, and should reach you by Saturday.",
         "free replacement tips shipped, put before the thanks (JC6, JC11)", before=True)
fill_log("en/flosser/descaling", dict(buyer_name="Mr Thistlewood", product="Jetwell Countertop 600",
         interval="three months", agent_name=A4),
         "as both can cloud the plastic and harm the seals.",
         "As you asked, we have cancelled the second flosser you ordered by mistake; it had not shipped, so you will not be charged for it.",
         "cancellation of a duplicate order at the buyer's request (JC6, JC11)", sep="\n\n")
fill_log("zh/brush/sensitive", dict(buyer_name="顾女士", product="Sonavel S7 Pro", agent_name=Z2),
         "建议咨询您的牙医。",
         "您同一订单里的两支 Brisa Gentle 刷头会单独发货，预计下周二送达。",
         "separate dispatch of heads from the same order", sep="\n\n")
fill_log("zh/heads/compat", dict(buyer_name="尹先生", head_name="Brisa Everyday", handle_model="Sonavel S3",
         agent_name=Z1),
         "请提前更换。",
         "您另外订购的旅行盒今天已由 UPS 发出，运单号1Z3F88100420651748，预计周五送达。",
         "dispatch and tracking of a travel case", sep="\n\n")
fill_log("zh/flosser/pressure", dict(buyer_name="金女士", product="Jetwell Countertop 600", level_range="一档",
         agent_name=Z2),
         "逐步找到最舒适的水压。",
         "另外，您误订的那台 Jetwell Go 200 可以在“您的订单”页面申请退货，退货运费由我们承担，仓库收到后会把款项退回原支付方式。",
         "return and refund of a wrongly ordered flosser (JC6)", sep="\n\n")
fill_log("zh/warranty/claim", dict(buyer_name="方先生", product="Sonavel S7 Pro", warranty_period="两年",
         order_id="114-7706321-0945582", case_id="MVC-W-30638", agent_name=Z1),
         "告知您维修或更换的安排。",
         "如果处理期间您的收货地址有变动，请在本对话中告诉我们，维修或更换的牙刷会寄到新地址。",
         "a change of delivery address during the claim", sep="")
fill_log("zh/apology/leak", dict(buyer_name="田女士", product="Jetwell Countertop 600", agent_name=Z2),
         "我们会尽快为您处理。",
         "另外，我们已经先免费为您补寄一个新水箱，今天由 USPS 发出，运单号9400136897200133018645。",
         "a free replacement reservoir shipped (JC6, JC11)", sep="")
fill_log("zh-tw/brush/travel", dict(buyer_name="程小姐", product="Sonavel S7 Pro", agent_name=W2),
         "短期旅行不需要攜帶充電座。",
         "您一起訂購的備用刷頭是分開寄出的，追蹤單號 1Z3F88100437790216。",
         "spare heads shipped separately, with tracking", sep="\n\n")
fill_log("zh-tw/sanitizer/uv", dict(buyer_name="杜先生", product="Halcyon UV-2", agent_name=W1),
         "請定期用乾布擦拭盒內，保持乾燥。",
         "您反映包裹裡少了充電線，我們已經免費補寄，今天由 USPS 寄出。",
         "a missing charging cable resent (JC6, JC11)", sep="\n\n")
fill_log("zh-tw/kids/timer", dict(buyer_name="鄭太太", product="Sonavel Junior K2", agent_name=W2),
         "再開機試用。",
         "另外，您同一筆訂單的兒童刷頭補充包預計週四送達。",
         "delivery day of a refill pack from the same order", sep="\n\n")


# ==========================================================================
# 3. Free-written logistics replies, no template -> []
# ==========================================================================
L = "logistics"
free(L, "en", """
Hi Mr Pemberton-Crane,

Your Sonavel S7 Pro left our Louisville warehouse yesterday afternoon with UPS Ground, tracking 1Z3F88100455102387. This morning's scan places it at the UPS hub in Indianapolis, and the current estimate is delivery on Thursday before 7 pm.

No signature is needed, so the driver can leave it at the door if nobody is home.

Best regards,
Delphine Ashcombe
Meadowvane Oral Care
""", [], "tracking and expected delivery day for a toothbrush", ["tracking", "delivery"])
free(L, "en", """
Hello Ms Whitcombe,

Thank you for spotting the old address before the parcel went out. Sellers cannot change the delivery address on an Amazon order once it has been placed, so I have cancelled order 113-5830214-7762049 before it was packed, and you have not been charged for it. If you order the flosser again with the new address, we will dispatch it the same day.

Kind regards,
Ottilie Brennan-Sato
Meadowvane Oral Care
""", [], "wrong address caught before dispatch: the order is cancelled so the buyer can reorder (JC6)", ["address", "cancellation"])
free(L, "en", """
Hi Lavinia,

I'm sorry your brush heads are late. An ice storm closed the roads around Louisville on Monday and Tuesday, and no trucks left our warehouse for two days. The parcel is moving again: USPS now expects to deliver it next Monday, and tracking 9400136897200140927163 will show each scan on the way.

Thank you for your patience,
Rafferty Nwosu-Lindqvist
""", [], "weather delay with a new delivery date", ["delivery", "delay"])
free(L, "en", """
Hello Mr Ashdown,

I'm sorry the tracking says delivered when nothing has arrived. Parcels with that status sometimes appear a day or two later, when a driver scans them early, and sometimes they have been left with a neighbour, behind a planter or in a building's mailroom.

Could you check those places first? If there is still no sign of it after 48 hours, reply here and we will either send a new Jetwell Go 200 or refund the order in full, whichever you prefer.

Best regards,
Ignatius Pembridge
""", [], "parcel marked delivered but not received", ["delivery"])
free(L, "en", """
Hi Ms Trelawney,

Your return for the Jetwell Countertop 600 is approved, and the prepaid UPS label is waiting in the Returns Center. To make sure nothing leaks or breaks on the way back:

- Empty the reservoir and leave it upside down for a few hours so it is completely dry.
- Take the jet tip out of the handle and put all the tips in the small bag they came in.
- Wrap the power cord loosely and secure it with the twist tie.
- Use the original box with its cardboard insert if you still have it.

Once the parcel is scanned at our warehouse, the refund is usually issued within two business days.

Kind regards,
Ottilie Brennan-Sato
""", [], "return of a flosser: emptying and drying the reservoir and bagging the tips is packing, not product advice (JC4)", ["returns"])
free(L, "en", """
Hello Mr Carraway,

The Sonavel S3 you sent back reached our Reno warehouse this morning, and I have issued your refund of $49.99 to the card you paid with. Banks usually show it within three to five business days.

Best wishes,
Delphine Ashcombe
""", [], "refund of a return; an amount refunded is not a price offer (JC11)", ["refund", "near-miss"])
free(L, "en", """
Hi Esmeralda,

You're right: we sent the Sonavel S7 Pro in Pearl White, and your order was for Midnight Blue. That mistake was ours. The blue one went out today with USPS, tracking 9400136897200157340281.

I've also added a free return label for the white brush in the Returns Center. There is no rush; the label is valid for 30 days.

Kind regards,
Rafferty Nwosu-Lindqvist
""", [], "wrong colour sent: the right one shipped and a free return label for the wrong one (JC6, JC11)", ["fulfilment", "returns", "near-miss"])
free(L, "en", """
Hello Mr Fitzwilliam,

Good question. Because your order is going to an address in Canada, Amazon collected an estimate of the import duties and taxes at checkout. You will not be asked for any further charge at the door, and if the actual duties come in lower than the estimate, Amazon refunds the difference automatically after delivery.

The parcel cleared customs in Toronto this morning and has been handed to Canada Post for the last part of the trip.

Best regards,
Ignatius Pembridge
""", [], "import duties for a Canadian address and customs clearance (JC7)", ["customs"])
free(L, "en", """
Hi Ms Oyelaran,

Thank you for letting us know your address is a PO box. UPS cannot deliver to PO boxes, so we have sent your Jetwell Go 200 with USPS instead, tracking 9400136897200169915402. It should reach your box at the post office on Wednesday.

Best wishes,
Delphine Ashcombe
""", [], "a PO box served by switching carrier", ["address", "delivery"])
free(L, "en", """
Hello Mr Kalinowski,

I'm sorry we couldn't offer faster shipping to Honolulu. The Sonavel S7 Pro has a built-in lithium-ion battery, and carriers only accept parcels like this by ground or sea to Hawaii, which is why the one-day and two-day options did not appear at checkout. Your order is on its way by USPS ground service, tracking 9400136897200172208537, with delivery expected in six to eight business days.

Kind regards,
Ottilie Brennan-Sato
""", [], "a lithium battery limits the shipping options to Hawaii; the battery is named as cargo, not as product advice (JC7)", ["shipping", "near-miss"])
free(L, "en", """
Hi Clementine,

Your order is arriving in two parcels. The Sonavel S3 handle was delivered yesterday, and the eight-pack of Brisa Everyday heads ships separately from our Reno warehouse because it is stored there. It left this morning with UPS, tracking 1Z3F88100468234051, and should be with you on Friday.

Best regards,
Ignatius Pembridge
""", [], "split shipment from two warehouses", ["shipping", "tracking"])
free(L, "en", """
Hello Mrs Duquesne,

Since you are out during the day, you can have the parcel held at a UPS Access Point near you instead of left at your door. On the UPS tracking page for 1Z3F88100471193860, choose the option to change the delivery and pick a location; the flosser will be kept there for up to seven days.

Kind regards,
Rafferty Nwosu-Lindqvist
""", [], "redirecting a parcel to a pickup location; a carrier page named without a link", ["delivery"])
free(L, "en", """
Hi Mr Gorringe,

I'm sorry the reservoir of your Jetwell Countertop 600 arrived cracked. From your photo, the box was crushed at one corner in transit, which is exactly where the reservoir sits. A replacement flosser went out today with UPS, tracking 1Z3F88100483307724, at no charge. You don't need to return the damaged one; please recycle the box and the cracked reservoir locally.

Best regards,
Delphine Ashcombe
""", [], "transit damage: a replacement shipped, no return needed (JC4, JC6, JC11)", ["damage", "fulfilment", "near-miss"])
free(L, "en", """
Hello Ms Winterbourne,

Thank you for the photos of the scuffed travel case. As you would rather keep it than send it back, I have issued a partial refund of $8.00 to your original payment method, and it should show within a few business days.

Kind regards,
Ottilie Brennan-Sato
""", [], "partial refund for an item scuffed in transit (JC4, JC11)", ["refund", "damage", "near-miss"])
free(L, "en", """
Hi Mr Delacourt,

Yes, you still have time. Because the Sonavel S7 Pro was bought in November, it falls under Amazon's extended holiday return window, so you can return it until January 31. When you are ready, start the return from Your Orders, choose a reason, and print the label you are given.

Best wishes,
Rafferty Nwosu-Lindqvist
""", [], "holiday return window", ["returns"])
free(L, "en", """
Hello Mrs Haldane,

I'm sorry, your order had already been collected by USPS when your cancellation request reached us, so we can no longer stop it. You have two options: refuse the parcel when it is delivered, and it will come back to us, or accept it and start a return from Your Orders. Either way, the refund goes to your original payment method once the parcel reaches our warehouse.

Kind regards,
Ignatius Pembridge
""", [], "a cancellation that came after dispatch: refuse the parcel or return it", ["cancellation", "returns"])
free(L, "en", """
Hi Perdita,

Your return of the Jetwell Go 200 was scanned at our warehouse on Tuesday, and the refund was processed the same day. Amazon shows it as issued, so it is now with your bank; card refunds usually take three to five business days to appear, and a little longer over a weekend.

Best regards,
Delphine Ashcombe
""", [], "timing of a refund for a return", ["refund"])

# --- Simplified Chinese
free(L, "zh", """
严女士，您好：

您订购的 Sonavel S7 Pro 已于昨天下午从我们位于路易斯维尔的仓库发出，承运商是 UPS，运单号1Z3F88100490615283。最新物流信息显示包裹已到达印第安纳波利斯的分拣中心，预计本周四送达。

本次配送不需要签收，如果家中无人，快递员会把包裹放在门口。

岑若溪
Meadowvane 口腔护理客服
""", [], "tracking and expected delivery day", ["tracking", "delivery"])
free(L, "zh", """
毛先生，您好：

收到您的消息。包裹已经由 UPS 发出，我们这边无法直接修改订单上的地址，但已经向 UPS 提交了改址申请，把收件地址改为您提供的新地址。改址一般需要一到两个工作日生效，送达时间可能因此推迟一天，请留意运单号1Z3F88100502748196的物流更新。

骆志恒
Meadowvane 口腔护理客服
""", [], "address change requested with the carrier after dispatch; 修改订单上的地址 is not a review change (JC11)", ["address", "near-miss"])
free(L, "zh", """
龚女士，您好：

可以退货的。请在亚马逊“您的订单”中找到这笔订单，选择退货并填写原因，就可以打印预付退货面单。寄回前请把冲牙器水箱里的水倒干净并晾干，喷嘴放回原来的小袋子里，以免运输途中漏水或丢失。

仓库收到包裹后，一般两个工作日内为您办理退款。

岑若溪
""", [], "how to return a flosser; emptying and drying it is packing (JC4)", ["returns"])
free(L, "zh", """
聂先生，您好：

您寄回的 Jetwell Go 200 已于今天上午到达我们的里诺仓库，我们已将39.99美元退回您原来的付款方式。银行入账一般需要三到五个工作日。

骆志恒
""", [], "refund of a return; the amount is a refund, not a price (JC11)", ["refund", "near-miss"])
free(L, "zh", """
向女士，您好：

很抱歉，物流显示已签收，但您还没有收到包裹。有时快递员会提前扫描，包裹一两天后才真正送到；也有可能被放在邻居家、车库门口或小区的快递柜里。

麻烦您先查看一下这些地方。如果48小时后仍然没有找到，请回复本消息，我们会为您重新寄一支牙刷，或者全额退款，由您选择。

岑若溪
""", [], "parcel marked delivered but not received", ["delivery"])
free(L, "zh", """
卜先生，您好：

您的包裹目前在多伦多等待加拿大海关清关，这是寄往加拿大的订单常见的环节，一般需要两到四个工作日。进口关税和税费已在您下单时由亚马逊预估并收取，派送时不需要再支付任何费用。清关完成后，包裹会交给加拿大邮政派送。

骆志恒
""", [], "a parcel waiting for Canadian customs; duties already collected (JC7)", ["customs"])
free(L, "zh", """
苗女士，您好：

非常抱歉，我们把珍珠白的 Sonavel S3 错发成了浅粉色。正确颜色的牙刷今天已通过 USPS 寄出，运单号9400136897200184451607，预计三到五天送达。

粉色那支请通过亚马逊退货中心寄回，退货运费由我们承担，面单三十天内有效，不用着急。

岑若溪
""", [], "wrong colour sent: correct one shipped, return of the wrong one (JC6)", ["fulfilment", "returns"])
free(L, "zh", """
傅先生，您好：

从您发来的照片看，外箱一角在运输途中被压坏，正好压到了冲牙器的水箱，非常抱歉。我们已经免费为您补发一台 Jetwell Countertop 600，今天由 UPS 发出，运单号1Z3F88100516027439。损坏的那台不需要寄回，请您就地处理。

骆志恒
""", [], "transit damage: a free replacement shipped, no return needed (JC4, JC6, JC11)", ["damage", "fulfilment", "near-miss"])
free(L, "zh", """
曹女士，您好：

已按您的要求取消重复下单的那笔订单 113-9047752-1830694。这笔订单尚未发货，不会向您收取任何费用。另一笔订单照常处理，预计明天发货。

岑若溪
""", [], "a duplicate order cancelled at the buyer's request; 取消订单 is a cancellation, not a review change (JC6, JC11)", ["cancellation", "near-miss"])
free(L, "zh", """
袁先生，您好：

您这次的订单分两个包裹寄出：牙刷主机已由 USPS 发出，运单号9400136897200196603184；刷头套装存放在另一个仓库，明天由 UPS 单独发出，运单号会更新在“您的订单”页面。两个包裹预计相隔一到两天送达。

骆志恒
""", [], "split shipment from two warehouses", ["shipping", "tracking"])
free(L, "zh", """
雷女士，您好：

很抱歉无法为您提供加急配送。Sonavel S7 Pro 内置锂电池，寄往阿拉斯加的含锂电池包裹只能走陆运和海运，所以结账时没有出现一日达或两日达的选项。您的订单已由 USPS 发出，运单号9400136897200203318820，预计七到十个工作日送达。

岑若溪
""", [], "a lithium battery limits shipping options to Alaska (JC7)", ["shipping", "near-miss"])
free(L, "zh", """
汪先生，您好：

感谢您的耐心等待。节日期间承运商的包裹量很大，您的包裹在辛辛那提转运中心多停留了两天。目前物流已经恢复更新，UPS 最新预计送达日期为下周一，运单号1Z3F88100527840962。

骆志恒
""", [], "holiday-season transit delay", ["delivery", "delay"])

# --- Traditional Chinese
free(L, "zh", """
林小姐 您好：

您訂購的 Sonavel S3 已於今天上午從雷諾倉庫出貨，由 FedEx 配送，追蹤單號 774912603358，預計週五送達。這次配送不需要簽收。

彭語涵 敬上
Meadowvane 口腔護理客服
""", [], "dispatch, tracking and expected delivery day", ["tracking", "delivery"], trad=True)
free(L, "zh", """
許先生 您好：

您寄回的 Jetwell Countertop 600 已經送達我們的倉庫，69.99 美元的退款已退回您原本的付款方式，銀行入帳一般需要三到五個工作天。

溫柏翰 敬上
""", [], "refund of a return (JC11)", ["refund", "near-miss"], trad=True)
free(L, "zh", """
黃小姐 您好：

很抱歉讓您久等。上週路易斯維爾一帶遇到冰風暴，倉庫停止出貨兩天，您的包裹因此延後寄出。目前已經由 USPS 配送中，追蹤單號 9400136897200215574406，預計下週二送達。

彭語涵 敬上
""", [], "weather delay with a new delivery date", ["delivery", "delay"], trad=True)
free(L, "zh", """
高先生 您好：

亞馬遜的訂單成立後，賣家無法修改收件地址。由於您的訂單還沒有出貨，我們已經依照您的要求取消訂單 114-2259803-6671047，不會向您收取費用。請您用新的地址重新下單，我們會在當天寄出。

溫柏翰 敬上
""", [], "address problem solved by cancelling before dispatch (JC6, JC11)", ["address", "cancellation", "near-miss"], trad=True)
free(L, "zh", """
羅小姐 您好：

寄往加拿大的訂單，進口關稅和稅金已經在結帳時由亞馬遜預估並收取，包裹送達時不需要再付任何費用。如果實際關稅低於預估金額，亞馬遜會在送達後自動退還差額。您的包裹今天已經通過溫哥華海關，接下來由加拿大郵政配送。

彭語涵 敬上
""", [], "import duties for a Canadian address; customs cleared (JC7)", ["customs"], trad=True)

# ==========================================================================
# 4a. Free-written non-logistics replies that no template covers -> [template-required]
# ==========================================================================
N = "free-non-logistics"
free(N, "en", """
Hi Mr Kettering,

Yes, the Sonavel S7 Pro works well with braces. Use the Gentle mode for the first couple of weeks after the braces are tightened. Guide the head slowly along the gumline above the brackets, then tilt it to clean below them, and spend a few seconds on each bracket rather than sweeping past. The bristles wear faster than usual against the metal, so expect to change heads a little more often.

Kind regards,
Delphine Ashcombe
Meadowvane Oral Care
""", TR, "advice on brushing with braces; no template covers it", ["advice"])
free(N, "en", """
Hello Mrs Lockwood,

The Junior K2 splits its two minutes into four parts. Each time it pauses, your son should move to another corner of his mouth, and one of the four little lights on the handle comes on, so he can see how far he has got. When all four are lit, he's done. Until he is about seven, it helps to hold the handle with him and keep the head angled toward the gums.

Best wishes,
Rafferty Nwosu-Lindqvist
""", TR, "the children's timer explained in English; that template exists in Traditional Chinese only (JC9)", ["advice", "cross-language"])
free(N, "en", """
Hi Ms Featherby,

Both brushes clean the same way and take the same heads, so the choice comes down to extras. The S3 has three modes and a two-minute timer, which is all most people need. The S7 Pro adds two more modes, a light that warns you when you press too hard, and a travel case. If you tend to scrub, or your gums are sensitive, the pressure light is the feature worth having; otherwise the S3 will serve you just as well.

Best regards,
Ottilie Brennan-Sato
""", TR, "answering the buyer's own question, S3 or S7 Pro; advice, not marketing (JC10)", ["advice", "comparison"])
free(N, "en", """
Hello Mr Strathmore,

You can add a little mouthwash to the reservoir of the Jetwell Countertop 600, but please dilute it: about one part mouthwash to four parts water is plenty. Undiluted mouthwash, and anything with essential oils, can leave a residue that clogs the valve over time. After a session with mouthwash, run half a reservoir of plain water through the flosser to rinse the pump.

Kind regards,
Ignatius Pembridge
""", TR, "using mouthwash in a flosser", ["advice"])
free(N, "en", """
Hi Rhiannon,

Sharing one handle is fine as long as everyone has their own brush head. The Brisa heads come with coloured rings that clip under the head, so give each person a different colour. Rinse the head and the top of the handle after each use, and store the heads upright so they dry between brushings.

Best wishes,
Delphine Ashcombe
""", TR, "sharing one handle in a household", ["advice"])
free(N, "en", """
Hello Mr Van Heerden,

The charging base of the Sonavel S3 is made for 110-120 V sockets, the standard in the US and Canada. A plug adapter alone is not enough for the 230 V sockets in the UK: it changes the shape of the plug but not the voltage, and the base could be damaged. For a trip of two or three weeks, simply charge the brush fully before you leave. For a longer stay, you would need a step-down converter rated for small appliances.

Kind regards,
Rafferty Nwosu-Lindqvist
""", TR, "using the charger abroad; a product-use question, not shipping", ["advice"])
free(N, "en", """
Hi Mrs Farrow,

The White mode changes the rhythm of the vibration to polish the surface of the teeth, so over a few weeks of regular use it can lift everyday stains from coffee and tea. It does not bleach, and it will not change the natural shade of your teeth. If you are hoping for a lighter shade, your dentist can tell you which options suit you.

Best regards,
Ignatius Pembridge
""", TR, "what the White mode can and cannot do", ["advice"])
free(N, "en", """
Hello Mr Quenby,

Thank you for the video of the flosser. I have passed it to our technician, who will look at it this afternoon, and I will reply in this thread tomorrow with what we find.

Kind regards,
Ottilie Brennan-Sato
""", TR, "a holding reply on a fault question: not logistics, not a template (JC16)", ["holding"])
free(N, "en", """
Hi Beatrix,

A humming sound from the Jetwell Countertop 600 is normal; it comes from the pump pushing water in short pulses. A rattle or a loud buzz is not, and it usually means air has got into the pump, often after the reservoir has run almost dry. Fill the reservoir, point the handle into the sink and run it on the highest setting for about thirty seconds to push the air out. The noise should settle back to a steady hum.

Best wishes,
Rafferty Nwosu-Lindqvist
""", TR, "a noisy pump", ["advice", "troubleshooting"])
free(N, "en", """
Hello Mr Ainsworth,

If you are putting the brush away for a few months, charge it to about half, and store it somewhere dry at room temperature. Lithium batteries age faster when they sit empty or completely full for a long time. When you take it out again, give it a full charge before you use it.

Kind regards,
Ignatius Pembridge
""", TR, "storing a brush for months; the battery is discussed as product care, not cargo (contrast JC7)", ["advice"])
free(N, "en", """
Hi Ms Oduya,

To stop the S7 Pro from switching itself on in your suitcase, hold the power button down for three seconds while the brush is off. The light flashes twice to show it is locked, and the button then does nothing until you hold it for another three seconds. Pack the head dry, and if you charge fully before you go, the charging base can stay at home for a short trip.

Best wishes,
Delphine Ashcombe
""", TR, "the travel lock explained in English; that template exists in Traditional Chinese only (JC9)", ["advice", "cross-language"])

# --- Simplified Chinese
free(N, "zh", """
乔女士，您好：

戴牙套的话，冲牙器很适合用来清洁托槽周围。建议换上正畸专用喷嘴，水压从低档开始，先沿着牙龈冲洗，再把喷嘴对准每个托槽的上下两侧各停留两三秒，最后冲洗钢丝下方。每次吃完东西后用一下效果最好。

岑若溪
Meadowvane 口腔护理客服
""", TR, "using a flosser with braces", ["advice"])
free(N, "zh", """
伍先生，您好：

给家里老人选的话，我们觉得 Sonavel S3 更合适。它只有三个模式，按键少，操作简单；握柄稍粗，手劲小的人也容易握稳。如果老人牙龈比较敏感，或者刷牙时习惯用力，S7 Pro 的压力提示灯会更有帮助，可以根据实际情况选择。

骆志恒
""", TR, "answering the buyer's own buying question; advice, not marketing (JC10)", ["advice", "comparison"])
free(N, "zh", """
段女士，您好：

两分钟是大多数牙医建议的刷牙时长，用电动牙刷已经足够。关键是每个区域都要照顾到，而不是在一个地方来回刷。如果您想多花点时间清洁牙龈边缘，可以在计时结束后再开一次机，补刷半分钟。

岑若溪
""", TR, "whether two minutes is long enough", ["advice"])
free(N, "zh", """
鲁先生，您好：

请不要用开水烫或者用微波炉加热刷头，高温会让刷毛变形，刷头底部的塑料也可能开裂。日常用温水冲洗干净、甩干后直立放置就可以了。如果想额外清洁，可以每周把刷头放在稀释的漱口水里泡几分钟，再用清水冲净。

骆志恒
""", TR, "cleaning brush heads; no boiling water", ["advice"])
free(N, "zh", """
殷女士，您好：

用电动牙刷时，牙膏挤黄豆大小就够了。牙膏太多会产生大量泡沫，容易溅出来，也会让人误以为已经刷干净而提前停下。建议先把刷头放进嘴里再开机，刷完后先关机再拿出来，这样泡沫就不会溅到镜子上。

岑若溪
""", TR, "how much toothpaste to use", ["advice"])
free(N, "zh", """
薛先生，您好：

一般三岁以上的孩子就可以开始用儿童电动牙刷了。Sonavel Junior K2 的刷头小，震动幅度也比成人款低，适合三到十岁的孩子。刚开始孩子可能会觉得痒，可以先让他拿着玩一会儿，熟悉震动后再正式使用。

骆志恒
""", TR, "from what age a child can use the brush; not what the Traditional kids template says (JC15)", ["advice"])
free(N, "zh", """
韦女士，您好：

Halcyon UV-2 用起来很简单：刷头冲完甩一甩，插进盒子里，盖好盖子按一下按钮，灯亮就说明在消毒，十分钟左右自己会关。中途打开盖子灯会马上灭，不用担心伤眼睛。充满一次电能用三十次左右。

岑若溪
""", TR, "the UV case explained in Simplified Chinese in the agent's own words; that template is Traditional only (JC9)", ["advice", "cross-language"])
free(N, "zh", """
贝先生，您好：

充电时充电座和机身底部微微发热是正常的，这是感应充电的特点，摸上去温热但不烫就没有问题。如果烫得拿不住，或者闻到焦味，请立即拔掉插头停止使用，并回复本消息告诉我们，我们会进一步帮您检查。

骆志恒
""", TR, "a warm charging base", ["advice", "troubleshooting"])

# --- Traditional Chinese
free(N, "zh", """
唐小姐 您好：

剛開始用電動牙刷的前幾天，牙齦偶爾有一點出血並不少見，多半是因為刷頭停在同一處太久或按得太用力。建議改用輕柔的力道，讓刷頭沿著牙齦慢慢移動。如果出血持續超過兩週，請向您的牙醫請教。

彭語涵 敬上
Meadowvane 口腔護理客服
""", TR, "gums bleeding in the first days", ["advice"], trad=True)
free(N, "zh", """
吳先生 您好：

Brisa 刷頭建議大約三個月換一次。刷毛中間那圈藍色會慢慢褪成白色，褪色了就是該換的時候；如果刷毛已經往外岔開，也請提早更換。換的時候直接往上拔，不要轉，新的刷頭對準按鍵壓下去，留一點點縫隙就好。

溫柏翰 敬上
""", TR, "replacing heads in Traditional Chinese; the head templates are English and Simplified only (JC9)", ["advice", "cross-language"], trad=True)
free(N, "zh", """
謝小姐 您好：

沖牙機的水箱建議裝溫水，大約和體溫差不多就好。太冷的水容易讓敏感的牙齒不舒服，但也請不要用超過攝氏四十度的熱水，以免水箱和內部的密封圈變形。

彭語涵 敬上
""", TR, "water temperature for a flosser", ["advice"], trad=True)

# ==========================================================================
# 4b. A template's content retold in the agent's own words -> [template-required]
# ==========================================================================
R = "rewritten"
free(R, "en", """
Hey Mr Lisle,

Modes are changed with the small button under the power button, and a light tells you which one you're in. On the S3 that's Clean, White or Gentle. Whatever you choose, you get two minutes, with a tiny pause every half minute: that's the cue to shift to the next section of your mouth. The brush also keeps whichever mode you had last time, so there's no need to pick again each morning.

Cheers,
Delphine Ashcombe
""", TR, "own-words version of en/brush/modes (JC12)", ["rewrite"])
free(R, "en", """
Hello Ms Gwilliam,

The S7 Pro ships with only part of a charge, so before daily use give it one long session of about 16 hours on its base. A blinking battery light means it's charging; a steady one means it's full. From then on, brushing twice a day, you should get roughly three weeks between charges, and it does no harm to put it back on the base any time. The base copes with splashes, not puddles, and should be unplugged before you clean it.

Regards,
Rafferty Nwosu-Lindqvist
""", TR, "own-words version of en/brush/charging (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Roscoe,

Good news: Brisa Gentle heads will go on the S7 Pro. Plan on a fresh head roughly every three months, or earlier if the bristles begin to fan out. To swap one, turn the brush off, pull the old head straight off without twisting, and press the new one on with its front lined up with the buttons, stopping when there's about a millimetre of space left above the handle.

Thanks,
Ottilie Brennan-Sato
""", TR, "own-words version of en/heads/replacement (JC12)", ["rewrite"])
free(R, "en", """
Hello Mrs Pennyfeather,

Water flossing takes a little getting used to. Put lukewarm rather than cold water in the tank and begin on level 1. Keep your mouth almost closed over the tip so it doesn't spray the mirror, but let the water run out into the sink. Work along the gums slowly, stopping for a moment at each gap. Every week or so you can go up one level.

Kind regards,
Ignatius Pembridge
""", TR, "own-words version of en/flosser/first-use (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Oyelowo,

Sorry to hear the handle has given up. Motor, battery and charger faults from normal use are covered for two years, though heads and drop damage aren't. If you can send us a picture of the serial number on the base of the handle, a quick video of what it does, and roughly when it started, our technicians will decide within a couple of working days whether to repair or replace it.

Best regards,
Delphine Ashcombe
""", TR, "own-words version of en/warranty/claim, without case or order id (JC12)", ["rewrite", "warranty"])
free(R, "en", """
Hello Ms Quennell,

That drop in pressure is almost always scale from hard water. The fix: every couple of months, stir a couple of spoonfuls of white vinegar into a tankful of warm water and send half of it through the flosser. Leave it alone for twenty minutes so the vinegar can dissolve the deposits, then flush out the remainder, followed by a tank of plain water. Wipe the tank and stand it upside down to dry. Bleach and the dishwasher are both off limits, since they can damage the plastic and the seals.

Best,
Rafferty Nwosu-Lindqvist
""", TR, "own-words version of en/flosser/descaling (JC12)", ["rewrite"])
free(R, "en", """
Hi Leopold,

Now that you've had the Jetwell Go 200 for a few weeks, we'd be glad to know how you're finding it, good or bad. If you'd like to, you can leave a review on its Amazon product page. There's no obligation at all.

Best wishes,
Ottilie Brennan-Sato
""", TR, "an own-words neutral review request: the only one for its order, no earlier praise; template-required only, not review-inducement (JC8, JC12)", ["rewrite", "review-request"])

# --- Simplified Chinese
free(R, "zh", """
常女士，您好：

牙龈敏感的话，前两个星期先用温和模式。刷的时候不用使劲，把刷头斜放在牙齿和牙龈之间，靠震动清洁就行；握柄上的提示灯一亮，就说明压得太重了。最好配软毛刷头，刷完用温水漱漱口。刚换电动牙刷，牙龈不太适应是正常的，通常一两周就好了。

岑若溪
""", TR, "own-words version of zh/brush/sensitive (JC12)", ["rewrite"])
free(R, "zh", """
樊先生，您好：

水压用机身侧面的旋钮调，往右拧变大，往左拧变小。刚开始用最低一档就行，冲牙缝的时候可以调高点，冲牙龈边上就调低、动作放慢。想停一下按手柄上的暂停键，不用关电源。之后每个星期按自己的感觉加一档。

骆志恒
""", TR, "own-words version of zh/flosser/pressure (JC12)", ["rewrite"])
free(R, "zh", """
白女士，您好：

给您添麻烦了，真的很抱歉。漏水多半是水箱底下的阀门或者喷嘴接口没装好。您可以把水箱拿下来，看看底部的橡胶阀门有没有卡着头发或水垢，冲干净再装回去按紧；喷嘴要插到底，听到咔嗒一声；再看看水管有没有被压住或折着。如果还漏，麻烦拍段视频发给我们。

岑若溪
""", TR, "own-words version of zh/apology/leak (JC12)", ["rewrite"])
free(R, "zh", """
陶先生，您好：

Brisa Polish 刷头可以用在 Sonavel S3 上。换的时候先关机，旧刷头直着往上拔，别扭；新刷头正面和按键对齐，往下按到和机身之间还剩一毫米左右的缝就行。一般三个月换一次，刷毛散开了就早点换。

骆志恒
""", TR, "own-words version of zh/heads/compat (JC12)", ["rewrite"])
free(R, "zh", """
秦女士，您好：

您的便携冲牙器在正常家用的情况下，电机、电池和充电座两年内出故障都可以保修，喷嘴和摔坏的不算。麻烦您拍一下机身底部的序列号，再录一小段故障视频，告诉我们大概什么时候开始出问题、有没有摔过。技术人员看过后，两个工作日内会通知您是修还是换。

岑若溪
""", TR, "own-words version of zh/warranty/claim, without case or order id (JC12)", ["rewrite", "warranty"])

# --- Traditional Chinese
free(R, "zh", """
孫先生 您好：

出門前，在關機狀態下按住電源鍵三秒，燈閃兩下就是鎖好了，這樣在行李箱裡不會自己啟動；要解鎖再按住三秒就可以。刷頭沖乾淨、擦乾後再收進旅行盒。充飽電大概能用三週，短天數的旅行不用帶充電座。

溫柏翰 敬上
""", TR, "own-words version of zh-tw/brush/travel (JC12)", ["rewrite"], trad=True)
free(R, "zh", """
馬小姐 您好：

燈不亮的話，可以先檢查幾個地方：插頭有沒有插緊，換個插座試試，有些浴室插座要開燈才有電；手柄底部和充電座上有沒有水，擦乾再放；手柄要直直放在正中間。電池完全沒電時，要充大約十分鐘燈才會開始閃。都試過還是不行，再告訴我們購買日期。

彭語涵 敬上
""", TR, "own-words version of zh-tw/troubleshoot/charging (JC12)", ["rewrite"], trad=True)

# ==========================================================================
# 4c. Logistics replies that also give product advice -> [template-required]
# ==========================================================================
M = "mixed-logistics"
free(M, "en", """
Hi Ms Harrowgate,

I'm sorry the Brisa Gentle heads are running late; USPS now shows delivery on Tuesday, tracking 9400136897200228841903.

Until they arrive, you can keep using the head that came with the brush. Switch to the Gentle mode if your gums feel tender, and rinse the head well and stand it upright to dry after each use so it stays fresh for a few extra days.

Best regards,
Delphine Ashcombe
""", TR, "late delivery of heads plus advice until they arrive", ["delay", "advice"])
free(M, "en", """
Hello Mr Greenhalgh,

Of course. Please start a return for the Jetwell Go 200 from Your Orders, and the refund will follow once it is scanned at our warehouse.

Since you mentioned you have ordered the Countertop 600 for your daughter's braces, its orthodontic tip works best on a low setting. Hold it at each bracket for a couple of seconds, above and below the wire.

Kind regards,
Rafferty Nwosu-Lindqvist
""", TR, "return of one flosser plus advice on the tip for braces", ["returns", "advice"])
free(M, "en", """
Hi Mrs Okwuosa,

Your Sonavel S3 is out for delivery with UPS today, so it should be with you this evening.

A tip for the first week: the vibration can make your lips and gums tingle at first. Put the brush head in your mouth before you switch it on, keep your lips loosely closed, and let the bristles do the work rather than scrubbing. Most people stop noticing the tingle after a few days.

Happy brushing,
Ignatius Pembridge
""", TR, "delivery today plus advice on getting used to the vibration", ["delivery", "advice"])
free(M, "en", """
Hello Mr Pettigrew,

You're right, we sent Brisa Polish heads instead of the Brisa Gentle you ordered. The correct pack went out today with UPS, tracking 1Z3F88100539928417, and you don't need to send the Polish heads back.

As you mentioned tender gums, keep the Polish heads for later. Their firmer bristles are best once your gums have settled; for now the Gentle heads in the Gentle mode will be far more comfortable.

Kind regards,
Ottilie Brennan-Sato
""", TR, "wrong heads replaced plus advice on which heads to use for tender gums", ["fulfilment", "advice"])
free(M, "en", """
Hi Ms Beaumont-Achebe,

Your Jetwell Countertop 600 cleared customs in Montreal yesterday and is now with Canada Post. The duties were already collected by Amazon at checkout, so there is nothing to pay on delivery.

To answer your other question, the flosser runs on the same 120 V supply as in the US, so it plugs straight into Canadian sockets. Before the first use, run a full reservoir of warm water through it with the tip pointing into the sink to clear the lines.

Best wishes,
Delphine Ashcombe
""", TR, "customs and delivery plus advice on voltage and a first rinse", ["customs", "advice"])

# --- Simplified Chinese
free(M, "zh", """
欧阳女士，您好：

没问题，您可以在“您的订单”中为多买的那盒 Brisa 刷头申请退货，仓库收到后会把款项退回原支付方式。

另外，您提到刷牙时牙龈有点酸，建议这段时间把牙刷调到温和模式，改用软毛刷头，刷的时候别用力压。

骆志恒
""", TR, "return of surplus heads plus advice for sore gums", ["returns", "advice"])
free(M, "zh", """
任先生，您好：

您包裹里缺少的充电座已经为您免费补发，今天由 USPS 寄出，运单号9400136897200231176548。

在收到充电座之前，牙刷出厂时的电量一般够用三四天。建议这几天先用清洁模式，刷完后把刷头和机身分开晾干。

岑若溪
""", TR, "a missing charging base resent plus advice on using the brush meanwhile", ["fulfilment", "advice"])
free(M, "zh", """
潘女士，您好：

很抱歉，您订购的冲牙器因为转运中心积压，要晚两天送到，UPS 最新预计周三送达，运单号1Z3F88100545630178。

这两天您可以先用牙线清洁牙缝。收到冲牙器后，第一次用建议装温水、从最低档开始，这样比较容易适应。

骆志恒
""", TR, "a delay plus advice on flossing meanwhile and the first session", ["delay", "advice"])

# --- Traditional Chinese
free(M, "zh", """
趙先生 您好：

您的 Sonavel Junior K2 今天已經由 USPS 送達，簽收人顯示為大樓管理員。

小朋友第一次用的時候，可以先讓他握著關機的牙刷照鏡子練習，再開機從門牙開始刷。刷毛很軟，不用擔心太刺激，家長在旁邊幫忙扶著手柄就好。

彭語涵 敬上
""", TR, "delivery confirmed in reply plus advice for a child's first use", ["delivery", "advice"], trad=True)


# ==========================================================================
# 5. Replies that break a content policy (JC3)
# ==========================================================================
V = "violating"


def fill_bad(tid, vals, edits, labels, note, extra):
    fill(tid, vals, note + " (JC3)", edits=edits, cat=V, labels=labels, extra=extra, tags=["template-based"])


def add_bad(tid, vals, anchor, sentence, labels, note, before=False, sep=" "):
    new = (sentence + sep + anchor) if before else (anchor + sep + sentence)
    fill_bad(tid, vals, [(anchor, new)], labels, note, sentence)


add_bad("en/brush/modes", dict(buyer_name="Mr Harkness", product="Sonavel S7 Pro",
        mode_list="Clean, White, Gentle, Massage and Polish", agent_name=A4),
        "unless you want to switch.",
        "P.S. Brisa replacement heads are 30% off in our Amazon store until Sunday, so it's a good moment to stock up.",
        [MKT] + TR, "P.S. announcing a time-limited price cut on brush heads", sep="\n\n")
add_bad("en/flosser/first-use", dict(buyer_name="Ms Delahaye", product="Jetwell Countertop 600", start_level="level 1",
        agent_name=A1),
        "Warm regards,",
        "If it still feels awkward, message me on WhatsApp at +1 775-555-0157 and I'll show you the technique on a video call.",
        [OPC] + TR, "a WhatsApp number offered for flossing help; product support moved off Amazon",
        before=True, sep="\n\n")
add_bad("en/apology/cracked-tip", dict(buyer_name="Mr Fennimore", product="Jetwell Go 200", agent_name=A2),
        "Thank you for your patience while we put this right.",
        "Follow us on Instagram at @meadowvane.smiles, where we give away a flosser every month.",
        [MKT, OPC] + TR, "an Instagram handle plus a monthly giveaway", sep="\n\n")
add_bad("en/troubleshoot/weak-vibration", dict(buyer_name="Mrs Ellsworth", product="Sonavel S3", agent_name=A3),
        "we will look at the next steps with you.",
        "And if the brush still disappoints you, please talk to us first rather than posting a low review on Amazon.",
        [RI] + TR, "review gating: an unhappy buyer steered away from leaving a review")
fill_bad("en/warranty/claim", dict(buyer_name="Ms Rothwell", product="Sonavel S7 Pro", warranty_period="two-year",
         case_id="MVC-W-30712", order_id="112-8143309-5527061", agent_name=A4),
         [("please reply in this thread with:", "please email the following to warranty@meadowvane-care.com:")],
         [OPC] + TR, "warranty evidence to be e-mailed to an outside address; a warranty step, not logistics",
         "please email the following to warranty@meadowvane-care.com:")
fill_bad("en/review/neutral-request", dict(buyer_name="Mr Lytton", product="Sonavel S3",
         order_id="114-3396028-7150842", agent_name=A1),
         [("If you have a moment, other shoppers find it helpful to read about real experiences with a product, "
           "whatever those experiences have been. You can write a review from the product page on Amazon, and whether "
           "you do so is completely up to you.",
           "If you're happy with it, a five-star review on the product page would really help our small team.")],
         [RI] + TR, "the neutral sentences replaced by a request for a five-star review",
         "If you're happy with it, a five-star review on the product page would really help our small team.")
add_bad("en/review/neutral-request", dict(buyer_name="Sabine", product="Jetwell Countertop 600",
        order_id="111-6057712-4483906", agent_name=A2),
        "whether you do so is completely up to you.",
        "As a thank-you, we'll send a $10 Amazon gift card as soon as your review is live; just reply with a screenshot.",
        [RI] + TR, "a gift card offered for a posted review")
add_bad("en/flosser/descaling", dict(buyer_name="Mr Brackenbury", product="Jetwell Countertop 600",
        interval="two months", agent_name=A3),
        "as both can cloud the plastic and harm the seals.",
        "The spare jet tips you ordered have shipped, and you can follow them on our own tracking page at meadowvane-care.com/track.",
        [OPC], "tracking sentence pointing to the seller's own website; no template-required, because the added sentence is logistics",
        sep="\n\n")
free(V, "en", """
Hi Mr Whitlock,

For someone with a crown and two implants, the Jetwell Countertop 600 is the better choice: its ten pressure levels let you stay gentle around the implants, and the larger reservoir lasts a full session.

If you order this week, use code JET15 at checkout for 15% off the flosser and a pack of spare tips together.

Best regards,
Rafferty Nwosu-Lindqvist
""", [MKT] + TR, "advice on choosing a flosser plus a discount code (JC3, JC10)", ["free-written"])
free(V, "en", """
Hello Ms Lanyon,

I'm sorry the parcel went to your old apartment. It is still with the carrier, so there is time to redirect it.

Rather than sort it out through Amazon messages, please call our warehouse line at 502-555-0186 and read the new address to the team; they will have the parcel rerouted today.

Kind regards,
Ignatius Pembridge
""", [OPC], "a parcel rerouted to a new address by calling the seller's own phone line; the topic stays logistics, so no template-required (JC3)", ["free-written"])
free(V, "en", """
Hi Mrs Calloway,

Your returned Sonavel S3 has arrived back at our warehouse, and the refund has gone to your original card.

We noticed your two-star review from last week. Now that everything is sorted, if you update it to reflect the refund, we'd be glad to send you a pack of Brisa heads as thanks.

Best wishes,
Delphine Ashcombe
""", [RI] + TR, "refund of a return (logistics) plus free heads offered for updating a review (JC3)", ["free-written"])

# --- Simplified Chinese
add_bad("zh/review/neutral-request", dict(buyer_name="邵女士", order_id="113-7285014-6602937",
        product="Sonavel S7 Pro", agent_name=Z1),
        "是否撰写评论完全由您决定。",
        "留下五星好评后把截图发给我们，即可获得10美元返现。",
        [RI] + TR, "cash back offered for a five-star review", sep="")
fill_bad("zh/review/neutral-request", dict(buyer_name="尤先生", order_id="112-4471983-0036254",
         product="Jetwell Go 200", agent_name=Z2),
         [("如果您有空，欢迎在亚马逊的商品页面写下您的真实使用体验，无论体验如何，都能帮助其他买家做出选择。",
           "如果您对产品满意，欢迎在商品页面留下评论；如果有任何不满意，请先联系我们，不要直接留差评。")],
         [RI] + TR, "the neutral sentence replaced by review gating",
         "如果您对产品满意，欢迎在商品页面留下评论；如果有任何不满意，请先联系我们，不要直接留差评。")
add_bad("zh/flosser/pressure", dict(buyer_name="窦女士", product="Jetwell Countertop 600", level_range="一档",
        agent_name=Z1),
        "祝好！",
        "如果还是不会调，可以加我们的微信 meadowvane_care，我们发视频教您。",
        [OPC] + TR, "a WeChat account offered for flosser help", before=True, sep="\n\n")
add_bad("zh/brush/sensitive", dict(buyer_name="宁先生", product="Sonavel S3", agent_name=Z2),
        "建议咨询您的牙医。",
        "另外告诉您一个好消息：我们的新款 Sonavel S9 下个月上市，现在预购立享八五折！",
        [MKT] + TR, "new-product launch with a pre-order price cut", sep="\n\n")
add_bad("zh/heads/compat", dict(buyer_name="车女士", head_name="Brisa Gentle", handle_model="Sonavel S7 Pro",
        agent_name=Z1),
        "请提前更换。",
        "您想退回的那盒刷头，请先发邮件到 returns@meadowvane-care.com 索取我们的仓库地址，再自行寄回。",
        [OPC], "return of a box of heads routed through the seller's e-mail address; the added sentence is logistics, so no template-required",
        sep="\n\n")
free(V, "zh", """
柴先生，您好：

新的充电座已经为您补发，今天由 UPS 发出，运单号1Z3F88100552417093。

看到您上周留了一星差评，我们很理解您的心情。如果您愿意删除那条评论，我们会额外返您15美元。

骆志恒
""", [RI] + TR, "replacement part shipped (logistics) plus cash for deleting a one-star review (JC3)", ["free-written"])
free(V, "zh", """
包女士，您好：

您退回的冲牙器已经到达仓库。为了让您更快收到退款，这次我们不走亚马逊退款，而是通过 PayPal 直接转账给您，请回复您的 PayPal 账号。

岑若溪
""", [OPC], "refund of a return moved to PayPal; the topic stays logistics, so no template-required (JC3)", ["free-written"])

# --- Traditional Chinese
add_bad("zh-tw/sanitizer/uv", dict(buyer_name="游先生", product="Halcyon UV-2", agent_name=W2),
        "請定期用乾布擦拭盒內，保持乾燥。",
        "歡迎到我們的 Facebook 粉絲專頁 Meadowvane Taiwan 按讚，每週都有抽獎活動。",
        [MKT, OPC] + TR, "a Facebook page plus weekly prize draws", before=True, sep="\n\n")
add_bad("zh-tw/troubleshoot/charging", dict(buyer_name="余小姐", product="Sonavel S7 Pro", agent_name=W1),
        "我們再協助您。",
        "另外，麻煩您先不要留評論，等問題解決、您滿意了再給我們好評。",
        [RI] + TR, "review deferral until the buyer is satisfied, and a request for a positive review", sep="\n\n")
free(V, "zh", """
周小姐 您好：

您訂購的 Jetwell Go 200 今天已經出貨，由 UPS 配送，追蹤單號 1Z3F88100568804251。

順便跟您分享：本週加購刷頭組合享八折，數量有限，要買要快！

溫柏翰 敬上
""", [MKT] + TR, "dispatch notice plus a this-week price cut on heads (JC3)", ["free-written"], trad=True)

# Category-wide judgement calls: mixed-logistics rests on JC5, plain logistics on JC14, free advice on JC15
for _r in REPLIES:
    if _r["cat"] == M and "JC5" not in _r["note"]:
        _r["note"] += " (JC5)"
    if _r["cat"] == L and "JC" not in _r["note"]:
        _r["note"] += " (JC14)"
    if _r["cat"] == N and "JC" not in _r["note"]:
        _r["note"] += " (JC15)"


# ==========================================================================
# Self-checks
# ==========================================================================
# Names of the earlier set (t46, Larkspur Stitchworks), taken from its README and notes. None may appear here.
EARLIER_NAMES = [
    "Larkspur", "Stitchworks", "larkspur-stitch", "Corvelle", "Aria 30", "Mira 200", "Atelier Q11", "Threadhaven",
    "TH-34", "TH-5C", "Quillmark", "Keenfold", "Silkrow", "Footwise", "WF-9", "QP-4", "ZP-2", "FM-6", "LSW-C-",
    "Marisol", "Etherington", "Barnaby", "Okonkwo-Reyes", "Henrike", "Tallis", "Caspian", "Forsberg-Abara",
    "戚晓岚", "符瀚文", "簡若彤", "鍾承睿", "Harrisburg", "Boise", "1Z7R4402Y", "9405511298370",
    # buyers of the earlier set
    "Rosalind", "Abernathy-Kowal", "Thaddeus", "Lindgren-Osei", "Perpetua", "Kowalewska-Boyd", "Cordelia",
    "Kettleborough", "Prendergast", "Imogen", "Brightwater-Oke", "Benedikt", "Castellanos", "Ashworth-Diallo",
    "Lucinda", "Yamamoto-Byrne", "Marchbanks", "Evander", "Halvorsen", "Octavia", "Adebayo-Marsh", "Henrietta",
    "Hargreaves-Shaw", "Abiola-Strand", "Marguerite", "Thorvaldsen", "Grantham", "Dunmore-Acheson", "Genevieve",
    "Pennington", "Ingleby", "Cartwright-Ode", "Wakefield", "Quigley", "Nwachukwu-Hale", "Gwendolyn",
    "Van der Spoel", "Delacroix-Ames", "Harcourt-Fenn", "Clarimond", "Ingram-Sowande", "Blackwood",
    "Rutherford-Ngata", "Penrose", "Isadora", "Kingsley-Otieno", "Lowther", "Dufort", "Greenacre", "Arabella",
    "Fairweather", "Juliet", "Ballard-Nunes", "谭女士", "丁女士", "项先生", "康先生", "褚小姐",
]
# Simplified/Traditional pairs for characters this set uses (hand list); GB2312 / Big5 membership is checked too.
SCRIPT_PAIRS = ("头頭 电電 龈齦 动動 计計 时時 钟鐘 档檔 压壓 灯燈 线線 锁鎖 纳納 儿兒 订訂 单單 号號 发發 货貨 "
                "运運 请請 谢謝 们們 这這 会會 给給 从從 过過 后後 里裡 还還 换換 转轉 带帶 边邊 齿齒 装裝 盖蓋 "
                "视視 频頻 邮郵 递遞 签簽 关關 税稅 说說 个個 处處 问問 题題 图圖 两兩 块塊 购購 买買 为為 无無 "
                "试試 让讓 应應 该該 费費 仓倉 库庫 湿濕 干乾 确確 认認 间間 续續 开開 对對 软軟 帮幫 选選 择擇 "
                "键鍵 显顯 长長 闪閃 温溫 满滿 级級 喷噴 阀閥 胶膠 检檢 净淨 卫衛 备備 达達 补補 损損 坏壞 质質 "
                "冲沖 机機 针針 护護 户戶 亚亞 马馬 逊遜 诉訴 询詢 谘諮 惯慣 隐隱 势勢 页頁 验驗 评評 论論 价價 "
                "优優 惠惠 赠贈 礼禮 卡卡 议議 适適 轻輕 离離 牙牙 刷刷 垢垢 网網 经經 团團 务務 岁歲 渐漸 "
                "钮鈕 烫燙 变變 热熱 烧燒 乐樂 兴興 愿願 凭憑 际際 览覽 获獲 现現 账帳 专專 页頁").split()
ONLY_SIMP = {p[0] for p in SCRIPT_PAIRS if p[0] != p[1]}
ONLY_TRAD = {p[1] for p in SCRIPT_PAIRS if p[0] != p[1]}
# Big5 has these too, but a Traditional text in this set should use 後, 裡, 乾, 臺, 沖, 於, 準, 範, 幾, 鬆
TRAD_AVOID = set("后里干台湾冲于准范几松")
CJK = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
TRACK_RE = re.compile(r"(?<![0-9A-Z])(?:1Z[0-9A-Z]{16}|94\d{20}|7749\d{8})(?![0-9A-Z])")
CASE_RE = re.compile(r"MVC-W-\d{5}")
PHONE_RE = re.compile(r"(?:\+1[ .-]?)?\(?\b(\d{3})\)?[ .-](\d{3})[ .-](\d{4})\b")
EN_RUN = re.compile(r"\b[a-z]{3,}\b(?:[ ,]+\b[a-z]{3,}\b){2,}")
STAR_RE = re.compile(r"\bstars?\b", re.I)
BANNED_IN_CLEAN = ["http", "www.", "@", ".com", "whatsapp", "wechat", "微信", "支付宝", "支付寶", "paypal", "telegram",
                   "instagram", "facebook", "tiktok", "coupon", "discount", "promo", "% off", "use code", "with code",
                   "at checkout for", "stock up", "giveaway", "five-star", "5-star", "one-star", "two-star",
                   "五星", "一星", "好评", "好評", "差评", "差評", "返现", "返現", "优惠", "優惠", "折扣", "九折", "八折",
                   "八五折", "预购", "預購", "上市", "抽奖", "抽獎", "官网", "官網", "粉丝", "粉絲", "screenshot", "截图",
                   "截圖", "gift card", "rating", "加购", "加購"]
MARKERS = {RI: ["review", "评", "評"],
           OPC: ["@", ".com", "whatsapp", "微信", "instagram", "facebook", "paypal", "555-01"],
           MKT: ["%", "code", "上市", "折", "giveaway", "give away", "抽獎"]}
LOGISTICS_WORDS = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "customs", "duties",
                   "parcel", "dispatch", "carrier", "usps", "ups", "fedex", "label", "warehouse", "reroute",
                   "运单", "退货", "送达", "退款", "地址", "发货", "发出", "寄出", "取消", "关税", "清关", "包裹",
                   "签收", "补寄", "补发", "面单", "寄回", "配送",
                   "追蹤", "退貨", "送達", "出貨", "補寄", "單號", "配送", "寄出", "關稅", "海關", "退款", "簽收"]
REVIEW_WORDS = ["review", "评论", "評論", "评价", "評價"]
NO_LABEL_CATS = ("filled-template", "fill-plus-logistics", "logistics")
TR_ONLY_CATS = ("free-non-logistics", "rewritten", "mixed-logistics")
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics",
        "violating"]
EDIT_KINDS = {"greeting", "sign-off", "warm-line", "split", "merge", "reorder", "paraphrase", "wording", "reflow",
              "long-value"}
FILL_MIN = 0.80   # edited fills and fill-plus-logistics replies stay at least this close to their own rendering
FREE_MAX = 0.55   # free-written template-required replies stay below this against every template
SHARE = {"en": 0.50, "zh": 0.35, "zh-tw": 0.15}
FIELDS = ["id", "text", "labels", "lang", "tags", "note", "context"]


def script_problems(text, traditional):
    chars = set(CJK.findall(text))
    wrong = chars & (ONLY_SIMP if traditional else ONLY_TRAD)
    if traditional:
        wrong |= chars & TRAD_AVOID
    enc = "big5" if traditional else "gb2312"
    for c in chars:
        try:
            c.encode(enc)
        except UnicodeEncodeError:
            wrong.add(c)
    return wrong


def strip_ph(text):
    return PH_RE.sub("", text)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest_free(text):
    scores = {t: ratio(text, strip_ph(TEMPLATES[t])) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def col(r):
    if r["lang"] == "zh":
        return "zh-tw" if "traditional" in r["tags"] else "zh"
    return r["lang"]


def clean_problems(text):
    low = text.lower()
    found = [w for w in BANNED_IN_CLEAN if w in low]
    if STAR_RE.search(text):
        found.append("star")
    if re.search(r"\bsale\b", low):
        found.append("sale")
    if re.search(r"\bLINE\b", text):
        found.append("LINE")
    if PHONE_RE.search(text):
        found.append("phone number")
    return found


def earlier_names(text):
    low = text.lower()
    return [n for n in EARLIER_NAMES if n.lower() in low]


def placeholder_problems(text):
    """Balanced {{name}} placeholders: every {{ closes, no stray single braces."""
    probs = []
    rest = PH_RE.sub("", text)
    if "{" in rest or "}" in rest:
        probs.append("stray or malformed brace")
    return probs


def checks():
    errs = []
    # ---- templates
    tl = Counter(m[0] for m in TMETA.values())
    if not 18 <= len(TEMPLATES) <= 20:
        errs.append("expected 18-20 templates, got %d" % len(TEMPLATES))
    if not all(tl[k] >= 4 for k in ("en", "zh", "zh-tw")):
        errs.append("each language needs at least 4 templates: %s" % dict(tl))
    for need in ("en/review/neutral-request", "zh/review/neutral-request"):
        if need not in TEMPLATES:
            errs.append("missing " + need)
    for tid, text in TEMPLATES.items():
        ph = placeholders(text)
        for p in placeholder_problems(text):
            errs.append("%s: %s" % (tid, p))
        if "buyer_name" not in ph or "agent_name" not in ph:
            errs.append("template without buyer/agent slot: " + tid)
        if len(ph) != len(set(ph)):
            errs.append("a placeholder used twice in " + tid)
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z]+/[a-z-]+", tid) or not tid.startswith(TMETA[tid][0] + "/"):
            errs.append("template id does not follow lang/topic/name: " + tid)
        if TMETA[tid][0] == "en" and CJK.search(text):
            errs.append("CJK in English template " + tid)
        if TMETA[tid][0] != "en":
            bad = script_problems(text, TMETA[tid][0] == "zh-tw")
            if bad:
                errs.append("wrong-script characters in %s: %s" % (tid, "".join(sorted(bad))))
            if EN_RUN.search(strip_ph(text)):
                errs.append("English prose in Chinese template " + tid)
        if EMOJI.search(text) or "\n\n\n" in text:
            errs.append("emoji or triple line break in " + tid)
        for w in clean_problems(text) + earlier_names(text):
            errs.append("template %s contains %r" % (tid, w))
        if any(w in text.lower() for w in REVIEW_WORDS) != tid.endswith("/review/neutral-request"):
            errs.append("review wording outside a review template, or missing from one: " + tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(strip_ph(TEMPLATES[a]), strip_ph(TEMPLATES[b])) >= 0.5:
                errs.append("templates %s and %s are too alike" % (a, b))
    # ---- replies
    ids = ["%s-%03d" % (PREFIX, i + 1) for i in range(len(REPLIES))]
    if not 150 <= len(REPLIES) <= 175:
        errs.append("expected 150-175 replies, got %d" % len(REPLIES))
    seen, owner, exact_for, kinds = set(), {}, set(), set()
    for rid, r in zip(ids, REPLIES):
        t, cat, labels, lang = r["text"], r["cat"], set(r["labels"]), r["lang"]
        r["id"] = rid
        low = t.lower()
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": bad category " + cat)
        if "{" in t or "}" in t:
            errs.append(rid + ": leftover braces")
        if not labels <= ALLOWED or len(labels) != len(r["labels"]) or r["labels"] != sorted(r["labels"]):
            errs.append(rid + ": bad labels %s" % r["labels"])
        if lang not in LANGS:
            errs.append(rid + ": bad lang")
        if t in seen:
            errs.append(rid + ": duplicate text")
        seen.add(t)
        if t != t.strip() or "\n\n\n" in t or EMOJI.search(t) or "  " in t.replace("\n", ""):
            errs.append(rid + ": whitespace or emoji problem")
        for n in earlier_names(t):
            errs.append(rid + ": name from the earlier set: " + n)
        if r["tid"] and not r["note"].startswith(r["tid"] + ": "):
            errs.append(rid + ": note must start with the source template id")
        for tok in ORDER_RE.findall(t) + TRACK_RE.findall(t) + CASE_RE.findall(t):
            if owner.setdefault(tok, rid) != rid:
                errs.append(rid + ": id %s already used by %s" % (tok, owner[tok]))
        for m in PHONE_RE.finditer(t):
            if m.group(2) != "555" or not m.group(3).startswith("01"):
                errs.append(rid + ": phone number outside the fictional 555-01xx range: " + m.group(0))
        # language and script
        has_cjk = bool(CJK.search(t))
        if lang == "en" and has_cjk:
            errs.append(rid + ": CJK in an en reply")
        if lang == "zh" and (not has_cjk or EN_RUN.search(t)):
            errs.append(rid + ": zh reply without CJK or with English prose")
        if has_cjk:
            bad = script_problems(t, "traditional" in r["tags"])
            if bad:
                errs.append(rid + ": wrong-script characters " + "".join(sorted(bad)))
        if r["tid"] and r["tid"].startswith("zh-tw/") != ("traditional" in r["tags"]):
            errs.append(rid + ": script tag does not match the template")
        # category <-> labels
        if cat in NO_LABEL_CATS and labels:
            errs.append(rid + ": %s must carry no label" % cat)
        if cat in TR_ONLY_CATS and labels != {"template-required"}:
            errs.append(rid + ": %s must be exactly template-required" % cat)
        if cat in ("logistics", "mixed-logistics") and not any(w in low for w in LOGISTICS_WORDS):
            errs.append(rid + ": %s reply names no logistics matter" % cat)
        if cat == "logistics" and any(w in low for w in REVIEW_WORDS):
            errs.append(rid + ": logistics reply mentions reviews")
        if cat == "violating":
            if not labels & CONTENT:
                errs.append(rid + ": violating reply without a content label")
            for lab in labels & CONTENT:
                if not any(m in low for m in MARKERS[lab]):
                    errs.append(rid + ": no %s marker in the text" % lab)
            if ("template-required" in labels) == ("no template-required" in r["note"]):
                errs.append(rid + ": note must explain a violating reply without template-required")
            if "template-required" not in labels:
                offending = r["extra"] if r["tid"] else t
                if not any(w in offending.lower() for w in LOGISTICS_WORDS):
                    errs.append(rid + ": content-only violating reply whose offending text is not logistics")
        else:
            for w in clean_problems(t):
                errs.append(rid + ": non-violating reply contains %r" % w)
        if "JC" not in r["note"] and not (cat == "filled-template" and r["exact"]):
            errs.append(rid + ": note names no judgement call")
        # fills and similarity
        if r["tid"]:
            if r["tid"] not in TEMPLATES:
                errs.append(rid + ": unknown template " + r["tid"])
                continue
            own = render(r["tid"], r["vals"])
            flat = " ".join(t.split())
            for v in r["vals"].values():
                if " ".join(v.split()) not in flat:
                    errs.append(rid + ": value %r missing" % v)
            if r["exact"] and t != own:
                errs.append(rid + ": exact fill differs from its rendering")
            if r["exact"] and cat == "filled-template":
                exact_for.add(r["tid"])
            if "long-value" in r["tags"] and max(len(v) for v in r["vals"].values()) < 100:
                errs.append(rid + ": long-value fill without a value of 100+ characters")
            r["own_ratio"] = ratio(t, own)
            others = {x: ratio(t, strip_ph(TEMPLATES[x])) for x in TEMPLATES if x != r["tid"]}
            if max(others.values()) >= r["own_ratio"]:
                errs.append(rid + ": another template is nearer than %s" % r["tid"])
            if cat in ("filled-template", "fill-plus-logistics") and r["own_ratio"] < FILL_MIN:
                errs.append(rid + ": too far from its own template (%.2f)" % r["own_ratio"])
            if cat == "filled-template" and not r["exact"]:
                k = set(r["tags"]) & EDIT_KINDS
                if not k:
                    errs.append(rid + ": edited fill without an edit-kind tag")
                kinds |= k
            if cat in ("fill-plus-logistics", "violating"):
                x = r["extra"]
                if not x or x not in t or any(x in tt for tt in TEMPLATES.values()):
                    errs.append(rid + ": extra sentence missing or taken from a template")
            if cat == "fill-plus-logistics":
                if r["own_ratio"] >= 0.999:
                    errs.append(rid + ": fill-plus-logistics reply adds nothing")
                if not any(w in r["extra"].lower() for w in LOGISTICS_WORDS):
                    errs.append(rid + ": added sentence names no logistics matter")
        else:
            r["nearest"], r["max_ratio"] = nearest_free(t)
            if "template-required" in labels and r["max_ratio"] >= FREE_MAX:
                errs.append(rid + ": template-required reply too close to %s (%.2f)" % (r["nearest"], r["max_ratio"]))
    for tid in TEMPLATES:
        if tid not in exact_for:
            errs.append("template has no exact fill: " + tid)
    missing = EDIT_KINDS - kinds
    if missing:
        errs.append("edit kinds never used: %s" % sorted(missing))
    # ---- composition
    share = Counter(col(r) for r in REPLIES)
    for k, want in SHARE.items():
        got = share[k] / float(len(REPLIES))
        if abs(got - want) > 0.05:
            errs.append("language share %s is %.2f, want about %.2f" % (k, got, want))
    cats = Counter(r["cat"] for r in REPLIES)
    for c in CATS:
        if cats[c] < 8:
            errs.append("category %s has only %d replies" % (c, cats[c]))
        per = Counter(col(r) for r in REPLIES if r["cat"] == c)
        if any(per[k] == 0 for k in SHARE):
            errs.append("category %s lacks a language: %s" % (c, dict(per)))
    vb = Counter(("tid" if r["tid"] else "free") for r in REPLIES if r["cat"] == "violating")
    if vb["tid"] < 8 or vb["free"] < 5:
        errs.append("violating replies should be mostly template-based with some free-written: %s" % dict(vb))
    for lab in CONTENT:
        if sum(1 for r in REPLIES if lab in r["labels"]) < 4:
            errs.append("too few replies labelled " + lab)
    if not any(r["cat"] == "violating" and "template-required" not in r["labels"] for r in REPLIES):
        errs.append("no violating reply whose offending text is logistics (content label only)")
    return ids, errs


# ==========================================================================
# Validation of the files on disk (python3 gen.py --check; also run after writing)
# ==========================================================================
def load_library(lib):
    found = {}
    for d, _, files in os.walk(lib):
        for fn in files:
            if fn.endswith(".txt"):
                p = os.path.join(d, fn)
                with open(p, encoding="utf-8") as f:
                    found[os.path.relpath(p, lib)[:-4].replace(os.sep, "/")] = f.read()
    return found


def check_disk(base):
    errs = []
    lib = load_library(os.path.join(base, "library"))
    if not lib:
        errs.append("library/ is empty or missing")
    for tid, text in lib.items():
        for p in placeholder_problems(text):
            errs.append("library %s: %s" % (tid, p))
        for n in earlier_names(text):
            errs.append("library %s: name from the earlier set: %s" % (tid, n))
    path = os.path.join(base, "replies.jsonl")
    seen = set()
    n = 0
    try:
        fh = open(path, encoding="utf-8")
    except OSError as e:
        return ["cannot open replies.jsonl: %s" % e]
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errs.append("line %d: blank line" % lineno)
                continue
            try:
                rec = json.loads(line)
            except ValueError as e:
                errs.append("line %d: invalid JSON (%s)" % (lineno, e))
                continue
            n += 1
            if not isinstance(rec, dict):
                errs.append("line %d: not an object" % lineno)
                continue
            for fld in FIELDS:
                if fld not in rec:
                    errs.append("line %d: missing field %s" % (lineno, fld))
            extra = set(rec) - set(FIELDS) - {"template"}
            if extra:
                errs.append("line %d: unexpected fields %s" % (lineno, sorted(extra)))
            rid = rec.get("id")
            if not isinstance(rid, str) or not re.fullmatch(PREFIX + r"-\d{3}", rid):
                errs.append("line %d: bad id %r" % (lineno, rid))
            elif rid in seen:
                errs.append("line %d: duplicate id %s" % (lineno, rid))
            seen.add(rid)
            if rid != "%s-%03d" % (PREFIX, lineno):
                errs.append("line %d: ids not sequential (%r)" % (lineno, rid))
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                errs.append("line %d: empty text" % lineno)
                text = ""
            labels = rec.get("labels")
            if not isinstance(labels, list) or not set(labels) <= ALLOWED or labels != sorted(set(labels)):
                errs.append("line %d: bad labels %r" % (lineno, labels))
            if rec.get("lang") not in LANGS:
                errs.append("line %d: bad lang %r" % (lineno, rec.get("lang")))
            tags = rec.get("tags")
            if not isinstance(tags, list) or not tags or tags[0] not in CATS:
                errs.append("line %d: bad tags %r" % (lineno, tags))
            if rec.get("context") != "reply":
                errs.append("line %d: context is not reply" % lineno)
            if "template" in rec:
                tid = rec["template"]
                if tid not in lib:
                    errs.append("line %d: template %r not in library/" % (lineno, tid))
                elif not str(rec.get("note", "")).startswith(tid + ": "):
                    errs.append("line %d: note does not start with its template id" % lineno)
            if "{" in text or "}" in text:
                errs.append("line %d: placeholder braces left in the text" % lineno)
            for nm in earlier_names(text):
                errs.append("line %d: name from the earlier set: %s" % (lineno, nm))
    if not 150 <= n <= 175:
        errs.append("expected 150-175 replies on disk, found %d" % n)
    return errs


# ==========================================================================
# README
# ==========================================================================
def _stats(vals):
    vals = sorted(vals)
    if not vals:
        return ("-", "-", "-")
    return ("%.2f" % vals[0], "%.2f" % vals[len(vals) // 2], "%.2f" % vals[-1])


def _jc(rows):
    found = {}
    for r in rows:
        for n in sorted(set(int(x) for x in re.findall(r"JC(\d+)", r["note"]))):
            found.setdefault(n, []).append(r["id"])
    return found


CAT_TEXT = OrderedDict([
    ("filled-template", ("`[]`", "approved template filled in, exact or lightly edited")),
    ("fill-plus-logistics", ("`[]`", "template fill plus one free-written logistics sentence")),
    ("logistics", ("`[]`", "free-written shipping, delivery, tracking, returns, refunds of returns, address, customs, fulfilment")),
    ("free-non-logistics", ("`[template-required]`", "free-written product advice, comparisons, troubleshooting, a holding reply")),
    ("rewritten", ("`[template-required]`", "a template's content retold in the agent's own words")),
    ("mixed-logistics", ("`[template-required]`", "logistics reply that also gives product advice")),
    ("violating", ("content label(s), plus `template-required` per JC3", "breaks review-inducement, off-platform-contact or marketing")),
])

LANG_JC = 13   # the `lang` call is about the whole set and is cited by no single reply

JUDGEMENT = [
    (1, "A fill plus one free-written logistics sentence stays `[]`.",
     "Logistics (shipping, delivery, tracking, returns, refunds of a return, address, customs) is outside "
     "`template-required` wherever it sits in a reply. A fill that also says where the spare heads or a charging base "
     "are, that missing heads, tips, a reservoir or a cable went out, that a duplicate order was cancelled, how a "
     "warranty unit would travel, or that the address may change during a claim is approved wording plus allowed free "
     "text. gen.py checks that each of these replies stays close to its own rendering (difflib >= 0.80, own template "
     "nearest) and that the added sentence is in no template and names a logistics matter."),
    (2, "Courtesy and light edits keep a fill a fill (`[]`).",
     "Another greeting or closing wish, a warm line with no product content (a birthday present, thanks for a photo, "
     "braces just removed), one sentence split or two joined, two sentences or list items swapped where the order does "
     "not matter, one sentence paraphrased with the same facts, a one- or two-word wording edit, paragraphs hard-wrapped "
     "or broken over several lines as a mail client does it (`reflow`), and long slot values (listing titles of "
     "100-160 characters, a 200-character list of modes). Slot values are always the kind of thing the slot stands for; "
     "no advice is slipped in through a slot. Test: the changed words tell the buyer nothing new about the product or "
     "how to use it. A whole reply in the agent's own words is JC12."),
    (3, "Template plus an added violating sentence: the content label, and `template-required` as well unless the added "
        "text is logistics.",
     "interface.md flags \"a seller message that is not about logistics ... and does not match any approved template "
     "closely enough\". Two readings are possible. Read as one similarity score for the whole message, a fill with one "
     "extra or swapped sentence still scores high (see the template-based violating row of the similarity table) "
     "and would pass. Read as a statement about what the "
     "message says, the extra sentence is non-logistics content that no template contains, so that part of the message "
     "matches nothing. This set takes the second reading, for three reasons: (a) the definition is about content, and "
     "its only carve-out is logistics, so a non-logistics sentence in no template is exactly what it describes; (b) it "
     "is the same per-sentence reading that makes JC1 replies `[]` - an added logistics sentence is allowed because it "
     "is logistics, so an added non-logistics sentence cannot be allowed merely because the rest is a template; (c) "
     "under the whole-message reading, any text at all could be approved by wrapping it in a long template, which is "
     "the loophole a templates-only rule exists to close. So a price cut, a discount code, a giveaway, a five-star ask, "
     "a gift card or cash for a review, review gating or deferral, a request to update or delete a review, a WhatsApp, "
     "WeChat, Instagram or Facebook invitation for product help, and warranty evidence e-mailed to an outside address "
     "all carry `template-required` next to their content label, even when the rest of the reply is an exact fill. "
     "Where the offending text is itself logistics (tracking on the seller's own website, a return address requested by "
     "e-mail, rerouting a parcel through the seller's own phone line, a return refunded by PayPal), only the content "
     "label is set: the reply breaks `off-platform-contact`, but its non-logistics part is still approved wording. The "
     "verdict is `block` either way, so the choice only changes the policy list. A linter that scores whole messages "
     "will miss `template-required` on the template-based rows; that disagreement is intended to show up."),
    (4, "Transit damage and packing a return are logistics, even when they name parts of the product.",
     "A reservoir cracked in a crushed box, a scuffed travel case, and packing steps for a returned flosser (empty and "
     "dry the reservoir, bag the tips, tie the cord) are about getting an intact item to or from the buyer, not about "
     "using it."),
    (5, "A logistics reply that also gives product advice is `template-required`.",
     "Using the old head until new ones arrive, the orthodontic tip, getting used to the vibration, which heads suit "
     "tender gums, voltage and a first rinse, sore gums, using the brush before the base arrives, flossing while a "
     "flosser is late, a child's first use: none of this is logistics, and no template says it in these words."),
    (6, "Order fulfilment counts as logistics.",
     "Missing heads, tips, a reservoir, a cable or a base resent, a wrong colour or wrong heads replaced, a wrongly "
     "ordered item returned, a cancellation before dispatch (also as the way to fix an address the seller may not "
     "edit) are `[]`. interface.md's list does not name fulfilment, but policy.md's permitted purpose \"resolving an "
     "issue with order fulfillment\" covers it."),
    (7, "Customs, duties and carrier restrictions are logistics.",
     "Duties collected by Amazon for a Canadian address, the automatic refund of an over-estimate, a parcel waiting "
     "for clearance, and a lithium-ion battery that limits a parcel to ground or sea transport to Hawaii or Alaska are "
     "`[]`: the battery is named as cargo. The same battery discussed as product care (how to store a brush for "
     "months) is advice and `template-required`."),
    (8, "Review requests.",
     "Fills of the English and Simplified neutral review templates are `[]`: each note says it is the only request "
     "for its order and the thread holds no earlier praise from the buyer, so neither the one-per-order limit nor the "
     "rule against asking after praise applies (`review-request-limit` is not a label in this set). A neutral request "
     "in the agent's own words (\"good or bad\") is `template-required` only, not `review-inducement`."),
    (9, "A template in one language does not cover a reply in another.",
     "The children's timer and the travel lock in English (those templates are Traditional only), the UV case in "
     "Simplified Chinese and head replacement in Traditional Chinese, each in the agent's own words, are "
     "`template-required`. No reply is a plain Simplified-to-Traditional transcription of a template, because a linter "
     "that folds scripts before matching could fairly count one as covered."),
    (10, "Answering the buyer's own buying question is advice, not marketing.",
     "S3 or S7 Pro, which brush for an elderly parent, which flosser around implants: the buyer asked, and no price, "
     "code, sale or unasked-for product appears, so no `marketing`; the answer is still product advice, so "
     "`template-required`. The same kind of answer followed by a discount code is `marketing` as well."),
    (11, "Near-misses in `[]` replies that must not be flagged.",
     "\"at no charge\", \"free return label\", a free replacement, 免费补发, 免费补寄 and 免費補寄 (remedies, not promotions); "
     "refund amounts $49.99, $8.00, 39.99美元 and 69.99 美元 (refunds, not offers); 取消订单, 修改订单上的地址 and 修改收件地址 "
     "(logistics, not a review change); a carrier's tracking page named without a link; a lithium battery as cargo; tracking numbers, "
     "order ids, case ids `MVC-W-...` and model names (S3, S7 Pro, Go 200, Countertop 600, UV-2, K2), which are not "
     "phone numbers or codes."),
    (12, "A rewrite that keeps a template's facts is still `template-required`.",
     "Same steps and numbers, different wording and order: the policy approves wording, not facts. These replies stay "
     "below difflib 0.55 against every template; they include warranty rewrites without a case or order id and an "
     "own-words review request."),
    (13, "How `lang` is set.",
     "`zh` covers both scripts; Traditional replies carry the tag `traditional`. Latin brand names, model names, "
     "carrier names, tracking numbers, an e-mail address, a WeChat id and units inside Chinese text do not make a reply "
     "`mixed`; this set has no `mixed` replies."),
    (14, "A free-written logistics reply needs no template.",
     "Tracking, delivery dates, signatures, a pickup location, a PO box served by switching carrier, address problems, "
     "weather and holiday delays, parcels marked delivered but missing, split shipments, cancellations after dispatch, "
     "the holiday return window and refunds of returns are `[]` in any wording. Apologies and thanks inside such a "
     "reply are courtesy."),
    (15, "Free-written product advice is `template-required`, however sound it is.",
     "Braces, mouthwash in a flosser, sharing a handle, voltage abroad, what whitening can do, a noisy pump, long "
     "storage, a warm charging base, toothpaste, boiling heads, brushing time, a child's starting age, bleeding gums, "
     "water temperature: no template covers these, and a correct answer is not an approved one."),
    (16, "A holding reply on a non-logistics matter is `template-required`.",
     "\"Thanks for the video; our technician will look at it and I will reply tomorrow\" gives no advice, but it is "
     "about a fault, not logistics, and no template says it. Read literally, interface.md's definition flags it. This "
     "is the least certain label in the set: a linter that lets short courtesy-only replies pass could argue the "
     "other way."),
]


def readme(rows):
    o = []
    w = o.append
    w("# t47: hand-labelled held-out test set for `template-required`\n")
    w("Written blind, from `/work/shared/interface.md` and `/work/shared/policy.md` only, in the layout of the earlier set "
      "t46 (templates-holdout46), with a new seller in a new trade, new templates, new replies and new people; the "
      "linter's repository was neither read nor run. `gen.py` (standard library only) is the source of truth: every "
      "template and reply is a literal in it. It runs the self-checks and, only if all of them pass, rewrites "
      "`library/`, `replies.jsonl` and this README, then re-reads what it wrote and validates it; on a failure it "
      "prints the problems, writes nothing and exits 1. `python3 gen.py --check [DIR]` only validates the files on disk (in DIR, default the script's folder). "
      "Edit `gen.py`, not the outputs.\n")
    w("## The seller (invented)\n")
    w("**Meadowvane Oral Care** sells electric toothbrushes, brush heads, water flossers and UV sanitiser cases on "
      "Amazon.com, shipping from warehouses in Reno, Nevada and Louisville, Kentucky to buyers in the US and Canada. "
      "Its brands: Sonavel sonic toothbrushes (S3 with three modes, S7 Pro with five modes and a pressure light, "
      "Junior K2 for children), Brisa brush heads (Everyday, Gentle, Polish), Jetwell water flossers (Countertop 600, "
      "cordless Go 200) and the Halcyon UV-2 sanitiser travel case. Agents write English (Delphine Ashcombe, Rafferty "
      "Nwosu-Lindqvist, Ottilie Brennan-Sato, Ignatius Pembridge), Simplified Chinese (岑若溪, 骆志恒) and Traditional "
      "Chinese (彭語涵, 溫柏翰). Every person, brand, product, order id, tracking number, case id (`MVC-W-...`), domain "
      "(`meadowvane-care.com`), handle, code and phone number is invented; phone numbers are in the fictional 555-01xx "
      "range. Carrier names (UPS, USPS, FedEx, Canada Post), apps and networks (WhatsApp, WeChat, Instagram, Facebook, "
      "PayPal) and Amazon page names (Your Orders, Returns Center) are real, as a real seller's messages would use "
      "them. gen.py refuses any name of the earlier set's seller, brands, products, staff, buyers, domain, case ids "
      "or tracking prefixes.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | the approved templates, one `*.txt` each in nested folders (`en/`, `zh/`, `zh-tw/`); id = path "
      "without `.txt`; `{{name}}` placeholders. Use it as `--templates library`. |")
    w("| `replies.jsonl` | one seller reply per line |")
    w("| `gen.py` | templates, replies, self-checks, writers and the `--check` validator |")
    w("| `README.md` | this file |\n")
    w("Record fields: `id` (`t47-001`...), `text`, `labels` (expected policies, sorted; `[]` = nothing at warning or error "
      "level may be flagged), `lang` (`en` or `zh`), `tags` (`tags[0]` is the category; `traditional` marks Traditional "
      "script; fills carry `exact`/`edited` and edit kinds `greeting`, `sign-off`, `warm-line`, `split`, `merge`, "
      "`reorder`, `paraphrase`, `wording`, `reflow`, `long-value`; violating fills carry `template-based`, free-written "
      "ones `free-written`; other tags name the topic), `note` (source template id first when there is one, then what "
      "the reply does; `JCn` points to a judgement call), `context` (always `reply`), and `template` (the id of the "
      "template the reply was filled from; present only on filled-template, fill-plus-logistics and template-based "
      "violating replies, absent on free-written and rewritten ones, whose notes name the template they retell).\n")
    w("## Templates\n")
    w("| id | lang | topic | placeholders | exact fills | edited fills | fill-plus-logistics | violating |")
    w("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        def n(pred):
            return sum(1 for r in rows if r["tid"] == tid and pred(r))
        w("| `%s` | %s | %s | %s | %d | %d | %d | %d |" % (
            tid, TMETA[tid][0], TMETA[tid][1], ", ".join(dict.fromkeys(placeholders(TEMPLATES[tid]))),
            n(lambda r: r["cat"] == "filled-template" and r["exact"]),
            n(lambda r: r["cat"] == "filled-template" and not r["exact"]),
            n(lambda r: r["cat"] == "fill-plus-logistics"), n(lambda r: r["cat"] == "violating")))
    tl = Counter(m[0] for m in TMETA.values())
    w("\n%d templates: English %d, Simplified Chinese %d, Traditional Chinese %d.\n" % (
        len(TEMPLATES), tl["en"], tl["zh"], tl["zh-tw"]))
    w("## Counts\n")
    w("| category | expected labels | what it is | en | zh (Simplified) | zh (Traditional) | total |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for c, (lab, what) in CAT_TEXT.items():
        cc = Counter(col(r) for r in rows if r["cat"] == c)
        w("| %s | %s | %s | %d | %d | %d | %d |" % (c, lab, what, cc["en"], cc["zh"], cc["zh-tw"], sum(cc.values())))
    cc = Counter(col(r) for r in rows)
    w("| **total** | | | %d | %d | %d | %d |\n" % (cc["en"], cc["zh"], cc["zh-tw"], len(rows)))
    w("Language shares: English %.0f%%, Simplified %.0f%%, Traditional %.0f%%.\n" % tuple(
        100.0 * cc[k] / len(rows) for k in ("en", "zh", "zh-tw")))
    combos = Counter(tuple(r["labels"]) for r in rows)
    w("| labels | replies | en | zh (Simplified) | zh (Traditional) |\n| --- | --- | --- | --- | --- |")
    for k, v in sorted(combos.items(), key=lambda kv: (len(kv[0]), kv[0])):
        lc = Counter(col(r) for r in rows if tuple(r["labels"]) == k)
        w("| %s | %d | %d | %d | %d |" % ("`[]`" if not k else ", ".join("`%s`" % x for x in k), v,
                                          lc["en"], lc["zh"], lc["zh-tw"]))
    lab = Counter(x for r in rows for x in r["labels"])
    w("\nPer label: %s. Replies with no label: %d.\n" % (
        ", ".join("`%s` %d" % kv for kv in sorted(lab.items())), combos[()]))
    tagc = Counter(t for r in rows for t in r["tags"][1:])
    w("Other tags: %s.\n" % ", ".join("`%s` %d" % kv for kv in sorted(tagc.items())))
    w("## Similarity sanity checks\n")
    w("difflib `SequenceMatcher(autojunk=False)` on raw text. This only guards the labels against accidents; it is not "
      "the linter's measure, and the linter need not reproduce these numbers.\n")
    w("| group | compared with | n | min | median | max | required by gen.py |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    g = [r["own_ratio"] for r in rows if r["cat"] == "filled-template" and not r["exact"]]
    w("| edited fills | own template rendered with the same values | %d | %s | %s | %s | >= %.2f, own template nearest |"
      % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "fill-plus-logistics"]
    w("| fill-plus-logistics (JC1) | same | %d | %s | %s | %s | >= %.2f, own template nearest |"
      % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "violating" and r["tid"]]
    w("| template-based violating (JC3) | same | %d | %s | %s | %s | own template nearest |" % ((len(g),) + _stats(g)))
    for c in ("free-non-logistics", "rewritten", "mixed-logistics", "logistics"):
        g = [r["max_ratio"] for r in rows if r["cat"] == c]
        w("| %s | every template, placeholders removed (max) | %d | %s | %s | %s | %s |" % (
            (c, len(g)) + _stats(g) + ("(info)" if c == "logistics" else "< %.2f" % FREE_MAX,)))
    g = [r["max_ratio"] for r in rows if r["cat"] == "violating" and not r["tid"]]
    w("| free-written violating | same | %d | %s | %s | %s | < %.2f when `template-required` |\n"
      % ((len(g),) + _stats(g) + (FREE_MAX,)))
    w("Other checks in gen.py: 18-20 templates with at least four per language; English and Simplified neutral review "
      "templates present; ids `lang/topic/name`; balanced placeholders (no stray brace), each used once, `buyer_name` "
      "and `agent_name` in every template; no two templates alike (difflib < 0.5); no link, handle, code, sale, star, "
      "review-score or phone wording in any template, and review wording only in the review templates; 150-175 "
      "replies; language shares within 5 points of 50/35/15; at least eight replies per category and every category in "
      "all three scripts; every edit kind used; each template filled exactly at least once; exact fills equal their "
      "rendering and every slot value appears in its reply; `long-value` fills have a value of 100+ characters; ids and "
      "texts unique; no braces, emoji, triple line breaks, double spaces or outer whitespace; each order id, tracking "
      "number and case id in one reply only; every phone number in the 555-01xx range; `en` replies have no CJK and "
      "`zh` replies no English prose; Simplified and Traditional text use only their own script (a pair list, "
      "Big5-valid but wrong-in-Traditional characters such as 后, 里, 干, 冲 and 台, and GB2312 or Big5 membership); "
      "no name of the earlier set; categories and labels agree; every logistics and mixed-logistics reply and every "
      "added logistics sentence names a logistics matter, and no logistics reply mentions reviews; replies outside "
      "`violating` contain no link, domain, `@`, messaging app, payment app, social network, phone number, coupon, "
      "code, sale, price-cut, launch, pre-order or giveaway wording, star or review-score wording, screenshot or gift "
      "card; each violating reply contains a marker of each of its labels; a violating reply without "
      "`template-required` says why in its note and its offending text is logistics; each added sentence appears in "
      "its reply and in no template; every note that is not a plain exact fill names a judgement call, and every "
      "judgement call is cited. After writing, the files are re-read: every line is valid JSON with the fields above, "
      "ids are unique and sequential, labels are known and sorted, every `template` exists in `library/`, and the "
      "library on disk equals the templates in gen.py.\n")
    w("## Fill plus one logistics sentence (JC1)\n")
    w("| id | template | lang | added sentence |\n| --- | --- | --- | --- |")
    for r in rows:
        if r["cat"] == "fill-plus-logistics":
            w("| %s | `%s` | %s | %s |" % (r["id"], r["tid"], col(r), r["extra"]))
    w("\n## Replies that break a content policy (JC3)\n")
    w("| id | lang | labels | source | what it does |\n| --- | --- | --- | --- | --- |")
    for r in rows:
        if r["cat"] == "violating":
            w("| %s | %s | %s | %s | %s |" % (r["id"], col(r), ", ".join("`%s`" % x for x in r["labels"]),
                                             "`%s`" % r["tid"] if r["tid"] else "free-written",
                                             r["note"].split(": ", 1)[-1] if r["tid"] else r["note"]))
    w("\n## Judgement calls\n")
    w("Basis: interface.md's `template-required` flags a seller message that is not about logistics (shipping, delivery, "
      "tracking, returns, address, customs) and does not match an approved template closely enough; the brief for this "
      "set adds that greetings, sign-offs and logistics sentences (including refunds of a return) are free, and that a "
      "reply is `template-required` whenever a non-logistics part of it does not come from an approved template closely "
      "enough. Labels read this per sentence: every sentence of a `[]` reply is approved template wording (lightly "
      "edited at most), courtesy, or logistics. JC3 is the call the brief asked this set to make explicitly.\n")
    ids = _jc(rows)
    for n, head, body in JUDGEMENT:
        ex = ids.get(n, [])
        tail = (" Replies: %s." % ", ".join(ex)) if ex else ""
        w("%d. **JC%d. %s** %s%s\n" % (n, n, head, body, tail))
    return "\n".join(o).rstrip("\n") + "\n"


# ==========================================================================
# Main
# ==========================================================================
def record(r):
    d = OrderedDict([("id", r["id"]), ("text", r["text"]), ("labels", r["labels"]), ("lang", r["lang"]),
                     ("tags", r["tags"]), ("note", r["note"]), ("context", "reply")])
    if r["tid"]:
        d["template"] = r["tid"]
    return d


def main():
    if sys.argv[1:2] == ["--check"] and len(sys.argv) <= 3:
        base = sys.argv[2] if len(sys.argv) == 3 else HERE
        errs = check_disk(base)
        if errs:
            print("CHECK FAILED (%d):" % len(errs), file=sys.stderr)
            for e in errs:
                print("  " + e, file=sys.stderr)
            sys.exit(1)
        print("ok: files in %s are valid" % base)
        return
    if sys.argv[1:]:
        print("usage: gen.py [--check [DIR]]", file=sys.stderr)
        sys.exit(2)
    ids, errs = checks()
    jc_used = set(_jc(REPLIES))
    jc_defined = {n for n, _, _ in JUDGEMENT}
    if jc_used - jc_defined:
        errs.append("notes cite undefined judgement calls: %s" % sorted(jc_used - jc_defined))
    if jc_defined - jc_used - {LANG_JC}:
        errs.append("judgement calls cited by no reply: %s" % sorted(jc_defined - jc_used - {LANG_JC}))
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs), file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    rows = REPLIES
    text_readme = readme(rows)
    for n in earlier_names(text_readme.split("## Files")[1]):
        print("README names the earlier set: " + n, file=sys.stderr)
        sys.exit(1)
    lines = [json.dumps(record(r), ensure_ascii=False) for r in rows]
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, *tid.split("/")) + ".txt"
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text_readme)
    # read back what was written
    back = [json.loads(line) for line in open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8")]
    assert [b["id"] for b in back] == ids
    assert all(b["text"] == r["text"] and b["labels"] == r["labels"] for b, r in zip(back, rows))
    assert load_library(lib) == dict(TEMPLATES), "library on disk differs from TEMPLATES"
    disk = check_disk(HERE)
    if disk:
        print("WRITTEN FILES FAIL VALIDATION (%d):" % len(disk), file=sys.stderr)
        for e in disk:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("ok: %d templates, %d replies written to %s" % (len(TEMPLATES), len(back), HERE))
    print("templates by lang:", dict(Counter(m[0] for m in TMETA.values())))
    print("categories:", dict(Counter(b["tags"][0] for b in back)))
    print("labels:", dict(Counter(x for b in back for x in b["labels"])),
          "| no label:", sum(1 for b in back if not b["labels"]))
    print("label sets:", dict(Counter(",".join(b["labels"]) or "[]" for b in back)))
    print("lang:", dict(Counter(col(dict(lang=b["lang"], tags=b["tags"])) for b in back)))


if __name__ == "__main__":
    main()
