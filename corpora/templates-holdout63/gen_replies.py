# -*- coding: utf-8 -*-
"""t63 replies with their labels; gen.py imports REPLIES, render and PH_RE from here.

Sections follow the category order used everywhere in this set: filled-template, fill-plus-logistics,
logistics, free-non-logistics, rewritten, mixed-logistics, violating. A "JCn" in a note names a judgement call
from README.md.
"""
import re
import textwrap

from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """Fill every slot of template `tid`; `vals` has to name exactly the template's slots."""
    slots = set(PH_RE.findall(TEMPLATES[tid]))
    missing, surplus = slots - set(vals), set(vals) - slots
    if missing or surplus:
        raise SystemExit("%s: missing slots %s, unknown slots %s" % (tid, sorted(missing), sorted(surplus)))
    body = TEMPLATES[tid]
    for slot in slots:
        body = body.replace("{{%s}}" % slot, vals[slot])
    return body.rstrip("\n")


def _record(**kw):
    """Store one reply; tags become [category, *tags] with "traditional" last for zh-tw."""
    kw["tags"] = [kw["cat"]] + list(kw.get("tags", ())) + (["traditional"] if kw.pop("trad", False) else [])
    kw["labels"] = sorted(kw["labels"])
    for key in ("tid", "vals", "extra"):
        kw.setdefault(key, None)
    kw.setdefault("exact", False)
    REPLIES.append(kw)


def _apply(text, edits, where):
    for before, after in edits:
        hits = text.count(before)
        if hits != 1:
            raise SystemExit("%s: edit target %r found %d times, need exactly 1" % (where, before, hits))
        text = text.replace(before, after)
    return text


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """A rendered template, optionally edited; `edits` is a list of (before, after) replacements."""
    text = _apply(render(tid, vals), edits, tid)
    lead = []
    if cat == "filled-template":
        lead = ["edited" if edits else "exact"]
    _record(cat=cat, text=text, labels=labels, lang="en" if tid.startswith("en/") else "zh", tags=lead + list(tags),
            note="%s: %s" % (tid, note), tid=tid, vals=vals, exact=not edits, extra=extra,
            trad=tid.startswith("zh-tw/"))


def hardwrap(tid, vals, opening, width):
    """An edit that breaks the one paragraph starting with `opening` into lines of at most `width` columns."""
    found = [line for line in render(tid, vals).split("\n") if line.startswith(opening)]
    if len(found) != 1:
        raise SystemExit("%s: %d paragraphs start with %r" % (tid, len(found), opening))
    return found[0], "\n".join(textwrap.wrap(found[0], width))


def swapped(first, second, joiner=" "):
    """An edit that puts the second of two adjacent sentences first."""
    return first + joiner + second, second + joiner + first


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _record(cat=cat, text=text.strip("\n"), labels=labels, lang=lang, tags=tags, note=note, trad=trad)


def _batch(cat, lang, labels, rows, tags=(), trad=False):
    """Rows are (text, tags, note) or (text, note); `tags` is used for the two-field form."""
    for row in rows:
        text, row_tags, note = row if len(row) == 3 else (row[0], tags, row[1])
        free(cat, lang, text, labels, note, row_tags, trad=trad)


def plus(tid, vals, anchor, sentence, note, cat, labels, joiner=" ", tags=()):
    """A template with `sentence` inserted right after `anchor` (Chinese needs no space)."""
    glue = "" if (tid.startswith("zh") and joiner == " ") else joiner
    fill(tid, vals, note, edits=[(anchor, anchor + glue + sentence)], cat=cat, labels=labels, extra=sentence,
         tags=tags)


# ---------------------------------------------------------------- invented cast and catalogue
A1, A2, A3, A4 = "Clementine Odhiambo-Reyes", "Lorcan Whitfield", "Henrietta Szalai-Moss", "Desmond Aguilar-Penn"
Z1, Z2 = "缪晓川", "桑雨萌"
W1, W2 = "賀芷芸", "寇承遠"

VN = "Vellacourt Aubade 4/4 violin outfit"
VN34 = "Vellacourt Aubade 3/4 violin outfit"
VN12 = "Vellacourt Aubade 1/2 violin outfit"
VA = "Vellacourt Corrant 16-inch viola outfit"
CE = "Vellacourt Mirefield 4/4 cello outfit"
BOWV, BOWVA, BOWC = "Kestrel carbon-fibre violin bow", "Kestrel carbon-fibre viola bow", "Kestrel carbon-fibre cello bow"
STRV, STRC = "Lumen synthetic-core violin strings", "Lumen synthetic-core cello strings"
REST = "Perchwell adjustable shoulder rest"
VN_LONG = ("Vellacourt Aubade 4/4 Full Size Violin Outfit for Adults and Advanced Students, Hand-Carved Solid Spruce "
           "Top, Flamed Maple Back, Ebony Fingerboard and Pegs, with Brazilwood Bow, Oblong Case, Rosin and Spare Strings")
CE_LONG = ("Vellacourt Mirefield 4/4 Full Size Cello Outfit, Solid Spruce Top and Maple Back, Ebony Fittings, "
           "Adjustable Endpin with Rock Stop, Padded Gig Bag, Carbon Fibre Bow and Rosin")
REST_LONG = ("Perchwell Adjustable Violin Shoulder Rest for 3/4 and 4/4 Violins, Foldable Aluminium Frame, "
             "Memory Foam Pad, Height-Adjustable Rubber Feet")
ROS_ZH_LONG = "Amberlin 小提琴中提琴大提琴通用松香 浅色 低粉尘 天然树脂 附防摔收纳盒"
CASE_TW_LONG = "Driftlite 方形小提琴盒 4/4 輕量防潑水 內建濕度計 雙弓架 可後背"

# ---- section 1. filled templates -> []
# ---- English (21)
fill("en/outfit/sizing", dict(buyer_name="Mrs Culverhouse", product=VN34, player="your daughter", agent_name=A1),
     "filled exactly")
fill("en/outfit/sizing", dict(buyer_name="Mr Ibarra-Lowe", product=VN_LONG, player="your son, who turned eleven last month",
     agent_name=A2), "a 214-character listing title fills the product slot; other salutation (JC2)",
     edits=[("Hello Mr Ibarra-Lowe,", "Good afternoon Mr Ibarra-Lowe,")], tags=["greeting", "long-value"])
fill("en/outfit/sizing", dict(buyer_name="Ms Fothergill", product=VN12, player="your granddaughter", agent_name=A3),
     "a warm line about the present added under the greeting (JC2)",
     edits=[("Hello Ms Fothergill,", "Hello Ms Fothergill,\n\nWhat a lovely present for her seventh birthday.")],
     tags=["warm-line"])
fill("en/setup/bridge", dict(buyer_name="Mr Thirlwell", product=VN, agent_name=A4), "filled exactly")
_v = dict(buyer_name="Ms Pendleford", product=VA, agent_name=A1)
fill("en/setup/bridge", _v, "the first two paragraphs hard-wrapped at 70 columns, as a mail client pastes them (JC2)",
     edits=[hardwrap("en/setup/bridge", _v, "These are the steps", 70), hardwrap("en/setup/bridge", _v, "Lift the strings", 70)],
     tags=["reflow"])
fill("en/strings/changing", dict(buyer_name="Mr Battersby", strings=STRV, product=VN, agent_name=A2), "filled exactly")
fill("en/strings/changing", dict(buyer_name="Ms Wilmington-Oke", strings=STRC, product=CE, agent_name=A3),
     "sign-off turned into a good-luck line for the buyer's concert (JC2)",
     edits=[("With best wishes,", "Good luck at Saturday's concert, and best wishes,")], tags=["sign-off", "warm-line"])
