#!/usr/bin/env python3
"""Held-out test set t19 for the msglint `template-required` check.

Invented seller: Vantor Blade Co. (凡拓刀具), kitchen knives and knife sharpeners.

Running `python3 gen.py` writes, next to this file:
  library/        approved templates (*.txt under en/, zh/, zh-tw/)
  replies.jsonl   hand-labelled seller replies, one JSON object per line
and validates both.  Exit status 1 on any validation problem.

Every template and every reply text below is a literal written by hand.
"""
import difflib
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Policy names fixed by interface.md (the `policy` field of a finding).
POLICIES = {
    "review-inducement",
    "review-request-limit",
    "template-required",
    "off-platform-contact",
    "marketing",
    "response-time",
}
CONTENT_POLICIES = {"review-inducement", "off-platform-contact", "marketing"}
CATEGORIES = ["filled-template", "logistics", "rewritten", "mixed-logistics", "violating"]
LANGS = {"en", "zh", "mixed"}
FIELDS = ["id", "text", "labels", "lang", "tags", "note", "context"]

TEMPLATES = {}

# ---------------------------------------------------------------- English
TEMPLATES["en/sharpening-whetstone-steps"] = """\
Hi {{buyer_name}},

Thank you for your question about sharpening your {{product_name}} on a whetstone. Here is the method we recommend:

1. Soak the stone in water for about {{soak_minutes}} minutes, until it stops releasing bubbles.
2. Set the stone on a damp towel with the coarse side facing up.
3. Hold the blade at roughly 15 degrees to the stone and push it across in smooth strokes, heel to tip.
4. Keep going on one side until you can feel a small burr along the whole opposite edge, then switch sides.
5. Repeat on the fine side with lighter pressure to polish the edge.
6. Rinse and dry the knife and let the stone air-dry before putting it away.

If anything is unclear, just reply to this message and we will help.

Best regards,
{{agent_name}}
Vantor Blade Co. Customer Care
"""

TEMPLATES["en/care-cleaning"] = """\
Hello {{buyer_name}},

Thanks for asking how to look after your {{product_name}}. A few habits will keep the edge sharp and the steel clean for years:

- Wash the knife by hand with warm water and a little mild dish soap right after use.
- Dry it completely with a soft towel before storing it.
- Keep it out of the dishwasher; heat and detergent dull the edge and can loosen the handle.
- Cut on wood or plastic boards rather than glass, stone or ceramic.
- Store it in a knife block, on a magnetic strip or in its sheath, not loose in a drawer.

Kind regards,
The Vantor Blade Co. team
"""

# hard-wrapped at about 70 columns
TEMPLATES["en/rust-spot-removal"] = """\
Dear {{buyer_name}},

We are sorry to hear that small rust spots have appeared on your
{{product_name}}. Surface spots like these are usually caused by moisture
left on the blade and can almost always be removed at home. Make a thin
paste of baking soda and water, rub it gently along the spots with a soft
cloth or the rough side of a non-scratch sponge, moving in the direction
of the blade, then rinse, dry thoroughly and wipe on a drop of food-safe
mineral oil. If the marks are still visible after two or three attempts,
please reply with a photo and we will look at it with you.

Sincerely,
{{agent_name}}, Vantor Blade Co.
"""

TEMPLATES["en/warranty-terms"] = """\
Hello {{buyer_name}},

Here are the warranty details for your purchase:

Order: {{order_id}}
Product: {{product_name}}
Coverage: {{years}} years from the delivery date
Covered: defects in materials and workmanship, such as a cracked handle or a loose rivet
Not covered: chips or bends from misuse, dishwasher damage and normal wear of the edge

To make a claim, reply to this message with a short description and a photo of the problem, and we will arrange a replacement or refund through Amazon.

Regards,
{{agent_name}}
Vantor Blade Co.
"""

# one paragraph, greeting and sign-off inline
TEMPLATES["en/damaged-on-arrival"] = """\
Dear {{buyer_name}}, we are very sorry that your {{product_name}} from order {{order_id}} arrived damaged. This is not the condition we want any of our knives to reach you in. We can send you a replacement free of charge, or if you would prefer, we can issue a full refund through Amazon; either way you do not need to send the damaged item back. Please reply and let us know which option you would like, and we will take care of it right away. With apologies, {{agent_name}} at Vantor Blade Co.
"""

# greeting and sign-off inline in the first and last paragraphs
TEMPLATES["en/missing-sheath"] = """\
Hi {{buyer_name}}, thank you for letting us know that the blade guard was missing from your {{product_name}}.

Every knife in this line should come with a fitted sheath, so we are sorry it was left out. We will send a replacement sheath to the address on order {{order_id}} at no cost, and it should reach you within {{days}} business days.

Until it arrives, please store the knife in a block or on a magnetic strip so the edge stays protected. Thanks, {{agent_name}}
"""

TEMPLATES["en/grit-guide"] = """\
Hello {{buyer_name}},

Good question: the right grit depends on the state of your knife. As a rough guide:

\u2022 220 to 400 grit: repairs chips and restores a very dull or damaged edge.
\u2022 800 to 1000 grit: everyday sharpening when the knife no longer cuts cleanly.
\u2022 3000 to 6000 grit: refines and polishes an edge that is already sharp.
\u2022 8000 grit and above: a mirror finish, mostly for enthusiasts.

For your {{product_name}}, we suggest starting with the {{grit}} side and finishing on the finer side. Most home cooks only need the coarse stone once or twice a year.

All the best,
{{agent_name}}
Vantor Blade Co.
"""

# hard-wrapped at about 70 columns
TEMPLATES["en/handle-loosening"] = """\
Hello {{buyer_name}},

Thank you for telling us that the handle on your {{product_name}} has
started to feel loose. Please stop using the knife for now, because a
moving handle can make the blade slip while you cut. A loose handle is
covered by our warranty, so we would like to replace the knife for you.
Could you reply with a photo showing where the handle meets the blade,
and confirm the order number ({{order_id}})? As soon as we have the
photo we will arrange the replacement through Amazon.

To help the new handle last, please avoid soaking the knife or putting
it in the dishwasher.

Best wishes,
{{agent_name}}
Vantor Blade Co. Support
"""

TEMPLATES["en/gift-message"] = """\
Hi {{buyer_name}},

Thanks for your message. Gift messages and gift wrap are added by Amazon at checkout, so we cannot add a note to an order that has already been placed. For order {{order_id}}, the packing slip does not show any prices, so it is fine to send it straight to the recipient.

If you place another order as a gift, tick "This order contains a gift" on the checkout page and type your message there.

Warm regards,
{{agent_name}}
"""

# the one neutral review request (no rating, no condition, no incentive)
TEMPLATES["en/review-request-neutral"] = """\
Hello {{buyer_name}},

We hope your {{product_name}} from order {{order_id}} is working well in your kitchen. If you have a moment, we would appreciate it if you shared your experience with the product in a review on Amazon. Your honest opinion, whatever it is, helps other cooks decide whether this knife suits them.

Thank you,
Vantor Blade Co.
"""

# ---------------------------------------------------------------- Simplified Chinese
TEMPLATES["zh/sharpening-steps"] = """\
{{buyer_name}}您好：

感谢您咨询{{product_name}}的磨刀方法。使用磨刀石时，建议按以下步骤操作：

1. 将磨刀石在清水中浸泡约{{soak_minutes}}分钟，直到不再冒气泡。
2. 把磨刀石放在湿毛巾上，粗磨面朝上。
3. 刀刃与石面保持约15度角，从刀跟到刀尖平稳推磨。
4. 一面磨到另一面整条刃口都能摸到细小的卷边后，再换另一面。
5. 换到细磨面，用较轻的力度重复上述动作，使刃口更加细腻。
6. 磨完后冲洗并擦干刀具，磨刀石自然晾干后再收纳。

如有任何不清楚的地方，请直接回复此消息。

凡拓刀具客服 {{agent_name}}
"""

TEMPLATES["zh/care-cleaning"] = """\
{{buyer_name}}，您好！

关于{{product_name}}的日常保养，请参考以下几点：
- 使用后尽快用温水和少量中性洗洁精手洗；
- 清洗后立即用软布擦干，不要让水分留在刀身上；
- 请勿放入洗碗机，高温和洗涤剂会使刃口变钝、刀柄松动；
- 请在木质或塑料砧板上使用，避免切玻璃、石材或陶瓷板；
- 存放时请使用刀座、磁性刀架或刀鞘，不要与其他餐具混放在抽屉里。

祝您使用愉快！
凡拓刀具团队
"""

TEMPLATES["zh/warranty"] = """\
{{buyer_name}}您好，

以下是您所购商品的保修信息：

订单号：{{order_id}}
商品：{{product_name}}
保修期：{{years}}年（自签收之日起计算）
保修范围：材料和做工缺陷，例如刀柄开裂、铆钉松动
不在保修范围：使用不当造成的崩口或弯曲、洗碗机损坏、刃口正常磨损

如需申请保修，请直接回复本消息，附上问题描述和照片，我们会通过亚马逊为您安排换货或退款。

凡拓刀具 {{agent_name}}
"""

# one paragraph, greeting and sign-off inline
TEMPLATES["zh/damaged-on-arrival"] = """\
{{buyer_name}}您好，非常抱歉您订单{{order_id}}中的{{product_name}}到货时已经损坏，给您添麻烦了。我们可以免费为您补发一件新的，或者如果您更希望退款，我们也可以通过亚马逊为您全额退款，两种方式都不需要您寄回损坏的商品。请回复告诉我们您选择哪一种，我们会尽快处理。再次致歉！凡拓刀具 {{agent_name}}
"""

TEMPLATES["zh/grit-guide"] = """\
{{buyer_name}}您好：

选择磨刀石目数主要看刀具当前的状态，大致可以参考：
\u2022 220–400目：修复崩口，或处理非常钝的刀；
\u2022 800–1000目：日常开刃，适合切菜不再顺滑的时候；
\u2022 3000–6000目：精磨抛光，让已经锋利的刃口更细腻；
\u2022 8000目以上：镜面效果，一般家庭用不到。

对于您的{{product_name}}，建议先用{{grit}}目一面，再换细面收尾。

凡拓刀具客服
"""

# one paragraph, sign-off on its own line
TEMPLATES["zh/pull-through-sharpener"] = """\
{{buyer_name}}您好，感谢您购买{{product_name}}。使用时请把磨刀器放在平稳的台面上，一只手按住手柄，另一只手握刀，将刀刃垂直放入槽中，从刀跟向刀尖方向轻轻拉动，不要来回推拉。刀很钝时先在第一槽（粗磨）拉{{strokes}}次左右，再到第二槽（细磨）和第三槽（抛光）各拉几次即可。请注意，锯齿面包刀和单刃日式刀不适合使用本磨刀器。
凡拓刀具 {{agent_name}}
"""

# ---------------------------------------------------------------- Traditional Chinese
TEMPLATES["zh-tw/rust-spot-removal"] = """\
{{buyer_name}} 您好：

很抱歉您的{{product_name}}出現了小鏽點。這類表面鏽點多半是刀身殘留水分造成的，通常在家就能處理：

1. 用小蘇打加少量清水調成糊狀。
2. 以軟布沾取，順著刀刃方向輕輕擦拭鏽點。
3. 用清水沖洗乾淨，並立即徹底擦乾。
4. 在刀身薄薄塗上一層食品級礦物油。

若重複兩三次後鏽點仍然明顯，請回覆本訊息並附上照片，我們會協助您進一步處理。

凡拓刀具客服 {{agent_name}} 敬上
"""

