# -*- coding: utf-8 -*-
"""t81: the labelled seller replies (imported by gen.py). Every text here was written for this set.

Replies are added in category order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note refers to the judgement calls in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """The template with every placeholder filled; vals must name exactly the template's placeholders."""
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("placeholders of %s: given %s, needed %s" % (tid, sorted(vals), sorted(need)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _push(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, log=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note, tid=tid,
                        vals=vals, exact=exact, extra=extra, log=log))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None, log=None):
    """Render tid, then apply (old, new) edits in order; each old text must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _push(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
          tid=tid, vals=vals, exact=exact, extra=extra, log=log, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, first_words, width):
    """Edit: hard-wrap the single paragraph that begins with first_words at `width` columns."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(first_words)]
    if len(paras) != 1:
        raise SystemExit("wrap: %r not a unique paragraph start in %s" % (first_words, tid))
    return paras[0], textwrap.fill(paras[0], width)


def swap(a, b, sep=" "):
    """Edit: exchange two adjacent sentences."""
    return a + sep + b, b + sep + a


def after(anchor, sentence, sep):
    return anchor, anchor + sep + sentence


def free(cat, lang, text, labels, note, tags=(), trad=False, log=None):
    _push(cat, text.strip("\n"), labels, lang, tags, note, trad=trad, log=log)


# ------------------------------------------------------------------ invented people and products
A1, A2, A3, A4 = "Henrietta Osei-Grange", "Caspian Mulroney", "Thea Vorhees-Balogun", "Emrys Kettleby"
Z1, Z2 = "段知秋", "蒋若帆"
W1, W2 = "鄔冠廷", "柯語晴"

CORSAIR, MERIDIAN, WREN = "Brassleaf Corsair 11", "Brassleaf Meridian 13", "Brassleaf Wren"
MERIDIAN_LONG = ("Brassleaf Meridian 13 Desktop Manual Typewriter, 13-Inch Carriage, Elite 12 CPI Typeface, "
                 "Tabulator with 8 Stops, Page End Indicator, Cast Aluminum Frame, Black Enamel Finish")
RIB_BR, RIB_BK, RIB_CT = "Brassleaf black/red nylon ribbon", "Brassleaf black nylon ribbon", "Brassleaf black cotton ribbon"
RIB_LONG = ("Brassleaf Universal Typewriter Ribbon, 1/2 Inch x 16 Yards, Black/Red Nylon, Twin Metal Spools, "
            "Fits Most Portable and Standard Manual Typewriters, Pack of 2")
PLATEN = "Brassleaf standard replacement platen"
PLATEN_LONG = ("Brassleaf Replacement Platen Roller for Corsair 11 and Wren Typewriters, 90 Durometer Rubber, "
               "Precision-Ground Surface, Washers and Instruction Card Included")
KIT = "Brassleaf typewriter cleaning kit"
KIT_LONG = ("Brassleaf Typewriter Cleaning Kit with Type-Cleaning Putty, Brass Detail Brush, Soft Dusting Brush, "
            "2 oz Platen and Type Cleaner, 6 Lint-Free Cloths and Zip Pouch")
MER_ZH_LONG = "Brassleaf Meridian 13 台式手动打字机 33厘米宽字车 精英体12字距 八档跳格 铸铝机身 黑色烤漆"
KIT_ZH = "Brassleaf 打字机清洁套装"
CASE_TW_LONG = "Brassleaf Meridian 13 專用硬殼手提箱 木質框架 防潑水布面 雙扣環 附配件夾層與防塵罩"

# ================================================================== 1. filled templates -> []
F = "filled-template"
# --- English (20)
fill("en/ribbon/install", dict(buyer_name="Ms Quenby", ribbon=RIB_BR, machine=CORSAIR, agent_name=A1), "exact fill")
fill("en/ribbon/install", dict(buyer_name="Mr Ravindran", ribbon=RIB_LONG, machine=MERIDIAN, agent_name=A2),
     "the full listing title of the ribbon in the ribbon slot; greeting changed (JC2)",
     edits=[("Hello Mr Ravindran,", "Good afternoon Mr Ravindran,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Odessa", ribbon=RIB_CT, machine=WREN, agent_name=A3)
fill("en/ribbon/install", _v, "second paragraph hard-wrapped at 68 columns, as pasted from a mail client (JC2)",
     edits=[wrap("en/ribbon/install", _v, "Drop a new spool", 68)], tags=["reflow"])
fill("en/ribbon/compat", dict(buyer_name="Mr Szczepanski", machine="1962 portable typewriter", agent_name=A4),
     "exact fill")
fill("en/ribbon/compat", dict(buyer_name="Ms Delacroix-Mbatha", machine="grandmother's 1950s office typewriter",
     agent_name=A1), "a warm line with no product content after the greeting; sign-off extended (JC2)",
     edits=[after("Hi Ms Delacroix-Mbatha,", "What a lovely thing to inherit, and how nice that you want to get it typing again.", "\n\n"),
            ("Kind regards,", "Happy typing, and kind regards,")], tags=["warm-line", "sign-off"])
fill("en/cleaning/typeface", dict(buyer_name="Mr Thorvaldsen", kit=KIT, agent_name=A2), "exact fill")
fill("en/cleaning/typeface", dict(buyer_name="Ms Kilbride", kit=KIT_LONG, agent_name=A3),
     "listing title of the kit in the kit slot; second and third paragraphs run together (JC2)",
     edits=[("up and down the typebar.\n\nWipe each slug", "up and down the typebar. Wipe each slug")],
     tags=["long-value", "merge"])
fill("en/troubleshoot/skipping", dict(buyer_name="Mr Achterhof", machine=CORSAIR, agent_name=A4), "exact fill")
fill("en/troubleshoot/skipping", dict(buyer_name="Mr Lamontagne", machine=WREN, agent_name=A1),
     "one sentence paraphrased, same advice (JC2)",
     edits=[("A very light, fast touch that suits a computer keyboard can make a manual machine skip.",
             "People used to laptop keyboards often press too lightly and too quickly, and that alone can make a manual typewriter skip.")],
     tags=["paraphrase"])
fill("en/troubleshoot/faint-print", dict(buyer_name="Ms Vreeland", machine=MERIDIAN, agent_name=A2), "exact fill")
fill("en/troubleshoot/faint-print", dict(buyer_name="Ignacio", machine=CORSAIR, agent_name=A3),
     "greeting and sign-off changed (JC2)", edits=[("Hi Ignacio,", "Dear Ignacio,"), ("All the best,", "Happy typing,")],
     tags=["greeting", "sign-off"])
fill("en/platen/replace", dict(buyer_name="Mr Pettigrew-Osei", platen=PLATEN, machine=CORSAIR, agent_name=A4), "exact fill")
fill("en/platen/replace", dict(buyer_name="Ms Strathearn", platen=PLATEN_LONG, machine=WREN, agent_name=A1),
     "listing title of the platen in the platen slot; second paragraph split in two (JC2)",
     edits=[("in full view. Unscrew", "in full view.\n\nUnscrew")], tags=["long-value", "split"])
fill("en/warranty/claim", dict(buyer_name="Mr Bakshi", product=MERIDIAN, warranty_period="two-year", case_id="BTW-40713",
     order_id="114-6820395-1173046", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Gallardo-Finch", product=CORSAIR, warranty_period="one-year",
     case_id="BTW-40758", order_id="112-9043718-5526601", agent_name=A3),
     "the exclusions sentence paraphrased with the same four exclusions (JC2)",
     edits=[("Accidents, spills, oil added to the typebar segment and repairs done elsewhere are not covered either.",
             "Nor can we cover damage from a drop or a spill, oil put into the typebar segment, or a repair by anyone but us.")],
     tags=["paraphrase"])
fill("en/warranty/claim", dict(buyer_name="Mr Whitfield-Anan", product=MERIDIAN_LONG, warranty_period="two-year",
     case_id="BTW-40796", order_id="113-2758164-0094387", agent_name=A4),
     "listing title in the product slot; greeting changed (JC2)",
     edits=[("Dear Mr Whitfield-Anan,", "Hello Mr Whitfield-Anan,")], tags=["long-value", "greeting"])
fill("en/apology/stiff-keys", dict(buyer_name="Ms Yarbrough", machine=WREN, agent_name=A1), "exact fill")
_v = dict(buyer_name="Mr Ekwueme", machine=MERIDIAN, agent_name=A2)
fill("en/apology/stiff-keys", _v, "second and third paragraphs hard-wrapped at 72 columns; sign-off changed (JC2)",
     edits=[wrap("en/apology/stiff-keys", _v, "Every machine", 72), wrap("en/apology/stiff-keys", _v, "You can also", 72),
            ("With apologies,", "Sorry again for the trouble,")], tags=["reflow", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Ms Hargreave-Lunde", product=CORSAIR, order_id="111-5260473-8817209",
     agent_name=A3), "exact fill; the only review request on this order, and the buyer had not praised anything (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Marisol", product="Brassleaf black/red nylon ribbon (pack of 2)",
     order_id="114-0397156-2648830", agent_name=A4),
     "greeting and sign-off changed; the only review request on this order (JC2, JC9)",
     edits=[("Hi Marisol,", "Hello Marisol,"), ("Best wishes,", "Thanks again,")], tags=["greeting", "sign-off"])

# --- Simplified Chinese (12)
fill("zh/machine/margins", dict(buyer_name="岳先生", machine="Brassleaf Meridian 13 台式打字机", agent_name=Z1), "exact fill")
fill("zh/machine/margins", dict(buyer_name="麦女士", machine=MER_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 machine 占位符；问候语改为晚上好 (JC2)", edits=[("麦女士，您好：", "麦女士，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/machine/margins", dict(buyer_name="欧阳先生", machine=CORSAIR, agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您打字愉快！", "祝您写作顺利！")], tags=["sign-off"])
fill("zh/cleaning/kit", dict(buyer_name="储女士", kit=KIT_ZH, agent_name=Z2), "exact fill")
fill("zh/cleaning/kit", dict(buyer_name="饶先生", kit=KIT_ZH, agent_name=Z1),
     "问候后加一句不涉及产品内容的客套话 (JC2)",
     edits=[after("饶先生，您好：", "从旧货市场淘来的老机器积灰难免，清理一遍以后会顺手很多。", "\n\n")], tags=["warm-line"])
