#!/usr/bin/env python3
"""t45: hand-labelled held-out test set for msglint's `template-required` policy.

Single source of truth. `python3 gen.py` runs the self-checks and, only when every
one passes, rewrites library/, replies.jsonl and README.md next to this file. On a
failure it lists the problems, writes nothing and exits 1. Standard library only.
The shop (Brasswick Espresso Supply), its brands, products, people, order ids,
tracking numbers, case ids, part numbers, handles, domains, codes and phone
numbers are invented.
"""
import difflib
import json
import os
import re
import shutil
import sys
from collections import Counter, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "t45"
TR = ["template-required"]
CONTENT = {"review-inducement", "off-platform-contact", "marketing"}
ALLOWED = CONTENT | {"template-required"}
LANGS = {"en", "zh", "mixed"}
PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")

# ==========================================================================
# The approved template library (19 templates: 9 en, 6 zh, 4 zh-tw)
# ==========================================================================
TEMPLATES = OrderedDict()
TMETA = {}


def template(tid, lang, topic, text):
    assert tid not in TEMPLATES, tid
    TEMPLATES[tid] = text.strip("\n") + "\n"
    TMETA[tid] = (lang, topic)


# ---------------------------------------------------------------- English
template("en/machine/dial-in", "en", "answering a product question: a starting recipe for the first shots", """
Hi {{buyer_name}},

Thanks for asking how to get started with your {{product}}. Every coffee behaves a little differently, so we suggest you begin with a fixed recipe and change only the grind:

1. Weigh {{dose}} of freshly ground coffee into the basket and level it before tamping.
2. Aim for {{shot_yield}} of espresso in the cup, measured on a scale rather than by eye.
3. Time the shot from the moment you press the brew button. A good target is {{shot_time}}.
4. If the shot runs faster than that and tastes sour, grind finer. If it runs slower and tastes bitter, grind coarser.

Change the grind in small steps and pull two shots at each setting before you judge the taste. Beans roasted two to four weeks ago are usually the easiest to work with.

Best wishes,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/grinder/zero-point", "en", "finding and resetting a grinder's zero point", """
Hello {{buyer_name}},

You can find the true zero point of your {{product}} in a few minutes, and it makes grind settings much easier to repeat.

With the grinder empty and switched on, turn the adjustment ring slowly toward the finer end until you hear the burrs begin to touch with a light chirp. Stop at once and switch the grinder off; letting the burrs rub wears them quickly. Note the number on the dial: that is your zero.

Most espresso on this grinder lands between {{espresso_range}} steps above zero. Write down your setting for each coffee so you can return to it later.

If the chirp starts far from the marked zero, the dial can be reset to match: loosen the {{ring_screw}} under the collar, turn the dial to 0 without moving the burrs, and tighten the screw again.

Kind regards,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/milk/steaming", "en", "steaming milk with the steam wand and a milk jug", """
Hi {{buyer_name}},

Here is the method we recommend for steaming milk with the {{product}}:

- Fill the {{jug_size}} jug with cold milk to just below the bottom of the spout. Milk straight from the fridge gives you more time to texture it.
- Open the steam valve for two seconds over the drip tray to purge the water from the wand.
- Put the steam tip just under the surface, slightly off centre, and open the valve fully. You should hear a gentle hiss as air is drawn in.
- When the jug feels warm, lower the tip a little so the milk spins without taking in more air. Stop when the jug is too hot to hold comfortably, at about 60-65 °C.
- Wipe the wand with a damp cloth and purge it again straight away, before the milk dries on the tip.

Tap the jug on the counter and swirl it to remove large bubbles before you pour.

Enjoy your coffee,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/care/descale", "en", "how often and how to descale a machine", """
Dear {{buyer_name}},

Thank you for asking about descaling. With the water in your area, we suggest descaling the {{product}} every {{interval}}. Please use this routine:

1. Empty the water tank and remove any water filter cartridge.
2. Mix {{dilution}} in the tank.
3. Switch the machine on and let it heat up fully. Then run half the tank through the group head and the other half through the hot water outlet, a cup at a time, with five minutes' rest between cups.
4. Switch off and let the solution work for 20 minutes.
5. Rinse the tank and run two full tanks of fresh water through the machine in the same way.

Please do not use vinegar: it can damage the seals and leaves a taste that is hard to remove.

Yours sincerely,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/troubleshoot/channeling", "en", "troubleshooting: water spraying from the portafilter (channeling)", """
Hi {{buyer_name}},

Thanks for sending the video of your shot. The thin jets spraying from the bottom of the portafilter are a sign of channeling: water finds a weak spot in the coffee puck and rushes through it. It is a preparation issue rather than a fault in the {{product}}, and it usually clears up with these steps:

- Break up clumps in the grounds with a distribution tool or a needle before tamping.
- Tamp once, firmly and level. The {{tamper}} should sit flat on the coffee, with the same gap to the rim all the way round.
- Wipe loose grounds off the rim of the basket so the gasket seals properly.
- Lock the portafilter in and start the shot straight away, so the hot group does not start to brew the coffee early.

If the spraying continues after a week of this, please send us a new video and we will look at it again.

All the best,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/warranty/claim", "en", "what the warranty covers and the evidence needed to open a claim", """
Hello {{buyer_name}},

I'm sorry your {{product}} needs attention. It is covered by our {{warranty_period}} warranty against defects in parts and workmanship, and I have opened case {{case_id}} for order {{order_id}}.

To assess the claim, please reply to this message with:
1. A short video showing the problem from the moment you switch the machine on.
2. A photo of the serial number label on the underside of the machine.
3. A sentence or two on how often the machine is used and what water you fill it with.

The warranty does not cover damage from scale build-up, so please let us know when the machine was last descaled. We aim to reply within one business day of receiving your video, with either a repair or a replacement.

Kind regards,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/review/neutral-request", "en", "a neutral invitation to review, sent at most once per order", """
Hi {{buyer_name}},

Your {{product}} from order {{order_id}} should have been with you for a little while now. Whatever your impression of it so far, other coffee drinkers would find it helpful to read about your experience in a review on Amazon. Writing one is entirely up to you.

Thank you for shopping with us,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/apology/error-code", "en", "apology for a machine that stops with a flow error, and the checks to make", """
Dear {{buyer_name}},

I'm very sorry that your {{product}} stopped in the middle of a shot and is now showing {{error_code}}. That is frustrating, especially first thing in the morning.

This message means the machine could not measure the water flow. In most cases one of these is the cause:
- The water tank is not pushed all the way down onto its valve. Lift it out, check the valve at the bottom is clean, and press it firmly back into place.
- There is air in the pump after the tank ran dry. Open the hot water tap and let the pump run until water flows without spitting.
- The grind is so fine that almost no water can pass. Try a shot with the grind three steps coarser.

Switch the machine off for one minute after each check to clear the message. If it comes back, reply with what you tried and we will arrange the next step with you.

With apologies,
{{agent_name}}
Brasswick Espresso Supply
""")

template("en/accessories/tamper-size", "en", "answering a product question: which tamper fits a machine's basket", """
Hi {{buyer_name}},

Good question. The {{machine_model}} uses a {{basket_size}} basket, so the tamper that fits it is the {{tamper_model}}.

A tamper should be slightly smaller than the inside of the basket so it can reach the coffee without scraping the walls. With the right size, you should see a thin ring of coffee of less than half a millimetre around the edge after tamping. If the gap is wider, water tends to run down the side of the puck.

To check what you have, measure across the inside of the basket at the top rim. Baskets from other makers can differ by a millimetre or so even when they are sold as the same size.

Best regards,
{{agent_name}}
Brasswick Espresso Supply
""")

# ---------------------------------------------------------------- Simplified Chinese
template("zh/grinder/retention", "zh", "磨豆机残粉与单次称豆研磨", """
{{buyer_name}}，您好！

关于您提到的{{product}}出粉量比放入的豆子少的问题，这是研磨腔里留有残粉造成的，属于正常现象，并不是机器故障。下面几个办法可以减少残粉：

1. 每次研磨结束后，让电机再空转三到五秒，把腔内剩余的粉排出来。
2. 用机器附带的吹气囊在顶部按压几下，把出粉口附近的粉吹出来。
3. 如果您习惯单次称豆研磨，建议每次多放0.2克左右，以抵消残留。
4. 换用新的咖啡豆时，先磨掉{{purge_amount}}豆子丢弃，避免旧粉混入。

另外，请每两周用刷子清理一次出粉口，潮湿的粉容易结块堵塞。

祝您使用愉快！
{{agent_name}}
Brasswick 咖啡器具客服
""")

template("zh/machine/preheat", "zh", "咖啡机的预热时间与冲煮温度", """
{{buyer_name}}，您好！

感谢您询问{{product}}的预热时间。虽然指示灯亮起时锅炉已经达到设定温度，但冲煮头和手柄还是凉的，这时萃取出来的咖啡容易偏酸。建议您这样操作：

- 开机后把手柄扣在冲煮头上一起预热，至少等待{{warm_up_minutes}}。
- 萃取前先放掉约两秒钟的热水，让冲煮头温度稳定下来。
- 浅烘焙的豆子可以把温度设在{{temperature}}左右，深烘焙的豆子可以再低一到两度。
- 每次萃取之间相隔至少三十秒，让锅炉回温。

按以上步骤操作，口味通常会稳定很多。如果仍有疑问，欢迎继续在这里留言。

此致
{{agent_name}}
Brasswick 咖啡器具客服
""")

template("zh/care/backflush", "zh", "用清洁片和盲碗做反冲洗", """
{{buyer_name}}，您好！

为了保持冲煮头清洁，建议您每{{frequency}}用清洁片给{{product}}做一次反冲洗，具体步骤如下：

1. 把手柄里的粉碗换成附带的无孔盲碗，放入一片 Clearbrew 清洁片。
2. 把手柄扣上冲煮头，启动冲煮十秒后停止，等待十秒，重复五次。
3. 取下手柄，在出水的状态下轻轻左右摆动手柄，冲洗冲煮头的密封圈边缘。
4. 换上清水（不放清洁片），再按第2步重复五次，把残留的清洁剂冲干净。
5. 最后萃取一杯咖啡倒掉，再开始正常使用。

日常每次用完后，用清水进行两到三次反冲洗即可，不需要每次都放清洁片。

祝好！
{{agent_name}}
Brasswick 咖啡器具客服
""")

template("zh/warranty/claim", "zh", "保修条件及提交保修所需材料", """
{{buyer_name}}，您好！

很抱歉您的{{product}}出现了问题。这台机器享有{{warranty_period}}的保修，覆盖材料和做工上的缺陷。我们已经为您的订单{{order_id}}建立了售后编号{{case_id}}。

为了尽快判断问题，请在本对话中回复以下资料：
1. 一段从开机到出现问题的视频；
2. 机身底部铭牌的照片（包含序列号）；
3. 平时使用的是自来水、过滤水还是纯净水。

因水垢堵塞或使用非原厂配件造成的损坏不在保修范围内。收到资料后，我们会在一个工作日内回复维修或更换的方案。

谢谢您的耐心！
{{agent_name}}
Brasswick 咖啡器具客服
""")

template("zh/review/neutral-request", "zh", "不带倾向的评论邀请（每笔订单限一次）", """
{{buyer_name}}，您好！

订单{{order_id}}里的{{product}}，想必您已经用了一段时间。不论您的感受如何，如果您愿意在亚马逊上写一条评论分享真实的使用体验，都能为其他咖啡爱好者提供参考。是否撰写完全由您决定。

感谢您的支持！
{{agent_name}}
Brasswick 咖啡器具客服
""")

template("zh/apology/water-leak", "zh", "机器底部漏水的致歉与排查", """
{{buyer_name}}，您好！

十分抱歉{{product}}底部出现积水，给您添麻烦了。请先不要担心，多数情况下是以下几个原因之一，您可以逐一检查：

1. 接水盘是否已满或没有推到底。接水盘装满后，水会从机器底部溢出。
2. 水箱底部的阀门处是否有咖啡粉或水垢，导致水箱放不严。取出水箱后用清水冲洗阀门即可。
3. 冲煮头密封圈是否漏水。如果萃取时水从手柄边缘流下，说明密封圈需要清洁或更换。

检查前请先关机并拔掉电源，等机器完全冷却后再操作。如果以上都正常但仍然漏水，请拍一张机器底部积水位置的照片回复给我们，我们会进一步为您处理。

再次向您致歉！
{{agent_name}}
Brasswick 咖啡器具客服
""")

# ---------------------------------------------------------------- Traditional Chinese
template("zh-tw/milk/jug-choice", "zh-tw", "拉花鋼杯的容量選擇與使用", """
{{buyer_name}} 您好：

謝謝您詢問拉花鋼杯的容量。如果您平常做的是一杯卡布奇諾或拿鐵，{{capacity}}的 {{product}} 最容易上手；每次打發時，牛奶倒到杯嘴凹口下緣即可，大約是鋼杯容量的三分之一。

使用小提醒：
1. 鋼杯和牛奶都先冰過，能延長打發的時間，奶泡會更細緻。
2. 打發後先在桌上輕敲兩下，再繞圈搖晃，讓奶泡和牛奶融合。
3. 倒奶時從杯子中央較高處開始，等咖啡表面浮起白色後再降低鋼杯。
4. 鋼杯請用溫水和軟布清洗，避免用菜瓜布刮傷內壁。

祝您拉花順利！
{{agent_name}} 敬上
Brasswick 咖啡器材客服
""")

template("zh-tw/grinder/burr-clean", "zh-tw", "磨豆機刀盤的拆卸與清潔", """
{{buyer_name}} 您好：

{{product}} 的刀盤建議每{{clean_interval}}清潔一次，步驟如下：

1. 先拔掉電源，把豆倉裡剩下的咖啡豆倒出來。
2. 將調整環轉到最粗的位置，按住卡榫後逆時針轉開上刀盤。
3. 用附贈的毛刷清掉刀盤和研磨室的咖啡粉，油脂較多的地方可以用乾布擦拭。請不要用水沖洗刀盤，以免生鏽。
4. 依相反的順序裝回上刀盤，再把調整環轉回您原本的刻度。

裝回之後，建議先磨十公克左右的豆子丟掉，再開始正常使用。

{{agent_name}} 敬上
Brasswick 咖啡器材客服
""")

template("zh-tw/care/water-hardness", "zh-tw", "依水質選擇濾水軟化濾心或瓶裝水", """
{{buyer_name}} 您好：

感謝您提供當地自來水的硬度資料。以 {{hardness}} 的水質來說，建議您為 {{product}} 的水箱裝上濾水軟化濾心，並每兩個月更換一次。

濾心使用前請先放進清水中浸泡十分鐘，讓裡面的氣泡完全排出，再裝到水箱底部的接頭上。

若不使用濾心，也可以改用市售的低礦物質瓶裝水。請避免使用完全沒有礦物質的蒸餾水或逆滲透純水，因為機器的水位感應需要靠水中的礦物質才能正常運作。

水質合適的話，除垢的次數也能減少。

{{agent_name}} 敬上
Brasswick 咖啡器材客服
""")

template("zh-tw/troubleshoot/no-steam", "zh-tw", "蒸氣棒不出蒸氣的排除方法", """
{{buyer_name}} 您好：

您的 {{product}} 蒸氣棒噴不出蒸氣，真的很抱歉。這種情況多半是蒸氣孔被乾掉的牛奶堵住，可以依照以下步驟處理：

1. 關掉蒸氣旋鈕，等機器冷卻至少三十分鐘。
2. 用附贈的通針從噴頭的小孔輕輕戳進去，把堵塞物清出來。
3. 若噴頭可以拆下，請用扳手逆時針轉下，泡在溫水中十分鐘後再清洗。
4. 裝回噴頭，開機預熱後先對著接水盤開啟蒸氣兩秒，確認出氣正常。

之後每次打完奶泡，記得立刻用濕布擦拭蒸氣棒並放氣一下，就能避免再次堵塞。

{{agent_name}} 敬上
Brasswick 咖啡器材客服
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
    """Render template tid with vals, then apply edits [(old, new), ...] in order; each old must occur once."""
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


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, before=True, sep=" ", tags=()):
    """Fill tid and put one extra sentence next to `anchor` (before or after it)."""
    new = (sentence + sep + anchor) if before else (anchor + sep + sentence)
    fill(tid, vals, note, edits=[(anchor, new)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ==========================================================================
# 1. Filled templates, exact or lightly edited -> []
# ==========================================================================
A1, A2, A3, A4 = "Ottilie Marchetti-Bose", "Rafferty Nwosu", "Juniper Halloran", "Teodor Lindqvist-Amadi"
Z1, Z2 = "蒋书遥", "柏启川"
W1, W2 = "莊宜蓁", "溫柏翰"
DUETTO_EN = ("Velatti Duetto Dual Boiler Espresso Machine with PID Temperature Control, 58 mm Commercial Portafilter, "
             "Rotary Pump, Shot Timer and Stainless Steel Steam Wand, 120 V")
K64_EN = ("Kornmill K64 Flat Burr Coffee Grinder for Espresso and Pour Over, 64 mm Stainless Burrs, Stepless "
          "Adjustment, Single-Dose Hopper and Anti-Static Chute, Matte Black")
DILUTION_LONG = ("one 125 ml bottle of Clearbrew Liquid Descaler with 875 ml of cold water, which brings the tank up to "
                 "the one-litre line printed on its side")
PICCOLO_ZH = ("Velatti Piccolo 半自动意式咖啡机 家用小型 PID温控 单锅炉 54毫米手柄 带蒸汽棒可打奶泡 一点二升可拆卸水箱 "
              "不锈钢机身 附双份粉碗和压粉器 适合家庭和小型办公室使用 北美一百二十伏电压 银色")
K48_ZH = ("Kornmill K48 电动锥刀磨豆机 意式手冲两用 四十八毫米不锈钢锥形刀盘 无级调节 单剂量豆仓 防静电出粉口 "
          "附清洁刷和吹气囊 适合意式浓缩、法压、冷萃和滴滤等多种冲煮方式 家用咖啡研磨机 哑光白色")
C = "filled-template"

# --- en/machine/dial-in
fill("en/machine/dial-in", dict(buyer_name="Leopold", product="Velatti Piccolo", dose="16 g", shot_yield="32 g",
     shot_time="25 to 30 seconds", agent_name=A1), "exact fill")
fill("en/machine/dial-in", dict(buyer_name="Ms Achterberg", product=DUETTO_EN, dose="18 g", shot_yield="36 g",
     shot_time="27 to 32 seconds", agent_name=A2),
     "greeting changed; the full 165-character listing title in the product slot (JC2)",
     edits=[("Hi Ms Achterberg,", "Good evening Ms Achterberg,")], tags=["greeting", "long-value"])
fill("en/machine/dial-in", dict(buyer_name="Saoirse", product="Velatti Corsa E61", dose="18 g", shot_yield="38 g",
     shot_time="28 to 32 seconds", agent_name=A3),
     "warm line of congratulations added before the answer (JC2)",
     edits=[("Hi Saoirse,\n\n", "Hi Saoirse,\n\nCongratulations on your new machine, and welcome to home espresso! ")],
     tags=["warm-line"])

# --- en/grinder/zero-point
fill("en/grinder/zero-point", dict(buyer_name="Ines", product="Kornmill K48", espresso_range="8 and 14",
     ring_screw="small Phillips screw", agent_name=A2), "exact fill")
fill("en/grinder/zero-point", dict(buyer_name="Mr Castelnuovo", product="Kornmill K64", espresso_range="10 and 18",
     ring_screw="2 mm hex screw", agent_name=A4), "the 'stop at once' sentence split in two (JC2)",
     edits=[("Stop at once and switch the grinder off; letting the burrs rub wears them quickly.",
             "Stop at once and switch the grinder off. Letting the burrs rub wears them quickly.")], tags=["split"])
fill("en/grinder/zero-point", dict(buyer_name="Thandiwe", product=K64_EN, espresso_range="10 and 18",
     ring_screw="2 mm hex screw", agent_name=A1),
     "sign-off changed; the 163-character listing title in the product slot (JC2)",
     edits=[("Kind regards,", "Happy grinding,")], tags=["sign-off", "long-value"])

# --- en/milk/steaming
fill("en/milk/steaming", dict(buyer_name="Ignatius", product="Velatti Duetto", jug_size="600 ml Steamline",
     agent_name=A3), "exact fill")
fill("en/milk/steaming", dict(buyer_name="Mrs Ferreira-Holm", product="Velatti Piccolo", jug_size="350 ml Steamline",
     agent_name=A1), "the first two bullets swapped; purging before or after filling the jug makes no difference (JC2)",
     edits=[("- Fill the 350 ml Steamline jug with cold milk to just below the bottom of the spout. Milk straight from "
             "the fridge gives you more time to texture it.\n- Open the steam valve for two seconds over the drip tray "
             "to purge the water from the wand.",
             "- Open the steam valve for two seconds over the drip tray to purge the water from the wand.\n- Fill the "
             "350 ml Steamline jug with cold milk to just below the bottom of the spout. Milk straight from the fridge "
             "gives you more time to texture it.")], tags=["reorder"])

# --- en/care/descale
fill("en/care/descale", dict(buyer_name="Mr Kowalczyk", product="Velatti Duetto", interval="two months",
     dilution="one 125 ml bottle of Clearbrew Liquid Descaler with 875 ml of water", agent_name=A4), "exact fill")
fill("en/care/descale", dict(buyer_name="Mr Haverkamp", product="Velatti Corsa E61", interval="six weeks",
     dilution=DILUTION_LONG, agent_name=A3),
     "exact fill with a 140-character mixing instruction in the dilution slot (JC2)", tags=["long-value"])
fill("en/care/descale", dict(buyer_name="Priya", product="Velatti Piccolo", interval="three months",
     dilution="half a 250 ml bottle of Clearbrew Liquid Descaler with 875 ml of water", agent_name=A1),
     "the vinegar warning paraphrased with the same facts (JC2)",
     edits=[("Please do not use vinegar: it can damage the seals and leaves a taste that is hard to remove.",
             "Please avoid vinegar, as it can harm the seals and leave a taste that is difficult to get rid of.")],
     tags=["paraphrase"])

# --- en/troubleshoot/channeling
fill("en/troubleshoot/channeling", dict(buyer_name="Anselm", product="Velatti Corsa E61", tamper="Tampwell TW-58C",
     agent_name=A1), "exact fill")
fill("en/troubleshoot/channeling", dict(buyer_name="Ms Nakashima-Ford", product="Velatti Piccolo",
     tamper="Tampwell TW-54", agent_name=A4), "warm line about the buyer's latte art added; no product content (JC2)",
     edits=[("If the spraying continues", "Your latte art in the second clip looked lovely, by the way.\n\nIf the spraying continues")],
     tags=["warm-line"])

# --- en/warranty/claim
fill("en/warranty/claim", dict(buyer_name="Mr Ballantyne", product="Velatti Duetto", warranty_period="two-year",
     case_id="BWS-W-40117", order_id="112-4406931-2875510", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Okafor-Lindahl", product="Kornmill K64", warranty_period="one-year",
     case_id="BWS-W-40238", order_id="114-7720158-3349062", agent_name=A2), "greeting and sign-off changed (JC2)",
     edits=[("Hello Ms Okafor-Lindahl,", "Dear Ms Okafor-Lindahl,"), ("Kind regards,", "With best wishes,")],
     tags=["greeting", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Emeric", product="Velatti Piccolo", warranty_period="two-year",
     case_id="BWS-W-40352", order_id="113-9081274-6610438", agent_name=A4), "first two sentences merged with a semicolon (JC2)",
     edits=[("needs attention. It is covered", "needs attention; it is covered")], tags=["merge"])

# --- en/review/neutral-request (JC8)
fill("en/review/neutral-request", dict(buyer_name="Wilhelmina", product="Tampwell TW-58C calibrated tamper",
     order_id="113-2650947-8813306", agent_name=A2),
     "exact fill; the only review request for this order and the thread holds no earlier praise from the buyer (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Mr Papadakis", product="Kornmill K48 grinder",
     order_id="112-8831465-0072459", agent_name=A4),
     "greeting changed; the only review request for this order, no earlier praise in the thread (JC2, JC8)",
     edits=[("Hi Mr Papadakis,", "Hello Mr Papadakis,")], tags=["greeting"])

# --- en/apology/error-code
fill("en/apology/error-code", dict(buyer_name="Mr Quennell", product="Velatti Piccolo", error_code="E05",
     agent_name=A1), "exact fill; E05 is a display message, not a code or number to flag (JC11)")
fill("en/apology/error-code", dict(buyer_name="Perdita", product="Velatti Duetto",
     error_code="the flow warning E05 in the top corner of the display", agent_name=A3),
     "warm line thanking for the photo added; a descriptive value in the error slot (JC2)",
     edits=[("especially first thing in the morning.",
             "especially first thing in the morning. Thank you for the clear photo of the display.")], tags=["warm-line"])

# --- en/accessories/tamper-size
fill("en/accessories/tamper-size", dict(buyer_name="Anneliese", machine_model="Velatti Piccolo", basket_size="54 mm",
     tamper_model="Tampwell TW-54", agent_name=A4), "exact fill")
fill("en/accessories/tamper-size", dict(buyer_name="Mr Idowu", machine_model="Velatti Corsa E61", basket_size="58 mm",
     tamper_model="Tampwell TW-58C", agent_name=A2), "the measuring sentence paraphrased with the same facts (JC2)",
     edits=[("To check what you have, measure across the inside of the basket at the top rim.",
             "To see which size you have, measure the inside of the basket across the top rim.")], tags=["paraphrase"])

# --- zh/grinder/retention
fill("zh/grinder/retention", dict(buyer_name="韩先生", product="Kornmill K48 磨豆机", purge_amount="五到八克",
     agent_name=Z1), "exact fill")
fill("zh/grinder/retention", dict(buyer_name="林女士", product="Kornmill K64 磨豆机", purge_amount="八到十克",
     agent_name=Z2), "greeting changed (JC2)", edits=[("林女士，您好！", "林女士，下午好！")], tags=["greeting"])
fill("zh/grinder/retention", dict(buyer_name="乔小姐", product=K48_ZH, purge_amount="五到八克", agent_name=Z1),
     "closing wish changed; the full 103-character Chinese listing title in the product slot (JC2)",
     edits=[("祝您使用愉快！", "祝您每天都有一杯好咖啡！")], tags=["sign-off", "long-value"])

# --- zh/machine/preheat
fill("zh/machine/preheat", dict(buyer_name="曹女士", product="Velatti Piccolo 咖啡机", warm_up_minutes="十五分钟",
     temperature="93度", agent_name=Z2), "exact fill")
fill("zh/machine/preheat", dict(buyer_name="贾女士", product=PICCOLO_ZH, warm_up_minutes="十五分钟",
     temperature="92度", agent_name=Z1),
     "exact fill with the full 107-character Chinese listing title in the product slot (JC2)", tags=["long-value"])
fill("zh/machine/preheat", dict(buyer_name="温先生", product="Velatti Duetto 双锅炉咖啡机", warm_up_minutes="二十分钟",
     temperature="94度", agent_name=Z1), "the long explanatory sentence split in two (JC2)",
     edits=[("还是凉的，这时萃取", "还是凉的。这时萃取")], tags=["split"])
fill("zh/machine/preheat", dict(buyer_name="祁女士", product="Velatti Corsa E61 咖啡机", warm_up_minutes="二十五分钟",
     temperature="93度", agent_name=Z2), "the temperature tip and the rest-between-shots tip swapped (JC2)",
     edits=[("- 浅烘焙的豆子可以把温度设在93度左右，深烘焙的豆子可以再低一到两度。\n- 每次萃取之间相隔至少三十秒，让锅炉回温。",
             "- 每次萃取之间相隔至少三十秒，让锅炉回温。\n- 浅烘焙的豆子可以把温度设在93度左右，深烘焙的豆子可以再低一到两度。")],
     tags=["reorder"])

# --- zh/care/backflush
fill("zh/care/backflush", dict(buyer_name="常先生", frequency="周", product="Velatti Corsa E61", agent_name=Z1), "exact fill")
fill("zh/care/backflush", dict(buyer_name="闵女士", frequency="两周", product="Velatti Duetto", agent_name=Z2),
     "warm line thanking for the patience added (JC2)",
     edits=[("为了保持冲煮头清洁", "谢谢您耐心等待我们的回复。为了保持冲煮头清洁")], tags=["warm-line"])

# --- zh/warranty/claim
fill("zh/warranty/claim", dict(buyer_name="叶先生", product="Velatti Duetto 双锅炉咖啡机", warranty_period="两年",
     order_id="113-5204718-9936621", case_id="BWS-W-40561", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="汤女士", product="Kornmill K64 磨豆机", warranty_period="一年",
     order_id="112-3370946-2218405", case_id="BWS-W-40627", agent_name=Z1),
     "items 1 and 2 of the list merged, item 3 renumbered (JC2)",
     edits=[("1. 一段从开机到出现问题的视频；\n2. 机身底部铭牌的照片（包含序列号）；",
             "1. 一段从开机到出现问题的视频，以及机身底部铭牌的照片（包含序列号）；"),
            ("3. 平时使用的", "2. 平时使用的")], tags=["merge"])
fill("zh/warranty/claim", dict(buyer_name="范先生", product="Velatti Piccolo 咖啡机", warranty_period="两年",
     order_id="114-6618203-4457190", case_id="BWS-W-40688", agent_name=Z2),
     "closing line changed to an apology (JC2)", edits=[("谢谢您的耐心！", "给您带来不便，再次向您致歉。")], tags=["sign-off"])

# --- zh/review/neutral-request (JC8)
fill("zh/review/neutral-request", dict(buyer_name="陆先生", order_id="113-7782019-4450386",
     product="Steamline 600毫升拉花杯", agent_name=Z1),
     "exact fill; the only review request for this order and the thread holds no earlier praise from the buyer (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="薛女士", order_id="112-0965371-8824159",
     product="Kornmill K48 磨豆机", agent_name=Z2),
     "closing wish changed; the only review request for this order, no earlier praise in the thread (JC2, JC8)",
     edits=[("感谢您的支持！", "祝您生活愉快！")], tags=["sign-off"])

