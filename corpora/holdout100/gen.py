#!/usr/bin/env python3
"""Source of holdout100.jsonl: 160 hand-written messages from an invented Amazon seller,
Sedgewhistle Canoe Outfitters, to its buyers, hand-labelled for the three content policies
of /work/shared/interface.md (marketing, off-platform-contact, review-inducement).

Standard library only.  `python3 gen.py` writes holdout100.jsonl next to this file;
`records()` returns the list (validate.py uses it to confirm the file is current).

Hard-to-see characters are spelled symbolically below:
  ZW        zero-width space (U+200B)
  CY_A      Cyrillic small a (U+0430)      CY_A_UP  Cyrillic capital A (U+0410)
  CY_E      Cyrillic small ie (U+0435)     CY_I     Cyrillic small byelorussian i (U+0456)
  STAR      white medium star emoji (U+2B50)
  GLOW      glowing star emoji (U+1F31F)
  fw(s)     the full-width form of every ASCII character of s (U+FF01..U+FF5E)

Each record is written as R(tags, labels, lang, text, note):
  tags    space-separated: category, (violation style), subtypes in label order,
          evasion techniques or the one near-miss trap, then traditional / region / mixed
  labels  the policies the text breaks (empty for near-misses and clean records)
  lang    "en", "zh" or "mixed"
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
CY_A_UP = "\u0410"
CY_E = "\u0435"
CY_I = "\u0456"
STAR = "\u2b50"
GLOW = "\U0001f31f"


def fw(s):
    """Full-width form of printable ASCII (space kept as is)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


MKT, OFF, REV = "marketing", "off-platform-contact", "review-inducement"
RAW = []


def R(tags, labels, lang, text, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang,
                "tags": tags.split(), "note": note})


# =====================================================================================
# VIOLATIONS (50): plain 17, careful 16, split 17
# =====================================================================================

# ---- English (22)
R("violation plain coupon", [MKT], "en",
  "Hi Lucinda, glad the Rushmere 16 found a good home. Enter YOKE20 when you check out next "
  "time and you get 20% off any Carrymoss portage yoke until the end of the month.",
  "A discount code for a future purchase is a promotion (policy.md B).")
R("violation careful new-product cross-sell", [MKT], "en",
  "Barnaby, we have just finished sewing the first run of Stormlid decks cut for the "
  "Rushmere 16, the same hull you paddle. Ambrose reckons it is the best thing to come out of "
  "the loft, and forty of them are folded on the shelf waiting.",
  "Announcing a newly made accessory for the boat the buyer owns is a launch plus cross-sell "
  "(policy.md B).")
R("violation split discount url diversion", [MKT, OFF], "en",
  "Your float bags are packed and leave the loft today. One more thing. Our own shop at "
  "sedgewhistlecanoe.com has the same Buoyline pair for nine dollars less than here.",
  "A lower price on the seller's own site is a promotion and a push off Amazon "
  "(policy.md B, D1, D6).")
R("violation plain email", [OFF], "en",
  "Wilhelmina, for the seat-cane question it is easier if you email your photos straight to "
  "loft@sedgewhistlecanoe.com, and Ambrose will answer from there.",
  "An e-mail address and an invitation to move the thread off Amazon (policy.md D2).")
R("violation careful phone", [OFF], "en",
  "Cormac, the yoke pads can be mounted two ways and each suits a different shoulder. Ambrose "
  "is at the bench until six most evenings; ring him on 207-555-0193 and he will talk you "
  "through both.",
  "A direct telephone number of the shop, not a carrier or warranty number (policy.md D3).")
R("violation split gating", [REV], "en",
  "We hope the Tarnkeep bags kept your kit dry on the crossing. If they did, the listing page "
  "is where other trippers look before they buy. If something went wrong, please write to us "
  "here first and hold off posting anything until we have put it right.",
  "Sends happy buyers to the listing and asks unhappy ones to come to the seller instead "
  "(policy.md C3).")
R("violation plain incentive", [REV], "en",
  "Ysolde, once your review of the Kestrelblade paddle is live on Amazon, reply with a "
  "screenshot and we will post you a spare set of drip rings at no cost.",
  "Something of value in exchange for a review (policy.md C1).")
R("violation careful gating", [REV], "en",
  "Percival, really glad the Carrymoss made that long carry bearable for you. Since it worked "
  "out so well, the product page is exactly the place to tell other paddlers so.",
  "An invitation to review sent because the buyer reported a good experience is gating even "
  "when worded softly (policy.md section 0, C3).")
R("violation split change-review", [REV], "en",
  "Tamsin, the second spray deck for order 113-4481290-7735659 went out yesterday with the "
  "longer bungee you wanted. Now that the fit problem is sorted, the two-star note you left "
  "under the listing no longer tells the whole story. Could you bring it up to date?",
  "Asks the buyer to revise a product review after a fix (policy.md C4).")
R("violation plain sale", [MKT], "en",
  "Ignacio, our end-of-season sale runs through Sunday: every dry bag and float bag in the "
  "shop is marked down by a quarter.",
  "A sale announcement (policy.md B).")
R("violation careful messaging-app", [OFF], "en",
  "Mr. Valdivia, most of our paddlers swap route notes in a group we run on Signal. Ambrose "
  "can add you if you send us the number you would like to use there.",
  "A messaging-app group outside Amazon, and a request for the buyer's number (policy.md D4).")
R("violation split buy-again", [MKT], "en",
  "Your repair kit shipped out this morning, Ms. Oyelaran. Epoxy putty does not keep forever "
  "once the tub is opened. Most of our trippers order a fresh Mendhollow kit every spring, so "
  "pencil it in and press the same button next April.",
  "A push to buy again (policy.md B).")
R("violation plain steering", [REV], "en",
  "Fenella, when you write your review, please say that the Stormlid deck stayed tight in "
  "the rapids, and mention how quickly the parcel reached you.",
  "Tells the buyer what to put in the review (policy.md C7).")
