#!/usr/bin/env python3
"""Builds holdout94.jsonl: 160 hand-labelled seller-to-buyer messages of an invented Amazon
seller, Quarrybrook Preserving Co. (home canning and fermentation supplies).

Every record is written by hand below; this script only adds the hard-to-see characters,
shuffles with random.Random(94) and numbers the records h94-001 .. h94-160.

Hard-to-see characters are spelled with the names below, never typed raw:
  ZW     zero-width space U+200B
  CY_E   Cyrillic small ie U+0435 (looks like Latin e)
  CY_A   Cyrillic capital A U+0410 (looks like Latin A)
  STAR5  five U+2B50 star emoji
  PHONE  telephone receiver emoji U+1F4DE
  fw(s)  the full-width form of an ASCII string

Record tuple: (text, labels, lang, tags, note).  labels are a sorted subset of
["marketing", "off-platform-contact", "review-inducement"].

Usage: python3 gen.py          (writes holdout94.jsonl next to this file)
"""
import json
import os
import random

ZW = "\u200b"
CY_E = "\u0435"
CY_A = "\u0410"
STAR5 = "\u2b50" * 5
PHONE = "\U0001f4de"


def fw(s):
    """Full-width form of printable ASCII (space stays a space)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


M = "marketing"
O = "off-platform-contact"
R = "review-inducement"

# ============================================================== violations (50)
VIOLATIONS = [
    # ---------------------------------------------------------- English, plain (8)
    ("Hi Marigold, thanks for picking up the Ashgrove 32 oz jars. Use code BRINE20 at "
     "checkout on your next order and take 20% off any Burpwell airlock lid set.",
     [M], "en", ["violation", "plain", "coupon"],
     "A discount code for the next purchase is a coupon (policy.md B)."),
    ("Leopold, now that the Kettlevale K23 has handled its first batch of green beans, would "
     "you please give it a five-star review on Amazon? Every five-star rating keeps a small "
     "canning shop like ours visible.",
     [R], "en", ["violation", "plain", "rating-request"],
     "Asks for a five-star review by name (policy.md C2)."),
    ("Fennimore, the gasket question is easier to sort out by email. Write to "
     "help@quarrybrookjars.com with a photo of the lid rim and Ottoline will answer you "
     "directly.",
     [O], "en", ["violation", "plain", "email"],
     "Gives the shop's e-mail address and moves the conversation there (policy.md D2)."),
    ("Post a review of your Stoneholt crock and we will send you a free set of Brinekeeper "
     "glass weights. Just reply here with the date you posted it.",
     [R], "en", ["violation", "plain", "incentive"],
     "A free product in exchange for a review (policy.md C1)."),
    ("New arrivals this week: the Stoneholt 10-litre crock and a matching oak lid. Araminta, "
     "since you bought the 5-litre size, this is the moment to move up before harvest.",
     [M], "en", ["violation", "plain", "new-product"],
     "Announces new products to a past buyer (policy.md B)."),
    ("Cuthbert, follow us on Instagram at @quarrybrook.ferments this month: every follower "
     "goes into our giveaway for a Kettlevale pressure canner.",
     [M, O], "en", ["violation", "plain", "giveaway", "follow", "social"],
     "A giveaway tied to following the shop's Instagram account: promotion plus a social "
     "handle (policy.md B, D4)."),
    ("Ingrid, once your review of the Acidline pH strips is up, send us your PayPal address "
     "and we will refund the full $14.99 there.",
     [O, R], "en", ["violation", "plain", "payment", "incentive"],
     "A refund for a review, paid outside Amazon through PayPal (policy.md C1, D5)."),
    ("If the airlock lids made your sauerkraut a success, please leave a review on Amazon. "
     "If anything went wrong, message us first instead of reviewing so we can fix it "
     "privately.",
     [R], "en", ["violation", "plain", "gating"],
     "Invites only happy buyers to review and diverts unhappy ones to the seller "
     "(policy.md C3)."),
    # ---------------------------------------------------------- English, careful (7)
    ("Wilhelmina, the cracked jar has been replaced and the new case should reach you "
     "Thursday. When you have a moment, could you revisit what you wrote about us on the "
     "Ashgrove listing so it matches how things turned out?",
     [R], "en", ["violation", "careful", "change-review"],
     "Asks the buyer to edit a posted product review after a fix, without using the word "
     "(policy.md C4, section e)."),
    ("Mr. Valdivia, gauge calibration is quicker to walk through by voice. Text or ring "
     "Ottoline on 608-555-0123 any weekday after 9 and she will talk you through it.",
     [O], "en", ["violation", "careful", "phone"],
     "The shop's own mobile number, offered for support (policy.md D3)."),
    ("Ms. Nakashima, our own shop at quarrybrookjars.com lists the same Burpwell lids for "
     "about four dollars less than Amazon, so next time you can skip the marketplace "
     "mark-up.",
     [M, O], "en", ["violation", "careful", "discount", "url", "diversion"],
     "Sends the buyer to the seller's own site for a lower price (policy.md B, D1, D6)."),
    ("Percival, when you share your thoughts about the Kettlevale on its Amazon page, it "
     "would help if you mention the locking lid and how quietly the weight rocks. Those two "
     "details are what other home canners look for.",
     [R], "en", ["violation", "careful", "steering"],
     "Tells the buyer what to write in the review (policy.md C7)."),
    ("Dagny, good timing: the Stoneholt 5-litre crock you waited on is back in stock and "
     "moving fast, so grab a second one for your cousin before the autumn rush empties the "
     "shelf.",
     [M], "en", ["violation", "careful", "restock"],
     "A back-in-stock push for a second purchase (policy.md B)."),
    ("Once your thoughts on the Acidline strips appear on the product page, reply with a "
     "screenshot and a spare 100-strip tube goes out to you at no charge.",
     [R], "en", ["violation", "careful", "incentive"],
     "A product sent at no charge once the review is posted, proof by screenshot "
     "(policy.md C1, section e)."),
    ("Marigold, our preserving circle members hear about limited crock glazes a week before "
     "anyone else. Reply with the word join and we will put you on the members list.",
     [M], "en", ["violation", "careful", "vip-list"],
     "An invitation to a members list for early offers (policy.md B)."),
    # ---------------------------------------------------------- English, split (7)
    ("Leopold, we hope the pH strips read clearly. Happy with them? Then the Amazon page is "
     "the place to say so. Not happy? Message us here first and hold off on posting "
     "anything.",
     [R], "en", ["violation", "split", "gating"],
     "Happy buyers to the product page, unhappy ones to the seller; the two halves sit in "
     "separate sentences (policy.md C3)."),
    ("Fennimore, photos of the gasket would help. Our WhatsApp is +1 (608) 555-0157. Send "
     "them there and we will answer faster than through this inbox.",
     [O], "en", ["violation", "split", "phone", "messaging-app"],
     "A WhatsApp number and a push to leave Amazon's messages (policy.md D3, D4)."),
    ("Your 12 Ashgrove jars are packed with the bands already on. Most people who fill that "
     "many jars also end up wanting a jar lifter and a wide funnel. Both are waiting at "
     "amazon.com/stores/Quarrybrook.",
     [M], "en", ["violation", "split", "cross-sell", "listing-link"],
     "Cross-sells accessories and links the storefront (policy.md B, D1)."),
    ("Araminta, thank you for sticking with us through the delayed crock. It finally arrived "
     "safely. A top score from you would mean a lot after that wait.",
     [R], "en", ["violation", "split", "rating-request"],
     "Asks for the highest score (policy.md C2)."),
    ("Cuthbert, glad the airlock lids fit your jars. Got a friend who ferments? Pass on your "
     "order number, and when they buy, you both get five dollars back on your next lids.",
     [M], "en", ["violation", "split", "referral"],
     "A refer-a-friend reward (policy.md B)."),
    ("The Kettlevale manual covers the basics. For the full video walkthrough, join our "
     "Facebook group, Quarrybrook Crock Circle. We post a fresh recipe there every Sunday.",
     [M, O], "en", ["violation", "split", "follow", "social"],
     "Invites the buyer to the shop's Facebook group (policy.md B, D4)."),
    ("Ingrid, the delay on your jars was the carrier's doing, not ours. That one-star seller "
     "feedback is dragging down our account health. Please take it down now that the box "
     "has arrived.",
     [R], "en", ["violation", "split", "feedback-pressure"],
     "Pressure to remove negative seller feedback (policy.md C5)."),
    # ---------------------------------------------------------- Simplified, plain (5)
    ("付女士您好，感谢购买Stoneholt发酵陶罐。留下好评并把截图发给我们，马上给您返现15美元。",
     [R], "zh", ["violation", "plain", "incentive"],
     "Cash back for a positive review (policy.md C1)."),
    ("郝先生您好，您的压力锅已经送达。下次购买Burpwell排气盖时输入优惠码CROCK15，立减15%。",
     [M], "zh", ["violation", "plain", "coupon"],
     "A coupon code for the next order (policy.md B)."),
    ("殷阿姨您好，陶罐水封槽的用法说起来比较复杂，加我们的微信 qbpantry_cn，阿蕙给您发视频讲解。",
     [O], "zh", ["violation", "plain", "messaging-app"],
     "A WeChat ID for support outside Amazon (policy.md D4)."),
    ("童老师您好，梅森罐用着还顺手吗？麻烦您抽空给我们一个五星好评，这对我们这家小店特别关键！",
     [R], "zh", ["violation", "plain", "rating-request"],
     "Asks for a five-star positive review (policy.md C2)."),
    ("小棠您好！本周末发酵季大促，全场打折：陶罐加两块压石的套装直降30美元，梅森罐十二只装买两箱再送一箱。",
     [M], "zh", ["violation", "plain", "sale", "bundle"],
     "A weekend sale and a bundle offer (policy.md B)."),
    # ---------------------------------------------------------- Simplified, careful (5)
    ("尹先生您好，漏气的排气盖已经给您补寄了新的一套。问题解决以后，能否麻烦您回到商品页，"
     "把之前写的那段话调整一下，让它反映现在的情况？",
     [R], "zh", ["violation", "careful", "change-review"],
     "Asks for an edit of a posted review after the fix, without the word 评 (policy.md C4)."),
    ("付女士，以后需要梅森罐可以直接找我们拿货，不用走亚马逊，少了平台抽成，价钱能便宜不少。",
     [M, O], "zh", ["violation", "careful", "discount", "diversion"],
     "Offers a lower price for buying outside Amazon (policy.md B, D6)."),
    ("郝先生，您在商品页分享完使用感受后，把页面截个图发给我们，我们再寄一包Acidline试纸给您，不收钱。",
     [R], "zh", ["violation", "careful", "incentive"],
     "A product at no cost once the buyer has posted about it (policy.md C1, section e)."),
    ("殷阿姨，我们刚到了一批十升的大号陶罐，釉色是这次新烧的青灰色，腌整棵白菜正合适，需要的话直接在店里下单就行。",
     [M], "zh", ["violation", "careful", "new-product"],
     "Announces a newly arrived product (policy.md B)."),
    ("童老师，压力表校准的问题打字说不清，您直接拨608-555-0123找Ottoline，她工作日上午都在。",
     [O], "zh", ["violation", "careful", "phone"],
     "The shop's mobile number for support (policy.md D3)."),
    # ---------------------------------------------------------- Simplified, split (6)
    ("小棠您好，陶罐收到了吧？如果腌出来的泡菜让您满意，欢迎到亚马逊写几句。如果不满意，请先私信我们，先别急着发表。",
     [R], "zh", ["violation", "split", "gating"],
     "Satisfied buyers to Amazon, unsatisfied ones to the seller first (policy.md C3)."),
    ("尹先生，密封圈的尺寸图我们这里有。亚马逊消息里不方便发大图。请发邮件到 help@quarrybrookjars.com，我们把图纸回给您。",
     [O], "zh", ["violation", "split", "email"],
     "An e-mail address for the conversation (policy.md D2)."),
    ("付女士，腌菜的详细步骤我们都拍成了视频。在小红书搜索“Quarrybrook发酵日记”就能找到并关注我们。每周都会放出新的配方。",
     [M, O], "zh", ["violation", "split", "follow", "social"],
     "Sends the buyer to follow a Xiaohongshu account (policy.md B, D4)."),
    ("郝先生，感谢信任。写评价的时候，麻烦提一下压力锅锁盖很稳、排气很安静。这两点对新手最有参考价值。",
     [R], "zh", ["violation", "split", "steering"],
     "Dictates what the review should say (policy.md C7)."),
    ("殷阿姨，上次那批梅森罐应该快用完了吧。秋天腌菜多，建议您再下一单十二只装。库存不多，早买早安心。",
     [M], "zh", ["violation", "split", "buy-again"],
     "A buy-again push (policy.md B)."),
    ("童老师，物流慢确实是快递公司的问题。您留的那条一星卖家反馈让我们店铺的指标很难看。东西既然到了，麻烦您撤掉吧。",
     [R], "zh", ["violation", "split", "feedback-pressure"],
     "Pressure to withdraw negative seller feedback (policy.md C5)."),
    # ---------------------------------------------------------- Traditional, plain (3)
    ("魏小姐您好，發酵陶罐用得還順手嗎？留下五星好評後傳截圖給我們，我們會轉帳100元到您的帳戶喔。",
     [O, R], "zh", ["violation", "plain", "payment", "incentive", "rating-request",
                    "traditional", "taiwanese"],
     "Money by bank transfer for a five-star review (policy.md C1, C2, D5)."),
    ("容太你好，多謝你買咗Kettlevale壓力鍋。下次買梅森罐記得用優惠碼JARS10，即減10%。",
     [M], "zh", ["violation", "plain", "coupon", "traditional", "cantonese"],
     "A coupon code for the next order (policy.md B)."),
    ("藍先生，壓力錶的問題用LINE講比較快，請加我們的LINE @qbrooktw，阿蕙會傳訊息給你。",
     [O], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
     "A LINE account for support outside Amazon (policy.md D4)."),
    # ---------------------------------------------------------- Traditional, careful (4)
    ("祝生，裂咗嘅玻璃壓石我哋已經寄咗新嘅俾你。而家問題搞掂咗，可唔可以返去商品頁，將你之前寫嗰段文字改一改？",
     [R], "zh", ["violation", "careful", "change-review", "traditional", "cantonese"],
     "Asks for an edit of the posted review after a fix (policy.md C4)."),
    ("江小姐，我們有一個老客人專屬的團，限量釉色陶罐會先開放給團員，想加入的話回覆「加入」就好喔。",
     [M], "zh", ["violation", "careful", "vip-list", "traditional", "taiwanese"],
     "An invitation to a returning-customer list with early access (policy.md B)."),
    ("司徒小姐，下次要排氣蓋唔使經亞馬遜，直接同我哋訂，我哋送貨上門，仲平過喺網上買。",
     [M, O], "zh", ["violation", "careful", "discount", "diversion", "traditional",
                    "cantonese"],
     "Direct orders outside Amazon at a lower price (policy.md B, D6)."),
    ("石先生，Acidline試紙如果有幫上忙，拜託在商品頁給我們滿分，小店真的很需要這份鼓勵。",
     [R], "zh", ["violation", "careful", "rating-request", "traditional", "taiwanese"],
     "Asks for full marks on the product page (policy.md C2)."),
    # ---------------------------------------------------------- Traditional, split (3)
    ("魏小姐，您買的梅森罐已經出貨。很多客人會搭配我們的搗菜棒一起用。現在加購的話運費一起算，很划算喔。",
     [M], "zh", ["violation", "split", "cross-sell", "traditional", "taiwanese"],
     "Cross-sells the pounder alongside a shipping note (policy.md B)."),
    ("容太，盒入面有張白色小卡。用手機掃一掃背面嗰個方格圖案，就可以直接搵到我哋嘅售後同事。",
     [O], "zh", ["violation", "split", "qr", "traditional", "cantonese"],
     "A QR square on an insert that leads to the seller's own support (policy.md D1, "
     "section e)."),
    ("藍先生，壓力鍋用得滿意嗎？滿意的話，歡迎到亞馬遜分享。若有任何不順，請先傳訊息給我們，先不要發表喔。",
     [R], "zh", ["violation", "split", "gating", "traditional", "taiwanese"],
     "Satisfied buyers to Amazon, the others to the seller first (policy.md C3)."),
    # ---------------------------------------------------------- mixed (2)
    ("Hi 童老师, 您的Ashgrove梅森罐已经签收。Add us on WeChat: qbpantry_cn, 每周群里都会发 "
     "coupon code, 最高 save 25%.",
     [M, O], "mixed", ["violation", "plain", "coupon", "messaging-app", "mixed"],
     "A WeChat ID plus weekly coupon codes (policy.md B, D4)."),
    ("祝生, thanks for your order. 你寫完review之後, send us a screenshot. "
     "我哋會寄多一套Burpwell airlock lids俾你, totally free.",
     [R], "mixed", ["violation", "split", "incentive", "traditional", "cantonese", "mixed"],
     "Free lids once a review screenshot arrives (policy.md C1)."),
]

# ============================================================== evasions (30)
EVASIONS = [
    # ---------------------------------------------------------- English (14)
    ("Marigold, a 5-star r" + CY_E + "view on the Ashgrove listing would make our whole week!",
     [R], "en", ["evasion", "rating-request", "homoglyph"],
     "Five-star request with a Cyrillic e inside review (policy.md C2, section e)."),
    ("Leopold, ping us on Whats" + CY_A + "pp at +1 (608) 555-0157 and we can sort the warped "
     "band there.",
     [O], "en", ["evasion", "phone", "messaging-app", "homoglyph"],
     "WhatsApp spelled with a Cyrillic A, plus the shop number (policy.md D3, D4, section e)."),
    ("Fennimore, punch in J4RS10 on your next jar order for 10% 0ff.",
     [M], "en", ["evasion", "coupon", "leetspeak"],
     "A coupon code and offer written in leetspeak (policy.md B, section e)."),
    ("Ingrid, leave a r3view of the Stoneholt crock and a spare weighting stone ships to you "
     "fr33.",
     [R], "en", ["evasion", "incentive", "leetspeak"],
     "A free stone for a review, the key words in leetspeak (policy.md C1, section e)."),
    ("Araminta, flash prices on crocks go out first on T e l e g r a m; join @qbrook_jars to "
     "catch them.",
     [M, O], "en", ["evasion", "sale", "messaging-app", "spacing"],
     "Sale announcements on a spaced-out Telegram channel (policy.md B, D4, section e)."),
    ("Fennimore, type C-R-O-C-K-1-5 at checkout next time and the glass weights drop by 15%.",
     [M], "en", ["evasion", "coupon", "separator"],
     "The code CROCK15 broken up with hyphens (policy.md B, section e)."),
    ("Wilhelmina, a quick favour: a five-st" + ZW + "ar rev" + ZW + "iew of the Burpwell lids "
     "would go a long way for a shop our size.",
     [R], "en", ["evasion", "rating-request", "zero-width"],
     "Five-star request with zero-width spaces inside the words (policy.md C2, section e)."),
    ("Dagny, if the Acidline strips did their job, tap " + STAR5 + " on the listing for us!",
     [R], "en", ["evasion", "rating-request", "gating", "emoji"],
     "Five star emoji, asked only of a satisfied buyer (policy.md C2, C3, section e)."),
    ("Percival, our printable canning log is a PDF; drop a note to quarrybrook dot jars at "
     "gmail dot com and it comes straight back.",
     [O], "en", ["evasion", "email", "spelled-email"],
     "A spelled-out Gmail address (policy.md D2, section e)."),
    ("Mr. Valdivia, for case pricing on 48 jars or more, write to orders at quarrybrookjars "
     "dot com and skip the marketplace.",
     [M, O], "en", ["evasion", "discount", "email", "diversion", "spelled-email"],
     "Bulk pricing offered by spelled-out e-mail, away from Amazon (policy.md B, D2, D6)."),
    ("Ms. Nakashima, text Ottoline at six oh eight, five five five, oh one two three and she "
     "will walk you through venting.",
     [O], "en", ["evasion", "phone", "number-words"],
     "A phone number in English number words (policy.md D3, section e)."),
    ("Araminta, our UK helper answers WhatsApp on oh seven seven oh oh, nine oh oh, three "
     "eight six.",
     [O], "en", ["evasion", "phone", "messaging-app", "number-words"],
     "A UK WhatsApp number in number words (policy.md D3, D4, section e)."),
    ("Percival, the quickest help is on the green app; our number there is +1 (608) "
     "555-0157.",
     [O], "en", ["evasion", "phone", "messaging-app", "nickname"],
     "WhatsApp named only by its nickname, with the number (policy.md D3, D4, section e)."),
    ("Cuthbert, our Telegram is qbrook, then an underscore, then jars. Drop the pictures of "
     "the cloudy brine there.",
     [O], "en", ["evasion", "messaging-app", "split-handle"],
     "A Telegram handle given in pieces (policy.md D4, section e)."),
    # ---------------------------------------------------------- Simplified (9)
    ("郝先生，留个五*星*好*评，截图给阿蕙，下一单直接送您一包Acidline试纸。",
     [R], "zh", ["evasion", "incentive", "rating-request", "separator"],
     "A five-star review for a gift, with asterisks between the characters (policy.md C1, "
     "C2, section e)."),
    ("殷阿姨，加微" + ZW + "信 qbpantry_cn，发酵的问题随时问阿蕙。",
     [O], "zh", ["evasion", "messaging-app", "zero-width"],
     "WeChat with a zero-width space inside the word (policy.md D4, section e)."),
    ("小棠，下单时输入" + fw("KRAUT12") + "，陶罐直接减12美元。",
     [M], "zh", ["evasion", "coupon", "fullwidth"],
     "A coupon code in full-width letters (policy.md B, section e)."),
    ("付女士，给个haoping，我们fanxian 5美元给您，截图发阿蕙就行。",
     [R], "zh", ["evasion", "incentive", "pinyin"],
     "Cash back for a positive review, written in pinyin (policy.md C1, section e)."),
    ("童老师，加个薇信 qbpantry_cn 吧，陶罐的腌菜配方阿蕙发给您。",
     [O], "zh", ["evasion", "messaging-app", "homophone"],
     "WeChat written as the homophone 薇信 (policy.md D4, section e)."),
    ("郝先生，玻璃压石要是好用，麻烦给个好苹，五颗星那种哦～",
     [R], "zh", ["evasion", "rating-request", "gating", "homophone"],
     "好评 written as the homophone 好苹, five stars asked only if it works (policy.md C2, "
     "C3, section e)."),
    ("殷阿姨，陶罐有裂纹的话直接" + PHONE + " 608-555-0123 找Ottoline，不用在这里等。",
     [O], "zh", ["evasion", "phone", "emoji"],
     "A phone number marked with a telephone emoji (policy.md D3, section e)."),
    ("小棠，压力表读数不对的话，拨六零八五五五零一二三，工作日上午有人接。",
     [O], "zh", ["evasion", "phone", "cn-numerals"],
     "A phone number in Chinese numerals (policy.md D3, section e)."),
    ("小棠，拉您进我们的绿泡泡群，群号找阿蕙要，群里每周有老客专享价。",
     [M, O], "zh", ["evasion", "vip-list", "messaging-app", "nickname"],
     "A WeChat group named by its nickname, with member prices (policy.md B, D4, section e)."),
    # ---------------------------------------------------------- Traditional (5)
    ("石先生，壓力錶的照片請寄到 " + fw("help@quarrybrookjars.com") + "，我們會從那裡回覆喔。",
     [O], "zh", ["evasion", "email", "fullwidth", "traditional", "taiwanese"],
     "An e-mail address in full-width characters (policy.md D2, section e)."),
    ("司徒小姐，英國嗰邊嘅同事用WhatsApp，號碼係零七七零零九零零五七九，有咩問題直接搵佢啦。",
     [O], "zh", ["evasion", "phone", "messaging-app", "cn-numerals", "traditional",
                 "cantonese"],
     "A UK WhatsApp number in Chinese numerals (policy.md D3, D4, section e)."),
    ("江小姐，我們的IG帳號是 quarrybrook 後面加一個點再接 ferments，追蹤一下就看得到醃菜教學喔。",
     [M, O], "zh", ["evasion", "follow", "social", "split-handle", "traditional",
                    "taiwanese"],
     "An Instagram handle given in pieces, with a follow request (policy.md B, D4, "
     "section e)."),
    ("藍先生，加一下我們的賴 @qbrooktw，壓力錶怎麼校正，我錄影片給你看。",
     [O], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
     "LINE written as the homophone 賴 (policy.md D4, section e)."),
    ("魏小姐，留個好" + ZW + "評給我們，我們再多寄一組Burpwell排氣蓋給你喔。",
     [R], "zh", ["evasion", "incentive", "zero-width", "traditional", "taiwanese"],
     "Lids for a positive review, with a zero-width space inside 好評 (policy.md C1, "
     "section e)."),
    # ---------------------------------------------------------- mixed (2)
    ("Hi 尹先生, 压力锅的排气问题 is easier to explain on weixin. Add qbpantry_cn and "
     "Ottoline will send a short video.",
     [O], "mixed", ["evasion", "messaging-app", "pinyin", "mixed"],
     "WeChat written in pinyin with the ID (policy.md D4, section e)."),
    ("Hi 付女士, quick note from the Quarrybrook team: 写 评 论 送 试 纸, just reply here "
     "with your screenshot.",
     [R], "mixed", ["evasion", "incentive", "spacing", "mixed"],
     "Test strips for a review, the Chinese spaced out (policy.md C1, section e)."),
]

# ============================================================== near-misses (50)
NEAR_MISSES = [
    # ---------------------------------------------------------- English (23)
    ("Marigold, two of the Ashgrove jars in order 113-2807461-5539018 arrived with chipped "
     "rims. A replacement case left our packing bench this morning at no cost to you, and "
     "you don't need to send the broken ones back.",
     [], "en", ["near-miss", "remedy"],
     "A replacement for damaged goods is a remedy, not a promotion (policy.md B near-misses)."),
    ("Leopold, I'm sorry the Kettlevale gauge arrived cracked. The money for the gauge has "
     "gone back through Amazon as a full refund and should appear on your card within a few "
     "business days.",
     [], "en", ["near-miss", "remedy"],
     "A refund through Amazon with no link to a review (policy.md C near-misses)."),
    ("You wrote, 'the lids leak and I want my money back or I'm leaving a bad review.' That "
     "is fair to be upset about. The leak is usually the grommet not seated; press it in "
     "from the underside until it clicks.",
     [], "en", ["near-miss", "quoted-buyer"],
     "The review words are the buyer's, quoted; the seller only troubleshoots (policy.md C "
     "near-misses)."),
    ("Araminta, you mentioned the carton said 'free gift inside' and nothing was there. That "
     "print belongs to the box maker's stock design; the crock ships with its lid and two "
     "stones, both in the inner tray.",
     [], "en", ["near-miss", "quoted-buyer"],
     "Quotes the buyer's words about a printed carton; no offer is made (policy.md B "
     "near-misses)."),
    ("Cuthbert, about order 112-5550163-8204719: the airlock lids were split into two "
     "parcels, and the second one is due Friday.",
     [], "en", ["near-miss", "lookalike-number"],
     "The order id holds a 555-01xx block but is not a phone number (policy.md D3)."),
    ("Dagny, TBA555014827396 on your slip is Amazon's tracking reference for the jars; it "
     "updates once the van is loaded.",
     [], "en", ["near-miss", "lookalike-number"],
     "A tracking number with a 555-01 digit run, not a phone number (policy.md D3)."),
    ("Ingrid, order 114-1738206-9954412 should have reached you last week. If you have a "
     "minute, you're welcome to tell other buyers how the Acidline strips worked for you on "
     "the product page, whatever your experience was.",
     [], "en", ["near-miss", "neutral-request"],
     "One neutral review invitation with no condition or reward (interface.md, policy.md C "
     "near-misses)."),
    ("Wilhelmina, regarding order 111-4420967-3018854: honest reviews help other canners "
     "choose, so if you'd like to describe the Burpwell lids on Amazon, we'd appreciate it. "
     "Thanks either way.",
     [], "en", ["near-miss", "neutral-request"],
     "A neutral, unconditional review invitation (interface.md, policy.md section b)."),
    ("Mr. Valdivia, the second gauge is installed and reading true, per your last message. "
     "If you feel we've resolved this, you're able to revise or take down the seller "
     "feedback you left earlier; it's entirely your call.",
     [], "en", ["near-miss", "feedback-notice"],
     "The neutral seller-feedback notice after resolution that policy.md allows (policy.md "
     "C5)."),
    ("Ms. Nakashima, we cancelled the duplicate crock order as you asked and updated the "
     "delivery address on the remaining one to your office.",
     [], "en", ["near-miss", "logistics-word"],
     "Cancel and update refer to the order, not to a review (policy.md section 0, A "
     "near-misses)."),
    ("Percival, the $89.00 you paid for the Kettlevale included the rack and a spare gasket; "
     "the cheaper listing you saw is the canner alone.",
     [], "en", ["near-miss", "price-paid"],
     "Explains what the price paid covered; no offer (policy.md B near-misses)."),
    ("Dagny, yes, the Stoneholt glaze is lead-free and the crock is food-safe for brines up "
     "to 10 percent salt. The free-standing lid rack is not included with the 5-litre size.",
     [], "en", ["near-miss", "product-word"],
     "Free in lead-free and free-standing is a product fact (policy.md B near-misses)."),
    ("Fennimore, thanks for offering, but we can't send anything extra in exchange for a "
     "review, and we're not able to take payment through Venmo. Everything has to go "
     "through your Amazon order.",
     [], "en", ["near-miss", "refusal"],
     "Refuses both an incentive and off-Amazon payment (policy.md C1, D5)."),
    ("Araminta, we understand you'd prefer to talk by phone, but we keep all support inside "
     "Amazon's messages so there's a record for both of us. Send the photos here and "
     "Ottoline will reply today.",
     [], "en", ["near-miss", "refusal"],
     "Declines to move off Amazon; no number is given (policy.md D3, D6)."),
    ("Cuthbert, the brine froze because the crock sat next to the freezer in your garage. "
     "Move it somewhere above 60 F; the starter culture should recover in a day or two.",
     [], "en", ["near-miss", "substring"],
     "Freezer and starter only contain free and star (policy.md section 0)."),
    ("Leopold, the Kettlevale dial gauge carries a one-year warranty. If it drifts more than "
     "2 psi when tested, open a claim from your Amazon order and we'll ship a new gauge.",
     [], "en", ["near-miss", "warranty"],
     "A warranty claim through the Amazon order; no outside contact (policy.md D3)."),
    ("Ottoline here: the crock's glaze is covered by a five-year warranty against crazing. "
     "Please send photos in this thread so the claim stays on your order record.",
     [], "en", ["near-miss", "warranty"],
     "Warranty terms, handled inside the thread (policy.md D3)."),
    ("Marigold, you asked about the 15% coupon you saw: it's an Amazon clip coupon on the "
     "listing page, applied at checkout when you tick the box. We don't issue separate "
     "codes.",
     [], "en", ["near-miss", "answer"],
     "Answers the buyer's question about Amazon's own coupon (policy.md B near-misses)."),
    ("Ingrid, UPS shows your crock at the regional hub; you can follow it on the UPS "
     "tracking page with 1Z4R70A96613058247.",
     [], "en", ["near-miss", "carrier-site"],
     "Names the carrier's tracking page without a link or number to call (policy.md D1)."),
    ("Wilhelmina, you mentioned you posted a review of the jar lifter last night. Thank you "
     "for taking the time; we also passed your note about the slippery grips to our "
     "supplier.",
     [], "en", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned; nothing is asked (policy.md C near-misses)."),
    ("Mr. Valdivia, Ottoline will review the photos of the bulging lid before we decide "
     "whether the seal failed or the jar was overfilled.",
     [], "en", ["near-miss", "review-word"],
     "Review means the seller inspecting photos (policy.md section 0)."),
    ("Ms. Nakashima, to send the crock back, open Your Orders on amazon.com, pick order "
     "205-7730416-2581937 and choose the return option; the label is prepaid.",
     [], "en", ["near-miss", "amazon-page"],
     "Points to the buyer's own Amazon order page for a return (policy.md D1)."),
    ("Percival, this note isn't about reviews or ratings. It's only to say the second box of "
     "jars was held at the depot and will arrive Monday.",
     [], "en", ["near-miss", "negation"],
     "Review words appear only in a negation; the message is a delay notice (policy.md A "
     "near-misses)."),
    # ---------------------------------------------------------- Simplified (17)
    ("付女士您好，订单 112-6049153-7782630 里有一块压石开裂了，我们已经免费给您补发一块，旧的不用寄回。",
     [], "zh", ["near-miss", "remedy"],
     "A free resend for a damaged item is a remedy (policy.md B near-misses)."),
    ("郝先生，压力表读数偏高确认是表本身坏了，我们已在亚马逊后台为这块表办理了退款，三到五个工作日到账。",
     [], "zh", ["near-miss", "remedy"],
     "A refund through Amazon, unrelated to reviews (policy.md C near-misses)."),
    ("殷阿姨，您在留言里说“排气盖漏气，再不好用就给差评”，我们理解您着急。请先检查硅胶阀有没有按到底。",
     [], "zh", ["near-miss", "quoted-buyer"],
     "差评 is quoted from the buyer; the seller only troubleshoots (policy.md C near-misses)."),
    ("童老师，您的订单 113-5550128-4902716 分两个包裹发出，第二个包裹预计周四送到。",
     [], "zh", ["near-miss", "lookalike-number"],
     "The order id contains a 555-01xx block but is not a phone number (policy.md D3)."),
    ("小棠您好，订单 114-5082397-6630941 的梅森罐应该已经用上了。如果方便，欢迎在商品页面写下您真实的使用感受，好与不好都可以。",
     [], "zh", ["near-miss", "neutral-request"],
     "One neutral review invitation, both outcomes welcome (interface.md, policy.md C "
     "near-misses)."),
    ("尹先生，换货的压力锅已经签收，问题应该解决了。如果您觉得处理妥当，可以自行决定是否更新或撤回之前的卖家反馈，我们不会再打扰您。",
     [], "zh", ["near-miss", "feedback-notice"],
     "Neutral seller-feedback notice after resolution, choice left to the buyer (policy.md "
     "C5)."),
    ("付女士，按照您的要求，我们已取消重复的那张订单，并把另一单的收货地址修改为公司地址。",
     [], "zh", ["near-miss", "logistics-word"],
     "取消 and 修改 refer to the order and address (policy.md section 0)."),
    ("郝先生，开罐前请好好评估一下盖子有没有鼓起来，鼓起来的那罐千万别吃。",
     [], "zh", ["near-miss", "substring"],
     "好评 appears only across 好好评估 (policy.md section 0, C near-misses)."),
    ("童老师，您下单时支付的价格是59.99美元，包含两块压石和木盖；现在页面上更便宜的是单买陶罐的版本。",
     [], "zh", ["near-miss", "price-paid"],
     "Explains what the price paid included (policy.md B near-misses)."),
    ("小棠，Acidline试纸的色卡上有一颗小星标，标在4.6的位置，那是水浴罐装的安全线。",
     [], "zh", ["near-miss", "product-word"],
     "The star is a mark on the colour chart (policy.md C near-misses)."),
    ("尹先生，Kettlevale压力锅锅体保修两年，密封圈属于耗材不在保修范围内，如需申请请直接在这个订单的消息里提交照片。",
     [], "zh", ["near-miss", "warranty"],
     "Warranty terms handled inside the order thread (policy.md D3)."),
    ("付女士，谢谢您的好意，不过我们不能为评价提供任何返利，也不方便加私人微信，有问题都在亚马逊消息里处理就好。",
     [], "zh", ["near-miss", "refusal"],
     "Refuses a reward for a review and a private WeChat (policy.md C1, D4)."),
    ("郝先生，您问的满50减5是亚马逊页面上的平台活动，结账时会自动抵扣，我们这边没有另外的优惠码。",
     [], "zh", ["near-miss", "answer"],
     "Answers a question about Amazon's own promotion (policy.md B near-misses)."),
    ("殷阿姨，看到您说已经写了评价，谢谢您抽空分享。您提到压石有点小，我们已经转告工厂了。",
     [], "zh", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned; no request (policy.md C near-misses)."),
    ("童老师，顺丰单号 SF2047819365520，您可以在顺丰官网输入单号查看物流进度。",
     [], "zh", ["near-miss", "carrier-site"],
     "Points to the carrier's own site by name, no link (policy.md D1)."),
    ("小棠，这条消息不是请您写评价，只是提醒您：陶罐的水封槽要一直保持有水。",
     [], "zh", ["near-miss", "negation"],
     "The review word appears only in a negation (policy.md section 0)."),
    ("尹先生，退货请在亚马逊“我的订单”里找到订单 111-8613540-2297706，点退货即可，运费标签由亚马逊提供。",
     [], "zh", ["near-miss", "amazon-page"],
     "Points to the buyer's own Amazon order page (policy.md D1)."),
    # ---------------------------------------------------------- Traditional (9)
    ("魏小姐，您訂單 112-3194758-0068823 的排氣蓋少寄了一個，我們已經免費補寄，追蹤編號出貨後再傳給您。",
     [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
     "A free resend of a missing part is a remedy (policy.md B near-misses)."),
    ("容太，你嘅包裹追蹤號碼係 TBA555017382946，今日已經到咗沙田嘅派送站，聽日應該送到。",
     [], "zh", ["near-miss", "lookalike-number", "traditional", "cantonese"],
     "A tracking number with a 555-01 run, not a phone number (policy.md D3)."),
    ("藍先生，訂單 113-6829054-1137789 的壓力鍋應該已經到了。如果方便，歡迎在商品頁面聊聊您實際使用的心得，不論好壞都很有參考價值喔。",
     [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
     "One neutral review invitation, any outcome welcome (interface.md, policy.md C "
     "near-misses)."),
    ("祝生，新嘅密封圈你已經收到，問題應該解決咗。如果你覺得處理得妥當，可以自己決定更新或者移除之前嘅賣家反饋，我哋唔會再催你。",
     [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
     "Neutral seller-feedback notice after resolution (policy.md C5)."),
    ("江小姐，您說「試紙顏色看不懂，想要退貨」，我們先說明一下：對照色卡時要在十五秒內讀，超過時間顏色會變深喔。",
     [], "zh", ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
     "退貨 is quoted from the buyer; the seller explains the chart (policy.md section 0)."),
    ("司徒小姐，你要求取消嘅嗰張重複訂單已經取消咗，另一張嘅送貨地址都已經改好。",
     [], "zh", ["near-miss", "logistics-word", "traditional", "cantonese"],
     "取消 refers to the duplicate order (policy.md section 0)."),
    ("石先生，您付的45美元是含兩塊玻璃壓石的組合價格，賣場上比較便宜的是單買陶罐的版本喔。",
     [], "zh", ["near-miss", "price-paid", "traditional", "taiwanese"],
     "Explains what the price paid covered (policy.md B near-misses)."),
    ("容太，Ottoline會先審核你影嘅相，睇下係咪蓋邊變形，再同你講點處理。",
     [], "zh", ["near-miss", "review-word", "traditional", "cantonese"],
     "審核 is the seller inspecting photos (policy.md section 0)."),
    ("魏小姐，您的包裹由黑貓配送，可以到黑貓官網用寄件單號查詢目前的位置。",
     [], "zh", ["near-miss", "carrier-site", "traditional", "taiwanese"],
     "Names the carrier's own site, no link or number (policy.md D1)."),
    # ---------------------------------------------------------- mixed (1)
    ("Hi 付女士, about the starter culture you asked for: 不需要另外买, 陶罐里上一批的老盐水就可以当 "
     "starter 用.",
     [], "mixed", ["near-miss", "substring", "mixed"],
     "Starter only contains star (policy.md section 0)."),
]

# ============================================================== clean (30)
CLEAN = [
    # ---------------------------------------------------------- English (13)
    ("Marigold, the Ashgrove jars are heat-tempered, so they can go straight from a hot water "
     "bath to a folded towel on the counter. Let them sit undisturbed for twelve hours "
     "before you test the lids.",
     [], "en", ["clean"], "Usage advice in a reply (policy.md A)."),
    ("Leopold, a storm closed the carrier's sorting hub, so your Stoneholt crock will reach "
     "you about three days after the first estimate. Nothing needs doing on your side.",
     [], "en", ["clean"], "A delay notice is a permitted message (policy.md A near-misses)."),
    ("Fennimore, the 23-quart Kettlevale canner goes by freight because of its weight. "
     "Which weekday morning suits you for the drop-off at your house?",
     [], "en", ["clean"],
     "Scheduling delivery of a bulky item is permitted (policy.md A)."),
    ("Araminta, you asked us to engrave Grandma's Kraut on the crock lid. Could you confirm "
     "the spelling and whether the apostrophe should stay?",
     [], "en", ["clean"], "Verifying a custom design is permitted (policy.md A)."),
    ("Cuthbert, the airlock lids fit any regular-mouth mason jar with a 70 mm opening. For "
     "wide-mouth jars you would need the 86 mm size instead.",
     [], "en", ["clean"], "Answers a fit question (policy.md A)."),
    ("Ingrid, if the pH strip shows a reading above 4.6, the batch is not safe for "
     "water-bath canning; use the pressure canner, or keep it in the fridge and eat it "
     "within a week.",
     [], "en", ["clean"], "Safety advice in a reply (policy.md A)."),
    ("Wilhelmina, a white film on top of the brine is usually kahm yeast, which is harmless. "
     "Skim it off, keep the vegetables under the brine, and carry on.",
     [], "en", ["clean"], "Troubleshooting in a reply (policy.md A)."),
    ("Mr. Valdivia, to vent the canner, let steam pour from the open petcock for a full ten "
     "minutes before you put the weight on. That clears the trapped air.",
     [], "en", ["clean"], "Usage advice in a reply (policy.md A)."),
    ("Ms. Nakashima, the crock's water moat needs topping up every few days in a dry room. "
     "Use cooled boiled water so nothing unwanted gets into the seal.",
     [], "en", ["clean"], "Usage advice in a reply (policy.md A)."),
    ("Percival, thank you for the photos. The gasket looks stretched from being stored on "
     "the lid; keep it loose in a drawer between batches and it will hold its shape.",
     [], "en", ["clean"], "Troubleshooting in a reply that opens with thanks (policy.md A "
     "near-misses)."),
    ("Dagny, the weighting stones are unglazed stoneware. Boil them for five minutes before "
     "first use and let them dry fully before storing.",
     [], "en", ["clean"], "Care instructions in a reply (policy.md A)."),
    ("Leopold, we need the suite number for your building; the carrier can't leave the "
     "canner at the front desk without it.",
     [], "en", ["clean"],
     "Requests information needed to deliver the order (policy.md A)."),
    ("Marigold, sauerkraut at room temperature is usually ready in three to four weeks. "
     "Taste it from the second week on and move the crock somewhere cooler once you like "
     "the sourness.",
     [], "en", ["clean"], "Usage advice in a reply (policy.md A)."),
    # ---------------------------------------------------------- Simplified (10)
    ("付女士，梅森罐初次使用前请用温水洗净，别直接放进冷水里加热，以免玻璃炸裂。",
     [], "zh", ["clean"], "Usage advice in a reply (policy.md A)."),
    ("郝先生，压力锅排气时请等阀门连续喷出蒸汽满十分钟，再扣上重锤。",
     [], "zh", ["clean"], "Usage advice in a reply (policy.md A)."),
    ("殷阿姨，泡菜表面那层白膜一般是酵母，不用担心，撇掉就好，注意菜要一直压在盐水下面。",
     [], "zh", ["clean"], "Troubleshooting in a reply (policy.md A)."),
    ("童老师，发酵陶罐的水封槽在干燥的房间里两三天就要加一次水，用放凉的开水最好。",
     [], "zh", ["clean"], "Usage advice in a reply (policy.md A)."),
    ("小棠您好，受台风影响，您的陶罐会比原定时间晚三天左右送到，您这边不需要做任何操作。",
     [], "zh", ["clean"], "A delay notice is permitted (policy.md A near-misses)."),
    ("尹先生，排气盖适用于口径七十毫米的普通口梅森罐，宽口罐需要八十六毫米的型号。",
     [], "zh", ["clean"], "Answers a fit question (policy.md A)."),
    ("付女士，压力锅整箱比较重，物流需要预约送货，请问您这周哪天上午方便在家？",
     [], "zh", ["clean"], "Scheduling a bulky delivery (policy.md A)."),
    ("郝先生，试纸读数高于4.6时不适合用水浴法罐装，请改用压力锅，或者冷藏后一周内吃完。",
     [], "zh", ["clean"], "Safety advice in a reply (policy.md A)."),
    ("殷阿姨，您要刻在陶罐盖上的字是“外婆的酸菜”，请确认一下字体用楷体还是宋体。",
     [], "zh", ["clean"], "Verifying a custom design (policy.md A)."),
    ("童老师，压石第一次用之前放在水里煮五分钟，晾干后再收起来。",
     [], "zh", ["clean"], "Care instructions in a reply (policy.md A)."),
    # ---------------------------------------------------------- Traditional (6)
    ("魏小姐，新的梅森罐用之前請先以溫水洗過，不要直接放進冷水裡加熱，玻璃會裂開喔。",
     [], "zh", ["clean", "traditional", "taiwanese"], "Usage advice in a reply (policy.md A)."),
    ("藍先生，壓力鍋排氣時要等閥門持續噴出蒸氣十分鐘，再把重錘扣上去喔。",
     [], "zh", ["clean", "traditional", "taiwanese"], "Usage advice in a reply (policy.md A)."),
    ("江小姐，因為颱風影響，您的陶罐會比原本預計晚三個工作天左右送達，您這邊不用做任何事。",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "A delay notice is permitted (policy.md A near-misses)."),
    ("容太，泡菜面頭嗰層白膜通常係酵母，唔使驚，撇走佢就得，記住啲菜要一直浸喺鹽水下面。",
     [], "zh", ["clean", "traditional", "cantonese"], "Troubleshooting in a reply (policy.md A)."),
    ("祝生，陶罐嘅水封槽喺乾燥嘅房間要兩三日加一次水，用凍咗嘅滾水最好。",
     [], "zh", ["clean", "traditional", "cantonese"], "Usage advice in a reply (policy.md A)."),
    ("司徒小姐，壓力鍋成箱好重，物流要預約送貨，請問你呢幾日邊日朝早方便喺屋企？",
     [], "zh", ["clean", "traditional", "cantonese"], "Scheduling a bulky delivery (policy.md A)."),
    # ---------------------------------------------------------- mixed (1)
    ("Hi 尹先生, your question about headspace: 梅森罐装果酱时顶部留一厘米空间, pickles 留两厘米就够了.",
     [], "mixed", ["clean", "mixed"], "Answers a usage question (policy.md A)."),
]


def records():
    rows = VIOLATIONS + EVASIONS + NEAR_MISSES + CLEAN
    rows = list(rows)
    random.Random(94).shuffle(rows)
    out = []
    for i, (text, labels, lang, tags, note) in enumerate(rows, 1):
        out.append({"id": "h94-%03d" % i, "text": text, "labels": sorted(labels),
                    "lang": lang, "tags": list(tags), "note": note})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout94.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records()), path))


if __name__ == "__main__":
    main()
