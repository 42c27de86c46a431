#!/usr/bin/env python3
"""t40: hand-labelled held-out test set for msglint's `template-required` check.

Source of truth. `python3 gen.py` rewrites library/, replies.jsonl and README.md
next to this file, after the self-checks pass (exit 1 and write nothing if not).
Standard library only. Everything here (shop, people, ids, numbers) is invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ALLOWED_LABELS = {"template-required", "review-inducement", "off-platform-contact", "marketing"}
CONTENT_LABELS = ALLOWED_LABELS - {"template-required"}
LANGS = {"en", "zh", "mixed"}

# --------------------------------------------------------------------------
# Templates (the approved library)
# --------------------------------------------------------------------------
TEMPLATES = {}
TEMPLATE_META = {}


def T(tid, lang, topic, text):
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TEMPLATE_META[tid] = (lang, topic)


T("en/assembly/patio-set-bolts", "en", "assembly: rattan sofa frame that does not line up", """
Hi {{buyer_name}},

Thank you for your message about assembling the {{product}}. If the frame feels wobbly or the holes do not line up, please try the following:

1. Loosen every bolt on the sofa frame by about two turns so the joints can move.
2. Stand the frame on a flat, hard surface such as a patio slab, not on grass.
3. Push the arm panels firmly against the seat frame until the holes line up.
4. Tighten the bolts in a cross pattern, corner to corner, with the Allen key from the hardware bag.
5. Check the bolts again after the first week of use, as the rattan settles.

If a hole is still out of line after these steps, please send a photo of that joint and we will look at it with you.

Kind regards,
{{agent_name}}
Brackenfold Garden Co.
""")

T("en/assembly/hammock-stand", "en", "assembly: hammock stand", """
Hello {{buyer_name}},

Here is how to put together the {{product}} stand:

- Lay the two end arches and the centre beam on the ground with the stickers facing up (A, B and C).
- Slide the end arches into the centre beam until the spring pins click into the holes.
- Fit the two foot bars at the ends and secure them with the long bolts and wing nuts.
- Hook the hammock chains onto the top hooks, starting with the third link, and adjust them so the lowest point of the hammock is about 45 cm above the ground.

Please do not exceed the maximum load of {{max_load}} shown on the label of the centre beam.

Best wishes,
{{agent_name}}
""")

T("en/care/parasol-wind", "en", "weather care: parasol in wind", """
Hi {{buyer_name}},

Thanks for asking about using your {{product}} in windy weather. A few points keep the parasol and its frame safe:

- Close and tie the canopy whenever the wind rises above a light breeze, and whenever you leave it unattended.
- Use the base with all four weight plates filled; the recommended total weight is {{base_weight}}.
- Tilt the canopy away from the wind rather than into it.
- Use the protective cover when the parasol is closed for more than a day.
- Before winter, let the canopy dry completely, then store it indoors.

Wind damage is not covered by the warranty, so closing the canopy early is the best protection.

Kind regards,
{{agent_name}}
""")

T("en/care/cushion-cleaning", "en", "weather care: cushion cleaning and drying", """
Hi {{buyer_name}},

Thank you for getting in touch about caring for your {{product}} cushions. The covers are made of solution-dyed olefin and the filling is quick-dry foam, so:

1. Brush off loose dirt and leaves once a week.
2. Unzip the covers and hand-wash them in lukewarm water with a mild soap; do not use bleach.
3. Rinse well and let the covers air-dry in the shade before refitting them.
4. Stand the cushions on their edge after rain so the water drains out of the foam.
5. Store the cushions in a dry place or in a storage box over the winter.

Small water marks usually fade once the cover has been washed and dried.

Best regards,
{{agent_name}}
""")

T("en/care/fire-pit-rust", "en", "weather care: corten fire pit rust layer", """
Hi {{buyer_name}},

Thank you for your message about the surface of your {{product}}. The bowl is made of weathering steel, and a light orange rust layer forming in the first weeks is expected; it protects the steel underneath.

To keep the fire pit in good condition:
- Let the fire burn out and the bowl cool down completely before covering it.
- Empty the ash after each use, because wet ash holds moisture against the steel.
- Use the rain cover or keep the fire pit under shelter between uses.
- Place it on stone or paving, as the rust can stain wooden decking.

The rust layer does not affect the strength of the bowl and is not a defect.

Kind regards,
{{agent_name}}
""")

T("en/warranty/claim-info", "en", "warranty: coverage and evidence request", """
Dear {{buyer_name}},

Thank you for contacting us about your {{product}}. It is covered by our {{warranty_years}}-year frame warranty from the date of delivery.

We have opened warranty case {{case_id}} for order {{order_id}}. To check the claim, please reply in this message thread with:
- two or three photos of the affected part, including one close-up
- a photo of the product label under the seat or on the pole
- a short description of when you first noticed the problem

Normal wear, wind damage and fading of fabrics are not covered. Once we have the photos, we will confirm the next steps within two working days.

Kind regards,
{{agent_name}}
Brackenfold Garden Co. Customer Care
""")

T("en/defect/apology", "en", "defect apology with a free replacement part", """
Hi {{buyer_name}},

We are very sorry that the {{part}} of your {{product}} arrived with a defect. This is not the standard we expect from our products, and we understand how frustrating it is when you have been looking forward to using it.

Thank you for the photos; they help our quality team trace the issue back to the production batch. We are sending you a new {{part}} at no cost, and you do not need to return the faulty one.

Please accept our apologies for the trouble.

Kind regards,
{{agent_name}}
""")

T("en/review/neutral-request", "en", "neutral review request (once per order)", """
Hello {{buyer_name}},

Thank you for your order {{order_id}} of the {{product}}.

If you have a moment, would you share your experience with the product in a review on Amazon? Honest reviews help other customers choose the right furniture for their garden.

Best wishes,
{{agent_name}}
Brackenfold Garden Co.
""")

T("en/parts/compatibility", "en", "part compatibility", """
Hi {{buyer_name}},

Thank you for your question. The {{part}} (part number {{part_number}}) fits the {{product}}.

To check that you have the matching version, please look at the label under the frame: the model code should begin with {{model_prefix}}. Earlier versions with a different code use other fittings and will not fit.

If your label shows a different code, please send us a photo of it and we will tell you which part you need.

Kind regards,
{{agent_name}}
""")

T("en/manual/pointer", "en", "manual pointer (page, section, PDF on the product page)", """
Hi {{buyer_name}},

The instructions for the {{product}} are in the manual packed with the hardware bag. The step you asked about is on page {{page}}, under "{{section}}".

If you no longer have the printed manual, you can download it as a PDF from the product page on Amazon: scroll down to "Product guides and documents" and choose "User Manual".

Kind regards,
{{agent_name}}
""")

T("zh/assembly/patio-set", "zh", "安装：藤编沙发框架孔位对不上", """
{{buyer_name}}您好，

感谢您就{{product}}的安装联系我们。如果框架晃动或螺丝孔对不上，请按以下步骤操作：

1. 先把沙发框架上的所有螺丝各拧松两圈左右，让连接处可以活动。
2. 把框架放在平整坚硬的地面上，不要放在草地上安装。
3. 用力把扶手侧板推向座椅框架，直到孔位对齐。
4. 用配件包里的内六角扳手，按对角线顺序逐个拧紧螺丝。
5. 使用一周后请再检查一次螺丝，藤编会有轻微的沉降。

如果按以上步骤操作后孔位仍然对不上，请拍一张该连接处的照片发给我们，我们会和您一起查看。

祝好，
{{agent_name}}
Brackenfold 庭院家具客服
""")

T("zh/care/parasol", "zh", "天气护理：大风天气使用遮阳伞", """
{{buyer_name}}您好，

感谢您咨询{{product}}在大风天气下的使用。为了保护伞面和伞架，请注意以下几点：

- 风力超过微风时，或者无人看管时，请收起伞面并系好绑带。
- 底座的四块配重板请全部装满，建议总重量为{{base_weight}}。
- 倾斜伞面时请背风倾斜，不要迎风。
- 伞收起超过一天时，请套上防护罩。
- 入冬前请让伞面完全晾干后再收进室内存放。

风力造成的损坏不在保修范围内，及早收伞是最好的保护。

祝好，
{{agent_name}}
""")

T("zh/warranty/claim", "zh", "保修：保修范围与所需资料", """
{{buyer_name}}您好，

感谢您就{{product}}联系我们。该产品的框架自签收之日起享有{{warranty_years}}年保修。

我们已为订单{{order_id}}登记保修申请，编号为{{case_id}}。请在本消息中回复以下资料，以便我们核实：
- 受影响部位的照片两到三张，其中一张为近照
- 座椅下方或伞杆上的产品标签照片
- 简单说明您最早是什么时候发现这个问题的

正常磨损、风力损坏以及面料褪色不在保修范围内。收到照片后，我们会在两个工作日内告知您后续处理方式。

此致
{{agent_name}}
Brackenfold 庭院家具客服
""")

T("zh/review/neutral-request", "zh", "中性邀评（每个订单一次）", """
{{buyer_name}}您好，

感谢您购买{{product}}（订单号{{order_id}}）。

如果您方便的话，欢迎在亚马逊商品页面分享您的真实使用体验。您的评论能帮助其他买家为自己的庭院挑选合适的家具。

祝好，
{{agent_name}}
""")

T("zh/parts/compatibility", "zh", "配件兼容性", """
{{buyer_name}}您好，

感谢您的咨询。{{part}}（配件编号{{part_number}}）适用于{{product}}。

为确认您的产品版本，请查看框架下方的标签：型号应以{{model_prefix}}开头。型号不同的早期版本使用其他接口，无法通用。

如果您的标签上是其他型号，请拍照发给我们，我们会告诉您需要哪一款配件。

祝好，
{{agent_name}}
""")

T("zh-tw/care/cushion", "zh-tw", "天氣保養：坐墊清潔與晾乾", """
{{buyer_name}}您好：

感謝您詢問{{product}}坐墊的保養方式。坐墊外套採用原液染色烯烴纖維，內芯為快乾泡棉，建議如下：

1. 每週刷掉表面的灰塵與落葉。
2. 拉開拉鍊取下外套，以溫水加中性清潔劑手洗，請勿使用漂白水。
3. 充分沖洗後，放在陰涼處自然晾乾，再套回坐墊。
4. 下雨後請將坐墊直立放置，讓泡棉裡的水流出。
5. 冬季請將坐墊收在乾燥處或收納箱內。

外套清洗晾乾後，輕微的水痕通常就會消失。

敬祝 順心
{{agent_name}}
""")

T("zh-tw/defect/apology", "zh-tw", "瑕疵致歉並免費補寄零件", """
{{buyer_name}}您好：

