#!/usr/bin/env python3
"""Source of holdout68 (holdout68.jsonl): messages that an invented Amazon seller,
Tumblerbay Smart Entry, sends to its buyers.  Standard library only.

Every record is written by hand for this set.  Hard-to-see characters are spelled with the
names below so that this file stays readable; holdout68.jsonl stores them as the real
characters (json.dumps with ensure_ascii=False), never as escape text.

    python3 gen.py          writes holdout68.jsonl next to this file
    records()               returns the list of records (used by validate.py)
"""
import json
import os
import random

ZW = "\u200b"            # zero-width space
CY_A = "\u0430"          # Cyrillic small a
CY_E = "\u0435"          # Cyrillic small ie (looks like e)
CY_S = "\u0455"          # Cyrillic small dze (looks like s)
STAR = "\u2b50"          # white medium star emoji
PRAY = "\U0001f64f"      # folded hands emoji
THUMB = "\U0001f44d"     # thumbs up emoji


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @ and dot)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


V, E, N, C = "violation", "evasion", "near-miss", "clean"
M, O, R = "marketing", "off-platform-contact", "review-inducement"
TRAD_TW = ["traditional", "taiwanese"]
TRAD_HK = ["traditional", "cantonese"]

RAW = []


def add(tags, labels, lang, text, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


# =====================================================================================
# VIOLATIONS, English (22): plain 7, careful 8, split 7
# =====================================================================================
add([V, "plain", "coupon"], [M], "en",
    "Hi Percival, thanks for choosing the Keelbolt K3 (order 112-4827361-0093528). If a back "
    "door is next on your list, code BOLT15 takes 15% off a second deadbolt from our store "
    "until the end of the month.",
    "A discount code for a further purchase, tucked into a message about the order, is a "
    "promotion (policy.md B; interface.md marketing).")
add([V, "careful", "buy-again"], [M], "en",
    "Most households end up wanting the same lock on the garage side door once they see how "
    "the first one behaves. When you are ready for a second Keelbolt, the same listing will be "
    "waiting, and it pairs to the keypad you already set up in under a minute.",
    "No sales words, but the whole message pushes a repeat purchase of the same lock "
    "(policy.md B; interface.md 'buy again' pushes).")
add([V, "split", "incentive"], [R], "en",
    "Lucinda, glad the Latchwise L8 is on the door and holding its charge. We keep a few spare "
    "battery packs for customers who tell other shoppers how the lock is working for them. If "
    "you put a few lines up on the product page, reply here and one goes out to you.",
    "The reward sits a sentence away from the request: a free battery pack for posting on the "
    "product page is compensation for a review (policy.md C1, section e indirect incentive).")
add([V, "plain", "rating-request"], [R], "en",
    "Thanks for ordering the Quaywatch V2, Mr. Fairweather (order 113-6601942-7358210). A shop "
    "our size lives on top ratings, so if you can spare a minute, please give the doorbell a "
    "5-star rating on Amazon.",
    "Names the rating it wants (policy.md C2).")
add([V, "careful", "gating"], [R], "en",
    "Barnaby, it's good to hear the keypad chirps are gone after the reset. If the Keelbolt has "
    "earned its place on your front door, a few words about it on Amazon would mean a lot to "
    "us; if it hasn't, write to us here first and Wystan will sort it out.",
    "Soft gating: happy buyers are sent to the product page, unhappy ones to the seller first "
    "(policy.md C3, section b neutral wording).")
add([V, "split", "steering"], [R], "en",
    "Ottoline, thanks for sticking with the doorbell setup. When you write up the Quaywatch "
    "on its Amazon page, it would help if you mentioned the night vision and how quickly the "
    "chime picked up the press. Those are the two things shoppers ask us about most.",
    "Tells the buyer what to put in the review (policy.md C7 influencing content).")
add([V, "plain", "email"], [O], "en",
    "Desmond, the wiring diagram for older transformer setups is too large to send through "
    "here. Email wystan@tumblerbaylocks.com and he will reply with the PDF and a photo of a "
    "correct install.",
    "A personal e-mail address moves the conversation off Amazon (policy.md D2).")
add([V, "careful", "phone"], [O], "en",
    "Henrietta, if the bolt still stops halfway after re-seating the strike plate, ring Wystan "
    "on 319-555-0183 any weekday morning and he can talk you through the alignment while "
    "you're standing at the door.",
    "The shop's own number, not a carrier or warranty line, with no 'phone' or 'call' in the "
    "text (policy.md D3).")
add([V, "split", "phone", "messaging-app"], [O], "en",
    "Leopold, sorry the Keelhub keeps dropping off your network. Wystan can go through the logs "
    "much faster over WhatsApp. Message +1 (319) 555-0146 with your order number and a "
    "screenshot of the error.",
    "Support moved to WhatsApp on the shop's number (policy.md D3, D4).")
add([V, "plain", "new-product"], [M], "en",
    "Cordelia, a quick heads-up: the Quaywatch V3 goes live this week with a wider lens and "
    "parcel detection, and V2 owners get the first look at the new arrival before it opens to "
    "everyone.",
    "A new-model announcement sent to a past buyer (policy.md B; interface.md new-product "
    "announcements).")
add([V, "careful", "bundle", "listing-link"], [M], "en",
    "Jasper, your Quaywatch V2 is on its way with Royal Mail (MB481726395GB). Plenty of "
    "customers pair it with the Ringlet plug-in chime and the wedge mount; the three together "
    "are sold as one set at amazon.com/stores/Tumblerbay for less than the chime and mount "
    "cost on their own.",
    "A bundle pitch with a storefront link riding on a delivery note; an Amazon storefront "
    "link is marketing, not off-platform (policy.md B, D1; judgement call 7).")
add([V, "split", "referral"], [M], "en",
    "Wilhelmina, glad the fingerprint enrolment worked on the second try. If a neighbour asks "
    "where the lock came from, pass them our name. Tell us who sent them our way and a second "
    "battery pack goes into your next parcel.",
    "A refer-a-friend reward spread over two sentences (policy.md B).")
add([V, "plain", "vip-list", "email"], [M, O], "en",
    "Roderick, we keep a VIP list for Keelbolt owners that hears first about add-ons and "
    "member pricing. Reply with your email address and we'll put you on it.",
    "A members' list for offers, joined by handing over a private e-mail address "
    "(policy.md B, D2, G).")
add([V, "careful", "follow", "social"], [M, O], "en",
    "Ms. Oyelaran, we post short install clips every Friday: door prep, fitting the strike "
    "plate, swapping batteries. They're all under @tumblerbay.home, and if you turn on "
    "notifications the next one reaches you first.",
    "A 'follow us' push to a social handle without naming the app (policy.md B, D4).")
add([V, "plain", "payment", "incentive"], [O, R], "en",
    "Ignacio, once your review of the Keelbolt is up, post a screenshot of it in this thread "
    "and $15 goes back to you through PayPal. It's our small thank-you to people who take the "
    "time.",
    "Money for a review, paid outside Amazon (policy.md C1, D5).")
add([V, "careful", "change-review"], [R], "en",
    "Gwendolyn, now that the new strike plate has cured the sticking bolt, would you be open to "
    "revisiting what you wrote on the K3 page last week? It still describes a problem we've "
    "since fixed, and shoppers read it as current.",
    "Asks for a product review to be changed after the fix, without saying 'review' "
    "(policy.md C4 'even after an issue is resolved').")
add([V, "split", "feedback-pressure"], [R], "en",
    "Cyrus, we're sorry the first doorbell arrived with a cracked faceplate. That one-line "
    "comment on our seller profile is now the first thing shoppers see. Since the new unit is "
    "working, taking it down would really help a small shop like ours.",
    "Pressure to remove seller feedback, not the neutral notice (policy.md C5).")
add([V, "plain", "discount", "url", "diversion"], [M, O], "en",
    "Philomena, for your next lock you can skip Amazon altogether: our website, "
    "tumblerbaylocks.com, has the K3 for $20 less and the same warranty.",
    "Sends the buyer to the shop's own site with a lower price (policy.md B, D1, D6).")
add([V, "careful", "restock"], [M], "en",
    "Beatrix, the satin brass Latchwise is back on the shelf this morning. The last batch was "
    "gone in four days, so if you've been thinking about a matching lock for the back door, "
    "now is the moment.",
    "A back-in-stock push with urgency, sent unasked (policy.md B).")
add([V, "split", "sale", "cross-sell"], [M], "en",
    "Mrs. Delacroix, your Quaywatch is due on Thursday. Before it lands, you might like to know "
    "the Ringlet chime and the solar charger are both marked down through Sunday. They're the "
    "two add-ons most V2 owners end up wanting.",
    "A delivery note that turns into a markdown announcement for add-ons (policy.md B).")
add([V, "split", "giveaway", "social"], [M, O], "en",
    "Ezra, every month we draw one Tumblerbay customer to receive a full Keelbolt and Quaywatch "
    "set. Entering is easy. Join our Facebook group, Tumblerbay Door Club, and say hello under "
    "the pinned post.",
    "A prize draw entered through a Facebook group (policy.md B, D4).")
add([V, "careful", "diversion", "qr"], [O], "en",
    "Mr. Fairweather, for the second doorbell you mentioned there's no need to go through "
    "Amazon. The small square printed inside the battery cover opens our own order page; pick "
    "the finish there and it ships from our workshop the same day.",
    "A printed square code that leads to the shop's own ordering page (policy.md D1, D6, "
    "section e point 3).")

# =====================================================================================
# VIOLATIONS, Simplified Chinese (16): plain 6, careful 5, split 5
# =====================================================================================
add([V, "plain", "payment", "incentive", "rating-request"], [O, R], "zh",
    "姚先生您好，指纹锁用着还顺手吧？在亚马逊留个好评，截图发给我们，阿棠这边给您返现30元，"
    "直接转到您的支付宝。",
    "好评返现 paid through 支付宝: a positive review bought with money outside Amazon "
    "(policy.md C1, C2, D5).")
add([V, "careful", "gating"], [R], "zh",
    "包女士，门铃装好后如果您觉得各方面都称心，欢迎到商品页写几句使用感受；要是哪里不顺手，"
    "请先在这里告诉我们，阿棠会第一时间处理，别急着在页面上说。",
    "Happy buyers to the product page, unhappy ones to the seller, without the word 评 "
    "(policy.md C3).")
add([V, "split", "incentive"], [R], "zh",
    "汤阿姨，电池包已经按您说的寄出去了。另外我们这个月有个小安排：在亚马逊写过使用体验的顾客，"
    "可以多领一把备用钥匙。写好了跟我说一声就行。",
    "A spare key for writing on Amazon, offered a sentence after a service reply "
    "(policy.md C1, section e indirect incentive).")
add([V, "plain", "messaging-app", "qr"], [O], "zh",
    "闵老师，网关配网的问题打字说不清楚。您扫一下包装盒内侧的二维码，加我们的微信 "
    "tumblerbay_cn，阿棠可以视频一步步带您操作。",
    "A QR code on the box and a WeChat ID (policy.md D1, D4).")
add([V, "careful", "phone"], [O], "zh",
    "小棉，这个问题直接聊几句会快很多：工作日上午直接打 319-555-0183 找 Wystan，他会帮您看锁舌的位置。",
    "The shop's number given as 打…找, without 电话 (policy.md D3).")
add([V, "split", "new-product"], [M], "zh",
    "小棉，您买的是第一代可视门铃。第二代下周到货，镜头更广，夜视也更清楚。老顾客可以先预留，"
    "回复一句我们就给您留一台。",
    "A new model announced to an existing buyer, with a reservation offer (policy.md B).")
add([V, "plain", "coupon"], [M], "zh",
    "包女士，感谢选择 Tumblerbay 键盘锁！下次在我们店里买第二把，结账时输入优惠码 DOOR10 "
    "可以再减10%，月底前有效。",
    "A coupon code for the next purchase (policy.md B).")
add([V, "careful", "buy-again"], [M], "zh",
    "汤阿姨，不少人家装了一把之后，后门、车库门也换成同一款，钥匙和密码都能统一管理。"
    "您要是也有这个打算，还是原来那个页面下单就行，新锁可以直接加进现在的APP里。",
    "A repeat-purchase push in everyday words (policy.md B; interface.md 'buy again').")
add([V, "plain", "rating-request"], [R], "zh",
    "小棉您好，订单 114-2039578-6641103 的指纹锁已经签收。我们是小店，每一个五星都特别重要，"
    "麻烦您抽空在亚马逊给个五星，谢谢！",
    "Asks for five stars (policy.md C2).")
add([V, "split", "steering"], [R], "zh",
    "闵老师，谢谢您愿意在商品页分享使用感受。写的时候能不能提一下安装只花了二十分钟、"
    "指纹识别很快？这两点大家最关心。",
    "Tells the buyer which points to praise (policy.md C7).")
add([V, "careful", "change-review"], [R], "zh",
    "包女士，换了扣板以后锁舌卡住的问题已经解决了。您上周在商品页留下的那几句话，"
    "说的还是当时卡住的情况，现在既然好了，能不能抽空改成现在的样子？",
    "A veiled request to edit a product review after the fix (policy.md C4).")
add([V, "plain", "follow", "social"], [M, O], "zh",
    "姚先生，我们在小红书上有个账号叫“Tumblerbay门锁”，每周发安装和保养的视频，关注一下，"
    "以后上了新东西您第一时间能看到。",
    "A 小红书 account to follow for new products (policy.md B, D4).")
add([V, "split", "discount", "url", "diversion"], [M, O], "zh",
    "汤阿姨，下次再买锁不用走亚马逊了。我们自己的网站 tumblerbaylocks.com 上同一款便宜一百块。"
    "下单时备注您的名字，我们优先发货。",
    "Diversion to the shop's own website with a lower price (policy.md B, D1, D6).")
add([V, "careful", "cross-sell", "listing-link"], [M], "zh",
    "小棉，门铃配套的室内铃我们另外有一款插电式的，声音大、不用布线，跟您这台是一套设计的。"
    "页面在 amazon.com/dp/B0F3KT8W5N，顺手一起带上的人很多。",
    "Cross-sells an accessory with a link to another Amazon listing (policy.md B, D1; "
    "judgement call 7).")
add([V, "plain", "sale", "giveaway"], [M], "zh",
    "闵老师，这个周末店里的可视门铃全部八折，下单的还能参加抽奖，奖品是一把键盘锁，别错过。",
    "A weekend sale with a prize draw (policy.md B).")
add([V, "split", "feedback-pressure"], [R], "zh",
    "姚先生，您在我们店铺留下的那条一颗星的卖家反馈，让我们这个月的账户分数掉了不少。"
    "问题已经给您解决了。麻烦您抽空撤掉，对我们这种小店真的很关键。",
    "Asks for seller feedback to be withdrawn because it hurts the account (policy.md C5).")

# =====================================================================================
# VIOLATIONS, Traditional Chinese (10): plain 3, careful 3, split 4; 6 Taiwan, 4 Hong Kong
# =====================================================================================
add([V, "plain", "messaging-app"] + TRAD_TW, [O], "zh",
    "紀先生您好，門鎖的網路設定比較複雜，建議加我們的 LINE @tumblerbaytw，傳訊息給阿棠，"
    "她可以直接視訊教您。",
    "A LINE account for support (policy.md D4).")
add([V, "careful", "gating"] + TRAD_TW, [R], "zh",
    "甘小姐，指紋鎖用了幾天如果覺得滿意，再麻煩到商品頁分享一下心得；如果有任何不順，"
    "拜託先傳訊息給我們處理，不要直接寫在頁面上喔。",
    "Soft gating in Taiwanese phrasing (policy.md C3).")
add([V, "split", "bundle", "cross-sell"] + TRAD_TW, [M], "zh",
    "侯小姐，門鈴已經出貨囉。如果還想加購，賣場上有指紋鎖加備用電池包的組合，比分開買省八百元。"
    "結帳時選組合那一項就好。",
    "A bundle offer added to a shipping note (policy.md B).")
add([V, "plain", "incentive", "rating-request"] + TRAD_TW, [R], "zh",
    "紀先生，在亞馬遜留下五星評價後截圖給我們，就送您一組備用電池包，數量有限喔。",
    "A gift for a five-star review (policy.md C1, C2).")
add([V, "careful", "payment", "diversion"] + TRAD_TW, [O], "zh",
    "甘小姐，第二把鎖如果直接轉帳給我們，可以省下平台的手續費，我們從台中出貨，兩三個工作天就到。",
    "Payment by bank transfer outside Amazon for a second lock (policy.md D5, D6).")
add([V, "split", "referral"] + TRAD_TW, [M], "zh",
    "侯小姐，謝謝您幫鄰居問了安裝的事。如果鄰居也想裝，請他下單時在訊息裡寫上您的名字。"
    "我們會寄一組備用鑰匙給您當謝禮喔。",
    "A referral reward in three sentences (policy.md B).")
add([V, "plain", "phone", "messaging-app"] + TRAD_HK, [O], "zh",
    "邱生，部門鐘連唔到WIFI嘅話，直接WhatsApp我哋 +1 (319) 555-0146，阿棠會同你視像睇下。",
    "WhatsApp on the shop's number (policy.md D3, D4).")
add([V, "careful", "change-review"] + TRAD_HK, [R], "zh",
    "伍太，門鎖嘅鎖舌已經幫你換咗，而家應該順暢好多。你之前喺產品頁寫嗰段文字仲係講緊卡住嘅情況，"
    "得閒可唔可以改返，等其他人睇到而家嘅樣？",
    "Cantonese request to edit a product review after the repair (policy.md C4).")
add([V, "split", "new-product"] + TRAD_HK, [M], "zh",
    "古小姐，我哋第二代指紋鎖下個月推出。開鎖快咗一倍，仲多咗臨時密碼功能。"
    "舊客想升級嘅話，覆我一句就幫你留一部。",
    "A new model announced to a past buyer (policy.md B).")
add([V, "split", "rating-request", "gating"] + TRAD_HK, [R], "zh",
    "邱生，知道你部門鐘用得好順手，我哋都好開心。可唔可以喺Amazon俾個滿分？對我哋小店幫助好大。",
    "Full marks asked of a buyer who has just said he is happy (policy.md section 0 point 3, "
    "C2, C3).")

# =====================================================================================
# VIOLATIONS, mixed (2): plain 1, split 1
# =====================================================================================
add([V, "plain", "coupon", "incentive", "rating-request", "mixed"], [M, R], "mixed",
    "Hi 小棉, 门锁用得 OK 吗? 帮个忙 leave a five-star review on Amazon, 我们 really appreciate "
    "it. 下次买 keypad 的时候用 BOLT15, 给你 15% off.",
    "A five-star request paid for with a code for the next purchase (policy.md B, C1, C2; "
    "judgement call 5).")
add([V, "split", "messaging-app", "traditional", "cantonese", "mixed"], [O], "mixed",
    "伍太, glad the doorbell 裝好咗. 我哋有個 Telegram group for 門鐘 owners, search "
    "tumblerbay_help 入嚟就得. Tips 同 firmware news 都會喺度出.",
    "A Telegram group for owners, in Cantonese and English (policy.md D4).")

# =====================================================================================
# EVASIONS, English (14)
# =====================================================================================
add([E, "rating-request", "gating", "homoglyph"], [R], "en",
    "Cordelia, if the Quaywatch is doing its job, a 5-st" + CY_A + "r r" + CY_E + "view on "
    "Amazon would make our week.",
    "Cyrillic a and e inside 'star' and 'review'; a five-star ask conditioned on satisfaction "
    "(policy.md C2, C3, section e).")
add([E, "coupon", "leetspeak"], [M], "en",
    "Jasper, take 20% 0ff your next deadbolt with K3YPAD20 at checkout in our store.",
    "Leetspeak code and '0ff' (policy.md B, section e).")
add([E, "messaging-app", "spacing"], [O], "en",
    "Henrietta, the pairing logs are easier to read live. Find us on T e l e g r a m as "
    "tumblerbay_help and send a picture of the error screen.",
    "Spaced-out app name with the shop's handle (policy.md D4, section e).")
add([E, "email", "separator"], [O], "en",
    "Desmond, for the door-thickness adapter, send your measurements to "
    "w-y-s-t-a-n@tumblerbaylocks.com (just leave out the dashes).",
    "An e-mail address with dashes between the letters of the local part (policy.md D2, "
    "section e).")
add([E, "incentive", "zero-width"], [R], "en",
    "Percival, anyone who leaves a re" + ZW + "view of the Keelbolt this month gets a spare "
    "key set from us. Just let us know once it's posted.",
    "A zero-width space splits 'review'; a spare key set is the reward (policy.md C1, "
    "section e).")
add([E, "email", "fullwidth"], [O], "en",
    "Ottoline, the warranty paperwork goes faster by mail: " + fw("help@tumblerbaylocks.com")
    + ", with your name in the subject.",
    "Full-width e-mail address (policy.md D2 full-width form, section e).")
add([E, "rating-request", "gating", "emoji"], [R], "en",
    "Lucinda, so glad the L8 reads your finger first time now! If it keeps that up, "
    + STAR * 5 + " on the lock's page would really lift us " + PRAY,
    "Five emoji stars asked for while the buyer is happy (policy.md C2, C3, E).")
add([E, "email", "spelled-email"], [O], "en",
    "Barnaby, if the app won't let you attach the video, send it to tumblerbay dot door at "
    "gmail dot com and Wystan will take a look tonight.",
    "A spelled-out gmail address (policy.md D2, section e).")
add([E, "phone", "number-words"], [O], "en",
    "Mr. Fairweather, text Wystan on three one nine, five five five, zero one eight three if "
    "the keypad lights up red again.",
    "The shop's number in words (policy.md D3, section e).")
add([E, "vip-list", "messaging-app", "nickname"], [M, O], "en",
    "Roderick, we run a group on the green app for Keelbolt owners: tips, spare parts and "
    "first dibs on new models. Send your number here and we'll add you.",
    "An owners' group with early access on an app named by nickname (policy.md B, D4; "
    "judgement call 8).")
add([E, "follow", "social", "nickname", "split-handle"], [M, O], "en",
    "Ms. Oyelaran, our install videos live on the photo app: tumblerbay, then a dot, then "
    "home. Following us is the easiest way to catch the new ones.",
    "Instagram by nickname and the handle in pieces (policy.md B, D4, section e).")
add([E, "sale", "homoglyph"], [M], "en",
    "Cyrus, our spring " + CY_S + CY_A + "l" + CY_E + " runs until Sunday: both doorbells "
    "and every chime we stock are a quarter below the usual.",
    "'sale' written with Cyrillic letters (policy.md B, section e).")
add([E, "change-review", "zero-width"], [R], "en",
    "Gwendolyn, if the bolt is behaving now, could you bring your r" + ZW + "ating up to "
    "match? A quick ed" + ZW + "it on the K3 page is all it takes.",
    "Asks for a rating to be raised, with zero-width spaces inside 'rating' and 'edit' "
    "(policy.md C4, section e).")
add([E, "incentive", "leetspeak"], [R], "en",
    "Philomena, say a few honest words about the doorbell on Amazon and we'll send a r3fund "
    "of $10 back to your card once you show us the p0st.",
    "Money for a review, even an honest one, with leetspeak (policy.md C1, section e).")

# =====================================================================================
# EVASIONS, Simplified Chinese (9)
# =====================================================================================
add([E, "incentive", "rating-request", "gating", "pinyin"], [R], "zh",
    "姚先生，门铃用得满意的话给个haoping，截图发过来，我们fanxian二十块。",
    "好评返现 in pinyin, offered only if satisfied (policy.md C1, C2, C3, section e).")
add([E, "messaging-app", "homophone"], [O], "zh",
    "包女士，加一下薇信 tumblerbay_cn，装锁的视频阿棠直接发给您。",
    "薇信 for 微信 (policy.md D4, section e).")
add([E, "phone", "cn-numerals"], [O], "zh",
    "汤阿姨，有问题直接找 Wystan，号码是三一九五五五零一八三，工作日上午都在。",
    "The shop's number in Chinese numerals (policy.md D3, section e).")
add([E, "incentive", "rating-request", "spacing"], [R], "zh",
    "闵老师，在亚马逊上给 个 好 评，截 图 发 给 我 们，返 现 二 十 元。",
    "Spaced 好评返现 (policy.md C1, C2, section e).")
add([E, "coupon", "separator"], [M], "zh",
    "小棉，下次买锁结账时填 优/惠/码 DOOR10，立减10%。",
    "优惠码 split by slashes (policy.md B, section e).")
add([E, "messaging-app", "nickname", "split-handle"], [O], "zh",
    "姚先生，搜一下绿泡泡，账号是 tumblerbay 后面加下划线再加 cn，加上后把门的照片发过来。",
    "WeChat as 绿泡泡 and the ID in pieces (policy.md D4, section e).")
add([E, "rating-request", "gating", "emoji"], [R], "zh",
    "包女士，用得开心的话，麻烦在亚马逊点亮" + STAR * 5 + "；不开心就先来找阿棠～" + PRAY,
    "Emoji stars for happy buyers, the seller for unhappy ones (policy.md C2, C3, E).")
add([E, "discount", "incentive", "rating-request", "pinyin", "homophone"], [M, R], "zh",
    "汤阿姨，留个好苹，您下次买第二把锁，我们给您 dazhe。",
    "好苹 for 好评 and dazhe for 打折: a discount on the next lock for a positive review "
    "(policy.md B, C1; judgement call 5).")
add([E, "follow", "social", "fullwidth"], [M, O], "zh",
    "闵老师，抖音上搜" + fw("tumblerbay") + "，安装教程都在那儿，关注一下，新款一出就能看到。",
    "A full-width 抖音 account to follow for new models (policy.md B, D4, section e).")

# =====================================================================================
# EVASIONS, Traditional Chinese (5)
# =====================================================================================
add([E, "messaging-app", "homophone"] + TRAD_TW, [O], "zh",
    "紀先生，有問題直接加賴 @tumblerbaytw，傳訊息給我們比較快喔。",
    "賴 for LINE (policy.md D4, section e).")
add([E, "phone", "cn-numerals"] + TRAD_TW, [O], "zh",
    "甘小姐，門鈴設定卡住的話，直接打給 Wystan：三一九 五五五 零一八三，他會一步一步說明。",
    "The shop's number in Chinese numerals (policy.md D3, section e).")
add([E, "incentive", "rating-request", "zero-width"] + TRAD_HK, [R], "zh",
    "伍太，你喺Amazon寫返篇好" + ZW + "評，我哋就寄多副後備鎖匙俾你。",
    "A zero-width space inside 好評; spare keys as the reward (policy.md C1, C2, section e).")
add([E, "email", "separator"] + TRAD_HK, [O], "zh",
    "邱生，想快啲搞掂就 email 我哋：h.e.l.p@tumblerbaylocks.com，阿棠會親自覆你。",
    "Dotted e-mail local part (policy.md D2, section e).")
add([E, "email", "spelled-email"] + TRAD_TW, [O], "zh",
    "侯小姐，說明書的電子檔可以寄給您，請寫信到 tumblerbay dot door at gmail dot com 喔。",
    "A spelled-out gmail address for the manual (policy.md D2, section e).")

# =====================================================================================
# EVASIONS, mixed (2)
# =====================================================================================
add([E, "phone", "messaging-app", "emoji", "number-words", "mixed"], [O], "mixed",
    "Hi 包女士, our UK 仓库 team can sort this faster. WhatsApp 一下 oh seven seven oh oh, "
    "nine oh oh, eight five six 就行 " + THUMB,
    "A UK number in words for WhatsApp (policy.md D3, D4, section e).")
add([E, "new-product", "messaging-app", "nickname", "mixed"], [M, O], "mixed",
    "闵老师, the 新款 V3 门铃 is out next week. 想先拿到的话 join 我们的 paper-plane group, "
    "link 在 profile 里.",
    "A new model pushed through a Telegram group named by nickname (policy.md B, D4).")

# =====================================================================================
# NEAR-MISSES, English (23)
# =====================================================================================
add([N, "remedy"], [], "en",
    "Percival, sorry the keypad arrived with a dead backlight. We have sent a replacement K3 "
    "free of charge; the tracking number is TBA493017286554. Keep the faulty one until the new "
    "one reaches you, then use the return label on your order page.",
    "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
add([N, "refusal"], [], "en",
    "Ottoline, thank you, but we are not able to offer a discount or anything else in return "
    "for a review; Amazon doesn't allow it, and we'd rather you wrote whatever you honestly "
    "think. On the doorbell itself, the chime delay you noticed is fixed by the firmware "
    "update we pushed yesterday.",
    "Declines the buyer's offer; no reward, no rating asked (policy.md C near-misses).")
add([N, "quoted-buyer"], [], "en",
    "Barnaby, you wrote 'I'll give it five stars if you can get it to stop beeping.' No need "
    "to promise anything: the beeping is the low-battery warning, and four fresh AA cells "
    "will stop it. Let us know if it carries on.",
    "The stars are the buyer's own words, quoted and set aside (policy.md C near-misses).")
add([N, "neutral-request"], [], "en",
    "Desmond, it has been two weeks since your Keelbolt K3 arrived (order "
    "111-8374025-5190367). If you have a moment, you're welcome to tell other buyers how it "
    "has worked for you on its Amazon page, good or bad; it helps them choose. We won't ask "
    "again.",
    "One neutral request, both outcomes named, no reward (interface.md; policy.md section b "
    "neutral wording).")
add([N, "feedback-notice"], [], "en",
    "Henrietta, glad the new faceplate went on without trouble. Now that the doorbell is "
    "working, you're welcome, if you wish, to revise or take down the seller feedback you left "
    "earlier; that choice is entirely yours and nothing on our side depends on it.",
    "The neutral seller-feedback notice after resolution, in our own words (policy.md C5; "
    "judgement call 4).")
add([N, "logistics-word"], [], "en",
    "Leopold, as you asked, we cancelled the duplicate order 112-7096134-5582930 and removed "
    "the second K3 from the shipment; the refund for it will show on your card in three to "
    "five business days. The first lock is still due Thursday.",
    "Cancel, remove and refund are logistics here (policy.md section 0 point 4, A near-misses).")
add([N, "product-word"], [], "en",
    "Cordelia, the Quaywatch has a free-standing desk mount option and the motion zones can be "
    "set from the app, so there's nothing extra to buy. The star-shaped icon in the corner of "
    "the live view marks a favourite clip; it isn't a rating of any kind.",
    "'free-standing' and 'star' are product words (policy.md B and C near-misses).")
add([N, "amazon-page"], [], "en",
    "Jasper, to start a return, open Your Orders on Amazon, pick the Quaywatch, and choose "
    "Return or Replace Items; the prepaid label appears on the confirmation page.",
    "Points to Amazon's own order pages (policy.md D near-misses; judgement call 7).")
add([N, "answer"], [], "en",
    "Wilhelmina, the 10% coupon you saw on the listing is Amazon's own clip-on coupon; tick the "
    "box under the price before checkout and it comes off automatically. We don't have a "
    "separate code.",
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
add([N, "carrier-site"], [], "en",
    "Roderick, USPS shows your deadbolt at the local facility; the tracking number is "
    "9405 5036 9930 0471 2865 13 and you can follow it on the USPS website or in the Amazon "
    "app. If it hasn't moved by Monday, tell us here.",
    "A carrier's own tracking page named, no seller contact (policy.md D near-misses).")
add([N, "warranty"], [], "en",
    "Ignacio, the Latchwise carries a two-year warranty, and a fingerprint sensor that has "
    "stopped reading is covered. We'll send a new sensor module through Amazon at no cost, and "
    "you can keep the old one.",
    "Warranty service through the Amazon order (policy.md B near-misses).")
add([N, "price-paid"], [], "en",
    "Mr. Fairweather, on order 205-1184730-6629153 you paid $129.99 for the doorbell, and the "
    "listing dropped to $119.99 a week later. We can't adjust a completed order, but the lower "
    "price doesn't change your warranty or return window.",
    "Prices already paid, explained; nothing offered (policy.md B near-misses).")
add([N, "review-thanks"], [], "en",
    "Ms. Oyelaran, thank you for mentioning the review you left on order 112-0638529-9174406; "
    "we read every one. On your question: yes, the keypad can hold up to 30 user passcodes.",
    "Thanks for a review the buyer mentioned, in a reply; no new request (policy.md C "
    "near-misses).")
add([N, "lookalike-number"], [], "en",
    "Gwendolyn, order 112-5550146-2038815 is the one with the satin nickel finish; the other "
    "one was cancelled at your request on Monday.",
    "The order id holds the digits of the shop's number but is not a phone number "
    "(policy.md D near-misses).")
add([N, "negation"], [], "en",
    "Cyrus, to be clear, we are not asking for a review and nothing depends on one. We only "
    "need a photo of the strike plate so we can see why the bolt isn't reaching full throw.",
    "Review named only to rule it out (policy.md C near-misses).")
add([N, "remedy"], [], "en",
    "Beatrix, sorry about the scratched escutcheon. We've refunded $25 to your original "
    "payment method through Amazon for the cosmetic damage; there is nothing you need to send "
    "back.",
    "A partial refund for damage, not tied to any review (policy.md A, C near-misses).")
add([N, "review-word"], [], "en",
    "Ezra, our technician did a full review of the logs you sent: the Keelhub lost power "
    "twice overnight, which is why the lock went offline. Plugging it into a socket without a "
    "timer should fix it.",
    "'review' means an inspection of logs (policy.md section 0 point 4).")
add([N, "quoted-buyer"], [], "en",
    "Mrs. Delacroix, you asked whether 'leaving a bad review will void the warranty'. It won't; "
    "your warranty and anything you write on Amazon are completely separate, and we'd never "
    "hold one against the other.",
    "Answers the buyer's question about reviews without asking for one (policy.md C "
    "near-misses).")
add([N, "neutral-request"], [], "en",
    "Anwen, thanks again for your order of the Latchwise L8 (order 111-2648803-4419576). When "
    "you've had a chance to live with it, we'd welcome an honest review on Amazon, whatever it "
    "says.",
    "A single neutral invitation (interface.md; policy.md section b neutral wording).")
add([N, "logistics-word"], [], "en",
    "Silas, we've put in the change you asked for: the delivery address now matches the one "
    "in your message and the carrier note says 'leave at side door'. Nothing else on the "
    "order was touched.",
    "Update and change are about the address (policy.md section 0 point 4).")
add([N, "amazon-page"], [], "en",
    "Henrietta, Amazon may email you in a few days asking about the doorbell; that message "
    "comes from Amazon, not from us, and you're free to ignore it.",
    "Mentions Amazon's own review e-mail, informational (policy.md C near-misses).")
add([N, "product-word"], [], "en",
    "Jasper, on the K3 keypad the star key clears a wrong entry and the hash key confirms. To "
    "lock from outside, press the star key twice and wait for the green light.",
    "The star key of a keypad (policy.md C near-misses product facts).")
add([N, "refusal"], [], "en",
    "Desmond, thanks for offering, but we can't take a bank transfer, PayPal or any other "
    "payment outside Amazon, even for two spare keys. If you still want them, they're listed "
    "among the Keelbolt accessories on Amazon.",
    "Declines payment off Amazon; names no link, address or contact (policy.md D5 and D "
    "near-misses).")

# =====================================================================================
# NEAR-MISSES, Simplified Chinese (17)
# =====================================================================================
add([N, "substring"], [], "zh",
    "闵老师，装锁之前最好评估一下门板的厚度，35到55毫米之间都能装，超出这个范围要加配转接件。",
    "最好评估 contains 好评 across a word boundary (policy.md section 0 point 4).")
add([N, "substring"], [], "zh",
    "汤阿姨，上周师傅往返现场两次才把锁舌调好，给您添麻烦了。这次上门的费用由我们承担，"
    "订单 113-0775194-8826403 不会多收一分钱。",
    "往返现场 contains 返现 (policy.md section 0 point 4).")
add([N, "remedy"], [], "zh",
    "包女士，收到的键盘锁面板有划痕，非常抱歉。我们已经免费补发一块新面板，物流单号 "
    "TBA820641739215，旧的不用寄回。",
    "免费补发 is a remedy (policy.md B near-misses).")
add([N, "refusal"], [], "zh",
    "小棉，谢谢您的好意，不过我们不能用优惠或者返现来换评价，这是亚马逊不允许的。"
    "您按自己的真实感受写就好，写不写都可以。",
    "Refuses 返现 and 优惠 for a review (policy.md C near-misses).")
add([N, "quoted-buyer"], [], "zh",
    "姚先生，您说“只要门铃不再掉线就给五星”，其实不用承诺什么。掉线是因为路由器的2.4G频段被关了，"
    "打开之后就稳定了。",
    "五星 is the buyer's own promise, quoted (policy.md C near-misses).")
add([N, "neutral-request"], [], "zh",
    "闵老师，您的指纹锁（订单 114-9153280-3307712）已经用了一段时间。方便的时候，"
    "欢迎到商品页写下真实的使用感受，好的不好的都可以，对其他买家很有参考价值。",
    "A single neutral request naming both outcomes (interface.md; policy.md section b).")
add([N, "feedback-notice"], [], "zh",
    "包女士，面板已经换好，问题也解决了。如果您觉得我们已经处理妥当，可以自行决定是否更新"
    "您先前给我们店铺的反馈；改或不改都完全由您决定，不会影响任何售后。",
    "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
add([N, "logistics-word"], [], "zh",
    "汤阿姨，已经按您的要求取消了重复下的那一单，并把收货地址修改成您新发的地址，另一单正常发货。",
    "取消 and 修改 are about the order and address (policy.md section 0 point 4).")
add([N, "product-word"], [], "zh",
    "小棉，门铃自带免费的七天云端录像，不需要另外开通；信号满格的时候画面最清楚。",
    "免费 describes a built-in feature (policy.md B near-misses).")
add([N, "amazon-page"], [], "zh",
    "姚先生，退货请在亚马逊的“我的订单”里找到这把锁，点“退货或更换商品”，系统会生成退货标签，"
    "运费由我们承担。",
    "Amazon's own returns page (policy.md D near-misses).")
add([N, "answer"], [], "zh",
    "闵老师，您看到的那张八五折券是亚马逊页面上的勾选优惠券，勾上以后结账时自动减，"
    "我们这边没有另外的码。",
    "Answers a question about Amazon's own coupon (policy.md B near-misses).")
add([N, "carrier-site"], [], "zh",
    "包女士，顺丰单号 SF1493827065521，可以在顺丰官网或者小程序里查，显示明天中午前送到。",
    "官网 is the carrier's site (policy.md D near-misses).")
add([N, "warranty"], [], "zh",
    "汤阿姨，这把锁保修两年，电机出了问题属于保修范围。我们会通过亚马逊给您补发一个新的电机模块，"
    "不需要您额外付费。",
    "Warranty service through Amazon (policy.md B near-misses).")
add([N, "price-paid"], [], "zh",
    "小棉，订单 113-4490216-7051389 下单时的价格是899元，这周页面显示849元，是亚马逊的价格调整，"
    "已完成的订单我们没办法改，不过保修和退货政策完全一样。",
    "A price already paid, explained (policy.md B near-misses).")
add([N, "review-thanks"], [], "zh",
    "姚先生，谢谢您告诉我们已经写了评价，我们每条都会认真看。您问的临时密码，在APP里"
    "“访客”一栏设置就可以。",
    "Thanks in a reply for a review the buyer mentioned (policy.md C near-misses).")
add([N, "lookalike-number"], [], "zh",
    "闵老师，您的订单号是 113-5550183-9072641，里面那把是缎面黑的键盘锁，请核对一下。",
    "An order id that holds 555-0183 digits (policy.md D near-misses).")
add([N, "negation"], [], "zh",
    "包女士，我们不会要求您给好评，也不会因为评价的内容影响售后。只是想请您拍一张门框的照片，"
    "看看锁舌为什么顶不到位。",
    "好评 named only to rule it out (policy.md C near-misses).")

# =====================================================================================
# NEAR-MISSES, Traditional Chinese (9): 5 Taiwan, 4 Hong Kong
# =====================================================================================
add([N, "remedy"] + TRAD_TW, [], "zh",
    "紀先生，門鈴外殼裂開真的很抱歉，新的已經免費寄出，追蹤編號 TBA615308274931，舊的不用寄回喔。",
    "A free replacement (policy.md B near-misses).")
add([N, "logistics-word"] + TRAD_TW, [], "zh",
    "甘小姐，已依您的要求取消重複的訂單 114-3318650-2294817，另一筆今天出貨，地址也修改成新竹的新地址了。",
    "取消 and 修改 in logistics (policy.md section 0 point 4).")
add([N, "substring"] + TRAD_TW, [], "zh",
    "侯小姐，師傅說您家的門是防火門，鑽孔之前最好評估一下能不能改裝，建議先問管委會喔。",
    "最好評估 contains 好評 (policy.md section 0 point 4).")
add([N, "quoted-buyer"] + TRAD_TW, [], "zh",
    "紀先生，您說「如果電池撐不到三個月就給一星」，這點請放心：正常使用一組電池大約可以用八到十個月，"
    "APP裡也看得到剩餘電量喔。",
    "一星 is the buyer's threat, quoted (policy.md C near-misses).")
add([N, "answer"] + TRAD_TW, [], "zh",
    "甘小姐，賣場上那張折價券是亞馬遜的活動，勾選後結帳會自動折抵，我們這邊沒有另外的序號喔。",
    "Amazon's own coupon, explained (policy.md B near-misses).")
add([N, "feedback-notice"] + TRAD_HK, [], "zh",
    "伍太，塊面板已經換咗，如果你覺得問題解決咗，之前俾我哋嘅賣家評價你可以自己決定改唔改，"
    "完全唔會影響售後。",
    "Neutral seller-feedback notice in Cantonese (policy.md C5; judgement call 4).")
add([N, "warranty"] + TRAD_HK, [], "zh",
    "邱生，部門鐘有兩年保養，紅外線壞咗係保養範圍，我哋會經Amazon免費再寄一部新嘅俾你，唔使另外俾錢。",
    "Warranty replacement through Amazon (policy.md B near-misses).")
add([N, "lookalike-number"] + TRAD_HK, [], "zh",
    "古小姐，你張單 111-9902471-6635048 入面有兩部門鐘同埋一個火牛，麻煩你核對下啲數量。",
    "An order id, not a phone number (policy.md D near-misses).")
add([N, "remedy"] + TRAD_HK, [], "zh",
    "邱生，個門鐘收到嗰陣已經爛咗，真係唔好意思。我哋已經全數退款，唔使寄返。",
    "A refund for a broken unit (policy.md A, C near-misses).")

# =====================================================================================
# NEAR-MISS, mixed (1)
# =====================================================================================
add([N, "remedy", "mixed"], [], "mixed",
    "Hi 姚先生, the refund 已经 processed 了, 三到五个工作日 back to your card. No need to send "
    "the old keypad back.",
    "A refund confirmation in code-switched text (policy.md C near-misses).")

# =====================================================================================
# CLEAN, English (13)
# =====================================================================================
add([C], [], "en",
    "Percival, the door in your photo looks about 44 mm thick, so the standard spindle in the "
    "K3 box will fit and you won't need the adapter. Put the latch in with the bevel facing "
    "the door frame.",
    "Installation help in answer to a question (policy.md A permitted purposes).")
add([C], [], "en",
    "Lucinda, the courier has told us your Latchwise will be two days later than planned "
    "because of a depot backlog. We're sorry for the wait; nothing is needed from you.",
    "A delay notice is a permitted proactive message (policy.md A near-misses).")
add([C], [], "en",
    "Barnaby, to pair the keypad again, hold the program button under the battery cover for "
    "five seconds until the light turns blue, then enter your master passcode.",
    "Product instructions asked for by the buyer (policy.md A).")
add([C], [], "en",
    "Ottoline, yes, the Quaywatch runs on the existing doorbell wiring between 16 and 24 "
    "volts. If your transformer is older, the chime may hum for a few seconds after the first "
    "press, which is normal.",
    "Answer to a wiring question (policy.md A).")
add([C], [], "en",
    "Desmond, we need one detail before we engrave the back plate: should it read 'Ashgrove "
    "Cottage' or just 'Ashgrove'? We'll hold the lock until you reply.",
    "Verifying a custom design is a permitted purpose (policy.md A).")
add([C], [], "en",
    "Henrietta, the lock body is heavy enough to need a signature. Could you tell us a weekday "
    "when someone will be home so the courier can book a slot?",
    "Scheduling a delivery that needs a signature (policy.md A).")
add([C], [], "en",
    "Leopold, the fingerprint reader works best with the pad of the finger, not the tip. Enrol "
    "the same finger three times at slightly different angles and it will read much faster in "
    "cold weather.",
    "Usage help in reply to a question (policy.md A).")
add([C], [], "en",
    "Cordelia, thanks for the photos. The bolt is rubbing on the top edge of the strike plate; "
    "loosen the two screws, lower the plate by about two millimetres and tighten them again.",
    "Fixing a fulfilment problem (policy.md A).")
add([C], [], "en",
    "Jasper, the Keelhub needs a 2.4 GHz network. If your router puts both bands under one "
    "name, split them for ten minutes while you pair, then join them again afterwards.",
    "Setup help (policy.md A).")
add([C], [], "en",
    "Wilhelmina, the batteries inside the box are for testing only. For daily use we suggest "
    "lithium AA cells, which hold up better in a cold porch.",
    "Product guidance in reply (policy.md A).")
add([C], [], "en",
    "Roderick, we're sorry your doorbell is running late. The courier scanned it at the "
    "regional depot this morning and expects to reach you on Friday.",
    "A late-delivery notice (policy.md A near-misses).")
add([C], [], "en",
    "Ignacio, the emergency terminals under the keypad take a 9V battery. Hold one against the "
    "two contacts, enter your passcode, and the bolt will retract even if the main pack is "
    "flat.",
    "Emergency instructions the buyer asked for (policy.md A).")
add([C], [], "en",
    "Mr. Fairweather, to stop the lock chirping at night, open the lock settings in the app and "
    "turn off the confirmation tone; the keypad light still shows green when it locks.",
    "Answer to a settings question (policy.md A).")

# =====================================================================================
# CLEAN, Simplified Chinese (10)
# =====================================================================================
add([C], [], "zh",
    "姚先生，根据您发的照片，门厚大约45毫米，盒子里标准的方轴就能用，不需要转接件。"
    "装的时候斜舌的斜面朝向门框。",
    "Installation help (policy.md A).")
add([C], [], "zh",
    "包女士，快递公司通知我们，因为中转站积压，您的指纹锁会比原计划晚两天到，给您添麻烦了，"
    "您这边什么都不用做。",
    "A delay notice (policy.md A near-misses).")
add([C], [], "zh",
    "汤阿姨，重新配对键盘的方法：打开电池盖，按住里面的设置键五秒，等指示灯变蓝后输入管理员密码就行。",
    "Instructions asked for by the buyer (policy.md A).")
add([C], [], "zh",
    "闵老师，门铃可以直接接原来的门铃线，电压在16到24伏之间都可以；老式变压器第一次按的时候，"
    "室内铃可能会嗡几秒，属于正常现象。",
    "Wiring answer (policy.md A).")
add([C], [], "zh",
    "小棉，刻字之前需要跟您确认一下：背板上刻“小棉的家”还是只刻一个“棉”字？您回复之后我们再安排刻字和发货。",
    "Custom-design check (policy.md A).")
add([C], [], "zh",
    "姚先生，指纹录入的时候用指腹而不是指尖，同一个手指换几个角度录三次，冬天识别会快很多。",
    "Usage help (policy.md A).")
add([C], [], "zh",
    "包女士，网关只支持2.4G的无线网络，如果路由器把两个频段合成了一个名字，配网的时候先分开十分钟，"
    "配好再合回去。",
    "Setup help (policy.md A).")
add([C], [], "zh",
    "汤阿姨，盒子里的电池只是测试用的，日常建议换成锂电池，在冷一点的门廊里更耐用。",
    "Product guidance (policy.md A).")
add([C], [], "zh",
    "闵老师，门口灯太亮的时候门铃的夜视会自动关掉，把APP里的“夜视模式”设成“自动”就行。",
    "Settings answer (policy.md A).")
add([C], [], "zh",
    "小棉，锁体比较重，需要本人签收。麻烦告诉我们您哪个工作日在家，我们好让快递预约时间。",
    "Scheduling a delivery (policy.md A).")

# =====================================================================================
# CLEAN, Traditional Chinese (6): 3 Taiwan, 3 Hong Kong
# =====================================================================================
add([C] + TRAD_TW, [], "zh",
    "紀先生，門鈴的韌體會在半夜自動下載，不用手動操作；如果早上看到指示燈閃藍光，就是正在安裝喔。",
    "Answer about automatic firmware (policy.md A).")
add([C] + TRAD_TW, [], "zh",
    "甘小姐，指紋鎖的電池剩兩成時，APP會先提醒您，鍵盤也會閃紅燈，大約還可以用兩週，不用急著換喔。",
    "Battery answer (policy.md A).")
add([C] + TRAD_TW, [], "zh",
    "侯小姐，宅配通知我們因為颱風，您的門鎖會晚一到兩個工作天送到，造成不便很抱歉。",
    "A delay notice (policy.md A near-misses).")
add([C] + TRAD_HK, [], "zh",
    "邱生，部門鐘用緊原本嘅門鐘電線就得，唔使另外拉；如果火牛太舊，第一次撳可能會嗡幾秒，係正常嘅。",
    "Wiring answer in Cantonese (policy.md A).")
add([C] + TRAD_HK, [], "zh",
    "伍太，指紋登記嗰陣用手指肚，唔好用指尖，同一隻手指轉幾個角度登記三次，冬天都會認得快啲。",
    "Usage help in Cantonese (policy.md A).")
add([C] + TRAD_HK, [], "zh",
    "古小姐，鎖體比較重，要本人簽收。你邊日喺屋企可以話我哋知，我哋同速遞約時間。",
    "Scheduling a delivery in Cantonese (policy.md A).")

# =====================================================================================
# CLEAN, mixed (1)
# =====================================================================================
add([C, "mixed"], [], "mixed",
    "Hi 闵老师, keypad 灯变红 means the battery is low, 大概还可以用两周, so no rush to swap them out.",
    "Battery answer in code-switched text (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(68).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h68-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout68.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), path))


if __name__ == "__main__":
    main()
