#!/usr/bin/env python3
"""Builds holdout89.jsonl: 160 hand-labelled messages from Brackenspoke Cycle Kit to its buyers.

Run: python3 gen.py        (writes holdout89.jsonl next to this file)

Hard-to-see characters are spelled with the names below and stored in the JSONL as themselves:
ZW (zero-width space), CY_A (Cyrillic small a), STAR (the star emoji), fw() (full-width forms).
records() returns the list the file is written from; the order is a shuffle with random.Random(89).
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
STAR = "\u2b50"


def fw(s):
    """Full-width forms of ASCII letters, digits, '@' and '.'."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


M, O, R = "marketing", "off-platform-contact", "review-inducement"
RAW = []


def rec(text, labels, lang, tags, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


# =====================================================================================
# VIOLATIONS (60): careful 26, split 22, plain 12
# =====================================================================================

# ---- careful, English (12) ----------------------------------------------------------
rec("Hi Tamsin, a quick tip before the weekend: on the Palmgrit glove page there's a small "
    "tick-box just under the price. Tick it before you check out and another $4 comes off. "
    "It stays there until Sunday night.",
    [M], "en", ["violation", "careful", "coupon"],
    "An unprompted pointer to a clip-on price cut on another product is a coupon push in "
    "everyday words (policy.md B, \"including coupons\").")
rec("Lorcan, since you ride with the Emberbeam 600, you'll want to know its bigger brother, "
    "the Emberbeam 900, lands in our shop next Tuesday. Same clamp, half again the "
    "brightness, and it lasts a whole winter commute on one charge.",
    [M], "en", ["violation", "careful", "new-product"],
    "Announces a product that is not part of the order, with no keyword at all "
    "(policy.md B, new arrivals).")
rec("Hi Desmond, one thing worth knowing for next time: if the Emberbeam front light and the "
    "Taillark rear light go into your basket together, the pair comes to less than buying "
    "them one at a time. Plenty of commuters grab both before the clocks go back.",
    [M], "en", ["violation", "careful", "bundle"],
    "A two-item bundle price offered unprompted is a promotion even without 'bundle' or "
    "'deal' (policy.md B).")
rec("Petronella, if any of your club mates picks up a pair of Longmile bibs and writes your "
    "name in the order note, both of you get ten dollars knocked off: them straight away, "
    "you on your next order.",
    [M], "en", ["violation", "careful", "referral"],
    "A refer-a-friend reward described without the word 'refer' (policy.md B, refer a "
    "friend).")
rec("Barnaby, the photos from Sunday's group ride in our jerseys are up at "
    "@brackenspoke.rides, and a new route goes up there every Friday. Keep an eye on it: "
    "riders who tag us get the first look at next season's colours.",
    [M, O], "en", ["violation", "careful", "follow", "social"],
    "Points the buyer to a social handle and asks them to keep watching it, with no app "
    "name (policy.md B \"follow us\", D4 social handles).")
rec("Ysolde, thanks for the measurements. Wystan can judge the fit far better from pictures, "
    "so send two photos of you in the riding position to ride@brackenspokekit.com and he'll "
    "get back to you tonight.",
    [O], "en", ["violation", "careful", "email"],
    "An e-mail address handed over in an ordinary fitting reply is still off-platform "
    "(policy.md D2).")
rec("Hi Osric, pairing the speed sensor is quicker to talk through than to type. Ring the "
    "workshop on 719-555-0148 any weekday between nine and five and Marit will walk you "
    "through it.",
    [O], "en", ["violation", "careful", "phone"],
    "The shop's own number, not a carrier's or a warranty line, offered instead of the "
    "thread (policy.md D3).")
rec("Mr. Ferreira, for the second jersey you mentioned there's no need to go through the "
    "checkout again. A bank transfer straight to our business account is simpler and skips "
    "the marketplace fee; reply and I'll send the account details.",
    [O], "en", ["violation", "careful", "payment", "diversion"],
    "Settling a sale by bank transfer goes around Amazon's sales process (policy.md D5, "
    "D6).")
rec("Juniper, once your thoughts on the Longmile bibs are up on the product page, drop us a "
    "line here and a tin of our chamois cream goes in the post with our thanks.",
    [R], "en", ["violation", "careful", "incentive"],
    "A product sent in return for a write-up is compensation for a review, however softly "
    "put (policy.md C1).")
rec("Ms. Nakashima, if the Palmgrit gloves turned out as comfortable as you hoped, other "
    "riders would love to hear it on the product page. If they didn't, please tell us here "
    "first so we can put it right before anything goes up publicly.",
    [R], "en", ["violation", "careful", "gating"],
    "Invites only the satisfied buyer to post and steers the unhappy one back to the seller "
    "(policy.md C3).")
rec("Hi Barnaby, now that the replacement Waymarker holds its satellite lock on every ride, "
    "would you mind going back to what you posted on the W3 page and bringing it up to date "
    "with how things stand?",
    [R], "en", ["violation", "careful", "change-review"],
    "Asks for an existing product write-up to be revised after a fix, which is forbidden "
    "\"even after an issue is resolved\" (policy.md C4).")
rec("Ysolde, the Saltmarsh jersey you picked has matching arm warmers in the same fern "
    "green. They're at amazon.com/dp/B0GH4T8MLP if you'd like the full set for the cooler "
    "mornings.",
    [M], "en", ["violation", "careful", "cross-sell", "listing-link"],
    "Cross-sells a matching item through a link to another Amazon listing (policy.md B, D1 "
    "detail-page links; judgement call 7).")

# ---- careful, Simplified Chinese (8) ------------------------------------------------
rec("郝女士您好，您之前在我们这里买过骑行服。这个月如果再添一台码表，我们按原价的八成给您算，"
    "结账时自动扣掉，不用另外操作。",
    [M], "zh", ["violation", "careful", "discount"],
    "Twenty per cent off a second purchase, said as 'eight tenths of the list "
    "price' instead of 打折 (policy.md B).")
rec("小樊您好，您上次下单时缺货的荧光黄骑行服今天到了一批，S到XL都齐了。想要的话这两天抓紧，"
    "上次不到一周就卖空了。",
    [M], "zh", ["violation", "careful", "restock"],
    "An unprompted back-in-stock notice with urgency is a promotion (policy.md B).")
rec("裴先生，跟您说个好消息：我们每个月会从当月下单的买家里随机挑一位，寄出一整套骑行服加手套。"
    "您这个月已经在名单里了，月底揭晓。",
    [M], "zh", ["violation", "careful", "giveaway"],
    "A monthly prize draw among buyers, described without 抽奖 or 免费 (policy.md B, "
    "giveaways).")
rec("钱老师，码表的问题打字说起来费劲。您加一下我们客服的号 brackenspoke_cn，备注订单后四位，"
    "阿岚可以直接跟您视频，对着屏幕一步步来。",
    [O], "zh", ["violation", "careful", "messaging-app"],
    "A chat-app ID handed over without naming the app is still a messaging handle "
    "(policy.md D4; judgement call 8).")
rec("姚阿姨，座垫包翻盖内侧印着一个黑白小方块，用手机相机对准扫一下，就能进我们自己的售后页面。"
    "以后有问题在那里提交，比在这里等回复快得多。",
    [O], "zh", ["violation", "careful", "diversion", "qr"],
    "A QR code described as a small black-and-white square, leading to the seller's own "
    "support page (policy.md D1, section e point 3).")
rec("小樊，我们小店刚起步，Cinderclip水壶架的商品页上每多一个满分，排名就往前挪一点。"
    "您有空的时候，帮我们把分数点到最高吧。",
    [R], "zh", ["violation", "careful", "rating-request"],
    "Asks for the top score (满分, 点到最高) instead of saying five stars (policy.md C2).")
rec("裴先生，您写背带裤的使用感受时，能不能顺带提一句“骑一百公里不磨腿”和“三天就到了”？"
    "其他买家搜的就是这两点。",
    [R], "zh", ["violation", "careful", "steering"],
    "Tells the buyer what to put in the write-up (policy.md C7).")
rec("郝女士，您把座垫包的使用感受发到商品页以后，截个图给我们。我们会往您的银行卡转二十美元，"
    "算是一点心意。",
    [O, R], "zh", ["violation", "careful", "payment", "incentive"],
    "Money for a posted write-up, paid to a bank card outside Amazon (policy.md C1, D5).")

# ---- careful, Traditional Chinese (5) -----------------------------------------------
rec("藍小姐您好，這個週末我們全館的手套都會降價，您常穿的M號存量也很充足，週五晚上十點開始喔。",
    [M], "zh", ["violation", "careful", "sale", "traditional", "taiwanese"],
    "A weekend store-wide price drop announced unprompted is a sale promotion (policy.md "
    "B).")
rec("卓先生，Palmgrit手套現在可以設定每三個月自動寄一雙到府，設定之後每雙還會再便宜一些，"
    "就不用每次記得下單喔。",
    [M], "zh", ["violation", "careful", "discount", "subscription", "traditional",
                "taiwanese"],
    "Pushes a repeat-delivery sign-up with a lower unit price (policy.md B; judgement "
    "call 12).")
rec("譚生，條Longmile啲墊坐大約半年就會薄咗，到時喺訂單頁撳一下就可以照舊尺碼再買過，唔使再揀。",
    [M], "zh", ["violation", "careful", "buy-again", "traditional", "cantonese"],
    "A nudge to buy the same item again, with no 'buy again' wording (policy.md B, "
    "interface.md \"buy again\" pushes).")
rec("伍太，你前幾日喺我哋店鋪度留低嗰句說話，拉低咗我哋成個帳戶嘅分數。麻煩你撤咗佢，"
    "我哋真係好需要。",
    [R], "zh", ["violation", "careful", "feedback-pressure", "traditional", "cantonese"],
    "Asks for seller feedback to be withdrawn because it hurts the account (policy.md C5).")
rec("侯小姐，同一款背帶褲在我們自己的賣場 brackenspokekit.com 上便宜一百元，下次可以直接在"
    "那邊結帳，出貨也比較快。",
    [M, O], "zh", ["violation", "careful", "discount", "url", "diversion", "traditional",
                   "taiwanese"],
    "Sends the buyer to the shop's own site with a lower price (policy.md D1, D6, B).")

# ---- careful, mixed (1) -------------------------------------------------------------
rec("郝女士，我们有一个小小的 early access list：老顾客能比别人早一周看到新配色。"
    "想加入的话，回一句 yes 就好。",
    [M], "mixed", ["violation", "careful", "vip-list", "mixed"],
    "An insiders' list for returning buyers is a VIP club in other words (policy.md B).")

# ---- split, English (10) ------------------------------------------------------------
rec("We also keep a small counter of our own, outside Amazon. Everything in our storefront "
    "is stocked there too. Prices run a few dollars under, since there's no marketplace fee "
    "to cover. Just search for Brackenspoke Cycle Kit.",
    [M, O], "en", ["violation", "split", "discount", "diversion"],
    "Each sentence is harmless alone; together they send the buyer to buy elsewhere for "
    "less (policy.md D6, B).")
rec("We read every comment left on our product pages. The happy ones keep the workshop "
    "going. When something's off, though, this thread reaches us faster. We'd much rather "
    "hear about a problem here than see it on the page.",
    [R], "en", ["violation", "split", "gating"],
    "Happy buyers to the page, unhappy ones to the seller: gating spread over four "
    "sentences (policy.md C3).")
rec("Thanks for the kind words about the Tuckpouch. There's a spare set of mounting straps "
    "in our drawer with your name on it. They'll go out the day your write-up appears on "
    "the listing.",
    [R], "en", ["violation", "split", "incentive"],
    "The reward is tied to the write-up only by the last sentence (policy.md C1).")
rec("A small shop lives or dies by its score on Amazon. Anything under the top mark pushes "
    "the jersey off the first page of results. Please bear that in mind when you rate it.",
    [R], "en", ["violation", "split", "rating-request"],
    "Asks for the top rating without naming it, across three sentences (policy.md C2).")
rec("Pairing the cadence sensor goes quicker by voice than by message. Marit is at the bench "
    "until six tonight. She'd be glad to hear from you on the number printed on the card in "
    "your box.",
    [O], "en", ["violation", "split", "phone", "diversion"],
    "Invites a phone call on the insert's number instead of the thread (policy.md D3, D6, "
    "section e point 3).")
rec("The out-front mount you bought for the W3 has a second slot underneath. Our Emberbeam "
    "light clicks straight into it. You'll find it in the same storefront, a couple of rows "
    "down.",
    [M], "en", ["violation", "split", "cross-sell"],
    "Cross-selling another product built up over three plain sentences (policy.md B).")
rec("When you get round to writing about the bibs, a photo helps other riders. So does "
    "saying how far you rode in them. Most shoppers search for the word 'comfortable', so "
    "it's worth using.",
    [R], "en", ["violation", "split", "steering"],
    "Tells the buyer which words and content to use (policy.md C7).")
rec("Black Friday is three weeks away. Last year our winter gloves were a third cheaper that "
    "day. This year will be the same, and your size is well stocked.",
    [M], "en", ["violation", "split", "sale"],
    "A sale announcement assembled from a date, a past fact and a promise (policy.md B).")
rec("The new lens for your Emberbeam is on its way at no cost. Your three-star write-up on "
    "the light still describes the old problem. Once it reflects the fix, we'll cover the "
    "shipping on your next order as well.",
    [R], "en", ["violation", "split", "incentive", "change-review"],
    "Asks for a revised write-up and offers a future benefit for it (policy.md C4, C1; "
    "judgement call 5).")
rec("Our warranty desk works faster from photos than from descriptions. Wystan reads the "
    "shop inbox every evening. The address is on your packing slip, so send the pictures "
    "there.",
    [O], "en", ["violation", "split", "email", "diversion"],
    "Moves the conversation to the shop's inbox without printing the address (policy.md "
    "D2, D6).")

# ---- split, Simplified Chinese (7) --------------------------------------------------
rec("我们每周日都组织车友骑行。照片都放在小红书上。搜店名加“骑行”两个字就能找到，有空去看看。",
    [M, O], "zh", ["violation", "split", "follow", "social"],
    "An invitation to look the shop up on a social app, spread over three sentences "
    "(policy.md D4, B).")
rec("感谢您购买Longmile背带裤。您把骑行体验写到商品页以后，截个图发给我们。"
    "我们会给您寄一副Palmgrit手套。",
    [R], "zh", ["violation", "split", "incentive"],
    "Screenshot of the write-up in exchange for gloves (policy.md C1).")
rec("用着顺手的话，欢迎去商品页说两句。要是哪里不满意，先来这里找我们。页面上就先别急着写。",
    [R], "zh", ["violation", "split", "gating"],
    "Satisfied buyers to the page, the rest to the seller first (policy.md C3).")
rec("您用的W3下个月会有个大一号的兄弟。屏幕大一圈，电池也更耐用。想早点拿到的话，现在就能预订。",
    [M], "zh", ["violation", "split", "new-product"],
    "A new model announced and offered for pre-order (policy.md B).")
rec("亚马逊站内消息有时候回得慢。我们另外建了个售后群，人比较齐。您想进的话回个“进群”，"
    "我把群号发给您。",
    [O], "zh", ["violation", "split", "messaging-app", "diversion"],
    "Offers a chat group outside Amazon as the better support channel (policy.md D4, D6).")
rec("骑行裤的垫子一般骑半年就会变薄。到时候在订单页点“再买一次”就行。像您这样的老买家，"
    "那时我们每条少收二十块。",
    [M], "zh", ["violation", "split", "discount", "buy-again"],
    "A rebuy push with a returning-buyer price cut (policy.md B).")
rec("补发的尾灯您应该已经收到了。您之前在商品页写的那段话，说的还是两个月前的情况。"
    "麻烦您抽空改成现在的样子。",
    [R], "zh", ["violation", "split", "change-review"],
    "Asks for the product-page text to be rewritten after a reshipment (policy.md C4).")

# ---- split, Traditional Chinese (4) -------------------------------------------------
rec("這筆差額不用再另外下一張單了。我們的帳戶資料我等一下傳給您喔。您方便的時候直接轉過來就好。",
    [O], "zh", ["violation", "split", "payment", "traditional", "taiwanese"],
    "Payment to the seller's account instead of an Amazon order (policy.md D5).")
rec("上次斷貨的深藍色座墊包，今天終於補到了。這次只進了三十個喔。"
    "連結在這裡：amazon.com/dp/B0FN7K2QXW。",
    [M], "zh", ["violation", "split", "listing-link", "restock", "traditional", "taiwanese"],
    "Back-in-stock notice with a listing link (policy.md B, D1; judgement call 7).")
rec("部碼錶配唔到感應器嘅話，打字好難講得清楚。我哋間舖平日開到六點，阿嵐成日都喺度。"
    "佢個號碼印咗喺盒入面嗰張卡度。",
    [O], "zh", ["violation", "split", "phone", "diversion", "traditional", "cantonese"],
    "Invites a call to the number on the insert card (policy.md D3, D6).")
rec("你喺我哋店鋪留低嘅一星意見，對我哋影響好大。我哋知道上次寄錯咗尺碼。"
    "如果你肯撤咗佢，下次買嘢我哋一定會照顧返你。",
    [R], "zh", ["violation", "split", "incentive", "feedback-pressure", "traditional",
                "cantonese"],
    "Pressure plus a future favour to withdraw seller feedback (policy.md C5; judgement "
    "call 5).")

# ---- split, mixed (1) ---------------------------------------------------------------
rec("这个月我们搞了个 lucky draw。买过车灯的朋友都能参加。在商品页留下 five stars 的，"
    "每人多一次机会。",
    [M, R], "mixed", ["violation", "split", "giveaway", "incentive", "rating-request",
                      "mixed"],
    "A prize draw with extra chances for a top rating (policy.md B, C1, C2).")

# ---- plain (12) ---------------------------------------------------------------------
rec("Thanks again for choosing the Saltmarsh jersey! Use code SPOKE15 at checkout for 15% "
    "off your next order with us.",
    [M], "en", ["violation", "plain", "coupon", "discount"],
    "A discount code in a thank-you (policy.md B).")
rec("Loving the Cinderclip cage? Please give it a five-star review on Amazon. Every single "
    "one helps a small shop like ours!",
    [R], "en", ["violation", "plain", "rating-request"],
    "Names the rating it wants (policy.md C2).")
rec("For quicker help with your W3, message us on WhatsApp at +1 719 555 0148 and we'll "
    "sort it out there.",
    [O], "en", ["violation", "plain", "phone", "messaging-app"],
    "A messaging app and the shop's number (policy.md D3, D4).")
rec("Write a review of your Longmile bibs and we'll send you a $15 Amazon gift card as a "
    "thank-you.",
    [R], "en", ["violation", "plain", "incentive"],
    "A gift card for a review (policy.md C1).")
rec("Follow us on Instagram @brackenspoke.rides! This month we're giving away a Waymarker "
    "W3 to one lucky follower.",
    [M, O], "en", ["violation", "plain", "giveaway", "follow", "social"],
    "Social follow plus a giveaway (policy.md B, D4).")
rec("给我们五星好评并截图发给客服，即可返现5美元，名额有限，先到先得。",
    [R], "zh", ["violation", "plain", "incentive", "rating-request"],
    "好评返现 in its textbook form (policy.md C1, C2).")
rec("码表有任何问题，请加客服微信 brackenspoke_cn，比站内消息回复快得多。",
    [O], "zh", ["violation", "plain", "messaging-app", "diversion"],
    "A WeChat ID offered as the faster channel (policy.md D4, D6).")
rec("感谢回购！下次买骑行手套时输入优惠码 CADENCE10，全场九折。",
    [M], "zh", ["violation", "plain", "coupon", "discount"],
    "Coupon code and percentage off (policy.md B).")
rec("已经给您办好退款了，麻烦您把商品页上那条差评删掉，谢谢。",
    [R], "zh", ["violation", "plain", "change-review"],
    "Asks for a negative review to be deleted after a refund (policy.md C4).")
rec("歡迎加入我們的LINE官方帳號 @brackenspoketw，新品上架和折價券都會第一時間通知喔！",
    [M, O], "zh", ["violation", "plain", "coupon", "new-product", "messaging-app",
                   "traditional", "taiwanese"],
    "LINE account for new products and coupons (policy.md B, D4).")
rec("有咩問題直接電郵去 ride@brackenspokekit.com，快過喺亞馬遜度等覆。",
    [O], "zh", ["violation", "plain", "email", "diversion", "traditional", "cantonese"],
    "E-mail address offered as faster than Amazon (policy.md D2, D6).")
rec("用得顺手就请给个 5-star review 吧；有问题的话先 email 我们 ride@brackenspokekit.com，"
    "别急着在页面上打低分。",
    [O, R], "mixed", ["violation", "plain", "email", "rating-request", "gating", "mixed"],
    "Five stars if happy, e-mail first if not (policy.md C2, C3, D2).")

# =====================================================================================
# EVASIONS (20)
# =====================================================================================
rec("Hi Osric, the fastest way to get the sensor sorted is a short video. Send it on "
    "Wh" + CY_A + "ts" + CY_A + "pp to +1 719 555 0163 and Marit will take a look.",
    [O], "en", ["evasion", "phone", "messaging-app", "homoglyph"],
    "WhatsApp spelled with Cyrillic a, plus a phone number (policy.md D3, D4, section e).")
rec("Post a p0sitive r3view on the Emberbeam and a $10 g1ft card lands in your inbox the "
    "same day.",
    [R], "en", ["evasion", "incentive", "rating-request", "leetspeak"],
    "Digits for letters in 'positive review' and 'gift' (policy.md C1, C2, section e).")
rec("Our riders' club lives on I n s t a g r a m. Look up brackenspoke.rides and hit follow "
    "to see the Sunday routes.",
    [M, O], "en", ["evasion", "follow", "social", "spacing"],
    "A spaced-out app name with the handle (policy.md D4, B, section e).")
rec("Leave a p.o.s.i.t.i.v.e r.e.v.i.e.w this week and your next jersey ships on us.",
    [R], "en", ["evasion", "incentive", "rating-request", "separator"],
    "Dotted letters hide 'positive review'; the reward is free shipping next time "
    "(policy.md C1, C2, section e).")
rec("Your co" + ZW + "upon is waiting: S" + ZW + "POKE15 takes 15% off any Emberbeam light "
    "until Sunday.",
    [M], "en", ["evasion", "coupon", "discount", "zero-width"],
    "Zero-width spaces inside 'coupon' and the code (policy.md B, section e).")
rec("For the sizing photos, please write to " + fw("ride@brackenspokekit.com") + " and "
    "Wystan will check them today.",
    [O], "en", ["evasion", "email", "fullwidth"],
    "A full-width e-mail address (policy.md D2).")
rec("If anything about the bibs disappoints you, write to ride at brackenspokekit dot com "
    "before you post anything on the product page.",
    [O, R], "en", ["evasion", "email", "gating", "spelled-email"],
    "Spelled-out address used to catch unhappy buyers before they post (policy.md C3, D2).")
rec("Text us any time on seven one nine, five five five, zero one four eight. It's quicker "
    "than waiting here.",
    [O], "en", ["evasion", "phone", "diversion", "number-words"],
    "The shop's number in words (policy.md D3, D6, section e).")
rec("Glad the Taillark made your commute safer! " + STAR * 5 + " on the listing would make "
    "our week.",
    [R], "en", ["evasion", "rating-request", "emoji"],
    "Five star emoji in place of 'five stars' (policy.md C2, section e).")
rec("亲，给 Longmile 背带裤一个 haoping，截图发我们，马上 fanxian 十美元。",
    [R], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
    "好评返现 in pinyin (policy.md C1, section e).")
rec("加薇信 brackenspoke_cn 进车友群，群里每个月送一副手套。",
    [M, O], "zh", ["evasion", "giveaway", "messaging-app", "homophone"],
    "薇信 for 微信, and a monthly giveaway in the group (policy.md D4, B).")
rec("售后在纸飞机上回得最快，搜 @brackenspoke_crew 就能找到我们。",
    [O], "zh", ["evasion", "messaging-app", "diversion", "nickname"],
    "纸飞机 is Telegram's nickname (policy.md D4, section e).")
rec("码表的问题打字说不清，直接拨 〇七七〇〇 九〇〇七四六 找阿岚就行。",
    [O], "zh", ["evasion", "phone", "cn-numerals"],
    "A phone number in Chinese numerals (policy.md D3, section e).")
rec("留 个 好 评 就 返 五 美 元，截图发客服即可。",
    [R], "zh", ["evasion", "incentive", "rating-request", "spacing"],
    "Spaces between the characters of 好评返现 (policy.md C1, section e).")
rec("麻烦把那条差/评/删/掉，删好后我们再寄一副手套给您。",
    [R], "zh", ["evasion", "incentive", "change-review", "separator"],
    "Slashes inside 删差评, with a pair of gloves for it (policy.md C4, C1).")
rec("加我們的賴 @brackenspoketw，折價券都在那邊發喔。",
    [M, O], "zh", ["evasion", "coupon", "messaging-app", "homophone", "traditional",
                   "taiwanese"],
    "賴 is the Taiwanese sound-alike for LINE (policy.md D4, B).")
rec("結帳時輸入" + fw("SPOKE15") + "，前燈尾燈都打八五折喔。",
    [M], "zh", ["evasion", "coupon", "discount", "fullwidth", "traditional", "taiwanese"],
    "A full-width coupon code (policy.md B, section e).")
rec("想睇我哋逢星期日嘅車隊相，可以喺IG搵 brackenspoke，後面加個點再加 rides，記得撳追蹤。",
    [M, O], "zh", ["evasion", "follow", "social", "split-handle", "traditional",
                   "cantonese"],
    "The Instagram handle given in pieces, with a follow request (policy.md D4, B).")
rec("俾個好" + ZW + "評我哋啦，寫好之後我哋寄多對手套俾你。",
    [R], "zh", ["evasion", "incentive", "rating-request", "zero-width", "traditional",
                "cantonese"],
    "A zero-width space inside 好評, with gloves as the reward (policy.md C1, C2).")
rec("下次直接上我们的 own shop brackenspokekit.com 买，checkout 时输入 K0M12，每单立减十美元。",
    [M, O], "mixed", ["evasion", "coupon", "discount", "url", "diversion", "leetspeak",
                      "mixed"],
    "The shop's own site with a leetspeak code (policy.md D1, D6, B).")

# =====================================================================================
# NEAR-MISSES (50)
# =====================================================================================
# ---- English (23) -------------------------------------------------------------------
rec("Hi Petronella, every exchange gets a quick fit review at our bench before the new size "
    "goes out. Your medium bibs passed that check this morning and left with the afternoon "
    "pickup.",
    [], "en", ["near-miss", "review-word"],
    "'Review' is the workshop's quality check, not a customer review (policy.md section 0 "
    "point 4).")
rec("Sorry the Emberbeam lens arrived cracked, Barnaby. A replacement light is already on "
    "its way at no charge, and there's no need to send the damaged one back.",
    [], "en", ["near-miss", "remedy"],
    "A free replacement as a remedy, with no mention of reviews (policy.md B near-misses).")
rec("Mr. Ferreira, we've refunded the full $34.00 for the gloves with the split seam. Banks "
    "usually show it within three to five business days.",
    [], "en", ["near-miss", "remedy"],
    "A refund for a defect, not linked to any review (policy.md C near-misses).")
rec("You asked where the gloves are: order 114-5550148-2093716 left our warehouse this "
    "morning, Amazon tracking TBA605281947336, and the estimate still says Thursday.",
    [], "en", ["near-miss", "lookalike-number"],
    "The order id contains 555-0148, the shop's own number, but it is an order id "
    "(policy.md D near-misses).")
rec("USPS tracking for your saddle bag is 9400 1118 9956 7195 5501 48. It was scanned in "
    "Denver last night and should reach you on Monday.",
    [], "en", ["near-miss", "lookalike-number"],
    "A 22-digit tracking number that hides 719-555-0148 (policy.md D near-misses).")
rec("We don't run a WhatsApp line or any chat outside Amazon, Juniper. This thread is the "
    "only place we answer, and Wystan checks it twice a day.",
    [], "en", ["near-miss", "negation"],
    "Names an app only to say it is not used (policy.md D; section 0 point 4, negation "
    "handling).")
rec("Thanks for offering, Lorcan, but we can't take PayPal or any payment outside Amazon. "
    "If you'd still like the second jersey, please order it through the listing as usual.",
    [], "en", ["near-miss", "refusal"],
    "Refuses the buyer's off-platform payment (policy.md D5).")
rec("To your question: we can't offer anything in exchange for a review, and we'd never "
    "want to steer what you write. Whether you post one, and what it says, is entirely up to you.",
    [], "en", ["near-miss", "refusal"],
    "Declines a buyer's request for a reward (policy.md C1, section 0 point 4).")
rec("Order 112-3071846-5529407: once you've had a few rides in the Saltmarsh jersey, you're "
    "welcome to say how it's going in a review on Amazon. Good or bad, it helps the next "
    "rider pick a size.",
    [], "en", ["near-miss", "neutral-request"],
    "One neutral request, both outcomes named, no condition or reward (interface.md; "
    "policy.md C near-misses).")
rec("To send the large back, open Your Orders on amazon.com, pick the jersey and choose the "
    "option to return it; Amazon generates the prepaid label for you.",
    [], "en", ["near-miss", "amazon-page"],
    "Points to Amazon's own order page for a return (policy.md D1, section 0 point 5).")
rec("Now that the swapped W3 is recording your rides properly, and only if you feel we've "
    "put things right, you can update or take down the seller feedback you left. It's "
    "completely your choice, and we won't bring it up again.",
    [], "en", ["near-miss", "feedback-notice"],
    "The neutral notice on seller feedback after resolution (policy.md C5; judgement "
    "call 4).")
rec("You asked about the $5 off you saw on the Cinderclip page: that's an Amazon clip "
    "coupon. Tick the box on the product page and Amazon applies it at checkout; we don't "
    "control when it runs or ends.",
    [], "en", ["near-miss", "answer"],
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
rec("About the price: the Longmile bibs were $89 when you ordered and Amazon shows $79 "
    "today. Amazon sets some prices automatically and we can't alter orders that have "
    "already shipped, but Amazon Customer Service can tell you whether an adjustment "
    "applies.",
    [], "en", ["near-miss", "answer"],
    "Answers the buyer's own price question without offering anything (policy.md B "
    "near-misses).")
rec("You wrote, 'it'll get five stars from me if it fits my gravel frame'. Good news: it "
    "does. Use the shorter pair of bolts on carbon frames and don't go past 3 Nm.",
    [], "en", ["near-miss", "quoted-buyer"],
    "The five stars are the buyer's own words; the seller asks for nothing (policy.md C "
    "near-misses).")
rec("The W3 out-front mount clamps to the handlebar, not the stem cap, so you can leave your "
    "star nut and top cap exactly as they are.",
    [], "en", ["near-miss", "product-word"],
    "'Star nut' is a headset part (policy.md C near-misses, product facts).")
rec("That ticking on descents is the free-hub pawls in your rear wheel, not the Taillark; the "
    "light has no moving parts once it's clipped on.",
    [], "en", ["near-miss", "product-word"],
    "'Free-hub' is a wheel part, not an offer (policy.md B near-misses).")
rec("The Waymarker W3 comes with a two-year warranty. If the screen freezes again, request a "
    "replacement from your order page and choose 'defective'; the postage is on us.",
    [], "en", ["near-miss", "warranty"],
    "Warranty handling through Amazon's order page (policy.md A, B near-misses).")
rec("You paid $129.99 for the W3, and that full amount goes back to your card once Amazon "
    "scans the return.",
    [], "en", ["near-miss", "price-paid"],
    "States the price already paid in a refund context (policy.md B near-misses).")
rec("Here's what you asked us to hold, Ysolde: order 113-6620974-1803552, two Saltmarsh "
    "jerseys in large (navy and fern) and one pair of Palmgrit gloves in medium. Nothing has "
    "shipped yet, so tell us here if a size needs changing.",
    [], "en", ["near-miss", "order-restate"],
    "Restates the buyer's own order in a reply; no cross-sell (policy.md A near-misses).")
rec("For the swap from large to medium, start a return for the large bibs from Your Orders "
    "and pick the exchange option. If the medium is available, Amazon sends it as soon as "
    "the large is scanned.",
    [], "en", ["near-miss", "size-exchange"],
    "Size-exchange logistics through Amazon (policy.md A, permitted messages).")
rec("We've cancelled the duplicate glove order you flagged and updated the delivery address "
    "on the remaining one to your new flat.",
    [], "en", ["near-miss", "logistics-word"],
    "'Cancelled' and 'updated' are order logistics done at the buyer's request (policy.md "
    "A near-misses).")
rec("Royal Mail has your parcel, HB518206374GB, at the local delivery office after a missed "
    "delivery. Their tracking page for that number lets you pick a redelivery day.",
    [], "en", ["near-miss", "carrier-site"],
    "Names the carrier's own tracking page; no seller site (policy.md D near-misses).")
rec("Thank you for mentioning the review you posted, we're glad the bibs held up over "
    "200 km. On washing: cold water, inside out, and no fabric softener.",
    [], "en", ["near-miss", "review-thanks"],
    "Thanks in a reply to a buyer who raised their review; nothing asked (policy.md C "
    "near-misses).")

# ---- Simplified Chinese (16) --------------------------------------------------------
rec("码表进隧道时会出现轻微信号漂移，出隧道一两分钟就会重新定位，不影响记录的总距离。",
    [], "zh", ["near-miss", "substring"],
    "轻微信号 contains 微信 across a word boundary (policy.md section 0 point 4).")
rec("麻烦您把腰围和大腿围量一下发过来，我们好评估该换哪个尺码。",
    [], "zh", ["near-miss", "substring"],
    "好评估 contains 好评 (policy.md section 0 point 4, C near-misses).")
rec("您问的W3续航，我们自己的骑行评测是二十小时左右，一直开导航会少三四个小时。",
    [], "zh", ["near-miss", "product-word"],
    "评测 is a product test, not a review request (policy.md C near-misses).")
rec("补发的手套星期三出库，顺丰单号 SF2093618475502，星期五之前能到。",
    [], "zh", ["near-miss", "logistics-word"],
    "星 only in 星期 (policy.md section e, star tokens need a rating context).")
rec("收到的座垫包拉链是坏的，实在抱歉，已经给您全额退款，包不用寄回来。",
    [], "zh", ["near-miss", "remedy"],
    "A refund for a defect (policy.md C near-misses).")
rec("尾灯少装了固定用的橡皮圈，我们已免费补寄两套，这周内能到。",
    [], "zh", ["near-miss", "remedy"],
    "免费补寄 is a remedy (policy.md B near-misses).")
rec("不好意思，我们不能在站外加微信联系。码表的问题在这里说就可以，阿岚会一直跟进到解决。",
    [], "zh", ["near-miss", "refusal"],
    "Refuses the buyer's request to move to WeChat (policy.md D4).")
rec("包裹里不会放任何返现卡或二维码卡片。如果您收到了这类东西，那不是我们放的，麻烦告诉我们一声。",
    [], "zh", ["near-miss", "negation"],
    "返现 and 二维码 appear only in a denial (policy.md section 0 point 4).")
rec("订单 111-4829305-7716038：骑过几次以后，如果您愿意，可以在亚马逊商品页写下真实的使用感受，"
    "好坏都可以，对其他车友选尺码很有帮助。",
    [], "zh", ["near-miss", "neutral-request"],
    "One neutral request, both outcomes welcome (interface.md; policy.md C near-misses).")
rec("码表的问题已经换新解决了。您之前给店铺留的反馈，如果觉得问题已经处理好，可以按自己的意思"
    "更新或删掉，保持原样也完全没关系。",
    [], "zh", ["near-miss", "feedback-notice"],
    "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
rec("您问的“满200减20”是亚马逊平台自己的优惠活动，结账时系统会自动扣，我们这边没法另外再加。",
    [], "zh", ["near-miss", "answer"],
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
rec("码表保修两年，再出现死机的话，在订单页选“商品有缺陷”申请换货，运费由我们承担。",
    [], "zh", ["near-miss", "warranty"],
    "Warranty handled through the order page (policy.md A).")
rec("您下单时付的是49.99美元，退货签收后这笔钱会原路退回。",
    [], "zh", ["near-miss", "price-paid"],
    "The price already paid, in a return (policy.md B near-misses).")
rec("订单号 112-5550163-7482019 的包裹已到转运中心，亚马逊物流单号 TBA713048592261，预计周一送达。",
    [], "zh", ["near-miss", "lookalike-number"],
    "The order id contains 555-0163 (policy.md D near-misses).")
rec("骑行服要换小一码的话，请在订单页申请退货，再重新下一件M码；旧的签收后亚马逊会把钱退给您。",
    [], "zh", ["near-miss", "size-exchange"],
    "Size-exchange steps through Amazon (policy.md A).")
rec("跟您核对一下：订单 113-2057719-6648230，一条M码背带裤、一副L码手套，寄到您刚改过的地址，"
    "明天发货。",
    [], "zh", ["near-miss", "order-restate"],
    "Restates the buyer's order and new address (policy.md A near-misses).")

# ---- Traditional Chinese (10) -------------------------------------------------------
rec("您說「燈夠亮的話給五顆星」，其實亮度在設定裡可以調到最高檔：長按電源鍵三秒就會切換喔。",
    [], "zh", ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
    "五顆星 is the buyer's quoted condition; the seller only explains a setting (policy.md "
    "C near-misses).")
rec("手套尺寸標錯是我們的疏失，已經免費幫您換寄一雙M號，舊的不用寄回喔。",
    [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
    "A free exchange to fix the seller's mistake (policy.md B near-misses).")
rec("退貨請到亞馬遜「您的訂單」頁面申請，系統會自動產生退貨標籤，不需要另外聯絡我們喔。",
    [], "zh", ["near-miss", "amazon-page", "traditional", "taiwanese"],
    "Amazon's own order page (policy.md D1).")
rec("包裹已經交給承運商，追蹤編號就在訂單頁裡，也可以到DHL官網查清關進度喔。",
    [], "zh", ["near-miss", "carrier-site", "traditional", "taiwanese"],
    "官網 is the carrier's site, not the seller's (policy.md D near-misses).")
rec("已經依照您的要求取消重複的那筆訂單，另一筆的收件地址也修改成公司地址了喔。",
    [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
    "取消 and 修改 as order logistics (policy.md A near-misses, C near-misses).")
rec("你嘅退貨申請亞馬遜仲審核緊，通常兩三日就會批，批咗之後退款會自動入返你張卡。",
    [], "zh", ["near-miss", "review-word", "traditional", "cantonese"],
    "審核 is Amazon's check of a return (policy.md section 0 point 4).")
rec("唔好意思，我哋唔可以用轉數快退錢俾你，退款一定要經亞馬遜，錢會返去你原本嘅付款方式。",
    [], "zh", ["near-miss", "refusal", "traditional", "cantonese"],
    "Refuses an off-Amazon refund the buyer asked for (policy.md D5).")
rec("多謝你講返已經寫咗好評，知道對手套啱手我哋好開心。你問嘅洗法：冷水手洗，唔好用乾衣機。",
    [], "zh", ["near-miss", "review-thanks", "traditional", "cantonese"],
    "Thanks for a review the buyer mentioned, and a care answer (policy.md C near-misses).")
rec("你張單 205-7700900-3814629 已經出咗倉，順豐單號 SF4718290365127，聽日應該送到。",
    [], "zh", ["near-miss", "lookalike-number", "traditional", "cantonese"],
    "The order id contains 7700900 like a UK fiction number (policy.md D near-misses).")
rec("我們沒有另外的官網或粉絲團，所有售後都在亞馬遜這裡處理喔。",
    [], "zh", ["near-miss", "negation", "traditional", "taiwanese"],
    "官網 and 粉絲團 only in a denial (policy.md D; section 0 point 4).")

# ---- mixed (1) ----------------------------------------------------------------------
rec("码表菜单里的 Ride Review 页面可以看到每一段的 average speed，在设置里打开就行。",
    [], "mixed", ["near-miss", "product-word", "mixed"],
    "'Ride Review' is a screen of the bike computer (policy.md C near-misses, product "
    "facts).")

# =====================================================================================
# CLEAN (30)
# =====================================================================================
rec("For the Longmile bibs, go by your waist first and inseam second: with an 81 cm waist "
    "you're a medium, and the legs sit just above the knee.",
    [], "en", ["clean"], "A sizing answer (policy.md A).")
rec("Hand-wash the Saltmarsh jersey in cool water and dry it flat, away from the radiator; "
    "that keeps the zip guard from curling.",
    [], "en", ["clean"], "Care instructions in a reply (policy.md A).")
rec("The Cinderclip takes bottles from 70 to 76 mm across, so your 74 mm bottle will sit "
    "snugly. Tighten the two bolts until the cage stops wobbling and no further.",
    [], "en", ["clean"], "A fitting answer (policy.md A).")
rec("Wystan here. Thread the Tuckpouch strap around the saddle rails first, then around the "
    "seatpost, and leave a finger's width between the bag and the tyre.",
    [], "en", ["clean"], "Mounting help (policy.md A).")
rec("A heads-up about your parcel: a storm has closed the sorting hub near you, so it will "
    "arrive about two days later than first estimated. Sorry for the wait.",
    [], "en", ["clean"], "A delay notice, a permitted proactive message (policy.md A "
    "near-misses).")
rec("To pair the W3 with your chest strap, wet the pads to wake it, open Sensors on the "
    "computer and hold the lap button for three seconds.",
    [], "en", ["clean"], "Pairing steps (policy.md A).")
rec("The Emberbeam charges over USB-C. A full charge takes roughly three hours, and the small "
    "side light turns from orange to green when it's done.",
    [], "en", ["clean"], "A charging answer (policy.md A).")
rec("The Palmgrit gloves run true to size. Measured across the knuckles, a 19 cm palm sits "
    "best in a medium.",
    [], "en", ["clean"], "Glove sizing (policy.md A).")
rec("The Taillark's rubber band stretches around seatposts from 25 to 32 mm. On an aero "
    "post, turn the shim so its flat face rests against the tube.",
    [], "en", ["clean"], "Fitting the rear light (policy.md A).")
rec("Marit looked into your question about the W3 battery. Cold mornings cut the run time by "
    "a few hours, so keeping it in a jersey pocket until you set off helps.",
    [], "en", ["clean"], "A battery answer (policy.md A).")
rec("The Longmile chamois is meant to be worn next to the skin, without underwear; that "
    "keeps seams away from where you sit.",
    [], "en", ["clean"], "A product-use answer (policy.md A).")
rec("The reflective strip on the Saltmarsh jersey is printed rather than sewn, so it will "
    "last as long as the back panel is never ironed.",
    [], "en", ["clean"], "A care answer (policy.md A).")
rec("The parcel label is missing your flat number. Could you tell us whether it's 4B or 48 "
    "so the courier can finish the delivery?",
    [], "en", ["clean"], "Asks for information needed to deliver (policy.md A).")
rec("背带裤按腰围选就行，您腰围78厘米，选M码刚好，腿口在膝盖上面一点。",
    [], "zh", ["clean"], "Sizing answer (policy.md A).")
rec("骑行服建议冷水手洗，不要用柔顺剂，平铺阴干就可以。",
    [], "zh", ["clean"], "Care answer (policy.md A).")
rec("码表装好后，先在菜单里打开“传感器”，再长按圈数键三秒，心率带就能配对上。",
    [], "zh", ["clean"], "Pairing answer (policy.md A).")
rec("前灯的支架适用于直径22到35毫米的车把，您那根31.8的没问题。",
    [], "zh", ["clean"], "Fitting answer (policy.md A).")
rec("座垫包先绑在座弓上，再绕一圈座管，和后轮之间留出一指宽。",
    [], "zh", ["clean"], "Mounting answer (policy.md A).")
rec("受台风影响，您的包裹派送会比预计晚两天，给您添麻烦了。",
    [], "zh", ["clean"], "A delay notice (policy.md A near-misses).")
rec("手套掌心有硅胶颗粒，刚开始戴会有点涩，骑几次就顺手了。",
    [], "zh", ["clean"], "Product answer (policy.md A).")
rec("尾灯的防水等级是IPX6，下雨骑没问题，但别直接用高压水枪冲。",
    [], "zh", ["clean"], "Product answer (policy.md A).")
rec("水壶架的两颗螺丝拧到不晃就行，拧太紧容易把碳纤维压裂。",
    [], "zh", ["clean"], "Fitting answer (policy.md A).")
rec("码表在零下的气温里续航会缩短，出门前可以先放在贴身口袋里保温。",
    [], "zh", ["clean"], "Battery answer (policy.md A).")
rec("您的收件地址少了门牌号，麻烦告诉我们是几号，快递员才能送到。",
    [], "zh", ["clean"], "Asks for delivery information (policy.md A).")
rec("車衣建議翻面冷水手洗，不要烘乾，這樣反光條比較不會脫落喔。",
    [], "zh", ["clean", "traditional", "taiwanese"], "Care answer (policy.md A).")
rec("碼錶要先在設定裡開啟藍牙，再用手機的程式搜尋裝置，就能同步路線了。",
    [], "zh", ["clean", "traditional", "taiwanese"], "Pairing answer (policy.md A).")
rec("手套版型偏合手，您手掌寬19公分的話，建議選M號，戴起來會剛好服貼喔。",
    [], "zh", ["clean", "traditional", "taiwanese"], "Sizing answer (policy.md A).")
rec("條背帶褲啲墊係貼身著嘅，唔使著底褲，咁樣先唔會磨損皮膚。",
    [], "zh", ["clean", "traditional", "cantonese"], "Product-use answer (policy.md A).")
rec("前燈嘅支架啱晒你架車嘅車把，扭實兩粒螺絲就得，唔使工具。",
    [], "zh", ["clean", "traditional", "cantonese"], "Fitting answer (policy.md A).")
rec("你部 W3 如果 GPS signal 一直 searching，行去空曠啲嘅地方等兩分鐘，等佢 lock 到定位先。",
    [], "mixed", ["clean", "traditional", "cantonese", "mixed"],
    "GPS troubleshooting in Cantonese and English (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(89).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h89-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout89.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), path))


if __name__ == "__main__":
    main()
