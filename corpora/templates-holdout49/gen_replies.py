# -*- coding: utf-8 -*-
"""Labelled replies of t49 (imported by gen.py). Every text written for this set."""
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
    """(paragraph, the same paragraph hard-wrapped at `width`) for use as an edit."""
    para = [p for p in render(tid, vals).split("\n") if p.startswith(starts)]
    assert len(para) == 1, (tid, starts)
    return (para[0], textwrap.fill(para[0], width))


def free(cat, lang, text, labels, note, tags=(), trad=False):
    _add(cat, text.strip("\n"), labels, lang, tags, note, trad=trad)


def add_sentence(tid, vals, anchor, sentence, note, cat, labels, sep=" ", tags=()):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note, edits=[(anchor, anchor + sep + sentence)], cat=cat, labels=labels, extra=sentence, tags=tags)


# agents
A1, A2, A3, A4 = "Perpetua Alderwick", "Ravi Montague-Osei", "Hedda Lindgren-Shaw", "Callum Fairbairn-Ito"
Z1, Z2 = "欧阳思远", "柯雨桐"
W1, W2 = "詹書瑜", "邱冠廷"
# products
BAR, CLIP = "Solstra Grow Bar 30", "Solstra Halo Clip Lamp"
BAR_LONG = ("Solstra Grow Bar 30 LED Plant Light, Full Spectrum, 30 W, 60 cm Aluminium Bar with 4/8/12 Hour Timer "
            "and 5 Dimming Levels, Hanging Kit Included, Silver")
FEED, FEED_C = "Tendril Foliage Feed", "Tendril Cactus Feed"
POT17, POT21 = "Kilnmoor Self-Watering Pot 17 cm", "Kilnmoor Self-Watering Pot 21 cm"
BAR_ZH = "Solstra Grow Bar 30 补光灯"
BAR_ZH_LONG = ("Solstra Grow Bar 30 植物补光灯 全光谱 三十瓦 六十厘米铝合金灯条 四/八/十二小时定时 五档调光 "
               "三种光色 附吊装配件 银色")
CLIP_ZH = "Solstra Halo 夹式补光灯"
POT17_TW, POT21_TW = "Kilnmoor 自動吸水盆 17 公分", "Kilnmoor 自動吸水盆 21 公分"
POT_TW_LONG = ("Kilnmoor 陶瓷自動吸水盆 21 公分 附棉芯與水位浮標 側邊注水口 儲水約六百毫升 霧面燕麥色 "
               "適合黃金葛、龜背芋與白鶴芋")
AROID_TW = "Loamwell 天南星科專用介質"
C = "filled-template"

# ============================================================ 1. filled templates -> []
# --- en/plants/watering
fill("en/plants/watering", dict(buyer_name="Ms Achterberg", plant_name="Calathea orbifolia", agent_name=A1), "exact fill")
fill("en/plants/watering", dict(buyer_name="Dev", plant_name="Marble Queen pothos", agent_name=A2),
     "greeting made casual and the sentence about roots in water dropped (JC2)",
     edits=[("Hello Dev,", "Morning Dev,"),
            (" Roots sitting in water are the most common reason a healthy plant declines in its first month.", "")],
     tags=["greeting", "drop"])
fill("en/plants/watering", dict(buyer_name="Mr Rowntree-Bassi", plant_name="fiddle-leaf fig", agent_name=A3),
     "clause order reversed in the first tip and 'tip away' -> 'pour away' (JC2)",
     edits=[("when it feels dry at that depth, it is time to water.", "it is time to water when it feels dry at that depth."),
            ("then tip away anything", "then pour away anything")],
     tags=["reorder", "wording"])
# --- en/plants/yellow-leaves
fill("en/plants/yellow-leaves", dict(buyer_name="Mr Ekwueme", plant_name="peace lily", agent_name=A4), "exact fill")
fill("en/plants/yellow-leaves", dict(buyer_name="Ms Penrose-Adu", plant_name="rubber plant", agent_name=A1),
     "a line thanking the buyer for the photos added and the sign-off changed (JC2)",
     edits=[("Hi Ms Penrose-Adu,\n\n", "Hi Ms Penrose-Adu,\n\nThanks for the photos, they really help. "),
            ("Kind regards,", "Fingers crossed, and kind regards,")],
     tags=["warm-line", "sign-off"])
fill("en/plants/yellow-leaves", dict(buyer_name="Saffron", plant_name="spider plant", agent_name=A2),
     "numbered list turned into dashes (JC2)",
     edits=[("\n1. Soft", "\n- Soft"), ("\n2. Crisp", "\n- Crisp"), ("\n3. Check", "\n- Check")],
     tags=["list-format"])
# --- en/lights/setup
fill("en/lights/setup", dict(buyer_name="Ms Oyelowo", product=BAR, light_height="30 to 45 cm", agent_name=A3), "exact fill")
fill("en/lights/setup", dict(buyer_name="Ms Pilkington-Rao", product=BAR_LONG, light_height="about 40 cm", agent_name=A4),
     "whole listing title in the product slot; greeting changed (JC2)",
     edits=[("Dear Ms Pilkington-Rao,", "Hello Ms Pilkington-Rao,")], tags=["long-value", "greeting"])
_v = dict(buyer_name="Mr Hebblethwaite", product=CLIP, light_height="20 to 30 cm", agent_name=A1)
fill("en/lights/setup", _v,
     "first two paragraphs hard-wrapped at 72 columns and the last sentence paraphrased with the same facts (JC2)",
     edits=[rewrap("en/lights/setup", _v, "Thanks for your question", 72), rewrap("en/lights/setup", _v, "Most houseplants", 72),
            ("If the leaves nearest the light start to look bleached or pale, raise the light or turn the brightness down by one step.",
             "Should the leaves closest to the lamp turn pale or bleached, move it higher or dim it by one step.")],
     tags=["reflow", "paraphrase"])
# --- en/fertiliser/dosage
fill("en/fertiliser/dosage", dict(buyer_name="Mr Halvorsen", product=FEED, dose="5 ml (one capful)", agent_name=A2), "exact fill")
fill("en/fertiliser/dosage", dict(buyer_name="Ines", product=FEED_C, dose="2.5 ml (half a capful)", agent_name=A3),
     "a sentence added that sums up the second paragraph in other words (JC2)",
     edits=[("or you can stop altogether.", "or you can stop altogether. In short: little and often in summer, hardly at all in winter.")],
     tags=["added-sentence"])
# --- en/plants/pets
fill("en/plants/pets", dict(buyer_name="Ms Trevelyan", plant_name="Chinese money plant", pet_status="non-toxic", agent_name=A4),
     "exact fill")
fill("en/plants/pets", dict(buyer_name="Mr Gallacher", plant_name="Monstera deliciosa",
     pet_status="mildly toxic", agent_name=A1),
     "example clause dropped and 'ring your vet' -> 'call your vet' (JC2)",
     edits=[(", such as a high shelf or a hanging planter.", "."), ("please ring your vet", "please call your vet")],
     tags=["drop", "wording"])
# --- en/soil/mix-choice
fill("en/soil/mix-choice", dict(buyer_name="Ms Bellweather", plant_name="Monstera deliciosa", mix_name="The Loamwell Aroid Mix",
     agent_name=A2), "exact fill")
