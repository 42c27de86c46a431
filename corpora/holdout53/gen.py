#!/usr/bin/env python3
"""Source of truth for holdout53.jsonl.

Every text is a Python literal written for this set.  Zero-width, Cyrillic look-alike, emoji and
star characters are written as \\u / \\U escapes; full-width strings are built from ASCII with fw().
The records are shuffled with random.Random(53), numbered h53-001..h53-160 and written to
holdout53.jsonl (UTF-8, one object per line, real characters rather than JSON escapes).

Run:  python3 gen.py && python3 validate.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout53.jsonl")

RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
ORDER = [RI, OFF, MKT]

ZW = "\u200b"                       # zero-width space
CY_A, CY_E, CY_C, CY_I = "\u0430", "\u0435", "\u0441", "\u0456"   # Cyrillic a, e, es, i
GR_O = "\u03bf"                     # Greek small omicron
STAR_EMOJI = "\u2b50"               # white medium star (emoji)
BLACK_STAR = "\u2605"               # black star
GIFT = "\U0001F381"                 # wrapped present


def fw(s):
    """ASCII -> full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RECORDS = []


def rec(cat, ctx, labels, tags, text, note, lang="en"):
    RECORDS.append({"cat": cat, "ctx": ctx, "labels": labels, "tags": tags, "text": text,
                    "note": note, "lang": lang})


def V(ctx, labels, style, subs, text, note, lang="en", extra=()):
    rec("violation", ctx, labels, [style] + subs + list(extra), text, note, lang)


def E(ctx, labels, subs, techs, text, note, lang="en", extra=()):
    rec("evasion", ctx, labels, subs + techs + list(extra), text, note, lang)


def N(ctx, trap, text, note, lang="en", extra=()):
    rec("near-miss", ctx, [], [trap] + list(extra), text, note, lang)


def C(ctx, text, note, lang="en", extra=()):
    rec("clean", ctx, [], list(extra), text, note, lang)


T = ("traditional",)
TT = ("traditional", "taiwanese")
TC = ("traditional", "cantonese")
MX = ("mixed",)

# =====================================================================================
# VIOLATIONS, plain wording (17)
# =====================================================================================
V("proactive", [RI], "plain", ["rating-request"],
  "Hi Magnus, your Glowworm 900R headlamp was delivered on Tuesday (order 112-3804715-2296401). "
  "If it lit up your night runs, please leave us a 5-star review on Amazon. Small brands like "
  "Larchmoss live and die by those stars. Thanks, Bronwyn",
  "Asks outright for a 5-star review, a request for a positive rating (policy.md C2).")
V("reply", [RI, OFF], "plain", ["incentive", "payment"],
  "Thanks for the trail photos, Ngozi, the vest looks great on you! Quick favour: post a review "
  "of the Runnel 8L and we'll refund the full price to your PayPal as a thank-you. Just reply "
  "here with a screenshot once it's live.",
  "Offers a full refund for a review and pays it through PayPal outside Amazon (policy.md C1 "
  "and D5).")
V("reply", [RI], "plain", ["change-review"],
  "Hi Mr. Abernathy, the replacement lower section for your Scree Stick AL went out today and "
  "we've refunded the original shipping too. Now that it's sorted, could you please update your "
  "1-star review so it reflects how we handled it?",
  "Asks the buyer to update a product review after a remedy, which is never allowed (policy.md "
  "C4).")
V("proactive", [RI], "plain", ["gating"],
  "Hello from Larchmoss! Your Talus Gaiters should have arrived by now. If you're happy with "
  "them, please leave a review on Amazon. If you're not happy, please contact us first instead "
  "of leaving a negative review, so we can make it right.",
  "Asks only satisfied buyers to review and diverts unhappy ones to the seller first, which is "
  "review gating (policy.md C3).")
V("proactive", [RI, MKT], "plain", ["rating-request", "incentive", "coupon"],
  "Loving your Scree Stick C3 poles? Leave a positive review and reply here with the link, and "
  "we'll send you a coupon for 25% off your next Larchmoss order.",
  "Asks for a positive review and pays for it with a coupon on a future order, so it is both "
  "review inducement and a coupon promotion (policy.md C1, C2 and B).")
V("reply", [OFF], "plain", ["email"],
  "So sorry the bite valve on your Runnel 12L is dripping. Please email a couple of photos of "
  "the valve and the hose to help@larchmosstrail.com and our team will get back to you within "
  "a day.",
  "Sends the buyer to the shop's own e-mail address instead of the Amazon thread (policy.md D2).")
V("reply", [OFF], "plain", ["messaging-app", "phone"],
  "Firmware resets are much easier to walk through live. WhatsApp or call Teodor directly on "
  "+1 (971) 555-0188 and he'll get your Glowworm 900R sorted over the phone.",
  "Gives a phone number and invites WhatsApp contact outside Amazon (policy.md D3 and D4).")
V("proactive", [MKT], "plain", ["new-product", "coupon"],
  "Hi Leilani, thanks for your order 113-7720548-0913362! Big news: our new Runnel 12L race vest "
  "has just launched. Use code LMRUN20 at checkout for 20% off your next order.",
  "Announces a new product and gives a discount code, which is promotional messaging "
  "(policy.md B).")
V("proactive", [RI, MKT], "plain", ["rating-request", "incentive", "discount"],
  "亲，您购买的Heelguard水泡贴已经签收啦～给个好评并截图发给我们，下次购买立减5美元，感谢支持！",
  "Asks for a 好评 and rewards it with money off the next purchase, a review incentive that is "
  "also a discount offer (policy.md C1, C2 and B).", lang="zh")
V("reply", [RI], "plain", ["feedback-removal"],
  "王先生您好，换货已经给您寄出了，单号TBA318406729551。您之前留的卖家差评对我们店铺影响很大，"
  "麻烦您撤回一下反馈，谢谢理解。",
  "Presses the buyer to withdraw negative seller feedback because it hurts the shop, which is "
  "pressure to remove feedback (policy.md C5).", lang="zh")
V("reply", [OFF], "plain", ["messaging-app"],
  "亲，登山杖锁扣的调节视频在这里发不了，您加一下我们售后微信 larchmoss_trail，我直接发给您。",
  "Moves the conversation to a WeChat account (policy.md D4).", lang="zh")
V("reply", [OFF], "plain", ["url"],
  "亲，头灯说明书的电子版在我们官网 larchmosstrail.com/manual 可以下载，里面有充电指示灯每种颜色的含义。",
  "Links to the shop's own website rather than attaching the manual in the thread (policy.md "
  "D1).", lang="zh")