R("violation careful discount incentive", [MKT, REV], "en",
  "Jory, tell other canoeists what you made of the beavertail paddle on its Amazon page, "
  "send us the words you posted, and your next order from us will come in a fifth lighter.",
  "A future price cut in exchange for a review: an incentive and a promotion at once "
  "(policy.md C1, B; judgement call 4).")
R("violation split payment", [OFF], "en",
  "We are sorry the paddle arrived with a cracked tip, Lucinda. Amazon takes a few days to "
  "put the money back on a card. We can get it to you faster through PayPal if you send us "
  "the address you use there.",
  "Offers to pay the buyer outside Amazon (policy.md D5).")
R("violation plain referral", [MKT], "en",
  "Know anyone planning a canoe trip this summer? Refer a paddling friend to Sedgewhistle "
  "and each of you gets twelve dollars off a yoke or a deck.",
  "A referral scheme (policy.md B).")
R("violation careful vip-list qr", [MKT, OFF], "en",
  "Barnaby, scan the small black-and-white square printed on your packing slip to join the "
  "Paddlers' Circle. Members hear about our lake weekends and members-only prices before "
  "anyone else.",
  "A members' list with private prices reached through a printed square code that leaves "
  "Amazon (policy.md B, D1; judgement call 8).")
R("violation split follow social", [MKT, OFF], "en",
  "The yoke pads you asked for are in the box. Ambrose films every fitting he does at the "
  "loft. You can watch them by following @sedgewhistle.paddles, where a fresh one goes up "
  "each Friday.",
  "A follow-us push to a social account (policy.md B, D4; judgement call 10).")
R("violation plain url", [OFF], "en",
  "Wilhelmina, the fitting chart for the float bags is on our website at "
  "sedgewhistlecanoe.com/fit, with a short clip for each hull we sell.",
  "A link to the seller's own site (policy.md D1).")
R("violation careful feedback-pressure", [REV], "en",
  "Cormac, the one-out-of-five you gave our shop last week is pulling our seller score under "
  "the level Amazon watches. Now that the bag has been swapped, we would be grateful if you "
  "took it down.",
  "Pressure to withdraw seller feedback, citing harm to the account (policy.md C5).")
R("violation split diversion", [OFF], "en",
  "Ignacio, the Rushmere you asked about shows a long lead time on this listing. We also keep "
  "two hulls at the loft. Come out to the lake and pay us directly, and you could paddle one "
  "away this weekend.",
  "Invites the buyer to buy outside Amazon (policy.md D6).")
R("violation plain rating-request incentive", [REV], "en",
  "Ms. Oyelaran, a five-star review of the Otterlee 14 would help us a great deal, and we "
  "will knock fifteen dollars off your float bags as thanks once it is live.",
  "Names the rating and pays for it (policy.md C1, C2).")

# ---- Simplified Chinese (16)
R("violation plain incentive gating", [REV], "zh",
  "贾女士您好，防水袋用得顺手的话，麻烦去亚马逊写条评价，截图发给我们后返您十五美元。",
  "Money for a review, offered only to a satisfied buyer (policy.md C1, C3).")
R("violation careful messaging-app", [OFF], "zh",
  "钱先生，肩轭的安装视频太大，这里传不上来。您加一下阿澜的私人号 sedgewhistle_cn，她那边直接发给您。",
  "A private messaging ID without naming the app is still off-platform contact (policy.md D4).")
R("violation split coupon", [MKT], "zh",
  "魏阿姨，您订的浮力袋已经从仓库出发了。另外跟您说一声。下单时输入 DECK10，店里的防浪罩可以少付一成。",
  "A code for a future purchase (policy.md B).")
R("violation plain new-product cross-sell", [MKT], "zh",
  "方老师好！我们上新了碳纤维弯柄桨，和您买的 Rushmere 16 是绝配，有空来店里逛逛。",
  "A new-product announcement tied to what the buyer owns (policy.md B).")
R("violation careful steering", [REV], "zh",
  "小棠，写使用感受的时候，能不能顺便提一句“肩垫很软、两天就到货”？别的划友最看重这两点。",
  "Tells the buyer what to write, without naming the review (policy.md C7).")
R("violation split email", [OFF], "zh",
  "俞先生，保修登记需要船体序列号的照片。这边上传不太方便。请直接发到 help@sedgewhistlecanoe.com，阿澜会回复您。",
  "An e-mail address (policy.md D2).")
R("violation plain change-review", [REV], "zh",
  "董女士，桨叶开裂的问题已经给您全额退款了，能不能麻烦把那条一星评论改一改？",
  "Asks for a product review to be changed after a refund (policy.md C4).")
R("violation careful discount payment diversion", [MKT, OFF], "zh",
  "魏阿姨，下次再要防水袋就不用在这边下单了，直接转账给我们，每只能便宜八块。",
  "Buying outside Amazon, paid by transfer, at a lower price (policy.md B, D5, D6).")
R("violation split gating", [REV], "zh",
  "钱先生，浮力袋装好以后下水试过了吗？效果不错的话，欢迎去商品页说两句。要是不满意，先别急着写，直接在这里告诉我们就行。",
  "Happy buyers to the product page, unhappy ones to the seller (policy.md C3).")
R("violation plain phone", [OFF], "zh",
  "魏阿姨，修补包里的环氧补土怎么调，打电话说最快：+1 (207) 555-0148，白天都有人接。",
  "The shop's telephone number (policy.md D3).")
R("violation careful giveaway", [MKT], "zh",
  "方老师，这个月底我们会从买过桨的朋友里抽三位，每人寄一套跪垫。您的订单已经在名单里了，到时留意消息。",
  "A prize draw among buyers (policy.md B).")
