#!/usr/bin/env python3
"""Generate the t15 hand-labelled test set for the `template-required` policy.

Sector: a (fictional) kitchen-knife and sharpener shop, "Hakuba Edge".
Everything below is a hand-written literal. Running this script

  * rewrites ./library/ (approved templates, en / zh / zh-tw),
  * rewrites ./replies.jsonl (140 labelled seller replies),
  * validates the data and prints counts.

Filled-template replies are produced by filling a template literal with
hand-picked values and then applying explicit, hand-written agent edits
(Rep = replace one exact span, Rewrap = re-wrap paragraphs, Join/Split =
re-layout Chinese lines), so the template text they contain is exact.
"""
import collections
import difflib
import json
import os
import random
import re
import shutil
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(HERE, "library")
OUT = os.path.join(HERE, "replies.jsonl")

PH = re.compile(r"\{\{(\w+)\}\}")
POLICIES = {"review-inducement", "review-request-limit", "template-required",
            "off-platform-contact", "marketing", "response-time"}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
LANGS = {"en", "zh", "mixed"}


def T(s):
    """Literal helper: drop the leading newline of a triple-quoted block."""
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------------------
# Approved templates (id -> text).  Layouts deliberately differ.
# ---------------------------------------------------------------------------
TEMPLATES = {}

# numbered steps, greeting and sign-off on their own lines
TEMPLATES["en/sharpener-first-use"] = T("""
Hello {{buyer_name}},

Thank you for your message about the {{product_name}}. Here is how to set it up before the first use:

1. Place the sharpener on a dry, flat counter and plug it in. The power light turns green when it is ready.
2. Start with slot 1 (coarse) only if the edge is dull or damaged. Pull the knife through from heel to tip in about 4 seconds, alternating left and right slots, 3 times each.
3. Move to slot 2 (fine) and repeat 5 times per side.
4. Finish in slot 3 (polishing) with 2 light pulls per side. Do not press down; the guides set the angle for you.
5. Wipe the blade with a damp cloth to remove metal dust, then dry it.

Empty the filings tray under the base about once a month. If the light turns red, let the motor cool for 20 minutes.

Best regards,
{{agent_name}}
Customer Support
""")

# bullets, greeting and sign-off inline
TEMPLATES["en/whetstone-guide"] = T("""
Hi {{buyer_name}}, thanks for asking how to use the {{grit}} whetstone that came with order {{order_id}}.
- Soak the stone in water for 10 to 15 minutes, until no more bubbles rise.
- Set it on the non-slip base with the coarser side up, and keep the surface wet while you work.
- Hold the blade at about 15 degrees for Japanese knives or 20 degrees for Western knives.
- Push the edge across the stone in smooth strokes, working from heel to tip, until you can feel a slight burr along the opposite side.
- Switch to the finer side and repeat with lighter pressure to remove the burr.
- Rinse the stone, let it air dry for a day, and flatten it with the flattening plate every few sessions.
If anything is unclear, just reply here and we will help. Kind regards, {{agent_name}}
""")

# a single paragraph
TEMPLATES["en/carbon-steel-care"] = T("""
Dear {{buyer_name}}, the small grey or orange spots you noticed on your {{product_name}} are surface oxidation, which is normal for high-carbon steel and does not mean the knife is defective. To remove them, rub the blade gently with a soft cork or a non-abrasive cleaning paste, rinse, and dry it completely. From now on, wipe the blade dry right after each use, never leave it wet in the sink or put it in the dishwasher, and apply a thin film of food-safe mineral oil before storing it for more than a few days. Over time the blade will develop a darker, even patina that helps protect it from rust. Sincerely, {{agent_name}}
""")

# label lines
TEMPLATES["en/chipped-edge-replacement"] = T("""
Dear {{buyer_name}},

We are sorry that your knife arrived with a chipped edge. That is not the quality we expect, and we want to fix it right away.

Order: {{order_id}}
Item: {{product_name}}
Resolution: free replacement, shipped through Amazon
Expected dispatch: {{ship_date}}

You do not need to send the damaged knife back. The replacement will appear in your Amazon orders once it ships.

Our apologies again,
{{agent_name}}
""")

# one sentence per line
TEMPLATES["en/refund-defect"] = T("""
Hello {{buyer_name}},
We are very sorry that the {{product_name}} stopped working after such a short time.
We have issued a full refund of {{amount}} for order {{order_id}} through Amazon.
The refund normally appears on your original payment method within 3 to 5 business days.
There is no need to return the faulty unit; please recycle it according to local rules for small electrical devices.
Thank you for letting us know, and please accept our apologies for the trouble.
{{agent_name}}
""")

# hard-wrapped lines
TEMPLATES["en/missing-part"] = T("""
Hi {{buyer_name}},

Thank you for letting us know that the {{missing_part}} was missing from
your {{product_name}} package. We are sorry for the oversight. We have
arranged for the missing part to be sent to you free of charge through
Amazon under order {{order_id}}, and you should see it within {{days}}
business days. In the meantime, please store the knife carefully so
that the edge is protected.

Regards,
{{agent_name}}
""")

# very short, greeting and sign-off inline
TEMPLATES["en/manual-request"] = T("""
Hello {{buyer_name}}, as requested, we have attached the user manual for the {{product_name}} (model {{model}}) as a PDF to this message. The safety notes are on page 2 and the sharpening chart is on page 6. Best wishes, {{agent_name}}
""")

# neutral review request: no rating, no incentive, no condition
TEMPLATES["en/review-request"] = T("""
Hello {{buyer_name}},

We hope the {{product_name}} from order {{order_id}} is working well in your kitchen.

If you have a moment, would you share your experience with this product in a review on Amazon? Your honest opinion helps other cooks choose the right knife.

Thank you,
{{agent_name}}
""")

# label lines (coverage table)
TEMPLATES["en/warranty"] = T("""
Dear {{buyer_name}},

Here are the warranty details for your {{product_name}}:

Coverage: defects in materials and workmanship
Blade: lifetime warranty
Electric sharpener motor: 2 years from the delivery date
Not covered: chips from bones, frozen food or dropping, dishwasher damage, normal wear of the abrasive wheels
How to claim: reply to this Amazon message with your order number and a photo of the problem

We will review your claim within 2 business days.

Kind regards,
{{agent_name}}
""")

# numbered troubleshooting
TEMPLATES["en/sharpener-noise"] = T("""
Hi {{buyer_name}},

Sorry to hear that your {{product_name}} is making a grinding noise. Please try these steps:

1. Unplug the sharpener and remove the filings tray from the bottom.
2. Tap the unit gently upside down over a bin to clear metal dust from the wheels.
3. Check that nothing is stuck in the slots, such as a piece of packaging foam.
4. Plug it back in and run it for 10 seconds without a knife.

A light humming sound is normal. If the grinding continues after these steps, please reply with a short video and we will arrange a replacement.

Thanks,
{{agent_name}}
""")

# ---- Simplified Chinese ----------------------------------------------------

# numbered steps
TEMPLATES["zh/whetstone-usage"] = T("""
{{buyer_name}}您好：

感谢您咨询{{product_name}}的使用方法，具体步骤如下：
1. 使用前将磨刀石浸泡在清水中10至15分钟，直到不再冒气泡。
2. 将磨刀石放在防滑底座上，粗磨面（{{coarse_grit}}目）朝上。
3. 刀刃与石面保持约15度角，从刀跟到刀尖均匀推磨，直到另一侧能摸到轻微的卷边。
4. 翻到细磨面（{{fine_grit}}目），用较轻的力度重复，去除卷边。
5. 用完后冲洗干净，阴干一天后再收纳。

如还有不清楚的地方，欢迎直接回复本消息。
{{agent_name}}
""")

# bullets, greeting inline, sign-off inline
TEMPLATES["zh/dishwasher-care"] = T("""
{{buyer_name}}您好，关于{{product_name}}的清洗和保养，建议如下：
· 请勿放入洗碗机，高温和洗涤剂会损伤刀刃和木柄；
· 用完后用温水和少量洗洁精手洗，立即擦干；
· 不要长时间浸泡在水槽中；
· 木柄每隔一两个月涂一层食品级矿物油；
· 存放时请使用刀座、磁力刀架或刀鞘，避免与其他餐具碰撞。
祝您使用愉快！{{agent_name}}
""")

# label lines
TEMPLATES["zh/defect-replacement"] = T("""
尊敬的{{buyer_name}}：

非常抱歉，您收到的刀具出现了刃口缺损的问题，给您带来不便，我们深表歉意。

订单号：{{order_id}}
商品：{{product_name}}
处理方式：通过亚马逊为您免费补发一把新刀
预计发出：{{ship_date}}

原商品无需寄回。补发订单发出后，您可以在亚马逊的订单页面查看。

再次致歉！
{{agent_name}}
""")

# one sentence per line
TEMPLATES["zh/missing-part"] = T("""
{{buyer_name}}您好！
很抱歉您的包裹中缺少了{{missing_part}}。
我们已通过亚马逊为订单{{order_id}}免费补发该配件。
预计{{days}}个工作日内送达。
收到之前，请小心存放刀具，避免刀刃受损。
给您带来不便，敬请谅解。
{{agent_name}}
""")

