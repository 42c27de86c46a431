#!/usr/bin/env python3
"""Source of holdout84.jsonl (standard library only).

Hard-to-see characters are spelled here: ZW (zero-width space), CY_A / CY_E / CY_O (Cyrillic
look-alikes), STAR (U+2B50), PRAY (U+1F64F) and fw() (full-width ASCII).  Records are written
grouped by category and language, shuffled with random.Random(84) and numbered h84-001..h84-160.

Usage: python3 gen.py          (writes holdout84.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout84.jsonl")

ZW = "\u200b"
CY_A, CY_E, CY_O = "\u0430", "\u0435", "\u043e"
STAR = "\u2b50"
PRAY = "\U0001f64f"
STARS5 = STAR * 5


def fw(s):
    """Full-width form of printable ASCII (space stays a space)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


MK, OFF, RI = "marketing", "off-platform-contact", "review-inducement"


def R(text, labels, lang, tags, note):
    return {"text": text, "labels": sorted(labels), "lang": lang, "tags": tags, "note": note}


# ----------------------------------------------------------------------------- violations
VIOLATIONS = [
    # English (22)
    R("Hi Fenella, thanks again for the Glasswake 11 board on order 112-3085517-6624093. Post a "
      "review of it on Amazon, reply here with a screenshot once it's up, and we'll mail you a "
      "Snugseal 10L dry bag at no cost.",
      [RI], "en", ["violation", "plain", "incentive"],
      "A dry bag is promised in exchange for a posted review (policy.md C1)."),
    R("Osric, we'd be thrilled to see five stars next to the Marshkite 10 on Amazon. Every top "
      "rating keeps a small paddle shop like ours afloat through the winter.",
      [RI], "en", ["violation", "plain", "rating-request"],
      "Asks outright for a five-star rating (policy.md C2)."),
    R("If your Loonbright inflatable turned out to be everything you hoped for, a review on Amazon "
      "would be lovely. If something is off, message us here first and hold the review until we "
      "have sorted it.",
      [RI], "en", ["violation", "plain", "gating"],
      "Invites only happy buyers to review and holds unhappy ones back (policy.md C3)."),
    R("Juniper, now that the new valve has reached you and the board holds air overnight, would you "
      "revisit what you wrote about us on the product page so it matches how things ended up?",
      [RI], "en", ["violation", "careful", "change-review"],
      "Asks for an edit of a product review after a fix without using the word review "
      "(policy.md C4, 'even after an issue is resolved')."),
    R("When you write up your thoughts on the Keelbuoy vest for other shoppers, please say that it "
      "stays comfortable through a full day of paddling and that it arrived within two days. Those "
      "are the two points we most want people to read.",
      [RI], "en", ["violation", "careful", "steering"],
      "Tells the buyer what to put in the review (policy.md C7)."),
    R("Barnaby, the seller score you left us last week has pushed our account into a warning band. "
      "The pump problem is fixed now, so we'd ask you to take that comment down today.",
      [RI], "en", ["violation", "split", "feedback-pressure"],
      "Presses the buyer to withdraw seller feedback because it hurts the account; the pressure is "
      "what makes it a breach, not the resolution (policy.md C5)."),
    R("For the roof-rack fitting chart, email Ambrose at crew@otterslippaddle.com and he will send "
      "you the PDF for your car model.",
      [OFF], "en", ["violation", "plain", "email"],
      "Gives the shop's own e-mail address (policy.md D2)."),
    R("The quickest fix for a sticking pump handle is five minutes with our workshop, so ring us on "
      "+1 (207) 555-0148 any weekday morning.",
      [OFF], "en", ["violation", "careful", "phone"],
      "The shop's own number, not a carrier or warranty line, so no D3 exception (policy.md D3)."),
    R("Text the word FIN to our Signal number, 207-555-0183, and Ambrose will walk you through "
      "seating the fin box by video.",
      [OFF], "en", ["violation", "careful", "phone", "messaging-app"],
      "Judgement call: Signal is not named in policy.md, but a messaging app on the shop's number "
      "is off-platform either way (policy.md D3, D4)."),
    R("We film a launch-day clip of every boat we test. Find them on Instagram under "
      "@otterslip.paddles, and hit follow so the next one shows up in your feed.",
      [MK, OFF], "en", ["violation", "split", "follow", "social"],
      "A social handle plus a call to follow the shop (policy.md B, D4)."),
    R("Next time, skip the marketplace: the Swiftcatch paddle is $20 cheaper on our own website, "
      "otterslippaddle.com, and ships from the same workshop.",
      [MK, OFF], "en", ["violation", "plain", "discount", "url", "diversion"],
      "Sends the buyer to the shop's own site with a lower price (policy.md B, D1, D6)."),
    R("Thanks for picking the Crestcradle J-bars. Next time, type RACK12 at checkout and 12% comes "
      "off any Otterslip accessory.",
      [MK], "en", ["violation", "split", "coupon", "discount"],
      "A discount code for a future purchase (policy.md B)."),
    R("Good news for tandem paddlers: the two-seat Loonbright 2 lands in our Amazon shop on the "
      "first of June, with a wider deck and a drop-stitch floor.",
      [MK], "en", ["violation", "careful", "new-product"],
      "Announces a product the buyer did not ask about (policy.md B)."),
    R("The Keelbuoy vest you bought has a chest pocket sized for our Snugseal 3L pouch. It's worth "
      "adding one to your basket before your next trip out.",
      [MK], "en", ["violation", "split", "cross-sell"],
      "Cross-sells an accessory to an earlier purchase (policy.md B)."),
    R("Most buyers of this kayak pair it with our padded seat, shown at amazon.com/dp/B0F3KX7PQ2; "
      "it clips onto the same D-rings you already have.",
      [MK], "en", ["violation", "careful", "cross-sell", "listing-link"],
      "A link to another Amazon listing to sell more; judgement call: Amazon links are not "
      "off-platform under interface.md, so this is marketing only (policy.md B, D1)."),
    R("This weekend only, buy any Otterslip SUP together with the Bellowsby electric pump and we'll "
      "take 25% off the pair.",
      [MK], "en", ["violation", "plain", "sale", "bundle"],
      "A time-limited bundle offer (policy.md B)."),
    R("Dry bags wear out after a season of sand and sun. When yours does, order the same Snugseal "
      "20L again straight from your order history so you are never without one.",
      [MK], "en", ["violation", "split", "buy-again"],
      "A buy-again push with no order need behind it; judgement call: no code or price, but "
      "interface.md names buy-again pushes as marketing (policy.md B; interface.md)."),
    R("Know someone who paddles? If they buy an Otterslip board and mention your name, you'll each "
      "receive $15 toward your next accessory.",
      [MK], "en", ["violation", "split", "referral"],
      "A referral reward (policy.md B)."),
    R("Reply JOIN and we will add you to the Otterslip Inner Circle, where members hear about "
      "clearance boats a week before anyone else.",
      [MK], "en", ["violation", "careful", "vip-list"],
      "An invitation to a members' list for early deals (policy.md B)."),
    R("Every month we draw one name from our buyers. This month's winner takes home a Swiftcatch "
      "carbon paddle, and your dry bag order already counts as an entry.",
      [MK], "en", ["violation", "split", "giveaway"],
      "A prize draw used as promotion; no review is tied to it (policy.md B)."),
    R("Amazon's refund queue is slow this week. Send me your PayPal address and I'll pay back the "
      "$38 for the leaking pump myself today.",
      [OFF], "en", ["violation", "plain", "payment"],
      "A refund outside Amazon's payment system (policy.md D5)."),
    R("The orange Keelbuoy in size M that sold out in April is back on our shelves. The May "
      "shipment landed this morning, so grab one before the season picks up.",
      [MK], "en", ["violation", "split", "restock"],
      "An unsolicited back-in-stock push (policy.md B)."),
    # Simplified Chinese (16)
    R("聂先生您好，麻烦在亚马逊给充气桨板写一条评价，截图发给我们之后返您15美元现金。",
      [RI], "zh", ["violation", "plain", "incentive"],
      "Cash back for a posted review (policy.md C1)."),
    R("柴女士，皮划艇收到后方便的话，请在商品页给我们点满五颗星，这对我们这家小店非常重要。",
      [RI], "zh", ["violation", "plain", "rating-request"],
      "Asks for a full five-star rating (policy.md C2)."),
    R("用着舒服就上亚马逊说两句夸夸它；要是哪里不称心，先来找阿渚，别急着在商品页上公开写。",
      [RI], "zh", ["violation", "careful", "gating"],
      "Praise goes on the listing, complaints come to the shop instead (policy.md C3)."),
    R("贾阿姨，漏气的气阀我们已经免费给您换好了。您之前在商品页写的那段话，能不能麻烦改成现在的情况？",
      [RI], "zh", ["violation", "split", "change-review"],
      "Asks the buyer to rewrite a product review after the fix (policy.md C4)."),
    R("邬老师，您给店铺留的那条差评让我们的卖家分数掉了不少。问题已经处理好了，请尽快把那条反馈撤掉。",
      [RI], "zh", ["violation", "plain", "feedback-pressure"],
      "Pressure to withdraw negative seller feedback because of the account score (policy.md C5)."),
    R("小棠，写使用感受的时候，麻烦带上“轻便”和“三分钟充好气”这几个词，再配一张在湖上划的照片。",
      [RI], "zh", ["violation", "careful", "steering"],
      "Dictates words and a photo for the review (policy.md C7)."),
    R("船体划痕的情况在这里说不清楚，加我们微信 otterslip_cn，拍个视频发给阿渚看看。",
      [OFF], "zh", ["violation", "plain", "messaging-app"],
      "A WeChat ID for after-sales (policy.md D4)."),
    R("车顶架的安装尺寸表文件太大，这里传不上去。您写信到 crew@otterslippaddle.com，阿渚会把表格发过去。",
      [OFF], "zh", ["violation", "split", "email"],
      "An e-mail address; a large file is no exception (policy.md D2)."),
    R("打气筒的问题直接拨 +1 (207) 555-0148 最快，工作日上午都有人接听。",
      [OFF], "zh", ["violation", "careful", "phone"],
      "The shop's phone number without the word 电话 (policy.md D3)."),
    R("我们在小红书“Otterslip划水”每周更新桨板教学，记得点个关注，别错过新内容。",
      [MK, OFF], "zh", ["violation", "plain", "follow", "social"],
      "A social account and a call to follow it (policy.md B, D4)."),
    R("下一单买防水袋可以用这个码：DRYBAG10。结账时填进去，立减百分之十。",
      [MK], "zh", ["violation", "split", "coupon", "discount"],
      "A discount code for the next order (policy.md B)."),
    R("告诉您一个好消息：下月初我们会推出可以拆成四段的碳纤维桨，重量不到七百克，到时候在店里就能买到。",
      [MK], "zh", ["violation", "careful", "new-product"],
      "A new-product announcement (policy.md B)."),
    R("亚马逊上的双人充气艇暂时断货了。我们仓库里还有三条，您直接用支付宝付款，我们当天从仓库发出。",
      [OFF], "zh", ["violation", "split", "payment", "diversion"],
      "A sale outside Amazon paid through Alipay; judgement call: off-platform only, not marketing, "
      "because it sells the item the buyer wanted rather than promoting anything (policy.md D5, D6)."),
    R("端午节期间全店救生衣打八折。活动只到周日晚上，别错过哦。",
      [MK], "zh", ["violation", "split", "discount", "sale"],
      "A holiday sale (policy.md B)."),
    R("给我们的浮力背心说几句真实感受吧，下次回来买东西的时候，我们给您直接减二十块。",
      [MK, RI], "zh", ["violation", "careful", "discount", "incentive"],
      "A future discount for a review; judgement call: both an incentive and a promotion of the "
      "next purchase (policy.md C1, B)."),
    R("包装盒里有一张蓝色小卡片。用手机扫卡片背面的方块图案，就能进我们的售后群，配件问题在群里问就行。",
      [OFF], "zh", ["violation", "split", "diversion", "qr"],
      "A QR code on an insert leading to an outside group (policy.md D1, section e)."),
    # Traditional Chinese: Taiwan (6), Hong Kong (4)
    R("侯小姐您好，獨木舟用一陣子之後，麻煩到亞馬遜留個評價，完成後傳截圖給我們，就送您一個20公升防水袋喔。",
      [RI], "zh", ["violation", "plain", "incentive", "traditional", "taiwanese"],
      "A dry bag for a review screenshot (policy.md C1)."),
    R("甘先生，氣閥已經幫您換新了。商品頁上您寫的那段留言，方便的話可以改成現在的狀況嗎？拜託了。",
      [RI], "zh", ["violation", "careful", "change-review", "traditional", "taiwanese"],
      "Asks for a rewrite of the product-page text after a fix (policy.md C4)."),
    R("車頂架的安裝影片檔案太大傳不上來，請加我們的 LINE：@otterslip_tw，我們用影片一步一步教您喔。",
      [OFF], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
      "A LINE handle (policy.md D4)."),
    R("卓小姐，謝謝您這次買充氣獨木舟。下次在我們的賣場結帳時輸入 SPLASH20，全館配件再打八折。",
      [MK], "zh", ["violation", "split", "coupon", "discount", "traditional", "taiwanese"],
      "A code for 20% off the next order (policy.md B)."),
    R("如果划起來順手，再上亞馬遜跟大家分享心得；要是有哪裡不滿意，先傳訊息給我們，先不要公開寫出來喔。",
      [RI], "zh", ["violation", "careful", "gating", "traditional", "taiwanese"],
      "Only satisfied buyers are sent to the listing (policy.md C3)."),
    R("下次想買槳，不用再透過亞馬遜了。直接到 otterslippaddle.com 下單，價格比賣場便宜三百元喔。",
      [MK, OFF], "zh", ["violation", "split", "discount", "url", "diversion", "traditional",
                        "taiwanese"],
      "The shop's own site with a lower price (policy.md B, D1, D6)."),
    R("霍生，件救生衣著咗覺得點呀？得閒幫我哋喺亞馬遜俾個五星評價，對我哋小店幫助好大。",
      [RI], "zh", ["violation", "plain", "rating-request", "traditional", "cantonese"],
      "Asks for a five-star review (policy.md C2)."),
    R("有咩問題直接打 +1 207 555 0183 搵 Ambrose，佢會教你點樣裝車頂架。",
      [OFF], "zh", ["violation", "careful", "phone", "traditional", "cantonese"],
      "A staff phone number (policy.md D3)."),
    R("我哋每個月都會抽一位客人送碳纖維槳。想參加嘅話，去 Instagram 追蹤 @otterslip.paddles，喺最新嗰篇貼文留言就得。",
      [MK, OFF], "zh", ["violation", "split", "giveaway", "follow", "social", "traditional",
                        "cantonese"],
      "A giveaway entered by following a social account (policy.md B, D4)."),
    R("龔小姐，你喺亞馬遜留低評價之後，傳張截圖嚟，我哋用 PayPal 退返一百蚊俾你。",
      [OFF, RI], "zh", ["violation", "plain", "payment", "incentive", "traditional", "cantonese"],
      "Money through PayPal for a review (policy.md C1, D5)."),
    # mixed (2)
    R("Hi Lucan，艇收到了吧？Please leave a review on Amazon，写完把截图发给我们，我们就送您一个 Bellowsby 手泵。",
      [RI], "zh", ["violation", "plain", "incentive", "mixed"],
      "A free pump for a review, code-switched (policy.md C1)."),
    R("Ms. Nwosu，我哋有個 members-only group，新嘅 boards 一到貨就會第一時間 let you know，reply YES 就可以加入。",
      [MK], "zh", ["violation", "careful", "vip-list", "traditional", "cantonese", "mixed"],
      "A members' group for early news of boards (policy.md B)."),
]