TEMPLATES["zh-tw/missing-part"] = """\
{{buyer_name}} 您好，

感謝您告知包裹內缺少配件，造成不便深感抱歉。我們將免費為您補寄：

訂單編號：{{order_id}}
缺少配件：{{part_name}}
預計寄達：{{days}} 個工作天內

配件寄達前，請將刀具收納於刀座或磁吸刀架，以保護刀刃。

凡拓刀具 敬上
"""

# one paragraph, greeting and sign-off inline
TEMPLATES["zh-tw/handle-loosening"] = """\
{{buyer_name}} 您好，得知您的{{product_name}}刀柄出現鬆動，非常抱歉。為了安全，請先暫停使用這把刀，以免切菜時刀身滑動。刀柄鬆動屬於保固範圍，我們願意為您更換一把新刀。麻煩您回覆一張刀柄與刀身連接處的照片，收到後我們會立即透過亞馬遜為您安排換貨。日後請避免長時間浸泡或放入洗碗機，以延長刀柄壽命。凡拓刀具 {{agent_name}} 敬上
"""

TEMPLATES["zh-tw/gift-message"] = """\
{{buyer_name}} 您好：

感謝您的來信。禮品訊息與禮品包裝需要在亞馬遜結帳時勾選並填寫，訂單成立後我們無法再另外加入卡片或留言。訂單 {{order_id}} 的出貨單上不會顯示價格，直接寄給收件人也沒有問題。

下次如需送禮，請在結帳頁面勾選「這是禮品」，並在欄位中輸入您的祝福。

祝 順心
凡拓刀具 {{agent_name}}
"""

# ======================================================================
# Labelled replies
# R(id, category, lang, labels, note, extra_tags, text)
#   tags = [category] + extra_tags.  Extra tags used:
#     exact       filled-template with placeholders filled and nothing else changed
#     small-edit  filled-template with the small edits a real agent makes
#     zh-hant     written in Traditional Chinese
#     near-miss   logistics reply that mentions the product / a problem in passing
#     paraphrase  rewritten reply that covers a template's topic in new wording
# ======================================================================
RECORDS = []


def R(rid, category, lang, labels, note, extra_tags, text):
    RECORDS.append({
        "id": rid,
        "text": text.strip(),
        "labels": list(labels),
        "lang": lang,
        "tags": [category] + list(extra_tags),
        "note": note,
        "context": "reply",
    })


# ------------------------------------------------------------ filled-template
R("t19-001", "filled-template", "en", [], "en/sharpening-whetstone-steps: exact fill (buyer_name=Maria, product_name=8-inch Chef's Knife, soak_minutes=10, agent_name=Daniel)", ['exact'], """\
Hi Maria,

Thank you for your question about sharpening your 8-inch Chef's Knife on a whetstone. Here is the method we recommend:

1. Soak the stone in water for about 10 minutes, until it stops releasing bubbles.
2. Set the stone on a damp towel with the coarse side facing up.
3. Hold the blade at roughly 15 degrees to the stone and push it across in smooth strokes, heel to tip.
4. Keep going on one side until you can feel a small burr along the whole opposite edge, then switch sides.
5. Repeat on the fine side with lighter pressure to polish the edge.
6. Rinse and dry the knife and let the stone air-dry before putting it away.

If anything is unclear, just reply to this message and we will help.

Best regards,
Daniel
Vantor Blade Co. Customer Care""")

R("t19-002", "filled-template", "en", [], 'en/sharpening-whetstone-steps: small edit: greeting changed to "Good morning Tom,"; sign-off changed to "Thanks," with the name only', ['small-edit'], """\
Good morning Tom,

Thank you for your question about sharpening your 5-inch Santoku on a whetstone. Here is the method we recommend:

1. Soak the stone in water for about 15 minutes, until it stops releasing bubbles.
2. Set the stone on a damp towel with the coarse side facing up.
3. Hold the blade at roughly 15 degrees to the stone and push it across in smooth strokes, heel to tip.
4. Keep going on one side until you can feel a small burr along the whole opposite edge, then switch sides.
5. Repeat on the fine side with lighter pressure to polish the edge.
6. Rinse and dry the knife and let the stone air-dry before putting it away.

If anything is unclear, just reply to this message and we will help.

Thanks,
Priya""")

R("t19-003", "filled-template", "en", [], 'en/care-cleaning: exact fill (buyer_name=Jordan, product_name=Vantor 5-inch Santoku)', ['exact'], """\
Hello Jordan,

Thanks for asking how to look after your Vantor 5-inch Santoku. A few habits will keep the edge sharp and the steel clean for years:

- Wash the knife by hand with warm water and a little mild dish soap right after use.
- Dry it completely with a soft towel before storing it.
- Keep it out of the dishwasher; heat and detergent dull the edge and can loosen the handle.
- Cut on wood or plastic boards rather than glass, stone or ceramic.
- Store it in a knife block, on a magnetic strip or in its sheath, not loose in a drawer.

Kind regards,
The Vantor Blade Co. team""")

R("t19-004", "filled-template", "en", [], 'en/care-cleaning: small edit: bullet glyph changed from "-" to "*"; added closing line "Happy cooking!"', ['small-edit'], """\
Hello Ms. Alvarez,

Thanks for asking how to look after your paring knife set. A few habits will keep the edge sharp and the steel clean for years:

* Wash the knife by hand with warm water and a little mild dish soap right after use.
* Dry it completely with a soft towel before storing it.
* Keep it out of the dishwasher; heat and detergent dull the edge and can loosen the handle.
* Cut on wood or plastic boards rather than glass, stone or ceramic.
* Store it in a knife block, on a magnetic strip or in its sheath, not loose in a drawer.

Happy cooking!

Kind regards,
The Vantor Blade Co. team""")

R("t19-005", "filled-template", "en", [], 'en/rust-spot-removal: exact fill (buyer_name=Mr. Chen, product_name=bread knife, agent_name=Laura)', ['exact'], """\
Dear Mr. Chen,

We are sorry to hear that small rust spots have appeared on your
bread knife. Surface spots like these are usually caused by moisture
left on the blade and can almost always be removed at home. Make a thin
paste of baking soda and water, rub it gently along the spots with a soft
cloth or the rough side of a non-scratch sponge, moving in the direction
of the blade, then rinse, dry thoroughly and wipe on a drop of food-safe
mineral oil. If the marks are still visible after two or three attempts,
please reply with a photo and we will look at it with you.

Sincerely,
Laura, Vantor Blade Co.""")

R("t19-006", "filled-template", "en", [], 'en/rust-spot-removal: small edit: hard line breaks re-flowed into one paragraph', ['small-edit'], """\
Dear Sam,

We are sorry to hear that small rust spots have appeared on your 8-inch Chef's Knife. Surface spots like these are usually caused by moisture left on the blade and can almost always be removed at home. Make a thin paste of baking soda and water, rub it gently along the spots with a soft cloth or the rough side of a non-scratch sponge, moving in the direction of the blade, then rinse, dry thoroughly and wipe on a drop of food-safe mineral oil. If the marks are still visible after two or three attempts, please reply with a photo and we will look at it with you.

Sincerely,
Omar, Vantor Blade Co.""")

R("t19-007", "filled-template", "en", [], "en/warranty-terms: exact fill (buyer_name=Ahmed, order_id=113-4820193-5567201, product_name=Vantor 8-inch Chef's Knife, years=5, agent_name=Lisa)", ['exact'], """\
Hello Ahmed,

Here are the warranty details for your purchase:

Order: 113-4820193-5567201
Product: Vantor 8-inch Chef's Knife
Coverage: 5 years from the delivery date
Covered: defects in materials and workmanship, such as a cracked handle or a loose rivet
Not covered: chips or bends from misuse, dishwasher damage and normal wear of the edge

To make a claim, reply to this message with a short description and a photo of the problem, and we will arrange a replacement or refund through Amazon.

Regards,
Lisa
Vantor Blade Co.""")

R("t19-008", "filled-template", "en", [], 'en/warranty-terms: small edit: greeting "Hello" -> "Hi"; sign-off replaced by a signature with full name and team', ['small-edit'], """\
Hi Karen,

Here are the warranty details for your purchase:

Order: 114-9031128-2204476
Product: Vantor 10-inch Honing Rod
Coverage: 2 years from the delivery date
Covered: defects in materials and workmanship, such as a cracked handle or a loose rivet
Not covered: chips or bends from misuse, dishwasher damage and normal wear of the edge

To make a claim, reply to this message with a short description and a photo of the problem, and we will arrange a replacement or refund through Amazon.

Regards,
Ben Harper
Customer Support Team, Vantor Blade Co.""")

R("t19-009", "filled-template", "en", [], 'en/damaged-on-arrival: exact fill (buyer_name=Mrs. Okafor, product_name=3-Stage Pull-Through Sharpener, order_id=111-2093847-6612093, agent_name=Nina)', ['exact'], """\
Dear Mrs. Okafor, we are very sorry that your 3-Stage Pull-Through Sharpener from order 111-2093847-6612093 arrived damaged. This is not the condition we want any of our knives to reach you in. We can send you a replacement free of charge, or if you would prefer, we can issue a full refund through Amazon; either way you do not need to send the damaged item back. Please reply and let us know which option you would like, and we will take care of it right away. With apologies, Nina at Vantor Blade Co.""")

R("t19-010", "filled-template", "en", [], 'en/damaged-on-arrival: small edit: one sentence reworded ("That is not how any of our knives should reach you."); sign-off moved to its own lines', ['small-edit'], """\
Dear Luis, we are very sorry that your 3.5-inch Paring Knife from order 112-7750021-3390148 arrived damaged. That is not how any of our knives should reach you. We can send you a replacement free of charge, or if you would prefer, we can issue a full refund through Amazon; either way you do not need to send the damaged item back. Please reply and let us know which option you would like, and we will take care of it right away.

With apologies,
Grace at Vantor Blade Co.""")

R("t19-011", "filled-template", "en", [], 'en/missing-sheath: exact fill (buyer_name=Hannah, product_name=6-inch Utility Knife, order_id=113-5567012-8834120, days=3 to 5, agent_name=Marco)', ['exact'], """\
Hi Hannah, thank you for letting us know that the blade guard was missing from your 6-inch Utility Knife.

Every knife in this line should come with a fitted sheath, so we are sorry it was left out. We will send a replacement sheath to the address on order 113-5567012-8834120 at no cost, and it should reach you within 3 to 5 business days.

Until it arrives, please store the knife in a block or on a magnetic strip so the edge stays protected. Thanks, Marco""")

R("t19-012", "filled-template", "en", [], 'en/missing-sheath: small edit: greeting and sign-off moved to their own lines; added courtesy line "Sorry again for the trouble."', ['small-edit'], """\
Hi Pete,

Thank you for letting us know that the blade guard was missing from your 8-inch Chef's Knife.

Every knife in this line should come with a fitted sheath, so we are sorry it was left out. We will send a replacement sheath to the address on order 111-0048213-7719035 at no cost, and it should reach you within 4 business days.

Until it arrives, please store the knife in a block or on a magnetic strip so the edge stays protected.

Sorry again for the trouble.

Thanks,
Ivy""")