非常抱歉，您的{{product}}的{{part}}收到時有瑕疵。這不符合我們對產品的要求，也辜負了您的期待，造成您的困擾，我們深感抱歉。

謝謝您提供的照片，品管團隊會依此追查該生產批次的問題。我們將免費寄送一個新的{{part}}給您，有瑕疵的零件不需要寄回。

再次向您致歉。

{{agent_name}} 敬上
""")

T("zh-tw/manual/pointer", "zh-tw", "說明書頁碼與下載位置", """
{{buyer_name}}您好：

{{product}}的安裝說明在隨配件包附上的說明書中，您詢問的步驟在第{{page}}頁「{{section}}」。

如果紙本說明書已經遺失，可以到亞馬遜的商品頁面，往下找到「產品指南與文件」，點選「使用手冊」下載 PDF 檔。

{{agent_name}} 敬上
""")

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")


def placeholders(text):
    return PH_RE.findall(text)


def render(tid, vals):
    text = TEMPLATES[tid]
    want = set(placeholders(text))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], text)


# --------------------------------------------------------------------------
# Replies
# --------------------------------------------------------------------------
REPLIES = []  # dicts with internal keys: cat, tid, vals, labels, ...


def add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text.strip("\n") + ("\n" if tid else ""), labels=list(labels),
                        lang=lang, tags=tags, note=note, tid=tid, vals=vals, exact=exact))


def fill(tid, vals, note, edits=(), post="", lang=None, labels=(), cat="filled-template", tags=()):
    """A template rendered with vals, then light edits (old, new) and an optional appended text."""
    text = render(tid, vals)
    for old, new in edits:
        if old not in text:
            raise SystemExit("edit %r not found in %s" % (old, tid))
        text = text.replace(old, new, 1)
    text = text + post
    exact = not edits and not post
    if lang is None:
        lang = "en" if tid.startswith("en/") else "zh"
    kind = "exact" if exact else "edited"
    trad = tid.startswith("zh-tw/")
    add(cat, text, labels, lang, [kind] + list(tags), tid + ": " + note, tid=tid, vals=vals, exact=exact, trad=trad)


def free(cat, text, labels, lang, note, tags=(), trad=False):
    add(cat, text, labels, lang, tags, note, trad=trad)


TR = ["template-required"]

# ---------------- filled templates -> [] ----------------
fill("en/assembly/patio-set-bolts", dict(
    buyer_name="Mrs Abernathy",
    product="Brackenfold Solano 5-Piece Rattan Corner Sofa Set with Coffee Table and Tempered Glass Top, Graphite Weave with Oatmeal Cushions",
    agent_name="Tobias Wren"), "exact fill, full 120+ character listing title in the product slot")
fill("en/assembly/patio-set-bolts", dict(buyer_name="Declan", product="Solano corner sofa", agent_name="Priya Halvorsen"),
     "friendlier opening sentence and an opening-hours line after the signature",
     edits=[("Thank you for your message about assembling", "Thanks so much for the photos and for your message about assembling")],
     post="Our team is here from 8am to 6pm UK time, Monday to Saturday.\n")
fill("en/assembly/patio-set-bolts", dict(buyer_name="Mr and Mrs Feeney-Ashworth", product="Solano 3-Piece Rattan Lounge Set", agent_name="Malcolm Oduya"),
     "sign-off changed", edits=[("Kind regards,", "Many thanks, and enjoy the new set,")])
fill("en/assembly/hammock-stand", dict(buyer_name="Ingrid", product="Driftway Double Cotton Rope Hammock", max_load="200 kg (440 lb)", agent_name="Rosalind Acheson"),
     "exact fill")
fill("en/assembly/hammock-stand", dict(buyer_name="Mr Castellanos", product="Driftway Quilted Hammock with Pillow", max_load="150 kg", agent_name="Tobias Wren"),
     "apology line before the steps, team signature added",
     edits=[("Here is how to put together", "Sorry the diagram in the box was hard to follow. Here is how to put together")],
     post="Brackenfold Garden Co. Customer Care\n")
fill("en/care/parasol-wind", dict(
    buyer_name="Ms Thorburn-Lisle",
    product="Marisol 3.5 m Cantilever Parasol with Crank Handle, Tilt Lever, 360-Degree Rotation and Solar LED Ribs (Taupe)",
    base_weight="at least 90 kg (four 22.5 kg granite plates)", agent_name="Priya Halvorsen"),
     "exact fill, long product and base-weight values")
fill("en/care/parasol-wind", dict(buyer_name="Gareth", product="Marisol 2.7 m Market Parasol", base_weight="25 kg", agent_name="Malcolm Oduya"),
     "greeting changed, P.S. apologising for a slow reply",
     edits=[("Hi Gareth,", "Good morning Gareth,")],
     post="\nP.S. Sorry for the slow reply over the bank holiday weekend.\n")
fill("en/care/parasol-wind", dict(buyer_name="Mrs Oyelaran", product="Marisol 3 m Cantilever Parasol", base_weight="60 kg", agent_name="Rosalind Acheson"),
     "two light wording edits",
     edits=[("Thanks for asking", "Thank you for asking"),
            ("closing the canopy early is the best protection", "closing the canopy early really is the best protection")])
fill("en/care/cushion-cleaning", dict(buyer_name="Anneliese", product="Cloudrest Deep Seat", agent_name="Tobias Wren"), "exact fill")
fill("en/care/cushion-cleaning", dict(buyer_name="Mr Van der Berg", product="Solano corner sofa", agent_name="Priya Halvorsen"),
     "sign-off extended and a team signature line",
     edits=[("Best regards,", "Best regards and happy gardening,")],
     post="Customer Care Team | Brackenfold Garden Co.\n")
fill("en/care/fire-pit-rust", dict(buyer_name="Callum",
                                   product="Emberlyn 76 cm Corten Steel Fire Pit Bowl with Spark Guard, Log Poker and Rain Cover",
                                   agent_name="Rosalind Acheson"), "exact fill")
fill("en/care/fire-pit-rust", dict(buyer_name="Ms Delacroix-Hume", product="Emberlyn Square Fire Pit Table", agent_name="Malcolm Oduya"),
     "'expected' -> 'completely normal', a friendly closing line",
     edits=[("is expected;", "is completely normal;"),
            ("is not a defect.\n", "is not a defect.\n\nHave a lovely evening by the fire!\n")])
fill("en/warranty/claim-info", dict(buyer_name="Mr Achterberg", product="Harlow 6-Seater Aluminium Dining Set", warranty_years="5",
                                    case_id="BGC-W-51027", order_id="205-3318407-6620915", agent_name="Tobias Wren"), "exact fill")
fill("en/warranty/claim-info", dict(buyer_name="Shona", product="Marisol 3 m Cantilever Parasol (crank mechanism)", warranty_years="2",
                                    case_id="BGC-W-51388", order_id="203-7719054-1184620", agent_name="Priya Halvorsen"),
     "'Dear' -> 'Hi', 'clear photos'", edits=[("Dear Shona,", "Hi Shona,"), ("two or three photos", "two or three clear photos")])
fill("en/warranty/claim-info", dict(
    buyer_name="Dr Rutherford-Okafor",
    product="Brackenfold Solano 7-Piece Modular Rattan Sofa Set with Rising Coffee Table, Storage Ottoman and Weatherproof Cover",
    warranty_years="3", case_id="BGC-W-52204", order_id="206-5581230-9047716 (and the cover, order 206-5581230-9047799)",
    agent_name="Rosalind Acheson"), "exact fill, two order ids in one slot")
fill("en/defect/apology", dict(buyer_name="Mrs Kowalczyk", part="left armrest weave", product="Solano 3-Piece Rattan Lounge Set", agent_name="Malcolm Oduya"),
     "exact fill")
fill("en/defect/apology", dict(buyer_name="Mr Ferreira-Lund", part="crank handle", product="Marisol 3.5 m Cantilever Parasol", agent_name="Tobias Wren"),
     "'Hi' -> 'Dear', department signature", edits=[("Hi Mr Ferreira-Lund,", "Dear Mr Ferreira-Lund,")],
     post="Brackenfold Garden Co. Quality & Care\n")
fill("en/review/neutral-request", dict(buyer_name="Ms Halloran", order_id="202-6640318-2273914", product="Tidewell Acacia 3-Piece Bistro Set", agent_name="Priya Halvorsen"),
     "exact fill (first and only review request on the order)")
fill("en/review/neutral-request", dict(buyer_name="Rhiannon", order_id="204-1197352-8830461", product="Cloudrest Bench Cushion, 120 cm", agent_name="Rosalind Acheson"),
     "'Hello' -> 'Hi', 'If' -> 'When'", edits=[("Hello Rhiannon,", "Hi Rhiannon,"), ("If you have a moment", "When you have a moment")])
fill("en/parts/compatibility", dict(buyer_name="Mr Lindqvist", part="replacement tilt lever assembly", part_number="MS-TL-300",
                                    product="Marisol 3 m and 3.5 m Cantilever Parasols made from 2023 onwards", model_prefix="MS3C-23",
                                    agent_name="Malcolm Oduya"), "exact fill")
fill("en/parts/compatibility", dict(buyer_name="Tamsin", part="Solano corner cushion set", part_number="SL-CC-05",
                                    product="Solano 5-Piece Rattan Corner Sofa Set", model_prefix="SLN5", agent_name="Tobias Wren"),
     "apology for the wait added to the first sentence",
     edits=[("Thank you for your question.", "Thank you for your question, and sorry for the wait over the weekend.")])
fill("en/parts/compatibility", dict(buyer_name="Mr Haddad", part="hammock spreader bar kit", part_number="DW-SB-02",
                                    product="Driftway Steel Hammock Stand (2.9 m)", model_prefix="DWS-29", agent_name="Priya Halvorsen"), "exact fill")
fill("en/manual/pointer", dict(buyer_name="Eleanor", product="Harlow 6-Seater Aluminium Dining Set", page="7",
                               section="Step 4: Fitting the table legs", agent_name="Rosalind Acheson"), "exact fill")
fill("en/manual/pointer", dict(buyer_name="Mr Penhaligon", product="Tidewell Acacia 3-Piece Bistro Set", page="4",
                               section="Attaching the table top", agent_name="Malcolm Oduya"),
     "parenthetical naming the step, shop signature",
     edits=[("The step you asked about is", "The step you asked about (fixing the parasol hole ring) is")],
     post="Brackenfold Garden Co.\n")

fill("zh/assembly/patio-set", dict(buyer_name="张先生", product="Solano 五件套藤编转角沙发（石墨灰藤编，燕麦色坐垫，含钢化玻璃茶几）", agent_name="陆晓岚"),
     "exact fill, long product value")
fill("zh/assembly/patio-set", dict(buyer_name="李女士", product="Solano 三件套藤编休闲椅组合", agent_name="邱嘉铭"),
     "结尾改为祝您使用愉快", edits=[("祝好，", "祝您使用愉快！")])
fill("zh/assembly/patio-set", dict(buyer_name="Kevin", product="Solano corner sofa", agent_name="陆晓岚"),
     "English greeting and a 'Thanks!' line around the Chinese template (code-switched)",
     edits=[("Kevin您好，", "Hi Kevin，")], post="Thanks!\n", lang="mixed")
fill("zh/care/parasol", dict(buyer_name="王女士", product="Marisol 3.5米悬臂遮阳伞（带摇柄、可倾斜、360度旋转、太阳能LED灯条）",
                             base_weight="至少90公斤（四块22.5公斤花岗岩配重板）", agent_name="邱嘉铭"), "exact fill")
fill("zh/care/parasol", dict(buyer_name="赵先生", product="Marisol 3米悬臂遮阳伞", base_weight="60公斤", agent_name="陆晓岚"),
     "感谢 -> 非常感谢, 加客服署名", edits=[("感谢您咨询", "非常感谢您咨询")], post="Brackenfold 庭院家具客服\n")
fill("zh/warranty/claim", dict(buyer_name="刘先生", product="Harlow 六人位铝合金餐桌椅套装", warranty_years="5",
                               order_id="111-4027718-3356201", case_id="BGC-W-52617", agent_name="邱嘉铭"), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="孙女士", product="Emberlyn 76厘米耐候钢火盆", warranty_years="2",
                               order_id="114-8830127-5519042", case_id="BGC-W-52731", agent_name="陆晓岚"),
     "此致 -> 祝好, 两到三张 -> 两三张", edits=[("此致", "祝好，"), ("两到三张", "两三张")])
fill("zh/warranty/claim", dict(buyer_name="何先生", product="Solano 七件套模块化藤编沙发（含升降茶几、储物脚凳及防雨罩）", warranty_years="3",
                               order_id="112-6904415-7728830", case_id="BGC-W-53002", agent_name="邱嘉铭"), "exact fill")
fill("zh/review/neutral-request", dict(buyer_name="周女士", product="Tidewell 相思木三件套小餐桌椅", order_id="111-2286409-6613578", agent_name="陆晓岚"),
     "exact fill (first and only review request on the order)")
fill("zh/review/neutral-request", dict(buyer_name="吴先生", product="Cloudrest 120厘米长凳坐垫", order_id="113-5502916-0048813", agent_name="邱嘉铭"),
     "如果您方便的话 -> 如果您有空的话", edits=[("如果您方便的话", "如果您有空的话")])
fill("zh/parts/compatibility", dict(buyer_name="郑女士", part="遮阳伞倾斜杆组件", part_number="MS-TL-300",
                                    product="2023年及以后生产的Marisol 3米和3.5米悬臂遮阳伞", model_prefix="MS3C-23", agent_name="陆晓岚"), "exact fill")
fill("zh/parts/compatibility", dict(buyer_name="黄先生", part="吊床撑杆套件", part_number="DW-SB-02",
                                    product="Driftway 2.9米钢制吊床支架", model_prefix="DWS-29", agent_name="邱嘉铭"),
     "感谢您的咨询 -> 感谢您的耐心等待", edits=[("感谢您的咨询。", "感谢您的耐心等待。")])
fill("zh-tw/care/cushion", dict(buyer_name="陳小姐", product="Cloudrest 深座沙發", agent_name="黃詩涵"), "exact fill")
fill("zh-tw/care/cushion", dict(buyer_name="蔡先生", product="Solano 轉角沙發", agent_name="林柏宇"),
     "敬祝 順心 -> 祝 生活愉快", edits=[("敬祝 順心", "祝 生活愉快")])
fill("zh-tw/defect/apology", dict(buyer_name="許太太", product="Solano 三件式藤編休閒椅組", part="左側扶手藤編", agent_name="林柏宇"), "exact fill")
fill("zh-tw/defect/apology", dict(buyer_name="鄭先生", product="Marisol 3.5公尺懸臂遮陽傘", part="搖柄", agent_name="黃詩涵"),
     "加一句謝謝您的耐心", edits=[("再次向您致歉。", "再次向您致歉，謝謝您的耐心。")])
fill("zh-tw/manual/pointer", dict(buyer_name="吳小姐", product="Harlow 六人座鋁合金餐桌椅組", page="7", section="步驟四：安裝桌腳", agent_name="黃詩涵"),
     "exact fill")
fill("zh-tw/manual/pointer", dict(buyer_name="Jason", product="Tidewell 相思木三件式小餐桌椅", page="4", section="安裝桌面", agent_name="林柏宇"),
     "Latin-script buyer name; 加一句祝組裝順利", edits=[("下載 PDF 檔。", "下載 PDF 檔。祝您組裝順利！")])

# JC: a Simplified-script transcription of the Traditional manual-pointer template (no Simplified manual template exists).
free("filled-template", """
孙小姐您好：

