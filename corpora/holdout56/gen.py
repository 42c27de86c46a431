#!/usr/bin/env python3
"""Source of holdout56.jsonl. python3 gen.py writes the file; records() returns the list."""
import json
import os
import random

ZW = "\u200b"
CY_A, CY_E, CY_I = "\u0430", "\u0435", "\u0456"
STAR = "\u2b50"
LABEL_OF = {}
for lab, subs in {
    "marketing": "coupon discount new-product cross-sell bundle buy-again restock referral vip-list giveaway",
    "off-platform-contact": "email phone messaging-app social url payment diversion qr",
    "review-inducement": "incentive rating-request gating steering change-review feedback-removal",
}.items():
    for s in subs.split():
        LABEL_OF[s] = lab
ORDER = ["marketing", "off-platform-contact", "review-inducement"]


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# (tags, lang, context, text, note); lang: en / zs / zt / tw / hk / mx
R = []


def r(tags, lang, ctx, text, note):
    R.append((tags, lang, ctx, text, note))


P, C = "proactive", "reply"
# ============================================================ English violations
r("violation plain incentive", "en", P,
  "Hi Winifred, thanks for ordering the Drizzlecap smoker. Leave a review of it this week and we will send you a $15 gift card as a thank-you.",
  "A gift card in exchange for a review is an incentive (policy.md C1).")
r("violation plain coupon", "en", P,
  "Your Hearthcomb deep box should arrive on Thursday. On your next order, use code HIVE20 at checkout for 20% off any frame pack.",
  "The delivery line is fine, but the added code for a later order is a coupon (policy.md B).")
r("violation plain phone", "en", C,
  "Hi Ezekiel, about the smoker bellows that split: it is quicker to sort this by phone. Call our bench directly at +1 (541) 555-0162 any weekday.",
  "The shop's own number offered instead of Buyer-Seller Messaging (policy.md D3).")
r("violation plain rating-request", "en", P,
  "Hi Maren, your Veilwick jacket was delivered yesterday. We would be so grateful for a five-star rating on the listing, since every star helps a small apiary shop like ours.",
  "Asks for a five-star rating (policy.md C2).")
r("violation plain vip-list email", "en", C,
  "Happy to help with the frame sizes. Send an email to care@thistlecombapiary.com to join our Keepers' List and get members-only prices on next season's gear.",
  "A members' list with special prices is marketing, and the address takes the buyer off Amazon (policy.md B, D2).")
r("violation plain gating", "en", P,
  "If you are happy with the Amberpress extractor, please leave a review on Amazon. If anything is not right, contact us first instead of posting a review.",
  "Asks only happy buyers to review and diverts unhappy ones (policy.md C3).")
r("violation plain new-product", "en", P,
  "New arrival for beekeepers: our Amberpress four-frame electric extractor is now on Amazon. Since you bought the hand-crank model last spring, this upgrade is made for you.",
  "An unprompted launch notice aimed at a past buyer is marketing (policy.md B).")
r("violation plain url diversion", "en", C,
  "The Waxling foundation sheets are out of stock on Amazon, but you can order them directly at www.thistlecombapiary.com/waxling today.",
  "A link to the shop's own site to buy outside Amazon (policy.md D1, D6).")
r("violation careful change-review", "en", C,
  "Cosimo, we have sent the missing hive tool by courier at our cost. Once it is in your hands, we would be grateful if what you wrote on the listing last week could reflect how things ended up.",
  "A veiled request to change a product review after a fix; see judgement call 3 (policy.md C4).")
r("violation careful messaging-app", "en", C,
  "For the frame-spacing question, Evander can walk you through it much faster on Signal. Search for thistlecomb_bee there and send him a hello.",
  "A messaging-app handle to move the conversation off Amazon (policy.md D4).")
r("violation careful discount", "en", P,
  "Ms. Okonjo, as someone who has ordered from us three times this season, you can take a third off anything in our Amazon shop until Sunday.",
  "A price reduction pushed to a past buyer is marketing even without the usual words (policy.md B).")
r("violation careful gating", "en", C,
  "So glad the bees took to the Hearthcomb box straight away, Mr. Farquhar! Since it has gone that well, would you mind telling other keepers about it on the product page?",
  "A review invitation sent because the buyer expressed satisfaction is gating; judgement call 1 (policy.md C3, section 0).")
r("violation careful payment", "en", C,
  "We can settle the cost of the cracked smoker lid between us. Tell us the account you receive money into online and we will send it over tonight.",
  "Compensation paid outside Amazon (policy.md D5).")
r("violation careful cross-sell", "en", C,
  "The veil zip runs the full collar and locks at the top. Keepers who buy this jacket usually pair it with our Veilwick goatskin gauntlets, worth adding before swarm season.",
  "The answer is fine; the added pitch for another product is cross-selling (policy.md B).")
