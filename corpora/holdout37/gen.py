#!/usr/bin/env python3
"""Build holdout37.jsonl: 160 hand-labelled seller-to-buyer messages.

Shop: Quillbay Tech (羽湾数码 / 羽灣數碼), an invented cross-border seller of phone
and computer accessories.  Every text is a literal below; invisible and
look-alike characters are written as \\uXXXX escapes.  The records are shuffled
with random.Random(37) and numbered h37-001 .. h37-160.

Run:  python3 gen.py      (rewrites holdout37.jsonl next to this file)
"""
import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout37.jsonl")

RI, OP, MK = "review-inducement", "off-platform-contact", "marketing"
RECORDS = []


def R(text, labels, lang, tags, note, kind=None):
    """tags: subtypes (one per label), context, then evasion+techniques or
    near-miss/plain, then traditional.  Length tags are added by build()."""
    RECORDS.append({"text": text, "labels": labels, "lang": lang, "tags": list(tags),
                    "note": note, "kind": kind})


# ---------------------------------------------------------------------------
# review-inducement only (27)
# ---------------------------------------------------------------------------
R("Hi Daniel, your QP-20K power bank was delivered yesterday. If it keeps your phone "
  "alive on the trip, please leave us a 5-star review, it help our small shop a lot.",
  [RI], "en", ["positive-review-request", "proactive"],
  "Asks outright for a 5-star review in a delivery follow-up.")
R("Hello from Quillbay! Hope the ArmorShell case fit good on your S24. "
  "A \u2605\u2605\u2605\u2605\u2605 on the product page would mean so much for us.",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "star-symbols"],
  "Five star symbols stand in for the words five-star review.")
R("Dear customer, thanks for choose our 65W charger. We kindly ask you to give us a "
  "fiv\u0435-star r\u0435view when you have time.",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "homoglyph"],
  "Requests a five-star review with Cyrillic letters hidden inside five and review.")
R("Glad the hub is working now with your MacBook. Could you drop us a 5 st4r r3view? "
  "It really help us compete with the big brands.",
  [RI], "en", ["positive-review-request", "reply", "evasion", "leetspeak"],
  "Asks for a 5-star review with the keywords written in leetspeak.")
R("So happy to hear the earbuds sound great for you! Since you are enjoying them, would "
  "you mind to share that in a review on Amazon?",
  [RI], "en", ["gating", "reply"],
  "Asks for a review only because the buyer has just said they are happy, which is gating even though the wording is neutral.")
R("Hi Maria, your order 113-4820517-6639021 arrived today. If everything is perfect please "
  "leave a review, if something is not ok please message us first before you write anything.",
  [RI], "en", ["gating", "proactive"],
  "Invites only satisfied buyers to review and sends unhappy ones to the seller first.")
R("If the AirTune buds made your commute better, tell other shoppers about it on the product "
  "page. If they let you down, come straight to us here and we will sort it out privately, "
  "no need to go public.",
  [RI], "en", ["gating", "proactive", "evasion", "euphemism"],
  "Gates reviews by satisfaction without using any review or rating keyword.")
R("We have sent the replacement cable yesterday, tracking TBA318820475611. When it arrives "
  "and works fine, could you please update your 2-star review?",
  [RI], "en", ["change-review", "reply"],
  "Asks the buyer to update an existing product review after a replacement.")
R("Your refund for the hub is done now. Would you kindly consider to remove the "
  "re\u200bview you posted last week?",
  [RI], "en", ["change-review", "reply", "evasion", "zero-width"],
  "Asks for removal of a product review, with a zero-width space splitting the word review.")
R("The negative feedback you left is hurting our seller account really bad. Please remove it "
  "today, we already fixed the problem for you.",
  [RI], "en", ["feedback-removal", "reply"],
  "Pressures the buyer to remove seller feedback by citing harm to the account.")
R("Hi Owen, when you write your review of the GaN charger, please mention it charges laptop "
  "and phone at the same time and stays cool. A photo of it on your desk would help a lot too.",
  [RI], "en", ["steering", "proactive"],
  "Tells the buyer which points to put in the review and asks for a photo.")
R("Once your thoughts on the hub are up on the product page, send a screenshot in this chat "
  "and we'll put $15 back on your card.",
  [RI], "en", ["incentive", "reply", "evasion", "euphemism"],
  "Offers money for a posted review while avoiding every obvious keyword.")

R("您好，充电器用得还顺手吗？方便的话给个 五 星 好 评 吧，感谢支持。",
  [RI], "zh", ["positive-review-request", "proactive", "evasion", "spacing"],
  "Asks for a five-star review with spaces between the characters.")
R("亲，耳机还好用吗？方便的话在商品页点亮\u2605\u2605\u2605\u2605\u2605，小店感激不尽。",
  [RI], "zh", ["positive-review-request", "proactive", "evasion", "star-symbols"],
  "Asks the buyer to light up five stars on the product page, written as star symbols.")
R("亲，收到的手机壳还喜欢吗？给个hp截图发过来，返您5美元。",
  [RI], "zh", ["incentive", "proactive", "evasion", "pinyin"],
  "Pays 5 dollars for a positive review, abbreviated as the pinyin initials hp.")
R("谢谢亲的认可！既然集线器用得开心，能麻烦在亚马逊上写个评价吗？",
  [RI], "zh", ["gating", "reply"],
  "Asks for a review because the buyer has just praised the hub, which is gating.")
