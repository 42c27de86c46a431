#!/usr/bin/env python3
"""t41: hand-labelled held-out test set for msglint's `template-required` policy.

This file is the source of truth. `python3 gen.py` runs the self-checks and, only
if all of them pass, rewrites library/, replies.jsonl and README.md next to it
(exit status 1 and nothing written otherwise). Standard library only.
The shop, its people, products, order ids, tracking numbers, case ids, part
numbers, handles, domains, codes and phone numbers are all invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t41"
TR = ["template-required"]
ALLOWED_LABELS = {"template-required", "review-inducement", "off-platform-contact", "marketing"}
CONTENT_LABELS = ALLOWED_LABELS - {"template-required"}
LANGS = {"en", "zh", "mixed"}

F = "filled-template"
L = "logistics"
N = "free-non-logistics"
P = "template-plus-extra"
V = "violating"
CATS = [F, L, N, P, V]

# ==========================================================================
# Approved template library
# ==========================================================================
TEMPLATES = {}
TEMPLATE_META = {}


def T(tid, lang, topic, text):
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TEMPLATE_META[tid] = (lang, topic)


# ---------------- English (11) ----------------
T("en/care/descaling-espresso", "en", "descaling an espresso machine", """
Hi {{buyer_name}},

Thanks for asking about descaling your {{product}}. Scale from hard water slows the pump and lowers the brewing temperature, so we recommend descaling every {{interval}}, or sooner when the DESCALE light comes on.

1. Empty the drip tray and remove the portafilter.
2. Dissolve one sachet of citric-acid descaler in 34 oz (1 liter) of cool water and pour it into the tank.
3. Hold the steam and hot-water buttons together for three seconds to start the descaling cycle.
4. Let half of the solution run through the group head and the other half through the steam wand.
5. Rinse the tank and run two full tanks of fresh water through the machine before making coffee again.

Please do not use vinegar, as it can damage the seals in the boiler.

All the best,
{{agent_name}}
Hearthmill Coffee & Kitchen
""")

T("en/care/descaling-kettle", "en", "descaling a kettle (limescale flakes)", """
Hello {{buyer_name}},

White flakes or a chalky film inside your {{product}} are limescale from the water, not a fault with the kettle. To remove them:

- Fill the kettle halfway with equal parts water and white vinegar, or dissolve two tablespoons of citric acid in water up to the MAX line.
- Bring it to a boil, switch it off and leave it to stand for 30 minutes.
- Pour the solution away, wipe the inside with a soft cloth, and boil and discard fresh water twice.
- Rinse the mesh filter in the spout under the tap.

In hard-water areas, a quick descale once a month keeps the kettle heating quickly and quietly.

Kind regards,
{{agent_name}}
""")

T("en/grind/espresso-settings", "en", "grind settings: dialling in espresso", """
Hi {{buyer_name}},

Thank you for your question about grind settings on the {{product}}. For espresso, start at setting {{start_setting}} and adjust from there:

- A double shot should take about 25 to 30 seconds to pour roughly 36 g of espresso from 18 g of ground coffee.
- If the shot runs faster and tastes sour or thin, move two steps finer (a lower number).
- If it runs slower and tastes bitter, or the machine struggles, move two steps coarser (a higher number).
- Change the setting only while the grinder is running, so the burrs do not jam.

Fresh beans roasted within the last four weeks give the most consistent results.

Best regards,
{{agent_name}}
""")

T("en/grind/brew-method-chart", "en", "grind settings: chart for other brew methods", """
Hi {{buyer_name}},

Here are the starting points we suggest for the {{product}} with other brewing methods:

Pour-over (cone dripper): settings 18 to 22
Automatic drip coffee maker: settings 22 to 26
AeroPress: settings 12 to 18
French press: settings 30 to 34
Cold brew: settings 36 to 40

These are starting points only; the roast and age of the beans shift the ideal setting by a few steps. Grind about 10 g of beans and taste before grinding a full batch, and brush the chute clean whenever you switch between fine and coarse.

Happy brewing,
{{agent_name}}
""")

T("en/warranty/claim", "en", "warranty: coverage and evidence request", """
Dear {{buyer_name}},

We are sorry to hear that your {{product}} is not behaving as it should. Good news first: it is still inside its {{warranty_years}}-year limited warranty, which runs from the day it was delivered to you. Your warranty case number is {{case_id}} (order {{order_id}}); please keep it handy in case you write to us about this again.

Our service technicians decide between a repair and a replacement once they understand the fault. To help them, please send us in this conversation:
- a short video or photos showing what happens when you use it
- the serial number from the silver label under the machine (a photo of the label is fine)
- whether you use filtered, bottled or tap water

Please do not open the housing yourself, as that voids the warranty. Limescale build-up, broken glass parts and damage from a fall are not covered. A technician will write back with a plan within two business days of receiving your video or photos.

Sincerely,
{{agent_name}}
Hearthmill Customer Care
""")

T("en/defect/replacement-part", "en", "defect apology with a free replacement part", """
Hi {{buyer_name}},

I am so sorry that the {{part}} on your {{product}} is not working as it should. Thank you for taking the time to describe the problem and send photos; that makes it much easier for us to help.

We will send you a replacement {{part}} free of charge, and there is no need to send the faulty one back. Fitting it takes only a couple of minutes and needs no tools; the instructions are included with the part.

Every report like yours is logged and read by the engineers who design our next models. Thank you for your patience, and I am sorry again for the trouble.

Warm regards,
{{agent_name}}
""")

T("en/manual/pointer", "en", "manual pointer (page, section, PDF on the product page)", """
Hello {{buyer_name}},

Good question, and one the {{product}} instruction booklet covers in detail: turn to page {{page}}, section "{{section}}". The diagrams on that page are easier to follow than a description in words, so we think it is the quickest way to get you sorted.

Lost the booklet? No problem. An electronic copy is attached to the Amazon listing of the {{product}}; look for the user guide link in the documents area below the item description.

Should any step still be confusing once you have read it, just reply here and tell us which step you are on.

Best wishes,
{{agent_name}}
""")

T("en/compat/pods", "en", "compatibility: capsules and pods", """
Hi {{buyer_name}},

Thank you for asking which capsules work with the {{product}}. It is designed for {{pod_type}}, and these give the best results.

A few notes on other capsules:
- Compostable and aluminum capsules of the same size fit the holder, but some compostable ones pierce unevenly; if you see water collecting in the drip tray, switch back.
- Refillable steel capsules work if the lid seals tightly; fill them with fine espresso-ground coffee and tamp lightly.
- Flat paper pods and larger single-serve cups do not fit and can jam the capsule chamber.

Please do not force a capsule into the chamber, as this can bend the piercing needles.

Kind regards,
{{agent_name}}
""")

T("en/compat/water-filter", "en", "compatibility: water filter cartridge", """
Hello {{buyer_name}},

Yes, the {{filter}} is the right cartridge for the {{product}}; its part number is {{part_number}}. To install it:

1. Soak the new cartridge in cold water for five minutes.
2. Push it firmly onto the holder in the bottom of the water tank until it clicks.
3. Run one tank of water through the hot-water outlet and discard it.
4. Set the filter reminder in the settings menu so the machine tells you when to change it.

Replace the cartridge every two months, or after about 13 gallons (50 liters) of water. Filters made for other brands may look similar but do not seal properly against the holder.

Best regards,
{{agent_name}}
""")

T("en/review/neutral-request", "en", "neutral review request (once per order)", """
Hi {{buyer_name}},

We hope the {{product}} from order {{order_id}} has found its place in your kitchen. When you have a moment, we would be grateful if you would tell other shoppers about your experience in a review on Amazon. Honest reviews, whatever they say, help other coffee lovers choose the right equipment and help us improve our products.

To write one, open Your Orders, find this order and pick "Write a product review".

Thank you for choosing Hearthmill,
{{agent_name}}
""")

T("en/tips/milk-frothing", "en", "usage tips: milk frother foam", """
Hi {{buyer_name}},

Thanks for your question about getting better foam from the {{product}}. A few tips that make a big difference:

- Use cold milk straight from the fridge; warm milk does not hold air well.
- Fill only to the lower line (about 4 oz / 120 ml) for foam, and to the upper line for hot milk without foam.
- Whole milk gives the creamiest foam. For plant milk, choose a "barista" version, as it contains proteins that help the bubbles hold.
- Rinse the whisk and jug right after use; dried milk film stops the magnetic whisk from spinning freely.

If the foam is still thin with cold whole milk, check that the whisk sits all the way down on its pin.

Cheers,
{{agent_name}}
""")

# ---------------- Simplified Chinese (6) ----------------
T("zh/care/descaling", "zh", "除垢：半自动咖啡机", """
{{buyer_name}}您好：

感谢您咨询{{product}}的除垢方法。自来水中的钙镁会在锅炉里形成水垢，影响出水温度和流速，建议每使用两到三个月除垢一次；机器上的除垢灯亮起时也请及时处理。

操作步骤如下：
1. 倒空接水盘，取下冲煮手柄。
2. 将一包柠檬酸除垢剂溶于1升清水，倒入水箱。
3. 同时按住蒸汽键和热水键3秒，进入除垢程序。
4. 让一半溶液从冲煮头流出，另一半从蒸汽棒流出。
5. 清洗水箱后，再用清水完整冲洗两箱，之后即可正常制作咖啡。

请不要使用白醋除垢，白醋会损伤锅炉内的密封圈。

祝您生活愉快！
{{agent_name}}
""")

T("zh/grind/settings", "zh", "研磨度：意式浓缩调整", """
{{buyer_name}}您好：

关于{{product}}的研磨度，做意式浓缩建议从{{start_setting}}档开始，再根据萃取情况微调：

- 双份浓缩用18克咖啡粉，萃取约36克液体，时间控制在25到30秒之间比较理想。
- 流速太快、口感偏酸偏淡，说明磨得太粗，请往数字小的方向调两档。
- 流速太慢、口感发苦，说明磨得太细，请往数字大的方向调两档。
- 调档请在磨豆机运转时进行，避免刀盘卡住。

另外，烘焙后四周内的新鲜咖啡豆萃取效果最稳定。

如有其他问题，欢迎随时回复。
{{agent_name}}
""")

T("zh/warranty/claim", "zh", "保修：保修范围与所需资料", """
{{buyer_name}}您好：

您的{{product}}使用中出现故障，给您添麻烦了。这台机器的保修期为{{warranty_years}}年，从签收当天算起，目前仍在保修期内。本次保修的工单编号是{{case_id}}（对应订单{{order_id}}），之后如果再联系我们，提供这个编号即可。

维修还是换新，由我们的售后技术人员根据故障情况决定。请在这个对话里发给我们：
1. 使用时故障现象的视频或照片；
2. 机身底部银色标签上的序列号（拍照即可）；
3. 您平时用的是自来水、过滤水还是瓶装水。

请不要自行拆开机身，否则会影响保修。水垢堆积、玻璃部件破碎和跌落造成的损坏不属于保修范围。技术人员收到视频或照片后，会在两个工作日内给您答复。

{{agent_name}}
Hearthmill 客服团队
""")

T("zh/compat/pods", "zh", "兼容性：胶囊", """
{{buyer_name}}您好：

感谢您的咨询。{{product}}适用的是{{pod_type}}，使用这类胶囊效果最好。

关于其他胶囊的说明：
- 同尺寸的铝制胶囊和可降解胶囊都能放进胶囊仓，但部分可降解胶囊刺破不均匀，如果发现接水盘里有较多积水，请换回原装规格。
- 不锈钢可重复填充胶囊只要盖子密封良好即可使用，请装入细研磨的咖啡粉并轻轻压实。
- 纸质咖啡粉包和大尺寸的美式胶囊杯无法放入，强行使用可能卡住胶囊仓。

请勿用力硬塞胶囊，以免压弯刺针。

祝好，
{{agent_name}}
""")

T("zh/review/neutral-request", "zh", "中性邀评（每个订单一次）", """
{{buyer_name}}您好：

感谢您的订单{{order_id}}。{{product}}已经陪伴您一段时间了，如果方便的话，欢迎在亚马逊上写下您的真实使用体验。无论评价如何，都能帮助其他咖啡爱好者做出选择，也能帮助我们改进产品。

您可以在亚马逊“我的订单”中找到此订单，点击“撰写商品评论”即可。

感谢您选择 Hearthmill！
{{agent_name}}
""")

T("zh/tips/kettle-pour-over", "zh", "使用技巧：温控壶手冲", """
{{buyer_name}}您好：

感谢您对{{product}}的关注，下面是用它做手冲咖啡的几个小建议：

- 浅烘焙豆建议水温92至94°C，中深烘焙豆建议88至90°C，可以在底座上直接设定温度。
- 按住保温键可保温60分钟，连续冲煮几杯时不必重复加热。
- 注水时手腕保持稳定，先用少量水闷蒸30秒，再分两到三次以画圈方式缓慢注水。
- 壶内水量不要低于最低刻度线，否则底座会自动断电保护。

希望这些建议对您有帮助，祝您冲出满意的咖啡！
{{agent_name}}
""")

# ---------------- Traditional Chinese (3) ----------------
T("zh-tw/defect/replacement-part", "zh-tw", "瑕疵致歉並免費補寄零件", """
{{buyer_name}}您好：

{{product}}的{{part}}出了問題，讓您用得不順心，真的很不好意思。您附上的照片和描述非常清楚，幫了我們很大的忙。

新的{{part}}由我們免費提供，舊的那個不用寄回，自行處理即可。換裝只要幾分鐘，不需任何工具，新零件盒裡有附圖的步驟卡。

您的回報我們已經記錄下來，研發同事在改良下一版產品時會參考。造成您的困擾，我們再說一聲抱歉。

{{agent_name}} 敬上
""")

T("zh-tw/manual/pointer", "zh-tw", "說明書頁碼與下載位置", """
{{buyer_name}}您好：

這個問題在{{product}}的操作手冊裡有完整的圖解：請翻到第{{page}}頁，標題是「{{section}}」。照著圖一步一步做，會比我們用文字描述更容易理解。

手冊如果找不到了也沒關係，亞馬遜上這項商品的頁面附有電子版，在商品描述下方的文件區就能開啟。

讀完之後若還有卡住的步驟，直接在這裡回覆我們，說明您做到第幾步就可以了。

{{agent_name}} 敬上
""")

T("zh-tw/tips/frother", "zh-tw", "使用技巧：奶泡機", """
{{buyer_name}}您好：

關於{{product}}怎麼打出好奶泡，下面幾個重點可以讓奶泡更綿密：

1. 使用剛從冰箱拿出來的冷牛奶，溫牛奶比較不容易打出奶泡。
2. 打奶泡時，牛奶請加到下方刻度線（約120毫升）；只要熱牛奶時，可以加到上方刻度線。
3. 全脂牛奶的奶泡最綿密；植物奶請選擇「咖啡師版」，比較容易起泡。
4. 使用後請立刻清洗攪拌器和杯身，乾掉的奶垢會讓磁力攪拌器轉不順。

如果用冷的全脂牛奶還是打不出奶泡，請確認攪拌器是否有完全套到底部的轉軸上。

祝您享受每一杯咖啡！
{{agent_name}}
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


# ==========================================================================
# Reply builders
# ==========================================================================
REPLIES = []


def _lang_of(tid):
    return "en" if tid.startswith("en/") else "zh"


def add(cat, text, labels, lang, tags, note, **extra):
    trad = extra.pop("trad", False)
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    r = dict(cat=cat, text=text, labels=list(labels), lang=lang, tags=tags, note=note,
             tid=None, vals=None, exact=False, extra=None, extra_sep=None, warm=(), folded=None)
    r.update(extra)
    REPLIES.append(r)


