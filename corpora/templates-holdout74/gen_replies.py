# -*- coding: utf-8 -*-
"""Labelled seller replies of templates-holdout74 (imported by gen.py). Every text was written for this set.

One call = one reply. Sections, in order: filled-template, fill-plus-logistics, logistics, free-non-logistics,
rewritten, mixed-logistics, violating. "JCn" in a note refers to the judgement calls listed in README.md.
"""
import re
import textwrap
from gen_templates import TEMPLATES

PH = re.compile(r"\{\{([a-z_]+)\}\}")
RI, OPC, MKT, TR = "review-inducement", "off-platform-contact", "marketing", "template-required"
REPLIES = []


def render(tid, vals):
    need = set(PH.findall(TEMPLATES[tid]))
    if set(vals) != need:
        raise SystemExit("%s: placeholders %s, values %s" % (tid, sorted(need), sorted(vals)))
    return PH.sub(lambda m: vals[m.group(1)], TEMPLATES[tid]).rstrip("\n")


def _push(cat, text, labels, lang, tags, note, tid=None, vals=None, exact=False, added=None, trad=False):
    tags = [cat] + list(tags) + (["traditional"] if trad else [])
    REPLIES.append(dict(cat=cat, text=text, labels=sorted(set(labels)), lang=lang, tags=tags, note=note,
                        tid=tid, vals=vals, exact=exact, added=added))


def fill(tid, vals, note, edits=(), tags=(), cat="filled-template", labels=(), added=None):
    """Render tid with vals, then apply (old, new) edits; each old string must occur exactly once."""
    text = render(tid, vals)
    for old, new in edits:
        n = text.count(old)
        if n != 1:
            raise SystemExit("%s: edit anchor %r found %d times" % (tid, old, n))
        text = text.replace(old, new)
    kind = [] if cat != "filled-template" else (["edited"] if edits else ["exact"])
    _push(cat, text, labels, "en" if tid.startswith("en/") else "zh", kind + list(tags), tid + ": " + note,
          tid=tid, vals=vals, exact=not edits, added=added, trad=tid.startswith("zh-tw/"))


def wrap(tid, vals, head, width):
    """Edit: hard-wrap the single paragraph that starts with `head`."""
    paras = [p for p in render(tid, vals).split("\n") if p.startswith(head)]
    assert len(paras) == 1, (tid, head)
    return (paras[0], textwrap.fill(paras[0], width))


def swap(first, second, sep=" "):
    """Edit: put two adjacent sentences in the other order."""
    return (first + sep + second, second + sep + first)


