#!/usr/bin/env python3
"""Build holdout38.jsonl: 160 hand-labelled seller-to-buyer messages.

Shop: Larchpeak Outfitters (落叶峰户外 / 落葉峰戶外), camping and outdoor gear.
Every text is a Python literal; invisible and look-alike characters are written
as \\uXXXX escapes.  Records are shuffled with random.Random(38) and numbered
h38-001..h38-160.  Run:  python3 gen.py && python3 validate.py
"""
import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout38.jsonl")

POLICIES = ["review-inducement", "off-platform-contact", "marketing"]
RI, OPC, MKT = POLICIES
SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

RECORDS = []


def V(lang, ctx, labs, text, note, ev=(), trad=False):
    """A violating record.  labs: list of (policy, subtype)."""
    RECORDS.append(dict(lang=lang, ctx=ctx, labs=labs, text=text, note=note,
                        ev=list(ev), trad=trad, kind=None, nm=None))


def C(lang, ctx, kind, nm, text, note, trad=False):
    """A compliant record.  kind: near-miss or plain; nm: internal near-miss kind."""
    RECORDS.append(dict(lang=lang, ctx=ctx, labs=[], text=text, note=note,
                        ev=[], trad=trad, kind=kind, nm=nm))


# ---------------------------------------------------------------------------
# review-inducement only (23)
# ---------------------------------------------------------------------------
V("en", "proactive", [(RI, "incentive")],
  "Hi Marcus, hope the Ember Mini earned its spot in your pack (order 112-4408213-7719350). "
  "Once you've told other shoppers on its Amazon page how it handled your trip, drop us a line "
  "here and we'll tuck a little thank-you into your next parcel.",
  "Promises a thank-you gift in the next parcel once the buyer has written about the stove on "
  "its Amazon page, an incentive for a review worded without any review keyword.",
  ev=["euphemism"])
V("zh", "proactive", [(RI, "incentive")],
  "您好，您订购的落叶峰头灯已签收。本月好\u200b评\u200b返\u200b现：留言截图发到这个对话里，"
  "我们在亚马逊后台给您退5美元。",
  "Offers a partial refund for a positive review, with the phrase for cash back for good "
  "reviews split by zero-width spaces.",
  ev=["zero-width"])
V("zh", "reply", [(RI, "incentive")],
  "头灯的电池是18650规格，充满大约需要4小时。另外 haoping fanxian 活动还有名额，晒图后在这里告诉我们就行。",
  "Answers a battery question but then offers cash back for a positive review, written in pinyin.",
  ev=["pinyin"])
V("en", "proactive", [(RI, "gating")],
  "If the Cirrus 2P turned out to be everything you hoped, we'd be grateful for a review on "
  "Amazon. If anything fell short, please message us first so we can put it right before you "
  "post anything.",
  "Invites reviews from satisfied buyers and asks unhappy ones to contact the seller before "
  "posting, which is review gating.")
V("en", "reply", [(RI, "gating")],
  "That's wonderful to hear, Priya, and thanks for telling us the ClearSip got you through four "
  "days on the Wind River loop. Since it worked so well for you, would you mind putting those "
  "same words into a review on the product page?",
  "Asks for a review because the buyer has just expressed satisfaction, which policy C3 counts "
  "as gating even though the wording is neutral.")
V("zh", "proactive", [(RI, "gating")],
  "如果睡袋让您满意，欢迎到商品页留下评价；如有任何不满，请先 联 系 我 们，不要直接在亚马逊上写。",
  "Asks only satisfied buyers to review and steers unhappy ones to the seller first, with the "
  "contact phrase spaced out.",
  ev=["spacing"])
V("zh", "proactive", [(RI, "gating")],
  "若您對頭燈感到滿意，歡迎到商品頁分享評價；若有任何問題，請先私訊我們處理，不要直接留下負評。",
  "Traditional Chinese gating in which satisfied buyers are invited to review while unhappy "
  "buyers are told to message the seller instead of leaving a bad review.",
  trad=True)
V("mixed", "reply", [(RI, "gating")],
  "Hi Leo，很高兴听到 Ridgeline watch 在您的越野跑里表现这么好！既然您这么满意，could you share "
  "that in a review on Amazon？谢谢支持。",
  "Asks for a review in direct response to the buyer's praise, which is gating under policy C3.")
V("en", "proactive", [(RI, "gating")],
  "Hello Dana,\nYour Sprucewood 20\u00b0F bag for order 114-9021775-3308416 was delivered on "
  "Tuesday. Down bags ship compressed, so please unpack it and let it loft for a day before your "
  "first night out. The stuff sack is for the trail only; the large mesh sack is for storage at "
  "home. If you are thrilled with it, that is the moment to tell other campers about it on "
  "Amazon. If you are anything less than thrilled, we would rather hear from you here than see "
  "it on the page. Either way, we are glad it reached you safely.\nLarchpeak Outfitters",
  "A long care message that invites thrilled buyers to post on Amazon and asks everyone else to "
  "tell the seller instead, which is gating.")
V("en", "proactive", [(RI, "positive-review-request")],
  "Loving your new Lumen 400? A 5-st\u0430r r\u0435view would help our small team more than you know.",
  "Asks for a five-star review with Cyrillic letters inside the words star and review.",
  ev=["homoglyph"])
V("en", "proactive", [(RI, "positive-review-request")],
  "Hi Jonah, hope the Cirrus 2P kept you dry on the ridge last weekend. If it did, we'd love to "
  "see \u2605\u2605\u2605\u2605\u2605 next to your name on the product page.",
  "Asks for a five-star rating using star symbols instead of words.",
  ev=["star-symbols"])
V("en", "reply", [(RI, "positive-review-request")],
  "The spare strap is tucked in the side flap of the box. And if you have a minute, a f1ve-st4r "
  "rating would make our week.",
  "Answers a question about a strap, then asks for a five-star rating written in leetspeak.",
  ev=["leetspeak"])
V("zh", "proactive", [(RI, "positive-review-request")],
  "亲，炉子用得还顺手吗？麻烦给个五星好坪，小本生意全靠大家撑着。",
  "Asks for a five-star positive review, with the word for positive review replaced by a homophone.",
  ev=["homophone"])