def fill(tid, vals, note, edits=(), post="", warm=(), lang=None, tags=()):
    """Template rendered with vals; optional light edits (old, new), an appended text, and the
    courtesy lines the edits add (listed in `warm` so the self-checks can look at them)."""
    text = render(tid, vals)
    for old, new in edits:
        if old not in text:
            raise SystemExit("edit %r not found in %s" % (old, tid))
        text = text.replace(old, new, 1)
    text += post
    exact = not edits and not post
    add(F, text, [], lang or _lang_of(tid), ["exact" if exact else "edited"] + list(tags),
        tid + ": " + note, tid=tid, vals=vals, exact=exact, warm=tuple(warm), trad=tid.startswith("zh-tw/"))


def plus(tid, vals, anchor, extra, note, sep=" ", labels=TR, cat=P, lang=None, tags=()):
    """Exact rendering with ONE extra sentence inserted right after `anchor`."""
    text = render(tid, vals)
    if text.count(anchor) != 1:
        raise SystemExit("anchor %r not unique in %s" % (anchor, tid))
    text = text.replace(anchor, anchor + sep + extra, 1)
    add(cat, text, labels, lang or _lang_of(tid), ["extra-sentence"] + list(tags), tid + ": " + note,
        tid=tid, vals=vals, extra=extra, extra_sep=sep, trad=tid.startswith("zh-tw/"))


def converted(tid, vals_simplified, text_traditional, note):
    """A Simplified template filled and then converted character by character to Traditional."""
    add(F, text_traditional.strip("\n") + "\n", [], "zh", ["script-converted"], tid + ": " + note,
        tid=tid, vals=vals_simplified, folded=True, trad=True)


def free(cat, text, labels, lang, note, tags=(), trad=False):
    add(cat, text.strip("\n") + "\n", labels, lang, tags, note, trad=trad)


# ==========================================================================
# 1. Filled templates -> []
# ==========================================================================
DUO = "Vellora Duo VD-215 Dual-Boiler Espresso Machine with Steam Wand, Brushed Stainless Steel"

fill("en/care/descaling-espresso", dict(buyer_name="Mrs Carrick", product=DUO, interval="two months",
                                        agent_name="Dana Pelletier"), "exact fill, full listing title in the product slot")
fill("en/care/descaling-espresso", dict(buyer_name="Theo", product="Vellora Compact", interval="three months",
                                        agent_name="Marcus Eberle"),
     "greeting changed, thank-you line added before the sign-off (JC5)",
     edits=[("Hi Theo,", "Hey Theo,"),
            ("seals in the boiler.\n", "seals in the boiler.\n\nThanks for looking after your machine so well!\n")],
     warm=["Thanks for looking after your machine so well!"])
fill("en/care/descaling-espresso", dict(buyer_name="Ms Adeyemi-Cole", product="Vellora Duo",
                                        interval="six to eight weeks (your area has very hard water)", agent_name="Noor Okonjo"),
     "vinegar warning moved up from the end to the intro paragraph (sentence reordered, JC6)",
     edits=[("\n\nPlease do not use vinegar, as it can damage the seals in the boiler.\n\nAll the best,", "\n\nAll the best,"),
            ("light comes on.\n\n1.", "light comes on. Please do not use vinegar, as it can damage the seals in the boiler.\n\n1.")])

fill("en/care/descaling-kettle", dict(buyer_name="Mr Ekholm", product="Ashgrove AK-170 1.7 L Glass Electric Kettle with Blue LED Ring",
                                      agent_name="Felix Arrowood"), "exact fill")
fill("en/care/descaling-kettle", dict(buyer_name="Priyanka", product="Ashgrove glass kettle", agent_name="Dana Pelletier"),
     "sign-off replaced by a longer, warmer one",
     edits=[("Kind regards,", "Thanks again for reaching out, and enjoy your tea,")],
     warm=["Thanks again for reaching out, and enjoy your tea,"])

fill("en/grind/espresso-settings", dict(buyer_name="Mr Adebayo-Kent", product="Quillon Q40 Conical Burr Grinder", start_setting="10",
                                        agent_name="Marcus Eberle"), "exact fill")
fill("en/grind/espresso-settings", dict(buyer_name="Jasmine", product="Quillon Q40", start_setting="8", agent_name="Felix Arrowood"),
     "'Hi' -> 'Hello', the sour and bitter bullets swapped (sentence reordered, JC6)",
     edits=[("Hi Jasmine,", "Hello Jasmine,"),
            ("- If the shot runs faster and tastes sour or thin, move two steps finer (a lower number).\n"
             "- If it runs slower and tastes bitter, or the machine struggles, move two steps coarser (a higher number).\n",
             "- If it runs slower and tastes bitter, or the machine struggles, move two steps coarser (a higher number).\n"
             "- If the shot runs faster and tastes sour or thin, move two steps finer (a lower number).\n")])
fill("en/grind/espresso-settings", dict(buyer_name="Mr and Mrs Brandt", product="Quillon Q40 (matte black)", start_setting="12",
                                        agent_name="Noor Okonjo"),
     "congratulations line added at the start (JC5)",
     edits=[("Mrs Brandt,\n\n", "Mrs Brandt,\n\nCongratulations on your new espresso setup! ")],
     warm=["Congratulations on your new espresso setup!"])

fill("en/grind/brew-method-chart", dict(buyer_name="Ms Quaresma", product="Quillon Q40 Conical Burr Grinder", agent_name="Dana Pelletier"),
     "exact fill")
fill("en/grind/brew-method-chart", dict(buyer_name="Kenji", product="Quillon Q40", agent_name="Marcus Eberle"),
     "sign-off changed, team line added",
     edits=[("Happy brewing,", "Enjoy the new grinder,")], post="Hearthmill Customer Care\n",
     warm=["Enjoy the new grinder,"])

fill("en/warranty/claim", dict(buyer_name="Mr Vasquez-Orr", product="Vellora Duo VD-215 Espresso Machine", warranty_years="2",
                               case_id="HM-WC-70418", order_id="112-4830591-7726104", agent_name="Noor Okonjo"), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Bethany", product="Nimbo NF-300 Milk Frother", warranty_years="1",
                               case_id="HM-WC-70433", order_id="114-2095718-3360452", agent_name="Felix Arrowood"),
     "'Dear' -> 'Hi', 'often sooner' added to the reply time",
     edits=[("Dear Bethany,", "Hi Bethany,"), ("within two business days", "within two business days (often sooner)")])
fill("en/warranty/claim", dict(buyer_name="Dr Whitfield-Amadi",
                               product="Vellora Duo VD-215 Espresso Machine and Quillon Q40 Grinder Bundle", warranty_years="2",
                               case_id="HM-WC-70467",
                               order_id="113-6648201-5093317 (the grinder shipped separately as 113-6648201-5093390)",
                               agent_name="Dana Pelletier"), "exact fill, two order ids in one slot (JC11)")

fill("en/defect/replacement-part", dict(buyer_name="Mrs Novak", part="drip tray grille", product="Vellora Compact VC-90",
                                        agent_name="Marcus Eberle"), "exact fill")
fill("en/defect/replacement-part", dict(buyer_name="Andre", part="steam wand tip", product="Vellora Duo", agent_name="Noor Okonjo"),
     "quality-team sentence moved before the replacement paragraph, sign-off changed (JC6)",
     edits=[("\n\nEvery report like yours is logged and read by the engineers who design our next models. Thank you for your patience,",
             "\n\nThank you for your patience,"),
            ("send photos; that makes it much easier for us to help.",
             "send photos; that makes it much easier for us to help. Every report like yours is logged and read by the engineers who design our next models."),
            ("Warm regards,", "Best,")])
fill("en/defect/replacement-part", dict(buyer_name="Ms Whitaker", part="whisk", product="Nimbo NF-300 Milk Frother",
                                        agent_name="Felix Arrowood"),
     "sympathy line added after the apology (JC5)",
     edits=[("is not working as it should.", "is not working as it should. I know how much you were looking forward to your morning latte.")],
     warm=["I know how much you were looking forward to your morning latte."])

fill("en/manual/pointer", dict(buyer_name="Mr Sorensen", product="Vellora Duo VD-215", page="14",
                               section="Adjusting the brew temperature", agent_name="Dana Pelletier"), "exact fill")
fill("en/manual/pointer", dict(buyer_name="Lucia", product="Quillon Q40 grinder", page="9", section="Calibrating the burrs",
                               agent_name="Marcus Eberle"),
     "greeting changed, 'reply here' -> 'reply to this message'",
     edits=[("Hello Lucia,", "Hi Lucia,"), ("just reply here and", "just reply to this message and")])

fill("en/compat/pods", dict(buyer_name="Mrs Trang", product="Vellora Pocket VCP-30 Capsule Machine",
                            pod_type="Orvio Classic-size capsules (37 mm)", agent_name="Noor Okonjo"), "exact fill")
fill("en/compat/pods", dict(buyer_name="Owen", product="Vellora Pocket", pod_type="Orvio Classic-size capsules",
                            agent_name="Felix Arrowood"),
     "good-wishes line added, sign-off changed (JC5)",
     edits=[("bend the piercing needles.\n\nKind regards,", "bend the piercing needles.\n\nEnjoy exploring new flavors!\n\nCheers,")],
     warm=["Enjoy exploring new flavors!"])
fill("en/compat/pods", dict(buyer_name="Ms Li", product="Vellora Pocket capsule machine",
                            pod_type="Orvio Classic-size aluminum or compostable capsules", agent_name="Dana Pelletier"),
     "English template with a Chinese good-wishes line added (JC5, JC12)",
     post="祝您使用愉快！\n", warm=["祝您使用愉快！"], lang="mixed")

fill("en/compat/water-filter", dict(buyer_name="Mr Quintero", filter="ClearFlow water filter cartridge", part_number="HM-WF-22",
                                    product="Vellora Duo VD-215", agent_name="Marcus Eberle"), "exact fill")
fill("en/compat/water-filter", dict(buyer_name="Winifred", filter="ClearFlow 3-pack", part_number="HM-WF-22-3",
                                    product="Vellora Compact VC-90", agent_name="Noor Okonjo"),
     "'Yes,' -> 'Good news:', sign-off changed",
     edits=[("Yes, the ClearFlow", "Good news: the ClearFlow"), ("Best regards,", "Kind regards,")])
fill("en/compat/water-filter", dict(buyer_name="Mr Hayashi-Moreno", filter="ClearFlow Plus cartridge with scale inhibitor",
                                    part_number="HM-WF-25", product="Vellora Duo VD-215 and the Vellora Duo Pro VD-230",
                                    agent_name="Felix Arrowood"), "exact fill, two models in the product slot")

fill("en/review/neutral-request", dict(buyer_name="Mrs Ostrowski", order_id="113-7716024-8850139",
                                       product="Ashgrove AG-900 Gooseneck Kettle", agent_name="Dana Pelletier"),
     "exact fill; the only review request for this order (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Devin", order_id="111-3305872-4419620", product="Quillon Q40 grinder",
                                       agent_name="Marcus Eberle"),
     "greeting and closing line changed (JC9)",
     edits=[("Hi Devin,", "Hello Devin,"), ("Thank you for choosing Hearthmill,", "With thanks from all of us at Hearthmill,")],
     warm=["With thanks from all of us at Hearthmill,"])
fill("en/review/neutral-request", dict(buyer_name="Ms Farrow", order_id="114-8820396-1157703", product="Nimbo NF-300 Milk Frother",
                                       agent_name="Felix Arrowood"), "exact fill (JC9)")

fill("en/tips/milk-frothing", dict(buyer_name="Mr Esposito", product="Nimbo NF-300 Milk Frother", agent_name="Noor Okonjo"),
     "exact fill")
fill("en/tips/milk-frothing", dict(buyer_name="Gemma", product="Nimbo Duo frother", agent_name="Dana Pelletier"),
     "whole-milk bullet moved up one place, greeting changed (JC6)",
     edits=[("Hi Gemma,", "Hello Gemma,"),
            ("- Fill only to the lower line (about 4 oz / 120 ml) for foam, and to the upper line for hot milk without foam.\n"
             "- Whole milk gives the creamiest foam. For plant milk, choose a \"barista\" version, as it contains proteins that help the bubbles hold.\n",
             "- Whole milk gives the creamiest foam. For plant milk, choose a \"barista\" version, as it contains proteins that help the bubbles hold.\n"
             "- Fill only to the lower line (about 4 oz / 120 ml) for foam, and to the upper line for hot milk without foam.\n")])
fill("en/tips/milk-frothing", dict(buyer_name="Mr Szabo", product="Nimbo NF-300", agent_name="Marcus Eberle"),
     "good-wishes line added before the sign-off (JC5)",
     edits=[("on its pin.\n\nCheers,", "on its pin.\n\nHope your cappuccinos are back to their best soon.\n\nCheers,")],
     warm=["Hope your cappuccinos are back to their best soon."])

# ---- Simplified Chinese fills ----
fill("zh/care/descaling", dict(buyer_name="刘女士", product="Vellora Duo VD-215 双锅炉半自动咖啡机", agent_name="周雨桐"), "exact fill")
fill("zh/care/descaling", dict(buyer_name="甘先生", product="Vellora Compact 咖啡机", agent_name="韩书亮"),
     "greeting punctuation and closing wish changed (JC5)",
     edits=[("甘先生您好：", "甘先生，您好！"), ("祝您生活愉快！", "祝您每天都有一杯好咖啡！")],
     warm=["祝您每天都有一杯好咖啡！"])
fill("zh/care/descaling", dict(buyer_name="陈静女士", product="Vellora Duo", agent_name="周雨桐"),
     "apology for the weekend delay added at the start (JC5)",
     edits=[("陈静女士您好：\n\n", "陈静女士您好：\n\n抱歉周末回复晚了。")], warm=["抱歉周末回复晚了。"])

fill("zh/grind/settings", dict(buyer_name="王先生", product="Quillon Q40 锥形刀盘磨豆机", start_setting="10", agent_name="韩书亮"),
     "exact fill")
fill("zh/grind/settings", dict(buyer_name="庞小姐", product="Quillon Q40", start_setting="9", agent_name="周雨桐"),
     "the two adjustment bullets swapped (sentence reordered, JC6)",
     edits=[("- 流速太快、口感偏酸偏淡，说明磨得太粗，请往数字小的方向调两档。\n- 流速太慢、口感发苦，说明磨得太细，请往数字大的方向调两档。\n",
             "- 流速太慢、口感发苦，说明磨得太细，请往数字大的方向调两档。\n- 流速太快、口感偏酸偏淡，说明磨得太粗，请往数字小的方向调两档。\n")])

fill("zh/warranty/claim", dict(buyer_name="严先生", product="Vellora Duo VD-215 咖啡机", warranty_years="2",
                               order_id="112-5093861-2207431", case_id="HM-WC-70502", agent_name="周雨桐"), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="黄女士", product="Nimbo NF-300 奶泡机", warranty_years="1",
                               order_id="113-0048275-6619023", case_id="HM-WC-70519", agent_name="韩书亮"),
     "apology extended, a short thank-you added (JC5)",
     edits=[("给您添麻烦了。", "给您添麻烦了，非常抱歉。"), ("给您答复。", "给您答复。辛苦您了！")], warm=["非常抱歉。", "辛苦您了！"])