fill("zh/warranty/claim", dict(buyer_name="谷女士", product="Brassleaf Corsair 11 便携打字机", warranty_period="一年",
     case_id="BTW-40831", order_id="111-7305928-4410652", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="焦先生", product="Brassleaf Meridian 13 台式打字机", warranty_period="两年",
     case_id="BTW-40862", order_id="112-4619037-2275813", agent_name=Z1),
     "最后一段两句调换顺序 (JC2)",
     edits=[swap("维修师傅需要先看到故障才能决定怎么修，麻烦您在这里回复几句话说明，并附上照片或短视频。",
                 "本次售后编号为 BTW-40862，对应订单 112-4619037-2275813，我们会在两个工作日内回复。", sep="")],
     tags=["reorder"])
fill("zh/warranty/claim", dict(buyer_name="鞠女士", product="Brassleaf Wren 超薄打字机", warranty_period="一年",
     case_id="BTW-40877", order_id="113-9186402-7730514", agent_name=Z2),
     "一处措辞微调：“回复几句话说明”改为“简单说明一下” (JC2)", edits=[("回复几句话说明", "简单说明一下")], tags=["wording"])
fill("zh/apology/ribbon-smudge", dict(buyer_name="钟先生", ribbon="Brassleaf 黑色尼龙色带", agent_name=Z1), "exact fill")
fill("zh/apology/ribbon-smudge", dict(buyer_name="穆女士", ribbon="Brassleaf 黑红双色尼龙色带", agent_name=Z2),
     "第一段从中间断开，分成两段 (JC2)", edits=[("给您添麻烦了。刚开封", "给您添麻烦了。\n\n刚开封")], tags=["split"])
fill("zh/review/neutral-request", dict(buyer_name="庄先生", product="Brassleaf Wren 超薄便携打字机",
     order_id="112-3357910-8846025", agent_name=Z1), "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="凤女士", product=KIT_ZH, order_id="114-7712048-3396251", agent_name=Z2),
     "问候语改为下午好；本订单唯一一次评论邀请 (JC2, JC9)", edits=[("凤女士，您好：", "凤女士，下午好：")],
     tags=["greeting"])

# --- Traditional Chinese (10)
fill("zh-tw/case/care", dict(buyer_name="池先生", case_model="Corsair 11 硬殼手提箱", machine=CORSAIR, agent_name=W1),
     "exact fill")
fill("zh-tw/case/care", dict(buyer_name="宋小姐", case_model="Wren 輕便手提箱", machine=WREN, agent_name=W2),
     "問候語改為午安，並加一句不涉及產品內容的祝福 (JC2)",
     edits=[("宋小姐 您好：", "宋小姐 午安：\n\n聽說您下個月要帶著打字機到山上小住，祝您寫得盡興。")],
     tags=["greeting", "warm-line"])
fill("zh-tw/case/care", dict(buyer_name="易太太", case_model=CASE_TW_LONG, machine=MERIDIAN, agent_name=W1),
     "exact fill；整段商品標題放進 case_model 佔位符 (JC2)", tags=["long-value"])
fill("zh-tw/ribbon/two-color", dict(buyer_name="封先生", ribbon="Brassleaf 黑紅雙色尼龍色帶", machine=CORSAIR,
     agent_name=W2), "exact fill")
fill("zh-tw/ribbon/two-color", dict(buyer_name="田小姐", ribbon="Brassleaf 黑紅雙色色帶", machine=MERIDIAN, agent_name=W1),
     "第二、三段合併為一段 (JC2)", edits=[("油印用的蠟紙。\n\n裝色帶時", "油印用的蠟紙。裝色帶時")], tags=["merge"])
fill("zh-tw/ribbon/two-color", dict(buyer_name="曹先生", ribbon="Brassleaf 雙色色帶", machine=WREN, agent_name=W2),
     "署名前加上祝福語 (JC2)", edits=[("調整的方式。\n\n", "調整的方式。\n\n祝 寫作愉快\n")], tags=["sign-off"])