V("zh", "proactive", [(RI, "positive-review-request")],
  "您好！净水器已经送到，希望一路喝得放心。用着顺手的话，麻烦在商品页帮我们多说几句好话，给小店一点鼓励，万分感谢。",
  "Asks the buyer to say nice things on the product page, a request for a positive review that "
  "avoids every review keyword.",
  ev=["euphemism"])
V("en", "proactive", [(RI, "steering")],
  "When you write your review, please mention how fast the Ember Mini boils half a litre and add "
  "a photo of it at camp; those two details help the listing more than anything.",
  "Tells the buyer what to mention and to add a photo, which steers review content.")
V("zh", "proactive", [(RI, "steering")],
  "写评论的时候麻烦带上关键词“超轻双人帐篷”，再附三张实拍图，字数最好超过50字。",
  "Tells the buyer which keywords, photos and length to put in the review.")
V("zh", "reply", [(RI, "steering")],
  "感謝您的來信，營釘的問題已經為您補寄。留下評論時，請記得提到防水效果和五分鐘就能搭好，這對我們很重要。",
  "Traditional Chinese reply that tells the buyer which points to mention in the review.",
  trad=True)
V("mixed", "proactive", [(RI, "steering")],
  "Hi Sam，写评论时 please mention the GPS accuracy and the 14-day battery life，最好再配一张手表在山顶的照片。Thanks!",
  "Tells the buyer which features to praise and what photo to add to the review.")
V("en", "reply", [(RI, "change-review")],
  "Glad the replacement pole reached you and the Cirrus is standing straight again. Now that it's "
  "sorted, would you consider revisiting what you wrote on the tent's page so it reflects how "
  "things turned out?",
  "Asks the buyer to revise what they wrote on the product page after a fix, a change-review "
  "request phrased without review keywords.",
  ev=["euphemism"])
V("zh", "reply", [(RI, "change-review")],
  "您好，关于炉头打不着火的问题，我们已经核实是点火针松动。全额退款已经在今天处理，通常3到5个工作日到账。"
  "松动的点火针可以用附带的小扳手拧紧，之后依然可以正常使用。问题解决了，能否麻烦您把商品页上那条一星评论改一下，"
  "或者直接删掉？非常感谢您的理解。",
  "After a refund, asks the buyer to change or delete their one-star review, which is never allowed.")
V("zh", "reply", [(RI, "change-review")],
  "新的濾芯已經寄出，追蹤號碼 TBA318640275519。收到後若沒問題，麻煩您把之前寫的評論更新一下，謝謝。",
  "Asks the buyer to update an existing review once the replacement arrives.",
  trad=True)
V("en", "reply", [(RI, "feedback-removal")],
  "We've refunded the dented stove in full. That negative feedback on our seller profile is "
  "really hurting our account, so please take it down as soon as you can.",
  "Pressures the buyer to remove seller feedback because it hurts the account, which goes beyond "
  "the neutral notice that policy C5 allows.")
V("mixed", "reply", [(RI, "feedback-removal")],
  "退款已经处理好了。Could you please remove the seller feedback you left last week? 那条差评对我们店铺影响很大，拜托了。",
  "Asks the buyer to remove negative seller feedback and pleads about its impact on the shop.")

# ---------------------------------------------------------------------------
# review-inducement + off-platform-contact (6)
# ---------------------------------------------------------------------------
V("en", "proactive", [(RI, "incentive"), (OPC, "payment")],
  "Post your honest review of the ClearSip filter, send us a screenshot here, and we'll "
  "reimburse the full price through PayPal within 48 hours.",
  "Offers a full reimbursement through PayPal for a review, an incentive paid outside Amazon.")
V("zh", "proactive", [(RI, "incentive"), (OPC, "messaging-app")],
  "留评后把截图发到我们的 WhatsApp：+1 206-555-0147，我们会免费寄一条备用头灯绑带给您。",
  "Offers a free strap for a review and asks for the screenshot on WhatsApp with a phone number.")
V("zh", "proactive", [(RI, "gating"), (OPC, "email")],
  "满意的话请去亚马逊留评；不满意请先别写差评，直接发邮件到 help 艾特 larchpeak 点 com，我们优先处理。",
  "Sends satisfied buyers to review and unhappy ones to an e-mail address spelled out in Chinese "
  "words for at and dot.",
  ev=["spelled-email"])
V("en", "proactive", [(RI, "gating"), (OPC, "url")],
  "Had any trouble with your Ridgeline watch? Skip the Amazon review and fill in our support form "
  "at https://larchpeak.com/help instead. If it's been great, please do head over to Amazon and share.",
  "Diverts unhappy buyers to an off-Amazon support form while inviting happy ones to review.")
V("zh", "reply", [(RI, "feedback-removal"), (OPC, "phone")],
  "退款已經完成。麻煩您撤回店鋪頁面上的負面回饋，方便的話請致電 四二五-五五五-零一一八，我們一步步教您操作。",
  "Asks the buyer to withdraw negative seller feedback and gives a phone number written in "
  "Chinese numerals.",
  ev=["cn-numerals"], trad=True)
V("en", "reply", [(RI, "change-review"), (OPC, "payment")],
  "If you update your 2-star review now that the replacement has arrived, we'll send a $20 "
  "thank-you to your Venmo.",
  "Offers money through Venmo for changing an existing review.")

# ---------------------------------------------------------------------------
# review-inducement + marketing (6)
# ---------------------------------------------------------------------------
V("en", "proactive", [(RI, "incentive"), (MKT, "coupon")],
  "Share a r3view of your Sprucewood bag, reply here with the link, and we'll send you a c0upon "
  "for 25% off your next Larchpeak order.",
  "Offers a coupon for the next order in exchange for a review, with both keywords in leetspeak.",
  ev=["leetspeak"])
V("zh", "proactive", [(RI, "incentive"), (MKT, "loyalty")],
  "留下评价即可获得500会员积分，积分在下次购买时可直接抵扣。",
  "Rewards a review with loyalty points redeemable on a future purchase.")
V("en", "proactive", [(RI, "incentive"), (MKT, "early-access")],
  "Everyone who posts a review of the Cirrus 2P this month gets a private heads-up, and first "
  "pick, before our new ultralight tent goes live.",
  "Rewards reviewers with early access to a new product, a future benefit for a review that is "
  "also marketing.")