fill("zh/warranty/claim", dict(buyer_name="Michael Zhou 先生", product="Ashgrove AG-900 温控手冲细口壶（哑光黑，900毫升）",
                               warranty_years="1", order_id="114-7730512-0946218", case_id="HM-WC-70544", agent_name="周雨桐"),
     "exact fill, Latin buyer name inside Chinese text (JC12)")

fill("zh/compat/pods", dict(buyer_name="李先生", product="Vellora Pocket VCP-30 胶囊咖啡机", pod_type="Orvio 经典尺寸胶囊（直径37毫米）",
                            agent_name="韩书亮"), "exact fill")
fill("zh/compat/pods", dict(buyer_name="柏女士", product="Vellora Pocket", pod_type="Orvio 经典尺寸的铝制或可降解胶囊",
                            agent_name="周雨桐"),
     "sign-off changed", edits=[("祝好，", "祝您享用愉快，")], warm=["祝您享用愉快，"])

fill("zh/review/neutral-request", dict(buyer_name="吴女士", order_id="111-6402937-5581046", product="Ashgrove 1.7升玻璃电水壶",
                                       agent_name="周雨桐"), "exact fill (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="郑先生", order_id="112-9917350-4403826", product="Quillon Q40 磨豆机",
                                       agent_name="韩书亮"),
     "closing line extended (JC5, JC9)",
     edits=[("感谢您选择 Hearthmill！", "再次感谢您选择 Hearthmill，祝您生活愉快！")], warm=["再次感谢您选择 Hearthmill，祝您生活愉快！"])

fill("zh/tips/kettle-pour-over", dict(buyer_name="苗女士", product="Ashgrove AG-900 温控手冲壶", agent_name="韩书亮"), "exact fill")
fill("zh/tips/kettle-pour-over", dict(buyer_name="高先生", product="Ashgrove 细口手冲壶", agent_name="周雨桐"),
     "first two bullets swapped, greeting changed (JC6)",
     edits=[("高先生您好：", "高先生，您好！"),
            ("- 浅烘焙豆建议水温92至94°C，中深烘焙豆建议88至90°C，可以在底座上直接设定温度。\n"
             "- 按住保温键可保温60分钟，连续冲煮几杯时不必重复加热。\n",
             "- 按住保温键可保温60分钟，连续冲煮几杯时不必重复加热。\n"
             "- 浅烘焙豆建议水温92至94°C，中深烘焙豆建议88至90°C，可以在底座上直接设定温度。\n")])

# ---- Traditional Chinese fills ----
fill("zh-tw/defect/replacement-part", dict(buyer_name="蔡小姐", product="Vellora Compact 咖啡機", part="滴水盤格柵", agent_name="陳怡蓁"),
     "exact fill")
fill("zh-tw/defect/replacement-part", dict(buyer_name="張先生", product="Nimbo NF-300 奶泡機", part="攪拌器", agent_name="吳冠廷"),
     "good-wishes line added (JC5)",
     edits=[("我們再說一聲抱歉。\n", "我們再說一聲抱歉。希望新零件到了以後，您又能每天享受一杯好咖啡。\n")],
     warm=["希望新零件到了以後，您又能每天享受一杯好咖啡。"])

fill("zh-tw/manual/pointer", dict(buyer_name="劉先生", product="Quillon Q40 磨豆機", page="9", section="校正刀盤", agent_name="吳冠廷"),
     "exact fill")
fill("zh-tw/manual/pointer", dict(buyer_name="鄭小姐", product="Vellora Duo 咖啡機", page="14", section="調整萃取溫度",
                                  agent_name="陳怡蓁"),
     "greeting changed, 'a thank-you for asking' added (JC5)",
     edits=[("鄭小姐您好：\n\n", "鄭小姐，您好！謝謝您的來訊。\n\n")], warm=["謝謝您的來訊。"])

fill("zh-tw/tips/frother", dict(buyer_name="謝小姐", product="Nimbo NF-300 奶泡機", agent_name="陳怡蓁"), "exact fill")
fill("zh-tw/tips/frother", dict(buyer_name="洪先生", product="Nimbo Duo 奶泡機", agent_name="吳冠廷"),
     "closing wish replaced by a signature with 敬上",
     edits=[("祝您享受每一杯咖啡！\n吳冠廷", "吳冠廷 敬上")])

# Simplified template, filled, then converted character by character into Traditional script (JC7).
converted("zh/compat/pods",
          dict(buyer_name="童小姐", product="Vellora Pocket 胶囊咖啡机", pod_type="Orvio 经典尺寸胶囊（37毫米）", agent_name="吴冠廷"),
          """
童小姐您好：

感謝您的諮詢。Vellora Pocket 膠囊咖啡機適用的是Orvio 經典尺寸膠囊（37毫米），使用這類膠囊效果最好。

關於其他膠囊的說明：
- 同尺寸的鋁製膠囊和可降解膠囊都能放進膠囊倉，但部分可降解膠囊刺破不均勻，如果發現接水盤裡有較多積水，請換回原裝規格。
- 不鏽鋼可重複填充膠囊只要蓋子密封良好即可使用，請裝入細研磨的咖啡粉並輕輕壓實。
- 紙質咖啡粉包和大尺寸的美式膠囊杯無法放入，強行使用可能卡住膠囊倉。

請勿用力硬塞膠囊，以免壓彎刺針。

祝好，
吳冠廷
""", "Simplified template filled by a Taiwan-based agent and converted to Traditional script (JC7)")


# ==========================================================================
# 2. Free-written logistics replies -> []
# ==========================================================================
free(L, """
Hi Mrs Ravenscroft,

Your Vellora Duo left our warehouse yesterday afternoon with Keystone Parcel, tracking number KP 4471 0938 2265. The carrier's estimate is delivery on Thursday by 8 pm. The tracking in Your Orders on Amazon usually updates once the parcel reaches the first sorting hub, so it may show "label created" until tomorrow morning.

Best,
Dana
""", [], "en", "tracking number and estimate", tags=["tracking"])
free(L, """
Hi Jonah,

Thank you for your patience, and I'm sorry your grinder hasn't turned up yet. I checked with the carrier this morning: the snowstorm closed their regional hub for two days, and your parcel (Bluefinch Express BF 20 5581 7730) is one of several thousand waiting to be sorted. They now expect to deliver it on Monday.

If it hasn't arrived by Wednesday, please message me again and I'll send a replacement right away at no cost, or refund the order if you'd rather not wait any longer. Either way you won't be left out of pocket.

I know waiting is no fun, especially when the beans are already sitting on the counter. Hang in there!

Marcus
""", [], "en", "long, chatty delay update; the closing small talk is courtesy (JC5)", tags=["delay", "chatty"])
free(L, """
Hello Ms Garrity,

I'm sorry to hear the kettle hasn't reached you even though the tracking says delivered. The carrier's record shows it was left at the side door at 2:14 pm on Tuesday. Could you check with neighbors and around the building, and let us know by Friday? Sometimes parcels are handed to a building manager or left in a package room.

If it still can't be found, reply here and we will ship a new one at once; you don't need to file anything else.

Kind regards,
Noor
""", [], "en", "marked delivered, not received", tags=["delivery"])
free(L, """
Hi Mr Yoon,

No problem. Order 113-2284057-9916330 hasn't been packed yet, so I've updated the delivery address to the one in your message (apartment 4B instead of 4D). You'll see the change in Your Orders within the hour, and the ship date stays the same.

Thanks,
Felix
""", [], "en", "address change before packing", tags=["address"])
free(L, """
Hi Carla,

I'm sorry, but your order shipped this morning before we saw your message, so we can no longer change the address from here. The easiest fix is to ask the carrier to redirect it: on the Keystone Parcel tracking page for KP 5520 1874 0036 there is a "Change delivery" option, and they reroute parcels for free while they are still in transit. If that doesn't work, you can refuse the parcel at the door and it will come back to us; we'll refund you as soon as it arrives.

Sorry for the extra hassle,
Dana
""", [], "en", "address change after shipping", tags=["address"])
free(L, """
Hi Mr Coldicott,

I've cancelled order 111-0937715-2648801 as you asked. Nothing had shipped, so you won't be charged; if the payment already shows as pending, your bank will release it within three to five business days.

Best wishes,
Marcus
""", [], "en", "cancellation on request (JC1)", tags=["cancellation"])
free(L, """
Hello Renata,

Your order had already been handed to the carrier when your cancellation request came in, so we can't stop it on our side. Please just refuse the delivery, or, if it has already arrived, open a return for it in Your Orders. Either way you'll receive a full refund once the parcel is back with us, and the return shipping is on us.

Regards,
Noor
""", [], "en", "cancellation too late, refuse or return (JC1)", tags=["cancellation"])
free(L, """
Hi Mr Tanaka-Wells,

You can send the frother back up to 30 days after it was delivered. Go to Your Orders on Amazon, choose "Return or replace items", pick a reason and print the prepaid label. Please pack the frother with its base and power cord; the original box is helpful but not required. Drop it at any Keystone Parcel point and keep the receipt.

Thanks,
Felix
""", [], "en", "how to return", tags=["return"])
free(L, """
Hi Imogen,

Your return reached our warehouse on the 11th, and we issued the refund of $189.99 the same afternoon. Card refunds usually take three to five business days to appear on your statement, depending on your bank. You'll find the refund confirmation under the order in Your Orders.

Kind regards,
Dana
""", [], "en", "refund of a return", tags=["refund"])
free(L, """
Hello Mr Oyinlola,

Sorry the label wouldn't scan at the drop-off. I've issued a new prepaid return label for the grinder, and the old one has been cancelled. You can print the new one from the return entry in Your Orders on Amazon; if you don't have a printer, choose the printer-free drop-off option there and the staff at the drop-off point will print it for you.

Regards,
Marcus
""", [], "en", "replacement return label", tags=["return"])
free(L, """
Hi Odessa,

Happy to help you swap the kettle for the matte white one. Amazon handles this as a return plus a replacement: start a return for the black kettle in Your Orders, choose "Replace item" and select the white version. The replacement ships as soon as the return is scanned at the drop-off, so you won't be without a kettle for long.

Cheers,
Marcus
""", [], "en", "exchange for another color through a return (JC1)", tags=["exchange"])
free(L, """
Hello Mr Beaulieu,

Orders shipped to Canada through Amazon Global include import duties and taxes in the price you paid at checkout, so there is nothing more to pay on delivery. If the courier asks you for a payment, please don't pay it; send us a photo of the notice here and we'll sort it out with them. The parcel is with customs at the moment and is usually released within two business days.

Best regards,
Noor
""", [], "en", "customs and duties to Canada", tags=["customs"])
free(L, """
Hi Amélie,

Thanks for checking in, and sorry for the wait! Your espresso machine crossed the border on Monday and is being held for a routine customs inspection. This happens to a small share of parcels at random; nothing is wrong with your paperwork. Inspections usually take two to four business days, after which the parcel goes straight back into the courier's network for delivery.

The commercial invoice travels with the shipment, so you shouldn't be asked for anything. If the customs office does contact you, they will ask about the value and contents; the value is the amount on your Amazon invoice.

I'll keep an eye on the tracking and message you as soon as it moves. Fingers crossed it's with you by the weekend!

Warmly,
Dana
""", [], "en", "long, chatty customs inspection update", tags=["customs", "chatty"])
free(L, """
Hi Mr Kowalski,

I'm so sorry the glass kettle arrived cracked. From your photo the outer box was crushed on one corner, so it was clearly damaged in transit. We're sending a new kettle today by express at no cost to you, and Amazon will send you the tracking number. Please don't use the cracked one: put it back in its carton, and the courier will take it away when they drop off the new kettle.

Regards,
Felix
""", [], "en", "transit damage, replacement shipped and damaged item collected (JC2)", tags=["transit-damage"])
free(L, """
Hello Kimberly,

You're right: we sent the 600 ml kettle instead of the 900 ml gooseneck you ordered. Our apologies for the mix-up at the packing station. The correct kettle went out this morning with Bluefinch Express (BF 20 6614 0825), and I've set up a free return for the wrong one; the label is waiting under the order in Your Orders. There's no rush to send it back, you have 30 days.

Best,
Marcus
""", [], "en", "wrong item shipped (JC1)", tags=["wrong-item"])
free(L, """
Hi Mr Oduro,

Thanks for letting us know the tamper wasn't in the box. Every Vellora Duo should ship with the tamper, the milk jug and two filter baskets in the top foam tray, so one was clearly missed at packing. I've sent a tamper to you today at no charge; it goes as a small packet and should arrive within five business days.

Regards,
Noor
""", [], "en", "item missing from the box; listing the box contents settles a fulfilment question (JC3)", tags=["missing-item"])
free(L, """
Hi Patrice,

Because the Vellora Duo Pro is a high-value item, the carrier needs a signature on delivery. If nobody is home, they'll leave a card and try again the next business day, three times in total. If weekdays are difficult, you can pick a collection point or a Saturday delivery on the carrier's tracking page under "Delivery options".

Thanks,
Felix
""", [], "en", "signature on delivery", tags=["delivery"])
free(L, """
Hello Mr Guzman,

The Nimbo Go handheld frother has a built-in lithium battery, so it can only travel by surface freight and can't go on the express air service to Hawaii. Surface shipping to Honolulu takes about 10 to 14 business days. If you're happy with that, just reply "yes" and we'll ship it today; otherwise we can cancel the order without any charge.

Kind regards,
Dana
""", [], "en", "battery shipping restriction: a fact about how the goods may travel (JC3)", tags=["shipping"])
free(L, """
Hi Lorraine,

Your bundle ships from two warehouses, which is why only the grinder has arrived so far. The espresso machine is in a separate box with tracking number KP 4471 2093 5518 and is due on Wednesday. There's nothing you need to do, as both boxes belong to the same order.

Best regards,
Marcus
""", [], "en", "split shipment", tags=["tracking"])
free(L, """
Hi Mr Fairbairn,

It looks like the order went through twice, a minute apart. I've cancelled the second one (112-7703318-4429016) and kept the first, so you'll only be charged once. The first order ships tomorrow.

Kind regards,
Noor
""", [], "en", "duplicate order cancelled (JC1)", tags=["cancellation"])
free(L, """
Hi Bernadette,

Yes, we can send the kettle straight to your sister with no prices in the parcel. The packing slip for gift orders shows only the item name and your gift note. I've marked the order as a gift on our side, and the delivery address stays as your sister's.

Warm regards,
Felix
""", [], "en", "gift order packing slip", tags=["shipping"])
free(L, """
Hello Mr Petrakis,

You can still return the grinder even though you've opened it and tried it. Please empty the bean hopper and brush out the loose grounds, then pack it with all its parts. Start the return in Your Orders on Amazon before the 30-day window closes on May 18. Once it's back with us, the refund goes to your original payment method.

Regards,
Dana
""", [], "en", "return of an opened item; emptying the hopper is packing for the return (JC1)", tags=["return"])
free(L, """
Hello Mr Whitley,

Yes, we can deliver to your APO address. Military addresses can only be served by the postal service, so the express option at checkout won't apply, and standard delivery to APO addresses usually takes 10 to 20 days. Please make sure the unit and box number are on address line 1 exactly as your mail room writes them.

Best,
Marcus
""", [], "en", "military address shipping", tags=["address"])
free(L, """
Hi Marguerite,

Thank you so much for your kind message, and I'm sorry the wait has been longer than the estimate. Orders to Alaska travel by air to Anchorage and then on the regional mail flights, and the weather has grounded those flights twice this week. Your kettle reached Anchorage on Saturday, and the carrier tells us it is booked on Tuesday's flight.

I completely understand wanting it before your daughter visits. If it misses that flight, let me know and I will ask the carrier to hold it at the post office in town, so you can pick it up as soon as it lands instead of waiting for the home delivery round.

We'll keep following it until it's safely with you. Stay warm up there!

All the best,
Noor
""", [], "en", "long, chatty remote-delivery update (JC5)", tags=["delay", "chatty"])

