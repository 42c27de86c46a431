#!/usr/bin/env python3
"""Source of holdout101.jsonl: 160 hand-labelled messages from Quarterfile Chess Supply.

Hard-to-see characters are spelled symbolically: ZW (zero-width space), CY_E / CY_A
(Cyrillic look-alikes of e and a), STAR (the star emoji), fw() (full-width Latin).
records() returns the list; running the file writes holdout101.jsonl next to it.
"""
import json
import os
import random

ZW = "\u200b"
CY_E = "\u0435"
CY_A = "\u0430"
STAR = "\u2b50"


def fw(s):
    """Full-width form of ASCII letters, digits, '@', '.' and '_'."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


POLICIES = ["marketing", "off-platform-contact", "review-inducement"]
SUB_ORDER = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                  "follow"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: lab for lab, subs in SUB_ORDER.items() for s in subs}
MK, OP, RI = POLICIES

# (category, style, labels, subtypes, techniques, trap, language key, text, note)
# language key: en | zh (Simplified) | tw (Traditional, Taiwan) | hk (Traditional, Cantonese)
#               | mix (Simplified + English)
R = []


def v(style, labels, subs, lk, text, note):
    R.append(("violation", style, labels, subs, [], None, lk, text, note))


def e(labels, subs, techs, lk, text, note):
    R.append(("evasion", None, labels, subs, techs, None, lk, text, note))


def n(trap, lk, text, note):
    R.append(("near-miss", None, [], [], [], trap, lk, text, note))


def c(lk, text, note):
    R.append(("clean", None, [], [], [], None, lk, text, note))


# =====================================================================================
# VIOLATIONS: English (plain 7, careful 10, split 10)
# =====================================================================================
v("plain", [RI], ["incentive"], "en",
  "Hi Percival, if you post a review of the Oakrook pieces this week, reply with a screenshot "
  "and we'll send a spare pair of weighted queens at no cost. Isidore, Quarterfile Chess Supply",
  "A spare-part reward promised for a posted review is compensation (policy.md C1).")
v("plain", [MK], ["coupon", "cross-sell"], "en",
  "Wilhelmina, thanks for choosing the Tallfile board. Use coupon ROOK15 on your next order "
  "and take 15% off any Ticklane clock in our shop.",
  "A coupon for the next order pushing a second product line (policy.md B).")
v("plain", [OP], ["email", "diversion"], "en",
  "For anything about the Ticklane Z3, email Isidore at isidore@quarterfilechess.com and skip "
  "the Amazon inbox altogether; he answers there much faster.",
  "Shop e-mail address plus an invitation to leave Amazon messaging (policy.md D2, D6).")
v("plain", [RI], ["rating-request"], "en",
  "Lucian, a five-star rating on the Kingsgate board would keep our little workshop afloat "
  "through the winter. Thanks for ordering from us.",
  "Names the rating the seller wants (policy.md C2).")
v("plain", [MK, OP], ["new-product", "follow", "social"], "en",
  "The Wallrank demo board is among our new arrivals this month, and we post first looks on "
  "Instagram at @quarterfile.chess, so do follow along.",
  "New-product announcement and a follow request on a social account (policy.md B, D4).")
v("plain", [OP], ["phone"], "en",
  "If the clock resets itself again, just call our bench line at +1 (347) 555-0126 and we'll "
  "talk you through the fix live.",
  "The shop's own telephone number, not a carrier or warranty line (policy.md D3).")
v("plain", [RI], ["change-review"], "en",
  "Now that the new rook has reached you, could you edit your review so it shows how we "
  "handled the mix-up?",
  "Asks the buyer to change an existing product review (policy.md C4).")

v("careful", [RI], ["incentive"], "en",
  "Honora, once your thoughts on the Notaquill scorebook are up on its Amazon page, send us a "
  "quick screenshot and we'll slip three extra scorebooks into a parcel for your club, on the "
  "house.",
  "Extra goods in exchange for a posted opinion; no review keyword used (policy.md C1).")
v("careful", [RI], ["gating"], "en",
  "If the Ticklane clock has been everything you hoped, other players would love to hear so on "
  "the listing. If it has let you down in any way, message us here first and we'll make it "
  "right before anything goes public.",
  "Happy buyers to the listing, unhappy buyers to the seller (policy.md C3).")
v("careful", [RI], ["steering"], "en",
  "When you tell other shoppers about the set on Amazon, it would help us a lot if you "
  "mentioned that the pieces are weighted and that every knight is hand-carved.",
  "Tells the buyer what to write (policy.md C7).")
v("careful", [RI], ["change-review"], "en",
  "We noticed the words you posted about the roll-up board went up before the second board "
  "reached you. Would you mind bringing them up to date now that it is sorted?",
  "A veiled request to revise a product review after resolution (policy.md C4).")
v("careful", [RI], ["feedback-pressure"], "en",
  "The comment you left on our seller profile is dragging our account score down just before "
  "club season. Since the case was swapped, we'd be grateful if you took it down.",
  "Pressure to withdraw seller feedback, citing harm to the account (policy.md C5).")
v("careful", [OP], ["phone", "messaging-app"], "en",
  "Jasper, for the clock settings it is easiest to text me on Signal at 347-555-0158; I answer "
  "there most evenings.",
  "A messaging app and the staff member's number (policy.md D4; judgement call 12).")
v("careful", [MK], ["discount", "buy-again"], "en",
  "Your club will run through those scorebooks by spring. Order ten more before the end of the "
  "month and we'll take a quarter off the total.",
  "A repeat-purchase push with a price cut (policy.md B).")
v("careful", [MK, OP], ["cross-sell", "url", "diversion"], "en",
  "Our full catalogue, including the tournament kits Amazon does not carry, lives at "
  "quarterfilechess.com, and orders placed there ship from the same workshop.",
  "Own domain, other products, and buying outside Amazon (policy.md B, D1, D6).")
v("careful", [MK], ["vip-list"], "en",
  "Greta, we keep a short list of club captains who hear about our tournament kits a week "
  "before anyone else and get first pick at members' pricing. Reply 'captain' and we'll add "
  "you.",
  "An exclusive early-access list with member pricing (policy.md B).")
v("careful", [OP], ["payment", "diversion"], "en",
  "Ambrose, for the extra Ticklane clock there's no need to place another order: send the "
  "amount by bank transfer and we'll post it tomorrow.",
  "Money for a second item taken outside Amazon (policy.md D5, D6).")

v("split", [RI], ["incentive"], "en",
  "Hope the Kingsgate board is settling in nicely, Mr. Villanueva. A lot of customers tell "
  "other shoppers what they think on the product page. Those who do and let us know get a "
  "walnut piece tray from us, with our compliments.",
  "The reward and the review idea sit in different sentences (policy.md C1).")
v("split", [RI], ["gating"], "en",
  "Ms. Oyelaran, we hope the tournament kit is doing its job. Happy with it? The review button "
  "on your order page is the place to say so. Something not right? Skip that and write to me "
  "here instead.",
  "Gating spread over question-and-answer sentences (policy.md C3).")
v("split", [OP], ["messaging-app", "qr"], "en",
  "Isidore handles clock repairs personally. Inside the lid of the clock box there's a small "
  "printed square. Point your phone camera at it and it opens a chat with him directly.",
  "A printed code that opens an outside chat, described without naming it (policy.md D1, "
  "section e).")
v("split", [MK], ["cross-sell", "restock"], "en",
  "Thanks again for picking up the Tallfile board. The ebony Oakrook set that pairs with it is "
  "back on our shelf this week. It was gone in four days last time.",
  "Unprompted restock notice for a matching product (policy.md B; judgement call 11).")
v("split", [MK], ["referral"], "en",
  "Your chess club might want boards too. Pass them our name. For every club that orders "
  "because of you, we'll send you a Ticklane clock.",
  "A reward for bringing in new buyers (policy.md B).")
v("split", [MK], ["giveaway"], "en",
  "We draw one winner every month from buyers who write to us. This month the prize is a "
  "Kingsgate walnut board. Reply with your club's name to enter.",
  "A prize draw offered to buyers (policy.md B).")
v("split", [MK, OP], ["follow", "social"], "en",
  "We film short endgame lessons on the Wallrank board. They go up on our YouTube channel, "
  "Quarterfile Chess, every Sunday. Subscribing is the easiest way not to miss one.",
  "A follow request for an outside video channel (policy.md B, D1).")
v("split", [MK], ["listing-link", "bundle"], "en",
  "The carrying case you picked fits the Tallfile board exactly. So does the Ticklane Z3. The "
  "three together are our Travel Trio at amazon.com/dp/B0F4KQ7M2T, and the set costs less "
  "than the clock and case bought apart.",
  "A bundle pitch with a link to another Amazon listing (policy.md B, D1; judgement call 7).")
v("split", [RI], ["incentive", "change-review"], "en",
  "We're sorry the first clock arrived dead. The new one is on its way. Once it's running, "
  "would you look again at what you wrote on the listing? We'd happily cover what you paid "
  "for the first one.",
  "Money back tied to revisiting a product review (policy.md C1, C4).")
v("split", [OP], ["email", "diversion"], "en",
  "Next time you need scorebooks for a tournament, don't wait on Amazon. Write to "
  "orders@quarterfilechess.com with the quantity. We invoice clubs directly.",
  "Shop address and direct invoicing outside Amazon (policy.md D2, D6).")

# =====================================================================================
# VIOLATIONS: Simplified Chinese (plain 5, careful 7, split 7)
# =====================================================================================
v("plain", [MK, RI], ["discount", "incentive", "rating-request"], "zh",
  "钱先生您好，收到棋子后请给个五星好评，截图发给我们，下次买棋钟给您打八折。",
  "A five-star ask paid with a discount on the next order (policy.md C1, C2, B; judgement "
  "call 5).")
v("plain", [MK, OP], ["discount", "messaging-app", "diversion"], "zh",
  "汪女士，加我们微信 quarterfile_cn，以后买记谱本直接找我们，比亚马逊便宜一截。",
  "WeChat handle and cheaper purchases off Amazon (policy.md D4, D6, B).")
v("plain", [MK], ["coupon", "sale"], "zh",
  "陶老师，本周末棋钟全场打折，结账时输入优惠码 PAWN10 还能再减一成。",
  "Weekend sale plus a discount code (policy.md B).")
v("plain", [RI], ["change-review"], "zh",
  "胡阿姨，新的棋盘已经给您补发了，麻烦把之前那条两星的评价删掉吧。",
  "Asks for a product review to be deleted after a remedy (policy.md C4).")
v("plain", [MK], ["new-product", "cross-sell"], "zh",
  "小楠，店里刚到一款新品：磁吸旅行棋盘，和您买的棋钟是同一个系列，欢迎来看看。",
  "New-product announcement and cross-selling (policy.md B).")

v("careful", [RI], ["incentive"], "zh",
  "钱先生，您在商品页写下使用感受以后，把截图发给我们，我们再寄一副备用皇后给您，不收钱。",
  "Goods promised for posting an opinion; no 评 or 礼 used (policy.md C1).")
v("careful", [RI], ["gating"], "zh",
  "如果棋钟用得顺手，欢迎到亚马逊商品页跟其他棋友说说；要是哪里不满意，请先在这里找我们，别急着公开写。",
  "Satisfied buyers to the listing, unhappy ones to the seller (policy.md C3).")
v("careful", [RI], ["change-review"], "zh",
  "您之前在商品页留下的那段话是补发之前写的，现在问题解决了，能不能麻烦您重新编辑一下，跟现在的情况对上？",
  "A veiled request to edit a product review (policy.md C4; judgement call 3).")
v("careful", [OP], ["payment", "diversion"], "zh",
  "差价您不用在亚马逊上补，直接转到我们的银行账户就行，到账后马上给您发货。",
  "Payment to the seller's bank account outside Amazon (policy.md D5).")
v("careful", [MK], ["discount", "buy-again"], "zh",
  "记谱本用完了直接告诉我们，第二次下单我们按九成收，棋社要的多还能再少一点。",
  "A cheaper repeat purchase offered unprompted (policy.md B).")
v("careful", [OP], ["messaging-app", "diversion"], "zh",
  "以后棋钟设置有疑问，可以在电报上找阿岚，用户名 quarterfile_help，比这里回得快。",
  "Telegram named in Chinese, with the handle (policy.md D4, D6).")
v("careful", [RI], ["feedback-pressure"], "zh",
  "您给店铺留的那条卖家反馈让我们这个月的账户指标掉了不少，换货已经办完了，麻烦您撤下来吧。",
  "Pressure to withdraw seller feedback (policy.md C5).")

v("split", [RI], ["steering"], "zh",
  "感谢购买 Kingsgate 折叠棋盘。如果您愿意在亚马逊上分享体验，请写上“胡桃木、磁吸、收纳方便”这几个词。这样其他棋友搜的时候更容易找到。",
  "Keywords the buyer should put in the review (policy.md C7).")
v("split", [MK], ["giveaway"], "zh",
  "我们每个月会从老顾客里抽一位，送出整套比赛用具。这个月的名单还差几位。回复您所在棋社的名字就算报名。",
  "A monthly prize draw (policy.md B).")
v("split", [MK, OP], ["cross-sell", "url", "diversion"], "zh",
  "亚马逊上只上架了部分颜色。其余的檀木棋子都放在我们自己的商城 quarterfilechess.com。在那边下单同样由我们工作室发货。",
  "Own shop domain for other products (policy.md D1, D6, B).")
v("split", [MK], ["referral"], "zh",
  "您所在的棋社如果也需要棋钟，可以把我们介绍给他们。每成交一家，我们就给您寄一本精装记谱本。",
  "Reward for referring another club (policy.md B).")
v("split", [RI], ["gating"], "zh",
  "棋盘收到后请先检查一下。满意的话，欢迎去亚马逊留下您的评价。要是有问题，千万别在那里写，先私信我们。",
  "Classic gating over three sentences (policy.md C3).")
v("split", [OP], ["phone"], "zh",
  "周末我们后台的消息回得慢。要是比赛前棋钟出了状况，打阿岚的手机 347-555-0158。她周末也接。",
  "Staff mobile number (policy.md D3).")
v("split", [MK, OP], ["follow", "social"], "zh",
  "我们在小红书上有个账号叫“Quarterfile棋具”。每周都会发残局练习。关注一下，比赛前能多练几道题。",
  "Follow request for a 小红书 account (policy.md D4, B; judgement call 12).")

# =====================================================================================
# VIOLATIONS: Traditional Chinese (plain 3, careful 4, split 4)
# =====================================================================================
v("plain", [MK], ["coupon"], "tw",
  "侯小姐您好，下次在我們的賣場結帳時輸入折價券 CASTLE20，整組棋子可以再便宜兩成喔。",
  "Discount code for the next purchase (policy.md B).")
v("plain", [RI], ["incentive", "rating-request"], "hk",
  "譚太，你喺亞馬遜寫低好評之後，影張相俾我哋，我哋即刻轉二十蚊俾你。",
  "Cash for a positive review (policy.md C1, C2).")
v("plain", [OP], ["messaging-app", "diversion"], "tw",
  "董先生，之後棋鐘有問題直接加我們的 LINE：@quarterfiletw，比在這裡傳訊息快很多喔。",
  "LINE handle and a move off Amazon messaging (policy.md D4, D6).")

v("careful", [RI], ["change-review"], "hk",
  "霍生，新嘅棋鐘已經寄咗俾你。你之前喺商品頁寫嗰段嘢，可唔可以執返一執，講返而家嘅情況？",
  "Veiled request to edit a product review (policy.md C4).")
v("careful", [OP], ["payment", "diversion"], "tw",
  "岳小姐，第二組棋盤不用再在亞馬遜下單，直接轉帳到我們的帳戶就好，入帳後當天出貨。",
  "Payment by bank transfer outside Amazon (policy.md D5, D6).")
v("careful", [RI], ["gating"], "hk",
  "石小姐，如果個捲式棋盤用得開心，不妨喺亞馬遜同其他棋友分享下；如果有咩唔妥，唔好公開講住，先搵我哋。",
  "Gating in Cantonese without review words (policy.md C3).")
v("careful", [MK], ["sale"], "tw",
  "郭先生，這個週末全館棋鐘都降到接近成本，錯過要等到年底喔。",
  "A storewide weekend sale announcement (policy.md B).")

v("split", [RI], ["incentive"], "tw",
  "郭先生，棋子用起來還順手嗎？如果您願意在亞馬遜上寫幾句心得，請把畫面截圖傳訊息給我們。我們會補寄一組備用兵給您，不另收費。",
  "Spare pieces promised for a posted opinion (policy.md C1).")
v("split", [OP], ["email"], "hk",
  "棋鐘嘅說明書我哋有中文版。喺呢度傳唔到咁大嘅檔案。你寫封信去 help@quarterfilechess.com，我哋再發俾你。",
  "Sends the buyer to the shop's e-mail address (policy.md D2).")
v("split", [MK], ["cross-sell", "listing-link"], "tw",
  "您買的是 Oakrook 標準棋子。同系列還有加重版和檀木版。都放在我們的亞馬遜店面 amazon.com/stores/Quarterfile，有空可以逛逛喔。",
  "Storefront link to other products (policy.md B, D1; judgement call 7).")
v("split", [RI], ["rating-request", "gating"], "hk",
  "程生，多謝幫襯。個棋鐘用落滿意嘅話，記得幫我哋喺亞馬遜俾足五粒星。唔滿意就直接搵我哋，唔使寫出嚟。",
  "Five stars if happy, contact us if not (policy.md C2, C3).")

# =====================================================================================
# VIOLATIONS: mixed (plain 1, careful 1, split 1)
# =====================================================================================
v("plain", [RI], ["incentive", "rating-request"], "mix",
  "Hi 小楠, 棋钟还好用吗？Leave us a five-star review on Amazon，我们就寄一个 carrying case 给你当谢意。",
  "Five-star ask with a case as the reward (policy.md C1, C2).")
v("careful", [MK, OP], ["discount", "url", "diversion"], "mix",
  "汪女士，the scorebooks for your club 以后可以直接在我们自己的 shop 订，比 Amazon 上便宜一些，地址是 quarterfilechess.com/club。",
  "Own shop link and a lower price off Amazon (policy.md D1, D6, B).")
v("split", [MK], ["new-product"], "mix",
  "钱先生, thanks for the order. 我们下个月推出 Ticklane Z5。Reply 'Z5' and we'll hold one for you，首发那天就寄。",
  "Pre-launch announcement and reservation offer (policy.md B).")

# =====================================================================================
# EVASIONS: English 9, Simplified 6, Traditional 4, mixed 1
# =====================================================================================
e([OP], ["messaging-app"], ["homoglyph"], "en",
  "For quick help with the clock's menus, message Isidore on T" + CY_E + "l" + CY_E +
  "gram: @quarterfile_help.",
  "Telegram spelled with Cyrillic e (policy.md D4, section e).")
e([MK], ["coupon"], ["leetspeak"], "en",
  "Thanks for ordering, Lucian. Knock 15% off your next Ticklane clock with c0up0n R00K15 at "
  "checkout.",
  "Coupon and code written with zeros (policy.md B, section e).")
e([OP], ["phone", "messaging-app"], ["spacing", "number-words"], "en",
  "Message us on S i g n a l any time at three four seven, five five five, oh one two six.",
  "Spaced app name (Signal) and a phone number in words (policy.md D3, D4, section e).")
e([OP], ["email", "phone", "diversion"], ["spelled-email", "number-words"], "en",
  "Send the club order to isidore dot orders at quarterfilechess dot com, or text three four "
  "seven five five five oh one five eight, and we'll invoice you outside Amazon.",
  "Spelled-out address and number, direct invoicing (policy.md D2, D3, D6, section e).")
e([RI], ["rating-request", "gating"], ["emoji", "zero-width"], "en",
  "Glad the Kingsgate board arrived safely, Percival! If it lives up to your hopes, " +
  STAR * 5 + " in your re" + ZW + "view would make our week.",
  "Emoji stars conditioned on satisfaction, review split by a zero-width space (policy.md C2, "
  "C3, section e).")
e([OP], ["email"], ["fullwidth"], "en",
  "Questions about the Wallrank demo board? Write to " + fw("help@quarterfilechess.com") +
  " and attach a photo of the stand.",
  "Full-width e-mail address (policy.md D2, section e).")
e([OP], ["messaging-app"], ["nickname", "split-handle"], "en",
  "Quickest route to Isidore is the paper-plane app: look for quarterfile, then an underscore, "
  "then help.",
  "Telegram by nickname, handle given in pieces (policy.md D4, section e).")
e([RI], ["incentive"], ["separator", "leetspeak"], "en",
  "Post a r-e-v-i-e-w of the Oakrook set and we'll mail you a sp4re queen in each colour.",
  "Separated review word and leetspeak reward (policy.md C1, section e).")
e([MK, OP], ["discount", "url", "diversion"], ["homoglyph", "fullwidth"], "en",
  "Our spring catalogue sits at " + fw("quarterfilechess") + ".com, with the club kits priced "
  "below what Am" + CY_A + "zon charges.",
  "Full-width own domain and a lower price than Amazon (policy.md D1, D6, B, section e).")

e([OP, RI], ["messaging-app", "payment", "incentive", "rating-request"], ["pinyin", "homophone"],
  "zh",
  "亲，给个 haoping 就返五美元，加薇信 quarterfile_cn 领钱。",
  "Pinyin 好评, 薇信 for WeChat, cash paid off Amazon (policy.md C1, D4, D5, section e).")
e([OP], ["phone"], ["cn-numerals"], "zh",
  "棋钟有毛病直接打给阿岚：三四七五五五零一五八，白天都在。",
  "Phone number in Chinese numerals (policy.md D3, section e).")
e([RI], ["incentive", "rating-request"], ["spacing"], "zh",
  "小楠，棋子收到后留个 好 评 返 现 三美元，截图发在这个对话里就行。",
  "Spaced 好评返现 (policy.md C1, section e).")
e([OP], ["messaging-app"], ["separator", "split-handle"], "zh",
  "加一下我们的微/信吧，号是 quarterfile 后面加下划线和 cn。",
  "Separated 微信, handle in pieces (policy.md D4, section e).")
e([MK, OP], ["discount", "messaging-app", "diversion"], ["nickname"], "zh",
  "比赛用的记谱本可以在绿泡泡里团购，搜 quarterfile_cn 进群，价钱比亚马逊低。",
  "绿泡泡 for WeChat, group buying off Amazon (policy.md D4, D6, B, section e).")
e([MK], ["coupon"], ["zero-width", "pinyin"], "zh",
  "下次买棋钟报暗号 CASTLE20 有 youhui 哦，优" + ZW + "惠到月底截止。",
  "Code with pinyin and a zero-width split 优惠 (policy.md B, section e).")

e([RI], ["incentive", "rating-request"], ["homophone"], "hk",
  "程生，幫我哋寫個好萍啦，寫完我哋送多一盒備用棋子俾你。",
  "好萍 for 好評, with a reward (policy.md C1, C2, section e).")
e([MK, OP], ["new-product", "messaging-app"], ["homophone"], "tw",
  "加我們的賴@quarterfiletw，新款棋鐘會先給賴上的朋友看喔。",
  "賴 for LINE, early look at a new clock (policy.md D4, B, section e).")
e([OP], ["phone", "messaging-app"], ["cn-numerals"], "hk",
  "棋鐘有咩問題，直接 WhatsApp 我哋：零七七零零 九零零三九五，晚上都會覆。",
  "UK mobile in Chinese numerals on WhatsApp (policy.md D3, D4, section e).")
e([RI], ["rating-request", "gating"], ["emoji"], "tw",
  "岳小姐，棋盤用得滿意的話，麻煩在亞馬遜幫我們點滿五顆" + STAR + "喔！",
  "Emoji star rating conditioned on satisfaction (policy.md C2, C3, section e).")

e([OP], ["email", "messaging-app", "diversion"], ["nickname", "spelled-email"], "mix",
  "汪女士, 想要 cheaper price 的话 find me on 小飞机, 或者写信到 clubs at quarterfilechess dot com，我们 direct 发货。",
  "小飞机 for Telegram and a spelled address (policy.md D2, D4, D6, section e).")

# =====================================================================================
# NEAR-MISSES: English 23
# =====================================================================================
n("review-word", "en",
  "Percival, the 'game review' sheet in the Pawnstack kit is for going over your games with a "
  "coach after the round; the blank diagrams on the back let you copy key positions.",
  "Review in the chess sense, not a product review (policy.md C near-misses).")
n("remedy", "en",
  "Wilhelmina, the cracked Kingsgate hinge is on us: a replacement board left the workshop "
  "this morning, and there's nothing to send back.",
  "A replacement as a remedy, no review mentioned (policy.md B near-misses).")
n("lookalike-number", "en",
  "Your order 112-5550126-4839107 was split into two parcels; the clock went first and the "
  "pieces follow on Thursday.",
  "An order id with a 555-01xx block inside it is not a phone number (policy.md D near-misses).")
n("negation", "en",
  "We don't offer anything in exchange for reviews and never will. As for the dim backlight, "
  "hold both side buttons for three seconds to raise it.",
  "States the rule in the negative, then answers (policy.md C near-misses).")
n("neutral-request", "en",
  "Hi Lucian, your Oakrook pieces from order 113-2748105-6630921 were delivered last week. If "
  "you have a moment, a review on Amazon describing how they have worked for you, good or bad, "
  "would be welcome. Thank you.",
  "One neutral request, no rating, reward or condition (interface.md; policy.md C "
  "near-misses).")
n("amazon-page", "en",
  "To send back the warped roll-up board, open Your Orders on Amazon, choose order "
  "114-6092371-5518460 and pick the return option; the label is prepaid.",
  "Amazon's own returns flow (policy.md D near-misses).")
n("answer", "en",
  "You asked about the 'Save 10%' box on the clock's listing: that is an Amazon coupon you tick "
  "before adding it to your cart, and Amazon applies it at checkout. We don't issue codes "
  "ourselves.",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
n("refusal", "en",
  "Sorry, Honora, we can't take payment outside Amazon or give out a phone number; everything "
  "for your club order has to go through this thread, and we'll answer here within the day.",
  "Refuses an off-platform request (policy.md D).")
n("feedback-notice", "en",
  "We're glad the second clock is keeping time properly. If you feel we've now dealt with the "
  "problem, you're able to revise or withdraw the seller feedback you left earlier; it's "
  "entirely your call.",
  "Amazon's neutral seller-feedback notice after resolution (policy.md C5).")
n("product-word", "en",
  "The Tallfile board is free of PVC and phthalates, and its storage tube has a weighted base "
  "so it won't roll off the table.",
  "Free as a product property (policy.md B near-misses).")
n("quoted-buyer", "en",
  "You wrote that the clock 'would get one star from me if it resets once more'. Those resets "
  "come from weak batteries: two fresh AA cells fix it, and the battery door slides toward the "
  "hinge.",
  "The star words are the buyer's, quoted; nothing is asked about a review (policy.md C "
  "near-misses).")
n("logistics-word", "en",
  "We've cancelled the duplicate scorebook order as you asked, and order 114-3318072-6409915 "
  "now goes to your club hall instead of your home.",
  "Cancellation and address words in logistics (policy.md A near-misses).")
n("review-thanks", "en",
  "Thank you for the kind words you posted about the Caddyrook case, Jasper. The strap clip you "
  "asked about in that review is a standard 25 mm buckle, so any outdoor shop will have one.",
  "Thanks for a review already written, answering its question (policy.md C near-misses).")
n("carrier-site", "en",
  "Your parcel is with USPS now; tracking 9400 1118 2045 6731 9082 14 shows it at the regional "
  "hub, and usps.com lets you redirect it to the post office if nobody is home.",
  "The carrier's own site for a delivery (policy.md D near-misses; judgement call 8).")
n("warranty", "en",
  "The Ticklane Z3 carries the maker's two-year warranty. If the display fails, Ticklane's "
  "repair desk is at +1 (717) 555-0119 and they will ask for the serial inside the battery "
  "door.",
  "Manufacturer warranty number (policy.md D3 exception; judgement call 8).")
n("price-paid", "en",
  "The price you paid, $64.99, already includes the carrying case; the lower figure you saw "
  "was the listing without the case.",
  "Explains a price already paid (policy.md B near-misses).")
n("substring", "en",
  "The two extra queens in the box are for pawn promotion, so each side can have a second "
  "queen without borrowing a rook.",
  "Promotion in the chess sense (policy.md B near-misses).")
n("lookalike-number", "en",
  "Order 111-5550158-2074639 is the one with the engraved board; the other order from the same "
  "day has the spare pieces.",
  "Order id that contains 555-0158 (policy.md D near-misses).")
n("remedy", "en",
  "Because the clock stopped during your club final, we have refunded the full $49.99 to your "
  "card, and you can keep the faulty unit.",
  "A refund as a remedy with no review link (policy.md C near-misses).")
n("negation", "en",
  "No need to leave a review or anything of the sort; we only need you to confirm the engraved "
  "board should read 'Marston Chess Club' before we cut it.",
  "Negated review mention in a custom-design check (policy.md C near-misses).")
n("amazon-page", "en",
  "The clock's manual is also on its Amazon listing: scroll below the photos to the link named "
  "Product guides and documents.",
  "Points to Amazon's own page for a manual (policy.md D near-misses).")
n("logistics-word", "en",
  "Royal Mail sent the first parcel back to us as undeliverable. We've added your flat number "
  "and sent it again under tracking QP517382046GB, order 205-7183946-0025517.",
  "Return-to-sender and resend, logistics only (policy.md A near-misses).")
n("answer", "en",
  "Yes, the Lightning Deal you saw is Amazon's own; it ends when the timer on the listing runs "
  "out, and the deal price is what you will be charged.",
  "Answers a question about an Amazon promotion (policy.md B near-misses).")

# =====================================================================================
# NEAR-MISSES: Simplified Chinese 16
# =====================================================================================
n("substring", "zh",
  "我们在后台检索评测记录时发现，这批棋钟的电池仓弹片偏紧，寄给您的那台出厂前已经换过弹片。",
  "检索评测 contains 索评 but is no review request (policy.md C near-misses).")
n("substring", "zh",
  "您说在商品页搜索评论看不到尺寸信息：标准棋盘每格5.7厘米，王高9.5厘米。",
  "搜索评论 contains 索评 (policy.md C near-misses).")
n("remedy", "zh",
  "汪女士，裂开的棋盘我们已为您全额退款，订单 113-0655218-7740193，不需要寄回。",
  "A refund as a remedy (policy.md C near-misses).")
n("logistics-word", "zh",
  "按您说的，重复下的那一单已经取消了，另一单的收货地址也修改成了棋社的地址。",
  "取消 and 修改 for an order (policy.md C near-misses).")
n("neutral-request", "zh",
  "陶老师您好，订单 113-8406629-1175032 的记谱本已经送达。方便的话，欢迎到亚马逊写下真实的使用感受，好坏都可以。谢谢！",
  "One neutral request (interface.md; policy.md C near-misses).")
n("review-thanks", "zh",
  "谢谢您在商品页给我们留的好评！您问的加秒模式，在菜单里选 Fischer 就能设置。",
  "Thanks for a review already posted (policy.md C near-misses).")
n("feedback-notice", "zh",
  "换货已经完成。如果您觉得问题已经处理好，可以自己决定是否更新或撤回之前的卖家反馈，完全由您决定。",
  "Neutral seller-feedback notice after resolution (policy.md C5).")
n("price-paid", "zh",
  "您付的 59.99 美元已经包含了棋包，页面上后来的价格变化不影响您这一单。",
  "A price already paid (policy.md B near-misses).")
n("product-word", "zh",
  "这款棋钟支持免费固件升级，插上USB线就能装新的比赛规则。",
  "免费 describes a product feature (policy.md B near-misses).")
n("lookalike-number", "zh",
  "您的订单 112-5550171-9063384 已经出库，快递单号 TBA614082937105，预计周四送到。",
  "Order id and tracking number, not a phone number (policy.md D near-misses).")
n("quoted-buyer", "zh",
  "您留言说“再出问题就给差评”，我们理解。棋钟暂停键卡住是因为保护膜没撕干净，撕掉就好。",
  "Quotes the buyer's words; asks nothing about a review (policy.md C near-misses).")
n("refusal", "zh",
  "抱歉，我们不能给您留微信，也不能在亚马逊以外收款，所有问题都请在这里留言，我们当天回复。",
  "Refuses to move off Amazon (policy.md D).")
n("answer", "zh",
  "您问的“满200减20”是亚马逊平台自己的满减优惠，结账时自动扣减，跟我们店铺没有关系。",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
n("warranty", "zh",
  "棋钟有两年厂家保修，屏幕坏了可以联系厂家售后，他们的联系方式印在保修卡背面。",
  "Manufacturer warranty contact (policy.md D3 exception; judgement call 8).")
n("carrier-site", "zh",
  "包裹已交给 UPS，单号 1Z6F29W30471835562，您可以在 UPS 官网上改派送时间。",
  "The carrier's site (policy.md D near-misses; judgement call 8).")
n("negation", "zh",
  "我们不会以任何形式请您修改评价。棋盘磁力偏弱的话，请把棋子底部的毡垫揭开一角，看看磁片有没有移位。",
  "Negated review-change mention (policy.md C near-misses).")

# =====================================================================================
# NEAR-MISSES: Traditional Chinese 10 (Taiwan 5, Hong Kong 5)
# =====================================================================================
n("remedy", "tw",
  "岳小姐，少寄的兩顆兵我們已經免費補寄，三個工作天內會到喔。",
  "Missing pieces resent as a remedy (policy.md B near-misses).")
n("review-word", "hk",
  "程生，盒入面嗰張「局面評估表」係賽後同教練一齊覆盤用嘅，背面有空白棋盤圖。",
  "評估 is position evaluation, not a review (policy.md C near-misses).")
n("lookalike-number", "tw",
  "董先生，訂單 111-7700900-3952816 今天出貨，追蹤編號稍後會顯示在訂單頁。",
  "Order id with a 7700900 block (policy.md D near-misses).")
n("logistics-word", "hk",
  "譚太，你要求取消嘅重複訂單已經處理咗，另一張單嘅送貨地址都改好咗。",
  "取消 in logistics (policy.md C near-misses).")
n("answer", "tw",
  "您問的「折價券」是亞馬遜商品頁上勾選的優惠，結帳時系統自動扣，我們這邊沒有另外發。",
  "Explains an Amazon coupon the buyer asked about (policy.md B near-misses).")
n("feedback-notice", "hk",
  "霍生，問題已經解決咗。如果你覺得處理得妥當，可以自己決定要唔要更新或者撤回之前留嘅賣家反饋，我哋唔會催你。",
  "Neutral seller-feedback notice (policy.md C5).")
n("price-paid", "tw",
  "您付的 1,890 元已經包含棋包和運費，頁面之後的價格變動不影響您這筆訂單喔。",
  "A price already paid (policy.md B near-misses).")
n("quoted-buyer", "hk",
  "你話「個鐘唔準就俾一粒星」，我哋明白。其實係時區設錯咗，長按 MODE 掣三秒就調返。",
  "Quoted buyer threat; the seller only fixes the clock (policy.md C near-misses).")
n("carrier-site", "tw",
  "包裹現在在黑貓手上，可以到黑貓官網輸入追蹤編號改配送時段喔。",
  "Carrier site for delivery time (policy.md D near-misses).")
n("refusal", "hk",
  "唔好意思，我哋唔可以俾 WhatsApp 或者私人電話你，所有嘢都要喺亞馬遜呢度傾。",
  "Refuses off-platform contact (policy.md D).")

# NEAR-MISS: mixed 1
n("product-word", "mix",
  "小楠, 这台 Ticklane Z3 是 tournament clock，盒子上的 'FIDE rated' 是说它符合正式比赛标准，不是让您打分。",
  "Rated as a product certification (policy.md C near-misses).")

# =====================================================================================
# CLEAN: English 13
# =====================================================================================
c("en",
  "Mr. Villanueva, the engraving proof for your club's Kingsgate board is attached. Please check "
  "the spelling of 'Riverside Knights' and the year before we cut the walnut on Monday.",
  "A custom-design check (policy.md A).")
c("en",
  "Your Ticklane Z3 will leave the workshop two days later than planned because the carrier "
  "missed Friday's pickup. We're sorry for the wait.",
  "A delay notice (policy.md A near-misses).")
c("en",
  "Thanks for your question, Greta. The Oakrook king stands 3.75 inches tall on a 1.5-inch "
  "base, which suits the 2.25-inch squares of the Tallfile board.",
  "Answers a product question (policy.md A).")
c("en",
  "To set a 90 plus 30 control on the Z3, hold the middle button until the display blinks, "
  "choose mode 14 and confirm with the right-hand lever.",
  "Instructions the buyer asked for (policy.md A).")
c("en",
  "The Pawnstack tournament kit is heavy enough that the courier needs a signature. Could you "
  "tell us which weekday mornings someone will be at the club hall?",
  "Scheduling a bulky delivery (policy.md A).")
c("en",
  "Hi Jasper, as you asked, the assembly sheet for the Caddyrook case dividers is attached as a "
  "PDF. The foam inserts sit with the cut-outs facing up.",
  "Sends a sheet the buyer requested (policy.md A near-misses).")
c("en",
  "Ms. Oyelaran, the roll-up boards in your kit are packed in tubes of five. If one arrives "
  "creased, lay it flat in a warm room overnight and the crease relaxes.",
  "Care advice for a purchased item (policy.md A).")
c("en",
  "Good question about the felt: the pads under each Oakrook piece are fixed with a water-based "
  "glue, so a slightly damp cloth is fine, but please avoid soaking them.",
  "Answers a care question (policy.md A).")
c("en",
  "Honora, we checked your club's scorebook batch by hand. Each book has 60 game sheets and a "
  "carbon copy page, as you requested for the arbiters.",
  "Order-specific information (policy.md A).")
c("en",
  "The knight with the chipped ear has been matched with one from the same wood batch. It goes "
  "out tomorrow in a padded envelope.",
  "Fixing an order problem (policy.md A).")
c("en",
  "Lucian, the walnut board has a natural grain that darkens a little in sunlight over the "
  "first months. A thin coat of beeswax each season keeps the colour even.",
  "Answers a care question (policy.md A).")
c("en",
  "We have not heard back about the engraving font yet. We'll hold the board until you choose "
  "between the serif and the block letters.",
  "A custom-design question (policy.md A).")
c("en",
  "Thanks for letting us know the club meets on Thursdays. We'll aim for a Wednesday delivery "
  "so the sets are there in time.",
  "Delivery planning (policy.md A).")

# CLEAN: Simplified 11
c("zh",
  "钱先生您好，您问的棋盘尺寸：展开后50乘50厘米，每格5.5厘米，配 Oakrook 标准棋子正合适。",
  "Answers a size question (policy.md A).")
c("zh",
  "汪女士，定制刻字的样稿已经附上，请核对一下棋社名称和年份，确认后我们周一开始雕刻。",
  "Custom-design check (policy.md A).")
c("zh",
  "因为快递周五没来取件，您的棋钟会晚两天发出，给您添麻烦了。",
  "Delay notice (policy.md A near-misses).")
c("zh",
  "设置加秒模式：长按中间键直到屏幕闪烁，选第14种模式，再按右侧拨杆确认。",
  "Instructions (policy.md A).")
c("zh",
  "陶老师，比赛套装比较重，快递员需要当面签收，请告诉我们哪几天上午棋社有人。",
  "Bulky delivery scheduling (policy.md A).")
c("zh",
  "胡阿姨，棋子底部的绒布是用水性胶粘的，用微湿的布擦没问题，别泡水就行。",
  "Care advice (policy.md A).")
c("zh",
  "小楠，记谱本每本有60页对局记录，附复写页，方便裁判留底。",
  "Product answer (policy.md A).")
c("zh",
  "胡桃木棋盘刚用的几个月颜色会慢慢变深，这是木头的正常现象，每季度薄涂一层蜂蜡即可。",
  "Care advice (policy.md A).")
c("zh",
  "您问的棋包隔层：泡棉内衬可以拆下来，棋钟和记谱本放在右侧的夹层里。",
  "Product answer (policy.md A).")
c("zh",
  "收到您的留言了，棋社每周四活动，我们尽量安排周三送到。",
  "Delivery planning (policy.md A).")
c("zh",
  "刻字的字体您还没选，我们先把棋盘留着，等您在衬线体和黑体之间定下来再动工。",
  "Custom-design question (policy.md A).")

# CLEAN: Traditional 5 (Taiwan 3, Hong Kong 2)
c("tw",
  "侯小姐，您問的棋盤尺寸是展開後50公分見方，每格5.5公分，搭配標準棋子剛好喔。",
  "Answers a size question (policy.md A).")
c("hk",
  "霍生，個棋鐘要設加秒，長按中間個掣直至螢幕閃，揀第14個模式就得㗎喇。",
  "Instructions in Cantonese (policy.md A).")
c("tw",
  "因為物流週五沒來收件，您的棋鐘會晚兩個工作天出貨，不好意思。",
  "Delay notice (policy.md A near-misses).")
c("hk",
  "石小姐，比賽套裝好重，速遞員要親手交收，麻煩話俾我哋知邊幾日朝早棋會有人。",
  "Bulky delivery scheduling (policy.md A).")
c("tw",
  "郭先生，胡桃木棋盤前幾個月顏色會慢慢變深，這是木頭正常的變化，每季薄薄上一層蜂蠟就好囉。",
  "Care advice (policy.md A).")

# CLEAN: mixed 1
c("mix",
  "钱先生, the engraving proof is attached here。请确认 'Riverside Knights' 的拼写，我们 Monday 开工。",
  "Custom-design check, code-switched (policy.md A).")


def build(spec):
    cat, style, labels, subs, techs, trap, lk, text, note = spec
    labels = sorted(labels)
    subs = sorted(subs, key=lambda s: (labels.index(OWNER[s]) if OWNER[s] in labels else 9,
                                       SUB_ORDER[OWNER[s]].index(s)))
    tags = [cat] + ([style] if style else []) + subs + list(techs) + ([trap] if trap else [])
    if lk in ("tw", "hk"):
        tags += ["traditional", "taiwanese" if lk == "tw" else "cantonese"]
    if lk == "mix":
        tags.append("mixed")
    lang = {"en": "en", "zh": "zh", "tw": "zh", "hk": "zh", "mix": "mixed"}[lk]
    return {"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note}


def records():
    recs = [build(s) for s in R]
    random.Random(101).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h101-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout101.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(R), path))