V("proactive", [MKT], "plain", ["discount", "buy-again"],
  "亲，您的订单已经妥投啦！本周店铺全场登山杖8折，再买一副送给爸妈正合适，欢迎再次光临～",
  "Announces a storewide 20% sale and pushes a repeat purchase (policy.md B).", lang="zh")
V("reply", [MKT], "plain", ["new-product", "discount"],
  "亲，鞋套尺码的问题已经帮您登记好了。另外告诉您一个好消息，我们的新品越野跑背心下周上架，"
  "首发三天7折，到时候记得来看看哦！",
  "Adds an unrequested new-product launch with a launch discount to a customer-service reply "
  "(policy.md B: marketing inside otherwise permitted messages).", lang="zh")
V("proactive", [OFF, MKT], "plain", ["social", "giveaway", "coupon"],
  "亲，关注我们的抖音号 @larchmossruns，每周直播抽奖送头灯和登山杖，粉丝还能领专属优惠券！",
  "Asks the buyer to follow a Douyin account for giveaways and follower coupons (policy.md D4 "
  "and B).", lang="zh")
V("reply", [RI], "plain", ["rating-request", "steering"],
  "林小姐您好，補寄的綁腿扣環已經出貨了。收到後如果滿意，麻煩在商品頁給我們五星好評，"
  "評論裡幫忙提一下出貨很快，非常感謝！",
  "Asks for a five-star review and tells the buyer what to say in it (policy.md C2 and C7).",
  lang="zh", extra=TT)
V("proactive", [MKT], "plain", ["bundle"],
  "Hi 张姐，你的gaiters应该到了吧～顺便说一下，this weekend only 全店买二送一优惠，"
  "blister kit也在活动里，别错过哦！",
  "Pushes a buy-two-get-one weekend promotion (policy.md B).", lang="zh", extra=MX)

# =====================================================================================
# VIOLATIONS, careful wording (17): polite, hedged, no obvious keyword
# =====================================================================================
V("reply", [RI], "careful", ["gating"],
  "So glad the Glowworm 900R made your sunrise summit of Mount Hood easier, Callum! If you have "
  "a spare minute, other hikers would love to hear exactly that on its Amazon page.",
  "Invites a review only because the buyer has just expressed satisfaction, which Amazon counts "
  "as gating even when worded neutrally (policy.md C3 and section 0.3).")
V("reply", [RI], "careful", ["change-review"],
  "Glad the straight section arrived and the money for the bent one is back on your card, Ms. "
  "Kowalczyk. Since things ended well, would you be open to revisiting what you wrote on the "
  "listing so it matches where things stand now?",
  "Asks the buyer to revise what they wrote on the listing after a remedy, a veiled request to "
  "change a review (policy.md C4).")
V("proactive", [RI], "careful", ["steering"],
  "Hi Dev, if you decide to write about the Glowworm 400 on Amazon, it would really help us if "
  "you mentioned the 400-lumen beam and the 30-hour battery life, and added a photo of it on "
  "your head on the trail.",
  "Tells the buyer which features to mention and what photo to add, steering the review content "
  "(policy.md C7).")
V("reply", [OFF], "careful", ["url"],
  "The fitting guide for the Talus Gaiters is easier to follow with pictures, so we've put it at "
  "larchmosstrail.com/fit-guide. Have a look there and tell us which strap length you land on.",
  "Sends the buyer to a page on the shop's own site (policy.md D1).")
V("reply", [OFF], "careful", ["social"],
  "The four beam settings are easier to see than to read about. We put up a short clip of each "
  "one at @larchmoss.trails, and plenty of our customers follow along there for trail tips.",
  "Asks the buyer to follow the shop's social account, a channel outside Amazon, without naming "
  "the platform (policy.md D4; judgement call 9).")
V("proactive", [MKT], "careful", ["cross-sell"],
  "Hi Magnus, since you picked up the Scree Stick C3 poles for the Wonderland Trail, the Talus "
  "Gaiters might be worth a look too; plenty of our pole customers pair the two on loose "
  "volcanic ground, and both are in stock now.",
  "An unrequested cross-sell of another product in a proactive message (policy.md B).")
V("reply", [MKT], "careful", ["coupon"],
  "Sorry again that the blister kit arrived crushed; a fresh one left our warehouse this "
  "morning. Next time you shop with us, LARCH15 at checkout will take a bit off the total.",
  "Tacks a code for money off a future purchase onto a remedy, a coupon promotion (policy.md B).")
V("reply", [RI, MKT], "careful", ["incentive", "gating", "discount"],
  "We're so pleased the poles made it up Mount St. Helens with you! If you'd be kind enough to "
  "put that into words on the listing, we'd like to take care of part of your next order with "
  "us; just tell us when it's up.",
  "Asks a buyer who has just praised the poles for a review and rewards it with money off a "
  "future order (policy.md C1, C3 and B).")
V("proactive", [RI], "careful", ["incentive"],
  "亲，头灯用了一阵之后，欢迎到商品页聊聊真实感受。发出来以后截个图给我们，"
  "我们给您寄一包Heelguard水泡贴备用，算是一点小心意～",
  "Promises a free product in return for a posted review, even though the word review is "
  "avoided (policy.md C1).", lang="zh")
V("reply", [OFF], "careful", ["messaging-app"],
  "亲，这个问题站内说不太清楚，您搜一下我们售后的号 larchmoss_trail 加一下，"
  "我拍视频给您演示怎么调登山杖的锁扣。",
  "Asks the buyer to add an off-Amazon messaging account without naming the app (policy.md D4).",
  lang="zh")
V("reply", [OFF, MKT], "careful", ["diversion", "discount"],
  "亲，下次您要是还想买登山杖的替换杖尖，可以直接到我们自己的店里下单，发货更快，价格也会比这边低一些。",
  "Steers the next purchase to the shop's own store at a lower price than on Amazon, a diversion "
  "and a price promotion (policy.md D6 and B).", lang="zh")
V("reply", [MKT], "careful", ["new-product", "cross-sell"],
  "亲，顺便说一声，我们这周上了一款12升的越野背心，有橄榄绿和深灰两色，跟您买的水袋正好配，有空可以来看看。",
  "Announces a newly launched vest and pitches it as a match for the buyer's purchase "
  "(policy.md B).", lang="zh")
V("proactive", [MKT], "careful", ["coupon"],
  "亲，您的水袋背心已经送到啦。下次再来的话，结算时填 LMHIKE12，能省下一小笔～",
  "Gives a checkout code for a future order, a coupon in a proactive message (policy.md B).",
  lang="zh")