# ---- Simplified Chinese ----
free(L, """
闵女士您好：

您的 Ashgrove 手冲壶已于昨天下午由 Keystone Parcel 发出，运单号 KP 4471 3360 8104，预计周五送达。物流信息一般在包裹到达第一个分拣中心后才会更新，今天如果显示“已创建面单”属于正常情况。

周雨桐
""", [], "zh", "tracking number and estimate", tags=["tracking"])
free(L, """
汤先生您好，

非常抱歉让您久等了。承运商反馈，由于近期暴雪，区域转运中心停运了两天，您的包裹目前在排队分拣，预计下周一可以送达。如果周三之前还没有收到，请直接回复这条消息，我们会马上免费补发，或者为您全额退款，您可以自己选择。

再次感谢您的耐心！
韩书亮
""", [], "zh", "delay update", tags=["delay"])
free(L, """
杨女士您好：

您的订单还没有打包，我们已经按您提供的新地址（公寓号从 12A 改为 21A）更新了收货信息，发货时间不变。您可以在亚马逊“我的订单”中查看更新后的地址。

周雨桐
""", [], "zh", "address change before packing", tags=["address"])
free(L, """
殷先生您好，订单 113-5580214-7390662 已经为您取消。商品还没有发出，所以不会扣款。如果银行卡上显示有预授权金额，一般三到五个工作日会自动释放。
韩书亮
""", [], "zh", "cancellation on request (JC1)", tags=["cancellation"])
free(L, """
罗女士您好：

磨豆机可以在签收后30天内退货。请在亚马逊“我的订单”中选择“退货或更换商品”，选好原因后打印预付费退货面单，把机器和所有配件装好，贴上面单后交到任意 Keystone Parcel 网点即可。原包装盒有的话最好，没有也可以。

如有任何问题，欢迎继续留言。
周雨桐
""", [], "zh", "how to return", tags=["return"])
free(L, """
梁先生您好：

您退回的咖啡机已于本月9日到达我们仓库，当天我们就办理了退款，金额为 249.00 美元。退款到信用卡一般需要三到五个工作日，具体以银行入账时间为准。您也可以在“我的订单”里查看退款记录。

韩书亮
""", [], "zh", "refund of a return", tags=["refund"])
free(L, """
宋女士您好：

看了您发来的照片，外箱一角明显被压坏，玻璃壶身裂开是运输途中造成的，真的很抱歉。我们今天已经用快递免费为您补发一个新的电水壶，运单号会通过亚马逊通知您。裂开的壶请不要再使用，放回原箱即可，快递员送新壶时会顺便取走。

周雨桐
""", [], "zh", "transit damage, replacement shipped (JC2)", tags=["transit-damage"])
free(L, """
唐先生您好：

通过亚马逊全球配送寄往加拿大的订单，进口关税和税费已经在结账时一并支付，收货时不需要再付任何费用。如果快递员向您收费，请先不要支付，把通知单拍照发到这里，我们来和承运商沟通。您的包裹目前正在清关，一般两个工作日内就会放行。

韩书亮
""", [], "zh", "customs and duties to Canada", tags=["customs"])
free(L, """
詹女士您好：

确实是我们发错了，您订购的是白色 Nimbo 奶泡机，我们寄成了黑色，非常抱歉。白色的已经在今天上午发出（Bluefinch Express 单号 BF 20 7720 4416），黑色的那台我们已经为您创建了免费退货，面单在“我的订单”里可以直接打印，30天内寄回即可，不用着急。

周雨桐
""", [], "zh", "wrong color shipped (JC1)", tags=["wrong-item"])
free(L, """
骆先生您好！

谢谢您的留言，也理解您只收到半套商品时的疑惑。您购买的套装是从两个仓库分别发货的，所以磨豆机先到了，咖啡机在另一个箱子里，单号 KP 4471 5528 0391，预计周三送达。两个包裹都属于同一个订单，您不需要做任何操作。

如果周三还没收到，随时告诉我，我会第一时间帮您跟进。祝您周末愉快！

韩书亮
""", [], "zh", "split shipment, chatty (JC5)", tags=["tracking", "chatty"])
free(L, """
季女士您好：

承运商的记录显示，包裹于周二下午3点05分放在了您家侧门。麻烦您先问一下邻居或物业，有时包裹会被代收或放到快递室。如果到周五还找不到，请回复这条消息，我们会立即为您重新发货，您不需要再做其他申请。

周雨桐
""", [], "zh", "marked delivered, not received", tags=["delivery"])
free(L, """
晏先生您好：

您申请取消的时候，包裹已经交给快递公司了，我们这边没办法拦截，非常抱歉。您可以在送货时直接拒收，或者收到后在“我的订单”里申请退货，退货运费由我们承担。包裹退回仓库后，我们会在当天为您办理全额退款。

给您添麻烦了，有任何问题随时在这里留言。
韩书亮
""", [], "zh", "cancellation too late, refuse or return (JC1)", tags=["cancellation"])

# ---- Traditional Chinese ----
free(L, """
蕭小姐您好：

您的 Quillon Q40 磨豆機已在今天上午出貨，由 Bluefinch Express 配送，追蹤號碼 BF 20 8813 5067，預計週四送達。物流資訊通常要到包裹抵達第一個轉運站後才會更新，請您稍候。

陳怡蓁 敬上
""", [], "zh", "tracking number and estimate", tags=["tracking"], trad=True)
free(L, """
游先生您好：

您的訂單已經出貨，我們這邊無法再修改地址，很抱歉。您可以在物流公司的追蹤頁面選擇「變更配送」，包裹還在運送途中時可以免費改送到新地址；如果無法更改，也可以直接拒收，包裹退回後我們會立刻全額退款。

吳冠廷 敬上
""", [], "zh", "address change after shipping", tags=["address"], trad=True)
free(L, """
白小姐您好：

奶泡機在簽收後30天內都可以退貨。請到亞馬遜「我的訂單」選擇「退貨或更換商品」，列印預付退貨標籤後貼在包裹上，交給 Keystone Parcel 的門市即可。退貨送達倉庫後，我們會在一個工作天內辦理退款。

陳怡蓁 敬上
""", [], "zh", "how to return", tags=["return"], trad=True)
free(L, """
江先生您好：

寄往台灣的亞馬遜國際配送訂單，進口關稅和稅費已在結帳時一併支付。目前包裹在海關等待放行，通常兩到三個工作天就會交給當地的物流公司配送。如果送貨時被要求付費，請先不要付款，拍下通知單回傳給我們處理。

吳冠廷 敬上
""", [], "zh", "customs and duties", tags=["customs"], trad=True)
free(L, """
溫小姐您好：

您退回的電水壺已經在12日送達倉庫，我們當天就完成退款，金額為 59.99 美元。信用卡退款通常需要三到五個工作天入帳，實際時間以發卡銀行為準。

謝謝您的耐心等候。
陳怡蓁 敬上
""", [], "zh", "refund of a return", tags=["refund"], trad=True)
free(L, """
盧先生您好：

收到您的照片了，外箱整個凹進去，咖啡機的水箱也裂了，一定是運送途中被重壓，真的非常抱歉，讓您一開箱就遇到這種狀況。

我們今天已經免費幫您補寄一台全新的咖啡機，追蹤號碼出來後亞馬遜會通知您。損壞的那台請先放回原箱，不要插電使用；物流人員送新機器時會一併收回，您只要把箱子放在門口就好。

如果新機器送到時外箱也有明顯損傷，請先拍照再拆封，我們會馬上處理。再次向您致歉，也謝謝您這麼快通知我們。

吳冠廷 敬上
""", [], "zh", "long, chatty transit-damage reply; 'do not plug it in' is handling of the damaged delivery (JC2)",
     tags=["transit-damage", "chatty"], trad=True)

# ---- bilingual / code-switched ----
free(L, """
Hi Mr Kang,

Your Vellora Compact shipped today with Keystone Parcel, tracking KP 4471 6642 9930, and should arrive on Tuesday.

康先生您好，您的 Vellora Compact 咖啡机今天已经发出，Keystone Parcel 单号 KP 4471 6642 9930，预计周二送达。

Felix
""", [], "mixed", "bilingual tracking reply (JC12)", tags=["tracking"])
free(L, """
Cindy 您好，return label 已经帮您重新生成了，在 Your Orders 里点 return 那一栏就能打印。Drop off 到任何一个 Keystone Parcel 网点都可以，我们收到退货后当天 refund。
周雨桐
""", [], "mixed", "code-switched return-label reply (JC12)", tags=["return"])
free(L, """
Hi Ms Kuo,

We've cancelled order 114-0385627-7718254 as requested; nothing was charged.

郭小姐您好，已依照您的要求取消訂單 114-0385627-7718254，不會產生任何費用。

陳怡蓁
""", [], "mixed", "bilingual cancellation, Traditional script (JC1, JC12)", tags=["cancellation"], trad=True)


# ==========================================================================
# 3. Free-written non-logistics replies -> [template-required]
# ==========================================================================
# ---- product advice ----
free(N, """
Hi Mr Pruitt,

For a French press and the occasional AeroPress, the Quillon Q40 is more grinder than you strictly need, but it's the one I'd pick: the conical burrs give a far more even coarse grind than a blade grinder, so there's less sludge at the bottom of the cup. If you think you might get into espresso later, it also goes fine enough for that, which the cheaper blade model doesn't.

Best,
Marcus
""", TR, "en", "pre-purchase advice: which grinder", tags=["advice"])
free(N, """
Hi Leah,

If you mainly make tea and the odd pot of French press, the 1.7 L glass kettle is the better fit: it boils fast and holds enough for a whole teapot. The gooseneck is really built for pour-over; the thin spout and the temperature dial let you pour slowly at exactly 200 °F, but it only holds 900 ml and takes a little longer to boil. Both switch off automatically and have boil-dry protection.

Kind regards,
Dana
""", TR, "en", "pre-purchase advice: which kettle", tags=["advice"])
free(N, """
Hello Mr Pendlebury,

Thanks for the question. Since you're new to espresso and mostly drink lattes, I'd lean towards the Vellora Compact rather than the Duo. It heats up in about 40 seconds, the pressurized basket is forgiving with pre-ground coffee, and the steam wand is plenty for one or two milk drinks in a row. The Duo makes sense if you want to steam milk and pull a shot at the same time, or plan to dial in fresh beans with a proper grinder.

Regards,
Noor
""", TR, "en", "pre-purchase advice: which espresso machine", tags=["advice"])
free(N, """
Hi Mr Devereaux,

The Vellora Duo is built for 120 V, 60 Hz only. Plugging it into a 230 V outlet through a simple plug adapter would burn out the heating element, and a step-down transformer would need to be rated for at least 1,600 W continuous. For that reason we wouldn't recommend taking it abroad.

Best wishes,
Felix
""", TR, "en", "voltage question: product information, not shipping (JC3)", tags=["advice"])
free(N, """
Hi Dolores,

The Nimbo NF-300 jug makes enough foam for two cappuccinos at a time, or hot milk for one large latte. For a family breakfast you'd run it two or three times; it only needs a quick rinse between batches.

Cheers,
Marcus
""", TR, "en", "capacity question", tags=["advice"])
free(N, """
Hello Ms Winslow,

The inside of the Ashgrove gooseneck kettle is 304 stainless steel all the way through, including the spout, and the lid has a silicone seal, so no plastic touches the water while it boils. The temperature sensor sits under the base plate, not in the water.

Kind regards,
Noor
""", TR, "en", "materials question", tags=["advice"])

# ---- troubleshooting ----
free(N, """
Hi Mr Barlow,

Sorry your machine is giving you trouble. When the power light flashes orange and it won't heat, the boiler's thermal cut-out has usually tripped after the machine ran dry. Switch it off, fill the tank, then hold the hot-water button for 10 seconds while switching it back on; that resets the cut-out and pulls water into the boiler. Let it heat for a full two minutes before trying a shot.

If the light keeps flashing after that, let me know and we'll look at the next steps together.

Dana
""", TR, "en", "troubleshooting: machine not heating", tags=["troubleshooting"])
free(N, """
Hi Nadia,

Shots that gush through in under ten seconds usually come down to the basket. With pre-ground supermarket coffee, please use the double-wall basket (the one with a single hole underneath), not the single-wall one; the single-wall basket needs freshly ground coffee that's much finer than anything you can buy ground. Fill it to just below the rim and tamp firmly and level.

Best,
Felix
""", TR, "en", "troubleshooting: shots too fast", tags=["troubleshooting"])
free(N, """
Hello Mr Whelan,

The clumps and static you're seeing are common with very dark, oily beans and in dry winter air. Two things help: add a single drop of water to the beans and stir before grinding, and tap the side of the grounds bin a couple of times before you open it. Nothing is wrong with the burrs.

Regards,
Marcus
""", TR, "en", "troubleshooting: grinder static", tags=["troubleshooting"])
free(N, """
Hi Courtney,

If the light comes on but the whisk doesn't turn, a thin ring of dried milk under the whisk is usually the culprit. Pull the whisk off, soak it and the bottom of the jug in warm soapy water for ten minutes, then wipe the pin and the magnet clean. Make sure the whisk clicks fully back into place before the next use.

Best wishes,
Noor
""", TR, "en", "troubleshooting: frother whisk not turning; overlaps one line of en/tips/milk-frothing but is own wording (JC6)",
     tags=["troubleshooting"])
free(N, """
Hi Mr Connolly,

A kettle that keeps boiling usually has a lid that isn't fully closed: the switch relies on steam reaching the sensor at the back of the handle. Press the lid down until you hear it click, and make sure nothing, such as a tea-bag string, is caught in the hinge. If it still doesn't switch itself off, please stop using it and let us know so we can sort out a replacement under warranty.

Kind regards,
Dana
""", TR, "en", "troubleshooting: kettle does not switch off", tags=["troubleshooting"])
free(N, """
Hi Alicia,

Water escaping around the portafilter while brewing is almost always the group gasket, and on a machine that's two years old it has probably hardened. You can check by locking the portafilter in without coffee: if the handle swings well past the six o'clock position, the gasket is worn. A new gasket and shower screen set (part VD-GS-54) is a ten-minute job with a flat screwdriver.

Marcus
""", TR, "en", "troubleshooting: leak at the group head", tags=["troubleshooting"])
free(N, """
Hello Mr Ferris,

A new Q40 is louder for the first week or so while the burrs bed in, but a high-pitched whine usually means a small stone or a very hard bean is stuck between them. Unplug it, lift off the hopper and the upper burr (twist it anticlockwise), and check for anything lodged there. If the noise stays with an empty grinder, please send us a short video so we can hear it.

Felix
""", TR, "en", "troubleshooting: grinder noise", tags=["troubleshooting"])
free(N, """
Hi Bea,

A faint plastic or metallic smell during the first few boils is normal for a new kettle and comes from the oil used on the heating plate during manufacturing. Boil a full kettle and pour it away three or four times, and it should disappear completely. If you still notice it after a week of daily use, please let me know.

Warmly,
Noor
""", TR, "en", "troubleshooting: new-kettle smell", tags=["troubleshooting"])
free(N, """
Hello Mr Dunmore,

I'm sorry the steam wand stopped producing steam after only five months; that is covered by your warranty either way. From what you describe, the tip is probably blocked with dried milk. Unscrew it, soak it in hot water and clear the three holes with the pin from the accessory bag. If that doesn't bring the steam back, we'll send you a complete new wand assembly.

Best regards,
Dana
""", TR, "en", "warranty handling written freely, with a fix; not the warranty template (JC10)", tags=["troubleshooting", "warranty-defect"])

