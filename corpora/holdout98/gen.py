#!/usr/bin/env python3
"""Builds holdout98.jsonl: 160 hand-written, hand-labelled messages from an invented Amazon
seller, Kilnberry Dehydrator Works (food dehydrators and their accessories).

Every text, label, tag and note below was written by hand for this set.  Hard-to-see characters
are spelled with the named constants below and never typed directly.  The records are shuffled
with random.Random(98) and numbered h98-001 ... h98-160.

Usage: python3 gen.py            (writes holdout98.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout98.jsonl")

# ------------------------------------------------------------------ hard-to-see characters
ZW = "\u200b"            # ZERO WIDTH SPACE
CY_A = "\u0430"          # CYRILLIC SMALL LETTER A (looks like Latin a)
CY_E = "\u0435"          # CYRILLIC SMALL LETTER IE (looks like Latin e)
STAR = "\u2b50"          # WHITE MEDIUM STAR (emoji)
PRAY = "\U0001f64f"      # PERSON WITH FOLDED HANDS (emoji)
SMILE = "\U0001f60a"     # SMILING FACE WITH SMILING EYES (emoji)


def fw(s):
    """Full-width form of printable ASCII (U+FF01..U+FF5E)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


R = "review-inducement"
O = "off-platform-contact"
M = "marketing"

RAW = []


def rec(tags, labels, lang, text, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": list(tags),
                "note": note})


# ================================================================== VIOLATIONS
# ---------------------------------------------------------------- English, plain
rec(["violation", "plain", "incentive"], [R], "en",
    "Hi Fenella, thanks for choosing the Emberleaf D9 (order 112-3068417-5529043). Post a review "
    "of the dehydrator, send us a screenshot in this thread, and a free pack of Rollsheet "
    "fruit-leather sheets will be on its way to you. Odalys, Kilnberry",
    "A free product promised in exchange for a posted review is compensation for a review "
    "(policy.md C1).")
rec(["violation", "plain", "rating-request"], [R], "en",
    "Barnaby, if your first batch of apple rings came out crisp in the D9, please give the "
    "dehydrator five stars on Amazon. Every five-star rating helps a workshop of our size stay "
    "open.",
    "Asks for a named top rating instead of an honest review (policy.md C2).")
rec(["violation", "plain", "gating"], [R], "en",
    "Cordelia, once you have run a few trays through the Emberleaf, we would love a review if you "
    "are happy with it. If anything is off, message us first instead of posting, and we will "
    "sort it out.",
    "Invites reviews from satisfied buyers and sends unhappy ones to the seller first: review "
    "gating (policy.md C3).")
rec(["violation", "plain", "change-review"], [R], "en",
    "Ignacio, the new fan for order 114-1173590-8264037 has reached you and the rattle should be "
    "gone. Since that is fixed, could you edit your 2-star review of the D9 so it shows how the "
    "unit runs today?",
    "Asks the buyer to edit an existing product review after a fix, which is never allowed "
    "(policy.md C4).")
rec(["violation", "plain", "coupon"], [M], "en",
    "Wendell, your Sieveline trays are on the way (Amazon tracking TBA629104837552). While you "
    "wait, code TRAY20 takes 20% off any Kilnberry accessory until the end of the month.",
    "A discount code slipped into a delivery note is coupon marketing (policy.md B).")
rec(["violation", "plain", "email", "diversion"], [O], "en",
    "Priscilla, for anything about the jerky gun from now on, please email care@kilnberrydry.com "
    "rather than writing through Amazon; that inbox gets checked more often.",
    "Gives the shop's e-mail address and moves the conversation off Amazon (policy.md D2, D6).")
rec(["violation", "plain", "phone"], [O], "en",
    "Anatoly, sorry the thermostat on your D6 keeps drifting. Call Odalys directly on "
    "608-555-0183 any weekday and she will walk you through the recalibration.",
    "A staff phone number for support is off-platform contact; it is not a carrier, warranty "
    "or manufacturer line (policy.md D3).")
rec(["violation", "plain", "discount", "new-product"], [M], "en",
    "Tamsin, thanks for your order of Tightwrap vacuum bags. New arrival: the Emberleaf D12 with "
    "a glass door lands next week, and the first hundred buyers get 15% off.",
    "Announces a new product with a launch discount (policy.md B).")

# ---------------------------------------------------------------- English, careful
rec(["violation", "careful", "gating"], [R], "en",
    "Lorcan, the D9 you bought should be humming along by now. If it has earned top marks from "
    "you, the Amazon product page is the place to say so. If it has let you down in any way, "
    "please hold off and write to us in this thread, so we can fix things before anyone else "
    "hears about it.",
    "No review word, but only pleased buyers are sent to the product page and the others are "
    "asked to stay quiet until the seller acts: gating (policy.md C3, section e point 6).")
rec(["violation", "careful", "steering"], [R], "en",
    "Hester, when you tell other shoppers about the Jerkstream gun on its Amazon page, it would "
    "help us if you mentioned how easily it cleans and that the nozzles are solid metal, and "
    "added a picture of your finished strips.",
    "Tells the buyer what to put in the review (policy.md C7).")
rec(["violation", "careful", "phone", "messaging-app", "diversion"], [O], "en",
    "Mr. Okereke, our technician answers far sooner on Signal than through this inbox. Send a "
    "text on Signal to +1 (608) 555-0147 and attach the video of the tray fan there.",
    "Moves support to a messaging app and the shop's number outside Amazon; Signal is not in "
    "the brief's list but is the same thing (policy.md D3, D4, D6).")
rec(["violation", "careful", "buy-again", "restock"], [M], "en",
    "Ms. Villanueva, you mentioned that you go through a box of Tightwrap bags every month. The "
    "100-count boxes are back on the shelf this week, and picking up two now would see you "
    "through the autumn harvest.",
    "A back-in-stock notice that urges a repeat purchase is promotion, not order fulfilment "
    "(policy.md B).")
rec(["violation", "careful", "cross-sell", "url", "diversion"], [M, O], "en",
    "Barnaby, our printable drying charts and the larger trays that Amazon does not carry are at "
    "kilnberrydry.com/shop, and orders there ship from our own warehouse.",
    "Points to the shop's own site to sell other items: cross-selling (policy.md B) and an "
    "off-Amazon link and sales channel (policy.md D1, D6).")
rec(["violation", "careful", "incentive"], [R], "en",
    "Cordelia, a short word about the Pantrycard recipe set. Buyers who tell the Amazon community "
    "what they cooked from the cards get our winter recipe pack at no cost; just send us a note "
    "once yours is up.",
    "A reward for posting a review, worded without the words review or free (policy.md C1, "
    "section e point 6).")
