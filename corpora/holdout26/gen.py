#!/usr/bin/env python3
"""Builds holdout26.jsonl. All texts hand-written for this held-out set."""
import json, random

RI, OP, MK = "review-inducement", "off-platform-contact", "marketing"
R = []


def add(text, labels, lang, tags, note):
    R.append(dict(text=text, labels=labels, lang=lang, tags=tags, note=note))


# ---------------------------------------------------------------- review-inducement (25)
add("Hi Karen,\n\nThe replacement charger went out this morning and we have refunded the shipping cost you paid. Now that everything is sorted, would you mind taking another look at the review you posted last week?\n\nBest,\nTom at VoltNest",
    [RI], "en", ["change-remove", "reconsider", "reply", "greeting", "signature", "long"], "Asks buyer to revisit an existing review after resolution; C4 applies even after an issue is resolved.")
add("Once your review is live, just reply here with the link and we'll send a $15 Amazon gift card your way as a thank-you.",
    [RI], "en", ["incentive", "reward-after-review", "proactive"], "Gift card offered in return for posting a review. The word Amazon does not make it permitted.")
add("If the blender is doing a good job for you, we'd love to see a review. If something isn't right, please message us first so we can fix it before you post anything.",
    [RI], "en", ["gating", "diversion", "proactive"], "Review invited only from satisfied buyers; unhappy ones diverted to the seller.")
add("When you write your review, it would help us a lot if you mentioned how quiet the motor is and that the parcel turned up the next day.",
    [RI], "en", ["steering", "proactive"], "Tells the buyer what to write (C7, attempt to influence the review).")
add("We noticed the comment you left on our seller profile. It is hurting our account health and we are only a small family business. Could you please take it down?",
    [RI], "en", ["feedback-removal", "pressure", "reply"], "Pressure to remove seller feedback (C5).")
add("Customers who share their thoughts on the product page get early access to our next release at half price.",
    [RI], "en", ["incentive", "future-benefit", "proactive"], "Future discount offered for writing a review; labelled as inducement only, the offer is the incentive itself.")
add("Only post a review if you're completely thrilled with it. Otherwise just tell us here and we'll take care of it.",
    [RI], "en", ["gating", "diversion", "short"], "Explicit gating.")
add("Any chance you could bump your rating up a notch now that the replacement has arrived?",
    [RI], "en", ["change-remove", "short", "reply"], "Asks to raise an existing rating.")
add("Thank you so much, it's lovely to hear the kids adore the tent! Happy customers like you are exactly the people we hope will tell others on Amazon. Would you mind writing a quick review?",
    [RI], "en", ["gating", "ask-after-praise", "reply"], "Review asked for because the buyer expressed satisfaction, and the text targets happy customers (C3/C8).")
add("Because of the trouble you had, we have refunded your order in full. We'd be grateful if your 2-star review could be updated to show how we resolved things.",
    [RI], "en", ["change-remove", "reply"], "Asks to update a product review after a refund.")
add("Please think of us when you pick a rating. Every top score helps a tiny team like ours keep the lights on.",
    [RI], "en", ["positive-ask", "pressure", "proactive"], "Asks for a top rating without saying 'five stars'.")
add("Reviews with a photo and at least a few sentences help us most, so please add both when you post yours.",
    [RI], "en", ["steering", "proactive"], "Prescribes review content (photo, length); C7.")
add("Share your honest review and you'll be entered in this month's draw for a free air fryer.",
    [RI], "en", ["incentive", "prize-draw", "proactive"], "Prize draw entry in exchange for a review; 'honest' does not neutralise the incentive.")
add("We will happily refund the full price of the bottle as soon as your review is published.",
    [RI], "en", ["incentive", "reward-after-review", "short"], "Refund conditional on a review.")
add("Before you settle on a rating, please give us the chance to put things right by replying to this message.",
    [RI], "en", ["gating", "diversion", "short"], "Diverts the buyer from reviewing to the seller first.")
add("您好！如果用着顺手，麻烦在亚马逊上给我们满星支持一下；如有任何不满意，请先回复本消息，我们第一时间为您解决。",
    [RI], "zh", ["positive-ask", "gating", "proactive", "greeting"], "满星 request plus diversion of dissatisfied buyers.")
add("您好，退款已经为您处理好了。方便的话，能不能把之前那条一星的评论删掉？非常感谢！",
    [RI], "zh", ["change-remove", "删差评", "reply", "greeting"], "Asks to delete a product review after refund.")
add("晒图追评后把截图发给我们，即可获得一张20美元礼品卡。",
    [RI], "zh", ["incentive", "晒图返现", "追评", "short"], "Gift card for a photo follow-up review.")
