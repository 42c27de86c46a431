#!/usr/bin/env python3
"""Source of holdout104.jsonl: 160 hand-labelled messages from Mistlethorne Magic Supply.

Hard-to-see characters are spelled symbolically:
  ZW      zero-width space (U+200B)
  CY_A    Cyrillic small a (U+0430), CY_E Cyrillic small ie (U+0435), CY_O Cyrillic small o
  STAR    the emoji star (U+2B50)
  fw(s)   the full-width form of an ASCII string
Records are written per category and language below, shuffled with random.Random(104) and
numbered h104-001 ... h104-160.  Run: python3 gen.py  (writes holdout104.jsonl next to it).
"""
import json
import os
import random

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
CY_O = "\u043e"
STAR = "\u2b50"


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


OWNER = {}
for _lab, _subs in {
        "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                      "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                      "follow"],
        "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                                 "diversion", "qr"],
        "review-inducement": ["incentive", "rating-request", "gating", "steering",
                              "change-review", "feedback-pressure"]}.items():
    for _s in _subs:
        OWNER[_s] = _lab

# language keys: en, zs (Simplified), tw (Traditional, Taiwan), hk (Traditional, Cantonese),
# mx (Simplified + English), mxhk (Cantonese + English)
EXTRAS = {"en": [], "zs": [], "tw": ["traditional", "taiwanese"],
          "hk": ["traditional", "cantonese"], "mx": ["mixed"],
          "mxhk": ["traditional", "cantonese", "mixed"]}
LANG = {"en": "en", "zs": "zh", "tw": "zh", "hk": "zh", "mx": "mixed", "mxhk": "mixed"}

R = []


def v(lk, style, subs, text, note):
    R.append(("violation", lk, [style] + subs, subs, text, note))


def e(lk, subs, techs, text, note):
    R.append(("evasion", lk, subs + techs, subs, text, note))


def n(lk, trap, text, note):
    R.append(("near-miss", lk, [trap], [], text, note))


def c(lk, text, note):
    R.append(("clean", lk, [], [], text, note))


# =========================================================================== violations
# --- English, plain
v("en", "plain", ["incentive"],
  "Hi Gideon, thanks for picking up the Ravenmark marked deck. Post a review of it on Amazon "
  "and we will mail you a spare Twinfold deck as a gift, no charge.",
  "A spare deck offered as a gift for posting a review is compensation (policy.md C1).")
v("en", "plain", ["rating-request"],
  "Rosamund, please give the Coinvale coin set five stars on Amazon (order "
  "112-0847736-1529430). Every top rating pushes our little workshop up the search results.",
  "Asks outright for a five-star rating (policy.md C2).")
v("en", "plain", ["coupon"],
  "Cornelius, as a thank-you for ordering the Palmlight booklet, enter DECK15 at checkout next "
  "time and take 15% off any of our decks.",
  "A coupon code for the next order is marketing (policy.md B).")
v("en", "plain", ["phone", "diversion"],
  "Henrietta, if the Shufflewright SW-3 jams again, phone our workshop at +1 (412) 555-0168 and "
  "Leopold will talk you through it; there is no need to go through Amazon messages.",
  "The shop's phone number plus a push away from Amazon messaging (policy.md D3, D6).")
v("en", "plain", ["discount", "url", "diversion"],
  "Osric, our website mistlethornemagic.com sells the Gildstand close-up table for 20% less "
  "than the Amazon listing, so order the second one there.",
  "Sends the buyer to the shop's own site with a lower price (policy.md B, D1, D6).")
v("en", "plain", ["email", "diversion"],
  "Yvette, please email the photos of the bent coin shell to leopold@mistlethornemagic.com "
  "instead of this thread; we sort things out faster over there.",
  "An e-mail address and a request to leave Amazon messaging (policy.md D2, D6).")
v("en", "plain", ["follow", "social"],
  "Lucian, follow us on Instagram at @mistlethorne.magic, where Leopold films a fresh card "
  "sleight every Friday evening.",
  "A social handle with a follow call to action (policy.md B, D4).")
v("en", "plain", ["new-product", "listing-link"],
  "Mr. Okoro, new arrivals this month: the Ravenmark deck now has a blue back, and a matching "
  "half-dollar set has landed at amazon.com/stores/Mistlethorne for you to browse.",
  "New-product announcement with a storefront link (policy.md B, D1; judgement call 7).")
# --- English, careful
v("en", "careful", ["incentive"],
  "Ms. Thornbury, once your thoughts on the Nightfall kit are up on its Amazon page, send us a "
  "screenshot and a spare thumb tip goes in the post to you at no cost.",
  "A thumb tip in exchange for a posted opinion, with no keyword (policy.md C1, section e).")
v("en", "careful", ["gating"],
  "Wilhelmina, if the Coinvale set has been a hit at your parties, tell other shoppers on the "
  "product page; if anything let you down, write to us here first and hold off on posting.",
  "Happy buyers to the product page, unhappy ones diverted first (policy.md C3).")
v("en", "careful", ["change-review"],
  "Percival, now that the new shuffler is running smoothly, would you mind revisiting what you "
  "wrote about us on the listing so it matches how things turned out?",
  "A veiled request to edit a product review after a fix (policy.md C4, section e).")