rec(["violation", "careful", "feedback-pressure"], [R], "en",
    "Ignacio, the note you left about us as a seller last week drags down the account health "
    "score Amazon judges us by. The late parcel has been put right, so we would be grateful if "
    "you took that note down.",
    "Pressure to remove seller feedback because it hurts the account (policy.md C5).")

# ---------------------------------------------------------------- English, split
rec(["violation", "split", "payment", "incentive"], [O, R], "en",
    "Wendell, we have a small favour to ask about the D9. Once your thoughts on it are live on "
    "Amazon, send us the link. We will then put $15 into your PayPal for your time.",
    "Across three sentences: money for a posted review (policy.md C1), paid through PayPal "
    "outside Amazon (policy.md D5).")
rec(["violation", "split", "giveaway", "follow", "social"], [M, O], "en",
    "Priscilla, we post a new jerky recipe every Friday. You will find it on Instagram under "
    "@kilnberry.dries. Followers who share their own batch there go into a monthly draw for a "
    "Jerkstream gun.",
    "A follow invitation and a prize draw on a social account outside Amazon (policy.md B, D4).")
rec(["violation", "split", "new-product"], [M], "en",
    "Anatoly, we hope the mesh trays sit well in your D6. Next month we bring out a stainless "
    "tray set cut for the D6 as well. Tell us here if you would like first pick, and we will hold "
    "one back for you at the early price.",
    "An upcoming product with an early price, spread over three sentences (policy.md B).")
rec(["violation", "split", "cross-sell", "bundle"], [M], "en",
    "Tamsin, thanks for picking up the jerky gun (Amazon tracking TBA380571926644). Most of our "
    "jerky makers pair it with the Tightwrap bags. Put both in your basket together this week "
    "and the bags come at half price.",
    "Suggests a matching product and a bundle price (policy.md B).")
rec(["violation", "split", "discount", "diversion"], [M, O], "en",
    "Lorcan, Amazon's fees add a fair amount to each D9. We sell the same unit for less through "
    "our own checkout. Just search for Kilnberry Dehydrator Works and order from us directly "
    "next time.",
    "A lower price for buying outside Amazon: diversion of the sale (policy.md D6) and a price "
    "offer (policy.md B).")
rec(["violation", "split", "change-review"], [R], "en",
    "Hester, the new door latch for order 205-6648120-9907342 went out this morning by Royal "
    "Mail, tracking HX481920374GB. Now that the latch trouble is behind us, your one-star post "
    "on the listing no longer tells the whole story. We would be glad if you went back and "
    "brought it up to date.",
    "The remedy and the request sit in different sentences, but together they ask for an "
    "updated product review (policy.md C4).")
rec(["violation", "split", "referral", "vip-list"], [M], "en",
    "Mr. Okereke, we keep a short list of regular customers who hear about new trays before "
    "anyone else. Reply with the word list and we will add you. If a friend orders a D9 and "
    "gives your name, you both get a tray set on us.",
    "An insider list and a refer-a-friend reward (policy.md B).")

# ---------------------------------------------------------------- Simplified, plain
rec(["violation", "plain", "payment", "incentive"], [O, R], "zh",
    "薛女士您好，您订购的Emberleaf烘干机应该已经签收了。在亚马逊写下使用评价后，把截图发给我们，"
    "阿蔓会通过支付宝返您二十美元。",
    "Cash for a posted review (policy.md C1), paid through Alipay outside Amazon (policy.md D5).")
rec(["violation", "plain", "giveaway", "follow"], [M], "zh",
    "樊先生，网眼托盘用着还顺手吗？本月店里有抽奖活动，在亚马逊关注我们的品牌店铺就能参加，"
    "奖品是一台D9烘干机。",
    "A prize draw tied to following the shop is promotion even though it stays on Amazon "
    "(policy.md B).")
rec(["violation", "plain", "messaging-app"], [O], "zh",
    "饶阿姨，烘干机温控的问题打字说不清楚，您加一下我们的微信 kilnberry_cn，阿蔓用视频一步步教您调。",
    "A WeChat ID for support (policy.md D4).")
rec(["violation", "plain", "coupon"], [M], "zh",
    "甘老师，感谢您购买肉干枪。下次在我们店里买真空封口袋时输入优惠码 JERKY10，可以立减百分之十。",
    "A discount code for a later purchase (policy.md B).")
rec(["violation", "plain", "change-review"], [R], "zh",
    "小芮，新的托盘已经给您补发，顺丰单号 SF2048173365902 显示明天送到。问题解决以后，"
    "能不能麻烦您把商品页上那条差评删掉？",
    "Asks the buyer to delete a product review after a remedy (policy.md C4).")

# ---------------------------------------------------------------- Simplified, careful
rec(["violation", "careful", "gating"], [R], "zh",
    "俞先生，烘干机用了一阵子，如果您觉得称心，欢迎到亚马逊商品页说几句；要是哪里不满意，"
    "先别急着写，直接在这里告诉阿蔓，我们马上处理。",
    "Pleased buyers to the product page, unhappy ones to the seller, without the character 评: "
    "gating (policy.md C3).")
rec(["violation", "careful", "incentive"], [R], "zh",
    "薛女士，上回您问起食谱卡的冬季篇。您在商品页分享一下用烘干机做果干的心得，发个截图过来，"
    "冬季篇我们就直接寄给您，不收钱。",
    "Something of value in return for a posted write-up on the product page (policy.md C1).")
rec(["violation", "careful", "discount", "diversion"], [M, O], "zh",
    "樊先生，以后再要托盘不用在亚马逊上下单了，直接跟我们订，我们从自己仓库发货，每套能便宜三十块。",
    "Invites the buyer to order outside Amazon at a lower price (policy.md D6, B).")
rec(["violation", "careful", "steering"], [R], "zh",
    "饶阿姨，您要是愿意在商品页写写使用感受，请顺带提一句风扇很安静、托盘好洗，"
    "最好再配一张做好的芒果干照片，字数多一点更好。",
    "Dictates points, photo and length for the review (policy.md C7).")
rec(["violation", "careful", "follow", "social"], [M, O], "zh",
    "甘老师，我们在B站开了账号，叫Kilnberry烘干日记，每周放一道肉干做法，您搜一下就能找到，"
    "点个关注不迷路。",
    "Points to a video-site account and asks for a follow (policy.md D4, B).")
rec(["violation", "careful", "feedback-pressure"], [R], "zh",
    "小芮，您上周给我们店铺打的那个低分，现在直接拖累了我们在亚马逊的账户表现，"
    "下个月可能都没法上架新货了。包裹的事我们已经处理好，麻烦您把那条店铺反馈撤掉吧。",
    "Pressure to withdraw seller feedback because it hurts the account (policy.md C5).")