# --- zh/apology/water-leak
fill("zh/apology/water-leak", dict(buyer_name="钱先生", product="Velatti Piccolo 咖啡机", agent_name=Z2), "exact fill")
fill("zh/apology/water-leak", dict(buyer_name="毛女士", product="Velatti Duetto 咖啡机", agent_name=Z1),
     "the safety sentence paraphrased with the same facts (JC2)",
     edits=[("检查前请先关机并拔掉电源，等机器完全冷却后再操作。", "请在关机、拔掉电源并等机器彻底冷却之后再进行检查。")],
     tags=["paraphrase"])

# --- zh-tw/milk/jug-choice
fill("zh-tw/milk/jug-choice", dict(buyer_name="黃小姐", capacity="三百五十毫升", product="Steamline 拉花鋼杯",
     agent_name=W1), "exact fill")
fill("zh-tw/milk/jug-choice", dict(buyer_name="劉先生", capacity="六百毫升", product="Steamline 尖嘴拉花鋼杯",
     agent_name=W2), "closing wish changed (JC2)", edits=[("祝您拉花順利！", "祝您每一杯都喝得開心！")], tags=["sign-off"])

# --- zh-tw/grinder/burr-clean
fill("zh-tw/grinder/burr-clean", dict(buyer_name="車先生", product="Kornmill K64", clean_interval="兩到三週",
     agent_name=W2), "exact fill")