v("en", "careful", ["messaging-app", "phone"],
  "Cornelius, the marked deck's key is easier to show than describe. Message Leopold on "
  "Signal at 412-555-0193 and he will send a short clip of the reveal.",
  "A Signal contact on a personal number (policy.md D3, D4; judgement call 8).")
v("en", "careful", ["cross-sell", "listing-link"],
  "Henrietta, owners of the Shufflewright usually pair it with our velvet close-up mat at "
  "amazon.com/dp/B0F3MK7T9Q; it matches the machine's footprint exactly.",
  "Unasked cross-sell with a link to another listing (policy.md B, D1; judgement call 7).")
v("en", "careful", ["bundle"],
  "Osric, add the Palmlight booklet to a Coinvale set this month and the pair comes to twelve "
  "dollars less than buying them one at a time.",
  "A bundle offer for a further purchase (policy.md B).")
v("en", "careful", ["payment"],
  "Yvette, let me send the twenty-two dollars straight to your Cash App so you are not stuck "
  "waiting on the Amazon return.",
  "Money paid outside Amazon (policy.md D5; judgement call 6).")
# --- English, split
v("en", "split", ["incentive"],
  "Lucian, we have a small box of signed Palmlight bookmarks left over. They go out to buyers "
  "who have put their thoughts about the booklet on Amazon. Just drop us a note here once "
  "yours is up.",
  "The reward and the condition sit in separate sentences (policy.md C1).")
v("en", "split", ["gating"],
  "Rosamund, we hope the Gildstand table has settled in. If the legs wobble or a drawer "
  "sticks, write to us here before anything else. And if it is all working, the listing could "
  "use a few kind words from you.",
  "Unhappy buyers to the seller, happy ones to the listing, across three sentences "
  "(policy.md C3).")
v("en", "split", ["qr", "diversion"],
  "Mr. Okoro, inside the lid of the Nightfall kit there is a small printed square. Point your "
  "phone camera at it. It opens our members' page, where Leopold answers questions directly.",
  "A QR square leading to an off-Amazon support page (policy.md D1, section e).")
v("en", "split", ["restock"],
  "Ms. Thornbury, the red-backed Ravenmark deck sold out the week you bought the blue one. It "
  "is back on the shelf now. Grab a second before this batch goes too.",
  "Unprompted back-in-stock push (policy.md B).")
v("en", "split", ["referral"],
  "Wilhelmina, do you have a friend who is learning card magic? Send them our way. When they "
  "order the Nightfall kit and mention your name, we knock ten dollars off your next deck.",
  "A refer-a-friend reward (policy.md B).")
v("en", "split", ["steering"],
  "Percival, when you write about the SW-3 on Amazon, it helps if you mention how quiet the "
  "motor is. Shoppers also like hearing that it handles worn cards. A sentence on each would "
  "be ideal.",
  "Tells the buyer what to put in the review (policy.md C7).")
v("en", "split", ["messaging-app", "diversion"],
  "Gideon, Amazon messages can take a while to reach us. Leopold keeps a Telegram chat for "
  "buyers at @mistlethorne_help. Drop in there and he answers within the hour.",
  "Telegram handle offered as the better channel (policy.md D4, D6).")

# --- Simplified, plain
v("zs", "plain", ["incentive", "rating-request", "gating"],
  "贾先生您好，Ravenmark 记号牌用得顺手的话，在亚马逊写个好评并截图发给我们，我们返您五美元现金。",
  "好评 plus cash back for a screenshot, asked only if the deck works well (policy.md C1, C2, "
  "C3; judgement call 1).")
v("zs", "plain", ["messaging-app", "diversion"],
  "姚女士，洗牌机卡牌的问题在这里说不清楚，麻烦加一下我们的微信 mistlethorne_cn，阿朔会发视频教您调。",
  "A WeChat ID and a move off Amazon messaging (policy.md D4, D6).")
v("zs", "plain", ["coupon"],
  "魏老师，感谢购买 Palmlight 教学手册！下次在我们店里买硬币套装时输入优惠码 COIN10，立减百分之十。",
  "Coupon code for the next purchase (policy.md B).")
v("zs", "plain", ["vip-list"],
  "小棠你好，我们有一份魔术爱好者会员名单，登记后每月能提前收到新品消息，还有会员专属价，回复“加入”即可。",
  "A members' list with exclusive prices (policy.md B).")
v("zs", "plain", ["change-review"],
  "裴阿姨，掉漆的硬币已经给您补发了，麻烦您把之前那条一星差评删掉或者改一改，谢谢理解。",
  "Asks to delete or edit a one-star review after a remedy (policy.md C4).")
# --- Simplified, careful
v("zs", "careful", ["gating"],
  "姚女士，魔术桌用着顺心的话，欢迎到商品页面说几句；要是哪里不满意，请先在这里找我们，先别急着公开写。",
  "Gating without the word 评 (policy.md C3).")
v("zs", "careful", ["payment", "diversion"],
  "贾先生，这笔差价不必走亚马逊了，您把收款码发过来，我们直接转给您。",
  "Settles money outside Amazon through the buyer's payment code (policy.md D5, D6).")
v("zs", "careful", ["sale"],
  "魏老师，这周末店里所有扑克牌一律按原价的七成出售，喜欢收藏牌的话可以多备几副。",
  "A weekend sale written as 七成 instead of 七折 (policy.md B).")