r("violation careful steering", "en", P,
  "When you share your thoughts about the Mitewarden kit on the listing, please mention that it gave a count in under five minutes and that it arrived well packed.",
  "Tells the buyer what to write in a review (policy.md C7).")
r("violation split incentive", "en", P,
  "Hope the smoker is puffing nicely. We send a spare fuel tin to customers who post a few words about it on Amazon. Just reply with a screenshot once yours is up.",
  "A product sent in return for a posted review, spread over sentences (policy.md C1).")
r("violation split email", "en", C,
  "Our hive-bench team keeps a separate inbox for frame orders. It is hivebench@thistlecombapiary.com. Write there with your frame count and they will sort it.",
  "An e-mail address given to continue off Amazon (policy.md D2).")
r("violation split bundle", "en", P,
  "Your extractor ships tomorrow. This month, a second Combrake uncapping fork comes with every extractor order. Add one before Friday if you like.",
  "A bundle offer attached to a shipping note (policy.md B).")
r("violation split feedback-removal", "en", C,
  "We are sorry the feeder arrived late. That one-line comment you left about our shop is pulling our account score down. Please take it off today.",
  "Pressure to remove seller feedback (policy.md C5).")
r("violation split giveaway social", "en", P,
  "Spring is here at the apiary. We are drawing three winners for a full Hearthcomb starter hive next week. Follow @thistlecomb.hives on Instagram to be in it.",
  "A prize draw is marketing and the social handle takes buyers off Amazon (policy.md B, D4).")
r("violation split referral", "en", C,
  "Glad the Waxling sheets arrived flat. Know another keeper in your club? Pass on your order number and both of you get 10 dollars off your next hive order.",
  "A refer-a-friend reward is marketing (policy.md B).")
r("violation split change-review", "en", C,
  "Your new bellows went out today. We noticed the two-star note you left on the product page. Now that it is sorted, could you edit it?",
  "Asks to change a product review after resolution (policy.md C4).")
# ============================================================ English evasions
r("evasion messaging-app phone spacing", "en", C,
  "Text us on W h a t s A p p at +1 541 555 0149 for quicker help with the queen cage.",
  "Spaced-out app name plus the shop's number (policy.md D3, D4).")
r("evasion rating-request homoglyph", "en", P,
  "Please leave us a 5-st" + CY_A + "r r" + CY_E + "view for the Veilwick suit, it means a lot to a family apiary.",
  "Cyrillic letters hide a five-star request (policy.md C2).")
r("evasion coupon leetspeak", "en", P,
  "Your frames are on the way. Get 15% 0ff your next hive order with c0de C0MB15.",
  "Digits for letters hide a coupon (policy.md B).")
r("evasion incentive separator", "en", P,
  "Leave a r.e.v.i.e.w of the Mitewarden kit and we will post you a spare veil for your trouble.",
  "Dotted letters hide a review in exchange for a product (policy.md C1).")
r("evasion change-review zero-width", "en", C,
  "Now that the frames have arrived, could you please re" + ZW + "move the one-st" + ZW + "ar re" + ZW + "view?",
  "Zero-width spaces hide a request to remove a review (policy.md C4).")
r("evasion email fullwidth", "en", C,
  "Our bench replies faster outside Amazon, so write to " + fw("care@thistlecombapiary.com") + " with the photos.",
  "A full-width e-mail address (policy.md D2).")
r("evasion rating-request emoji", "en", P,
  "If the suit fits well, a " + STAR * 5 + " on the listing would make our week!",
  "Emoji stars stand for a five-star request (policy.md C2).")
r("evasion vip-list email spelled-email", "en", C,
  "Drop a line to thistlecomb dot bees at gmail dot com and we will put you on our early-bird list for next spring's nucs.",
  "A spelled-out address plus a priority list for future sales (policy.md B, D2).")
r("evasion phone number-words", "en", C,
  "If the extractor wobbles again, ring Evander on five four one, five five five, oh one four nine, and he will talk you through it.",
  "The shop's number written in words (policy.md D3).")
r("evasion coupon messaging-app nickname", "en", P,
  "Find us on the paper-plane app as thistlecomb_bee, where we post weekly codes for frames and foundation.",
  "Telegram by nickname, used for codes (policy.md B, D4).")
r("evasion social nickname split-handle", "en", C,
  "We post hive inspections on the photo app: look for thistlecomb, then a dot, then hives.",
  "Instagram by nickname and a handle given in pieces (policy.md D4).")
r("evasion discount url diversion homoglyph", "en", C,
  "Next time, order straight from th" + CY_I + "stlecombapiary.com and you will pay less than on Amazon.",
  "A look-alike letter hides the shop's domain; lower price off Amazon (policy.md B, D1, D6).")