fill("zh-tw/grinder/burr-clean", dict(buyer_name="蕭小姐", product="Kornmill K48", clean_interval="一個月",
     agent_name=W1), "warm line thanking for the patience added (JC2)",
     edits=[("蕭小姐 您好：\n\n", "蕭小姐 您好：\n\n謝謝您耐心等候我們的回覆。")], tags=["warm-line"])

# --- zh-tw/care/water-hardness
fill("zh-tw/care/water-hardness", dict(buyer_name="甘小姐", hardness="每公升一百八十毫克", product="Velatti Duetto",
     agent_name=W1), "exact fill")
fill("zh-tw/care/water-hardness", dict(buyer_name="饒先生", hardness="每公升二百二十毫克", product="Velatti Piccolo",
     agent_name=W2), "the last two paragraphs merged into one (JC2)",
     edits=[("才能正常運作。\n\n水質合適的話", "才能正常運作。水質合適的話")], tags=["merge"])

# --- zh-tw/troubleshoot/no-steam
fill("zh-tw/troubleshoot/no-steam", dict(buyer_name="謝先生", product="Velatti Corsa E61", agent_name=W2), "exact fill")
fill("zh-tw/troubleshoot/no-steam", dict(buyer_name="卓小姐", product="Velatti Duetto", agent_name=W1),
     "greeting changed to a morning greeting (JC2)", edits=[("卓小姐 您好：", "卓小姐 早安：")], tags=["greeting"])

# ==========================================================================
# 2. Template fill plus one extra logistics sentence -> []
# ==========================================================================
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, before=False, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], before=before, sep=sep)


fill_log("en/machine/dial-in", dict(buyer_name="Mr Dufresne", product="Velatti Piccolo", dose="16 g", shot_yield="34 g",
         shot_time="25 to 30 seconds", agent_name=A4),
         "the easiest to work with.",
         "The Gramline scale from the same order is travelling separately with USPS, tracking 9400111899562037718844, and should arrive on Thursday.",
         "split-shipment tracking for the scale added as its own paragraph", sep="\n\n")
fill_log("en/grinder/zero-point", dict(buyer_name="Mr Ekwueme", product="Kornmill K48", espresso_range="8 and 14",
         ring_screw="small Phillips screw", agent_name=A3),
         "so you can return to it later.",
         "The replacement hopper lid we promised you went out this morning with UPS, tracking 1Z4F8820A356194417.",
         "reshipment of a hopper lid missing from the box (JC6)")
fill_log("en/milk/steaming", dict(buyer_name="Oriane", product="Velatti Corsa E61", jug_size="600 ml Steamline",
         agent_name=A2),
         "before you pour.",
         "Your second jug, the 350 ml one, is with FedEx and due on Monday; the tracking number is in Your Orders.",
         "delivery date of a second jug added after the last tip", sep="\n\n")
fill_log("en/care/descale", dict(buyer_name="Eulalie", product="Velatti Duetto", interval="two months",
         dilution="one 125 ml bottle of Clearbrew Liquid Descaler with 875 ml of water", agent_name=A2),
         "hard to remove.",
         "The two bottles of Clearbrew on your order are a liquid, so they travel by ground only and should reach you about five business days after the machine.",
         "ground-only shipping of the liquid descaler explained (JC7)", sep="\n\n")
fill_log("en/warranty/claim", dict(buyer_name="Mrs Valderrama", product="Velatti Corsa E61", warranty_period="two-year",
         case_id="BWS-W-40419", order_id="111-5538820-1947263", agent_name=A1),
         "with either a repair or a replacement.",
         "Should the machine need a trip to our Reno service bench, you will get a prepaid return label and we will book the FedEx pickup from your door.",
         "return shipping for a possible repair added to the last paragraph")
fill_log("en/apology/error-code", dict(buyer_name="Hamish", product="Velatti Piccolo", error_code="E05", agent_name=A2),
         "arrange the next step with you.",
         "Should it turn out to need an exchange, you are still well inside the 30-day return window for order 114-3392075-5518204.",
         "return-window answer added after the checks")
fill_log("en/accessories/tamper-size", dict(buyer_name="Philippa", machine_model="Velatti Duetto", basket_size="58 mm",
         tamper_model="Tampwell TW-58C", agent_name=A3),
         "sold as the same size.",
         "If you would like to swap the 54 mm tamper you received for this one, open a return for it from Your Orders; the 58 mm tamper ships to you the moment the return label is scanned.",
         "exchange of a wrong-size tamper through a return (JC6)", sep="\n\n")
fill_log("zh/grinder/retention", dict(buyer_name="邓先生", product="Kornmill K48 磨豆机", purge_amount="五到八克",
         agent_name=Z2),
         "潮湿的粉容易结块堵塞。",
         "您另外订购的吹气囊已经由 USPS 寄出，运单号9400111899562044183027，按承运商的估计周四可以到。",
         "tracking of a separately ordered blower")
fill_log("zh/machine/preheat", dict(buyer_name="蔡先生", product="Velatti Piccolo 咖啡机", warm_up_minutes="十五分钟",
         temperature="92度", agent_name=Z1),
         "如果仍有疑问，欢迎继续在这里留言。",
         "另外，您订单里的 Tampwell 压粉器会单独发货，运单号会在发出后显示在“您的订单”页面。",
         "split-shipment notice for a tamper", before=True, sep="")
fill_log("zh/care/backflush", dict(buyer_name="钟先生", frequency="周", product="Velatti Corsa E61", agent_name=Z1),
         "不需要每次都放清洁片。",
         "您这次订购的盲碗和清洁片分两个包裹发出，今天都已交给 UPS，请留意查收。",
         "two parcels of one order dispatched", sep="\n\n")
fill_log("zh/warranty/claim", dict(buyer_name="许女士", product="Velatti Corsa E61 咖啡机", warranty_period="两年",
         order_id="111-9043385-7726014", case_id="BWS-W-40745", agent_name=Z1),
         "回复维修或更换的方案。",
         "如果机器需要寄回检修，来回运费我们来付，亚马逊会为您生成免费的退货面单，所以请先留着原包装箱。",
         "return shipping for a possible repair")
fill_log("zh/apology/water-leak", dict(buyer_name="裴先生", product="Velatti Corsa E61 咖啡机", agent_name=Z2),
         "我们会进一步为您处理。",
         "如果最后需要换货，您的订单仍在30天退货期内，在“您的订单”页面就能发起。",
         "return-window answer added after the checks", sep="")
fill_log("zh-tw/milk/jug-choice", dict(buyer_name="魏小姐", capacity="三百五十毫升", product="Steamline 拉花鋼杯",
         agent_name=W1),
         "避免用菜瓜布刮傷內壁。",
         "您訂購的兩個鋼杯放在同一個包裹裡，今天已經由 UPS 寄出。",
         "dispatch of the two jugs added as its own paragraph", sep="\n\n")
fill_log("zh-tw/grinder/burr-clean", dict(buyer_name="羅先生", product="Kornmill K64", clean_interval="兩到三週",
         agent_name=W2),
         "再開始正常使用。",
         "您加購的替換毛刷是分開寄的，單號 1Z6T2038A447120958。",
         "tracking of a separately shipped brush", sep="\n\n")
fill_log("zh-tw/troubleshoot/no-steam", dict(buyer_name="周小姐", product="Velatti Duetto", agent_name=W1),
         "就能避免再次堵塞。",
         "另外，收件地址已照您的要求改成公司地址，包裹會寄到新的地方。",
         "address change confirmed", sep="\n\n")