v("zs", "careful", ["feedback-pressure"],
  "小棠，您给店铺留的那条卖家反馈让我们的账户指标掉了不少，能不能帮忙撤回？",
  "Pressure to withdraw seller feedback because it hurts the account (policy.md C5).")
v("zs", "careful", ["follow", "social"],
  "小棠，我们在B站开了个频道叫 Mistlethorne 魔术课，每周教一个近景手法，搜名字就能找到，记得点个关注。",
  "A video-site channel with a follow request (policy.md B, D4; judgement call 8).")
# --- Simplified, split
v("zs", "split", ["incentive"],
  "裴阿姨，包裹里多放了一个小惊喜。等您在亚马逊上分享完使用感受，跟我们说一声。我们再寄一副金边扑克给您。",
  "The extra deck is promised for the posted experience, across sentences (policy.md C1, "
  "section e).")
v("zs", "split", ["phone"],
  "姚女士，洗牌机的电池仓我们这边看不到实物。您方便的话直接打给阿朔。号码是 412-555-0193，白天都在。",
  "A staff phone number (policy.md D3).")
v("zs", "split", ["buy-again"],
  "魏老师，记号牌用久了边角会磨毛。一般三个月左右就该换新的了。到时候直接在我们店里再下一单就好，老顾客优先发货。",
  "A buy-again push (policy.md B).")
v("zs", "split", ["rating-request"],
  "贾先生，我们是个只有三个人的小作坊。每一颗星对我们都很重要。如果能给满星，我们会非常感激。",
  "Asks for full stars over three sentences (policy.md C2).")
v("zs", "split", ["discount", "diversion"],
  "小棠，亚马逊平台的佣金很高。下次您想买硬币套装，可以直接找我们下单。价格能比店里便宜三成。",
  "Diverts the next purchase off Amazon at a lower price (policy.md B, D6).")
v("zs", "split", ["giveaway"],
  "裴阿姨，本月我们在买家里抽三位送魔术桌。您的订单已经自动参加。月底公布名单，留意消息就好。",
  "A prize draw (policy.md B).")

# --- Traditional, plain
v("tw", "plain", ["messaging-app"],
  "石小姐您好，撲克洗牌機的設定有點複雜，麻煩加我們的 LINE @mistlethornetw，我們傳影片教您喔。",
  "A LINE handle (policy.md D4).")
v("tw", "plain", ["incentive", "rating-request"],
  "夏先生，記號牌收到後，到亞馬遜留個五星好評，截圖給我們就送您一本教學手冊喔。",
  "五星好評 for a free booklet (policy.md C1, C2).")
v("hk", "plain", ["coupon"],
  "車太，多謝你買咗我哋嘅硬幣套裝！下次落單用優惠碼 PALM20，教學小冊可以減兩成㗎。",
  "Coupon code for the next order (policy.md B).")
# --- Traditional, careful
v("tw", "careful", ["payment", "diversion"],
  "邱小姐，之後需要補牌的話，不用再透過亞馬遜下單，直接傳訊息到我們的粉絲專頁，我們另外報價、轉帳就可以出貨。",
  "Sells off Amazon via the fan page and a bank transfer (policy.md D5, D6).")
v("tw", "careful", ["gating"],
  "夏先生，魔術桌如果讓您滿意，歡迎到商品頁面分享幾句；若有任何不順，拜託先回覆這則訊息，不要直接寫在頁面上。",
  "Gating without the word 評 (policy.md C3).")
v("hk", "careful", ["change-review"],
  "容生，換咗部新洗牌機俾你之後，你喺商品頁寫嗰段說話可唔可以改返，等佢反映返而家嘅情況？",
  "Asks to edit the product-page text after a replacement (policy.md C4).")
v("hk", "careful", ["cross-sell"],
  "歐陽小姐，買咗近景魔術套裝嘅客人，好多都會加一塊絨面近景墊，同我哋店嘅款式係一套嚟㗎，擺埋一齊好睇啲。",
  "Unasked cross-sell of the matching mat (policy.md B).")
# --- Traditional, split
v("tw", "split", ["sale"],
  "邱小姐，週年慶要來囉。全館撲克牌從週五開始一律八折。想補貨的話可以趁那三天。",
  "Anniversary sale announcement (policy.md B).")
v("hk", "split", ["email"],
  "車太，收據嘅問題我哋要睇原本張單。你影低之後寄去 tricks@mistlethornemagic.com 就得。我哋收到會即刻覆你。",
  "An e-mail address (policy.md D2).")
v("tw", "split", ["steering"],
  "石小姐，如果您要在亞馬遜上寫使用心得。拜託提到洗牌很安靜、出貨很快。最好再附一張桌上的照片喔。",
  "Tells the buyer what to write and to add a photo (policy.md C7).")

# --- mixed
v("mx", "plain", ["discount", "incentive", "rating-request"],
  "Hi 小棠, 感谢购买 Twinfold 扑克! Post a 5-star review 然后把截图发给我们, your next order "
  "就有 20% off.",
  "Five-star review for a discount on the next order (policy.md B, C1, C2; judgement call 5).")
v("mxhk", "split", ["messaging-app", "phone"],
  "容生, the shuffler 說明書嘅影片版我哋有. 喺 Amazon 度傳唔到. WhatsApp 我哋 +44 7700 900631 "
  "就 send 俾你.",
  "WhatsApp on the shop's UK number (policy.md D3, D4).")

