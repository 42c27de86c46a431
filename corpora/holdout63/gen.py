#!/usr/bin/env python3
"""Builds holdout63.jsonl: 160 hand-labelled messages from Nettlefret Music Supply (invented).

Standard library only.  Every text lives in this file.  Hard-to-see characters are spelled
with the names below (ZW, CY_A, CY_E, CY_O, fw()); the output file stores the characters
themselves.  Records are shuffled with random.Random(63) and numbered h63-001 ... h63-160.
records() returns the list; running the file writes holdout63.jsonl next to it.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout63.jsonl")

ZW = "\u200b"        # zero-width space
CY_A = "\u0430"      # Cyrillic a
CY_E = "\u0435"      # Cyrillic e
CY_O = "\u043e"      # Cyrillic o
GUITAR = "\U0001f3b8"
GIFT = "\U0001f381"
STAR = "\u2b50"      # emoji star


def fw(s):
    """ASCII to full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


MK, OFF, RI = "marketing", "off-platform-contact", "review-inducement"
_R = []


def _add(tags, labels, lang, text, note):
    _R.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
               "note": note})


def V(style, subs, labels, lang, text, note, extra=()):
    _add(["violation", style] + list(subs) + list(extra), labels, lang, text, note)


def E(subs, techs, labels, lang, text, note, extra=()):
    _add(["evasion"] + list(subs) + list(techs) + list(extra), labels, lang, text, note)


def N(trap, lang, text, note, extra=()):
    _add(["near-miss", trap] + list(extra), [], lang, text, note)


def C(lang, text, note, extra=()):
    _add(["clean"] + list(extra), [], lang, text, note)


TW = ("traditional", "taiwanese")
HK = ("traditional", "cantonese")
MX = ("mixed",)
HKMX = ("traditional", "cantonese", "mixed")

# =====================================================================================
# VIOLATIONS: English (22)
# =====================================================================================
V("plain", ["rating-request"], [RI], "en",
  "Hi Lorcan, the Corrowind 12-53 set on order 112-3071948-5526013 reached your mailbox on "
  "Tuesday, according to the carrier. Once the new strings have settled in and stopped "
  "stretching, please head to the listing and give them five stars. Every five-star rating "
  "lifts a small string shop like ours above the big names. Wystan, Nettlefret Music Supply",
  "Asks outright for a five-star rating of the product (policy.md C2).")
V("careful", ["incentive"], [RI], "en",
  "Tamsin, quick idea while your Harrowmere strap is still new: write a few honest sentences "
  "about it on its Amazon page, send us a screenshot through this thread, and we'll post you "
  "a pair of strap locks at no charge.",
  "Strap locks offered in exchange for a posted write-up; no keyword, but it is compensation "
  "for a review (policy.md C1).")
V("split", ["gating"], [RI], "en",
  "Glad the Glintpeg T3 is keeping your ukulele in tune, Barnaby. If it has earned a spot on "
  "your headstock, the product page is the place to say so. If anything about it disappoints "
  "you, though, come straight to us here first and skip that page altogether.",
  "Happy buyers are sent to the product page, unhappy ones diverted to the seller: review "
  "gating spread over two sentences (policy.md C3).")
V("plain", ["change-review"], [RI], "en",
  "Ms. Nwosu, the second Loftrest stand went out this morning, and the bent one needn't be "
  "sent back. Since that should settle things, could you edit the two-star review you left "
  "last week so it reflects how we handled it?",
  "Asks the buyer to edit an existing product review after a remedy, which is never allowed "
  "(policy.md C4).")
V("careful", ["steering"], [RI], "en",
  "When you get a moment, Henrietta, we'd love it if your write-up on the Tidewhistle page "
  "mentioned that the strings hold pitch within a day and came with a spare G. Those two "
  "details are exactly what other ukulele players search for.",
  "Tells the buyer what to put in the review: influencing content (policy.md C7).")
V("split", ["feedback-pressure"], [RI], "en",
  "Cormac, I understand the capo arrived a day later than promised, and I'm sorry for that. "
  "The one-star seller feedback you left is now the first thing shoppers see on our "
  "storefront. It drags our account health down with Amazon, so we'd be grateful if you "
  "took it down today.",
  "Pressure to remove seller feedback because it hurts the account (policy.md C5), not the "
  "neutral post-resolution notice.")
V("split", ["incentive"], [RI], "en",
  "Hi Desmond, to answer your question: yes, the Quillstone trigger capo fits a 12-string "
  "neck, though you'll want the tension screw two turns looser than on your six-string. "
  "Also, a small thank-you is waiting for anyone who writes about the capo on Amazon. It's a "
  "$5 gift card, and it's yours as soon as your review shows up; just reply with the name it "
  "is posted under.",
  "A gift card for a review, buried after a helpful answer (policy.md C1).")
V("careful", ["gating"], [RI], "en",
  "You wrote, \"Best tuner I've owned, it locks on in a second.\" That made Wystan's "
  "afternoon! Since it's working that well for you, would you mind saying the same thing on "
  "the Glintpeg listing for other players?",
  "A review invitation sent only because the buyer praised the tuner: gating even though "
  "neutrally worded (policy.md section 0 point 3, C3); the praise is quoted in the message, "
  "so no thread is needed.")
V("plain", ["email", "diversion"], [OFF], "en",
  "Hi Ysolde, sorry the Brackenpick sampler came with only eleven of the twelve picks. "
  "Please email desk@nettlefretmusic.com with a photo of the tin and we'll sort it from "
  "there; it's quicker than this inbox.",
  "Gives an e-mail address and moves the conversation off Amazon messaging (policy.md D2, "
  "D6).")
V("careful", ["phone"], [OFF], "en",
  "Petra, adjusting a Loftrest light's gooseneck is easier to talk through than to type. "
  "Ring Wystan at the bench on 207-555-0143 any weekday after ten and he'll walk you through "
  "it.",
  "The shop's own number, not a carrier or warranty line, with no keyword like phone or "
  "call (policy.md D3).")
V("split", ["url", "diversion"], [OFF], "en",
  "The gig bag you asked about isn't listed on Amazon yet. We do stock it on our own site. "
  "You'll find it at nettlefretmusic.com/gigbags, and ordering there skips the marketplace "
  "wait.",
  "Link to the seller's own shop and an invitation to buy there (policy.md D1, D6); the "
  "buyer asked about the bag, so it is not labelled marketing (judgement call).")
V("plain", ["phone", "messaging-app"], [OFF], "en",
  "Mr. Fairweather, for the strap-button question, send a clear photo of the guitar's tail "
  "block to our WhatsApp, +1 (207) 555-0158, and Wystan will tell you whether the Harrowmere "
  "locks will fit.",
  "Messaging-app contact on the shop's number (policy.md D3, D4).")