R("violation split messaging-app incentive", [OFF, REV], "zh",
  "小棠，谢谢您一次买了两只防水袋。我们有个划船群，在 Telegram 上。进群发一张亚马逊留评截图，群主会给您发红包。",
  "A Telegram group and cash for a review screenshot (policy.md D4, C1).")
R("violation plain bundle discount", [MKT], "zh",
  "俞先生，本周店里做套装：肩轭加肩垫一起买直接打八折，库存不多。",
  "A bundle at a reduced price (policy.md B).")
R("violation careful rating-request", [REV], "zh",
  "董女士，方便的话请在商品页给我们打个满分，这对我们这种小作坊特别重要。",
  "Asks for the top rating without the word for it (policy.md C2).")
R("violation split restock", [MKT], "zh",
  "贾女士，您的二十升防水袋应该到了吧。顺便说一下，四十升那款断货两个月，今天终于补上了。数量不多，需要的话抓紧下单。",
  "An unsolicited back-in-stock push (policy.md B).")
R("violation split feedback-pressure", [REV], "zh",
  "钱先生，换货已经寄出。您上周给店铺留的那条差评，对我们账户影响很大。麻烦您把它撤掉吧。",
  "Pressure to withdraw negative seller feedback (policy.md C5).")

# ---- Traditional Chinese (10: Taiwan 6, Hong Kong 4)
R("violation plain messaging-app traditional taiwanese", [OFF], "zh",
  "侯小姐您好，獨木舟座椅的安裝影片比較大，麻煩加我們的 LINE：@sedgewhistletw，直接傳給您喔。",
  "A LINE account (policy.md D4).")
R("violation careful payment incentive traditional taiwanese", [OFF, REV], "zh",
  "傅先生，槳收到後如果願意在商品頁分享心得，把畫面截給我們，我們轉帳兩百元到您的戶頭，當作一點謝意。",
  "Money by bank transfer for a review (policy.md D5, C1).")
R("violation split sale traditional taiwanese", [MKT], "zh",
  "倪小姐，您的防浪罩已經出貨了。另外通知您，這個週末全館浮力袋七五折。錯過就要等明年囉。",
  "A weekend sale (policy.md B).")
R("violation plain rating-request traditional taiwanese", [REV], "zh",
  "姚先生，肩軛用起來還順手嗎？拜託給我們一個五星評價，小店真的很需要。",
  "Asks for five stars (policy.md C2).")
R("violation careful listing-link cross-sell traditional taiwanese", [MKT], "zh",
  "倪小姐，我們賣場另外上架了同系列四十公升的乾袋，網址是 amazon.com/dp/B0F3KW8R6N，跟您現在這隻搭配剛好。",
  "A link to another listing to sell more (policy.md B, D1; judgement call 6).")
R("violation split url diversion traditional taiwanese", [OFF], "zh",
  "傅先生，修補包的使用說明放在我們自己的網頁上。網址：sedgewhistlecanoe.com/mend。之後要補貨也可以直接在那邊結帳，不必經過亞馬遜。",
  "The seller's own site, and buying there instead of on Amazon (policy.md D1, D6).")
R("violation plain coupon traditional cantonese", [MKT], "zh",
  "邵太你好，多謝你幫襯！下次買槳嘅時候輸入優惠碼 PADDLE15，即減百分之十五。",
  "A discount code (policy.md B).")
R("violation careful gating traditional cantonese", [REV], "zh",
  "關生，浮力袋用落覺得好嘅話，就上商品頁寫幾句；如果有咩唔妥，唔該先搵我哋，唔好直接寫出嚟。",
  "Gating without the review word (policy.md C3).")
R("violation split phone messaging-app traditional cantonese", [OFF], "zh",
  "卓小姐，你件防浪罩嘅尺寸我哋要再對一對。喺度講唔清楚。WhatsApp 我哋 07700 900872，相都可以直接傳過嚟。",
  "A phone number on WhatsApp (policy.md D3, D4).")
R("violation split change-review traditional cantonese", [REV], "zh",
  "容生，新嘅槳已經寄咗俾你。之前你喺商品頁留低嗰段一星評語，而家問題解決咗，可唔可以幫手刪咗佢？",
  "Asks for a product review to be deleted after the fix (policy.md C4).")

# ---- mixed (2)
R("violation plain giveaway follow social mixed", [MKT, OFF], "mixed",
  "Hi 小棠，你的 dry bag 今天发出。Follow 我们的小红书“Sedgewhistle独木舟”，每周都有 giveaway 抽跪垫！",
  "A follow-us push to a social app with a giveaway (policy.md B, D4; judgement call 10).")
R("violation careful discount incentive traditional cantonese mixed", [MKT, REV], "mixed",
  "容生, thanks for the order! 你用完個 portage yoke 之後，上 Amazon 寫幾句讚我哋嘅說話，下次 order 我哋 take 十五蚊 off 俾你。",
  "Money off the next order for praise on Amazon (policy.md C1, B; judgement call 4).")

# =====================================================================================
# EVASIONS (30)
# =====================================================================================

# ---- English (14)
R("evasion phone messaging-app homoglyph", [OFF], "en",
  "Lucinda, for the yoke sizing just message Ambrose on Wh" + CY_A + "ts" + CY_A_UP + "pp at "
  "+1 (207) 555-0148; he answers faster there than in this inbox.",
  "Cyrillic letters inside the app name; the number is the shop's (policy.md D3, D4, section e).")
R("evasion rating-request incentive homoglyph", [REV], "en",
  "A five-star r" + CY_E + "vi" + CY_E + "w of the Kestrelblade on Amazon earns you a $15 g"
  + CY_I + "ft card from us, Tamsin; just reply once it is posted.",
  "Look-alike letters in the key words of a paid five-star request (policy.md C1, C2, "
  "section e).")
R("evasion coupon leetspeak", [MKT], "en",
  "Cormac, type P4DDLE15 at checkout and take 15 percent 0ff any paddle in our range through "
  "the end of June.",
  "A code and an offer written with digits for letters (policy.md B, section e).")
