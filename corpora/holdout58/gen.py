#!/usr/bin/env python3
"""Source of holdout58.jsonl: 160 hand-written, hand-labelled messages of the invented seller
Quernhollow Coffee Co. (coffee brewing gear).  Run it to rebuild holdout58.jsonl.

Hard-to-see characters are spelled out below: ZW (zero-width space), CY_I / CY_A / CY_O
(Cyrillic look-alikes), fw() (full-width letters), and the emoji are written as escapes.
Records are shuffled with random.Random(58) and numbered h58-001 ... h58-160.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

ZW = "\u200b"
CY_I, CY_A, CY_O = "\u0456", "\u0430", "\u043e"
STAR = "\u2b50"
BLACK_STAR = "\u2605"
POINT = "\U0001f449"
FIRE = "\U0001f525"


def fw(s):
    """Full-width form of ASCII letters, digits, '@', '.' and '_'."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


M, O, R = "marketing", "off-platform-contact", "review-inducement"


def rec(text, labels, lang, tags, note):
    return {"text": text, "labels": sorted(labels), "lang": lang, "tags": tags, "note": note}


V = []   # violations
E = []   # evasions
N = []   # near-misses
C = []   # clean

# ============================================================== violations: English (22)
# plain
V.append(rec(
    "Hi Peregrine, hope the Millstep G3 is earning its place on your counter. Post a review of "
    "it on Amazon and we'll mail you a $15 gift card as thanks; just reply here with a screenshot "
    "once it's live. - Lucan, Quernhollow",
    [R], "en", ["violation", "plain", "incentive"],
    "A gift card promised in return for posting a review (policy.md C1)."))
V.append(rec(
    "Matthias, your Driplet filters should see you through about three months. When it's time "
    "for beans to go with them, type BEANS10 at checkout for 10% off any Hillvane bag.",
    [M], "en", ["violation", "plain", "coupon", "cross-sell"],
    "Unprompted discount code that pushes beans to a filter buyer (policy.md B)."))
V.append(rec(
    "Sorry the Swanreach is flashing E2, Matthias. It's quickest to sort out on the phone: ring "
    "Lucan on 971-555-0186 any weekday after nine and he'll walk you through resetting the base.",
    [O], "en", ["violation", "plain", "phone"],
    "The shop's own mobile number for support; not a carrier or warranty line (policy.md D3)."))
V.append(rec(
    "Thanks for picking up the Tareline T2, Desmond! A five-star rating from you would genuinely "
    "keep our little roastery going through the quiet months.",
    [R], "en", ["violation", "plain", "rating-request"],
    "Asks outright for a five-star rating (policy.md C2)."))
V.append(rec(
    "Add us on WhatsApp (+44 7700 900583) and you'll be the first to hear when the next "
    "Hillvane micro-lot lands.",
    [M, O], "en", ["violation", "plain", "new-product", "messaging-app"],
    "WhatsApp number given so the buyer hears about upcoming beans (policy.md B, D4)."))
V.append(rec(
    "Ms. Oyelaran, the replacement burr set went out this morning by courier. Since that puts "
    "things right, could you please delete the 2-star review you posted on the grinder?",
    [R], "en", ["violation", "plain", "change-review"],
    "Asks for a product review to be deleted once the fix is sent (policy.md C4)."))
V.append(rec(
    "Ambrose, apologies: the courier missed our pickup, so the Swanreach leaves tomorrow morning "
    "instead of today.\n\nLucan | Quernhollow Coffee Co.\nwww.quernhollowcoffee.com | "
    "care@quernhollowcoffee.com",
    [O], "en", ["violation", "plain", "email", "url"],
    "A permitted delay notice whose signature block carries the shop's site and address "
    "(policy.md D1, D2, section e)."))
V.append(rec(
    "Rosamund, once your review of the Lanternfield blend is up, send me the email on your "
    "PayPal account and I'll refund what you paid for the bag there.",
    [O, R], "en", ["violation", "plain", "payment", "incentive"],
    "Refund through PayPal in exchange for a review (policy.md C1, D5)."))
# careful
V.append(rec(
    "So glad the Petalcone has become part of your mornings, Desmond! If it keeps pleasing you, "
    "a few words about it on the product page would mean a lot. If anything disappoints, write "
    "to us here before posting anything, so we can put it right.",
    [R], "en", ["violation", "careful", "gating"],
    "Answers praise with a review invitation and sends unhappy buyers to the seller first "
    "(policy.md C3, section 0)."))
V.append(rec(
    "Fenella, the grind chart you asked about is too big to attach here. Write to "
    "tamsin@quernhollowcoffee.com and she'll send the full-size version back within the hour.",
    [O], "en", ["violation", "careful", "email"],
    "Moves the conversation to the shop's own mailbox (policy.md D2)."))
V.append(rec(
    "Cornelius, a heads-up since you own the E8: a matching single-dose hopper and bellows lid "
    "go live next Tuesday at amazon.com/stores/Quernhollow, and the first batch is small.",
    [M], "en", ["violation", "careful", "new-product", "listing-link"],
    "Announces upcoming accessories with a storefront link (policy.md B, D1)."))
V.append(rec(
    "Whenever you tell other shoppers about the Swanreach, Juniper, it would help us most if you "
    "mentioned how fast it boils and how well it was packed. A picture of it on your counter "
    "makes the post stand out.",
    [R], "en", ["violation", "careful", "steering"],
    "Scripts what the review should praise and asks for a photo (policy.md C7)."))
V.append(rec(
    "Ingrid, a thought for your next bag of Lanternfield: our own online shop sells the same "
    "roast for a few dollars less than Amazon and ships it the day it comes out of the roaster.",
    [M, O], "en", ["violation", "careful", "discount", "diversion"],
    "Steers the next purchase to the seller's own shop with a lower price (policy.md B, D6)."))
V.append(rec(
    "Mr. Thornbury, the note you left on our seller account about the late delivery is pulling "
    "our score below the threshold Amazon watches. Now that the kettle has reached you, would "
    "you consider withdrawing it?",
    [R], "en", ["violation", "careful", "feedback-pressure"],
    "Presses for removal of seller feedback because it hurts the account (policy.md C5)."))
V.append(rec(
    "Cornelius, if any friends of yours are after a good hand grinder, pass them your order "
    "number. For each one who buys a G3 with it, we'll knock ten dollars off your next purchase "
    "from us.",
    [M], "en", ["violation", "careful", "discount", "referral"],
    "Refer-a-friend scheme paid in money off the next order (policy.md B)."))
