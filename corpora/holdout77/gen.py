#!/usr/bin/env python3
"""Source of holdout77.jsonl: 160 hand-labelled seller-to-buyer messages from an invented
Amazon seller, Corriebrook Weather Instruments (home weather stations and garden instruments).

Standard library only.  `python3 gen.py` writes holdout77.jsonl next to this file;
`records()` returns the list (the validator compares the two).

Hard-to-see characters are spelled as named constants below: ZW (zero-width space),
CY_A / CY_E / CY_O (Cyrillic look-alikes of a / e / o), STAR (the emoji star) and fw()
(ASCII to full-width forms).
"""
import json
import os
import random

ZW = "\u200b"            # ZERO WIDTH SPACE
CY_A = "\u0430"          # CYRILLIC SMALL LETTER A (looks like Latin a)
CY_E = "\u0435"          # CYRILLIC SMALL LETTER IE (looks like Latin e)
CY_O = "\u043e"          # CYRILLIC SMALL LETTER O (looks like Latin o)
STAR = "\u2b50"          # WHITE MEDIUM STAR emoji


def fw(s):
    """ASCII letters, digits and @ . _ to their full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"

# lang codes used below -> (lang field, extra tags)
LANG = {
    "en": ("en", []),
    "zs": ("zh", []),
    "tw": ("zh", ["traditional", "taiwanese"]),
    "hk": ("zh", ["traditional", "cantonese"]),
    "mxs": ("mixed", ["mixed"]),
    "mxhk": ("mixed", ["traditional", "cantonese", "mixed"]),
}

# Each entry: (category, style or None, lang code, labels, subtypes, techniques or trap,
#              text, note)
V, E, N, C = "violation", "evasion", "near-miss", "clean"

DATA = [
    # ================================================================ violations: English
    (V, "plain", "en", [RI], ["incentive"], [],
     "Hi Juniper, thanks for choosing the Stormcrest W9. Once your review of the station is up "
     "on Amazon, send us the order number and we'll post you a free Cellkeep battery four-pack.",
     "A product sent free once the review is posted is compensation for a review "
     "(policy.md C1)."),
    (V, "plain", "en", [RI], ["rating-request"], [],
     "Alistair, we'd be so grateful for five stars on the Gustvane listing - every top rating "
     "helps a small workshop like ours get noticed.",
     "Names the rating it wants: a request for a positive review (policy.md C2)."),
    (V, "plain", "en", [MKT], ["coupon"], [],
     "Henrietta, your Driplet rain gauge went out this morning. Type RAIN10 at checkout next "
     "time and you'll get 10% off any Corriebrook accessory.",
     "A discount code for a future order is a coupon, the core of the marketing ban "
     "(policy.md B)."),
    (V, "plain", "en", [OPC], ["email"], [],
     "Desmond, Amazon's inbox shrinks photos, so please email the pictures of the cracked "
     "funnel straight to bench@corriebrookwx.com and Wendell will look at them tonight.",
     "An e-mail address and an instruction to use it instead of Buyer-Seller Messaging "
     "(policy.md D2)."),
    (V, "plain", "en", [OPC], ["phone", "messaging-app"], [],
     "Marigold, the quickest way to sort out the pairing is to call Wendell on 607-555-0116, "
     "or message the shop on WhatsApp at +1 (607) 555-0148.",
     "The shop's own phone number and a WhatsApp contact; no carrier or warranty exception "
     "applies (policy.md D3, D4)."),
    (V, "plain", "en", [MKT, OPC], ["new-product", "url"], [],
     "Barnaby, our brand-new Mistshade radiation shield launches this week, and you'll find it "
     "on our website corriebrookwx.com at launch pricing.",
     "Announces a new product and sends the buyer to a non-Amazon shop (policy.md B, D1)."),
    (V, "plain", "en", [RI], ["change-review"], [],
     "Lucinda, now that the replacement console has reached you, could you change the two-star "
     "review you left for the W9 so it reflects how the station works today?",
     "Asks the buyer to change a product review after a remedy, which is never allowed "
     "(policy.md C4)."),
    (V, "plain", "en", [MKT, OPC], ["giveaway", "follow", "social"], [],
     "Percival, follow us on Instagram @corriebrook.skies - every Friday we run a backyard "
     "weather challenge, and the best rain log of the month wins a Tallmast pole.",
     "A follow request on a social account plus a prize draw (policy.md B, D4)."),
    (V, "careful", "en", [RI], ["gating"], [],
     "Mr. Okwuosa, if the station has been reading true for you, other buyers would love to "
     "hear that on its Amazon page; if anything seems off, come to us first and we'll put it "
     "right before you post.",
     "Invites only satisfied buyers to post and diverts unhappy ones to the seller, with no "
     "review keyword (policy.md C3)."),
    (V, "careful", "en", [RI], ["incentive"], [],
     "Ms. Valdivia, anyone who tells other shoppers on the Loamprobe's Amazon page how it has "
     "worked for them gets a spare probe cap from us in the post, at no charge.",
     "A spare part promised for a write-up on the product page: compensation for a review in "
     "everyday words (policy.md C1, section e)."),
    (V, "careful", "en", [RI], ["steering"], [],
     "Henrietta, when you write up the rain gauge for other shoppers, please mention that it "
     "came within two days and that its totals matched the council's figures to the "
     "millimetre.",
     "Tells the buyer what to say in the review (policy.md C7)."),
    (V, "careful", "en", [MKT, OPC], ["buy-again", "payment", "diversion"], [],
     "Desmond, for your next set of lithium cells, skip the marketplace and order through our "
     "workshop directly - reply with your postcode and we'll send an invoice you can settle "
     "by bank transfer.",
     "Pushes the next purchase and moves it, with payment, outside Amazon (policy.md B, D5, "
     "D6; judgement call 6)."),
    (V, "careful", "en", [MKT], ["cross-sell", "restock"], [],
     "Marigold, the twin pack of Thermonook sensors is back on the shelf, and most W9 owners "
     "pick up a second one for the greenhouse.",
     "A restock notice that nudges the buyer towards another product (policy.md B)."),
    (V, "careful", "en", [MKT], ["vip-list"], [],
     "Barnaby, we keep a short list of station owners who hear about workshop specials before "
     "anyone else. Reply 'count me in' and we'll put your name on it.",
     "An early-offers list is a VIP club in other words (policy.md B; judgement call 13)."),
    (V, "careful", "en", [RI], ["feedback-pressure"], [],
     "Lucinda, the comment you left on our seller profile is pulling our shop score down in "
     "our busiest season, so we'd be grateful if you took it down this week.",
     "Pressure to withdraw seller feedback because it hurts the account (policy.md C5)."),
    (V, "split", "en", [RI], ["incentive"], [],
     "Percival, a few honest lines about the Driplet on Amazon would help other gardeners "
     "choose. Once they're posted, send us a screenshot. A fresh set of Cellkeep batteries "
     "goes in the post the same day.",
     "The ask, the proof and the reward sit in three sentences; together they buy a review "
     "(policy.md C1)."),
    (V, "split", "en", [OPC], ["messaging-app"], [],
     "Alistair, the anemometer bearings need a quick video check. Amazon's messages won't take "
     "a clip that size. Our Telegram is @corriebrook_wx, and Wendell keeps an eye on it all "
     "day.",
     "The reason in one sentence, the Telegram handle in another (policy.md D4)."),
    (V, "split", "en", [MKT], ["listing-link", "bundle"], [],
     "Henrietta, the Driplet and a Tallmast pole go well together. This month they're sold as "
     "one set for less than the pair bought apart. Here it is: amazon.com/dp/B0F3WX8K7M.",
     "A bundle offer with a link to another Amazon listing (policy.md B, D1; judgement "
     "call 7)."),
    (V, "split", "en", [RI], ["gating"], [],
     "Barnaby, you told us the console has been spot on since you set it up. That is just what "
     "other buyers look for on the Amazon page. Would you put it there in your own words?",
     "A review invitation that answers the buyer's praise is gating even when neutral "
     "(policy.md section 0, C3; judgement call 1)."),
    (V, "split", "en", [MKT, RI], ["discount", "incentive"], [],
     "Ms. Valdivia, tell other shoppers what you make of the Loamprobe on its listing. After "
     "that, we'll take 20% off anything else you pick from our Amazon shop.",
     "A discount on the next purchase in return for a review (policy.md C1, B; judgement "
     "call 4)."),
    (V, "split", "en", [MKT, OPC], ["referral", "diversion"], [],
     "Juniper, know any other gardeners who keep a rain log? Pass them your surname to use as a "
     "password at checkout on our own site. You'll each get a Cellkeep pack from us.",
     "A refer-a-friend reward that runs through the seller's own shop (policy.md B, D6)."),
    (V, "split", "en", [OPC], ["qr"], [],
     "Desmond, look inside the lid of the W9 box for a small printed square. Point your phone "
     "camera at it. It opens our own support chat, which answers faster than this inbox.",
     "A printed code that leads to an off-Amazon chat, split over three sentences (policy.md "
     "D1, section e; judgement call 8)."),

    # ================================================================ violations: Simplified
    (V, "plain", "zs", [RI], ["incentive", "rating-request"], [],
     "薛女士您好，气象站用着顺手的话，麻烦到亚马逊给个五星好评，截图发给阿霏，我们返您五美元。",
     "Five-star request with cash back once a screenshot arrives (policy.md C1, C2)."),
    (V, "plain", "zs", [OPC], ["messaging-app"], [],
     "魏先生，风速计的接线问题在这里说不清楚，加一下我们的微信 corriebrook_cn，阿霏可以视频教您。",
     "A WeChat ID offered as the support channel (policy.md D4)."),
    (V, "plain", "zs", [MKT], ["coupon"], [],
     "沈阿姨，您的土壤温度计已经发出。下次买配件时输入优惠码 SUNNY12，全店立减百分之十二。",
     "A discount code for the next order (policy.md B)."),
    (V, "plain", "zs", [RI], ["change-review"], [],
     "石老师，退款已经给您办好了，您在雨量计页面留的那条差评，方便的话麻烦删除一下。",
     "Asks to delete a product review after a refund (policy.md C4)."),
    (V, "plain", "zs", [MKT], ["sale", "cross-sell"], [],
     "小禾，风速计这个周末全场八折，和您的气象站是同一个系列，装在同一根杆子上正合适。",
     "A weekend sale that pushes a second product (policy.md B)."),
    (V, "careful", "zs", [RI], ["gating"], [],
     "薛女士，如果雨量计一切正常，欢迎到商品页面写几句使用感受；要是哪里不顺心，先别急着写，直接回这条消息找阿霏处理。",
     "Only happy buyers are sent to the product page; unhappy ones are held back "
     "(policy.md C3)."),
    (V, "careful", "zs", [OPC], ["payment", "diversion"], [],
     "魏先生，电池漏液这件事不用走亚马逊的流程了，阿霏直接把钱转到您的银行卡上，您把卡号回复过来就行。",
     "Money paid back outside Amazon, bypassing its process (policy.md D5, D6)."),
    (V, "careful", "zs", [MKT], ["new-product", "cross-sell"], [],
     "沈阿姨，我们这个月刚做出一款能插进花盆的无线土壤探头，和您买的那支温度计正好配成一套，在店里就能找到。",
     "A just-made product announced and paired with the buyer's purchase, without the "
     "words for new or promotion (policy.md B)."),
    (V, "careful", "zs", [RI], ["steering"], [],
     "石老师，您写使用心得的时候，麻烦提一句安装只用了十分钟、数据和气象台对得上，这两点对别的买家最有用。",
     "Dictates what the review should say (policy.md C7)."),
    (V, "careful", "zs", [OPC], ["social"], [],
     "小禾，我们在B站有个号叫 Corriebrook看天，安装视频都在上面，有问题直接在那边私信阿霏。",
     "A Bilibili account given as a place to message the seller (policy.md D4; judgement "
     "call 8)."),
    (V, "split", "zs", [RI], ["incentive"], [],
     "魏先生，风速计用了一阵子，想请您到亚马逊说说感受。写好之后把页面截个图。阿霏会给您寄一个备用风杯。",
     "Request, proof and reward in separate sentences (policy.md C1)."),
    (V, "split", "zs", [OPC], ["email"], [],
     "沈阿姨，土壤温度计的校准证书这里传不上去。我们的邮箱是 help@corriebrookwx.com。您写封信过来，当天就回。",
     "The e-mail address sits in its own sentence (policy.md D2)."),
    (V, "split", "zs", [MKT], ["buy-again"], [],
     "薛女士，锂电池差不多用半年就该换了。到时候直接在我们店里再下一单同款。记得选四节装，更划算。",
     "A reminder to buy the consumable again from the shop (policy.md B; judgement call 14)."),
    (V, "split", "zs", [MKT, OPC], ["discount", "follow", "social"], [],
     "小禾，我们有个抖音号，每周直播一次装机过程。点了关注之后，直播间里有专门给粉丝的价格。",
     "A follow request on Douyin with a lower price for followers (policy.md B, D4)."),
    (V, "split", "zs", [OPC, RI], ["messaging-app", "gating"], [],
     "石老师，如果觉得气象站不错，欢迎去商品页留言。如果不太满意，请先加阿霏的微信聊聊，不要直接在亚马逊上写。",
     "Happy buyers to the product page, unhappy ones to WeChat (policy.md C3, D4)."),
    (V, "careful", "zs", [MKT], ["restock"], [],
     "魏先生，您上次问过的那款 Tallmast 加长杆。仓库昨天到货了。数量不多，需要的话尽早下单。",
     "A restock notice that urges an order, though the buyer once asked (policy.md B; "
     "judgement call 15)."),

    # ================================================================ violations: Traditional
    (V, "plain", "tw", [RI], ["rating-request", "gating"], [],
     "黎小姐您好，氣象站收到後如果還滿意，拜託給我們五顆星，對小店真的很重要喔。",
     "Five stars asked for on condition of satisfaction (policy.md C2, C3; judgement "
     "call 16)."),
    (V, "plain", "hk", [OPC], ["phone"], [],
     "容太，個天氣站嘅室外感應器要重新配對，用電話講會快好多，打嚟 07700 900683 搵 Wendell 就得。",
     "The shop's UK number offered for support (policy.md D3)."),
    (V, "plain", "tw", [MKT, OPC], ["discount", "url", "diversion"], [],
     "童先生，下次買電池可以直接到我們官網 corriebrookwx.com 結帳，全館九折，比亞馬遜上便宜喔。",
     "Sends the next purchase to the seller's own site at a lower price (policy.md B, D1, "
     "D6)."),
    (V, "careful", "tw", [OPC], ["messaging-app"], [],
     "方小姐，安裝桿的螺絲規格用文字說不清楚，您可以加我們的官方帳號 @corriebrooktw，傳訊息給阿霏，她會拍影片給您看。",
     "A LINE official-account handle without naming the app (policy.md D4)."),
    (V, "careful", "hk", [RI], ["change-review"], [],
     "戴生，部新主機已經寄咗俾你，之前你喺產品頁寫嘅嗰段說話，而家可唔可以改返，講下換機之後嘅情況？",
     "Asks to rewrite a product-page review after a replacement, with no review keyword "
     "(policy.md C4)."),
    (V, "careful", "hk", [MKT], ["vip-list"], [],
     "歐陽小姐，我哋有個熟客名單，入咗名單嘅客人會最早知道新貨同特價，想加入就回覆一個「好」字。",
     "A regulars' list for first news of stock and specials (policy.md B; judgement "
     "call 13)."),
    (V, "split", "tw", [OPC, RI], ["payment", "incentive"], [],
     "黎小姐，雨量計用得還習慣嗎？想請您在亞馬遜分享一下使用心得。分享完把截圖傳給我們。我們會轉帳一百元台幣到您的帳戶，當作一點心意。",
     "Money by bank transfer for a posted review (policy.md C1, D5)."),
    (V, "split", "hk", [MKT], ["cross-sell"], [],
     "容太，個風速計裝好未呀？其實我哋嘅防輻射罩同佢係一套嚟用。加埋一齊買，量溫度會準好多。",
     "Pushes a second product after the question (policy.md B)."),
    (V, "split", "tw", [MKT, OPC], ["giveaway", "follow", "social"], [],
     "童先生，我們的臉書社團每個月抽一次氣象站。加入社團就有資格喔。社團名稱是 Corriebrook 後院觀天，搜尋就找得到。",
     "A Facebook group with a monthly prize draw (policy.md B, D4)."),
    (V, "split", "hk", [RI], ["feedback-pressure"], [],
     "戴生，你喺賣家反饋度留咗一粒星。我哋已經幫你換咗電池蓋。麻煩你撤返佢，唔係我哋間店嘅分數會跌。",
     "Asks to withdraw seller feedback because of the shop score (policy.md C5)."),

    # ================================================================ violations: mixed
    (V, "plain", "mxs", [MKT], ["coupon"], [],
     "Hi 小禾, thanks for the order! 下次买雨量计的配件, 结账时输入优惠码 GAUGE20 and the whole cart "
     "comes down by a fifth.",
     "A discount code for the next order, half in English (policy.md B)."),
    (V, "split", "mxhk", [OPC], ["phone", "messaging-app"], [],
     "戴生, the console firmware needs a cable update. 我哋用 WhatsApp 傳段片俾你睇點樣做。"
     "Message us on +44 7700 900209 any time.",
     "WhatsApp and the shop's UK number in separate sentences (policy.md D3, D4)."),

    # ================================================================ evasions: English
    (E, None, "en", [RI], ["incentive", "rating-request"], ["homoglyph"],
     "Juniper, a 5-st" + CY_A + "r r" + CY_E + "view on the W9 page and we'll cover the cost of "
     "your Cellkeep batteries.",
     "Cyrillic a and e inside star and review; paying for a five-star review (policy.md C1, "
     "C2, section e)."),
    (E, None, "en", [OPC], ["messaging-app", "phone"], ["homoglyph", "number-words"],
     "Alistair, for anything urgent, Wh" + CY_A + "tsApp the workshop on oh seven seven oh oh, "
     "nine oh oh, six eight three.",
     "WhatsApp with a Cyrillic a and the UK number in words (policy.md D3, D4, section e)."),
    (E, None, "en", [MKT], ["coupon"], ["leetspeak"],
     "Henrietta, here's a c0upon for the next gauge: BR33ZE15 takes 15 percent 0ff anything in "
     "our Amazon shop.",
     "Digits for letters in coupon, off and the code BREEZE15 (policy.md B, section e)."),
    (E, None, "en", [RI], ["incentive", "rating-request"], ["leetspeak"],
     "Desmond, leave a g00d r3view of the Gustvane and a spare cup set is yours, on the house.",
     "A positive review asked for and paid for, in leetspeak (policy.md C1, C2, section e)."),
    (E, None, "en", [OPC, RI], ["messaging-app", "gating"], ["spacing"],
     "Marigold, before you post anything on the listing about the pairing fault, "
     "T e l e g r a m Wendell first at corriebrook_wx.",
     "Spaced Telegram, used to head off a critical review (policy.md C3, D4, section e)."),
    (E, None, "en", [RI], ["incentive", "rating-request"], ["emoji"],
     "Barnaby, pop " + STAR * 5 + " on the Driplet page for us and a spare funnel is in the "
     "post.",
     "Five emoji stars stand for the rating; a part is the reward (policy.md C1, C2, E; "
     "judgement call 17)."),
    (E, None, "en", [OPC], ["email"], ["separator"],
     "Lucinda, send the serial-plate photos to b-e-n-c-h @ corriebrookwx.com rather than "
     "through here.",
     "An e-mail address with hyphens between the letters (policy.md D2, section e)."),
    (E, None, "en", [MKT], ["sale"], ["separator"],
     "Percival, our spring s.a.l.e opens on Friday, and the W9 console is a third cheaper in "
     "the Corriebrook shop until Sunday.",
     "Sale broken up by dots; a price cut announced (policy.md B, section e)."),
    (E, None, "en", [RI], ["change-review"], ["zero-width"],
     "Mr. Okwuosa, now that the new sensor has reached you, please re" + ZW + "move the "
     "one-star re" + ZW + "view.",
     "Zero-width spaces inside remove and review (policy.md C4, section e)."),
    (E, None, "en", [MKT, OPC], ["sale", "follow", "social"], ["zero-width"],
     "Ms. Valdivia, our Insta" + ZW + "gram @corriebrook.skies posts the battery flash offers "
     "first, so do keep up with it.",
     "Instagram with a zero-width space, flash offers there (policy.md B, D4, section e)."),
    (E, None, "en", [OPC], ["email"], ["fullwidth"],
     "Juniper, the calibration sheet is too large for this inbox; ask for it at "
     + fw("help@corriebrookwx.com") + ".",
     "A full-width e-mail address (policy.md D2, section e)."),
    (E, None, "en", [OPC], ["email", "diversion"], ["spelled-email"],
     "Alistair, drop a note to corriebrook dot wx at gmail dot com and we'll swap the bearing "
     "kit for you outside Amazon, no return needed.",
     "A spelled-out address and a swap outside Amazon (policy.md D2, D6, section e)."),
    (E, None, "en", [OPC, RI], ["phone", "gating"], ["number-words"],
     "Henrietta, if the rain totals look wrong, text Wendell on six oh seven, five five five, "
     "oh one one six before writing anything on the Driplet page.",
     "A phone number in words, used to catch unhappy buyers before they post (policy.md C3, "
     "D3, section e)."),
    (E, None, "en", [MKT, OPC], ["vip-list", "messaging-app"], ["nickname"],
     "Desmond, W9 owners have a little circle on the green app where our battery offers go up "
     "first; reply with your number and Wendell will add you.",
     "A chat app by nickname for an early-offers circle (policy.md B, D4, section e)."),

    # ================================================================ evasions: Simplified
    (E, None, "zs", [RI], ["incentive", "rating-request"], ["pinyin"],
     "薛女士，雨量计收到后麻烦给个 haoping，截图发过来我们 fanxian 十美元。",
     "Pinyin for 好评 and 返现 (policy.md C1, section e)."),
    (E, None, "zs", [OPC], ["messaging-app"], ["homophone"],
     "魏先生，加一下阿霏的薇信 corriebrook_cn，风速计的接线图她发给您。",
     "薇信 for 微信 (policy.md D4, section e)."),
    (E, None, "zs", [RI], ["incentive", "rating-request"], ["separator"],
     "沈阿姨，好/评/返/现还在做，给土壤温度计留个好*评，就返您一盒电池。",
     "好评返现 broken by slashes and an asterisk (policy.md C1, section e)."),
    (E, None, "zs", [MKT], ["sale"], ["spacing"],
     "石老师，气象站配件这周 全 场 八 折，下单时在备注里写上您的名字就行。",
     "A spaced-out store-wide sale (policy.md B, section e)."),
    (E, None, "zs", [OPC], ["phone"], ["cn-numerals"],
     "小禾，安装杆的问题找阿霏更快，拨这个号码：六零七五五五零一四八。",
     "The shop's number in Chinese numerals (policy.md D3, section e)."),
    (E, None, "zs", [OPC], ["messaging-app"], ["nickname"],
     "薛女士，绿泡泡搜一下 corriebrook_cn 加个好友，我们拉您进气象爱好者的小圈子。",
     "绿泡泡 is WeChat by nickname (policy.md D4, section e)."),
    (E, None, "zs", [RI], ["change-review"], ["zero-width"],
     "魏先生，新的风杯已经寄出了，之前那条差" + ZW + "评能不能麻烦删" + ZW + "掉？",
     "Zero-width spaces inside 差评 and 删掉 (policy.md C4, section e)."),
    (E, None, "zs", [MKT], ["coupon"], ["fullwidth"],
     "沈阿姨，下次买锂电池用这个码：" + fw("RAIN10") + "，整单立减一成。",
     "A full-width discount code (policy.md B, section e)."),
    (E, None, "zs", [MKT, OPC], ["discount", "vip-list", "messaging-app"],
     ["homophone", "split-handle"],
     "石老师，风速计有个用户圈子，加维信号 corriebrook 后面加下划线 cn，进去就能领专属优惠。",
     "维信 for 微信, the ID in pieces, member-only prices (policy.md B, D4, section e)."),

    # ================================================================ evasions: Traditional
    (E, None, "tw", [OPC], ["messaging-app"], ["homophone"],
     "方小姐，有問題可以加賴 @corriebrooktw，傳訊息比較快喔。",
     "賴 is Taiwanese slang for LINE (policy.md D4, section e)."),
    (E, None, "hk", [OPC], ["phone"], ["cn-numerals"],
     "戴生，部天氣站有咩問題，直接打去英國嗰條線：零七七零零九零零二零九，搵 Wendell 就得。",
     "The UK number in Chinese numerals (policy.md D3, section e)."),
    (E, None, "tw", [RI], ["incentive", "rating-request", "gating"], ["pinyin"],
     "童先生，風速計如果用得順，麻煩給個 wuxing pingjia，我們就幫您吸收下次的運費喔。",
     "Pinyin for 五星評價, conditional on satisfaction, paid with shipping (policy.md C1, C2, "
     "C3; judgement call 16)."),
    (E, None, "hk", [RI], ["incentive", "rating-request"], ["emoji"],
     "容太，唔該喺亞馬遜俾個" + STAR * 5 + "，我哋再送多包電池俾你。",
     "Emoji stars with batteries as the reward (policy.md C1, C2, E)."),
    (E, None, "tw", [MKT, OPC], ["sale", "follow", "social"], ["nickname"],
     "黎小姐，在紅薯上搜 Corriebrook 氣象站，追蹤我們就會看到每週的限時特價喔。",
     "紅薯 is a nickname for 小紅書; follow it for sales (policy.md B, D4, section e)."),

    # ================================================================ evasions: mixed
    (E, None, "mxs", [OPC], ["email"], ["spelled-email"],
     "Hi 薛女士, 保修卡 lost 了也没关系, just write to corriebrook dot wx at gmail dot com and "
     "我们把电子版发给您。",
     "A spelled-out address in a code-switched message (policy.md D2, section e)."),
    (E, None, "mxs", [MKT, OPC], ["giveaway", "follow", "social"], ["split-handle"],
     "小禾, our Instagram is corriebrook then a dot then skies, 关注一下吧, 每周都有 giveaway "
     "抽一台雨量计。",
     "The Instagram handle in pieces, a follow and a draw (policy.md B, D4, section e)."),

    # ================================================================ near-misses: English
    (N, None, "en", [], [], ["setup-advice"],
     "Juniper, to pair the outdoor array, take the batteries out of both units, hold RESET on "
     "the console for 5 seconds, then put the array's cells back within 3 minutes. Leave the "
     "channel switch on 1 and keep the two at least 10 feet apart while they find each other.",
     "Pairing steps full of numbers, reset and channel; nothing to contact or buy "
     "(policy.md section 0; judgement call 10)."),
    (N, None, "en", [], [], ["setup-advice"],
     "Alistair, the barometer reads low because it's set to absolute pressure. Open Settings, "
     "choose Pressure, switch to Relative and add the offset for your altitude - about 0.9 "
     "inHg where you live. The console will update the figure within a minute.",
     "Calibration advice; update is about the display (policy.md section 0; judgement "
     "call 10)."),
    (N, None, "en", [], [], ["setup-advice"],
     "Henrietta, the Driplet counts 0.01 in for every tip. Pour 100 ml slowly through the "
     "funnel and you should see about 25 tips. If there are fewer, turn both calibration "
     "screws a quarter turn clockwise and try again; there's no need to change anything on "
     "the console.",
     "Rain-gauge calibration with numbers and change (policy.md section 0; judgement "
     "call 10)."),
    (N, None, "en", [], [], ["lookalike-number"],
     "Desmond, your order 112-6075550-1480932 left our workshop today with UPS, tracking "
     "1Z6W18E40372956184. The sensor ID on the back label reads 148; that's what the console "
     "should show next to channel 2.",
     "The order id hides 607-555-0148 digits; tracking and sensor ids are not phone numbers "
     "(policy.md D near-misses; judgement call 11)."),
    (N, None, "en", [], [], ["lookalike-number"],
     "Marigold, the long number on your receipt, 204-1659387-4462019, is the order id to use "
     "on Amazon's return page; the 868 on the sensor sticker is its radio band in MHz.",
     "An order id and a frequency, neither a phone number (policy.md D near-misses)."),
    (N, None, "en", [], [], ["neutral-request"],
     "Barnaby, your Gustvane from order 113-6620417-8093352 has been up for a couple of weeks "
     "now. If you have a moment, you're welcome to share how it's working, good or bad, on "
     "its Amazon page; it helps other buyers decide.",
     "One neutral review request, no rating, reward or condition (interface.md; policy.md C "
     "near-misses; judgement call 2)."),
    (N, None, "en", [], [], ["neutral-request"],
     "Lucinda, whenever suits you, a review of the Loamprobe on Amazon would be welcome, "
     "whatever your experience has been. This is about order 114-2958036-1174609.",
     "A single review request that names no rating (interface.md; policy.md C near-misses)."),
    (N, None, "en", [], [], ["quoted-buyer"],
     "Percival, you asked: 'can I just WhatsApp you the photos?' We'd rather keep everything "
     "in Amazon messages, so please attach them to a reply on this thread.",
     "WhatsApp appears only in the buyer's quoted words; the seller keeps contact on Amazon "
     "(policy.md D near-misses)."),
    (N, None, "en", [], [], ["quoted-buyer"],
     "Mr. Okwuosa, about your note - 'I gave it five stars already, do you need anything "
     "else?' - no, there's nothing more we need, and it's good to hear the sensor is holding "
     "up.",
     "Five stars is the buyer's quoted remark; nothing is asked (policy.md C near-misses)."),
    (N, None, "en", [], [], ["refusal"],
     "Ms. Valdivia, we can't send a spare probe in exchange for a review, and we don't offer "
     "anything for reviews at all. If the probe itself is faulty, the return page for your "
     "order will arrange a new one.",
     "Refuses the buyer's suggested swap (policy.md C1; judgement call 9)."),
    (N, None, "en", [], [], ["refusal"],
     "Juniper, we don't run discount codes of our own, so there isn't one to send you; if the "
     "W9 ever drops in price, it will show on its Amazon listing by itself.",
     "Declines a code; states a fact about Amazon's listing (policy.md B near-misses)."),
    (N, None, "en", [], [], ["amazon-page"],
     "Alistair, to send the Gustvane back, open Your Orders on Amazon, pick the anemometer and "
     "choose Return or Replace Items; Amazon will email you the label.",
     "Points to Amazon's own order page in words (policy.md D near-misses)."),
    (N, None, "en", [], [], ["amazon-page"],
     "Henrietta, the Subscribe & Save option on the Cellkeep page is Amazon's own programme. "
     "Amazon sets that price and the delivery schedule, and you manage or skip it from your "
     "Amazon account; we can't see it.",
     "Explains an Amazon programme the buyer asked about (policy.md B near-misses; judgement "
     "call 9)."),
    (N, None, "en", [], [], ["logistics-word"],
     "Desmond, we've cancelled the second W9 order you placed by mistake, as you asked; the "
     "first one is untouched and still due on Thursday.",
     "The seller cancels at the buyer's request (policy.md A near-misses)."),
    (N, None, "en", [], [], ["carrier-site"],
     "Marigold, Royal Mail shows QF518273604GB waiting at your local delivery office; you can "
     "choose a redelivery day on the Royal Mail tracking page with that number.",
     "A carrier named with its tracking page, no link (policy.md D near-misses; judgement "
     "call 12)."),
    (N, None, "en", [], [], ["warranty"],
     "Barnaby, the Stormcrest console carries a two-year warranty. Since it stopped showing "
     "wind data after eight months, we'll treat it as a warranty claim: reply here with a "
     "photo of the screen and a replacement console will go out through Amazon.",
     "A warranty remedy handled on Amazon (policy.md B near-misses)."),
    (N, None, "en", [], [], ["price-paid"],
     "Lucinda, the W9 did drop in price two days after you bought it. We can't change what "
     "you paid, but Amazon's help pages explain when a price adjustment is possible.",
     "Answers about the price paid; offers nothing (policy.md B near-misses)."),
    (N, None, "en", [], [], ["answer"],
     "Percival, yes - the W9 console can show a second Thermonook sensor on channel 2 and a "
     "third on channel 3, up to three in all.",
     "Answers the product question the buyer asked (policy.md B near-misses; judgement "
     "call 10)."),
    (N, None, "en", [], [], ["feedback-notice"],
     "Mr. Okwuosa, we're glad the new rain gauge is tipping properly. If you feel the matter "
     "is settled, you're free to revise or withdraw the seller feedback you left earlier; "
     "that choice is entirely yours.",
     "The neutral post-resolution notice Amazon allows for seller feedback (policy.md C5; "
     "judgement call 3)."),
    (N, None, "en", [], [], ["product-word"],
     "Ms. Valdivia, the Loamprobe's stem is lead-free stainless steel, and the red line on the "
     "dial marks 10 C, the point where most seeds begin to germinate.",
     "Free and line are product words (policy.md B near-misses)."),
    (N, None, "en", [], [], ["review-word"],
     "Juniper, our bench does a weekly review of every sensor sent back to us. Yours had a "
     "cracked humidity chip, so the fault was ours, and a new array is on its way.",
     "Review as a workshop inspection (policy.md C near-misses)."),
    (N, None, "en", [], [], ["remedy"],
     "Alistair, the cups on your anemometer arrived bent, so we've sent a new cup set free of "
     "charge under order 111-0792245-6618873; there's no need to send the bent ones back.",
     "A replacement as a remedy, not a promotion (policy.md B near-misses)."),
    (N, None, "en", [], [], ["negation"],
     "Desmond, just so it's clear: there's no code, no discount and nothing for you to do on "
     "the listing. The spare U-bolts are simply the ones missing from your box.",
     "Offer words only under negation (policy.md section 0)."),

    # ================================================================ near-misses: Simplified
    (N, None, "zs", [], [], ["setup-advice"],
     "薛女士，气象站的配对方法：先取出室外传感器的电池，长按主机 RESET 键五秒，再在三分钟内把电池装回去，频道开关保持在 1。",
     "Pairing steps with reset and channel (policy.md section 0; judgement call 10)."),
    (N, None, "zs", [], [], ["setup-advice"],
     "魏先生，风速计读数偏低是因为风杯装反了，请把风杯拆下来，按箭头方向重新装好，主机大约一分钟后会更新数据。",
     "更新 refers to the display (policy.md section 0)."),
    (N, None, "zs", [], [], ["lookalike-number"],
     "沈阿姨，您的订单 113-2284719-0036645 已交给顺丰，运单号 SF1248093716650；温度计包装盒上的 20 是探针长度，单位是厘米。",
     "Order id, SF waybill and a length, none of them a phone number (policy.md D "
     "near-misses)."),
    (N, None, "zs", [], [], ["neutral-request"],
     "石老师，订单 111-4409728-3360871 的雨量计装好有一段时间了，如果方便，欢迎到亚马逊的商品页谈谈真实的使用体验，好坏都可以写。",
     "A single neutral request, good or bad (interface.md; policy.md C near-misses)."),
    (N, None, "zs", [], [], ["quoted-buyer"],
     "小禾，您说“能不能加个微信直接聊”，我们这边只能在亚马逊消息里沟通，照片直接附在回复里就行。",
     "微信 only in the buyer's quoted words (policy.md D near-misses)."),
    (N, None, "zs", [], [], ["refusal"],
     "薛女士，您问写好评能不能返现，这个我们不能做，也不会做。如果温度计本身有问题，可以在亚马逊订单页申请换货。",
     "Refuses cash for a review (policy.md C1)."),
    (N, None, "zs", [], [], ["amazon-page"],
     "魏先生，退货请在亚马逊“我的订单”里找到这件风速计，点“退货或更换商品”，亚马逊会生成退货标签。",
     "Amazon's own returns page (policy.md D near-misses)."),
    (N, None, "zs", [], [], ["logistics-word"],
     "沈阿姨，按您的要求，重复下的那张订单已经取消，收货地址也改成了新地址，另一张订单照常发货。",
     "取消 and address change done at the buyer's request (policy.md A near-misses, section "
     "0)."),
    (N, None, "zs", [], [], ["carrier-site"],
     "石老师，顺丰运单号 SF3069152847702，在顺丰官网或者顺丰的小程序里输入单号，就能看到派送进度。",
     "The carrier's own site named, no link (policy.md D near-misses; judgement call 12)."),
    (N, None, "zs", [], [], ["warranty"],
     "小禾，土壤温度计保修一年，您这支表盘起雾还在保修期内，我们会通过亚马逊给您补发一支新的，旧的不用寄回。",
     "A warranty replacement through Amazon (policy.md B near-misses)."),
    (N, None, "zs", [], [], ["price-paid"],
     "薛女士，您下单以后这款气象站降价了，差价我们这边没法直接补，亚马逊帮助页面里有价格调整的说明，您可以看一下。",
     "The price already paid (policy.md B near-misses)."),
    (N, None, "zs", [], [], ["answer"],
     "魏先生，您在商品页看到的那张优惠券是亚马逊自己的活动，勾选后结账时会自动抵扣，我们这边看不到也改不了。",
     "Explains the Amazon coupon the buyer asked about (policy.md B near-misses; judgement "
     "call 9)."),
    (N, None, "zs", [], [], ["feedback-notice"],
     "石老师，雨量计的问题已经解决。要是您觉得这件事处理妥当了，早先留下的卖家反馈改不改、删不删都由您决定，我们没有任何要求。",
     "The neutral seller-feedback notice after resolution (policy.md C5; judgement call 3)."),
    (N, None, "zs", [], [], ["product-word"],
     "沈阿姨，主机屏幕右上角的五角星图标表示夜间模式已经打开，和商品评价没有关系，长按星形键三秒就能关掉。",
     "星 is a screen icon (policy.md C near-misses)."),
    (N, None, "zs", [], [], ["substring"],
     "小禾，传感器装好后主机会给出信号等级，屏幕显示“良好评级”就说明位置合适，不用再挪。",
     "良好评级 contains 好评 across a word boundary (policy.md section 0, C near-misses)."),
    (N, None, "zs", [], [], ["remedy"],
     "魏先生，风杯在运输中断了一片，我们已经免费给您补发了一套，订单号 114-5531806-7792460，断的那套不用退回。",
     "A free replacement as a remedy (policy.md B near-misses)."),
    (N, None, "zs", [], [], ["review-thanks"],
     "薛女士，您来信说已经在亚马逊写了评价，谢谢您。您提到的加一根防风绳的建议，我们已经转给设计的同事了。",
     "A reply thanking for a review the buyer mentioned; no request (policy.md C "
     "near-misses)."),

    # ================================================================ near-misses: Traditional
    (N, None, "tw", [], [], ["setup-advice"],
     "黎小姐，溫濕度感應器背面的頻道開關請撥到 2，再按主機上的配對鍵，大約三分鐘內就會連線，畫面出現訊號圖示就完成了喔。",
     "Channel and pairing steps (policy.md section 0; judgement call 10)."),
    (N, None, "hk", [], [], ["lookalike-number"],
     "戴生，你張訂單係 113-4456021-7759308，貨件追蹤號碼係 TBA803317429956。感應器背面嗰個 0x3C 只係識別碼，配對嘅時候唔使理佢。",
     "Order id, tracking and a sensor id (policy.md D near-misses)."),
    (N, None, "tw", [], [], ["neutral-request"],
     "童先生，訂單 114-3128870-0554196 的風速計從出貨到現在快三週了，有空的話歡迎到亞馬遜商品頁寫下使用心得，好的不好的都可以寫。",
     "A single neutral request (interface.md; policy.md C near-misses)."),
    (N, None, "hk", [], [], ["quoted-buyer"],
     "容太，你話「可唔可以 WhatsApp 啲相俾你」，我哋只可以喺亞馬遜訊息度傾，相片直接喺呢度回覆附上就得。",
     "WhatsApp only in the buyer's quoted words (policy.md D near-misses)."),
    (N, None, "tw", [], [], ["refusal"],
     "方小姐，您問留評價能不能換一組電池，這個我們不能答應。電池如果有問題，可以直接在亞馬遜訂單頁申請換貨喔。",
     "Refuses batteries for a review (policy.md C1)."),
    (N, None, "hk", [], [], ["warranty"],
     "歐陽小姐，部天氣站有兩年保養，而家螢幕冇反應仲喺保養期內，我哋會經亞馬遜免費寄部新主機俾你。",
     "A warranty replacement (policy.md B near-misses)."),
    (N, None, "tw", [], [], ["price-paid"],
     "黎小姐，您付的價格是下單當時頁面上的售價，之後降價的部分我們沒辦法補差額，亞馬遜的說明頁有寫價格調整的規則喔。",
     "The price already paid (policy.md B near-misses)."),
    (N, None, "hk", [], [], ["logistics-word"],
     "戴生，你話地址寫錯咗，我哋已經幫你修改咗，重複嗰張訂單都取消咗，新單聽日寄出。",
     "修改 and 取消 for an address and a duplicate order (policy.md A near-misses)."),
    (N, None, "tw", [], [], ["amazon-page"],
     "童先生，發票可以在亞馬遜「我的訂單」裡點選「發票」下載，頁面上就有下載連結，我們這邊不用另外寄喔。",
     "Amazon's own invoice page (policy.md D near-misses)."),

    # ================================================================ near-miss: mixed
    (N, None, "mxs", [], [], ["remedy"],
     "Hi 魏先生, the funnel 在运输中裂了, so a replacement Driplet 已经免费寄出, no need to send the "
     "cracked one back。",
     "A free replacement as a remedy (policy.md B near-misses)."),

    # ================================================================ clean: English
    (C, None, "en", [], [], [],
     "Juniper, the outdoor array for your W9 is held up at our supplier, so it will leave here "
     "about three days later than the date Amazon showed. We're sorry for the wait and will "
     "tell you once it's on the road.",
     "A delay notice is a permitted message (policy.md A near-misses)."),
    (C, None, "en", [], [], [],
     "Alistair, the Tallmast pole kit is long and heavy, so the courier needs a weekday when "
     "someone is home. Would Tuesday or Wednesday afternoon suit you?",
     "Scheduling a bulky delivery (policy.md A)."),
    (C, None, "en", [], [], [],
     "Henrietta, the Gustvane mounts on masts from 1 to 1.5 inches across, so yours at 1.25 "
     "inches takes the supplied U-bolts without any adapter.",
     "Answers a fitting question (policy.md A)."),
    (C, None, "en", [], [], [],
     "Desmond, the console shows dashes for rain because the tipping bucket still has its "
     "transport clip in. Lift the funnel, pull out the small orange clip, and totals will "
     "appear after the next shower.",
     "Setup help after a buyer's question (policy.md A)."),
    (C, None, "en", [], [], [],
     "Marigold, the thermometer stem is 8 inches long. For seed beds, push it in until the "
     "tip sits about 4 inches down and read the dial after two minutes.",
     "Usage answer (policy.md A)."),
    (C, None, "en", [], [], [],
     "Barnaby, to keep the indoor console accurate, place it away from radiators and sunny "
     "windowsills; an inside wall at chest height works well.",
     "Placement advice (policy.md A)."),
    (C, None, "en", [], [], [],
     "Lucinda, lithium cells cope with frost far better than alkaline ones, so for a garden "
     "that drops below freezing they are the better choice for the outdoor unit.",
     "Answers a battery question without selling (policy.md A)."),
    (C, None, "en", [], [], [],
     "Percival, before we engrave the plate for your pole, please confirm the wording: "
     "'Hilltop Weather, est. 1998'. We'll hold the engraving until you reply.",
     "Verifying a custom design (policy.md A)."),
    (C, None, "en", [], [], [],
     "Mr. Okwuosa, your parcel to Canada needs a customs form. Could you confirm the name of "
     "the person receiving it, exactly as it should appear on the form?",
     "Information needed to deliver the order (policy.md A, G)."),
    (C, None, "en", [], [], [],
     "Ms. Valdivia, the wind direction reads backwards because the vane's N mark points south. "
     "Loosen the two screws at the base, turn the head until the N arrow faces true north, and "
     "tighten them again.",
     "Setup help (policy.md A)."),
    (C, None, "en", [], [], [],
     "Juniper, humidity near 99 percent after fog is normal; the sensor dries out within an "
     "hour of sunshine.",
     "Product answer (policy.md A)."),
    (C, None, "en", [], [], [],
     "Alistair, yes, the rain gauge works through winter, but snow only counts once it melts "
     "into the bucket, so totals may lag a day behind a snowfall.",
     "Product answer (policy.md A)."),
    (C, None, "en", [], [], [],
     "Desmond, the radiation shield should sit away from walls and paving that soak up heat; "
     "two metres above grass gives the truest air temperature.",
     "Placement advice (policy.md A)."),

    # ================================================================ clean: Simplified
    (C, None, "zs", [], [], [],
     "薛女士，您订的气象站主机因为供应商缺货，会比原定时间晚三天发出，给您添麻烦了，发出后我们会马上告诉您。",
     "A delay notice (policy.md A near-misses)."),
    (C, None, "zs", [], [], [],
     "魏先生，风速计的安装杆比较长，快递员需要提前和您约时间，您看这周四下午或周五上午哪个方便？",
     "Scheduling a bulky delivery (policy.md A)."),
    (C, None, "zs", [], [], [],
     "沈阿姨，土壤温度计的探针要插到十厘米深，等两分钟再读表盘，读数就稳定了。",
     "Usage answer (policy.md A)."),
    (C, None, "zs", [], [], [],
     "石老师，雨量计要装在离树和屋檐远一点的地方，周围两米内最好没有遮挡，这样接到的雨水才准。",
     "Placement advice (policy.md A)."),
    (C, None, "zs", [], [], [],
     "小禾，温湿度传感器放在室外时要避开阳光直射，挂在北面的墙上或者装进防辐射罩里都可以。",
     "Placement advice (policy.md A)."),
    (C, None, "zs", [], [], [],
     "薛女士，气温低于零下二十度时，主机显示可能会慢一些，这是锂电池的正常现象，天气回暖后就会恢复。",
     "Product answer (policy.md A)."),
    (C, None, "zs", [], [], [],
     "魏先生，为了给您刻安装牌，请再确认一下文字：“魏家小院气象站”，确认后我们再开始刻。",
     "Verifying a custom design (policy.md A)."),
    (C, None, "zs", [], [], [],
     "沈阿姨，海关需要收件人的证件姓名，麻烦您在这条消息里回复收件人的全名，清关后就能继续派送。",
     "Information needed to deliver the order (policy.md A, G)."),
    (C, None, "zs", [], [], [],
     "石老师，风向标上的N要对准正北，可以用手机指南针对一下，然后拧紧底座的两颗螺丝就行。",
     "Setup help (policy.md A)."),
    (C, None, "zs", [], [], [],
     "小禾，雨量筒的刻度单位是毫米，读数时眼睛要和水面平齐，每次读完把水倒掉就可以了。",
     "Usage answer (policy.md A)."),

    # ================================================================ clean: Traditional
    (C, None, "tw", [], [], [],
     "黎小姐，您的氣象站主機因為海運延誤，出貨會比預定晚兩天，造成不便很抱歉，寄出後會再通知您喔。",
     "A delay notice (policy.md A near-misses)."),
    (C, None, "tw", [], [], [],
     "童先生，土壤溫度計的探針請插到十公分深，等兩分鐘再看讀數，數字就會穩定囉。",
     "Usage answer (policy.md A)."),
    (C, None, "tw", [], [], [],
     "方小姐，風速計的安裝桿比較長，黑貓需要先跟您約時間，請問週三下午或週四上午哪個方便？",
     "Scheduling a bulky delivery (policy.md A)."),
    (C, None, "hk", [], [], [],
     "容太，個雨量計要擺喺冇樹遮嘅地方，離牆最少兩米，咁先接到準確嘅雨水。",
     "Placement advice (policy.md A)."),
    (C, None, "hk", [], [], [],
     "戴生，部主機喺零下嘅天氣會顯示得慢啲，係鋰電池正常現象，天氣暖返就冇事。",
     "Product answer (policy.md A)."),
    (C, None, "hk", [], [], [],
     "歐陽小姐，刻字牌上面嘅字我哋同你再確認一次：「歐陽家天台觀天」，你覆個確認，我哋就開工。",
     "Verifying a custom design (policy.md A)."),

    # ================================================================ clean: mixed
    (C, None, "mxs", [], [], [],
     "Hi 小禾, the rain gauge 的漏斗 needs to sit level; 底座有一个小水平泡, keep the bubble "
     "centred and the readings will be right.",
     "Setup help in a code-switched message (policy.md A)."),
]


def records():
    out = []
    for cat, style, code, labels, subs, extra, text, note in DATA:
        lang, lang_tags = LANG[code]
        tags = [cat] + ([style] if style else []) + list(subs) + list(extra) + lang_tags
        out.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                    "note": note})
    random.Random(77).shuffle(out)
    return [dict(id="h77-%03d" % i, **r) for i, r in enumerate(out, 1)]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "holdout77.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % path)


if __name__ == "__main__":
    main()