r("evasion phone number-words", "en", C,
  "For the queen delivery dates, Evander is on oh seven seven oh oh, nine oh oh, six three four most mornings.",
  "A UK number in words (policy.md D3).")
r("evasion rating-request leetspeak", "en", P,
  "A p0sitive r3view from you would help our little apiary a lot this season.",
  "Digits for letters hide a request for a positive review (policy.md C2).")
# ============================================================ English near-misses
r("near-miss neutral-request", "en", P,
  "Hello Maren, your order 113-5820417-3396024 was delivered on Monday. If you have a moment, you are welcome to share your experience with the Veilwick jacket in a review on Amazon, whatever it is.",
  "One neutral review request with no condition or reward is allowed; judgement call 2 (interface.md, policy.md C near-misses).")
r("near-miss amazon-page", "en", C,
  "To send the dented smoker back, open Your Orders on Amazon, choose order 112-7039164-2285103 and select Return or replace items.",
  "Instructions that keep the return inside Amazon (policy.md D near-misses).")
r("near-miss remedy", "en", C,
  "We are sorry the frame pack arrived with two cracked top bars. A replacement pack has been sent free of charge, tracking 1Z5H30K71620498337.",
  "A free replacement is a remedy, not an offer (policy.md B near-misses).")
r("near-miss remedy", "en", C,
  "We have issued a full refund for the leaking feeder; it should show within 3 to 5 business days. There is no need to send it back.",
  "A refund with no link to a review (policy.md C near-misses).")
r("near-miss carrier-site", "en", C,
  "The Hearthcomb box is with Royal Mail, tracking RM481739205GB. The Royal Mail tracking page shows it at the local delivery office today.",
  "Naming the carrier's own tracking page is logistics; judgement call 6 (policy.md D near-misses).")
r("near-miss quoted-buyer", "en", C,
  "You mentioned that \"the rating plate on the extractor says 110V\". That is right: the Amberpress motor is built for US mains.",
  "The buyer's own words about a product label, not a rating request (policy.md C near-misses).")
r("near-miss refusal", "en", C,
  "You asked whether we could talk on WhatsApp instead. We can only help here in Amazon messages, so please send the photos in this thread.",
  "Declining to move off Amazon (policy.md D near-misses).")
r("near-miss feedback-notice", "en", C,
  "Now that the new veil has reached you: if you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided.",
  "Amazon's own acceptable notice after resolution; judgement call 4 (policy.md C5).")
r("near-miss review-thanks", "en", C,
  "Thank you for letting us know you posted a review, Cosimo, and for the tip about the smoker nozzle. We have passed it to the bench.",
  "Thanks in a reply to a buyer who mentioned a review (policy.md C near-misses).")
r("near-miss product-word", "en", C,
  "The Drizzlecap smoker is free-standing on its heat shield, and the bellows are free from glue, so nothing melts near the fire box.",
  "Product words, not an offer (policy.md B near-misses).")
r("near-miss logistics-word", "en", C,
  "We have cancelled the duplicate order you asked about, 114-2958301-6671420. The first order is still on track.",
  "The seller acted on the buyer's own cancel request (policy.md A near-misses).")
r("near-miss answer", "en", C,
  "The coupon you saw is an Amazon coupon. Tick the box on the product page and it applies at checkout on its own.",
  "Answering the buyer's question about an Amazon promotion (policy.md B near-misses).")
r("near-miss negation", "en", C,
  "We are not asking for a review or anything else; we only need to know which frame depth you run so we can send the right spacers.",
  "The review word is negated (policy.md C near-misses).")
r("near-miss warranty", "en", C,
  "The Amberpress carries a two-year warranty. To claim it, reply here in Amazon messages with a photo of the serial plate and we will handle it.",
  "Warranty help kept inside Amazon (policy.md D near-misses).")
r("near-miss lookalike-number", "en", C,
  "Your order 111-6048273-9915306 left our warehouse this morning and should reach you by Thursday.",
  "An order id that looks like a phone number (policy.md D near-misses).")
r("near-miss review-word", "en", C,
  "We reviewed the photos you sent, and the foundation sheets were warped by heat in transit. A fresh box leaves today.",
  "'Reviewed' means checked, not a product review (policy.md C near-misses).")
r("near-miss logistics-word", "en", C,
  "Your frames are on the truck. If you need to change the delivery address, the option is under Your Orders before it reaches the depot.",
  "Change here is an address change (policy.md section 0).")
r("near-miss amazon-page", "en", C,
  "Your invoice is under Your Orders on Amazon: https://www.amazon.com/gp/css/order-history, next to order 113-6172094-4408157.",
  "A link to Amazon's own order page (policy.md D near-misses).")
r("near-miss logistics-word", "en", P,
  "The carrier sent an update: your extractor is held at the depot after a road closure and will arrive two days later than estimated.",
  "A proactive delay notice is permitted (policy.md A near-misses).")