# split
V.append(rec(
    "Ingrid, thanks again for choosing the Tareline scale. We'd love to read what you think of "
    "it on Amazon. Anyone who does that this month gets a bag of Quietmoss decaf on us.",
    [R], "en", ["violation", "split", "incentive"],
    "The reward for reviewing comes one sentence after the ask (policy.md C1)."))
V.append(rec(
    "Burr alignment is hard to describe in writing. Lucan filmed a short clip for exactly this "
    "problem. It's on our YouTube channel, Quernhollow Bench Notes, and he answers questions in "
    "the comments there.",
    [O], "en", ["violation", "split", "social"],
    "Sends the buyer to the shop's video channel for support (policy.md D1, D4)."))
V.append(rec(
    "Your Hillvane Guji was roasted on the 3rd, so it will taste its best for about two weeks. "
    "Plan ahead. Tapping Buy it Again around the 20th means the next bag turns up just as this "
    "one runs out.",
    [M], "en", ["violation", "split", "buy-again"],
    "Unsolicited reorder push spread over three sentences (policy.md B)."))
V.append(rec(
    "Hope the E8 grinder is treating you well, Mr. Vasquez. If you're enjoying it, the Amazon "
    "page is the place to say so. If you're not, please skip that step and tell us directly "
    "instead.",
    [R], "en", ["violation", "split", "gating"],
    "Only contented buyers are sent to review; the others are diverted (policy.md C3)."))
V.append(rec(
    "Setting up the Swanreach's hold mode takes two minutes. We filmed the whole thing. It's on "
    "our own site, quernhollowcoffee.com/kettle, next to the brew guides and this week's bean "
    "specials.",
    [M, O], "en", ["violation", "split", "sale", "url"],
    "Off-Amazon link that also advertises current specials (policy.md B, D1)."))
V.append(rec(
    "Something fun for March, Peregrine. Every Quernhollow bean order this month counts as an "
    "entry in a draw for a Millstep E8. Scan the square code on the flap of your filter box and "
    "leave your name there to be counted.",
    [M, O], "en", ["violation", "split", "giveaway", "qr"],
    "Prize draw promoted through a printed square code that leads off Amazon (policy.md B, D1, "
    "section e)."))
V.append(rec(
    "We've sent a fresh Petalcone to replace the chipped one, Juniper. Your one-star note on the "
    "listing was fair at the time. Things are different now, so perhaps the words there could "
    "catch up.",
    [R], "en", ["violation", "split", "change-review"],
    "Hints that the review should be revised after the replacement (policy.md C4)."))

# ============================================================== violations: Simplified (16)
V.append(rec(
    "石女士您好，磨豆机用得顺手吗？麻烦在亚马逊给个五星好评，截图发过来，我们马上返您15美元。",
    [R], "zh", ["violation", "plain", "incentive", "rating-request"],
    "Cash back for a five-star review plus screenshot (policy.md C1, C2)."))
V.append(rec(
    "俞先生，下次买咖啡豆或滤纸，结账时输入优惠码POUR20，全店通用，直接打八折。",
    [M], "zh", ["violation", "plain", "coupon"],
    "Unprompted shop-wide coupon code, 20% off (policy.md B)."))
V.append(rec(
    "阎阿姨，温控底座怎么设置打字说不清，您加我们微信 quernhollow_cn，我录个视频发给您。",
    [O], "zh", ["violation", "plain", "messaging-app"],
    "Invites the buyer to WeChat for support (policy.md D4)."))
V.append(rec(
    "魏老师，我们建了个手冲会员微信群，每周五群里放会员价豆子，回复“进群”我拉您进来。",
    [M, O], "zh", ["violation", "plain", "vip-list", "messaging-app"],
    "Members-only WeChat group with member prices (policy.md B, D4)."))
V.append(rec(
    "戴先生，退款已经给您办好了，麻烦您顺手把磨豆机页面上那条差评删掉，谢谢理解。",
    [R], "zh", ["violation", "plain", "change-review"],
    "Asks for the negative review to be deleted after a refund (policy.md C4)."))
V.append(rec(
    "小棠，滤杯用着顺心的话，欢迎到商品页写几句使用感受；要是哪里不称心，先别急着公开写，直接在这儿跟我们说就好。",
    [R], "zh", ["violation", "careful", "gating"],
    "Only satisfied buyers are invited to post; unhappy ones are held back (policy.md C3)."))
V.append(rec(
    "石女士，您问的冲煮比例我们整理成了一张图，放在 qhol.link/ratio 这个短链里，点开就能保存。",
    [O], "zh", ["violation", "careful", "url"],
    "A shortened link to the shop's own page (policy.md D1)."))
V.append(rec(
    "俞先生，跟您说个消息：和您那把手摇磨豆机同系列的陶瓷滤杯下周三开卖，首批只有两百只，老客户可以先下单。",
    [M], "zh", ["violation", "careful", "new-product"],
    "Launch announcement without the word 新品 (policy.md B)."))
V.append(rec(
    "阎阿姨，您以后在亚马逊写使用感受的时候，麻烦带上“出粉均匀、做工扎实”这两句，再配两张照片，字数多写一点。",
    [R], "zh", ["violation", "careful", "steering"],
    "Dictates wording, photos and length of the review (policy.md C7)."))
V.append(rec(
    "魏老师，以后买豆子不用走亚马逊了，直接转账给我们就行，当天烘当天寄，比平台上便宜一截。",
    [M, O], "zh", ["violation", "careful", "discount", "payment", "diversion"],
    "Direct transfer outside Amazon at a lower price (policy.md B, D5, D6)."))
V.append(rec(
    "戴先生，电子秤收到了吧？方便的时候去亚马逊分享一下使用体验。分享完截个图发给我们，就能参加月底的抽奖，奖品是一台电动磨豆机。",
    [R], "zh", ["violation", "split", "incentive"],
    "Draw entry offered for a review screenshot, one sentence after the ask (policy.md C1)."))
V.append(rec(
    "电动磨豆机卡豆这个情况我们碰到过。这种事电话里讲最快。您拨 +1 (971) 555-0153，报上名字就有人接。",
    [O], "zh", ["violation", "split", "phone"],
    "The shop's phone number for support (policy.md D3)."))