# ---------------------------------------------------------------- Simplified, split
rec(["violation", "split", "phone"], [O], "zh",
    "俞先生，机器异响的情况我们记下了。打字说不清的话，可以直接找人聊。阿蔓的手机是 "
    "+1 608-555-0183，白天都在。",
    "The number comes in the last of three sentences; together they move support to a phone "
    "call (policy.md D3).")
rec(["violation", "split", "sale"], [M], "zh",
    "薛女士，感谢您这次购买真空封口袋。下周一到周五是我们店的周年庆。店里所有托盘和果皮卷烘焙垫"
    "那几天都打七折，到时候别错过。",
    "A store-wide sale announced across sentences (policy.md B).")
rec(["violation", "split", "coupon", "incentive"], [M, R], "zh",
    "樊先生，您买的D9已经用了两周了吧。如果方便，请到商品页写一写真实体验。写好后回复这条消息，"
    "我们给您发一个下次下单立减十五美元的码。",
    "A code for the next order in return for a review: incentive (policy.md C1) and a coupon "
    "(policy.md B).")
rec(["violation", "split", "diversion", "qr"], [O], "zh",
    "饶阿姨，包装盒里附了一张小卡片。卡片背面印着一个黑白方块图案。用手机扫一下就能进我们的售后群，"
    "有问题在群里问更快。",
    "A QR code, never named as such, that leads to a chat group outside Amazon (policy.md D1, "
    "D6, section e point 3).")
rec(["violation", "split", "cross-sell", "listing-link"], [M], "zh",
    "甘老师，您的肉干枪应该快到了。配套的不锈钢晾架我们也有在卖。链接在这里："
    "amazon.com/dp/B0F7RM2XN5，一起买更方便。",
    "Pushes another listing with an Amazon detail-page link: marketing, not off-platform, since "
    "the link is Amazon's own (policy.md B, D1; interface.md).")

# ---------------------------------------------------------------- Traditional (Taiwan)
rec(["violation", "plain", "messaging-app", "traditional", "taiwanese"], [O], "zh",
    "姚小姐您好，烘乾機的溫度設定如果還有疑問，歡迎加我們的 LINE 官方帳號 @kilnberrytw，"
    "直接傳訊息給阿蔓比較快喔。",
    "A LINE account for support (policy.md D4).")
rec(["violation", "plain", "coupon", "incentive", "rating-request", "traditional", "taiwanese"],
    [M, R], "zh",
    "巫先生，網眼托盤收到了嗎？在亞馬遜留下五星評價後截圖傳給我們，就送您一張下次結帳可用的折價券喔。",
    "A voucher for a five-star review: incentive and rating request (policy.md C1, C2) and a "
    "coupon (policy.md B).")
rec(["violation", "careful", "discount", "payment", "diversion", "traditional", "taiwanese"],
    [M, O], "zh",
    "柏小姐，下次要補真空封口袋的話，直接私下跟我們訂就好，匯款到我們公司帳戶，我們用黑貓寄給您，"
    "比在賣場上買划算。",
    "An order outside Amazon, paid by bank transfer, at a better price (policy.md D5, D6, B).")
rec(["violation", "careful", "gating", "traditional", "taiwanese"], [R], "zh",
    "姚小姐，果乾捲烘焙墊用起來如果還滿意，拜託到亞馬遜商品頁幫我們說幾句話；如果有哪裡不順，"
    "先別寫，傳訊息給我們處理就好。",
    "Sends only satisfied buyers to the product page (policy.md C3).")
rec(["violation", "split", "restock", "traditional", "taiwanese"], [M], "zh",
    "巫先生，您上次問的加高網眼托盤已經補貨了。這批數量不多，上一批很快就賣完。想要的話這週下單比較保險喔。",
    "A restock notice with urgency to buy (policy.md B).")
rec(["violation", "split", "steering", "traditional", "taiwanese"], [R], "zh",
    "柏小姐，肉乾槍用得還習慣嗎？如果願意在商品頁分享心得，想拜託您提到出肉很順、清洗方便。"
    "附上成品照片會更有說服力，謝謝！",
    "Tells the buyer which points and which photo to put in the review (policy.md C7).")

# ---------------------------------------------------------------- Traditional (Hong Kong)
rec(["violation", "plain", "phone", "messaging-app", "traditional", "cantonese"], [O], "zh",
    "衛太，部機嘅風扇聲大嘅問題，你直接 WhatsApp 我哋 07700 900386 啦，阿蔓會即刻覆你。",
    "A WhatsApp number for support (policy.md D3, D4).")
rec(["violation", "plain", "rating-request", "traditional", "cantonese"], [R], "zh",
    "容小姐，乾果機用咗成個禮拜，如果覺得好用，麻煩喺亞馬遜俾個五星好評我哋，唔該晒！",
    "Asks for a five-star positive review (policy.md C2).")
rec(["violation", "careful", "change-review", "traditional", "cantonese"], [R], "zh",
    "植生，新嘅溫控板已經換咗，部機而家運作正常。你之前喺商品頁寫嗰段嘢，可唔可以按返而家嘅情況改一改？",
    "Asks the buyer to rewrite what they posted on the product page after the fix (policy.md C4).")
rec(["violation", "split", "giveaway", "social", "traditional", "cantonese"], [M, O], "zh",
    "衛太，我哋喺 Facebook 開咗個群組，叫 Kilnberry肉乾會。每個月會抽一部肉乾槍送俾群組成員。"
    "入嚟分享你整嘅肉乾就得。",
    "A monthly prize draw inside a social group outside Amazon (policy.md B, D4).")

# ---------------------------------------------------------------- mixed
rec(["violation", "careful", "discount", "email", "diversion", "mixed"], [M, O], "mixed",
    "Hi 薛女士，关于 bulk order 的事情，Amazon 这边不方便谈，您直接写信到 bulk@kilnberrydry.com，"
    "我们 quote 一个更低的 price 给您。",
    "An e-mail address and a lower price for a deal outside Amazon (policy.md D2, D6, B).")
rec(["violation", "split", "rating-request", "traditional", "cantonese", "mixed"], [R], "mixed",
    "Hello 容小姐! Your jerky gun should arrive tomorrow. 用咗幾次之後，如果你覺得 OK，"
    "mind leaving five stars 喺 Amazon？對我哋呢間細舖好重要㗎。",
    "A request for five stars, spread over sentences and two languages (policy.md C2).")

# ================================================================== EVASIONS
# ---------------------------------------------------------------- English
rec(["evasion", "phone", "messaging-app", "homoglyph"], [O], "en",
    "Fenella, the quickest way to arrange the tray swap is to message us on Wh" + CY_A + "tsApp "
    "at +1 (608) 555-0147; Odalys usually answers within the hour.",
    "WhatsApp written with a Cyrillic a, plus the shop's number (policy.md D3, D4, section e).")