R("已经给您补发了新的数据线，问题解决后能不能麻烦把之前的评论改一下？",
  [RI], "zh", ["change-review", "reply"],
  "Asks the buyer to change the existing review after a reshipment.")
R("亲，写评论的时候请提一下充电速度快、做工好，最好再配一张实拍图，谢谢。",
  [RI], "zh", ["steering", "proactive"],
  "Dictates review content and asks for a photo.")
R("收到货后如果觉得不错，麻烦去商品页晒一晒使用感受，截图发给我们，会有一份小心意寄给您。",
  [RI], "zh", ["incentive", "proactive", "evasion", "euphemism"],
  "Promises a small gift for a screenshot of a posted review and avoids every obvious keyword.")
R("问题已经帮您处理好了。您在店铺页留下的那几句不满意的话对我们账号影响很大，麻烦撤回一下可以吗？",
  [RI], "zh", ["feedback-removal", "reply", "evasion", "euphemism"],
  "Presses for removal of critical seller feedback, described only as words left on the shop page.")

R("您好，行動電源已經送達。如果用得滿意，麻煩給我們一個五星好評，非常感謝！",
  [RI], "zh", ["positive-review-request", "proactive", "traditional"],
  "Asks for a five-star review in a delivery note.")
R("親，耳機收到了嗎？滿意的話再來給個好坪，不滿意請先私訊我們，別直接留言喔。",
  [RI], "zh", ["gating", "proactive", "evasion", "homophone", "traditional"],
  "Gates reviews by satisfaction and writes the keyword for good review as a homophone.")
R("退款已經處理好了，想請問您能否把商品頁上的評論修改一下或是刪掉呢？",
  [RI], "zh", ["change-review", "reply", "traditional"],
  "Asks the buyer to edit or delete the product review after a refund.")

R("Hi Jessica，您的 case 已经 delivered 了。如果喜欢的话 please 给我们 5 stars 好评，thank you so much!",
  [RI], "mixed", ["positive-review-request", "proactive"],
  "Asks for a 5-star review in code-switched text.")
R("Thanks for the update，写 review 的时候可以 mention 一下 hub 支持 4K 60Hz 和 100W 充电吗？"
  "这两个 point 对我们最重要。",
  [RI], "mixed", ["steering", "reply"],
  "Tells the buyer which features to mention in the review.")
R("Sorry 让您久等了，refund 已经 done。那个 seller feedback 对我们店影响很大，能不能 help 我们 remove 一下？",
  [RI], "mixed", ["feedback-removal", "reply"],
  "Asks for removal of seller feedback by pointing to the harm it does to the shop.")
R("Hello，留个 review 之后把截图 send 给我们，我们送您一个 free 的 screen protector。",
  [RI], "mixed", ["incentive", "proactive"],
  "Offers a free screen protector in return for a review.")

# ---------------------------------------------------------------------------
# review-inducement + off-platform-contact (6)
# ---------------------------------------------------------------------------
R("Hi Tom, thank you for your order of the QP-10S power bank. Post your honest review and send "
  "me your PayPal email, I will refund the full $29.99 to you.",
  [RI, OP], "en", ["incentive", "payment", "proactive"],
  "Offers a full refund through PayPal in exchange for a review.")
R("Sorry the earbuds drop connection sometimes. Before you leave a review, please email our "
  "engineer at help@quillbay.com so we can fix it first.",
  [RI, OP], "en", ["gating", "email", "reply"],
  "Diverts an unhappy buyer away from reviewing and toward an e-mail address.")
R("If the charger is working great, a 5-star review would help us a lot. Any problem, just "
  "Wh4tsApp me at (213) 555-0148 instead of writing it on Amazon.",
  [RI, OP], "en", ["gating", "messaging-app", "proactive", "evasion", "leetspeak"],
  "Asks happy buyers for five stars and sends unhappy ones to a WhatsApp number spelled in leetspeak.")
R("亲，晒图好评后把截图发我们，返现5美金走zfb，当天到账。",
  [RI, OP], "zh", ["incentive", "payment", "proactive", "evasion", "pinyin"],
  "Offers cash back for a good review, paid through Alipay written as the initials zfb.")
R("您好 Mark，replacement 已经寄出了。方便的话 call 我 (646) 555-0119，我们聊一下怎么 update 那个 review。",
  [RI, OP], "mixed", ["change-review", "phone", "reply"],
  "Gives a personal phone number to discuss updating the buyer's review.")
R("您好，充電器收到了嗎？有任何不滿意請先加我\uff2c\uff29\uff2e\uff25：\uff51\uff42\uff3f\uff54\uff57，不要直接給負評喔。",
  [RI, OP], "zh", ["gating", "messaging-app", "proactive", "evasion", "fullwidth", "traditional"],
  "Diverts unhappy buyers to a LINE id written in full-width letters instead of a negative review.")

# ---------------------------------------------------------------------------
# review-inducement + marketing (5)
# ---------------------------------------------------------------------------
R("Thanks for shopping with Quillbay! Leave a review for the hub and we will send you a 30% off "
  "code for your next order.",
  [RI, MK], "en", ["incentive", "coupon", "proactive"],
  "Trades a discount code on a future order for a review.")
