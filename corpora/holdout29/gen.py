#!/usr/bin/env python3
"""Build holdout29.jsonl: a hand-labelled held-out set of seller-to-buyer
messages (musical instruments and accessories) for the msglint policies
review-inducement, off-platform-contact and marketing.

Every text is written here as a Python literal.  Invisible characters and
look-alike letters are written as \\uXXXX escapes so that they can be seen.
All names, order ids, tracking numbers, handles, addresses, phone numbers
(US numbers in the 555 range) and domains are invented.

Run:  python3 build.py   (writes holdout29.jsonl next to this file)
"""
import json
import os
import random
import re

RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def add(text, labels, lang, tags, note):
    RECORDS.append({"text": text, "labels": list(labels), "lang": lang,
                    "tags": list(tags), "note": note})


# ---------------------------------------------------------------------------
# 1. review-inducement only (18)
# ---------------------------------------------------------------------------
add("Hello from StrumNest! Your concert ukulele (order 113-4829176-5038214) "
    "should have reached you on Tuesday. Nylon strings stretch a lot during "
    "the first week, so expect to retune every time you pick it up. Please "
    "keep it away from radiators and hot cars. If the sound has put a smile "
    "on your face, a glowing write-up with top marks on the product page "
    "would keep our little shop going. The gig bag's front pocket has room "
    "for the spare picks. Happy strumming!",
    [RI], "en", ["positive-review-request", "proactive"],
    "Asks for a 'glowing', top-marks review; the ask is buried between care tips.")

add("Glad the new spring sorted out the capo slipping. One more thing: post a "
    "review of the capo, reply here with a screenshot, and we'll put $8 back "
    "on your card through Amazon as a thank-you.",
    [RI], "en", ["incentive", "reply"],
    "Money back in exchange for a review; paying through Amazon does not make it compliant.")

add("We're sorry the power adapter for your practice amp arrived cracked. A "
    "new one is on its way under tracking 1Z8V61A20394857716. Once it's "
    "plugged in and the amp is working, would you kindly revisit the "
    "one-star rating you posted? It would mean a great deal to us.",
    [RI], "en", ["change-review", "reply"],
    "Asks the buyer to revisit (change) an existing one-star rating after a remedy.")

add("That's wonderful to hear, thank you for telling us your son plays the "
    "soprano uke every evening after dinner! Since he's enjoying it so much, "
    "could you put those same words into a review on Amazon?",
    [RI], "en", ["gating", "reply"],
    "Review asked only because the buyer expressed satisfaction (policy: gating includes replies to praise).")

add("Regarding order 112-7730194-2281965: the seller feedback you left is "
    "pulling our account health down badly. We've already refunded the "
    "shipping charge, so please take the feedback down today.",
    [RI], "en", ["feedback-removal", "reply"],
    "Pressure to remove seller feedback; not the neutral post-resolution notice.")

add("Mind giving the tuner five stars? It would really help us.",
    [RI], "en", ["positive-review-request", "proactive"],
    "Direct request for a five-star rating.")

add("Hi Dana,\n\n"
    "A quick checklist for your new travel guitar (order 113-5518204-9937160):\n"
    "\u2022 Give the strings two or three days to settle and retune as needed.\n"
    "\u2022 The truss rod wrench is taped inside the case lid.\n"
    "\u2022 In your review, please use the phrases \"best travel guitar\" and "
    "\"perfect for beginners\"; it helps shoppers find us.\n"
    "\u2022 Keep humidity between 40% and 55%.\n\n"
    "Thanks,\nMarisol, StrumNest Support",
    [RI], "en", ["steering", "proactive"],
    "Bullet list; third bullet dictates keywords for the review (content steering).")

add("We only invite buyers who have had a great experience to write a "
    "review. If that describes you, we'd love to see your thoughts on the "
    "tenor ukulele's product page.",
    [RI], "en", ["gating", "proactive"],
    "Review request restricted to happy buyers.")

add("您好，订单113-6620183-4471092的调音器已经签收。晒图留评之后在这里告诉我们一声，"
    "我们会返还10美元到您的账户。",
    [RI], "zh", ["incentive", "proactive"],
    "晒图留评后返10美元：以金钱换评价。")

add("非常抱歉音箱的音量旋钮松动了，新的旋钮已经免费寄出。收到以后方便的话，"
    "麻烦把之前那条两星的评价改一下，谢谢理解。",
    [RI], "zh", ["change-review", "reply"],
    "补发后要求修改两星评价：修改评价在任何情况下都不允许。")

add("写评论的时候麻烦提一下“音色清脆”“做工精细”这两个词，再配三张实拍图，谢谢配合！",
    [RI], "zh", ["steering", "proactive"],
    "指定评论关键词和图片数量：影响评论内容。")

add("您留下的中差评对我们店铺影响非常大，退款也已经处理好了，麻烦您今天就帮忙把这条反馈撤掉。",
    [RI], "zh", ["feedback-removal", "reply"],
    "以店铺受影响为由催促撤回卖家反馈，属于施压而非中性告知。")

add("您好，感谢您购买我们的23寸尤克里里。刚装的琴弦会持续拉伸，前几天需要多调几次音。"
    "建议放在阴凉干燥的地方，避免暴晒。使用中如果有任何不满意，请先别急着去评价，"
    "在这里给我们留言，我们一定处理到您满意为止；满意了再去分享也不迟。"
    "琴包侧袋可以放备用拨片。祝您弹奏愉快！",
    [RI], "zh", ["gating", "proactive"],
    "长消息中部：不满意先别评价、满意再分享——典型的评价筛选。")

