# -*- coding: utf-8 -*-
"""Labelled seller replies of t76 (imported by gen.py). Every text was written for this set.

Order of sections: filled-template, fill-plus-logistics, logistics, free-non-logistics, rewritten,
mixed-logistics, violating. "JCn" in a note refers to the judgement calls in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


# ---------------------------------------------------------------- invented identifiers (deterministic, unique per n)
def ORD(n):
    return "%d-%07d-%07d" % (111 + n % 4, (n * 7919 + 1234567) % 10 ** 7, (n * 104729 + 7654321) % 10 ** 7)


def UPS(n):
    return "1ZT9A0E2%010d" % ((n * 48271 + 3000017) % 10 ** 10)


def FDX(n):
    return "79%010d" % ((n * 7727 + 55001) % 10 ** 10)


def USPS(n):
    return "9361289%015d" % ((n * 99991 + 123457) % 10 ** 15)


def PRO(n):
    return "51%08d" % ((n * 3571 + 100003) % 10 ** 8)


def CASE(n):
    return "TWH-C-%05d" % (30100 + n * 7)


# ---------------------------------------------------------------- helpers
def render(tid, vals):
    want = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render a template and apply (old, new) edits; every old string must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, text.count(old), tid))
        text = text.replace(old, new)
    kind = (["exact"] if not edits else ["edited"]) if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=not edits, extra=extra, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(paras) == 1, (tid, starts)
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: two adjacent sentences change places."""
    return (a + sep + b, b + sep + a)