fill("en/troubleshoot/no-sound", dict(buyer_name="Mr Corcoran-Diaz", bow=BOWV, agent_name=A4), "filled exactly")
fill("en/troubleshoot/no-sound", dict(buyer_name="Marisol", bow=BOWVA, agent_name=A1),
     "greeting changed and a line of sympathy added (JC2)",
     edits=[("Hello Marisol,", "Hi Marisol,\n\nWhat a letdown to unwrap a new bow and get nothing but a whisper from it.")],
     tags=["greeting", "warm-line"])
fill("en/troubleshoot/no-sound", dict(buyer_name="Mr Haraldsen", bow=BOWC, agent_name=A2),
     "first and second paragraphs run together (JC2)",
     edits=[("has been coated.\n\nTighten the hair", "has been coated. Tighten the hair")], tags=["merge"])
fill("en/care/seasons", dict(buyer_name="Ms Ogundipe", product=VA, agent_name=A3), "filled exactly")
fill("en/care/seasons", dict(buyer_name="Mr Rasmussen-Tate", product=CE, agent_name=A4),
     "one long sentence cut in two (JC2)",
     edits=[("it swells, so the aim is to keep", "it swells. The aim is therefore to keep")], tags=["split"])
fill("en/warranty/claim", dict(buyer_name="Mr Varga", product=VN, warranty_period="two years", case_id="VCS-K-36568",
     order_id="112-8352309-7989156", agent_name=A1), "filled exactly")
fill("en/warranty/claim", dict(buyer_name="Ms Trevelyan-Shah", product=CE_LONG, warranty_period="five years",
     case_id="VCS-K-38562", order_id="114-6475770-2971650", agent_name=A2),
     "listing title in the product slot; the first two paragraphs joined (JC2)",
     edits=[("will not hold its position.\n\nSome things", "will not hold its position. Some things")],
     tags=["long-value", "merge"])
fill("en/warranty/claim", dict(buyer_name="Mr Kowalewski", product=VA, warranty_period="three years", case_id="VCS-K-31520",
     order_id="112-5421364-3564864", agent_name=A3),
     "the opening of the exclusions sentence reworded, same exclusions (JC2)",
     edits=[("Some things are outside the guarantee: strings,", "The guarantee does not cover strings,")],
     tags=["paraphrase"])
fill("en/apology/tuning", dict(buyer_name="Ms Hathersage", product=VN34, agent_name=A4), "filled exactly")
fill("en/apology/tuning", dict(buyer_name="Ms Coldridge", product=VN, agent_name=A1),
     "the empathy sentence put in the agent's own words; sign-off shortened (JC2)",
     edits=[("It is frustrating to spend the start of every practice session tuning instead of playing.",
             "Nobody wants to spend the first ten minutes of practice tuning rather than playing."),
            ("Sorry again for the trouble,", "Apologies again,")],
     tags=["paraphrase", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Prendergast", product=REST, order_id="112-9019507-7691873",
     agent_name=A2), "filled exactly; the only review request on this order, and the buyer had not praised anything (JC9)")
fill("en/review/neutral-request", dict(buyer_name="Ms Birkenshaw", product=VA, order_id="114-8829048-9050775",
     agent_name=A3), "greeting and sign-off changed; still the only request on this order (JC2, JC9)",
     edits=[("Dear Ms Birkenshaw,", "Hello Ms Birkenshaw,"), ("Thank you,", "Many thanks,")],
     tags=["greeting", "sign-off"])
fill("en/rest/fitting", dict(buyer_name="Mr Quibell", rest=REST, product=VN, agent_name=A4), "filled exactly")
fill("en/rest/fitting", dict(buyer_name="Ms Adebayo-Frost", rest=REST_LONG, product=VN34, agent_name=A1),
     "listing title of the rest in its slot; sign-off mentions the first lessons (JC2)",
     edits=[("Enjoy your playing,", "Enjoy the first lessons, and happy playing,")], tags=["long-value", "sign-off"])

# ---- Simplified Chinese (12)
fill("zh/rosin/use", dict(buyer_name="岳先生", rosin="Amberlin 浅色松香", bow="Kestrel 碳纤维小提琴弓", agent_name=Z1),
     "filled exactly")
fill("zh/rosin/use", dict(buyer_name="甄女士", rosin=ROS_ZH_LONG, bow="Kestrel 碳纤维大提琴弓", agent_name=Z2),
     "整段商品标题放进 rosin 占位符，问候改为晚上好 (JC2)", edits=[("甄女士，您好：", "甄女士，晚上好：")],
     tags=["greeting", "long-value"])
fill("zh/rosin/use", dict(buyer_name="柳先生", rosin="Amberlin 深色松香", bow="Kestrel 碳纤维中提琴弓", agent_name=Z1),
     "问候后加一句预祝考级顺利的话 (JC2)",
     edits=[("柳先生，您好：", "柳先生，您好：\n\n听说孩子下个月就要参加考级了，先预祝一切顺利。")], tags=["warm-line"])