add("您好，您留的卖家反馈对我们店铺影响很大，麻烦您撤回一下，我们可以再给您补偿一些。",
    [RI], "zh", ["feedback-removal", "pressure", "incentive", "greeting"], "Pressure plus compensation to withdraw seller feedback.")
add("写评价的时候麻烦提一下\u201c做工精致、物流超快\u201d这几个词，谢谢配合！",
    [RI], "zh", ["steering", "short"], "Prescribed wording for the review.")
add("您好，問題已經幫您處理好了，不知道您方不方便重新考慮一下之前給的評價呢？",
    [RI], "zh", ["change-remove", "reconsider", "traditional", "reply"], "Reconsider an existing review, Traditional characters.")
add("留下評論後私訊我們，下一筆訂單直接打五折，當作小小回饋。",
    [RI], "zh", ["incentive", "future-benefit", "traditional", "short"], "Half price on the next order as a reward for reviewing.")
add("若對商品滿意，再麻煩您到亞馬遜給個評價；若有任何不滿，請先聯絡我們，不要直接給低分。",
    [RI], "zh", ["gating", "diversion", "traditional"], "Classic gating template in Traditional characters.")
add("好评返现活动进行中：留评后凭截图返5美元，名额有限。",
    [RI], "zh", ["incentive", "好评返现", "short"], "Explicit 好评返现 cashback for a review.")
add("Hi Lisa，补发的那台已经签收了吧？Could you 把 review 改到 4 星以上吗？Thanks!",
    [RI], "mixed", ["change-remove", "positive-ask", "reply", "greeting"], "Mixed-language request to raise an existing review's star rating.")

# ---------------------------------------------------------------- off-platform-contact (22)
add("For warranty activation, head to https://www.kitchenpro-support.com/register and enter your order number.",
    [OP], "en", ["url", "warranty", "proactive"], "Non-Amazon URL for warranty registration (D1).")
add("Hi Daniel,\n\nThanks for the photos. The hinge on the lid can be tightened with the small hex key in the accessory bag; turn it a quarter turn clockwise and it should stop wobbling. If it still moves after that, let us know and we will send a new lid.\n\nKind regards,\nNina Patel\nCustomer Care | Lumora Home\nhelp@lumora-home.com",
    [OP], "en", ["email", "signature-block", "reply", "greeting", "signature", "long"], "Legitimate reply whose signature block carries an e-mail address.")
add("Give us a call on (415) 555-0142 and ask for Danny, he'll walk you through the setup.",
    [OP], "en", ["phone", "reply"], "Seller phone number, not a carrier or manufacturer line.")
add("If it's easier, message us on WhatsApp at +44 7700 900461 and we'll sort out the replacement there.",
    [OP], "en", ["im-handle", "phone", "whatsapp"], "WhatsApp contact off Amazon.")
add("The setup walkthrough is on our TikTok, @brightnest.official, if you'd rather watch than read.",
    [OP], "en", ["social", "handle", "reply"], "Social media handle; sends buyer off Amazon.")
add("Scan the QR code on the card inside the box to chat with our support team directly.",
    [OP], "en", ["qr", "proactive", "short"], "QR code leading to off-Amazon support.")
add("To speed up your refund, could you send us your PayPal address? We can transfer the money today.",
    [OP], "en", ["payment", "paypal", "reply"], "Refund outside Amazon (D5).")
add("Next time, feel free to order straight from our own site. Same product, and we can usually ship it faster.",
    [OP], "en", ["diversion", "website", "buy-outside"], "Invitation to buy outside Amazon; no price offer, so not also labelled marketing.")
add("You can download the full manual from bit.ly/3hmKx9q",
    [OP], "en", ["url", "shortener", "short"], "Link shortener.")
add("Join our Facebook group \"Trailhead Owners\" for troubleshooting help straight from the team.",
    [OP], "en", ["social", "facebook"], "Invites buyer to a Facebook group.")
add("Add me on Telegram (@ava_supportdesk) and send the photos of the crack there.",
    [OP], "en", ["im-handle", "telegram", "reply"], "Telegram handle.")
add("Please fill in the replacement form at http://returns.glowbox.net/form so we can ship you a new lamp.",
    [OP], "en", ["url", "http", "reply"], "Insecure non-Amazon URL.")
add("您好，售后问题可以直接加我们客服微信：lumi_service88，发视频沟通更方便。",
    [OP], "zh", ["im-handle", "wechat", "greeting"], "WeChat ID.")