# ==========================================================================
# 3. Free-written logistics replies, no template -> []
# ==========================================================================
L = "logistics"
free(L, "en", """
Hi Mr Arkwright,

Your Velatti Corsa E61 left our Columbus warehouse yesterday evening with FedEx Home Delivery, tracking 784425190361, and FedEx expects to deliver it on Wednesday.

The box weighs about 24 kg (53 lb), so the driver will need a signature. If you will be out that day, you can have it held at a FedEx location near you from the FedEx tracking page.

Kind regards,
Ottilie Marchetti-Bose
Brasswick Espresso Supply
""", [], "tracking, signature and hold-at-location for a heavy machine", ["tracking", "delivery"])
free(L, "en", """
Hello Ms Vukovic,

Thanks for spotting the wrong apartment number so quickly. Order 113-4827160-0593318 is still waiting to be packed, so I've paused it for the rest of the day.

Because we may only send parcels to the address saved on the order, the fix has to come from your side: in Your Orders, pick this order and use "Change shipping address". The grinder leaves once the corrected address reaches us, most likely tomorrow morning.

Best regards,
Rafferty Nwosu
""", [], "address correction before dispatch", ["address"])
free(L, "en", """
Dear Mr Lachance,

I am so sorry the Velatti Duetto reached you with a dented side panel and a torn carton. The carrier damaged it in transit.

Please open a return in Your Orders with the reason "Item arrived damaged"; Amazon will give you a label at no cost. A new machine leaves our warehouse once the carrier has scanned the return, so you won't wait long without one. The foam inserts, if you kept them, will protect it even in the torn carton.

With apologies,
Juniper Halloran
Brasswick Espresso Supply
""", [], "machine damaged in transit: free return and replacement on scan (JC4)", ["damage", "returns"])
free(L, "en", """
Hi Bartholomew,

Of course, you can still send the Kornmill K48 back; your order is still within the 30 days for returns. A few packing steps:

1. Run the grinder empty for a few seconds and tip out any beans left in the hopper, so nothing rattles loose or spills in transit.
2. Put the hopper and the grinder back in the original box with the cardboard insert. If the box is gone, any sturdy carton with padding on all sides will do.
3. Request the return in Your Orders; Amazon then offers a label to print.

As this is a change-of-mind return, Amazon deducts the return shipping from the refund; the amount is shown before you confirm the return.

Thanks,
Teodor Lindqvist-Amadi
""", [], "change-of-mind return of a grinder: emptying and packing are return logistics (JC4)", ["returns"])
free(L, "en", """
Hi Ms Brannigan,

The Steamline milk jug set you returned arrived in Reno this morning, so we have released the $42.50 refund to your original payment card. It usually appears on a statement within three to five working days, and Your Orders already lists the order as refunded.

Kind regards,
Ottilie Marchetti-Bose
""", [], "refund issued after a return arrived; the amount is a refund, not a price offer (JC11)", ["refund", "near-miss"])
free(L, "en", """
Hello Mr Obradovic,

I am sorry the 350 ml milk jug was missing from your Velatti Piccolo bundle. We checked the packing record, and it was left out at our end.

A jug went out to you today free of charge with USPS, tracking 9400111899562051290776. There is no need to send anything back.

Best regards,
Juniper Halloran
""", [], "missing bundle item resent free of charge; a remedy, not a promotion (JC6, JC11)", ["fulfilment", "near-miss"])
free(L, "en", """
Hi Ronan,

You are right: you ordered the walnut-handle Tampwell TW-58C and we sent the black one. Sorry for the mix-up.

The walnut tamper has already been handed to UPS (tracking 1Z4F8820A361027735) and should reach you on Friday. Please return the black one within 30 days using the prepaid label that Amazon will show in Your Orders under this order; you will not be charged for it.

Best wishes,
Rafferty Nwosu
""", [], "wrong colour shipped, the right one sent and a free return for the wrong one (JC6)", ["fulfilment", "returns"])
free(L, "en", """
Dear Ms Tremaine-Boucher,

Thank you for checking before you ordered. We do ship the Velatti Duetto to Canada. Amazon collects an estimated Import Fees Deposit for duties and taxes at checkout, so the courier will not ask you for money at the door.

Should the final duties come in under that deposit, Amazon returns the unused part to you without you having to ask, normally within 60 days of delivery.

Kind regards,
Teodor Lindqvist-Amadi
Brasswick Espresso Supply
""", [], "customs: Import Fees Deposit for a Canadian buyer (JC7)", ["customs", "near-miss"])
free(L, "en", """
Hi Mr Featherstone,

No problem at all. We have cancelled order 112-6690143-5527981 for the Kornmill K64 as you asked. It had not been packed yet, so there is nothing to send back.

Amazon has released the payment hold, and it should disappear from your card statement within a few days.

Thanks,
Ottilie Marchetti-Bose
""", [], "cancellation before dispatch at the buyer's request (JC6)", ["cancellation"])
free(L, "en", """
Hello Ms Adeyinka,

I am sorry the parcel shows as delivered when it has not reached you. Carriers sometimes mark a parcel delivered a little before they actually drop it off, and it often turns up within 48 hours.

Could you please check with your neighbours, your building's mail room and any side doors or porches? If it has still not arrived by Thursday evening, reply here and we will send a replacement descaler at once.

Kind regards,
Juniper Halloran
""", [], "parcel marked delivered but not received", ["delivery"])
free(L, "en", """
Hi Giacomo,

Your order is coming in two parcels. The Velatti Piccolo shipped today with UPS, tracking 1Z4F8820A369943108.

The Clearbrew descaler on the same order is a liquid, so carriers will only move it by ground. It leaves our Columbus warehouse tomorrow and will have its own tracking number in Your Orders. It may arrive a few days after the machine.

Best regards,
Rafferty Nwosu
""", [], "split shipment; ground-only rule for a liquid is shipping, not product advice (JC7)", ["tracking", "split"])
free(L, "en", """
Hello Mrs Szabo,

Thank you for letting us know that the Kornmill K48 was a gift that did not suit. Gift returns can be started from the Returns Center with the order number on the gift receipt.

Once the grinder reaches us, the money is credited to the recipient's Amazon gift card balance; the person who bought the gift is not told about the return.

Kind regards,
Teodor Lindqvist-Amadi
""", [], "gift return refunded as gift card balance; no review involved (JC11)", ["returns", "near-miss"])
free(L, "en", """
Hi Mr Dunleavy,

Unfortunately UPS and FedEx cannot deliver a parcel of this weight to a PO box, so your Corsa E61 order is on hold rather than lost.

If you can give a street address for delivery, please update it in Your Orders under "Change shipping address". The machine goes out the same day we see the new address.

Kind regards,
Ottilie Marchetti-Bose
""", [], "heavy parcel cannot go to a PO box; address update needed", ["address"])
free(L, "en", """
Hello Ms Greenhalgh,

Yes, you can return the Velatti Piccolo even though you have used it. To keep the inside of the box dry on the way back, please empty the water tank and the drip tray and leave them open to dry for a day before packing.

Then pack the machine in its original box with the foam ends and request the return from Your Orders; the label you print there covers the trip. We will refund you as soon as it arrives in Reno.

Best regards,
Juniper Halloran
""", [], "return of a used machine: emptying the tank and tray so nothing leaks in transit is packing (JC4)", ["returns"])
free(L, "en", """
Hi Lucan,

Sorry for the wait. The storm across the Midwest closed two FedEx hubs for a day, and your grinder was caught in the backlog at Indianapolis.

FedEx now shows it moving again with a new delivery date of Tuesday. The tracking number is unchanged: 784425190917. If it has not moved by Monday night, reply here and we will send another one.

Kind regards,
Rafferty Nwosu
""", [], "weather delay with a new delivery date", ["delivery", "delay"])
free(L, "en", """
Dear Mr Ravenscroft,

Since you bought the milk jug set in December, you have until 31 January to return it; orders placed for the holidays get the longer return window.

Whenever you are ready, the return can be requested from Your Orders. The jugs do not need their original packaging, but please wrap them in paper so they do not scratch each other.

Kind regards,
Teodor Lindqvist-Amadi
""", [], "holiday return window and packing of jugs", ["returns"])
free(L, "en", """
Hi Ms Ferrante,

Thank you for the photos of the scuff on the side of the Kornmill K64. Since the scuff came from transit and you prefer to keep the grinder rather than send it back, we have refunded $25.00 of the price to your original payment method.

If you change your mind, a full return is still possible within 30 days of delivery.

Best regards,
Ottilie Marchetti-Bose
""", [], "partial refund for transit scuffing instead of a return; an order-fulfilment remedy (JC4, JC6, JC11)", ["refund", "damage"])
free(L, "en", """
Hello Mr Nakagawa-Bryce,

Your Velatti Duetto is ready to leave our Reno warehouse. Because the carton weighs 27 kg, the carrier will ask for a signature and will not leave it at the door.

If nobody is home during the day, please choose a delivery date in the FedEx Delivery Manager or send the parcel to a FedEx location through the tracking page. The tracking number, 784425191204, will be live from tonight.

Kind regards,
Juniper Halloran
""", [], "signature and delivery options for a 27 kg machine", ["delivery"])

# --- Simplified Chinese
free(L, "zh", """
余先生，您好！

您订购的 Velatti Duetto 咖啡机已于昨天从哥伦布仓库发出，承运商是 FedEx，运单号784425191533，预计周三送达。

包裹较重，派送时需要本人签收。如果当天不在家，可以在 FedEx 的查询页面改为到附近网点自取。

此致
蒋书遥
""", [], "tracking and signature for a machine", ["tracking", "delivery"])
free(L, "zh", """
晏女士，您好！

感谢您及时告诉我们门牌号写错了。订单112-5081376-4429157目前尚未打包，我们先把它扣下了。

包裹只能寄往订单上登记的地址，所以需要您自己在“您的订单”中修改：选中这笔订单，使用“更改收货地址”功能即可。新地址同步过来后，我们会马上安排发出，预计明天上午出库。

柏启川
""", [], "address correction before dispatch", ["address"])
free(L, "zh", """
秦先生，您好！

实在抱歉，您收到的 Kornmill K64 磨豆机外箱破损，豆仓盖也摔裂了，问题出在运输途中。

麻烦您在“您的订单”里发起退货，理由请选“收到时已损坏”，这样退货运费不需要您承担。退货包裹被承运商揽收扫描后，新的一台就会从我们仓库发出，不必等旧机寄回。

再次致歉！
蒋书遥
""", [], "grinder damaged in transit: free return and replacement on scan (JC4)", ["damage", "returns"])
free(L, "zh", """
吕女士，您好！

Velatti Piccolo 咖啡机在30天内可以无理由退货。为了避免运输途中漏水，寄回前请把水箱和接水盘里的水倒干净，晾干一天再装箱。

原包装和泡沫护角还在的话最好用上，装好后到“您的订单”发起退货，打印系统生成的标签贴在箱子上。因为不是质量问题，退回的运费由亚马逊从退款里扣掉，提交申请时页面上会写明金额。

柏启川
""", [], "change-of-mind return: draining the tank before packing is return logistics (JC4)", ["returns"])
free(L, "zh", """
石先生，您好！

寄回的 Tampwell 压粉器今天已经入库，退款29.99美元已原路退回您的付款卡。到账时间因银行而异，多数在一周之内。

蒋书遥
""", [], "refund of a return; an amount refunded is not a price offer (JC11)", ["refund", "near-miss"])
free(L, "zh", """
袁女士，您好！

很抱歉您的订单里少了一盒 Clearbrew 清洁片。我们核对了打包记录，确实是我们漏发了。

今天已经为您免费补寄，承运商是 USPS，运单号9400111899562068835170，大约下周初能到，原来的包裹不需要寄回。

柏启川
""", [], "missing item resent free of charge; a remedy, not a promotion (JC6, JC11)", ["fulfilment", "near-miss"])
free(L, "zh", """
隋先生，您好！

确实是我们发错了：订单里写的是银色拉花杯，寄出的却是黑色，非常抱歉。

银色那只已交给 UPS，运单号1Z4F8820A372286514，周五应该能到。黑色的请在30天内寄回，退货面单在订单页面就能打印，运费不用您出。

蒋书遥
""", [], "wrong colour shipped; the right one sent, free return of the wrong one (JC6)", ["fulfilment", "returns"])
free(L, "zh", """
程女士，您好！

已按您的要求取消订单113-6075492-8310264，系统显示包裹还没有出库，所以不需要退回任何东西。

支付时的预授权金额会由亚马逊撤销，一般几天内就会从您的信用卡账单上消失。

柏启川
""", [], "cancellation at the buyer's request; 取消订单 is a logistics near-miss (JC6, JC11)", ["cancellation", "near-miss"])
free(L, "zh", """
欧阳先生，您好！

很抱歉物流显示已签收，但您还没有拿到包裹。承运商有时会提前标记签收，包裹通常会在48小时内送到。

麻烦您先问一下邻居、物业前台或快递柜。如果到周四晚上还是没有收到，请在这里回复我们，我们会立即为您重新发货。

蒋书遥
""", [], "parcel marked delivered but not received", ["delivery"])
free(L, "zh", """
高女士，您好！

这笔订单拆成了两个包裹。Kornmill K48 磨豆机今天已经由 UPS 发出，运单号1Z4F8820A378810469。

同一订单里的 Clearbrew 除垢剂属于液体，承运商只接受陆运，所以会从另一个仓库单独发货，晚几天到。发出后它的运单号会显示在“您的订单”页面。

柏启川
""", [], "split shipment; ground-only rule for a liquid is shipping (JC7)", ["tracking", "split"])
free(L, "zh", """
任先生，您好！

您在12月购买的商品，退货期限延长到1月31日，在此之前都可以在“退货中心”提交退货申请。

拉花杯不需要原包装，寄回时用纸包好、避免互相刮花即可。

蒋书遥
""", [], "holiday return window and packing", ["returns"])
free(L, "zh", """
姚女士，您好！

非常抱歉让您久等了。受暴风雪影响，FedEx 在芝加哥的转运中心停运了一天，您的咖啡机也因此延误。

目前物流已恢复，新的预计送达日期是下周二，运单号不变。如果周一晚上还没有更新，请再留言，我们来向承运商追查。

柏启川
""", [], "weather delay with a new delivery date", ["delivery", "delay"])
free(L, "zh", """
侯先生，您好！

我们可以把 Velatti Corsa E61 寄到加拿大。下单时亚马逊会预收一笔进口费用押金，用来支付关税和税费，送货时快递员不会再向您收钱。

如果最终的关税和税费比押金少，多出的部分由亚马逊自动退还，通常在收货后两个月内完成。

蒋书遥
""", [], "customs: Import Fees Deposit for a Canadian buyer (JC7)", ["customs"])

# --- Traditional Chinese
free(L, "zh", """
簡先生 您好：

您訂購的 Velatti Piccolo 咖啡機已於今天從雷諾倉庫出貨，由 UPS 配送，追蹤號碼 1Z4F8820A380157392，UPS 預估週四會送到。

配送進度也會同步顯示在「您的訂單」裡。

莊宜蓁 敬上
""", [], "tracking for a machine", ["tracking"], trad=True)
free(L, "zh", """
葉小姐 您好：

謝謝您及早通知我們。訂單 114-8206637-1942580 還沒有包裝，我們已經先暫停出貨。

請到「您的訂單」，找到這筆訂單後點「變更寄送地址」改成正確的地址。新地址同步到我們這邊之後，我們會在當天安排出貨。

溫柏翰 敬上
""", [], "address correction before dispatch", ["address"], trad=True)
free(L, "zh", """
蘇先生 您好：

真的很抱歉，寄到您手上的拉花鋼杯在運送途中被壓凹了。

麻煩到「您的訂單」辦理退貨，退貨理由點選「收到時商品已損壞」，運費不用您出。承運商掃描退貨包裹後，我們會立刻寄出新的鋼杯給您。

莊宜蓁 敬上
""", [], "jug damaged in transit: free return and replacement (JC4)", ["damage", "returns"], trad=True)
free(L, "zh", """
方小姐 您好：

您退回的 Kornmill K48 磨豆機已經回到我們倉庫，退款 189.00 美元已經退到您下單時用的那張卡，依銀行作業時間，一般一週內入帳。

溫柏翰 敬上
""", [], "refund of a return; a refunded amount is not a price offer (JC11)", ["refund", "near-miss"], trad=True)
free(L, "zh", """
林先生 您好：

很抱歉您的 Velatti Duetto 少了一個雙份粉碗，經過查核，問題出在我們出貨時少裝了一個。

今天已經免費補寄給您，由 USPS 配送，單號 9400111899562073364815，預計下週一左右送到。

莊宜蓁 敬上
""", [], "missing basket resent free of charge (JC6, JC11)", ["fulfilment", "near-miss"], trad=True)