V("split", ["social"], [OFF], "en",
  "We post short clips of every setup on our reels page, @nettlefret.tones, including the "
  "exact capo placement you asked about. Send us a message there and we'll film your tuning "
  "next.",
  "Invites the buyer to contact the shop through a social account (policy.md D4).")
V("split", ["payment"], [OFF], "en",
  "We can't reverse the Amazon charge for the duplicate tuner from our side, Jude. What we "
  "can do is return the money ourselves. Send me the address tied to your PayPal and it will "
  "be back with you tonight.",
  "Refund outside Amazon and a request for a payment account (policy.md D5).")
V("plain", ["coupon", "discount"], [MK], "en",
  "Thanks for the quick reply about the delivery window, Odalys. One more thing: code STRUM15 "
  "takes 15% off any string set in our Amazon store through the end of the month.",
  "Discount code tacked onto a logistics reply (policy.md B).")
V("careful", ["new-product", "cross-sell"], [MK], "en",
  "Fenella, your stand light question made us smile, because the brighter Loftrest Beam "
  "version has just landed in our shop and clips onto the very stand you bought. Worth a "
  "look before your next gig.",
  "Announces a product and pushes it to the buyer without sale words (policy.md B).")
V("split", ["buy-again"], [MK], "en",
  "Strings lose their sparkle after about eight weeks of daily playing. Yours went on in "
  "early spring. It might be time to pick up another two packs of Corrowind 12-53s from us "
  "before the summer sessions.",
  "Unprompted push to buy again (policy.md B; interface.md marketing).")
V("plain", ["sale", "discount"], [MK], "en",
  "Hi Mr. Lindahl, the case latch you asked about is in the box, tucked under the foam. "
  "While you're here: our whole ukulele corner is on sale this weekend, 25% off every "
  "Tidewhistle set.",
  "Sale announcement inside an otherwise permitted answer (policy.md B).")
V("careful", ["listing-link", "cross-sell"], [MK], "en",
  "The Glintpeg T3 you bought pairs nicely with the spare battery pack at "
  "amazon.com/dp/B0F3KT8W6N; most players grab one so they're never caught flat mid-song.",
  "Link to another Amazon listing to sell an add-on: marketing, not off-platform, because "
  "interface.md limits off-platform to non-Amazon sites (policy.md D1, B; judgement call).")
V("plain", ["vip-list", "new-product", "discount", "social"], [MK, OFF], "en",
  "Lovely to hear the Harrowmere strap survived its first festival. We've started a players' "
  "club on Instagram (@nettlefret.tones) where members get first pick of new leather colours "
  "and a 10% discount code each month.",
  "Members club with discounts, run on a social account (policy.md B, D4).")
V("split", ["coupon", "discount", "url", "diversion"], [MK, OFF], "en",
  "Your Loftrest stand is on its way with USPS, 9405 5036 9930 0412 7789 63. For future "
  "orders, skip Amazon's fees and buy straight from nettlefretmusic.com. Everything there is "
  "priced a little lower, and CAPO20 takes a bit more off at checkout.",
  "Diverts future orders to the own site with lower prices and a code (policy.md D1, D6, B).")
V("careful", ["discount", "incentive"], [MK, RI], "en",
  "Ms. Quaresma, we'd be thrilled if you shared how the Tidewhistle strings sound on your "
  "tenor uke on the product page. Reply here once it's posted and we'll knock a fifth off "
  "your next string order with us.",
  "A cut on the next order in return for a posted review: incentive (policy.md C1) and a "
  "promotion of the next purchase (policy.md B; judgement call, see README).")

# =====================================================================================
# VIOLATIONS: Simplified Chinese (16)
# =====================================================================================
V("plain", ["incentive", "rating-request"], [RI], "zh",
  "邹先生您好，订单 112-7746019-3382605 的Corrowind琴弦换上后感觉如何？在亚马逊留个好评，"
  "截图发给我们，就给您返现五美元。",
  "好评返现: positive review asked for and paid for (policy.md C1, C2).")
V("careful", ["gating"], [RI], "zh",
  "钱女士，谱架用着顺手的话，欢迎到商品页面写几句使用心得；要是哪里不称心，麻烦先在这里告诉阿笙，"
  "先别在页面上留言，我们一定处理到您满意。",
  "Only satisfied buyers are pointed to the page, unhappy ones kept away from it (policy.md "
  "C3); no 评 or 星 anywhere.")
V("split", ["change-review"], [RI], "zh",
  "毛老师，调音器电池仓松动的问题，我们已经给您补寄了新的一台，旧的不用寄回。东西收到后如果一切正常，"
  "能否麻烦您把之前那条两星的评价改一改？现在的情况和当时已经不一样了。",
  "Asks to revise an existing product review after a remedy (policy.md C4).")
V("plain", ["rating-request", "feedback-pressure"], [RI], "zh",
  "小樊你好！背带用得开心吗？麻烦抽空在卖家反馈里给我们点个五星好评，店铺分数掉到九十分以下，"
  "买家就很难看到我们了。",
  "Asks for five-star seller feedback, pressing with the shop's score (policy.md C2, C5).")
V("careful", ["steering"], [RI], "zh",
  "俞阿姨，您在商品页写使用感受的时候，能不能顺带提一句“夹得稳、不伤琴颈”和“两天就到了”？"
  "这两句话对后面的买家最有参考价值。",
  "Dictates what the review should say (policy.md C7).")
V("plain", ["messaging-app"], [OFF], "zh",
  "常先生，关于尤克里里弦张力的问题，文字说不太清楚，您加一下我们的微信 nettlefret_cn，"
  "阿笙发个视频给您看怎么上弦。",
  "WeChat handle given to move support off Amazon (policy.md D4).")
V("careful", ["phone"], [OFF], "zh",
  "祝先生，变调夹弹簧的问题我们需要听一下声音才好判断。您方便的时候直接拨 207-555-0143 找 "
  "Wystan，美国东部时间上午十点以后都有人接。",
  "The shop's own number without the word 电话 (policy.md D3).")
V("split", ["qr", "diversion"], [OFF], "zh",
  "您问的加厚琴包亚马逊上暂时没有。包装盒里那张感谢卡背面有个二维码。扫码进我们自己的小店就能直接下单，"
  "发货比亚马逊快。",
  "QR code on the insert leading to the seller's own shop (policy.md D1, D6, section e "
  "point 3).")
V("split", ["email"], [OFF], "zh",
  "鲁老师，发票可以开。需要加盖抬头的话，请把单位名称发到邮箱 desk@nettlefretmusic.com，"
  "开好后我们用邮件回给您。",
  "An invoice is a permitted reason, but the e-mail address is not (policy.md D2, A).")
