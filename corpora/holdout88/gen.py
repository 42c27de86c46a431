#!/usr/bin/env python3
"""Builds holdout88.jsonl: 160 hand-labelled buyer messages from an invented Amazon seller,
Hollowmere Scent House (reed diffusers, ultrasonic diffusers, candles, room sprays, refill oils,
car vent clips).

Hard-to-see characters are spelled below as ZW (zero-width space), CY_E / CY_A (Cyrillic e / a),
STAR (the emoji star) and fw() (full-width Latin).  They are written into the JSON file as
themselves, never as escape text.

Records are shuffled with random.Random(88) and numbered h88-001 ... h88-160.
Run: python3 gen.py   (writes holdout88.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout88.jsonl")

ZW = "\u200b"          # zero-width space
CY_E = "\u0435"        # Cyrillic small e, looks like Latin e
CY_A = "\u0430"        # Cyrillic small a, looks like Latin a
STAR = "\u2b50"        # emoji star


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.'."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


M, O, R = "marketing", "off-platform-contact", "review-inducement"

RAW = []


def rec(text, labels, lang, tags, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


# =====================================================================================
# VIOLATIONS (60): English 27, Simplified 19, Traditional 11, mixed 3
# =====================================================================================

# ---- English, careful (11): no textbook keyword, the offer or request in ordinary words
rec("Hi Philomena, your two Lanternmoss candles left our bench this morning. When you're "
    "ready for the next pair, type GLOW20 in the box at checkout and the total drops by a "
    "fifth.",
    [M], "en", ["violation", "careful", "coupon"],
    "A code for a fifth off the next purchase, added to a shipping note; a coupon in all but "
    "name (policy.md B).")
rec("Jasper, a quick pointer about the Brackenway diffuser: a 200 ml bottle of Stillbrook oil "
    "lasts most homes about seven weeks. If you set Amazon to send a bottle on that schedule "
    "now, a fresh one will always be waiting before the reeds run dry, and you'll never have "
    "to think about it again.",
    [M], "en", ["violation", "careful", "subscription"],
    "Pushes a standing repeat purchase of refill oil; a subscription push is a marketing "
    "call to action even through Amazon (policy.md B).")
rec("Good news for your mantelpiece, Mrs. Haverford: the Smoked Vetiver candle is poured "
    "again and back in our shop as of this morning. The last batch was gone in nine days, so "
    "we wouldn't leave it long.",
    [M], "en", ["violation", "careful", "restock"],
    "Unprompted back-in-stock notice with urgency; promotional, not needed for any order "
    "(policy.md B).")
rec("Cormac, thanks for picking the Nimbra A3. We've since boxed the same diffuser with four "
    "of its matching oils as one set, and the set comes out well under what the five pieces "
    "cost one by one. Worth a look if anyone on your list is after one.",
    [M], "en", ["violation", "careful", "bundle"],
    "Advertises a cheaper bundle to an existing buyer (policy.md B).")
rec("Now that the car smells of cedar and fig, Dagny, you might like the same blend at home. "
    "The Lanternmoss candle in that scent is poured from the very oil inside your vent clip, "
    "and it sits right beside it in our shop.",
    [M], "en", ["violation", "careful", "cross-sell"],
    "Recommends another product of the shop to a buyer of the car clip; cross-selling "
    "(policy.md B).")
rec("Wilhelmina, if someone you know orders a Brackenway set and writes your name in the "
    "order note, we'll tuck an extra bottle of Stillbrook oil into both of your next parcels. "
    "Pass the word along whenever it comes up.",
    [M], "en", ["violation", "careful", "referral"],
    "A reward for bringing in a friend, without the word refer; referral marketing "
    "(policy.md B).")
rec("We keep a short list of regular customers who hear about each new pour a week before it "
    "goes live, and who pay a little less than everyone else when it does. Reply with a yes, "
    "Lucinda, and we'll put your name down.",
    [M], "en", ["violation", "careful", "discount", "vip-list"],
    "An insiders' list with early access and lower prices; a VIP club in ordinary words "
    "(policy.md B).")
rec("Once you've lived with the Nimbra for a week, Percival, tell other shoppers on its "
    "Amazon page what you make of it. When you've posted, drop us a note here and a bottle of "
    "Stillbrook oil will be on its way to you as our thanks.",
    [R], "en", ["violation", "careful", "incentive"],
    "A product sent in return for posting on the product page; compensation for a review "
    "(policy.md C1).")
rec("Greer, the new candle reached you on Monday and we've since fixed the wick batch that "
    "caused the tunnelling. The one-out-of-five you posted on the listing now describes a "
    "problem that no longer exists. Would you revisit those words so they match how things "
    "stand today?",
    [R], "en", ["violation", "careful", "change-review"],
    "Asks the buyer to revise a product review after resolution, which is never allowed "
    "(policy.md C4, section e point 6).")
rec("If the Duskhaven spray smells the way you hoped, Ms. Nwachukwu, other shoppers would "
    "love to hear that on the product page. If anything about it disappoints, please come "
    "straight to us through this thread first, before saying anything in public, so we can "
    "put it right.",
    [R], "en", ["violation", "careful", "gating"],
    "Happy buyers to the product page, unhappy ones to the seller first; review gating "
    "(policy.md C3).")
rec("Mr. Ferreira, people who bought Stillbrook oil around the same time as you are starting "
    "to run low about now. Your order history has a button that sends the same bottle again "
    "in one tap, so the hallway never has to go without.",
    [M], "en", ["violation", "careful", "buy-again"],
    "An unprompted push to buy the same item again (policy.md B; interface.md marketing).")

# ---- English, split (10): several sentences, each harmless alone
rec("Your Nimbra diffuser should reach you by Thursday, Barnaby. We've just finished testing "
    "a winter blend called Frostbark. It goes on the shelf next Monday. Of everything we "
    "make, it suits the Nimbra best.",
    [M], "en", ["violation", "split", "new-product"],
    "A delivery note that turns into a launch announcement over three sentences "
    "(policy.md B).")
rec("Thanks for choosing the Roamleaf vent clip, Ines. Your parcel is packed. The clip takes "
    "the same scent pods as our visor clip. That one lives at amazon.com/dp/B0F3K7TQ2M, in "
    "case the second car is feeling left out.",
    [M], "en", ["violation", "split", "cross-sell", "listing-link"],
    "Cross-sell with a link to another Amazon listing; an Amazon link is marketing, not "
    "off-platform (policy.md B, D1; judgement call 7).")
rec("At the end of each month we draw one household at random. That household gets a "
    "Lanternmoss trio, wrapped and sent. Your order is already in this month's draw. Anyone "
    "who adds a photo of their candle to the listing page gets entered twice.",
    [M, R], "en", ["violation", "split", "giveaway", "incentive"],
    "A prize draw, and extra entries for posting on the listing page: a giveaway and an "
    "incentive for review content (policy.md B, C1).")
rec("Sorry the Nimbra is blinking amber, Mr. Oyelaran. That's nearly always the float sensor. "
    "Bram is at the repair bench until six tonight. His direct line is 207-555-0163, and he'd "
    "much rather talk you through it than type.",
    [O], "en", ["violation", "split", "phone"],
    "The shop's own number to move support off Amazon; not a carrier or warranty number "
    "(policy.md D3).")
rec("The label on your Stillbrook bottle smudged on the way, Tamsin, and we're sorry. The "
    "full safety sheet runs to four pages. We can send it over as a PDF. Just drop a line to "
    "care@hollowmerescent.com with your name, as it's quicker than this inbox.",
    [O], "en", ["violation", "split", "email"],
    "An e-mail address and an invitation to use it instead of Amazon messaging "
    "(policy.md D2).")
rec("Your Duskhaven spray was due on Tuesday, Edwina, so we hope it's settled in. When you "
    "tell other shoppers about it on Amazon, only the top mark keeps a small workshop like "
    "ours on the first page. Anything below that and we quietly slide out of sight.",
    [R], "en", ["violation", "split", "rating-request"],
    "Presses for the highest rating without naming stars (policy.md C2, section e point 6).")
rec("Glad the Lanternmoss candle arrived in one piece, Rupert. Most buyers ask us about burn "
    "time before they order. If you write a few lines about it on the listing, please mention "
    "the forty-hour burn and the cotton wick. Those two details do more for us than anything "
    "else.",
    [R], "en", ["violation", "split", "steering"],
    "Tells the buyer what to put in the review; influencing content (policy.md C7).")
rec("Saskia, we saw the comment you left on our seller profile last week. The delay came from "
    "the courier, not from us. That single mark pulled our account standing down more than "
    "you'd think. A shop our size can't carry many of those, so we'd be grateful if it came "
    "down.",
    [R], "en", ["violation", "split", "feedback-pressure"],
    "Pressure to remove seller feedback because it hurts the account (policy.md C5).")
rec("Your Brackenway set left the workshop this afternoon, Ambrose. We also keep the whole "
    "range on our own site, hollowmerescent.com. Prices there run a couple of dollars lower, "
    "since nobody takes a cut in between.",
    [M, O], "en", ["violation", "split", "discount", "url", "diversion"],
    "The shop's own site with lower prices: a diversion to another sales channel and a "
    "price promotion (policy.md D1, D6, B).")
rec("Clemency, your reed diffuser ships tomorrow morning. From Friday to Sunday, everything in "
    "our shop is marked down for our fifth birthday. If the Sea Salt and Neroli candle has "
    "been on your wish list, that's the weekend to get it.",
    [M], "en", ["violation", "split", "sale"],
    "A weekend markdown announced inside a shipping note (policy.md B).")

# ---- English, plain (6)
rec("Thank you for shopping with Hollowmere! Enter coupon code REED15 on your next reed "
    "diffuser order to save 15%.",
    [M], "en", ["violation", "plain", "coupon"],
    "A coupon code for the next order (policy.md B).")
rec("Post a review with a photo of your candle and we'll send $15 to your PayPal as soon as "
    "we see it.",
    [O, R], "en", ["violation", "plain", "payment", "incentive"],
    "Money for a review, paid outside Amazon (policy.md C1, D5).")
rec("For faster help with the diffuser, message us on WhatsApp at +44 7700 900386 and Odessa "
    "will reply within the hour.",
    [O], "en", ["violation", "plain", "messaging-app", "phone"],
    "A messaging app and a phone number (policy.md D3, D4).")
rec("Follow us on Instagram @hollowmere.scents for burning tips and a first look at every new "
    "scent before it launches.",
    [M, O], "en", ["violation", "plain", "follow", "new-product", "social"],
    "A social handle with a call to follow for launches (policy.md B, D4).")
rec("Hi Leopold, if the candle made your evenings cosier, please give it five stars on "
    "Amazon. It truly helps!",
    [R], "en", ["violation", "plain", "rating-request"],
    "Asks for five stars (policy.md C2).")
rec("Not thrilled with the scent throw? Email care@hollowmerescent.com before you leave a "
    "review and we'll make it right.",
    [O, R], "en", ["violation", "plain", "email", "gating"],
    "Sends unhappy buyers to an e-mail address before they review (policy.md C3, D2).")

# ---- Simplified Chinese, careful (7)
rec("邹女士您好，这个月底我们会从下单扩香瓶的顾客里随机挑出三位，每人寄一套三只装的香氛蜡烛，"
    "您的订单已经在名单里了，静候好消息吧。",
    [M], "zh", ["violation", "careful", "giveaway"],
    "A prize draw among buyers, without the word 抽奖 (policy.md B).")
rec("樊先生，我们刚调好一款桂花乌龙味的藤条香薰，下周一开售，到时在 amazon.com/stores/Hollowmere "
    "就能看到，跟您家那款雪松无花果正好可以换着用。",
    [M], "zh", ["violation", "careful", "new-product", "listing-link"],
    "A launch announcement with the storefront link; Amazon link, so marketing only "
    "(policy.md B, D1; judgement call 7).")
rec("苗阿姨，我们在B站有个账号，每周三更新一期调香的过程，搜店名就能找到。进去以后点一下右上角"
    "那个加号，之后每期都会推送给您。",
    [M, O], "zh", ["violation", "careful", "follow", "social"],
    "Invites the buyer to follow the shop on a video site, described without 关注 "
    "(policy.md B, D4).")
rec("戚老师，在商品页写使用感受的时候，麻烦顺带提一句“留香四十天”和“没有酒精味”，这两点是"
    "新买家问得最多的。",
    [R], "zh", ["violation", "careful", "steering"],
    "Dictates phrases for the review (policy.md C7).")
rec("小棠，在亚马逊给我们打分的时候，能打满分就打满分吧，我们就两个人的小作坊，真的全靠这个分数"
    "活着。",
    [R], "zh", ["violation", "careful", "rating-request"],
    "Asks for the top score without 星 or 好评 (policy.md C2).")
rec("贾先生，下次再要补充液就不用走亚马逊了，直接转账给我们，价钱能便宜一截，我们当天就从工作室"
    "发出。",
    [M, O], "zh", ["violation", "careful", "discount", "payment", "diversion"],
    "Selling outside Amazon for a lower price, paid by transfer (policy.md D5, D6, B).")
rec("柏女士，新的扩香机已经给您寄出了。您之前在商品页写的那段话，现在看已经和实际情况对不上了，"
    "方便的话动手改一改吧。",
    [R], "zh", ["violation", "careful", "change-review"],
    "Asks to edit the review after a replacement (policy.md C4).")

# ---- Simplified Chinese, split (7)
rec("韦先生，您买的车载香薰夹已经发出。夹子背面的卡槽可以装我们家的香片。香片在店铺里单独卖，"
    "一盒十片，换着味道用也不错。",
    [M], "zh", ["violation", "split", "cross-sell"],
    "A shipping note that ends by selling scent pads (policy.md B).")
rec("闵女士，您那瓶补充液按每周翻一次藤条来算，大概能用两个月。两个月后记得回来再拍一瓶。到时"
    "直接在订单页点一下，同款就会再寄过来。",
    [M], "zh", ["violation", "split", "buy-again"],
    "Usage arithmetic that ends in a call to buy again (policy.md B).")
rec("晏老师，扩香机应该已经签收了吧？用满一周后，欢迎到商品页写写感受。写完截个图发给我们。您的"
    "下一单里我们会多放一瓶精油。",
    [R], "zh", ["violation", "split", "incentive"],
    "Screenshot of the review in exchange for an extra bottle (policy.md C1).")
rec("柏女士，蜡烛到了以后先点一次试试。味道合心意的话，商品页上见。要是不太满意，先别急着写，"
    "直接回这条消息告诉我们。",
    [R], "zh", ["violation", "split", "gating"],
    "Satisfied buyers to the product page, unsatisfied ones to the seller (policy.md C3).")
rec("包裹里有一张米色的小卡片。卡片右下角印着一个黑白方块。用手机对准它扫一下，就能进我们的售后"
    "群。以后有什么问题，在群里找我们会快很多。",
    [O], "zh", ["violation", "split", "diversion", "qr"],
    "A printed code that leads to an off-Amazon support group (policy.md D1, D6, section e "
    "point 3).")
rec("樊先生，上次您提到同事也喜欢这款海盐橙花。让她下单时在备注里写上您的名字就行。这样你们俩"
    "的下一单都能便宜五块钱。",
    [M], "zh", ["violation", "split", "discount", "referral"],
    "A referral reward paid as a price cut (policy.md B).")
rec("您给店铺留下的那条反馈，我们已经看到了。延误是快递那边造成的，不是我们发货慢。这条记录对"
    "店铺账户的影响特别大。希望您能体谅一下，把它撤掉。",
    [R], "zh", ["violation", "split", "feedback-pressure"],
    "Pressure to withdraw seller feedback (policy.md C5).")

# ---- Simplified Chinese, plain (5)
rec("亲，收到香薰蜡烛后给个五星好评，截图发给客服，马上返现5美元哦！",
    [R], "zh", ["violation", "plain", "incentive", "rating-request"],
    "Cash back for a five-star review (policy.md C1, C2).")
rec("扩香机的售后问题请加微信 hollowmere_cn 联系阿芷，比站内回复快得多。",
    [O], "zh", ["violation", "plain", "messaging-app", "diversion"],
    "A WeChat ID, presented as faster than Amazon messaging (policy.md D4, D6).")
rec("感谢购买！下次买室内喷雾时输入优惠码 HAVEN12，可以立减12%。",
    [M], "zh", ["violation", "plain", "coupon"],
    "A coupon code for the next order (policy.md B).")
rec("退款已经原路退回了，您那条一星差评能不能帮忙删一下？",
    [R], "zh", ["violation", "plain", "change-review"],
    "Asks to delete a review after a refund (policy.md C4).")
rec("想第一时间买到新香型的话，欢迎进我们的会员微信群，群里每周都有会员专享折扣。",
    [M, O], "zh", ["violation", "plain", "discount", "vip-list", "messaging-app"],
    "A members' chat group with exclusive prices (policy.md B, D4).")

# ---- Traditional Chinese, careful (5)
rec("侯小姐您好，週年慶那三天全館擴香瓶一律降一成，您上次逛過的那款雪松無花果也在裡面喔，結帳時"
    "會自動算好。",
    [M], "zh", ["violation", "careful", "sale", "traditional", "taiwanese"],
    "An anniversary sale announced as 降一成, without 折 (policy.md B).")
rec("霍生，你買咗部擴香機，其實我哋有套裝，部機連四支精油一齊買，計落平過逐樣買好多，有興趣可以"
    "睇下。",
    [M], "zh", ["violation", "careful", "bundle", "traditional", "cantonese"],
    "Pushes a cheaper machine-plus-oils bundle (policy.md B).")
rec("殷先生，您在賣家頁面留下的那幾句話，我們真的很在意。東西已經重新寄出了，能不能請您把那段話"
    "拿掉？拜託了。",
    [R], "zh", ["violation", "careful", "feedback-pressure", "traditional", "taiwanese"],
    "Asks for seller feedback to be taken down, tied to the reshipment (policy.md C5).")
rec("包太，下次部車用香薰夾有咩問題，用Signal搵我哋仲快，個號碼就印喺包裝盒底。喺嗰邊直接落單，"
    "仲平過喺亞馬遜買。",
    [M, O], "zh", ["violation", "careful", "discount", "messaging-app", "diversion",
                   "traditional", "cantonese"],
    "A messaging app and cheaper orders outside Amazon; Signal is not in policy.md's list but "
    "is an IM channel (policy.md D4, D6, B).")
rec("薛小姐，擴香機用了一週之後，如果願意在商品頁分享一下心得，下次出貨我們會幫您多塞一盒車用"
    "香片，算是一點心意。",
    [R], "zh", ["violation", "careful", "incentive", "traditional", "taiwanese"],
    "A free product for writing on the product page (policy.md C1, section e point 6).")

# ---- Traditional Chinese, split (4)
rec("歐陽小姐，好多客人問開嘅海鹽橙花蠟燭，今朝終於返貨。今次只得四十個。手快有手慢冇。",
    [M], "zh", ["violation", "split", "restock", "traditional", "cantonese"],
    "A back-in-stock notice with scarcity pressure (policy.md B).")
rec("童小姐，精油的完整成分表比較長。我們放在自己的網頁上了。網址是 hollowmerescent.com/oils，"
    "或掃一下盒子側面那個方形圖案也可以喔。",
    [O], "zh", ["violation", "split", "url", "qr", "traditional", "taiwanese"],
    "The shop's own site and a scannable code on the box (policy.md D1).")
rec("祝生，多謝你揀咗我哋嘅藤條香薰。我哋只係兩個人嘅小店，全靠買家打分撐住。打分嗰陣，一格都"
    "唔好扣呀。",
    [R], "zh", ["violation", "split", "rating-request", "traditional", "cantonese"],
    "Asks for a full score, spread over three sentences (policy.md C2).")
rec("殷先生，下次要補充液的話，其實不用透過亞馬遜。直接匯款給我們就好。價錢會比較漂亮，出貨也"
    "比較快喔。",
    [M, O], "zh", ["violation", "split", "discount", "payment", "diversion", "traditional",
                   "taiwanese"],
    "Off-Amazon sale by bank transfer at a better price (policy.md D5, D6, B).")

# ---- Traditional Chinese, plain (2)
rec("有任何使用問題，歡迎加我們的LINE：@hollowmeretw，客服一對一回覆喔！",
    [O], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
    "A LINE handle (policy.md D4).")
rec("留個五星好評，我哋即刻送你一支車用香薰！",
    [R], "zh", ["violation", "plain", "incentive", "rating-request", "traditional",
                "cantonese"],
    "A free product for a five-star review (policy.md C1, C2).")

# ---- mixed (3)
rec("韦先生，等您用上一周，帮忙在 product page 写几句 honest thoughts，我们会把下一瓶 refill "
    "直接寄给您，on the house。",
    [R], "mixed", ["violation", "careful", "incentive", "mixed"],
    "A free refill for writing on the product page; 'on the house' instead of free "
    "(policy.md C1).")
rec("Hi 闵女士，your Nimbra diffuser 已经从工作室发出。下周一我们会推出一款新香型，叫 Quiet "
    "Harbour。It was blended with the Nimbra in mind，到时候可以试试。",
    [M], "mixed", ["violation", "split", "new-product", "mixed"],
    "A shipping note carrying a launch announcement (policy.md B).")
rec("新款车载香薰上架啦！Shop it directly at hollowmerescent.com, 官网价格比亚马逊更低。",
    [M, O], "mixed", ["violation", "plain", "discount", "new-product", "url", "mixed"],
    "A launch, the shop's own site, and a lower price there (policy.md B, D1, D6).")

# =====================================================================================
# EVASIONS (20): English 8, Simplified 7, Traditional 4, mixed 1
# =====================================================================================
rec("If the reeds arrive cracked, skip the back-and-forth here: ping us on T" + CY_E + "l" + CY_E
    + "gram or write to hollowmere dot care at gmail dot com and Odessa will sort it.",
    [O], "en", ["evasion", "messaging-app", "email", "homoglyph", "spelled-email"],
    "Telegram with Cyrillic e and a spelled-out Gmail address (policy.md D2, D4, section e).")
rec("Thanks for your candle order, Hester! Next time, punch in GL0W20 at checkout for 20 "
    "p3rcent 0ff anything in the shop.",
    [M], "en", ["evasion", "coupon", "discount", "leetspeak"],
    "A code and 'percent off' in leetspeak (policy.md B, section e).")
rec("Sorry the Nimbra lid arrived scuffed, Idris. Rather than wait on this inbox, write to care "
    "at hollowmerescent dot com, or ring us on two zero seven, five five five, zero one four "
    "eight.",
    [O], "en", ["evasion", "email", "phone", "spelled-email", "number-words"],
    "E-mail spelled with at/dot and a phone number in words (policy.md D2, D3, section e).")
rec("Loving the Lanternmoss? Come find us on I n s t a g r a m at hollowmere.scents, where we "
    "post a new pour every Friday and you can tap follow to catch each one.",
    [M, O], "en", ["evasion", "follow", "social", "spacing"],
    "A spaced-out social network name with a follow request (policy.md B, D4, section e).")
rec("Hi Florian, your room spray was delivered on Monday. If you have a minute, a fi" + ZW
    + "ve-st" + ZW + "ar rev" + ZW + "iew on Amazon would make our week.",
    [R], "en", ["evasion", "rating-request", "zero-width"],
    "'five-star review' broken by zero-width spaces (policy.md C2, section e).")
rec("Mireille, we hope the Brackenway diffuser is filling the hallway nicely. When you tell "
    "other shoppers about it, " + STAR * 5 + " is what keeps our little workshop going.",
    [R], "en", ["evasion", "rating-request", "emoji"],
    "Five emoji stars as the wished-for rating (policy.md C2, E).")
rec("Gwendolyn, our Thursday flash s" + CY_A + "le on candles goes only to the "
    + fw("whatsapp") + " list. Text the word Hollowmere to (207) 555-0148 and you're on it.",
    [M, O], "en", ["evasion", "sale", "messaging-app", "phone", "homoglyph", "fullwidth"],
    "'sale' with a Cyrillic a, WhatsApp in full-width letters, and the shop number "
    "(policy.md B, D3, D4, section e).")
rec("Hugo, the quickest way to reach Bram about the humming noise is the paper-plane app. "
    "Search for hollowmere, then an underscore, then help, and say hi.",
    [O], "en", ["evasion", "messaging-app", "nickname", "split-handle"],
    "Telegram by its nickname and a handle given in pieces (policy.md D4, section e).")
rec("亲，扩香机收到后给个haoping呗，截图发来就有一个hongbao等着您。",
    [R], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
    "好评 and 红包 in pinyin (policy.md C1, C2, section e).")
rec("售后加薇信更方便，搜 hollowmere_cn 就行（weixin 同号），阿芷全天在线。",
    [O], "zh", ["evasion", "messaging-app", "pinyin", "homophone"],
    "微信 as the homophone 薇信 and in pinyin (policy.md D4, section e).")
rec("扩香机有异响的话，直接拨英国那边的号码 零七七零零 九零零三八六，Odessa 会接。",
    [O], "zh", ["evasion", "phone", "cn-numerals"],
    "A phone number in Chinese numerals (policy.md D3, section e).")
rec("蜡烛点上几次之后，留·评·送·精·油，截图给我们就安排。",
    [R], "zh", ["evasion", "incentive", "separator"],
    "留评送精油 with separators between the characters (policy.md C1, section e).")
rec("想早点知道我们新调的香型，就来绿泡泡找我们：先打 hollowmere，后面加下划线和 cn，群里每周"
    "先发新品。",
    [M, O], "zh", ["evasion", "new-product", "messaging-app", "nickname", "split-handle"],
    "WeChat by its nickname and the ID in pieces, for launch news (policy.md B, D4, "
    "section e).")
rec("补充液下次补货时，结算页填 REED15，优" + ZW + "惠" + ZW + "券自动抵扣，不用再找客服。",
    [M], "zh", ["evasion", "coupon", "zero-width"],
    "A coupon with zero-width spaces inside 优惠券 (policy.md B, section e).")
rec("同款藤条香薰在我们自己的站点 " + fw("hollowmerescent.com") + " 也能买，比亚马逊便宜两成。",
    [M, O], "zh", ["evasion", "discount", "url", "diversion", "fullwidth"],
    "The shop's domain in full-width letters, cheaper than Amazon (policy.md D1, D6, B, "
    "section e).")
rec("加入我們的賴 @hollowmeretw，好友專屬價每週更新，比賣場上便宜喔。",
    [M, O], "zh", ["evasion", "discount", "vip-list", "messaging-app", "homophone",
                   "traditional", "taiwanese"],
    "LINE as 賴 with an insiders' price list (policy.md B, D4, section e).")
rec("用咗一個禮拜之後，俾 個 好 評 我 哋，我哋就寄多一支補充液俾你。",
    [R], "zh", ["evasion", "incentive", "spacing", "traditional", "cantonese"],
    "好評 spaced out, rewarded with a refill (policy.md C1, section e).")
rec("擴香機若有漏水，直接撥 二〇七-五五五-〇一四八 找 Bram 比傳訊息快喔。",
    [O], "zh", ["evasion", "phone", "separator", "cn-numerals", "traditional", "taiwanese"],
    "The shop number in Chinese numerals with dashes (policy.md D3, section e).")
rec("用得開心嘅話，記得喺亞馬遜俾返我哋" + STAR * 5 + "啦！唔滿意就直接搵我哋，唔使寫出嚟。",
    [R], "zh", ["evasion", "rating-request", "gating", "emoji", "traditional", "cantonese"],
    "Emoji stars for happy buyers, unhappy ones to the seller (policy.md C2, C3, E).")
rec("Quick tip from 阿芷：售后问题直接 Wh4tsApp 我们 on oh seven seven oh oh, nine oh oh, six "
    "five nine，比站内 messages 快很多。",
    [O], "mixed", ["evasion", "messaging-app", "phone", "leetspeak", "number-words", "mixed"],
    "WhatsApp in leetspeak and a UK number in words (policy.md D3, D4, section e).")

# =====================================================================================
# NEAR-MISSES (50): English 23, Simplified 16, Traditional 10, mixed 1
# =====================================================================================
NM = "near-miss"
rec("Morning, Hester. Before anything leaves the workshop, Odessa reviews every candle for wick "
    "centring and sink holes. Yours didn't pass that check on Tuesday, so we poured it again; "
    "order 111-4829306-5517284 now ships Friday instead.",
    [], "en", [NM, "review-word"],
    "'reviews' is a quality check in a delay notice (policy.md A near-misses, section 0 "
    "point 4).")
rec("Thanks for flagging the cloudy oil, Rupert. We pulled the batch for a quality review and "
    "the haze is a harmless wax that separates below 50 degrees F. Stand the bottle in a warm "
    "room for an hour and it clears.",
    [], "en", [NM, "review-word"],
    "'review' of a batch, answering a buyer's question (policy.md section 0 point 4).")
rec("童小姐您好，您訂的擴香瓶出貨前卡在倉庫的品質審核，多等了兩個工作天，今天已經交給黑貓，明天"
    "應該就會送到喔。",
    [], "zh", [NM, "review-word", "traditional", "taiwanese"],
    "審核 is a warehouse check in a delay notice (policy.md A near-misses).")
rec("We're sorry the Brackenway bottle cracked in transit, Leopold. A replacement set went out "
    "this morning at no charge to you, and there's no need to send the broken one back; "
    "please recycle the glass carefully.",
    [], "en", [NM, "remedy"],
    "A replacement as a remedy, no review mentioned (policy.md B near-misses).")
rec("柏女士，蜡烛杯在运输中碎了，非常抱歉。我们已经给您办理了全额退款，碎片不用寄回，注意别划到"
    "手。",
    [], "zh", [NM, "remedy"],
    "A refund for breakage, tied to nothing (policy.md C near-misses).")
rec("霍生，部擴香機嘅水箱有裂紋，真係唔好意思。我哋已經免費寄咗部新嘅俾你，舊嗰部唔使寄返嚟。",
    [], "zh", [NM, "remedy", "traditional", "cantonese"],
    "免費 for a replacement unit, not an offer (policy.md B near-misses).")
rec("Your parcel for order 114-5550163-2297804 is with the carrier, Idris. The tracking number "
    "is 1Z4A79W20385172269 and it should reach you on Wednesday.",
    [], "en", [NM, "lookalike-number"],
    "The order id holds 555-0163 but is an order id, not a phone (policy.md D near-misses).")
rec("韦先生，您问到的那个包裹，订单 112-2075550-1481937 已经交给顺丰，运单号 SF1507729346602，"
    "预计后天送到。",
    [], "zh", [NM, "lookalike-number"],
    "Order id and waybill look like phone numbers (policy.md D near-misses).")
rec("殷先生，您詢問的包裹追蹤編號是 TBA492057318826，訂單號 113-5602847-9913065，物流顯示今天"
    "下午會送達喔。",
    [], "zh", [NM, "lookalike-number", "traditional", "taiwanese"],
    "Long digit runs that are a tracking number and an order id (policy.md D near-misses).")
rec("To be clear, Greer, this isn't a sales note of any kind. The Lanternmoss candle you "
    "ordered has been held by customs at Felixstowe, and we expect it to be released by "
    "Thursday.",
    [], "en", [NM, "negation"],
    "'sales' under negation in a customs delay notice (policy.md A near-misses, B).")
rec("We won't ask you for a rating or anything of the sort, Saskia; we only need to know "
    "whether the diffuser's mist comes out at all, so we can tell if the plate needs swapping.",
    [], "en", [NM, "negation"],
    "'rating' is negated; the message is troubleshooting (policy.md section 0 point 4).")
rec("晏老师，这条消息不是推销，也不会让您给好评，只是想确认一下：您的收货地址是写字楼，周末能不能"
    "签收？",
    [], "zh", [NM, "negation"],
    "好评 appears only under negation; an address question (policy.md section 0 point 4).")
rec("Thanks for asking, Ambrose, but we can't move this conversation to WhatsApp or take "
    "payment outside Amazon. Everything has to go through this thread, and we've already sent "
    "the missing refill bottle.",
    [], "en", [NM, "refusal"],
    "Declines the buyer's request to go off-platform (policy.md D).")
rec("谢谢您的好意，但我们不能加微信，也不能用站外转账给您补差价。缺的那瓶补充液我们已经通过亚马逊"
    "重新寄出了。",
    [], "zh", [NM, "refusal"],
    "Refuses WeChat and off-Amazon payment (policy.md D4, D5).")
rec("包太，多謝你提議，不過我哋唔可以因為你寫好評就送嘢俾你，亞馬遜唔准。你問嘅燈芯問題，剪到"
    "五毫米就得。",
    [], "zh", [NM, "refusal", "traditional", "cantonese"],
    "Refuses a buyer's offer of a review for a gift (policy.md C1).")
rec("Hi Mireille, this is about order 113-6617042-3380951. If you have a moment once the "
    "diffuser has been running for a while, you're welcome to leave a review on its Amazon "
    "page describing how it's going, good or bad.",
    [], "en", [NM, "neutral-request"],
    "One neutral review request with the order id, no condition or reward (interface.md; "
    "policy.md C near-misses, section b).")
rec("Order 111-9350286-4172640: now that your Duskhaven spray has arrived, Amazon lets buyers "
    "post a review on the product page. If you'd like to write one, honest impressions of any "
    "kind are useful to other shoppers.",
    [], "en", [NM, "neutral-request"],
    "Neutral and balanced, once per order (interface.md; policy.md section b).")
rec("戚老师您好，关于订单 114-7715093-2856318：如果您愿意，可以在商品页面写一条评论，说说这款"
    "香薰机的真实使用情况，好坏都可以写。",
    [], "zh", [NM, "neutral-request"],
    "A single neutral request, good or bad (interface.md; policy.md section b).")
rec("侯小姐您好，關於訂單 112-8461370-5593024，若您願意，歡迎在商品頁留下評論，不論使用感受如何，"
    "都能幫其他買家參考喔。",
    [], "zh", [NM, "neutral-request", "traditional", "taiwanese"],
    "Neutral request with no condition (interface.md; policy.md section b).")
rec("To start the return, Tamsin, open Your Orders on Amazon, choose the Lanternmoss candle "
    "and pick 'Return or replace items'. Amazon will give you a prepaid label there.",
    [], "en", [NM, "amazon-page"],
    "Points to Amazon's own returns flow, no link (policy.md D near-misses).")
rec("The instructions for the Nimbra's timer are on the listing itself, Hugo: scroll to "
    "'Product guides and documents' on amazon.com and the PDF is the second file.",
    [], "en", [NM, "amazon-page"],
    "Amazon's own page for the product the buyer already owns, in answer to a question "
    "(policy.md D near-misses, A near-misses).")
rec("闵女士，退货请在亚马逊的“我的订单”里找到这瓶补充液，点“退货或更换商品”，按提示打印退货标签"
    "就行。",
    [], "zh", [NM, "amazon-page"],
    "Amazon's returns page in words (policy.md D near-misses).")
rec("Edwina, the second candle arrived today and we're glad the wick sits straight this time. "
    "If you feel we've resolved things, you're able to edit or take down the seller feedback "
    "you left earlier, though that's entirely your call.",
    [], "en", [NM, "feedback-notice"],
    "The neutral seller-feedback notice after resolution, left to the buyer (policy.md C5; "
    "judgement call 4).")
rec("柏女士，新的蜡烛已经签收，灯芯的问题也解决了。如果您觉得问题已经处理好了，之前留的卖家反馈"
    "可以自己决定是否修改，我们不作任何要求。",
    [], "zh", [NM, "feedback-notice"],
    "Neutral notice on seller feedback, no pressure (policy.md C5).")
rec("霍生，新機已經收到，漏水問題都搞掂咗。如果你覺得我哋處理得妥當，之前留低嘅賣家反饋改唔改"
    "都由你決定，我哋唔會催你。",
    [], "zh", [NM, "feedback-notice", "traditional", "cantonese"],
    "Neutral seller-feedback notice after resolution (policy.md C5).")
rec("Good question, Barnaby. The lower price you saw yesterday was one of Amazon's own "
    "Lightning Deals, set and run by Amazon. It ended at midnight, and we have no way to "
    "apply it afterwards.",
    [], "en", [NM, "answer"],
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
rec("您问的那个“满两件减五美元”是亚马逊平台自己的优惠活动，结账时系统会自动扣减，不需要另外"
    "操作。",
    [], "zh", [NM, "answer"],
    "Answers a question about Amazon's own promotion (policy.md B near-misses).")
rec("薛小姐，您問到的折價券是亞馬遜在商品頁上提供的，勾選之後結帳就會自動套用，我們這邊沒辦法"
    "另外發。",
    [], "zh", [NM, "answer", "traditional", "taiwanese"],
    "Explains Amazon's clip-on coupon the buyer asked about (policy.md B near-misses).")
rec("You wrote, 'Can I just pay you by PayPal and skip Amazon?' We're afraid not, Clemency. "
    "Please place the order for the extra refill through the listing as usual, and we'll "
    "ship it the same day.",
    [], "en", [NM, "quoted-buyer"],
    "PayPal is the buyer's own words, quoted and declined (policy.md D near-misses).")
rec("您在留言里说“五星好评没问题，能便宜点吗”，谢谢您的心意，但价格我们没法改，写评论时按您的"
    "真实感受来就好。",
    [], "zh", [NM, "quoted-buyer"],
    "The buyer's offer of 五星好评 is quoted and turned down (policy.md C near-misses).")
rec("您上一条消息里写 'my WeChat is on the box, add me'，不过按亚马逊规定我们只能在这里回复您。"
    "关于扩香机的水位线，加到 MAX 下面一点就好。",
    [], "mixed", [NM, "quoted-buyer", "mixed"],
    "The buyer's WeChat offer is quoted and declined (policy.md D near-misses).")
rec("Yes, Ines, the Duskhaven room spray is free of phthalates and parabens, and the Smoked "
    "Vetiver blend uses real star anise rather than a synthetic note. Both are safe on cotton "
    "after a patch test.",
    [], "en", [NM, "product-word"],
    "'free of' and 'star anise' are product facts (policy.md B near-misses, C near-misses).")
rec("The scent you asked about, Florian, is called Five Star Lobby because it's modelled on "
    "hotel entrances: bergamot, white tea and cedar. It's sold only as a refill oil, in the "
    "200 ml size.",
    [], "en", [NM, "product-word"],
    "'Five Star' is part of a scent name, answering a question (policy.md C near-misses).")
rec("您问的那款“冬日香料”，主调是八角和肉桂，八角就是星茴香，不是化学香精。每星期翻一次藤条，"
    "香味能保持两个月左右。",
    [], "zh", [NM, "product-word"],
    "星 in 星茴香 and 星期 (policy.md C near-misses).")
rec("关于燃烧时长，您可以在亚马逊搜索评论区里看看其他买家的实测；我们自己的数据是四十小时左右。",
    [], "zh", [NM, "substring"],
    "搜索评论 contains 索评 (policy.md section 0 point 4, C near-misses).")
rec("我们检索评测资料时发现，超声波香薰机放在离墙二十厘米的地方，出雾最均匀，建议您也这样摆。",
    [], "zh", [NM, "substring"],
    "检索评测 contains 索评 (policy.md section 0 point 4).")
rec("歐陽小姐，擴香機嘅出霧量同房間大細有關，你可以好好評估下擺喺邊個位置，離牆二十公分左右最"
    "均勻。",
    [], "zh", [NM, "substring", "traditional", "cantonese"],
    "好好評估 contains 好評 (policy.md section 0 point 4).")
rec("The Nimbra carries a twelve-month warranty on the motor and plate, Hugo. Since yours "
    "stopped misting in week three, please start a claim from Your Orders and we'll ship a new "
    "unit as soon as it comes through.",
    [], "en", [NM, "warranty"],
    "Warranty claim through Amazon's order page (policy.md D near-misses).")
rec("香薰机的保修期是一年，您这台还在保修范围内。请在亚马逊订单页面申请，我们收到后马上安排换新。",
    [], "zh", [NM, "warranty"],
    "Warranty handled on Amazon (policy.md D near-misses).")
rec("The price dropped two days after you bought, Cormac, because the listing entered an "
    "Amazon event we don't control. Your order 113-3048159-7726485 stays at the $34 you paid, "
    "and we can't adjust it after the fact.",
    [], "en", [NM, "price-paid"],
    "Explains the price already paid (policy.md B near-misses).")
rec("您付的是二十九美元，当时页面显示的就是这个价格，运费已经包含在里面，没有其他费用。",
    [], "zh", [NM, "price-paid"],
    "The price paid restated (policy.md B near-misses).")
rec("童小姐，您下單時付的是 29.99 美元，運費已包含在內；之後商品頁價格變動是系統自動調整的，"
    "不會另外向您收費喔。",
    [], "zh", [NM, "price-paid", "traditional", "taiwanese"],
    "Price paid and a later price change explained (policy.md B near-misses).")
rec("Just confirming what you asked us to check, Percival: order 203-1864072-5539916 is two "
    "Lanternmoss candles in Cedar and Fig plus one 200 ml Stillbrook refill. The refill ships "
    "separately because of the liquid rules.",
    [], "en", [NM, "order-restate"],
    "Restates the buyer's own order on request; product names are not cross-selling "
    "(policy.md A near-misses).")
rec("You ordered the Roamleaf clip in Sea Salt and Neroli, Leopold, not the Smoked Vetiver "
    "that arrived. That mix-up is ours, and the right scent is already on its way under "
    "tracking TBA730164925583.",
    [], "en", [NM, "order-restate"],
    "Names the scents of the buyer's order to fix a mistake (policy.md A near-misses).")
rec("核对一下您的订单 112-4918265-3370419：一台香薰机、两瓶雪松无花果精油，还有一个车载香薰夹，"
    "共三个包裹，今天先到的是香薰机。",
    [], "zh", [NM, "order-restate"],
    "Restates the buyer's order (policy.md A near-misses).")
rec("Your parcel is with Royal Mail under JD582640173GB, Hester. Their website shows it at the "
    "Mount Pleasant centre, and entering the number on the Royal Mail site gives you the live "
    "status.",
    [], "en", [NM, "carrier-site"],
    "A carrier's website for tracking, not the shop's (policy.md D near-misses).")
rec("USPS shows your candle at the local post office, Rupert, under 9405 5036 9930 0482 7716 "
    "53. If it doesn't appear by Saturday, the USPS site lets you request a redelivery slot.",
    [], "en", [NM, "carrier-site"],
    "Carrier site and a long tracking number (policy.md D near-misses).")
rec("Thank you for mentioning that you posted a review, Ms. Nwachukwu, and we're glad the "
    "spray worked in the nursery. To answer your question: yes, it's fine on curtains after "
    "a patch test.",
    [], "en", [NM, "review-thanks"],
    "Thanks for a review the buyer mentioned, in a substantive reply (policy.md C "
    "near-misses).")
rec("祝生，多謝你話畀我哋知你寫咗評價，你問嘅補充液，一支大約用到八個禮拜。",
    [], "zh", [NM, "review-thanks", "traditional", "cantonese"],
    "Thanks for a review the buyer mentioned, then an answer (policy.md C near-misses).")
rec("重复下的那一单我们已经取消了，收货地址也按您说的修改成公司地址，另一单照常明天发出。",
    [], "zh", [NM, "logistics-word"],
    "取消 and 修改 for a duplicate order and an address (policy.md A near-misses, C "
    "near-misses).")

# =====================================================================================
# CLEAN (30): English 14, Simplified 10, Traditional 5, mixed 1
# =====================================================================================
CL = "clean"
rec("Hi Philomena, to get the most from your Brackenway diffuser, flip the reeds once a week "
    "rather than every day. Flipping too often burns through the oil quickly and can make the "
    "scent feel heavy in a small room.",
    [], "en", [CL], "Usage advice in reply to a question (policy.md A).")
rec("For the first burn of your Lanternmoss candle, Jasper, let the melted wax reach the glass "
    "edge all the way round, usually about two hours. That first pool sets the memory ring, "
    "and skipping it is the main cause of tunnelling.",
    [], "en", [CL], "Candle care answer (policy.md A).")
rec("The Nimbra's plate needs a gentle clean every couple of weeks, Dagny. Unplug it, pour out "
    "the water, and wipe the little disc with a cotton bud dipped in white vinegar. Never use "
    "anything metal on it.",
    [], "en", [CL], "Cleaning instructions (policy.md A).")
rec("Wilhelmina, a heads-up: the courier's depot was closed by snow, so your reed diffuser "
    "will reach you about three days later than the date shown. It is packed and safe, and "
    "nothing is needed from you.",
    [], "en", [CL], "A delay notice, a permitted proactive message (policy.md A "
    "near-misses).")
rec("Lucinda, before we pour your personalised candle, please confirm the label text: 'For "
    "Nan, with love, 14 March'. We'll hold it at the workshop until we hear back, so nothing "
    "goes out with a typo.",
    [], "en", [CL], "Verifying a custom design (policy.md A).")
rec("Percival, the courier says the flat number is missing from your delivery address. Could "
    "you send it here so the candle doesn't bounce back to us?",
    [], "en", [CL], "Information needed to deliver (policy.md A).")
rec("Mrs. Haverford, parcels to Guernsey go through a customs check, so the courier may ask "
    "you to confirm the contents on arrival. It's two candles and a reed set, all declared on "
    "the paperwork.",
    [], "en", [CL], "Customs information for delivery (policy.md A).")
rec("Mr. Oyelaran, the Sea Salt and Neroli oil contains linalool and limonene, which the label "
    "lists as possible allergens. We'd suggest a short test in a ventilated room first.",
    [], "en", [CL], "Answers an allergen question (policy.md A).")
rec("Ines, the Roamleaf clip grips vent slats up to 4 mm thick. If yours are round rather than "
    "flat, twist the clip a quarter turn before pushing it in and it will hold firmly over "
    "bumps.",
    [], "en", [CL], "Fitting instructions (policy.md A).")
rec("Before spraying the Duskhaven mist on upholstery, Barnaby, try a small patch on the back "
    "of the cushion and let it dry for an hour. Silk and velvet can spot, so keep those to a "
    "light pass from arm's length.",
    [], "en", [CL], "Usage advice (policy.md A).")
rec("Tamsin, keep the spare oil bottles upright and out of sunlight, ideally below room "
    "temperature. Heat thins the oil and it will climb the reeds faster than it should.",
    [], "en", [CL], "Storage advice (policy.md A).")
rec("It's normal for the reeds to darken after a few weeks, Idris; they're saturated, not "
    "spoiled. Swap in the spare set from the box once the scent feels faint.",
    [], "en", [CL], "Answers a product question (policy.md A).")
rec("Florian, tap water is fine for the Nimbra unless you live in a hard-water area. If you "
    "see white dust on the shelf, switch to filtered water and that should stop within a day "
    "or two.",
    [], "en", [CL], "Usage advice (policy.md A).")
rec("Sorry the reeds were missing from your box, Saskia. A bundle of twelve is going out to "
    "you this afternoon by first-class post, and there's nothing you need to send back.",
    [], "en", [CL], "Fixing a fulfilment problem (policy.md A).")
rec("邹女士您好，藤条香薰刚开瓶时香味会比较浓，两三天后会稳定下来。如果觉得太浓，可以先抽掉两根"
    "藤条。",
    [], "zh", [CL], "Usage advice (policy.md A).")
rec("樊先生，香薰机第一次使用前，请用清水冲一下水箱，水位不要超过内壁上的刻度，否则会漏到底座里。",
    [], "zh", [CL], "Usage advice (policy.md A).")
rec("苗阿姨，因为寒潮，快递中转站暂停了两天，您的蜡烛会比原定时间晚两到三天送到，东西已经打包好，"
    "不需要您做什么。",
    [], "zh", [CL], "A delay notice (policy.md A near-misses).")
rec("戚老师，蜡烛每次点燃最好不要超过四个小时，熄灭后把烛芯剪到五毫米左右，下次点燃就不会冒黑烟。",
    [], "zh", [CL], "Candle care (policy.md A).")
rec("小棠，车载香薰夹夏天别放在仪表台上暴晒，高温会让精油挥发得特别快，夹在出风口就可以了。",
    [], "zh", [CL], "Usage advice (policy.md A).")
rec("贾先生，您定制的蜡烛标签我们按您给的文字排好了：“愿你每天都好眠”。麻烦确认一下有没有错字，"
    "确认后我们再开始灌蜡。",
    [], "zh", [CL], "Verifying a custom label (policy.md A).")
rec("柏女士，快递员反映您的地址缺少门牌号，麻烦在这里回复一下完整地址，方便他们明天再送一次。",
    [], "zh", [CL], "Information needed to deliver (policy.md A).")
rec("韦先生，室内喷雾喷在布艺沙发上之前，先在不显眼的地方试喷一下，等它干透，看看会不会留下水印。",
    [], "zh", [CL], "Usage advice (policy.md A).")
rec("闵女士，补充液倒进瓶子时请慢一点，留出一指宽的空间，藤条插进去以后液面会升高。",
    [], "zh", [CL], "Usage advice (policy.md A).")
rec("晏老师，香薰机亮红灯一般是缺水了，加水后重新开机就会恢复，如果还是亮红灯，请回复这条消息"
    "告诉我们。",
    [], "zh", [CL], "Troubleshooting (policy.md A).")
rec("侯小姐您好，擴香竹第一次插進瓶子後，大約兩天香味才會完全散開，請先不要急著翻面喔。",
    [], "zh", [CL, "traditional", "taiwanese"], "Usage advice (policy.md A).")
rec("殷先生，車用香氛夾的香片約可使用四到六週，夏天會稍微短一些，屬正常現象，不用擔心喔。",
    [], "zh", [CL, "traditional", "taiwanese"], "Answers a product question (policy.md A).")
rec("霍生，蠟燭第一次點嘅時候，要等成個面溶晒先好吹熄，大約兩個鐘，咁樣之後就唔會燒到一個窿。",
    [], "zh", [CL, "traditional", "cantonese"], "Candle care (policy.md A).")
rec("歐陽小姐，擴香機要放喺平穩嘅枱面，唔好擺喺電視或者書本旁邊，啲水氣會整濕佢哋。",
    [], "zh", [CL, "traditional", "cantonese"], "Usage advice (policy.md A).")
rec("薛小姐，因為颱風停班，物流中心暫停出貨一天，您的蠟燭會晚一天到，東西都包好了，不需要您做"
    "任何事喔。",
    [], "zh", [CL, "traditional", "taiwanese"], "A delay notice (policy.md A near-misses).")
rec("Hi 小棠，the reeds 第一次插进去以后，要等大概 two days 香味才会完全散开，so no need to flip "
    "them yet。",
    [], "mixed", [CL, "mixed"], "Usage advice, code-switched (policy.md A).")


def records():
    """The shuffled, numbered records."""
    items = [dict(r) for r in RAW]
    random.Random(88).shuffle(items)
    out = []
    for i, r in enumerate(items, 1):
        out.append({"id": "h88-%03d" % i, "text": r["text"], "labels": r["labels"],
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