# ==========================================================================
# 4a. Free non-logistics replies no template covers -> [template-required]
# ==========================================================================
N = "free-non-logistics"
free(N, "en", """
Hi Wynne,

Oat milk can be steamed on the Piccolo, but it behaves differently from dairy. Look for a carton labelled "barista" or "for coffee": those contain a little added fat and a stabiliser, and they hold foam far better than the regular kind.

Stop heating earlier than you would with cow's milk, at about 55 °C, because oat milk turns thin and slightly cereal-tasting when it gets hotter. Stretch it for a shorter time too; it foams up quickly and the bubbles get large if you keep adding air.

Kind regards,
Rafferty Nwosu
""", TR, "advice on steaming oat milk", ["advice"])
free(N, "en", """
Hello Mr Drummond-Ile,

Both grinders will make good espresso; the difference is in what else you brew. The Kornmill K48 has conical burrs and is at its best for espresso and moka pot, with a compact body that fits under most kitchen cabinets.

The K64 has larger flat burrs, which give a more even grind across the range. If you also make filter coffee or pour-over most mornings, the K64 is the better fit, because switching from espresso to a filter setting and back is quicker and more repeatable on it. For espresso only, the K48 does the job and takes up less room.

Best regards,
Juniper Halloran
""", TR, "comparison of two grinders that the buyer asked for; no price or promotion (JC10)", ["comparison"])
free(N, "en", """
Hi Delphine,

Coffee keeps best in an airtight, opaque container at room temperature, away from the stove and the window. The fridge is not a good place: the beans pick up moisture and smells every time the container comes out.

If you buy a large bag, you can freeze part of it in small, well-sealed portions and take out one portion a week. Let a frozen portion reach room temperature before you open it, so no condensation forms on the beans. Once opened, most beans taste their best for two to three weeks.

All the best,
Teodor Lindqvist-Amadi
""", TR, "advice on storing coffee beans", ["advice"])
free(N, "en", """
Hello Ms Harrow-Kimani,

The two baskets that come with the Piccolo work in different ways. The one with a single hole in the bottom is pressurised: it builds pressure on its own, so it forgives pre-ground coffee and an imperfect grind, but the crema it makes is partly foam.

The basket with many small holes is unpressurised. It needs freshly ground coffee and a proper espresso grind, and in return gives you a truer taste and lets you adjust the shot. Many people start with the pressurised basket and move to the other one once they have a grinder they like.

Best wishes,
Ottilie Marchetti-Bose
""", TR, "explanation of pressurised and unpressurised baskets", ["advice"])
free(N, "en", """
Hi Mr Thorogood,

Cleaning the burrs of the K64 is not difficult. Unplug it, empty the hopper, then turn the adjustment to its coarsest setting, press the release catch and unscrew the top burr carrier anticlockwise.

Brush the burrs and the grinding chamber with the brush from the box, and wipe any oily residue with a dry cloth. Keep water well away from the burrs, or they may rust. Put the carrier back in reverse order and return the dial to your usual number, then grind a few beans and throw them away before your next shot.

Kind regards,
Juniper Halloran
""", TR, "burr cleaning in English; the only burr-cleaning template is Traditional Chinese (JC9)", ["cross-language"])
free(N, "en", """
Hello Mrs Penhaligon,

A hardness of 220 mg per litre is on the hard side for an espresso machine. We would fit a water-softening filter in the tank of your Duetto and change it every two months, or use a bottled water that is low in minerals.

Please do not switch to distilled or reverse-osmosis water with no minerals at all. The water-level sensor relies on the minerals in the water to work, and the machine may report an empty tank. With softer water you will also need to descale less often.

Best regards,
Rafferty Nwosu
""", TR, "water hardness advice in English; the only water-hardness template is Traditional Chinese (JC9)", ["cross-language"])
free(N, "en", """
Hi Fintan,

You don't need to lean on the tamper with all your weight. Once the coffee is compressed, more force makes very little difference to the shot. What matters more is that the tamp is level and done the same way every time.

Rest the portafilter on the edge of the counter, hold the tamper like a doorknob with your wrist straight, and press down until the coffee stops giving. A light twist as you lift the tamper off polishes the surface, but it is optional.

Best wishes,
Teodor Lindqvist-Amadi
""", TR, "tamping technique advice", ["advice"])
free(N, "en", """
Hello Ms Quayle,

The Kornmill H38 hand grinder is a good travel companion. For espresso, start about ten clicks from zero; for a pour-over, somewhere around 25 to 30 clicks.

Hold the body against your chest or between your knees rather than in the air, and turn the handle at a steady pace. Grinding 18 g for espresso takes about a minute. If the handle suddenly gets very easy, the beans are finished, so check before you stop turning.

Kind regards,
Ottilie Marchetti-Bose
""", TR, "hand grinder settings and technique", ["advice"])
free(N, "en", """
Hi Mr Lindahl-Ocampo,

The timer on the Gramline GS-2 has two modes. Press the timer button once and it starts counting when the first drops land on the scale. Press it twice and you have to start it by hand.

For espresso, the automatic mode is the easiest: tare with the empty cup on the scale, press the timer button once and start the shot. The display then shows the weight and the time side by side, which is all you need for dialling in.

Best regards,
Juniper Halloran
""", TR, "how to use the scale's timer modes", ["how-to"])
free(N, "en", """
Hello Araminta,

Very dark, oily beans can be hard on a grinder. The oil sticks the grounds together, and they build up in the chute until it blocks.

If you like dark roasts, brush out the chute every few days, and once a month run a small handful of a lighter, drier bean through the grinder to carry the oily residue out. Grind a little coarser than you would for a medium roast as well; dark beans extract faster.

All the best,
Rafferty Nwosu
""", TR, "advice on dark, oily beans in a grinder", ["advice"])
free(N, "en", """
Hi Mr Brockhurst,

The Corsa E61 is a heat-exchange machine, so after it has been idle for a while, the first water from the group is hotter than is ideal for espresso. That is what makes the first shot of the morning taste sharp.

Before you lock in the portafilter, run water from the group into the drip tray until the hissing and spitting stops and the flow is steady, usually for four to six seconds. Then pull your shot straight away. Between shots in quick succession you only need a two-second flush.

Kind regards,
Teodor Lindqvist-Amadi
""", TR, "cooling flush on a heat-exchange machine", ["advice"])

# --- Simplified Chinese
free(N, "zh", """
汪先生，您好！

根据您所在地区的水质，建议您每两个月给 Velatti Duetto 除一次垢。操作时先取下水箱里的滤芯，把一瓶 Clearbrew 除垢液兑上清水倒进水箱，开机加热后分几次从冲煮头和热水口放水，中间每次停五分钟。

全部放完后关机，让除垢液在机器里停留二十分钟，再用清水把水箱冲净，重复放两箱清水。请不要用白醋代替，醋会损伤密封圈，还会留下很难去除的味道。

蒋书遥
""", TR, "descaling advice in Simplified Chinese; the only descaling template is English (JC9)", ["cross-language"])
free(N, "zh", """
冯女士，您好！

燕麦奶可以打发，但要选“咖啡师版”或标有适合咖啡的燕麦奶，这类产品添加了少量油脂和稳定剂，奶泡更持久。

打发时加热到55度左右就可以停了，温度太高燕麦奶会变稀，还会有谷物的味道。进气的时间也要比牛奶短一些，因为它起泡很快，气泡容易变大。

柏启川
""", TR, "advice on steaming oat milk", ["advice"])
free(N, "zh", """
谢先生，您好！

咖啡豆最好放在密封、避光的罐子里，常温保存，远离灶台和窗边。不建议放冰箱，每次拿进拿出豆子都会吸潮、串味。

如果一次买得比较多，可以分成小份密封后冷冻，每周取出一份。取出后先等它回到室温再打开，以免豆子表面结露。开封后的豆子一般在两到三周内风味最好。

蒋书遥
""", TR, "advice on storing coffee beans", ["advice"])
free(N, "zh", """
柯女士，您好！

这两款机器都能做出很好的意式浓缩，主要区别在于打奶泡。Velatti Piccolo 是单锅炉，萃取完咖啡后要等一会儿升温才能打奶泡，适合每天一两杯、以美式或浓缩为主的用户。

Velatti Duetto 是双锅炉，咖啡和蒸汽各用一个锅炉，可以一边萃取一边打奶泡。如果您家里经常一次做好几杯拿铁或卡布奇诺，Duetto 会方便很多。

柏启川
""", TR, "comparison of two machines that the buyer asked for; no promotion (JC10)", ["comparison"])
free(N, "zh", """
俞先生，您好！

单份粉碗和双份粉碗的区别主要在容量。单份粉碗建议装8到10克粉，双份粉碗装16到18克。

单份粉碗形状比较窄，粉层容易不均匀，萃取难度更高，所以我们一般建议从双份粉碗开始练习。找到合适的研磨度之后，如果只想喝一小杯，可以把双份的咖啡分到两个杯子里。

蒋书遥
""", TR, "single versus double basket", ["advice"])
free(N, "zh", """
骆女士，您好！

Kornmill H38 手摇磨豆机用来做手冲的话，可以从归零后往粗的方向调25到30格开始尝试。冲出来偏苦、流速很慢，就再调粗两三格；偏酸、味道淡，就调细一些。

研磨时把机身靠在胸前或者夹在两腿之间，会比悬空握着轻松很多。每次大约研磨15克，一分钟左右就能完成。

柏启川
""", TR, "hand grinder settings for pour-over", ["advice"])
free(N, "zh", """
雷先生，您好！

Gramline GS-2 电子秤开机后先放上杯子，按一下“归零”键去皮。计时键按一次是自动模式，咖啡液滴到杯子里时会自动开始计时；连按两次是手动模式，需要您自己按键开始。

做意式浓缩时用自动模式最方便，屏幕会同时显示重量和时间，方便您记录每一杯的参数。

蒋书遥
""", TR, "how to use the scale", ["how-to"])
free(N, "zh", """
夏女士，您好！

用 Velatti Piccolo 做美式咖啡很简单：先从热水口往杯子里接120到150毫升热水，再把一份双份浓缩直接萃取到热水上。

先放热水、后放浓缩，表面的油脂能保留得更好，口感也更顺滑。如果觉得太淡，可以减少热水量，而不是延长萃取时间。

柏启川
""", TR, "how to make an americano", ["how-to"])

# --- Traditional Chinese
free(N, "zh", """
邱先生 您好：

手沖和義式需要的研磨粗細差很多。義式濃縮要磨得很細，接近麵粉的觸感；手沖則大約是砂糖的顆粒大小。

Kornmill K64 兩種都能磨，只是每次切換之後，建議先磨幾公克豆子丟掉，把上一種粗細的殘粉排出來。如果您幾乎只喝手沖，可以把刻度固定在手沖的範圍，需要時再調回來。

溫柏翰 敬上
""", TR, "grind size for pour-over versus espresso, answering the buyer's question (JC10)", ["comparison"], trad=True)
free(N, "zh", """
杜先生 您好：

Velatti Corsa E61 的沖煮頭建議每週用清潔錠做一次逆洗：把盲碗裝進把手，放一顆清潔錠，扣上沖煮頭後開關水五次，每次十秒。

接著換成清水再做五次，把清潔劑完全沖掉。平常每天用完後，只用清水逆洗兩三次就好，不需要每次都放清潔錠。

莊宜蓁 敬上
""", TR, "backflush advice in Traditional Chinese, in the agent's own words; the only backflush template is Simplified (JC9)", ["cross-language"], trad=True)
free(N, "zh", """
龔小姐 您好：

燕麥奶可以打發，建議選擇標示「咖啡師專用」的款式，奶泡會比較持久。

加熱到大約攝氏五十五度就可以停止，溫度太高會變得稀薄，也容易出現穀物味。進氣的時間也要縮短，因為燕麥奶起泡很快，氣泡容易變大。

溫柏翰 敬上
""", TR, "advice on steaming oat milk", ["advice"], trad=True)

# ==========================================================================
# 4b. A template's content rewritten in the agent's own words -> [template-required]
# ==========================================================================
R = "rewritten"
free(R, "en", """
Hey Tobias,

Good to hear the Piccolo is up and running! My advice for the first week: don't change five things at once. Keep the dose at 16 g and the amount in the cup at 32 g, weighed, not guessed, and only ever move the grinder.

A shot that gushes out in under 25 seconds and tastes sharp wants a finer grind; one that drips for more than 30 seconds and tastes harsh wants it coarser. Go a notch at a time and give each notch a couple of shots. Oh, and beans a few weeks past their roast date are far easier to dial in than very fresh ones.

Cheers,
Rafferty Nwosu
""", TR, "own-words version of en/machine/dial-in (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Sandoval,

Here's the trick for finding where zero really is on your K48. Switch it on with no beans in it and slowly wind the ring toward fine. The moment you hear a faint squeak from the burrs touching, stop and turn it off, since they shouldn't grind against each other for long. Whatever number the dial shows is your real zero.

For espresso, you'll end up somewhere 8 to 14 steps above that. If the squeak happens well away from the 0 mark, undo the little screw under the collar, spin the dial to 0 with the burrs held still, and do the screw back up.

Regards,
Juniper Halloran
""", TR, "own-words version of en/grinder/zero-point (JC12)", ["rewrite"])
free(R, "en", """
Hello Ms Varga,

Steaming is easiest with cold milk and a cold jug, filled only to where the spout starts. Blast the wand into the tray for a moment first to clear out water.

Then sink the tip just below the milk, a little to one side, and open the steam all the way. A soft tearing sound means you are adding air; once the jug is warm, push the tip deeper so the milk just whirls. When you can no longer keep your hand on the jug, you're done. Clean the wand and blast it again immediately, and knock the jug on the counter before pouring.

Best,
Ottilie Marchetti-Bose
""", TR, "own-words version of en/milk/steaming (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Olawale,

With your water, descaling the Duetto every two months is about right. Take the filter out of the tank, pour in a bottle of Clearbrew and top it up with water to a litre, and let the machine get hot.

Run the solution out in cupfuls, half from the group and half from the hot water tap, resting a few minutes between each, then switch off and give it twenty minutes. Finish with two tanks of clean water run through the same way. Skip the vinegar, please; the seals don't like it and the taste lingers.

Thanks,
Teodor Lindqvist-Amadi
""", TR, "own-words version of en/care/descale (JC12)", ["rewrite"])
free(R, "en", """
Hello Ms Ruiz-Pemberton,

Those little sprays out of the portafilter mean water is tunnelling through one part of the coffee. The machine is fine; it's the puck.

Stir the grounds with a needle tool to get rid of lumps, tamp just once and keep the tamper flat, and brush stray coffee off the basket rim before locking in. Don't leave the portafilter sitting in the hot group: start the shot as soon as it is in. Give it a week, and send another clip if you still see spraying.

Warmly,
Juniper Halloran
""", TR, "own-words version of en/troubleshoot/channeling (JC12)", ["rewrite"])
free(R, "en", """
Hi Mr Montgomery-Sato,

Sorry to hear the grinder is acting up. It has a one-year warranty for faults in materials or assembly, so we can sort it out.

Could you reply with a video of what happens when you switch it on, a picture of the serial number sticker underneath, and a quick note on how much you use it? Once we have those, we will come back to you within a working day with a repair or a new grinder.

Best regards,
Rafferty Nwosu
""", TR, "own-words version of en/warranty/claim, without case or order id (JC12)", ["rewrite"])
free(R, "en", """
Hi Leontyne,

Now that the jug has been in use for a few weeks, your thoughts on it, good or bad, could help other people decide whether it suits them. If you feel like writing a review on Amazon, it would be read; if not, no problem at all.

Best wishes,
Ottilie Marchetti-Bose
""", TR, "neutral review request in the agent's own words: not review-inducement, but not the approved wording either (JC8, JC12)", ["rewrite", "review"])
free(R, "en", """
Hello Mr Ferreira-Dunne,

The Corsa E61 takes 58 mm baskets, so the Tampwell TW-58C is the one you want.

You are after a tamper that only just clears the basket walls: after a tamp there should be a hairline of loose coffee around the edge, no more. Too much space and water sneaks down the gap. Other brands' baskets labelled 58 mm are not always exactly that, so a quick measurement of the inside at the top is worth doing.

Kind regards,
Teodor Lindqvist-Amadi
""", TR, "own-words version of en/accessories/tamper-size (JC12)", ["rewrite"])