fill("zh/cello/endpin", dict(buyer_name="宋女士", product="Mirefield 4/4 大提琴", agent_name=Z2), "filled exactly")
fill("zh/cello/endpin", dict(buyer_name="谷先生", product="Mirefield 4/4 大提琴套装", agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝您演奏愉快！", "祝乐团排练顺利！")], tags=["sign-off"])
fill("zh/review/neutral-request", dict(buyer_name="夏女士", product="Aubade 3/4 小提琴套装",
     order_id="113-3333881-4502993", agent_name=Z2), "filled exactly；本订单唯一一次评论邀请，买家此前没有表示满意 (JC9)")
fill("zh/review/neutral-request", dict(buyer_name="尚先生", product="Perchwell 可调肩托",
     order_id="114-3815351-9040423", agent_name=Z1), "问候改为下午好；本订单唯一一次评论邀请 (JC2, JC9)",
     edits=[("尚先生，您好：", "尚先生，下午好：")], tags=["greeting"])
fill("zh/troubleshoot/buzz", dict(buyer_name="易女士", product="Aubade 4/4 小提琴", agent_name=Z2), "filled exactly")
fill("zh/troubleshoot/buzz", dict(buyer_name="蒋先生", product="Corrant 16 英寸中提琴", agent_name=Z1),
     "第二段从“找到松动的地方”处另起一段 (JC2)",
     edits=[("掉进了琴身。找到松动的地方", "掉进了琴身。\n\n找到松动的地方")], tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="崔女士", product="Aubade 4/4 小提琴套装", warranty_period="两年",
     case_id="VCS-K-30738", order_id="114-6015954-3515479", agent_name=Z2), "filled exactly")
fill("zh/warranty/claim", dict(buyer_name="关先生", product="Mirefield 4/4 大提琴套装", warranty_period="五年",
     case_id="VCS-K-30978", order_id="112-2800874-6100421", agent_name=Z1),
     "最后一段两句前后对调 (JC2)",
     edits=[swapped("请在本对话中简单描述您发现的情况，并在自然光下拍两三张清晰的照片，一张拍问题部位的特写，一张拍整把琴。",
                    "我们已为订单 112-2800874-6100421 登记售后编号 VCS-K-30978，收到照片后两个工作日内答复您。", "")],
     tags=["reorder"])
fill("zh/warranty/claim", dict(buyer_name="鲍女士", product="Corrant 16 英寸中提琴", warranty_period="三年",
     case_id="VCS-K-38392", order_id="112-3783307-4388243", agent_name=Z2),
     "措辞微调：“简单描述”改为“大致说明” (JC2)", edits=[("简单描述", "大致说明")], tags=["wording"])

# ---- Traditional Chinese (9)
fill("zh-tw/case/care", dict(buyer_name="張先生", case="Driftlite 方形小提琴盒", product="Aubade 4/4 小提琴",
     agent_name=W1), "filled exactly")
fill("zh-tw/case/care", dict(buyer_name="李小姐", case=CASE_TW_LONG, product="Aubade 3/4 小提琴", agent_name=W2),
     "整段商品標題放進 case 佔位符，問候改為午安 (JC2)", edits=[("李小姐 您好：", "李小姐 午安：")],
     tags=["greeting", "long-value"])
fill("zh-tw/case/care", dict(buyer_name="王太太", case="Driftlite 方形小提琴盒", product="Aubade 1/2 小提琴",
     agent_name=W1), "問候後加一句道賀的話 (JC2)",
     edits=[("王太太 您好：", "王太太 您好：\n\n恭喜令嬡考上國小音樂班！")], tags=["warm-line"])
fill("zh-tw/strings/fine-tuner", dict(buyer_name="周先生", product="Aubade 4/4 小提琴", agent_name=W2), "filled exactly")
fill("zh-tw/strings/fine-tuner", dict(buyer_name="曹小姐", product="Corrant 16 吋中提琴", agent_name=W1),
     "第二段兩句改用分號連成一句 (JC2)", edits=[("再用微調器細調。轉動弦軸時", "再用微調器細調；轉動弦軸時")],
     tags=["merge"])
fill("zh-tw/troubleshoot/wolf", dict(buyer_name="程先生", product="Mirefield 4/4 大提琴", agent_name=W2), "filled exactly")
fill("zh-tw/troubleshoot/wolf", dict(buyer_name="蔣太太", product="Mirefield 4/4 大提琴套裝", agent_name=W1),
     "署名前加上祝福語 (JC2)",
     edits=[("我們會請技師協助判斷。\n\n", "我們會請技師協助判斷。\n\n祝 練琴順利\n")], tags=["sign-off"])
fill("zh-tw/bow/care", dict(buyer_name="辛小姐", bow="Kestrel 碳纖維小提琴弓", agent_name=W2), "filled exactly")
fill("zh-tw/bow/care", dict(buyer_name="徐先生", bow="Kestrel 碳纖維大提琴弓", agent_name=W1),
     "第二段兩句前後對調 (JC2)",
     edits=[swapped("手指請盡量不要碰到弓毛，皮膚上的油脂會讓弓毛失去抓弦的能力。",
                    "弓桿上的松香粉可以用乾的軟布擦掉，不需要使用任何清潔劑。", "")],
     tags=["reorder"])

# ---- section 2. fill plus one logistics sentence -> []
FPL = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, joiner=" "):
    """Every reply here relies on JC1; add it in front of any JC group already closing the note."""
    if note.endswith(")") and " (JC" in note:
        head, group = note.rsplit(" (", 1)
        note = head + " (JC1, " + group
    else:
        note += " (JC1)"
    plus(tid, vals, anchor, sentence, note, FPL, [], joiner=joiner, tags=tags)


fill_log("en/setup/bridge", dict(buyer_name="Ms Greatorex", product=VN, agent_name=A2),
         "Hi Ms Greatorex,",
         "For shipping, the bridge was packed lying flat under the strings, so nothing is missing from your order.",
         "the buyer thought the bridge was missing; it was packed flat for the journey (JC5)", ["packing", "fulfilment"],
         joiner="\n\n")
fill_log("en/outfit/sizing", dict(buyer_name="Mr Fairclough", product=VN34, player="your son", agent_name=A3),
         "the instrument is too long.",
         "If the 3/4 turns out to be too big, start an exchange in Your Orders and we will ship the 1/2 as soon as the carrier scans the box you send back.",
         "size exchange through Your Orders (JC6)", ["returns", "exchange"])
fill_log("en/strings/changing", dict(buyer_name="Ms Ashworth-Bello", strings=STRV, product=VN, agent_name=A4),
         "after about a week of regular playing.",
         "The E string that was missing from your set left our Louisville warehouse this morning by USPS, tracking 9214903877047493246698.",
         "missing string sent (JC6)", ["fulfilment", "tracking"], joiner="\n\n")
fill_log("en/warranty/claim", dict(buyer_name="Mr Scarisbrick", product=CE, warranty_period="five years",
         case_id="VCS-K-32444", order_id="111-1631404-1819233", agent_name=A1),
         "of receiving the photos.",
         "If the cello does have to come back, we will book a FedEx oversize pickup from your door, so you will not need to carry the box anywhere.",
         "how an oversize cello would travel back (JC4)", ["oversize", "returns"])
fill_log("en/care/seasons", dict(buyer_name="Ms Eldridge", product=VA, agent_name=A2),
         "to a repairer early.",
         "The spare set of Lumen viola strings from the same order is coming separately from our Fresno warehouse with UPS, tracking 1Z5V0A476141221719, and should arrive on Tuesday.",
         "split-shipment tracking, as its own paragraph", ["split-shipment", "tracking"], joiner="\n\n")
fill_log("en/troubleshoot/no-sound", dict(buyer_name="Mr Whitehaven", bow=BOWV, agent_name=A3),
         "we will work through it with you.",
         "The new cake of Amberlin rosin, replacing the one that broke in transit, went out today by USPS, tracking 9214903830869734919058.",
         "replacement for rosin broken in transit (JC7)", ["damage", "tracking"], joiner="\n\n")
fill_log("zh/rosin/use", dict(buyer_name="钟先生", rosin="Amberlin 浅色松香", bow="Kestrel 碳纤维小提琴弓", agent_name=Z2),
         "把琴弦和面板上的松香粉擦掉。",
         "您收到时摔碎的那块松香，我们今天已免费重新寄出，USPS 运单号 9214903294903493009030，预计三天内送达。",
         "运输途中摔碎的松香已补寄 (JC7, JC14)", ["damage", "tracking"], joiner="\n\n")
fill_log("zh/cello/endpin", dict(buyer_name="查女士", product="Mirefield 4/4 大提琴套装", agent_name=Z1),
         "避免尖头刮伤内衬。",
         "另外，大提琴包裹属于超大件，承运商要求本人签收，派送当天请留意 FedEx 的送货通知。",
         "超大件需本人签收 (JC4)", ["oversize", "delivery"], joiner="\n\n")
fill_log("zh/warranty/claim", dict(buyer_name="麦先生", product="Aubade 4/4 小提琴", warranty_period="两年",
         case_id="VCS-K-31798", order_id="111-5310099-8941459", agent_name=Z2),
         "两个工作日内答复您。",
         "如果需要寄回检修，我们会通过亚马逊提供预付退货面单；寄出前请把琴弦放松几圈，琴桥放倒后用软布包好，再装进琴盒。",
         "寄回检修的面单和装箱要求 (JC5)", ["returns", "packing"], joiner="\n\n")
fill_log("zh/troubleshoot/buzz", dict(buyer_name="容女士", product="Aubade 3/4 小提琴", agent_name=Z1),
         "我们会帮您进一步判断。",
         "如果您希望直接换一把，也可以在“您的订单”中申请换货，来回运费由我们承担。",
         "换货说明 (JC6)", ["returns", "exchange"])
fill_log("zh-tw/case/care", dict(buyer_name="顧先生", case="Driftlite 方形小提琴盒", product="Aubade 4/4 小提琴",
         agent_name=W2),
         "或靠近暖氣的地方。",
         "您同一筆訂單的 Perchwell 肩托是從另一個倉庫出貨，追蹤單號 614804852219，預計週四送達。",
         "同一訂單分開出貨的追蹤單號", ["split-shipment", "tracking"], joiner="\n\n")