V("plain", ["coupon"], [MK], "zh",
  "闵女士，您的调音器已经签收啦。下次买店里任何琴弦，结账时输入优惠码 TUNE12 可以再减一些，"
  "有效期到月底。",
  "Discount code for the next purchase (policy.md B).")
V("careful", ["bundle", "cross-sell"], [MK], "zh",
  "贝小姐，买了谱架的朋友大多会把配套的夹灯一起带走，两样一起拍下能省一笔运费，"
  "晚上排练看谱会轻松很多。",
  "Bundle push for an add-on, no sale vocabulary (policy.md B).")
V("split", ["restock", "sale", "discount"], [MK], "zh",
  "您之前问过的十二弦专用琴弦终于到货了。这周末店里琴弦全场八折。数量不多，想囤的话尽早下单。",
  "Restock notice turned into a weekend sale (policy.md B).")
V("careful", ["referral"], [MK], "zh",
  "毛老师，您班上的学生如果也需要调音器，让他们下单时在留言里写上您的名字，每成交一单我们就寄一盒拨片"
  "给您当作谢意。",
  "Referral reward (policy.md B).")
V("plain", ["follow", "coupon", "social"], [MK, OFF], "zh",
  "祝先生您好，我们在小红书开了账号“Nettlefret琴弦”，每周发一次换弦教程，关注后私信还能领一张九折券。",
  "Follow-us push on a social app with a coupon (policy.md B, D4).")
V("split", ["discount", "diversion"], [MK, OFF], "zh",
  "鲁老师，背带的皮面保养油下周随单寄出。以后买琴弦可以直接找阿笙，不用走亚马逊。"
  "她那边比店铺低一截，还能拼单包邮。",
  "Invitation to buy outside Amazon at a lower price (policy.md D6, B).")
V("plain", ["payment", "incentive"], [OFF, RI], "zh",
  "常先生，商品页上写几句真实感受后，把页面截图发给阿笙，她会通过支付宝把五美元转给您，当作辛苦费。",
  "Cash for a review paid outside Amazon (policy.md C1, D5).")

# =====================================================================================
# VIOLATIONS: Traditional Chinese (10: Taiwan 6, Hong Kong 4)
# =====================================================================================
V("plain", ["rating-request", "gating"], [RI], "zh",
  "魏小姐您好，移調夾用起來還順手嗎？如果滿意的話，拜託幫我們在賣場給個五星好評，真的對小店幫助很大喔！",
  "Five-star request conditioned on satisfaction (policy.md C2, C3).", TW)
V("careful", ["incentive"], [RI], "zh",
  "藍先生，烏克麗麗弦換好之後，到商品頁分享一下使用心得，再把畫面截圖傳訊息給我們，"
  "下次出貨就多放一包備用弦給您。",
  "Spare strings in return for a posted write-up, without 評 or 禮 (policy.md C1).", TW)
V("split", ["messaging-app"], [OFF], "zh",
  "侯小姐，調音器的韌體升級步驟有點複雜。我們的 LINE 官方帳號是 @nettlefrettw。加入後直接傳訊息，"
  "阿笙會用視訊一步步帶您操作。",
  "LINE account offered for support (policy.md D4).", TW)
V("careful", ["new-product", "cross-sell"], [MK], "zh",
  "魏小姐，跟您報告一下，我們剛推出可以夾在譜架上的充電式小夜燈，跟您買的那款譜架剛好是同一系列，"
  "用行動電源就能充喔。",
  "Product launch pushed to a buyer, no 新品 keyword (policy.md B).", TW)
V("plain", ["giveaway", "coupon", "social"], [MK, OFF], "zh",
  "藍先生，我們在臉書開了社團「Nettlefret 烏克麗麗同好會」，加入就送全館九折的折價券，每個月還有抽獎喔。",
  "Facebook group with a coupon and a prize draw (policy.md B, D4).", TW)
V("split", ["discount", "incentive"], [MK, RI], "zh",
  "侯小姐，謝謝您回覆收到背帶了。想請您幫個忙：到賣場寫一篇使用心得。發表之後告訴我們，"
  "結帳時我們另外給您一組專屬折扣，買什麼都適用。",
  "A discount for a posted review: incentive and promotion (policy.md C1, B).", TW)
V("plain", ["change-review"], [RI], "zh",
  "霍太，換咗個新嘅譜架俾你之後，唔知用得順唔順手？如果冇問題，可唔可以幫手將之前嗰個一星評價改返高啲？",
  "Asks to raise a one-star product review after a replacement (policy.md C4).", HK)
V("careful", ["gating"], [RI], "zh",
  "甘生，見你話個調音器好準好好用，真係開心！既然你咁滿意，不如喺產品頁寫返幾句，等其他琴友都睇到；"
  "如果有咩唔妥就直接搵我哋，唔使寫上去。",
  "Invites only the satisfied buyer to post and steers problems to the seller (policy.md "
  "C3, section 0 point 3).", HK)
V("split", ["phone", "messaging-app"], [OFF], "zh",
  "容小姐，結他帶扣位嘅問題我哋要睇實物先答到。你可以 WhatsApp 張相過嚟 +1 207 555 0158。"
  "阿笙收到會即刻覆你。",
  "WhatsApp on the shop's number (policy.md D3, D4).", HK)
V("careful", ["buy-again", "cross-sell"], [MK], "zh",
  "霍太，你上次買嘅尼龍弦用到而家都應該差唔多要換喇，趁住而家再執多兩套，連埋新出嘅捲弦器一齊攞，"
  "換弦快好多。",
  "Buy-again push with an add-on (policy.md B).", HK)

# =====================================================================================
# VIOLATIONS: code-switched (2)
# =====================================================================================
V("plain", ["rating-request", "gating"], [RI], "zh",
  "小樊，your Glintpeg tuner 到了吧？用着还行的话 please drop us five stars on the listing，"
  "对我们这种小店 really matters。",
  "Five stars asked for, conditioned on satisfaction (policy.md C2, C3).", MX)
V("split", ["email", "diversion"], [OFF], "zh",
  "钱女士，发票的 PDF 已经附在这条消息里了。以后要批量订购琴弦的话，不用在 Amazon 下单。"
  "直接 email 我们的 orders team：desk@nettlefretmusic.com，处理会更快。",
  "E-mail address and bulk orders moved off Amazon (policy.md D2, D6).", MX)

# =====================================================================================
# EVASIONS: English (14)
# =====================================================================================
E(["rating-request"], ["homoglyph"], [RI], "en",
  "Hi Jude, hope the Corrowind set is ringing nicely by now. If you could give the strings a "
  "5-st" + CY_A + "r r" + CY_E + "vi" + CY_E + "w, it would help a tiny shop like ours more "
  "than you'd guess.",
  "Five-star request with Cyrillic letters in star and review (policy.md C2, section e).")
