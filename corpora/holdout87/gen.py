#!/usr/bin/env python3
"""Source of holdout87: 160 hand-labelled messages from an invented Amazon seller.

Wickerlob Rally Supply sells table tennis and badminton gear.  Every record is written here
by hand; this script only adds the hidden characters, shuffles with random.Random(87), numbers
the records h87-001 .. h87-160 and writes holdout87.jsonl next to itself.

Hard-to-see characters are spelled as names below: ZW (zero-width space), CY_A / CY_E / CY_O
(Cyrillic look-alikes), STAR (the star emoji), PING / SHUTTLE (sport emoji), fw() (full-width
Latin letters, digits, @ and dot).  The written file stores them as the characters themselves.
"""
import json
import os
import random

ZW = "\u200b"
CY_A, CY_E, CY_O = "\u0430", "\u0435", "\u043e"
STAR = "\u2b50"
PING = "\U0001f3d3"
SHUTTLE = "\U0001f3f8"


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.'."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isalnum() or c in "@." else c for c in s)


M, O, R = "marketing", "off-platform-contact", "review-inducement"
TW, HK = ["traditional", "taiwanese"], ["traditional", "cantonese"]

# (text, labels, lang, tags, note)
RECORDS = [
    # ------------------------------------------------------------------ violations, English
    ("Hi Greta, thanks for picking up the Tidewhip Max rubbers. Keep this code handy: SPIN15 "
     "takes 15% off anything else in our Amazon shop until the end of the month, blades included.",
     [M], "en", ["violation", "plain", "coupon"],
     "A discount code for further purchases sent with an order is promotion (policy.md B, coupons)."),
    ("Percival, a quick heads-up since you play with the Flintwing blade: the Flintwing Carbon Pro "
     "lands on our shelf next Tuesday, with a stiffer build and a larger sweet spot, and early "
     "orders ship the same afternoon.",
     [M], "en", ["violation", "careful", "new-product"],
     "Announcing a new product to a past buyer is marketing even without the words new or sale "
     "(policy.md B)."),
    ("Lucian, we hope the Corvane Z9 is settling into your game. Once your thoughts on it are up "
     "on the Amazon page, drop us a quick message here. A tube of Loftrunner 77 shuttles will be "
     "on its way to you that same week.",
     [R], "en", ["violation", "split", "incentive"],
     "Free shuttles promised once a review is posted, spread over three sentences (policy.md C1)."),
    ("Tamsin, so glad to hear the Spinmarten S6 has your daughter returning serves she couldn't "
     "touch a month ago! Would you mind saying exactly that on the robot's Amazon page? Other "
     "parents would love to hear it.",
     [R], "en", ["violation", "careful", "gating"],
     "Asking for a review only because the buyer just praised the product is gating, even in "
     "neutral words (policy.md section 0 point 3, C3; judgement call 1)."),
    ("Cormac, sorry the robot's oscillation arm is sticking. The quickest fix is a chat with "
     "Barnaby, who assembled it: ring him on 919-555-0112 any weekday morning and he will talk you "
     "through it.",
     [O], "en", ["violation", "careful", "phone"],
     "The shop's own phone number moves support off Amazon; no carrier or manufacturer exception "
     "applies (policy.md D3)."),
    ("Henrietta, please email the photos of the cracked blade handle to coach@wickerlobrally.com "
     "rather than attaching them here, and Ottoline will look at them tonight.",
     [O], "en", ["violation", "plain", "email"],
     "An e-mail address and an invitation to use it instead of Amazon messaging (policy.md D2)."),
    ("Ibrahim, your Clampline net and posts are packed. Many club players pair them with a bucket "
     "of Pipstorm training balls. Put both in one order this week and the bucket comes in at half "
     "its usual cost.",
     [M], "en", ["violation", "split", "bundle"],
     "A bundle offer built over three sentences: pairing, then the price cut (policy.md B)."),
    ("Wilhelmina, if you love the Bounceleaf court shoes, please leave a review on Amazon. If they "
     "pinch or rub anywhere, message us first and we will sort it out before you post anything.",
     [R], "en", ["violation", "plain", "gating"],
     "Review invited only from happy buyers, unhappy ones steered to the seller first "
     "(policy.md C3)."),
    ("Jonah, when you write up your experience with the Tackwrap overgrips on the product page, it "
     "would help other players if you mentioned how tacky they stay in a humid hall and that they "
     "turned up within two days.",
     [R], "en", ["violation", "careful", "steering"],
     "Telling the buyer what to say in the review influences its content (policy.md C7)."),
    ("Esme, the second Courtsling bag went out this morning with the zip we repaired. Now that "
     "it's sorted, could you revisit the two-star write-up you left on the bag's page? A fresh "
     "score would reflect where things stand now.",
     [R], "en", ["violation", "split", "change-review"],
     "Asking to revise a product review after the problem was fixed is still forbidden "
     "(policy.md C4, even after an issue is resolved)."),
    ("Dashiell, the robot's firmware file is too big for this inbox. Message us on WhatsApp at "
     "+44 7700 900583 and Barnaby will send it straight over.",
     [O], "en", ["violation", "plain", "messaging-app"],
     "A WhatsApp contact with a number, offered to get around the Amazon inbox (policy.md D4)."),
    ("Mr. Fairweather, for your club's next batch of shuttles, the same Loftrunner tubes are "
     "listed at wickerlobrally.com for a good bit less than on here, since we don't have "
     "marketplace fees to cover there.",
     [M, O], "en", ["violation", "careful", "discount", "url", "diversion"],
     "Pointing to the shop's own site with a lower price is diversion and a discount pitch "
     "(policy.md D1, D6, B; judgement call 5)."),
    ("Ms. Nakagawa, the partial refund won't go through on the Amazon screen today. Send us the "
     "address tied to your PayPal account. The money will land there by tonight.",
     [O], "en", ["violation", "split", "payment"],
     "A refund paid outside Amazon through PayPal (policy.md D5)."),
    ("Coach Brannigan, follow @wickerlob.rallies on Instagram for weekly footwork drills and first "
     "word on our club deals.",
     [M, O], "en", ["violation", "plain", "follow", "social"],
     "A follow-us call with a social handle and a promise of deals (policy.md B, D4)."),
    ("Ms. Oyelaran, the Pipstorm balls you picked up in March usually last a busy club about six "
     "weeks, so now is a good moment to stock up with another box before the league starts.",
     [M], "en", ["violation", "careful", "buy-again"],
     "A nudge to buy the same product again, without the words reorder or buy again "
     "(policy.md B)."),
    ("Fenella, thanks again for your order. Most of our buyers hear about us from a teammate. Send "
     "a friend our way, and once they've bought a racket from us, tell us their name and you'll "
     "both get twenty dollars back.",
     [M], "en", ["violation", "split", "referral"],
     "A refer-a-friend reward spread over three sentences (policy.md B)."),
    ("Barnaby here, Cormac. We keep a short list of players who get first pick when robot parts "
     "come back in, with prices nobody else sees. Want your name on it? Just reply yes.",
     [M], "en", ["violation", "split", "vip-list"],
     "An invitation to a members-only list with private prices is a VIP club pitch (policy.md B; "
     "judgement call 9)."),
    ("Good news, Tamsin: the Tidewhip Max in 2.1 mm black, which had sold out when you ordered the "
     "red, is back on our shelves, and we have set a few sheets aside in case you want a matching "
     "pair.",
     [M], "en", ["violation", "careful", "restock"],
     "An unasked-for back-in-stock notice selling a second sheet is promotion (policy.md B)."),
    ("Jonah, every buyer who posts a review of the Corvane Z9 this month goes into our draw for a "
     "free Spinmarten S4 robot. Winners are picked on the 30th.",
     [M, R], "en", ["violation", "plain", "giveaway", "incentive"],
     "A prize draw entered by reviewing: a giveaway and an incentive for reviews (policy.md B, "
     "C1)."),
    ("Esme, inside the lid of the robot's carry case there's a small printed square. Point your "
     "camera at it. It opens our own support chat, which answers far quicker than this inbox.",
     [O], "en", ["violation", "split", "qr"],
     "A QR square in the case leading to an outside support chat (policy.md D1, section e point "
     "3)."),
    ("Ibrahim, the one-out-of-five you left on our seller profile over the late net posts is "
     "dragging down our account health, and the posts did arrive the next day. We would be very "
     "grateful if you took it down.",
     [R], "en", ["violation", "careful", "feedback-pressure"],
     "Pressing the buyer to withdraw seller feedback because it hurts the account (policy.md "
     "C5)."),
    ("Wilhelmina, since you bought the Bounceleaf shoes, have a look at the matching Courtsling "
     "backpack: amazon.com/dp/B0F3KQ7WPN. It has a vented shoe pocket and is on sale this week.",
     [M], "en", ["violation", "plain", "cross-sell", "listing-link"],
     "Cross-selling with a link to another Amazon listing; Amazon links are marketing, not "
     "off-platform (policy.md B, D1; interface.md; judgement call 6)."),

    # ------------------------------------------------------------------ violations, Simplified
    ("柏女士您好，Tidewhip 胶皮应该已经签收了吧？在亚马逊上晒图写个评价，截图发给阿樾，我们返您 30 元红包。",
     [R], "zh", ["violation", "plain", "incentive"],
     "Cash back for a review with a screenshot (policy.md C1)."),
    ("窦老师，发球机遥控器的配对要一步步演示，光靠文字说不清。您加一下 wickerlob_cn 这个号，我们开视频手把手教您。",
     [O], "zh", ["violation", "careful", "messaging-app"],
     "A WeChat ID given without naming the app is still a messaging-app handle (policy.md D4; "
     "judgement call 7)."),
    ("闫先生，您买的 Corvane 球拍已经出库。另外附上一个小福利。下次在本店买羽毛球时输入 LOFT20，整单立减 20%。",
     [M], "zh", ["violation", "split", "coupon"],
     "A code for the next order tucked into a shipping note (policy.md B, coupons)."),
    ("小棠，发球机用着顺手的话，帮忙点个五星好评呀；要是有哪里不满意，先别急着评，直接找我们处理。",
     [R], "zh", ["violation", "plain", "rating-request", "gating"],
     "Five stars asked of satisfied buyers, the others told to hold off and contact the seller "
     "(policy.md C2, C3)."),
    ("聂阿姨，上次底板开胶的事已经给您补寄了新的，问题也解决了。您在商品页留的那几句话，方便的时候能不能按现在的情况重新写一写？",
     [R], "zh", ["violation", "careful", "change-review"],
     "Asking to rewrite the product-page words after a fix is a request to change a review "
     "(policy.md C4)."),
    ("戚先生您好！本店双十一全场羽毛球拍打八折，Corvane 系列低至六折，活动只到周日，欢迎进店看看。",
     [M], "zh", ["violation", "plain", "sale"],
     "A store-wide sale announcement (policy.md B)."),
    ("殷同学，亚马逊上这款乒乓球一次最多只能买十盒。球队要五十盒的话，直接转到我们的支付宝，我们从仓库直发。价钱还能再低一点。",
     [M, O], "zh", ["violation", "split", "discount", "payment", "diversion"],
     "Selling outside Amazon, paid by Alipay, at a lower price (policy.md D5, D6, B; judgement "
     "call 5)."),
    ("符教练，网柱的安装视频放在 wickerlobrally.com/setup 这个页面上了，打开就能看，比说明书直观多了。",
     [O], "zh", ["violation", "careful", "url"],
     "A link to the shop's own site, not needed to complete the order (policy.md D1)."),
    ("郝女士，跟您说个消息：我们的新品 Flintwing 碳素底板下周一上架，前五十单加送一对手胶。",
     [M], "zh", ["violation", "plain", "new-product"],
     "A new-product launch with a purchase gift (policy.md B)."),
    ("闫先生，Loftrunner 羽毛球用下来感觉如何？如果愿意在亚马逊上写评价，请一定带上'耐打''不掉毛'这两个词。最好再配一张球筒的照片。",
     [R], "zh", ["violation", "split", "steering"],
     "Dictating keywords and a photo for the review (policy.md C7)."),
    ("小棠，换胶皮时拿不准的话，晚上七点后拨 +1 (919) 555-0157 找 Ottoline，她边说边教，十分钟就搞定。",
     [O], "zh", ["violation", "careful", "phone"],
     "The shop's phone number for support outside Amazon (policy.md D3)."),
    ("聂阿姨，关注我们的小红书'Wickerlob乒羽'，每周更新发球机训练计划，还有粉丝抽奖。",
     [M, O], "zh", ["violation", "plain", "giveaway", "follow", "social"],
     "Follow-us on a social app with a fan lucky draw (policy.md B, D4; judgement call 8)."),
    ("戚先生，您上周给店铺留的差评我们看到了。球网晚到是快递的问题，不在我们。这条反馈让店铺分数掉了不少，麻烦您撤掉吧。",
     [R], "zh", ["violation", "split", "feedback-pressure"],
     "Asking to withdraw negative seller feedback because it lowers the shop's score "
     "(policy.md C5)."),
    ("殷同学，您买的是单面反胶底板，很多同学会再配一块正胶打反手，我们店里的 Tidewhip Pips 正好有您要的厚度，搭着用很顺。",
     [M], "zh", ["violation", "careful", "cross-sell"],
     "Recommending a second product to buy, without any offer keyword (policy.md B)."),
    ("郝女士，写完商品评价后把截图发过来，下次买羽毛球可以再便宜 15%，算是老客户专享。",
     [M, R], "zh", ["violation", "plain", "discount", "incentive"],
     "A discount on the next purchase in return for a review: incentive and promotion "
     "(policy.md C1, B; judgement call 4)."),
    ("符教练，学校采购要开发票抬头的话，请把单位信息发到 orders@wickerlobrally.com。以后批量订购也可以直接走邮件下单，不用经过亚马逊。",
     [O], "zh", ["violation", "split", "email", "diversion"],
     "An e-mail address, then an invitation to order by e-mail outside Amazon (policy.md D2, "
     "D6)."),

    # ------------------------------------------------------------------ violations, Traditional
    ("侯小姐您好，感謝在賣場下單！附上一組折價券序號 RALLY10，下次結帳輸入就能再折 10% 喔。",
     [M], "zh", ["violation", "plain", "coupon"] + TW,
     "A coupon code for the next checkout (policy.md B, coupons)."),
    ("石先生，發球機的藍牙連線用打字很難說明，您加我們的官方帳號 @wickerlobtw 傳訊息，我們開視訊一步一步帶您設定。",
     [O], "zh", ["violation", "careful", "messaging-app"] + TW,
     "A LINE official-account handle without the app's name (policy.md D4; judgement call 7)."),
    ("紀小姐，球鞋穿起來還合腳嗎？如果很滿意，歡迎上亞馬遜分享心得。如果哪裡不舒服，拜託先傳訊息給我們，先不要留言。",
     [R], "zh", ["violation", "split", "gating"] + TW,
     "Sharing invited only when satisfied, the unhappy told not to post (policy.md C3)."),
    ("巫先生，新的膠皮貼好了嗎？在亞馬遜留下五星評價並截圖給我們，就送您一組 Tackwrap 手膠當謝禮喔！",
     [R], "zh", ["violation", "plain", "incentive", "rating-request"] + TW,
     "A gift for a five-star review (policy.md C1, C2)."),
    ("卓同學，退貨運費的差額不用麻煩走亞馬遜了，我們直接轉帳到您的銀行帳戶，請把帳號和戶名回傳給我們。",
     [O], "zh", ["violation", "careful", "payment"] + TW,
     "Money paid to a bank account outside Amazon (policy.md D5)."),
    ("龔小姐，上次缺貨的三星比賽球補貨了。這批進得不多，想多囤幾盒的話，賣場連結在這裡喔：amazon.com/stores/Wickerlob。",
     [M], "zh", ["violation", "split", "listing-link", "restock"] + TW,
     "A back-in-stock notice with the storefront link (policy.md B, D1; judgement call 6)."),
    ("甘生，部發球機嘅摩打聲我哋想聽吓，你錄段片用 WhatsApp 傳俾我哋啦，號碼係 +44 7700 900583。",
     [O], "zh", ["violation", "plain", "phone", "messaging-app"] + HK,
     "A WhatsApp number for sending the video (policy.md D3, D4)."),
    ("霍太，球拍斷線嗰件事我哋已經幫你換咗支新拍，真係唔好意思。你喺商品頁寫嗰段說話，而家情況唔同咗，可唔可以改返一改？",
     [R], "zh", ["violation", "careful", "change-review"] + HK,
     "Asking to edit the product-page text after a fix (policy.md C4)."),
    ("鮑小姐，你上次買嘅 Loftrunner 羽毛球應該打得七七八八喇。我哋留咗同一批號嘅貨俾你。今個禮拜再落單，每筒平五蚊。",
     [M], "zh", ["violation", "split", "discount", "buy-again"] + HK,
     "A buy-again push with a price cut, over three sentences (policy.md B)."),
    ("屈生，寫完評價之後，將截圖電郵去 coach@wickerlobrally.com，我哋會退返一半貨款俾你。",
     [O, R], "zh", ["violation", "plain", "email", "incentive"] + HK,
     "Half the price back for a review, proof sent to an e-mail address (policy.md C1, D2)."),

    # ------------------------------------------------------------------ violations, mixed
    ("Hi Jonah，球拍线床的磅数可以按您的习惯重新穿。Next time skip the Amazon checkout: tell 阿樾 "
     "the tension you want, pay by bank transfer, and we'll string and ship within two days.",
     [O], "mixed", ["violation", "careful", "payment", "diversion", "mixed"],
     "Ordering and paying outside Amazon by bank transfer (policy.md D5, D6)."),
    ("Esme, thanks for the order! 这款 Bounceleaf 球鞋下个月会出天蓝色新款。We'll have only forty "
     "pairs at first. 想要的话提前跟我们说一声。",
     [M], "mixed", ["violation", "split", "new-product", "mixed"],
     "A new colourway announced and pre-sold (policy.md B)."),

    # ------------------------------------------------------------------ evasions, English
    ("Lucian, a 5-st%sr r%svi%sw of the Corvane Z9 would lift us above the bigger brands, so please "
     "think of us when Amazon asks." % (CY_A, CY_E, CY_E),
     [R], "en", ["evasion", "rating-request", "homoglyph"],
     "A five-star review request with Cyrillic a and e inside the words (policy.md C2, section "
     "e)."),
    ("Cormac, spare feed wheels for the robot move much faster through T%sl%sgr%sm: "
     "@wickerlob_desk, and Barnaby answers there within the hour." % (CY_E, CY_E, CY_A),
     [O], "en", ["evasion", "messaging-app", "homoglyph"],
     "A Telegram handle with the app name in look-alike letters (policy.md D4, section e)."),
    ("Tamsin, punch in R4LLY10 at checkout and your next tube of Pipstorm balls is 10% 0ff.",
     [M], "en", ["evasion", "coupon", "leetspeak"],
     "A coupon with digits for letters in the code and in 'off' (policy.md B, section e)."),
    ("Henrietta, a p0sitive r3v1ew on the shoe page gets your shipping cost sent back to you, no "
     "questions asked.",
     [R], "en", ["evasion", "incentive", "rating-request", "leetspeak"],
     "Money back for a positive review, spelled in leetspeak (policy.md C1, C2, section e)."),
    ("Ibrahim, the quickest way to get the net tension sorted is T e l e g r a m: search for our "
     "shop name there and Barnaby will pick it up tonight.",
     [O], "en", ["evasion", "messaging-app", "spacing"],
     "Telegram spelled with spaces as the place to get help (policy.md D4, section e)."),
    ("Wilhelmina, add L O F T 2 0 when you pay for your next batch of shuttles and a fifth comes "
     "off the total.",
     [M], "en", ["evasion", "coupon", "spacing"],
     "A discount code broken up with spaces (policy.md B, section e)."),
    ("Jonah, we post a new serve drill each Friday on I-n-s-t-a-g-r-a-m under wickerlob.rallies, "
     "so come and follow along.",
     [M, O], "en", ["evasion", "follow", "social", "separator"],
     "A follow-us call with Instagram split by hyphens (policy.md B, D4, section e)."),
    ("Esme, post a r.e.v.i.e.w of the Loftrunner tubes and a second tube comes to you at no cost.",
     [R], "en", ["evasion", "incentive", "separator"],
     "A free tube for a review, the key word broken by dots (policy.md C1, section e)."),
    ("Dashiell, send the receipt photo to coach%s@%swickerlobrally%s.com and we'll untangle the "
     "grip mix-up from there." % (ZW, ZW, ZW),
     [O], "en", ["evasion", "email", "zero-width"],
     "An e-mail address cut by zero-width spaces (policy.md D2, section e)."),
    ("Mr. Fairweather, if you could spare a fi%sve-st%sar rat%sing for the robot, the whole "
     "workshop would cheer." % (ZW, ZW, ZW),
     [R], "en", ["evasion", "rating-request", "zero-width"],
     "A five-star rating request hidden with zero-width spaces (policy.md C2, section e)."),
    ("Ms. Nakagawa, the code %s takes 12 percent off any restring kit in our shop this month."
     % fw("SMASH12"),
     [M], "en", ["evasion", "coupon", "fullwidth"],
     "A coupon code in full-width letters (policy.md B, section e)."),
    ("Percival, write to %s and Ottoline will go over your blade photos herself."
     % fw("coach@wickerlobrally.com"),
     [O], "en", ["evasion", "email", "fullwidth"],
     "A full-width e-mail address (policy.md D2, section e)."),
    ("Greta, when Amazon asks how the Pipstorm balls did, %s is the answer we're hoping for %s"
     % (STAR * 5, PING),
     [R], "en", ["evasion", "rating-request", "emoji"],
     "Five star emoji as the hoped-for rating (policy.md C2, E; judgement call 12)."),
    ("Coach Brannigan, for the club invoice write to orders at wickerlobrally dot com, or ring "
     "Barnaby on oh seven seven oh oh, nine oh oh five eight three.",
     [O], "en", ["evasion", "email", "phone", "spelled-email", "number-words"],
     "A spelled-out e-mail address and a UK mobile number in words (policy.md D2, D3, section "
     "e)."),

    # ------------------------------------------------------------------ evasions, Simplified
    ("窦老师，球拍收到后麻烦在亚马逊给个 haoping，截图发过来就 fanxian 二十块，当天到账。",
     [R], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
     "Cash back for a positive review, in pinyin (policy.md C1, C2, section e)."),
    ("闫先生，发球机遥控器有视频教程，加薇信 wickerlob_cn 就发给您。",
     [O], "zh", ["evasion", "messaging-app", "homophone"],
     "WeChat written with a homophone character (policy.md D4, section e)."),
    ("小棠，手胶有问题直接拨这个号码：九一九 五五五 零一一二，Ottoline 白天都在。",
     [O], "zh", ["evasion", "phone", "cn-numerals"],
     "A phone number in Chinese numerals (policy.md D3, section e)."),
    ("聂阿姨，以后买羽毛球不用在亚马逊下单了，加阿樾的绿泡泡，直接报数量，我们按批发价给您寄。",
     [M, O], "zh", ["evasion", "discount", "messaging-app", "diversion", "nickname"],
     "Ordering through WeChat under its nickname, at a wholesale price (policy.md D4, D6, B)."),
    ("戚先生，机器固件我们用小飞机发：先搜 wickerlob，后面加下划线，再跟 desk 四个字母。",
     [O], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
     "Telegram by nickname with the handle given in pieces (policy.md D4, section e)."),
    ("殷同学，乒乓球用得怎么样？本月 好 评 返 现 还没结束，写完把截图发给阿樾就能领。",
     [R], "zh", ["evasion", "incentive", "rating-request", "spacing"],
     "Cash back for a positive review, the phrase spread with spaces (policy.md C1, C2, section "
     "e)."),
    ("郝女士，上次的差/评如果能删/掉，这一单的运费我们全额退给您。",
     [R], "zh", ["evasion", "incentive", "change-review", "separator"],
     "Refund offered for deleting a negative review, words broken by slashes (policy.md C4, C1, "
     "section e)."),
    ("符教练，球网用着还行的话，给我们点亮 %s 吧 %s" % (STAR * 5, SHUTTLE),
     [R], "zh", ["evasion", "rating-request", "gating", "emoji"],
     "Five star emoji asked of satisfied buyers only (policy.md C2, C3, E)."),
    ("柏女士，老顾客再买底板有 youhui：结账时填 SPIN15，立减百分之十五。",
     [M], "zh", ["evasion", "coupon", "pinyin"],
     "A coupon announced with the pinyin for discount (policy.md B, section e)."),

    # ------------------------------------------------------------------ evasions, Traditional
    ("侯小姐，球拍穿線磅數想客製的話，加賴 @wickerlobtw 傳訊息給我們喔。",
     [O], "zh", ["evasion", "messaging-app", "homophone"] + TW,
     "LINE written as the homophone 賴 with the handle (policy.md D4, section e)."),
    ("霍太，部機有咩問題直接打俾我哋：零七七零零 九零零二九六，唔使喺度等覆。",
     [O], "zh", ["evasion", "phone", "cn-numerals"] + HK,
     "A UK mobile number in Chinese numerals (policy.md D3, section e)."),
    ("巫先生，膠皮的問題已經換新了，之前那顆 %s 可以改成 %s 嗎？拜託囉 %s" % (STAR, STAR * 5, PING),
     [R], "zh", ["evasion", "rating-request", "change-review", "emoji"] + TW,
     "Asking to turn one star into five, written with emoji (policy.md C4, C2, E)."),
    ("鮑小姐，之後買波直接搵我哋個紙飛機，搜 wickerlob 底線 desk 就得，仲平過喺亞馬遜落單。",
     [M, O], "zh", ["evasion", "discount", "messaging-app", "diversion", "nickname",
                    "split-handle"] + HK,
     "Buying through Telegram, named by nickname, with the handle in pieces and a lower price "
     "(policy.md D4, D6, B)."),
    ("卓同學，發票可以寄到 %s，我們收到就回信喔。" % fw("orders@wickerlobrally.com"),
     [O], "zh", ["evasion", "email", "fullwidth"] + TW,
     "A full-width e-mail address (policy.md D2, section e)."),

    # ------------------------------------------------------------------ evasions, mixed
    ("Hi Dashiell，球拍穿线的问题 easiest to sort out on the green app: text nine one nine, five "
     "five five, oh one five seven，阿樾会马上回复。",
     [O], "mixed", ["evasion", "phone", "messaging-app", "nickname", "number-words", "mixed"],
     "An app by nickname and the shop number in words (policy.md D3, D4, section e)."),
    ("甘生，多謝支持！新款 Flintwing blade 下個月出，想搶先睇就 email 我哋：wickerlob dot desk "
     "at gmail dot com，early bird 價平兩成。",
     [M, O], "mixed", ["evasion", "discount", "new-product", "email", "spelled-email"] + HK
     + ["mixed"],
     "A launch with an early-bird price and a spelled-out e-mail address (policy.md B, D2, "
     "section e)."),

    # ------------------------------------------------------------------ near-misses, English
    ("Percival, we're sorry the Flintwing blade arrived with a chipped edge. A full refund for "
     "order 113-6620418-2907351 went through this morning and should reach your card within a few "
     "business days; there's no need to send the blade back.",
     [], "en", ["near-miss", "remedy"],
     "A refund as a remedy, with no link to a review (policy.md C near-misses; judgement call "
     "11)."),
    ("Greta, the Tidewhip sheet you received was the wrong thickness. We've sent the 2.1 mm one "
     "free of charge under tracking TBA417205836619, and you can keep the first sheet.",
     [], "en", ["near-miss", "remedy"],
     "A free replacement is a remedy, not a promotion (policy.md B near-misses)."),
    ("Tamsin, your robot's order number is 112-5550163-7092418, and the spare power adapter ships "
     "under that same order tomorrow morning.",
     [], "en", ["near-miss", "lookalike-number"],
     "The order id holds 555-0163, which looks like a phone number (policy.md D near-misses)."),
    ("Cormac, USPS lists your net post clamps under 9405 5036 9930 0417 2268 41; they were scanned "
     "at the regional hub last night and should reach you Thursday.",
     [], "en", ["near-miss", "lookalike-number"],
     "A long tracking number in groups of four is not a phone number (policy.md D near-misses)."),
    ("Henrietta, to be clear, we never offer anything in exchange for reviews, and nobody on our "
     "team will ask you to get in touch outside Amazon. Your new grip pack is on its way.",
     [], "en", ["near-miss", "negation"],
     "Review and off-Amazon words appear only in a denial (policy.md section 0 point 4)."),
    ("Ibrahim, now that the Clampline net has been up for a couple of weeks, would you share how "
     "it's working for you in a review on Amazon? Whatever your experience, it helps other players "
     "choose. Order 114-7730265-0183947.",
     [], "en", ["near-miss", "neutral-request"],
     "One neutral review request, no rating, reward or condition (policy.md C near-misses; "
     "interface.md; judgement call 2)."),
    ("Wilhelmina, when you have a moment, the Bounceleaf product page on Amazon has room for your "
     "honest impressions of the shoes, good or bad. This is our only note about it for order "
     "111-2957604-8841236.",
     [], "en", ["near-miss", "neutral-request"],
     "A single balanced invitation, good or bad (policy.md C near-misses; judgement call 2)."),
    ("Jonah, you can begin the return for the shoes in Your Orders on Amazon; pick 'wrong size' "
     "and Amazon will send you the prepaid label itself.",
     [], "en", ["near-miss", "amazon-page"],
     "Sending the buyer to Amazon's own order page for a return (policy.md D near-misses)."),
    ("Esme, the 10% coupon you spotted on the Loftrunner page is one Amazon runs itself: tick the "
     "box under the price before adding the tubes to your cart and it comes off at checkout. We "
     "can't extend it past its end date.",
     [], "en", ["near-miss", "answer"],
     "Explaining an Amazon coupon the buyer asked about (policy.md B near-misses; judgement call "
     "10)."),
    ("Dashiell, thanks for offering your phone number, but we'd rather keep everything in this "
     "Amazon thread so there's a record for both of us. Please add the photos of the robot's feed "
     "tray here.",
     [], "en", ["near-miss", "refusal"],
     "Declining the buyer's phone contact and staying on Amazon (policy.md D; judgement call 13)."),
    ("Mr. Fairweather, the missing net post has been delivered and the delay charge was refunded. "
     "If you feel we've now put things right, you're able to revise or withdraw the seller "
     "feedback you left; that choice is entirely yours.",
     [], "en", ["near-miss", "feedback-notice"],
     "The neutral seller-feedback notice after resolution (policy.md C5 allowed form; judgement "
     "call 3)."),
    ("Ms. Nakagawa, the 3-star grade printed on the Pipstorm box is the ball's match rating; the "
     "1-star box is our training grade, so for league nights the 3-star box is the one to pick.",
     [], "en", ["near-miss", "product-word"],
     "Star grades of table tennis balls are product facts (policy.md C near-misses; judgement "
     "call 14)."),
    ("Coach Brannigan, to take the net down between sessions, loosen the clamps; the posts are "
     "free-standing on weighted feet, so they won't tip over when the net is off.",
     [], "en", ["near-miss", "product-word"],
     "Free-standing is a product word, not an offer (policy.md B near-misses)."),
    ("Lucian, you wrote: 'I'll give you five stars if the next racket isn't warped.' There's no "
     "need to promise anything; the new Corvane Z9 was checked on a flat plate before it left "
     "today.",
     [], "en", ["near-miss", "quoted-buyer"],
     "The five stars are the buyer's words, and the seller waves them off (policy.md D "
     "near-misses on quoted text; judgement call 15)."),
    ("Ms. Oyelaran, about your note 'can I just WhatsApp you the pictures?': please attach them to "
     "this message instead, since Amazon's messaging page takes files up to ten megabytes.",
     [], "en", ["near-miss", "quoted-buyer"],
     "WhatsApp appears only in the buyer's quoted question, answered with Amazon messaging "
     "(policy.md D near-misses)."),
    ("Greta, we've cancelled the duplicate order you placed by accident and updated the shipping "
     "address on the remaining one to your club, so nothing else needs changing on your side.",
     [], "en", ["near-miss", "logistics-word"],
     "Cancel, update and change used for logistics (policy.md A near-misses, section 0 point 4)."),
    ("Cormac, the robot didn't pass the final review on our test bench because of a loose feed "
     "wheel, so we held it back a day; it is fixed and leaves with the carrier this afternoon.",
     [], "en", ["near-miss", "review-word"],
     "Review means a quality check here (policy.md section 0 point 4)."),
    ("Tamsin, thank you for letting us know you'd posted a review of the Spinmarten S6, and for "
     "the tip about the remote's battery cover; Barnaby will make it snugger on the next batch.",
     [], "en", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned, asking for nothing (policy.md C near-misses)."),
    ("Henrietta, the Royal Mail tracking number for your shuttles is JX618204937GB; entering it on "
     "the Royal Mail site shows the delivery window for tomorrow.",
     [], "en", ["near-miss", "carrier-site"],
     "Pointing to the carrier's own tracking, no link or outside contact (policy.md D near-misses)."),
    ("Ibrahim, the Spinmarten robot is covered by a two-year warranty from the day it was "
     "delivered. If the motor stops again, open a claim through Your Orders and we will ship a new "
     "head.",
     [], "en", ["near-miss", "warranty"],
     "Warranty handled through Amazon (policy.md D near-misses)."),
    ("Jonah, the $64.50 you paid for the Courtsling bag included the shoe-pocket version, which is "
     "why it came to a few dollars more than the basic bag you saw listed.",
     [], "en", ["near-miss", "price-paid"],
     "Explaining the price already paid is not an offer (policy.md B near-misses)."),
    ("Dashiell, if the robot freezes, hold the restart button for five seconds; the startup light "
     "should then blink green twice.",
     [], "en", ["near-miss", "substring"],
     "Star hides inside restart and startup (policy.md section 0 point 4)."),
    ("Fenella, you asked whether the Corvane Z9 will be part of Amazon's Prime Day event: Amazon "
     "chooses those deals and hasn't told us yet, and we can't hold a price for anyone. Any deal "
     "would show on the listing automatically.",
     [], "en", ["near-miss", "answer"],
     "Answering a question about an Amazon event, offering nothing (policy.md B near-misses; "
     "judgement call 10)."),

    # ------------------------------------------------------------------ near-misses, Simplified
    ("窦老师，您问的那篇底板对比文章，我们检索评测资料后确认：Flintwing 是七层结构，比上一代略硬。",
     [], "zh", ["near-miss", "substring"],
     "检索评测 contains 索评 across a word boundary (policy.md section 0 point 4)."),
    ("闫先生，亚马逊商品页的搜索评论框可以按关键词筛选，输入'发球机噪音'就能看到其他买家怎么说。",
     [], "zh", ["near-miss", "substring"],
     "搜索评论 contains 索评; the message only explains Amazon's search (policy.md section 0 point "
     "4)."),
    ("柏女士，羽毛球筒压扁了，非常抱歉。订单 114-9062371-3350284 已经全额退款，原路返回，三到五个工作日到账，球不用寄回。",
     [], "zh", ["near-miss", "remedy"],
     "A full refund as the remedy for a damaged parcel (policy.md C near-misses)."),
    ("小棠，按您的要求已经取消了重复下的那一单，另一单的收货地址也修改成学校传达室了。",
     [], "zh", ["near-miss", "logistics-word"],
     "取消 and 修改 for a duplicate order and an address (policy.md C near-misses)."),
    ("聂阿姨，您的订单号是 111-5550129-4438016，发球机的备用电源线会跟着这个订单补发过去。",
     [], "zh", ["near-miss", "lookalike-number"],
     "The order id holds 555-0129 (policy.md D near-misses)."),
    ("戚先生，球网用了一段时间了，方便的话欢迎在亚马逊商品页写下您真实的使用感受，好的坏的都有参考价值。订单号 113-3108852-6675049。",
     [], "zh", ["near-miss", "neutral-request"],
     "One neutral invitation, good or bad (policy.md C near-misses; judgement call 2)."),
    ("殷同学，您问的三星球是比赛级别的，一星球适合多球训练；这里的'星'指用球等级，跟评分没有关系。",
     [], "zh", ["near-miss", "product-word"],
     "三星球 is a ball grade (policy.md C near-misses; judgement call 14)."),
    ("符教练，说明书第六页有发球机的旋转强度评测表，一到十档分别对应不同转速，训练时可以对照着调。",
     [], "zh", ["near-miss", "product-word"],
     "评测表 is a chart in the manual (policy.md C near-misses)."),
    ("郝女士，您说'再不到就给差评'，我们理解您着急。坏掉的手胶已经重新寄出，单号 SF1497320586614，明天能到。",
     [], "zh", ["near-miss", "quoted-buyer"],
     "差评 is the buyer's own threat, quoted (policy.md C near-misses; judgement call 15)."),
    ("闫先生，阿樾这边先评估一下底板裂纹是不是运输造成的，请在这里上传两张照片，周五前给您答复。",
     [], "zh", ["near-miss", "review-word"],
     "评估 is an assessment, not a review (policy.md section 0 point 4)."),
    ("小棠，发球机保修两年，从签收那天算起。马达异响属于保修范围，请在亚马逊订单页面提交申请，我们补发新机头。",
     [], "zh", ["near-miss", "warranty"],
     "Warranty through the Amazon order page (policy.md D near-misses)."),
    ("柏女士，您下单时的价格是 39.99 美元，页面第二天降价是亚马逊自己的限时活动，我们这边没办法调整。",
     [], "zh", ["near-miss", "price-paid"],
     "The price paid and an Amazon price drop, with no offer (policy.md B near-misses)."),
    ("戚先生，您看到的满两百减二十是亚马逊平台的优惠活动，结账时自动扣减，不需要填任何代码。",
     [], "zh", ["near-miss", "answer"],
     "Explaining an Amazon promotion the buyer asked about (policy.md B near-misses; judgement "
     "call 10)."),
    ("殷同学，我们不会用返现或礼品换评价，也不会请您到站外联系。补发的球拍今天已经出库。",
     [], "zh", ["near-miss", "negation"],
     "返现, 礼品 and 评价 appear only in a denial (policy.md section 0 point 4)."),
    ("聂阿姨，缺的那根网柱已经送到，延误的运费也退给您了。如果您觉得这件事已经处理妥当，之前给店铺的反馈要不要更新，完全由您自己决定。",
     [], "zh", ["near-miss", "feedback-notice"],
     "The neutral seller-feedback notice after resolution (policy.md C5 allowed form; judgement "
     "call 3)."),
    ("窦老师，谢谢您愿意加我们微信，不过售后都在亚马逊消息里处理，这样记录清楚，对您也更有保障。",
     [], "zh", ["near-miss", "refusal"],
     "微信 appears only in declining the buyer's offer (policy.md D; judgement call 13)."),
    ("郝女士，您的包裹顺丰单号是 SF1283605974421，可以在顺丰官网输入单号查看派送时间。",
     [], "zh", ["near-miss", "carrier-site"],
     "The carrier's own site for tracking, no link (policy.md D near-misses)."),

    # ------------------------------------------------------------------ near-misses, Traditional
    ("侯小姐，球拍斷線真的很抱歉，已經幫您辦好退款，大約三到五個工作天入帳，球拍不用寄回喔。",
     [], "zh", ["near-miss", "remedy"] + TW,
     "A refund as a remedy (policy.md C near-misses)."),
    ("石先生，訂單 112-0376648-9914705 的發球機已經交給物流，追蹤編號 TBA093628471150，預計三個工作天送到。",
     [], "zh", ["near-miss", "lookalike-number"] + TW,
     "An order id and a tracking number, neither a phone (policy.md D near-misses)."),
    ("紀小姐，您說「再出問題就直接打一星」，我們明白。新的手膠已經出貨，這次每一捲都檢查過了喔。",
     [], "zh", ["near-miss", "quoted-buyer"] + TW,
     "一星 is the buyer's quoted threat (policy.md C near-misses; judgement call 15)."),
    ("巫先生，謝謝您告訴我們已經在亞馬遜留了評價，也謝謝您提醒膠皮的包裝袋容易破，下一批會改用硬紙套喔。",
     [], "zh", ["near-miss", "review-thanks"] + TW,
     "Thanks for a review the buyer mentioned (policy.md C near-misses)."),
    ("卓同學，您查到的那份「檢索評測」報告是別家做的，我們的底板沒有參加，所以裡面找不到囉。",
     [], "zh", ["near-miss", "substring"] + TW,
     "檢索評測 holds 索評 across a word boundary (policy.md section 0 point 4)."),
    ("甘生，部發球機仲喺保養期內，摩打有問題我哋免費幫你換，喺亞馬遜訂單頁開個申請就得。",
     [], "zh", ["near-miss", "warranty"] + HK,
     "Free repair under warranty through the Amazon order page (policy.md B and D near-misses)."),
    ("霍太，你叫我哋取消嗰張重複單已經取消咗，另一張單嘅送貨地址都改咗去你公司。",
     [], "zh", ["near-miss", "logistics-word"] + HK,
     "取消 for a duplicate order the buyer asked to cancel (policy.md A near-misses)."),
    ("鮑小姐，你見到嗰個八折係亞馬遜自己嘅限時優惠，我哋控制唔到，結帳時會自動計。",
     [], "zh", ["near-miss", "answer"] + HK,
     "Answering about Amazon's own limited-time promotion (policy.md B near-misses; judgement "
     "call 10)."),
    ("屈生，你落單嗰陣嘅價格係 45 美金，包埋兩卷手膠，所以會比淨買球拍貴少少。",
     [], "zh", ["near-miss", "price-paid"] + HK,
     "Explaining the price paid (policy.md B near-misses)."),

    # ------------------------------------------------------------------ near-miss, mixed
    ("Hi Percival，你问的 free-hand serve mode 是 Spinmarten S6 的一个训练功能，不是促销活动。Just "
     "press the mode button twice to turn it on.",
     [], "mixed", ["near-miss", "product-word", "mixed"],
     "Free names a robot mode (policy.md B near-misses)."),

    # ------------------------------------------------------------------ clean, English
    ("Percival, the Brightmoor table travels on a pallet with a two-person freight crew. Which "
     "weekday afternoon next week suits you for the drop-off? They need about twenty minutes and a "
     "clear path to the garage.",
     [], "en", ["clean"],
     "Scheduling a bulky delivery is a permitted message (policy.md A)."),
    ("Greta, the Loftrunner 78 tubes are held up at the port for a customs inspection, so your "
     "parcel will leave our warehouse about four days later than planned. We're sorry for the "
     "wait.",
     [], "en", ["clean"],
     "A delay notice (policy.md A near-misses)."),
    ("Lucian, before we engrave the blade handle, please confirm the spelling: 'L. Marchetti' in "
     "block capitals on the left side. We'll begin as soon as you reply.",
     [], "en", ["clean"],
     "Verifying a custom design (policy.md A)."),
    ("Tamsin, the Tidewhip Max comes with a 1.8, 2.0 or 2.1 mm sponge; for a looping forehand most "
     "club players settle on 2.0.",
     [], "en", ["clean"],
     "Answering a product question (policy.md A)."),
    ("Cormac, for a first sheet, brush two thin coats of water-based glue on the sponge and one on "
     "the blade, and wait until each coat turns clear before pressing them together.",
     [], "en", ["clean"],
     "Gluing advice in reply to the buyer (policy.md A)."),
    ("Henrietta, the robot head clicks into the top of the ball tray; if it wobbles, tighten the "
     "silver knob at the back by hand rather than with a tool.",
     [], "en", ["clean"],
     "Set-up help in reply (policy.md A)."),
    ("Ibrahim, the Bounceleaf shoes run about half a size small, so if you're between sizes, the "
     "larger pair is the safer pick.",
     [], "en", ["clean"],
     "Sizing advice in reply (policy.md A)."),
    ("Wilhelmina, the Courtsling backpack holds two rackets in the main compartment, and the shoe "
     "pocket has mesh vents along the bottom.",
     [], "en", ["clean"],
     "Answering a question about the bag she bought (policy.md A)."),
    ("Jonah, your racket needs a string tension before we string it: 24, 26 or 28 pounds. Let us "
     "know which, and it goes out the next morning.",
     [], "en", ["clean"],
     "Information needed to complete the order (policy.md A)."),
    ("Esme, the courier says the flat number is missing from your delivery address. Could you "
     "confirm it here so the parcel isn't held at the depot?",
     [], "en", ["clean"],
     "Critical delivery information (policy.md A)."),
    ("Dashiell, you asked about storing feather shuttles: keep the tubes upright somewhere cool "
     "and a little humid, and they will keep their flight much longer.",
     [], "en", ["clean"],
     "Answering a care question (policy.md A)."),
    ("Mr. Fairweather, the Clampline posts grip tables up to five centimetres thick, so your "
     "club's four-centimetre tables will be fine.",
     [], "en", ["clean"],
     "Answering a fit question (policy.md A)."),
    ("Ms. Oyelaran, as you asked, the robot's manual is attached as a PDF; page nine covers the "
     "spin settings.",
     [], "en", ["clean"],
     "Sending a manual the buyer asked for (policy.md A near-misses)."),

    # ------------------------------------------------------------------ clean, Simplified
    ("窦老师，Brightmoor 球台属于大件，物流需要和您约送货时间，下周哪天下午方便？搬运要两位师傅，大约二十分钟。",
     [], "zh", ["clean"],
     "Scheduling a bulky delivery (policy.md A)."),
    ("闫先生，这批羽毛球在海关抽检，发货会比原计划晚四天左右，给您添麻烦了。",
     [], "zh", ["clean"],
     "A delay notice (policy.md A near-misses)."),
    ("小棠，球拍穿线前要确认磅数：二十四、二十六还是二十八磅？您回复后第二天就发出。",
     [], "zh", ["clean"],
     "Information needed to complete the order (policy.md A)."),
    ("聂阿姨，Tidewhip 胶皮的海绵有一点八、二点零、二点一毫米三种，横拍弧圈打法一般选二点零。",
     [], "zh", ["clean"],
     "Answering a product question (policy.md A)."),
    ("戚先生，发球机出球不稳的话，先看看球盘里有没有变形的球，再把出球轮擦干净。",
     [], "zh", ["clean"],
     "Troubleshooting in reply (policy.md A)."),
    ("殷同学，手胶从拍柄底部开始缠，每一圈压住上一圈的三分之一，缠到顶部用收尾胶带固定。",
     [], "zh", ["clean"],
     "How to wrap a grip, in reply (policy.md A)."),
    ("郝女士，Bounceleaf 球鞋偏小半码，脚背高的话建议选大半码。",
     [], "zh", ["clean"],
     "Sizing advice in reply (policy.md A)."),
    ("符教练，底板刻字按'市三中乒乓队'排版，放在拍柄左侧居中，您确认后我们就开始刻。",
     [], "zh", ["clean"],
     "Verifying a custom engraving (policy.md A)."),
    ("柏女士，快递反映收货地址缺少门牌号，麻烦在这里回复一下，免得包裹滞留在网点。",
     [], "zh", ["clean"],
     "Critical delivery information (policy.md A)."),
    ("小棠，您要的发球机说明书已附在这条消息里，旋转设置在第九页。",
     [], "zh", ["clean"],
     "Sending a requested manual (policy.md A near-misses)."),

    # ------------------------------------------------------------------ clean, Traditional
    ("侯小姐，球桌屬於大型商品，物流會先跟您約到貨時間，請問下週哪個下午方便？搬運大概需要二十分鐘喔。",
     [], "zh", ["clean"] + TW,
     "Scheduling a bulky delivery (policy.md A)."),
    ("石先生，膠皮黏貼建議用水性膠水，海綿面塗兩層、底板塗一層，等膠完全變透明再貼合喔。",
     [], "zh", ["clean"] + TW,
     "Gluing advice in reply (policy.md A)."),
    ("紀小姐，球鞋因為颱風延後出貨，預計比原本晚兩個工作天到，造成不便很抱歉。",
     [], "zh", ["clean"] + TW,
     "A delay notice (policy.md A near-misses)."),
    ("甘生，羽毛球筒要企住放，擺喺陰涼又有少少濕氣嘅地方，啲毛就冇咁易斷。",
     [], "zh", ["clean"] + HK,
     "Storage advice in reply (policy.md A)."),
    ("霍太，網柱夾得住五厘米以內嘅枱，你公司張枱四厘米厚，夾得穩㗎。",
     [], "zh", ["clean"] + HK,
     "Answering a fit question (policy.md A)."),
    ("鮑小姐，部發球機個頭要扣落波盤頂，如果有少少搖，用手收緊後面個銀色旋鈕就得，唔使用工具。",
     [], "zh", ["clean"] + HK,
     "Set-up help in reply (policy.md A)."),

    # ------------------------------------------------------------------ clean, mixed
    ("Hi Greta，你订的 Corvane Z9 要先确认拍柄尺寸：G5 还是 G6？Reply here and we'll string it the "
     "same day.",
     [], "mixed", ["clean", "mixed"],
     "Information needed to complete the order (policy.md A)."),
]


def records():
    rows = list(RECORDS)
    random.Random(87).shuffle(rows)
    out = []
    for n, (text, labels, lang, tags, note) in enumerate(rows, 1):
        out.append({"id": "h87-%03d" % n, "text": text, "labels": sorted(labels), "lang": lang,
                    "tags": list(tags), "note": note})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout87.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RECORDS), path))


if __name__ == "__main__":
    main()