add("您好，訂單114-3381920-5527461的節拍器已經送達。如果您用得滿意，"
    "懇請給我們一個五星好評，這對小店來說非常重要。",
    [RI], "zh", ["positive-review-request", "proactive", "traditional"],
    "繁體：請求五星好評。")

add("退款已經處理完成，麻煩您把商品頁上那則一星評價刪掉，謝謝。",
    [RI], "zh", ["change-review", "reply", "traditional"],
    "繁體：退款後要求刪除一星評價。")

add("Hi Kevin，您的capo已经送达。If you like it, 麻烦给个 5-star review，对我们帮助很大！",
    [RI], "mixed", ["positive-review-request", "proactive"],
    "Mixed EN/ZH five-star request.")

add("Refund已经处理好了，麻烦您update一下之前的review，thanks a lot!",
    [RI], "mixed", ["change-review", "reply"],
    "Mixed: asks to update an existing review after a refund.")

add("写review的时候 could you mention \"no fret buzz\" and \"stays in tune\"? "
    "这两个词对我们的listing很重要。",
    [RI], "mixed", ["steering", "proactive"],
    "Mixed: tells the buyer which phrases to put in the review.")

# ---------------------------------------------------------------------------
# 2. off-platform-contact only (14)
# ---------------------------------------------------------------------------
add("Hi Priya, the replacement set of G strings ships today with USPS, "
    "tracking 9400 1118 9922 3345 6781 02.\n\n"
    "Best regards,\nOwen Hale\nStrumNest Support | owen.hale@strumnest-shop.com",
    [OPC], "en", ["email", "reply"],
    "Compliant body; the e-mail address sits in the signature block.")

add("To activate the two-year warranty on your practice amp, register the "
    "serial number at https://www.emberline-audio.com/warranty within 30 days "
    "of delivery.",
    [OPC], "en", ["url", "website", "proactive"],
    "Sends the buyer to the seller's own website for warranty registration.")

add("There's a small card tucked under the ukulele in the box. Scan the code "
    "printed on it and you'll be chatting with our luthier directly, no "
    "waiting in Amazon's queue.",
    [OPC], "en", ["qr", "proactive"],
    "QR code leading to an off-Amazon support chat.")

add("Amazon refunds can take a week. Send me your Venmo handle and I'll "
    "transfer the $12 difference today.",
    [OPC], "en", ["payment", "reply"],
    "Refund through a non-Amazon payment channel.")

add("Hello Marcus, thank you for your patience with order 112-4038816-7719203. "
    "Our supplier shipped the tenor ukulele strings a week late, so your "
    "package is only leaving our warehouse today. We've upgraded it to "
    "two-day shipping at no cost to you. If you'd like updates faster than "
    "this thread gives them, write to our warehouse lead directly at "
    "dispatch.team@harborfret.com. The tracking number will be added to your "
    "order page tonight. We're sorry again for the wait.",
    [OPC], "en", ["email", "reply"],
    "Legitimate delay reply with an e-mail address buried in the middle.")

add("Easier by phone: call me at 949-555-0113.",
    [OPC], "en", ["phone", "reply"],
    "Seller's own phone number.")

add("亲，琴弦装不上的话可以直接加我微信：qinyun_uke88，我发视频教您，回复更快哦。",
    [OPC], "zh", ["messaging-app", "reply"],
    "微信号引导站外联系。")

add("麻烦把琴颈的照片发到 service@qinyunmusic.cn，技术人员看过后会给您回复。",
    [OPC], "zh", ["email", "reply"],
    "邮箱地址。")

add("退款我们直接用支付宝转给您，比走亚马逊快，麻烦发一下您的支付宝账号。",
    [OPC], "zh", ["payment", "reply"],
    "站外（支付宝）退款并索要账号。")

add("您好，关于调音器屏幕不亮的问题，我们已经确认是电池触片变形了。请先用牙签把触片轻轻往上挑一下，"
    "再装入新的CR2032电池。如果还是不亮，我们会免费补发一个新的给您。"
    "也可以直接拨打我们的售后电话 626-555-0175，工程师会一步一步指导您。"
    "补发的话旧的不用寄回。给您带来不便，非常抱歉。",
    [OPC], "zh", ["phone", "reply"],
    "长回复中部夹带卖家售后电话（不是承运商电话）。")

add("如有任何使用上的問題，歡迎加我們的LINE：emberamp_tw，客服會即時回覆您。",
    [OPC], "zh", ["messaging-app", "reply", "traditional"],
    "繁體：LINE 帳號。")

add("請將音箱背板的照片寄到 help@emberline.tw，我們會盡快處理。",
    [OPC], "zh", ["email", "reply", "traditional"],
    "繁體：電子郵件地址。")

add("您好，the replacement strings shipped today。有问题直接WhatsApp我：+1 415 555 0126，回复最快。",
    [OPC], "mixed", ["messaging-app", "phone", "reply"],
    "Mixed: WhatsApp number.")

add("Setup video放在我们官网了：https://video.emberline-audio.com/setup ，follow the steps就能调好。",
    [OPC], "mixed", ["url", "website", "reply"],
    "Mixed: link to the seller's own site.")

# ---------------------------------------------------------------------------
# 3. marketing only (22)
# ---------------------------------------------------------------------------
add("The wound G in that set is a .022. Also, code FRETLOVE15 knocks 15% off "
    "any strings you pick up from us next month.",
    [MKT], "en", ["coupon", "reply"],
    "Answers the question, then adds an unsolicited coupon code.")

add("Heads up: our new solid-spruce tenor ukulele just launched, and it pairs "
    "beautifully with the capo you bought from us.",
    [MKT], "en", ["new-product", "cross-sell", "proactive"],
    "New-product announcement tied to the previous purchase.")