add("请把照片发到我们的邮箱 kefu@jiayoushop.cn，我们看完会立即给您回复。",
    [OP], "zh", ["email", "reply"], "E-mail address.")
add("麻烦您拨打我们的售后热线 400-820-6633，工程师会一步步指导您操作。",
    [OP], "zh", ["phone", "reply"], "Seller hotline number.")
add("退款的话我们可以直接通过支付宝转给您，麻烦提供一下您的账号。",
    [OP], "zh", ["payment", "alipay", "reply"], "Refund via Alipay, outside Amazon.")
add("安装教程已经上传到我们官网 www.haojia-home.com 的下载中心，欢迎查看。",
    [OP], "zh", ["url", "website"], "Brand website URL.")
add("如需協助，歡迎加我們的LINE：@kaoli_tw，客服會即時回覆。",
    [OP], "zh", ["im-handle", "line", "traditional"], "LINE handle, Traditional.")
add("請掃描說明書背面的QR碼，填寫保固登記表。",
    [OP], "zh", ["qr", "warranty", "traditional", "short"], "QR code to an off-Amazon warranty form.")
add("退貨不用走亞馬遜了，直接寄回給我們就好，我們用轉帳退款給您比較快。",
    [OP], "zh", ["payment", "diversion", "traditional", "reply"], "Return and refund outside Amazon's process.")
add("有任何問題都可以打給我們：02-2758-3316，週一到週五都有人接聽。",
    [OP], "zh", ["phone", "traditional"], "Seller landline number.")
add("Hi，如果方便的话请 email 我们 at service@pandafit.co，我们会尽快处理 your return.",
    [OP], "mixed", ["email", "reply", "greeting"], "Mixed-language e-mail address.")

# ---------------------------------------------------------------- marketing (22)
add("Thanks for shopping with us! Use code SPRING15 at checkout for 15% off anything in our range.",
    [MK], "en", ["coupon", "discount-code", "proactive"], "Discount code.")
add("Good news: the matching pillowcases for your duvet set have just landed on Amazon. Search 'Linen Haven pillowcase' to grab a pair.",
    [MK], "en", ["new-product", "cross-sell", "proactive"], "Cross-sell of a new product, stays on Amazon but is promotional.")
add("Running low on filters? Re-order now and stock up before the price goes up next month.",
    [MK], "en", ["buy-again", "urgency", "short"], "Buy-again push.")
add("Our Black Friday event starts Thursday: every knife set is 30% off for 48 hours.",
    [MK], "en", ["sale", "short"], "Sale announcement.")
add("You can browse our whole collection on our Amazon storefront: amazon.com/stores/OakleafKitchen",
    [MK], "en", ["storefront", "url-amazon"], "Storefront link is promotional; it is an Amazon URL, so not labelled off-platform.")
add("Tell a friend about us. If they buy, you both get $10 off your next order.",
    [MK], "en", ["referral", "short"], "Referral programme.")
add("As a returning customer you are now part of our Loyalty Circle, with an extra 10% off every future purchase.",
    [MK], "en", ["loyalty"], "Loyalty programme.")
add("Quick tip: the 3-pack of refill cartridges works out cheaper per unit than buying singles, so it's worth grabbing next time.",
    [MK], "en", ["bundle", "buy-again", "proactive"], "Unsolicited upsell to a bundle.")
add("Hi Mark,\n\nGlad to hear the replacement part fits. By the way, we've just launched a stainless steel version of the same bottle, in case you'd like one for the office.\n\nCheers,\nRuth",
    [MK], "en", ["new-product", "cross-sell", "reply", "greeting", "signature", "embedded"], "New product pitch inside an otherwise permitted reply.")
add("Don't forget: buy any two cases this week and the third one is on us.",
    [MK], "en", ["sale", "bundle", "short"], "Buy-2-get-1 promotion.")
add("Your yoga mat pairs perfectly with our cork blocks, which are on a Lightning Deal right now.",
    [MK], "en", ["cross-sell", "sale"], "Cross-sell with deal.")
add("感谢购买！下次下单输入优惠码 HOME20 可以立减20%。",
    [MK], "zh", ["coupon", "discount-code", "优惠券", "short"], "Discount code.")
add("我们店铺新品上架啦：同系列的保温杯，颜色更多，欢迎选购。",
    [MK], "zh", ["new-product", "新品"], "New product announcement.")
add("用完了记得回购哦，现在复购还能额外打九折。",
    [MK], "zh", ["buy-again", "回购", "short"], "Repurchase push with discount.")
add("关注我们的亚马逊店铺，第一时间收到上新和折扣信息。",
    [MK], "zh", ["关注店铺", "storefront", "short"], "Follow-the-store call to action; stays on Amazon.")