# single paragraph, neutral review request
TEMPLATES["zh/review-request"] = T("""
{{buyer_name}}您好，希望您在订单{{order_id}}中购买的{{product_name}}使用顺利。如果您方便的话，欢迎在亚马逊商品页面分享您的真实使用体验，您的评价能帮助其他买家做出选择。感谢您的支持！{{agent_name}}
""")

# "第一步…" steps, no blank lines
TEMPLATES["zh/sharpener-first-use"] = T("""
{{buyer_name}}，您好：
{{product_name}}首次使用请按以下步骤操作：
第一步：将磨刀器放在干燥平整的台面上，接通电源，指示灯变绿即可使用。
第二步：刀刃较钝时，先在1号槽（粗磨）中从刀跟向刀尖匀速拉过，左右槽交替各3次。
第三步：在2号槽（细磨）中左右各拉5次。
第四步：在3号槽（抛光）中左右各轻拉2次，无需向下用力。
第五步：用湿布擦去刀身上的金属屑并擦干。
集屑盒每月清理一次即可。如指示灯变红，请断电冷却20分钟后再使用。
客服 {{agent_name}}
""")

# ---- Traditional Chinese ---------------------------------------------------

# label lines
TEMPLATES["zh-tw/warranty"] = T("""
{{buyer_name}} 您好：

以下是您購買的{{product_name}}的保固說明：

保固範圍：材料及製造瑕疵
刀身：終身保固
電動磨刀器馬達：自收貨日起兩年
不在保固範圍內：剁骨、切冷凍食品或摔落造成的崩口、洗碗機造成的損壞、砂輪正常磨耗
申請方式：直接回覆這則亞馬遜訊息，附上訂單編號及問題照片

我們會在兩個工作天內回覆您。
{{agent_name}} 敬上
""")

# one sentence per line
TEMPLATES["zh-tw/refund-defect"] = T("""
{{buyer_name}} 您好，
{{product_name}} 這麼快就故障，我們真的非常抱歉。
我們已透過亞馬遜為訂單 {{order_id}} 全額退款 {{amount}}。
款項通常會在 3 至 5 個工作天內退回您原本的付款方式。
故障的商品不需要寄回，請依當地規定回收小型電器。
再次向您致歉。
{{agent_name}}
""")

# single paragraph
TEMPLATES["zh-tw/handle-care"] = T("""
{{buyer_name}} 您好，您提到{{product_name}}的木質刀柄摸起來有點乾澀，這是天然木材在乾燥環境下的正常現象。建議您先用乾淨的布擦拭刀柄，再薄薄塗上一層食品級礦物油或刀柄保養蠟，靜置一晚後擦去多餘的油。之後每隔一到兩個月保養一次即可，並避免長時間泡水或放入洗碗機，這樣刀柄就能保持光澤，也不容易開裂。{{agent_name}} 敬上
""")

# short, inline
TEMPLATES["zh-tw/manual"] = T("""
{{buyer_name}} 您好，依您的要求，隨附{{product_name}}（型號 {{model}}）的中文使用說明書 PDF 檔。安全注意事項在第 2 頁，磨刀角度對照表在第 6 頁。{{agent_name}} 敬上
""")

# bullets with ●
TEMPLATES["zh-tw/honing-rod"] = T("""
{{buyer_name}} 您好：

感謝您詢問{{product_name}}的使用方式，以下幾個重點供您參考：
● 磨刀棒是用來校正刀刃，不是用來磨利，平常每用兩三次刀就可以順一下。
● 將磨刀棒尖端垂直抵在砧板上，刀刃與棒身保持約 15 度。
● 從刀跟往刀尖輕輕往下滑，左右兩側交替，各 5 到 8 次即可。
● 力道要輕，聽到清脆的「沙沙」聲就是角度正確。
● 如果刀刃已經明顯變鈍，請改用磨刀石或磨刀器。

{{agent_name}}
""")

TRAD_TEMPLATES = {t for t in TEMPLATES if t.startswith("zh-tw/")}

# ---------------------------------------------------------------------------
# Helpers for filled templates and agent edits
# ---------------------------------------------------------------------------

def fill(tid, vals):
    tpl = TEMPLATES[tid]
    names = set(PH.findall(tpl))
    missing = names - set(vals)
    extra = set(vals) - names
    if missing or extra:
        raise SystemExit(f"{tid}: missing values {sorted(missing)}, unused values {sorted(extra)}")
    for k, v in vals.items():
        if not v or "{{" in v or "}}" in v:
            raise SystemExit(f"{tid}: bad value for {k!r}: {v!r}")
    return PH.sub(lambda m: vals[m.group(1)], tpl)


def Rep(old, new):
    """Agent edit: replace one exact span (must occur exactly once)."""
    def f(text):
        if text.count(old) != 1:
            raise SystemExit(f"edit anchor not found exactly once: {old!r}")
        return text.replace(old, new)
    return f


def Rewrap(width):
    """Agent edit: re-wrap every body paragraph (blank-line separated) to width."""
    def f(text):
        paras = text.split("\n\n")
        out = []
        for p in paras:
            lines = p.split("\n")
            if all(len(line) < 30 for line in lines):
                out.append(p)  # greeting / sign-off block: left as is
                continue
            joined = " ".join(line.strip() for line in lines)
            out.append(textwrap.fill(joined, width=width, break_on_hyphens=False))
        return "\n\n".join(out)
    return f


def Join():
    """Agent edit (Chinese): put all lines on one line."""
    def f(text):
        return "".join(line.strip() for line in text.split("\n") if line.strip())
    return f


def SplitSentences():
    """Agent edit (Chinese): one sentence per line (break after 。)."""
    def f(text):
        return re.sub(r"。(?!\n|$)", "。\n", text)
    return f


RECORDS = []


def add(cat, text, labels, lang, note, trad=False, tid=None):
    RECORDS.append({"text": text, "labels": list(labels), "lang": lang,
                    "tags": [cat], "note": note, "context": "reply",
                    "_trad": trad, "_tid": tid})


def F(tid, vals, note, lang=None, edits=()):
    """A filled-template reply (label [])."""
    text = fill(tid, vals)
    for e in edits:
        text = e(text)
    if lang is None:
        lang = "en" if tid.startswith("en/") else "zh"
    add("filled-template", text, [], lang, f"from {tid}; {note}",
        trad=tid in TRAD_TEMPLATES, tid=tid)


def W(cat, text, labels, lang, note, trad=False, tid=None):
    add(cat, T(text), labels, lang, note, trad, tid)


TR = ["template-required"]

GYUTO = ("Hakuba Edge 8-Inch Gyuto Chef Knife, VG-10 Core with 67-Layer Damascus "
         "Cladding, Octagonal Walnut Handle and Magnolia Saya")
ES300_LONG = ("Hakuba Edge 3-Stage Electric Knife Sharpener ES-300 for Straight-Edge "
              "Kitchen Knives (Diamond, Ceramic, Polishing)")
STONE_SET = ("Hakuba Edge Premium Whetstone Set 1000/6000 Grit with Bamboo Base, "
             "Non-Slip Silicone Holder and Flattening Stone")
SANTOKU = "Hakuba Edge 7-Inch Santoku, Blue #2 Carbon Steel, Kurouchi Finish, Ho Wood Handle"

# ===========================================================================
# 1. filled-template (45) -- labels []
# ===========================================================================

# en/sharpener-first-use
F("en/sharpener-first-use",
  {"buyer_name": "Margaret", "product_name": ES300_LONG, "agent_name": "Daniel"},
  "plain fill; long product name")
F("en/sharpener-first-use",
  {"buyer_name": "Mr. Alvarez", "product_name": "ES-300 electric sharpener", "agent_name": "Priya"},
  "edits: greeting changed to 'Good afternoon', team name added to sign-off",
  edits=[Rep("Hello Mr. Alvarez,", "Good afternoon Mr. Alvarez,"),
         Rep("Customer Support", "Customer Support, Hakuba Edge")])
F("en/sharpener-first-use",
  {"buyer_name": "Chloe", "product_name": "Hakuba Edge ES-300 Electric Sharpener (Graphite Grey)",
   "agent_name": "Sam"},
  "edit: courtesy line added before the sign-off",
  edits=[Rep("Best regards,", "We hope you enjoy sharper knives in your kitchen.\n\nBest regards,")])

# en/whetstone-guide
F("en/whetstone-guide",
  {"buyer_name": "Ben", "grit": "1000/6000 grit", "order_id": "113-4829173-0582716",
   "agent_name": "Priya"},
  "plain fill with order id")
F("en/whetstone-guide",
  {"buyer_name": "Aisha", "grit": "400/1000 grit", "order_id": "112-9037741-6620394",
   "agent_name": "Tomás"},
  "edits: greeting reworded ('Hello ... thank you'), team name added after the agent name",
  edits=[Rep("Hi Aisha, thanks for asking", "Hello Aisha, thank you for asking"),
         Rep("Kind regards, Tomás", "Kind regards, Tomás (Hakuba Edge Support)")])