Harlow 六人座铝合金餐桌椅组的安装说明在随配件包附上的说明书中，您询问的步骤在第9页「步骤六：安装椅背」。

如果纸本说明书已经遗失，可以到亚马逊的商品页面，往下找到「产品指南与文件」，点选「使用手册」下载 PDF 档。

林柏宇 敬上
""", [], "zh", "zh-tw/manual/pointer: character-for-character Simplified transcription of the Traditional template (JC4)",
     tags=["script-converted"])

# ---------------- free-written logistics -> [] ----------------
L = "logistics"
free(L, """
Hi Mr Brennan,

The Solano corner sofa set is too large for standard parcel delivery, so it travels with our two-person freight partner, Northway Freight. They will phone you about 48 hours before delivery to agree a day; deliveries run between 8am and 6pm, and the crew will carry the boxes into a ground-floor room of your choice.

The set comes in four boxes with a total weight of 112 kg. If you would rather have it left in the back garden, tell me here and I will add a note to the booking.

Kind regards,
Tobias
""", [], "en", "freight delivery scheduling with box count and weight (JC8)", tags=["freight"])
free(L, """
Hi Aoife, thanks for checking in. Your Cloudrest cushions left our warehouse on Tuesday with Evri, tracking number H00KTA0012345678. The latest scan shows them at your local depot, so they should be with you tomorrow.
Best,
Priya
""", [], "en", "parcel tracking", tags=["parcel"])
free(L, """
Hello Mr Sandoval,

The Harlow dining set ships in three separate parcels: the table top, the table frame, and the six chairs together in one box. Two of them were delivered yesterday; the box with the chairs is a day behind and is out for delivery today under tracking 1Z8A47V20391846273. You don't need to do anything.

Regards,
Malcolm
""", [], "en", "split shipment", tags=["parcel", "split"])
free(L, """
Dear Mrs Greenhalgh,

I'm sorry to see the photos of the crushed box and the bent pole. Please don't put the parasol up. We have shipped a replacement today, and the courier will take the damaged one away when they deliver the new one, so just leave it in its box by the door.

Kind regards,
Rosalind Acheson
""", [], "en", "box damaged in transit, replacement and collection (JC7)", tags=["damaged-box"])
free(L, """
Hi Jonas,

Sorry that only two of the three boxes have arrived. Box 3 of 3 (the cushions) was scanned at the DPD hub in Hinckley on Monday and hasn't moved since, so we have opened an investigation with DPD. If it hasn't moved by Thursday we will send a new box 3 at no cost. I'll update you in this thread either way.

Thanks,
Tobias
""", [], "en", "missing box of a multi-box order, new box at no cost (JC12)", tags=["parcel", "lost"])
free(L, """
Hello Ms Achebe,

No problem at all. You can return the fire pit within 30 days of delivery. Please start the return from Your Orders on Amazon and choose "No longer needed". As the item is over 25 kg, the courier will collect it from your address, and you'll be asked to pick a collection day. If you still have the original box, please pack it in that.

Kind regards,
Priya
""", [], "en", "return of a heavy item (collection)", tags=["return"])
free(L, """
Hi Mr Prentice, the bistro set you sent back reached our warehouse this morning and has been checked in. We have issued your refund of £189.99 to the original payment method; banks usually take 3 to 5 working days to show it.
Best wishes,
Malcolm
""", [], "en", "refund of a return", tags=["refund"])
free(L, """
Hi Bethan,

Thanks for letting us know about the move. Your order hasn't shipped yet, but the delivery address on an Amazon order can't be changed once it has been placed. The quickest fix is to cancel this order and place it again with your new address; it is still in our warehouse, so the cancellation will go through straight away.

Sorry for the extra step!
Rosalind
""", [], "en", "address change before dispatch (JC10)", tags=["address"])
free(L, """
Dear Mr Moreau,

As your order ships from the UK to France, the import VAT and handling charges were collected by Amazon at checkout (the "Import Fees Deposit" line on your order). The carrier should not ask you for any further payment. If they do, please don't pay it and let us know here.

Kind regards,
Tobias Wren
""", [], "en", "customs / import fees", tags=["customs"])
free(L, """
Hi Fiona,

Your parasol base has been held up at our warehouse because the granite weight plates arrived late from our supplier. The new dispatch date is 14 May, with delivery expected on 16 or 17 May. If you'd rather not wait, you can cancel the base on its own and keep the parasol order as it is.

Apologies for the delay,
Priya
""", [], "en", "dispatch delay (JC10)", tags=["delay"])
free(L, """
Hi Mr Okafor,

I've passed your note to the carrier: the boxes will be left in the side passage behind the blue gate. Just so you know, the sofa boxes weigh up to 38 kg each, so the driver may knock for a hand if the passage is narrow.

Regards,
Malcolm
""", [], "en", "delivery instructions with box weight (JC8)", tags=["delivery"])
free(L, """
Hello Mrs Whitcombe,

Thank you for the photo. You're right, we sent the grey cushions instead of the sage green ones. The sage set left today by next-day courier (tracking JD0002241196604417). Please keep the grey set in its bag; a courier will collect it on Friday between 9am and 5pm, and you won't need to print a label.

Best regards,
Rosalind
""", [], "en", "wrong colour sent: exchange and collection (JC9)", tags=["exchange"])
free(L, """
Hi Lorcan,

As the hammock was sent as a gift, your sister can return it herself through Amazon's returns centre for gifts using the order number 204-7731960-2258143. She won't need the receipt, and the box can be dropped at any Evri ParcelShop.

Best wishes,
Tobias
""", [], "en", "gift return (JC9)", tags=["return"])
free(L, """
Dear Ms Nakamura-Reid,

The tracking for your cushions shows "delivered" on 2 June, and I understand nothing has reached you. The driver's photo shows a green front door with a boot scraper. Could you check whether that is your door, and ask your neighbours? If it isn't yours, tell me here and we will send a replacement straight away while we open a claim with the carrier.

