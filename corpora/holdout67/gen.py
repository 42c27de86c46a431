#!/usr/bin/env python3
"""Builds holdout67.jsonl: 160 hand-labelled messages from Rillwhistle Garden Supply, an invented
Amazon seller of garden hoses, sprinklers and irrigation timers.  Standard library only.

Hard-to-see characters are spelled with the constants below (ZW for a zero-width space, CY_A /
CY_E / CY_O for Cyrillic look-alikes, fw() for full-width Latin), never pasted raw.  Records are
shuffled with random.Random(67) and numbered h67-001 ... h67-160; records() returns the list.
"""
import json
import os
import random

ZW = "\u200b"       # zero-width space
CY_A = "\u0430"     # Cyrillic a
CY_E = "\u0435"     # Cyrillic e
CY_O = "\u043e"     # Cyrillic o
STAR = "\u2b50"     # star emoji
FLOWER = "\U0001f33c"
PARTY = "\U0001f389"


def fw(s):
    """Full-width form of printable ASCII."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


MK, OFF, RI = "marketing", "off-platform-contact", "review-inducement"

R = []


def rec(text, labels, lang, tags, note):
    R.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags, "note": note})


# =====================================================================================
# VIOLATIONS: English (22)
# =====================================================================================
rec("Hi Henrietta, thanks for picking the Rootsip drip kit (order 114-2207691-5384406) for your "
    "raised beds. Once your review is up on Amazon, send a screenshot through this thread and we'll "
    "post you a spare pack of 20 drippers at no cost. Happy watering, Barnaby at Rillwhistle",
    [RI], "en", ["violation", "plain", "incentive"],
    "Free drippers are promised once a review is posted and proven with a screenshot: "
    "compensation for a review (policy.md C1).")

rec("Percival, could you put the Rainlark down for the top mark on Amazon when you get a minute? "
    "We're a three-person shop and every one of those keeps us going.",
    [RI], "en", ["violation", "careful", "rating-request"],
    "Asks for the highest score without saying 'stars' or 'review'; still a request for a "
    "positive rating (policy.md C2, euphemisms in section e).")

rec("Dear Ms. Szymanska, we hope the Dewclock T4 is keeping your tomatoes on schedule. If you're "
    "pleased with it, we'd love a review on Amazon. If something isn't right, please message us "
    "here first rather than posting, so Barnaby can sort it out.",
    [RI], "en", ["violation", "plain", "gating"],
    "Invites a review only from a pleased buyer and steers an unhappy one to the seller first: "
    "review gating (policy.md C3).")

rec("Cormac, thanks again for letting us swap the leaking brass connector. Now that the new one is "
    "holding pressure, would you mind going back to what you wrote on the Tidecoil page and "
    "bringing it up to date with how things stand now? It would mean a lot to a small team.",
    [RI], "en", ["violation", "careful", "change-review"],
    "A veiled request to edit an existing product review after the fix, which is barred even "
    "after resolution (policy.md C4).")

rec("Hello Lucius. Glad the Petaljet nozzle arrived before the weekend. When you write up your "
    "thoughts on Amazon, could you say that the mist setting is gentle enough for seedlings? "
    "Mentioning the brass threads would help too. Those are the two things shoppers ask us about "
    "most.",
    [RI], "en", ["violation", "split", "steering"],
    "Tells the buyer which points to put in the review: influencing review content "
    "(policy.md C7).")

rec("Hi Gwendolyn, Barnaby here from Rillwhistle. Quick thought about the Coilbarrow cart you "
    "bought. If you post a few honest lines about it on Amazon, we'll take 25% off your next order "
    "with us. Just reply here once it's live.",
    [MK, RI], "en", ["violation", "split", "discount", "incentive"],
    "A discount on the next order in exchange for a review: incentive (policy.md C1) and also a "
    "promotion of a future purchase (policy.md B); the double label is a judgement call.")

rec("Ambrose, we noticed the T2 timer you ordered may have come with the older battery door. If "
    "anything about it disappoints you, please come to us in this chat before you say anything on "
    "the product page; we would much rather fix it than read about it there.",
    [RI], "en", ["violation", "careful", "gating"],
    "Diverts a dissatisfied buyer away from the product page before they post: gating and "
    "diversion of negative reviews (policy.md C3).")

rec("Mr. Varga, the negative seller feedback you left last week is dragging our account health "
    "down and could cost us our selling privileges. We already sent the missing washers. Please "
    "take it down as soon as you can.",
    [RI], "en", ["violation", "plain", "feedback-pressure"],
    "Presses the buyer to remove seller feedback because it hurts the account, which is not the "
    "neutral notice Amazon allows (policy.md C5).")

rec("Petronella, so glad the soaker setup is working. A quick favour. Our listing is sitting at a "
    "middling average since a batch of bad reviews in spring. A top score from you would help "
    "pull it back up.",
    [RI], "en", ["violation", "split", "rating-request"],
    "Asks for a top score to lift the average: a request for a positive rating spread over "
    "several sentences (policy.md C2).")

rec("Hi Desmond, sorry the Dewclock won't pair with your router. This is much quicker to sort by "
    "voice - give Barnaby a call on +1 (919) 555-0148, weekdays 8 to 4 Eastern, and he'll walk "
    "you through the reset.",
    [OFF], "en", ["violation", "plain", "phone"],
    "Gives the shop's own phone number and asks the buyer to call; not a carrier, warranty or "
    "manufacturer line (policy.md D3).")

rec("Rosamund, the PDF wiring diagram for the rain sensor is too large to attach here, so write "
    "to help@rillwhistlegarden.com and we'll send it back within the hour.",
    [OFF], "en", ["violation", "careful", "email"],
    "Moves the conversation to the shop's e-mail address (policy.md D2); attachments could have "
    "gone through Amazon messaging (policy.md E).")

rec("Thanks for the photos of the split coupling, Wilhelmina. Those help a lot. For anything else "
    "about the reel cart, Telegram is where our team answers fastest: @rillwhistle_help. We check "
    "it evenings and weekends too.",
    [OFF], "en", ["violation", "split", "messaging-app"],
    "Points the buyer to a Telegram handle for future support (policy.md D4).")

rec("Hello Mr. Lindgren, the setup video for the Dewclock T4 lives on our website at "
    "https://rillwhistlegarden.com/setup/t4 - it covers pairing, zones and the rain delay. Have "
    "a look before you begin.",
    [OFF], "en", ["violation", "plain", "url"],
    "A link to the seller's own site, not needed to complete the order (policy.md D1); helpful "
    "content does not make the link allowed.")

rec("Morning Theodora, about your question on bulk connectors for the allotment society: we can "
    "do that volume directly, invoiced from the shop, which spares everyone Amazon's fees. Send "
    "the quantities here and I'll quote you outside the Amazon order.",
    [OFF], "en", ["violation", "careful", "diversion"],
    "Offers to sell directly outside Amazon to avoid its fees: circumventing the Amazon sales "
    "process (policy.md D6).")

rec("Hi Leopold. The new timer is on its way. For the $12 difference on the upgraded sensor, we "
    "can't add it to the Amazon order. Could you send it over PayPal to the shop instead? Reply "
    "here and we'll share the details.",
    [OFF], "en", ["violation", "split", "payment"],
    "Asks for money through PayPal instead of Amazon: an off-Amazon payment (policy.md D5).")

rec("Thank you for your order, Imelda. Here is a little something for the rest of the season: "
    "enter SPRAY15 at checkout for 15% off any nozzle in our Amazon store.",
    [MK], "en", ["violation", "plain", "coupon"],
    "Unsolicited discount code for a future purchase (policy.md B, coupons).")

rec("Hi Percival, a heads-up since you bought the T2 last year: the Dewclock T4 with four zones "
    "and weather skipping lands in our Amazon shop this Friday. It pairs with the hose you already "
    "have.",
    [MK], "en", ["violation", "careful", "new-product"],
    "Announces a product launch to a past buyer without any offer words: new-product "
    "promotion (policy.md B).")

rec("Your Tidecoil hose should reach you tomorrow, Henrietta. Most people who buy it end up wanting "
    "a proper nozzle. Our Petaljet has eight patterns and fits the same brass thread. You'll find "
    "it at amazon.com/dp/B0F3RW8K5T.",
    [MK], "en", ["violation", "split", "cross-sell", "listing-link"],
    "Cross-sells another product with a link to its Amazon listing; Amazon links are marketing "
    "here, not off-platform (policy.md B and D1, interface.md); judgement call on the policy.")

rec("Hi Desmond, every buyer this month is entered into our end-of-summer giveaway for a "
    "Coilbarrow reel cart. No need to do anything - winners are drawn on the 30th and we'll message "
    "you here.",
    [MK], "en", ["violation", "plain", "giveaway"],
    "A prize draw announced to buyers is promotional messaging (policy.md B).")

rec("Rosamund, if you like watering tips and first looks at what we're working on, follow us on "
    "Instagram @rillwhistle.garden. We post a sprinkler hack every Sunday.",
    [MK, OFF], "en", ["violation", "plain", "follow", "social"],
    "'Follow us' is a marketing call to action (policy.md B) and gives a social handle "
    "(policy.md D4).")

rec("Leopold, for next spring: the same Rootsip kit is a good bit cheaper on rillwhistlegarden.com "
    "than on Amazon, since we don't pay listing fees there. Worth a look before you top up.",
    [MK, OFF], "en", ["violation", "careful", "discount", "url", "diversion"],
    "A lower price on the seller's own site: price promotion (policy.md B) and diversion to "
    "another sales channel with its address (policy.md D1, D6).")

rec("Hi Theodora. Your splitter went out this morning with the extra washers. We're starting a "
    "growers' list for early access to spring stock and members-only prices. To join, send your "
    "name to orders@rillwhistlegarden.com. We'll only write a few times a year.",
    [MK, OFF], "en", ["violation", "split", "vip-list", "email"],
    "A members-only price list is marketing (policy.md B) and sign-up goes through the shop's "
    "e-mail address (policy.md D2).")

# =====================================================================================
# VIOLATIONS: Simplified Chinese (16)
# =====================================================================================
rec("甘女士您好！伸缩水管用着还顺手吗？在亚马逊留评后把截图发给我们，我们给您返现5美元，金额不大，"
    "算是一点心意。——阿芸",
    [RI], "zh", ["violation", "plain", "incentive"],
    "Cash back for a review proven with a screenshot: money for a review (policy.md C1).")

rec("池先生，摆动式洒水器装好了吧？我们小店刚起步。麻烦抽空给个五星，真的很需要大家支持。",
    [RI], "zh", ["violation", "split", "rating-request"],
    "Asks outright for five stars, with the small-shop plea in a separate sentence "
    "(policy.md C2).")

rec("欧阳阿姨您好，浇水定时器要是哪里用得不顺心，请先在这里跟阿芸说，我们马上处理，千万别急着去商品页"
    "下面写；用得开心的话，再去那里说两句就最好了。",
    [RI], "zh", ["violation", "careful", "gating"],
    "Unhappy buyers are told not to write on the product page and happy ones are invited to: "
    "gating without the word 评 (policy.md C3).")

rec("闻老师好。换好的新接头已经寄到了，漏水的问题应该解决了。之前您在商品页写的那段话，现在看已经不太"
    "符合实际情况。方便的话改一改吗？",
    [RI], "zh", ["violation", "split", "change-review"],
    "After the fix, asks the buyer to edit what they wrote on the product page: a request to "
    "change a review (policy.md C4).")

rec("小禾你好，滴灌套装装完后如果要在亚马逊上分享使用感受，麻烦写上“出水均匀、安装十分钟搞定”这两点，"
    "再配一张花盆的照片，字数最好写满五十个。",
    [RI], "zh", ["violation", "careful", "steering"],
    "Dictates phrases, a photo and a length for the buyer's review: influencing its content "
    "(policy.md C7).")

rec("池先生您好。上次缺的两个垫圈已经补寄了。您留的那条卖家差评对我们店铺的账户指标打击很大。"
    "麻烦您撤掉吧，谢谢。",
    [RI], "zh", ["violation", "split", "feedback-pressure"],
    "Pressure to withdraw negative seller feedback because it hurts the shop's metrics "
    "(policy.md C5).")

rec("您好，定时器连不上WiFi的话，文字说不清楚，直接加我们微信 rillwhistle_cn ，发个视频过来阿芸一看"
    "就知道问题在哪。",
    [OFF], "zh", ["violation", "plain", "messaging-app"],
    "Gives a WeChat ID for support outside Amazon messaging (policy.md D4).")

rec("欧阳阿姨，这种安装问题打字太慢了，您直接拨919-555-0163找Barnaby，他中文也能说几句，或者让家里"
    "孩子帮忙接。",
    [OFF], "zh", ["violation", "careful", "phone"],
    "Asks the buyer to ring the shop's own number; no 电话 keyword (policy.md D3).")

rec("闻老师，您问的滴灌布管示意图我们画好了。放在我们自己的页面上：https://rillwhistlegarden.com/drip-plan "
    "。打开就能下载，不用注册。",
    [OFF], "zh", ["violation", "split", "url"],
    "Sends the buyer to a page on the seller's own domain (policy.md D1); the drawing could "
    "have been attached in Amazon messaging.")

rec("小禾你好，下次要买垫圈、快接头这些小配件，直接找我们下单就行，不用走亚马逊，官网和私下都能发货，"
    "运费还能商量。",
    [OFF], "zh", ["violation", "plain", "diversion"],
    "Invites the buyer to order outside Amazon, through the shop's site or privately "
    "(policy.md D6).")

rec("甘女士，伸缩水管配我们家的八功能喷枪最合适，接口一样，拧上就能用，店里现在还有货，需要的话直接"
    "在亚马逊搜Rillwhistle就能找到。",
    [MK], "zh", ["violation", "careful", "cross-sell"],
    "Pushes a second product the buyer did not ask about: cross-selling (policy.md B).")

rec("您好！花园浇水季到了。本周末我们亚马逊店铺全场打八五折。定时器、洒水器、水管都参加，错过要等"
    "明年了。",
    [MK], "zh", ["violation", "split", "sale"],
    "A store-wide weekend sale announced to a buyer (policy.md B).")

rec("池先生，您去年买的那根水管差不多该换了吧？橡胶老化会漏水。再来一根吧，老客户回购我们一样包邮"
    "发货。",
    [MK], "zh", ["violation", "plain", "buy-again"],
    "A 'buy again' push to a past customer (policy.md B; interface.md marketing).")

rec("欧阳阿姨，关注我们的小红书账号“Rillwhistle园艺”，每周都有浇水小技巧，月底还抽三位粉丝送定时器。",
    [MK, OFF], "zh", ["violation", "plain", "giveaway", "follow", "social"],
    "Follow-us call with a prize draw (policy.md B) on a social app named by account "
    "(policy.md D4); 小红书 is not in policy.md's list but is the same kind of channel.")

rec("闻老师好。谢谢您一直支持小店。我们建了个老客户群，在群里报名就发HOSE20优惠码。进群加阿芸，号码 "
    "919-555-0163，用WhatsApp搜就行。",
    [MK, OFF], "zh", ["violation", "split", "coupon", "vip-list", "messaging-app", "phone"],
    "Customer group with a discount code (policy.md B) reached through WhatsApp and a phone "
    "number (policy.md D3, D4).")

rec("小禾，喷枪收到了吧？在亚马逊分享一下用后感，回头再买滴灌配件时我直接给你便宜两成。",
    [MK, RI], "zh", ["violation", "careful", "discount", "incentive"],
    "A lower price on the next purchase in return for posting about the product: incentive "
    "(policy.md C1) and a future-purchase discount (policy.md B); judgement call on the double "
    "label.")

# =====================================================================================
# VIOLATIONS: Traditional Chinese (10: Taiwan 6, Hong Kong 4)
# =====================================================================================
rec("邵小姐您好，澆水定時器用起來還順手嗎？在亞馬遜寫完評價後，傳訊息把截圖給我們，就送您一組黃銅"
    "快接頭喔，數量有限。",
    [RI], "zh", ["violation", "plain", "incentive", "traditional", "taiwanese"],
    "A set of brass connectors for a posted review with a screenshot (policy.md C1).")

rec("童先生，擺動式灑水器如果有哪裡不滿意，拜託先在這裡跟阿芸講，我們一定處理到好，不要直接跑去商品頁"
    "寫；用得順的話，再上去分享就好。",
    [RI], "zh", ["violation", "careful", "gating", "traditional", "taiwanese"],
    "Unhappy buyers kept off the product page, happy ones sent to it: gating (policy.md C3).")

rec("車太你好。伸縮水喉用咗一排，應該冇問題啦。得閒幫我哋喺Amazon俾個五星。我哋細舖真係好需要大家"
    "支持。",
    [RI], "zh", ["violation", "split", "rating-request", "traditional", "cantonese"],
    "Cantonese request for five stars (policy.md C2).")

rec("譚生，新嘅定時器已經換咗俾你，漏水問題都搞掂咗。你之前喺產品頁寫嗰段嘢，可唔可以執返一執，等佢同"
    "而家嘅情況一致？",
    [RI], "zh", ["violation", "careful", "change-review", "traditional", "cantonese"],
    "Asks the buyer to tidy up what they wrote on the product page after a replacement: a "
    "veiled request to change a review (policy.md C4).")

rec("石小姐，定時器的App如果一直連線失敗，直接加我們的LINE：@rillwhistletw ，傳影片過來比較快，"
    "工作天一小時內回覆。",
    [OFF], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
    "A LINE handle for support outside Amazon (policy.md D4).")

rec("姚小姐，個分水器點樣裝，打字講唔清楚，你直接打去 07700 900573 搵我哋同事，佢會一步步教你。",
    [OFF], "zh", ["violation", "careful", "phone", "traditional", "cantonese"],
    "The shop's own number for an installation question (policy.md D3).")

rec("童先生您好。您問的備用墊圈，亞馬遜上沒有單獨賣。我們可以私下寄給您，運費用轉帳就好。帳號我再"
    "另外傳給您。",
    [OFF], "zh", ["violation", "split", "payment", "diversion", "traditional", "taiwanese"],
    "A private sale paid by bank transfer outside Amazon (policy.md D5, D6).")

rec("邵小姐，感謝您的訂單！下次在我們的亞馬遜賣場結帳時輸入DRIP10，滴灌配件全館打九折喔。",
    [MK], "zh", ["violation", "plain", "coupon", "traditional", "taiwanese"],
    "A discount code for the next order (policy.md B).")

rec("車太，同你講聲，我哋下個月會推出加長版三十米伸縮水喉，出水口仲粗咗，到時喺Amazon舖頭搵到。",
    [MK], "zh", ["violation", "careful", "new-product", "traditional", "cantonese"],
    "Announces an upcoming product to a past buyer (policy.md B).")

rec("石小姐您好。您上次問的捲管車已經補貨了。之後到貨和特價消息，我們都會先發在臉書粉專"
    "「Rillwhistle園藝社」。有空可以去按個讚喔。",
    [MK, OFF], "zh", ["violation", "split", "restock", "follow", "social", "traditional",
                      "taiwanese"],
    "A back-in-stock note followed by a push to like a Facebook page for offers "
    "(policy.md B, D4). Telling a buyer who asked that an item is back would alone be a "
    "judgement call; the page invitation settles it.")

# =====================================================================================
# VIOLATIONS: code-switched (2, Simplified + English)
# =====================================================================================
rec("Hi 甘女士, 定时器 app 的 rain delay 功能用得还习惯吗？If you're happy with it, 麻烦在 Amazon 上给个 "
    "5-star review，不满意就先找我们聊。",
    [RI], "zh", ["violation", "plain", "rating-request", "gating", "mixed"],
    "Asks for a five-star review only if happy and routes unhappy buyers to the seller "
    "(policy.md C2, C3).")

rec("池先生，brass quick connectors 四个一包的卖得很快。We just set up a bundle in our Amazon shop: "
    "水管 + 喷枪 + connectors，一起买比单买省不少。Worth grabbing before the summer rush.",
    [MK], "zh", ["violation", "split", "bundle", "mixed"],
    "Promotes a bundle offer to a buyer (policy.md B).")

# =====================================================================================
# EVASIONS: English (14)
# =====================================================================================
rec("Hope the Rainlark is doing its job, Imelda! A 5-st" + CY_A + "r r" + CY_E + "view would mean "
    "a lot to our little shop.",
    [RI], "en", ["evasion", "rating-request", "homoglyph"],
    "Five-star request with Cyrillic letters inside 'star' and 'review' (policy.md C2; "
    "section e homoglyphs).")

rec("Desmond, for the timer firmware issue please message us on Wh" + CY_A + "tsApp at +1 (919) "
    "555-0148 - pictures come through much clearer there.",
    [OFF], "en", ["evasion", "phone", "messaging-app", "homoglyph"],
    "WhatsApp with a Cyrillic a, plus the shop's number (policy.md D3, D4; section e).")

rec("Rosamund, your drip kit should arrive Thursday. Use DR1P10 on your next Rillwhistle order for "
    "10% 0ff the emitters.",
    [MK], "en", ["evasion", "coupon", "leetspeak"],
    "A discount code and 'off' written with digits for letters (policy.md B; section e "
    "leetspeak).")

rec("Leopold, post your r3view of the Coilbarrow and we'll send a spare hose reel crank, no charge.",
    [RI], "en", ["evasion", "incentive", "leetspeak"],
    "A spare part for a review, with 'review' in leetspeak (policy.md C1; section e).")

rec("Theodora, faster answers on T e l e g r a m: rillwhistle_help. Send the serial from the back "
    "of the timer there.",
    [OFF], "en", ["evasion", "messaging-app", "spacing"],
    "Telegram spelled with spaces plus a handle (policy.md D4; section e spacing).")

rec("Gwendolyn, type H O S E 2 0 at checkout and the second hose is a fifth cheaper.",
    [MK], "en", ["evasion", "coupon", "spacing"],
    "A discount code spelled letter by letter (policy.md B; section e spacing).")

rec("Ambrose, the manual scan is too big for this inbox. Send a note to h-e-l-p at "
    "rillwhistlegarden dot com and I'll reply from there.",
    [OFF], "en", ["evasion", "email", "separator", "spelled-email"],
    "An e-mail address hyphenated and spelled out with 'at' and 'dot' (policy.md D2; "
    "section e).")

rec("Cormac, glad the splitter fixed the pressure drop. Would you leave five-st" + ZW + "ar "
    "fee" + ZW + "dback for us when you have a moment?",
    [RI], "en", ["evasion", "rating-request", "zero-width"],
    "Five-star feedback request with zero-width spaces inside the keywords (policy.md C2; "
    "section e).")

rec("Henrietta, the winterising checklist is at rillwhistle" + ZW + "garden.com/winter - have a "
    "look before the first frost.",
    [OFF], "en", ["evasion", "url", "zero-width"],
    "A link to the seller's own site broken by a zero-width space (policy.md D1; section e).")

rec("Lucius, if the nozzle ever gives you trouble, skip the product page and write straight to "
    "rillwhistle dot water at gmail dot com - we sort things out faster there than any public "
    "comment could.",
    [OFF, RI], "en", ["evasion", "email", "gating", "spelled-email"],
    "Spelled-out e-mail address (policy.md D2) used to divert an unhappy buyer from the "
    "product page (policy.md C3).")

rec("Imelda, if the valve keeps clicking, ring Barnaby on nine one nine, five five five, zero one "
    "six three and he'll talk you through it.",
    [OFF], "en", ["evasion", "phone", "number-words"],
    "The shop's phone number written in words (policy.md D3; section e).")

rec("Percival, loving the Rainlark? Then " + STAR * 5 + " on Amazon would make our summer! Not "
    "loving it? Message us here first.",
    [RI], "en", ["evasion", "rating-request", "gating", "emoji"],
    "Five star emoji for happy buyers, the seller first for unhappy ones (policy.md C2, C3; "
    "emoji also break E).")

rec("Wilhelmina, we run a little group on the green app with the phone icon where members hear "
    "about flash offers before anyone else. Reply with your number and I'll add you.",
    [MK, OFF], "en", ["evasion", "vip-list", "messaging-app", "nickname"],
    "A members-first offers group (policy.md B) on a messaging app named only by its icon "
    "(policy.md D4; section e).")

rec("Desmond, we post weekly lawn-watering schedules on the photo app - look up rillwhistle, then a "
    "dot, then garden. Tap follow and you'll see our seasonal offers first.",
    [MK, OFF], "en", ["evasion", "follow", "social", "nickname", "split-handle"],
    "Follow call for offers (policy.md B) on Instagram, named by nickname with the handle given "
    "in pieces (policy.md D4; section e).")

# =====================================================================================
# EVASIONS: Simplified Chinese (9)
# =====================================================================================
rec("甘女士，水管用着满意的话，帮忙去亚马逊写个haoping，截图发我就有fanxian哦。",
    [RI], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
    "好评返现 written in pinyin: cash for a positive review (policy.md C1, C2; section e).")

rec("池先生，安装视频太大发不了，加个薇信吧：rillwhistle_cn ，阿芸一对一教您。拉朋友一起进群，两人各减"
    "五美元。",
    [MK, OFF], "zh", ["evasion", "referral", "messaging-app", "homophone"],
    "WeChat as the homophone 薇信 (policy.md D4) plus a refer-a-friend reward "
    "(policy.md B).")

rec("欧阳阿姨，喷枪好用的话给个好苹，晒图的我们都补寄一包垫圈。",
    [RI], "zh", ["evasion", "incentive", "rating-request", "homophone"],
    "好评 disguised as 好苹, with washers for a photo review (policy.md C1, C2; section e).")

rec("闻老师，定时器的分区设置比较复杂，您直接打九一九五五五零一四八，Barnaby接起来您说中文慢一点他能听懂。",
    [OFF], "zh", ["evasion", "phone", "cn-numerals"],
    "The shop's number in Chinese numerals (policy.md D3; section e).")

rec("小禾，留 个 好 评 截 图 发过来，下单金额原路退一半。",
    [RI], "zh", ["evasion", "incentive", "rating-request", "spacing"],
    "Half the price back for a positive review, with spaces between the characters "
    "(policy.md C1; section e).")

rec("甘女士，下次直接来我们官/网买，滴灌配件比亚马逊便宜两成，地址 rillwhistlegarden.com 。",
    [MK, OFF], "zh", ["evasion", "discount", "url", "diversion", "separator"],
    "Cheaper on the seller's own site, with 官网 split by a slash (policy.md B, D1, D6; "
    "section e).")

rec("池先生，阿芸在绿泡泡上，号是 rillwhistle 后面加下划线再加 cn ，发图更方便。",
    [OFF], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
    "WeChat by nickname (绿泡泡) and the ID dictated in pieces (policy.md D4; section e).")

rec("闻老师，保修登记表发到" + fw("help@rillwhistlegarden.com") + " 就行，阿芸当天处理。",
    [OFF], "zh", ["evasion", "email", "fullwidth"],
    "Full-width e-mail address (policy.md D2; section e).")

rec("欧阳阿姨" + FLOWER + " 夏季浇水节来啦！店里结账输入SPRAY15，喷枪立减15%" + PARTY,
    [MK], "zh", ["evasion", "coupon", "emoji"],
    "A promotional code dressed with emoji (policy.md B; emoji also break E).")

# =====================================================================================
# EVASIONS: Traditional Chinese (5: Taiwan 3, Hong Kong 2)
# =====================================================================================
rec("邵小姐，App連線的問題用文字不好說明，加我們賴 @rillwhistletw ，傳影片給阿芸看一下喔。",
    [OFF], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
    "LINE written as the homophone 賴 with the handle (policy.md D4; section e).")

rec("童先生，結帳時輸入" + fw("TIMER25") + "，智慧定時器就打七五折喔，只到這個月底。",
    [MK], "zh", ["evasion", "coupon", "fullwidth", "traditional", "taiwanese"],
    "A discount code in full-width letters (policy.md B; section e).")

rec("石小姐，捲管車用得順手的話，幫忙上亞馬遜給個 wuxing pingjia 好嗎？拜託拜託～",
    [RI], "zh", ["evasion", "rating-request", "gating", "pinyin", "traditional", "taiwanese"],
    "五星評價 in pinyin, asked only if the buyer is pleased (policy.md C2, C3; section e).")

rec("車太，水喉接頭點駁法我哋錄咗片，WhatsApp 我哋就即刻send俾你：零七七零零 九零零三九五。",
    [OFF], "zh", ["evasion", "phone", "messaging-app", "cn-numerals", "traditional",
                  "cantonese"],
    "WhatsApp on a UK number written in Chinese numerals (policy.md D3, D4; section e).")

rec("譚生，新灑水器已經寄咗俾你，麻煩你抽空將之前嘅差" + ZW + "評刪" + ZW + "咗佢，唔該你。",
    [RI], "zh", ["evasion", "change-review", "zero-width", "traditional", "cantonese"],
    "Asks to delete a negative review after a replacement, keywords split by zero-width "
    "spaces (policy.md C4; section e).")

# =====================================================================================
# EVASIONS: code-switched (2)
# =====================================================================================
rec("Hi 小禾，喷枪的 spare nozzle tips 我们店里有卖，链接：amazon.com/stores/Rillwhistle 。Any "
    "questions, text Barnaby at nine one nine five five five zero one four eight。",
    [MK, OFF], "zh", ["evasion", "listing-link", "phone", "number-words", "mixed"],
    "Storefront link pushing accessories (policy.md B, D1) and the shop's number in English "
    "words (policy.md D3; section e).")

rec("姚小姐，box 入面有張 card，背面個格仔 scan 咗就入到我哋 S i g n a l group，每個月都有 "
    "member 價㗎。",
    [MK, OFF], "zh", ["evasion", "vip-list", "messaging-app", "qr", "spacing", "traditional",
                      "cantonese", "mixed"],
    "A QR square on an insert card leads to a Signal members' price group "
    "(policy.md B, D1, D4; section e inserts and spacing).")

# =====================================================================================
# NEAR-MISSES: English (23)
# =====================================================================================
rec("Hi Cormac, sorry the Tidecoil split at the fitting after two weeks. We've sent a new hose "
    "free of charge under order 113-5094821-7736045, and there's no need to send the old one back "
    "- just cut it up for the recycling bin. It should arrive Tuesday.",
    [], "en", ["near-miss", "remedy"],
    "A free replacement for a defect is a remedy, not a promotion (policy.md B near-misses).")

rec("Ms. Szymanska, the timer that stopped holding its schedule (order 112-8307164-2259930) has "
    "been refunded in full to your original payment method. Your bank usually shows it within "
    "three to five business days. Sorry for the wasted weekend.",
    [], "en", ["near-miss", "remedy"],
    "A refund with no link to any review (policy.md C near-misses).")

rec("You wrote: 'Will you give me a discount if I leave five stars?' We can't do that, Percival - "
    "Amazon doesn't allow anything to be offered for a review, and we wouldn't want a score that "
    "wasn't your own. What we can do is help with the sprinkler arc that keeps sticking: loosen "
    "the side knob a quarter turn and try again.",
    [], "en", ["near-miss", "quoted-buyer"],
    "The trigger words are the buyer's, quoted and declined; nothing is offered or asked "
    "(policy.md C near-misses, D near-misses on quoted text).")

rec("'Is there a WhatsApp number I can send a video to?' - good question, Theodora, but we keep all "
    "support in Amazon messages. You can attach the video right here, and Barnaby will watch it "
    "today.",
    [], "en", ["near-miss", "quoted-buyer"],
    "Quotes the buyer's request for a WhatsApp number and keeps the conversation on Amazon "
    "(policy.md D near-misses).")

rec("Hi Leopold, as you asked: order 112-5550148-7713096 left our warehouse this morning with the "
    "rain sensor packed separately, tracking TBA593021847760. The carrier expects to drop it off "
    "on Thursday.",
    [], "en", ["near-miss", "lookalike-number"],
    "The order id contains 555-0148 like a phone number, and there is a tracking number; a "
    "reply about shipping is allowed (policy.md A near-misses, D near-misses).")

rec("Desmond, I checked order 111-5550163-2049871 for you: the second box with the splitter is "
    "still with the carrier and should catch up with the first one tomorrow.",
    [], "en", ["near-miss", "lookalike-number"],
    "An order id with a 555-0163 block must not be read as a phone number (policy.md D "
    "near-misses).")

rec("Hello Imelda, regarding order 114-6620473-9158201: now that the drip kit has had a couple of "
    "weeks in your beds, you're welcome to tell other buyers how it went on Amazon, whatever you "
    "make of it. Thank you for choosing us.",
    [], "en", ["near-miss", "neutral-request"],
    "One neutral invitation with no rating, reward or condition (interface.md; policy.md C "
    "near-misses). Treated as the first request on this order.")

rec("Gwendolyn, one request about order 113-2719064-8840537, and we'll only ask once: if you have a "
    "moment, an honest review of the Coilbarrow cart helps other gardeners decide whether it suits "
    "them. Good or bad, it's your call.",
    [], "en", ["near-miss", "neutral-request"],
    "A balanced single review request (interface.md; policy.md C near-misses, section b).")

rec("Mr. Lindgren, thank you for bearing with us while we sorted out the missing connector on order "
    "205-8831470-6620159. Since the part has now arrived and the leak is gone, just so you know: "
    "if you feel the matter is settled, Amazon lets you revise or withdraw the seller feedback you "
    "posted earlier. It is entirely up to you.",
    [], "en", ["near-miss", "feedback-notice"],
    "The neutral seller-feedback notice after resolution that Amazon allows; the brief would still "
    "warn (high risk), so labelling it compliant is a judgement call (policy.md C5).")

rec("Rosamund, we've cancelled the second Dewclock order you placed by mistake, as you asked, and "
    "changed the delivery address on the first one to your allotment shed. Nothing else needs "
    "doing on your side.",
    [], "en", ["near-miss", "logistics-word"],
    "Cancel and change used for order logistics the buyer asked for (policy.md A near-misses).")

rec("Hi Lucius, the $34.99 you paid for the Petaljet already covers the spare O-rings in the little "
    "bag taped inside the box - there's nothing extra to buy. They fit the trigger seal and the "
    "hose end.",
    [], "en", ["near-miss", "price-paid"],
    "A price already paid, mentioned to explain what is in the box; no offer (policy.md B "
    "near-misses).")

rec("Henrietta, you're right that the listing price went up after you ordered. The price you paid "
    "stays as it is; Amazon charged the amount shown at checkout, and no adjustment is due either "
    "way.",
    [], "en", ["near-miss", "price-paid"],
    "Explains the price the buyer paid; nothing is promoted (policy.md B near-misses).")

rec("Ambrose, the Tidecoil is kink-free and lead-free; the brass ends are rated for 150 psi burst "
    "pressure. At your house pressure it should never balloon.",
    [], "en", ["near-miss", "product-word"],
    "'Free' and 'rated' as product specifications (policy.md B near-misses, C near-misses).")

rec("The 'star' pattern on the Petaljet dial is the wide shower for lawns, Wilhelmina - it's the "
    "fourth click clockwise from jet. Flat and cone sit either side of it.",
    [], "en", ["near-miss", "product-word"],
    "'Star' names a spray pattern, not a rating (policy.md C near-misses on product facts).")

rec("Sorry, Theodora, we can't take payment outside Amazon - no PayPal, no direct orders. If you "
    "need a second splitter, the listing has it, and any problem with it comes back through this "
    "thread.",
    [], "en", ["near-miss", "refusal"],
    "Refuses an off-Amazon payment the buyer proposed (policy.md D5 read in reverse; judgement "
    "call that naming PayPal in a refusal is fine).")

rec("Imelda, the app's Preview tab shows the next seven days of watering before anything runs. If a "
    "zone starts at the wrong hour, tap it in Preview and drag the marker.",
    [], "en", ["near-miss", "substring"],
    "'Preview' contains 'review' and 'starts' contains 'star' (policy.md section 0 point 4 on "
    "substrings).")

rec("Percival, the Dewclock carries a two-year warranty. If the valve fails again, open your order "
    "in Amazon, choose the replacement option, and we'll ship a new unit as soon as the old one is "
    "scanned.",
    [], "en", ["near-miss", "warranty"],
    "Warranty handled through Amazon's own order flow (policy.md A, D near-misses).")

rec("Good question, Cormac. The coupon you saw on the listing is one Amazon runs; ticking the box "
    "under the price applies it automatically at checkout. There isn't a separate code from us.",
    [], "en", ["near-miss", "answer"],
    "Explains an Amazon coupon the buyer asked about (policy.md B near-misses: warn at most).")

rec("Gwendolyn, the Royal Mail tracking RL508316274GB shows your hose reel at the local delivery "
    "office. You can also check it on the Royal Mail site by entering that number.",
    [], "en", ["near-miss", "carrier-site"],
    "Names the carrier's own tracking site without a link; a judgement call applying the carrier "
    "exception by analogy (policy.md D3).")

rec("Thank you for mentioning the review you posted, Mr. Varga - we're glad the spray gun's thumb "
    "lock made the difference. About your question on winter storage: drain it, leave the trigger "
    "open and keep it in the shed.",
    [], "en", ["near-miss", "review-thanks"],
    "Thanks for a review the buyer mentioned, in a reply with real content (policy.md C "
    "near-misses).")

rec("Lucius, we reviewed the photos of the cracked timer housing with our supplier. It's a moulding "
    "fault, so a new unit is on the way at no cost to you.",
    [], "en", ["near-miss", "review-word"],
    "'Reviewed' means examined; the new unit is a remedy with no review mention (policy.md C "
    "near-misses).")

rec("Desmond, to send the sprinkler back, open amazon.com/your-orders, pick the Rainlark and follow "
    "the return steps. The prepaid label is generated there.",
    [], "en", ["near-miss", "amazon-page"],
    "A link to Amazon's own orders page for a return (policy.md D near-misses: at most info).")

rec("Henrietta, to answer your question plainly: nothing about your order depends on whether you "
    "leave a review - there's no reward and no penalty either way. The refund for the split hose "
    "was processed on its own.",
    [], "en", ["near-miss", "negation"],
    "Review, reward and refund appear only to deny any link between them (policy.md C "
    "near-misses).")

# =====================================================================================
# NEAR-MISSES: Simplified Chinese (17)
# =====================================================================================
rec("甘女士，非常抱歉，洒水器的摆动齿轮坏了。我们已经免费给您补寄一台新的，旧的不用寄回，订单号 "
    "113-7462058-1193624 。",
    [], "zh", ["near-miss", "remedy"],
    "免费补寄 is a remedy for a defect, not a promotion (policy.md B near-misses).")

rec("池先生，定时器电池仓进水是我们包装没做好，订单 114-9081326-3357419 已全额退款，钱会原路退回您的"
    "付款账户，您不用再寄回。",
    [], "zh", ["near-miss", "remedy"],
    "A refund with no tie to a review (policy.md C near-misses).")

rec("您留言说“给好评能不能便宜点”，这个真的不行，亚马逊不允许用任何好处换评价。不过您说的喷枪漏水，我们"
    "可以先寄个新的密封圈给您。",
    [], "zh", ["near-miss", "quoted-buyer"],
    "The buyer's own words are quoted and the offer is refused; the seal is a remedy unrelated to "
    "the review (policy.md C near-misses).")

rec("欧阳阿姨，您问“有没有微信可以直接联系”，我们的售后都在亚马逊消息里处理，您把照片直接发在这里"
    "就行，阿芸每天都会看。",
    [], "zh", ["near-miss", "quoted-buyer"],
    "微信 appears only in the buyer's quoted question, and the answer keeps contact on Amazon "
    "(policy.md D near-misses).")

rec("您问的包裹，USPS 追踪号 9405 5118 0742 6630 9158 14，今天下午已经投递到您家门口的信箱了。",
    [], "zh", ["near-miss", "lookalike-number"],
    "A long tracking number is not a phone number (policy.md D near-misses).")

rec("小禾你好，关于订单 112-3158806-4471952：滴灌套装已经用了两周，如果方便的话，欢迎到亚马逊商品页"
    "写下真实感受，好坏都可以。我们只提这一次。",
    [], "zh", ["near-miss", "neutral-request"],
    "A single neutral invitation, good or bad (interface.md; policy.md C near-misses).")

rec("甘女士，缺的快接头已经补到了，漏水也解决了。如果您觉得问题已经处理好，可以自己决定是否去更新或撤回"
    "先前的卖家反馈，完全看您的意思。",
    [], "zh", ["near-miss", "feedback-notice"],
    "The neutral seller-feedback notice after resolution (policy.md C5 allowed form; a warning "
    "at most, so compliant here is a judgement call).")

rec("池先生，重复下的那一单已经按您的要求取消了，另一单的收货地址也修改成了您新家的地址，明天照常发货。",
    [], "zh", ["near-miss", "logistics-word"],
    "取消 and 修改 for order logistics (policy.md C near-misses, A near-misses).")

rec("欧阳阿姨，您下单时是29.99美元，现在页面价格涨了，但您的订单按下单时的价格结算，不会多扣钱。",
    [], "zh", ["near-miss", "price-paid"],
    "Explains the price paid; no offer (policy.md B near-misses).")

rec("闻老师，伸缩水管放完水会自动缩回去，可以对折两次放进附带的收纳袋，冬天放车库就行。",
    [], "zh", ["near-miss", "product-word"],
    "折 in 对折 is folding, not a discount (policy.md section 0 point 4).")

rec("小禾，你说想用支付宝直接转账给我们买第二套，这个我们做不了，只能在亚马逊下单。需要的话在同一个"
    "商品页再拍一套就行。",
    [], "zh", ["near-miss", "refusal"],
    "Refuses the buyer's off-Amazon payment (policy.md D5; naming 支付宝 in a refusal is a "
    "judgement call).")

rec("池先生，您说园丁师傅往返现场跑了两趟，真是辛苦了。螺纹对不上是因为您家龙头是英制的，附上转接头"
    "的尺寸说明。",
    [], "zh", ["near-miss", "substring"],
    "往返现场 contains 返现 across a word boundary (policy.md section 0 point 4).")

rec("欧阳阿姨，您说小区对面那家五星级酒店的草坪用的就是这种摆动喷头，确实是同一个结构，不过他们用的是"
    "商用款，流量大一些。",
    [], "zh", ["near-miss", "substring"],
    "五星 inside 五星级酒店 is not a rating request (policy.md C near-misses).")

rec("闻老师，定时器有两年保修，坏了的话在亚马逊订单页面申请换货就行，我们收到旧机扫描后马上发新机。",
    [], "zh", ["near-miss", "warranty"],
    "Warranty through Amazon's own order page (policy.md D near-misses).")

rec("小禾，你问的满50减5是亚马逊平台自己的活动，结账时自动扣减，不需要输入任何代码，我们这边也没有额外的"
    "优惠码。",
    [], "zh", ["near-miss", "answer"],
    "Answers a question about Amazon's own promotion (policy.md B near-misses: warn at most).")

rec("甘女士，您问的那个包裹是顺丰承运的，单号 SF1492607385521 ，您可以在顺丰官网输入单号查看。",
    [], "zh", ["near-miss", "carrier-site"],
    "官网 here is the carrier's site, named without a link (policy.md D3 carrier exception by "
    "analogy; judgement call).")

rec("池先生，谢谢您告诉我们已经写了评价，也很高兴卷管车的轮子问题解决了。您问的冬季收纳：把水管里的水"
    "放干净，卷好挂在墙上就行。",
    [], "zh", ["near-miss", "review-thanks"],
    "Thanks for a review the buyer mentioned, inside a substantive reply (policy.md C "
    "near-misses).")

# =====================================================================================
# NEAR-MISSES: Traditional Chinese (9: Taiwan 5, Hong Kong 4)
# =====================================================================================
rec("邵小姐，真的很抱歉，捲管車的輪軸在運送時撞彎了。我們已經免費補寄一台新的給您，舊的不用退回，"
    "預計三個工作天到。",
    [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
    "免費補寄 is a remedy (policy.md B near-misses).")

rec("車太，你問「寫評價係咪一定要上載相」，唔使嘅，寫唔寫、寫咩都係你自己決定。至於個噴槍漏水，我哋寄咗"
    "新膠圈俾你，聽日應該到。",
    [], "zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"],
    "Quotes the buyer's question about reviews and leaves the choice to them; no request "
    "(policy.md C near-misses).")

rec("童先生，您說包裹上那串 TBA118640295573 是什麼：那是亞馬遜的物流追蹤編號，不是電話，在訂單頁點"
    "「追蹤包裹」就能看到進度喔。",
    [], "zh", ["near-miss", "lookalike-number", "traditional", "taiwanese"],
    "A tracking number explained as not being a phone number (policy.md D near-misses).")

rec("石小姐您好，關於訂單 111-4938150-6602784：灑水器已經用了一陣子，如果您願意，歡迎到亞馬遜商品頁"
    "分享實際使用心得，好的壞的都可以寫，我們就提醒這一次喔。",
    [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
    "One neutral invitation, good or bad (interface.md; policy.md C near-misses).")

rec("譚生，補寄嘅接頭收到就好，漏水問題應該冇再出現。如果你覺得件事已經處理好，可以自己決定要唔要更新"
    "或者撤回之前留低嘅賣家反饋，我哋完全尊重你嘅決定。",
    [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
    "Neutral seller-feedback notice after resolution (policy.md C5 allowed form; judgement call, "
    "policy.md would warn).")

rec("邵小姐，您要求的收件地址修改已經完成，第二筆重複的訂單也幫您取消了，原本那筆明天就會出貨喔。",
    [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
    "修改 and 取消 for the buyer's own order request (policy.md A near-misses).")

rec("姚小姐，你想加我哋 WhatsApp 傾，唔好意思，我哋所有售後都只係喺 Amazon 訊息度處理。有咩相或者片，"
    "直接喺呢度上載就得。",
    [], "zh", ["near-miss", "refusal", "traditional", "cantonese"],
    "Declines the buyer's WhatsApp request (policy.md D near-misses).")

rec("車太，呢個定時器有兩年保修，如果再壞，喺亞馬遜訂單頁揀換貨就得，我哋收到舊機就即刻寄新嘅俾你。",
    [], "zh", ["near-miss", "warranty", "traditional", "cantonese"],
    "Warranty through Amazon's order page (policy.md D near-misses).")

rec("童先生，您傳來的水壓測試影片我們已經仔細評估過了，問題出在分水器的墊片，新的墊片今天寄出，兩三個"
    "工作天會到。",
    [], "zh", ["near-miss", "review-word", "traditional", "taiwanese"],
    "評估 means assessment, not a review (policy.md section 0 point 4).")

# =====================================================================================
# NEAR-MISS: code-switched (1)
# =====================================================================================
rec("Hi 小禾，sorry the sprinkler arrived with a cracked base. 我们已经安排免费 replacement，新的明天"
    "发出，旧的 no need to send back。",
    [], "zh", ["near-miss", "remedy", "mixed"],
    "A free replacement for a damaged item (policy.md B near-misses).")

# =====================================================================================
# CLEAN: English (13)
# =====================================================================================
rec("Hi Percival, thanks for your question about the T4. Yes, it runs all four zones on one "
    "schedule or on separate ones; hold the zone button for three seconds to split them. The "
    "batteries last about a season.",
    [], "en", ["clean"],
    "A product answer with nothing to flag (policy.md A: customer service).")

rec("Hello Imelda, your Coilbarrow cart travels on a pallet and needs someone home to sign. The "
    "freight company can come Tuesday morning or Thursday afternoon - which suits you better?",
    [], "en", ["clean"],
    "Scheduling delivery of a bulky item is a permitted message (policy.md A).")

rec("Wilhelmina, a quick heads-up: the Rainlark sprinkler you ordered will leave our warehouse two "
    "days later than planned because a pallet of bases arrived damaged at our end. It should "
    "still reach you before the weekend. Sorry for the wait.",
    [], "en", ["clean"],
    "A delay notice is an unexpected problem, not a confirmation (policy.md A near-misses).")

rec("Desmond, to stop the hose dripping at the tap, make sure the black washer sits flat inside the "
    "connector before you screw it on. Hand-tight plus a quarter turn is plenty; pliers tend to "
    "crush it.",
    [], "en", ["clean"],
    "Troubleshooting in reply to a question (policy.md A).")

rec("Ms. Szymanska, before we engrave the name plate for your reel cart, please confirm the "
    "spelling: 'Willow Bend Allotments, Plot 14'. We'll hold the job until you reply.",
    [], "en", ["clean"],
    "Verifying a custom design is a permitted message (policy.md A).")

rec("Mr. Lindgren, the courier needs to know how to get through your side gate, or a safe spot to "
    "leave the long box, since it won't fit a mailbox. Could you tell us where it should go?",
    [], "en", ["clean"],
    "Asking for information needed to deliver (policy.md A).")

rec("Rosamund, the Dewclock keeps its schedule through a power cut because the program is stored on "
    "the chip, not in the app. You'd only need to set the clock again after swapping batteries.",
    [], "en", ["clean"],
    "A product answer (policy.md A).")

rec("Theodora, the Rootsip kit waters about 20 pots from one tap. For 35 pots, run a second feeder "
    "from the four-way splitter rather than extending the first; the far drippers stay stronger "
    "that way.",
    [], "en", ["clean"],
    "Installation advice the buyer asked for (policy.md A).")

rec("Good evening Cormac. The Tidecoil grows to 30 m under full pressure and shrinks back to about "
    "10 m when drained, so measure to the farthest bed with it stretched out, not coiled.",
    [], "en", ["clean"],
    "A sizing answer (policy.md A).")

rec("Henrietta, the attached PDF is the mounting template for the timer bracket you asked about. "
    "Print it at full size and tape it to the fence post before drilling.",
    [], "en", ["clean"],
    "An attachment the buyer requested (policy.md A near-misses).")

rec("Hi Ambrose, thanks for the photo. That's the rain sensor's cable clip, not a broken part; it's "
    "meant to snap around the downpipe. Push until it clicks.",
    [], "en", ["clean"],
    "A customer-service answer (policy.md A).")

rec("Gwendolyn, the sprinkler's arc stops are the two blue tabs under the motor housing. Slide them "
    "closer together for a narrow bed, apart for the full lawn.",
    [], "en", ["clean"],
    "A product answer (policy.md A).")

rec("Lucius, yes, the Petaljet fits the older Tidecoil from 2022; the thread size is the same. If it "
    "feels stiff, a drop of silicone grease on the O-ring helps.",
    [], "en", ["clean"],
    "A compatibility answer (policy.md A).")

# =====================================================================================
# CLEAN: Simplified Chinese (10)
# =====================================================================================
rec("甘女士您好，定时器的四个分区可以设成同一时间，也可以分开设置，按住分区键三秒就能切换。",
    [], "zh", ["clean"], "A product answer (policy.md A).")

rec("池先生，卷管车体积比较大，需要物流上门送货并签收。周二上午或周四下午哪个时间方便？",
    [], "zh", ["clean"], "Scheduling a bulky delivery (policy.md A).")

rec("欧阳阿姨，跟您说一声：您买的洒水器因为我们仓库一批底座到货时受损，要晚两天发出，不过周末前应该能到，"
    "给您添麻烦了。",
    [], "zh", ["clean"], "A delay notice (policy.md A near-misses).")

rec("闻老师，水龙头接口漏水的话，先检查黑色密封圈有没有放平，再用手拧紧后多拧四分之一圈就够了，别用钳子。",
    [], "zh", ["clean"], "Troubleshooting in reply to a question (policy.md A).")

rec("小禾，卷管车铭牌上要刻的字请再确认一下：“青禾小院 第三排”，您回复后我们再开始刻。",
    [], "zh", ["clean"], "Verifying a custom engraving (policy.md A).")

rec("甘女士，滴灌套装一个水龙头大概能带二十盆花，如果有三十多盆，建议从四通分水器再接一路，别一直往后接。",
    [], "zh", ["clean"], "Installation advice (policy.md A).")

rec("池先生，停电后定时器的浇水计划不会丢，程序存在机器里；只有换电池以后需要重新校准一下时钟。",
    [], "zh", ["clean"], "A product answer (policy.md A).")

rec("欧阳阿姨，伸缩水管通水后会伸长到三十米左右，放水后缩回十米，量距离的时候要按伸长后的长度算。",
    [], "zh", ["clean"], "A sizing answer (policy.md A).")

rec("闻老师，附件是定时器支架的安装孔位图，按原尺寸打印出来贴在墙上，对着孔位打眼就行。",
    [], "zh", ["clean"], "A requested attachment (policy.md A near-misses).")

rec("小禾你好，照片里那个是雨量传感器的线卡，不是坏掉的零件，把它卡在落水管上，听到咔哒一声就装好了。",
    [], "zh", ["clean"], "A customer-service answer (policy.md A).")

# =====================================================================================
# CLEAN: Traditional Chinese (6: Taiwan 3, Hong Kong 3)
# =====================================================================================
rec("邵小姐您好，智慧澆水定時器的四個區域可以各自設定時間，在App裡點進區域就能調整，設好記得按儲存喔。",
    [], "zh", ["clean", "traditional", "taiwanese"], "A product answer (policy.md A).")

rec("童先生，捲管車比較大，要由貨運司機送到府上並簽收，請問週二上午或週四下午哪個時段方便呢？確認後我們"
    "就安排出貨囉。",
    [], "zh", ["clean", "traditional", "taiwanese"], "Scheduling a bulky delivery (policy.md A).")

rec("石小姐，灑水器的擺動角度是底下兩個藍色卡榫在控制，靠近一點就噴得窄，拉開就能涵蓋整片草皮喔。",
    [], "zh", ["clean", "traditional", "taiwanese"], "A product answer (policy.md A).")

rec("車太，伸縮水喉開水之後會伸到三十米左右，放咗水就縮返十米，度距離嗰陣要計伸長咗嘅長度。",
    [], "zh", ["clean", "traditional", "cantonese"], "A sizing answer (policy.md A).")

rec("譚生，水喉頭嗰度滴水嘅話，睇下個黑色膠墊有冇放平，用手扭實再扭多四分一個圈就夠，唔好用鉗。",
    [], "zh", ["clean", "traditional", "cantonese"], "Troubleshooting (policy.md A).")

rec("姚小姐，附件係定時器支架嘅開孔圖，用原尺寸印出嚟貼喺牆上，對住個孔位鑽就得。",
    [], "zh", ["clean", "traditional", "cantonese"], "A requested attachment (policy.md A).")

# =====================================================================================
# CLEAN: code-switched (1)
# =====================================================================================
rec("Hi 池先生，rain sensor 的连接线比较短，建议装在离定时器两米以内的地方。If the cable doesn't reach, "
    "我们可以另外寄一根延长的给您。",
    [], "zh", ["clean", "mixed"], "Installation advice in two languages (policy.md A).")


def records():
    recs = [dict(r) for r in R]
    random.Random(67).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h67-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "holdout67.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(R))