rec(["evasion", "incentive", "rating-request", "homoglyph"], [R], "en",
    "Barnaby, leave the D9 a 5-st" + CY_A + "r r" + CY_E + "vi" + CY_E + "w and a spare mesh "
    "tray goes out to you at no charge.",
    "Cyrillic look-alikes hide a five-star request paid for with a free tray (policy.md C1, C2, "
    "section e).")
rec(["evasion", "coupon", "leetspeak"], [M], "en",
    "Cordelia, something for your next order: c0de J3RKY10 takes 10% 0ff any Jerkstream "
    "accessory until Sunday.",
    "A discount code written in leetspeak (policy.md B, section e).")
rec(["evasion", "sale", "leetspeak"], [M], "en",
    "Ignacio, the harvest s4le is on: every Sieveline tray set is 25% 0ff through Sunday, so "
    "now is the time to stock up.",
    "A sale announcement in leetspeak (policy.md B, section e).")
rec(["evasion", "messaging-app", "spacing"], [O], "en",
    "Wendell, for quicker help with the thermostat, find us on T e l e g r a m at "
    "@kilnberry_help and send a short clip of the display.",
    "A Telegram handle with the app name spaced out (policy.md D4, section e).")
rec(["evasion", "gating", "separator"], [R], "en",
    "Priscilla, if you are h-a-p-p-y with the jerky gun, a r-e-v-i-e-w on Amazon would be "
    "lovely; if not, message us first and skip the listing.",
    "Hyphenated letters hide a review request for satisfied buyers only (policy.md C3, "
    "section e).")
rec(["evasion", "follow", "social", "zero-width"], [M, O], "en",
    "Anatoly, follow our Insta" + ZW + "gram @kilnberry.dries for a fresh drying schedule every "
    "week.",
    "A zero-width space inside Instagram; a social handle and a follow request (policy.md B, D4, "
    "section e).")
rec(["evasion", "buy-again", "restock", "zero-width"], [M], "en",
    "Tamsin, the 200-count Tightwrap bags are back in st" + ZW + "ock, and we would love to see "
    "you re" + ZW + "order before the harvest rush.",
    "Restock and a push to buy again, with zero-width spaces inside the key words (policy.md B, "
    "section e).")
rec(["evasion", "email", "diversion", "fullwidth"], [O], "en",
    "Lorcan, write to " + fw("care@kilnberrydry.com") + " and we will handle the heater claim "
    "there instead of in the Amazon queue.",
    "A full-width e-mail address and a move away from Amazon messaging (policy.md D2, D6, "
    "section e).")
rec(["evasion", "email", "spelled-email"], [O], "en",
    "Hester, please send the photos of the cracked drip tray to kilnberry dot odalys at gmail "
    "dot com; Odalys goes through that inbox every evening.",
    "An e-mail address spelled out in words (policy.md D2, section e).")
rec(["evasion", "phone", "number-words"], [O], "en",
    "Mr. Okereke, text Odalys on six oh eight, five five five, zero one eight three with a photo "
    "of the fan and she will talk you through it.",
    "A phone number written as words (policy.md D3, section e).")
rec(["evasion", "phone", "gating", "number-words"], [O, R], "en",
    "Ms. Villanueva, before you post anything about the sealer bags, ring us on oh seven seven "
    "oh oh, nine oh oh, three eight six so we can put it right.",
    "A UK number in words (policy.md D3), offered so the buyer rings before posting a review: "
    "diversion of complaints (policy.md C3).")
rec(["evasion", "rating-request", "emoji"], [R], "en",
    "Cordelia, if the Pantrycard set has earned a spot in your kitchen, please tap " + STAR * 5 +
    " for it on Amazon " + PRAY,
    "Five emoji stars stand for a five-star rating request (policy.md C2, E, section e).")
rec(["evasion", "messaging-app", "diversion", "nickname", "split-handle"], [O], "en",
    "Priscilla, skip the Amazon inbox and find us on the paper-plane app: our name there is "
    "kilnberry, then an underscore, then help.",
    "Telegram named by its icon and the handle given in pieces (policy.md D4, D6, section e).")

# ---------------------------------------------------------------- Simplified
rec(["evasion", "incentive", "rating-request", "pinyin"], [R], "zh",
    "薛女士，烘干机用得满意的话，去商品页写个 haoping，截图发给我们，马上 fanxian 五美元。",
    "Pinyin for 好评 and 返现: cash for a positive review (policy.md C1, C2, section e).")
rec(["evasion", "messaging-app", "pinyin"], [O], "zh",
    "樊先生，托盘尺寸的事在这里说不方便，加一下我们的 weixin：kilnberry_cn，发照片给阿蔓更快。",
    "WeChat written in pinyin, with the ID (policy.md D4, section e).")
rec(["evasion", "messaging-app", "diversion", "homophone"], [O], "zh",
    "饶阿姨，以后买托盘不用在这边拍了，加我们的薇信直接下单，我们从仓库发给您。",
    "薇信 for 微信, and sales moved off Amazon (policy.md D4, D6, section e).")
rec(["evasion", "phone", "cn-numerals"], [O], "zh",
    "甘老师，机器报错的事打字讲不清楚，您直接拨阿蔓的号码：六零八五五五零一八三，工作日白天都能接。",
    "A phone number in Chinese numerals (policy.md D3, section e).")
rec(["evasion", "incentive", "rating-request", "separator"], [R], "zh",
    "小芮，好*评返*现还在做：商品页晒图加文字，发截图过来就返八美元。",
    "Asterisks split 好评返现: money for a positive review (policy.md C1, C2, section e).")
rec(["evasion", "coupon", "spacing"], [M], "zh",
    "俞先生，下次买真空封口袋记得用 优 惠 码 TRAY20，整单立减两成。",
    "A spaced-out 优惠码 with a code (policy.md B, section e).")
rec(["evasion", "messaging-app", "diversion", "nickname", "split-handle"], [O], "zh",
    "薛女士，以后售后直接找我们的绿泡泡吧，号是 kilnberry，后面加下划线，再加 cn。",
    "WeChat called 绿泡泡 and the ID given in pieces (policy.md D4, D6, section e).")
rec(["evasion", "rating-request", "gating", "emoji"], [R], "zh",
    "樊先生，肉干枪好用的话，麻烦在亚马逊点亮" + STAR * 5 + "；不好用先别点，私信阿蔓就行" + SMILE,
    "Emoji stars for satisfied buyers, the others sent to the seller (policy.md C2, C3, "
    "section e).")
rec(["evasion", "cross-sell", "url", "fullwidth"], [M, O], "zh",
    "饶阿姨，更多配件都在 " + fw("kilnberrydry.com") + " 上，亚马逊上没有的晾架和加高层那边都有。",
    "A full-width domain of the shop's own site, selling items Amazon does not list "
    "(policy.md D1, B, section e).")