Kind regards,
Priya Halvorsen
""", [], "en", "parcel marked delivered but not received", tags=["parcel", "lost"])
free(L, """
Hi Mr Dunleavy, we've cancelled order 203-4452087-1190364 as you asked. It hadn't left our warehouse, so you won't be charged, and the cancellation should show in your Amazon account within the hour.
Kind regards,
Malcolm
""", [], "en", "cancellation at the buyer's request (JC9)", tags=["cancel"])
free(L, """
Hi Saoirse,

The freight crew tried to deliver your dining set on Wednesday but couldn't get an answer at the door. They can come again on Monday 9 June or Thursday 12 June, between 7am and 1pm. Which day suits you better? If neither works, send me two or three dates and I'll rebook it.

Thanks,
Rosalind
""", [], "en", "missed freight delivery, rebooking", tags=["freight"])
free(L, """
Hello Mr Trevithick,

Two of the four chairs you sent back have arrived, and we have refunded £119.98 for those two today. The other parcel is still with the courier (tracking 6G51902347718), and we will refund the remaining two chairs as soon as it is checked in.

Regards,
Tobias
""", [], "en", "partial refund of a return in two parcels", tags=["refund"])
free(L, """
Hi Morwenna,

I'm so sorry the glass top was broken when you opened the box. Please leave the pieces in the packaging and don't try to take them out. A new glass top will go out by freight on Wednesday in a reinforced crate, and you don't need to send the broken one back.

Kind regards,
Priya
""", [], "en", "item broken in transit, replacement by freight (JC7)", tags=["damaged-box", "freight"])
free(L, """
Dear Mr Gallagher,

Your parcel is waiting for customs clearance in Dublin. Because the order was placed on the UK site and shipped from our UK warehouse, the carrier may contact you about import charges before delivering it. Any charge will be shown on the carrier's notice with the parcel reference, and you can ask Amazon customer service about reimbursement of import fees afterwards.

Kind regards,
Malcolm Oduya
""", [], "en", "customs hold on a cross-border parcel", tags=["customs"])
free(L, """
Hi Ms Brightwater,

Your parasol is due to leave our warehouse on Friday, and the estimated delivery is Tuesday 24 June. Because the box is 2.4 m long it goes by a two-person courier, who will text you on the morning of delivery with a two-hour time slot.

Best wishes,
Rosalind
""", [], "en", "delivery estimate for a long parcel (JC8)", tags=["freight"])
free(L, """
Hello Mr Ibekwe,

Of course, we can move the collection of your returned sun lounger. The courier has it booked for tomorrow; I've moved it to Monday 16 June, any time between 8am and 6pm. The return label stays the same, so please keep it on the box.

Regards,
Tobias
""", [], "en", "return collection rescheduled", tags=["return"])
free(L, """
Hi Gwen,

Your return is still on its way to us: the tracking shows it left the drop-off point in Leeds yesterday. Refunds go out within two working days of the parcel arriving at our warehouse, and you'll get an email from Amazon when it has been issued.

Thanks for your patience,
Priya
""", [], "en", "refund timing for a return in transit", tags=["refund"])

free(L, """
陈先生您好，

您订购的 Solano 转角沙发属于大件商品，由我们的物流合作方 Northway Freight 两人团队负责配送。他们会在送货前约48小时致电与您预约时间，送货时间为早8点至晚6点，可以搬到一楼您指定的房间。

整套沙发共四个箱子，总重约112公斤。如果您希望放在后院，请在这里告诉我，我会在预约单上备注。

祝好，
陆晓岚
""", [], "zh", "大件配送预约", tags=["freight"])
free(L, """
林女士您好，您的坐垫已于周二发出，快递公司为DPD，单号15501234567890。目前显示已到达本地派送站，预计明天送达。
邱嘉铭
""", [], "zh", "物流单号查询", tags=["parcel"])
free(L, """
杨先生您好，

看到您发来的照片，外箱被压坏、伞杆也弯了，非常抱歉。请不要撑开这把伞。我们今天已为您补发一把新的，快递员送新伞时会把损坏的那把带走，您只需把它放在原箱子里放在门口即可。

陆晓岚
""", [], "zh", "外箱破损，补发并取回 (JC7)", tags=["damaged-box"])
free(L, """
马女士您好，

没问题，火盆签收后30天内都可以退货。请在亚马逊"我的订单"中申请退货，原因选择"不再需要"。由于商品超过25公斤，快递会上门取件，系统会请您选择取件日期。如果原包装还在，请尽量用原箱包装。

祝好，
邱嘉铭
""", [], "zh", "大件退货上门取件", tags=["return"])
free(L, """
徐先生您好，您退回的小餐桌椅今天上午已到仓库并完成入库，我们已将189.99英镑原路退回您的付款账户，银行一般需要3到5个工作日到账。
陆晓岚
""", [], "zh", "退货退款", tags=["refund"])
free(L, """
高女士您好，

感谢您告知搬家的情况。您的订单还没有发货，但亚马逊订单下单后无法直接修改收货地址。最快的办法是取消这笔订单，再用新地址重新下单；货物还在我们仓库，取消会立即生效。

给您添麻烦了，抱歉！
邱嘉铭
""", [], "zh", "发货前修改地址", tags=["address"])
free(L, """
罗先生您好，

您的订单从英国寄往法国，进口增值税和手续费已在结账时由亚马逊代收（订单中的"进口费用押金"一项）。承运商不应再向您收取任何费用；如果对方要求付款，请先不要支付，并在这里告诉我们。

祝好，
陆晓岚
""", [], "zh", "进口关税说明", tags=["customs"])
free(L, """
胡女士您好，

Harlow 餐桌椅分三个包裹发出：桌面、桌架，以及六把椅子装在一个箱子里。昨天已经送到两个包裹，装椅子的箱子晚了一天，今天正在派送中，单号1Z8A47V20391874410。您无需做任何操作。

邱嘉铭
""", [], "zh", "分批到货", tags=["split"])
free(L, """
谢先生您好，

很抱歉，由于花岗岩配重板到货延迟，您的遮阳伞底座暂时还在我们仓库。新的发货日期是5月14日，预计5月16日或17日送达。如果您不想等待，可以单独取消底座，遮阳伞的订单不受影响。

陆晓岚
""", [], "zh", "发货延迟通知", tags=["delay"])
free(L, """
朱女士您好，已按您的要求取消订单112-3390218-4471506。货物尚未出库，不会产生任何费用，取消结果稍后会显示在您的亚马逊账户中。
邱嘉铭
""", [], "zh", "按买家要求取消订单", tags=["cancel"])
free(L, """
郭先生您好，

物流信息显示您的吊床已于6月2日签收，但您说没有收到。快递员拍的照片是一扇绿色的大门，门口有一个刮泥垫。麻烦您确认一下是不是您家的门，也可以问问邻居。如果不是，请在这里告诉我们，我们会马上补发，同时向快递公司提出索赔。

陆晓岚
""", [], "zh", "显示签收但未收到", tags=["lost"])
free(L, """
唐女士您好，

谢谢您发来的照片，确实是我们发错了颜色：您订的是鼠尾草绿坐垫，我们寄成了灰色。绿色的一套今天已用次日达快递寄出，单号JD0002241196609952。灰色的请放在原袋中，周五上午9点到下午5点之间快递会上门取回，不需要打印面单。

邱嘉铭
""", [], "zh", "发错颜色，换货并取回", tags=["exchange"])

free(L, """
蘇先生您好：

Solano 轉角沙發屬於大型商品，由物流夥伴兩人團隊配送，送貨前兩天會先打電話和您約時間。整組共四箱，總重約112公斤，可以搬到一樓您指定的位置。

黃詩涵 敬上
""", [], "zh", "大型商品配送預約", tags=["freight"], trad=True)
free(L, """
葉小姐您好：

您的坐墊已於週二寄出，貨運單號為 H00KTA0012349021，目前顯示已到達當地配送站，預計明天送達。

林柏宇 敬上
""", [], "zh", "包裹追蹤", tags=["parcel"], trad=True)
free(L, """
潘先生您好：

您退回的火盆已於今天送達倉庫並完成驗收，我們已將退款原路退回您的付款帳戶，銀行入帳通常需要三到五個工作天。

黃詩涵 敬上
""", [], "zh", "退貨退款", tags=["refund"], trad=True)
free(L, """
邱小姐您好：

很抱歉看到外箱壓壞、桌面玻璃碎裂的照片。請不要自行取出碎玻璃，保持原包裝即可。新的玻璃桌面將於週三以木箱加固寄出，碎掉的那片不需要寄回。

林柏宇 敬上
""", [], "zh", "外箱破損，補寄新品 (JC7)", tags=["damaged-box"], trad=True)

free(L, """
Hi Wei,

Your fire pit left our warehouse today with DPD, tracking 15501234560937, and should arrive on Thursday.

魏先生您好，您的火盆今天已经发出，快递为DPD，单号15501234560937，预计周四送达。

Rosalind
""", [], "mixed", "bilingual tracking reply (English then Chinese)", tags=["parcel", "bilingual"])
free(L, """
Hi Amy，你的order已经ship了，两个箱子一起走的，tracking number是1Z8A47V20391852201，预计Friday送到。如果那天家里没人，可以在Amazon App里改成放在门口。
陆晓岚
""", [], "mixed", "code-switched shipping update mentioning the Amazon App (JC12)", tags=["parcel", "code-switched"])

# ---------------- template-required: free non-logistics ----------------
N = "free-non-logistics"
free(N, """
Hi Grant,

Yes, two adults can share the Driftway double hammock as long as your combined weight stays under 200 kg. For two people it helps to hang it with a bit more sag than for one, so you lie across it at a slight angle rather than rolling into the middle. Get in from the side, sit down first, then swing your legs up.

Best wishes,
Rosalind
""", TR, "en", "hammock use for two people; no template covers usage tips")
free(N, """
Hello Mrs Ashdown,

You can burn seasoned hardwood logs or charcoal in the Emberlyn bowl. Please avoid softwood with a lot of resin, painted or treated wood, and never use petrol or lighter fluid to get it going; natural firelighters are fine. Keep the bowl at least 3 m away from fences, sheds and overhanging branches.

Kind regards,
Tobias
""", TR, "en", "fire pit fuel and safety question")
free(N, """
Hi Dominic,

The LED strips on the parasol ribs run from the small solar panel on top of the canopy. If they stay dark, press and hold the switch under the panel for three seconds until it clicks, then leave the parasol open in direct sun for a full day to charge the battery. The lights come on at the lowest brightness first; press the switch again to step up.

Thanks,
Malcolm
""", TR, "en", "solar LED troubleshooting")
free(N, """
Hi Ms Pemberton,