V("proactive", [RI, OFF], "careful", ["incentive", "payment"],
  "亲，如果您愿意在商品页分享一下使用感受，写好后告诉我们您平时收款用的账号，这单的钱我们直接转回给您。",
  "Offers to repay the order for a posted review through the buyer's own payment account, an "
  "incentive paid outside Amazon (policy.md C1 and D5).", lang="zh")
V("proactive", [RI], "careful", ["gating"],
  "黃先生您好，登山杖用起來還順手嗎？如果哪裡不滿意，拜託先傳訊息跟我們說，"
  "我們處理好之後您再去商品頁分享也不遲；用得開心的話，也歡迎上去說幾句喔。",
  "Sends unhappy buyers to the seller before they post and invites only happy ones to post, "
  "which is review gating (policy.md C3).", lang="zh", extra=TT)
V("reply", [OFF], "careful", ["messaging-app"],
  "陳小姐您好，頭燈韌體更新的步驟比較多，文字不好說明。您可以在通訊軟體搜尋 @lmtrail 加我們，"
  "我們用視訊一步一步帶您操作。",
  "Asks the buyer to add the shop on a messaging app by its ID (policy.md D4).", lang="zh",
  extra=TT)
V("reply", [MKT], "careful", ["new-product", "cross-sell"],
  "Hi 小周，你问的那个blister kit暂时还没到货。不过我们刚到了一批merino trail socks，"
  "跟你的gaiters很搭，有兴趣可以去店里看看～",
  "Answers a stock question and then pitches an unrequested new product (policy.md B).",
  lang="zh", extra=MX)

# =====================================================================================
# VIOLATIONS, split over sentences (17)
# =====================================================================================
V("proactive", [RI], "split", ["incentive"],
  "Hi Leilani, thanks for choosing the Heelguard blister kit for your race. Lots of runners "
  "describe how their kit held up on the product page, and we'd be glad if you did too. "
  "Everyone who does this month gets a second kit from us, so just reply here once yours is "
  "posted.",
  "The request to post and the promise of a second kit sit in different sentences but together "
  "offer a free product for a review (policy.md C1).")
V("proactive", [RI], "split", ["gating"],
  "Hope the Glowworm 400 is treating you well on those early starts. We read every review on "
  "Amazon, and happy customers are what keep our little workshop going. If something isn't "
  "right, though, we'd much rather hear it from you here first than read about it there.",
  "Courts reviews from happy buyers and asks unhappy ones to come to the seller instead, spread "
  "over three sentences (policy.md C3).")
V("reply", [RI], "split", ["change-review"],
  "Your refund for the cracked soft flask has gone through, Callum. We noticed the comment you "
  "left on the Runnel page last week is still up. Now that things are sorted, would you mind "
  "taking another look at it?",
  "Points to the buyer's product-page comment and, in a later sentence, asks them to reconsider "
  "it after the refund (policy.md C4).")
V("reply", [OFF], "split", ["email"],
  "We'd like to see the crack in the pole before deciding on a fix. Photos tend to come through "
  "blurry in Amazon messages. Bronwyn checks the workshop inbox all day: "
  "bronwyn@larchmosstrail.com.",
  "Builds up to an e-mail address outside Amazon over three sentences (policy.md D2).")
V("proactive", [OFF], "split", ["social"],
  "Your Talus Gaiters are out for delivery today. We post short fitting videos for them every "
  "week. You'll find them on Instagram under @larchmoss.trails, and you can ask us questions "
  "under any post.",
  "Sends the buyer to an Instagram account for help and questions (policy.md D4).")
V("reply", [OFF], "split", ["url"],
  "About sizing the vest: the chart on Amazon only lists chest measurements. We keep a fuller "
  "chart with torso lengths on our own site. It's at larchmosstrail.com/sizing if you want to "
  "double-check before exchanging.",
  "Points the buyer to the shop's own website for sizing (policy.md D1).")
V("proactive", [MKT], "split", ["discount", "cross-sell", "restock"],
  "Hi Ngozi, your poles are on their way. With summer coming, the Glowworm 400 is back in stock. "
  "It's 30% off until Sunday, and so are the Talus Gaiters, if you want the whole kit for your "
  "next trip.",
  "A restock notice, a time-limited sale and a cross-sell follow the shipping note sentence by "
  "sentence (policy.md B).")
V("proactive", [RI], "split", ["steering"],
  "亲，头灯应该已经到您手上了吧？想在商品页写写使用感受的话随意就好。"
  "不过如果能提一下续航长、亮度够、发货快，对我们帮助会特别大～",
  "First says write anything, then lists the points the buyer should mention, steering the "
  "review (policy.md C7).", lang="zh")
V("reply", [OFF], "split", ["phone"],
  "亲，充电线的问题我们需要确认一下您手上的批次。文字里说不清楚。"
  "方便的话直接拨我们美国仓的号码 +1 (208) 555-0107，工作日都有人接。",
  "Leads over two sentences to a warehouse phone number for support outside Amazon (policy.md "
  "D3).", lang="zh")
V("reply", [OFF], "split", ["qr", "diversion"],
  "亲，包装盒里有一张绿色的小卡片。卡片背面有个二维码，扫一下就能直接找到我们的售后，不用在亚马逊上等回复。",
  "Points to a QR code on the box insert that takes support off Amazon (policy.md D1, D6 and "
  "section e.3).", lang="zh")
V("proactive", [MKT], "split", ["referral", "discount"],
  "亲，感谢您选择Larchmoss的水泡贴。身边有一起爬山的朋友吗？把您的订单号告诉他，他下单时报上这个号，你们两位各减5美元。",
  "A referral scheme with money off for both people, built over three sentences (policy.md B).",
  lang="zh")
V("reply", [MKT], "split", ["bundle"],
  "亲，您问的鞋套尺码我们查过了，M码适合42到44码的鞋。另外，这周鞋套和登山杖一起拍的话，第二件半价。",
  "Answers the sizing question, then adds an unrequested second-item-half-price promotion "
  "(policy.md B).", lang="zh")
V("proactive", [RI, OFF], "split", ["rating-request", "incentive", "messaging-app", "payment"],
  "亲，水袋背心用得还好吗？我们想请老客户帮个忙，在商品页留个好评。留完加我们微信 larchmoss_trail，"
  "发个截图，红包马上到。",
  "Asks for a 好评, then sends the buyer to WeChat to collect a cash red packet for it "
  "(policy.md C1, C2, D4 and D5).", lang="zh")
V("proactive", [OFF, MKT], "split", ["social", "coupon"],
  "亲，我们在小红书上开了店铺号。搜Larchmoss Trail就能找到。关注后私信小林，会给您发一张下单立减的券。",
  "Sends the buyer to a Xiaohongshu account and promises a money-off voucher for following "
  "(policy.md D4 and B).", lang="zh")