R("evasion incentive leetspeak", [REV], "en",
  "Post a r3vi3w with a photo of the yoke on the carry and we will put the cost of the pads "
  "back on your card, Ignacio.",
  "Money back for a review, with the key word in leetspeak (policy.md C1, section e).")
R("evasion follow social spacing", [MKT, OFF], "en",
  "Ysolde, the loft posts a short fitting clip every Friday. Follow us on I n s t a g r a m, "
  "@sedgewhistle.paddles, for those and a first look at the autumn colours.",
  "A spaced-out app name in a follow-us push (policy.md B, D4, section e; judgement call 10).")
R("evasion payment separator", [OFF], "en",
  "Barnaby, if the bank hold on the money coming back to you is a nuisance, we can send the "
  "forty dollars over P.a.y.P.a.l instead; just reply with the address you use there.",
  "Payment outside Amazon, the service name broken by dots (policy.md D5, section e).")
R("evasion rating-request zero-width", [REV], "en",
  "Wilhelmina, a five-st" + ZW + "ar rev" + ZW + "iew for the Stormlid deck would keep our "
  "little loft busy through the winter.",
  "Zero-width spaces inside a five-star request (policy.md C2, section e).")
R("evasion email fullwidth", [OFF], "en",
  "Mr. Valdivia, please send the hull photos to " + fw("help@sedgewhistlecanoe.com")
  + " so Ambrose can see the crack properly.",
  "An e-mail address in full-width letters (policy.md D2, section e).")
R("evasion email spelled-email", [OFF], "en",
  "Jory, the paddle-length chart is too big for this inbox; write to sedgewhistle dot loft "
  "at gmail dot com and Ambrose will send it over tonight.",
  "An e-mail address spelled out in words (policy.md D2, section e).")
R("evasion phone number-words", [OFF], "en",
  "Cormac, text Ambrose on two oh seven, five five five, oh one nine three and he will walk "
  "you through seating the yoke on your gunwales.",
  "A phone number written as words (policy.md D3, section e).")
R("evasion phone messaging-app number-words", [OFF], "en",
  "Fenella, our helper in Britain is on WhatsApp at oh seven seven oh oh, nine oh oh, six one "
  "five; message her there about the deck size.",
  "A UK number in words on WhatsApp (policy.md D3, D4, section e).")
R("evasion rating-request gating emoji", [REV], "en",
  "If the Tarnkeep bags kept your sleeping kit dry, Percival, " + STAR * 5
  + " on the listing would make our summer.",
  "Emoji stars asked of a satisfied buyer (policy.md C2, C3, section e; judgement call 12).")
R("evasion messaging-app nickname split-handle", [OFF], "en",
  "Ms. Oyelaran, the quickest way to reach us is the paper-plane app: search sedgewhistle, "
  "underscore, help, and say hello.",
  "Telegram by nickname, the handle in pieces (policy.md D4, section e).")
R("evasion discount social nickname split-handle", [MKT, OFF], "en",
  "Tamsin, on the photo app we are sedgewhistle, then a dot, then paddles. Send us a message "
  "there and we will take a fifth off a spray deck for you.",
  "Instagram by nickname, the handle in pieces, and a price cut there (policy.md B, D4, "
  "section e).")

# ---- Simplified Chinese (9)
R("evasion rating-request incentive gating pinyin", [REV], "zh",
  "钱先生，浮力袋用着满意的话，给个 haoping 呗，截图发过来就 fanxian 十美元。",
  "Pinyin for positive review and cash back, offered to a satisfied buyer (policy.md C1, C2, "
  "C3, section e).")
R("evasion messaging-app homophone", [OFF], "zh",
  "魏阿姨，售后问题加我们薇信 sedgewhistle_cn 处理更快，图片视频都能直接发。",
  "A homophone for WeChat with the ID (policy.md D4, section e).")
R("evasion phone cn-numerals", [OFF], "zh",
  "方老师，肩轭装不上的话，直接拨二零七五五五零一四八找 Ambrose，他白天都在。",
  "A phone number in Chinese numerals (policy.md D3, section e).")
R("evasion incentive spacing", [REV], "zh",
  "小棠，防水袋收到后写几句使用感受，截 图 送 桨 绳 一 条，回复这条消息就行。",
  "A gift for a review screenshot, spaced out (policy.md C1, section e).")
R("evasion coupon separator", [MKT], "zh",
  "俞先生，下单时在结算页填 优·惠·码 YOKE20，肩轭立减两成。",
  "A code, its name broken by separators (policy.md B, section e).")
R("evasion rating-request incentive zero-width", [REV], "zh",
  "董女士，写完好" + ZW + "评把截图发来，我们给您返" + ZW + "现八美元。",
  "Zero-width spaces inside positive-review and cash-back terms (policy.md C1, C2, "
  "section e).")
R("evasion rating-request gating emoji", [REV], "zh",
  "贾女士，修补包好用的话，麻烦在商品页点亮" + STAR * 5 + "，谢谢支持！",
  "Emoji stars asked only if the buyer is happy (policy.md C2, C3, section e).")
R("evasion messaging-app nickname split-handle", [OFF], "zh",
  "钱先生，有问题上绿泡泡找我们：搜 sedgewhistle 下划线 cn 就能加上。",
  "WeChat by nickname, the ID in pieces (policy.md D4, section e).")
R("evasion coupon messaging-app pinyin", [MKT, OFF], "zh",
  "魏阿姨，加一下 weixin，群里每周发 youhui 券，防浪罩能便宜不少。",
  "Pinyin for WeChat and discount in a group push (policy.md B, D4, section e).")

# ---- Traditional Chinese (5: Taiwan 3, Hong Kong 2)
R("evasion coupon fullwidth traditional taiwanese", [MKT], "zh",
  "倪小姐，結帳時輸入" + fw("GUNWALE12") + "，全館槳類再打九折喔。",
  "A code in full-width characters (policy.md B, section e).")