r("near-miss remedy", "en", C,
  "As you preferred, we have refunded 20 dollars for the scuffed lid instead of a return. You keep the box.",
  "A partial refund offered for a return issue is permitted (policy.md A).")
r("near-miss answer", "en", C,
  "Yes, the Waxling sheets come in deep and medium. The price is the same for both; pick the size from the menu on the listing.",
  "An answer to the buyer's question, with no pitch (policy.md B near-misses).")
r("near-miss carrier-site", "en", C,
  "USPS shows the parcel at your post office. On the USPS website you can book a redelivery with tracking 9405 5036 9930 0128 4471 63.",
  "The carrier's own site for redelivery (policy.md D near-misses).")
r("near-miss neutral-request", "en", P,
  "Order 112-8450937-1163049: we would like to hear how the Mitewarden kit works for you, good or bad. You can leave a review from Your Orders.",
  "A balanced single request; judgement call 2 (policy.md C near-misses).")
# ============================================================ English clean
r("clean", "en", C,
  "Hi Winifred, the Hearthcomb deep box takes ten frames with the spacers fitted, or nine without. Most keepers in cooler areas go with nine.",
  "Product help only (policy.md section 0).")
r("clean", "en", C,
  "The fire box is stainless steel and the bellows are leather. Burn pine needles or hessian, and avoid any wood that has been painted.",
  "Product help only (policy.md section 0).")
r("clean", "en", P,
  "Hello Ezekiel, flooding near the depot is holding up your extractor, so it will reach you about three days later than planned. We are sorry for the wait.",
  "A delay notice is permitted proactive contact (policy.md A near-misses).")
r("clean", "en", C,
  "Yes, the Veilwick jacket runs large. If you are between sizes, pick the smaller one; the elastic cuffs take up the slack.",
  "Sizing help (policy.md section 0).")
r("clean", "en", C,
  "The Mitewarden jar holds half a cup of bees. Shake it for one minute, then count the mites on the white tray.",
  "Product help (policy.md section 0).")
r("clean", "en", C,
  "We checked with the bench: the uncapping fork is food-grade steel and can go in the dishwasher on the top rack.",
  "Product help (policy.md section 0).")
r("clean", "en", C,
  "Hi Maren, the Nectarpail feeder sits over the hole in the crown board. Fill it in the evening so robber bees do not notice.",
  "Product help (policy.md section 0).")
r("clean", "en", P,
  "Hello Mr. Farquhar, before we brand your hive boxes, please confirm the lettering: FARQUHAR APIARY, in capitals, on the front of both boxes.",
  "Verifying a custom design is a permitted message (policy.md A).")
r("clean", "en", C,
  "Wax foundation softens above 30 degrees, so keep the box somewhere cool until you fit the sheets.",
  "Product help (policy.md section 0).")
r("clean", "en", C,
  "The queen cage has a candy plug; the workers eat through it in two or three days, so there is nothing else to do.",
  "Product help (policy.md section 0).")
r("clean", "en", P,
  "Hello Cosimo, the Amberpress extractor weighs 38 kg and travels by pallet. Which weekday morning next week suits you for delivery?",
  "Scheduling delivery of a bulky item is permitted (policy.md A).")
r("clean", "en", C,
  "Sorry to hear about the stings through the gloves. The goatskin is thin at the fingertips for grip; thin nitrile gloves underneath help.",
  "Product help (policy.md section 0).")
r("clean", "en", C,
  "The smoker nozzle unscrews anticlockwise. Let it cool fully first, then scrape the tar out with your hive tool.",
  "Product help (policy.md section 0).")
# ============================================================ Simplified violations
r("violation plain incentive", "zs", P,
  "罗先生您好，喷烟器用得顺手的话，在亚马逊留个好评并截图给我们，返现15元。",
  "好评返现 is a cash incentive (policy.md C1).")
r("violation plain coupon", "zs", P,
  "孟女士，您的蜂箱已签收。下次购买巢础可用优惠码 BEES10，立减10%。",
  "A coupon for a later order (policy.md B).")
r("violation plain messaging-app", "zs", C,
  "卢姐，摇蜜机的安装视频太大发不了，加我微信 thistlecomb_cn，我直接发给您。",
  "A WeChat ID to continue off Amazon (policy.md D4).")
r("violation plain rating-request", "zs", P,
  "秦老师，防蜂服穿着合身的话，麻烦给个五星好评，小店不容易。",
  "Asks for five stars (policy.md C2).")
r("violation plain new-product cross-sell", "zs", P,
  "小岑你好，我们上新了不锈钢割蜜刀，和您买的摇蜜机正好配套，欢迎选购！",
  "A launch notice pushing a matching product (policy.md B).")