# en/carbon-steel-care
F("en/carbon-steel-care",
  {"buyer_name": "Mr. Whitfield", "product_name": SANTOKU, "agent_name": "Daniel"},
  "plain fill; long product name")
F("en/carbon-steel-care",
  {"buyer_name": "Hannah", "product_name": "7-inch carbon steel santoku", "agent_name": "Priya"},
  "edit: the one-paragraph template hard-wrapped at 72 columns",
  edits=[Rewrap(72)])
F("en/carbon-steel-care",
  {"buyer_name": "Ravi", "product_name": "Hakuba Edge 8-Inch Kiritsuke, White #1 Carbon Steel, Ebony Handle",
   "agent_name": "Sam"},
  "edit: greeting changed to 'Hi Ravi, thanks for the photos.'",
  edits=[Rep("Dear Ravi, the small", "Hi Ravi, thanks for the photos. The small")])

# en/chipped-edge-replacement
F("en/chipped-edge-replacement",
  {"buyer_name": "Ms. Novak", "order_id": "114-6610298-3357102", "product_name": GYUTO,
   "ship_date": "Thursday, May 22", "agent_name": "Daniel"},
  "plain fill; long product name in a label line")
F("en/chipped-edge-replacement",
  {"buyer_name": "Frank", "order_id": "113-0071934-8842560",
   "product_name": "Hakuba Edge 6-Inch Petty Utility Knife, AUS-10 Steel",
   "ship_date": "tomorrow, June 3", "agent_name": "Priya"},
  "edits: 'Dear' -> 'Hi', courtesy line about the photo added",
  edits=[Rep("Dear Frank,", "Hi Frank,"),
         Rep("once it ships.\n", "once it ships.\n\nThank you for sending the photo; it made this quick to sort out.\n")])

# en/refund-defect
F("en/refund-defect",
  {"buyer_name": "Gloria", "product_name": "Hakuba Edge 3-Stage Electric Knife Sharpener ES-300",
   "amount": "$49.99", "order_id": "111-3928475-1049283", "agent_name": "Daniel"},
  "plain fill")
F("en/refund-defect",
  {"buyer_name": "Mr. Hughes", "product_name": "ES-300 sharpener", "amount": "£39.99",
   "order_id": "202-5583017-7742319", "agent_name": "Daniel M."},
  "edit: sign-off extended with a team line",
  edits=[Rep("\nDaniel M.", "\nDaniel M.\nHakuba Edge Customer Care")])

# en/missing-part
F("en/missing-part",
  {"buyer_name": "Ellen", "missing_part": "magnolia wood saya (blade cover)", "product_name": GYUTO,
   "order_id": "113-7718203-5590124", "days": "3 to 5", "agent_name": "Sam"},
  "plain fill; the template's hard line breaks kept although the long values make lines uneven")
F("en/missing-part",
  {"buyer_name": "Jorge", "missing_part": "flattening stone", "product_name": STONE_SET,
   "order_id": "112-4400981-2267315", "days": "2", "agent_name": "Priya"},
  "edit: hard-wrapped lines joined into one long line per paragraph",
  edits=[Rewrap(10000)])
F("en/missing-part",
  {"buyer_name": "Pat", "missing_part": "knife block insert",
   "product_name": "15-Piece German Steel Knife Block Set", "order_id": "114-2039385-6601847",
   "days": "4", "agent_name": "Daniel"},
  "edits: greeting 'Hi' -> 'Hello', re-wrapped at 60 columns",
  edits=[Rep("Hi Pat,", "Hello Pat,"), Rewrap(60)])

# en/manual-request
F("en/manual-request",
  {"buyer_name": "Helen", "product_name": "Hakuba Edge 3-Stage Electric Knife Sharpener",
   "model": "ES-300", "agent_name": "Sam"},
  "plain fill")
F("en/manual-request",
  {"buyer_name": "Dmitri", "product_name": "Hakuba Edge Electric Sharpener", "model": "ES-300B",
   "agent_name": "Lena"},
  "edit: greeting and sign-off moved onto their own lines",
  edits=[Rep("Hello Dmitri, as requested", "Hello Dmitri,\n\nAs requested"),
         Rep(" Best wishes, Lena", "\n\nBest wishes,\nLena")])

# en/review-request
F("en/review-request",
  {"buyer_name": "Karen", "product_name": SANTOKU, "order_id": "113-5567203-9981230",
   "agent_name": "Priya"},
  "plain fill; neutral review request, no rating/incentive/condition")
F("en/review-request",
  {"buyer_name": "Kwame", "product_name": "10-Inch Ceramic Honing Rod",
   "order_id": "111-8820394-2210567", "agent_name": "Daniel"},
  "edits: 'Hello' -> 'Hi', courtesy line 'Have a lovely weekend.' added",
  edits=[Rep("Hello Kwame,", "Hi Kwame,"),
         Rep("Thank you,\n", "Have a lovely weekend.\n\nThank you,\n")])

# en/warranty
F("en/warranty",
  {"buyer_name": "Mr. Lindqvist",
   "product_name": "Hakuba Edge 15-Piece German Steel Knife Block Set with Built-In Sharpener Slots",
   "agent_name": "Sam"},
  "plain fill; long product name")
F("en/warranty",
  {"buyer_name": "Nadia", "product_name": "ES-300 electric sharpener", "agent_name": "Tomás"},
  "edit: courtesy line added after the greeting",
  edits=[Rep("Dear Nadia,\n", "Dear Nadia,\n\nThanks for checking with us before sending anything back.\n")])

# en/sharpener-noise
F("en/sharpener-noise",
  {"buyer_name": "Greg", "product_name": "ES-300 3-Stage Electric Knife Sharpener", "agent_name": "Priya"},
  "plain fill")
F("en/sharpener-noise",
  {"buyer_name": "Leah", "product_name": "Hakuba Edge ES-300 sharpener", "agent_name": "Daniel"},
  "edit: sign-off changed to 'Thanks again, Daniel (Support Team)'",
  edits=[Rep("Thanks,\nDaniel", "Thanks again,\nDaniel (Support Team)")])

# zh/whetstone-usage
F("zh/whetstone-usage",
  {"buyer_name": "王女士", "product_name": "双面磨刀石（1000/6000目，含竹制底座和修整石）",
   "coarse_grit": "1000", "fine_grit": "6000", "agent_name": "客服小周"},
  "plain fill")
F("zh/whetstone-usage",
  {"buyer_name": "李先生", "product_name": "Hakuba Edge 400/1000目双面磨刀石",
   "coarse_grit": "400", "fine_grit": "1000", "agent_name": "阿杰"},
  "edits: greeting changed to '李先生，您好！', courtesy line '祝您磨刀顺利！' added",
  edits=[Rep("李先生您好：", "李先生，您好！"),
         Rep("欢迎直接回复本消息。\n", "欢迎直接回复本消息。\n祝您磨刀顺利！\n")])

# zh/dishwasher-care
F("zh/dishwasher-care",
  {"buyer_name": "陈小姐", "product_name": "大马士革钢8寸主厨刀（VG-10钢芯，67层，胡桃木八角柄）",
   "agent_name": "客服小周"},
  "plain fill; long product name")
F("zh/dishwasher-care",
  {"buyer_name": "张先生", "product_name": "15件套德国钢刀具套装", "agent_name": "小林"},
  "edit: greeting and sign-off moved onto their own lines",
  edits=[Rep("张先生您好，关于", "张先生您好！\n关于"),
         Rep("祝您使用愉快！小林", "祝您使用愉快！\n小林")])

# zh/defect-replacement
F("zh/defect-replacement",
  {"buyer_name": "刘女士", "order_id": "114-3301952-7786023",
   "product_name": "碳钢三德刀 7寸 青二钢 黑打 朴木柄", "ship_date": "5月22日", "agent_name": "客服 小周"},
  "plain fill")
F("zh/defect-replacement",
  {"buyer_name": "周先生", "order_id": "113-9928310-4471265", "product_name": "Hakuba Edge 6寸水果刀",
   "ship_date": "明天（6月3日）", "agent_name": "阿杰"},
  "edit: courtesy line thanking for the photo added after the apology",
  edits=[Rep("我们深表歉意。\n", "我们深表歉意。感谢您提供照片，让我们能尽快处理。\n")])

# zh/missing-part
F("zh/missing-part",
  {"buyer_name": "赵女士", "missing_part": "木质刀鞘", "order_id": "112-6628104-3390217",
   "days": "3到5", "agent_name": "客服小周"},
  "plain fill")
F("zh/missing-part",
  {"buyer_name": "孙先生", "missing_part": "修整石", "order_id": "111-2287450-9913046",
   "days": "2", "agent_name": "小林"},
  "edit: one-sentence-per-line layout joined into a single line",
  edits=[Join()])

# zh/review-request
F("zh/review-request",
  {"buyer_name": "黄女士", "order_id": "113-4402817-6658190", "product_name": "三段式电动磨刀器 ES-300",
   "agent_name": "客服小周"},
  "plain fill; neutral review request")