# ---------------------------------------------------------------- Traditional
rec(["evasion", "messaging-app", "homophone", "traditional", "taiwanese"], [O], "zh",
    "巫先生，托盤卡不進去的話，直接加賴 @kilnberrytw 找我們，拍影片給阿蔓看最清楚喔。",
    "賴, Taiwan slang for LINE, with the handle (policy.md D4, section e).")
rec(["evasion", "phone", "cn-numerals", "traditional", "taiwanese"], [O], "zh",
    "柏小姐，肉乾槍的問題打字說不清楚，撥阿蔓的手機比較快：零七七零零九零零六一九，上班時間都接得到喔。",
    "A UK mobile number in Chinese numerals (policy.md D3, section e).")
rec(["evasion", "payment", "incentive", "rating-request", "zero-width", "traditional",
     "taiwanese"], [O, R], "zh",
    "姚小姐，在亞馬遜留下好" + ZW + "評並截圖給我們，我們會轉帳一百元到您的帳戶當作謝禮喔。",
    "A zero-width space splits 好評; a bank transfer for a positive review (policy.md C1, C2, "
    "D5, section e).")
rec(["evasion", "email", "diversion", "spelled-email", "traditional", "cantonese"], [O], "zh",
    "植生，部機保養嘅問題唔好喺亞馬遜度講，你 send 相去 kilnberry dot odalys at gmail dot com，"
    "阿蔓會直接覆你。",
    "A spelled-out e-mail address and a move off Amazon (policy.md D2, D6, section e).")
rec(["evasion", "rating-request", "emoji", "traditional", "cantonese"], [R], "zh",
    "容小姐，果乾捲墊用得開心嘅話，記得喺亞馬遜俾我哋" + STAR * 5 + "呀，唔該晒" + PRAY,
    "Emoji stars for a five-star rating (policy.md C2, section e).")

# ---------------------------------------------------------------- mixed
rec(["evasion", "incentive", "rating-request", "pinyin", "mixed"], [R], "mixed",
    "Hi 小芮! Your jerky gun arrived safely. 留个 haoping 在 Amazon 上，screenshot 发给我们就有 "
    "fanxian 哦。",
    "Pinyin haoping and fanxian in a code-switched message: cash back for a positive review "
    "(policy.md C1, C2, section e).")
rec(["evasion", "follow", "social", "leetspeak", "mixed"], [M, O], "mixed",
    "俞先生 hello! 想看更多 recipes 的话，follow 我们的 Inst4gram @kilnberry.dries，"
    "每周都有 new drying ideas。",
    "Instagram in leetspeak with a handle and a follow request (policy.md B, D4, section e).")

# ================================================================== NEAR-MISSES
# ---------------------------------------------------------------- English
rec(["near-miss", "remedy"], [], "en",
    "Barnaby, sorry the lid of your D9 arrived cracked. We have sent a new lid free of charge; "
    "it should reach you by Thursday, and there is no need to send the old one back.",
    "A free replacement part is a remedy for a damaged item, not a promotion (policy.md B "
    "near-misses).")
rec(["near-miss", "remedy"], [], "en",
    "Hester, the jerky gun you received was missing its nozzle set. A full refund for it has gone "
    "through on Amazon, and you are welcome to keep the gun.",
    "A refund as a remedy, with no link to a review (policy.md C near-misses).")
rec(["near-miss", "remedy"], [], "en",
    "Lorcan, the D9 that stopped heating will be replaced at no cost: a replacement unit ships "
    "today, and you can send the faulty one back with the prepaid label Amazon provides.",
    "A replacement unit for a faulty one is a remedy; nothing is offered or asked in return "
    "(policy.md B near-misses).")
rec(["near-miss", "lookalike-number"], [], "en",
    "Fenella, about order 114-5550147-2093816: the second box with the trays left our warehouse "
    "this morning and should reach you within two days.",
    "The order id contains 555-0147 but is an Amazon 3-7-7 order id, not a phone number "
    "(policy.md D near-misses).")
rec(["near-miss", "lookalike-number"], [], "en",
    "Mr. Okereke, your order 113-5550183-6640271 was packed as two parcels; the sealer bags "
    "travel separately and will arrive a day after the dehydrator.",
    "An order id whose digits look like 555-0183; no contact detail is given (policy.md D "
    "near-misses).")
rec(["near-miss", "neutral-request"], [], "en",
    "Cordelia, the Emberleaf D9 from order 112-8837105-3392648 was delivered last week. If you "
    "have a moment, a review on Amazon describing how it has worked for you, good or bad, helps "
    "other buyers decide. Thanks, Odalys",
    "One neutral review request with the order id: no rating, reward, condition or content is "
    "named (interface.md; policy.md section b).")
rec(["near-miss", "neutral-request"], [], "en",
    "Ignacio, when you have had a chance to use the mesh trays from order 111-9925046-3318751, "
    "we would welcome your honest review on the product page. What you write, and whether you "
    "write at all, is entirely up to you.",
    "A neutral, unconditional review request sent once for the order (interface.md; policy.md "
    "C near-misses).")
rec(["near-miss", "feedback-notice"], [], "en",
    "Wendell, the new thermostat is in and you have confirmed the D6 holds 60 degrees again. If "
    "you feel the matter is settled, you may revise or withdraw the seller feedback you posted "
    "earlier, but there is no obligation either way, and we will not raise it again.",
    "The neutral notice Amazon allows after a resolved problem, about seller feedback only, "
    "leaving the choice to the buyer (policy.md C5; judgement call, see README).")
rec(["near-miss", "logistics-word"], [], "en",
    "Priscilla, as you asked, we have cancelled the second D9 that was ordered by mistake "
    "(order 111-0537288-6624193); the first order is unaffected and ships tomorrow.",
    "The seller cancels a duplicate order at the buyer's request (policy.md A near-misses).")
rec(["near-miss", "logistics-word"], [], "en",
    "Anatoly, we have made the change you asked for: the sealer-bag order will now go to your "
    "office address, since the box has not left the warehouse yet.",
    "Change refers to a delivery address, not a review (policy.md section 0 point 4).")
rec(["near-miss", "price-paid"], [], "en",
    "Tamsin, to answer your question, the price you paid for the D9 already covers the six mesh "
    "trays and one drip tray; nothing more will be charged.",
    "A fact about what the price already paid includes; no offer (policy.md B near-misses).")
rec(["near-miss", "product-word"], [], "en",
    "Lorcan, yes, the Sieveline trays are BPA-free, and the D9 has a free-standing base that "
    "sits on any counter. The word New on the box is part of the colour name, New Orchard.",
    "Free and new as product words, not offers (policy.md B near-misses).")