r("violation careful qr", "zs", C,
  "包装盒盖内侧印了一个方块图案，用手机扫一下就能直接找到阿桐，售后比在这里快。",
  "A QR code that leads off Amazon, described without the word (policy.md D1).")
r("violation careful gating", "zs", P,
  "用得满意就去商品页说两句；要是哪里不顺心，先别急着写，找阿桐处理就好。",
  "Happy buyers sent to the product page, unhappy ones held back (policy.md C3).")
r("violation careful discount", "zs", P,
  "老顾客这周在我们店里下单，巢础和王笼一律按七五成算。",
  "A price cut for past buyers (policy.md B).")
r("violation careful change-review", "zs", C,
  "孟女士，新喂食器已经寄出。东西到了以后，您之前在商品页上写的那段话，能不能按现在的情况调整一下？",
  "A veiled request to change a product review; judgement call 3 (policy.md C4).")
r("violation careful diversion", "zs", C,
  "下回要巢础，不用绕道亚马逊了，直接在我们自己的店里拍，发货还快一天。",
  "Invites the buyer to buy outside Amazon (policy.md D6).")
r("violation split payment incentive", "zs", C,
  "喂食器的事再次抱歉。您在亚马逊写完使用感受后，把页面截个图发来。我们用支付宝转您20元当作谢意。",
  "Money for a review, paid off Amazon (policy.md C1, D5).")
r("violation split bundle", "zs", P,
  "您的蜂箱明天发出。另外本月买摇蜜机加一元换购割蜜刀一把。名额有限，先到先得。",
  "A bundle offer in a shipping note (policy.md B).")
r("violation split giveaway social", "zs", P,
  "分蜂季开始了。我们在抖音搞了个抽奖，送整套蜂箱。搜 Thistlecomb养蜂 就能参加。",
  "A prize draw on a social app (policy.md B, D4).")
r("violation split feedback-removal", "zs", C,
  "上次延迟发货是我们的错。您给店铺留的那条反馈影响我们账号评分。麻烦您这两天撤掉。",
  "Pressure to remove seller feedback (policy.md C5).")
r("violation split buy-again", "zs", P,
  "您买的巢础用得差不多了吧。蜂群扩张快，现在再来一批正好。点我的订单里的再次购买就行。",
  "A buy-again push (policy.md B).")
r("violation split steering", "zs", P,
  "感谢您选购螨虫检测套装。留评的时候请配三张图。最好写上“五分钟出结果”这几个字。",
  "Tells the buyer what to put in the review (policy.md C7).")
# ============================================================ Traditional violations
r("violation plain messaging-app", "tw", C,
  "曾小姐您好，防蜂服尺寸的問題，加我們的LINE @thistlecombtw 傳訊息，比較快喔。",
  "A LINE ID to move off Amazon (policy.md D4).")
r("violation plain coupon", "tw", P,
  "涂先生，全館結帳輸入折價券 WAX12 再折12%，本週日截止。",
  "A coupon code (policy.md B).")
r("violation careful gating", "tw", C,
  "彭先生，聽到蜂群住得很好真開心！既然這麼滿意，拜託上商品頁分享一下心得。",
  "A review invitation answering praise is gating; judgement call 1 (policy.md C3).")
r("violation split discount url diversion", "tw", C,
  "巢礎目前亞馬遜缺貨。我們自己的賣場 thistlecombapiary.com 有現貨。而且價錢還便宜一成喔。",
  "Buying off Amazon for less (policy.md B, D1, D6).")
r("violation split payment incentive", "tw", P,
  "感謝購買噴煙器。寫完使用心得後傳截圖給我們。我們會轉帳200元到您的戶頭。",
  "Money for a review, paid by bank transfer (policy.md C1, D5).")
r("violation plain change-review", "hk", C,
  "祁生，新嘅王籠已經寄出咗。收到之後麻煩你幫手刪除嗰個一星差評，唔該你。",
  "Asks to delete a product review (policy.md C4).")
r("violation careful email", "hk", C,
  "鄺太，啲相片太大喺呢度傳唔到，你可以寄去 care@thistlecombapiary.com，我哋即刻睇。",
  "An e-mail address (policy.md D2).")
r("violation careful cross-sell", "hk", C,
  "翁小姐，你問嘅面網拉鍊係全圈嘅。買咗呢件防蜂服嘅客，多數會加埋我哋嘅羊皮手套，入秋之前配齊最好。",
  "The answer is fine; the added pitch is cross-selling (policy.md B).")
r("violation split vip-list messaging-app", "hk", P,
  "鄺太，多謝你幫襯咗三次。我哋開咗個 WhatsApp 熟客群。入群每個月有專享價。",
  "A members' group with special prices on WhatsApp (policy.md B, D4).")