V("en", "reply", [(RI, "feedback-removal"), (MKT, "discount")],
  "If you'd be open to withdrawing the seller feedback you posted, we can give you a 30% discount "
  "on anything else you buy from our store.",
  "Offers a future price cut in exchange for removing seller feedback, close to the violation "
  "Amazon itself cites.")
V("zh", "reply", [(RI, "change-review"), (MKT, "gift-with-order")],
  "補寄的爐頭已經送達了嗎？若您願意把評論改成好評，下一筆訂單我們會加贈一組防風擋板。",
  "Offers a gift with the next order for turning the review into a positive one.",
  trad=True)
V("mixed", "proactive", [(RI, "positive-review-request"), (MKT, "new-product")],
  "Hi Grace，如果您喜欢 Ember Mini，请给我们一个 5\u2b50 review！P.S. 我们刚推出了 Ember Duo 双头炉，"
  "check it out on our Amazon page。",
  "Asks for a five-star review with a star emoji and adds a postscript pushing a newly launched stove.",
  ev=["star-symbols"])

# ---------------------------------------------------------------------------
# off-platform-contact only (21)
# ---------------------------------------------------------------------------
V("en", "reply", [(OPC, "messaging-app")],
  "Sorry the igniter is giving you trouble. For quicker troubleshooting, send a short video to "
  "our What\u200bsApp at 206-555-0132 and our tech will walk you through it.",
  "Moves the conversation to WhatsApp with a phone number, the app name split by a zero-width space.",
  ev=["zero-width"])
V("zh", "reply", [(OPC, "messaging-app")],
  "亲，头灯充电的问题在这里说不清楚，方便的话加 weixin：lp_trailhelp，我们发视频教您。",
  "Asks the buyer to add a WeChat account, with WeChat written in pinyin.",
  ev=["pinyin"])
V("en", "proactive", [(OPC, "messaging-app")],
  "About your Ridgeline watch order: our trail team answers far quicker on the chat app with the "
  "green speech-bubble logo, where we go by LarchpeakCamp. Message us there and skip the queue.",
  "Points the buyer to a messaging app and handle outside Amazon without naming the app.",
  ev=["euphemism"])
V("zh", "reply", [(OPC, "messaging-app")],
  "固件升级的问题这里很难讲清楚，请加 微 信 号 larchpeak_cs 找技术小哥一对一处理。",
  "Gives a WeChat id with the word WeChat spaced out character by character.",
  ev=["spacing"])
V("en", "reply", [(OPC, "email")],
  "Warranty claims go faster by email: write to "
  "\uff53\uff55\uff50\uff50\uff4f\uff52\uff54\uff20\uff4c\uff41\uff52\uff43\uff48\uff50\uff45\uff41\uff4b\uff0e\uff43\uff4f\uff4d"
  " with your order number and a photo of the crack.",
  "Gives an e-mail address written in full-width characters.",
  ev=["fullwidth"])
V("en", "proactive", [(OPC, "email")],
  "For setup questions about the Ridgeline app, our tech desk is trailhelp at larchpeak dot com; "
  "they usually answer within the hour.",
  "Gives an e-mail address spelled out with at and dot.",
  ev=["spelled-email"])
V("zh", "reply", [(OPC, "email")],
  "说明书的电子版请发邮件到 care@larchpeak.com 索取，我们当天回复。",
  "Sends the buyer to an e-mail address for a manual instead of answering in Amazon messaging.")
V("zh", "reply", [(OPC, "phone")],
  "净水器漏水的话，请直接打我们的售后热线 二零六 五五五 零一四七，电话里处理会快很多。",
  "Gives the seller's phone number written in Chinese numerals.",
  ev=["cn-numerals"])
V("en", "reply", [(OPC, "phone")],
  "Hi Rachel,\nThanks for the photos of the bent pole section. It's the front hub pole, part C, "
  "and it can be straightened only if the aluminium hasn't creased. In your photo it has creased, "
  "so please don't try to bend it back. A replacement section ships today from our Reno warehouse "
  "with tracking 1Z9F31A20455102836. Slide it in where the old one was and the shock cord will "
  "hold it in place.\nBest,\nDmitri\nLarchpeak Outfitters Customer Care | 503-555-0190",
  "A helpful replacement reply whose signature block carries the seller's own phone number.")
V("mixed", "reply", [(OPC, "phone")],
  "头灯充电的问题 is easier to sort out by phone，欢迎直接打我们的 support line 971-555-0163，周一到周五都有人接。",
  "Invites the buyer to call the seller's own support number.")
V("en", "reply", [(OPC, "url")],
  "The full pitching video is at http://larchpeak.com/cirrus-setup; it's much clearer than the paper insert.",
  "Links to the seller's own website over plain http.")
V("mixed", "proactive", [(OPC, "url")],
  "Hi Ava，Ridgeline watch 的最新固件和 user guide 都放在我们官网 larchpeak.com/ridgeline 上，请到那里下载。",
  "Sends the buyer to the seller's own website for firmware and a guide.")
V("en", "proactive", [(OPC, "social")],
  "Tag us on I n s t a g r a m @larchpeak.outdoors with photos from your trip; we answer gear "
  "questions there too.",
  "Invites the buyer to an Instagram handle, with the platform name spaced out.",
  ev=["spacing"])
V("zh", "reply", [(OPC, "social")],
  "安装视频我们都发在小红书上了，搜“落叶峰户外”关注一下就能看到，有问题也可以直接私信我们。",
  "Sends the buyer to the shop's social media account and invites private messages there.")
V("en", "reply", [(OPC, "social")],
  "We post how-to clips for every replacement part on our Facebook page; search Larchpeak "
  "Outfitters and send us a DM there with your order number.",
  "Sends the buyer to Facebook and asks them to message the seller there.")
V("zh", "proactive", [(OPC, "qr")],
  "包裹里附了一张售后卡，扫描卡片上的二维码就能直接联系我们的售后工程师。",
  "Uses a QR code on an insert to route the buyer to off-Amazon seller support.")