F("zh/review-request",
  {"buyer_name": "Mr. Lee", "order_id": "114-7720193-0045618",
   "product_name": "Hakuba Edge 8-Inch Gyuto Chef Knife, VG-10 Core with 67-Layer Damascus Cladding, Octagonal Walnut Handle",
   "agent_name": "Amy"},
  "plain fill; Chinese template with a long English product name and buyer name (lang mixed)",
  lang="mixed")

# zh/sharpener-first-use
F("zh/sharpener-first-use",
  {"buyer_name": "吴先生", "product_name": "三段式电动磨刀器 ES-300（钻石/陶瓷/抛光）", "agent_name": "小周"},
  "plain fill")
F("zh/sharpener-first-use",
  {"buyer_name": "郑女士", "product_name": "ES-300电动磨刀器", "agent_name": "小周"},
  "edits: courtesy line '祝您使用愉快！' added, sign-off extended with brand and 敬上",
  edits=[Rep("客服 小周", "祝您使用愉快！\nHakuba Edge 客服 小周 敬上")])

# zh-tw/warranty
F("zh-tw/warranty",
  {"buyer_name": "林小姐", "product_name": "8吋大馬士革主廚刀（VG-10鋼芯，胡桃木八角柄）", "agent_name": "阿明"},
  "plain fill (Traditional)")
F("zh-tw/warranty",
  {"buyer_name": "張先生", "product_name": "三段式電動磨刀器 ES-300", "agent_name": "小安"},
  "edit: greeting changed to '親愛的張先生，您好：' (Traditional)",
  edits=[Rep("張先生 您好：", "親愛的張先生，您好：")])

# zh-tw/refund-defect
F("zh-tw/refund-defect",
  {"buyer_name": "陳小姐", "product_name": "三段式電動磨刀器 ES-300", "order_id": "114-8830172-5529043",
   "amount": "US$49.99", "agent_name": "阿明"},
  "plain fill (Traditional)")
F("zh-tw/refund-defect",
  {"buyer_name": "黃先生", "product_name": "電動磨刀器", "order_id": "113-2209481-7765320",
   "amount": "US$45.00", "agent_name": "客服 阿明 敬上"},
  "edit: courtesy line '感謝您的耐心與體諒。' added before the sign-off (Traditional)",
  edits=[Rep("再次向您致歉。\n", "再次向您致歉。\n感謝您的耐心與體諒。\n")])

# zh-tw/handle-care
F("zh-tw/handle-care",
  {"buyer_name": "吳小姐", "product_name": "高碳鋼三德刀 7吋 黑打（朴木柄）", "agent_name": "小安"},
  "plain fill (Traditional)")
F("zh-tw/handle-care",
  {"buyer_name": "蔡先生", "product_name": "胡桃木八角柄主廚刀", "agent_name": "阿明"},
  "edit: single paragraph re-laid out one sentence per line (Traditional)",
  edits=[SplitSentences()])

# zh-tw/manual
F("zh-tw/manual",
  {"buyer_name": "許小姐", "product_name": "三段式電動磨刀器", "model": "ES-300", "agent_name": "小安"},
  "plain fill (Traditional)")
F("zh-tw/manual",
  {"buyer_name": "Kevin",
   "product_name": "Hakuba Edge 3-Stage Electric Knife Sharpener for Straight-Edge Kitchen Knives",
   "model": "ES-300B", "agent_name": "阿明"},
  "plain fill; Traditional template with a long English product name (lang mixed)",
  lang="mixed")

# zh-tw/honing-rod
F("zh-tw/honing-rod",
  {"buyer_name": "楊先生", "product_name": "10吋陶瓷磨刀棒", "agent_name": "小安"},
  "plain fill (Traditional)")
F("zh-tw/honing-rod",
  {"buyer_name": "鄭小姐", "product_name": "陶瓷磨刀棒", "agent_name": "阿明"},
  "edits: greeting '鄭小姐，午安：', courtesy line '祝您料理愉快！' added (Traditional)",
  edits=[Rep("鄭小姐 您好：", "鄭小姐，午安："),
         Rep("請改用磨刀石或磨刀器。\n", "請改用磨刀石或磨刀器。\n\n祝您料理愉快！\n")])

# ===========================================================================
# 2. logistics (35) -- free-written, purely logistics, labels []
# ===========================================================================
LG = "logistics"

W(LG, """
Hi Sarah, thanks for checking in. Your order 113-2284619-7730145 left our warehouse on Tuesday with UPS, tracking number 1Z8V92W40312456789. The latest scan shows it in Louisville, and UPS currently estimates delivery on Friday, March 14. If it hasn't arrived by Monday, let us know and we'll open a trace with the carrier. Best, Daniel
""", [], "en", "tracking update with UPS number and order id")

W(LG, """
Hello Mr. Brennan,

I'm sorry the parcel for order 112-5502918-3376041 shows as delivered but hasn't reached you. The carrier's record says it was left at the front desk at 2:14 pm on March 9. Could you check with your building's front desk or mailroom and your neighbours? Parcels are sometimes signed for by someone else.

If it hasn't turned up by Wednesday, reply here and we will ship a replacement or refund the order, whichever you prefer.

Kind regards,
Sam
""", [], "en", "delivered-but-not-received; reshipment or refund offered (logistics remedy)")

W(LG, """
Hi Tom, sure, you can return the sharpener within 30 days of delivery. Go to Your Orders on Amazon, pick order 113-6620197-4408315, choose "Return or replace items" and select a reason. Amazon will give you a prepaid label and a drop-off location. Please pack it in the original box if you still have it so it travels safely. - Priya
""", [], "en", "how to start a return through Amazon")

W(LG, """
Hello Olivia,
We received the returned knife block set at our warehouse this morning.
A refund of $129.99 for order 114-9034412-6617720 has been issued to your original payment method.
Depending on your bank, it should show within 3 to 5 business days.
Daniel
""", [], "en", "refund of a return; one sentence per line")

W(LG, """
Hi Kenji,

Good timing: your order had not been handed to the carrier yet, so we changed the delivery address on order 112-7781024-9905213 to:

4410 Maple Ridge Dr, Apt 12B
Columbus, OH 43215

It will ship today and the estimated delivery is now Thursday, April 17.

Best,
Sam
""", [], "en", "address change before dispatch; buyer's street address quoted")

W(LG, """
Dear Ms. Fairbanks, unfortunately the parcel left our warehouse yesterday, so we can no longer change the address on our side. UPS lets you request a redirect with tracking number 1Z4A77X20398127746 in their tracking tool. If a redirect isn't possible, you can refuse the delivery, and we will refund you as soon as the parcel comes back to us. Regards, Priya
""", [], "en", "address change too late; carrier redirect or refusal")

W(LG, """
Hi Lucas,

Your order ships from our US warehouse to Canada. Amazon collected an import fees deposit at checkout, which covers duties and GST, so the courier should not ask you for anything at the door. If they do, please don't pay; let us know and we will sort it out with Amazon.

Cheers,
Tomás
""", [], "en", "customs / import fees")

W(LG, """
Hello Mr. Nakamura,
We have booked a FedEx pickup for your return on Wednesday, June 11, between 9 am and 5 pm.
Please seal the sharpener in its box, tape the return label we sent through Amazon on top, and leave it at your front door or with reception.
You will get the refund once FedEx scans the package.
Regards,
Daniel
""", [], "en", "carrier pickup for a return")

W(LG, """
Hi Brenda! The knives and the wooden block ship separately, so only one of the two boxes has arrived so far. The second box is with Amazon Logistics under tracking TBA304917726000 and is due tomorrow by 8 pm. - Sam
""", [], "en", "split shipment, Amazon Logistics TBA tracking")

W(LG, """
Hello Victor,

The carrier reported a weather delay at its Memphis hub, so your package (order 111-4459201-7730218) is running about two days late. The updated estimate is Saturday, January 18. We're watching the tracking and will reach out if it slips further.

Apologies for the wait,
Priya
""", [], "en", "delivery delay")

W(LG, """
Hi Marcy, UPS cannot deliver to PO boxes, and our sharpener ships only with UPS. Could you add a street address to order 113-8803715-2290467 in Your Orders (Change shipping address)? As soon as it's updated we will send it out the same day. Thanks, Daniel
""", [], "en", "PO box / address needed")

W(LG, """
Hello Mr. Ortiz,

As you asked, we have cancelled order 112-3392017-5561084 before it shipped. You were not charged; Amazon will release the payment authorisation within a few days, depending on your bank.

Best regards,
Sam
""", [], "en", "buyer-requested cancellation before dispatch (judgement call: counted as order logistics)")

W(LG, """
Hi Diane,

I'm sorry the box arrived crushed. Please start a return from Your Orders and choose "Item arrived damaged". Return shipping is free for this reason, and we will refund you as soon as the carrier scans the parcel. If you would rather have a new one, choose "Replace" instead and a new unit will ship right away.

Daniel
""", [], "en", "damaged in transit: return or replacement through Amazon")