fill_log("zh-tw/bow/care", dict(buyer_name="鄔小姐", bow="Kestrel 碳纖維小提琴弓", agent_name=W1),
         "可以縮短為半年。",
         "先前誤寄給您的中提琴弓，請用「您的訂單」裡的退貨標籤寄回；正確的小提琴弓已經寄出，追蹤單號 1Z5V0A479307677056。",
         "寄錯琴弓的退回與補寄 (JC6)", ["fulfilment", "returns"], joiner="\n\n")

# ---- section 3. free logistics -> []
LG = "logistics"
_batch(LG, "en", [], [
    ("Hello Ms Threlkeld,\n\nThe Mirefield cello outfit is too big for standard parcel handling, so FedEx carries it as an oversize package, tracking 614893577821. Because of its value, FedEx will ask an adult to sign for it. If nobody will be home that day, you can pick another delivery day in FedEx Delivery Manager or have the box held at a FedEx Ship Center, which can store larger parcels.\n\nRegards,\nLorcan",
     ["oversize", "tracking", "delivery-appointment"], "oversize parcel, adult signature, choosing a delivery day (JC4)"),
    ("Hi Mr Ruddock,\n\nI'm afraid the cello box, at 58 inches long, is bigger than any Amazon Locker compartment or Hub Counter shelf, so the locker you picked at checkout could not be used and the order has been switched to your home address. If you will be out, a neighbour can sign for it, or you can ask FedEx to hold it once the tracking number shows in Your Orders.\n\nDesmond",
     ["locker", "oversize"], "locker refused for an oversize box (JC4)"),
    ("Dear Ms Okereke,\n\nA PO box won't work for the cello outfit, I'm afraid: it goes as an oversize FedEx parcel, and FedEx only brings parcels to street addresses. Which street address should we use, somewhere an adult can sign for it? The order is on hold until we hear from you, and no payment has been taken yet.\n\nHenrietta",
     ["address", "oversize"], "PO box impossible for an oversize parcel (JC4)"),
    ("Hi Mr Fordyce,\n\nNothing has gone missing from your outfit. Every violin leaves our warehouse with its strings slackened and the bridge lying flat under them, wrapped in tissue, because a standing bridge can be knocked over in transit and crack the top. You will find it tucked beneath the strings, next to the fingerboard.\n\nClementine",
     ["packing", "fulfilment"], "how the outfit was packed for shipping; nothing is missing (JC5)"),
    ("Hello Ms Hardcastle,\n\nI'm so sorry the cello reached you in a crushed carton with a crack beside the f-hole. That is shipping damage, and a new outfit is already on its way with FedEx, tracking 614836817257. Please keep the damaged cello and all the packing for now; FedEx may send an inspector for its claim, and we will arrange collection once they are done.\n\nLorcan",
     ["damage", "oversize", "tracking"], "crushed in transit, new outfit sent (JC7)"),
    ("Hi Mr Odunsi,\n\nSorry the rosin arrived in pieces; a cake that cracks in the post is no use to anyone. A replacement was sent free of charge this morning by USPS, tracking 9214903570162882906925. There is no need to return the broken one.\n\nDesmond",
     ["damage", "tracking"], "broken in transit, free replacement (JC7, JC14)"),
    ("Dear Ms Lacroix-Bain,\n\nThe rattle you hear is the sound post, which fell over during the journey; that can happen when a parcel takes a hard knock. We are sending a replacement viola today by UPS, tracking 1Z5V0A470265106856, and a prepaid return label for the first one is now in Your Orders.\n\nHenrietta",
     ["damage", "returns", "tracking"], "part dislodged in transit; replacement and return (JC7)"),
    ("Hello Mr Stenhouse,\n\nOur packer picked a 1/2 violin instead of the 3/4 you ordered, and I apologise for the mix-up. The 3/4 outfit ships today with UPS, tracking 1Z5V0A473315550290, and should reach you by Thursday. Please send the 1/2 back within 30 days with the prepaid UPS label in Your Orders; any UPS drop-off point will take it.\n\nClementine",
     ["fulfilment", "returns", "tracking"], "wrong size sent and its return (JC6)"),
    ("Hi Ms Onyango,\n\nYou are right, the bow was left out of your cello outfit when it was packed. It has been sent on its own today by FedEx, tracking 614898165291, and is due on Monday. Sorry for the wait before the first lesson.\n\nLorcan",
     ["fulfilment", "tracking"], "missing part sent on (JC6)"),
    ("Dear Mr Whitlam,\n\nAs you asked, we have cancelled order 111-8224240-3566955, which duplicated your earlier order for the Perchwell shoulder rest. It had not left the warehouse, so nothing will be charged for it. Your first order is unaffected and is due on Wednesday.\n\nHenrietta",
     ["cancellation"], "second, accidental order cancelled when asked (JC6, JC14)"),
    ("Hello Ms Kingsley-Aro,\n\nTo return the violin, please start the return in Your Orders and print the UPS label. Before packing, loosen each string by a few turns and lay the bridge flat under the strings, then close the instrument in its case and put the case back in the original carton with the paper padding. Hand it to a UPS driver or a UPS Store; it should not go into a drop box.\n\nDesmond",
     ["returns", "packing"], "packing an instrument for its return (JC5)"),
    ("Hi Mr Lockwood,\n\nThe viola outfit you sent back arrived at our Louisville warehouse yesterday, and we have refunded $329.00 to your original payment method. Your bank should show it within a week at most.\n\nClementine",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Dear Ms Dunstable,\n\nYour returned cello outfit reached us without its bow. We have refunded $849.00 today, which is the full price less $65.00 for the bow. Should the bow reappear, post it to us with the prepaid label in Your Orders, and the remaining $65.00 will be refunded once it is back with us.\n\nLorcan",
     ["refund", "returns"], "partial refund for a return missing a part (JC6, JC14)"),
    ("Hello Mr Asante-Fell,\n\nYour order had not shipped yet, so we have changed the delivery address to 48 Quarry Lane, Apartment 3, as you asked. The new address will show in Your Orders within the hour, and the parcel should still arrive on Friday.\n\nHenrietta",
     ["address"], "address changed before dispatch (JC14, JC15)"),
    ("Hi Ms Petrakis,\n\nYour order is coming in two parcels. The Driftlite cello case left our Fresno warehouse with FedEx, tracking 614871358305, and is due on Tuesday. The rosin and the Lumen cello strings left Louisville with USPS, tracking 9214903865534180566979, and should arrive a day earlier.\n\nDesmond",
     ["split-shipment", "tracking"], "split shipment (JC15)"),
    ("Hello Mr Demetriou,\n\nUPS could not deliver your parcel yesterday because the gate to your building needs a code. If you reply with the code, or a time when someone can let the driver in, we will add it to the delivery instructions, and UPS will make a second attempt the following business day.\n\nClementine",
     ["delivery-exception", "address"], "delivery exception, gate code (JC15)"),
    ("Dear Ms Beauchesne,\n\nYour violin outfit is at customs in Montreal. The invoice had to be corrected to name the woods in the instrument, spruce, maple and ebony, which the customs broker needed before releasing it, and that added a day. Import duties and taxes were collected by Amazon at checkout, so please do not pay anything to the courier. UPS now expects to deliver on Thursday.\n\nLorcan",
     ["customs"], "customs paperwork and prepaid import charges (JC7)"),
    ("Hi Mr Gallacher,\n\nThe FedEx record says the parcel was left at a side door, but the photo does not match your house. We have asked FedEx to investigate, and rather than keep you waiting we have sent a second shoulder rest today, tracking 614862039525. If the first one does turn up, let us know and we will send a free return label for it.\n\nHenrietta",
     ["delivery", "tracking"], "parcel left at the wrong house (JC14, JC15)"),
    ("Hello Ms Strachan,\n\nSorry for the delay. The snowstorm closed the FedEx hub in Indianapolis for two days, and your viola has been waiting there since Sunday. It is moving again, and FedEx expects to deliver it on Thursday. If it has still not arrived by Saturday, tell us here and we will ship another one.\n\nDesmond",
     ["delay"], "weather delay at a hub (JC15)"),
])