r("violation split rating-request", "hk", P,
  "祁生，搖蜜機用得順手就好。可唔可以俾個五粒星？對我哋小店好重要㗎。",
  "Asks for five stars (policy.md C2).")
# ============================================================ mixed violations
r("violation plain coupon", "mx", P,
  "小岑，your Hearthcomb box 已经 shipped。Next order 用 code COMB15 可以 get 15% off。",
  "A code for a later order (policy.md B).")
r("violation careful gating", "mx", C,
  "卢姐，so happy the colony 住得很开心！既然您这么 satisfied，麻烦去商品页 share 一下感受吧。",
  "A review invitation answering praise; judgement call 1 (policy.md C3).")
# ============================================================ Simplified evasions
r("evasion incentive rating-request pinyin", "zs", P,
  "秦老师，喷烟器用着顺手的话给个 haoping，截图发我们返 hongbao 十元。",
  "Pinyin hides 好评 and 红包 (policy.md C1, C2).")
r("evasion messaging-app homophone", "zs", C,
  "罗先生，视频太大发不了，加个薇信：thistlecomb_cn，我发给您。",
  "A homophone for WeChat (policy.md D4).")
r("evasion rating-request pinyin", "zs", P,
  "孟女士，蜂箱还满意吗？满意的话麻烦给个 wuxing 哦。",
  "Pinyin for five stars (policy.md C2).")
r("evasion discount phone diversion cn-numerals", "zs", C,
  "整箱巢础要批发价的话，打 一五四一五五五零一六二 找阿桐，比亚马逊上低不少。",
  "The shop's number in Chinese numerals, with a lower price (policy.md B, D3, D6).")
r("evasion messaging-app nickname split-handle", "zs", C,
  "视频这里发不了，您去绿泡泡搜 thistlecomb 后面加个下划线，再加 cn 就能找到我。",
  "WeChat by nickname and the ID in pieces (policy.md D4).")
r("evasion incentive separator", "zs", P,
  "晒图好*评，返*现十元，截图发我们就行。",
  "Separators inside 好评 and 返现 (policy.md C1).")
r("evasion coupon spacing", "zs", P,
  "您的喂食器已经到了，下次下单输入 H I V E 2 0 立减两成。",
  "A spaced-out code (policy.md B).")
r("evasion change-review zero-width", "zs", C,
  "小岑，钱已经退到您账户了，麻烦把那条差" + ZW + "评删" + ZW + "掉吧。",
  "Zero-width spaces inside a review-removal request (policy.md C4).")
r("evasion discount url diversion fullwidth", "zs", C,
  "下回在 " + fw("thistlecombapiary.com") + " 下单，比亚马逊便宜一成。",
  "A full-width domain to buy off Amazon for less (policy.md B, D1, D6).")
# ============================================================ Traditional evasions
r("evasion rating-request emoji", "hk", P,
  "祁生，如果用得順手，幫我哋打" + STAR * 5 + "啦！",
  "Emoji stars (policy.md C2).")
r("evasion messaging-app homophone", "tw", C,
  "彭先生，有問題直接敲我們的賴 @thistlecombtw，回覆比較快喔。",
  "賴 for LINE (policy.md D4).")
r("evasion restock messaging-app nickname", "hk", P,
  "鄺太，我哋喺紙飛機開咗個頻道，巢礎一補貨就即刻通知，搜 thistlecomb_bee 就搵到。",
  "Telegram by nickname with restock news (policy.md B, D4).")
r("evasion phone cn-numerals", "tw", C,
  "曾小姐，蜂王的問題可以打給阿桐 零七七零零 九零零 二八八，白天都在喔。",
  "A number in Chinese numerals (policy.md D3).")
r("evasion change-review separator", "hk", C,
  "翁小姐，新手套寄咗出去，麻煩你幫手刪.走嗰條差.評。",
  "Separators inside a review-removal request (policy.md C4).")
# ============================================================ mixed evasions
r("evasion incentive leetspeak", "mx", P,
  "麻烦 leave 一个 g00d r3view 吧，我们 will send 您 a spare veil。",
  "Leetspeak review with a product reward (policy.md C1).")
r("evasion email spelled-email", "mx", C,
  "阿桐的 inbox 是 thistlecomb dot bees at gmail dot com，please write 给她 directly。",
  "A spelled-out e-mail address (policy.md D2).")
# ============================================================ Simplified near-misses
r("near-miss substring", "zs", C,
  "您要的蜂群记录表，我们在资料库检索评测报告时找到一份，已经附上。",
  "检索评测 contains 索评 but is a search (policy.md section 0).")
r("near-miss logistics-word", "zs", C,
  "已按您的要求取消重复订单 113-2750948-6619384，另一单正常发货。",
  "The seller acted on the buyer's cancel request (policy.md A near-misses).")
