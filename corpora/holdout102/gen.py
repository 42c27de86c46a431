#!/usr/bin/env python3
"""Source of holdout102.jsonl: 160 hand-labelled messages from Tallowmere Darts to its buyers.

Hard-to-see characters are spelled symbolically: ZW (zero-width space), CY_E / CY_A (Cyrillic
look-alikes), STAR (emoji star), DART (emoji target), fw() (full-width Latin).
Records are shuffled with random.Random(102) and numbered h102-001 ... h102-160.
Run:  python3 gen.py      (writes holdout102.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout102.jsonl")

ZW = "\u200b"          # zero-width space
CY_E = "\u0435"        # Cyrillic small ie, looks like Latin e
CY_A = "\u0430"        # Cyrillic small a, looks like Latin a
STAR = "\u2b50"        # emoji star
DART = "\U0001f3af"    # emoji direct hit (dart in a target)


def fw(s):
    """Full-width form of ASCII letters, digits, @ and the dot."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


MK, OFF, RI = "marketing", "off-platform-contact", "review-inducement"

# (category, language, labels, tags after the category, text, note)
# language: en, zs (Simplified), tw / hk (Traditional, Taiwan / Hong Kong Cantonese),
#           mx (Simplified + English), mxhk (Cantonese + English)
R = []


def add(cat, lang, labels, tags, text, note):
    R.append((cat, lang, labels, tags, text, note))


# =========================================================================== violations
# ---- English, plain
add("violation", "en", [MK], ["plain", "coupon"],
    "Hi Desmond, your Kestrel K23 darts should be with you by now. Use coupon OCHE15 on your "
    "next order from our shop and you save 15% on any set of Vaneskin flights.",
    "A coupon code for a future purchase inside a post-delivery message (policy.md B).")
add("violation", "en", [RI], ["plain", "rating-request"],
    "Ingrid, once the Hollowmark board has settled on your wall, please leave it a 5-star review "
    "on Amazon. Every top rating helps a small dart shop like ours get noticed.",
    "Asks outright for a five-star review (policy.md C2).")
add("violation", "en", [OFF], ["plain", "email"],
    "For quicker help with the Orbitron E9 scoring sensors, email Ambrose directly at "
    "help@tallowmeredarts.com rather than writing to us here.",
    "Gives the shop's own e-mail address and moves the conversation off Amazon (policy.md D2).")
add("violation", "en", [MK, RI], ["plain", "discount", "incentive"],
    "Write a review of your Ashbrook cabinet and we will send you a 25% discount to use on your "
    "next Tallowmere purchase.",
    "A discount on the next order offered for a review: incentive and promotion at once "
    "(policy.md C1, B; judgement call 5).")
add("violation", "en", [OFF], ["plain", "phone"],
    "Fergus, sorry the Orbitron keeps missing the treble ring. Please phone our workshop on "
    "+1 (413) 555-0158 any weekday and we will talk you through the reset.",
    "The seller's own telephone number for support (policy.md D3).")
add("violation", "en", [MK], ["plain", "new-product"],
    "New arrivals this month: the Kestrel K26 in a darker titanium coat and a matching hard "
    "case. Have a look in our shop before the first batch is gone.",
    "Unsolicited new-product announcement (policy.md B).")
add("violation", "en", [RI], ["plain", "gating"],
    "If you are happy with your Wispline darts, please post a review on Amazon. If something is "
    "not right, message us first instead of reviewing, and we will sort it out privately.",
    "Asks only satisfied buyers to review and diverts unhappy ones to the seller (policy.md C3).")
add("violation", "en", [MK, OFF], ["plain", "sale", "url"],
    "Our spring sale is live on tallowmeredarts.com: every bristle board is 30% cheaper there "
    "than on Amazon until Sunday night.",
    "A sale announcement that sends the buyer to the shop's own site (policy.md B, D1, D6).")
# ---- English, careful
add("violation", "en", [RI], ["careful", "incentive"],
    "Barnaby, once a few honest words about your Hollowmark board are up on its Amazon page, "
    "send us a screenshot and a spare set of Stemcraft shafts goes out to you at no cost.",
    "Goods in exchange for a posted opinion, with no review keyword (policy.md C1).")
add("violation", "en", [OFF], ["careful", "messaging-app", "phone"],
    "Ambrose is easier to reach on Signal at 413-555-0126 than through this inbox. Text him a "
    "photo of the board and he will answer the same evening.",
    "A messaging app and a mobile number instead of Amazon messages (policy.md D3, D4; "
    "judgement call 8).")
add("violation", "en", [MK], ["careful", "cross-sell"],
    "Since your Orbitron E9 arrived, you might like the Ashbrook cabinet we built around it; it "
    "sits in our Amazon shop, and the two together look sharp on a games-room wall.",
    "Pushes a second product the buyer did not ask about (policy.md B).")
add("violation", "en", [RI], ["careful", "change-review"],
    "Lucian, now that the new flights have reached you, could you revisit the short note you "
    "posted on the Vaneskin page so it matches how things stand today?",
    "A veiled request to edit an existing product review after a fix (policy.md C4; judgement "
    "call 3).")
add("violation", "en", [OFF], ["careful", "payment", "diversion"],
    "Henrietta, next time skip the marketplace: tell us what you need and we will invoice you "
    "directly, which saves you the platform markup on the K23 barrels.",
    "Invites the buyer to buy and pay outside Amazon (policy.md D5, D6).")
add("violation", "en", [MK], ["careful", "vip-list"],
    "Our inner circle of throwers hears about limited barrel runs a week before anyone else. "
    "Reply 'count me in' and we will add your name to the circle.",
    "An exclusive club for early access to products, without the word VIP (policy.md B).")
