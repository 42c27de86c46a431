#!/usr/bin/env python3
"""Builds holdout93.jsonl: 160 hand-labelled seller-to-buyer messages of an invented Amazon
archery shop, Fletchmere Archery Works.  Standard library only.

    python3 gen.py            writes holdout93.jsonl next to this file

Every record is (text, labels, lang, tags, note).  Tags: category; for violations a style
(plain / careful / split); subtypes grouped in label order; evasion techniques or one near-miss
trap; then "traditional", an optional region ("cantonese" / "taiwanese"), then "mixed".
Hard-to-see characters are spelled below (ZW, CY_A, CY_A_UP, CY_E, fw()) and stored in the
JSON file as themselves.  The records are shuffled with random.Random(93) and numbered
h93-001 .. h93-160.  records() returns the final list.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout93.jsonl")

ZW = "\u200b"          # zero-width space
CY_A = "\u0430"        # Cyrillic small a
CY_A_UP = "\u0410"     # Cyrillic capital A
CY_E = "\u0435"        # Cyrillic small ie


def fw(s):
    """Full-width form of printable ASCII."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


MK, OFF, RI = "marketing", "off-platform-contact", "review-inducement"
TW = ["traditional", "taiwanese"]
HK = ["traditional", "cantonese"]

R = []


def r(text, labels, lang, tags, note):
    R.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags, "note": note})


# ============================================================== violations: English (27)
r("Hi Ambrose, thanks again for waiting while the Kestrel R66 limbs were back-ordered. Once "
  "you have a few sessions behind you, we would love to hear on the product page how it "
  "shoots, and anyone who lets us know their post is up gets a spare set of brass nocking "
  "points and a string silencer kit tucked into an envelope from Wystan.",
  [RI], "en", ["violation", "careful", "incentive"],
  "Spare parts are promised to buyers who confirm they posted about the bow on the product "
  "page: compensation for a review, worded without the word review (policy.md C1).")
r("Hi Cordelia, Wystan here from Fletchmere. If the Brackenfall C70 has been grouping the way "
  "you hoped, we would be grateful if the score you give it on Amazon is the full five out of "
  "five; a small workshop like ours lives or dies by that top mark.",
  [RI], "en", ["violation", "careful", "rating-request"],
  "Asks for the top score, five out of five, without saying stars or review (policy.md C2).")
r("Hi Leopold, we hope the first dozen Swiftnock shafts have been through the target by now. "
  "Archers who are pleased with them usually say so on the listing page. Anyone who is not, "
  "we would much rather hear from here in the messages, so it can be sorted out quietly "
  "between us.",
  [RI], "en", ["violation", "split", "gating"],
  "Pleased buyers are pointed to the listing and unhappy ones to a quiet private channel; "
  "only the two sentences together divert the negative reviews (policy.md C3).")
r("Hello Henrietta, the new riser for order 113-0642981-2275540 has been delivered and your "
  "refund for the cracked one went through on Monday. Since the problem is fixed, please "
  "edit your 1-star review so it shows how things ended.",
  [RI], "en", ["violation", "plain", "change-review"],
  "Asks the buyer to edit a product review after a refund, which is never allowed (policy.md "
  "C4).")
r("Hi Jasper, now that the new limbs are fitted and the bow is shooting as it should, would "
  "you consider going back to the piece you wrote about the bow on Amazon last month and "
  "bringing it up to date with how things stand now? It would mean a lot to the workshop.",
  [RI], "en", ["violation", "careful", "change-review"],
  "A veiled request to rewrite an existing review after the fix (policy.md C4, section e "
  "euphemisms).")
r("Hi Rosamund, thank you for choosing the Vambrace Lite. Most shoppers skim for one thing: "
  "whether a guard stays put at full draw. When you post your thoughts on the listing, that "
  "is the detail worth leading with. How quickly the parcel reached you is the other thing "
  "people look for.",
  [RI], "en", ["violation", "split", "steering"],
  "Tells the buyer what to put in the review, spread over three sentences that are harmless "
  "alone (policy.md C7).")
r("Hello Mr. Ferreira, we understand the slow delivery of the Longtrail bow case was "
  "frustrating, and we are glad it has reached you. The remark you left about us as a seller "
  "last week is weighing heavily on our account standing, and we would be very grateful if "
  "you could take it down at your earliest convenience.",
  [RI], "en", ["violation", "careful", "feedback-pressure"],
  "Presses the buyer to take down seller feedback because it hurts the account (policy.md "
  "C5).")
r("Hi Tamsin, when you write up the Thornfield target on Amazon, it would help other archers "
  "if you mentioned that it stops 60 lb arrows without pass-through and that it turned up "
  "within two days. Those are the two things people ask us about most.",
  [RI], "en", ["violation", "careful", "steering"],
  "Scripts the content of the buyer's review (policy.md C7).")
r("Dear Percival, if the Vambrace Lite has kept your forearm safe, please give it a 5-star "
  "review on Amazon. Every top rating helps a small archery shop like ours stay open.",
  [RI], "en", ["violation", "plain", "rating-request"],
  "Asks outright for a five-star review (policy.md C2).")
r("Hi Wilhelmina, leave a review of your Swiftnock arrows and we will send you 25% off your "
  "next dozen as a thank-you.",
  [MK, RI], "en", ["violation", "plain", "discount", "incentive"],
  "A discount on the next purchase in exchange for a review: an incentive (policy.md C1) and a "
  "promotion of the next order (policy.md B).")
r("Hi Barnaby, your Swiftnock arrows are on their way. When you need another dozen, type NOCK15 "
  "into the claim box at checkout and the total comes down by fifteen percent.",
  [MK], "en", ["violation", "careful", "coupon"],
  "Hands out a discount code for the next order without the word coupon (policy.md B).")
r("Hello Ms. Nakamura-Boyd, thank you for choosing the Kestrel R66. Wystan has just finished "
  "the first batch of a lighter 62-inch version of that same bow. It goes up under our shop "
  "name next week, and earlier buyers get first pick.",
  [MK], "en", ["violation", "split", "new-product"],
  "A new-product announcement split between the news and the invitation to buy (policy.md B).")
r("Hi Jasper, heads up: every Swiftnock dozen is on sale this weekend only, 30% off until "
  "Sunday night.",
  [MK], "en", ["violation", "plain", "sale", "discount"],
  "An unsolicited weekend sale (policy.md B).")
r("Hello Henrietta, the 70-inch Kestrel limbs that sold through in the spring are back at the "
  "workshop as of this morning. There are only twelve sets, so anyone who has been waiting "
  "may want to move quickly.",
  [MK], "en", ["violation", "careful", "restock"],
  "A back-in-stock push with urgency, not needed for any order (policy.md B).")