R("Would you be open to taking down your seller feedback? In return we can give you 25% off "
  "anything in our store.",
  [RI, MK], "en", ["feedback-removal", "discount", "reply"],
  "Offers a store-wide discount for removing seller feedback.")
R("您好，感谢您购买羽湾数码的65W充电器。产品随附的说明书里有详细的使用说明，请先阅读。"
  "充电器支持PD和QC协议，可以同时给笔记本和手机充电。留评后私信截图，即送一张下单立减10美元的优惠券。"
  "如有任何使用问题，欢迎随时通过亚马逊消息联系我们。",
  [RI, MK], "zh", ["incentive", "coupon", "proactive"],
  "Buries a coupon-for-review offer inside an otherwise helpful product note.")
R("亲，给个五星好评即可加入我们的老客户名单，以后每单都有专属折扣。",
  [RI, MK], "zh", ["positive-review-request", "loyalty", "proactive"],
  "Asks for five stars and rewards it with a standing loyalty discount.")
R("Hi Chris，写 review 的时候请带上 'fast charging' 和 'no overheating' 这两个关键词，下次买 power bank 给您 20% off。",
  [RI, MK], "mixed", ["steering", "discount", "proactive"],
  "Dictates review keywords and pays for them with a discount on the next purchase.")

# ---------------------------------------------------------------------------
# off-platform-contact only (25)
# ---------------------------------------------------------------------------
R("Sorry the attachment didn't go through here. Please send the photos to service at quillbay "
  "dot com and I check them today.",
  [OP], "en", ["email", "reply", "evasion", "spelled-email"],
  "Gives an e-mail address spelled out with at and dot.")
R("For the warranty form, please mail it to "
  "\uff53\uff55\uff50\uff50\uff4f\uff52\uff54\uff20\uff51\uff55\uff49\uff4c\uff4c\uff42\uff41\uff59\uff0e\uff43\uff4f\uff4d"
  " so our team can process it.",
  [OP], "en", ["email", "reply", "evasion", "fullwidth"],
  "Gives an e-mail address written in full-width characters.")
R("Hi Robert, thanks for the photos. It look like the USB-C port on the hub got bent during "
  "shipping. We already created a replacement and it ships tomorrow from our US warehouse. "
  "You don't need to send the old one back. Sorry again for the trouble.\n\n"
  "Best regards,\nKevin | Quillbay Support | 555-0162",
  [OP], "en", ["phone", "reply"],
  "A helpful replacement reply whose signature block carries the seller's phone number.")
R("For faster help with the app pairing, add our tech guy on \u0422\u0435legram: @qb_techdesk.",
  [OP], "en", ["messaging-app", "reply", "evasion", "homoglyph"],
  "Gives a Telegram handle with Cyrillic letters in the app name.")
R("Hi Linda, thank you for your order! Our team is also on WhatsApp at +1 415 555 0131 if you "
  "want real-time help.",
  [OP], "en", ["messaging-app", "proactive"],
  "Invites the buyer to WhatsApp in a thank-you note.")
R("Thanks for buying the ArmorShell case! Follow us on Instagram @quillbaygear to see how other "
  "people style their phones.",
  [OP], "en", ["social", "proactive"],
  "Asks the buyer to follow the shop's Instagram account.")
R("The setup video for the hub is here: http://qbay.link/hub7, it explain the display settings "
  "step by step.",
  [OP], "en", ["url", "reply"],
  "Links to a non-Amazon short link over plain http.")
R("Your power bank is delivered today. Inside the box is a small card with a QR code, scan it "
  "to chat with our after-sales team directly.",
  [OP], "en", ["qr", "proactive"],
  "Points the buyer to a QR code that opens a support chat outside Amazon.")
R("You can register the 18-month warranty on quillbay.com/warranty too, it only take one minute.",
  [OP], "en", ["website", "reply"],
  "Sends the buyer to the shop's own website to register a warranty.")
R("Amazon messages is slow for big videos. Better we continue this outside Amazon by phone or "
  "email, just tell me which one you prefer.",
  [OP], "en", ["diversion", "reply"],
  "Invites the buyer to move the conversation off Amazon without yet giving a contact.")
R("The $12 partial refund we can send by Venmo or Zelle, it's much faster than Amazon. Which one "
  "you use?",
  [OP], "en", ["payment", "reply"],
  "Offers to pay a partial refund outside Amazon.")

R("亲，感谢下单！售后问题可以直接加我们微信：quillbay_cs，回复更及时。",
  [OP], "zh", ["messaging-app", "proactive"],
  "Gives a WeChat id in a thank-you note.")
R("图片这里发不了的话，加一下威信 qb_lily2024，我帮您看看是哪里接触不良。",
  [OP], "zh", ["messaging-app", "reply", "evasion", "homophone"],
  "Gives a WeChat id, with WeChat written as a homophone.")
R("您好，移动电源如有任何问题，请直接拨打我们的客服：二一二 五五五 零一三七。",
  [OP], "zh", ["phone", "proactive", "evasion", "cn-numerals"],
  "Gives the seller's phone number in Chinese numerals.")
R("视频文件太大的话，可以发到 video 艾特 quillbay 点 com，我们的工程师会尽快回复您。",
  [OP], "zh", ["email", "reply", "evasion", "spelled-email"],
  "Gives an e-mail address spelled with the Chinese words for at and dot.")