W(LG, """
Hello Aaron, we can't swap sizes directly on an existing order. The quickest way is to return the 8-inch knife through Your Orders (you are still within the 30-day window) and place a new order for the 10-inch. Your refund is issued once the return is scanned. Best, Priya
""", [], "en", "exchange handled as return + new order")

W(LG, """
Hi Gwen,
Because the order total is over $200, UPS needs an adult signature on delivery.
If nobody is home, the driver leaves a notice and tries again the next business day.
After three attempts the parcel is held at the nearest UPS Access Point for five days.
Tomás
""", [], "en", "delivery signature requirement")

W(LG, """
Dear Mr. Chambers,

Your order was delivered on February 2, which is outside the 30-day return window. We are still happy to accept the return this time: please open a return request from Your Orders and we will approve it manually within one business day. The refund will be issued as soon as the parcel reaches us.

Kind regards,
Sam
""", [], "en", "return outside the window, accepted")

W(LG, """
Hi Renee, the shipping label for order 114-1108273-6654019 was created Monday, but USPS only scanned the parcel this morning, which is why the tracking looked frozen. Tracking number 9400 1118 9922 3847 5520 14 now shows it in transit with delivery expected Friday. Daniel
""", [], "en", "tracking not updating; long spaced USPS number (must not look like a phone)")

W(LG, """
王女士您好，您的订单 114-2290471-8836105 已于3月3日交由UPS发出，运单号 1Z9W2E370392846611，预计3月7日送达。如到时仍未收到，请直接回复本消息，我们会联系承运商核查。小周
""", [], "zh", "发货与运单号")

W(LG, """
李先生您好：

磨刀器可以在签收后30天内退货。请在亚马逊“我的订单”中找到订单 112-4481920-0036627，点击“退货或更换商品”，选择退货原因后，系统会生成预付费退货标签。

打印标签贴在包裹外面，交到指定的UPS网点即可。

阿杰
""", [], "zh", "退货流程")

W(LG, """
陈小姐您好！
我们今天已收到您退回的刀具套装。
订单 113-7750214-3309851 的退款 129.99 美元已经通过亚马逊退回您的原支付方式。
一般3到5个工作日到账，具体以银行为准。
客服小周
""", [], "zh", "退货退款")

W(LG, """
张先生您好，您的包裹还没有交给快递，我们已经把订单 111-6603318-2274109 的收货地址改为您提供的新地址，今天下午发出，预计周四送达。小林
""", [], "zh", "修改收货地址")

W(LG, """
刘女士您好：
您的订单从美国仓库寄往加拿大，下单时亚马逊已经代收了进口关税和消费税押金，派送时快递员不应再向您收取任何费用。
如果快递员要求付款，请先不要支付，回复我们即可，我们会和亚马逊一起处理。
阿杰
""", [], "zh", "关税")

W(LG, """
周先生您好，非常抱歉，由于承运商孟菲斯转运中心受暴雪影响，您的包裹预计会延迟两天，最新预计送达时间为1月18日（周六）。我们会持续跟踪物流，如有变化会第一时间通知您。客服小周
""", [], "zh", "物流延误")

W(LG, """
赵女士您好：

物流信息显示包裹已于3月9日下午2点14分签收，放在前台。麻烦您先问一下前台、收发室或邻居，有时包裹会被他人代签。

如果到周三仍然找不到，请回复本消息，我们可以为您重新发货或办理退款，由您选择。

小林
""", [], "zh", "显示签收但未收到")

W(LG, """
孙先生您好！我们已为您的退货预约了FedEx上门取件，时间是6月11日（周三）上午9点到下午5点。请把磨刀器装回原包装盒封好，贴上亚马逊提供的退货标签，放在门口或交给前台即可。FedEx扫描后我们会立即退款。阿杰
""", [], "zh", "上门取件退货")

W(LG, """
黄女士您好，刀具和木质刀座是分两个包裹发出的，目前只送达了一个。另一个包裹由亚马逊物流配送，运单号 TBA304917726551，预计明天晚上8点前送达。小周
""", [], "zh", "分包裹发货")

W(LG, """
吴先生您好：
因商品质量问题退货，退货运费由我们承担，您在亚马逊申请退货时选择“商品有缺陷”即可获得免费退货标签。
如果是因为不再需要而退货，运费会从退款中扣除，金额以亚马逊退货页面显示为准。
客服小周
""", [], "zh", "退货运费由谁承担 (mentions a defect only as the return reason)")

W(LG, """
林小姐 您好，您的訂單 113-5530928-1174206 已於 3 月 3 日由 UPS 寄出，追蹤編號 1Z6F44A80391827365，預計 3 月 7 日送達。如果到時還沒收到，請直接回覆這則訊息，我們會向物流公司查詢。阿明
""", [], "zh", "寄出與追蹤編號 (Traditional)", trad=True)

W(LG, """
張先生 您好：

磨刀器在收貨後 30 天內都可以退貨。請到亞馬遜「我的訂單」找到這筆訂單，點選「退貨或更換商品」並選擇原因，系統會產生預付運費的退貨標籤。

把標籤貼在箱子外面，交到指定的 UPS 門市即可。

小安
""", [], "zh", "退貨流程 (Traditional)", trad=True)

W(LG, """
陳小姐 您好，
我們今天已經收到您退回的刀具組。
訂單 114-6629013-8840271 的退款 US$129.99 已透過亞馬遜退回您原本的付款方式。
通常 3 到 5 個工作天入帳，實際時間依銀行而定。
阿明
""", [], "zh", "退貨退款 (Traditional)", trad=True)

W(LG, """
黃先生 您好，包裹還沒交給物流，我們已經把訂單 112-9912045-3370618 的收件地址改成您提供的新地址，今天下午寄出，預計週四送達。小安
""", [], "zh", "修改地址 (Traditional)", trad=True)

W(LG, """
吳小姐 您好：
這筆訂單從美國倉庫寄往台灣，進口關稅與營業稅已在結帳時由亞馬遜預收，送貨時不需要再付任何費用。
如果物流人員要求付款，請先不要付，回覆我們就好，我們會和亞馬遜一起處理。
阿明
""", [], "zh", "關稅 (Traditional)", trad=True)

W(LG, """
蔡先生 您好，很抱歉，因為轉運中心受颱風影響，您的包裹會延遲大約兩天，最新預計送達時間是 9 月 5 日（週五）。我們會持續追蹤物流狀態，有任何變化會馬上通知您。小安
""", [], "zh", "物流延誤 (Traditional)", trad=True)

W(LG, """
Hi Mr. Zhang / 张先生您好，

Your order 113-2283019-5560412 shipped today with UPS, tracking 1Z3X98V60398211047, estimated delivery Tuesday, May 6.
您的订单今天已由UPS发出，运单号同上，预计5月6日（周二）送达。

Sam / 小周
""", [], "mixed", "bilingual shipping notice in reply to a bilingual buyer")

W(LG, """
Hello Ms. Wong,
Your return has been received and the refund of $49.99 was issued today.
王女士您好，您退回的磨刀器我们已经收到，49.99美元退款今天已通过亚马逊退回原支付方式。
Priya
""", [], "mixed", "bilingual refund-of-return notice")

# ===========================================================================
# 3. rewritten (30) -- free / heavily rewritten non-logistics, ["template-required"]
# ===========================================================================
RW = "rewritten"

W(RW, """
Hey Mark,

No need to worry, those little orange dots are just the carbon steel reacting to moisture. Every knife made from this kind of steel does it. A wine cork dipped in a paste of baking soda and water will lift them off in a minute or two.

The trick from here on is to dry the blade as soon as you finish cutting, and if it's going to sit in a drawer for a while, wipe on a drop of mineral oil. With regular use the blade turns a darker grey, and that layer actually shields it.

Priya
""", TR, "en", "rewrites en/carbon-steel-care; same advice, casual own words, different layout")

W(RW, """
Hi Aisha,

Good question. The 400 side is only for repairing a damaged or very dull edge; for routine touch-ups you can go straight to the 1000 side. Give the stone a quarter of an hour in water first, and splash more on whenever the surface starts looking dry. Lock your wrist so the angle stays steady (picture two stacked coins under the spine) and work until you feel a tiny lip on the other side of the edge. Then do the other side, and finish with a few very light alternating strokes.

Tomás
""", TR, "en", "rewrites en/whetstone-guide; prose instead of bullets, own wording")

W(RW, """
Hi Walter, thanks for asking before you started! Most new knives only need the fine and polishing slots. The coarse slot removes a lot of metal, so save it for knives that have gone really blunt or have a small nick. Let the guides do the work, pull slowly, and don't press down. Afterwards just wipe the blade with a damp cloth. Daniel
""", TR, "en", "rewrites en/sharpener-first-use; short free answer")

W(RW, """
Hello Leah,

That rattle is almost always metal dust. When the tray under the sharpener fills up, the filings reach the wheels and make a scraping sound. Unplug it, slide the tray out, empty it, and give the unit a gentle shake upside down over the bin. If it still sounds rough after that, send us a short clip of the noise here and we'll take it from there.

Sam
""", TR, "en", "rewrites en/sharpener-noise; troubleshooting in own words, no numbered steps")