add("Order 114-7206519-3350817: if you enjoy the tuner, see the rest of our "
    "range at amazon.com/stores/StrumNest/page/4C7A19E2.",
    [MKT], "en", ["storefront-link", "proactive"],
    "Amazon storefront link: marketing, but not off-platform (it is Amazon's own site).")

add("Ukulele strings go dull after two or three months of regular playing. "
    "When yours do, come back and restock with us!",
    [MKT], "en", ["buy-again", "proactive"],
    "Buy-again push dressed as care advice.")

add("You've now ordered from us three times, which makes you a Gold Strummer. "
    "From here on, every fourth set of strings is on the house.",
    [MKT], "en", ["loyalty", "reply"],
    "Loyalty scheme.")

add("Know another player who needs a capo? Have them buy ours and send us "
    "their order number, and we'll credit both of you $5.",
    [MKT], "en", ["referral", "proactive"],
    "Refer-a-friend reward.")

add("Order 113-9920457-6605138: we're sorry, but the practice amp you ordered "
    "will ship about four days later than estimated. A batch of power "
    "supplies failed our inspection and we'd rather wait for good ones. To "
    "make up for it, code EMBER20 takes 20% off your next purchase from our "
    "store. The amp itself has already been tested and packed. You'll get "
    "the tracking number as soon as the carrier scans it. Thank you for your "
    "patience.",
    [MKT], "en", ["coupon", "proactive"],
    "A permitted delay notice with a coupon for a future purchase buried in the middle.")

add("Spring picks from StrumNest:\n"
    "- Bamboo soprano ukulele, just arrived\n"
    "- Wound-nylon low-G strings\n"
    "- Trigger capo in rose gold\n"
    "Everything above is 10% off on our Amazon listings until April 30.",
    [MKT], "en", ["promotion", "new-product", "proactive"],
    "Bullet-list promotion of new and discounted items.")

add("New capo colours just landed, have a look!",
    [MKT], "en", ["new-product", "proactive"],
    "Short new-product announcement.")

add("The strap pins on our tenor ukulele are 6 mm, so standard strap locks "
    "will fit.\n\nCheers,\nLena\nStrumNest | This month only: a free string "
    "set with every ukulele order",
    [MKT], "en", ["promotion", "reply"],
    "Compliant answer; the promotion hides in the signature tagline.")

add("您好，您购买的吉他弦已经发出。本店刚上架碳素尼龙弦，手感更顺滑，欢迎选购！",
    [MKT], "zh", ["new-product", "proactive"],
    "发货通知中夹带新品推广。")

add("老客户专享：下单时输入优惠码QINYUN10，立减10%。",
    [MKT], "zh", ["coupon", "proactive"],
    "优惠码。")

add("本周末全店满50美元减8美元，琴弦、变调夹都参加，欢迎回购～",
    [MKT], "zh", ["promotion", "buy-again", "proactive"],
    "满减活动加回购邀请。")

add("您买的变调夹和我们家的夹式调音器是绝配，一起用更省心，店里两样都有。",
    [MKT], "zh", ["cross-sell", "reply"],
    "交叉销售。")

add("更多尤克里里配件请看我们的亚马逊店铺：amazon.com/shops/QinyunMusic",
    [MKT], "zh", ["storefront-link", "proactive"],
    "亚马逊店铺链接：营销，但不属于站外联系。")

add("推荐朋友来买我们的琴，朋友下单后把订单号发给我们，您就能得到一套免费琴弦。",
    [MKT], "zh", ["referral", "proactive"],
    "推荐返利。")

add("您好，换弦的步骤是：先把旧弦松开，从琴桥一端取下；新弦穿过琴桥孔后打一个结，再绕到弦钮上。"
    "每根弦绕三到四圈就够了。顺便告诉您，我们下个月会推出电箱款尤克里里，老客户可以享受八五折。"
    "换完弦后头几天会跑音，多调几次就稳定了。有问题随时在这里留言。",
    [MKT], "zh", ["new-product", "discount", "reply"],
    "换弦说明中间插入新品预告和老客户折扣。")

add("本店全新推出桃花心木烏克麗麗，老顧客購買一律享九折優惠。",
    [MKT], "zh", ["new-product", "discount", "proactive", "traditional"],
    "繁體：新品加折扣。")

add("感謝您的詢問，琴頸寬度是36毫米。另外提醒您，本月購買兩套琴弦即贈送撥片一盒。",
    [MKT], "zh", ["promotion", "reply", "traditional"],
    "繁體：回答問題後附帶買贈活動。")

add("您好！Our new 15W practice amp下周就要上架了，early bird价格八折，别错过～",
    [MKT], "mixed", ["new-product", "discount", "proactive"],
    "Mixed: launch plus early-bird discount.")

add("Thanks for ordering from us! 下次购买用code UKE2024，可以享受9折。",
    [MKT], "mixed", ["coupon", "proactive"],
    "Mixed: coupon code for the next order.")

add("Your capo 已经发货啦。By the way，我们的 new ukulele strap 刚刚上架，"
    "在 Amazon 上搜 \"QinYun strap\" 就能找到！",
    [MKT], "mixed", ["new-product", "cross-sell", "proactive"],
    "Mixed: shipping note plus new accessory to search for on Amazon.")

# ---------------------------------------------------------------------------
# 4. two or three labels (15)
# ---------------------------------------------------------------------------
add("Here's a simple deal: post your honest review of the ukulele, message us "
    "the link, and we'll send the full purchase price back to you by PayPal "
    "within 48 hours.",
    [RI, OPC], "en", ["incentive", "payment", "proactive"],
    "Refund for a review, paid outside Amazon. 'Honest' does not cure the incentive.")