V("proactive", [RI, MKT], "split", ["incentive", "discount"],
  "吳先生您好，登山杖收到了嗎？我們很想知道您的使用心得，歡迎寫在商品頁上。"
  "寫好之後跟我們說一聲，下一筆訂單我們直接幫您打九折喔。",
  "Invites a write-up on the product page and, in the next sentence, rewards it with 10% off "
  "the next order (policy.md C1 and B).", lang="zh", extra=TT)
V("reply", [OFF, MKT], "split", ["url", "diversion", "discount"],
  "蔡小姐您好，頭燈的替換電池目前亞馬遜賣場缺貨。不過我們自己的網站還有庫存。"
  "從這個連結下單 larch.link/battery，價格還比亞馬遜便宜一點喔。",
  "Sends the buyer to buy on the shop's own site through a short link, at a lower price than on "
  "Amazon (policy.md D1, D6 and B).", lang="zh", extra=TT)
V("proactive", [MKT], "split", ["new-product", "discount"],
  "Hi Callum，你的headlamp昨天已经签收了。Next month we launch the Glowworm 1200. "
  "老客户提前下单可以享受早鸟价，记得留意哦。",
  "A product launch and an early-bird price follow a delivery note (policy.md B).", lang="zh",
  extra=MX)

# =====================================================================================
# EVASIONS (30)
# =====================================================================================
E("proactive", [RI], ["rating-request"], ["homoglyph"],
  "Hi Callum, hope the Glowworm 900R made those night hikes easier. If it did, please leave us "
  "a 5-st" + CY_A + "r r" + CY_E + "vi" + CY_E + "w on Amazon!",
  "A 5-star review request with Cyrillic letters inside star and review (policy.md C2, section "
  "e).")
E("reply", [RI], ["incentive"], ["leetspeak"],
  "Glad the poles arrived in one piece! Post a r3v13w of the Scree Stick poles and we'll s3nd "
  "you a fr33 pair of carbide tips, no questions asked.",
  "Offers free tips for a review, with digits standing in for letters (policy.md C1, section "
  "e).")
E("reply", [RI], ["change-review"], ["spacing"],
  "Your replacement flask shipped this morning. When you have a moment, could you please "
  "u p d a t e your r e v i e w? It would mean a lot to a small shop like ours.",
  "Asks the buyer to update a review, with the key words spaced out letter by letter (policy.md "
  "C4, section e).")
E("proactive", [RI], ["rating-request"], ["emoji"],
  "If the Runnel vest kept you going on those long climbs, we'd love to see "
  + STAR_EMOJI * 5 + " from you on Amazon!",
  "Asks for a five-star rating spelled with star emoji (policy.md C2 and section e).")
E("reply", [OFF], ["email"], ["spelled-email"],
  "Send the photos of the torn gaiter strap to larchmoss dot care at gmail dot com and we'll "
  "sort you out faster than through here.",
  "A spelled-out e-mail address offered as a faster channel than Amazon (policy.md D2).")
E("reply", [OFF], ["phone"], ["number-words"],
  "Text Teodor at five zero three, five five five, zero one six three if the headlamp still "
  "won't charge from the dock.",
  "A phone number written out in words (policy.md D3, section e).")
E("reply", [OFF], ["messaging-app", "phone"], ["zero-width", "number-words"],
  "Message us on What" + ZW + "sApp: one five oh three, five five five, oh one seven one. We'll "
  "get a new bite valve out to you today.",
  "WhatsApp split by a zero-width space and a number in words (policy.md D3 and D4).")
E("proactive", [OFF], ["messaging-app"], ["fullwidth"],
  "Hi Solveig, for faster support on your hydration vest, add us on " + fw("Telegram") + ": "
  + fw("@") + "larchmoss_help and we'll reply within the hour.",
  "A Telegram handle written in full-width letters (policy.md D4, section e).")
E("proactive", [MKT], ["coupon"], ["zero-width"],
  "Thanks for your order! Enjoy 20% o" + ZW + "ff your next one with co" + ZW + "de TRAIL" + ZW
  + "HEAD20.",
  "A discount code with zero-width spaces hidden inside off, code and the code itself "
  "(policy.md B).")
E("proactive", [MKT], ["discount"], ["leetspeak"],
  "Thanks for shopping Larchmoss! Our whole h3adlamp range is 40% 0ff this weekend, so grab a "
  "sp4re for your running buddy.",
  "A weekend sale written with digits for letters (policy.md B).")
E("proactive", [RI, MKT], ["rating-request", "incentive", "discount"], ["emoji"],
  "Loved your Talus Gaiters? Leave " + BLACK_STAR * 5 + " on the product page and your next "
  "order ships with 15% off " + GIFT,
  "Five stars asked for with star symbols and paid with money off the next order (policy.md "
  "C1, C2 and B).")
E("proactive", [OFF], ["url"], ["homoglyph"],
  "Hi Magnus, to activate the two-year warranty on your poles, register them at l" + CY_A
  + "rchmosstr" + CY_A + "il." + CY_C + GR_O + "m/warranty within 30 days.",
  "A link to the shop's own site with Cyrillic and Greek look-alike letters in the domain "
  "(policy.md D1).")
E("proactive", [RI], ["gating"], ["homoglyph"],
  "Happy with your blister kit? A quick r" + CY_E + "v" + CY_I + CY_E + "w would mean a lot. "
  "Not quite right? Please talk to us here first, before you write one.",
  "Review gating with Cyrillic letters inside review (policy.md C3).")

E("proactive", [RI], ["rating-request", "incentive"], ["separator"],
  "亲，收到登山杖后给个好*评，截图发我们，返*现8美元哦～",
  "好评返现 with asterisks inside both words (policy.md C1 and C2, section e).", lang="zh")
E("proactive", [RI], ["rating-request", "incentive"], ["pinyin"],
  "亲，头灯满意的话麻烦给个haoping，晒图后fanxian十美元～",
  "好评 and 返现 written in pinyin (policy.md C1 and C2, section e).", lang="zh")
E("reply", [RI], ["change-review"], ["spacing"],
  "亲，退款已经给您处理好了，麻烦您有空把 评 价 改 一 下，谢谢亲～",
  "Asks the buyer to change the review after a refund, with the characters spaced apart "
  "(policy.md C4).", lang="zh")
E("proactive", [RI], ["rating-request"], ["homophone"],
  "亲，登山杖用得顺手的话，帮忙给个五星好苹呀，小店真的不容易～",
  "好苹 is a homophone of 好评, so this asks for a five-star review (policy.md C2, section e).",
  lang="zh")