# --- Simplified Chinese
free(R, "zh", """
覃先生，您好！

磨出来的粉比倒进去的豆子少一点是很正常的，一部分粉会留在磨豆机内部，并不是机器坏了。

想少留一些的话，可以每次磨完多让它空转几秒；再用吹气囊从上面按几下，把出粉口的粉吹干净。称豆研磨时可以多放一点点，大概零点二克。换豆子的时候先磨一小把倒掉。出粉口最好隔两周刷一次，粉受潮会结块。

蒋书遥
""", TR, "own-words version of zh/grinder/retention (JC12)", ["rewrite"])
free(R, "zh", """
戴女士，您好！

指示灯亮了只说明锅炉热了，手柄和冲煮头还没热透，所以这时做出来的咖啡会有点酸。

开机时把手柄一起装上，等上十五分钟左右；每次做咖啡前先放一点热水；萃取浅烘的豆子温度调到93度上下，深烘的再调低一两度；连续做几杯时，中间歇半分钟左右。这样味道就会稳定下来。

柏启川
""", TR, "own-words version of zh/machine/preheat (JC12)", ["rewrite"])
free(R, "zh", """
萧先生，您好！

清洁片反冲洗每周做一次就够了：装上盲碗，放一片清洁片，手柄扣好，冲十秒停十秒，来回五次。

然后拿下手柄，一边出水一边晃动手柄，把密封圈附近冲一冲。再用清水照样冲五次，最后做一杯咖啡倒掉。平时每天只用清水冲两三次，不用放清洁片。

蒋书遥
""", TR, "own-words version of zh/care/backflush (JC12)", ["rewrite"])
free(R, "zh", """
滕女士，您好！

机器下面有水确实让人着急，不过一般不是大问题。最常见的是接水盘满了或者没放到位；其次是水箱底下的阀门沾了咖啡粉或水垢，水箱装不严；还有可能是冲煮头的胶圈漏水，做咖啡时水会顺着手柄往下流。

记得先断电，等机器凉了再检查。都检查过还是漏的话，拍张照片发给我们看看。

柏启川
""", TR, "own-words version of zh/apology/water-leak (JC12)", ["rewrite"])
free(R, "zh", """
鲁先生，您好！

磨豆机出了状况，真是抱歉。它享有一年保修，只要是材料或做工的问题都可以处理。

麻烦您录一段开机时的视频，再拍一下机器底部的铭牌，另外告诉我们平时用什么水。资料齐了以后，隔天就能告诉您是修还是换。

蒋书遥
""", TR, "own-words version of zh/warranty/claim, without case or order id (JC12)", ["rewrite"])

# --- Traditional Chinese
free(R, "zh", """
胡小姐 您好：

一般做一杯拿鐵或卡布奇諾，三百五十毫升的鋼杯就很好用。牛奶不要倒太多，到杯嘴下面一點就夠了。

鋼杯和牛奶先冰一下，打發時間會長一些；打完敲一敲、搖一搖再倒。倒的時候先拉高對準中間，看到白色浮上來再放低。洗的時候用軟布就好，別用菜瓜布。

莊宜蓁 敬上
""", TR, "own-words version of zh-tw/milk/jug-choice (JC12)", ["rewrite"], trad=True)
free(R, "zh", """
曾先生 您好：

您的 Kornmill K64 已經使用一段時間了。不論好壞，如果您願意在亞馬遜上寫下使用心得，都能幫助其他咖啡愛好者做決定；要不要寫完全看您的意願。

溫柏翰 敬上
""", TR, "neutral review request in Traditional Chinese, for which no review template exists: not review-inducement, but not approved wording (JC8, JC9)", ["rewrite", "review"], trad=True)

# ==========================================================================
# 4c. Logistics replies that also give product advice -> [template-required]
# ==========================================================================
M = "mixed-logistics"
free(M, "en", """
Hi Mr Carrow-Reid,

You are right that the tamper is too wide for your basket. Open a return for it from Your Orders, and the 54 mm Tampwell TW-54 will be dispatched once the return label has been scanned.

In the meantime, please don't keep using the 58 mm tamper. It cannot reach the coffee evenly, so it presses only the middle and leaves a loose ring at the edge, which makes the shots run fast and sour. Until the new one arrives, you will get better results by pressing the coffee flat with the back of a clean spoon.

Kind regards,
Juniper Halloran
""", TR, "exchange of a wrong-size tamper plus advice on tamping until it arrives (JC5)", ["returns", "advice"])
free(M, "en", """
Hello Mrs Abiodun,

I am sorry the Clearbrew descaler is late. The carrier now expects to deliver it on Saturday.

There is no need to worry about the delay. Putting off a descale by a couple of weeks does no harm, and until then you can slow new scale by filling the tank with filtered or bottled water instead of tap water. Empty and refill the tank daily rather than topping it up.

Best regards,
Rafferty Nwosu
""", TR, "delivery delay plus advice on water until the descaler arrives (JC5)", ["delay", "advice"])
free(M, "en", """
Hi Ms Ellery,

You can return the Piccolo within 30 days, and I am happy to help you do that. The return can be opened from Your Orders, where you will also find the label to print.

Before you pack it, though, one thing worth trying: the pressure gauge reads low when the basket with many holes is used with pre-ground supermarket coffee, because that coffee is too coarse for espresso. Try the single-hole pressurised basket from the box with the same coffee, and the needle should rise into the middle of the gauge.

Kind regards,
Teodor Lindqvist-Amadi
""", TR, "return instructions plus troubleshooting the low pressure reading (JC5)", ["returns", "troubleshooting"])
free(M, "en", """
Hello Mr Pettifer,

A new group gasket for your Corsa E61 left our Columbus warehouse today with USPS, tracking 9400111899562087752136.

Fitting it is easiest when the machine is cold. Prise the old gasket out with a flat screwdriver, taking care not to scratch the brass, then wipe the groove clean. Press the new gasket in with the flat side facing down and the screen on top of it, and lock an empty portafilter in a few times to seat it.

Best wishes,
Ottilie Marchetti-Bose
""", TR, "replacement gasket shipped plus fitting instructions (JC5)", ["fulfilment", "how-to"])
free(M, "en", """
Hi Soren,

Done: order 111-3360728-9054417 for the Kornmill K64 is cancelled, and it had not shipped, so there is nothing to return.

You also asked whether the K48 you already own is enough for what you brew. As you mostly make espresso and only the occasional filter coffee, it is: its conical burrs are made for fine espresso grinding, and for the odd filter coffee you only need to open it up by about fifteen steps and grind a few beans to clear the chute.

Kind regards,
Juniper Halloran
""", TR, "cancellation plus an answer on whether the grinder the buyer already owns is enough; no product is offered, so not marketing (JC5, JC10)", ["cancellation", "comparison"])

# --- Simplified Chinese
free(M, "zh", """
邹先生，您好！

新的蒸汽喷头今天已经通过 UPS 寄出，运单号1Z4F8820A391164820，周四应该能收到。

装上之后，头一回用之前先空放蒸汽十秒左右，把管道里的冷凝水排干净。平时打完奶后要立刻用湿布擦干净喷头，再放两秒蒸汽，这样奶渍就不会在小孔里干结。

柏启川
""", TR, "replacement steam tip shipped plus use and cleaning advice (JC5)", ["fulfilment", "advice"])
free(M, "zh", """
熊女士，您好！

磨豆机在30天内都可以申请退货，在“您的订单”里操作即可，退货标签可以直接打印。

不过寄回前不妨先做个尝试：把研磨度调粗三到四格。您描述的出粉很慢、机器声音变闷，通常是刻度调得太细，刀盘被粉卡住了，并不一定是故障。

蒋书遥
""", TR, "return instructions plus troubleshooting grind setting (JC5)", ["returns", "troubleshooting"])
free(M, "zh", """
左先生，您好！

很抱歉，您的 Kornmill K48 因为承运商延误，预计要到下周一才能送达。

在此期间，如果您用的是手摇磨豆机做意式，可以从归零往粗的方向调10格左右开始，出液太快就调细一格，太慢就调粗一格。

柏启川
""", TR, "delivery delay plus grind advice for a hand grinder meanwhile (JC5)", ["delay", "advice"])

# --- Traditional Chinese
free(M, "zh", """
盧小姐 您好：

替換用的蒸氣棒今天交給 UPS 了，單號 1Z4F8820A397705241，週五前後會到。

另外，您提到用的是低脂牛奶。低脂牛奶比較容易打出粗大的氣泡，建議您進氣的時間縮短一點，並在打發前把牛奶冰到很冷，奶泡會細緻許多。

溫柏翰 敬上
""", TR, "replacement steam wand shipped plus milk advice (JC5)", ["fulfilment", "advice"], trad=True)

# ==========================================================================
# 5. Replies that break a content policy (JC3)
# ==========================================================================
V = "violating"
RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"


def fill_bad(tid, vals, edits, labels, note, extra):
    fill(tid, vals, note + " (JC3)", edits=edits, cat=V, labels=labels, extra=extra, tags=["template-based"])


fill_bad("en/review/neutral-request", dict(buyer_name="Mr Achebe-Lund", product="Velatti Piccolo",
         order_id="113-6627104-9910385", agent_name=A3),
         [("Whatever your impression of it so far, other coffee drinkers would find it helpful to read about your "
           "experience in a review on Amazon. Writing one is entirely up to you.",
           "If you are enjoying it, we would be thrilled if you left us a five-star review on Amazon.")],
         [RI] + TR, "the neutral sentences swapped for a five-star request",
         "If you are enjoying it, we would be thrilled if you left us a five-star review on Amazon.")
fill_bad("en/review/neutral-request", dict(buyer_name="Ysolde", product="Steamline 600 ml milk jug",
         order_id="112-7150834-3368291", agent_name=A1),
         [("entirely up to you.", "entirely up to you. Once your review is posted, reply with a screenshot and we "
           "will refund $10 to your card as a thank-you.")],
         [RI] + TR, "a $10 refund offered for a posted review",
         "Once your review is posted, reply with a screenshot and we will refund $10 to your card as a thank-you.")
fill_bad("en/troubleshoot/channeling", dict(buyer_name="Mr Reinholt", product="Velatti Duetto", tamper="Tampwell TW-58C",
         agent_name=A2),
         [("we will look at it again.", "we will look at it again. If you are still unhappy after that, please come "
           "to us before writing anything on Amazon instead of leaving a negative review.")],
         [RI] + TR, "review gating: unhappy buyers asked to contact the seller instead of reviewing",
         "If you are still unhappy after that, please come to us before writing anything on Amazon instead of leaving a negative review.")
fill_bad("en/milk/steaming", dict(buyer_name="Mr Tanaka-Whitlow", product="Velatti Duetto", jug_size="600 ml Steamline",
         agent_name=A4),
         [("Enjoy your coffee,", "If you would like me to watch you steam over a video call, message me on WhatsApp "
           "at +1 702-555-0143.\n\nEnjoy your coffee,")],
         [OPC] + TR, "a WhatsApp number offered for a steaming lesson; support moved off Amazon",
         "If you would like me to watch you steam over a video call, message me on WhatsApp at +1 702-555-0143.")
fill_bad("en/care/descale", dict(buyer_name="Marit", product="Velatti Piccolo", interval="three months",
         dilution="half a 250 ml bottle of Clearbrew Liquid Descaler with 875 ml of water", agent_name=A2),
         [("hard to remove.", "hard to remove.\n\nP.S. Clearbrew three-packs are 15% off this month with code "
           "DESCALE15 at checkout.")],
         [MKT] + TR, "P.S. with a discount code for more descaler",
         "P.S. Clearbrew three-packs are 15% off this month with code DESCALE15 at checkout.")
fill_bad("en/grinder/zero-point", dict(buyer_name="Mr Oduya", product="Kornmill K64", espresso_range="10 and 18",
         ring_screw="2 mm hex screw", agent_name=A3),
         [("so you can return to it later.", "so you can return to it later. While you are at it, our Kornmill "
           "single-dose bellows lid is on sale for $19.99 this week and fits your grinder.")],
         [MKT] + TR, "cross-sell of an accessory on sale",
         "While you are at it, our Kornmill single-dose bellows lid is on sale for $19.99 this week and fits your grinder.")
fill_bad("en/warranty/claim", dict(buyer_name="Mrs Thorsby", product="Velatti Corsa E61", warranty_period="two-year",
         case_id="BWS-W-40811", order_id="114-2083957-6631840", agent_name=A1),
         [("To assess the claim, please reply to this message with:",
           "To assess the claim, please email the following to warranty@brasswick-espresso.com:")],
         [OPC] + TR, "warranty evidence to be e-mailed to an outside address; a warranty instruction, not logistics",
         "To assess the claim, please email the following to warranty@brasswick-espresso.com:")
fill_bad("en/accessories/tamper-size", dict(buyer_name="Cosima", machine_model="Velatti Piccolo", basket_size="54 mm",
         tamper_model="Tampwell TW-54", agent_name=A4),
         [("sold as the same size.", "sold as the same size.\n\nYour replacement tamper is on its way; you can "
           "follow it on our own courier page at track.brasswick-espresso.com with your order number.")],
         [OPC], "tracking sentence pointing to the seller's own site; no template-required, because the added sentence is logistics",
         "Your replacement tamper is on its way; you can follow it on our own courier page at track.brasswick-espresso.com with your order number.")