W(RW, """
Hi Nadia - yes, you're covered. The blade itself carries a lifetime guarantee against defects, and the sharpener's motor is guaranteed for two years from delivery. What we can't cover is damage from using it on bones or frozen food, drops, or the dishwasher. If something goes wrong, just answer this thread with a photo and your order number. Tomás
""", TR, "en", "rewrites en/warranty; label lines turned into free prose")

W(RW, """
Hi Frank,

That chip near the tip shouldn't be there, and I'm sorry it reached you that way. We've set up a new knife for you at no charge; you'll see it listed in your Amazon orders once it leaves the warehouse, probably tomorrow. Please keep or recycle the damaged one, there's no need to send it back.

Priya
""", TR, "en", "rewrites en/chipped-edge-replacement; defect apology + replacement in own words")

W(RW, """
Dear Gloria, I'm really sorry the sharpener gave up after only a couple of weeks. That's far too soon. I've refunded the whole $49.99 through Amazon, so you don't have to do anything further, and you can keep the unit or drop it at an electronics recycling point. Daniel
""", TR, "en", "rewrites en/refund-defect; defect apology + refund, one paragraph")

W(RW, """
Hi Helen! Sure, the PDF is attached. If you only need the sharpening chart, jump straight to page six; it shows which slot to use for each type of blade. Sam
""", TR, "en", "rewrites en/manual-request; very short free wording (judgement: short but non-logistics and not template text)")

W(RW, """
Hello Karen,

It's been a couple of weeks since your santoku arrived, and we hope it has settled into your kitchen. When you have time, other shoppers would find it useful to read what you think of it on the Amazon product page, good or bad.

Priya
""", TR, "en", "rewrites en/review-request; neutral free-written review request (no inducement, so only template-required)")

W(RW, """
Hi Joel,

Unfortunately the ES-300 isn't designed for serrated bread knives: its wheels would flatten the scallops. For those, a tapered ceramic rod works best, run through each scallop individually. Straight-edge knives, including your paring knife and cleaver, are fine in it.

Daniel
""", TR, "en", "rewrites en/sharpener-first-use; product-compatibility question with no matching template")

W(RW, """
Hello Mr. Park, the gyuto comes from the factory with a 15-degree edge on each side. If you sharpen it yourself, stay close to that angle; going steeper, around 20 degrees, makes the edge a little more durable but less keen. We wouldn't go below 12 degrees on this steel. Priya
""", TR, "en", "rewrites en/whetstone-guide; edge-angle product question answered freely")

W(RW, """
Hello Janet,

Thank you for your message about the ES-300 Electric Sharpener. You're right that the polishing slot alone won't bring back a knife that has gone completely dull. Between sharpenings, a few strokes on a honing rod will keep the edge aligned, and you'll probably only need the sharpener every couple of months. Try to cut on wood or plastic rather than glass or stone, which blunt the edge very quickly.

Best regards,
Daniel
Customer Support
""", TR, "en", "rewrites en/sharpener-first-use; HARD: template greeting, first sentence and sign-off kept, whole body replaced by free advice")

W(RW, """
Oh no, Ellen, I'm sorry! The wooden cover should definitely have been in that box. I've put a new one on its way to you at no charge through Amazon; it should turn up in a few days. Until then, maybe wrap the blade in a tea towel when it's in the drawer. Sam
""", TR, "en", "rewrites en/missing-part; missing-part apology in own words (missing part treated as non-logistics support, as in the brief's topic list)")

W(RW, """
Hi Tyler,

A brand-new edge can feel less sharp than expected if it picked up a tiny roll during shipping. Before anything else, try five or six light strokes per side on a honing rod and test on a sheet of paper. If it still drags, a short session on the fine side of a whetstone will bring it back. Let us know how it goes.

Tomás
""", TR, "en", "rewrites en/whetstone-guide; 'dull on arrival' troubleshooting, mentions shipping but is product advice")

W(RW, """
王女士您好，
磨刀石其实不难用：先泡水，泡到不冒泡就行，一般十来分钟。磨的时候石面要一直保持湿润，干了就淋点水。角度大概是刀背下面垫两枚硬币的高度，来回推拉，摸到刀刃另一面起了一点毛边，就说明这一面磨到位了，再换另一面。最后换到细的那一面轻轻带几下，把毛边去掉就好。
小周
""", TR, "zh", "rewrites zh/whetstone-usage; 口语化改写，无编号步骤")

W(RW, """
张先生，洗碗机真的不建议用，热水加洗涤剂很伤刀刃，木柄也容易开裂变形。用完冲一下、擦干就好，比进洗碗机还省事。木柄如果摸着发干，抹一点食用级矿物油就能恢复。小林
""", TR, "zh", "rewrites zh/dishwasher-care; 自由回答")

W(RW, """
刘女士您好，看了您发来的照片，刀刃确实有一个小缺口，这是我们的问题，非常抱歉。新刀我们已经安排免费补发，发货后在亚马逊订单里就能看到。旧的那把不用寄回，您自行处理即可。客服小周
""", TR, "zh", "rewrites zh/defect-replacement; 标签行改为自由段落")

W(RW, """
赵女士，真不好意思，刀鞘应该是随刀一起装在盒子里的，可能是包装时漏放了。我们已经通过亚马逊给您补寄了一个，过几天就能到。这几天刀放抽屉的话，可以先用厚一点的布包一下刀刃。小林
""", TR, "zh", "rewrites zh/missing-part; 缺件致歉改写")

W(RW, """
黄女士您好，磨刀器用了一段时间了，不知道感觉怎么样？有空的话，可以在亚马逊的商品页写写您的真实感受，好的不好的都可以，对其他想买的人很有参考价值。小周
""", TR, "zh", "rewrites zh/review-request; 中立的自写留评邀请（无诱导），仅 template-required")

W(RW, """
吴先生您好，新买的刀一般直接用2号和3号槽就够了，1号槽磨得比较狠，留给特别钝或者有小缺口的刀用。拉的时候不用往下压，慢慢匀速拉过去，导轨会帮您把角度固定好。磨完用湿布擦一下刀身就可以了。小周
""", TR, "zh", "rewrites zh/sharpener-first-use; 自由改写")

W(RW, """
孙先生您好，这把主厨刀的钢材硬度比较高，刃口很薄，不适合直接切冻肉或者剁骨头，容易崩口。冻肉建议先放冷藏室解冻到半软再切，骨头请用专门的砍骨刀。阿杰
""", TR, "zh", "rewrites zh/dishwasher-care; 产品用途问题（冻肉/骨头），无对应模板")

W(RW, """
郑女士您好：

感谢您咨询双面磨刀石的使用方法。您说磨完刀反而不如以前锋利，多半是角度没有保持稳定，刃口被磨圆了。建议先用记号笔把刀刃涂黑，磨几下看看墨迹是不是均匀去掉，就能知道角度对不对。

如还有不清楚的地方，欢迎直接回复本消息。
客服小周
""", TR, "zh", "rewrites zh/whetstone-usage; HARD: 模板的开头句、结尾句和署名保留，正文完全替换")

W(RW, """
周先生您好，磨刀器发出沙沙的摩擦声多半是底部集屑盒满了，金属粉碰到了磨轮。请先拔掉电源，把集屑盒抽出来倒干净，再把机器倒过来轻轻拍几下。如果还是有异响，麻烦拍一段小视频回复给我们，我们再帮您看。阿杰
""", TR, "zh", "rewrites en/sharpener-noise; no Chinese template on this topic, free Chinese answer")

W(RW, """
張先生 您好，刀身本身是終身保固，只要是材料或做工的問題都可以處理；電動磨刀器的馬達則是收貨後兩年內保固。不過剁骨頭、切冷凍食品、摔到或放進洗碗機造成的損壞就不在範圍內。之後若有狀況，直接在這裡回覆並附張照片就可以了。小安
""", TR, "zh", "rewrites zh-tw/warranty; 標籤行改為口語段落 (Traditional)", trad=True)

W(RW, """
陳小姐，磨刀器才用兩個禮拜就壞掉，真的很不應該。我們已經在亞馬遜把全部款項退給您了，您不用再做任何事，機器也不必寄回，直接拿去電器回收就好。阿明
""", TR, "zh", "rewrites zh-tw/refund-defect; 自由改寫 (Traditional)", trad=True)

W(RW, """
吳小姐 您好，木頭刀柄變乾是天氣乾燥造成的，不是品質問題。您可以拿一點食用級的礦物油，用布在刀柄上來回抹勻，放一個晚上讓它吸收，隔天再把多的油擦掉，顏色和手感就會回來。平常洗完記得馬上擦乾。小安
""", TR, "zh", "rewrites zh-tw/handle-care; 自由改寫 (Traditional)", trad=True)

W(RW, """
楊先生 您好，磨刀棒的作用比較像是「梳直」刀刃，而不是把刀磨利。您可以把棒子尖端抵在砧板上，刀子輕輕從上往下滑，兩邊輪流各滑幾次就好，不需要用力。如果順完還是切不動番茄，那就代表該用磨刀石了。阿明
""", TR, "zh", "rewrites zh-tw/honing-rod; 條列改為口語段落 (Traditional)", trad=True)

