#!/usr/bin/env python3
"""Source of holdout103.jsonl: 160 hand-labelled messages from Lanternmoss Pour Supply.

Hard-to-see characters are spelled symbolically:
  ZW    zero-width space U+200B
  CY_E  Cyrillic small ie U+0435 (looks like Latin e)
  CY_A  Cyrillic small a U+0430 (looks like Latin a)
  CY_I  Cyrillic small byelorussian-ukrainian i U+0456 (looks like Latin i)
  STAR  white medium star emoji U+2B50
  GLOW  glowing star emoji U+1F31F
  fw()  full-width form of ASCII text (U+FF01..U+FF5E)
Records are shuffled with random.Random(103) and numbered h103-001 ... h103-160.
records() returns the list; running the file writes holdout103.jsonl next to it.
"""
import json
import os
import random

ZW = "\u200b"
CY_E = "\u0435"
CY_A = "\u0430"
CY_I = "\u0456"
STAR = "\u2b50"
GLOW = "\U0001f31f"


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


MKT, OFF, REV = "marketing", "off-platform-contact", "review-inducement"
TW = ["traditional", "taiwanese"]
HK = ["traditional", "cantonese"]

RAW = []


def R(text, labels, lang, tags, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


# =====================================================================================
# VIOLATIONS, English (27): plain 8, careful 10, split 9
# =====================================================================================
R("Hi Ingrid, your Dunmere soy wax flakes are packed and waiting for the courier. While you "
  "wait, code WICK15 takes 15% off any Kindlewick wick pack you add before Sunday.",
  [MKT], "en", ["violation", "plain", "coupon"],
  "A discount code for a further purchase pushed inside an order message (policy.md B).")
R("Barnaby, once your review of the Pebblecast hexagon mold is live, forward a screenshot and "
  "we'll post you a bag of Honeyflat beeswax pastilles at no cost.",
  [REV], "en", ["violation", "plain", "incentive"],
  "Free product promised in exchange for a posted review (policy.md C1).")
R("For anything about the Gentlebar kit, e-mail Wilhelmina directly at help@lanternmosspour.com "
  "and skip the Amazon inbox; she answers much faster over there.",
  [OFF], "en", ["violation", "plain", "email", "diversion"],
  "Shop e-mail address plus an explicit push to leave Buyer-Seller Messaging (policy.md D2, D6).")
R("Cordelia, a five-star rating on the Steadymark thermometer would keep our little pour room "
  "running through the winter. Thank you for choosing us.",
  [REV], "en", ["violation", "plain", "rating-request"],
  "Asks for a specific top rating (policy.md C2).")
R("Visit our website, lanternmosspour.com, for the full Larkspur fragrance catalogue; every oil "
  "there is priced lower than on Amazon and ships from our own shelf.",
  [MKT, OFF], "en", ["violation", "plain", "discount", "url", "diversion"],
  "Own-site link with a lower price than Amazon: diversion and a discount (policy.md B, D1, D6).")
R("New arrivals this week: three Pebblecast molds shaped like river stones, sized for guest "
  "bars. Have a look next time you shop with us.",
  [MKT], "en", ["violation", "plain", "new-product"],
  "New-product announcement (policy.md B).")
R("If the Cloudpour base made you happy, please review it on Amazon; if anything went wrong, "
  "message us first rather than writing a review.",
  [REV], "en", ["violation", "plain", "gating"],
  "Classic review gating: happy buyers to Amazon, unhappy ones to the seller (policy.md C3).")
R("Follow @lanternmoss.pours on Instagram this month: every follower is entered into our "
  "giveaway for a full candle-making starter set.",
  [MKT, OFF], "en", ["violation", "plain", "giveaway", "follow", "social"],
  "Social follow request tied to a prize draw (policy.md B, D4).")
R("Rosamund, if the Spoutwell pitcher has earned its place on your bench, a few lines on its "
  "Amazon page would mean a lot to us. If it hasn't, tell us here first and we'll sort it out "
  "before anything goes public.",
  [REV], "en", ["violation", "careful", "gating"],
  "Gating without the word review: praise to the product page, problems to the seller first "
  "(policy.md C3).")
R("When you write up your thoughts on the Kindlewick wicks for other shoppers, please mention "
  "that they burned clean with no mushrooming and that the parcel came quickly.",
  [REV], "en", ["violation", "careful", "steering"],
  "Tells the buyer what to say in the review (policy.md C7).")
R("Now that the replacement goat milk base has reached you, would you be willing to revisit "
  "what you posted about us on the listing so it reflects how things ended?",
  [REV], "en", ["violation", "careful", "change-review"],
  "Veiled request to edit an existing product review after a remedy (policy.md C4).")
R("Desmond, wick sizing is easier to talk through than to type. Ring Wilhelmina on "
  "207-555-0123 any weekday after ten and she'll walk you through it.",
  [OFF], "en", ["violation", "careful", "phone"],
  "Seller's own phone number offered for support (policy.md D3).")
R("Since you picked up the Dunmere flakes, the Pebblecast tealight tray and a pack of "
  "pre-tabbed Kindlewick wicks are what most pourers add next; both sit in our shop on Amazon.",
  [MKT], "en", ["violation", "careful", "cross-sell"],
  "Cross-selling accessories to a buyer (policy.md B).")
R("Good news for your next pour: the Larkspur Pear Orchard oil that sold out in spring is back "
  "on our shelves. Grab a bottle before the holiday rush empties them again.",
  [MKT], "en", ["violation", "careful", "restock"],
  "Unsolicited back-in-stock push with a call to buy (policy.md B).")
R("Once your thoughts on the Gentlebar kit are up for other buyers to read, reply with the date "
  "you posted and we'll take a quarter off your next Lanternmoss order.",
  [MKT, REV], "en", ["violation", "careful", "discount", "incentive"],
  "Money off a future order for posting a review: incentive and discount (policy.md C1, B).")
R("The price adjustment for the dented pitcher is easiest if we send it straight to you: reply "
  "with the username on your Cash App account and it will be there tonight.",
  [OFF], "en", ["violation", "careful", "payment"],
  "Money sent through a non-Amazon payment app (policy.md D5).")
R("We keep a short list of regular pourers who hear about limited fragrance batches two days "
  "before anyone else. Shall we add your name to it?",
  [MKT], "en", ["violation", "careful", "vip-list"],
  "Invitation to an early-access customer list (policy.md B).")
R("If the thermometer probe keeps reading high, send a short clip to our Signal account on "
  "(207) 555-0158 and we'll reply there with a fix.",
  [OFF], "en", ["violation", "careful", "phone", "messaging-app"],
  "Moves support to a messaging app on the shop's number (policy.md D3, D4).")
R("Thank you for ordering the Cloudpour shea base, Percival. We love hearing how a first batch "
  "turns out. Anyone who tells that story on the product page this month gets a surprise "
  "tucked into their next parcel.",
  [REV], "en", ["violation", "split", "incentive"],
  "A reward for writing on the product page, spread over sentences (policy.md C1, section e).")
R("Tamsin, the carrier shows your lye-free kit arrived yesterday. If the bars came out cloudy "
  "or the mold tore, we want to hear it here. Please come to us before you post anything on "
  "Amazon about it.",
  [REV], "en", ["violation", "split", "gating"],
  "Diverts a possibly unhappy buyer away from reviewing (policy.md C3).")
R("Our pouring demos go up every Thursday. The group is called Lanternmoss Pour Circle on "
  "Facebook. Ask to join and we'll answer wick questions there instead of here.",
  [OFF], "en", ["violation", "split", "social", "diversion"],
  "Facebook group offered as the support channel (policy.md D4, D6).")
R("The hexagon mold you bought pairs well with our clear glycerin base. Together they come as "
  "a set. Taking both saves you about a fifth over buying them apart.",
  [MKT], "en", ["violation", "split", "bundle"],
  "Bundle offer with a saving (policy.md B).")
R("Lots of our buyers pour with friends. Pass a friend our shop name. When they order, you both "
  "get a bottle of fragrance oil on us.",
  [MKT], "en", ["violation", "split", "referral"],
  "Refer-a-friend reward (policy.md B).")
R("We saw the two-star seller feedback you left about the late parcel. That score feeds our "
  "account health, and a small shop like ours feels it. Please take it down now that the wax "
  "has arrived.",
  [REV], "en", ["violation", "split", "feedback-pressure"],
  "Pressure to remove seller feedback because it hurts the account (policy.md C5).")
R("Everything in the soap aisle of our store is marked down this weekend. That includes the "
  "goat milk base you ordered last time. It ends Monday night.",
  [MKT], "en", ["violation", "split", "sale"],
  "Sale announcement with urgency (policy.md B).")
R("The order page won't let us attach the full mold drawing. Write to orders@lanternmosspour.com "
  "instead. We'll answer from there with the PDF and a quote.",
  [OFF], "en", ["violation", "split", "email"],
  "Shop e-mail address given in the message (policy.md D2).")
R("Your beeswax pastilles are on the way. The matching Spoutwell pitcher is here: "
  "amazon.com/dp/B0F4KW7N3C. Most people who pour beeswax end up wanting one.",
  [MKT], "en", ["violation", "split", "cross-sell", "listing-link"],
  "Link to another listing to sell an accessory (policy.md B, D1; README judgement call 6).")

# =====================================================================================
# VIOLATIONS, Simplified Chinese (19): plain 6, careful 6, split 7
# =====================================================================================
R("付女士您好，皂基应该已经签收了吧？写好评并晒图后把截图发给我们，我们马上补寄一包蜂蜡粒给您。",
  [REV], "zh", ["violation", "plain", "incentive"],
  "Free beeswax promised for a review with photos (policy.md C1).")
R("汤先生，探针温度计用着还顺手吗？麻烦在亚马逊上给我们打个五星，小店全靠大家撑着。",
  [REV], "zh", ["violation", "plain", "rating-request"],
  "Asks for five stars (policy.md C2).")
R("温度计的校准步骤比较多，文字说不清楚，您加一下我们的微信 lanternmoss_cn，阿蕙发视频一步步教您。",
  [OFF], "zh", ["violation", "plain", "messaging-app"],
  "WeChat handle given for support (policy.md D4).")
R("聂阿姨，谢谢您买我们的硅胶模具！下次再买模具时输入优惠码 MOLD10，整单立减10%。",
  [MKT], "zh", ["violation", "plain", "coupon"],
  "Coupon code for the next purchase (policy.md B).")
R("我们上新了一套花朵造型的硅胶模具，和您买的椭圆模正好配成一组，欢迎来店里看看。",
  [MKT], "zh", ["violation", "plain", "new-product", "cross-sell"],
  "New-product announcement aimed at the buyer's earlier purchase (policy.md B).")
R("窦老师，新的倒蜡壶已经寄出了。之前那条一星评价能不能麻烦您删掉，或者改成现在的情况？",
  [REV], "zh", ["violation", "plain", "change-review"],
  "Asks to delete or edit a one-star product review after a replacement (policy.md C4).")
R("小棠，您在商品页面写使用感受的时候，麻烦顺带提一句“烛芯不冒黑烟、燃烧很均匀”，这对其他买家很有参考价值。",
  [REV], "zh", ["violation", "careful", "steering"],
  "Dictates the content of the review without naming it (policy.md C7).")
R("用着顺手的话，欢迎到商品页面写几句心得；要是哪里不满意，先别急着公开写，直接在这里找阿蕙，我们一定给您处理好。",
  [REV], "zh", ["violation", "careful", "gating"],
  "Satisfied buyers to the product page, unsatisfied ones to the seller (policy.md C3).")
R("模具尺寸的问题打字说不清楚，您直接拨 207-555-0123 找 Wilhelmina，她工作日白天都在。",
  [OFF], "zh", ["violation", "careful", "phone"],
  "Seller's phone number for support (policy.md D3).")
R("鲁女士，您的香精油应该快用完了吧？我们库存还很充足，趁现在再下一单，同样的香型一样当天发货。",
  [MKT], "zh", ["violation", "careful", "buy-again"],
  "Buy-again push (policy.md B).")
R("郝先生，以后要大豆蜡可以直接跟我们订，不走亚马逊，转账给我们就行，单价能便宜不少。",
  [MKT, OFF], "zh", ["violation", "careful", "discount", "payment", "diversion"],
  "Off-Amazon order paid by transfer at a lower unit price (policy.md D5, D6, B).")
R("等您把用后感受发到商品页，给我们留个言说一声，下一单我们会多放一包棉芯进去。",
  [REV], "zh", ["violation", "careful", "incentive"],
  "Extra wicks in the next order for posting on the product page (policy.md C1).")
R("上周您给店铺留了一星的卖家反馈。这条反馈对我们的账户影响很大。补发的皂基已经到了，请您把它撤回吧。",
  [REV], "zh", ["violation", "split", "feedback-pressure"],
  "Pressure to withdraw seller feedback (policy.md C5).")
R("包裹里有一张小卡片。卡片背面那个黑白方块，用手机扫一下就能进群。以后售后问题都在群里回复，比这边快。",
  [OFF], "zh", ["violation", "split", "diversion", "qr"],
  "QR square leading to an outside chat group for after-sales (policy.md D1, section e).")
R("本周店里所有皂基都在做活动。您上次买的羊奶皂基也在里面。周日晚上活动就结束了，别错过。",
  [MKT], "zh", ["violation", "split", "sale"],
  "Store-wide sale announcement (policy.md B).")
R("亚马逊上的价格是平台定的。我们自己的网站 lanternmosspour.com 上，同款香精油便宜两成。下次可以直接去那边买。",
  [MKT, OFF], "zh", ["violation", "split", "discount", "url", "diversion"],
  "Own-site link with a lower price (policy.md D1, D6, B).")
R("付女士，手工皂套装做得还顺利吗？我们是夫妻俩开的小店。如果能在页面上给个满分，对我们是莫大的鼓励。",
  [REV], "zh", ["violation", "split", "rating-request"],
  "Asks for a full-marks rating with a sympathy appeal (policy.md C2).")
R("我们在小红书开了个账号。名字就叫 Lanternmoss手作。每周发调香和脱模的小视频，欢迎关注，也可以私信问问题。",
  [MKT, OFF], "zh", ["violation", "split", "follow", "social"],
  "Social account to follow and use for questions (policy.md B, D4).")
R("我们整理了一份老顾客名单。名单里的朋友每月抽一位，送整套蜡烛工具。想加入的话回复“加入”两个字就行。",
  [MKT], "zh", ["violation", "split", "vip-list", "giveaway"],
  "Customer list with a monthly prize draw (policy.md B).")

# =====================================================================================
# VIOLATIONS, Traditional Chinese (12): plain 3, careful 4, split 5
# =====================================================================================
R("藍小姐您好，留下五星評價後，傳訊息把截圖給我們，就送您一瓶香精油喔。",
  [REV], "zh", ["violation", "plain", "incentive", "rating-request"] + TW,
  "Free oil for a five-star review (policy.md C1, C2).")
R("譚生，啲燭芯尺寸喺度好難講清楚，你加我哋 WhatsApp +1 (207) 555-0158，我傳相片俾你睇。",
  [OFF], "zh", ["violation", "plain", "phone", "messaging-app"] + HK,
  "WhatsApp on the shop's number (policy.md D3, D4).")
R("紀先生，結帳時輸入折價券代碼 SOAP12，全館皂基再打88折喔。",
  [MKT], "zh", ["violation", "plain", "coupon", "discount"] + TW,
  "Coupon code with a store-wide discount (policy.md B).")
R("容小姐，如果塊皂整得靚，歡迎喺產品頁寫幾句；如果有咩唔妥，唔好即刻公開講，先搵我哋處理。",
  [REV], "zh", ["violation", "careful", "gating"] + HK,
  "Gating in Cantonese without a review keyword (policy.md C3).")
R("卓小姐，之後蜂蠟粒直接跟我們訂就好，不用經過平台，轉帳到我們的帳戶，出貨也比較快。",
  [OFF], "zh", ["violation", "careful", "payment", "diversion"] + TW,
  "Ordering and paying outside Amazon (policy.md D5, D6).")
R("歐太，上次嗰款海鹽茴香香精油又返貨喇，你用開嘅話不如趁而家再落多張單。",
  [MKT], "zh", ["violation", "careful", "buy-again", "restock"] + HK,
  "Restock notice with a buy-again push (policy.md B).")
R("新的溫度計應該已經收到了吧？之前您在商品頁留下的那段文字，方便的話可以照現在的情況調整一下嗎？拜託了。",
  [REV], "zh", ["violation", "careful", "change-review"] + TW,
  "Veiled request to edit the product review (policy.md C4).")
R("我們下個月會推出三款木質燭芯。點燃時會有細細的劈啪聲，很療癒。到時候在賣場首頁就看得到喔。",
  [MKT], "zh", ["violation", "split", "new-product"] + TW,
  "Upcoming product announcement (policy.md B).")
R("霍生，多謝你幫襯。你喺產品頁寫低用後感之後，截圖俾我哋。我哋會用 PayPal 退返十蚊美金俾你。",
  [OFF, REV], "zh", ["violation", "split", "payment", "incentive"] + HK,
  "Cash via PayPal for a review screenshot (policy.md C1, D5).")
R("脫模的影片檔案太大，這裡傳不上來。我們有 LINE 官方帳號 @lanternmosstw。加入之後直接在那邊問就可以囉。",
  [OFF], "zh", ["violation", "split", "messaging-app", "diversion"] + TW,
  "LINE account offered as the support channel (policy.md D4, D6).")
R("多謝你揀咗我哋嘅倒蠟壺。如果你會喺產品頁寫用後感，麻煩提一提佢完全唔會滴。再加一句我哋發貨快就最好不過。",
  [REV], "zh", ["violation", "split", "steering"] + HK,
  "Tells the buyer what to mention in the review (policy.md C7).")
R("馬小姐，蠟燭做得還順利嗎？我們是小本經營的工作室。在評分那欄點到最右邊那一格，對我們幫助很大喔。",
  [REV], "zh", ["violation", "split", "rating-request"] + TW,
  "Asks for the top rating by describing where to click (policy.md C2).")

# =====================================================================================
# VIOLATIONS, mixed (2): plain 1, careful 1
# =====================================================================================
R("Hi 付女士, thanks for the order! 下次买大豆蜡用 code POUR20, 可以 20% off, 这个月有效。",
  [MKT], "mixed", ["violation", "plain", "coupon", "mixed"],
  "Coupon code in a code-switched message (policy.md B).")
R("Hi 霍生, 啲 wick 尺寸嘅 question 好難喺度講, 你直接 Signal 我哋 (207) 555-0158 啦, faster than here.",
  [OFF], "mixed", ["violation", "careful", "phone", "messaging-app", "traditional", "cantonese",
                   "mixed"],
  "Signal on the shop's number, Cantonese and English (policy.md D3, D4).")

# =====================================================================================
# EVASIONS (20): en 8, Simplified 7, Traditional 4, mixed 1
# =====================================================================================
R("Mr. Vukovic, post a r%sview of the Cloudpour base this week and we'll send a $10 g%sft card "
  "your way." % (CY_E, CY_I),
  [REV], "en", ["evasion", "incentive", "homoglyph"],
  "Gift card for a review, with Cyrillic letters in the keywords (policy.md C1, section e).")
R("Ms. Achebe, c0de P0UR20 knocks 20 percent 0ff every bag of Dunmere wax until the end of the "
  "month.",
  [MKT], "en", ["evasion", "coupon", "leetspeak"],
  "Coupon code written in leetspeak (policy.md B, section e).")
R("Desmond, for the wick chart just S i g n a l us on two zero seven, five five five, zero "
  "one five eight.",
  [OFF], "en", ["evasion", "phone", "messaging-app", "spacing", "number-words"],
  "Spaced Signal app name and a phone number in words (policy.md D3, D4, section e).")
R("Cordelia, five-st%sar ratings are what keep a two-person pour room going, so please leave one. "
  "For the wick question, write to help%slanternmosspour%scom." % (ZW, fw("@"), fw(".")),
  [OFF, REV], "en", ["evasion", "email", "rating-request", "zero-width", "fullwidth"],
  "Zero-width space in five-star and a full-width e-mail address (policy.md C2, D2, section e).")
R("Rosamund, photos of the torn mold can go to lanternmoss dot pours at gmail dot com, or to our "
  "Telegram: lanternmoss, then an underscore, then help.",
  [OFF], "en", ["evasion", "email", "messaging-app", "spelled-email", "split-handle"],
  "Spelled-out e-mail and a Telegram handle in pieces (policy.md D2, D4, section e).")
R("Barnaby, if the Spoutwell pitcher pours the way you hoped, %s on Am%szon would make our "
  "week." % (STAR * 5, CY_A),
  [REV], "en", ["evasion", "rating-request", "gating", "emoji", "homoglyph"],
  "Five star emoji conditioned on satisfaction, Cyrillic a in Amazon (policy.md C2, C3).")
R("Percival, our scent-blending chat lives on the paper-plane app; search "
  "l.a.n.t.e.r.n.m.o.s.s there and we'll pick the question up with you.",
  [OFF], "en", ["evasion", "messaging-app", "diversion", "nickname", "separator"],
  "Telegram by nickname, handle broken by dots (policy.md D4, D6, section e).")
R("Tamsin, put any two Larkspur oils in your cart this week and a third lands in the box fr33, "
  "plus a dis%scount on the Steadymark thermometer." % ZW,
  [MKT], "en", ["evasion", "discount", "bundle", "leetspeak", "zero-width"],
  "Buy-two-get-one and a discount, disguised (policy.md B, section e).")
R("郝先生，皂基收到了吧？用着满意的话给个haoping，截图发来，我们就fanxian五美元到您的 PayPal。",
  [OFF, REV], "zh", ["evasion", "payment", "incentive", "gating", "pinyin"],
  "Cash back via PayPal for a positive review, in pinyin (policy.md C1, C3, D5).")
R("鲁女士，模具的事加我们薇信 lanternmoss_cn 细聊，或者直接拨 零七七零零 九零零九一三 找阿蕙。",
  [OFF], "zh", ["evasion", "phone", "messaging-app", "homophone", "cn-numerals"],
  "WeChat homophone and a phone number in Chinese numerals (policy.md D3, D4, section e).")
R("汤先生，脱模视频在这里发不了，您打开绿泡泡，搜 lanternmoss 后面加 _cn，阿蕙在那边等您。",
  [OFF], "zh", ["evasion", "messaging-app", "diversion", "nickname", "split-handle"],
  "WeChat by nickname with the ID in pieces (policy.md D4, D6).")
R("窦老师，香精油收到后给个 五 星 好 评，我们再送您一瓶三十毫升的试用装。",
  [REV], "zh", ["evasion", "incentive", "rating-request", "spacing"],
  "Spaced five-star request with a free sample (policy.md C1, C2, section e).")
R("聂阿姨，下单蜂蜡粒时填 %s，整单便宜两成，只到这周日。" % fw("POUR20"),
  [MKT], "zh", ["evasion", "coupon", "fullwidth"],
  "Full-width coupon code (policy.md B, section e).")
R("小棠，手工皂套装用得开心的话，麻烦在商品页点亮 %s，wuxing 对小店太重要了。" % (GLOW * 5),
  [REV], "zh", ["evasion", "rating-request", "gating", "emoji", "pinyin"],
  "Star emoji and pinyin for five stars, conditioned on satisfaction (policy.md C2, C3).")
R("聂阿姨，补发的硅胶模具收到了吧？那条差%s评能不能帮忙删/掉，或者改成现在的样子？" % ZW,
  [REV], "zh", ["evasion", "change-review", "separator", "zero-width"],
  "Asks to delete a bad review, keyword broken by a zero-width space and a slash (policy.md C4).")
R("藍小姐，燭芯怎麼挑比較複雜，加賴 @lanternmosstw，我們傳影片給您看喔。",
  [OFF], "zh", ["evasion", "messaging-app", "homophone"] + TW,
  "LINE written as the homophone 賴 (policy.md D4, section e).")
R("霍生，有問題直接打 二零七 五五五 零一二三 搵 Wilhelmina，或者喺紙飛機搵我哋都得。",
  [OFF], "zh", ["evasion", "phone", "messaging-app", "cn-numerals", "nickname"] + HK,
  "Phone in Chinese numerals and Telegram by nickname (policy.md D3, D4).")
R("紀先生，下次買矽膠模具輸入 M0LD10 就有 youhui，全館再打九折喔。",
  [MKT], "zh", ["evasion", "coupon", "discount", "leetspeak", "pinyin"] + TW,
  "Leetspeak code and pinyin for discount (policy.md B, section e).")
R("容小姐，如果啲皂整得開心，可唔可以喺商品頁俾我哋 五 粒 星 %s 呀？" % STAR,
  [REV], "zh", ["evasion", "rating-request", "gating", "spacing", "emoji"] + HK,
  "Spaced five-star request with an emoji, conditioned on satisfaction (policy.md C2, C3).")
R("Hi 汤先生, about calibration: 温度计的事可以 text Wilhelmina at two zero seven five five five zero one two "
  "three, 或者写信到 lanternmoss dot pours at gmail dot com。",
  [OFF], "mixed", ["evasion", "email", "phone", "spelled-email", "number-words", "mixed"],
  "Phone in number words and a spelled-out e-mail (policy.md D2, D3, section e).")

# =====================================================================================
# NEAR-MISSES (50): en 23, Simplified 16, Traditional 9, mixed 2
# =====================================================================================
R("Barnaby, the Pebblecast mold you received had a split along the seam. We've issued a full "
  "refund to your original payment method for order 113-2950618-4407731; there's no need to "
  "send the mold back.",
  [], "en", ["near-miss", "remedy"],
  "A refund as a remedy, not tied to any review (policy.md C near-misses).")
R("Ms. Achebe, a replacement 1.2 L Spoutwell pitcher went out this morning at no charge, since "
  "the handle rivet on yours had worked loose. It should reach you Thursday.",
  [], "en", ["near-miss", "remedy"],
  "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
R("You wrote: \"Can I just email you the photo at my own address?\" Please attach it here "
  "instead; the paperclip icon under the reply box takes JPG files, and we'll look today.",
  [], "en", ["near-miss", "quoted-buyer"],
  "Contact words appear only in the buyer's quoted text; the seller keeps it on Amazon "
  "(policy.md D near-misses).")
R("About your note, \"the wax smells amazing, five stars from me,\" we're glad the Dunmere "
  "flakes worked out. For the frosting you mentioned, pour at 135F and let the jars cool away "
  "from drafts.",
  [], "en", ["near-miss", "quoted-buyer"],
  "Quoted buyer praise; the reply asks for nothing (policy.md C near-misses).")
R("Your order 112-5550158-7024439 is running two days late because the wax supplier's truck was "
  "held up; the new delivery estimate is Tuesday.",
  [], "en", ["near-miss", "lookalike-number"],
  "An order id containing 555-0158 is not a phone number; a delay notice is allowed "
  "(policy.md D near-misses, A near-misses).")
R("The USPS number for your beeswax parcel is 9400 1118 2705 3364 9105 62. It was scanned at "
  "the regional hub last night and is out for delivery now.",
  [], "en", ["near-miss", "lookalike-number"],
  "A spaced tracking number is not a phone number (policy.md D near-misses).")
R("Percival, order 114-8821590-3360472 was delivered last week. If you have a moment, you're "
  "welcome to leave a review of the Gentlebar kit on Amazon describing whatever your "
  "experience was.",
  [], "en", ["near-miss", "neutral-request"],
  "One neutral review request with no condition or reward (interface.md; policy.md C near-misses).")
R("Cordelia, now that the Steadymark thermometer has had a couple of weeks on your stove, an "
  "honest review on Amazon would help other candle makers choose, good or bad. This is the only "
  "note we'll send about it for order 111-4406273-9915380.",
  [], "en", ["near-miss", "neutral-request"],
  "Balanced, single review request (policy.md C near-misses, section b).")
R("Desmond, the second wick bundle reached you on Friday and the sizing now matches your jars. "
  "If you feel your concern has been taken care of, you are able to update or take down the "
  "seller feedback you left earlier; either way is entirely your call.",
  [], "en", ["near-miss", "feedback-notice"],
  "Neutral seller-feedback notice after resolution (policy.md C5 allowed form; README "
  "judgement call 4).")
R("As you asked, we cancelled the duplicate order for two bags of soy wax and moved the "
  "delivery address on the remaining one to your studio.",
  [], "en", ["near-miss", "logistics-word"],
  "Cancellation done at the buyer's request is logistics (policy.md A near-misses).")
R("Tamsin, the $18.40 you paid for the goat milk base covers the 2 lb block plus shipping; "
  "there is no separate handling charge coming later.",
  [], "en", ["near-miss", "price-paid"],
  "A price already paid, explained on request (policy.md B near-misses).")
R("The Cloudpour clear base is free from sulfates and parabens, and the Pebblecast molds are "
  "free-standing, so you can fill them without a tray underneath.",
  [], "en", ["near-miss", "product-word"],
  "Free as a product property, not an offer (policy.md B near-misses).")
R("On the Steadymark thermometer, the star-shaped button holds the reading on screen, and a long "
  "press switches between Fahrenheit and Celsius.",
  [], "en", ["near-miss", "product-word"],
  "Star as a button shape, not a rating (policy.md C near-misses).")
R("We can't move this conversation to e-mail or text, Ms. Achebe; Amazon asks sellers to keep "
  "everything in Buyer-Seller Messaging. Send the mold photos here and we'll look at them today.",
  [], "en", ["near-miss", "refusal"],
  "Declines an off-platform move (policy.md D near-misses).")
R("Thanks for offering, Mr. Vukovic, but we're not able to give anything in return for a "
  "review, and we don't need one to fix this. The new wicks ship tomorrow regardless.",
  [], "en", ["near-miss", "refusal"],
  "Refuses a review-for-reward trade (policy.md C1, C near-misses).")
R("The Steadymark probe carries a one-year warranty from the maker. If the screen stays blank "
  "after a battery swap, open the order on Amazon and choose a problem with the item; we'll "
  "handle it from there.",
  [], "en", ["near-miss", "warranty"],
  "Warranty explained through Amazon's own order flow (policy.md D near-misses).")
R("Serial SM-4471 on the back of your thermometer is inside the warranty period, Rosamund, so "
  "the swap costs you nothing. Pack the old unit in the box the new one arrives in.",
  [], "en", ["near-miss", "warranty"],
  "A serial number and a warranty swap; no contact, no offer (policy.md D near-misses).")
R("Percival, the 15 percent coupon you saw on the listing is Amazon's own; tick the box under "
  "the price before checkout and it applies by itself. We don't run any codes of our own.",
  [], "en", ["near-miss", "answer"],
  "Answers a buyer's question about an Amazon coupon (policy.md B near-misses).")
R("Royal Mail's tracking shows the fragrance oils held at your local delivery office for a "
  "missing door number. You can book a redelivery on the Royal Mail site with reference "
  "RM582046137GB.",
  [], "en", ["near-miss", "carrier-site"],
  "Carrier named for redelivery, no URL (policy.md D near-misses; README judgement call 7).")
R("Thank you for the review you posted about the Spoutwell pitcher, Barnaby. As for the drip "
  "you mentioned at the very end of a pour, tilting it back a little sooner stops it.",
  [], "en", ["near-miss", "review-thanks"],
  "Thanks for a review the buyer mentioned, in a reply with substance (policy.md C near-misses).")
R("Wilhelmina finished her weekly burn review of the Kindlewick sizes: for 8 oz tins of Dunmere "
  "wax she now recommends the medium wick rather than the small one.",
  [], "en", ["near-miss", "review-word"],
  "Review in the sense of an internal test (policy.md section 0).")
R("To send the cracked mold back, open Your Orders on Amazon, pick order 113-6690241-1185503 and "
  "choose Return or Replace Items; the prepaid label appears there.",
  [], "en", ["near-miss", "amazon-page"],
  "Points to Amazon's own returns page (policy.md D near-misses).")
R("We will never ask you for a rating or offer anything for one, Ingrid. Your soot question has "
  "a simple answer: trim the Kindlewick wick to a quarter inch before each burn.",
  [], "en", ["near-miss", "negation"],
  "Rating word under negation (policy.md section 0).")

R("付女士，碎掉的那块羊奶皂基我们已经全额退款，款项会原路退回您的亚马逊付款方式，皂基不用寄回。",
  [], "zh", ["near-miss", "remedy"],
  "Refund as a remedy (policy.md C near-misses).")
R("聂阿姨，模具边缘的毛刺确实是我们的问题，我们已经免费给您补发一个新的硅胶模具，预计周四送达。",
  [], "zh", ["near-miss", "remedy"],
  "Free replacement as a remedy (policy.md B near-misses).")
R("您留言说“能不能加个微信发图”，为了保护双方信息，图片直接在这个亚马逊消息窗口上传就可以，我们今天就看。",
  [], "zh", ["near-miss", "quoted-buyer"],
  "WeChat appears only in the quoted buyer question, which is declined (policy.md D near-misses).")
R("汤先生，订单 111-3072846-5550123 因为仓库盘点晚了一天出库，现在预计下周一送到，给您添麻烦了。",
  [], "zh", ["near-miss", "lookalike-number"],
  "Order id with 555-0123 inside; a delay notice (policy.md D near-misses).")
R("窦老师，订单 114-5517320-8846019 已经送达一周了。如果方便，欢迎在亚马逊上留下真实评论，好坏都可以，这是我们唯一的一次邀请。",
  [], "zh", ["near-miss", "neutral-request"],
  "Single neutral review request (interface.md; policy.md C near-misses).")
R("郝先生，补寄的探针温度计已经到您手上了。如果您觉得问题已经处理好，可以自行决定是否更新或撤下之前给店铺的反馈，完全由您做主。",
  [], "zh", ["near-miss", "feedback-notice"],
  "Neutral seller-feedback notice after resolution (policy.md C5 allowed form).")
R("按您的要求，重复的那笔订单已经取消，另一笔的收货地址也修改成了您公司的地址。",
  [], "zh", ["near-miss", "logistics-word"],
  "Cancel and change words in logistics (policy.md C near-misses, A near-misses).")
R("鲁女士，您下单时付的价格 16.9 美元已经包含两磅大豆蜡和运费，之后不会再有其他费用。",
  [], "zh", ["near-miss", "price-paid"],
  "Explains the price already paid (policy.md B near-misses).")
R("这套手工皂套装是礼盒包装，盒内有四个硅胶模具、两块皂基和一支搅拌勺，不需要额外准备工具。",
  [], "zh", ["near-miss", "product-word"],
  "Gift box as packaging, not a gift for a review (policy.md B near-misses).")
R("我们检索评测报告后确认，这批香精油的闪点在九十三摄氏度以上，用在大豆蜡里是安全的。",
  [], "zh", ["near-miss", "substring"],
  "检索评测 contains 索评 across a word boundary (policy.md section 0, C near-misses).")
R("您说在页面上搜索评论找不到温度计的校准说明，其实步骤印在包装盒内侧，按住两秒就能归零。",
  [], "zh", ["near-miss", "substring"],
  "搜索评论 contains 索评 (policy.md C near-misses).")
R("探针温度计整机保修一年，您说的屏幕闪烁在保修范围内，在亚马逊订单页面选择“商品有问题”提交就行。",
  [], "zh", ["near-miss", "warranty"],
  "Warranty handled through Amazon's order page (policy.md D near-misses).")
R("您问的那个满百减十的优惠是亚马逊平台自己的活动，结账时会自动计算，我们店铺没有另外发放任何代码。",
  [], "zh", ["near-miss", "answer"],
  "Answers a question about Amazon's own promotion (policy.md B near-misses).")
R("顺丰单号 SF1274093856620 显示包裹在转运中心，您也可以到顺丰官网输入单号查看最新位置。",
  [], "zh", ["near-miss", "carrier-site"],
  "The carrier's site named for tracking, no URL (policy.md D near-misses).")
R("谢谢您在商品页写的那段评论，也谢谢您告诉我们倒蜡壶的把手有点烫，我们会在说明书里加一条提醒。",
  [], "zh", ["near-miss", "review-thanks"],
  "Thanks for a review already written, in a substantive reply (policy.md C near-misses).")
R("需要发票的话，可以在亚马逊“我的订单”里找到订单 112-1837405-6693527，点击“发票”直接下载。",
  [], "zh", ["near-miss", "amazon-page"],
  "Invoice from Amazon's own order page (policy.md A, D near-misses).")

R("卓小姐，燭芯的金屬底座確實有壓歪，已經幫您辦好退款，款項會退回原付款方式，大約三到五個工作天入帳。",
  [], "zh", ["near-miss", "remedy"] + TW,
  "Refund as a remedy (policy.md C near-misses).")
R("你話「想直接 WhatsApp 你哋」，不過我哋只可以喺亞馬遜訊息入面回覆，相片喺呢度上載就得喇。",
  [], "zh", ["near-miss", "quoted-buyer"] + HK,
  "The app name is only in the quoted buyer request, which is declined (policy.md D near-misses).")
R("紀先生，訂單 111-8260937-4152066 的追蹤編號是 TBA390518742216，目前顯示明天會送達。",
  [], "zh", ["near-miss", "lookalike-number"] + TW,
  "Order id and tracking number, not phone numbers (policy.md D near-misses).")
R("歐太，訂單 205-7741069-3308812 收咗兩個禮拜，如果你得閒，歡迎喺亞馬遜產品頁寫低真實評價，好壞都講得，我哋只會問呢一次。",
  [], "zh", ["near-miss", "neutral-request"] + HK,
  "Single neutral review request in Cantonese (interface.md; policy.md C near-misses).")
R("譚生，新嘅溫度計已經送到，如果你覺得問題解決咗，可以自己決定係咪更新或者刪除之前留低嘅賣家回饋，完全由你話事。",
  [], "zh", ["near-miss", "feedback-notice"] + HK,
  "Neutral seller-feedback notice after resolution (policy.md C5 allowed form).")
R("已照您的意思把重複的那張訂單取消，另一張的收件地址也修改成公司地址，明天就會出貨喔。",
  [], "zh", ["near-miss", "logistics-word"] + TW,
  "Cancel and change words in logistics (policy.md A near-misses).")
R("霍生，你見到而家頁面價錢平咗，不過你落單嗰陣付嘅價格已經鎖定，唔會再扣多任何錢。",
  [], "zh", ["near-miss", "price-paid"] + HK,
  "Explains the price already paid (policy.md B near-misses).")
R("馬小姐，謝謝您的好意，但我們不能用折價換評價，也不需要您寫任何東西，新的模具明天就寄出喔。",
  [], "zh", ["near-miss", "refusal"] + TW,
  "Refuses to trade a discount for a review (policy.md C1, C near-misses).")
R("我們檢索評測資料後確認，這支溫度計在 60 到 90 度之間誤差小於 1 度，做蠟燭完全夠用喔。",
  [], "zh", ["near-miss", "substring"] + TW,
  "檢索評測 contains 索評 (policy.md C near-misses).")

R("Hi 郝先生, 您问的 Prime Day coupon 是 Amazon 自己的活动, 在结账页面勾选就会自动 apply, 我们这边没有 extra code。",
  [], "mixed", ["near-miss", "answer", "mixed"],
  "Answers a question about Amazon's own coupon (policy.md B near-misses).")
R("Hi 容小姐, Wilhelmina 今朝做咗 wick burn review, 你嗰款 8 oz 罐建議用 medium size 燭芯, 燒得勻啲。",
  [], "mixed", ["near-miss", "review-word", "traditional", "cantonese", "mixed"],
  "Review as an internal burn test (policy.md section 0).")

# =====================================================================================
# CLEAN (30): en 14, Simplified 10, Traditional 5, mixed 1
# =====================================================================================
R("Ingrid, melt the goat milk base in short bursts of thirty seconds and stir between each one; "
  "it scorches if it goes past 160F.",
  [], "en", ["clean"], "Product help in a reply (policy.md A near-misses).")
R("Desmond, the Pebblecast hexagon mold holds about 4 oz per cavity, so one 2 lb block of "
  "Cloudpour base fills it roughly eight times.",
  [], "en", ["clean"], "Product answer (policy.md A near-misses).")
R("Rosamund, your Dunmere wax flakes are held up by snow at the sorting centre; the carrier "
  "expects to move them by Wednesday, and we'll keep an eye on it.",
  [], "en", ["clean"], "Delay notice (policy.md A near-misses).")
R("Yes, the Honeyflat pastilles are pure beeswax with no paraffin blended in. They melt at "
  "around 145F, so a double boiler works better than the microwave.",
  [], "en", ["clean"], "Product answer (policy.md A near-misses).")
R("Percival, before we cut the custom 3-inch Pebblecast mold, please confirm the engraving "
  "should read 'Juniper & Moss' exactly as spelled here.",
  [], "en", ["clean"], "Custom design check, a permitted message (policy.md A).")
R("Tamsin, most tunnelling in soy candles comes from a short first burn. Let the next one run "
  "until the melt pool reaches the edge of the jar, about three hours for your tins.",
  [], "en", ["clean"], "Usage help in a reply (policy.md A near-misses).")
R("Mr. Vukovic, fragrance load for the Dunmere blend tops out at ten percent by weight. Add the "
  "oil at 185F and stir for two full minutes before you pour.",
  [], "en", ["clean"], "Product answer (policy.md A near-misses).")
R("The Spoutwell pitcher can sit directly on an electric hob on low heat, but keep it off gas "
  "flames; the aluminium base warps if it gets too hot.",
  [], "en", ["clean"], "Product answer (policy.md A near-misses).")
R("Ms. Achebe, the heavy box of wax needs a signature on arrival. Which suits you for the "
  "courier, Tuesday afternoon or Thursday afternoon?",
  [], "en", ["clean"], "Scheduling a heavy delivery, a permitted message (policy.md A).")
R("Cordelia, cloudiness in clear glycerin soap usually means it was poured too hot. Try letting "
  "the base drop to about 130F before it goes into the mold.",
  [], "en", ["clean"], "Usage help (policy.md A near-misses).")
R("Barnaby, the Kindlewick pre-tabbed wicks come fifty to a pack, and the tabs are already "
  "waxed, so a dab of hot glue holds them upright.",
  [], "en", ["clean"], "Product answer (policy.md A near-misses).")
R("Our packing sheet shows your Gentlebar kit left without its mica packet. A spare packet is "
  "on its way with the next courier run; nothing is needed on your side.",
  [], "en", ["clean"], "Fixing a fulfilment error (policy.md A).")
R("Ingrid, the thermometer probe is safe to rest in melted wax for long periods, but wipe it "
  "while warm; hardened wax on the tip slows the reading.",
  [], "en", ["clean"], "Product answer (policy.md A near-misses).")
R("Desmond, silicone molds need no spray for melt-and-pour soap. Pop the bars out after an hour "
  "in the fridge and they slide loose cleanly.",
  [], "en", ["clean"], "Usage help (policy.md A near-misses).")

R("付女士，羊奶皂基建议隔水加热，温度别超过七十度，不然容易发黄起泡。",
  [], "zh", ["clean"], "Usage help (policy.md A near-misses).")
R("汤先生，大豆蜡在六十度左右加入香精油，搅拌两分钟再倒进杯子，香味会更稳定。",
  [], "zh", ["clean"], "Usage help (policy.md A near-misses).")
R("聂阿姨，硅胶模具第一次用之前用温水洗一下就行，不需要涂脱模剂。",
  [], "zh", ["clean"], "Product answer (policy.md A near-misses).")
R("窦老师，您订的那箱大豆蜡比较重，快递员送货时需要签收，请问这周二下午还是周四上午方便？",
  [], "zh", ["clean"], "Scheduling a heavy delivery (policy.md A).")
R("小棠，蜂蜡粒的熔点大约六十三度，用倒蜡壶直接放在电炉上小火加热就可以。",
  [], "zh", ["clean"], "Product answer (policy.md A near-misses).")
R("郝先生，因为暴雨影响，您的包裹预计晚两天送达，我们会一直跟进物流情况。",
  [], "zh", ["clean"], "Delay notice (policy.md A near-misses).")
R("鲁女士，棉芯的长短可以用剪刀修到半厘米左右，这样火苗不会太大，也不容易冒烟。",
  [], "zh", ["clean"], "Usage help (policy.md A near-misses).")
R("定制的字母硅胶模具，刻字我们按“晴川”两个字准备，您确认没问题我们就开始制作。",
  [], "zh", ["clean"], "Custom design check (policy.md A).")
R("付女士，透明皂基出现白雾一般是温度太高造成的，下次等它降到五十五度左右再倒模。",
  [], "zh", ["clean"], "Usage help (policy.md A near-misses).")
R("汤先生，探针温度计的电池在背盖里面，用硬币拧开就能换，型号是常见的纽扣电池。",
  [], "zh", ["clean"], "Product answer (policy.md A near-misses).")

R("藍小姐，大豆蠟燭第一次點燃請燒到整個表面都融化，大約三小時，之後比較不會出現凹洞喔。",
  [], "zh", ["clean"] + TW, "Usage help (policy.md A near-misses).")
R("紀先生，您訂的那箱蜂蠟比較重，宅配到府時需要本人簽收，請問週三還是週五下午方便？麻煩回覆一下喔。",
  [], "zh", ["clean"] + TW, "Scheduling a heavy delivery (policy.md A).")
R("卓小姐，矽膠模具用完用溫水加一點洗碗精清洗，自然晾乾就好，不要放進烘碗機喔。",
  [], "zh", ["clean"] + TW, "Care instructions (policy.md A near-misses).")
R("歐太，啲皂基隔水煲熱就得，唔好用明火直接燒，溫度過咗七十度會變黃。",
  [], "zh", ["clean"] + HK, "Usage help in Cantonese (policy.md A near-misses).")
R("譚生，因為颱風，你嘅包裹會遲兩日先到，我哋會一直跟住物流情況。",
  [], "zh", ["clean"] + HK, "Delay notice in Cantonese (policy.md A near-misses).")

R("Hi 鲁女士, 做 container candle 的话, wick 要选 medium size, 这样 melt pool 可以烧到杯子边缘。",
  [], "mixed", ["clean", "mixed"], "Product help, code-switched (policy.md A near-misses).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(103).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h103-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "holdout103.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(RAW))