r("Hi Percival, glad the Vambrace Lite fits well. If anyone at your club asks where it came "
  "from, have them mention your name when they order from us. Both of you will see a little "
  "taken off the next bill.",
  [MK], "en", ["violation", "split", "referral"],
  "A refer-a-friend reward assembled from two sentences that are harmless alone (policy.md B).")
r("Hi Wilhelmina, a small circle of our regular archers hears about each limb batch before "
  "anyone else and pays less than the listing shows. If you would like to be part of it, "
  "reply with the words 'inner circle' and Wystan will add you.",
  [MK], "en", ["violation", "careful", "vip-list"],
  "An invitation to a members' list with early access and lower prices (policy.md B).")
r("Follow us on Instagram at @fletchmere.range for our monthly giveaway: one lucky follower "
  "wins a Longtrail bow case!",
  [MK, OFF], "en", ["violation", "plain", "giveaway", "follow", "social"],
  "A giveaway tied to following a social account (policy.md B, D4).")
r("Hi Tamsin, if the arrow rest gives you more trouble, Wystan reads his own inbox far more "
  "often than this one. His address is printed on the card that came in the box, and a photo "
  "of the setup sent there will reach him the same day.",
  [OFF], "en", ["violation", "careful", "email"],
  "Sends the buyer to a private mail address printed on an insert, without writing it out "
  "(policy.md D2, section e on inserts).")
r("Hi Mr. Ferreira, cam timing is much easier to talk through than to type. Wystan is at the "
  "bench most weekday mornings and enjoys a good cam puzzle. The number on the back of your "
  "receipt card rings right beside him.",
  [OFF], "en", ["violation", "split", "phone"],
  "An invitation to phone the workshop, pieced together from three sentences (policy.md D3, "
  "D6).")
r("Hi Leopold, many of our archers find it quicker to send Wystan a voice note on Signal while "
  "they set up the sight; he is listed there under the shop's name, so you can carry on with "
  "him directly.",
  [OFF], "en", ["violation", "careful", "messaging-app"],
  "Moves the conversation to a chat app that policy.md does not list by name (policy.md D4).")
r("Next time, order straight from www.fletchmerearchery.com: the same Swiftnock arrows cost 20% "
  "less on our own website than on Amazon.",
  [MK, OFF], "en", ["violation", "plain", "discount", "url", "diversion"],
  "Diverts the next purchase to the shop's own site with a lower price (policy.md D1, D6, B).")
r("Hi Rosamund, we are sorry the bow case latch snapped. Rather than going through the return "
  "process, we can send the $38 back to you ourselves today; just reply with the name on your "
  "bank account and its routing details.",
  [OFF], "en", ["violation", "careful", "payment"],
  "Offers money back outside Amazon and asks for bank details (policy.md D5).")
r("Hi Jasper, Amazon's fees on bows are steep, as you can imagine. The second riser you "
  "mentioned does not need to go through the listing at all. Wystan has a simple invoice he "
  "can send over, and it ships from the same workshop.",
  [OFF], "en", ["violation", "split", "payment", "diversion"],
  "Takes the next sale off Amazon with a direct invoice, said over three sentences (policy.md "
  "D5, D6).")
r("Hi Barnaby, inside the lid of your Longtrail case there is a small printed square. Point "
  "your phone's camera at it. It opens our own help desk, which answers much faster than "
  "Amazon messages do.",
  [OFF], "en", ["violation", "split", "diversion", "qr"],
  "A QR code that leads to an off-Amazon help desk, never named as a QR code (policy.md D1, "
  "section e on inserts).")
r("Hi Percival, the archers who shoot our bows swap range-day photos in an online group called "
  "Fletchmere Range Club. Just search the name and ask to join; Wystan posts his tuning tips "
  "there before anywhere else.",
  [MK, OFF], "en", ["violation", "careful", "follow", "social"],
  "An invitation to join the shop's social group, without naming the site (policy.md B, D4).")
r("Hi Cordelia, if anything is wrong with your Brackenfall C70, please email "
  "range@fletchmerearchery.com before you leave a review on Amazon.",
  [OFF, RI], "en", ["violation", "plain", "email", "gating"],
  "An e-mail address plus diversion of unhappy buyers before they review (policy.md D2, C3).")
r("Hi Tamsin, the Kestrel R66 you bought is one of three pieces Wystan sets up as a starter "
  "kit. The other two are the Vambrace Lite and the Longtrail case. Taken together from our "
  "storefront, all three cost about what the bow and case cost alone.",
  [MK], "en", ["violation", "split", "bundle"],
  "A bundle offer built from a description and a price comparison (policy.md B).")

# ============================================================== violations: Simplified (19)
r("石先生您好，Kestrel R66 用了一阵子之后，如果方便，在亚马逊商品页写几句使用感受。写好后跟阿桦说"
  "一声，我们再寄一副备用弓弦给您，算是一点心意。",
  [RI], "zh", ["violation", "careful", "incentive"],
  "A spare bowstring promised for writing on the product page: an incentive in polite words "
  "(policy.md C1, section e).")
r("邹女士好，Brackenfall 复合弓您用着顺手的话，麻烦在亚马逊上给个满分，五颗全点亮，对我们这种小作"
  "坊帮助特别大。",
  [RI], "zh", ["violation", "careful", "rating-request"],
  "Asks for full marks, all five lit, without the characters for star or review (policy.md "
  "C2).")
r("贾老师您好，箭杆应该已经签收了吧。射着顺手的朋友一般会去商品页说几句。要是哪里不对劲，先在这里跟"
  "我们说就好。那样的话，商品页那边就不用急着写了。",
  [RI], "zh", ["violation", "split", "gating"],
  "Happy buyers go to the product page, unhappy ones to the seller and away from it; only the "
  "four sentences together do it (policy.md C3).")
r("小樊你好，订单 111-9185530-4470162 的退款已经处理完毕。麻烦把那条差评删掉，删除后我们再补寄一盒"
  "箭羽给你。",
  [RI], "zh", ["violation", "plain", "change-review", "incentive"],
  "Asks to delete a negative review and pays for it with fletching (policy.md C4, C1).")
r("韦阿姨您好，新的弓片已经换好，现在拉起来也没有异响了。您之前在商品页上写的那几句，能不能照现在的"
  "样子重新写一下？",
  [RI], "zh", ["violation", "careful", "change-review"],
  "Asks the buyer to rewrite her product-page text after the fix (policy.md C4).")