W(RW, """
許小姐 您好，說明書已經附在這則訊息裡了。如果您只是想知道不同刀具該用哪個槽，直接翻到第 6 頁的表格看就可以。小安
""", TR, "zh", "rewrites zh-tw/manual; 很短的自由改寫 (Traditional)", trad=True)

W(RW, """
Hi 林先生，

Those spots are surface rust，是高碳钢的正常现象，not a defect. Rub them off with a cork and a little baking soda paste，然后马上擦干。Going forward, dry the blade right after use，收纳前薄涂一层矿物油。

Sam
""", TR, "mixed", "rewrites en/carbon-steel-care; code-switched EN/ZH free answer")

W(RW, """
陈小姐您好，the 1000 grit side is for regular sharpening，6000目那一面是用来抛光的。平时刀钝了先用1000目磨，摸到毛边后再换6000目轻轻带几下 to polish the edge. Soak the stone for about 10 minutes before you start. 小周
""", TR, "mixed", "rewrites zh/whetstone-usage; code-switched ZH/EN free answer")

# ===========================================================================
# 4. mixed-logistics (15) -- logistics + free non-logistics sentence(s)
# ===========================================================================
ML = "mixed-logistics"

W(ML, """
Hi Ben,

Your whetstone set shipped this morning with USPS, tracking 9400 1118 9922 3847 6631 02, and should arrive Thursday. When it comes, let the 1000 side soak for about ten minutes before the first use, and keep a towel under the base so it doesn't slide.

Priya
""", TR, "en", "shipping + free usage tip (soak, towel)")

W(ML, """
Hello Greg, to return it, start the return in Your Orders and Amazon will issue a free UPS label. Before you send it back, though, check the filings tray underneath; when it's full the wheels grind and rattle, and emptying it usually makes the noise go away. Sam
""", TR, "en", "return instructions + free troubleshooting")

W(ML, """
Hi Olivia,
The refund for the returned paring knife ($34.99) went out today and should reach your card in 3 to 5 business days.
For the chef's knife you're keeping, hand washing and drying it right away will stop the handle from swelling.
Daniel
""", TR, "en", "refund of a return + one care sentence")

W(ML, """
Hi Kenji, the address on order 112-8823091-4410576 is updated and the parcel ships tonight. To answer your other question: the santoku will survive a glass board, but wood or soft plastic keeps the edge sharp much longer. Best, Sam
""", TR, "en", "address change + product question answered freely")

W(ML, """
Hello Lucas,

Amazon collected the import fees deposit at checkout, so there's nothing to pay when the courier arrives. About your other question: the motor is covered for two years, and if it ever fails we'd handle it through this message thread.

Tomás
""", TR, "en", "customs + free warranty sentence")

W(ML, """
Hello Victor,

Sorry, the carrier has pushed delivery back to Saturday because of a storm at their hub. In the meantime, if your old knife is struggling, a few light passes on a honing rod, or even on the unglazed ring under a ceramic mug, will straighten the edge for now.

Priya
""", TR, "en", "delay notice + free sharpening tip")

W(ML, """
Hi Chloe, tracking shows your knife was delivered to your mailbox at 11:40 this morning. Before first use, wash the blade by hand with warm soapy water and dry it right away, since the factory oil can leave a film. Daniel
""", TR, "en", "delivery confirmation in reply + first-use advice")

W(ML, """
王女士您好，您的磨刀石今天已经发出，运单号 1Z9W2E370392849923，预计周四送达。第一次使用前请先把磨刀石泡水10分钟左右，底下最好垫一块湿毛巾防滑。小周
""", TR, "zh", "发货 + 使用建议")

W(ML, """
李先生您好：
退货可以在亚马逊“我的订单”里申请，系统会生成免费的退货标签。
不过退之前可以先检查一下底部的集屑盒，盒子满了磨轮就会有摩擦声，清空后一般就恢复正常了。
阿杰
""", TR, "zh", "退货 + 故障排查")

W(ML, """
陈小姐您好，退回的水果刀已收到，34.99美元退款今天已原路退回，3到5个工作日到账。留下的那把主厨刀，用完手洗并马上擦干，木柄就不容易发胀开裂。客服小周
""", TR, "zh", "退款 + 保养建议")

W(ML, """
张先生您好，订单 111-6607731-2289054 的收货地址已经改好了，今晚发出。另外您问的玻璃砧板，三德刀可以用，但木质或塑料砧板对刀刃更友好，刀能锋利更久。小林
""", TR, "zh", "改地址 + 产品问题")

W(ML, """
刘女士您好，由于转运中心天气原因，您的包裹预计推迟到周六送达，非常抱歉。另外关于保修：磨刀器电机保修两年，刀身终身保修，以后如有问题直接回复本消息就可以。阿杰
""", TR, "zh", "延误 + 保修说明")

W(ML, """
林小姐 您好，您的主廚刀今天已經寄出，追蹤編號 1Z6F44A80391829012，預計週四送達。收到後第一次使用前，請先用溫水和中性洗碗精手洗並馬上擦乾，把出廠時的防鏽油洗掉。阿明
""", TR, "zh", "寄出 + 首次使用建議 (Traditional)", trad=True)

W(ML, """
黃先生 您好，退貨的標籤已經透過亞馬遜寄給您，把磨刀器裝箱後交給 UPS 即可。另外您提到磨完刀有金屬屑，這是正常的，用濕布擦一下刀身就可以了。小安
""", TR, "zh", "退貨 + 使用說明 (Traditional)", trad=True)

W(ML, """
Hi Mr. Lee / 李先生您好，your knife block set ships tomorrow with FedEx，预计周五送达。Quick tip: 木质刀座请勿放进洗碗机，也不要把湿刀直接插进去, let the knives dry first. Amy
""", TR, "mixed", "bilingual shipping + free care tip")

# ===========================================================================
# 5. violating (15) -- content-policy violations
# ===========================================================================
VI = "violating"

W(VI, """
Hi Sarah,

Your order 113-2284619-7731190 is out for delivery today. Once you've tried the knife, leave us a 5-star review and send a screenshot to this thread, and we'll refund 20% of the price.

Daniel
""", ["review-inducement", "template-required"], "en",
  "shipping + five-star review for partial refund (incentive); the review sentence is free non-logistics text")

_v = fill("en/review-request", {"buyer_name": "Karen", "product_name": SANTOKU,
                                "order_id": "113-5567203-9982211", "agent_name": "Priya"})
_v = Rep("Thank you,\n", "If you love it, a 5-star rating would mean the world to our small family business!\n\nThank you,\n")(_v)
add(VI, _v, ["review-inducement", "template-required"], "en",
    "from en/review-request plus an added free line asking for 5 stars: the added line is non-template non-logistics text",
    tid="en/review-request")

W(VI, """
Hi Greg, sorry the sharpener is acting up. It's usually the filings tray, so empty it and shake out the dust. If that doesn't help, email us at support@hakubaedge.com or WhatsApp +1 415 555 0148 and we'll sort it out faster than through Amazon. Sam
""", ["off-platform-contact", "template-required"], "en",
  "free troubleshooting + email address and WhatsApp number")

W(VI, """
Hello Victor, your parcel is with DHL and running a day late. You can follow it here: http://bit.ly/hk-track88 and it should arrive Monday. Priya
""", ["off-platform-contact"], "en",
  "purely logistics text with an http link shortener; no template-required because all text is logistics")

W(VI, """
Hi Frank,

Your replacement knife should arrive Thursday. If you're happy with it, please leave us a review on Amazon. If anything is still not right, please contact us first instead of posting a review, and we'll make it right.

Priya
""", ["review-inducement", "template-required"], "en", "review gating / diversion of unhappy buyers")

W(VI, """
Hello Olivia, the refund for your return has been processed and should show in 3 to 5 business days. As a thank-you, use code EDGE15 for 15% off our new Damascus paring knife next time you shop with us! Daniel
""", ["marketing", "template-required"], "en", "refund of a return + coupon code and new-product push")

W(VI, """
Dear Ms. Novak,

Your replacement gyuto was delivered yesterday, and we're glad the issue is resolved. Now that everything is sorted, would you consider updating your 1-star review to reflect how we handled it?

Kind regards,
Daniel
""", ["review-inducement", "template-required"], "en", "asks to update a product review after resolution")

W(VI, """
王女士您好，您的订单已经发出，预计周四送达。收到后麻烦给个五星好评，截图发给我们，我们返现5美元给您！小周
""", ["review-inducement", "template-required"], "zh", "发货 + 五星好评返现")

W(VI, """
李先生您好，磨刀石的用法打字说不清楚，您可以加我微信 hakuba_edge2023，我发视频给您看。阿杰
""", ["off-platform-contact", "template-required"], "zh", "加微信 (WeChat handle) for product help")

W(VI, """
陈小姐您好，退货不用走亚马逊了，您直接把刀寄回给我们，收到后我们通过PayPal给您退款，麻烦把PayPal账号发给我。小周
""", ["off-platform-contact"], "zh",
  "return/refund outside Amazon via PayPal: off-platform, but the text is about a return, so no template-required")