R("说明书背面有个二维码，扫码就能直接添加我们的售后客服。",
  [OP], "zh", ["qr", "reply"],
  "Points to a QR code that adds the seller's support contact off Amazon.")
R("差价5美元我们可以通过支付宝转给您，麻烦提供一下您的账号。",
  [OP], "zh", ["payment", "reply"],
  "Offers to pay a price difference through Alipay and asks for the account.")
R("您好，订单已送达。欢迎关注我们的抖音号“羽湾数码”，每周都会发手机配件使用教程。",
  [OP], "zh", ["social", "proactive"],
  "Asks the buyer to follow the shop's Douyin account.")

R("您好，感謝購買！保固登記請到我們官網 quillbay.tw 填寫表單，大約一分鐘就好。",
  [OP], "zh", ["website", "proactive", "traditional"],
  "Sends the buyer to the shop's own website for warranty registration.")
R("照片這邊傳不上來的話，可以加我們的 LINE：@quillbaytw，客服會馬上處理。",
  [OP], "zh", ["messaging-app", "reply", "traditional"],
  "Gives a LINE id for support.")
R("充電器的使用教學影片在這裡：https://quillbay.tw/faq/gan65 ，請參考。",
  [OP], "zh", ["url", "reply", "traditional"],
  "Links to a page on the shop's own site that is not needed to complete the order.")

R("Hi 亲，这个 issue 比较复杂，加我 vx：amy_qb88 吧，send 视频给我会快很多。",
  [OP], "mixed", ["messaging-app", "reply", "evasion", "pinyin"],
  "Gives a WeChat id, with WeChat abbreviated to vx.")
R("Hello David，您的 hub 明天就到。有问题可以 call 我们 555\u200b-01\u200b58，24 小时 online。",
  [OP], "mixed", ["phone", "proactive", "evasion", "zero-width"],
  "Gives a phone number broken up by zero-width spaces.")
R("Sorry for the trouble，您可以直接打我们的 hotline 四一五 五五五 零一零九，我们 explain 怎么 reset 耳机。",
  [OP], "mixed", ["phone", "reply", "evasion", "cn-numerals"],
  "Gives a hotline number written in Chinese numerals.")
R("Hi Emma，您的 earbuds 已经 delivered。App 的 firmware 教程可以看 http://qbay.link/t3fw，很 easy。",
  [OP], "mixed", ["url", "proactive"],
  "Links to a non-Amazon short link for a tutorial.")

# ---------------------------------------------------------------------------
# off-platform-contact + marketing (7)
# ---------------------------------------------------------------------------
R("Thanks for your order! Follow @quillbaygear on Instagram, every month we giveaway 5 power "
  "banks to our followers.",
  [OP, MK], "en", ["social", "promotion", "proactive"],
  "Asks for an Instagram follow and ties it to a monthly giveaway.")
R("Next time you can order straight from quillbay.com, the same hub is $8 cheaper there than "
  "on Amazon.",
  [OP, MK], "en", ["website", "discount", "reply"],
  "Diverts the next purchase to the shop's website with a lower price.")
R("Hi Megan, thanks for the message. The 20000mAh unit you returned has arrived at our warehouse "
  "and the refund is processed. It can take 3 to 5 days to show on your statement. Also, the "
  "black version is coming back next week. Email me at lily@quillbay.com and I put you on the "
  "early list. Have a nice weekend.",
  [OP, MK], "en", ["email", "restock", "reply"],
  "A return update that slips in an unsolicited restock alert and a private e-mail address.")
R("亲，加入我们的微信粉丝群（群号 quillbay_vip），群里每周都有老客户内部价。",
  [OP, MK], "zh", ["messaging-app", "loyalty", "proactive"],
  "Invites the buyer to a WeChat fan group that offers member prices.")
R("您好，打开 qbay.link/vip 就能领取专属优惠券，官网下单直接抵扣。",
  [OP, MK], "zh", ["url", "coupon", "proactive"],
  "Links to an outside coupon page that is redeemed on the shop's own site.")
R("想更快拿到的話，可以到我們自己的小店直接下單，價格比這邊漂亮不少。",
  [OP, MK], "zh", ["website", "discount", "reply", "evasion", "euphemism", "traditional"],
  "Steers the buyer to the seller's own shop at a better price without naming a website or a discount.")
R("Hi Ryan，感谢下单！我们的 Facebook page 'Quillbay Gear' 下周会首发新款 magnetic power bank，记得 follow 哦。",
  [OP, MK], "mixed", ["social", "new-product", "proactive"],
  "Asks for a Facebook follow to see a product launch.")

# ---------------------------------------------------------------------------
# marketing only (26)
# ---------------------------------------------------------------------------
R("Hi Olivia, thanks for your order! Use code QBSAVE15 on your next purchase and get 15% off "
  "any charger.",
  [MK], "en", ["coupon", "proactive"],
  "Sends a discount code in a thank-you note.")
R("Hello! Our Prime Day sale start on Tuesday, all power banks 30% off for 48 hours only.",
  [MK], "en", ["promotion", "proactive"],
  "Announces a sale to a past buyer.")
R("Hi Ben, hope the earbuds are treating you well. We just launched AirTune Pro with noise "
  "cancelling, you can find it on our Amazon listing.",
  [MK], "en", ["new-product", "proactive"],
  "Announces a new product to a past buyer.")
