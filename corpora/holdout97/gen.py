#!/usr/bin/env python3
"""Builds holdout97.jsonl: 160 hand-labelled messages from the invented seller Yeastlark Kitchen Co.

Every record is written by hand below, grouped by category and language, then shuffled with
random.Random(97) and numbered h97-001 .. h97-160.  Labels cover only the three content
policies of /work/shared/interface.md.  Hard-to-see characters are spelled with the named
constants below; the JSON file stores them as themselves (ensure_ascii=False).

Usage: python3 gen.py            (writes holdout97.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout97.jsonl")

M = "marketing"
O = "off-platform-contact"
R = "review-inducement"

# ---------------------------------------------------------------- hard-to-see characters
ZW = "\u200b"          # zero-width space
CY_A = "\u0430"        # Cyrillic small a, looks like Latin a
STAR = "\u2b50"        # emoji star
GIFT = "\U0001f381"    # emoji wrapped present


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @, dot ...)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def spaced(s):
    """Letters with a space between each: 'W h a t s A p p'."""
    return " ".join(s)


def rec(text, labels, lang, tags, note):
    return {"text": text, "labels": sorted(labels), "lang": lang, "tags": tags, "note": note}


RAW = []
add = RAW.append

# ============================================================ VIOLATIONS: English (27)
add(rec("Hi Rosamund, thanks again for picking up the Glasswade 4L jar on order "
        "113-2874190-5561023. Before your next brew, here is a little something: the code "
        "BREW15 takes 15% off anything else in our Amazon shop until the end of the month.",
        [M], "en", ["violation", "plain", "coupon", "discount"],
        "A discount code for a future purchase tucked into an order message is promotion "
        "(policy.md B: coupons, 'including within otherwise permitted communications')."))
add(rec("Hello Jasper, glad to hear the first batch came out with a good fizz. If the "
        "Mothercake culture has earned a place on your counter, the product page is where other "
        "home brewers look before they decide, and a few lines from you there would count "
        "for a lot. If it has let you down in any way, please skip that step and tell us here "
        "first so we can put it right.",
        [R], "en", ["violation", "careful", "gating"],
        "Invites only satisfied buyers to write on the product page and sends unhappy ones to "
        "the seller first, with no review keyword (policy.md C3, section e point 6)."))
add(rec("Hi Greta, the new kneading paddle went out this morning with tracking "
        "TBA519384027716. Since your message we have re-tested the whole batch and changed the "
        "coating supplier. The words you posted on the bread machine's page still describe the "
        "old problem. It would be kind of you to bring them up to date now that it's sorted.",
        [R], "en", ["violation", "split", "change-review"],
        "Asks the buyer to edit a posted product review after a fix; the request is assembled "
        "over the last two sentences (policy.md C4, 'even after an issue is resolved')."))
add(rec("Hi Desmond, sorry the dough keeps collapsing in the B2. Caius is much quicker talking "
        "it through than typing: ring him on 608-555-0186 any weekday between 9 and 5 Central and "
        "he'll go through the settings with you.",
        [O], "en", ["violation", "careful", "phone"],
        "The shop's own number for support, not a carrier or warranty line (policy.md D3)."))
add(rec("Hi Lucian, good news about the paddles you were after. We keep a bigger stock of them "
        "in our own shop, away from Amazon. They also cost a few dollars less there, since no "
        "marketplace fee has to be covered. Reply here and we'll tell you how to find it.",
        [M, O], "en", ["violation", "split", "discount", "diversion"],
        "Steers the buyer to the seller's own shop at a lower price, over three sentences with "
        "no address in any of them (policy.md D6; B)."))
add(rec("Hi Honora, a quick thank-you for order 114-7309265-1184302. Once your review of the "
        "Clasply bottles is live, pop a picture of it into this thread and the whole cost of the "
        "set comes back to your card.",
        [R], "en", ["violation", "plain", "incentive"],
        "Money back in exchange for a posted review (policy.md C1; the reimbursement example "
        "in C)."))
add(rec("Hi Pilar, thank you for choosing the Litmoor strips. Small shops like ours live or die "
        "by that little row of shapes under the product title, and only a full row really moves "
        "us up the page. If you can spare one minute, that is the single thing that helps most.",
        [R], "en", ["violation", "careful", "rating-request"],
        "Asks for the top rating without saying 'star' or 'review' (policy.md C2; section e "
        "point 6 on euphemism)."))
add(rec("Hi Cedric, your flip-top bottles should be with you by Thursday. A lot of brewers who "
        "buy them soon want to flavour each bottle differently. That is what our Clasply "
        "fruit-infuser caps were made for. They went live this week and screw straight onto the "
        "bottles you ordered.",
        [M], "en", ["violation", "split", "new-product", "cross-sell"],
        "A delivery note that turns into an announcement of a just-launched accessory for the "
        "item bought (policy.md B: new arrivals, matching accessories)."))
add(rec("Hi Yolanda, the pictures of the film on your culture are too small to judge in this "
        "window. Ingrid would like to see them at full size, so please send them to "
        "ingrid@yeastlarkkitchen.com and she'll get back to you tonight.",
        [O], "en", ["violation", "careful", "email"],
        "Gives a seller e-mail address to move the conversation out of Amazon messaging "
        "(policy.md D2)."))
add(rec("Hi Mr. Varga, thanks for order 112-9047316-2285530. We've just begun a referral "
        "scheme: when a friend buys a Mothercake kit and gives us your name, you both get $8 off "
        "your next Yeastlark order.",
        [M], "en", ["violation", "plain", "referral"],
        "A refer-a-friend reward is promotion (policy.md B, refer-a-friend example)."))
add(rec("Hi Ms. Thornbury, really pleased the B2 suits your small kitchen. Plenty of people "
        "worry about noise before they buy a bread machine. As you've noticed, it runs quieter "
        "than a fridge. If you do write up your thoughts on Amazon, that is the detail those "
        "people look for, and 'compact bread machine for small kitchens' is what most of them "
        "type in.",
        [R], "en", ["violation", "split", "steering"],
        "Feeds the buyer the point to make and the search phrase to use in the review; the "
        "pieces sit in different sentences (policy.md C7, 'attempt to influence the review')."))
add(rec("Hi Greta, the Seeded Rye packs you had in March were gone for most of the summer. They "
        "are back on the shelf from Monday. Last time they sold out inside three weeks. Most "
        "people who liked them picked up three or four at once.",
        [M], "en", ["violation", "split", "buy-again", "restock"],
        "A back-in-stock notice with urgency and a nudge to stock up, one piece per sentence "
        "(policy.md B; interface.md marketing, 'buy again' pushes)."))
add(rec("Hi Jasper, Amazon's message box sometimes squashes videos, so WhatsApp us a short clip "
        "of the paddle noise on +1 (608) 555-0153 and we'll diagnose it from there.",
        [O], "en", ["violation", "plain", "phone", "messaging-app"],
        "A messaging app and the shop's number (policy.md D3, D4)."))
add(rec("Hi Lucian, the missing bottle cap has been credited and a spare is on its way. One more "
        "thing, if we may. The seller rating you left last week is now the lowest one on our "
        "account. With the problem fixed, we'd be grateful if it didn't stay there.",
        [R], "en", ["violation", "split", "feedback-pressure"],
        "Presses the buyer to withdraw seller feedback because it hurts the account; the "
        "neutral notice allowed in C5 leaves the choice to the buyer and names no harm "
        "(policy.md C5)."))
add(rec("Hi Cedric, there's far more to second fermentation than fits in a message. We post "
        "short how-tos most weeks as @yeastlark.brews on the app everyone uses for food photos, "
        "and following along is the easiest way to catch each new flavour idea.",
        [M, O], "en", ["violation", "careful", "follow", "social"],
        "A social handle plus a call to follow, with the app only hinted at (policy.md D4; B "
        "'Follow us' example)."))
add(rec("Hi Pilar, your pH strips are on their way. Heads up: our whole bread-mix range is in "
        "the Labor Day sale on Amazon from Friday to Monday, every flavour marked down.",
        [M], "en", ["violation", "plain", "sale"],
        "A sale announcement added to a shipping note (policy.md B)."))
add(rec("Hi Desmond, thanks for ordering the Glasswade jar; most first-time brewers come back "
        "for strips and bottles within a fortnight, so we've put all three under one listing at "
        "amazon.com/dp/B0F4KL7Q9M to save you the second trip.",
        [M], "en", ["violation", "careful", "listing-link", "bundle"],
        "Pushes a bundle through a link to another Amazon listing; an Amazon link is not "
        "off-platform, but a detail-page link in a proactive message is promotion (policy.md D1, "
        "B; see the README's judgement calls)."))
add(rec("Hi Yolanda, glad the Honey Oat mix rose well for you. If you'd be willing to put your "
        "thoughts about it on the Amazon page, we'd like to slip two more packs into a box for "
        "you afterwards, as our way of saying thanks.",
        [R], "en", ["violation", "careful", "incentive"],
        "Product for a review, worded as a thank-you (policy.md C1: 'free or discounted "
        "products')."))
add(rec("Hi Mr. Varga, sorry about the cracked jar lid. Going through Amazon's process takes a "
        "couple of weeks. We can settle it faster between ourselves. Send us the address you use "
        "for online payments and the money will be with you today.",
        [O], "en", ["violation", "split", "payment"],
        "Offers to pay the buyer outside Amazon; the channel and the request sit in different "
        "sentences (policy.md D5)."))
add(rec("Hi Ms. Thornbury, for a standing monthly order of culture food and strips, it's simpler "
        "for both sides if you order straight from us rather than through the marketplace. Just "
        "reply with what you need each month and we'll send you our own invoice directly.",
        [O], "en", ["violation", "careful", "diversion"],
        "Moves repeat purchases out of the Amazon sales process (policy.md D6; Code of Conduct in "
        "D)."))
add(rec("Hi Rosamund, this month's giveaway is a complete Glasswade brewing set. Reply to this "
        "message with the word BATCH and your name goes into the draw on the 30th.",
        [M], "en", ["violation", "plain", "giveaway"],
        "A prize draw offered to a buyer is promotion (policy.md B, giveaway example)."))
add(rec("Hi Lucian, we hope the bottles are holding their seal. If they are, the bottles' Amazon "
        "page is where a sentence from you does the most good. If they aren't, that page can "
        "wait. Tell us in this thread first and we'll make it right before anything goes public.",
        [R], "en", ["violation", "split", "gating"],
        "Happy buyers to the product page, unhappy ones to the seller first; each sentence alone "
        "is harmless (policy.md C3)."))
add(rec("Hi Honora, we keep a short list of regular brewers who hear about new cultures and "
        "early batches a few days before anyone else, and get first pick at the members' price. "
        "Say the word and we'll put you on it.",
        [M], "en", ["violation", "careful", "vip-list"],
        "An invitation to an exclusive customer list with its own prices (policy.md B, VIP club "
        "example)."))
add(rec("Hi Jasper, inside the lid of the bread machine box there's a small printed card. The "
        "square pattern in its corner opens our own help desk. Point your camera at it and Caius "
        "will pick up from there.",
        [O], "en", ["violation", "split", "qr"],
        "A scannable code that takes the buyer to a seller help desk off Amazon (policy.md D1, "
        "section e point 3)."))
add(rec("Hi Pilar, thank you for bearing with us on the delay. If you do decide to say "
        "something about the strips on Amazon, we'd be grateful for the top mark rather than a "
        "middling one; a single four drags a small listing down more than you'd think.",
        [R], "en", ["violation", "careful", "rating-request"],
        "Asks for the highest rating and warns against a four, without the word 'star' "
        "(policy.md C2)."))
add(rec("Hi Greta, the new kneading paddle will reach you Wednesday. People who bake in the B2 "
        "every day tend to wear through the non-stick pan after a year or so. We sell a spare pan "
        "that drops straight in. It's worth keeping one in the cupboard.",
        [M], "en", ["violation", "split", "cross-sell"],
        "A shipping update that ends in selling another product (policy.md B)."))
add(rec("Hi Desmond, there's a Facebook group called Yeastlark Brew Circle where our customers "
        "swap flavour recipes and sort out problems together; ask to join and one of us will let "
        "you in.",
        [O], "en", ["violation", "plain", "social"],
        "Sends the buyer to a seller-run social group (policy.md D4)."))

# ============================================================ VIOLATIONS: Simplified Chinese (19)
add(rec("魏女士您好，感谢购买Glasswade发酵罐。您在亚马逊上写完评价后截个图发给我们，"
        "我们用支付宝返您二十元作为感谢。",
        [O, R], "zh", ["violation", "plain", "payment", "incentive"],
        "Cash for a review, paid through Alipay outside Amazon (policy.md C1, D5)."))
add(rec("邵先生您好，听说第一炉面包烤得很成功，真替您高兴。要是这台面包机让您觉得值，"
        "欢迎到商品页面跟其他买家说说；要是哪里用着不顺手，先别急着写，直接在这里告诉阿棠，"
        "我们马上处理。",
        [R], "zh", ["violation", "careful", "gating"],
        "Only satisfied buyers are invited to write; unhappy ones are held back (policy.md C3)."))
add(rec("姚阿姨您好，漏液的那个瓶盖我们已经重新寄出了。新换的密封圈是加厚的，不会再渗。"
        "您之前在商品页留下的那几句话，说的还是旧瓶盖的问题。现在问题解决了，方便的话麻烦您"
        "再去改一改，让后来的人看到最新情况。",
        [R], "zh", ["violation", "split", "change-review"],
        "Asks the buyer to revise a product review after the fix (policy.md C4)."))
add(rec("汪老师您好，菌膜的颜色光看文字不好判断。您加一下阿棠，号码是 yeastlark_zh，"
        "把照片直接发过去，她晚上就能帮您看。",
        [O], "zh", ["violation", "careful", "messaging-app"],
        "A chat-app ID given without naming the app (policy.md D4)."))
add(rec("小禾您好，您的翻盖瓶已经发出。下次在店里买试纸或菌种时，结账输入优惠码 SCOBY10 "
        "可以再减10%，本月底前有效。",
        [M], "zh", ["violation", "plain", "coupon"],
        "A discount code in a shipping note (policy.md B)."))
add(rec("宁先生您好，很多人用完第一罐会嫌4升不够大。我们刚做出了一款8升的Glasswade，"
        "玻璃更厚，还带龙头。这周已经上架，店铺页面 amazon.com/stores/Yeastlark 里就能看到。",
        [M], "zh", ["violation", "split", "new-product", "listing-link"],
        "Announces a new product and links the storefront (policy.md B; D1 on storefront links; "
        "see the README's judgement calls)."))
add(rec("宁先生您好，以后再要补菌种的话，不用绕道亚马逊，直接跟我们说一声就行，"
        "我们按出厂价给您发，省掉平台那一截。",
        [M, O], "zh", ["violation", "careful", "discount", "diversion"],
        "Invites buying outside Amazon at a lower price (policy.md D6; B)."))
add(rec("包女士您好，预拌粉用得还顺手吗？好多买家会在商品页晒一张面包切面的照片。"
        "晒过的朋友，我们都会再寄一包新口味过去，算是一点心意。",
        [R], "zh", ["violation", "split", "incentive"],
        "A product sent to everyone who posts on the product page: a reward for a review, "
        "spread over two sentences (policy.md C1)."))
add(rec("郝老师您好，谢谢您一直支持。我们是小店，页面上那一排分数对我们特别要紧，"
        "如果您愿意去打分，恳请给满，四个和五个差别真的很大。",
        [R], "zh", ["violation", "careful", "rating-request"],
        "Asks for the full rating without 星 or 评 (policy.md C2; section e point 6)."))
add(rec("小蔚您好，售后照片在这里上传会被压缩，麻烦发到我们的邮箱 care@yeastlarkkitchen.com，"
        "标题写上订单号就好。",
        [O], "zh", ["violation", "plain", "email"],
        "A seller e-mail address (policy.md D2)."))
add(rec("汪老师您好，您买的是单个发酵罐。其实罐子、试纸和二十个翻盖瓶我们有一个组合装。"
        "三样一起拿比分开买省不少。需要的话回复一声，我们把页面发给您。",
        [M], "zh", ["violation", "split", "bundle"],
        "Pushes a bundle after the purchase (policy.md B, 'buy 2 get 1' kind of offer)."))
add(rec("宁先生您好，少发的搅拌叶已经补寄，单号 TBA660217438905。您上周给店铺留的那条反馈，"
        "现在是我们账户里唯一一条低分，店铺的各项指标都被它拖着。问题既然已经解决，"
        "还请您高抬贵手。",
        [R], "zh", ["violation", "careful", "feedback-pressure"],
        "Pressure to withdraw seller feedback because it drags the account down (policy.md C5)."))
add(rec("小禾您好，试纸已经发出。顺便告诉您，双十一期间我们全店菌种和预拌粉都打八折，"
        "记得来看看。",
        [M], "zh", ["violation", "plain", "sale"],
        "A store-wide sale announced in a shipping note (policy.md B)."))
add(rec("包女士您好，面包机报错E3的情况比较少见。文字来回说可能要好几天。Caius 晚上八点以后"
        "都在。包装盒里那张小卡片背面印着他的号码，打过去几分钟就能说清楚。",
        [O], "zh", ["violation", "split", "phone"],
        "Invites a call to the seller's number printed on an insert; no sentence holds both the "
        "person and the channel (policy.md D3; section e point 3 on inserts)."))
add(rec("郝老师您好，和您这次买的黑麦预拌粉同一系列的全麦口味在这里："
        "amazon.com/dp/B0F4KL7Q9M，一起放进购物车正好。",
        [M], "zh", ["violation", "careful", "cross-sell", "listing-link"],
        "Cross-sells through a detail-page link (policy.md B; D1 on Amazon detail links)."))
add(rec("姚阿姨您好，菌种的养护步骤写成文字太长了。我们把每一步都拍成了视频，放在 "
        "yeastlarkkitchen.com/care 这个页面上。懒得打字的话，扫一下盒子侧面那个黑白小方块"
        "也能直接打开。",
        [O], "zh", ["violation", "split", "url", "qr"],
        "A link to the seller's own site and a scannable square that opens it (policy.md D1)."))
add(rec("魏女士您好，谢谢您愿意分享用后感。写的时候如果能提一句“三天就出膜”，"
        "再配一张瓶子的照片，对还在犹豫的人帮助最大。",
        [R], "zh", ["violation", "careful", "steering"],
        "Dictates what to write and what photo to add (policy.md C7)."))
add(rec("邵先生您好，感谢这次下单。我们在小红书有个账号叫 Yeastlark发酵日记。"
        "每个月从留言里抽一位送整套发酵罐。关注之后在最新一条下面留言就算参加。",
        [M, O], "zh", ["violation", "split", "giveaway", "follow", "social"],
        "A social account, a follow request and a prize draw (policy.md B, D4)."))
add(rec("包女士您好，退款已经原路退回。麻烦您有空把商品页上那条一星的评价删掉，"
        "毕竟问题已经处理好了。",
        [R], "zh", ["violation", "plain", "change-review"],
        "Asks to delete a product review after a refund (policy.md C4)."))

# ============================================================ VIOLATIONS: Traditional Chinese (12)
# Taiwan (6)
add(rec("江小姐您好，謝謝您購買Clasply扣蓋瓶。留下評價之後截圖傳訊息給我們，"
        "就送您一包蜂蜜燕麥預拌粉喔。",
        [R], "zh", ["violation", "plain", "incentive", "traditional", "taiwanese"],
        "A product for a review screenshot (policy.md C1)."))
add(rec("潘先生您好，菌膜是發霉還是正常的酵母斑，要看照片才準。您直接加我們的官方帳號 "
        "@yeastlarktw，照片傳過去，阿棠今天就回您喔。",
        [O], "zh", ["violation", "careful", "messaging-app", "traditional", "taiwanese"],
        "A LINE official-account ID without naming the app (policy.md D4)."))
add(rec("卓小姐您好，很多人在問的裸麥預拌粉斷貨了好一陣子。這週終於到貨了。"
        "這批數量不多，上次很快就被搶光，想要的話要早點下單喔。",
        [M], "zh", ["violation", "split", "restock", "traditional", "taiwanese"],
        "A restock notice with urgency (policy.md B)."))
add(rec("戴小姐您好，麵包機用起來順手的話，歡迎到商品頁跟大家分享幾句；如果有任何不滿意，"
        "拜託先別公開寫，直接傳訊息給我們，我們一定處理到好。",
        [R], "zh", ["violation", "careful", "gating", "traditional", "taiwanese"],
        "Invites only satisfied buyers and holds back unhappy ones (policy.md C3)."))
add(rec("俞先生您好，破掉的發酵罐真的很抱歉。走亞馬遜的流程要等比較久。我們這邊可以不經過平台，"
        "自己處理。您把帳號傳給我們，今天就入帳。",
        [O], "zh", ["violation", "split", "payment", "traditional", "taiwanese"],
        "Money sent to the buyer's account outside Amazon instead of Amazon's refund (policy.md "
        "D5)."))
add(rec("卓小姐您好，感謝您這次的訂單。下次在我們的賣場結帳時輸入折價券代碼 LOAF20，"
        "全館預拌粉再打八折喔。",
        [M], "zh", ["violation", "plain", "coupon", "discount", "traditional", "taiwanese"],
        "A code and a store-wide discount (policy.md B)."))
# Hong Kong / Cantonese (6)
add(rec("文太你好，部麵包機嘅問題打字講唔清楚，你直接搵 Caius 傾兩句好過，"
        "佢嘅號碼係 07700 900649，夜晚都得。",
        [O], "zh", ["violation", "careful", "phone", "traditional", "cantonese"],
        "A staff member's own number (policy.md D3)."))
add(rec("容生你好，換咗嘅攪拌葉今日已經寄出。之前嗰個問題我哋已經搞掂。"
        "你喺產品頁寫嘅嗰段嘢而家同實際情況唔啱。得閒嘅話可唔可以執一執佢？",
        [R], "zh", ["violation", "split", "change-review", "traditional", "cantonese"],
        "Asks the buyer to revise the product-page text after the fix (policy.md C4)."))
add(rec("石小姐你好，我哋有個熟客名單。入咗嘅客人會早幾日知道新口味。價錢都同其他人唔同。"
        "你想加入嘅話回覆一句就得。",
        [M], "zh", ["violation", "split", "vip-list", "traditional", "cantonese"],
        "An exclusive list with its own prices, built up over four short sentences (policy.md "
        "B)."))
add(rec("霍生你好，多謝你買我哋嘅發酵罐。二次發酵加味嘅方法好多。我哋喺 Instagram 有個帳號 "
        "@yeastlark.brews，每個禮拜都會出新配方。Follow 咗就唔會錯過。",
        [M, O], "zh", ["violation", "split", "follow", "social", "traditional", "cantonese"],
        "A social handle and a call to follow (policy.md D4; B)."))
add(rec("甘小姐你好，多謝幫襯。麻煩俾個五星評價我哋，小店真係好需要大家支持。",
        [R], "zh", ["violation", "plain", "rating-request", "traditional", "cantonese"],
        "Asks outright for five stars (policy.md C2)."))
add(rec("石小姐你好，你上個月買嘅菌種應該已經養到第三代。通常到呢個時候啲茶湯會開始偏酸。"
        "好多客人都會喺呢個階段再入一套新菌種。記得留意下我哋嘅頁面。",
        [M], "zh", ["violation", "split", "buy-again", "traditional", "cantonese"],
        "Nudges the buyer to buy the culture again (interface.md marketing; policy.md B)."))

# ============================================================ VIOLATIONS: mixed (2)
add(rec("Hi 小蔚, your order is on the way! 另外 we just launched 新品 kombucha flavour kit, "
        "现在下单 use code RISE12 for 12% off.",
        [M], "mixed", ["violation", "plain", "coupon", "new-product", "mixed"],
        "A launch and a code in a shipping note, code-switched (policy.md B)."))
add(rec("Hi 霍生, 部 bread machine 嘅問題, 你直接 text 去 07700 900385 會快過喺度等, "
        "Caius 見到就會覆你.",
        [O], "mixed", ["violation", "careful", "phone", "traditional", "cantonese", "mixed"],
        "The shop's number offered for texting, in Cantonese and English (policy.md D3)."))

# ============================================================ EVASIONS (20)
# English (8)
add(rec("Hi Cedric, for quicker help with the culture, message Ingrid on " + spaced("Telegram")
        + " as @yeastlark_desk, or text her on six oh eight, five five five, oh one five three; "
        "she answers within the hour.",
        [O], "en", ["evasion", "phone", "messaging-app", "spacing", "number-words"],
        "App name spaced out and the number spelled in words (policy.md D3, D4; section e "
        "normalisation table)."))
add(rec("Hi Honora, thanks for order 111-3905728-4416093. Leave a f1ve-st4r r3view for the "
        "Glasswade jar and a b0nus pack of pH strips goes in the post to you.",
        [R], "en", ["evasion", "incentive", "rating-request", "leetspeak"],
        "Leetspeak for 'five-star review' and a bonus product for it (policy.md C1, C2; "
        "section e)."))
add(rec("Hi Lucian, our " + fw("website") + " has the same jars for less: "
        + fw("yeastlarkkitchen.com") + ". No marketplace fees there, so we pass the saving on.",
        [M, O], "en", ["evasion", "discount", "url", "diversion", "fullwidth"],
        "Full-width letters hide the seller's domain and the lower-price diversion "
        "(policy.md D1, D6; B; section e)."))
add(rec("Hi Lucian, a quick favour: a five-st" + CY_A + "r rev" + ZW + "iew on the B2's page "
        "would make our week.",
        [R], "en", ["evasion", "rating-request", "homoglyph", "zero-width"],
        "'five-star review' with a Cyrillic a and a zero-width space (policy.md C2; section e)."))
add(rec("Hi Yolanda, photos come through blurry in here. Please send the batch pictures to "
        "yeastlark dot ingrid at gmail dot com instead and Ingrid will answer from there.",
        [O], "en", ["evasion", "email", "spelled-email"],
        "An e-mail address spelled out to dodge stripping (policy.md D2; section e point 7)."))
add(rec("Hi Pilar, if the machine beeps again, message Caius on the green app: six oh eight, "
        "five five five, oh one eight six. He'll talk you through it.",
        [O], "en", ["evasion", "phone", "messaging-app", "number-words", "nickname"],
        "A chat app by nickname and a number in words (policy.md D3, D4)."))
add(rec("Hi Rosamund, follow us on Inst" + CY_A + "gr" + CY_A + "m @yeastlark.brews for brewing "
        "tips and our monthly give" + CY_A + "w" + CY_A + "ys.",
        [M, O], "en", ["evasion", "giveaway", "follow", "social", "homoglyph"],
        "Cyrillic a inside 'Instagram' and 'giveaways' (policy.md B, D4; section e)."))
add(rec("Hi Greta, hope the first loaf came out well. When you get a moment, "
        + STAR * 5 + " on the B2's Amazon page would make the whole team smile.",
        [R], "en", ["evasion", "rating-request", "emoji"],
        "Five emoji stars stand for a five-star request (policy.md C2; E prohibited examples)."))
# Simplified Chinese (7)
add(rec("宁先生您好，面包机到了就帮忙写个好*评，截图发过来，返您 hongbao 十五元。",
        [R], "zh", ["evasion", "incentive", "rating-request", "separator", "pinyin"],
        "好评 broken by an asterisk and 红包 in pinyin: cash for a positive review "
        "(policy.md C1, C2; section e)."))
add(rec("包女士您好，发酵的问题看图片更清楚，加一下薇信 yeastlark_zh，阿棠一对一帮您看；"
        "或者把照片发到 yeastlark dot care at gmail dot com 也行。",
        [O], "zh", ["evasion", "email", "messaging-app", "homophone", "spelled-email"],
        "薇信 for 微信 and a spelled-out address (policy.md D2, D4; section e)."))
add(rec("小禾您好，菌种的事情说起来比较长，打这个号码更快：六零八五五五零一五三，"
        "找阿棠就行。",
        [O], "zh", ["evasion", "phone", "cn-numerals"],
        "A phone number in Chinese numerals (policy.md D3; section e)."))
add(rec("郝老师您好，本店老规矩：好" + ZW + "评" + ZW + "返" + ZW + "现，每单返十元，"
        "截图发给阿棠即可。",
        [R], "zh", ["evasion", "incentive", "zero-width"],
        "好评返现 with zero-width spaces between the characters (policy.md C1; section e)."))
add(rec("姚阿姨您好，试纸颜色怎么看，我们有个绿泡泡群，天天有人交流。搜 yeastlark "
        "后面加 _zh 就能加到阿棠，她拉您进群。",
        [O], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
        "绿泡泡 for WeChat and the ID given in two pieces (policy.md D4; section e)."))
add(rec("小蔚您好，翻盖瓶如果用着满意，麻烦给个 五 星 好 评；不满意就先找我们，别急着写。",
        [R], "zh", ["evasion", "rating-request", "gating", "spacing"],
        "五星好评 spaced out, plus gating of unhappy buyers (policy.md C2, C3; section e)."))
add(rec("邵先生您好，下次回来买预拌粉记得先找阿棠要个码，youhui 多多，dazhe 力度比页面上还大"
        + GIFT,
        [M], "zh", ["evasion", "coupon", "discount", "buy-again", "pinyin", "emoji"],
        "优惠 and 打折 in pinyin and a code on request, to invite a repeat purchase at a lower "
        "price (policy.md B; section e)."))
# Traditional Chinese (4)
add(rec("江小姐您好，菌種養護有問題的話，加我們" + fw("LINE") + "：" + fw("@yeastlarktw")
        + "，傳照片比較快喔。",
        [O], "zh", ["evasion", "messaging-app", "fullwidth", "traditional", "taiwanese"],
        "A LINE ID in full-width letters (policy.md D4; section e)."))
add(rec("潘先生您好，麵包機的問題打字說不清楚，拜託加一下我們的賴，帳號先打 yeastlark "
        "後面加 tw 就是了，用視訊看一下馬上知道。",
        [O], "zh", ["evasion", "messaging-app", "homophone", "split-handle", "traditional",
                    "taiwanese"],
        "賴 for LINE and the ID in two pieces (policy.md D4; section e)."))
add(rec("文太你好，試紙嘅顏色唔識睇嘅話，WhatsApp 我哋 〇七七〇〇 九〇〇三八五 啦，"
        "即時幫你睇。",
        [O], "zh", ["evasion", "phone", "messaging-app", "cn-numerals", "traditional",
                    "cantonese"],
        "A UK number in Chinese numerals for WhatsApp (policy.md D3, D4; section e)."))
add(rec("石小姐你好，得閒幫手留個好/評，之後我哋寄多包預拌粉俾你。",
        [R], "zh", ["evasion", "incentive", "rating-request", "separator", "traditional",
                    "cantonese"],
        "好評 split by a slash, with a pack promised for it (policy.md C1, C2; section e)."))
# mixed (1)
add(rec("Hi 小禾, 新口味 Ryeglow 上架了! Next time 用 code L0AF20 下单, discount 更多哦.",
        [M], "mixed", ["evasion", "coupon", "new-product", "leetspeak", "mixed"],
        "The code LOAF20 written with a zero for the O, with a launch notice (policy.md B; "
        "section e)."))

# ============================================================ NEAR-MISSES: English (23)
add(rec("Hi Rosamund, I'm sorry the Glasswade jar arrived with a chip in the rim. A replacement "
        "is already on its way at no cost to you under order 114-5086213-7729450, and there's no "
        "need to post the damaged one back; please wrap it and recycle it safely.",
        [], "en", ["near-miss", "remedy"],
        "A replacement as a remedy for damage, not a promotion or a review reward (policy.md B "
        "near-misses)."))
add(rec("Hi Jasper, thanks for asking about order 112-5550148-3927061. The second bottle set in "
        "it was held back because the caps hadn't passed our leak test; it leaves tomorrow with "
        "USPS tracking 9400 1118 2047 6635 9182 40.",
        [], "en", ["near-miss", "lookalike-number"],
        "The order id holds a 555-01xx block and the tracking number is long; neither is a phone "
        "number (policy.md D near-misses)."))
add(rec("Hi Honora, the courier needs a reference to book the two-person slot for the bread "
        "machine, so please quote order 111-6085550-1539274 when they get in touch. They'll "
        "offer a morning or an afternoon window.",
        [], "en", ["near-miss", "lookalike-number"],
        "An order id whose digits read like 608-555-0153; bulky-delivery scheduling is a "
        "permitted purpose (policy.md D near-misses; A)."))
add(rec("Hi Greta, thank you for telling us the paddle problem is solved. Whatever you wrote "
        "about the machine is yours to keep as it is; we will never ask anyone to edit or take "
        "down a review, and nothing about your order depends on it.",
        [], "en", ["near-miss", "negation"],
        "A negated statement about reviews, no request (policy.md section 0 point 4 on "
        "negation)."))
add(rec("Hi Lucian, this is Yeastlark Kitchen about order 113-7042958-6610384. If you have a "
        "moment, you're welcome to describe your experience with the Clasply bottles in a review "
        "on Amazon, whether it went well or not. Thank you for shopping with us.",
        [], "en", ["near-miss", "neutral-request"],
        "One neutral review request with no rating, reward or condition (interface.md; "
        "policy.md C near-misses, section b)."))
add(rec("Hello Pilar, regarding order 112-3361790-4058126: other home bakers read reviews "
        "before they pick a bread mix, and your honest account of the Ryeglow pack would be "
        "useful to them. There's no obligation, and we won't write to you about it again.",
        [], "en", ["near-miss", "neutral-request"],
        "A neutral, once-only request that asks for an honest account (policy.md section b "
        "neutral wording; interface.md)."))
add(rec("Hi Desmond, to send the bread machine back, open Your Orders on Amazon, pick order "
        "114-2958037-1146629 and choose Return or Replace Items; Amazon will give you a prepaid "
        "label.",
        [], "en", ["near-miss", "amazon-page"],
        "Points to Amazon's own returns flow, no outside link (policy.md D near-misses)."))
add(rec("Hi Yolanda, the invoice for order 113-9620417-3385016 is in Your Orders on amazon.com; "
        "open the order and choose Invoice, and Amazon builds the PDF for you.",
        [], "en", ["near-miss", "amazon-page"],
        "Amazon's own order page for an invoice the buyer needs (policy.md A: sending an "
        "invoice; D near-misses)."))
add(rec("Hi Cedric, you asked why the total dropped at checkout: the coupon you saw on the "
        "listing is one Amazon runs itself, applied when you tick the box on the product page. "
        "There is nothing to enter, and we have no code of our own to give out.",
        [], "en", ["near-miss", "answer"],
        "Explains an Amazon promotion the buyer asked about and offers nothing (policy.md B "
        "near-misses)."))
add(rec("Hi Mr. Varga, thanks for offering your number, but we can't move this to phone or "
        "text; we keep every conversation here in Amazon messages so there's a record for both "
        "of us. Please attach the photos of the warped paddle in this thread.",
        [], "en", ["near-miss", "refusal"],
        "Declines to leave Amazon messaging (policy.md D)."))
add(rec("Hi Ms. Thornbury, we'd rather not switch to WhatsApp: Amazon asks sellers to handle "
        "support inside its own messaging, and that protects you too. Send the clip here and "
        "Caius will look at it today.",
        [], "en", ["near-miss", "refusal"],
        "Names an app only to refuse it (policy.md D4)."))
add(rec("Hi Honora, the new lid reached you yesterday and you said the jar now seals properly; "
        "we're glad it's settled. If you feel we have resolved things, Amazon lets you revise or "
        "take down the seller feedback you left earlier. That choice is entirely yours.",
        [], "en", ["near-miss", "feedback-notice"],
        "Amazon's permitted post-resolution notice about seller feedback, choice left to the "
        "buyer (policy.md C5 allowed form; judgement call)."))
add(rec("Hi Jasper, yes: the Clasply bottles are lead-free soda-lime glass and the gaskets are "
        "food-grade silicone, so nothing leaches into the kombucha during the second ferment.",
        [], "en", ["near-miss", "product-word"],
        "'lead-free' is a material fact, not an offer (policy.md B near-misses)."))
add(rec("Hi Pilar, the Ryeglow Seeded Rye mix is dairy-free with no added sugar; the only "
        "sweetness comes from a little malt. On the B2, use the Whole Wheat program with a "
        "medium crust.",
        [], "en", ["near-miss", "product-word"],
        "'dairy-free' is a recipe fact (policy.md B near-misses)."))
add(rec("Hi Lucian, you wrote: \"Can't you just email the manual to lucian.marsh@example.com?\" "
        "We can't send files to outside addresses, so the B2 manual is attached here as a PDF "
        "instead.",
        [], "en", ["near-miss", "quoted-buyer"],
        "The only address is the buyer's own, quoted; the seller keeps to Amazon (policy.md D "
        "near-misses)."))
add(rec("Hi Cedric, your message said: \"Call me on 312-555-0112 if the driver can't find the "
        "gate.\" We've added it to the delivery notes for the courier, who will use it "
        "only for this drop-off.",
        [], "en", ["near-miss", "quoted-buyer"],
        "The number is the buyer's own, quoted, and passed to the carrier for the delivery; the "
        "seller gives no contact of its own (policy.md D near-misses; G near-misses)."))
add(rec("Hi Greta, as you asked, the second bread machine on order 113-0479152-8821360 was "
        "cancelled before it shipped, and we changed the delivery address on the first one to "
        "your office. Amazon will show the cancelled item as refunded within a few days.",
        [], "en", ["near-miss", "logistics-word"],
        "cancel, change and refund in a logistics sense (policy.md section 0 point 4; A "
        "near-misses)."))
add(rec("Hi Desmond, you mentioned you'd already posted a review of the B2 after the first "
        "week, so thank you for taking the time. About the crust: the Light setting on program 3 "
        "should stop the edges browning so fast.",
        [], "en", ["near-miss", "review-thanks"],
        "Thanks in a reply for a review the buyer mentioned; no request (policy.md C "
        "near-misses)."))
add(rec("Hi Rosamund, the culture in your starter kit is dried, so it can look thin and pale at "
        "first. Give the starter liquid a full ten days at room temperature before judging it.",
        [], "en", ["near-miss", "substring"],
        "'starter' contains 'star' (policy.md section 0 point 4 on substrings)."))
add(rec("Hi Lucian, the flip-top bottles went with Royal Mail this morning under tracking "
        "ZP482017365GB, and each scan will show on Royal Mail's own tracking page. They should "
        "reach you Thursday.",
        [], "en", ["near-miss", "carrier-site"],
        "The carrier named in a delivery context, no link (policy.md D near-misses)."))
add(rec("Hi Mr. Varga, the heating element in the B2 carries a two-year warranty from the day "
        "it was delivered. If it stops heating in that time, reply in this thread with a short "
        "video and we'll ship you a new unit.",
        [], "en", ["near-miss", "warranty"],
        "Warranty terms handled inside Amazon messaging (policy.md D3 exception area; A)."))
add(rec("Hi Honora, the price of the bundle fell two days after you ordered; that was Amazon's "
        "automatic repricing, not an offer from us. The $46 you paid is what the order shows, "
        "and nothing else was charged.",
        [], "en", ["near-miss", "price-paid"],
        "Explains the price already paid; no offer (policy.md B near-misses)."))
add(rec("Hi Pilar, every bread machine that comes back to us goes through a bench review before "
        "anything else, and yours showed a loose belt on the paddle drive. We've tightened it "
        "and it's heading back to you with tracking TBA705829341662.",
        [], "en", ["near-miss", "review-word"],
        "'review' means an inspection here (policy.md section 0 point 4)."))

# ============================================================ NEAR-MISSES: Simplified Chinese (16)
add(rec("魏女士您好，收到的发酵罐龙头漏水，实在抱歉。我们已经为您办理全额退款，"
        "钱会在三到五个工作日内回到原支付方式，罐子不用寄回。",
        [], "zh", ["near-miss", "remedy"],
        "A refund as a remedy, unrelated to any review (policy.md C near-misses)."))
add(rec("小禾您好，少发的两包预拌粉我们已经免费补寄，不另收费，预计周四送到。给您添麻烦了。",
        [], "zh", ["near-miss", "remedy"],
        "免费 for a missing item sent again (policy.md B near-misses)."))
add(rec("邵先生您好，您问的订单 113-5550197-2048613 里一共有两件：面包机今天已发出，"
        "搅拌叶因为缺货会晚三天单独发。",
        [], "zh", ["near-miss", "lookalike-number"],
        "An order id with a 555-01xx-like block (policy.md D near-misses)."))
add(rec("姚阿姨您好，菌种的问题解决了就好。您在亚马逊上写过什么、写成怎样，"
        "都由您自己决定，我们不会请您修改或删除任何评价。",
        [], "zh", ["near-miss", "negation"],
        "修改/删除 评价 under a negation (policy.md section 0 point 4)."))
add(rec("汪老师您好，这里是 Yeastlark，关于订单 112-8730461-5592087。如果方便，"
        "欢迎在商品页面写下您对试纸的真实看法，好坏都可以，对其他买家很有参考价值。",
        [], "zh", ["near-miss", "neutral-request"],
        "One neutral request, good or bad welcome (policy.md section b; interface.md)."))
add(rec("宁先生您好，退货请在亚马逊“我的订单”里找到订单 114-6630825-9917048，"
        "点“退货或换货”，系统会自动生成退货标签。",
        [], "zh", ["near-miss", "amazon-page"],
        "Amazon's own returns flow (policy.md D near-misses)."))
add(rec("包女士您好，您问的“满200减20”是亚马逊平台自己的优惠活动，结账时会自动扣除，"
        "不需要我们这边操作，也不需要输入任何代码。",
        [], "zh", ["near-miss", "answer"],
        "Explains an Amazon promotion the buyer asked about (policy.md B near-misses)."))
add(rec("郝老师您好，谢谢您的好意，不过我们不能加微信沟通，亚马逊要求买卖双方的联系"
        "都在站内消息里完成。照片直接在这里上传就可以，我们今天就看。",
        [], "zh", ["near-miss", "refusal"],
        "Names 微信 only to refuse it (policy.md D4)."))
add(rec("小蔚您好，很高兴瓶盖的问题已经解决。如果您觉得我们已经处理妥当，亚马逊允许您自己"
        "更新或撤回之前给店铺留的反馈，改不改完全由您决定。",
        [], "zh", ["near-miss", "feedback-notice"],
        "The permitted neutral notice about seller feedback after resolution (policy.md C5 "
        "allowed form; judgement call)."))
add(rec("魏女士您好，您问的显示屏角落那个小星星，是预约烘烤已经开启的标志，不是故障，"
        "也不影响正常使用。",
        [], "zh", ["near-miss", "product-word"],
        "星 is an icon on the machine's display (policy.md C near-misses on product facts)."))
add(rec("姚阿姨您好，按您的要求，重复下的那一单已经取消，收货地址也改成了新地址，"
        "原来那一单照常发货。",
        [], "zh", ["near-miss", "logistics-word"],
        "取消 and an address change for the buyer (policy.md A near-misses)."))
add(rec("汪老师您好，您说在网上检索评测文章时看到了旧款说明书的图片，那是第一代的。"
        "新版说明书已经放在附件里。",
        [], "zh", ["near-miss", "substring"],
        "检索评测 contains 索评 (policy.md section 0 point 4)."))
add(rec("宁先生您好，您说搜索评论时看到有人反映酸味太重。一般是发酵超过十四天造成的，"
        "建议从第七天开始每天尝一口。",
        [], "zh", ["near-miss", "substring"],
        "搜索评论 contains 索评 (policy.md section 0 point 4)."))
add(rec("包女士您好，包裹由顺丰承运，运单号 SF2049163857720，可以在顺丰官网输入单号"
        "查看每一站的扫描记录。",
        [], "zh", ["near-miss", "carrier-site"],
        "A carrier's site for tracking, no link (policy.md D near-misses)."))
add(rec("郝老师您好，面包机的加热管保修两年，从签收日算起。期间出问题，直接在这个对话里"
        "告诉我们故障现象，我们安排换新。",
        [], "zh", ["near-miss", "warranty"],
        "Warranty handled inside Amazon messaging (policy.md A)."))
add(rec("小禾您好，您寄回的那批瓶盖我们做了评估，确实是密封圈尺寸偏小，已经整批下架，"
        "新的一批周五发出。",
        [], "zh", ["near-miss", "review-word"],
        "评估 is an assessment (policy.md section 0 point 4)."))

# ============================================================ NEAR-MISSES: Traditional Chinese (9)
add(rec("江小姐您好，麵包機的問題處理好了就好。您在商品頁寫了什麼都是您的自由，"
        "我們絕對不會請您修改或刪除評價喔。",
        [], "zh", ["near-miss", "negation", "traditional", "taiwanese"],
        "A negation about editing reviews (policy.md section 0 point 4)."))
add(rec("潘先生您好，這裡是 Yeastlark，關於訂單 111-4827093-6601257。有空的話，"
        "歡迎到商品頁寫下您對發酵罐的真實心得，好的壞的都很有參考價值喔。",
        [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
        "One neutral request (policy.md section b; interface.md)."))
add(rec("卓小姐您好，您問的結帳時少掉的那筆金額，是亞馬遜平台自己的優惠，"
        "勾選頁面上的選項就會自動扣掉，不是我們另外發的。",
        [], "zh", ["near-miss", "answer", "traditional", "taiwanese"],
        "Explains Amazon's own promotion (policy.md B near-misses)."))
add(rec("戴小姐您好，您留言提到「我的LINE是 daisy0912，直接傳給我」。為了保障雙方，"
        "我們只能在亞馬遜站內回覆：扣蓋瓶的膠圈可以單獨拆下來，用溫水加一點小蘇打清洗就可以了喔。",
        [], "zh", ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
        "The LINE ID is the buyer's own, quoted (policy.md D near-misses)."))
add(rec("俞先生您好，您的麵包機已經交給黑貓出貨，可以到黑貓的官網輸入追蹤編號查詢配送進度，"
        "預計兩個工作天內送達。",
        [], "zh", ["near-miss", "carrier-site", "traditional", "taiwanese"],
        "The carrier's site in a delivery context (policy.md D near-misses)."))
add(rec("文太你好，新嘅密封蓋你收到之後話用得好好，咁我哋就放心啦。如果你覺得件事已經"
        "解決咗，亞馬遜係容許你自己更新或者撤回之前俾店舖嘅反饋，決定權完全喺你。",
        [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
        "The permitted neutral feedback notice (policy.md C5 allowed form; judgement call)."))
add(rec("容生你好，你話已經喺亞馬遜寫咗評價，多謝你抽時間。你問嘅問題：預拌粉開咗包之後"
        "放雪櫃可以擺兩個月。",
        [], "zh", ["near-miss", "review-thanks", "traditional", "cantonese"],
        "Thanks for a review the buyer mentioned, in a reply (policy.md C near-misses)."))
add(rec("石小姐你好，你落單之後嗰兩日頁面價格跌咗，係亞馬遜系統自動調價，唔係我哋搞嘅推廣。"
        "你付咗嘅錢就係訂單上面顯示嗰個，我哋冇另外收費。",
        [], "zh", ["near-miss", "price-paid", "traditional", "cantonese"],
        "Explains a price already paid (policy.md B near-misses)."))
add(rec("霍生你好，部麵包機嘅攪拌葉斷咗真係唔好意思。我哋已經安排全數退款，"
        "錢會退返去你原本嘅付款方式，唔使寄返部機俾我哋。",
        [], "zh", ["near-miss", "remedy", "traditional", "cantonese"],
        "A refund as a remedy (policy.md C near-misses)."))

# ============================================================ NEAR-MISSES: mixed (2)
add(rec("Hi 邵先生, 您要的 address change 已经 update 好了, 面包机 will ship to 新地址 "
        "tomorrow. 原来那个 duplicate order 我们也 cancel 了.",
        [], "mixed", ["near-miss", "logistics-word", "mixed"],
        "change, update and cancel for logistics (policy.md A near-misses)."))
add(rec("Hi 小蔚, 你寄回来的 bottles 我们做了 quality review, 问题是 gasket 太薄. "
        "新的 batch 已经 ship 出去了, 周五到.",
        [], "mixed", ["near-miss", "review-word", "mixed"],
        "'review' means an inspection (policy.md section 0 point 4)."))

# ============================================================ CLEAN: English (14)
add(rec("Hi Rosamund, a heads-up about your Glasswade jar: the batch it ships from is held at "
        "the port for an extra customs check, so it will leave us three days later than planned. "
        "It should now reach you early next week. Sorry for the wait.",
        [], "en", ["clean"],
        "A delay notice about an unexpected problem (policy.md A near-misses)."))
add(rec("Hi Jasper, the culture is happiest between 22 and 26 degrees C. If your kitchen drops "
        "below 20 at night, wrap a tea towel around the jar or move it near (not on) a warm "
        "appliance.",
        [], "en", ["clean"],
        "A customer-service answer (policy.md A)."))
add(rec("Hi Greta, a sunken top usually means too much water for a humid day. Try holding back "
        "one tablespoon of water on the Basic program and look at the dough ball after ten "
        "minutes of kneading; it should be smooth and just tacky.",
        [], "en", ["clean"],
        "A customer-service answer (policy.md A)."))
add(rec("Hi Desmond, the courier handles the bread machine as a two-person delivery and needs "
        "someone at home to sign. Which weekday mornings suit you next week? We'll pass your "
        "choice on to them.",
        [], "en", ["clean"],
        "Scheduling a bulky delivery (policy.md A)."))
add(rec("Hi Honora, the flat number seems to be missing from the delivery address. Could you "
        "confirm it here so the parcel doesn't bounce back to us?",
        [], "en", ["clean"],
        "Asks for information needed to deliver (policy.md A)."))
add(rec("Hi Lucian, yes, the Crumbworth paddles fit both the B1 and the B2; the shaft has the "
        "same D-shape on both models. Push the paddle down until it clicks.",
        [], "en", ["clean"],
        "A product question answered (policy.md A)."))
add(rec("Hi Pilar, dip the strip for one second, then hold it against the chart within thirty "
        "seconds. A safe batch reads between 2.5 and 3.5; anything above 4.6 after a week means "
        "the culture needs more time.",
        [], "en", ["clean"],
        "Usage help the buyer asked for (policy.md A)."))
add(rec("Hi Cedric, as you asked, the printed guide for the B2 is attached as a PDF in this "
        "thread. Page 12 covers the programs for low-gluten flour.",
        [], "en", ["clean"],
        "A manual sent on request (policy.md A near-misses; E near-misses)."))
add(rec("Hi Yolanda, a mould patch is fuzzy, dry and blue-green or black; yeast strands are "
        "brown, stringy and wet. From your description it sounds like yeast, which is harmless. "
        "Keep brewing as normal.",
        [], "en", ["clean"],
        "A customer-service answer (policy.md A)."))
add(rec("Hi Mr. Varga, the bread-mix packs keep for nine months unopened. Once a pack is open, "
        "roll the top down tightly, clip it and store it somewhere cool and dry.",
        [], "en", ["clean"],
        "A storage answer (policy.md A)."))
add(rec("Hi Ms. Thornbury, the flip-top seals are food-grade silicone and can go in the top rack "
        "of a dishwasher, but the wire clasps last longer if you wash them by hand.",
        [], "en", ["clean"],
        "A care answer (policy.md A)."))
add(rec("Hi Honora, our courier has warned us of snow on the northern routes this week. Your "
        "bottles are packed and ready, but they may arrive two days after the first estimate.",
        [], "en", ["clean"],
        "A delay notice (policy.md A near-misses)."))
add(rec("Hi Jasper, for a fizzier second ferment, leave about two centimetres of headspace in "
        "each bottle and add half a teaspoon of sugar to each. Open them once a day so the "
        "pressure doesn't build too far.",
        [], "en", ["clean"],
        "A brewing answer (policy.md A)."))
add(rec("Hi Greta, the B2 beeps twice during kneading to tell you when to add seeds or raisins. "
        "If you'd rather it stayed quiet, hold the Menu button for three seconds to mute it.",
        [], "en", ["clean"],
        "A product answer (policy.md A)."))

# ============================================================ CLEAN: Simplified Chinese (10)
add(rec("魏女士您好，由于港口加强检查，您的发酵罐会比原计划晚两天出库，预计下周初送达，"
        "给您添麻烦了。",
        [], "zh", ["clean"],
        "A delay notice (policy.md A near-misses)."))
add(rec("邵先生您好，菌种最适合的温度是22到26度。晚上厨房如果低于20度，可以用毛巾把罐子"
        "包起来，或者挪到暖和一点的地方。",
        [], "zh", ["clean"],
        "A brewing answer (policy.md A)."))
add(rec("姚阿姨您好，面包顶部塌陷一般是水放多了。天气潮湿的时候可以少放一勺水，"
        "揉面十分钟后看看面团是否光滑、不粘手。",
        [], "zh", ["clean"],
        "A baking answer (policy.md A)."))
add(rec("汪老师您好，您的收货地址好像少了门牌号，麻烦在这里补充一下，免得包裹被退回。",
        [], "zh", ["clean"],
        "Asks for delivery information (policy.md A)."))
add(rec("小禾您好，这款搅拌叶B1和B2两代机型都能用，转轴都是D形，套上去听到咔哒一声就装好了。",
        [], "zh", ["clean"],
        "A fit question answered (policy.md A)."))
add(rec("宁先生您好，试纸在茶汤里蘸一秒，三十秒内对照色卡读数。2.5到3.5之间是正常的，"
        "一周后还高于4.6说明菌种需要更多时间。",
        [], "zh", ["clean"],
        "Usage help (policy.md A)."))
add(rec("包女士您好，按您的要求，面包机的中文说明书已经作为附件发在这个对话里，"
        "第十二页是低筋面粉程序的说明。",
        [], "zh", ["clean"],
        "A manual sent on request (policy.md A near-misses)."))
add(rec("郝老师您好，预拌粉未开封可以放九个月。开封后把袋口卷紧夹好，放在阴凉干燥的地方就可以。",
        [], "zh", ["clean"],
        "A storage answer (policy.md A)."))
add(rec("小蔚您好，二次发酵想要气泡多一点，瓶子里留两厘米左右的空间，每瓶加半勺糖，"
        "每天开盖放一次气。",
        [], "zh", ["clean"],
        "A brewing answer (policy.md A)."))
add(rec("魏女士您好，面包机是大件，快递需要有人在家签收。请问下周哪几个上午您方便？"
        "我们把时间转告给快递。",
        [], "zh", ["clean"],
        "Scheduling a bulky delivery (policy.md A)."))

# ============================================================ CLEAN: Traditional Chinese (5)
add(rec("江小姐您好，因為颱風影響，物流暫停一天，您的扣蓋瓶會晚一到兩個工作天送達，"
        "造成不便很抱歉喔。",
        [], "zh", ["clean", "traditional", "taiwanese"],
        "A delay notice (policy.md A near-misses)."))
add(rec("潘先生您好，菌種最喜歡的溫度大約是22到26度，冬天晚上可以拿條浴巾裹住罐身，"
        "放在比較溫暖的角落喔。",
        [], "zh", ["clean", "traditional", "taiwanese"],
        "A brewing answer (policy.md A)."))
add(rec("卓小姐您好，麵包機揉麵時嗶兩聲是提醒您加堅果或葡萄乾，如果不想聽到提示音，"
        "按住選單鍵三秒就可以靜音囉。",
        [], "zh", ["clean", "traditional", "taiwanese"],
        "A product answer (policy.md A)."))
add(rec("文太你好，啲預拌粉未開封可以擺九個月，開咗之後記得夾實個袋口，放喺陰涼乾爽嘅地方就得。",
        [], "zh", ["clean", "traditional", "cantonese"],
        "A storage answer (policy.md A)."))
add(rec("容生你好，發酵罐嘅水龍頭可以拆出嚟洗，逆時針扭開就得，洗完抹乾再裝返上去。",
        [], "zh", ["clean", "traditional", "cantonese"],
        "A care answer (policy.md A)."))

# ============================================================ CLEAN: mixed (1)
add(rec("Hi 小禾, 菌种 arrived 的时候如果看起来有点干, don't worry, 放进茶汤里 three to four "
        "days 就会恢复.",
        [], "mixed", ["clean", "mixed"],
        "A brewing answer, code-switched (policy.md A)."))


def records():
    """The 160 records, shuffled with random.Random(97) and numbered h97-001 .. h97-160."""
    items = [dict(r) for r in RAW]
    random.Random(97).shuffle(items)
    out = []
    for i, r in enumerate(items, 1):
        out.append({"id": "h97-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
