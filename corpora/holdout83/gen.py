#!/usr/bin/env python3
"""Source of holdout83.jsonl: 160 hand-labelled buyer messages of an invented Amazon seller,
Ledgewhistle Climbing Supply (ropes, harnesses, climbing shoes, chalk, crash pads, quickdraws,
belay devices, helmets, hangboards).

Hard-to-see characters are spelled here and stored as themselves in the JSONL file:
  ZW    zero-width space (U+200B)
  CY_A  Cyrillic small a (U+0430), CY_E Cyrillic small ie (U+0435)
  STAR  white medium star emoji (U+2B50), GIFT wrapped-present emoji (U+1F381)
  fw()  full-width form of ASCII text (U+FF01..U+FF5E)

Each entry is (tags, labels, lang, text, note).  Tags start with the category; see README.md.
The list is shuffled with random.Random(83) and numbered h83-001 ... h83-160.

Usage: python3 gen.py        (writes holdout83.jsonl next to this file)
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
STAR = "\u2b50"
GIFT = "\U0001f381"

RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"


def fw(s):
    """Full-width form of printable ASCII (space stays a space)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ENTRIES = [
    # ================================================================ English violations (22)
    ("violation plain coupon", [MKT], "en",
     "Hi Desmond, quick note from the rigging bench: your Tarnhollow 9.5 is coiled and on its "
     "way. Use code SEND20 for 20% off anything else you need before your trip.",
     "A discount code for the next purchase tucked into an order message is a coupon "
     "promotion (policy.md B)."),
    ("violation plain incentive", [RI], "en",
     "Fergus, once your review of the Pebblecrimp shoes is up, reply with a screenshot and "
     "we'll post you a Dustmote chalk ball at no charge.",
     "A free chalk ball in exchange for a posted review is compensation for a review "
     "(policy.md C1)."),
    ("violation plain rating-request", [RI], "en",
     "Lucinda, could you give the Gritwell harness a five-star rating on Amazon? We're a "
     "two-person shop and every top score keeps the lights on.",
     "Asks outright for a five-star rating, with a small-business plea (policy.md C2)."),
    ("violation plain email", [OPC], "en",
     "Anouk, sizing questions about the Pebblecrimp Lite go quickest by email: write to "
     "bertrand@ledgewhistle.com and he answers from the bench most evenings.",
     "Gives a staff e-mail address and moves the conversation there (policy.md D2)."),
    ("violation plain phone", [OPC], "en",
     "Barnaby, if the Brakehorn still grabs the rope unevenly, call the shop on "
     "+1 (303) 555-0186 and we'll talk you through threading it while you hold it.",
     "The shop's own phone number for product support; not a carrier or warranty line "
     "(policy.md D3)."),
    ("violation plain messaging-app phone", [OPC], "en",
     "Juniper, join our WhatsApp group for route beta and used-gear swaps: message "
     "303-555-0147 and Bertrand will add you tonight.",
     "Invites the buyer into a WhatsApp group on a staff number (policy.md D3, D4)."),
    ("violation careful new-product", [MKT], "en",
     "Mr. Szabo, the Fingerloft hangboard now has a travel edition that hangs from any door "
     "frame, just landed this month. Search Ledgewhistle on Amazon to pick one up.",
     "Announces a new product and pushes a purchase without any sales keyword "
     "(policy.md B)."),
    ("violation split sale url", [MKT, OPC], "en",
     "Ms. Oyelaran, our end-of-season clear-out begins Friday. Crash pads and ropes are "
     "cheaper at ledgewhistle.com than on Amazon. It ends Sunday night, so don't wait.",
     "A timed sale announced across sentences, pointing to the shop's own site at a lower "
     "price (policy.md B, D1, D6)."),
    ("violation careful gating", [RI], "en",
     "Tamsin, if the Cairnshell is sitting comfortably, we'd be glad for other climbers to "
     "hear about it on the listing. If anything feels off, please come to us first and skip "
     "the public page until we've sorted it.",
     "Invites only satisfied buyers to post and steers unhappy ones away from the public page "
     "(policy.md C3)."),
    ("violation careful change-review", [RI], "en",
     "Wilhelmina, now that the replacement Snapfen draws have reached you, would you mind "
     "revisiting what you wrote under the old set on Amazon so it matches how things ended?",
     "A veiled request to edit an existing product review after a remedy (policy.md C4)."),
    ("violation careful messaging-app phone", [OPC], "en",
     "Barnaby, for faster answers on rope care, find us on Signal under Bertrand's number "
     "303-555-0147; the chat there is staffed until late.",
     "Signal is a messaging app outside Amazon, reached through a staff number "
     "(policy.md D3, D4)."),
    ("violation careful cross-sell listing-link", [MKT], "en",
     "Juniper, climbers who bought the Thudmoss pad usually pair it with the Thudmoss Mini "
     "for sit starts. Add one from our storefront, amazon.com/stores/Ledgewhistle, this week "
     "while stock lasts.",
     "Cross-sells a second pad with a storefront link; an Amazon link is marketing, not "
     "off-platform (policy.md B, D1; interface.md)."),
    ("violation careful referral", [MKT], "en",
     "Lucinda, pass your order number to a friend at your gym: when they buy a Gritwell with "
     "it, we knock ten dollars off for each of you.",
     "A refer-a-friend reward for both buyers is a promotion (policy.md B)."),
    ("violation careful payment diversion", [OPC], "en",
     "Mr. Szabo, next time skip the marketplace fees: send the amount by bank transfer to "
     "our account and we'll ship the rope straight from the bench.",
     "Payment outside Amazon and a sale outside the Amazon process (policy.md D5, D6)."),
    ("violation careful vip-list", [MKT], "en",
     "Anouk, a small inner circle of our climbers hears first about limited chalk blends "
     "and members-only prices. Reply with the word 'crew' and we'll add you.",
     "An exclusive members list with special prices is a VIP-club promotion (policy.md B)."),
    ("violation careful steering", [RI], "en",
     "Ms. Oyelaran, when you post about the Pebblecrimp, it'd help if you mentioned the "
     "edging on small crimps and that it arrived two days early.",
     "Tells the buyer what to say in the review (policy.md C7)."),
    ("violation split discount incentive", [MKT, RI], "en",
     "Desmond, we hope the Tarnhollow handles well on your first lead. Share a few honest "
     "words about it on Amazon. Once they're posted, we'll send you a code for 25% off your "
     "next harness.",
     "A discount on the next purchase in return for a review, spread over three sentences: "
     "incentive and promotion (policy.md C1, B; judgement call 5)."),
    ("violation split giveaway social", [MKT, OPC], "en",
     "Wilhelmina, thanks for climbing with our gear. Every month we give away a chalk bag to "
     "one customer. Tag @ledgewhistle.sends on Instagram in a photo to enter.",
     "A giveaway run through the shop's Instagram handle (policy.md B, D4)."),
    ("violation split gating", [RI], "en",
     "Tamsin, how are the Pebblecrimp Lites treating your feet? Loving them? The Amazon page "
     "is the place to say so. Pinching or sliding? Then message us here first, before "
     "anything goes public.",
     "Happy buyers to the product page, unhappy buyers to the seller first (policy.md C3)."),
    ("violation split qr diversion", [OPC], "en",
     "Barnaby, there is a small card in the zip pocket of your chalk bag. Scan the square "
     "code printed on it. It opens our own help desk, which answers faster than Amazon "
     "messages do.",
     "A QR insert that sends the buyer to an off-Amazon help desk (policy.md D1, D6, "
     "section e)."),
    ("violation split buy-again", [MKT], "en",
     "Juniper, chalk runs out sooner than people expect. A 300 g Dustmote block lasts about "
     "six weeks of gym sessions. Order the next one now so you are never caught empty on a "
     "project.",
     "An unsolicited push to buy the product again (policy.md B)."),
    ("violation split feedback-pressure", [RI], "en",
     "Mr. Szabo, the delay on your helmet was the carrier's fault, not ours. The neutral mark "
     "you left in our seller feedback is dragging our score down. Please take it off.",
     "Pressure to remove seller feedback because it hurts the account (policy.md C5)."),

    # ================================================================ Simplified violations (16)
    ("violation plain incentive", [RI], "zh",
     "邹先生您好，Tarnhollow 动力绳用着还顺手吧？留评以后把截图发过来，我们给您返现十美元。",
     "Cash back for a posted review, 留评返现 in other words (policy.md C1)."),
    ("violation plain rating-request", [RI], "zh",
     "谭女士，麻烦给这双 Pebblecrimp 攀岩鞋打个五星，小店刚起步，每一颗星都很珍贵。",
     "Asks for five stars with a small-shop plea (policy.md C2)."),
    ("violation plain messaging-app diversion", [OPC], "zh",
     "陆老师，岩馆团购的事在这里说不方便，请加我们微信 ledgewhistle_cn，阿岚会拉您进群。",
     "Moves a group-purchase talk to a WeChat ID and group (policy.md D4, D6)."),
    ("violation plain coupon", [MKT], "zh",
     "小禾你好，下次买 Dustmote 镁粉时输入优惠码 CHALK15，整单立减百分之十五。",
     "A coupon code for the next order (policy.md B)."),
    ("violation plain discount url diversion", [MKT, OPC], "zh",
     "白阿姨，Thudmoss 抱石垫在我们官网 ledgewhistle.com 上比亚马逊便宜四十块，下次直接去官网下单吧。",
     "A lower price on the shop's own site and an invitation to buy there (policy.md B, D1, "
     "D6)."),
    ("violation plain change-review", [RI], "zh",
     "邹先生，新的确保器已经寄出，麻烦您把之前那条一星评论删掉，或者改成现在的情况。",
     "Asks to delete or rewrite a one-star review after a replacement (policy.md C4)."),
    ("violation careful gating", [RI], "zh",
     "谭女士，头盔戴着合适的话，欢迎到商品页跟其他岩友说说；要是哪里不对劲，先来找我们，别急着公开写。",
     "Satisfied buyers to the product page, dissatisfied ones to the seller, with no review "
     "keyword (policy.md C3)."),
    ("violation careful messaging-app", [OPC], "zh",
     "陆老师，绳子保养的问题我们在 Discord 的 Ledgewhistle 岩友角里答得更快，搜这个名字就能进来。",
     "Points the buyer to a Discord server the shop runs; an app not named in the brief is "
     "still off-platform (policy.md D4; judgement call 8)."),
    ("violation careful restock", [MKT], "zh",
     "小禾你好，上次断货的 Fingerloft 指力板这周补到了，库存不多，想要的话趁早下单。",
     "A restock announcement with a call to buy (policy.md B)."),
    ("violation careful bundle", [MKT], "zh",
     "白阿姨，Gritwell 安全带加 Brakehorn 确保器一起拍，两件合计少付三十块，这个组合只到月底。",
     "A time-limited bundle price without any discount keyword (policy.md B)."),
    ("violation split payment incentive", [OPC, RI], "zh",
     "陆老师，快挂收到了吧？在商品页写完使用体验以后，把页面截图发给阿岚。我们会通过支付宝转二十块钱给您。",
     "Money through Alipay after a posted review: off-Amazon payment and an incentive "
     "(policy.md C1, D5)."),
    ("violation split follow giveaway social", [MKT, OPC], "zh",
     "谭女士，我们在小红书开了号，叫 Ledgewhistle攀岩。每周都会分享抱石线路。关注一下，私信还能领小样。",
     "Asks the buyer to follow a Xiaohongshu account and DM there for a free sample "
     "(policy.md B, D4)."),
    ("violation split steering", [RI], "zh",
     "白阿姨，指力板用得还习惯吗？如果方便写几句，请提一下木面不磨手、安装很简单。最好再配一张挂在门框上的照片。",
     "Dictates what the review should say and asks for a photo (policy.md C7)."),
    ("violation split email", [OPC], "zh",
     "小禾你好，指力板的安装图文件比较大。我们会从 crew@ledgewhistle.com 发给您。以后有问题也可以直接写信到这个邮箱。",
     "Gives the shop's e-mail address and invites the buyer to write there (policy.md D2)."),
    ("violation split sale", [MKT], "zh",
     "白阿姨，双十一快到了。我们的抱石垫、镁粉袋全部八折。到时候别错过。",
     "A sale announcement for a shopping festival (policy.md B)."),
    ("violation split feedback-pressure", [RI], "zh",
     "邹先生，包裹晚到是快递的问题。您给店铺留的差评让我们的账号分数掉了不少。希望您能撤掉。",
     "Pressure to withdraw negative seller feedback because of the account score "
     "(policy.md C5)."),

    # ================================================================ Traditional violations (10)
    ("violation plain messaging-app traditional taiwanese", [OPC], "zh",
     "呂小姐您好，鞋子尺寸的問題用 LINE 問比較快喔，加 @ledgewhistletw 就能直接找到阿嵐。",
     "A LINE handle for sizing questions (policy.md D4)."),
    ("violation plain incentive traditional taiwanese", [RI], "zh",
     "戴先生，Cairnshell 頭盔收到後幫我們寫個評價，截圖傳訊息過來，就送您一包 Dustmote 鎂粉。",
     "Free chalk for a review screenshot (policy.md C1)."),
    ("violation plain coupon traditional taiwanese", [MKT], "zh",
     "倪小姐，全館結帳輸入 CRIMP10 可以再打九折，快掛、吊帶都適用喔。",
     "A storewide coupon code (policy.md B)."),
    ("violation careful payment diversion traditional taiwanese", [OPC], "zh",
     "戴先生，下次想買繩子可以直接跟我們說，匯款到我們的帳戶，我們當天就出貨，不用再經過平台。",
     "Bank transfer to the shop and a sale outside Amazon (policy.md D5, D6)."),
    ("violation split gating traditional taiwanese", [RI], "zh",
     "呂小姐，指力板用起來順手嗎？覺得好用就到商品頁分享一下。如果不滿意，請先傳訊息給我們，不要直接寫在上面。",
     "Review invitation for the satisfied, seller contact first for the dissatisfied "
     "(policy.md C3)."),
    ("violation split new-product follow social traditional taiwanese", [MKT, OPC], "zh",
     "倪小姐，我們的秋季新款粉袋下週上架。款式預覽都放在 Instagram。追蹤 @ledgewhistle.sends 就不會錯過喔。",
     "A new-product teaser and a push to follow the Instagram handle (policy.md B, D4)."),
    ("violation plain messaging-app phone traditional cantonese", [OPC], "zh",
     "霍生，條繩有咩問題可以直接 WhatsApp 我哋，號碼係 07700 900583，阿嵐會即刻覆你。",
     "WhatsApp on the shop's UK number (policy.md D3, D4)."),
    ("violation careful change-review traditional cantonese", [RI], "zh",
     "伍太，新嘅攀岩鞋已經寄咗俾你，麻煩你返去商品頁睇下之前寫嘅嘢，順手改一改啦。",
     "Asks the buyer to go back and edit what she wrote on the product page (policy.md C4)."),
    ("violation split cross-sell listing-link traditional cantonese", [MKT], "zh",
     "龔小姐，多謝你買咗 Thudmoss 抱石墊。好多客人都會加多張 Thudmoss Mini 墊腳。連結喺度：amazon.com/dp/B0F3KD8W6T。",
     "Cross-sell with a link to another Amazon listing (policy.md B, D1; judgement call 7)."),
    ("violation split rating-request incentive traditional cantonese", [RI], "zh",
     "霍生，頭盔戴得舒唔舒服？如果覺得好，俾個五粒星我哋。多謝你，下次再嚟有小禮物。",
     "Five stars asked for, with a small gift on the next visit (policy.md C1, C2)."),

    # ================================================================ Mixed violations (2)
    ("violation plain new-product incentive mixed", [MKT, RI], "mixed",
     "Hi 小禾, 新到的 Dustmote chalk refill 已经上架啦! Leave a review for your last bag and "
     "我们送你一包 refill。",
     "A new-product announcement plus a free refill for a review (policy.md B, C1)."),
    ("violation careful messaging-app phone traditional cantonese mixed", [OPC], "mixed",
     "伍太, 你部 Brakehorn 點樣穿繩 easier to show on video, add 我哋 Signal 啦, number 係 303 555 0147。",
     "Signal on a staff number, in Cantonese and English (policy.md D3, D4)."),

    # ================================================================ English evasions (14)
    ("evasion rating-request homoglyph", [RI], "en",
     "Tamsin, a fiv" + CY_E + "-st" + CY_A + "r r" + CY_E + "view of the Cairnshell would "
     "mean a lot to the two of us at the bench.",
     "Five-star review request with Cyrillic look-alike letters (policy.md C2, section e)."),
    ("evasion messaging-app phone homoglyph number-words", [OPC], "en",
     "Fergus, for resoling advice message us on Wh" + CY_A + "tsApp at three zero three, "
     "five five five, zero one eight six; Bertrand keeps it open during shop hours.",
     "WhatsApp with a Cyrillic a, and the shop number in words (policy.md D3, D4, "
     "section e)."),
    ("evasion coupon incentive leetspeak", [MKT, RI], "en",
     "Barnaby, post a quick r3view of the Brakehorn and we'll send c0de CR1MP10 for money "
     "off your next pair of shoes.",
     "A discount code for a review, written in leetspeak (policy.md B, C1, section e)."),
    ("evasion vip-list messaging-app leetspeak", [MKT, OPC], "en",
     "Juniper, questions on Te1egram get answered fastest at @ledgewhistle_crew, and the "
     "channel hears about restocks a day before anyone else.",
     "Telegram handle with a digit for a letter, plus early access for channel members "
     "(policy.md B, D4, section e)."),
    ("evasion messaging-app phone spacing", [OPC], "en",
     "Anouk, we post setting nights for the local wall in a group on S i g n a l; ask "
     "Bertrand to add you at 3 0 3 5 5 5 0 1 4 7.",
     "Spaced-out Signal and phone number (policy.md D3, D4, section e)."),
    ("evasion rating-request incentive emoji", [RI], "en",
     "Ms. Oyelaran, " + STAR * 5 + " for the Dustmote chalk and a spare chalk ball rides "
     "along in your next parcel " + GIFT,
     "Emoji stars for a reward, with no rating word (policy.md C1, C2, section e)."),
    ("evasion email separator", [OPC], "en",
     "Wilhelmina, photos of the frayed sheath are hard to judge in this thread. Send them to "
     "c/r/e/w@ledgewhistle.com and Bertrand will look tonight.",
     "E-mail address with slashes between the letters of the local part (policy.md D2, "
     "section e)."),
    ("evasion rating-request zero-width", [RI], "en",
     "Fergus, if you could leave fi" + ZW + "ve st" + ZW + "ars on the Snapfen page once "
     "they've seen a few routes, it would really lift us.",
     "Five-star request broken by zero-width spaces (policy.md C2, section e)."),
    ("evasion phone zero-width", [OPC], "en",
     "Desmond, Bertrand prefers texts for rigging questions and answers them faster than this "
     "inbox: 303-555" + ZW + "-0147.",
     "Staff phone number with a zero-width space inside (policy.md D3, section e)."),
    ("evasion coupon fullwidth", [MKT], "en",
     "Tamsin, " + fw("PADS25") + " at checkout takes a quarter off any Thudmoss pad until the "
     "end of the month.",
     "Coupon code in full-width letters (policy.md B, section e)."),
    ("evasion email fullwidth", [OPC], "en",
     "Lucinda, send your waist and thigh measurements to " + fw("crew@ledgewhistle.com") +
     " and we'll pick the harness size for you.",
     "Full-width e-mail address (policy.md D2, section e)."),
    ("evasion email spelled-email", [OPC], "en",
     "Barnaby, our rope-care guide runs to twelve pages; ask for it at ledgewhistle dot crag "
     "at gmail dot com and it comes back within the hour.",
     "Spelled-out free-mail address (policy.md D2, section e)."),
    ("evasion sale phone number-words", [MKT, OPC], "en",
     "Juniper, if the pad zip sticks, text Bertrand on three oh three five five five oh one "
     "four seven, and ask him about the spring clear-out on pads while you're at it.",
     "Phone number in words and a plug for a sale (policy.md B, D3, section e)."),
    ("evasion messaging-app nickname split-handle", [OPC], "en",
     "Anouk, we share beta videos on the paper-plane app; the handle is ledgewhistle, then an "
     "underscore, then crew.",
     "Telegram named by its icon, handle given in pieces (policy.md D4, section e)."),

    # ================================================================ Simplified evasions (9)
    ("evasion rating-request incentive pinyin", [RI], "zh",
     "谭女士，给我们一个 haoping 就 fanxian 十美元，截图发在这条消息下面就行。",
     "好评返现 written in pinyin (policy.md C1, C2, section e)."),
    ("evasion messaging-app homophone", [OPC], "zh",
     "陆老师，岩壁训练计划的表格太大，加个薇信 ledgewhistle_cn，阿岚直接发给您。",
     "WeChat written with a homophone, plus the shop's ID (policy.md D4, section e)."),
    ("evasion discount rating-request incentive spacing", [MKT, RI], "zh",
     "邹先生，给 个 五 星 好 评，下次买绳子给您便宜一点。",
     "Spaced 五星好评 paid for with a cheaper next purchase (policy.md B, C1, C2; judgement "
     "call 5)."),
    ("evasion incentive separator", [RI], "zh",
     "白阿姨，留/评/返/现的活动还在，写完把截图发过来就行。",
     "留评返现 with slashes between the characters (policy.md C1, section e)."),
    ("evasion giveaway follow social zero-width", [MKT, OPC], "zh",
     "小禾，关注我们的小" + ZW + "红" + ZW + "书 Ledgewhistle攀岩，每周抽一位岩友送镁粉袋。",
     "Xiaohongshu broken by zero-width spaces; follow-and-draw giveaway (policy.md B, D4, "
     "section e)."),
    ("evasion discount phone cn-numerals", [MKT, OPC], "zh",
     "陆老师，团购价可以再低一些，直接打阿岚的手机商量：三零三五五五零一四七。",
     "A lower group price offered over a staff phone number in Chinese numerals "
     "(policy.md B, D3, section e)."),
    ("evasion messaging-app diversion nickname split-handle", [OPC], "zh",
     "谭女士，岩馆团购的细节请走绿泡泡，号是 ledgewhistle 下划线 cn。",
     "WeChat by nickname, ID in pieces, and the deal moved off Amazon (policy.md D4, D6, "
     "section e)."),
    ("evasion rating-request gating emoji", [RI], "zh",
     "小禾，指力板用着顺手的话，" + STAR * 5 + " 安排一下～",
     "Emoji five stars, conditioned on satisfaction (policy.md C2, C3, section e)."),
    ("evasion sale bundle pinyin", [MKT], "zh",
     "白阿姨，下周抱石垫 dazhe，买两块再送一袋镁粉，youhui 只到周日。",
     "Sale and bundle with 打折 and 优惠 in pinyin (policy.md B, section e)."),

    # ================================================================ Traditional evasions (5)
    ("evasion vip-list messaging-app homophone traditional taiwanese", [MKT, OPC], "zh",
     "呂小姐，換尺寸的事加我們的賴 @ledgewhistletw 比較快喔，會員還有專屬折價。",
     "LINE written as 賴, with member-only prices (policy.md B, D4, section e)."),
    ("evasion coupon fullwidth traditional taiwanese", [MKT], "zh",
     "倪小姐，結帳時輸入 " + fw("SEND20") + "，吊帶跟繩子都少兩成喔。",
     "Full-width coupon code (policy.md B, section e)."),
    ("evasion phone cn-numerals traditional cantonese", [OPC], "zh",
     "霍生，安全帶扣唔上嘅話可以打俾阿嵐，號碼係零七七零零 九零零六二九。",
     "The shop's UK number in Chinese numerals (policy.md D3, section e)."),
    ("evasion messaging-app nickname split-handle traditional cantonese", [OPC], "zh",
     "伍太，想睇埋抱石示範片段可以去紙飛機搵我哋，ledgewhistle 底線 crew。",
     "Telegram as 紙飛機 and the handle in pieces (policy.md D4, section e)."),
    ("evasion rating-request incentive pinyin traditional taiwanese", [RI], "zh",
     "戴先生，頭盔收到了吧？給個 wuxing pingjia，下次出貨幫您多放一顆粉球喔。",
     "五星評價 in pinyin, paid with an extra chalk ball (policy.md C1, C2, section e)."),

    # ================================================================ Mixed evasions (2)
    ("evasion email spelled-email mixed", [OPC], "mixed",
     "陆老师 hi, 绳子的 care guide 太长了, just drop a note to crew at ledgewhistle dot com, "
     "我们马上发给您。",
     "Spelled-out shop e-mail in a code-switched message (policy.md D2, section e)."),
    ("evasion rating-request incentive homoglyph mixed", [RI], "mixed",
     "小禾, 帮我们给 Snapfen draws 一个 5-st" + CY_A + "r r" + CY_E + "view 吧, 我们就 send "
     "you a chalk ball, 不收钱。",
     "Five-star review with Cyrillic letters, rewarded with a chalk ball (policy.md C1, C2, "
     "section e)."),

    # ================================================================ English near-misses (23)
    ("near-miss remedy", [], "en",
     "Desmond, the Tarnhollow that arrived with a flat spot in the sheath has been refunded "
     "in full to your original payment method, and there is no need to send it back.",
     "A refund as a remedy, with no link to any review (policy.md C near-misses)."),
    ("near-miss remedy", [], "en",
     "Wilhelmina, a replacement set of Snapfen quickdraws left the bench this morning at no "
     "cost to you; the set with the sticky gate can go to your gym's practice box.",
     "A no-cost replacement is a remedy, not a promotion (policy.md B near-misses)."),
    ("near-miss remedy", [], "en",
     "Mr. Szabo, as you chose, we've issued a partial refund of $18 for the scuffed Cairnshell "
     "shell on order 113-2750418-6093327, and the helmet is yours to keep.",
     "A partial refund the buyer chose, a return-related message the brief allows "
     "(policy.md A)."),
    ("near-miss review-word", [], "en",
     "Fergus, every harness gets a stitch review under a bright lamp before packing; yours "
     "passed that check on Tuesday and the carrier has it now under TBA517306284419.",
     "Review here is the shop's own quality check, answering a where-is-it question "
     "(policy.md section 0)."),
    ("near-miss review-word", [], "en",
     "Lucinda, please review your return request on the Your Orders page: the reason you "
     "picked says the shoes are defective, but your note says they are just too small, and "
     "the two lead to different steps.",
     "Review your return request is about a return, not a product review (policy.md A)."),
    ("near-miss lookalike-number", [], "en",
     "Barnaby, order 112-5550108-4726931 is the one with the 70 m rope; the 60 m rope went "
     "out under your other order and arrives separately.",
     "The order id carries a 555-01 block but is not a phone number (policy.md D "
     "near-misses)."),
    ("near-miss lookalike-number", [], "en",
     "Anouk, UPS tracking 1Z6V39R20450713388 shows the crash pad at your local depot; because "
     "of its size it travels on a separate truck and may land a day after the chalk.",
     "A carrier tracking number, not a contact (policy.md D near-misses)."),
    ("near-miss neutral-request", [], "en",
     "Juniper, now that your Gritwell has had a few weekends at the crag, you're welcome to "
     "share how it is working for you, good or bad, on its Amazon page. Order "
     "114-1963270-5582046.",
     "One neutral review invitation, both outcomes named, order id included (policy.md C "
     "near-misses, section b; interface.md)."),
    ("near-miss neutral-request", [], "en",
     "Tamsin, other climbers read reviews before choosing a belay device, so your honest take "
     "on the Brakehorn, whatever it turns out to be, would be welcome there. Order "
     "111-4028867-3351790.",
     "Neutral request with no rating, condition or reward (policy.md C near-misses, "
     "section b)."),
    ("near-miss feedback-notice", [], "en",
     "Ms. Oyelaran, the missing chalk bag belt has now reached you. If you feel this is "
     "settled, you may revise or delete the seller feedback you left earlier; that choice is "
     "entirely yours and nothing changes either way.",
     "The neutral seller-feedback notice after a resolution, choice left to the buyer "
     "(policy.md C5; judgement call 4)."),
    ("near-miss review-thanks", [], "en",
     "Thanks, Tamsin, for letting us know you had already posted a review of the Fingerloft; "
     "the mounting screws you asked about are the short ones in the small bag, and the longer "
     "pair is for plaster walls.",
     "Thanks for a review the buyer mentioned, inside a substantive reply (policy.md C "
     "near-misses)."),
    ("near-miss answer", [], "en",
     "Desmond, the 15% coupon you saw on the Thudmoss page is run by Amazon itself; tick the "
     "box on the listing before checkout and it comes off automatically. We don't hand out "
     "codes of our own.",
     "Explains an Amazon promotion the buyer asked about and offers nothing (policy.md B "
     "near-misses)."),
    ("near-miss refusal", [], "en",
     "Fergus, thanks for offering to move this to your personal email, but we keep order "
     "conversations in Amazon messages; please reply here with a photo of the buckle.",
     "Declines to leave Amazon messaging (policy.md D)."),
    ("near-miss refusal", [], "en",
     "Lucinda, we can't accept PayPal or any payment outside Amazon, so a second rope would "
     "have to go through checkout on Amazon just like the first one did.",
     "Refuses an off-Amazon payment the buyer proposed (policy.md D5)."),
    ("near-miss product-word", [], "en",
     "Barnaby, the Dustmote chalk is free of drying agents, which is why it feels softer than "
     "gym chalk; it still grips well on warm days.",
     "Free is a product fact, not an offer (policy.md B near-misses)."),
    ("near-miss product-word", [], "en",
     "Juniper, the Brakehorn has a free-running mode for lowering and an assisted mode for "
     "catching; the lever switches between them, and the change is marked on the side plate.",
     "Free-running and change describe the device (policy.md B near-misses)."),
    ("near-miss quoted-buyer", [], "en",
     "Anouk, about your message ('I'll post a one-star review if the pad won't fit my "
     "hatchback'): folded, the Thudmoss measures 100 x 65 x 30 cm, so please measure the boot "
     "and tell us before it ships; we're holding it until you reply.",
     "The review threat is the buyer's own words; the seller only answers the size question "
     "(policy.md D near-misses)."),
    ("near-miss quoted-buyer", [], "en",
     "Mr. Szabo, you asked 'do you have a WhatsApp?'. We keep order questions in this "
     "thread, so here is the knot answer: tie a figure-eight follow-through and leave a tail "
     "about a fist long.",
     "WhatsApp appears only in the buyer's quoted question (policy.md D near-misses)."),
    ("near-miss logistics-word", [], "en",
     "Wilhelmina, as you asked, we've cancelled the duplicate order you placed by mistake, and "
     "the first one ships as planned. Cancelled order: 205-8831947-0316672.",
     "The seller cancels a duplicate at the buyer's request (policy.md A near-misses)."),
    ("near-miss carrier-site", [], "en",
     "Desmond, USPS tracking 9405 5036 9930 0472 8815 63 shows the rope held at your post "
     "office after a missed delivery; you can book a redelivery on the USPS site with that "
     "number.",
     "Names the carrier's own site for redelivery, no link or contact of the shop "
     "(policy.md D near-misses)."),
    ("near-miss warranty", [], "en",
     "Fergus, the Cairnshell carries a two-year warranty against manufacturing faults; to use "
     "it, open the order in Your Orders, choose the problem option, and we will pick it up "
     "from there.",
     "Warranty help through Amazon's order page (policy.md D near-misses)."),
    ("near-miss price-paid", [], "en",
     "Juniper, the $129 you paid was the listed price that day; the lower figure you saw later "
     "was a lightning deal that ended on Sunday, and we have no way to change an earlier "
     "charge.",
     "Explains a price already paid; no offer is made (policy.md B near-misses)."),
    ("near-miss negation", [], "en",
     "Barnaby, to be clear, we would never ask you to change a review or offer anything for "
     "one; the return label for the shoes is in your Amazon account whenever you want it.",
     "Review words only inside a negation (policy.md section 0)."),

    # ================================================================ Simplified near-misses (17)
    ("near-miss substring", [], "zh",
     "邹先生，您说在说明书里检索评测数据没找到，冲坠次数写在第三页的表格里，这条绳是九次。",
     "检索评测 contains 索评 across a word boundary (policy.md C near-misses)."),
    ("near-miss substring", [], "zh",
     "谭女士，您在搜索评论时看到的“尺码偏小”是其他买家的说法，这款攀岩鞋我们建议按平时的鞋码选。",
     "搜索评论 contains 索评; the message is sizing advice (policy.md C near-misses)."),
    ("near-miss remedy", [], "zh",
     "陆老师，卡住的那组快挂我们已经免费补发了一套新的，旧的不用寄回，留着练习用也可以。",
     "Free replacement as a remedy (policy.md B near-misses)."),
    ("near-miss remedy", [], "zh",
     "小禾，头盔外壳有划痕，已按您选的方式退款三十美元，订单 112-3176620-4459018，钱会原路退回。",
     "A partial refund as a remedy (policy.md C near-misses)."),
    ("near-miss lookalike-number", [], "zh",
     "白阿姨，订单号 111-5550156-9902843 是抱石垫那一单，镁粉在另一单里，会分开送到。",
     "Order id with a 555-01 block, not a phone number (policy.md D near-misses)."),
    ("near-miss neutral-request", [], "zh",
     "邹先生，订单 113-6612094-8037752 的 Brakehorn 确保器您已经用了一段时间，如果愿意，可以在商品页写下真实感受，好的坏的都欢迎。",
     "Neutral invitation, both outcomes welcome, order id given (policy.md C near-misses, "
     "section b)."),
    ("near-miss feedback-notice", [], "zh",
     "谭女士，缺少的腰带扣已经送到。如果您觉得问题已经处理好，是否修改之前的店铺反馈完全由您决定，不改也没关系。",
     "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4)."),
    ("near-miss answer", [], "zh",
     "陆老师，您看到的 Prime 会员日价格是亚马逊统一设置的活动，我们这边没有另外的优惠码可以给您。",
     "Answers a question about an Amazon event and offers nothing (policy.md B "
     "near-misses)."),
    ("near-miss refusal", [], "zh",
     "小禾，谢谢您想加我们微信，不过订单的沟通我们只在亚马逊消息里进行，照片直接发在这里就好。",
     "Declines the buyer's WeChat request (policy.md D)."),
    ("near-miss product-word", [], "zh",
     "白阿姨，粉袋侧面那个星形的小扣是挂刷子用的，不是装饰；腰带可以拆下来单独洗。",
     "星 describes a star-shaped clip (policy.md C near-misses)."),
    ("near-miss quoted-buyer", [], "zh",
     "邹先生，您留言说“不解决就给差评”，我们理解您着急：这条绳我们量过是五十九米六，误差在百分之一以内，属于正常范围。",
     "差评 is the buyer's quoted threat; the reply is about rope length (policy.md D "
     "near-misses)."),
    ("near-miss logistics-word", [], "zh",
     "谭女士，已按您的要求修改了收货地址，门牌号加上了 B 座，订单 112-8406135-2719584，包裹单号 TBA690241853370。",
     "修改 refers to an address change (policy.md C near-misses)."),
    ("near-miss warranty", [], "zh",
     "陆老师，指力板木面两年内出现开裂可以申请保修，在亚马逊订单页面选择“商品有问题”就能开始。",
     "Warranty claim through the Amazon order page (policy.md D near-misses)."),
    ("near-miss price-paid", [], "zh",
     "小禾，您下单时付的价格是当天的页面价，后来降价是平台自己调整的，我们没法补差价，不过退货期内您仍然可以申请退货。",
     "Explains a price already paid and the normal return route (policy.md B near-misses)."),
    ("near-miss amazon-page", [], "zh",
     "白阿姨，退货请在亚马逊“我的订单”里找到这一单，点“退货或更换商品”，原因选尺码不合适就行，也可以直接打开 amazon.com/your-orders。",
     "Points to Amazon's own orders page for a return (policy.md D near-misses)."),
    ("near-miss carrier-site", [], "zh",
     "邹先生，顺丰单号 SF1457730286614 显示在转运中心，您可以在顺丰官网输入单号查看更详细的节点。",
     "官网 is the carrier's site, named without a link (policy.md D near-misses)."),
    ("near-miss review-thanks", [], "zh",
     "谭女士，谢谢您在留言里提到已经写了评价；鞋带孔松动的问题我们也记下了，换的新鞋周三送到。",
     "Thanks for a review the buyer mentioned, in a reply about an exchange (policy.md C "
     "near-misses)."),

    # ================================================================ Traditional near-misses (9)
    ("near-miss feedback-notice traditional taiwanese", [], "zh",
     "呂小姐，缺的那顆鎖扣已經補寄到了。如果您覺得問題解決了，之前留的賣家意見回饋要不要更新或移除，都由您決定喔。",
     "Neutral seller-feedback notice after the missing part arrived (policy.md C5; judgement "
     "call 4)."),
    ("near-miss remedy traditional taiwanese", [], "zh",
     "戴先生，安全吊帶的扣環有刮傷，我們已經退款給您，款項大約三到五個工作天入帳。",
     "A refund as a remedy (policy.md C near-misses)."),
    ("near-miss lookalike-number traditional taiwanese", [], "zh",
     "倪小姐，黑貓的追蹤編號跟亞馬遜訂單號碼不一樣，您的訂單是 114-7380516-2264109，包裹今天出貨。",
     "An order id among tracking talk, not a phone number (policy.md D near-misses)."),
    ("near-miss warranty traditional taiwanese", [], "zh",
     "戴先生，Brakehorn 確保器有兩年保固，如果側板的卡榫鬆了，在訂單頁面選「商品有問題」就可以申請喔。",
     "Warranty claim through Amazon's order page (policy.md D near-misses)."),
    ("near-miss negation traditional taiwanese", [], "zh",
     "呂小姐，我們不會拿東西換評價，也不會請您修改評價；鞋子尺寸不合的話，直接在訂單頁申請退貨就好喔。",
     "Review words only in a negation; the rest is a return instruction (policy.md "
     "section 0)."),
    ("near-miss answer traditional cantonese", [], "zh",
     "霍生，你問嘅八折係亞馬遜 Prime Day 自己搞嘅，我哋冇另外嘅折扣碼，結帳嗰陣系統會自動計。",
     "Answers about an Amazon event discount, no code offered (policy.md B near-misses)."),
    ("near-miss quoted-buyer traditional cantonese", [], "zh",
     "伍太，你話「想加你哋微信問多啲」，我哋喺亞馬遜訊息入面答就得：頭盔嘅調節輪喺後面，順時針扭係收緊。",
     "微信 is in the buyer's quoted words; the seller stays on Amazon (policy.md D "
     "near-misses)."),
    ("near-miss review-word traditional cantonese", [], "zh",
     "龔小姐，每條繩出倉前我哋都會做一次評估，量長度同睇外皮，你條 Tarnhollow 冇問題先寄出。",
     "評估 is a quality check, not a review (policy.md C near-misses)."),
    ("near-miss logistics-word traditional cantonese", [], "zh",
     "霍生，你要求取消嘅重複訂單已經取消咗，原本嗰張 113-9047381-1685526 照常寄出，唔使再做任何嘢。",
     "取消 is the buyer's own cancellation request (policy.md A near-misses)."),

    # ================================================================ Mixed near-miss (1)
    ("near-miss amazon-page mixed", [], "mixed",
     "Hi 小禾, 那双 Pebblecrimp 尺码不合适的话, just open Your Orders on amazon.com, pick "
     "the shoes, 原因选 size too small, 退货标签会自动生成。",
     "Return through Amazon's own page (policy.md D near-misses)."),

    # ================================================================ English clean (13)
    ("clean", [], "en",
     "Desmond, the Tarnhollow 9.5 comes with its middle already marked, so you can find the "
     "halfway point without flaking out the whole rope. Keep it out of direct sun in a parked "
     "car and it will stay supple.",
     "Product advice in reply to a question (policy.md A)."),
    ("clean", [], "en",
     "Wilhelmina, for a first harness, size by your waist at the belly button rather than "
     "your trouser size; the Gritwell medium fits 76 to 86 cm. If you sit between two sizes, "
     "the smaller one usually feels better once the leg loops are snug.",
     "Sizing answer (policy.md A)."),
    ("clean", [], "en",
     "Fergus, climbing shoes stretch about half a size in leather and barely at all in a "
     "synthetic upper. The Pebblecrimp Lite is synthetic, so the snug fit you feel now is "
     "close to how it will stay.",
     "Fit answer (policy.md A)."),
    ("clean", [], "en",
     "Lucinda, the Thudmoss pad is bulky, so the courier will ring ahead to book a delivery "
     "slot; if nobody is home on the first try, they leave a card and come back the next "
     "working day.",
     "Scheduling the delivery of a bulky item (policy.md A)."),
    ("clean", [], "en",
     "Barnaby, the Brakehorn takes ropes from 8.9 to 10.5 mm; your 9.8 sits right in the "
     "middle, so feeding slack and holding falls should both feel smooth after a few "
     "sessions.",
     "Compatibility answer (policy.md A)."),
    ("clean", [], "en",
     "Juniper, brush the Fingerloft edges with a soft nylon brush after each session; chalk "
     "builds up in the grain and makes the wood feel slick. No sanding is needed in the "
     "first year.",
     "Care advice (policy.md A)."),
    ("clean", [], "en",
     "Anouk, the Cairnshell adjusts with a dial at the back of the head; turn it until the "
     "helmet stays put when you nod, and set the chin strap so two fingers fit underneath.",
     "Fitting instructions (policy.md A)."),
    ("clean", [], "en",
     "Mr. Szabo, your parcel is running two days late because of snow at the regional hub; "
     "the courier now expects to deliver it on Thursday. We are sorry for the wait.",
     "A proactive delay notice is a permitted message (policy.md A near-misses)."),
    ("clean", [], "en",
     "Ms. Oyelaran, the engraving you asked for will read SEND IT, MUM in capitals along the "
     "top edge of the hangboard. Please confirm the spelling before Bertrand cuts it, since "
     "wood cannot be un-engraved.",
     "Verifying a custom design (policy.md A)."),
    ("clean", [], "en",
     "Tamsin, each quickdraw has a straight gate at the top and a bent gate at the bottom; "
     "clip the straight-gate end to the bolt and let the rope run through the bent one.",
     "Usage answer (policy.md A)."),
    ("clean", [], "en",
     "Desmond, yes, the Dustmote chalk bag holds a full 200 g block with room to spare, and "
     "the drawstring closes tight enough to carry it upside down in a pack.",
     "Product answer (policy.md A)."),
    ("clean", [], "en",
     "Wilhelmina, a rope should be retired after a hard fall onto a sharp edge or any visible "
     "core damage; from your description, the fuzzy patch on the sheath is ordinary wear, and "
     "the rope is fine to keep using.",
     "Safety answer (policy.md A)."),
    ("clean", [], "en",
     "Fergus, to dry the Pebblecrimps after a wet session, stuff them with newspaper and leave "
     "them somewhere airy, away from the radiator; heat softens the glue around the rand.",
     "Care advice (policy.md A)."),

    # ================================================================ Simplified clean (10)
    ("clean", [], "zh",
     "邹先生，Tarnhollow 动力绳出厂时中点已经做了黑色标记，下次顶绳保护时找那一段就行。",
     "Product answer (policy.md A)."),
    ("clean", [], "zh",
     "谭女士，安全带建议按腰围选，不要按裤子尺码；您说腰围七十八厘米，选中号会比较合适。",
     "Sizing answer (policy.md A)."),
    ("clean", [], "zh",
     "陆老师，抱石垫体积比较大，快递员派送前会先联系您约时间，第一次没人在家的话第二天会再送。",
     "Bulky-item delivery scheduling (policy.md A)."),
    ("clean", [], "zh",
     "小禾，新手的攀岩鞋不用买得太紧，脚趾能微微弯曲、不疼就可以，等技术上来再换更紧的款式。",
     "Fit advice (policy.md A)."),
    ("clean", [], "zh",
     "白阿姨，确保器的侧面刻着主绳走向的图示，照着图把绳子穿进去就不会装反。",
     "Usage answer (policy.md A)."),
    ("clean", [], "zh",
     "邹先生，镁粉受潮结块的话，放在通风的地方晾一天，用手捏碎就能接着用，不影响手感。",
     "Care advice (policy.md A)."),
    ("clean", [], "zh",
     "谭女士，您的包裹因为暴雪在中转站耽搁了，预计晚两天送到，给您添麻烦了。",
     "Proactive delay notice (policy.md A near-misses)."),
    ("clean", [], "zh",
     "陆老师，指力板的安装螺丝在小袋子里，门框上方至少要留出十厘米的空间。",
     "Installation answer (policy.md A)."),
    ("clean", [], "zh",
     "小禾，头盔后面的旋钮往右拧是收紧，往左拧是放松，戴好后低头时不晃就说明合适了。",
     "Fitting answer (policy.md A)."),
    ("clean", [], "zh",
     "白阿姨，快挂直门那一头挂在挂片上，弯门那一头用来挂绳，方向弄反了出绳会不顺。",
     "Usage answer (policy.md A)."),

    # ================================================================ Traditional clean (6)
    ("clean traditional taiwanese", [], "zh",
     "呂小姐，攀岩鞋剛開始會有點緊，多穿幾次就會比較服貼喔，不用擔心。",
     "Fit answer (policy.md A)."),
    ("clean traditional taiwanese", [], "zh",
     "戴先生，抱石墊的體積比較大，會由貨運另外配送，司機到之前會先跟您約時間喔。",
     "Bulky-item delivery scheduling (policy.md A)."),
    ("clean traditional taiwanese", [], "zh",
     "倪小姐，繩子用完請收在陰涼的地方，不要曬到太陽，也別跟汽油之類的東西放在一起喔。",
     "Care advice (policy.md A)."),
    ("clean traditional cantonese", [], "zh",
     "霍生，頭盔後面嗰個轉盤，向右扭就會收緊，戴好之後點頭都唔郁就啱。",
     "Fitting answer (policy.md A)."),
    ("clean traditional cantonese", [], "zh",
     "伍太，鎂粉袋可以扣喺安全帶後面，個袋口用索帶拉緊就唔會倒出嚟。",
     "Usage answer (policy.md A)."),
    ("clean traditional cantonese", [], "zh",
     "龔小姐，你部指力板嘅螺絲喺細袋入面，門框上面最少要留十厘米位。",
     "Installation answer (policy.md A)."),

    # ================================================================ Mixed clean (1)
    ("clean mixed", [], "mixed",
     "Hi 邹先生, 你的 harness 的 leg loops 可以调节, 后面那根 elastic 往下拉就能松开一点, 不用绑得太紧。",
     "Fitting answer in a code-switched reply (policy.md A)."),
]


def records():
    """The 160 records, shuffled with random.Random(83) and numbered."""
    items = list(ENTRIES)
    random.Random(83).shuffle(items)
    out = []
    for i, (tags, labels, lang, text, note) in enumerate(items, 1):
        out.append({"id": "h83-%03d" % i, "text": text, "labels": sorted(labels),
                    "lang": lang, "tags": tags.split(), "note": note})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout83.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(ENTRIES), path))


if __name__ == "__main__":
    main()