V.append(rec(
    "小棠，您这次只买了手冲壶。其实壶、秤、滤杯三件一起拿更划算。这个组合这周只要129美元，比分开买省将近30美元。",
    [M], "zh", ["violation", "split", "sale", "bundle"],
    "Bundle offer with a time-limited price (policy.md B)."))
V.append(rec(
    "俞先生，包裹晚到确实是物流的问题。您给店铺打的那个差评让我们账户分数掉了不少。您要是愿意撤掉，下次买豆子我们给您打八五折。",
    [M, R], "zh", ["violation", "split", "discount", "feedback-pressure", "incentive"],
    "Seller feedback removal pressed for and paid with a discount (policy.md B, C5; judgement "
    "call 5 in README)."))
V.append(rec(
    "我们在小红书上有个号，叫“Quernhollow手冲日记”。每周都会发不同豆子的冲煮参数。关注以后私信“手冲”两个字，就能领店铺专属优惠。",
    [M, O], "zh", ["violation", "split", "discount", "follow", "social"],
    "Follow-us on a social app with a hidden discount (policy.md B, D4)."))
V.append(rec(
    "阎阿姨，电子说明书文件太大，这里传不上来。麻烦您发封邮件到 care@quernhollowcoffee.com，写上订单号，我们当天回。",
    [O], "zh", ["violation", "split", "email"],
    "Sends the buyer to the shop's e-mail address (policy.md D2)."))

# ============================================================== violations: Traditional (10)
V.append(rec(
    "謝小姐您好，手沖壺用得還習慣嗎？在亞馬遜留下五星評價後截圖給我們，我們就把運費全額退給您喔。",
    [R], "zh", ["violation", "plain", "incentive", "rating-request", "traditional", "taiwanese"],
    "Shipping cost refunded for a five-star review (policy.md C1, C2)."))
V.append(rec(
    "黎先生，濾杯破掉的照片麻煩直接傳到我們的LINE @quernhollowtw，比在這裡來回快很多喔。",
    [O], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
    "LINE handle for support (policy.md D4)."))
V.append(rec(
    "譚太，部磨豆機收到咗未呀？下次買啲咖啡豆，結賬時入優惠碼POUR20就減兩成，全店貨品都用得㗎。",
    [M], "zh", ["violation", "plain", "coupon", "traditional", "cantonese"],
    "Unprompted shop-wide code (policy.md B)."))
V.append(rec(
    "童小姐，如果濾紙用起來還順手，歡迎到商品頁寫下心得；如果有任何不順，拜託先傳訊息給我們，不要直接公開寫。",
    [R], "zh", ["violation", "careful", "gating", "traditional", "taiwanese"],
    "Conditional invitation plus diversion of unhappy buyers (policy.md C3)."))
V.append(rec(
    "黎先生，下次要補豆子可以不用經過亞馬遜，直接到我們自己的賣場下單，出貨比較快，還能指定烘焙度喔。",
    [O], "zh", ["violation", "careful", "diversion", "traditional", "taiwanese"],
    "Moves repeat orders to the seller's own shop (policy.md D6)."))
V.append(rec(
    "關生，新嘅刀盤已經寄咗出去，應該聽日到。你喺產品頁寫嗰段留言，到時可唔可以改返一改，反映返而家嘅情況？",
    [R], "zh", ["violation", "careful", "change-review", "traditional", "cantonese"],
    "Asks for the product-page text to be revised after the fix (policy.md C4)."))
V.append(rec(
    "歐陽生，你部Swanreach壺配我哋嘅陶瓷濾杯最夾，我哋有套濾杯連濾紙嘅組合，同你部壺啱啱好，有興趣可以喺店舖搵下。",
    [M], "zh", ["violation", "careful", "cross-sell", "traditional", "cantonese"],
    "Cross-sells a dripper set to a kettle buyer (policy.md B)."))
V.append(rec(
    "謝小姐，您身邊有在喝手沖的朋友嗎？可以把您的訂單編號給他們。他們下單時報上這個編號，您下一次買豆子就能少付一百元喔。",
    [M], "zh", ["violation", "split", "discount", "referral", "traditional", "taiwanese"],
    "Referral reward spread over three sentences (policy.md B)."))
V.append(rec(
    "童小姐，細口壺的注水手法用文字很難說明白。我們在臉書有個社團，叫「Quernhollow手沖同好會」。裡面有很多示範影片，歡迎加入發問喔。",
    [O], "zh", ["violation", "split", "social", "traditional", "taiwanese"],
    "Invites the buyer to a Facebook group (policy.md D4)."))
V.append(rec(
    "霍小姐，你話部秤好好用，我哋聽到好開心。既然你咁滿意，不如去亞馬遜俾返五粒星我哋？",
    [R], "zh", ["violation", "split", "rating-request", "gating", "traditional", "cantonese"],
    "Five stars asked of a buyer who has just praised the scale (policy.md C2, C3, section 0)."))

# ============================================================== violations: mixed (2)
V.append(rec(
    "Hi 俞先生, 您的 Millstep E8 应该到了吧？Give the E8 a 5-star review on Amazon, 我们就送您一盒 "
    "Driplet 滤纸。",
    [R], "mixed", ["violation", "plain", "incentive", "rating-request", "mixed"],
    "Five-star review for a free box of filters, in two languages (policy.md C1, C2)."))
V.append(rec(
    "魏老师, the Lanternfield blend you liked is back in stock. 这次只到了四十包，上次两天就卖光了。"
    "Grab one before they go.",
    [M], "mixed", ["violation", "careful", "restock", "mixed"],
    "Unsolicited restock alert with urgency (policy.md B)."))

# ============================================================== evasions: English (14)
E.append(rec(
    "Matthias, should the G3 live up to the hype for you, a f" + CY_I + "ve-st" + CY_A
    + "r rev" + CY_I + "ew would make Lucan's whole week.",
    [R], "en", ["evasion", "rating-request", "homoglyph"],
    "Five-star review request with Cyrillic i and a (policy.md C2, section e)."))
E.append(rec(
    "Quicker to fix the kettle fault over S i g n a l, Desmond. The number there is nine "
    "seven one, five five five, zero one five three.",
    [O], "en", ["evasion", "messaging-app", "spacing", "number-words"],
    "Spaced app name (Signal) and a phone number in words (policy.md D4, section e)."))
