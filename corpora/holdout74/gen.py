#!/usr/bin/env python3
"""Source of holdout74.jsonl: a blind, hand-labelled test set of seller-to-buyer messages.

The invented seller is Lanternfell Optics, a small shop for amateur telescopes and astronomy
gear (see README.md).  Every message below was written for this set.  Hard-to-see characters
are spelled with the named constants that follow, never pasted in raw.

    python3 gen.py        writes holdout74.jsonl next to this file
    import gen; gen.records()   returns the same list of records

The records are shuffled with random.Random(74) and numbered h74-001 ... h74-160.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout74.jsonl")

# ------------------------------------------------------------------ hard-to-see characters
ZW = "\u200b"          # zero-width space
CY_A = "\u0430"        # Cyrillic small a, looks like Latin a
CY_E = "\u0435"        # Cyrillic small ie, looks like Latin e
CY_O = "\u043e"        # Cyrillic small o, looks like Latin o
STAR = "\u2605"        # black star
EMOJI_STAR = "\u2b50"  # emoji star
MIDDOT = "\u00b7"      # middle dot used as a separator inside Chinese words


def fw(s):
    """Full-width form of an ASCII string (letters, digits, @ . _ and so on)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ------------------------------------------------------------------ tag scheme
SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                  "follow"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}

ITEMS = []