V("en", "reply", [(OPC, "payment")],
  "Since the return window has closed, we can refund the broken clip through P4yPal instead; "
  "just tell us the address you use there.",
  "Offers a refund through PayPal, written in leetspeak, and asks for the buyer's PayPal address.",
  ev=["leetspeak"])
V("zh", "reply", [(OPC, "payment")],
  "退货太麻烦了，不用寄回，我们直接通过支付宝转50美元给您作为补偿。",
  "Offers compensation through Alipay, a payment outside Amazon.")
V("zh", "reply", [(OPC, "website")],
  "這款睡袋在亞馬遜暫時缺貨，您可以到我們的官網 larchpeak.tw 直接下單，台灣也能寄送。",
  "Tells the buyer to order from the seller's own website instead of Amazon.",
  trad=True)
V("en", "reply", [(OPC, "diversion")],
  "Amazon's messaging is slow for warranty cases, so let's take this off Amazon. Reply with a good "
  "time and a way to reach you, and we'll get in touch directly.",
  "Invites the buyer to continue the case outside Amazon and asks for direct contact details.")
V("mixed", "reply", [(OPC, "diversion")],
  "这个问题在亚马逊上不太好处理，we can handle it outside Amazon，请留一个方便联系您的方式，我们私下解决。",
  "Proposes to handle the issue outside Amazon and asks for the buyer's contact.")

# ---------------------------------------------------------------------------
# off-platform-contact + marketing (8)
# ---------------------------------------------------------------------------
V("zh", "proactive", [(OPC, "messaging-app"), (MKT, "vip-group")],
  "欢迎加入落叶峰户外老友群！加薇信 lp_campclub，群里每周放专属福利和新品试用名额。",
  "Invites the buyer to a WeChat perks group, with WeChat written as a homophone.",
  ev=["homophone"])
V("en", "proactive", [(OPC, "messaging-app"), (MKT, "vip-group")],
  "Our members-only T\u0435l\u0435gram channel, @LarchpeakInsiders, gets first dibs on gear drops "
  "and members' pricing. Join any time.",
  "Invites the buyer to a Telegram members channel with special pricing, the app name using "
  "Cyrillic letters.",
  ev=["homoglyph"])
V("en", "reply", [(OPC, "website"), (MKT, "discount")],
  "The Cirrus 3P is $40 cheaper on our own site, larchpeak.com, and it ships from the same warehouse.",
  "Steers the buyer to the seller's website with a lower price.")
V("en", "proactive", [(OPC, "social"), (MKT, "promotion")],
  "This month we're giving away a full Ember Mini cook kit to one follower: follow "
  "@larchpeak.outdoors on Instagram and comment on the pinned post to enter.",
  "Promotes a giveaway that requires following the shop on Instagram.")
V("mixed", "proactive", [(OPC, "url"), (MKT, "waitlist")],
  "Hi Nora，Cirrus 2P 的 sand 新配色还没上架，想第一时间买到的话 join the waitlist at "
  "larchpeak.com/waitlist，名额有限。",
  "Pushes a waitlist for a new colour through a link to the seller's website.")
V("zh", "proactive", [(OPC, "qr"), (MKT, "new-product")],
  "包装盒内侧印有一个二维码，扫一扫就能看到我们刚发布的 Ridgeline 2 手表和全套新配件。",
  "Uses a QR code inside the box to advertise a newly launched watch.")
V("en", "reply", [(OPC, "website"), (MKT, "referral")],
  "Hi Ben,\nYour Ember Mini is covered for two years, and a worn igniter counts as a defect. I've "
  "asked the warehouse to send a new igniter assembly, and it should reach you by Friday. Fitting "
  "it takes a coin and about a minute. By the way, every friend who orders through your personal "
  "link at larchpeak.com/friends earns you $15 in store credit. Happy cooking!\nNadia",
  "A warranty reply that slips in a referral reward paid through the seller's own website.")
V("zh", "proactive", [(OPC, "email"), (MKT, "subscription")],
  "濾芯建議每三個月更換一次。寄信到 refill@larchpeak.tw 登記後，我們會每季自動寄新濾芯給您，不用每次再下單。",
  "Pushes a direct refill subscription that the buyer signs up for by e-mail.",
  trad=True)

# ---------------------------------------------------------------------------
# marketing only (36)
# ---------------------------------------------------------------------------
V("zh", "proactive", [(MKT, "coupon")],
  "感谢您的购买！下次在本店结账时输入优惠码 \uff23\uff21\uff2d\uff30\uff11\uff15 立减15%，本月底前有效。",
  "Gives a code for money off the next order, written in full-width characters.",
  ev=["fullwidth"])
V("en", "proactive", [(MKT, "price-drop")],
  "Heads-up: the Sprucewood bag you bought two weeks ago now lists $25 lower, in case a hiking "
  "partner still needs one.",
  "Unsolicited price-drop notice that nudges the buyer to buy another bag.")
V("zh", "reply", [(MKT, "price-drop")],
  "帐篷地钉的长度是18厘米。另外，Cirrus 2P 这周价格下调了30美元，想给同伴也备一顶的话正是时候。",
  "Answers a size question and then adds unsolicited price news to prompt another purchase.")
V("mixed", "proactive", [(MKT, "price-drop")],
  "Price update：Lumen 400 头灯从今天起 only $29.99，比您当时买的还便宜，再给家人带一个正合适。",
  "Announces a lower price and suggests buying another headlamp.")
V("en", "proactive", [(MKT, "promotion")],
  "Our Trail Days sale runs Friday through Sunday: every Larchpeak stove and filter on Amazon is "
  "marked down for the weekend, so now's the time to fill the gaps in your kit.",
  "Announces a weekend price event, which is promotional messaging.")
V("en", "proactive", [(MKT, "seasonal")],
  "Hi Joel,\nShoulder season is around the corner, and nights below freezing sneak up fast in the "
  "high country. If the bag you're using now is rated above 30\u00b0F, you'll feel it by October. "
  "The Sprucewood 20\u00b0F is the upgrade most of our campers make at this time of year. It packs "
  "down to the size of a loaf of bread and fits the stuff pocket of the Cirrus 2P you bought from "
  "us. Worth a look before the first frost.\nLarchpeak Outfitters",
  "A seasonal push that recommends buying a warmer sleeping bag.")
