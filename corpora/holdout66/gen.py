#!/usr/bin/env python3
"""Builds holdout66.jsonl: 160 hand-labelled messages from the invented seller Pebblewatt
(phone cases, chargers, charging cables) to its buyers.  Standard library only.

Every text below was written for this set.  Hard-to-see characters are spelled with the
names ZW (zero-width space), CY_A / CY_E (Cyrillic a / e) and fw() (full-width Latin), so
the source stays readable; the JSON file stores the real characters.

Record fields: id, text, labels, lang, tags, note (see README.md).
Run: python3 gen.py   (writes holdout66.jsonl next to this file)
"""
import json
import os
import random

ZW = "\u200b"      # zero-width space
CY_A = "\u0430"    # Cyrillic small a, looks like Latin a
CY_E = "\u0435"    # Cyrillic small e, looks like Latin e

MKT = "marketing"
OFF = "off-platform-contact"
REV = "review-inducement"


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.'."""
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


RECORDS = []


def R(lang, tags, labels, text, note):
    RECORDS.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                    "note": note})


# =====================================================================================
# VIOLATIONS, English (22)
# =====================================================================================
R("en", ["violation", "plain", "incentive"], [REV],
  "Hi Percival, thanks for picking the Tidecrest case for your 6.1-inch handset. Once your "
  "review is up on Amazon, send a screenshot through this thread and we'll post you a "
  "Coilbraid 2 m cable at no charge as our way of saying thanks.",
  "A cable is promised in return for a posted review and a screenshot as proof "
  "(policy.md C1).")

R("en", ["violation", "careful", "incentive"], [REV],
  "Hello Wilhelmina, a quick one about your Huddlepad stand. Shoppers who tell others on the "
  "product page how the stand has worked out for them get a spare braided lead from us; just "
  "reply with the name you post under once your words are live.",
  "A spare lead is offered for writing on the product page; the word 'review' is avoided "
  "but the trade is the same (policy.md C1; section e point 6).")

R("en", ["violation", "split", "rating-request"], [REV],
  "Your Brisklet 65W charger should be with you by Thursday, Desmond. Every unit goes through "
  "a load test on our bench before it is boxed. When you get a minute, five stars on the "
  "listing would keep our little team going.",
  "The closing sentence asks for a five-star rating after two harmless ones (policy.md C2).")

R("en", ["violation", "plain", "gating"], [REV],
  "Araminta, if the Glintshield protector went on bubble-free and you're pleased with it, "
  "please leave a review on Amazon. If anything went wrong, hold off on posting and message "
  "me here first so I can sort it out.",
  "Only pleased buyers are sent to review; unhappy ones are held back and steered to the "
  "seller (policy.md C3).")

R("en", ["violation", "careful", "steering"], [REV],
  "Lucius, when you share your thoughts on the Pocketvolt's product page, could you mention "
  "that it topped your handset up twice on one charge and that it turned up two days early? "
  "Those are the two details other shoppers look for.",
  "Tells the buyer what to say in the review, without the word itself (policy.md C7).")

R("en", ["violation", "split", "change-review"], [REV],
  "Thanks for sending the photos of the frayed Coilbraid cable, Birgit. A replacement left our "
  "warehouse this morning and should reach you Friday. Now that it's sorted, would you go "
  "back to the two-star review you wrote and bring it in line with how things turned out?",
  "Asks the buyer to revise an existing product review after the fix; C4 forbids this "
  "'even after an issue is resolved' (policy.md C4).")

R("en", ["violation", "plain", "feedback-pressure"], [REV],
  "Cormac, the neutral seller feedback you left last week is dragging our account score down. "
  "Please take that feedback off our storefront today, it really hurts a shop as small as ours.",
  "Pressure to withdraw seller feedback because it harms the account, not the neutral notice "
  "(policy.md C5).")

R("en", ["violation", "careful", "rating-request"], [REV],
  "Fenella, thank you for choosing the Sandstone Tidecrest. If you have a moment, a top score "
  "on the product page would mean everything to a two-person business like ours.",
  "'A top score' is a request for the highest rating in other words (policy.md C2; "
  "section e point 6).")

R("en", ["violation", "plain", "email"], [OFF],
  "Mr. Nakashima, the Roadnib charger on order 111-6215574-3089912 comes in two plug lengths "
  "and I need to know which socket your car has. Please email a photo of it to "
  "care@pebblewattgear.com and I'll match the right unit before it ships.",
  "A helpful question, but the answer is sent to the shop's own e-mail address "
  "(policy.md D2).")

R("en", ["violation", "careful", "phone"], [OFF],
  "Ms. Ferreira, sorry the Huddlepad keeps blinking amber. It's quicker to talk it through: "
  "ring Rosamund on 720-555-0119 any weekday between nine and five Mountain time and she'll "
  "walk you through the reset.",
  "Gives the shop's own number for troubleshooting; this is not a carrier, warranty or "
  "manufacturer line in the sense of the D3 exception (policy.md D3; judgement call, see "
  "README).")

R("en", ["violation", "split", "messaging-app", "phone"], [OFF],
  "The four lights on the Pocketvolt flashing together means it is protecting itself from "
  "heat. Leave it somewhere cool for an hour and it will recover. If it happens again, drop me "
  "a message on WhatsApp at +1 (303) 555-0186 with a short video.",
  "Good troubleshooting, then a WhatsApp contact and a number as an aside (policy.md D3, D4).")

R("en", ["violation", "split", "payment"], [OFF],
  "You asked, 'Do I really have to post the cracked protector back?' Not at all, Ambrose. "
  "Amazon's return process can drag on, so I'd rather send the $18.99 straight back to you "
  "myself. What's the PayPal address you use?",
  "Offers to repay the buyer outside Amazon and asks for a PayPal account (policy.md D5).")

R("en", ["violation", "careful", "qr", "diversion"], [OFF],
  "Jolene, the white 2 m braided lead is sold out here, but scan the little square code "
  "printed inside the lid of your case box and it will take you to our own shop page, where "
  "a few are left.",
  "Sends the buyer through a printed QR square to the seller's own shop to buy there "
  "(policy.md D1, D6; section e point 3).")

R("en", ["violation", "plain", "coupon"], [MKT],
  "Thanks for your order, Greta. Keep this: code CHARGE15 takes 15% off any Brisklet charger "
  "from our Amazon store until the end of June.",
  "A discount code for a future purchase (policy.md B).")

R("en", ["violation", "careful", "new-product"], [MKT],
  "Hamish, worth knowing before you pick a case for your next handset: our Tidecrest range now "
  "comes in a frosted olive shell with a raised camera lip, and it went up in our Amazon shop "
  "this week.",
  "Announces a new product to a buyer who asked nothing (policy.md B; interface.md "
  "marketing).")