def with_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    """A filled template with one sentence added after `anchor`."""
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], tags=tags, cat=cat, labels=labels, added=sentence)


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _push(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


# ----------------------------------------------------------------------------- people, products (all invented)
A1, A2, A3, A4 = "Cordelia Ashworth-Ng", "Lachlan Obiora", "Marisol Petrakis", "Desmond Kilbride"
Z1, Z2 = "蒲雨桐", "商立群"
W1, W2 = "甄詠晴", "裘家豪"
ARC48, ARC60 = "Strathlift Arc 48 standing desk", "Strathlift Arc 60 standing desk"
SUMMIT, FRAME = "Strathlift Summit L-shaped desk", "Strathlift Frame Duo desk frame"
PERCH1, PERCH2 = "Perch One monitor arm", "Perch Twin dual monitor arm"
TRAY = "Tuckline cable tray"
ARC60_LONG = ("Strathlift Arc 60 Electric Standing Desk, 60 x 30 Inch Dual Motor Height Adjustable Desk with 4 Memory "
              "Presets and Anti-Collision, Sit Stand Desk for Home Office, White Frame with Walnut Top")
PERCH2_LONG = ("Perch Twin Dual Monitor Arm by Strathlift, Gas Spring Desk Mount for Two Screens 13 to 32 Inches, "
               "Each Arm Holds 4.4 to 17.6 lbs, VESA 75/100, C-Clamp and Grommet Base, Matte Black")
ARC48_ZH, ARC60_ZH = "Strathlift Arc 48 升降桌", "Strathlift Arc 60 双电机升降桌"
SUMMIT_ZH, FRAME_ZH = "Strathlift Summit L 型升降桌", "Strathlift Frame Duo 升降桌架"
PERCH1_ZH, PERCH2_ZH, TRAY_ZH = "Perch One 显示器支架", "Perch Twin 双屏显示器支架", "Tuckline 线槽"
ARC48_ZH_LONG = ("Strathlift Arc 48 电动升降桌 单电机 120x60厘米 四档记忆高度 遇阻回退 家用办公站立书桌 "
                 "白色桌架配橡木纹桌板")
ARC48_TW, ARC60_TW, SUMMIT_TW = "Strathlift Arc 48 升降桌", "Strathlift Arc 60 升降桌", "Strathlift Summit L 型升降桌"
FRAME_TW, TRAY_TW, PERCH1_TW = "Strathlift Frame Duo 桌架", "Tuckline 線槽", "Perch One 螢幕支架"
FRAME_TW_LONG = ("Strathlift Frame Duo 雙馬達電動升降桌架 寬度可調 適用 120 至 200 公分桌板 承重 125 公斤 "
                 "四組記憶高度 防撞回彈 黑色")

# ============================================================================= 1. filled templates -> []
F = "filled-template"
fill("en/setup/assembly", dict(buyer_name="Mr Calloway", product=ARC48, agent_name=A1), "exact fill")
fill("en/setup/assembly", dict(buyer_name="Ms Bellweather", product=ARC60_LONG, agent_name=A2),
     "the full listing title pasted into the product slot; greeting changed (JC2)",
     edits=[("Hello Ms Bellweather,", "Good afternoon Ms Bellweather,")], tags=["long-value", "greeting"])
fill("en/setup/assembly", dict(buyer_name="Mr Isherwood", product=FRAME, agent_name=A3),
     "a warm line about the buyer's move added under the greeting (JC2)",
     edits=[("Hello Mr Isherwood,", "Hello Mr Isherwood,\n\nI hope the move into the new flat has gone smoothly so far.")],
     tags=["warm-line"])
fill("en/setup/height-presets", dict(buyer_name="Ms Jablonski", desk=ARC60, agent_name=A4), "exact fill")
_v = dict(buyer_name="Mr Goldthorpe", desk=ARC48, agent_name=A1)
fill("en/setup/height-presets", _v, "first two paragraphs hard-wrapped at 68 columns, as a mail client would (JC2)",
     edits=[wrap("en/setup/height-presets", _v, "Happy to explain", 68),
            wrap("en/setup/height-presets", _v, "To go to a saved", 68)], tags=["reflow"])
fill("en/setup/height-presets", dict(buyer_name="Ms Prendergast", desk=SUMMIT, agent_name=A2),
     "the two sentences of the second paragraph swapped (JC2)",
     edits=[swap("To go to a saved height, press its number once.",
                 "If you prefer the desk to move only while you hold a button down, hold M for five seconds until the "
                 "display shows S-1, then press the up arrow once; doing the same again switches back to one-touch mode.")],
     tags=["reorder"])
fill("en/troubleshoot/error-codes", dict(buyer_name="Mr Mbatha", desk=ARC60, error_code="E02", agent_name=A3), "exact fill")
fill("en/troubleshoot/error-codes", dict(buyer_name="Ms Norquist", desk=SUMMIT, error_code="E04", agent_name=A4),
     "one long sentence of the last paragraph split in two (JC2)",
     edits=[("pushed fully into the control box, wait one minute and switch it back on.",
             "pushed fully into the control box. Then wait one minute and switch it back on.")], tags=["split"])
fill("en/troubleshoot/error-codes", dict(buyer_name="Mr Stallworth", desk=ARC48, error_code="E01", agent_name=A1),
     "the diagnosis sentence paraphrased with the same facts (JC2)",
     edits=[("In most cases the control box has simply lost track of where the legs are, and a reset brings it back.",
             "Usually this only means the control box no longer knows the position of the legs, which a reset puts right.")],
     tags=["paraphrase"])
fill("en/troubleshoot/keypad-lock", dict(buyer_name="Ms Trevelyan", desk=ARC48, agent_name=A2), "exact fill")
fill("en/troubleshoot/keypad-lock", dict(buyer_name="Mr Underhill", desk=FRAME, agent_name=A3),
     "second and third paragraphs run together; sign-off changed (JC2)",
     edits=[("while the display is unlocked.\n\nIf the display stays dark", "while the display is unlocked. If the display stays dark"),
            ("Best wishes,", "Warm wishes,")], tags=["merge", "sign-off"])
fill("en/arm/tension", dict(buyer_name="Ms Rasmussen-Ali", arm=PERCH1, agent_name=A4), "exact fill")
fill("en/arm/tension", dict(buyer_name="Mr Eberhardt", arm=PERCH2_LONG, agent_name=A1),
     "listing title in the arm slot; sign-off turned into a warm line (JC2)",
     edits=[("Kind regards,", "Enjoy the new two-screen setup, and kind regards,")], tags=["long-value", "sign-off", "warm-line"])
fill("en/arm/tension", dict(buyer_name="Ms Dunsford", arm=PERCH2, agent_name=A2),
     "one-phrase wording change (JC2)", edits=[("Make a few full turns", "Give it a few full turns")], tags=["wording"])
fill("en/tray/install", dict(buyer_name="Mr Kavanagh-Ueda", tray=TRAY, tray_load="22 pounds", agent_name=A3), "exact fill")
fill("en/tray/install", dict(buyer_name="Ms Lockridge", tray=TRAY, tray_load="22 pounds", agent_name=A4),
     "a sympathy line added after the greeting (JC2)",
     edits=[("Hi Ms Lockridge,", "Hi Ms Lockridge,\n\nSorry to hear the cables keep snagging on the desk legs.")],
     tags=["warm-line"])
fill("en/warranty/claim", dict(buyer_name="Mr Aldridge-Mensah", product=ARC60, frame_years="seven years",
     motor_years="five years", case_id="SLC-W-30117", order_id="112-7305518-2046631", agent_name=A1), "exact fill")
fill("en/warranty/claim", dict(buyer_name="Ms Fitzgerald-Oyo", product=SUMMIT, frame_years="seven years",
     motor_years="five years", case_id="SLC-W-30142", order_id="114-0382716-5519047", agent_name=A2),
     "the exclusions sentence paraphrased; same four exclusions (JC2)",
     edits=[("The warranty does not include scratches or dents from assembly, damage from loading the desk beyond its "
             "rated capacity, or faults caused by changes to the wiring or by parts from other makers.",
             "Assembly scratches and dents are not covered, and neither is damage from overloading the desk or any fault "
             "caused by rewiring it or fitting other makers' parts.")], tags=["paraphrase"])
fill("en/apology/wobble", dict(buyer_name="Mr Oyelowo-Grant", desk=ARC60, agent_name=A3), "exact fill")
_v = dict(buyer_name="Ms Hargreave", desk=SUMMIT, agent_name=A4)
fill("en/apology/wobble", _v, "greeting changed; the explanation paragraph hard-wrapped at 72 columns (JC2)",
     edits=[("Hello Ms Hargreave,", "Hi Ms Hargreave,"), wrap("en/apology/wobble", _v, "Some movement", 72)],
     tags=["greeting", "reflow"])
fill("en/review/neutral-request", dict(buyer_name="Mr Stainforth", product=ARC48, order_id="113-5820947-6603185",
     agent_name=A1), "exact fill; the only review request on this order, and the buyer had not praised the desk (JC10)")
fill("en/review/neutral-request", dict(buyer_name="Soraya", product=PERCH1, order_id="111-2947063-8150372", agent_name=A2),
     "greeting and sign-off changed; the only review request on this order (JC2, JC10)",
     edits=[("Hi Soraya,", "Hello Soraya,"), ("Thank you,", "Many thanks,")], tags=["greeting", "sign-off"])

fill("zh/setup/reset", dict(buyer_name="王先生", desk=ARC48_ZH, agent_name=Z1), "exact fill")
fill("zh/setup/reset", dict(buyer_name="李女士", desk=ARC48_ZH_LONG, agent_name=Z2),
     "整段商品标题放进 desk 占位符；问候改为下午好 (JC2)", edits=[("李女士，您好：", "李女士，下午好：")],
     tags=["long-value", "greeting"])
fill("zh/setup/reset", dict(buyer_name="易先生", desk=SUMMIT_ZH, agent_name=Z1), "第二段两句对调 (JC2)",
     edits=[swap("复位过程中请不要松手，也不要在桌面上放重物。", "如果中途松开，请从第一步重新开始。", sep="")],
     tags=["reorder"])
fill("zh/arm/vesa", dict(buyer_name="牛女士", arm=PERCH1_ZH, agent_name=Z2), "exact fill")
fill("zh/arm/vesa", dict(buyer_name="焦先生", arm=PERCH2_ZH, agent_name=Z1), "问候后加一句体贴的话 (JC2)",
     edits=[("焦先生，您好：", "焦先生，您好：\n\n刚换了两台新显示器，想必很想早点把桌面收拾利落。")], tags=["warm-line"])
fill("zh/arm/vesa", dict(buyer_name="路女士", arm=PERCH2_ZH, agent_name=Z2), "第一段从分号处拆成两段 (JC2)",
     edits=[("即可直接安装；如果", "即可直接安装。\n\n如果")], tags=["reflow", "split"])
fill("zh/warranty/claim", dict(buyer_name="舒先生", product=ARC60_ZH, frame_years="七年", motor_years="五年",
     order_id="113-2290461-7735108", case_id="SLC-W-30158", agent_name=Z1), "exact fill")
fill("zh/warranty/claim", dict(buyer_name="耿女士", product=FRAME_ZH, frame_years="七年", motor_years="五年",
     order_id="112-9147730-0462285", case_id="SLC-W-30173", agent_name=Z2), "措辞微调：简要说明改为简单描述 (JC2)",
     edits=[("简要说明", "简单描述")], tags=["wording"])
fill("zh/apology/motor-noise", dict(buyer_name="关先生", desk=ARC48_ZH, agent_name=Z1), "exact fill")
fill("zh/apology/motor-noise", dict(buyer_name="费女士", desk=ARC60_ZH, agent_name=Z2), "第一段第二句换一种说法，意思不变 (JC2)",
     edits=[("在安静的书房里，电机的声音确实会比在办公室里明显。", "家里的书房比办公室安静得多，电机声听起来自然会更明显一些。")],
     tags=["paraphrase"])
fill("zh/review/neutral-request", dict(buyer_name="靳先生", order_id="114-6651093-2207846", product=TRAY_ZH, agent_name=Z1),
     "exact fill；本订单唯一一次评论邀请，买家此前没有表示满意 (JC10)")
fill("zh/review/neutral-request", dict(buyer_name="曲女士", order_id="111-8803526-4419720", product=ARC48_ZH, agent_name=Z2),
     "结尾改写；本订单唯一一次评论邀请 (JC2, JC10)", edits=[("谢谢您！", "祝您工作顺心！")], tags=["sign-off"])

fill("zh-tw/setup/anti-collision", dict(buyer_name="張先生", desk=ARC60_TW, agent_name=W1), "exact fill")
fill("zh-tw/setup/anti-collision", dict(buyer_name="趙小姐", desk=ARC48_TW, agent_name=W2),
     "問候改為早安，並加一句體貼的話 (JC2)",
     edits=[("趙小姐 您好：", "趙小姐 早安：\n\n家裡的貓咪常常跳上桌，難怪您特別留意這個功能。")], tags=["greeting", "warm-line"])
fill("zh-tw/setup/anti-collision", dict(buyer_name="周太太", desk=SUMMIT_TW, agent_name=W1), "前兩段合併成一段 (JC2)",
     edits=[("以免夾傷或撞壞物品。\n\n如果桌子", "以免夾傷或撞壞物品。如果桌子")], tags=["merge"])
fill("zh-tw/frame/top-size", dict(buyer_name="徐先生", frame=FRAME_TW, agent_name=W2), "exact fill")
fill("zh-tw/frame/top-size", dict(buyer_name="郭小姐", frame=FRAME_TW_LONG, agent_name=W1),
     "整段商品標題放進 frame 佔位符，結尾祝福語改寫 (JC2)", edits=[("祝 工作愉快", "祝 一切順心")], tags=["long-value", "sign-off"])
fill("zh-tw/frame/top-size", dict(buyer_name="田先生", frame=FRAME_TW, agent_name=W2), "第二段兩句對調 (JC2)",
     edits=[swap("安裝前請先把桌架倒放在桌板背面，把橫樑拉到適合的寬度，讓兩側支架距離桌板邊緣大致相同，再用鉛筆標出螺絲孔的位置。",
                 "實木桌板請先用 3 毫米的鑽頭預先鑽孔，以免木頭裂開；密集板則可以直接鎖上。", sep="")], tags=["reorder"])
fill("zh-tw/tray/load", dict(buyer_name="宋太太", tray=TRAY_TW, tray_load="10 公斤", agent_name=W1), "exact fill")
fill("zh-tw/tray/load", dict(buyer_name="程先生", tray=TRAY_TW, tray_load="10 公斤", agent_name=W2), "結尾祝福語改寫 (JC2)",
     edits=[("祝 使用順手", "祝 新的工作角落舒適好用")], tags=["sign-off"])
fill("zh-tw/review/neutral-request", dict(buyer_name="曹小姐", order_id="113-7736402-9185514", product=PERCH1_TW, agent_name=W1),
     "exact fill；本訂單唯一一次評論邀請，買家先前沒有表示滿意 (JC10)")

# ============================================================================= 2. fill plus one logistics sentence -> []
FL = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, tags, sep=" "):
    m = re.search(r" \((JC[^)]*)\)$", note)
    note = (note[:m.start()] + " (JC1, %s)" % m.group(1)) if m else note + " (JC1)"
    with_sentence(tid, vals, anchor, sentence, note, FL, [], sep=sep, tags=tags)