add("好评截图发到微信 qinyun_uke88，马上给您返15美元红包。",
    [RI, OPC], "zh", ["positive-review-request", "incentive", "messaging-app",
                      "proactive"],
    "好评返现，并引导到微信。")

add("If anything about the amp disappoints you, please email "
    "tony@emberline-audio.com before posting a review; we'd much rather hear "
    "it first.",
    [RI, OPC], "en", ["gating", "email", "proactive"],
    "Diverts unhappy buyers away from reviewing, to an e-mail address.")

add("留下好評之後加我們的LINE：emberamp_tw，就能領取返現。",
    [RI, OPC], "zh", ["positive-review-request", "incentive", "messaging-app",
                      "proactive", "traditional"],
    "繁體：好評返現並加 LINE。")

add("Review发布以后截图WhatsApp给我们（+1 213 555 0188），我们会把full refund打到你的Zelle账户。",
    [RI, OPC], "mixed", ["incentive", "messaging-app", "phone", "payment",
                         "proactive"],
    "Mixed: full refund for a review via WhatsApp and Zelle.")

add("Buyers who leave a review are added to our Backstage list automatically, "
    "and Backstage members get first pick of every limited-run koa ukulele "
    "we make.",
    [RI, MKT], "en", ["incentive", "loyalty", "proactive"],
    "Future benefit for reviewing (incentive) delivered through a loyalty list (marketing).")

add("我们的VIP老客户计划：每留一条评价积一次分，累计三次就送一个变调夹，积分还能在下次购买时抵扣。",
    [RI, MKT], "zh", ["incentive", "loyalty", "proactive"],
    "以评价换积分和赠品，同时是会员营销。")

add("We hate to ask, but the feedback on our storefront is hurting us. If it "
    "came down, we'd happily send over a code worth 30% off your next string "
    "order.",
    [RI, MKT], "en", ["feedback-removal", "incentive", "coupon", "reply"],
    "Feedback removal asked across two sentences, paid with a future-purchase code.")

add("留评后把截图发给我们，您的下一单可以直接打五折。",
    [RI, MKT], "zh", ["incentive", "discount", "proactive"],
    "以下单折扣换评价。")

add("Next time you need strings, skip Amazon and order from our own site, "
    "harborfret.com: same strings, lower price, and we ship the same day.",
    [OPC, MKT], "en", ["website", "url", "buy-again", "discount", "proactive"],
    "Diverts the next purchase off Amazon (off-platform) and pushes a repeat purchase (marketing).")

add("下次需要琴弦可以直接去我们的淘宝店“琴韵小铺”下单，比亚马逊便宜三成。",
    [OPC, MKT], "zh", ["website", "buy-again", "discount", "reply"],
    "引导到站外店铺购买并以更低价格招揽。")

add("We pick one follower of @strumnest.ukes on Instagram each month to win a "
    "tenor ukulele, so come say hi over there!",
    [OPC, MKT], "en", ["social", "promotion", "proactive"],
    "Social handle plus giveaway.")

add("加入我们的微信会员群（群主微信：qinyun_vip），群里每月抽一把单板尤克里里，还有老客户专属折扣。",
    [OPC, MKT], "zh", ["messaging-app", "loyalty", "promotion", "proactive"],
    "微信群 + 会员抽奖和折扣。")

add("The matching footswitch is 10% off with code EMBER10 at emberline-audio.com/shop.",
    [OPC, MKT], "en", ["url", "website", "coupon", "cross-sell", "reply"],
    "Coupon for a cross-sold item on the seller's own web shop.")

add("欢迎加入我们的Facebook VIP group！留一条review，就能优先试用我们的new arrivals。",
    [RI, OPC, MKT], "mixed", ["incentive", "social", "loyalty", "new-product",
                              "proactive"],
    "Mixed, three labels: social group, early access for a review, new products.")

# ---------------------------------------------------------------------------
# 5. evasions (25)
# ---------------------------------------------------------------------------
add("收到琴以后 好 / 评 / 返 / 现，截图发我们就行。",
    [RI], "zh", ["incentive", "positive-review-request", "proactive",
                 "evasion", "spacing"],
    "好评返现用空格和斜杠拆开。")

add("Leave a posi\u200btive re\u200bview for the strings and we'll send a $5 "
    "gift\u200b card your way.",
    [RI], "en", ["positive-review-request", "incentive", "proactive",
                 "evasion", "zero-width"],
    "Zero-width spaces inside 'positive', 'review' and 'gift card'.")

add("Pl3ase le4ve a p0sitive r3view for the amp, it means the w0rld to us.",
    [RI], "en", ["positive-review-request", "proactive", "evasion",
                 "leetspeak"],
    "Leetspeak digits for letters.")

add("满意请给个\uff15星，返现\uff12\uff10刀。",
    [RI], "zh", ["positive-review-request", "incentive", "proactive",
                 "evasion", "fullwidth"],
    "全角数字：５星、２０刀。")

add("亲，留个好平，返您一个小红包～",
    [RI], "zh", ["positive-review-request", "incentive", "proactive",
                 "evasion", "homophone"],
    "好平 = 好评（同音），小红包 = 现金。")

add("收到琴后给个haoping，截图发过来就fanxian哦。",
    [RI], "zh", ["positive-review-request", "incentive", "proactive",
                 "evasion", "pinyin"],
    "拼音：haoping = 好评，fanxian = 返现。")

add("A little surprise is waiting for everyone who tells other shoppers what "
    "they think of the tuner. Just let us know once your words are live on "
    "the page.",
    [RI], "en", ["incentive", "proactive", "evasion", "euphemism"],
    "Gift for a review without saying 'review' or 'gift', split across two sentences.")