# ---- opinions ----
free(N, """
Hi Mr Threlkeld,

Honestly? I'd keep the Compact. The Duo is a lovely machine, but for one latte a day the difference in taste is small, and I'd rather put the extra money into a decent grinder and fresh beans; that's where most of the flavor comes from.

Just my two cents!
Marcus
""", TR, "en", "opinion: upgrade or not", tags=["opinion"])
free(N, """
Hi Yvonne,

Of the two coffees you mentioned, I'd go for the medium roast in your Vellora Compact. Very dark beans tend to taste bitter and ashy through a small machine, and their oils can clog the pressurized basket over time. A medium roast gives you more chocolate and caramel notes in a latte.

Happy sipping,
Dana
""", TR, "en", "opinion: which beans", tags=["opinion"])
free(N, """
Hello Mr Sutherland,

In my own kitchen, switching to a gooseneck made more difference to my pour-overs than changing beans did. Being able to pour a thin, steady stream means the water goes through the coffee evenly instead of digging a hole in the middle. If you brew pour-over most mornings, I think you'd notice it straight away.

Best regards,
Felix
""", TR, "en", "opinion: is a gooseneck worth it", tags=["opinion"])
free(N, """
Hi Philippa,

Our team's favorite for the Nimbo is oat milk; the barista versions come out almost like dairy foam. Almond milk tends to separate and go watery after a minute, and soy can taste a little beany when heated. If you're after latte art, oat is the one to try.

Noor
""", TR, "en", "opinion: plant milks", tags=["opinion"])

# ---- heavily rewritten template content (same facts, own wording) ----
free(N, """
Hi Mr Galloway,

Quick version: every couple of months, or whenever the descale light comes on, mix a sachet of citric descaler into a liter of water in the tank, start the program by holding steam + hot water together for 3 seconds, and split the solution between the group head and the wand. Rinse the tank, run two tanks of clean water through, and you're done. Skip vinegar, it's hard on the boiler seals.

Dana
""", TR, "en", "rewrite of en/care/descaling-espresso (JC6)", tags=["rewritten"])
free(N, """
Hi Amara,

Try 10 on the Q40 to begin with. Aim for 36 g out in roughly half a minute from 18 g in. Sour and quick means go finer; bitter and slow means go coarser. Move a couple of notches at a time, and only turn the dial with the motor running.

Marcus
""", TR, "en", "rewrite of en/grind/espresso-settings (JC6)", tags=["rewritten"])
free(N, """
Hi Mr Reinholt, page 14 of the Duo booklet (brew temperature) walks you through it. No booklet? There's a downloadable copy linked on the Amazon listing. Felix
""", TR, "en", "two-line rewrite of en/manual/pointer (JC6)", tags=["rewritten"])
free(N, """
Hello Ms Kapoor,

Your frother is still inside its one-year warranty, so we can definitely look at this. Could you send a few photos or a quick video of the problem, a photo of the label underneath with the serial number, and roughly when it started? Once we have those, we'll come back to you with a solution within two business days.

Kind regards,
Noor
""", TR, "en", "rewrite of en/warranty/claim without case or order id (JC6, JC10)", tags=["rewritten", "warranty-defect"])
free(N, """
Hi Eduardo,

Any 37 mm Orvio Classic-size capsule will fit the Pocket, aluminum or compostable, though a few compostable brands pierce unevenly and leave water in the tray. Reusable steel ones are fine if the lid seals. Paper pods and the big single-serve cups won't fit, so please don't force them in.

Cheers,
Felix
""", TR, "en", "rewrite of en/compat/pods (JC6)", tags=["rewritten"])
free(N, """
Hi Mrs Beaumont,

Cold whole milk, filled to the lower mark, is the recipe for the thickest foam. For non-dairy, go for a barista-style oat or soy. And give the whisk and jug a rinse straight away so the milk doesn't dry on them.

Best,
Dana
""", TR, "en", "rewrite of en/tips/milk-frothing (JC6)", tags=["rewritten"])
free(N, """
Hello Mr Lindgren, the ClearFlow HM-WF-22 is the right cartridge for your Compact. Give it five minutes in cold water, click it onto the holder in the tank, flush one tankful through the hot-water spout, and swap it every two months or so. Marcus
""", TR, "en", "rewrite of en/compat/water-filter (JC6)", tags=["rewritten"])

# ---- logistics mixed with real product content ----
free(N, """
Hi Mrs Ellington,

Thank you for your lovely message! Your Vellora Duo is on the Keystone Parcel van today, so it should be with you this evening.

Since you mentioned it's your first espresso machine, a couple of things for day one: before your first coffee, run two full tanks of water through the group head and the steam wand to flush the boilers, and let the machine warm up for a good 15 minutes with the portafilter locked in, so your cup gets hot coffee rather than lukewarm. The first two or three shots are for practice; don't judge the machine on them!

Enjoy unpacking it, and do write if you get stuck.

Warm wishes,
Dana
""", TR, "en", "delivery update plus first-use advice (JC3)", tags=["mixed-logistics"])
free(N, """
Hi Mr Ambrose,

Of course you can return the grinder; you have until June 2, and the label is in Your Orders under "Return or replace items".

Before you do, though: grinding that is too coarse even on setting 1 sounds like the upper burr isn't seated. Lift out the hopper, turn the burr ring until the arrow lines up with the dot, and press it down firmly until it clicks. Many people find it grinds perfectly after that. If not, send it back and we'll refund you as soon as it arrives.

Best,
Felix
""", TR, "en", "return instructions plus 'before you return it, try' troubleshooting (JC4)", tags=["mixed-logistics"])
free(N, """
Hello Ms Roy,

Good news: your kettle cleared customs this morning and should be delivered on Thursday, with the duties already covered in your Amazon payment. And to answer your other question, yes, it runs on the same 120 V outlets you have in Canada, so you won't need an adapter.

Regards,
Noor
""", TR, "en", "customs update plus a voltage answer (JC3)", tags=["mixed-logistics"])
free(N, """
Hi Graham,

I'm really sorry for the wait: your grinder got caught in the holiday backlog at the carrier and is now due on the 28th. When it arrives, I'd start at setting 24 for your drip machine and go a couple of notches finer if the coffee tastes weak; most people end up between 20 and 24 with medium roast beans.

Thanks for your patience, and happy holidays!
Marcus
""", TR, "en", "delay update plus grind advice in own words (JC3, JC6)", tags=["mixed-logistics"])
free(N, """
Hi Valentina,

Thank you for being so understanding about the mix-up. The black gooseneck kettle you originally wanted is on its way (Bluefinch Express BF 20 9034 1187, due Friday), and the free return label for the silver one is under the order in Your Orders whenever it suits you.

Since you said you're getting into pour-over: for the light Ethiopian beans you mentioned, set the kettle to 205 °F and use the hold function so it stays there between pours. For darker roasts, 195 °F keeps the bitterness down. Pour slowly in small circles, and give the grounds a 30-second bloom first.

Have fun experimenting, and let us know how your first cups turn out!

Dana
""", TR, "en", "long, warm exchange reply with real brewing advice (JC3)", tags=["mixed-logistics", "chatty"])

# ---- other non-logistics ----
free(N, """
Hi Mrs Pennington,

Now that the grinder has been with you for a couple of weeks, would you consider writing a few lines about it on Amazon? Good or bad, reviews help other people choose, and we read every one. You'll find the option under this order in Your Orders.

Thanks,
Felix
""", TR, "en", "free-written neutral review request (JC9)", tags=["review-request"])
free(N, """
Hi Josie,

For an iced latte with the Compact, pull a double shot straight over a glass full of ice, add about 5 oz of cold milk and stir. If you like it sweeter, dissolve the syrup in the hot espresso before it hits the ice. You can also froth cold milk in the Nimbo on its cold setting for a foamy top.

Cheers,
Noor
""", TR, "en", "recipe advice", tags=["advice"])
free(N, """
Hi Mr Okoye,

Yes, the Duo can be backflushed. Put the blind basket (the one with no holes) in the portafilter, add half a teaspoon of espresso machine cleaner, lock it in and run the pump for 10 seconds, then pause for 10 seconds; repeat five times, then rinse with clean water the same way. Once a month is enough for daily use.

Best regards,
Marcus
""", TR, "en", "maintenance not covered by any template", tags=["advice"])
free(N, """
Hi Ms Albright,

Unfortunately the 58 mm bottomless portafilter you found won't fit the Vellora Duo: its group head takes 54 mm baskets, and the lugs sit in different positions. Any 54 mm straight-walled basket will work in our standard portafilter, though.

Kind regards,
Dana
""", TR, "en", "compatibility of a third-party part (no template covers it)", tags=["advice"])

# ---- Simplified Chinese ----
free(N, """
赵女士您好：

如果您平时主要喝拿铁，又是第一次用半自动咖啡机，我们更推荐 Vellora Compact。它预热只要40秒左右，配的双层滤碗对咖啡粉粗细不那么挑，用超市买的咖啡粉也能做出油脂。Vellora Duo 更适合想同时打奶和萃取、或者打算自己磨豆慢慢调参数的用户。

韩书亮
""", TR, "zh", "pre-purchase advice: which espresso machine", tags=["advice"])
free(N, """
孙先生您好：

磨豆机按下开关没有反应，最常见的原因是豆仓没有卡到位。机器有安全开关，豆仓必须顺时针转到底、听到“咔”一声才会通电。请您把豆仓取下来重新装一次再试试，如果还是不行，麻烦拍一段视频发给我们。

周雨桐
""", TR, "zh", "troubleshooting: grinder does not start", tags=["troubleshooting"])
free(N, """
钱女士您好，

您说的咖啡发酸、出液很快，多半是粉量不够或者压粉不够紧。双份滤碗建议装17到18克粉，压粉时手肘垂直向下用力，把表面压平。另外，开封的咖啡豆如果烘焙日期已经超过两个月，风味也会变淡发酸，可以换一包新鲜的豆子对比一下。

韩书亮
""", TR, "zh", "troubleshooting: sour espresso, own wording (JC6)", tags=["troubleshooting"])
free(N, """
贺先生您好！

说实话，如果只是一个人每天喝一两杯，我觉得胶囊机就够了，省事又稳定。但您提到喜欢尝试不同产地的豆子，那我个人更建议您选半自动咖啡机加磨豆机，虽然前期要花点时间练习，乐趣会大很多。

周雨桐
""", TR, "zh", "opinion: capsule or espresso machine", tags=["opinion"])
free(N, """
于先生您好：

简单说一下：柠檬酸除垢剂一包兑一升水倒进水箱，蒸汽键和热水键一起按三秒启动除垢，一半从冲煮头放，一半从蒸汽棒放，最后用清水冲两箱就好了。大概两三个月做一次。白醋别用，伤密封圈。

韩书亮
""", TR, "zh", "rewrite of zh/care/descaling (JC6)", tags=["rewritten"])
free(N, """
姜女士您好，奶泡机还在一年保修期内，您放心。麻烦拍几张照片或一小段视频，再拍一下底部铭牌（要能看到序列号），告诉我们大概什么时候开始出问题的，我们收到后两个工作日内给您答复。
周雨桐
""", TR, "zh", "rewrite of zh/warranty/claim without case or order id (JC6, JC10)", tags=["rewritten", "warranty-defect"])
free(N, """
段先生您好：

您的 Vellora Duo 今天已经派送，预计晚上前送到。第一次使用前，建议先不装咖啡粉，让清水从冲煮头和蒸汽棒各放满一整箱，把锅炉冲洗干净；然后锁上手柄预热15分钟左右，这样杯子和手柄都热了，做出来的咖啡温度才够。前几杯就当练手，慢慢调整粉量和研磨度。

祝您玩得开心！
韩书亮
""", TR, "zh", "delivery update plus first-use advice (JC3)", tags=["mixed-logistics"])
free(N, """
龚女士您好：

当然可以退货，签收后30天内都可以在“我的订单”里申请。不过在退货之前，可以先试一个办法：您说奶泡机不转，很多时候是底部的磁力搅拌头没装到底，或者下面积了一圈干掉的奶渍。把搅拌头拔下来用温水泡十分钟，擦干净再装回去试试。如果还是不行，直接退货就好，我们收到后当天退款。

周雨桐
""", TR, "zh", "return plus 'before you return it, try' troubleshooting (JC4)", tags=["mixed-logistics"])
free(N, """
薛女士您好：

泡绿茶建议用80°C左右的水，乌龙茶用90到95°C，红茶和普洱用刚烧开的100°C。Ashgrove 温控壶可以直接在底座上选80、90、100这几个档位，按下保温键还能保持一小时，很方便。

韩书亮
""", TR, "zh", "usage advice for tea (no template covers it)", tags=["advice"])
free(N, """
贾先生您好：

想要奶泡更细腻，可以注意几点：牛奶一定要用冷藏的，全脂效果最好；打奶泡时加到杯内较低的那条刻度线就够了；用完马上冲洗搅拌头，不然奶垢干了会影响转动。植物奶的话，选标着“咖啡师”的燕麦奶最容易打发。

周雨桐
""", TR, "zh", "frothing tips in own Simplified wording; the topic has en and zh-tw templates only (JC7)",
     tags=["other-language-template"])
free(N, """
雷先生您好：

温控壶屏幕显示 E2，表示壶里没有水或者水位低于最低刻度，底座为了防止干烧自动断电了。加水到最低刻度以上，把壶身从底座拿起来再放回去，提示就会消失。如果加了水还是显示 E2，请告诉我们，我们来安排后续处理。

韩书亮
""", TR, "zh", "troubleshooting: kettle error code", tags=["troubleshooting"])
free(N, """
侯女士您好：

您看中的那款58毫米无底手柄装不上 Vellora Compact，这台机器的冲煮头是54毫米的，卡榫位置也不一样。不过市面上54毫米、直壁设计的滤碗都可以放进我们的原装手柄里使用。

周雨桐
""", TR, "zh", "compatibility of a third-party part", tags=["advice"])