r("祝先生您好，上周箭靶晚到的事，我们已经跟您道过歉了。您在订单下面给店铺留的那段话，现在排在店铺页"
  "最上面。我们这个季度的账户考核就卡在这一条上，您看能不能高抬贵手。",
  [RI], "zh", ["violation", "split", "feedback-pressure"],
  "Pressure to withdraw seller feedback, spread over three sentences (policy.md C5).")
r("包女士您好！请给 Vambrace 护臂一个五星好评，这对我们非常重要，谢谢支持！",
  [RI], "zh", ["violation", "plain", "rating-request"],
  "A direct request for a five-star review (policy.md C2).")
r("邵先生您好，您订的碳素箭已经出库。下回再补箭杆，结账时把 DRAW20 填进兑换码那一栏，总价就会少两成"
  "。",
  [MK], "zh", ["violation", "careful", "coupon"],
  "A code for twenty per cent off the next order, without the words for coupon or discount "
  "(policy.md B).")
r("石先生您好，谢谢您一直用我们的反曲弓。阿桦这周在工作间试射了一款更轻的六十二寸版本。下周一它会挂"
  "到我们店铺里，老顾客可以先挑。",
  [MK], "zh", ["violation", "split", "new-product"],
  "A new-product announcement spread over three sentences (policy.md B).")
r("邹女士您好，算下来您那打碳素箭差不多该射断几支了。趁秋季比赛开始前再补一打，省得到时候临时着急。",
  [MK], "zh", ["violation", "careful", "buy-again"],
  "Urges the buyer to buy the same arrows again (policy.md B, interface.md buy again).")
r("贾老师您好，跟您那把弓配套的箭袋在这里：amazon.com/dp/B0F3KW7R9D，颜色跟弓把是同一个系列。",
  [MK], "zh", ["violation", "careful", "cross-sell", "listing-link"],
  "Links another Amazon listing to sell a matching quiver (policy.md B, D1).")
r("小樊你好！本周末店铺全场箭靶打八折，错过要再等一年哦！",
  [MK], "zh", ["violation", "plain", "sale", "discount"],
  "A weekend sale with twenty per cent off (policy.md B).")
r("韦阿姨您好，我们每个月都会从当月下单的顾客里抽一位。被抽中的人会收到一只 Longtrail 弓箱。您这一"
  "单已经在名单里了，月底留意站内消息就好。",
  [MK], "zh", ["violation", "split", "giveaway"],
  "A monthly prize draw, introduced over three sentences (policy.md B).")
r("祝先生您好，瞄准器的调法用文字说不太清楚。您要是方便，把您的私人聊天号发过来，阿桦加上后用视频一"
  "步一步教您调。",
  [OFF], "zh", ["violation", "careful", "messaging-app"],
  "Asks for the buyer's private chat ID to continue outside Amazon (policy.md D4).")
r("包女士，有问题请直接打我们的客服电话 406-555-0147，比在亚马逊发消息快多了。",
  [OFF], "zh", ["violation", "plain", "phone", "diversion"],
  "The shop's own phone number, offered as faster than Amazon messages (policy.md D3, D6).")
r("邵先生您好，复合弓凸轮的调法我们录了一段完整演示，放在我们自己的站点上。在浏览器里搜店名加“调弓”"
  "两个字就能找到，对着视频一步步来就行。",
  [OFF], "zh", ["violation", "careful", "url"],
  "Sends the buyer to the shop's own site without writing an address (policy.md D1).")
r("石先生您好，很多射手喜欢把自己的靶纸晒出来交流。我们在小红书上也有个号，每周都发调弓小技巧。名字"
  "就是店名加“射箭”两个字，搜到了点个关注就能看到。",
  [MK, OFF], "zh", ["violation", "split", "follow", "social"],
  "A follow request for a social account, in three steps (policy.md B, D4).")
r("贾老师您好，您在商品页写完使用感受后，把截图发给我们。阿桦会把这打箭的钱原数转到您的银行卡上，不"
  "用走亚马逊。",
  [OFF, RI], "zh", ["violation", "careful", "payment", "incentive"],
  "Repays the purchase to a bank card for a screenshot of a review (policy.md C1, D5).")
r("小樊你好，以后要补箭不用再走亚马逊了，直接在这里跟阿桦说一声，她从工作间给你寄，钱按出厂价算。",
  [MK, OFF], "zh", ["violation", "careful", "discount", "diversion"],
  "Offers factory prices for buying outside Amazon (policy.md D6, B).")

# ============================================================== violations: Traditional (11)
r("侯小姐您好，複合弓應該已經到貨囉。很多射手拿到後會在商品頁分享心得。如果有哪裡不如預期，拜託先傳"
  "訊息給我們。等我們處理好了，再決定要不要上去寫也不遲喔。",
  [RI], "zh", ["violation", "split", "gating"] + TW,
  "Unhappy buyers are asked to hold their review until the seller has dealt with them; only "
  "the sentences together gate the review (policy.md C3).")
r("謝先生您好，留下五星好評並截圖給我們，就送您一組箭台當禮物喔！",
  [RI], "zh", ["violation", "plain", "incentive", "rating-request"] + TW,
  "A gift for a five-star review screenshot (policy.md C1, C2).")
r("藍小姐您好，謝謝您買了 Vambrace 護臂。我們幫老顧客留了一組碼：QUIVER10。下次結帳時輸入，全館都"
  "會少一成喔。",
  [MK], "zh", ["violation", "split", "coupon"] + TW,
  "A discount code, with the code and its effect in different sentences (policy.md B).")
r("倪先生您好，瞄準器的問題用文字很難講清楚。我們在 LINE 上也有帳號，名稱就是店名。加好友之後"
  "可以直接傳影片給阿樺，她會視訊教您喔。",
  [OFF], "zh", ["violation", "split", "messaging-app"] + TW,
  "LINE named in one sentence, the account in another, the move there in a third; no sentence "
  "is a violation alone (policy.md D4).")
r("童小姐，下次可以直接到我們官網 fletchmerearchery.com 訂，全館打九折，出貨也比較快喔。",
  [MK, OFF], "zh", ["violation", "plain", "discount", "url", "diversion"] + TW,
  "Diverts the next order to the shop's site with ten per cent off (policy.md D1, D6, B).")
r("侯小姐您好，新的箭台已經寄到，也確認裝好可以正常使用了。之前您在商品頁留下的那段話，方不方便照現"
  "在的狀況重新寫一下呢？拜託了。",
  [RI], "zh", ["violation", "careful", "change-review"] + TW,
  "Asks the buyer to rewrite her product-page text after the fix (policy.md C4).")