fill_log("en/setup/assembly", dict(buyer_name="Mr Ashgrove-Pillai", product=FRAME, agent_name=A4),
         "weighs more than it looks.",
         "The walnut tabletop from the same order is travelling separately with FedEx, tracking 396217504182, and is due on Wednesday.",
         "tracking for the second carton, as its own paragraph (JC5)", ["split-shipment", "tracking"], sep="\n\n")
fill_log("en/troubleshoot/error-codes", dict(buyer_name="Ms Vantreight", desk=ARC60, error_code="E02", agent_name=A1),
         "so we can look into it.",
         "If you decide to return the desk instead, the carrier can collect both cartons from your door once you open a return from Your Orders, so please keep the original packaging.",
         "how the return would travel", ["returns", "packing"])
fill_log("en/setup/height-presets", dict(buyer_name="Mr Delacroix-Amos", desk=ARC48, agent_name=A2),
         "choosing the unit with the arrows.",
         "The keypad extension cable left out of your hardware pack is now on its way to you with USPS, tracking 9205590164728830156274.",
         "missing part sent (JC5)", ["fulfilment", "tracking"])
fill_log("en/arm/tension", dict(buyer_name="Ms Okereke-Lund", arm=PERCH1, agent_name=A3),
         "can make the arm rise suddenly.",
         "As you requested, the second Perch One arm that was ordered by mistake has been cancelled before it left the warehouse, so there is no charge for it.",
         "duplicate line cancelled before dispatch (JC5, JC15)", ["cancellation"])
fill_log("en/warranty/claim", dict(buyer_name="Mr Brathwaite", product=ARC60, frame_years="seven years", motor_years="five years",
         case_id="SLC-W-30189", order_id="111-6028843-3971506", agent_name=A4),
         "for order 111-6028843-3971506.",
         "If a replacement part is needed, UPS will bring it to the address on your order, and the tracking number will be posted here.",
         "how a warranty part would be shipped (JC7)", ["fulfilment", "tracking"])
fill_log("en/apology/wobble", dict(buyer_name="Ms Kinsella-Ward", desk=SUMMIT, agent_name=A1),
         "whether a part needs to be replaced.",
         "If you would rather return the desk, we will book Estes Express to collect it as freight, so you will not have to carry the cartons anywhere.",
         "freight collection for a return (JC4)", ["freight", "returns"])
fill_log("zh/setup/reset", dict(buyer_name="苑先生", desk=ARC48_ZH, agent_name=Z2),
         "控制器上显示的代码。",
         "您同一订单中的桌板由另一个仓库单独发货，UPS 运单号 1Z6V0R470381526094，预计周四送达。",
         "另一个纸箱的运单号，单独成段 (JC5)", ["split-shipment", "tracking"], sep="\n\n")
fill_log("zh/arm/vesa", dict(buyer_name="臧女士", arm=PERCH2_ZH, agent_name=Z1),
         "不会碰到墙面。",
         "另外，您说缺了一包长螺丝，我们今天已经免费补寄，USPS 运单号 9205590164728830183351。",
         "补发缺少的配件 (JC5, JC15)", ["fulfilment", "tracking"])
fill_log("zh/warranty/claim", dict(buyer_name="娄先生", product=ARC60_ZH, frame_years="七年", motor_years="五年",
         order_id="114-3907251-6684013", case_id="SLC-W-30205", agent_name=Z2),
         "请再拍一段短视频。",
         "如果控制盒需要寄回来检测，亚马逊会为您生成预付的退货面单，装进原来的小盒子寄出即可。",
         "寄回检测的退货面单", ["returns"])
fill_log("zh/apology/motor-noise", dict(buyer_name="奚女士", desk=ARC48_ZH, agent_name=Z1),
         "是否需要更换电机。",
         "如果您更想退货，请在“您的订单”里申请，承运商会上门把两个包装箱取走。",
         "退货方式", ["returns"])
fill_log("zh-tw/frame/top-size", dict(buyer_name="蔣先生", frame=FRAME_TW, agent_name=W1),
         "協助確認是否合適。",
         "您另外訂購的 Tuckline 線槽已經出貨，FedEx 追蹤單號 396217504427，預計週五送達。",
         "另外訂購商品的追蹤單號", ["tracking"])