R("evasion messaging-app homophone traditional taiwanese", [OFF], "zh",
  "傅先生，座椅尺寸的問題直接加賴 @sedgewhistletw 問比較快，照片也可以一起傳喔。",
  "The Taiwanese homophone for LINE with the account (policy.md D4, section e).")
R("evasion rating-request incentive emoji traditional taiwanese", [REV], "zh",
  "姚先生，給我們" + GLOW * 5 + "的話，下次出貨就多送您一條船頭繩，拜託囉！",
  "Emoji stars paid with a free item (policy.md C1, C2, section e).")
R("evasion phone messaging-app cn-numerals traditional cantonese", [OFF], "zh",
  "邵太，防浪罩尺寸嘅嘢，WhatsApp 我哋 零七七零零 九零零 八七二 講就得啦，快過喺度等。",
  "A UK number in Chinese numerals on WhatsApp (policy.md D3, D4, section e).")
R("evasion email incentive spelled-email traditional cantonese", [OFF, REV], "zh",
  "關生，寫完商品評語之後，將截圖電郵去 help at sedgewhistlecanoe dot com，我哋會回贈一個乾袋俾你。",
  "A spelled-out address and a free bag for a review (policy.md D2, C1, section e).")

# ---- mixed (2)
R("evasion discount messaging-app diversion zero-width mixed", [MKT, OFF], "mixed",
  "Hi 俞先生，下次别在这里下单了，加我 We" + ZW + "Chat: sedgewhistle_cn，direct order 可以 cheaper 二十美元。",
  "WeChat with a zero-width space, buying off Amazon for less (policy.md B, D4, D6, "
  "section e).")
R("evasion incentive separator traditional cantonese mixed", [REV], "mixed",
  "容生，幫我哋寫個 R.E.V.I.E.W 喺 Amazon，send 個 screenshot 過嚟，我哋即刻 refund HK$50 俾你。",
  "Money for a review, the key word broken by dots (policy.md C1, section e).")

# =====================================================================================
# NEAR-MISSES (50): exactly one trap each, all compliant
# =====================================================================================

# ---- English (23)
R("near-miss review-word", [], "en",
  "Ambrose gave the stitching on your Stormlid deck a last review under the lamp before "
  "boxing it, and he re-tensioned the shock cord so it seats on the first try.",
  "Review in the sense of an inspection (policy.md C near-misses).")
R("near-miss review-word", [], "en",
  "Percival, the little star burned into the throat of the Kestrelblade shows which face of "
  "the blade pulls toward you; keep the star facing you and the bend points forward.",
  "A star mark on the paddle, not a rating (policy.md C near-misses).")
R("near-miss remedy", [], "en",
  "Sorry the float bag arrived with a split valve. A replacement pair left the loft this "
  "morning at no charge, and there is no need to send the first pair back.",
  "A replacement as a remedy, nothing asked in return (policy.md B near-misses).")
R("near-miss remedy", [], "en",
  "We have refunded the full amount for order 111-4409375-2861590, the paddle with the "
  "chipped blade; your bank usually shows it within three to five working days.",
  "A refund for a fault, with no link to a review (policy.md C near-misses).")
R("near-miss lookalike-number", [], "en",
  "Order 112-5550148-7702316 is booked with the freight carrier for Thursday morning; the "
  "driver needs someone at the landing to help lift the canoe off the truck.",
  "An order id that contains a 555-01xx block, not a phone number (policy.md D3).")
R("near-miss lookalike-number", [], "en",
  "You asked where the deck is: UPS tracking 1Z6V48E70392286135 shows it at your local depot, "
  "out for delivery tomorrow.",
  "A long tracking number, not a phone number or a code (policy.md D3, A near-misses).")
R("near-miss negation", [], "en",
  "No need to reach us off Amazon or by phone for the deck sizing, Barnaby; send the cockpit "
  "measurements in this thread and we will match them to a pattern here.",
  "Off-platform contact named only to rule it out (policy.md D).")
R("near-miss neutral-request", [], "en",
  "Order 113-2750846-9316024: now that the Otterlee has had a couple of weeks on the water, "
  "you are welcome to describe your experience on its Amazon product page, good or bad. This "
  "is the only time we will ask.",
  "One neutral review request, no rating, reward or condition (interface.md; policy.md C "
  "near-misses; judgement call 2).")
R("near-miss amazon-page", [], "en",
  "To send back the bent-shaft paddle, open Your Orders on Amazon, pick the paddle and follow "
  "the return steps; the prepaid label is made there for you.",
  "Points to the buyer's own Amazon order page (policy.md D1; judgement call 6).")
R("near-miss answer", [], "en",
  "You asked about the coupon shown under the Stormlid listing's title. That checkbox offer "
  "is Amazon's own: tick it before checkout and Amazon takes it off. We do not hand out any "
  "codes ourselves.",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses; judgement "
  "call 9).")
R("near-miss refusal", [], "en",
  "Thanks for offering to move this to WhatsApp, but we keep every conversation here on "
  "Amazon. Send the pictures of the cracked gunwale in this thread and Ambrose will look at "
  "them today.",
  "Declines an off-platform channel (policy.md D4).")
R("near-miss feedback-notice", [], "en",
  "The new yoke for order 113-9360572-1148807 has arrived and fits. If you feel we have sorted "
  "things out, you may update or take down the seller feedback you left earlier; whether to "
  "do so is entirely up to you.",
  "The neutral seller-feedback notice after resolution (policy.md C5; judgement call 3).")
R("near-miss product-word", [], "en",
  "Ms. Oyelaran, the Buoyline bags are the free-floating kind: they are held by lacing, not "
  "glue, so you can lift them out to dry. The valves are free of PVC as well.",
  "Free as a product property (policy.md B near-misses).")