rec(["near-miss", "refusal"], [], "en",
    "Mr. Okereke, thank you for offering your WhatsApp number, but we keep every conversation "
    "inside Amazon messaging so there is a record for both of us. Please attach the video of "
    "the fan noise here.",
    "Declines an off-platform channel the buyer offered; no contact detail is given (policy.md "
    "D4, D near-misses).")
rec(["near-miss", "refusal"], [], "en",
    "Ms. Villanueva, thank you for offering to write something glowing in return for a "
    "discount, but we cannot give anything for reviews, and we would not want to. Any review "
    "you post should simply say what you think.",
    "Turns down a review-for-discount offer from the buyer; nothing is offered (policy.md C1, "
    "C near-misses).")
rec(["near-miss", "negation"], [], "en",
    "Hester, to be clear, we will never ask you to edit or take down a review you have written "
    "about the jerky gun. We only wanted to know whether the nozzle size chart answered your "
    "question.",
    "A negated statement about changing reviews, not a request (policy.md C4, section 0 "
    "point 4 on negation).")
rec(["near-miss", "review-thanks"], [], "en",
    "Barnaby, thank you for telling us in your message that you gave the D9 a five-star review; "
    "we are delighted the first batch of beef jerky turned out well.",
    "Thanks for a review the buyer mentioned, in a reply; nothing is solicited (policy.md C "
    "near-misses).")
rec(["near-miss", "review-word"], [], "en",
    "Cordelia, our technician will review the photos of the warped tray you sent and reply here "
    "by tomorrow with the next step.",
    "Review as an ordinary verb about the seller's own checking (policy.md section 0 point 4).")
rec(["near-miss", "quoted-buyer"], [], "en",
    "Priscilla, you wrote: \"I would give it zero stars right now, the barrel leaks every "
    "time.\" That usually means the seal ring sits upside down; turn it so the flat side faces "
    "the plunger and the leak should stop.",
    "The rating words are the buyer's own, quoted; the seller gives a fix and asks for nothing "
    "(policy.md C near-misses, D near-misses on quoted buyer text).")
rec(["near-miss", "answer"], [], "en",
    "Tamsin, you asked about the coupon shown on the D9 listing. That is an Amazon coupon: tick "
    "its box on the product page before checkout and Amazon takes the amount off "
    "automatically. We do not issue codes of our own.",
    "Explains an Amazon promotion the buyer asked about and offers nothing (policy.md B "
    "near-misses; judgement call: policy.md would warn at most).")
rec(["near-miss", "warranty"], [], "en",
    "Fenella, the D9 carries a two-year warranty. If the heater fails within that time, open the "
    "order in Your Orders on Amazon and report the problem there; there is nothing to register "
    "anywhere else.",
    "Warranty handled through Amazon's own order page, with no outside registration "
    "(policy.md D near-misses).")
rec(["near-miss", "carrier-site"], [], "en",
    "Anatoly, USPS shows your mesh trays at the local depot. The tracking number is 9405 5036 "
    "9930 0184 7726 51, and the USPS website gives the delivery window once you enter it.",
    "The carrier's own site named for tracking in a delivery context, with no link "
    "(policy.md D near-misses).")
rec(["near-miss", "amazon-page"], [], "en",
    "Mr. Okereke, you can open the D9 manual from your order page at "
    "amazon.com/your-orders, where it sits under the product details; there is no need "
    "to download it from anywhere else.",
    "A link to the buyer's own Amazon order page, which is Amazon's site, not another one "
    "(policy.md D near-misses; interface.md).")
rec(["near-miss", "substring"], [], "en",
    "Ms. Villanueva, the recipe tin has a preview card on top listing all 48 recipes; if yours "
    "arrived without it, let us know here and we will post one out.",
    "Preview contains the letters of review but is a product part (policy.md section 0 point 4).")

# ---------------------------------------------------------------- Simplified
rec(["near-miss", "substring"], [], "zh",
    "薛女士，托盘材质的第三方检测报告编号印在说明书最后一页，您可以在实验室的系统里按编号检索评测结果。",
    "检索评测 contains 索评 across a word boundary (policy.md section 0 point 4, C near-misses).")
rec(["near-miss", "substring"], [], "zh",
    "樊先生，您看到的那段温度曲线来自一位博主的探索评测视频，不是我们发布的，数据仅供参考。",
    "探索评测 contains 索评 across a word boundary; nothing is asked (policy.md section 0 point 4).")
rec(["near-miss", "remedy"], [], "zh",
    "饶阿姨，托盘在运输途中被压弯了，真抱歉。我们已经免费给您补发一套，周四能到，弯的那套不用寄回。",
    "A free replacement as a remedy (policy.md B near-misses).")
rec(["near-miss", "remedy"], [], "zh",
    "甘老师，肉干枪的推杆断了，我们已经在亚马逊给您办了全额退款，坏的那支直接处理掉就行。",
    "A refund through Amazon as a remedy, with no link to a review (policy.md C near-misses).")
rec(["near-miss", "logistics-word"], [], "zh",
    "小芮，按您的要求，重复下的那笔真空封口袋订单已经取消，另一笔照常发货，不受影响。",
    "取消 for a duplicate order the buyer asked to cancel (policy.md A near-misses).")
rec(["near-miss", "logistics-word"], [], "zh",
    "俞先生，收货地址已经按您发来的新地址修改好了，包裹还没出库，会直接寄到新地址。",
    "修改 for a delivery address (policy.md section 0 point 4).")
rec(["near-miss", "neutral-request"], [], "zh",
    "薛女士，订单 112-4406619-7731580 的烘干机应该已经用了一段时间。如果您愿意，可以在亚马逊商品页"
    "写下真实的使用感受，好的坏的都行，这能帮其他买家做选择。",
    "A neutral review request with the order id, open to good and bad (interface.md; "
    "policy.md C near-misses).")
rec(["near-miss", "neutral-request"], [], "zh",
    "樊先生，订单 114-6290473-1158836 里的食谱卡到了有一阵了。方便的时候，欢迎到商品页留下您的看法，"
    "写什么、写不写都由您决定。",
    "A neutral, unconditional review request sent once (interface.md; policy.md section b).")
rec(["near-miss", "feedback-notice"], [], "zh",
    "饶阿姨，温控器已经换好，您也确认机器恢复正常了。如果您觉得这件事已经解决，之前给店铺的反馈"
    "是否更新或撤下，完全由您自己决定，我们不会再提。",
    "The permitted neutral notice about seller feedback after resolution (policy.md C5; "
    "judgement call, see README).")
