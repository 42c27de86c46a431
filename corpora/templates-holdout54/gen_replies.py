# -*- coding: utf-8 -*-
"""Labelled seller replies of t54 (imported by gen.py). Every text written for this set."""
import re
import textwrap
from gen_templates import TEMPLATES

PH_RE = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    want = set(PH_RE.findall(TEMPLATES[tid]))
    if set(vals) != want:
        raise SystemExit("values for %s: got %s, want %s" % (tid, sorted(vals), sorted(want)))
    return PH_RE.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _add(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, extra=None, trad=False):
    tags = [cat] + list(tags)
    if trad:
        tags.append("traditional")
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(labels), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, extra=extra))


def fill(tid, vals, note, edits=(), cat="filled-template", labels=(), tags=(), extra=None):
    text = render(tid, vals)
    for old, new in edits:
        if text.count(old) != 1:
            raise SystemExit("edit %r must occur once in %s (found %d)" % (old, tid, text.count(old)))
        text = text.replace(old, new)
    exact = not edits
    kind = ["exact" if exact else "edited"] if cat == "filled-template" else []
    _add(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
         tid=tid, vals=vals, exact=exact, extra=extra, trad=tid.startswith("zh-tw/"))


def rewrap(tid, vals, starts, width):
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# ------------------------------------------------------------------ people and products (all invented)
A1, A2, A3, A4 = "Ottoline Marchbank", "Rafferty Nakamura-Gill", "Perpetua Lindgren-Obi", "Caspian Wedderburn"
Z1, Z2 = "甘露薇", "俞景川"
W1, W2 = "邵品萱", "馬以誠"
R21, R26, R29 = "Alder Roam 21 Carry-On Spinner", "Alder Roam 26 Medium Spinner", "Alder Roam 29 Large Spinner"
FW, FT, PC = "Ferrow Weekender Duffel", "Ferrow Trek Pack 32", "Pleatpack Compression Cubes"
LINE = "Alder Roam"
R21_LONG = ("Alder Roam 21 Carry-On Luggage, Expandable Hardside Polycarbonate Spinner Suitcase with TSA-Approved "
            "Combination Lock, 8 Double Spinner Wheels, Aluminium Telescoping Handle, 21-Inch, Glacier Blue")
DIMS, WEIGHT = "22 x 14 x 9 inches", "7.6 pounds"
DIMS_LONG = ("21.7 x 14.2 x 9.1 inches (55 x 36 x 23 cm) including the wheels, the side carry handle and the "
             "retracted telescoping handle, or 21.7 x 14.2 x 11.1 inches with the expansion zipper open")
R26_ZH = ("Alder Roam 26 中号托运行李箱 聚碳酸酯硬壳 可扩容 海关密码锁 八个双排静音万向轮 "
          "铝合金伸缩拉杆 二十六英寸 雾霾蓝")
FW_TW = ("Ferrow Weekender 旅行袋 四十五公升 防潑水塗層尼龍 真皮提把 可拆式肩背帶 "
         "附獨立鞋袋 橄欖綠")
C = "filled-template"

# ============================================================ 1. filled templates -> []
fill("en/lock/tsa-combination", dict(buyer_name="Ms Ballantyne", product=R21, agent_name=A1), "exact fill")
fill("en/lock/tsa-combination", dict(buyer_name="Thaddeus", product=R21_LONG, agent_name=A2),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Hello Thaddeus,", "Morning Thaddeus,")], tags=["greeting", "long-value"])
_v = dict(buyer_name="Mr Marchetti-Doyle", product=R26, agent_name=A3)
fill("en/lock/tsa-combination", _v, "first and last paragraphs hard-wrapped at 68 columns (JC2)",
     edits=[rewrap("en/lock/tsa-combination", _v, "Thanks for your question", 68),
            rewrap("en/lock/tsa-combination", _v, "Write the new numbers", 68)],
     tags=["reflow"])
fill("en/size/carry-on", dict(buyer_name="Ms Ekwueme", product=R21, dimensions=DIMS, weight=WEIGHT, agent_name=A4),
     "exact fill")
fill("en/size/carry-on", dict(buyer_name="Mr Solberg", product=R21, dimensions=DIMS_LONG, weight="7.6 pounds (3.4 kg)",
     agent_name=A1), "a 170-character measurement in the dimensions slot (JC2)", edits=[], tags=["long-value"])
fill("en/size/carry-on", dict(buyer_name="Ms Ardagh-Pike", product=R21, dimensions=DIMS, weight=WEIGHT, agent_name=A2),
     "sign-off changed into a warm line about the buyer's week in Lisbon (JC2)",
     edits=[("Have a good trip,", "Enjoy the week in Lisbon, and have a good trip,")], tags=["sign-off", "warm-line"])
fill("en/wheels/replace", dict(buyer_name="Mr Ilunga", product=R26, product_line=LINE, agent_name=A3), "exact fill")
fill("en/wheels/replace", dict(buyer_name="Ms Corcoran-Yeo", product=R29, product_line=LINE, agent_name=A4),
     "one long sentence of the second paragraph split in two (JC2)",
     edits=[("Take them out, pull the old wheel away from the outside, press the new wheel into its place, and put the screws back without over-tightening them.",
             "Take them out and pull the old wheel away from the outside. Press the new wheel into its place, and put the screws back without over-tightening them.")],
     tags=["split"])
fill("en/wheels/replace", dict(buyer_name="Florentyna", product=R21, product_line=LINE, agent_name=A1),
     "one wording edit: 'about ten minutes' -> 'roughly ten minutes' (JC2)",
     edits=[("about ten minutes", "roughly ten minutes")], tags=["wording"])
fill("en/handle/stuck", dict(buyer_name="Mr Abiodun-Hale", product=R26, agent_name=A2), "exact fill")
fill("en/handle/stuck", dict(buyer_name="Leocadia", product=R21, agent_name=A3),
     "greeting changed and a sympathetic line with no product content added (JC2)",
     edits=[("Hello Leocadia,", "Hi Leocadia,\n\nWhat a thing to happen in the middle of a tight connection.")],
     tags=["greeting", "warm-line"])
fill("en/care/shell", dict(buyer_name="Ms Thornbury", product=R29, agent_name=A4), "exact fill")
fill("en/care/shell", dict(buyer_name="Mr Vasquez-Orme", product=R26, agent_name=A1),
     "two sentences of the first paragraph joined with 'so just' (JC2)",
     edits=[("come off easily. Use warm water", "come off easily, so just use warm water")], tags=["merge"])
fill("en/warranty/claim", dict(buyer_name="Ms Delacroix-Nunn", product=R29, warranty_period="five-year",
     case_id="BKF-C-20418", order_id="112-3058817-6620493", agent_name=A2), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Mr Oyelowo", product=FW, warranty_period="two-year",
     case_id="BKF-C-20451", order_id="114-7720365-1048852", agent_name=A3),
     "the two sentences of the last paragraph swapped (JC2)",
     edits=[("So that we can look at your claim, please describe what happened in a reply to this message and add two photos: one of the whole case and one close-up of the fault. Your claim reference is BKF-C-20451, linked to order 114-7720365-1048852.",
             "Your claim reference is BKF-C-20451, linked to order 114-7720365-1048852. So that we can look at your claim, please describe what happened in a reply to this message and add two photos: one of the whole case and one close-up of the fault.")],
     tags=["reorder"])