R("Glad the case fits now. Many customer also buy our 9H tempered glass with it, it fit "
  "perfectly on S24 Ultra.",
  [MK], "en", ["cross-sell", "reply"],
  "Adds an unsolicited cross-sell to a support reply.")
R("Hi Mike, it's been 3 weeks since your cable order. Running low? Just click Buy it Again in "
  "Your Orders, we always keep stock ready.",
  [MK], "en", ["buy-again", "proactive"],
  "Pushes a repeat purchase unprompted.")
R("Thanks for choosing Quillbay! See our full line of hubs and chargers here: "
  "amazon.com/stores/Quillbay",
  [MK], "en", ["storefront-link", "proactive"],
  "Links to the Amazon storefront to promote other products.")
R("As a returning customer you are now member of the Quillbay Circle, it means early prices and "
  "a free gift with every third order.",
  [MK], "en", ["loyalty", "proactive"],
  "Enrols the buyer in a loyalty scheme with perks on future orders.")
R("Happy the hub fixed your dock problem! If a friend buy one and tell us your order number, we "
  "send both of you a $10 credit.",
  [MK], "en", ["referral", "reply"],
  "Offers a referral reward in a reply.")
R("Good news, the ArmorShell in midnight green is back in stock! Reply here and we hold one for you.",
  [MK], "en", ["restock", "proactive"],
  "Sends an unsolicited restock alert with a call to reserve.")
R("Our braided cables are now on Subscribe & Save, sign up and a fresh pair arrive every 6 "
  "months at 10% less.",
  [MK], "en", ["subscription", "proactive"],
  "Pushes a subscription with a price incentive.")
R("Price drop alert: the QP-20K you bought is now only $24.99, good time to grab a second one "
  "for family.",
  [MK], "en", ["discount", "proactive"],
  "Announces a price drop and urges a second purchase.")
R("Black Friday at Quillbay: buy 2 hubs get 1 f r e e, this week only.",
  [MK], "en", ["promotion", "proactive", "evasion", "spacing"],
  "Announces a buy-two-get-one promotion with the word free spaced out.")

R("亲，感谢购买！下次下单输入优惠码 QB8888 可享九折。",
  [MK], "zh", ["coupon", "proactive"],
  "Sends a coupon code for the next order.")
R("问题解决了就好。顺便说一下，我们新出了一款磁吸充电宝，和您的手机壳是一套的，可以看看。",
  [MK], "zh", ["new-product", "reply"],
  "Adds a new-product pitch to a support reply.")
R("您的集线器已签收。搭配我们店的100W编织数据线使用效果更好，欢迎选购。",
  [MK], "zh", ["cross-sell", "proactive"],
  "Cross-sells a cable after delivery.")
R("您好，黑色款充电宝已经补货了，库存不多，需要的话请尽快下单。",
  [MK], "zh", ["restock", "proactive"],
  "Sends an unsolicited restock alert with urgency.")
R("推荐朋友购买我们的耳机，朋友下单后您可获得5美元奖励，名额有限。",
  [MK], "zh", ["referral", "proactive"],
  "Offers a referral reward.")
R("黑五活动开始啦！全店充电器买二送一，仅限本周。",
  [MK], "zh", ["promotion", "proactive"],
  "Announces a Black Friday promotion.")
R("已为您补发。另外您已经是我们的老顾客，以后每次购买都可以享受会员价。",
  [MK], "zh", ["loyalty", "reply"],
  "Adds a loyalty price offer to a reshipment reply.")
R("您好，更多手机壳款式请看我们的亚马逊店铺：amazon.com/stores/Quillbay，欢迎选购。",
  [MK], "zh", ["storefront-link", "proactive"],
  "Links to the Amazon storefront to sell more cases.")
R("您好，数据线用了一个月了吧？在订单页面点“再次购买”就能快速下单，我们一直有现货。",
  [MK], "zh", ["buy-again", "proactive"],
  "Pushes a repeat purchase unprompted.")

R("感謝您的訂購！這週行動電源全面降價，原價39.99現在只要29.99，歡迎再次選購。",
  [MK], "zh", ["discount", "proactive", "traditional"],
  "Announces a price cut and invites another purchase.")
R("保護殼已經補寄了。另外建議搭配我們的鋼化玻璃貼一起使用，店裡也有賣喔。",
  [MK], "zh", ["cross-sell", "reply", "traditional"],
  "Adds a cross-sell to a reshipment reply.")

R("Refund 已经 processed 了。另外 FYI，我们的 white version 下周 restock，到时候可以来 order 一个。",
  [MK], "mixed", ["restock", "reply"],
  "Adds an unsolicited restock alert to a refund reply.")
R("Hello，我们的 screen protector 现在可以 subscribe 了，每 3 个月自动发一片，还有 extra 5% off。",
  [MK], "mixed", ["subscription", "proactive"],
  "Pushes a subscription with an extra discount.")
R("Hi Leo，这周五 power bank 半价，只给老朋友，手慢无哦。",
  [MK], "mixed", ["promotion", "proactive", "evasion", "euphemism"],
  "Announces a half-price event for past buyers without any obvious promotion keyword.")