R("near-miss quoted-buyer", [], "en",
  "Re your note, \"the spray deck is a five-star piece of kit but the bungee is short\": a "
  "longer bungee went into the post to you this afternoon.",
  "The rating words are the buyer's own, quoted (policy.md C near-misses).")
R("near-miss logistics-word", [], "en",
  "As you asked, we cancelled the duplicate order for the second yoke and updated the "
  "address on order 111-0584926-3397215 to the cabin.",
  "Cancel and update as logistics (policy.md C near-misses).")
R("near-miss review-thanks", [], "en",
  "Thank you for the review you posted about the Rushmere, Percival; Ambrose has pinned a "
  "copy above the workbench. The spare seat bolts you asked after are in the small bag taped "
  "inside the hull.",
  "Thanks for a review already written, in a reply with real content (policy.md C "
  "near-misses).")
R("near-miss carrier-site", [], "en",
  "Royal Mail shows your dry bags waiting at the delivery office; enter RX618205374GB on "
  "royalmail.com to choose a redelivery day.",
  "A carrier's own tracking site (policy.md D1; judgement call 7).")
R("near-miss warranty", [], "en",
  "The epoxy in the Mendhollow kit is made by Corvane Resins, and their warranty desk deals "
  "with cured-resin defects directly on 1-800-555-0166, weekdays.",
  "A manufacturer's warranty number (policy.md D3 exception; judgement call 7).")
R("near-miss price-paid", [], "en",
  "The invoice for order 111-9127635-5086417 shows the price you paid, $189 for the yoke and "
  "$24 for the pads, tax included, as you asked.",
  "The price already paid, stated on request (policy.md B near-misses).")
R("near-miss remedy", [], "en",
  "Because the deck reached you two days after your trip, we have issued a partial refund of "
  "$30 for the late arrival. Please keep the deck.",
  "A partial refund as a remedy (policy.md A, C near-misses).")
R("near-miss lookalike-number", [], "en",
  "The customs form for order 113-5550193-0246678 lists the canoe's value and the hull "
  "material; the broker may ask you to sign it on arrival.",
  "An order id holding a 555-01xx block, not a phone number (policy.md D3).")
R("near-miss answer", [], "en",
  "You asked whether the Prime Day discount on the float bags will come back. Amazon sets "
  "that deal, not us, so we have no dates; the listing will show it if Amazon runs it again.",
  "Answers a question about an Amazon event (policy.md B near-misses; judgement call 9).")
R("near-miss product-word", [], "en",
  "The Tarnkeep 40 L roll-top is rated for rain, spray and a brief dunk, not for being held "
  "under water, so keep the sleeping bag inside a second liner.",
  "A product rating, not a review rating (policy.md C near-misses).")

# ---- Simplified Chinese (17)
R("near-miss review-word", [], "zh",
  "方老师，这批弯柄桨出厂前都做过一轮强度评估，您那支的检测记录贴在桨杆内侧的标签上。",
  "评 in 评估 (assessment), not a review (policy.md C near-misses).")
R("near-miss remedy", [], "zh",
  "俞先生，订单 112-8305517-2649930 里防浪罩的卡扣断了，实在抱歉。我们已经免费寄出一套新卡扣，旧的不用寄回。",
  "A free part as a remedy (policy.md B near-misses).")
R("near-miss lookalike-number", [], "zh",
  "董女士，您问的修补包走的是顺丰，运单号 SF1457720396681，目前在转运中心，预计后天送到。",
  "A long tracking number, not a phone number (policy.md D3).")
R("near-miss neutral-request", [], "zh",
  "订单 112-6091483-5578201：浮力袋用了几周后，如果您愿意，可以到亚马逊商品页说说实际用下来的感受，好坏都行。这件事我们只提这一次。",
  "One neutral request, good or bad (interface.md; policy.md C near-misses).")
R("near-miss amazon-page", [], "zh",
  "魏阿姨，退货在亚马逊的“我的订单”里申请就行：选中那只防水袋，按提示打印预付标签，不用另外找我们。",
  "The buyer's own Amazon order page (policy.md D1; judgement call 6).")