rec(["near-miss", "review-thanks"], [], "zh",
    "甘老师，谢谢您在消息里告诉我们已经给了好评，听说您第一次做的牛肉干就成功了，我们也很高兴。",
    "Thanks for a review the buyer mentioned; nothing is asked (policy.md C near-misses).")
rec(["near-miss", "review-word"], [], "zh",
    "小芮，您发来的视频我们的工程师会仔细评估，明天之前在这里回复您处理方案。",
    "评估 (assess) contains 评 but concerns the seller's own check (policy.md section 0 point 4).")
rec(["near-miss", "lookalike-number"], [], "zh",
    "俞先生，您问的订单 111-4472093-5550129 今天上午已经从仓库发出，预计三天内送达。",
    "An order id ending in 555-0129 digits, not a phone number (policy.md D near-misses).")
rec(["near-miss", "warranty"], [], "zh",
    "薛女士，烘干机整机保修两年。两年内加热管出问题，在亚马逊的订单页面选择“商品有问题”提交即可，"
    "不需要另外登记。",
    "Warranty claims go through Amazon's order page (policy.md D near-misses).")
rec(["near-miss", "product-word"], [], "zh",
    "樊先生，D9 面板上的三颗星图标表示三档风速，星越多风越大，做肉干建议用满档。",
    "Stars on the control panel are a product feature, not a rating (policy.md C near-misses).")
rec(["near-miss", "answer"], [], "zh",
    "饶阿姨，您问的满二百减二十是亚马逊平台自己的活动，结账时系统自动扣减，不是我们店发的优惠券。",
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses; judgement "
    "call: policy.md would warn at most).")
rec(["near-miss", "refusal"], [], "zh",
    "甘老师，谢谢您愿意加微信沟通，不过按照亚马逊的规定，我们只在这里的站内消息里联系您，"
    "视频也可以直接作为附件发在这里。",
    "Declines WeChat and keeps the conversation on Amazon (policy.md D4, D near-misses).")
rec(["near-miss", "negation"], [], "zh",
    "小芮，请放心，无论您在商品页写了什么，我们都不会请您修改或删除，也不会因此影响任何售后服务。",
    "A promise not to ask for changes, not a request (policy.md C4, section 0 point 4).")

# ---------------------------------------------------------------- Traditional
rec(["near-miss", "carrier-site", "traditional", "taiwanese"], [], "zh",
    "姚小姐，您的網眼托盤已經出貨，黑貓的追蹤編號在訂單頁面可以看到，也可以到黑貓官網輸入編號查詢配送進度喔。",
    "The carrier's own site for tracking, in a delivery context (policy.md D near-misses).")
rec(["near-miss", "quoted-buyer", "traditional", "taiwanese"], [], "zh",
    "巫先生，您留言說「這台如果再壞一次就給一星」，我們完全理解。新的溫控板已經寄出，兩個工作天內會到，"
    "裝好後有任何狀況再跟我們說。",
    "The one-star remark is the buyer's own, quoted; the seller asks nothing about reviews "
    "(policy.md C near-misses).")
rec(["near-miss", "price-paid", "traditional", "taiwanese"], [], "zh",
    "柏小姐，您下單時付的價格已經包含六片網眼托盤和一個接油盤，不會另外收費喔。",
    "What the price already paid covers; no offer (policy.md B near-misses).")
rec(["near-miss", "lookalike-number", "traditional", "taiwanese"], [], "zh",
    "姚小姐，您問的訂單 112-7206555-0138490 今天下午已經出貨，預計兩個工作天送達。",
    "The order id spans 555-0138 across a dash; it is not a phone number (policy.md D "
    "near-misses).")
rec(["near-miss", "neutral-request", "traditional", "taiwanese"], [], "zh",
    "巫先生，訂單 113-3581726-0449815 的果乾捲烘焙墊到貨一週了。有空的話，歡迎在亞馬遜商品頁寫下真實心得，"
    "好壞都可以，不方便也完全沒關係喔。",
    "A neutral review request with the order id (interface.md; policy.md C near-misses).")
rec(["near-miss", "remedy", "traditional", "cantonese"], [], "zh",
    "衛太，部乾果機嘅門鉸斷咗，唔好意思。我哋已經免費寄咗個新門俾你，舊嗰個唔使寄返嚟。",
    "A free replacement door as a remedy (policy.md B near-misses).")
rec(["near-miss", "feedback-notice", "traditional", "cantonese"], [], "zh",
    "植生，溫控嘅問題既然已經搞掂，之前喺店舖留低嘅賣家反饋，你可以自己決定要唔要更新或者刪除，我哋唔會再提。",
    "The neutral seller-feedback notice after resolution (policy.md C5; judgement call, see "
    "README).")
rec(["near-miss", "logistics-word", "traditional", "cantonese"], [], "zh",
    "容小姐，你要求取消嘅嗰張真空袋訂單已經取消咗，另一張照常寄出。",
    "取消 for an order the buyer asked to cancel (policy.md A near-misses).")
rec(["near-miss", "review-thanks", "traditional", "cantonese"], [], "zh",
    "衛太，多謝你話畀我哋知已經留咗好評！知道你第一次整嘅芒果乾咁成功，我哋都好開心。",
    "Thanks for a review the buyer mentioned (policy.md C near-misses).")

# ---------------------------------------------------------------- mixed
rec(["near-miss", "negation", "mixed"], [], "mixed",
    "Hi 俞先生，thanks for the photos of your jerky. 放心，无论您写了什么 review，我们都不会请您 "
    "change 或 remove，售后服务也照常。",
    "A negated statement in two languages; nothing is asked (policy.md C4, section 0 point 4).")

# ================================================================== CLEAN
# ---------------------------------------------------------------- English
rec(["clean"], [], "en",
    "Hello Fenella, a storm held up the lorry carrying your Emberleaf D9 at the regional hub, so "
    "it will reach you about two days later than Amazon first showed. We are sorry for the wait.",
    "A delay notice, a permitted message about an unexpected problem (policy.md A).")
rec(["clean"], [], "en",
    "Barnaby, because your six D9 units travel on a pallet, the freight firm needs to book a "
    "delivery slot. Which weekday morning suits your cafe, and is there a loading bay or only a "
    "front door?",
    "Scheduling delivery of a bulky shipment (policy.md A).")
rec(["clean"], [], "en",
    "Cordelia, for apple rings cut about 6 mm thick, set the D9 to 57 C and check them after six "
    "hours. They are done when they bend without any wet spots in the middle.",
    "Answers a usage question (policy.md A).")
rec(["clean"], [], "en",
    "Ignacio, before we engrave the lid, please confirm the wording: The Alvarez Kitchen, in "
    "capitals, centred above the vent. We will hold the unit until you reply.",
    "Verifying a custom design (policy.md A).")