add("violation", "en", [RI], ["careful", "steering"],
    "When you write up your Toeline mat on Amazon, mention that it stays flat on carpet and "
    "that the throwing distance marks are accurate; those are the two things shoppers search "
    "for.",
    "Tells the buyer what to say in the review (policy.md C7).")
# ---- English, split
add("violation", "en", [RI], ["split", "incentive"],
    "Gwendolyn, thank you for choosing the Wispline soft-tip set. A lot of buyers tell other "
    "players what they think on the product page. Those who do, and send us a link to their "
    "post, get a pack of 100 spare soft tips from us.",
    "The reward for a review is spread over three sentences (policy.md C1).")
add("violation", "en", [OFF], ["split", "social"],
    "The Hollowmark board needs turning every few weeks. We film how to do it properly. The "
    "clips are on our Instagram, @tallowmere.darts, with new ones each Friday.",
    "Sends the buyer to the shop's social account (policy.md D4).")
add("violation", "en", [MK], ["split", "restock"],
    "Rupert, the matte-black Kestrel K23 sold out the week you bought yours. It is back now. "
    "If a second set for a friend appeals, this batch is small.",
    "A restock notice that pushes another purchase (policy.md B).")
add("violation", "en", [OFF, RI], ["split", "email", "gating"],
    "Ms. Oyelaran, we hope the Ashbrook cabinet doors close flush. If they do, Amazon would be a "
    "good place to say so. If they don't, write to orders@tallowmeredarts.com and please hold "
    "off posting anything until we have fixed it.",
    "Review gating plus an e-mail address for the unhappy branch (policy.md C3, D2).")
add("violation", "en", [MK], ["split", "referral"],
    "Know someone in your league who still throws brass? Pass them your order number. When they "
    "buy a Kestrel set, both of you get a tungsten sharpener from us.",
    "A reward for bringing in another customer (policy.md B).")
add("violation", "en", [OFF], ["split", "qr"],
    "There is a small card tucked behind the Orbitron's battery cover. It has a square code "
    "printed on it. Point your camera at it and you reach our own help desk, which answers "
    "faster than Amazon messages.",
    "A QR code leading to the shop's own help desk, described without naming it (policy.md D1, "
    "section e).")
add("violation", "en", [MK], ["split", "bundle"],
    "Petronella, your order was the bristle board alone. Many players pair it with the Ashbrook "
    "cabinet and a Toeline mat. This month the three come as one package at a lower total, "
    "only in our Amazon shop.",
    "A bundle offer pushed after the sale (policy.md B).")

# ---- Simplified, plain
add("violation", "zs", [RI], ["plain", "incentive"],
    "裴女士您好，剑麻飞镖靶收到以后，如果方便的话写个好评，截图发给我们，我们马上返现15美元到您的账户。",
    "好评返现: cash back for a positive review (policy.md C1).")
add("violation", "zs", [OFF], ["plain", "messaging-app"],
    "易先生，电子飞镖靶的计分问题比较复杂，麻烦加一下我们的微信 tallowmere_cn，发个视频过来，阿骏会一步步教您。",
    "Moves after-sales to a WeChat account (policy.md D4).")
add("violation", "zs", [MK], ["plain", "coupon"],
    "喻阿姨，谢谢您买了我们的软式飞镖。下次在店里买镖翼，结账时输入 FLIGHT12 可以减12%，这张优惠券月底前有效。",
    "Coupon code for the next order (policy.md B).")
add("violation", "zs", [RI], ["plain", "rating-request"],
    "符老师，钨钢飞镖用得顺手的话，麻烦在亚马逊上给我们打个五星，这对我们这种小店太关键了。",
    "Asks for five stars (policy.md C2).")
add("violation", "zs", [MK, OFF], ["plain", "giveaway", "follow", "social"],
    "我们在小红书「Tallowmere飞镖」上做抽奖，关注并转发就有机会拿到一整套飞镖柜，欢迎来参加。",
    "A giveaway on the shop's social account that needs a follow (policy.md B, D4).")
# ---- Simplified, careful
add("violation", "zs", [RI], ["careful", "change-review"],
    "小棠，补发的镖杆已经签收了吧？之前您在商品页写的那段话，现在情况不一样了，方便的话改一改吧。",
    "Asks the buyer to edit the words posted on the product page (policy.md C4; judgement call 3).")
add("violation", "zs", [OFF], ["careful", "payment"],
    "景先生，少发的那包镖翼我们直接转账给您，把银行卡号发过来就行，不用走平台那边的流程。",
    "Settles a shortfall with a bank transfer outside Amazon (policy.md D5; judgement call 6).")
add("violation", "zs", [MK], ["careful", "buy-again"],
    "裴女士，软头用得差不多了吧？按您上次的用量，现在正是再囤一批的时候，店里同款还有货。",
    "A buy-again push without promotion keywords (policy.md B).")
add("violation", "zs", [RI], ["careful", "gating"],
    "易先生，飞镖柜装好后要是觉得称心，请到亚马逊说说您的感受；要是哪里不顺心，先别急着公开写，直接找阿骏处理。",
    "Satisfied buyers to Amazon, unhappy ones to the seller (policy.md C3).")
add("violation", "zs", [OFF], ["careful", "diversion"],
    "喻阿姨，以后要加购镖杆就不必在亚马逊下单了，直接告诉阿骏要几套，我们从仓库发给您，价钱还能再商量。",
    "Invites the buyer to order outside Amazon (policy.md D6).")
add("violation", "zs", [MK, RI], ["careful", "discount", "incentive"],
    "符老师，您在商品页写下使用感受之后，把截图发来，下一单镖翼我们少收您三成。",
    "A cut on the next order in exchange for a posted opinion (policy.md C1, B; judgement call 5).")