E("proactive", [RI], ["gating"], ["zero-width"],
  "亲，鞋套满意的话请去留个评" + ZW + "价；不满意的话千万先找我们，别直接差" + ZW + "评哦。",
  "Review gating with zero-width spaces inside 评价 and 差评 (policy.md C3).", lang="zh")
E("reply", [OFF], ["messaging-app", "phone"], ["homophone", "cn-numerals"],
  "亲，这个问题加一下我们的薇信聊更方便，号就是手机号：一五零三五五五零一三六。",
  "薇信 stands for 微信 and the phone number is written in Chinese numerals (policy.md D3 and D4).",
  lang="zh")
E("reply", [OFF], ["messaging-app"], ["pinyin"],
  "亲，锁扣的视频太大发不了，您加下weixin：larchmoss_trail，我直接发您。",
  "WeChat written in pinyin with the account ID (policy.md D4).", lang="zh")
E("reply", [OFF], ["phone"], ["cn-numerals"],
  "亲，充电的问题直接打给我们吧：五零三 五五五 零一二九，小林接。",
  "A phone number in Chinese numerals (policy.md D3, section e).", lang="zh")
E("reply", [OFF], ["email"], ["fullwidth"],
  "亲，请把水袋漏水处的照片发到 " + fw("help@larchmosstrail.com") + "，我们会尽快处理。",
  "An e-mail address in full-width characters (policy.md D2).", lang="zh")
E("proactive", [MKT], ["coupon", "discount"], ["separator"],
  "亲，下单输入 LM-RUN-15 享优/惠，全店徒步装备8/折起～",
  "A coupon code and a storewide sale with slashes inside 优惠 and 8折 (policy.md B).",
  lang="zh")
E("proactive", [MKT], ["discount", "bundle"], ["pinyin"],
  "亲，本周末店铺youhui大放送，头灯第二件dazhe半价，欢迎再来～",
  "A weekend sale and second-item deal with 优惠 and 打折 in pinyin (policy.md B).", lang="zh")
E("proactive", [MKT], ["new-product", "discount"], ["spacing"],
  "亲，我们的 新 品 越野跑背心上线了，老客户专享 折 扣，快来看看！",
  "A new-product launch and a returning-customer discount with the key characters spaced out "
  "(policy.md B).", lang="zh")

E("reply", [OFF], ["messaging-app"], ["spacing"],
  "您好，頭燈韌體的問題比較複雜，麻煩加我們 L I N E：@lmtrail，我們直接視訊教您喔。",
  "A LINE ID with the app name spaced out (policy.md D4).", lang="zh", extra=TT)
E("proactive", [MKT], ["coupon"], ["fullwidth"],
  "您好，感謝購買綁腿。下次結帳輸入 " + fw("LARCH20") + " 即可享優惠，全館適用喔！",
  "A coupon code in full-width characters (policy.md B).", lang="zh", extra=TT)
E("proactive", [RI, OFF], ["rating-request", "incentive", "messaging-app", "payment"],
  ["separator", "homophone"],
  "您好，登山杖用得滿意的話，給個好/評，截圖傳到我們的賴 @lmtrail，馬上轉帳給您一百元。",
  "好評 split by a slash, 賴 as slang for LINE, and a bank transfer for the review (policy.md "
  "C1, C2, D4 and D5).", lang="zh", extra=TT)

E("proactive", [MKT], ["coupon"], ["leetspeak"],
  "Hi 王先生，thanks for ordering！下次买记得用code L4RCH10，全店 ten percent 0ff哦～",
  "A coupon code and a storewide percentage off with digits for letters (policy.md B).",
  lang="zh", extra=MX)
E("reply", [OFF, MKT], ["email", "vip-list"], ["spelled-email"],
  "你好 Ms. Kowalczyk～想拿到我们的members-only deals吗？发邮件到 larchmoss dot deals at gmail "
  "dot com 登记一下，每个月我们会把优惠清单发给你。",
  "A spelled-out e-mail address to join a members' deals list (policy.md D2 and B).",
  lang="zh", extra=MX)

# =====================================================================================
# NEAR-MISSES (50): trigger words, compliant for the three policies
# =====================================================================================
N("reply", "review-word",
  "Hi Magnus, we reviewed your return request for the Glowworm 900R and approved it. Please "
  "start the return from Your Orders on Amazon and use the prepaid label Amazon provides; the "
  "refund follows once the headlamp is scanned back in.",
  "Reviewed here means checked a return request, and the return runs through Amazon (policy.md "
  "A, returns).")
N("reply", "remedy",
  "We've issued a full refund for the Runnel 8L with the split seam, Solveig. You don't need to "
  "send it back; please recycle it or pass it on.",
  "A refund as a remedy with no link to any review (policy.md C, allowed near-misses).")
N("reply", "remedy",
  "A replacement pair of Talus Gaiters has gone out to you free of charge. The new tracking "
  "number is 1Z7W48E90394418826, and UPS expects to deliver on Thursday.",
  "A free replacement is a remedy, not a promotion, and the tracking number is not contact data "
  "(policy.md B and D, allowed near-misses).")
N("reply", "lookalike-number",
  "Your order 114-2387716-4405129 left our warehouse this morning. USPS tracking is 9400 1118 "
  "9922 4408 3176 25, and they're showing Friday for delivery.",
  "An order id and a long tracking number are not phone numbers (policy.md D, allowed "
  "near-misses).")
N("reply", "negation",
  "Thanks for telling us about the review you left. To be clear, we will never ask you to "
  "change or remove it; it's your honest opinion and it helps other hikers. As for the lock: "
  "twist the lower section clockwise until it clicks, then pull to check it holds.",
  "Promises not to ask for a change and asks for nothing, so there is no inducement (policy.md "
  "C4, negation).")
N("proactive", "neutral-request",
  "Hi Solveig, regarding order 111-5049263-7718820: now that you've had the Heelguard kit for a "
  "week, we'd appreciate it if you shared your experience with other customers on Amazon, "
  "whatever it is. Thank you.",
  "A single neutral review request with no rating, condition or reward (interface.md; policy.md "
  "section b, neutral wording).")
N("proactive", "neutral-request",
  "Hello Dev, about order 112-9061348-3357702. If you'd like to share your honest opinion of the "
  "Scree Stick AL poles, good or bad, you can do it here: "
  "https://www.amazon.com/review/create-review?asin=B0C7LM4T2K. Either way, thanks for shopping "
  "with us.",
  "A neutral request that links to Amazon's own review page, which is not an off-platform link "
  "(policy.md C and D1).")