rec(["clean"], [], "en",
    "Wendell, the courier could not match the flat number in your address. Which flat should the "
    "parcel go to? We will pass it on to the driver.",
    "Asks for information needed to deliver the order (policy.md A).")
rec(["clean"], [], "en",
    "Priscilla, for jerky made from minced meat we suggest heating the dried strips in the oven "
    "to 71 C for ten minutes; that is the USDA advice for beef and poultry.",
    "Answers a food-safety question about the product (policy.md A).")
rec(["clean"], [], "en",
    "Anatoly, yes, you can dry mint and basil in the same run. Put the mint on the lower trays, "
    "as it takes a little longer, and keep the fan on low so the leaves do not blow about.",
    "Answers a usage question (policy.md A).")
rec(["clean"], [], "en",
    "Tamsin, a soft hum from the D9 fan is normal, but a clicking noise usually means a tray is "
    "sitting slightly off its runners. Lift each tray and seat it again so the tabs click into "
    "the guides.",
    "Troubleshooting in reply to the buyer (policy.md A).")
rec(["clean"], [], "en",
    "Lorcan, the VAT invoice for your company's two D9 units is attached, made out to the "
    "business name you gave us.",
    "Sending an invoice (policy.md A).")
rec(["clean"], [], "en",
    "Hester, the engraving form for your recipe tin came through blank. Which initials would you "
    "like on the lid, up to three letters?",
    "Asks for details needed for a custom order (policy.md A).")
rec(["clean"], [], "en",
    "Mr. Okereke, the Tightwrap bags work with any sealer whose heat bar is up to 30 cm wide. "
    "Leave about 5 cm of empty bag above the food so the seal lies flat.",
    "Answers a compatibility question (policy.md A).")
rec(["clean"], [], "en",
    "Ms. Villanueva, your parcel to Canada is waiting on a customs form. Is the jerky gun a "
    "personal purchase or for a business? We need to know to fill in the declaration correctly.",
    "Asks for information needed for customs (policy.md A).")
rec(["clean"], [], "en",
    "Cordelia, the fruit-leather sheets you asked about fit the D9 trays once you trim about 1 cm "
    "off one side; kitchen scissors cut them cleanly.",
    "Answers a fit question (policy.md A).")

# ---------------------------------------------------------------- Simplified
rec(["clean"], [], "zh",
    "薛女士，因为暴雨，运送您烘干机的货车在中转站多停了两天，到货会比原先显示的晚一些，给您添麻烦了。",
    "A delay notice (policy.md A).")
rec(["clean"], [], "zh",
    "樊先生，做芒果干建议切五毫米左右，温度调到五十七度，烘八到十个小时，摸起来有韧性、不粘手就好了。",
    "Answers a usage question (policy.md A).")
rec(["clean"], [], "zh",
    "饶阿姨，快递员说您地址里的楼号看不清，能告诉我们是几号楼几单元吗？我们转告快递员。",
    "Asks for delivery information (policy.md A).")
rec(["clean"], [], "zh",
    "甘老师，机盖上要刻的字我们再确认一次：“甘家小厨”，居中，刻在出风口上方。您回复确认后我们就安排。",
    "Verifying a custom design (policy.md A).")
rec(["clean"], [], "zh",
    "小芮，风扇有轻微嗡嗡声是正常的。如果有咔嗒声，多半是托盘没放到位，您把每层托盘取出来重新卡进导轨就行。",
    "Troubleshooting in reply to the buyer (policy.md A).")
rec(["clean"], [], "zh",
    "俞先生，您公司采购两台烘干机的发票已经作为附件发在这里，抬头按您提供的公司名称开具。",
    "Sending an invoice (policy.md A).")
rec(["clean"], [], "zh",
    "薛女士，寄往加拿大的包裹需要填写海关申报，想跟您确认一下这台烘干机是个人自用还是公司采购？",
    "Asks for customs information (policy.md A).")
rec(["clean"], [], "zh",
    "樊先生，薄荷和罗勒可以同一批烘，薄荷放下面几层，因为它干得慢一些，风速调到低档，叶子就不会被吹乱。",
    "Answers a usage question (policy.md A).")
rec(["clean"], [], "zh",
    "饶阿姨，您这次订的六台机器会用托盘货运，物流公司需要预约送货时间。请问周几上午方便？楼下有没有货梯？",
    "Scheduling delivery of a bulky shipment (policy.md A).")
rec(["clean"], [], "zh",
    "甘老师，用绞肉做肉干的话，烘好以后建议再放进烤箱里用七十一度加热十分钟，这样更稳妥。",
    "Answers a food-safety question (policy.md A).")

# ---------------------------------------------------------------- Traditional
rec(["clean", "traditional", "taiwanese"], [], "zh",
    "姚小姐，颱風影響，載著您烘乾機的貨車在轉運站多停了兩天，到貨會比原本預計晚一點，造成不便很抱歉喔。",
    "A delay notice (policy.md A).")
rec(["clean", "traditional", "taiwanese"], [], "zh",
    "巫先生，做芭樂乾建議切半公分，溫度設定五十七度，大約烘八到十小時，摸起來有彈性、不黏手就完成囉。",
    "Answers a usage question (policy.md A).")
rec(["clean", "traditional", "taiwanese"], [], "zh",
    "柏小姐，超商取貨需要取件人姓名跟證件上一致，想跟您確認收件人要寫哪個名字？",
    "Asks for delivery information (policy.md A).")
rec(["clean", "traditional", "cantonese"], [], "zh",
    "植生，風扇有少少嗡嗡聲係正常嘅。如果聽到咔咔聲，多數係托盤冇擺好，你逐層攞出嚟再推返入路軌就得。",
    "Troubleshooting in reply to the buyer (policy.md A).")
rec(["clean", "traditional", "cantonese"], [], "zh",
    "衛太，速遞公司想約你收貨時間，請問你聽日下晝定係後日上晝方便？大廈有冇管理處可以代收？",
    "Scheduling a delivery (policy.md A).")
rec(["clean", "traditional", "cantonese"], [], "zh",
    "容小姐，整士多啤梨乾建議切五毫米厚，溫度校五十五度，大概焗八個鐘，摸落唔黐手就得㗎喇。",
    "Answers a usage question (policy.md A).")

# ---------------------------------------------------------------- mixed
rec(["clean", "mixed"], [], "mixed",
    "Hi 小芮，芒果干的 drying time 大概八到十小时，depends on how thick you slice them。切薄一点会快很多。",
    "Answers a usage question in two languages (policy.md A).")


def records():
    """The 160 records, shuffled with random.Random(98) and numbered h98-001..h98-160."""
    items = [dict(r) for r in RAW]
    random.Random(98).shuffle(items)
    out = []
    for i, r in enumerate(items, 1):
        out.append({"id": "h98-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