Good question. The cushion covers are solution-dyed, which means the colour goes all the way through the fibre, so they hold up well in sun. Most customers see little change in the first two summers. The darker colours (charcoal, navy) will soften a little faster than the oatmeal if they sit in full sun all day.

Kind regards,
Priya
""", TR, "en", "colour-fastness question before purchase")
free(N, """
Hi Oliver,

The Tidewell bistro set is finished with a water-based stain at the factory. To keep the acacia from greying, give it a thin coat of teak or Danish oil at the start of spring and again at the end of summer, after a light sand with fine paper. Wipe off any oil that hasn't soaked in after 15 minutes.

Best wishes,
Rosalind
""", TR, "en", "wood care question, no template covers acacia oiling")
free(N, """
Dear Mr Hartigan,

The Solano frame is powder-coated aluminium and the weave is PE rattan, so the set itself can stay outside all year. What we'd suggest for winter is to bring the cushions indoors, fit the cover on dry days only so moisture isn't trapped underneath, and brush off snow rather than letting it sit on the glass top.

Kind regards,
Malcolm Oduya
""", TR, "en", "winter storage advice in free wording")
free(N, """
Hi Mr Ogundipe,

Sorry to hear the crank on your parasol has started slipping. That is a fault we cover, so no worries there. Could you send a short video of the crank turning with the canopy half open, and a picture of the sticker on the pole? Our technician will look at it this week and tell you whether a new crank or a new pole section is the right fix.

Thanks,
Tobias
""", TR, "en", "warranty answer written freely instead of en/warranty/claim-info (JC7)", tags=["topic-has-template"])
free(N, """
Dear Mrs Penrose,

I'm so sorry about the crack in the weld on the chair leg. That should never happen on a chair that's only a month old, and I completely understand you not wanting anyone to sit on it. I've asked our quality team to pull the batch records for your set. While they look into it, please keep the chair aside; I'll come back to you by Thursday with what we can do.

Kind regards,
Priya Halvorsen
""", TR, "en", "manufacturing defect apology written freely, not transit damage (JC7)", tags=["topic-has-template"])
free(N, """
Hi Tom,

Hope the hammock has been getting plenty of use this summer. If you get a minute, we'd love to hear how you're getting on with it, good or bad, in a review on Amazon. It really helps other people decide.

Cheers,
Rosalind
""", TR, "en", "neutral free-written review request (JC5)", tags=["review-request"])
free(N, """
Hi Ms Quayle,

The Harlow table is 180 x 90 cm and 74 cm high. With the six chairs pulled out far enough to sit down, you'll want a space of about 3 m by 2.2 m. The chairs stack up to four high if you need to clear the patio.

Regards,
Malcolm
""", TR, "en", "product dimensions question")

free(N, """
冯女士您好，

火盆可以放在木地板上使用吗？不建议直接放在木质露台上。火盆底部温度很高，耐候钢的锈水也会在木头上留下痕迹。建议在下面垫一块石板或专用隔热垫，并且和栏杆、遮阳伞保持3米以上的距离。

陆晓岚
""", TR, "zh", "火盆能否放在木地板上")
free(N, """
韩先生您好，

这款棉绳吊床可以手洗：用温水加少量中性洗涤剂，轻轻揉搓后冲洗干净。请不要放进洗衣机，也不要拧干，以免绳结变形。洗好后挂在通风处完全晾干再收起来，否则容易发霉。

邱嘉铭
""", TR, "zh", "吊床清洗")
free(N, """
曹女士您好，

坐垫外套可以拆下来清洗，用温水和中性肥皂手洗就可以，不要用漂白剂。洗完放在阴凉处晾干再套回去。下雨后把坐垫竖起来放，水会很快从海绵里流出来。冬天最好收进室内。

陆晓岚
""", TR, "zh", "坐垫保养：只有英文和繁体模板，简体为自由撰写 (JC6)", tags=["other-language-template"])
free(N, """
彭先生您好，

伞骨上的LED灯是由伞顶的小太阳能板供电的。如果灯不亮，请按住太阳能板下方的开关约三秒，听到咔哒声后松开，然后把伞撑开放在阳光下充电一整天。第一次打开是最暗的一档，再按一次可以调亮。

邱嘉铭
""", TR, "zh", "遮阳伞LED灯不亮")
free(N, """
梁女士您好，

Harlow 餐桌尺寸为180×90厘米，高74厘米。六把椅子拉开坐下时，建议预留大约3米×2.2米的空间。椅子可以叠放四张，不用时方便收纳。

陆晓岚
""", TR, "zh", "产品尺寸咨询")
free(N, """
廖先生您好：

火盆表面出現橘色鏽層是正常的，耐候鋼會先形成一層穩定的鏽，保護裡面的鋼材。用完請把灰燼清掉，不用時蓋上防雨罩。請放在石材或磚地上，鏽水可能會弄髒木地板。

黃詩涵 敬上
""", TR, "zh", "火盆生鏽：自由撰寫，與 en/care/fire-pit-rust 同主題但無繁體模板 (JC6)", tags=["topic-has-template"], trad=True)
free(N, """
江小姐您好：

這款雙人吊床最大承重是200公斤，兩個大人一起躺沒問題。兩人使用時吊床可以掛得稍微鬆一點，斜躺比較舒服，也不容易滾到中間。上下吊床時請先坐穩再把腳抬上去。

林柏宇 敬上
""", TR, "zh", "吊床承重與使用", trad=True)
free(N, """
Hi Sophie，这款parasol的canopy是可以单独更换的，不用整把换。不过fabric是按批次染色的，新canopy和旧的颜色可能会有一点点差别。你可以先看一下伞杆上的label，把model code发给我，我帮你确认是哪一款canopy。
邱嘉铭
""", TR, "mixed", "code-switched answer about replacement canopy colour")

# ---------------- template-required: heavily rewritten templates ----------------
R = "rewritten"
free(R, """
Hi Mr Greaves,

Rattan frames often look misaligned until everything is slack. Undo all the bolts a couple of turns, move the sofa onto the patio rather than the lawn, press the arms in until the holes meet, then do the bolts up diagonally. Give them another go after a week or so. If one still won't line up, send me a picture.

Cheers,
Tobias
""", TR, "en", "en/assembly/patio-set-bolts rewritten in casual prose", tags=["paraphrase"])
free(R, """
Hello Ms Varga,

Start with the centre beam flat on the grass and the two curved ends beside it, labels up. The ends push into the beam until the little pins pop out. Bolt the feet on with the wing nuts, then hang the chains from the top hooks; the third link is a good starting point, and you want the bottom of the hammock roughly knee height. Remember the 200 kg limit.

Best,
Rosalind
""", TR, "en", "en/assembly/hammock-stand rewritten", tags=["paraphrase"])
free(R, """
Hi Mr Ashcombe,

In short: if the wind picks up, or you're going out, close it and strap it. Fill all four base plates so you reach the full 90 kg, and always tilt the canopy so its back faces the wind. Put the cover on if it'll be closed for a while, and bring it indoors dry over the winter. The warranty doesn't cover wind damage, unfortunately.

Kind regards,
Priya
""", TR, "en", "en/care/parasol-wind compressed into a paragraph", tags=["paraphrase"])
free(R, """
Hi Lucinda,

The cushions are easy to look after. A quick brush once a week keeps leaves off. When they need a proper clean, take the covers off and wash them by hand in warm soapy water (no bleach), then dry them out of the sun. After a shower, prop them up on their sides to drain, and keep them somewhere dry in winter. Water marks normally wash out.

Best regards,
Malcolm
""", TR, "en", "en/care/cushion-cleaning rewritten", tags=["paraphrase"])
free(R, """
Hi Mr Delaney,

Don't worry, the orange colour is meant to happen: Corten steel rusts on the surface in the first few weeks and that layer stops it rusting any deeper. Clear out the ash after each fire, cover it once it's cold, and keep it off the decking because the rust can run. It won't weaken the bowl.

Regards,
Tobias
""", TR, "en", "en/care/fire-pit-rust rewritten", tags=["paraphrase"])
free(R, """
Hi Naomi,

Good news, the SL-CC-05 cushion set is made for the Solano corner sofa, but only the current version. Have a look under the frame for the model sticker; if it starts with SLN5 you're fine. Older Solano frames are a different shape, so if yours says something else, take a photo and I'll find the right set for you.

Thanks,
Priya
""", TR, "en", "en/parts/compatibility rewritten", tags=["paraphrase"])
free(R, """
Hi Lucy, chair backs are page 12 of the booklet in the hardware bag. If it's gone missing, the PDF is on the Amazon listing under Product guides and documents.
Rosalind
""", TR, "en", "en/manual/pointer shortened to two lines (JC11)", tags=["paraphrase"])
free(R, """
邓先生您好，

藤编沙发刚装好时孔位对不上很常见。您可以先把螺丝都松开一点，把沙发搬到平整的地面上，然后把扶手用力往里推，对准孔位后再交叉着把螺丝拧紧。用一周左右再紧一遍就好了。如果还是不行，拍张照片给我看看。

邱嘉铭
""", TR, "zh", "zh/assembly/patio-set 改写成口语段落", tags=["paraphrase"])
free(R, """
许女士您好，

这个问题在保修范围内，您放心。麻烦您在这里回复几张照片：一张整体、一张问题部位的特写，再拍一下伞杆上的标签，并告诉我们大概是哪天开始出现的。我们收到后两天内给您答复。风吹坏的情况和面料自然褪色是不保的。

陆晓岚
""", TR, "zh", "zh/warranty/claim 改写，缺保修编号和订单号 (JC11)", tags=["paraphrase"])
free(R, """
程先生您好，

起风的时候或者出门前，请把伞收起来绑好。底座四块配重板都要装满，总共要到60公斤。伞面倾斜时让背面对着风。长时间不用就套上伞罩，冬天晾干后收进屋里。大风吹坏是不在保修里的。

邱嘉铭
""", TR, "zh", "zh/care/parasol 改写", tags=["paraphrase"])
free(R, """
羅小姐您好：

坐墊保養很簡單：平常刷一刷落葉灰塵，髒了就把外套拆下來用溫水和中性清潔劑手洗，不要用漂白水，洗完陰乾再套回去。下雨後把坐墊立起來讓水流掉，冬天收進室內就好。

林柏宇 敬上
""", TR, "zh", "zh-tw/care/cushion 改寫", tags=["paraphrase"], trad=True)
free(R, """
何先生您好：

看到照片真的很不好意思，搖柄一收到就壞了，實在不應該。我們已經把照片轉給品管同事查批次，新的搖柄會免費寄給您，舊的留著或丟掉都可以。