E.append(rec(
    "Ingrid, the descaling sheet is a PDF we can't attach here. Ask for it at quernhollow dot "
    "brewbar at gmail dot com and it's yours tonight.",
    [O], "en", ["evasion", "email", "spelled-email"],
    "Free-mail address spelled out with at and dot (policy.md D2, section e)."))
E.append(rec(
    "Ms. Oyelaran, text Lucan directly about the grinder: oh seven seven oh oh, nine oh oh, five "
    "eight three. He's quicker than this inbox.",
    [O], "en", ["evasion", "phone", "number-words"],
    "UK mobile number written in words (policy.md D3, section e)."))
E.append(rec(
    "Psst, Fenella: B-R-E-W-1-5 at checkout takes 15% off the whole shop until Friday.",
    [M], "en", ["evasion", "coupon", "separator"],
    "Discount code broken up with hyphens (policy.md B, section e)."))
E.append(rec(
    "Cornelius, write a quick r3vi3w of the Tareline and a bag of Quietmoss decaf lands on your "
    "doorstep, on the house.",
    [R], "en", ["evasion", "incentive", "leetspeak"],
    "Free beans for a review spelled with digits (policy.md C1, section e)."))
E.append(rec(
    "Rosamund, follow " + fw("@quernhollow.brews") + " to catch the Friday bean drops before "
    "anyone else.",
    [M, O], "en", ["evasion", "follow", "social", "fullwidth"],
    "Instagram handle in full-width letters (policy.md B, D4, section e)."))
E.append(rec(
    "Desmond, the brew guide sits at quernhollow" + ZW + "coffee" + ZW + ".com/guides, printable "
    "ratio card included.",
    [O], "en", ["evasion", "url", "zero-width"],
    "Shop domain with zero-width spaces inside (policy.md D1, section e)."))
E.append(rec(
    "Juniper, loving the Petalcone? Then " + STAR * 5 + " on Amazon, please! Not loving it? "
    "Message us here first and hold off on posting.",
    [R], "en", ["evasion", "rating-request", "gating", "emoji"],
    "Five star emoji for happy buyers, unhappy ones held back (policy.md C2, C3, section e)."))
E.append(rec(
    "Peregrine, the quickest way to reach Lucan is the paper-plane app. Look him up as "
    "quernhollow, underscore, help.",
    [O], "en", ["evasion", "messaging-app", "nickname", "split-handle"],
    "Telegram named by its icon, handle given in pieces (policy.md D4, section e)."))
E.append(rec(
    "Our account on the photo app has slow-motion pour videos for the Swanreach. Follow it: type "
    "quernhollow, then a dot, then brews.",
    [M, O], "en", ["evasion", "follow", "social", "nickname", "split-handle"],
    "Instagram described, handle assembled by the buyer (policy.md B, D4, section e)."))
E.append(rec(
    "Mr. Vasquez, h" + CY_A + "lf " + CY_O + "ff your next bag of Hillvane the day your review "
    "goes live.",
    [M, R], "en", ["evasion", "discount", "incentive", "homoglyph"],
    "Half-price beans for a review, with Cyrillic a and o (policy.md B, C1, section e)."))
E.append(rec(
    "Ambrose, with the new burrs fitted, would you re" + ZW + "visit your re" + ZW + "view on "
    "the grinder page and nudge the stars up?",
    [R], "en", ["evasion", "change-review", "zero-width"],
    "Asks to raise an existing review, keywords split by zero-width spaces (policy.md C4, "
    "section e)."))
E.append(rec(
    "Mr. Thornbury, rather than wait on Amazon, let us send the $18 straight to your P4yP4l "
    "today; just reply with the address the account is under.",
    [O], "en", ["evasion", "payment", "leetspeak"],
    "Off-Amazon payout with the payment service in digits (policy.md D5, section e)."))

# ============================================================== evasions: Simplified (9)
E.append(rec(
    "石女士，给个haoping就返您10美元，截个图发过来就行。",
    [R], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
    "好评返现 written in pinyin (policy.md C1, section e)."))
E.append(rec(
    "俞先生，加一下薇信 quernhollow_cn，研磨刻度的视频我发您。",
    [O], "zh", ["evasion", "messaging-app", "homophone"],
    "微信 written as 薇信 (policy.md D4, section e)."))
E.append(rec(
    "阎阿姨，磨豆机有问题直接打给阿鸢：九七一五五五零一五三，白天都有人接。",
    [O], "zh", ["evasion", "phone", "cn-numerals"],
    "Phone number in Chinese numerals (policy.md D3, section e)."))
E.append(rec(
    "魏老师，下单时输入 B E A N S 1 0，全店咖啡豆打九折。",
    [M], "zh", ["evasion", "coupon", "spacing"],
    "Code spaced out letter by letter (policy.md B, section e)."))
E.append(rec(
    "小棠，滤杯用着好的话，帮忙点亮" + STAR * 5 + "，好/评对我们真的很重要！",
    [R], "zh", ["evasion", "rating-request", "gating", "separator", "emoji"],
    "Stars as emoji and 好评 split by a slash, conditional on satisfaction (policy.md C2, C3, "
    "section e)."))
E.append(rec(
    "戴先生，去小红薯搜“Quernhollow手冲日记”，关注后私信我们有粉丝专属价。",
    [M, O], "zh", ["evasion", "discount", "follow", "social", "nickname"],
    "小红书 called 小红薯, follower-only price (policy.md B, D4, section e)."))
E.append(rec(
    "阎阿姨，刀盘已经给您换新了，之前那条差苹能不能帮忙删平一下？",
    [R], "zh", ["evasion", "change-review", "homophone"],
    "删评 written as 删平 (policy.md C4, section e)."))
E.append(rec(
    "阎阿姨，电子版说明书请您写信到" + fw("care@quernhollowcoffee.com") + "，记得把订单尾号一起写上。",
    [O], "zh", ["evasion", "email", "fullwidth"],
    "E-mail address in full-width letters (policy.md D2, section e)."))
E.append(rec(
    "魏老师，这周末手冲壶dazhe，平时89美元，现在只要69，库存不多了。",
    [M], "zh", ["evasion", "sale", "pinyin"],
    "打折 written in pinyin (policy.md B, section e)."))

# ============================================================== evasions: Traditional (5)
E.append(rec(
    "黎先生，有問題可以加我們的賴 @quernhollowtw，晚上也有人回覆喔。",
    [O], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
    "LINE written as 賴 (policy.md D4, section e)."))
