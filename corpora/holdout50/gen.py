#!/usr/bin/env python3
"""Source of truth for holdout50.jsonl.

150 hand-labelled messages that the invented shop Brackenloam Garden Co. (garden tools and
seeds) sends to Amazon buyers.  Every text is a Python literal below.  Chinese ideographs and
ordinary Chinese punctuation are written as they are; every other non-ASCII character
(zero-width, full-width letters and digits, Cyrillic look-alikes, stars, curly quotes, ...)
is a \\uXXXX escape.  The records are shuffled with random.Random(50) and numbered
h50-001 ... h50-150.

Tags, in this order (README.md explains them):
  kind            violation | evasion | near-miss | clean
  subtype         one per label, in label order
  context         reply | proactive
  extras          violation: optional "indirect"; evasion: one or more techniques;
                  near-miss: exactly one probe; clean: nothing
  traditional     last, on Traditional Chinese records only
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout50.jsonl")

POL = {"RI": "review-inducement", "OP": "off-platform-contact", "MK": "marketing"}
ORDER = ["RI", "OP", "MK"]

RECORDS = []


def add(kind, labels, subtypes, ctx, lang, text, note, extra=(), trad=False):
    labels = list(labels)
    assert labels == sorted(labels, key=ORDER.index), text[:40]
    tags = [kind] + list(subtypes) + [ctx] + list(extra) + (["traditional"] if trad else [])
    RECORDS.append({
        "text": text,
        "labels": [POL[l] for l in labels],
        "lang": lang,
        "tags": tags,
        "note": note,
    })


# ===========================================================================================
# VIOLATIONS (55)
# ===========================================================================================

# ---- English (28) -------------------------------------------------------------------------
add("violation", ["RI"], ["positive-request"], "proactive", "en",
    "Hello Priya,\n\nYour SnipWren bypass pruners from order 112-4830017-6652190 were delivered "
    "on Tuesday. We hope the first cuts on your climbing roses went cleanly.\n\nA word about how "
    "small shops like ours get found: new shoppers tend to scroll past anything that isn't "
    "sitting at the very top of the scale. If the pruners have earned their place in your shed, "
    "the highest mark you can give them is the one that keeps us visible.\n\nCorin, Brackenloam "
    "Garden Co.",
    "Asks for the top rating ('the highest mark you can give them'), two sentences after the "
    "reason, without naming stars or reviews.",
    ["indirect"])

add("violation", ["RI"], ["gating"], "reply", "en",
    "Thank you so much for your note, Mrs. Adeyemi. Nine days from sowing to the first pea shoots "
    "is a lovely result for Kettle Green in a cold frame.\n\nSince the peas have done you proud, "
    "could we ask you to put what you told us somewhere other growers will see it, under the "
    "listing itself? A handful of words like yours does more for a small seed house than any "
    "advert.",
    "Reply to a buyer who wrote in to praise the peas, asking that satisfied buyer to post the "
    "praise on the listing: the policy's own example of gating.",
    ["indirect"])

add("violation", ["RI", "OP"], ["incentive", "payment"], "proactive", "en",
    "Hi Tomasz,\n\nThanks for ordering the Sunfleck tomato seed trio (order 114-2093385-1174402). "
    "Germination takes 7 to 10 days at about 21 degrees C, so keep the tray somewhere warm and "
    "the compost just moist.\n\nOne more thing. We keep a small thank-you fund for customers who "
    "take the time to write about our seeds on Amazon. Once your write-up is live, reply with the "
    "name it appears under and we'll send the full price of the seeds back to you through "
    "PayPal.\n\nHappy sowing,\nBrackenloam Garden Co.",
    "Full reimbursement for a posted review, paid through PayPal: an incentive and an off-Amazon "
    "payment.")

add("violation", ["RI"], ["incentive"], "proactive", "en",
    "Dear gardener,\n\nYour Pollinator Meadow Mix is on its way and should arrive by Friday. Sow "
    "it on raked bare soil and press it in with the back of a rake; do not cover it.\n\nEvery "
    "month we draw three names from the customers whose thoughts on our seeds appear on the "
    "product page. The three winners each get a full season's seed box. To be counted, send us "
    "your public profile name in this thread once your comments are up.\n\nThe Brackenloam team",
    "Entry into a prize draw for posting on the product page is compensation for a review.",
    ["indirect"])

add("violation", ["RI"], ["incentive"], "proactive", "en",
    "Hello Ms. Lindqvist,\n\nYour LoamLift border fork (order 113-7712094-3302851) arrived "
    "today. It carries our two-year guarantee against a bent or snapped shaft.\n\nWe can stretch "
    "that guarantee to ten years for you. All it takes is a review of the fork on Amazon within "
    "30 days of delivery and a screenshot of it sent to us here.\n\nKind regards,\nCorin",
    "An extended guarantee in exchange for a review is a future benefit offered for a review.")

add("violation", ["RI", "MK"], ["incentive", "coupon"], "proactive", "en",
    "Hi Jonah,\n\nThe Thimble trowel set you ordered was delivered this morning. The narrow "
    "trowel is the one for pricking out seedlings; the wide one is for bulbs.\n\nWrite up your "
    "experience on the trowel set's product page, forward us the confirmation e-mail Amazon "
    "sends you, and we'll reply with a code worth 30% off anything else in our range.\n\nBest,\n"
    "Brackenloam Garden Co.",
    "A discount code for a review: an incentive, and the code itself is a coupon for a future "
    "purchase.")

add("violation", ["RI"], ["change-review"], "reply", "en",
    "Dear Ms. Whitcombe,\n\nI'm glad the replacement KneelEasy kneeler reached you and that the "
    "new stitching is holding up on the patio flags.\n\nI did notice that what you wrote under "
    "the listing still describes the first pad splitting at the seam. Now that this chapter has "
    "a happier ending, would you consider bringing that write-up in line with how things turned "
    "out?\n\nWarm regards,\nMarisol",
    "Asks the buyer to revise a posted product review after the problem was fixed; forbidden "
    "even after resolution.",
    ["indirect"])

add("violation", ["RI"], ["change-review"], "reply", "en",
    "Mr. Okonkwo, we have looked into the meadow mix that failed to come up in your raised bed. "
    "We are prepared to refund the whole order. Before we process it, we would ask that the "
    "one-star post on the meadow mix page is taken down, since it no longer reflects how we are "
    "handling this.",
    "Makes the refund conditional on taking down a one-star product review.")

add("violation", ["RI"], ["feedback-removal"], "reply", "en",
    "Hello Mr. Castellanos,\n\nYou're right that the fork reached you two days after the "
    "promised date, and I'm sorry for that.\n\nThe remark you left on our seller profile about "
    "the late delivery is now the only negative mark in ninety days, and our account health team "
    "has flagged it. It would mean a great deal to the three people who run this shop if you "
    "would take it down today.\n\nCorin",
    "Pressure to remove seller feedback (account health, small team, 'today') without any "
    "resolution: not the neutral notice Amazon allows.",
    ["indirect"])

add("violation", ["RI"], ["gating"], "proactive", "en",
    "Hello Alder,\n\nYour Sunfleck seeds were delivered today (order 111-6620483-9014527).\n\n"
    "Seeds are living things, and now and then a batch is slow to wake up. If that happens, "
    "please come to us first, before anything goes up on the product page. Nearly every hiccup "
    "is fixed with a tip or a fresh packet, and we would much rather hear it here.\n\nGood "
    "growing,\nBrackenloam Garden Co.",
    "Diverts unhappy buyers to the seller before they post on the product page: gating without "
    "the word review.",
    ["indirect"])

add("violation", ["RI"], ["steering"], "proactive", "en",
    "Hi Ruth,\n\nYour SnipWren pruners were delivered yesterday. When you share your impressions "
    "of them on Amazon, it would help other gardeners most if you mention how sharp they are "
    "straight out of the box and that they arrived the day after you ordered. A close-up photo "
    "of a clean cut on a thick stem is ideal, and a hundred words or more gives people a real "
    "picture.\n\nThanks,\nCorin",
    "Tells the buyer what to say in the review, what photo to add and how long to write: "
    "influencing review content.")

add("violation", ["OP"], ["email"], "reply", "en",
    "I'm sorry the humidity dome on your RootCradle tray arrived cracked. Our warehouse team "
    "works through damage claims by e-mail, so please send two or three photos to "
    "claims@brackenloam.com with your order number in the subject line, and they'll take it "
    "from there.",
    "Moves a damage claim to the seller's own e-mail address.")

add("violation", ["OP"], ["phone"], "reply", "en",
    "Germination questions are often quickest to talk through. Our grower line is open weekdays "
    "from 9 to 5 Pacific time on +1 (503) 555-0164; ask for Hana and mention the Sunfleck trio.",
    "Gives the seller's own phone number in international form; not a carrier or warranty line.")

add("violation", ["OP"], ["messaging-app"], "reply", "en",
    "Thanks for the photos of the pea seedlings. They look leggy, which usually means too little "
    "light. Our seed adviser Hana answers this sort of thing on WhatsApp as well, and you can "
    "send her a video there: +44 7700 900417.",
    "Invites the buyer to continue on WhatsApp with a number.")

add("violation", ["OP", "MK"], ["messaging-app", "promotion"], "proactive", "en",
    "Hello from Brackenloam! Your Kettle Green peas have shipped. We run a growers' circle on "
    "Telegram where we post frost warnings and members-only seed offers. Search for "
    "@bkloam_growers to join.",
    "A Telegram handle (off-platform) advertised with members-only offers (marketing).")

add("violation", ["OP", "MK"], ["social", "promotion"], "reply", "en",
    "Glad the tray fits your windowsill. We post a planting guide every Sunday on Instagram; "
    "follow @brackenloam.grows and you'll also catch our seasonal giveaways.",
    "An Instagram handle to follow, with giveaways as the draw: off-platform and promotional.")

add("violation", ["OP"], ["website"], "reply", "en",
    "The full sowing calendar for your zone is too long to paste here, but it lives on our own "
    "site under Planting Calendar. Just search for Brackenloam Garden Co. and it's the first "
    "result.",
    "Sends the buyer to the seller's own site by name; no URL is needed for diversion.",
    ["indirect"])

add("violation", ["OP"], ["qr"], "proactive", "en",
    "Your seed tin was delivered today. Inside the lid there's a small printed square; point "
    "your camera at it and it opens a chat with our growing team, who can answer anything about "
    "timing, spacing or soil.",
    "A QR code that opens a chat outside Amazon, described without the word QR.",
    ["indirect"])

add("violation", ["OP"], ["url"], "reply", "en",
    "For the rose-pruning question, the diagrams are easier to follow than any description. "
    "You'll find them at https://brackenloam.com/guides/rose-pruning, step by step with photos.",
    "A link to the seller's own site; helpful content does not make a non-Amazon URL allowed.")

add("violation", ["MK"], ["coupon"], "proactive", "en",
    "Hello Meera, thank you for ordering the Rillside lettuce mix. As a returning customer you "
    "can take 15% off your next seed order with code SOWAGAIN15 until the end of May.",
    "A discount code for the next order.")

add("violation", ["MK"], ["new-product"], "reply", "en",
    "Sunfleck seedlings should be spaced about 45 cm apart once they go outside, and staked "
    "early. By the way, this spring we added a fourth tomato to the Sunfleck line, a golden pear "
    "type, and the first growers have been delighted with it. It's worth a look when you plan "
    "next year's beds.",
    "The spacing answer is fine; the unrequested pitch for a newly added variety is marketing.",
    ["indirect"])

add("violation", ["MK"], ["listing-link"], "reply", "en",
    "The pruners don't come with a holster, I'm afraid. Most of our customers carry them in our "
    "leather holster, which you can find here: https://www.amazon.com/dp/B0BKL4H2Q9",
    "Answers the question, then links another of the shop's Amazon listings: cross-selling "
    "(Amazon's own domain, so not off-platform).")

add("violation", ["MK"], ["buy-again"], "proactive", "en",
    "Hi Sam, it has been about six weeks since your Rillside lettuce seeds arrived, so the first "
    "sowing is probably nearly ready to cut. Sowing a short row every three weeks keeps the salad "
    "coming all summer, and the same packet is one click away in Your Orders whenever you want "
    "the next one.",
    "An unsolicited nudge to order the same seeds again.",
    ["indirect"])

add("violation", ["MK"], ["sale"], "proactive", "en",
    "Our spring clearance runs until Sunday: every hand tool in our Amazon store is a third off, "
    "including the SnipWren pruners and the LoamLift fork. Happy gardening from all of us at "
    "Brackenloam.",
    "A sale announcement; staying on Amazon does not make it permitted.")

add("violation", ["MK"], ["cross-sell"], "proactive", "en",
    "Your LoamLift border fork has been delivered. Gardeners who dig with the fork usually end up "
    "wanting the matching hand trowel with the same ash handle; it's listed under our brand name "
    "on Amazon if you'd like one for the smaller jobs.",
    "Pushes a matching product in a delivery message.",
    ["indirect"])

add("violation", ["MK"], ["cross-sell"], "reply", "en",
    "Yes, the RootCradle tray has 24 cells. If you find you need more trays, the five-tray pack "
    "works out much cheaper per tray than buying singles, and it's in stock right now.",
    "Answers the cell count, then pitches a larger pack the buyer did not ask about.",
    ["indirect"])

add("violation", ["MK"], ["coupon"], "proactive", "en",
    "Hello again from Brackenloam. Whatever you order from us before the end of March comes to a "
    "quarter less at checkout if you type BEDPREP into the box where Amazon asks for a claim "
    "code.",
    "A promotional code described as a claim code.")

add("violation", ["MK"], ["buy-again"], "proactive", "en",
    "Seeds stay at their best for about a season, so next spring's sowing will want a fresh "
    "packet. The listing you used this time will be waiting for you, and we'll have the "
    "February harvest in stock well before then.",
    "A reorder push dressed as seed-keeping advice.",
    ["indirect"])

# ---- Simplified Chinese (14) --------------------------------------------------------------
add("violation", ["RI"], ["positive-request"], "proactive", "zh",
    "您好！您订购的SnipWren修枝剪已经签收（订单号 113-4401729-8856130）。我们是一家只有五个人的"
    "小园艺店，新顾客往往只看页面上的分数来决定买不买。如果这把剪刀用着顺手，希望您在商品页给它"
    "打满分，帮我们撑一撑。谢谢！",
    "Asks for the maximum score on the product page if the buyer is satisfied.",
    ["indirect"])

add("violation", ["RI"], ["incentive"], "proactive", "zh",
    "亲爱的顾客您好，您的矮生豌豆种子已经送达。写评价时附上出苗照片、字数满30字的顾客，可以"
    "联系我们免费领取一包鸢尾花种子，先到先得。祝种植顺利！",
    "A free seed packet for a review with photos and 30 characters.")

add("violation", ["RI"], ["change-review"], "reply", "zh",
    "您好，补发的育苗盘已经在今天寄出，运单号会在发货后更新到订单里。另外，看到您之前在商品页"
    "写的内容还停留在收到破损的那一次。既然问题已经处理好了，方便的时候能不能把那段文字改成现在"
    "的情况？非常感谢。",
    "Asks the buyer to rewrite the text posted on the product page after a replacement.",
    ["indirect"])

add("violation", ["RI"], ["feedback-removal"], "reply", "zh",
    "您好，延迟发货确实是我们的问题，再次向您道歉。您留下的那条卖家反馈让我们的店铺评分掉到了"
    "4.6，平台已经在审核我们的账户。恳请您今天撤回这条反馈，对我们真的非常重要。",
    "Presses the buyer to withdraw seller feedback, citing the shop's score and account review.")

add("violation", ["RI"], ["gating"], "proactive", "zh",
    "您好，您的生菜种子已签收。种子发芽受温度影响很大，如果出现任何问题，请先在这里联系我们，"
    "我们一定处理到您满意，请不要直接到商品页留言评价。",
    "Tells buyers with problems to contact the seller instead of reviewing.")

add("violation", ["RI"], ["steering"], "proactive", "zh",
    "您好，感谢选购蕨壤园艺的番茄种子！写评价的时候，麻烦提一下\u201c发芽率高\u201d和\u201c包装用心\u201d"
    "这两点，再附两张出苗的照片就更好了，这样其他园友看得更清楚。",
    "Dictates the phrases and photos the review should contain.")

add("violation", ["OP"], ["messaging-app"], "reply", "zh",
    "您好，关于育苗盘漏水的问题，文字不好描述，您可以加我们的微信 brackenloam_cs，直接发个视频"
    "过来，我们的园艺师看了马上给您方案。",
    "A WeChat ID for continuing the conversation off Amazon.")

add("violation", ["OP"], ["phone"], "reply", "zh",
    "您好，播种深度和温度的问题比较多，电话里说更快。您可以拨打我们的售后专线 +86 170 5550 0136"
    "（工作日9点到18点），报一下订单号就行。",
    "The seller's own hotline in +86 form.")

add("violation", ["OP"], ["website"], "reply", "zh",
    "您好，您要的全年播种日历我们放在自己的主页上了，在搜索引擎里搜\u201c蕨壤园艺\u201d就能找到，"
    "点进去首页就有下载。",
    "Sends the buyer to the shop's own web page by search term.",
    ["indirect"])

add("violation", ["MK"], ["coupon"], "proactive", "zh",
    "您好，您的园艺跪垫已经发货。顺便告诉您，店铺现在有满50减10的优惠券，下次下单前记得在商品页"
    "领取哦。",
    "Advertises a store coupon in a shipping message.")

add("violation", ["MK"], ["new-product"], "reply", "zh",
    "您好，番茄苗徒长主要是光照不足，建议把育苗盘移到南窗。另外我们刚上了新品：耐寒羽衣甘蓝种子，"
    "秋天也能播，欢迎关注。",
    "Useful answer followed by a new-product announcement.")

add("violation", ["MK"], ["buy-again"], "proactive", "zh",
    "您好，距离您上次购买生菜种子已经两个月了，按每三周播一次算应该快用完了。秋播季节马上到，"
    "欢迎回购，老顾客下单我们优先发货。",
    "An unsolicited buy-again push.")

add("violation", ["RI", "MK"], ["incentive", "coupon"], "proactive", "zh",
    "您好，修枝剪已经签收。本月在商品页晒图评价的顾客，下次购买我们的园艺手套都可以享受八折，"
    "评价完把截图发给我们就能拿到折扣码。",
    "A discount code in exchange for a review with photos: incentive plus coupon.")

add("violation", ["MK"], ["storefront-link"], "proactive", "zh",
    "您好，您的育苗盘已经送达。买育苗盘的园友大多会再配一个同尺寸的保湿罩，出苗更整齐，在我们的"
    "亚马逊品牌店里就能找到：https://www.amazon.com/stores/BrackenloamGardenCo/page/"
    "9E02B6D4-31AF-4C85-B7E0-6A5F1C2D8B43",
    "Pushes a matching accessory with a link to the brand's Amazon storefront.")

# ---- Traditional Chinese (8) --------------------------------------------------------------
add("violation", ["RI"], ["steering"], "proactive", "zh",
    "您好，您訂購的修枝剪已經送達。之後在商品頁寫評論時，若能提到「刀口鋒利」和「出貨很快」，"
    "再附上一張修剪玫瑰的照片，對其他買家會很有幫助。謝謝您！",
    "Tells the buyer which points to mention and which photo to add.",
    trad=True)

add("violation", ["RI"], ["incentive"], "proactive", "zh",
    "您好，您的野花種子已經出貨，預計週五送達。本月凡是在商品頁分享種植心得的買家，都能參加我們"
    "的月底抽獎，獎品是一整季的種子禮盒。分享後把您的公開暱稱回覆在這裡，我們就幫您登記。",
    "Prize-draw entry for posting on the product page.",
    ["indirect"], trad=True)

add("violation", ["RI"], ["gating"], "reply", "zh",
    "您好，謝謝您的詢問。種子寄出前都有做發芽測試，不過居家環境差異很大。萬一出苗不如預期，請先"
    "在這裡私訊我們，我們會補寄或提供建議，先別急著到商品頁寫下感想喔。",
    "Asks unhappy buyers to message the seller before writing on the product page.",
    ["indirect"], trad=True)

add("violation", ["OP"], ["messaging-app"], "reply", "zh",
    "您好，育苗的問題用文字比較難說明，歡迎加我們的 LINE 官方帳號 @bkloam.tw，園藝師會一對一"
    "回覆，也可以直接傳照片。",
    "A LINE account for support outside Amazon.",
    trad=True)

add("violation", ["OP", "MK"], ["social", "promotion"], "proactive", "zh",
    "您好，您的園藝跪墊已經出貨。我們的臉書粉絲專頁「蕨壤園藝 Brackenloam」每週都會分享育苗影片，"
    "還有不定期的抽獎送種子活動，歡迎按讚追蹤！",
    "A Facebook page to follow, promoted with giveaways.",
    trad=True)

add("violation", ["OP"], ["qr"], "proactive", "zh",
    "您好，包裹裡附了一張種植小卡，卡片背面有一個QR碼，掃描後就能直接和我們的客服對話，任何播種"
    "問題都可以問。",
    "A QR code that opens a chat with the seller outside Amazon.",
    trad=True)

add("violation", ["MK"], ["sale"], "proactive", "zh",
    "您好，感謝您的訂購。母親節檔期我們全館園藝工具打八折，活動到本週日為止，修枝剪和移植鏟都有"
    "參加，歡迎把握機會。",
    "A holiday sale announcement.",
    trad=True)

add("violation", ["MK"], ["storefront-link"], "reply", "zh",
    "您好，這款番茄種子目前只有三色組合。想看看我們其他的種子，可以到我們在亞馬遜的品牌商店："
    "https://www.amazon.com/stores/BrackenloamGardenCo/page/4C7E21A0-9B3D-4F6A-8E52-1D0B7C9A3F18",
    "Answers the question, then links the brand's Amazon storefront: marketing, not off-platform.",
    trad=True)

# ---- Mixed (5) ----------------------------------------------------------------------------
add("violation", ["RI"], ["positive-request"], "proactive", "mixed",
    "您好！您的番茄种子已经送达 (order 112-9937714-0248816)。等小苗长出来以后，if you're happy "
    "with them, please leave us a 5-star review，对我们小店真的很重要。Thank you!",
    "Asks for a five-star review, conditioned on being happy.")

add("violation", ["OP"], ["email"], "reply", "mixed",
    "您好，收到破损的跪垫真的很抱歉。请把照片发到 photos@brackenloam.com，写上 order number，"
    "our team will check within 24 hours。",
    "The seller's e-mail address for a damage claim.")

add("violation", ["MK"], ["coupon"], "proactive", "mixed",
    "感谢您再次选择 Brackenloam！Next time you order, use code GREENTHUMB10 即可立减10%，全店种子"
    "通用，valid until June 30。",
    "A discount code for the next order.")

add("violation", ["RI"], ["feedback-removal"], "reply", "mixed",
    "Hi Kevin，关于这次延迟发货我们非常抱歉。If you could remove the seller feedback you left "
    "yesterday，我们会送您一张20美元的 Amazon gift card 作为补偿。",
    "A gift card offered for removing seller feedback: Amazon's own example of a violation, "
    "reworded.")

add("violation", ["MK"], ["cross-sell"], "reply", "mixed",
    "您问的 kneeler 厚度是 4 cm。很多买家会把它和我们的 knee pads 一起买，working on gravel 会舒服"
    "很多，在店铺里搜 Brackenloam 就能看到。",
    "Answers the thickness, then pitches another of the shop's products.",
    ["indirect"])

# ===========================================================================================
# EVASIONS (25)
# ===========================================================================================

# ---- English (11) -------------------------------------------------------------------------
add("evasion", ["OP"], ["messaging-app"], "reply", "en",
    "Happy to help with the seedlings. The quickest way to reach our grower is W h a t s A p p "
    "on +1 503 555 0191; just send a photo of the tray and she'll reply the same day.",
    "WhatsApp with its letters spaced out, plus a number.",
    ["spacing"])

add("evasion", ["OP"], ["email"], "reply", "en",
    "The germination chart is a large file that won't attach here. Drop a line to corin at "
    "brackenloam dot com and I'll send it straight back.",
    "An e-mail address spelled out with 'at' and 'dot'.",
    ["spelled-email"])

add("evasion", ["OP"], ["phone"], "proactive", "en",
    "Your cedar raised bed has shipped. For help with assembly, call our workshop on "
    "\uff0b\uff11 \uff15\uff10\uff13 \uff15\uff15\uff15 \uff10\uff11\uff17\uff12 any weekday.",
    "The seller's phone number in full-width digits.",
    ["fullwidth"])

add("evasion", ["RI"], ["positive-request"], "proactive", "en",
    "Hi Noor, the Pollinator Meadow Mix you ordered was delivered yesterday. When the first "
    "flowers open, a 5\u200b-\u200bstar rev\u200biew from you would help our little seed house "
    "more than you know.",
    "A five-star review request with zero-width characters inside the key words.",
    ["zero-width"])

add("evasion", ["OP"], ["social"], "reply", "en",
    "We share a short video for each sowing month in our F\u0430cebook group, Brackenloam "
    "Growers. Ask to join and the whole archive is there.",
    "A Facebook group invitation with a Cyrillic letter inside the platform name.",
    ["homoglyph"])

add("evasion", ["RI"], ["positive-request"], "proactive", "en",
    "Hello Ines, your trowel set was delivered on Monday. If it has earned its keep in the "
    "borders, we'd love to see \u2b50\u2b50\u2b50\u2b50\u2b50 under the listing. Thank you for "
    "backing a small shop!",
    "Five star emoji stand in for a five-star rating request.",
    ["star-symbols"])

add("evasion", ["RI"], ["incentive"], "proactive", "en",
    "Hi Gareth, your Kettle Green peas arrived on Thursday. Once your thoughts are up on the "
    "product page, let us know the name you posted under and a little something from our seed "
    "vault will find its way to your letterbox.",
    "A vague gift promised for proof of a posted review.",
    ["euphemism"])

add("evasion", ["MK"], ["coupon"], "proactive", "en",
    "Thanks for shopping with Brackenloam. Next time, use c0de SPR1NGS0W at checkout for 20% "
    "0ff any seed packet.",
    "A discount code with digits for letters.",
    ["leetspeak"])

add("evasion", ["OP"], ["phone"], "reply", "en",
    "If the fork's shaft is giving you trouble, text our workshop on five oh three, five five "
    "five, oh one eight one and we'll sort it out.",
    "The seller's phone number written out in words.",
    ["spelled-number"])

add("evasion", ["OP", "MK"], ["url", "sale"], "proactive", "en",
    "Your LoamLift fork is on its way. Our spring seed sale is running this week at "
    "brackenloam [dot] com / spring, with prices you won't see on Amazon.",
    "An obfuscated link to the seller's own shop with a sale cheaper than Amazon.",
    ["spelled-url"])

add("evasion", ["OP"], ["messaging-app"], "reply", "en",
    "For frost alerts and sowing reminders, look us up on the paper-plane messaging app under "
    "bkloam_growers. Hana answers questions there every evening.",
    "Telegram named by its logo, with the shop's handle.",
    ["euphemism"])

# ---- Simplified Chinese (7) ---------------------------------------------------------------
add("evasion", ["RI"], ["incentive"], "proactive", "zh",
    "您好，番茄种子已经签收啦。给我们一个haoping，截图发过来就能领3美元fanxian，名额有限，先到"
    "先得。",
    "Cash back for a positive review, with both key words in pinyin.",
    ["pinyin"])

add("evasion", ["OP"], ["messaging-app"], "reply", "zh",
    "您好，图片在这里传不清楚的话，可以加我们威信 bkloam_garden，直接发高清原图，园艺师在线解答。",
    "WeChat written with a homophone (威信).",
    ["homophone"])

add("evasion", ["OP"], ["messaging-app"], "reply", "zh",
    "种子的问题可以加VX：bkl_seed88，备注订单号，晚上也有人回复。",
    "WeChat abbreviated as VX.",
    ["abbreviation"])

add("evasion", ["OP"], ["phone"], "proactive", "zh",
    "您好，您的木质种植箱已经发货。安装时有任何问题，请致电一七零 五五五零 零一五三，师傅会一步步"
    "教您。",
    "A phone number written in Chinese numerals.",
    ["cn-numerals"])

add("evasion", ["MK"], ["coupon"], "proactive", "zh",
    "您好，跪垫已经送达。本周店铺 优 惠 券 满 30 减 5 ，结账时自动使用，欢迎再来逛逛。",
    "A store coupon with the key word split by spaces.",
    ["spacing"])

add("evasion", ["RI"], ["incentive"], "proactive", "zh",
    "您好，豌豆种子已经签收。等小苗长出来，去商品页分享一下种植感受，然后来这里说一声，我们给您"
    "准备了一份小惊喜，直接寄到府上。",
    "A 'small surprise' gift for sharing on the product page.",
    ["euphemism"])

add("evasion", ["OP"], ["email"], "reply", "zh",
    "您好，发票和保修卡的扫描件比较大，请发邮件到 "
    "\uff43\uff41\uff52\uff45\uff20\uff42\uff52\uff41\uff43\uff4b\uff45\uff4e\uff4c\uff4f\uff41"
    "\uff4d\uff0e\uff43\uff4f\uff4d，我们当天处理。",
    "The seller's e-mail address in full-width characters.",
    ["fullwidth"])

# ---- Traditional Chinese (3) --------------------------------------------------------------
add("evasion", ["OP"], ["messaging-app"], "reply", "zh",
    "您好，照片在這裡傳會被壓縮，建議加我們的 L\u200bI\u200bN\u200bE：bkloam_tw，園藝師可以直接看"
    "原圖回覆您。",
    "LINE split with zero-width characters.",
    ["zero-width"], trad=True)

add("evasion", ["RI"], ["change-review"], "reply", "zh",
    "您好，很高興新的修枝剪用起來順手。既然問題都解決了，想請您有空時回到商品頁，把當初點暗的那"
    "幾顆星星重新點亮，讓後來的買家看到現在的情況。",
    "Asks the buyer to raise an existing star rating, phrased as relighting stars.",
    ["euphemism"], trad=True)

add("evasion", ["MK"], ["coupon"], "proactive", "zh",
    "您好，移植鏟已經送達。下次結帳時輸入通關密語 SPRINGTILL，整筆訂單就少兩成，這是只給老朋友的"
    "小祕密。",
    "A discount code called a 'passphrase'.",
    ["euphemism"], trad=True)

# ---- Mixed (4) ----------------------------------------------------------------------------
add("evasion", ["OP"], ["messaging-app"], "reply", "mixed",
    "您好，这个 issue 用文字不太好说，加我 V\u2764 bkloam_zoe，send me a video，faster reply "
    "guaranteed。",
    "WeChat written as V plus a heart symbol.",
    ["abbreviation"])

add("evasion", ["RI"], ["incentive"], "proactive", "mixed",
    "您好，修枝剪已送达。如果给了 5\u2606，截图发给我们，shipping fee 全退给您，thanks for your "
    "support！",
    "Shipping refund for a five-star rating written with a star symbol.",
    ["star-symbols"])

add("evasion", ["OP", "MK"], ["url", "new-product"], "proactive", "mixed",
    "您好，您的番茄种子已发货！我们的 new arrivals 提前看：bkl.ink/new25，早鸟价 only this week。",
    "A link shortener to the shop's new products at an early-bird price.",
    ["shortener"])

add("evasion", ["OP"], ["messaging-app"], "reply", "mixed",
    "您好，Hana 可以帮您看看 seedlings 的情况，她的 Whats\nApp 是\n+44 7700\n900 518，直接发照片"
    "就行。",
    "WhatsApp and its number broken across lines.",
    ["split-lines"])

# ===========================================================================================
# NEAR-MISSES (50): compliant for all three policies, built to trip naive rules
# ===========================================================================================

# ---- English (25) -------------------------------------------------------------------------
add("near-miss", [], [], "proactive", "en",
    "Hello Dara,\n\nOrder 113-2290471-5583016: your Pollinator Meadow Mix was delivered last "
    "week. Once the first shoots show, you're welcome to describe how it went on the product "
    "page, whether it thrived or struggled. Other gardeners read those accounts closely before "
    "they sow.\n\nBrackenloam Garden Co.",
    "A single neutral review request with no condition, incentive or steering.",
    ["neutral-review-request"])

add("near-miss", [], [], "proactive", "en",
    "Hi Felix, your SnipWren pruners (order 114-8821306-4470925) arrived on the 3rd. We'd value "
    "a review from you, positive or negative; an honest account is more useful to the next buyer "
    "than anything we could write.",
    "Neutral request; 'positive' appears but is balanced by 'negative'.",
    ["neutral-review-request"])

add("near-miss", [], [], "proactive", "en",
    "Hello Maeve, order 112-3378140-6619037 was delivered on Saturday. If you'd like to write a "
    "review of the RootCradle tray, the form is here: "
    "https://www.amazon.com/review/create-review?asin=B0BKL7M2T4 and anything you say about your "
    "experience is welcome.",
    "Neutral request with a link to Amazon's own review form: not off-platform, not marketing.",
    ["amazon-link"])

add("near-miss", [], [], "reply", "en",
    "Thank you for confirming that the new dome fits and that the refund for the cracked one has "
    "reached you. If you are satisfied that we have resolved your concerns, it is possible to "
    "update or remove the seller feedback you left earlier. Whether you do so is entirely up to "
    "you.",
    "Amazon's acceptable neutral notice about seller feedback, after resolution.",
    ["feedback-notice"])

add("near-miss", [], [], "reply", "en",
    "I'm sorry only a handful of the pepper seeds came up. I've issued a full refund to your "
    "original payment method; it should show within 3 to 5 business days. There's no need to "
    "send the packet back.",
    "A refund as a remedy, with no mention of reviews.",
    ["remedy"])

add("near-miss", [], [], "reply", "en",
    "A replacement pair of SnipWren pruners has been sent free of charge, since the spring on "
    "yours snapped in the first week. Kestrel Parcel tracking: KP4730912558014.",
    "A free replacement is a remedy, not a promotion.",
    ["remedy"])

add("near-miss", [], [], "reply", "en",
    "Your order 114-5550139-2087315 was scanned at our warehouse on Tuesday and handed to the "
    "carrier on Wednesday. It's running on schedule for Friday.",
    "The order id contains 555-0139 but is an Amazon order id, not a phone number.",
    ["id-lookalike"])

add("near-miss", [], [], "reply", "en",
    "The Kestrel Parcel tracking number for your raised bed is KP 503 555 0148 229. It shows the "
    "parcel at the regional depot, out for delivery tomorrow.",
    "A tracking number grouped like a US phone number.",
    ["id-lookalike"])

add("near-miss", [], [], "reply", "en",
    "As you asked, we have cancelled the duplicate order 113-6027718-5401936 and removed the "
    "second charge. Your original order is unaffected and ships tomorrow.",
    "'Cancelled' and 'removed' are order handling at the buyer's request.",
    ["logistics-verb"])

add("near-miss", [], [], "reply", "en",
    "Done: the delivery address on order 111-9083326-7720158 has been changed to the allotment "
    "address you sent, and the label was updated before collection. Let us know if the gate code "
    "needs changing too.",
    "'Changed', 'updated' and 'code' are about the address and a gate, not reviews or coupons.",
    ["logistics-verb"])

add("near-miss", [], [], "reply", "en",
    "To answer your question plainly: we don't offer anything in return for reviews, and we "
    "won't ask you to change what you've written. What we can do is send a kneeler with the "
    "reinforced seam, which is already packed.",
    "Negated review words; the replacement is a remedy with nothing asked back.",
    ["negation"])

add("near-miss", [], [], "reply", "en",
    "Thanks for asking, Mr. Petrakis. We can't give discounts or freebies for reviews; Amazon's "
    "rules don't allow it, and it isn't how we work. The refund for the late parcel is separate "
    "and was issued yesterday.",
    "Refuses a review incentive the buyer asked about; the refund is for a late parcel.",
    ["negation"])

add("near-miss", [], [], "reply", "en",
    "I understand a call would be easier, but we can't move this to WhatsApp or the phone. "
    "Keeping everything in Amazon messages means there's a record for both of us. Could you "
    "attach the photo here instead?",
    "Names WhatsApp and phone only to decline moving off Amazon.",
    ["negation"])

add("near-miss", [], [], "reply", "en",
    "> Buyer wrote: \"Just ring me on 07700 900632 or email dana.rowe@quillmarsh.net, it's "
    "easier than this.\"\n\nThanks, Dana. For your privacy we'll keep everything in Amazon "
    "messages. The replacement trowel ships on Monday and you'll see tracking in Your Orders.",
    "The phone number and e-mail are the buyer's own, in a quoted message; the seller's text "
    "stays on Amazon.",
    ["quoted-buyer"])

add("near-miss", [], [], "reply", "en",
    "You wrote: \"Send the replacement and I'll bump it to five stars.\" There's no need for "
    "anything like that. The replacement goes out today regardless, and what you write is "
    "entirely yours.",
    "The five-star offer is the buyer's quoted words, and the seller declines it.",
    ["quoted-buyer"])

add("near-miss", [], [], "reply", "en",
    "Your raised bed kit is with Kestrel Parcel under tracking KP 419 2207 3356 08. If the "
    "driver can't find the side gate, their delivery desk is on 1-800-555-0119; quote the "
    "tracking number and they can rebook the slot.",
    "A carrier's phone number in a delivery context is allowed.",
    ["carrier-phone"])

add("near-miss", [], [], "proactive", "en",
    "Hello Mr. Ferreira, order 112-7450931-2286604: the cedar raised bed kit weighs 42 kg and "
    "travels by freight. The freight company needs a contact number to book a two-hour delivery "
    "slot. Please confirm in this thread the best number for the driver to use on the day.",
    "Asking for a phone number to schedule a bulky delivery is a permitted purpose.",
    ["heavy-item-phone"])

add("near-miss", [], [], "reply", "en",
    "'Five Star Parade' is the name of the sunflower variety in the mix; it's a multi-headed type "
    "that reaches about 1.5 m. It isn't a rating, just what the breeder called it.",
    "'Five Star' is a variety name in a product answer.",
    ["product-term"])

add("near-miss", [], [], "reply", "en",
    "The 10% coupon you noticed is one Amazon shows on the listing and applies at checkout. If it "
    "didn't appear on your order, it had probably ended; coupons are set up on Amazon's side and "
    "we can't add one to a past order.",
    "Explains an Amazon coupon the buyer asked about; offers nothing.",
    ["coupon-question"])

add("near-miss", [], [], "reply", "en",
    "Of course. You can start the return from Your Orders on Amazon "
    "(https://www.amazon.com/gp/css/order-history); choose the kneeler and the reason, and "
    "Amazon will show you the return options.",
    "A link to Amazon's own order page, needed for the return.",
    ["amazon-link"])

add("near-miss", [], [], "reply", "en",
    "Thank you for mentioning your review, Mrs. Ito, and for the photo of the first tomatoes. "
    "We're glad the Sunfleck seeds did so well in your greenhouse.",
    "Thanks for a review the buyer mentioned; nothing is asked.",
    ["review-thanks"])

add("near-miss", [], [], "reply", "en",
    "That e-mail came from Amazon, which sends its own requests to buyers automatically. You "
    "don't have to do anything with it; it's entirely optional.",
    "Explains Amazon's automatic review e-mail; no request, no contact detail.",
    ["amazon-notice"])

add("near-miss", [], [], "proactive", "en",
    "Hello Ms. Grant, we read your comment about the trowel handle working loose. We're sending "
    "a new trowel with the revised handle at no charge; tracking will appear in Your Orders. "
    "Nothing further is needed from you.",
    "A courtesy remedy after a critical review with nothing asked back.",
    ["remedy"])

add("near-miss", [], [], "reply", "en",
    "The parcel arrives at the Tacoma depot on Thursday and should be at your door on Friday. The "
    "red dot on the box marks the side that should stay up, because the seed tins are packed "
    "standing.",
    "Ordinary 'at' and 'dot' that a spelled-email rule must not read as an address.",
    ["at-dot"])

add("near-miss", [], [], "reply", "en",
    "Our team is reviewing the photos you sent. Meanwhile, please remove the plastic sleeve from "
    "the tines before use; the fork is rated for heavy clay, and the star-shaped tip of each tine "
    "breaks up compacted soil.",
    "'Reviewing', 'remove', 'rated' and 'star' in their product and service senses.",
    ["word-sense"])

# ---- Simplified Chinese (12) --------------------------------------------------------------
add("near-miss", [], [], "reply", "zh",
    "您好，您问的发芽率，我们检索评测记录后确认：这批番茄种子在实验室条件下为92%，家庭育苗一般会"
    "略低一些。",
    "检索评测 contains the substring 索评 but is about looking up test records.",
    ["substring"])

add("near-miss", [], [], "reply", "zh",
    "您好，关于种植箱的实际尺寸，您可以在商品页搜索评论里的\u201c尺寸\u201d二字，很多买家都附了实拍图；"
    "具体数据是长120厘米、宽60厘米。",
    "搜索评论 contains 索评; pointing to existing reviews for sizes asks for nothing.",
    ["substring"])

add("near-miss", [], [], "proactive", "zh",
    "您好，订单 113-5590218-3307741 的野花种子已经送达。开花之后，欢迎您在商品页分享真实的种植"
    "体验，好的坏的都可以，对其他园友很有参考价值。",
    "A neutral review request.",
    ["neutral-review-request"])

add("near-miss", [], [], "reply", "zh",
    "您好，补发的跪垫您已经确认收到，问题也已解决。如果您认为我们已经处理好了您的问题，您可以自行"
    "选择更新或移除之前留下的卖家反馈，是否操作完全由您决定。",
    "The neutral seller-feedback notice after resolution.",
    ["feedback-notice"])

add("near-miss", [], [], "reply", "zh",
    "您好，非常抱歉豌豆种子出苗率太低。已为您办理全额退款，3到5个工作日原路退回，种子无需寄回。",
    "A refund as a remedy.",
    ["remedy"])

add("near-miss", [], [], "reply", "zh",
    "您好，已按您的要求取消重复下的订单 114-2287096-5130842，原订单不受影响，明天照常发货。",
    "取消 is order handling at the buyer's request.",
    ["logistics-verb"])

add("near-miss", [], [], "reply", "zh",
    "您好，收货地址已修改为您提供的新地址，旧地址已从订单备注中删除，快递面单也同步更新了。",
    "修改, 删除 and 更新 are address handling.",
    ["logistics-verb"])

add("near-miss", [], [], "reply", "zh",
    "您好，您的订单 114-5550142-7730961 已交给青禾物流，运单号 QH1705550127，预计后天送达。",
    "An order id containing 555-0142 and a waybill number that starts like a Chinese mobile "
    "number.",
    ["id-lookalike"])

add("near-miss", [], [], "reply", "zh",
    "您好，您的种植箱由青禾物流配送，运单号 QH8832046159。如果派送时联系不上，可以拨打青禾物流"
    "客服 400-555-0126，报运单号即可改约时间。",
    "The carrier's service number in a delivery context.",
    ["carrier-phone"])

add("near-miss", [], [], "reply", "zh",
    "您好，谢谢您主动问这个问题。我们不会以任何形式要求好评，也不提供返现或礼品，您的评价按真实"
    "感受写就好。有其他问题随时在这里留言。",
    "好评 and 返现 appear only under negation; the rest is neutral.",
    ["negation"])

add("near-miss", [], [], "reply", "zh",
    "您好，包装上的\u201c新品\u201d标签指的是2025年新采收的种子批次，不是新的品种，和您之前买的是"
    "同一个番茄品种。",
    "新品 is explained as a harvest-lot label in answer to the buyer.",
    ["product-term"])

add("near-miss", [], [], "reply", "zh",
    "您好，您在留言里写了\u201c我的微信是 garden_lu77，加我聊更方便\u201d。为了保护您的隐私，我们只"
    "在亚马逊消息里沟通，请直接在这里上传照片即可。",
    "The WeChat id is the buyer's, quoted; the seller keeps the conversation on Amazon.",
    ["quoted-buyer"])

# ---- Traditional Chinese (8) --------------------------------------------------------------
add("near-miss", [], [], "proactive", "zh",
    "您好，訂單 112-6604481-9923075 的番茄種子已經送達。等小苗長大後，不論滿意與否，都歡迎您到"
    "商品頁寫下真實的種植經驗，給其他園藝同好參考。",
    "A neutral review request ('satisfied or not').",
    ["neutral-review-request"], trad=True)

add("near-miss", [], [], "reply", "zh",
    "您好，退款已經完成，您也確認收到了新的跪墊。如果您認為問題已經獲得解決，可以自行決定是否更新"
    "或移除先前留下的賣家意見回饋，我們尊重您的選擇。",
    "The neutral seller-feedback notice after resolution.",
    ["feedback-notice"], trad=True)

add("near-miss", [], [], "reply", "zh",
    "您好，很抱歉修枝剪的彈簧斷了。我們已經為您免費補寄一把新的，不需要退回原商品，運單號碼會更新"
    "在訂單裡。",
    "A free replacement as a remedy.",
    ["remedy"], trad=True)

add("near-miss", [], [], "reply", "zh",
    "您好，已依照您的要求取消訂單 113-4418850-2275603，款項會在五個工作天內退回原付款方式。",
    "取消 is order handling at the buyer's request.",
    ["logistics-verb"], trad=True)

add("near-miss", [], [], "reply", "zh",
    "您好，我們檢索評測報告後確認，這款野花種子混合包含十二個品種，適合春季直接播種。",
    "檢索評測 contains 索評 across a word boundary.",
    ["substring"], trad=True)

add("near-miss", [], [], "reply", "zh",
    "您好，您的種植箱由青禾宅配負責配送，託運單號 QH5521907734。若需要改約時間，可撥打青禾宅配"
    "客服 (02) 5550-0174，提供託運單號即可。",
    "The carrier's service number in a delivery context.",
    ["carrier-phone"], trad=True)

add("near-miss", [], [], "reply", "zh",
    "您好，退貨可以直接在亞馬遜的「您的訂單」頁面申請：https://www.amazon.com/gp/css/order-history"
    "，選擇要退的商品和原因即可。",
    "A link to Amazon's own order page for a return.",
    ["amazon-link"], trad=True)

add("near-miss", [], [], "reply", "zh",
    "您好，問題解決了我們也很開心。您問是否需要修改評論：完全不需要，評論怎麼寫由您決定，我們不會"
    "提出任何要求。",
    "The buyer offered to edit the review; the seller declines and asks for nothing.",
    ["negation"], trad=True)

# ---- Mixed (5) ----------------------------------------------------------------------------
add("near-miss", [], [], "proactive", "mixed",
    "您好，order 113-8870135-6621490 的番茄种子已经送达。When your seedlings are up，欢迎在 Amazon "
    "商品页分享您的真实体验，good or bad 都很有帮助。",
    "A neutral review request in mixed language.",
    ["neutral-review-request"])

add("near-miss", [], [], "reply", "mixed",
    "您好，您的 order 114-5550163-9028817 已经 shipped，tracking 是 KP 212 555 0107 364，预计"
    "周四送达。",
    "Order id and tracking number both contain 555-01xx sequences.",
    ["id-lookalike"])

add("near-miss", [], [], "reply", "mixed",
    "您好，your order 已按要求 cancelled，refund 会在 3-5 个工作日退回原支付方式，无需其他操作。",
    "Cancellation and refund at the buyer's request.",
    ["logistics-verb"])

add("near-miss", [], [], "reply", "mixed",
    "您好，您提到的 coupon 是 Amazon 在商品页自动显示的，it is applied at checkout automatically；"
    "如果没有显示，可能活动已经结束，我们这边无法修改。",
    "Explains an Amazon coupon the buyer asked about.",
    ["coupon-question"])

add("near-miss", [], [], "reply", "mixed",
    "您好，您的 raised bed kit 由 Kestrel Parcel 配送，tracking KP 660 1839 2045 71。如果需要"
    "改时间，可以打他们的 delivery desk 1-800-555-0119。",
    "The carrier's phone number in a delivery context.",
    ["carrier-phone"])

# ===========================================================================================
# CLEAN (20): nothing a rule should react to
# ===========================================================================================

# ---- English (11) -------------------------------------------------------------------------
add("clean", [], [], "reply", "en",
    "Sunfleck tomato seeds want to go about 6 mm deep in a fine seed compost. Keep them at around "
    "21 degrees and lightly moist, and you should see them come up within ten days.",
    "Sowing advice.")

add("clean", [], [], "reply", "en",
    "The spring on the SnipWren pruners can be tightened with the small brass nut under the "
    "pivot. Turn it a quarter at a time until the blades close without a gap.",
    "Product adjustment answer.")

add("clean", [], [], "reply", "en",
    "Our warehouse packed your seed tin this morning, and it should reach you by Thursday. The "
    "tins are sealed, so the seeds will stay dry even if the box sits outside for a while.",
    "Delivery answer to the buyer's question.")

add("clean", [], [], "reply", "en",
    "Peas don't transplant well once the roots are long, so sow them where they are to grow, "
    "about 5 cm apart in a double row. A few twiggy sticks are enough support for a dwarf type "
    "like Kettle Green.",
    "Sowing advice.")

add("clean", [], [], "reply", "en",
    "The LoamLift fork's shaft is carbon steel with a powder coat. Wipe off wet soil after use "
    "and hang it up dry, and it will last for years.",
    "Care answer.")

add("clean", [], [], "reply", "en",
    "Yes, the RootCradle tray has drainage holes in every cell. Stand it in a shallow saucer and "
    "water from below for the first week.",
    "Product answer.")

add("clean", [], [], "reply", "en",
    "Seeds keep best in a cool, dark, dry place. An airtight jar in a cupboard works well; the "
    "fridge is fine too if you keep the jar sealed.",
    "Storage answer.")

add("clean", [], [], "reply", "en",
    "Meadow mixes do best on poor soil, so there's no need to add compost. Clear the grass, rake "
    "the surface fine, scatter the seed and walk over it to press it in.",
    "Sowing advice.")

add("clean", [], [], "reply", "en",
    "The kneeler is 45 by 28 cm and the foam is closed-cell, so it won't soak up water if you "
    "leave it on damp grass.",
    "Product answer.")

add("clean", [], [], "reply", "en",
    "I'm sorry to hear the box arrived dented. Could you attach a picture of the pruners "
    "themselves here? If the blades are damaged we'll sort it out straight away.",
    "Asks for a picture through Amazon messages.")

add("clean", [], [], "reply", "en",
    "Basil hates cold nights. Keep the pots indoors until night temperatures stay above about 10 "
    "degrees, then harden them off over a week before planting out.",
    "Growing advice.")

# ---- Simplified Chinese (5) ---------------------------------------------------------------
add("clean", [], [], "reply", "zh",
    "您好，番茄种子的播种深度大约半厘米，用细一点的育苗土，保持在20度左右、稍微湿润，一般十天内"
    "就会出苗。",
    "Sowing advice.")

add("clean", [], [], "reply", "zh",
    "您好，修枝剪轴心下方有一个小铜螺母，顺时针拧四分之一圈就能把刀口调紧，调到两片刀刃合上没有"
    "缝隙就可以了。",
    "Product adjustment answer.")

add("clean", [], [], "reply", "zh",
    "您好，豌豆不太耐移栽，建议直接播在要种的位置，株距五厘米左右，双行种植，矮生品种用几根细树枝"
    "支撑就够了。",
    "Sowing advice.")

add("clean", [], [], "reply", "zh",
    "您好，种子最好放在阴凉、干燥、避光的地方保存，用密封罐装好放在柜子里就可以。",
    "Storage answer.")

add("clean", [], [], "reply", "zh",
    "您好，您的包裹今天上午已经打包好，预计周四送达。种子罐是密封的，即使在门外放一会儿也不会"
    "受潮。",
    "Delivery answer to the buyer's question.")

# ---- Traditional Chinese (3) --------------------------------------------------------------
add("clean", [], [], "reply", "zh",
    "您好，野花種子適合貧瘠的土壤，不需要另外施肥。把雜草清乾淨、表土耙細，撒上種子後踩一踩壓實"
    "就可以了。",
    "Sowing advice.",
    trad=True)

add("clean", [], [], "reply", "zh",
    "您好，跪墊的尺寸是四十五乘二十八公分，使用的是閉孔泡棉，放在潮濕的草地上也不會吸水。",
    "Product answer.",
    trad=True)

add("clean", [], [], "reply", "zh",
    "您好，羅勒很怕冷，請等夜間溫度穩定在十度以上再移到戶外，移植前先讓它在室外適應一週左右。",
    "Growing advice.",
    trad=True)

# ---- Mixed (1) ----------------------------------------------------------------------------
add("clean", [], [], "reply", "mixed",
    "您好，seed tray 的每个格子底部都有排水孔。前一周建议 bottom watering，把托盘放在浅水盘里，"
    "让土从下面吸水。",
    "Product answer in mixed language.")


def main():
    recs = list(RECORDS)
    random.Random(50).shuffle(recs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            rec = {"id": "h50-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": r["tags"], "note": r["note"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