fill("en/soil/mix-choice", dict(buyer_name="Mr Oyinlola", plant_name="string of pearls", mix_name="Our Loamwell Cactus Mix",
     agent_name=A3), "the Cactus Mix sentence moved to the front of its paragraph (JC2)",
     edits=[("Our Aroid Mix is chunky, with orchid bark, coir and perlite, and suits monsteras, philodendrons, pothos and other climbers whose roots need plenty of air. The Cactus Mix is gritty and drains within seconds, which is right for succulents, cacti and snake plants.",
             "The Cactus Mix is gritty and drains within seconds, which is right for succulents, cacti and snake plants. Our Aroid Mix is chunky, with orchid bark, coir and perlite, and suits monsteras, philodendrons, pothos and other climbers whose roots need plenty of air.")],
     tags=["reorder"])
# --- en/warranty/grow-light
fill("en/warranty/grow-light", dict(buyer_name="Mr Mbatha", product=BAR, warranty_period="two-year", case_id="BKF-C-51207",
     order_id="204-5839102-6671048", agent_name=A4), "exact fill")
fill("en/warranty/grow-light", dict(buyer_name="Ms Szczepanik", product=CLIP, warranty_period="one-year", case_id="BKF-C-51244",
     order_id="202-1186475-3309217", agent_name=A1),
     "greeting changed and the two sentences of the last paragraph swapped (JC2)",
     edits=[("Hello Ms Szczepanik,", "Hi Ms Szczepanik,"),
            ("To look into this, please reply here with a few words about what happens and a photo or short video of the light switched on. Your case reference is BKF-C-51244 for order 202-1186475-3309217.",
             "Your case reference is BKF-C-51244 for order 202-1186475-3309217. To look into this, please reply here with a few words about what happens and a photo or short video of the light switched on.")],
     tags=["greeting", "reorder"])
fill("en/warranty/grow-light", dict(buyer_name="Torben", product=BAR, warranty_period="two-year", case_id="BKF-C-51263",
     order_id="203-7742019-5528830", agent_name=A2),
     "warm line about the buyer's seedlings added; last paragraph split into two (JC2)",
     edits=[("Thank you for getting in touch about your Solstra Grow Bar 30.",
             "Thank you for getting in touch about your Solstra Grow Bar 30, and sorry it has let you down just as your seedlings were coming up."),
            ("switched on. Your case reference", "switched on.\n\nYour case reference")],
     tags=["warm-line", "split"])
# --- en/apology/droop
fill("en/apology/droop", dict(buyer_name="Ms Moorcroft-Eze", plant_name="bird of paradise", agent_name=A3), "exact fill")
fill("en/apology/droop", dict(buyer_name="Mr Rushworth", plant_name="Alocasia 'Polly'", agent_name=A4),
     "one sentence dropped and the sign-off changed (JC2)",
     edits=[("Most plants perk up within a week. If yours has not improved by then,", "If yours has not improved within a week,"),
            ("With apologies,", "Sorry again,")],
     tags=["drop", "sign-off"])
# --- en/review/neutral-request
fill("en/review/neutral-request", dict(buyer_name="Mr Pemberthy", order_id="205-3361947-8810254", product=POT17, agent_name=A1),
     "exact fill; the only review request for this order, no earlier praise in the thread (JC8)")
fill("en/review/neutral-request", dict(buyer_name="Wren", order_id="026-4408815-2219763", product="Calathea orbifolia",
     agent_name=A2), "greeting and sign-off changed, 'plant lovers' -> 'plant people'; the only request for this order (JC2, JC8)",
     edits=[("Hi Wren,", "Hello Wren,"), ("other plant lovers", "other plant people"), ("Many thanks,", "Thanks so much,")],
     tags=["greeting", "sign-off", "wording"])
# --- en/pests/gnats
fill("en/pests/gnats", dict(buyer_name="Mrs Dunmore", plant_name="Hoya carnosa", agent_name=A3), "exact fill")
fill("en/pests/gnats", dict(buyer_name="Mr Fenwick-Addo", plant_name="parlour palm", agent_name=A4),
     "reassuring line added and 'disappear' -> 'die out' (JC2)",
     edits=[("These are almost certainly fungus gnats.", "These are almost certainly fungus gnats, and you are far from the only one to see them this autumn."),
            ("the flies should disappear.", "the flies should die out.")],
     tags=["warm-line", "wording"])

# --- zh/plants/winter-care
fill("zh/plants/winter-care", dict(buyer_name="程女士", plant_name="龟背竹", agent_name=Z1), "exact fill")
fill("zh/plants/winter-care", dict(buyer_name="申先生", plant_name="琴叶榕", agent_name=Z2),
     "问候语改为“下午好”，删去“最好用室温的水” (JC2)",
     edits=[("申先生，您好：", "申先生，下午好："), ("再浇，最好用室温的水。", "再浇。")], tags=["greeting", "drop"])
fill("zh/plants/winter-care", dict(buyer_name="邵女士", plant_name="天堂鸟", agent_name=Z1),
     "开头加一句体谅的话，结尾祝语改写 (JC2)",
     edits=[("邵女士，您好：\n\n", "邵女士，您好：\n\n今年降温来得早，很多顾客都在问同样的问题。"), ("祝您养护顺利！", "祝您和植物都暖暖和和地过冬！")],
     tags=["warm-line", "sign-off"])
# --- zh/lights/modes
fill("zh/lights/modes", dict(buyer_name="严先生", product=BAR_ZH, agent_name=Z2), "exact fill")
fill("zh/lights/modes", dict(buyer_name="柳女士", product=BAR_ZH_LONG, agent_name=Z1),
     "整段商品标题放入 product 占位符 (JC2)", edits=[], tags=["long-value"])
fill("zh/lights/modes", dict(buyer_name="甘先生", product=CLIP_ZH, agent_name=Z2),
     "同义词替换：“建议”改“推荐”，“调整”改“调节” (JC2)",
     edits=[("建议从第二或第三档开始", "推荐从第二或第三档开始"), ("观察一周后再调整", "观察一周后再调节")], tags=["wording"])
# --- zh/plants/cuttings
fill("zh/plants/cuttings", dict(buyer_name="龚先生", plant_name="绿萝", agent_name=Z1), "exact fill")
fill("zh/plants/cuttings", dict(buyer_name="易女士", plant_name="喜林芋", agent_name=Z2),
     "删去解释叶节的一句，结尾祝语改写 (JC2)",
     edits=[("叶节就是叶柄与茎相连、带有小凸起的地方。", ""), ("祝您扦插成功！", "期待看到新根！")], tags=["drop", "sign-off"])
# --- zh/warranty/grow-light
fill("zh/warranty/grow-light", dict(buyer_name="尹先生", product=BAR_ZH, warranty_period="两年", case_id="BKF-C-51288",
     order_id="204-9923561-0047318", agent_name=Z1), "exact fill")
fill("zh/warranty/grow-light", dict(buyer_name="毛女士", product=CLIP_ZH, warranty_period="一年", case_id="BKF-C-51302",
     order_id="202-6650283-7714092", agent_name=Z2),
     "最后一段两句调换顺序 (JC2)",
     edits=[("为了尽快判断问题，请在本对话中简单描述故障情况，并附上灯具通电时的照片或短视频。您的售后编号为 BKF-C-51302，对应订单 202-6650283-7714092。",
             "您的售后编号为 BKF-C-51302，对应订单 202-6650283-7714092。为了尽快判断问题，请在本对话中简单描述故障情况，并附上灯具通电时的照片或短视频。")],
     tags=["reorder"])
# --- zh/review/neutral-request
fill("zh/review/neutral-request", dict(buyer_name="常女士", product="Kilnmoor 自吸水花盆", order_id="203-2298874-1536607",
     agent_name=Z1), "exact fill；本订单唯一一次评论邀请，对话中买家没有先表示满意 (JC8)")