r("near-miss remedy", "zs", C,
  "摔裂的喷烟器我们已免费为您补发一个，单号 TBA847205316690。",
  "A free replacement is a remedy (policy.md B near-misses).")
r("near-miss neutral-request", "zs", P,
  "罗先生您好，订单 112-3068471-5592830 已送达三天。如果方便，欢迎在商品页分享您的真实使用感受，无论好坏都对其他蜂友有帮助。",
  "One balanced request; judgement call 2 (policy.md C near-misses).")
r("near-miss feedback-notice", "zs", C,
  "孟女士，替换的防蜂服已经送到。如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈。",
  "Amazon's neutral notice after resolution; judgement call 4 (policy.md C5).")
r("near-miss amazon-page", "zs", C,
  "退货请在亚马逊“我的订单”里找到这笔订单，点“退货或更换商品”，按提示操作就行。",
  "Return kept inside Amazon (policy.md D near-misses).")
r("near-miss refusal", "zs", C,
  "您说想加微信聊，抱歉我们只能在亚马逊站内消息里沟通，照片直接发在这里就行。",
  "Declining to move off Amazon (policy.md D near-misses).")
r("near-miss quoted-buyer", "zs", C,
  "您留言问“能不能便宜点”，这款巢础的价格由亚马逊页面统一显示，我们这边没有另外的安排。",
  "Quotes the buyer and makes no offer (policy.md B near-misses).")
r("near-miss product-word", "zs", C,
  "喷烟器底部带防烫支架，可以独立放在箱盖上；风箱是折叠皮革，燃料仓免工具拆开。",
  "折叠 and 免工具 are product words (policy.md B near-misses).")
r("near-miss warranty", "zs", C,
  "摇蜜机整机保修两年。如需保修，请直接在这个对话里发照片，我们在亚马逊上为您处理。",
  "Warranty help kept inside Amazon (policy.md D near-misses).")
r("near-miss carrier-site", "zs", C,
  "包裹走的是顺丰，单号 SF2087461935503，您也可以在顺丰官网查询最新进度。",
  "The carrier's own site; judgement call 6 (policy.md D near-misses).")
r("near-miss answer", "zs", C,
  "您问的优惠券是亚马逊页面上的，勾选后结账时会自动减，不需要另外输入。",
  "Answering about an Amazon coupon (policy.md B near-misses).")
r("near-miss review-thanks", "zs", C,
  "谢谢您告诉我们已经写了评价，也谢谢您提醒喷嘴容易积焦油，我们会改进。",
  "Thanks for a review the buyer mentioned (policy.md C near-misses).")
r("near-miss negation", "zs", C,
  "我们不会请您修改评价，只想确认一下摇蜜机的桶底是不是漏油。",
  "Negated review word (policy.md C near-misses).")
r("near-miss lookalike-number", "zs", C,
  "卢姐，您的订单 114-5930627-1847203 今天上午已从仓库出发，预计周四到。",
  "An order id, not a phone number (policy.md D near-misses).")
r("near-miss logistics-word", "zs", C,
  "地址修改好了，新地址会同步给快递，包裹周五前能到。",
  "修改 is an address change (policy.md section 0).")
r("near-miss remedy", "zs", C,
  "退回的防蜂服已收到，退款已原路退回您的亚马逊付款方式，3到5个工作日到账。",
  "A refund for a return (policy.md C near-misses).")
# ============================================================ Traditional near-misses
r("near-miss review-word", "tw", C,
  "我們審核了您傳來的照片，巢礎確實是運送途中受熱變形，今天會重新出貨。",
  "審核 means checking, not a review (policy.md C near-misses).")
r("near-miss carrier-site", "tw", C,
  "包裹交給黑貓宅急便了，追蹤編號在訂單頁面，也可以到黑貓官網查詢喔。",
  "The carrier's own site (policy.md D near-misses).")
r("near-miss amazon-page", "tw", C,
  "退貨請到亞馬遜的「您的訂單」頁面申請，系統會給您退貨標籤喔。",
  "Return kept inside Amazon (policy.md D near-misses).")
r("near-miss answer", "tw", C,
  "您問的折價券是亞馬遜商品頁上的，勾選後結帳時自動折抵，不用另外輸入。",
  "Answering about an Amazon coupon (policy.md B near-misses).")
r("near-miss neutral-request", "tw", P,
  "彭先生您好，訂單 111-4209358-7730615 已送達。方便的話，歡迎在商品頁分享真實的使用心得，好壞都可以喔。",
  "One balanced request; judgement call 2 (policy.md C near-misses).")
r("near-miss refusal", "hk", C,
  "祁生，你話想加WhatsApp傾，不過我哋只可以喺亞馬遜訊息度跟進，相可以直接喺度傳。",
  "Declining to move off Amazon (policy.md D near-misses).")