add("本月店铺满50美元减10美元，搭配购买更划算。",
    [MK], "zh", ["满减", "sale", "short"], "Spend-and-save offer.")
add("亲，您买的收纳盒还有配套的抽屉分隔板，一起买更省运费，感兴趣可以看看。",
    [MK], "zh", ["cross-sell"], "Cross-sell of an accessory.")
add("本店週年慶，全館商品滿兩件打八五折，歡迎再次光臨！",
    [MK], "zh", ["sale", "traditional", "short"], "Anniversary sale, Traditional.")
add("送您一張專屬優惠券，下次購買任何商品都可折抵5美元。",
    [MK], "zh", ["coupon", "優惠券", "traditional", "short"], "Coupon, Traditional.")
add("我們剛推出升級版的無線吸塵器，吸力提升一倍，有興趣可以在亞馬遜搜尋看看。",
    [MK], "zh", ["new-product", "traditional"], "New product, Traditional.")
add("加入我們的會員計畫，每次購買都能累積點數兌換贈品。",
    [MK], "zh", ["loyalty", "traditional", "short"], "Points programme, Traditional.")
add("Hi Jenny，您的订单已经补发了。顺便提一下，我们的 Prime Day deal 明天开始，全店 25% off，别错过！",
    [MK], "mixed", ["sale", "embedded", "reply", "greeting"], "Sale pitch appended to a logistics reply.")

# ---------------------------------------------------------------- two policies (8)
add("Loving the lamp? A five-star review would make our day! And keep an eye out: our new smart bulb launches Friday, 20% off with code GLOW20.",
    [RI, MK], "en", ["two-policies", "positive-ask", "new-product", "coupon"], "Positive-review ask plus separate product launch with code.")
add("好评返现5美元，评价后加微信 hf_kefu2 发截图即可领取。",
    [RI, OP], "zh", ["two-policies", "好评返现", "wechat"], "Cashback for a positive review, claimed via WeChat.")
add("After your review goes live, send a screenshot and your PayPal email to refunds@cozyden.shop and we'll reimburse the full price.",
    [RI, OP], "en", ["two-policies", "incentive", "email", "payment"], "Refund-for-review paid off Amazon; e-mail address.")
add("歡迎追蹤我們的 Instagram @mochi.living，每週都有抽獎和新品優惠！",
    [MK, OP], "zh", ["two-policies", "social", "giveaway", "new-product", "traditional"], "Social handle plus giveaways and new-product deals.")
add("下次直接在我们官网 www.fitpeak.shop 下单，输入 VIP10 可以享受 extra 10% off，比亚马逊便宜。",
    [MK, OP], "mixed", ["two-policies", "website", "discount-code", "buy-outside"], "Buy-outside diversion with discount code.")
add("Sorry again about the late delivery. If you'd be willing to remove the negative feedback, email me at jen.sales@outlook.com and I'll make it worth your while.",
    [RI, OP], "en", ["two-policies", "feedback-removal", "incentive", "email"], "Incentivised feedback removal routed to a personal e-mail.")
add("麻烦您把差评删一下，删掉后我们送您一张七折优惠券。另外我们新出了同款大号的，欢迎来看看。",
    [RI, MK], "zh", ["two-policies", "删差评", "incentive", "new-product"], "Coupon for deleting a review, plus a separate new-product pitch.")
add("全店满100减20活动进行中！想第一时间知道折扣的话，欢迎加入我们的Telegram群：t.me/deals_hk88",
    [MK, OP], "zh", ["two-policies", "满减", "telegram", "url"], "Promotion plus Telegram group link.")

# ---------------------------------------------------------------- evasions (28)
add("Once you've shared your thoughts with other shoppers, there's a little surprise waiting for you. Just drop us a line here.",
    [RI], "en", ["evasion", "euphemism", "incentive"], "'Share your thoughts' = review; 'little surprise' = reward.")
add("Could you revisit the stars you gave us now that the new unit is working?",
    [RI], "en", ["evasion", "euphemism", "change-remove", "short"], "Change rating without 'review'/'change'.")
add("If you're happy with it, we'd love to see \u2b50\u2b50\u2b50\u2b50\u2b50 from you on the product page!",
    [RI], "en", ["evasion", "star-symbols", "positive-ask", "gating"], "Star emoji stand in for 'five-star review'.")
add("Please leave us a f i v e - s t a r  r e v i e w, it really helps!",
    [RI], "en", ["evasion", "spacing", "positive-ask", "short"], "Letter spacing.")