fill("zh/review/neutral-request", dict(buyer_name="汪先生", product="Loamwell 天南星科营养土", order_id="205-8817302-4490125",
     agent_name=Z2), "问候语改写，删去结尾“谢谢您！”；本订单唯一一次评论邀请 (JC2, JC8)",
     edits=[("汪先生，您好：", "汪先生，早上好："), ("谢谢您！\n", "")], tags=["greeting", "drop"])
# --- zh/apology/leaf-drop
fill("zh/apology/leaf-drop", dict(buyer_name="汤女士", plant_name="琴叶榕", agent_name=Z1), "exact fill")
fill("zh/apology/leaf-drop", dict(buyer_name="顾先生", plant_name="垂叶榕", agent_name=Z2),
     "加一句体谅的话，“常见”改为“很普遍” (JC2)",
     edits=[("让您担心了。", "让您担心了。刚收到就看到满地落叶，换作是我也会着急。"), ("是常见的应激反应", "是很普遍的应激反应")],
     tags=["warm-line", "wording"])

# --- zh-tw/pots/self-watering
fill("zh-tw/pots/self-watering", dict(buyer_name="游先生", product=POT17_TW, agent_name=W1), "exact fill")
fill("zh-tw/pots/self-watering", dict(buyer_name="廖小姐", product=POT_TW_LONG, agent_name=W2),
     "整段商品標題放入 product 佔位符，問候語改寫 (JC2)", edits=[("廖小姐 您好：", "廖小姐 午安：")],
     tags=["long-value", "greeting"])
# --- zh-tw/soil/repotting
fill("zh-tw/soil/repotting", dict(buyer_name="翁太太", product=AROID_TW, pot_step="兩到三公分", agent_name=W1), "exact fill")
fill("zh-tw/soil/repotting", dict(buyer_name="杜先生", product="Loamwell 多肉專用介質", pot_step="一個尺寸", agent_name=W2),
     "第三段兩句合併，結尾祝語改寫 (JC2)",
     edits=[("不要用力壓實。澆一次透水，", "不要用力壓實，然後澆一次透水，"), ("敬祝 園藝愉快", "祝 換盆順利")],
     tags=["merge", "sign-off"])
# --- zh-tw/pests/mites
fill("zh-tw/pests/mites", dict(buyer_name="洪小姐", plant_name="龜背芋", agent_name=W1), "exact fill")
fill("zh-tw/pests/mites", dict(buyer_name="郭太太", plant_name="孔雀竹芋", agent_name=W2),
     "刪去第三步中的一個分句，開頭加一句體諒的話 (JC2)",
     edits=[("郭太太 您好：\n\n", "郭太太 您好：\n\n別擔心，這個問題很常見，也處理得了。"), ("，並提高周圍的濕度。", "。")],
     tags=["warm-line", "drop"])
# --- zh-tw/plants/humidity
fill("zh-tw/plants/humidity", dict(buyer_name="顏小姐", plant_name="孔雀竹芋", agent_name=W1), "exact fill")
fill("zh-tw/plants/humidity", dict(buyer_name="卓太太", plant_name="波士頓蕨", agent_name=W2),
     "第二段兩句調換順序 (JC2)",
     edits=[("您可以把盆栽放在鋪了小石子並加了水的淺盤上，盆底不要直接碰到水；也可以把幾盆植物集中擺放，讓彼此的水氣提高濕度。浴室或廚房附近明亮的位置也很合適。",
             "浴室或廚房附近明亮的位置很合適。您也可以把盆栽放在鋪了小石子並加了水的淺盤上，盆底不要直接碰到水；或把幾盆植物集中擺放，讓彼此的水氣提高濕度。")],
     tags=["reorder"])
# --- zh-tw/review/neutral-request
fill("zh-tw/review/neutral-request", dict(buyer_name="歐先生", product=AROID_TW, order_id="206-3374910-6628841", agent_name=W1),
     "exact fill；本訂單唯一一次評論邀請 (JC8)")
fill("zh-tw/review/neutral-request", dict(buyer_name="潘太太", product=POT21_TW, order_id="204-1150736-9982304", agent_name=W2),
     "「感謝您撥冗」改為「謝謝您花時間閱讀」；本訂單唯一一次評論邀請 (JC2, JC8)",
     edits=[("感謝您撥冗。", "謝謝您花時間閱讀。")], tags=["wording"])

# ============================================================ 2. fill plus one logistics sentence -> []
FX = "fill-plus-logistics"


def fill_log(tid, vals, anchor, sentence, note, sep=" ", tags=()):
    add_sentence(tid, vals, anchor, sentence, note + " (JC1)", FX, [], sep=sep, tags=tags)


fill_log("en/plants/watering", dict(buyer_name="Ms Ravenhill", plant_name="Calathea orbifolia", agent_name=A3),
         "when growth slows right down.",
         "The cover pot from the same order is travelling separately with DPD, tracking 15503398120476, and should reach you on Thursday.",
         "split-shipment tracking for a cover pot, added as its own paragraph", sep="\n\n", tags=["split-shipment"])
fill_log("en/lights/setup", dict(buyer_name="Mr Okafor-Grant", product=BAR, light_height="30 to 45 cm", agent_name=A4),
         "or turn the brightness down by one step.",
         "The hanging kit that was missing from your box went out today by Royal Mail Tracked 24, tracking TQ418305926GB.",
         "missing hanging kit resent (fulfilment, JC6)", tags=["fulfilment"])
fill_log("en/fertiliser/dosage", dict(buyer_name="Ms Delacroix-Mensah", product=FEED, dose="5 ml (one capful)", agent_name=A1),
         "to rinse them through.",
         "If you would rather send back the second bottle you ordered, it is still inside the 30-day return window and you can start the return from Your Orders.",
         "return window for an unopened bottle", tags=["returns"])
fill_log("en/warranty/grow-light", dict(buyer_name="Mr Yeboah", product=CLIP, warranty_period="one-year", case_id="BKF-C-51317",
         order_id="202-4479681-3305529", agent_name=A2),
         "for order 202-4479681-3305529.",
         "If the lamp does need to come back to us, we will send a prepaid Evri label through Amazon, so the postage will not cost you anything.",
         "how a warranty unit would travel", tags=["returns"])
fill_log("en/apology/droop", dict(buyer_name="Ms Haworth", plant_name="fiddle-leaf fig", agent_name=A3),
         "we will work out the next step together.",
         "Because the ceramic pot cracked on the way, a new one left our Evesham nursery this morning by DPD, tracking 15509921473058.",
         "pot broken in transit replaced (JC4, JC6)", sep="\n\n", tags=["damage"])
fill_log("en/soil/mix-choice", dict(buyer_name="Mr Tanaka-Moss", plant_name="peace lily", mix_name="The Loamwell Everyday Mix",
         agent_name=A4),
         "there is no need to add anything else.",
         "As you asked, we have cancelled the second bag that was added by mistake; it had not been dispatched, so you will not be charged for it.",
         "duplicate bag cancelled before dispatch (JC6)", tags=["cancellation"])
fill_log("en/plants/pets", dict(buyer_name="Ms Ingleby", plant_name="Boston fern", pet_status="non-toxic", agent_name=A1),
         "tell them the name of the plant.",
         "Your order is packed and will leave the nursery on Monday, so it does not spend the weekend sitting in a depot.",
         "dispatch day for a live plant (JC17)", sep="\n\n", tags=["shipping"])
fill_log("zh/plants/winter-care", dict(buyer_name="邹先生", plant_name="天堂鸟", agent_name=Z2),
         "不必担心。",
         "另外，寒潮期间发出的活体植物我们都会在箱内放暖贴，您这一单安排在下周一发货。",
         "寒潮期间的发货安排 (JC17)", tags=["shipping"])