# ----------------------------------------------------------------------------- evasions
EVASIONS = [
    # English (14)
    R("Please give the Glasswake board fiv%s st%srs on Amazon; it really helps a tiny shop like "
      "ours." % (CY_E, CY_A),
      [RI], "en", ["evasion", "rating-request", "homoglyph"],
      "Five stars with Cyrillic letters in 'five' and 'stars' (policy.md C2, section e)."),
    R("Find us on Inst%sgr%sm: otterslip, then a dot, then paddles. The boat videos are all "
      "there." % (CY_A, CY_A),
      [OFF], "en", ["evasion", "social", "homoglyph", "split-handle"],
      "Instagram with Cyrillic a and the handle given in pieces (policy.md D4, section e)."),
    R("Take 15% off the Swiftcatch paddle with c0upon P4DDLE15 at checkout this month.",
      [MK], "en", ["evasion", "coupon", "discount", "leetspeak"],
      "A discount code written in leetspeak (policy.md B, section e)."),
    R("A 5-st4r r3view from you would make Ambrose's whole week!",
      [RI], "en", ["evasion", "rating-request", "leetspeak"],
      "Five-star review request in leetspeak (policy.md C2, section e)."),
    R("Send a voice note to us on T e l e g r a m, otterslip_crew, and we'll work out the pump "
      "noise from the sound.",
      [OFF], "en", ["evasion", "messaging-app", "spacing"],
      "Telegram spelled with spaces, plus the shop's handle (policy.md D4, section e)."),
    R("Leave a r e v i e w, send us the screenshot, and a Snugseal phone pouch is yours at no "
      "charge.",
      [RI], "en", ["evasion", "incentive", "spacing"],
      "A pouch for a review, the keyword spaced out (policy.md C1, section e)."),
    R("Could you drop a 5*star r*e*v*i*e*w for the Marshkite when you get a minute?",
      [RI], "en", ["evasion", "rating-request", "separator"],
      "Five-star request with asterisks between letters (policy.md C2, section e)."),
    R("Knock 20% off your next dry bag with S-P-L-A-S-H-2-0 at checkout.",
      [MK], "en", ["evasion", "coupon", "discount", "separator"],
      "A code broken up with hyphens (policy.md B, section e)."),
    R("Reach Ambrose directly at crew@otterslip%spaddle.com for the bigger photos of the hull." % ZW,
      [OFF], "en", ["evasion", "email", "zero-width"],
      "An e-mail address with a zero-width space inside (policy.md D2, section e)."),
    R("Post a re%sview of the pump and we'll re%sfund its full price." % (ZW, ZW),
      [RI], "en", ["evasion", "incentive", "zero-width"],
      "Refund for a review with zero-width spaces in the keywords (policy.md C1, section e)."),
    R("Write to %s and we'll answer the same day." % fw("crew@otterslippaddle.com"),
      [OFF], "en", ["evasion", "email", "fullwidth"],
      "A full-width e-mail address (policy.md D2, section e)."),
    R("Send a screenshot of your review to otterslip dot paddle at gmail dot com and we'll send "
      "back the cost of the pump.",
      [OFF, RI], "en", ["evasion", "email", "incentive", "spelled-email"],
      "A refund for a review, arranged through a spelled-out address (policy.md C1, D2)."),
    R("Text us on two zero seven, five five five, zero one eight three for a same-day answer "
      "about the rack.",
      [OFF], "en", ["evasion", "phone", "number-words"],
      "The phone number in words (policy.md D3, section e)."),
    R("If the paddle feels great on the water, tap %s on the listing for us %s" % (STARS5, PRAY),
      [RI], "en", ["evasion", "rating-request", "gating", "emoji"],
      "Star emoji asked for only if the buyer is pleased (policy.md C2, C3, section e)."),
    # Simplified Chinese (9)
    R("给个haoping就返您10美元，截图发给阿渚就行。",
      [RI], "zh", ["evasion", "incentive", "pinyin"],
      "好评 in pinyin with cash back (policy.md C1, section e)."),
    R("加薇信 otterslip_cn，发一段漏气位置的视频给我们。",
      [OFF], "zh", ["evasion", "messaging-app", "homophone"],
      "薇信 for 微信 (policy.md D4, section e)."),
    R("绿泡泡上搜 otterslip，后面加下划线和 cn，备注一下订单号就行。",
      [OFF], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
      "WeChat by nickname with the ID in pieces (policy.md D4, section e)."),
    R("有问题打二零七五五五零一四八，找阿渚。",
      [OFF], "zh", ["evasion", "phone", "cn-numerals"],
      "The shop's number in Chinese numerals (policy.md D3, section e)."),
    R("麻烦在商品页留 个 好 评，晒图之后返 现 五美元给您。",
      [RI], "zh", ["evasion", "incentive", "spacing"],
      "好评返现 broken up with spaces (policy.md C1, section e)."),
    R("给个五/星/好/评吧，小店全靠这个了。",
      [RI], "zh", ["evasion", "rating-request", "separator"],
      "五星好评 split with slashes (policy.md C2, section e)."),
    R("结账时输入%s，车顶架配件立减12%%。" % fw("RACK12"),
      [MK], "zh", ["evasion", "coupon", "discount", "fullwidth"],
      "A full-width discount code (policy.md B, section e)."),
    R("桨板用着满意的话，麻烦点个%s，谢谢支持%s" % (STARS5, PRAY),
      [RI], "zh", ["evasion", "rating-request", "gating", "emoji"],
      "Star emoji asked for on condition of satisfaction (policy.md C2, C3, section e)."),
    R("加weixin：otterslip_cn，进群领youhui券，防水袋立减五美元。",
      [MK, OFF], "zh", ["evasion", "coupon", "vip-list", "messaging-app", "pinyin"],
      "WeChat and 优惠 in pinyin, a coupon group (policy.md B, D4, section e)."),
    # Traditional Chinese: Taiwan (2), Hong Kong (3)
    R("加我們的賴 @otterslip_tw，氣閥怎麼鎖緊我們用影片教您喔。",
      [OFF], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
      "賴 is Taiwanese slang for LINE (policy.md D4, section e)."),
    R("寫完評%s價傳截圖給我們，就退您一半的錢喔。" % ZW,
      [RI], "zh", ["evasion", "incentive", "zero-width", "traditional", "taiwanese"],
      "Half the money back for a review, with a zero-width space inside 評價 (policy.md C1, "
      "section e)."),
    R("有咩唔明白，打呢個號碼俾我哋：零七七零零 九零零三八一。",
      [OFF], "zh", ["evasion", "phone", "cn-numerals", "traditional", "cantonese"],
      "A UK fiction-range number in Chinese numerals (policy.md D3, section e)."),
    R("喺%s搵 otterslip，名後面加一點再加 paddles，追蹤咗就睇到最新消息。" % fw("IG"),
      [MK, OFF], "zh", ["evasion", "follow", "social", "fullwidth", "split-handle", "traditional",
                        "cantonese"],
      "Full-width IG and the handle spelled in pieces, with a call to follow (policy.md B, D4)."),
    R("用開覺得好就俾個%s啦，唔該%s" % (STARS5, PRAY),
      [RI], "zh", ["evasion", "rating-request", "gating", "emoji", "traditional", "cantonese"],
      "Five star emoji if the buyer likes it (policy.md C2, C3, section e)."),
    # mixed (2)
    R("Sorry about the leak！加个 green app 好友：otterslip_cn，视频通话最快。",
      [OFF], "zh", ["evasion", "messaging-app", "nickname", "mixed"],
      "WeChat called the green app, with the ID (policy.md D4, section e)."),
    R("详细图纸请发到 otterslip dot paddle at gmail dot com，or just WhatsApp us on two zero seven five "
      "five five zero one four eight。",
      [OFF], "zh", ["evasion", "email", "phone", "messaging-app", "spelled-email", "number-words",
                    "mixed"],
      "A spelled-out address and a number in words (policy.md D2, D3, D4)."),
]