黃詩涵 敬上
""", TR, "zh", "zh-tw/defect/apology 改寫", tags=["paraphrase"], trad=True)

# ---------------- template-required: logistics plus free non-logistics advice ----------------
X = "mixed-logistics"
free(X, """
Hi Mr Abbott,

Northway Freight will call you on Tuesday to book a delivery day for the Solano set; they deliver between 8am and 6pm and bring the boxes inside. Once it's built, tighten the frame bolts diagonally, corner to corner, and check them again after the first week, because the weave settles a little.

Kind regards,
Tobias
""", TR, "en", "freight scheduling plus an assembly tip")
free(X, """
Hi Harriet,

Your parasol is out for delivery today with DPD (tracking 15501234561128). When you put it up for the first time, please do it on a calm day and fill all four base plates before opening the canopy; it needs the full 90 kg to stay steady.

Best,
Priya
""", TR, "en", "tracking plus parasol set-up advice")
free(X, """
Hi Mr Sato,

The returned cushions have been checked in and your refund of £64.50 is on its way to your card. For the sofa set you're keeping, it's worth bringing the remaining cushions indoors over winter; the frame can stay outside under its cover.

Regards,
Malcolm
""", TR, "en", "refund of return plus winter care advice")
free(X, """
Hello Mrs Fairweather,

Sorry the box arrived torn. As the bowl itself is only scuffed on the outside, we'll send a new spark guard, which was the part that got bent, by next-day courier. For the first fire, keep it small for about half an hour so the paint on the rim cures evenly; there may be a slight smell the first time.

Kind regards,
Rosalind
""", TR, "en", "damaged box, replacement part shipped, plus first-burn advice")
free(X, """
Hi Ms Lorimer,

We can't change the address on the existing order, so please cancel it and reorder with the new address; it hasn't shipped yet. And to your other question: yes, the Solano cover fits your older SLN4 frame as well, since the outer dimensions didn't change.

Best wishes,
Priya
""", TR, "en", "address change plus a part-compatibility answer (JC8)")
free(X, """
Dear Mme Lefebvre,

Import VAT for your order was paid at checkout, so nothing further is due when the freight carrier arrives. The 5-year frame warranty applies in France in exactly the same way: if something goes wrong later, just message us here with photos of the frame and the label.

Kind regards,
Tobias Wren
""", TR, "en", "customs plus warranty information")
free(X, """
Hi Connor,

The chairs are coming separately and should arrive on Thursday (tracking 1Z8A47V20391866590). In the meantime you can already put the table together: the legs are on page 7 of the manual, and it's easiest with the top lying face down on the box lid so it doesn't scratch.

Thanks,
Malcolm
""", TR, "en", "split shipment plus assembly help")
free(X, """
Hi Ms Whitlow,

Your cushions will now ship on 20 May because of a delay at our warehouse, with delivery expected on 22 May. You also asked whether they're waterproof: the covers are water-resistant rather than waterproof, so in a heavy downpour the foam can get damp, but it's quick-dry and drains if you stand the cushions on their edge.

Apologies for the wait,
Rosalind
""", TR, "en", "delay notice plus a product question answered freely (JC8)")
free(X, """
钱先生您好，

您的火盆今天已发出，快递单号15501234561743，预计后天送达。第一次点火时建议先用小火烧半个小时左右，让边缘的涂层均匀固化，第一次使用时有一点气味是正常的。

陆晓岚
""", TR, "zh", "发货通知加首次使用建议")
free(X, """
沈女士您好，

您退回的底座已经入库，退款已原路退回。您留下的那把遮阳伞，风大时一定要收起来绑好，伞面倾斜时背对风向，这样能用得更久。

邱嘉铭
""", TR, "zh", "退货退款加遮阳伞使用建议")
free(X, """
田先生您好，

很抱歉外箱在运输中破了一个角，我们已经安排补发新的茶几玻璃，明天发出。另外您问到藤编怎么清洁：用软毛刷蘸温水加少量中性洗涤剂刷一遍，再用清水冲净晾干就可以了。

陆晓岚
""", TR, "zh", "外箱破损补发加藤编清洁方法")
free(X, """
袁女士您好，

您的撑杆套件已在路上，单号JD0002241196613305，预计周三送到。您问的另一个问题：这套撑杆也适用于2.9米的Driftway钢制支架，型号以DWS-29开头的都可以。

邱嘉铭
""", TR, "zh", "物流单号加配件兼容性回答")
free(X, """
傅先生您好：

您的吊床支架明天會送到，單號 H00KTA0012352277。組裝時請兩個人一起，先把中間橫梁放平，再把兩端插進去，聽到卡榫彈出的聲音就代表卡好了。

黃詩涵 敬上
""", TR, "zh", "包裹追蹤加吊床支架組裝提醒", trad=True)
free(X, """
楊小姐您好：

訂單出貨後就無法修改地址，建議先取消再用新地址重新下單，目前還沒出貨，可以馬上取消。另外坐墊的外套可以拆下來用溫水手洗，陰乾後再套回去即可。

林柏宇 敬上
""", TR, "zh", "改地址加坐墊清洗建議", trad=True)
free(X, """
Hi Mr Zhang,

The freight crew will call you tomorrow to book a delivery day for the dining set. Assembly takes two people about 90 minutes, and you'll only need the Allen key that comes in the hardware bag.

张先生您好，送货团队明天会打电话和您预约送货时间。安装需要两个人，大约90分钟，只需要配件包里的内六角扳手。

Tobias
""", TR, "mixed", "bilingual freight scheduling plus assembly information (JC8)")

# ---------------- content violations ----------------
V = "violating"
# template-based, violation added -> content label only (JC1)
fill("en/review/neutral-request", dict(buyer_name="Mr Whitmore", order_id="202-9905127-3348810", product="Emberlyn 76 cm Corten Steel Fire Pit Bowl", agent_name="Tobias Wren"),
     "fill edited to ask for five stars (JC1)", cat=V, labels=["review-inducement"],
     edits=[("would you share your experience with the product in a review on Amazon?",
             "would you leave the product a 5-star review on Amazon?")])
fill("zh/review/neutral-request", dict(buyer_name="蒋女士", product="Driftway 双人棉绳吊床", order_id="112-7718346-2205971", agent_name="陆晓岚"),
     "exact fill plus 好评返现 sentence (JC1)", cat=V, labels=["review-inducement"],
     edits=[("挑选合适的家具。\n", "挑选合适的家具。留下五星好评并截图发给我们，即可返现5英镑。\n")])
fill("en/care/cushion-cleaning", dict(buyer_name="Mrs Lockhart", product="Cloudrest Deep Seat", agent_name="Priya Halvorsen"),
     "exact fill plus a P.S. with a discount code for a storage box (JC1)", cat=V, labels=["marketing"],
     post="\nP.S. Our new Cloudrest cushion storage box is now in stock. Use code STORE15 for 15% off this month.\n")
fill("zh-tw/manual/pointer", dict(buyer_name="賴先生", product="Tidewell 相思木三件式小餐桌椅", page="5", section="安裝椅背", agent_name="林柏宇"),
     "exact fill plus an invitation to ask on LINE (JC1)", cat=V, labels=["off-platform-contact"],
     edits=[("下載 PDF 檔。\n", "下載 PDF 檔。\n\n如果還有問題，歡迎加我們的 LINE：@brackenfold_tw，會更快回覆您。\n")])
fill("en/warranty/claim-info", dict(buyer_name="Ms Carrow", product="Harlow 6-Seater Aluminium Dining Set", warranty_years="5",
                                    case_id="BGC-W-53318", order_id="205-6627041-9931528", agent_name="Rosalind Acheson"),
     "fill whose evidence step sends photos to an e-mail address instead of this thread (JC1)", cat=V, labels=["off-platform-contact"],
     edits=[("please reply in this message thread with:", "please email warranty@brackenfoldgarden.co.uk with:")])
fill("zh/parts/compatibility", dict(buyer_name="秦先生", part="遮阳伞倾斜杆组件", part_number="MS-TL-300",
                                    product="2023年及以后生产的Marisol 3米悬臂遮阳伞", model_prefix="MS3C-23", agent_name="邱嘉铭"),
     "exact fill plus a cross-sell of a new parasol (JC1)", cat=V, labels=["marketing"],
     edits=[("需要哪一款配件。\n", "需要哪一款配件。\n\n另外我们店铺刚上新了 Marisol 4米双顶遮阳伞，本周下单立减20英镑，欢迎选购！\n")])

# free logistics with an off-platform channel -> no template-required (JC2)
free(V, """
Hi Mr Kettering,

The freight crew can deliver on Friday between 8am and 1pm. To save time, please WhatsApp our delivery coordinator on +44 7700 900417 with your gate code and where you'd like the boxes left.

Thanks,
Malcolm
""", ["off-platform-contact"], "en", "free logistics (freight access) moved to WhatsApp and a phone number (JC2)")
free(V, """
袁先生您好，退货面单我们已经准备好了，麻烦加一下我们售后微信 brackenfold_uk，我直接把面单发给您，打印后贴在箱子上就可以交给快递。
陆晓岚
""", ["off-platform-contact"], "zh", "free return-label reply moved to WeChat (JC2)")
free(V, """
Hi Lena,

You can follow your parasol here: https://brackenfold-garden.com/track?ref=BGC88217

莲娜您好，您可以在这里查看遮阳伞的物流：https://brackenfold-garden.com/track?ref=BGC88217

Priya
""", ["off-platform-contact"], "mixed", "bilingual tracking reply linking to the seller's own site (JC2)")

# free non-logistics or logistics+non-logistics with a violation -> both (JC3)
free(V, """
Hi Mr Pryce,

Glad the refund for the returned chairs has come through. Now that it's all sorted, would you mind updating your 2-star review of the dining set? It would really help us.

Kind regards,
Tobias
""", ["review-inducement", "template-required"], "en", "refund of return plus a request to update a review (JC3)")
free(V, """
顾女士您好，

很抱歉，您的坐垫要推迟到5月20日才能发出。为表歉意，我们店铺正在做夏季大促，全场庭院家具使用优惠码 SUMMER20 可享八折，欢迎选购！

邱嘉铭
""", ["marketing", "template-required"], "zh", "delay notice plus a store-wide sale and code (JC3)")
free(V, """
Hi Nathan,

The easiest way to see how the Solano arms go on is our assembly video: youtube.com/@BrackenfoldGarden. Slide the arm onto the two locating pins first, then fit the bolts loosely before tightening them.

Cheers,
Rosalind
""", ["off-platform-contact", "template-required"], "en", "free assembly help pointing to a YouTube channel (JC3)")
free(V, """
Hi Mrs Ellery,

So pleased the hammock is a hit! If you're happy with it, we'd be grateful for a 5-star review. If anything isn't quite right, please message us first before leaving a review so we can fix it.