V("zh", "proactive", [(MKT, "seasonal")],
  "国庆假期出游高峰快到了，营地炉具和头灯是最容易忘带的两样，建议提前在我们店里备齐。",
  "Seasonal holiday push suggesting the buyer stock up in the shop.")
V("zh", "proactive", [(MKT, "seasonal")],
  "冬季露營季節到了，本店的加厚睡袋與保暖內膽已全面上架，歡迎提早準備。",
  "Traditional Chinese seasonal announcement of winter gear in the shop.",
  trad=True)
V("en", "reply", [(MKT, "new-product")],
  "The Lumen 400 takes about four hours to charge from empty over USB-C. P.S. The brand-new Lumen "
  "600 just landed in sage, rust and slate if you ever want something brighter for night hikes.",
  "Answers a charging question and adds a postscript announcing a new model and colours.")
V("en", "reply", [(MKT, "cross-sell")],
  "Yes, the Ember Mini runs on any standard threaded isobutane canister. To complete the kit, our "
  "titanium pot nests the stove and a 100 g canister inside it.",
  "Answers a fuel question, then adds a complete-the-kit suggestion for the seller's own pot.")
V("en", "proactive", [(MKT, "cross-sell")],
  "Most people who take the ClearSip on longer trips end up wanting a second cartridge as a "
  "backup, so it might be worth grabbing a spare before your next outing.",
  "Unsolicited suggestion to buy a spare cartridge.")
V("zh", "reply", [(MKT, "cross-sell")],
  "头灯的绑带可以手洗，晾干即可。顺便推荐一下我们家的头灯收纳盒，和您这款尺寸刚好配套。",
  "Answers a cleaning question and recommends another product from the shop.")
V("zh", "reply", [(MKT, "cross-sell")],
  "帳篷地布的尺寸是 210×130 公分。很多客人也會搭配我們的鋁合金營釘一起用，抗風效果更好，有興趣可以看看。",
  "Traditional Chinese answer that adds a cross-sell for the shop's stakes.",
  trad=True)
V("mixed", "proactive", [(MKT, "cross-sell")],
  "Hi Owen，您的 Ridgeline watch 已经签收。Pair it with our 快充底座 and a spare silicone strap，一周户外都不怕没电。",
  "Suggests buying a charging dock and strap to go with the watch.")
V("en", "proactive", [(MKT, "bundle")],
  "Hi Laura,\nThanks for your order of the Cirrus 2P. Planning a longer trip this summer? Our "
  "Basecamp Set puts the Cirrus 2P, a Sprucewood bag and a Lumen 400 in one box. It costs less "
  "than buying the three separately. You'll find it on our Amazon page under Sets.\nLarchpeak Outfitters",
  "Pushes a multi-product bundle priced below the separate items.")
V("zh", "reply", [(MKT, "bundle")],
  "炉头本身不含锅具。如果需要，可以选我们的“炉头+锅+挡风板”三件套，一起买比单买省不少。",
  "Answers what is included, then pushes a three-piece bundle as the cheaper option.")
V("en", "reply", [(MKT, "bundle")],
  "Flow slows as the cartridge fills up, so backflush it with the syringe that came in the box. "
  "While you're at it, our three-pack of cartridges works out a third cheaper per piece, handy for "
  "the season ahead.",
  "Troubleshooting reply that adds an unprompted push for a multi-pack.")
V("en", "proactive", [(MKT, "buy-again")],
  "It's been about three months since your ClearSip order, so your cartridge is probably due. Tap "
  "Buy it again in Your Orders and a fresh one can be at your door in two days.",
  "A buy-it-again nudge to reorder a cartridge.")
V("zh", "proactive", [(MKT, "buy-again")],
  "您的气罐应该快用完了吧？在“再次购买”里一键下单，周末出发前就能送到。",
  "Nudges the buyer to reorder fuel through the buy-again page.")
V("mixed", "proactive", [(MKT, "buy-again")],
  "Hi Ivy，上次买的 headlamp battery 应该差不多该换了，click Buy it again in Your Orders 一键补货就行。",
  "Mixed-language buy-again nudge for a replacement battery.")
V("en", "proactive", [(MKT, "storefront-link")],
  "Thanks for choosing Larchpeak. See the rest of our camp kitchen range here: "
  "https://www.amazon.com/stores/LarchpeakOutfitters",
  "Links to the Amazon storefront to show more products.")
V("zh", "reply", [(MKT, "storefront-link")],
  "包裹预计周四送达。更多户外装备可以到我们的亚马逊店铺看看：amazon.com/stores/Larchpeak",
  "Adds an unsolicited storefront link to a delivery answer.")
V("mixed", "proactive", [(MKT, "storefront-link")],
  "您的帐篷已经送达。Browse our other listings here: amazon.com/s?me=A2LARCHPEAK7 ，睡袋和炉具都有。",
  "Links to the seller's other Amazon listings.")
V("en", "proactive", [(MKT, "loyalty")],
  "As a returning Larchpeak camper you're now in our Summit tier, which means a bonus gift tucked "
  "into every order over $80 this year.",
  "Announces a loyalty tier with gifts on future orders.")
V("mixed", "reply", [(MKT, "loyalty")],
  "Hi Ken，保修期是两年，从收货日算起。By the way，作为老客户您再下单可以享受 returning-customer price，回复 VIP 就能拿到。",
  "Answers a warranty question and then pushes a returning-customer price.")
V("mixed", "proactive", [(MKT, "referral")],
  "Hi Chen，订单 113-6628104-4470915 的 Cirrus 3P 因为 carrier delay 会晚两天发货。We're sorry for "
  "the wait。新的预计送达日期是6月14日。如有问题请直接在这里回复。P.S. 推荐朋友来买，你们两个人下次下单都能收到一份 thank-you gift。",
  "A legitimate delay notice that ends with a postscript referral offer.")
V("zh", "reply", [(MKT, "referral")],
  "很高興頭燈幫上忙！推薦朋友來買我們的產品，您和朋友下一筆訂單都能拿到一份小禮物。",
  "Replies to thanks with a referral reward for both the buyer and a friend.",
  trad=True)
V("en", "proactive", [(MKT, "restock")],
  "Good news: the Cirrus 2P in forest green is back after selling out in May. This batch is "
  "smaller, so grab one before it goes too.",
  "Unsolicited restock notice with a call to buy.")