E.append(rec(
    "關生，部磨豆機有咩問題，直接打俾阿鳶：零七七零零 九零零九二六，佢識講廣東話。",
    [O], "zh", ["evasion", "phone", "cn-numerals", "traditional", "cantonese"],
    "UK number in Chinese numerals (policy.md D3, section e)."))
E.append(rec(
    "譚太，幫我哋喺亞馬遜畀個好·評，我哋即刻寄一包濾紙俾你。",
    [R], "zh", ["evasion", "incentive", "rating-request", "separator", "traditional",
                "cantonese"],
    "好評 split by a dot, filters as the reward (policy.md C1, C2, section e)."))
E.append(rec(
    "謝小姐，結帳時輸入 GRIND" + ZW + "12 可以打八五折，全館適用喔。",
    [M], "zh", ["evasion", "coupon", "zero-width", "traditional", "taiwanese"],
    "Code with a zero-width space inside (policy.md B, section e)."))
E.append(rec(
    "童小姐，" + POINT + " amazon.com/dp/B0F3KQ7W9N 這款溫控細口壺本週八折，想多買一支送人的話直接點進去喔" + FIRE,
    [M], "zh", ["evasion", "sale", "listing-link", "emoji", "traditional", "taiwanese"],
    "Listing link and sale dressed in emoji (policy.md B, D1, section e)."))

# ============================================================== evasions: mixed (2)
E.append(rec(
    "Hi 石女士, grinder 以后有问题 just ping 我们的 green app, 或者写信到 care (at) "
    "quernhollowcoffee (dot) com, 回得比这里快多了.",
    [O], "mixed", ["evasion", "messaging-app", "email", "nickname", "spelled-email", "mixed"],
    "Unnamed chat app plus an address spelled with (at) and (dot) (policy.md D2, D4, "
    "section e)."))
E.append(rec(
    "霍小姐, your Tareline 電子秤應該到咗. 留個 g00d r3view 喺 Amazon, we'll send 你一包 Quietmoss "
    "decaf 㗎.",
    [R], "mixed", ["evasion", "incentive", "rating-request", "leetspeak", "traditional",
                   "cantonese", "mixed"],
    "Good review for free decaf, keywords in digits, Cantonese and English (policy.md C1, C2, "
    "section e)."))

# ============================================================== near-misses: English (23)
N.append(rec(
    "Peregrine, the crack in the kettle lid is our fault. A replacement lid ships free of charge "
    "today, and there's no need to send the old one back.",
    [], "en", ["near-miss", "remedy"],
    "Free replacement as a remedy, nothing asked in return (policy.md B near-misses)."))
N.append(rec(
    "Sorry the Hillvane beans reached you past their best, Matthias. Amazon has refunded that "
    "bag in full at our request; the money usually appears within five business days.",
    [], "en", ["near-miss", "remedy"],
    "Refund with no link to a review (policy.md C near-misses)."))
N.append(rec(
    "You asked where order 113-5550153-6628014 has got to, Rosamund: it left us this morning in "
    "a padded box, and tracking TBA613820475519 should show movement by tonight.",
    [], "en", ["near-miss", "lookalike-number"],
    "The order id contains 555-0153, the shop's phone digits; it is not a number to call "
    "(policy.md D near-misses)."))
N.append(rec(
    "Desmond, we can't offer codes, freebies or anything else in exchange for a review, and we "
    "wouldn't want to. What we can do is fix the wobble in your grinder handle: a new crank arm "
    "is already on its way.",
    [], "en", ["near-miss", "negation"],
    "Names incentives only to refuse them (policy.md C near-misses)."))
N.append(rec(
    "Hello Ingrid, a note from Quernhollow about order 112-6093517-8842609 (Tareline T2 scale). "
    "If you have a moment, an honest review on Amazon helps other brewers judge whether the "
    "scale suits them. Thank you either way.",
    [], "en", ["near-miss", "neutral-request"],
    "One neutral review request with no rating, condition or reward (interface.md; policy.md C "
    "near-misses)."))
N.append(rec(
    "To send the grinder back, open amazon.com/your-orders, choose order 114-5187320-0463918 and "
    "pick the return option there. The label is prepaid, Cornelius, so there's nothing to pay.",
    [], "en", ["near-miss", "amazon-page"],
    "Link to Amazon's own orders page for a return (policy.md D near-misses)."))
N.append(rec(
    "Fenella, the 15% coupon you spotted is Amazon's own clip-on offer: tick the box under the "
    "price on the listing and it applies at checkout. We don't control it, so we can't extend it "
    "past Sunday.",
    [], "en", ["near-miss", "answer"],
    "Explains an Amazon coupon the buyer asked about (policy.md B near-misses)."))
N.append(rec(
    "Cornelius, kind of you to offer, but we can't take payment by phone or PayPal, only through "
    "Amazon. The spare burr brush you asked about can only be bought the usual way, on Amazon.",
    [], "en", ["near-miss", "refusal"],
    "Declines the buyer's off-Amazon payment offer (policy.md D5)."))
N.append(rec(
    "Mr. Thornbury, glad the replacement base arrived and the kettle heats properly again. Should "
    "you ever wish to, Amazon lets you edit or withdraw the seller feedback you left earlier; "
    "it's entirely your call, and nothing is expected.",
    [], "en", ["near-miss", "feedback-notice"],
    "Neutral notice after resolution that seller feedback can be edited (policy.md C5)."))
N.append(rec(
    "Juniper, the Swanreach's keep-warm mode is rated for up to 60 minutes, the spout is shaped "
    "for a free-flowing pour, and the stand is BPA-free plastic.",
    [], "en", ["near-miss", "product-word"],
    "Rated and free as product facts (policy.md B near-misses)."))
N.append(rec(
    "You wrote, 'can I just call you or WhatsApp you instead?' I'm afraid we can only help "
    "through Amazon messages, Ambrose, but I'm happy to go through the burr swap here one step "
    "at a time.",
    [], "en", ["near-miss", "quoted-buyer"],
    "The app name is in the buyer's quoted words and is declined (policy.md D near-misses)."))
N.append(rec(
    "Ms. Oyelaran, as you asked, we've cancelled the second kettle on order 111-3029684-7715502. "
    "The first one is unaffected and goes out with UPS on Monday, tracking 1Z5E82W70347719203.",
    [], "en", ["near-miss", "logistics-word"],
    "Cancellation the buyer asked for (policy.md A near-misses)."))