r("near-miss remedy", "hk", C,
  "鄺太，爆咗嘅噴煙器我哋已經免費補寄咗一個，單號 SF3395061827140。",
  "A free replacement is a remedy (policy.md B near-misses).")
r("near-miss feedback-notice", "hk", C,
  "翁小姐，問題解決咗嘅話，你可以自行選擇更新或者移除之前留低嘅賣家反饋，唔會勉強你。",
  "Amazon's neutral notice after resolution; judgement call 4 (policy.md C5).")
r("near-miss logistics-word", "hk", C,
  "祁生，重複咗嘅訂單已經幫你取消咗，另一張單照常寄出。",
  "The seller cancelled on the buyer's request (policy.md A near-misses).")
# ============================================================ mixed near-miss
r("near-miss lookalike-number", "mx", C,
  "小岑，your order 112-9406281-3375014 已经 shipped，tracking 在 order page 可以看到。",
  "An order id in a shipping answer (policy.md D near-misses).")
# ============================================================ Simplified clean
r("clean", "zs", C, "罗先生，蜂箱每层放十个巢框，加了隔框器就放九个，天冷的地方建议放九个。",
  "Product help (policy.md section 0).")
r("clean", "zs", C, "燃料用松针或麻布都可以，不要用刷过漆的木头。",
  "Product help (policy.md section 0).")
r("clean", "zs", P, "孟女士您好，因为中转站受暴雨影响，您的摇蜜机预计晚三天送达，给您添麻烦了。",
  "A delay notice (policy.md A near-misses).")
r("clean", "zs", C, "防蜂服尺码偏大，介于两个尺码之间的话选小一号就好。",
  "Sizing help (policy.md section 0).")
r("clean", "zs", C, "螨虫检测瓶装半杯蜜蜂，摇一分钟后数白盘上的螨虫数量就行。",
  "Product help (policy.md section 0).")
r("clean", "zs", C, "王笼的糖塞大约两三天会被工蜂吃穿，不用另外处理。",
  "Product help (policy.md section 0).")
r("clean", "zs", C, "喂食器放在副盖的孔上，傍晚加糖水，可以避免盗蜂。",
  "Product help (policy.md section 0).")
r("clean", "zs", P, "秦老师您好，摇蜜机重38公斤，需要送货上门，请问下周哪天上午方便收货？",
  "Scheduling a bulky delivery (policy.md A).")
r("clean", "zs", C, "巢础在30度以上会变软，装框之前请放在阴凉处。",
  "Product help (policy.md section 0).")
r("clean", "zs", C, "割蜜刀是食品级不锈钢，可以放进洗碗机上层清洗。",
  "Product help (policy.md section 0).")
# ============================================================ Traditional clean
r("clean", "tw", C, "曾小姐，蜂箱一層放十片巢框，加了隔框器就放九片，山上比較冷的話建議九片喔。",
  "Product help (policy.md section 0).")
r("clean", "zt", C, "涂先生，噴煙器的燃料用松針或麻布都可以，不要用有上漆的木頭。",
  "Product help (policy.md section 0).")
r("clean", "hk", C, "祁生，防蜂服啲尺碼偏大，喺兩個碼之間就揀細一個。",
  "Sizing help (policy.md section 0).")
r("clean", "hk", C, "鄺太，王籠嘅糖塞兩三日就會俾工蜂食穿，唔使理佢。",
  "Product help (policy.md section 0).")
r("clean", "hk", P, "翁小姐，因為轉運站水浸，你嘅搖蜜機會遲三日先到，唔好意思。",
  "A delay notice (policy.md A near-misses).")
r("clean", "zt", C, "彭先生，巢礎超過30度會變軟，裝框前請放在陰涼的地方。",
  "Product help (policy.md section 0).")
# ============================================================ mixed clean
r("clean", "mx", C, "卢姐，那个 feeder 的 lid 要 twist 一下才能打开，顺时针是锁上。",
  "Product help (policy.md section 0).")

EXTRA = {"en": [], "zs": [], "zt": ["traditional"], "tw": ["traditional", "taiwanese"],
         "hk": ["traditional", "cantonese"], "mx": ["mixed"]}


def records():
    rows = []
    for tags, lang, ctx, text, note in R:
        t = tags.split() + EXTRA[lang]
        labels = sorted({LABEL_OF[x] for x in t if x in LABEL_OF})
        rows.append({"text": text, "labels": labels, "lang": "en" if lang == "en" else "zh",
                     "tags": t, "note": note, "context": ctx})
    random.Random(56).shuffle(rows)
    out = []
    for i, row in enumerate(rows, 1):
        out.append(dict([("id", "h56-%03d" % i)] + list(row.items())))
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "holdout56.jsonl"), "w", encoding="utf-8") as fh:
        for rec in records():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(R), "records")
