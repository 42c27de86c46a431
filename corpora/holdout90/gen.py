#!/usr/bin/env python3
"""Builds holdout90.jsonl: 160 hand-labelled messages from Brannoch Sauna & Soak to its buyers.

Every text below was written for this set.  Hard-to-see characters are spelled with the
helpers ZW (zero-width space), CY_a / CY_A / CY_o (Cyrillic look-alikes) and fw() (full-width
Latin); they are written to the JSONL file as the characters themselves.

Each entry: (text, labels, lang, tags, note).  Tags: category; for violations a style
(plain / careful / split); subtypes grouped in label order; for evasions the disguise(s), for
near-misses one trap; then traditional, taiwanese / cantonese, mixed.

Usage: python3 gen.py        (writes holdout90.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout90.jsonl")

ZW = "\u200b"          # zero-width space
CY_a = "\u0430"        # Cyrillic small a
CY_A = "\u0410"        # Cyrillic capital A
CY_o = "\u043e"        # Cyrillic small o


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.'."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


M = "marketing"
O = "off-platform-contact"
R = "review-inducement"

ENTRIES = [
    # ================================================================ violations: careful
    ("Hi Wilhelmina, once you've had a few evenings with the Emberlay blanket, I'd love to "
     "read what you make of it on its Amazon page. Send me a screenshot when your words are up "
     "and I'll pop a spare carry bag in the post for you, on the house.",
     [R], "en", ["violation", "careful", "incentive"],
     "A spare carry bag 'on the house' in return for a screenshot of the buyer's words on the "
     "listing is compensation for a review, even though the words review and free never appear "
     "(policy.md C1, section e point 6)."),
    ("Desmond, small workshops like ours live or die by the little row of marks under each "
     "listing. If the Heathglow panel has earned the top mark in your eyes, clicking the last "
     "one on its page would make our month.",
     [R], "en", ["violation", "careful", "rating-request"],
     "'Clicking the last one' of the row of marks is a request for the highest rating, made "
     "without the word star (policy.md C2)."),
    ("Griselda, if the cover has been doing its job, a line or two on its Amazon page would help "
     "other tub owners decide. If anything about it has let you down, please come straight to me "
     "instead and hold off on posting until I've had the chance to put it right.",
     [R], "en", ["violation", "careful", "gating"],
     "Invites only satisfied buyers to post and asks unhappy ones to hold off and come to the "
     "seller first: gating in ordinary words (policy.md C3)."),
    ("Barnaby, the second cover reached you on Saturday and fits, which is a relief for both of "
     "us. What you posted under the listing still describes the first one with the split seam; "
     "would you be willing to revisit those words so they match how things stand now?",
     [R], "en", ["violation", "careful", "change-review"],
     "Asks the buyer to revisit what they posted under the listing after the problem was fixed; "
     "a request to change a product review is barred even after resolution (policy.md C4)."),
    ("Philomena, we keep a short list of regular customers who hear about each new batch of "
     "cedar buckets a week before anyone else. If you'd like to be on it, reply with your "
     "personal address and Linnea will add you to the mailing list directly.",
     [M, O], "en", ["violation", "careful", "vip-list", "email"],
     "An early-access list of regulars is a promotion, and collecting the buyer's personal "
     "address for a mailing list moves contact off Amazon (policy.md B, D2)."),
    ("Lorcan, a tub your size gets through a jar of Tidewell granules roughly every eight weeks. "
     "We can post a fresh jar on that schedule and charge your card ourselves each time, so you "
     "never run short mid-season.",
     [M, O], "en", ["violation", "careful", "subscription", "payment"],
     "An unsolicited repeat-delivery plan is a sales push, and charging the buyer's card "
     "directly is payment outside Amazon (policy.md B, D5)."),
    ("Henrietta, the panel's wiring is easier to sort out in a two-minute conversation than in "
     "ten messages. Linnea is on 207-555-0163 most evenings after six; just ring and mention the "
     "Heathglow.",
     [O], "en", ["violation", "careful", "phone"],
     "The shop's own number with an invitation to ring it; not a carrier, warranty or "
     "manufacturer line, so the D3 exception does not apply (policy.md D3)."),
    ("Tamsin, the card tucked under the lid of the thermometer box has a small black-and-white "
     "square in the corner. Point your camera at it and it opens our own help desk, where Linnea "
     "answers faster than in here.",
     [O], "en", ["violation", "careful", "qr", "diversion"],
     "The 'black-and-white square' is a QR code to the shop's own help desk, and 'faster than "
     "in here' pulls the buyer out of Amazon messaging (policy.md D1, D6, section e point 3)."),
    ("Osgood, each month we pick one owner at random to receive a full cedar bucket set. To be "
     "in the running, post a picture of your sauna corner on your own social page and tag the "
     "shop's name.",
     [M, O], "en", ["violation", "careful", "giveaway", "social"],
     "A monthly prize draw is a promotion, and entry runs through the buyer's social page "
     "(policy.md B, D4)."),
    ("Mr. Valdivia, if a friend or neighbour orders a hot-tub cover and mentions your name in "
     "their message to us, we'll take fifteen dollars off whatever you order from us next.",
     [M], "en", ["violation", "careful", "discount", "referral"],
     "A reward for bringing in a friend, paid as money off the next order: referral and "
     "discount marketing (policy.md B)."),
    ("Ms. Nakashima, the charcoal-grey Lidmoor cover sold out over the winter and is back on the "
     "shelf as of this week, in case you fancied a second one for the cabin tub you mentioned.",
     [M], "en", ["violation", "careful", "restock"],
     "An unprompted back-in-stock notice that suggests buying a second cover is promotional "
     "(policy.md B)."),
    ("Rosamund, a lot of cover owners end up adding our lifter arm, because it lets one person "
     "slide the lid off without bending. This is the one that fits yours: "
     "amazon.com/dp/B0F3KR7TQ2",
     [M], "en", ["violation", "careful", "cross-sell", "listing-link"],
     "Suggests an extra product and links its Amazon detail page; an Amazon link is not "
     "off-platform, but a listing link used to sell more is marketing (policy.md B, D1; "
     "judgement call 6)."),
    ("任女士，桑拿毯用了几天感觉怎么样？您在商品页写下使用心得之后，把截图发给阿岚，我们就给您寄一个"
     "备用收纳袋过去，不用您付钱。",
     [R], "zh", ["violation", "careful", "incentive"],
     "Writing on the product page plus a screenshot earns a bag at no cost: compensation for a "
     "review without 评 or 礼 (policy.md C1)."),
    ("付先生，我们是几个人的小作坊，碳晶板页面上那一排分数对我们影响很大。如果您觉得板子值得满分，"
     "麻烦在亚马逊上给它打个满分。",
     [R], "zh", ["violation", "careful", "rating-request"],
     "Asks for full marks on the panel's page: a request for the top rating worded without 星 "
     "or 好评 (policy.md C2)."),
    ("龚阿姨，您在亚马逊上写使用感受的时候，能不能顺便提一句升温快、没有异味、收纳很方便？这几点新买家"
     "最关心。",
     [R], "zh", ["violation", "careful", "steering"],
     "Tells the buyer which points to put in what she writes on Amazon: steering review "
     "content (policy.md C7)."),
    ("苗老师，这个周末雪松木桶和木勺的套装会降到全年最低的价格，只到周日晚上，想给家里添一套的话正是"
     "时候。",
     [M], "zh", ["violation", "careful", "sale"],
     "A weekend-only lowest price of the year is a sale announcement (policy.md B)."),
    ("小棠，我们刚做好一款和您那只木桶配套的桦木长柄水瓢，这周已经在亚马逊上架，颜色和纹理都和木桶"
     "一样。",
     [M], "zh", ["violation", "careful", "new-product"],
     "Announces a newly listed matching ladle to a past buyer: new-product marketing without "
     "新品 or 上新 (policy.md B)."),
    ("谭先生，我们有一个桑拿毯用户群，阿岚每天晚上在群里实时答疑。您回复一下手机号，我拉您进群。",
     [O], "zh", ["violation", "careful", "messaging-app"],
     "A chat group joined by giving a mobile number is a messaging channel outside Amazon, "
     "though no app is named (policy.md D4, D6)."),
    ("卫女士，在浏览器里搜我们的店名 Brannoch Soak，就能找到我们自己的店，同一款桑拿毯在那边便宜一些，"
     "下次可以直接在那里下单。",
     [M, O], "zh", ["violation", "careful", "discount", "url", "diversion"],
     "Sends the buyer to the shop's own site by search, with a lower price there: a website "
     "pointer, diversion and a price offer (policy.md D1, D6, B)."),
    ("苗老师，滤芯一般三个月左右就该换了，您这支是三月初装的，到六月初可以再从我们这里拿一支，到时候"
     "别忘了。",
     [M], "zh", ["violation", "careful", "buy-again"],
     "A reminder to buy the next cartridge from the shop is a buy-again push (policy.md B; "
     "interface.md marketing)."),
    ("邱小姐，您在我們賣家頁面留下的那一句話，讓店鋪的整體分數掉了不少。問題既然已經處理好了，能不能"
     "麻煩您把那句話撤下來？拜託了。",
     [R], "zh", ["violation", "careful", "feedback-pressure", "traditional", "taiwanese"],
     "Asks the buyer to take down her seller feedback because it lowers the shop's score: "
     "pressure, not the neutral notice (policy.md C5)."),
    ("侯先生，您在商品頁寫完使用心得後，把截圖傳給我，下一組濾芯我就用成本價賣給您喔。",
     [M, R], "zh", ["violation", "careful", "discount", "incentive", "traditional",
                     "taiwanese"],
     "A cost-price cartridge set in return for a screenshot of the buyer's write-up: an "
     "incentive that is also a price offer on the next purchase (policy.md C1, B; judgement "
     "call 4)."),
    ("紀小姐，木桶、木勺和桑拿帽在我們賣場也有三件一組的組合，一起買比分開買划算不少，要補齊的話可以"
     "參考看看喔。",
     [M], "zh", ["violation", "careful", "bundle", "traditional", "taiwanese"],
     "Pushes a three-piece set as cheaper than buying separately: bundle marketing "
     "(policy.md B)."),
    ("文太，下次想補濾芯，直接搵我哋訂就得，唔使經亞馬遜，每支平幾蚊，仲快啲寄到。",
     [M, O], "zh", ["violation", "careful", "discount", "diversion", "traditional",
                     "cantonese"],
     "Ordering straight from the shop, bypassing Amazon, for a few dollars less: diversion "
     "and a price offer (policy.md D6, B)."),
    ("甘生，我哋個專頁每週都會出蒸氣浴小貼士同安裝短片，喺搜尋欄打 Brannoch Soak 就搵到，記得撳個追蹤。",
     [M, O], "zh", ["violation", "careful", "follow", "social", "traditional", "cantonese"],
     "Asks the buyer to look up the shop's page and press follow: a follow push to a social "
     "page outside Amazon (policy.md B, D4)."),
    ("小棠，下次 checkout 的时候输入 CEDAR12，total 会直接少一截，filters 和 test strips 都适用，"
     "月底之前有效。",
     [M], "mixed", ["violation", "careful", "coupon", "mixed"],
     "A code to enter at checkout for a lower total is a coupon, even without the word "
     "(policy.md B)."),

    # ================================================================ violations: split
    ("Hello Griselda. The Nordfelt hat you picked is one of three pieces we make from the same "
     "felt. The other two are a seat mat and a pair of mitts. You'll find all three together at "
     "amazon.com/stores/Brannoch.",
     [M], "en", ["violation", "split", "cross-sell", "listing-link"],
     "Each sentence alone is product talk; together they steer the buyer to the storefront to "
     "buy the other two pieces (policy.md B, D1)."),
    ("We hope the Heathglow panel is warming your sauna nicely, Desmond. If it isn't, please tell "
     "us before you tell anyone else. When it is, the product page is where other buyers go "
     "looking for opinions.",
     [R], "en", ["violation", "split", "gating"],
     "Split across three sentences: unhappy buyers are asked to come to the seller first and "
     "only happy ones are pointed at the product page (policy.md C3)."),
    ("Lots of owners have been adding photos of their set-ups under the blanket's listing. We "
     "love seeing them. Anyone who posts one this month gets a spare carry bag from us. Just send "
     "over the link to yours.",
     [R], "en", ["violation", "split", "incentive"],
     "Posting on the listing earns a carry bag; no sentence alone names a review "
     "(policy.md C1)."),
    ("Tamsin, our UK workshop handles the panels sold in Britain. The technician there prefers to "
     "talk wiring through rather than type it. The workshop number is 07700 900683.",
     [O], "en", ["violation", "split", "phone"],
     "The last sentence gives the shop's number for a talk outside Amazon messaging "
     "(policy.md D3)."),
    ("Amazon's message window shrinks photos quite a lot. Linnea needs to see the terminal block "
     "clearly. Please send full-size pictures to care@brannochsoak.com before you write anything "
     "about the panel on its page.",
     [O, R], "en", ["violation", "split", "email", "gating"],
     "Moves the conversation to the shop's e-mail, and asks the buyer to do that before writing "
     "on the product page, which diverts a possible complaint away from a review "
     "(policy.md D2, C3)."),
    ("Your replacement thermometer arrived safely, Lorcan. The two stars you gave the first one "
     "are still on its page. We'd like the page to reflect the new one. A spare Tidewell starter "
     "kit is ready to send once it does.",
     [R], "en", ["violation", "split", "incentive", "change-review"],
     "Asks for an existing two-star review to be changed and ties a starter kit to the change "
     "(policy.md C4, C1)."),
    ("Philomena, the Heathglow H900 goes on the market next Monday. It's the widest panel we've "
     "made so far. Owners of the H600, like you, get a two-day head start before it opens to "
     "everyone.",
     [M], "en", ["violation", "split", "new-product", "vip-list"],
     "A product launch with early access for existing owners: new-product and VIP-style "
     "marketing (policy.md B)."),
    ("Amazon now holds our payouts for two weeks, Osgood. That's why we've started taking repeat "
     "orders directly. Just reply with what you need, and we'll send a bank invoice.",
     [O], "en", ["violation", "split", "payment", "diversion"],
     "Invites the buyer to order outside Amazon and pay by bank invoice (policy.md D5, D6)."),
    ("您说的温控问题阿岚已经看过了。文字确实很难讲清楚。她的微信是 brannoch_cn，加上之后可以直接视频看。",
     [O], "zh", ["violation", "split", "messaging-app"],
     "The third sentence hands over a WeChat ID to move the support talk off Amazon "
     "(policy.md D4)."),
    ("感谢您选择这款桑拿毯。很多客人都说它升温特别快。您在商品页分享体验的时候，也可以写写升温速度和收纳"
     "方便这两点。",
     [R], "zh", ["violation", "split", "steering"],
     "Suggests the points the buyer's write-up should contain (policy.md C7)."),
    ("试纸一般能用两个月左右。快用完的时候，可以再来我们店里看看。结账时填 SOAK20 就行。",
     [M], "zh", ["violation", "split", "coupon", "buy-again"],
     "A reorder reminder followed by a code for checkout: buy-again plus coupon "
     "(policy.md B)."),
    ("希望保温盖的尺寸刚好合适。如果有任何不满意，请先来找我们聊聊。觉得满意的话，再去商品页分享感受就好。",
     [R], "zh", ["violation", "split", "gating"],
     "Unhappy buyers to the seller first, happy ones to the product page: gating spread over "
     "three sentences (policy.md C3)."),
    ("我们最近在小红书开了账号，名字就叫 Brannoch桑拿。每周都会发一些安装和保养的小视频。有空可以去"
     "看看，顺手点个关注。",
     [M, O], "zh", ["violation", "split", "follow", "social"],
     "Names the shop's Xiaohongshu account and asks for a follow (policy.md B, D4)."),
    ("我们每个月会抽一位客人，送一整套雪松木桶。参加的方法很简单。在商品页写下您的使用感受，截图发给"
     "我们就可以了。",
     [M, R], "zh", ["violation", "split", "giveaway", "incentive"],
     "A prize draw entered by writing on the product page: a giveaway and a reward for a review "
     "(policy.md B, C1)."),
    ("濾芯的安裝步驟有點多。用文字說明怕您看不太懂。我們的 LINE 帳號是 @brannochtw，加了之後直接傳影片"
     "給您喔。",
     [O], "zh", ["violation", "split", "messaging-app", "traditional", "taiwanese"],
     "A LINE account for the installation talk, after two harmless sentences "
     "(policy.md D4)."),
    ("溫度計收到了嗎？我們只是小小的工作室。每一顆星對我們都很重要，拜託給滿喔。",
     [R], "zh", ["violation", "split", "rating-request", "traditional", "taiwanese"],
     "'Every star matters, please give them all': a request for the full rating "
     "(policy.md C2)."),
    ("個保溫蓋嘅尺寸表喺亞馬遜度睇得唔清楚。我哋自己個網站有清楚啲嘅版本。去 brannochsoak.com 揀好尺寸，"
     "就可以直接喺度落單。",
     [O], "zh", ["violation", "split", "url", "diversion", "traditional", "cantonese"],
     "Sends the buyer to the shop's own site and invites an order there (policy.md D1, D6)."),
    ("個蓋我哋已經同你換咗個新嘅。你之前喺產品頁寫嗰段嘢，講嘅仲係舊嗰個。麻煩你執一執，改返啱而家嘅"
     "情況。",
     [R], "zh", ["violation", "split", "change-review", "traditional", "cantonese"],
     "After an exchange, asks the buyer to rework what she wrote on the product page "
     "(policy.md C4)."),

    # ================================================================ violations: plain
    ("Leave the Nordfelt hat a five-star review and we'll refund what you paid for it in full, "
     "Tamsin.",
     [R], "en", ["violation", "plain", "incentive", "rating-request"],
     "A full refund for a five-star review (policy.md C1, C2)."),
    ("Thanks again for choosing the Floatfin thermometer! Use coupon code STEAM15 on your next "
     "order to save 15% on any water-care product.",
     [M], "en", ["violation", "plain", "coupon"],
     "A coupon code for the next order (policy.md B)."),
    ("For quicker help with the panel wiring, WhatsApp us on +1 (207) 555-0148 any time.",
     [O], "en", ["violation", "plain", "phone", "messaging-app"],
     "WhatsApp on the shop's number (policy.md D3, D4)."),
    ("We'd like you to delete the negative feedback you left on our seller page. One bad rating "
     "drags down our whole account.",
     [R], "en", ["violation", "plain", "feedback-pressure"],
     "Asks for seller feedback to be deleted because it hurts the account (policy.md C5)."),
    ("Our Black Friday sale starts tomorrow with 30% off every sauna blanket. Follow us on "
     "Instagram @brannoch.soak so you don't miss the start.",
     [M, O], "en", ["violation", "plain", "discount", "sale", "follow", "social"],
     "A sale with a percentage off, plus a follow request on Instagram (policy.md B, D4)."),
    ("If the cedar bucket pleased you, please leave a review. Otherwise email Linnea at "
     "care@brannochsoak.com first instead of posting a bad review.",
     [O, R], "en", ["violation", "plain", "email", "gating"],
     "Gating with an e-mail address for the unhappy buyer (policy.md C3, D2)."),
    ("We can't process this refund through Amazon, so send us your PayPal email and we'll pay "
     "you back as soon as your review is up.",
     [O, R], "en", ["violation", "plain", "payment", "incentive"],
     "A PayPal refund outside Amazon, paid once the review is posted (policy.md D5, C1)."),
    ("给桑拿毯留个五星好评，截图发给阿岚，马上返现15美元。",
     [R], "zh", ["violation", "plain", "incentive", "rating-request"],
     "五星好评 with 返现: the textbook case (policy.md C1, C2)."),
    ("感谢购买！下次买滤芯可以用优惠券 LADLE10，全店九折。",
     [M], "zh", ["violation", "plain", "coupon", "discount"],
     "优惠券 and 九折 for the next purchase (policy.md B)."),
    ("售后问题请加微信 brannoch_cn，回复比站内快很多。",
     [O], "zh", ["violation", "plain", "messaging-app"],
     "A WeChat ID for after-sales (policy.md D4)."),
    ("退款已经给您办好了，麻烦把那条差评删掉吧。",
     [R], "zh", ["violation", "plain", "change-review"],
     "Asks for the negative review to be deleted after a refund (policy.md C4)."),
    ("我们官网 brannochsoak.com 上同款保温盖便宜20美元，下次直接在官网下单吧。",
     [M, O], "zh", ["violation", "plain", "discount", "url", "diversion"],
     "The shop's own website with a lower price (policy.md D1, D6, B)."),
    ("新品上市！Heathglow H900 遠紅外線碳晶板現在全館85折，歡迎到賣場逛逛喔。",
     [M], "zh", ["violation", "plain", "discount", "new-product", "traditional", "taiwanese"],
     "New-product launch with 85折 (policy.md B)."),
    ("如果你滿意，唔該俾個五星好評；如果唔滿意，直接 WhatsApp 我哋 +44 7700 900683，唔好喺亞馬遜留差評。",
     [O, R], "zh", ["violation", "plain", "phone", "messaging-app", "rating-request", "gating",
                     "traditional", "cantonese"],
     "Five stars if happy, WhatsApp instead of a bad review if not (policy.md C2, C3, D4)."),
    ("加入我們的VIP會員群，每個月抽獎送桑拿帽喔！",
     [M], "zh", ["violation", "plain", "vip-list", "giveaway", "traditional", "taiwanese"],
     "VIP group with a monthly draw (policy.md B)."),
    ("小棠，我们的 new arrivals 上线了！Cedar bucket 套装这周 buy one get one free，快来店铺看看。",
     [M], "mixed", ["violation", "plain", "new-product", "bundle", "mixed"],
     "New arrivals and buy-one-get-one (policy.md B)."),

    # ================================================================ evasions
    ("Message us on Wh" + CY_a + "ts" + CY_A + "pp at +1 (207) 555-0148 for a lower price on your "
     "next panel.",
     [M, O], "en", ["evasion", "discount", "phone", "messaging-app", "homoglyph"],
     "WhatsApp written with Cyrillic a and A, offering a lower price by phone (policy.md D4, B, "
     "section e)."),
    ("Leave a 5-st4r r3view for the Emberlay blanket and we'll send you a fr33 Nordfelt hat.",
     [R], "en", ["evasion", "incentive", "rating-request", "leetspeak"],
     "Leetspeak star, review and free; a hat for a top rating (policy.md C1, C2, section e)."),
    ("Linnea answers faster on T e l e g r a m @brannoch_help, or write to care at brannochsoak "
     "dot com.",
     [O], "en", ["evasion", "email", "messaging-app", "spacing", "spelled-email"],
     "Spaced-out Telegram and a spelled-out address (policy.md D2, D4, section e)."),
    ("Your next Rillstone cartridge is 15% off with the c" + CY_o + "u" + ZW + "p" + CY_o + "n "
     "STEAM15 at checkout.",
     [M], "en", ["evasion", "coupon", "discount", "homoglyph", "zero-width"],
     "Coupon with Cyrillic o and a zero-width space inside (policy.md B, section e)."),
    ("Please write to " + fw("care@brannochsoak.com") + " for the full wiring diagram.",
     [O], "en", ["evasion", "email", "fullwidth"],
     "Full-width e-mail address (policy.md D2, section e)."),
    ("Send the photos to linnea dot brannoch at gmail dot com, or text her on two oh seven, five "
     "five five, oh one six three.",
     [O], "en", ["evasion", "email", "phone", "spelled-email", "number-words"],
     "E-mail spelled out and phone number in words (policy.md D2, D3, section e)."),
    ("We've set up an owners' group on the green chat app, where members get first pick of each "
     "new batch. Text two oh seven five five five oh one four eight and we'll add you.",
     [M, O], "en", ["evasion", "vip-list", "phone", "messaging-app", "number-words", "nickname"],
     "An app named only by its colour, a number in words, and first pick for members "
     "(policy.md D3, D4, B, section e)."),
    ("Happy with the hat? Drop \U0001F31F\U0001F31F\U0001F31F\U0001F31F\U0001F31F in a r3view. "
     "Not happy? Tell us first, not the page.",
     [R], "en", ["evasion", "rating-request", "gating", "leetspeak", "emoji"],
     "Five emoji stars in a leetspeak review, unhappy buyers to the seller first (policy.md C2, "
     "C3, E, section e)."),
    ("给桑拿帽一个 haoping，截图发给我们，马上 fanxian 10 美元。",
     [R], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
     "好评 and 返现 in pinyin (policy.md C1, C2, section e)."),
    ("售后请加薇信，号是 brannoch 后面加下划线再加 cn，比站内回得快。",
     [O], "zh", ["evasion", "messaging-app", "homophone", "split-handle"],
     "薇信 for 微信 and the ID given in pieces (policy.md D4, section e)."),
    ("装碳晶板有问题直接打给师傅：二零七五五五零一四八，晚上也接。",
     [O], "zh", ["evasion", "phone", "cn-numerals"],
     "The shop's number in Chinese numerals (policy.md D3, section e)."),
    ("好 评 返 现 活 动 还 在，晒 图 再 送 一 个 滤 芯。",
     [R], "zh", ["evasion", "incentive", "rating-request", "spacing"],
     "好评返现 spaced out, with a cartridge for a photo (policy.md C1, C2, section e)."),
    ("关/注/我/们/的/小/红/书 Brannoch桑拿，每个月抽一位送木桶。",
     [M, O], "zh", ["evasion", "giveaway", "follow", "social", "separator"],
     "Follow request broken by slashes, with a monthly draw (policy.md B, D4, section e)."),
    ("用得满意的话，帮忙点个五" + ZW + "星好" + ZW + "评哦。",
     [R], "zh", ["evasion", "rating-request", "gating", "zero-width"],
     "五星好评 with zero-width spaces, asked only of satisfied buyers (policy.md C2, C3, "
     "section e)."),
    ("用得开心就给个 5\u2b50 吧；有问题别在页面上说，去小飞机找我们 @brannoch_help。",
     [O, R], "zh", ["evasion", "messaging-app", "rating-request", "gating", "emoji",
                     "nickname"],
     "5 with a star emoji; complaints to Telegram under its nickname (policy.md C2, C3, D4, "
     "section e)."),
    ("有問題直接加賴 @brannochtw，比站內訊息快很多喔。",
     [O], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
     "賴 is the Taiwanese homophone for LINE (policy.md D4, section e)."),
    ("記得追蹤我哋 " + fw("IG") + " " + fw("@") + "brannoch.soak，每個月抽一位送桑拿帽㗎。",
     [M, O], "zh", ["evasion", "giveaway", "follow", "social", "fullwidth", "traditional",
                     "cantonese"],
     "Full-width IG and @ for the shop's Instagram, with a draw (policy.md B, D4, section e)."),
    ("寫完 pingjia 截圖傳給我們，下次買濾芯算您 dazhe 價喔。",
     [M, R], "zh", ["evasion", "discount", "incentive", "pinyin", "traditional", "taiwanese"],
     "评价 and 打折 in pinyin: a lower price for a review (policy.md C1, B, section e)."),
    ("有咩問題就打 俾 我 哋 師 傅：零七七零零 九零零二一九。",
     [O], "zh", ["evasion", "phone", "spacing", "cn-numerals", "traditional", "cantonese"],
     "UK number in Chinese numerals after a spaced-out phrase (policy.md D3, section e)."),
    ("After-sales questions 请发 e-m-a-i-l 到 care@brannochsoak.com，或者在 Telegram 搜 brannoch "
     "后面加 _help，Linnea replies within the hour.",
     [O], "mixed", ["evasion", "email", "messaging-app", "separator", "split-handle", "mixed"],
     "E-mail spelled with hyphens and a Telegram handle given in pieces (policy.md D2, D4, "
     "section e)."),

    # ================================================================ near-misses
    ("Our workshop does a final heat review on every Heathglow panel before it leaves. Yours "
     "passed on Tuesday and is with the carrier now, tracking TBA613028847195.",
     [], "en", ["near-miss", "review-word"],
     "'Heat review' is a workshop check, not a request for a customer review (policy.md C "
     "near-misses)."),
    ("Amazon's team is reviewing the damage claim for order 112-3094718-5526031; they usually "
     "decide within two business days.",
     [], "en", ["near-miss", "review-word"],
     "Amazon reviewing a claim is logistics (policy.md C near-misses, section 0 point 4)."),
    ("I'm sorry the cover arrived with a torn seam. A replacement Lidmoor cover shipped free of "
     "charge this morning by Royal Mail, QM481736205GB, and you don't need to send the old one "
     "back.",
     [], "en", ["near-miss", "remedy"],
     "A free replacement as a remedy is not a promotion (policy.md B near-misses)."),
    ("The full amount for the cracked thermometer on order 113-7781402-0649385 went back to you "
     "as a refund today. It should reach your card within three to five days.",
     [], "en", ["near-miss", "remedy"],
     "A refund for a damaged item with no link to a review (policy.md C near-misses)."),
    ("You asked whether both cartridges come in one parcel: yes, order 112-5550148-2037716 "
     "travels as a single box.",
     [], "en", ["near-miss", "lookalike-number"],
     "The order id carries 5550148, the digits of the shop's phone, but it is an order id "
     "(policy.md D near-misses)."),
    ("The USPS tracking for your bucket is 9405 5112 0698 3316 2750 41; it was scanned at the "
     "regional hub last night.",
     [], "en", ["near-miss", "lookalike-number"],
     "A long USPS tracking number is not a phone number (policy.md D near-misses)."),
    ("You asked whether the extra gasket means you owe us a review: it doesn't, and it isn't "
     "tied to anything; it comes with every cover we make.",
     [], "en", ["near-miss", "negation"],
     "Answers the buyer's question with a plain no: the gasket is standard and not tied to a "
     "review, so nothing is offered for one (policy.md C1, C near-misses; judgement call 8)."),
    ("I'm afraid we can't move this order to a direct payment or another site; everything has "
     "to stay within Amazon, including any refund.",
     [], "en", ["near-miss", "refusal"],
     "Refuses to take the buyer off Amazon (policy.md D5, D6)."),
    ("Sorry, we're not able to share a personal phone number or email. Please keep messaging us "
     "here and Linnea will answer within the day.",
     [], "en", ["near-miss", "refusal"],
     "Declines to give contact details and keeps the talk on Amazon (policy.md D2, D3)."),
    ("Order 114-2056937-8813470: now that the blanket has had a week of use, you're welcome to "
     "share your honest experience on its Amazon page, whatever it turned out to be.",
     [], "en", ["near-miss", "neutral-request"],
     "One neutral request with the order id, no rating, reward or condition (interface.md; "
     "policy.md section b)."),
    ("For order 111-4630285-7192064, if you have a moment, other shoppers find honest reviews "
     "of the Floatfin thermometer helpful; good or bad, every account counts.",
     [], "en", ["near-miss", "neutral-request"],
     "A balanced, single review request (interface.md; policy.md C near-misses)."),
    ("To start the return, open Your Orders on Amazon, pick the Steepwell bucket and choose "
     "Return or replace items; the label is made for you there.",
     [], "en", ["near-miss", "amazon-page"],
     "Instructions for Amazon's own return page, without a URL (policy.md D near-misses)."),
    ("Thank you for bearing with us while the new panel was sorted, order "
     "205-7742019-3386451. If you feel we've resolved things, you can choose to update or take "
     "down the seller feedback you left earlier; that is entirely your call.",
     [], "en", ["near-miss", "feedback-notice"],
     "The neutral seller-feedback notice after resolution, choice left to the buyer "
     "(policy.md C5; judgement call 3)."),
    ("You asked about the coupon shown on the listing: that one is run by Amazon, so tick the "
     "box on the product page and it comes off at checkout automatically.",
     [], "en", ["near-miss", "answer"],
     "Answers the buyer's question about an Amazon promotion and offers nothing "
     "(policy.md B near-misses; judgement call 5)."),
    ("You wrote: 'a seller on another site offered me 20% off if I paid by PayPal.' That wasn't "
     "us; we only sell through Amazon and would never ask that.",
     [], "en", ["near-miss", "quoted-buyer"],
     "Quotes the buyer's words; the seller offers nothing (policy.md D near-misses)."),
    ("The Tidewell granules hold free chlorine between 3 and 5 ppm. Test with the strips "
     "before each soak and add a little more only if it reads low.",
     [], "en", ["near-miss", "product-word"],
     "'Free chlorine' is water chemistry (policy.md B near-misses)."),
    ("You asked what the Nordfelt hat is made of: it is pure wool felt, the same grade many "
     "five-star hotel spas use for their steam rooms.",
     [], "en", ["near-miss", "product-word"],
     "'Five-star hotel spas' describes the felt, in answer to a question (policy.md C "
     "near-misses)."),
    ("Your Heathglow panel carries a two-year warranty, order 114-3602951-4478806. If the "
     "element fails, message us here and we'll arrange the repair.",
     [], "en", ["near-miss", "warranty"],
     "Warranty service through Amazon messaging (policy.md D near-misses)."),
    ("The $64.50 on your invoice is what you paid for the cover and lifter together; tax is a "
     "separate line, which is why your card shows $69.01.",
     [], "en", ["near-miss", "price-paid"],
     "Explains the price already paid (policy.md B near-misses)."),
    ("Please never mix the chlorine granules with the bromine tablets. Add each to the water "
     "separately, an hour apart, and remove the cover while the jets run.",
     [], "en", ["near-miss", "safety-instruction"],
     "'Remove the cover' is chemical safety, not a review edit (policy.md section 0 point 4)."),
    ("The cover is a bulky item, so the carrier will call or text you to book a two-hour slot; "
     "please make sure someone can help carry it to the tub.",
     [], "en", ["near-miss", "delivery-instruction"],
     "The carrier contacts the buyer for a bulky delivery (policy.md A, D near-misses)."),
    ("To confirm what you ordered: two Rillstone cartridges, one Floatfin thermometer and a "
     "1 kg tub of Tidewell granules, order 113-0927364-5550163.",
     [], "en", ["near-miss", "order-restate"],
     "Restates the buyer's own order; the id ends in 5550163 like Linnea's number "
     "(policy.md D near-misses)."),
    ("The Floatfin's display is accurate to half a degree. Twist the cap to start it, and it "
     "won't freeze-crack if you store it indoors over winter.",
     [], "en", ["near-miss", "substring"],
     "'accurate', 'start' and 'freeze' contain rate, star and free (policy.md section 0 point "
     "4)."),
    ("线长的问题在商品页搜索评论就能看到其他买家的实测，我们这边也量过，是2.4米。",
     [], "zh", ["near-miss", "substring"],
     "搜索评论 contains 索评 but points to reading reviews (policy.md C near-misses)."),
    ("您的保温盖预计下星期三送到，物流单号 TBA904417263358，到时请留意门口。",
     [], "zh", ["near-miss", "substring"],
     "星期 contains 星 (policy.md section 0 point 4)."),
    ("这款温度计出厂前做过防水评测，在40度的水里泡了72小时，没有任何问题。",
     [], "zh", ["near-miss", "review-word"],
     "评测 is a product test (policy.md C near-misses)."),
    ("碎掉的温度计我们已经免费补发，新单号 SF1749306285541，旧的不用寄回。",
     [], "zh", ["near-miss", "remedy"],
     "Free replacement as a remedy (policy.md B near-misses)."),
    ("滤芯尺寸发错了，非常抱歉。我们已经在后台为您办理全额退款，同时按您的要求补发正确的型号。",
     [], "zh", ["near-miss", "remedy"],
     "Refund and reshipment for a wrong item (policy.md C near-misses)."),
    ("订单 111-2209573-6648120 的桑拿帽您已经用了一段时间，如果方便，欢迎在商品页写下真实的感受，"
     "好坏都可以。",
     [], "zh", ["near-miss", "neutral-request"],
     "One neutral request, both outcomes welcome (interface.md; policy.md C near-misses)."),
    ("您提到的加热不均已经换新处理，订单 112-8136659-0451127。如果您觉得问题解决了，是否调整先前给"
     "店铺的反馈由您自己决定，我们不作任何要求。",
     [], "zh", ["near-miss", "feedback-notice"],
     "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 3)."),
    ("您问的会员日价格是亚马逊平台自己的活动，由平台设定，结束时间以商品页显示为准。",
     [], "zh", ["near-miss", "answer"],
     "Answers a question about Amazon's own event (policy.md B near-misses; judgement call 5)."),
    ("您说“别家让我加微信给返现”，我们这边不会这样做，所有售后都在亚马逊站内处理。",
     [], "zh", ["near-miss", "quoted-buyer"],
     "Quotes the buyer and refuses (policy.md D near-misses)."),
    ("您问帽子的材质：这款羊毛毡和很多五星级酒店水疗中心用的是同一种。",
     [], "zh", ["near-miss", "product-word"],
     "五星级酒店 describes the material (policy.md C near-misses)."),
    ("碳晶板保修两年，订单 113-4489120-7735614。期间加热元件出问题，您在这里告诉我们就行，不需要寄发票。",
     [], "zh", ["near-miss", "warranty"],
     "Warranty handled on Amazon (policy.md D near-misses)."),
    ("您问发票上的金额：42.99美元是您下单时支付的价格，含两支滤芯，运费为零。",
     [], "zh", ["near-miss", "price-paid"],
     "The price already paid (policy.md B near-misses)."),
    ("加氯颗粒后请把盖子移除，让水面通风二十分钟再下水；氯和溴的药剂千万不要放在同一个容器里。",
     [], "zh", ["near-miss", "safety-instruction"],
     "移除 the lid is a safety step (policy.md section 0 point 4)."),
    ("保温盖体积比较大，快递会提前打电话和您约送货时间，请保持手机畅通。",
     [], "zh", ["near-miss", "delivery-instruction"],
     "The carrier phones the buyer; no seller number is given (policy.md A, D near-misses)."),
    ("谢谢您在留言里提到已经给了好评，也很高兴木桶没有漏水。关于木勺的保养：用完晾干即可，不要泡水过夜。",
     [], "zh", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned, in a reply with care advice (policy.md C "
     "near-misses)."),
    ("跟您确认一下订单 114-8817260-3345092：桑拿毯一条、羊毛帽两顶、收纳袋一个，收货地址已按您的要求"
     "修改。",
     [], "zh", ["near-miss", "order-restate"],
     "Restates the order; 修改 refers to the address (policy.md C near-misses)."),
    ("您的訂單 113-5318846-1170293 已經從倉庫出貨，追蹤編號要等明天才會更新喔。",
     [], "zh", ["near-miss", "lookalike-number", "traditional", "taiwanese"],
     "An order id, not a phone number (policy.md D near-misses)."),
    ("不好意思，我們沒辦法用 LINE 或轉帳處理退款，一切都要透過亞馬遜，請您見諒。",
     [], "zh", ["near-miss", "refusal", "traditional", "taiwanese"],
     "Refuses LINE and bank transfer (policy.md D4, D5)."),
    ("您問附贈的溫度計是不是要換評價：完全沒有關係，每一組浴缸保溫蓋本來就有附喔。",
     [], "zh", ["near-miss", "negation", "traditional", "taiwanese"],
     "Answers the buyer: the thermometer comes with every cover and is not a reward "
     "(policy.md C1; judgement call 8)."),
    ("退貨請到亞馬遜的「您的訂單」頁面，選濾芯那一項，按「退還或更換商品」就會產生標籤囉。",
     [], "zh", ["near-miss", "amazon-page", "traditional", "taiwanese"],
     "Amazon's own return flow (policy.md D near-misses)."),
    ("您問「可以給滿分換折價券嗎」，這個我們真的不能做喔，亞馬遜不允許用任何東西交換。",
     [], "zh", ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
     "Quotes the buyer's question and refuses (policy.md C1)."),
    ("個溫度計爛咗真係唔好意思，我哋已經免費寄咗個新嘅俾你，舊嗰個唔使寄返。",
     [], "zh", ["near-miss", "remedy", "traditional", "cantonese"],
     "Free replacement as a remedy (policy.md B near-misses)."),
    ("塊板嘅問題而家解決咗。如果你覺得我哋處理得妥當，可以自己決定要唔要更改之前留俾店舖嘅賣家反饋，"
     "完全由你話事。",
     [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
     "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 3)."),
    ("你問個價點解平咗：嗰個係亞馬遜自己搞嘅 Prime 會員日，價錢由平台定，同我哋無關。",
     [], "zh", ["near-miss", "answer", "traditional", "cantonese"],
     "Explains an Amazon event price the buyer asked about (policy.md B near-misses)."),
    ("落溴片之前記得熄咗水泵，加完要移除個蓋透氣半個鐘，唔好同氯粒撈埋一齊用。",
     [], "zh", ["near-miss", "safety-instruction", "traditional", "cantonese"],
     "移除 the cover is a chemical-safety step (policy.md section 0 point 4)."),
    ("Hi 小棠，你的 replacement cartridge 已经免费寄出了，UPS tracking 是 1Z6A41R80387264915，"
     "旧的那支不用 return。",
     [], "mixed", ["near-miss", "remedy", "mixed"],
     "Free replacement with a carrier tracking number (policy.md B near-misses)."),
    ("甘生，your panel's warranty 仲有一年，order 111-9054417-2260938 我哋已經 note 低咗，"
     "有問題喺度 message 我哋就得。",
     [], "mixed", ["near-miss", "warranty", "traditional", "cantonese", "mixed"],
     "Warranty on Amazon messaging, with an order id (policy.md D near-misses)."),

    # ================================================================ clean
    ("The Emberlay controller has three heat zones. The middle button moves between them, and "
     "the light turns amber once the zone you picked is warm.",
     [], "en", ["clean"], "Product help in reply to a question (policy.md A)."),
    ("Your tub measurements came through, thank you. A 78-inch square with 6-inch rounded "
     "corners fits the tub you described, so we'll cut the cover to that.",
     [], "en", ["clean"], "Confirms a custom size (policy.md A)."),
    ("The cedar bucket may weep a little water for the first two or three uses. That's normal: "
     "the staves swell and close up within a day.",
     [], "en", ["clean"], "Product care (policy.md A)."),
    ("Before the first session, run the blanket on its lowest setting for twenty minutes with "
     "the zip open; the new-fabric smell fades after that.",
     [], "en", ["clean"], "Usage advice (policy.md A)."),
    ("Sorry for the wait on your panel. A storm closed the depot on Monday, so it will leave us "
     "on Thursday instead, two days later than planned.",
     [], "en", ["clean"], "Delay notice (policy.md A near-misses)."),
    ("The thermometer reads in both Fahrenheit and Celsius; hold the cap button for three "
     "seconds to switch between them.",
     [], "en", ["clean"], "Product help (policy.md A)."),
    ("The wool hat can be hand-washed in lukewarm water with a drop of wool soap. Please dry it "
     "flat, away from the heater, so it keeps its shape.",
     [], "en", ["clean"], "Care advice (policy.md A)."),
    ("Your hot-tub cover is large and heavy, so it travels on a pallet. Which weekday mornings "
     "suit you for the drop-off?",
     [], "en", ["clean"], "Scheduling a bulky delivery (policy.md A)."),
    ("The panel's mounting brackets need four screws each. Wall plugs for plasterboard are in "
     "the small bag taped to the back.",
     [], "en", ["clean"], "Installation help (policy.md A)."),
    ("Thank you for the photo of the filter housing. The cartridge you need is the 5-inch one, "
     "not the 7-inch, because your housing has the shorter lid.",
     [], "en", ["clean"], "Answers a fit question (policy.md A)."),
    ("Test strips are most accurate when the water is between 20 and 40 degrees Celsius. Dip "
     "for one second, shake once and compare the colours after fifteen seconds.",
     [], "en", ["clean"], "Instructions (policy.md A)."),
    ("The ladle's handle is oiled birch. If it starts to look dry after a few months, wipe on a "
     "little food-safe oil and leave it overnight.",
     [], "en", ["clean"], "Care advice (policy.md A)."),
    ("Your made-to-measure cover needs one more detail before we start cutting: should the hinge "
     "fold run left to right or front to back?",
     [], "en", ["clean"], "Verifying a custom design (policy.md A)."),
    ("The blanket folds into thirds for storage. Let it cool fully first, and keep the "
     "controller cable loose rather than wrapped tightly around it.",
     [], "en", ["clean"], "Storage advice (policy.md A)."),
    ("您量的浴缸尺寸收到了，谢谢。按您说的圆角半径，我们会把保温盖做成中间可以掀起的两片式，一个人也"
     "能打开。",
     [], "zh", ["clean"], "Custom size confirmed (policy.md A)."),
    ("温度计的电池是 CR2032，拧开底部的盖子就能换，换完记得把密封圈压平。",
     [], "zh", ["clean"], "Product help (policy.md A)."),
    ("木桶刚开始用的时候可能会渗一点水，这是正常的，木板吸水膨胀后一两天就不漏了。",
     [], "zh", ["clean"], "Product care (policy.md A)."),
    ("因为港口拥堵，您的碳晶板会比原定时间晚三天出库，给您添麻烦了。",
     [], "zh", ["clean"], "Delay notice (policy.md A near-misses)."),
    ("羊毛帽请用温水手洗，平放晾干，不要放在加热器旁边烘。",
     [], "zh", ["clean"], "Care advice (policy.md A)."),
    ("试纸请放在干燥阴凉的地方，开封后六个月内用完，颜色比对要在十五秒内完成。",
     [], "zh", ["clean"], "Instructions (policy.md A)."),
    ("桑拿毯的控制器有三个区域，按中间的按钮切换，指示灯变成橙色就表示这个区域已经热了。",
     [], "zh", ["clean"], "Product help (policy.md A)."),
    ("您发来的滤芯外壳照片我们看过了，您需要的是短款那一支，因为您的外壳盖子比较矮。",
     [], "zh", ["clean"], "Answers a fit question (policy.md A)."),
    ("保温盖是大件，需要用托盘运输。请告诉我们您哪几天上午方便收货。",
     [], "zh", ["clean"], "Scheduling a bulky delivery (policy.md A)."),
    ("木勺的柄是上过油的桦木，几个月后如果看起来发干，抹一点食品级的油放一晚就好。",
     [], "zh", ["clean"], "Care advice (policy.md A)."),
    ("桑拿毯請等它完全冷卻再捲起來收納，控制線不要纏太緊喔。",
     [], "zh", ["clean", "traditional", "taiwanese"], "Storage advice (policy.md A)."),
    ("溫度計的華氏和攝氏可以切換，按住上面的按鈕三秒就好，很簡單喔。",
     [], "zh", ["clean", "traditional", "taiwanese"], "Product help (policy.md A)."),
    ("碳晶板因為颱風要延後兩個工作天出貨，造成不便很抱歉。",
     [], "zh", ["clean", "traditional", "taiwanese"], "Delay notice (policy.md A near-misses)."),
    ("個木桶頭幾次用會滲少少水，係正常嘅，木身吸咗水就會收埋。",
     [], "zh", ["clean", "traditional", "cantonese"], "Product care (policy.md A)."),
    ("你個浴缸蓋太大要用卡板送，唔該話我哋邊幾日朝早有人喺屋企收貨。",
     [], "zh", ["clean", "traditional", "cantonese"], "Scheduling a bulky delivery (policy.md A)."),
    ("Hi 付先生，您问的 panel 安装高度，我们建议离地面 around 30 cm，插头那一侧朝下。",
     [], "mixed", ["clean", "mixed"], "Installation help (policy.md A)."),
]


def records():
    entries = list(ENTRIES)
    random.Random(90).shuffle(entries)
    out = []
    for i, (text, labels, lang, tags, note) in enumerate(entries, 1):
        out.append({"id": "h90-%03d" % i, "text": text, "labels": sorted(labels), "lang": lang,
                    "tags": list(tags), "note": note})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