R("t19-013", "filled-template", "en", [], "en/grit-guide: exact fill (buyer_name=Aisha, product_name=Vantor 8-inch Chef's Knife, grit=1000, agent_name=Tom)", ['exact'], """\
Hello Aisha,

Good question: the right grit depends on the state of your knife. As a rough guide:

• 220 to 400 grit: repairs chips and restores a very dull or damaged edge.
• 800 to 1000 grit: everyday sharpening when the knife no longer cuts cleanly.
• 3000 to 6000 grit: refines and polishes an edge that is already sharp.
• 8000 grit and above: a mirror finish, mostly for enthusiasts.

For your Vantor 8-inch Chef's Knife, we suggest starting with the 1000 side and finishing on the finer side. Most home cooks only need the coarse stone once or twice a year.

All the best,
Tom
Vantor Blade Co.""")

R("t19-014", "filled-template", "en", [], 'en/grit-guide: exact fill (buyer_name=Mr. Patel, product_name=santoku with the chipped tip, grit=400, agent_name=Rita)', ['exact'], """\
Hello Mr. Patel,

Good question: the right grit depends on the state of your knife. As a rough guide:

• 220 to 400 grit: repairs chips and restores a very dull or damaged edge.
• 800 to 1000 grit: everyday sharpening when the knife no longer cuts cleanly.
• 3000 to 6000 grit: refines and polishes an edge that is already sharp.
• 8000 grit and above: a mirror finish, mostly for enthusiasts.

For your santoku with the chipped tip, we suggest starting with the 400 side and finishing on the finer side. Most home cooks only need the coarse stone once or twice a year.

All the best,
Rita
Vantor Blade Co.""")

R("t19-015", "filled-template", "en", [], 'en/handle-loosening: exact fill (buyer_name=Derek, product_name=bread knife, order_id=114-2201934-5560817, agent_name=Sofia)', ['exact'], """\
Hello Derek,

Thank you for telling us that the handle on your bread knife has
started to feel loose. Please stop using the knife for now, because a
moving handle can make the blade slip while you cut. A loose handle is
covered by our warranty, so we would like to replace the knife for you.
Could you reply with a photo showing where the handle meets the blade,
and confirm the order number (114-2201934-5560817)? As soon as we have the
photo we will arrange the replacement through Amazon.

To help the new handle last, please avoid soaking the knife or putting
it in the dishwasher.

Best wishes,
Sofia
Vantor Blade Co. Support""")

R("t19-016", "filled-template", "en", [], 'en/handle-loosening: small edit: added "Thanks for your patience!" before the sign-off; the first paragraph re-wrapped at a shorter width', ['small-edit'], """\
Hello Olivia,

Thank you for telling us that the handle on your 10-inch
Slicing Knife has started to feel loose. Please stop
using the knife for now, because a moving handle can
make the blade slip while you cut. A loose handle is
covered by our warranty, so we would like to replace the
knife for you. Could you reply with a photo showing
where the handle meets the blade, and confirm the order
number (112-6630291-0048812)? As soon as we have the
photo we will arrange the replacement through Amazon.

To help the new handle last, please avoid soaking the knife or putting
it in the dishwasher.

Thanks for your patience!

Best wishes,
Ken
Vantor Blade Co. Support""")

R("t19-017", "filled-template", "en", [], 'en/gift-message: exact fill (buyer_name=Robert, order_id=113-9920174-3318056, agent_name=Julia)', ['exact'], """\
Hi Robert,

Thanks for your message. Gift messages and gift wrap are added by Amazon at checkout, so we cannot add a note to an order that has already been placed. For order 113-9920174-3318056, the packing slip does not show any prices, so it is fine to send it straight to the recipient.

If you place another order as a gift, tick "This order contains a gift" on the checkout page and type your message there.

Warm regards,
Julia""")

R("t19-018", "filled-template", "en", [], 'en/gift-message: exact fill (buyer_name=Emily, order_id=111-3384019-2276450, agent_name=Chris)', ['exact'], """\
Hi Emily,

Thanks for your message. Gift messages and gift wrap are added by Amazon at checkout, so we cannot add a note to an order that has already been placed. For order 111-3384019-2276450, the packing slip does not show any prices, so it is fine to send it straight to the recipient.

If you place another order as a gift, tick "This order contains a gift" on the checkout page and type your message there.

Warm regards,
Chris""")

R("t19-019", "filled-template", "en", [], 'en/review-request-neutral: exact fill (buyer_name=Linda, product_name=honing rod, order_id=114-5501832-9907613)', ['exact'], """\
Hello Linda,

We hope your honing rod from order 114-5501832-9907613 is working well in your kitchen. If you have a moment, we would appreciate it if you shared your experience with the product in a review on Amazon. Your honest opinion, whatever it is, helps other cooks decide whether this knife suits them.

Thank you,
Vantor Blade Co.""")

R("t19-020", "filled-template", "en", [], 'en/review-request-neutral: small edit: sign-off changed to "Thanks so much," plus agent name Anna', ['small-edit'], """\
Hello George,

We hope your 1000/6000 Combination Whetstone from order 113-0092716-4451820 is working well in your kitchen. If you have a moment, we would appreciate it if you shared your experience with the product in a review on Amazon. Your honest opinion, whatever it is, helps other cooks decide whether this knife suits them.

Thanks so much,
Anna, Vantor Blade Co.""")

R("t19-021", "filled-template", "zh", [], 'zh/sharpening-steps: exact fill (buyer_name=王先生, product_name=凡拓8英寸主厨刀, soak_minutes=10, agent_name=小林)', ['exact'], """\
王先生您好：

感谢您咨询凡拓8英寸主厨刀的磨刀方法。使用磨刀石时，建议按以下步骤操作：

1. 将磨刀石在清水中浸泡约10分钟，直到不再冒气泡。
2. 把磨刀石放在湿毛巾上，粗磨面朝上。
3. 刀刃与石面保持约15度角，从刀跟到刀尖平稳推磨。
4. 一面磨到另一面整条刃口都能摸到细小的卷边后，再换另一面。
5. 换到细磨面，用较轻的力度重复上述动作，使刃口更加细腻。
6. 磨完后冲洗并擦干刀具，磨刀石自然晾干后再收纳。

如有任何不清楚的地方，请直接回复此消息。

凡拓刀具客服 小林""")

R("t19-022", "filled-template", "zh", [], 'zh/sharpening-steps: small edit: step numbering changed from "1." to "1、"; greeting changed to "李女士，您好！"', ['small-edit'], """\
李女士，您好！

感谢您咨询凡拓三德刀的磨刀方法。使用磨刀石时，建议按以下步骤操作：

1、将磨刀石在清水中浸泡约15分钟，直到不再冒气泡。
2、把磨刀石放在湿毛巾上，粗磨面朝上。
3、刀刃与石面保持约15度角，从刀跟到刀尖平稳推磨。
4、一面磨到另一面整条刃口都能摸到细小的卷边后，再换另一面。
5、换到细磨面，用较轻的力度重复上述动作，使刃口更加细腻。
6、磨完后冲洗并擦干刀具，磨刀石自然晾干后再收纳。

如有任何不清楚的地方，请直接回复此消息。

凡拓刀具客服 阿杰""")

R("t19-023", "filled-template", "zh", [], 'zh/care-cleaning: exact fill (buyer_name=张女士, product_name=凡拓水果刀)', ['exact'], """\
张女士，您好！

关于凡拓水果刀的日常保养，请参考以下几点：
- 使用后尽快用温水和少量中性洗洁精手洗；
- 清洗后立即用软布擦干，不要让水分留在刀身上；
- 请勿放入洗碗机，高温和洗涤剂会使刃口变钝、刀柄松动；
- 请在木质或塑料砧板上使用，避免切玻璃、石材或陶瓷板；
- 存放时请使用刀座、磁性刀架或刀鞘，不要与其他餐具混放在抽屉里。

祝您使用愉快！
凡拓刀具团队""")

R("t19-024", "filled-template", "zh", [], 'zh/care-cleaning: small edit: bullet glyph "-" changed to "·"; added courtesy line "如有其他问题，欢迎随时留言。"', ['small-edit'], """\
陈先生，您好！

关于凡拓中式菜刀的日常保养，请参考以下几点：
· 使用后尽快用温水和少量中性洗洁精手洗；
· 清洗后立即用软布擦干，不要让水分留在刀身上；
· 请勿放入洗碗机，高温和洗涤剂会使刃口变钝、刀柄松动；
· 请在木质或塑料砧板上使用，避免切玻璃、石材或陶瓷板；
· 存放时请使用刀座、磁性刀架或刀鞘，不要与其他餐具混放在抽屉里。

如有其他问题，欢迎随时留言。
祝您使用愉快！
凡拓刀具团队""")

R("t19-025", "filled-template", "zh", [], 'zh/warranty: exact fill (buyer_name=刘先生, order_id=113-7712009-4418263, product_name=凡拓8英寸主厨刀, years=5, agent_name=小周)', ['exact'], """\
刘先生您好，

以下是您所购商品的保修信息：

订单号：113-7712009-4418263
商品：凡拓8英寸主厨刀
保修期：5年（自签收之日起计算）
保修范围：材料和做工缺陷，例如刀柄开裂、铆钉松动
不在保修范围：使用不当造成的崩口或弯曲、洗碗机损坏、刃口正常磨损

如需申请保修，请直接回复本消息，附上问题描述和照片，我们会通过亚马逊为您安排换货或退款。

凡拓刀具 小周""")

R("t19-026", "filled-template", "zh", [], 'zh/warranty: exact fill (buyer_name=Emma, order_id=112-3320981-7750214, product_name=凡拓磨刀棒, years=2, agent_name=小周)', ['exact'], """\
Emma您好，

以下是您所购商品的保修信息：

订单号：112-3320981-7750214
商品：凡拓磨刀棒
保修期：2年（自签收之日起计算）
保修范围：材料和做工缺陷，例如刀柄开裂、铆钉松动
不在保修范围：使用不当造成的崩口或弯曲、洗碗机损坏、刃口正常磨损

如需申请保修，请直接回复本消息，附上问题描述和照片，我们会通过亚马逊为您安排换货或退款。

凡拓刀具 小周""")

R("t19-027", "filled-template", "zh", [], 'zh/damaged-on-arrival: exact fill (buyer_name=赵女士, order_id=111-8841203-5529017, product_name=凡拓三段式磨刀器, agent_name=小雪)', ['exact'], """\
赵女士您好，非常抱歉您订单111-8841203-5529017中的凡拓三段式磨刀器到货时已经损坏，给您添麻烦了。我们可以免费为您补发一件新的，或者如果您更希望退款，我们也可以通过亚马逊为您全额退款，两种方式都不需要您寄回损坏的商品。请回复告诉我们您选择哪一种，我们会尽快处理。再次致歉！凡拓刀具 小雪""")

R("t19-028", "filled-template", "zh", [], 'zh/damaged-on-arrival: small edit: one sentence reworded (closing request: "您看哪种方式更方便，回复我们一声就好，我们马上安排。")', ['small-edit'], """\
孙先生您好，非常抱歉您订单114-6609321-1187345中的凡拓面包刀到货时已经损坏，给您添麻烦了。我们可以免费为您补发一件新的，或者如果您更希望退款，我们也可以通过亚马逊为您全额退款，两种方式都不需要您寄回损坏的商品。您看哪种方式更方便，回复我们一声就好，我们马上安排。再次致歉！凡拓刀具 阿明""")

