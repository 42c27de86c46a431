# -*- coding: utf-8 -*-
"""Labelled seller replies of t61 (imported by gen.py). Every text was written for this set.

Each call adds one reply, in this order of categories: filled-template, fill-plus-logistics, logistics,
free-non-logistics, rewritten, mixed-logistics, violating. JCn in a note refers to a judgement call in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    """Fill a template; the values must name exactly the template's placeholders."""
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("values for %s: got %s, need %s" % (tid, sorted(vals), sorted(need)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, extra_log=None,
         trad=False):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note, tid=tid,
                        vals=vals, exact=exact, extra=extra, extra_log=extra_log))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None, extra_log=None):
    """Render a template and apply (old, new) edits; every old string must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, text.count(old), tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, extra_log=extra_log, trad=tid.startswith("zh-tw/"))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def swap(a, b, sep=" "):
    """Edit: two adjacent sentences (or paragraphs) change places."""
    return (a + sep + b, b + sep + a)


def rewrap(tid, vals, start, width):
    """Edit: hard-wrap the single paragraph that begins with `start`, as an e-mail client would."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(start)]
    assert len(paras) == 1, (tid, start)
    return (paras[0], textwrap.fill(paras[0], width))


def append(tid, vals, anchor, sentence, note, cat, labels, extra_log, sep=" ", tags=()):
    """Add one free-written sentence right after `anchor`."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, tags=tags,
         extra=sentence, extra_log=extra_log)


# ------------------------------------------------------------------ staff and products (all invented)
A1, A2, A3, A4 = "Imogen Valdecasas", "Teodor Brancusi-Lowe", "Henrietta Mbatha-Corr", "Caspian Wendt"
Z1, Z2 = "邝嘉禾", "蒲若琳"
W1, W2 = "蘇芷萱", "顧承澤"
S3, S7 = "Tidewick Sway 3 sonic toothbrush", "Tidewick Sway 7 sonic toothbrush"
MINI = "Tidewick Sway Mini kids' toothbrush"
GO, HOME = "Tidewick Rill Go cordless water flosser", "Tidewick Rill Home countertop water flosser"
S7_LONG = ("Tidewick Sway 7 Sonic Electric Toothbrush for Adults, 5 Cleaning Modes with Pressure Sensor, 2-Minute "
           "Smart Timer, 3-Week Battery, USB-C Charging Travel Case, 4 Brush Heads, IPX7 Waterproof, Midnight Blue")
HOME_LONG = ("Tidewick Rill Home Countertop Water Flosser for Teeth, 650 ml Reservoir, 10 Pressure Settings, "
             "7 Jet Tips Including Orthodontic and Periodontal Tips, Quiet Motor, for Braces, Bridges and Implants")
HEAD_LONG = ("Tidewick Sway CleanSweep Replacement Brush Heads, 4 Pack, Click-On Collar, Blue Wear-Indicator "
             "Bristles, Compatible with Sway 3 and Sway 7 Sonic Toothbrushes")
S3_ZH, S7_ZH = "Tidewick Sway 3 声波电动牙刷", "Tidewick Sway 7 声波电动牙刷"
GO_ZH, HOME_ZH = "Tidewick Rill Go 便携冲牙器", "Tidewick Rill Home 台式冲牙器"
S7_ZH_LONG = ("Tidewick Sway 7 声波电动牙刷 成人款 五种清洁模式 压力感应提示 两分钟智能计时 续航三周 "
              "附USB-C充电旅行盒及四个刷头 IPX7防水 午夜蓝")
VOY_TW = "Tidewick Voyage 充電旅行盒"
VOY_TW_LONG = ("Tidewick Voyage 電動牙刷充電旅行盒 USB-C 充電 內建充電座 適用 Sway 3 與 Sway 7 "
               "透氣防潮設計 出差旅遊收納")
S3_TW, S7_TW = "Tidewick Sway 3 聲波電動牙刷", "Tidewick Sway 7 聲波電動牙刷"
GO_TW, HOME_TW = "Tidewick Rill Go 攜帶式沖牙機", "Tidewick Rill Home 桌上型沖牙機"
MINI_TW = "Tidewick Sway Mini 兒童電動牙刷"

# ============================================================ 1. filled templates -> []
fill("en/brush/first-use", dict(buyer_name="Ms Threlkeld", product=S3, first_charge="ten hours", agent_name=A1),
     "exact fill")
fill("en/brush/first-use", dict(buyer_name="Mr Pemberley", product=S7_LONG, first_charge="eight hours", agent_name=A2),
     "the whole 200-character listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Mr Pemberley,", "Good afternoon Mr Pemberley,")], tags=["long-value", "greeting"])
fill("en/brush/first-use", dict(buyer_name="Saskia", product=S7, first_charge="eight hours", agent_name=A3),
     "a congratulatory line with no product content added after the greeting (JC2)",
     edits=[("Hello Saskia,", "Hello Saskia,\n\nCongratulations on the new job, and I hope mornings go a little more smoothly with this.")],
     tags=["warm-line"])
fill("en/flosser/technique", dict(buyer_name="Mr Garside", product=GO, agent_name=A4), "exact fill")
fill("en/flosser/technique", dict(buyer_name="Ms Wiggins-Otieno", product=GO, agent_name=A1),
     "the two sentences of the second paragraph swapped (JC2)",
     edits=[swap("Only switch the unit on once the tip is already inside your mouth.",
                 "Begin with the back teeth and trace along the gumline, resting for a second or two in each gap, first on the outer side of your teeth and then on the inner side.")],
     tags=["reorder"])
fill("en/flosser/technique", dict(buyer_name="Mr Rutherglen", product=HOME, agent_name=A2),
     "sign-off turned into a friendly line (JC2)", edits=[("All the best,", "Happy flossing, and all the best,")],
     tags=["sign-off"])
fill("en/flosser/cleaning", dict(buyer_name="Ms Dalgliesh", product=HOME, agent_name=A3), "exact fill")
_v = dict(buyer_name="Mr Stallybrass", product=GO, agent_name=A4)
fill("en/flosser/cleaning", _v, "first and last paragraphs hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[rewrap("en/flosser/cleaning", _v, "Thank you for asking", 70),
            rewrap("en/flosser/cleaning", _v, "About once a month", 70)], tags=["reflow"])
fill("en/troubleshoot/not-charging", dict(buyer_name="Mrs Trevithick", product=S3, agent_name=A4), "exact fill")
fill("en/troubleshoot/not-charging", dict(buyer_name="Ms Ferriday", product=S7, agent_name=A1),
     "one word changed: a hallway outlet instead of a bedroom one (JC2)",
     edits=[("in the kitchen or a bedroom", "in the kitchen or a hallway")], tags=["wording"])
fill("en/troubleshoot/not-charging", dict(buyer_name="Lorcan", product=MINI, agent_name=A2),
     "greeting and sign-off changed (JC2)",
     edits=[("Hello Lorcan,", "Hi Lorcan,"), ("Kind regards,", "Thanks for your patience,")],
     tags=["greeting", "sign-off"])
fill("en/troubleshoot/weak-jet", dict(buyer_name="Mr Hartigan", product=GO, agent_name=A1), "exact fill")
fill("en/troubleshoot/weak-jet", dict(buyer_name="Ms Oyedepo", product=HOME, agent_name=A3),
     "one sentence split in two at its semicolon (JC2)",
     edits=[("back in firmly; if a tip", "back in firmly. If a tip")], tags=["split"])
fill("en/heads/compatibility", dict(buyer_name="Mr Blakiston", product=S3, head="Sway SoftTouch head", agent_name=A2),
     "exact fill; the three-month replacement advice is care advice, not a buy-again push (JC16)")
fill("en/heads/compatibility", dict(buyer_name="Ms Ravindran", product=S7, head=HEAD_LONG, agent_name=A4),
     "a 150-character listing title in the head slot (JC2, JC16)", edits=[], tags=["long-value"])
fill("en/warranty/claim", dict(buyer_name="Mr Quigley-Amos", product=S7, warranty_period="two-year",
     case_id="TWK-R-40117", order_id="113-6029418-5537702", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Lacey-Nwankwo", product=HOME, warranty_period="two-year",
     case_id="TWK-R-40129", order_id="112-9381604-2275019", agent_name=A1),
     "a reassurance line with no new facts added before the sign-off (JC2)",
     edits=[("a replacement unit.", "a replacement unit. We know you use it every day, so we will keep this moving.")],
     tags=["warm-line"])
fill("en/apology/leak", dict(buyer_name="Mr Dunsford", product=HOME, agent_name=A4), "exact fill")
fill("en/apology/leak", dict(buyer_name="Ms Bramall", product=HOME_LONG, agent_name=A2),
     "one sentence paraphrased with the same meaning, and the long listing title in the product slot (JC2)",
     edits=[("That is annoying to deal with, especially when it happens every time you use it.",
             "That must be irritating, particularly when it happens at every single use.")],
     tags=["paraphrase", "long-value"])
fill("en/review/neutral-request", dict(buyer_name="Mr Ekwueme", order_id="114-7752093-1408836", product=GO,
     agent_name=A1), "exact fill; the only review request for this order, after a question, not after praise (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Mr Haugland", order_id="111-2048837-6690152", product=S3,
     agent_name=A3), "greeting and sign-off changed; the only request for this order (JC2, JC8)",
     edits=[("Hi Mr Haugland,", "Hello Mr Haugland,"), ("Thanks again,", "With thanks,")], tags=["greeting", "sign-off"])

fill("zh/brush/modes", dict(buyer_name="岳女士", product=S7_ZH, agent_name=Z1), "exact fill")
fill("zh/brush/modes", dict(buyer_name="晁先生", product=S7_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 product 占位符，问候语改为“下午好” (JC2)",
     edits=[("晁先生，您好：", "晁先生，下午好：")], tags=["long-value", "greeting"])
fill("zh/brush/modes", dict(buyer_name="栾女士", product=S3_ZH, agent_name=Z1),
     "问候后加一句关心的话，不含产品内容 (JC2)",
     edits=[("栾女士，您好：", "栾女士，您好：\n\n听说您上周刚做完洗牙，希望这支牙刷用起来顺手。")], tags=["warm-line"])
fill("zh/flosser/tips", dict(buyer_name="庄先生", product=HOME_ZH, agent_name=Z2), "exact fill")
fill("zh/flosser/tips", dict(buyer_name="苑女士", product=GO_ZH, agent_name=Z1), "最后一段两句对调 (JC2)",
     edits=[swap("喷头建议每三个月换一次。", "如果家里几个人共用一台冲牙器，请每人使用自己的喷头，喷头底部不同颜色的小圈可以帮助区分。", sep="")],
     tags=["reorder"])
fill("zh/warranty/claim", dict(buyer_name="缪先生", product=S3_ZH, warranty_period="两年", order_id="113-4471902-8836015",
     case_id="TWK-R-40136", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="靳女士", product=HOME_ZH, warranty_period="两年", order_id="114-0936281-7702354",
     case_id="TWK-R-40142", agent_name=Z1), "结尾祝语改写 (JC2)", edits=[("顺祝安好，", "祝您生活愉快，")], tags=["sign-off"])
fill("zh/warranty/claim", dict(buyer_name="冉先生", product=S7_ZH, warranty_period="两年", order_id="112-5508173-3391640",
     case_id="TWK-R-40151", agent_name=Z2), "三项资料拆成编号列表，内容不变 (JC2)",
     edits=[("回复以下资料：一段能看清故障情况的短视频，一张手柄底部序列号的照片，以及问题大约从什么时候开始出现。",
             "回复以下资料：\n1. 一段能看清故障情况的短视频；\n2. 一张手柄底部序列号的照片；\n3. 问题大约从什么时候开始出现。")],
     tags=["split"])
fill("zh/review/neutral-request", dict(buyer_name="郦女士", order_id="111-8830426-4419057", product=GO_ZH, agent_name=Z1),
     "exact fill；本订单唯一一次邀请，买家之前是提问而不是称赞 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="印先生", order_id="113-2267915-0083641", product=S7_ZH, agent_name=Z2),
     "改了一个词：“一一读过”改为“逐条读过”；本订单唯一一次邀请 (JC2, JC8)", edits=[("一一读过", "逐条读过")],
     tags=["wording"])
fill("zh/apology/rattle", dict(buyer_name="蔺女士", product=S3_ZH, agent_name=Z2), "exact fill")
fill("zh/apology/rattle", dict(buyer_name="阚先生", product=S7_ZH, agent_name=Z1), "致歉段后加一句体谅的话 (JC2)",
     edits=[("给您添麻烦了。", "给您添麻烦了。每天早上刷牙都听到这个声音，确实让人心烦。")], tags=["warm-line"])

fill("zh-tw/case/charging", dict(buyer_name="雷先生", product=VOY_TW, agent_name=W1), "exact fill")
fill("zh-tw/case/charging", dict(buyer_name="程小姐", product=VOY_TW_LONG, agent_name=W2),
     "整段商品標題放進 product 佔位符，結尾祝語改寫 (JC2)", edits=[("祝 旅途愉快", "祝 出差順利")],
     tags=["long-value", "sign-off"])
fill("zh-tw/case/charging", dict(buyer_name="陸太太", product=VOY_TW, agent_name=W1), "問候後加一句祝福，不含產品內容 (JC2)",
     edits=[("陸太太 您好：", "陸太太 您好：\n\n知道您下個月要帶著牙刷去東京出差，先祝一切順利。")], tags=["warm-line"])
fill("zh-tw/brush/care", dict(buyer_name="鄔先生", product=S7_TW, agent_name=W2), "exact fill")
fill("zh-tw/brush/care", dict(buyer_name="練小姐", product=S3_TW, agent_name=W1), "第二段的兩句對調 (JC2)",
     edits=[swap("大約每星期一次，請把刷頭拔下來，用清水沖洗金屬軸和刷頭內側，擦掉累積的牙膏。",
                 "充電座的表面用微濕的布擦拭即可，請不要整個泡在水中。", sep="")],
     tags=["reorder"])
fill("zh-tw/troubleshoot/weak-jet", dict(buyer_name="饒先生", product=GO_TW, agent_name=W1), "exact fill")
fill("zh-tw/troubleshoot/weak-jet", dict(buyer_name="閻小姐", product=HOME_TW, agent_name=W2), "問候語改為「午安」 (JC2)",
     edits=[("閻小姐 您好：", "閻小姐 午安：")], tags=["greeting"])
fill("zh-tw/kids/guide", dict(buyer_name="卞太太", product=MINI_TW, agent_name=W2), "exact fill")
fill("zh-tw/kids/guide", dict(buyer_name="尚先生", product=MINI_TW, agent_name=W1), "一句改寫，意思相同 (JC2)",
     edits=[("孩子很快就能記住要刷多久", "孩子很快就會養成刷滿兩分鐘的習慣")], tags=["paraphrase"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    """A fill with one free-written logistics sentence added; JC1 always applies."""
    note = note[:-1] + ", JC1)" if note.endswith(")") else note + " (JC1)"
    append(tid, vals, anchor, sentence, note, FX, [], True, sep=sep, tags=tags)


fill_log("en/brush/first-use", dict(buyer_name="Ms Ingrams", product=S7, first_charge="eight hours", agent_name=A2),
         "there is no need to scrub.",
         "The four-pack of SoftTouch heads on the same order is travelling separately from our California warehouse, USPS tracking 9205590164917352086473, and should reach you on Friday.",
         "split shipment of the brush heads, as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/flosser/technique", dict(buyer_name="Mr Coverdale", product=GO, agent_name=A3),
         "at your next visit.",
         "The USB-C cable that should have been in your box went out this morning with UPS, tracking 1ZA47V090354218867.",
         "missing cable sent, as its own paragraph (JC5)", ["fulfilment", "tracking"], sep="\n\n")
fill_log("en/troubleshoot/not-charging", dict(buyer_name="Ms Fairlie", product=S3, agent_name=A1),
         "the next step with you.",
         "Should you prefer to return it instead, the return can be started from Your Orders within 30 days of delivery, and the prepaid label will be waiting there.",
         "return route offered", ["returns"])
fill_log("en/heads/compatibility", dict(buyer_name="Mr Ashworth-Eze", product=S7, head="Sway Polish head", agent_name=A4),
         "or after you have had a cold.",
         "The extra pack of heads you ordered by accident is now cancelled at your request; it was still on the shelf in our warehouse, so you will not be billed for it.",
         "duplicate line cancelled before dispatch (JC5, JC13, JC16)", ["cancellation"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Holroyd", product=HOME, warranty_period="two-year", case_id="TWK-R-40163",
         order_id="111-5094726-3318840", agent_name=A2),
         "which in most cases is a replacement unit.",
         "Should we need the flosser back for testing, a prepaid return label will be added under the order in Your Orders, so the postage costs you nothing.",
         "how a warranty unit would travel back; the warranty text itself is the template (JC15)", ["returns"])
fill_log("en/apology/leak", dict(buyer_name="Mr Ballinger", product=HOME, agent_name=A3),
         "around the top of the handle.",
         "A spare reservoir with a new seal left our Pennsylvania warehouse today with FedEx, tracking 394815062277, and is due on Tuesday.",
         "a part already on its way, with tracking (JC5)", ["fulfilment", "tracking"])
fill_log("zh/brush/modes", dict(buyer_name="甄女士", product=S3_ZH, agent_name=Z2),
         "满两分钟后自动关机。",
         "您同一订单里的刷头四支装放在另一个包裹里，由加州仓库发出，UPS 运单号 1ZA47V090371940025，预计周三送达。",
         "同一订单分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/flosser/tips", dict(buyer_name="廉先生", product=HOME_ZH, agent_name=Z1),
         "不能互换使用。",
         "您反映包裹里少了正畸喷头，我们今天已经免费补发，USPS 运单号 9205590164917388120934。",
         "少发配件的补发 (JC5, JC13)", ["fulfilment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="芮女士", product=GO_ZH, warranty_period="两年", order_id="114-3360815-9927104",
         case_id="TWK-R-40174", agent_name=Z2),
         "建立了售后编号 TWK-R-40174。",
         "假如机器需要寄回来检查，“您的订单”页面里会有我们准备好的预付退货面单，运费不用您出。",
         "寄回检测用的退货面单 (JC15)", ["returns"])
fill_log("zh/apology/rattle", dict(buyer_name="牟先生", product=S7_ZH, agent_name=Z1),
         "我们会根据情况为您安排更换。",
         "如果您更希望直接退货，也可以在订单页面提交退货申请，寄回的运费我们来付。",
         "退货说明", ["returns"])
fill_log("zh-tw/case/charging", dict(buyer_name="儲小姐", product=VOY_TW, agent_name=W2),
         "放不進去。",
         "您另外訂購的 Sway 7 刷頭組已經出貨，追蹤單號 TBA304918275560，預計週四送達。",
         "另一筆訂單的追蹤單號", ["tracking"])
fill_log("zh-tw/troubleshoot/weak-jet", dict(buyer_name="鄺先生", product=HOME_TW, agent_name=W1),
         "安排維修或換新。",
         "萬一最後還是得換新機，我們會在訂單頁面提供預付退貨標籤，倉庫收到舊機的退貨掃描後就立刻寄出新機。",
         "換貨的寄送方式 (JC5)", ["returns"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Ms Gatward,\n\nYour Sway 7 left our Allentown warehouse yesterday afternoon with UPS, tracking 1ZA47V090388215570. UPS is currently showing delivery on Thursday before the end of the day, and the same progress appears on the Your Orders page.\n\nBest,\nImogen",
     ["tracking"], "where is my order (JC14)"),
    ("Hello Mr Pengelly,\n\nSorry that this is taking longer than promised. A snowstorm shut the FedEx hub in Indianapolis for most of Monday, so your Rill Home is running a day or two behind. FedEx now expects to bring it on Friday, tracking 394815077340. If it still hasn't arrived by Monday, let us know in this thread and a second unit will go out the same day.\n\nTeodor",
     ["delay", "tracking"], "weather delay at a hub (JC14)"),
    ("Dear Ms Arkwright,\n\nUSPS marked your parcel undeliverable this morning because the carrier couldn't get past the locked lobby door of your building. If you reply with delivery instructions, for example a buzzer number or the name of the mailroom, we will attach them to the shipment and USPS will make another attempt the following delivery day. Until then the parcel is safe at your local post office.\n\nKind regards,\nHenrietta",
     ["delivery-exception", "address"], "delivery exception, asking for delivery instructions (JC14)"),
    ("Hi Mr Clutterbuck,\n\nThe Amazon Locker you picked was full when the driver arrived, so your Rill Go has been redirected to the Amazon Hub Counter at the pharmacy on Elm Street. The pickup code will come through your Amazon notifications, and the counter keeps parcels for three days.\n\nCaspian",
     ["locker", "pickup-point"], "locker full, parcel redirected (JC14)"),
    ("Hello Ms Nettleship,\n\nWe caught your order before it was packed, so the shipping address is now the apartment on Carver Street that you gave us. The delivery estimate hasn't changed and is still Wednesday.\n\nImogen",
     ["address"], "address changed before dispatch (JC13, JC14)"),
    ("Hi Mr Oduro-Kemp,\n\nYour order is already with the carrier, so the address can no longer be edited on our side. UPS can still reroute it for you: look up tracking number 1ZA47V090392004418 with UPS and choose a new delivery address, or ask them to keep it for collection at a UPS Access Point close to where you now live. A reroute can carry a modest UPS fee.\n\nTeodor",
     ["address", "tracking"], "address change after dispatch (JC14)"),
    ("Dear Ms Skerritt,\n\nYour order is coming in two parcels. The Sway 3 toothbrush shipped from Pennsylvania with FedEx, tracking 394815091163, and is due on Monday. The Voyage travel case shipped from California with USPS, tracking 9205590164917401276651, and should arrive on Tuesday or Wednesday.\n\nHenrietta",
     ["split-shipment", "tracking"], "split shipment (JC14)"),
    ("Hello Mr Beauchesne,\n\nYour Rill Home is waiting for customs clearance in Toronto, which normally takes one to three business days. Amazon collected the import duties and taxes when you placed the order, so there should be nothing to pay at the door. If the courier does ask for money, photograph the courier's note and post it in this thread; we will handle it from our side.\n\nCaspian",
     ["customs"], "customs hold, duties prepaid (JC6)"),
    ("Hi Ms Ollerenshaw,\n\nYour parcel was held by customs at East Midlands because the courier needed the battery declaration that goes with every shipment containing a lithium cell. We sent the declaration this morning and the parcel has already been released; delivery is now expected on Thursday. Amazon collected the import VAT at checkout, so no further charge is due from you.\n\nImogen",
     ["customs", "battery-paperwork"], "customs paperwork for a built-in battery (JC6)"),
    ("Dear Mr Prothero,\n\nI'm so sorry the reservoir of your Rill Home arrived cracked down one side. The box was clearly crushed on the way, which is down to the carrier and not to you. A complete new unit left today with UPS, tracking 1ZA47V090399861237. There's no need to send the damaged one back; please recycle it, and keep the unused tips as spares if you like.\n\nTeodor",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC6, JC13)"),
    ("Hello Ms Dimbleby,\n\nThank you for telling us that the charging base was missing from your Sway 3 box. That was a packing mistake on our side. A charging base went out this afternoon with USPS, tracking 9205590164917416603382, and should reach you in two to three days.\n\nHenrietta",
     ["fulfilment", "tracking"], "missing part sent (JC5)"),
    ("Hi Mr Fothergill,\n\nYou're right: we sent the Sway 7 in Coral instead of the Slate you ordered. The Slate brush ships today by FedEx, tracking 394815104472. To send the Coral one back, print the prepaid label we've added under the order in Your Orders and drop the parcel at any FedEx location within 30 days.\n\nCaspian",
     ["fulfilment", "returns", "tracking"], "wrong colour shipped (JC5)"),
    ("Dear Ms Ackroyd,\n\nAs you asked, we've cancelled order 112-4830175-6602941, the second Rill Go that was placed by mistake. It hadn't shipped, so you won't be charged for it. Your first order, 112-4830172-1185063, is unaffected and should arrive on Saturday.\n\nImogen",
     ["cancellation"], "duplicate order cancelled on request (JC5, JC13)"),
    ("Hello Mr Drinkwater,\n\nBecause brush heads go in the mouth, we can't resell a pack once it has been opened, so there is no need to send the opened SoftTouch pack back. We have refunded $18.99 for it to your original payment method; most banks post it in three to five working days. The unopened pack on the same order can still be returned from Your Orders if you don't want it.\n\nTeodor",
     ["returns", "refund", "hygiene"], "return rules for opened hygiene items (JC4, JC13)"),
    ("Hi Ms Brackenbury,\n\nTo return the Rill Home, open a return request under Your Orders and print the prepaid label. Before packing, empty the reservoir and leave it open to dry for a day, so no water seeps into the box on the way. Put the tips back in their tray, tape the original box shut, and either book a UPS pickup or leave it with the staff at a UPS Store.\n\nHenrietta",
     ["returns", "packing"], "packing a flosser for return (JC4)"),
    ("Hello Mr Sowerby,\n\nYour returned Sway 3 was checked in at our Allentown warehouse this morning, and a refund of $49.99 is on its way to your card. It normally appears on your statement after three to five working days.\n\nCaspian",
     ["returns", "refund"], "refund of a return (JC13, JC14)"),
    ("Dear Ms Haythornthwaite,\n\nThe Sway 7 you returned reached us without its Voyage travel case, so today we refunded $74.99, which is the price less $15.00 for the case. If the case turns up, send it to us with a new return label from Your Orders and the other $15.00 will be refunded as soon as it reaches us.\n\nImogen",
     ["returns", "refund"], "partial refund for a return missing a part (JC5, JC13)"),
    ("Hi Mr Ampofo,\n\nThe carrier's delivery photo shows the parcel at a blue front door, which doesn't match the house you described. We've opened a trace with USPS and, so you aren't left waiting, shipped a replacement Rill Go today, tracking 9205590164917420558819. If the first parcel turns up, let us know and we'll send a prepaid label so it can come back to us.\n\nTeodor",
     ["delivery", "tracking"], "delivered to the wrong door (JC14)"),
    ("Hello Ms Quartey,\n\nYes, we can ship to your APO address. Orders to military addresses go by USPS only and travel through the military mail system after they leave the US, so please allow two to three weeks. Your Sway 3 ships tomorrow and the tracking number will appear in Your Orders; updates usually stop once the parcel reaches the military gateway, which is normal.\n\nHenrietta",
     ["address", "delivery"], "shipping to a military address (JC14)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("巩先生，您好：\n\n您订购的 Sway 7 电动牙刷昨天已经从宾夕法尼亚州的仓库发出，UPS 运单号 1ZA47V090406617723，目前显示周四送达。您也可以在亚马逊“您的订单”页面查看物流进度。\n\n邝嘉禾",
     ["tracking"], "查询物流 (JC14)"),
    ("储女士，您好：\n\n很抱歉让您久等了。受暴风雪影响，FedEx 在印第安纳波利斯的转运中心停了一天，您的冲牙器因此会晚一到两天。FedEx 现在预计周五送达，运单号 394815117906。如果到下周一还没有收到，请在这里告诉我们，我们会马上重新寄一台。\n\n蒲若琳",
     ["delay", "tracking"], "天气导致的延误 (JC14)"),
    ("司先生，您好：\n\n您的订单还没有打包，我们已经按照您的要求把收货地址改成了新公寓的地址。预计送达时间不变，仍然是下周二。\n\n邝嘉禾",
     ["address"], "发货前修改收货地址 (JC13, JC14)"),
    ("党女士，您好：\n\n您不小心重复下的订单 114-2750936-8810437 已经按您的要求取消了。这笔订单还没有发货，不会向您收取任何费用；您的第一笔订单照常配送。\n\n蒲若琳",
     ["cancellation"], "取消重复下的订单 (JC5, JC13)"),
    ("寇先生，您好：\n\n您的订单分成两个包裹寄出。冲牙器由加利福尼亚仓库通过 USPS 发出，运单号 9205590164917437720168，预计周一送达；替换喷头由宾夕法尼亚仓库通过 FedEx 发出，运单号 394815128855，预计周二送达。\n\n邝嘉禾",
     ["split-shipment", "tracking"], "分开发货 (JC14)"),
    ("鄢女士，您好：\n\n您的包裹目前在温哥华等待清关，一般需要一到三个工作日。您下单付款的时候，亚马逊已经把进口关税和税费一并收取了，快递员送货时不应该再向您收费。如果对方要求付款，请把通知单拍照发到这里，我们来处理。\n\n蒲若琳",
     ["customs"], "清关与预付关税 (JC6)"),
    ("宓先生，您好：\n\n非常抱歉，您收到的冲牙器水箱在运输途中被压裂了，这是承运商的问题，不需要您承担。我们今天已经给您寄出一台全新的冲牙器，UPS 运单号 1ZA47V090414458230。损坏的那台不用寄回，您可以直接处理掉。\n\n邝嘉禾",
     ["damage", "tracking"], "运输损坏，补发新机 (JC6)"),
    ("占女士，您好：\n\n谢谢您告诉我们包装盒里没有充电底座，这是我们打包时的疏漏。新的充电底座今天下午已经通过 USPS 寄出，运单号 9205590164917449905521，两到三天内送达。\n\n蒲若琳",
     ["fulfilment", "tracking"], "少发配件 (JC5)"),
    ("厉先生，您好：\n\n退回 Rill Home 冲牙器时，请先在“您的订单”页面提交退货申请并打印预付面单。打包前请把水箱里的水倒干净，打开盖子晾干一天，避免运输途中漏水弄湿包裹。喷头请放回原来的卡槽，再用胶带封好原包装盒，交给 UPS 门店或预约上门取件即可。\n\n邝嘉禾",
     ["returns", "packing"], "冲牙器退货的打包要求 (JC4)"),
    ("佘女士，您好：\n\n您退回的 Sway 3 牙刷今天上午已经由我们的仓库签收，$49.99 的退款已经退回您原来的付款方式，银行一般需要三到五个工作日入账。\n\n蒲若琳",
     ["returns", "refund"], "退货退款 (JC13, JC14)"),
    ("仲先生，您好：\n\n刷头属于入口的个人护理用品，拆封后我们无法再次销售，所以已经拆开的那一盒不需要寄回。我们已经为这一盒退款 $18.99；同一订单里没有拆封的那一盒，如果不需要，仍然可以在订单页面申请退货。\n\n邝嘉禾",
     ["returns", "refund", "hygiene"], "已拆封卫生用品的退货规则 (JC4, JC13)"),
    ("荣女士，您好：\n\nUSPS 今天早上没能投递您的包裹，原因是地址里缺少公寓门牌号。麻烦把完整的门牌号发给我们，我们会补充到运单上，USPS 会在下一个投递日再送一次。在此期间，包裹暂存在您附近的邮局。\n\n蒲若琳",
     ["delivery-exception", "address"], "地址缺门牌号导致投递失败 (JC14)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("蔣先生 您好：\n\n您訂購的 Sway 3 電動牙刷已經在昨天出貨，USPS 追蹤單號 9205590164917452201876，預計這週五送達。訂單頁面上也可以隨時查看物流進度。\n\n蘇芷萱",
     ["tracking"], "查詢物流 (JC14)"),
    ("湛小姐 您好：\n\n包裹已經到了多倫多，正在等海關放行，通常需要一到三個工作天。您結帳時付的金額已經包含進口稅費，由亞馬遜代為繳納，快遞人員送達時不應該再跟您收費；如果對方要求付款，請把通知單拍照傳到這裡，我們會處理。\n\n顧承澤",
     ["customs"], "清關與預收關稅 (JC6)"),
    ("貝太太 您好：\n\n很抱歉，您收到的牙刷盒子在運送途中被壓壞，手柄也摔裂了。這是運送過程造成的損壞，我們今天已經補寄一支新的牙刷給您，FedEx 追蹤單號 394815139021。損壞的那支不用寄回。\n\n蘇芷萱",
     ["damage", "tracking"], "運送損壞，補寄新品 (JC6)"),
    ("甯小姐 您好：\n\n倉庫今天早上已經收到您退回的 Rill Go 沖牙機，$59.99 的退款也已經退回原付款方式，銀行入帳通常需要三到五個工作天。\n\n顧承澤",
     ["returns", "refund"], "退貨退款 (JC13, JC14)"),
    ("鮑先生 您好：\n\n您的訂單會分成兩個包裹送達。牙刷從賓州倉庫出貨，UPS 追蹤單號 1ZA47V090427730114，預計週一送達；旅行盒從加州倉庫出貨，追蹤單號 TBA304918290347，預計週三送達。\n\n蘇芷萱",
     ["split-shipment", "tracking"], "分批出貨 (JC14)"),
    ("夏小姐 您好：\n\n您的包裹已經交給物流公司，我們這邊無法再修改地址。您可以用 UPS 追蹤單號 1ZA47V090431186652 向 UPS 申請改送新地址，或請他們把包裹留在您新家附近的取件點；改址可能會另外收取少許費用。\n\n顧承澤",
     ["address", "tracking"], "出貨後改地址 (JC14)"),
    ("司徒先生 您好：\n\n真的很抱歉，我們寄錯了顏色，您訂的是石板灰，寄出的卻是珊瑚粉。石板灰的牙刷今天已經寄出，FedEx 追蹤單號 394815142267。珊瑚粉那支請用訂單頁面裡的預付標籤，在三十天內寄回任何 FedEx 門市即可。\n\n蘇芷萱",
     ["fulfilment", "returns", "tracking"], "寄錯顏色換貨 (JC5)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Tolhurst,\n\nYes, the Rill Go is fine with braces. Use the orthodontic tip, the one with a little tuft of bristles at the end, and guide it slowly around each bracket and beneath the wire on pressure level one or two. Allow a few extra minutes in the evening while you get the hang of it.\n\nImogen",
     ["advice", "braces"], "flossing with braces (JC9)"),
    ("Hello Mr Easterbrook,\n\nWater flossing is generally gentle enough for implants and bridges. The periodontal tip, with its narrow nozzle, is the one to use: hold it where the crown meets the gum and stay on a low or medium setting. Your hygienist knows your implants best, so it's worth asking at your next cleaning which setting they would suggest.\n\nTeodor",
     ["advice"], "implants and bridges (JC9)"),
    ("Dear Ms Vowles,\n\nSonic brushing reaches further along the gumline than a manual brush, so many people notice a little pink in the sink during the first week or two. Switching to Gentle mode and pressing more lightly usually helps; the ring at the top of the Sway 7 glows amber when you press too hard. If the bleeding is still there after a fortnight, please have your dentist take a look.\n\nHenrietta",
     ["advice"], "gums bleeding after switching to a sonic brush (JC9)"),
    ("Hi Mr Kettlewell,\n\nThe Sway 3 handle is rated IPX7, so brushing in the shower and rinsing it under the tap are both fine. What it doesn't like is long soaks or living in hot steam, so please dry it off and keep it on the charging base by the sink rather than on the shower shelf.\n\nCaspian",
     ["advice"], "using the brush in the shower (JC9, JC13)"),
    ("Hello Ms Loughran,\n\nA capful of mouthwash in a full tank of warm water is fine in the Rill Home. Afterwards, run half a tank of plain water through it, because the colourings can stain the reservoir over time. Please don't add salt, baking soda or anything oily; those can clog the pump.\n\nImogen",
     ["advice"], "mouthwash in the flosser (JC9)"),
    ("Hi Mr Ellerby,\n\nThe Sway charging base works on anything from 100 to 240 volts, so in Italy you only need a plug adapter, not a converter. The Rill Home's power supply is built for 120 volts only, so please don't plug it in abroad, even through an adapter. A full charge of the brush lasts about three weeks, so for a short trip you can leave the base at home.\n\nTeodor",
     ["advice", "travel"], "using the products abroad is product use (JC10)"),
    ("Hello Ms Tredinnick,\n\nThe Rill Go can go in your carry-on. Empty the tank before the security check so it isn't counted as a liquid, and hold the button for three seconds to lock it so it can't switch on in your bag; the light blinks twice to confirm. Hold it for three seconds again to unlock it when you arrive.\n\nHenrietta",
     ["advice", "travel"], "flying with the flosser is product use, not order logistics (JC10)"),
    ("Dear Mr Isherwood,\n\nFor a five-year-old, the Sway Mini is the better fit of the two you asked about. Its head is smaller, the vibration is softer, and it has two simple speeds. The Sway 3 is made for adult mouths, and its head is wide for a small child's back teeth. Whichever you choose, children that age still need a grown-up to help them brush.\n\nCaspian",
     ["advice", "comparison"], "the buyer asked which of two models suits a child; no price, offer or push (JC9)"),
    ("Hi Mr Wardle,\n\nThank you for the clip of your Sway 7 flashing amber while it sits on the base. Our product team will go through it tomorrow morning. Expect my answer in this thread by Friday, with whatever they recommend.\n\nImogen",
     ["holding"], "holding reply about a fault (JC11)"),
    ("Hello Mr Wadsworth,\n\nThanks for your question about order 113-9174026-5560183; I'm glad the tip sizes make sense now. Whenever you have a moment, a review on the Rill Home product page would help other shoppers decide, whatever your view of it turns out to be.\n\nTeodor",
     ["review-request"], "a neutral review request in the seller's own words: template-required only, not review-inducement (JC8)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("桑女士，您好：\n\nRill Go 可以配合牙套使用。请换上末端带一小簇软毛的正畸喷头，把水压调到一档或二档，沿着每个托槽和钢丝下方慢慢移动。刚开始可能要多花几分钟，熟练以后就快了。\n\n蒲若琳",
     ["advice", "braces"], "戴牙套使用冲牙器 (JC9)"),
    ("麦先生，您好：\n\n刚换声波牙刷的头一两周，牙龈偶尔出一点血比较常见，因为刷毛能碰到以前刷不到的地方。可以先改用温和模式，手上少用点力。如果两周以后还在出血，建议请牙医检查一下。\n\n邝嘉禾",
     ["advice"], "换用声波牙刷后牙龈出血 (JC9)"),
    ("应女士，您好：\n\n可以在满水箱的温水里加一瓶盖漱口水，用完后再用清水冲半箱，避免色素留在水箱里。请不要加盐、小苏打或者含油的东西，容易堵住水泵。\n\n蒲若琳",
     ["advice"], "冲牙器里加漱口水 (JC9)"),
    ("芦先生，您好：\n\nSway 的充电底座支持 100 到 240 伏电压，去欧洲只需要一个转换插头，不用变压器。Rill Home 的电源只适用于 120 伏，出国时请不要插在当地插座上，即使用了转换插头也不行。\n\n邝嘉禾",
     ["advice", "travel"], "出国使用属于产品使用 (JC10)"),
    ("查女士，您好：\n\n谢谢您发来冲牙器断断续续出水的视频。产品团队明天上午会逐帧看一遍，周五之前我在这里把他们的建议告诉您。\n\n蒲若琳",
     ["holding"], "故障的等待回复 (JC11)"),
    ("宗先生，您好：\n\n两款牙刷都有温和模式，牙齿敏感的人都可以用。区别在于 Sway 7 多了压力提示灯，用力过大时会变成橙色并减弱振动，对习惯用力刷牙的人更有帮助；Sway 3 没有这个功能，其他方面的清洁方式是一样的。\n\n邝嘉禾",
     ["advice", "comparison"], "买家问两款的区别，无价格无促销 (JC9)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("池小姐 您好：\n\nSway 7 的防水等級是 IPX7，淋浴時刷牙、用水龍頭沖洗都沒問題。不過請不要長時間泡水，也不要一直放在浴室熱氣最重的地方，用完擦乾，放回洗手槽旁的充電座就好。\n\n蘇芷萱",
     ["advice"], "淋浴時使用 (JC9, JC13)"),
    ("易先生 您好：\n\nRill Go 可以放在隨身行李裡帶上飛機。過安檢前請把水箱倒空，避免被當成液體；按住開關三秒可以鎖住按鍵，燈閃兩下表示已經鎖定，放在包包裡就不會誤開。到了目的地再按住三秒解鎖。\n\n顧承澤",
     ["advice", "travel"], "帶沖牙機搭飛機屬於產品使用 (JC10)"),
    ("冷太太 您好：\n\n沖牙機一般建議給六歲以上、能自己含住噴頭並控制吐水的孩子使用。一開始請用最低水壓，由家長在旁邊協助，每次一分鐘左右就夠了。沖牙機只是輔助，還是要配合刷牙。\n\n蘇芷萱",
     ["advice"], "兒童使用沖牙機 (JC9)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Upjohn,\n\nQuick version: the first charge is roughly ten hours, then you'll get about three weeks between charges. Double-tap within two seconds of starting to cycle through the modes; it keeps the last one. Every half minute it pauses, your cue to switch areas, and after two minutes it stops. Point the bristles towards the gums and just glide.\n\nImogen",
     "retells en/brush/first-use (JC12)"),
    ("Hello Mr Greatorex,\n\nStart on the lowest pressure for a week, with warm water in the tank. Put the tip in your mouth before you switch on, lean over the sink with your lips half closed, and work from the back teeth along the gums, a second or two per gap, outside then inside. A bit of bleeding early on is normal; if it goes on past a couple of weeks, tell your dentist.\n\nTeodor",
     "retells en/flosser/technique (JC12)"),
    ("Dear Ms Pettigrew,\n\nShort routine: after flossing, tip out what's left and let the pump run dry for a moment. Weekly: soap and warm water by hand, no dishwasher, or the seal may warp. Monthly: one cup of vinegar to two of warm water, pump half, soak ten minutes, pump the rest, flush clean. Fresh tips each season, or once they cloud over.\n\nHenrietta",
     "retells en/flosser/cleaning (JC12)"),
    ("Hi Mr Loveridge,\n\nA couple of things to try. Shaver sockets often go off with the light, so test another outlet. Wipe the base and the bottom of the handle clean and dry, and make sure it stands straight. From completely empty the light can take up to twenty minutes, so give it a night. Still dark in the morning? Send us a quick video.\n\nCaspian",
     "retells en/troubleshoot/not-charging (JC12)"),
    ("Hello Ms Fenby,\n\nFirst, reseat the tip firmly. Then check the small filter on the hose inside the tank and rinse or brush off any scale. A vinegar flush, as in the manual, clears deposits from the pump. Test it on full power over the sink; if it's still feeble, we'll repair or replace it under warranty.\n\nImogen",
     "retells en/troubleshoot/weak-jet (JC12)"),
    ("Hi Mr Scarisbrick,\n\nAny click-on Sway head goes on both the Sway 3 and the Sway 7, the CleanSweep included: match the flat sides, push till it clicks, and pull straight up to take it off. Mini heads are a different size and don't swap with the adult ones. Change heads about every three months; the blue middle bristles go pale when it's time.\n\nTeodor",
     "retells en/heads/compatibility (JC12, JC16)"),
    ("Dear Ms Hebblethwaite,\n\nSorry about the puddles. Check that the grey seal under the reservoir is lying flat in its groove, push it down where it has popped up, and reseat the reservoir. Make sure the tip has clicked in, too. If it keeps leaking, or water comes out of the base itself, unplug it and tell us, and we'll replace it.\n\nHenrietta",
     "retells en/apology/leak (JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("郜先生，您好：\n\n开机后两秒内再按一下就能换模式：洁净是日常用的，温和力度轻，适合牙龈敏感，亮洁最后半分钟会加强。顶部的灯变橙色说明太用力了，轻一点就好。每三十秒停一下提醒换区域，两分钟自动关。\n\n邝嘉禾",
     "改写 zh/brush/modes (JC12)"),
    ("乐女士，您好：\n\n标准喷头日常用；戴牙套用带软毛的正畸喷头；牙周喷头水流细而柔，冲牙龈沟；舌面喷头刷舌头。Go 和 Home 的喷头长短、接口都不同，不能混用。三个月换一次，全家共用时看底部的颜色圈区分。\n\n蒲若琳",
     "改写 zh/flosser/tips (JC12)"),
    ("衡先生，您好：\n\n牙刷有两年保修，从签收日算，管的是做工和材料问题；刷头、喷头这类耗材，还有摔坏或拆过的，不在范围内。麻烦发一段故障视频、一张手柄底部序列号的照片，再说一下从什么时候开始的。售后编号是 TWK-R-40188，看完资料一般会给您换新。\n\n邝嘉禾",
     "改写 zh/warranty/claim；保修条款不是物流 (JC12, JC15)"),
    ("谌女士，您好：\n\n抱歉给您带来困扰。咔嗒声一般是刷头没装牢：拔下来把牙膏擦干净，对准平面按到底再试。换个刷头就不响了，说明旧刷头松了；还响或者振动不稳，就拍十秒视频给我们，我们安排更换。\n\n蒲若琳",
     "改写 zh/apology/rattle (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("萬先生 您好：\n\n旅行盒沒有內建電池，要接 USB-C 線才會充；牙刷放進去蓋好，側燈亮就是在充，熄了就是滿了。收納前先甩乾，到了再打開透氣。Sway 3、Sway 7 都放得下，Mini 不行。\n\n蘇芷萱",
     "改寫 zh-tw/case/charging (JC12)"),
    ("雍太太 您好：\n\n三歲以上就能用，刷頭小、振動輕。先讓孩子拿著沒開的牙刷玩一下，再用輕柔檔在嘴唇外試試。七歲前最好大人幫忙，牙膏豌豆大小就好。它每三十秒停一次、兩分鐘自動關機。Mini 的刷頭和大人的不通用。\n\n顧承澤",
     "改寫 zh-tw/kids/guide (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Ms Birtwistle,\n\nUPS expects to deliver your Sway 7 on Thursday, tracking 1ZA47V090435520093. When it arrives, give it a full night on the charger before the first use, and start on Gentle mode for the first week while your gums get used to it.\n\nImogen",
     "delivery date plus first-use advice (JC7)"),
    ("Hello Mr Cheesewright,\n\nThe orthodontic tip that was missing from your Rill Home box shipped this morning with USPS. Until it arrives, the standard tip works around braces too: keep the pressure low and pause at each bracket.\n\nTeodor",
     "missing part shipped plus advice on braces (JC5, JC7)"),
    ("Dear Ms Underhill,\n\nYour return is approved and the prepaid UPS label is waiting in Your Orders. Before you pack it up, one thing may be worth a try: a weak jet is often just a clogged filter at the end of the hose in the tank, and rinsing it takes a minute.\n\nHenrietta",
     "return plus troubleshooting in own words (JC7)"),
    ("Hi Mr Tattersall,\n\nYour parcel is clearing customs in Montreal and should be released in a day or two. For the first week with the Rill Go, start on the lowest pressure and lean well over the sink; it takes a few days to get the knack.\n\nCaspian",
     "customs plus technique advice (JC6, JC7)"),
    ("Hello Ms Greenshields,\n\nYour brush heads left our California warehouse today by USPS and should arrive on Monday. They will fit both brushes in your house, the Sway 3 and the Sway 7, since any click-on Sway head works on either handle.\n\nImogen",
     "shipping plus compatibility advice (JC7, JC16)"),
]:
    free(M, "en", text, [TR], note, ["advice"])

for text, note in [
    ("尉先生，您好：\n\n换货的冲牙器明天由 FedEx 发出。收到之前，您现在那台还可以继续用，只是每次用完请把水箱倒空晾干，这样水垢会少很多。\n\n蒲若琳",
     "换货发出加保养建议 (JC7)"),
    ("欧阳女士，您好：\n\n包裹周四能送到。到手后第一件事是把牙刷放在底座上充满，第一周建议用温和模式，让牙龈慢慢适应。\n\n邝嘉禾",
     "送达时间加首次使用建议 (JC7)"),
    ("卫先生，您好：\n\n您的牙刷还在清关，刷头已经先送到了。等待期间可以先看看刷头中间的蓝色刷毛，以后它褪成浅色，就是该换刷头的时候了。\n\n蒲若琳",
     "清关加刷头更换提示 (JC6, JC7, JC16)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])

for text, note in [
    ("邊先生 您好：\n\n補寄的充電座今天已經寄出。在收到之前，可以先用旅行盒幫牙刷充電，只要接上 USB-C 線就可以了。\n\n蘇芷萱",
     "補寄加充電建議 (JC5, JC7)"),
    ("蒙太太 您好：\n\n牙刷預計週三送達。收到後建議先讓孩子握著沒開機的牙刷熟悉一下，再慢慢開始使用。\n\n顧承澤",
     "送達時間加兒童使用建議 (JC7)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, extra_log=False, sep=" "):
    """An approved template with one violating sentence added (JC3)."""
    note = note[:-1] + ", JC3)" if note.endswith(")") else note + " (JC3)"
    append(tid, vals, anchor, sentence, note, V, labels, extra_log, sep=sep, tags=["template-based"])


bad("en/brush/first-use", dict(buyer_name="Mr Nightingale", product=S3, first_charge="ten hours", agent_name=A4),
    "there is no need to scrub.",
    "P.S. For the next seven days, code FRESHTIDE15 takes 15% off a four-pack of CleanSweep heads.",
    [MKT, TR], "P.S. with a discount code for brush heads", sep="\n\n")
bad("en/flosser/technique", dict(buyer_name="Ms Colquhoun", product=GO, agent_name=A1),
    "at your next visit.",
    "If you're happy with the Rill Go, a five-star review would mean a great deal to our small team.",
    [RI, TR], "five-star request aimed at satisfied buyers")
bad("en/troubleshoot/not-charging", dict(buyer_name="Mr Loftus", product=S7, agent_name=A2),
    "the next step with you.",
    "For a much quicker answer, message our technician directly on WhatsApp: +1 610-555-0148.",
    [OPC, TR], "support moved to WhatsApp with a phone number")
bad("en/apology/leak", dict(buyer_name="Ms Hepworth", product=HOME, agent_name=A3),
    "a replacement will be arranged for you.",
    "And if you were planning to write a review about this, please message us first so we can make it right before anything is posted.",
    [RI, TR], "review gating: an unhappy buyer is asked to come to the seller before reviewing")
bad("en/heads/compatibility", dict(buyer_name="Mr Abercorn", product=S3, head="Sway CleanSweep head", agent_name=A4),
    "or after you have had a cold.",
    "When it is time for new heads, order them directly from tidewick-oral.com and you will get 10% off every pack.",
    [MKT, OPC, TR], "buy-again push with a discount on the seller's own site (JC16)")
bad("en/review/neutral-request", dict(buyer_name="Ms Gillingham", order_id="112-7315208-4460937", product=S7, agent_name=A1),
    "whatever it has been.",
    "Every review that includes a photo is entered into our monthly draw for a free Rill Go.",
    [RI, TR], "a prize draw for reviews turns the neutral template into an incentive")
bad("en/warranty/claim", dict(buyer_name="Mr Boothroyd", product=GO, warranty_period="two-year", case_id="TWK-R-40202",
    order_id="114-6618340-2075193", agent_name=A2),
    "which in most cases is a replacement unit.",
    "Once the replacement ships, track it at tidewick-oral.com/track, our own delivery page, rather than through Amazon.",
    [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required", extra_log=True)
bad("en/troubleshoot/weak-jet", dict(buyer_name="Ms Culshaw", product=GO, agent_name=A2),
    "under your warranty.",
    "For a quicker fix, our repair technician answers on Telegram at @tidewick_fix.",
    [OPC, TR], "repair advice moved to Telegram")
free(V, "en", "Hi Mr Cattermole,\n\nYour refund for the returned Sway 7 was issued this morning. Now that everything is settled, if you take down the 2-star review you left last week, we'll send you a $20 Amazon gift card as a thank-you.\n\nTeodor",
     [RI, TR], "refund of a return (logistics) plus a gift card for removing a review; the review part is not logistics (JC3)",
     ["free-written"])

bad("zh/brush/modes", dict(buyer_name="谈先生", product=S7_ZH, agent_name=Z1),
    "满两分钟后自动关机。",
    "如果还有不清楚的地方，可以添加客服微信号 tidewick_kf，客服会视频教您操作。",
    [OPC, TR], "产品使用指导转到微信")
bad("zh/review/neutral-request", dict(buyer_name="姬女士", order_id="113-0582764-9913428", product=GO_ZH, agent_name=Z2),
    "提供参考。",
    "留下五星好评后把截图发给我们，就能领取十美元返现。",
    [RI, TR], "五星好评截图返现")
bad("zh/apology/rattle", dict(buyer_name="鞠先生", product=S3_ZH, agent_name=Z1),
    "为您安排更换。",
    "新刷头会在您把之前的一星差评改掉以后再寄出。",
    [RI, TR], "以修改差评作为补寄的条件；这句话说的是评论而不是物流，所以标 template-required")
bad("zh/flosser/tips", dict(buyer_name="隋女士", product=HOME_ZH, agent_name=Z2),
    "喷头底部不同颜色的小圈可以帮助区分。",
    "另外，本店正畸喷头四支装本周限时七五折，欢迎顺手选购！",
    [MKT, TR], "喷头限时折扣促销 (JC16)")
bad("zh/warranty/claim", dict(buyer_name="揭先生", product=HOME_ZH, warranty_period="两年", order_id="111-7490263-3058816",
    case_id="TWK-R-40195", agent_name=Z1),
    "建立了售后编号 TWK-R-40195。",
    "另外，请到我们的官网 tidewick-oral.com 登记产品序列号，以后办理保修会更快。",
    [OPC, TR], "引导到卖家官网登记产品；保修登记不是物流 (JC15)")
free(V, "zh", "师女士，您好：\n\n您退回的冲牙器仓库已经签收。为了让退款更快到账，这次我们不走亚马逊退款，直接通过 Zelle 转账给您，请告诉我们您绑定 Zelle 的手机号码。\n\n蒲若琳",
     [OPC], "退货退款改走 Zelle：内容仍是退款这件物流事项，所以不标 template-required (JC3)", ["free-written"])

bad("zh-tw/case/charging", dict(buyer_name="商先生", product=VOY_TW, agent_name=W2),
    "放不進去。",
    "之後有任何問題，歡迎直接加我們的 LINE 官方帳號 @tidewicktw，回覆會比較快。",
    [OPC, TR], "客服轉到 LINE 官方帳號")
bad("zh-tw/troubleshoot/weak-jet", dict(buyer_name="言小姐", product=GO_TW, agent_name=W1),
    "安排維修或換新。",
    "如果問題解決了、您也滿意，請幫我們給個五星好評；如果還是不滿意，請先私訊我們，不要直接留評價。",
    [RI, TR], "滿意才請求五星好評，不滿意的先私訊：評論分流")
free(V, "zh", "聞小姐 您好：\n\n您的 Sway 7 今天已經寄出，UPS 追蹤單號 1ZA47V090448839071。另外，追蹤我們的 Instagram @tidewick.smiles 就能參加本月抽獎，刷頭組現在也有買二送一的活動。\n\n顧承澤",
     [MKT, OPC, TR], "寄出通知（物流）加 Instagram 抽獎與刷頭買二送一；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