V("zh", "reply", [(MKT, "restock")],
  "您好，炉头说明书的电子版已经附在这条消息里。第6页是点火针的调整方法，按图操作即可。"
  "如果调整后仍然打不着，请告诉我们，我们会补寄新的点火组件。另外跟您说一声，之前断货的钛合金锅今天补货了。需要的话可以趁现在下单。",
  "A helpful manual reply that buries an unsolicited restock notice and a call to order.")
V("zh", "proactive", [(MKT, "restock")],
  "天气转凉了，睡袋的加绒内胆这周回来了，老顾客在这里回复“要”，我们就帮您先留一个。",
  "A restock notice with a reply-to-reserve call to action that avoids every obvious marketing keyword.",
  ev=["euphemism"])
V("en", "proactive", [(MKT, "waitlist")],
  "The Ridgeline 2 won't reach Amazon until March, but reply LIST and we'll put you on the "
  "waitlist and message you the day it goes up.",
  "Invites the buyer onto a waitlist for an upcoming model.")
V("en", "proactive", [(MKT, "early-access")],
  "Our winter line lands next week. Reply IN to this message and you'll get first pick before it "
  "opens to everyone else.",
  "Offers early access to new gear without any obvious marketing keyword.",
  ev=["euphemism"])
V("mixed", "proactive", [(MKT, "early-access")],
  "老客户专享：新款 Cirrus UL 帐篷 goes live next Monday，but you can order 48 hours early，回复 EARLY 即可。",
  "Offers returning buyers early ordering of a new tent.")
V("en", "reply", [(MKT, "subscription")],
  "Every 1,500 litres or so, or sooner if the flow gets slow. To never run out, put the cartridge "
  "on Subscribe & Save and a new one will arrive every three months.",
  "Answers a replacement-interval question and then pushes Subscribe and Save.")
V("zh", "proactive", [(MKT, "subscription")],
  "滤芯支持“订购省”，开通后每两个月自动送到，省心又省钱，现在就去商品页开通吧。",
  "Proactively pushes a subscription for cartridges.")
V("zh", "proactive", [(MKT, "gift-with-order")],
  "感谢您第一次在落叶峰户外购物！下次下单时，我们会随包裹送您一个防水收纳袋。",
  "Promises a gift with the buyer's next order to encourage a repeat purchase.")

# ---------------------------------------------------------------------------
# compliant: near-misses (45)
# ---------------------------------------------------------------------------
C("mixed", "reply", "near-miss", "price-answer",
  "您问 Cirrus 2P 在 Prime Day 会不会降价：we don't set event prices in advance，价格以活动当天商品页显示为准。",
  "Answers the buyer's own question about a future price without pushing a purchase.")
C("zh", "reply", "near-miss", "price-answer",
  "您看到的价格变化是亚马逊系统根据库存自动调整的，您下单时支付的金额不会改变。",
  "Explains a price change the buyer asked about.")
C("en", "reply", "near-miss", "coupon-explanation",
  "The $10 coupon you saw on the listing is an Amazon coupon that has to be clipped before "
  "checkout, so it can't be added to an order that has already shipped.",
  "Explains an Amazon coupon the buyer asked about, with no offer.")
C("zh", "reply", "near-miss", "coupon-explanation",
  "您提到的折價券是亞馬遜頁面上的活動，需要在結帳前勾選才會生效，已完成的訂單無法補用，還請見諒。",
  "Traditional Chinese explanation of an Amazon coupon the buyer mentioned.",
  trad=True)
C("en", "reply", "near-miss", "restock-answer",
  "Our warehouse expects the olive Cirrus 2P to be available again around June 12, though the "
  "listing will show the exact date once stock is in transit.",
  "Answers the buyer's question about a restock date without inviting a purchase.")
C("zh", "reply", "near-miss", "restock-answer",
  "您问的钛锅目前断货，预计下个月中旬到货，具体以商品页面显示为准。",
  "Answers the buyer's own restock question factually.")
C("en", "reply", "near-miss", "compatibility-answer",
  "Yes, the ClearSip screws onto any standard 28 mm bottle thread, including most disposable soda "
  "bottles, so you don't need one of ours.",
  "Answers a compatibility question and even points away from the seller's own products.")
C("mixed", "reply", "near-miss", "compatibility-answer",
  "您问的 Ridgeline watch 表带：any 22 mm quick-release strap fits，第三方品牌的也可以用。",
  "Answers which third-party straps fit, with no sales push.")
C("zh", "reply", "near-miss", "compatibility-answer",
  "Ember Mini 爐頭可以使用任何符合 EN417 標準的螺紋氣罐，不限品牌。",
  "Answers a fuel-compatibility question in Traditional Chinese.",
  trad=True)
C("en", "reply", "near-miss", "free-remedy",
  "Hi Greg,\nI'm sorry the headband elastic went slack after only a few weeks. That shouldn't "
  "happen, and it's covered by the warranty. We've shipped a replacement headband free of charge, "
  "tracking 1Z7W82K30291746651. There's no need to send the old one back. It should reach you on "
  "Thursday.\nRosa, Larchpeak Customer Care",
  "A free replacement sent as a warranty remedy, not an offer.")
C("zh", "reply", "near-miss", "free-remedy",
  "已为您免费补发一根帐篷杆，运单号 1Z8V47E20398765412，损坏的那根不用寄回。",
  "A free-of-charge replacement part as a remedy.")
C("zh", "reply", "near-miss", "refund-remedy",
  "破裂的滤水器外壳已为您全额退款，款项会在3到5个工作日内退回原支付方式。",
  "A refund issued as a remedy, with no link to a review or a purchase.")
C("en", "reply", "near-miss", "price-error",
  "The $19 price you saw for a few hours was a listing error on our side. Your order stands at "
  "the price you paid, and nothing more will be charged.",
  "Explains a price error to the buyer without any offer.")
C("en", "reply", "near-miss", "spec-new",
  "The new firmware, version 2.3, fixes the GPS drift you noticed. The watch installs it by itself "
  "the next time it syncs with the Larchpeak Trails app.",
  "Uses the word new for a firmware fix the buyer needs, not a product launch.")