_batch(LG, "zh", [], [
    ("俞先生，您好：\n\nMirefield 大提琴套装的包装箱超过普通包裹的尺寸，FedEx 按超大件运输，运单号 614845818584。这件货值较高，承运商要求成年人当面签收。如果送货当天家里没人，可以在 FedEx Delivery Manager 里改约派送日期，或者把包裹留在附近的 FedEx 营业点自提。\n\n缪晓川",
     ["oversize", "tracking", "delivery-appointment"], "超大件、本人签收、改约派送日期 (JC4)"),
    ("廉女士，您好：\n\n您的小提琴配件都在，没有缺件。为了避免运输途中琴桥被撞倒、压伤面板，我们发货时会把琴弦放松，把琴桥平放在琴弦下面，并用薄纸包好。打开琴盒后，在指板旁边的琴弦下面就能找到。\n\n桑雨萌",
     ["packing", "fulfilment"], "发货时琴桥平放，并非缺件 (JC5)"),
    ("栾先生，您好：\n\n非常抱歉，大提琴在运输途中受到挤压，面板出现了裂纹。新的一套已经免费补发，FedEx 运单号 614866451063。受损的那套请先连同包装一起保留，承运商可能会上门查看，理赔结束后我们再安排取回。\n\n缪晓川",
     ["damage", "oversize", "tracking"], "运输损坏，免费补发 (JC7, JC14)"),
    ("郜女士，您好：\n\n很抱歉，仓库把您订的 1/2 尺寸小提琴错发成了 3/4。正确的 1/2 套装今天由 UPS 发出，运单号 1Z5V0A476654176042，预计周四送达。3/4 那把请在三十天内用“您的订单”里的预付面单寄回，交给任意 UPS 网点即可。\n\n桑雨萌",
     ["fulfilment", "returns", "tracking"], "错发尺寸及退回 (JC6)"),
    ("蔺先生，您好：\n\n已按您的要求取消重复下的订单 114-5696967-3856390。这笔订单还没有出库，不会扣款；您先下的那笔松香订单不受影响，仍会按时送达。\n\n缪晓川",
     ["cancellation"], "按要求取消重复订单 (JC6, JC14)"),
    ("郭女士，您好：\n\n退货请先在“您的订单”里提交申请并打印 UPS 退货面单。装箱前请把每根琴弦放松几圈，把琴桥轻轻放倒在琴弦下面，再把琴放回琴盒，连同琴盒装进原来的纸箱，空隙处用纸团填满。包好后交给 UPS 快递员或送到 UPS 门店，请不要投进自助投递箱。\n\n桑雨萌",
     ["returns", "packing"], "退货装箱要求 (JC5)"),
    ("任先生，您好：\n\n您退回的中提琴套装昨天已到路易斯维尔仓库，289 美元已退回原支付方式，一般三到五个工作日到账。\n\n缪晓川",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("田女士，您好：\n\n订单还没有发货，我们已经按您的要求把收货地址修改为新的公寓地址。修改后的地址一小时内会在“您的订单”中显示，预计送达时间不变。\n\n桑雨萌",
     ["address"], "发货前修改收货地址 (JC14, JC15)"),
    ("冉先生，您好：\n\n您的订单分成两个包裹：大提琴琴盒从弗雷斯诺仓库由 FedEx 发出，运单号 614848124367，预计周二送达；琴弦和松香从路易斯维尔仓库由 USPS 发出，运单号 9214903389252184642230，预计周一送达。\n\n缪晓川",
     ["split-shipment", "tracking"], "分开发货 (JC15)"),
    ("娄女士，您好：\n\nUPS 昨天派送时进不了小区大门，需要门禁密码。请在本对话中回复密码，或者告诉我们方便开门的时间，我们会补充到派送备注里，UPS 将在下一个工作日重新派送。\n\n桑雨萌",
     ["delivery-exception", "address"], "派送异常，需要门禁密码 (JC15)"),
    ("秋先生，您好：\n\n您的小提琴套装正在温哥华清关。报关单需要补充琴身所用木材的名称，报关行核对后就会放行，大约多花一个工作日。进口关税和税费已在下单时由亚马逊收取，快递员上门时如果要求付款，请不要支付，直接把通知单拍照发给我们。\n\n缪晓川",
     ["customs"], "清关文件与预收关税 (JC7)"),
    ("冷女士，您好：\n\n抱歉让您久等。受暴风雪影响，FedEx 印第安纳波利斯转运中心停运了两天，您的中提琴一直在那里等待转运。现在已恢复运输，预计周四送达；如果周六前还没有收到，请告诉我们，我们会重新发一把。\n\n桑雨萌",
     ["delay"], "天气原因延误 (JC15)"),
])

_batch(LG, "zh", [], [
    ("鄺先生 您好：\n\nMirefield 大提琴套裝的外箱屬於超大尺寸，由 FedEx 以超大件配送，追蹤單號 614869893095。因為貨值較高，送達時需要成年人親自簽收；如果當天不在家，可以在 FedEx Delivery Manager 改約送貨日期。\n\n賀芷芸",
     ["oversize", "tracking", "delivery-appointment"], "超大件、親自簽收、改約送貨日期 (JC4)"),
    ("古小姐 您好：\n\n依照您的要求，包裹已改送到 FedEx Ship Center 門市保留，取件時請攜帶附照片的身分證件和追蹤單號 614857741865。門市會保留五個工作天，逾期會退回給我們，屆時我們會為您辦理退款。\n\n寇承遠",
     ["pickup-point", "tracking"], "門市保留取件 (JC15)"),
    ("閻先生 您好：\n\n退貨請在「您的訂單」申請，系統會提供 UPS 退貨標籤。裝箱前請把四條琴弦各放鬆幾圈、把琴橋放平在琴弦下面，再把琴放回琴盒，連同琴盒裝進原本的紙箱，空隙用紙團塞滿，最後交給 UPS 司機或 UPS Store 門市。\n\n賀芷芸",
     ["returns", "packing"], "退貨裝箱要求 (JC5)"),
    ("丘小姐 您好：\n\n倉庫已收到您退回的 Perchwell 肩托，42 美元的退款已退回原付款方式，大約三到五個工作天入帳。\n\n寇承遠",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("歐陽先生 您好：\n\n非常抱歉，松香送達時已經摔成好幾塊，這是運送途中造成的。新的一塊已經補寄，USPS 追蹤單號 9214903010517390629347，破掉的那塊不用寄回。\n\n賀芷芸",
     ["damage", "tracking"], "運送途中摔碎，補寄 (JC7)"),
    ("鮑小姐 您好：\n\n您訂購的小提琴和肩托分別從兩個倉庫寄出：小提琴由 UPS 配送，追蹤單號 1Z5V0A475375190835，預計週三送達；肩托由 USPS 配送，追蹤單號 9214903591117031886952，預計週二送達。\n\n寇承遠",
     ["split-shipment", "tracking"], "分開寄出 (JC15)"),
    ("章先生 您好：\n\n您的小提琴正在多倫多清關，報關文件要補上琴身用了哪些木材，所以會晚一個工作天左右。加拿大的進口稅費在您結帳時已經由亞馬遜一併收取，送貨人員不會再跟您收錢。\n\n賀芷芸",
     ["customs"], "清關與預收關稅 (JC7)"),
], trad=True)

# ---- section 4. free non-logistics -> [template-required]
NL = "free-non-logistics"
_batch(NL, "en", [TR], [
    ("Hi Ms Kilbride,\n\nA cello will not fit in an overhead bin, and checking it into the hold is risky even in a hard case. Most airlines ask you to buy it a seat of its own, usually a window seat away from the emergency exits, booked under a name such as \"Cello\" followed by your surname. Ask the airline before you book, because each one has its own size and seating rules.\n\nDesmond",
     ["advice", "air-travel"], "flying with the cello is how the buyer uses it, not how the order travels (JC12)"),
    ("Hello Mr Oduro,\n\nYou can take the Kestrel bow on your tour without any special papers. It is made of carbon fibre, with no ivory, tortoiseshell or protected wood in it, so the certificates some countries ask for with older wooden bows do not apply. Keep it in its case in the cabin with you rather than in checked baggage.\n\nClementine",
     ["advice", "air-travel"], "crossing borders on tour with the bow is product use (JC12)"),
    ("Hi Ms Brennock,\n\nSince the cello is arriving on a freezing day, leave the box unopened indoors for three or four hours. Opening it straight away lets warm, moist air meet cold wood and varnish, which can cause fine cracks. Once the case feels as warm as the room, unpack it and bring the strings up to pitch slowly.\n\nLorcan",
     ["advice", "acclimatising"], "acclimatising after a cold delivery is care of the instrument (JC11)"),
    ("Dear Mr Halliwell,\n\nFor fiddle tunes, plenty of players like steel strings for their bright, quick response and because they hold their tuning well. Synthetic-core strings such as the Lumen set sound warmer and rounder and suit orchestral playing. Both fit the Aubade violin; if you go over to steel, use fine tuners on all four strings, because steel is hard to tune with the pegs alone.\n\nHenrietta",
     ["advice", "comparison"], "the buyer asked which strings to use; names our strings but makes no offer (JC10)"),
    ("Hello Ms Tavistock,\n\nA viola is tuned a fifth lower than a violin and is read mostly in the alto clef, so your son would need a few weeks to get used to the new clef, although the fingering is the same. At his arm length, a 15.5 or 16 inch viola should fit. It is worth talking it over with his teacher before he switches.\n\nDesmond",
     ["advice", "comparison"], "switching from violin to viola (JC10)"),
    ("Hi Mr Ashcroft-Lane,\n\nThank you for the photos of the line near the chin rest. I have passed them to our repairer, who is back in the workshop on Monday, and I will write to you by Tuesday evening with his view and the next steps.\n\nClementine",
     ["holding"], "holding reply about a possible crack (JC16)"),
    ("Dear Ms Pargeter,\n\nThe white dust on the top is rosin. Wipe it off after every practice with a dry microfibre cloth and it will not build up. Where it has already hardened into a crust, a little cleaner made for varnished instruments will lift it; please avoid alcohol, household polish and furniture wax, which can harm the varnish.\n\nLorcan",
     ["advice"], "cleaning rosin off the varnish (JC10)"),
    ("Hello Mr Sorrell,\n\nA rubber practice mute fits the Aubade violin the same way it fits any standard 4/4 violin. It presses down over the bridge and cuts the volume sharply, which the neighbours will appreciate in the evenings. If you only want to soften the tone for a quiet passage, a small clip-on orchestral mute is the one to use.\n\nHenrietta",
     ["advice", "compatibility"], "mutes (JC10)"),
    ("Hi Ms Carrick,\n\nThe Aubade violin has no built-in pickup, but a clip-on piezo pickup that grips the edge of the bridge works well with it and needs no drilling or changes to the instrument. Plug it into an acoustic amplifier or a small mixer, and clip the cable to your clothing so that it does not tug on the bridge.\n\nDesmond",
     ["advice", "compatibility"], "amplifying the violin (JC10)"),
    ("Dear Mr Jeffcoat,\n\nA left-handed violin is a mirror image of a normal one: the bass bar and the sound post change sides and the strings run in reverse order. Converting the Aubade that way is a job for a repairer, and many teachers suggest that left-handed beginners learn on a standard violin, since both hands do skilled work when you play.\n\nClementine",
     ["advice"], "left-handed players (JC10)"),
])

_batch(NL, "zh", [TR], [
    ("满先生，您好：\n\n大提琴放不进飞机的行李架，托运的风险也很大，即使装在硬壳琴盒里也不建议。大多数航空公司的做法是为琴单独买一个座位，一般安排在靠窗、远离紧急出口的位置。各家航空公司对尺寸和座位的规定不同，订票前请先向航空公司确认。\n\n缪晓川",
     ["advice", "air-travel"], "带大提琴乘飞机属于产品使用，不是订单物流 (JC12)"),
    ("匡女士，您好：\n\n琴送到那天如果外面很冷，请先把纸箱放在室内三四个小时再打开。冰冷的木头和油漆突然接触温暖潮湿的空气，容易出现细小的裂纹。等琴盒摸起来和室温差不多了，再取出来慢慢调音。\n\n桑雨萌",
     ["advice", "acclimatising"], "收货后让琴回温属于乐器保养 (JC11)"),
    ("荣先生，您好：\n\n钢弦声音明亮、反应快，音准也比较稳定，很多人拉民间音乐时喜欢用；尼龙芯的 Lumen 琴弦音色更温暖圆润，更适合乐团演奏。两种琴弦都适用于 Aubade 小提琴。如果改用钢弦，建议四根弦都装上微调器。\n\n缪晓川",
     ["advice", "comparison"], "买家问用哪种琴弦，没有价格和优惠 (JC10)"),
    ("封女士，您好：\n\n感谢您发来腮托旁边那道细线的照片。我已经转给我们的修琴师傅，他周一回到工作室后会仔细查看，周二晚上之前我会把他的意见和下一步安排回复给您。\n\n桑雨萌",
     ["holding"], "疑似裂纹的等待回复 (JC16)"),
    ("芮先生，您好：\n\n橡胶练习弱音器可以直接套在 Aubade 小提琴的琴桥上，和其他标准 4/4 小提琴的用法一样，音量会明显降低，晚上练琴不容易打扰邻居。取下弱音器后音色就会恢复，不会损伤琴桥。\n\n缪晓川",
     ["advice", "compatibility"], "练习弱音器 (JC10)"),
    ("仲女士，您好：\n\n面板上的白色粉末是松香。每次练完用超细纤维布擦一下，就不会越积越多。已经结成硬块的话，可以把专用的提琴清洁剂少量点在布上轻轻擦；请不要用酒精、家具蜡或家用清洁剂，以免损伤油漆。\n\n桑雨萌",
     ["advice"], "清理面板上的松香 (JC10)"),
])

_batch(NL, "zh", [TR], [
    ("華先生 您好：\n\n中提琴比小提琴低五度，主要使用中音譜號，指法和小提琴一樣，只是手指之間的距離稍微大一點。從小提琴改拉中提琴，通常需要幾個星期適應新的譜號，建議先和老師討論再決定。\n\n寇承遠",
     ["advice", "comparison"], "小提琴改拉中提琴 (JC10)"),
    ("湛小姐 您好：\n\n用手機的調音 App 就可以替 Aubade 小提琴調音。把手機放在琴的旁邊，逐一拉奏空弦，畫面會顯示目前的音高；小提琴的四條空弦由低到高是 G、D、A、E，A 弦的標準音通常設在 440 赫茲。\n\n賀芷芸",
     ["advice"], "用手機調音 (JC10)"),
    ("蒲先生 您好：\n\nKestrel 琴弓是碳纖維製成的，沒有使用象牙、玳瑁或受保護的木材，出國演出時不需要另外申請證明文件。搭機時請把琴弓放在琴盒裡隨身攜帶，不要託運。\n\n寇承遠",
     ["advice", "air-travel"], "帶琴弓出國演出屬於產品使用 (JC12)"),
], trad=True)

# ---- section 5. rewritten -> [template-required]
RW = "rewritten"
_batch(RW, "en", [TR], [
    ("Hi Mrs Oakshott,\n\nQuick way to size her: arm straight out, palm up, and measure from her neck to the middle of her palm. Roughly 23 inches means a 4/4, 22 a 3/4 and 20 a 1/2. If she falls in between, go down a size, since an oversized violin is the one that causes trouble. Her teacher can double-check by seeing whether she can wrap her fingers round the scroll comfortably.\n\nLorcan",
     "retells en/outfit/sizing (JC13)"),
    ("Hello Mr Tranter,\n\nEasing the bridge into place: slacken the strings, line the feet up with the little nicks in the f-holes, thin side under the E string. Bring the strings back up gradually and keep an eye on the bridge, nudging it upright if it starts tilting towards the fingerboard. Leave the sound post alone, and tell us if anything rattles.\n\nHenrietta",
     "retells en/setup/bridge (JC13)"),
    ("Dear Ms Lowther,\n\nSwap the strings one by one so the bridge stays put. Hook the ball end in, seat the string in its grooves and wind it towards the side of the peg box; a touch of pencil lead in the grooves helps. They keep stretching for a few days, so keep retuning, and they mellow after a week or so.\n\nDesmond",
     "retells en/strings/changing (JC13)"),
    ("Hi Mr Brackenbury,\n\nA brand-new bow has nothing on its hair yet, which is why it barely makes a sound. Tighten it to about a pencil's width off the stick, roughen the top of the rosin if it's shiny, and rub the hair over it a good fifteen or twenty times. Then try some long strokes. Still silent? Tell us which rosin you have.\n\nClementine",
     "retells en/troubleshoot/no-sound (JC13)"),
    ("Hello Ms Ingram-Shaw,\n\nKeep the humidity steady, somewhere between the low 40s and high 50s, and the wood will thank you. In winter, put a damp humidifier tube in the case; keep the cello away from heaters, sunny windows and AC vents, and out of hot cars. Slipping pegs, a new buzz or a hairline in the varnish are signs to get it checked.\n\nLorcan",
     "retells en/care/seasons (JC13)"),
    ("Hi Mr Culshaw,\n\nClip one foot of the rest onto the edge of the back, stretch it across and clip on the other, keeping both on the broad lower part and clear of the corners. Tilt it a little from collarbone to shoulder, start with the legs halfway, and adjust one at a time until the violin stays up with just the weight of your head.\n\nHenrietta",
     "retells en/rest/fitting (JC13)"),
    ("Hello Ms Marwood,\n\nOnce the new strings have had a few weeks under your bow, an honest review on Amazon would help other players who are choosing strings. Tell them whatever you found, good or bad.\n\nDesmond",
     "own-words review invitation: template-required and nothing else (JC9, JC13)"),
], tags=["rewrite"])

_batch(RW, "zh", [TR], [
    ("储先生，您好：\n\n新松香表面太光滑，先拿砂纸磨两下。擦的时候把弓毛拧紧，从头到尾擦十来下就行，平时隔两三个小时补一点，别擦太多。用完放回盒子，别晒太阳、别放车里，琴上的粉末练完擦干净。\n\n缪晓川",
     "改写 zh/rosin/use (JC13)"),
    ("卞女士，您好：\n\n尾柱松开螺丝拉出来，长度合适了再拧紧，坐着的时候琴的上端靠在胸口附近就差不多。尖头在地板上容易打滑，垫上防滑垫就好。收琴前记得把尾柱推回去拧紧。\n\n桑雨萌",
     "改写 zh/cello/endpin (JC13)"),
    ("应先生，您好：\n\n嗡嗡响多半是哪里的小零件松了：看看微调器螺母、腮托、肩托，还有琴弦缠线有没有碰到琴桥，琴里面有没有掉进东西。都没问题的话，拍一段拉空弦的视频发过来，说一下是哪根弦。\n\n缪晓川",
     "改写 zh/troubleshoot/buzz (JC13)"),
    ("印女士，您好：\n\n琴有保修，做工和材料的问题我们修或者换，比如开胶、无故裂纹、指板翘起、弦轴打滑。琴弦、弓毛、松香这类消耗品，还有摔坏、划痕、在别处修过的不在内。麻烦说明一下情况，再拍一张特写和一张全琴的照片。\n\n桑雨萌",
     "改写 zh/warranty/claim，没有售后编号和订单号 (JC13)"),
], tags=["rewrite"])

_batch(RW, "zh", [TR], [
    ("溥先生 您好：\n\n微調器順時針轉音變高，逆時針變低，只適合微調。差半音以上就先轉弦軸，轉的時候順便往內推一點才會卡住。螺絲轉到底了就退回中間，改用弦軸調，也別讓微調器刮到琴面。\n\n賀芷芸",
     "改寫 zh-tw/strings/fine-tuner (JC13)"),
    ("池小姐 您好：\n\n那個顫抖的怪聲叫狼音，大提琴很常見，多半在 G 弦 F 附近。把附的消狼器裝在琴橋和拉弦板之間的 G 弦上，前後移動找到最安靜的位置，運弓力道也可以調一下。還是很嚴重就錄一段影片給我們。\n\n寇承遠",
     "改寫 zh-tw/troubleshoot/wolf (JC13)"),
], tags=["rewrite"], trad=True)

# ---- section 6. logistics plus advice -> [template-required]
MX = "mixed-logistics"
_batch(MX, "en", [TR], [
    ("Hi Mr Oyinlola,\n\nFedEx expects to deliver your cello outfit on Friday. It has been bitterly cold where you are, so when it arrives, let the unopened box sit indoors for a few hours before you take the cello out, and tune it up gently.\n\nLorcan",
     "delivery date plus acclimatising advice (JC8, JC11)"),
    ("Hello Ms Hebblethwaite,\n\nUSPS has the replacement A string; it left us today. In the meantime you can still practise on the other three strings; just check now and then that the bridge is standing straight.\n\nHenrietta",
     "replacement shipped plus practice advice (JC8)"),
    ("Dear Mr Saltmarsh,\n\nWe've opened the return for the violin bow and the UPS label is waiting in Your Orders. Before you send it, though, try coating the hair with rosin properly: fifteen or twenty firm strokes usually bring a silent new bow to life.\n\nDesmond",
     "return plus troubleshooting (JC8)"),
    ("Hi Ms Umberfield,\n\nYour viola is clearing customs in Toronto and should be released tomorrow. While you wait, you might download a free tuning app; it makes the first tuning much easier once the viola is out of its case.\n\nClementine",
     "customs plus advice (JC8, JC14)"),
    ("Hello Mr Kettleborough,\n\nThe FedEx terminal will phone you this week to book a delivery day for the cello, since someone has to sign for it. Once it is unpacked, rest the endpin in the rubber stop rather than straight on your wooden floor, so that it cannot slide.\n\nLorcan",
     "oversize delivery booking plus endpin advice (JC4, JC8)"),
], tags=["advice"])
_batch(MX, "zh", [TR], [
    ("路先生，您好：\n\n补发的琴弦今天已由 USPS 寄出。收到之前，您可以先用另外三根弦练习，只要隔一会儿看看琴桥有没有歪就好。\n\n缪晓川",
     "补发加练习建议 (JC8)"),
    ("洛女士，您好：\n\n包裹预计周四送达。收到后先别急着拉，把琴桥立好、琴弦慢慢调到标准音高，再用新松香在弓毛上来回擦十几次。\n\n桑雨萌",
     "送达时间加首次使用建议 (JC8)"),
    ("晁先生，您好：\n\n您的大提琴还在清关，琴弦和松香已经先到了。等待期间可以先把新松香的表面打磨一下，琴到了就能直接擦弓开练。\n\n缪晓川",
     "清关加使用建议 (JC8)"),
], tags=["advice"])
_batch(MX, "zh", [TR], [
    ("邰先生 您好：\n\n補寄的肩托今天已經寄出。收到之前，可以先在琴背墊一塊摺好的軟布代替，但請不要用橡皮筋綁在琴上，以免刮傷油漆。\n\n賀芷芸",
     "補寄加使用建議 (JC8)"),
    ("汝小姐 您好：\n\n大提琴預計週三送達。拿到後建議先把尾柱拉出、套上防滑墊再調音，消狼器也可以先裝在 G 弦上試試位置。\n\n寇承遠",
     "送達時間加使用建議 (JC8)"),
], tags=["advice"], trad=True)

# ---- section 7. violating
VI = "violating"


def bad(tid, vals, anchor, sentence, labels, note, joiner=" "):
    """A template with one violating sentence inserted; always cites JC3."""
    plus(tid, vals, anchor, sentence, note + " (JC3)", VI, labels, joiner=joiner, tags=["template-based"])


bad("en/outfit/sizing", dict(buyer_name="Mr Goldthorpe", product=VN34, player="your twins", agent_name=A1),
    "the instrument is too long.",
    "Also, our new Aubade Concert violin comes out next month, and every pre-order placed this week includes a Kestrel carbon bow at no extra cost.",
    [MKT, TR], "new-model announcement with a pre-order bonus", joiner="\n\n")
bad("en/setup/bridge", dict(buyer_name="Ms Lightbody", product=VN, agent_name=A2),
    "let us know before you go any further.",
    "Our luthier can also walk you through it on a video call; just text 502-555-0147 to book a time.",
    [OPC, TR], "set-up help moved to a phone number")
bad("en/strings/changing", dict(buyer_name="Mr Baverstock", strings=STRV, product=VN, agent_name=A3),
    "after about a week of regular playing.",
    "Once they have settled, we would be grateful for a 5-star review that mentions how warm they sound.",
    [RI, TR], "five-star ask that also tells the buyer what to write")
bad("en/troubleshoot/no-sound", dict(buyer_name="Ms Winterbourne", bow=BOWV, agent_name=A4),
    "we will work through it with you.",
    "And if you are still unhappy with the bow, please come to us first rather than posting a review.",
    [RI, TR], "gating: a dissatisfied buyer is asked to come to us instead of reviewing")
bad("en/care/seasons", dict(buyer_name="Mr Hepplewhite", product=VA, agent_name=A1),
    "to a repairer early.",
    "While you are at it, our two-way humidity pack kit is 15% off this month with code CANTABILE.",
    [MKT, TR], "discount code for an accessory", joiner="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Ms Gorecka", product=REST, order_id="114-8152198-2925999",
    agent_name=A2),
    "learns something from each one.",
    "Send us a screenshot once your review is up and we will post you a free cake of Amberlin rosin as a thank-you.",
    [RI, TR], "free rosin in exchange for a review")
bad("en/apology/tuning", dict(buyer_name="Mr Penrith", product=VN, agent_name=A3),
    "send a replacement peg or arrange a repair.",
    "It is quicker to e-mail the video to our repair desk at repairs@vellacourt-strings.com than to send it here.",
    [OPC, TR], "repair help diverted to an e-mail inbox")
bad("en/warranty/claim", dict(buyer_name="Ms Cattermole", product=CE, warranty_period="five years", case_id="VCS-K-32563",
    order_id="112-1139336-9258472", agent_name=A4),
    "of receiving the photos.",
    "If the cello has to come back, print the prepaid return label from vellacourt-strings.com/returns instead of using Your Orders.",
    [OPC], "return label from the seller's own website; the added text concerns the return, so template-required does not apply")
free(VI, "en", "Hi Mr Blundell,\n\nThe 4/4 violin you swapped for has shipped and should be with you on Thursday. Now that the exchange is sorted, would you mind deleting the 2-star review you left last week? We would really appreciate it.\n\nLorcan",
     [RI, TR], "exchange dispatched (logistics), then a plea to delete a 2-star review, which is not logistics (JC3)",
     ["free-written"])

bad("zh/rosin/use", dict(buyer_name="伏女士", rosin="Amberlin 深色松香", bow="Kestrel 碳纤维大提琴弓", agent_name=Z1),
    "把琴弦和面板上的松香粉擦掉。",
    "顺便告诉您，Amberlin 新推出的金粉松香这周两块起买享八五折，需要的话可以一起下单。",
    [MKT, TR], "新品松香打折推销", joiner="\n\n")
bad("zh/cello/endpin", dict(buyer_name="苑先生", product="Mirefield 4/4 大提琴", agent_name=Z2),
    "避免尖头刮伤内衬。",
    "如果想看视频演示，可以加我们的客服微信 vellacourt_kf，老师会一对一指导。",
    [OPC, TR], "使用指导转到微信")
bad("zh/review/neutral-request", dict(buyer_name="卫女士", product="Aubade 4/4 小提琴套装", order_id="111-1401197-5411698",
    agent_name=Z1),
    "用来改进产品和服务。",
    "给出五星好评并把截图发给我们，就送您一套 Lumen 备用琴弦。",
    [RI, TR], "五星好评换赠品")
bad("zh/troubleshoot/buzz", dict(buyer_name="黄先生", product="Corrant 16 英寸中提琴", agent_name=Z2),
    "我们会帮您进一步判断。",
    "等杂音的问题处理好了，还想麻烦您把之前给的三星评价改成五星。",
    [RI, TR], "要求把已有评价改高")
bad("zh/warranty/claim", dict(buyer_name="宿女士", product="Mirefield 4/4 大提琴套装", warranty_period="五年",
    case_id="VCS-K-33633", order_id="113-7699652-3904142", agent_name=Z1),
    "两个工作日内答复您。",
    "如果着急，也可以直接拨打我们的售后热线 502-555-0162，报上订单号就能查询进度。",
    [OPC, TR], "售后转到电话热线；保修咨询不是物流")
free(VI, "zh", "盖先生，您好：\n\n您退回的小提琴套装仓库已经签收。为了让退款快点到账，这次我们想直接通过微信转账退给您，麻烦把您的微信号告诉我们。\n\n桑雨萌",
     [OPC], "退款要走微信转账：说的仍是退款，属于物流事项，因此不加 template-required (JC3)", ["free-written"])

bad("zh-tw/case/care", dict(buyer_name="雷先生", case="Driftlite 方形小提琴盒", product="Aubade 4/4 小提琴",
    agent_name=W2),
    "或靠近暖氣的地方。",
    "想直接傳照片給技師的話，歡迎加入我們的 LINE 官方帳號 @vellacourt.tw。",
    [OPC, TR], "客服轉到 LINE 官方帳號", joiner="\n\n")
bad("zh-tw/troubleshoot/wolf", dict(buyer_name="邊小姐", product="Mirefield 4/4 大提琴", agent_name=W1),
    "我們會請技師協助判斷。",
    "如果狼音始終沒有改善，請先聯絡我們處理，先不要急著在亞馬遜留下評論。",
    [RI, TR], "勸不滿意的買家先別留評論（評論把關）")
free(VI, "zh", "牛小姐 您好：\n\n您的 Kestrel 琴弓已經送到門市取件點，追蹤單號 1Z5V0A470847752449。另外，追蹤我們的 Instagram @vellacourt.tw 就能參加每月抽獎，獎品是一整套 Lumen 琴弦。\n\n寇承遠",
     [MKT, OPC, TR], "取件通知（物流）加追蹤 Instagram 參加抽獎；抽獎和社群導流不是物流 (JC3)", ["free-written"],
     trad=True)