# =========================================================================== evasions
e("en", ["rating-request"], ["homoglyph"],
  "Gideon, a 5-st" + CY_A + "r r" + CY_E + "view would really lift the Ravenmark deck in "
  "the search results.",
  "Five-star request with Cyrillic a and e (policy.md C2, section e).")
e("en", ["messaging-app", "phone"], ["homoglyph"],
  "Henrietta, message us on Wh" + CY_A + "tsApp at +1 412 555 0168 and we will walk you through "
  "the shuffler's reset.",
  "WhatsApp with a Cyrillic a, plus the shop's number (policy.md D3, D4, section e).")
e("en", ["coupon"], ["leetspeak"],
  "Rosamund, type C0IN10 at checkout next time and the Coinvale half-dollars drop by a tenth.",
  "The code COIN10 written with a zero (policy.md B, section e).")
e("en", ["incentive"], ["leetspeak"],
  "Osric, leave a r3view of the Nightfall kit and a fr33 Twinfold deck is on its way to you.",
  "Review-for-deck written in leetspeak (policy.md C1, section e).")
e("en", ["follow", "social"], ["spacing"],
  "Lucian, for the full reveal, look us up on I n s t a g r a m as mistlethorne.magic and "
  "follow along.",
  "A spaced-out app name and handle with a follow request (policy.md B, D4, section e).")
e("en", ["rating-request", "gating"], ["emoji"],
  "Yvette, if the Palmlight booklet taught you the double lift, " + STAR * 5 + " on Amazon "
  "would make our week.",
  "Five emoji stars on condition of satisfaction (policy.md C2, C3, section e).")
e("en", ["messaging-app", "phone"], ["separator"],
  "Cornelius, reach Leopold on T-e-l-e-g-r-a-m at 07700 900285 for the deck key.",
  "Separated app name and a UK number (policy.md D3, D4, section e).")
e("en", ["coupon"], ["separator"],
  "Mr. Okoro, the code D/E/C/K/1/5 works on every deck in our shop until Sunday.",
  "Code DECK15 with separators (policy.md B, section e).")
e("en", ["incentive"], ["zero-width"],
  "Wilhelmina, post a re" + ZW + "view of the shuffler and a $10 gi" + ZW + "ft card is yours.",
  "Gift card for a review with zero-width spaces inside the keywords (policy.md C1, "
  "section e).")
e("en", ["email"], ["spelled-email"],
  "Percival, send the serial photo to tricks (at) mistlethornemagic (dot) com and skip the "
  "Amazon form.",
  "Spelled-out e-mail address (policy.md D2, section e).")
e("en", ["email"], ["fullwidth"],
  "Ms. Thornbury, write to " + fw("tricks@mistlethornemagic.com") + " if the table legs "
  "arrive loose.",
  "Full-width e-mail address (policy.md D2, section e).")
e("en", ["new-product", "email"], ["spelled-email"],
  "Gideon, ask for our spring catalogue of brand-new decks at leopold at mistlethornemagic dot "
  "com.",
  "New-product push with a spelled e-mail (policy.md B, D2, section e).")
e("en", ["phone"], ["number-words"],
  "Henrietta, ring the workshop on four one two, five five five, zero one six eight any "
  "weekday.",
  "The shop's number in words (policy.md D3, section e).")
e("en", ["messaging-app"], ["nickname", "split-handle"],
  "Osric, find us on the paper-plane app: mistlethorne, then an underscore, then help.",
  "Telegram by nickname with the handle in pieces (policy.md D4, section e).")

e("zs", ["incentive", "rating-request"], ["spacing"],
  "裴阿姨，记号牌收到了吧？写个 好 评 返 现 五美元，截图发我们就行。",
  "Spaced 好评返现 (policy.md C1, section e).")
e("zs", ["incentive", "rating-request", "gating"], ["pinyin"],
  "魏老师，硬币套装用着还行的话，留个 haoping，我们给您 fanxian 三美元。",
  "好评返现 in pinyin, asked only if the set works (policy.md C1, C3, section e).")
e("zs", ["messaging-app"], ["homophone"],
  "贾先生，视频文件太大，麻烦加个薇信 mistlethorne_cn，阿朔发给您。",
  "WeChat as 薇信 with the ID (policy.md D4, section e).")
e("zs", ["phone"], ["cn-numerals"],
  "贾先生，洗牌机的事直接打我们美国那边：四一二五五五零一六八，阿朔晚上接。",
  "Phone number in Chinese numerals (policy.md D3, section e).")
e("zs", ["messaging-app"], ["nickname", "split-handle"],
  "姚女士，来绿泡泡上找我们吧，搜 mistlethorne，后面加下划线和 cn 两个字母。",
  "WeChat by nickname with the ID in pieces (policy.md D4, section e).")
e("zs", ["rating-request", "gating"], ["emoji"],
  "小棠，手册用得满意的话给个" + STAR * 5 + "哦～",
  "Emoji stars conditioned on satisfaction (policy.md C2, C3, section e).")
e("zs", ["coupon"], ["fullwidth"],
  "魏老师，下单时输入" + fw("DECK15") + "，整单少付一成五。",
  "Full-width coupon code (policy.md B, section e).")
e("zs", ["incentive"], ["separator"],
  "姚女士，留·评·送·礼，截图给我们，下一副扑克就不收钱了。",
  "留评送礼 with separators (policy.md C1, section e).")