E(["incentive"], ["leetspeak"], [RI], "en",
  "Desmond, post your r3view of the Quillstone capo and we'll send a g1ft card the same day, "
  "no catch.",
  "Gift card for a review, spelled with digits (policy.md C1, section e).")
E(["change-review"], ["spacing"], [RI], "en",
  "Tamsin, the second strap went out this morning and you can keep the scuffed one. Once "
  "it's on your guitar, could you d e l e t e the r e v i e w you posted about the first "
  "one?",
  "Asks to delete a product review, letters spaced out (policy.md C4, section e).")
E(["rating-request", "gating"], ["emoji"], [RI], "en",
  "If the Tidewhistle strings made your uke sing, we'd love to see " + STAR * 5 + " next to "
  "them on Amazon, Henrietta!",
  "Five emoji stars asked for, only if the buyer is happy (policy.md C2, C3, section e).")
E(["email"], ["spelled-email"], [OFF], "en",
  "Lorcan, for the intonation chart, just write to nettlefret dot strings at gmail dot com "
  "and Wystan will send the PDF over tonight.",
  "E-mail address spelled out in words (policy.md D2, section e).")
E(["phone"], ["number-words"], [OFF], "en",
  "Ms. Quaresma, if the tuner still won't hold a reading, text the bench on two oh seven, "
  "five five five, oh one four three, any afternoon.",
  "The shop's number written as words (policy.md D3, section e).")
E(["messaging-app"], ["nickname", "split-handle"], [OFF], "en",
  "Barnaby, hop onto the paper-plane app and look for nettlefret, then an underscore, then "
  "desk. Wystan answers there faster than he does in here.",
  "Telegram named by its icon and the handle given in pieces (policy.md D4, section e).")
E(["email"], ["zero-width"], [OFF], "en",
  "Cormac, the wiring diagram for the stand light is easier to send as a file. Drop a note "
  "to desk@nettle" + ZW + "fretmusic.com and I'll attach it.",
  "E-mail address with a zero-width space inside the domain (policy.md D2, section e).")
E(["social"], ["fullwidth"], [OFF], "en",
  "Petra, strap-sizing questions get answered much faster over on " + fw("instagram") +
  ", handle " + fw("@nettlefret.tones") + ", so send us a DM there and skip this inbox.",
  "Social handle in full-width letters (policy.md D4, section e).")
E(["coupon", "discount"], ["leetspeak"], [MK], "en",
  "Fenella, since the first capo had a bent spring, the second one is on us. Also, type "
  "FR3T10 at checkout on your next Nettlefret order for 10% 0ff.",
  "The remedy is fine; the code and 0ff in leetspeak are a promotion (policy.md B, "
  "section e).")
E(["discount", "url", "diversion"], ["homoglyph"], [MK, OFF], "en",
  "Odalys, the same Harrowmere strap costs less on our own site, n" + CY_E +
  "ttlefretmusic.c" + CY_O + "m, and postage there is on us for orders over $40.",
  "Own-site link with Cyrillic letters, lower price there (policy.md D1, D6, B).")
E(["restock", "discount", "phone", "messaging-app"], ["separator", "number-words"], [MK, OFF],
  "en",
  "Want first dibs on the restocked Quillstone capos at 20% below list? Message us on "
  "S.i.g.n.a.l at plus one, two oh seven, five five five, oh one five eight and we'll "
  "hold one for you.",
  "Restock deal offered over Signal, app name dotted and number in words (policy.md B, "
  "D3, D4).")
E(["new-product", "follow", "coupon", "social"], ["nickname"], [MK, OFF], "en",
  "Loftrest stands now come in walnut, Jude, and the first fifty buyers get a launch code. "
  "Follow us on the photo app, @nettlefret.tones, to catch it.",
  "Launch code behind a follow on Instagram, named as the photo app (policy.md B, D4).")
E(["cross-sell", "discount", "phone", "diversion"], ["zero-width"], [MK, OFF], "en",
  "Mr. Lindahl, the bridge pins that were missing are in the post. If you'd like the "
  "matching ebony set too, text 207-555-01" + ZW + "43 and I'll sell it to you direct at "
  "cost, no Ama" + ZW + "zon markup.",
  "Add-on sold by text outside Amazon, zero-width spaces in the number and the brand "
  "(policy.md B, D3, D6).")

# =====================================================================================
# EVASIONS: Simplified Chinese (9)
# =====================================================================================
E(["incentive", "rating-request", "gating"], ["pinyin"], [RI], "zh",
  "邹先生，琴弦用着好的话给个 haoping 呗，截图发过来就 fanxian 五美元。",
  "好评返现 in pinyin, asked only of a buyer who is pleased (policy.md C1, C2, C3, section e).")
E(["change-review"], ["homophone"], [RI], "zh",
  "毛老师，新的调音器已经寄出，旧的那台不用寄回。收到后如果没问题，麻烦把您上次那条给删平，感激不尽。",
  "删平 stands for 删评: asks to delete the review (policy.md C4, section e).")
E(["rating-request", "gating"], ["spacing"], [RI], "zh",
  "小樊，背带戴着舒服的话，帮忙点个 五 星 好 评 吧，不舒服就先找我们，别直接写。",
  "Spaced 五星好评, with unhappy buyers diverted (policy.md C2, C3, section e).")
E(["incentive", "rating-request", "gating"], ["separator", "emoji"], [RI], "zh",
  "俞阿姨，谱架用得顺手的话，晒图写个好/评，截图发给阿笙，就有" + GIFT + "直接寄到家。",
  "好/评 split by a slash, the gift shown as an emoji, asked only if the stand suits her "
  "(policy.md C1, C2, C3, section e).")
E(["messaging-app"], ["nickname", "split-handle"], [OFF], "zh",
  "常先生，换弦视频这里发不了，您到绿泡泡搜一下 nettlefret 后面加下划线再加 cn，阿笙会通过。",
  "WeChat as 绿泡泡, handle given in pieces (policy.md D4, section e).")
E(["phone"], ["cn-numerals"], [OFF], "zh",
  "祝先生，弦钮打滑的问题，您直接打二零七五五五零一五八找 Wystan，他下午都在工作台。",
  "The shop's number in Chinese numerals (policy.md D3, section e).")
E(["coupon"], ["spacing", "pinyin"], [MK], "zh",
  "闵女士，谢谢回复。下单时填 C A P O 2 0 有 youhui，所有变调夹都能用。",
  "Spaced code and 优惠 in pinyin (policy.md B, section e).")
E(["vip-list", "discount", "messaging-app"], ["homophone"], [MK, OFF], "zh",
  "贝小姐，加一下我们的薇信 nettlefret_cn，进琴友群每周都有团购价，比店里便宜不少。",
  "薇信 for 微信, with a members' group and lower prices (policy.md D4, B, section e).")