W(VI, """
张先生您好，您的包裹今天已发出。另外我们刚上新了配套的1000/6000目磨刀石套装，现在下单立减10美元，欢迎进店选购！小林
""", ["marketing", "template-required"], "zh", "发货 + 新品促销")

W(VI, """
林小姐 您好，新的主廚刀已經幫您補寄了，應該這兩天就會到。問題解決後，麻煩您把之前留的負評刪除，非常感謝！阿明
""", ["review-inducement", "template-required"], "zh", "補寄 + 要求刪除負評 (Traditional)", trad=True)

W(VI, """
黃先生 您好，包裹已經送達了。下次可以直接到我們官網 hakubaedge.tw 購買，價格比亞馬遜便宜兩成，也歡迎加我們的 LINE：@hakubaedge。小安
""", ["off-platform-contact", "marketing", "template-required"], "zh",
  "官網購買 + LINE 帳號 (Traditional); off-site purchase push counted as both off-platform-contact and marketing", trad=True)

W(VI, """
赵女士您好，很高兴刀具用得顺手！如果方便的话，欢迎在亚马逊留个评论，评论里麻烦提一下刀很锋利、发货很快，再配几张图就更好了。小周
""", ["review-inducement", "template-required"], "zh",
  "review content steering (告诉买家写什么); also a request after the buyer expressed satisfaction")

W(VI, """
Hi Mr. Lee / 李先生您好，your order shipped today and should arrive Friday. Follow us on Instagram @hakubaedge.official for weekly giveaways! 关注我们的Instagram，每周都有抽奖送刀具。Amy
""", ["marketing", "off-platform-contact", "template-required"], "mixed",
  "shipping + Instagram follow for giveaways (social handle and promotion)")


# ===========================================================================
# Validation, output, counts
# ===========================================================================
SIMP = "们这说为发时过边请门从东见长开关问题买卖单货运费订机给对钢锋处谢换写该样后里干"
TRAD = "們這說為發時過邊請門從東見長開關問題買賣單貨運費訂機給對鋼鋒處謝換寫該樣後裡乾"
assert len(SIMP) == len(TRAD)


def has_cjk(s):
    return re.search(r"[\u4e00-\u9fff]", s) is not None


def strip_ph(t):
    return PH.sub("", t)


def sim(a, b):
    a = re.sub(r"\s+", "", a)
    b = re.sub(r"\s+", "", b)
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def validate():
    errs = []
    # templates
    for tid, txt in TEMPLATES.items():
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            errs.append(f"bad template id {tid}")
        if not PH.search(txt):
            errs.append(f"{tid}: no placeholder")
        n = len(PH.findall(txt))
        if txt.count("{{") != n or txt.count("}}") != n:
            errs.append(f"{tid}: malformed placeholder")
        if tid.startswith("zh-tw/") and any(c in txt for c in SIMP):
            errs.append(f"{tid}: simplified char in Traditional template")
        if tid.startswith("zh/") and any(c in txt for c in TRAD):
            errs.append(f"{tid}: traditional char in Simplified template")
        if tid.startswith("en/") and has_cjk(txt):
            errs.append(f"{tid}: CJK in English template")
        if re.search(r"https?://|www\.|@\w+\.|\bPayPal\b|WhatsApp|微信|LINE", txt):
            errs.append(f"{tid}: off-platform-looking content in template")
    # records
    ids = [r["id"] for r in RECORDS]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r in RECORDS:
        rid, text, labels, cat = r["id"], r["text"], r["labels"], r["tags"][0]
        if not re.fullmatch(r"t15-\d{3}", rid):
            errs.append(f"{rid}: bad id")
        if "{{" in text or "}}" in text:
            errs.append(f"{rid}: unfilled placeholder")
        if not text.strip():
            errs.append(f"{rid}: empty text")
        if len(r["tags"]) != 1 or cat not in CATEGORIES:
            errs.append(f"{rid}: bad tags {r['tags']}")
        if r["lang"] not in LANGS:
            errs.append(f"{rid}: bad lang")
        if r["context"] != "reply":
            errs.append(f"{rid}: bad context")
        if len(labels) != len(set(labels)) or not set(labels) <= POLICIES:
            errs.append(f"{rid}: bad labels {labels}")
        if cat in ("filled-template", "logistics") and labels:
            errs.append(f"{rid}: {cat} must have no labels")
        if cat in ("rewritten", "mixed-logistics") and labels != ["template-required"]:
            errs.append(f"{rid}: {cat} must be exactly template-required")
        if cat == "violating" and not (set(labels) & {"review-inducement", "off-platform-contact", "marketing"}):
            errs.append(f"{rid}: violating without a content policy")
        note = r["note"]
        m = re.match(r"(from|rewrites) ([\w/-]+);", note)
        if cat == "filled-template":
            if not (m and m.group(1) == "from" and m.group(2) in TEMPLATES):
                errs.append(f"{rid}: filled note must start 'from <template id>;'")
        if cat == "rewritten":
            if not (m and m.group(1) == "rewrites" and m.group(2) in TEMPLATES):
                errs.append(f"{rid}: rewritten note must start 'rewrites <template id>;'")
            elif r["_tid"] is None:
                r["_tid"] = m.group(2)
        # language checks
        if r["lang"] == "en" and has_cjk(text):
            errs.append(f"{rid}: CJK in an en record")
        if r["lang"] == "zh" and not has_cjk(text):
            errs.append(f"{rid}: zh record without CJK")
        if r["lang"] == "mixed" and not (has_cjk(text) and re.search(r"[A-Za-z]{3,}\s+[A-Za-z]{3,}", text)):
            errs.append(f"{rid}: mixed record lacks one of the languages")
        if r["_trad"] and any(c in text for c in SIMP):
            errs.append(f"{rid}: simplified char in Traditional record: "
                        + "".join(sorted({c for c in text if c in SIMP})))
        if r["lang"] in ("zh", "mixed") and not r["_trad"] and any(c in text for c in TRAD):
            errs.append(f"{rid}: traditional char in Simplified record: "
                        + "".join(sorted({c for c in text if c in TRAD})))
        # no off-platform material outside the violating set
        if cat != "violating" and re.search(r"https?://|www\.|\w@\w|PayPal|WhatsApp|微信|LINE|Instagram|bit\.ly", text):
            errs.append(f"{rid}: off-platform-looking content outside 'violating'")
    return errs


def main():
    rnd = random.Random(1515)
    rnd.shuffle(RECORDS)
    for i, r in enumerate(RECORDS, 1):
        r["id"] = f"t15-{i:03d}"
    errs = validate()
    if errs:
        for e in errs:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)

    # write library
    if os.path.isdir(LIB):
        shutil.rmtree(LIB)
    for tid, txt in TEMPLATES.items():
        p = os.path.join(LIB, tid + ".txt")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(txt + "\n")

    # write replies
    keys = ["id", "text", "labels", "lang", "tags", "note", "context"]
    with open(OUT, "w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps({k: r[k] for k in keys}, ensure_ascii=False) + "\n")

    # counts
    print(f"templates: {len(TEMPLATES)}  " + "  ".join(
        f"{d}={sum(1 for t in TEMPLATES if t.split('/')[0] == d)}" for d in ("en", "zh", "zh-tw")))
    print(f"replies: {len(RECORDS)}")
    cnt = collections.Counter((r["tags"][0], r["lang"]) for r in RECORDS)
    print(f"{'category':18}{'en':>5}{'zh':>5}{'mixed':>7}{'total':>7}{'(trad)':>8}")
    for c in CATEGORIES:
        tr = sum(1 for r in RECORDS if r["tags"][0] == c and r["_trad"])
        row = [cnt[(c, l)] for l in ("en", "zh", "mixed")]
        print(f"{c:18}{row[0]:>5}{row[1]:>5}{row[2]:>7}{sum(row):>7}{tr:>8}")
    tot = [sum(cnt[(c, l)] for c in CATEGORIES) for l in ("en", "zh", "mixed")]
    print(f"{'total':18}{tot[0]:>5}{tot[1]:>5}{tot[2]:>7}{sum(tot):>7}{sum(1 for r in RECORDS if r['_trad']):>8}")
    lab = collections.Counter(l for r in RECORDS for l in r["labels"])
    print("labels:", dict(sorted(lab.items())), " empty:", sum(1 for r in RECORDS if not r["labels"]))
    used = collections.Counter(r["_tid"] for r in RECORDS if r["tags"][0] == "filled-template")
    print("filled per template:", ", ".join(f"{t}={used[t]}" for t in TEMPLATES))
    # rough sanity only (difflib, not a linter): similarity to the named template
    for c in ("filled-template", "rewritten"):
        vals = sorted(sim(r["text"], strip_ph(TEMPLATES[r["_tid"]])) for r in RECORDS
                      if r["tags"][0] == c and r["_tid"])
        print(f"difflib ratio to named template, {c}: min={vals[0]:.2f} "
              f"median={vals[len(vals)//2]:.2f} max={vals[-1]:.2f}")


if __name__ == "__main__":
    main()