e("zs", ["discount"], ["pinyin"],
  "裴阿姨，洗牌机的替换滚轮下个月到，老客户 dazhe，到时直接来找我们。",
  "打折 in pinyin (policy.md B, section e).")

e("tw", ["messaging-app"], ["homophone"],
  "石小姐，教學影片檔案太大，加我們賴 @mistlethornetw，馬上傳給您喔。",
  "LINE as 賴 with the handle (policy.md D4, section e).")
e("hk", ["phone"], ["cn-numerals"],
  "容生，部洗牌機有問題就直接打去我哋英國號碼，零七七零零 九零零二八五。",
  "UK number in Chinese numerals (policy.md D3, section e).")
e("tw", ["payment", "incentive"], ["zero-width"],
  "夏先生，留個好" + ZW + "評，拍照給我們，就轉帳兩百元給您喔。",
  "好評 with a zero-width space, paid by bank transfer outside Amazon (policy.md C1, D5, "
  "section e; judgement call 6).")
e("hk", ["follow", "social"], ["fullwidth"],
  "歐陽小姐，記得喺 IG 追蹤我哋 " + fw("@mistlethorne.magic") + "，每個禮拜都有新手法片。",
  "Full-width Instagram handle with a follow request (policy.md B, D4, section e).")
e("tw", ["follow", "social"], ["split-handle"],
  "邱小姐，到臉書搜尋 mistlethorne 底線 tw 就找得到我們的粉專，記得按讚追蹤喔。",
  "Facebook page given in pieces with a follow request (policy.md B, D4, section e).")

e("mx", ["incentive", "rating-request", "gating"], ["leetspeak"],
  "Hi 贾先生, 用得开心的话 please leave a g00d r3view, 我们就 send 你一副 Twinfold 扑克 for fr33.",
  "Positive review for a free deck if the buyer is happy, leetspeak (policy.md C1, C2, C3, "
  "section e).")
e("mx", ["phone"], ["number-words"],
  "姚女士, 有问题 just text Leopold at four one two five five five zero one nine three, 他回得很快.",
  "Staff number in English words (policy.md D3, section e).")

# =========================================================================== near-misses
n("en", "review-word",
  "Henrietta, Leopold gave your Shufflewright a full bench review before repacking it: the "
  "feed rollers were cleaned and the motor ran two hundred test shuffles without a jam.",
  "Review means an inspection here (policy.md C near-misses).")
n("en", "review-word",
  "Osric, the last chapter of the Palmlight booklet is a review of every grip taught earlier, "
  "so if the Elmsley count feels shaky, pages 41 to 44 go over it again slowly.",
  "Review is a recap chapter (policy.md C near-misses).")
n("en", "remedy",
  "Gideon, we are sorry the Ravenmark deck arrived with a crushed tuck box. A replacement "
  "deck left the workshop this morning free of charge, and the damaged one can stay with you.",
  "A free replacement as a remedy, not an offer (policy.md B near-misses).")
n("en", "remedy",
  "Rosamund, the coin shell in your Coinvale set should never have been dented. The full "
  "amount for that set has gone back to you as an Amazon refund; your card should show it "
  "within a few business days.",
  "Refund for a defect with no review link (policy.md C near-misses).")
n("en", "remedy",
  "Mr. Okoro, since the drawer of your Gildstand table cracked in transit, we have sent a "
  "partial refund of twenty dollars through Amazon, as agreed in your last message.",
  "Partial refund agreed with the buyer (policy.md A, C near-misses).")
n("en", "lookalike-number",
  "Cornelius, I checked order 111-5550168-4039271 and the second deck was packed separately; "
  "it is due on Thursday.",
  "An order id that contains 555-0168 is not a phone number (policy.md D near-misses).")
n("en", "lookalike-number",
  "Yvette, the Coinvale set is with USPS under 9400 1206 5550 1684 2237 19, and the last scan "
  "puts it in Pittsburgh tonight.",
  "A tracking number with 555-01xx digits inside (policy.md D near-misses).")
n("en", "negation",
  "Lucian, to be clear, we never offer anything in exchange for a review. As for the missing "
  "gaff card you asked about, it sits under the tray insert of the Nightfall kit.",
  "Review mentioned only to deny any incentive (policy.md C near-misses).")
n("en", "neutral-request",
  "Wilhelmina, this is our one note about order 113-2074419-6681530. If you have a moment, "
  "you are welcome to tell other shoppers how the Nightfall kit worked for you, whatever the "
  "verdict.",
  "One neutral request, no rating or condition (interface.md; policy.md C near-misses; "
  "judgement call 2).")
n("en", "neutral-request",
  "Percival, regarding order 114-8305127-2946018: honest write-ups, good or bad, help other "
  "buyers. If you would like to post one about the SW-3, the product page has a space for it.",
  "Neutral request naming both outcomes (interface.md; policy.md C near-misses).")
n("en", "amazon-page",
  "Henrietta, to send the table back, open Your Orders on Amazon, choose the Gildstand order "
  "and pick the return option; the prepaid label appears there.",
  "Points to Amazon's own returns flow (policy.md D near-misses).")
n("en", "answer",
  "Osric, you asked about the coupon box on the Coinvale listing. That coupon is Amazon's, "
  "applied when you tick it before checkout; we do not run it or hold any other codes.",
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses; judgement "
  "call 9).")