def rec(cat, text, note, style=None, subs=(), techs=(), trap=None, region=None, mixed=False):
    """One record.  Labels follow from the subtypes; tags are assembled in the fixed order
    category, style, subtypes (grouped in label order), techniques, trap, traditional,
    region, mixed."""
    given = list(subs)
    labels = sorted({OWNER[s] for s in given})
    subs = sorted(given, key=lambda s: (labels.index(OWNER[s]), given.index(s)))
    tags = [cat] + ([style] if style else []) + list(subs) + list(techs)
    tags += [trap] if trap else []
    if region:
        tags += ["traditional", region]
    if mixed:
        tags.append("mixed")
    has_cjk = any("\u4e00" <= c <= "\u9fff" for c in text)
    lang = "mixed" if mixed else ("zh" if has_cjk else "en")
    ITEMS.append({"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})


def V(*a, **k):
    rec("violation", *a, **k)


def E(*a, **k):
    rec("evasion", *a, **k)


def N(*a, **k):
    rec("near-miss", *a, **k)


def C(*a, **k):
    rec("clean", *a, **k)


# ================================================================== violations: English (22)
V("Percival, thanks for picking up the Nightjar 8. Post a review on the listing this week and "
  "we'll send a Cairnlight 15mm eyepiece your way at no charge.",
  "An eyepiece is promised for posting a review (policy.md C1).",
  style="plain", subs=["incentive"])
V("Henrietta, if the Corvane 80ED lived up to your first clear night, five stars on Amazon would "
  "keep our little workbench going. Order 111-2750836-4419027.",
  "Asks for five stars, on condition that the scope pleased (policy.md C2, C3).",
  style="plain", subs=["rating-request", "gating"])
V("Lucian, your Steadhorn tripod is out for delivery. Now that you're set up, code SEEING10 takes "
  "ten percent off any eyepiece in our Amazon shop until Sunday.",
  "A discount code on a further purchase is a promotion (policy.md B).",
  style="plain", subs=["coupon"])
V("Tabitha, for anything about the solar filter fit, skip the Amazon inbox and email Ingram "
  "directly at bench@lanternfelloptics.com; he answers faster there.",
  "Gives an e-mail address and steers the buyer away from Amazon messaging (policy.md D2, D6).",
  style="plain", subs=["email", "diversion"])
V("Desmond, the Pinmark finder you asked about costs less on our own website, "
  "lanternfelloptics.com, and orders placed there ship the same day.",
  "Sends the buyer to the shop's own site for a lower price (policy.md B, D1, D6).",
  style="plain", subs=["discount", "url", "diversion"])
V("Rosamund, exciting news for Corvane owners: our new arrivals include a matched 0.8x "
  "reducer-flattener, live at amazon.com/dp/B0F3LN8K2W from Monday. You could be one of the "
  "first to try it.",
  "Announces a new product with a link to another listing (policy.md B, D1).",
  style="plain", subs=["new-product", "listing-link"])
V("Cormac, the new Tiltwell diagonal reached you yesterday. Now that it's sorted, could you edit "
  "the two-star review you left so it reflects how we handled things?",
  "Asks the buyer to edit an existing product review after a fix (policy.md C4).",
  style="plain", subs=["change-review"])
V("Mr. Villanueva, collimating a Dobsonian is easier by voice. Call Ingram on 928-555-0183 any "
  "evening after six and he'll walk you through it.",
  "Gives the shop's own number to move the conversation off Amazon (policy.md D3).",
  style="plain", subs=["phone"])
V("Ms. Oyelaran, you mentioned the eyepieces made Saturn's rings pop. Would you tell other "
  "shoppers on the product page just that, in those same glowing terms? It would mean a lot to "
  "a shop our size.",
  "Answers praise with a request for a glowing write-up: positive-only and gated on the "
  "buyer's happiness (policy.md C2, C3, section 0).",
  style="careful", subs=["rating-request", "gating"])
V("Greta, if the planisphere turns out to be everything you hoped, we'd love a few lines from "
  "you on Amazon. If something's off, though, come to us first so we can put it right before "
  "anything goes public.",
  "Invites only happy buyers to post and diverts unhappy ones to the shop (policy.md C3).",
  style="careful", subs=["gating"])
V("Bram, when you write up your thoughts on the Corvane for other buyers, please mention the "
  "colour correction and how fast the parcel arrived; those two points help us most.",
  "Tells the buyer what to put in the write-up (policy.md C7).",
  style="careful", subs=["steering"])
V("Odette, the 9mm Cairnlight you missed in spring is back on our shelves as of this morning, "
  "and last time they were gone inside a week.",
  "An unrequested restock notice pushing a purchase (policy.md B).",
  style="careful", subs=["restock"])
V("Henrietta, pair your new tripod with the Pinmark finder and the Tiltwell diagonal in one "
  "order and the three come to forty dollars less than buying them one at a time.",
  "A bundle offer with a price cut (policy.md B).",
  style="careful", subs=["bundle", "discount"])
V("Mr. Thackeray, photos of the bent spider vane will be easier to sort out by text. Send them "
  "to 07700 900381 and Ingram will mark up where to bend it back.",
  "Asks the buyer to text the shop's mobile number instead of using Amazon (policy.md D3).",
  style="careful", subs=["phone"])
V("Ms. Ashcombe, for the larger 10-inch tube it's simpler to order straight from us instead of "
  "through the marketplace; we can hold one aside and invoice you ourselves.",
  "Moves a sale and its payment outside Amazon (policy.md D5, D6).",
  style="careful", subs=["payment", "diversion"])
V("Desmond, solar film does age, so when next season comes round just pick up another Suncloak "
  "at amazon.com/stores/Lanternfell; we keep a few back for people who've bought before.",
  "A buy-again push with a storefront link (policy.md B, D1).",
  style="careful", subs=["listing-link", "buy-again"])
V("Rosamund, we'd be glad to hear how your first session with the Nightjar went. Anyone who "
  "puts a few words up on Amazon by the end of the month gets a dew heater strip from us on the "
  "house.",
  "The ask and the reward sit in separate sentences; a free accessory for a review "
  "(policy.md C1).",
  style="split", subs=["incentive"])
V("Cormac, we hope the solar filter showed you a good spread of sunspots. When you post about "
  "it on the product page, please say the film arrived flat and that setup took under five "
  "minutes. Those are the details new buyers look for.",
  "Split steering: the ask to post, then the points to make (policy.md C7).",
  style="split", subs=["steering"])
V("Tabitha, thanks for the order. We post a Moon-and-planets forecast every Friday. You'll find "
  "it on Instagram at @lanternfell.nights; give us a follow so you don't miss the next one.",
  "A social handle and a follow request (policy.md B, D4).",
  style="split", subs=["follow", "social"])
V("Greta, the filter cell will be repaired at our cost. Once you've put your thoughts on the "
  "listing, let us know your PayPal address and we'll send back the postage you paid.",
  "Reimbursement through PayPal after a review is posted (policy.md C1, D5).",
  style="split", subs=["payment", "incentive"])
V("Bram, we keep a short list of customers who hear about new eyepiece batches before they go on "
  "Amazon. Reply with a yes and we'll add your name.",
  "An early-access list is a marketing list (policy.md B).",
  style="split", subs=["vip-list"])
V("Odette, glad the Corvane reached you intact. If a friend from your astronomy club orders the "
  "same scope and mentions your name, we'll knock twenty dollars off whatever you buy from us "
  "next.",
  "A referral reward on a future purchase (policy.md B).",
  style="split", subs=["referral"])

# ================================================================== violations: Simplified (16)
V("袁先生您好，道布森收到后如果方便，在亚马逊上留个评价，截图发给阿岚，我们返您二十美元。",
  "Cash back for a review screenshot (policy.md C1).",
  style="plain", subs=["incentive"])
V("贾女士，Corvane 80ED 用着还顺手吧？麻烦在商品页给我们打个五星，小店全靠大家撑着。",
  "Asks outright for five stars (policy.md C2).",
  style="plain", subs=["rating-request"])
V("谭阿姨，您的三脚架已经签收。下单目镜时输入优惠码 ORBIT20 可以立减百分之二十，本周内有效。",
  "A coupon code for the next purchase (policy.md B).",
  style="plain", subs=["coupon"])
V("俞老师，太阳滤镜怎么装，加我微信 lanternfell_cn 发段视频过来，我一步步教您。",
  "A WeChat id in the message (policy.md D4).",
  style="plain", subs=["messaging-app"])
V("小棠你好，本月店里搞抽奖，凡是买过红点寻星镜的顾客都能参加，奖品是一支 Cairnlight 九毫米目镜。",
  "A prize draw for past buyers is a promotion (policy.md B).",
  style="plain", subs=["giveaway"])
V("袁先生，同款天顶镜我们自己也在卖。官网 lanternfelloptics.com 上比亚马逊便宜三十美元，下次可以直接去那边拍。",
  "Split: the shop's own site in one sentence, the lower price and the nudge in the next "
  "(policy.md B, D1, D6).",
  style="split", subs=["discount", "url", "diversion"])
V("谭阿姨，镜筒的划痕我们已经给您换了新的。您之前在商品页面上写的那几句话，能不能麻烦改成现在的情况？",
  "Asks for the product review to be rewritten after the fix, without naming it (policy.md C4).",
  style="careful", subs=["change-review"])
V("俞老师，用得顺心的话，欢迎到商品页说两句；要是哪里不对劲，先别急着往上写，直接找阿岚处理。",
  "Gating in everyday words: only the satisfied buyer is sent to the page (policy.md C3).",
  style="careful", subs=["gating"])
V("贾女士，Cairnlight 系列下个月会多出一款六毫米的短焦目镜，专门为高倍看月面设计，到时候第一时间告诉您。",
  "Unrequested news of a coming product (policy.md B).",
  style="careful", subs=["new-product"])
V("小棠，下次想加购镜头盖之类的小配件，不用再走亚马逊了，直接跟阿岚说一声，转账给我们就发货，还省手续费。",
  "Direct sale paid by transfer outside Amazon (policy.md D5, D6).",
  style="careful", subs=["payment", "diversion"])
V("袁先生，用这台道布森的朋友大多会再配一条除露带，秋冬夜里镜片起雾全靠它，店里现在就有货。",
  "Cross-selling an accessory the buyer did not ask about (policy.md B).",
  style="careful", subs=["cross-sell"])
V("贾女士，感谢您一直以来的支持。您在亚马逊写完使用感受之后，跟阿岚说一声。我们会寄一张 Skyfold 活动星图给您当作谢意。",
  "Split incentive: write-up first, a planisphere as thanks after (policy.md C1).",
  style="split", subs=["incentive"])
V("谭阿姨，三脚架的调平步骤用文字说不清楚。我们在抖音上拍过一段，搜 Lanternfell望远镜 就能看到，顺手点个关注。",
  "A Douyin account and a follow request (policy.md B, D4).",
  style="split", subs=["follow", "social"])
V("俞老师，太阳滤光膜建议两年左右换一次。到时候还在我们店里下单，报上这次的订单号。我们再给您让一成。",
  "Buy-again push with ten percent off, spread over three sentences (policy.md B).",
  style="split", subs=["buy-again", "discount"])
V("小棠，包装破损的事我们已经处理好了。店铺反馈里那条一星对我们影响很大。方便的话请您撤掉。",
  "Presses the buyer to withdraw seller feedback because it hurts the shop (policy.md C5).",
  style="split", subs=["feedback-pressure"])
V("袁先生，说明书里没写的赤道仪参数我们另外整理了一份。请把您的邮箱留给我们，或者直接写信到 help@lanternfelloptics.com 索取。",
  "An e-mail address of the shop, and a request for the buyer's (policy.md D2, G).",
  style="split", subs=["email"])

# ================================================================== violations: Traditional (10)
V("魏小姐您好，天頂鏡還好用嗎？在亞馬遜留下評價後傳訊息給我們，就送您一個紅點尋星鏡喔。",
  "A free finder for a review (policy.md C1).",
  style="plain", subs=["incentive"], region="taiwanese")
V("傅先生，這台折射鏡的對焦座調整比較細，加我們的 LINE @lanternfelltw，我用視訊直接教您。",
  "A LINE handle in the message (policy.md D4).",
  style="plain", subs=["messaging-app"], region="taiwanese")
V("石小姐，上次您問的兩吋天頂鏡這週重新到貨了，賣場上只補了十支，要的話動作要快喔。",
  "Restock notice with urgency, no keyword (policy.md B).",
  style="careful", subs=["restock"], region="taiwanese")
V("傅先生，希望這支目鏡讓您看得開心。覺得滿意的話，再到亞馬遜寫幾句心得。如果有任何不順，請先傳訊息給我們，先不要在上面留言。",
  "Split gating (policy.md C3).",
  style="split", subs=["gating"], region="taiwanese")
V("魏小姐，濾鏡的差價我們會補給您。麻煩提供您的銀行帳號，我們直接轉帳過去，就不用經過亞馬遜了。",
  "Money sent by bank transfer outside Amazon (policy.md D5).",
  style="split", subs=["payment"], region="taiwanese")
V("黎太你好，部杜布森用咗成個禮拜，如果覺得好用，可唔可以喺亞馬遜俾個五星我哋？",
  "Asks for five stars from a buyer who finds it good, in Cantonese (policy.md C2, C3).",
  style="plain", subs=["rating-request", "gating"], region="cantonese")
V("霍生，腳架啲螺絲如果仲係鬆，直接搵阿嵐，佢個號碼係 +1 928-555-0147，夜晚都搵得到。",
  "The shop's number to take the matter off Amazon (policy.md D3).",
  style="careful", subs=["phone"], region="cantonese")
V("甘小姐，你套折射鏡如果再加埋天頂鏡同兩支目鏡一齊買，我哋可以成套計平啲俾你。",
  "A bundle at a lower price, no keyword (policy.md B).",
  style="careful", subs=["bundle", "discount"], region="cantonese")
V("霍生，塊濾鏡我哋已經補咗新嘅俾你。你喺店舖反饋嗰度留咗一粒星，對我哋影響好大。麻煩你撤回佢。",
  "Split pressure to withdraw one-star seller feedback (policy.md C5).",
  style="split", subs=["feedback-pressure"], region="cantonese")
V("甘小姐，我哋有個熟客名單，新貨未上亞馬遜之前會先通知大家。想加入嘅話，回覆一個「要」字就得。",
  "An early-news customer list (policy.md B).",
  style="split", subs=["vip-list"], region="cantonese")

# ================================================================== violations: mixed (2)
V("Hi 小棠, quick one about your Pinmark finder: 装好了吗？有问题直接 Telegram 找我 "
  "@lanternfell_help，比亚马逊消息快很多。",
  "A Telegram handle and a push away from Amazon messaging (policy.md D4, D6).",
  style="plain", subs=["messaging-app", "diversion"], mixed=True)
V("俞老师, thanks for the order! Our Corvane 100 is coming soon, 预售名额有限, let me know if "
  "you'd like one held for you.",
  "News of a coming product with a hold offer, no keyword (policy.md B).",
  style="careful", subs=["new-product"], mixed=True)

# ================================================================== evasions: English (14)
E("Percival, focuser questions are quicker on T" + CY_E + "l" + CY_E + "gr" + CY_A + "m: "
  "message @lanternfell_help and Ingram will reply the same evening.",
  "Telegram spelled with Cyrillic letters, plus a handle (policy.md D4, section e).",
  subs=["messaging-app"], techs=["homoglyph"])
E("Lucian, your tripod arrived safely. Type D4RKSKY15 at checkout on any Cairnlight eyepiece "
  "for 15% 0ff until Sunday.",
  "A code and an offer in leetspeak (policy.md B, section e).",
  subs=["coupon"], techs=["leetspeak"])
E("Tabitha, drop a quick r3v1ew of the Nightjar on Amazon and a Pinmark finder comes to you "
  "fr33, just tell us when it's up.",
  "Review-for-product offer in leetspeak (policy.md C1, section e).",
  subs=["incentive"], techs=["leetspeak"])
E("Desmond, S i g n a l us on oh seven seven oh oh, nine oh oh, three eight one and we'll "
  "sort the spider vane from there.",
  "Signal spelled with spaces and a UK mobile in words (policy.md D3, D4, section e).",
  subs=["phone", "messaging-app"], techs=["spacing", "number-words"])
E("Rosamund, our S U M M E R S A L E starts Friday: every Corvane and Nightjar goes out with "
  "money knocked off, for three days only.",
  "A sale announcement in spaced capitals (policy.md B, section e).",
  subs=["sale"], techs=["spacing"])
E("Cormac, if you l-o-v-e the Nightjar, tell everyone on Amazon; if it lets you down, come to "
  "us before you r.e.v.i.e.w it.",
  "Gating with dash- and dot-broken words (policy.md C3, section e).",
  subs=["gating"], techs=["separator"])
E("Greta, send the photos of the cracked filter cell to help@lanternfell" + ZW + "optics.com and "
  "we'll look at them there instead of here.",
  "An e-mail address with a zero-width space inside (policy.md D2, section e).",
  subs=["email"], techs=["zero-width"])
E("Bram, a r" + CY_E + "v" + ZW + "iew posted by Friday earns 30% " + CY_O + "ff your next "
  "Cairnlight order.",
  "A discount on the next order for a review, hidden with a zero-width space and Cyrillic "
  "letters (policy.md B, C1, section e).",
  subs=["discount", "incentive"], techs=["zero-width", "homoglyph"])
E("Odette, we share first-light photos most nights on " + fw("instagram") + " " +
  fw("@") + "lanternfell.nights, so give us a follow there.",
  "Full-width app name and at-sign; a follow request (policy.md B, D4, section e).",
  subs=["follow", "social"], techs=["fullwidth"])
E("Mr. Villanueva, for a quote on the 10-inch tube write to lanternfell dot bench at gmail dot "
  "com and we'll sell it to you directly.",
  "A spelled-out e-mail address and a direct sale (policy.md D2, D6, section e).",
  subs=["email", "diversion"], techs=["spelled-email"])
E("Ms. Ashcombe, ring Ingram on nine two eight, five five five, oh one eight three to hear "
  "what's in the autumn eyepiece sale before anyone else.",
  "A phone number in words, used to announce a sale (policy.md B, D3, section e).",
  subs=["sale", "phone"], techs=["number-words"])
E("Cormac, restock alerts go out first in our group on the paper-plane app, lanternfell_help, "
  "so join there if you want the next 9mm batch.",
  "Telegram by nickname, with restock alerts (policy.md B, D4, section e).",
  subs=["restock", "messaging-app"], techs=["nickname"])
E("Tabitha, send your first-light pictures to us on the photo app: lanternfell, then a dot, "
  "then nights.",
  "Instagram by nickname, the handle in pieces (policy.md D4, section e).",
  subs=["social"], techs=["nickname", "split-handle"])
E("Percival, if the Corvane made you grin on its first night, " + EMOJI_STAR * 5 +
  " under the product would make our week.",
  "Emoji stars asked for on condition of delight (policy.md C2, C3, E).",
  subs=["rating-request", "gating"], techs=["emoji"])

# ================================================================== evasions: Simplified (9)
E("袁先生，道布森用着还行的话，去亚马逊给个 haoping，截图发给阿岚，马上 fanxian 二十美元。",
  "好评 and 返现 in pinyin, asked of a satisfied buyer (policy.md C1, C2, C3, section e).",
  subs=["incentive", "rating-request", "gating"], techs=["pinyin"])
E("贾女士，加一下我的薇信 lanternfell_cn，滤镜怎么装我直接发图给您看。",
  "WeChat written with the homophone 薇信 (policy.md D4, section e).",
  subs=["messaging-app"], techs=["homophone"])
E("谭阿姨，好/评/返/现还在做，晒图留言以后找阿岚领十美元。",
  "好评返现 broken with slashes (policy.md C1, section e).",
  subs=["incentive"], techs=["separator"])
E("俞老师，包装盒里那张卡片印着一个二*维*码，扫进去就是我们的售后群，比在亚马逊上问快多了。",
  "A QR code, written with asterisks, leading to an outside support group (policy.md D1, D6, "
  "section e).",
  subs=["qr", "diversion"], techs=["separator"])
E("小棠，我们 新 品 上 架 了：Cairnlight 六毫米目镜，高倍看月面特别清楚，欢迎去店里看看。",
  "新品上架 spaced out (policy.md B, section e).",
  subs=["new-product"], techs=["spacing"])
E("袁先生，三脚架的事直接打给阿岚：九二八 五五五 零一四七，晚上也有人接。",
  "A phone number in Chinese numerals (policy.md D3, section e).",
  subs=["phone"], techs=["cn-numerals"])
E("贾女士，加个绿泡泡吧，号是 lanternfell_cn，以后到了新货第一时间发给您。",
  "WeChat by nickname, used for stock news (policy.md B, D4, section e).",
  subs=["restock", "messaging-app"], techs=["nickname"])
E("谭阿姨，镜片的问题已经解决了，麻烦您把那条差" + ZW + "评改一下吧。",
  "差评 split by a zero-width space; asks to change the review (policy.md C4, section e).",
  subs=["change-review"], techs=["zero-width"])
E("俞老师，看在我们这么用心的份上，给个好苹吧，满分那种就更好了。",
  "好评 as the homophone 好苹, full marks asked for (policy.md C2, section e).",
  subs=["rating-request"], techs=["homophone"])

# ================================================================== evasions: Traditional (5)
E("魏小姐，之後有問題可以加我們的 " + fw("LINE") + "：" + fw("@") + "lanternfelltw，客服回得比較快喔。",
  "Full-width LINE and at-sign (policy.md D4, section e).",
  subs=["messaging-app"], techs=["fullwidth"], region="taiwanese")
E("傅先生，腳架零件的照片直接丟到賴 @lanternfelltw 給我們看就好，不用在這邊傳訊息了。",
  "LINE as the homophone 賴, and a move off Amazon messaging (policy.md D4, D6, section e).",
  subs=["messaging-app", "diversion"], techs=["homophone"], region="taiwanese")
E("石小姐，天頂鏡用起來順手的話，請給我們 " + STAR * 5 + "，拜託了！",
  "Star symbols asked for on condition of satisfaction (policy.md C2, C3, E).",
  subs=["rating-request", "gating"], techs=["emoji"], region="taiwanese")
E("黎太，鏡筒嘅問題 WhatsApp 阿嵐就得，號碼係零七七零零 九零零 六二九。",
  "A WhatsApp number in Chinese numerals (policy.md D3, D4, section e).",
  subs=["phone", "messaging-app"], techs=["cn-numerals"], region="cantonese")
E("霍生，喺亞馬遜寫低你嘅好" + MIDDOT + "評，我哋就退返一半錢俾你。",
  "好評 broken by a middle dot; half the money back for it (policy.md C1, section e).",
  subs=["incentive"], techs=["separator"], region="cantonese")

# ================================================================== evasions: mixed (2)
E("Hi 小棠, quick tip: 我们的 weixin 号是 lanternfell 后面加下划线 cn, add us there and we "
  "can chat faster than on Amazon.",
  "WeChat in pinyin and the id in pieces (policy.md D4, D6, section e).",
  subs=["messaging-app", "diversion"], techs=["pinyin", "split-handle"], mixed=True)
E("谭阿姨, the wiring diagram for the dew heater is too long for this box, so please email us "
  "at help at lanternfelloptics dot com，我们会把赤道仪的设置说明一起发给您。",
  "A spelled-out e-mail address (policy.md D2, section e).",
  subs=["email"], techs=["spelled-email"], mixed=True)

# ================================================================== near-misses: English (23)
N("Hello Percival, this is Lanternfell Optics about order 111-9315748-2064473. Once you've had "
  "the Nightjar out under a dark sky, you're welcome to say how it went, good or bad, in a "
  "review on Amazon. Either way, thank you for choosing us.",
  "One balanced review request with the order id; allowed (policy.md C near-misses, b).",
  trap="neutral-request")
N("Henrietta, regarding order 112-6093417-2285910: other buyers lean on honest accounts, so if "
  "you'd like to write a review of the Suncloak filter, whatever your impression, we'd "
  "appreciate it.",
  "Neutral, once, no condition and no reward (policy.md C near-misses, b).",
  trap="neutral-request")
N("Lucian, thanks for the kind offer, but we can't send anything extra in return for a review, "
  "and we won't suggest what rating to give. The new diagonal ships tomorrow either way.",
  "A refusal of an incentive; negation, not a request (policy.md C near-misses, section 0).",
  trap="refusal")
N("Tabitha, we can only deal with you through Amazon messages, so we can't give out a phone "
  "number or take payment elsewhere. Happy to answer anything here: the Nightjar 10 tube is "
  "117 cm long and fits across most back seats.",
  "Declines off-platform contact and answers in the thread (policy.md D near-misses).",
  trap="refusal")
N("Desmond, you wrote \"I'd knock off a star because the finder bracket wobbles.\" The wobble "
  "comes from the thumb screw; turn it a quarter turn past snug and the bracket should hold.",
  "Quotes the buyer's own words about a star and fixes the problem; no request "
  "(policy.md C near-misses).",
  trap="quoted-buyer")
N("Rosamund, you asked \"is there a coupon for a second eyepiece?\" We don't issue codes of our "
  "own; if Amazon shows a coupon on the listing, Amazon applies it at checkout.",
  "Quotes the buyer and explains Amazon's own coupon; no offer (policy.md B near-misses).",
  trap="quoted-buyer")
N("Cormac, to start the return for the dented dew shield, open Your Orders on Amazon, pick order "
  "113-3948215-7706142 and choose a reason; Amazon will email you a prepaid label.",
  "Points to Amazon's own returns flow (policy.md D near-misses).",
  trap="amazon-page")
N("Greta, in a few days Amazon may email you on its own to ask about the tripod. That message "
  "comes from Amazon rather than from us, and answering it is entirely optional.",
  "Information about Amazon's automatic e-mail, not a request (policy.md C near-misses).",
  trap="amazon-page")
N("Odette, UPS has 1Z4E92W80371645528 waiting at their depot for a signature. You can choose a "
  "new delivery day on the UPS site using that tracking number.",
  "A carrier's site for redelivery; logistics (policy.md D near-misses).",
  trap="carrier-site")
N("Mr. Villanueva, Royal Mail is holding parcel RM482037165GB at your local delivery office "
  "because no one was in. The card they left gives their phone line for booking a redelivery, "
  "or you can collect it with photo ID.",
  "The carrier's own contact, no shop number (policy.md D3, D near-misses).",
  trap="carrier-site")
N("Ms. Ashcombe, we've cancelled the duplicate order 114-6605381-2217486 you flagged, so that "
  "charge will drop off. The first tripod order is untouched and leaves our bench today.",
  "Cancellation the buyer asked for (policy.md A near-misses).",
  trap="logistics-word")
N("Henrietta, before each solar session hold the Suncloak film up to a bright lamp. If even a "
  "pinhole of light shows, stop using it and message us here for a replacement. Keep the cap on "
  "the finder too; it must never be aimed at the Sun uncovered.",
  "Eye-safety advice with a replacement through Amazon messaging (policy.md B near-misses).",
  trap="care-advice")
N("Lucian, dew on the front lens is normal on damp nights. Let it dry indoors with the cap off "
  "and don't wipe it while wet; a lens pen is fine once the glass is dry and free of grit.",
  "Care advice; free is a product word here (policy.md B near-misses).",
  trap="care-advice")
N("Tabitha, you asked whether the Tiltwell diagonal takes 1.25-inch eyepieces. It does: the "
  "included adapter drops into the 2-inch barrel and locks with the brass ring, so nothing else "
  "needs to change.",
  "Answers the buyer's question about the product bought (policy.md A near-misses).",
  trap="answer")
N("Desmond, the five-star symbol in the Skyfold atlas key marks the showpiece clusters; it is "
  "the atlas's own grading, printed in the margin of every chart.",
  "A star symbol that is part of the product (policy.md C near-misses).",
  trap="product-word")
N("Cormac, the Nightjar's mirror coatings carry a five-year warranty. If the aluminium ever "
  "shows spotting, post photos in this thread and we'll sort it out under that cover.",
  "Warranty terms, handled inside Amazon messaging (policy.md D3, D near-misses).",
  trap="warranty")
N("Bram, the Cairnlight 25mm dropped in price after your purchase. Amazon handles listing "
  "prices, and the $89 you paid for order 112-8406159-3367204 is what your invoice shows.",
  "The price paid, explained; no offer (policy.md B near-misses).",
  trap="price-paid")
N("Percival, your order number is 113-5550147-8821604 and the Amazon tracking is "
  "TBA613804927551; both appear on the order page if you need them again.",
  "An order id that contains a 555-01xx block, and a tracking number; no phone "
  "(policy.md D near-misses).",
  trap="lookalike-number")
N("Ms. Ashcombe, the eyepiece came with a chipped barrel, so a new one is on its way free of "
  "charge; there's no need to send the damaged one back.",
  "A remedy, not a promotion (policy.md B near-misses).",
  trap="remedy")
N("Percival, Ingram gave your scope a last review on the collimation bench before it shipped: "
  "the secondary is centred and the mirror clips are finger-tight.",
  "Review means an inspection here (policy.md section 0, C near-misses).",
  trap="review-word")
N("Henrietta, we're glad the new filter cell stopped the rattle. If you feel the problem has "
  "been dealt with, you're able to edit or withdraw the seller feedback you posted earlier; the "
  "choice is entirely yours.",
  "The neutral seller-feedback notice after resolution (policy.md C5).",
  trap="feedback-notice")
N("Lucian, thank you for the kind words in your review and for mentioning the packing. We've "
  "passed your note about the stiff focus knob on to Ingram.",
  "Thanks for a review the buyer mentioned; no solicitation (policy.md C near-misses).",
  trap="review-thanks")
N("Tabitha, no, there isn't a discount code or voucher tucked in with the filter; the leaflet in "
  "the box is the safety sheet.",
  "Negation of an offer (policy.md B near-misses, section 0).",
  trap="negation")

# ================================================================== near-misses: Simplified (17)
N("袁先生您好，订单 111-4062973-1748830 的道布森已经到了一周。您愿意的话，可以在亚马逊写一条评价，说说用下来的真实感受，好坏都可以。",
  "One neutral request, both outcomes named (policy.md C near-misses, b).",
  trap="neutral-request")
N("贾女士，谢谢您的好意，不过我们不能拿任何东西换取评价，也不会请您打特定的星级。您说的调焦座松动，阿岚明天会把新的锁紧旋钮寄出。",
  "Refuses to trade anything for a review (policy.md C near-misses).",
  trap="refusal")
N("谭阿姨，您在留言里说“滤镜边上有个小亮点，不敢给五星”。那个亮点是包装时沾上的灰尘，不是针孔，用吹气球吹掉就行。",
  "Quotes the buyer's 五星 and answers the defect; nothing asked (policy.md C near-misses).",
  trap="quoted-buyer")
N("俞老师，包裹要是一直没到，这笔订单受亚马逊自己的“商城交易保障”保护，您可以在订单页面直接提出索赔，退款由亚马逊处理。",
  "Points to Amazon's own A-to-z programme; the refund is Amazon's (policy.md D near-misses).",
  trap="amazon-page")
N("小棠，您说下错了两单，重复的那一单我们已经取消，另一单的收货地址也按您的要求修改好了。",
  "取消 and 修改 as logistics (policy.md C near-misses, section 0).",
  trap="logistics-word")
N("袁先生，太阳滤光膜每次用之前都要对着灯检查有没有针孔，发现透光就立刻停用，联系我们免费更换；寻星镜记得盖上盖子，绝不能用它直接看太阳。",
  "Safety advice; 免费更换 is a remedy (policy.md B near-misses).",
  trap="care-advice")
N("贾女士，您问 Tiltwell 天顶镜能不能装在 Corvane 上：可以，两英寸接口直接插入，锁紧铜环即可。盒子里附带一个一点二五英寸转接套，价格里已经含了，不用另外买。",
  "Answers the buyer's fit question (policy.md A near-misses).",
  trap="answer")
N("谭阿姨，道布森主镜镀膜保修五年，以后要是出现斑点，直接在这里发照片，我们按保修流程处理。",
  "Warranty handled in the Amazon thread (policy.md D near-misses).",
  trap="warranty")
N("俞老师，您下单后这支目镜降了十美元，这是亚马逊上的价格变动，您实际支付的金额以订单发票为准。",
  "The price paid, explained without an offer (policy.md B near-misses).",
  trap="price-paid")
N("小棠，您的订单号是 114-2289560-8173305，亚马逊物流单号是 TBA259071846302，预计周四送到。",
  "An order id and a tracking number, not phone numbers (policy.md D near-misses).",
  trap="lookalike-number")
N("袁先生，顺丰单号 SF1507392846615，包裹已经到了深圳转运中心，清关后两三天就能送达。",
  "A carrier tracking number (policy.md D near-misses).",
  trap="lookalike-number")
N("贾女士，Skyfold 活动星图转到当天的日期和时刻，窗口里露出的就是头顶的星空；边上的星等图例只表示亮度。",
  "星 as an astronomy word (policy.md C near-misses).",
  trap="product-word")
N("谭阿姨，红点寻星镜到货就不亮，我们已经免费给您补发一个新的，旧的不用寄回。",
  "A free replacement is a remedy (policy.md B near-misses).",
  trap="remedy")
N("俞老师，三脚架的问题已经处理好。如果您觉得问题确实解决了，您当初写的那条卖家反馈，可以自己修改或撤下，改不改完全由您决定。",
  "The neutral seller-feedback notice after resolution (policy.md C5).",
  trap="feedback-notice")
N("小棠，阿岚建议您最好评估一下阳台朝向再选镜子：朝南视野开阔，道布森更合适；朝北的话折射镜轻便一些。",
  "最好评估 hides 好评 across a word boundary (policy.md section 0, C near-misses).",
  trap="substring")
N("袁先生，我们寄出前做了一次光学误差评估，报告放在箱子里，星点测试的照片也一起附上了。",
  "误差评估 hides 差评 (policy.md section 0, C near-misses).",
  trap="substring")
N("贾女士，谢谢您在评论里提到包装很仔细。您说的目镜盒卡扣偏紧，我们已经转告阿岚改进。",
  "Thanks for a review the buyer mentioned (policy.md C near-misses).",
  trap="review-thanks")

# ================================================================== near-misses: Traditional (9)
N("魏小姐您好，訂單 113-8821047-6630952 的天頂鏡應該用了一段時間了。若您願意，歡迎到亞馬遜商品頁分享使用心得，好壞都可以寫喔。",
  "One neutral request with the order id (policy.md C near-misses, b).",
  trap="neutral-request", region="taiwanese")
N("傅先生，您說要改寄到公司，我們已經修改出貨地址，另外重複下的那一筆也取消了，黑貓預計明天送達。",
  "修改 and 取消 as logistics, with a carrier name (policy.md C near-misses).",
  trap="logistics-word", region="taiwanese")
N("石小姐，紅點尋星鏡有兩年保固，電池座接觸不良屬於保固範圍，我們會寄新的過去，請放心喔。",
  "Warranty cover (policy.md D near-misses).",
  trap="warranty", region="taiwanese")
N("石小姐，追蹤編號 9405 5036 9930 0471 8825 16 是美國郵政的單號，轉到台灣後會換成本地的編號。",
  "A 22-digit tracking number (policy.md D near-misses).",
  trap="lookalike-number", region="taiwanese")
N("魏小姐，說明書上寫的「星點測試」是檢查光軸的方法：對準一顆亮星，把焦點稍微推開，看光環是否同心就可以了喔。",
  "星 in an astronomy term (policy.md C near-misses).",
  trap="product-word", region="taiwanese")
N("霍生，多謝你嘅好意，不過我哋唔可以因為你寫評價就俾任何回贈，亦唔會叫你揀幾多粒星。支腳架嘅問題我哋照樣跟進。",
  "Refuses a reward for a review (policy.md C near-misses).",
  trap="refusal", region="cantonese")
N("甘小姐，你話「個鏡好正，值五星」，多謝你咁講！你問點清潔目鏡：先用吹氣球吹走啲塵，再用鏡頭筆輕輕抹就得。",
  "Quotes the buyer's praise and answers the cleaning question; no ask (policy.md C near-misses).",
  trap="quoted-buyer", region="cantonese")
N("黎太，太陽濾鏡每次用之前要對住燈睇下有冇針孔，見到漏光就唔好再用，話俾我哋知免費換過；尋星鏡個蓋一定要蓋實。",
  "Eye-safety advice (policy.md B near-misses).",
  trap="care-advice", region="cantonese")
N("霍生，你落單之後部折射鏡減咗價，呢個係亞馬遜嘅價格調整，你實際付咗幾多以訂單發票為準。",
  "The price paid, explained (policy.md B near-misses).",
  trap="price-paid", region="cantonese")

# ================================================================== near-misses: mixed (1)
N("甘小姐, about your eyepiece question: 25mm 嗰支 field of view 最闊，睇月亮可以成個收入視野, "
  "so there is no need to change the diagonal.",
  "An answer about the product asked about (policy.md A near-misses).",
  trap="answer", region="cantonese", mixed=True)

# ================================================================== clean: English (13)
C("Percival, to your question about the parcels: the Nightjar base comes in one box and the "
  "tube in another, so don't worry if they turn up on different days. Both are packed to "
  "survive a rough trip.",
  "Answers the buyer's delivery question (policy.md A).")
C("Henrietta, you asked about the first night: leave the Corvane outside for about twenty "
  "minutes before focusing, and the view settles once the glass matches the air.",
  "An answer to the buyer's question (policy.md A).")
C("Lucian, your Steadhorn tripod will reach you two days later than planned because the carrier "
  "missed a pickup at our end. We're sorry for the wait; the new estimate is Thursday.",
  "A delay notice, a permitted proactive message (policy.md A).")
C("Tabitha, as requested, here is the collimation step. The cap slides into the focuser like an"
  " eyepiece. Look through the small hole and turn the three knobs on the back until the dark "
  "circle sits in the middle of the bright ring.",
  "Setup help the buyer asked for (policy.md A).")
C("Desmond, the 10-inch tube and base weigh 21 kg together, so the freight company needs a "
  "two-hour window to bring them. Which weekday morning suits you best?",
  "Scheduling delivery of a bulky item (policy.md A, G).")
C("Rosamund, you asked what to look at first. The Moon is ideal with the 25mm eyepiece; once "
  "it's centred, swap to the 9mm for the craters near the shadow edge.",
  "An answer to the buyer's question (policy.md A).")
C("Cormac, you asked how to balance the Corvane on the tripod head: loosen the clamp, slide "
  "the tube until it stays put when you let go, then tighten the clamp again.",
  "Setup help (policy.md A).")
C("Greta, on reading the planisphere outdoors: it is easiest to read with a dim red torch; "
  "white light undoes the dark adaptation your eyes build up over half an hour.",
  "Use advice the buyer asked for (policy.md A).")
C("Bram, the engraving proof for your tube reads 'Bram's Backyard Observatory'. Please check the "
  "spelling and tell us if it's right before it goes to the engraver.",
  "Verifying a custom design (policy.md A).")
C("Odette, with the diagonal in place the view is flipped left to right; that's normal for this "
  "kind of diagonal and nothing is wrong with the mirror.",
  "An answer about the product (policy.md A).")
C("Mr. Villanueva, our packing note shows the finder bracket went into the accessory tray under "
  "the foam. Lift the foam insert and you should see it taped to the base.",
  "Helps the buyer find a part of the order (policy.md A).")
C("Ms. Ashcombe, as you asked, the solar filter cell fits the 80 mm dew shield snugly; push it "
  "on until it seats, then tighten the three nylon thumbscrews by hand.",
  "Fitting instructions (policy.md A).")
C("Henrietta, to your question about Jupiter: it rises around ten this month. Give the scope "
  "half an hour outside, then look for its four moons sitting in a neat row either side of the "
  "planet.",
  "An answer to the buyer's question about what to observe (policy.md A).")

# ================================================================== clean: Simplified (10)
C("袁先生，您问到包裹的事：道布森的底座和镜筒分两个箱子发出，可能不是同一天到，请不用担心。",
  "Delivery information (policy.md A).")
C("贾女士，您问怎么对焦：先用二十五毫米目镜找到月亮，慢慢转动调焦轮，直到边缘清楚为止。",
  "An answer to the buyer's question (policy.md A).")
C("谭阿姨，三脚架因为承运商漏了一次揽收，要晚两天到，预计周四送达，给您添麻烦了。",
  "A delay notice (policy.md A).")
C("俞老师，您问怎么校准：准直帽像目镜一样插进调焦座，从小孔往里看，拧动主镜后面的三个旋钮，让黑色圆点落在亮环正中。",
  "Setup help (policy.md A).")
C("小棠，您问的镜筒长度是一米一七，放进小轿车后座横着刚好，建议用毯子垫一下。",
  "An answer about the product (policy.md A).")
C("袁先生，十英寸镜筒连底座有二十一公斤，物流公司需要跟您约一个两小时的送货时段，您哪天上午方便？",
  "Scheduling delivery of a bulky item (policy.md A, G).")
C("贾女士，刻字样稿上写的是“贾家阳台观测站”，请核对一下字有没有错，您确认后我们再送去刻。",
  "Verifying a custom design (policy.md A).")
C("谭阿姨，您问的起雾问题：天冷时镜片容易结露，用完先别急着盖盖子，放在室内让它自然干透，再收进箱子。",
  "Care advice the buyer asked for (policy.md A).")
C("俞老师，您要的赤道仪极轴对准步骤：先把纬度刻度调到三十一度，再让镜筒大致指向正北。",
  "Setup help (policy.md A).")
C("小棠，您问看月亮用哪支目镜：先用二十五毫米看全貌，再换九毫米看环形山，效果最好。",
  "An answer to the buyer's question (policy.md A).")

# ================================================================== clean: Traditional (6)
C("魏小姐，您問的鏡筒重量是三點二公斤，搭配這支腳架沒問題，帶出門觀測也很輕便喔。",
  "An answer about the product (policy.md A).", region="taiwanese")
C("傅先生，您問的校準方法：準直帽插進調焦座之後，從小孔看進去，慢慢轉動後面的三顆旋鈕，讓黑點落在亮環正中間就好囉。",
  "Setup help (policy.md A).", region="taiwanese")
C("石小姐，因為轉運中心延誤，腳架會晚兩個工作天送到，造成不便很抱歉。",
  "A delay notice (policy.md A).", region="taiwanese")
C("黎太，你問幾時先用得：部杜布森要喺出面放半個鐘先用，等鏡片同空氣溫度一樣，睇落會穩定好多。",
  "Use advice (policy.md A).", region="cantonese")
C("霍生，你問點樣對焦：用二十五毫米目鏡搵到月亮，慢慢扭調焦輪，邊緣清楚咗就得喇。",
  "An answer to the buyer's question (policy.md A).", region="cantonese")
C("甘小姐，你問點解個架會搖：腳架三隻腳要先拉開到盡，再鎖實中間個托盤，咁樣成個架先唔會搖。",
  "Setup help (policy.md A).", region="cantonese")

# ================================================================== clean: mixed (1)
C("Hi 俞老师, the 9mm 目镜 gives about 53x on the Corvane 80ED, 看月面环形山刚好; the 25mm is "
  "easier for finding things first.",
  "An answer about the product (policy.md A).", mixed=True)


def records():
    items = [dict(r) for r in ITEMS]
    random.Random(74).shuffle(items)
    out = []
    for n, r in enumerate(items, 1):
        out.append({"id": "h74-%03d" % n, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