add("方便的话帮小店在商品页支持一下、给个鼓励，完成后回复本消息，我们有小福利送上～",
    [RI], "zh", ["incentive", "positive-review-request", "proactive",
                 "evasion", "euphemism"],
    "支持一下/给个鼓励 = 好评，小福利 = 奖励。")

add("If the ukulele made you smile, a \u2605\u2605\u2605\u2605\u2605 on the "
    "product page would make our day!",
    [RI], "en", ["positive-review-request", "proactive", "evasion",
                 "star-symbols"],
    "Five star symbols in place of 'five-star review'.")

add("喜歡的話，請幫我們在商品頁點亮\u2605\u2605\u2605\u2605\u2605，感謝支持！",
    [RI], "zh", ["positive-review-request", "proactive", "evasion",
                 "star-symbols", "traditional"],
    "繁體：點亮五顆星符號。")

add("Please consider leaving a p\u043esitive r\u0435view for the capo on Amazon.",
    [RI], "en", ["positive-review-request", "proactive", "evasion",
                 "homoglyph"],
    "Cyrillic o (U+043E) and e (U+0435) inside 'positive review'.")

add("Now that the replacement has arrived and works, would you mind "
    "refreshing what you wrote on the product page so it tells the whole "
    "story?",
    [RI], "en", ["change-review", "reply", "evasion", "euphemism"],
    "'Refresh what you wrote on the product page' = update the review.")

add("Reach me on W h a t s A p p at 626 555 0190 and send a short clip of the buzzing.",
    [OPC], "en", ["messaging-app", "phone", "reply", "evasion", "spacing"],
    "Spaced-out 'WhatsApp' plus a phone number.")

add("视频不好在这里发，加我\uff57\uff45\uff43\uff48\uff41\uff54\uff1a"
    "\uff51\uff49\uff4e\uff59\uff55\uff4e\uff18\uff18，我直接打视频教您。",
    [OPC], "zh", ["messaging-app", "reply", "evasion", "fullwidth"],
    "全角 wechat 和账号。")

add("You can also email me at owen\u200b@\u200bstrumnest-shop\u200b.com with the photos.",
    [OPC], "en", ["email", "reply", "evasion", "zero-width"],
    "Zero-width spaces around '@' and '.' of an e-mail address.")

add("Drop the photos to capohelp at brightfret dot com and we'll take a look.",
    [OPC], "en", ["email", "reply", "evasion", "spelled-email"],
    "E-mail address spelled with 'at' and 'dot'.")

add("照片可以发邮箱：qinyun 艾特 qinyunmusic 点 cn，标题写上订单号。",
    [OPC], "zh", ["email", "reply", "evasion", "spelled-email"],
    "艾特 = @，点 = .：拼写出来的邮箱。")

add("这个问题电话里说得清楚些，您打六二六五五五零一八三找小王就行。",
    [OPC], "zh", ["phone", "reply", "evasion", "cn-numerals"],
    "中文数字写的电话 626-555-0183。")

add("有任何問題請來電：貳壹參－伍伍伍－零壹肆捌，我們會親自為您說明。",
    [OPC], "zh", ["phone", "reply", "evasion", "cn-numerals", "traditional"],
    "繁體大寫數字電話 213-555-0148。")

add("琴的问题加薇信详聊：qinyun_uke88，发语音更方便。",
    [OPC], "zh", ["messaging-app", "reply", "evasion", "homophone"],
    "薇信 = 微信（同音）。")

add("For setup help, message our page on F\u0430ceb\u043eok: Emberline Audio Amps.",
    [OPC], "en", ["social", "reply", "evasion", "homoglyph"],
    "Cyrillic a (U+0430) and o (U+043E) in 'Facebook'.")

add("琴弦的问题这里说不清，jia wo weixin：qinyun88，我发视频给您。",
    [OPC], "zh", ["messaging-app", "reply", "evasion", "pinyin"],
    "拼音 jia wo weixin = 加我微信。")

add("满\u200b减\u200b活动进行中：琴弦满40美元减5美元，老客户再享9折。",
    [MKT], "zh", ["promotion", "discount", "proactive", "evasion",
                  "zero-width"],
    "满减中间插入零宽字符。")

add("Gr4b our n3w trigger capo this week, 20% 0ff for returning buyers.",
    [MKT], "en", ["new-product", "discount", "proactive", "evasion",
                  "leetspeak"],
    "Leetspeak new-product discount.")

add("下次购买时输入优惠码\uff26\uff32\uff25\uff34\uff11\uff15，琴弦立减15%。",
    [MKT], "zh", ["coupon", "proactive", "evasion", "fullwidth"],
    "全角优惠码 FRET15。")

# ---------------------------------------------------------------------------
# 6. near-misses: compliant, but share words with violations (45)
# ---------------------------------------------------------------------------
add("Order 113-7720456-1183904: we hope the soprano ukulele reached you in "
    "good shape. When you've had some time with it, an honest review on "
    "Amazon would help other players choose, whatever your experience has "
    "been.",
    [], "en", ["proactive", "near-miss"],
    "Neutral, unconditional review request (allowed once per order).")

add("Hello Sam, thanks for choosing our clip-on tuner (order "
    "114-0952318-4470261). We'd genuinely like to know how it's working for "
    "you, positive or negative, and a review on the product page is the best "
    "place to say so.",
    [], "en", ["proactive", "near-miss"],
    "Neutral review request; 'positive' appears but balanced with 'negative'.")