fill("en/apology/zipper-split", dict(buyer_name="Ms Rydberg", product=R26, agent_name=A4), "exact fill")
fill("en/apology/zipper-split", dict(buyer_name="Mr Pomeroy-Shah", product=R21, agent_name=A1),
     "one sentence paraphrased with the same facts (JC2)",
     edits=[("Please do not try to force the slider back over the teeth, because that can tear the tape and rule out a repair.",
             "Forcing the slider back over the teeth can tear the tape and make a repair impossible, so please leave it as it is.")],
     tags=["paraphrase"])
fill("en/review/neutral-request", dict(buyer_name="Ms Hallworth", product=R21, order_id="113-8840276-3315094", agent_name=A2),
     "exact fill; the only review request for this order, and the buyer had not praised the product first (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Benedikt", product=FT, order_id="111-6093342-7781650", agent_name=A3),
     "greeting and sign-off changed; the only review request for this order (JC2, JC8)",
     edits=[("Hi Benedikt,", "Hello Benedikt,"), ("Thank you,", "With thanks,")], tags=["greeting", "sign-off"])
fill("en/backpack/laptop", dict(buyer_name="Mr Nakashima-Reed", product=FT, laptop_size="16 inches", agent_name=A4),
     "exact fill")
fill("en/backpack/laptop", dict(buyer_name="Ms Kilbride", product=FT, laptop_size="15.6 inches", agent_name=A1),
     "warm line about the buyer's trek added before the sign-off (JC2)",
     edits=[("catching in an overhead bin.", "catching in an overhead bin.\n\nI hope the trek in Patagonia goes brilliantly.")],
     tags=["warm-line"])

fill("zh/expand/zipper", dict(buyer_name="吕先生", product=R26, extra_capacity="百分之十五", agent_name=Z1), "exact fill")
fill("zh/expand/zipper", dict(buyer_name="汤女士", product=R26_ZH, extra_capacity="百分之十五", agent_name=Z2),
     "整段商品标题放入 product 占位符，问候语改写 (JC2)", edits=[("汤女士，您好：", "汤女士，上午好：")],
     tags=["long-value", "greeting"])
fill("zh/expand/zipper", dict(buyer_name="尹先生", product=R29, extra_capacity="百分之十二", agent_name=Z1),
     "结尾祝语改写 (JC2)", edits=[("祝旅途顺利！", "祝您和家人假期愉快！")], tags=["sign-off"])
fill("zh/wheels/noise", dict(buyer_name="柯女士", product=R21, agent_name=Z2), "exact fill")
fill("zh/wheels/noise", dict(buyer_name="洪先生", product=R26, agent_name=Z1),
     "最后一段拆成两句 (JC2)",
     edits=[("平时尽量不要在碎石路上长距离拖行，上下台阶和路沿时把箱子提起来，轮子会耐用很多。",
             "平时尽量不要在碎石路上长距离拖行。上下台阶和路沿时，请把箱子提起来，这样轮子会耐用很多。")],
     tags=["split"])
fill("zh/warranty/claim", dict(buyer_name="邱女士", product=R29, warranty_period="五年", case_id="BKF-C-20533",
     order_id="112-5509183-7246610", agent_name=Z2), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="程先生", product=FW, warranty_period="两年", case_id="BKF-C-20587",
     order_id="113-2276049-9183357", agent_name=Z1),
     "措辞微调：“说明问题”改为“讲一下问题” (JC2)", edits=[("说明问题是怎样出现的", "讲一下问题是怎样出现的")],
     tags=["wording"])
fill("zh/review/neutral-request", dict(buyer_name="谷女士", product=R21, order_id="114-6638201-5570934", agent_name=Z2),
     "exact fill；本订单唯一一次评论邀请，买家此前没有在对话中表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="雷先生", product=FT, order_id="111-9042718-3386025", agent_name=Z1),
     "问候语改为节日问候；本订单唯一一次评论邀请 (JC2, JC8)", edits=[("雷先生，您好：", "雷先生，中秋快乐：")],
     tags=["greeting"])
fill("zh/apology/dent", dict(buyer_name="段女士", product=R29, agent_name=Z2), "exact fill")
fill("zh/apology/dent", dict(buyer_name="毛先生", product=R26, agent_name=Z1),
     "第一段两句合并为一句 (JC2)", edits=[("真的很抱歉让您担心了。我们的箱壳", "真的很抱歉让您担心了，我们的箱壳")],
     tags=["merge"])
fill("zh/apology/dent", dict(buyer_name="武女士", product=R21, agent_name=Z2),
     "开头加一句体谅的话，不含产品内容 (JC2)",
     edits=[("武女士，您好：", "武女士，您好：\n\n新箱子第一次出门就碰出凹痕，换作是我也会心疼。")], tags=["warm-line"])