# ---- Simplified, split
add("violation", "zs", [RI], ["split", "steering"],
    "小棠您好。电子飞镖靶的提示音可以调小，说明书第六页有写。另外，您写评价时记得提到「安装十分钟搞定」和「比实体店便宜」，这两句对我们很有帮助。",
    "Dictates phrases to put in the review (policy.md C7).")
add("violation", "zs", [OFF], ["split", "url"],
    "景先生，剑麻靶挂高的问题我们拍了教程。亚马逊这里放不了视频。请到 tallowmeredarts.com/guide 去看，那边还有更多配件。",
    "A link to the shop's own site, which also shows other products (policy.md D1).")
add("violation", "zs", [MK], ["split", "sale"],
    "裴女士，飞镖柜用着还好吗？这周末店里所有柜子都降价两成。错过的话要等到年底了。",
    "A weekend sale announcement (policy.md B).")
add("violation", "zs", [RI], ["split", "feedback-pressure"],
    "易先生，那条卖家反馈说的是快递慢。快递不是我们能控制的。这条反馈把我们店铺的分数拉低了不少，请您撤掉它。",
    "Pressure to withdraw seller feedback because it hurts the shop (policy.md C5).")
add("violation", "zs", [OFF, RI], ["split", "messaging-app", "incentive"],
    "喻阿姨，好评写好以后先别关页面。截个图。然后发到我们的Telegram @tallowmere_help，红包马上到。",
    "A cash gift for a review, claimed through Telegram (policy.md C1, D4).")

# ---- Traditional, plain
add("violation", "tw", [OFF], ["plain", "messaging-app"],
    "戴小姐您好，電子飛鏢靶的韌體更新步驟比較多，請加我們的 LINE @tallowmeretw，我們用視訊一步一步帶您做喔。",
    "A LINE account for support (policy.md D4).")
add("violation", "hk", [RI], ["plain", "rating-request"],
    "黎太，呢套鎢鋼飛鏢用得順手嘅話，麻煩喺亞馬遜俾個五星好評，我哋小店好需要你支持。",
    "Asks for a five-star review in Cantonese (policy.md C2).")
add("violation", "tw", [MK], ["plain", "coupon"],
    "甘先生，感謝支持！下次在我們賣場買鏢翼，結帳時輸入 BULL20 折價券，可以省兩成，本月底前有效喔。",
    "Coupon for the next order (policy.md B).")
# ---- Traditional, careful
add("violation", "tw", [OFF], ["careful", "payment", "diversion"],
    "呂小姐，下次要補軟頭可以直接跟我們說，我們給您一個帳號轉帳就好，省掉平台那一段，出貨也比較快喔。",
    "Ordering and paying by bank transfer outside Amazon (policy.md D5, D6).")
add("violation", "hk", [RI], ["careful", "change-review"],
    "霍生，新嘅鏢桿已經寄到，之前你喺產品頁寫嗰幾句，而家情況唔同咗，可唔可以改返佢？",
    "Asks the buyer to change what was posted on the product page (policy.md C4).")
add("violation", "tw", [MK], ["careful", "new-product"],
    "戴小姐，我們剛推出一款可以裝在飛鏢櫃門內側的計分板，尺寸跟您買的櫃子剛好搭配，有興趣可以到賣場看看喔。",
    "Announces a newly launched product (policy.md B).")
# ---- Traditional, split
add("violation", "hk", [OFF], ["split", "phone"],
    "伍小姐，電子靶嘅感應器要重新校正。用文字好難講清楚。你直接打去 07700 900683 搵阿駿啦，佢今晚喺度。",
    "The seller's own number for a support call (policy.md D3).")
add("violation", "tw", [RI], ["split", "gating"],
    "甘先生，劍麻靶收到了吧？如果一切都好，歡迎到亞馬遜分享心得。若是有哪裡不滿意，拜託先傳訊息給我們，不要直接公開寫出來。",
    "Review gating spread over two conditions (policy.md C3).")
add("violation", "tw", [MK], ["split", "cross-sell", "listing-link"],
    "呂小姐，您買的是軟式飛鏢。搭配的軟頭和鏢翼我們也有賣。連結在這裡：amazon.com/dp/B0F3TM8K6Q，一起結帳比較划算喔。",
    "Cross-sell with a link to another Amazon listing (policy.md B, D1; judgement call 7).")
add("violation", "hk", [MK, OFF], ["split", "follow", "social"],
    "黎太，多謝支持。我哋 Facebook 專頁「Tallowmere 飛鏢會」每星期都有教學片。記得撳讚同追蹤，仲會有粉絲專屬價㗎。",
    "Asks the buyer to follow a Facebook page with fan prices (policy.md B, D4).")

# ---- mixed
add("violation", "mx", [MK], ["plain", "discount"],
    "Hi 景先生, thanks again for the order! 下一套 Kestrel 飞镖 you get 20% off，在我们亚马逊店铺结账时自动生效。",
    "A percentage off the next set (policy.md B).")
add("violation", "mxhk", [OFF], ["split", "messaging-app", "phone"],
    "霍生 hi, the Orbitron board 嘅 sensor 問題 is hard to explain here. 你 WhatsApp 我哋 07700 900219 啦, "
    "send a short video and we'll sort it tonight.",
    "WhatsApp on the shop's number, in Cantonese and English (policy.md D3, D4).")

# =========================================================================== evasions
add("evasion", "en", [RI], ["incentive", "homoglyph"],
    "Leave a r" + CY_E + "view of the Kestrel K23 and we will post you a spare set of Vaneskin "
    "flights at no charge.",
    "Cyrillic e inside the review keyword; goods for a review (policy.md C1, section e).")