R("t19-029", "filled-template", "zh", [], 'zh/grit-guide: exact fill (buyer_name=周先生, product_name=凡拓三德刀, grit=1000)', ['exact'], """\
周先生您好：

选择磨刀石目数主要看刀具当前的状态，大致可以参考：
• 220–400目：修复崩口，或处理非常钝的刀；
• 800–1000目：日常开刃，适合切菜不再顺滑的时候；
• 3000–6000目：精磨抛光，让已经锋利的刃口更细腻；
• 8000目以上：镜面效果，一般家庭用不到。

对于您的凡拓三德刀，建议先用1000目一面，再换细面收尾。

凡拓刀具客服""")

R("t19-030", "filled-template", "zh", [], 'zh/grit-guide: exact fill (buyer_name=吴女士, product_name=凡拓8英寸主厨刀（刀尖有小崩口）, grit=400)', ['exact'], """\
吴女士您好：

选择磨刀石目数主要看刀具当前的状态，大致可以参考：
• 220–400目：修复崩口，或处理非常钝的刀；
• 800–1000目：日常开刃，适合切菜不再顺滑的时候；
• 3000–6000目：精磨抛光，让已经锋利的刃口更细腻；
• 8000目以上：镜面效果，一般家庭用不到。

对于您的凡拓8英寸主厨刀（刀尖有小崩口），建议先用400目一面，再换细面收尾。

凡拓刀具客服""")

R("t19-031", "filled-template", "zh", [], 'zh/pull-through-sharpener: exact fill (buyer_name=郑先生, product_name=凡拓三段式磨刀器, strokes=5, agent_name=小林)', ['exact'], """\
郑先生您好，感谢您购买凡拓三段式磨刀器。使用时请把磨刀器放在平稳的台面上，一只手按住手柄，另一只手握刀，将刀刃垂直放入槽中，从刀跟向刀尖方向轻轻拉动，不要来回推拉。刀很钝时先在第一槽（粗磨）拉5次左右，再到第二槽（细磨）和第三槽（抛光）各拉几次即可。请注意，锯齿面包刀和单刃日式刀不适合使用本磨刀器。
凡拓刀具 小林""")

R("t19-032", "filled-template", "zh", [], 'zh/pull-through-sharpener: small edit: sign-off replaced by a team signature; added "祝您生活愉快！"', ['small-edit'], """\
Mike您好，感谢您购买凡拓三段式磨刀器。使用时请把磨刀器放在平稳的台面上，一只手按住手柄，另一只手握刀，将刀刃垂直放入槽中，从刀跟向刀尖方向轻轻拉动，不要来回推拉。刀很钝时先在第一槽（粗磨）拉8次左右，再到第二槽（细磨）和第三槽（抛光）各拉几次即可。请注意，锯齿面包刀和单刃日式刀不适合使用本磨刀器。
祝您生活愉快！
凡拓刀具售后团队 小雪""")

R("t19-033", "filled-template", "zh", [], 'zh/sharpening-steps: exact fill (buyer_name=黄女士, product_name=凡拓日式牛刀, soak_minutes=12, agent_name=小周)', ['exact'], """\
黄女士您好：

感谢您咨询凡拓日式牛刀的磨刀方法。使用磨刀石时，建议按以下步骤操作：

1. 将磨刀石在清水中浸泡约12分钟，直到不再冒气泡。
2. 把磨刀石放在湿毛巾上，粗磨面朝上。
3. 刀刃与石面保持约15度角，从刀跟到刀尖平稳推磨。
4. 一面磨到另一面整条刃口都能摸到细小的卷边后，再换另一面。
5. 换到细磨面，用较轻的力度重复上述动作，使刃口更加细腻。
6. 磨完后冲洗并擦干刀具，磨刀石自然晾干后再收纳。

如有任何不清楚的地方，请直接回复此消息。

凡拓刀具客服 小周""")

R("t19-034", "filled-template", "zh", [], 'zh-tw/rust-spot-removal: exact fill (buyer_name=林小姐, product_name=凡拓8吋主廚刀, agent_name=阿宏)', ['exact', 'zh-hant'], """\
林小姐 您好：

很抱歉您的凡拓8吋主廚刀出現了小鏽點。這類表面鏽點多半是刀身殘留水分造成的，通常在家就能處理：

1. 用小蘇打加少量清水調成糊狀。
2. 以軟布沾取，順著刀刃方向輕輕擦拭鏽點。
3. 用清水沖洗乾淨，並立即徹底擦乾。
4. 在刀身薄薄塗上一層食品級礦物油。

若重複兩三次後鏽點仍然明顯，請回覆本訊息並附上照片，我們會協助您進一步處理。

凡拓刀具客服 阿宏 敬上""")

R("t19-035", "filled-template", "zh", [], 'zh-tw/rust-spot-removal: small edit: step numbering changed from "1." to "(1)"; sign-off reworded as team signature', ['small-edit', 'zh-hant'], """\
陳先生 您好：

很抱歉您的凡拓麵包刀出現了小鏽點。這類表面鏽點多半是刀身殘留水分造成的，通常在家就能處理：

(1) 用小蘇打加少量清水調成糊狀。
(2) 以軟布沾取，順著刀刃方向輕輕擦拭鏽點。
(3) 用清水沖洗乾淨，並立即徹底擦乾。
(4) 在刀身薄薄塗上一層食品級礦物油。

若重複兩三次後鏽點仍然明顯，請回覆本訊息並附上照片，我們會協助您進一步處理。

凡拓刀具 客服團隊 小芳""")

R("t19-036", "filled-template", "zh", [], 'zh-tw/missing-part: exact fill (buyer_name=黃先生, order_id=112-4471920-6638105, part_name=刀鞘, days=3)', ['exact', 'zh-hant'], """\
黃先生 您好，

感謝您告知包裹內缺少配件，造成不便深感抱歉。我們將免費為您補寄：

訂單編號：112-4471920-6638105
缺少配件：刀鞘
預計寄達：3 個工作天內

配件寄達前，請將刀具收納於刀座或磁吸刀架，以保護刀刃。

凡拓刀具 敬上""")

R("t19-037", "filled-template", "zh", [], 'zh-tw/missing-part: small edit: added courtesy line "感謝您的耐心等候！" before the sign-off', ['small-edit', 'zh-hant'], """\
張小姐 您好，

感謝您告知包裹內缺少配件，造成不便深感抱歉。我們將免費為您補寄：

訂單編號：113-2218834-9901726
缺少配件：磨刀器防滑底座
預計寄達：5 個工作天內

配件寄達前，請將刀具收納於刀座或磁吸刀架，以保護刀刃。

感謝您的耐心等候！
凡拓刀具 敬上""")

R("t19-038", "filled-template", "zh", [], 'zh-tw/handle-loosening: exact fill (buyer_name=吳先生, product_name=凡拓三德刀, agent_name=阿宏)', ['exact', 'zh-hant'], """\
吳先生 您好，得知您的凡拓三德刀刀柄出現鬆動，非常抱歉。為了安全，請先暫停使用這把刀，以免切菜時刀身滑動。刀柄鬆動屬於保固範圍，我們願意為您更換一把新刀。麻煩您回覆一張刀柄與刀身連接處的照片，收到後我們會立即透過亞馬遜為您安排換貨。日後請避免長時間浸泡或放入洗碗機，以延長刀柄壽命。凡拓刀具 阿宏 敬上""")

R("t19-039", "filled-template", "zh", [], 'zh-tw/handle-loosening: small edit: greeting and sign-off moved onto their own lines (re-flowed)', ['small-edit', 'zh-hant'], """\
蔡小姐 您好，

得知您的凡拓8吋主廚刀刀柄出現鬆動，非常抱歉。為了安全，請先暫停使用這把刀，以免切菜時刀身滑動。刀柄鬆動屬於保固範圍，我們願意為您更換一把新刀。麻煩您回覆一張刀柄與刀身連接處的照片，收到後我們會立即透過亞馬遜為您安排換貨。日後請避免長時間浸泡或放入洗碗機，以延長刀柄壽命。

凡拓刀具 小芳 敬上""")

R("t19-040", "filled-template", "zh", [], 'zh-tw/gift-message: exact fill (buyer_name=許小姐, order_id=114-0027731-5582914, agent_name=阿宏)', ['exact', 'zh-hant'], """\
許小姐 您好：

感謝您的來信。禮品訊息與禮品包裝需要在亞馬遜結帳時勾選並填寫，訂單成立後我們無法再另外加入卡片或留言。訂單 114-0027731-5582914 的出貨單上不會顯示價格，直接寄給收件人也沒有問題。

下次如需送禮，請在結帳頁面勾選「這是禮品」，並在欄位中輸入您的祝福。

祝 順心
凡拓刀具 阿宏""")

R("t19-041", "filled-template", "zh", [], 'zh-tw/gift-message: exact fill (buyer_name=王先生, order_id=111-6652018-3307491, agent_name=小芳)', ['exact', 'zh-hant'], """\
王先生 您好：

感謝您的來信。禮品訊息與禮品包裝需要在亞馬遜結帳時勾選並填寫，訂單成立後我們無法再另外加入卡片或留言。訂單 111-6652018-3307491 的出貨單上不會顯示價格，直接寄給收件人也沒有問題。

下次如需送禮，請在結帳頁面勾選「這是禮品」，並在欄位中輸入您的祝福。

祝 順心
凡拓刀具 小芳""")

R("t19-042", "filled-template", "zh", [], 'zh-tw/rust-spot-removal: exact fill (buyer_name=李太太, product_name=凡拓水果刀, agent_name=阿宏)', ['exact', 'zh-hant'], """\
李太太 您好：

很抱歉您的凡拓水果刀出現了小鏽點。這類表面鏽點多半是刀身殘留水分造成的，通常在家就能處理：

1. 用小蘇打加少量清水調成糊狀。
2. 以軟布沾取，順著刀刃方向輕輕擦拭鏽點。
3. 用清水沖洗乾淨，並立即徹底擦乾。
4. 在刀身薄薄塗上一層食品級礦物油。

若重複兩三次後鏽點仍然明顯，請回覆本訊息並附上照片，我們會協助您進一步處理。

凡拓刀具客服 阿宏 敬上""")


# ------------------------------------------------------------ logistics: English
R("t19-043", "logistics", "en", [], "tracking update in reply to 'where is my order'", [], """\
Hi Rachel,

Thanks for checking in. Your order 113-2048817-6630912 left our warehouse yesterday afternoon with UPS under tracking number 1Z7R49W80312457718. The carrier's current estimate is delivery on Thursday by end of day.

Best,
Daniel""")

R("t19-044", "logistics", "en", [], "carrier delay explained; new delivery date", [], """\
Hello Mr. Grant, I'm sorry for the wait. The carrier has reported a weather hold at its regional hub, so your parcel is now expected on Monday rather than Friday. There is nothing you need to do; the tracking in Your Orders will update as soon as it moves again. Regards, Lisa""")

R("t19-045", "logistics", "en", [], "address change not possible after ordering; seller offers to cancel on request", ["near-miss"], """\
Hi Kevin,

Unfortunately Amazon does not let us change the shipping address once an order has been placed. The good news is that order 112-5530917-2284016 has not shipped yet. If you would like, reply to confirm and we will cancel it for you straight away, so you can place it again with the Oakland address.

Thanks,
Omar""")