fill("zh-tw/troubleshoot/typebars", dict(buyer_name="夏小姐", machine=MERIDIAN, agent_name=W1), "exact fill")
fill("zh-tw/troubleshoot/typebars", dict(buyer_name="程先生", machine=CORSAIR, agent_name=W2),
     "第二段改寫成口語，內容相同 (JC2)",
     edits=[("遇到卡住時，請不要用力去按其他字鍵，只要用手指從後方輕輕把上面那根字桿撥回扇形座，另一根就會自己落下。",
             "卡住的時候別再按其他鍵，用手指從後面把上面那根字桿輕輕推回去，下面那根自然會落回原位。")],
     tags=["paraphrase"])
fill("zh-tw/review/neutral-request", dict(buyer_name="丘小姐", product="Brassleaf Corsair 11 手動打字機",
     order_id="113-0642879-5518306", agent_name=W1), "exact fill；本訂單唯一一次評論邀請 (JC9)")
fill("zh-tw/review/neutral-request", dict(buyer_name="柳太太", product="Brassleaf 打字機清潔組",
     order_id="111-9947316-2065783", agent_name=W2),
     "問候語改為晚安，署名前加祝福語；本訂單唯一一次評論邀請 (JC2, JC9)",
     edits=[("柳太太 您好：", "柳太太 晚安："), ("閱讀每一則。\n\n", "閱讀每一則。\n\n祝 創作順利\n")],
     tags=["greeting", "sign-off"])

# ================================================================== 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, jc="JC1", sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, "%s (%s)" % (note, jc), edits=[after(anchor, sentence, sep)], cat=FX, tags=tags,
         extra=sentence, log=True)


fill_log("en/ribbon/install", dict(buyer_name="Mr Carraway-Nduka", ribbon=RIB_BK, machine=CORSAIR, agent_name=A4),
         "from the first word.",
         "The second ribbon on your order left our Boise warehouse separately by USPS, tracking 9234690152803317402268, and should reach you on Wednesday.",
         "split-shipment tracking for the second ribbon, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/cleaning/typeface", dict(buyer_name="Ms Akana-Whitby", kit=KIT, agent_name=A1),
         "use a fresh piece.",
         "Because the cleaning fluid counts as a flammable liquid for shipping, your kit cannot go to Hilo by air; it is on its way by sea and will arrive about ten days after the typewriter.",
         "ground-and-sea carriage of the cleaning fluid", ["hazmat", "split-shipment"], jc="JC1, JC7")
fill_log("en/troubleshoot/skipping", dict(buyer_name="Mr Oduro-Finlay", machine=MERIDIAN, agent_name=A2),
         "guide you through the next step.",
         "If you would rather return it, lock the carriage and pack the machine in its original box with both foam end caps before you hand it to UPS; the prepaid label is in Your Orders.",
         "packing a typewriter for its return", ["returns", "packing"], jc="JC1, JC4")
fill_log("en/warranty/claim", dict(buyer_name="Ms Fairbairn", product=CORSAIR, warranty_period="one-year",
         case_id="BTW-40905", order_id="113-4471620-8805731", agent_name=A3),
         "within two business days.",
         "Should the machine need a trip to our workshop, a prepaid UPS label will appear in this thread, and the journey back to you is on us as well.",
         "how a warranty repair would travel", ["repair-shipping"], jc="JC1, JC16")
fill_log("en/platen/replace", dict(buyer_name="Mr Haskins-Adu", platen=PLATEN, machine=MERIDIAN, agent_name=A4),
         "should feed in straight.",
         "The packet of washers that was missing from your platen box went out this morning by USPS, tracking 9234690152803358810471.",
         "missing part sent", ["fulfilment", "tracking"], jc="JC1, JC5")
fill_log("en/apology/stiff-keys", dict(buyer_name="Ms Vandersloot", machine=CORSAIR, agent_name=A1),
         "and put it right.",
         "We have also stopped the extra Corsair 11 you ordered by accident; the order was cancelled before it reached the packing bench, and your card will not be charged for it.",
         "cancellation of an accidental second order", ["cancellation"], jc="JC1, JC5")
fill_log("zh/machine/margins", dict(buyer_name="甄先生", machine=CORSAIR, agent_name=Z2),
         "再多打几个字符。",
         "您同一订单里的两卷色带从另一个仓库单独发出，FedEx 运单号 395820417763，预计周四送达。",
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/cleaning/kit", dict(buyer_name="仇女士", kit=KIT_ZH, agent_name=Z1),
         "远离明火。",
         "套装里的清洁液属于易燃液体，承运商只能走陆运，所以这份套装会比打字机晚三四天送达。",
         "清洁液只能陆运", ["hazmat", "split-shipment"], jc="JC1, JC7")
fill_log("zh/warranty/claim", dict(buyer_name="邝先生", product="Brassleaf Meridian 13 台式打字机", warranty_period="两年",
         case_id="BTW-40938", order_id="114-2906157-3318460", agent_name=Z2),
         "我们会在两个工作日内回复。",
         "如果需要寄回维修，我们会在本对话中提供预付运单，修好后由我们承担运费寄回给您。",
         "寄修的运输安排", ["repair-shipping"], jc="JC1, JC16")
fill_log("zh/apology/ribbon-smudge", dict(buyer_name="巩女士", ribbon="Brassleaf 黑色尼龙色带", agent_name=Z1),
         "我们会为您进一步处理。",
         "另外，订单里漏发的那卷色带，今天已经用 USPS 给您补寄，运单号 9234690152803391205584。",
         "补发漏发的色带", ["fulfilment", "tracking"], jc="JC1, JC5")
fill_log("zh-tw/case/care", dict(buyer_name="桑先生", case_model="Corsair 11 硬殼手提箱", machine=CORSAIR, agent_name=W2),
         "避免潮氣讓金屬零件生鏽。",
         "您另外訂購的兩卷備用色帶已經出貨，追蹤單號 1ZA7R9640318452776，預計週四送達。",
         "另外訂購的色帶追蹤單號", ["tracking"])
fill_log("zh-tw/troubleshoot/typebars", dict(buyer_name="聶小姐", machine=MERIDIAN, agent_name=W1),
         "我們會協助您檢查。",
         "如果最後需要換貨，我們會在本訊息提供預付退貨標籤；寄回前請鎖上字車，並用原廠紙箱和泡棉包好。",
         "換貨時的包裝與退貨標籤", ["returns", "packing"], jc="JC1, JC4")