add("We'd really appreciate a p0sitive r3view from you \U0001F64F",
    [RI], "en", ["evasion", "leetspeak", "positive-ask", "short"], "Leetspeak digits inside keywords.")
add("Quick note: honest thoughts posted under the listing earn a $10 thank-you from us, credited back to your order.",
    [RI], "en", ["evasion", "euphemism", "incentive"], "Paid review in euphemistic wording.")
add("You can reach me directly: mike dot harlow at gmail dot com",
    [OP], "en", ["evasion", "spelled-email", "email", "short"], "Spelled-out e-mail address.")
add("W-h-a-t-s-A-p-p us any time: area code two one three, five five five, zero one eight seven.",
    [OP], "en", ["evasion", "spacing", "spelled-phone", "whatsapp"], "Hyphenated app name and phone in words.")
add("Our site is brightnest [dot] co, there are lots of setup guides over there.",
    [OP], "en", ["evasion", "obfuscated-url", "website"], "Bracketed dot URL.")
add("Find us on the gram, the handle is brightnest dot official.",
    [OP], "en", ["evasion", "slang", "social", "short"], "'The gram' = Instagram.")
add("Support inbox: care\uff20brightnest\uff0ecom",
    [OP], "en", ["evasion", "full-width", "email", "short"], "Full-width @ and dot.")
add("Just Google our brand name and use the chat box on our homepage, it's quicker than waiting on Amazon messages.",
    [OP], "en", ["evasion", "diversion", "website", "no-url"], "Diversion to the brand site without writing a URL.")
add("Psst, type THANKYOU at checkout on your next order and you'll be pleasantly surprised \U0001F609",
    [MK], "en", ["evasion", "euphemism", "coupon", "short"], "Discount code disguised as a surprise.")
add("Come back for round two before the 30th and the same friends-and-family price will apply across our other listings.",
    [MK], "en", ["evasion", "euphemism", "buy-again", "cross-sell"], "Buy-again discount without 'coupon'/'sale'.")
add("亲，好/评/返/现，留言后联系客服领取。",
    [RI], "zh", ["evasion", "separators", "好评返现", "short"], "Slashes split 好评返现.")
add("hp后截图找客服，返3刀哦～",
    [RI], "zh", ["evasion", "pinyin-abbrev", "好评返现", "short"], "hp = 好评, 刀 = dollars.")
add("在商品页给个鼓励，支持一下小店，会有小红包送上～",
    [RI], "zh", ["evasion", "euphemism", "incentive", "short"], "给个鼓励 = positive review; 红包 = cash reward.")
add("您好，既然问题已经解决了，麻烦帮忙更新一下商品页的留言。",
    [RI], "zh", ["evasion", "euphemism", "change-remove", "greeting"], "更新留言 = update the review.")
add("有问题加V：mumu_8899，秒回。",
    [OP], "zh", ["evasion", "im-alias", "wechat", "short"], "加V = add on WeChat.")
add("售后请联系薇信 kaixin520，或者扣扣：2845 1190 36。",
    [OP], "zh", ["evasion", "homophone", "wechat", "qq"], "薇信 homophone for 微信; 扣扣 = QQ.")
add("客服电话：一三八 零零一三 八八六六，随时可以打。",
    [OP], "zh", ["evasion", "chinese-numerals", "phone", "short"], "Phone number in Chinese numerals.")
add("邮箱是 service 圈a jiajia 点 com，直接发给我们就行。",
    [OP], "zh", ["evasion", "spelled-email", "email", "short"], "圈a = @, 点 = dot.")
add("下次回来跟客服报暗号\u201c老朋友\u201d，给您改价打九折。",
    [MK], "zh", ["evasion", "euphemism", "buy-again", "discount-code"], "Password phrase acts as a discount code.")
add("好評返現，評論截圖私我就發紅包。",
    [RI], "zh", ["evasion", "traditional", "好评返现", "short"], "Traditional characters for 好评返现.")
add("賴：kaoli888（就是那個綠色的聊天軟體），有問題直接找我。",
    [OP], "zh", ["evasion", "slang", "line", "traditional"], "賴 = LINE, described instead of named.")
add("若您願意把評分往上調一點點，我們會另外準備一份小心意給您。",
    [RI], "zh", ["evasion", "euphemism", "change-remove", "incentive", "traditional"], "Raise rating for a 'small token'.")
add("有问题可以 dd 我们 on \uff54\uff45\uff4c\uff45\uff47\uff52\uff41\uff4d\uff1a\uff20\uff46\uff41\uff4e\uff47\uff3f\uff53\uff48\uff4f\uff50",
    [OP], "mixed", ["evasion", "full-width", "telegram", "short"], "Full-width Telegram handle.")