E(["discount", "url", "diversion"], ["fullwidth"], [MK, OFF], "zh",
  "钱女士，下次买琴弦可以直接上 " + fw("nettlefretmusic.com") + "，自家网店比亚马逊便宜两成，还包邮。",
  "Own-site address in full-width letters with a lower price (policy.md D1, D6, B).")

# =====================================================================================
# EVASIONS: Traditional Chinese (5: Taiwan 3, Hong Kong 2)
# =====================================================================================
E(["rating-request", "gating"], ["zero-width"], [RI], "zh",
  "魏小姐，彈片用得習慣的話，拜託到賣場幫我們按個五" + ZW + "星好" + ZW + "評喔，不滿意再傳訊息給我們。",
  "五星好評 with zero-width spaces, unhappy buyers diverted (policy.md C2, C3, section e).",
  TW)
E(["messaging-app"], ["homophone"], [OFF], "zh",
  "藍先生，譜架燈充電線的規格比較複雜，直接加我們的賴 @nettlefrettw，傳張照片我看一下就知道了喔。",
  "賴 as the Taiwanese nickname for LINE, with the handle (policy.md D4, section e).", TW)
E(["coupon", "discount"], ["fullwidth"], [MK], "zh",
  "侯小姐，下次在賣場結帳時輸入 " + fw("CAPO20") + "，全館移調夾都打八折喔。",
  "Full-width discount code (policy.md B, section e).", TW)
E(["incentive", "rating-request", "gating"], ["emoji"], [RI], "zh",
  "甘生，如果個調音器用得開心，幫手喺產品頁畀個" + STAR * 5 + "啦，寫完話我知，寄多套弦俾你。",
  "Emoji five stars, only if he is happy, and a set of strings in return (policy.md C1, C2, "
  "C3, section e).", HK)
E(["messaging-app"], ["nickname", "split-handle"], [OFF], "zh",
  "容小姐，結他帶嘅尺寸表我哋喺紙飛機度發俾你會快啲，搵 nettlefret 後面加底線 desk 就得。",
  "Telegram as 紙飛機, handle in pieces (policy.md D4, section e).", HK)

# =====================================================================================
# EVASIONS: code-switched (2)
# =====================================================================================
E(["email"], ["spelled-email"], [OFF], "zh",
  "鲁老师，谱架说明书的 scan 太大了，这里传不上来。麻烦发个消息到 desk at nettlefretmusic dot com，"
  "我们 reply 的时候附上 full PDF。",
  "E-mail address spelled with at and dot (policy.md D2, section e).", MX)
E(["sale", "discount", "coupon", "phone", "messaging-app"], ["nickname", "cn-numerals"],
  [MK, OFF], "zh",
  "霍太，下個月我哋有 flash sale，全部 strap 七折。想 early access 就 add 我哋 green app，"
  "number 係 二零七 五五五 零一五八，記得講 code TUNE12。",
  "Sale and code offered through a chat app named by colour, number in Chinese numerals "
  "(policy.md B, D3, D4).", HKMX)

# =====================================================================================
# NEAR-MISSES: English (23)
# =====================================================================================
N("remedy", "en",
  "Lorcan, I'm sorry the Corrowind pack arrived with a kinked B string. A fresh set is on "
  "its way at no cost to you, and there's no need to send the old one back. Tracking: "
  "TBA629014837751.",
  "A remedy for a defect, not an offer (policy.md B near-misses).")
N("remedy", "en",
  "Petra, the Loftrest stand that arrived with a cracked hinge has been refunded in full "
  "through Amazon. You'll see it on your original payment method within a few days, and you're "
  "welcome to keep or recycle the stand.",
  "Refund through Amazon with no link to a review (policy.md C near-misses).")
N("remedy", "en",
  "Barnaby, because the strap locks were missing from your Harrowmere box, we've sent the "
  "missing pair free of charge by UPS, 1Z4F90W30271648853. They should reach you by Friday.",
  "Missing part sent at no charge: remedy, not promotion (policy.md B near-misses).")
N("quoted-buyer", "en",
  "You asked: \"Can I just PayPal you for a second capo instead of ordering again?\" I'm "
  "afraid we can only sell through Amazon, Desmond, so please place the order from the "
  "listing and it will ship the same day.",
  "PayPal appears only in the buyer's quoted words, which the seller declines (policy.md D "
  "near-misses).")
N("quoted-buyer", "en",
  "You wrote, \"just email me at the address on my account instead.\" We're only able to "
  "write to you through Amazon's messages, Fenella, so we'll keep everything in this "
  "thread. As for your question, the Loftrest stand folds to 48 cm and fits "
  "the front pocket of most gig bags.",
  "E-mail mentioned only in the quoted buyer text; the seller stays on Amazon (policy.md D "
  "near-misses).")
N("lookalike-number", "en",
  "Hi Odalys, I've checked order 113-5550158-2719406: the Glintpeg tuner left our warehouse "
  "on Monday and the carrier expects it Thursday.",
  "The order id carries 555-0158 digits like the shop's phone but is an order id (policy.md "
  "D near-misses).")
N("lookalike-number", "en",
  "Jude, order 112-5550143-8061327 is the one with the two Tidewhistle packs; the other "
  "order you mentioned was a stand light and has already arrived.",
  "Order id that looks like a 555 phone number (policy.md D near-misses).")
N("neutral-request", "en",
  "Hi Henrietta, your Tidewhistle strings on order 114-2958301-7064419 were delivered last "
  "week. If you have a moment, we'd welcome an honest review on Amazon, whatever your "
  "experience has been. It helps other ukulele players choose.",
  "One neutral review request, no rating, reward or condition (interface.md; policy.md C "
  "near-misses, section b); taken as the first request on its order.")
N("neutral-request", "en",
  "Ysolde, thank you for order 111-4803726-9915530. Other guitarists lean on buyers' "
  "accounts of gear like the Harrowmere strap, so if you'd like to share yours on its "
  "product page, good or bad, we'd be grateful.",
  "Neutral, balanced request with no condition (policy.md C near-misses, section b).")
N("feedback-notice", "en",
  "Mr. Lindahl, thanks for confirming the second capo works and that the delay is behind "
  "us. Now that your concern has been dealt with, you are welcome to revise or delete the "
  "seller feedback you left, if you wish; that is entirely your call, and either way we're "
  "glad it's sorted.",
  "The neutral seller-feedback notice after resolution, choice left to the buyer (policy.md "
  "C5 allowed form); policy.md says warn at most, so not labelled (judgement call).")
N("logistics-word", "en",
  "Done, Tamsin: we've cancelled the second Loftrest order you placed by mistake, "
  "114-7459260-1183597, so only one stand will ship. Nothing further is needed from you.",
  "The seller cancels at the buyer's request; cancel is a logistics word (policy.md A "
  "near-misses).")