fill_log("zh/lights/modes", dict(buyer_name="白女士", product=BAR_ZH, agent_name=Z1),
         "重新通电后不需要再设置。",
         "您反映缺少的吊装配件已于今天通过 Royal Mail 免费补寄，运单号 RK702941385GB。",
         "补寄缺少的配件 (JC6)", tags=["fulfilment"])
fill_log("zh/warranty/grow-light", dict(buyer_name="史先生", product=BAR_ZH, warranty_period="两年", case_id="BKF-C-51339",
         order_id="203-9036627-7412858", agent_name=Z2),
         "对应订单 203-9036627-7412858。",
         "处理期间如果您的收货地址有变动，请在本对话中告诉我们，更换的灯具会寄到新地址。",
         "保修期间的地址变更", tags=["address"])
fill_log("zh/plants/cuttings", dict(buyer_name="黎女士", plant_name="绿萝", agent_name=Z1),
         "头两周保持土壤微湿。",
         "您同一订单里的玻璃瓶是另外发货的，预计周三送达。",
         "分开发货的送达时间", tags=["split-shipment"])
fill_log("zh-tw/pots/self-watering", dict(buyer_name="盧先生", product=POT17_TW, agent_name=W2),
         "避免土壤長期濕悶。",
         "您同時訂購的 21 公分盆器是分開寄出的，追蹤單號 TM559028174GB，預計週四送達。",
         "分開寄出的盆器追蹤單號", tags=["split-shipment"])
fill_log("zh-tw/soil/repotting", dict(buyer_name="呂先生", product=AROID_TW, pot_step="兩公分左右", agent_name=W1),
         "等表層幾公分的土乾了再澆。",
         "若您想退回另一包還沒開封的介質，目前仍在三十天退貨期內，可以在「您的訂單」申請退貨。",
         "未開封商品的退貨期", tags=["returns"])
fill_log("zh-tw/plants/humidity", dict(buyer_name="田小姐", plant_name="孔雀竹芋", agent_name=W2),
         "只要不剪到健康的綠色部分即可。",
         "另外，之前寄錯的白鶴芋不必寄回，正確的竹芋今天已經免費補寄給您。",
         "寄錯品項的補寄 (JC6)", tags=["fulfilment"])

# ============================================================ 3. free logistics -> []
L = "logistics"
for text, tags, note in [
    ("Hi Mr Strachan,\n\nYour Calathea orbifolia left our Evesham nursery this morning with Royal Mail Tracked 48. The tracking number is RP836102447GB, and it should be with you on Thursday.\n\nBest,\nPerpetua",
     ["tracking"], "tracking and expected delivery (JC14)"),
    ("Hello Ms Fairclough,\n\nThe overnight forecast along the delivery route is below freezing for the next few days, so we are holding live plants rather than risk them sitting in a cold van. Your Boston fern will go out on Monday with a heat pack in the box, and the tracking number will appear in Your Orders as soon as it ships.\n\nThanks for bearing with us,\nRavi",
     ["shipping", "delay"], "cold-weather dispatch hold for a live plant (JC17)"),
    ("Dear Mr Dimitriou,\n\nDPD's delivery photo shows the parcel left in your porch at 11:42 yesterday. If it isn't there and none of the neighbours has taken it in, let us know by Friday and we'll raise a claim with DPD and send the order again.\n\nKind regards,\nHedda",
     ["delivery"], "marked delivered but not found (JC14)"),
    ("Hi Ms Kaur-Lyle,\n\nNo problem at all. Your order hadn't been packed yet, so we've changed the delivery address to the flat number and postcode in your message. The delivery date stays the same.\n\nCallum",
     ["address"], "address corrected before dispatch (JC14)"),
    ("Hello Mr Lowther,\n\nTo send the Solstra Grow Bar 30 back, start a return from Your Orders and print the prepaid label Amazon gives you. Unplug it, coil the cable with its twist tie, and put the bar and the controller back in the original box. If the box has gone, any sturdy carton with some padding around the bar will do.\n\nThank you,\nPerpetua",
     ["returns", "packing"], "return with packing instructions (JC4)"),
    ("Hi Ms Babatunde,\n\nYour returned Halo Clip Lamp reached us this morning and we've refunded £34.99 to your original payment method. Banks usually take three to five working days to show it.\n\nRavi",
     ["refund", "returns"], "refund of a return (JC11, JC14)"),
    ("Dear Mr Jessop,\n\nI'm sorry, but we can't send live plants from Great Britain to Northern Ireland at the moment, because each parcel would need its own plant health certificate. We have removed the string of pearls from your order and refunded it. The Loamwell Cactus Mix and the terracotta pot are not affected and will ship today as normal.\n\nRegards,\nHedda",
     ["customs", "cancellation"], "plant health rules for Northern Ireland (JC7)"),
    ("Hello Ms Ellery,\n\nParcels to Jersey go through customs on arrival, and Jersey GST is only charged when the value is over the island's import threshold. Your order is below it, so there will be nothing to pay. Royal Mail shows the parcel cleared this morning, and it should reach you within two working days.\n\nCallum",
     ["customs"], "Channel Islands customs (JC7)"),
    ("Hi Mr Quigley,\n\nDone: we've cancelled the order as you asked. It hadn't left the nursery, so nothing has been charged, and the pending payment will drop off your card within a few days.\n\nPerpetua",
     ["cancellation"], "cancellation before dispatch (JC11, JC14)"),
    ("Hello Ms Rahimi,\n\nYour order is coming in two parcels. The monstera travels with DPD, tracking 15504470286619, because live plants go on a next-day service. The two bags of compost follow with Evri, tracking H04TRA0012875563. Both should arrive by Saturday.\n\nBest regards,\nRavi",
     ["tracking", "split-shipment"], "split shipment (JC14)"),
    ("Dear Mr Tolland,\n\nI'm so sorry the Kilnmoor pot arrived in pieces. A new pot went out today by DPD, tracking 15507013895542, double-boxed this time. There's no need to send the broken one back.\n\nHedda",
     ["damage", "fulfilment"], "pot broken in transit (JC4, JC6)"),
    ("Hi Ms Grimshaw,\n\nThanks for the photos. The snapped stem and the spilt compost happened in transit, and that's not how your fiddle-leaf fig should have reached you. We'll send a replacement plant on Monday with extra packing around the pot, and you don't need to return the damaged one.\n\nCallum",
     ["damage", "fulfilment"], "live plant damaged in transit, replacement (JC4, JC6)"),
    ("Hello Mr Adebayo-Hart,\n\nSorry for the wait. DPD have told us that high winds left a backlog at their hub, and your parcel is now expected tomorrow rather than today. If it still hasn't turned up by Wednesday, reply here and we'll arrange a replacement.\n\nRegards,\nPerpetua",
     ["delay"], "weather delay (JC14)"),
    ("Hi Ms Colquhoun,\n\nYou're right, we packed the Cactus Mix instead of the Aroid Mix you ordered, and I apologise. The correct bag left today with Evri, tracking H06WKB0039104482. Please keep the Cactus Mix; there's no need to send it back.\n\nRavi",
     ["fulfilment"], "wrong item replaced (JC6)"),
    ("Hello Mr Pritchard-Wong,\n\nThe drip tray should have been in the box with your pot. We've posted one to you today by Royal Mail, tracking RZ640093158GB, at no charge.\n\nKind regards,\nHedda",
     ["fulfilment"], "missing part resent (JC6, JC11)"),
    ("Dear Ms Sokolova,\n\nThe 50-litre bag of Everyday Mix is too heavy for our standard courier, so it comes separately on a two-person delivery service. They will text you the day before to agree a delivery slot, and they leave it at the front door unless you ask otherwise.\n\nCallum",
     ["shipping", "delivery"], "heavy item delivery slot (JC14)"),
    ("Hi Mr Byers,\n\nLive plants can't go back through the usual return route, but you won't need to send yours anywhere: if a plant arrives damaged or dead, send us a photo within 48 hours of delivery and we'll refund it or send a replacement, whichever you prefer. Pots, lights and compost can be returned as normal within 30 days.\n\nPerpetua",
     ["returns", "refund"], "return rules for live plants (JC17)"),
    ("Hello Ms Oduro,\n\nThe replacement peace lily will be dispatched on Tuesday rather than today. We only send plants out from Monday to Wednesday, so they never spend a weekend in a depot. You'll see the tracking number in Your Orders once it's on its way.\n\nBest,\nRavi",
     ["shipping"], "dispatch days for live plants (JC17)"),
    ("Hi Mr Villiers-Ahn,\n\nRoyal Mail sent your parcel back to us because the house number was missing from the address. We've added the number you gave us and posted it again this morning, tracking TF207718365GB. There's nothing extra to pay.\n\nHedda",
     ["address"], "parcel returned to sender, reshipped (JC14)"),
    ("Hello Ms Llewellyn,\n\nWe've added your gift message to the order and left the prices off the packing slip, as you asked. It will be delivered to your sister's address in Bath on Friday.\n\nCallum",
     ["fulfilment"], "gift message and packing slip (JC6)"),
]:
    free(L, "en", text, [], note, tags)