fill("zh-tw/lock/customs-lock", dict(buyer_name="盧小姐", product=R21, agent_name=W1),
     "exact fill；「海關鎖」是 TSA 鎖的俗稱，不是物流 (JC9)")
fill("zh-tw/lock/customs-lock", dict(buyer_name="歐陽先生", product=R26, agent_name=W2),
     "結尾祝語改寫 (JC2)", edits=[("祝 旅途平安", "祝 出差順利")], tags=["sign-off"])
fill("zh-tw/cubes/compression", dict(buyer_name="潘太太", product=PC, agent_name=W2), "exact fill")
fill("zh-tw/cubes/compression", dict(buyer_name="賀先生", product=PC, agent_name=W1),
     "第二段兩句調換順序 (JC2)",
     edits=[("建議把衣服捲起來再放進去，比摺疊更省空間，也比較不容易起皺。大袋放長褲和外套，中袋放上衣，小袋放貼身衣物和襪子。",
             "大袋放長褲和外套，中袋放上衣，小袋放貼身衣物和襪子。建議把衣服捲起來再放進去，比摺疊更省空間，也比較不容易起皺。")],
     tags=["reorder"])
fill("zh-tw/wheels/brake", dict(buyer_name="白小姐", product=R29, agent_name=W1), "exact fill")
fill("zh-tw/wheels/brake", dict(buyer_name="呂先生", product=R21, agent_name=W2),
     "問候語改寫並加一句體諒的話 (JC2)",
     edits=[("呂先生 您好：", "呂先生 早安：\n\n帶著孩子又拖著箱子趕車，確實很辛苦。")], tags=["greeting", "warm-line"])
fill("zh-tw/duffel/care", dict(buyer_name="游太太", product=FW, agent_name=W1), "exact fill")
fill("zh-tw/duffel/care", dict(buyer_name="顏先生", product=FW_TW, agent_name=W2),
     "整段商品標題放入 product 佔位符 (JC2)", edits=[], tags=["long-value"])
fill("zh-tw/duffel/care", dict(buyer_name="杜小姐", product=FW, agent_name=W1),
     "第一段兩句合併 (JC2)", edits=[("以軟布擦拭即可。請不要放進", "以軟布擦拭即可，但請不要放進")], tags=["merge"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" "):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep)


fill_log("en/lock/tsa-combination", dict(buyer_name="Mr Greenhalgh", product=R21, agent_name=A2),
         "the next time you open the lock yourself.",
         "The Alder Roam 29 from the same order is too big to travel in one box with the carry-on, so it left Reno on its own by FedEx Ground, tracking 772905163348, and is due on Thursday.",
         "second case shipped separately, tracking added as its own paragraph", sep="\n\n")
fill_log("en/wheels/replace", dict(buyer_name="Ms Oduro-Fenwick", product=R29, product_line=LINE, agent_name=A3),
         "in the Alder Roam range.",
         "The spare wheel kit itself is free of charge and went out this morning by USPS, tracking 9434636208174409215538.",
         "spare part dispatched at no charge (JC6)")
fill_log("en/size/carry-on", dict(buyer_name="Mr Lindberg-Asante", product=R21, dimensions=DIMS, weight=WEIGHT, agent_name=A4),
         "if you decide to check the case in.",
         "If it turns out too big for your airline, the case is still inside its 30-day return window: start the return from Your Orders and leave the plastic wheel guards on.",
         "return window and return condition")
fill_log("en/warranty/claim", dict(buyer_name="Ms Whitlam", product=R26, warranty_period="five-year",
         case_id="BKF-C-20612", order_id="113-4417092-6608135", agent_name=A1),
         "linked to order 113-4417092-6608135.",
         "If we need to inspect the case, we will put a prepaid UPS label in this thread, and you can hand the case in at any UPS Store without a box.",
         "how a warranty case would travel back (JC4)")
fill_log("en/apology/zipper-split", dict(buyer_name="Mr Fairbrother", product=R26, agent_name=A2),
         "until everything is settled.",
         "The new case will ship from our Columbus warehouse within one business day, and you do not need to send the damaged one back.",
         "replacement dispatch, no return needed (JC6)")
fill_log("en/handle/stuck", dict(buyer_name="Ms Cheung-Latham", product=R29, agent_name=A3),
         "work out the next step together.",
         "As you asked, we have also changed the delivery address on your second order to your office in Denver; it has not shipped yet, so the delivery date stays the same.",
         "address change on another order before dispatch")
fill_log("zh/expand/zipper", dict(buyer_name="鲍女士", product=R29, extra_capacity="百分之十二", agent_name=Z2),
         "请尽量让总重量不超过航空公司的规定。",
         "您同一订单里的压缩收纳袋是单独发货的，预计周三送达。",
         "同一订单分开发货的送达时间")
fill_log("zh/wheels/noise", dict(buyer_name="阎先生", product=R26, agent_name=Z1),
         "轮子会耐用很多。",
         "另外，您要的备用轮子套装已经免费寄出，承运商为 USPS，运单号 9434636208174409307721。",
         "免费寄出备用零件 (JC6)")
fill_log("zh/warranty/claim", dict(buyer_name="常女士", product=R21, warranty_period="五年", case_id="BKF-C-20655",
         order_id="111-3397150-2084476", agent_name=Z2),
         "对应订单 111-3397150-2084476。",
         "处理期间如果您的收货地址有变化，请在本对话里告诉我们，换新的箱子会寄到新地址。",
         "质保处理期间的收货地址")
fill_log("zh/apology/dent", dict(buyer_name="庞先生", product=R29, agent_name=Z1),
         "我们会继续为您处理。",
         "如果您更想直接退货，可以在“您的订单”里申请，退货运费由我们承担，仓库收到箱子后会把货款退回原支付方式。",
         "退货与退款说明")