add("Thanks for confirming the replacement amp works; we're glad that's "
    "sorted. If you feel we've taken care of the problem, you're able to "
    "revise or remove the seller feedback you left earlier. That choice is "
    "entirely yours, and nothing changes on our side either way.",
    [], "en", ["reply", "near-miss"],
    "Neutral seller-feedback notice after resolution, the form Amazon's help allows.")

add("We reviewed the return you sent back for order 112-3349087-6652013. The "
    "ukulele arrived undamaged, so the refund of $64.99 has been issued to "
    "your original payment method.",
    [], "en", ["reply", "near-miss"],
    "'Reviewed' and 'refund' in a returns context.")

add("Sorry the capo's rubber pad peeled off. We've refunded the full $12.49 "
    "through Amazon, and you don't need to send it back.",
    [], "en", ["reply", "near-miss"],
    "Refund as a remedy, no link to any review.")

add("The carrier shows your amp was held at the depot because of an address "
    "mismatch. You can call the carrier directly at 1-800-555-0134 and quote "
    "tracking 1Z4F8E360318877402 to reschedule delivery.",
    [], "en", ["reply", "near-miss"],
    "Carrier phone number in a delivery context (policy exception).")

add("If the tuner still won't switch on after the new battery, just reply to "
    "this thread in Amazon messages and we'll set up a replacement.",
    [], "en", ["reply", "near-miss"],
    "Contact kept inside Amazon messaging.")

add("Good question about upkeep. Wipe the strings with a dry cloth after each "
    "session, and put a drop of lemon oil on the fretboard no more than twice "
    "a year. The coated strings are free of nickel, so they're fine for "
    "sensitive skin. Change them when they stop holding tune.",
    [], "en", ["reply", "near-miss"],
    "Care advice the buyer asked for; 'free of nickel' and 'change' are not offers.")

add("The $4 coupon you spotted on the listing is run by Amazon. If you "
    "clipped it before checkout, the savings show in your order summary; we "
    "can't add or change coupons from our side.",
    [], "en", ["reply", "near-miss"],
    "Answers the buyer's question about an Amazon coupon; offers nothing.")

add("To answer your question directly: no, we will never ask you to change or "
    "take down your review. It is yours to write. We only want to fix the "
    "buzzing neck, and the replacement ships Monday.",
    [], "en", ["reply", "near-miss"],
    "Negation: promises never to ask for a review change.")

add("Thank you for letting us know you left a five-star review, that was "
    "kind. About your question: the spare strap buttons are in the small bag "
    "inside the case pocket.",
    [], "en", ["reply", "near-miss"],
    "Thanks for a review the buyer mentioned; not a solicitation.")

add("Those emails asking about your purchase come from Amazon automatically, "
    "not from us, and you're free to ignore them. We don't send any "
    "follow-ups of our own.",
    [], "en", ["reply", "near-miss"],
    "Explains Amazon's automatic review emails.")

add("Thanks for your patience. Here's where things stand:\n"
    "- Original order 113-5092874-3318840: the strings shipped with USPS, "
    "tracking 9400 1118 9922 3345 6790 14.\n"
    "- Replacement capo, order 113-5092874-3318841: shipped with UPS, "
    "tracking 1Z0A77W20391124680.\n"
    "- ASIN B0C9TK3L2W is the capo model you asked about; it fits 6-string "
    "acoustics.\n"
    "Both parcels should arrive by Thursday.",
    [], "en", ["reply", "near-miss"],
    "Order ids, tracking numbers and an ASIN that a naive phone regex could misread.")

add("Plug your headphones into the PHONES jack on the back, not LINE OUT. The "
    "line out skips the volume knob, which is why it was so loud.",
    [], "en", ["reply", "near-miss"],
    "'LINE OUT' and 'PHONES' are amp jacks, not a messaging app or a phone number.")

add("Amazon processes every payment for orders placed here, so we can't take "
    "PayPal or a bank transfer. Please place the order on Amazon as usual.",
    [], "en", ["reply", "near-miss"],
    "Declines off-Amazon payment; names PayPal only to refuse it.")

add("A new capo is on the way free of charge, tracking TBA308817262000. Keep "
    "the old one; no return needed.",
    [], "en", ["reply", "near-miss"],
    "Free replacement as a remedy, not a promotion.")

add("The lower price you saw for about an hour was a listing error on our "
    "side. You keep the price you paid, and nothing more will be charged.",
    [], "en", ["reply", "near-miss"],
    "Price-error explanation; no discount offered.")

add("The small star on the tuner's display means it's in chromatic mode. "
    "Press the MODE button twice to switch back to ukulele mode.",
    [], "en", ["reply", "near-miss"],
    "'Star' as a display symbol.")

add("Order 114-6681230-2290475. Now that the practice amp has been with you "
    "for a week, we'd welcome your honest review on Amazon. We don't offer "
    "anything in return, and there's no right or wrong answer; other players "
    "simply benefit from hearing how it sounds in a real room.",
    [], "en", ["proactive", "near-miss"],
    "Neutral request that explicitly offers nothing in return.")

add("The amp is rated at 10 watts RMS. On the battery clip the red wire is "
    "positive; if the polarity is reversed the amp simply won't power on, so "
    "no harm done.",
    [], "en", ["reply", "near-miss"],
    "'Rated' and 'positive' as electrical terms.")

add("No need to share any personal details with us. Everything we need is "
    "already in your Amazon order, and all our replies will come through "
    "Amazon messages. We never ask buyers for a phone number or email "
    "address.",
    [], "en", ["reply", "near-miss"],
    "Mentions phone and email only to say they are not needed.")

