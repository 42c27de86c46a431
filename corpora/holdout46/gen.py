#!/usr/bin/env python3
"""Source of truth for holdout46: hand-labelled seller-to-buyer messages.

Shop: Nookvane Smart Home (invented).  Every text below was written by hand for this set.
Run: python3 gen.py   -> writes holdout46.jsonl next to this file (deterministic).

Record helpers
  V(lang, labels, ctx, text, note, ev=(), trad=False)   a violation
      labels: list of (policy, subtype); ev: technique tags (adds "evasion")
  C(lang, kind, ctx, text, note, trad=False)            compliant for the three policies
      kind: "near-miss" or "plain"
Tag order in the output: subtypes (one per label, label order), context (reply|proactive),
["evasion", techniques...], ["near-miss"|"plain"], ["traditional"].
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout46.jsonl")
POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
RI, OP, MK = POLICIES

RECS = []


def V(lang, labels, ctx, text, note, ev=(), trad=False):
    labels = sorted(labels, key=lambda p: POLICIES.index(p[0]))
    tags = [s for _, s in labels] + [ctx]
    if ev:
        tags += ["evasion"] + list(ev)
    if trad:
        tags.append("traditional")
    RECS.append({"text": text, "labels": [p for p, _ in labels], "lang": lang,
                 "tags": tags, "note": note})


def C(lang, kind, ctx, text, note, trad=False):
    tags = [ctx, kind] + (["traditional"] if trad else [])
    RECS.append({"text": text, "labels": [], "lang": lang, "tags": tags, "note": note})


# ---------------------------------------------------------------- review-inducement, single label
# English
V("en", [(RI, "positive-review-request")], "proactive",
  "Hi Dana, thanks for choosing the PorchEye doorbell (order 114-3382910-5521873). If it's keeping watch "
  "the way you hoped, a 5-star review would mean a lot to our small team.",
  "Asks for a five-star review, which is a request for a positive rating.")
V("en", [(RI, "gating")], "reply",
  "Glad the chime works again after the reset. If anything else comes up, please message us here before "
  "you post anything on the product page; we would much rather fix it than read about it there.",
  "Asks the buyer to come to the seller before posting on the product page, which diverts unhappy buyers away from reviewing.")
V("en", [(RI, "incentive")], "proactive",
  "Once you've had a week with the PaneBot, we'd love to see your thoughts on its Amazon page. Reply here "
  "with a screenshot of your post and we'll ship you a spare set of microfiber pads on us.",
  "Offers free pads in exchange for a screenshot of a posted review.")
V("en", [(RI, "gating")], "reply",
  "That's wonderful, we're so glad the strip lights up the whole kitchen! Would you mind saying the same on "
  "the product page so other shoppers can see it?",
  "Asks a buyer who has just expressed satisfaction to repeat it in a review, which the policy counts as asking only happy buyers.")
V("en", [(RI, "steering")], "proactive",
  "When you write about the doorbell on Amazon, it really helps if you mention how quick the setup was and "
  "how sharp the night vision looks.",
  "Tells the buyer what to say in the review, an attempt to influence its content.")
V("en", [(RI, "feedback-removal")], "reply",
  "The two-star seller rating you left is weighing on our small shop's account. Since the new unit arrived "
  "safely, could you please take it down?",
  "Pressures the buyer to remove seller feedback by citing harm to the account, not the neutral post-resolution notice.")
V("en", [(RI, "positive-review-request")], "proactive",
  "Enjoying the PaneBot? A 5 - s t a r  r e v i e w would make our whole week.",
  "Asks for a five-star review with the words split by spaces.", ev=["spacing"])
V("en", [(RI, "positive-review-request")], "proactive",
  "If the doorbell has made your evenings calmer, a 5* r3view would mean the world to us.",
  "Asks for a five-star review with a digit replacing a letter in the keyword.", ev=["leetspeak"])
V("en", [(RI, "positive-review-request")], "proactive",
  "If PorchEye has earned a spot by your door, \u2605\u2605\u2605\u2605\u2605 under the listing is the "
  "nicest thing you could do for us.",
  "Asks for a five-star rating using star symbols instead of words.", ev=["star-symbols"])
V("en", [(RI, "positive-review-request")], "proactive",
  "If the plugs have earned it, fill in that row of little shapes under the listing all the way to the right.",
  "Describes giving the maximum rating without naming stars or reviews, which is still a request for a top rating.",
  ev=["euphemism"])
V("en", [(RI, "incentive")], "proactive",
  "Post your thoughts under the window robot's listing, reply here with a picture of what you wrote, and a "
  "small thank-you will land in your account within two days.",
  "Promises something of value in return for proof of a posted review.")
V("en", [(RI, "change-review")], "reply",
  "Thanks for your patience with the swap. Could you change your r\u0435view so it reflects how quickly we "
  "fixed it?",
  "Asks the buyer to change a product review, with a Cyrillic letter inside the keyword.", ev=["homoglyph"])
V("en", [(RI, "gating")], "proactive",
  "Before you tell the whole internet about a problem, tell us. We answer within the hour, and most "
  "hiccups vanish with one reset.",
  "Diverts buyers with problems away from public reviews toward the seller, which is review gating.")

# Simplified Chinese
V("zh", [(RI, "positive-review-request")], "proactive",
  "亲，灯带用着满意的话，麻烦给个五星好评哦，小本生意不容易，谢谢支持！",
  "Asks for a five-star positive review.")
V("zh", [(RI, "incentive")], "proactive",
  "好评晒图后把截图发给我们，我们会给您返现5美元作为感谢。",
  "Offers cash back for a positive review with photos.")
V("zh", [(RI, "gating")], "proactive",
  "如果使用中有任何不满意，请先通过亚马逊消息联系我们，不要直接在商品页评价，我们一定给您妥善处理。",
  "Tells unhappy buyers to contact the seller instead of reviewing, which is review gating.")
V("zh", [(RI, "change-review")], "reply",
  "已经为您补发了新的插座，问题解决后，能麻烦您把之前的评论改一下吗？谢谢！",
  "Asks the buyer to change a review after the issue was resolved, which is never allowed.")
V("zh", [(RI, "incentive")], "proactive",
  "亲，收到擦窗机器人后给个好坪，联系客服领返显5美元哦～",
  "Offers cash back for a positive review using homophones for the keywords.", ev=["homophone"])
V("zh", [(RI, "incentive")], "proactive",
  "亲，用得满意的话麻烦在商品页 haoping 一下，截图发给客服，我们安排 fanxian 五美元。",
  "Offers cash back for a positive review, with the keywords written in pinyin.", ev=["pinyin"])
V("zh", [(RI, "positive-review-request")], "proactive",
  "亲，收到插座后麻烦给个 五 / 星 / 好 / 评，感谢您的支持！",
  "Asks for a five-star positive review with the characters split by separators.", ev=["spacing"])
V("zh", [(RI, "positive-review-request")], "proactive",
  "用得顺手的话，去商品页面把那一排小格子都点亮吧，您的鼓励对我们很重要～",
  "Asks the buyer to light up the whole rating row without naming stars or reviews, a request for a top rating.",
  ev=["euphemism"])
V("zh", [(RI, "gating")], "reply",
  "太好了，很高兴门铃对您有帮助！既然您这么满意，能麻烦在商品页留个评价吗？",
  "Asks for a review because the buyer said they were satisfied, which the policy counts as gating.")
V("zh", [(RI, "feedback-removal")], "reply",
  "差评影响我们店铺的账户健康，退款已经处理好了，请您撤回卖家反馈。",
  "Pressures the buyer to withdraw negative seller feedback by citing the shop's account health.")

# Traditional Chinese
V("zh", [(RI, "positive-review-request")], "proactive",
  "感謝您的支持！如果滿意的話，請給我們五星好評，您的鼓勵是我們最大的動力。",
  "Asks satisfied buyers for a five-star positive review.", trad=True)
V("zh", [(RI, "incentive")], "proactive",
  "在商品頁留下評論並截圖給我們，即可免費獲得一組替換擦拭布。",
  "Offers a free product in exchange for a screenshot of a review.", trad=True)
V("zh", [(RI, "gating")], "proactive",
  "若門鈴有任何問題，請先透過亞馬遜訊息聯絡我們，別急著在商品頁留下負評喔。",
  "Asks buyers with problems to contact the seller rather than leave a negative review.", trad=True)
V("zh", [(RI, "positive-review-request")], "proactive",
  "燈條用得開心的話，幫我們點個好坪，小店感激不盡～",
  "Asks for a positive review using a homophone for the keyword.", ev=["homophone"], trad=True)
V("zh", [(RI, "change-review")], "reply",
  "問題已經幫您處理好了，能否麻煩您把一星的評價改高一點？",
  "Asks the buyer to raise an existing one-star rating after resolution.", trad=True)
V("zh", [(RI, "steering")], "proactive",
  "撰寫評論時，麻煩提到擦窗機器人吸力強、不會掉落，謝謝您！",
  "Tells the buyer which product qualities to mention in the review.", trad=True)

# Mixed
V("mixed", [(RI, "positive-review-request")], "proactive",
  "Hi 亲，RibbonGlow 灯带收到了吗？如果满意的话，please leave a 5-star review，非常感谢！",
  "Asks satisfied buyers for a five-star review.")
V("mixed", [(RI, "change-review")], "reply",
  "您好 John，replacement plug 已经寄出了。Once it arrives，麻烦把之前的 review 删掉或者改一下，thanks！",
  "Asks the buyer to delete or edit a review once the replacement arrives.")
V("mixed", [(RI, "gating")], "proactive",
  "满意的话请 leave a review，不满意请先 message us，不要直接给 bad review 哦。",
  "Asks only satisfied buyers to review and diverts unhappy ones to the seller.")
V("mixed", [(RI, "positive-review-request")], "proactive",
  "PaneBot 用得还顺手吗？If yes，给我们 \u2605\u2605\u2605\u2605\u2605 就是最大的支持！",
  "Asks for a five-star rating with star symbols, conditioned on the buyer being happy.", ev=["star-symbols"])

# ---------------------------------------------------------------- off-platform-contact, single label
V("en", [(OP, "url")], "reply",
  "The full wiring guide and firmware files are on our site: http://nookvane.com/porcheye-setup",
  "Sends the buyer to a non-Amazon http link.")
V("en", [(OP, "website")], "proactive",
  "To activate the two-year coverage on your PlugMate, register the serial number at nookvane.com/warranty "
  "within 30 days.",
  "Directs the buyer to the seller's own website to register a warranty.")
V("en", [(OP, "messaging-app")], "reply",
  "Our support crew is quickest on WhatsApp at +1 415-555-0139; send a short video of the cleaner slipping "
  "and we'll diagnose it.",
  "Gives a WhatsApp number and moves support off Amazon.")
V("en", [(OP, "qr")], "proactive",
  "Scan the QR code on the little card inside the box to chat live with one of our technicians.",
  "Uses a QR code on the insert to open a contact channel outside Amazon.")
V("en", [(OP, "payment")], "reply",
  "We can send the price difference straight away through Venmo if you reply with your handle.",
  "Offers to pay the buyer through a non-Amazon payment service.")
V("en", [(OP, "email")], "reply",
  "Please send the serial number to help at nookvane dot com and we'll check whether your unit is in the "
  "affected batch.",
  "Gives an e-mail address spelled out with at and dot.", ev=["spelled-email"])
V("en", [(OP, "messaging-app")], "reply",
  "Quickest way to reach a technician: W h a t s A p p +1 415 555 0139.",
  "Gives a WhatsApp contact with the app name split by spaces.", ev=["spacing"])
V("en", [(OP, "messaging-app")], "reply",
  "For live troubleshooting, find us on Tele\u200bgram at @nookvane_care.",
  "Gives a Telegram handle with a zero-width space hidden in the app name.", ev=["zero-width"])
V("en", [(OP, "messaging-app")], "reply",
  "Our tech lead answers much faster on the app with the green speech bubble; the number printed on your "
  "warranty card works there too.",
  "Points the buyer to a messaging app, described without naming it, as a contact channel.", ev=["euphemism"])
V("en", [(OP, "website")], "reply",
  "Thanks for the photos; the strip's controller needs replacing and a new one ships tomorrow.\n\n"
  "Best regards,\nTeodor\nNookvane Support | www.nookvane.com | +1 312-555-0148",
  "The signature block carries the seller's website and phone number.")
V("en", [(OP, "diversion")], "reply",
  "Could you share a personal email address? Our engineer prefers to follow up outside Amazon messages so he "
  "can send larger video files.",
  "Asks to move the conversation outside Amazon messaging.")
V("en", [(OP, "diversion")], "reply",
  "For the quickest fix, open the Nookvane Home app and tap Support > Live Chat; our team there can see your "
  "device logs.",
  "Redirects customer service to the seller's own in-app chat instead of Amazon messaging.")

# Simplified Chinese
V("zh", [(OP, "messaging-app")], "reply",
  "如需更快处理，请加我们的微信 nookvane_cs88，发一段视频给技术人员看一下。",
  "Gives a WeChat ID for support outside Amazon.")
V("zh", [(OP, "email")], "reply",
  "您可以把门铃背面的序列号发邮件到 care@nookvane.com，我们的工程师会直接回复您。",
  "Gives the seller's e-mail address.")
V("zh", [(OP, "payment")], "reply",
  "退款我们可以直接通过支付宝转给您，麻烦提供一下您的账号。",
  "Offers a refund through a non-Amazon payment service.")
V("zh", [(OP, "messaging-app")], "reply",
  "加薇信 nookvane_cs88，客服在线时间更长，处理更快。",
  "Gives a WeChat ID with a homophone for the app name.", ev=["homophone"])
V("zh", [(OP, "messaging-app")], "reply",
  "方便的话加个 weixin：nookvane_cs88，我们把安装视频直接发给您。",
  "Gives a WeChat ID with the app name in pinyin.", ev=["pinyin"])
V("zh", [(OP, "phone")], "reply",
  "有问题可以直接打给我们：+1 三一二 五五五 零一四八，工作日都有人接。",
  "Gives a phone number written in Chinese numerals.", ev=["cn-numerals"])
V("zh", [(OP, "messaging-app")], "reply",
  "下次有问题直接在那个绿色的聊天软件上搜 nookvane_cs88 找我就行，不用在这里等。",
  "Points the buyer to a chat app, described by its colour, and away from Amazon messaging.", ev=["euphemism"])

# Traditional Chinese
V("zh", [(OP, "messaging-app")], "reply",
  "有任何安裝問題，歡迎加我們的 LINE：@nookvane.tw，技術人員會即時回覆。",
  "Gives a LINE ID for support.", trad=True)
V("zh", [(OP, "social")], "reply",
  "請到我們的臉書粉絲專頁私訊，我們會直接寄送更換零件給您。",
  "Sends the buyer to a Facebook page to message the seller.", trad=True)
V("zh", [(OP, "website")], "proactive",
  "保固登錄請至官網 nookvane.tw/warranty 填寫資料，完成後即享兩年保固。",
  "Directs the buyer to the seller's own website.", trad=True)
V("zh", [(OP, "messaging-app")], "reply",
  "門鈴設定卡關的話，直接加賴 @nookvane.tw 找我們比較快。",
  "Gives a LINE ID using the Taiwanese sound-alike slang for the app.", ev=["homophone"], trad=True)
V("zh", [(OP, "phone")], "reply",
  "如需協助，請來電 \uff0b\uff11 \uff13\uff11\uff12\uff0d\uff15\uff15\uff15\uff0d\uff10\uff11\uff14\uff18，"
  "週一至週五都有專人服務。",
  "Gives a phone number in full-width digits.", ev=["fullwidth"], trad=True)

# Mixed
V("mixed", [(OP, "email")], "reply",
  "您好，门铃 setup 有问题的话，please email us at care@nookvane.com，我们 24 小时内回复。",
  "Gives the seller's e-mail address.")
V("mixed", [(OP, "messaging-app")], "reply",
  "Hi，加我们 WhatsApp +1 415-555-0139，发个视频给 engineer 看看 wiring 就知道问题在哪。",
  "Gives a WhatsApp number for support.")
V("mixed", [(OP, "messaging-app")], "reply",
  "加 w e c h a t：nookvane_cs88，我们的 engineer 一直在线，回复比这里快。",
  "Gives a WeChat ID with the app name split by spaces.", ev=["spacing"])

# ---------------------------------------------------------------- marketing, single label
V("en", [(MK, "coupon")], "proactive",
  "Your RibbonGlow has arrived! Use code GLOWUP20 at checkout for 20% off a second strip this month.",
  "Sends a discount code for another purchase.")
V("en", [(MK, "new-product")], "proactive",
  "Meet PaneBot Mini: it launches next week and is sized for skylights and shower glass.",
  "Announces a new product.")
V("en", [(MK, "cross-sell")], "reply",
  "Glad the chime is sorted! By the way, our new PorchEye Chime Pro pairs with your doorbell for whole-house "
  "alerts, and it's in our storefront now.",
  "Adds an unrequested pitch for another product to a support reply.")
V("en", [(MK, "buy-again")], "proactive",
  "Running low on cleaning pads? You can reorder the PaneBot pad pack in one click here: "
  "https://www.amazon.com/dp/B0NKVPAD42",
  "Pushes a repeat purchase, even though the link is Amazon's own.")
V("en", [(MK, "storefront-link")], "proactive",
  "See the whole Nookvane lineup on our Amazon storefront: https://www.amazon.com/stores/Nookvane/page/4F2A",
  "Promotes the seller's storefront.")
V("en", [(MK, "referral")], "proactive",
  "Know someone who'd like a smarter porch? Refer a friend and you'll both get $10 off any Nookvane device.",
  "Offers a referral reward.")
V("en", [(MK, "restock")], "proactive",
  "Good news: the 10 m RibbonGlow is back in stock, and last time it sold out in four days.",
  "Sends an unsolicited restock announcement with urgency.")
V("en", [(MK, "cross-sell")], "reply",
  "Yes, the plugs work with the Nook Hub schedules. P.S. our motion sensor just launched and pairs perfectly "
  "with these plugs, 15% off for existing customers.",
  "Answers the question, then adds a product launch and a discount.")
V("en", [(MK, "coupon")], "proactive",
  "Returning friends of the shop can knock a fifth off their next basket by typing PANE at checkout.",
  "Gives a discount code without using the words code or discount.", ev=["euphemism"])
V("en", [(MK, "coupon")], "proactive",
  "As a thank-you for your order, use c0upon NOOK10 next time you shop with us.",
  "Gives a coupon with a digit replacing a letter in the keyword.", ev=["leetspeak"])
V("en", [(MK, "promotion")], "proactive",
  "Spring s\u0430le on now: the PaneBot is at its lowest price of the year.",
  "Announces a sale, with a Cyrillic letter in the keyword.", ev=["homoglyph"])
V("en", [(MK, "coupon")], "proactive",
  "Your dis\u200bcount code NOOK15 is valid on all Nookvane smart plugs until May 31.",
  "Gives a discount code with a zero-width space in the keyword.", ev=["zero-width"])
V("en", [(MK, "new-product")], "proactive",
  "Something new for your skylights arrives on our brand page next Tuesday; you'll want to be among the "
  "first to look.",
  "Teases an upcoming product launch.")

# Simplified Chinese
V("zh", [(MK, "coupon")], "proactive",
  "亲，您的灯带已经送达！下次购买使用优惠码 GLOW20，立享八折。",
  "Sends a discount code for a future order.")
V("zh", [(MK, "new-product")], "proactive",
  "我们新上架了带电量统计的智能插座，欢迎进店选购！",
  "Announces a new product and invites the buyer to shop.")
V("zh", [(MK, "promotion")], "proactive",
  "双十一大促：擦窗机器人全场七五折，仅限三天，欢迎抢购！",
  "Announces a time-limited sale.")
V("zh", [(MK, "referral")], "proactive",
  "推荐朋友购买 PorchEye 门铃，您和朋友各得10美元优惠。",
  "Offers a referral reward.")
V("zh", [(MK, "coupon")], "proactive",
  "下次下单输入 youhui 码 NOOK10，立减10美元。",
  "Gives a discount code, with the keyword in pinyin.", ev=["pinyin"])
V("zh", [(MK, "promotion")], "proactive",
  "全 场 八 折，仅 限 本 周，灯带和插座都参加。",
  "Announces a store-wide sale with the characters spaced out.", ev=["spacing"])
V("zh", [(MK, "coupon")], "proactive",
  "老朋友回来再逛逛，结账时输入 PANE，就能省下两成。",
  "Gives a discount code for a return visit without naming coupons or discounts.")

# Traditional Chinese
V("zh", [(MK, "coupon")], "proactive",
  "感謝您的訂購！下次購物輸入折扣碼 NOOK15 即可享85折。",
  "Sends a discount code for a future order.", trad=True)
V("zh", [(MK, "new-product")], "proactive",
  "新品預告：PorchEye 二代門鈴即將上市，老客戶可以搶先預購。",
  "Announces a new product with early access for past buyers.", trad=True)
V("zh", [(MK, "bundle")], "proactive",
  "週年慶限時活動：燈條買一送一，歡迎選購！",
  "Announces a buy-one-get-one promotion.", trad=True)
V("zh", [(MK, "buy-again")], "proactive",
  "您的擦窗機器人清潔布快用完了嗎？現在回購還加贈一組。",
  "Pushes a repeat purchase with a bonus item.", trad=True)
V("zh", [(MK, "promotion")], "proactive",
  "全館\uff33\uff21\uff2c\uff25到週日，智慧插座最低七折！",
  "Announces a sale with the keyword in full-width letters.", ev=["fullwidth"], trad=True)

# Mixed
V("mixed", [(MK, "cross-sell")], "proactive",
  "Hi，您的 PlugMate 已签收。Check out 我们新出的智能开关 on our Amazon store，老客户 extra 10% off！",
  "Pushes a new product with a returning-customer discount.")
V("mixed", [(MK, "promotion")], "proactive",
  "Flash sale 今晚开始，RibbonGlow 灯带 only $14.99，别错过哦！",
  "Announces a flash sale.")
V("mixed", [(MK, "subscription")], "proactive",
  "亲，subscribe 我们的 newsletter，每个月都有 exclusive coupon 和新品试用名额。",
  "Invites the buyer to a promotional newsletter with coupons.")
V("mixed", [(MK, "coupon")], "proactive",
  "亲，下一单用 c0de NOOK12 可以减 12 美元，valid until 月底。",
  "Gives a discount code with a digit replacing a letter in the keyword.", ev=["leetspeak"])

# ---------------------------------------------------------------- two labels
V("en", [(RI, "incentive"), (OP, "email")], "proactive",
  "If you post a review, send the screenshot to rebates@nookvane.com and we'll PayPal you $15 the same day.",
  "Pays for a review through PayPal and gives an e-mail address.")
V("en", [(RI, "gating"), (OP, "messaging-app")], "reply",
  "Not happy with the doorbell? Message us on WhatsApp at +1 415-555-0139 instead of leaving a review; we "
  "reply much faster there.",
  "Diverts unhappy buyers from reviewing to a WhatsApp number.")
V("zh", [(RI, "gating"), (OP, "messaging-app")], "proactive",
  "满意请给好评，不满意请加薇信 nookvane_cs88 私聊，千万别留差评哦。",
  "Asks only happy buyers for good reviews and sends unhappy ones to a WeChat ID written with a homophone.",
  ev=["homophone"])
V("en", [(RI, "incentive"), (MK, "coupon")], "proactive",
  "Thanks for your 5-star rating! Here's code GLOW15 for 15% off your next strip as our way of saying thanks.",
  "Rewards a five-star rating with a discount code for a future purchase.")
V("en", [(RI, "feedback-removal"), (MK, "coupon")], "reply",
  "Would you be willing to take down your seller feedback if we send you a voucher for 30% off your next "
  "order?",
  "Offers a voucher for a future order in exchange for removing seller feedback.")
V("zh", [(RI, "incentive"), (MK, "discount")], "proactive",
  "留下五星好評，下次購買即享七折優惠！",
  "Offers a discount on the next purchase for a five-star review.", trad=True)
V("en", [(OP, "website"), (MK, "discount")], "reply",
  "Skip the marketplace next time: our own web shop is 15% cheaper at nookvane.com/shop.",
  "Sends the buyer to buy on the seller's own website at a lower price.")
V("en", [(OP, "social"), (MK, "promotion")], "proactive",
  "Follow @nookvane.home on Instagram; we give away a free RibbonGlow strip every Friday.",
  "Promotes an Instagram account with a giveaway.")
V("zh", [(OP, "messaging-app"), (MK, "vip-group")], "proactive",
  "加入我们的微信粉丝群 nookvane_cs88，每周都有专属优惠券。",
  "Invites the buyer to a WeChat group that hands out coupons.")
V("zh", [(OP, "social"), (MK, "promotion")], "proactive",
  "追蹤我們的 IG @nookvane.tw，每月抽獎送燈條！",
  "Promotes an Instagram account with a monthly prize draw.", trad=True)
V("mixed", [(OP, "website"), (MK, "discount")], "proactive",
  "想要 better price？直接上我们官网 \uff4e\uff4f\uff4f\uff4b\uff56\uff41\uff4e\uff45\uff0e\uff43\uff4f\uff4d "
  "下单，every order save 20%！",
  "Sends the buyer to buy on the seller's own website, written in full-width letters, for a lower price.",
  ev=["fullwidth"])

# ---------------------------------------------------------------- compliant: English
C("en", "near-miss", "reply",
  "Your order shipped yesterday and the carrier shows delivery on Thursday. Tracking number: 1Z7NV4820365914471.",
  "A reply about shipping to a buyer's question contains no review, contact or marketing content.")
C("en", "near-miss", "reply",
  "We've sent a free replacement plug today; there's no need to return the faulty one.",
  "A free replacement is a remedy, not a promotion, and nothing is asked in return.")
C("en", "near-miss", "reply",
  "The coupon you mentioned was an Amazon promotion that applies automatically at checkout, so it isn't "
  "something we can add to an order after it's placed.",
  "Explains an Amazon coupon the buyer asked about without offering one.")
C("en", "near-miss", "proactive",
  "Order 114-6620173-0938142: we hope the PaneBot is settling in. If you have a moment, you're welcome to "
  "share your experience, good or bad, on the product page.",
  "A single neutral review request with no condition, incentive or steering is allowed.")
C("en", "near-miss", "reply",
  "Thanks for confirming the new doorbell works. If you feel we've resolved your concerns, it's possible to "
  "update or remove the seller feedback you left earlier; that's entirely up to you.",
  "Follows Amazon's own acceptable post-resolution wording for seller feedback, with no pressure or incentive.")
C("en", "near-miss", "reply",
  "Thank you for letting us know you posted a review, and we're glad the doorbell is working well. If the "
  "chime volume needs adjusting, it's under Settings > Sounds in the app.",
  "Acknowledges a review the buyer mentioned without asking for anything.")
C("en", "near-miss", "reply",
  "Amazon may send you an email asking about your purchase; replying to it is completely optional.",
  "An informational remark about Amazon's own e-mails gives no contact and makes no request.")
C("en", "near-miss", "reply",
  "To finish setup, install the Nookvane Home app from your phone's app store, then scan the QR code on the "
  "back of the doorbell to pair it.",
  "The app and QR code are needed to use the product, not a contact channel.")
C("en", "near-miss", "reply",
  "Open the app and go to Settings > Device > Firmware, then tap Update; version 2.4.1 fixes the delayed "
  "motion alerts.",
  "Firmware instructions inside the product's app contain no link or contact.")
C("en", "near-miss", "reply",
  "We've cancelled the duplicate order you asked us to cancel, and the refund should appear within 3 to 5 "
  "business days.",
  "A refund for a cancelled duplicate order is logistics, unrelated to any review.")
C("en", "near-miss", "reply",
  "The strip's starry-night mode is on the remote: hold the star button for three seconds to switch it on.",
  "The word star names a lighting mode and a button, not a rating.")
C("en", "near-miss", "reply",
  "If you'd like to keep the scuffed unit, we can offer a partial refund of $12; otherwise you can start a "
  "return from Your Orders.",
  "A partial refund for a damaged item is an allowed return communication.")
C("en", "near-miss", "reply",
  "You'll need an L-shaped 10 mm 4-pin connector for that corner. Any 10 mm 4-pin RGB connector will work, "
  "so there's no need to buy a particular brand.",
  "Answers the buyer's accessory question factually without pushing a product.")
C("en", "near-miss", "reply",
  "The 10 m version should become available again around March 3, though we don't have a confirmed date yet.",
  "Answers a buyer's question about stock without an offer or call to action.")
C("en", "near-miss", "reply",
  "For the missed delivery, you can contact the carrier through the tracking page in Your Orders on Amazon; "
  "they can rearrange the drop-off.",
  "Points to the carrier through Amazon's order page, with no seller contact details.")
C("en", "near-miss", "reply",
  "The price changed two days after you ordered. We can't adjust past orders, but you're welcome to return "
  "the unit within the return window if you prefer.",
  "Explains a price change with no discount or promotion offered.")
C("en", "near-miss", "reply",
  "As requested, the PaneBot user manual is attached as a PDF; the safety tether instructions are on page 4.",
  "Sends a manual the buyer asked for.")
C("en", "near-miss", "reply",
  "We're sorry the doorbell stopped recording after two weeks. We've issued a full refund, and you don't "
  "need to send the unit back.",
  "A refund as a remedy, with no link to a review.")
C("en", "near-miss", "reply",
  "We saw your comment about the strip's adhesive peeling in the heat. We're sending a stronger mounting "
  "tape kit at no cost; there's nothing else you need to do.",
  "A courtesy remedy after a negative comment that does not ask for the review to change.")
C("en", "near-miss", "proactive",
  "If you'd like to share your thoughts, Amazon's review form for this item is here: "
  "https://www.amazon.com/review/create-review?asin=B0NKVPRCH7",
  "A neutral review request linking to Amazon's own review form, not to another site.")
C("en", "near-miss", "proactive",
  "Great news! Your PorchEye doorbell has shipped and is on its way to you.",
  "A shipping confirmation breaks message-scope rules but none of the three content policies labelled here.")
C("en", "near-miss", "proactive",
  "A new firmware version is rolling out this week to fix the Wi-Fi drop some PorchEye units have shown; it "
  "installs automatically overnight, so you don't need to do anything.",
  "An unexpected-problem notice about a fix, where new describes firmware and nothing is sold.")
C("en", "plain", "reply",
  "The PaneBot works on glass at least 6 mm thick. It isn't suitable for frameless glass edges unless you "
  "fit the included edge stop.",
  "A product answer with nothing of concern.")
C("en", "plain", "reply",
  "Please check whether the chime beeps twice when you press the button; that tells us whether the problem "
  "is power or Wi-Fi.",
  "A troubleshooting question with nothing of concern.")
C("en", "plain", "reply",
  "Your delivery address has been changed to the apartment number you sent, and the package hasn't left our "
  "warehouse yet.",
  "An address change done at the buyer's request.")
C("en", "plain", "reply",
  "The doorbell needs a 16 to 24 V transformer. If yours is 10 V, the button light will blink but the camera "
  "won't start.",
  "A product answer with nothing of concern.")
C("en", "plain", "reply",
  "The LED strip can be cut every three LEDs along the copper marks; cutting elsewhere will disable that "
  "section.",
  "A product answer with nothing of concern.")
C("en", "plain", "reply",
  "Our warranty covers the motor and suction unit for 18 months; please send a short video of the fault "
  "here and we'll arrange a replacement.",
  "Warranty handling kept inside Amazon messaging.")

# ---------------------------------------------------------------- compliant: Simplified Chinese
C("zh", "near-miss", "reply",
  "已按您的要求删除重复订单，退款会在3到5个工作日内退回原支付方式。",
  "Deleting a duplicate order and refunding it is logistics, not a review request.")
C("zh", "near-miss", "reply",
  "收货地址已修改为您提供的新地址，包裹还没有出库，不会影响配送时间。",
  "Changing the address at the buyer's request is logistics.")
C("zh", "near-miss", "reply",
  "门铃的星光夜视模式需要在App里开启：设置 > 夜视 > 星光模式。",
  "The word star names a night-vision mode, not a rating.")
C("zh", "near-miss", "reply",
  "我们已免费为您补发一个插座，坏的那个不需要寄回。",
  "A free replacement is a remedy, with nothing asked in return.")
C("zh", "near-miss", "reply",
  "您提到的那篇检索评测文章不是我们发布的，续航数据请以说明书为准。",
  "The string contains review-like characters but talks about a third-party test article.")
C("zh", "near-miss", "proactive",
  "订单 114-5093321-7781406：希望擦窗机器人使用顺利。如方便，欢迎在商品页分享您的真实使用体验，无论好坏都能帮助其他买家。",
  "A single neutral review request, balanced between good and bad experiences.")
C("zh", "near-miss", "reply",
  "感谢您确认新门铃已正常使用。如果您认为问题已经解决，可以自行选择更新或移除之前留下的卖家反馈，这完全由您决定。",
  "Mirrors Amazon's acceptable post-resolution notice about seller feedback.")
C("zh", "near-miss", "reply",
  "您说的优惠券是亚马逊平台的活动，结算时自动生效，我们这边无法手动添加到已下的订单。",
  "Explains an Amazon coupon the buyer asked about without offering one.")
C("zh", "plain", "reply",
  "请确认一下门铃的供电电压是否在16到24伏之间，这样我们能判断是不是电源的问题。",
  "A troubleshooting question with nothing of concern.")
C("zh", "plain", "reply",
  "您的包裹昨天已经发出，承运商显示预计周五送达。",
  "A shipping answer to the buyer's question.")

# ---------------------------------------------------------------- compliant: Traditional Chinese
C("zh", "near-miss", "reply",
  "已依您的要求取消訂單，款項會退回原付款方式。",
  "Cancelling at the buyer's request and refunding is logistics.", trad=True)
C("zh", "near-miss", "reply",
  "燈條的「星空模式」可以用遙控器上的星星按鍵切換。",
  "Star names a lighting mode and a button, not a rating.", trad=True)
C("zh", "near-miss", "reply",
  "感謝您的留言！很高興門鈴運作正常，如需調整鈴聲，請在App的設定中修改。",
  "Thanks the buyer and gives a settings tip without asking for a review.", trad=True)
C("zh", "near-miss", "proactive",
  "希望插座使用順利。若您方便，歡迎在商品頁分享真實的使用心得，好壞都很有參考價值。",
  "A single neutral review request, balanced between good and bad experiences.", trad=True)
C("zh", "plain", "reply",
  "請問您家的 Wi-Fi 是 2.4GHz 還是 5GHz？門鈴目前只支援 2.4GHz。",
  "A troubleshooting question with nothing of concern.", trad=True)

# ---------------------------------------------------------------- compliant: mixed
C("mixed", "plain", "reply",
  "您好，replacement 已经 ship 出去了，tracking number 是 1Z7NV4820365920017，预计 Friday 送达。",
  "A shipping answer about a replacement.")
C("mixed", "near-miss", "reply",
  "Hi，关于 coupon 的问题：那是 Amazon 的 promotion，结账时会 automatically 生效，我们没办法 manually 添加。",
  "Explains an Amazon promotion the buyer asked about without offering one.")
C("mixed", "near-miss", "reply",
  "App 里的 firmware update 在 Settings > Device 里面，更新到 2.4.1 就能解决通知延迟的问题。",
  "Firmware instructions in the product app, with no link or contact.")
C("mixed", "near-miss", "reply",
  "Free replacement 已经安排好了，旧的不用 return，直接处理掉就可以。",
  "A free replacement is a remedy, not a promotion.")
C("mixed", "near-miss", "reply",
  "您问的 L 型 connector，任何 10mm 4-pin 的都可以用，不一定要买我们家的。",
  "Answers an accessory question without pushing the shop's own product.")
C("mixed", "near-miss", "reply",
  "请在手机 app store 下载 Nookvane Home App，扫描门铃背面的二维码完成 Wi-Fi 配网。",
  "The app and QR code are needed for device pairing, not for contact.")
C("mixed", "near-miss", "reply",
  "如果您觉得我们已经 resolve 了问题，可以自行决定是否 update 之前留的 seller feedback，no pressure。",
  "A neutral post-resolution notice about seller feedback with no pressure or incentive.")


def main():
    recs = list(RECS)
    random.Random(46).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            rec = {"id": "h46-%03d" % i, "text": r["text"], "labels": r["labels"], "lang": r["lang"],
                   "tags": r["tags"], "note": r["note"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