r("譚生你好，Kestrel 反曲弓用咗成個月，手感應該熟晒。如果你覺得佢做得到，麻煩喺亞馬遜俾個滿分，五粒"
  "全部亮晒，對我哋呢啲小店真係好重要。",
  [RI], "zh", ["violation", "careful", "rating-request"] + HK,
  "Asks in Cantonese for full marks with all five lit (policy.md C2).")
r("容太你好，護臂條帶嘅問題，用文字真係好難講得清。Wystan 平日朝早都喺工場。收據背面嗰個號碼，打過"
  "去佢會親自聽。",
  [OFF], "zh", ["violation", "split", "phone"] + HK,
  "An invitation to phone the workshop, built from three sentences (policy.md D3).")
r("畢小姐你好，你買嗰把複合弓，好多人都會配埋 Thornfield 箭靶。上個月賣晒，今日啱啱返貨。想要嘅話就"
  "要快啲，今次得十個。",
  [MK], "zh", ["violation", "split", "cross-sell", "restock"] + HK,
  "Cross-selling a target with a back-in-stock push (policy.md B).")
r("霍生，有咩問題直接 WhatsApp 我哋 +44 7700 900935 啦，快過喺亞馬遜度等覆。",
  [OFF], "zh", ["violation", "plain", "phone", "messaging-app", "diversion"] + HK,
  "A WhatsApp number offered as faster than Amazon (policy.md D3, D4, D6).")
r("岑小姐，寫評論嗰陣記得提吓個弓箱好堅固、送貨好快，仲要影返張相放上去呀。",
  [RI], "zh", ["violation", "plain", "steering"] + HK,
  "Tells the buyer what to write and to add a photo (policy.md C7).")

# ============================================================== violations: mixed (3)
r("邵先生，Wystan 说 the spare limb bolts are easier to sort out away from this thread。您把照"
  "片发到包装卡背面印的那个地址就行，he checks that inbox every morning。",
  [OFF], "mixed", ["violation", "careful", "email", "mixed"],
  "Sends the buyer to a mail address printed on the packing card (policy.md D2, section e).")
r("邹女士您好，Brackenfall 用了几周了吧？A lot of our buyers share a few lines about it on the "
  "product page. 那些发来截图的朋友，we usually thank with a set of spare string silencers。",
  [RI], "mixed", ["violation", "split", "incentive", "mixed"],
  "A reward for screenshots of product-page posts, split between two languages and sentences "
  "(policy.md C1).")
r("岑小姐你好，our range club posts new tuning videos every Friday。我哋喺 Instagram 用返店名做帳號"
  "。Follow 咗之後，下次有新片你會第一個知。",
  [MK, OFF], "mixed", ["violation", "split", "follow", "social"] + HK + ["mixed"],
  "A follow request for the shop's Instagram, in Cantonese and English (policy.md B, D4).")

# ============================================================== evasions (20)
r("Message Wystan on Wh" + CY_A + "ts" + CY_A_UP + "pp: four oh six, five five five, zero one "
  "eight three. He answers faster there than in here.",
  [OFF], "en", ["evasion", "messaging-app", "phone", "homoglyph", "number-words"],
  "WhatsApp with Cyrillic letters and the shop number in words (policy.md D3, D4, section e).")
r("Use c0de N0CK15 at checkout for 15% 0ff your next dozen Swiftnock arrows.",
  [MK], "en", ["evasion", "coupon", "discount", "leetspeak"],
  "A discount code written in leetspeak (policy.md B, section e).")
r("If the Thornfield target holds up, please leave us f i v e s t a r s on the listing; it "
  "means a lot to the workshop.",
  [RI], "en", ["evasion", "rating-request", "spacing"],
  "Five stars spelled with spaces between the letters (policy.md C2, section e).")
r("Please send the photos of the bent shaft to r-a-n-g-e at fletchmerearchery dot com rather "
  "than through Amazon.",
  [OFF], "en", ["evasion", "email", "separator", "spelled-email"],
  "An e-mail address spelled out with hyphens between its letters (policy.md D2, section e).")
r("Leave a rev" + ZW + "iew of the arm guard, then mail a screenshot to fletchmere dot bows at "
  "gmail dot com and we will send you a spare str" + ZW + "ap set.",
  [OFF, RI], "en", ["evasion", "email", "incentive", "zero-width", "spelled-email"],
  "A reward for a review with zero-width characters and a spelled-out free-mail address "
  "(policy.md C1, D2, section e).")
r("Our own shop at " + fw("fletchmerearchery.com") + " has the same bows for less than the "
  "listing here, so order there next time.",
  [MK, OFF], "en", ["evasion", "discount", "url", "diversion", "fullwidth"],
  "The shop's domain in full-width letters, with a lower price (policy.md D1, D6, section e).")
r("Ring Wystan any evening on oh seven seven oh oh, nine oh oh, one six three, and he will "
  "talk you through the tiller.",
  [OFF], "en", ["evasion", "phone", "number-words"],
  "A UK mobile number written as words (policy.md D3, section e).")
r("Loving the new arm guard? Then \u2b50\u2b50\u2b50\u2b50\u2b50 in your r" + CY_E + "view "
  "would make our week!",
  [RI], "en", ["evasion", "rating-request", "homoglyph", "emoji"],
  "Five emoji stars asked for, with review spelled with a Cyrillic e (policy.md C2, section "
  "e).")
r("Questions about the sight are easier on the paper-plane app. Search for fletchmere, then an "
  "underscore, then bows, and Wystan will pick it up there.",
  [OFF], "en", ["evasion", "messaging-app", "nickname", "split-handle"],
  "Telegram by nickname and a handle given in pieces (policy.md D4, section e).")
r("石先生，给个 haoping 就有 fanxian，截图发给阿桦就行哦。",
  [RI], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
  "Cash back for a positive review, written in pinyin (policy.md C1, section e).")
r("贾老师，有问题加阿桦的薇信 fletchmere_wx，她回得比这里快。",
  [OFF], "zh", ["evasion", "messaging-app", "homophone"],
  "WeChat written with a homophone, plus the ID (policy.md D4, section e).")
r("小樊，售后直接打四零六五五五零一四七找 Wystan，比留言快。",
  [OFF], "zh", ["evasion", "phone", "cn-numerals"],
  "The shop number in Chinese numerals (policy.md D3, section e).")
r("韦阿姨，晒图再给个好/评，返/现五美元，截图发给阿桦就能领。",
  [RI], "zh", ["evasion", "incentive", "rating-request", "separator"],
  "Cash back for a positive review with slashes inside the words (policy.md C1, section e).")