n("en", "refusal",
  "Gideon, thanks for offering, but we cannot take payment outside Amazon for the extra deck "
  "or write to your personal email. Please place it as an ordinary Amazon order.",
  "Refuses off-platform payment and e-mail (policy.md D).")
n("en", "feedback-notice",
  "Yvette, now that the bent shell has been swapped and you say it fits, you may revise or "
  "withdraw the seller feedback you left on this order if you wish; that choice is entirely "
  "yours.",
  "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
n("en", "product-word",
  "Cornelius, yes, the Gildstand table is free-standing and folds flat; the legs lock with a "
  "quarter turn and no tools are needed.",
  "Free-standing is a product feature (policy.md B near-misses).")
n("en", "product-word",
  "Rosamund, the Ravenmark deck comes only in the Starlight back design; the small stars in "
  "the pattern are where the marks hide.",
  "Stars in a card-back pattern, not a rating (policy.md C near-misses).")
n("en", "quoted-buyer",
  "Mr. Okoro, you wrote: \"can I just WhatsApp you the photo instead?\" Please attach it to "
  "this Amazon message; the upload button sits under the text box.",
  "The app name is the buyer's words, and the seller keeps it on Amazon (policy.md D "
  "near-misses).")
n("en", "quoted-buyer",
  "Wilhelmina, you mentioned \"the coupon code in the box did not work\". There is no code in "
  "our boxes; the card you found is the Palmlight index card listing the booklet chapters.",
  "Coupon appears only in the buyer's quoted words (policy.md B near-misses).")
n("en", "logistics-word",
  "Lucian, we have cancelled the duplicate Nightfall order you asked about and updated the "
  "shipping address on the other one to the new apartment number.",
  "Cancel and update in a logistics sense (policy.md A near-misses).")
n("en", "carrier-site",
  "Percival, your Royal Mail parcel is KR518306274GB; you can follow it on royalmail.com with "
  "that number, and it should reach Leeds on Tuesday.",
  "Carrier tracking site for the order (policy.md D; judgement call 11).")
n("en", "warranty",
  "Henrietta, the SW-3 motor carries a two-year manufacturer warranty. If it stops again, open "
  "a claim through Your Orders on Amazon and quote the serial on the base plate.",
  "Warranty handled through Amazon (policy.md D near-misses).")
n("en", "price-paid",
  "Osric, the Gildstand table's price dropped after you bought it. The listing sets the price "
  "and an order already placed keeps its total; you paid $84, as the attached invoice shows.",
  "States the price already paid, no offer (policy.md B near-misses).")
n("en", "review-thanks",
  "Gideon, thank you for the review you posted on the Ravenmark deck last week; your point "
  "about the marks being hard to spot under stage lights is going to our printer.",
  "Thanks for a review already written, no request (policy.md C near-misses).")

n("zs", "substring",
  "贾先生，您问的洗牌机型号，我们在网上检索评测文章时也见过同名的旧款，您收到的是新一代 SW-3。",
  "检索评测 contains 索评 (policy.md section 0, C near-misses).")
n("zs", "substring",
  "姚女士，在商品页搜索评论区能看到其他买家上传的近景垫尺寸照片，您可以对照一下自家桌面。",
  "搜索评论 contains 索评 (policy.md section 0, C near-misses).")
n("zs", "remedy",
  "魏老师，记号牌少了一张黑桃A，我们已经免费为您补寄整副新牌，预计周四送达，旧的那副不用寄回。",
  "Free resend as a remedy (policy.md B near-misses).")
n("zs", "remedy",
  "小棠，硬币套装里的弹簧币坏了，已在亚马逊上为您办理全额退款，三到五个工作日到账。",
  "Full refund for a defect (policy.md C near-misses).")
n("zs", "lookalike-number",
  "裴阿姨，订单 112-5550193-7720846 的魔术桌已经从仓库发出，物流显示周六送到。",
  "Order id with 555-0193 inside (policy.md D near-misses).")
n("zs", "lookalike-number",
  "魏老师，顺丰单号 SF2047718365520，扑克在广州中转，明天派送。",
  "SF tracking number (policy.md D near-misses).")
n("zs", "neutral-request",
  "姚女士，关于订单 113-6619042-5387154，如果您愿意，可以在商品页写下对近景魔术套装的真实看法，好坏都行，这是我们唯一一次提起。",
  "One neutral request (interface.md; policy.md C near-misses; judgement call 2).")
n("zs", "feedback-notice",
  "贾先生，滚轮已经换好，既然问题解决了，您之前留的卖家反馈是否更新或移除，完全由您决定，我们不会再提。",
  "Neutral seller-feedback notice (policy.md C5; judgement call 4).")
n("zs", "answer",
  "小棠，您问的满100减15是亚马逊平台自己的活动，结账时系统自动计算，我们这边没有另外的优惠码。",
  "Explains Amazon's own promotion (policy.md B near-misses; judgement call 9).")
n("zs", "refusal",
  "裴阿姨，您说想加微信方便联系，不好意思，我们只能通过亚马逊的消息回复您，有问题直接在这里留言就行。",
  "Declines WeChat (policy.md D).")
n("zs", "product-word",
  "魏老师，近景魔术套装里的黑色礼帽可以折叠，压扁后能收进盒子，用时按一下顶部就弹开。",
  "礼帽 is a prop, 折叠 a feature (policy.md B near-misses).")
n("zs", "quoted-buyer",
  "贾先生，您在消息里说“洗牌机要是再卡我就给差评”，我们理解您的心情，新滚轮今天寄出，装上后如果还卡，请再告诉我们。",
  "差评 is the buyer's quoted words; the seller fixes the fault and asks nothing about "
  "reviews (policy.md C near-misses).")
n("zs", "logistics-word",
  "小棠，已按您的要求把地址修改为新小区，重复下的那一单也取消了，不会扣两次钱。",
  "修改 and 取消 in a logistics sense (policy.md section 0, A near-misses).")
n("zs", "price-paid",
  "裴阿姨，您看到的价格降了，那是亚马逊页面的当前售价，您下单时支付的是二十九美元，发票上就是这个数字。",
  "Price already paid (policy.md B near-misses).")
n("zs", "warranty",
  "魏老师，洗牌机有一年保修，在亚马逊订单页面发起申请即可，序列号在机器底部。",
  "Warranty handled through Amazon (policy.md D near-misses).")
n("zs", "review-thanks",
  "姚女士，谢谢您写的那条评论，您提到教学手册第三章的图太小，我们下一版会放大印刷。",
  "Thanks for a review already written (policy.md C near-misses).")
n("zs", "amazon-page",
  "贾先生，退货请在亚马逊“我的订单”里找到这张魔术桌，选退货选项，系统会生成预付标签。",
  "Amazon's own returns page (policy.md D near-misses).")

n("tw", "remedy",
  "石小姐，硬幣套裝少了一枚，我們已經免費補寄，這兩三個工作天就會到喔。",
  "Free resend as a remedy (policy.md B near-misses).")
n("tw", "feedback-notice",
  "夏先生，洗牌機換新之後，如果您覺得問題已經處理好，賣家回饋要不要修改或移除都由您決定，我們不會催喔。",
  "Neutral seller-feedback notice (policy.md C5; judgement call 4).")
n("hk", "review-word",
  "車太，我哋喺倉庫會逐副撲克做品質評估先寄出，你收到嗰副已經檢查過，冇缺牌㗎。",
  "評估 is a quality check (policy.md C near-misses).")
n("hk", "negation",
  "容生，我哋唔會叫你改評價，亦唔會用任何嘢換評價；你講嘅洗牌機噪音問題，我哋聽日寄新馬達俾你。",
  "評價 only in a denial (policy.md C near-misses).")
n("tw", "lookalike-number",
  "邱小姐，訂單 113-4780352-9016627 的魔術桌目前在海關，追蹤編號已更新，預計下週送到府上。",
  "Order id, not a phone number (policy.md D near-misses).")
n("hk", "carrier-site",
  "歐陽小姐，包裹已經交咗俾順豐，你可以喺順豐官網用單號查，聽日應該到。",
  "Carrier's own site for tracking (policy.md D; judgement call 11).")
n("tw", "substring",
  "夏先生，您說在網路上檢索評測文章找不到洗牌機的電池規格，其實是四顆三號電池，寫在說明書第二頁喔。",
  "檢索評測 contains 索評 (policy.md section 0, C near-misses).")
n("hk", "answer",
  "車太，你問嘅「滿三百減三十」係 Amazon 自己嘅推廣，結帳嗰陣自動計，我哋呢邊冇其他優惠碼。",
  "Explains Amazon's own promotion (policy.md B near-misses; judgement call 9).")
n("tw", "logistics-word",
  "邱小姐，已依照您的要求取消重複的那筆訂單，撲克牌只會出貨一次，款項也不會重複扣。",
  "取消 in a logistics sense (policy.md A near-misses).")

n("mx", "warranty",
  "Hi 裴阿姨, 洗牌机的 warranty 是两年, 由 manufacturer 负责, 在 Amazon 的订单页面点 product support 就能提交.",
  "Manufacturer warranty through Amazon (policy.md D near-misses).")

# =========================================================================== clean
c("en",
  "Gideon, you asked how to hold the Ravenmark deck for the glimpse: keep it in mechanic's "
  "grip, tilt the top edge toward you a few degrees and look only at the upper left corner.",
  "Answers a handling question (policy.md A).")
c("en",
  "Rosamund, the Shufflewright SW-3 takes four AA batteries, flat ends against the springs. "
  "They are not included because of air cargo rules.",
  "Product answer (policy.md A).")
c("en",
  "Cornelius, the Gildstand table you ordered will leave our workshop two days later than "
  "planned, because the walnut top needs one more coat of oil to cure. We are sorry for the wait.",
  "A delay notice is a permitted proactive message (policy.md A near-misses).")
c("en",
  "Henrietta, before we engrave the Coinvale presentation box, please confirm the spelling: "
  "The Amazing Hettie, all capitals, with no full stop after the name.",
  "Verifying a custom design (policy.md A).")
c("en",
  "Osric, the freight company needs a delivery window for the Gildstand table. Would a weekday "
  "morning or a Saturday afternoon suit you better?",
  "Scheduling a bulky delivery (policy.md A).")
c("en",
  "Yvette, the Palmlight booklet assumes you already know the overhand shuffle. If that still "
  "feels awkward, chapter two walks through it slowly with photographs of each step.",
  "Answers a question about the booklet (policy.md A).")
c("en",
  "Lucian, the thumb tip in the Nightfall kit is meant to feel loose at first; it fits many "
  "thumb sizes, and warming it in your hand for a minute makes it softer.",
  "Product answer (policy.md A).")
c("en",
  "Mr. Okoro, the shuffler's feed tray holds two decks at most. Loading a third makes the "
  "rollers slip, which is the clicking sound you described.",
  "Troubleshooting answer (policy.md A).")
c("en",
  "Ms. Thornbury, the Coinvale palming coins are brass with a nickel finish; a soft cloth and a "
  "drop of water bring back the shine. Skip metal polish, since it dulls the milled edges.",
  "Care answer (policy.md A).")
c("en",
  "Wilhelmina, the close-up mat travels rolled, so its corners may curl for a day or two. Lay "
  "it flat under a couple of books overnight and it will settle.",
  "Product answer (policy.md A).")
c("en",
  "Percival, thank you for the photo. The loose card you found is the instruction card for the "
  "Mercury Fold, not a missing piece; the deck has all fifty-two cards plus two jokers.",
  "Answers a buyer's worry about a missing card (policy.md A).")
c("en",
  "Gideon, the Ravenmark marks are read from the pattern in the top corner. A full key sits on "
  "the inside flap of the tuck box, printed in grey so spectators do not notice it.",
  "Product answer (policy.md A).")
c("en",
  "Henrietta, the courier could not find unit 4B at your building. Could you tell us the gate "
  "name or a landmark so the Gildstand table reaches you?",
  "Requesting information needed for delivery (policy.md A).")

c("zs",
  "贾先生，记号牌的暗记在牌背左上角的花纹里，先看最外圈的小圆点，数量对应点数，多练几次就熟了。",
  "Product answer (policy.md A).")
c("zs",
  "姚女士，洗牌机一次最多放两副牌，放多了滚轮会打滑，这就是您听到的咔哒声。",
  "Troubleshooting answer (policy.md A).")
c("zs",
  "魏老师，您订的魔术桌因为桌面要多上一层漆，出库会晚两天，给您添麻烦了。",
  "Delay notice (policy.md A near-misses).")
c("zs",
  "小棠，硬币盒上要刻的名字我们再确认一次：是“棠棠魔术”四个字，对吗？确认后就开工。",
  "Verifying a custom engraving (policy.md A).")
c("zs",
  "裴阿姨，拇指套刚拿到会有点松，这是正常的，它要适配不同粗细的手指，握在手心捂一会儿就软了。",
  "Product answer (policy.md A).")
c("zs",
  "贾先生，教学手册默认您会基本的洗牌手法，如果还不熟，第二章有分步骤的照片，可以先看那部分。",
  "Answers a question about the booklet (policy.md A).")
c("zs",
  "姚女士，近景垫是卷着寄出的，边角可能翘一两天，晚上压几本书就平了。",
  "Product answer (policy.md A).")
c("zs",
  "魏老师，硬币是黄铜镀镍的，用软布蘸一点清水擦就能恢复光泽，别用金属抛光剂，会把边上的齿纹磨平。",
  "Care answer (policy.md A).")
c("zs",
  "小棠，包裹在转运站多停了一天，快递员说明天上午派送，请留意敲门。",
  "Delay notice (policy.md A near-misses).")
c("zs",
  "裴阿姨，送货师傅要跟您约魔术桌的送货时间，您看工作日上午还是周六下午方便？",
  "Scheduling a bulky delivery (policy.md A).")

c("tw",
  "石小姐，洗牌機需要四顆三號電池，因為航空運輸規定所以沒有附上，麻煩自行準備喔。",
  "Product answer (policy.md A).")
c("tw",
  "夏先生，魔術桌的桌腳轉四分之一圈就會鎖住，不需要工具，收起來可以平放在後車廂喔。",
  "Product answer (policy.md A).")
c("tw",
  "邱小姐，您訂的近景墊因為要重新裁邊，會晚三個工作天出貨，造成不便很抱歉。",
  "Delay notice (policy.md A near-misses).")
c("hk",
  "車太，拇指套一開始會鬆啲，係正常嘅，喺手心揸住一陣就會軟身啲。",
  "Product answer (policy.md A).")
c("hk",
  "容生，教學小冊第三章講緊雙翻牌，啲相係由上面影落嚟，跟住做就得。",
  "Answers a question about the booklet (policy.md A).")
c("hk",
  "歐陽小姐，送貨公司想約你收魔術桌嘅時間，你平日朝早定係週六下晝方便？",
  "Scheduling a bulky delivery (policy.md A).")

c("mx",
  "Hi 小棠, 您问的 double lift, 关键是两张牌要对齐, practice 的时候先慢一点, 对着镜子练效果最好.",
  "Answers a technique question (policy.md A).")


def records():
    rows = list(R)
    random.Random(104).shuffle(rows)
    out = []
    for i, (cat, lk, rest, subs, text, note) in enumerate(rows, 1):
        labels = sorted({OWNER[s] for s in subs})
        out.append({"id": "h104-%03d" % i, "text": text, "labels": labels, "lang": LANG[lk],
                    "tags": [cat] + rest + EXTRAS[lk], "note": note})
    return out


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "holdout104.jsonl"), "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records" % len(R))