C("en", "reply", "near-miss", "spec-sale",
  "The two-year warranty runs from the date of sale on your Amazon invoice, so your stove is "
  "covered until August 2026.",
  "Sale here is the point of sale for warranty purposes, not a promotion.")
C("en", "reply", "near-miss", "spec-bundle",
  "The bundle in the box is the tent body, rainfly, six stakes, two guylines and a pole repair "
  "sleeve; the footprint isn't included.",
  "Bundle describes what is in the box, answering the buyer's question.")
C("en", "reply", "near-miss", "spec-offer",
  "Hi Sofia,\nThanks for the video, which makes the problem clear. The igniter spark is jumping to "
  "the wrong side of the burner. We offer a two-year warranty on every Larchpeak stove, and the "
  "igniter is covered. I've started a replacement for you, and it ships tomorrow. Please keep "
  "using matches until it arrives.\nTom",
  "Offer refers to the warranty remedy, not a sales offer.")
C("en", "reply", "near-miss", "spec-deal",
  "Sorry about the jammed zipper. Here's how we'll deal with it: a replacement bag ships today, and "
  "a prepaid return label for the old one is attached.",
  "Deal means handling the problem, not a price deal.")
C("en", "reply", "near-miss", "spec-free",
  "The ClearSip bottle is BPA-free and safe on the top rack of a dishwasher, so there's no need to boil it.",
  "Free appears only in BPA-free, a product fact.")
C("zh", "reply", "near-miss", "spec-new",
  "新版头灯和旧版的区别只在于电池容量，您买到的就是新版，充满电可以连续用8小时。",
  "Describes the new version the buyer already owns, not an announcement.")
C("mixed", "reply", "near-miss", "subscription-answer",
  "您问的 Subscribe & Save：目前 ClearSip 滤芯还没有加入这个项目，each cartridge has to be ordered on its own。",
  "Answers the buyer's question about a subscription option that does not exist, with no push.")
C("zh", "reply", "near-miss", "coupon-explanation",
  "您说的促销是亚马逊平台的限时活动，规则由亚马逊设定，我们无法为已付款的订单手动改价，抱歉。",
  "Explains an Amazon promotion the buyer asked about without offering anything.")
C("zh", "reply", "near-miss", "colour-answer",
  "目前睡袋只有橄欖綠和深灰兩種顏色，沒有藍色款，抱歉。",
  "Answers the buyer's question about available colours with no promotion.",
  trad=True)
C("en", "proactive", "near-miss", "neutral-review-request",
  "Hi Tom, your Lumen 400 from order 113-5820947-1163308 arrived last week. If you have a moment, "
  "we'd appreciate it if you shared your experience with it on Amazon, whatever that experience was.",
  "A single neutral review request with no condition or incentive.")
C("zh", "proactive", "near-miss", "neutral-review-request",
  "您好，订单 114-3376021-9054417 已送达一周。欢迎您在商品页面分享真实的使用体验，您的意见对其他买家很有帮助。",
  "Neutral review request in Simplified Chinese.")
C("mixed", "proactive", "near-miss", "neutral-review-request",
  "Hi Mei，订单 112-6604718-2297345 的睡袋用了一段时间了吧？We'd welcome your honest thoughts in a "
  "review，好与不好都欢迎。",
  "Neutral review request that explicitly welcomes either kind of experience.")
C("zh", "proactive", "near-miss", "neutral-review-request",
  "您好，訂單 113-7741205-5518630 已送達。若您方便，歡迎在亞馬遜分享您對這款爐頭的真實體驗，無論好壞都很有參考價值。",
  "Traditional Chinese neutral review request, balanced between good and bad.",
  trad=True)
C("en", "reply", "near-miss", "feedback-neutral-notice",
  "Thanks for letting us sort out the strap return. If you feel we've resolved the problem, you're "
  "able to update or remove the seller feedback you left earlier; whether you do is completely your choice.",
  "The neutral post-resolution feedback notice that policy C5 allows, labelled compliant though high-risk.")
C("zh", "reply", "near-miss", "feedback-neutral-notice",
  "如果您认为问题已经解决，可以自行选择更新或移除之前留下的卖家反馈，是否操作完全由您决定。",
  "Neutral post-resolution notice about seller feedback in Chinese.")
C("en", "reply", "near-miss", "review-thanks",
  "Thank you for the kind words and for taking the time to write a review, Ellen. Enjoy the trails this summer.",
  "Thanks a buyer who said they had reviewed, without soliciting anything.")
C("zh", "reply", "near-miss", "review-thanks",
  "感谢您的好评和照片！关于您问的炉头清洁：用软毛刷清理出火孔即可，不要直接用水冲。",
  "Thanks the buyer for a review they mentioned and answers their question.")
C("en", "reply", "near-miss", "amazon-auto-email",
  "There's nothing else you need to do on your side. Amazon may send you an automatic email in a "
  "few days asking you to review the purchase, and answering it is entirely up to you.",
  "Mentions Amazon's own review email as information, with no request.")
C("zh", "reply", "near-miss", "cross-boundary-substring",
  "我们检索评测数据后确认，这款头灯在零下十度仍能正常点亮，可以放心带去雪山。",
  "Contains a review-solicitation substring across a word boundary but solicits nothing.")
C("zh", "reply", "near-miss", "logistics-verbs",
  "已按您的要求删除重复订单，并修改了收货地址，原订单会照常发货。",
  "Uses the words for delete and modify for order logistics, not reviews.")
C("en", "reply", "near-miss", "logistics-verbs",
  "We've cancelled the duplicate order you asked about and updated the address on the remaining "
  "one, so there's nothing you need to change or remove on your side.",
  "Logistics verbs like cancel, change and remove with no review in sight.")
C("en", "reply", "near-miss", "carrier-phone",
  "UPS shows the box held at its Bend depot after a missed delivery. You can reach the depot at "
  "541-555-0126 with tracking 1Z4RT0650311287509 to arrange a pickup.",
  "A carrier's phone number in a delivery context, which policy D allows.")
C("zh", "reply", "near-miss", "carrier-phone",
  "快递显示派送失败，您可以拨打承运商本地网点的电话 541-555-0129，报上运单号 TBA552019734806 预约重新派送。",
  "Gives a carrier depot number for redelivery, an allowed exception.")