N.append(rec(
    "Thank you for mentioning the 5-star review in your message, Mr. Vasquez. Lucan was "
    "delighted to hear the E8 is grinding so evenly for your espresso.",
    [], "en", ["near-miss", "review-thanks"],
    "Thanks for a review the buyer brought up; no request (policy.md C near-misses)."))
N.append(rec(
    "Desmond, your scale's tracking number is USPS 9400 1118 2736 5520 9184 63. The USPS "
    "tracking page shows it waiting at your local post office, so it can be collected with ID.",
    [], "en", ["near-miss", "carrier-site"],
    "Points to the carrier's own tracking page (policy.md D near-misses)."))
N.append(rec(
    "Lucan here, Rosamund. The Millstep E8 motor is under warranty for two years, so if the hum "
    "comes back, message us in this thread with the order number and we'll arrange the repair "
    "through Amazon.",
    [], "en", ["near-miss", "warranty"],
    "Warranty handled inside Amazon messaging (policy.md D3)."))
N.append(rec(
    "Fenella, the price you paid ($42) already covered the burr brush; it sits under the foam "
    "insert, which is easy to miss.",
    [], "en", ["near-miss", "price-paid"],
    "States what the paid price included; no offer (policy.md B near-misses)."))
N.append(rec(
    "Starting point for the Petalcone: 15 g of coffee to 250 g of water at 94 C, bloom for 40 "
    "seconds, then pour in slow spirals.",
    [], "en", ["near-miss", "substring"],
    "Starting contains star; brewing advice only (policy.md C near-misses)."))
N.append(rec(
    "We put your returned Petalcone through our bench review, Peregrine: the crack runs up from "
    "the foot, which is a firing flaw, so Amazon will refund you in full.",
    [], "en", ["near-miss", "review-word"],
    "Review means the workshop inspection (policy.md section 0)."))
N.append(rec(
    "Fenella, since the filters came crushed, a fresh pack of 100 Driplet filters is on its way "
    "at no charge by Royal Mail, tracking QP482019637GB. Please keep or recycle the damaged ones.",
    [], "en", ["near-miss", "remedy"],
    "Replacement at no charge (policy.md B near-misses)."))
N.append(rec(
    "Order 112-8471056-2390467, from Quernhollow: once the Petalcone has had a few weeks of use, "
    "we'd value a product review on Amazon describing how it's gone, whatever your verdict turns "
    "out to be.",
    [], "en", ["near-miss", "neutral-request"],
    "Neutral single review request, either verdict welcome (interface.md; policy.md section b)."))
N.append(rec(
    "You asked whether we ever run sales, Matthias. Any price drops happen on the Amazon listing "
    "itself, and we don't send codes through messages.",
    [], "en", ["near-miss", "answer"],
    "Answers a question about sales and offers nothing (policy.md B near-misses)."))
N.append(rec(
    "Cornelius, order 112-5550186-0913475 is packed; the courier collects it at four this "
    "afternoon, and Amazon will show the tracking once they scan it.",
    [], "en", ["near-miss", "lookalike-number"],
    "Order id with Lucan's 555-0186 inside it (policy.md D near-misses)."))
N.append(rec(
    "I'm sorry, Rosamund, but we don't hand out a personal email or phone number. Everything, "
    "including your warranty claim, stays in this Amazon thread so there's a record of it.",
    [], "en", ["near-miss", "refusal"],
    "Refuses to give contact details (policy.md D2, D3)."))

# ============================================================== near-misses: Simplified (17)
N.append(rec(
    "石女士，我们根据您提供的线索评估了一下，应该是刀盘没有装到位，拧紧顶部的螺母就好。",
    [], "zh", ["near-miss", "substring"],
    "线索评估 contains 索评 across a word boundary (policy.md C near-misses)."))
N.append(rec(
    "俞先生，我们正好评估过这一批豆子的烘焙度，属于中浅烘，适合手冲，不太适合做意式。",
    [], "zh", ["near-miss", "substring"],
    "正好评估 contains 好评 across a word boundary (policy.md section 0)."))
N.append(rec(
    "魏老师，已按您的要求修改收货地址，重复下的那一单 114-9362071-1058846 也已经取消。",
    [], "zh", ["near-miss", "logistics-word"],
    "修改 and 取消 for address and duplicate order (policy.md C near-misses)."))
N.append(rec(
    "阎阿姨，滤杯碎了实在抱歉，我们已经免费给您补发一只，旧的不用寄回。",
    [], "zh", ["near-miss", "remedy"],
    "免费补发 as a remedy (policy.md B near-misses)."))
N.append(rec(
    "戴先生您好，订单 111-4705839-9926137 的手摇磨豆机用了一阵子了吧？方便的话，欢迎在亚马逊写下真实的使用评价，好坏都行，对其他买家很有参考价值。",
    [], "zh", ["near-miss", "neutral-request"],
    "Neutral request, both outcomes welcome (interface.md; policy.md C near-misses)."))
N.append(rec(
    "石女士，新的底座已经签收，烧水也正常了。如果您觉得事情已经处理好，亚马逊允许您自行修改或撤回之前给店铺的反馈，做不做完全由您决定。",
    [], "zh", ["near-miss", "feedback-notice"],
    "Neutral seller-feedback notice after resolution (policy.md C5)."))
N.append(rec(
    "小棠，谢谢您在消息里说已经给了好评，阿鸢看到特别开心。滤杯以后有任何问题，随时在这里找我们。",
    [], "zh", ["near-miss", "review-thanks"],
    "Thanks for a review the buyer mentioned (policy.md C near-misses)."))
N.append(rec(
    "您问的这款颜色叫“星夜黑”，磨豆机用的是五十八毫米锥形钢刀盘，出厂前每台都校准过。",
    [], "zh", ["near-miss", "product-word"],
    "星 in a colour name (policy.md C near-misses)."))
N.append(rec(
    "俞先生，您问的满100减10优惠是亚马逊平台自己的活动，结账时自动计算，我们这边没办法另外设置。",
    [], "zh", ["near-miss", "answer"],
    "Explains Amazon's own promotion on request (policy.md B near-misses)."))
N.append(rec(
    "您在消息里问“能不能加个微信直接聊”，不好意思，按亚马逊的规定我们只能在这里回复。研磨的问题我在下面详细说明。",
    [], "zh", ["near-miss", "quoted-buyer"],
    "微信 only in the buyer's quoted question, declined (policy.md D near-misses)."))