N("reply", "answer",
  "Good question, Ngozi. The price of the spare 1.5 L bladder for the Runnel 12L is $24.99 on "
  "Amazon right now, and it's in stock.",
  "States the price of an item the buyer asked about, which is customer service rather than "
  "promotion (policy.md B).")
N("reply", "answer",
  "You mentioned seeing a 10% coupon on the listing page. That's an Amazon coupon: tick the box "
  "under the price and it's applied at checkout, no code needed.",
  "Explains an Amazon coupon the buyer asked about (policy.md B, allowed near-misses).")
N("reply", "refusal",
  "Sorry, Mr. Abernathy, we're not able to send discount codes through messages. The price you "
  "see on Amazon is the price we can offer.",
  "Declines the buyer's request for a code and promotes nothing (policy.md B).")
N("reply", "feedback-notice",
  "We're glad the replacement headlamp works and that the charging issue is resolved. If you "
  "are satisfied that we have resolved your concerns, it is possible to update or remove the "
  "seller feedback you originally left; that is entirely up to you.",
  "Amazon's own acceptable neutral notice about seller feedback after resolution, with no "
  "pressure or reward (policy.md C5 allowed form).")
N("reply", "product-word",
  "The red 'Starlight' setting on the Glowworm 400 is the dimmest mode, made for reading a map "
  "without waking the tent. Hold the button for three seconds from off to reach it.",
  "Starlight is a mode name, not a rating request (policy.md C, product facts).")
N("reply", "quoted-buyer",
  "You asked, 'Can I just call you instead?' We handle everything through Amazon messages, so "
  "reply here any time and one of us will answer within a day.",
  "Quotes the buyer's question and keeps the contact on Amazon (policy.md D, quoted text).")
N("reply", "product-word",
  "The Glowworm 900R doesn't connect to your phone or show WhatsApp notifications; it's a plain "
  "rechargeable headlamp with a USB-C port.",
  "WhatsApp is named as a feature the product lacks, not as a contact channel (policy.md D, "
  "product features).")
N("reply", "product-word",
  "The bladder in the Runnel 12L is BPA-free, and the Free Flow bite valve twists a quarter turn "
  "to lock. The hose line runs under the left strap by default; unclip the guide to move it to "
  "the right.",
  "Free and line are product words here (policy.md B, product-spec words).")
N("reply", "logistics-word",
  "We've cancelled the duplicate order you asked us to cancel (113-4418290-6620513). The refund "
  "will show on your card in 3 to 5 business days.",
  "The seller acts on the buyer's own cancellation request; refund and order id are logistics "
  "(policy.md A, allowed near-misses).")
N("proactive", "lookalike-number",
  "Hi Leilani, regarding order 111-8837025-1049936: the Talus Gaiters in size L will ship two "
  "days later than estimated because the carrier missed our Tuesday pickup. We're sorry for the "
  "wait.",
  "A proactive delay notice with an order id, which is a permitted message (policy.md A).")
N("reply", "review-thanks",
  "Thank you for mentioning your 5-star review, Callum, that made our week. To answer your "
  "question: yes, the carbide tips unscrew with a 10 mm wrench.",
  "Thanks a buyer for a review they brought up and answers a question, without asking for "
  "anything (policy.md C, allowed near-misses).")
N("reply", "answer",
  "No need to register the warranty anywhere, Leilani. Your Amazon order is the record; if a "
  "pole section fails within two years, message us from Your Orders and we'll send a "
  "replacement section.",
  "Keeps warranty handling inside Amazon, with no outside registration (policy.md D).")
N("reply", "negation",
  "We're sorry the gaiter strap snapped on your first outing, and we've refunded you in full. "
  "Whatever you decide to write about it on Amazon is your call; we won't ask you to hold back "
  "or change anything.",
  "Mentions reviews after a refund but asks for nothing and disclaims any influence (policy.md "
  "C4 and section b case study; judgement call 5).")
N("reply", "answer",
  "Amazon may send you an email in a few days asking for a review. That comes from Amazon "
  "automatically, not from us, and you're free to ignore it.",
  "Informs the buyer about Amazon's automatic review e-mail (policy.md C, allowed near-misses).")
N("reply", "product-word",
  "The Glowworm 400 carries an IPX4 rating, so rain and splashes are fine, but it isn't made to "
  "go underwater. If it flickered after the creek crossing, dry the battery contacts and charge "
  "it fully before the next use.",
  "Rating is a water-resistance rating, not a review rating (policy.md C, product facts).")
N("reply", "answer",
  "You're right that the price dropped two days after your order. That was a Lightning Deal "
  "Amazon ran on the listing for a few hours, and we're not able to change the price of an "
  "order that has already been placed. Sorry we don't have a better answer.",
  "Explains a past Amazon deal the buyer asked about and offers nothing (policy.md B).")

N("reply", "review-word",
  "亲，您的退货申请我们已经审核通过了，请在亚马逊“我的订单”里提交退货，用亚马逊提供的退货标签寄回，"
  "收到后马上给您退款。",
  "审核 and 退款 belong to a return handled through Amazon (policy.md A, returns).", lang="zh")
N("reply", "remedy",
  "亲，已经为您免费补发了一副鞋套，单号 TBA520938174602，预计周四送达。",
  "A free replacement as a remedy, with a tracking number (policy.md B, allowed near-misses).",
  lang="zh")
N("reply", "substring",
  "亲，您提到的那篇户外杂志评测我们也看到了，里面说的杖尖磨损问题，新批次已经换成了碳化钨杖尖。",
  "评测 is a magazine test, not a review request (policy.md section 0.4, substring traps).",
  lang="zh")
N("reply", "substring",
  "亲，我们的工程师检索评测数据后确认，这款头灯在零下十度时续航会缩短三成左右，属于锂电池的正常现象。",
  "检索评测 contains 索评 only across a word boundary (policy.md section 0.4).", lang="zh")
N("reply", "negation",
  "亲，我们不会要求您修改或删除评价，评价是您的真实感受。您反馈的杖尖松动问题，我们已经给您补发了新的锁扣。",
  "States that the seller will not ask for a change, then reports a remedy (policy.md C4, "
  "negation).", lang="zh")
N("proactive", "neutral-request",
  "您好，订单号 112-6603917-8845021 的登山杖已经用了一段时间了，如果方便的话，欢迎在商品页面分享您的真实使用体验，"
  "好的不好的都可以写。谢谢！",
  "A single neutral review request that welcomes good or bad experiences (policy.md section b, "
  "欢迎您在商品页面分享真实的使用体验).", lang="zh")