R("en", ["violation", "split", "cross-sell"], [MKT],
  "Your Coilbraid cable is packed and waiting for the courier, Sunniva. It pairs nicely with a "
  "30W Brisklet brick. Add one to your basket this week and the two can travel in one parcel.",
  "Pushes a second product alongside the order (policy.md B).")

R("en", ["violation", "plain", "listing-link", "sale"], [MKT],
  "Rupert, if you liked the Glintshield, we also sell a two-pack for the tablet size: "
  "amazon.com/dp/B0F6PW3K9N. Same glass, same install frame, and it's on sale until Sunday.",
  "Link to another listing plus a sale announcement; an Amazon link, so marketing rather "
  "than off-platform (policy.md B, D1; interface.md).")

R("en", ["violation", "careful", "buy-again"], [MKT],
  "Leocadia, braided leads wear out eventually, so most folks keep a second one in the car. "
  "When yours begins to fray, just order the same Coilbraid again from your order history and "
  "it'll be at your door in two days.",
  "A 'buy again' push with no question from the buyer behind it (interface.md marketing; "
  "policy.md B).")

R("en", ["violation", "plain", "follow", "giveaway", "social"], [MKT, OFF],
  "Thanks for trusting us with your handset, Mr. Olawale. About the case feeling a touch loose "
  "at the bottom: that's the drop-cushion gap, and it settles after a day or two of use. Follow "
  "@pebblewatt.cases on Instagram too; we post new colours there first and run a case giveaway "
  "every month.",
  "A social follow with a giveaway: promotion and an off-Amazon channel at once "
  "(policy.md B, D4).")

R("en", ["violation", "split", "vip-list", "email"], [MKT, OFF],
  "Glad the Huddlepad cleared the clutter off your nightstand, Jolene. We keep a small "
  "early-access list for our regulars. Write to deals@pebblewattgear.com with the subject "
  "'insider' and you'll hear about new stock a day before anyone else.",
  "An early-access list reached through the shop's e-mail address (policy.md B, D2).")

R("en", ["violation", "split", "discount", "url", "diversion"], [MKT, OFF],
  "Greta, a tip for next time. The same Brisklet 65W costs eight dollars less on "
  "pebblewattgear.com. We don't pay marketplace fees there, so we pass the saving on.",
  "A lower price on the seller's own site: a discount and a diversion off Amazon "
  "(policy.md B, D1, D6).")

R("en", ["violation", "plain", "discount", "incentive"], [MKT, REV],
  "Desmond, thank you for your order. Leave a review of the Roadnib car charger and we'll "
  "take 25% off your next purchase from our shop.",
  "A discount on the next purchase in exchange for a review: C1 compensation, and also a "
  "promotion of the next order (policy.md C1, B; judgement call).")

# =====================================================================================
# VIOLATIONS, Simplified Chinese (16)
# =====================================================================================
R("zh", ["violation", "plain", "incentive"], [REV],
  "戴女士您好，磁吸手机壳应该已经签收了吧？在亚马逊留个好评并截图发给我们，返现五美元，"
  "名额有限，先到先得哦。",
  "好评返现: cash back for a positive review with a screenshot (policy.md C1).")

R("zh", ["violation", "careful", "rating-request"], [REV],
  "薛先生，充电头用着顺手的话，麻烦到商品页给我们打个满分，小店全靠大家撑着，先谢谢啦！",
  "打个满分 asks for the top rating without the usual words (policy.md C2; section e "
  "point 6).")

R("zh", ["violation", "split", "gating"], [REV],
  "姚阿姨，充电宝收到后先充满再用。要是用着满意，就去亚马逊上写几句评价。要是有哪里不顺心，"
  "千万先别去写，直接在这里找阿澈处理。",
  "Satisfied buyers are sent to review, unhappy ones are told not to write and to come to "
  "the seller (policy.md C3).")

R("zh", ["violation", "plain", "change-review"], [REV],
  "龚老师，新的数据线已经给您补寄出去了，单号在订单页能查到。问题解决了的话，麻烦把之前那条"
  "一星评论改一下或者删掉，谢谢理解。",
  "Asks to edit or delete a product review after the remedy (policy.md C4).")

R("zh", ["violation", "careful", "steering"], [REV],
  "小棠你好，如果愿意在商品页分享使用感受，麻烦带上“充电快、不发烫、做工扎实”这几个词，"
  "再配两张装上手机壳后的照片，别的买家最看重这些。",
  "Dictates the words and photos to put in the review (policy.md C7).")

R("zh", ["violation", "split", "incentive"], [REV],
  "您的无线充电座已经到了吧。我们最近在做一个小活动。写完使用心得把截图发过来，就送一根一米"
  "编织线，包邮寄到家。",
  "A free cable for a written experience and screenshot; the reward comes in the last "
  "sentence (policy.md C1; section e point 6).")

R("zh", ["violation", "plain", "messaging-app"], [OFF],
  "您好，车充插上去不亮的话，先看看熄火以后点烟器还有没有电，有些车要打着火才通电。要是打着火"
  "还是不亮，接口的问题一两句说不清，您加一下我们售后微信 pebblewatt_cn，发个视频过来，我们远程"
  "帮您看。",
  "Moves the conversation to WeChat (policy.md D4).")

R("zh", ["violation", "careful", "phone"], [OFF],
  "陶女士，钢化膜贴歪了先别急，直接拨 303-555-0186 找阿澈，工作日上午九点到下午五点都有人接，"
  "一步步教您重新贴。",
  "Gives the shop's own number for help with fitting; no carrier or warranty exception "
  "applies (policy.md D3; judgement call).")

R("zh", ["violation", "split", "payment"], [OFF],
  "充电头坏了实在抱歉。走亚马逊退货流程太慢了。您把支付宝账号发给我，我今天就把钱直接转给您，"
  "东西也不用寄回。",
  "Offers to repay through Alipay outside Amazon (policy.md D5).")

R("zh", ["violation", "careful", "url", "diversion"], [OFF],
  "以后买数据线可以直接上我们自己的站 pebblewattgear.com 下单，发货仓库是同一个，颜色也更全。",
  "Sends the buyer to order on the seller's own site (policy.md D1, D6).")

R("zh", ["violation", "plain", "coupon"], [MKT],
  "感谢您选购Tidecrest手机壳！下次买其他配件时输入优惠码 CASE20，全店立减20%，本月底前有效。",
  "A discount code for the next order (policy.md B).")

R("zh", ["violation", "careful", "bundle", "discount"], [MKT],
  "单先生，您刚买的三合一充电座，如果搭配我们的两米编织线一起拍，两件合计立减八美元，页面上"
  "选组合装就行。",
  "A bundle price pushed after the sale (policy.md B).")

