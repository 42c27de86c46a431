#!/usr/bin/env python3
"""Builds holdout54.jsonl: 160 hand-labelled seller-to-buyer messages of an invented
aquarium supply shop, Kelpridge Aquatics.

Every text is a Python literal. Characters that are hard to see are written through the
named escapes below, so the source stays readable. Records are shuffled with
random.Random(54) and numbered h54-001..h54-160.

    python3 gen.py          # writes holdout54.jsonl next to this file
"""
import json
import os
import random

# ------------------------------------------------------------------ named escapes
ZW = "\u200b"            # zero-width space
CY_A = "\u0430"          # Cyrillic small a, looks like Latin a
CY_E = "\u0435"          # Cyrillic small ie, looks like Latin e
CY_O = "\u043e"          # Cyrillic small o
GR_O = "\u03bf"          # Greek small omicron, looks like Latin o
STAR = "\u2b50"          # emoji star
GIFT = "\U0001f381"      # emoji wrapped present


def fw(s):
    """Full-width form of printable ASCII (letters, digits, '.', '/', '@' ...)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

_RECORDS = []


def R(tags, labels, lang, context, text, note):
    """tags: space-separated, category first; labels: space-separated policy names."""
    _RECORDS.append({
        "text": text,
        "labels": sorted(labels.split()),
        "lang": lang,
        "tags": tags.split(),
        "note": note,
        "context": context,
    })


# ==================================================================================
# VIOLATIONS (51): plain 17, careful 17, split 17
# ==================================================================================

# ---------------------------------------------------------------- English, plain
R("violation plain coupon incentive", "marketing review-inducement", "en", "proactive",
  "Hi Imogen, thanks for picking the Currentwell C300 (order 112-4471903-5820164). Once your "
  "review is live on the product page, reply here and we'll send you the code KELP15, good "
  "for 15% off your next Kelpridge order.",
  "A discount code offered in exchange for a posted review: compensation for a review "
  "(policy.md C1) that is also a coupon for a future purchase (policy.md B).")

R("violation plain feedback-removal", "review-inducement", "en", "reply",
  "Hi Thaddeus, sorry again that your Thermoreed 200 turned up two days late. The 2-star "
  "seller feedback you left is dragging our account metrics down, so please remove it from "
  "your order page. It would mean a lot to a small shop like ours.",
  "Presses the buyer to withdraw seller feedback because it hurts the account; that is "
  "pressure to remove feedback (policy.md C5), not the neutral notice Amazon allows.")

R("violation plain email", "off-platform-contact", "en", "reply",
  "Sorry the spray bar was missing from your Sidestream 45 box. Please email a photo of the "
  "packing slip to help@kelpridgeaquatics.com and Benedikt will pack the part from the fish "
  "room today.",
  "The remedy is fine, but the buyer is sent to an e-mail address outside Buyer-Seller "
  "Messaging (policy.md D2).")

R("violation plain new-product discount", "marketing", "en", "proactive",
  "Hi Yusra, as a Clearcast Master Kit owner you might like to know that our new Shoalglow 90 "
  "LED is out, with a sunrise ramp and a Moonpool night mode. It's 20% off for launch week "
  "only; search 'Kelpridge Shoalglow' on Amazon to see it.",
  "An unsolicited launch announcement with a time-limited discount is promotional messaging "
  "(policy.md B, A); pointing to an Amazon search does not make it off-platform.")

R("violation plain phone", "off-platform-contact", "en", "reply",
  "The Fizzwell regulator can be fiddly the first time. Give Benedikt a call on "
  "+1 (614) 555-0142 any weekday after 10 am and he'll talk you through setting the working "
  "pressure.",
  "Moves support to the shop's own telephone line (policy.md D3); the shop's line is not a "
  "carrier, warranty or manufacturer number, so the warning-level exception does not apply "
  "(judgement call 7).")

R("violation plain gating", "review-inducement", "en", "proactive",
  "Hi Piotr, your Java fern Grow Cup was delivered on Tuesday. If it arrived green and "
  "healthy, we'd love a review on Amazon. If any leaves look melted or brown, please message "
  "us here first instead of posting a review, and we'll make it right.",
  "Invites only buyers with a good outcome to review and sends unhappy buyers to the seller "
  "instead: review gating (policy.md C3).")

R("violation plain vip-list messaging-app phone", "marketing off-platform-contact", "en",
  "proactive",
  "Join the Kelpridge Scapers circle on WhatsApp! Members get first pick of rare stem plants "
  "and a members-only discount every month. Text SCAPE to +44 7700 900461 and we'll add you.",
  "A members' group with exclusive discounts is marketing (policy.md B, the 'VIP club' "
  "example), and it runs on WhatsApp through the shop's number (policy.md D3, D4).")

R("violation plain payment incentive", "off-platform-contact review-inducement", "en",
  "reply",
  "Thanks Delphine. If you post a review of the Mossbite shrimp sticks and send us the "
  "screenshot, we'll pay back the full cost to your PayPal the same day.",
  "A reimbursement for a review (policy.md C1) paid through a non-Amazon payment method "
  "(policy.md D5): the pattern Amazon's own prohibited examples describe (policy.md C).")

# ---------------------------------------------------------------- English, careful
R("violation careful change-review", "review-inducement", "en", "reply",
  "Hi Caspian, the new impeller for your Currentwell C600 went out this morning at no "
  "charge. Once the filter is running quietly again, we'd be grateful if what you posted on "
  "the product page could reflect how things turned out.",
  "Asks the buyer to revise a product review after a fix, without naming it; a change "
  "request is banned 'even after an issue is resolved' (policy.md C4).")

R("violation careful steering", "review-inducement", "en", "proactive",
  "Hi Yusra, when you tell other shoppers about the Clearcast Master Kit, it would help a lot "
  "to mention how clearly the nitrate colours read and that it reached you within two days. "
  "A photo of the tubes lined up beside your tank is always a nice touch.",
  "Tells the buyer which points to make and which photo to add: an attempt to influence the "
  "content of the review (policy.md C7).")

R("violation careful url", "off-platform-contact", "en", "reply",
  "Good question about the drop checker colours. Benedikt keeps a printable colour chart at "
  "kelpridgeaquatics.com/dropchecker that shows green, blue and yellow side by side, so you "
  "can hold it next to yours.",
  "Links to the shop's own site for help content; a non-Amazon link is off-platform whatever "
  "its purpose (policy.md D1).")

R("violation careful incentive", "review-inducement", "en", "proactive",
  "Hi Mr. Halvorsen, a quick note from the fish room. Buyers who tell others on Amazon how "
  "their Sidestream 45 is running get a spare sponge set from us, shipped at our cost. Just "
  "let us know here once yours is up.",
  "A spare part for buyers who post about the filter on Amazon is value in exchange for a "
  "review (policy.md C1), worded so that no review keyword appears.")

R("violation careful cross-sell bundle", "marketing", "en", "reply",
  "For a 120-litre tank the Thermoreed 200 is the right size. Most people who choose it also "
  "pick up the Currentwell C600, and if both go in your basket together this week, the pair "
  "works out cheaper than buying them one at a time.",
  "The sizing answer is compliant; the unrequested pitch for a second product at a combined "
  "lower price is cross-selling and a bundle offer (policy.md B).")

R("violation careful url diversion", "off-platform-contact", "en", "reply",
  "You're right that the Grow Cups sell out quickly on here. Our own shop at "
  "kelpridgeaquatics.com usually has more varieties in stock and ships them the same "
  "afternoon, so next time it may be quicker to order there directly.",
  "Steers the buyer to buy on the seller's own site next time (policy.md D6) and gives its "
  "address (policy.md D1).")

R("violation careful gating", "review-inducement", "en", "reply",
  "That is wonderful to hear, Farid. Pearling within a week means your light and CO2 are "
  "dialled in. Since you're so pleased with the Stargrass, would you tell other aquascapers "
  "on Amazon about it?",
  "The buyer wrote in to say they were delighted, and the seller answers by asking for a "
  "public write-up; asking satisfied buyers, including those who reach out first, is gating "
  "(policy.md section 0 point 3, C3).")

# ---------------------------------------------------------------- English, split
R("violation split incentive", "review-inducement", "en", "proactive",
  "Hi Ottilie, we hope the Shoalglow 60 is lighting your tank just the way you wanted. "
  "Plenty of buyers have been sharing their setups in reviews lately. Anyone who does gets a "
  "tub of Mossbite micro pellets from us as a thank-you.",
  "Sentence two mentions reviews and sentence three rewards 'anyone who does'; together they "
  "offer a free product for a review (policy.md C1).")

R("violation split giveaway social", "marketing off-platform-contact", "en", "proactive",
  "Your Fizzwell CO2 Kit for order 113-0958271-4416307 has been delivered. Each month one of "
  "our buyers wins a complete planted-tank setup. Entries are made by following "
  "@kelpridge.scapes and tagging a friend under the newest post.",
  "A prize draw is promotion (policy.md B, the giveaway example) and entering requires "
  "following a social account (policy.md D4); the delivery line does not make it permitted.")

R("violation split change-review", "review-inducement", "en", "reply",
  "We've sent a fresh Thermoreed 100 to replace the one that stuck on. You mentioned the old "
  "heater in your review on the listing. Now that you have one that works, it would only be "
  "fair for that to say so too.",
  "No sentence alone asks for anything, but together they ask the buyer to update an "
  "existing review after a remedy (policy.md C4).")

R("violation split messaging-app", "off-platform-contact", "en", "reply",
  "Tissue-culture plants often look limp for a day or two after shipping. Benedikt can judge "
  "them far better from a short clip than from a description. Clips are easiest to send in "
  "the app with the paper-plane icon. Our shop name there is the same as here.",
  "Never names the app, yet points the buyer to Telegram (the paper-plane app) and says how "
  "to find the shop there: contact outside Amazon (policy.md D4, D6).")

R("violation split restock discount", "marketing", "en", "proactive",
  "Thank you again for your Clearcast order, Imogen. The Rotala that sold out in spring is "
  "back on our shelves. If you grab some before Sunday, it comes at last year's price.",
  "An unprompted back-in-stock notice with a time-limited lower price: promotion, not an "
  "order need (policy.md B, A).")

R("violation split gating", "review-inducement", "en", "proactive",
  "Hi Ms. Achterberg, we hope the Torrent 1200 return pump is running smoothly in your sump. "
  "Some buyers like to tell other shoppers on Amazon how it went. We'd only ask that, if "
  "yours turns out noisy or weak, you message us here before doing that.",
  "Contented buyers are left to post on Amazon while unhappy ones are asked to come to the "
  "seller first: diverting negative experiences (policy.md C3).")

R("violation split referral discount", "marketing", "en", "proactive",
  "Hi Delphine, your Grow Cups should be rooting in nicely by now. If a friend from your "
  "aquarium club would like some too, pass them your name. When they order and mention you, "
  "you'll both get 10% off.",
  "A refer-a-friend scheme with money off for both sides (policy.md B, the referral "
  "example), built up over three sentences.")

# ---------------------------------------------------------------- Simplified, plain
R("violation plain payment incentive", "off-platform-contact review-inducement", "zh",
  "proactive",
  "周先生您好！感谢您购买Currentwell C300过滤桶。留评后把截图发给我们，我们会通过支付宝给您返现20元，"
  "感谢支持！",
  "Cash back for a posted review (policy.md C1) paid through Alipay, a non-Amazon payment "
  "channel (policy.md D5).")

R("violation plain rating-request", "review-inducement", "zh", "proactive",
  "孙女士您好，您订购的Shoalglow 60水草灯已经签收。麻烦抽空给个五星好评，对我们这种小店真的很重要，谢谢！",
  "Asks outright for a five-star positive review (policy.md C2).")

R("violation plain messaging-app", "off-platform-contact", "zh", "reply",
  "郑姐您好，二氧化碳的气泡数用文字不太好说清楚。您加一下我们的售后微信 kelpridge_aqua，阿澄可以开视频一步步教您调。",
  "Moves the conversation to a WeChat ID (policy.md D4).")

R("violation plain coupon buy-again", "marketing", "zh", "proactive",
  "邓先生您好，您上次买的Mossbite小颗粒鱼粮应该快吃完了吧？再次下单时输入优惠码 GILL10 可立减10%，本月底前有效。",
  "A 'buy again' push with a discount code, sent unprompted (policy.md B).")

R("violation plain incentive change-review", "review-inducement", "zh", "reply",
  "小邱您好，加热棒的问题真的很抱歉。我们可以给您全额退款，不过麻烦您先把商品页上的那条差评删除，删除后我们马上操作退款。",
  "Makes the refund depend on deleting a negative review: compensation for removing a review "
  "(policy.md C, C4, C1).")

R("violation plain discount url diversion", "marketing off-platform-contact", "zh",
  "proactive",
  "杜老师您好，感谢您在亚马逊购买Clearcast测试套装。我们官网 kelpridgeaquatics.com 上同款比亚马逊便宜15%，"
  "下次可以直接在官网下单。",
  "Sends the buyer to the shop's own website (policy.md D1) to buy there next time at a lower "
  "price (policy.md D6, B).")

# ---------------------------------------------------------------- Simplified, careful
R("violation careful steering", "review-inducement", "zh", "proactive",
  "周先生您好，Currentwell C600到货一周了，运行还安静吧？如果您愿意在商品页分享使用感受，麻烦顺带提一下“静音”和"
  "“安装简单”这两点，再配一张出水口的照片就更好了。",
  "Names the words and the photo the buyer should put in the review (policy.md C7).")

R("violation careful change-review", "review-inducement", "zh", "reply",
  "孙女士，补发的灯已经签收了吧？之前您在商品页写的那段使用感受，现在问题解决了，能不能麻烦您抽空改成现在的真实情况？",
  "Asks the buyer to rewrite an existing product review now that the problem is fixed "
  "(policy.md C4).")

R("violation careful gating", "review-inducement", "zh", "proactive",
  "小邱您好，您订的铁皇冠组培杯已经送到了。如果开杯后叶子翠绿、状态满意，欢迎到商品页和其他买家分享；如果有化叶或者发黄，"
  "请先在这里告诉我们，先别急着公开写。",
  "Invites only satisfied buyers to share on the product page and holds unhappy ones back: "
  "gating (policy.md C3).")

R("violation careful payment", "off-platform-contact", "zh", "reply",
  "郑姐，虾粮受潮是我们的责任。这部分补偿就不走平台了，您把平时收钱用的账号发给阿澄，今天就转给您。",
  "Pays compensation outside Amazon and asks for the buyer's own payment account "
  "(policy.md D5, D6).")

R("violation careful new-product discount", "marketing", "zh", "proactive",
  "邓先生您好，谢谢您一直用我们的Thermoreed加热棒。下个月我们会推出带温度显示屏的Thermoreed Pro，"
  "老客户提前预订可以便宜三十块，想要的话回复“预留”就行。",
  "An unsolicited announcement of a coming product with an early-order price cut "
  "(policy.md B).")

R("violation careful social", "off-platform-contact", "zh", "reply",
  "杜老师，造景的思路一两句话讲不清楚。我们在一个短视频平台上每周更新造景过程，搜“Kelpridge水草”就能找到，"
  "可以先关注一下，有问题直接私信我们。",
  "Points the buyer to the shop's account on a short-video app and invites private messages "
  "there, without naming the app (policy.md D4, D6).")

R("violation careful cross-sell bundle", "marketing", "zh", "proactive",
  "周先生您好，Fizzwell套装用上一段时间后，很多人会发现细化器容易被藻类堵住。提醒一下，我们店里的陶瓷细化替换芯正好配这款，"
  "两支装比单买便宜一些，需要的话搜店名就能找到。",
  "A maintenance tip that turns into a pitch for a spare part at a two-pack price: marketing "
  "disguised as help (policy.md B).")

# ---------------------------------------------------------------- Simplified, split
R("violation split gating", "review-inducement", "zh", "proactive",
  "孙女士您好，Sidestream 45挂壁过滤已经送到了。不少买家会在亚马逊上分享使用体验。如果您那边出水声音大或者漏水，"
  "麻烦先在这里联系我们。问题解决了再去写也不迟。",
  "Over four sentences, unhappy buyers are asked to come to the seller first and write only "
  "afterwards: gating (policy.md C3).")

R("violation split discount incentive", "marketing review-inducement", "zh", "reply",
  "邓先生，补发的加热棒今天已经寄出。方便的话可以在商品页留个评价。留完截个图发过来，下一单我们给您打八折。",
  "The review request and the payoff sit in separate sentences; together they offer a "
  "discount on the next order for a review (policy.md C1, B).")

R("violation split email", "off-platform-contact", "zh", "reply",
  "郑姐，测试剂的批号印在瓶底，字很小。手机拍出来会比较清楚。如果图片在这里传不上来，可以发到包装盒背面印着的那个邮箱。",
  "Sends the buyer to the e-mail address printed on the box instead of Buyer-Seller "
  "Messaging (policy.md D2).")

R("violation split cross-sell", "marketing", "zh", "reply",
  "小邱，60厘米的缸用C300完全够用。不过这款过滤桶出水比较冲。我们家的Fizzwell细化器装在出水管上刚好能把水流打散，"
  "顺便把二氧化碳也溶进去，两样一起下单更省事。",
  "After the sizing answer comes an unrequested push for another of the shop's products "
  "(policy.md B, cross-selling).")

R("violation split coupon", "marketing", "zh", "reply",
  "杜老师，漏液的测试剂我们已经重新寄了一套。包裹里顺便放了一张小卡片。卡上的口令下次在我们店结账时填上，能便宜二十块。",
  "The resend is a remedy, but the card with a code for money off the next order is a coupon "
  "slipped into a permitted message (policy.md B).")

R("violation split phone", "off-platform-contact", "zh", "reply",
  "周先生，调压阀的问题确实要一步一步看。文字来回太慢了。阿澄的手机是 +1 (512) 555-0119，美国白天都可以打。",
  "Gives a staff member's mobile number so the buyer continues by phone (policy.md D3).")

R("violation split vip-list messaging-app", "marketing off-platform-contact", "zh",
  "proactive",
  "孙女士您好，感谢您多次在我们店购买水草。我们有一个老顾客交流群。群里每周会先放出稀有水草。想进群的话，加阿澄的微信，"
  "他拉您进去。",
  "An exclusive repeat-buyer group with first access to stock (policy.md B), joined through "
  "WeChat (policy.md D4).")

R("violation split steering", "review-inducement", "zh", "proactive",
  "郑姐您好，Clearcast测试套装用了一段时间了吧。很多水族新手会看买家的分享来挑测试剂。您写的时候如果能提一句"
  "“比试纸准很多”，对他们帮助会很大。",
  "Supplies a sentence for the buyer to put in the review (policy.md C7).")

# ---------------------------------------------------------------- Traditional
R("violation plain incentive traditional taiwanese", "review-inducement", "zh", "proactive",
  "許小姐您好，您的Shoalglow 60已經送達囉！在商品頁留下評價後傳訊息給我們，就送您一包Mossbite蝦糧喔，謝謝支持～",
  "Free shrimp food for a posted review (policy.md C1).")

R("violation plain discount messaging-app diversion traditional taiwanese",
  "marketing off-platform-contact", "zh", "reply",
  "鄭先生，CO2鋼瓶的問題可以直接加我們的LINE：@kelpridgetw，之後在LINE上下單還有九折優惠喔。",
  "Moves the buyer to LINE (policy.md D4) and offers a discount for ordering there instead "
  "of on Amazon (policy.md D6, B).")

R("violation careful change-review traditional cantonese", "review-inducement", "zh", "reply",
  "何生，新嘅加熱棒已經寄咗出嚟，應該聽日到。之前你喺商品頁寫嗰段嘢，搞掂之後可唔可以幫手改一改，講返而家嘅情況？",
  "Asks, in Cantonese and without any word for review, for the product-page text to be "
  "rewritten once the problem is fixed (policy.md C4).")

R("violation careful payment traditional taiwanese", "off-platform-contact", "zh", "reply",
  "蕭小姐，水草的損失我們會直接補償您，不過這筆不走平台，麻煩把您的銀行帳號傳訊息給我們，這個工作天內就轉帳過去。",
  "Compensation sent outside Amazon to the buyer's bank account (policy.md D5).")

R("violation split gating traditional taiwanese", "review-inducement", "zh", "proactive",
  "游先生您好，您訂的Currentwell C600已經到貨囉。很多買家會在亞馬遜分享使用心得。如果過濾桶有異音或漏水，"
  "拜託先傳訊息給我們，不要直接寫上去。",
  "Unhappy buyers are asked to message the seller rather than post: diverting negative "
  "experiences (policy.md C3).")

# ---------------------------------------------------------------- mixed
R("violation plain coupon discount mixed", "marketing", "zh", "proactive",
  "Hi 邓先生，我们的 summer sale 开始了！店里所有 filter media 输入 code SHOAL12 就能打八八折，this week only。",
  "A sale announcement with a discount code (policy.md B).")

R("violation careful gating mixed", "review-inducement", "zh", "reply",
  "太好了小邱！既然 Rotala 在你的缸里长得这么 happy，要不要在 product page 上跟大家 share 一下你的 setup？",
  "Answers a buyer's praise by asking for a public write-up: asking the satisfied buyer only "
  "(policy.md section 0 point 3, C3).")

R("violation split url diversion mixed", "off-platform-contact", "zh", "reply",
  "周先生，C600 的 spare parts 在 Amazon 上暂时 out of stock。我们自己的 online shop 还有货。"
  "链接在这里：kelpr.link/c600parts。",
  "Sends the buyer to the shop's own store through a short link (policy.md D1, D6).")

# ==================================================================================
# EVASIONS (30)
# ==================================================================================

# ---------------------------------------------------------------- English
R("evasion rating-request homoglyph", "review-inducement", "en", "proactive",
  "Hi Caspian, hope the Sidestream 45 is running well! A 5-st" + CY_A + "r r" + CY_E + "vi"
  + CY_E + "w would mean the world to our little fish room.",
  "Asks for a five-star review (policy.md C2) with Cyrillic letters inside 'star' and "
  "'review' (policy.md section e).")

R("evasion payment incentive leetspeak", "off-platform-contact review-inducement", "en",
  "reply",
  "Post your r3vi3w of the Fizzwell kit, send us a screenshot, and we'll send $15 back to "
  "your P4yPal right away.",
  "Money back for a review (policy.md C1) through PayPal (policy.md D5), with digits in "
  "place of letters (policy.md section e).")

R("evasion messaging-app phone spacing", "off-platform-contact", "en", "reply",
  "For quicker help with the Sidestream 45, message us on W h a t s A p p at "
  "+1 (614) 555-0187.",
  "WhatsApp contact with a phone number (policy.md D3, D4), the app name spaced out "
  "(policy.md section e).")

R("evasion coupon new-product separator", "marketing", "en", "proactive",
  "The new Shoalglow 90 is here! Enter K.E.L.P.1.5 at checkout for fifteen percent off your "
  "next light.",
  "A product launch with a coupon code (policy.md B); the code is broken up by full stops "
  "(policy.md section e).")

R("evasion coupon zero-width", "marketing", "en", "proactive",
  "Thanks for shopping with Kelpridge! Save on your next tank supplies with code KRSC" + ZW
  + "APE20: twenty percent off anything in our Amazon store until Friday.",
  "A code for money off a later purchase (policy.md B), split by an invisible zero-width "
  "space (policy.md section e).")

R("evasion coupon incentive feedback-removal fullwidth", "marketing review-inducement", "en",
  "reply",
  "Would you consider taking down the seller feedback you left last week? Once it's gone "
  "we'd happily send you " + fw("FIZZ25") + " for 25% off your next order.",
  "A voucher for removing seller feedback, the violation Amazon itself gives as its example "
  "(policy.md C5), and also a coupon (policy.md B); the code is in full-width letters.")

R("evasion rating-request emoji", "review-inducement", "en", "proactive",
  "If the Stargrass is pearling for you, show us some " + STAR * 5 + " love on Amazon!",
  "Asks for five stars with star emoji, the 'if you like it, five stars' pattern "
  "(policy.md C2, E).")

R("evasion email spelled-email", "off-platform-contact", "en", "reply",
  "The parts list for the C600 is too long to paste here. Drop a note to kelpridge dot care "
  "at gmail dot com and Oriana will send you the full sheet.",
  "An e-mail address written out in words to get past address stripping (policy.md D2, "
  "section e).")

R("evasion phone number-words", "off-platform-contact", "en", "reply",
  "Text Benedikt on six one four, five five five, oh one seven three and he'll walk you "
  "through the solenoid wiring.",
  "A phone number spelled in number words (policy.md D3, section e).")

R("evasion discount url diversion homoglyph", "marketing off-platform-contact", "en", "reply",
  "Spare baskets are cheaper on our own site, k" + CY_E + "lpridgeaquatics.c" + GR_O
  + "m/spares, since there are no Amazon fees there.",
  "Sends the buyer to buy on the shop's site for less (policy.md D1, D6, B); look-alike "
  "letters hide the domain.")

R("evasion discount buy-again leetspeak", "marketing", "en", "proactive",
  "Running low on Mossbite pellets already? R3order this week and get 20% 0ff.",
  "A 'buy again' push with money off (policy.md B), written in leetspeak.")

R("evasion gating zero-width", "review-inducement", "en", "proactive",
  "If you're h" + ZW + "appy with the Thermoreed heater, please leave a r" + ZW + "eview. If "
  "not, message us first and skip the r" + ZW + "eview.",
  "Review only if happy, otherwise contact the seller (policy.md C3); zero-width spaces sit "
  "inside the key words.")

R("evasion qr diversion spacing", "off-platform-contact", "en", "reply",
  "Lost the setup card for your CO2 kit? S c a n the Q R code on the box flap to reach our "
  "support desk directly, no need to go through Amazon.",
  "A QR code leading to support outside Amazon (policy.md D1, D6), the words spaced out.")

# ---------------------------------------------------------------- Simplified
R("evasion incentive rating-request separator", "review-inducement", "zh", "proactive",
  "周先生您好，晒图留个好*评，截图发过来返*现10元，感谢支持！",
  "Cash back for a positive review with photos (policy.md C1, C2), the key words broken by "
  "asterisks.")

R("evasion incentive rating-request pinyin", "review-inducement", "zh", "proactive",
  "亲，收到Thermoreed加热棒还满意吗？给个haoping，联系客服领fanxian哦～",
  "A positive review for cash back (policy.md C1, C2), written in pinyin.")

R("evasion messaging-app homophone", "off-platform-contact", "zh", "reply",
  "郑姐，图片这里发不清楚，加一下我们的薇信 kelpridge_aqua 吧，方便看。",
  "WeChat written with the homophone 薇信, plus an ID (policy.md D4, section e).")

R("evasion phone cn-numerals", "off-platform-contact", "zh", "reply",
  "小邱，调压阀不会装的话直接打给阿澄：一五一二 五五五 零一六八。",
  "A phone number in Chinese numerals (policy.md D3, section e).")

R("evasion coupon spacing", "marketing", "zh", "proactive",
  "邓先生您好，下次买滤材时在结账页填 G I L L 1 0，可以立减十元。",
  "A money-off code for the next purchase (policy.md B), its letters spaced apart.")

R("evasion discount new-product zero-width", "marketing", "zh", "proactive",
  "孙女士您好，Shoalglow 90 上" + ZW + "新了，老客户专享八" + ZW + "折，本周内有效。",
  "New-product news with a discount (policy.md B), zero-width spaces inside 上新 and 八折.")

R("evasion url fullwidth", "off-platform-contact", "zh", "reply",
  "杜老师，安装视频我们放在 " + fw("kelpr.link/c300") + " 上了，打开就能看。",
  "A short link to the shop's own page (policy.md D1) in full-width letters.")

R("evasion rating-request homophone", "review-inducement", "zh", "proactive",
  "亲，水草长得好的话，麻烦给个五星好苹，谢谢支持！",
  "Asks for a five-star positive review (policy.md C2), 好评 written as the homophone 好苹.")

R("evasion discount messaging-app diversion pinyin", "marketing off-platform-contact", "zh",
  "reply",
  "周先生，下次需要滤材直接加weixin kelpridge_aqua 下单，比亚马逊上dazhe还多。",
  "Ordering through WeChat instead of Amazon for a bigger discount (policy.md D4, D6, B), "
  "in pinyin.")

R("evasion giveaway emoji", "marketing", "zh", "proactive",
  GIFT + "本月抽奖" + GIFT + " 买满两杯水草就能参加，奖品是一整套Fizzwell二氧化碳套装！",
  "A prize draw tied to buying more (policy.md B), decorated with gift emoji.")

R("evasion coupon separator", "marketing", "zh", "reply",
  "郑姐，补发的测试剂已经寄出了。另外给您附了一张优|惠|券，下次买试剂可以用。",
  "A coupon slipped into a remedy message (policy.md B), 优惠券 broken up by bars.")

R("evasion change-review spacing", "review-inducement", "zh", "reply",
  "小邱，新的加热棒已经寄出了。您在商品页打的那 一 颗 星，问题解决后能不能帮忙调 高 一 点？",
  "Asks the buyer to raise an existing one-star rating after the fix (policy.md C4), with "
  "spaces between the characters.")

# ---------------------------------------------------------------- Traditional
R("evasion messaging-app homophone traditional taiwanese", "off-platform-contact", "zh",
  "reply",
  "鄭先生，影片這邊傳不上來的話，直接加我們的賴 @kelpridgetw 比較快喔。",
  "LINE written as the Taiwanese slang 賴 with the shop's ID (policy.md D4, section e).")

R("evasion phone cn-numerals traditional cantonese", "off-platform-contact", "zh", "reply",
  "葉太，CO2鋼瓶嘅問題你直接打俾我哋啦：零七七零零 九零零 三一八。",
  "A UK-range phone number in Chinese numerals (policy.md D3, section e).")

R("evasion coupon incentive rating-request fullwidth emoji traditional taiwanese",
  "marketing review-inducement", "zh", "proactive",
  "許小姐，給我們" + STAR * 5 + "之後截圖傳訊息過來，就送您全館折價券 " + fw("KELP20") + " 喔！",
  "Five stars in exchange for a storewide voucher (policy.md C1, C2, B); emoji stars and a "
  "full-width code.")

# ---------------------------------------------------------------- mixed
R("evasion phone messaging-app number-words mixed", "off-platform-contact", "zh", "reply",
  "Hi 孙女士，CO2 kit 的 setup 有 problem 的话可以直接 WhatsApp 我们：oh seven seven oh oh, nine oh oh, "
  "two five four。",
  "WhatsApp plus a UK-range number spelled in English number words (policy.md D3, D4).")

R("evasion email incentive leetspeak spelled-email mixed",
  "off-platform-contact review-inducement", "zh", "proactive",
  "周先生，写完 r3view 之后，把 screenshot 发到 kelpridge dot fishroom at gmail dot com，我们会寄一个 "
  "free 的 spare impeller 给你。",
  "A free part for a review (policy.md C1), claimed through a spelled-out e-mail address "
  "(policy.md D2).")

# ==================================================================================
# NEAR-MISSES (50): compliant, but a naive keyword filter would flag them
# ==================================================================================

# ---------------------------------------------------------------- English
R("near-miss product-word", "", "en", "reply",
  "The Torrent 1200 is a return pump: it sits in the sump and pushes water back up to the "
  "display tank through the return line. It won't work on its own as a canister filter.",
  "'Return' and 'line' name a pump type and its hose, not a product return or the LINE app "
  "(policy.md D near-misses).")

R("near-miss product-word", "", "en", "reply",
  "Yes, the Stargrass cups are grown in sterile gel, so no snails or algae come along for "
  "the ride. Rinse the gel off before planting.",
  "'Stargrass' is a plant name, not a rating (policy.md C near-misses, product facts).")

R("near-miss product-word", "", "en", "reply",
  "You asked whether the 100 would suit you better: yes. The Thermoreed 200 is rated for 150 "
  "to 250 litres, and for a 90-litre tank the Thermoreed 100 is the right fit.",
  "'Rated' is a heater's capacity, and the smaller model is named because the buyer asked "
  "about it (policy.md B near-misses, C near-misses).")

R("near-miss product-word", "", "en", "reply",
  "The Mossbite shrimp sticks are copper-free, which matters for shrimp, and they sink "
  "within a few seconds.",
  "'Copper-free' is a product fact, not a free offer (policy.md B near-misses).")

R("near-miss remedy", "", "en", "reply",
  "I'm sorry the heater cracked in transit. A replacement Thermoreed 100 is on its way at no "
  "cost to you, tracking TBA604817352290, and there's no need to send the broken one back.",
  "A free replacement as a remedy is neither promotion nor a review incentive (policy.md B "
  "near-misses); the tracking number is not a phone number (policy.md D near-misses).")

R("near-miss remedy", "", "en", "reply",
  "We have issued a full refund for the two Grow Cups that arrived melted. It should appear "
  "on your card within three to five business days.",
  "A refund for damaged goods with no link to any review (policy.md C near-misses).")

R("near-miss negation", "", "en", "reply",
  "No, the replacement has nothing to do with reviews, and we would never tie one to the "
  "other. It ships tomorrow either way.",
  "The buyer asked whether the remedy depends on a review; the seller says it does not "
  "(policy.md C near-misses).")

R("near-miss negation", "", "en", "reply",
  "Thanks for telling us about the hose clamp. The fix is on us and comes with no strings "
  "attached: you don't owe us a different review or anything else.",
  "Mentions a review only to rule out any condition (policy.md C near-misses, C4).")

R("near-miss lookalike-number", "", "en", "reply",
  "Your order 113-5572940-8814625 left our warehouse on Monday. The UPS tracking number is "
  "1Z4K82R70361592847 and it shows delivery on Thursday.",
  "A shipping reply with an order id and a tracking number, neither of them a phone number "
  "(policy.md D near-misses, A near-misses).")

R("near-miss lookalike-number", "", "en", "reply",
  "Royal Mail has your parcel under QH204718365GB. For reference, your order number is "
  "204-6318852-4490716.",
  "A Royal Mail tracking number and a UK order id, not phone numbers (policy.md D "
  "near-misses).")

R("near-miss neutral-request", "", "en", "proactive",
  "Hello Ms. Achterberg, this is Kelpridge Aquatics about order 111-3390478-6652019, your "
  "Clearcast Master Kit. When you have a moment, we'd value an honest review on the product "
  "page, whatever your experience has been.",
  "One neutral request carrying the order id, with no rating, condition or reward "
  "(interface.md; policy.md section b).")

R("near-miss neutral-request", "", "en", "proactive",
  "Hi Piotr, your Shoalglow 60 from order 112-8815064-2073391 was delivered last week. If "
  "you'd like to tell other fishkeepers about it, you can write a review from Your Orders on "
  "Amazon. Good or bad, it helps people choose.",
  "A single, balanced request; 'if you'd like to' leaves the choice open and is not a "
  "condition on satisfaction (interface.md; policy.md section b, C near-misses).")

R("near-miss amazon-page", "", "en", "reply",
  "You can begin the return from Your Orders at amazon.com/gp/css/order-history. Choose the "
  "Sidestream 45, follow the prompts, and Amazon will give you the label.",
  "Links only to Amazon's own order page to complete a return (policy.md D near-misses, "
  "D1).")

R("near-miss answer", "", "en", "reply",
  "The 10% coupon you saw is Amazon's own clip coupon on the listing. Tick the box under the "
  "price and it applies automatically at checkout; no code is needed.",
  "Explains an Amazon coupon the buyer asked about (policy.md B near-misses).")

R("near-miss answer", "", "en", "reply",
  "The price difference you noticed is because the C600 listing includes two spare media "
  "baskets and the C300 listing doesn't. Both ship from the same warehouse.",
  "Answers a price question; nothing is offered (policy.md B near-misses).")

R("near-miss refusal", "", "en", "reply",
  "Thanks for the suggestion, but we keep every conversation in Amazon messages, so we can't "
  "move this to WhatsApp. Send the photos here and Benedikt will look at them today.",
  "Declines the buyer's request to move to WhatsApp (policy.md D near-misses).")

R("near-miss refusal", "", "en", "reply",
  "I'm sorry, we can't send private discount codes. The price on the listing is the same for "
  "every buyer.",
  "Declines to give a discount code (policy.md B).")

R("near-miss feedback-notice", "", "en", "reply",
  "Glad the new solenoid solved it, Piotr. If you are satisfied that we have resolved your "
  "concerns, it is possible to update or remove the feedback you originally provided.",
  "Amazon's own acceptable sentence for seller feedback after resolution (policy.md C5, "
  "section b); policy.md rates it a warning at most, so no label (judgement call 3).")

R("near-miss quoted-buyer", "", "en", "reply",
  "I understand you wrote that you'd 'leave a one-star review' if the leak isn't fixed, and "
  "that is entirely your call. Here is the fix: the O-ring under the C300 lid needs a thin "
  "coat of silicone grease, then press the lid down until both clips click.",
  "The review words are the buyer's own, quoted back; the seller asks for nothing "
  "(policy.md C near-misses, D near-misses).")

R("near-miss review-thanks", "", "en", "reply",
  "Thank you for mentioning your 5-star review, Yusra! To your question: the Shoalglow timer "
  "keeps its schedule after a power cut, so there's nothing to reset.",
  "Thanks for a review the buyer brought up, in a reply that answers a question; not a "
  "solicitation (policy.md C near-misses).")

R("near-miss logistics-word", "", "en", "reply",
  "As you asked, we've cancelled the duplicate order for the Mossbite pellets. You were not "
  "charged for it, and the first order is still on its way.",
  "Acts on the buyer's own cancellation request (policy.md A near-misses).")

R("near-miss review-word", "", "en", "reply",
  "We reviewed the photos of the cracked diffuser and approved your return. The prepaid "
  "label is waiting in Your Orders.",
  "'Reviewed' means the seller checked the photos (policy.md C near-misses, section 0 "
  "point 4).")

# ---------------------------------------------------------------- Simplified
R("near-miss substring", "", "zh", "reply",
  "郑姐，您在商品页搜索评论区里的“噪音”两个字，就能看到其他买家对C600运行声音的说法。",
  "搜索评论 contains 索评 across a word boundary; the seller only explains how to search "
  "existing reviews (policy.md section 0 point 4, C near-misses).")

R("near-miss substring", "", "zh", "reply",
  "周先生，阿澄评估了您发来的水质数据：氨氮偏高是开缸初期的正常现象，先别急着换滤材，每两天换三分之一的水就行。",
  "评 is part of 评估 (assess), not a review (policy.md section 0 point 4).")

R("near-miss product-word", "", "zh", "reply",
  "孙女士，满天星是前景草，长得比较慢，开杯后分成小块种下去就行，前两周不用施肥。",
  "满天星 is the plant's trade name; its 星 is not a rating (policy.md C near-misses, "
  "section e).")

R("near-miss product-word", "", "zh", "reply",
  "小邱，Kelpridge折叠换水桶收起来只有5厘米高，打开后能装10升水，放在柜子里不占地方。",
  "折 is part of 折叠 (folding), not a discount (policy.md B near-misses).")

R("near-miss answer", "", "zh", "reply",
  "邓先生，Thermoreed 200 不支持微信或手机控制，温度是用机身上的旋钮来调的。",
  "WeChat is named as a feature the heater lacks, not a contact channel (policy.md D "
  "near-misses).")

R("near-miss remedy", "", "zh", "reply",
  "邓先生，漏水的C300我们已经免费为您补发一台，顺丰单号 SF1402735518862，旧的不用寄回。",
  "A free replacement as a remedy (policy.md B near-misses); the SF tracking number is not a "
  "phone number (policy.md D near-misses).")

R("near-miss remedy", "", "zh", "reply",
  "孙女士，死掉的三杯水草我们已经退款了，款项会原路退回，一般三到五个工作日到账。",
  "A refund for dead plants with no link to a review (policy.md C near-misses).")

R("near-miss negation", "", "zh", "reply",
  "郑姐，补发和您写不写评价没有任何关系，我们也不会请您修改任何内容，请放心。",
  "Says the remedy has nothing to do with a review and no change will be asked "
  "(policy.md C near-misses, C4).")

R("near-miss negation", "", "zh", "reply",
  "小邱，我们不会用任何方式换取评论，也不会在亚马逊以外联系您。测试剂的问题我们在这里继续跟进。",
  "Denies any reward for reviews and any contact outside Amazon (policy.md C near-misses, D).")

R("near-miss lookalike-number", "", "zh", "reply",
  "周先生，您的订单 114-6629035-1187442 已经从仓库发出，UPS单号 1Z9X06V31847260355，预计周四送达。",
  "A shipping reply with an order id and a UPS tracking number (policy.md D near-misses, "
  "A near-misses).")

R("near-miss lookalike-number", "", "zh", "reply",
  "杜老师，我核对了一下：111-7726153-0349286 是订单号，不是电话号码，在亚马逊“我的订单”里就能查到这笔订单。",
  "An order id that the buyer mistook for a phone number (policy.md D near-misses).")

R("near-miss neutral-request", "", "zh", "proactive",
  "邓先生您好，这里是Kelpridge，关于订单 112-0394827-6615730 的Fizzwell二氧化碳套装：无论体验如何，都欢迎您在商品页写下真实的评价。",
  "One neutral request with the order id (interface.md; policy.md section b).")

R("near-miss answer", "", "zh", "reply",
  "孙女士，您看到的那张优惠券是亚马逊商品页自带的，勾选后结账时会自动抵扣，不需要输入任何代码。",
  "Explains an Amazon coupon the buyer asked about (policy.md B near-misses).")

R("near-miss answer", "", "zh", "reply",
  "周先生，两个链接价格不一样，是因为C600那款含两套备用滤材篮，算下来单价其实差不多。",
  "Answers a price question (policy.md B near-misses).")

R("near-miss refusal", "", "zh", "reply",
  "郑姐，不好意思，我们不方便加微信，所有沟通都在亚马逊的消息里进行，图片也可以直接在这里上传。",
  "Declines the buyer's request to move to WeChat (policy.md D near-misses).")

R("near-miss feedback-notice", "", "zh", "reply",
  "邓先生，很高兴新的电磁阀解决了问题。如果您认为我们已经解决了您的问题，可以自行决定是否更新或移除之前留下的卖家反馈。",
  "The Chinese form of Amazon's acceptable seller-feedback notice after resolution "
  "(policy.md C5; judgement call 3).")

R("near-miss quoted-buyer", "", "zh", "reply",
  "小邱，您说“再不解决就给差评”，我们完全理解您着急的心情。漏气多半出在调压阀和气管的接口，请先把接口拧紧，再抹一点肥皂水看看还有没有气泡。",
  "差评 is the buyer's own word, quoted back; the seller fixes the leak and asks nothing "
  "(policy.md C near-misses).")

R("near-miss quoted-buyer", "", "zh", "reply",
  "杜老师，您问“留评价能不能便宜点”：不能的，价格对所有买家都一样，评价写什么也完全由您决定。",
  "Quotes the buyer's offer to trade a review for a price cut, and refuses it "
  "(policy.md C near-misses, C1).")

R("near-miss review-thanks", "", "zh", "reply",
  "孙女士，谢谢您告诉我们已经给了好评！您问的开灯时长：水草缸建议每天六到八小时，开缸头两周可以先开六小时。",
  "Thanks for a review the buyer mentioned, in a reply that answers a question "
  "(policy.md C near-misses).")

R("near-miss logistics-word", "", "zh", "reply",
  "郑姐，已经按您的要求把收货地址修改为新地址，并取消了那张重复的订单，原订单不受影响。",
  "修改 and 取消 are about an address and a duplicate order the buyer asked about "
  "(policy.md A near-misses, C near-misses).")

R("near-miss review-word", "", "zh", "reply",
  "周先生，您的退货申请我们已经审核通过，亚马逊会在“我的订单”里生成退货标签。",
  "审核 is the seller's check of a return request, not a product review (policy.md C "
  "near-misses).")

# ---------------------------------------------------------------- Traditional
R("near-miss answer traditional taiwanese", "", "zh", "reply",
  "許小姐，這款Shoalglow 60在賣場上的價格就是目前的定價，我們沒有另外發折扣碼喔，謝謝您詢問。",
  "Answers a price question and says there is no code (policy.md B near-misses).")

R("near-miss remedy traditional cantonese", "", "zh", "reply",
  "何生，爛咗嘅加熱棒我哋已經免費補寄一支新嘅俾你，舊嗰支唔使寄返嚟。",
  "A free replacement in Cantonese as a remedy (policy.md B near-misses).")

R("near-miss logistics-word traditional taiwanese", "", "zh", "reply",
  "游先生，已經依照您的要求取消重複下單的那筆訂單，款項會退回原付款方式，大約三到五個工作天。",
  "Cancels a duplicate order at the buyer's request (policy.md A near-misses).")

R("near-miss review-thanks traditional taiwanese", "", "zh", "reply",
  "蕭小姐，謝謝您說已經留了好評！您問的二氧化碳鋼瓶可以再充嗎：可以的，拿到有充填服務的水族館或氣體行就能充喔。",
  "Thanks for a review the buyer mentioned, then answers about refilling the cylinder "
  "(policy.md C near-misses).")

R("near-miss lookalike-number traditional taiwanese", "", "zh", "reply",
  "許小姐，您的訂單編號是 113-9183506-2247718，亞馬遜物流的追蹤編號是 TBA731950264418，預計週五送達。",
  "An order id and an Amazon tracking number, not phone numbers (policy.md D near-misses).")

# ---------------------------------------------------------------- mixed
R("near-miss amazon-page mixed", "", "zh", "reply",
  "Hi 周先生，退货可以直接在 Amazon 的 Your Orders 页面办理，link 是 amazon.com/gp/css/order-history，"
  "选 C300 然后 follow 页面提示就行。",
  "A link to Amazon's own order page for a return (policy.md D near-misses, D1).")

R("near-miss answer mixed", "", "zh", "reply",
  "小邱，Subscribe & Save 的 discount 是 Amazon 自己给的，只要你 subscribe 就会自动 apply，我们这边没办法单独设置。",
  "Explains an Amazon programme discount the buyer asked about (policy.md B near-misses).")

# ==================================================================================
# CLEAN (29): ordinary compliant service messages without trigger words
# ==================================================================================

# ---------------------------------------------------------------- English
R("clean", "", "en", "reply",
  "Hi Imogen, the Currentwell C300 hoses are 16/22 mm. If your tank is rimless, the curved "
  "intake pipe hooks over the glass without any extra bracket.",
  "A plain product answer (policy.md A, permitted reply).")

R("clean", "", "en", "reply",
  "The Shoalglow 60 fits tanks from 60 to 75 cm long. The brackets slide out on both sides, "
  "so it will sit comfortably on your 70 cm tank.",
  "A sizing answer (policy.md A, permitted reply).")

R("clean", "", "en", "proactive",
  "Hello Thaddeus, a note about your Fizzwell CO2 Kit: our courier missed Tuesday's pickup, "
  "so the parcel will leave us two days later than planned. We now expect it to reach you by "
  "Saturday, and we're sorry for the wait.",
  "A proactive delay notice, an unexpected problem rather than a confirmation (policy.md A "
  "near-misses).")

R("clean", "", "en", "reply",
  "Ammonia readings of 0.25 ppm in the first week are normal while the filter bacteria settle "
  "in. Keep feeding lightly and test again in three days with the Clearcast kit.",
  "Customer-service advice (policy.md A).")

R("clean", "", "en", "reply",
  "Java fern should never be buried. Tie the root base to a stone or a piece of wood with "
  "cotton thread, and within a few weeks it will grip on by itself.",
  "Planting advice in answer to a question (policy.md A).")

R("clean", "", "en", "reply",
  "The Thermoreed controller shows the water temperature, and it only shows the set point "
  "after you press the dial once. Hold the dial for three seconds to lock the setting.",
  "Operating instructions in reply (policy.md A).")

R("clean", "", "en", "proactive",
  "Hi Yusra, you ordered a made-to-measure background for a 90 cm tank. Could you tell us "
  "whether the deep-blue or the black side should face the room? We will cut it as soon as "
  "we hear back.",
  "Verifying a custom design is a permitted proactive message (policy.md A).")

R("clean", "", "en", "reply",
  "Shrimp sticks soften in about two minutes, so the shrimp can graze on them. Take out "
  "anything left after a few hours to keep the water clear.",
  "Feeding advice (policy.md A).")

R("clean", "", "en", "reply",
  "Fill the bubble counter about two-thirds with water. One or two bubbles per second is a "
  "sensible place to begin on a 60-litre tank.",
  "Setup advice (policy.md A).")

R("clean", "", "en", "reply",
  "Yes, the Sidestream 45 can run on a 30-litre tank. Turn the flow knob to its lowest "
  "setting for bettas or small fry.",
  "A product answer (policy.md A).")

R("clean", "", "en", "proactive",
  "Hello Mr. Halvorsen, your aquarium cabinet is too large for regular parcel delivery, so "
  "the freight company needs a delivery window. Would Wednesday morning or Friday afternoon "
  "suit you better?",
  "Scheduling delivery of a bulky item is a permitted proactive message (policy.md A).")

R("clean", "", "en", "reply",
  "Sorry to hear the light flickers. Please check that the adapter plug is pushed fully into "
  "the light's cable, since a loose joint is the usual cause. If it still flickers, tell us "
  "and we'll sort it out.",
  "Troubleshooting in reply (policy.md A).")

R("clean", "", "en", "reply",
  "The spare impeller for the C600 is the part with the ceramic shaft. Rinse it in tank "
  "water every couple of months and the filter will stay quiet.",
  "Maintenance advice (policy.md A).")

# ---------------------------------------------------------------- Simplified
R("clean", "", "zh", "reply",
  "周先生，Currentwell C300的进出水管是16/22毫米的，和大多数水族配件通用。",
  "A product answer (policy.md A).")

R("clean", "", "zh", "reply",
  "孙女士，铁皇冠不要埋进底砂里，用棉线绑在石头或沉木上，几周后根会自己抓牢。",
  "Planting advice (policy.md A).")

R("clean", "", "zh", "reply",
  "郑姐，开缸第一周氨氮有一点读数是正常的，少量喂食，三天后再测一次就好。",
  "Water-test advice (policy.md A).")

R("clean", "", "zh", "proactive",
  "邓先生您好，您订的Fizzwell二氧化碳套装因为快递公司漏收，会比原计划晚两天发出，预计周六送到，给您添麻烦了。",
  "A proactive delay notice (policy.md A near-misses).")

R("clean", "", "zh", "reply",
  "小邱，加热棒的控制器默认显示的是水温，按一下旋钮才会显示设定温度，长按三秒可以锁定。",
  "Operating instructions (policy.md A).")

R("clean", "", "zh", "reply",
  "杜老师，虾粮泡水两分钟左右会变软，几个小时没吃完的请捞出来，避免坏水。",
  "Feeding advice (policy.md A).")

R("clean", "", "zh", "reply",
  "周先生，Shoalglow 60适合60到75厘米的鱼缸，两侧支架可以拉伸，放在您70厘米的缸上没问题。",
  "A sizing answer (policy.md A).")

R("clean", "", "zh", "proactive",
  "孙女士您好，您订的定制背景板是90厘米缸用的，请确认一下朝外的一面要深蓝色还是黑色，收到回复后我们马上裁切。",
  "Verifying a custom design (policy.md A).")

R("clean", "", "zh", "reply",
  "郑姐，计泡器里加三分之二的水就可以，60升的缸每秒一到两个气泡比较合适。",
  "Setup advice (policy.md A).")

R("clean", "", "zh", "reply",
  "邓先生，出水口有噪音一般是叶轮上卡了沙子，断电后取出叶轮冲洗一下再装回去试试。",
  "Troubleshooting (policy.md A).")

R("clean", "", "zh", "reply",
  "小邱，挂壁过滤的水流可以用顶部的旋钮调小，养斗鱼的话建议调到最小档。",
  "A product answer (policy.md A).")

R("clean", "", "zh", "reply",
  "杜老师，您的包裹显示已经到了本地派送站，今天下午应该能送到，请留意一下门口。",
  "A delivery-status reply to the buyer's question (policy.md A near-misses).")

# ---------------------------------------------------------------- Traditional
R("clean traditional taiwanese", "", "zh", "reply",
  "許小姐，水草剛種下去的前幾天葉子有點軟是正常的喔，光照和二氧化碳穩定之後就會慢慢挺起來。",
  "Planting advice (policy.md A).")

R("clean traditional cantonese", "", "zh", "reply",
  "葉太，支加熱棒要成支浸喺水入面先好開，千祈唔好喺空氣度開住，咁樣會燒壞。",
  "Heater safety advice in Cantonese (policy.md A).")

R("clean traditional taiwanese", "", "zh", "reply",
  "游先生，Shoalglow的手機程式是用藍牙連線的，第一次配對時請把手機靠近燈具一公尺以內，配對完成後就能設定日出日落。",
  "App pairing instructions (policy.md A).")

# ---------------------------------------------------------------- mixed
R("clean mixed", "", "zh", "reply",
  "Hi 孙女士，C600 的 media baskets 从下往上放：先放 ceramic rings，再放 bio balls，最上层放 filter floss。",
  "Media-loading instructions (policy.md A).")


# ==================================================================================
def records():
    recs = [dict(r) for r in _RECORDS]
    random.Random(54).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h54-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"],
                    "context": r["context"]})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout54.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(_RECORDS), path))


if __name__ == "__main__":
    main()