N("reply", "feedback-notice",
  "亲，很高兴补发的头灯一切正常。如果您认为问题已经解决，您可以自行选择是否更新或移除之前留下的卖家反馈，完全由您决定。",
  "The neutral seller-feedback notice after resolution that policy.md gives as the allowed form "
  "(policy.md C5).", lang="zh")
N("reply", "answer",
  "亲，您问的备用软水壶单价是12.99美元，目前没有额外的优惠活动，页面上的价格就是实际价格。",
  "Answers the buyer's price question and says there is no promotion (policy.md B).", lang="zh")
N("reply", "answer",
  "亲，您看到的那张5%的优惠券是亚马逊页面上的，勾选一下，结算时会自动抵扣，不需要另外输入优惠码。",
  "Explains an Amazon coupon the buyer asked about; no code is given (policy.md B, allowed "
  "near-misses).", lang="zh")
N("reply", "refusal",
  "亲，不好意思，我们没办法在消息里单独给您发折扣码，页面标价就是目前能给到的价格，请您理解。",
  "Declines to give a discount code (policy.md B).", lang="zh")
N("reply", "logistics-word",
  "亲，已按您的要求取消了重复下单的那一笔（订单号 113-2290476-5518834），款项会原路退回您的支付方式。",
  "Cancels a duplicate order the buyer asked to cancel (policy.md A, allowed near-misses).",
  lang="zh")
N("reply", "logistics-word",
  "亲，收货地址已经帮您修改好了，仓库今天下午发货，不影响到货时间。",
  "修改 refers to a delivery address (policy.md section 0.4).", lang="zh")
N("reply", "product-word",
  "亲，这款头灯没有蓝牙功能，不能连手机，也没有微信小程序，就是普通的充电头灯，Type-C口充电。",
  "微信 is named as a feature the product lacks (policy.md D, product features).", lang="zh")
N("reply", "quoted-buyer",
  "亲，您问“能不能加个微信方便联系”——不好意思，按平台规定我们只能在亚马逊站内沟通，有任何问题直接在这里留言，"
  "我们24小时内回复。",
  "Quotes the buyer's request for WeChat and declines it (policy.md D).", lang="zh")
N("reply", "review-thanks",
  "亲，谢谢您告诉我们已经给了好评，大家看到都特别开心！您问的杖尖保护套，包装里有两对，在手柄那层的小袋子里。",
  "Thanks the buyer for a review they mentioned and answers their question (policy.md C, "
  "感谢您的好评 as a reply).", lang="zh")
N("reply", "product-word",
  "亲，头灯的“星光模式”是超低亮度的红光，适合夜里看地图，不会晃到同伴，关机状态下长按两秒就能进入。",
  "星光模式 is a mode name (policy.md C, product facts).", lang="zh")
N("proactive", "lookalike-number",
  "您好，订单 114-7052816-3390471 的水袋背心因为物流公司揽收延误，预计晚两天发出，给您带来不便非常抱歉。",
  "A delay notice with an order id (policy.md A, allowed near-misses).", lang="zh")
N("reply", "remedy",
  "亲，漏水的软水壶不用寄回了，我们已经给您全额退款，3到5个工作日到账。给您添麻烦了。",
  "A full refund as a remedy with nothing asked in return (policy.md C, allowed near-misses).",
  lang="zh")
N("reply", "amazon-page",
  "亲，退货可以直接在亚马逊的订单页面操作：amazon.com/gp/css/order-history，找到这笔订单，点“退货或换货”就行。",
  "Links to Amazon's own order page for a return (policy.md D, allowed near-misses).", lang="zh")
N("reply", "answer",
  "亲，您问在哪里写评价：在亚马逊“我的订单”里找到这笔订单，点“写商品评论”就可以，写什么、打几颗星都由您自己决定。",
  "Answers the buyer's own question about where to review, with no steer on rating or content "
  "(policy.md C).", lang="zh")

N("reply", "review-word",
  "您好，您的退貨申請我們已經審核完畢，退款會在收到商品後三個工作天內退回原付款方式喔。",
  "審核 and 退款 belong to an Amazon return (policy.md A, returns).", lang="zh", extra=TT)
N("reply", "remedy",
  "黃先生您好，補寄的登山杖下節已經免費寄出，追蹤編號 1Z9F31A70428815530，預計週五送達。",
  "A free replacement part with a tracking number (policy.md B, allowed near-misses).",
  lang="zh", extra=TT)
N("reply", "negation",
  "蔡小姐您好，我們不會請您修改或刪除評論，評論怎麼寫完全是您的決定。杖尖鬆動的問題，我們已經幫您換了一組新的喔。",
  "Says the seller will not ask for a change and reports a remedy (policy.md C4, negation).",
  lang="zh", extra=TT)
N("reply", "answer",
  "您好，您看到的折價券是亞馬遜頁面上的活動，勾選後結帳時會自動折抵，不需要另外輸入代碼喔。",
  "Explains an Amazon coupon the buyer asked about (policy.md B, allowed near-misses).",
  lang="zh", extra=TT)
N("reply", "refusal",
  "陳生你好，你問嘅LINE帳號我哋冇㗎，所有售後都喺亞馬遜站內處理，有咩問題喺呢度留言就得。",
  "Tells the buyer there is no LINE account and keeps support on Amazon (policy.md D).",
  lang="zh", extra=TC)

N("reply", "remedy",
  "Hi 刘女士，refund已经处理好了，金额是$34.99，大概3-5个business days回到你的card上。Sorry for the "
  "trouble!",
  "A refund as a remedy (policy.md C, allowed near-misses).", lang="zh", extra=MX)
N("reply", "answer",
  "你好 Magnus，你问的coupon是Amazon页面上的，结账时自动扣，no code needed。我们这边没有其他的code可以给你，"
  "不好意思。",
  "Explains an Amazon coupon and says no code can be offered (policy.md B, allowed "
  "near-misses).", lang="zh", extra=MX)

# =====================================================================================
# CLEAN (29): compliant, no trigger words
# =====================================================================================
C("reply",
  "Hi Ngozi, the Runnel 8L comes in two sizes. With a 36-inch chest you'll be in the S/M; the "
  "side straps give about four inches of adjustment either way.",
  "A sizing answer (policy.md A, customer service).")
C("reply",
  "The Talus Gaiters attach with a hook at the front lace and a strap under the instep. Thread "
  "the strap before you put your shoe on; it's much easier that way.",
  "Fitting instructions the buyer asked for (policy.md A).")
C("reply",
  "Yes, the Scree Stick C3 poles collapse to 62 cm, so they'll fit in most 40-litre packs. The "
  "rubber paws push on over the tips for pavement.",
  "A product question answered (policy.md A).")