# ---------------------------------------------------------------------------
# compliant: near-misses (45)
# ---------------------------------------------------------------------------
NM = "near-miss"
R("Hi Grace, this is Quillbay about order 113-5521093-4478120. When you have a moment, we would "
  "appreciate if you share your experience with the hub on Amazon, whatever it is.",
  [], "en", ["proactive", NM],
  "A single neutral review request with no condition or reward.", "neutral-review-request")
R("Hello, your earbuds from order 112-7781240-0356918 arrived last week. Your honest review, good "
  "or bad, helps other shoppers decide, so we'd be grateful if you post one.",
  [], "en", ["proactive", NM],
  "A balanced review request that names both good and bad experiences.", "neutral-review-request")
R("We're glad the replacement charger solved it. If you are satisfied that we have resolved your "
  "concerns, it is possible to update or remove the feedback you left earlier, completely your choice.",
  [], "en", ["reply", NM],
  "Amazon's own neutral post-resolution notice about seller feedback.", "feedback-neutral-notice")
R("That email came from Amazon, they send review requests automatically after delivery. You "
  "don't need to do anything with it if you don't want.",
  [], "en", ["reply", NM],
  "Explains Amazon's automatic review e-mail without asking for anything.", "amazon-auto-email")
R("Thank you for the 5-star review you mentioned, it made our team's day! The spare ear tips you "
  "asked about are under the tray inside the box.",
  [], "en", ["reply", NM],
  "Thanks the buyer for a review they brought up and asks for nothing.", "review-thanks")
R("So sorry the case cracked after two days. We have sent a new one free of charge, tracking "
  "1Z9W4X170398521746, and you don't need to return the broken one.",
  [], "en", ["reply", NM],
  "A free replacement is a remedy, not an offer.", "free-remedy")
R("We have issued a full refund of $34.99 for the power bank. It should show on your card in 3 "
  "to 5 business days.",
  [], "en", ["reply", NM],
  "A refund as a remedy with no link to any review.", "refund-remedy")
R("As you asked, we cancelled the duplicate order 114-6630217-9081552 and removed the extra cable "
  "from the other order. You will not be charged twice.",
  [], "en", ["reply", NM],
  "Cancel and remove are used for order logistics the buyer requested.", "logistics-verbs")
R("Hi Peter, sorry, your USB-C hub from order 113-9902754-1186530 will ship 2 days later because "
  "the carrier missed the pickup. We will update the tracking as soon as it moves.",
  [], "en", ["proactive", NM],
  "A proactive delay notice where update refers to tracking.", "logistics-verbs")
R("Thanks for checking. Your unit S/N 3105882417 is from the batch with the loose USB-C port, so "
  "we approved a replacement.",
  [], "en", ["reply", NM],
  "A ten-digit serial number that looks like a phone number.", "serial-number")
R("For the Dell XPS you need the hub with part number 650-220-7014, it has the longer cable. The "
  "part number on yours ends in 7009, which is the short-cable one.",
  [], "en", ["reply", NM],
  "A part number formatted like a US phone number.", "model-number")
R("Hi Alice, UPS marked your package 1Z8A62E10314772059 as address incomplete. Could you confirm "
  "your apartment number here so the driver can deliver tomorrow?",
  [], "en", ["proactive", NM],
  "Asks for information needed to deliver, with a long tracking number.", "tracking-number")
R("Tracking shows the package is held at the USPS facility. You can reach USPS at 1-800-555-0177 "
  "with tracking number 9400111899561034827715 to arrange pickup.",
  [], "en", ["reply", NM],
  "A shipping carrier's phone number in a delivery context falls under the carrier exception.",
  "carrier-phone")
R("The $5 coupon you saw is an Amazon coupon on the listing. You clip it on the product page "
  "before checkout and Amazon applies it, sorry but we can't add it after the order is placed.",
  [], "en", ["reply", NM],
  "Answers the buyer's own question about an Amazon coupon without offering one.", "coupon-answer")
R("About your question, the white QE-T3 is expected back in stock around May 20, but we can't "
  "promise the exact date.",
  [], "en", ["reply", NM],
  "Answers the buyer's restock question with a date and no call to buy.", "restock-answer")
R("Yes, the AirTune earbuds can announce WhatsApp and WeChat calls with the caller name. Turn it "
  "on in the Quillbay Sound app under Notifications.",
  [], "en", ["reply", NM],
  "Messaging-app names appear as a product feature, not as a contact channel.", "app-feature")
R("Error code E07 on the power bank screen means it's too hot. Leave it to cool for 20 minutes "
  "and the code clears by itself.",
  [], "en", ["reply", NM],
  "The word code refers to an error code, not a discount code.", "error-code")
R("If your car stereo asks for a pairing code, enter 0000. The earbuds show up as QB AirTune in "
  "the Bluetooth list.",
  [], "en", ["reply", NM],
  "A Bluetooth pairing code, not a coupon code.", "pairing-code")
R("Thank you for the photos. We can see the left earbud does not charge in the case. We're not "
  "able to send money through PayPal or any outside app. All refunds for Amazon orders go back "
  "through Amazon to your original payment method. We've issued $20 as a partial refund today, "
  "and you keep the earbuds.",
  [], "en", ["reply", NM],
  "Names PayPal only to refuse an off-Amazon payment and refunds through Amazon.", "payment-negation")
R("You can start the return from Your Orders at https://www.amazon.com/gp/css/order-history, "
  "choose the hub and then Return or replace items.",
  [], "en", ["reply", NM],
  "A link to Amazon's own order page needed for a return.", "amazon-order-link")