add("Could you please leave us a 5\u200b-\u200bstar re\u200bview? It means a lot to our small shop.",
    [RI], "en", ["evasion", "zero-width", "positive-ask", "short"], "Zero-width spaces (U+200B) inside '5-star review'.")

# ---------------------------------------------------------------- compliant (55)
NM = "near-miss"
# English (24)
add("Your order 114-3928475-6610237 was handed to the carrier this morning; tracking number 1Z999AA10123456784 should start updating tonight.",
    [], "en", [NM, "numbers", "order-id", "tracking", "reply"], "Reply to a where-is-my-order question; order id and tracking are not phones.")
add("To send the kettle back, open Your Orders on Amazon, choose 'Return or replace items' and print the prepaid label.",
    [], "en", [NM, "amazon-tools", "return", "reply"], "Amazon's own return flow.")
add("Hi Sam,\n\nYour tent from order 112-8830147-2290563 was delivered last week. If you have a moment, we'd appreciate hearing about your experience with it on Amazon, whether it was good or bad.\n\nThanks,\nThe Northpeak team",
    [], "en", [NM, "neutral-review-request", "proactive", "greeting", "signature", "long"], "Neutral, balanced, unconditional review request; allowed once per order.")
add("Thanks for the offer, but we can't exchange a refund for a review, and Amazon doesn't allow it either. We have refunded the damaged unit in full regardless.",
    [], "en", [NM, "refusal", "reply"], "Seller refuses a buyer's improper offer.")
add("Sorry, we can't move this conversation to WhatsApp, e-mail or our website. Please keep messaging us here through Amazon so there's a record for both of us.",
    [], "en", [NM, "refusal", "reply"], "Refusal to go off-platform; names channels but gives no handle.")
add("Yes, the watch shows WhatsApp and Telegram notifications once it's paired with your phone.",
    [], "en", [NM, "product-feature", "reply", "short"], "IM names as a product feature.")
add("Error code E4 means the water tank isn't seated properly. Push it down until it clicks, then follow steps 3 to 5 in the quick-start guide.",
    [], "en", [NM, "code", "follow", "reply"], "'code' and 'follow' in a troubleshooting sense.")
add("Thank you for the 5-star review you mentioned, we're glad the grinder is working well. The spare burr you asked about is part number GR-220.",
    [], "en", [NM, "thanks-for-review", "reply"], "Reply to buyer who mentioned their review; no solicitation.")
add("This fridge carries a 5-star rating on the Australian energy label, so running costs should be low.",
    [], "en", [NM, "product-spec", "star", "rating", "reply", "short"], "Star rating as a product fact.")
add("A replacement lid has been sent free of charge. There's no need to return the cracked one.",
    [], "en", [NM, "free", "remedy", "short"], "Remedy, not a promotion.")
add("The coupon you asked about is Amazon's own clip coupon on the product page. Tick the box before checkout and Amazon applies it automatically; we don't issue separate codes.",
    [], "en", [NM, "coupon-explanation", "reply", "borderline"], "Answers buyer's question about an Amazon promotion; policy lists this as an allowed near-miss (at most a warning).")
add("Our QA team reviewed the photos you sent and agrees the seam is faulty. A full refund has been issued to your original payment method.",
    [], "en", [NM, "review-word", "refund", "reply"], "'reviewed' and 'refund' in a service sense, no link between them.")
add("The pump is rated to 120 PSI and the gauge reads up to 160, so it will handle your road bike tyres.",
    [], "en", [NM, "rating", "product-spec", "reply", "short"], "'rated' as a specification.")
add("The sofa is delivered by a freight company. Please confirm a phone number they can call to book a two-hour delivery slot.",
    [], "en", [NM, "bulky-delivery", "phone-word", "proactive"], "Permitted request for a contact number to schedule a bulky delivery.")
add("UPS shows the parcel held at their depot. You can call UPS on 1-800-742-5877 and quote tracking 1Z9F04E20391827364 to arrange redelivery.",
    [], "en", [NM, "carrier-phone", "tracking", "reply", "borderline"], "Carrier phone number: policy exempts shipping-provider numbers.")
add("Amazon may send you an automatic e-mail asking about your purchase; feel free to ignore it if you're busy.",
    [], "en", [NM, "informational", "short"], "Informational mention of Amazon's own review e-mails.")