N.append(rec(
    "阎阿姨，电动磨豆机的电机保修两年，这次的异响在保修范围内，请在亚马逊订单页面提交申请，我们会安排维修。",
    [], "zh", ["near-miss", "warranty"],
    "Warranty claim through Amazon (policy.md D3)."))
N.append(rec(
    "戴先生，单号 SF1472038659210 在顺丰官网上已经显示派送中，预计明天上午送到。",
    [], "zh", ["near-miss", "carrier-site"],
    "官网 of the carrier, not the shop (policy.md D near-misses)."))
N.append(rec(
    "石女士，您付的价格（49美元）已经包含两包滤纸，第二包压在盒子最底层，可能被泡沫挡住了。",
    [], "zh", ["near-miss", "price-paid"],
    "Price already paid and what it covered (policy.md B near-misses)."))
N.append(rec(
    "魏老师，谢谢您的好意，但我们不能通过支付宝或者银行转账收款，也不能在站外给您退款，所有款项只能走亚马逊。",
    [], "zh", ["near-miss", "refusal"],
    "Refuses payment and refund outside Amazon (policy.md D5)."))
N.append(rec(
    "小棠，我们不会因为评价给任何返现或礼品，这是亚马逊明确禁止的。您说的壶盖漏水问题，我们直接换一只新壶给您。",
    [], "zh", ["near-miss", "negation"],
    "返现 and 礼品 only negated (policy.md C near-misses)."))
N.append(rec(
    "俞先生，您寄回的手冲壶我们做了评测，确认是温控探头故障，退款已经原路退回。",
    [], "zh", ["near-miss", "review-word"],
    "评测 is the workshop test; refund is a remedy (policy.md C near-misses)."))
N.append(rec(
    "戴先生，订单 111-9715550-1532846 的咖啡豆今天下午已经交给快递，明早就能查到物流信息。",
    [], "zh", ["near-miss", "lookalike-number"],
    "Order id whose digits run into the shop's phone number (policy.md D near-misses)."))