R("您好，订单113-6674102-8852390的耳机已送达一周。如果方便，欢迎在商品页分享您的真实使用体验，无论好坏都对其他买家有帮助。",
  [], "zh", ["proactive", NM],
  "A single balanced review request with no condition or reward.", "neutral-review-request")
R("很高兴问题已经解决。如果您认为我们已经处理好您的问题，您可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。",
  [], "zh", ["reply", NM],
  "Amazon's neutral post-resolution feedback notice in Chinese.", "feedback-neutral-notice")
R("谢谢您在消息里提到的好评！关于您问的充电宝能否带上飞机：20000mAh 是 74Wh，可以随身携带。",
  [], "zh", ["reply", NM],
  "Thanks for a review the buyer mentioned and answers a travel question.", "review-thanks")
R("非常抱歉手机壳有划痕，我们已免费为您补发一个新的，旧的不用寄回。",
  [], "zh", ["reply", NM],
  "A free reshipment as a remedy.", "free-remedy")
R("已按您的要求取消重复订单，并修改了收货地址，删除了多余的一条地址记录。",
  [], "zh", ["reply", NM],
  "Cancel, change and delete are logistics actions the buyer asked for.", "logistics-verbs")
R("我们检索评测报告后确认，这款充电器在四十度的环境下也能正常工作。",
  [], "zh", ["reply", NM],
  "The substring for soliciting reviews appears only across a word boundary in a product fact.",
  "cross-boundary-substring")
R("您好，订单114-3390285-6617043因海关查验，预计晚3天送达，给您带来不便非常抱歉。",
  [], "zh", ["proactive", NM],
  "A customs delay notice with an order id that must not read as a phone number.", "order-id")
R("包裹显示在快递网点待取，您可以拨打承运商电话 1-800-555-0188，提供运单号 TBA527700318442 预约再次派送。",
  [], "zh", ["reply", NM],
  "A carrier's phone number given for redelivery.", "carrier-phone")
R("您问的那张优惠券是亚马逊页面上的，需要在商品页点击领取，结账时由亚马逊自动抵扣，我们这边无法补发。",
  [], "zh", ["reply", NM],
  "Explains an Amazon coupon the buyer asked about.", "coupon-answer")
R("回复您的问题：白色款预计下月中旬到货，具体时间以亚马逊页面显示为准。",
  [], "zh", ["reply", NM],
  "Answers the buyer's restock question without urging a purchase.", "restock-answer")
R("是的，这款耳机支持微信和WhatsApp来电语音播报，在耳机App的通知设置里打开即可。",
  [], "zh", ["reply", NM],
  "Messaging-app names as an earbud feature.", "app-feature")
R("说明书第2页的二维码是用来在App里绑定耳机的，扫码后按提示完成配对即可。",
  [], "zh", ["reply", NM],
  "A QR code used to pair the earbuds with the app.", "qr-pairing")
R("您看到的19.99是系统价格错误，已经修正，您的订单按下单时的价格结算，不受影响。",
  [], "zh", ["reply", NM],
  "Explains a price error and promises nothing new.", "price-error")
R("充电宝屏幕显示错误代码E07说明温度过高，放凉二十分钟后代码会自动消失。",
  [], "zh", ["reply", NM],
  "An error code on the power bank, not a discount code.", "error-code")

R("您好，訂單113-8801246-5590372的充電器已送達。若您方便，歡迎在商品頁分享真實的使用心得，好壞都可以。",
  [], "zh", ["proactive", NM, "traditional"],
  "A single balanced review request in Traditional Chinese.", "neutral-review-request")
R("是的，這款耳機支援LINE來電語音提示，在App的通知設定裡開啟就可以了。",
  [], "zh", ["reply", NM, "traditional"],
  "LINE appears as a notification feature, not as a contact channel.", "app-feature")
R("很抱歉集線器故障，我們已經全額退款，款項會退回您原本的付款方式。",
  [], "zh", ["reply", NM, "traditional"],
  "A full refund through the original payment method as a remedy.", "refund-remedy")
R("回覆您的問題：粉紅色保護殼目前缺貨，預計兩週後補貨，實際時間以亞馬遜頁面為準。",
  [], "zh", ["reply", NM, "traditional"],
  "Answers the buyer's restock question with no call to buy.", "restock-answer")

R("Hi Jason，您的 order 114-9034417-2260385 已经 delivered 一周了。有空的话欢迎在 Amazon 上 share 一下真实的 experience，好的坏的都欢迎。",
  [], "mixed", ["proactive", NM],
  "A balanced review request in code-switched text.", "neutral-review-request")
R("您说的那个 star 图案是印在 clear layer 下面的，不会掉色。2024 new batch 的四个角也加厚了。",
  [], "mixed", ["reply", NM],
  "Star and new describe the product design, not a rating or a launch.", "product-fact-words")
R("Hub 的灯变蓝就说明 link 已经建立好了，如果一直红灯，换一根 HDMI line 试试。",
  [], "mixed", ["reply", NM],
  "Link and line refer to the video connection and cable.", "product-fact-words")
R("您问怎么再买一个给您太太：在 Your Orders 里找到这个 order，点 Buy it again 就可以了。",
  [], "mixed", ["reply", NM],
  "Explains how to reorder because the buyer asked how.", "buy-again-answer")