N("price-paid", "en",
  "Desmond, you're right that the Quillstone capo's price dropped by $3 two days after you "
  "bought it on order 113-6620475-1938852. Amazon sets when those changes happen and a "
  "completed order can't be adjusted from our side, but the capo you have is identical to "
  "the one listed now.",
  "Explains the price already paid; no offer (policy.md B near-misses).")
N("product-word", "en",
  "Yes, Ysolde, the Harrowmere strap is free of chrome-tanning chemicals, and the new suede "
  "backing stops it sliding off your shoulder. The length adjusts from 40 to 58 inches.",
  "free of and new are product facts, not offers (policy.md B near-misses).")
N("refusal", "en",
  "Sorry, Odalys, we aren't able to hand out a personal phone number or take orders by "
  "text; Amazon asks us to keep all contact inside this message thread. Ask us anything "
  "here and we'll answer within the day.",
  "Declines to move off Amazon (policy.md D).")
N("refusal", "en",
  "We can't offer anything in return for a review, Mr. Fairweather, and we wouldn't want to. "
  "If you do decide to write one, please say exactly what you think of the tuner.",
  "Refuses compensation; the rest is neutral and conditionless (policy.md C1, C near-misses).")
N("warranty", "en",
  "Sorry the Glintpeg's display has gone dim after four months, Cormac. It's still inside "
  "its one-year warranty, so open Your Orders on Amazon, choose the tuner and report the "
  "problem there; we'll approve a swap as soon as the request arrives.",
  "Warranty handled through Amazon's order page, no outside site or number (policy.md D "
  "near-misses).")
N("warranty", "en",
  "The Loftrest stand carries a two-year warranty against joint failure, Henrietta. There's "
  "nothing to register: your Amazon order record is the proof of purchase, so just write to "
  "us in this thread if a joint ever slips.",
  "Warranty mention without registering on the seller's site (policy.md D1).")
N("answer", "en",
  "Good question, Jude. The \"Save 10%\" box you saw under the Tidewhistle price is a coupon "
  "Amazon runs on the listing; tick it before adding to your basket and Amazon takes it off "
  "at checkout. We don't have any codes of our own to add.",
  "Explains Amazon's own promotion the buyer asked about; policy.md would warn at most, so "
  "not labelled (policy.md B near-misses; judgement call).")
N("carrier-site", "en",
  "Your Corrowind strings are with Royal Mail under MB582017463GB, Ms. Quaresma. Royal "
  "Mail's own tracking page shows the parcel at your delivery office, so it should reach you "
  "tomorrow.",
  "Carrier named for tracking, no link or number (policy.md D near-misses).")
N("review-thanks", "en",
  "Thank you for the kind review of the Brackenpick sampler, Tamsin, which you mentioned in "
  "your message. To your other question: the heavy picks are 1.14 mm and the mediums 0.73 "
  "mm.",
  "Thanks in reply to a buyer who mentioned a review, with real content (policy.md C "
  "near-misses).")
N("review-word", "en",
  "Wystan puts every stand light through a bench review before it's boxed: he checks the "
  "clip, the hinge and the battery door. Yours passed on Monday and left with the afternoon "
  "collection.",
  "review is a workshop check here (policy.md C near-misses).")
N("amazon-page", "en",
  "To send the tuner back, go to Your Orders on amazon.com, choose order "
  "111-2069835-4470918 and select the return option. The prepaid label will appear there, "
  "Fenella.",
  "Points to Amazon's own returns flow (policy.md D near-misses).")
N("negation", "en",
  "No coupon codes or extras are tucked into the box, Lorcan, just the capo, its pouch and "
  "the spring-tension card. If the card is missing, tell us here and we'll send one.",
  "coupon appears only in a negation (policy.md B).")

# =====================================================================================
# NEAR-MISSES: Simplified Chinese (17)
# =====================================================================================
N("remedy", "zh",
  "邹先生，很抱歉变调夹的橡胶垫脱落了。我们已经免费给您补寄一个新的，旧的不用寄回，运单号 TBA305718264490。",
  "Free replacement for a defect is a remedy (policy.md B near-misses).")
N("remedy", "zh",
  "钱女士，谱架夹灯不亮的那台，我们已经通过亚马逊给您全额退款，款项几天内会回到原支付方式，灯您留着或处理掉都可以。",
  "Refund through Amazon, no review mentioned (policy.md C near-misses).")
N("quoted-buyer", "zh",
  "您在消息里问“能不能加个微信直接转账给你们”，抱歉我们只能在亚马逊站内交易和沟通。需要再买一套琴弦的话，"
  "在原商品页下单就好，我们当天发货。",
  "微信 only in the buyer's quoted question, which is declined (policy.md D near-misses).")
N("lookalike-number", "zh",
  "常先生，您问的是订单 206-3318745-6092214 吧？那一单的两包尤克里里弦已经在路上，另一单是调音器，前天已经签收。",
  "Order id, not a phone number (policy.md D near-misses).")
N("neutral-request", "zh",
  "闵女士，您好，订单 114-8193650-2207743 的谱架已经送达一周了。如果方便，欢迎在亚马逊商品页写下您的真实"
  "使用体验，无论好坏都对其他琴友有帮助。",
  "Neutral request, once, both outcomes welcome (policy.md C near-misses, section b).")
N("feedback-notice", "zh",
  "毛老师，很高兴调音器的问题已经解决了。顺便说明一下：如果您觉得这次处理得妥当，那条卖家反馈要不要更新或删掉，"
  "全由您自己决定，保持原样也完全没关系。",
  "Neutral seller-feedback notice after resolution (policy.md C5 allowed form; judgement "
  "call: warn at most).")
N("logistics-word", "zh",
  "您下错的那一单我们已经帮您取消了，谱架只会寄出一个，多出的那笔款项不会被扣。",
  "取消 of a duplicate order at the buyer's request (policy.md A near-misses).")
N("logistics-word", "zh",
  "鲁老师，收货地址里的门牌号我们已经按您发来的信息修改好了，包裹明天从仓库发出。",
  "修改 of an address (policy.md C near-misses, substrings).")
N("price-paid", "zh",
  "贝小姐，您说下单后两天背带价格降了三美元，这是亚马逊平台的调价，已完成订单的金额没法变动，"
  "您收到的背带和现在页面上的是同一款。",
  "Explains the price paid, offers nothing (policy.md B near-misses).")
N("product-word", "zh",
  "俞阿姨，这款便携谱架可以折叠到三十厘米左右，放进琴包侧袋没问题，谱夹不用工具就能装上。",
  "折 in 折叠 is not a discount (policy.md B near-misses).")