for text, tags, note in [
    ("龚女士，您好：\n\n您的包裹今天上午已从 Evesham 苗圃发出，由 Royal Mail 配送，运单号 TZ318840276GB，预计周四送达。\n\n欧阳思远",
     ["tracking"], "运单号与预计送达 (JC14)"),
    ("毛先生，您好：\n\n抱歉让您久等了。DPD 通知我们，因大风天气中转站积压，您的包裹预计明天送达，比原定晚一天。如果周三还没有收到，请在本对话里告诉我们，我们会安排补发。\n\n柯雨桐",
     ["delay"], "天气原因延误 (JC14)"),
    ("易先生，您好：\n\n您的订单还没有打包，我们已按您的要求把收货地址改成新的门牌号和邮编，送达日期不变。\n\n欧阳思远",
     ["address"], "发货前修改地址 (JC11, JC14)"),
    ("尹女士，您好：\n\n如需退回补光灯，请在“您的订单”页面申请退货，并打印亚马逊提供的预付费退货面单。请拔掉电源，把灯条、控制器和电源线放回原包装盒；原盒不在的话，用结实的纸箱加些填充物即可。\n\n柯雨桐",
     ["returns", "packing"], "退货包装说明 (JC4)"),
    ("邹女士，您好：\n\n我们今天已收到您退回的夹式补光灯，34.99英镑已退回原支付方式，一般三到五个工作日到账。\n\n欧阳思远",
     ["refund", "returns"], "退货退款 (JC11, JC14)"),
    ("常先生，您好：\n\nDPD 的签收照片显示包裹昨天中午放在了您家门廊。如果门廊没有、邻居也没有代收，请在周五前告诉我们，我们会向 DPD 申请理赔并重新发货。\n\n柯雨桐",
     ["delivery"], "显示签收但未收到 (JC14)"),
    ("汤先生，您好：\n\n未来几天沿途夜间气温会降到零度以下，为了避免植物在冷车里冻伤，我们暂缓发出活体植物。您订购的波士顿蕨会在下周一发出，箱内会放暖贴，发货后运单号会显示在“您的订单”中。\n\n欧阳思远",
     ["shipping", "delay"], "寒潮暂缓发货 (JC17)"),
    ("汪女士，您好：\n\n您的订单分成两个包裹：龟背竹走 DPD 次日达，运单号 15502286740931；两袋营养土走 Evri，运单号 H02PLN0057731906。两个包裹预计周六前都能送达。\n\n柯雨桐",
     ["tracking", "split-shipment"], "分开发货 (JC14)"),
    ("顾女士，您好：\n\n非常抱歉花盆在运输中摔碎了。新的花盆今天已由 DPD 发出，运单号 15508145302768，这次用了双层纸箱。碎掉的那个不用寄回。\n\n欧阳思远",
     ["damage", "fulfilment"], "运输中摔碎 (JC4, JC6)"),
    ("白先生，您好：\n\n已按您的要求取消订单。订单还没有离开苗圃，所以不会扣款，银行卡上的预授权几天内会自动撤销。\n\n柯雨桐",
     ["cancellation"], "发货前取消 (JC11, JC14)"),
    ("史女士，您好：\n\n很抱歉，目前我们无法把活体植物从英国本岛寄往北爱尔兰，因为每个包裹都需要单独的植物检疫证书。我们已把订单中的吊兰取消并退款，营养土和陶盆不受影响，今天照常发货。\n\n欧阳思远",
     ["customs", "cancellation"], "北爱尔兰植物检疫限制 (JC7)"),
    ("黎先生，您好：\n\n确实是我们发错了，把多肉专用土当成了天南星科专用土，非常抱歉。正确的那袋今天已通过 Evri 发出，运单号 H09QMX0061248837。发错的那袋您留着就好，不用寄回。\n\n柯雨桐",
     ["fulfilment"], "发错货补发 (JC6)"),
]:
    free(L, "zh", text, [], note, tags)

for text, tags, note in [
    ("游小姐 您好：\n\n您的包裹今天已從苗圃寄出，由 Royal Mail 配送，追蹤單號 TK662019473GB，預計週四送達。\n\n詹書瑜",
     ["tracking"], "追蹤單號與預計送達 (JC14)"),
    ("郭先生 您好：\n\n很抱歉讓您久等。DPD 通知我們，因為暴風雨造成轉運中心延誤，包裹預計明天才會送達。如果週三仍未收到，請在本對話告訴我們，我們會安排補寄。\n\n邱冠廷",
     ["delay"], "天候延誤 (JC14)"),
    ("廖太太 您好：\n\n如需退回補光燈，請在「您的訂單」申請退貨並列印預付退貨標籤。寄回前請拔掉電源，把燈條、控制器和電源線放回原盒；如果原盒已經丟了，用堅固的紙箱並塞些緩衝材料即可。\n\n詹書瑜",
     ["returns", "packing"], "退貨包裝說明 (JC4)"),
    ("盧小姐 您好：\n\n我們已收到您退回的自動吸水盆，19.99 英鎊已退回原付款方式，約三到五個工作天入帳。\n\n邱冠廷",
     ["refund", "returns"], "退貨退款 (JC11, JC14)"),
    ("翁先生 您好：\n\n您的訂單還沒有包裝，我們已經依您的要求把收件地址改成新的門牌號碼，送達日期不變。\n\n詹書瑜",
     ["address"], "出貨前修改地址 (JC14)"),
    ("杜小姐 您好：\n\nDPD 的照片顯示包裹昨天中午放在您家門口。如果門口沒有、鄰居也沒有代收，請在週五前告訴我們，我們會向 DPD 申請理賠並重新寄出。\n\n邱冠廷",
     ["delivery"], "顯示送達但未收到 (JC14)"),
    ("洪先生 您好：\n\n謝謝您提供照片。琴葉榕的枝幹在運送途中折斷、土也灑了出來，真的很抱歉。我們會在下週一免費補寄一盆新的，並加強盆器周圍的包裝；受損的那盆不必寄回。\n\n詹書瑜",
     ["damage", "fulfilment"], "運送途中受損的植物補寄 (JC4, JC6)"),
]:
    free(L, "zh", text, [], note, tags, trad=True)