# ---- Traditional Chinese ----
free(N, """
方小姐您好：

咖啡機電源燈一直閃橘燈、不加熱，通常是機器空燒後溫控保險啟動了。請先關機，把水箱加滿，然後一邊按住熱水鍵一邊打開電源，持續10秒，讓鍋爐重新吸水。之後等兩分鐘讓機器完整預熱，再試著萃取。

如果燈還是一直閃，請再告訴我們。
陳怡蓁 敬上
""", TR, "zh", "troubleshooting: machine not heating", tags=["troubleshooting"], trad=True)
free(N, """
石先生您好：

如果您主要是手沖，我會推薦 Ashgrove 溫控細口壺。細長的壺嘴可以穩定控制水流，底座能直接設定溫度，淺焙豆用93°C左右、深焙豆用88°C左右都很方便。玻璃快煮壺比較適合泡茶或一次煮一大壺水。

吳冠廷 敬上
""", TR, "zh", "pre-purchase advice: which kettle", tags=["advice"], trad=True)
free(N, """
祁小姐您好：

老實說，我自己在家是用燕麥奶搭配 Nimbo 打奶泡，口感很接近鮮奶，而且比較不容易消泡。豆漿打起來會有一點豆味，杏仁奶的泡沫則消得比較快，如果是要拉花，我會建議燕麥奶。

陳怡蓁 敬上
""", TR, "zh", "opinion: plant milks", tags=["opinion"], trad=True)
free(N, """
曾先生您好，這部分在說明書第9頁「校正刀盤」有圖解，說明書不見的話，亞馬遜商品頁下方可以下載 PDF。吳冠廷
""", TR, "zh", "one-line rewrite of zh-tw/manual/pointer (JC6)", tags=["rewritten"], trad=True)
free(N, """
翁先生您好：

您的磨豆機已經出貨，追蹤號碼 BF 20 3317 6620，預計後天送達。您提到要用在法式濾壓壺，收到後建議先從第32格開始，如果喝起來太淡再往細的方向調兩格；濾壓壺用太細的粉會讓濾網卡住，壓下去也比較費力。

祝您享受新的磨豆機！
吳冠廷 敬上
""", TR, "zh", "tracking plus grind advice (JC3)", tags=["mixed-logistics"], trad=True)
free(N, """
范小姐您好：

奶泡機的攪拌器用了兩個月就斷掉，真的很抱歉。這在保固範圍內，我們會寄一個新的攪拌器給您。新的攪拌器請確認套到轉軸最底部再使用，如果底部有奶垢，可以先用溫水泡一下再擦乾淨，這樣比較不容易再斷。

陳怡蓁 敬上
""", TR, "zh", "defect handled in own words with usage advice; not the zh-tw defect template (JC10)",
     tags=["warranty-defect"], trad=True)

# ---- bilingual / code-switched ----
free(N, """
Hi Mr Qi,

The Quillon Q40 goes fine enough for espresso; most of our customers land between settings 8 and 12 with medium roast beans.

戚先生您好，Quillon Q40 可以磨到意式浓缩需要的细度，中烘豆一般在8到12档之间。

Marcus
""", TR, "mixed", "bilingual product advice (JC12)", tags=["advice"])
free(N, """
Travis 您好，machine 上的 descale 灯一直亮，是因为除垢之后没有 reset counter。关机状态下同时按住 steam 和 hot water 键五秒，灯闪三下就 reset 好了。
韩书亮
""", TR, "mixed", "code-switched troubleshooting (JC12)", tags=["troubleshooting"])
free(N, """
Hi Ms Chang,

If I were choosing, I'd take the matte black gooseneck. It hides water spots far better than the brushed steel one.

張小姐您好，如果是我，我會選霧面黑的細口壺，比較不會看到水痕。

陳怡蓁
""", TR, "mixed", "bilingual opinion, Traditional script (JC12)", tags=["opinion"], trad=True)
free(N, """
Joyce 您好，您的 Nimbo frother 明天 deliver。收到后第一次用之前，先把 whisk 拆下来洗一下，然后用冷的 whole milk 试，foam 会比较 stable。
周雨桐
""", TR, "mixed", "code-switched delivery date plus usage advice (JC3, JC12)", tags=["mixed-logistics"])


# ==========================================================================
# 4. Exact template fill plus ONE extra non-logistics sentence -> [template-required]
# ==========================================================================
plus("en/care/descaling-espresso", dict(buyer_name="Mrs Quigley", product="Vellora Duo", interval="two to three months",
                                        agent_name="Felix Arrowood"),
     "light comes on.",
     "By the way, the Duo's boilers are stainless steel, so scale won't give your coffee the metallic taste you noticed with your old machine.",
     "extra product claim about the boiler (JC5)")
plus("en/grind/espresso-settings", dict(buyer_name="Mr Hollis", product="Quillon Q40", start_setting="11", agent_name="Dana Pelletier"),
     "so the burrs do not jam.",
     "Decaf beans are more brittle, so with those you will usually end up three or four settings coarser than with regular beans.",
     "extra grind advice for decaf (JC5)", sep="\n- ")
plus("en/warranty/claim", dict(buyer_name="Ms Renwick", product="Vellora Compact VC-90", warranty_years="2", case_id="HM-WC-70588",
                               order_id="111-8264730-3059912", agent_name="Marcus Eberle"),
     "in case you write to us about this again.",
     "From your description, the pump is probably drawing air because the tank valve is stuck, which is usually a quick fix.",
     "extra diagnosis (JC5, JC10)")
plus("en/compat/pods", dict(buyer_name="Mr Castillo", product="Vellora Pocket", pod_type="Orvio Classic-size capsules",
                            agent_name="Noor Okonjo"),
     "bend the piercing needles.",
     "Personally, I think the darker roasts in that format taste best on the short-cup button.",
     "extra personal opinion (JC5)", sep="\n\n")
plus("en/tips/milk-frothing", dict(buyer_name="Ms Garland", product="Nimbo NF-300", agent_name="Felix Arrowood"),
     "help the bubbles hold.",
     "In our tests, oat milk foams best on the warm setting rather than the hot one.",
     "extra tip about oat milk (JC5)")
plus("en/manual/pointer", dict(buyer_name="Mr Ibsen", product="Vellora Duo VD-215", page="14", section="Adjusting the brew temperature",
                               agent_name="Dana Pelletier"),
     "the quickest way to get you sorted.",
     "In short, you can raise the temperature in 2 °F steps up to 205 °F by holding the cup button while the machine heats.",
     "extra sentence answering the question directly (JC5)")
plus("en/compat/water-filter", dict(buyer_name="Mrs Pacheco", filter="ClearFlow water filter cartridge", part_number="HM-WF-22",
                                    product="Vellora Compact VC-90", agent_name="Marcus Eberle"),
     "do not seal properly against the holder.",
     "If your tap water is very soft, you can leave the filter out altogether without affecting the warranty.",
     "extra advice on soft water (JC5)")
plus("en/care/descaling-kettle", dict(buyer_name="Jonathan", product="Ashgrove 1.7 L Glass Kettle", agent_name="Noor Okonjo"),
     "under the tap.",
     "The power base is not dishwasher-safe, so keep it dry while you clean the jug.",
     "extra care instruction (JC5)", sep="\n- ")
plus("en/defect/replacement-part", dict(buyer_name="Ms Abara", part="drip tray", product="Vellora Duo", agent_name="Felix Arrowood"),
     "included with the part.",
     "Until the new tray arrives, the machine is safe to use without it if you stand a shallow dish under the group head.",
     "extra usage advice while waiting for the part (JC5)")
plus("zh/care/descaling", dict(buyer_name="欧阳女士", product="Vellora Duo 咖啡机", agent_name="周雨桐"),
     "白醋会损伤锅炉内的密封圈。",
     "另外，如果您平时用的是净水器过滤后的水，除垢周期可以延长到半年一次。",
     "extra advice on filtered water (JC5)", sep="")
plus("zh/grind/settings", dict(buyer_name="阮先生", product="Quillon Q40 磨豆机", start_setting="10", agent_name="韩书亮"),
     "萃取效果最稳定。",
     "如果您用的是深烘豆，一般会比浅烘豆粗两到三档。",
     "extra advice for dark roasts (JC5)", sep="")
plus("zh/compat/pods", dict(buyer_name="常女士", product="Vellora Pocket 胶囊咖啡机", pod_type="Orvio 经典尺寸胶囊", agent_name="周雨桐"),
     "以免压弯刺针。",
     "我个人更推荐您试试不锈钢胶囊，可以自己挑豆子，风味会更丰富。",
     "extra personal recommendation (JC5)", sep="\n\n")
plus("zh/tips/kettle-pour-over", dict(buyer_name="董先生", product="Ashgrove 温控手冲壶", agent_name="韩书亮"),
     "底座会自动断电保护。",
     "这款壶出水细，用来泡绿茶也很合适，水温设在80°C左右即可。",
     "extra tea advice (JC5)", sep="\n- ")
plus("zh-tw/tips/frother", dict(buyer_name="鍾小姐", product="Nimbo NF-300 奶泡機", agent_name="陳怡蓁"),
     "轉軸上。",
     "如果想做冷奶泡，長按按鈕兩秒就能切換到冷打模式。",
     "extra cold-foam tip (JC5)", sep="\n\n")
plus("zh-tw/manual/pointer", dict(buyer_name="邵先生", product="Vellora Duo 咖啡機", page="22", section="恢復原廠設定", agent_name="吳冠廷"),
     "會比我們用文字描述更容易理解。",
     "簡單來說，關機狀態下長按電源鍵五秒，就能恢復原廠設定。",
     "extra sentence answering the question directly (JC5)", sep="")


# ==========================================================================
# 5. Content-policy violations (JC8)
# ==========================================================================
# template fill plus one violating sentence: the sentence is itself non-logistics content -> content label + template-required
plus("en/review/neutral-request", dict(buyer_name="Mr Draper", order_id="112-3379025-8841067", product="Vellora Compact",
                                       agent_name="Noor Okonjo"),
     "help us improve our products.",
     "If you could mention how fast it heats up and how quiet the pump is, that would help us most.",
     "review template plus steering of the review's content (JC8)", labels=["review-inducement", "template-required"], cat=V)
plus("zh/review/neutral-request", dict(buyer_name="邹先生", order_id="113-9046318-2275540", product="Nimbo NF-300 奶泡机",
                                       agent_name="韩书亮"),
     "帮助我们改进产品。",
     "评论发布后请把截图发给我们，我们会送您一套咖啡机清洁刷作为谢礼。",
     "review template plus a gift for a posted review (JC8)", sep="", labels=["review-inducement", "template-required"], cat=V)
plus("en/care/descaling-espresso", dict(buyer_name="Ms Kettleby", product="Vellora Compact", interval="three months",
                                        agent_name="Dana Pelletier"),
     "Hearthmill Coffee & Kitchen",
     "P.S. Our new descaler subscription ships a fresh pack every two months, and the first pack is free if you sign up this week.",
     "descaling template plus a subscription promotion (JC8)", sep="\n\n", labels=["marketing", "template-required"], cat=V)
plus("zh-tw/manual/pointer", dict(buyer_name="沈先生", product="Ashgrove 溫控細口壺", page="6", section="設定保溫時間", agent_name="吳冠廷"),
     "說明您做到第幾步就可以了。",
     "如果想要更快得到回覆，也可以寫信到 tw-care@hearthmillcoffeeworks.com，我們的技術人員會直接回信給您。",
     "manual template plus an e-mail address for product questions (JC8)", sep="",
     labels=["off-platform-contact", "template-required"], cat=V)
plus("en/tips/milk-frothing", dict(buyer_name="Ms Tolliver", product="Nimbo Duo frother", agent_name="Marcus Eberle"),
     "all the way down on its pin.",
     "For more latte recipes, follow us on Instagram at @hearthmill.brews!",
     "frothing template plus a social-media follow (JC8)", sep="\n\n",
     labels=["marketing", "off-platform-contact", "template-required"], cat=V)
plus("zh/grind/settings", dict(buyer_name="鲁女士", product="Quillon Q40 磨豆机", start_setting="11", agent_name="周雨桐"),
     "萃取效果最稳定。",
     "顺便推荐我们新推出的咖啡豆月度订阅，每包都标好建议研磨档位，本月订阅首月半价。",
     "grind template plus a bean-subscription promotion (JC8)", sep="\n\n", labels=["marketing", "template-required"], cat=V)

# free logistics moved to an off-Amazon channel: the topic stays logistics -> content label only
free(V, """
Hi Mr Pollard,

Your grinder is scheduled for delivery on Thursday. If you'd like to know the van's time window, write to our dispatch desk at dispatch@hearthmillcoffeeworks.com and they'll tell you on the morning of delivery.

Thanks,
Felix
""", ["off-platform-contact"], "en", "delivery time window offered through the seller's own e-mail address (JC8)", tags=["delivery"])
free(V, """
倪女士您好：

您的包裹清关时需要您确认一份进口申报单。麻烦您通过 Telegram 联系我们的物流专员 @hearthmill_logistics，他会把申报单发给您确认，我们当天就转交给报关行。

周雨桐
""", ["off-platform-contact"], "zh", "customs declaration handled over Telegram (JC8)", tags=["customs"])
free(V, """
Hi Mr Mei,

For the return of the espresso machine, our own courier can collect it from your door. Please call our returns team on +1 (312) 555-0188 to book a pickup slot.

梅先生您好，咖啡机退货可以由我们合作的快递上门取件，请拨打退货专线 +1 (312) 555-0188 预约取件时间。

Marcus
""", ["off-platform-contact"], "mixed", "return pickup booked through the seller's own phone line (JC8)", tags=["return"])

# free non-logistics content, or logistics plus non-logistics content, that also breaks a content policy -> both
free(V, """
Hi Mrs Cartwright,

The rattle you hear from the grinder is the anti-static flap in the chute; it's loose by design and settles after a few days of use. Once you're happy with how it's running, we'd love you to post a review, and everyone who does gets a free pack of our cleaning tablets.

Kind regards,
Dana
""", ["review-inducement", "template-required"], "en", "product explanation plus a gift for reviewing (JC8)", tags=["troubleshooting"])
free(V, """
葛女士您好，

除垢剂用柠檬酸型的就可以，不建议用含盐酸的强力清洁剂，会腐蚀锅炉。下次需要补货的话，可以直接到我们官网 hearthmill-shop.cn 下单，比在亚马逊上买便宜三成。

韩书亮
""", ["marketing", "off-platform-contact", "template-required"], "zh",
     "descaler advice plus a cheaper price on the seller's own website (JC8)", tags=["advice"])
free(V, """
Hi Ruben,

Burrs that still grind unevenly after cleaning usually need recalibrating. There's a thread with step-by-step photos on our community forum at hearthmill-community.net/q40-calibration; follow the zero-point steps there and it should grind evenly again.

Cheers,
Noor
""", ["off-platform-contact", "template-required"], "en", "troubleshooting that points to the seller's own forum (JC8)",
     tags=["troubleshooting"])
free(V, """
Hi Mrs Hargreaves,

I'm sorry the kettle lid sticks. Pressing the release button all the way in before lifting usually frees it. Before you write anything on the product page, would you give us a chance to put this right? We'd much rather hear from you here than read a bad review.

Best wishes,
Felix
""", ["review-inducement", "template-required"], "en", "product fix plus diverting an unhappy buyer away from a review (JC8)",
     tags=["troubleshooting"])
free(V, """
柴先生您好：

很高興奶泡機換了新的攪拌器之後就正常了。如果您願意寫評論，麻煩在評論裡提到我們出貨很快、客服回覆很用心，這對我們很重要。

吳冠廷 敬上
""", ["review-inducement", "template-required"], "zh", "review request that tells the buyer what to write (JC8)",
     tags=["review-request"], trad=True)
free(V, """
Hi Ms Whitlock,

Yes, the gooseneck holds 205 °F for up to an hour on the hold setting. And since you're setting up a pour-over corner, we're running a bundle this month: add the Quillon Q40 to your order and you'll get 20% off both.

Best,
Marcus
""", ["marketing", "template-required"], "en", "product answer plus a bundle discount (JC8)", tags=["advice"])


