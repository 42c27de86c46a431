#!/usr/bin/env python3
"""Source of the h70 hold-out set: 160 messages from an invented Amazon seller of cordless
power tools and drill bits, Brackenforge Tools.  Standard library only.

    python3 gen.py        writes holdout70.jsonl next to this file

Every record is (lang, tags, labels, text, note).  Hard-to-see characters are spelled out:
ZW (zero-width space), CY_E / CY_A / CY_CAP_A (Cyrillic look-alikes), STAR (emoji star),
GIFT and MOBILE (emoji), fw() (full-width Latin letters, digits, @ and dot).
Records are shuffled with random.Random(70) and numbered h70-001 ... h70-160.
"""
import json
import os
import random

ZW = "\u200b"
CY_E = "\u0435"
CY_A = "\u0430"
CY_CAP_A = "\u0410"
STAR = "\u2b50"
GIFT = "\U0001f381"
MOBILE = "\U0001f4f1"


def fw(s):
    """Full-width form of ASCII letters, digits, '@', '.' and '_'."""
    return "".join(chr(ord(c) + 0xfee0) if ("!" <= c <= "~") else c for c in s)


RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
V, E, N, C = "violation", "evasion", "near-miss", "clean"
TW = ["traditional", "taiwanese"]
HK = ["traditional", "cantonese"]