# ============================================================ 4. free non-logistics -> [template-required]
N = "free-non-logistics"
for text, tags, note in [
    ("Hi Ms Oakes,\n\nYes, the Grow Bar 30 is happy on a smart plug. Leave the built-in timer off and let the plug run the schedule; the light remembers its last brightness, so it comes back at the same level every morning.\n\nPerpetua",
     ["advice", "product-question"], "smart plug question: no template covers it (JC15)"),
    ("Hello Mr Ansari-Pope,\n\nCalatheas can be fussy about hard tap water, and that is behind a lot of brown leaf tips in the south of England. Rainwater, filtered water or tap water left to stand overnight all help. You don't need to buy distilled water.\n\nRavi",
     ["advice"], "water quality (JC15)"),
    ("Dear Ms Haverford,\n\nThe Aroid Mix has no fertiliser added, so start feeding about four weeks after you repot. It is made of orchid bark, coir, perlite and a little horticultural charcoal.\n\nHedda",
     ["product-question"], "what is in the compost (JC15)"),
    ("Hi Mr Okonjo,\n\nThe 17 cm self-watering pot takes a nursery pot up to 15 cm across, or you can plant straight into the inner pot. It stands 16 cm tall, and the reservoir holds about 400 ml, which lasts most plants a week to ten days.\n\nCallum",
     ["product-question"], "pot dimensions (JC10, JC15)"),
    ("Hello Ms Pennington,\n\nWhen a Marble Queen starts putting out plain green leaves, it is nearly always asking for more light. Move it within a metre or so of the window and the new leaves should come back creamy. The green ones won't change, so trim those stems if you prefer the look.\n\nPerpetua",
     ["advice"], "variegation fading (JC15)"),
    ("Hi Mr Dacre,\n\nThank you for the photos of the leaves. I've passed them to our head grower, who is in the glasshouse today, and I'll come back to you tomorrow morning with what she thinks.\n\nRavi",
     ["holding"], "holding reply on a plant problem (JC16)"),
    ("Dear Ms Ashdown,\n\nYoung monsteras start with solid heart-shaped leaves; the splits and holes come as the plant matures and gets plenty of bright, indirect light. Giving it a moss pole to climb speeds that up, because the leaves get bigger the higher it goes.\n\nHedda",
     ["advice"], "no splits in the leaves (JC15)"),
    ("Hello Mr Kilbride,\n\nYour rubber plant can spend the summer outdoors once nights stay above 12°C. Keep it somewhere sheltered and out of midday sun for the first fortnight, or the leaves will scorch, and bring it back in before the first cold nights in September.\n\nCallum",
     ["advice"], "summer outdoors (JC15)"),
    ("Hi Ms Lamont,\n\nFor a fortnight away, give everything a thorough soak the day before you leave and group the pots together in a cool room away from the window. The ZZ plant and the snake plant need nothing more; the fern would appreciate standing on a tray of wet gravel.\n\nPerpetua",
     ["advice"], "watering while on holiday (JC15)"),
    ("Hello Mr Greenhalgh,\n\nThe Grow Bar 30 draws 30 watts at full brightness, so twelve hours a day uses about 0.36 kWh. At typical UK prices that comes to roughly 10p a day, and less on a lower brightness step.\n\nRavi",
     ["product-question"], "running cost (JC15)"),
    ("Hi Ms Oyediran,\n\nThank you for sending the photo of your fiddle-leaf fig. It is clearly loving that bay window, and the new leaf at the top looks really healthy. It made our day in the office.\n\nHedda",
     ["courtesy"], "a warm thank-you for a buyer's photo; nothing about logistics and no template (JC18)"),
    ("Hello Mr Rennard,\n\nThe bird of paradise comes in a 17 cm nursery pot and stands 60 to 80 cm tall including the pot. Each plant is picked from the same batch, so yours will look very close to the photos, though no two are exactly alike.\n\nCallum",
     ["product-question"], "pre-sale size question: product facts, not logistics (JC10, JC15)"),
]:
    free(N, "en", text, [TR], note, tags)