r("邹女士，下单时输入 D R A W 2 0 就有 youhui，能便宜两成哦。",
  [MK], "zh", ["evasion", "coupon", "discount", "spacing", "pinyin"],
  "A spaced-out discount code and a pinyin word for discount (policy.md B, section e).")
r("祝先生，我们在绿泡泡上有个售后号，前面是 fletchmere，后面加下划线和 wx，加上后把视频发过来就行。",
  [OFF], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
  "WeChat by nickname and the ID in pieces (policy.md D4, section e).")
r("贾老师，在商品页写几句\u270d\ufe0f，截图发来就有\U0001f9e7！",
  [RI], "zh", ["evasion", "incentive", "emoji"],
  "A red envelope, drawn as an emoji, for a review screenshot (policy.md C1, section e).")
r("藍小姐，有問題直接加賴 @fletchmeretw 傳訊息給我們喔，回得比較快。",
  [OFF], "zh", ["evasion", "messaging-app", "homophone"] + TW,
  "LINE written as the homophone 賴, with the handle (policy.md D4, section e).")
r("霍生，有咩問題可以打俾 Wystan：零七七零零 九零零九三五，佢即刻會覆你。",
  [OFF], "zh", ["evasion", "phone", "cn-numerals"] + HK,
  "A UK mobile number in Chinese numerals (policy.md D3, section e).")
r("童小姐，結帳時輸入 " + fw("FLETCH25") + "，全館再打" + ZW + "七五折喔。",
  [MK], "zh", ["evasion", "coupon", "discount", "zero-width", "fullwidth"] + TW,
  "A full-width discount code and a zero-width break inside the discount (policy.md B, "
  "section e).")
r("邵先生，next time skip Amazon and order from f1etchmerearchery dot c0m，价格低一截，我们直接从"
  "工作间发货。",
  [MK, OFF], "mixed", ["evasion", "discount", "url", "diversion", "leetspeak", "mixed"],
  "The shop's domain in leetspeak and words, with a lower price (policy.md D1, D6, section e).")

# ============================================================== near-misses: English (22)
r("Hi Ambrose, I am sorry the top limb of your Kestrel R66 arrived with a cracked tip. A "
  "replacement limb is on its way under order 111-2750384-6619027, free of any cost to you, and there "
  "is no need to send the damaged one back.",
  [], "en", ["near-miss", "remedy"],
  "A free replacement for a damaged part is a remedy, not a promotion (policy.md B "
  "near-misses).")
r("Hello Cordelia, a full refund of $42.50 has gone back for the dozen Swiftnock arrows that "
  "arrived with split nocks. It should appear on your original payment method within three "
  "to five business days.",
  [], "en", ["near-miss", "remedy"],
  "A refund with no link to any review (policy.md C near-misses).")
r("Hi Leopold, as you asked: order 113-5550147-8024936 left our workshop this morning. The "
  "Thornfield target is bulky, so the driver may need a signature at the door.",
  [], "en", ["near-miss", "lookalike-number"],
  "The order id contains 555-0147 but is an order id, not a phone number (policy.md D "
  "near-misses).")
r("Hello Henrietta, the tracking number for your Brackenfall C70 is 1Z4F09W80372615548, and UPS "
  "expects to deliver it on Thursday morning.",
  [], "en", ["near-miss", "lookalike-number"],
  "A long tracking number that must not be read as a phone number (policy.md D near-misses).")
r("Hi Jasper, thanks for asking. We do not use WhatsApp or any other chat outside Amazon, so "
  "please keep writing to us here and Wystan will answer within the day.",
  [], "en", ["near-miss", "negation"],
  "Names WhatsApp only to say the shop does not use it (policy.md D near-misses).")
r("Hello Rosamund, your order 112-4096617-3358201 for the Vambrace Lite was delivered last "
  "week. If you have a moment, you are welcome to share your honest experience with it on "
  "Amazon, whatever it turned out to be; it helps other archers choose.",
  [], "en", ["near-miss", "neutral-request"],
  "One neutral review request with the order id, no condition and no reward (interface.md, "
  "policy.md C near-misses).")
r("Hi Percival, you can start the return for the bow case yourself from Your Orders on Amazon: "
  "pick the order, choose to send the item back, and Amazon will give you a prepaid label.",
  [], "en", ["near-miss", "amazon-page"],
  "Points to Amazon's own returns flow, no outside link (policy.md D near-misses).")
r("Hi Wilhelmina, good question about the coupon you saw: that 10% is an Amazon coupon shown on "
  "the listing itself, clipped on the product page and applied at checkout. We do not have a "
  "separate code to give.",
  [], "en", ["near-miss", "answer"],
  "Answers the buyer's question about Amazon's own coupon and offers nothing (policy.md B "
  "near-misses).")
r("Hi Barnaby, thank you for offering to post a glowing write-up in exchange for a discount, "
  "but we cannot do that; Amazon does not allow sellers to trade anything for reviews. Your "
  "order stays exactly as it is, and whether you write anything is entirely up to you.",
  [], "en", ["near-miss", "refusal"],
  "Turns down the buyer's offer of a review for a discount (policy.md C1, judgement call).")
r("Hello Mr. Ferreira, thank you for letting us fix the bow case latch on order "
  "114-3367024-8851093; the new one reached you on Tuesday. If you feel your concern has now "
  "been dealt with, you are able to revise or withdraw the seller feedback you left, but that "
  "choice is entirely yours.",
  [], "en", ["near-miss", "feedback-notice"],
  "The neutral seller-feedback notice after resolution that Amazon allows (policy.md C5).")
r("Hi Tamsin, the Thornfield target is free-standing on its own steel legs, and the foam is "
  "rated for field points from bows up to 70 lb. It will not stop broadheads, so please keep "
  "to field tips.",
  [], "en", ["near-miss", "product-word"],
  "Free-standing and rated are product facts, not offers or ratings (policy.md B "
  "near-misses).")
r("Hi Mr. Delacroix, you wrote: 'can I just email you at my gmail instead?' We would rather "
  "keep everything here in Amazon messages next to your order, so please reply in this "
  "thread.",
  [], "en", ["near-miss", "quoted-buyer"],
  "Quotes the buyer's own question about e-mail and keeps the thread on Amazon (policy.md D "
  "near-misses).")
r("Hello Henrietta, as you requested, the duplicate order for the second arm guard is now "
  "cancelled. The remaining one will go by Royal Mail with tracking RK518204736GB, and we have "
  "updated the house number you corrected.",
  [], "en", ["near-miss", "logistics-word"],
  "Cancel and update are logistics here (policy.md A near-misses, section 0).")