C("reply",
  "Sorry to hear about the blisters on your first long run! For hot spots, the larger oval "
  "patches in the kit work best on the heel; warm them in your hands for a minute so they "
  "stick.",
  "Usage advice in reply to a problem (policy.md A).")
C("proactive",
  "Hi Leilani, a quick note about your gaiters: the carrier reports a weather hold at their "
  "Denver hub, so delivery will be about two days later than first shown. We're keeping an eye "
  "on it.",
  "A proactive notice of an unexpected delivery problem (policy.md A, allowed near-misses).")
C("reply",
  "The headlamp charges fully in about three hours from a standard USB-C wall plug. The light on "
  "the side turns green when it's done.",
  "A charging answer (policy.md A).")
C("reply",
  "Thanks for the detail, Mr. Abernathy. That clicking sound is the flick-lock settling; tighten "
  "the small screw on the lock a quarter turn with a coin and it should stop.",
  "Troubleshooting in reply to a buyer (policy.md A).")
C("reply",
  "The soft flasks are fine with electrolyte mixes. Rinse them with warm water after each run "
  "and leave them open to dry.",
  "Care advice the buyer asked for (policy.md A).")
C("reply",
  "Good morning Solveig. The vest doesn't need any special care: hand wash it in cool water and "
  "hang it to dry away from direct sun.",
  "Care advice (policy.md A).")
C("reply",
  "We're sorry the package is late. The carrier's latest scan shows it in Reno this morning; "
  "we'll keep watching and write again if it stalls.",
  "A delivery-status reply (policy.md A).")
C("reply",
  "The blister kit is fine to carry on a plane; nothing in it is sharp and there are no liquids "
  "over the limit.",
  "A product question answered (policy.md A).")
C("reply",
  "Both poles in the pair are identical, so there's no left or right. Set them to the same "
  "length for flat ground and shorten them a little for climbs.",
  "Usage advice (policy.md A).")
C("proactive",
  "Hi Dev, before we can ship your engraved pole handles, could you confirm the spelling of the "
  "name you'd like: 'Aurelio' or 'Aurellio'? We'll send them as soon as we hear back.",
  "Verifying a custom design is a permitted proactive message (policy.md A).")

C("reply", "亲，鞋套的M码适合42到44码的鞋子，您穿43码选M就可以。",
  "A sizing answer (policy.md A).", lang="zh")
C("reply", "亲，头灯戴久了额头会有点压，可以把后面的绑带往下挪一点，重量就分散到后脑勺了。",
  "Usage advice (policy.md A).", lang="zh")
C("reply", "亲，登山杖最长可以调到135厘米，身高一米八以内都够用。",
  "A product question answered (policy.md A).", lang="zh")
C("reply", "亲，长距离徒步前一晚先把容易磨的地方贴上，比起出了泡再处理要舒服得多。",
  "Usage advice for the blister kit (policy.md A).", lang="zh")
C("proactive", "您好，您的包裹目前在洛杉矶转运中心，受暴雪影响可能会晚一两天到，我们会一直跟进。",
  "A proactive delivery-problem notice (policy.md A).", lang="zh")
C("reply", "亲，软水壶第一次用之前可以装点温水加一小勺小苏打泡一晚，塑料味会淡很多。",
  "Care advice (policy.md A).", lang="zh")
C("reply", "亲，杖尖磨到露出金属圈就说明快到寿命了，一般走个几百公里没问题。",
  "A product question answered (policy.md A).", lang="zh")
C("reply", "亲，背心胸前的两根松紧绳可以上下滑动，跑起来晃的话往上挪一格试试。",
  "Fitting advice (policy.md A).", lang="zh")
C("reply", "亲，鞋套底下那根绑带是可以拆下来的，走沙地的时候建议装上，走城市路面可以先拿掉。",
  "Usage advice (policy.md A).", lang="zh")
C("reply", "亲，您问的头灯能不能戴在头盔上：可以的，包装里有两个头盔卡扣，装在头盔侧面就行。",
  "A product question answered (policy.md A).", lang="zh")
C("proactive", "您好，您下单的头灯需要确认一下插头规格，您要美规还是欧规的充电头？收到回复后我们马上安排发出。",
  "Asks for information needed to complete the order (policy.md A).", lang="zh")
C("reply", "亲，头灯的头带可以拆下来手洗，晾干后再装回去就行。",
  "Care advice (policy.md A).", lang="zh")

C("reply", "您好，綁腿的L號適合45到47號的鞋，您穿46號的話選L剛好喔。",
  "A sizing answer (policy.md A).", lang="zh", extra=TT)
C("reply", "您好，頭燈可以用行動電源充電，邊走邊充也沒問題，只是充電時亮度會自動調低一點。",
  "A product question answered (policy.md A).", lang="zh", extra=TT)
C("reply", "你好，行山杖嘅杖尖保護套喺手柄下面嗰個小袋度，一共兩對，唔使另外買。",
  "Tells the buyer where the included tip protectors are (policy.md A).", lang="zh", extra=TC)

C("reply", "Hi 小周，你的vest应该是S/M size，chest 36 inch刚好，side straps还能再调大概四inch。",
  "A sizing answer (policy.md A).", lang="zh", extra=MX)


SUBTYPES = {
    MKT: ["coupon", "discount", "new-product", "cross-sell", "bundle", "buy-again", "restock",
          "referral", "vip-list", "giveaway"],
    OFF: ["email", "phone", "messaging-app", "social", "url", "payment", "diversion", "qr"],
    RI: ["incentive", "rating-request", "gating", "steering", "change-review",
         "feedback-removal"],
}
OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}


def order_tags(cat, labels, tags):
    """category, style, subtypes grouped by label in label order, then the rest as written."""
    head = [t for t in tags if t in ("plain", "careful", "split")]
    subs = [t for t in tags if t in OWNER]
    rest = [t for t in tags if t not in OWNER and t not in head]
    subs.sort(key=lambda s: labels.index(OWNER[s]))   # stable: keeps the written order
    return [cat] + head + subs + rest


def records():
    # labels sorted alphabetically (the brief's order); category tag first
    rows = []
    for r in RECORDS:
        labels = sorted(r["labels"])
        rows.append({"text": r["text"], "labels": labels, "lang": r["lang"],
                     "tags": order_tags(r["cat"], labels, r["tags"]), "note": r["note"],
                     "context": r["ctx"]})
    random.Random(53).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "h53-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"],
                    "context": r["context"]})
    return out


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RECORDS), OUT))


if __name__ == "__main__":
    main()