for text, tags, note in [
    ("谢女士，您好：\n\n补光灯可以接在智能插座上使用。建议把灯自带的定时关掉，改由插座控制开关时间；灯会记住上次的亮度，每天开启时亮度不变。\n\n欧阳思远",
     ["advice", "product-question"], "智能插座 (JC15)"),
    ("邵先生，您好：\n\n自来水偏硬的地区，竹芋叶尖容易发黄干枯。可以改用雨水、过滤水，或者把自来水放一夜再浇，不需要专门买蒸馏水。\n\n柯雨桐",
     ["advice"], "水质问题 (JC15)"),
    ("严女士，您好：\n\n龟背竹小苗的叶子一开始都是完整的心形，等植株长大、光线充足后才会出现裂口和孔洞。给它搭一根苔藓柱让它往上爬，叶片会长得更快更大。\n\n欧阳思远",
     ["advice"], "叶片不开裂 (JC15)"),
    ("柳先生，您好：\n\n感谢您发来的照片，我已经转给我们的种植主管。她今天在温室，明天上午我会把她的建议回复给您。\n\n柯雨桐",
     ["holding"], "植物问题的等待回复 (JC16)"),
    ("甘女士，您好：\n\n十七厘米的自吸水花盆可以放进直径十五厘米以内的育苗盆，也可以直接种在内盆里。储水槽约四百毫升，大多数植物可以用一周到十天。\n\n欧阳思远",
     ["product-question"], "花盆尺寸 (JC10, JC15)"),
    ("单女士，您好：\n\n出门两周的话，走之前一天把所有植物浇透，集中放在远离窗户的阴凉房间里。金钱树和虎尾兰这样就足够了，蕨类可以放在铺了湿石子的托盘上。\n\n柯雨桐",
     ["advice"], "出门期间的浇水 (JC15)"),
    ("官先生，您好：\n\n绿萝长出纯绿色的叶子，多半是光线不够。把它挪到离窗户一米以内，新叶就会重新出现白色斑纹；已经变绿的叶子不会再变回来，可以把那几根枝条剪短。\n\n欧阳思远",
     ["advice"], "斑纹变淡 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags)

for text, tags, note in [
    ("潘小姐 您好：\n\n貓咪很喜歡啃咬垂下來的葉子，建議把黃金葛掛高一點，或放在貓咪跳不上去的櫃子上。如果發現牠有嘔吐或流口水的情況，請立刻帶去看獸醫。\n\n詹書瑜",
     ["advice"], "寵物與植物 (JC15)"),
    ("田先生 您好：\n\n補光燈一天開十二小時，大約用掉零點三六度電，以一般電價計算，一個月的電費很少。如果調低亮度，耗電還會更少。\n\n邱冠廷",
     ["product-question"], "耗電量 (JC15)"),
    ("呂小姐 您好：\n\n虎尾蘭很耐旱，冬天大約一個月澆一次就夠了，盆土一定要完全乾透再澆。葉子如果變軟、基部發黃，通常是澆太多水。\n\n詹書瑜",
     ["advice"], "虎尾蘭澆水 (JC15)"),
    ("卓先生 您好：\n\n感謝您寄來的照片，我們已經轉給園藝師查看，明天上午會回覆您處理建議。\n\n邱冠廷",
     ["holding"], "等待回覆 (JC16)"),
    ("馬太太 您好：\n\n鹿角蕨不需要種在土裡，可以直接固定在木板上掛在牆面。每週把整塊板子泡水十到十五分鐘，瀝乾後再掛回去即可。\n\n詹書瑜",
     ["advice"], "鹿角蕨上板 (JC15)"),
]:
    free(N, "zh", text, [TR], note, tags, trad=True)

# ============================================================ 5. rewritten -> [template-required]
R = "rewritten"
for text, note in [
    ("Hi Ms Cattermole,\n\nSimplest rule for the calathea: poke a finger in, and if it's dry a couple of centimetres down, give it a good soak and let it drain. Don't leave it standing in a saucer of water. In practice that's roughly weekly in summer and a lot less in winter.\n\nPerpetua",
     "retells en/plants/watering (JC12)"),
    ("Hello Mr Ostler,\n\nA couple of old bottom leaves going yellow is just the plant settling in, so pull them off once they come away easily. If lots are going at once, it's usually too much water (soft leaves, wet soil) or too little (crispy edges, soil shrinking back). Make sure the pot drains, change one thing, and give it a few weeks.\n\nRavi",
     "retells en/plants/yellow-leaves (JC12)"),
    ("Hi Ms Parfitt,\n\nHang the bar roughly a forearm's length above the plants and run it for 12 hours a day using the clock button. If the top leaves go pale, move it up a bit or dim it a notch.\n\nHedda",
     "retells en/lights/setup (JC12)"),
    ("Hello Mr Gorringe,\n\nOne capful of Tendril in a litre of water, every other week while it's growing, monthly or not at all in winter. Water first if the pot is dry. If a white crust shows up on top, flush it through with plain water now and then.\n\nCallum",
     "retells en/fertiliser/dosage (JC12)"),
    ("Hi Ms Tolley,\n\nThose little flies are fungus gnats: annoying, but harmless to the plant. Let the top of the soil dry right out, put a sticky trap in the pot and water into the saucer for a while. Give it about a month and they'll be gone.\n\nPerpetua",
     "retells en/pests/gnats (JC12)"),
    ("Dear Mr Whitfield-Nunn,\n\nSo sorry the alocasia turned up looking sad. A few days in a box stresses it, but it isn't dying. Bright spot, no direct sun, nothing hot nearby, water only when dry, and no repotting or feed for now. Give it a week and send us a photo if it hasn't picked up.\n\nRavi",
     "retells en/apology/droop (JC12)"),
    ("Hello Ms Beddoes,\n\nIf you get a minute, an Amazon review of the pot, whatever you make of it, would help other buyers and help us too.\n\nHedda",
     "own-words neutral review request: template-required only, not review-inducement (JC8, JC12)"),
]:
    free(R, "en", text, [TR], note, ["rewrite"])

for text, note in [
    ("鲍先生，您好：\n\n冬天就把它挪近窗边，别贴玻璃、别靠暖气，屋里十二度以上就行。水少浇点，土干了再浇；冬天不用施肥，掉一两片老叶很正常。\n\n欧阳思远",
     "retells zh/plants/winter-care (JC12)"),
    ("岳女士，您好：\n\n那个灯按“模式”能换三种颜色，平时用白光就行，育苗用红蓝光，放客厅想好看就用暖光。亮度一共五档，离得近就开低一点。断电了也会记住设置。\n\n柯雨桐",
     "retells zh/lights/modes (JC12)"),
    ("桂先生，您好：\n\n剪一段带两三片叶子的枝条，泡在清水里，叶节要泡到水，几天换次水。一个月左右就生根了，根长到五厘米就能上盆。\n\n欧阳思远",
     "retells zh/plants/cuttings (JC12)"),
    ("覃女士，您好：\n\n补光灯有保修，灯珠不亮、定时坏了这类问题都算；进水、线被剪断或者用了别的电源就不算了。您在这里说一下情况、拍个视频过来，我们看看。\n\n柯雨桐",
     "retells zh/warranty/grow-light without case or order id (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"])

for text, note in [
    ("歐小姐 您好：\n\n棉芯先穿過內盆底部，再照常種下去。前兩週從上面澆，之後改從側邊加水到浮標滿。浮標到底後等一兩天再加，讓根透透氣。\n\n詹書瑜",
     "retells zh-tw/pots/self-watering (JC12)"),
    ("連先生 您好：\n\n春天換盆最好，新盆大一點點就夠了。土先噴濕，把根稍微撥鬆，種回原本的深度，輕壓後澆透，等表土乾了再澆。\n\n邱冠廷",
     "retells zh-tw/soil/repotting (JC12)"),
    ("顏太太 您好：\n\n葉子邊緣焦掉多半是太乾了。放在加水的石子盤上，或幾盆擺在一起，都能讓濕度高一點；焦掉的部分沿著葉形剪掉就好。\n\n詹書瑜",
     "retells zh-tw/plants/humidity (JC12)"),
]:
    free(R, "zh", text, [TR], note, ["rewrite"], trad=True)

# ============================================================ 6. mixed logistics + advice -> [template-required]
M = "mixed-logistics"
for text, note in [
    ("Hi Mr Eastwood,\n\nYour replacement pot goes out tomorrow with DPD. Until then, leave the plant in its plastic nursery pot on a saucer; it's perfectly happy there for a week or two, just water it a little less than usual.\n\nPerpetua",
     "shipping plus care advice (JC5)"),
    ("Hello Ms Navarro-Bligh,\n\nThe pothos is due with you on Thursday. When you unpack it, water only if the compost feels dry and keep it out of direct sun for the first few days while it adjusts.\n\nRavi",
     "delivery plus unpacking advice (JC5)"),
    ("Dear Mr Haldane,\n\nWe've started your return and the label is in Your Orders. Before you send the lamp back, it may be worth trying a lower brightness step; the flicker you describe often happens only on the top setting with some dimmer sockets.\n\nHedda",
     "return plus troubleshooting (JC5)"),
    ("Hi Ms Rowbotham,\n\nThe parcel is held at Jersey customs for a day or so. While you wait, it's a good moment to choose a spot: the hoya wants bright light, but not a south window in full afternoon sun.\n\nCallum",
     "customs plus placement advice (JC5, JC7)"),
    ("Hello Mr Kinsella,\n\nThe missing hanging kit went out today with Royal Mail, tracking TR481937260GB. In the meantime you can stand the bar on two piles of books about 40 cm above the plants; it works just as well.\n\nPerpetua",
     "tracking plus setup advice (JC5)"),
    ("Hi Ms Abara,\n\nWe'll hold your string of pearls until the cold snap passes and send it on Monday. When it arrives, don't water it straight away; let it sit in bright light for a day first, as the pearls store plenty of water.\n\nRavi",
     "cold-weather hold plus care advice (JC5, JC17)"),
]:
    free(M, "en", text, [TR], note, ["advice"])
for text, note in [
    ("钟女士，您好：\n\n补发的花盆明天由 DPD 发出。在收到之前，植物留在原来的塑料育苗盆里就可以，放在托盘上，浇水比平时少一点。\n\n欧阳思远",
     "发货加养护建议 (JC5)"),
    ("乔先生，您好：\n\n包裹预计周四送达。拆箱后如果盆土还湿，就先别浇水，放在没有阳光直射的亮处缓几天。\n\n柯雨桐",
     "送达加拆箱建议 (JC5)"),
    ("祁女士，您好：\n\n您的包裹还在泽西岛清关。等待期间可以先给球兰选好位置，它喜欢明亮的光线，但要避开夏天下午的西晒。\n\n欧阳思远",
     "清关加摆放建议 (JC5, JC7)"),
    ("屠先生，您好：\n\n退货已经为您申请，退货面单在“您的订单”里。寄回之前，您可以试试把亮度调低一档，有些调光插座在最高档时会让灯闪烁。\n\n柯雨桐",
     "退货加故障排除 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"])
for text, note in [
    ("辜小姐 您好：\n\n補寄的吊掛配件今天已經寄出。在收到之前，可以先把燈架在兩疊書上，離植物約四十公分，效果一樣。\n\n詹書瑜",
     "補寄加安裝建議 (JC5)"),
    ("童先生 您好：\n\n包裹預計週三送達。收到後先別急著換盆，讓植物在明亮的散射光下適應一週再說。\n\n邱冠廷",
     "送達加養護建議 (JC5)"),
]:
    free(M, "zh", text, [TR], note, ["advice"], trad=True)

# ============================================================ 7. violating
V = "violating"


def add_bad(tid, vals, anchor, sentence, labels, note, sep=" "):
    if tid.startswith("zh") and sep == " ":
        sep = ""
    fill(tid, vals, note + " (JC3)", edits=[(anchor, anchor + sep + sentence)], cat=V, labels=labels,
         extra=sentence, tags=["template-based"])


add_bad("en/lights/setup", dict(buyer_name="Ms Thornbury", product=BAR, light_height="30 to 45 cm", agent_name=A1),
        "or turn the brightness down by one step.",
        "P.S. Every Solstra light is 20% off this weekend with code GROWMORE, if you fancy a second one for the hallway.",
        [MKT, TR], "P.S. with a discount code for another light", sep="\n\n")
add_bad("en/plants/watering", dict(buyer_name="Mr Ellacott", plant_name="Hoya carnosa", agent_name=A2),
        "when growth slows right down.",
        "And if your plant is thriving, we'd be so grateful for a 5-star review!",
        [RI, TR], "five-star ask from happy buyers only")
add_bad("en/pests/gnats", dict(buyer_name="Ms Pargeter", plant_name="peace lily", agent_name=A3),
        "the flies should disappear.",
        "If they hang around, message our plant doctor on WhatsApp at +44 7700 900418 with a short video.",
        [OPC, TR], "plant support moved to WhatsApp")
add_bad("en/apology/droop", dict(buyer_name="Mr Cuthbertson", plant_name="Calathea orbifolia", agent_name=A4),
        "we will work out the next step together.",
        "Please do talk to us before leaving a review, so we can put things right first.",
        [RI, TR], "review gating: an unhappy buyer steered away from a review")
add_bad("en/plants/pets", dict(buyer_name="Ms Yardley", plant_name="spider plant", pet_status="non-toxic", agent_name=A1),
        "tell them the name of the plant.",
        "P.S. Follow @brackenfold.grows on Instagram, where we give away a rare cutting every month.",
        [MKT, OPC, TR], "Instagram handle plus giveaway", sep="\n\n")
add_bad("en/review/neutral-request", dict(buyer_name="Mr Hollins", order_id="203-4412980-6690571", product=FEED, agent_name=A2),
        "whatever it is.",
        "To say thank you, we'll post you a free bottle of Tendril Cactus Feed as soon as your review goes live.",
        [RI, TR], "free product for a review")
add_bad("en/soil/mix-choice", dict(buyer_name="Ms Quayle", plant_name="Philodendron 'Brasil'", mix_name="The Loamwell Aroid Mix",
        agent_name=A3),
        "there is no need to add anything else.",
        "There's a full potting guide with videos on our website at www.brackenfold-botanics.co.uk/guides.",
        [OPC, TR], "outside link for product content")
add_bad("en/warranty/grow-light", dict(buyer_name="Mr Sandilands", product=CLIP, warranty_period="one-year",
        case_id="BKF-C-51356", order_id="205-6621094-2258716", agent_name=A4),
        "for order 205-6621094-2258716.",
        "When the replacement is dispatched, you can follow it on our own tracking page at brackenfold-botanics.co.uk/track instead of in Amazon.",
        [OPC], "tracking on the seller's own site: the added sentence is logistics, so no template-required")
add_bad("en/plants/yellow-leaves", dict(buyer_name="Ms Marchbank", plant_name="Calathea orbifolia", agent_name=A1),
        "whether it is happier.",
        "While you're at it, why not add a bag of our Loamwell Everyday Mix to your next order? It's the perfect match for this plant.",
        [MKT, TR], "cross-sell push for compost")
free(V, "en", "Hi Mr Brockhurst,\n\nThe refund for the fiddle-leaf fig that arrived broken has gone through today. If you could change your one-star review now that it's sorted, we'd happily send you a new plant on the house.\n\nCallum",
     [RI, TR], "refund for transit damage (logistics) plus a free plant for changing a review (JC3)", ["free-written"])
free(V, "en", "Hello Ms Nettleship,\n\nSorry the leaves are browning. It's easier to sort out by email, so send a few photos to help@brackenfold-botanics.co.uk and our grower will take a look.\n\nPerpetua",
     [OPC, TR], "plant problem (non-logistics) moved to e-mail (JC3)", ["free-written"])

add_bad("zh/plants/winter-care", dict(buyer_name="伍女士", plant_name="龟背竹", agent_name=Z1),
        "不必担心。",
        "另外，本店补光灯本周全场八折，冬天正好用得上，欢迎选购！",
        [MKT, TR], "补光灯八折促销")
add_bad("zh/review/neutral-request", dict(buyer_name="阮先生", product=BAR_ZH, order_id="026-7793418-1102947", agent_name=Z2),
        "每一条评论我们也都会认真阅读。",
        "给五星好评并把截图发给我们，即可获得5英镑返现。",
        [RI, TR], "五星好评返现")
add_bad("zh/plants/cuttings", dict(buyer_name="蒲女士", plant_name="绿萝", agent_name=Z1),
        "头两周保持土壤微湿。",
        "想看扦插视频的话，可以加我们的微信 brackenfold_lvzhi。",
        [OPC, TR], "微信号用于养护指导")
add_bad("zh/apology/leaf-drop", dict(buyer_name="卢先生", plant_name="琴叶榕", agent_name=Z2),
        "再次向您致歉。",
        "等植物恢复以后，麻烦您把之前的差评删掉或改一下。",
        [RI, TR], "要求删除或修改差评")
free(V, "zh", "莫女士，您好：\n\n退回的补光灯已经收到。退款我们可以直接通过 PayPal 转给您，麻烦把您的 PayPal 账户发给我们。\n\n柯雨桐",
     [OPC], "退货退款改走 PayPal：内容仍是物流，所以不标 template-required (JC3)", ["free-written"])

add_bad("zh-tw/plants/humidity", dict(buyer_name="湯小姐", plant_name="孔雀竹芋", agent_name=W1),
        "只要不剪到健康的綠色部分即可。",
        "歡迎追蹤我們的 Facebook 粉絲專頁，每月都有稀有植物抽獎。",
        [MKT, OPC, TR], "Facebook 專頁加抽獎")
add_bad("zh-tw/pots/self-watering", dict(buyer_name="梅小姐", product=POT21_TW, agent_name=W2),
        "避免土壤長期濕悶。",
        "如果用得滿意，再麻煩您給我們五星好評。",
        [RI, TR], "滿意才請求五星好評")
add_bad("zh-tw/pests/mites", dict(buyer_name="曹先生", plant_name="龜背芋", agent_name=W1),
        "就表示已經控制住了。",
        "之後若還有問題，可以加我們的 LINE 官方帳號 @brackenfold 直接傳照片。",
        [OPC, TR], "LINE 帳號用於植物問題")
free(V, "zh", "姜小姐 您好：\n\n您的包裹今天已經寄出。本週全館盆器九折，歡迎一起加購。\n\n詹書瑜",
     [MKT, TR], "寄出通知加本週盆器九折 (JC3)", ["free-written"], trad=True)