N("refusal", "zh",
  "小樊，抱歉，我们不能把微信号或电话给您，所有沟通都需要留在亚马逊的消息里。您有任何问题直接在这里问，"
  "我们一般几个小时内回复。",
  "Declines to give contact details (policy.md D).")
N("substring", "zh",
  "背带扣如果有点松，可以在螺丝上加微量的螺纹胶，等一晚上再装回去就很牢了。",
  "加微 inside 加微量 is not 加微信 (policy.md section 0 point 4, C near-misses).")
N("substring", "zh",
  "祝先生，您周六演出结束后要返现场收拾设备的话，包裹可以改到周一派送，我们已经跟快递公司备注好了。",
  "返现 inside 返现场 is not cash back (policy.md section 0 point 4).")
N("substring", "zh",
  "琴颈弯曲的程度需要先评估一下，麻烦您星期六白天在光线好的地方拍一张侧面照片，直接发在这里就可以。",
  "评 in 评估 and 星 in 星期 are not review or rating words (policy.md C near-misses).")
N("warranty", "zh",
  "钱女士，谱架升降杆还在两年保修期内，您在亚马逊“我的订单”里选中这笔订单提交换货申请就行，我们收到后立刻处理。",
  "Warranty claim through Amazon (policy.md D near-misses).")
N("answer", "zh",
  "您问的“满两件减五美元”是亚马逊在商品页上自动显示的活动，结账时系统会自动扣减，我们这边没有额外的优惠码。",
  "Explains Amazon's own promotion on request (policy.md B near-misses; judgement call: warn "
  "at most).")
N("carrier-site", "zh",
  "祝先生，包裹走的是顺丰，运单号 SF2047718396025，可以在顺丰官网查到实时位置。",
  "Carrier's site named for tracking (policy.md D near-misses).")

# =====================================================================================
# NEAR-MISSES: Traditional Chinese (9: Taiwan 5, Hong Kong 4)
# =====================================================================================
N("quoted-buyer", "zh",
  "魏小姐，您問「可以直接 LINE 給你們嗎？」，很抱歉我們只能透過亞馬遜的訊息跟您聯絡喔。移調夾的彈簧已經換成"
  "新的批次，這週就會出貨。",
  "LINE only in the buyer's quoted question (policy.md D near-misses).", TW)
N("review-thanks", "zh",
  "藍先生，謝謝您在訊息裡提到已經留了評價，也謝謝您的建議。背帶的扣環下一批會換成金屬的，您現在這條如果"
  "鬆了，隨時跟我們說喔。",
  "Thanks for a review the buyer mentioned (policy.md C near-misses).", TW)
N("neutral-request", "zh",
  "侯小姐您好，訂單 113-0527394-8851276 的烏克麗麗弦已經送達三個工作天了。方便的話，歡迎到商品頁寫下"
  "您真實的使用感想，不論好壞都能幫助其他琴友選購。",
  "Neutral request, once (policy.md C near-misses, section b).", TW)
N("price-paid", "zh",
  "魏小姐，您提到下單隔天譜架價格少了三塊美金，這是亞馬遜系統自動調整的，已經結帳的訂單沒辦法更改金額，"
  "您拿到的是同一款譜架喔。",
  "Explains the price paid (policy.md B near-misses).", TW)
N("product-word", "zh",
  "藍先生，這款調音器的「免充電」是指它用鈕扣電池，一顆大約可以用半年；螢幕上的星號代表已經對準標準音高囉。",
  "免 and 星 are product words (policy.md B, C near-misses).", TW)
N("remedy", "zh",
  "甘生，唔好意思，個變調夾嘅彈簧真係有問題。我哋已經免費寄咗個新嘅俾你，舊嗰個唔使寄返嚟，"
  "順豐單號係 SF3186602749510。",
  "Free replacement for a defect (policy.md B near-misses).", HK)
N("feedback-notice", "zh",
  "霍太，多謝你話個譜架問題已經搞掂。順帶一提：如果你覺得我哋處理得妥當，之前嗰條賣家反饋你想更新、刪除"
  "定係保持原樣，全部由你自己決定，唔郁都完全冇問題。",
  "Neutral seller-feedback notice after resolution (policy.md C5 allowed form; judgement "
  "call).", HK)
N("review-word", "zh",
  "容小姐，你問嘅「評分卡」係盒入面嗰張音準對照表，上面啲星號代表每條弦嘅張力級數，同網上評價冇關係㗎。",
  "評 and 星 on a printed tension chart (policy.md C near-misses).", HK)
N("refusal", "zh",
  "甘生，唔好意思，我哋唔可以俾私人電話或者 WhatsApp 你，亞馬遜規定所有溝通都要喺呢個訊息入面進行。"
  "你有咩問題直接喺度問就得，我哋通常幾個鐘內覆你。",
  "Declines to give contact details (policy.md D).", HK)

# =====================================================================================
# NEAR-MISS: code-switched (1)
# =====================================================================================
N("quoted-buyer", "zh",
  "邹先生，您写的 \"Can you give me a discount code for the next order?\" 我们这边确实没有 "
  "discount code，也不能私下给折扣；Amazon 商品页上有时会有 Amazon 自己的 coupon，结账时会自动显示。",
  "The buyer's quoted request for a code is declined; Amazon's own coupon is only explained "
  "(policy.md B near-misses).", MX)

# =====================================================================================
# CLEAN: English (13)
# =====================================================================================
C("en",
  "Hi Lorcan, to fit the Quillstone capo cleanly, squeeze it just behind the fret rather than "
  "on top of it, and keep the rubber pad square to the neck. That stops the buzzing you "
  "described on the third string.",
  "Setup advice in reply to a question (policy.md A).")
C("en",
  "Tamsin, the wide end of the Harrowmere strap goes on the button by the output jack, and "
  "the narrow end on the neck button. If the hole feels tight, warm the leather in your "
  "hands for a minute before you push it over.",
  "Fitting instructions (policy.md A).")
C("en",
  "Good morning, Barnaby. The Glintpeg T3 switches between guitar, bass, ukulele and "
  "chromatic modes with the small side button; for your soprano uke, pick U and tune G, C, "
  "E, A across the strings from the one nearest your chin.",
  "Answer about the tuner's modes (policy.md A).")
C("en",
  "Ms. Quaresma, a quick heads-up: the carrier has told us your Loftrest stand will reach "
  "you two days later than first shown, because of flooding near their hub. We're sorry for "
  "the wait and will keep an eye on it for you.",
  "Proactive delay notice, a permitted unexpected-problem message (policy.md A "
  "near-misses).")
C("en",
  "Henrietta, fresh fluorocarbon strings stretch a lot over the first few days, so the "
  "Tidewhistle set will keep drifting flat. Tune up, give each string a gentle pull along its "
  "length, and tune again; after three or four rounds it will settle.",
  "String-settling advice (policy.md A).")