free(V, "en", """
Hi Mr Ashdown,

The Velatti Piccolo you sent back reached our Reno warehouse today, and your refund of $329.00 has been issued to your original card.

Next time, order straight from brasswick-espresso.com instead of Amazon and use code DIRECT10 for 10% off anything in the shop.

Best regards,
Rafferty Nwosu
""", [MKT, OPC] + TR, "refund of a return plus a push to buy on the seller's own site with a code (JC3)", ["free-written"])
free(V, "en", """
Hi Ms Oyelaran-Pike,

Your Corsa E61 is booked for delivery on Thursday between 8 am and noon, and the driver will need a signature.

If that window does not suit you, skip Amazon messages and text our dispatch desk directly at 614-555-0168; we can rebook the slot with the carrier the same day.

Kind regards,
Juniper Halloran
""", [OPC], "delivery rebooking moved to the seller's own phone number; the topic stays logistics, so no template-required (JC3)", ["free-written"])
free(V, "en", """
Hello Mr Vandermeer,

A new Kornmill K48 went out to you this morning with UPS, tracking 1Z4F8820A402239687, and the faulty one can stay with you.

Now that we have put things right, would you consider updating your two-star review on Amazon? It makes a big difference to a small shop like ours.

Best wishes,
Ottilie Marchetti-Bose
""", [RI] + TR, "replacement shipped (logistics) plus a request to update a two-star review (JC3)", ["free-written"])

# --- Simplified Chinese
fill_bad("zh/review/neutral-request", dict(buyer_name="严女士", order_id="114-5591826-0037149",
         product="Velatti Piccolo 咖啡机", agent_name=Z2),
         [("是否撰写完全由您决定。", "是否撰写完全由您决定。只要给出五星好评，再把页面截图发过来，我们就返您15美元。")],
         [RI] + TR, "cash back offered for a five-star review",
         "只要给出五星好评，再把页面截图发过来，我们就返您15美元。")
fill_bad("zh/review/neutral-request", dict(buyer_name="贺先生", order_id="113-8840273-1165920",
         product="Tampwell 压粉器", agent_name=Z1),
         [("不论您的感受如何，如果您愿意在亚马逊上写一条评论分享真实的使用体验，都能为其他咖啡爱好者提供参考。是否撰写完全由您决定。",
           "用得顺心的话，欢迎去亚马逊写评论；要是哪里不顺心，先来找我们解决，别急着给差评。")],
         [RI] + TR, "the neutral sentences swapped for review gating",
         "用得顺心的话，欢迎去亚马逊写评论；要是哪里不顺心，先来找我们解决，别急着给差评。")
fill_bad("zh/grinder/retention", dict(buyer_name="龚先生", product="Kornmill K64 磨豆机", purge_amount="八到十克",
         agent_name=Z1),
         [("祝您使用愉快！", "如需视频演示，欢迎添加我们的微信 brasswick_kf，一对一指导。\n\n祝您使用愉快！")],
         [OPC] + TR, "invitation to a WeChat account for a video demonstration",
         "如需视频演示，欢迎添加我们的微信 brasswick_kf，一对一指导。")
fill_bad("zh/care/backflush", dict(buyer_name="苗女士", frequency="两周", product="Velatti Piccolo", agent_name=Z2),
         [("不需要每次都放清洁片。", "不需要每次都放清洁片。另外，Clearbrew 新款清洁片本周八折，下单时输入优惠码 CLEAN20 即可。")],
         [MKT] + TR, "new-product discount with a code",
         "另外，Clearbrew 新款清洁片本周八折，下单时输入优惠码 CLEAN20 即可。")
fill_bad("zh/machine/preheat", dict(buyer_name="伍先生", product="Velatti Duetto 双锅炉咖啡机", warm_up_minutes="二十分钟",
         temperature="94度", agent_name=Z1),
         [("欢迎继续在这里留言。", "欢迎继续在这里留言。\n\n您的备用手柄已经发出，物流信息请到我们的官网 brasswick-espresso.com 输入订单号查询。")],
         [OPC], "tracking sentence pointing to the seller's own site; the added sentence is logistics, so no template-required",
         "您的备用手柄已经发出，物流信息请到我们的官网 brasswick-espresso.com 输入订单号查询。")
free(V, "zh", """
向女士，您好！

寄回的 Steamline 拉花杯已经入库，退款也原路退回了。

既然事情已经处理好了，可否请您撤掉那条一星差评，或者把星级调高一些？

蒋书遥
""", [RI] + TR, "refund of a return (logistics) plus a request to delete or raise a one-star review (JC3)", ["free-written"])
free(V, "zh", """
段先生，您好！

您的咖啡机因为地址不完整被退回了仓库。为了尽快重新发货，请加我的微信 bws_zhang88，把完整地址发给我，我直接安排快递。

柏启川
""", [OPC], "address needed for reshipment asked for over WeChat; the topic stays logistics, so no template-required (JC3)", ["free-written"])

# --- Traditional Chinese
fill_bad("zh-tw/milk/jug-choice", dict(buyer_name="江小姐", capacity="六百毫升", product="Steamline 拉花鋼杯", agent_name=W2),
         [("祝您拉花順利！", "想看拉花示範影片的話，歡迎加入我們的 LINE 群組 @brasswick.tw 一起交流。\n\n祝您拉花順利！")],
         [OPC] + TR, "invitation to a LINE group for latte-art videos",
         "想看拉花示範影片的話，歡迎加入我們的 LINE 群組 @brasswick.tw 一起交流。")
fill_bad("zh-tw/troubleshoot/no-steam", dict(buyer_name="孫先生", product="Velatti Piccolo", agent_name=W1),
         [("就能避免再次堵塞。", "就能避免再次堵塞。\n\n等蒸氣棒恢復正常，若您肯把那則一星評價調成五顆星，我們就送您一盒濾水濾心。")],
         [RI] + TR, "free filters offered for changing a one-star review to five stars",
         "等蒸氣棒恢復正常，若您肯把那則一星評價調成五顆星，我們就送您一盒濾水濾心。")
free(V, "zh", """
童先生 您好：

您訂購的 Kornmill K48 磨豆機已經在今天出貨，追蹤號碼是 1Z4F8820A408876530。

另外通知您，本店週年慶全館商品八折，拉花鋼杯和清潔錠買二送一，歡迎再次選購！

溫柏翰 敬上
""", [MKT] + TR, "dispatch notice plus a store-wide anniversary sale (JC3)", ["free-written"], trad=True)

# mixed-logistics replies all rest on JC5; plain logistics and free advice without a more specific call
# rest on JC14 and JC15
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
# Characters that exist in one script only, as Simplified/Traditional pairs (a hand list; GB2312 and Big5
# membership is checked as well, which catches most other mix-ups).
SCRIPT_PAIRS = ("这這 说說 们們 发發 请請 谢謝 货貨 运運 时時 个個 会會 关關 单單 号號 处處 给給 装裝 电電 机機 "
                "压壓 温溫 热熱 转轉 调調 节節 钮鈕 经經 过過 问問 题題 视視 图圖 两兩 块塊 带帶 边邊 购購 还還 "
                "气氣 冲沖 盘盤 钢鋼 铁鐵 阀閥 洁潔 滤濾 软軟 质質 丝絲 双雙 卖買 换換 为為 后後 里裡 锅鍋 "
                "头頭 无無 啰囉 识識 议議 试試 让讓 应應 该該 释釋 费費 递遞 邮郵 仓倉 库庫 订訂 寄寄 退退 "
                "泽澤 湿濕 干乾 确確 认認 时時 间間 钟鐘 顺順 续續 纸紙 箱箱 线線 针針 闭閉 开開 从從 对對").split()
ONLY_SIMP = {p[0] for p in SCRIPT_PAIRS if p[0] != p[1]}
ONLY_TRAD = {p[1] for p in SCRIPT_PAIRS if p[0] != p[1]}
# Characters that Big5 also contains but that a Traditional text should not use in this set's words
# (后 for 後, 里 for 裡, 干 for 乾, 冲 for 沖, 于 for 於 ...)
TRAD_AVOID = set("后里干几范准冲于台湾")
CJK = re.compile(r"[\u4e00-\u9fff]")
EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2B50]")
ORDER_RE = re.compile(r"\b\d{3}-\d{7}-\d{7}\b")
PHONE_RE = re.compile(r"(?:\+1[ .-]?)?\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b")
EN_RUN = re.compile(r"\b[a-z]{3,}\b(?:[ ,]+\b[a-z]{3,}\b){2,}")
EN_WORD = re.compile(r"\b[a-z]{3,}\b")
BANNED_IN_CLEAN = ["http", "www.", "@", ".com", ".tw", "whatsapp", "wechat", "微信", "line 群", "line群", "line 帳號",
                   "telegram", "instagram", "facebook", "coupon", "discount", "promo", "% off", "with code", "use code",
                   "on sale", "sale ", "5-star", "five-star", "two-star", "5 stars", "五星", "一星", "好评", "好評",
                   "差评", "差評", "优惠", "優惠", "折扣", "八折", "九折", "返现", "返現", "买二", "買二", "週年慶",
                   "官网", "官網", "screenshot", "截图"]
MARKERS = {"review-inducement": ["review", "评", "評"],
           "off-platform-contact": ["@", ".com", "whatsapp", "微信", "line", "555-01"],
           "marketing": ["%", "code", "sale", "优惠码", "折"]}
# every free-written logistics-only reply names at least one of these
LOGISTICS_WORDS = ["tracking", "return", "deliver", "refund", "address", "ship", "cancel", "import", "parcel",
                   "ground only", "arrive", "reach you",
                   "运单", "退货", "送达", "退款", "地址", "发货", "取消", "进口", "包裹", "签收",
                   "追蹤", "退貨", "送達", "地址", "出貨", "補寄", "單號", "寄出"]
REVIEW_WORDS = ["review", "评论", "評論", "心得"]
NO_LABEL_CATS = ("filled-template", "fill-plus-logistics", "logistics")
TR_ONLY_CATS = ("free-non-logistics", "rewritten", "mixed-logistics")
CATS = ["filled-template", "fill-plus-logistics", "logistics", "free-non-logistics", "rewritten", "mixed-logistics", "violating"]
EDIT_KINDS = {"greeting", "sign-off", "warm-line", "split", "merge", "long-value", "reorder", "paraphrase"}
FILL_MIN = 0.80   # an edited fill or a fill plus one logistics sentence stays at least this close to its own rendering
FREE_MAX = 0.55   # a free-written template-required reply stays below this against every template
SHARE = {"en": 0.50, "zh": 0.35, "zh-tw": 0.15}


def script_misfits(text, traditional):
    """CJK characters missing from the script's legacy charset: Big5 for Traditional, GB2312 for Simplified."""
    enc = "big5" if traditional else "gb2312"
    bad = set()
    for c in set(CJK.findall(text)):
        try:
            c.encode(enc)
        except UnicodeEncodeError:
            bad.add(c)
    return bad


def script_problems(text, traditional):
    chars = set(text)
    wrong = chars & (ONLY_SIMP if traditional else ONLY_TRAD)
    if traditional:
        wrong |= chars & TRAD_AVOID
    return wrong | script_misfits(text, traditional)


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
        if text.count("{{") != len(ph) or text.count("}}") != len(ph):
            errs.append("unbalanced placeholder braces in " + tid)
        if "buyer_name" not in ph or "agent_name" not in ph:
            errs.append("template without buyer/agent slot: " + tid)
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
        low = text.lower()
        for w in BANNED_IN_CLEAN:
            if w in low:
                errs.append("template %s contains %r" % (tid, w))
        if PHONE_RE.search(text):
            errs.append("template %s contains a phone number" % tid)
    for a in TEMPLATES:
        for b in TEMPLATES:
            if a < b and ratio(strip_ph(TEMPLATES[a]), strip_ph(TEMPLATES[b])) >= 0.5:
                errs.append("templates %s and %s are too alike" % (a, b))
    # ---- replies
    ids = ["%s-%03d" % (PREFIX, i + 1) for i in range(len(REPLIES))]
    if not 155 <= len(REPLIES) <= 175:
        errs.append("expected 155-175 replies, got %d" % len(REPLIES))
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
        if t != t.strip() or "\n\n\n" in t or EMOJI.search(t):
            errs.append(rid + ": whitespace or emoji problem")
        if r["tid"] and not r["note"].startswith(r["tid"] + ": "):
            errs.append(rid + ": note must start with the source template id")
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
        else:
            for w in BANNED_IN_CLEAN:
                if w in low:
                    errs.append(rid + ": non-violating reply contains %r" % w)
            if PHONE_RE.search(t):
                errs.append(rid + ": non-violating reply contains a phone number")
        if "JC" not in r["note"] and not (cat == "filled-template" and r["exact"]):
            errs.append(rid + ": note names no judgement call")
        # fills and similarity
        if r["tid"]:
            own = render(r["tid"], r["vals"])
            for v in r["vals"].values():
                if v not in t:
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
    for c in CATS:
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
    ("free-non-logistics", ("`[template-required]`", "free-written product advice, how-to, troubleshooting, comparisons")),
    ("rewritten", ("`[template-required]`", "a template's content retold in the agent's own words")),
    ("mixed-logistics", ("`[template-required]`", "logistics reply that also gives product advice")),
    ("violating", ("content label(s), plus `template-required` per JC3", "breaks review-inducement, off-platform-contact or marketing")),
])