add("evasion", "en", [OFF], ["messaging-app", "phone", "homoglyph"],
    "For the Orbitron reset, message Ambrose on Wh" + CY_A + "tsApp at +1 (413) 555-0158 and "
    "he will reply tonight.",
    "Cyrillic a inside the app name (policy.md D3, D4, section e).")
add("evasion", "en", [MK], ["coupon", "leetspeak"],
    "Your next Stemcraft order gets 10% 0ff with c0de TR3BLE10 at checkout.",
    "Leetspeak coupon code (policy.md B, section e).")
add("evasion", "en", [RI], ["rating-request", "leetspeak"],
    "A quick 5-st4r r3view for the Hollowmark would make our week, Petronella.",
    "Leetspeak five-star review request (policy.md C2, section e).")
add("evasion", "en", [OFF], ["messaging-app", "spacing"],
    "Questions about the cabinet hinges? Ping us on T e l e g r a m, handle tallowmere_help, at "
    "any hour.",
    "Spaced-out app name with the shop's handle (policy.md D4, section e).")
add("evasion", "en", [MK], ["sale", "spacing"],
    "Our s a l e on every bristle board runs until Sunday night; nothing in the shop will be "
    "this low again this year.",
    "Spaced-out sale announcement (policy.md B, section e).")
add("evasion", "en", [OFF], ["email", "separator"],
    "Please send the photos of the cracked segment to o-r-d-e-r-s @ tallowmeredarts . com and "
    "we will look tonight.",
    "E-mail address broken up with hyphens and spaces (policy.md D2, section e).")
add("evasion", "en", [RI], ["incentive", "zero-width"],
    "Once your re" + ZW + "view of the Toeline mat is live, a $15 gi" + ZW + "ft card lands in "
    "your inbox.",
    "Zero-width spaces inside review and gift (policy.md C1, section e).")
add("evasion", "en", [OFF], ["email", "fullwidth"],
    "Write to us at " + fw("help@tallowmeredarts.com") + " and Ambrose will reply within the "
    "hour.",
    "Full-width e-mail address (policy.md D2, section e).")
add("evasion", "en", [OFF], ["email", "spelled-email"],
    "Drop Ambrose a note at tallowmere dot darts at gmail dot com with the serial from the back "
    "of the board.",
    "E-mail address spelled with at and dot (policy.md D2, section e).")
add("evasion", "en", [OFF], ["phone", "number-words"],
    "Text the workshop instead: four one three, five five five, zero one five eight.",
    "Phone number written as words (policy.md D3, section e).")
add("evasion", "en", [RI], ["rating-request", "emoji"],
    "Pop " + STAR * 5 + " on the Wispline page for us, Fergus, it keeps the lights on in the "
    "workshop.",
    "Five emoji stars requested (policy.md C2, E; judgement call 13).")
add("evasion", "en", [OFF], ["messaging-app", "nickname", "split-handle"],
    "Find us on the paper-plane app: tallowmere, then an underscore, then help.",
    "Telegram by nickname, handle given in pieces (policy.md D4, section e).")
add("evasion", "en", [MK], ["giveaway", "emoji"],
    DART + " Every Tallowmere order placed this month goes into our draw for a complete Ashbrook "
    "cabinet setup, winners picked Friday " + DART,
    "A prize draw announcement decorated with emoji (policy.md B, E).")
# ---- Simplified
add("evasion", "zs", [RI], ["incentive", "pinyin"],
    "符老师，留个haoping截图给我们，马上fanxian十美元到您账上。",
    "好评返现 written in pinyin (policy.md C1, section e).")
add("evasion", "zs", [OFF], ["messaging-app", "homophone"],
    "易先生，加我薇信 tallowmere_cn，视频发过来更方便，阿骏晚上都在。",
    "薇信 for 微信 (policy.md D4, section e).")
add("evasion", "zs", [RI], ["rating-request", "homophone"],
    "小棠，钨钢飞镖到手了吧，帮忙给个好苹呗，要五颗小星星的那种。",
    "好苹 for 好评, five stars (policy.md C2, section e).")
add("evasion", "zs", [OFF], ["phone", "cn-numerals"],
    "喻阿姨，有问题直接打阿骏的手机：四一三五五五零一二六。",
    "Phone number in Chinese numerals (policy.md D3, section e).")
add("evasion", "zs", [MK], ["coupon", "zero-width"],
    "裴女士，下次买镖翼输入 OCHE15 就能用优" + ZW + "惠，全店通用。",
    "Zero-width space inside 优惠 (policy.md B, section e).")
add("evasion", "zs", [RI], ["change-review", "separator"],
    "景先生，退款已经到账了，麻烦把那条差/评/删/掉吧。",
    "删差评 split by slashes (policy.md C4, section e).")
add("evasion", "zs", [OFF], ["messaging-app", "nickname"],
    "小棠，安装视频太大发不过来，绿泡泡搜 tallowmere_cn 加一下，我直接传给你。",
    "绿泡泡 as the nickname of WeChat (policy.md D4, section e).")
add("evasion", "zs", [MK], ["coupon", "fullwidth"],
    "符老师，老顾客专享：结账填 " + fw("BULL20") + "，整单再省两成。",
    "Full-width coupon code (policy.md B, section e).")
add("evasion", "zs", [MK, OFF], ["follow", "social", "spacing"],
    "喻阿姨，飞镖靶挂墙的教程放在 抖 音 上，搜 Tallowmere镖局 就能看到，顺手点个关注。",
    "Spaced-out app name, asks for a follow (policy.md B, D4, section e).")
# ---- Traditional
add("evasion", "tw", [OFF], ["messaging-app", "homophone"],
    "戴小姐，電子靶的問題用賴 @tallowmeretw 聯絡我們比較快喔，直接傳影片過來就好。",
    "賴 for LINE (policy.md D4, section e).")