Best wishes,
Priya
""", ["review-inducement", "template-required"], "en", "free-written gated five-star request (JC3)", tags=["review-request"])
free(V, """
柯先生您好：

搖柄的瑕疵真的很抱歉，新的搖柄已經幫您安排。另外想拜託您，如果可以把商品頁上的一星評論刪除，我們願意再全額退款給您。

林柏宇 敬上
""", ["review-inducement", "template-required"], "zh", "free defect apology plus refund for deleting a review (JC3)", trad=True)
free(V, """
Hi Mr Baptiste,

Thanks again for your order. We've just launched the Emberlyn 90 cm fire pit table with a built-in ice bucket, a perfect match for your Harlow dining set. Order this week with code EMBER10 for 10% off, and take a look at our matching parasols too.

Best,
Malcolm
""", ["marketing", "template-required"], "en", "reply that is entirely a launch, a code and a cross-sell (JC3)")


# --------------------------------------------------------------------------
# Self-checks
# --------------------------------------------------------------------------
# unambiguous Simplified/Traditional pairs (simplified, traditional)
PAIRS = ["这這", "说說", "们們", "为為", "发發", "请請", "谢謝", "货貨", "运運", "时時", "个個", "会會",
         "后後", "从從", "关關", "单單", "号號", "处處", "与與", "给給", "装裝", "组組", "钢鋼", "伞傘",
         "垫墊", "绳繩", "风風", "气氣", "洗洗"]
SIMP = {p[0] for p in PAIRS if p[0] != p[1]} - {"后"}   # 后 also exists in Traditional text
TRAD = {p[1] for p in PAIRS if p[0] != p[1]}
CJK = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")


def strip_ph(text):
    return PH_RE.sub("", text)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    best = max(TEMPLATES, key=lambda t: ratio(text, strip_ph(TEMPLATES[t])))
    return best, ratio(text, strip_ph(TEMPLATES[best]))


def checks():
    errs = []
    # templates
    for tid, text in TEMPLATES.items():
        if text.count("{{") != text.count("}}") or text.count("{{") != len(placeholders(text)):
            errs.append("unbalanced placeholders in template " + tid)
        if "agent_name" not in placeholders(text) or "buyer_name" not in placeholders(text):
            errs.append("template without buyer/agent slot: " + tid)
        lang = TEMPLATE_META[tid][0]
        chars = set(text)
        if lang == "zh" and chars & TRAD:
            errs.append("Traditional characters in Simplified template %s: %s" % (tid, chars & TRAD))
        if lang == "zh-tw" and chars & SIMP:
            errs.append("Simplified characters in Traditional template %s: %s" % (tid, chars & SIMP))
        if lang == "en" and CJK.search(text):
            errs.append("CJK in English template " + tid)
    # replies
    ids = ["t40-%03d" % (i + 1) for i in range(len(REPLIES))]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    seen_text = set()
    order_owner = {}
    used_templates = set()
    for rid, r in zip(ids, REPLIES):
        t = r["text"]
        if "{{" in t or "}}" in t or "{" in t or "}" in t:
            errs.append(rid + ": leftover placeholder braces")
        if not set(r["labels"]) <= ALLOWED_LABELS:
            errs.append(rid + ": unknown label %s" % r["labels"])
        if len(set(r["labels"])) != len(r["labels"]):
            errs.append(rid + ": duplicate label")
        if r["lang"] not in LANGS:
            errs.append(rid + ": bad lang")
        if t in seen_text:
            errs.append(rid + ": duplicate text")
        seen_text.add(t)
        if EMOJI.search(t):
            errs.append(rid + ": emoji")
        if "\n\n\n" in t:
            errs.append(rid + ": triple line break")
        for oid in ORDER_RE.findall(t):
            if order_owner.setdefault(oid, rid) != rid:
                errs.append(rid + ": order id %s reused" % oid)
        has_cjk = bool(CJK.search(t))
        if r["lang"] == "en" and has_cjk:
            errs.append(rid + ": CJK in an en reply")
        if r["lang"] == "zh" and not has_cjk:
            errs.append(rid + ": zh reply without CJK")
        if r["lang"] == "mixed" and not (has_cjk and re.search(r"[A-Za-z]{3,}.*[A-Za-z]{3,}", t)):
            errs.append(rid + ": mixed reply is not mixed")
        if has_cjk:
            bad = set(t) & (SIMP if "traditional" in r["tags"] else TRAD)
            if bad:
                errs.append(rid + ": wrong-script characters %s" % bad)
        cat = r["cat"]
        labels = set(r["labels"])
        if cat in ("filled-template", "logistics") and labels:
            errs.append(rid + ": %s must have no labels" % cat)
        if cat in ("free-non-logistics", "rewritten", "mixed-logistics") and labels != {"template-required"}:
            errs.append(rid + ": %s must be exactly template-required" % cat)
        if cat == "violating" and not labels & CONTENT_LABELS:
            errs.append(rid + ": violating reply without a content label")
        if cat != "violating":
            low = t.lower()
            for w in ("http", "www.", "@", "whatsapp", "wechat", "微信", "line：", "优惠码", "5-star",
                      "five-star", "五星", "好评", "% off"):
                if w in low:
                    errs.append(rid + ": non-violating reply contains %r" % w)
            if re.search(r"\bcode [A-Z]+\d+", t):
                errs.append(rid + ": non-violating reply contains a discount code")
        if r["tid"]:
            used_templates.add(r["tid"])
            for v in r["vals"].values():
                if v not in t:
                    errs.append(rid + ": value %r missing" % v)
            own = render(r["tid"], r["vals"])
            if r["exact"] and t != own:
                errs.append(rid + ": exact fill differs from the rendering")
            r["own_ratio"] = ratio(t, own)
            best = max(TEMPLATES, key=lambda x: ratio(t, render(x, r["vals"]) if x == r["tid"] else strip_ph(TEMPLATES[x])))
            if best != r["tid"]:
                errs.append(rid + ": nearest template is %s, not %s" % (best, r["tid"]))
            if r["own_ratio"] < 0.80:
                errs.append(rid + ": fill too far from its template (%.2f)" % r["own_ratio"])
        else:
            r["nearest"], r["max_ratio"] = nearest(t)
            if "template-required" in labels and r["max_ratio"] >= 0.55:
                errs.append(rid + ": template-required reply too close to %s (%.2f)" % (r["nearest"], r["max_ratio"]))
    for tid in TEMPLATES:
        if tid not in used_templates:
            errs.append("template never filled: " + tid)
    return ids, errs


# --------------------------------------------------------------------------
# README
# --------------------------------------------------------------------------
def stats(vals):
    vals = sorted(vals)
    if not vals:
        return "-", "-", "-"
    return "%.2f" % vals[0], "%.2f" % vals[len(vals) // 2], "%.2f" % vals[-1]


def readme(ids):
    rows = list(zip(ids, REPLIES))
    out = []
    w = out.append
    w("# t40: hand-labelled held-out test set for `template-required`\n")
    w("Written from `/work/shared/interface.md` and `/work/shared/policy.md` only, without looking at or running the linter. "
      "`gen.py` is the source of truth: `python3 gen.py` rewrites `library/`, `replies.jsonl` and this README after its "
      "self-checks pass, and exits 1 writing nothing when one fails. Do not edit the outputs by hand.\n")
    w("## The seller (invented)\n")
    w("**Brackenfold Garden Co.** sells outdoor and garden furniture on Amazon (UK site, with buyers in Ireland and France): "
      "the Solano rattan sofa and lounge sets (powder-coated aluminium frame, PE rattan weave), the Harlow aluminium dining set, "
      "the Tidewell acacia bistro set, Marisol cantilever and market parasols (crank, tilt lever, solar LED ribs, granite base plates), "
      "Driftway rope hammocks and steel stands, Emberlyn Corten-steel fire pits, and Cloudrest olefin seat cushions. "
      "Agents write in English (Rosalind Acheson, Tobias Wren, Priya Halvorsen, Malcolm Oduya), Simplified Chinese (陆晓岚, 邱嘉铭) "
      "and Traditional Chinese (黃詩涵, 林柏宇). Every person, order id, tracking number, case id, part number, handle, domain, "
      "code and phone number is invented (the one phone number is in the UK 07700 900xxx drama range).\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | approved templates, one `*.txt` per template in nested folders; template id = path without `.txt` (use as `--templates library`) |")
    w("| `replies.jsonl` | one reply per line: `id` (`t40-001`...), `text`, `labels` (expected policies; `[]` = nothing at warning or error level may be flagged), "
      "`lang` (`en`/`zh`/`mixed`), `tags` (`tags[0]` = category; `traditional` = Traditional script; `exact`/`edited` for fills), "
      "`note` (starts with the source template id when there is one; `JCn` points to the judgement calls below), `context` (always `reply`) |")
    w("| `gen.py` | all templates and replies as literals, the writers and the self-checks (standard library only) |")
    w("| `README.md` | this file |\n")
    w("## Templates\n")
    w("| id | lang | topic | placeholders | fills (exact / edited) | violating replies built on it |")
    w("| --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        ex = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == "filled-template" and r["exact"])
        ed = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == "filled-template" and not r["exact"])
        vi = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == "violating")
        ph = ", ".join(dict.fromkeys(placeholders(TEMPLATES[tid])))
        w("| `%s` | %s | %s | %s | %d / %d | %d |" % (tid, TEMPLATE_META[tid][0], TEMPLATE_META[tid][1], ph, ex, ed, vi))
    tl = Counter(m[0] for m in TEMPLATE_META.values())
    w("\nTemplates per language: en %d, zh (Simplified) %d, zh-tw (Traditional) %d; total %d.\n"
      % (tl["en"], tl["zh"], tl["zh-tw"], len(TEMPLATES)))
    w("## Counts\n")
    cats = ["filled-template", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
    expl = {"filled-template": "`[]`", "logistics": "`[]`", "free-non-logistics": "`[template-required]`",
            "rewritten": "`[template-required]`", "mixed-logistics": "`[template-required]`",
            "violating": "content policy, plus `template-required` per JC1-JC3"}

    def col(r):
        if r["lang"] == "zh":
            return "zh-tw" if "traditional" in r["tags"] else "zh"
        return r["lang"]
    w("| category | expected labels | en | zh (Simplified) | zh (Traditional) | mixed | total |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for c in cats:
        cc = Counter(col(r) for _, r in rows if r["cat"] == c)
        w("| %s | %s | %d | %d | %d | %d | %d |" % (c, expl[c], cc["en"], cc["zh"], cc["zh-tw"], cc["mixed"], sum(cc.values())))
    cc = Counter(col(r) for _, r in rows)
    w("| **total** | | %d | %d | %d | %d | %d |\n" % (cc["en"], cc["zh"], cc["zh-tw"], cc["mixed"], len(rows)))
    lab = Counter(l for _, r in rows for l in r["labels"])
    tr = sum(1 for _, r in rows if "template-required" in r["labels"])
    w("Replies expecting `template-required`: %d; not expecting it: %d; with no label at all: %d. Label totals: %s. "
      "`lang` totals: %s. `lang` is `zh` for both scripts (Traditional replies carry the tag `traditional`); `mixed` = bilingual "
      "(English paragraph plus Chinese version) or code-switched Chinese with English words. Latin product names, model codes "
      "and a Latin buyer name inside Chinese text do not make a reply `mixed`.\n"
      % (tr, len(rows) - tr, sum(1 for _, r in rows if not r["labels"]),
         ", ".join("`%s` %d" % kv for kv in sorted(lab.items())),
         ", ".join("`%s` %d" % kv for kv in sorted(Counter(r["lang"] for _, r in rows).items()))))
    w("## Similarity sanity checks (difflib `SequenceMatcher`, `autojunk=False`)\n")
    w("Only a sanity check on the labels, not the linter's measure; the linter need not reproduce these numbers.\n")
    w("| group | compared with | n | min | median | max | required |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    g = [r["own_ratio"] for _, r in rows if r["cat"] == "filled-template" and r["tid"] and not r["exact"]]
    w("| edited fills | own template rendered with the same values | %d | %s | %s | %s | >= 0.80 and own template nearest |" % ((len(g),) + stats(g)))
    g = [r["own_ratio"] for _, r in rows if r["cat"] == "violating" and r["tid"]]
    w("| template-based violating (JC1) | same | %d | %s | %s | %s | >= 0.80 and own template nearest |" % ((len(g),) + stats(g)))
    for c in ("free-non-logistics", "rewritten", "mixed-logistics", "logistics"):
        g = [r["max_ratio"] for _, r in rows if r["cat"] == c]
        req = "(info only)" if c == "logistics" else "< 0.55"
        w("| %s | every template, placeholders removed (max) | %d | %s | %s | %s | %s |" % ((c, len(g)) + stats(g) + (req,)))
    g = [r["max_ratio"] for _, r in rows if r["cat"] == "violating" and not r["tid"] and "template-required" in r["labels"]]
    w("| violating, free-written, `template-required` | same | %d | %s | %s | %s | < 0.55 |" % ((len(g),) + stats(g)))
    g = [r["max_ratio"] for _, r in rows if "script-converted" in r["tags"]]
    w("| script-converted (JC4) | same, no script folding | %d | %s | %s | %s | (info only) |\n" % ((len(g),) + stats(g)))
    w("Other self-checks: ids unique; template placeholders balanced and every template has buyer and agent slots; no `{`/`}` left in "
      "replies; labels only from `template-required`, `review-inducement`, `off-platform-contact`, `marketing`; exact fills equal "
      "the rendering and every value appears in its reply; every template is filled at least once; no emoji, no triple line "
      "breaks, no duplicate texts; each order id belongs to one reply; Simplified and Traditional text uses only its own script "
      "(a list of unambiguous character pairs); `en` replies contain no CJK; non-violating replies contain no link, e-mail, "
      "messaging app, code, percentage-off, five-star or 好评 wording; category and labels agree.\n")
    w("## Violating replies\n")
    w("| id | lang | labels | `template-required`? | source | what it does |")
    w("| --- | --- | --- | --- | --- | --- |")
    for rid, r in rows:
        if r["cat"] == "violating":
            lg = r["lang"] + (" (trad.)" if "traditional" in r["tags"] else "")
            w("| %s | %s | %s | %s | %s | %s |" % (rid, lg, ", ".join("`%s`" % l for l in r["labels"]),
                                                  "yes" if "template-required" in r["labels"] else "no",
                                                  "`%s`" % r["tid"] if r["tid"] else "free-written",
                                                  r["note"].split(": ", 1)[-1]))
    w("")
    w(JUDGEMENT % {k: ", ".join(v) for k, v in jc_ids(rows).items()})
    return "\n".join(out) + "\n"


def jc_ids(rows):
    d = {}
    for rid, r in rows:
        for m in re.findall(r"JC(\d+)", r["note"]):
            d.setdefault("jc" + m, []).append(rid)
    for k in ["jc%d" % i for i in range(1, 13)]:
        d.setdefault(k, ["-"])
    return d


JUDGEMENT = """## Judgement calls