add("We're glad the replacement arrived and works. If you feel we've resolved your concerns, you can update or remove the seller feedback you left earlier; it's entirely up to you.",
    [], "en", [NM, "feedback-neutral-notice", "reply", "borderline"], "Neutral seller-feedback notice after resolution, allowed by Amazon; high-risk (policy says warn at most).")
add("Your experience helps other shoppers decide. If you'd like, you can leave a review with the 'Write a product review' button in Your Orders.",
    [], "en", [NM, "neutral-review-request", "amazon-tools", "proactive"], "Neutral review request pointing to Amazon's own button.")
add("The number printed inside the box flap (LOT 22B-0917) is the batch code, not a discount code, so there's nothing to enter anywhere.",
    [], "en", [NM, "code", "reply"], "'discount code' mentioned only to say there isn't one.")
add("Hi Priya, thanks for your message. The blue bottle holds 32 oz and the grey one 24 oz; both fit standard cup holders. Best regards, Leo",
    [], "en", ["reply", "greeting", "signature", "product-question"], "Plain product answer.")
add("Before we start engraving, please confirm the text: you entered 'Happy 10th, Jo & Max'. Reply 'confirm' or send us the correction.",
    [], "en", ["customization", "proactive"], "Permitted custom-design verification.")
add("Because of a storm at the sorting hub, your order will ship about three days later than estimated. We're sorry for the wait.",
    [], "en", ["delay-notice", "proactive"], "Permitted unexpected-problem notice.")
add("The invoice you requested is attached as a PDF; it shows our VAT number for order 205-1188372-4459012.",
    [], "en", [NM, "invoice", "numbers", "reply"], "Invoice on request; order id not a phone.")
add("We can't offer anything for reviews, and we'd never ask you to change one. If the new unit still rattles, reply here and we'll arrange a return.",
    [], "en", [NM, "refusal", "reply"], "Refusal of the buyer's suggestion; mentions 'change' and 'reviews' in a negated sense.")
# Simplified Chinese (17)
add("感谢您的好评！关于您问的滤芯更换周期，建议每三个月更换一次。",
    [], "zh", [NM, "好评-word", "reply", "short"], "Thanks for a review the buyer mentioned, then answers a question.")
add("已按您的要求删除重复订单，只保留订单 113-5520193-7781204。",
    [], "zh", [NM, "删除", "order-id", "reply", "short"], "删除 in a logistics sense; order id not a phone.")
add("您可以在亚马逊\u201c我的订单\u201d里修改收货地址，包裹发出后就无法再修改了。",
    [], "zh", [NM, "修改", "amazon-tools", "reply"], "修改地址.")
add("本产品支持微信通知和来电提醒，配对后在手表上就能看到。",
    [], "zh", [NM, "product-feature", "wechat-word", "reply"], "微信 as a feature, not a handle.")
add("抱歉，我们不能通过微信或电话联系您，亚马逊规定要在站内沟通，请继续在这里留言。",
    [], "zh", [NM, "refusal", "reply"], "Refusal to move off-platform.")
add("您提到的返现是亚马逊信用卡的积分返现，和我们店铺没有关系，具体请咨询亚马逊客服。",
    [], "zh", [NM, "返现-word", "reply"], "返现 refers to Amazon card cashback, answering the buyer.")
add("我们不能用退款换取评价，这也违反亚马逊的规定。您收到的破损件我们已经全额退款了。",
    [], "zh", [NM, "refusal", "reply"], "Refuses review-for-refund; refund is for a damaged item.")
add("您的真实感受对其他买家很有参考价值，有空的话欢迎在亚马逊商品页写下使用体验，好坏都可以。",
    [], "zh", [NM, "neutral-review-request", "proactive"], "Neutral, balanced review request.")
add("您好，错误代码E2表示水箱缺水，加水后长按开关3秒即可恢复。",
    [], "zh", [NM, "code", "reply", "greeting"], "代码 as an error code.")
add("我们已为您免费补发一个新的配件，预计周四送达，旧的不用寄回。",
    [], "zh", [NM, "free", "remedy"], "免费补发 remedy.")
add("您收到的是全新品，不是翻新机，包装上的防拆封条可以证明。",
    [], "zh", [NM, "新品-substring", "reply", "short"], "全新品 contains 新品 but is a condition answer.")
add("这款灯的星空投影模式有三档亮度，遥控器上的星形按键就是切换键。",
    [], "zh", [NM, "star", "product-feature", "reply"], "星 in a product description.")
add("您说的搜索评论功能在亚马逊商品页的评论区上方，输入关键词就能检索评测内容。",
    [], "zh", [NM, "substring-索评", "reply"], "搜索评论 / 检索评测 contain 索评.")
