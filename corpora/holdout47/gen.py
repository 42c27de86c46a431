#!/usr/bin/env python3
"""Source of truth for holdout47.jsonl (160 hand-labelled seller-to-buyer messages).

Shop: Larchwick Outdoor (invented), camping and outdoor gear sold on Amazon.
Every text below is a Python literal. Zero-width, full-width, Cyrillic, Bopomofo and star/emoji
characters are written as \\uXXXX escapes. Records are written grouped by kind, shuffled with
random.Random(47), then numbered h47-001 ... h47-160.

Run:  python3 gen.py            (writes holdout47.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout47.jsonl")

RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"

RECORDS = []


def R(kind, lang, ctx, labels, tags, text, note, trad=False):
    """kind: violation | evasion | near-miss | clean; ctx: reply | proactive."""
    full = [kind] + (["traditional"] if trad else []) + [ctx] + list(tags)
    RECORDS.append({"text": text, "labels": list(labels), "lang": lang, "tags": full, "note": note})


# ---------------------------------------------------------------------------------------------
# VIOLATIONS (60): written the way a seller would, many without the obvious keywords.
# ---------------------------------------------------------------------------------------------

# --- English (27) ---
R("violation", "en", "proactive", [RI], ["positive-rating", "implicit"],
  "Hi Dana, your Hollowfell 2 should have reached you by now (order 112-3048571-6619203). "
  "We're a three-person company, and every top mark on that listing keeps the lights on here. "
  "So if the tent earns it, you know where the stars go.\n\nHappy trails,\nWren at Larchwick Outdoor",
  "Asks for the top rating by implication ('every top mark', 'you know where the stars go').")

R("violation", "en", "reply", [RI], ["incentive", "implicit"],
  "Happy to help with the cartridge question: the Brookdraw takes the standard 28 mm thread, so "
  "it screws straight onto most bottles. One more thing. Once your thoughts on the filter are up "
  "on the product page, drop us a screenshot in this thread and we'll post you a spare cartridge "
  "at no cost.",
  "A free cartridge is offered in return for a posted review (screenshot as proof).")

R("violation", "en", "proactive", [RI], ["incentive", "implicit"],
  "Order 114-2290457-8831046: we'd like to give you back the full price of your Duskbeam 350 "
  "once you've told other shoppers on Amazon how it performed. Reply with the name your comments "
  "appear under and the money goes out the same day.",
  "A full refund is made conditional on writing a review.")

R("violation", "en", "reply", [RI], ["change-review", "implicit"],
  "We've refunded order 113-7702458-1196320 in full, and I'm genuinely sorry the pole snapped on "
  "your second night out.\n\nNow that it's sorted, would you take another look at what you wrote "
  "on the listing? It still says we ignored you, which isn't quite the case anymore, and new "
  "customers read that first.\n\nThanks for your patience,\nTobias",
  "Asks the buyer to revisit an existing product review after a refund, which is never allowed.")

R("violation", "en", "reply", [RI], ["gating", "after-praise", "implicit"],
  "That's wonderful to hear, thank you for letting us know the Sparrowflame did so well on your "
  "first trip! Would you mind putting exactly that on the product page so other campers can see "
  "it? It would mean a lot to us.",
  "A review request made only because the buyer has just praised the product (review gating).")

R("violation", "en", "proactive", [RI], ["gating", "implicit"],
  "Hi Priya,\n\nThe Brookdraw filter on order 111-9050263-7428815 comes with a one-year "
  "warranty. If the flow feels slow or anything seems off, please message us here before you "
  "say anything publicly about it.\n\nWe fix things fast, and we'd hate for a first-use hiccup "
  "to end up on the listing for everyone to read.\n\nLarchwick Outdoor",
  "Asks unhappy buyers to come to the seller before saying anything on the listing (diverting negative reviews).")

R("violation", "en", "proactive", [RI], ["steering", "implicit"],
  "Thanks for choosing the Sparrowflame (order 114-3316092-5580471). If you decide to write "
  "about it on Amazon, it really helps when people mention the boil time and how small it packs "
  "down. Those are the two things shoppers ask us about most.",
  "Tells the buyer what to say in the review (steering review content).")

R("violation", "en", "reply", [RI], ["feedback-removal", "implicit"],
  "I understand the delivery was late, and that was the courier's doing, not ours. The one-star "
  "rating you left for us as a seller is pulling our account under the line Amazon watches, so "
  "we'd be grateful if you'd take it down.",
  "Pressures the buyer to remove negative seller feedback, citing account health.")

R("violation", "en", "proactive", [MKT], ["new-product", "implicit"],
  "Hi Sam, a quick heads-up since you bought the Hollowfell 2 in May: the Hollowfell UL lands "
  "on Amazon next Tuesday. It's 400 g lighter and has two doors. Worth a look before your next "
  "long trip.\n\n- The Larchwick team",
  "Unsolicited announcement of a new product.")

R("violation", "en", "reply", [MKT], ["coupon", "explicit"],
  "Yes, backflush it after every trip with the syringe in the box, and store it dry. That alone "
  "doubles the cartridge life.\n\nP.S. Code TRAILHEAD15 takes 15% off your next order of "
  "cartridges.",
  "A coupon code is added to an otherwise helpful reply.")

R("violation", "en", "proactive", [MKT], ["buy-again", "implicit"],
  "Order 112-6029137-4405819: it has been about four months since your Brookdraw cartridges "
  "shipped, which is roughly when most hikers need fresh ones. A new set is one click away under "
  "'Buy it again' in Your Orders.",
  "Proactive 'buy again' push for a consumable.")

R("violation", "en", "reply", [MKT], ["storefront-link", "cross-sell", "implicit"],
  "It's rated IPX6, so heavy rain is fine, but don't submerge it. If you're kitting out for the "
  "season, everything we make is in one place: "
  "https://www.amazon.com/stores/Larchwick/page/4F2A9C31",
  "Adds an unrequested link to the seller's Amazon storefront (cross-selling; Amazon link, so not off-platform).")

R("violation", "en", "reply", [MKT], ["cross-sell", "implicit"],
  "The Sparrowflame simmers best with the valve turned back to about a quarter. Pair it with our "
  "Cinderpot titanium set and you'll have the lightest kitchen on the trail: the pot nests the "
  "stove and a 100 g canister with room to spare.",
  "Unrequested cross-sell of another product in a reply.")

R("violation", "en", "reply", [OFF], ["phone", "implicit"],
  "That's an odd one, I haven't seen a hub crack like that before. Easiest is if you just call "
  "me, 541-555-0119, weekdays after nine, and we'll sort the pole swap over the phone.\n\n- Wren",
  "Gives the seller's phone number to move the conversation off Amazon.")

R("violation", "en", "proactive", [OFF], ["email", "explicit"],
  "Your Duskbeam 350 (order 111-2684409-7713052) includes a two-year warranty. To activate it, "
  "send your order number and a photo of the headlamp to warranty@larchwick-outdoor.com within "
  "30 days of delivery.",
  "Gives an e-mail address; e-mail addresses are not allowed in buyer messages.")

R("violation", "en", "reply", [OFF], ["url", "implicit"],
  "Good news, it's much easier than it looks. We filmed setup videos for all our tents and put "
  "them on our own site: https://larchwick-outdoor.com/pitch . The Hollowfell one is about four "
  "minutes long.",
  "Links to the seller's own website.")

R("violation", "en", "reply", [OFF, MKT], ["diversion", "url", "discount", "implicit"],
  "Glad the second order went smoothly too. For the next one, skip Amazon and order straight "
  "from larchwick-outdoor.com: with no marketplace fees we can do it for about 12% less.",
  "Diverts the next sale to the seller's own site and offers a lower price there.")

R("violation", "en", "proactive", [OFF, MKT], ["social", "promotion", "implicit"],
  "Hi Jordan, thanks again for your order 113-0482277-6610934. Come and join the Larchwick Trail "
  "Crew group on Facebook, it's where we post trip reports, pitching tips and the occasional "
  "giveaway.",
  "Invites the buyer to a social-media group and advertises giveaways.")

R("violation", "en", "reply", [OFF], ["payment", "implicit"],
  "Sorry the windscreen wasn't in the box, that's a packing slip-up on our side. Rather than "
  "going through a return, I can send you $8 right now on Venmo; just tell me your handle.",
  "Offers compensation through a non-Amazon payment service.")

R("violation", "en", "reply", [RI, OFF], ["gating", "email", "implicit"],
  "You're all set, the footprint is on its way. If the tent gives you any trouble at all, email "
  "me at wren@larchwick-outdoor.com rather than posting about it on Amazon. We answer within the "
  "hour.",
  "Diverts complaints away from reviews and to an e-mail address.")

R("violation", "en", "proactive", [RI, MKT], ["incentive", "coupon", "explicit"],
  "As a thank-you for sharing your honest experience with the Duskbeam on Amazon, we'll send "
  "you a code for 30% off your next Larchwick order. Just reply 'done' once it's posted.",
  "A discount code in return for a review: an incentive and a coupon.")

R("violation", "en", "reply", [RI], ["positive-rating", "implicit"],
  "The return window is 30 days from delivery, and you can start it from Your Orders whenever "
  "you like. And if we've made this easy for you, a rating that reflects that would help a small "
  "shop more than you know.",
  "Asks for a rating that 'reflects' a good experience, i.e. a positive one.")

R("violation", "en", "proactive", [MKT], ["sale", "explicit"],
  "Our summer sale starts Friday! The Hollowfell 2, the Sparrowflame and the Duskbeam are all "
  "marked down on Amazon through Labor Day. Stock up before the autumn trips.",
  "Sale announcement sent proactively.")

R("violation", "en", "reply", [MKT], ["referral", "implicit"],
  "So glad the filter held up on the Wonderland Trail. If anyone in your hiking group wants one, "
  "have them mention your name in a message after they order, and we'll send you both a spare "
  "cartridge.",
  "Referral scheme: a reward for bringing in other buyers.")

R("violation", "en", "proactive", [OFF], ["messaging-app", "phone", "explicit"],
  "For quicker answers about your Hollowfell order, we're now on WhatsApp at +1 971-555-0134. "
  "Message us there with your order number any time.",
  "Moves support to WhatsApp and gives a phone number.")

R("violation", "en", "reply", [RI], ["change-review", "incentive", "implicit"],
  "We read what you posted about the leaking corner seam, and you're right to be annoyed. We'll "
  "send a brand-new Hollowfell 2 at no charge. All we'd ask is that you edit the post once it "
  "arrives to say how we handled it.",
  "A free replacement tied to editing an existing review.")

R("violation", "en", "proactive", [OFF], ["qr", "implicit"],
  "Inside the Sparrowflame box there's a small green card with a QR code. Scan it to register "
  "your warranty and chat with our team directly; it's quicker than waiting on messages here.",
  "Sends the buyer to a QR code for direct chat outside Amazon.")

# --- Simplified Chinese (17) ---
R("violation", "zh", "proactive", [RI], ["positive-rating", "implicit"],
  "您好，您订购的Duskbeam 350头灯应该已经送达（订单号 113-5520918-0047762）。商品页上的分数对我们这种小团队影响很大，"
  "用得顺手的话，麻烦给个满分鼓励一下。",
  "Asks for a full-marks rating without using the word review.")

R("violation", "zh", "reply", [RI], ["incentive", "implicit"],
  "滤水器的安装问题已经在上面为您解答了。另外，您在亚马逊分享使用感受之后，把截图发到这里，我们会给您返一点心意，"
  "金额不大，算是感谢。",
  "Offers money back ('返一点心意') after a posted review.")

R("violation", "zh", "proactive", [RI], ["gating", "implicit"],
  "亲，帐篷收到后如果有任何不满意的地方，请一定先在这里告诉我们，我们会第一时间处理，千万别急着去商品页留言哦。",
  "Asks dissatisfied buyers to contact the seller instead of posting on the product page.")

R("violation", "zh", "reply", [RI], ["change-review", "implicit"],
  "已经为您补发了新的炉头，给您带来不便非常抱歉。\n\n等新炉头到了，麻烦您回到商品页把之前写的那段内容改一改，"
  "现在的说法对我们影响挺大的。谢谢理解！",
  "Asks the buyer to edit an existing product review after a replacement.")

R("violation", "zh", "reply", [RI], ["steering", "implicit"],
  "听说您准备在商品页写写使用心得，太感谢了！方便的话，能不能重点提一下帐篷的防风表现，还有一个人五分钟就能搭好？"
  "很多买家最关心这两点。",
  "Tells the buyer which points to put in the review.")

R("violation", "zh", "proactive", [RI], ["incentive", "explicit"],
  "订单 112-7781034-2290518：感谢选购Sparrowflame炉头。晒图评价后联系我们，即送价值15美元的防风罩一个。",
  "A free windscreen for a review with photos.")

R("violation", "zh", "proactive", [MKT], ["new-product", "explicit"],
  "您好！告诉您一个好消息：我们的新款Duskbeam 600头灯下周正式在亚马逊上架，亮度提升近一倍，老顾客欢迎关注。",
  "Proactive new-product announcement.")

R("violation", "zh", "reply", [MKT], ["coupon", "explicit"],
  "一支滤芯大约可以过滤1500升水，按周末徒步的频率算，能用大半年。下次补货时可以用优惠码 LWK88，立减10%。",
  "Adds a coupon code to an answer.")

R("violation", "zh", "proactive", [MKT], ["buy-again", "implicit"],
  "您上次买的滤芯差不多该换了，在亚马逊订单记录里点“再次购买”就能一键下单，别等到出发前一天才想起来哦。",
  "Proactive 'buy again' push.")

R("violation", "zh", "reply", [MKT], ["cross-sell", "listing-link", "implicit"],
  "炉头是压电点火，不需要电池，按下去听到“咔哒”一声就说明点火器正常。另外，我们的Cinderpot钛锅套装刚好能把炉头"
  "和一罐气罐装进去，很多客人都是一起买的：https://www.amazon.com/dp/B0LWK5CP7T",
  "Unrequested cross-sell with a link to another Amazon listing.")

R("violation", "zh", "reply", [OFF], ["messaging-app", "explicit"],
  "这个问题文字说不太清楚，您加一下我们的微信 larchwick_cs，我发视频给您看怎么装。",
  "Moves the conversation to WeChat.")

R("violation", "zh", "proactive", [OFF, MKT], ["url", "diversion", "discount", "explicit"],
  "想了解更多户外装备，欢迎访问我们的官网 larchwick-outdoor.com，官网会员下单享专属价。",
  "Links to the seller's own site and offers member prices there.")

R("violation", "zh", "reply", [OFF], ["phone", "explicit"],
  "帐篷杆的更换流程比较复杂，您直接打我们的客服电话 503-555-0162 吧，工作日早九点到晚六点都有人接。",
  "Gives the seller's phone number for support.")

R("violation", "zh", "reply", [OFF], ["payment", "implicit"],
  "补差价的事情不用走亚马逊那么麻烦，您把支付宝账号发给我，我直接转给您。",
  "Offers a refund through Alipay, outside Amazon.")

R("violation", "zh", "proactive", [RI, OFF], ["gating", "email", "explicit"],
  "如果产品有任何问题，请先发邮件到 care@larchwick-outdoor.com 联系我们，不要直接在亚马逊上给差评，我们保证处理到您满意为止。",
  "Diverts negative reviews to an e-mail address.")

R("violation", "zh", "reply", [RI], ["feedback-removal", "incentive", "implicit"],
  "物流延误确实是我们这边的问题，已经为您申请了部分退款。另外，如果您愿意撤掉那条卖家反馈，我们可以再额外补偿您20美元。",
  "Offers extra money for withdrawing seller feedback (the partial refund itself is a remedy).")

R("violation", "zh", "proactive", [MKT], ["sale", "explicit"],
  "黑五活动提前开启！本店帐篷、炉头、头灯全线八五折，活动只有五天，错过要等明年。",
  "Sale announcement.")

# --- Traditional Chinese (10; Taiwan and Hong Kong usage) ---
R("violation", "zh", "reply", [OFF], ["messaging-app", "explicit", "tw"],
  "帳篷營柱的問題用文字比較難說明，方便的話加一下我們的官方LINE：@larchwicktw，客服小森會直接跟您視訊，一步一步教您怎麼換。",
  "Moves support to a LINE account.", trad=True)

R("violation", "zh", "proactive", [RI], ["positive-rating", "implicit", "tw"],
  "您好～您訂購的 Brookdraw 濾水器應該已經到貨了（訂單編號 111-6602917-3385014）。如果用起來還滿意，"
  "拜託在商品頁給我們滿滿的星星，小店真的很需要大家的支持！",
  "Asks satisfied buyers for a full-star rating.", trad=True)

R("violation", "zh", "reply", [RI], ["incentive", "implicit", "tw"],
  "感謝您願意分享使用心得！評論刊出之後，把頁面截圖傳到這裡，我們會寄一組替換濾芯給您當作謝禮。",
  "Replacement cartridges as a reward for a posted review.", trad=True)

R("violation", "zh", "reply", [RI], ["change-review", "implicit", "hk"],
  "我哋已經幫你全數退款，真係唔好意思。如果你覺得我哋處理得 OK，可唔可以返去商品頁改一改你嗰段留言？"
  "嗰段而家寫住我哋唔理客人，其實已經唔係咁。",
  "Asks the buyer to edit an existing review after a refund (Cantonese).", trad=True)

R("violation", "zh", "proactive", [MKT], ["coupon", "explicit", "tw"],
  "週年慶回饋老客人！下次在亞馬遜購買本店商品時輸入折扣碼 CAMP-LW10，全單即享九折。",
  "Proactive discount code.", trad=True)

R("violation", "zh", "reply", [OFF], ["signature", "url", "phone", "explicit", "tw"],
  "您好，頭燈的防水等級是 IPX6，一般下雨完全沒問題，但請不要整支泡在水裡。\n\n"
  "Larchwick Outdoor 台灣客服 小森\n官網 larchwick.tw｜電話 +886 555-0178",
  "The answer is fine but the signature block carries a website and a phone number.", trad=True)

R("violation", "zh", "proactive", [MKT], ["new-product", "storefront-link", "explicit", "hk"],
  "你好！我哋最新嘅 Sparrowflame Mini 爐頭已經上架，細過舊款一半，想睇齊全部產品可以去我哋嘅亞馬遜店舖："
  "https://www.amazon.com/stores/Larchwick/page/4F2A9C31",
  "New-product announcement with a storefront link (Amazon link, so marketing only).", trad=True)

R("violation", "zh", "reply", [RI], ["gating", "after-praise", "implicit", "tw"],
  "謝謝您特地回來說帳篷很好搭！第一次露營就能自己搭好，真的很厲害。可以麻煩您把剛剛這段話也寫到商品頁上嗎？讓其他露友也看得到。",
  "Asks a buyer who has just praised the tent to repeat it on the product page (gating).", trad=True)

R("violation", "zh", "proactive", [MKT], ["buy-again", "bundle", "implicit", "tw"],
  "提醒您：濾芯建議每三個月更換一次，您上一批應該差不多該換了。這個月回購兩組以上，我們會再多送一個收納袋，數量有限。",
  "Buy-again push with a bundle gift.", trad=True)

R("violation", "zh", "reply", [OFF], ["messaging-app", "phone", "diversion", "explicit", "hk"],
  "有咩問題直接 WhatsApp 我哋啦：+852 555 0141，唔使喺亞馬遜度等回覆，快好多。",
  "Moves support to WhatsApp with a phone number (Cantonese).", trad=True)

# --- Mixed (6) ---
R("violation", "mixed", "reply", [RI, OFF], ["incentive", "payment", "explicit"],
  "Hi Kevin，退款的事情我们可以私下处理。Leave your honest review first，然后把 PayPal email 发给我，我们 refund 全款。",
  "Full refund through PayPal in return for a review.")

R("violation", "mixed", "proactive", [MKT], ["sale", "explicit", "hk"],
  "Hi Ms Chan，多謝你買咗我哋嘅 Hollowfell 2 tent！下個月我哋有 flash sale，全店 items 七折，記得留意我哋嘅 listing 啊。",
  "Announces a coming sale (Cantonese-English).", trad=True)

R("violation", "mixed", "reply", [OFF], ["social", "implicit"],
  "这个 pitching 的步骤视频我们放在 Instagram 上了，search @larchwick.trails 就能找到，顺便 follow 一下，每周都有 new content。",
  "Sends the buyer to an Instagram account.")

R("violation", "mixed", "proactive", [RI], ["gating", "implicit"],
  "您好！Your Sparrowflame stove 已经送达。如果 anything is not perfect，请先 message 我们，我们 fix 好了您再决定要不要写 review。",
  "Asks buyers to let the seller fix problems before deciding to review.")

R("violation", "mixed", "reply", [MKT], ["coupon", "explicit"],
  "电池是 1800mAh，充满大约 3 hours。另外 next order 用 code EMBER20 可以 save 20%，任何 item 都可以用。",
  "Adds a coupon code to an answer.")

R("violation", "mixed", "reply", [RI], ["steering", "implicit", "tw"],
  "謝謝你願意寫 review！如果可以的話，幫我們提一下 waterproof 的表現跟 setup 很快，這兩個是大家最在意的 points。",
  "Steers the content of the buyer's review.", trad=True)

# ---------------------------------------------------------------------------------------------
# EVASIONS (30): violations disguised on purpose.
# ---------------------------------------------------------------------------------------------

# --- English (13) ---
R("evasion", "en", "proactive", [RI], ["positive-rating", "spacing"],
  "If the Duskbeam has been good to you on those early starts, a f i v e - s t a r rating on "
  "the product page would make our week.",
  "Five-star request with the letters spaced out.")

R("evasion", "en", "reply", [OFF], ["email", "spelled-email", "separators"],
  "I'll have to hand this one to our warranty desk. Write to w.r.e.n (at) larchwick-outdoor "
  "(dot) com with two photos of the crack and your order number, and they'll take it from there.",
  "E-mail address written with dots between letters and (at)/(dot).")

R("evasion", "en", "proactive", [RI], ["incentive", "homoglyph"],
  "Quick note on order 112-8830195-4471026: leave an honest r\u0435vi\u0435w of the "
  "Sparrowflame, send us the link here, and we'll r\u0435fund the full price of the stove.",
  "Refund for a review, with Cyrillic e in 'review' and 'refund'.")

R("evasion", "en", "proactive", [OFF, MKT], ["messaging-app", "phone", "vip-group", "fullwidth"],
  "Members-only deals and faster help: message us on \uff37\uff48\uff41\uff54\uff53\uff21\uff50\uff50 "
  "at \uff0b\uff11 \uff19\uff17\uff11 \uff15\uff15\uff15 \uff10\uff11\uff13\uff14.",
  "WhatsApp number and members-only deals in full-width letters and digits.")

R("evasion", "en", "reply", [OFF], ["social", "zero-width"],
  "Setup questions get answered fastest on our Insta\u200bgram, @larch\u200bwick.trails. Send us a "
  "DM there with a photo of how the tent is pitched.",
  "Instagram handle with zero-width spaces inside the words.")

R("evasion", "en", "proactive", [RI], ["positive-rating", "star-symbols"],
  "Hope the Hollowfell kept you dry last weekend! If it did, "
  "\u2b50\u2b50\u2b50\u2b50\u2b50 beside your name on the listing would mean the world to us.",
  "Five-star request written with star emoji.")

R("evasion", "en", "reply", [OFF], ["phone", "spelled-phone"],
  "Easier to talk it through? Text Tobias on five four one, five five five, zero one one nine, "
  "any time before 8 pm.",
  "Phone number spelled out in words.")

R("evasion", "en", "reply", [OFF], ["phone", "split-phone"],
  "Honestly the quickest fix is a two-minute call. Area code 503, then 555, and the last four "
  "are 01 and 62. Ask for Tobias and mention the bent pole.",
  "Phone number split into pieces across a sentence.")

R("evasion", "en", "reply", [MKT], ["coupon", "leetspeak"],
  "A 230 g canister lasts about 90 minutes at full burn, roughly a long weekend for two people.\n\n"
  "P.S. The c0up0n EMBER20 is good for 20% off your next Larchwick order until the end of the month.",
  "Coupon with digits in place of letters.")

R("evasion", "en", "reply", [OFF], ["email", "spelled-email"],
  "Our warranty desk works from email, not Amazon messages: care at larchwick dash outdoor dot "
  "com. Put your order number in the subject line.",
  "E-mail address written out in words.")

R("evasion", "en", "proactive", [OFF, MKT], ["url", "diversion", "discount", "spacing"],
  "Fresh deals go up every Friday on l a r c h w i c k - o u t d o o r . c o m, usually a few "
  "dollars under the Amazon price.",
  "Own-shop address spaced out letter by letter, with lower prices than Amazon.")

R("evasion", "en", "reply", [RI], ["incentive", "leetspeak"],
  "Post your r3v!ew of the Brookdraw and message us the link: we'll send a fr3e spare cartridge "
  "straight out.",
  "Free cartridge for a review, with digits and symbols for letters.")

R("evasion", "en", "reply", [OFF], ["messaging-app", "homoglyph"],
  "For anything urgent over the weekend, ping us on T\u0435l\u0435gram at @larchwick_camp; "
  "someone's always on.",
  "Telegram handle, with Cyrillic e in 'Telegram'.")

# --- Simplified Chinese (9) ---
R("evasion", "zh", "proactive", [RI], ["incentive", "positive-rating", "pinyin"],
  "收到货还满意的话，麻烦给个 haoping 呀，截图发过来有 fanxian，说到做到。",
  "Good-review-for-cash-back written in pinyin.")

R("evasion", "zh", "reply", [OFF, MKT], ["messaging-app", "vip-group", "coupon", "pinyin"],
  "售后问题文字讲不清楚的话，直接加 vx：larchwick_cs，进群还能领老客户专属优惠券。",
  "WeChat written as 'vx', plus a customer group with coupons.")

R("evasion", "zh", "proactive", [RI], ["incentive", "positive-rating", "homophone"],
  "帐篷用着顺手的话，给个好苹呗，我们这边给您发个小红包表示感谢。",
  "'好苹' is a homophone of 好评; a red packet is offered for it.")

R("evasion", "zh", "proactive", [RI], ["incentive", "spacing"],
  "温馨提示：好 评 晒 图 送 滤 芯 一 支，发完截图给客服即可。",
  "Review-for-gift offer with spaces between the characters.")

R("evasion", "zh", "proactive", [RI], ["incentive", "positive-rating", "zero-width"],
  "五\u200b星\u200b好\u200b评后联系客服，即可领取防风罩一个。",
  "Five-star-review-for-gift with zero-width spaces between characters.")

R("evasion", "zh", "reply", [OFF], ["phone", "cn-numerals"],
  "帐篷杆的事电话里说更快：五零三 五五五 零一六二，找 Tobias 就行。",
  "Phone number written in Chinese numerals.")

R("evasion", "zh", "reply", [OFF], ["email", "fullwidth"],
  "售后邮箱：\uff43\uff41\uff52\uff45\uff20\uff4c\uff41\uff52\uff43\uff48\uff57\uff49\uff43\uff4b"
  "\uff0d\uff4f\uff55\uff54\uff44\uff4f\uff4f\uff52\uff0e\uff43\uff4f\uff4d，保修问题发邮件处理更快。",
  "E-mail address in full-width characters.")

R("evasion", "zh", "proactive", [MKT], ["coupon", "separators"],
  "下次下单结账时输入 L/W/K/8/8，立减一成。",
  "Coupon code broken up with slashes.")

R("evasion", "zh", "reply", [RI], ["change-review", "incentive", "homophone"],
  "您好，那条叉评能不能帮忙撤一下？撤掉之后我们马上给您补偿一个新滤芯。",
  "'叉评' stands for 差评; asks to remove a review for a free cartridge.")

# --- Traditional Chinese (5) ---
R("evasion", "zh", "reply", [OFF], ["messaging-app", "homoglyph", "tw"],
  "想要更快收到回覆的話，可以加我們的 LlNE 官方帳號：@larchwicktw，平日晚上也有人回。",
  "LINE written with a lower-case l in place of the capital I.", trad=True)

R("evasion", "zh", "proactive", [RI], ["incentive", "positive-rating", "zhuyin", "tw"],
  "露營愉快！如果帳篷還不錯，拜託給個\u310f\u3120\u02c7評，截圖傳給我們，會寄小禮物給您喔～",
  "好評 written with a Bopomofo syllable; a gift for the screenshot.", trad=True)

R("evasion", "zh", "reply", [OFF], ["phone", "cn-numerals", "tw"],
  "保固的事情用電話講比較快，請撥 伍伍伍 零壹柒捌，國碼 +886，找小森就可以。",
  "Phone number in formal Chinese numerals.", trad=True)

R("evasion", "zh", "proactive", [OFF, MKT], ["social", "promotion", "fullwidth", "tw"],
  "\uff29\uff27 搜尋 \uff20\uff4c\uff41\uff52\uff43\uff48\uff57\uff49\uff43\uff4b\uff0e\uff54\uff52"
  "\uff41\uff49\uff4c\uff53 追蹤我們，每個月抽獎送頭燈！",
  "Instagram handle in full-width letters, plus a giveaway.", trad=True)

R("evasion", "zh", "reply", [RI], ["incentive", "positive-rating", "star-symbols", "hk"],
  "如果用得開心，俾個 \u2b50\u2b50\u2b50\u2b50\u2b50 我哋啦！貼咗之後同我哋講一聲，我哋會回贈少少現金俾你。",
  "Five-star request in emoji with cash back (Cantonese).", trad=True)

# --- Mixed (3) ---
R("evasion", "mixed", "reply", [RI, OFF], ["incentive", "payment", "zero-width"],
  "Hi Rachel，方便的话 leave 一个好\u200b评，然后把截图和你的 P\u200bay\u200bPal email 发给我，we'll 返 $10 给你。",
  "Cash back through PayPal for a good review, with zero-width spaces in the keywords.")

R("evasion", "mixed", "reply", [OFF], ["email", "spelled-email"],
  "帐篷的 warranty claim 需要走 email，发到 wren 艾特 larchwick-outdoor 点 com 就可以，记得 attach 照片。",
  "E-mail address spelled with 艾特 (at) and 点 (dot).")

R("evasion", "mixed", "reply", [OFF, MKT], ["messaging-app", "phone", "diversion", "discount", "cn-numerals", "hk"],
  "想 order 多幾個 cartridge 嘅話，直接 WhatsApp 我：九七一 五五五 零一三四，price 平過 Amazon 㗎。",
  "WhatsApp number in Chinese numerals and a cheaper price off Amazon.", trad=True)

# ---------------------------------------------------------------------------------------------
# NEAR-MISSES (50): compliant, but a naive keyword list would flag them.
# ---------------------------------------------------------------------------------------------

# --- English (22) ---
R("near-miss", "en", "proactive", [], ["neutral-review-request", "kw-review", "order-id"],
  "Hello from Larchwick Outdoor.\n\nYour order 113-4410782-9052316 (Hollowfell 2) was delivered "
  "last week. When you've had a chance to use it, we'd appreciate an honest review on Amazon, "
  "whether it's glowing or critical. Either way it helps the next camper decide.\n\nThank you,\nWren",
  "A single neutral review request with no condition, incentive or steering.")

R("near-miss", "en", "proactive", [], ["neutral-review-request", "amazon-link", "kw-review", "asin", "order-id"],
  "Order 111-3397420-6152087: if you'd like to share your experience with the Brookdraw filter, "
  "Amazon's review form is here: https://www.amazon.com/review/create-review?asin=B0LWK7F3Q2 . "
  "Good, bad or somewhere in between, every honest account is useful to other hikers.",
  "Neutral review request with a link to Amazon's own review page.")

R("near-miss", "en", "reply", [], ["remedy", "kw-refund", "order-id"],
  "We're sorry the Sparrowflame's igniter failed on the first trip. We've issued a full refund "
  "for order 112-5829016-3374410 to your original payment method; it usually shows within 3-5 "
  "business days. There's no need to send the stove back.",
  "A refund as a remedy, not linked to any review.")

R("near-miss", "en", "reply", [], ["remedy", "kw-free", "tracking-number"],
  "A replacement pole section is on its way free of charge, tracking 1ZLW4A830391288710. No need "
  "to return the bent one; recycle it or keep it as a spare splint.",
  "A free replacement as a remedy.")

R("near-miss", "en", "reply", [], ["answer-to-question", "kw-coupon"],
  "The 10% coupon you saw on the listing is an Amazon coupon: it has to be clipped on the product "
  "page before checkout, and Amazon applies it at payment. We can't add it to an order "
  "afterwards, and we don't issue codes of our own. Amazon customer service may be able to look "
  "at it for you.",
  "Explains an Amazon coupon the buyer asked about; offers nothing.")

R("near-miss", "en", "reply", [], ["negation", "kw-phone", "kw-email"],
  "We don't give out a phone number or an email address for support. Amazon asks us to keep "
  "everything in Buyer-Seller Messaging, and this thread is watched seven days a week, so reply "
  "here with the photos and we'll take it from there.",
  "Refuses to give a phone number or e-mail; stays on Amazon.")

R("near-miss", "en", "reply", [], ["quoted-buyer", "kw-email", "negation"],
  "> Can you just email me at hollis.trek@example.net? I don't check Amazon much.\n\n"
  "Thanks, Hollis. We can only reply here in Amazon messages, but you can switch on "
  "notifications for them in the Amazon app so you don't miss an answer. The replacement filter "
  "ships tomorrow.",
  "The e-mail address is in the buyer's quoted words; the seller declines to use it.")

R("near-miss", "en", "reply", [], ["amazon-link", "order-id", "kw-free"],
  "You can start the return from Your Orders: https://www.amazon.com/gp/css/order-history . Pick "
  "order 114-0628391-2257703, choose 'Return or replace items' and the reason 'Item defective'. "
  "The return label is free because the fault is ours.",
  "Link to Amazon's own order page to complete a return.")

R("near-miss", "en", "reply", [], ["carrier-phone", "tracking-number", "kw-phone"],
  "The carrier's tracking shows the parcel held at their depot because the label was damaged. "
  "The tracking number is TBA318820471000. You can ring the carrier's depot line at "
  "1-800-555-0100 with that number to arrange redelivery or collection.",
  "A carrier's phone number in a delivery context (policy D exception), not the seller's.")

R("near-miss", "en", "reply", [], ["kw-rating", "kw-review", "happy-buyer"],
  "Thank you for the five stars, Marcus, and for taking the time to write the review! Enjoy the "
  "Duskbeam on those dark early starts.",
  "Thanks a buyer who said they had already reviewed; nothing is asked.")

R("near-miss", "en", "reply", [], ["feedback-notice", "kw-remove", "kw-update"],
  "We're glad the replacement tent arrived and the zip runs smoothly now. If you are satisfied "
  "that we've resolved your concerns, it is possible to update or remove the seller feedback you "
  "left earlier. That's entirely your choice, and nothing changes on our side either way.",
  "Amazon's own acceptable seller-feedback notice after resolution, with no pressure or incentive.")

R("near-miss", "en", "reply", [], ["answer-to-question", "asin"],
  "Yes, the three-person version is the Hollowfell 3. It uses the same fly fabric and adds 40 cm "
  "of width. It's on Amazon under ASIN B0LWK3T3P1 if you want to compare the specs.",
  "The buyer asked about the larger model; answering that question is not cross-selling.")

R("near-miss", "en", "reply", [], ["product-feature", "kw-free", "kw-new"],
  "The Sparrowflame is free-standing on most canisters, and the new valve lets it simmer at very "
  "low output. It works with any standard threaded canister, so there's no need for a particular "
  "brand of gas.",
  "'Free' and 'new' are product-spec words, not offers.")

R("near-miss", "en", "proactive", [], ["kw-refund", "kw-cancel", "order-id"],
  "Order 112-0193375-8846021\n\nYour Hollowfell 2 will ship three days later than estimated "
  "because our warehouse received a damaged batch of poles and we're replacing them before "
  "packing.\n\nIf you'd prefer not to wait, reply here and we'll cancel the order for you; any "
  "charge is refunded in full.\n\nSorry for the delay,\nLarchwick Outdoor",
  "A proactive delay notice (permitted unexpected problem); cancel and refund are remedies.")

R("near-miss", "en", "reply", [], ["quoted-buyer", "kw-review", "remedy", "kw-free"],
  "Yes, we read it. You wrote that \"the tent leaked at the corner seams after an hour of rain\", "
  "and that's on us. We're sending seam sealer and a new fly at no cost. You don't need to do "
  "anything else.",
  "Quotes the buyer's review and offers a remedy without asking anything about the review.")

R("near-miss", "en", "reply", [], ["negation", "kw-review", "kw-refund"],
  "That's a kind thought, but Amazon doesn't let sellers offer anything in return for a review, "
  "so we can't give a refund, gift or discount for one. If you do decide to write one, say "
  "whatever you honestly think.",
  "Refuses an incentive; the review words appear only in the refusal.")

R("near-miss", "en", "reply", [], ["negation", "kw-website"],
  "We don't have a separate website for manuals. The PDF is attached to this message, and the "
  "same file is under 'Product guides and documents' on the Amazon listing.",
  "Manual sent on request; 'website' appears only in a negation.")

R("near-miss", "en", "reply", [], ["order-id", "tracking-number"],
  "Both parcels for order 113-5550162-0190347 are moving: the tent is on 1ZLW8B720355501994 and "
  "the footprint follows on TBA402918355010.",
  "Order and tracking numbers that contain 555-01 digit runs are not phone numbers.")

R("near-miss", "en", "reply", [], ["kw-review", "kw-refund", "negation"],
  "No problem at all, you're entitled to say what you experienced. The refund for the cracked "
  "windscreen has been processed regardless, and it isn't tied to anything you write.",
  "Reply to a buyer who mentions their review: the refund is explicitly not linked to it.")

R("near-miss", "en", "reply", [], ["negation", "kw-social"],
  "We don't run customer service through Instagram or any other social app, so I can't tell "
  "which photo you mean, but the pictures on the Amazon listing show the current olive fly.",
  "Names a social network only to say it is not used.")

R("near-miss", "en", "reply", [], ["answer-to-question", "kw-subscribe"],
  "Amazon's Subscribe & Save isn't available on the cartridge listing at the moment, so there's "
  "no automatic delivery. You'd need to order them as usual when you need them.",
  "Answers the buyer's question about automatic delivery; no push to buy.")

R("near-miss", "en", "proactive", [], ["kw-phone", "order-id", "info-request"],
  "Order 114-7721093-0638152: the courier needs a contact phone number for customs clearance in "
  "Chile. Please add it to your Amazon address book (Your Account > Your Addresses) rather than "
  "sending it here, and the parcel will be released.",
  "Requests information needed to deliver the order, through Amazon; no number is given.")

# --- Simplified Chinese (14) ---
R("near-miss", "zh", "proactive", [], ["neutral-review-request", "kw-review", "order-id"],
  "您好，您的订单 112-9034721-6650183（Brookdraw 滤水器）已签收一周。如果方便，欢迎在亚马逊商品页写下您的真实使用感受，"
  "不论满意与否，都能帮助其他户外爱好者做选择。",
  "Neutral review request; 满意 appears in 'satisfied or not'.")

R("near-miss", "zh", "reply", [], ["kw-review", "happy-buyer"],
  "谢谢您的好评和鼓励！炉头的气阀如果用久了变紧，滴一滴硅油就好。",
  "Thanks a buyer who says they already left a good review; asks nothing.")

R("near-miss", "zh", "reply", [], ["kw-substring", "answer-to-question"],
  "关于滤水器能不能过滤病毒：我们检索评测报告后确认，Brookdraw 的0.1微米滤膜可以去除细菌和原生动物，但不能去除病毒，"
  "出国徒步建议配合净水片使用。",
  "检索评测 contains the substring 索评; it is a product answer.")

R("near-miss", "zh", "reply", [], ["kw-cancel", "kw-refund", "order-id"],
  "已按您的要求取消重复下单的订单 113-2051748-9930416，款项会原路退回，一般需要3到5个工作日。另一单正常发货。",
  "Cancels a duplicate order at the buyer's request; refund as a consequence.")

R("near-miss", "zh", "reply", [], ["kw-change", "kw-substring"],
  "收货地址已按您的留言修改好了，包裹还没出库，不影响送达时间。搜索评论区里提到的“营钉容易弯”的问题，新批次已经换成铝合金的了。",
  "修改 is an address change; 搜索评论 contains 索评; no review request.")

R("near-miss", "zh", "reply", [], ["negation", "kw-im", "kw-phone"],
  "抱歉，根据亚马逊的规定，我们不能通过微信或电话联系买家，所有沟通都在这里进行。\n\n"
  "您把帐篷漏水的位置拍照发在这个对话里就可以，我们看到后会尽快给您处理方案。",
  "Refuses WeChat and phone contact; stays on Amazon.")

R("near-miss", "zh", "reply", [], ["remedy", "kw-refund", "order-id"],
  "非常抱歉头灯充不进电。我们已经为订单 111-8406153-2790384 办理全额退款，商品不用寄回。",
  "Refund as a remedy.")

R("near-miss", "zh", "reply", [], ["remedy", "kw-free", "tracking-number"],
  "给您免费补发一个新的防风罩，物流单号 1ZLW6D250374190832，预计周四送达，旧的不用退回。",
  "Free replacement as a remedy.")

R("near-miss", "zh", "reply", [], ["answer-to-question", "kw-coupon"],
  "商品页上的优惠券是亚马逊的活动，需要在下单前点击领取，结算时由亚马逊自动抵扣，我们这边没有办法在下单后补发。",
  "Explains an Amazon coupon the buyer asked about.")

R("near-miss", "zh", "reply", [], ["amazon-link", "order-id"],
  "退货请在亚马逊“我的订单”里操作：https://www.amazon.com/gp/css/order-history ，选择订单 114-6673029-1184725，"
  "退货原因选“商品有缺陷”，运费由我们承担。",
  "Link to Amazon's own order page for a return.")

R("near-miss", "zh", "reply", [], ["negation", "kw-review", "kw-cashback"],
  "谢谢您的好意！亚马逊不允许卖家为评价提供任何回报，所以我们这边没有返现。您愿意写的话，按真实感受写就好。",
  "Refuses cash back for a review; 返现 appears only in the refusal.")

R("near-miss", "zh", "reply", [], ["quoted-buyer", "kw-rating", "happy-buyer"],
  "您在留言里说“这个炉头比我之前用的好太多，五星！”，看到真的很开心。关于您问的高海拔使用：3000米以上建议换成冬季气罐。",
  "Quotes the happy buyer's words and answers the question without asking for a review.")

R("near-miss", "zh", "reply", [], ["feedback-notice", "kw-remove", "kw-update"],
  "很高兴新的滤芯已经解决了出水慢的问题。如果您认为问题已经解决，您可以自行决定是否更新或移除之前留下的卖家反馈，这完全由您决定。",
  "The allowed neutral seller-feedback notice after resolution.")

R("near-miss", "zh", "reply", [], ["negation", "kw-website"],
  "我们目前只在亚马逊销售，没有另外的官网下单渠道，所以没有办法在别处直接卖给您。",
  "Answers that there is no own website; no diversion.")

# --- Traditional Chinese (9) ---
R("near-miss", "zh", "proactive", [], ["neutral-review-request", "kw-review", "order-id", "tw"],
  "您好，訂單 111-5092736-4418820 的頭燈已經送達。如果有空，歡迎到亞馬遜商品頁分享真實的使用經驗，"
  "不管是優點還是缺點，對其他買家都很有幫助。",
  "Neutral review request mentioning both strengths and weaknesses.", trad=True)

R("near-miss", "zh", "reply", [], ["remedy", "kw-refund", "tw"],
  "很抱歉濾水器的接頭有裂痕。已經為您辦理全額退款，款項會退回原付款方式，商品不用寄回。",
  "Refund as a remedy.", trad=True)

R("near-miss", "zh", "reply", [], ["negation", "kw-im", "kw-phone", "tw"],
  "不好意思，依照亞馬遜的規定，我們沒辦法透過LINE或電話聯絡，所有溝通都會在這個訊息頁面進行，請直接在這裡留言就可以了。",
  "Refuses LINE and phone contact.", trad=True)

R("near-miss", "zh", "reply", [], ["tracking-number", "hk"],
  "你好，包裹嘅追蹤編號係 TBA402918377012，物流顯示已經到咗葵涌嘅派送站，預計聽日送到。",
  "A tracking number in a delivery answer (Cantonese).", trad=True)

R("near-miss", "zh", "reply", [], ["kw-cancel", "kw-refund", "order-id", "tw"],
  "已經依照您的要求取消訂單 113-8260417-5573092，款項會全額退回，不需要再做任何操作。",
  "Cancellation done at the buyer's request.", trad=True)

R("near-miss", "zh", "reply", [], ["kw-rating", "happy-buyer", "tw"],
  "謝謝您的五顆星和鼓勵！下次露營如果遇到強風，記得把營繩全部拉上，帳篷會穩很多。",
  "Thanks a buyer who mentioned their five stars; asks nothing.", trad=True)

R("near-miss", "zh", "reply", [], ["negation", "kw-website", "kw-phone", "tw"],
  "保固期間內如果頭燈故障，直接在這個訊息串告訴我們就好，不需要另外到官網登錄，也不用打電話。",
  "Warranty handled in Amazon messages; website and phone appear in negations.", trad=True)

R("near-miss", "zh", "reply", [], ["answer-to-question", "kw-coupon", "hk"],
  "你問嘅 coupon 係亞馬遜自己嘅優惠，要喺落單之前喺商品頁撳「領取」，我哋呢邊冇辦法幫你補返，唔好意思。",
  "Explains an Amazon coupon the buyer asked about (Cantonese).", trad=True)

R("near-miss", "zh", "reply", [], ["product-feature", "kw-new", "tw"],
  "您收到的是2024年的新版頭燈，差別在於新增了紅光模式，防水等級也提升到 IPX6，舊版沒有這兩項。",
  "'New version' describes the unit the buyer received.", trad=True)

# --- Mixed (5) ---
R("near-miss", "mixed", "reply", [], ["remedy", "kw-refund"],
  "Hi Jason，您的 refund 已经处理好了，amount 是 $18.40，会退回到原来的 payment method，大概 3-5 business days。",
  "Refund as a remedy.")

R("near-miss", "mixed", "reply", [], ["negation", "kw-review", "kw-free"],
  "关于 review 的问题：Amazon 不允许我们提供任何 gift 或 discount 来换取 review，所以很抱歉不能答应您的要求。",
  "Refuses the buyer's request for something in return for a review.")

R("near-miss", "mixed", "reply", [], ["negation", "kw-im", "hk"],
  "唔好意思，我哋冇 WhatsApp 或者 WeChat 客服，所有 support 都係喺 Amazon message 度處理。你可以直接 send 相過嚟呢度，我哋今日之內覆你。",
  "Refuses WhatsApp and WeChat contact (Cantonese-English).", trad=True)

R("near-miss", "mixed", "reply", [], ["kw-website", "answer-to-question"],
  "您问的 website 上那个视频，其实是亚马逊商品页的 video section，在 product images 下面往右滑就能看到 pitching 教程。",
  "The 'website' the buyer means is the Amazon product page.")

R("near-miss", "mixed", "reply", [], ["order-id", "tracking-number"],
  "您的订单号 114-5550134-0177289 的 tracking number 是 1ZLW9C410355501288，carrier 那边显示 out for delivery，今天之内会送到。",
  "Order and tracking numbers containing 555-01 runs are not phone numbers.")

# ---------------------------------------------------------------------------------------------
# CLEAN (20): ordinary customer service, no trap words.
# ---------------------------------------------------------------------------------------------

# --- English (10) ---
R("clean", "en", "reply", [], ["answer-to-question"],
  "Hi Lena, the Hollowfell 2 footprint is 215 x 130 cm, so it sits under the tent floor with a "
  "few centimetres to spare on each side.",
  "Plain product answer.")

R("clean", "en", "reply", [], ["answer-to-question"],
  "To clean the Brookdraw, fill the pouch with clean water and squeeze it back through the "
  "filter in reverse two or three times. Never let it freeze once it has been used.",
  "Plain care instructions.")

R("clean", "en", "reply", [], ["answer-to-question"],
  "Good question. The red light is on the second button: hold it for two seconds from off. That "
  "keeps your night vision for reading maps.",
  "Plain product answer.")

R("clean", "en", "proactive", [], ["delay-notice", "order-id"],
  "Order 111-4470925-3308816: because of a scanner fault in our warehouse, your stove will leave "
  "on Thursday instead of Tuesday, and the delivery estimate moves by two days. We're sorry for "
  "the wait.",
  "Permitted proactive delay notice.")

R("clean", "en", "reply", [], ["answer-to-question"],
  "The stove fits standard screw-thread canisters (EN 417). It won't work with the bayonet-style "
  "canisters sold in some European countries.",
  "Plain compatibility answer.")

R("clean", "en", "reply", [], ["answer-to-question"],
  "Yes, the poles are aluminium and can be replaced one section at a time. Send us a photo of "
  "the bent section here and tell us which colour band it has, and we'll arrange it.",
  "Plain repair answer kept in the thread.")

R("clean", "en", "reply", [], ["answer-to-question"],
  "Thanks for the photos. That crease in the fly comes from packing and will relax after the "
  "first pitch; it isn't a tear. If it's still there after a night, let us know.",
  "Plain answer.")

R("clean", "en", "proactive", [], ["info-request", "order-id"],
  "The address on order 113-9902746-1157380 is missing an apartment number, and the carrier has "
  "flagged it. Could you reply with the unit number so the parcel isn't sent back?",
  "Requests information needed to deliver the order.")

R("clean", "en", "reply", [], ["answer-to-question"],
  "On the high setting the battery lasts about 4 hours, and on low about 40. It charges fully in "
  "roughly three hours from a standard USB-C charger.",
  "Plain product answer.")

R("clean", "en", "reply", [], ["answer-to-question"],
  "Condensation inside a single-wall tent is normal on cold, still nights. Keep both vents open "
  "and avoid cooking inside, and it should drop noticeably.",
  "Plain product answer.")

# --- Simplified Chinese (5) ---
R("clean", "zh", "reply", [], ["answer-to-question"],
  "您好，帐篷的收纳尺寸是45 x 15厘米，重量约1.6公斤，可以挂在背包外侧。",
  "Plain product answer.")

R("clean", "zh", "reply", [], ["answer-to-question"],
  "炉头点不着火的话，请先检查气罐是否拧紧，再确认点火针离火头有两三毫米的距离。",
  "Plain troubleshooting answer.")

R("clean", "zh", "proactive", [], ["delay-notice", "order-id"],
  "您好，订单 112-4418830-6092571 因为仓库盘点，发货时间推迟两天，预计下周一送达，给您添麻烦了。",
  "Permitted proactive delay notice.")

R("clean", "zh", "reply", [], ["answer-to-question"],
  "滤水器第一次使用前，请先用干净的水冲洗两遍，把滤芯里的保护液排出去。",
  "Plain instructions.")

R("clean", "zh", "reply", [], ["answer-to-question"],
  "头灯的头带可以拆下来用清水手洗，晾干后再装回去，不建议放进洗衣机。",
  "Plain care answer.")

# --- Traditional Chinese (3) ---
R("clean", "zh", "reply", [], ["answer-to-question", "tw"],
  "您好，帳篷的外帳有做防潑水處理，建議收納前先晾乾，避免發霉。",
  "Plain care answer.", trad=True)

R("clean", "zh", "reply", [], ["answer-to-question", "hk"],
  "你好，個頭燈用 USB-C 充電，大約三個鐘頭就充滿，充電嗰陣指示燈會閃紅色，滿咗就會轉綠。",
  "Plain product answer (Cantonese).", trad=True)

R("clean", "zh", "proactive", [], ["info-request", "order-id", "tw"],
  "訂單 114-3085162-7720419 的收件地址少了樓層，物流沒辦法配送。麻煩您回覆一下完整的樓層和門牌，我們今天就可以出貨。",
  "Requests information needed to deliver the order.", trad=True)

# --- Mixed (2) ---
R("clean", "mixed", "reply", [], ["answer-to-question"],
  "Hi Maya，帐篷的 inner tent 可以单独搭，适合夏天 hot nights 用，只要把 poles 扣在 inner 的 clips 上就行。",
  "Plain product answer.")

R("clean", "mixed", "reply", [], ["answer-to-question", "hk"],
  "Hello，個 stove 用標準螺紋氣罐就得，230g 同 450g 嘅 size 都 OK，只要係 screw-thread 嗰種就冇問題。",
  "Plain compatibility answer (Cantonese-English).", trad=True)


def build():
    recs = [dict(r) for r in RECORDS]
    random.Random(47).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h47-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