fill_log("zh-tw/lock/customs-lock", dict(buyer_name="柳小姐", product=R21, agent_name=W2),
         "就會恢復綠色。",
         "您一起訂購的壓縮收納袋是另外寄出的，追蹤單號 1Z8V63E40312870945，預計週四送達。",
         "分開寄出的收納袋追蹤單號")
fill_log("zh-tw/duffel/care", dict(buyer_name="史先生", product=FW, agent_name=W1),
         "可以維持袋形。",
         "您反映收到的顏色不對，正確顏色的旅行袋今天已經免費補寄，寄錯的那個不用寄回。",
         "寄錯顏色的補寄 (JC6)")

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Gallagher-Tse,\n\nYour Alder Roam 26 left our Reno warehouse this morning with UPS, tracking 1Z8V63E40312871030. UPS has it down for Wednesday, end of day.\n\nOttoline",
     ["tracking"], "tracking and expected delivery (JC13)"),
    ("Hello Ms Brightwater,\n\nJust so it's not a surprise: the large case ships in its own printed carton with the shipping label stuck straight on it, so anyone at the door can see it's a suitcase. If it's a gift, tell us today and we'll put it in a plain outer box instead. That adds one day before it ships.\n\nRafferty",
     ["shipping", "packing"], "how the case is boxed for shipping (JC13)"),
    ("Hi Mr Tillotson,\n\nSorry about this. The parcel missed its connection in Memphis and FedEx now says Friday, which is the day after your flight. We've sent a second case by overnight air at our cost, so it should reach you Thursday. When the first one turns up, just leave it sealed and we'll send you a free return label for it.\n\nCaspian",
     ["delay"], "delay before the buyer's trip, second unit sent (JC6, JC13)"),
    ("Dear Ms Kinsella,\n\nUPS shows the parcel delivered at 11:52 this morning and signed for by FRONT DESK. It's a big box, so it may be in your building's package room. Could you check with the front desk? If it hasn't turned up by Monday, reply here and we'll open a trace with UPS and send another case.\n\nPerpetua",
     ["delivery"], "delivered but not found (JC13)"),
    ("Hi Mr Rowntree,\n\nThe order was already with FedEx when your message came in, so we can't change the address from our side any more. With tracking 772905164521 you can ask FedEx to hold it at one of their locations near your new place and collect it with photo ID. If that doesn't work, refuse the delivery and we'll refund you once it's back with us.\n\nCaspian",
     ["address"], "address change after dispatch (JC13)"),
    ("Hello Ms Paterno-Blythe,\n\nFor the return: start it in Your Orders and print the label. Please leave the plastic wheel guards and the hangtag on, set the lock back to 0-0-0 so our warehouse can open it, and pack the case in the carton it came in. The label goes on the carton, not on the case. No carton? Any UPS Store can box it for you.\n\nOttoline",
     ["returns", "packing"], "return with packing instructions; resetting the lock is part of the return (JC4)"),
    ("Hi Mr Szymczak,\n\nThe Weekender you sent back reached our Columbus warehouse yesterday. We've refunded $139.00 to the card you paid with; banks usually show it within 3-5 business days.\n\nRafferty",
     ["refund", "returns"], "refund of a return (JC11, JC13)"),
    ("Dear Ms Ibarra-Quinn,\n\nYour order to Guadalajara was sent with the import fees already paid at checkout, so DHL shouldn't ask you for anything on delivery. If the driver wants payment, please don't pay it; send us a photo of the notice here and we'll sort it out with DHL.\n\nPerpetua",
     ["customs"], "import fees prepaid for a Mexican address (JC7)"),
    ("Hello Mr Westergaard,\n\nQuick update: customs in Vancouver are holding a lot of parcels this week, yours included. Once it's released, Canada Post takes over and normally delivers within two days. You don't need to fill anything in. If Canada Post leaves a card asking for fees, check with us before paying.\n\nCaspian",
     ["customs"], "parcel held in customs (JC7)"),
    ("Hi Ms Greaves,\n\nDone, the order is cancelled. It hadn't left the warehouse, so nothing was charged; the hold on your card should disappear in a few days.\n\nOttoline",
     ["cancellation"], "cancellation before dispatch (JC11, JC13)"),
    ("Hello Mr Quist,\n\nThe three-piece set ships as one box: the carry-on sits inside the medium case and the medium inside the large one. So you'll get one parcel of about 40 pounds, not three, and there's only one tracking number: 1Z8V63E40312871146.\n\nRafferty",
     ["shipping", "tracking"], "nested set ships as one parcel (JC13)"),
    ("Dear Ms Montague-Ebo,\n\nI'm sorry, that box clearly took a beating and the front wheel housing snapped in transit. We've sent a new Alder Roam 29 today, UPS 1Z8V63E40312871254. A prepaid return label for the broken one is attached here; pack it in the new case's carton and drop it at any UPS location.\n\nPerpetua",
     ["damage", "returns"], "transit damage, replacement and return (JC4, JC6)"),
    ("Hi Mr Hartigan,\n\nThe parcel was too big for the locker you picked, so the driver left it at the Amazon Hub Counter in the pharmacy on 5th Street instead. Bring the pickup code from your delivery email and a photo ID; they keep parcels for 14 days.\n\nCaspian",
     ["delivery"], "locker too small, parcel at a pickup counter; 'pickup code' is not a promo code (JC11, JC13)"),
    ("Hello Ms Vickery,\n\nWe can't swap the colour on an order that has already been delivered. The quickest way is to return the grey case from Your Orders, choosing 'Wrong colour ordered', and place a new order for the sage one. The return label is free because you're within 30 days.\n\nOttoline",
     ["returns"], "colour exchange handled as a return (JC13)"),
    ("Hi Mr Oyinlola,\n\nYou're right, we sent the medium case instead of the carry-on, sorry. The carry-on went out today with UPS, 1Z8V63E40312871362, and should be with you Tuesday. A return label for the medium case is in Your Orders; no rush, you have 30 days.\n\nRafferty",
     ["fulfilment"], "wrong size sent and replaced (JC6)"),
    ("Dear Ms Mwangi-Ross,\n\nWe can send the packing cubes to your APO address by USPS, but the large case is over the size limit for military mail, so it has to go to an address in the States. Tell us which address you'd like for the case and we'll split the order.\n\nPerpetua",
     ["address", "shipping"], "size limit of military mail for the parcel (JC7)"),
    ("Hi Mr Delaney-Cobb,\n\nYour parcel arrived a day after the guaranteed date, so we've refunded the $14.99 you paid for one-day shipping. It goes back to the original card.\n\nCaspian",
     ["refund"], "shipping fee refunded for a late delivery (JC11, JC13)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("钟女士，您好：\n\n您的 Alder Roam 21 今天上午已从仓库发出，UPS 运单号 1Z8V63E40312871478，预计下周二送达。\n\n甘露薇",
     ["tracking"], "运单号与预计送达 (JC13)"),
    ("严先生，您好：\n\n抱歉，包裹因为大雪在转运中心滞留了两天，快递公司给的新时间是周四。如果周五您出发前还没收到，请马上在这里回复，我们改用次日达重新给您寄一个。\n\n俞景川",
     ["delay"], "大雪延误，出发前的补救 (JC13)"),
    ("丛女士，您好：\n\n订单还没出库，已经按您给的新地址改好了，送达日期不变。门牌号我们写的是 12B，如果不对请再告诉我们。\n\n甘露薇",
     ["address"], "发货前修改地址 (JC11, JC13)"),
    ("岳先生，您好：\n\n退货请在“您的订单”里提交，系统会给您一张预付费退货面单。寄回前麻烦把密码锁调回 0-0-0，轮子上的塑料护套和吊牌不要拆，箱子装回原来的纸箱，面单贴在纸箱上，不要直接贴在箱壳上。\n\n俞景川",
     ["returns", "packing"], "退货包装说明 (JC4)"),
    ("薛女士，您好：\n\n您退回的旅行袋仓库昨天已经签收，139美元已退回您付款用的银行卡，一般三到五个工作日到账。\n\n甘露薇",
     ["refund", "returns"], "退货退款 (JC11, JC13)"),
    ("黎先生，您好：\n\n快递显示包裹中午已经签收，放在小区快递柜旁边。箱子比较大，可能被物业先收走了，麻烦您问一下物业；两天内还找不到的话告诉我们，我们会向快递公司申请调查并重新发货。\n\n俞景川",
     ["delivery"], "显示签收但未收到 (JC13)"),
    ("祁女士，您好：\n\n包裹目前在温哥华海关等待清关，一般一到两天放行，之后由加拿大邮政派送。暂时不需要您提供任何资料。\n\n甘露薇",
     ["customs"], "清关中 (JC7)"),
    ("蒋先生，您好：\n\n订单已经帮您取消了。因为还没发货，不会扣款，卡上冻结的金额几天内会自动解除。\n\n俞景川",
     ["cancellation"], "发货前取消 (JC11, JC13)"),
    ("卢女士，您好：\n\n三件套是套在一起发货的：登机箱放在中号箱里，中号箱再放进大号箱，所以您只会收到一个大包裹，运单号只有一个：1Z8V63E40312871586。\n\n甘露薇",
     ["shipping", "tracking"], "三件套嵌套成一个包裹 (JC13)"),
    ("欧先生，您好：\n\n很抱歉，包裹在运输途中被压，前轮的轮座断了。新的箱子今天已经通过 UPS 寄出，运单号 1Z8V63E40312871694；坏的那个请用新箱子的纸箱装好寄回，预付费退货面单已经附在本对话里。\n\n俞景川",
     ["damage", "returns"], "运输损坏、补发与寄回 (JC4, JC6)"),
    ("尚女士，您好：\n\n寄往墨西哥的订单，进口税费在下单时已经一并支付，快递员送货时不会再收钱。如果对方要您付款，请先别付，把单据拍照发给我们，我们来跟快递公司处理。\n\n甘露薇",
     ["customs"], "进口税费已预付 (JC7)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("方小姐 您好：\n\n您的行李箱昨天已從倉庫寄出，由 UPS 配送，追蹤單號 1Z8V63E40312871702，預計週五送達。\n\n邵品萱",
     ["tracking"], "追蹤單號與預計送達 (JC13)"),
    ("宋先生 您好：\n\n很抱歉，東岸大雪讓貨運航班停飛兩天，物流公司預估下週一才會送達。如果您週二出發前還沒收到，請在這裡告訴我們，我們會改用隔日到貨再寄一個給您。\n\n馬以誠",
     ["delay"], "大雪延誤 (JC13)"),
    ("章太太 您好：\n\n退貨請在「您的訂單」申請，並列印預付退貨標籤。寄回前請把密碼鎖轉回 0-0-0，輪子的塑膠護套和吊牌請保留，箱子放回原本的紙箱，標籤貼在紙箱外面，不要貼在箱殼上。\n\n邵品萱",
     ["returns", "packing"], "退貨包裝說明 (JC4)"),
    ("伍先生 您好：\n\n倉庫已經收到您退回的收納袋，24.99 美元已退回原付款方式，大約三到五個工作天會入帳。\n\n馬以誠",
     ["refund", "returns"], "退貨退款 (JC11, JC13)"),
    ("季小姐 您好：\n\n訂單還沒出貨，已經依您的要求把收件地址改成新地址，送達日期不受影響。\n\n邵品萱",
     ["address"], "出貨前修改地址 (JC13)"),
    ("田先生 您好：\n\n物流顯示包裹下午兩點已簽收，由大樓管理員代收。箱子比較大，可能放在管理室後面的儲藏間，麻煩您問一下管理員；兩天內仍找不到的話，請告訴我們，我們會向物流公司申請調查並重新寄出。\n\n馬以誠",
     ["delivery"], "顯示簽收但未收到 (JC13)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Oakenfold,\n\nThe case has no built-in battery, so there's nothing to take out before you check it in. Your power bank is another matter: airlines want spare lithium batteries in the cabin, so keep it in your handbag or the front pocket of a carry-on, never in a checked case.\n\nOttoline",
     ["advice"], "airline battery rule: travel advice, not order logistics (JC9, JC14)"),
    ("Hello Mr Fitzwilliam,\n\nFor two weeks with one checked bag, most people are happier with the 26. The 29 holds about a third more but gets close to the 50-pound airline limit once it's full. If you pack light or do laundry on the way, the 26 is plenty.\n\nRafferty",
     ["advice", "comparison"], "size comparison the buyer asked for; no price or offer (JC10, JC14)"),
    ("Dear Ms Ravel-Otieno,\n\nUS airport security can open the lock with their master key and close it again, so they won't cut it. Customs officers in other countries usually don't have that key; if they want to look inside, they'll ask you to open it, so keep the numbers handy.\n\nPerpetua",
     ["advice"], "TSA lock and foreign customs officers at the airport: travel advice, not customs clearance of a parcel (JC9, JC14)"),
    ("Hi Mr Ashdown,\n\nTo pack a suit jacket, turn one shoulder inside out, tuck the other shoulder into it, fold the jacket in half lengthwise and lay it on top of your rolled clothes. It comes out with far fewer creases than folding it flat.\n\nCaspian",
     ["advice"], "packing a suit: 'packing' here is travel advice (JC9, JC14)"),
    ("Hello Ms Crowther,\n\nThanks for the photos of the cracked wheel housing. I've passed them to our product team; they'll look at them this afternoon, and I'll come back to you tomorrow morning with what we suggest.\n\nOttoline",
     ["holding"], "holding reply on a fault (JC15)"),
    ("Hi Mr Dunmore,\n\nIf the case came off the belt damaged, go to your airline's baggage desk before you leave the airport and ask for a damage report. Most airlines only accept claims made within a day or so of the flight, and they often repair or replace the case themselves.\n\nRafferty",
     ["advice"], "damage done by an airline is not damage in transit to the buyer (JC9, JC14)"),
    ("Dear Ms Penrose-Adu,\n\nPolycarbonate flexes under a knock and springs back, which is why it rarely cracks. Aluminium stands up better to sharp edges but keeps every dent. If you check your case in often, we'd lean towards polycarbonate.\n\nPerpetua",
     ["advice", "comparison"], "material question (JC10, JC14)"),
    ("Hello Mr Eastlake,\n\nPacked loosely, the Weekender squashes down to about 16 x 12 x 9 inches, which fits under most seats as a personal item. Packed full it's bigger than that, so use it as your cabin bag instead.\n\nCaspian",
     ["advice"], "personal-item size question (JC9, JC14)"),
    ("Hi Ms Tremayne,\n\nA luggage strap is fine on these cases. Run it around the middle, below the handle tubes, and keep it clear of the wheels. It helps when the case is bulging, but the zip doesn't need it.\n\nOttoline",
     ["advice"], "luggage strap (JC14)"),
    ("Dear Mr Brodribb,\n\nThe thin white lines you see after a flight are surface scuffs in the textured finish, not cracks. Run a fingernail across one: if it doesn't catch, the shell is fine, and a damp melamine sponge makes most of them fade.\n\nRafferty",
     ["advice", "troubleshooting"], "scuffs versus cracks (JC14)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("郝女士，您好：\n\n国内航空公司对随身行李的尺寸一般要求在二十英寸以内，重量限制从五公斤到十公斤不等。我们这款二十一英寸的登机箱可能会超出，建议出发前先看一下所乘航空公司的规定。\n\n甘露薇",
     ["advice"], "航空公司随身行李尺寸：旅行建议，不是订单物流 (JC9, JC14)"),
    ("汪先生，您好：\n\n一家三口出门一周，一个二十六英寸加一个登机箱基本够用；如果要带冬衣，二十九英寸会更宽松，但装满后容易超过二十三公斤的托运限重。\n\n俞景川",
     ["advice", "comparison"], "买家询问的尺寸比较，无价格无促销 (JC10, JC14)"),
    ("殷女士，您好：\n\n化妆品和洗护液体建议先装进密封袋，再放在箱子靠近拉杆的一侧，这一侧拖行时位置最高，不容易被压到。\n\n甘露薇",
     ["advice"], "液体防漏的装箱建议 (JC9, JC14)"),
    ("戈先生，您好：\n\n拉杆卡住的视频已经收到，谢谢您。我们的产品同事今天会看，明天中午前我给您回复处理办法。\n\n俞景川",
     ["holding"], "故障的等待回复 (JC15)"),
    ("詹女士，您好：\n\n海关锁只是方便美国机场安检人员用专用钥匙开箱检查，其他国家的海关一般没有这把钥匙，需要开箱时会请您自己打开，所以密码请一定记好。\n\n甘露薇",
     ["advice"], "海关锁是锁具，出入境检查是旅行问题，不是包裹清关 (JC9, JC14)"),
    ("储先生，您好：\n\n这款双肩包装到一半左右时可以塞进前排座位下面，当作随身小件；装满之后厚度会超出，请放在头顶的行李架上。\n\n俞景川",
     ["advice"], "随身小件尺寸 (JC9, JC14)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("易小姐 您好：\n\n行李箱本身沒有內建電池，可以直接托運；但行動電源屬於備用鋰電池，航空公司規定只能隨身帶上飛機，請放在隨身包裡。\n\n邵品萱",
     ["advice"], "行動電源的航空規定：旅行建議 (JC9, JC14)"),
    ("郭先生 您好：\n\n如果箱子是托運後被摔壞的，請在離開機場前到航空公司的行李櫃檯登記損壞，並保留行李條，多數航空公司只受理當天或隔天提出的申請。\n\n馬以誠",
     ["advice"], "航空公司摔壞不是寄送途中的損壞 (JC9, JC14)"),
    ("甄太太 您好：\n\n收納袋可以手洗，用溫水加一點洗衣精輕輕搓洗即可，洗完把拉鍊拉開晾乾。請不要放進烘衣機，網布遇熱容易變形。\n\n邵品萱",
     ["advice"], "收納袋清洗 (JC14)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Galloway-Prince,\n\nChanging the lock numbers is quick. Set all three dials to zero and press the release, then push the little pin next to the dials with a pen and hold it while you dial your new combination. Let go and you're done. Make a note of it somewhere safe. A red flag in the window just means security opened it.\n\nOttoline",
     "retells en/lock/tsa-combination (JC12)"),
    ("Hello Mr Bexley,\n\nShort answer: yes. It's built to the usual 22 x 14 x 9 cabin size for the big US airlines, wheels included, and it's under 8 pounds. Smaller airlines and a lot of foreign ones are stricter, so have a look at theirs. Don't unzip the expansion before boarding or it'll be too deep.\n\nRafferty",
     "retells en/size/carry-on (JC12)"),
    ("Hi Ms Quayle,\n\nYou can swap that wheel yourself. Unzip the lining at the bottom, undo the two screws over the wheel, pop the old one out and the new one in, and screw it back snugly. A Phillips screwdriver is all you need.\n\nPerpetua",
     "retells en/wheels/replace (JC12)"),
    ("Hello Mr Okereke,\n\nA sticky handle is usually dirt in the tubes or something in the case pushing on them. Unpack it, hold the grip button down and run the handle up and down a few times, then clean the tubes and use a little silicone spray, not oil. If it still jams, send us a short clip.\n\nCaspian",
     "retells en/handle/stuck (JC12)"),
    ("Dear Ms Fennimore,\n\nFor the belt marks, a soft cloth with warm soapy water does most of it, and a damp magic eraser gets the stubborn ones. Stay away from acetone or anything abrasive. When you store it, keep heavy stuff off the top.\n\nOttoline",
     "retells en/care/shell (JC12)"),
    ("Hi Mr Stroud-Abara,\n\nManufacturing faults are covered: seams or zips coming apart, a wheel housing breaking in normal use, a handle that won't lock. Scratches, airline damage and overpacking aren't. Tell us what happened and send a photo of the whole case plus one close-up, and we'll go from there.\n\nRafferty",
     "retells en/warranty/claim without claim or order id (JC12)"),
    ("Hello Ms Lisle,\n\nIf you have a minute at some point, we'd be glad to read what you think of the backpack in a review on Amazon, whatever your verdict.\n\nPerpetua",
     "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("乔先生，您好：\n\n中间那圈拉链拉开就能扩容，大概多出五厘米厚度。建议装箱前先拉开，装完再合盖。扩开以后一般就不能带上飞机了，托运的话注意别超重。\n\n甘露薇",
     "retells zh/expand/zipper (JC12)"),
    ("隋女士，您好：\n\n轮子响多半是缠了头发或者进了沙子。把箱子放倒，一个个转，找到响的那个，用镊子把头发挑出来，刷掉沙子，再点一滴缝纫机油就好了。\n\n俞景川",
     "retells zh/wheels/noise (JC12)"),
    ("辛先生，您好：\n\n箱壳凹进去别担心，这种材料有弹性。用吹风机低温吹一会儿，再从里面往外推，一般就能弹回来；推不回来或者有白印的话，拍张照片给我们。\n\n甘露薇",
     "retells zh/apology/dent (JC12)"),
    ("麦女士，您好：\n\n质保管的是做工问题，比如开线、拉链脱开、轮座断了、拉杆锁不住；刮花、航空公司摔坏和装太满撑坏的都不算。您把经过说一下，拍一张全貌、一张近照发过来就行。\n\n俞景川",
     "retells zh/warranty/claim without ids (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("翁小姐 您好：\n\n改密碼很簡單：先轉到 0-0-0，按開鎖鈕，用筆尖壓住旁邊的小孔，轉到新密碼再放開就好了。記得把密碼另外記下來。\n\n邵品萱",
     "retells zh-tw/lock/customs-lock (JC12)"),
    ("左先生 您好：\n\n收納袋先拉內側拉鍊關好，再拉外側那道就能壓扁。衣服用捲的比較省空間，拉不動時就拿出一兩件，不要硬拉。\n\n馬以誠",
     "retells zh-tw/cubes/compression (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Ms Harcourt-Iyer,\n\nYour replacement case ships tomorrow by FedEx. Until it arrives, you can keep using the old one for short trips; just lift it over kerbs rather than rolling it, so the cracked wheel doesn't get worse.\n\nOttoline",
     "shipping plus advice on using the damaged case (JC5)"),
    ("Hello Mr Pennington,\n\nYour backpack will be delivered on Saturday. Before the first trip, fit the harness with some weight inside: tighten the hip belt first, then the shoulder straps, and it'll feel much lighter.\n\nRafferty",
     "delivery plus harness advice (JC5)"),
    ("Dear Ms Yardley,\n\nWe've started the return and the label is in Your Orders. Before you send it back, though, try a drop of silicone spray on the handle tubes; that usually frees a handle that sticks halfway.\n\nPerpetua",
     "return plus handle advice in own words (JC5)"),
    ("Hi Mr Colquhoun,\n\nYour parcel is held at customs in Montreal for a day or two. In the meantime, if you're flying with a small airline, check their cabin size, because the case is built to the big US airlines' limits.\n\nCaspian",
     "customs plus airline-size advice (JC5, JC9)"),
    ("Hello Ms Ainsworth-Bello,\n\nThe spare wheel kit went out today with USPS, tracking 9434636208174409418806. Until it arrives, don't roll the case on the broken wheel; tilt it back and pull it on the two rear wheels like an upright.\n\nOttoline",
     "tracking plus advice on moving the case (JC5)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("焦女士，您好：\n\n换新的箱子明天由 UPS 发出。在收到之前，旧箱子短途还能用，只是过台阶时请提起来，别让裂开的轮子再受力。\n\n甘露薇",
     "发货加使用建议 (JC5)"),
    ("邢先生，您好：\n\n包裹预计周四送达。收到后建议先把海关锁的密码改成您自己的，改之前别锁上，以免打不开。\n\n俞景川",
     "送达加密码锁建议 (JC5, JC9)"),
    ("于女士，您好：\n\n包裹还在清关。等待期间可以先把衣服卷好分类，箱子到了直接装进压缩收纳袋，会省很多空间。\n\n甘露薇",
     "清关加收纳建议 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("姜先生 您好：\n\n補寄的輪子套件今天已經寄出。收到前請先別拖著破掉的輪子走，可以把箱子往後斜，用後面兩個輪子拉。\n\n邵品萱",
     "補寄加搬運建議 (JC5)"),
    ("湯小姐 您好：\n\n包裹預計週三送達。收到後建議先把煞車開關來回推幾次確認順暢，搭捷運時就能直接使用。\n\n馬以誠",
     "送達加煞車使用建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/size/carry-on", dict(buyer_name="Mr Blakemore", product=R21, dimensions=DIMS, weight=WEIGHT, agent_name=A1),
        "if you decide to check the case in.",
        "P.S. Our Pleatpack Compression Cubes are 20% off this week with code PACKLIGHT20, so now's a good time to grab a set.",
        [MKT, TR], "P.S. with a discount code for packing cubes", sep="\n\n")