JUDGEMENT = [
    (1, "A template fill plus one free-written logistics sentence stays `[]`.",
     "Logistics (shipping, delivery, tracking, returns, refunds of a return, address, customs) is outside "
     "`template-required` wherever it appears, so a fill that also says where a second parcel is, that a liquid ships by "
     "ground, that a repair would travel on a prepaid label, or how to swap a wrong-size tamper through a return is "
     "approved wording plus free-but-allowed text. Each such reply stays close to its own template (difflib >= 0.80 "
     "against its rendering, own template nearest), and its added sentence appears in no template and names a logistics "
     "matter; all three are checked. A linter that insists on a near-verbatim whole-message match will wrongly flag these."),
    (2, "Courtesy and light edits keep a fill a fill (`[]`).",
     "A different greeting or closing, a warm line that carries no product content (congratulations on a new machine, "
     "thanks for a photo or for waiting, a compliment on the buyer's latte art), a sentence split in two or two merged, "
     "two steps swapped where the order does not matter, one sentence paraphrased with the same facts, and long values "
     "in the slots (listing titles of 163-165 characters in English and 103-107 in Chinese, a 140-character mixing "
     "instruction, a descriptive error-message value). Slot values are always the kind of thing the slot stands for "
     "(a product, a quantity, a message shown on the display); no advice is smuggled in through a slot. The test: the "
     "changed words tell the buyer nothing new about the product or its use. A whole reply in the agent's own words is "
     "JC12."),
    (3, "Content violations: the content label always, `template-required` only when the offending text is not logistics.",
     "`template-required` asks whether a reply carries non-logistics content that no approved template covers. A "
     "five-star request, a refund or free filters offered for a review, review gating, a request to update, delete or "
     "raise a low review, a discount code, a sale, a cross-sell, a store-wide anniversary sale, a WhatsApp number or a "
     "WeChat or LINE invitation for product help, and a warranty instruction to e-mail evidence to an outside address are "
     "all non-logistics and in no template, so those replies carry the content label and `template-required`, even when "
     "the rest is an exact fill and whole-message similarity stays high: the approved wording was left, not used. Where "
     "the only offending text is itself about logistics (tracking on the seller's own website added to a tamper-size fill "
     "or a preheat fill, a delivery slot to be rebooked by texting the seller's phone number, an address for reshipment "
     "asked for over WeChat), the reply gets `off-platform-contact` only: it breaks the contact rule, but its topic is "
     "one `template-required` leaves free. A seller's own number is not a carrier's or manufacturer's number, so "
     "policy.md's exception for those does not apply."),
    (4, "Damage in transit and packing a return are logistics, even when they touch the product.",
     "Choosing \"arrived damaged\" as the return reason, a free label, a replacement sent on the carrier's scan, and a "
     "partial refund for a transit scuff are about getting an intact item to the buyer. Packing instructions for a return "
     "(run the grinder empty and tip out the beans, empty the water tank and drip tray and let them dry so nothing leaks "
     "in the box, use the foam ends) are logistics for the same reason, although they name parts of the machine."),
    (5, "A logistics reply with a paragraph of product advice is `template-required`.",
     "How to tamp until the right tamper arrives, which water slows scale until the descaler comes, why the pressure "
     "gauge reads low with pre-ground coffee, how to fit a group gasket, how to purge and clean a new steam tip, grind "
     "settings while a grinder is delayed, how to foam low-fat milk: none of this is logistics, and no template says it "
     "in this wording."),
    (6, "Order fulfilment counts as logistics.",
     "A missing jug, cleaning tablets or basket resent free of charge, a wrong-colour tamper replaced, a wrong-size "
     "tamper swapped through a return, a hopper lid reshipped, a cancellation before dispatch and a partial refund for "
     "a scuff are `[]`. interface.md's list does not name fulfilment, but policy.md's permitted purpose \"resolving an "
     "issue with order fulfillment\" covers it, and each is about getting the ordered goods to the buyer."),
    (7, "Customs and carrier rules are logistics.",
     "Amazon's Import Fees Deposit for Canadian buyers and the automatic refund of an unused part of it, and the rule "
     "that a liquid descaler travels by ground only and so arrives days after the machine, are shipping facts, not "
     "product advice, even though the second names what the product is made of."),
    (8, "Review requests.",
     "Fills of the two neutral review templates are `[]`; each is the only request for its order and the note says the "
     "thread holds no earlier praise from the buyer, so neither the one-per-order limit nor the rule against asking "
     "after praise applies (`review-request-limit` is not a label in this set). A neutral request in the agent's own "
     "words (English \"good or bad\", and a Traditional one, for which no review template exists) is `template-required` "
     "only, not `review-inducement`."),
    (9, "A template in another language does not cover a reply in this language.",
     "Burr cleaning and water-hardness advice in English (those templates are Traditional only), descaling advice in "
     "Simplified Chinese (the descale template is English only), backflush advice in Traditional Chinese written in the "
     "agent's own words (the backflush template is Simplified only) and a Traditional neutral review request are "
     "`template-required`. This set has no plain Simplified-to-Traditional transcription of a template, since a linter "
     "that folds Traditional to Simplified before matching could fairly count one as covered."),
    (10, "Answering the buyer's own comparison question is not marketing, but it is advice.",
     "K48 or K64, Piccolo or Duetto, grind size for pour-over versus espresso, whether the grinder the buyer already owns "
     "is enough: the buyer asked, and no price, code, sale or unasked-for product appears, so no `marketing`; the answer "
     "is still product advice, so `template-required`."),
    (11, "Near-misses in `[]` replies that must not be flagged.",
     "\"free of charge\", a free return label, 免费补寄 and 免費補寄 (remedies, not promotions); refund amounts such as "
     "$42.50, $25.00, 29.99美元 and 189.00 美元 (refunds, not price offers); \"Amazon gift card balance\" as the refund of "
     "a gift return (no review involved); \"Import Fees Deposit\"; 取消订单 (a cancellation, not a review change); the "
     "word \"review\" and 评论 inside the neutral review fills; the display message E05; tracking numbers, order ids, case "
     "ids `BWS-W-...`, model numbers TW-54, TW-58C, GS-2, K48, K64, E61 and quantities such as 16 g, 58 mm, 875 ml and "
     "60-65 °C, which are not phone numbers or codes."),
    (12, "A rewrite that keeps a template's facts is still `template-required`.",
     "Same steps and numbers, different wording and order: the policy approves wording, not facts. These replies stay "
     "below difflib 0.55 against every template; they include warranty rewrites without case or "
     "order id and an own-words review request."),
    (13, "How `lang` is set.",
     "`zh` covers both scripts; Traditional replies carry the tag `traditional`. Latin brand names, model codes, carrier "
     "names, tracking numbers, a WeChat or LINE handle and units inside Chinese text do not make a reply `mixed`; this set "
     "has no `mixed` replies."),
    (14, "A free-written logistics reply needs no template.",
     "Tracking, delivery dates and signatures, hold-at-location, address changes before dispatch, PO-box limits, weather "
     "delays, parcels marked delivered but missing, return windows and refunds of returns are `[]` in any wording. "
     "Apologies and thanks inside such a reply are courtesy, not content."),
    (15, "Free-written product advice is `template-required`, however sound it is.",
     "Oat milk, bean storage, pressurised baskets, tamping force, hand-grinder settings, scale timer modes, dark roasts, "
     "cooling flushes, single and double baskets and americanos: the library has no template for any of these, and a "
     "correct answer is not an approved one."),
]


def readme(rows):
    o = []
    w = o.append
    w("# t45: hand-labelled held-out test set for `template-required`\n")
    w("Written only from `/work/shared/interface.md` and `/work/shared/policy.md`, following the layout of the earlier set "
      "t44 but with all-new templates, replies, seller and people; the linter was neither read nor run. `gen.py` (standard "
      "library only) is the source of truth: it holds every template and reply as a literal, runs the self-checks and, "
      "only if all pass, rewrites `library/`, `replies.jsonl` and this README. On a failure it writes nothing and exits 1. "
      "Edit `gen.py`, not the outputs.\n")
    w("## The seller (invented)\n")
    w("**Brasswick Espresso Supply** sells home espresso machines, grinders and coffee accessories on Amazon.com, "
      "shipping from warehouses in Columbus, Ohio and Reno, Nevada to buyers in the US and Canada. Its brands: Velatti "
      "espresso machines (Piccolo single boiler with a 54 mm portafilter, Duetto dual boiler and Corsa E61 heat exchanger, "
      "both 58 mm), Kornmill grinders (K48 conical burr, K64 flat burr, H38 hand grinder), Tampwell tampers (TW-54, "
      "TW-58C calibrated), Steamline milk jugs (350 ml, 600 ml), Clearbrew liquid descaler and cleaning tablets, and the "
      "Gramline GS-2 espresso scale. Agents write English (Ottilie Marchetti-Bose, Rafferty Nwosu, Juniper Halloran, "
      "Teodor Lindqvist-Amadi), Simplified Chinese (蒋书遥, 柏启川) and Traditional Chinese (莊宜蓁, 溫柏翰). Every person, "
      "brand, product, order id, tracking number, case id, model number, domain (`brasswick-espresso.com`), handle, code "
      "and phone number is invented (the phone numbers are in the fictional 555-01xx range). Carrier names (UPS, USPS, "
      "FedEx), messaging apps (WhatsApp, WeChat, LINE) and Amazon page names (Your Orders, Returns Center, Import Fees "
      "Deposit) are real, as a real seller's messages would use them.\n")
    w("## Files\n")
    w("| file | content |\n| --- | --- |")
    w("| `library/` | the approved templates, one `*.txt` each in nested folders (`en/`, `zh/`, `zh-tw/`); id = path "
      "without `.txt`; `{{name}}` placeholders. Use it as `--templates library`. |")
    w("| `replies.jsonl` | one seller reply per line |")
    w("| `gen.py` | templates, replies, self-checks and writers |")
    w("| `README.md` | this file |\n")
    w("Record fields: `id` (`t45-001`...), `text`, `labels` (expected policies, sorted; `[]` = nothing at warning or error "
      "level may be flagged), `lang` (`en` or `zh`), `tags` (`tags[0]` is the category; `traditional` marks Traditional "
      "script; fills carry `exact`/`edited` and edit kinds `greeting`, `sign-off`, `warm-line`, `split`, `merge`, "
      "`reorder`, `paraphrase`, `long-value`; violating fills carry `template-based`, free-written ones `free-written`), "
      "`note` (source template id first when there is one, then what the reply does; `JCn` points to a judgement call), "
      "`context` (always `reply`).\n")
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
    w("\n%d templates: English %d, Simplified Chinese %d, Traditional Chinese %d.\n" % (len(TEMPLATES), tl["en"], tl["zh"], tl["zh-tw"]))
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
        w("| %s | %d | %d | %d | %d |" % ("`[]`" if not k else ", ".join("`%s`" % x for x in k), v, lc["en"], lc["zh"], lc["zh-tw"]))
    lab = Counter(x for r in rows for x in r["labels"])
    w("\nPer label: %s. Replies with no label: %d.\n" % (
        ", ".join("`%s` %d" % kv for kv in sorted(lab.items())), combos[()]))
    w("## Similarity sanity checks\n")
    w("difflib `SequenceMatcher(autojunk=False)` on raw text. This only guards the labels against accidents; it is not "
      "the linter's measure, and the linter need not reproduce these numbers.\n")
    w("| group | compared with | n | min | median | max | required by gen.py |")
    w("| --- | --- | --- | --- | --- | --- | --- |")
    g = [r["own_ratio"] for r in rows if r["cat"] == "filled-template" and not r["exact"]]
    w("| edited fills | own template rendered with the same values | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "fill-plus-logistics"]
    w("| fill-plus-logistics (JC1) | same | %d | %s | %s | %s | >= %.2f, own template nearest |" % ((len(g),) + _stats(g) + (FILL_MIN,)))
    g = [r["own_ratio"] for r in rows if r["cat"] == "violating" and r["tid"]]
    w("| template-based violating (JC3) | same | %d | %s | %s | %s | own template nearest |" % ((len(g),) + _stats(g)))
    for c in ("free-non-logistics", "rewritten", "mixed-logistics", "logistics"):
        g = [r["max_ratio"] for r in rows if r["cat"] == c]
        w("| %s | every template, placeholders removed (max) | %d | %s | %s | %s | %s |" % (
            (c, len(g)) + _stats(g) + ("(info)" if c == "logistics" else "< %.2f" % FREE_MAX,)))
    g = [r["max_ratio"] for r in rows if r["cat"] == "violating" and not r["tid"]]
    w("| free-written violating | same | %d | %s | %s | %s | < %.2f when `template-required` |\n" % ((len(g),) + _stats(g) + (FREE_MAX,)))
    w("Other checks in gen.py: 18-20 templates with at least four per language, English and Simplified neutral review "
      "templates present, ids `lang/topic/name`, balanced placeholders, `buyer_name` and `agent_name` in every template, "
      "no two templates alike (difflib < 0.5), no link, handle, code, sale, star or phone wording in any template; "
      "155-175 replies, language shares within 5 points of 50/35/15, at least eight replies per category and every "
      "category in all three scripts, every edit kind used, each template filled exactly at least once; exact fills "
      "equal their rendering and every slot value appears in its reply; `long-value` fills have a value of 100+ "
      "characters; ids and texts unique; no braces, emoji, triple line breaks or outer whitespace; each order id in one "
      "reply only; `en` replies have no CJK and `zh` replies no English prose; Simplified and Traditional text use only "
      "their own script (a pair list, Big5-valid but wrong-in-Traditional characters such as 后, 里, 干 and 冲, and "
      "GB2312 or Big5 membership); categories and labels agree; every logistics and mixed-logistics reply and every "
      "added logistics sentence names a logistics matter, and no logistics reply mentions reviews; replies outside "
      "`violating` contain no link, domain, `@`, messaging app, social network, phone number, coupon, code, sale or "
      "discount wording, star, screenshot or 好评/差评 wording; each violating reply contains a marker of each of its "
      "labels, and a violating reply without `template-required` says why in its note; each added sentence appears in "
      "its reply and in no template; every note that is not a plain exact fill names a judgement call.\n")
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
      "set adds that greetings, sign-offs and logistics sentences (including refunds of a return) are allowed freely. "
      "Labels read this per sentence: every sentence of a `[]` reply is approved template wording (lightly edited at "
      "most), courtesy, or logistics.\n")
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
    jc_used = set(_jc(REPLIES))
    jc_defined = {n for n, _, _ in JUDGEMENT}
    if jc_used - jc_defined:
        errs.append("notes cite undefined judgement calls: %s" % sorted(jc_used - jc_defined))
    if jc_defined - jc_used - {13}:
        errs.append("judgement calls cited by no reply: %s" % sorted(jc_defined - jc_used - {13}))
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
    print("label sets:", dict(Counter(",".join(b["labels"]) or "[]" for b in back)))
    print("lang:", dict(Counter(col(dict(lang=b["lang"], tags=b["tags"])) for b in back)))


if __name__ == "__main__":
    main()