# ==========================================================================
# Self-checks
# ==========================================================================
# Unambiguous (simplified, traditional) pairs used for the script-purity check.
PAIRS = ["这這", "说說", "们們", "为為", "发發", "请請", "谢謝", "货貨", "运運", "时時", "个個", "会會", "从從", "关關",
         "单單", "号號", "处處", "给給", "装裝", "机機", "钢鋼", "锅鍋", "壶壺", "温溫", "热熱", "调調", "档檔", "灯燈",
         "键鍵", "胶膠", "过過", "问問", "题題", "还還", "让讓", "换換", "订訂", "费費", "务務", "现現", "买買", "电電",
         "压壓", "试試", "帮幫", "应應", "该該", "开開", "结結", "满滿", "细細", "轻輕", "实實", "无無", "弯彎", "针針",
         "进進", "经經", "吴吳", "张張", "刘劉", "郑鄭", "陈陳", "韩韓", "书書", "亮亮", "块塊", "仓倉", "盘盤", "积積",
         "规規", "质質", "纸紙", "强強", "盖蓋", "铝鋁", "锈鏽", "软軟", "饮飲", "气氣", "录錄", "寄寄", "邮郵", "网網",
         "码碼", "评評", "论論", "价價", "删刪", "现現", "归歸", "类類", "冲沖", "垫墊", "见見", "视視", "频頻", "图圖",
         "导導", "产產", "护護", "层層", "烦煩", "剂劑", "术術", "员員", "专專", "复複", "后後"]
SIMP = {p[0] for p in PAIRS if p[0] != p[1]} - {"后", "冲"}   # 后 and 冲 also occur in Traditional text
TRAD = {p[1] for p in PAIRS if p[0] != p[1]}
# Traditional -> Simplified folding for the one script-converted fill (JC7)
T2S = dict((t, s) for s, t in (
    "谢謝 咨諮 询詢 适適 胶膠 这這 类類 关關 于於 说說 铝鋁 制製 仓倉 匀勻 发發 现現 盘盤 较較 积積 请請 换換 装裝 规規 "
    "锈鏽 钢鋼 复複 盖蓋 细細 并並 轻輕 压壓 实實 纸質 质質 无無 强強 弯彎 针針 里裡 进進 机機 经經 吴吳").split())