R("t19-046", "logistics", "en", [], "duplicate order cancelled at the buyer's request (cancel/remove words)", ["near-miss"], """\
Hello Ms. Brooks,

As you asked, we have cancelled the duplicate order 114-3308815-7720461. Your original order for the 1000/6000 whetstone is not affected and is still due to ship on Tuesday. The pending charge for the cancelled order should disappear from your statement within a few days.

Kind regards,
Vantor Blade Co.""")

R("t19-047", "logistics", "en", [], "return steps; product mentioned in passing (too big for the drawer)", ["near-miss"], """\
Hi Beth,

Sorry to hear the sharpener turned out to be too large for your drawer. You can return it within 30 days of delivery: open Your Orders, choose Return or Replace Items next to the sharpener, pick a reason and print the prepaid label. Once the carrier scans the parcel, Amazon usually refunds your original payment method within 3 to 5 business days.

Best wishes,
Nina""")

R("t19-048", "logistics", "en", [], "refund issued after the return was received", [], """\
Hello Victor, we received the returned bread knife at our warehouse this morning and your refund of $34.99 has now been processed through Amazon. Depending on your bank it can take up to five business days to show on your account. Thank you, Grace""")

R("t19-049", "logistics", "en", [], "customs clearance into Canada; duties prepaid", [], """\
Hi Anna,

Parcels going to Canada are sometimes held for a routine customs check, which is what happened here. Yours cleared customs in Toronto this morning and has been handed to Canada Post for the final delivery. Import fees for this order were prepaid at checkout, so nothing will be collected at the door.

Regards,
Marco""")

R("t19-050", "logistics", "en", [], "delivery scheduling: knives need an adult signature; pickup point option", ["near-miss"], """\
Hello Mr. Doyle,

The carrier asks for an adult signature on parcels that contain knives, which is why the driver could not leave the box on Tuesday. You can pick a new delivery day in the carrier tracking from Your Orders, or redirect the parcel to a nearby pickup point and collect it with photo ID. The parcel will be held for five business days.

Best regards,
Sofia""")

R("t19-051", "logistics", "en", [], "package marked delivered but not found; reship offered if still missing", [], """\
Hi Priya,

I'm sorry the package hasn't turned up. Tracking shows it was delivered on Saturday at 2:14 pm, so please check with neighbours and around the building; drivers sometimes use a side entrance or a parcel room. If it still hasn't appeared by Wednesday, reply here and we will ship the order again at no cost to you.

Thanks,
Ivy""")

R("t19-052", "logistics", "en", [], "exchange shipment tracking; fit problem mentioned in passing", ["near-miss"], """\
Hi Carla, sorry the sheath didn't fit the 10-inch slicer. Your exchange has been approved, and the larger sheath went out today by USPS with tracking 9400111899223344556677. It should arrive by Friday. Please send the original back with the return label in Your Orders within 30 days. Best, Ken""")

R("t19-053", "logistics", "en", [], "split shipment: two items, two tracking numbers", [], """\
Hello Jamie,

Your order had two items, and they are travelling separately. The whetstone left today with Amazon Logistics (tracking TBA304918273006) and should arrive tomorrow. The honing rod ships from a different warehouse on Monday and is due on Wednesday; you will see its tracking in Your Orders once it leaves.

Regards,
Chris""")

R("t19-054", "logistics", "en", [], "misdelivered to a neighbouring house number; trace opened", [], """\
Hi Jamal,

I'm sorry the parcel ended up at 1428 instead of 1482 Elm Street. We have opened a trace with the carrier and asked them to retrieve it. If they cannot recover it by Tuesday, we will send a new shipment to the correct address the same day.

Regards,
Julia""")

R("t19-055", "logistics", "en", [], "return packing instructions (wrap the blade) are about the return shipment", ["near-miss"], """\
Hello Ms. Reyes,

Your return request for the chef's knife has been approved. Before you drop it off, please wrap the blade in a piece of cardboard and tape it, so the edge cannot cut through the packaging in transit, then put it in any sturdy box and attach the prepaid label from Your Orders. The refund is issued as soon as the carrier scans the parcel.

Thank you,
Laura""")

R("t19-056", "logistics", "en", [], "back-order delay on a reply; seller offers to cancel if the buyer prefers (does not ask the buyer to cancel)", ["near-miss"], """\
Hi Mr. Nguyen,

Thanks for asking. The 8-inch chef's knife on your order is being restocked, so the new ship date is May 2 and the delivery estimate is May 6. If you would rather not wait, just tell us and we will cancel the order on our side; you will not be charged.

Best,
Rita""")

# ------------------------------------------------------------ logistics: Simplified Chinese
R("t19-057", "logistics", "zh", [], "发货及物流单号", [], """\
您好，您的订单113-6627104-9938215已于昨天交给UPS发出，物流单号是1Z8V20X40398817265，预计本周四送达。如物流信息有更新，您可以在“我的订单”中随时查看。""")

R("t19-058", "logistics", "zh", [], "承运商积压导致延迟", [], """\
王女士您好：

非常抱歉让您久等了。承运商反馈，由于转运中心近期货量较大，您的包裹预计会延迟2到3天送达，新的预计送达日期是下周一。我们会继续跟进物流进度，您无需做任何操作。

凡拓刀具 小周""")

R("t19-059", "logistics", "zh", [], "修改地址不可行，已按买家要求取消订单（近似误报：修改/取消）", ["near-miss"], """\
您好，亚马逊系统不支持在下单后修改收货地址。由于订单112-0493381-6650127还没有发货，我们已经按照您的要求取消了这笔订单，您可以使用新地址重新下单。取消的订单不会扣款。""")

R("t19-060", "logistics", "zh", [], "重复订单已取消（近似误报：删除/取消）", ["near-miss"], """\
陈先生您好，

您重复下单的订单114-7781230-0046692已为您取消。订单记录无法从您的账户中删除，但不会产生任何扣款；另一笔订单会按原计划在明天发货。

凡拓刀具 阿杰""")

R("t19-061", "logistics", "zh", [], "退货流程；顺带提到产品不合适", ["near-miss"], """\
您好！很抱歉这款磨刀器不太适合您的使用习惯。您可以在送达后30天内办理退货：进入“我的订单”，点击该商品旁的“退换商品”，选择原因后打印预付退货标签。包裹被承运商扫描后，亚马逊一般会在3到5个工作日内原路退款。""")

R("t19-062", "logistics", "zh", [], "退货已收到，退款完成", [], """\
刘女士您好：

您退回的凡拓面包刀今天已到仓库，退款29.99美元已经通过亚马逊原路退回。不同银行到账时间不同，一般不超过5个工作日。

谢谢！
凡拓刀具 小雪""")

R("t19-063", "logistics", "zh", [], "海关抽检，关税已预付", [], """\
您好，您的包裹目前正在海关接受例行查验，属于正常抽检，一般1到3个工作日就会放行。本单的进口税费已在下单时预付，派送时不会再向您收取任何费用。放行后物流信息会自动更新。""")

R("t19-064", "logistics", "zh", [], "刀具包裹需当面签收，可改约时间或自提（配送预约）", ["near-miss"], """\
赵先生您好：

由于包裹内含刀具，承运商要求成年人当面签收，所以昨天快递员没有把包裹放在门口。您可以在“我的订单”的物流跟踪中重新预约派送日期，或者改送到附近的自提点，凭带照片的证件取件。包裹会保留5个工作日。

凡拓刀具 小林""")

R("t19-065", "logistics", "zh", [], "显示已签收但未收到，若仍未找到将重新发货", [], """\
您好，很抱歉给您带来困扰。物流显示包裹已于周六下午签收，建议您先问问邻居，或看看楼下的快递柜和收发室。如果到周三还是没有找到，请回复此消息，我们会免费为您重新发货。""")

R("t19-066", "logistics", "zh", [], "补寄刀鞘的物流单号；问题仅顺带提及", ["near-miss"], """\
孙先生您好，

关于刀鞘尺寸不合适的情况，补寄的大号刀鞘今天已经通过USPS寄出，物流单号9400111899201122334455，预计本周五送达。原来的刀鞘请在30天内用“我的订单”里的退货标签寄回即可。

凡拓刀具 阿明""")

# ------------------------------------------------------------ logistics: Traditional Chinese
R("t19-067", "logistics", "zh", [], "寄往台灣的出貨與追蹤號碼", ["zh-hant"], """\
林先生 您好：

您的訂單 113-5570294-1186603 已於今天出貨，由 DHL 寄送，追蹤號碼為 5849302716，預計 5 到 7 個工作天抵達台灣。您可以在「我的訂單」中查看最新的配送狀態。

凡拓刀具 阿宏""")

R("t19-068", "logistics", "zh", [], "進口稅費已預付，不需另外繳納", ["zh-hant"], """\
您好，這筆訂單的進口稅費已在結帳時一併預付，包裹抵達台灣後由海關放行即可配送，派送時不會再向您收取任何費用。若收到要求付款的通知，請先回覆本訊息，我們會協助您向物流公司確認。""")

R("t19-069", "logistics", "zh", [], "颱風造成航班延誤", ["zh-hant"], """\
陳小姐 您好，

很抱歉通知您，受颱風影響，轉運航班延後起飛，您的包裹預計會比原定時間晚 3 天左右送達。我們會持續追蹤，物流資訊一有更新就會顯示在「我的訂單」中。

凡拓刀具 小芳""")

R("t19-070", "logistics", "zh", [], "退貨步驟；順帶提到刀的手感不合（近似誤報）", ["zh-hant", "near-miss"], """\
您好，很抱歉這把主廚刀的重量不合您的手感。您可以在到貨後 30 天內申請退貨：請到「我的訂單」點選「退貨或更換商品」，列印預付退貨標籤。寄出前請先用厚紙板包住刀刃並用膠帶固定，以免運送途中割破包裝。物流公司收件掃描後，亞馬遜會將款項退回您的原付款方式。""")

R("t19-071", "logistics", "zh", [], "依買家要求取消訂單（近似誤報：取消）", ["zh-hant", "near-miss"], """\
黃先生 您好：

已依照您的要求取消訂單 112-8806415-3329570，這筆訂單尚未出貨，因此不會向您收取任何費用。另一筆磨刀石的訂單不受影響，仍會在明天出貨。

凡拓刀具 阿宏""")

R("t19-072", "logistics", "zh", [], "地址不完整，包裹被退回，請買家提供完整地址以重新寄送", ["zh-hant"], """\
張小姐 您好，物流公司通知我們，因收件地址缺少樓層與門牌號碼，包裹無法投遞，目前正退回倉庫。麻煩您回覆完整的收件地址，我們收到後會立即重新寄出，並將新的追蹤號碼告訴您。凡拓刀具 小芳""")

# ------------------------------------------------------------ logistics: mixed
R("t19-073", "logistics", "mixed", [], "bilingual tracking update (English then Simplified Chinese)", [], """\
Hi Wei,

Your order 111-9024476-5518320 shipped today with FedEx, tracking number 771234567890, and is expected on Thursday.

您好，您的订单今天已通过FedEx发出，物流单号771234567890，预计周四送达。

Vantor Blade Co.""")

R("t19-074", "logistics", "mixed", [], "code-switched return instructions (Chinese with English UI terms)", [], """\
您好 Kevin，退货请进入 Your Orders，在 whetstone 那一项点 Return or Replace Items，选好 reason 之后打印 prepaid return label 就可以了。Carrier 扫描包裹后，Amazon 一般会在 3-5 个 business days 内 refund 到您的原支付方式。""")