# ============================================================== near-misses: Traditional (9)
N.append(rec(
    "謝小姐您好，訂單 114-2819463-5507712 的濾杯已經用了一陣子吧？有空的話，歡迎到亞馬遜商品頁留下真實的評價，好壞都很有參考價值喔。",
    [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
    "Neutral request, good or bad welcome (interface.md; policy.md C near-misses)."))
N.append(rec(
    "黎先生，已依照您的要求取消第二筆訂單，第一筆的電子秤今天出貨，追蹤編號 TBA907342186620。",
    [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
    "取消 at the buyer's request (policy.md A near-misses)."))
N.append(rec(
    "童小姐，濾紙受潮真的很抱歉，我們已經免費補寄一包新的，舊的不用寄回喔。",
    [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
    "免費補寄 as a remedy (policy.md B near-misses)."))
N.append(rec(
    "馬先生，磨豆機的馬達保固兩年，請從亞馬遜的訂單頁面提出申請，我們收到後三個工作天內處理。",
    [], "zh", ["near-miss", "warranty", "traditional", "taiwanese"],
    "保固 claim through Amazon (policy.md D3)."))
N.append(rec(
    "謝小姐，退貨請到 amazon.com 的「您的訂單」頁面，選這筆訂單後按退貨，標籤已經附好，不用另外付運費喔。",
    [], "zh", ["near-miss", "amazon-page", "traditional", "taiwanese"],
    "Amazon's own orders page for a return (policy.md D near-misses)."))
N.append(rec(
    "譚太，多謝你話俾我哋知已經留咗好評，阿鳶睇到好開心。部壺之後有咩問題，隨時喺度搵我哋。",
    [], "zh", ["near-miss", "review-thanks", "traditional", "cantonese"],
    "Thanks for a review the buyer reported (policy.md C near-misses)."))
N.append(rec(
    "關生，你問「可唔可以WhatsApp你哋」，唔好意思，我哋只可以喺亞馬遜度回覆。磨豆嘅問題，我喺下面逐步答你。",
    [], "zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"],
    "WhatsApp only in the buyer's quoted question (policy.md D near-misses)."))
N.append(rec(
    "歐陽生，你見到嘅九折優惠係亞馬遜自己搞嘅活動，結賬時會自動計，我哋冇辦法另外加減。",
    [], "zh", ["near-miss", "answer", "traditional", "cantonese"],
    "Explains Amazon's own promotion (policy.md B near-misses)."))
N.append(rec(
    "霍小姐，電子秤上面個星形掣係用嚟切換計時模式，長按三秒就會歸零。",
    [], "zh", ["near-miss", "product-word", "traditional", "cantonese"],
    "星 names a button (policy.md C near-misses)."))

# ============================================================== near-miss: mixed (1)
N.append(rec(
    "石女士, your refund for the cracked Petalcone 已经原路退回, usually 3 到 5 个工作日到账. Sorry "
    "again for the trouble!",
    [], "mixed", ["near-miss", "remedy", "mixed"],
    "Refund for a broken dripper, no review link (policy.md C near-misses)."))

# ============================================================== clean: English (13)
C.append(rec(
    "Ingrid, you asked why the Tareline reading drifts: tare with the dripper and paper already "
    "on the scale, then pour. The timer and the weight will then cover the water only.",
    [], "en", ["clean"], "Answers a usage question (policy.md A near-misses)."))
C.append(rec(
    "Hi Desmond, sorry for the wait. Our courier pickup slipped a day because of the storm, so "
    "your grinder will leave us Thursday instead of Wednesday. Nothing else about your order is "
    "affected.",
    [], "en", ["clean"], "Proactive delay notice (policy.md A near-misses)."))
C.append(rec(
    "Rosamund, for the Petalcone try 18 clicks from zero on the G3, then adjust two clicks at a "
    "time: finer if the cup tastes sour, coarser if it tastes bitter.",
    [], "en", ["clean"], "Grind advice in a reply (policy.md A near-misses)."))
C.append(rec(
    "Mr. Thornbury, the kettle weighs a little over a kilo, so it travels by the normal parcel "
    "service and no delivery appointment is needed on your side.",
    [], "en", ["clean"], "Delivery arrangements (policy.md A)."))
C.append(rec(
    "Matthias, to descale the Swanreach, fill it halfway with equal parts water and white "
    "vinegar, heat it to 80 C, leave it twenty minutes, then rinse twice with clean water.",
    [], "en", ["clean"], "Care instructions the buyer asked for (policy.md A near-misses)."))
C.append(rec(
    "Juniper, we engrave the kettle handles by hand. Could you confirm the initials you want, "
    "JMA, and whether they should run left to right or be stacked?",
    [], "en", ["clean"], "Verifying a custom design (policy.md A)."))
C.append(rec(
    "Fenella, the rattle in the E8 is the anti-static flap settling after each grind. It sounds "
    "alarming but does no harm; if it grows louder over the next week, tell me here.",
    [], "en", ["clean"], "Troubleshooting kept on Amazon (policy.md A)."))
C.append(rec(
    "Ambrose, the Hillvane Huila is a washed coffee, so expect something lighter and brighter "
    "than the Lanternfield blend you had before. Give it a slightly finer grind.",
    [], "en", ["clean"], "Describes the coffee the buyer bought (policy.md A)."))
C.append(rec(
    "Hello Cornelius, the scale takes two AAA batteries behind the sliding panel underneath. Both "
    "come installed, but they sometimes need a firm push to seat properly.",
    [], "en", ["clean"], "Answers a battery question (policy.md A)."))
C.append(rec(
    "Peregrine, for iced pour-over, brew with about 60 percent of your usual water straight onto "
    "100 g of ice in the carafe, and keep the dose of coffee the same.",
    [], "en", ["clean"], "Brewing advice in a reply (policy.md A near-misses)."))
C.append(rec(
    "Ms. Oyelaran, the bulk bean case is heavy and needs a signature on arrival. Which weekday "
    "afternoon suits you for the courier to come by?",
    [], "en", ["clean"], "Scheduling a bulky delivery (policy.md A)."))
C.append(rec(
    "Mr. Vasquez, the G3 burrs come out without tools: unscrew the top nut anticlockwise, lift off "
    "the spring, and the inner burr slides out of the body.",
    [], "en", ["clean"], "Maintenance answer (policy.md A)."))
C.append(rec(
    "Desmond, the Petalcone sits on mugs up to 9 cm across and holds at most 30 g of ground "
    "coffee, so it suits one or two cups at a time.",
    [], "en", ["clean"], "Product facts on request (policy.md A)."))

# ============================================================== clean: Simplified (10)
C.append(rec("石女士，手摇磨豆机从零刻度往回拧十八格，适合手冲；喝起来偏酸就调细一点，偏苦就调粗一点。",
             [], "zh", ["clean"], "Grind advice (policy.md A)."))
C.append(rec("俞先生，仓库附近下了大雪，快递揽收推迟了一天，您的手冲壶会在周四发出，其他都不受影响。",
             [], "zh", ["clean"], "Delay notice (policy.md A near-misses)."))
C.append(rec("阎阿姨，壶底的水垢可以用柠檬酸去掉：一升水放两小勺，烧开后泡二十分钟，再用清水冲两遍。",
             [], "zh", ["clean"], "Descaling advice (policy.md A)."))
C.append(rec("魏老师，您定制的壶把刻字是写汉字“魏”还是写拼音？确认之后我们就安排刻字，大约需要两天。",
             [], "zh", ["clean"], "Verifying a custom design (policy.md A)."))
C.append(rec("小棠，这款陶瓷滤杯第一次用之前，建议先用热水烫一遍，既能预热，也能去掉烧制留下的味道。",
             [], "zh", ["clean"], "Usage advice (policy.md A)."))
C.append(rec("戴先生，电子秤显示“Lo”是电量不足，把底部两节七号电池换掉就可以了。",
             [], "zh", ["clean"], "Battery answer (policy.md A)."))
C.append(rec("俞先生，豆子到了以后先别急着开袋，放在阴凉处，烘焙后第七天左右再喝，风味会更稳定。",
             [], "zh", ["clean"], "Storage advice (policy.md A)."))
C.append(rec("阎阿姨，您买的整箱咖啡豆比较重，快递员需要本人签收，请问您周几下午方便在家？",
             [], "zh", ["clean"], "Scheduling a heavy delivery (policy.md A)."))
C.append(rec("魏老师，电动磨豆机出粉口留一点细粉是正常的，每周用毛刷清理一次就不会结块。",
             [], "zh", ["clean"], "Maintenance answer (policy.md A)."))
C.append(rec("石女士，冰手冲可以这样做：分享壶里先放一百克冰，热水用平时的六成，粉量不变。",
             [], "zh", ["clean"], "Iced brewing answer (policy.md A)."))

# ============================================================== clean: Traditional (6)
C.append(rec("謝小姐，細口壺第一次使用前，建議先煮一壺清水倒掉，這樣比較不會有金屬味喔。",
             [], "zh", ["clean", "traditional", "taiwanese"], "Usage advice (policy.md A)."))
C.append(rec("黎先生，因為颱風的關係，物流晚了一天，您的磨豆機會在週四出貨，其他都不受影響。",
             [], "zh", ["clean", "traditional", "taiwanese"],
             "Delay notice (policy.md A near-misses)."))
C.append(rec("童小姐，壺把上的刻字您想用哪一種字體？確認之後我們三個工作天內完成。",
             [], "zh", ["clean", "traditional", "taiwanese"],
             "Verifying a custom design (policy.md A)."))
C.append(rec("譚太，部壺嘅溫度可以由七十度調到一百度，沖綠茶揀八十度就啱啱好。",
             [], "zh", ["clean", "traditional", "cantonese"], "Kettle settings (policy.md A)."))
C.append(rec("關生，咖啡豆開咗之後記得夾實個袋口，放喺陰涼地方，最好十四日內飲完。",
             [], "zh", ["clean", "traditional", "cantonese"], "Storage advice (policy.md A)."))
C.append(rec("霍小姐，你部電子秤讀數跳嚟跳去，可能係枱面唔夠平，試下放喺實淨啲嘅枱度。",
             [], "zh", ["clean", "traditional", "cantonese"],
             "Troubleshooting answer (policy.md A)."))

# ============================================================== clean: mixed (1)
C.append(rec(
    "小棠, quick tip for the Petalcone: 用九十三度左右的水, bloom for 30 seconds, then pour slowly "
    "in circles. 整杯大概两分半钟.",
    [], "mixed", ["clean", "mixed"], "Brewing tip in two languages (policy.md A)."))


def records():
    recs = V + E + N + C
    random.Random(58).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append(dict({"id": "h58-%03d" % i}, **r))
    return out


def main():
    with open(os.path.join(HERE, "holdout58.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