add("您好，订单113-2258104-7739061的尤克里里应该已经到了。用一段时间后，"
    "欢迎在亚马逊商品页写下您的真实感受，不论好坏，都能帮到其他想入门的朋友。",
    [], "zh", ["proactive", "near-miss"],
    "中性邀评，无条件、无奖励。")

add("补发的琴弦能正常使用就太好了。卖家反馈这边，如果您认为问题已经妥善处理，"
    "可以按自己的意愿补充、修改或撤回，完全由您决定。",
    [], "zh", ["reply", "near-miss"],
    "问题解决后的中性卖家反馈告知（政策允许的形式）。")

add("谢谢您告诉我们已经留了好评！关于您问的琴包尺寸，内长是58厘米，可以放下21寸的尤克里里。",
    [], "zh", ["reply", "near-miss"],
    "回复中感谢买家自己提到的好评，并非索评。")

add("我们检索评估了仓库的出库记录，确认您的包裹少装了一包拨片，今天已补寄，运单号TBA311902745000。",
    [], "zh", ["reply", "near-miss"],
    "“检索评估”包含子串“索评”；物流补寄。")

add("您提到在商品页搜索评论时看到有人说琴颈偏粗。这款的琴颈宽度是36毫米，属于标准尺寸，"
    "手小的话可以先从低把位的和弦练起。",
    [], "zh", ["reply", "near-miss"],
    "“搜索评论”包含“索评”；回答产品问题。")

add("您下的两笔重复订单，我们已取消其中113-6630271-4418825这一笔，款项会按亚马逊的流程原路退回。",
    [], "zh", ["reply", "near-miss"],
    "取消重复订单、退款：物流用语。")

add("已按您的要求修改收货地址，今天下午出库前生效。",
    [], "zh", ["reply", "near-miss"],
    "“修改”用于地址。")

add("非常抱歉调音器到货时屏幕有裂痕，我们已通过亚马逊为您全额退款，商品无需寄回。",
    [], "zh", ["reply", "near-miss"],
    "退款作为补救，与评价无关。")

add("快递显示需要预约派送，您可以直接拨打承运商客服 1-800-555-0128，报上运单号 7849 3302 1156 即可安排时间。",
    [], "zh", ["reply", "near-miss"],
    "承运商电话（政策例外）。")

add("如果装好新电池后音箱还是没有声音，请直接在亚马逊消息里回复我们，我们会安排换货。",
    [], "zh", ["reply", "near-miss"],
    "联系方式限定在亚马逊消息内。")

add("您看到的5美元优惠券是亚马逊商品页上的领券活动，结账时勾选就会自动抵扣，我们这边没办法另外发券或改价。",
    [], "zh", ["reply", "near-miss"],
    "回答买家关于亚马逊优惠券的提问，未提供任何优惠。")

add("请放心，我们绝不会要求您修改或删除评价，也不会因为评价内容联系您。"
    "我们只关心琴颈打品的问题，新琴下周一发出。",
    [], "zh", ["reply", "near-miss"],
    "否定句：承诺不会要求修改或删除评价。")

add("亚马逊的订单只能在亚马逊上付款，我们不能接受微信或支付宝转账，请直接在亚马逊下单就好。",
    [], "zh", ["reply", "near-miss"],
    "提到微信、支付宝只是为了拒绝站外付款。")

add("新弦刚装上会不停跑音，这是正常的。每次弹完把琴弦往上轻轻拉一拉，再调一次音，"
    "三四天后就会稳定。琴不弹的时候放在琴包里，避开空调出风口。",
    [], "zh", ["reply", "near-miss"],
    "买家询问后的保养建议；“新”不是新品推广。")

add("我们已审核您退回的琴，琴身完好，64.99美元的退款已按原支付方式退回。",
    [], "zh", ["reply", "near-miss"],
    "审核退货并退款：物流用语。")

add("您好，訂單112-8840315-0967724的烏克麗麗應該已經送到了。使用一陣子之後，"
    "歡迎到亞馬遜商品頁分享您真實的使用心得，無論好壞都很有參考價值。",
    [], "zh", ["proactive", "near-miss", "traditional"],
    "繁體：中性邀評。")

add("謝謝您告訴我們已經留下評價！您問的備用弦在琴盒內側的小袋子裡。",
    [], "zh", ["reply", "near-miss", "traditional"],
    "繁體：回覆中感謝買家提到的評價。")

add("很抱歉變調夾的彈簧斷了，我們已透過亞馬遜為您全額退款，不需要寄回。",
    [], "zh", ["reply", "near-miss", "traditional"],
    "繁體：退款作為補救。")

add("物流顯示包裹在轉運站延誤，您可以撥打承運商的客服專線 1-800-555-0152，"
    "提供追蹤號碼 1Z6R20W40388210957 查詢。",
    [], "zh", ["reply", "near-miss", "traditional"],
    "繁體：承運商電話與追蹤號碼。")

add("您在商品頁看到的優惠券是亞馬遜自動提供的，結帳時勾選就會折抵，我們這邊無法另外發放折扣碼。",
    [], "zh", ["reply", "near-miss", "traditional"],
    "繁體：回答亞馬遜優惠券的問題，沒有提供折扣。")

add("Hi Mei，订单 113-9051726-2284630 的 tuner 应该已经收到了。If you have a moment, "
    "欢迎在 Amazon 上留下您真实的 review，好坏都可以。",
    [], "mixed", ["proactive", "near-miss"],
    "Mixed neutral review request.")

add("Sorry about the dented amp corner. 全额 refund 已经通过 Amazon 退回原支付方式，不需要寄回。",
    [], "mixed", ["reply", "near-miss"],
    "Mixed: refund as remedy.")