R("zh", ["violation", "split", "restock", "buy-again"], [MKT],
  "您好！樱花粉手机壳到货了。这批数量不多，和您上次买的是同一款模具。喜欢的话可以再来一个换着"
  "用，卖完就要等下个季度。",
  "An unsolicited restock notice with a push to buy again (policy.md B; interface.md "
  "marketing).")

R("zh", ["violation", "plain", "follow", "giveaway", "social"], [MKT, OFF],
  "谢谢支持！关注我们的小红书“Pebblewatt手机壳”，每周抽三位粉丝送充电宝。",
  "A follow request on Xiaohongshu with a prize draw (policy.md B, D4).")

R("zh", ["violation", "split", "new-product", "vip-list", "email"], [MKT, OFF],
  "您好，上个月买的充电头还好用吧？我们下周要出一款两口氮化镓新款。想第一时间拿到内测价的话，"
  "给 care@pebblewattgear.com 发封信报个名。",
  "A new-product early list reached by the shop's e-mail address (policy.md B, D2).")

R("zh", ["violation", "split", "payment", "incentive"], [OFF, REV],
  "黎女士，钢化膜贴好了吗？如果愿意在商品页写几句使用感受，写完截个图发给我们。我们会通过支付宝"
  "转您十块钱辛苦费。",
  "Money for a review, paid outside Amazon (policy.md C1, D5).")

# =====================================================================================
# VIOLATIONS, Traditional Chinese (10: 6 Taiwan, 4 Hong Kong)
# =====================================================================================
R("zh", ["violation", "plain", "incentive", "rating-request", "traditional", "taiwanese"], [REV],
  "邵小姐您好，行動電源收到了嗎？到賣場幫我們留個五星好評，截圖傳訊息過來，就送您一條一米編織"
  "充電線喔！",
  "Five stars requested and a cable promised for it (policy.md C1, C2).")

R("zh", ["violation", "careful", "gating", "traditional", "taiwanese"], [REV],
  "傅先生，充電頭用起來如果都沒問題，再麻煩您到商品頁分享心得；如果有任何不順，請先傳訊息給我們，"
  "不要急著發表喔。",
  "Sharing is invited only when all is well; problems are to come to the seller first "
  "(policy.md C3).")

R("zh", ["violation", "split", "change-review", "traditional", "cantonese"], [REV],
  "譚生，換咗個新火牛俾你，應該聽日就到。之前你喺Amazon寫嗰個一星評語，麻煩你改返做好啲嘅分數，"
  "或者直接刪咗佢。唔該晒！",
  "Asks to raise or delete a product review after the replacement (policy.md C4).")

R("zh", ["violation", "plain", "feedback-pressure", "traditional", "cantonese"], [REV],
  "陸太，你留低嗰個中評賣家反饋令我哋間舖嘅分數跌咗，可唔可以幫幫手撤回？我哋細本生意，真係好受"
  "影響。",
  "Pressure to withdraw seller feedback because it hurts the shop (policy.md C5).")

R("zh", ["violation", "careful", "url", "diversion", "traditional", "taiwanese"], [OFF],
  "閻小姐，無線充電座的燈號閃紅光，多半是韌體要重刷。到 pebblewattgear.com/tw 下載工具照步驟"
  "操作就好，也可以在那邊填單，我們會另外跟您聯絡喔。",
  "A link to the seller's own site and an offer to continue contact there (policy.md D1, "
  "D6).")

R("zh", ["violation", "split", "email", "traditional", "taiwanese"], [OFF],
  "莫小姐，行動電源的保固卡不用寄回來。把發票拍照寄到 care@pebblewattgear.com 就可以，我們收到"
  "會幫您登記，大約三個工作天。",
  "Warranty registration through the shop's e-mail address; D3's warranty exception is for "
  "phone numbers, not e-mail (policy.md D2; judgement call).")

R("zh", ["violation", "plain", "sale", "coupon", "traditional", "taiwanese"], [MKT],
  "饒先生感謝您的訂購！本週末全館手機殼打八折，結帳時輸入 CASE20 還能再折，歡迎回來逛逛喔。",
  "A weekend sale and a code (policy.md B).")

R("zh", ["violation", "careful", "cross-sell", "traditional", "cantonese"], [MKT],
  "鄔生，部充電座已經寄出。順帶一提，好多客人會配埋我哋條兩米編織線，擺喺床頭長度啱啱好，有興趣"
  "可以喺同一間店加落購物車。",
  "Cross-sells a cable with the shipping note (policy.md B).")

R("zh", ["violation", "split", "new-product", "traditional", "taiwanese"], [MKT],
  "柏小姐您好，之前買的保護貼還好用嗎？我們這個月推出了防窺款。一樣附貼膜框，手殘也能一次貼好，"
  "有空可以到賣場看看喔。",
  "Announces a new product line (policy.md B).")

R("zh", ["violation", "split", "discount", "social", "diversion", "traditional", "cantonese"],
  [MKT, OFF],
  "冼小姐，多謝幫襯！下次想買手機殼，可以直接喺 Facebook 專頁 Pebblewatt 搵我哋。專頁落單平過"
  "喺網店買，仲可以送埋貼膜。",
  "A cheaper price and a freebie for ordering through the Facebook page (policy.md B, D4, "
  "D6).")

# =====================================================================================
# VIOLATIONS, code-switched (2, Simplified + English)
# =====================================================================================
R("zh", ["violation", "plain", "rating-request", "gating", "mixed"], [REV],
  "Hi 薛先生，您的 Brisklet charger 已经 delivered 了。If it works well，麻烦 leave 一个 "
  "five-star review，对我们小店真的很重要！",
  "A five-star request that is also conditioned on the buyer being happy (policy.md C2, "
  "C3).")

R("zh", ["violation", "careful", "phone", "mixed"], [OFF],
  "姚小姐，那个 cable 的 issue 我们这边 double check 过了，应该是 adapter 不够。方便的话 text "
  "我 303-555-0186，我 send 你几张 setup 的 photos。",
  "The shop's number offered for texting, no keyword used (policy.md D3).")

# =====================================================================================
# EVASIONS, English (14)
# =====================================================================================
R("en", ["evasion", "rating-request", "homoglyph"], [REV],
  "Rupert, hope the Tidecrest case is holding up. A 5-st" + CY_A + "r r" + CY_E + "view "
  "would really lift our little shop.",
  "A five-star request with Cyrillic letters inside 'star' and 'review' (policy.md C2; "
  "section e).")

R("en", ["evasion", "incentive", "rating-request", "leetspeak"], [REV],
  "Sunniva, post a gl0wing r3vi3w of the Huddlepad and we'll send a fr33 Pocketvolt as a "
  "thank-you.",
  "Leetspeak for a glowing review traded for a power bank (policy.md C1, C2; section e).")