# ----------------------------------------------------------------------------- near-misses
NEAR_MISSES = [
    # English (23)
    R("Yes, the Snugseal 20L is free of PVC, and the roll-top holds once you fold it three times. "
      "'Splash Series' on the label is just the name of that product line.",
      [], "en", ["near-miss", "product-word"],
      "'free of PVC' and 'line' are product words, not an offer or a contact (policy.md B "
      "near-misses)."),
    R("We've reviewed your return request for the Keelbuoy vest and approved it. The prepaid label "
      "is waiting on the returns page of order 114-2280916-4473351.",
      [], "en", ["near-miss", "review-word"],
      "'reviewed' refers to a return request (policy.md A, C near-misses)."),
    R("The fin you received was cracked, so a new one is on its way free of charge under order "
      "114-7206631-0958842. There's no need to send the broken piece back.",
      [], "en", ["near-miss", "remedy"],
      "A free replacement is a remedy, not a promotion; no review is mentioned (policy.md B "
      "near-misses)."),
    R("We've issued a full refund of $64.99 for the pump that arrived without its hose. It should "
      "show on your card within three to five business days.",
      [], "en", ["near-miss", "remedy"],
      "A refund with no link to a review (policy.md C near-misses)."),
    R("You asked where the board is: order 113-5550148-2207391 is with UPS under "
      "1Z6R4V830357721946 and is due on Thursday.",
      [], "en", ["near-miss", "lookalike-number"],
      "The order id contains 555-0148, the shop's phone digits, and is not a phone number "
      "(policy.md D near-misses)."),
    R("The dry bags are travelling by USPS, tracking 9400 1118 2047 5593 0621 84. Order "
      "114-5550183-7036415 shows them out for delivery today.",
      [], "en", ["near-miss", "lookalike-number"],
      "A tracking number in groups and an order id with 555-0183 inside (policy.md D "
      "near-misses)."),
    R("To be clear, we would never ask you to change or delete a review. What we can do is fix the "
      "valve, and that part is already on its way to you.",
      [], "en", ["near-miss", "negation"],
      "A negated statement, not a request (policy.md section 0, C4)."),
    R("Order 111-9027384-4461057: your Marshkite 10 was delivered last week. If you have a moment, "
      "other paddlers find honest reviews useful, whatever your experience has been.",
      [], "en", ["near-miss", "neutral-request"],
      "One neutral request with no rating, reward or condition (interface.md; policy.md C "
      "near-misses)."),
    R("To send the roof rack back, open amazon.com/gp/your-account/order-history, find order "
      "112-6140993-2805786 and choose the return option there.",
      [], "en", ["near-miss", "amazon-page"],
      "A link to Amazon's own order page for a return (policy.md D near-misses)."),
    R("The 10% coupon you saw on the Glasswake page is Amazon's own clip-on offer. Tick its box on "
      "the product page before checkout and Amazon applies it; we don't hand out a code ourselves.",
      [], "en", ["near-miss", "answer"],
      "Answers the buyer's question about an Amazon promotion and offers nothing (policy.md B "
      "near-misses)."),
    R("Thanks for offering to pay by PayPal, but we can only take payment through Amazon checkout. "
      "Your order stays exactly where it is, and nothing more is needed from you.",
      [], "en", ["near-miss", "refusal"],
      "Turns down an off-Amazon payment the buyer proposed (policy.md D5)."),
    R("We're glad the new pump arrived and works. If you feel we've now put the problem right, you "
      "are able to update or remove the seller feedback you left earlier; the decision is "
      "entirely yours.",
      [], "en", ["near-miss", "feedback-notice"],
      "Judgement call: the neutral seller-feedback notice after resolution is allowed; policy.md "
      "would warn at most (policy.md C5)."),
    R("The Keelbuoy is rated at 50 newtons of buoyancy, and the reflective star patches on the "
      "shoulders are part of the standard design, not a decoration.",
      [], "en", ["near-miss", "product-word"],
      "'rated' and 'star' describe the vest (policy.md C near-misses)."),
    R("You wrote: \"Could you email the manual to juniper.h@example.com?\" We can only send files "
      "through Amazon messages, so the manual is attached to this reply as a PDF.",
      [], "en", ["near-miss", "quoted-buyer"],
      "The address is the buyer's own, quoted; the seller keeps to Amazon (policy.md D "
      "near-misses)."),
    R("As you asked, we cancelled the second Snugseal order you placed by mistake. The first one is "
      "unchanged and ships on Monday.",
      [], "en", ["near-miss", "logistics-word"],
      "Cancelling a duplicate at the buyer's request (policy.md A near-misses)."),
    R("If you need to change the delivery address, please update it in Your Orders before "
      "Thursday; after that the parcel is already with the carrier.",
      [], "en", ["near-miss", "logistics-word"],
      "'change' and 'update' refer to an address (policy.md section 0, C near-misses)."),
    R("Thank you for telling us about your review, Cordelia. We're glad the Crestcradle bars fitted "
      "your hatchback at the first attempt.",
      [], "en", ["near-miss", "review-thanks"],
      "Thanks in a reply to a buyer who mentioned her review; nothing is requested (policy.md C "
      "near-misses)."),
    R("Keep the inflation valve on the starboard side when you launch, so the pump hose doesn't "
      "tangle with the paddle leash.",
      [], "en", ["near-miss", "substring"],
      "'starboard' contains 'star' (policy.md section 0, C near-misses)."),
    R("The parcel is with Royal Mail under LV581036294GB. Their website shows it held at your local "
      "delivery office, and you can book a redelivery there with that number.",
      [], "en", ["near-miss", "carrier-site"],
      "The carrier's own site for a delivery, needed to receive the order (policy.md A, D "
      "near-misses)."),
    R("The two-year warranty on the Bellowsby electric pump runs through Amazon: open the order in "
      "Your Orders, choose 'Problem with order', and we'll pick it up from there.",
      [], "en", ["near-miss", "warranty"],
      "Warranty handled inside Amazon (policy.md D near-misses)."),
    R("The $59 shown on the paddle listing for a few hours on Sunday was a pricing error on our "
      "side. Your order went through at $59, and that is the price you keep; nothing further will "
      "be charged.",
      [], "en", ["near-miss", "price-paid"],
      "Explains the price paid; no offer (policy.md B near-misses)."),
    R("Regarding order 113-7392218-0644159: we'd welcome your honest thoughts on the Swiftcatch "
      "paddle in a review on Amazon, good or bad. Thank you for paddling with us.",
      [], "en", ["near-miss", "neutral-request"],
      "A balanced single request (interface.md; policy.md section b)."),
    R("The full Crestcradle fitting guide is on the listing itself, amazon.com/dp/B0F8RM2TW5, under "
      "'Product guides and documents'; page 3 covers bars of your width.",
      [], "en", ["near-miss", "amazon-page"],
      "Judgement call: an Amazon link to the product the buyer owns, answering a fitting "
      "question, is neither off-platform nor cross-selling (interface.md; policy.md D1)."),
    # Simplified Chinese (17)
    R("您在店铺页面检索评测视频可能找不到，充气步骤都写在随盒说明书的第4页。",
      [], "zh", ["near-miss", "substring"],
      "检索评测 contains 索评 across a word boundary (policy.md section 0, C near-misses)."),
    R("车顶架预计星期五送到，签收前请先看看外箱有没有压坏。",
      [], "zh", ["near-miss", "substring"],
      "星 in 星期 is a weekday, not a rating (policy.md C near-misses)."),
    R("已经按您的意思取消了重复下的那一单防水袋，另一单不受影响，明天照常发出。",
      [], "zh", ["near-miss", "logistics-word"],
      "取消 for a duplicate order the buyer asked to drop (policy.md A near-misses)."),
    R("收货地址如果需要修改，请在亚马逊的订单页面里更新，周四之前改都来得及。",
      [], "zh", ["near-miss", "logistics-word"],
      "修改 and 更新 refer to an address (policy.md section 0)."),
    R("收到的尾鳍有裂纹，我们已经免费给您补寄一个新的，订单号 112-8831406-5570214，旧的不用寄回。",
      [], "zh", ["near-miss", "remedy"],
      "A free replacement (policy.md B near-misses)."),
    R("打气筒少发了软管，全额退款已经提交，三到五个工作日会退回您原来的支付方式。",
      [], "zh", ["near-miss", "remedy"],
      "A refund with no review attached (policy.md C near-misses)."),
    R("您的退货申请我们已经审核通过，亚马逊会把退货标签放在您的订单页面上。",
      [], "zh", ["near-miss", "review-word"],
      "审核 of a return request (policy.md A)."),
    R("请放心，我们绝不会要求您修改或删除任何评价，气阀的问题我们照样负责到底。",
      [], "zh", ["near-miss", "negation"],
      "A negation of C4 (policy.md section 0)."),
    R("订单 113-2674059-9182630 的充气皮划艇已经送达一周了。有空的话，欢迎在亚马逊上写下真实的使用体验，好坏都可以。",
      [], "zh", ["near-miss", "neutral-request"],
      "A single neutral request covering both outcomes (interface.md; policy.md C near-misses)."),
    R("很高兴新的打气筒已经能正常使用。如果您觉得问题已经解决，可以自己决定要不要修改或撤下早先给店铺的反馈，我们不会再提。",
      [], "zh", ["near-miss", "feedback-notice"],
      "Judgement call: neutral seller-feedback notice after resolution, choice left to the buyer "
      "(policy.md C5)."),
    R("页面上那张满200减20的券是亚马逊平台自己的活动，勾选后结账会自动抵扣，我们这边并没有另外发码。",
      [], "zh", ["near-miss", "answer"],
      "Explains an Amazon promotion the buyer asked about (policy.md B near-misses)."),
    R("谢谢您的好意，不过我们不能加微信私下交易，所有售后都在亚马逊消息里处理，这样对您也更有保障。",
      [], "zh", ["near-miss", "refusal"],
      "Declines WeChat; 微信 appears only in a refusal (policy.md D4)."),
    R("您在上一条消息里写的“请发到 chai.w@example.com”，我们没法用邮箱联系，说明书已经作为附件放在这条回复里了。",
      [], "zh", ["near-miss", "quoted-buyer"],
      "The buyer's own address, quoted and declined (policy.md D near-misses)."),
    R("电动打气筒保修两年，需要保修时在亚马逊订单页选择“订单有问题”就可以，我们会在这里跟进。",
      [], "zh", ["near-miss", "warranty"],
      "Warranty through Amazon (policy.md D near-misses)."),
    R("您下单后页面价格降了，这是亚马逊的自动调价；您付的是下单时页面显示的价格，之后不会再额外扣款。",
      [], "zh", ["near-miss", "price-paid"],
      "Explains the price paid (policy.md B near-misses)."),
    R("您问的那单 114-1853670-5529308 已经交给顺丰，运单号 SF1470392658814，预计后天送到。",
      [], "zh", ["near-miss", "lookalike-number"],
      "Order id and SF tracking number are not phone numbers (policy.md D near-misses)."),
    R("救生衣肩带上的反光星形贴片是标配，不是装饰，傍晚划船时更容易被别人看见。",
      [], "zh", ["near-miss", "product-word"],
      "星形 describes the vest (policy.md C near-misses)."),
    # Traditional Chinese: Taiwan (5), Hong Kong (4)
    R("卓小姐，您要取消的那筆重複訂單已經幫您取消了，另一筆照常出貨，不會重複扣款喔。",
      [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
      "取消 for a duplicate order (policy.md A near-misses)."),
    R("謝謝您告訴我們已經寫了評價，很高興車頂架第一次就裝上去，開上高速公路也很穩喔。",
      [], "zh", ["near-miss", "review-thanks", "traditional", "taiwanese"],
      "Thanks in a reply to a buyer who mentioned her review (policy.md C near-misses)."),
    R("包裹由黑貓宅急便配送，請用追蹤編號到黑貓的網站查詢；如果顯示待領取，可以直接在上面預約再次配送。",
      [], "zh", ["near-miss", "carrier-site", "traditional", "taiwanese"],
      "The carrier's site for redelivery (policy.md D near-misses)."),
    R("收到的防水袋捲口有破洞，新的已經免費補寄，今天就會出貨，原本那個不用寄回。",
      [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
      "A free replacement (policy.md B near-misses)."),
    R("您看到的折價券是亞馬遜自己辦的活動，結帳時勾選就會自動折抵，我們這邊沒有另外的優惠碼喔。",
      [], "zh", ["near-miss", "answer", "traditional", "taiwanese"],
      "Explains an Amazon coupon the buyer asked about (policy.md B near-misses)."),
    R("放心，我哋唔會叫你改或者刪評價，漏氣嘅問題我哋一樣會跟到底。",
      [], "zh", ["near-miss", "negation", "traditional", "cantonese"],
      "A negation, in Cantonese (policy.md section 0, C4)."),
    R("新嘅手泵用得返就好。如果你覺得問題已經解決咗，要唔要修改或者撤回之前俾店舖嘅意見，由你自己決定。",
      [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
      "Judgement call: the neutral seller-feedback notice after resolution (policy.md C5)."),
    R("電動泵有兩年保養，有問題喺亞馬遜訂單頁揀「訂單有問題」就得，我哋會喺度跟進。",
      [], "zh", ["near-miss", "warranty", "traditional", "cantonese"],
      "Warranty (保養 in Hong Kong) through Amazon (policy.md D near-misses)."),
    R("你問嘅訂單 111-0568243-7719506 已經交咗俾速遞，追蹤號碼 TBA592046318775，聽日應該會到。",
      [], "zh", ["near-miss", "lookalike-number", "traditional", "cantonese"],
      "Order id and Amazon tracking number (policy.md D near-misses)."),
    # mixed (1)
    R("Hi Ingrid，您问的 refund 已经处理好了：$42.50 will go back to the original card，一般三到五个工作日内到账。",
      [], "zh", ["near-miss", "remedy", "mixed"],
      "A refund the buyer asked about, code-switched (policy.md C near-misses)."),
]

# ----------------------------------------------------------------------------- clean
CLEAN = [
    # English (13)
    R("Hi Ingrid, the Marshkite 10 weighs 22 kg without its seat, so two adults can lift it onto a "
      "car roof comfortably. The scupper plugs are in the small mesh bag taped inside the front "
      "hatch.",
      [], "en", ["clean"], "A product answer (policy.md A)."),
    R("For the Glasswake 11, inflate to 15 PSI on flat water and up to 18 PSI if a dog or a cooler "
      "rides on the deck. The gauge on the Bellowsby pump reads in both PSI and bar.",
      [], "en", ["clean"], "Customer-service answer (policy.md A)."),
    R("The Keelbuoy is sized by chest measurement: the M suits 91 to 102 cm and the L suits 102 to "
      "117 cm. Both give the same buoyancy, so pick the one that sits snugly once the side straps "
      "are pulled tight.",
      [], "en", ["clean"], "Sizing answer (policy.md A)."),
    R("Hello Mr. Lindahl, the freight company needs a delivery window for the hard-shell kayak, "
      "which comes on a pallet. Would a weekday morning or afternoon next week suit you better?",
      [], "en", ["clean"], "Scheduling a bulky delivery is a permitted message (policy.md A)."),
    R("A storm closed the port at Savannah, so the Crestcradle bars will reach you about three days "
      "later than first estimated. We're sorry for the wait and will post here again as soon as "
      "they move.",
      [], "en", ["clean"], "A delay notice (policy.md A near-misses)."),
    R("To dry the Loonbright before storing it, open all three chambers, wipe the floor with a "
      "towel and leave it in the shade for an afternoon. Packing it away damp is what causes "
      "mildew spots.",
      [], "en", ["clean"], "Care instructions in a reply (policy.md A)."),
    R("The Swiftcatch shaft extends from 180 to 220 cm. For touring, set it so the grip reaches "
      "your raised wrist while the blade stands on the ground beside you.",
      [], "en", ["clean"], "Product answer (policy.md A)."),
    R("The J-cradles bolt onto square, aero and oval bars up to 85 mm wide. If your crossbars have "
      "a rubber strip on top, slide that strip back a few centimetres before you tighten the "
      "clamps.",
      [], "en", ["clean"], "Fitting answer (policy.md A)."),
    R("The hiss you describe near the seam is most likely the valve core, not the hull. Turn the "
      "inner core clockwise with the small key from the repair kit, pump the chamber up again and "
      "listen.",
      [], "en", ["clean"], "Troubleshooting (policy.md A)."),
    R("The Snugseal 20L keeps out spray and survives a short dunk, which is what it is built for. "
      "It won't stay sealed for long on a lake bed, so double-bag anything electronic.",
      [], "en", ["clean"], "Product answer (policy.md A)."),
    R("You asked for 'Juniper' to be engraved on the paddle blade. Please confirm the spelling, and "
      "whether you'd like capitals only, before we send it to the engraver.",
      [], "en", ["clean"], "Verifying a custom design is a permitted message (policy.md A)."),
    R("Salt water won't harm the aluminium pump, but rinse it in fresh water afterwards and let the "
      "hose hang down so it drains.",
      [], "en", ["clean"], "Care answer (policy.md A)."),
    R("The carrying handles on the Marshkite are moulded into the hull, so they can't snap off. If "
      "one feels loose, tighten the two screws underneath with a Phillips driver.",
      [], "en", ["clean"], "Troubleshooting (policy.md A)."),
    # Simplified Chinese (10)
    R("聂先生，桨板在平静水面上充到15 PSI就够了，带小孩或宠物的话可以充到18 PSI，打气筒上的表两种单位都有。",
      [], "zh", ["clean"], "Inflation answer (policy.md A)."),
    R("皮划艇收起来之前要先晾干，三个气室都打开，放在阴凉通风的地方晾一个下午就可以。",
      [], "zh", ["clean"], "Care answer (policy.md A)."),
    R("救生衣按胸围选码：M 码适合91到102厘米，L 码适合102到117厘米，两侧的带子拉紧后贴身穿最安全。",
      [], "zh", ["clean"], "Sizing answer (policy.md A)."),
    R("因为港口遇上台风，车顶架会比原来预计的晚三天左右到达，给您带来不便，非常抱歉。",
      [], "zh", ["clean"], "A delay notice (policy.md A near-misses)."),
    R("三节桨的长度可以在180到220厘米之间调节，人站在板上时，桨柄举到手腕的高度就合适。",
      [], "zh", ["clean"], "Product answer (policy.md A)."),
    R("充气皮划艇的座椅是用魔术贴固定在底板上的，位置不合适的话，撕开重新贴好就行。",
      [], "zh", ["clean"], "Product answer (policy.md A)."),
    R("防水袋挡得住溅水和短时间落水，但不适合长时间泡在水底，放电子产品的话建议再套一个小袋。",
      [], "zh", ["clean"], "Product answer (policy.md A)."),
    R("硬壳皮划艇属于大件，货运公司需要跟您预约送货时间，请问下周工作日上午还是下午您比较方便？",
      [], "zh", ["clean"], "Bulky delivery scheduling (policy.md A)."),
    R("在海里用完以后，手泵用清水冲一遍，软管挂起来把水控干就行，铝制泵身不会生锈。",
      [], "zh", ["clean"], "Care answer (policy.md A)."),
    R("尾鳍插进鳍槽以后，把小螺丝拧到手感变紧就好，不需要用很大的力气。",
      [], "zh", ["clean"], "Fitting answer (policy.md A)."),
    # Traditional Chinese: Taiwan (3), Hong Kong (3)
    R("侯小姐，槳板在平靜的水面打到15 PSI 就夠了，載小朋友的話可以打到18 PSI，打氣筒錶面上兩種單位都有標示喔。",
      [], "zh", ["clean", "traditional", "taiwanese"], "Inflation answer (policy.md A)."),
    R("救生衣請依胸圍選尺寸：M 適合91到102公分，L 適合102到117公分，兩側的帶子拉緊貼身最安全喔。",
      [], "zh", ["clean", "traditional", "taiwanese"], "Sizing answer (policy.md A)."),
    R("車頂架的J型支架可以裝在方管、翼型和橢圓形的橫桿上，寬度85毫米以內都沒問題，工作天內有疑問隨時傳訊息問我們。",
      [], "zh", ["clean", "traditional", "taiwanese"],
      "Fitting answer; 傳訊息 means messaging here on Amazon (policy.md A)."),
    R("隻獨木舟要晾乾先好收起佢，三個氣室都要打開，放喺陰涼地方一個下晝就得。",
      [], "zh", ["clean", "traditional", "cantonese"], "Care answer (policy.md A)."),
    R("三節槳可以調校到180至220厘米，企喺板上面，槳柄舉高到手腕嗰度就啱啱好。",
      [], "zh", ["clean", "traditional", "cantonese"], "Product answer (policy.md A)."),
    R("防水袋擋到水花同短時間落水，但唔係俾你成日浸喺水底㗎，放電子產品最好再套多個小袋。",
      [], "zh", ["clean", "traditional", "cantonese"], "Product answer (policy.md A)."),
    # mixed (1)
    R("Hi Osric，您问的 drop-stitch 是一种内部拉丝结构，让 board 充气以后像硬板一样平整。",
      [], "zh", ["clean", "mixed"], "Product answer, code-switched (policy.md A)."),
]


def records():
    recs = VIOLATIONS + EVASIONS + NEAR_MISSES + CLEAN
    recs = [dict(r) for r in recs]
    random.Random(84).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h84-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()