fill_log("zh-tw/tray/load", dict(buyer_name="任小姐", tray=TRAY_TW, tray_load="10 公斤", agent_name=W2),
         "從桌面冒出來。",
         "至於您收到的那組彎掉的固定支架，我們今天會補寄新的一組，舊的不必寄回。",
         "補寄損壞的零件 (JC5, JC6)", ["fulfilment"], sep="\n\n")

# ============================================================================= 3. free-written logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hello Mr Thackwell,\n\nThe Summit L-shaped desk is too bulky for a parcel van: its three cartons are strapped to a single pallet weighing roughly 152 pounds, and Estes Express is carrying it under PRO number 0461738205. When the pallet reaches the Estes terminal nearest you, their dispatcher will ring the phone number on the order to agree a delivery slot. The truck has a liftgate, but the service ends at the curb, so plan for someone to help you bring the cartons indoors.\n\nBest regards,\nCordelia",
     ["freight", "delivery-appointment"], "LTL freight, PRO number and booking a delivery slot (JC4, JC15)"),
    ("Hi Ms Ferriday,\n\nA tip for Thursday: before signing for the pallet, look it over with the driver present. Torn shrink-wrap or a crushed or punctured carton should be written on the delivery receipt in a few words, for example \"carton 2 crushed at corner\", and then photographed. With that note we can file a claim with the freight company and get new parts moving to you right away. If nothing looks wrong, sign normally.\n\nKind regards,\nLachlan",
     ["freight", "damage"], "inspecting a freight delivery before signing (JC4, JC6)"),
    ("Dear Mr Ogunleye-Hart,\n\nYour Arc 60 comes in two cartons, and they set off from different warehouses. UPS has the frame (tracking 1Z6V0R470381590417, expected Tuesday) and FedEx has the tabletop (tracking 396217504693, expected Thursday). Each carrier handles its own carton, so the two deliveries will not arrive together.\n\nMarisol",
     ["split-shipment", "tracking"], "a desk in two cartons from two warehouses (JC5)"),
    ("Hello Ms Renwick,\n\nUPS could not complete delivery this morning: the driver reached your building but found no apartment number on the label. Please reply here with the apartment number and any door code the driver will need. We will add it to the shipment, and UPS will try again the following business day.\n\nMany thanks,\nDesmond",
     ["delivery-exception", "address"], "delivery exception, missing apartment number (JC16)"),
    ("Hi Mr Fairbairn,\n\nAmazon Lockers cannot take the Frame Duo carton, which is 68 pounds and longer than any locker door, so checkout switched the delivery to your home address. If you will be out that day, UPS can keep the carton at an Access Point for you to collect; you can set that up once the tracking number shows in Your Orders.\n\nCordelia",
     ["locker", "pickup-point"], "a carton too big for a locker (JC8, JC16)"),
    ("Dear Ms Quartey,\n\nThank you for the photos, and I'm very sorry: the front edge of your Arc 48 top was gouged on its way to you. We have sent a new tabletop today with FedEx under tracking 396217504815. Hold on to the damaged one for a little while, because the carrier sometimes asks to see it; we'll tell you here if they do.\n\nLachlan",
     ["damage", "tracking"], "tabletop damaged in transit, replacement sent (JC6)"),
    ("Hello Mr Vennard,\n\nYou are right, the hardware pack should have been taped inside the Frame Duo carton. A full pack with every bolt, washer, wood screw and both Allen keys left us by USPS this morning, tracking 9205590164728830219408. It normally takes two or three days to arrive.\n\nMarisol",
     ["fulfilment", "tracking"], "missing hardware pack sent (JC5)"),
    ("Hi Ms Castleton,\n\nSending back the Arc 60 works like this. Open the return in Your Orders and you will get two labels, because the frame and the tabletop travel as separate cartons. Take the desk apart, put each part back in its own carton with the foam corners, and seal the cartons well. Both can then go to a UPS Store, or you can give them to a UPS driver.\n\nDesmond",
     ["returns", "packing"], "returning a two-carton desk (JC16)"),
    ("Hello Mr Brocklehurst,\n\nBoth cartons of your returned Arc 48 were checked in at our Joliet warehouse today, and we have refunded $379.99 to the card you paid with. Most banks post the credit after three to five business days.\n\nCordelia",
     ["refund", "returns"], "refund of a return (JC15, JC16)"),
    ("Dear Ms Ingram-Soto,\n\nWhen your Summit desk came back to us, the keypad was not in the carton. We have therefore refunded $869.00, the purchase price minus $30.00 for the keypad. Should you find it, post it back using the free return label in Your Orders, and the last $30.00 will follow as soon as it reaches us.\n\nLachlan",
     ["refund", "returns"], "partial refund for a return without its keypad (JC5, JC15)"),
    ("Hi Mr Tollemache,\n\nYour desk was handed to UPS yesterday, which means we can no longer edit the shipping address ourselves. You can still reroute it through UPS My Choice with tracking number 1Z6V0R470381637720, either to your new address or to a UPS Access Point close to it. UPS sometimes adds a small charge for a reroute.\n\nMarisol",
     ["address", "tracking"], "address change after dispatch (JC16)"),
    ("Hello Ms Eastbury,\n\nDone: order 113-6620485-1937204, which you placed twice by accident, is now cancelled. It was still waiting to be packed, so nothing will be taken from your card for it. Your original Perch Twin order is unaffected and already on the road.\n\nDesmond",
     ["cancellation"], "duplicate order cancelled at the buyer's request (JC5, JC15)"),
    ("Dear Mr Lanyon,\n\nApologies for the hold-up. Heavy snow shut the FedEx hub in Indianapolis for a day, which held up your Arc 48; it is moving again, and FedEx's new estimate is Monday. If Wednesday comes and it still has not shown up, write to us here and we will chase the carrier.\n\nCordelia",
     ["delay"], "weather delay at a hub (JC16)"),
    ("Hi Ms Ravenhill,\n\nOur apologies: the warehouse picked a walnut tabletop instead of the white oak you chose. The white oak top goes out with UPS today, tracking 1Z6V0R470381668352. You will find a prepaid label for the walnut top in Your Orders; the carton the new top comes in is fine for sending it back, any time in the next 30 days.\n\nLachlan",
     ["fulfilment", "returns", "tracking"], "wrong colour sent and its return (JC5)"),
    ("Hello Mr Beaulieu,\n\nYour Frame Duo is going through customs in Montreal, which normally costs one or two extra business days. Amazon already collected the import fees at checkout, so there is nothing to pay when the courier arrives. If anyone asks you for money at the door, photograph the notice and send it to us in this thread.\n\nMarisol",
     ["customs"], "customs and prepaid import fees for Canada (JC6)"),
    ("Dear Ms Tennyson-Rao,\n\nHere are the shipping cartons for the Arc 60: the frame carton measures 47 x 12 x 9 inches and weighs 64 pounds, and the tabletop carton measures 63 x 32 x 4 inches and weighs 51 pounds. Delivery is to your front door only, so the driver will not take them up to the third floor. Both cartons fit in an ordinary passenger lift if the tabletop is stood on its end.\n\nDesmond",
     ["delivery", "packing"], "carton sizes and weights for getting the delivery upstairs (JC8)"),
    ("Hello Mr Fenwright,\n\nFedEx marked your cable tray as delivered on Friday, yet the delivery photo shows a door that isn't yours. We have asked FedEx to trace it and, rather than leave you waiting, shipped another tray today with tracking 396217505027. If the first parcel turns up after all, let us know and we will send a prepaid label so you can return it.\n\nCordelia",
     ["delivery", "tracking"], "parcel delivered to the wrong door (JC6)"),
    ("Hi Ms Morrow-Sidhu,\n\nThe frame of your Arc 48 was delivered yesterday; the tabletop is the second carton and is running late. UPS has it at its Louisville hub with a revised delivery date of Saturday, tracking 1Z6V0R470381702285. We are watching it and will update you here if the date changes again.\n\nLachlan",
     ["split-shipment", "delay", "tracking"], "second carton running late (JC5, JC16)"),
    ("Dear Mr Kingsmill,\n\nUnder warranty case SLC-W-30264, a replacement control box was shipped to you today with UPS, tracking 1Z6V0R470381745519, and is expected on Thursday. You do not need to return the faulty one.\n\nMarisol",
     ["fulfilment", "tracking", "warranty-part"], "shipping notice for a warranty part (JC7)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("吉先生，您好：\n\nSummit L 型升降桌的三个纸箱捆在同一个托盘上，连托盘约一百五十二磅，所以交给 Estes Express 零担货运，PRO 号 0461738519。托盘到达您附近的站点后，调度员会按订单上的电话联系您，约定送货时间。货车带升降尾板，但只送到路边，请提前安排人手一起把箱子搬进屋。\n\n蒲雨桐",
     ["freight", "delivery-appointment"], "零担货运与预约送货 (JC4)"),
    ("司女士，您好：\n\n今天上午 FedEx 没能派送成功，司机到了小区却找不到是哪一户，因为订单地址里没有楼号和门牌号。麻烦您在这里补充完整的楼号、门牌号，有门禁密码的话也一并告诉我们，我们转告 FedEx 后，下一个工作日会再次派送。\n\n商立群",
     ["delivery-exception", "address"], "派送异常，补充门牌号 (JC16)"),
    ("隋先生，您好：\n\n您的 Arc 60 分两个纸箱、从两个仓库发出：桌架走 UPS，运单号 1Z6V0R470381851640，预计周二送达；桌板走 FedEx，运单号 396217505139，预计周四送达。两个包裹会分别派送，请留意查收。\n\n蒲雨桐",
     ["split-shipment", "tracking"], "一张桌子分两箱发货 (JC5)"),
    ("鲍女士，您好：\n\n看了您发来的照片，桌板边缘在运输途中被磕出了一道口子，非常抱歉。新的桌板今天已经免费补发，FedEx 运单号 396217505248。受损的那块请先留着，承运商可能会要求查看，之后怎么处理，我们会在这里告诉您。\n\n商立群",
     ["damage", "tracking"], "运输损坏，免费补发 (JC6, JC15)"),
    ("卫先生，您好：\n\n这张桌子要退的话，请先在“您的订单”里提交退货申请。桌架和桌板是两个纸箱，系统会生成两张 UPS 退货面单，每个箱子贴一张。请把桌子拆开，分别装回原来的纸箱和泡沫护角，封好后可以交给上门的 UPS 快递员，也可以送到 UPS Store 门店。\n\n蒲雨桐",
     ["returns", "packing"], "两箱桌子的退货 (JC16)"),
    ("席女士，您好：\n\n您退回的 Perch Twin 支架已经在乔利埃特仓库签收，一百四十九美元已原路退回，银行入账一般需要三到五个工作日。\n\n商立群",
     ["refund", "returns"], "退货退款 (JC15, JC16)"),
    ("瞿先生，您好：\n\n您不小心重复提交的订单 112-4093861-5527310 已按您的要求取消。这笔订单还没出库，不会扣款；第一笔订单照常配送，不受影响。\n\n蒲雨桐",
     ["cancellation"], "按要求取消重复订单 (JC5, JC15)"),
    ("楚女士，您好：\n\n您的订单昨天已出库交给 UPS，商家这边已经无法修改地址。要更换送货地点，可以在 UPS My Choice 输入运单号 1Z6V0R470381902257 自行操作：改送新地址，或者暂存到离新家近的 UPS Access Point 门店再去领取。UPS 对改派有时会另收少量费用。\n\n商立群",
     ["address", "tracking"], "发货后改地址 (JC16)"),
    ("栾先生，您好：\n\n您的 Frame Duo 桌架目前在温哥华海关等待放行，一般会多用一到两个工作日。进口关税在下单时已由亚马逊一并收取，派送时如果有人向您收费，请不要付款，把通知单拍照发到本对话，我们来处理。\n\n蒲雨桐",
     ["customs"], "清关与预收关税 (JC6)"),
    ("荆女士，您好：\n\n非常抱歉，仓库把胡桃木色桌板错发成了白色。正确颜色的桌板今天由 UPS 发出，运单号 1Z6V0R470381958813。白色那块的预付退货面单已放在“您的订单”里，用新桌板的包装箱寄回即可，三十天内寄出就行。\n\n商立群",
     ["fulfilment", "returns", "tracking"], "发错颜色与退回 (JC5)"),
    ("仲先生，您好：\n\n让您多等了，真是抱歉。受暴雪影响，FedEx 在孟菲斯的转运中心停工了一天，您的 Arc 48 已恢复运输，最新预计送达时间是周一。如果周三还没收到，请在这里告诉我们，我们会向承运商追查。\n\n蒲雨桐",
     ["delay"], "天气延误 (JC16)"),
    ("虞女士，您好：\n\n保修案例 SLC-W-30391 的替换控制盒今天已由 UPS 寄出，运单号 1Z6V0R470382007436，预计周四送达。旧的控制盒不需要寄回。\n\n商立群",
     ["fulfilment", "tracking", "warranty-part"], "保修配件的寄出通知 (JC7)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("湛先生 您好：\n\nSummit L 型升降桌共有三箱，固定在同一個棧板上，總重約一百五十二磅，由 Estes Express 貨運配送，PRO 號碼 0461738624。貨物到達當地轉運站後，對方會打電話和您約定送貨時段。貨車有升降尾門，但只送到門口路邊，請先找好幫手一起搬進屋內。\n\n甄詠晴",
     ["freight", "delivery-appointment"], "棧板貨運與預約送貨 (JC4)"),
    ("顧小姐 您好：\n\n您的 Arc 48 分成兩箱，從不同倉庫出貨：桌架由 UPS 配送，追蹤單號 1Z6V0R470382053329，預計週二送達；桌板由 FedEx 配送，追蹤單號 396217505356，預計週四送達。兩箱會分開送到，請留意查收。\n\n裘家豪",
     ["split-shipment", "tracking"], "分兩箱出貨 (JC5)"),
    ("俞先生 您好：\n\n從照片看來，桌腳在運送途中被壓彎了，非常抱歉。新的一組桌腳今天已經免費補寄，FedEx 追蹤單號 396217505461。壓彎的那組請先保留，等貨運公司確認是否要取回，我們會在這裡通知您。\n\n甄詠晴",
     ["damage", "tracking"], "運送損壞，免費補寄 (JC6, JC15)"),
    ("安太太 您好：\n\n要退貨的話，請先到「您的訂單」頁面提出申請。Perch One 支架只有一箱，系統會提供 UPS 退貨標籤，請把支架放回原包裝，連同所有螺絲一起封好，交給 UPS 司機或送到 UPS Store 即可。\n\n裘家豪",
     ["returns", "packing"], "退貨方式 (JC16)"),
    ("夏先生 您好：\n\n您退回的 Tuckline 線槽已經在倉庫簽收，三十九美元已經退到您原本的付款方式，入帳時間一般是三到五個工作天。\n\n甄詠晴",
     ["refund", "returns"], "退貨退款 (JC15, JC16)"),
    ("段小姐 您好：\n\n訂單還沒出貨，我們已經依照您的要求，把收件地址改成新家的地址，並確認樓層與門牌號碼都正確。出貨後您會在「您的訂單」看到追蹤單號。\n\n裘家豪",
     ["address"], "出貨前修改地址 (JC15, JC16)"),
    ("柳先生 您好：\n\n讓您多等了幾天，真不好意思。颱風期間港口暫停作業，您的 Arc 60 比原本預計晚了三天，目前已恢復運送，預計下週一送達。如果到時還沒收到，請在這裡告訴我們，我們會請貨運公司查詢。\n\n甄詠晴",
     ["delay"], "颱風造成的延遲 (JC16)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================================= 4. free-written, not logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hello Ms Grimaldi-Shaw,\n\nFor a walking pad, the Arc 60 is the better fit of our two desks. Its top is 30 inches deep, which keeps the keyboard within reach while you walk, and its two motors cope well with a heavier setup. The Arc 48 works too, but at 24 inches deep it brings the screen rather close.\n\nCordelia",
     ["advice", "comparison"], "the buyer asked which desk suits a walking pad; no price, offer or push to buy (JC11)"),
    ("Hi Mr Haverty,\n\nA 34-inch ultrawide is fine on one arm of the Perch Twin as long as the monitor, without its stand, weighs no more than 17.6 pounds. Most curved 34-inch screens come in between 13 and 16 pounds. Mount it on the arm nearest the clamp, and turn the other arm inward so the two screens do not touch.\n\nLachlan",
     ["advice", "compatibility"], "monitor compatibility (JC11)"),
    ("Dear Ms Szymborska,\n\nA butcher-block top from a hardware store will work on the Frame Duo if it is between 48 and 80 inches wide and at least an inch thick. Solid wood is heavy, so weigh it first; together with everything you keep on it, it should stay under 220 pounds. Drill small pilot holes before driving the screws so the wood does not split.\n\nMarisol",
     ["advice", "compatibility"], "a third-party tabletop (JC11)"),
    ("Hello Mr Ashcroft-Bey,\n\nThanks for the clip of the grinding sound from the left leg. Our engineering team will go through it on Monday, and I'll reply by Tuesday evening with what they suggest.\n\nDesmond",
     ["holding"], "holding reply about a fault (JC12)"),
    ("Hi Ms Calderbank,\n\nA good starting point is to set the desk so your elbows rest at about 90 degrees with your shoulders relaxed and your wrists straight on the keyboard. The top of the screen should sit at or slightly below eye level. When you switch to standing, aim for the same elbow angle rather than a particular number on the display.\n\nCordelia",
     ["advice", "ergonomics"], "working heights (JC11)"),
    ("Hello Mr Lindley,\n\nWhen the desk is not moving, the control box draws less than half a watt, so leaving it plugged in all year costs only a few cents. While it is raising or lowering, the two motors together use around 150 watts for the few seconds the move takes.\n\nLachlan",
     ["advice"], "standby power (JC11)"),
    ("Hi Ms Deverell,\n\nPlugging the desk into a surge protector is a sensible idea. Just avoid running it from the same strip as a space heater or a laser printer, because those can pull enough current to trip the strip while the desk is moving.\n\nMarisol",
     ["advice"], "power strips (JC11)"),
    ("Dear Mr Ridout,\n\nOnce assembled, the Arc 60 is 60 inches wide and 30 inches deep, and at its lowest setting it stands 25.6 inches tall. It will pass through a 30-inch doorway if you tip it on its side, but with the legs attached it is awkward for one person. If it has to go through a narrow door, it is easier to assemble it in the room where it will stay.\n\nDesmond",
     ["advice", "dimensions"], "size of the assembled desk, not of the shipping cartons (JC8, JC11)"),
    ("Hello Ms Cordova-Blaine,\n\nFor everyday cleaning, a soft cloth with a little mild soap in warm water is all the laminate top needs; wipe it dry afterwards. Please avoid scouring pads and cleaners that contain bleach or ammonia, as they dull the surface over time.\n\nCordelia",
     ["advice", "care"], "cleaning the top (JC11)"),
    ("Hi Mr Tarrant,\n\nYou can move the assembled Arc 48 to another room without taking it apart. Lower it fully, unplug it, clear the top, and lift it with a second person by the frame rather than the tabletop. Dragging it on its feet can bend the levelling screws.\n\nLachlan",
     ["advice", "moving"], "moving the assembled desk to another room is product use (JC13)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("华先生，您好：\n\n走步机可以放在 Arc 60 下面使用。桌面深七十六厘米，走路时键盘仍在手边；建议把桌面调到比站立打字时低两到三厘米，手臂会更放松。桌腿之间的净宽约一百二十厘米，一般的走步机都放得下。\n\n蒲雨桐",
     ["advice"], "走步机搭配升降桌 (JC11)"),
    ("冉女士，您好：\n\n曲面显示器同样可以装在 Perch One 上，只要背面有标准孔位、重量不超过八公斤。弯曲程度大的屏幕，中间的螺丝孔往往凹进去，需要先用附带的加长螺丝和垫片把支架板垫平，再锁紧。\n\n商立群",
     ["advice", "compatibility"], "曲面屏兼容性 (JC11)"),
    ("饶先生，您好：\n\n右侧桌腿异响的视频收到了，谢谢。工程部门周一会仔细查看，最迟周二晚上我把他们的意见回复给您。\n\n蒲雨桐",
     ["holding"], "故障的等待回复 (JC12)"),
    ("池女士，您好：\n\n坐着时，把桌面调到手肘自然弯成直角的高度，肩膀放松、手腕伸直；屏幕上沿与眼睛齐平或略低。站着时按同样的手肘角度来调，不必拘泥于某个具体数字。另外，每三四十分钟换一次姿势会更舒服。\n\n商立群",
     ["advice", "ergonomics"], "桌面高度建议 (JC11)"),
    ("古先生，您好：\n\n桌子静止时，控制盒的待机功耗不到零点五瓦，一年到头插着电也只花几美分。升降的那几秒，两个电机合计大约一百五十瓦。\n\n蒲雨桐",
     ["advice"], "待机功耗 (JC11)"),
    ("卞女士，您好：\n\nArc 48 的额定承重是八十公斤，一台台式机主机加两台显示器和支架，一般在二十五公斤左右，完全没有问题。主机建议放在靠近桌腿的一侧，升降时会更平稳。\n\n商立群",
     ["advice"], "承重 (JC11)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("雷小姐 您好：\n\n日常清潔用微濕的軟布擦拭即可，頑固的污漬可以加一點中性清潔劑，擦完後再用乾布擦乾。請避免使用菜瓜布或含漂白水、酒精的清潔劑，時間久了會讓表面失去光澤。\n\n甄詠晴",
     ["advice", "care"], "桌板清潔 (JC11)"),
    ("常先生 您好：\n\n兩個螢幕加上筆電，總重大約十五公斤，遠低於 Arc 60 的一百二十五公斤承重。如果使用 Perch Twin 支架，請把夾具裝在桌板後方中央，兩邊重量比較平均，升降時也更穩。\n\n裘家豪",
     ["advice"], "承重與支架位置 (JC11)"),
    ("文太太 您好：\n\n在家裡換房間擺放時，不需要拆開桌子。請先降到最低、拔掉電源、清空桌面，再由兩個人抬起桌架（不要只抓桌板）移動。直接在地上拖行容易把調整腳墊弄歪。\n\n甄詠晴",
     ["advice", "moving"], "在家中搬動組好的桌子屬於產品使用 (JC13)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================================= 5. heavy rewrites of templates -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Mr Wetherall,\n\nPut the top face down on the empty box so it won't get marked. Fit the crossbar between the brackets and set it to the hole spacing, add the legs and feet, and screw the frame on, keeping the bolts a bit loose until everything lines up. Connect the leg and keypad cables while it is upside down, then get a hand turning it over. An hour is typical.\n\nCordelia",
     "retells en/setup/assembly (JC14)"),
    ("Hello Ms Abara,\n\nSaving a height is quick: set it, tap M, then pick a number while the screen flashes. Tapping that number later takes you back there. To switch to hold-to-move, keep M pressed for five seconds until S-1 appears and tap the up arrow. Holding both arrows for three seconds lets you change between inches and centimetres.\n\nLachlan",
     "retells en/setup/height-presets (JC14)"),
    ("Hi Mr Costigan,\n\nThat code usually means the desk has lost its position. Run it all the way down, release, then hold down again for ten seconds until it dips, lifts and beeps. If the code is back at once, cut the power, reseat the leg cables, wait a minute and restart; still there? Send us a quick video.\n\nMarisol",
     "retells en/troubleshoot/error-codes (JC14)"),
    ("Hello Ms Fennimore,\n\nLOC on the screen means the keypad has locked itself after sitting idle. Hold M for three seconds to unlock; M plus down for five seconds switches the auto-lock off. A blank screen points to power instead, so check both ends of the power cable and try a different outlet.\n\nDesmond",
     "retells en/troubleshoot/keypad-lock (JC14)"),
    ("Hi Mr Dalgleish,\n\nIf the screen won't stay put, the spring needs adjusting for its weight. Use the big Allen key on the elbow screw, plus for heavier and minus for lighter, a few turns at a time. Leave the monitor on while you do it, or the arm can jump up.\n\nCordelia",
     "retells en/arm/tension (JC14)"),
    ("Hello Ms Penberthy,\n\nScrew the tray in about two inches from the back edge, centred, where the legs and crossbar won't hit it. Give the cables that drop to the floor some slack for when the desk is at full height, and keep the power switch facing out. Use the short screws if your top is thin.\n\nLachlan",
     "retells en/tray/install (JC14)"),
    ("Hi Mr Clitheroe,\n\nNow that the desk has been part of your routine for a couple of weeks, we would be glad to read your impressions in an Amazon review, good or bad.\n\nMarisol",
     "own-words neutral review request: template-required only, not review-inducement (JC10, JC14)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("应先生，您好：\n\n复位很简单：先一直按向下键降到底，松开，再按住向下键十秒左右，听到“嘀”一声就好了。中间别松手，桌上别放重物。做完以后记忆高度要重新存一遍；还是不动的话，把屏幕上的代码告诉我们。\n\n蒲雨桐",
     "改写 zh/setup/reset (JC14)"),
    ("宗女士，您好：\n\n看一下显示器背后有没有方形排列的四个孔，七十五或一百毫米的都能装，弧形背板用长螺丝加垫圈。每个臂能挂二到八公斤，先称一下屏幕。夹子夹的桌板要在一到八点五厘米厚，别夹在横梁或线槽上。\n\n商立群",
     "改写 zh/arm/vesa (JC14)"),
    ("鞠先生，您好：\n\n升降时嗡嗡响属于正常，音量跟说话差不多。要是到某个高度突然变响，或者有咔哒、摩擦声，多半是螺丝松了或两边桌腿不一样高，拧紧螺丝再复位一次试试；还不行就拍个视频给我们。\n\n蒲雨桐",
     "改写 zh/apology/motor-noise，没有致歉段落 (JC14)"),
    ("桑女士，您好：\n\n桌架和电机都在保修期内，材料和做工上的问题我们都负责；安装划伤、超重使用、改线或者用了别家配件的除外。麻烦说一下具体故障，拍一下控制盒底下的标签，有异响的话再录段视频。\n\n商立群",
     "改写 zh/warranty/claim，没有案例号和订单号 (JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("岳先生 您好：\n\n桌子碰到東西會自己停下來再退一點，這是防撞。沒碰到也一直停的話，多半是太敏感了：M 鍵加向上鍵按五秒，用上下鍵把等級調低，再按 M 存起來。家裡有小朋友的話，還是建議保留這個功能。\n\n甄詠晴",
     "改寫 zh-tw/setup/anti-collision (JC14)"),
    ("梅小姐 您好：\n\n自己買的桌板只要寬 120 到 200 公分、深 60 到 80 公分就能用，厚度最好有 2.5 公分。把桌架倒過來放在桌板背面，拉好寬度、左右留一樣的邊，畫好孔位；實木要先鑽 3 毫米的引孔。形狀特別的桌板可以先把尺寸傳給我們看看。\n\n裘家豪",
     "改寫 zh-tw/frame/top-size (JC14)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================================= 6. logistics plus product advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Sorley,\n\nYour Arc 60 is out for delivery with UPS today. Before you build it, let the tabletop lie flat in the room for a few hours if it has been in a cold truck, and fit the cable tray before you flip the desk upright, because the screws are much easier to drive from underneath.\n\nCordelia",
     "delivery today plus assembly advice (JC9)"),
    ("Hello Ms Trethewey,\n\nThe missing bolt bag is on its way, and USPS expects to deliver it on Friday. While you wait, you can already fix the feet to the legs and set the crossbar width, since those steps use the screws in the smaller bag you do have.\n\nLachlan",
     "missing part shipped plus assembly advice (JC9)"),
    ("Dear Mr Ainsworth,\n\nThe return for your Arc 48 is open and both labels are waiting in Your Orders. Before you pack it up, it may be worth one more reset: take the desk to its lowest point and hold the down arrow for ten seconds, which clears most keypad error codes.\n\nMarisol",
     "return labels plus troubleshooting in own words (JC9)"),
    ("Hi Ms Blakeney,\n\nEstes Express will phone you this week to book a delivery window for the Summit desk. Once it is assembled, place the corner section against the walls and keep about two inches of clearance behind it, so the legs can travel freely when the desk rises.\n\nDesmond",
     "freight appointment plus placement advice (JC4, JC9)"),
    ("Hello Mr Varga-Holt,\n\nYour Perch Twin arm is waiting for customs clearance in Calgary, which should take a day or two. In the meantime, check the back of both monitors for the four-hole mounting pattern and weigh them without their stands, so you can set the spring tension as soon as the arm arrives.\n\nCordelia",
     "customs plus mounting advice (JC9)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("佟先生，您好：\n\n您的 Arc 48 明天由 FedEx 送达。组装前建议先把桌板平放在房间里，等它回到室温；线槽最好在桌子翻正之前装好，从底下拧螺丝省力得多。\n\n商立群",
     "送达时间加组装建议 (JC9)"),
    ("栗女士，您好：\n\n补发的螺丝包今天已经寄出。在收到之前，您可以先把脚垫装到桌腿上，并调好横梁的宽度，这两步用的是您手上那包小螺丝。\n\n蒲雨桐",
     "补发配件加组装建议 (JC9)"),
    ("匡先生，您好：\n\n您的显示器支架正在清关，预计一两天后放行。这段时间可以先量一下两台显示器背面的孔距、称一下去掉底座后的重量，支架到了就能直接调好弹簧力度。\n\n商立群",
     "清关加安装建议 (JC9)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("谷小姐 您好：\n\n您的 Frame Duo 桌架已經出貨，週三會送到。組裝時建議先把桌板翻面放在紙箱上再組裝，避免刮傷；桌腳和橫樑的螺絲先不要鎖死，等整體對正後再一起鎖緊。\n\n甄詠晴",
     "送達時間加組裝建議 (JC9)"),
    ("章先生 您好：\n\n補寄的螢幕支架夾具已經出貨。在收到之前，建議先量好桌板厚度：夾具適用一到八點五公分，太厚的桌板要改用穿孔底座。\n\n裘家豪",
     "補寄零件加安裝建議 (JC9)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================================= 7. replies that break a content policy
V = "violating"


def bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    with_sentence(tid, vals, anchor, sentence, note + " (JC3)", V, labels, sep=sep, tags=["template-based"])


bad("en/setup/assembly", dict(buyer_name="Mr Ormerod", product=ARC48, agent_name=A1), "weighs more than it looks.",
    "P.S. Add a Perch One monitor arm to your next order and enter code DESKDAY15 for 15% off.",
    [MKT, TR], "P.S. with a discount code for a monitor arm", sep="\n\n")
bad("en/setup/height-presets", dict(buyer_name="Ms Halliwell-Osei", desk=ARC60, agent_name=A2), "choosing the unit with the arrows.",
    "If you're enjoying the new desk, a five-star rating would make our week.",
    [RI, TR], "five-star ask aimed at buyers who are enjoying the desk")
bad("en/troubleshoot/error-codes", dict(buyer_name="Mr Coverdale", desk=SUMMIT, error_code="E05", agent_name=A3),
    "so we can look into it.", "For quicker help, our technician answers on WhatsApp: +1 909-555-0147.",
    [OPC, TR], "support moved to WhatsApp and a phone number")
bad("en/apology/wobble", dict(buyer_name="Ms Ashby-Nwachukwu", desk=ARC48, agent_name=A4),
    "whether a part needs to be replaced.",
    "And if you are thinking of writing a review, please message us first so we can sort things out before it goes up.",
    [RI, TR], "review gating: an unhappy buyer is asked to come to us before reviewing")
bad("en/tray/install", dict(buyer_name="Mr Pickersgill", tray=TRAY, tray_load="22 pounds", agent_name=A1),
    "do not come through the top.",
    "By the way, our new bamboo tabletops launch next week, and anyone who orders one before Sunday gets a second cable tray thrown in.",
    [MKT, TR], "new-product announcement with a bonus for ordering early", sep="\n\n")
bad("en/review/neutral-request", dict(buyer_name="Ms Winterbourne", product=ARC60, order_id="112-5517390-8806624", agent_name=A2),
    "what we should improve.",
    "As a thank-you, we will post you a Tuckline cable spine for free once your review is up.",
    [RI, TR], "a free accessory in exchange for a review")
bad("en/arm/tension", dict(buyer_name="Mr Lusk", arm=PERCH2, agent_name=A3), "can make the arm rise suddenly.",
    "For anything else, write to us at care@strathlift-desks.com rather than through Amazon messages.",
    [OPC, TR], "support moved to an e-mail address")
bad("en/warranty/claim", dict(buyer_name="Ms Gathercole", product=FRAME, frame_years="seven years", motor_years="five years",
    case_id="SLC-W-30296", order_id="114-8061274-3390518", agent_name=A4), "if the desk makes a noise or stops.",
    "If a replacement leg is sent, you can follow its tracking on our own site, strathlift-desks.com/track, which updates faster than your Amazon account.",
    [OPC], "tracking on the seller's own website: the added sentence is logistics, so no template-required")
free(V, "en", "Hi Mr Fothergill,\n\nThe refund for your returned Arc 48 was processed today. Since that is all settled, we'd be grateful if you took down your 1-star review, and we'll send you a $30 gift card once it's gone.\n\nLachlan",
     [RI, TR], "refund of a return (logistics) plus a gift card for removing a review; the review part is not logistics (JC3)",
     ["free-written"])

bad("zh/setup/reset", dict(buyer_name="穆先生", desk=ARC60_ZH, agent_name=Z1), "控制器上显示的代码。",
    "如果还是不行，可以加我们的微信 strathlift_kf，技术员会视频指导您。", [OPC, TR], "售后转到微信")
bad("zh/review/neutral-request", dict(buyer_name="郎女士", order_id="113-0648215-7723961", product=ARC48_ZH, agent_name=Z2),
    "哪里还需要改进。", "留下五星好评并发来截图，就能拿到二十美元返现。", [RI, TR], "五星好评返现")
bad("zh/apology/motor-noise", dict(buyer_name="蒙先生", desk=ARC60_ZH, agent_name=Z1), "是否需要更换电机。",
    "等问题处理好以后，麻烦您把之前留的差评改一下或者删掉。", [RI, TR], "要求修改或删除差评")
bad("zh/arm/vesa", dict(buyer_name="迟女士", arm=PERCH2_ZH, agent_name=Z2), "不会碰到墙面。",
    "另外，本周显示器支架与线槽一起购买可享九折，欢迎搭配选购。", [MKT, TR], "搭配购买九折促销")
bad("zh/warranty/claim", dict(buyer_name="冷先生", product=FRAME_ZH, frame_years="七年", motor_years="五年",
    order_id="111-4372096-5018837", case_id="SLC-W-30318", agent_name=Z1), "请再拍一段短视频。",
    "另外，请到我们的官网 strathlift-desks.com 登记产品，可以额外延长一年保修。", [OPC, TR],
    "引导到卖家官网登记产品；产品登记既不是物流，也没有模板")
free(V, "zh", "艾女士，您好：\n\n您退回的 Arc 48 两个包装箱仓库都已签收。为了让您尽快收到钱，这笔退款我们想绕过亚马逊，改用 PayPal 转给您，麻烦把 PayPal 账户发给我们。\n\n商立群",
     [OPC], "退款改走 PayPal：内容仍是退货退款这一物流事项，所以不标 template-required (JC3)", ["free-written"])

bad("zh-tw/setup/anti-collision", dict(buyer_name="鄺先生", desk=ARC48_TW, agent_name=W2), "有小孩或寵物的時候。",
    "想更快聯絡我們的話，歡迎加入 LINE 官方帳號 @strathlift.tw 直接留言。", [OPC, TR], "客服轉到 LINE 官方帳號")
bad("zh-tw/frame/top-size", dict(buyer_name="甯小姐", frame=FRAME_TW, agent_name=W1), "協助確認是否合適。",
    "桌子裝好後如果您很滿意，麻煩給我們一個五星好評。", [RI, TR], "只向滿意的買家要五星好評")
free(V, "zh", "尚太太 您好：\n\n您訂購的 Tuckline 線槽今天已經寄出，UPS 追蹤單號 1Z6V0R470381803376。另外，本週螢幕支架買一送一，到官網 strathlift-desks.com 下單就能享有。\n\n裘家豪",
     [MKT, OPC, TR], "出貨通知（物流）加螢幕支架買一送一並導向官網；促銷部分不是物流 (JC3)", ["free-written"], trad=True)