C("en",
  "Desmond, before Wystan stamps your initials into the Harrowmere strap, please confirm the "
  "letters D, R and A, in that order, in the serif style, centred near the shoulder pad. He'll "
  "hold the job until you reply.",
  "Custom design check, a permitted reason (policy.md A).")
C("en",
  "The stand light takes three AAA cells, Odalys; the compartment sits under the clip, and a "
  "coin will turn the little screw. The lamp head bends in any direction, so you can aim it "
  "at the left page without glare.",
  "Answer about batteries (policy.md A).")
C("en",
  "Cormac, a trigger capo rests best across a flat fretboard, so on your classical guitar "
  "the Quillstone may press unevenly on the outer strings. Try it a little closer to the fret "
  "wire, and if the buzz stays, tell us and we'll look into it together.",
  "Troubleshooting reply (policy.md A).")
C("en",
  "Jude, the strap locks screw into the existing holes in your guitar's body. Take the old "
  "buttons off with a Phillips screwdriver, keep the felt washers, and tighten the new ones "
  "only until they're snug.",
  "Installation help (policy.md A).")
C("en",
  "Petra, the humidity pack sits in the soundhole holder, not loose in the case. Swap it out "
  "once it feels stiff and crunchy, usually every two to three months in a dry flat.",
  "Care advice (policy.md A).")
C("en",
  "Mr. Fairweather, thank you for the photo. The rattle is coming from the tuner's battery "
  "door, which isn't fully closed; press the lower edge until it clicks, and the noise should "
  "stop.",
  "Thanks followed by substantive help (policy.md A near-misses).")
C("en",
  "Fenella, the Loftrest desk tilts to four positions. Loosen the knob behind it a quarter "
  "turn, set the angle you like, and tighten it again; it will hold a full binder of charts "
  "without drooping.",
  "Adjustment help (policy.md A).")
C("en",
  "Ysolde, your parcel is booked for Wednesday between 9 and 1. The carrier needs someone at "
  "home to sign for it because of the stand's size; let us know here if another weekday "
  "suits you better.",
  "Scheduling a delivery that needs a signature (policy.md A).")

# =====================================================================================
# CLEAN: Simplified Chinese (10)
# =====================================================================================
C("zh",
  "邹先生，变调夹要夹在品丝后面一点点，不要正好压在品丝上，这样就不会出现您说的第三弦打品杂音了。",
  "Setup advice (policy.md A).")
C("zh",
  "钱女士，新尼龙弦前几天会一直拉伸，音会慢慢变低。调准后轻轻把每根弦往外拉一拉，再调一次，重复三四遍就稳定了。",
  "String-settling advice (policy.md A).")
C("zh",
  "毛老师，调音器侧面的小按键可以切换吉他、贝斯、尤克里里和半音模式。您的是高音尤克里里，选U档，"
  "从靠近下巴的那根弦开始依次调到G、C、E、A。",
  "Answer about modes (policy.md A).")
C("zh",
  "小樊，快递公司通知我们，因为转运中心附近暴雨，您的谱架会比原来显示的晚两天到。给您添麻烦了，我们会持续跟进。",
  "Delay notice (policy.md A near-misses).")
C("zh",
  "俞阿姨，谱架灯用三节七号电池，电池仓在夹子下面，用硬币拧开小螺丝就能打开。灯头可以随意弯，照谱子的时候不会反光。",
  "Battery answer (policy.md A).")
C("zh",
  "常先生，背带锁直接装在琴身原来的背带钉孔里。先用十字螺丝刀拧下旧的背带钉，垫片留着，新的拧到刚好贴紧就可以，"
  "不要用力过猛。",
  "Installation help (policy.md A).")
C("zh",
  "祝先生，Wystan 在背带上烫字之前想跟您确认一下：字母是Z、H、Y，按这个顺序，用衬线字体，位置在肩垫附近居中。"
  "您回复之后我们再开工。",
  "Custom design check (policy.md A).")
C("zh",
  "闵女士，保湿袋要放在音孔的支架里，不要直接丢在琴盒里。摸起来变硬、有颗粒感的时候就该换了，"
  "干燥的季节大概两三个月一次。",
  "Care advice (policy.md A).")
C("zh",
  "鲁老师，谢谢您发来的照片。杂音来自调音器的电池盖没有扣紧，按住下沿直到听到“咔”一声，声音就没了。",
  "Thanks plus substantive help (policy.md A near-misses).")
C("zh",
  "贝小姐，谱架的托板有四个角度可调。把背后的旋钮松开四分之一圈，调到合适的角度再拧紧，放一整本乐谱也不会往下垂。",
  "Adjustment help (policy.md A).")

# =====================================================================================
# CLEAN: Traditional Chinese (6: Taiwan 3, Hong Kong 3)
# =====================================================================================
C("zh",
  "魏小姐，移調夾要夾在琴衍後方一點點，不要直接壓在琴衍上，這樣第三弦的雜音就會消失囉。",
  "Setup advice (policy.md A).", TW)
C("zh",
  "藍先生，物流那邊通知我們，轉運中心因為颱風暫停作業，您的譜架會晚兩個工作天送到，造成不便很抱歉。",
  "Delay notice (policy.md A near-misses).", TW)
C("zh",
  "侯小姐，烏克麗麗的碳纖弦剛換上會一直伸展，音會慢慢變低。調好後輕輕把每條弦往上拉一下再調，重複三四次就穩定囉。",
  "String-settling advice (policy.md A).", TW)
C("zh",
  "霍太，譜架燈用三粒 AAA 電芯，電池蓋喺夾子下面，用個硬幣扭開粒螺絲就得。燈頭可以隨意屈，睇譜嗰陣唔會反光。",
  "Battery answer (policy.md A).", HK)
C("zh",
  "甘生，結他帶粗嗰頭扣喺插線位隔籬嗰粒帶釘，幼嗰頭扣琴頸嗰粒。如果個窿太緊，用手揸住皮帶暖一陣先再套落去。",
  "Fitting instructions (policy.md A).", HK)
C("zh",
  "容小姐，調音器側邊嘅細掣可以轉結他、貝斯、烏克麗麗同半音模式。你部烏克麗麗揀U就得，由靠近下巴嗰條弦開始"
  "調到G、C、E、A。",
  "Answer about modes (policy.md A).", HK)

# =====================================================================================
# CLEAN: code-switched (1)
# =====================================================================================
C("zh",
  "小樊，你问的 dropped D tuning：把第六弦从E调低到D就行，Glintpeg 选 guitar mode，看屏幕上显示D就停，"
  "其他弦不用动。",
  "Tuning answer in mixed language (policy.md A).", MX)


def records():
    recs = [dict(r) for r in _R]
    random.Random(63).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h63-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": list(r["tags"]), "note": r["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