add_bad("en/care/shell", dict(buyer_name="Ms Winterbourne", product=R26, agent_name=A2),
        "can leave the shell slightly bowed.",
        "If the case has made your travels easier, a five-star review would mean a lot to our small team.",
        [RI, TR], "five-star ask aimed at satisfied buyers")
add_bad("en/handle/stuck", dict(buyer_name="Mr Cardew", product=R21, agent_name=A3),
        "work out the next step together.",
        "If that's easier, text our repair desk on WhatsApp at +1 555-0178 and we'll reply there.",
        [OPC, TR], "product support moved to WhatsApp")
add_bad("en/apology/zipper-split", dict(buyer_name="Ms Fairweather", product=R29, agent_name=A4),
        "until everything is settled.",
        "We'd ask you to hold off on writing a review until the new case has arrived and you're completely happy with it.",
        [RI, TR], "review held back until the buyer is happy (gating)")
add_bad("en/backpack/laptop", dict(buyer_name="Mr Ellery", product=FT, laptop_size="16 inches", agent_name=A1),
        "catching in an overhead bin.",
        "Tag your trip photos with @brackenfold.travel on Instagram and you could win a free Weekender in our monthly giveaway.",
        [MKT, OPC, TR], "Instagram handle plus giveaway")
add_bad("en/review/neutral-request", dict(buyer_name="Ms Goodchild", product=R26, order_id="112-8075531-4419026", agent_name=A2),
        "whatever it is.",
        "Everyone who posts a review this month gets a $15 Amazon gift card from us as a thank-you.",
        [RI, TR], "gift card for a review")