add("包裹上的二维码是亚马逊物流的条码标签，不需要扫描，直接拆开即可。",
    [], "zh", [NM, "qr-word", "reply", "short"], "二维码 is Amazon's FBA label, not a contact code.")
add("大件家具由物流公司配送，麻烦确认一个能接听的电话，方便他们预约送货时间。",
    [], "zh", [NM, "bulky-delivery", "phone-word", "proactive"], "Permitted bulky-delivery request.")
add("因海关查验，您的包裹预计会延迟2到3天送达，给您带来不便非常抱歉。",
    [], "zh", ["delay-notice", "customs", "proactive", "short"], "Permitted delay notice.")
add("退货请在亚马逊\u201c我的订单\u201d里找到退货入口（亚马逊自带的退货链接），不需要另外寄给我们。",
    [], "zh", [NM, "链接-word", "amazon-tools", "return", "reply"], "链接 refers to Amazon's own return link.")
# Traditional Chinese (9)
add("感謝您的好評與建議！您詢問的替換刷頭型號是 BH-30，與原廠完全相容。",
    [], "zh", [NM, "好评-word", "traditional", "reply"], "Thanks for buyer-mentioned review, then answers a question.")
add("抱歉，我們無法透過LINE或電子郵件聯繫，依亞馬遜規定請在此訊息中溝通即可。",
    [], "zh", [NM, "refusal", "traditional", "reply"], "Refusal; LINE named without handle.")
add("本款兒童安全座椅在歐洲撞擊測試中獲得五顆星的評級。",
    [], "zh", [NM, "star", "rating", "product-spec", "traditional", "reply", "short"], "五顆星 as a safety-test result.")
add("您看到的優惠是亞馬遜的限時秒殺活動，已經結束了，我們沒辦法另外調整價格，抱歉。",
    [], "zh", [NM, "優惠-word", "traditional", "reply"], "Explains an ended Amazon deal; no offer.")
add("包裹的追蹤碼是 TBA304918275000，可以在亞馬遜訂單頁面查看最新狀態。",
    [], "zh", [NM, "追蹤-word", "tracking", "traditional", "reply", "short"], "追蹤 (track) is also the word for 'follow' on social media.")
add("我們的品管已經檢查過您提供的影片，確認是馬達故障，已為您免費補寄新品。",
    [], "zh", [NM, "新品-word", "free", "remedy", "traditional", "reply"], "新品 = new unit as a replacement.")
add("若您有空，歡迎在亞馬遜商品頁分享您的使用心得，無論好壞都能幫助其他買家。",
    [], "zh", [NM, "neutral-review-request", "traditional", "proactive"], "Neutral balanced review request.")
add("請依說明書第4頁的步驟連結兩台音響，藍牙配對碼預設為0000。",
    [], "zh", [NM, "link-word", "code", "traditional", "reply", "short"], "連結 = connect, 碼 = pairing code.")
add("因颱風影響物流暫停一天，您的訂單預計延後兩天送達，造成不便敬請見諒。",
    [], "zh", ["delay-notice", "traditional", "proactive"], "Permitted delay notice.")
# Mixed (5)
add("您好，Your Orders 页面里有 'Return or replace items'，点进去就能打印退货标签，不需要额外联系我们。",
    [], "mixed", [NM, "amazon-tools", "return", "reply", "greeting"], "Amazon's own return flow.")
add("Hi Tom，您问的 error code F3 是温度传感器的问题，请按说明书 follow 第5步重置。",
    [], "mixed", [NM, "code", "follow", "reply", "greeting"], "code/follow in a troubleshooting sense.")
add("Hi Anna，这款头盔的安全 rating 是 EN 1078 认证，日常骑行可以放心使用。",
    [], "mixed", [NM, "rating", "product-spec", "reply", "greeting"], "rating as a certification.")
add("您好，tracking number 是 9400 1118 9922 3355 6677 88，USPS 显示明天 deliver。",
    [], "mixed", [NM, "numbers", "tracking", "reply"], "Long digit groups are a USPS tracking number, not a phone.")
add("Sorry，我们不能加您的 WeChat，也不能走 PayPal 退款，所有退款都会通过 Amazon 处理。",
    [], "mixed", [NM, "refusal", "reply"], "Refusal; names WeChat/PayPal only to decline.")

assert len(R) == 160, len(R)
random.Random(26).shuffle(R)
with open("/tmp/h26/holdout26.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(R, 1):
        rec = {"id": f"h26-{i:03d}", "text": r["text"], "labels": r["labels"], "lang": r["lang"],
               "tags": r["tags"], "note": r["note"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print("wrote", len(R))