T2S["紙"] = "纸"
CJK = re.compile(r"[\u3400-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50\uFE0F]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
LOGISTICS_WORDS = ["ship", "deliver", "track", "return", "refund", "address", "customs", "cancel", "carrier", "courier",
                   "parcel", "box", "发货", "发出", "送达", "派送", "退货", "退款", "地址", "清关", "关税", "取消", "快递", "包裹", "单号",
                   "出貨", "配送", "退貨", "退款", "地址", "海關", "訂單", "寄", "追蹤"]
NON_VIOLATING_BANNED = ["http", "www.", "@", ".com", "whatsapp", "wechat", "微信", "instagram", "facebook", "youtube",
                        "telegram", "coupon", "% off", "5-star", "five-star", "five star", "五星", "好评", "好評", "返现",
                        "返現", "优惠码", "優惠碼", "折扣"]
PHONE_RE = re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
TR_LIMIT = 0.55     # free-written template-required replies stay below this against every template
FILL_LIMIT = 0.80   # fills (and template-plus-extra replies) stay at or above this against their own rendering
EXTRA_LIMIT = 0.60  # an added sentence stays below this against every line of every template


def strip_ph(text):
    return PH_RE.sub("", text)


def ratio(a, b):
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def nearest(text):
    scores = {t: ratio(text, strip_ph(TEMPLATES[t])) for t in TEMPLATES}
    best = max(scores, key=scores.get)
    return best, scores[best]


def template_lines():
    for tid, text in TEMPLATES.items():
        for line in strip_ph(text).splitlines():
            if len(line.strip()) > 8:
                yield tid, line.strip()


def checks():
    errs = []
    # ---- library ----
    tl = Counter(m[0] for m in TEMPLATE_META.values())
    if not 18 <= len(TEMPLATES) <= 22:
        errs.append("library size %d" % len(TEMPLATES))
    if not 0.50 <= tl["en"] / len(TEMPLATES) <= 0.60:
        errs.append("English share of templates is %.2f" % (tl["en"] / len(TEMPLATES)))
    for tid, text in TEMPLATES.items():
        lang = TEMPLATE_META[tid][0]
        if not tid.startswith(lang + "/"):
            errs.append("template %s is not under %s/" % (tid, lang))
        if text.count("{{") != text.count("}}") or text.count("{{") != len(placeholders(text)):
            errs.append("unbalanced placeholders in " + tid)
        if not {"buyer_name", "agent_name"} <= set(placeholders(text)):
            errs.append("template without buyer/agent slot: " + tid)
        if lang == "en" and CJK.search(text):
            errs.append("CJK in English template " + tid)
        if lang == "zh" and set(text) & TRAD:
            errs.append("Traditional characters in %s: %s" % (tid, set(text) & TRAD))
        if lang == "zh-tw" and set(text) & SIMP:
            errs.append("Simplified characters in %s: %s" % (tid, set(text) & SIMP))
        if EMOJI.search(text) or "\n\n\n" in text:
            errs.append("emoji or triple line break in " + tid)
    # ---- replies ----
    ids = ["%s-%03d" % (PREFIX, i + 1) for i in range(len(REPLIES))]
    seen, owner, used = set(), {}, set()
    tlines = list(template_lines())
    for rid, r in zip(ids, REPLIES):
        t, cat, labels = r["text"], r["cat"], set(r["labels"])
        if cat not in CATS or r["tags"][0] != cat:
            errs.append(rid + ": bad category/tags")
        if not labels <= ALLOWED_LABELS or len(labels) != len(r["labels"]):
            errs.append(rid + ": bad labels %s" % r["labels"])
        if r["lang"] not in LANGS:
            errs.append(rid + ": bad lang")
        if t in seen:
            errs.append(rid + ": duplicate text")
        seen.add(t)
        if "{" in t or "}" in t:
            errs.append(rid + ": leftover braces")
        if EMOJI.search(t) or "\n\n\n" in t:
            errs.append(rid + ": emoji or triple line break")
        for oid in ORDER_RE.findall(t):
            if owner.setdefault(oid, rid) != rid:
                errs.append(rid + ": order id %s already used by %s" % (oid, owner[oid]))
        has_cjk = bool(CJK.search(t))
        lower_words = re.findall(r"\b[a-z]{3,}\b", re.sub(r"\S+@\S+|\S+\.(?:com|cn|net)\S*", "", t))
        if r["lang"] == "en" and has_cjk:
            errs.append(rid + ": CJK in an en reply")
        if r["lang"] == "zh" and (not has_cjk or lower_words):
            errs.append(rid + ": zh reply without CJK or with English words %s" % lower_words[:3])
        if r["lang"] == "mixed" and not (has_cjk and len(lower_words) >= 2):
            errs.append(rid + ": mixed reply is not mixed")
        if has_cjk:
            bad = set(t) & (SIMP if "traditional" in r["tags"] else TRAD)
            if bad:
                errs.append(rid + ": wrong-script characters %s" % bad)
        elif "traditional" in r["tags"]:
            errs.append(rid + ": traditional tag without CJK")
        if r["tid"] and not r["note"].startswith(r["tid"] + ": "):
            errs.append(rid + ": note does not start with the template id")
        # category <-> labels
        if cat in (F, L) and labels:
            errs.append(rid + ": %s must have no labels" % cat)
        if cat in (N, P) and labels != {"template-required"}:
            errs.append(rid + ": %s must be exactly template-required" % cat)
        if cat == V:
            if not labels & CONTENT_LABELS:
                errs.append(rid + ": violating reply without a content label")
            logistics_only = not r["tid"] and r["tags"][1] in ("tracking", "return", "delivery", "customs")
            if logistics_only == ("template-required" in labels):
                errs.append(rid + ": template-required does not follow JC8")
        else:
            low = t.lower()
            for w in NON_VIOLATING_BANNED:
                if w in low:
                    errs.append(rid + ": non-violating reply contains %r" % w)
            if re.search(r"\bLINE\b", t) or re.search(r"\bline\s*(id\b|[:：@])", t, re.I):
                errs.append(rid + ": LINE handle in a non-violating reply")
            if re.search(r"\bcode [A-Z0-9]{4,}", t) or PHONE_RE.search(t):
                errs.append(rid + ": code or phone number in a non-violating reply")
        if cat == L and not any(w in t.lower() for w in LOGISTICS_WORDS):
            errs.append(rid + ": logistics reply without a logistics word")
        # template-based replies
        if r["tid"]:
            tid, vals = r["tid"], r["vals"]
            own = render(tid, vals)
            if cat == F:
                used.add(tid)
            if r["folded"]:
                folded = "".join(T2S.get(c, c) for c in t)
                if folded != own:
                    errs.append(rid + ": Traditional text does not fold back to the Simplified rendering")
                r["own_ratio"] = ratio(folded, own)
                r["max_ratio"] = nearest(t)[1]
                continue
            for v in vals.values():
                if v not in t:
                    errs.append(rid + ": value %r missing" % v)
            if r["exact"] and t != own:
                errs.append(rid + ": exact fill differs from the rendering")
            r["own_ratio"] = ratio(t, own)
            if r["own_ratio"] < FILL_LIMIT:
                errs.append(rid + ": too far from its own template (%.2f)" % r["own_ratio"])
            best = max(TEMPLATES, key=lambda x: ratio(t, own if x == tid else strip_ph(TEMPLATES[x])))
            if best != tid:
                errs.append(rid + ": nearest template is %s, not %s" % (best, tid))
            for w in r["warm"]:
                if w not in t or any(w in x for x in TEMPLATES.values()):
                    errs.append(rid + ": warm line %r missing, or taken from a template" % w)
                if len(w) > 80 or re.search(r"\d|Vellora|Quillon|Nimbo|Ashgrove|Orvio", w):
                    errs.append(rid + ": warm line %r looks like content, not courtesy" % w)
            if r["extra"]:
                ex = r["extra"]
                if t.replace(r["extra_sep"] + ex, "", 1) != own:
                    errs.append(rid + ": reply is not the exact rendering plus one sentence")
                if any(ex in x for x in TEMPLATES.values()):
                    errs.append(rid + ": extra sentence is in a template")
                r["extra_ratio"] = max(ratio(ex, line) for _, line in tlines)
                if r["extra_ratio"] >= EXTRA_LIMIT:
                    errs.append(rid + ": extra sentence too close to a template line (%.2f)" % r["extra_ratio"])
                if len(re.findall(r"[.!?](?:\s|$)|[。！？]", ex.replace("P.S. ", ""))) != 1:
                    errs.append(rid + ": extra is not exactly one sentence")
            elif cat != F:
                errs.append(rid + ": template-based %s without an extra sentence" % cat)
        else:
            r["nearest"], r["max_ratio"] = nearest(t)
            if "template-required" in labels and r["max_ratio"] >= TR_LIMIT:
                errs.append(rid + ": free template-required reply too close to %s (%.2f)" % (r["nearest"], r["max_ratio"]))
    for tid in TEMPLATES:
        if tid not in used:
            errs.append("template never filled: " + tid)
    # ---- overall shape ----
    cc = Counter(r["cat"] for r in REPLIES)
    for cat, lo, hi in ((F, 45, 55), (L, 40, 50), (N, 50, 60), (P, 12, 18), (V, 12, 18)):
        if not lo <= cc[cat] <= hi:
            errs.append("category %s has %d replies (want %d-%d)" % (cat, cc[cat], lo, hi))
    if not 170 <= len(REPLIES) <= 190:
        errs.append("total %d replies" % len(REPLIES))
    return ids, errs


# ==========================================================================
# README
# ==========================================================================
def stats(vals):
    vals = sorted(vals)
    if not vals:
        return ("-", "-", "-")
    return ("%.2f" % vals[0], "%.2f" % vals[len(vals) // 2], "%.2f" % vals[-1])


def col(r):
    if r["lang"] == "zh":
        return "zh-tw" if "traditional" in r["tags"] else "zh"
    return r["lang"]


NEAR_MISSES = ["free of charge", "at no cost", "at no charge", "Amazon Global", "Your Orders", "Amazon will send",
               "printer-free", "免费", "亚马逊全球配送", "亞馬遜國際配送", "我的订单", "HM-WC-", "HM-WF-"]


def jc_ids(rows):
    d = {}
    for rid, r in rows:
        for m in re.findall(r"JC(\d+)", r["note"]):
            d.setdefault(int(m), []).append(rid)
    d[13] = [rid for rid, r in rows if not r["labels"] and any(w in r["text"] for w in NEAR_MISSES)]
    return {"jc%d" % k: ", ".join(v) if v else "-" for k, v in ((k, d.get(k, [])) for k in range(1, 14))}


def readme(ids):
    rows = list(zip(ids, REPLIES))
    out = []
    w = out.append
    w("# t41: hand-labelled held-out test set for `template-required`\n")
    w("Written only from `/work/shared/interface.md` and `/work/shared/policy.md`, without reading or running the linter. "
      "`gen.py` is the source of truth (standard library only, every template and reply is a literal in it): "
      "`python3 gen.py` runs the self-checks and, only when all pass, rewrites `library/`, `replies.jsonl` and this README; "
      "when a check fails it prints the failures, writes nothing and exits 1. Do not edit the outputs by hand.\n")
    w("## The seller (invented)\n")
    w("**Hearthmill Coffee & Kitchen** sells small kitchen electrics and coffee gear on Amazon.com, with some buyers in Canada, "
      "Alaska, Hawaii and Taiwan: the Vellora espresso machines (Duo VD-215 dual boiler, Duo Pro VD-230, Compact VC-90) and the "
      "Vellora Pocket VCP-30 capsule machine (Orvio Classic-size 37 mm capsules), Quillon Q40 conical burr grinders, Nimbo milk "
      "frothers (NF-300, Duo, the battery-powered Go), Ashgrove kettles (AG-900 temperature-control gooseneck, AK-170 1.7 L glass) "
      "and ClearFlow water filter cartridges. Agents write English (Dana Pelletier, Marcus Eberle, Noor Okonjo, Felix Arrowood), "
      "Simplified Chinese (周雨桐, 韩书亮) and Traditional Chinese (陳怡蓁, 吳冠廷). Every person, brand, order id, tracking number "
      "(carriers Keystone Parcel `KP ...` and Bluefinch Express `BF ...` are invented too), case id, part number, handle, domain, "
      "discount code and phone number is made up; the only phone number uses the US 555-01xx fiction range.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | the approved templates, one `*.txt` per template in nested folders; template id = path without `.txt`; use as `--templates library` |")
    w("| `replies.jsonl` | one seller reply per line (format below) |")
    w("| `gen.py` | templates, replies, self-checks and writers |")
    w("| `README.md` | this file |\n")
    w("Record: `id` (`t41-001` ...), `text`, `labels` (expected policies: `[]` = nothing at warning or error level may be "
      "flagged; `template-required` = the reply contains non-logistics content that no approved template covers; content "
      "policies as well when broken), `lang` (`en`, `zh`, `mixed`), `tags` (`tags[0]` is the category; then `exact`/`edited`/"
      "`extra-sentence`/`script-converted` for template-based replies or a topic tag such as `tracking`, `advice`, "
      "`troubleshooting`, `opinion`, `rewritten`, `mixed-logistics`; `traditional` last for Traditional script), `note` "
      "(starts with `template-id: ` when the reply is built on a template; `JCn` refers to the judgement calls below), "
      "`context` (always `reply`).\n")
    w("## Templates\n")
    w("| id | lang | topic | placeholders | fills exact / edited | + one extra sentence | violating |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for tid in TEMPLATES:
        ex = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == F and r["exact"])
        ed = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == F and not r["exact"])
        px = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == P)
        vi = sum(1 for _, r in rows if r["tid"] == tid and r["cat"] == V)
        ph = ", ".join(dict.fromkeys(placeholders(TEMPLATES[tid])))
        w("| `%s` | %s | %s | %s | %d / %d | %d | %d |" % (tid, TEMPLATE_META[tid][0], TEMPLATE_META[tid][1], ph, ex, ed, px, vi))
    tl = Counter(m[0] for m in TEMPLATE_META.values())
    w("\nTemplates: %d in all; English %d (%d%%), Simplified Chinese %d, Traditional Chinese %d (Chinese %d%%). The "
      "script-converted fill (JC7) is counted under `zh/compat/pods` as edited.\n"
      % (len(TEMPLATES), tl["en"], round(100 * tl["en"] / len(TEMPLATES)), tl["zh"], tl["zh-tw"],
         round(100 * (tl["zh"] + tl["zh-tw"]) / len(TEMPLATES))))
    w("## Counts\n")
    expl = {F: "`[]`", L: "`[]`", N: "`[template-required]`", P: "`[template-required]`",
            V: "content policy; `template-required` per JC8"}
    w("| category | expected labels | en | zh (Simplified) | zh (Traditional) | mixed | total |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    for c in CATS:
        cc = Counter(col(r) for _, r in rows if r["cat"] == c)
        w("| %s | %s | %d | %d | %d | %d | %d |" % (c, expl[c], cc["en"], cc["zh"], cc["zh-tw"], cc["mixed"], sum(cc.values())))
    cc = Counter(col(r) for _, r in rows)
    w("| **total** | | %d | %d | %d | %d | %d |\n" % (cc["en"], cc["zh"], cc["zh-tw"], cc["mixed"], len(rows)))
    sub = Counter(r["tags"][1] for _, r in rows if r["cat"] == N)
    w("`free-non-logistics` by its second tag: %s.\n" % ", ".join("%s %d" % kv for kv in sorted(sub.items())))
    fe = Counter("exact" if r["exact"] else ("script-converted" if r["folded"] else "edited") for _, r in rows if r["cat"] == F)
    w("`filled-template`: exact %d, edited %d, script-converted %d.\n" % (fe["exact"], fe["edited"], fe["script-converted"]))
    lab = Counter(l for _, r in rows for l in r["labels"])
    combos = Counter(tuple(r["labels"]) for _, r in rows)
    w("| labels | replies |\n| --- | --- |")
    for combo, n in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        w("| %s | %d |" % (", ".join("`%s`" % x for x in combo) if combo else "`[]`", n))
    w("\nPer label: %s. Expecting `template-required`: %d; not expecting it: %d. `lang`: %s. `lang` is `zh` for both "
      "scripts; Traditional replies carry the tag `traditional`.\n"
      % (", ".join("`%s` %d" % kv for kv in sorted(lab.items())), lab["template-required"], len(rows) - lab["template-required"],
         ", ".join("`%s` %d" % kv for kv in sorted(Counter(r["lang"] for _, r in rows).items()))))
    w("## How close replies are to the library (difflib `SequenceMatcher`, `autojunk=False`)\n")
    w("These numbers only guard the labels against accidents; the linter may measure closeness any way it likes.\n")
    w("| group | compared with | n | min | median | max | required |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    g = [r["own_ratio"] for _, r in rows if r["cat"] == F and not r["exact"] and not r["folded"]]
    w("| edited fills | own template rendered with the same values | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + stats(g) + (FILL_LIMIT,)))
    g = [r["own_ratio"] for _, r in rows if r["cat"] == P]
    w("| template + one extra sentence | same | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + stats(g) + (FILL_LIMIT,)))
    g = [r["extra_ratio"] for _, r in rows if r["extra"]]
    w("| the extra sentences themselves | every line of every template | %d | %s | %s | %s | < %.2f |" % ((len(g),) + stats(g) + (EXTRA_LIMIT,)))
    g = [r["own_ratio"] for _, r in rows if r["cat"] == V and r["tid"]]
    w("| template-based violating | own rendering | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + stats(g) + (FILL_LIMIT,)))
    for c in (N, L):
        g = [r["max_ratio"] for _, r in rows if r["cat"] == c]
        w("| %s | every template, placeholders removed (max) | %d | %s | %s | %s | %s |"
          % ((c, len(g)) + stats(g) + ("< %.2f" % TR_LIMIT if c == N else "(info only)",)))
    g = [r["max_ratio"] for _, r in rows if r["cat"] == V and not r["tid"]]
    w("| violating, free-written | same | %d | %s | %s | %s | < %.2f where `template-required` |" % ((len(g),) + stats(g) + (TR_LIMIT,)))
    g = [r["max_ratio"] for _, r in rows if r["folded"]]
    w("| script-converted fill (JC7) | same, without script folding | %d | %s | %s | %s | (info only; 1.00 after folding) |\n" % ((len(g),) + stats(g)))
    w("Other self-checks: ids and texts unique; library of 18-22 templates with 50-60% English, every template with buyer and "
      "agent slots, balanced placeholders and pure script; no braces, emoji or triple line breaks in replies; labels only from the "
      "four policies used here; `en` replies without CJK, `zh` replies without English words, `mixed` replies with both; "
      "Simplified and Traditional replies use only their own script (a list of unambiguous character pairs); every order id "
      "belongs to one reply; exact fills equal the rendering and every value appears in its reply; every template is filled "
      "at least once; the courtesy lines added to edited fills are short, carry no digits or product names and are not "
      "template text; each `template-plus-extra` reply is exactly its rendering plus one sentence; the Traditional "
      "script-converted fill folds back to the Simplified rendering character for character; every logistics reply contains "
      "a logistics word; non-violating replies contain no link, e-mail, handle, messaging or social app, phone number, "
      "discount code, percentage-off, five-star or 好评 wording; category and labels agree; category sizes within the brief.\n")
    w("## Template plus one extra sentence\n")
    w("| id | lang | template | the added sentence |")
    w("| --- | --- | --- | --- |")
    for rid, r in rows:
        if r["cat"] == P:
            w("| %s | %s | `%s` | %s |" % (rid, col(r), r["tid"], r["extra"]))
    w("\n## Violating replies\n")
    w("| id | lang | labels | built on | what it does |")
    w("| --- | --- | --- | --- | --- |")
    for rid, r in rows:
        if r["cat"] == V:
            w("| %s | %s | %s | %s | %s |" % (rid, col(r), ", ".join("`%s`" % x for x in r["labels"]),
                                             "`%s`" % r["tid"] if r["tid"] else "free text", r["note"].split(": ", 1)[-1]))
    w("")
    w(JUDGEMENT % jc_ids(rows))
    return "\n".join(out) + "\n"


JUDGEMENT = """## Judgement calls

The rule applied throughout: a reply expects `[]` only when each part of it is logistics, approved template wording with its
placeholders filled, or courtesy. Any other non-logistics content, even one sentence, makes it `template-required`. The content
policies are labelled on their own, and JC8 says when a violation also brings `template-required`.

1. **What counts as logistics.** interface.md lists shipping, delivery, tracking, returns, address and customs. This set also
   counts as logistics: cancellations (before or after shipping, duplicate orders), wrong or missing items, an exchange done as
   a return plus replacement, refunds of returned items, delivery signatures and rescheduling, gift packing slips, military
   addresses, and packing an item for its return ("empty the bean hopper"). policy.md's permitted purposes ("resolving an issue
   with order fulfillment", "a question related to a return") support this reading. (%(jc1)s)
2. **Broken on the way vs broken in use.** A kettle cracked in a crushed box or a machine crushed in transit, with a
   replacement shipped and the damaged unit collected, expects `[]`. That includes "please don't use / don't plug in the
   damaged one", which is about handling the damaged delivery. A part that fails in use (a whisk that snapped after two
   months, a grinder lid latch, a blocked steam wand) is a product or warranty matter: written freely it is
   `template-required`, and the defect and warranty templates filled in expect `[]` (see JC10). (%(jc2)s)
3. **Facts about the shipment vs facts about the product.** The box contents, given to settle a missing-item claim, and "it
   has a built-in lithium battery, so it can only travel by surface freight" are facts about fulfilment: `[]`. Voltage and
   outlet answers, first-use flushing, grind settings and water temperatures are product content. They make an otherwise
   logistics reply `template-required` (tag `mixed-logistics`), however warm or long the logistics part is. (%(jc3)s)
4. **"Before you return it, try ..."** Troubleshooting inside a return reply is product support, so `template-required`,
   even though the return instructions around it are logistics. (%(jc4)s)
5. **Courtesy vs content.** These keep a fill a fill and a logistics reply logistics: a line that only greets, thanks,
   apologises for a delay, congratulates or wishes well ("Congratulations on your new espresso setup!", "Enjoy exploring
   new flavors!", 抱歉周末回复晚了。, 祝您使用愉快！), and small talk in logistics replies ("the beans are already sitting on the
   counter", "Stay warm up there!"). gen.py lists every added courtesy line and checks that it is short, has no digits or
   product names, and is not template text. A single sentence that tells the buyer something about the product, how to use
   it, what is wrong with it, or what the agent thinks of it is content. An exact fill plus one such sentence is
   `template-required` (category `template-plus-extra`). Those replies stay at 0.90-0.95 similarity to their own rendering,
   so a linter that only scores whole-message similarity will pass them; they are in the set to catch that. (%(jc5)s)
6. **How much editing still counts as "from a template".** A reply still counts as a fill when every template sentence is
   kept in the template's words and the only changes are:
   - a changed greeting or sign-off;
   - added courtesy lines (JC5);
   - a word or phrase changed without changing any instruction ("Dear" -> "Hi", "Yes," -> "Good news:", "(often sooner)");
   - one sentence or bullet moved (the vinegar warning moved up, two bullets swapped, the quality-team sentence moved).

   All such edited fills score at least 0.80 against their own rendering, and their own template is the nearest.
   Paraphrasing, condensing, merging steps, or dropping the template's structure and ids is not a fill, even when every fact
   is the template's: that is `template-required` (tag `rewritten`; two-line manual pointers, a warranty reply without case
   and order id). The check is about approved wording, not approved facts. Every free-written `template-required` reply stays
   below 0.55 against every template. The set has no template-based reply between 0.55 and 0.80. Own-wording troubleshooting
   that overlaps one line of a template is also `template-required`. (%(jc6)s)
7. **Script vs language.** One reply is the Simplified `zh/compat/pods` template filled and then converted character by
   character to Traditional by a Taiwan-based agent. It expects `[]`: interface.md expects matching after normalization that
   includes traditional characters, and gen.py checks that the text folds back exactly to the Simplified rendering. Without
   folding, raw difflib gives it only the ratio shown above, so a linter that does not fold scripts will flag it. Frothing
   tips written in the agent's own Simplified wording are `template-required`, even though the topic has English and
   Traditional templates: a template in another language or script does not approve new wording. (%(jc7)s)
8. **Violations and `template-required`.** The content label is always given. `template-required` is added when the violating
   content is itself non-logistics and not template text: steering what a review should say, a gift for a review, keeping
   unhappy buyers away from reviews, a subscription or bundle offer, a social-media follow, or a channel for product
   questions (an e-mail address for manual questions, the seller's forum for troubleshooting).
   - A template fill plus one violating sentence therefore gets both labels. This is the same rule as JC5: the sentence is
     non-logistics content that no template covers.
   - A logistics matter moved to an off-Amazon channel gets `off-platform-contact` only: a delivery time window through the
     seller's e-mail address, a customs declaration over Telegram, a return pickup booked on the seller's phone line. That
     number is the seller's own line, not a carrier's, so the carrier-number exception in policy.md D3 does not apply.
   - Two replies carry two content labels. "Follow us on Instagram for more latte recipes" is `marketing` (a follow call to
     action) and `off-platform-contact` (a social handle). "Order refills on our own website, 30%% cheaper than on Amazon"
     is `marketing` (a price offer) and `off-platform-contact` (a diversion to another site).
   - "Before you write anything on the product page, give us a chance to put this right" is review gating
     (`review-inducement`, policy.md C3), even though it contains no rating word. (%(jc8)s)
9. **Review requests.** Fills of the approved neutral review templates expect `[]`. Each has its own order id, and no order
   gets a second request in this set, so `review-request-limit` is not in play; the records carry no thread, so the
   "reply to a happy buyer" case (policy.md C8) is not in play either. A neutral review request in free wording is
   `template-required` only: it is a permitted purpose but not logistics and not approved wording, and "good or bad" keeps
   it neutral. (%(jc9)s)
10. **Warranty and defects are not logistics**, even when the remedy is shipping a part. Free-written warranty or defect
    replies, diagnoses added to a warranty fill, and a warranty rewrite without the case and order id are all
    `template-required`. (%(jc10)s)
11. **Placeholder values are any short text**: full listing titles, two order ids in one slot, two model names in one slot,
    "six to eight weeks (your area has very hard water)". The reply is still an exact or edited fill. (%(jc11)s)
12. **Language tags.** `lang` is `zh` for both scripts. `mixed` means bilingual paragraphs, or Chinese sentences
    code-switched with English words (`return label`, `whisk`). Latin product names, model codes and a Latin buyer name
    inside Chinese text ("Michael Zhou 先生") do not make a reply `mixed`. A Chinese good-wishes line added to an English
    fill makes it `mixed`, and it is still courtesy under JC5. The bilingual replies are meant for buyers who read both
    languages, so a possible future `language` policy should not fire on them either. (%(jc12)s)
13. **Look-alikes in `[]` replies that are not violations:** "free of charge" / "at no cost" / 免费 remedies (not
    marketing); Amazon's own channels (Your Orders, Amazon Global, 我的订单, "Amazon will send you the tracking number", the
    printer-free drop-off); invented carrier tracking numbers (`KP ...`, `BF ...`), case ids `HM-WC-...` and part numbers
    `HM-WF-...` (not codes or phone numbers). The `template-required` replies also carry `VD-GS-54` and an `E2` error code,
    which must not raise any content policy. (%(jc13)s)
"""


# ==========================================================================
# main
# ==========================================================================
def main():
    ids, errs = checks()
    if errs:
        print("SELF-CHECK FAILED (%d):" % len(errs), file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    text_readme = readme(ids)
    lib = os.path.join(HERE, "library")
    if os.path.isdir(lib):
        shutil.rmtree(lib)
    for tid, text in TEMPLATES.items():
        path = os.path.join(lib, tid + ".txt")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    with open(os.path.join(HERE, "replies.jsonl"), "w", encoding="utf-8") as f:
        for rid, r in zip(ids, REPLIES):
            f.write(json.dumps({"id": rid, "text": r["text"], "labels": r["labels"], "lang": r["lang"], "tags": r["tags"],
                                "note": r["note"], "context": "reply"}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(text_readme)
    # read back what was written
    back = [json.loads(line) for line in open(os.path.join(HERE, "replies.jsonl"), encoding="utf-8")]
    assert [b["id"] for b in back] == ids
    assert all(set(b) == {"id", "text", "labels", "lang", "tags", "note", "context"} for b in back)
    assert [b["text"] for b in back] == [r["text"] for r in REPLIES]
    found = {}
    for root, _, files in os.walk(lib):
        for name in files:
            if name.endswith(".txt"):
                p = os.path.join(root, name)
                found[os.path.relpath(p, lib)[:-4].replace(os.sep, "/")] = open(p, encoding="utf-8").read()
    assert found == TEMPLATES
    print("ok: %d templates, %d replies -> %s" % (len(TEMPLATES), len(back), HERE))
    print("categories:", dict(Counter(b["tags"][0] for b in back)))
    print("labels:", dict(Counter(l for b in back for l in b["labels"])), "| empty:", sum(1 for b in back if not b["labels"]))
    print("lang:", dict(Counter(b["lang"] for b in back)), "| traditional:", sum(1 for b in back if "traditional" in b["tags"]))


if __name__ == "__main__":
    main()