# ================================================================== 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Ms Abiodun-Clarke,\n\nYour Meridian 13 was collected from our Allentown warehouse this afternoon by UPS Ground, tracking 1ZA7R9640318509163, with delivery planned for Thursday. The carton weighs about 38 pounds; if nobody will be home, UPS My Choice lets you have it held at a nearby UPS Access Point rather than left on the step.\n\nHenrietta",
     ["tracking", "delivery"], "dispatch, tracking and a hold option (JC15)"),
    ("Hi Mr Fitzwarren,\n\nTo send the Corsair 11 back, open the return in Your Orders and print the UPS label. Before it goes in the box, center the carriage and push the carriage lock down so the carriage cannot slide, then seat the machine between the two foam end caps in its original carton. No carton left? Give it at least two inches of bubble wrap on every side and fill the gaps, because a carriage that rattles around in transit usually arrives bent.\n\nCaspian",
     ["returns", "packing"], "packing a typewriter for its return shipment (JC4)"),
    ("Dear Ms Okonjo-Reilly,\n\nI am so sorry: the photos show the Meridian 13 reached you with its carriage off the rail and the paper table cracked, which is carrier damage. A new machine was packed for you this morning and is with UPS, tracking 1ZA7R9640318561247. Please hold on to the damaged one and its carton for now, since the carrier may ask to inspect them for the claim; we will tell you in this thread when it can be collected.\n\nThea",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC6)"),
    ("Hello Mr Beaulieu-Tan,\n\nThe Corsair 11 is going through Canadian customs in Montreal, which normally takes a business day or two, and UPS has Monday down for delivery. Duties and taxes were already collected by Amazon when you checked out, so no further payment is due; if anyone asks you for money on delivery, you can refuse it and let us know here.\n\nEmrys",
     ["customs"], "customs clearance with prepaid duties (JC6)"),
    ("Hi Ms Pennington-Ayre,\n\nA missing digit in the tariff number on our commercial invoice made UK customs at East Midlands airport hold your parcel. UPS has had a corrected invoice since this morning and plans to release the parcel tomorrow and bring it to you on Friday. You paid the import VAT with your order, so nothing is due on delivery.\n\nHenrietta",
     ["customs"], "customs paperwork corrected (JC6)"),
    ("Dear Mr Mwangi-Holt,\n\nThe cleaning kit in your order includes a bottle of cleaning fluid that the carriers class as a flammable liquid, and they will not accept it for an APO address. The typewriter and the ribbons have gone to your APO address as ordered; we took the kit off the order and refunded the $14.99 you paid for it to your card.\n\nCaspian",
     ["hazmat", "address", "refund"], "the cleaning fluid cannot ship to an APO address (JC7, JC14)"),
    ("Hello Ms Laidlaw,\n\nThe black cotton ribbon in your order is out of stock for a few more days. Fresh stock is due at our Boise warehouse on the 14th, and your ribbon will ship the day after; the tracking number will follow in this thread. Everything else in the order has already left.\n\nThea",
     ["delay"], "back-ordered line with a ship date (JC5, JC15)"),
    ("Hi Mr Northcote,\n\nWe caught your order before it left the warehouse and changed the delivery address to the new apartment on Alder Street, unit 5C. It goes out tomorrow, and the tracking number will appear in Your Orders once UPS scans the box.\n\nEmrys",
     ["address"], "address changed before dispatch (JC15)"),
    ("Hello Ms Ilunga,\n\nThe parcel was handed to FedEx an hour before your message came in, so we can no longer edit the order's address. FedEx Delivery Manager can still reroute it for you with tracking number 395820517386: pick a new address, or a FedEx location near your office to collect it from. FedEx sometimes charges for a reroute.\n\nHenrietta",
     ["address", "tracking"], "redirecting a parcel already in transit (JC15)"),
    ("Hi Mr Tiwari,\n\nAccording to USPS your ribbons were delivered on Tuesday, but the delivery photo shows a doorway you don't recognize. A claim is open with USPS, and we didn't want you to wait for its outcome, so a second pair left today, tracking 9234690152803426698135. Keep the first parcel if it ever appears.\n\nCaspian",
     ["delivery", "tracking"], "marked delivered but not received (JC15)"),
    ("Dear Ms Brenninkmeyer,\n\nThe Corsair 11 you returned arrived at Allentown on Monday, and our inspection found nothing wrong with it, so the full $189.00 has been refunded to the card you used. Depending on your bank, it can take up to a week to show.\n\nThea",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Mr Adjei-Morrow,\n\nThe Meridian 13 you sent back came in without its dust cover and with the carriage unlocked, and the paper table was bent on the way. We have refunded $214.00, which is the $259.00 you paid less $45.00 for the damage, as Amazon's returns policy allows. If you took photos before sending it, reply here with them and we will review the deduction.\n\nEmrys",
     ["refund", "returns"], "partial refund of a damaged return (JC14, JC15)"),
    ("Hi Ms Sokolova-Grant,\n\nYou placed the ribbon order twice, so we have cancelled the copy, order 113-6028471-3390514, before anything was packed. No charge will go through for it. Your original order is untouched and should be with you on Saturday.\n\nHenrietta",
     ["cancellation"], "duplicate order cancelled on request (JC5, JC14)"),
    ("Hello Mr Quartey,\n\nThe workshop has fitted a new drawband to your Meridian 13, and the machine went back to you today in a fresh carton with new foam, UPS tracking 1ZA7R9640318617930. Shipping is on us both ways, and UPS expects to deliver it on Wednesday.\n\nCaspian",
     ["repair-shipping", "tracking"], "a repaired machine shipped back (JC16)"),
    ("Dear Ms Arkwright,\n\nTwo parcels are on their way to you. UPS has the Corsair 11 and its hard case from Allentown (tracking 1ZA7R9640318672054, expected Monday), and USPS has the ribbons and the cleaning kit from our Boise warehouse (tracking 9234690152803460017729, expected Saturday).\n\nThea",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Hi Mr Olawale,\n\nFedEx Ground does not deliver on Saturdays in your area, so the earliest delivery for your typewriter is Monday. If Monday is difficult, you can ask FedEx to keep it at a FedEx Office location once the tracking number shows in Your Orders, and collect it when it suits you.\n\nEmrys",
     ["delivery", "pickup-point"], "delivery day and a pickup location (JC15)"),
    ("Hello Ms Lachlan-Reid,\n\nOur packer reached for the black/red ribbon when your order asked for all-black; that mistake is ours. The all-black ribbon is on its way by USPS, tracking 9234690152803497281306, and the two-color one is yours to keep.\n\nHenrietta",
     ["fulfilment", "tracking"], "wrong ribbon sent (JC5, JC14)"),
    ("Dear Mr Van Heerden,\n\nYou are right, the platen in your parcel is for the Meridian 13 and is two inches too long for a Corsair 11. The Corsair size went out by UPS today (tracking 1ZA7R9640318735586). For the long one, use the prepaid return label that is now in Your Orders any time in the next 30 days, and pack it in its original tube.\n\nCaspian",
     ["fulfilment", "returns", "tracking"], "wrong platen exchanged (JC5)"),
    ("Hi Ms Gutierrez-Lowe,\n\nA snowstorm closed FedEx's Indianapolis hub on Tuesday, and everything inside it, including your Corsair 11, lost a day. The tracking (395820584027) shows it on a truck again, with Friday as the new delivery date. I will keep an eye on it; if Monday arrives and it has not, a replacement goes out straight away.\n\nThea",
     ["delay", "tracking"], "weather delay (JC15)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("蔚先生，您好：\n\n请先在亚马逊“您的订单”页面提交退货申请，打印 UPS 面单。装箱前请把字车推到正中间，按下字车锁，确认字车推不动，再把打字机放进原包装盒，两头卡好泡沫护角。原盒如果已经丢了，请用气泡膜把机器四面包上五厘米以上，空隙塞满，免得字车在路上来回撞。\n\n段知秋",
     ["returns", "packing"], "打字机退货的包装要求 (JC4)"),
    ("蒲女士，您好：\n\n从照片看，Meridian 13 是在路上被摔的：字车脱了轨，纸架也裂了，实在对不起。我们今天上午已经重新打包了一台，交给 UPS 发出，运单号 1ZA7R9640318790412。坏的那台连同箱子请暂时留着，承运商理赔时可能要看，需要取回的话我们会在本对话里通知您。\n\n蒋若帆",
     ["damage", "tracking"], "运输损坏，重新发货 (JC6)"),
    ("冼先生，您好：\n\n您的 Corsair 11 目前在温哥华清关，一般一到两个工作日放行，UPS 预计下周一送到。进口关税和税费在下单时已经由亚马逊一并收取，签收时无需再付任何费用；如果有人要求付款，请先拒绝，并在本对话里告诉我们。\n\n段知秋",
     ["customs"], "清关与已预收的税费 (JC6)"),
    ("郜女士，您好：\n\n清洁套装里有一瓶滚筒清洁液，承运商按易燃液体处理，不能空运到夏威夷。所以打字机和色带已经先空运寄出，清洁套装单独走海运，预计晚十天左右送达，运单号 395820631945。\n\n蒋若帆",
     ["hazmat", "split-shipment", "tracking"], "清洁液不能空运 (JC7)"),
    ("嵇先生，您好：\n\n您订的黑色棉质色带暂时缺货，新货十四号到博伊西仓库，第二天就给您发出，届时我们会在本对话中附上运单号。订单里的其他商品已经发货了。\n\n段知秋",
     ["delay"], "缺货商品的发货日期 (JC5, JC15)"),
    ("芮女士，您好：\n\n您的订单还没有出库，我们已经把收货地址改成您提供的新地址（枫树街 28 号 3 单元）。包裹明天发出，UPS 扫描后运单号会显示在“您的订单”里。\n\n蒋若帆",
     ["address"], "出库前修改收货地址 (JC15)"),
    ("竺先生，您好：\n\n您退回的 Wren 打字机已经到了阿伦敦仓库，验货没有问题。我们已经退款 199 美元，款项会回到您下单时用的付款方式，通常三到五个工作日可以看到。\n\n段知秋",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("宓女士，您好：\n\n您重复提交的订单 112-8547302-6619048 我们已经取消了。这笔订单还没出库，所以不会扣款；先下的那一笔照常配送，预计周六到。\n\n蒋若帆",
     ["cancellation"], "按要求取消重复订单 (JC5, JC14)"),
    ("隋先生，您好：\n\n这次的商品分两批寄出。打字机和手提箱走 UPS，从阿伦敦发货（运单号 1ZA7R9640318846670），周一可到；色带和清洁套装走 USPS，从博伊西发货（运单号 9234690152803531846092），周六可到。\n\n段知秋",
     ["split-shipment", "tracking"], "分两批发货 (JC15)"),
    ("奚女士，您好：\n\n您要的是纯黑色带，仓库却拣成了黑红双色，是我们的失误。纯黑的那卷今天已经由 USPS 补发，运单号 9234690152803572204418；发错的那卷留着用就好，不用寄回。\n\n蒋若帆",
     ["fulfilment", "tracking"], "发错颜色，补发正确的色带 (JC5, JC14)"),
    ("阙先生，您好：\n\n物流显示包裹周二已签收，但派送记录里的照片不是您家门口。我们已经请 FedEx 查件，同时今天给您重新发了一件，运单号 395820698273。原来的包裹如果找到了，不需要退回。\n\n段知秋",
     ["delivery", "tracking"], "显示签收但未收到 (JC15)"),
    ("荀女士，您好：\n\n工坊已经为您的 Corsair 11 换好新的拉带，打字机今天用新包装寄回，UPS 运单号 1ZA7R9640318903358，来回运费都由我们承担，预计周三送达。\n\n蒋若帆",
     ["repair-shipping", "tracking"], "维修完成后寄回 (JC16)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("湛先生 您好：\n\n您的 Corsair 11 今天從阿倫敦倉庫交給 UPS 陸運，追蹤單號 1ZA7R9640318958821，預計下週二送達。包裹約九公斤重，如果白天家裡沒有人，可以在 UPS My Choice 改成送到附近的取件點。\n\n鄔冠廷",
     ["tracking", "delivery"], "出貨與追蹤單號 (JC15)"),
    ("鮑小姐 您好：\n\n請先在亞馬遜「您的訂單」頁面送出退貨申請，再列印 UPS 標籤。裝箱前把字車移到中間、扳下字車鎖，然後把打字機放回原廠紙箱，兩頭套好泡棉護角。原廠紙箱若已丟棄，請用氣泡布把四面包上五公分以上，空隙塞滿，免得字車在運送途中晃動撞彎。\n\n柯語晴",
     ["returns", "packing"], "打字機退貨包裝 (JC4)"),
    ("歐陽小姐 您好：\n\n看了您的照片，Wren 的外箱被壓扁，紙架也折彎了，這是運送途中造成的，非常抱歉。新的一部今天已經寄出，追蹤單號 1ZA7R9640319014476。損壞的那部請先留著，承運商理賠時可能需要查看，回收方式我們會再通知您。\n\n鄔冠廷",
     ["damage", "tracking"], "運送損壞，重新寄出 (JC6)"),
    ("辛先生 您好：\n\n您寄回的 Corsair 11 硬殼手提箱已經進倉，檢查沒有問題。我們已經退款 59 美元，會退到您結帳時使用的付款方式，一般三到五個工作天可以看到。\n\n柯語晴",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("費小姐 您好：\n\n包裹已經在 FedEx 手上，訂單上的地址無法再改。不過您可以自己改送：在 FedEx Delivery Manager 輸入追蹤單號 395820742611，選擇送到別的地址，或是請 FedEx 把包裹留在您公司附近的門市。改送可能會多收一點費用。\n\n鄔冠廷",
     ["address", "tracking"], "出貨後改送地址 (JC15)"),
    ("花先生 您好：\n\n您選擇到店取貨，色帶包裹已經送到楓樹街的 UPS Store，這家門市就是 UPS Access Point 取件點。請在七天內帶著身分證件前往領取，報上追蹤單號 1ZA7R9640319072203 即可。\n\n柯語晴",
     ["pickup-point", "tracking"], "門市取件 (JC15)"),
    ("俞小姐 您好：\n\n寄往加拿大的包裹目前在多倫多海關等待放行，通常一到兩個工作天就會處理完。關稅和進口稅在您結帳時已經一起付過，送貨時不需要再付任何費用；萬一被要求付款，請拒絕並回覆本訊息。\n\n鄔冠廷",
     ["customs"], "清關與已付的關稅 (JC6)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ================================================================== 4. free-written, not logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hello Ms Oyekunle,\n\nA new Meridian 13 leaves the factory with a red transit screw holding the carriage still. Lift off the paper table and you will find it on the right-hand carriage rail; turn it counterclockwise with a coin until it comes out. Then slide the carriage all the way left and right to check that it runs freely. Keep the screw in the box in case you ever want to lock the carriage for a house move.\n\nHenrietta",
     ["setup"], "removing the transit screw after delivery is set-up, not logistics (JC11)"),
    ("Hi Mr Kwarteng,\n\nThe white foam wedge under the typebars is packing, not a part. Lift the top cover, ease the wedge out towards you, and the typebars will settle back into the segment. Then release the carriage lock on the right side, feed in a sheet of paper and type a test line. If any key stays down after that, send us a photo of the typebasket.\n\nCaspian",
     ["setup"], "unpacking the typebasket and first set-up (JC11)"),
    ("Dear Ms Mahlangu,\n\nYes, the black/red ribbon works on a machine without a color selector. The type only ever strikes the top half, so you will type in black and the red half stays unused. Once the top half is worn, you can turn both spools over and use the red half for headings or corrections.\n\nThea",
     ["advice", "compatibility"], "answers the buyer's fit question; no price or offer (JC10)"),
    ("Hello Mr Ashgrove,\n\nEnvelopes and index cards feed best if you pull the paper release lever forward, slide the card in behind the platen, and push the lever back. For an envelope, fold a plain sheet over its top edge to make a pocket; the platen grips the sheet and draws the envelope through straight. Type slowly near the flap, where the paper is thickest.\n\nEmrys",
     ["advice"], "typing envelopes and cards (JC10)"),
    ("Hi Ms Esterhuizen,\n\nOrdinary 20 lb copy paper works, but 24 lb paper gives a crisper letter and stops periods from punching through. Glossy paper smudges, and onionskin needs a backing sheet behind it. For carbon copies, the Corsair 11 manages an original and two copies comfortably.\n\nHenrietta",
     ["advice"], "paper weight (JC10)"),
    ("Dear Mr Oppenheim,\n\nYou can take the Corsair 11 on a plane as carry-on in its hard case; it fits most overhead bins. Security staff sometimes want to see it, so pack it where you can lift it out easily. Lock the carriage before you close the case, and leave the cleaning fluid at home, because flammable liquids are not allowed in cabin bags.\n\nCaspian",
     ["advice", "travel"], "flying with the machine and locking the carriage for the buyer's own trip is product use (JC4, JC7)"),
    ("Hello Ms Rautio,\n\nThe clip you sent is a great help: the bell clearly stays silent as the carriage nears the right margin. Our repair technician is in on Tuesdays and Fridays, so she will go through it on Friday morning, and you will have an answer from me here before the weekend.\n\nThea",
     ["holding"], "holding reply about a fault (JC10)"),
    ("Hi Mr Castellvi,\n\nYou can download an invoice for this order yourself: open the order in Your Orders and choose Invoice, and a printable PDF opens with our business address and the tax shown separately. If your employer needs it made out to a company name, reply with the name and we will upload a corrected copy to the order.\n\nEmrys",
     ["invoice"], "invoice request: order paperwork, not logistics (JC12)"),
    ("Dear Ms Underhill,\n\nFor a summer away, keep the typewriter in its case or under its cover in a room that stays dry; attics and basements are the usual trouble, because damp rusts the typebars and heat dries out the platen. Leave the carriage locked in the center, take the ribbon off if it will be more than six months, and put a silica gel pack inside the case.\n\nHenrietta",
     ["advice"], "storing the machine; the carriage lock here is product use (JC4, JC10)"),
    ("Hello Mr Fairclough,\n\nPica type is 10 characters to the inch and Elite is 12, so Elite fits more words on a line and Pica is easier to read. The Corsair 11 comes with a Pica face that looks much like Courier, and the Meridian 13 with Elite. The face cannot be swapped later, because the letters are cast on the type slugs.\n\nCaspian",
     ["advice", "comparison"], "typefaces of the two models, asked by the buyer; 'Courier' here is a typeface, not a carrier (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("司马女士，您好：\n\n新机器出厂时，字车用一颗红色的运输螺丝固定，防止搬运时滑动。取下纸架后，可以在字车右侧导轨上看到它，用硬币逆时针拧下来即可。拧下后把字车左右推到底试一下，能顺畅移动就可以开始打字了。螺丝请和包装盒放在一起，以后搬家时还用得上。\n\n段知秋",
     ["setup"], "到货后拆运输螺丝属于安装使用，不是物流 (JC11)"),
    ("卫先生，您好：\n\n普通七十克的复印纸就能用，但八十到九十克的纸字迹更清楚，句号也不容易打穿纸面。太光滑的铜版纸容易蹭墨，不建议使用。如果要打复写件，Corsair 11 一次可以打一张原件加两张复写。\n\n蒋若帆",
     ["advice"], "纸张建议 (JC10)"),
    ("姬女士，您好：\n\n这笔订单的发票可以在亚马逊“您的订单”里直接下载：打开订单，点“发票”，就能看到列有我们公司地址和税额的 PDF。如果单位报销需要开成公司抬头，请在本对话里回复公司名称，我们会把更正后的发票上传到订单中。\n\n段知秋",
     ["invoice"], "开发票属于订单文书，不是物流 (JC12)"),
    ("卞先生，您好：\n\n回车杆拉不动的视频收到了，画面很清楚。我们的维修师傅每周二、周五在工坊，这周五上午他会仔细看一遍，周末前我会在这里把结论告诉您。\n\n蒋若帆",
     ["holding"], "故障的等待回复 (JC10)"),
    ("晁女士，您好：\n\n梅雨季节请把打字机放在手提箱里或者盖上防尘罩，放在干燥的房间，不要放在地下室或者靠墙的柜子底层。箱子里可以放一包硅胶干燥剂，每个月拿出来打几页，字杆和导轨就不容易生锈。\n\n段知秋",
     ["advice"], "防潮存放 (JC10)"),
    ("扈先生，您好：\n\n打明信片或卡片时，先把纸张释放杆往前扳，把卡片从滚筒后面插进去，对齐以后再把杆子扳回去。卡片比较短，可以先用一张普通纸对折夹住卡片上沿，滚筒夹住纸就能带着卡片走直。\n\n蒋若帆",
     ["advice"], "打明信片和卡片 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("雷先生 您好：\n\nWren 出廠時，字籃裡塞了一塊白色泡棉，用來固定字桿，並不是零件。請掀開上蓋，把泡棉往自己的方向輕輕拉出來，字桿就會落回扇形座。接著把右側的字車鎖扳開，裝上紙試打一行就可以了。\n\n鄔冠廷",
     ["setup"], "到貨後取出固定泡棉屬於安裝使用，不是物流 (JC11)"),
    ("顧小姐 您好：\n\n打字機的扇形座和字桿請不要上油。油會黏住灰塵，時間一久反而讓字桿回彈變慢，甚至卡住。只有字車導軌可以點一滴縫紉機油，再用布擦掉多餘的部分，一年一次就足夠了。\n\n柯語晴",
     ["advice"], "上油的建議 (JC10)"),
    ("郭太太 您好：\n\n明信片和卡片比一般紙張硬，建議先把紙張釋放桿往前扳開再放入，對齊之後再扳回。卡片太厚時字會打得比較淡，敲鍵時稍微用力一點就好；如果還是太淡，可以在卡片後面墊一張紙。\n\n鄔冠廷",
     ["advice"], "在卡片上打字 (JC10)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ================================================================== 5. rewritten template content -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Kowalewska,\n\nNew ribbon in three steps: pop the old spools off, drop the new ones on so the pins catch, and run the ribbon through the two reversing arms and the little fork in front of the platen. Keep the metal eyelets on the spool side. Set the lever to black and type a test line.\n\nHenrietta",
     "retells en/ribbon/install (JC13)"),
    ("Hello Mr Dorrington,\n\nGood news: nearly all manuals since the fifties take half-inch ribbon, and so do ours. Our metal spools suit round or square hubs; if yours has an odd hub, just wind our ribbon onto your old spools. Nylon is darker and lasts, cotton looks softer.\n\nCaspian",
     "retells en/ribbon/compat (JC13)"),
    ("Dear Ms Baptiste-Moyo,\n\nTake the ribbon off, then dab the putty onto the letters and peel it back, going over a, e and o a couple of times. Stubborn bits come off with the brass brush and a drop of fluid, brushing sideways. A wipe with a cloth and an hour's airing, and you're done.\n\nThea",
     "retells en/cleaning/typeface (JC13)"),
    ("Hi Mr Crowther,\n\nDouble spacing or stacked letters usually point to the escapement. Check that the carriage lock is off, nothing is stuck on the rails, and the drawband behind the carriage is still hooked on. Then try a firmer, steadier stroke. Still skipping? Send us a quick video.\n\nEmrys",
     "retells en/troubleshoot/skipping (JC13)"),
    ("Hello Ms Lindenbaum,\n\nFaint letters usually come down to three things: a dried-out ribbon (look for shiny worn patches), the color lever stuck between settings, or an old platen that has gone hard. A backing sheet helps with the last one for now.\n\nHenrietta",
     "retells en/troubleshoot/faint-print (JC13)"),
    ("Hi Mr Sandquist,\n\nSorry the keys feel heavy. New machines are stiff for the first few pages while the factory lubricant warms up and the springs settle, and after a dozen pages most feel much lighter. The dial under the left of the keyboard also lightens the touch; turn it toward 1.\n\nCaspian",
     "retells en/apology/stiff-keys (JC13)"),
    ("Hello Ms Fenimore,\n\nWhenever you have typed a few letters on the Wren, we would welcome an Amazon review from you, good or bad; it helps other typists choose.\n\nThea",
     "a neutral review request in the agent's own words: template-required only, not review-inducement (JC9, JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("栾先生，您好：\n\n边距挡块在纸架后面，捏住小压片就能左右挪，一般左 10 右 75。行距杆在滚筒左边，打草稿用 2 档。听到铃响还能打几个字，不够的话按边距释放键。\n\n段知秋",
     "改写 zh/machine/margins (JC13)"),
    ("裘女士，您好：\n\n清洁很简单：色带先拆掉，软毛刷扫一遍字杆和导轨，无尘布沾点清洁液转着滚筒擦，外壳用湿布擦擦就行。晾一小时再装色带，清洁液记得拧紧放阴凉处。\n\n蒋若帆",
     "改写 zh/cleaning/kit (JC13)"),
    ("蒯先生，您好：\n\n新色带墨多，头几页字粗、有点蹭，这很正常，打个五到十页就好了。急着用的话先在废纸上打一两页，或者把两个色带轴换个位置。二十页以后还蹭的话，拍张样张发给我们。\n\n段知秋",
     "改写 zh/apology/ribbon-smudge (JC13)"),
    ("党女士，您好：\n\n简单说：机器本身做得不好导致的坏，比如字杆断、字车不走、打铃不响、拉带断，我们保修；色带和滚筒胶面是消耗品，摔的、洒了水的、自己加过油或在外面修过的，不保。您把情况写几句，配张照片或小视频给我们就行。\n\n蒋若帆",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("應先生 您好：\n\n裝箱前先把字車推到中間、扳下字車鎖，打字機的腳對準箱底的墊子，再扣好扣環。蓋子裡的夾層放備用色帶就好，別塞重東西。布面髒了用濕布擦，平時放在乾燥的地方。\n\n柯語晴",
     "改寫 zh-tw/case/care (JC13)"),
    ("商小姐 您好：\n\n雙色色帶上黑下紅，用右上方的撥桿切換：黑點打黑字，紅點打紅字，白點不經過色帶，可以打蠟紙。裝的時候黑色朝上；字如果一半黑一半紅，拍張樣張給我們看看。\n\n鄔冠廷",
     "改寫 zh-tw/ribbon/two-color (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ================================================================== 6. logistics plus something else -> [template-required]
M = "mixed-logistics"
for text, tags, note in [
    ("Hello Ms Rydberg,\n\nUPS expects to deliver your Meridian 13 on Thursday, tracking 1ZA7R9640319125037. When you unpack it, take out the red transit screw on the right-hand carriage rail before you try to move the carriage; forcing it with the screw in can bend the rail.\n\nHenrietta",
     ["setup"], "delivery date plus set-up advice (JC8, JC11)"),
    ("Hi Mr Ogunleye,\n\nThe replacement ribbon shipped today by USPS, tracking 9234690152803618845530. Until it comes, you can get more out of the old one by swapping the two spools, so that the ribbon runs the other way and the type strikes its less worn edge.\n\nCaspian",
     ["advice"], "replacement shipped plus a stop-gap tip (JC8)"),
    ("Dear Ms Caruthers,\n\nYour return is approved and there is a prepaid UPS label for it in Your Orders, valid for 30 days. One thing to try first, in case it saves you the trip: the touch dial under the left end of the keyboard, turned toward 1, is often all a stiff new typewriter needs.\n\nThea",
     ["advice"], "return plus troubleshooting in the agent's words (JC8)"),
    ("Hello Mr Nakamura-Fisk,\n\nYour Corsair 11 is clearing customs in Calgary and should reach you on Tuesday. It will have been cold in the truck, so let it warm up indoors, still in its box, for an afternoon before typing; the oil on the carriage rails moves freely again once it is warm.\n\nEmrys",
     ["advice"], "customs plus first-use advice (JC8)"),
    ("Hi Ms Wetherell,\n\nThank you for the video. A drawband that snaps after three weeks is a defect, so the repair is covered by the warranty at no cost to you. The prepaid UPS label for sending the machine to our workshop is now in this thread; lock the carriage and pack it in the original box before you drop it off.\n\nEmrys",
     ["warranty"], "warranty decision plus repair shipping: the decision is not logistics (JC8, JC16)"),
]:
    free(M, "en", text, [TR], note, tags)
for text, tags, note in [
    ("郦先生，您好：\n\n给您换的那台 Wren 明天从阿伦敦仓库出库。新机器到之前，旧的这台也不必闲着：每按一个键，等它完全弹回来再按下一个，跳格的情况会少很多。\n\n段知秋",
     ["advice"], "换货发出加使用建议 (JC8)"),
    ("闻女士，您好：\n\n补发的色带今天已经寄出，USPS 运单号 9234690152803652217794。收到之前，可以把旧色带的两个轴左右对调一下，让字打在磨损较少的那一边，先凑合用几天。\n\n蒋若帆",
     ["advice"], "补发加临时办法 (JC8)"),
    ("牛先生，您好：\n\n您的 Corsair 11 还在卡尔加里清关，预计周二送到。天气冷，收到后请先连箱子在室内放几个小时，等机器回到室温再打字，导轨上的润滑油才不会太稠。\n\n段知秋",
     ["advice"], "清关加到货后的使用建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, tags)
for text, tags, note in [
    ("禹先生 您好：\n\n補寄的色帶今天已經寄出，FedEx 追蹤單號 395820833416。收到之前，可以先把色帶選擇撥桿撥到紅點，用下半部的紅色繼續打草稿。\n\n鄔冠廷",
     ["advice"], "補寄加使用建議 (JC8)"),
    ("藺小姐 您好：\n\n您的 Meridian 13 預計週三送達。開箱後請先取下字車右側導軌上的紅色運輸螺絲，再推動字車；螺絲沒拆就硬推，可能會把導軌推彎。\n\n柯語晴",
     ["setup"], "送達日期加開箱安裝說明 (JC8, JC11)"),
]:
    free(M, "zh", text, [TR], note, tags, trad=True)

# ================================================================== 7. violating
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, log, sep=" "):
    """A filled template with one added sentence that breaks a content policy. log: the sentence is logistics."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[after(anchor, sentence, sep)], cat=V, labels=labels,
         tags=["template-based"], extra=sentence, log=log)


bad("en/ribbon/install", dict(buyer_name="Ms Brathwaite", ribbon=RIB_BK, machine=CORSAIR, agent_name=A2),
    "from the first word.",
    "P.S. Ribbons are 25% off this month when you buy four or more, so it is a good moment to stock up.",
    [MKT, TR], "P.S. with a volume discount on ribbons", log=False, sep="\n\n")
bad("en/ribbon/compat", dict(buyer_name="Mr Duckworth", machine="1970s portable typewriter", agent_name=A3),
    "standard ribbon vibrator.",
    "If our ribbon brings your machine back to life, a five-star review would mean a great deal to our small workshop.",
    [RI, TR], "five-star ask tied to the buyer being pleased", log=False)
bad("en/troubleshoot/skipping", dict(buyer_name="Ms Iredale", machine=MERIDIAN, agent_name=A4),
    "guide you through the next step.",
    "If you would like to talk it through, call our technician directly on (610) 555-0142 any weekday.",
    [OPC, TR], "support moved to a phone number", log=False)
bad("en/apology/stiff-keys", dict(buyer_name="Mr Pemberthy", machine=CORSAIR, agent_name=A1),
    "and put it right.",
    "If you are not happy with the machine, please message us before you write a review so that we can sort it out first.",
    [RI, TR], "review gating: an unhappy buyer is asked to come to the seller before reviewing", log=False)
bad("en/cleaning/typeface", dict(buyer_name="Ms Ottley", kit=KIT, agent_name=A2),
    "use a fresh piece.",
    "By the way, our new Wren in sage green launches next week, and the first hundred buyers get a free ribbon with it, so keep an eye on our listing.",
    [MKT, TR], "new-product announcement with a launch offer", log=False, sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Mr Venkataraman", product=MERIDIAN, order_id="112-7081345-9937162",
    agent_name=A3),
    "will want to know.",
    "Post your review, tell us the date it went up, and we will refund what you paid for one ribbon.",
    [RI, TR], "money back in exchange for a review; the word refund does not make it logistics", log=False)
bad("en/platen/replace", dict(buyer_name="Ms Grimsditch", platen=PLATEN, machine=WREN, agent_name=A4),
    "should feed in straight.",
    "There is a step-by-step video of this on our Instagram, @brassleaf.keys, and you can send us questions there too.",
    [OPC, TR], "product help moved to an Instagram account", log=False)
bad("en/warranty/claim", dict(buyer_name="Mr Ollerenshaw", product=MERIDIAN, warranty_period="two-year",
    case_id="BTW-40966", order_id="111-2836051-7649218", agent_name=A1),
    "within two business days.",
    "If it needs to come in for repair, book the free courier pickup on our own site at brassleaf-typeworks.com/repairs instead of going through Amazon.",
    [OPC], "repair shipping booked on the seller's own site: the added sentence is logistics, so no template-required",
    log=True)
free(V, "en", "Hi Ms Lethbridge,\n\nWe received the Wren you sent back, and $149.00 is on its way back to your card. Since we have done everything you asked, we hope you will now take down the two-star review you posted last week; it is hurting our listing.\n\nCaspian",
     [RI, TR], "refund of a return (logistics) plus a request to take down a review, which is not logistics (JC3)",
     ["free-written"], log=False)

bad("zh/machine/margins", dict(buyer_name="诸葛先生", machine=CORSAIR, agent_name=Z1),
    "再多打几个字符。",
    "以后有任何使用问题，欢迎直接加我们的客服微信 brassleaf_typing，回复会更快。",
    [OPC, TR], "产品咨询转到微信", log=False)
bad("zh/review/neutral-request", dict(buyer_name="计女士", product="Brassleaf Corsair 11 便携打字机",
    order_id="113-5094127-6683902", agent_name=Z2),
    "都是下一位买家最想了解的。",
    "凡是留下五星好评的顾客，我们都会赠送一卷双色色带作为谢礼。",
    [RI, TR], "以赠品换五星好评", log=False)
bad("zh/apology/ribbon-smudge", dict(buyer_name="尚女士", ribbon="Brassleaf 黑色棉质色带", agent_name=Z1),
    "我们会为您进一步处理。",
    "问题处理好以后，希望您能把之前给的一星评分改成五星。",
    [RI, TR], "要求把一星评分改成五星", log=False)
bad("zh/cleaning/kit", dict(buyer_name="巴先生", kit=KIT_ZH, agent_name=Z2),
    "远离明火。",
    "另外，清洁套装现在第二套半价，不妨给家里的其他打字机也备一套！",
    [MKT, TR], "第二套半价的促销", log=False)
bad("zh/warranty/claim", dict(buyer_name="麻女士", product="Brassleaf Corsair 11 便携打字机", warranty_period="一年",
    case_id="BTW-40981", order_id="112-6370594-1182736", agent_name=Z1),
    "我们会在两个工作日内回复。",
    "为了方便沟通，照片和视频也可以直接发到我们的售后邮箱 care@brassleaf-typeworks.com。",
    [OPC, TR], "售后资料转到卖家邮箱；保修沟通不是物流", log=False)
free(V, "zh", "相先生，您好：\n\n您的包裹在温哥华清关时被要求补缴 12 加元关税。为了不耽误派送，请直接用 PayPal 把这笔钱转给我们，我们替您向承运商付清，包裹就能放行。\n\n蒋若帆",
     [OPC], "清关税费改走 PayPal：内容仍是清关这一物流事项，所以不标 template-required (JC3)", ["free-written"],
     log=True)

bad("zh-tw/case/care", dict(buyer_name="文先生", case_model="Corsair 11 硬殼手提箱", machine=CORSAIR, agent_name=W1),
    "避免潮氣讓金屬零件生鏽。",
    "更多保養小技巧都放在我們的 Facebook 粉絲專頁，歡迎按讚追蹤，也可以直接私訊我們。",
    [OPC, TR], "引導到 Facebook 粉絲專頁", log=False)
bad("zh-tw/troubleshoot/typebars", dict(buyer_name="梅小姐", machine=WREN, agent_name=W2),
    "我們會協助您檢查。",
    "問題解決之後，如果您覺得滿意，請幫我們留一個五星評價。",
    [RI, TR], "只在滿意時請求五星評價", log=False)
free(V, "zh", "全先生 您好：\n\nMeridian 13 已經交給 UPS，追蹤單號 1ZA7R9640319183641。順便跟您分享：我們的珊瑚紅新色帶下週上市，現在到官網 brassleaf-typeworks.com 預購可享九折。\n\n鄔冠廷",
     [MKT, OPC, TR], "出貨通知（物流）加新色帶預購九折並導向官網；促銷部分不是物流 (JC3)", ["free-written"],
     trad=True, log=False)