add_bad("en/wheels/replace", dict(buyer_name="Mr Hollis-Varga", product=R21, product_line=LINE, agent_name=A3),
        "in the Alder Roam range.",
        "There's also a step-by-step video on our own site at www.brackenfold-travel.com/wheels.",
        [OPC, TR], "outside link for product help")
add_bad("en/warranty/claim", dict(buyer_name="Ms Ashcroft", product=R29, warranty_period="five-year",
        case_id="BKF-C-20704", order_id="111-4928806-7351172", agent_name=A4),
        "linked to order 111-4928806-7351172.",
        "Once the new case ships, you can follow it on our website, brackenfold-travel.com/orders, rather than in Your Orders.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Pendlebury,\n\nYour exchange case went out today with UPS. Now that the handle problem is sorted, if you change your two-star review we'll send you a set of packing cubes for free.\n\nRafferty",
     [RI, TR], "exchange shipped (logistics) plus free packing cubes for changing a review (JC3)", ["free-written"])

add_bad("zh/expand/zipper", dict(buyer_name="梅先生", product=R26, extra_capacity="百分之十五", agent_name=Z1),
        "请尽量让总重量不超过航空公司的规定。",
        "另外，本店压缩收纳袋本周八五折，下单时输入优惠码 PACK85 即可。",
        [MKT, TR], "收纳袋八五折加优惠码")