R("en", ["evasion", "gating", "zero-width"], [REV],
  "Hamish, if the Roadnib charger makes your commute easier, a rev" + ZW + "iew would be "
  "lovely. If it disappoints, skip Amazon and tell us here first so we can fix it.",
  "Gating, with a zero-width space hiding 'review' (policy.md C3; section e).")

R("en", ["evasion", "change-review", "spacing"], [REV],
  "Thanks for bearing with us on the cracked shell, Leocadia. The replacement is out for "
  "delivery today. Would you mind going back and e d i t i n g that one-star r e v i e w "
  "now that it's fixed?",
  "Spaced letters hide a request to edit a review (policy.md C4; section e).")

R("en", ["evasion", "email", "diversion", "spelled-email"], [OFF],
  "Mr. Nakashima, for the bulk cable order your office asked about, write to pebblewatt.help "
  "at gmail dot com and I'll put a quote together for you directly.",
  "A spelled-out e-mail address and a sale arranged off Amazon (policy.md D2, D6; "
  "section e).")

R("en", ["evasion", "phone", "number-words"], [OFF],
  "Ms. Ferreira, the quickest fix for the Pocketvolt is a chat with Rosamund. Her direct "
  "number is seven two oh, five five five, oh one one nine.",
  "A phone number written in words (policy.md D3; section e).")

R("en", ["evasion", "messaging-app", "nickname", "split-handle"], [OFF],
  "Jolene, the paper-plane app is where our tech team hangs out. Search pebblewatt, then an "
  "underscore, then desk, and send your charger's serial there.",
  "Telegram by nickname, the handle given in pieces (policy.md D4; section e).")

R("en", ["evasion", "messaging-app", "phone", "separator"], [OFF],
  "Ambrose, easiest is to send the photos of the bent connector over T-e-l-e-g-r-a-m to the "
  "shop number, 303-555-0186.",
  "Telegram spelled with hyphens between the letters, plus the shop's number (policy.md D3, "
  "D4; section e).")

R("en", ["evasion", "payment", "zero-width"], [OFF],
  "Birgit, rather than waiting on Amazon, I can send the $22 straight to your Pay" + ZW
  + "Pal today; just reply with the address you use there.",
  "Off-Amazon repayment; a zero-width space splits 'PayPal' (policy.md D5; section e).")

R("en", ["evasion", "coupon", "fullwidth"], [MKT],
  "Thanks again, Cormac. For your next cable, the code " + fw("CABLE10") + " takes ten "
  "percent off at checkout.",
  "A code written in full-width letters (policy.md B; section e).")

R("en", ["evasion", "follow", "social", "fullwidth"], [MKT, OFF],
  "Fenella, our newest colours show up first on " + fw("instagram") + ", so give "
  "@pebblewatt.cases a follow.",
  "Instagram in full-width letters with the shop's handle (policy.md B, D4; section e).")

R("en", ["evasion", "discount", "url", "diversion", "leetspeak"], [MKT, OFF],
  "Lucius, quick tip: the same Brisklet 65W is 20% 0ff on our own site, pebblewattgear.com, "
  "with no marketplace fees added.",
  "'0ff' with a zero; a cheaper price on the seller's own site (policy.md B, D1, D6; "
  "section e).")

R("en", ["evasion", "referral", "messaging-app", "phone", "number-words", "nickname"],
  [MKT, OFF],
  "Thanks, Greta! Bring a friend into our green app group and you both get a Glintshield for "
  "the cost of postage. The group number is three oh three, five five five, oh one eight six.",
  "A referral offer in an unnamed chat app, number in words (policy.md B, D4; section e).")

R("en", ["evasion", "discount", "incentive", "rating-request", "emoji"], [MKT, REV],
  "Desmond, a little trade: \u2b50\u2b50\u2b50\u2b50\u2b50 on the Coilbraid page and we'll "
  "send you a code for 30% off your next order \U0001f381",
  "Emoji stars for a discount on the next order (policy.md C1, C2, B; section e).")

# =====================================================================================
# EVASIONS, Simplified Chinese (9)
# =====================================================================================
R("zh", ["evasion", "incentive", "rating-request", "pinyin"], [REV],
  "薛先生，充电宝用得还行的话，去商品页写个 haoping，截图发我，fanxian 十块。",
  "Pinyin for 好评返现 (policy.md C1, C2; section e).")

R("zh", ["evasion", "rating-request", "spacing"], [REV],
  "姚阿姨，麻烦给我们一个 五 星 好 评，小店真的不容易，谢谢您了。",
  "五星好评 with spaces between the characters (policy.md C2; section e).")

R("zh", ["evasion", "change-review", "homophone"], [REV],
  "龚老师，新的充电头已经寄到了吧？问题都解决了的话，之前那条一颗星的留言，方便帮忙删平一下吗？",
  "删平 stands for 删评: delete the review (policy.md C4; section e).")

R("zh", ["evasion", "messaging-app", "homophone"], [OFF],
  "陶女士，充电座的问题在这里说不太清楚，加一下薇信 pebblewatt_cn，我们开视频帮您看。",
  "薇信 for WeChat with the shop's ID (policy.md D4; section e).")

R("zh", ["evasion", "phone", "cn-numerals"], [OFF],
  "黎女士，数据线接触不良的话，直接打给阿澈更快：三零三 五五五 零一八六，工作日白天都在。",
  "A phone number in Chinese numerals (policy.md D3; section e).")

R("zh", ["evasion", "messaging-app", "nickname", "split-handle"], [OFF],
  "单先生，车充的固件要我们远程帮您升级，麻烦在绿泡泡里搜 pebblewatt，后面加下划线和 cn，"
  "加上后把订单截图发过来。",
  "WeChat by nickname, the ID given in pieces (policy.md D4; section e).")

R("zh", ["evasion", "coupon", "separator"], [MKT],
  "感谢支持！下次买手机壳结账时输入 C-A-S-E-2-0，能省两成。",
  "A discount code with hyphens between the letters (policy.md B; section e).")

R("zh", ["evasion", "new-product", "follow", "social", "zero-width"], [MKT, OFF],
  "新款磁吸壳上架了，关注我们的抖" + ZW + "音号「Pebblewatt手机壳」，直播间有专属价。",
  "New product, follow request and Douyin account; a zero-width space splits the app name "
  "(policy.md B, D4; section e).")

R("zh", ["evasion", "sale", "discount", "url", "diversion", "fullwidth"], [MKT, OFF],
  "数据线双十一提前开抢，全场七五折，直接去 " + fw("pebblewattgear.com") + " 下单。",
  "A sale on the seller's own site, the address in full-width letters (policy.md B, D1, D6; "
  "section e).")