# ------------------------------------------------------------ rewritten: English
R("t19-075", "rewritten", "en", ["template-required"], "free: honing rod vs sharpening (no template on this topic)", [], """\
Hi Paul,

Good question. The honing rod doesn't really take metal off; it pushes the edge, which bends over a little with use, back into line. Give the knife six to eight light strokes per side on the rod every few times you cook, keeping the same angle each time. When honing no longer brings the bite back, that's the sign it needs a proper session on the whetstone.

Cheers,
Daniel""")

R("t19-076", "rewritten", "en", ["template-required"], "free: flattening a dished whetstone", [], """\
Hello Mr. Ito, what you are seeing is normal: after a few months of use the middle of a water stone wears lower than the ends. To level it, draw a pencil grid on the surface, rub the stone on a flattening plate or on wet 120-grit sandpaper laid on glass until every pencil line is gone, then rinse it well. Doing this every ten sessions or so keeps your edge angle consistent. Regards, Lisa""")

R("t19-077", "rewritten", "en", ["template-required"], "heavy paraphrase of en/care-cleaning (same advice, new wording and shape)", ["paraphrase"], """\
Hi Jess! The short version: wash it by hand as soon as you're done, towel it dry straight away, and never let it go through the dishwasher. Stick to wooden or plastic boards, since glass and marble wreck an edge fast, and give it a home in a block or on a magnet rather than rattling around in a drawer. That's honestly all it takes. - Omar""")

R("t19-078", "rewritten", "en", ["template-required"], "heavy paraphrase of en/rust-spot-removal", ["paraphrase"], """\
Hi Mr. Kowalski,

Those little orange specks are surface rust. They usually form when the knife is put away while still damp, and they rarely go deep. Mix baking soda with a few drops of water, work the paste over the marks with a soft cloth along the length of the blade, rinse, dry it right away and finish with a thin film of mineral oil. Send us a picture if they don't budge after a couple of goes.

Thanks,
Laura""")

R("t19-079", "rewritten", "en", ["template-required"], "free warranty answer (what is and is not covered)", [], """\
Hello Denise,

Yes, your chef's knife has a lifetime warranty against manufacturing faults, so a handle that cracks or a rivet that works loose would be covered. A chip in the edge from cutting through a chicken bone is considered accidental damage, though, so we can't replace it under the warranty. Small chips like the one in your photo can usually be ground out on a 400 grit stone.

Kind regards,
Ben""")

R("t19-080", "rewritten", "en", ["template-required"], "free defect remedy: bent tip on arrival, replacement arranged (damaged-on-arrival topic, new wording)", ["paraphrase"], """\
Hi Andre,

Ugh, I'm sorry. A santoku should never come out of the box with a bent tip. I've set up a brand-new knife for you through Amazon and you can keep or recycle the damaged one; there's no need to return it. If you'd rather have your money back instead, say the word and I'll switch it to a refund.

Grace""")

R("t19-081", "rewritten", "en", ["template-required"], "free: how to use the pull-through sharpener (only a zh template exists)", [], """\
Hello Fiona,

Set the sharpener on a flat counter and hold the handle firmly with one hand. Place the knife upright in the first slot and draw it toward you from heel to tip with light pressure, about five times, always in one direction. Then repeat in the second and third slots to refine the edge. Please don't use it on serrated bread knives or single-bevel Japanese knives.

Best,
Nina""")

R("t19-082", "rewritten", "en", ["template-required"], "free product advice: chef's knife not for bones or frozen food", [], """\
Hi Marcus,

The 8-inch chef's knife has a thin, hard edge that's made for slicing and chopping, so cutting through bones or frozen meat will chip it. For those jobs a heavier cleaver or a boning knife is the better tool. For everything else, vegetables, fish, boneless meat, it should stay sharp for a long time.

Regards,
Sofia""")

R("t19-083", "rewritten", "en", ["template-required"], "paraphrase of en/handle-loosening in new words", ["paraphrase"], """\
Hello Ruth, a handle that wobbles isn't something you should put up with, and it's a safety issue, so please put the knife aside for now. That kind of fault is on us, not normal wear, and we'll replace the knife. If you can send a quick photo of the joint between handle and blade, we'll get the replacement going. Thanks, Ken""")

R("t19-084", "rewritten", "en", ["template-required"], "paraphrase of en/missing-sheath: remedy plus storage advice", ["paraphrase"], """\
Hi Theo,

Sorry about that! The blade cover should have been in the box with your utility knife. We'll get a new one to you, free of course. In the meantime, keep the knife in a block or on a magnetic bar so the edge doesn't get knocked about.

Marco""")

R("t19-085", "rewritten", "en", ["template-required"], "free grit recommendation for a chipped knife (grit-guide topic, no list)", ["paraphrase"], """\
Hi Leah,

With a couple of small chips along the edge, I'd start on the 400 side of the stone until the chips are gone and the edge line is straight again, then move to 1000 to sharpen, and finish on 6000 if you want it really keen. After that you'll rarely need the coarse side; 1000 on its own handles routine touch-ups.

Best,
Tom""")

R("t19-086", "rewritten", "en", ["template-required"], "free: patina on carbon steel is not a defect", [], """\
Hello Mr. Baptiste,

The grey and blue patches on your carbon steel gyuto are patina, a thin oxide layer that forms when the steel meets acidic foods such as onions or tomatoes. It is not rust and it actually helps protect the blade. If you prefer the bright look, a little baking soda paste will lighten it, but most owners let it build up over time.

Regards,
Rita""")

R("t19-087", "rewritten", "en", ["template-required"], "free: angle-guide clip fit and left-handed use", [], """\
Hi Sunita,

The angle guide that comes with the whetstone clips onto the spine of blades up to about 2 inches tall, so it fits your paring and utility knives but not the cleaver. It works the same way for left-handed sharpening; simply start with the other side of the blade facing the stone.

Kind regards,
Julia""")

# ------------------------------------------------------------ rewritten: Simplified Chinese
R("t19-088", "rewritten", "zh", ["template-required"], "自由撰写：磨刀角度说明", [], """\
您好，磨刀时角度保持稳定比角度本身更重要。西式主厨刀一般用15到20度，可以用两枚叠起来的硬币垫在刀背下面来估计大概的高度。刚开始练习时速度放慢一点，每一下都尽量保持同样的角度，磨出来的刃口会更均匀。""")

R("t19-089", "rewritten", "zh", ["template-required"], "自由撰写：放进洗碗机后刃口变钝", [], """\
杨女士您好：

刀放进洗碗机后变钝是比较常见的情况，高温水流和洗涤剂会让刃口和其他餐具碰撞，刀柄也容易受潮变形。这把刀用1000目的磨刀石磨几分钟就能恢复锋利。以后建议用完直接手洗擦干，这样刃口能保持更久。

凡拓刀具 小林""")

R("t19-090", "rewritten", "zh", ["template-required"], "改写自 zh-tw/rust-spot-removal 的内容（简体，自由措辞）", ["paraphrase"], """\
您好，刀身上的小黑点和小锈斑一般是收纳时没有擦干留下的，只在表面，不用担心。拿一点小苏打加水调成糊，用软布顺着刀刃方向来回擦几遍，冲干净后马上擦干，再抹一薄层食用级矿物油就好了。如果擦了几次还在，拍张照片发给我们看看。""")

R("t19-091", "rewritten", "zh", ["template-required"], "改写自 zh/warranty（无标签行，自由叙述）", ["paraphrase"], """\
刘女士您好，您买的这把主厨刀从签收那天起有5年保修。像刀柄裂开、铆钉松了这种做工问题都在保修范围内；不过砍骨头造成的崩口，或者进洗碗机之后出现的损坏就不算了。如果需要申请，直接回复这条消息，说明一下情况再附几张照片就行。""")

R("t19-092", "rewritten", "zh", ["template-required"], "自由撰写的缺陷处理：到货刃口有缺口，补发新刀", ["paraphrase"], """\
何先生您好：

看到照片里刃口上的小缺口，真的很抱歉，这是出厂检验没有把好关。我们已经通过亚马逊为您安排了一把新刀，原来那把不用寄回。如果您更想要退款，也可以告诉我们，我们帮您改成全额退款。

凡拓刀具 阿明""")

R("t19-093", "rewritten", "zh", ["template-required"], "改写自 zh/grit-guide（针对买家情况的自由建议）", ["paraphrase"], """\
您好！按您描述的情况，刀只是切番茄有点打滑，还没有崩口，所以不需要用粗石，直接用1000目那面磨就够了，磨完再用6000目那面轻轻带几下，刃口会更顺。400目留到以后刀口真的有缺口时再用。""")

R("t19-094", "rewritten", "zh", ["template-required"], "自由撰写：磨刀器不适用于锯齿刀和单刃刀（话题接近 zh/pull-through-sharpener）", ["paraphrase"], """\
您好，很抱歉这个问题让您困扰。我们的三段式磨刀器是为双面开刃的直刃刀设计的，锯齿面包刀放进去会把齿磨平，单刃的日式刀也会被磨出错误的角度。您的面包刀一般不需要经常磨，如果确实变钝了，可以用细的陶瓷磨棒逐个齿处理。""")

R("t19-095", "rewritten", "zh", ["template-required"], "自由撰写：砧板选择建议", [], """\
郑先生您好，

刀刃变钝得快，很可能和砧板有关。玻璃、大理石和陶瓷砧板都很硬，会很快把刃口磨圆；木质砧板（比如橡木、核桃木）或者食品级塑料砧板对刀刃友好得多。换砧板之后，刀的锋利度能保持更长时间。

凡拓刀具 小周""")

# ------------------------------------------------------------ rewritten: Traditional Chinese
R("t19-096", "rewritten", "zh", ["template-required"], "改寫自 zh-tw/handle-loosening（措辭完全不同）", ["zh-hant", "paraphrase"], """\
吳小姐 您好：

刀柄會晃動確實不正常，也有安全上的疑慮，這段時間請先別用它切東西。這種情況是製造上的問題，我們會負責換一把新的給您。方便的話，請拍一張刀柄和刀身接縫的照片給我們，我們確認後就馬上處理。

凡拓刀具 小芳""")

R("t19-097", "rewritten", "zh", ["template-required"], "自由撰寫：磨刀棒的用法", ["zh-hant"], """\
您好，磨刀棒的作用是把用久了微微捲起的刀刃扳正，而不是真正把刀磨利。建議每用兩三次就在磨刀棒上每面輕刮六到八下，角度跟平常磨刀一樣。如果刮過之後還是不夠利，就代表該用磨刀石重新磨一次了。""")

R("t19-098", "rewritten", "zh", ["template-required"], "自由撰寫：保固說明（不含標籤行）", ["zh-hant", "paraphrase"], """\
李先生 您好，您購買的磨刀器享有兩年保固，自收到商品當天起算。如果是材料或做工上的問題，例如外殼裂開或磨槽鬆脫，我們都會協助更換；但摔落造成的損壞不在保固範圍內。若需要申請，請直接回覆並附上照片。凡拓刀具 阿宏""")

R("t19-099", "rewritten", "zh", ["template-required"], "自由撰寫：碳鋼刀變色屬正常氧化", ["zh-hant"], """\
蔡先生 您好：

您說的刀面出現灰藍色的斑紋，是碳鋼接觸洋蔥、番茄等酸性食材後形成的氧化層，一般稱為包漿，不是生鏽，反而能保護刀身。如果您比較喜歡原本亮面的樣子，可以用小蘇打糊輕輕擦淡，但大多數使用者會讓它自然累積。

凡拓刀具 小芳""")

