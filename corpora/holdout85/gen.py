#!/usr/bin/env python3
"""Source of holdout85.jsonl: 160 hand-labelled seller messages from Quernhollow Saddlery.

Hard-to-see characters are spelled out below (ZW, CY_A, CY_E, STAR5, fw()).
The records are written grouped by language and category, then shuffled with
random.Random(85) and numbered h85-001 ... h85-160.  `records()` returns the list.

Usage: python3 gen.py      (writes holdout85.jsonl next to this file)
"""
import json
import os
import random

ZW = "\u200b"            # zero-width space
CY_A = "\u0430"          # Cyrillic small a
CY_E = "\u0435"          # Cyrillic small ie
STAR5 = "\u2b50" * 5     # five emoji stars


def fw(s):
    """Full-width form of ASCII letters, digits, '@', '.' and '_'."""
    return "".join(chr(ord(c) + 0xFEE0) if ("!" <= c <= "~") else c for c in s)


MK, OP, RI = "marketing", "off-platform-contact", "review-inducement"

# (text, labels, lang, tags, note)
DATA = [
    # ================================================================ English violations (22)
    ("Hi Fenella, glad the Cloudfleck pad reached the yard in one piece. Once you've had a few "
     "rides on it, post a review on the listing and send us the link here - we'll mail you a $15 "
     "gift card as our thanks.",
     [RI], "en", ["violation", "plain", "incentive"],
     "A gift card in return for posting a review (policy.md C1)."),
    ("Barnaby, thanks for bearing with us on the slow courier. We're a three-person tack room and "
     "every five-star rating on the Crestguard helmet page genuinely keeps the lights on, so if "
     "you could click all five for us it would mean a great deal.",
     [RI], "en", ["violation", "plain", "rating-request"],
     "Asks outright for the top rating, with a small-business plea (policy.md C2)."),
    ("Rosamund, if the Sorrelline girth is sitting comfortably on your mare, we'd be thrilled to "
     "hear about it on its Amazon page. If anything at all feels off - a buckle, the elastic, the "
     "length - please come to me first and I'll put it right before anything goes up publicly.",
     [RI], "en", ["violation", "careful", "gating"],
     "Invites public comment only when the girth works and routes unhappy buyers to the seller "
     "first, without naming reviews (policy.md C3)."),
    ("Cormac, the longer cheekpieces for the Hartsfield bridle went out this morning at no cost to "
     "you. I saw that your write-up on the product page still describes the old pair pinching "
     "behind the ears. Now that it's sorted, would you be willing to go back and bring that "
     "write-up in step with how things ended?",
     [RI], "en", ["violation", "split", "change-review"],
     "Asks the buyer to revise a product review after the fix, spread over three sentences "
     "(policy.md C4, even after resolution)."),
    ("Juniper, the one-star seller feedback from last week has knocked our account health into "
     "the amber, and another slip could cost us the Buy Box. Please withdraw it - we sent the "
     "bucket handle days ago and it isn't fair to leave it up.",
     [RI], "en", ["violation", "plain", "feedback-pressure"],
     "Pressures the buyer to withdraw seller feedback because it hurts the account (policy.md C5)."),
    ("Leopold, when you get round to writing about the Crestguard on Amazon, it would help us "
     "enormously if you mentioned the vented shell and that it reached you in two days. Those are "
     "the two things other riders always ask about.",
     [RI], "en", ["violation", "careful", "steering"],
     "Tells the buyer what to put in the review without using the word (policy.md C7)."),
    ("Henrietta, as one of our regulars you can use CANTER15 on your next order from our Amazon "
     "shop and take 15% off anything in the grooming range. It runs until the end of the month.",
     [MK], "en", ["violation", "plain", "coupon"],
     "A discount code for a future order, sent unprompted (policy.md B)."),
    ("Ingrid, the Gnatveil summer range has landed for this year. There are combo-neck fly sheets "
     "now, plus ear-covered masks in three sizes. You'll find all of it on our storefront at "
     "amazon.com/stores/Quernhollow.",
     [MK], "en", ["violation", "split", "new-product", "listing-link"],
     "New-range announcement with a storefront link; an Amazon link, so marketing and not "
     "off-platform (policy.md B, D1; interface.md; judgement call, see README)."),
    ("Mr. Valdivia, now that the Hartsfield bridle is on your gelding, the matching laced reins in "
     "the same havana leather are back on the shelf here. They're cut to pair with that exact "
     "bit, so the colour will match from headpiece to hand.",
     [MK], "en", ["violation", "careful", "cross-sell"],
     "Pushes a matching accessory with no offer words (policy.md B)."),
    ("Ms. Oyelaran, a tin of Frogwell hoof oil usually lasts about six weeks on a horse that's "
     "oiled daily. Yours must be getting low by now. Open your orders page, press Buy it again and "
     "we'll have the next tin out the same afternoon.",
     [MK], "en", ["violation", "split", "buy-again"],
     "An unprompted repeat-purchase push (interface.md marketing; policy.md B)."),
    ("Hi Rosamund, every Friday in June we're drawing one name for a full Burnish grooming kit. To "
     "enter, follow us on Instagram at @quernhollow.tack and tag the horse you'd groom with it.",
     [MK, OP], "en", ["violation", "plain", "giveaway", "follow", "social"],
     "A prize draw that needs an Instagram follow (policy.md B, D4)."),
    ("Cormac, the photos won't come through clearly in this system, so please email them straight "
     "to yard@quernhollowtack.com and Marigold will look at the pressure marks tonight.",
     [OP], "en", ["violation", "plain", "email"],
     "Gives the shop's e-mail address for the photos (policy.md D2)."),
    ("Juniper, a girth that slips forward is much easier to fix in conversation than by message. "
     "Give Marigold a call on 859-555-0163 any weekday after four and she'll talk you through the "
     "billets.",
     [OP], "en", ["violation", "plain", "phone"],
     "The fitter's own number; not a carrier or warranty line (policy.md D3)."),
    ("Leopold, Marigold does these fittings every single day and she's usually at her desk on "
     "+1 (859) 555-0148 before the yard opens at nine. Mention the Crestguard and the head "
     "measurement you took.",
     [OP], "en", ["violation", "careful", "phone"],
     "A shop number offered without the words call or phone (policy.md D3)."),
    ("Henrietta, the wither-tracing guide is too long to paste into a message. It's on "
     "quernhollowtack.com/fit together with the printable template and a short video. Work "
     "through that and you'll know which gullet width to choose.",
     [OP], "en", ["violation", "split", "url"],
     "Links the shop's own site; helpful, but a non-Amazon link that the order does not need "
     "(policy.md D1)."),
    ("Ingrid, thanks for coming back to us for the second rug. Just so you know for next winter: "
     "if you order through our own site instead of Amazon, you get 10% off and we cover the "
     "postage.",
     [MK, OP], "en", ["violation", "split", "discount", "diversion"],
     "Steers the next purchase off Amazon with a lower price (policy.md B, D6)."),
    ("Mr. Valdivia, rather than you shipping the whole rug back, I can simply send the difference "
     "for the wrong size straight to your bank. Reply with your account number and sort code and "
     "it'll be with you tomorrow.",
     [OP], "en", ["violation", "careful", "payment"],
     "Money outside Amazon's payment system, plus a request for bank details (policy.md D5, G)."),
    ("Ms. Oyelaran, checking a saddle pad fit is far quicker on video. Marigold is on WhatsApp at "
     "859-555-0163 most evenings. Send her a clip of your horse walking away from you and she'll "
     "tell you if it's bridging.",
     [OP], "en", ["violation", "split", "phone", "messaging-app"],
     "A messaging app on the fitter's number (policy.md D3, D4)."),
    ("Fenella, inside the Burnish kit lid there's a QR code printed on the card. Scan it to join "
     "our riders' support group, where we answer grooming questions much faster than here.",
     [OP], "en", ["violation", "plain", "diversion", "qr"],
     "A QR code to an outside group, sold as faster than Amazon messaging (policy.md D1, D6)."),
    ("Barnaby, once you've put your thoughts about the turnout rug up on Amazon, send us a "
     "screenshot of the review. We'll reply with a code worth 20% off your next order as a "
     "thank-you.",
     [MK, RI], "en", ["violation", "split", "discount", "incentive"],
     "A future discount in return for a review: incentive, and also a promotion of the next "
     "order (policy.md C1, B; judgement call, see README)."),
    ("Rosamund, we keep a short list of riders who get first pick when the winter rugs come in "
     "each October, along with a little knocked off for being on it. Shall I put your name down?",
     [MK], "en", ["violation", "careful", "vip-list"],
     "A members' list with early access and a reduction, no offer keywords (policy.md B)."),
    ("Cormac, most of our riders keep their horses at busy livery yards. If anyone at yours orders "
     "a Galeward rug because you pointed them our way, have them mention your name in their "
     "message. For each one, we'll send you a spare set of leg straps.",
     [MK], "en", ["violation", "split", "referral"],
     "A reward for each referred buyer (policy.md B)."),

    # ================================================================ Simplified violations (16)
    ("邢女士您好，马鞍垫用了几天感觉怎么样？在商品页留个好评后把截图发给阿骐，我们给您返二十元作为心意。",
     [RI], "zh", ["violation", "plain", "incentive"],
     "Cash back for a positive review; no payment channel is named, so only review-inducement "
     "(policy.md C1, C2; judgement call, see README)."),
    ("白先生，麻烦您抽空在商品页面写几句真实的使用感受。写好后把截图连同您的收款码一起发过来，我们给您转一杯咖啡钱。",
     [OP, RI], "zh", ["violation", "careful", "payment", "incentive"],
     "Money for a review, paid to the buyer's own payment code outside Amazon (policy.md C1, D5)."),
    ("苗阿姨，防蝇衣您家的马穿着合身的话，欢迎到亚马逊上说几句。要是哪里不合适，先别急着写，直接来找我们处理就好。",
     [RI], "zh", ["violation", "split", "gating"],
     "Public comment only if it fits, otherwise come to the seller first (policy.md C3)."),
    ("章老师，头盔已经签收了吧？麻烦顺手给我们点满五颗星，对一家只有三个人的马具店来说，这份分量很重。",
     [RI], "zh", ["violation", "plain", "rating-request"],
     "Asks for the full five stars (policy.md C2)."),
    ("小棠，新的肚带已经给您补寄出去了。之前那条一星的评价，能不能麻烦您帮忙删掉？",
     [RI], "zh", ["violation", "plain", "change-review"],
     "Asks for a one-star review to be deleted after the remedy (policy.md C4)."),
    ("邢女士，您上周给店铺打的那个低分，让我们的账户指标直接亮了黄灯，再这样下去可能被限制销售。东西已经给您补齐了，麻烦您高抬贵手撤掉。",
     [RI], "zh", ["violation", "careful", "feedback-pressure"],
     "Presses for the store score (seller feedback) to be withdrawn because of the account "
     "(policy.md C5)."),
    ("白先生，感谢一直以来的支持。下次在我们店里下单时输入 GIRTH20，全场马具立减20%。本月底前有效。",
     [MK], "zh", ["violation", "split", "coupon"],
     "A store-wide code for the next order (policy.md B)."),
    ("苗阿姨，上个月断货的Galeward冬季马衣这周到货了。深灰和墨绿两个颜色都有。入冬前想给马换一件的话，现在下手最稳。",
     [MK], "zh", ["violation", "split", "restock"],
     "An unprompted back-in-stock push (policy.md B)."),
    ("章老师您好！黑五期间全店马具打八折，今年的新品防蝇衣也在活动范围内，喜欢的话别错过。",
     [MK], "zh", ["violation", "plain", "sale", "new-product"],
     "Sale announcement that also pushes a new product (policy.md B)."),
    ("小棠，刷马套装再加一瓶Frogwell护蹄油一起拍，两样合起来只要一百二十九，比分开买省下不少。",
     [MK], "zh", ["violation", "careful", "bundle"],
     "A bundle price with no offer keyword (policy.md B)."),
    ("邢女士，调整笼头的细节打字不好讲，加一下阿骐的微信 quernhollow_cn，我直接拍视频给您看。",
     [OP], "zh", ["violation", "plain", "messaging-app"],
     "A WeChat ID (policy.md D4)."),
    ("白先生，跟您说个实在的：我们在站外有自己的小店，同一款马鞍垫便宜三十块。下次直接去那边拍，报我的名字就行。",
     [MK, OP], "zh", ["violation", "careful", "discount", "diversion"],
     "Sends the next purchase to an off-Amazon shop for a lower price (policy.md B, D6)."),
    ("苗阿姨，我们在小红书开了个账号，名字就叫“Quernhollow马具”。每周都会发配鞍、护蹄的小知识。有空关注一下，不会让您失望。",
     [MK, OP], "zh", ["violation", "split", "follow", "social"],
     "Asks for a follow on a social app (policy.md B, D4)."),
    ("章老师，马背的照片在这里传太压缩了，看不清压痕。请发到邮箱 fitting@quernhollowtack.com，我们的鞍具师今晚就看。",
     [OP], "zh", ["violation", "split", "email"],
     "The shop's e-mail address (policy.md D2)."),
    ("小棠，这种护蹄的问题打字真说不清楚。阿骐的手机是 07700 900926，白天都能接，直接打过来聊更快。",
     [OP], "zh", ["violation", "split", "phone"],
     "A staff mobile number (policy.md D3)."),
    ("邢女士，您写使用感受的时候，能不能顺带提一句“做工扎实、两天就到”？其他骑手最关心的就是这两点。",
     [RI], "zh", ["violation", "careful", "steering"],
     "Dictates the content of the review (policy.md C7)."),

    # ================================================================ Traditional violations (10)
    ("紀小姐您好，水勒的尺寸在這裡來回傳訊息太慢了。加我們的LINE @quernhollowtw，阿騏可以直接視訊幫您看。",
     [OP], "zh", ["violation", "split", "messaging-app", "traditional", "taiwanese"],
     "A LINE account (policy.md D4)."),
    ("魏先生，麻煩在商品頁分享一下使用心得，寫好截圖傳給我們，下次出貨幫您多塞一罐護蹄油喔。",
     [RI], "zh", ["violation", "careful", "incentive", "traditional", "taiwanese"],
     "A free tin of hoof oil for a screenshot of the review (policy.md C1)."),
    ("侯小姐，這張折價券只給回購的老客人。結帳時輸入 BRIDLE12，整筆訂單就少付12%。",
     [MK], "zh", ["violation", "split", "coupon", "traditional", "taiwanese"],
     "A coupon code (policy.md B)."),
    ("紀小姐，馬衣穿起來沒問題的話再上去寫評價；有任何不順，拜託先找阿騏，不要直接寫在亞馬遜上。",
     [RI], "zh", ["violation", "plain", "gating", "traditional", "taiwanese"],
     "Review only if satisfied, otherwise contact the seller instead (policy.md C3)."),
    ("魏先生，我們自己的賣場在 quernhollowtack.com/tw，同一頂頭盔直接在那邊結帳比較划算，運費也比較省。",
     [MK, OP], "zh", ["violation", "careful", "discount", "url", "diversion", "traditional",
                      "taiwanese"],
     "The shop's own web store with a lower price (policy.md B, D1, D6)."),
    ("侯小姐，Gnatveil防蠅衣今年改版了。新的版本加長了尾罩，腹帶也換成可調的。夏天前要不要先看看喔？",
     [MK], "zh", ["violation", "split", "new-product", "traditional", "taiwanese"],
     "Announces a new version, unprompted (policy.md B)."),
    ("譚太，你匹馬嘅鞍墊位置有啲問題，最好直接WhatsApp我哋 +1 (859) 555-0148，影張相過嚟睇睇。",
     [OP], "zh", ["violation", "plain", "phone", "messaging-app", "traditional", "cantonese"],
     "WhatsApp on the shop's number (policy.md D3, D4)."),
    ("郭生，新嘅頭盔已經寄咗俾你。之前你喺產品頁寫嗰段嘢，可唔可以幫手改返，講返而家個情況？",
     [RI], "zh", ["violation", "careful", "change-review", "traditional", "cantonese"],
     "Asks for the product-page write-up to be changed after the exchange (policy.md C4)."),
    ("容小姐，你買咗Hartsfield水勒。配套嘅韁繩同款皮色，而家仲有貨。一齊用會好睇好多。",
     [MK], "zh", ["violation", "split", "cross-sell", "traditional", "cantonese"],
     "Cross-sells matching reins (policy.md B)."),
    ("譚太，用得開心嘅話俾個五星好評我哋，我哋再寄多一個勾蹄器畀你。",
     [RI], "zh", ["violation", "plain", "incentive", "rating-request", "gating", "traditional",
                  "cantonese"],
     "Five stars if happy, with a free hoof pick (policy.md C1, C2, C3)."),

    # ================================================================ mixed violations (2)
    ("Hi 小棠, 您的 Cloudfleck pad 用着 happy 的话, please leave us five stars on Amazon; "
     "有问题的话先 message 我们, don't post anything yet.",
     [RI], "mixed", ["violation", "plain", "rating-request", "gating", "mixed"],
     "Five stars if happy, problems to the seller first (policy.md C2, C3)."),
    ("白先生, the Galeward rug 在我们 own site 上便宜不少, next time 直接去 quernhollowtack.com "
     "下单, saves you around twenty dollars.",
     [MK, OP], "mixed", ["violation", "careful", "discount", "url", "diversion", "mixed"],
     "The shop's own site for a lower price (policy.md B, D1, D6)."),

    # ================================================================ English evasions (14)
    ("Juniper, easiest thing is to message Marigold on Wh" + CY_A + "tsApp: 859-555-0163. She can "
     "look at the bridle fit over video tonight.",
     [OP], "en", ["evasion", "phone", "messaging-app", "homoglyph"],
     "WhatsApp spelled with a Cyrillic a, plus the fitter's number (policy.md D3, D4, section e)."),
    ("Leopold, thank you for your patience with the helmet exchange. If you have a moment, a "
     "5-st" + CY_A + "r r" + CY_E + "view on the Crestguard page would help a tiny shop like ours "
     "more than you'd think.",
     [RI], "en", ["evasion", "rating-request", "homoglyph"],
     "A five-star request with Cyrillic look-alike letters (policy.md C2, section e)."),
    ("Henrietta, pop TR0T10 in at checkout next time and the hoof care range comes down by a "
     "tenth. Good through the end of August.",
     [MK], "en", ["evasion", "coupon", "leetspeak"],
     "The TROT10 code written with a zero (policy.md B, section e)."),
    ("Ingrid, when you've had the fly sheet on for a week or so, leave a quick r3view and let us "
     "know here - there's a spare fly mask waiting for you as a thank-you.",
     [RI], "en", ["evasion", "incentive", "leetspeak"],
     "A free fly mask for a review spelled with a 3 (policy.md C1, section e)."),
    ("Fenella, we post fitting tips and yard photos every week over on I n s t a g r a m. Our "
     "handle: @quernhollow.tack - one tap on follow and you'll see them.",
     [MK, OP], "en", ["evasion", "follow", "social", "spacing"],
     "Instagram spaced out letter by letter, with the handle (policy.md B, D4, section e)."),
    ("Barnaby, if the rug straps still won't sit right, send a Signal message to one eight five "
     "nine five five five zero one four eight and Marigold will walk you through the crossover.",
     [OP], "en", ["evasion", "phone", "messaging-app", "number-words"],
     "The shop number in words on a messaging app (policy.md D3, D4, section e)."),
    ("Rosamund, we're so pleased the Troughline buckets are holding up in the frost. If you're "
     "leaving a few words on Amazon, f-i-v-e s-t-a-r-s is what keeps a small yard business like "
     "ours going.",
     [RI], "en", ["evasion", "rating-request", "separator"],
     "Five stars split by hyphens (policy.md C2, section e)."),
    ("Cormac, here's how it works: once your re" + ZW + "view of the girth is live, reply with the "
     "date you posted it and we'll re" + ZW + "fund the full purchase amount.",
     [RI], "en", ["evasion", "incentive", "zero-width"],
     "A full refund after the review is posted, both keywords broken by zero-width spaces "
     "(policy.md C1, section e)."),
    ("Juniper, the new ear-covered Gnatveil masks are in, and the c" + ZW + "ode CANTER15 knocks "
     "fifteen per" + ZW + "cent off them until Sunday.",
     [MK], "en", ["evasion", "coupon", "new-product", "zero-width"],
     "A new product and a code, with zero-width spaces in the keywords (policy.md B, section e)."),
    ("Leopold, same helmet, lower figure: it's listed for less on " + fw("quernhollowtack.com") +
     ", and buying there skips the Amazon fees for both of us.",
     [MK, OP], "en", ["evasion", "discount", "url", "diversion", "fullwidth"],
     "The shop's domain in full-width letters, with a lower price (policy.md B, D1, D6, section e)."),
    ("Henrietta, Marigold would like to see the sweat marks after a ride. Photos to quernhollow "
     "dot tack at gmail dot com, please, and she'll reply the same evening.",
     [OP], "en", ["evasion", "email", "spelled-email"],
     "A spelled-out e-mail address (policy.md D2, section e)."),
    ("Ingrid, for the rug size question ring the yard on oh seven seven oh oh, nine oh oh, five "
     "eight three. Someone's there from seven till dusk.",
     [OP], "en", ["evasion", "phone", "number-words"],
     "A UK number in words (policy.md D3, section e)."),
    ("Mr. Valdivia, we run flash sales on the paper-plane app before they go anywhere else. The "
     "channel is quernhollow, then an underscore, then help.",
     [MK, OP], "en", ["evasion", "sale", "messaging-app", "nickname", "split-handle"],
     "Telegram named by its icon and the handle given in pieces, for sales (policy.md B, D4, "
     "section e)."),
    ("Ms. Oyelaran, so glad the Cloudfleck pad solved the rubbing! If you're as happy as you "
     "sound, " + STAR5 + " on the listing would make our week.",
     [RI], "en", ["evasion", "rating-request", "gating", "emoji"],
     "Emoji stars asked of a buyer who just praised the pad (policy.md C2, C3, section 0; "
     "judgement call, see README)."),

    # ================================================================ Simplified evasions (9)
    ("邢女士，水桶用得还顺手吧？留个haoping以后截图发我们，给您fanxian十五块。",
     [RI], "zh", ["evasion", "incentive", "pinyin"],
     "Cash back for a positive review, in pinyin; no payment channel named, so review-inducement "
     "only (policy.md C1, section e; judgement call, see README)."),
    ("白先生，肚带的孔位问题我录了段视频，这里传不上去。加下weixin：quernhollow_cn，我马上发您。",
     [OP], "zh", ["evasion", "messaging-app", "pinyin"],
     "WeChat in pinyin with the ID (policy.md D4, section e)."),
    ("苗阿姨，您加一下阿骐的薇信吧，号是 quernhollow 后面加下划线再加 cn，备注“马衣”就行。",
     [OP], "zh", ["evasion", "messaging-app", "homophone", "split-handle"],
     "WeChat as a homophone and the ID in pieces (policy.md D4, section e)."),
    ("章老师，头盔戴着舒服的话，记得回来给个好苹哦，满分那种。",
     [RI], "zh", ["evasion", "rating-request", "gating", "homophone"],
     "A full-marks positive review, written 好苹, only if comfortable (policy.md C2, C3, "
     "section e)."),
    ("小棠，护蹄油的用法一两句说不清，直接拨八五九五五五零一六三找Marigold，她下午都在。",
     [OP], "zh", ["evasion", "phone", "cn-numerals"],
     "The fitter's number in Chinese numerals (policy.md D3, section e)."),
    ("邢女士，想要内部价的话，打零七七零零 九零零五八三，报“老客户”三个字，比店里的标价低一截。",
     [MK, OP], "zh", ["evasion", "discount", "phone", "cn-numerals"],
     "A phone number in Chinese numerals for an insider price (policy.md B, D3, section e)."),
    ("白先生，马梳套装收到啦？写 个 好 评 送 一 支 蹄 钩，名额不多。",
     [RI], "zh", ["evasion", "incentive", "spacing"],
     "A free hoof pick for a positive review, spaced out (policy.md C1, section e)."),
    ("苗阿姨，麻烦抽空在商品页点个五*星，对我们这种小店帮助很大。",
     [RI], "zh", ["evasion", "rating-request", "separator"],
     "Five stars broken by an asterisk (policy.md C2, section e)."),
    ("章老师，我们在小红薯上有个号，搜“Quernhollow马具”就能找到，关注后每周能看到护蹄小课堂。",
     [MK, OP], "zh", ["evasion", "follow", "social", "nickname"],
     "小红书 by its nickname 小红薯, asking for a follow (policy.md B, D4, section e)."),

    # ================================================================ Traditional evasions (5)
    ("侯小姐，馬鞍墊的壓痕照片請直接寄到 " + fw("fitting@quernhollowtack.com") +
     " 喔，阿騏今晚就幫您看。",
     [OP], "zh", ["evasion", "email", "fullwidth", "traditional", "taiwanese"],
     "An e-mail address in full-width characters (policy.md D2, section e)."),
    ("魏先生，加賴 @quernhollowtw 就送一張折價券，下次買韁繩可以用。",
     [MK, OP], "zh", ["evasion", "coupon", "messaging-app", "homophone", "traditional",
                      "taiwanese"],
     "LINE written as 賴, with a coupon for adding the account (policy.md B, D4, section e)."),
    ("紀小姐，方便的話幫我們點個" + STAR5 + "，下一次出貨我們會夾一份小禮物給您喔。",
     [RI], "zh", ["evasion", "incentive", "rating-request", "emoji", "traditional", "taiwanese"],
     "Emoji stars with a small gift in the next parcel (policy.md C1, C2, section e)."),
    ("容小姐，尺寸嘅問題直接喺WhatsApp搵我哋快啲，號碼係 1-8-5-9-5-5-5-0-1-4-8，記得打齊。",
     [OP], "zh", ["evasion", "phone", "messaging-app", "separator", "traditional", "cantonese"],
     "The shop's WhatsApp number with a hyphen after every digit (policy.md D3, D4, section e)."),
    ("郭生，寫咗好" + ZW + "評之後影低張截圖嚟，我哋退返一半錢俾你。",
     [RI], "zh", ["evasion", "incentive", "zero-width", "traditional", "cantonese"],
     "Half the money back for a positive review, with a zero-width space inside 好評 "
     "(policy.md C1, section e; judgement call, see README)."),

    # ================================================================ mixed evasions (2)
    ("小棠, 马鞍垫的 fitting photos 请发到 quernhollow dot tack at gmail dot com, Marigold will "
     "check the pressure points tonight.",
     [OP], "mixed", ["evasion", "email", "spelled-email", "mixed"],
     "A spelled-out e-mail address in a code-switched message (policy.md D2, section e)."),
    ("Hi 白先生, leave a haoping for the grooming kit and we'll fanxian you ten dollars, "
     "截图发这里就行.",
     [RI], "mixed", ["evasion", "incentive", "pinyin", "mixed"],
     "Cash back for a positive review, in pinyin inside English; no channel named (policy.md C1, "
     "section e; judgement call, see README)."),

    # ================================================================ English near-misses (23)
    ("Cormac, Marigold reviewed the wither tracing you sent, and the medium-wide gullet is the "
     "right call. The Cloudfleck pad in size L will sit well under it, so there's no need to swap "
     "the one you have.",
     [], "en", ["near-miss", "review-word"],
     "Reviewed means the fitter looked at the tracing; nothing is asked of the buyer (policy.md "
     "C near-misses)."),
    ("Juniper, I'm sorry the bucket handle snapped on the first frosty morning. A replacement "
     "Troughline bucket left us today at no charge, and there's no need to send the broken one "
     "back.",
     [], "en", ["near-miss", "remedy"],
     "A remedy, not a promotion, and no review is mentioned (policy.md B near-misses)."),
    ("Mr. Valdivia, we've refunded the fly sheet that arrived with the torn tail flap in full. It "
     "should show on your card within three to five business days.",
     [], "en", ["near-miss", "remedy"],
     "A refund for a damaged item with no link to a review (policy.md C near-misses)."),
    ("Henrietta, order 113-5550148-7261904 left the yard this morning with the rest of the "
     "grooming kit. The tracking number is TBA609317254408 and the carrier expects Thursday.",
     [], "en", ["near-miss", "lookalike-number"],
     "The order id contains the shop's 555-0148 digits but is an order id, not a phone number "
     "(policy.md D near-misses)."),
    ("Ingrid, the missing rug straps are in a small packet with tracking TBA859555016302. You'll "
     "see it under the same order on your Amazon account.",
     [], "en", ["near-miss", "lookalike-number"],
     "The tracking number hides 859-555-0163 but is a carrier reference (policy.md D near-misses)."),
    ("Barnaby, to answer your question directly: we don't have a WhatsApp group, a separate shop "
     "or a mailing list. Everything we do runs through this Amazon thread, so just reply here "
     "whenever the girth needs a tweak.",
     [], "en", ["near-miss", "negation"],
     "Names WhatsApp only to say there is none (policy.md D near-misses)."),
    ("Rosamund, your Galeward rug (order 112-6038471-9925046) has been with you about a week now. "
     "If you'd like to tell other riders how it's been, good or bad, there's space for that on the "
     "product page. Either way, thank you for ordering from us.",
     [], "en", ["near-miss", "neutral-request"],
     "One neutral review invitation, both outcomes welcome (interface.md; policy.md C "
     "near-misses, section b)."),
    ("Leopold, regarding order 114-3926604-1178520: when you've had a few rides in the Crestguard "
     "helmet, an honest review on Amazon would be welcome, whatever you make of it.",
     [], "en", ["near-miss", "neutral-request"],
     "A single neutral request with no rating, reward or condition (interface.md; policy.md "
     "section b)."),
    ("Fenella, you can open the return for the helmet from Your Orders: "
     "https://www.amazon.com/gp/your-account/order-history - choose 'Item too small' and the "
     "prepaid label comes up straight away.",
     [], "en", ["near-miss", "amazon-page"],
     "A link to Amazon's own order page for a return (policy.md D near-misses)."),
    ("Henrietta, the 10% off you saw on the hoof oil is Amazon's own clip-on coupon. Tick the box "
     "under the price before you check out and it comes off automatically; it isn't something we "
     "can add or extend ourselves.",
     [], "en", ["near-miss", "answer"],
     "Explains an Amazon coupon the buyer asked about; offers nothing (policy.md B near-misses)."),
    ("Cormac, thanks for the offer to sort it over WhatsApp, but we keep all conversations with "
     "buyers inside Amazon's messaging. Send the photos here with the paperclip icon and Marigold "
     "will look at them today.",
     [], "en", ["near-miss", "refusal"],
     "Declines the buyer's suggestion to move to WhatsApp (policy.md D)."),
    ("Ms. Oyelaran, I appreciate you offering to pay the difference by PayPal, but we can't take "
     "payment outside Amazon. If you'd like the larger size, please order it here and send the "
     "small one back through your orders page.",
     [], "en", ["near-miss", "refusal"],
     "Declines an off-Amazon payment the buyer offered (policy.md D5)."),
    ("Juniper, I'm glad the handle is holding now. For completeness: if you feel we've put things "
     "right, Amazon lets you edit or take down the seller feedback you left earlier, from your "
     "account. That's entirely your choice and nothing on our side depends on it.",
     [], "en", ["near-miss", "feedback-notice"],
     "The neutral seller-feedback notice after resolution, choice left to the buyer (policy.md C5; "
     "judgement call, see README)."),
    ("Ingrid, yes, the Troughline bucket is BPA-free and the handle is free-swinging, so it folds "
     "flat against the side when the horse is drinking.",
     [], "en", ["near-miss", "product-word"],
     "Free as a product property (policy.md B near-misses)."),
    ("Barnaby, the Crestguard scored five stars in the independent impact lab's rotational test, "
     "which is the figure on the swing tag. Your size 57 is in stock and ships tomorrow.",
     [], "en", ["near-miss", "product-word"],
     "Five stars is a lab score of the helmet, not a request (policy.md C near-misses)."),
    ("Rosamund, you wrote: \"I'd have given it five stars if the girth had one more hole on the "
     "left.\" Fair point. The 130 cm Sorrelline has evenly spaced holes on both sides; the 125 cm "
     "might suit your mare better, and you can exchange it from your orders page.",
     [], "en", ["near-miss", "quoted-buyer"],
     "The star wording is the buyer's own, quoted; the seller answers the fit question (policy.md "
     "D near-misses, C near-misses)."),
    ("Leopold, your note said \"text my phone on 07700 900372 when it ships\". We can only reach "
     "buyers through Amazon messages, so I'll post the tracking here the moment the rug leaves "
     "the yard.",
     [], "en", ["near-miss", "quoted-buyer"],
     "The number is the buyer's, quoted, and the seller keeps to Amazon (policy.md D near-misses)."),
    ("Fenella, done: I've changed the delivery address to the livery yard and cancelled the "
     "second girth you ordered by mistake. You'll see the cancellation in your account within the "
     "hour.",
     [], "en", ["near-miss", "logistics-word"],
     "Change and cancel on a buyer's request (policy.md A near-misses, section 0)."),
    ("Barnaby, thank you for letting us know you'd written a review of the grooming kit. I'm "
     "pleased the mane comb has been useful, and I've passed your note about the hoof pick grip "
     "on to our workshop.",
     [], "en", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned; asks for nothing (policy.md C near-misses)."),
    ("Henrietta, the rug is with Royal Mail under LP583016274GB. Their tracking page shows it at "
     "the local delivery office, so it should reach you tomorrow; if it doesn't, reply here and "
     "I'll chase it.",
     [], "en", ["near-miss", "carrier-site"],
     "Points to the carrier's own tracking by name (policy.md D near-misses)."),
    ("Ms. Oyelaran, the Vellacourt junior helmet carries the maker's two-year warranty, and claims "
     "go through Vellacourt's own desk: +1 (606) 555-0117 or the card in the box. Keep your Amazon "
     "order confirmation as proof of purchase.",
     [], "en", ["near-miss", "warranty"],
     "A manufacturer's warranty number, which policy.md exempts from the phone rule (policy.md D3; "
     "judgement call, see README)."),
    ("Mr. Valdivia, the wooden saddle horse travels by pallet freight, and the haulier asks for a "
     "contact phone number so the driver can ring ahead on the day. Could you add one in your "
     "reply, with any gate code for the yard?",
     [], "en", ["near-miss", "logistics-word"],
     "Asks for a phone number only for bulky-item delivery (policy.md G allowed near-miss, A; "
     "judgement call, see README)."),
    ("Juniper, the $89.99 you paid for the Galeward rug already includes the detachable neck "
     "cover, so there's nothing extra to buy. The lower figure you saw yesterday was for the "
     "version without it.",
     [], "en", ["near-miss", "price-paid"],
     "Explains what the price paid covers; no offer (policy.md B near-misses)."),

    # ================================================================ Simplified near-misses (17)
    ("邢女士，鞍具师对着您发来的马背照片反复思索评估了一番，建议换宽一号的Cloudfleck鞍垫，这样肩胛活动更自在。",
     [], "zh", ["near-miss", "substring"],
     "思索评估 contains 索评 across a word boundary (policy.md section 0, C near-misses)."),
    ("白先生，装蹄师说这次不用再往返现场测量了，照片已经足够，护蹄靴的尺码我们按照片给您配好。",
     [], "zh", ["near-miss", "substring"],
     "往返现场 contains 返现 across a word boundary (policy.md section 0, section e)."),
    ("苗阿姨，防蝇衣尾罩开线的问题很抱歉，我们已经免费给您补发了一件新的，旧的那件不用寄回。",
     [], "zh", ["near-miss", "remedy"],
     "A free replacement as a remedy (policy.md B near-misses)."),
    ("章老师，订单 112-0857316-5550163 里的头盔今天下午已经交给快递，到了会有短信通知。",
     [], "zh", ["near-miss", "lookalike-number"],
     "The order id ends in 5550163, like the fitter's number, but is an order id (policy.md D "
     "near-misses)."),
    ("小棠，您问我们有没有微信群，确实没有，我们也不在别的平台卖。有任何问题都在这个亚马逊对话里回复就行。",
     [], "zh", ["near-miss", "negation"],
     "Mentions WeChat only to say there is none (policy.md D near-misses)."),
    ("邢女士，订单 114-8815203-3607719 的马衣应该已经用了一阵子。如果您愿意，可以在商品页写下真实的使用体验，好与不好都欢迎，对其他骑手很有参考价值。",
     [], "zh", ["near-miss", "neutral-request"],
     "One neutral review request, both outcomes welcome (interface.md; policy.md section b)."),
    ("白先生，退货可以直接在亚马逊“我的订单”里发起（amazon.com/your-orders），选“尺寸不合适”，系统会自动生成退货标签，不用另外联系我们。",
     [], "zh", ["near-miss", "amazon-page"],
     "Amazon's own order page for a return (policy.md D near-misses)."),
    ("苗阿姨，您看到的那个Prime专享价是亚马逊自己给会员的价格，结账时自动生效，这个价格不是我们店铺设置的。",
     [], "zh", ["near-miss", "answer"],
     "Explains an Amazon price the buyer asked about (policy.md B near-misses)."),
    ("小棠，肚带的问题解决了，我们也松了口气。顺便说明一下：如果您觉得这次处理得可以，亚马逊那边可以自行修改或撤回您给店铺的反馈，完全由您决定，不做也没关系。",
     [], "zh", ["near-miss", "feedback-notice"],
     "The neutral seller-feedback notice after resolution (policy.md C5; judgement call, see "
     "README)."),
    ("邢女士，Hartsfield水勒额带上的那排星形铆钉是实心黄铜，不会生锈，清洁时用干布擦就行。",
     [], "zh", ["near-miss", "product-word"],
     "星 in 星形铆钉 is a product detail (policy.md C near-misses)."),
    ("白先生，您留言说“护蹄油味道太冲，想退货”，完全可以理解。退货从订单页面发起就行，开封过的也接受。",
     [], "zh", ["near-miss", "quoted-buyer"],
     "The buyer's own words quoted, then return steps (policy.md D near-misses)."),
    ("章老师，照您说的，重复下单的那一套刷马套装已经取消，另一套照常发出，多扣的款项由亚马逊原路退回。",
     [], "zh", ["near-miss", "logistics-word"],
     "取消 for a duplicate order the buyer asked about (policy.md C near-misses, section 0)."),
    ("小棠，收货地址已经修改成马场的地址了，包裹明天发出，快递员会送到马房门口。",
     [], "zh", ["near-miss", "logistics-word"],
     "修改 for an address (policy.md C near-misses, section 0)."),
    ("苗阿姨，谢谢您特地告诉我们已经写了评价，您说的蹄钩手柄偏短的问题，我们已经转给工坊改进了。",
     [], "zh", ["near-miss", "review-thanks"],
     "Thanks for a review the buyer mentioned; no request (policy.md C near-misses)."),
    ("邢女士，您的马鞍垫走的是顺丰，单号 SF1493027758164，可以在顺丰官网查到实时位置。",
     [], "zh", ["near-miss", "carrier-site"],
     "The carrier's own site for tracking (policy.md D near-misses)."),
    ("白先生，您付的价格已经含了进口关税和运费，到货时不需要再补任何费用。",
     [], "zh", ["near-miss", "price-paid"],
     "What the price paid covers (policy.md B near-misses)."),
    ("章老师，我们的质检员审核了您发来的头盔内衬照片，确认是胶没贴牢，属于质量问题，新的内衬这周寄出。",
     [], "zh", ["near-miss", "review-word"],
     "审核 is the seller's own inspection (policy.md C near-misses)."),

    # ================================================================ Traditional near-misses (9)
    ("紀小姐，韁繩的長度我們依照您的回覆追加微調了兩公分，今天會出貨，三到五個工作天到。",
     [], "zh", ["near-miss", "substring", "traditional", "taiwanese"],
     "追加微調 contains 加微, slang for adding WeChat, across a word boundary (policy.md section 0, "
     "section e)."),
    ("魏先生，出貨前已經幫您把收件地址更新成馬場的地址，也把重複的那筆訂單取消了，另一筆照常出貨。",
     [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
     "更新 and 取消 for an address and a duplicate order (policy.md C near-misses, section 0)."),
    ("侯小姐，訂單 111-4692758-2140863 的防蠅衣已經到貨一週了。如果您願意，歡迎在商品頁留下真實的使用心得，不論好壞都很有幫助喔。",
     [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
     "One neutral review invitation (interface.md; policy.md section b)."),
    ("紀小姐，肚帶扣環斷掉真的很抱歉，我們已經免費幫您重新出貨一條新的，舊的不用寄回來。",
     [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
     "A free replacement as a remedy (policy.md B near-misses)."),
    ("魏先生，Crestguard頭盔外殼有一年保固，如果內襯鬆脫，直接在這個對話串傳訊息給我們就好。",
     [], "zh", ["near-miss", "warranty", "traditional", "taiwanese"],
     "Warranty handled inside Amazon messaging (policy.md D3, D near-misses)."),
    ("容小姐，個水桶手挽嘅問題搞掂咗，多謝你耐心等。如果你覺得處理得OK，可以自己喺亞馬遜改或者撤回之前畀店舖嘅反饋，做唔做完全由你決定。",
     [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
     "The neutral seller-feedback notice after resolution (policy.md C5; judgement call, see "
     "README)."),
    ("譚太，訂單 114-8595550-1480336 嘅鞍墊今日已經寄出，追蹤號碼 1Z6Y94W20385716042，大約三日到。",
     [], "zh", ["near-miss", "lookalike-number", "traditional", "cantonese"],
     "The order id contains 8595550148, the shop's number, but is an order id (policy.md D "
     "near-misses)."),
    ("郭生，你話「個頭盔好似細咗少少，想退貨換大一碼」，冇問題，喺訂單頁申請退貨就得，新嘅尺寸我哋會先寄出。",
     [], "zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"],
     "The buyer's words quoted, then return steps (policy.md D near-misses)."),
    ("容小姐，Gnatveil防蠅衣盒入面本身有個免費收納袋，應該喺包裝最底，你搵吓睇。",
     [], "zh", ["near-miss", "product-word", "traditional", "cantonese"],
     "免費 describes a bag that comes with the product, not an offer (policy.md B near-misses)."),

    # ================================================================ mixed near-miss (1)
    ("郭生, thanks for offering to pay by PayPal, 但係我哋只可以經 Amazon 收錢, so please "
     "喺呢度直接下單 the bigger size 就得。",
     [], "mixed", ["near-miss", "refusal", "traditional", "cantonese", "mixed"],
     "Declines the buyer's off-Amazon payment (policy.md D5)."),

    # ================================================================ English clean (13)
    ("Fenella, before we stitch your saddle pad, please check the embroidery: the name reads "
     "'Bramble' in navy thread, placed on the off-side corner, about five centimetres from the "
     "edge. Reply with a yes or any tweaks and we'll get it onto the machine.",
     [], "en", ["clean"],
     "Verifying a custom design, a permitted message (policy.md A)."),
    ("Barnaby, the tack trunk is on a pallet and the haulier needs a two-hour slot. Would Tuesday "
     "morning or Wednesday afternoon suit the yard better? Please also tell us if a lorry can turn "
     "in the drive.",
     [], "en", ["clean"],
     "Scheduling delivery of a bulky item (policy.md A)."),
    ("Rosamund, for the Galeward rug, measure from the centre of the chest, along the side, to the "
     "point of the buttock. If your mare comes out at 6'3\", go for that size rather than sizing "
     "up; the cut already allows for movement.",
     [], "en", ["clean"],
     "Answers a sizing question (policy.md A)."),
    ("Cormac, a quick heads-up: the Sorrelline girths in 48 inch are held up at the tannery, so "
     "yours will leave us about four days later than we first said. We'll message you as soon as "
     "it's on its way.",
     [], "en", ["clean"],
     "A delay notice about an unexpected problem (policy.md A near-misses)."),
    ("Juniper, the engraved brass nameplate for the headcollar needs one detail from you: should "
     "the horse's name be in capitals or ordinary lettering, and is there a second word to add "
     "underneath?",
     [], "en", ["clean"],
     "Requests information needed to complete the order (policy.md A)."),
    ("Leopold, the Burnish body brush can be washed in warm soapy water; rinse it, shake it out and "
     "leave it bristles-down to dry so the water doesn't soak into the wooden back.",
     [], "en", ["clean"],
     "Care instructions the buyer asked for (policy.md A)."),
    ("Henrietta, Frogwell hoof oil goes on a clean, dry hoof, about twice a week in wet weather "
     "and three times in dry spells. Paint the wall and the coronary band, and keep it off the "
     "sole.",
     [], "en", ["clean"],
     "Usage answer (policy.md A)."),
    ("Ingrid, the girth length is right when the buckles sit at roughly the same hole on each side "
     "and no higher than the bottom of the saddle flap. If you're on the top hole already, the next "
     "size down will suit.",
     [], "en", ["clean"],
     "Fitting answer (policy.md A)."),
    ("Mr. Valdivia, the tail flap on the Gnatveil sheet is meant to sit loose; the fillet string is "
     "what stops it lifting in wind. Clip it on both sides and it shouldn't rub.",
     [], "en", ["clean"],
     "Product-use answer (policy.md A)."),
    ("Ms. Oyelaran, the turnout rug can go in a large machine at thirty degrees with a rug wash, "
     "never a normal detergent, as that strips the waterproofing. Dry it flat over a fence rather "
     "than in a dryer.",
     [], "en", ["clean"],
     "Care answer (policy.md A)."),
    ("Fenella, a helmet fits when it sits about two fingers above the eyebrows and doesn't rock "
     "when you nod. Take the head measurement just above the ears; if it falls between sizes, the "
     "smaller one with the padding in is usually better.",
     [], "en", ["clean"],
     "Sizing answer (policy.md A)."),
    ("Barnaby, the Troughline buckets stack inside each other, so all four came in one box. The "
     "handles clip in from the outside; press until you hear the click.",
     [], "en", ["clean"],
     "Answers where the rest of the set is (policy.md A)."),
    ("Rosamund, the Hartsfield bridle arrives with the noseband threaded under the browband. Lay "
     "it flat, fit the cheekpieces to the third hole as a first setting, and adjust from there once "
     "it's on.",
     [], "en", ["clean"],
     "Assembly answer (policy.md A)."),

    # ================================================================ Simplified clean (10)
    ("邢女士，定制鞍垫上的名字我们按“追风”两个字排好了，放在右侧后角，藏青色线。请确认一下字体和位置，没问题我们就上机绣。",
     [], "zh", ["clean"],
     "Verifying a custom design (policy.md A)."),
    ("白先生，马鞍架是整托运输，司机需要提前约两小时的时段。周二上午或周三下午哪个更方便？马场门口能不能进货车也请告诉我们。",
     [], "zh", ["clean"],
     "Scheduling a bulky delivery (policy.md A)."),
    ("苗阿姨，马衣的尺码从胸口正中量起，沿着身侧一直量到臀端。量出来是多少就选多少，不用往大里买，版型已经留了活动空间。",
     [], "zh", ["clean"],
     "Sizing answer (policy.md A)."),
    ("章老师，您订的肚带因为皮料晚到，发货会比原定时间晚四天左右。一发出我们就在这里告诉您。",
     [], "zh", ["clean"],
     "A delay notice (policy.md A near-misses)."),
    ("小棠，笼头上的铜牌要刻马的名字，麻烦告诉我们是用大写字母还是中文，要不要加一行出生年份。",
     [], "zh", ["clean"],
     "Requests information needed for the engraving (policy.md A)."),
    ("邢女士，刷子可以用温水加一点洗洁精泡洗，冲干净后刷毛朝下晾干，木柄不要泡水太久。",
     [], "zh", ["clean"],
     "Care answer (policy.md A)."),
    ("白先生，护蹄油要涂在干净干燥的蹄壁上，雨季一周两次，干燥天气一周三次，蹄底不用涂。",
     [], "zh", ["clean"],
     "Usage answer (policy.md A)."),
    ("苗阿姨，头盔戴好后前沿大约在眉毛上方两指，点头时不应该晃。头围在耳朵上方一圈量，卡在两个尺码之间的话选小一号。",
     [], "zh", ["clean"],
     "Sizing answer (policy.md A)."),
    ("章老师，防蝇衣的尾罩本来就是松的，下面那根尾绳是防止它被风掀起来的，两边扣好就不会磨。",
     [], "zh", ["clean"],
     "Product-use answer (policy.md A)."),
    ("小棠，四个马厩水桶是套在一起装箱的，所以只有一个包裹。提手从外侧卡进去，听到咔的一声就装好了。",
     [], "zh", ["clean"],
     "Answers where the rest of the set is (policy.md A)."),

    # ================================================================ Traditional clean (6)
    ("紀小姐，客製鞍墊上的名字我們排好了，「Mocha」用深藍色線，放在右後角。麻煩確認一下字體和位置，沒問題的話就開始繡喔。",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "Verifying a custom design (policy.md A)."),
    ("魏先生，肚帶因為皮料晚到，出貨會比原本說的晚三、四天，寄出後會在這裡跟您說。",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "A delay notice (policy.md A near-misses)."),
    ("侯小姐，馬衣尺寸是從胸前中間量到臀部後端，量多少就選多少，不用刻意買大，版型已經有預留活動空間喔。",
     [], "zh", ["clean", "traditional", "taiwanese"],
     "Sizing answer (policy.md A)."),
    ("譚太，個鞍架係用卡板運，司機要預約兩個鐘嘅時段，聽日朝早定後日下晝方便啲？",
     [], "zh", ["clean", "traditional", "cantonese"],
     "Scheduling a bulky delivery (policy.md A)."),
    ("郭生，頭盔戴好之後前邊大概喺眉毛上面兩隻手指位，點頭嗰陣唔應該郁。頭圍喺耳仔上面量一圈。",
     [], "zh", ["clean", "traditional", "cantonese"],
     "Sizing answer (policy.md A)."),
    ("容小姐，護蹄油要搽喺乾淨乾爽嘅蹄壁，落雨天每七日搽兩次，天乾就搽三次，蹄底唔使搽。",
     [], "zh", ["clean", "traditional", "cantonese"],
     "Usage answer (policy.md A)."),

    # ================================================================ mixed clean (1)
    ("小棠, the custom browband 上的字母我们按 'LUNA' 排好了, 用的是 rose gold 的小水钻. Please "
     "confirm 字体和间距 before we set them.",
     [], "mixed", ["clean", "mixed"],
     "Verifying a custom design in a code-switched message (policy.md A)."),
]


def records():
    rows = list(DATA)
    random.Random(85).shuffle(rows)
    out = []
    for i, (text, labels, lang, tags, note) in enumerate(rows, 1):
        out.append({"id": "h85-%03d" % i, "text": text, "labels": sorted(labels), "lang": lang,
                    "tags": list(tags), "note": note})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout85.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(DATA), path))


if __name__ == "__main__":
    main()