# =====================================================================================
# EVASIONS, Traditional Chinese (5: 3 Taiwan, 2 Hong Kong)
# =====================================================================================
R("zh", ["evasion", "incentive", "rating-request", "emoji", "traditional", "taiwanese"], [REV],
  "邵小姐，保護貼貼好了嗎？到賣場幫我們點滿 \u2605\u2605\u2605\u2605\u2605，我們會加送一片"
  "鏡頭貼給您喔～",
  "Star symbols in place of 五星, with a lens protector as reward (policy.md C1, C2; "
  "section e).")

R("zh", ["evasion", "messaging-app", "nickname", "traditional", "taiwanese"], [OFF],
  "傅先生，韌體檔案太大，賣場訊息傳不了，麻煩到紙飛機搜尋 @pebblewatt_desk，我們直接傳給您。",
  "紙飛機 is Telegram; the handle follows (policy.md D4; section e).")

R("zh", ["evasion", "phone", "cn-numerals", "traditional", "cantonese"], [OFF],
  "譚生，叉電線個問題打俾我哋同事最快：七二零 五五五 零一一九，佢今日喺公司。",
  "A phone number in Chinese numerals (policy.md D3; section e).")

R("zh", ["evasion", "sale", "coupon", "separator", "traditional", "taiwanese"], [MKT],
  "饒先生，週年慶期間全館再折，結帳時輸入 W|A|T|T|2|5 就能用喔。",
  "A sale and a code split with vertical bars (policy.md B; section e).")

R("zh", ["evasion", "follow", "giveaway", "social", "homoglyph", "traditional", "cantonese"],
  [MKT, OFF],
  "陸太，我哋 F" + CY_A + "cebook 專頁今個月抽獎送尿袋，like 咗專頁就有得抽㗎。",
  "Facebook with a Cyrillic a; a giveaway for following the page (policy.md B, D4; "
  "section e).")

# =====================================================================================
# EVASIONS, code-switched (2)
# =====================================================================================
R("zh", ["evasion", "incentive", "rating-request", "pinyin", "mixed"], [REV],
  "Hi 黎女士，那根 Coilbraid cable 用得还 OK 吗？写个 haoping 发 screenshot 给我，我 send 你"
  "一张 gift card 当谢礼。",
  "Pinyin haoping and a gift card for it (policy.md C1, C2; section e).")

R("zh", ["evasion", "email", "diversion", "spelled-email", "traditional", "cantonese", "mixed"],
  [OFF],
  "Hi 關小姐，你部 Huddlepad 嘅 warranty 我哋可以 handle，send 張 receipt 去 pebblewatt.help "
  "at gmail dot com 就得，唔使經 Amazon。",
  "A spelled-out e-mail address and a warranty claim taken off Amazon (policy.md D2, D6; "
  "section e).")

# =====================================================================================
# NEAR-MISSES, English (23)
# =====================================================================================
R("en", ["near-miss", "remedy"], [],
  "Percival, sorry the first Brisklet arrived with a bent prong. We've sent a new one free of "
  "charge; order 112-3081947-5526410 shows it leaving the warehouse tonight, and you don't "
  "need to send the damaged one back.",
  "A free replacement is a remedy, not a promotion (policy.md B near-misses).")

R("en", ["near-miss", "remedy"], [],
  "Wilhelmina, the Huddlepad that stopped charging after two days has been refunded in full. "
  "It should show on your card within three to five business days. I'm sorry it let you "
  "down.",
  "A refund with no link to a review (policy.md C near-misses).")

R("en", ["near-miss", "quoted-buyer"], [],
  "You wrote: 'Can I just pay you through PayPal and skip Amazon?' I'm afraid we can only take "
  "orders and payment through Amazon checkout, so please place the order for the second "
  "Tidecrest there.",
  "PayPal appears only in the buyer's quoted words, and the seller declines (policy.md D "
  "near-misses).")

R("en", ["near-miss", "quoted-buyer"], [],
  "You said, 'I already gave it five stars, it's the best charger I've owned.' That's kind of "
  "you, Desmond. On your travel question: the Brisklet takes 100-240 V, so with a plain plug "
  "adapter it will work in Lisbon.",
  "The buyer's own words mention stars; the seller asks for nothing (policy.md C "
  "near-misses).")

R("en", ["near-miss", "quoted-buyer"], [],
  "Quoting your message: 'the listing says 60W, the box says 65W, which is it?' The charger is "
  "rated 65W in total; a single port can deliver up to 60W to a laptop, which is the figure on "
  "the listing. Both numbers are right.",
  "'Rated' is a power spec inside a quoted question (policy.md C near-misses).")

R("en", ["near-miss", "lookalike-number"], [],
  "To answer your question, Araminta: order 113-5550119-7284016 left our warehouse this "
  "morning with tracking TBA592047318826, and Amazon shows delivery on Thursday.",
  "The order id contains 555-0119 but is not a phone number (policy.md D near-misses).")

R("en", ["near-miss", "lookalike-number"], [],
  "Lucius, I checked order 114-5550186-3902741: it held one Pocketvolt 10000 and one 1 m "
  "cable, and both were marked delivered to your mailroom on the 14th.",
  "The order id contains the shop number's digits; it is still an order id (policy.md D "
  "near-misses).")

R("en", ["near-miss", "neutral-request"], [],
  "Hi Birgit, your Tidecrest case for order 111-9904316-2758841 was delivered last week. If "
  "you have a moment, you're welcome to tell other shoppers what you think of it, good or bad, "
  "on its product page.",
  "One neutral request with no rating, reward or condition (interface.md; policy.md C "
  "near-misses).")

R("en", ["near-miss", "neutral-request"], [],
  "Cormac, about order 112-7718264-0395527: once the Roadnib has been in the car for a while, "
  "would you consider writing a short review of it? Whatever you make of it is useful to the "
  "next driver.",
  "Neutral, once per order, either outcome welcome (interface.md; policy.md section b).")

R("en", ["near-miss", "feedback-notice"], [],
  "Fenella, the new protector and the refund for the first one have both gone through. If you "
  "feel we've put things right, you have the option of revising or withdrawing the seller "
  "feedback you left; that's entirely your call, and thank you for your patience either way.",
  "The neutral seller-feedback notice after resolution is allowed; policy.md would warn at "
  "most (policy.md C5; judgement call).")

R("en", ["near-miss", "logistics-word"], [],
  "Ambrose, the extra Huddlepad order you placed by mistake has been cancelled as you asked, "
  "and the address on the remaining one now shows your new flat.",
  "'Cancelled' is a logistics action the buyer asked for (policy.md A near-misses).")

R("en", ["near-miss", "price-paid"], [],
  "Jolene, the Brisklet's listed price moved from $34.99 to $29.99 the day after your "
  "purchase. The $34.99 you paid was what checkout showed at the time; if you'd rather not "
  "keep it, an unopened unit can go back through Your Orders within 30 days.",
  "Explains the price already paid; no offer (policy.md B near-misses).")