# ------------------------------------------------------------ rewritten: mixed
R("t19-100", "rewritten", "mixed", ["template-required"], "bilingual free care advice (English then Simplified Chinese)", [], """\
Hi Mei,

Please hand-wash the knife and dry it straight away; the dishwasher will dull the edge.

您好，这把刀请用手洗，洗完马上擦干，放进洗碗机会让刃口变钝。

Vantor Blade Co.""")

R("t19-101", "rewritten", "mixed", ["template-required"], "code-switched free sharpening advice", [], """\
您好，whetstone 建议先用 1000 grit 那一面，angle 保持在 15 度左右，一面磨到另一面摸得到 burr 再换面。最后用 6000 grit 轻轻 polish 几下就可以了。""")


# ------------------------------------------------------------ mixed-logistics: English
R("t19-102", "mixed-logistics", "en", ["template-required"], "tracking + free first-use tip", [], """\
Hi Naomi,

Your order 112-4408127-9931605 shipped this morning with UPS, tracking 1Z4F87A20365513390, and should reach you on Wednesday. One tip for when it arrives: wash the knife by hand before the first use and keep your fingers clear of the edge, because the factory edge is very sharp.

Best,
Daniel""")

R("t19-103", "mixed-logistics", "en", ["template-required"], "delay notice + free honing advice", [], """\
Hello Mr. Fischer, the carrier has pushed your delivery back two days because of a backlog at the sorting centre; the new estimate is Saturday. In the meantime, if your old knife is dragging, a few light passes on a honing rod will usually bring it back for a while. Sorry for the wait, Lisa""")

R("t19-104", "mixed-logistics", "en", ["template-required"], "return steps + free product advice about the stiff sharpener slots", [], """\
Hi Bianca,

If you'd still like to send the sharpener back, open Your Orders, choose Return or Replace Items and print the prepaid label; the refund follows once the carrier scans it. Before you decide, though: the slots often feel stiff for the first few uses and loosen up once the rods bed in, so it may be worth a couple more tries with very light pressure.

Regards,
Nina""")

R("t19-105", "mixed-logistics", "en", ["template-required"], "delivery confirmation + free-text neutral review request (neutral, so not review-inducement)", [], """\
Hello Greg,

Tracking shows your whetstone was delivered to your front desk on Monday at 11:40 am, so it should be waiting for you there. If you have a minute once you've used it, you're welcome to share your honest experience in a review on Amazon.

Thanks,
Omar""")

R("t19-106", "mixed-logistics", "en", ["template-required"], "order not yet shipped, cancellation as requested + free warranty remark", [], """\
Hi Mr. Adeyemi,

We have cancelled the second knife on your order as you asked, and the chef's knife will ship tomorrow as planned. Just so you know, that knife comes with our 5-year warranty against manufacturing defects, so keep hold of your order number.

Best regards,
Sofia""")

R("t19-107", "mixed-logistics", "en", ["template-required"], "customs cleared + free whetstone soaking reminder", [], """\
Hi Claire,

Good news on the customs side: your parcel was released this morning and is now with the local courier, with delivery expected tomorrow. When the stone arrives, remember to soak it for about ten minutes before the first session so it doesn't dry out mid-stroke.

Cheers,
Marco""")

R("t19-108", "mixed-logistics", "en", ["template-required"], "return refund processed + free care tip for the item the buyer kept", [], """\
Hello Dana,

We've received the paring knife you sent back and your refund has been issued through Amazon; it should appear within five business days. Since you kept the honing rod, give it a quick wipe and dry it after each use so it stays free of rust.

Kind regards,
Grace""")

R("t19-109", "mixed-logistics", "en", ["template-required"], "address update confirmed (seller caught it before dispatch) + free storage advice", [], """\
Hi Owen, the warehouse hadn't packed your order yet, so it will now go to the Maple Avenue address you confirmed in Your Orders, and it ships tomorrow. One suggestion: store the knife in its sheath or a block rather than loose in a drawer so the edge keeps its bite. Thanks, Ken""")

# ------------------------------------------------------------ mixed-logistics: Simplified Chinese
R("t19-110", "mixed-logistics", "zh", ["template-required"], "发货通知 + 自由撰写的首次使用提示", [], """\
您好，您的订单已于今天发出，物流单号1Z9E55K70345218862，预计周五送达。收到后首次使用前，建议先用温水手洗擦干；刀刃出厂时非常锋利，清洗时请注意手指。""")

R("t19-111", "mixed-logistics", "zh", ["template-required"], "延迟通知 + 自由撰写的保养建议", [], """\
冯女士您好：

承运商反馈您的包裹因中转延误，预计晚两天送达，非常抱歉。另外提醒一下，磨刀石用完后请放在通风处自然晾干，不要放在密闭的盒子里，否则容易发霉开裂。

凡拓刀具 小雪""")

R("t19-112", "mixed-logistics", "zh", ["template-required"], "退货流程 + 自由撰写的磨刀建议", [], """\
您好，如果您仍然决定退货，可以在“我的订单”中申请并打印预付退货标签，承运商扫描后就会退款。不过刀变钝其实很正常，用1000目磨刀石磨几分钟就能恢复锋利，您也可以先试一试。""")

R("t19-113", "mixed-logistics", "zh", ["template-required"], "签收确认 + 自由撰写的中性评价邀请（措辞中性，不属索评）", [], """\
吴先生您好，

物流显示您的包裹已于昨天下午签收，放在了前台。如果方便的话，欢迎您用过之后在亚马逊商品页分享真实的使用体验。

凡拓刀具 阿杰""")

# ------------------------------------------------------------ mixed-logistics: Traditional Chinese
R("t19-114", "mixed-logistics", "zh", ["template-required"], "出貨通知 + 自由撰寫的收納建議", ["zh-hant"], """\
您好，您的訂單已於今天出貨，追蹤號碼 TBA552093817004，預計後天送達。收到後建議把刀放在刀座或磁吸刀架上，不要和其他餐具一起放在抽屜裡，刀刃才不容易受損。""")

R("t19-115", "mixed-logistics", "zh", ["template-required"], "清關完成 + 自由撰寫的磨刀石浸泡提示", ["zh-hant"], """\
許先生 您好：

您的包裹已經通過海關查驗，目前交由本地物流配送，預計明天送達。磨刀石第一次使用前，請先泡水約十分鐘，直到不再冒出氣泡，磨起來會比較順手。

凡拓刀具 阿宏""")

R("t19-116", "mixed-logistics", "zh", ["template-required"], "退款完成 + 自由撰寫的保固說明", ["zh-hant"], """\
鄭小姐 您好，退回的麵包刀已經收到，退款也已透過亞馬遜退回您的原付款方式。另外補充一下，您留下的主廚刀享有五年保固，日後若出現刀柄鬆動等做工問題，隨時回覆此訊息即可。凡拓刀具 小芳""")

# ------------------------------------------------------------ mixed-logistics: mixed
R("t19-117", "mixed-logistics", "mixed", ["template-required"], "English tracking + Simplified Chinese care tip", [], """\
Hi Lin, your order shipped today with USPS, tracking 9400111899256677889900, arriving Thursday.
刀到了之后请不要放进洗碗机，手洗擦干就可以。
Vantor Blade Co.""")


# ------------------------------------------------------------ violating: English
R("t19-118", "violating", "en", ["marketing", "template-required"], "tracking reply + discount code cross-sell (free promotional sentence is non-logistics)", [], """\
Hi Trevor,

Your sharpener shipped yesterday with Amazon Logistics, tracking TBA118203947005, and should arrive on Friday. While you wait, use code EDGE15 at checkout to get 15% off our matching honing rod.

Best,
Daniel""")

R("t19-119", "violating", "en", ["off-platform-contact"], "delay notice with an e-mail address for follow-up; the e-mail sentence is still about the delivery, so no template-required (judgement call)", [], """\
Hello Ms. Park,

The carrier has delayed your parcel by two days because of a backlog at its hub, and it is now expected on Friday. If it still hasn't arrived by then, email us at orders@vantorblade.com and we will sort it out.

Regards,
Lisa""")

R("t19-120", "violating", "en", ["review-inducement", "template-required"], "free sharpening advice + asks for a five-star review", [], """\
Hi Colin,

If the knife feels dull after a few weeks, give it six light strokes per side on the 1000 side of the stone, then a few on the 6000 side, and it will bite again. If you love how it cuts now, we'd be so grateful for a 5-star review!

Cheers,
Omar""")

R("t19-121", "violating", "en", ["review-inducement", "template-required"], "en/damaged-on-arrival exact fill + added request to update an existing review", [], """\
Dear Mr. Hale, we are very sorry that your 8-inch Chef's Knife from order 113-7720418-2259036 arrived damaged. This is not the condition we want any of our knives to reach you in. We can send you a replacement free of charge, or if you would prefer, we can issue a full refund through Amazon; either way you do not need to send the damaged item back. Please reply and let us know which option you would like, and we will take care of it right away. Once the replacement is with you, would you consider updating your 1-star review? With apologies, Nina at Vantor Blade Co.""")

R("t19-122", "violating", "en", ["review-inducement", "template-required"], "en/review-request-neutral with its neutral sentence replaced by review gating (happy -> review, unhappy -> contact us first)", [], """\
Hello Sandra,

We hope your 3-Stage Pull-Through Sharpener from order 112-9917305-6643108 is working well in your kitchen. If you're happy with it, please leave us a review on Amazon; if anything isn't right, contact us first so we can fix it before you post anything.

Thank you,
Vantor Blade Co.""")

R("t19-123", "violating", "en", ["off-platform-contact"], "en/care-cleaning exact fill + signature block with website and e-mail (a signature is not a free content sentence, so no template-required)", [], """\
Hello Felix,

Thanks for asking how to look after your Vantor 6-inch Utility Knife. A few habits will keep the edge sharp and the steel clean for years:

- Wash the knife by hand with warm water and a little mild dish soap right after use.
- Dry it completely with a soft towel before storing it.
- Keep it out of the dishwasher; heat and detergent dull the edge and can loosen the handle.
- Cut on wood or plastic boards rather than glass, stone or ceramic.
- Store it in a knife block, on a magnetic strip or in its sheath, not loose in a drawer.

Kind regards,
The Vantor Blade Co. team
www.vantorblade.com | care@vantorblade.com""")

# ------------------------------------------------------------ violating: Simplified Chinese
R("t19-124", "violating", "zh", ["review-inducement", "template-required"], "物流回复 + 留评截图返现（好评返现）", [], """\
您好，您的包裹已经在派送途中，预计明天送达。收到货后如果满意，麻烦留个好评，截图发给我们，我们返您5美元。""")

R("t19-125", "violating", "zh", ["marketing", "template-required"], "延迟通知 + 店铺促销（买二送一）", [], """\
您好，因承运商中转延误，您的包裹预计晚两天送达，非常抱歉。另外，本周店铺磨刀石买二送一，欢迎顺便选购！

凡拓刀具 小雪""")

R("t19-126", "violating", "zh", ["off-platform-contact", "template-required"], "zh/warranty 精确填充 + 添加微信联系方式的保修句子", [], """\
马先生您好，

以下是您所购商品的保修信息：

订单号：114-2290815-7736104
商品：凡拓三德刀
保修期：5年（自签收之日起计算）
保修范围：材料和做工缺陷，例如刀柄开裂、铆钉松动
不在保修范围：使用不当造成的崩口或弯曲、洗碗机损坏、刃口正常磨损

如需申请保修，请直接回复本消息，附上问题描述和照片，我们会通过亚马逊为您安排换货或退款。也可以加我们的微信 vantor_kf 登记保修，处理更快。

凡拓刀具 小林""")

