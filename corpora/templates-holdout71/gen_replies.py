# -*- coding: utf-8 -*-
"""Labelled seller replies of t71 (imported by gen.py). Every text here was written for this set.

One call adds one reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note points to the numbered judgement calls in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """The template with every placeholder filled; the values must name exactly its placeholders."""
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("values for %s: %s, need %s" % (tid, sorted(vals), sorted(need)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _push(cat, text, labels, lang, tags, note, who, tid=None, vals=None, exact=False, extra=None,
          extra_is_logistics=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note, who=who,
                        tid=tid, vals=vals, exact=exact, extra=extra, extra_is_logistics=extra_is_logistics))


def fill(tid, vals, note, edits=(), tags=(), cat="filled-template", labels=(), extra=None, extra_is_logistics=None):
    """Render tid with vals, then apply (old, new) edits in turn; each old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old[:60], n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _push(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
          vals["buyer_name"], tid=tid, vals=vals, exact=exact, extra=extra, extra_is_logistics=extra_is_logistics,
          trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph of the rendering that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    if len(paras) != 1:
        raise SystemExit("wrap: %r matches %d paragraphs in %s" % (starts, len(paras), tid))
    return paras[0], textwrap.fill(paras[0], width)


def swap(first, second, sep=" "):
    """Edit: put two adjacent sentences the other way round."""
    return first + sep + second, second + sep + first


def free(cat, lang, who, text, labels, note, tags=(), trad=False):
    """A reply written without a template. `who` is the buyer as named in the greeting line."""
    _push(cat, textwrap.dedent(text).strip("\n"), labels, lang, tags, note, who, trad=trad)


def plus(tid, vals, anchor, sentence, note, cat, labels, logistics, sep=" ", tags=()):
    """A fill with one sentence added after `anchor` (fill-plus-logistics, or a template-based violation)."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, tags=tags,
         extra=sentence, extra_is_logistics=logistics)


# ------------------------------------------------------------------ the invented shop
E1, E2, E3, E4 = "Imogen Tull", "Desmond Okereke", "Priscilla Banerjee-Moss", "Lucan Whitfield"
S1, S2 = "闻嘉禾", "蒲晓筠"
H1, H2 = "鄔庭萱", "饒冠廷"
AGENTS = {"en": [E1, E2, E3, E4], "zh": [S1, S2], "zh-tw": [H1, H2]}

A19, BR30, CANDLE = "Kestrelglow Aura A19 smart bulb", "Kestrelglow Aura BR30 smart flood bulb", "Aura E12 candle bulb"
A19_4 = "Aura A19 smart bulbs (4-pack)"
A19_LONG = ("Kestrelglow Aura Smart Light Bulbs, A19 E26 Color Changing LED Bulb, 2.4GHz Wi-Fi and Bluetooth, Works "
            "with Alexa, Google Home and Matter, Tunable White 2200K-6500K, 9W (60W Equivalent), 800 Lumens, 4 Pack")
STRIP, STRIP_OUT = "Ribbonline 16.4 ft RGBIC LED strip", "Ribbonline Outdoor 32.8 ft LED strip"
STRIP_LONG = ("Kestrelglow Ribbonline RGBIC LED Strip Lights 16.4ft, Smart Wi-Fi Segmented Color Light Strip with App "
              "Control and Music Sync, Cuttable, Works with Alexa and Google Assistant, for Bedroom, Kitchen and TV")
BARS, BAR42 = "Duskbar Play light bars", "Duskbar 42 wall-wash light bar"
HUB = "Perch Hub"
HUB_LONG = ("Kestrelglow Perch Hub, Zigbee 3.0 and Matter Bridge for Smart Lights and Remotes, Wired Ethernet, Local "
            "Control, Works with Apple Home, Google Home, Alexa and SmartThings")
REMOTE, DIAL = "Tally Remote", "Tally Dial dimmer"

STRIP_ZH, STRIP_OUT_ZH = "Ribbonline 5 米 RGBIC 幻彩灯带", "Ribbonline 户外款 10 米防水灯带"
STRIP_ZH_LONG = ("Kestrelglow Ribbonline 智能幻彩灯带 5 米 RGBIC 分段变色 Wi-Fi 应用控制 音乐律动 可剪裁 "
                 "支持 Alexa 和 Google 助理 卧室 厨房 电视背景氛围灯")
BARS_ZH = "Duskbar Play 电视氛围灯条（两根装）"
A19_ZH, BR30_ZH = "Aura A19 智能灯泡", "Aura BR30 智能筒灯泡"
STRIP_TW, STRIP_OUT_TW = "Ribbonline 5 公尺幻彩燈帶", "Ribbonline 戶外款 10 公尺燈帶"
STRIP_TW_LONG = "Kestrelglow Ribbonline 智慧幻彩燈帶 5 公尺 RGBIC 分段變色 Wi-Fi 手機控制 音樂律動 可剪裁 適用臥室與電視背光"
A19_TW, CANDLE_TW = "Aura A19 智慧燈泡", "Aura E12 蠟燭型智慧燈泡"
REMOTE_TW, DIAL_TW = "Tally 遙控器", "Tally 旋鈕調光器"

# ================================================================== 1. filled templates -> []
FT = "filled-template"
fill("en/bulb/pairing", dict(buyer_name="Ms Verhoeven", bulb=A19, agent_name=E1), "exact fill")
fill("en/bulb/pairing", dict(buyer_name="Mr Abiodun", bulb=A19_LONG, agent_name=E2),
     "the full listing title (about 200 characters) in the bulb slot; greeting changed (JC2)",
     edits=[("Hi Mr Abiodun,", "Good afternoon Mr Abiodun,")], tags=["greeting", "long-value"])
fill("en/bulb/pairing", dict(buyer_name="Ms Castellane", bulb=CANDLE, agent_name=E3),
     "small talk about the buyer's move added under the greeting (JC2)",
     edits=[("Hi Ms Castellane,", "Hi Ms Castellane,\n\nCongratulations on the new house! Getting the lights "
                                  "sorted is one of the nicer parts of moving in.")], tags=["small-talk"])
fill("en/strip/cut-and-join", dict(buyer_name="Mr Drury-Mensah", strip=STRIP, cut_interval="3.9 inches", agent_name=E4),
     "exact fill")
_v = dict(buyer_name="Ms Kowalewska", strip=STRIP_OUT, cut_interval="6.6 inches", agent_name=E1)
fill("en/strip/cut-and-join", _v, "first two paragraphs hard-wrapped at 72 columns, as pasted from a desktop mail "
     "client (JC2)", edits=[wrap("en/strip/cut-and-join", _v, "Happy to explain", 72),
                           wrap("en/strip/cut-and-join", _v, "To join two pieces", 72)], tags=["reflow"])
fill("en/strip/cut-and-join", dict(buyer_name="Mr Petrakis", strip=STRIP, cut_interval="3.9 inches", agent_name=E2),
     "the last sentence paraphrased with the same fact (JC2)",
     edits=[("Past that length the far end gets dimmer and its colors drift towards red.",
             "Beyond that, the end furthest from the controller looks dimmer and its colors start to lean red.")],
     tags=["paraphrase"])
fill("en/app/schedules-scenes", dict(buyer_name="Ms Oyelowo", device="Aura A19 bulbs in the bedroom",
     duration="30 minutes", agent_name=E3), "exact fill")
fill("en/app/schedules-scenes", dict(buyer_name="Mr Hartigan", device="bedside Aura candle bulbs", duration="20 minutes",
     agent_name=E4), "a warm line about the buyer's night shifts and a longer sign-off (JC2)",
     edits=[("Dear Mr Hartigan,", "Dear Mr Hartigan,\n\nNight shifts and dark winter mornings are a tough mix, so "
                                  "I hope this helps you wake up a little more gently."),
            ("Best regards,", "Take care, and best regards,")], tags=["warm-line", "sign-off"])
fill("en/app/schedules-scenes", dict(buyer_name="Ms Sundqvist", device="Duskbar Play light bars", duration="15 minutes",
     agent_name=E1), "one sentence split in two (JC2)",
     edits=[("Pick the days and the time, then what should happen:",
             "Pick the days and the time. Then choose what should happen:")], tags=["split"])
fill("en/hub/compatibility", dict(buyer_name="Mr Mbatha", hub=HUB, agent_name=E2), "exact fill")
fill("en/hub/compatibility", dict(buyer_name="Ms Lefebvre-Hunt", hub=HUB_LONG, agent_name=E3),
     "listing title in the hub slot; second and third paragraphs run together (JC2)",
     edits=[("from their device settings in the app.\n\nFor a handful",
             "from their device settings in the app. For a handful")], tags=["long-value", "merge"])
fill("en/troubleshoot/flicker", dict(buyer_name="Mr Yamashiro", bulb=BR30, agent_name=E4), "exact fill")
fill("en/troubleshoot/flicker", dict(buyer_name="Ms Dubrovna", bulb=A19, agent_name=E1),
     "greeting changed and a sympathy line added (JC2)",
     edits=[("Hi Ms Dubrovna,", "Hello Ms Dubrovna,\n\nWhat a nuisance to have this begin just before your dinner "
                                "party.")], tags=["greeting", "warm-line"])
fill("en/troubleshoot/colors", dict(buyer_name="Ms Ndiaye", strip=STRIP, agent_name=E2), "exact fill")
fill("en/troubleshoot/colors", dict(buyer_name="Mr Fitzalan", strip=STRIP_LONG, agent_name=E3),
     "listing title in the strip slot; sign-off mentions the buyer's game nights (JC2)",
     edits=[("Best,", "Enjoy the game nights, and all the best,")], tags=["long-value", "sign-off"])
fill("en/warranty/claim", dict(buyer_name="Ms Grimaldi", product=BR30, warranty_period="two-year", case_id="KGL-C-40117",
     order_id="112-4830617-2290451", agent_name=E4), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Obuya", product=HUB, warranty_period="three-year", case_id="KGL-C-40126",
     order_id="114-9072385-6613047", agent_name=E1), "less formal greeting and one contraction (JC2)",
     edits=[("Dear Mr Obuya,", "Hi Mr Obuya,"), ("I have opened case", "I've opened case")],
     tags=["greeting", "wording"])
fill("en/apology/adhesive", dict(buyer_name="Ms Rasmussen-Cole", strip=STRIP,
     surface="underside of your kitchen cabinets", agent_name=E2), "exact fill")
fill("en/apology/adhesive", dict(buyer_name="Mr Kavanagh", strip=STRIP, surface="back of your desk", agent_name=E3),
     "the last two sentences put the other way round (JC2)",
     edits=[swap("Leave it for a full day before switching on.",
                 "On rough surfaces, use the clear mounting clips included in the kit, about every 20 inches; they "
                 "hold the strip without depending on the tape.")], tags=["reorder"])
fill("en/apology/adhesive", dict(buyer_name="Ms Whitlam", strip=STRIP_OUT, surface="underside of your porch railing",
     agent_name=E4), "small talk about the buyer's photos added under the greeting (JC2)",
     edits=[("Hi Ms Whitlam,", "Hi Ms Whitlam,\n\nThanks for the photos. The porch looks lovely, even with the one "
                               "loose stretch.")], tags=["small-talk"])
fill("en/review/neutral-request", dict(buyer_name="Ms Tamberlane", order_id="113-5207749-8136620", product=A19_4,
     agent_name=E1), "exact fill; the only review request on this order, and the buyer had not praised the product "
     "in the thread (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Mr Oyenuga", order_id="111-6348092-4705513", product=BARS,
     agent_name=E2), "greeting and sign-off changed; the only review request on this order (JC2, JC9)",
     edits=[("Hello Mr Oyenuga,", "Hi Mr Oyenuga,"), ("All the best,", "Thanks again, and all the best,")],
     tags=["greeting", "sign-off"])

fill("zh/strip/mounting", dict(buyer_name="缪女士", strip=STRIP_ZH, agent_name=S1), "exact fill")
fill("zh/strip/mounting", dict(buyer_name="臧先生", strip=STRIP_ZH_LONG, agent_name=S2),
     "整段商品标题放进 strip 占位符；问候改为上午好 (JC2)", edits=[("臧先生，您好：", "臧先生，上午好：")],
     tags=["greeting", "long-value"])
fill("zh/strip/mounting", dict(buyer_name="谷女士", strip=STRIP_OUT_ZH, agent_name=S1),
     "问候后加一句寒暄 (JC2)",
     edits=[("谷女士，您好：", "谷女士，您好：\n\n新家装修辛苦了！阳台的灯带装好以后，晚上一定很漂亮。")], tags=["small-talk"])
fill("zh/troubleshoot/dropped-connection", dict(buyer_name="焦先生", device=A19_ZH, agent_name=S2), "exact fill")
fill("zh/troubleshoot/dropped-connection", dict(buyer_name="容女士", device="卧室的三个 Aura A19 智能灯泡", agent_name=S1),
     "第三段一句拆成两句 (JC2)", edits=[("信号会明显变弱，可以调整", "信号会明显变弱。遇到这种情况，可以调整")],
     tags=["split"])
fill("zh/troubleshoot/dropped-connection", dict(buyer_name="艾先生", device=STRIP_ZH, agent_name=S2),
     "问候改为晚上好，署名前加祝福语 (JC2)",
     edits=[("艾先生，您好：", "艾先生，晚上好："), ("我们会进一步协助您。\n\n", "我们会进一步协助您。\n\n祝您周末愉快！\n")],
     tags=["greeting", "sign-off"])
fill("zh/lightbar/setup", dict(buyer_name="鞠先生", lightbar=BARS_ZH, agent_name=S1), "exact fill")
fill("zh/lightbar/setup", dict(buyer_name="桑女士", lightbar=BARS_ZH, agent_name=S2),
     "问候后加一句关于买家照片的寒暄 (JC2)",
     edits=[("桑女士，您好：", "桑女士，您好：\n\n您发来的照片里，新的游戏桌布置得真用心。")], tags=["small-talk"])
fill("zh/warranty/claim", dict(buyer_name="古先生", product="Perch 网关", warranty_period="两年",
     order_id="112-7738012-5540926", case_id="KGL-C-40158", agent_name=S1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="甄女士", product=STRIP_ZH, warranty_period="一年",
     order_id="114-2265093-8871134", case_id="KGL-C-40163", agent_name=S2),
     "措辞微调：“方便我们判断”改为“便于我们判断原因” (JC2)", edits=[("方便我们判断", "便于我们判断原因")], tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="隋先生", product=A19_ZH, order_id="113-6604128-3397752", agent_name=S1),
     "exact fill；本订单唯一一次评论邀请，买家此前没有在对话中称赞产品 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="邝女士", product=BARS_ZH, order_id="111-4950276-6082319",
     agent_name=S2), "问候改为中秋好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("邝女士，您好：", "邝女士，中秋好：")],
     tags=["greeting"])

fill("zh-tw/remote/pairing", dict(buyer_name="許先生", remote=REMOTE_TW, agent_name=H1), "exact fill")
fill("zh-tw/remote/pairing", dict(buyer_name="曹小姐", remote=REMOTE_TW, agent_name=H2),
     "問候改為午安，並加一句節日寒暄 (JC2)",
     edits=[("曹小姐 您好：", "曹小姐 午安：\n\n聖誕節快到了，祝您家裡的燈光佈置一切順利。")], tags=["greeting", "small-talk"])
fill("zh-tw/bulb/dimmer-switch", dict(buyer_name="蘇太太", bulb=A19_TW, agent_name=H1), "exact fill")
fill("zh-tw/bulb/dimmer-switch", dict(buyer_name="林小姐", bulb=CANDLE_TW, agent_name=H2),
     "第一、二段合併成一段 (JC2)", edits=[("甚至無法連線。\n\n比較好的做法", "甚至無法連線。比較好的做法")], tags=["merge"])
fill("zh-tw/troubleshoot/dark-section", dict(buyer_name="周先生", strip=STRIP_TW, agent_name=H1), "exact fill")
fill("zh-tw/troubleshoot/dark-section", dict(buyer_name="徐小姐", strip=STRIP_TW_LONG, agent_name=H2),
     "exact fill，strip 佔位符放入整段商品標題 (JC2)", tags=["long-value"])
fill("zh-tw/apology/color-temperature", dict(buyer_name="孫太太", bulb=A19_TW, agent_name=H1), "exact fill")
fill("zh-tw/apology/color-temperature", dict(buyer_name="趙先生", bulb=A19_TW, agent_name=H2),
     "一句改寫，意思不變 (JC2)", edits=[("通常就會一致。", "兩顆的顏色一般就會相同。")], tags=["paraphrase"])
fill("zh-tw/apology/color-temperature", dict(buyer_name="錢小姐", bulb=CANDLE_TW, agent_name=H1),
     "結尾致歉語加上週末祝福 (JC2)", edits=[("再次向您致歉。", "再次向您說聲抱歉，也祝您週末愉快。")], tags=["sign-off"])

# ================================================================== 2. fill plus one logistics sentence -> []
FPL = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" ", jcs=()):
    note = "%s (%s)" % (note, ", ".join(["JC1"] + list(jcs)))
    plus(tid, vals, anchor, sentence, note, FPL, [], True, sep=sep, tags=tags)


fill_log("en/bulb/pairing", dict(buyer_name="Mr Janssen-Obi", bulb=A19, agent_name=E3),
         "around the base of the bulb.",
         "The second 4-pack on your order left our Fontana warehouse separately this morning with UPS, tracking "
         "1Z6V0T270341187265, and is due on Friday.",
         "second pack of the order shipped separately", ["split-shipment", "tracking"])
fill_log("en/strip/cut-and-join", dict(buyer_name="Ms Marquardt", strip=STRIP, cut_interval="3.9 inches", agent_name=E4),
         "drift towards red.",
         "The two corner connectors that were missing from your kit went out today by USPS, tracking "
         "9205590164307718254093.",
         "missing connectors sent", ["missing-parts", "tracking"], jcs=["JC5"])
fill_log("en/hub/compatibility", dict(buyer_name="Mr Ekwueme", hub=HUB, agent_name=E1),
         "a lot of connected devices.",
         "As for your order, the hub is with Amazon's delivery network now and is scheduled to arrive on Saturday; "
         "tracking TBA304271185026 is in Your Orders.",
         "delivery date and tracking, as its own paragraph", ["tracking"], sep="\n\n")
fill_log("en/troubleshoot/flicker", dict(buyer_name="Ms Lachlan-Ross", bulb=BR30, agent_name=E2),
         "the bulb is in.",
         "If you decide to return the bulbs instead, the label in Your Orders is free, and wrapping each one in its "
         "original cardboard sleeve keeps the glass safe on the way back.",
         "how to return and pack glass bulbs", ["returns", "packing"], jcs=["JC4", "JC15"])
fill_log("en/apology/adhesive", dict(buyer_name="Mr Szalai", strip=STRIP, surface="bedroom ceiling", agent_name=E3),
         "without depending on the tape.",
         "Because the end of your strip tore when it fell, a replacement roll is also on its way by UPS, tracking "
         "1Z6V0T270341204418, and you can keep the damaged one.",
         "replacement roll shipped", ["fulfilment", "tracking"], jcs=["JC5"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Honeycutt", product=DIAL, warranty_period="two-year",
         case_id="KGL-C-40134", order_id="113-0492786-5571308", agent_name=E4),
         "looked at what you send.",
         "If a replacement is approved, it will go to the Tucson address on the order, so please tell us here if you "
         "have moved since.",
         "which address a replacement would ship to", ["address"])
fill_log("zh/strip/mounting", dict(buyer_name="冉先生", strip=STRIP_ZH, agent_name=S2),
         "大约每隔五十厘米一个。",
         "另外，您订单里缺少的两个 L 形转角接头已于今天免费补发，USPS 运单号 9205590164307722196584。",
         "补发漏装的转角接头", ["missing-parts", "tracking"], jcs=["JC5", "JC15"])
fill_log("zh/troubleshoot/dropped-connection", dict(buyer_name="池女士", device=A19_ZH, agent_name=S1),
         "我们会进一步协助您。",
         "您同时订购的 Perch 网关从另一个仓库单独发货，UPS 运单号 1Z6V0T270341231907，预计周三送达。",
         "同一订单的网关单独发货", ["split-shipment", "tracking"])
fill_log("zh/lightbar/setup", dict(buyer_name="岳先生", lightbar=BARS_ZH, agent_name=S2),
         "保留一点背景光。",
         "您提到外包装盒在运输中压坏了：如果灯条外观和功能都正常，可以放心继续使用；如有损坏，请在“您的订单”中申请退货，"
         "退货运费由我们承担。",
         "外箱运输压损，退货说明，单独成段", ["damage", "returns"], sep="\n\n", jcs=["JC6"])
fill_log("zh/warranty/claim", dict(buyer_name="麦女士", product=BR30_ZH, warranty_period="两年",
         order_id="111-2719054-8863217", case_id="KGL-C-40141", agent_name=S1),
         "收到资料后会尽快答复您。",
         "如果需要寄回检测，请使用亚马逊提供的预付退货面单；灯泡是玻璃外壳，请用原包装或气泡膜单独包好再寄出。",
         "寄回检测时玻璃灯泡的包装", ["returns", "packing"], jcs=["JC4"])
fill_log("zh-tw/remote/pairing", dict(buyer_name="邱太太", remote=REMOTE_TW, agent_name=H2),
         "CR2032 鈕扣電池。",
         "您另外加購的兩顆 Aura 燈泡已經出貨，UPS 追蹤單號 1Z6V0T270341258830，預計週四送達。",
         "加購燈泡的出貨通知", ["tracking"], jcs=["JC15"])
fill_log("zh-tw/apology/color-temperature", dict(buyer_name="卓小姐", bulb=A19_TW, agent_name=H1),
         "我們確認後會為您處理。",
         "如果最後決定換貨，請在「您的訂單」中申請，我們會先寄出新的燈泡，您收到後再把原本那顆寄回即可。",
         "換貨的寄送順序", ["exchange", "returns"], jcs=["JC5"])

# ================================================================== 3. free-written logistics -> []
LG = "logistics"
for who, text, tags, note in [
    ("Ms Onwuachi",
     "Hi Ms Onwuachi,\n\nGood news: your Duskbar Play light bars left our Allentown warehouse this morning with FedEx "
     "Home Delivery. The tracking number is 779361402587, and FedEx expects to drop them off on Thursday before 8 p.m. "
     "The same number will appear in Your Orders once the first scan comes through.\n\nEnjoy the rest of your week,\nImogen",
     ["tracking"], "dispatch notice with tracking (JC16)"),
    ("Mr Tellefsen",
     "Hello Mr Tellefsen,\n\nI looked into why the Amazon Locker option disappeared at checkout. The Duskbar 42 ships "
     "in a box just under 48 inches long, which is more than any locker compartment takes, so the order is now set to "
     "go to your home address instead. It travels with UPS as a single long parcel. If no one is home, UPS will leave "
     "a notice and try again the next business day, or you can send it to a UPS Access Point once the tracking number "
     "shows up.\n\nBest,\nDesmond",
     ["oversize", "locker"], "an oversize light-bar box cannot go to a locker (JC4)"),
    ("Ms Pemberly",
     "Dear Ms Pemberly,\n\nI'm so sorry two of the four bulbs arrived broken. Your photos show the box was crushed at "
     "one corner on its way to you. A fresh 4-pack went out today by UPS, tracking 1Z6V0T270341276124. There's no need "
     "to send the broken ones back; please wrap the glass in newspaper before it goes in the trash, and keep the two "
     "that survived.\n\nWarm regards,\nPriscilla",
     ["damage", "tracking"], "glass bulbs broken in transit, replacement pack sent (JC6)"),
    ("Mr Arbuthnot",
     "Hi Mr Arbuthnot,\n\nNo problem at all. To send the candle bulbs back, start the return in Your Orders and print "
     "the prepaid UPS label. They're glass, so please slide each one back into its cardboard sleeve or wrap it in "
     "bubble wrap, and fill any gaps in the outer box so nothing can roll about. Stick the label over any old barcodes "
     "and drop the parcel at a UPS Store or hand it to a UPS driver.\n\nLucan",
     ["returns", "packing"], "packing glass bulbs for a return (JC4)"),
    ("Ms Zielinski",
     "Hello Ms Zielinski,\n\nYes, you can still return the strip even though you've cut it. You're within the 30-day "
     "return window, so just start the return in Your Orders. Please include the offcut, the controller and the power "
     "adapter, and coil the strip loosely rather than folding it flat. The full price is refunded once it reaches "
     "our warehouse.\n\nImogen",
     ["returns", "packing"], "returning a strip that has been cut is a returns question (JC7)"),
    ("Mr Mwangi-Ellis",
     "Hi Mr Mwangi-Ellis,\n\nYour returned Perch Hub arrived at our Allentown warehouse yesterday and has been checked "
     "in. We've issued a refund of $69.99 to your original payment method; depending on your bank, it usually shows "
     "within three to five business days.\n\nThanks for your patience,\nDesmond",
     ["refund", "returns"], "refund of a return (JC15, JC16)"),
    ("Ms Harrowby",
     "Dear Ms Harrowby,\n\nThe strip you sent back reached us without its power adapter, so we've refunded $27.99 for "
     "now: the $39.99 price less $12.00 for the adapter. If it turns up, pop it in a padded envelope with the free "
     "return label from Your Orders, and we'll refund the remaining $12.00 as soon as it's scanned in.\n\nPriscilla",
     ["refund", "returns"], "partial refund of a return that came back without a part (JC5, JC15)"),
    ("Mr Kristiansen",
     "Hello Mr Kristiansen,\n\nCongratulations on the move! Your order hadn't left the warehouse yet, so we've changed "
     "the delivery address to the new apartment on Calloway Street, unit 5C. It should ship tomorrow, and the new "
     "address will show in Your Orders within the hour.\n\nLucan",
     ["address"], "address change before dispatch (JC16)"),
    ("Mr Hollister",
     "Dear Mr Hollister,\n\nYour hub is clearing customs in Mississauga at the moment, which usually takes one or two "
     "business days. Amazon collected the import fees when you placed the order, so there is nothing to pay on "
     "delivery. If the courier does ask for duties or taxes at the door, please decline and send us a photo of the "
     "notice so we can sort it out.\n\nDesmond",
     ["customs"], "customs clearance and prepaid import fees for Canada (JC6)"),
    ("Ms Vantreight",
     "Hello Ms Vantreight,\n\nAs you asked, we've cancelled order 114-3319847-2058361 before it left the warehouse. "
     "You won't be charged, and any pending authorization on your card should drop off within a few days.\n\nPriscilla",
     ["cancellation"], "cancellation before dispatch (JC15, JC16)"),
    ("Mr Oduro",
     "Hi Mr Oduro,\n\nI'm sorry, the strip had already shipped by the time your cancellation request reached us, so we "
     "can't stop it now. You have two easy options: refuse the parcel when UPS brings it, and it comes straight back "
     "to us, or keep it sealed and start a return in Your Orders. Either way, we'll refund you as soon as it's back "
     "with us.\n\nLucan",
     ["cancellation", "returns"], "cancellation request after dispatch (JC16)"),
    ("Ms Sedgwick",
     "Hello Ms Sedgwick,\n\nThank you for checking the box so carefully. The power adapter should have been packed "
     "with the strip, and I'm sorry it wasn't. A replacement adapter left today by USPS Ground Advantage, tracking "
     "9205590164307731648820, and should be with you by Tuesday. There's nothing to send back.\n\nImogen",
     ["missing-parts", "tracking"], "missing power adapter sent (JC5)"),
    ("Mr Blakemore",
     "Hi Mr Blakemore,\n\nYou're right, we sent E26 bulbs instead of the E12 candle bulbs you ordered; that was a "
     "picking mistake on our side. The correct candle bulbs ship today with FedEx, tracking 779361418836. For the "
     "E26 bulbs, a prepaid return label is waiting in Your Orders, and you have 30 days to send them back.\n\n"
     "Sorry for the mix-up,\nDesmond",
     ["fulfilment", "returns"], "wrong base type sent, correct bulbs shipped (JC5)"),
    ("Ms Iyengar-Shaw",
     "Hello Ms Iyengar-Shaw,\n\nYour order is coming in two parcels. The Perch Hub and the Tally Remote left Allentown "
     "with UPS, tracking 1Z6V0T270341293357, due on Monday. The Aura BR30 flood bulbs ship from our Fontana warehouse "
     "with FedEx, tracking 779361427705, due on Wednesday.\n\nPriscilla",
     ["split-shipment", "tracking"], "split shipment from two warehouses (JC16)"),
    ("Mr Fontaine-Bright",
     "Hi Mr Fontaine-Bright,\n\nI'm sorry your light bar is running late. The winter storm across the Midwest closed "
     "the FedEx hub in Indianapolis for a day, and FedEx now expects to deliver on Saturday. If it hasn't arrived by "
     "Tuesday, let us know here and we'll send another one right away.\n\nStay warm,\nLucan",
     ["delay"], "weather delay (JC16)"),
    ("Mr Rutherford-Osei",
     "Hello Mr Rutherford-Osei,\n\nThanks for the photos of the crushed tube. If the strip lights along its whole "
     "length, it's fine to keep it; the reel often takes the knock rather than the strip. If any section stays dark, "
     "start a return in Your Orders, where the label is free for items damaged in shipping, and we'll send a new strip "
     "as soon as you've dropped the parcel off.\n\nDesmond",
     ["damage", "returns"], "packaging crushed in transit (JC6, JC15)"),
    ("Ms Mahoney",
     "Hi Ms Mahoney,\n\nWe can send the bulbs to your PO box with USPS, but the Duskbar 42 ships only with UPS "
     "because of the length of its box, and UPS can't deliver to a PO box. Could you reply with a street address for the light bar? We'll "
     "hold that part of the order until we hear from you; the bulbs ship today.\n\nPriscilla",
     ["address", "oversize"], "an oversize parcel cannot go to a PO box (JC4)"),
    ("Mr Stavros",
     "Hello Mr Stavros,\n\nYour warranty claim KGL-C-40172 has been approved. A new Tally Dial shipped this morning by "
     "USPS, tracking 9205590164307745190271, and should arrive by Friday. You don't need to send the old one back; "
     "please recycle it with your household electronics.\n\nLucan",
     ["fulfilment", "tracking"], "shipping the replacement of an approved claim is a shipment notice (JC5)"),
]:
    free(LG, "en", who, text, [], note, tags)

for who, text, tags, note in [
    ("易先生", "易先生，您好：\n\n您订购的 Ribbonline 灯带今天上午已从宾州仓库发出，由 UPS 配送，运单号 1Z6V0T270341312649，"
     "预计下周一送达。包裹刚发出时，物流信息一般要过几个小时才会在“您的订单”里更新，请稍等一下。\n\n闻嘉禾",
     ["tracking"], "发货通知与运单号 (JC16)"),
    ("常女士", "常女士，您好：\n\n看到照片真的很抱歉，四个灯泡里有两个在运输途中碎了。新的四只装今天已经补发，FedEx 运单号 "
     "779361436690。碎玻璃不需要寄回，请用旧报纸包好再丢弃，小心别划到手。\n\n蒲晓筠",
     ["damage", "tracking"], "玻璃灯泡运输破损，补发 (JC6)"),
    ("敖先生", "敖先生，您好：\n\n退货请在“您的订单”中申请，系统会生成 UPS 预付退货面单。灯泡是玻璃的，请把每只灯泡放回原来的"
     "纸套，或者用气泡膜单独包好，箱子里的空隙用纸团塞满，避免运输途中晃动。封箱后把面单贴在外箱上，交给 UPS 门店即可。\n\n闻嘉禾",
     ["returns", "packing"], "玻璃灯泡的退货包装 (JC4)"),
    ("阎女士", "阎女士，您好：\n\n剪过的灯带也可以退，您的订单还在三十天退货期内，直接在“您的订单”里申请就行。寄回时请把剪下的那段、"
     "控制器和电源适配器一起放进去，灯带松松地卷起来，不要对折。仓库收到后会全额退款。\n\n蒲晓筠",
     ["returns", "packing"], "剪过的灯带能否退货属于退货问题 (JC7)"),
    ("舒先生", "舒先生，您好：\n\n您退回的 Perch 网关昨天已经到仓库并完成检查，69.99 美元已退回原支付方式，一般三到五个工作日"
     "到账。\n\n闻嘉禾",
     ["refund", "returns"], "退货退款 (JC15, JC16)"),
    ("柳女士", "柳女士，您好：\n\n订单还没有出库，已经按您的要求把收货地址修改为新公寓的地址，预计明天发货，您可以在“您的订单”里"
     "核对一下。乔迁之喜，祝新家一切顺利！\n\n蒲晓筠",
     ["address"], "发货前修改收货地址 (JC15, JC16)"),
    ("凤先生", "凤先生，您好：\n\n已按您的要求取消重复下的订单 113-8025714-6639280。这笔订单还没有发货，不会扣款；您的第一笔订单"
     "不受影响，正在正常配送。\n\n闻嘉禾",
     ["cancellation"], "取消重复订单 (JC15)"),
    ("尚女士", "尚女士，您好：\n\n您的包裹目前在多伦多清关，通常需要一到两个工作日。进口税费已经在下单时由亚马逊代收，快递员送货时"
     "如果要求付款，请先不要付，把通知单拍照发给我们，我们来处理。\n\n蒲晓筠",
     ["customs"], "加拿大清关与预收税费 (JC6)"),
    ("郎先生", "郎先生，您好：\n\n非常抱歉，您的灯带包装里漏放了电源适配器。新的适配器今天已经免费补发，USPS 运单号 "
     "9205590164307759823016，预计周五前送到，其他东西都不用寄回。\n\n闻嘉禾",
     ["missing-parts", "tracking"], "漏发电源适配器，补发 (JC5, JC15)"),
    ("司女士", "司女士，您好：\n\n核对后发现是仓库发错了货：您订的是室内款 5 米灯带，寄出的却是户外款。正确的灯带今天由 FedEx "
     "发出，运单号 779361445521。发错的那卷请在“您的订单”里申请退货，退货面单是预付的，三十天内寄回即可。\n\n蒲晓筠",
     ["fulfilment", "returns"], "发错款式，重发并退回 (JC5)"),
    ("宋先生", "宋先生，您好：\n\n您的订单分成两个包裹发出：网关和遥控器从宾州仓库发货，UPS 运单号 1Z6V0T270341339482，预计"
     "周一送达；灯泡从加州仓库发货，FedEx 运单号 779361453308，预计周三送达。\n\n闻嘉禾",
     ["split-shipment", "tracking"], "分两个包裹发货 (JC16)"),
    ("巩女士", "巩女士，您好：\n\nDuskbar 42 的包装箱将近一米二长，超出了亚马逊自提柜格口的尺寸，所以结账时选的自提柜没有通过，"
     "订单已改为送货上门。包裹由 UPS 单独配送，如果白天家里没人，可以在运单号生成后申请改到附近的 UPS Access Point 自提。\n\n蒲晓筠",
     ["oversize", "locker"], "超长包裹不能放自提柜 (JC4)"),
]:
    free(LG, "zh", who, text, [], note, tags)

for who, text, tags, note in [
    ("賀先生", "賀先生 您好：\n\n您訂購的 Duskbar Play 燈條已在今天上午從賓州倉庫出貨，由 FedEx 配送，追蹤單號 779361467214，"
     "預計週四送達。\n\n鄔庭萱",
     ["tracking"], "出貨通知 (JC16)"),
    ("塗先生", "塗先生 您好：\n\n很抱歉蠟燭燈泡在運送途中破了兩顆。新的一組今天已經補寄，UPS 追蹤單號 1Z6V0T270341352071。"
     "破掉的燈泡不用寄回，請用報紙包好再丟棄，小心玻璃碎片。\n\n饒冠廷",
     ["damage", "tracking"], "玻璃燈泡運送破損，補寄 (JC6)"),
    ("鄒小姐", "鄒小姐 您好：\n\n退貨請在「您的訂單」中申請，系統會提供 UPS 預付退貨標籤。燈泡是玻璃材質，請放回原本的紙套或用"
     "氣泡紙個別包好，箱內空隙用紙填滿，避免運送時互相碰撞。\n\n鄔庭萱",
     ["returns", "packing"], "玻璃燈泡退貨包裝 (JC4)"),
    ("柯太太", "柯太太 您好：\n\n倉庫已收到您退回的 Tally 遙控器，24.99 美元的退款已退回原付款方式，大約三到五個工作天入帳。"
     "\n\n饒冠廷",
     ["refund", "returns"], "退貨退款 (JC15)"),
    ("殷先生", "殷先生 您好：\n\n依照您的要求，包裹已改送到住家附近的 UPS Access Point 取件點。取件時請攜帶附照片的身分證件和"
     "追蹤單號 1Z6V0T270341367745；取件點會保留七天，逾期會退回給我們，屆時我們會為您退款。\n\n鄔庭萱",
     ["pickup-point", "tracking"], "改送取件點 (JC16)"),
    ("梅小姐", "梅小姐 您好：\n\n寄往加拿大的訂單，進口關稅和稅費已在結帳時由亞馬遜代收。包裹目前在溫哥華清關，大約需要一到兩個"
     "工作天，快遞員送達時不應再向您收費；如果被要求付款，請先拍下通知單傳給我們。\n\n饒冠廷",
     ["customs"], "加拿大清關與預收關稅 (JC6)"),
    ("紀先生", "紀先生 您好：\n\n很抱歉燈帶包裝內少了固定卡扣。我們已補寄一包二十個的透明卡扣，USPS 追蹤單號 "
     "9205590164307763358412，預計下週一送達，其他東西都不需要寄回。\n\n鄔庭萱",
     ["missing-parts", "tracking"], "缺少配件，補寄 (JC5)"),
]:
    free(LG, "zh", who, text, [], note, tags, trad=True)

# ================================================================== 4. free-written, not logistics -> [template-required]
NL = "free-non-logistics"
for who, text, tags, note in [
    ("Ms Adebayo-Clarke",
     "Hi Ms Adebayo-Clarke,\n\nThe Aura A19 is fine in a bathroom as long as water can't reach it directly, so a "
     "ceiling light or a fixture over the mirror is OK, but an open socket inside the shower is not. Enclosed glass "
     "globes are fine too, because the bulb only uses 9 watts and stays cool. Just avoid fittings that are sealed "
     "airtight, where heat slowly builds up.\n\nImogen",
     ["advice"], "where a bulb may be used (JC10)"),
    ("Mr Wetherell",
     "Hello Mr Wetherell,\n\nThe indoor Ribbonline isn't sealed, so it shouldn't go on the patio, even under a roof. "
     "For outdoor use we make the Ribbonline Outdoor, which is IP65-rated: the LEDs sit inside a silicone sleeve that "
     "keeps out rain and dust, and it comes with screw-in clips for brick and wood. Its controller and adapter still "
     "need a dry spot, such as a covered outdoor outlet box.\n\nDesmond",
     ["advice", "accessory-question"], "the buyer asked whether there is an outdoor version; answered with no price, "
     "offer or push to buy (JC11, JC15)"),
    ("Ms Novak-Haines",
     "Dear Ms Novak-Haines,\n\nThank you for the video; it shows the blinking clearly. I've passed it to our firmware "
     "team together with your bulb's serial number, and they'll go through its logs tomorrow. I'll write back by "
     "Friday afternoon with what they find and what we suggest next.\n\nPriscilla",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Callum",
     "Hi Callum,\n\nThat's great to hear, and thanks for letting us know the whole strip lights up again. Enjoy the new "
     "shelves, and have a good weekend!\n\nLucan",
     ["courtesy"], "courtesy-only reply with no logistics content (JC13)"),
    ("Ms Aldana",
     "Hello Ms Aldana,\n\nMusic mode listens through the small microphone on the strip's controller, so it reacts to "
     "sound in the room rather than to the audio signal itself. If it barely responds, raise the sensitivity slider on "
     "the app's Music tab and move the controller out from behind the TV, where the sound is muffled. For parties, "
     "the Energetic effect follows the beat most closely.\n\nImogen",
     ["advice"], "music sync (JC10)"),
    ("Mr Castleton",
     "Hi Mr Castleton,\n\nMesh systems like yours usually put 2.4 and 5 GHz under one network name, and the bulbs can "
     "only join the 2.4 GHz part. Most mesh apps let you pause 5 GHz for ten minutes or add a separate 2.4 GHz network "
     "for smart-home devices; either works. Once the bulbs are added, you can switch 5 GHz back on and they will stay "
     "connected.\n\nDesmond",
     ["advice", "compatibility"], "mesh Wi-Fi (JC10)"),
    ("Ms Oyinlola",
     "Dear Ms Oyinlola,\n\nThe strip needs the 24-volt adapter it came with, so it can't run from the USB port on the "
     "back of your TV; a USB port gives 5 volts and far too little current. To have the lights come on with the TV, "
     "plug the adapter into the same switched power strip as the TV, or set up an automation in the app.\n\nPriscilla",
     ["advice"], "powering a strip (JC10)"),
    ("Mr Heathcote",
     "Hello Mr Heathcote,\n\nYes, the Tally Remote works with the Duskbar Play light bars. It pairs with the bars "
     "directly, so you don't need a hub, and you can switch them on, change the brightness and step through your saved "
     "scenes from the sofa. One remote handles up to ten lights in four groups, so it could look after the bulbs in "
     "the same room as well.\n\nLucan",
     ["advice", "accessory-question"], "the buyer asked whether a remote works with the bars (JC11)"),
    ("Mr Pendergast",
     "Hello Mr Pendergast,\n\nWith the Perch Hub, your lights keep working on your home network even when the internet "
     "is down: switches, remotes, schedules and Apple Home all run locally. A Kestrelglow account is only needed for "
     "control from outside the house and for voice assistants, and you can turn cloud access off completely under Hub "
     "Settings, then Privacy.\n\nDesmond",
     ["advice"], "local control and privacy (JC10)"),
    ("Ms Quenby",
     "Hello Ms Quenby,\n\nCutting the strip doesn't void the warranty as long as the cut is on one of the scissors "
     "marks, so if a section stops working after a clean cut, it is still covered. What we can't cover is a section "
     "spoiled by a cut made between the marks, because that severs the circuit inside the strip.\n\nLucan",
     ["advice", "warranty"], "whether a cut strip is still under warranty is a warranty question, not a return (JC7, JC10)"),
    ("Ms Hyland",
     "Dear Ms Hyland,\n\nThank you for such a kind message, and I'm glad the hallway looks the way you pictured it. "
     "I'll pass your thanks on to the team.\n\nPriscilla",
     ["courtesy"], "courtesy-only reply to praise; it asks for nothing (JC13)"),
]:
    free(NL, "en", who, text, [TR], note, tags)

for who, text, tags, note in [
    ("蒙女士", "蒙女士，您好：\n\nAura A19 可以用在卫生间，只要不会被水直接淋到就没问题，比如吸顶灯或者镜前灯；淋浴间里的开放式"
     "灯座就不建议了。全封闭的玻璃灯罩也可以用，灯泡只有九瓦，发热不大。\n\n闻嘉禾",
     ["advice"], "灯泡的使用场所 (JC10)"),
    ("庄先生", "庄先生，您好：\n\n音乐律动靠控制器上的小麦克风收音，所以它跟着房间里的声音变化，而不是直接读取音频信号。如果反应"
     "不明显，可以在应用的“音乐”页面把灵敏度调高，再把控制器从电视后面挪出来，别让声音被挡住。\n\n蒲晓筠",
     ["advice"], "音乐律动 (JC10)"),
    ("祖女士", "祖女士，您好：\n\n谢谢您发来的视频，闪烁的情况拍得很清楚。我已经连同灯泡的序列号一起转给固件工程师，他们明天会"
     "查看日志，周五下午之前我会把结果和建议回复给您。\n\n闻嘉禾",
     ["holding"], "故障处理中的等待回复 (JC12)"),
    ("伏先生", "伏先生，您好：\n\n太好了，谢谢您特地告诉我们灯条已经恢复正常。祝您周末愉快！\n\n蒲晓筠",
     ["courtesy"], "纯致谢回复，不涉及物流 (JC13)"),
    ("索女士", "索女士，您好：\n\n有的，Tally 遥控器可以直接控制 Aura 灯泡，不需要网关，也不用打开手机。开关、调亮度、切换已保存"
     "的情景都能在遥控器上完成；一个遥控器最多控制十盏灯，家里老人用起来也很方便。\n\n闻嘉禾",
     ["advice", "accessory-question"], "买家问有没有不用手机的遥控方式，回答不含价格和促销 (JC11)"),
    ("俞先生", "俞先生，您好：\n\n灯带需要用原配的 24 伏电源适配器供电，电脑或电视上的 USB 接口只有 5 伏，电流也远远不够，所以"
     "不能直接接 USB。如果希望灯带跟电脑一起开关，可以把适配器和电脑插在同一个带开关的插排上。\n\n蒲晓筠",
     ["advice"], "灯带供电 (JC10)"),
]:
    free(NL, "zh", who, text, [TR], note, tags)

for who, text, tags, note in [
    ("魯先生", "魯先生 您好：\n\nAura A19 可以裝在有遮蔽的戶外燈具裡，例如門廊的吸頂燈，但不能直接淋到雨，也不適合全密封的"
     "防水燈罩。另外，冬天氣溫低於零下二十度時，燈泡可能無法正常連線。\n\n鄔庭萱",
     ["advice"], "戶外燈具 (JC10)"),
    ("傅太太", "傅太太 您好：\n\n謝謝您傳來的照片和影片。我已經轉給技術團隊，他們明天會比對燈帶控制器的紀錄，最晚週四下午我會"
     "再回覆您。\n\n饒冠廷",
     ["holding"], "等候技術團隊的回覆 (JC12)"),
    ("韓小姐", "韓小姐 您好：\n\n有的，Ribbonline 也有 10 公尺的版本，控制器和應用程式的操作完全一樣。要注意的是，一個控制器最多"
     "帶 10 公尺，如果客廳需要更長，建議分成兩條、各用一個控制器，再在應用程式中把兩條設成同一個群組。\n\n鄔庭萱",
     ["advice", "accessory-question"], "買家詢問有沒有更長的燈帶，回答不含價格和促銷 (JC11)"),
]:
    free(NL, "zh", who, text, [TR], note, tags, trad=True)

# ================================================================== 5. rewritten in the agent's own words -> [template-required]
RW = "rewritten"
for who, text, note in [
    ("Mr Ferraro-Quinn",
     "Hi Mr Ferraro-Quinn,\n\nQuick version: the bulb only talks to 2.4 GHz, so make sure that band is on. Power it "
     "up and look for a slow pulse; if it's steady, toggle the wall switch five times until it blinks three times. "
     "Then Add Device in the app, stay close, and it'll go warm white once it's connected. Any setup code is on the "
     "sticker by the base.\n\nImogen",
     "retells en/bulb/pairing (JC14)"),
    ("Ms Okorie",
     "Hello Ms Okorie,\n\nOnly cut on the scissors marks across the copper pads, or the rest goes dark. In the "
     "connectors: pads up, arrow pointing away from the controller, and the lid has to click shut; a crooked fit is "
     "the usual reason a piece stays off. One controller drives about 33 feet before the end looks dim and "
     "reddish.\n\nDesmond",
     "retells en/strip/cut-and-join (JC14)"),
    ("Mr Dellacourt",
     "Hi Mr Dellacourt,\n\nSchedules live under the clock icon on each device: choose the days, a time and an action. "
     "Sunrise fades the lights up from amber to daylight before you get up, and Sunset dims them at night. Save any "
     "look you like as a scene and call it up by voice or on a timer. The lights keep to the schedule even if your "
     "phone is off.\n\nPriscilla",
     "retells en/app/schedules-scenes (JC14)"),
    ("Ms Brennagh",
     "Hello Ms Brennagh,\n\nIn short, the hub puts your lights on their own Zigbee network instead of Wi-Fi, which "
     "makes them quicker, and it joins Apple Home, Google Home, Alexa or SmartThings through Matter. With only a few "
     "bulbs you can do without it; it starts to matter past fifteen or so, or if you want things to carry on when the "
     "internet drops.\n\nLucan",
     "retells en/hub/compatibility (JC14)"),
    ("Mr Nakamura-West",
     "Hi Mr Nakamura-West,\n\nA flickering smart bulb nearly always means a dimmer on the circuit, even one turned "
     "fully up, so swap it for a normal switch. Lit switches and timer or sensor switches can leak a little power too, "
     "which makes the bulb blink when it should be off. If it's neither, update the firmware, power-cycle it at the "
     "wall and send us a clip if it keeps going.\n\nImogen",
     "retells en/troubleshoot/flicker (JC14)"),
    ("Ms Greatorex",
     "Hello Ms Greatorex,\n\nSorry it peeled off. The tape wants smooth, clean, dry paint; heat, steam and fresh or "
     "textured paint all work against it. Clean the spot with the alcohol wipe, press the strip down hard all the way "
     "along, wait a day before turning it on, and use the clear clips anywhere the surface is rough.\n\nDesmond",
     "retells en/apology/adhesive (JC14)"),
    ("Marguerite",
     "Hi Marguerite,\n\nWhenever you've had the lights up for a while, an Amazon review of how they've worked out for "
     "you would be welcome, good, bad or somewhere in between.\n\nPriscilla",
     "a neutral review request in the agent's own words: template-required only, not review-inducement (JC9, JC14)"),
]:
    free(RW, "en", who, text, [TR], note, ["rewrite"])

for who, text, note in [
    ("查先生", "查先生，您好：\n\n贴灯带前先用酒精棉把墙面擦干净、晾干，要剪短只能剪在剪刀标记上。从控制器那头开始贴，边撕边按，"
     "转角用转角接头，别硬折。贴完放一天再通电，墙面粗糙的地方加卡扣固定。\n\n闻嘉禾",
     "改写 zh/strip/mounting (JC14)"),
    ("都女士", "都女士，您好：\n\n灯经常离线，多半是 Wi-Fi 的问题：灯只能连 2.4GHz，双频合一的路由器最好单独分出一个 2.4GHz "
     "网络；隔墙太多就挪一挪路由器，或者加个放大器；设备太多的话，可以让灯走网关。还不行就告诉我们路由器型号。\n\n蒲晓筠",
     "改写 zh/troubleshoot/dropped-connection (JC14)"),
    ("应先生", "应先生，您好：\n\n灯条竖放在电视两边的后面、朝着墙，离墙十几二十厘米就好。同步模式要把小摄像头夹在电视顶上中间、"
     "对着屏幕。画面暗的时候灯也跟着暗，想留点光就把最低亮度调高。\n\n闻嘉禾",
     "改写 zh/lightbar/setup (JC14)"),
    ("储女士", "储女士，您好：\n\n灯泡用上一阵子之后，如果您有空，可以在亚马逊上说说实际用下来的感受，好的坏的都可以写，我们都会看。"
     "\n\n蒲晓筠",
     "自己措辞的中性评论邀请：只标 template-required，不是 review-inducement (JC9, JC14)"),
]:
    free(RW, "zh", who, text, [TR], note, ["rewrite"])

for who, text, note in [
    ("田先生", "田先生 您好：\n\n遙控器先拉掉絕緣片。配對時燈要開著、遙控器靠近一點，同時按「開」跟「情境」三秒，燈閃兩下就好了。"
     "最多十盞燈、四個群組，沒反應就換顆 CR2032 電池。\n\n饒冠廷",
     "改寫 zh-tw/remote/pairing (JC14)"),
    ("龍小姐", "龍小姐 您好：\n\n智慧燈泡自己會調光，接在傳統調光器上容易閃或有聲音，所以把調光器換成普通開關、一直開著就好，"
     "亮度用手機、語音或遙控器調。遙控器免接線，貼在牆上就能用，最暗可到百分之一。\n\n鄔庭萱",
     "改寫 zh-tw/bulb/dimmer-switch (JC14)"),
]:
    free(RW, "zh", who, text, [TR], note, ["rewrite"], trad=True)

# ================================================================== 6. logistics plus product advice -> [template-required]
MX = "mixed-logistics"
for who, text, tags, note in [
    ("Mr Brightwater",
     "Hi Mr Brightwater,\n\nYour Perch Hub is out for delivery today with Amazon. When you set it up, plug it straight "
     "into the router rather than into a powerline adapter or a network switch, and give it two or three minutes to "
     "find the bulbs you already have.\n\nImogen",
     ["delivery", "advice"], "delivery notice plus set-up advice (JC8)"),
    ("Ms Vandenberg-Ross",
     "Hello Ms Vandenberg-Ross,\n\nThe replacement remote shipped this morning by USPS, tracking "
     "9205590164307770024563. Until it arrives, you can put the three bedroom bulbs in one group in the app and add "
     "that group to your phone's home screen, which is nearly as quick as the remote.\n\nDesmond",
     ["tracking", "advice"], "replacement shipped plus a tip for the meantime (JC8)"),
    ("Mr Harlowe",
     "Dear Mr Harlowe,\n\nWe've approved the return of the strip, and the prepaid label is in Your Orders. Before you "
     "pack it up, though, try setting the color order in the app to GRB; when green shows where red should be, that "
     "setting fixes it nine times out of ten.\n\nPriscilla",
     ["returns", "advice"], "return approved plus troubleshooting in the agent's own words (JC8)"),
    ("Ms Esterhazy",
     "Hi Ms Esterhazy,\n\nYour light bars are in customs in Toronto and should be released within two business days. "
     "In the meantime, install the Kestrelglow Home app and create your account, so the screen-sync setup only takes a "
     "few minutes when they arrive.\n\nLucan",
     ["customs", "advice"], "customs hold plus a first-use tip (JC8, JC15)"),
    ("Mr Carrington",
     "Hello Mr Carrington,\n\nThe Duskbar 42 goes out tomorrow by UPS in a long box, tracking 1Z6V0T270341381906. When "
     "you put it up, use the wall anchors from the box on drywall; the adhesive pads are meant for furniture and won't "
     "hold a bar that long on a painted wall.\n\nImogen",
     ["tracking", "advice"], "dispatch notice plus mounting advice (JC8)"),
]:
    free(MX, "en", who, text, [TR], note, tags)

for who, text, tags, note in [
    ("靳先生", "靳先生，您好：\n\n网关预计明天送达。安装时请把它直接插在路由器上，不要接在电力猫或交换机上，通电后等两三分钟，"
     "它会自动找到您已经添加的灯泡。\n\n闻嘉禾",
     ["delivery", "advice"], "送达时间加安装建议 (JC8)"),
    ("虞女士", "虞女士，您好：\n\n补发的遥控器今天已经寄出。收到之前，您可以先在应用里把卧室的三个灯泡建成一个群组，再把群组添加到"
     "手机桌面，用起来和遥控器差不多方便。\n\n蒲晓筠",
     ["tracking", "advice"], "补发通知加过渡期的使用建议 (JC8)"),
    ("戎先生", "戎先生，您好：\n\n灯条正在温哥华清关，预计两个工作日内放行。等待期间可以先下载 Kestrelglow Home 应用并注册账号，"
     "到货后屏幕同步几分钟就能设置好。\n\n闻嘉禾",
     ["customs", "advice"], "清关加首次使用建议 (JC8)"),
]:
    free(MX, "zh", who, text, [TR], note, tags)

for who, text, tags, note in [
    ("褚太太", "褚太太 您好：\n\n換貨的燈泡今天已經寄出。收到之前，可以先把牆上的調光器轉到最亮，閃爍的情況會減輕一些。\n\n鄔庭萱",
     ["tracking", "advice"], "換貨寄出加過渡期建議 (JC8)"),
    ("章先生", "章先生 您好：\n\n燈帶預計週三送達。安裝前請先用包裝裡的酒精棉片把牆面擦乾淨，等完全乾了再貼，背膠會黏得比較牢。"
     "\n\n饒冠廷",
     ["delivery", "advice"], "送達時間加安裝建議 (JC8)"),
]:
    free(MX, "zh", who, text, [TR], note, tags, trad=True)

# ================================================================== 7. violating replies
VI = "violating"


def bad(tid, vals, anchor, sentence, labels, logistics, note, sep=" "):
    plus(tid, vals, anchor, sentence, note + " (JC3)", VI, labels, logistics, sep=sep, tags=["template-based"])


bad("en/app/schedules-scenes", dict(buyer_name="Mr Lonsdale", device="living room lights", duration="30 minutes",
    agent_name=E2), "out of the house.",
    "P.S. The Duskbar Play light bars are 25% off until Sunday with code DUSKBAR25, and they look wonderful with a "
    "bedtime scene.", [MKT, TR], False, "P.S. with a discount code for another product", sep="\n\n")
bad("en/bulb/pairing", dict(buyer_name="Ms Feeney", bulb=A19, agent_name=E3), "around the base of the bulb.",
    "If it still won't connect, send us a WhatsApp message at +1 610-555-0147 and one of our technicians will walk "
    "you through it on a video call.", [OPC, TR], False, "set-up help moved to WhatsApp")
bad("en/troubleshoot/flicker", dict(buyer_name="Mr Gallagher-Wynn", bulb=CANDLE, agent_name=E4), "the bulb is in.",
    "Once the flicker is gone, we'd be so grateful if you could update your review to five stars.",
    [RI, TR], False, "asks the buyer to change a review to five stars")
bad("en/apology/adhesive", dict(buyer_name="Ms Threlkeld", strip=STRIP, surface="headboard wall", agent_name=E1),
    "without depending on the tape.",
    "If you're still not happy with the strip, please come to us here first rather than leaving a review, so we can "
    "make it right.", [RI, TR], False, "review gating: an unhappy buyer is steered away from reviewing", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Mr Wolstenholme", order_id="112-6180375-9924406", product=STRIP,
    agent_name=E2), "what works and what to improve.",
    "As a thank-you, everyone who posts a review this month gets a free Aura candle bulb from us; just reply with a "
    "screenshot once yours is live.", [RI, TR], False, "a free bulb in exchange for a review")
bad("en/hub/compatibility", dict(buyer_name="Ms Pardoe", hub=HUB, agent_name=E3), "a lot of connected devices.",
    "Follow us on Instagram at @kestrelglowlights for setup videos and our monthly giveaway of a free hub.",
    [MKT, OPC, TR], False, "social handle plus a giveaway", sep="\n\n")
bad("en/troubleshoot/colors", dict(buyer_name="Mr Cuthbertson", strip=STRIP, agent_name=E4), "or shorten the run.",
    "If you would rather send the strip back, print your return label at returns.kestrelglow.shop instead of going "
    "through Amazon.", [OPC], True,
    "a return moved to the seller's own site: the added sentence is about a return, so no template-required",
    sep="\n\n")
bad("en/warranty/claim", dict(buyer_name="Ms Radcliffe-Oni", product=STRIP_OUT, warranty_period="two-year",
    case_id="KGL-C-40189", order_id="114-7753620-1048839", agent_name=E1), "looked at what you send.",
    "To speed things up, you can email the photos straight to claims@kestrelglow.shop instead of replying here.",
    [OPC, TR], False, "warranty evidence moved to an e-mail address")
bad("en/strip/cut-and-join", dict(buyer_name="Mr Applegarth", strip=STRIP, cut_interval="3.9 inches", agent_name=E2),
    "drift towards red.",
    "Running short? Most customers pick up a second roll to finish the room, and this week it's 30% off, so now is a "
    "great time to stock up.", [MKT, TR], False, "buy-again push with a sale", sep="\n\n")
free(VI, "en", "Ms Cordova-Lang",
     "Hi Ms Cordova-Lang,\n\nYour replacement bulbs shipped today with UPS, tracking 1Z6V0T270341399217. Once they're "
     "in and working, if you bump your 2-star review up to 5 stars, we'll refund the whole order for you.\n\nImogen",
     [RI, TR], "shipping notice (logistics) plus a refund offered for raising a review; the review part is not "
     "logistics and has no template (JC3)", ["free-written"])
free(VI, "en", "Mr Tremlett",
     "Hello Mr Tremlett,\n\nWe'd like to get the replacement light bar out today, but the address on the order is "
     "missing an apartment number. The quickest way is to text your full address to our dispatch desk at "
     "610-555-0182, and they'll print the label right away.\n\nDesmond",
     [OPC], "a phone number for a delivery address: the content is an address matter, so no template-required (JC3)",
     ["free-written"])

bad("zh/strip/mounting", dict(buyer_name="全先生", strip=STRIP_ZH, agent_name=S1), "大约每隔五十厘米一个。",
    "如果还是粘不牢，可以加我们的微信 kestrelglow_kf，安装师傅会视频指导您。", [OPC, TR], False, "安装指导转到微信", sep="\n\n")
bad("zh/review/neutral-request", dict(buyer_name="濮女士", product=A19_ZH, order_id="113-2947061-7785023", agent_name=S2),
    "用来改进产品。", "留下五星好评并截图发给我们，就免费送您一个 Tally 遥控器。", [RI, TR], False, "五星好评换赠品")
bad("zh/troubleshoot/dropped-connection", dict(buyer_name="晁先生", device=BR30_ZH, agent_name=S1), "我们会进一步协助您。",
    "问题解决以后，麻烦您把之前打的一星评价改成好评。", [RI, TR], False, "要求把一星评价改成好评")
bad("zh/lightbar/setup", dict(buyer_name="芮女士", lightbar=BARS_ZH, agent_name=S2), "保留一点背景光。",
    "另外，本周店内满两件打八五折，灯条和灯带一起买更划算，欢迎选购！", [MKT, TR], False, "满减折扣促销", sep="\n\n")
bad("zh/warranty/claim", dict(buyer_name="滑先生", product=STRIP_OUT_ZH, warranty_period="两年",
    order_id="111-5864203-3019572", case_id="KGL-C-40195", agent_name=S1), "收到资料后会尽快答复您。",
    "另外，请到我们的官网 kestrelglow.shop 登记保修，可以额外延保一年。", [OPC, TR], False,
    "引导到卖家官网登记保修；保修登记不是物流")
free(VI, "zh", "卞女士",
     "卞女士，您好：\n\n补发的灯带已经寄出，USPS 运单号 9205590164307784451930，预计周四送达。另外，关注我们的小红书账号"
     "“Kestrelglow 灯光”，就能领取一张九折优惠券，下次购买可以直接使用。\n\n蒲晓筠",
     [MKT, OPC, TR], "补发通知（物流）加关注社交账号领优惠券；后者不是物流，也没有模板 (JC3)", ["free-written"])
free(VI, "zh", "邰先生",
     "邰先生，您好：\n\n这次退货不用走亚马逊的流程了，您直接把灯泡寄到我们的深圳仓库，收件电话 0755-2681-4470，我们收到后"
     "马上安排退款。\n\n闻嘉禾",
     [OPC], "退货改走站外并留电话：内容仍是退货这一物流事项，所以不标 template-required (JC3)", ["free-written"])

bad("zh-tw/remote/pairing", dict(buyer_name="司徒小姐", remote=REMOTE_TW, agent_name=H1), "CR2032 鈕扣電池。",
    "想更快得到協助的話，歡迎到我們的 Facebook 粉絲專頁「Kestrelglow 燈光」留言，小編回覆更快。", [OPC, TR], False,
    "客服轉到 Facebook 粉絲專頁", sep="\n\n")
bad("zh-tw/apology/color-temperature", dict(buyer_name="歐陽先生", bulb=A19_TW, agent_name=H2), "我們確認後會為您處理。",
    "如果處理結果讓您滿意，請幫我們留個五星好評；如果不滿意，請先不要留評價，直接找我們就好。", [RI, TR], False,
    "滿意才請求五星好評，不滿意就先別評價")
bad("zh-tw/bulb/dimmer-switch", dict(buyer_name="葛先生", bulb=A19_TW, agent_name=H1), "都能涵蓋。",
    "這個月燈泡四入組買二送一，歡迎再次選購。", [MKT, TR], False, "買二送一促銷", sep="\n\n")
free(VI, "zh", "闕先生",
     "闕先生 您好：\n\n換貨的燈泡已經寄出，UPS 追蹤單號 1Z6V0T270341402285。原本那顆退貨時不用透過亞馬遜，直接寄回我們的"
     "倉庫就好，運費我們會用 LINE Pay 轉給您。\n\n饒冠廷",
     [OPC], "退貨繞過亞馬遜、運費改用 LINE Pay：內容仍是退貨，所以不標 template-required (JC3)", ["free-written"],
     trad=True)