R("en", ["near-miss", "price-paid"], [],
  "Greta, the $19.99 you paid covers the two-pack: both Glintshield sheets and the alignment "
  "frame are in the same sleeve, under the cardboard insert.",
  "A price paid, stated as a fact about the order (policy.md B near-misses).")

R("en", ["near-miss", "product-word"], [],
  "Hamish, yes: the Tidecrest is free of BPA, and its magnets are rated to hold through a "
  "1.5 m drop. The raised lip sits 1 mm above the screen.",
  "'Free' and 'rated' are product facts (policy.md B near-misses, C near-misses).")

R("en", ["near-miss", "product-word"], [],
  "Leocadia, the five-star pattern on the Sandstone case is embossed, not printed, so it won't "
  "rub off. The frosted version has a plain back.",
  "'Five-star' is the case's pattern (policy.md C near-misses).")

R("en", ["near-miss", "refusal"], [],
  "Mr. Nakashima, thanks for the offer, but we can't take a bank transfer or send an email "
  "invoice from outside Amazon. If your office needs 40 cables, order them on the listing and "
  "Amazon Business will issue the invoice.",
  "Declines an off-platform deal (policy.md D6 read in reverse; D near-misses).")

R("en", ["near-miss", "warranty"], [],
  "Ms. Ferreira, the Pocketvolt carries an 18-month warranty. To claim it, open Your Orders on "
  "Amazon, pick this order and choose 'Problem with order'; we'll send the new unit from there.",
  "Warranty handled through Amazon's own order page (policy.md D near-misses).")

R("en", ["near-miss", "answer"], [],
  "Mr. Olawale, the 10% coupon you saw on the Coilbraid page is a clip-on listing coupon: tick "
  "the box under the price before adding it to your basket and Amazon applies it at checkout. "
  "We don't hand out codes of our own.",
  "Explains an Amazon coupon the buyer asked about; policy.md would warn at most (policy.md B "
  "near-misses; judgement call).")

R("en", ["near-miss", "carrier-site"], [],
  "Rupert, the parcel went with Royal Mail under RB582730164GB. Their tracking page shows a "
  "missed delivery, so there should be a card through your door with the local office's "
  "opening hours.",
  "Carrier tracking by name, no link (policy.md D near-misses).")

R("en", ["near-miss", "review-thanks"], [],
  "Thank you for the kind review of the Huddlepad, Sunniva, and for the tip about the bedside "
  "lamp. To your question: yes, the stand charges a watch and earbuds at the same time as the "
  "phone on the pad.",
  "Thanks for a review the buyer mentioned, in a reply with substance (policy.md C "
  "near-misses).")

R("en", ["near-miss", "review-word"], [],
  "Desmond, our team runs a final bench review on every Brisklet before it is boxed: load, "
  "surge and cable checks. Yours passed all three on the 3rd, so the cutting-out sounds like "
  "the wall socket; could you try a different outlet and tell me what happens?",
  "'Bench review' is quality control (policy.md section 0 point 4).")

R("en", ["near-miss", "amazon-page"], [],
  "Araminta, you can open the return for the cracked case from Your Orders at "
  "https://www.amazon.com/your-orders. Choose 'Item defective' and the prepaid label comes "
  "straight from Amazon.",
  "A link to Amazon's own order page for a return is info at most (policy.md D near-misses).")

R("en", ["near-miss", "negation"], [],
  "Birgit, just so you know, we never ask for ratings or give anything in exchange for them, "
  "so the card in your box promising a free cable for five stars isn't ours. It may be a "
  "counterfeit insert; could you send a photo of it here?",
  "Mentions a review incentive only to disown it (policy.md C near-misses; judgement call).")

# =====================================================================================
# NEAR-MISSES, Simplified Chinese (17)
# =====================================================================================
R("zh", ["near-miss", "remedy"], [],
  "戴女士，非常抱歉充电头外壳有裂痕。我们已经免费给您补发了一个新的，订单 113-6649205-1837752 "
  "里能看到补发记录，旧的不用寄回。",
  "免费补发 is a remedy (policy.md B near-misses).")

R("zh", ["near-miss", "remedy"], [],
  "薛先生，数据线的问题我们已经给您全额退款，三到五个工作日退回原支付方式，给您添麻烦了。",
  "A refund with no link to a review (policy.md C near-misses).")

R("zh", ["near-miss", "quoted-buyer"], [],
  "您在消息里问：“能不能加个微信方便联系？”不好意思，我们只能在亚马逊的消息里沟通，有任何情况"
  "直接在这里留言，我们一般几个小时内回复。",
  "微信 appears only in the buyer's quoted question, which the seller declines (policy.md D "
  "near-misses).")

R("zh", ["near-miss", "lookalike-number"], [],
  "姚阿姨，您问的那单是 111-3035550-1862274，里面是两根一米的编织线，亚马逊显示周三已经送到"
  "门口。",
  "The order id hides the shop number's digits across a dash; it is an order id (policy.md D "
  "near-misses).")

R("zh", ["near-miss", "neutral-request"], [],
  "龚老师，订单 113-2849571-9960318 的无线充电座已经送达一周了。方便的时候，欢迎到商品页写写"
  "真实的感受，好的不好的都可以，能帮到其他买家。",
  "A single neutral invitation, both outcomes welcome (interface.md; policy.md C "
  "near-misses).")

R("zh", ["near-miss", "feedback-notice"], [],
  "陶女士，补发的手机壳和差价退款都处理完了。如果您觉得问题已经解决，可以自己决定是否修改或撤下"
  "之前留的卖家反馈，我们不会有任何要求。",
  "The allowed neutral notice about seller feedback after resolution; warn at most "
  "(policy.md C5; judgement call).")

R("zh", ["near-miss", "logistics-word"], [],
  "单先生，按您的要求，重复的那单已经取消了，另一单的收货地址也改成了公司地址，明天照常发出。",
  "取消 and address changes are logistics (policy.md A near-misses, C near-misses).")

R("zh", ["near-miss", "price-paid"], [],
  "黎女士，您下单时付的是 25.99 美元，是当时页面上的价格；您现在看到的 21.99 是后来调整的，"
  "已经完成的订单系统不会按新价格重算，还请理解。",
  "Explains the price already paid (policy.md B near-misses).")

R("zh", ["near-miss", "product-word"], [],
  "小棠，这款磁吸壳背面印的是五角星图案，不是评分标志哈。颜色是雾霾蓝，实物和图片基本一致。",
  "星 and 评分 describe the print (policy.md C near-misses).")

R("zh", ["near-miss", "refusal"], [],
  "邹先生，谢谢您的好意，不过我们不接受微信转账，也不能私下发货。想再买一个充电宝的话，直接在"
  "亚马逊下单就行。",
  "Refuses an off-platform payment (policy.md D near-misses).")