add("evasion", "hk", [OFF], ["phone", "cn-numerals"],
    "伍小姐，你打呢個號碼搵我哋阿駿啦：零七七零零 九零零 二一九，佢朝早十點後喺度。",
    "UK number in Chinese numerals (policy.md D3, section e).")
add("evasion", "tw", [RI], ["rating-request", "emoji"],
    "甘先生，鏢翼還喜歡嗎？給我們 " + STAR * 5 + " 好不好，拜託囉～",
    "Five emoji stars requested (policy.md C2, E, section e).")
add("evasion", "hk", [MK], ["discount", "pinyin"],
    "霍生，下次喺我哋亞馬遜店再買鏢桿，有 dazhe 㗎，平過今次一成。",
    "打折 written in pinyin (policy.md B, section e).")
add("evasion", "tw", [RI], ["incentive", "zero-width"],
    "呂小姐，寫完評" + ZW + "價截圖給我們，就送" + ZW + "您一組軟頭喔。",
    "Zero-width spaces in 評價 and 送 (policy.md C1, section e).")
# ---- mixed
add("evasion", "mx", [OFF], ["social", "nickname", "split-handle"],
    "小棠 hi! The setup video lives on the photo app. 搜 tallowmere 后面加一个点，再加 darts，就是我们的账号。",
    "Instagram by nickname, handle in pieces (policy.md D4, section e).")
add("evasion", "mxhk", [OFF], ["email", "phone", "diversion", "spelled-email", "number-words"],
    "伍小姐 hi, 電子靶嘅保養 you don't need Amazon for. Write to orders at tallowmeredarts dot com "
    "or text oh seven seven oh oh, nine oh oh, six eight three, 我哋即日覆你。",
    "Spelled e-mail and phone in words, away from Amazon (policy.md D2, D3, D6, section e).")

# =========================================================================== near-misses
add("near-miss", "en", [], ["review-word"],
    "Before it left, Ambrose gave your Hollowmark board a final review in the throwing room: "
    "segments tight, wire flush, no loose staples.",
    "Review means an inspection (policy.md section 0, C near-misses).")
add("near-miss", "en", [], ["remedy"],
    "Desmond, we are sorry two flights arrived split. A replacement pack of Vaneskin flights has "
    "been sent at no charge, and you do not need to send the damaged ones back.",
    "A free replacement as a remedy, no review mentioned (policy.md B near-misses).")
add("near-miss", "en", [], ["lookalike-number"],
    "You asked where the Orbitron E9 is: order 113-5550158-4021937 left the Amazon warehouse "
    "this morning under TBA617204938851, with delivery expected Thursday.",
    "The order id contains the shop's 555-0158 block but is not a phone number (policy.md D "
    "near-misses).")
add("near-miss", "en", [], ["negation"],
    "Ingrid, to be clear, we do not offer anything in exchange for reviews; the flyer you found "
    "in the box belonged to another seller's order packed at the same warehouse.",
    "Incentive words under negation (policy.md C near-misses).")
add("near-miss", "en", [], ["neutral-request"],
    "Order 112-3067418-5592031: if you have a moment, you are welcome to tell other players "
    "about the Kestrel K23 on its Amazon page. Good or bad, every account helps someone choose.",
    "One neutral review request with no condition or reward (interface.md; policy.md C "
    "near-misses; judgement call 2).")
add("near-miss", "en", [], ["amazon-page"],
    "To send the cabinet back, open Your Orders on amazon.com, pick the Ashbrook cabinet and "
    "choose the return option; the prepaid label is made there.",
    "Amazon's own returns page (policy.md D near-misses).")
add("near-miss", "en", [], ["answer"],
    "You asked about the coupon shown under the Wispline listing. Amazon runs that one, and it "
    "applies by itself at checkout once you tick the box; we cannot add to it.",
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses; judgement "
    "call 9).")
add("near-miss", "en", [], ["refusal"],
    "Sorry, Lucian, we cannot send a discount code in return for a review; Amazon forbids it, "
    "and we would rather you simply write whatever you think, if you write anything.",
    "Refuses the buyer's request for a reward (policy.md C1, C near-misses).")
