#!/usr/bin/env python3
"""Builds holdout72.jsonl: the h72 hand-labelled test set (standard library only).

Seller: Quenchmark Cutlery, an invented shop selling kitchen knives, whetstones, sharpeners,
honing rods, cutting boards and knife rolls.  Every record is written by hand for this set.
Hard-to-see characters are spelled out below: ZW (zero-width space), CY_A / CY_E / CY_O
(Cyrillic look-alikes), STAR (emoji star) and fw() (full-width Latin letters and digits).

Record: {"id", "text", "labels", "lang", "tags", "note"}; ids h72-001..h72-160 after a
shuffle with random.Random(72).  records() returns the list; running the file writes it.
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
CY_O = "\u043e"
STAR = "\u2b50"

MK = "marketing"
OP = "off-platform-contact"
RI = "review-inducement"


def fw(s):
    """Full-width form of ASCII letters, digits, '@', '.' and '_'."""
    return "".join(chr(ord(c) + 0xFEE0) if ("!" <= c <= "~") else c for c in s)


R = []


def rec(text, labels, lang, tags, note):
    R.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags, "note": note})


# =========================================================================================
# VIOLATIONS, English (22)
# =========================================================================================
rec("Hi Leopold, once the Kestrel chef's knife has seen a few weeks of dinners, we'd love to "
    "hear how it's getting on in a few words on its Amazon page. When yours is up, drop us a "
    "note here and Bertrand will put a Rollmark canvas knife roll in the post for you, on the "
    "house.",
    [RI], "en", ["violation", "split", "incentive"],
    "A knife roll 'on the house' once the words are up on the Amazon page is compensation for "
    "a review; the ask and the reward sit in separate sentences (policy.md C1).")
rec("Fenella, thank you for choosing the Tidewater combination stone. A workshop our size "
    "lives or dies by the little gold shapes under the listing, so filling in all five of them "
    "when you have a moment would mean a lot to Bertrand and the whole bench.",
    [RI], "en", ["violation", "careful", "rating-request"],
    "'Filling in all five' gold shapes under the listing asks for a five-star rating without "
    "naming stars or reviews (policy.md C2).")
rec("If the Glintwheel sharpener has brought your old knives back to life, please tell other "
    "shoppers about it in a review. If it hasn't, hold off on the review and write to us here "
    "first so we can put it right.",
    [RI], "en", ["violation", "split", "gating"],
    "Happy buyers are sent to the review, unhappy ones are told to hold off and write to the "
    "seller instead: review gating (policy.md C3).")
rec("Cordelia, the new Oakfold board should reach you on Thursday, and we are sorry the first "
    "one arrived split along the grain. The words you posted on the product page still "
    "describe that crack. Once the new board is on your counter, would you mind going back to "
    "them so they match how things turned out?",
    [RI], "en", ["violation", "split", "change-review"],
    "Asks the buyer to go back to the words posted on the product page after the remedy, i.e. "
    "to edit a product review, which is barred even after a fix (policy.md C4).")
rec("When you write your review of the Kestrel santoku, could you mention that it came razor "
    "sharp out of the box and glides through ripe tomatoes? A photo of it on a board helps "
    "other cooks too.",
    [RI], "en", ["violation", "plain", "steering"],
    "Tells the buyer what to say in the review and to add a photo: influencing review content "
    "(policy.md C7).")
rec("Barnaby, the note you left on our seller profile about the late parcel is dragging our "
    "account score down, and the delay was the courier's doing rather than ours. Could you "
    "take it down? For a shop of three people it makes a real difference.",
    [RI], "en", ["violation", "careful", "feedback-pressure"],
    "Pressures the buyer to take down seller feedback because it hurts the account score; "
    "pressure, not the neutral notice (policy.md C5).")
rec("Ingrid, we hope the Emberline rod is keeping your edges lively. Cooks who put a few "
    "honest lines about it on Amazon get a quarter knocked off their next order with us. Just "
    "reply with a screenshot once yours is live.",
    [MK, RI], "en", ["violation", "split", "discount", "incentive"],
    "A quarter off the next order in return for a posted write-up: an incentive for a review "
    "(policy.md C1) and a discount on a future purchase (policy.md B); 'honest' does not make "
    "a paid review neutral.")
rec("Thanks for your order of the Tidewater stone, Desmond. Here is a coupon code for the "
    "next one: type WHET20 at checkout on any of our listings and the total drops by a fifth.",
    [MK], "en", ["violation", "plain", "coupon"],
    "An unsolicited coupon code for the next purchase is promotional messaging (policy.md B).")
rec("Rosamund, something you might enjoy: the Kestrel family now includes a 150 mm petty "
    "knife, forged from the same steel as your chef's knife and shaped to sit beside it in "
    "the block. The first batch came off the bench this week and half of it has already gone.",
    [MK], "en", ["violation", "careful", "new-product"],
    "New-product announcement with urgency, no offer word at all (policy.md B; interface.md "
    "marketing covers new-product announcements).")
rec("Wilhelmina, the eight-pocket Rollmark roll that sat empty on our page most of the summer "
    "is back. Forty of them arrived on Monday in the dark tan canvas. They rarely last the "
    "week, so now is the moment if you have been waiting.",
    [MK], "en", ["violation", "split", "restock"],
    "Unprompted restock news with a push to buy now; the buyer did not ask (policy.md B).")
rec("Cyrus, a Kestrel chef's knife deserves better than a glass chopping board. The Oakfold "
    "end-grain board is far kinder to the edge, and you will find it at "
    "amazon.com/dp/B0F3KM7Q8T.",
    [MK], "en", ["violation", "careful", "cross-sell", "listing-link"],
    "Cross-sells a board with a link to another Amazon listing; an Amazon link is marketing, "
    "not off-platform contact (policy.md B, D1; interface.md).")
rec("Petra, a whetstone wears a little thinner with every session, and yours will be getting "
    "slim by winter. Pick up a second Tidewater now and the fresh one will be waiting in the "
    "cupboard when the first gives out.",
    [MK], "en", ["violation", "split", "buy-again"],
    "A 'buy again' push dressed as wear advice (policy.md B; interface.md lists buy-again "
    "pushes).")
rec("Mr. Valdivia, if anyone in your kitchen crew would like a Kestrel of their own, send them "
    "our way. For every cook who orders because you mentioned us, we'll post you a Tidewater "
    "stone as thanks.",
    [MK], "en", ["violation", "split", "referral"],
    "Referral scheme: a stone for every cook the buyer sends; the ask and the reward are in "
    "separate sentences (policy.md B).")
rec("Ms. Lindgren, we keep a short list of regular cooks who hear about each small batch a "
    "few days before anyone else and get first pick of the blades. Reply 'count me in' and "
    "we'll add your name.",
    [MK], "en", ["violation", "careful", "vip-list"],
    "An invitation to an early-access list of regular customers is a VIP-style marketing club "
    "(policy.md B).")
rec("Every month we hand a hand-finished Kestrel santoku to one cook who posts a photo of "
    "their board on Instagram and tags @quenchmark.edges. Yours could be the next one, "
    "Mr. Ferreira.",
    [MK, OP], "en", ["violation", "plain", "giveaway", "social"],
    "A monthly giveaway (policy.md B) run through the shop's Instagram handle, which sends the "
    "buyer off Amazon (policy.md D4).")
rec("Ms. Nakagawa, Bertrand can tell from a couple of clear photos whether the chipped heel "
    "can be reground. Send them to bench@quenchmarkknives.com and he'll get back to you the "
    "same afternoon.",
    [OP], "en", ["violation", "careful", "email"],
    "Moves the conversation to a shop e-mail address; the photos could be attached here "
    "(policy.md D2).")
rec("Leopold, a wire edge like the one you describe is far quicker to sort out by voice than "
    "by typing. The card tucked under the foam insert has Bertrand's direct number. Ring him "
    "any weekday morning instead of waiting on messages here.",
    [OP], "en", ["violation", "split", "phone", "diversion"],
    "Sends the buyer to a private phone number printed on an insert and away from messaging; "
    "no digits in the text, but it is still a call to contact off Amazon (policy.md D3, D6, "
    "section e).")
rec("Fenella, the quickest way to reach Bertrand is WhatsApp; he keeps it open beside the "
    "stones. His number is 207-555-0163, so send him a short clip of your stroke and he will "
    "check the angle.",
    [OP], "en", ["violation", "plain", "phone", "messaging-app"],
    "WhatsApp plus a personal number: messaging app and phone off Amazon (policy.md D3, D4).")
rec("Cordelia, the same Tidewater stone costs eight dollars less on quenchmarkknives.com, "
    "where we don't pay marketplace fees. Worth remembering before your next order.",
    [MK, OP], "en", ["violation", "careful", "discount", "url", "diversion"],
    "Points to the shop's own site for a lower price: an external URL and a diversion of the "
    "sale (policy.md D1, D6) and a price promotion (policy.md B).")
rec("Barnaby, Amazon's process for sending back a single honing rod can drag on for a couple "
    "of weeks. We can settle it quicker: send us your PayPal address and the money will be "
    "back with you today.",
    [OP], "en", ["violation", "plain", "payment"],
    "Offers to repay through PayPal instead of Amazon's return: off-Amazon payment "
    "(policy.md D5).")
rec("Ingrid, for the engraved set you asked about, it's simpler to leave the marketplace out "
    "of it. Reach us directly rather than through Amazon and we'll put the order together "
    "ourselves, with the lettering agreed before we cut a single blade.",
    [OP], "en", ["violation", "careful", "diversion"],
    "Invites the buyer to order outside Amazon in roundabout words, with no address given "
    "(policy.md D6).")
rec("Inside the lid of your Rollmark roll there is a small printed square. Point your phone "
    "camera at it and it opens our own sharpening help desk, where Noor answers far faster "
    "than here.",
    [OP], "en", ["violation", "plain", "qr", "diversion"],
    "A QR square on the product leading to the shop's own help desk, away from Amazon "
    "messaging (policy.md D1, D6, section e).")

# =========================================================================================
# VIOLATIONS, Simplified Chinese (16)
# =========================================================================================
rec("肖女士您好，三德刀用顺手以后，麻烦在亚马逊上写几句评价。写好截个图发给阿锋，我们给您返8美元。",
    [RI], "zh", ["violation", "plain", "incentive"],
    "Cash back for a posted review and a screenshot: the classic 留评返现 (policy.md C1).")
rec("侯先生，磨刀石用过几回之后，麻烦在商品页面给我们打个满分，像我们这样的小作坊就靠这个撑着。",
    [RI], "zh", ["violation", "careful", "rating-request"],
    "'打个满分' asks for the top rating without naming 星 or 评 (policy.md C2).")
rec("聂老师，刀用着顺心的话，欢迎到亚马逊商品页说说感受。要是哪里不合意，先别急着写，直接在这里告诉阿锋，我们马上处理。",
    [RI], "zh", ["violation", "split", "gating"],
    "Satisfied buyers are invited to the product page, dissatisfied ones are told not to write "
    "yet and to come to the seller: gating (policy.md C3).")
rec("乔阿姨，新的砧板已经给您补寄出去了。之前您在商品页留下的那条差评，等新板子到了，方便的话帮我们改一改吧。",
    [RI], "zh", ["violation", "split", "change-review"],
    "Asks the buyer to amend a negative product review after a replacement (policy.md C4).")
rec("小焦，写使用感受的时候，能不能提一句开刃特别锋利、切番茄一点不打滑？最好再配一张刀摆在砧板上的照片。",
    [RI], "zh", ["violation", "split", "steering"],
    "Dictates what the write-up should say and asks for a photo: steering review content "
    "(policy.md C7).")
rec("戴先生，您在店铺主页留的那条说发货慢的反馈，把我们的店铺分数拉低了不少，其实延误是快递那边造成的。能不能麻烦您把它撤掉？",
    [RI], "zh", ["violation", "careful", "feedback-pressure"],
    "Asks for seller feedback to be withdrawn because it lowers the shop's score: pressure "
    "(policy.md C5).")
rec("侯先生，下次再买磨刀石，结账时输入优惠码KEEN12就能减12美元，店里所有商品都能用。",
    [MK], "zh", ["violation", "plain", "coupon"],
    "Unprompted discount code for the next order (policy.md B).")
rec("肖女士，这个周末店里的三德刀和主厨刀同时降价，比平时便宜三成，周日晚上就恢复原样。",
    [MK], "zh", ["violation", "careful", "sale"],
    "Weekend sale announcement with a deadline, no 折 or 优惠 wording (policy.md B).")
rec("聂老师，不少买主厨刀的客人都会顺手带一块双面磨刀石。这周两样一起下单，总共能少付二十美元。",
    [MK], "zh", ["violation", "split", "cross-sell", "bundle"],
    "Cross-sells a whetstone and offers a bundle saving; the pitch and the offer are in "
    "separate sentences (policy.md B).")
rec("关注一下我们的抖音号「Quenchmark刀工」吧，每周都有磨刀教学视频，新刀上架也会先在那里发。",
    [MK, OP], "zh", ["violation", "plain", "follow", "social"],
    "Asks the buyer to follow the shop's Douyin account, where new knives are announced: a "
    "follow call (policy.md B) to a social account off Amazon (policy.md D4).")
rec("戴先生，开刃角度这种事打字很难说清楚，您加一下阿锋的微信 quenchmark_cn，发段视频过来他一看就明白。",
    [OP], "zh", ["violation", "plain", "messaging-app"],
    "WeChat ID given for support outside Amazon messaging (policy.md D4).")
rec("小焦，刀刃上的崩口能不能修，要看了照片才知道。您把照片发到 care@quenchmarkknives.com，阿锋当天就回您。",
    [OP], "zh", ["violation", "split", "email"],
    "Shop e-mail address for photos that could be attached here (policy.md D2).")
rec("乔阿姨，在亚马逊上退一块砧板要走好几天流程。您把支付宝账号告诉我们，钱今天就能直接转给您。",
    [OP], "zh", ["violation", "plain", "payment"],
    "Refund through Alipay instead of Amazon: off-Amazon payment (policy.md D5).")
rec("肖女士，下次想添一把小刀的话，可以直接上 quenchmarkknives.com 下单。那边没有平台抽成，同一把刀我们能算便宜一些。",
    [MK, OP], "zh", ["violation", "split", "discount", "url", "diversion"],
    "Sends the next purchase to the shop's own site for a lower price: URL and diversion "
    "(policy.md D1, D6) plus a price promotion (policy.md B).")
rec("侯先生，听您说主厨刀切鸡胸又快又利落，我们整个工作台都很开心！既然这么满意，能不能把刚才这段话也发到亚马逊商品页上，让更多人看到？",
    [RI], "zh", ["violation", "careful", "gating"],
    "Asks a buyer who has just praised the knife to post that praise on the product page; "
    "asking only after satisfaction is gating even when worded neutrally (policy.md section 0, "
    "C3).")
rec("聂老师，我们刚上新了一款陶瓷磨刀棒，跟您买的主厨刀正好配套，平时荡几下就能保持锋利。",
    [MK], "zh", ["violation", "plain", "new-product", "cross-sell"],
    "New-product announcement pitched as a match for the knife bought (policy.md B).")

# =========================================================================================
# VIOLATIONS, Traditional Chinese (10: Taiwan 6, Hong Kong 4)
# =========================================================================================
rec("江小姐您好，主廚刀用了一陣子之後，如果願意在亞馬遜上寫篇評價，寫好傳訊息告訴我們，我們就寄一個刀鞘給您當謝禮喔。",
    [RI], "zh", ["violation", "plain", "incentive", "traditional", "taiwanese"],
    "A free blade guard as a thank-you once the review is written (policy.md C1).")
rec("紀先生，磨刀器用得順手的話，拜託在商品頁幫我們點滿五顆，小店真的很需要大家支持。",
    [RI], "zh", ["violation", "careful", "rating-request", "gating", "traditional",
                 "taiwanese"],
    "'點滿五顆' asks for five stars without the word, and only if the sharpener works well: "
    "rating request plus gating (policy.md C2, C3).")
rec("傅小姐，謝謝您這次訂購雙面磨刀石。下次在我們的賣場結帳時輸入 HONE10，整筆就能少一成喔。",
    [MK], "zh", ["violation", "split", "coupon", "traditional", "taiwanese"],
    "Code for ten percent off the next order; the thanks and the code are in separate "
    "sentences (policy.md B).")
rec("石先生，磨刀角度的問題用 LINE 比較好說明，加 @quenchmarktw 傳影片給我們，阿鋒會一步一步教您。",
    [OP], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
    "LINE handle for support off Amazon (policy.md D4).")
rec("江小姐，刀柄那道小裂縫真的很抱歉。亞馬遜那邊退費要等好幾天，您給我們一個銀行帳號，我們今天就直接轉帳過去。",
    [OP], "zh", ["violation", "careful", "payment", "traditional", "taiwanese"],
    "Bank transfer instead of an Amazon refund: off-Amazon payment (policy.md D5).")
rec("紀先生，新的砧板已經出貨了，這次多包了兩層氣泡紙。您之前在商品頁寫的那段心得，收到新板子後可以再幫我們修一下嗎？",
    [RI], "zh", ["violation", "split", "change-review", "traditional", "taiwanese"],
    "Asks the buyer to revise the write-up on the product page after a replacement "
    "(policy.md C4).")
rec("陸太，把刀用咗半年，磨刀石都會磨薄㗎。而家再買多一塊，我哋送埋一支陶瓷磨刀棒俾你。",
    [MK], "zh", ["violation", "careful", "buy-again", "traditional", "cantonese"],
    "Buy-again push with a free rod thrown in (policy.md B).")
rec("譚生，刀口崩咗嗰個位喺訊息度好難講得清楚。你打去 07700 900385 搵阿鋒，佢會教你點樣用粗石磨返平。",
    [OP], "zh", ["violation", "careful", "phone", "traditional", "cantonese"],
    "A staff phone number for advice that could be given here (policy.md D3).")
rec("容小姐，三德刀用得開心嘅話，歡迎上亞馬遜講兩句。如果有咩唔啱，千祈唔好直接寫出嚟，先搵我哋傾下。",
    [RI], "zh", ["violation", "split", "gating", "traditional", "cantonese"],
    "Happy buyers to Amazon, unhappy ones told not to write and to talk to the seller first "
    "(policy.md C3).")
rec("關生，我哋 Instagram @quenchmark.edges 每個禮拜都有磨刀短片，記得追蹤我哋，新貨一到都會喺嗰度先公布。",
    [MK, OP], "zh", ["violation", "plain", "follow", "social", "traditional", "cantonese"],
    "Follow call to the shop's Instagram, where new stock is announced (policy.md B, D4).")

# =========================================================================================
# VIOLATIONS, mixed (2)
# =========================================================================================
rec("小焦 hi，主厨刀 arrived OK 吧？用上两个星期以后 if you post a short review on Amazon，截个图发我们，我们用 PayPal 返你 10 美元。",
    [OP, RI], "mixed", ["violation", "plain", "payment", "incentive", "mixed"],
    "Ten dollars through PayPal for a review screenshot: incentive (policy.md C1) paid off "
    "Amazon (policy.md D5).")
rec("陸太, quick heads-up: this weekend only 我哋全店 knives 打八折, 錯過咗就要等到聖誕先有㗎喇。",
    [MK], "mixed", ["violation", "plain", "sale", "traditional", "cantonese", "mixed"],
    "Weekend-only 20% off the whole shop: a sale announcement (policy.md B).")

# =========================================================================================
# EVASIONS, English (14)
# =========================================================================================
rec("Bertrand here. If the Kestrel has earned its place in your drawer, a full fiv" + CY_E
    + "-st" + CY_A + "r r" + CY_E + "view would keep our little bench going.",
    [RI], "en", ["evasion", "rating-request", "gating", "homoglyph"],
    "Five-star review asked only if the knife has 'earned its place', with Cyrillic е/а "
    "inside the words (policy.md C2, C3, section e).")
rec("Fenella, the angle question is far easier over Wh" + CY_A + "tsApp. Message Bertrand on "
    "two oh seven, five five five, oh one six three and he'll reply between sessions at the "
    "stone.",
    [OP], "en", ["evasion", "phone", "messaging-app", "homoglyph", "number-words"],
    "WhatsApp with a Cyrillic а and a phone number spelled in words (policy.md D3, D4, "
    "section e).")
rec("Desmond, put H0NE10 in the box at checkout next time and a tenth comes off any stone or "
    "rod in our shop.",
    [MK], "en", ["evasion", "coupon", "leetspeak"],
    "A discount code with a zero for the O, offered unprompted (policy.md B, section e).")
rec("Post a quick r3view of the Glintwheel and we'll send you a spare pair of carbide wheels, "
    "n0 charge.",
    [RI], "en", ["evasion", "incentive", "leetspeak"],
    "Free spare wheels for a review, with digits in 'review' and 'no' (policy.md C1, "
    "section e).")
rec("Cyrus, Bertrand answers sharpening questions fastest on T e l e g r a m, where he goes "
    "by @quenchmark_bench.",
    [OP], "en", ["evasion", "messaging-app", "spacing"],
    "Telegram spelled with spaces plus a handle (policy.md D4, section e).")
rec("Leave a few lines about the Oakfold board under its Amazon listing and there is a "
    "g i f t card with your name on it waiting here.",
    [RI], "en", ["evasion", "incentive", "spacing"],
    "Gift card for a review, the key word spaced out (policy.md C1, section e).")
rec("Ingrid, skip the back-and-forth here and message the bench on WhatsApp instead, at "
    "2-0-7-5-5-5-0-1-4-8.",
    [OP], "en", ["evasion", "messaging-app", "separator"],
    "WhatsApp and the shop's number with a hyphen between every digit (policy.md D3, D4, "
    "section e).")
rec("Desmond, if you could spare a moment for a five" + ZW + "-star re" + ZW + "view of the "
    "Tidewater stone, it would lift the whole bench.",
    [RI], "en", ["evasion", "rating-request", "zero-width"],
    "Asks for a five-star review with zero-width spaces inside the words (policy.md C2, "
    "section e).")
rec("Rosamund, photos of the dished stone are easiest to judge at care" + ZW
    + "@quenchmarkknives" + ZW + ".com, and Noor replies there within the hour.",
    [OP], "en", ["evasion", "email", "zero-width"],
    "E-mail address with zero-width spaces around the @ and the dot (policy.md D2, "
    "section e).")
rec("Petra, " + fw("follow") + " us at " + fw("@quenchmark.edges") + " for weekly sharpening "
    "clips and first news of every new blade.",
    [MK, OP], "en", ["evasion", "follow", "social", "fullwidth"],
    "Full-width 'follow' and Instagram handle; new-blade news on social media (policy.md B, "
    "D4, section e).")
rec("Mr. Ferreira, once your thoughts on the santoku are up on Amazon, reply here and we'll "
    "send " + fw("EDGE15") + " for fifteen percent off the next blade.",
    [MK, RI], "en", ["evasion", "coupon", "incentive", "fullwidth"],
    "Full-width discount code in return for a posted review: incentive (policy.md C1) and "
    "coupon (policy.md B).")
rec("Cordelia, send the photos of the chipped tip to bench at quenchmarkknives dot com and "
    "Bertrand will look at them tonight.",
    [OP], "en", ["evasion", "email", "spelled-email"],
    "E-mail address spelled with 'at' and 'dot' (policy.md D2, section e).")
rec("Mr. Valdivia, ring the bench on one two zero seven, five five five, zero one four eight "
    "any weekday before noon; it's quicker than typing back and forth.",
    [OP], "en", ["evasion", "phone", "number-words"],
    "Shop phone number written out in words (policy.md D3, section e).")
rec("Barnaby, Bertrand is on the paper-plane app as quenchmark_bench, and he answers there far "
    "faster than through these messages.",
    [OP], "en", ["evasion", "messaging-app", "nickname"],
    "Telegram named only by its icon, with the handle (policy.md D4, section e).")

# =========================================================================================
# EVASIONS, Simplified Chinese (9)
# =========================================================================================
rec("肖女士，刀用得好的话给个haoping，截图发给阿锋，我们用支付宝fanxian五美元给您。",
    [OP, RI], "zh", ["evasion", "payment", "incentive", "rating-request", "gating", "pinyin"],
    "好评返现 in pinyin, asked only if the knife works well and paid through Alipay: incentive, "
    "positive-review request and gating (policy.md C1, C2, C3) with off-Amazon payment "
    "(policy.md D5).")
rec("戴先生，磨刀的细节您加一下阿锋的weixin：quenchmark_cn，在那边聊方便很多。",
    [OP], "zh", ["evasion", "messaging-app", "pinyin"],
    "WeChat written in pinyin with the ID (policy.md D4, section e).")
rec("侯先生，加一下我们的薇信 quenchmark_cn，拉您进老顾客群，新刀到货先在群里说。",
    [MK, OP], "zh", ["evasion", "vip-list", "messaging-app", "homophone"],
    "薇信 for 微信; a regular-customer group where new knives are announced first "
    "(policy.md B, D4, section e).")
rec("乔阿姨，砧板用得还行的话给个好苹吧，发过来截图，我们寄一瓶砧板油给您。",
    [RI], "zh", ["evasion", "incentive", "rating-request", "gating", "homophone"],
    "好苹 for 好评, asked only if the board is 'good enough', with a bottle of board oil for the "
    "screenshot (policy.md C1, C2, C3, section e).")
rec("小焦，磨刀器到手后可以参加我们的好/评/返/现，写完截个图发过来，五美元马上到账。",
    [RI], "zh", ["evasion", "incentive", "rating-request", "separator"],
    "好评返现 broken with slashes: cash for a positive review (policy.md C1, C2, section e).")
rec("聂老师，刀要是用着不称心，先别在亚马逊上写，直接打二零七五五五零一六三找阿锋，我们一定给您处理好。",
    [OP, RI], "zh", ["evasion", "phone", "gating", "cn-numerals"],
    "Unhappy buyers told not to write on Amazon and to phone instead, the number in Chinese "
    "numerals: diversion of negative reviews (policy.md C3) and a phone number (policy.md D3).")
rec("肖女士，三德刀用着满意的话，麻烦在商品页点个" + STAR * 5 + "，小店全靠大家撑着。",
    [RI], "zh", ["evasion", "rating-request", "gating", "emoji"],
    "Five emoji stars asked for only if satisfied (policy.md C2, C3, section e).")
rec("戴先生，想看磨刀视频可以加我们的绿泡泡，号是quenchmark后面加下划线再加cn。",
    [OP], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
    "WeChat by its nickname 绿泡泡 and the ID spelled in pieces (policy.md D4, section e).")
rec("乔阿姨，磨刀石磨薄了别急着扔，下 次 回 购 立 减 五 美 元，结账时跟我们说一声就行。",
    [MK], "zh", ["evasion", "discount", "buy-again", "spacing"],
    "Buy-again discount with the characters spaced apart (policy.md B, section e).")

# =========================================================================================
# EVASIONS, Traditional Chinese (5: Taiwan 3, Hong Kong 2)
# =========================================================================================
rec("石先生，磨刀角度有問題的話，直接加我們的賴 @quenchmarktw，傳影片過來比較快喔。",
    [OP], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
    "賴 for LINE plus the handle (policy.md D4, section e).")
rec("傅小姐，下次到我們自己的 " + fw("quenchmarkknives.com") + " 結帳輸入 " + fw("HONE10")
    + "，磨刀石直接少一成喔。",
    [MK, OP], "zh", ["evasion", "coupon", "url", "diversion", "fullwidth", "traditional",
                     "taiwanese"],
    "Full-width domain and code: next purchase on the shop's own site with a discount "
    "(policy.md B, D1, D6).")
rec("紀先生，補寄的刀鞘收到了吧？麻煩把之前那則評" + ZW + "價改" + ZW + "一下，現在問題都解決了喔。",
    [RI], "zh", ["evasion", "change-review", "zero-width", "traditional", "taiwanese"],
    "Asks to change the review after a fix, zero-width spaces inside 評價 and 改一下 "
    "(policy.md C4, section e).")
rec("譚生，下次想再買刀唔使經亞馬遜，直接打零七七零零 九零零 六二九搵我哋，平過網上一成。",
    [MK, OP], "zh", ["evasion", "discount", "phone", "diversion", "cn-numerals",
                     "traditional", "cantonese"],
    "Buy by phone outside Amazon for ten percent less; the number in Chinese numerals "
    "(policy.md B, D3, D6).")
rec("容小姐，刀口嘅問題直接 WhatsApp 問阿鋒最快，號碼係 0.7.7.0.0.9.0.0.3.8.5，佢成日都喺工作枱度。",
    [OP], "zh", ["evasion", "messaging-app", "separator", "traditional", "cantonese"],
    "WhatsApp plus a staff number with a dot between every digit (policy.md D3, D4, "
    "section e).")

# =========================================================================================
# EVASIONS, mixed (2)
# =========================================================================================
rec("Hi 侯先生，想要更多 sharpening tips 的话，add 我们 on the green app，ID 是 quenchmark 然后 underscore cn。",
    [OP], "mixed", ["evasion", "messaging-app", "nickname", "split-handle", "mixed"],
    "A chat app named only as 'the green app', the ID given in pieces (policy.md D4, "
    "section e).")
rec("肖女士，leave us 5" + STAR + " on Amazon 的话，就 email 我们：bench at quenchmarkknives dot com，我们寄一个 free 刀鞘给您。",
    [OP, RI], "mixed", ["evasion", "email", "incentive", "rating-request", "emoji",
                        "spelled-email", "mixed"],
    "A free blade guard for a five-star rating (policy.md C1, C2), claimed through a spelled-out "
    "e-mail address (policy.md D2).")

# =========================================================================================
# NEAR-MISSES, English (23)
# =========================================================================================
rec("Hello Petra, your Kestrel santoku from order 112-3068415-7729031 was delivered last week. "
    "Once you've cooked with it for a while, we'd welcome an honest review on its product "
    "page, whatever your verdict turns out to be.",
    [], "en", ["near-miss", "neutral-request"],
    "One neutral review request with the order id, no rating, reward or condition "
    "(interface.md; policy.md section b).")
rec("Hi Mr. Valdivia, about order 113-9402716-5583104: after a few weeks of use, other buyers "
    "find it helpful when owners describe the Oakfold board in their own words on Amazon, good "
    "points and weak ones alike. If you'd rather not, that's perfectly fine.",
    [], "en", ["near-miss", "neutral-request"],
    "Neutral invitation that names both outcomes and leaves the choice open (policy.md C "
    "near-misses; interface.md).")
rec("Ingrid, we're sorry the tip of your petty knife arrived bent. A replacement left the "
    "bench this morning free of charge, and there's no need to send the damaged one back to us.",
    [], "en", ["near-miss", "remedy"],
    "A free replacement is a remedy, not a promotion; no review is mentioned (policy.md B "
    "near-misses).")
rec("Desmond, the refund for the cracked Tidewater stone went through on Amazon today. "
    "Depending on your bank it may take a few days to appear on your statement.",
    [], "en", ["near-miss", "remedy"],
    "Refund through Amazon with no link to a review (policy.md C near-misses).")
rec("As you asked, Barnaby: order 113-5550163-8842071 left the workshop on Tuesday and UPS "
    "has it under 1Z6V83W20471938526, with Friday as their estimate.",
    [], "en", ["near-miss", "lookalike-number"],
    "The order id contains 555-0163, the digits of a staff phone number elsewhere in the set; "
    "it is an order id, not a phone (policy.md D near-misses).")
rec("Order 111-2075550-1486620: the engraving proof reads 'Fenella' in block capitals along "
    "the bolster. Please confirm the spelling before we cut it.",
    [], "en", ["near-miss", "lookalike-number"],
    "Custom-design check; the order id embeds 207-555-0 like the shop number (policy.md "
    "section A, D near-misses).")
rec("Cordelia, we can't offer anything in exchange for a review, and we wouldn't tell you what "
    "to put in one. What we can do is fix the loose handle: a new Kestrel goes out to you "
    "tomorrow.",
    [], "en", ["near-miss", "refusal"],
    "Refuses the buyer's suggestion of a reward for a review; the remedy is not tied to any "
    "review (policy.md C near-misses).")
rec("Mr. Ferreira, thank you for the offer, but we can't take PayPal or any other payment "
    "outside Amazon, even for a second knife. If you decide you want another, it would need to "
    "be ordered through Amazon like the first.",
    [], "en", ["near-miss", "refusal"],
    "Declines the buyer's off-Amazon payment; answers his request rather than pushing a sale "
    "(policy.md D5, B near-misses).")
rec("You wrote: 'can I just email you at my work address instead?' We'd rather keep everything "
    "in Amazon messages, Leopold, so the whole history stays with your order and nothing gets "
    "lost.",
    [], "en", ["near-miss", "quoted-buyer"],
    "Quotes the buyer's own words and keeps contact on Amazon (policy.md D near-misses).")
rec("Quoting your message, Rosamund: 'the stone dished after two weeks and I'm leaving one "
    "star.' That's your call to make. In the meantime, dishing is normal wear: rub the stone "
    "on wet 220-grit sandpaper laid on a flat tile until a pencil grid drawn on its face "
    "disappears.",
    [], "en", ["near-miss", "quoted-buyer"],
    "The rating words are the buyer's; the seller leaves the decision to her and gives care "
    "advice (policy.md C near-misses).")
rec("Barnaby, the return for the Glintwheel can be opened from Your Orders on Amazon; pick "
    "'item defective' and the label is generated for you at no cost.",
    [], "en", ["near-miss", "amazon-page"],
    "Return started from Amazon's own order page (policy.md D near-misses).")
rec("If parcel TBA593017284461 hasn't turned up by Friday, Amazon's A-to-z Guarantee covers "
    "you, and you can ask for a refund straight from Your Orders without waiting on us.",
    [], "en", ["near-miss", "amazon-page"],
    "Names Amazon's own programme and page (policy.md D near-misses).")
rec("You asked whether the coupon shown on the Tidewater listing stacks with the Prime Day "
    "price, Ingrid. That's worked out by Amazon at checkout, so we can't say for sure, but the "
    "basket total will show it before you pay.",
    [], "en", ["near-miss", "answer"],
    "Answers the buyer's question about an Amazon promotion; offers nothing (policy.md B "
    "near-misses).")
rec("To your question, Cyrus: the 6000 side is for polishing only. Work the 1000 side until a "
    "burr forms along the whole edge, remove the burr with a few light alternating strokes, "
    "then move to the 6000.",
    [], "en", ["near-miss", "answer"],
    "Product answer; 'remove' concerns a burr, not a review (policy.md section 0).")
rec("Mr. Valdivia, glad the second board sits flat. Now that the problem has been sorted out "
    "to your satisfaction, you're welcome to revise or take down the seller feedback you left "
    "earlier if you wish, or to leave it exactly as it stands.",
    [], "en", ["near-miss", "feedback-notice"],
    "The neutral seller-feedback notice after resolution, choice left to the buyer "
    "(policy.md C5; judgement call: warn at most).")
rec("Cordelia, to your question about the Oakfold board: the cutting face is free of glue "
    "seams because each block is a single piece of end grain, and the rubber feet are fixed "
    "with stainless screws.",
    [], "en", ["near-miss", "product-word"],
    "'free of glue seams' is a product fact, not an offer (policy.md B near-misses).")
rec("Yes, Fenella, the star-shaped ripple on the Kestrel's blade comes from folding the steel, "
    "not from etching, so sharpening won't wear it away.",
    [], "en", ["near-miss", "product-word"],
    "'star' describes the steel pattern, not a rating (policy.md C near-misses).")
rec("Petra, we've cancelled the duplicate order as you asked, and the remaining one will now "
    "go to your office address instead of home.",
    [], "en", ["near-miss", "logistics-word"],
    "Cancellation done at the buyer's request (policy.md A near-misses).")
rec("Royal Mail has your parcel under RJ518274093GB; their tracking page shows it waiting at "
    "the local delivery office, and redelivery can be booked on the Royal Mail site.",
    [], "en", ["near-miss", "carrier-site"],
    "Carrier name, tracking number and the carrier's own site, no URL (policy.md D "
    "near-misses).")
rec("The Kestrel's lifetime warranty covers chips from ordinary kitchen use, Ms. Nakagawa. "
    "Open a request from Your Orders on Amazon with a photo of the heel and we'll take it from "
    "there.",
    [], "en", ["near-miss", "warranty"],
    "Warranty claim routed through Amazon (policy.md D near-misses).")
rec("Thank you for mentioning your review in your message, Mr. Ferreira. We've passed your "
    "point about the handle length on to Bertrand for the next batch.",
    [], "en", ["near-miss", "review-thanks"],
    "Reply thanking for a review the buyer mentioned; not a solicitation (policy.md C "
    "near-misses).")
rec("Wilhelmina, the lower figure you saw on the honing rod a few days after your order was a "
    "short Amazon promotion; the price you paid at the time is the one that applies, and "
    "orders can't be repriced afterwards.",
    [], "en", ["near-miss", "price-paid"],
    "Explains a price already paid; no offer (policy.md B near-misses).")
rec("Bertrand gives every blade a final review under the bench lamp before it's boxed, "
    "Ms. Lindgren, so the faint mark you describe probably happened in transit. We've added a "
    "card sleeve to the packing for future orders.",
    [], "en", ["near-miss", "review-word"],
    "'review' means the workshop inspection (policy.md section 0).")

# =========================================================================================
# NEAR-MISSES, Simplified Chinese (17)
# =========================================================================================
rec("聂老师，您提到的那篇检索评测里写的刀钢硬度，是旧款主厨刀的数据；新款经过重新热处理，硬度高一些，磨的时候建议先从双面磨刀石的粗面开始。",
    [], "zh", ["near-miss", "substring"],
    "检索评测 contains 索评 across a word boundary (policy.md C near-misses).")
rec("您在亚马逊搜索评论时看到有人说“刀刃容易生锈”，那是碳钢款的情况；您买的是不锈钢款，洗完擦干就可以了。",
    [], "zh", ["near-miss", "substring"],
    "搜索评论 contains 索评; the seller answers about rust (policy.md C near-misses).")
rec("肖女士，我们不会用返现或者小礼物来换评价，也不会请您改动已经写好的内容。刀柄松动的问题，新刀我们已经给您补寄了。",
    [], "zh", ["near-miss", "negation"],
    "Negated offer and negated change request; the remedy is unconditional (policy.md "
    "section 0).")
rec("戴先生，订单 114-6651029-3307482 的磨刀器已经签收。用上一段时间以后，如果您愿意，可以在商品页写下您自己的看法，好坏都可以。",
    [], "zh", ["near-miss", "neutral-request"],
    "One neutral review request with the order id, both outcomes welcome (interface.md; "
    "policy.md section b).")
rec("乔阿姨，砧板开裂的事实在抱歉，我们已经免费给您补寄一块新的，旧的那块不用寄回来。",
    [], "zh", ["near-miss", "remedy"],
    "Free replacement as a remedy (policy.md B near-misses).")
rec("小焦，您重复下的那一单我们已经帮您取消了，剩下那单的收货地址也按您说的修改好了。",
    [], "zh", ["near-miss", "logistics-word"],
    "取消 and 修改 for an order and an address at the buyer's request (policy.md C "
    "near-misses, A).")
rec("侯先生，您问的满50减5是亚马逊平台自己的优惠活动，结账时系统自动计算，我们这边没办法手动设置。",
    [], "zh", ["near-miss", "answer"],
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
rec("您留言说“我想直接加你们微信买”，这个我们做不到，所有订单和沟通都只能在亚马逊上进行，请您谅解。",
    [], "zh", ["near-miss", "quoted-buyer"],
    "微信 appears only in the buyer's quoted words, and the seller declines (policy.md D "
    "near-misses).")
rec("侯先生，补寄的磨刀石您已经收到，也确认没有问题了。如果您觉得这件事已经处理妥当，您先前给店铺的卖家反馈可以由您自己决定是否修改或撤下，保持原样也完全没问题。",
    [], "zh", ["near-miss", "feedback-notice"],
    "Neutral seller-feedback notice after resolution (policy.md C5; judgement call: warn at "
    "most).")
rec("谢谢您在留言里告诉我们已经写了评价。您说刀鞘有点紧，我们已经转告阿锋，下一批会调整尺寸。",
    [], "zh", ["near-miss", "review-thanks"],
    "Thanks for a review the buyer mentioned; nothing asked (policy.md C near-misses).")
rec("戴先生，主厨刀的保修包括正常使用造成的崩口，您在亚马逊订单页面提交申请并附上照片，我们收到后马上处理。",
    [], "zh", ["near-miss", "warranty"],
    "Warranty routed through Amazon's order page (policy.md D near-misses).")
rec("小焦，您的包裹走的是顺丰，运单号 SF1472093866415，在顺丰官网输入单号就能查到派送进度。",
    [], "zh", ["near-miss", "carrier-site"],
    "官网 is the carrier's site for tracking, not the shop's (policy.md D near-misses).")
rec("聂老师，您下单时的价格是按当时页面结算的，后来页面上的降价是亚马逊的限时活动，已经成交的订单没法再调整。",
    [], "zh", ["near-miss", "price-paid"],
    "Explains the price paid; no promotion offered (policy.md B near-misses).")
rec("肖女士，三德刀刀身上的星形波纹是钢材折叠锻打出来的，不是印上去的，磨刀不会把它磨掉。",
    [], "zh", ["near-miss", "product-word"],
    "星 and 折 describe the steel (policy.md C near-misses).")
rec("侯先生，划伤的那块砧板已经在亚马逊上给您全额退款了，一般三到五个工作日到账。",
    [], "zh", ["near-miss", "remedy"],
    "Refund through Amazon, no link to a review (policy.md C near-misses).")
rec("刀刃锋不锋利，我们出厂前用切纸来评估，每把都要一刀划开整张打印纸才算合格。",
    [], "zh", ["near-miss", "review-word"],
    "评估 is a quality test, not a review (policy.md section 0).")
rec("乔阿姨，您的包裹由 USPS 派送，追踪号是 9400 1118 5402 7731 6920 48，预计周四送到。",
    [], "zh", ["near-miss", "lookalike-number"],
    "A long spaced digit run that is a tracking number, not a phone (policy.md D near-misses).")

# =========================================================================================
# NEAR-MISSES, Traditional Chinese (9: Taiwan 5, Hong Kong 4)
# =========================================================================================
rec("傅小姐，訂單 114-2287650-9034116 的三德刀已經送達。等您實際用過一段時間，如果願意的話，可以在商品頁留下您真實的心得，不論好壞都歡迎喔。",
    [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
    "Neutral request with the order id, good or bad welcome (interface.md; policy.md "
    "section b).")
rec("紀先生，您提到想改用轉帳付款、換一個更低的價格，這部分我們沒辦法配合，所有款項都只能透過亞馬遜結帳，請見諒。",
    [], "zh", ["near-miss", "refusal", "traditional", "taiwanese"],
    "Refuses an off-Amazon payment the buyer proposed (policy.md D5).")
rec("石先生，重複的那筆訂單已經幫您取消了，另一筆預計兩個工作天內出貨。",
    [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
    "取消 for a duplicate order (policy.md A near-misses).")
rec("江小姐，我們不會拿折價或贈品來換評價，要不要寫、怎麼寫都由您決定。磨刀器卡住是陶瓷輪裝反了，照著附上的圖片轉回來就好喔。",
    [], "zh", ["near-miss", "negation", "traditional", "taiwanese"],
    "Negated incentive; the review decision is left to the buyer (policy.md section 0).")
rec("紀先生，主廚刀的終身保固涵蓋正常使用下的崩口，請從亞馬遜的訂單頁面提出申請並附上照片，我們收到後會盡快處理喔。",
    [], "zh", ["near-miss", "warranty", "traditional", "taiwanese"],
    "Warranty through Amazon (policy.md D near-misses).")
rec("譚生，你話「如果平啲就唔經亞馬遜，直接 WhatsApp 你哋買」，呢樣我哋真係做唔到，所有訂單都要喺亞馬遜落。",
    [], "zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"],
    "WhatsApp only in the buyer's quoted words; the seller declines (policy.md D near-misses).")
rec("陸太，把刀尖彎咗真係唔好意思，新嘅一把已經免費寄出，舊嗰把唔使寄返嚟。",
    [], "zh", ["near-miss", "remedy", "traditional", "cantonese"],
    "Free replacement as a remedy (policy.md B near-misses).")
rec("容小姐，退貨可以喺亞馬遜「我的訂單」度申請，揀「商品有瑕疵」，系統會自動出退貨標籤俾你。",
    [], "zh", ["near-miss", "amazon-page", "traditional", "cantonese"],
    "Return through Amazon's own page (policy.md D near-misses).")
rec("關生，你問嘅優惠係亞馬遜自己搞嘅活動，落單時系統會自動計，我哋呢邊改唔到。",
    [], "zh", ["near-miss", "answer", "traditional", "cantonese"],
    "Answers a question about Amazon's own promotion (policy.md B near-misses).")

# =========================================================================================
# NEAR-MISS, mixed (1)
# =========================================================================================
rec("Hi 肖女士，order 112-7194306-2258840 has been refunded in full today，钱会按原路退回，usually within 3-5 business days。",
    [], "mixed", ["near-miss", "remedy", "mixed"],
    "Full refund through Amazon, no review mentioned (policy.md C near-misses).")

# =========================================================================================
# CLEAN, English (13)
# =========================================================================================
rec("Leopold, to keep the Kestrel at its best, wash it by hand in warm soapy water, dry it "
    "straight away and keep it on a magnetic strip or in its sheath. A dishwasher dulls the "
    "edge and can loosen the handle over time.",
    [], "en", ["clean"], "Care advice (policy.md section A: customer service).")
rec("Fenella, while you practise on the whetstone, keep your fingertips on the flat of the "
    "blade, well back from the edge. Most small cuts happen while wiping a knife, so always "
    "wipe from the spine toward the edge, never along it.",
    [], "en", ["clean"], "Safety advice (policy.md section A).")
rec("For a Western chef's knife like yours, Cyrus, aim for roughly fifteen degrees per side. "
    "Two coins stacked under the spine make a fair guide until your hand learns the feel.",
    [], "en", ["clean"], "Sharpening-angle answer (policy.md section A).")
rec("Soak the Tidewater stone for about ten minutes before each session, until the bubbles "
    "stop rising, and keep a film of water on it as you work. Let it dry slowly at room "
    "temperature; a radiator can crack it.",
    [], "en", ["clean"], "Use and care of the whetstone (policy.md section A).")
rec("Mr. Ferreira, the Oakfold butcher block you ordered weighs about eighteen kilos, so the "
    "courier needs someone at home to sign for it. Which weekday mornings next week suit you "
    "best?",
    [], "en", ["clean"], "Scheduling a heavy delivery is a permitted message (policy.md A).")
rec("Desmond, your engraved santoku will leave the workshop three days later than planned "
    "because the engraving machine is being serviced. We're sorry for the wait; it should now "
    "go out on Thursday.",
    [], "en", ["clean"], "Delay notice (policy.md A near-misses).")
rec("Ingrid, before we engrave the bolster, please look over the lettering we've prepared: "
    "'Ingrid K.' in small capitals, centred on the left face. Reply yes, or tell us what you'd "
    "like adjusted.",
    [], "en", ["clean"], "Verifying a custom design (policy.md A).")
rec("Rosamund, oil the Oakfold board once a week for the first month with food-safe mineral "
    "oil, then about once a month after that. Stand it on its edge to dry so both faces get "
    "air.",
    [], "en", ["clean"], "Board care (policy.md section A).")
rec("Barnaby, with the ceramic rod, six light strokes per side are plenty; heavy pressure only "
    "chips the apex. Hone before you cook rather than after, while the blade is clean and dry.",
    [], "en", ["clean"], "Honing technique (policy.md section A).")
rec("The straps on the Rollmark roll stretch a little during the first few weeks, Wilhelmina. "
    "If the knives slide about, take the buckle in by one hole; the leather settles after "
    "that.",
    [], "en", ["clean"], "Product answer about the knife roll (policy.md section A).")
rec("Petra, to feel for the burr, draw your thumb gently off the edge from the spine outward, "
    "on the side you haven't been grinding. Once there's a slight catch along the whole "
    "length, turn the knife over.",
    [], "en", ["clean"], "Sharpening technique (policy.md section A).")
rec("Mr. Valdivia, the orange spots on the carbon blade are surface rust from a damp drawer. A "
    "wine cork dipped in a paste of baking soda lifts them, and a thin film of camellia oil "
    "keeps them away.",
    [], "en", ["clean"], "Rust care (policy.md section A).")
rec("Ms. Lindgren, the courier needs your personal customs number to clear the parcel into "
    "Norway. Could you send it in this thread when convenient?",
    [], "en", ["clean"],
    "Requests information needed to deliver the order (policy.md A).")

# =========================================================================================
# CLEAN, Simplified Chinese (10)
# =========================================================================================
rec("肖女士，主厨刀用完后请用温水和少量洗洁精手洗，马上擦干，不要放进洗碗机，高温会让刀柄松动。",
    [], "zh", ["clean"], "Care advice (policy.md section A).")
rec("侯先生，磨刀石用之前要先在水里泡十分钟左右，等不再冒气泡就可以了。磨的时候保持石面湿润。",
    [], "zh", ["clean"], "Whetstone use (policy.md section A).")
rec("聂老师，磨刀时刀刃和石面之间保持大约十五度，可以在刀背下面垫两枚硬币帮助找角度。",
    [], "zh", ["clean"], "Angle answer (policy.md section A).")
rec("乔阿姨，砧板第一个月每周抹一次食品级矿物油，之后一个月一次就够了，晾干时竖着放，让两面都通风。",
    [], "zh", ["clean"], "Board care (policy.md section A).")
rec("小焦，您定制刻字的三德刀因为刻字机检修，要比原计划晚三天发出，非常抱歉，新的发货日是周四。",
    [], "zh", ["clean"], "Delay notice (policy.md A near-misses).")
rec("戴先生，刀枕上的刻字我们准备刻一个「戴」字，楷体，居中。请您确认一下，或者告诉我们需要怎么调整。",
    [], "zh", ["clean"], "Custom design check (policy.md A).")
rec("磨刀的时候手指按在刀面上，离刃口远一点；擦刀时从刀背往刃口方向擦，千万不要顺着刃口抹。",
    [], "zh", ["clean"], "Safety advice (policy.md section A).")
rec("碳钢刀身上的小锈点是放在潮湿抽屉里造成的，用软木塞蘸小苏打糊轻轻擦掉，再薄涂一层山茶油就不容易再生锈。",
    [], "zh", ["clean"], "Rust care (policy.md section A).")
rec("陶瓷磨刀棒每面轻轻荡六下就够了，用力太大反而会让刃口崩。最好在做饭前荡，刀湿的时候不要用。",
    [], "zh", ["clean"], "Honing advice (policy.md section A).")
rec("帆布刀卷的绑带前几周会稍微松一点，刀如果滑动，把扣子往里收一格就好，皮带定型以后就不会再松。",
    [], "zh", ["clean"], "Product answer about the roll (policy.md section A).")

# =========================================================================================
# CLEAN, Traditional Chinese (6: Taiwan 3, Hong Kong 3)
# =========================================================================================
rec("江小姐，主廚刀用完請用溫水加一點洗碗精手洗，馬上擦乾，不要放進洗碗機喔，高溫會讓刀柄鬆脫。",
    [], "zh", ["clean", "traditional", "taiwanese"], "Care advice (policy.md section A).")
rec("紀先生，磨刀石使用前先泡水大約十分鐘，等不再冒泡就可以開始磨囉，過程中記得讓石面保持濕潤。",
    [], "zh", ["clean", "traditional", "taiwanese"], "Whetstone use (policy.md section A).")
rec("傅小姐，您訂製刻字的三德刀因為刻字機送修，會比原本預計晚三個工作天出貨，真的很抱歉。",
    [], "zh", ["clean", "traditional", "taiwanese"], "Delay notice (policy.md A near-misses).")
rec("陸太，磨刀嗰陣手指要按住刀面，離開刀口遠少少；抹刀就由刀背向刀口方向抹，千祈唔好順住刀口擦。",
    [], "zh", ["clean", "traditional", "cantonese"], "Safety advice (policy.md section A).")
rec("譚生，陶瓷磨刀棒每邊輕輕掃六下就夠，太大力反而會令刀口崩。最好煮飯之前用，刀濕嘅時候唔好用。",
    [], "zh", ["clean", "traditional", "cantonese"], "Honing advice (policy.md section A).")
rec("容小姐，砧板頭一個月大概每隔七日搽一次食用礦物油，之後一個月一次就夠，晾乾嗰陣企起佢擺，等兩面都透到氣。",
    [], "zh", ["clean", "traditional", "cantonese"], "Board care (policy.md section A).")

# =========================================================================================
# CLEAN, mixed (1)
# =========================================================================================
rec("Hi 侯先生，the Tidewater stone needs a ten-minute soak 先，等气泡不再冒出来再开始磨，and keep the surface wet the whole time。",
    [], "mixed", ["clean", "mixed"], "Whetstone use in code-switched text (policy.md section A).")


def records():
    out = [dict(r) for r in R]
    random.Random(72).shuffle(out)
    return [{"id": "h72-%03d" % i, "text": r["text"], "labels": r["labels"], "lang": r["lang"],
             "tags": r["tags"], "note": r["note"]} for i, r in enumerate(out, 1)]


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    recs = records()
    with open(os.path.join(here, "holdout72.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(recs))