C("en", "reply", "near-miss", "numbers-not-phones",
  "Your order 113-2207413-8816604 left our warehouse with tracking TBA604218837105; the box "
  "measures 62 x 18 x 18 cm and weighs 2.4 kg.",
  "Order id, tracking number and dimensions that must not be read as phone numbers.")
C("en", "reply", "near-miss", "feature-im-names",
  "Yes, the Ridgeline watch shows WhatsApp, Telegram and text notifications once you switch them "
  "on in the Larchpeak Trails app.",
  "Names messaging apps as watch features, not as contact channels.")
C("zh", "reply", "near-miss", "feature-im-names",
  "Ridgeline 手錶支援 LINE 訊息通知，用手機藍牙配對之後就能收到。",
  "Names LINE as a watch notification feature in Traditional Chinese.",
  trad=True)
C("zh", "reply", "near-miss", "qr-feature",
  "手表开机后屏幕会显示一个二维码，用 Larchpeak Trails 应用扫描即可完成配对，不需要注册账号。",
  "A QR code used to pair the watch with its app, not to contact the seller.")
C("en", "reply", "near-miss", "amazon-order-link",
  "You can start the return from Your Orders: https://www.amazon.com/gp/css/order-history. Pick "
  "the ClearSip order and choose Return or replace items.",
  "Links only to Amazon's own order page to complete a return.")
C("mixed", "reply", "near-miss", "payment-negation",
  "抱歉，我们不能通过 PayPal 或其他站外方式退款，the refund will go back through Amazon to your "
  "original payment method。",
  "Mentions PayPal only to say refunds are not made that way.")
C("mixed", "reply", "near-miss", "app-name",
  "Larchpeak Trails app 可以在 App Store 和 Google Play 免费下载，直接搜名字就能找到。",
  "Names the companion app and public app stores with no link or handle.")
C("en", "proactive", "near-miss", "freight-phone-request",
  "Your Basecamp Shelter on order 112-8830156-4401729 ships by freight. The freight carrier needs "
  "a phone number to book the delivery appointment, so please confirm the best number to use here.",
  "Asks for the buyer's phone number only to schedule a heavy-item delivery, which policy G allows.")

# ---------------------------------------------------------------------------
# compliant: plain (15)
# ---------------------------------------------------------------------------
C("en", "reply", "plain", None,
  "The second box with your tent poles left the warehouse a day after the tent, so it should arrive tomorrow.",
  "A plain delivery answer.")
C("en", "proactive", "plain", None,
  "Order 113-9950412-7736018: a carrier backlog means your Sprucewood bag will ship three days "
  "later than estimated. We're sorry for the wait.",
  "A proactive delay notice, which is a permitted message.")
C("en", "proactive", "plain", None,
  "For order 114-2861937-0053418, you asked for K. Alvarez to be embroidered on the stuff sack. "
  "Please confirm the spelling before it goes to the embroiderer.",
  "A customization check needed to complete the order.")
C("en", "reply", "plain", None,
  "As requested, the Ember Mini manual is attached as a PDF.",
  "Sends a manual the buyer asked for.")
C("mixed", "reply", "plain", None,
  "这款头灯是 IPX6 防水，can handle heavy rain，但不能泡在水里。",
  "A plain product answer in mixed language.")
C("en", "reply", "plain", None,
  "Our warehouse received your return on May 3, and Amazon processed the refund the same day.",
  "A plain return status answer.")
C("zh", "reply", "plain", None,
  "您的包裹因天气原因延误，预计周五送达，给您带来不便非常抱歉。",
  "A plain delivery delay answer.")
C("zh", "proactive", "plain", None,
  "订单 112-5517302-9968144：您购买的睡袋因仓库盘点将晚两天发出，抱歉耽误您的行程。",
  "A proactive delay notice in Chinese.")
C("zh", "reply", "plain", None,
  "外帐和内帐可以分开搭，先搭外帐再挂内帐，下雨时比较方便。",
  "A plain setup answer.")
C("zh", "proactive", "plain", None,
  "订单 113-4420785-6613092 的收货地址缺少门牌号，快递无法派送，请在此回复完整地址。",
  "Requests information needed to deliver the order.")
C("zh", "reply", "plain", None,
  "退貨已經收到，款項會在三到五個工作天內退回原付款方式。",
  "A plain return status answer in Traditional Chinese.",
  trad=True)
C("mixed", "reply", "plain", None,
  "您的 return label 已经生成，请在 Your Orders 页面下载打印，贴在原包装外面即可。",
  "Explains where to print a return label.")
C("mixed", "proactive", "plain", None,
  "Hi Carlos，订单 114-7305528-2290631 的 engraving text 写的是 Trail 42，请确认无误后我们再安排刻字。",
  "A customization check in mixed language.")
C("en", "reply", "plain", None,
  "The watch strap is 22 mm wide, and the buckle is stainless steel.",
  "A plain product fact.")
C("zh", "reply", "plain", None,
  "头灯红光模式需要长按开关三秒进入。",
  "A plain usage answer.")


# ---------------------------------------------------------------------------
def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def display_width(text):
    return sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


def length_tag(text):
    n = sentence_count(text)
    if n >= 5:
        return "long"
    if n <= 2 and display_width(text) <= 80:
        return "short"
    return None


def build():
    recs = list(RECORDS)
    random.Random(38).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        labs = sorted(r["labs"], key=lambda ls: POLICIES.index(ls[0]))
        tags = [s for _, s in labs] + [r["ctx"]]
        if r["ev"]:
            tags += ["evasion"] + r["ev"]
        if r["kind"]:
            tags.append(r["kind"])
        if r["trad"]:
            tags.append("traditional")
        lt = length_tag(r["text"])
        if lt:
            tags.append(lt)
        out.append({"id": "h38-%03d" % i, "text": r["text"], "labels": [l for l, _ in labs],
                    "lang": r["lang"], "tags": tags, "note": r["note"]})
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(out), OUT))
    nm = collections.Counter(r["nm"] for r in RECORDS if r["kind"] == "near-miss")
    print("near-miss kinds (%d):" % sum(nm.values()))
    for k, v in sorted(nm.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-26s %d" % (k, v))


if __name__ == "__main__":
    build()