add_bad("zh/review/neutral-request", dict(buyer_name="闫女士", product=R29, order_id="113-7016642-2958830", agent_name=Z2),
        "谢谢您抽出时间。",
        "如果您给出五星评价并把截图发给我们，我们会退还订单金额的两成。",
        [RI, TR], "五星评价换部分退款")
add_bad("zh/wheels/noise", dict(buyer_name="桂先生", product=R21, agent_name=Z1),
        "轮子会耐用很多。",
        "要是还有响声，可以加我们客服的微信 brackenfold_kf，直接发视频给技术人员。",
        [OPC, TR], "产品问题转到微信")
add_bad("zh/apology/dent", dict(buyer_name="舒先生", product=R29, agent_name=Z2),
        "我们会继续为您处理。",
        "问题解决以后，麻烦您把评论里的一星改成五星。",
        [RI, TR], "要求修改评论星级")
free(V, "zh", "卓女士，您好：\n\n退回的箱子已经收到了。退款可以直接用支付宝转给您，麻烦把您的支付宝账号发给我们。\n\n甘露薇",
     [OPC], "退货退款改走支付宝：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/cubes/compression", dict(buyer_name="聶小姐", product=PC, agent_name=W1),
        "先拿出一兩件再拉。",
        "歡迎加入我們的 LINE 官方帳號，每個月都會抽出一個旅行袋送給好友。",
        [MKT, OPC, TR], "LINE 官方帳號加抽獎")
add_bad("zh-tw/wheels/brake", dict(buyer_name="龔先生", product=R26, agent_name=W2),
        "我們會再協助您。",
        "如果您用得滿意，請給我們五顆星的評價。",
        [RI, TR], "滿意才請求五星評價")
free(V, "zh", "封小姐 您好：\n\n您的行李箱今天已經寄出。本週全館收納袋買二送一，歡迎一起加購。\n\n馬以誠",
     [MKT, TR], "寄出通知加收納袋買二送一 (JC3)", ["free-written"], trad=True)