R("near-miss answer", [], "zh",
  "钱先生，您问的“满200减20”是亚马逊平台自己的活动，结账时系统自动扣减，我们这边没有另发的优惠码。",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
R("near-miss refusal", [], "zh",
  "小棠，您说想加微信聊，抱歉，按平台规定我们只能在亚马逊站内消息里沟通，照片在这里上传就可以。",
  "Declines WeChat (policy.md D4).")
R("near-miss feedback-notice", [], "zh",
  "贾女士，订单 114-2718059-6630451 的新肩垫已经送到。如果您觉得问题已经处理好了，之前给店铺的卖家反馈要不要更新或移除，完全由您自己决定。",
  "The neutral seller-feedback notice (policy.md C5; judgement call 3).")
R("near-miss product-word", [], "zh",
  "方老师，包装上印的“免费升级”是指防水袋的卷口扣已换成金属款，是产品说明，不是活动，不需要领取什么。",
  "免费 on the box describes the product (policy.md B near-misses).")
R("near-miss quoted-buyer", [], "zh",
  "魏阿姨，您留言说“这支桨值得五星好评”，谢谢！您问的保养方法：每次用完用淡水冲一下，放在阴凉处晾干即可。",
  "The buyer's own words quoted (policy.md C near-misses).")
R("near-miss logistics-word", [], "zh",
  "俞先生，按您说的，重复下的那一单已经取消了，另一单的收货地址也改成了营地地址，明早发出。",
  "取消 as logistics (policy.md C near-misses).")
R("near-miss substring", [], "zh",
  "董女士，您说在网上检索评测文章时看到桨叶有两种厚度，确实如此：您买的是薄款，更适合湖面。",
  "检索评测 contains 索评 (policy.md section 0, C near-misses).")
R("near-miss substring", [], "zh",
  "贾女士，您说在商品页搜索评论也没找到尺寸，这里直接回答：防浪罩适合舱口宽度九十厘米以内的船。",
  "搜索评论 contains 索评 (policy.md section 0, C near-misses).")
R("near-miss substring", [], "zh",
  "钱先生，我们的师傅往返现场两趟，才量准了您那条船的舱口，防浪罩下周一开始缝。",
  "往返现场 contains 返现 (policy.md C near-misses).")
R("near-miss carrier-site", [], "zh",
  "小棠，在顺丰官网输入运单号就能查到最新位置，系统显示包裹今天上午已到派送点。",
  "A carrier's own site (policy.md D1; judgement call 7).")
R("near-miss warranty", [], "zh",
  "董女士，修补包里的环氧胶由厂家 Corvane 提供一年质保，厂家售后电话 1-800-555-0166，凭胶管上的批号就能申请。",
  "A manufacturer's warranty number (policy.md D3 exception; judgement call 7).")
R("near-miss price-paid", [], "zh",
  "贾女士，订单 114-6652908-1870343 的发票已经开好，上面列的是您下单时实际支付的价格 189 美元，含运费，不会另外收取。",
  "The price already paid (policy.md B near-misses).")

# ---- Traditional Chinese (9: Taiwan 5, Hong Kong 4)
R("near-miss negation traditional taiwanese", [], "zh",
  "侯小姐，提醒您，我們不會請您到站外聯絡，也不需要您的電話；座椅尺寸的問題直接在這裡傳訊息就好喔。",
  "Off-platform contact named only to rule it out (policy.md D).")
R("near-miss refusal traditional taiwanese", [], "zh",
  "傅先生，謝謝您的好意，不過我們不能拿折價券交換評價，也不能另外轉帳給您。乾袋漏水的問題，我們先透過亞馬遜幫您辦理退款。",
  "Declines a review deal; the refund is a remedy through Amazon (policy.md C1, D5).")
R("near-miss quoted-buyer traditional taiwanese", [], "zh",
  "倪小姐，您在訊息裡寫「防浪罩的魔鬼氈黏不牢，只能給兩顆星」，我們已經寄出加強款魔鬼氈，大約三個工作天會到。",
  "The buyer's own rating words quoted; the seller only fixes the fault (policy.md C "
  "near-misses).")
R("near-miss warranty traditional taiwanese", [], "zh",
  "姚先生，訂單 112-3067741-9905182 的碳纖維槳有兩年保固，請把槳桿上的序號拍照傳訊息給我們，在亞馬遜這邊就能處理。",
  "A warranty handled on Amazon (policy.md D3).")
R("near-miss logistics-word traditional taiwanese", [], "zh",
  "侯小姐，您要求的修改已經處理好：收件地址改成公司，原本的夜間配送也已取消，仍會在兩個工作天內出貨。",
  "修改 and 取消 as logistics (policy.md C near-misses).")
R("near-miss neutral-request traditional cantonese", [], "zh",
  "邵太，訂單 114-8823016-4059732 嘅乾袋用咗一排，如果你願意，可以喺 Amazon 商品頁寫低真實感受，好壞都得，我哋淨係問呢一次。",
  "One neutral request (interface.md; policy.md C near-misses).")
R("near-miss feedback-notice traditional cantonese", [], "zh",
  "關生，新嘅肩軛已經送到。如果你覺得問題解決咗，之前留俾店舖嘅賣家意見要唔要更新或者刪除，全由你自己決定，我哋唔會再提。",
  "The neutral seller-feedback notice (policy.md C5; judgement call 3).")
R("near-miss review-thanks traditional cantonese", [], "zh",
  "卓小姐，多謝你喺商品頁寫嘅評語！你問嘅後備氣嘴，已經放咗喺今日寄出嗰個包裹入面。",
  "Thanks for a review already written (policy.md C near-misses).")
R("near-miss price-paid traditional cantonese", [], "zh",
  "容生，張收據上面嘅價格就係你落單嗰陣實際付嘅錢，連運費在內，之後唔會再收。",
  "The price already paid (policy.md B near-misses).")

# ---- mixed (1)
R("near-miss product-word mixed", [], "mixed",
  "Hi 方老师，Stormlid 的 hands-free release loop 在 deck 前端，翻船时拉一下整块罩子就会脱开，不用手去解扣。",
  "Hands-free as a product feature (policy.md B near-misses).")

# =====================================================================================
# CLEAN (30)
# =====================================================================================

# ---- English (13)
R("clean", [], "en",
  "Hi Lucinda, the Rushmere 16 is too long for parcel vans, so it travels by freight. Which "
  "weekday morning next week suits you for the drop-off? The driver will need a second pair "
  "of hands to lift it down.",
  "Scheduling delivery of a bulky item (policy.md A).")
R("clean", [], "en",
  "Barnaby, before Ambrose burns the initials into your paddle grip, please confirm them for "
  "us: B.T.K., in capitals, on the face that points forward. We will not touch the wood until "
  "we hear back.",
  "Verifying a custom detail (policy.md A).")
R("clean", [], "en",
  "Wilhelmina, the invoice for your two float bags is attached as a PDF, made out to the club "
  "name you gave us, with the VAT number in the header.",
  "Sending an invoice (policy.md A).")
R("clean", [], "en",
  "Cormac, Canadian customs asks for the hull material and the declared value of the "
  "Rushmere. We have filled in both on the form, so there is nothing for you to do unless the "
  "broker writes to you.",
  "Customs information for delivery (policy.md A).")
R("clean", [], "en",
  "Ysolde, a storm knocked out power at the loft for three days, so your spray deck will "
  "leave on Tuesday instead of Friday. We are sorry for the wait and will tell you if "
  "anything slips further.",
  "A delay notice (policy.md A near-misses).")
R("clean", [], "en",
  "Percival, to fit the yoke, loosen the four wing nuts, slide the pads over the balance "
  "point of the hull and snug them down by hand. No tools are needed, and the clamps grip "
  "aluminium and wooden gunwales alike.",
  "Answers a fitting question (policy.md A).")
R("clean", [], "en",
  "Tamsin, the courier's label shows no apartment number, but your message mentions a flat on "
  "the third floor. Could you tell us the unit so the parcel does not get stuck at the front "
  "desk?",
  "Information needed to deliver (policy.md A).")
R("clean", [], "en",
  "Ignacio, the bent-shaft paddle you asked about comes in 48, 50 and 52 inch lengths. "
  "Sitting on the Otterlee's seat, paddlers of your height usually settle on 50.",
  "Answers a sizing question (policy.md A).")
R("clean", [], "en",
  "Mr. Valdivia, both dry bags will travel together in one box from our loft in Maine; "
  "parcels to Ohio usually take four working days.",
  "A shipping answer in a reply (policy.md A near-misses).")
R("clean", [], "en",
  "Ms. Oyelaran, the putty from the kit needs about six hours in a warm room to cure before "
  "the canoe goes back on the water. In a cold garage, give it a full day.",
  "Answers a product-use question (policy.md A).")
R("clean", [], "en",
  "Fenella, we have your note asking for the knee pads to be trimmed to 30 cm. Ambrose will "
  "cut them tomorrow morning and they will leave with the rest of your parcel.",
  "Confirms a customisation the buyer asked for (policy.md A).")
R("clean", [], "en",
  "Jory, the courier brought the float bags back to us marked undeliverable. Is the cabin "
  "address still right, or is there somewhere else we should send them?",
  "Information needed to deliver (policy.md A).")
R("clean", [], "en",
  "Hi Tamsin, for a snug seal the shock cord of the deck should sit under the gunwale lip "
  "all the way round. If the bow edge pops up, pull the toggle one notch tighter.",
  "Answers a fitting question (policy.md A).")

# ---- Simplified Chinese (10)
R("clean", [], "zh",
  "贾女士，独木舟体积较大，需要走大件物流。请告诉我们下周哪天上午方便收货，司机需要有人帮忙从车上抬下来。",
  "Scheduling a bulky delivery (policy.md A).")
R("clean", [], "zh",
  "钱先生，桨柄上要刻的字母是“QX”吗？请确认一下大小写和位置，您回复后我们再动工。",
  "Verifying a custom detail (policy.md A).")
R("clean", [], "zh",
  "魏阿姨，您要的发票已经作为附件发给您了，抬头按您提供的公司名称填写。",
  "Sending an invoice (policy.md A).")
R("clean", [], "zh",
  "方老师，肩轭安装很简单：松开四个蝶形螺母，把肩垫对准船的平衡点，再用手拧紧就行，不需要工具。",
  "Answers a fitting question (policy.md A).")
R("clean", [], "zh",
  "小棠，由于暴雨停电，我们的缝制车间耽误了几天，您的防浪罩会在下周二发出，比原计划晚三天，抱歉让您久等。",
  "A delay notice (policy.md A near-misses).")
R("clean", [], "zh",
  "俞先生，防水袋的卷口至少要卷三圈再扣上，这样翻船时里面的东西才不会进水。",
  "Answers a use question (policy.md A).")
R("clean", [], "zh",
  "董女士，您地址里少了门牌号，快递员可能找不到。麻烦补充一下具体的楼号和房间号。",
  "Information needed to deliver (policy.md A).")
R("clean", [], "zh",
  "贾女士，浮力袋充气不要太满，吹到用手按下去略有弹性即可，天热时袋内气压会升高。",
  "Answers a use question (policy.md A).")
R("clean", [], "zh",
  "钱先生，独木舟出口需要报关，我们已经填好货物价值和材质，海关如有疑问会直接找清关公司。",
  "Customs information (policy.md A).")
R("clean", [], "zh",
  "方老师，您问的两支桨可以放在同一个包裹里寄出，我们会用泡沫把桨叶包好。",
  "A packing answer (policy.md A).")

# ---- Traditional Chinese (6: Taiwan 3, Hong Kong 3)
R("clean traditional taiwanese", [], "zh",
  "侯小姐，獨木舟座椅的螺絲我們多附了兩顆，安裝時先不要鎖太緊，調好位置再固定喔。",
  "Answers a fitting question (policy.md A).")
R("clean traditional taiwanese", [], "zh",
  "傅先生，您訂的防浪罩因為布料晚到，要延後三個工作天才會出貨，造成不便很抱歉。",
  "A delay notice (policy.md A near-misses).")
R("clean traditional taiwanese", [], "zh",
  "姚先生，乾袋用完請打開晾乾，不要捲著收起來，不然容易有霉味喔。",
  "Answers a care question (policy.md A).")
R("clean traditional cantonese", [], "zh",
  "邵太，隻獨木舟太長，要用貨車送。你下週邊一日朝早得閒收貨？我哋好安排司機。",
  "Scheduling a bulky delivery (policy.md A).")
R("clean traditional cantonese", [], "zh",
  "關生，肩軛嘅肩墊係可以拆落嚟洗嘅，用暖水同少少梘液就得，晾乾再裝返上去。",
  "Answers a care question (policy.md A).")
R("clean traditional cantonese", [], "zh",
  "卓小姐，你個地址好似漏咗座數同樓層，麻煩補返，唔係速遞員搵唔到你。",
  "Information needed to deliver (policy.md A).")

# ---- mixed (1)
R("clean mixed", [], "mixed",
  "Hi 俞先生，你的 Otterlee 14 是 solo canoe，座位在中间偏后，装 portage yoke 的时候要对准 center thwart。",
  "Answers a fitting question (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(100).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h100-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "holdout100.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), path))


if __name__ == "__main__":
    main()