R("zh", ["near-miss", "substring"], [],
  "您好，您说在亚马逊上检索评测视频找不到贴膜步骤，我写在这里：先用酒精棉擦屏，再对准听筒孔，"
  "从上往下压。",
  "检索评测 contains 索评 across a word boundary (policy.md C near-misses, section 0 point 4).")

R("zh", ["near-miss", "substring"], [],
  "小棠，您在商品页搜索评论也能看到不少人问“蓝灯闪三下”：这是充电座检测到了金属异物，把手机壳"
  "里的卡片取出来再试就好。",
  "搜索评论 contains 索评 (policy.md C near-misses, section 0 point 4).")

R("zh", ["near-miss", "substring"], [],
  "黎女士，您寄回的充电头我们做了拆机检测，保留评估报告备查：插脚松动导致接触不良，属于质量问题，"
  "新的一台今天发出。",
  "保留评估 contains 留评 (policy.md section 0 point 4; judgement call).")

R("zh", ["near-miss", "warranty"], [],
  "姚阿姨，充电宝保修期是十八个月，从签收那天算起。要申请的话在亚马逊“我的订单”里找到这单，"
  "点“问题反馈”就行。",
  "Warranty through Amazon's order page (policy.md D near-misses).")

R("zh", ["near-miss", "answer"], [],
  "薛先生，您问的“满200减20”是亚马逊平台自己的活动，结算时自动扣减，不用输入任何码，我们店铺"
  "没有另外发放优惠券。",
  "Answers a question about Amazon's promotion and offers nothing; warn at most (policy.md B "
  "near-misses; judgement call).")

R("zh", ["near-miss", "carrier-site"], [],
  "单先生，顺丰单号 SF1478203695524，在顺丰官网输入单号就能查到清关进度，目前在深圳口岸。",
  "官网 is the carrier's tracking site, named without a link (policy.md D near-misses).")

R("zh", ["near-miss", "review-thanks"], [],
  "陶女士，谢谢您在商品页留下的评价，还附了装车的照片。您问的那个：车充的蓝色指示灯可以长按两秒"
  "关掉，晚上开车不晃眼。",
  "Thanks for a review the buyer mentioned, with an answer (policy.md C near-misses).")

# =====================================================================================
# NEAR-MISSES, Traditional Chinese (9: 5 Taiwan, 4 Hong Kong)
# =====================================================================================
R("zh", ["near-miss", "remedy", "traditional", "taiwanese"], [],
  "邵小姐，真的很抱歉，保護貼有氣泡是我們出貨前沒檢查好。已經免費幫您補寄一盒，含貼膜框，大約"
  "兩個工作天到。",
  "免費補寄 is a remedy (policy.md B near-misses).")

R("zh", ["near-miss", "lookalike-number", "traditional", "taiwanese"], [],
  "傅先生，您查詢的訂單 114-7205550-1193384 已經在三天前送達，簽收的是管理室喔。",
  "The order id contains Rosamund's number across a dash (policy.md D near-misses).")

R("zh", ["near-miss", "neutral-request", "traditional", "taiwanese"], [],
  "閻小姐，訂單 112-0518836-4471259 的無線充電座送達快一週了。如果方便，歡迎到商品頁寫下您真實"
  "的使用心得，好壞都可以喔。",
  "One neutral invitation, both outcomes welcome (interface.md; policy.md C near-misses).")

R("zh", ["near-miss", "refusal", "traditional", "taiwanese"], [],
  "饒先生，謝謝您的好意，但我們沒辦法加 LINE 私下交易，也不收轉帳或超商代收，訂單都要透過 Amazon "
  "結帳。想再買兩條充電線，直接在賣場下單就好。",
  "LINE appears only in a refusal (policy.md D near-misses).")

R("zh", ["near-miss", "review-word", "traditional", "taiwanese"], [],
  "柏小姐，我們品管會在出貨前做一次評估：耐壓、溫升、插拔各測五百次。您這批是上週三通過的，所以"
  "充電時發燙比較像是插座的問題，可以換個插座試試看嗎？",
  "評估 is quality control (policy.md section 0 point 4).")

R("zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"], [],
  "冼小姐，你話「想俾五星，但係想問下火牛會唔會過熱」。放心，呢個火牛有溫度保護，熱到某個程度會"
  "自動降功率，摸落暖暖哋係正常嘅。",
  "五星 is the buyer's quoted word; the seller asks for nothing (policy.md C near-misses).")

R("zh", ["near-miss", "feedback-notice", "traditional", "cantonese"], [],
  "鄔生，補寄嘅叉電線同差價都已經處理好。如果你覺得問題解決咗，可以自己決定要唔要更新或者移除之前"
  "留嘅賣家反饋，完全由你話事。",
  "The neutral seller-feedback notice after resolution; warn at most (policy.md C5; "
  "judgement call).")

R("zh", ["near-miss", "logistics-word", "traditional", "cantonese"], [],
  "陸太，已經照你講取消咗重複嗰張單，另一張單嘅地址都改好咗，聽日會寄出。",
  "取消 is the buyer's own logistics request (policy.md A near-misses).")

R("zh", ["near-miss", "warranty", "traditional", "cantonese"], [],
  "譚生，尿袋有十八個月保養，唔使私下搵我哋，喺 Amazon 訂單頁揀「產品有問題」就得，要換新或者"
  "退款都可以。",
  "Warranty and refund through Amazon's order page (policy.md D near-misses).")

# =====================================================================================
# NEAR-MISS, code-switched (1)
# =====================================================================================
R("zh", ["near-miss", "remedy", "mixed"], [],
  "Hi 黎女士，那根 cable 确实是 defective，我们已经 ship 了一根 replacement，不收任何费用，"
  "tracking 是 TBA730164925581，周四到。",
  "A no-cost replacement is a remedy (policy.md B near-misses).")

# =====================================================================================
# CLEAN, English (13)
# =====================================================================================
R("en", ["clean"], [],
  "Hi Percival, the Tidecrest fits the 6.1-inch model only; the 6.7-inch one needs the larger "
  "size. If you tell me which size your handset is, I'll confirm before anything ships.",
  "A fit question answered (policy.md A: customer service).")

R("en", ["clean"], [],
  "Wilhelmina, your Huddlepad is running about three days late because the courier missed our "
  "Tuesday pickup. It should now reach you early next week. Sorry for the wait.",
  "A delay notice is a permitted unexpected-problem message (policy.md A near-misses).")

R("en", ["clean"], [],
  "Desmond, to get the protector on straight: wipe the screen with the wet pad, dry it with "
  "the cloth, lift any dust with the sticker, then drop the glass into the frame and press from "
  "the middle outward.",
  "Fitting instructions the buyer needs (policy.md A).")

