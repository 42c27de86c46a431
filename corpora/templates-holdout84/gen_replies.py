# -*- coding: utf-8 -*-
"""Labelled seller replies of t84 (imported by gen.py). Every text here was written for this set.

One call per reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note refers to the judgement calls in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    need = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("%s needs %s, got %s" % (tid, sorted(need), sorted(vals)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _push(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    """Render tid with vals and apply (old, new) edits; every old must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("edit %r occurs %d times in %s" % (old, n, tid))
        text = text.replace(old, new)
    exact = not edits
    kind = (["exact"] if exact else ["edited"]) if cat == "filled-template" else []
    _push(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
          tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, starts, width):
    """Edit: hard-wrap the single paragraph that begins with `starts`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(paras) == 1, (tid, starts)
    return (paras[0], textwrap.fill(paras[0], width))


def swap(a, b, sep=" "):
    """Edit: two adjacent sentences change places."""
    return (a + sep + b, b + sep + a)


def append(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _push(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


# ---------------------------------------------------------------- staff and products (all invented)
A1, A2, A3, A4 = "Maren Oyelowo-Tate", "Caspian Delacroix-Burke", "Hollis Ferreday", "Junia Mbatha-Kerrigan"
Z1, Z2 = "阮嘉禾", "闻思远"
W1, W2 = "鄔采薇", "羅啟帆"
VR, VM, VH = "Kestrelwater Pivot R2 rotary vise", "Kestrelwater Pivot Mini travel vise", "Kestrelwater Anvil HD pedestal vise"
R34, R56, R89 = "Kestrelwater Drift 3/4 fly reel", "Kestrelwater Drift 5/6 fly reel", "Kestrelwater Surge 8/9 saltwater reel"
TF, TN = "Clearline fluorocarbon tippet", "Clearline nylon tippet"
BS, BX = "Hatchcase slim waterproof fly box", "Hatchcase Streamer XL fly box"
VR_LONG = ("Kestrelwater Pivot R2 True Rotary Fly Tying Vise with Hardened Steel Jaws for Hooks #28 to 3/0, "
           "C-Clamp and 2.2 lb Pedestal Base, Bobbin Cradle and Material Clip Included")
R89_LONG = ("Kestrelwater Surge 8/9 Saltwater Fly Reel, Fully Sealed Carbon Drag (18 lb Max), Large Arbor, "
            "Machined Bar-Stock Aluminium, Convertible Left/Right Retrieve, for Bonefish, Redfish and Striped Bass")
BOX_LONG = ("Kestrelwater Hatchcase Waterproof Fly Box, Double-Sided Slit Foam, Holds 220 Flies, "
            "Clear Lid, IP67 Gasket, Floats When Closed, Medium")
VR_ZH = "Kestrelwater Pivot R2 真旋转飞蝇绑制夹钩器 淬火钢夹头 适用 28 号至 3/0 号钩 附 C 型夹座和重型底座 线座架 材料夹"
VM_ZH, VR_ZHS = "Pivot Mini 便携夹钩器", "Pivot R2 旋转夹钩器"
R34_ZH, R56_ZH, R89_ZH = "Drift 3/4 飞蝇卷线器", "Drift 5/6 飞蝇卷线器", "Surge 8/9 海水飞蝇卷线器"
BOX_TW = "Hatchcase 防水飛蠅盒 雙面切縫泡棉 可收納 220 隻毛鉤 透明上蓋 防水膠條 闔上可浮於水面 中號"
BS_TW, BX_TW = "Hatchcase 薄型防水飛蠅盒", "Hatchcase Streamer XL 飛蠅盒"
TF_TW, TN_TW = "Clearline 氟碳子線", "Clearline 尼龍子線"
R56_TW, R89_TW = "Drift 5/6 飛蠅捲線器", "Surge 8/9 海水飛蠅捲線器"

# ================================================================ 1. filled templates -> []
fill("en/vise/setup", dict(buyer_name="Mr Albrighton", vise=VR, agent_name=A1), "exact fill")
fill("en/vise/setup", dict(buyer_name="Ms Corcoran-Vale", vise=VR_LONG, agent_name=A2),
     "the whole 170-character listing title in the vise slot; greeting changed (JC2)",
     edits=[("Hello Ms Corcoran-Vale,", "Good evening Ms Corcoran-Vale,")], tags=["greeting", "long-value"])
fill("en/vise/setup", dict(buyer_name="Mr Tregarthen", vise=VM, agent_name=A3),
     "a warm line about the buyer's new hobby added after the greeting (JC2)",
     edits=[("Hello Mr Tregarthen,", "Hello Mr Tregarthen,\n\nCongratulations on starting to tie your own flies; it makes the long winter evenings go quickly.")],
     tags=["warm-line"])
fill("en/vise/jaw-slip", dict(buyer_name="Ms Wildgoose", vise=VR, agent_name=A4), "exact fill")
fill("en/vise/jaw-slip", dict(buyer_name="Mr Kilbride-Osei", vise=VH, agent_name=A1),
     "sign-off turned into a friendly line (JC2)",
     edits=[("Kind regards,", "Good luck at the bench, and kind regards,")], tags=["sign-off"])
fill("en/reel/drag", dict(buyer_name="Mr Sturrock", reel=R56, max_drag="12 lb (5.4 kg)", agent_name=A2), "exact fill")
_v = dict(buyer_name="Ms Penhallow", reel=R89, max_drag="18 lb (8.2 kg)", agent_name=A3)
fill("en/reel/drag", _v, "first paragraph hard-wrapped at 70 columns, as pasted from a mail client (JC2)",
     edits=[wrap("en/reel/drag", _v, "Thanks for asking", 70)], tags=["reflow"])
fill("en/reel/drag", dict(buyer_name="Mr Ashworth-Bley", reel=R34, max_drag="7 lb (3.2 kg)", agent_name=A4),
     "the trout-setting sentence paraphrased with the same advice (JC2)",
     edits=[("For most trout fishing, set it just firm enough that a sharp pull on the line does not make the spool overrun.",
             "For everyday trout fishing, a setting just tight enough to stop the spool overrunning when you yank the line is all you need.")],
     tags=["paraphrase"])
fill("en/reel/retrieve", dict(buyer_name="Ms Okafor-Weir", reel=R56, agent_name=A1), "exact fill")
fill("en/reel/retrieve", dict(buyer_name="Mr Lanyon", reel=R34, agent_name=A2),
     "greeting changed and a warm line about the buyer's trip added (JC2)",
     edits=[("Hello Mr Lanyon,", "Hi Mr Lanyon,\n\nGood to hear you are getting the reel ready before your trip to the Madison next week.")],
     tags=["greeting", "warm-line"])
fill("en/reel/saltwater-care", dict(buyer_name="Mrs Threlkeld", reel=R89, agent_name=A3), "exact fill")
fill("en/reel/saltwater-care", dict(buyer_name="Mr Vanstone", reel=R89_LONG, agent_name=A4),
     "listing title in the reel slot; first two paragraphs run together (JC2)",
     edits=[("the frame, though.\n\nAfter each day", "the frame, though. After each day")], tags=["long-value", "merge"])
fill("en/tippet/sizing", dict(buyer_name="Ms Hargreave", tippet=TF, agent_name=A1), "exact fill")
fill("en/tippet/sizing", dict(buyer_name="Mr Culverhouse", tippet=TN, agent_name=A2),
     "the two opening sentences of the second paragraph swapped (JC2)",
     edits=[swap("Fluorocarbon sinks and is harder to see under water, so it suits nymphs and streamers.",
                 "For dry flies many anglers prefer nylon, which floats a little and is more forgiving of poor knots.")],
     tags=["reorder"])
fill("en/warranty/claim", dict(buyer_name="Ms Fairbairn", product=VR, warranty_period="lifetime", order_id="114-6620931-0457218",
     case_id="KWF-W-31207", agent_name=A3), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Oduro-Pell", product=R89_LONG, warranty_period="five-year",
     order_id="112-0938475-6612094", case_id="KWF-W-31229", agent_name=A4),
     "listing title in the product slot; the first sentence split in two (JC2)",
     edits=[(" workmanship, counted from", " workmanship. The period is counted from")], tags=["long-value", "split"])
fill("en/apology/box-latch", dict(buyer_name="Ms Lockyer", box=BS, agent_name=A1), "exact fill")
fill("en/apology/box-latch", dict(buyer_name="Mr Greenslade", box=BX, agent_name=A2),
     "the empathy sentence paraphrased and the sign-off changed (JC2)",
     edits=[("Losing a row of flies into the river is exactly what a fly box is meant to prevent, and I understand how annoying that was.",
             "A fly box is supposed to keep your flies out of the river, not tip them into it, so I understand how annoying this was."),
            ("With apologies,", "Sorry once more,")], tags=["paraphrase", "sign-off"])
fill("en/review/neutral-request", dict(buyer_name="Mr Trevithick", order_id="113-4471902-3386105", product=R56, agent_name=A3),
     "exact fill; the only request for this order (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Ms Elphinstone", order_id="111-2059384-7741620", product=TF, agent_name=A4),
     "greeting and sign-off changed; the only request for this order (JC2, JC8)",
     edits=[("Hello Ms Elphinstone,", "Dear Ms Elphinstone,"), ("Best wishes,", "Thanks again and best wishes,")],
     tags=["greeting", "sign-off"])

fill("zh/vise/rotary", dict(buyer_name="欧阳先生", vise=VR_ZHS, agent_name=Z1), "exact fill")
fill("zh/vise/rotary", dict(buyer_name="司马女士", vise=VR_ZH, agent_name=Z2), "整段商品标题放入 vise 占位符 (JC2)",
     tags=["long-value"])
fill("zh/vise/rotary", dict(buyer_name="上官女士", vise=VM_ZH, agent_name=Z1), "问候后加一句欢迎入门的暖心话 (JC2)",
     edits=[("上官女士，您好：", "上官女士，您好：\n\n听说您刚开始学绑毛钩，欢迎入门！")], tags=["warm-line"])
fill("zh/reel/backing", dict(buyer_name="诸葛先生", reel=R56_ZH, backing_yards="100 码", agent_name=Z2), "exact fill")
fill("zh/reel/backing", dict(buyer_name="皇甫女士", reel=R89_ZH, backing_yards="200 码", agent_name=Z1), "问候语改为下午好 (JC2)",
     edits=[("皇甫女士，您好：", "皇甫女士，下午好：")], tags=["greeting"])
fill("zh/reel/backing", dict(buyer_name="慕容先生", reel=R34_ZH, backing_yards="50 码", agent_name=Z2), "前两段合并为一段 (JC2)",
     edits=[("大约 50 码。\n\n接着", "大约 50 码。接着")], tags=["merge"])
fill("zh/apology/reel-noise", dict(buyer_name="东方女士", reel=R34_ZH, agent_name=Z1), "exact fill")
fill("zh/apology/reel-noise", dict(buyer_name="令狐先生", reel=R56_ZH, agent_name=Z2), "棘轮弹簧那一句换了说法，事实不变 (JC2)",
     edits=[("新卷线器的棘轮弹簧比较紧，所以声音偏大、偏脆，使用几周以后会逐渐变得柔和。",
             "新卷线器的棘轮弹簧还没有磨合，声音会比较响、比较脆，用上几个星期就会慢慢柔和下来。")], tags=["paraphrase"])
fill("zh/warranty/claim", dict(buyer_name="夏侯女士", product=VR_ZHS, warranty_period="终身", order_id="114-8830275-1196604",
     case_id="KWF-W-31256", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="宇文女士", product=R89_ZH, warranty_period="五年", order_id="113-5092716-4480391",
     case_id="KWF-W-31270", agent_name=Z2), "结尾“此致”改为“祝好” (JC2)", edits=[("此致", "祝好")], tags=["sign-off"])
fill("zh/review/neutral-request", dict(buyer_name="尉迟先生", product=R56_ZH, order_id="112-7716048-2093351", agent_name=Z1),
     "exact fill；本订单唯一一次邀请 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="长孙女士", product=VM_ZH, order_id="111-3390572-8814026", agent_name=Z2),
     "问候后加一句祝福；本订单唯一一次邀请 (JC2, JC8)",
     edits=[("长孙女士，您好：", "长孙女士，您好：\n\n希望您最近出钓一切顺利。")], tags=["warm-line"])

fill("zh-tw/box/foam", dict(buyer_name="公孫先生", box=BS_TW, agent_name=W1), "exact fill")
fill("zh-tw/box/foam", dict(buyer_name="端木小姐", box=BOX_TW, agent_name=W2), "整段商品標題放入 box 佔位符 (JC2)",
     tags=["long-value"])
fill("zh-tw/tippet/storage", dict(buyer_name="南宮先生", tippet=TN_TW, agent_name=W1), "exact fill")
fill("zh-tw/tippet/storage", dict(buyer_name="西門小姐", tippet=TF_TW, agent_name=W2), "兩句對調，結尾祝語改寫 (JC2)",
     edits=[swap("建議一整季用不完的線軸收在盒子或背心內袋裡，不要長時間放在車子的儀表板上。",
                 "氟碳子線比較不怕光，但同樣不宜悶在高溫的車內。", sep=""),
            ("祝 順心", "祝 出釣順利")], tags=["reorder", "sign-off"])
fill("zh-tw/troubleshoot/reel-spool", dict(buyer_name="柳太太", reel=R89_TW, agent_name=W1), "exact fill")
fill("zh-tw/troubleshoot/reel-spool", dict(buyer_name="雷先生", reel=R56_TW, agent_name=W2), "問候後加一句同理的話 (JC2)",
     edits=[("雷先生 您好：", "雷先生 您好：\n\n剛從海邊回來就遇到這種狀況，真的很掃興。")], tags=["warm-line"])
fill("zh-tw/review/neutral-request", dict(buyer_name="谷小姐", product=BS_TW, order_id="114-2287306-5519847", agent_name=W1),
     "exact fill；本訂單唯一一次邀請 (JC8)")
fill("zh-tw/review/neutral-request", dict(buyer_name="桑先生", product=R56_TW, order_id="112-6604193-3827750", agent_name=W2),
     "段落拆成兩段；本訂單唯一一次邀請 (JC2, JC8)",
     edits=[("選擇。每一則", "選擇。\n\n每一則")], tags=["split"])

# ================================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    note = note[:-1] + ", JC1)" if note.endswith(")") else note + " (JC1)"
    append(tid, vals, anchor, sentence, note, FX, [], sep=sep, tags=tags)


fill_log("en/vise/setup", dict(buyer_name="Mr Polglase", vise=VR, agent_name=A3),
         "closes with firm pressure but without force.",
         "The pedestal base that was missing from your box left our Bozeman warehouse this morning by USPS, tracking 9405536200417750319264.",
         "missing pedestal base sent separately, as its own paragraph (JC4)", ["fulfilment", "tracking"], sep="\n\n")
fill_log("en/reel/drag", dict(buyer_name="Ms Brackenbury", reel=R56, max_drag="12 lb (5.4 kg)", agent_name=A4),
         "if you notice one.",
         "The spare spool from the same order is shipping separately from our Harrisburg warehouse with FedEx, tracking 582031746690, and is due on Friday.",
         "split-shipment tracking for the spare spool", ["split-shipment", "tracking"])
fill_log("en/tippet/sizing", dict(buyer_name="Mr Rosewarne", tippet=TF, agent_name=A1),
         "is not weakened by heat.",
         "The 6X spool that was left out of your order went out today by USPS, tracking 9405536200417750327781, at no cost to you.",
         "short-shipped spool sent (JC4, JC13)", ["fulfilment", "tracking"])
fill_log("en/warranty/claim", dict(buyer_name="Ms Treloar", product=R34, warranty_period="five-year", order_id="114-9057321-2208463",
         case_id="KWF-W-31288", agent_name=A2),
         "either a replacement part or the next step.",
         "If the reel does need to come back to us, we will post a prepaid return label in this thread, so the postage costs you nothing.",
         "how a warranty unit would travel back (JC6)", ["returns", "warranty-logistics"])
fill_log("en/apology/box-latch", dict(buyer_name="Mr Jagoe", box=BS, agent_name=A3),
         "we will replace the box.",
         "If you would rather send it back, you can start a return in Your Orders and the return shipping is on us.",
         "return offered (JC13)", ["returns"])
fill_log("en/reel/retrieve", dict(buyer_name="Ms Carlyon-Hesse", reel=R34, agent_name=A4),
         "the wrong side of the spool.",
         "As you asked, we have cancelled the second Drift 3/4 that went into your order by mistake; it had not shipped, so you will not be charged for it.",
         "duplicate line cancelled before dispatch (JC4)", ["cancellation"], sep="\n\n")
fill_log("zh/vise/rotary", dict(buyer_name="轩辕先生", vise=VR_ZHS, agent_name=Z2),
         "拧松则可以连续转动。",
         "您同一订单里的线座架从宾州仓库单独发货，运单号 1ZK7704R0330617284，预计周五送达。",
         "分开发货的运单号", ["split-shipment", "tracking"])
fill_log("zh/reel/backing", dict(buyer_name="百里女士", reel=R56_ZH, backing_yards="100 码", agent_name=Z1),
         "容易卡在框架上。",
         "另外，您漏发的那卷背线今天已经补发，由 USPS 寄出，运单号 9405536200417750334526。",
         "漏发的背线补发 (JC4)", ["fulfilment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="呼延先生", product=R89_ZH, warranty_period="五年", order_id="111-6628304-9973150",
         case_id="KWF-W-31302", agent_name=Z2),
         "告诉您更换的零件或者下一步的安排。",
         "如果需要寄回检测，我们会在这条消息里提供预付的退货面单，您不用承担运费。",
         "寄回检测的预付退货面单 (JC6)", ["returns", "warranty-logistics"])
fill_log("zh/apology/reel-noise", dict(buyer_name="濮阳女士", reel=R34_ZH, agent_name=Z1),
         "我们会进一步为您检查。",
         "如果您决定退货，可以直接在“我的订单”里申请，退货运费由我们承担。",
         "退货说明", ["returns"])
fill_log("zh-tw/box/foam", dict(buyer_name="鞠小姐", box=BX_TW, agent_name=W2),
         "可以用少量防水膠重新黏回。",
         "您另外訂購的 Clearline 子線已經出貨，追蹤單號 582031758813，預計週四送達。",
         "另外訂購的子線追蹤單號", ["tracking"])
fill_log("zh-tw/troubleshoot/reel-spool", dict(buyer_name="瞿先生", reel=R89_TW, agent_name=W1),
         "我們會協助您處理。",
         "如果最後需要換貨，我們會提供預付的退貨標籤，您只要把捲線器寄回即可。",
         "換貨的預付退貨標籤 (JC6)", ["returns"])

# ================================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Bassingthwaite,\n\nYour order comes in two parcels. The Pivot R2 vise left our Bozeman warehouse with UPS, tracking 1ZK7704R0330624419, and should arrive on Tuesday. The three tippet spools left our Harrisburg warehouse by USPS, tracking 9405536200417750341905, and are due on Monday, so please don't worry if they turn up first.\n\nMaren",
     ["split-shipment", "tracking"], "split shipment (JC14)"),
    ("Hello Ms Abercorn,\n\nUPS marked your parcel as a delivery exception this morning because the address on the order has no apartment number. Could you reply with the full unit number? We will pass it to UPS and they will try again on the next business day.\n\nCaspian",
     ["delivery-exception", "address"], "delivery exception, missing apartment number (JC14)"),
    ("Dear Mr Fothergill,\n\nThe Anvil HD vise weighs 11 pounds with its steel pedestal, so it travels with FedEx Ground, which cannot deliver to a P.O. box. Please send us a street address for this order, or change the delivery address in Your Orders, and we will ship it the same day.\n\nHollis",
     ["address"], "P.O. box not accepted for a heavy parcel (JC14)"),
    ("Hi Ms Rainsford,\n\nYour tippet spools and fly box are small enough for the Amazon Hub Locker you chose, and they were placed in it this afternoon. The pickup code is in Your Orders, and the locker keeps the parcel for three days before it is sent back.\n\nJunia",
     ["locker"], "locker delivery (JC14)"),
    ("Hello Mr Lachlan-Moss,\n\nYour Surge 8/9 reel is in customs in Toronto. The import duties and taxes were charged by Amazon when you placed the order, so there is nothing to pay at the door. If the courier asks you for money, please send us a photo of the notice and we will sort it out with them.\n\nMaren",
     ["customs"], "customs hold, duties prepaid (JC5)"),
    ("Dear Ms Whitelaw,\n\nYour vise reached the UK on Monday and is waiting for customs clearance at East Midlands. Import VAT was collected at checkout, and Royal Mail will deliver it once it is released, usually within three working days. The Royal Mail tracking number is KW482913057GB.\n\nCaspian",
     ["customs", "tracking"], "UK customs, VAT collected at checkout (JC5)"),
    ("Hi Mr Penberthy,\n\nI'm sorry the Streamer XL box arrived with a cracked lid. That happened in transit, and a new box went out today by USPS, tracking 9405536200417750359118. There is no need to send the broken one back; please recycle it.\n\nHollis",
     ["damage", "tracking"], "damaged in transit, replacement sent (JC5, JC13)"),
    ("Hello Ms Goodenough,\n\nI'm sorry, our warehouse packed a Drift 3/4 instead of the Drift 5/6 you ordered. The right reel ships today with UPS, tracking 1ZK7704R0330631147. A prepaid return label for the wrong one is in Your Orders; you have 30 days to drop it at any UPS Store.\n\nJunia",
     ["fulfilment", "returns", "tracking"], "wrong model sent (JC4)"),
    ("Hi Mr Nankivell,\n\nTo return the Drift 5/6, open Your Orders, choose Return or Replace Items and print the label. Please put the reel back in its neoprene case and the original box so it is not scratched on the way. Once the return is scanned, the refund usually follows within five business days.\n\nMaren",
     ["returns"], "how to return a reel (JC14)"),
    ("Dear Ms Cheverton,\n\nOur Harrisburg warehouse checked in your returned Pivot Mini this morning. A refund of $89.00 has gone back to your original payment method and normally shows within three to five business days.\n\nCaspian",
     ["refund", "returns"], "refund of a return (JC13, JC14)"),
    ("Hello Mr Hosegood,\n\nYour returned Pivot R2 reached us without its bobbin cradle and material clip. We have refunded $174.00 now, which is the price less $15.00 for those two parts. If they turn up, send them back with the free label in Your Orders and we will refund the remaining $15.00.\n\nHollis",
     ["refund", "returns"], "partial refund of a return missing parts (JC4, JC13)"),
    ("Hi Ms Rowntree,\n\nYour order had not left the warehouse yet, so we changed the delivery address to the cabin in Ennis as you asked. It ships tomorrow with UPS, and the tracking number will appear in Your Orders.\n\nJunia",
     ["address"], "address changed before dispatch (JC14)"),
    ("Hello Mr Blenkinsop,\n\nYour parcel was already on its way when your message came in, so we can no longer change the address on our side. UPS can still redirect it: look up tracking number 1ZK7704R0330638870 in UPS My Choice and choose Change Delivery, or ask for it to be held at a UPS Access Point. UPS may charge a small fee for that.\n\nMaren",
     ["address", "tracking"], "redirect after dispatch (JC14)"),
    ("Dear Ms Trewin,\n\nWe have cancelled the duplicate order 113-2275046-9901837 as you asked. It had not shipped, so you will not be charged, and your first order for the fly boxes is unchanged.\n\nCaspian",
     ["cancellation"], "duplicate order cancelled on request (JC4)"),
    ("Hi Mr Skerrett,\n\nI'm sorry for the wait. The Surge 8/9 in olive sold out just after you ordered, and our next delivery from the machine shop reaches the warehouse on the 14th. We will ship your reel that day and send you the tracking number. If you would rather not wait, tell us and we will cancel the order straight away.\n\nHollis",
     ["delay", "fulfilment"], "backorder delay on a placed order (JC4)"),
    ("Hello Ms Mortimore,\n\nThe tracking shows your parcel as delivered on Saturday, but you have not received it. We have asked FedEx to trace it and, rather than keep you waiting, shipped a replacement today, tracking 582031769052. If the first parcel turns up, please reply and we will send you a prepaid label for it.\n\nJunia",
     ["lost", "tracking"], "lost parcel replaced (JC5, JC13)"),
    ("Hi Mr Ellacott,\n\nYes, you can return opened tippet spools. Our return window is 30 days from delivery, and opened spools are refunded in full as long as most of the line is still on them. Start the return in Your Orders and use the label there.\n\nMaren",
     ["returns"], "return eligibility of opened spools (JC15)"),
    ("Hello Ms Kinsella-Grant,\n\nThank you for letting us know the parcel has not moved for four days. I have asked UPS to look into it and will reply in this thread by Thursday with what they find, and with a replacement shipment if the parcel cannot be located.\n\nCaspian",
     ["holding", "tracking"], "holding reply about a parcel is logistics (JC11)"),
    ("Dear Mr Pendarves,\n\nYour gift order shipped with a gift receipt, and the packing slip in the box shows no prices. It is due at your brother's address in Missoula on Wednesday, tracking 1ZK7704R0330645501.\n\nHollis",
     ["tracking", "delivery"], "gift shipment and packing slip (JC4, JC14)"),
]:
    free(L, "en", text, [], note, tags)
for text, tags, note in [
    ("司徒先生，您好：\n\n您的订单分两个包裹发出。夹钩器从蒙大拿仓库发出，运单号 1ZK7704R0330652238，预计周二送达；两卷子线从宾州仓库发出，运单号 9405536200417750366047，预计周一送达。\n\n阮嘉禾",
     ["split-shipment", "tracking"], "分开发货 (JC14)"),
    ("左丘女士，您好：\n\n您的订单还没有出库，我们已经按照您的要求把收货地址改成公司地址，明天由 UPS 发出，运单号会显示在“我的订单”里。\n\n闻思远",
     ["address"], "发货前修改地址 (JC14)"),
    ("独孤先生，您好：\n\n物流记录显示包裹周六已签收，但您没有收到。我们已经请 FedEx 调查，同时今天为您补发了一个新的，运单号 582031772384。如果原来的包裹后来找到了，请回复我们，我们会提供预付退货面单。\n\n阮嘉禾",
     ["lost", "tracking"], "包裹丢失补发 (JC5, JC13)"),
    ("申屠女士，您好：\n\n您的 Surge 8/9 卷线器目前在温哥华清关。进口关税和税费在下单时已经由亚马逊收取，派送时不需要再付任何费用。如果快递员要求付款，请拍照发给我们，我们来处理。\n\n闻思远",
     ["customs"], "清关，关税已预付 (JC5)"),
    ("蔺先生，您好：\n\n如需退货，请在“我的订单”中选择退货，系统会生成预付退货面单。请把卷线器放回原来的包装盒里，再贴上面单交给 UPS。仓库签收后，退款一般会在五个工作日内完成。\n\n阮嘉禾",
     ["returns"], "退货流程 (JC14)"),
    ("岑女士，您好：\n\n我们的仓库今天已经签收您退回的 Pivot Mini 夹钩器，89 美元的退款已经退回您原来的付款方式，通常三到五个工作日到账。\n\n闻思远",
     ["refund", "returns"], "退货退款 (JC13, JC14)"),
    ("晏先生，您好：\n\n很抱歉，飞蝇盒在运输途中被压坏了盖子。新的飞蝇盒今天已经通过 USPS 补发，运单号 9405536200417750373912。坏的那个不用寄回，您直接处理掉就可以。\n\n阮嘉禾",
     ["damage", "tracking"], "运输损坏补发 (JC5)"),
    ("谷女士，您好：\n\n很抱歉，仓库把 Drift 3/4 错发成了 Drift 5/6。正确的卷线器今天由 UPS 发出，运单号 1ZK7704R0330669176。发错的那个请用“我的订单”里的预付面单在 30 天内退回。\n\n闻思远",
     ["fulfilment", "returns", "tracking"], "发错型号 (JC4)"),
    ("桑女士，您好：\n\n重复的订单 111-8094257-3360718 已经按您的要求取消，那一单还没有发货，不会向您收费。您的第一笔订单不受影响。\n\n阮嘉禾",
     ["cancellation"], "取消重复订单 (JC4)"),
    ("蒲先生，您好：\n\n很抱歉让您久等。您订的橄榄绿 Surge 8/9 暂时缺货，下一批预计本月 14 日到仓库，到货当天就为您发货并告知运单号。如果您不想等，告诉我们即可马上取消订单。\n\n闻思远",
     ["delay", "fulfilment"], "已下单商品缺货延迟发货 (JC4)"),
    ("鞠女士，您好：\n\nUPS 今天显示派送异常，原因是地址缺少门牌号。麻烦您回复完整的门牌号，我们会转告 UPS，下一个工作日再次派送。\n\n阮嘉禾",
     ["delivery-exception", "address"], "派送异常，缺门牌号 (JC14)"),
]:
    free(L, "zh", text, [], note, tags)
for text, tags, note in [
    ("邰先生 您好：\n\n您的 Pivot R2 夾鉤器今天已經出貨，追蹤單號 1ZK7704R0330673390，預計下週二送達。\n\n鄔采薇",
     ["tracking"], "出貨通知（回覆買家詢問） (JC14)"),
    ("冉小姐 您好：\n\n您的訂單分兩個包裹寄出：捲線器的追蹤單號是 582031785530，預計週三送達；子線另外寄出，追蹤單號 9405536200417750380156，預計週一送達。\n\n羅啟帆",
     ["split-shipment", "tracking"], "分批寄送 (JC14)"),
    ("岳先生 您好：\n\n如需退貨，請在「我的訂單」中申請，系統會提供預付退貨標籤。請把飛蠅盒裝回原包裝後寄回，倉庫簽收後就會為您退款。\n\n鄔采薇",
     ["returns"], "退貨流程 (JC14)"),
    ("蘇小姐 您好：\n\n倉庫今天已經簽收您退回的 Drift 5/6 捲線器，149 美元的退款已經退回原付款方式，通常三到五個工作天入帳。\n\n羅啟帆",
     ["refund", "returns"], "退貨退款 (JC13, JC14)"),
    ("卓太太 您好：\n\n很抱歉，飛蠅盒送達時外盒破損、上蓋裂開，這是運送途中造成的。新的飛蠅盒今天已經補寄，追蹤單號 1ZK7704R0330680024，壞掉的那個不需要寄回。\n\n鄔采薇",
     ["damage", "tracking"], "運送破損補寄 (JC5)"),
    ("蒙先生 您好：\n\n您的包裹已經寄出，我們這邊無法再更改地址。您可以到 UPS My Choice 輸入追蹤單號 1ZK7704R0330687712，申請改派到新地址或就近的取件點，UPS 可能會收取少量費用。\n\n羅啟帆",
     ["address", "tracking"], "已出貨後改派 (JC14)"),
    ("鍾小姐 您好：\n\n您的捲線器目前在海關等待放行，進口關稅已在下單時由亞馬遜收取，送達時不需要另外付費。通常一到三個工作天就會放行並繼續配送。\n\n鄔采薇",
     ["customs"], "海關放行與關稅 (JC5)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ================================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Mr Quiller,\n\nFor someone just starting out, the Pivot R2 is the easier choice: the jaws take everything from tiny midges to bass bugs, and the rotary handle helps when you wrap bodies. The Pivot Mini is better if you mostly tie at the riverside or on trips, since it packs into a pouch the size of a sunglasses case.\n\nMaren",
     ["advice", "comparison"], "the buyer asked which vise to choose; no price or push to buy (JC9)"),
    ("Hello Ms Venning,\n\nThe Drift 5/6 holds a weight-forward 6 line with about 100 yards of 20 lb backing. If you fish a 5-weight line on it, you can fit around 130 yards. We would not go heavier than a 6-weight, as the line will rub the frame.\n\nCaspian",
     ["advice", "compatibility"], "line capacity (JC9)"),
    ("Dear Mr Tangye,\n\nSize 24 and 26 midge hooks are fine in the Pivot Mini. Set the hook right at the very tips of the jaws so you have room for your fingers, and use a lighter thread, 12/0 or finer, so the body stays slim.\n\nHollis",
     ["advice"], "tying very small flies (JC9)"),
    ("Hi Ms Hammill,\n\nWe expect the Surge 8/9 in olive to be available again around the middle of next month. The grey version is the same reel in a different finish if you need one sooner.\n\nJunia",
     ["stock"], "restock question about an item not yet ordered (JC10)"),
    ("Hello Mr Scobie,\n\nUnopened tippet keeps well for several years if it stays in a cool, dark drawer. Once a spool has spent a season in a vest it is worth testing a length before a trip, especially the finer sizes.\n\nMaren",
     ["advice"], "tippet shelf life (JC9)"),
    ("Hi Ms Drinkwater,\n\nThank you for the video of the drag. I have passed it to our reel technician, who is in on Monday, and I will write back by Tuesday afternoon with what he suggests.\n\nCaspian",
     ["holding"], "holding reply about a product fault (JC11)"),
    ("Dear Mr Rickard,\n\nI'm sorry to disappoint you, but the white crust under the spool is salt corrosion after the reel was stored wet, which our warranty does not cover. A soak of the frame in warm fresh water and a soft brush will remove most of it, and the reel should keep working normally.\n\nHollis",
     ["warranty-decision"], "a warranty claim declined: coverage decisions are not logistics (JC6)"),
    ("Hi Ms Tonkin,\n\nYes, the Hatchcase slim box floats when it is closed, even when it is full of flies. It will not float with the lid open, so clip it to a retractor if you often open it while wading.\n\nJunia",
     ["advice"], "does the fly box float (JC9)"),
    ("Hello Mr Ivey-Marsh,\n\nFor tying the fly to the tippet, an improved clinch knot is quick and strong down to 6X. For streamers that should swing freely, a non-slip loop knot gives them more movement.\n\nMaren",
     ["advice"], "knot advice (JC9)"),
    ("Hi Ms Quenington,\n\nI hope the fly boxes have kept your flies in order this season. If you have a minute, an honest review on Amazon would help other anglers decide whether the boxes suit them.\n\nCaspian",
     ["review-request"], "a neutral review request in the agent's own words: template-required only (JC8)"),
]:
    free(N, "en", text, [TR], note, tags)
for text, tags, note in [
    ("柳先生，您好：\n\nPivot R2 的夹头可以夹到 3/0 号的海钓钩，夹大钩时请把后面的调节旋钮往松的方向转几圈，再合上扳手。\n\n阮嘉禾",
     ["advice"], "大号钩子能否夹住 (JC9)"),
    ("瞿女士，您好：\n\nDrift 5/6 的备用线杯和原来的线杯完全通用，可以分别装浮水线和沉水线，到了水边直接换。\n\n闻思远",
     ["advice", "compatibility"], "备用线杯是否通用 (JC9)"),
    ("冷先生，您好：\n\n橄榄绿的 Surge 8/9 预计下个月中旬会重新有货，灰色款是同一款卷线器，只是颜色不同。\n\n阮嘉禾",
     ["stock"], "尚未下单的补货咨询 (JC10)"),
    ("乐女士，您好：\n\n谢谢您发来的视频，我已经转给我们的卷线器技师，他周一上班后会查看，我最晚周二下午给您回复处理建议。\n\n闻思远",
     ["holding"], "关于故障的暂时回复 (JC11)"),
    ("靳先生，您好：\n\n子线和毛钩连接，推荐用改良克林奇结，打结前先把线打湿再拉紧，6X 以下的细线也不容易断。\n\n阮嘉禾",
     ["advice"], "打结建议 (JC9)"),
]:
    free(N, "zh", text, [TR], note, tags)
for text, tags, note in [
    ("蒲小姐 您好：\n\n飛蠅盒闔上時即使裝滿毛鉤也能浮在水面上，但打開時就不會浮，涉水時建議用伸縮扣掛在背心上。\n\n羅啟帆",
     ["advice"], "飛蠅盒是否會浮 (JC9)"),
    ("鄒先生 您好：\n\nDrift 5/6 適合 5 號和 6 號線，搭配 6 號線時大約可以捲 100 碼背線。\n\n鄔采薇",
     ["advice", "compatibility"], "適用線號 (JC9)"),
    ("武小姐 您好：\n\n很抱歉，線杯下方的白色結晶是捲線器濕著收納造成的鹽分腐蝕，不在保固範圍內。用溫水浸泡機身再以軟毛刷清理，大部分都能去除，捲線器也能正常使用。\n\n羅啟帆",
     ["warranty-decision"], "保固判定不屬物流 (JC6)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ================================================================ 5. rewritten -> [template-required]
RW = "rewritten"
for text, note in [
    ("Hi Mr Gilhooly,\n\nThere are two bases in the box. Use the clamp on a wooden table up to about 1.75 inches thick and only do it up by hand; on glass, stone or when travelling, the pedestal is the one to use. Set the jaws roughly at eye height, lock the collar with the little hex key, and if a hook is outside the 8 to 20 range, adjust the back knob in quarter turns.\n\nJunia",
     "retells en/vise/setup (JC12)"),
    ("Hello Ms Tredinnick,\n\nSlipping hooks are nearly always about where the hook sits or how tight the jaws are. Grip just the bend, not the barb, give the rear knob a quarter turn clockwise until the hook stays put, and clean the jaws with alcohol if cement has got on them. Still slipping? Send a short clip and the hook size.\n\nMaren",
     "retells en/vise/jaw-slip (JC12)"),
    ("Hi Mr Prideaux,\n\nThe drag is sealed, so leave the cap alone; it never needs grease. You have about a turn and a half of adjustment. Keep it light for trout, add pressure or palm the rim when a big fish runs, and slacken it off before you put the reel away. Clicking is normal, grinding is not.\n\nCaspian",
     "retells en/reel/drag (JC12)"),
    ("Hello Ms Angwin,\n\nSwitching hands is simple: pop the spool off with the centre button, flip the little one-way bearing inside so its arrow faces the other way, and push it home. Then check the handle spins freely one way only, and re-wind your line and backing the other way round.\n\nHollis",
     "retells en/reel/retrieve (JC12)"),
    ("Hi Mr Roseveare,\n\nThe reel is built for the sea, but salt still creeps in behind the spool. After fishing, wind the drag up, run it under lukewarm tap water for a minute, then back the drag off and let the spool and frame dry apart, out of the sun. A drop of oil on the handle once a year is all it needs.\n\nJunia",
     "retells en/reel/saltwater-care (JC12)"),
    ("Hello Ms Kitto,\n\nA quick rule: hook size divided by three gives the X number, so 6X for an 18 and 4X for a 12. Drop a size for spooky trout in clear water, go up a size around snags. Fluoro for nymphs and streamers, nylon for dries, and moisten your surgeon's knot before cinching it.\n\nMaren",
     "retells en/tippet/sizing (JC12)"),
    ("Hi Mr Bolitho,\n\nSorry your flies ended up in the river. The clip on the lid needs a firm press until it clicks for the first couple of weeks, while the hinge is still stiff; after that it closes by itself. If it keeps popping open after a few trips, let us know and we'll swap the box.\n\nCaspian",
     "retells en/apology/box-latch (JC12)"),
]:
    free(RW, "en", text, [TR], note, ["rewrite"])
for text, note in [
    ("钟先生，您好：\n\n先把钩柄调到和旋转轴一条线上，转手柄时钩子不上下晃就对了。之后缠线、绕毛羽都直接转钩子，手柄边的阻尼旋钮拧紧能定住角度，拧松可以一直转。\n\n闻思远",
     "改写 zh/vise/rotary (JC12)"),
    ("邝女士，您好：\n\n简单说：先定好左右手，再用轴结把编织背线固定在线杯上，拉紧绕好；然后接主线，绕完后离线杯边缘留五毫米左右，太满就减几圈背线。\n\n阮嘉禾",
     "改写 zh/reel/backing (JC12)"),
    ("栾先生，您好：\n\n咔哒声来自棘轮提示器，新卷线器弹簧紧，所以比较响，用一阵子就会变小，跟泄力调多紧没有关系。要是听到的是摩擦声，再告诉我们。\n\n闻思远",
     "改写 zh/apology/reel-noise (JC12)"),
]:
    free(RW, "zh", text, [TR], note, ["rewrite"])
for text, note in [
    ("晁小姐 您好：\n\n毛鉤把鉤彎壓進泡棉的切縫就好，不用刺進去。濕的毛鉤先晾乾再收，泡棉髒了用清水沖一沖陰乾，別用吹風機。\n\n鄔采薇",
     "改寫 zh-tw/box/foam (JC12)"),
    ("邵太太 您好：\n\n線杯拆不下來時，先把洩力轉到最鬆，按住中間的按鈕邊轉邊拉；還是不行就用溫水沖一分鐘讓鹽分溶掉，千萬別用工具撬。\n\n羅啟帆",
     "改寫 zh-tw/troubleshoot/reel-spool (JC12)"),
]:
    free(RW, "zh", text, [TR], note, ["rewrite"], trad=True)

# ================================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Treharne,\n\nYour Pivot R2 will be delivered by UPS on Thursday. Before your first fly, put a drop of light oil on the rotary shaft and work the handle a few turns so it moves smoothly.\n\nJunia",
     "delivery date plus first-use advice (JC7)"),
    ("Hello Ms Chenoweth,\n\nThe replacement spool shipped today by USPS. Until it arrives, you can fish the original spool with a lighter drag setting so the line does not catch on the dented rim.\n\nMaren",
     "replacement shipped plus fishing advice (JC7)"),
    ("Dear Mr Pascoe-Lyle,\n\nWe have started your return and the UPS label is in Your Orders. Before you send it, it may be worth trying one thing: wiping the jaw faces with rubbing alcohol often stops hooks from slipping.\n\nCaspian",
     "return plus troubleshooting in the agent's own words (JC7)"),
    ("Hi Ms Vosper,\n\nYour reel is in customs in Calgary for a day or two. In the meantime, load your line onto the spare spool you already have so you are ready to go when the reel arrives.\n\nHollis",
     "customs plus line-loading advice (JC7)"),
    ("Hello Mr Hext,\n\nYour tippet spools are out for delivery today. For the evening hatch you mentioned, 6X should be right for the size 18 duns.\n\nJunia",
     "out-for-delivery plus tippet advice (JC7)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("仇先生，您好：\n\n换货的卷线器明天由 FedEx 发出。收到之前，原来那个可以继续用，只要别把泄力拧到最紧，就不会卡线。\n\n阮嘉禾",
     "发货加使用建议 (JC7)"),
    ("全女士，您好：\n\n包裹预计周四送达。收到夹钩器后，先别急着夹大钩，从 12 号钩开始练习，调好夹头的松紧再换别的尺寸。\n\n闻思远",
     "送达加使用建议 (JC7)"),
    ("卫先生，您好：\n\n您的卷线器还在清关，子线已经先到了。等待期间可以先把子线按 5X、6X 分好放进飞蝇盒，卷线器到了就能直接出钓。\n\n阮嘉禾",
     "清关加准备建议 (JC7, JC13)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("喬先生 您好：\n\n補寄的線杯今天已經寄出。收到之前，建議每次出海回來都先用清水沖洗捲線器，避免鹽分卡在線杯和機身之間。\n\n鄔采薇",
     "補寄加保養建議 (JC7)"),
    ("彭小姐 您好：\n\n飛蠅盒預計週三送達。收到後建議先把濕的毛鉤晾乾再放進去，泡棉比較不會有異味。\n\n羅啟帆",
     "送達加使用建議 (JC7)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ================================================================ 7. violating
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


bad("en/reel/drag", dict(buyer_name="Mr Trounson", reel=R56, max_drag="12 lb (5.4 kg)", agent_name=A1),
    "if you notice one.",
    "P.S. Spare spools for the Drift are 15% off this month with code HATCH15.",
    [MKT, TR], "P.S. with a discount code for spare spools", sep="\n\n")
bad("en/vise/setup", dict(buyer_name="Ms Nancarrow", vise=VR, agent_name=A2),
    "closes with firm pressure but without force.",
    "If you are happy with the vise, we would be thrilled if you left us a five-star review.",
    [RI, TR], "five-star ask aimed at satisfied buyers")
bad("en/vise/jaw-slip", dict(buyer_name="Mr Carveth", vise=VM, agent_name=A3),
    "we will look at it straight away.",
    "For a quicker answer, text our tying specialist directly at (406) 555-0142.",
    [OPC, TR], "support moved to a phone number")
bad("en/apology/box-latch", dict(buyer_name="Ms Hocking-Rae", box=BX, agent_name=A4),
    "we will replace the box.",
    "If you are thinking of leaving a negative review, please message us first so we can make it right.",
    [RI, TR], "review gating: an unhappy buyer is steered away from reviewing")
bad("en/reel/retrieve", dict(buyer_name="Mr Spargo", reel=R34, agent_name=A1),
    "the wrong side of the spool.",
    "Our new Drift 7/8 is coming next month, and anyone who puts in a pre-order now gets a matching spare spool thrown in.",
    [MKT, TR], "new-product announcement and a push to pre-order", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Ms Jewell-Ambrey", order_id="114-3308126-7742059", product=TF, agent_name=A2),
    "we read every one of them.",
    "As a thank-you, we will post you two spools of tippet for free as soon as your review goes live.",
    [RI, TR], "free product in exchange for a review")
bad("en/tippet/sizing", dict(buyer_name="Mr Keverne", tippet=TN, agent_name=A3),
    "is not weakened by heat.",
    "Our full knot guide and video lessons are on our own website at kestrelwaterfly.com/knots.",
    [OPC, TR], "product help moved to the seller's own website")
bad("en/warranty/claim", dict(buyer_name="Ms Bennetto", product=R89, warranty_period="five-year", order_id="112-9917463-0582214",
    case_id="KWF-W-31345", agent_name=A4),
    "either a replacement part or the next step.",
    "Once the replacement part ships, you can follow its tracking on our own site at kestrelwaterfly.com/orders instead of in your Amazon account.",
    [OPC], "tracking moved to the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Tregenza,\n\nThe refund for your returned Surge 8/9 went through today. Now that everything is sorted, would you mind removing the two-star review you left last week?\n\nHollis",
     [RI, TR], "refund of a return (logistics) plus a request to remove a review; the review part is not logistics (JC3)",
     ["free-written"])

bad("zh/vise/rotary", dict(buyer_name="邓先生", vise=VR_ZHS, agent_name=Z1),
    "拧松则可以连续转动。",
    "如果还是不会调，可以加我们的微信 kw_flytying，我们发视频一步步教您。",
    [OPC, TR], "产品指导转到微信")
bad("zh/review/neutral-request", dict(buyer_name="费女士", product=R34_ZH, order_id="113-6650214-9038872", agent_name=Z2),
    "我们也会认真阅读每一条。",
    "留下五星好评后截图给我们，即可获得十美元返现。",
    [RI, TR], "五星好评返现")
bad("zh/apology/reel-noise", dict(buyer_name="鲍先生", reel=R56_ZH, agent_name=Z1),
    "我们会进一步为您检查。",
    "问题解决以后，麻烦您把之前留的一星评价删掉。",
    [RI, TR], "要求删除差评")
bad("zh/reel/backing", dict(buyer_name="颜女士", reel=R56_ZH, backing_yards="100 码", agent_name=Z2),
    "容易卡在框架上。",
    "另外，本店背线和主线套装本周九折，欢迎一起选购！",
    [MKT, TR], "背线主线套装九折促销")
bad("zh/warranty/claim", dict(buyer_name="祖先生", product=VR_ZHS, warranty_period="终身", order_id="111-4729305-6610483",
    case_id="KWF-W-31361", agent_name=Z1),
    "告诉您更换的零件或者下一步的安排。",
    "着急的话也可以直接拨打我们的售后电话 406-555-0177 联系工程师。",
    [OPC, TR], "售后转到电话；保修咨询不是物流")
free(V, "zh", "甄女士，您好：\n\n退回的 Drift 3/4 仓库已经签收。为了让您早点拿到钱，这次退款我们不走亚马逊，直接用支付宝转给您，麻烦把支付宝账号发给我们。\n\n闻思远",
     [OPC], "退货退款改走支付宝：内容仍是退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

bad("zh-tw/box/foam", dict(buyer_name="湛先生", box=BS_TW, agent_name=W1),
    "可以用少量防水膠重新黏回。",
    "想更快得到回覆的話，歡迎加我們的 LINE 官方帳號 @kwflytw 直接聯繫。",
    [OPC, TR], "客服轉到 LINE 官方帳號")
bad("zh-tw/tippet/storage", dict(buyer_name="饒小姐", tippet=TF_TW, agent_name=W2),
    "避免整軸鬆開。",
    "如果您覺得子線好用，請幫我們留個五星好評。",
    [RI, TR], "滿意才請求五星好評")
free(V, "zh", "紀先生 您好：\n\n您的飛蠅盒今天已經寄出，追蹤單號 582031797761。順便告訴您，飛蠅盒本週買二送一，歡迎到我們的官網 kestrelwaterfly.com 選購。\n\n鄔采薇",
     [MKT, OPC, TR], "寄出通知（物流）加本週買二送一並導向官網；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