r("Hi Leopold, thank you for mentioning that you left a review of the Swiftnock arrows; we are "
  "glad the spine suits your draw weight. If a shaft ever bends, send us a photo here.",
  [], "en", ["near-miss", "review-thanks"],
  "Thanks the buyer for a review he mentioned and asks for nothing (policy.md C near-misses).")
r("Hi Cordelia, UPS shows your parcel waiting at a local access point. You can see the pickup "
  "hours on ups.com by entering tracking 1Z7E62K10459382217.",
  [], "en", ["near-miss", "carrier-site"],
  "The carrier's own site for a delivery question (policy.md D near-misses).")
r("Hello Mr. Delacroix, the Brackenfall C70 limbs carry a two-year warranty from the limb "
  "maker, Aldercrest. Their warranty desk is on +1 (307) 555-0129 if you would like to ask "
  "about the claim yourself; we can also open it for you from this thread.",
  [], "en", ["near-miss", "warranty"],
  "A manufacturer's warranty number is the exception in D3, a warning at most (policy.md D3).")
r("Hi Ambrose, the price you paid, $189.00, already covered the arrow rest and the stringer, so "
  "nothing more will be charged when the second box arrives.",
  [], "en", ["near-miss", "price-paid"],
  "States what the buyer already paid, no offer (policy.md B near-misses).")
r("Hi Tamsin, your note said 'the link you sent me does not open'. We have not sent you any "
  "link, so that message came from someone else; please ignore it, since everything from us "
  "arrives here in Amazon messages.",
  [], "en", ["near-miss", "quoted-buyer"],
  "Quotes the buyer about a link the shop never sent (policy.md D near-misses).")
r("Hi Rosamund, Wystan reviewed the photos of your arrow rest: the launcher blade sits slightly "
  "high. Lower it by one millimetre and the vanes will clear.",
  [], "en", ["near-miss", "review-word"],
  "Reviewed means the technician looked at photos (policy.md section 0 point 4).")
r("Hello Barnaby, about order 114-8302759-1146602: we hope the bow case does its job on the way "
  "to the range. Amazon may also send you a note asking for your thoughts; feel free to share "
  "your experience there, good or bad, or to skip it entirely.",
  [], "en", ["near-miss", "neutral-request"],
  "A balanced, optional request tied to Amazon's own note (policy.md C near-misses).")
r("Hi Percival, you asked whether the Kestrel R66 is part of the Prime Day deal. The price on "
  "the listing during the event is set through Amazon, so whatever it shows at checkout is "
  "what applies; we cannot hold a price or send a code.",
  [], "en", ["near-miss", "answer"],
  "Answers a question about an Amazon event without offering anything (policy.md B "
  "near-misses).")
r("Hello Ms. Nakamura-Boyd, thank you for the kind offer, but we cannot send a spare string in "
  "return for changing your rating. We would still like to sort out the peep sight; please "
  "send a photo of how it sits on the string.",
  [], "en", ["near-miss", "refusal"],
  "Refuses a trade of goods for a changed rating (policy.md C4, judgement call).")

# ============================================================== near-misses: Simplified (17)
r("邵先生您好，您说在亚马逊上检索评测视频没找到上弦步骤，这里简单写一下：先把上弦器两端套在弓片末端，"
  "再踩住绳子慢慢提起弓把。",
  [], "zh", ["near-miss", "substring"],
  "检索评测 hides 索评 across a word boundary (policy.md C near-misses, section 0 point 4).")
r("贾老师您好，您提到在商品页搜索评论时看到有人说箭台偏高，那是旧款；新版已经把高度调低了，您收到的就是"
  "新版。",
  [], "zh", ["near-miss", "substring"],
  "搜索评论 hides 索评; the message only explains a product change (policy.md C near-misses).")
r("小樊你好，收到的箭靶外皮有破损，我们已经免费补发了一个新的，物流单号 TBA150827364419，旧的不用寄回"
  "。",
  [], "zh", ["near-miss", "remedy"],
  "A free replacement for damage (policy.md B near-misses).")
r("韦阿姨您好，弓片有划痕的事我们很抱歉，已经为您办理了全额退款，三到五个工作日内原路退回。",
  [], "zh", ["near-miss", "remedy"],
  "A refund with no review attached (policy.md C near-misses).")
r("祝先生您好，按您的要求，重复下的那一单已经取消，另一单的收货地址也已修改成您单位的地址。",
  [], "zh", ["near-miss", "logistics-word"],
  "取消 and 修改 for a duplicate order and an address (policy.md C near-misses).")
r("包女士您好，按您的留言，我们已删除订单备注里多写的那个门牌号，包裹会按正确的地址发出。",
  [], "zh", ["near-miss", "logistics-word"],
  "删除 of a wrong house number, not of a review (policy.md C near-misses).")
r("邵先生您好，阿桦仔细看了您拍的凸轮照片，评估下来是下凸轮的限位螺丝松了，拧紧半圈就好。",
  [], "zh", ["near-miss", "review-word"],
  "评估 is an assessment of photos (policy.md section 0 point 4).")
r("石先生您好，订单 112-7718046-5903318 的护臂已经送达一周了。如果您愿意，欢迎到亚马逊商品页谈谈真实"
  "的使用体验，不论好坏，对其他射手都有参考价值。",
  [], "zh", ["near-miss", "neutral-request"],
  "One balanced request with the order id (interface.md, policy.md C near-misses).")
r("邹女士您好，您问到的“满200减20”是亚马逊平台自己的活动，结算时自动扣减，我们这边没有另外的优惠码可"
  "以提供。",
  [], "zh", ["near-miss", "answer"],
  "Explains Amazon's own promotion the buyer asked about (policy.md B near-misses).")
r("小樊你好，弓弦的问题已经处理好了。之前给店铺留的那条卖家反馈，要不要改动或撤下完全由你决定，我们不"
  "会再提这件事。",
  [], "zh", ["near-miss", "feedback-notice"],
  "The neutral seller-feedback notice after resolution (policy.md C5).")
r("贾老师您好，您消息里写“能不能加个微信方便联系”，不好意思，我们只在亚马逊消息里沟通，有问题直接在这"
  "里留言就行。",
  [], "zh", ["near-miss", "quoted-buyer"],
  "Quotes the buyer's request for WeChat and declines (policy.md D near-misses).")
r("祝先生您好，您问的弓架是可折叠的，收起来只有四十厘米长，可以直接放进 Longtrail 弓箱的侧袋。",
  [], "zh", ["near-miss", "product-word"],
  "折 in 可折叠 is a product feature, not a discount (policy.md B near-misses).")