R("en", ["clean"], [],
  "Araminta, the braided cable supports 100W, so it will top up your laptop too, as long as "
  "the wall adapter can supply that much.",
  "A compatibility answer (policy.md A).")

R("en", ["clean"], [],
  "Lucius, an amber light on the Pocketvolt means it is below 20 percent. Give it about three "
  "hours on a 20W adapter and all four lights will glow white.",
  "Troubleshooting (policy.md A).")

R("en", ["clean"], [],
  "Cormac, your engraving proof reads 'C.M. 2025' in small capitals on the lower back of the "
  "case. Please confirm the spelling and we'll begin cutting tomorrow.",
  "Verifying a custom design is a permitted message (policy.md A).")

R("en", ["clean"], [],
  "Hamish, the car charger fits a standard 12V socket; if your socket has a sliding cover, push "
  "the charger in until it clicks.",
  "Product help (policy.md A).")

R("en", ["clean"], [],
  "Ms. Ferreira, the courier could not get into your building yesterday. Could you tell us a "
  "safe spot or a buzzer number so they can leave the parcel on the next attempt?",
  "Information needed to complete delivery (policy.md A).")

R("en", ["clean"], [],
  "Jolene, the magnetic ring in the case is strong enough to hold a car vent mount, and the "
  "case is 1.3 mm thick around the edges.",
  "A product question answered (policy.md A).")

R("en", ["clean"], [],
  "Mr. Olawale, the tempered glass is cut slightly short of the edge so that most cases will "
  "still go on over it.",
  "A product question answered (policy.md A).")

R("en", ["clean"], [],
  "Fenella, customs are holding the parcel with your two cables and want the recipient's tax "
  "ID before releasing it. Please send it here and we'll pass it to the broker.",
  "Critical information to receive the order (policy.md A; G near-misses).")

R("en", ["clean"], [],
  "Greta, the wireless stand charges through cases up to 5 mm thick; if yours has a metal "
  "plate or a card slot on the back, take it off first.",
  "Product help (policy.md A).")

R("en", ["clean"], [],
  "Sunniva, both ports on the Brisklet are USB-C. The top one gives the full 65W when used "
  "alone, and the two share the power when both are in use.",
  "A spec question answered (policy.md A).")

# =====================================================================================
# CLEAN, Simplified Chinese (10)
# =====================================================================================
R("zh", ["clean"], [],
  "戴女士您好，这款手机壳只适配6.1英寸的机型，6.7英寸的需要大一号。您告诉我手机型号，我确认后"
  "再安排发货。",
  "A fit question answered (policy.md A).")

R("zh", ["clean"], [],
  "薛先生，因为快递周二没来揽收，您的充电座要晚三天左右，预计下周一送达，抱歉让您久等。",
  "A delay notice (policy.md A near-misses).")

R("zh", ["clean"], [],
  "姚阿姨，贴膜步骤：先用湿巾擦屏幕，再用干布擦干，用除尘贴粘掉灰，最后把钢化膜放进定位框，从中间"
  "往两边压。",
  "Fitting instructions (policy.md A).")

R("zh", ["clean"], [],
  "龚老师，这根编织线支持100瓦快充，可以直接给笔记本充电，前提是充电头也有这么大功率。",
  "A compatibility answer (policy.md A).")

R("zh", ["clean"], [],
  "小棠，充电宝亮黄灯说明电量低于两成，用20瓦的充电头充三个小时左右，四个灯都会变白。",
  "Troubleshooting (policy.md A).")

R("zh", ["clean"], [],
  "陶女士，刻字效果图做好了：手机壳背面右下角刻“T.Y.”两个字母。请您确认字母无误，我们明天开始"
  "雕刻。",
  "Verifying a custom design (policy.md A).")

R("zh", ["clean"], [],
  "单先生，车充适用标准12伏点烟器接口，如果接口有盖子，插进去听到“咔”一声就是到位了。",
  "Product help (policy.md A).")

R("zh", ["clean"], [],
  "邹先生，快递员说您小区门禁进不去，方便告诉我们放在哪里比较合适吗？门卫室还是快递柜？",
  "Information needed for delivery (policy.md A).")

R("zh", ["clean"], [],
  "黎女士，包裹在海关被扣了，需要收件人的身份证号码才能清关。麻烦在这里回复，我们转给报关行。",
  "Critical information to receive the order (policy.md A; G near-misses).")

R("zh", ["clean"], [],
  "小棠，无线充电座可以隔着五毫米以内的手机壳充电，如果壳背面有金属片或者卡套，请先取下来。",
  "Product help (policy.md A).")

# =====================================================================================
# CLEAN, Traditional Chinese (6: 3 Taiwan, 3 Hong Kong)
# =====================================================================================
R("zh", ["clean", "traditional", "taiwanese"], [],
  "邵小姐您好，因為物流延誤，您的行動電源會晚兩天出貨，預計下週三送達，造成不便很抱歉喔。",
  "A delay notice (policy.md A near-misses).")

R("zh", ["clean", "traditional", "taiwanese"], [],
  "傅先生，這款保護貼是滿版的，邊緣有留一點空隙，大部分手機殼都能直接套上喔。",
  "A product question answered (policy.md A).")

R("zh", ["clean", "traditional", "taiwanese"], [],
  "閻小姐，車充側邊的燈號按住兩秒就會熄掉，晚上開車就不會刺眼囉。",
  "Product help (policy.md A).")

R("zh", ["clean", "traditional", "cantonese"], [],
  "陸太，呢款手機殼得六點一吋嘅尺寸，如果你部機係六點七吋就要揀大一碼，話我知型號，我幫你睇清楚先寄。",
  "A fit question answered (policy.md A).")

R("zh", ["clean", "traditional", "cantonese"], [],
  "譚生，速遞公司話你大廈門口要密碼先入到，麻煩話我知可以放喺邊度，管理處定係門口？",
  "Information needed for delivery (policy.md A).")

R("zh", ["clean", "traditional", "cantonese"], [],
  "鄔生，條編織線頂到一百瓦，叉手提電腦都冇問題，不過火牛都要有咁大功率先得。",
  "A compatibility answer (policy.md A).")

# =====================================================================================
# CLEAN, code-switched (1)
# =====================================================================================
R("zh", ["clean", "mixed"], [],
  "Hi 邹先生，这款 case 的 magnetic ring 可以直接吸在车载支架上，edge 厚度大约1.3毫米。",
  "A product question answered (policy.md A).")


def records():
    """The 160 records, shuffled with a fixed seed and numbered h66-001 ... h66-160."""
    recs = [dict(r) for r in RECORDS]
    random.Random(66).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h66-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": list(r["tags"]), "note": r["note"]})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "holdout66.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RECORDS), path))


if __name__ == "__main__":
    main()
