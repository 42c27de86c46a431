#!/usr/bin/env python3
"""Source of truth for holdout48.jsonl (hand-labelled held-out test set).

Every message text is a Python literal below. Characters outside ASCII, CJK ideographs and
ordinary Chinese punctuation (zero-width, full-width Latin, Cyrillic look-alikes, star symbols)
are written as \\uXXXX escapes. The records are shuffled with random.Random(48) and numbered
h48-001 ... h48-150.

Usage: python3 gen.py            (writes holdout48.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout48.jsonl")

RI = "review-inducement"
OP = "off-platform-contact"
MK = "marketing"

_RECS = []


def r(kind, ctx, lang, labels, extra, text, note, trad=False):
    """kind: violation|evasion|near-miss|clean; ctx: reply|proactive; extra: subtypes (one per
    label, in label order), then techniques (evasion only), then descriptors."""
    tags = [kind, ctx] + list(extra) + (["traditional"] if trad else [])
    _RECS.append({"text": text, "labels": list(labels), "lang": lang, "tags": tags, "note": note})


# =====================================================================================
# VIOLATIONS, English (27)
# =====================================================================================
r("violation", "proactive", "en", [RI], ["incentive", "indirect", "proof-request"],
  "Hi Dana, your Pebblewood concert ukulele (order 113-4820193-5561702) was delivered on "
  "Tuesday. New nylon strings stretch for the first week or so, so expect to retune often. "
  "Once you've spent some time with it, we'd be grateful if you put a few words about it on "
  "Amazon. Separately, anyone who does that this month gets a spare set of Windlark "
  "fluorocarbon strings from our workshop; just reply with the order number once it's up.",
  "A free string set is promised for posting on Amazon; the reward sits two sentences after "
  "the ask and the word review never appears.")

r("violation", "proactive", "en", [RI], ["gating", "indirect"],
  "Your TuneMoth TM-2 tuner reached you a few days ago (order 114-2076481-9930245). If "
  "everything about it is perfect, you know what to do. If anything isn't, just reply here "
  "first and we'll make it right before anything goes public.",
  "Satisfied buyers are nudged to post, unhappy ones are diverted before posting: gating "
  "(policy C3) without naming a review.")

r("violation", "reply", "en", [RI], ["gating", "praise-reply"],
  "That's wonderful to hear, thank you! A stand that doesn't wobble under an 88-key board is "
  "exactly what we designed the X-Stand for. Would you mind saying exactly that in a review on "
  "Amazon? It helps a small shop like ours more than you'd think.",
  "A review is asked only of a buyer who has just praised the stand, and the praise itself is "
  "to be repeated (C3, 'customer proactively reaches out to express satisfaction').")

r("violation", "proactive", "en", [RI], ["positive-request", "conditional"],
  "We're a two-person workshop in Oregon and every rating counts. If your Windlark strings earn "
  "it, five stars on Amazon would keep our little bench running for another season.",
  "Asks for a five-star rating, softened by a condition and a sympathy appeal (C2).")

r("violation", "reply", "en", [RI], ["change-review", "after-remedy", "indirect"],
  "We saw your comment about the G string buzzing on your new tenor. A free setup kit and a "
  "lower saddle went out this morning (UPS 1ZBH74W20349017263), with a small thank-you for "
  "your patience tucked inside. Once it's all sorted, it would mean a lot if you took another "
  "look at what you wrote on the product page.",
  "After a remedy and a gift, the buyer is asked to revisit the existing review (C4), without "
  "the words change, update or review.")

r("violation", "proactive", "en", [RI], ["steering"],
  "Should you decide to write a review of the TuneMoth, it would help other players if you "
  "mentioned how fast it locks onto the low E and that one battery lasts for months.",
  "The request opens neutrally but tells the buyer which selling points to write (C7 steering).")

r("violation", "proactive", "en", [RI], ["incentive", "indirect"],
  "We're collecting player photos for our page. Attach a picture of your Pebblewood soprano to "
  "your Amazon review where other shoppers can see it, and a bonus pack of Windlark uke strings "
  "will be on its way to you.",
  "A free string pack for a photo review; 'for our page' does not change that the reward is "
  "for review content (C1).")

r("violation", "reply", "en", [RI], ["feedback-removal"],
  "The replacement stand left our warehouse this morning and should reach you by Friday. The "
  "one-star seller feedback you left last week is doing real damage to our account health, so "
  "please take it down when you get a moment.",
  "Pressure to remove seller feedback, citing account health (C5).")

r("violation", "proactive", "en", [RI], ["gating"],
  "Your honest opinion matters to us. Loved the ukulele? Tell everyone on Amazon. Something not "
  "right? Tell us first, right here, and give us 48 hours before you post anything.",
  "'Honest opinion' framing, but happy buyers are sent to Amazon and unhappy ones diverted "
  "(C3).")

r("violation", "reply", "en", [RI], ["incentive", "indirect"],
  "I've set up the $15 partial refund you asked about for the scratch on the headstock. It goes "
  "through as soon as your review is live, so just drop me a line here when it's posted.",
  "A partial refund is made conditional on posting a review (C1, refund after the buyer writes "
  "a review).")

r("violation", "reply", "en", [OP], ["diversion", "no-app-named", "indirect"],
  "This will be easier to sort out somewhere more private than this thread. Send me a number I "
  "can text you on and I'll walk you through the truss rod adjustment step by step.",
  "Moves the conversation off Amazon messaging by asking for the buyer's number; no app or "
  "handle is named (D6).")

r("violation", "reply", "en", [OP], ["website", "signature"],
  "Happy to help. The saddle on the PT-26 tenor is 3 mm; if it sits loose, a thin shim of card "
  "under it will stop the rattle.\n\nMarisol Reyes\nBellhollow Music support\n"
  "bellhollowmusic.com | +1 (503) 555-0127",
  "The answer is fine, but the signature block carries the shop website and a phone number (D, "
  "signature blocks).")

r("violation", "reply", "en", [OP], ["email"],
  "For a warranty claim on the TuneMoth, email two photos of the faulty clip and your order "
  "number to repairs@bellhollowmusic.com and our technician will reply within a day.",
  "Gives an e-mail address for support outside Amazon (D2).")

r("violation", "proactive", "en", [OP, MK], ["website", "discount"],
  "Next time you need strings, skip the marketplace fees: the same Windlark sets cost about 20% "
  "less on our own site, bellhollowmusic.com/strings.",
  "Diverts the next purchase to the shop's own site (D6) with a price offer (B).")

r("violation", "reply", "en", [OP], ["messaging-app"],
  "Our luthier answers setup questions fastest on WhatsApp. Message him at +1 (971) 555-0183 "
  "with a photo of the nut and he'll tell you whether it needs filing.",
  "WhatsApp contact with a phone number (D3, D4).")

r("violation", "reply", "en", [OP], ["payment"],
  "Rather than going through an Amazon return for the torn gig bag, I can send you $12 on Venmo "
  "today. Just reply with your Venmo name.",
  "Refund outside Amazon through Venmo instead of an Amazon return (D5).")

r("violation", "proactive", "en", [OP], ["social", "indirect"],
  "Setting up a new uke can be fiddly, so our luthier Theo recorded a full walkthrough. Look up "
  "the Bellhollow Workshop channel on YouTube and you'll find it near the top.",
  "Sends the buyer to the shop's YouTube channel (D1 example) without any URL.")

r("violation", "proactive", "en", [OP, MK], ["social", "promotion"],
  "Follow @bellhollow.music on Instagram! Every month we give away a Pebblewood soprano to one "
  "of our followers, and buyers get early entry.",
  "Instagram handle plus a follow-for-giveaway call to action (D4, B).")

r("violation", "proactive", "en", [MK], ["cross-sell", "indirect"],
  "Your Windlark 12-53 set was delivered on March 3. Since you picked up strings, you might also "
  "like the TuneMoth clip-on tuner and our soft-grip capo, both in stock on Amazon.",
  "'You might also like' cross-sell of other products inside a delivery note (B).")

r("violation", "reply", "en", [MK], ["coupon"],
  "The 11-52 set is a touch lighter than the 12-53, so bends get easier without losing much "
  "volume. P.S. Use code STRUM15 at checkout and you'll get 15% off your next set.",
  "A helpful answer with a discount code appended (B, marketing within a permitted message).")

r("violation", "proactive", "en", [MK], ["new-product"],
  "A quick heads-up for X-Stand owners: its big brother has arrived. The Z-Stand Pro is "
  "double-braced, rated for 70 kg stage pianos and went live on Amazon this week.",
  "New-product announcement (B).")

r("violation", "proactive", "en", [MK], ["buy-again", "indirect"],
  "It's been about eight weeks since your strings arrived, which is usually when phosphor "
  "bronze starts to sound dull. Ready for a fresh set? You can reorder in two clicks from Your "
  "Orders.",
  "Buy-again push dressed as maintenance advice; the Amazon 'Your Orders' path does not make "
  "it permitted (B).")

r("violation", "reply", "en", [MK], ["bundle", "restock-answer"],
  "The tenor gig bag you asked about is back in stock on the 12th. If you add a strap and a "
  "TuneMoth to the same order, we'll knock 20% off all three together.",
  "The restock date answers the buyer, but the unrequested bundle discount is marketing (B).")

r("violation", "proactive", "en", [MK], ["storefront", "amazon-link"],
  "See everything our workshop makes in one place: "
  "https://www.amazon.com/stores/BellhollowMusic/page/4F2A9C17 . New strings, stands and "
  "ukuleles are added every month.",
  "Amazon storefront link pushed proactively: marketing, not off-platform, since the link is "
  "Amazon's own (B, D1).")

r("violation", "proactive", "en", [RI, MK], ["incentive", "coupon", "proof-request"],
  "Thanks for trusting us with your first ukulele. Share your thoughts about it on Amazon, reply "
  "with a screenshot, and we'll send you a code for 25% off your next order.",
  "A discount code in exchange for a review screenshot: incentive (C1) and a coupon (B).")

r("violation", "proactive", "en", [OP, MK], ["diversion", "vip-group", "no-app-named"],
  "We run a members-only group for Pebblewood owners where we post lessons and early deals "
  "before anyone else sees them. Reply 'join' and I'll send you the invite link.",
  "Invitation to an off-Amazon group (no app named) whose draw is early deals (D6, B).")

r("violation", "proactive", "en", [RI], ["gating"],
  "We only ask our happiest customers for reviews, so if the Z-Stand Pro has made practice "
  "easier, we'd love to hear about it on Amazon.",
  "States outright that only happy buyers are asked (C3).")

# =====================================================================================
# VIOLATIONS, Simplified Chinese (13)
# =====================================================================================
r("violation", "proactive", "zh", [RI], ["incentive"],
  "亲，收到琴弦后麻烦给个五星好评，截图发给我们，马上返现5美元。",
  "Classic five-star review for cash back with a screenshot (C1, C2).")

r("violation", "proactive", "zh", [RI], ["gating"],
  "如果您对这把尤克里里满意，欢迎到亚马逊留下评价；如果有任何不满意，请先联系我们，我们一定帮您解决，千万不要直接留差评。",
  "Satisfied buyers to Amazon, unhappy buyers to the seller instead of a negative review (C3).")

r("violation", "reply", "zh", [RI], ["change-review", "after-remedy"],
  "退款已经给您处理好了，钱会原路退回。方便的话，麻烦您把之前写的那条评论改一下，谢谢理解。",
  "After a refund, asks the buyer to change the review (C4).")

r("violation", "proactive", "zh", [RI], ["incentive", "indirect"],
  "调音器用得顺手的话，可以在商品页写几句使用感受。另外，写完之后在这里告诉我们一声，我们准备了一份小惊喜。",
  "A 'small surprise' for telling the seller once the product-page write-up is done; the ask "
  "and the reward are in separate sentences (C1).")

r("violation", "proactive", "zh", [RI], ["steering"],
  "写评价的时候，麻烦提一下音准稳定、发货很快这两点，最好再配两张琴的照片。",
  "Tells the buyer what to write and to add photos (C7).")

r("violation", "reply", "zh", [OP], ["messaging-app"],
  "售后问题建议加我们的微信 bellhollow_cs，发视频过来处理更快。",
  "WeChat handle for after-sales contact (D4).")

r("violation", "proactive", "zh", [OP, MK], ["website", "discount"],
  "下次可以直接在我们官网下单，价格比亚马逊便宜一成：bellhollowmusic.com",
  "Diverts the next order to the shop website with a lower price (D6, B).")

r("violation", "proactive", "zh", [MK], ["promotion"],
  "本周末店内所有调音器一律八折，欢迎再次选购！",
  "Weekend sale announcement (B).")

r("violation", "proactive", "zh", [MK], ["cross-sell", "indirect"],
  "买这款琴弦的朋友通常还会搭配我们的变调夹和擦琴布，在亚马逊搜索 Bellhollow 就能找到。",
  "Cross-sell of the capo and polishing cloth via an Amazon search, no link (B).")

r("violation", "reply", "zh", [RI], ["feedback-removal"],
  "如果您愿意撤回之前留下的店铺反馈，我们可以再送您一套备用琴弦作为补偿。",
  "Offers free strings for removing seller feedback (C5).")

r("violation", "reply", "zh", [OP], ["diversion", "no-app-named", "indirect"],
  "在这里沟通不太方便，您留个私人联系方式吧，我们私下详细聊。",
  "Asks for a private contact to continue off Amazon; no channel named (D6).")

r("violation", "reply", "zh", [RI], ["gating", "praise-reply"],
  "太好了，听到您喜欢这把琴的音色我们特别开心！能麻烦您把这句话原样写到亚马逊评论里吗？",
  "Asks a buyer who has just praised the sound to put the praise in a review (C3).")

r("violation", "proactive", "zh", [MK], ["new-product"],
  "我们新推出了双层加固的琴键支架，老顾客凭优惠码 ZSTAND10 立减10美元。",
  "New product announcement with a returning-customer code (B).")

# =====================================================================================
# VIOLATIONS, Traditional Chinese (9)
# =====================================================================================
r("violation", "proactive", "zh", [RI], ["incentive", "proof-request"],
  "收到吉他弦後留下五星好評，並把截圖回傳給我們，即可獲得全額退款。",
  "Full refund for a five-star review with a screenshot (C1, C2).", trad=True)

r("violation", "proactive", "zh", [RI], ["gating"],
  "若您對調音器滿意，請到亞馬遜分享心得；若有不滿意的地方，請先私訊我們，別急著留評價。",
  "Happy buyers to Amazon, unhappy buyers to the seller first (C3).", trad=True)

r("violation", "reply", "zh", [OP], ["messaging-app"],
  "售後服務請加我們的LINE官方帳號 @bellhollow_tw，有專人一對一回覆。",
  "LINE official-account handle for after-sales contact (D4).", trad=True)

r("violation", "reply", "zh", [RI], ["change-review", "after-remedy"],
  "已經幫您補寄新的琴橋，還附上一份小禮物。方便的時候，麻煩您更新一下商品頁上的評論。",
  "After sending a replacement and a gift, asks the buyer to update the review (C4).",
  trad=True)

r("violation", "proactive", "zh", [MK], ["restock"],
  "您之前詢問過的烏克麗麗琴袋已經補貨了，數量有限，要買要快！",
  "Proactive restock notice with a scarcity push; the earlier question does not make the sales "
  "pressure a service reply (B).", trad=True)

r("violation", "proactive", "zh", [OP, MK], ["social", "promotion"],
  "歡迎到我們的臉書粉絲專頁按讚，每週都有彈奏教學影片和抽獎活動。",
  "Facebook fan page with weekly giveaways (D4, B).", trad=True)

r("violation", "proactive", "zh", [RI], ["positive-request"],
  "小本經營真的不容易，您的一個好評對我們意義重大，拜託了！",
  "Begs for a positive review with a small-business appeal (C2).", trad=True)

r("violation", "proactive", "zh", [RI], ["steering"],
  "留評價時請寫到「鍵盤架很穩、完全不會晃」，這樣其他買家比較好參考。",
  "Dictates the wording of the review (C7).", trad=True)

r("violation", "proactive", "zh", [MK], ["referral"],
  "推薦朋友購買我們的烏克麗麗，您和朋友都可以拿到九折優惠。",
  "Refer-a-friend discount (B).", trad=True)

# =====================================================================================
# VIOLATIONS, mixed Chinese/English (6)
# =====================================================================================
r("violation", "proactive", "mixed", [RI], ["positive-request", "conditional"],
  "Hi Kevin，琴弦收到了吗？如果满意的话 please leave us a 5-star review，非常感谢！",
  "Five-star review request conditioned on satisfaction (C2, C3).")

r("violation", "reply", "mixed", [OP], ["email"],
  "Hi，after-sales 问题可以直接 email 我们：service@bellhollowmusic.com，我们 24 小时内回复。",
  "E-mail address for after-sales contact (D2).")

r("violation", "proactive", "mixed", [MK], ["coupon"],
  "Thanks for your order! 下次买两件以上可以用 code UKE20 打八折，欢迎再来逛逛。",
  "Discount code for the next purchase (B).")

r("violation", "reply", "mixed", [RI], ["change-review", "after-remedy"],
  "您的 refund 已经 process 好了。既然问题都解决了，麻烦 update 一下您的 review，谢谢！",
  "Asks for a review update after the refund (C4).")

r("violation", "proactive", "mixed", [OP, MK], ["website", "discount", "indirect"],
  "我們在蝦皮也有開 shop，同樣的 strings 價格更 friendly，搜尋 Bellhollow 就找得到。",
  "Points the buyer to the shop on another marketplace (Shopee) at a lower price; no URL "
  "(D6, B).", trad=True)

r("violation", "proactive", "mixed", [RI], ["incentive", "proof-request"],
  "您的订单 113-7742019-0068351 已经送达。Tell us what you think on Amazon，写完 review 截个图发给我们，就送您一个 TuneMoth tuner。",
  "A free tuner for a review screenshot (C1).")

# =====================================================================================
# EVASIONS, English (12)
# =====================================================================================
r("evasion", "reply", "en", [OP], ["messaging-app", "spacing"],
  "For a quicker answer, reach our luthier on W h a t s A p p: +1 628 555 0149.",
  "Letter-spaced WhatsApp with a phone number (D3, D4).")

r("evasion", "proactive", "en", [RI], ["positive-request", "homoglyph"],
  "If the strings sound as good as we think they do, a fiv\u0435-st\u0430r r\u0435vi\u0435w "
  "would make our whole week.",
  "Five-star review request with Cyrillic e and a inside 'five-star review' (C2).")

r("evasion", "proactive", "en", [RI], ["incentive", "zero-width"],
  "Post a r\u200beview of your new capo and we'll send a $10 gi\u200bft ca\u200brd to say "
  "thanks.",
  "Gift card for a review, with zero-width spaces inside 'review' and 'gift card' (C1).")

r("evasion", "reply", "en", [OP], ["email", "fullwidth"],
  "Send the photos to \uff52\uff45\uff50\uff41\uff49\uff52\uff53\uff20\uff42\uff45\uff4c\uff4c"
  "\uff48\uff4f\uff4c\uff4c\uff4f\uff57\uff4d\uff55\uff53\uff49\uff43\uff0e\uff43\uff4f\uff4d "
  "and we'll check them today.",
  "E-mail address written in full-width characters (D2).")

r("evasion", "proactive", "en", [OP, MK], ["website", "discount", "dot-com"],
  "Our full catalogue lives at bellhollowmusic dot com, and everything there is cheaper than on "
  "the marketplace.",
  "Own website written as 'dot com' with a cheaper-price pitch (D6, B).")

r("evasion", "reply", "en", [OP], ["phone", "number-words"],
  "Easiest is to text the workshop: five oh three, five five five, oh one three eight.",
  "Phone number 503-555-0138 spelled out in words (D3).")

r("evasion", "reply", "en", [OP], ["email", "spelled-email"],
  "If the photos are too big for this thread, write to care at bellhollowmusic dot com instead.",
  "E-mail address spelled as 'at' and 'dot com' (D2).")

r("evasion", "proactive", "en", [RI], ["incentive", "leetspeak"],
  "L3ave a r3v1ew of the TuneMoth and a fr33 capo is yours.",
  "Free capo for a review, written in digits-for-letters (C1).")

r("evasion", "proactive", "en", [RI], ["positive-request", "star-symbols"],
  "Enjoying the uke? \u2605\u2605\u2605\u2605\u2605 under the listing would mean the world to "
  "our little workshop.",
  "Five star symbols stand in for 'five-star review' (C2).")

r("evasion", "proactive", "en", [MK], ["coupon", "spacing"],
  "Type S T R U M 1 5 at checkout and 15% comes off any tuner this week.",
  "Letter-spaced discount code (B).")

r("evasion", "proactive", "en", [RI], ["positive-request", "euphemism"],
  "When you rate the strings, we're hoping for a full hand rather than four fingers, if you "
  "catch our drift.",
  "'A full hand rather than four fingers' is a code for five stars rather than four (C2).")

r("evasion", "reply", "en", [OP], ["messaging-app", "euphemism"],
  "We're quicker on the blue paper-plane app than in here. Our handle there is bellhollow_help.",
  "Telegram named only by its logo, with a handle (D4).")

# =====================================================================================
# EVASIONS, Simplified Chinese (6)
# =====================================================================================
r("evasion", "proactive", "zh", [RI], ["incentive", "homophone"],
  "收到琴弦给个好坪，晒图后返鲜5刀，名额有限哦。",
  "Homophones for 'positive review' and 'cash back' (haoping, fanxian), with '5 dao' slang "
  "for five dollars (C1).")

r("evasion", "proactive", "zh", [RI, OP], ["incentive", "messaging-app", "pinyin"],
  "琴弦用着还行的话，留个 haoping，然后加 weixin：bellhollow_cs，fanxian 马上到账。",
  "Positive review for cash back and a WeChat handle, keywords in pinyin (C1, D4).")

r("evasion", "proactive", "zh", [RI], ["incentive", "spacing"],
  "五 星 好 评 送 一 套 琴 弦，截 图 发 客 服 即 可。",
  "Space-separated 'five-star review, get a string set' (C1, C2).")

r("evasion", "reply", "zh", [OP], ["phone", "cn-numerals"],
  "电话沟通更快，直接打我们售后：幺五零三 五五五 零一六一。",
  "Phone number written in Chinese numerals, with yao for one (D3).")

r("evasion", "proactive", "zh", [OP, MK], ["messaging-app", "coupon", "homophone"],
  "加威信 bellhollow_cs，领取老顾客专属优惠券。",
  "Homophone for WeChat plus a coupon offer (D4, B).")

r("evasion", "proactive", "zh", [RI], ["incentive", "zero-width"],
  "亲，给个好\u200b评，返\u200b现两美元，直接打到您账户。",
  "Positive review for cash back, with zero-width spaces splitting the keywords (C1).")

# =====================================================================================
# EVASIONS, Traditional Chinese (4)
# =====================================================================================
r("evasion", "proactive", "zh", [RI], ["incentive", "homophone"],
  "調音器好用的話給個好平吧，回傳截圖就返鮮十美元。",
  "Homophones for positive review and cash back (C1).", trad=True)

r("evasion", "reply", "zh", [OP], ["messaging-app", "fullwidth"],
  "\uff2c\uff29\uff2e\uff25：\uff20\uff42\uff45\uff4c\uff4c\uff48\uff4f\uff4c\uff4c\uff4f\uff57"
  "\uff3f\uff54\uff57，加入後可直接與客服聯絡。",
  "LINE handle written in full-width characters (D4).", trad=True)

r("evasion", "proactive", "zh", [RI], ["incentive", "spacing"],
  "五/星/好/評 送 調/音/器，留完評價後私訊截圖。",
  "Slash-separated 'five-star review, get a tuner' (C1, C2).", trad=True)

r("evasion", "reply", "zh", [OP], ["messaging-app", "euphemism"],
  "在這裡回覆比較慢，請到那個綠色的聊天軟體搜尋 bellhollow_tw，我們馬上回您。",
  "LINE referred to as 'that green chat app', with a handle (D4).", trad=True)

# =====================================================================================
# EVASIONS, mixed (3)
# =====================================================================================
r("evasion", "reply", "mixed", [OP], ["messaging-app", "abbreviation"],
  "亲，加个 vx：bellhollow_cs，after-sales 处理 faster，发个 video 给我们看看。",
  "WeChat abbreviated as vx with a handle (D4).")

r("evasion", "proactive", "mixed", [RI], ["incentive", "star-symbols"],
  "给个 5\u2b50 review 吧，we will send you a free capo 作为感谢！",
  "Free capo for a five-star review, the rating written as an emoji star (C1, C2).")

r("evasion", "proactive", "mixed", [OP, MK], ["website", "discount", "spacing"],
  "官网 price 更低，比亚马逊便宜不少：b e l l h o l l o w m u s i c . c o m，check it out！",
  "Letter-spaced own-site domain with a lower-price pitch (D6, B).")

# =====================================================================================
# NEAR-MISSES, English (25)
# =====================================================================================
r("near-miss", "proactive", "en", [], ["neutral-request", "order-number"],
  "Hello from Bellhollow Music. Your order 113-5591027-3384016 was delivered last week. If you "
  "have a moment, would you share your experience with the Windlark strings in a review on "
  "Amazon? Every opinion, positive or negative, helps other players choose.",
  "A single neutral review request with no condition or reward; 'positive' is balanced by "
  "'negative'.")

r("near-miss", "reply", "en", [], ["request-a-review", "policy-explainer"],
  "That email with the row of stars came from Amazon, not from us. Amazon sends review requests "
  "on its own after delivery, and sellers can also trigger the same standard message with the "
  "Request a Review button. You don't need to do anything with it.",
  "Explains Amazon's own review e-mail; nothing is asked of the buyer.")

r("near-miss", "reply", "en", [], ["review-as-check", "remedy"],
  "I've reviewed the photos you sent of the cracked bridge, and the damage clearly happened in "
  "transit. A replacement Pebblewood tenor ships tomorrow at no cost to you, and you can keep "
  "or recycle the damaged one.",
  "'Reviewed' means examined; the free replacement is a remedy not tied to any review.")

r("near-miss", "reply", "en", [], ["remedy"],
  "Your full refund of $24.99 for the TuneMoth tuner was issued today and usually shows on your "
  "statement within 3 to 5 business days. There's no need to send the faulty unit back.",
  "Refund as a remedy for a fault, not linked to a review.")

r("near-miss", "reply", "en", [], ["thanks-for-review"],
  "Thank you for telling us you gave the X-Stand five stars, and for the kind words about the "
  "assembly. If the height clamp ever loosens, just message us here.",
  "Thanks the buyer for a review they mentioned; nothing is solicited (C allowed near-miss).")

r("near-miss", "reply", "en", [], ["quoted-buyer", "negation", "policy-explainer"],
  "> I'll give you 5 stars if you throw in a free tuner.\n\nThanks for the offer, but we can't "
  "give anything in return for a review, and we don't ask for any particular rating. If "
  "something is wrong with the ukulele, tell us and we'll fix it either way.",
  "The incentive wording is the buyer's quoted offer, which the seller declines.")

r("near-miss", "reply", "en", [], ["quoted-buyer", "negation"],
  "> My email is lena.ortiz@fernwhistle-mail.net if that's easier.\n\nThanks, Lena, but please "
  "don't post your address here. We can only help you through Amazon messages, and this thread "
  "has everything we need.",
  "The only e-mail address is in the buyer's quoted line; the seller keeps the contact on "
  "Amazon.")

r("near-miss", "reply", "en", [], ["amazon-link", "warn-ok"],
  "You can start the return from Your Orders (https://www.amazon.com/gp/css/order-history). "
  "Choose 'Item defective or doesn't work' and Amazon will give you a free return label.",
  "Link to Amazon's own order page for a return the buyer needs (D allowed near-miss, at most "
  "info).")

r("near-miss", "reply", "en", [], ["order-number"],
  "Here are the details you asked for. Order 113-5591027-3384016: the replacement X-Stand (ASIN "
  "B0BHX5T2R8) left with UPS under tracking 1ZBH74W20361188402 and is due Thursday.",
  "Order id, ASIN and tracking number are not phone numbers or links.")

r("near-miss", "reply", "en", [], ["remedy"],
  "A new clip for your TuneMoth is on its way free of charge. The old one doesn't need to come "
  "back; it can go in the recycling.",
  "Free replacement part as a remedy, not a promotion (B allowed near-miss).")

r("near-miss", "reply", "en", [], ["price-error"],
  "The $3.99 price that appeared on the Windlark 12-53 set for a few hours was a listing error. "
  "Your order stands at the price you paid, and nothing extra will be charged.",
  "Explains a pricing error the buyer asked about; no offer.")

r("near-miss", "reply", "en", [], ["amazon-coupon", "warn-ok"],
  "The 10% coupon you mentioned is an Amazon promotion. Amazon applies it automatically at "
  "checkout when the box on the product page is ticked; we can't add it to an order afterwards, "
  "but Amazon customer service may be able to help.",
  "Answers the buyer's question about an Amazon coupon (B allowed near-miss, warn at most).")

r("near-miss", "reply", "en", [], ["product-term"],
  "Yes, the X-Stand is free-standing and needs no tools. The 'NEW' sticker on the box marks the "
  "2024 revision with wider rubber feet; it isn't a different model.",
  "'Free' and 'new' are product description, not offers.")

r("near-miss", "reply", "en", [], ["feedback-notice", "warn-ok"],
  "Glad the replacement tuner works. If you are satisfied that we have resolved your concern, it "
  "is possible to update or remove the seller feedback you left earlier. That's entirely your "
  "choice, and we're glad to help further either way.",
  "Amazon's own acceptable post-resolution notice about seller feedback (C5 allowed form).")

r("near-miss", "proactive", "en", [], ["sale-word", "order-number"],
  "Your Z-Stand Pro (order 111-3905572-4418806) will ship two days later than estimated: with "
  "the extra parcels from Amazon's spring sale, the freight carrier missed its pickup. The new "
  "delivery estimate is Thursday, May 9. We're sorry for the wait.",
  "A permitted delay notice; 'sale' and 'new' describe the cause and the date, not an offer.")

r("near-miss", "reply", "en", [], ["at-dot"],
  "The strings arrive at your door in a sealed foil pouch. Once they're on, the dot on the "
  "tuner's screen turns green when a string is at pitch.",
  "Ordinary 'at' and 'dot' that a spelled-e-mail rule could misread.")

r("near-miss", "proactive", "en", [], ["scope-fault"],
  "Great news! Your Pebblewood soprano ukulele has shipped and should arrive on Friday.",
  "A bare shipping confirmation breaks the message-scope rule (A) but none of the three "
  "labelled policies.")

r("near-miss", "proactive", "en", [], ["carrier-phone", "warn-ok"],
  "Your Z-Stand Pro with bench kit weighs 68 lb, so it travels by freight. The carrier, Ridgeway "
  "Freight, will call you from +1 (614) 555-0166 to book a delivery window. Please make sure "
  "someone can sign for it.",
  "A shipping provider's phone number for a bulky delivery is an allowed exception (D3).")

r("near-miss", "reply", "en", [], ["phone-request"],
  "The freight carrier needs a phone number to schedule the drop-off. Could you confirm, in this "
  "thread, the best number for the driver to reach you on delivery day?",
  "Asking for a phone number to schedule a bulky delivery is permitted (G allowed near-miss); "
  "the contact stays on Amazon.")

r("near-miss", "reply", "en", [], ["negation", "amazon-coupon"],
  "That text message offering a 'Bellhollow coupon' wasn't from us. We don't send coupons or "
  "promotions, so please don't click the link or enter any details.",
  "Warns about a scam text; coupon and link are mentioned only to disown them.")

r("near-miss", "reply", "en", [], ["product-term"],
  "The PT-26 pickup has a standard 1/4-inch output, so it works with any audio interface. Once "
  "you've recorded, you can share the clip over WhatsApp or whatever you normally use; the uke "
  "doesn't care.",
  "WhatsApp is named as the buyer's own sharing tool, not a contact channel to the seller.")

r("near-miss", "reply", "en", [], ["restock-answer"],
  "You asked when the tenor gig bag will be back. Our next shipment reaches Amazon's warehouse "
  "around May 12, and the listing will show it in stock once it's checked in.",
  "Answers the buyer's restock question without a sales push.")

r("near-miss", "reply", "en", [], ["policy-explainer", "negation"],
  "You asked whether we could give you a discount for posting a review. Amazon doesn't allow "
  "sellers to offer refunds, gift cards, free products or discounts for reviews, and we can't "
  "ask for any particular star rating either. Whether you review the uke is completely up to "
  "you.",
  "An agent explaining the review policy; every incentive word is negated.")

r("near-miss", "proactive", "en", [], ["amazon-link", "neutral-request", "warn-ok"],
  "If you'd like to review the Windlark strings, Amazon's review form is here: "
  "https://www.amazon.com/review/create-review?asin=B0BHK3W9Q1 . Whatever you make of them, "
  "good or bad, other players will find it useful.",
  "Neutral request with a link to Amazon's own review form, which is not off-platform.")

r("near-miss", "reply", "en", [], ["remedy", "negation", "warn-ok"],
  "We read your review about the buzzing fret and we're sorry. A replacement ships today, free, "
  "and there's nothing you need to do in return: your review is yours, and we won't ask you to "
  "change it.",
  "Courtesy remedy after a negative review with nothing asked back (Customer Reviews tool "
  "allows this).")

# =====================================================================================
# NEAR-MISSES, Simplified Chinese (12)
# =====================================================================================
r("near-miss", "reply", "zh", [], ["substring"],
  "根据我们检索评测报告的结果，这款调音器在低音弦上的误差在正负一音分以内，属于正常范围。",
  "Contains the substring suoping across a word boundary (jiansuo + pingce); no review request.")

r("near-miss", "reply", "zh", [], ["thanks-for-review"],
  "感谢您的好评，也谢谢您对琴键支架的认可！以后有任何使用问题，随时在这里留言。",
  "Thanks the buyer for a positive review they mentioned; nothing solicited.")

r("near-miss", "reply", "zh", [], ["logistics-words"],
  "已按您的要求删除重复订单，并把剩下那笔订单的收货地址修改为您的新地址。",
  "Delete and modify refer to a duplicate order and an address.")

r("near-miss", "reply", "zh", [], ["remedy"],
  "琴颈有裂纹的那把尤克里里，我们已经为您全额退款，不需要寄回。",
  "Full refund as a remedy for a cracked neck.")

r("near-miss", "proactive", "zh", [], ["neutral-request", "order-number"],
  "您的订单 113-4820193-5561702 已送达一周。如果方便，欢迎在亚马逊商品页分享您的真实使用体验，无论好坏都对其他买家有帮助。",
  "Neutral one-time review request, good or bad.")

r("near-miss", "reply", "zh", [], ["negation", "product-term"],
  "亚马逊结账不支持微信支付，只能使用结账页面上显示的付款方式，我们这边也无法另外收款。",
  "WeChat Pay is named only to say Amazon checkout does not accept it.")

r("near-miss", "reply", "zh", [], ["remedy", "order-number"],
  "我们已免费为您补发一个调音器夹子，亚马逊物流单号 TBA304918227000，预计三天内送达。",
  "Free replacement with an Amazon tracking number.")

r("near-miss", "reply", "zh", [], ["quoted-buyer", "negation"],
  "您在留言里问「给五星能不能多送一套弦」，很抱歉，我们不能为评价提供任何赠品，也不会要求特定星级。琴弦如果有问题，我们照常为您处理。",
  "Quotes the buyer's offer and refuses it.")

r("near-miss", "reply", "zh", [], ["policy-explainer", "negation"],
  "亚马逊规定卖家不得用返现、礼品或折扣换取评价，也不能请买家修改或删除评价，所以您提到的做法我们没办法配合。",
  "Agent explains the policy; cash back, change and delete are all negated.")

r("near-miss", "reply", "zh", [], ["product-term"],
  "这是新版包装，外观换了，但琴弦规格没有变化，仍然是12-53，您可以放心使用。",
  "'New' describes packaging.")

r("near-miss", "reply", "zh", [], ["amazon-coupon", "warn-ok"],
  "您提到的优惠券是亚马逊平台的活动，结账时会自动抵扣，我们这边无法另行发放或补发。",
  "Explains an Amazon coupon the buyer asked about (B allowed near-miss).")

r("near-miss", "reply", "zh", [], ["review-as-check", "remedy"],
  "我们评估了您发来的照片，判断是运输途中受损，补发的新琴架明天就会发出，不收任何费用。",
  "'Evaluated' the photos (contains the character for review); free replacement as remedy.")

# =====================================================================================
# NEAR-MISSES, Traditional Chinese (8)
# =====================================================================================
r("near-miss", "reply", "zh", [], ["logistics-words"],
  "已依照您的要求取消訂單，款項會由亞馬遜退回您原本的付款方式。",
  "Cancel and refund in a logistics sense.", trad=True)

r("near-miss", "proactive", "zh", [], ["neutral-request"],
  "若您方便，歡迎在亞馬遜商品頁寫下使用心得。不論感受如何，您的真實分享都能幫助其他琴友。",
  "Neutral one-time review request, whatever the experience.", trad=True)

r("near-miss", "reply", "zh", [], ["product-term", "negation"],
  "這把烏克麗麗的拾音器沒有藍牙功能，無法直接連到LINE或其他App，需要用導線接音箱或錄音介面。",
  "LINE is named as something the pickup cannot connect to, not as a contact channel.",
  trad=True)

r("near-miss", "reply", "zh", [], ["amazon-link", "warn-ok"],
  "退貨請從亞馬遜的「您的訂單」頁面申請：https://www.amazon.com/gp/css/order-history ，原因選擇「商品有瑕疵」即可免運費退回。",
  "Amazon order-page link for a return.", trad=True)

r("near-miss", "reply", "zh", [], ["product-term"],
  "琴頭上的星形貝殼鑲嵌是手工完成的，每把的位置略有不同，這不是瑕疵。",
  "'Star' is the shape of the inlay, not a rating.", trad=True)

r("near-miss", "reply", "zh", [], ["feedback-notice", "warn-ok"],
  "若您認為問題已經解決，可以自行選擇更新或移除先前留下的賣家回饋，是否這麼做完全由您決定。",
  "Amazon's acceptable post-resolution notice about seller feedback (C5 allowed form).",
  trad=True)

r("near-miss", "reply", "zh", [], ["remedy"],
  "琴袋拉鍊損壞的部分，我們已為您辦理十美元的部分退款，琴袋本身可以繼續使用。",
  "Partial refund for a broken zip, not tied to a review.", trad=True)

r("near-miss", "reply", "zh", [], ["quoted-buyer", "negation"],
  "您留言提到「可以加我LINE：leo_uke88嗎」，為了保護您的隱私，我們只能透過亞馬遜訊息協助您，請不要在這裡留下個人帳號。",
  "The LINE id is the buyer's own, quoted; the seller keeps contact on Amazon.", trad=True)

# =====================================================================================
# NEAR-MISSES, mixed (5)
# =====================================================================================
r("near-miss", "reply", "mixed", [], ["order-number"],
  "您的 order 113-7742019-0068351 的 tracking number 是 1ZBH74W20355512094，UPS 显示周四 deliver。",
  "Order id and tracking number answering the buyer.")

r("near-miss", "reply", "mixed", [], ["review-as-check", "remedy"],
  "我们 review 了您发来的 video，确实是 tuner 的夹子松了，replacement 今天免费寄出。",
  "'Review' means examined; free replacement as remedy.")

r("near-miss", "reply", "mixed", [], ["request-a-review", "policy-explainer"],
  "那封请您写 review 的 email 是 Amazon 系统自动 send 的，不是我们发的，您可以直接忽略。",
  "Explains Amazon's automatic review e-mail; nothing asked.")

r("near-miss", "reply", "mixed", [], ["accessory-answer"],
  "不需要另外买 capo 或 strap，包装里已经有 strap button 和备用琴弦，直接用就好。",
  "Says no extra purchase is needed; the opposite of a cross-sell.")

r("near-miss", "reply", "mixed", [], ["policy-explainer", "negation"],
  "很抱歉，我們無法提供任何 gift card 或 discount 來換取 review，這是 Amazon 的規定，請您見諒。",
  "Refuses an incentive for a review, citing Amazon's rule.", trad=True)

# =====================================================================================
# CLEAN, English (10)
# =====================================================================================
r("clean", "reply", "en", [], [],
  "The Windlark 12-53 set is a light gauge. If your guitar was set up for 11s, expect a little "
  "more tension, but you shouldn't need any adjustment.",
  "Plain product answer.")

r("clean", "reply", "en", [], [],
  "Sorry the stand arrived with a bent leg. Could you send a photo of the joint in this thread "
  "so we can see which part to replace?",
  "Asks for a photo through Amazon messaging to resolve damage.")

r("clean", "reply", "en", [], [],
  "In standard tuning a soprano ukulele goes G, C, E, A from the top string down. The G is "
  "higher than the C, which surprises a lot of new players.",
  "Plain tuning advice.")

r("clean", "reply", "en", [], [],
  "The tuner runs on a CR2032 coin cell. One is already installed under the tab on the back; "
  "pull the plastic strip to start it.",
  "Plain product answer.")

r("clean", "proactive", "en", [], [],
  "Your package for order 113-6608214-2297530 was held up by the snowstorm in Denver. The "
  "carrier now expects to deliver it on Monday.",
  "Permitted proactive notice of an unexpected delivery problem.")

r("clean", "reply", "en", [], [],
  "The X-Stand's height adjusts from 24 to 39 inches in seven steps. The lowest step suits a "
  "seated player.",
  "Plain product answer.")

r("clean", "reply", "en", [], [],
  "Please keep the original box if you can. The return label fits on it, and it protects the "
  "stand in transit.",
  "Return packing advice.")

r("clean", "reply", "en", [], [],
  "The buzz you describe usually comes from a loose tuning-peg nut. A quarter-turn with a 10 mm "
  "wrench should stop it; if it doesn't, let us know in this thread.",
  "Troubleshooting answer.")

r("clean", "reply", "en", [], [],
  "Nylon ukulele strings can take a week to settle. Retuning several times a day during that "
  "week is completely normal.",
  "Plain product answer.")

r("clean", "reply", "en", [], [],
  "We checked with the warehouse: your parcel left on the 14th and is now with the postal "
  "service, which shows it at your local sorting office.",
  "Delivery status answer.")

# =====================================================================================
# CLEAN, Simplified Chinese (5)
# =====================================================================================
r("clean", "reply", "zh", [], [],
  "尤克里里的新弦前几天会不断拉伸，每天多调几次音属于正常现象，一周左右就会稳定。",
  "Plain product answer.")

r("clean", "reply", "zh", [], [],
  "琴架的螺丝在包装盒侧面的小袋里，按说明书第三步安装即可。",
  "Assembly answer.")

r("clean", "proactive", "zh", [], [],
  "很抱歉包裹延误了，物流显示因天气原因暂停派送，预计周二送达。",
  "Permitted proactive notice of an unexpected delivery problem.")

r("clean", "reply", "zh", [], [],
  "调音器夹在琴头上时，屏幕朝向自己，拨一下弦就能看到音名。",
  "Plain usage answer.")

r("clean", "reply", "zh", [], [],
  "这套琴弦适合民谣吉他，不适合古典吉他，古典吉他需要用尼龙弦。",
  "Plain product answer.")

# =====================================================================================
# CLEAN, Traditional Chinese (3)
# =====================================================================================
r("clean", "reply", "zh", [], [],
  "琴弦的規格是 12 到 53 號，適合大多數民謠吉他，不需要調整琴頸。",
  "Plain product answer.", trad=True)

r("clean", "reply", "zh", [], [],
  "支架收合時請先鬆開兩側的旋鈕，再往內推即可。",
  "Plain usage answer.", trad=True)

r("clean", "reply", "zh", [], [],
  "包裹目前在轉運中心，預計後天送達，請留意門口。",
  "Delivery status answer.", trad=True)

# =====================================================================================
# CLEAN, mixed (2)
# =====================================================================================
r("clean", "reply", "mixed", [], [],
  "这把 concert ukulele 的 scale length 是 15 英寸，比 soprano 长一点，按弦更舒服。",
  "Plain product answer.")

r("clean", "reply", "mixed", [], [],
  "X-Stand 的 height 可以调，最低一档适合 sitting，最高一档适合 standing 弹。",
  "Plain product answer.")


def build():
    recs = [dict(x) for x in _RECS]
    random.Random(48).shuffle(recs)
    out = []
    for i, x in enumerate(recs, 1):
        out.append({"id": "h48-%03d" % i, "text": x["text"], "labels": x["labels"],
                    "lang": x["lang"], "tags": x["tags"], "note": x["note"]})
    return out


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for x in recs:
            fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