RAW = [
    # ================================================================ violations, English
    ("en", [V, "plain", "coupon", "cross-sell"], [MKT],
     "Hi Cornelius, glad the Ridgeline D20 reached you safely. When the bits that came with it "
     "start to dull, enter BITS20 at checkout for 20% off a full Hexlock set from our store.",
     "A code for money off a further purchase is a coupon, and steering a drill buyer to a bit "
     "set is cross-selling (policy.md B; interface.md marketing)."),
    ("en", [V, "careful", "buy-again"], [MKT],
     "Beatrix, with as many screws as you said the fence needs, most people end up wanting a "
     "second Voltcell pack so one can sit on the Quickdock while the other works. It's worth "
     "dropping another one in your basket before the weekend.",
     "Pushes a second copy of the battery the buyer already owns, in plain words with no offer "
     "term; a buy-again push is marketing (policy.md B; interface.md marketing)."),
    ("en", [V, "careful", "new-product"], [MKT],
     "Quick heads-up for D20 owners like you, Lachlan: the right-angle head we've been testing "
     "in the workshop is finally on the shelf this week. It clips onto the chuck and reaches "
     "between joists where the drill body won't fit.",
     "Announces a product that has just become available; no 'new arrivals' wording, but it "
     "is new-product news sent for promotion (policy.md B)."),
    ("en", [V, "split", "incentive"], [RI],
     "Henrietta, we hope the Hexlock bits are getting through that oak without a fuss. If you "
     "put a few honest lines about them on the product page, just tell us here once it's up. "
     "We'll post a Stonebite masonry trio out to you that same week as our thanks.",
     "The ask (words on the product page) and the reward (free masonry bits) sit in separate "
     "sentences; a free product for a review is an incentive even when the review is 'honest' "
     "(policy.md C1)."),
    ("en", [V, "split", "gating"], [RI],
     "Osgood, good to hear the impact driver arrived in one piece. If it's living up to what "
     "you hoped, the listing could use a few words from someone who has actually hung a "
     "ceiling fan with it. If it isn't, tell us here first rather than putting it on the page, "
     "and we'll make it right.",
     "Invites a review only if the buyer is happy and diverts an unhappy buyer to the seller "
     "first: gating (policy.md C3)."),
    ("en", [V, "careful", "change-review"], [RI],
     "Rosalie, the second charger went out this morning and should cure the blinking light you "
     "described. Once it's working, would you mind going back to what you posted about us on "
     "the listing and bringing it up to date with how things turned out?",
     "Asks the buyer to edit an existing product review after the fix, without using the word "
     "review; not allowed 'even after an issue is resolved' (policy.md C4)."),
    ("en", [V, "split", "incentive", "change-review"], [RI],
     "Fenwick, we've read your notes about the chuck slipping and we agree the D20 you got "
     "wasn't right. We can send a fresh unit with a spare battery at no cost to you. All we'd "
     "ask in return is that the comments you left on the listing get reworked to match.",
     "Offers a free unit and battery in exchange for reworking an existing review: "
     "compensation for changing a review (policy.md C4 and C1)."),
    ("en", [V, "plain", "rating-request"], [RI],
     "Mr. Varga, thank you for trusting us with your first cordless drill. A five-star review "
     "from you would go a long way for a small tool shop like ours.",
     "Names the rating it wants (policy.md C2)."),
    ("en", [V, "careful", "steering"], [RI],
     "Ms. Oyelaran, when you write up the step bit for other shoppers, it would help us a lot "
     "if you mentioned how cleanly it went through the steel shelving and that it turned up the "
     "next day. Those two details are what people look for.",
     "Tells the buyer what to put in the review: an attempt to influence its content "
     "(policy.md C7)."),
    ("en", [V, "careful", "email", "diversion"], [OFF],
     "Dashiell, messages through Amazon can take a while to reach us in the workshop, so "
     "anything more about the clutch settings is better sent straight to "
     "desmond@brackenforgetools.com. I check that inbox every evening.",
     "An e-mail address, never called one, and a move of the conversation off Amazon "
     "(policy.md D2, D6)."),
    ("en", [V, "split", "phone"], [OFF],
     "Petra, a rasping noise from the gearbox is easier to judge by ear than by message. Ring "
     "Desmond on 970-555-0183 between nine and five. He'll have you run the drill while he "
     "listens.",
     "The shop's own number for support; Brackenforge is a reseller, so this is not a carrier, "
     "warranty-provider or manufacturer line (policy.md D3)."),
    ("en", [V, "careful", "messaging-app", "phone"], [OFF],
     "Ambrose, the torque chart for the K20 is a large image that gets shrunk to nothing here. "
     "Message me on Signal at +1 (970) 555-0146 and I'll send you the full-size version.",
     "A messaging app (not on policy.md's list, but the same kind) and a phone number "
     "(policy.md D3, D4)."),
    ("en", [V, "split", "giveaway", "follow", "social"], [MKT, OFF],
     "Gwendolyn, if the shelf you built came out as well as it sounds, we'd love to see it. Tag "
     "@brackenforge.builds in a photo on Instagram. Each month we pick one build and send its "
     "maker a Hexlock set.",
     "A social handle to follow and tag (policy.md D4) plus a monthly prize draw, which is "
     "promotion (policy.md B)."),
    ("en", [V, "careful", "discount", "url", "diversion"], [MKT, OFF],
     "Leopold, spare chuck keys and belt hooks for the D14 cost less on brackenforgetools.com "
     "than through the listing, since we don't pay the marketplace fee there.",
     "Sends the buyer to the shop's own site for a lower price: a non-Amazon URL and a "
     "diversion (policy.md D1, D6), and a price offer (policy.md B)."),
    ("en", [V, "split", "restock", "vip-list", "diversion"], [MKT, OFF],
     "Sunniva, we keep a short list of customers who hear about battery restocks before anyone "
     "else. Reply with a personal address you check and we'll add you. People on it get first "
     "pick when the 4.0Ah packs come back in.",
     "A priority list for restock news (policy.md B) that collects a private address so the "
     "shop can reach the buyer outside Amazon (policy.md D6; also G)."),
    ("en", [V, "careful", "referral"], [MKT],
     "Mr. Dunleavy, if your brother-in-law ends up ordering a Ridgeline after borrowing yours, "
     "pass us his order number and we'll put fifteen percent back on both your cards.",
     "Pays both buyer and friend for a referred purchase (policy.md B)."),
    ("en", [V, "plain", "sale", "bundle"], [MKT],
     "Mrs. Pell, this weekend only the D20 drill and K20 impact driver come together as a pair "
     "at a sale price, with two batteries and the Quickdock thrown in. It's the best deal "
     "we've run all year.",
     "A time-limited sale on a bundle (policy.md B)."),
    ("en", [V, "split", "cross-sell", "listing-link"], [MKT],
     "Quentin, several people who bought the impact driver told us the bits in the box wore "
     "down fast. The Torquebox set sorts that out. You'll find it here: "
     "amazon.com/dp/B0F3KD7W9P.",
     "Cross-sells another product with a link to its Amazon detail page; an Amazon link is not "
     "off-platform under interface.md, but a detail-page link in a seller message is "
     "promotion (policy.md B, D1)."),
    ("en", [V, "plain", "payment", "incentive"], [OFF, RI],
     "Lachlan, for the trouble with the first charger, we'd like to put forty dollars back in "
     "your pocket through PayPal once your write-up is live on the product page.",
     "Money for a review, paid outside Amazon (policy.md C1, D5)."),
    ("en", [V, "split", "feedback-pressure"], [RI],
     "Ms. Oyelaran, the neutral mark you gave us on the seller side is pulling our shop score "
     "down, and we're a two-person business. We sorted the late parcel as soon as we saw it. "
     "Please take that mark down this week.",
     "Presses the buyer to remove seller feedback because it hurts the shop; not the neutral "
     "notice Amazon allows (policy.md C5)."),
    ("en", [V, "careful", "gating"], [RI],
     "Dashiell, so pleased the Stonebite bits went through your brick wall without a fuss. "
     "Since you're this happy with them, could you put those same words up on the listing for "
     "the next person who's wondering?",
     "A review invitation that answers the buyer's praise is gating even in neutral words; the "
     "praise is restated in the message (policy.md section 0 point 3, C3)."),
    ("en", [V, "split", "qr", "diversion"], [OFF],
     "Petra, there's a small printed square inside the lid of the bit case. Point your phone "
     "camera at it. It opens our own help desk, which answers far quicker than messages here.",
     "A QR code that leads to the shop's own help desk instead of Amazon messaging "
     "(policy.md D1, D6, section e item 3)."),

    # ================================================================ violations, Simplified
    ("zh", [V, "plain", "incentive", "rating-request"], [RI],
     "任先生您好，电钻用着还顺手吧？麻烦您抽空写个好评，截图发给我们以后返您20元红包。",
     "好评 asks for a positive review and the 红包 is cash for it (policy.md C1, C2)."),
    ("zh", [V, "careful", "buy-again"], [MKT],
     "鲍女士，钻头用久了刃口会变钝，一般打两三百个孔就差不多了。到时候直接在我们店里再拍一套就行，"
     "认准Brackenforge的店铺。",
     "Tells the buyer to come back and buy the same set again; no offer word, still a "
     "buy-again push (policy.md B)."),
    ("zh", [V, "split", "new-product", "cross-sell"], [MKT],
     "霍师傅，上个月买的冲击起子机用得怎么样？我们这周刚到一批玻璃瓷砖专用钻头，6到12毫米都有。"
     "装修贴砖时正好用得上，店铺首页就能看到。",
     "Announces newly arrived tile bits to an impact-driver buyer and points to the storefront "
     "(policy.md B)."),
    ("zh", [V, "careful", "gating"], [RI],
     "卓老师，看到您说起子机用着很顺手，太好了。既然您这么满意，能不能把这份感受也写到商品页面上，"
     "给其他买家做个参考？",
     "Asks for a review because the buyer said they were pleased: gating in a reply "
     "(policy.md section 0 point 3, C3)."),
    ("zh", [V, "split", "incentive"], [RI],
     "小樊你好，阶梯钻用得还习惯吗？方便的话，在商品页面写几句使用感受。写好后跟我们说一声，"
     "我们寄一盒批头给你表示感谢。",
     "The request and the free box of bits are in different sentences; a gift for a review "
     "(policy.md C1)."),
    ("zh", [V, "careful", "change-review"], [RI],
     "祝先生，新的充电器已经给您补发了，指示灯不亮的问题应该能解决。麻烦您回到商品页面，"
     "把之前写的那段话按现在的情况改一改。",
     "Asks the buyer to edit the review already posted, after a replacement (policy.md C4)."),
    ("zh", [V, "plain", "messaging-app"], [OFF],
     "钱阿姨，电池充不满的问题用文字不好说清楚，您加一下我们的售后微信 brackenforge_cn，"
     "拍段视频发过来，我们马上帮您看。",
     "A WeChat ID (policy.md D4)."),
    ("zh", [V, "split", "phone"], [OFF],
     "邵先生，冲击起子机的异响我们想听一下具体的声音。您方便的时候直接拨 970-555-0183，阿钧会接听。",
     "The shop's own phone number, given without the word 电话 (policy.md D3)."),
    ("zh", [V, "careful", "discount", "url", "diversion"], [MKT, OFF],
     "曹小姐，以后买钻头套装可以直接在 brackenforgetools.com 下单，比在这边便宜一些，"
     "也是从我们自己的仓库发出。",
     "The shop's own site for future orders at a lower price: URL and diversion (policy.md D1, "
     "D6) and a price offer (policy.md B)."),
    ("zh", [V, "split", "follow", "social"], [MKT, OFF],
     "季先生，您做的那个储物架真漂亮。可以在小红书搜“Brackenforge手作”关注我们。"
     "每周都会发几个电钻使用的小视频。",
     "A social account to follow (policy.md D4) and a 'follow us' call to action (policy.md B)."),
    ("zh", [V, "careful", "buy-again", "restock"], [MKT],
     "段女士，之前断货的那款加长批头这周又到货了，数量不多，想多备几支的话尽早下手。",
     "Restock news with a push to stock up (policy.md B)."),
    ("zh", [V, "split", "coupon", "buy-again"], [MKT],
     "小樊，谢谢你选我们的钻头。下次再来店里，结算时输入 DRILL15 能少付一些。这个口令到月底前都有效。",
     "A code for the next purchase, called a 口令 rather than 优惠码 (policy.md B)."),
    ("zh", [V, "plain", "payment", "incentive"], [OFF, RI],
     "曹小姐，商品页面的评价写好后，把截图和支付宝账号发给我们，我们把电池的钱退一半给您。",
     "Half the price back for a review, paid through Alipay (policy.md C1, D5)."),
    ("zh", [V, "careful", "feedback-pressure"], [RI],
     "邵先生，您在卖家那一栏留的意见让我们店铺的分数掉了不少。问题已经处理好了，能否帮忙撤掉？"
     "小店经营不容易。",
     "Asks for seller feedback to be withdrawn, pleading the shop score: pressure "
     "(policy.md C5)."),
    ("zh", [V, "split", "giveaway"], [MKT],
     "钱阿姨，这个月我们给老顾客准备了一个小活动。在这条消息下回复您的订单号，"
     "就有机会抽中一块4.0Ah大容量电池。月底公布结果。",
     "A prize draw for past buyers, without the word 抽奖 (policy.md B)."),
    ("zh", [V, "split", "steering"], [RI],
     "祝先生，您要是愿意写写用这套批头的体会，我们有个小请求。请顺带提一句“装修整套房子都没断过”，"
     "再配一张实拍图。这样别人一看就明白。",
     "Dictates a sentence and a photo for the review (policy.md C7)."),

    # ================================================================ violations, Traditional
    ("zh", [V, "plain", "messaging-app"] + TW, [OFF],
     "邱先生您好，電鑽的扭力設定比較複雜，用文字很難說明。麻煩加我們的 LINE 官方帳號 "
     "@brackenforgetw，我們用影片一步一步教您喔。",
     "A LINE account (policy.md D4)."),
    ("zh", [V, "careful", "incentive"] + TW, [RI],
     "侯小姐，階梯鑽用起來還順手嗎？如果您願意在商品頁面分享幾句使用心得，寫好後傳訊息跟我們說，"
     "我們會再寄一組起子頭給您表示感謝。",
     "A free bit set for sharing on the product page, with no 評 or 禮 in it (policy.md C1)."),
    ("zh", [V, "split", "gating"] + TW, [RI],
     "藍先生，衝擊起子機收到後還滿意嗎？如果一切都好，歡迎到商品頁面說說您的感想。"
     "如果有任何不順，請先傳訊息給我們處理，先不要急著寫上去喔。",
     "Happy buyers to the product page, unhappy ones to the seller first (policy.md C3)."),
    ("zh", [V, "careful", "discount", "url", "diversion"] + TW, [MKT, OFF],
     "連小姐，我們自己的網路賣場也有上架同款鑽頭組，價錢比這邊少一百多元，網址是 "
     "brackenforgetools.com，下次可以直接去那邊結帳。",
     "The shop's own web store, cheaper, for the next purchase (policy.md D1, D6, B)."),
    ("zh", [V, "split", "incentive", "change-review"] + TW, [RI],
     "魏先生，充電器的問題我們已經處理好了，新的這幾天就會到。想拜託您一件事：之前在商品頁留下的那段文字，"
     "能不能依照現在的狀況重新寫過？改完後我們會把運費全部退還給您。",
     "Asks for the review to be rewritten and pays back the shipping once it is "
     "(policy.md C4, C1)."),
    ("zh", [V, "plain", "sale", "bundle"] + TW, [MKT],
     "鄒小姐您好，週年慶期間全館鑽頭組打八折，電池買二送一，活動只到這週日，歡迎多多選購喔！",
     "Anniversary sale and buy-two-get-one (policy.md B)."),
    ("zh", [V, "split", "phone"] + HK, [OFF],
     "譚生你好，部電鑽嘅離合器聲音唔對路。你錄段片傳去 +1 (970) 555-0146，我哋睇完即刻覆你。",
     "Send the video to the shop's phone number (policy.md D3)."),
    ("zh", [V, "careful", "new-product", "cross-sell"] + HK, [MKT],
     "姚太，你上個月買嗰部細電鑽，而家出咗加長版電池，用得耐好多。有興趣嘅話喺我哋店舖搵Voltcell就得。",
     "New extended battery announced to a past buyer, with a pointer to the shop "
     "(policy.md B)."),
    ("zh", [V, "plain", "incentive", "rating-request", "gating"] + HK, [RI],
     "容小姐，多謝你幫襯！如果鑽頭用得開心，麻煩你上去畀個五星好評，我哋會送你一張五十蚊嘅超市禮券。",
     "Five stars, only if happy, for a supermarket voucher (policy.md C1, C2, C3)."),
    ("zh", [V, "split", "feedback-pressure"] + HK, [RI],
     "甘生，你喺賣家評分嗰度留咗一個差評，我哋明白係送貨慢咗。件事已經搞掂咗。"
     "麻煩你撤回個評分，唔係我哋間舖嘅分數會好難睇。",
     "Asks for negative seller feedback to be withdrawn because it hurts the shop "
     "(policy.md C5)."),

    # ================================================================ violations, mixed
    ("mixed", [V, "careful", "phone", "diversion", "mixed"], [OFF],
     "Hi 卓老师, the Hexlock set should be with you tomorrow. 以后有问题 you can also text "
     "Desmond directly on 970-555-0183, 比在亚马逊留言快很多。",
     "A phone number offered as the faster route than Amazon messaging (policy.md D3, D6)."),
    ("mixed", [V, "split", "gating"] + HK + ["mixed"], [RI],
     "姚太, thanks for the kind words about the impact driver! 既然你咁鍾意, would you mind "
     "posting 同一番說話 on the product page? 其他街坊睇到都會安心啲。",
     "A review invitation in reply to praise, Cantonese and English (policy.md section 0 "
     "point 3, C3)."),

    # ================================================================ evasions, English
    ("en", [E, "incentive", "homoglyph"], [RI],
     "Hi Ambrose, quick one: post your honest r" + CY_E + "vi" + CY_E + "w of the D20 and "
     "we'll mail out a spare Voltcell 2.0Ah the same day you let us know.",
     "A free battery for a review; 'review' carries two Cyrillic e (policy.md C1, section e)."),
    ("en", [E, "messaging-app", "phone", "homoglyph"], [OFF],
     "Gwendolyn, for the charger fault just message us on Wh" + CY_A + "ts" + CY_CAP_A + "pp "
     "at +1 (970) 555-0146; it's quicker than waiting here.",
     "WhatsApp spelled with Cyrillic a and A, plus the shop's number (policy.md D3, D4, "
     "section e)."),
    ("en", [E, "coupon", "buy-again", "leetspeak"], [MKT],
     "Leopold, thanks again for your order. Punch in V0LT10 when you grab your next battery "
     "and it comes straight off the total.",
     "A discount code written with a zero for the O, for a repeat purchase (policy.md B, "
     "section e)."),
    ("en", [E, "rating-request", "gating", "leetspeak"], [RI],
     "Sunniva, if the bit set did the job, a f1ve-st4r wr1te-up on the listing would really "
     "help us out.",
     "Five stars in leetspeak, asked only if the set worked (policy.md C2, C3, section e)."),
    ("en", [E, "restock", "vip-list", "messaging-app", "spacing"], [MKT, OFF],
     "Mr. Dunleavy, our channel on T e l e g r a m, @brackenforge_help, posts battery restocks "
     "and members-only prices before anywhere else. Worth joining before the 4.0Ah packs land.",
     "A spaced-out Telegram channel (policy.md D4) used for restock news and member prices "
     "(policy.md B)."),
    ("en", [E, "phone", "separator"], [OFF],
     "Hester, if the new charger still won't take the pack, text the workshop at "
     "9-7-0-5-5-5-0-1-4-6 and we'll talk you through it.",
     "The shop's number with a dash after every digit (policy.md D3, section e)."),
    ("en", [E, "email", "zero-width"], [OFF],
     "Lachlan, the manual PDF keeps bouncing off Amazon's filter, so ask for it at help@" + ZW +
     "brackenforgetools" + ZW + ".com and it'll come straight back.",
     "An e-mail address with zero-width spaces inside it (policy.md D2, section e)."),
    ("en", [E, "follow", "social", "fullwidth"], [MKT, OFF],
     "Henrietta, we'd love to feature your deck project. Follow and tag " +
     fw("@brackenforge.builds") + " so we can share it with everyone.",
     "A full-width Instagram handle to follow and tag (policy.md D4, B, section e)."),
    ("en", [E, "coupon", "discount", "url", "diversion", "fullwidth"], [MKT, OFF],
     "Beatrix, the same 42-piece set is cheaper on " + fw("brackenforgetools.com") + ", and " +
     fw("DRILL15") + " takes a bit more off there.",
     "The shop's own site and a code, both in full-width letters (policy.md D1, D6, B, "
     "section e)."),
    ("en", [E, "email", "spelled-email"], [OFF],
     "Cornelius, attachments keep getting stuck in this thread, so send the photos of the "
     "cracked housing to brackenforge dot desk at gmail dot com instead.",
     "A Gmail address spelled out with 'at' and 'dot' (policy.md D2)."),
    ("en", [E, "phone", "number-words"], [OFF],
     "Osgood, for anything about the impact driver after the weekend, text nine seven zero, "
     "five five five, zero one eight three, any time.",
     "The shop's number in words (policy.md D3, section e)."),
    ("en", [E, "messaging-app", "phone", "number-words", "nickname"], [OFF],
     "Mr. Varga, our UK desk answers on the green app much faster than here: oh seven seven oh "
     "oh, nine oh oh, three five nine.",
     "A chat app named by its colour and a UK number in words (policy.md D3, D4, section e)."),
    ("en", [E, "rating-request", "incentive", "emoji"], [RI],
     "Dashiell, loving the drill? Show it some " + STAR * 5 + " love on the product page and "
     "tell us when it's done " + GIFT,
     "Five emoji stars and a gift emoji promised once it is posted (policy.md C1, C2, E)."),
    ("en", [E, "messaging-app", "email", "spelled-email", "nickname", "split-handle"], [OFF],
     "Rosalie, Desmond answers on the paper-plane app after hours: look for brackenforge, then "
     "an underscore, then help. Or write to brackenforge dot help at gmail dot com.",
     "Telegram named by its icon, the handle given in pieces, and a spelled-out e-mail "
     "(policy.md D2, D4, section e)."),

    # ================================================================ evasions, Simplified
    ("zh", [E, "incentive", "rating-request", "pinyin"], [RI],
     "江先生，钻头套装用得满意的话，麻烦给个 haoping，截图发我们返您十块钱。",
     "好评 in pinyin with cash back for the screenshot (policy.md C1, C2, section e)."),
    ("zh", [E, "messaging-app", "pinyin"], [OFF],
     "鲁女士，电池保修的手续比较繁琐，您可以加一下我们的 weixin：brackenforge_cn，拍个视频给阿钧看就行。",
     "WeChat written in pinyin, with the ID (policy.md D4, section e)."),
    ("zh", [E, "new-product", "vip-list", "messaging-app", "homophone"], [MKT, OFF],
     "柴师傅，加我们薇信 brackenforge_cn 进老客户群，新款钻头一上架就先通知您，群里还有专享价。",
     "薇信 for WeChat (policy.md D4) and a customer group for new products and member prices "
     "(policy.md B)."),
    ("zh", [E, "incentive", "rating-request", "homophone"], [RI],
     "孔女士，冲击起子机要是用得顺手，麻烦去商品页给个好苹，我们给您补寄一套替换批头。",
     "好苹 for 好评, with a free bit set (policy.md C1, C2, section e)."),
    ("zh", [E, "incentive", "rating-request", "separator"], [RI],
     "小陶，钻头打孔还利索吧？好/评/返/现的活动还在，写完把截图发给我们就行。",
     "好评返现 broken up with slashes (policy.md C1, section e)."),
    ("zh", [E, "messaging-app", "diversion", "separator"], [OFF],
     "聂先生，售后请直接加微·信 brackenforge_cn，在这里回复比较慢，很多问题处理不了。",
     "微信 with a middle dot inside, and after-sales moved off Amazon (policy.md D4, D6)."),
    ("zh", [E, "messaging-app", "phone", "nickname", "cn-numerals"], [OFF],
     "闫女士，维修进度您可以在绿泡泡上问阿钧，号码是九七零五五五零一四六，工作日都在线。",
     "绿泡泡 (WeChat) and the number in Chinese numerals (policy.md D3, D4, section e)."),
    ("zh", [E, "incentive", "rating-request", "spacing"], [RI],
     "韦先生，写 好 评 送 电 池，写完截图发给我们，我们就寄一块2.0Ah的给您。",
     "A battery for a positive review, the words spaced apart (policy.md C1, C2, section e)."),
    ("zh", [E, "rating-request", "incentive", "zero-width", "emoji"], [RI],
     "段女士，钻头好用的话给我们点亮" + STAR * 5 + "吧，好" + ZW + "评截图发来还有小惊喜" + GIFT + "。",
     "Emoji stars, 好评 split by a zero-width space, and a surprise for the screenshot "
     "(policy.md C1, C2, section e)."),

    # ================================================================ evasions, Traditional
    ("zh", [E, "messaging-app", "homophone"] + TW, [OFF],
     "侯小姐，鑽頭的使用影片檔案太大傳不上來，麻煩加一下我們的賴 @brackenforgetw，馬上傳給您喔。",
     "賴 is Taiwanese slang for LINE (policy.md D4, section e)."),
    ("zh", [E, "discount", "url", "diversion", "fullwidth"] + TW, [MKT, OFF],
     "魏先生，之後買電池可以直接到" + fw("brackenforgetools.com") + "下單，比亞馬遜這邊便宜，出貨也比較快。",
     "The shop's site in full-width letters, cheaper than Amazon (policy.md D1, D6, B)."),
    ("zh", [E, "phone", "diversion", "cn-numerals"] + HK, [OFF],
     "甘生，部衝擊起子機有問題可以直接搵我哋師傅，打去九七零五五五零一八三就得，唔使喺度等。",
     "The number in Chinese numerals and 'no need to wait here' (policy.md D3, D6)."),
    ("zh", [E, "giveaway", "follow", "social", "split-handle"] + HK, [MKT, OFF],
     "容小姐，想睇多啲用家作品可以上 Instagram 搵 brackenforge，後面加 .builds，我哋每個月都會抽一位送鑽頭。",
     "An Instagram handle in two pieces and a monthly draw (policy.md D4, B, section e)."),
    ("zh", [E, "coupon", "incentive", "rating-request", "pinyin"] + TW, [MKT, RI],
     "邱先生，如果鑽頭組用得滿意，幫我們寫個 haoping，我們會把 youhui 碼傳給您下次用喔。",
     "A discount code (優惠 in pinyin) for a positive review (好評 in pinyin): an incentive and "
     "a coupon for the next order (policy.md C1, B)."),

    # ================================================================ evasions, mixed
    ("mixed", [E, "rating-request", "incentive", "leetspeak", "pinyin", "mixed"], [RI],
     "Hi 江先生, thanks for the order! 用得好的话 leave us a 5-st4r write-up, 我们会 fanxian "
     "fifteen dollars 给你。",
     "Five stars in leetspeak and 返现 in pinyin (policy.md C1, C2, section e)."),
    ("mixed", [E, "sale", "messaging-app", "nickname", "emoji", "mixed"], [MKT, OFF],
     "鲁女士, about the charger issue: 我们在小飞机上处理更快, just search brackenforge_help. "
     "We post weekend deals there too " + MOBILE,
     "小飞机 (Telegram) with the handle, and weekend deals posted there (policy.md D4, B)."),

    # ================================================================ near-misses, English
    ("en", [N, "neutral-request"], [],
     "Hello Cornelius, this is Desmond at Brackenforge Tools about order 113-5207461-9038825. "
     "Once the drill has seen a bit of use, a review on Amazon telling other buyers how it "
     "went, good or bad, is always welcome. Either way, thanks for choosing us.",
     "One neutral request with the order id, no rating, condition or reward; allowed once per "
     "order (interface.md; policy.md C near-misses)."),
    ("en", [N, "neutral-request"], [],
     "Hi Beatrix, a note about order 112-7740319-5126604 for the Hexlock bit set. When you've "
     "drilled a few holes with it, you're welcome to leave a review on the product page; "
     "whatever your experience was, other DIYers will find it useful.",
     "Neutral request covering any experience (interface.md; policy.md section b)."),
    ("en", [N, "refusal"], [],
     "Hi Lachlan, thanks for offering, but we can't send a spare battery or anything else in "
     "exchange for a review. Amazon doesn't allow it, and we'd rather the listing shows what "
     "people really think. On the charger itself, what colour does the light flash when the "
     "pack is seated?",
     "Turns down the buyer's offer of a review for a battery; nothing is offered or asked "
     "(policy.md C near-misses)."),
    ("en", [N, "refusal"], [],
     "Henrietta, I understand the question, but we can't offer a discount or anything else in "
     "return for a review being edited. What you wrote stays exactly as you want it. On the "
     "chuck itself, could you send a photo of the jaws so Desmond can see where it's slipping?",
     "A refusal to trade a discount for an edit; it leaves the review alone (policy.md C4)."),
    ("en", [N, "refusal"], [],
     "Mr. Varga, we aren't able to move this to WhatsApp or a phone call; Amazon asks sellers to "
     "keep buyer conversations inside its own messaging. Send the photos here and Desmond will "
     "look at them today.",
     "Names WhatsApp and phone only to decline them; no handle or number (policy.md D "
     "near-misses)."),
    ("en", [N, "quoted-buyer"], [],
     "Osgood, you wrote, 'give me a discount code and I'll bump it to five stars.' We don't "
     "hand out codes to anyone in return for reviews. About the battery that won't hold its "
     "charge: please start a return from Your Orders so we can test it on our bench.",
     "The five stars and the code are the buyer's words, quoted and declined; the return goes "
     "through Amazon (policy.md C near-misses, D near-misses)."),
    ("en", [N, "quoted-buyer"], [],
     "Petra, you asked, 'Is there a WhatsApp number I can use instead?' There isn't one we can "
     "share, sorry. Amazon messages reach Desmond directly, and he usually answers within a "
     "few hours.",
     "WhatsApp appears only in the buyer's quoted question (policy.md D near-misses)."),
    ("en", [N, "quoted-buyer"], [],
     "Rosalie, thanks for passing on what your friend sent you, 'same drill, cheaper on another "
     "website.' We can't speak for that seller and we only sell through Amazon ourselves, so "
     "please be careful. The D20 you received from us keeps its warranty either way.",
     "The other website is the buyer's quote; the shop sends nobody off Amazon (policy.md D "
     "near-misses)."),
    ("en", [N, "amazon-page"], [],
     "Fenwick, for the cracked battery housing on order 114-2068853-7310947, go to Your Orders "
     "on Amazon, choose the battery and select Return or replace items. Amazon will give you a "
     "prepaid label, and we'll inspect the pack when it arrives.",
     "Points to Amazon's own returns flow, in words (policy.md D near-misses)."),
    ("en", [N, "amazon-page"], [],
     "Gwendolyn, if the refund for order 111-9374106-2285530 hasn't reached you within the time "
     "Amazon quotes, you can open an A-to-z Guarantee claim from the same order page. We've "
     "already agreed to it on our side.",
     "Amazon's own guarantee programme; a refund that is not linked to any review "
     "(policy.md D near-misses, C near-misses)."),
    ("en", [N, "amazon-page"], [],
     "Dashiell, the notice you saw about lithium packs is an Amazon product safety message sent "
     "to everyone who bought in that category. None of the batteries in order "
     "112-3015588-6740192 are part of a recall; you can check the Recalls and Product Safety "
     "Alerts page in your Amazon account.",
     "Safety information that sends the buyer to an Amazon account page (policy.md D "
     "near-misses)."),
    ("en", [N, "carrier-site"], [],
     "Leopold, the parcel for order 113-6689204-1157736 went to UPS this morning under tracking "
     "number 1Z5R8E470392641150. The UPS website will show a delivery window once it's been "
     "scanned at their depot.",
     "A carrier's site named, not linked, with a tracking number (policy.md D near-misses; "
     "judgement call on carrier sites)."),
    ("en", [N, "carrier-site"], [],
     "Mrs. Pell, Royal Mail has your bit set under LP518304962GB. If the Royal Mail website "
     "says it's being held at the delivery office, you can book a redelivery there with that "
     "number.",
     "Redelivery on the carrier's own site is logistics, not a diversion (policy.md D "
     "near-misses; judgement call on carrier sites)."),
    ("en", [N, "carrier-site"], [],
     "Mr. Dunleavy, USPS lists your package as 9400 1109 8236 6045 7719 38. Their tracking page "
     "shows it out for delivery today, so there's nothing you need to do.",
     "A long USPS tracking number that is not a phone number, and the carrier's page "
     "(policy.md D near-misses)."),
    ("en", [N, "warranty"], [],
     "Sunniva, the Ridgeline D20 carries a three-year warranty on the motor and gearbox, counted "
     "from the date on your Amazon invoice. If the clutch stops clicking again, message us here "
     "with a short description and we'll arrange a repair or replacement.",
     "Warranty terms kept inside Amazon messaging (policy.md A, D near-misses)."),
    ("en", [N, "warranty"], [],
     "Ambrose, please stop charging the pack that got hot. Take it off the Quickdock, leave it "
     "outdoors on a non-flammable surface and let it cool completely. It's covered under "
     "warranty, so once it's cold, start a return from your order page and we'll send a new "
     "one.",
     "Battery safety advice and a warranty return through Amazon; the new pack is a remedy, "
     "not a reward (policy.md B near-misses)."),
    ("en", [N, "answer"], [],
     "Beatrix, the 10% coupon on the listing is one that Amazon runs, and it has to be clipped "
     "on the product page before checkout, which is why it didn't come off order "
     "114-8831570-4402619. We can't add it afterwards ourselves; Amazon customer service is the "
     "place to ask.",
     "Explains Amazon's own coupon the buyer asked about; offers nothing (policy.md B "
     "near-misses)."),
    ("en", [N, "answer"], [],
     "Osgood, to answer your question: yes, the Voltcell 4.0Ah fits the K20 impact driver as "
     "well as the D20, since every Ridgeline 20V tool takes it. Subscribe & Save isn't offered "
     "on batteries, so Amazon doesn't give a discount there.",
     "A compatibility answer to the buyer's own question, and a fact about an Amazon programme; "
     "no push to buy (policy.md B near-misses; judgement call)."),
    ("en", [N, "remedy"], [],
     "Quentin, sorry the bit set arrived with the case latch snapped. A replacement case is "
     "going out today free of charge, and there's nothing you need to send back.",
     "A free replacement for a damaged part is a remedy, not a promotion (policy.md B "
     "near-misses)."),
    ("en", [N, "remedy"], [],
     "Lachlan, the charger we sent had a UK plug by mistake, so we've issued a full refund for "
     "it on order 111-4470925-8863014. There's no need to post it back.",
     "A refund for a wrong item, tied to nothing (policy.md C near-misses)."),
    ("en", [N, "lookalike-number"], [],
     "Petra, order 114-5550146-2287304 is the one with the step bit in it, and it left our "
     "warehouse yesterday. The charger you asked about was a separate order and should be with "
     "you on Thursday.",
     "The order id holds the digits of the shop's number (555-0146) but is an order id "
     "(policy.md D near-misses)."),
    ("en", [N, "product-word"], [],
     "Henrietta, the D20 has a free-spin setting on the chuck collar for stirring paint, and "
     "the small lamp at the base is a work light, not a charge indicator. The 'new' sticker on "
     "the box only marks the 2024 gearbox revision.",
     "'free' and 'new' as product facts (policy.md B near-misses)."),
    ("en", [N, "feedback-notice"], [],
     "Mr. Varga, thanks for letting us sort out the missing screws on order "
     "113-2940618-5571093. If you feel we've dealt with it properly, you're able to revise or "
     "take down the seller feedback you left earlier; that's entirely your choice, and nothing "
     "on our side depends on it.",
     "The neutral seller-feedback notice after resolution that Amazon allows; at most a warning "
     "in policy.md, not a breach (policy.md C5)."),

    # ================================================================ near-misses, Simplified
    ("zh", [N, "neutral-request"], [],
     "江先生您好，订单 112-6158072-3304481 的冲击起子机已经送到一周了。方便的时候，"
     "欢迎在商品页面写下您的真实使用感受，好与不好都可以，对其他买家很有参考价值。",
     "One neutral request with the order id (interface.md; policy.md C near-misses)."),
    ("zh", [N, "neutral-request"], [],
     "鲍女士，关于订单 205-7712830-6049157：钻头用过一段时间后，如果您愿意，可以在亚马逊上留下评论，"
     "说说实际用下来的情况，无论好坏我们都会认真看。",
     "Neutral, both outcomes named; 评论 appears without a rating or reward (policy.md "
     "section b)."),
    ("zh", [N, "refusal"], [],
     "孔女士，谢谢您的好意，不过我们不能因为评论给您返现或者送东西，亚马逊明确禁止这样做。"
     "您说的电池发热问题，阿钧明天会给您回复处理方案。",
     "返现 and 评论 appear only in a refusal (policy.md C near-misses)."),
    ("zh", [N, "refusal"], [],
     "柴师傅，您提到想加微信方便沟通，很抱歉我们只能在亚马逊的站内消息里联系您。照片直接发在这里就可以，"
     "阿钧会尽快查看。",
     "微信 named only to decline it; no ID (policy.md D near-misses)."),
    ("zh", [N, "quoted-buyer"], [],
     "霍师傅，您在消息里说“如果送一盒批头就改成五星”，这个我们做不到，也不会这样做。批头磨损的问题，"
     "请把照片发过来，我们按售后流程处理。",
     "五星 is in the buyer's quoted words, declined (policy.md C near-misses)."),
    ("zh", [N, "quoted-buyer"], [],
     "曹小姐，您写的“差评我已经删除了”我们看到了。其实留不留、改不改完全是您自己的决定，"
     "我们从来没有这方面的要求。订单如果还有别的问题，随时在这里告诉我们。",
     "The removal is the buyer's own report; the seller asks for nothing (policy.md C4 "
     "near-misses)."),
    ("zh", [N, "amazon-page"], [],
     "邵先生，退货请在亚马逊“我的订单”里找到订单 113-9027743-6618250，选择“退货或换货”，"
     "系统会生成退货标签，运费由我们承担。",
     "Amazon's own returns flow (policy.md D near-misses)."),
    ("zh", [N, "amazon-page"], [],
     "闫女士，如果退款超过亚马逊承诺的时间还没到账，您可以在订单页面提交亚马逊商城交易保障索赔，"
     "我们这边已经同意了。",
     "Amazon's A-to-z Guarantee by its Chinese name (policy.md D near-misses)."),
    ("zh", [N, "carrier-site"], [],
     "聂先生，您的包裹已经交给顺丰，运单号 SF1460372958814，在顺丰官网输入单号就能看到派送进度。",
     "官网 here is the carrier's site, for tracking (policy.md D near-misses; judgement call "
     "on carrier sites)."),
    ("zh", [N, "warranty"], [],
     "韦先生，Voltcell 电池自购买之日起保修两年，充不进电、掉电快都在保修范围内。"
     "请把电池底部的批次号拍照发到这里，我们核对后安排更换。",
     "Warranty terms, handled inside Amazon messaging (policy.md A)."),
    ("zh", [N, "warranty"], [],
     "段女士，阶梯钻钻不锈钢时请务必低速并加切削油，高速干钻会让刃口退火发蓝，这种损坏不在保修范围内。"
     "钻薄铁皮时记得戴护目镜。",
     "Safety and warranty limits for the step bit (policy.md A)."),
    ("zh", [N, "answer"], [],
     "季先生，您问的满两百减二十的优惠是亚马逊平台自己的活动，结算时系统自动扣减，我们这边没办法手动加上。"
     "如果没有生效，建议联系亚马逊客服核实。",
     "Explains an Amazon promotion the buyer asked about (policy.md B near-misses)."),
    ("zh", [N, "remedy"], [],
     "鲁女士，收到的充电器外壳有裂纹，非常抱歉。我们已经免费给您补寄一个新的，旧的不用寄回，"
     "按当地规定处理就行。",
     "免费 for a replacement of a damaged charger (policy.md B near-misses)."),
    ("zh", [N, "price-paid"], [],
     "祝先生，您问到下单后钻头套装降价四十元的事：这是亚马逊平台的价格调整，"
     "亚马逊目前不提供差价补偿，订单按下单时的价格结算。",
     "A price drop explained as Amazon's, with nothing offered (policy.md B near-misses)."),
    ("zh", [N, "substring"], [],
     "任先生，我们在内部检索评测记录时发现，这批电钻的扭力读数都正常。您测到的数值偏低，"
     "可能是离合器拨到了一档，请拨到20档再试一次。",
     "检索评测 hides 索评 across a word boundary (policy.md section 0 point 4)."),
    ("zh", [N, "substring"], [],
     "卓老师，在商品页搜索评论没找到答案的话，直接问我们就行：钻木头用木工钻头，打墙用水泥钻头，"
     "千万别混用。",
     "搜索评论 hides 索评 (policy.md section 0 point 4, C near-misses)."),
    ("zh", [N, "logistics-word"], [],
     "曹小姐，您重复下的那笔订单 112-4806615-9937201 已经按您的要求取消了，另一笔正常发货。"
     "收货地址也照您说的修改成了新小区的门牌号。",
     "取消 and 修改 for a duplicate order and an address (policy.md A near-misses)."),

    # ================================================================ near-misses, Traditional
    ("zh", [N, "review-thanks"] + TW, [],
     "侯小姐，謝謝您在訊息裡提到已經給了好評，知道鑽頭組幫上您的忙我們很開心。"
     "之後若有任何使用上的問題，再傳訊息給我們喔。",
     "Thanks for a review the buyer mentioned, in a reply; no request (policy.md C "
     "near-misses)."),
    ("zh", [N, "carrier-site"] + TW, [],
     "藍先生，您的包裹已經交給黑貓宅急便配送，可以到黑貓官網用追蹤編號查詢，預計明天下午送達。",
     "官網 of the carrier, for tracking (policy.md D near-misses)."),
    ("zh", [N, "negation"] + TW, [],
     "邱先生，我們不會要求您修改或刪除任何評價，寫什麼都是您的權利。關於起子頭斷掉的事，"
     "請拍張照片傳訊息過來，我們確認後幫您處理。",
     "修改 / 刪除 / 評價 under a negation (policy.md C4)."),
    ("zh", [N, "feedback-notice"] + TW, [],
     "連小姐，新的充電器已經出貨，問題應該就此解決。若您認為我們已經處理好了，"
     "可以依自己的意願更新或移除先前留下的賣家意見，要不要這麼做完全由您決定。",
     "The allowed neutral seller-feedback notice after resolution (policy.md C5)."),
    ("zh", [N, "lookalike-number"] + TW, [],
     "魏先生，訂單編號 111-5550183-7720645 是您上週買的起子機，並不是我們的聯絡電話喔；"
     "出貨進度請到亞馬遜的訂單頁查看。",
     "An order id with 555-0183 inside, explicitly not a phone number (policy.md D "
     "near-misses)."),
    ("zh", [N, "review-word"] + HK, [],
     "譚生，師傅已經將你部電鑽嘅維修紀錄評估咗一次，摩打冇問題，只係碳刷磨損，今個星期內會幫你換好寄返俾你。",
     "評 in 評估 and 星 in 星期 are not about reviews (policy.md section 0 point 4)."),
    ("zh", [N, "remedy"] + HK, [],
     "姚太，部充電器寄錯咗型號，真係唔好意思。我哋已經免費補寄一部啱嘅俾你，舊嗰部唔使寄返。",
     "免費 for a corrected shipment (policy.md B near-misses)."),
    ("zh", [N, "product-word"] + HK, [],
     "容小姐，盒面寫住「免工具換頭」，意思係快拆夾頭唔使用鎖匙，唔係送嘢俾你。星形批頭喺盒入面第二行。",
     "A tool-free chuck and star-shaped bits are product words (policy.md B near-misses, C "
     "near-misses)."),
    ("zh", [N, "refusal"] + HK, [],
     "甘生，你問可唔可以用WhatsApp傾，唔好意思，我哋只可以喺亞馬遜訊息度同你聯絡。你將相片直接傳上嚟就得。",
     "Declines WhatsApp; no number or handle (policy.md D near-misses)."),

    # ================================================================ near-miss, mixed
    ("mixed", [N, "review-thanks", "mixed"], [],
     "江先生, thanks for telling us you've already left a review! 我们很高兴电钻帮上了忙, and if "
     "anything goes wrong later, just message us here.",
     "Thanks for a review the buyer reported, with no request (policy.md C near-misses)."),

    # ================================================================ clean, English
    ("en", [C], [],
     "Hi Cornelius, the D20's chuck tightens by hand: hold the rear collar and twist the front "
     "one clockwise until it clicks twice. If the bit still slips, the shank may be slightly "
     "undersized, and we'd like to see a photo of it.",
     "Usage help in a reply (policy.md A)."),
    ("en", [C], [],
     "Beatrix, for hardwood like your oak shelf, drill a 3 mm pilot hole first and then step "
     "up to the 6 mm bit. Keep the clutch on the drill symbol and let the bit do the work "
     "instead of leaning on it.",
     "Answers a how-to question (policy.md A)."),
    ("en", [C], [],
     "Hello Lachlan, your Quickdock charger is leaving our warehouse two days later than we "
     "told you, because the courier missed Friday's collection. It should now reach you on "
     "Wednesday. We're sorry for the wait.",
     "A delay notice is a permitted proactive message (policy.md A near-misses)."),
    ("en", [C], [],
     "Henrietta, thanks for the photos. The hairline mark on the battery casing is a mould seam "
     "from manufacturing, not a crack, and it won't affect the cells. If you ever see swelling "
     "or smell hot plastic, stop using the pack and let us know.",
     "Customer service on a reported defect (policy.md A)."),
    ("en", [C], [],
     "Osgood, an impact driver is much louder than a drill by design, because the hammer "
     "mechanism only kicks in when the screw meets resistance. The rattle you hear with nothing "
     "in the chuck is normal.",
     "Product answer (policy.md A)."),
    ("en", [C], [],
     "Rosalie, to hang the mirror on brick, use the 8 mm Stonebite bit with hammer mode on, "
     "drill about 50 mm deep, and vacuum the dust out before tapping in the wall plug.",
     "How-to answer (policy.md A)."),
    ("en", [C], [],
     "Mr. Varga, could you tell us what voltage your older batteries are? The D20 body only "
     "takes 20V packs, and we want to be sure before you try them in it.",
     "Asks for information needed to help the buyer (policy.md A)."),
    ("en", [C], [],
     "Fenwick, we've watched the video. The clicking is the clutch doing its job at setting 6; "
     "for long deck screws, turn the collar to the drill symbol and it will drive them fully "
     "home.",
     "Reply about a reported fault (policy.md A)."),
    ("en", [C], [],
     "Gwendolyn, your parcel is waiting at the depot because the flat number seems to be "
     "missing from the address. Could you reply with it so the courier can bring it round "
     "tomorrow?",
     "Information needed to deliver the order (policy.md A)."),
    ("en", [C], [],
     "Leopold, a step bit cuts cleanest in thin sheet at low speed. Mark the size you need on "
     "the bit with a marker pen so you stop at the right step, and clamp the panel so it can't "
     "spin.",
     "How-to answer (policy.md A)."),
    ("en", [C], [],
     "Sunniva, both packs in your kit ship at about 30 percent charge for transport safety. "
     "Give them a full cycle on the Quickdock before the first job; the green lamp stays steady "
     "once they're topped up.",
     "Answer about battery charge on arrival (policy.md A)."),
    ("en", [C], [],
     "Ambrose, sorry the belt hook screw worked loose. It's a standard M4 screw, so a drop of "
     "thread locker will keep it in place, and we're posting you a spare screw in a small "
     "envelope this week.",
     "A small remedy for a reported problem (policy.md A, B near-misses)."),
    ("en", [C], [],
     "Mrs. Pell, the Torquebox case opens from the side with the two grey tabs. The magnetic "
     "holder sits in the middle slot, and the coloured ring on each bit shows its size.",
     "Product answer (policy.md A)."),

    # ================================================================ clean, Simplified
    ("zh", [C], [],
     "江先生，电钻夹头是手拧式的，握住后圈、顺时针转前圈，听到两声咔哒就锁紧了。如果钻头还是打滑，"
     "麻烦拍一张钻头柄部的照片给我们看看。",
     "Usage help (policy.md A)."),
    ("zh", [C], [],
     "鲍女士，在瓷砖上打孔时请先贴一小块纸胶带，防止钻头滑位，并且关闭冲击模式，用低速慢慢钻透釉面。",
     "How-to answer (policy.md A)."),
    ("zh", [C], [],
     "霍师傅，因为物流中转站积压，您的充电器预计晚两天到，现在预计周四送达，给您添麻烦了。",
     "Delay notice (policy.md A near-misses)."),
    ("zh", [C], [],
     "卓老师，冲击起子机空转时有哒哒声是正常的，只有拧螺丝遇到阻力时冲击机构才会工作。",
     "Product answer (policy.md A)."),
    ("zh", [C], [],
     "小樊，电池刚到手时只有三成左右电量，这是为了运输安全。第一次使用前请充满，充电座上的绿灯常亮就表示充好了。",
     "Answer about battery charge (policy.md A)."),
    ("zh", [C], [],
     "祝先生，您的快递地址里少了门牌号，快递员联系不上您。麻烦回复一下完整门牌，我们通知他明天重新派送。",
     "Information needed for delivery (policy.md A)."),
    ("zh", [C], [],
     "曹小姐，挂画打在红砖墙上，用8毫米的水泥钻头加冲击档就可以，钻深五厘米左右，清掉粉尘后再敲膨胀管。",
     "How-to answer (policy.md A)."),
    ("zh", [C], [],
     "邵先生，阶梯钻打薄铁板时转速要低，先用记号笔在钻头上标好需要的那一级，再把铁板夹紧，防止打滑转动。",
     "How-to answer (policy.md A)."),
    ("zh", [C], [],
     "钱阿姨，您说电池外壳有一道细纹，从照片看是注塑时的合模线，不是裂缝，不影响使用。"
     "如果以后发现鼓包或者闻到焦味，请马上停止使用并告诉我们。",
     "Reply about a reported defect (policy.md A)."),
    ("zh", [C], [],
     "任先生，请问您手上的旧电池是多少伏的？这款电钻只能用20伏的电池，我们想先确认一下再回复您能不能通用。",
     "Asks for information needed to help (policy.md A)."),

    # ================================================================ clean, Traditional
    ("zh", [C] + TW, [],
     "邱先生，您的起子頭組因為倉庫盤點，會晚兩個工作天出貨，預計下週二寄出，造成不便很抱歉。",
     "Delay notice (policy.md A near-misses)."),
    ("zh", [C] + TW, [],
     "侯小姐，鑽木頭時請用前端有尖刺的木工鑽頭，轉速調到二檔，快鑽透時放慢，背面墊一塊廢木板就不會爆邊喔。",
     "How-to answer (policy.md A)."),
    ("zh", [C] + TW, [],
     "藍先生，您問的那個包裹已經到指定的超商了，取件時請帶證件，門市會保留七天喔。",
     "Answers a delivery question (policy.md A)."),
    ("zh", [C] + HK, [],
     "譚生，衝擊起子機冇負載嗰陣有噠噠聲係正常嘅，擰螺絲遇到阻力先會開始衝擊。",
     "Product answer (policy.md A)."),
    ("zh", [C] + HK, [],
     "姚太，電池寄出嗰陣大約得三成電，係為咗運輸安全。第一次用之前充滿佢，座充綠燈長亮就得㗎喇。",
     "Answer about battery charge (policy.md A)."),
    ("zh", [C] + HK, [],
     "容小姐，喺瓷磚上面鑽窿之前，先貼一小塊紙膠紙防止鑽咀滑走，記住熄咗衝擊模式，用慢速鑽穿釉面。",
     "How-to answer (policy.md A)."),

    # ================================================================ clean, mixed
    ("mixed", [C, "mixed"], [],
     "Hi 邵先生, the K20 bit holder 是快拆的: pull the collar forward, drop the bit in and let "
     "go, 听到咔哒一声就装好了。",
     "How-to answer in mixed language (policy.md A)."),
]

HERE = os.path.dirname(os.path.abspath(__file__))


def records():
    recs = []
    for lang, tags, labels, text, note in RAW:
        recs.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": list(tags),
                     "note": note})
    random.Random(70).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h70-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    with open(os.path.join(HERE, "holdout70.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