r("包女士您好，复合弓的弓片享有两年保修。需要保修时，请在亚马逊“我的订单”里联系我们，并附上弓片序列号"
  "的照片，我们会在这里跟进。",
  [], "zh", ["near-miss", "warranty"],
  "Warranty handled through Amazon's order page (policy.md D near-misses).")
r("石先生您好，您下单时付的189美元是整套的价格，弓、弦和箭台都在里面；页面后来的价格变动不会影响已经付"
  "过的金额。",
  [], "zh", ["near-miss", "price-paid"],
  "Explains the price already paid (policy.md B near-misses).")
r("邹女士您好，顺丰显示包裹正在中转，您可以在顺丰官网输入运单号 SF1473820596614 查看实时位置。",
  [], "zh", ["near-miss", "carrier-site"],
  "The carrier's site, not the shop's (policy.md D near-misses).")
r("小樊你好，看到你说已经在商品页写了评价，谢谢你花时间！以后箭羽如果有脱落，随时在这里告诉我们。",
  [], "zh", ["near-miss", "review-thanks"],
  "Thanks for a review the buyer mentioned; no request (policy.md C near-misses).")
r("祝先生您好，我们没有微信群，也不会在亚马逊以外联系您，所有售后都在这个消息页面处理。",
  [], "zh", ["near-miss", "negation"],
  "微信 named only to say there is none (policy.md D near-misses).")

# ============================================================== near-misses: Traditional (10)
r("侯小姐您好，收到的箭有兩支箭尾裂開，真的很抱歉。我們已經免費補寄一打新的，預計三個工作天內送到喔。",
  [], "zh", ["near-miss", "remedy"] + TW,
  "A free replacement for split nocks (policy.md B near-misses).")
r("謝先生您好，您的訂單 114-5550183-2209716 今天已經出貨，黑貓的追蹤編號晚點會再補給您。",
  [], "zh", ["near-miss", "lookalike-number"] + TW,
  "The order id contains 555-0183, the shop's number pattern, but is an order id (policy.md D "
  "near-misses).")
r("藍小姐您好，退貨可以直接在亞馬遜「我的訂單」裡申請，系統會產生退貨標籤，不用另外找我們喔。",
  [], "zh", ["near-miss", "amazon-page"] + TW,
  "Amazon's own returns page (policy.md D near-misses).")
r("倪先生您好，您問到的折價券是亞馬遜商品頁上的，勾選後結帳時會自動折抵，我們這邊沒有另外的序號可以給"
  "。",
  [], "zh", ["near-miss", "answer"] + TW,
  "Answers a question about Amazon's clip coupon (policy.md B near-misses).")
r("童小姐您好，謝謝您的好意，但我們不能用退款來交換評價，這違反亞馬遜的規定。護臂扣環的問題，我們一樣"
  "會幫您處理喔。",
  [], "zh", ["near-miss", "refusal"] + TW,
  "Refuses a refund-for-review trade (policy.md C1, judgement call).")
r("譚生你好，弓箱嘅鎖扣已經換好，多謝你耐心等。如果你覺得問題已經解決咗，之前留俾我哋嘅賣家意見要唔要"
  "修改或者移除，全部由你自己話事。",
  [], "zh", ["near-miss", "feedback-notice"] + HK,
  "The neutral seller-feedback notice after resolution, in Cantonese (policy.md C5).")
r("容太你好，Wystan 睇過你影嘅相，評估咗一下，應該係箭台螺絲鬆咗，扭返緊就得。",
  [], "zh", ["near-miss", "review-word"] + HK,
  "評估 is an assessment, not a review (policy.md section 0 point 4).")
r("畢小姐你好，訂單 112-6604418-9927315 嘅複合弓弓片有兩年保養。如果要申請，喺亞馬遜訂單頁聯絡我哋，"
  "附上序號嘅相就得。",
  [], "zh", ["near-miss", "warranty"] + HK,
  "A warranty claim through Amazon's order page (policy.md D near-misses).")
r("霍生你好，你話「可唔可以 WhatsApp 你」，唔好意思，我哋只會喺亞馬遜訊息度回覆，有咩都可以喺呢度講"
  "。",
  [], "zh", ["near-miss", "quoted-buyer"] + HK,
  "Quotes the buyer's WhatsApp question and stays on Amazon (policy.md D near-misses).")
r("岑小姐你好，你要求取消嗰張重複訂單已經取消咗，另一張嘅地址都按你講嘅改好咗。",
  [], "zh", ["near-miss", "logistics-word"] + HK,
  "取消 of a duplicate order at the buyer's request (policy.md A near-misses).")

# ============================================================== near-miss: mixed (1)
r("邵先生，the replacement string 已经寄出，tracking 是 TBA693018452207。这次是免费补发，the old "
  "one does not need to come back。",
  [], "mixed", ["near-miss", "remedy", "mixed"],
  "A free replacement string, in two languages (policy.md B near-misses).")

# ============================================================== clean: English (14)
r("Hi Ambrose, thank you for your question about draw length. At your height, a 28-inch draw "
  "is a sensible place to begin; the Kestrel R66 limbs you chose suit that well, and Wystan "
  "suggests shooting at ten metres for the first week.",
  [], "en", ["clean"], "Product advice in answer to the buyer (policy.md A).")
r("Hello Cordelia, we are writing because your Thornfield target will leave the workshop two "
  "days later than we promised. The foam supplier was late, and we would rather send a fresh "
  "block than an old one. It should reach you by Friday.",
  [], "en", ["clean"], "A delay notice, a permitted proactive message (policy.md A).")
r("Hi Leopold, the arrows you asked about are spined at 500, which matches a 35 to 45 lb "
  "recurve at a 28-inch draw. If your draw is shorter they will still fly well, though you "
  "may see them land slightly left.",
  [], "en", ["clean"], "Answers a product question (policy.md A).")
r("Hello Henrietta, before Wystan cuts your arrows, please confirm the length you want: 29 "
  "inches measured from the nock groove to the end of the shaft. He will hold the order until "
  "you reply.",
  [], "en", ["clean"], "Verifies a custom detail needed for the order (policy.md A).")
r("Hi Jasper, the Thornfield block target travels on a pallet because of its size. The freight "
  "company will contact you to arrange a delivery window, so please make sure someone can "
  "receive it at ground level.",
  [], "en", ["clean"], "Schedules a bulky delivery (policy.md A).")
r("Hi Rosamund, the Vambrace Lite comes in two lengths. The short one covers the inner forearm, "
  "while the long one reaches past the elbow and suits archers whose string tends to slap "
  "high.",
  [], "en", ["clean"], "Sizing advice (policy.md A).")