R("这款 case 是 BPA-free 的 TPU，安装 tool-free，直接 snap on 就行。",
  [], "mixed", ["reply", NM],
  "Free appears only in product-spec words.", "spec-words")
R("Hi Sam，我们发现 QE-T3 左耳偶尔断连是 firmware 的问题。请在 Quillbay Sound app 里 update 到 new version 2.1.4，就可以 fix。",
  [], "mixed", ["proactive", NM],
  "A firmware fix notice where app, update and new are product words.", "firmware-fix")
R("您问的第三方 charger：任何支持 PD 3.0 的 65W 充电器都可以给这个 hub 供电，不一定要用我们的。",
  [], "mixed", ["reply", NM],
  "A compatibility answer that points away from the seller's own products.", "compatibility-answer")

# ---------------------------------------------------------------------------
# compliant: plain (19)
# ---------------------------------------------------------------------------
PL = "plain"
R("Yes, the 65W charger works on 100-240V, so you can use it in Europe with a simple plug adapter.",
  [], "en", ["reply", PL], "Answers a voltage question.")
R("Hi Nora, before we print the name on your ArmorShell case (order 113-2207718-5530461), please "
  "confirm the spelling: NORAH K or NORA K?",
  [], "en", ["proactive", PL], "Asks the buyer to confirm a customization detail.")
R("The hub supports one 4K monitor at 60Hz through HDMI. For two screens you need a laptop that "
  "supports MST.",
  [], "en", ["reply", PL], "Answers a display question.")
R("Hello, the carrier reports weather delays in your area, so your power bank will arrive Thursday "
  "instead of Tuesday. Sorry for the wait.",
  [], "en", ["proactive", PL], "A proactive delivery delay notice.")
R("Please hold the touch area on both earbuds for 10 seconds until the light flashes white, that "
  "resets them.",
  [], "en", ["reply", PL], "Gives reset instructions.")
R("Hi Chloe, thank you for your order 112-3318806-2749015! We hope you enjoy the case.",
  [], "en", ["proactive", PL],
  "A thank-you-only note that breaks message scope but none of the three labelled policies.")
R("Sorry the cable stopped working. Could you tell us if the light on the charger turns on when "
  "you plug it in? That help us find the problem.",
  [], "en", ["reply", PL], "Asks a troubleshooting question.")
R("Your order 114-7092261-3385004 has shipped, tracking TBA640193857220.",
  [], "en", ["proactive", PL],
  "A shipping confirmation that breaks message scope but none of the three labelled policies.")
R("For the return, please pack the earbuds with the charging case and print the label Amazon gives "
  "you. The refund is issued once the carrier scans it.",
  [], "en", ["reply", PL], "Explains the Amazon return process.")

R("这款集线器支持MacBook Air M2，插上即可使用，不需要安装驱动。",
  [], "zh", ["reply", PL], "Answers a compatibility question.")
R("您好，订单112-4456093-2208117的收货地址缺少门牌号，麻烦补充一下，以便快递正常派送。",
  [], "zh", ["proactive", PL], "Asks for a missing house number needed for delivery.")
R("耳机连接不稳定的话，请先在蓝牙设置里忽略设备，再重新配对试试。",
  [], "zh", ["reply", PL], "Gives troubleshooting steps.")
R("您好，感谢您的订单！我们会尽快为您发货。",
  [], "zh", ["proactive", PL],
  "An order confirmation that breaks message scope but none of the three labelled policies.")
R("退货请在亚马逊订单页面申请，打印退货标签后寄回即可，仓库收到后会处理退款。",
  [], "zh", ["reply", PL], "Explains the Amazon return process.")

R("這款行動電源容量是10000mAh，可以幫手機充大約兩次。",
  [], "zh", ["reply", PL, "traditional"], "Answers a capacity question.")
R("您好，因颱風影響，您的包裹預計延後兩天送達，造成不便敬請見諒。",
  [], "zh", ["proactive", PL, "traditional"], "A proactive weather delay notice.")

R("Sorry 让您久等了，tracking 显示包裹明天送到，please check 一下门口。",
  [], "mixed", ["reply", PL], "Gives a delivery update in reply.")
R("Hi Lisa，您的 power bank 因为 warehouse 缺货会晚 3 天发货，sorry for the delay。",
  [], "mixed", ["proactive", PL], "A proactive stock delay notice.")
R("Return 的话直接在 Amazon 订单页面申请就可以，label 是 Amazon 提供的。",
  [], "mixed", ["reply", PL], "Explains how to start an Amazon return.")


# ---------------------------------------------------------------------------
SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")


def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def width(text):
    return sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


def length_tag(text):
    n = sentence_count(text)
    if n >= 5:
        return "long"
    if n <= 2 and width(text) <= 80:
        return "short"
    return None


def build():
    recs = list(RECORDS)
    random.Random(37).shuffle(recs)
    kinds = collections.Counter()
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            tags = list(r["tags"])
            lt = length_tag(r["text"])
            if lt:
                tags.append(lt)
            if r["kind"]:
                kinds[r["kind"]] += 1
            rec = {"id": "h37-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": tags, "note": r["note"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))
    print("near-miss kinds (%d):" % sum(kinds.values()))
    for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-26s %d" % (k, n))


if __name__ == "__main__":
    build()