add("有任何问题 just reply here in Amazon messages，我们会在24小时内回复。",
    [], "mixed", ["reply", "near-miss"],
    "Mixed: contact stays in Amazon messages.")

add("New strings 会跑音，this is normal. 每天弹完 retune 一下，三四天就稳定了。",
    [], "mixed", ["reply", "near-miss"],
    "Mixed care advice; 'new' is not a product launch.")

# ---------------------------------------------------------------------------
# 7. plain logistics (21)
# ---------------------------------------------------------------------------
add("Your ukulele left our warehouse yesterday afternoon, and the carrier "
    "expects to deliver it on Friday.",
    [], "en", ["reply", "plain"],
    "Shipping status in reply to a buyer.")

add("Regarding order 114-8812034-5561290: a winter storm closed the regional "
    "sorting hub, so your practice amp will reach you about three days later "
    "than the original estimate. We apologize for the wait.",
    [], "en", ["proactive", "plain"],
    "Proactive delay notice (unexpected problem).")

add("Yes, the capo fits classical guitars with flat fretboards. It opens to "
    "62 mm, so it will clear the wider neck.",
    [], "en", ["reply", "plain"],
    "Product question answered.")

add("Could you confirm whether the house number should read 418 or 481 "
    "Larkspur Court? The label prints tonight, so we'll hold the parcel until "
    "we hear back.",
    [], "en", ["reply", "plain"],
    "Address clarification.")

add("Order 113-4406712-9820357: before we engrave the headstock of your tenor "
    "ukulele, please confirm the spelling of the name. Your note says "
    "\"Annalise\"; should it be \"Annelise\" instead?",
    [], "en", ["proactive", "plain"],
    "Verifying a custom engraving.")

add("The set uses fluorocarbon strings in gauges .024, .031, .037 and .028 for "
    "standard GCEA tuning.",
    [], "en", ["reply", "plain"],
    "Spec answer.")

add("Yes, the amp runs on six AA batteries as well as the adapter.",
    [], "en", ["reply", "plain"],
    "Spec answer.")

add("We're sorry the gig bag was missing from the box. A gig bag is being "
    "packed today and will go out with tomorrow's pickup.",
    [], "en", ["reply", "plain"],
    "Missing item sent.")

add("The invoice for your school's purchase is attached as a PDF, with the "
    "billing name you gave us.",
    [], "en", ["reply", "plain"],
    "Invoice sent on request.")

add("您的琴昨天下午已经从仓库发出，承运商预计周五送达。",
    [], "zh", ["reply", "plain"],
    "回复中的发货状态。")

add("关于订单114-2290381-6604752：由于暴雪，区域分拣中心暂停作业，您的小音箱预计比原定时间晚三天送达，"
    "给您带来不便非常抱歉。",
    [], "zh", ["proactive", "plain"],
    "主动延误通知。")

add("这款变调夹可以用在尤克里里上，弹簧力度偏轻，不会压得琴弦跑音。",
    [], "zh", ["reply", "plain"],
    "产品问题回答。")

add("琴弦是碳素材质，从四弦到一弦依次是G、C、E、A标准定弦。",
    [], "zh", ["reply", "plain"],
    "规格回答。")

add("琴包少发给您添麻烦了，今天就把琴包打包好，明天随第一批取件发出。",
    [], "zh", ["reply", "plain"],
    "漏发补寄。")

add("订单113-7781520-0043398：您定制的刻字内容是“小满”，请确认字体选楷体还是隶书，确认后我们再开始雕刻。",
    [], "zh", ["proactive", "plain"],
    "确认定制刻字。")

add("可以的，这款音箱也能用六节五号电池供电。",
    [], "zh", ["reply", "plain"],
    "规格回答。")

add("发票已按您提供的学校抬头开好，附在本条消息里，请查收。",
    [], "zh", ["reply", "plain"],
    "按要求开具发票。")

add("您好，琴頸上的細紋是木紋，不是損傷。若您仍有疑慮，請拍一張近照讓我們看看。",
    [], "zh", ["reply", "plain", "traditional"],
    "繁體：回答產品問題。")

add("關於訂單112-4490183-7725061：因颱風影響，您的烏克麗麗將比預計晚兩天送達，造成不便敬請見諒。",
    [], "zh", ["proactive", "plain", "traditional"],
    "繁體：主動延誤通知。")

add("您好，漏发的 gig bag 今天打包好了，will go out with the first pickup tomorrow。",
    [], "mixed", ["reply", "plain"],
    "Mixed: missing item sent.")

add("这款 tuner 的 clip 可以转 360 度，so you can read it from either side of the headstock。",
    [], "mixed", ["reply", "plain"],
    "Mixed: product answer.")


HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def sentences(text):
    """Sentence-like units: split after . ! ? followed by space, at CJK
    sentence ends, and at line breaks (so bullets and signature lines count)."""
    parts = re.split(r"(?<=[.!?])\s+|[\u3002\uff01\uff1f!?]+|\n+", text)
    return [p for p in parts if len(re.findall(r"\w", p)) >= 3]


def size_tags(text):
    """'short': weighted length <= 60 (a Han character counts twice) and at
    most two sentence units; 'long': five or more sentence units."""
    size = len(text) + len(HAN.findall(text))
    n = len(sentences(text))
    if n >= 5:
        return ["long"]
    if size <= 60 and n <= 2:
        return ["short"]
    return []


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = []
    for r in RECORDS:
        r = dict(r)
        r["tags"] = r["tags"] + size_tags(r["text"])
        records.append(r)
    random.Random(29).shuffle(records)
    out = os.path.join(here, "holdout29.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for i, r in enumerate(records, 1):
            obj = {"id": "h29-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": r["tags"], "note": r["note"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main()