add("near-miss", "en", [], ["feedback-notice"],
    "Henrietta, the new sensor board is in and your Orbitron scores correctly again. If you "
    "feel this is now resolved, you may edit or take down the seller feedback you left earlier; "
    "the choice is yours alone.",
    "Amazon's neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
add("near-miss", "en", [], ["product-word"],
    "The Ashbrook cabinet you received is wall-mounted; the listing photo where it looks "
    "free-standing shows it on a display easel we use in the throwing room.",
    "Free-standing is a product word (policy.md B near-misses).")
add("near-miss", "en", [], ["quoted-buyer"],
    "You wrote, 'five stars for the board, but the cabinet hinge squeaks.' A drop of light oil "
    "on the top pin usually cures it; if not, tell us and we will post a new hinge.",
    "The star words are the buyer's own, quoted (policy.md C near-misses).")
add("near-miss", "en", [], ["logistics-word"],
    "We have cancelled the second Toeline mat that was ordered by mistake, and the delivery "
    "address on the first one is now the club hall, as you asked.",
    "Cancel as a logistics word (policy.md C near-misses, A near-misses).")
add("near-miss", "en", [], ["review-thanks"],
    "Thank you for the review you posted about the Stemcraft shafts, Barnaby; your tip about "
    "tightening the O-rings a quarter turn was useful, and it is now on our setup sheet.",
    "Thanks for a review already written, with substance (policy.md C near-misses).")
add("near-miss", "en", [], ["carrier-site"],
    "Royal Mail shows parcel RX517204386GB at your local delivery office. You can book a "
    "redelivery on the Royal Mail website with that number.",
    "Points to the carrier's own site for delivery (policy.md D near-misses; judgement call 11).")
add("near-miss", "en", [], ["warranty"],
    "The Orbitron E9 carries the maker's two-year warranty. If the display fails, the "
    "manufacturer's warranty desk is on 1-800-555-0172 and will ask for the serial beginning "
    "OE9 on the back.",
    "A manufacturer's warranty number, the D3 exception (policy.md D3; judgement call 11).")
add("near-miss", "en", [], ["price-paid"],
    "You asked why the invoice says $89.00: that is the price you paid for the Hollowmark board "
    "at checkout, tax included. The attached invoice splits it into item and tax.",
    "A price already paid, not an offer (policy.md B near-misses).")
add("near-miss", "en", [], ["remedy"],
    "Mr. Valcourt, the Orbitron arrived with a cracked catch ring. The whole amount is going back "
    "to your card as a refund through Amazon today; there is no need to return the board.",
    "A refund as a remedy, no review in sight (policy.md C near-misses).")
add("near-miss", "en", [], ["lookalike-number"],
    "Gwendolyn, USPS has the Toeline mat under 9400 1118 2296 5307 4418 63; it was scanned at "
    "the regional hub last night and should reach you Saturday.",
    "A 22-digit tracking number, not a phone number (policy.md D near-misses).")
add("near-miss", "en", [], ["neutral-request"],
    "Now that your Wispline darts have had a few weeks of league use, we would be glad to hear "
    "how they have held up, in a review on Amazon or not at all; whatever you decide is fine. "
    "Order 114-5180263-2947710.",
    "A single neutral request that names no rating (interface.md; policy.md C near-misses; "
    "judgement call 2).")
add("near-miss", "en", [], ["review-word"],
    "Our quality team reviews every barrel on a scale before boxing; your three Kestrel darts "
    "read 23.1, 23.0 and 23.1 grams.",
    "Reviews means checks (policy.md section 0).")
add("near-miss", "en", [], ["negation"],
    "There is no code to enter and nothing to buy: the missing hinge screws for your Ashbrook "
    "cabinet are simply on their way separately, under TBA390572816604.",
    "Promotion words under negation (policy.md B near-misses).")
add("near-miss", "en", [], ["quoted-buyer"],
    "Your message read, 'can I get a refund or a gift card instead?' Amazon offers the refund "
    "route here: start the return in Your Orders and the money follows once the board is scanned "
    "back.",
    "Refund and gift card appear only in the buyer's quoted words (policy.md D near-misses).")
add("near-miss", "en", [], ["carrier-site"],
    "UPS lists the Ashbrook cabinet as held at the depot because nobody was home. You can change "
    "the delivery day on the UPS tracking page using the number in Your Orders.",
    "The carrier's own tracking page (policy.md D near-misses; judgement call 11).")
# ---- Simplified
add("near-miss", "zs", [], ["substring"],
    "易先生，您说在亚马逊上检索评测视频时找不到 Orbitron 的中文版，我们这边也查过了，目前确实只有英文版，中文说明已附在这条消息里。",
    "检索评测 hides 索评 (policy.md section 0, C near-misses).")
add("near-miss", "zs", [], ["substring"],
    "裴女士，我们搜索评论区里常见的问题时发现，不少人剑麻靶挂歪是因为挂钩没拧紧，附图给您参考。",
    "搜索评论 hides 索评 (policy.md section 0, C near-misses).")
add("near-miss", "zs", [], ["remedy"],
    "喻阿姨，镖翼破了的那一包我们已经免费补发，单号是 SF2047391856620，旧的不用寄回。",
    "A free reshipment as a remedy (policy.md B near-misses).")
add("near-miss", "zs", [], ["logistics-word"],
    "符老师，重复下的那一单已经按您说的取消了，另一单的收货地址也改成了学校。",
    "取消 for a duplicate order (policy.md C near-misses).")
add("near-miss", "zs", [], ["feedback-notice"],
    "小棠，电子靶的主板已经换好，您那边测试也正常了。如果您觉得这件事处理妥当了，早先给店铺写的那条反馈要不要修改，全看您自己的意思。",
    "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
add("near-miss", "zs", [], ["neutral-request"],
    "景先生，订单 111-9402736-6618054 的钨钢飞镖您用了一段时间了，欢迎在商品页写下真实的体会，好的坏的都可以。",
    "One neutral request, good or bad (interface.md; policy.md C near-misses).")
add("near-miss", "zs", [], ["answer"],
    "您问的满300减30是亚马逊平台自己的优惠活动，结账时系统会自动计算，我们这边没办法手动加减。",
    "Answers a question about Amazon's own promotion (policy.md B near-misses; judgement call 9).")
add("near-miss", "zs", [], ["review-word"],
    "符老师，寄出前阿骏把这块剑麻靶做了最后审核：分区铁丝平整，靶面没有松动。",
    "审核 as inspection (policy.md section 0).")
add("near-miss", "zs", [], ["product-word"],
    "小棠，电子靶面板上的三颗星灯亮起来，表示已经连上电源，可以开始计分了。",
    "星 as indicator lights (policy.md C near-misses).")
add("near-miss", "zs", [], ["quoted-buyer"],
    "您留言说“不给退款我就给差评”，我们理解您的心情。破损的靶子请拍照放在这条消息里，我们按亚马逊的流程处理。",
    "退款 and 差评 only inside the buyer's quoted words (policy.md C near-misses).")
add("near-miss", "zs", [], ["refusal"],
    "景先生，您提出写好评换一套镖杆，这个我们不能答应，亚马逊不允许拿东西交换评价。您愿意写的话照实写就好。",
    "Refuses a review-for-goods proposal (policy.md C1, C near-misses).")
add("near-miss", "zs", [], ["review-thanks"],
    "喻阿姨，看到您写的评价了，谢谢您提到地垫的防滑底，我们会把这一点转告工厂。",
    "Thanks for a review already written (policy.md C near-misses).")
add("near-miss", "zs", [], ["price-paid"],
    "裴女士，您问为什么发票上的价格比现在页面上高：468 元是您下单时实际支付的价格，之后的调价由亚马逊系统决定。",
    "Price already paid (policy.md B near-misses).")
add("near-miss", "zs", [], ["lookalike-number"],
    "易先生，订单 112-5550126-7784310 的飞镖柜今天中午已经出库，亚马逊物流单号 TBA528013697442。",
    "Order id containing 555-0126 is not a phone number (policy.md D near-misses).")
add("near-miss", "zs", [], ["warranty"],
    "符老师，电子靶的两年保修由厂家负责，屏幕出问题可以拨厂家保修热线 1-800-555-0191，报背面以 OE9 开头的序列号即可。",
    "Manufacturer's warranty number (policy.md D3; judgement call 11).")
add("near-miss", "zs", [], ["amazon-page"],
    "小棠，退货请在亚马逊的“我的订单”里找到这块电子靶，点“退货或换货”，退货标签会自动生成。",
    "Amazon's own returns flow (policy.md D near-misses).")
add("near-miss", "zs", [], ["negation"],
    "喻阿姨，这条消息里没有任何优惠码，也不需要您做什么，只是告诉您少发的镖杆已经单独寄出。",
    "Promotion word under negation (policy.md B near-misses).")
# ---- Traditional
add("near-miss", "tw", [], ["carrier-site"],
    "戴小姐，黑貓宅急便顯示包裹還在營業所，您可以到黑貓官網輸入追蹤編號，改約配送時間喔。",
    "The carrier's own site (policy.md D near-misses; judgement call 11).")
add("near-miss", "tw", [], ["review-word"],
    "甘先生，出貨前我們把這組鎢鋼飛鏢每一支都過秤審核，重量誤差都在零點一克以內。",
    "審核 as weighing check (policy.md section 0).")
add("near-miss", "tw", [], ["remedy"],
    "呂小姐，斷掉的鏢桿我們已經免費補寄一組給您，舊的不用寄回喔。",
    "Free reshipment as a remedy (policy.md B near-misses).")
add("near-miss", "tw", [], ["substring"],
    "戴小姐，您說上網檢索評測文章時看到有人說軟頭容易斷，其實那是舊款，您收到的是加厚版的軟頭喔。",
    "檢索評測 hides 索評 (policy.md section 0).")
add("near-miss", "tw", [], ["logistics-word"],
    "甘先生，您要求取消的那一筆重複訂單已經處理好了，另一筆會照常出貨喔。",
    "取消 for a duplicate order (policy.md C near-misses).")
add("near-miss", "hk", [], ["feedback-notice"],
    "黎太，換咗嘅感應板而家計分正常喇。如果你覺得問題已經搞掂，之前留低嘅賣家反饋要唔要改，由你自己決定就得。",
    "Neutral seller-feedback notice in Cantonese (policy.md C5; judgement call 4).")
add("near-miss", "hk", [], ["price-paid"],
    "霍生，發票上面嘅 $72.50 係你落單嗰陣實際俾嘅價錢，之後頁面價格有變係亞馬遜系統調整㗎。",
    "Price already paid (policy.md B near-misses).")
add("near-miss", "hk", [], ["quoted-buyer"],
    "伍小姐，你話「唔換就俾一星」，我哋明白。爛咗嘅鏢翼請影張相放喺呢個訊息度，我哋即刻跟進。",
    "一星 only in the buyer's quoted words (policy.md C near-misses).")
add("near-miss", "hk", [], ["answer"],
    "霍生，你問嘅「買滿 $50 有優惠」係亞馬遜自己搞嘅活動，結帳時自動計算，我哋呢邊冇得加減。",
    "Answers a question about an Amazon promotion (policy.md B near-misses; judgement call 9).")
# ---- mixed
add("near-miss", "mx", [], ["review-thanks"],
    "Hi 裴女士, thanks for the review you left on the Toeline mat! 您提到的边缘翘起问题，铺平压一晚就会好。",
    "Thanks for a review already written (policy.md C near-misses).")

# =========================================================================== clean
add("clean", "en", [], [],
    "Hi Desmond, the Kestrel K23 barrels you asked about weigh 23 grams each, with a ringed grip "
    "along the front third; they suit a pencil-style throw.",
    "Answers a product question (policy.md section a, A).")
add("clean", "en", [], [],
    "Ingrid, your Hollowmark board will leave a day later than planned because the carrier "
    "missed our Tuesday pickup. It should still reach you before the weekend.",
    "A delay notice, a permitted proactive message (policy.md A near-misses).")
add("clean", "en", [], [],
    "Lucian, before we print your custom Vaneskin flights, please check the attached proof: "
    "initials in white on navy. Reply yes, or tell us what to adjust.",
    "Verifying a custom design (policy.md A).")
add("clean", "en", [], [],
    "Mr. Valcourt, the Ashbrook cabinet travels by freight. The driver needs a two-hour window "
    "next week; please tell us which weekday suits you and whether there are stairs.",
    "Scheduling a bulky delivery (policy.md A).")
add("clean", "en", [], [],
    "The usual hanging height is 173 cm from the floor to the middle of the bullseye, and the "
    "throwing distance is 237 cm from the face of the board.",
    "Setup facts in reply to a question (policy.md A).")
add("clean", "en", [], [],
    "Fergus, the Wispline darts take 2BA soft tips; the spares in the tube screw in by hand and "
    "should be snug but not forced.",
    "Usage answer (policy.md A).")
add("clean", "en", [], [],
    "To make the Hollowmark board last, turn it a quarter clockwise every fortnight so the "
    "twenty segment does not wear out first.",
    "Care instructions in reply to a question (policy.md A).")
add("clean", "en", [], [],
    "Henrietta, as requested, the VAT invoice for your Orbitron E9 is attached as a PDF, made "
    "out to your club's name.",
    "Sending an invoice (policy.md A).")
add("clean", "en", [], [],
    "Barnaby, the courier needs the recipient's tax number before the cabinet can clear customs "
    "in Norway. Could you send it in this thread?",
    "Information needed to deliver the order (policy.md A, G near-misses).")
add("clean", "en", [], [],
    "Petronella, the oche mat was rolled for shipping, so it may curl at the ends for a day or "
    "two. Lay it flat with a few books on each corner overnight.",
    "Usage advice (policy.md A).")
add("clean", "en", [], [],
    "Gwendolyn, the Orbitron E9 runs on four AA batteries or the mains adapter in the box; no "
    "batteries are fitted when it ships.",
    "Answers a power question (policy.md A).")
add("clean", "en", [], [],
    "Rupert, the barrels are not magnetic, so the steel tips will not stick to a tool tray. The "
    "thread on the shafts is the usual 2BA size.",
    "Product facts (policy.md A).")
add("clean", "en", [], [],
    "Ms. Szabo, your flight case is held at the depot after a storm closed the motorway; the "
    "carrier expects to move it on Monday, and we will write again if that slips.",
    "A delay notice (policy.md A near-misses).")
# ---- Simplified
add("clean", "zs", [], [],
    "裴女士，剑麻靶挂起来的标准高度是靶心离地一米七三，投掷距离是两米三七。",
    "Setup facts (policy.md A).")
add("clean", "zs", [], [],
    "易先生，因为暴雨，快递公司推迟了取件，您的飞镖柜会晚两天发出，到时我们再通知您。",
    "Delay notice (policy.md A near-misses).")
add("clean", "zs", [], [],
    "喻阿姨，软式飞镖的软头是拧上去的，用手拧紧就行，不需要工具。",
    "Usage answer (policy.md A).")
add("clean", "zs", [], [],
    "符老师，您定制的镖翼图案打样好了，白字印在深蓝底上，请看附件确认，没问题我们就开始印。",
    "Verifying a custom design (policy.md A).")
add("clean", "zs", [], [],
    "小棠，电子飞镖靶需要四节五号电池，也可以用盒子里的电源适配器。",
    "Power question answered (policy.md A).")
add("clean", "zs", [], [],
    "景先生，飞镖柜比较重，需要物流预约送货，请告诉我们下周哪天方便，家里有没有电梯。",
    "Scheduling a bulky delivery (policy.md A).")
add("clean", "zs", [], [],
    "裴女士，剑麻靶每两周顺时针转一格，常用的分区磨损会更均匀。",
    "Care instructions (policy.md A).")
add("clean", "zs", [], [],
    "喻阿姨，按您的要求，发票已经开成公司抬头，附在这条消息里。",
    "Sending an invoice (policy.md A).")
add("clean", "zs", [], [],
    "易先生，投掷地垫是卷着运输的，刚打开时边缘会翘，压一晚就平了。",
    "Usage advice (policy.md A).")
add("clean", "zs", [], [],
    "符老师，镖杆和镖身的螺纹都是通用的2BA规格，可以互换。",
    "Product facts (policy.md A).")
# ---- Traditional
add("clean", "tw", [], [],
    "戴小姐，劍麻靶建議每兩週轉一格，這樣常射中的區塊比較不會太快磨損喔。",
    "Care instructions (policy.md A).")
add("clean", "tw", [], [],
    "甘先生，因為颱風，物流公司延後取件，您的飛鏢櫃會晚兩天出貨，到時我們會再傳訊息給您。",
    "Delay notice (policy.md A near-misses).")
add("clean", "tw", [], [],
    "呂小姐，軟式飛鏢的軟頭用手直接轉緊就可以了，不需要工具，盒子裡也附了備用的一包喔。",
    "Usage answer (policy.md A).")
add("clean", "hk", [], [],
    "黎太，套鏢翼嘅圖案打咗樣，白字印喺深藍底上面，你睇下附件，冇問題我哋就開始印。",
    "Verifying a custom design in Cantonese (policy.md A).")
add("clean", "hk", [], [],
    "霍生，飛鏢櫃比較重，要預約送貨，你話我哋知下週邊日方便，同埋屋企有冇電梯。",
    "Scheduling a bulky delivery (policy.md A).")
add("clean", "hk", [], [],
    "伍小姐，電子靶要用四粒 AA 電池，或者用盒入面嘅火牛，出廠時冇裝電池㗎。",
    "Power question answered (policy.md A).")
# ---- mixed
add("clean", "mx", [], [],
    "Hi 景先生, the Kestrel darts weigh 23 grams each. 镖杆的螺纹是 2BA，可以和您原来的 shafts 通用。",
    "Product facts in mixed language (policy.md A).")


LANG_FIELD = {"en": "en", "zs": "zh", "tw": "zh", "hk": "zh", "mx": "mixed", "mxhk": "mixed"}
SCRIPT_TAGS = {"en": [], "zs": [], "tw": ["traditional", "taiwanese"],
               "hk": ["traditional", "cantonese"], "mx": ["mixed"],
               "mxhk": ["traditional", "cantonese", "mixed"]}


def records():
    rows = list(R)
    random.Random(102).shuffle(rows)
    out = []
    for i, (cat, lang, labels, tags, text, note) in enumerate(rows, 1):
        out.append({"id": "h102-%03d" % i, "text": text, "labels": sorted(labels),
                    "lang": LANG_FIELD[lang], "tags": [cat] + tags + SCRIPT_TAGS[lang],
                    "note": note})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