R("t19-127", "violating", "zh", ["review-inducement", "template-required"], "自由保养建议 + 评价分流（不满意先联系，不要给差评）", [], """\
您好，刀用完后请马上手洗擦干，不要放进洗碗机，也不要长时间泡在水里，这样刃口能保持得更久。使用中如有任何不满意，请先联系我们，不要直接给差评。""")

# ------------------------------------------------------------ violating: Traditional Chinese
R("t19-128", "violating", "zh", ["review-inducement", "template-required"], "退款完成 + 以額外補償換取刪除差評", ["zh-hant"], """\
您好，退回的商品已經收到，退款也已透過亞馬遜處理完成。如果您願意刪除之前的差評，我們可以再額外補償您 20 美元。""")

R("t19-129", "violating", "zh", ["off-platform-contact", "marketing", "template-required"], "zh-tw/gift-message 精確填充 + 引導至官網購買並提供會員折扣", ["zh-hant"], """\
高小姐 您好：

感謝您的來信。禮品訊息與禮品包裝需要在亞馬遜結帳時勾選並填寫，訂單成立後我們無法再另外加入卡片或留言。訂單 113-8804172-0051936 的出貨單上不會顯示價格，直接寄給收件人也沒有問題。

下次如需送禮，請在結帳頁面勾選「這是禮品」，並在欄位中輸入您的祝福。也歡迎直接到我們的官網 vantorblade.tw 選購，會員另享九折優惠。

祝 順心
凡拓刀具 阿宏""")

# ------------------------------------------------------------ violating: mixed
R("t19-130", "violating", "mixed", ["off-platform-contact", "marketing", "template-required"], "English free care advice + Chinese invitation to follow an Instagram account", [], """\
Hi Jun, please dry the blade right after washing and keep it out of the dishwasher.
想看更多磨刀教学视频，欢迎关注我们的Instagram @vantorblades。
Vantor Blade Co.""")


# ======================================================================
# Validation and output
# ======================================================================
PH_RE = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD_RE = re.compile(r"[A-Za-z]{3,}")


def template_regex(body):
    """Regex that matches the template with every placeholder filled by short text."""
    out, pos = [], 0
    for m in PH_RE.finditer(body):
        out.append(re.escape(body[pos:m.start()]))
        out.append(r"(.{1,60}?)")
        pos = m.end()
    out.append(re.escape(body[pos:]))
    return re.compile("".join(out), re.S)


def norm(s):
    return re.sub(r"\s+", " ", PH_RE.sub(" ", s)).strip().lower()


def check_templates(problems):
    for tid, body in TEMPLATES.items():
        where = "template %s" % tid
        if not re.fullmatch(r"(en|zh|zh-tw)/[a-z0-9-]+", tid):
            problems.append("%s: bad id (must be en|zh|zh-tw/<slug>)" % where)
        if not body.strip():
            problems.append("%s: empty" % where)
            continue
        if body.count("{{") != body.count("}}"):
            problems.append("%s: unbalanced {{ }} (%d vs %d)" % (where, body.count("{{"), body.count("}}")))
        # every {{ must open a well-formed placeholder, and nothing may nest
        stripped = PH_RE.sub("", body)
        if "{{" in stripped or "}}" in stripped:
            problems.append("%s: malformed placeholder" % where)
        if not PH_RE.search(body):
            problems.append("%s: no placeholder at all" % where)
        if not stripped.strip():
            problems.append("%s: only placeholders" % where)
    # at least two hard-wrapped templates: >=4 consecutive lines of 50-75
    # columns that end without sentence-final punctuation on some of them
    wrapped = []
    for tid, body in TEMPLATES.items():
        run, mid = 0, 0
        best = 0
        for line in body.splitlines():
            if 50 <= len(line) <= 75:
                run += 1
                if not line.rstrip().endswith((".", "?", "!", ":", "。")):
                    mid += 1
                if run >= 4 and mid >= 3:
                    best = 1
            else:
                run, mid = 0, 0
        if best:
            wrapped.append(tid)
    if len(wrapped) < 2:
        problems.append("library: fewer than two hard-wrapped templates (%s)" % wrapped)
    for d in ("en", "zh", "zh-tw"):
        if not any(t.startswith(d + "/") for t in TEMPLATES):
            problems.append("library: no template under %s/" % d)
    return wrapped


def check_records(problems):
    seen = set()
    regexes = {tid: template_regex(body.strip()) for tid, body in TEMPLATES.items()}
    for n, rec in enumerate(RECORDS, 1):
        where = "record %d (%s)" % (n, rec.get("id"))
        for f in FIELDS:
            if f not in rec:
                problems.append("%s: missing field %s" % (where, f))
        if set(rec) - set(FIELDS):
            problems.append("%s: unexpected fields %s" % (where, sorted(set(rec) - set(FIELDS))))
        rid = rec.get("id")
        if not isinstance(rid, str) or not re.fullmatch(r"t19-\d{3}", rid):
            problems.append("%s: bad id" % where)
        if rid in seen:
            problems.append("%s: duplicate id" % where)
        seen.add(rid)
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.append("%s: empty text" % where)
            continue
        if "{{" in text or "}}" in text:
            problems.append("%s: unfilled placeholder or stray braces in text" % where)
        labels, tags = rec.get("labels"), rec.get("tags")
        if not isinstance(labels, list) or any(l not in POLICIES for l in labels):
            problems.append("%s: label not a policy name: %r" % (where, labels))
            continue
        if len(set(labels)) != len(labels):
            problems.append("%s: duplicate labels" % where)
        if rec.get("lang") not in LANGS:
            problems.append("%s: bad lang %r" % (where, rec.get("lang")))
        if rec.get("context") != "reply":
            problems.append("%s: context must be 'reply'" % where)
        if not isinstance(tags, list) or not tags or tags[0] not in CATEGORIES:
            problems.append("%s: tags[0] must be a category" % where)
            continue
        if not isinstance(rec.get("note"), str) or not rec["note"].strip():
            problems.append("%s: empty note" % where)
        cat, lang = tags[0], rec.get("lang")
        # language sanity
        has_cjk = bool(CJK_RE.search(text))
        latin = len(LATIN_WORD_RE.findall(text))
        if lang == "en" and has_cjk:
            problems.append("%s: lang en but text has CJK" % where)
        if lang == "zh" and not has_cjk:
            problems.append("%s: lang zh but no CJK" % where)
        if lang == "mixed" and not (has_cjk and latin >= 5):
            problems.append("%s: lang mixed needs both scripts" % where)
        if "zh-hant" in tags and lang != "zh":
            problems.append("%s: zh-hant tag on non-zh record" % where)
        # category <-> label consistency
        if cat in ("filled-template", "logistics") and labels:
            problems.append("%s: %s must have no labels" % (where, cat))
        if cat in ("rewritten", "mixed-logistics") and labels != ["template-required"]:
            problems.append("%s: %s must be labelled exactly [template-required]" % (where, cat))
        if cat == "violating" and not (set(labels) & CONTENT_POLICIES):
            problems.append("%s: violating record without a content policy label" % where)
        # filled-template: note names the source template; exact fills must match it
        if cat == "filled-template":
            src = rec["note"].split(":", 1)[0].strip()
            if src not in TEMPLATES:
                problems.append("%s: note does not start with a template id (%r)" % (where, src))
                continue
            if ("zh-hant" in tags) != src.startswith("zh-tw/"):
                problems.append("%s: zh-hant tag does not agree with source template" % where)
            exact = "exact" in tags
            if exact == ("small-edit" in tags):
                problems.append("%s: filled-template needs exactly one of exact/small-edit" % where)
            m = regexes[src].fullmatch(text)
            if exact and not m:
                problems.append("%s: tagged exact but does not match %s" % (where, src))
            if exact and m and any(len(g.strip()) == 0 for g in m.groups()):
                problems.append("%s: a placeholder was filled with nothing" % where)
            if not exact and m:
                problems.append("%s: tagged small-edit but is an exact fill of %s" % (where, src))
    return seen


def nearest(text):
    t = norm(text)
    best = (0.0, None)
    for tid, body in TEMPLATES.items():
        r = difflib.SequenceMatcher(None, t, norm(body), autojunk=False).ratio()
        if r > best[0]:
            best = (r, tid)
    return best


def main():
    problems = []
    wrapped = check_templates(problems)
    check_records(problems)

    # write library/
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, body in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(body)
    # write replies.jsonl
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as fh:
        for rec in RECORDS:
            fh.write(json.dumps({k: rec[k] for k in FIELDS}, ensure_ascii=False) + "\n")

    # re-read what was written and check it round-trips
    n_files = 0
    for root, _, files in os.walk(lib):
        for f in files:
            if f.endswith(".txt"):
                n_files += 1
                tid = os.path.relpath(os.path.join(root, f), lib)[:-4].replace(os.sep, "/")
                with open(os.path.join(root, f), encoding="utf-8") as fh:
                    if fh.read() != TEMPLATES.get(tid):
                        problems.append("library/%s.txt: does not round-trip" % tid)
    if n_files != len(TEMPLATES):
        problems.append("library: %d files for %d templates" % (n_files, len(TEMPLATES)))
    with open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    if len(lines) != len(RECORDS):
        problems.append("replies.jsonl: %d lines for %d records" % (len(lines), len(RECORDS)))
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            problems.append("replies.jsonl line %d: %s" % (i, e))
            continue
        if list(obj) != FIELDS:
            problems.append("replies.jsonl line %d: fields %s" % (i, list(obj)))

    # summary
    from collections import Counter
    cats = Counter(r["tags"][0] for r in RECORDS)
    langs = Counter(r["lang"] + ("/hant" if "zh-hant" in r["tags"] else "") for r in RECORDS)
    print("library: %d templates (%s)" % (len(TEMPLATES), ", ".join(
        "%s %d" % (d, sum(t.startswith(d + "/") for t in TEMPLATES)) for d in ("en", "zh", "zh-tw"))))
    print("hard-wrapped templates: %s" % ", ".join(wrapped))
    print("replies: %d" % len(RECORDS))
    for c in CATEGORIES:
        sub = [r for r in RECORDS if r["tags"][0] == c]
        lc = Counter(r["lang"] + ("/hant" if "zh-hant" in r["tags"] else "") for r in sub)
        print("  %-16s %3d  %s" % (c, cats[c], dict(sorted(lc.items()))))
    print("languages: %s" % dict(sorted(langs.items())))
    print("labels: %s" % dict(Counter(l for r in RECORDS for l in r["labels"])))
    if "--similarity" in sys.argv:
        print("nearest-template similarity (difflib ratio, whitespace-normalised):")
        for c in CATEGORIES:
            vals = [nearest(r["text"])[0] for r in RECORDS if r["tags"][0] == c]
            print("  %-16s min %.2f  mean %.2f  max %.2f" % (c, min(vals), sum(vals) / len(vals), max(vals)))
        for r in RECORDS:
            s, tid = nearest(r["text"])
            print("  %s %-16s %.2f %s" % (r["id"], r["tags"][0], s, tid))

    if problems:
        print("\n%d problem(s):" % len(problems), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