def plus(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    """Add one sentence after `anchor` (a paragraph break when sep is a blank line)."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


# ---------------------------------------------------------------- people and products (all invented)
E1, E2, E3, E4 = "Marisol Eberhart-Quayle", "Thaddeus Ormsby", "Imogen Vasari-Clune", "Cormac Adewale-Stroud"
Z1, Z2 = "卞立新", "阙雅楠"
T1, T2 = "梅若蘭", "易宗翰"
K32, K64 = "Tidewell Keel 32 water softener", "Tidewell Keel 64 twin-tank water softener"
RILLO, SLIM = "Tidewell Rillo shower filter", "Tidewell Rillo Slim shower filter"
STRIPS = "Tidewell HardCheck test strips"
BYPASS = "Tidewell 1-inch bypass valve"
RILLO_LONG = ("Tidewell Rillo Shower Filter for Hard Water, Multi-Stage KDF and Calcium Sulfite Filtration, Reduces Free "
              "Chlorine and Odor, Universal Fit for Any Fixed or Handheld Shower Head, Chrome Finish, Thread Tape Included")
K64_LONG = ("Tidewell Keel 64 Twin-Tank Water Softener System, 64,000 Grain Capacity, Uninterrupted Soft Water Around the "
            "Clock, Metered Digital Control Valve, Brine Tank and 1-Inch Bypass Valve Included, for Large Homes")
STRIPS_LONG = "Tidewell HardCheck total hardness test strips, 50 count, reads 0 to 25 grains per gallon"
K32_ZH, K64_ZH = "Tidewell Keel 32 软水机", "Tidewell Keel 64 双罐软水机"
RILLO_ZH = "Tidewell Rillo 淋浴过滤器"
RILLO_ZH_LONG = "Tidewell Rillo 淋浴过滤器 硬水专用 KDF 与亚硫酸钙多级过滤 减少余氯和异味 适配各类固定及手持花洒 镀铬外壳 附生料带"
BYPASS_ZH = "Tidewell 一英寸旁通阀"
RILLO_TW, SLIM_TW = "Tidewell Rillo 淋浴過濾器", "Tidewell Rillo Slim 淋浴過濾器"
CART_TW_LONG = "Tidewell Rillo 替換濾芯 兩入組 KDF 與亞硫酸鈣雙重過濾 減少餘氯 適用 Rillo 全系列淋浴過濾器"
K32_TW, K64_TW = "Tidewell Keel 32 軟水機", "Tidewell Keel 64 雙桶軟水機"

# ================================================================ 1. filled templates -> []
F = "filled-template"
T = "en/filter/cartridge-change"
fill(T, dict(buyer_name="Ms Ravenhill", product=RILLO, months="six months", agent_name=E1), "exact fill")
fill(T, dict(buyer_name="Mr Oyelowo-Hart", product=SLIM, months="four months", agent_name=E2),
     "a congratulation on the buyer's move added after the greeting (JC2)",
     edits=[("Hello Mr Oyelowo-Hart,", "Hello Mr Oyelowo-Hart,\n\nCongratulations on the new house; I hope the move itself went smoothly.")],
     tags=["warm-line"])
fill(T, dict(buyer_name="Ms Trelawny-Osei", product=RILLO_LONG, months="six months", agent_name=E3),
     "the whole listing title (it says 'Reduces Free Chlorine') in the product slot (JC2, JC14)", edits=[("Warm regards,", "All the best,")],
     tags=["long-value", "sign-off"])
T = "en/softener/salt"
fill(T, dict(buyer_name="Mr Kilbride", product=K32, agent_name=E2), "exact fill")
_v = dict(buyer_name="Ms Oduduwa", product=K64, agent_name=E4)
fill(T, _v, "first two paragraphs hard-wrapped at 64 columns, as pasted from a desktop mail client (JC2)",
     edits=[wrap(T, _v, "Thanks for your question", 64), wrap(T, _v, "Keep the salt level", 64)], tags=["reflow"])
fill(T, dict(buyer_name="Mr Feeney-Amato", product=K32, agent_name=E1), "sign-off turned into a warm line (JC2)",
     edits=[("Best wishes,", "Good luck with the first fill, and best wishes,")], tags=["sign-off", "warm-line"])
T = "en/softener/hardness-setup"
fill(T, dict(buyer_name="Ms Lachlan-Ree", product=K32, hardness="18 grains per gallon", agent_name=E3), "exact fill")
fill(T, dict(buyer_name="Mr Strachan", product=K64, hardness="24 grains per gallon", agent_name=E4),
     "one sentence of the second paragraph split in two (JC2)",
     edits=[("use the arrow keys to adjust it, and press SET again to save.", "use the arrow keys to adjust it. Then press SET again to save.")],
     tags=["split"])
fill(T, dict(buyer_name="Mrs Abiodun-Clare", product=K32, hardness="12 grains per gallon", agent_name=E1),
     "the iron sentence paraphrased with the same rule (JC2)",
     edits=[("If your home has iron in the water, add 4 grains for every part per million of iron, so the softener regenerates a little more often.",
             "Where your supply contains iron, add 4 grains per part per million of it so that regeneration happens slightly more often.")],
     tags=["paraphrase"])
T = "en/test/strips"
fill(T, dict(buyer_name="Mr Van Oost", strips=STRIPS, agent_name=E4), "exact fill")
fill(T, dict(buyer_name="Ms Quiroga", strips=STRIPS_LONG, agent_name=E2),
     "listing title in the slot; the two sentences of the last paragraph swapped (JC2)",
     edits=[swap("Keep the cap closed tightly between uses.",
                 "The strips react to humidity in the air and start to drift after about a year once the bottle has been opened.")],
     tags=["long-value", "reorder"])
T = "en/troubleshoot/low-pressure"
fill(T, dict(buyer_name="Ms Hartigan", product=RILLO, agent_name=E1), "exact fill")
fill(T, dict(buyer_name="Mr Mbatha-Lowe", product=SLIM, agent_name=E3), "greeting changed and a sympathy line added (JC2)",
     edits=[("Hi Mr Mbatha-Lowe,", "Good evening Mr Mbatha-Lowe,\n\nA feeble shower after a night shift is the last thing anyone needs.")],
     tags=["greeting", "warm-line"])
T = "en/troubleshoot/salt-bridge"
fill(T, dict(buyer_name="Mr Cardew", product=K64, agent_name=E2), "exact fill")
fill(T, dict(buyer_name="Ms Ekwueme", product=K32, agent_name=E4), "second and third paragraphs run together (JC2)",
     edits=[("five seconds.\n\nDamp basements", "five seconds. Damp basements")], tags=["merge"])
T = "en/warranty/claim"
fill(T, dict(buyer_name="Mr Rasmussen-Keane", product=K32, years="five-year", case_id=CASE(1), order_id=ORD(1), agent_name=E3),
     "exact fill")
fill(T, dict(buyer_name="Ms Ferrier-Obi", product=K64_LONG, years="seven-year", case_id=CASE(2), order_id=ORD(2), agent_name=E1),
     "listing title in the product slot; sign-off wording changed (JC2)", edits=[("Sincerely,", "Yours sincerely,")],
     tags=["long-value", "wording"])
T = "en/apology/valve-drip"
fill(T, dict(buyer_name="Mrs Castleton", product=BYPASS, agent_name=E4), "exact fill")
fill(T, dict(buyer_name="Mr Ilunga", product=BYPASS, agent_name=E2), "the assembly-team sentence paraphrased, same fact (JC2)",
     edits=[("We have passed this on to our assembly team so that the O-rings are greased before packing.",
             "Our assembly team has been told about it, and O-rings will now be greased before the valves are packed.")],
     tags=["paraphrase"])
T = "en/review/neutral-request"
fill(T, dict(buyer_name="Ms Wetherell", product=K32, order_id=ORD(3), agent_name=E1),
     "exact fill; the only request for this order, no praise before it (JC9)")
fill(T, dict(buyer_name="Mr Dabrowski", product=RILLO, order_id=ORD(4), agent_name=E3),
     "greeting changed; the only request for this order (JC2, JC9)",
     edits=[("Hello Mr Dabrowski,", "Dear Mr Dabrowski,")], tags=["greeting"])

T = "zh/filter/install"
fill(T, dict(buyer_name="邝先生", product=RILLO_ZH, agent_name=Z1), "exact fill")
fill(T, dict(buyer_name="蒋女士", product=RILLO_ZH, agent_name=Z2), "问候之后加了一句关于装修的客套话 (JC2)",
     edits=[("蒋女士，您好：", "蒋女士，您好：\n\n听说您家的浴室刚翻新完，祝收尾一切顺利。")], tags=["warm-line"])
fill(T, dict(buyer_name="岳先生", product=RILLO_ZH_LONG, agent_name=Z1), "整段商品标题放入 product 占位符（含“减少余氯”） (JC2, JC14)",
     tags=["long-value"], edits=[("祝生活愉快，", "祝您用得顺心，")])
T = "zh/bypass/valve"
fill(T, dict(buyer_name="欧阳女士", product=BYPASS_ZH, agent_name=Z2), "exact fill")
fill(T, dict(buyer_name="雷先生", product=BYPASS_ZH, agent_name=Z1), "最后一段两句对调 (JC2)",
     edits=[swap("转动手柄时请慢慢操作，不要用力过猛。", "如果手柄转动很紧，可以在关闭总阀以后，在手柄根部的密封圈上涂一点食品级硅脂。", sep="")],
     tags=["reorder"])
fill(T, dict(buyer_name="谷女士", product=BYPASS_ZH, agent_name=Z2), "第一、二段合并为一段 (JC2)",
     edits=[("再进入家中。\n\n需要维修", "再进入家中。需要维修")], tags=["merge"])
T = "zh/warranty/claim"
fill(T, dict(buyer_name="麦先生", product=K32_ZH, years="五年", case_id=CASE(3), order_id=ORD(5), agent_name=Z1), "exact fill")
fill(T, dict(buyer_name="司马先生", product=K64_ZH, years="七年", case_id=CASE(4), order_id=ORD(6), agent_name=Z2),
     "结尾加了一句周末问候 (JC2)",
     edits=[("一个工作日内给您答复。", "一个工作日内给您答复。祝您周末愉快！")], tags=["sign-off", "warm-line"])
T = "zh/apology/salty-water"
fill(T, dict(buyer_name="应女士", product=K32_ZH, agent_name=Z2), "exact fill")
fill(T, dict(buyer_name="柳先生", product=K64_ZH, agent_name=Z1), "停电那一句换了说法，事实不变 (JC2)",
     edits=[("最常见的情况是再生进行中途停电，或者有人在凌晨再生时间段大量用水。",
             "这种情况多半是再生做到一半时停了电，或者凌晨再生期间家里有人在大量用水。")], tags=["paraphrase"])
T = "zh/review/neutral-request"
fill(T, dict(buyer_name="章女士", product=RILLO_ZH, order_id=ORD(7), agent_name=Z1), "exact fill；本订单唯一一次邀请 (JC9)")
fill(T, dict(buyer_name="沃先生", product=K32_ZH, order_id=ORD(8), agent_name=Z2), "问候语改为“下午好”；本订单唯一一次邀请 (JC2, JC9)",
     edits=[("沃先生，您好：", "沃先生，下午好：")], tags=["greeting"])

T = "zh-tw/filter/cartridge-life"
fill(T, dict(buyer_name="龐小姐", product=RILLO_TW, months="六個月", agent_name=T1), "exact fill")
fill(T, dict(buyer_name="鄔先生", product=CART_TW_LONG, months="四個月", agent_name=T2), "整段商品標題放入 product 佔位符（含「減少餘氯」） (JC2, JC14)",
     tags=["long-value"])
fill(T, dict(buyer_name="丘太太", product=SLIM_TW, months="五個月", agent_name=T1), "問候後加一句恭喜的話 (JC2)",
     edits=[("丘太太 您好：", "丘太太 您好：\n\n聽說府上剛添了一位小寶寶，恭喜恭喜！")], tags=["warm-line"])
T = "zh-tw/softener/vacation"
fill(T, dict(buyer_name="宋太太", product=K32_TW, agent_name=T2), "exact fill")
fill(T, dict(buyer_name="魯先生", product=K64_TW, agent_name=T1), "第二段的長句拆成兩句 (JC2)",
     edits=[("改為「暫停」，並關閉進水總閥。", "改為「暫停」。接著關閉進水總閥。")], tags=["split"])
T = "zh-tw/troubleshoot/brine-overflow"
fill(T, dict(buyer_name="賀先生", product=K32_TW, agent_name=T2), "exact fill")
fill(T, dict(buyer_name="錢小姐", product=K64_TW, agent_name=T1), "第一段兩句對調 (JC2)",
     edits=[swap("很抱歉 " + K64_TW + " 的鹽桶水位變得這麼高。",
                 "正常情況下，鹽桶底部只會有十到十五公分的水；水位一直上升，通常表示再生時鹽水沒有被順利吸走。", sep="")],
     tags=["reorder"])
T = "zh-tw/review/neutral-request"
fill(T, dict(buyer_name="段先生", product=RILLO_TW, order_id=ORD(9), agent_name=T1), "exact fill；本訂單唯一一次邀請 (JC9)")
fill(T, dict(buyer_name="曹太太", product=K32_TW, order_id=ORD(10), agent_name=T2), "結尾祝語加長；本訂單唯一一次邀請 (JC2, JC9)",
     edits=[("謝謝\n", "謝謝，也祝您闔家安康\n")], tags=["sign-off"])

# ================================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    note = re.sub(r"\((JC[^)]*)\)$", r"(JC1, \1)", note) if note.endswith(")") else note + " (JC1)"
    plus(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/filter/cartridge-change", dict(buyer_name="Ms Ngcobo", product=RILLO, months="six months", agent_name=E3),
         "this clears by itself.",
         "The two-pack of spare cartridges on your order left our Kent, Washington warehouse in a separate box with FedEx Home Delivery, tracking %s, and should reach you on Monday." % FDX(1),
         "split-shipment tracking as its own paragraph", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/softener/salt", dict(buyer_name="Mr Tembo-Reyes", product=K32, agent_name=E4),
         "in the same fill.",
         "The two 40-pound salt bags on your order are too heavy for the Amazon Locker you picked, so UPS will bring them to the street address on the order instead.",
         "locker refused for heavy salt bags (JC4, JC15)", ["locker", "delivery"])
fill_log("en/softener/hardness-setup", dict(buyer_name="Ms Haugland", product=K32, hardness="15 grains per gallon", agent_name=E1),
         "which is normal.",
         "The bypass valve that should have been in your box went out this morning by USPS, tracking %s." % USPS(1),
         "missing part sent (JC6)", ["fulfilment", "tracking"])
fill_log("en/troubleshoot/low-pressure", dict(buyer_name="Mr Sorrell", product=SLIM, agent_name=E2),
         "look at the next step together.",
         "If you would rather send the filter back, start a return in Your Orders; the return label is free because the fault is ours.",
         "return offered, free return label (JC14)", ["returns"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Delacroix-Ayo", product=K64, years="seven-year", case_id=CASE(5), order_id=ORD(11),
         agent_name=E4), "for order %s." % ORD(11),
         "If the whole system has to come back to us, we will book a freight pickup from your garage, so there is nothing for you to haul to a depot.",
         "how a pallet-sized softener would travel back (JC5)", ["freight", "returns"])
fill_log("en/test/strips", dict(buyer_name="Mr Oyebanji", strips=STRIPS, agent_name=E3),
         "once the bottle has been opened.",
         "As you asked, we cancelled the second bottle of strips that was ordered twice by mistake; it had not shipped, so you will not be charged for it.",
         "duplicate line cancelled at the buyer's request (JC6)", ["cancellation"])
fill_log("zh/filter/install", dict(buyer_name="闻先生", product=RILLO_ZH, agent_name=Z2), "一般就能解决。",
         "您同一订单中的两支替换滤芯从另一个仓库单独发货，运单号 %s，预计周三送达。" % UPS(1),
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/bypass/valve", dict(buyer_name="缪女士", product=BYPASS_ZH, agent_name=Z1), "食品级硅脂。",
         "另外，您反映收到的旁通阀少了一个固定卡扣，新的卡扣今天已免费补发，由 USPS 寄出。",
         "缺件免费补发 (JC6, JC14)", ["fulfilment"])
fill_log("zh/warranty/claim", dict(buyer_name="裘先生", product=K32_ZH, years="五年", case_id=CASE(6), order_id=ORD(12), agent_name=Z2),
         "建立售后案例 %s。" % CASE(6),
         "如需寄回检测，我们会通过亚马逊提供预付退货面单；寄出前请把阀体里的水倒干净并套上塑料袋，承运商不收会漏水的包裹。",
         "寄回检测的面单和承运商的防漏要求 (JC4)", ["returns", "packing"])
fill_log("zh/apology/salty-water", dict(buyer_name="郜女士", product=K64_ZH, agent_name=Z1), "我们会继续跟进。",
         "如果您决定退货，可以直接在“您的订单”页面申请；这台软水机体积较大，我们会安排货运公司上门取件。",
         "退货与上门货运取件 (JC5)", ["returns", "freight"])
fill_log("zh-tw/softener/vacation", dict(buyer_name="應先生", product=K32_TW, agent_name=T2), "協助排空管線。",
         "您另外訂購的兩包軟水鹽已經出貨，追蹤單號 %s，預計週四送達；鹽袋很重，司機會放在門口。" % UPS(2),
         "另外訂購的軟水鹽追蹤單號 (JC4)", ["tracking", "delivery"])
fill_log("zh-tw/troubleshoot/brine-overflow", dict(buyer_name="滕太太", product=K32_TW, agent_name=T1), "顯示的代碼。",
         "如果確定要更換控制閥，新的閥體會先寄出給您，舊閥體請用同一個紙箱裝好，貼上隨貨附的退貨標籤寄回即可。",
         "先寄後收的換貨流程 (JC6)", ["returns", "fulfilment"])

# ================================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Kahananui,\n\nThe ResinRenew cleaner on your order counts as a limited-quantity hazardous material, so carriers will move it by ground and ocean only, never by air. That is why it left separately from your test strips, which flew and arrived yesterday. The cleaner is with FedEx under tracking %s and should reach Maui in about ten days.\n\nKind regards,\nMarisol" % FDX(2),
     ["hazmat", "split-shipment", "tracking"], "ground-only carriage of a regulated cleaner (JC4, JC14)"),
    ("Hi Ms Albrecht-Nunes,\n\nWe're not able to send the ResinRenew cleaner to the PO box on your order, because USPS does not accept it. Could you reply with a street address where a parcel can be left? As soon as we have it, the order ships by UPS Ground.\n\nThaddeus",
     ["hazmat", "address"], "PO box refused for a regulated cleaner (JC4)"),
    ("Dear Mr Oberlin,\n\nThe Keel 64 weighs about 165 pounds on its pallet, so it travels with Estes Express rather than a parcel service. Your PRO number is %s. When it reaches the local terminal, Estes will phone the number on your order to agree a four-hour delivery window. Delivery is to the curb with a liftgate truck; the driver will not carry it indoors or down to a basement.\n\nRegards,\nImogen" % PRO(1),
     ["freight", "delivery-appointment"], "LTL freight and booking a delivery window (JC5, JC14)"),
    ("Hello Ms Kapoor-Lind,\n\nBefore you sign for the pallet, please walk round it with the driver. If the shrink wrap is torn or the brine tank carton is dented, write \"damaged\" and a short description on the delivery receipt, then sign and take photos. That note is what lets us file a claim with the carrier, and we will send replacement parts as soon as you tell us. If everything looks fine, sign as normal.\n\nCormac",
     ["freight", "damage"], "inspecting a freight delivery before signing (JC5, JC7)"),
    ("Hi Mr Whitlow,\n\nUPS marked your parcel as undeliverable this morning because the driver could not get through the gate at your community. Could you reply with the gate code, or tell us where the driver should leave the box? We will pass it to UPS and they will try again on the next business day.\n\nMarisol",
     ["delivery-exception", "address"], "delivery exception, access details (JC15)"),
    ("Hello Ms Gallardo,\n\nA case of softener salt weighs more than an Amazon Locker compartment can take, which is why the locker you chose was declined at checkout and the order is now set to go to your home. If nobody will be in, you can ask UPS to hold it at an Access Point once the tracking number appears in Your Orders.\n\nThaddeus",
     ["locker", "pickup-point"], "locker declined for a heavy item (JC4, JC15)"),
    ("Dear Mr Danforth,\n\nAs you asked, UPS is holding your Rillo filter at the Access Point inside the pharmacy on Cedar Street. Please bring a photo ID and tracking number %s. They keep parcels for seven days; after that it comes back to us and we refund the order.\n\nImogen" % UPS(3),
     ["pickup-point", "tracking"], "parcel held at a pickup point (JC15)"),
    ("Hi Ms Beaulieu-Tran,\n\nYour Keel 32 is waiting for customs clearance in Surrey, British Columbia, which usually takes one to three business days. The duties and import fees were collected by Amazon at checkout, so please do not pay anything at the door. If the courier asks for money, send us a photo of the notice and we will sort it out with them.\n\nCormac",
     ["customs"], "customs hold, import fees prepaid (JC7)"),
    ("Hello Mr Pinnock-Ade,\n\nI'm sorry the brine tank lid arrived cracked. That happened in transit, and you should not have to put up with it. A new lid left us today by UPS, tracking %s. Please keep the broken one until the carrier's claims team tells us whether they need it back; we will let you know here.\n\nMarisol" % UPS(4),
     ["damage", "tracking"], "part damaged in transit, replacement sent (JC6, JC7)"),
    ("Dear Ms Szeto,\n\nTo send the Keel 32 back, start the return in Your Orders and print the UPS label. Before packing, unplug the valve, set the bypass, disconnect the unit and tip out the water left in the brine tank; then let the resin tank stand upside down on a towel overnight. UPS refuses cartons that leak, so the unit needs to be as dry as possible. The original box and foam are best.\n\nThaddeus",
     ["returns", "packing"], "return packing: carriers refuse leaking cartons (JC4)"),
    ("Hi Mr Oakes,\n\nOur Lebanon, Tennessee warehouse checked in your returned Keel 32 this morning. A refund of $459.00 has gone back to your original payment method and normally appears within three to five business days.\n\nImogen",
     ["refund", "returns"], "refund of a return (JC14, JC15)"),
    ("Hello Ms Farah-Lowry,\n\nYour returned Keel 64 reached us without its bypass valve, so we have refunded $849.00 now, which is the price less $39.00 for the valve. If the valve turns up, send it with the free return label in Your Orders and we will refund the remaining $39.00 when it arrives.\n\nCormac",
     ["refund", "returns"], "partial refund of a return missing a part (JC6, JC14)"),
    ("Dear Mr Yoshida-Kemp,\n\nYour order left our warehouse yesterday, so we can no longer change the address on it ourselves. UPS can still redirect it: look up tracking number %s in UPS My Choice and choose to change the delivery address, or have it held at an Access Point close to your new place. UPS may charge a small fee for the redirect.\n\nMarisol" % UPS(5),
     ["address", "tracking"], "address change after dispatch (JC15)"),
    ("Hi Ms Nkosi,\n\nWe have cancelled order %s as you asked. It had not left the warehouse, so there is nothing to send back, and the pending charge on your card will drop off within a few days.\n\nThaddeus" % ORD(13),
     ["cancellation"], "cancellation at the buyer's request before dispatch (JC6)"),
    ("Hello Mr Brathwaite,\n\nYour salt order is stuck at the FedEx hub in Memphis because of the ice storm there; nothing is moving out until the roads are cleared. FedEx now expects to deliver it on Tuesday instead of Friday. You can follow it under tracking %s, and if it has not arrived by Wednesday, tell us and we will send another case.\n\nImogen" % FDX(3),
     ["delay", "tracking"], "weather delay of a shipment (JC15)"),
    ("Dear Ms Ostrander,\n\nYou are right: we sent the Rillo Slim instead of the standard Rillo you ordered. The correct filter went out this afternoon by USPS, tracking %s. Please use the free return label we have added to Your Orders to send the Slim back whenever it suits you.\n\nCormac" % USPS(2),
     ["fulfilment", "returns", "tracking"], "wrong model replaced (JC6, JC14)"),
    ("Hi Mr Caffrey,\n\nYour salt comes on a Subscribe & Save schedule every eight weeks. To push the next delivery back, open Your Account, go to Subscribe & Save, and choose to skip that delivery or change its date. The change applies only to the delivery you pick; the schedule after it stays the same.\n\nMarisol",
     ["delivery", "subscription"], "delivery schedule of an existing subscription, asked by the buyer (JC11)"),
    ("Hello Ms Greaves,\n\nThe tracking for your cartridges has shown no movement since Monday, so we have asked UPS to open a trace on %s. If it has not moved by Friday, we will ship a new set at our cost and let the lost parcel go.\n\nThaddeus" % UPS(6),
     ["tracking", "delay"], "trace on a stalled parcel (JC15)"),
    ("Dear Mr Obuya,\n\nI'm sorry one of the salt bags split inside the carton on the way to you. A replacement bag is on its way with FedEx, tracking %s. There is no need to send the spilled salt back; you can still use any clean pellets in the brine tank.\n\nImogen" % FDX(4),
     ["damage", "tracking"], "bag burst in transit, replacement sent (JC7)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("鲍女士，您好：\n\n您订的 ResinRenew 树脂清洗剂属于限量危险品，承运商只允许陆运，不能空运，所以它和试纸分开发货。试纸已经送达，清洗剂由 FedEx 陆运，运单号 %s，预计下周二送达。\n\n卞立新" % FDX(5),
     ["hazmat", "split-shipment", "tracking"], "限量危险品只能陆运 (JC4)"),
    ("焦先生，您好：\n\nKeel 64 连同托盘重约一百六十五磅，由 Estes 货运公司负责配送，货运单号（PRO）%s。货物到达当地站点后，对方会打电话和您约定送货时段，送货车带尾板，只送到路边，不负责搬进室内。\n\n阙雅楠" % PRO(2),
     ["freight", "delivery-appointment"], "大件货运与预约送货 (JC5)"),
    ("盛先生，您好：\n\nUPS 今天上午派送时没有找到您地址里的 12B 室，包裹被标记为派送异常。麻烦您回复正确的门牌号或者楼栋入口的位置，我们会转告 UPS，下一个工作日会再派送一次。\n\n卞立新",
     ["delivery-exception", "address"], "派送异常，需要补充地址 (JC15)"),
    ("何先生，您好：\n\n按照您的要求，包裹已转到附近的 UPS Access Point 自提点保管。取件时请带上带照片的证件和运单号 %s，自提点会保留七天。\n\n阙雅楠" % UPS(7),
     ["pickup-point", "tracking"], "自提点取件 (JC15)"),
    ("阎女士，您好：\n\n您的 Keel 32 目前在加拿大温哥华等待清关，一般需要一到三个工作日。关税和进口费用在下单时已经由亚马逊收取，派送时如果有人向您收费，请不要付款，拍下通知单发给我们处理即可。\n\n卞立新",
     ["customs"], "清关与已预付的关税 (JC7)"),
    ("查先生，您好：\n\n非常抱歉，盐箱的盖子在运输途中压裂了。我们已经免费补发新的盖子，今天由 USPS 寄出，运单号 %s。旧盖子请先保留，等承运商理赔结束后我们再告诉您如何处理。\n\n阙雅楠" % USPS(3),
     ["damage", "tracking"], "运输损坏，免费补发 (JC7, JC14)"),
    ("邹女士，您好：\n\n退回 Keel 32 时，请先在“您的订单”页面申请退货并打印 UPS 面单。装箱前请拔掉电源、切换到旁通、拆下软水机，倒掉盐箱里的水，再把树脂罐倒置晾一晚。承运商不接收漏水的纸箱，所以机器越干越好，最好使用原包装。\n\n卞立新",
     ["returns", "packing"], "退货包装：承运商不收漏水的箱子 (JC4)"),
    ("甄先生，您好：\n\n您退回的 Rillo 淋浴过滤器仓库今天已经签收，29.99 美元的退款已经原路退回，一般三到五个工作日到账。\n\n阙雅楠",
     ["refund", "returns"], "退货退款 (JC14, JC15)"),
    ("邓先生，您好：\n\n您的订单还没有发货，我们已经按照您的要求把收货地址修改为新地址，包裹会直接寄到新家。\n\n卞立新",
     ["address"], "发货前修改收货地址 (JC14, JC15)"),
    ("薄女士，您好：\n\n您重复下的第二笔订单 %s 已经为您取消，商品尚未发出，不会产生任何费用。\n\n阙雅楠" % ORD(14),
     ["cancellation"], "取消重复下的订单 (JC6, JC14)"),
    ("宣先生，您好：\n\n受暴风雪影响，仓库这两天无法发货，您的软水盐预计推迟三天发出。发货后我们会在这里告诉您运单号。\n\n卞立新",
     ["delay"], "发货延迟说明 (JC15)"),
    ("冉女士，您好：\n\n很抱歉发错了货，您订的是 Rillo 标准款，我们寄成了 Slim 款。正确的型号今天已经发出，运单号 %s；发错的那件请用我们在“您的订单”里添加的免费退货面单寄回。\n\n阙雅楠" % FDX(6),
     ["fulfilment", "returns", "tracking"], "发错型号后补发正确的商品 (JC6)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("鄭小姐 您好：\n\nKeel 64 連同棧板大約七十五公斤，會由 Estes 貨運送達，貨運單號（PRO）%s。貨物到了當地站點之後，貨運公司會打電話和您約定送貨時段；卡車有升降尾板，但只送到門口路邊。\n\n梅若蘭" % PRO(3),
     ["freight", "delivery-appointment"], "大型貨運與約定送貨時段 (JC5)"),
    ("黎先生 您好：\n\n您的訂單分成兩個包裹出貨：軟水機已經送達，試紙和旁通閥在另一個包裹裡，追蹤單號 %s，預計明天送達。\n\n易宗翰" % FDX(7),
     ["split-shipment", "tracking"], "分批出貨的追蹤單號 (JC15)"),
    ("孫小姐 您好：\n\n退回 Keel 32 前，請先在「您的訂單」申請退貨並列印 UPS 標籤。裝箱前請把鹽桶裡的水倒掉，樹脂桶倒放晾乾一個晚上；貨運公司不收會漏水的紙箱，所以請盡量保持乾燥。\n\n梅若蘭",
     ["returns", "packing"], "退貨包裝須保持乾燥 (JC4)"),
    ("馮太太 您好：\n\n倉庫今天已經簽收您退回的旁通閥，39.00 美元已經退回原付款方式，通常三到五個工作天入帳。\n\n易宗翰",
     ["refund", "returns"], "退貨退款 (JC14, JC15)"),
    ("趙先生 您好：\n\n包裹昨天已經出貨，我們這邊無法再修改地址。您可以用追蹤單號 %s 在 UPS My Choice 申請改送新地址，UPS 可能會收一點改派費用。\n\n梅若蘭" % UPS(8),
     ["address", "tracking"], "出貨後改送地址 (JC15)"),
    ("彭太太 您好：\n\n很抱歉，鹽桶在運送途中被壓出裂痕。新的鹽桶今天已經補寄，追蹤單號 %s；舊的鹽桶請先留著，等貨運公司理賠結束再處理。\n\n易宗翰" % UPS(9),
     ["damage", "tracking"], "運送途中損壞，補寄新品 (JC7)"),
    ("高小姐 您好：\n\n您的大樓沒有人簽收時，司機可以把包裹交給一樓管理室代收。我們已經把這項指示加到送貨備註裡，下一次派送就會照這樣處理。\n\n梅若蘭",
     ["delivery", "address"], "交由管理室代收包裹 (JC15)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ================================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Venables,\n\nFor five people on 20-grain water, the Keel 64 is the better fit. The Keel 32 would manage, but it would regenerate almost every night, using more salt and water. With the 64 you can expect a regeneration about every four days.\n\nCormac",
     ["advice", "comparison"], "sizing answer to the buyer's question; no price, offer or push (JC10)"),
    ("Hello Ms Abernant-Vos,\n\nYes, the Rillo fits between the shower arm and a handheld hose. Screw the filter onto the arm, then attach the hose holder to the filter's outlet. The threads on both ends are the standard half-inch size.\n\nMarisol",
     ["advice", "compatibility"], "compatibility question (JC10)"),
    ("Dear Mr Heseltine,\n\nPotassium chloride works in both Keel models if you would like to avoid sodium. It is less efficient, so raise the hardness setting by about a quarter, and expect to use roughly a third more by weight than you would with salt pellets.\n\nThaddeus",
     ["advice"], "salt alternative (JC10)"),
    ("Hi Ms Okwuegbu,\n\nSoftened water is fine for most people to drink, but it does carry a little extra sodium. For watering houseplants we would suggest the outside tap, which is usually plumbed before the softener, because sodium builds up in potting soil.\n\nImogen",
     ["advice"], "drinking and plant watering (JC10)"),
    ("Hello Mr Frobisher,\n\nThanks for sending the video of the E4 code on your control panel. I've passed it to our technician, who will go through it tomorrow morning and write back here with the next step. Until then the softener can stay in bypass so you still have water.\n\nCormac",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Hi Ms Carrick-Doyle,\n\nIf you've got a minute some time, we'd be glad of an honest review of your Rillo on Amazon, whatever you make of it. No need to write back to us.\n\nMarisol",
     ["review"], "neutral review request in the seller's own words: not review-inducement, but no template (JC9)"),
    ("Dear Mr Lazenby,\n\nTo be straightforward about it: the Rillo does not remove fluoride. Its media are aimed at chlorine and at the scale that dries out skin and hair. Taking out fluoride needs a reverse osmosis system, which works at a much lower flow than a shower.\n\nThaddeus",
     ["advice"], "honest answer about what the filter removes (JC10)"),
    ("Hello Ms Wijeratne,\n\nThe drain line can run up to eight feet above the control valve, as long as the house pressure is at least 40 psi. Keep an air gap of an inch or so where it empties into the standpipe; most plumbing codes require it.\n\nImogen",
     ["advice"], "installation question (JC10, JC14)"),
    ("Hi Mr Cattermole,\n\nThe strips read total hardness only, so they will not show iron. If your well water leaves orange stains, a separate iron test will show how much is there; send us the number and we can tell you what setting to use.\n\nCormac",
     ["advice"], "water testing question (JC10)"),
    ("Dear Ms Mbeki-Sorel,\n\nThere is nothing to register. Your Amazon order is the proof of purchase for the warranty, so just keep the order number handy in case you ever need us.\n\nMarisol",
     ["advice", "warranty"], "warranty question answered in own words (JC10)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("褚女士，您好：\n\n家里五口人、硬度二十格令的话，建议选 Keel 64。Keel 32 也能用，但几乎每晚都要再生，盐和水都会用得比较多；Keel 64 大约四天再生一次。\n\n卞立新",
     ["advice", "comparison"], "按买家的问题给出型号建议，没有价格或促销 (JC10)"),
    ("郁先生，您好：\n\n两款软水机都可以改用氯化钾代替软水盐，只是效果差一些，需要把硬度设定调高约四分之一，用量也会比盐多三分之一左右。\n\n阙雅楠",
     ["advice"], "氯化钾替代软水盐 (JC10)"),
    ("廉女士，您好：\n\nRillo 可以和手持花洒一起用：先把过滤器拧在淋浴臂上，再把软管接到过滤器出水口，两端都是标准的四分螺纹。\n\n卞立新",
     ["advice", "compatibility"], "适配手持花洒 (JC10)"),
    ("荀先生，您好：\n\n软水机可以放在热水器前面，这样热水器内部结垢会少很多。电热水器的镁棒仍然需要定期检查，软水会让镁棒消耗得快一点。\n\n阙雅楠",
     ["advice"], "软水机与热水器 (JC10)"),
    ("贲女士，您好：\n\n收到您拍的控制面板报错视频，已经转给我们的技术人员，他明天上午会看完并在这里回复下一步。在此之前可以先把软水机切到旁通，家里用水不受影响。\n\n卞立新",
     ["holding"], "故障的暂缓回复 (JC12)"),
    ("仇先生，您好：\n\n过滤器用了几周之后，如果您愿意，可以到亚马逊上写一写真实的使用感受，好坏都可以，不用回复我们。\n\n阙雅楠",
     ["review"], "卖家自拟的中性评论邀请：不是 review-inducement，但没有对应模板 (JC9)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("鍾先生 您好：\n\n軟水可以直接飲用，只是鈉含量會稍微高一點；如果家裡有人需要控制鈉的攝取，建議在廚房另外裝一組逆滲透淨水器。\n\n易宗翰",
     ["advice"], "軟水能否飲用 (JC10)"),
    ("江小姐 您好：\n\n濾芯裡的濾材用過之後無法靠清洗恢復，沖水只能去掉表面的雜質，去除餘氯的能力不會回來，所以到了時間還是要換新的。\n\n梅若蘭",
     ["advice"], "濾芯能否清洗再用 (JC10, JC14)"),
    ("廖太太 您好：\n\n謝謝您傳來閥體漏水的照片，我們的技術人員明天會仔細看過，再在這裡告訴您要怎麼處理。這段時間請先把旁通閥切到旁通位置。\n\n易宗翰",
     ["holding"], "故障的暫緩回覆 (JC12)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ================================================================ 5. rewrites of a template's facts -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Pemberly,\n\nNew cartridge about twice a year, or when the chlorine smell returns. Twist the housing open by hand, pull the old one, arrow toward the shower head on the new one, hand-tight only. A bit of cloudiness at first is harmless.\n\nImogen",
     "rewrite of en/filter/cartridge-change (JC13)"),
    ("Hello Ms Ingrams,\n\nPellets or solar crystals are both fine; skip rock salt, it leaves grit. Aim for salt a few inches above the water but under two thirds full, and roughly a bag a month for a family of four.\n\nThaddeus",
     "rewrite of en/softener/salt (JC13)"),
    ("Hi Mr Kowalewski,\n\nSet it to 21. Hold SET until the number blinks, arrows to change, SET to store. Regeneration runs at 2 a.m. unless you change it, and the first one lasts a couple of hours, so a bit of drain noise is expected.\n\nCormac",
     "rewrite of en/softener/hardness-setup (JC13)"),
    ("Dear Ms Trevithick,\n\nOne-second dip, one shake, wait fifteen seconds, then hold it against the chart. Soft water shows no purple at all. Close the bottle firmly, because damp air spoils the strips.\n\nMarisol",
     "rewrite of en/test/strips (JC13)"),
    ("Hi Mr Achterkamp,\n\nSorry about the weak flow. Nine times out of ten it's old tape or grit caught in the little inlet screen. Pull it out, rinse it, new tape on the arm, and try again. If it's still poor, try without the cartridge and let me know.\n\nImogen",
     "rewrite of en/troubleshoot/low-pressure (JC13)"),
    ("Hello Ms Dunsany,\n\nIt sounds like a salt crust has bridged over an empty space. Poke it with a broom handle, break it up, scoop out the lumps and then force a regeneration with the REGEN button.\n\nThaddeus",
     "rewrite of en/troubleshoot/salt-bridge (JC13)"),
    ("Hi Mr Okereke,\n\nApologies for the leak. The O-ring slipped when the valve went on. Put it in bypass, open a tap to drop the pressure, unclip the valve, grease and reseat the ring, clip it back. If it still drips, we will swap the valve.\n\nCormac",
     "rewrite of en/apology/valve-drip (JC13)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])
for text, note in [
    ("宗女士，您好：\n\n先把淋浴臂上的旧生料带清掉，缠好新的，过滤器箭头朝花洒拧上去，手拧紧就行。装好放两分钟冷水，看看有没有漏。\n\n卞立新",
     "改写 zh/filter/install (JC13)"),
    ("房先生，您好：\n\n旁通阀手柄顺着水管就是正常过软水，横过来就是绕开软水机。转不动的话关了总阀，抹点食品级硅脂。\n\n阙雅楠",
     "改写 zh/bypass/valve (JC13)"),
    ("卫女士，您好：\n\n出水发咸多半是再生没做完，比如半夜停电。放几分钟冷水就好；经常这样的话，把正洗时间调长一点，再看看排水管是不是折了。\n\n卞立新",
     "改写 zh/apology/salty-water (JC13)"),
    ("乐先生，您好：\n\n阀和电路板保五年，罐子保十年，滤芯和盐不保，冻坏的也不保。麻烦拍一段报错视频和序列号给我们。\n\n阙雅楠",
     "改写 zh/warranty/claim (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])
for text, note in [
    ("巫太太 您好：\n\n大概半年換一次濾芯，有消毒水味或水變小就該換了。逆時針轉開、箭頭朝蓮蓬頭裝回去，用手轉緊就好。\n\n梅若蘭",
     "改寫 zh-tw/filter/cartridge-life (JC13)"),
    ("翟小姐 您好：\n\n鹽桶水太多，多半是鹽水管折到或卡鹽。把管子和吸水閥的濾網清一清，再手動再生一次，看水位有沒有下降。\n\n易宗翰",
     "改寫 zh-tw/troubleshoot/brine-overflow (JC13)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ================================================================ 6. logistics plus advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Quennevais,\n\nYour Keel 32 is due with UPS on Thursday. Before the plumber comes, run a hardness test on the cold kitchen tap so that you have the number ready to enter on the first day.\n\nThaddeus",
     "delivery date plus set-up advice (JC8)"),
    ("Hello Ms Rutherglen,\n\nThe replacement cartridge shipped today by USPS. Until it arrives, the old one can stay in; just expect the chlorine smell to creep back a little.\n\nMarisol",
     "replacement shipped plus usage advice (JC8)"),
    ("Dear Mr Antrobus,\n\nYour return is open and the UPS label is in Your Orders. Before you send it, though, try holding REGEN for five seconds: a missed regeneration often explains hard water in the first week.\n\nImogen",
     "return plus troubleshooting in own words (JC8)"),
    ("Hi Ms Tolland,\n\nYour salt is in customs in Calgary for another day or two. Meanwhile, if the brine tank is getting low, set the softener to regenerate less often so the salt you have lasts until it arrives.\n\nCormac",
     "customs plus product advice (JC8)"),
    ("Hello Mr Eastcott,\n\nEstes will phone you this week to set a delivery window for the Keel 64. When it's in place, keep the tanks off bare concrete with a rubber mat, which stops them sweating in summer.\n\nThaddeus",
     "freight appointment plus placement advice (JC5, JC8)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("单先生，您好：\n\n补发的滤芯明天由 FedEx 发出。收到之前旧滤芯可以继续用，只是水里的氯味可能会慢慢回来。\n\n卞立新",
     "发货加使用建议 (JC8)"),
    ("詹女士，您好：\n\n软水机预计周四送达。收到以后先用试纸测一下厨房冷水的硬度，安装当天就可以直接输入设定。\n\n阙雅楠",
     "送达加安装建议 (JC8)"),
    ("俞先生，您好：\n\n您的软水盐还在清关，预计再等两天。这期间如果盐箱里的盐不多了，可以先把再生间隔调长一些，撑到新盐送到。\n\n卞立新",
     "清关加使用建议 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("呂先生 您好：\n\n補寄的卡扣今天已經寄出。收到之前，閥體如果有一點滲水，可以先在 O 形環上抹一點矽脂暫時改善。\n\n梅若蘭",
     "補寄加使用建議 (JC8)"),
    ("葛太太 您好：\n\n軟水機預計週三送達。裝好之後建議先把硬度設高一點，第一週多再生幾次，水質會比較快穩定。\n\n易宗翰",
     "送達加設定建議 (JC8)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ================================================================ 7. replies that break a content policy
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, sep=" ", is_log=None):
    """is_log overrides the keyword test when a logistics word is used for something that is not logistics."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])
    REPLIES[-1]["extra_is_log"] = is_log


bad("en/filter/cartridge-change", dict(buyer_name="Ms Lockyer", product=RILLO, months="six months", agent_name=E1),
    "this clears by itself.",
    "P.S. Until the end of the month, code SOFTSPRING takes 15% off a two-pack of cartridges.",
    [MKT, TR], "P.S. with a discount code for cartridges", sep="\n\n")
bad("en/softener/salt", dict(buyer_name="Mr Ferreira-Doyle", product=K32, agent_name=E2),
    "in the same fill.",
    "If the softener is making a difference for you, we'd be so grateful for a five-star review.",
    [RI, TR], "five-star request aimed at satisfied buyers")
bad("en/troubleshoot/low-pressure", dict(buyer_name="Ms Okafor-Hale", product=SLIM, agent_name=E3),
    "look at the next step together.",
    "For a quicker answer, text our plumber on WhatsApp at +1 253-555-0147.",
    [OPC, TR], "support moved to WhatsApp")
bad("en/apology/valve-drip", dict(buyer_name="Mr Harwood-Ince", product=BYPASS, agent_name=E4),
    "we will replace the valve.",
    "If anything is still not right, please come to us first rather than posting a review.",
    [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
bad("en/test/strips", dict(buyer_name="Ms Llewellyn-Baptiste", strips=STRIPS, agent_name=E1),
    "once the bottle has been opened.",
    "By the way, our new Keel 64 twin-tank model is out next week, and anyone who orders in the first week gets a bag of salt thrown in.",
    [MKT, TR], "new-product announcement with a push to buy", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Mr Szczepanik", product=RILLO, order_id=ORD(15), agent_name=E2),
    "decide what suits their water.",
    "Once your review is up, reply with a screenshot and we will refund $10 of your order.",
    [RI, TR], "partial refund in exchange for a review: the word 'refund' does not make it logistics", is_log=False)
bad("en/softener/hardness-setup", dict(buyer_name="Ms Vandeleur", product=K64, hardness="22 grains per gallon", agent_name=E3),
    "which is normal.",
    "For a printable programming guide, write to support@tidewell-water.com and we will send it over.",
    [OPC, TR], "support moved to an e-mail address")
bad("en/warranty/claim", dict(buyer_name="Mr Ashbury-Kline", product=K32, years="five-year", case_id=CASE(7), order_id=ORD(16),
    agent_name=E4), "for order %s." % ORD(16),
    "When the replacement valve ships, you can follow it on tidewell-water.com/track rather than in Your Orders.",
    [OPC], "tracking on the seller's own website: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Ms Pargeter,\n\nThe refund for your returned Keel 32 went through today. Now that that's settled, if you edit your 2-star review to something kinder, we'll send you a $20 gift card.\n\nMarisol",
     [RI, TR], "refund of a return (logistics) plus a gift card for changing a review; the review part is not logistics (JC3)",
     ["free-written"])

bad("zh/filter/install", dict(buyer_name="芮先生", product=RILLO_ZH, agent_name=Z1), "一般就能解决。",
    "如果还是漏水，可以加我们的微信 tidewell_kf，师傅会视频教您安装。",
    [OPC, TR], "安装指导转到微信")
bad("zh/review/neutral-request", dict(buyer_name="殳女士", product=K32_ZH, order_id=ORD(17), agent_name=Z2), "其他家庭提供参考。",
    "写好五星好评后把截图发给我们，即可获得十美元返现。",
    [RI, TR], "五星好评截图返现")
bad("zh/apology/salty-water", dict(buyer_name="慕容先生", product=K32_ZH, agent_name=Z1), "我们会继续跟进。",
    "问题解决之后，也麻烦您把之前那条差评删掉或者改一改。",
    [RI, TR], "要求删除或修改差评")
bad("zh/bypass/valve", dict(buyer_name="蓝女士", product=BYPASS_ZH, agent_name=Z2), "食品级硅脂。",
    "另外，本店新款 Keel 64 双罐软水机本月九折，欢迎选购！",
    [MKT, TR], "新品软水机九折促销")
bad("zh/warranty/claim", dict(buyer_name="尚先生", product=K64_ZH, years="七年", case_id=CASE(8), order_id=ORD(18), agent_name=Z1),
    "建立售后案例 %s。" % CASE(8),
    "另外，欢迎关注我们的抖音号 tidewell_water，里面有完整的安装和保养视频。",
    [OPC, TR], "引导关注抖音账号；保修资料不是物流")
free(V, "zh", "鞠女士，您好：\n\n您退回的 Rillo 淋浴过滤器仓库已经签收。为了让您更快拿到退款，这次我们不走亚马逊，直接通过支付宝退给您，麻烦把支付宝账号发给我们。\n\n阙雅楠",
     [OPC], "退货退款改走支付宝：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

bad("zh-tw/softener/vacation", dict(buyer_name="沈小姐", product=K64_TW, agent_name=T2), "協助排空管線。",
    "想要更快得到回覆，歡迎加入我們的 LINE 官方帳號 @tidewelltw 直接聊。",
    [OPC, TR], "客服轉到 LINE 官方帳號")
bad("zh-tw/filter/cartridge-life", dict(buyer_name="田先生", product=RILLO_TW, months="六個月", agent_name=T1), "保存期限約兩年。",
    "如果您用得滿意，再麻煩您給我們五顆星好評喔。",
    [RI, TR], "只請滿意的買家給五顆星好評")
free(V, "zh", "許小姐 您好：\n\n您的兩包軟水鹽今天已經寄出，追蹤單號 %s。順帶一提，本週在我們的官網 tidewell-water.com 加購第二包只要半價，歡迎多多利用。\n\n易宗翰" % UPS(10),
     [MKT, OPC, TR], "出貨通知（物流）加官網第二包半價；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