r("Hello Percival, to string the Kestrel safely, always use the stringer that came in the box. "
  "Step on the cord, lift the riser slowly, and slide the loop into the upper limb notch; "
  "never bend the limbs by hand.",
  [], "en", ["clean"], "Safety instructions for the buyer's own bow (policy.md A).")
r("Hi Wilhelmina, about the noise you described: a loud twang usually means the brace height is "
  "too low. Twist the string three turns tighter and measure again; you are aiming for about "
  "eight and a half inches.",
  [], "en", ["clean"], "Troubleshooting in reply to the buyer (policy.md A).")
r("Hi Barnaby, the Longtrail case fits bows up to 44 inches when unstrung, with room for a "
  "dozen arrows in the lid clips. It will not hold the compound with the sight fitted, so "
  "take the sight off before travelling.",
  [], "en", ["clean"], "Answers a fit question (policy.md A).")
r("Hello Mr. Ferreira, we are sorry to hear the string slipped off the cam. Please do not shoot "
  "the bow until it has been checked, because a dry fire can split the limbs. Could you send "
  "a photo of both cams from the side?",
  [], "en", ["clean"], "Resolves a fulfilment problem on Amazon (policy.md A).")
r("Hi Tamsin, the arm guard's straps are elastic and loosen a little over the first weeks. If "
  "it feels slack later, tighten it by moving the hook one loop along.",
  [], "en", ["clean"], "Care advice (policy.md A).")
r("Hello Ms. Nakamura-Boyd, every bow we sell is right-handed unless its title says otherwise. "
  "Right-handed means you hold the bow in your left hand and draw the string with your right.",
  [], "en", ["clean"], "Answers a handedness question (policy.md A).")
r("Hi Mr. Delacroix, about the fletching: the vanes are two-inch plastic, glued at a slight "
  "offset so the arrow spins in flight. Heat and direct sun can soften them, so keep the "
  "quiver in the shade.",
  [], "en", ["clean"], "Product care in reply to a question (policy.md A).")
r("Hi Jasper, the customs form for your parcel to Canada needs a short description of the "
  "contents. Could you confirm whether 'archery target, foam, non-powered' works for you, or "
  "whether your club needs different wording?",
  [], "en", ["clean"], "Requests information needed for customs (policy.md A).")

# ============================================================== clean: Simplified (9)
r("石先生您好，关于拉距的问题：您身高一米七八，建议先按二十八寸拉距练习，前两周在十米距离射，等动作稳定"
  "后再慢慢拉远。",
  [], "zh", ["clean"], "Draw-length advice in reply (policy.md A).")
r("邹女士您好，很抱歉，因为泡沫原料到得晚了，您的箭靶要比原定时间晚两天发出，预计下周三送到。",
  [], "zh", ["clean"], "A delay notice (policy.md A).")
r("贾老师您好，您问的箭杆硬度是五百，适合三十五到四十五磅的反曲弓。如果拉距偏短，箭会稍微偏左，属于正"
  "常现象。",
  [], "zh", ["clean"], "Answers a spine question (policy.md A).")
r("小樊你好，阿桦准备给你裁箭了，麻烦确认一下长度：从箭尾槽量到箭杆末端二十九寸，对吗？你回复之前我们先"
  "不动刀。",
  [], "zh", ["clean"], "Verifies a custom length (policy.md A).")
r("韦阿姨您好，上弦的时候请一定用盒子里附带的上弦器，不要徒手弯弓片，以免受伤或损坏弓身。",
  [], "zh", ["clean"], "Safety advice (policy.md A).")
r("祝先生您好，弦声很响通常是弓高偏低，把弓弦再拧三圈，然后量一下，大概在八寸半左右比较合适。",
  [], "zh", ["clean"], "Troubleshooting in reply (policy.md A).")
r("包女士您好，护臂的绑带是弹性的，用几周会稍微变松，到时把挂钩往后挪一格就可以了。",
  [], "zh", ["clean"], "Care advice (policy.md A).")
r("邵先生您好，弓箱最长能放四十四寸的弓，盖子里还有夹子可以放一打箭；装了瞄准器的复合弓放不进去，出门"
  "前请先拆下瞄准器。",
  [], "zh", ["clean"], "Answers a fit question (policy.md A).")
r("小樊你好，箭靶体积比较大，物流公司会提前跟你约送货时间，请确保当天有人在一楼接收。",
  [], "zh", ["clean"], "Schedules a bulky delivery (policy.md A).")

# ============================================================== clean: Traditional (6)
r("侯小姐您好，關於拉距的問題，建議先從二十七吋開始練習，前兩週在十公尺距離射就好，動作穩定後再慢慢拉"
  "遠喔。",
  [], "zh", ["clean"] + TW, "Draw-length advice (policy.md A).")
r("謝先生您好，因為原料晚到，您的箭靶會比原本預計晚兩個工作天出貨，真的很抱歉。",
  [], "zh", ["clean"] + TW, "A delay notice (policy.md A).")
r("藍小姐您好，裁箭之前想跟您確認長度：從箭尾槽量到箭桿末端二十八吋，對嗎？您回覆之前我們先不動工喔。",
  [], "zh", ["clean"] + TW, "Verifies a custom length (policy.md A).")
r("譚生你好，上弦嗰陣一定要用盒入面嗰個上弦器，千祈唔好用手屈弓片，好易整親自己。",
  [], "zh", ["clean"] + HK, "Safety advice in Cantonese (policy.md A).")
r("容太你好，護臂條帶係有彈性嘅，用咗一排會鬆少少，到時將個扣移後一格就得。",
  [], "zh", ["clean"] + HK, "Care advice in Cantonese (policy.md A).")
r("霍生你好，弦聲好大通常係弓高太低，將條弦再扭多三圈，再度吓，大約八吋半就啱㗎。",
  [], "zh", ["clean"] + HK, "Troubleshooting in Cantonese (policy.md A).")

# ============================================================== clean: mixed (1)
r("邵先生，the stringer 的两头要套在弓片末端，then step on the cord slowly，千万不要用手直接去弯弓片"
  "。",
  [], "mixed", ["clean", "mixed"], "Stringing advice in two languages (policy.md A).")


def records():
    recs = [dict(x) for x in R]
    random.Random(93).shuffle(recs)
    out = []
    for i, x in enumerate(recs, 1):
        out.append({"id": "h93-%03d" % i, "text": x["text"], "labels": x["labels"],
                    "lang": x["lang"], "tags": x["tags"], "note": x["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for x in recs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