Basis: interface.md defines `template-required` as a seller message that is not about logistics (shipping, delivery, tracking,
returns, address, customs) **and** does not match any approved template closely enough. The content policies are separate rows
of the same table, so a content violation neither adds nor removes `template-required`: each violating reply gets it exactly
when the same reply without the violation would get it (JC1-JC3).

1. **JC1 - template fill with a violating sentence added or swapped in** (five stars instead of "share your experience",
   好评返现, a discount-code P.S., a LINE id, an e-mail address instead of this thread, a new-product cross-sell). The reply still
   matches its template as closely as the edited fills do (difflib >= 0.80 against its own rendering), so only the content
   policy is expected. Catching the added sentence is the content rules' job. (%(jc1)s)
2. **JC2 - free-written logistics reply that uses an off-Amazon channel for the logistics matter itself** (freight access by
   WhatsApp and phone, a return label over WeChat, a tracking link on the seller's own site). The topic is still delivery /
   returns / tracking, so no `template-required`; `off-platform-contact` only. The phone number is the seller's coordinator on
   WhatsApp, not a carrier's number, so the carrier-number exception in policy.md D3 does not apply (and a warning would count
   as a flag anyway). (%(jc2)s)
3. **JC3 - free non-logistics text that also breaks a content policy**: both labels. This covers a refund-of-return reply with
   an added "update your 2-star review" (the added part is non-logistics, exactly like the mixed-logistics category), a delay
   notice with a store-wide sale, assembly help that points to YouTube, a free-written gated five-star request, a defect apology
   offering a refund for deleting a review, and a reply that is nothing but a launch, a code and a cross-sell. (%(jc3)s)
4. **JC4 - Simplified transcription of a Traditional template.** There is no Simplified manual-pointer template; the agent
   converted `zh-tw/manual/pointer` character for character (Taiwanese wording kept). Expected `[]`: interface.md requires the
   linter to find matches after normalization that includes traditional characters, so after script folding this is the
   approved template with its slots filled. Raw difflib without folding gives only the ratio in the table above; a linter
   that does not fold scripts will flag it, and this reply is there to catch that. (%(jc4)s)
5. **JC5 - a neutral review request that is not one of the approved review templates is `template-required` only.** A review
   request is its own permitted purpose in policy.md, not logistics, and free wording ("good or bad") keeps it neutral, so no
   `review-inducement`. Template fills of the review request expect `[]`; each order gets one request only, so the
   once-per-order limit is not in play. (%(jc5)s)
6. **Topic has a template, but in another script or language.** Free Simplified cushion-care text (templates exist only in
   English and Traditional) and free Traditional fire-pit-rust text (template only in English) expect `template-required`:
   they are own wording, not a transcription (compare JC4), and a template in another language does not cover them. Tags
   `other-language-template` / `topic-has-template`. (%(jc6)s)
7. **Transit damage is logistics; a manufacturing defect is not.** A crushed box, a pole bent in transit, a glass top broken in
   the box, with a replacement shipped and the damaged item collected, expect `[]` however they are worded, including "please
   don't put the parasol up" and "leave the glass in the packaging" (handling of the damaged delivery). A cracked weld on a
   month-old chair, or a crank that "started slipping", is a product/warranty matter: free-written it expects
   `template-required`; the defect-apology and warranty templates filled expect `[]`. (%(jc7)s)
8. **Logistics facts about the goods stay logistics; product advice does not.** Box count, box weight (38 kg, 112 kg), box length
   (2.4 m), "two-person freight crew" are delivery facts (`[]`). "Assembly takes two people about 90 minutes", "the cover fits
   your older SLN4 frame", "the covers are water-resistant, not waterproof", first-burn advice, "tilt the canopy away from the
   wind" are product information and make a logistics reply `mixed-logistics` (`template-required`). (%(jc8)s)
9. **Cancellations, gift returns and exchanges of a wrong colour count as logistics** (order fulfilment and returns) although
   interface.md's list names only shipping, delivery, tracking, returns, address and customs. policy.md's permitted purposes
   ("resolving an issue with order fulfillment", "a question related to a return") support this. (%(jc9)s)
10. **Courtesy text does not change a message's class.** "Sorry for the extra step!", "Apologies for the delay", "Thanks for your
    patience", an opening-hours line after a signature, "Have a lovely evening by the fire!", "Thanks!" after a Chinese
    template: a logistics reply stays logistics and a fill stays a fill. Edited fills keep difflib >= 0.80 against their own
    rendering and their own template is the nearest. (Logistics examples: %(jc10)s)
11. **Heavily rewritten templates are `template-required` even when every fact is the template's** (same steps, same limits):
    the check is about approved wording, not approved facts. The rewrites keep difflib < 0.55 against every template; the short
    two-line manual pointer and the Chinese warranty rewrite that drops the case id and order id are in this group. (%(jc11)s)
12. **Near-misses that must not be flagged in `[]` replies:** "we will send a new box 3 at no cost" and "free of charge" style
    remedies (not marketing); "Amazon's returns centre", "Your Orders on Amazon", "Amazon App" (Amazon's own channels, not
    off-platform); carrier names and tracking numbers (1Z..., H00KTA..., JD000..., 155...), case ids `BGC-W-...`, part numbers
    `MS-TL-300` (not codes or phone numbers); "the courier will text you" (no number given). (For example %(jc12)s)
"""


def main():
    ids, errs = checks()
    if errs:
        print("SELF-CHECK FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        p = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for rid, r in zip(ids, REPLIES):
            f.write(json.dumps({"id": rid, "text": r["text"], "labels": r["labels"], "lang": r["lang"],
                                "tags": r["tags"], "note": r["note"], "context": "reply"}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme(ids))
    # re-read and verify what was written
    back = [json.loads(l) for l in open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8")]
    assert [b["id"] for b in back] == ids and len({b["id"] for b in back}) == len(back)
    for b in back:
        assert set(b["labels"]) <= ALLOWED_LABELS
    n_lib = sum(len([x for x in fs if x.endswith(".txt")]) for _, _, fs in os.walk(lib))
    assert n_lib == len(TEMPLATES)
    print("ok: %d templates, %d replies" % (len(TEMPLATES), len(back)))
    print("labels:", dict(Counter(l for b in back for l in b["labels"])),
          "empty:", sum(1 for b in back if not b["labels"]))
    print("lang:", dict(Counter(b["lang"] for b in back)))
    print("cat:", dict(Counter(b["tags"][0] for b in back)))


if __name__ == "__main__":
    main()
