#!/usr/bin/env python3
"""Source of holdout76.jsonl: a blind, hand-labelled test set of seller-to-buyer messages.

The invented seller is Tressmarrow Wig Studio (lace-front wigs, clip-in extensions, wig caps,
mannequin heads, wig shampoo, detangling brushes, heat-protect spray).  Every record is written
here by hand; labels are derived from the hand-chosen subtype tags (one policy per subtype).
Hard-to-see characters are spelled as named constants (ZW, CY_A, CY_E, emoji names, fw()).

    python3 gen.py        writes holdout76.jsonl next to this file
    records()             returns the shuffled, numbered list (used by validate.py)
"""
import json
import os
import random

# ---------------------------------------------------------------- hard-to-see characters
ZW = "\u200b"            # zero-width space
CY_A = "\u0430"          # Cyrillic small a, looks like Latin a
CY_E = "\u0435"          # Cyrillic small ie, looks like Latin e
STAR_EMOJI = "\u2b50"    # white medium star
HEART_EYES = "\U0001f60d"
PRAY = "\U0001f64f"
PARTY = "\U0001f389"
SPARKLES = "\u2728"


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @ and the dot)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


SUBTYPES = {
    "marketing": ["coupon", "discount", "sale", "new-product", "cross-sell", "listing-link",
                  "bundle", "buy-again", "restock", "referral", "vip-list", "giveaway",
                  "follow"],
    "off-platform-contact": ["email", "phone", "messaging-app", "social", "url", "payment",
                             "diversion", "qr"],
    "review-inducement": ["incentive", "rating-request", "gating", "steering", "change-review",
                          "feedback-pressure"],
}
OWNER = {s: lab for lab, subs in SUBTYPES.items() for s in subs}
# language key -> (lang field, trailing tags)
LANGS = {
    "en": ("en", []),
    "zs": ("zh", []),
    "tw": ("zh", ["traditional", "taiwanese"]),
    "hk": ("zh", ["traditional", "cantonese"]),
    "mxs": ("mixed", ["mixed"]),
    "mxhk": ("mixed", ["traditional", "cantonese", "mixed"]),
}

RAW = []


def rec(cat, lk, text, note, subs=(), style=None, techs=(), trap=None):
    labels = sorted({OWNER[s] for s in subs})
    subs = sorted(subs, key=lambda s: labels.index(OWNER[s]))   # stable: keeps order inside a label
    lang, extra = LANGS[lk]
    tags = [cat] + ([style] if style else []) + list(subs) + list(techs) \
        + ([trap] if trap else []) + extra
    RAW.append({"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})


def V(style, lk, subs, text, note):
    rec("violation", lk, text, note, subs=subs, style=style)


def E(lk, subs, techs, text, note):
    rec("evasion", lk, text, note, subs=subs, techs=techs)


def N(lk, trap, text, note):
    rec("near-miss", lk, text, note, trap=trap)


def C(lk, text, note):
    rec("clean", lk, text, note)


# ================================================================ violations: English
V("plain", "en", ["incentive"],
  "Hi Philomena, thanks again for choosing the 20-inch Velvara. Post a review of the wig on "
  "Amazon, show us the posted page, and we'll mail you a $15 gift card as a thank-you.",
  "A gift card in exchange for a posted review (policy.md C1).")
V("plain", "en", ["coupon"],
  "Barnaby, since the Snapgrace set worked out for you, here's something for next time: code "
  "CURL12 takes 12% off any clip-in set in our Amazon shop until the end of the month.",
  "Unprompted discount code for a later purchase (policy.md B).")
V("plain", "en", ["rating-request"],
  "Jolene, please give the Velvara bob a five-star rating on Amazon when you have a spare "
  "minute; top marks from wearers keep our small studio afloat.",
  "Asks for a named top rating (policy.md C2).")
V("plain", "en", ["phone"],
  "Cyrus, a clip came loose on one of the wefts? Skip the messages here and phone the studio at "
  "+1 (917) 555-0148; we'll sort it out with you on the spot.",
  "The shop's own number, not a carrier or warranty line, to move the contact off Amazon "
  "(policy.md D3).")
V("plain", "en", ["new-product", "cross-sell", "listing-link"],
  "New arrival, Wilhelmina: the Velvara now comes in a 26-inch deep wave, and it pairs nicely "
  "with the Cindershield spray you bought. See the whole range at amazon.com/stores/Tressmarrow.",
  "New-product news, a matching-product pitch and a storefront link (policy.md B, D1; "
  "judgement call 5).")
V("plain", "en", ["email", "gating"],
  "Desmond, if you're loving the clip-ins, a review on Amazon would mean a lot. If anything "
  "isn't right, email care@tressmarrowhair.com instead, so we can fix it before you post "
  "anything.",
  "Review asked of happy buyers only, unhappy ones sent to an e-mail address (policy.md C3, D2).")
V("plain", "en", ["vip-list"],
  "Tamsin, join our VIP list and you'll hear about every new wig two days before anyone else, "
  "along with members-only prices. Just answer yes to this message.",
  "Invitation to a members list with early access and lower prices (policy.md B).")
V("plain", "en", ["change-review"],
  "Mr. Villanueva, the new cap for order 114-6390218-7745093 is on its way. Could you please "
  "update your review of the Nettlecap caps so it shows how we put things right?",
  "Asks for an existing product review to be changed after a fix (policy.md C4).")
V("careful", "en", ["gating"],
  "Ms. Brannigan, if the Velvara turned out the way you hoped, would you tell other shoppers "
  "about it on its Amazon page? And if something fell short, tell us here first so we can make "
  "it right before anything goes up.",
  "Only satisfied buyers are invited; the rest are steered to the seller first (policy.md C3).")
V("careful", "en", ["feedback-pressure"],
  "Jolene, the note you left about us as a seller last week is pulling our account score down. "
  "Now that the brush has been swapped, would you take it off?",
  "Pressure to withdraw seller feedback, framed as harm to the account (policy.md C5).")
V("careful", "en", ["messaging-app"],
  "Cyrus, for quicker help with the clip-in shade, add Odalys on Signal at 917-555-0163 and "
  "send her a photo in daylight.",
  "A messaging app and a personal number, neither named in policy.md's list "
  "(policy.md D3, D4; judgement call 8).")
V("careful", "en", ["restock"],
  "Barnaby, good news: the 22-inch Snapgrace in shade #8 that sold out last month is back on the "
  "shelf, in case you wanted a second set.",
  "Unprompted back-in-stock pitch for a second purchase (policy.md B; judgement call 13).")
V("careful", "en", ["url", "diversion"],
  "Wilhelmina, our own site, tressmarrowhair.com, carries the longer lengths that never made it "
  "onto Amazon, and orders placed there skip the marketplace fees.",
  "The shop's own domain and a reason to buy outside Amazon (policy.md D1, D6).")
V("careful", "en", ["bundle", "cross-sell"],
  "Desmond, most people who wear a lace front end up wanting the whole care kit, so we've put "
  "the Sudsilk shampoo, Glidetooth brush and Cindershield spray together in one listing that "
  "costs less than buying the three separately.",
  "Unasked bundle offer across other products (policy.md B).")
V("careful", "en", ["steering"],
  "Tamsin, when you write up your thoughts about the wig on Amazon, could you mention how natural "
  "the hairline looks and that it reached you in two days? Those two points help people decide.",
  "Tells the buyer what to put in the review (policy.md C7).")
V("split", "en", ["incentive"],
  "Would you let other buyers know, on the Amazon page, how the Posewell head holds up? Anyone "
  "who does this month gets a pair of Nettlecap caps from us at no cost.",
  "The ask and the reward sit in separate sentences (policy.md C1).")
V("split", "en", ["follow", "social"],
  "Mr. Villanueva, we post a short styling video every Friday. You'll find them on Instagram at "
  "@tressmarrow.wigs, so give us a follow.",
  "A follow request with a social handle (policy.md B, D4).")
V("split", "en", ["referral"],
  "Ms. Brannigan, send a friend our way. When they order a wig and mention your name, we'll send "
  "each of you $10.",
  "Refer-a-friend reward (policy.md B).")
V("split", "en", ["payment", "incentive"],
  "Once your write-up of the Cindershield spray is live, let us know. We'll send the full price "
  "back to you through PayPal, so the bottle ends up costing you nothing.",
  "Refund for a review paid outside Amazon (policy.md C1, D5; judgement call 6).")
V("split", "en", ["buy-again"],
  "Your Sudsilk bottle should be running low about now, Philomena. Tap Buy it again on your "
  "orders page and a fresh one will be with you in two days.",
  "Unprompted repeat-purchase push, even through Amazon's own button (interface.md; "
  "judgement call 7).")
V("split", "en", ["gating"],
  "Enjoying the Glidetooth brush, Jolene? Then we'd love a review. Not so happy with it? Please "
  "come to us instead of posting.",
  "Condition and diversion in separate sentences (policy.md C3).")
V("split", "en", ["discount", "email", "diversion"],
  "Barnaby, the Velvara costs $40 less when you order straight from us. Write to "
  "orders@tressmarrowhair.com with the length you want and we'll invoice you directly.",
  "A lower price for buying off Amazon through an e-mail address (policy.md B, D2, D6).")

# ================================================================ violations: Simplified
V("plain", "zs", ["incentive"],
  "柏女士您好，假发收到后如果方便，请在亚马逊上留评并截图发给我们，我们会给您返现8美元。",
  "Cash back for a review with a screenshot (policy.md C1).")
V("plain", "zs", ["coupon"],
  "汤先生，感谢购买 Snapgrace 接发片！下次在我们店铺下单时输入优惠码 WIGS20 可立减20%，本月底前有效。",
  "Discount code for the next order (policy.md B).")
V("plain", "zs", ["rating-request", "steering"],
  "邵阿姨，头模用得还顺手吧？麻烦抽空给我们打个五星，顺便写上一句“夹得稳、到得快”，这对小店很重要。",
  "Five stars plus the words to use (policy.md C2, C7).")
V("plain", "zs", ["messaging-app", "qr"],
  "郝老师，包装盒里那张小卡片上印着我们的微信二维码，扫一下加上，以后补发网之类的事直接找我们就行。",
  "A WeChat QR code on an insert card (policy.md D1, D4; policy.md section e).")
V("plain", "zs", ["change-review"],
  "小棠，订单 112-7719054-3306852 补发的发网已经寄出了。问题解决以后，能不能麻烦您把之前那条差评删掉或者改一改？",
  "Removal or change of a review after a remedy (policy.md C4).")
V("careful", "zs", ["gating"],
  "柏女士，如果这顶假发您戴着满意，欢迎到商品页面说几句；要是哪里不合心意，请先来找我们，别急着在页面上写。",
  "Gating without the word for review (policy.md C3; policy.md section e, euphemisms).")
V("careful", "zs", ["incentive"],
  "汤先生，在亚马逊商品页分享完使用感受后，把截图发过来，我们再寄一把顺发梳给您，不用您出钱。",
  "A product sent at no cost once the review is posted (policy.md C1).")
V("careful", "zs", ["phone"],
  "邵阿姨，卡子这种问题打字讲不清，您直接拨 917-555-0163 找阿蔚，她当场就能教您怎么夹。",
  "Staff number to take the conversation off Amazon (policy.md D3).")
V("careful", "zs", ["new-product", "listing-link"],
  "郝老师，我们刚到了一批铜棕色的 Velvara 短发款，和您上次买的是同一种蕾丝，店里已经可以下单了：amazon.com/dp/B0F3TM8W6K",
  "New colour announced with a link to another listing (policy.md B, D1; judgement call 5).")
V("careful", "zs", ["buy-again"],
  "小棠，按您的用量，那瓶隔热喷雾差不多该见底了，到订单页面点一下就能再来一瓶，两天就到。",
  "Repeat-purchase push without the usual words (interface.md; judgement call 7).")
V("split", "zs", ["sale", "url", "diversion"],
  "柏女士，这周我们自己的网店在做清仓。地址是 tressmarrowhair.com，同样的假发比亚马逊上便宜不少。",
  "Clearance sale on the shop's own site, cheaper than Amazon (policy.md B, D1, D6).")
V("split", "zs", ["discount", "incentive"],
  "汤先生，写一条真实的评价就行。写完告诉我们一声，下一单直接给您打七折。",
  "Thirty per cent off the next order for a review (policy.md C1, B; judgement call 3).")
V("split", "zs", ["giveaway", "follow", "social"],
  "邵阿姨，我们每周五在小红书上抽一顶假发送给粉丝。搜“Tressmarrow假发”点个关注就能参加。",
  "Giveaway for followers of a social account (policy.md B, D4; judgement call 8).")
V("split", "zs", ["gating"],
  "郝老师，喜欢的话就去亚马逊上写几句吧。要是不喜欢，就先别写，直接来这里找我们。",
  "Only happy buyers asked; unhappy ones held back (policy.md C3).")
V("split", "zs", ["cross-sell"],
  "小棠，接发片戴久了发尾容易打结。我们家的顺发梳就是为接发设计的，下次在店里顺手带一把吧。",
  "Unasked pitch for another product (policy.md B).")
V("split", "zs", ["payment", "diversion"],
  "柏女士，走亚马逊退货太慢了，您不用等。把支付宝账号发给我，差价我今天就直接转给您。",
  "Money moved outside Amazon instead of the return process (policy.md D5, D6).")

# ================================================================ violations: Traditional
V("plain", "tw", ["messaging-app"],
  "尤小姐您好，假髮髮際線的蕾絲要剪到哪裡，用文字很難說清楚，直接加我們的 LINE：@tressmarrowtw，傳訊息給我們喔。",
  "LINE handle to continue off Amazon (policy.md D4).")
V("plain", "hk", ["rating-request"],
  "容太，頂假髮你戴落去好自然。如果你鍾意，麻煩喺 Amazon 度俾個五星啦，對我哋小店好重要㗎。",
  "Asks for five stars (policy.md C2).")
V("plain", "tw", ["coupon"],
  "傅先生，謝謝您買了 Cindershield 隔熱噴霧！下次在賣場結帳時輸入折價券代碼 GLOSS10，全館再折10%。",
  "Discount code for the next purchase (policy.md B).")
V("careful", "hk", ["incentive"],
  "雷生，喺商品頁寫低幾句用後感，再傳張截圖過嚟，我哋就寄多支洗頭水俾你，唔使你畀錢。",
  "A bottle of shampoo for a posted write-up (policy.md C1).")
V("careful", "tw", ["url", "diversion"],
  "童小姐，想找更長的尺寸的話，可以到我們自己架的 tressmarrowhair.com 下單，那邊的選擇比賣場多，也不用被平台抽成喔。",
  "Own shop domain and a reason to leave Amazon (policy.md D1, D6).")
V("careful", "hk", ["restock"],
  "甘小姐，上個月賣晒嗰款22吋 Snapgrace 淺栗色，今日終於返貨喇，想補多套就快啲。",
  "Back-in-stock pitch (policy.md B; judgement call 13).")
V("careful", "tw", ["change-review"],
  "尤小姐，換貨已經幫您處理好了。之前您在商品頁寫的那段話，方便的話可以改成現在的狀況嗎？麻煩您囉。",
  "Veiled request to edit a review after an exchange (policy.md C4).")
V("split", "hk", ["messaging-app"],
  "容太，條卡子鬆咗唔緊要，我哋有辦法整返好。你用 WhatsApp 搵我哋 +44 7700 900239，我即刻教你點整。",
  "WhatsApp number given in the second sentence (policy.md D3, D4).")
V("split", "tw", ["bundle"],
  "傅先生，假髮專用的洗髮精、順髮梳和髮網，我們有包成一組。三樣一起買比分開買省一百多元，賣場搜得到喔。",
  "Bundle offer (policy.md B).")
V("split", "hk", ["payment", "incentive"],
  "雷生，幫我哋喺 Amazon 寫個好評啦。寫完之後，我哋用轉數快將成個價錢退返俾你。",
  "Full refund through FPS for a positive review (policy.md C1, C2, D5; judgement call 6).")

# ================================================================ violations: mixed
V("plain", "mxs", ["coupon", "incentive", "rating-request"],
  "Hi 小棠，这顶 Velvara wig 戴着还 OK 吗？Please leave us 5 stars on Amazon，下次 order 的时候我们 send you a coupon。",
  "Five stars asked and a coupon promised for them (policy.md C1, C2, B; judgement call 3).")
V("split", "mxhk", ["email"],
  "甘小姐，條 extension 嘅顏色唔啱，唔好喺度傾住。Email 我哋 care@tressmarrowhair.com，send 張相嚟，we'll fix it fast。",
  "Moves the thread to an e-mail address (policy.md D2).")

# ================================================================ evasions: English
E("en", ["messaging-app"], ["spacing"],
  "Barnaby, Odalys can walk you through trimming the lace much faster with a few photos. Message her on "
  "T e l e g r a m, where she is tressmarrow_care, and she'll reply tonight.",
  "Spaced-out app name with the shop's number (policy.md D4; policy.md section e).")
E("en", ["rating-request"], ["homoglyph"],
  "Philomena, glad the bob sits so well. A fiv" + CY_E + "-st" + CY_A + "r r" + CY_A
  + "ting on the Velvara page would make our week!",
  "Cyrillic letters inside the rating words (policy.md C2; policy.md section e).")
E("en", ["email"], ["spelled-email"],
  "Jolene, if the cap feels too tight, write to care at tressmarrowhair dot com with your head "
  "measurement and we'll swap it for the large.",
  "Address spelled out with at and dot (policy.md D2).")
E("en", ["coupon"], ["leetspeak", "separator"],
  "Thanks for the order, Cyrus. Next time, type C-U-R-L-1-2 at checkout for 12% 0ff any clip-in "
  "set.",
  "Code broken up by hyphens, zero for the letter o (policy.md B; policy.md section e).")
E("en", ["phone"], ["number-words"],
  "Wilhelmina, this is easier to sort by voice: ring nine one seven, five five five, zero one six "
  "three and ask for Odalys.",
  "Phone number in words (policy.md D3; policy.md section e).")
E("en", ["incentive"], ["zero-width"],
  "Desmond, leave a rev" + ZW + "iew of the Posewell head on Amazon and a bottle of Sudsilk will "
  "come to you on the h" + ZW + "ouse.",
  "Zero-width spaces inside the key words (policy.md C1; policy.md section e).")
E("en", ["vip-list", "social"], ["fullwidth"],
  "Tamsin, our " + fw("VIP") + " wig club lives on Instagram at " + fw("@tressmarrow.wigs")
  + ", with first pick of every new lace front.",
  "Full-width club name and handle (policy.md B, D4).")
E("en", ["messaging-app"], ["nickname"],
  "Mr. Villanueva, for a quicker answer on tinting the lace, find us on the paper-plane app as "
  "tressmarrow_care; Odalys checks it every evening.",
  "Telegram named by its icon, with the handle (policy.md D4).")
E("en", ["rating-request", "gating"], ["emoji"],
  "Ms. Brannigan, loving your Snapgrace clip-ins? " + HEART_EYES + " Then pop us a "
  + STAR_EMOJI * 5 + " on Amazon! Not loving them? Message us first " + PRAY,
  "Emoji stars for happy buyers, the rest sent to the seller (policy.md C2, C3, E).")
E("en", ["url", "diversion"], ["split-handle"],
  "Philomena, our own shop stocks the 26-inch lengths Amazon doesn't carry: type "
  "tressmarrowhair, then a dot, then com into your browser.",
  "Domain given in pieces (policy.md D1, D6).")
E("en", ["new-product"], ["leetspeak"],
  "Barnaby, fresh dr0p: the Velvara deep wave in h0ney bl0nde is l1ve in our st0re, so have a "
  "l00k.",
  "New-product news with digits for letters (policy.md B; policy.md section e).")
E("en", ["change-review"], ["homoglyph"],
  "Jolene, now that the money is back on your card, could you edit your r" + CY_E + "vi" + CY_E
  + "w so it matches how things ended?",
  "Review edit asked after a refund, Cyrillic e inside the word (policy.md C4).")
E("en", ["email", "incentive"], ["zero-width", "spelled-email"],
  "Cyrus, send a screenshot of your posted rev" + ZW + "iew to care (at) tressmarrowhair (dot) "
  "com and the $20 you paid comes straight back.",
  "Reward for a review claimed through a spelled-out address (policy.md C1, D2).")
E("en", ["discount", "phone", "diversion"], ["number-words"],
  "Wilhelmina, ring or text nine one seven five five five zero one four eight and we'll quote "
  "you our regulars' figure, about twenty percent under the Amazon listing.",
  "Lower off-Amazon price by phone, number in words (policy.md B, D3, D6).")

# ================================================================ evasions: Simplified
E("zs", ["incentive"], ["pinyin"],
  "柏女士，收到假发后留个haoping，截图发给我们，马上fanxian十美元。",
  "Pinyin for positive review and cash back (policy.md C1; policy.md section e).")
E("zs", ["messaging-app"], ["homophone"],
  "汤先生，颜色不好比对的话，加一下薇信 tressmarrow_cn，拍张照片给阿蔚看看。",
  "Homophone for WeChat with the ID (policy.md D4).")
E("zs", ["phone"], ["cn-numerals"],
  "邵阿姨，卡子的事打字说不明白，直接打这个号：九一七 五五五 零一四八，找阿蔚就行。",
  "Phone number in Chinese numerals (policy.md D3; policy.md section e).")
E("zs", ["coupon"], ["separator"],
  "郝老师，下回下单记得填优/惠/码 LACE15，接发片立减15%。",
  "Slashes inside the word for coupon code (policy.md B).")
E("zs", ["rating-request", "gating"], ["spacing"],
  "小棠，假发要是戴得舒服，麻烦给个 五 星 好 评 呀。",
  "Spaced five-star request, conditioned on satisfaction (policy.md C2, C3).")
E("zs", ["follow", "social"], ["nickname"],
  "柏女士，我们在小红薯上每周都发假发造型视频，搜 Tressmarrow假发 点个关注吧。",
  "Xiaohongshu by its nickname, with a follow request (policy.md B, D4).")
E("zs", ["messaging-app"], ["nickname", "split-handle"],
  "汤先生，加我们的绿泡泡吧：先输 tressmarrow，后面加下划线和 cn 两个字母。",
  "WeChat by nickname and the ID in pieces (policy.md D4).")
E("zs", ["change-review"], ["homophone"],
  "邵阿姨，换的头模已经寄出了，那条差坪能麻烦您删平一下吗？",
  "Homophones for bad review and delete it (policy.md C4).")
E("zs", ["coupon", "sale"], ["fullwidth"],
  "郝老师，本周店庆全场八折，结账时输入 " + fw("WIGS20") + " 就能用。",
  "Store-wide sale with a full-width code (policy.md B).")

# ================================================================ evasions: Traditional
E("tw", ["messaging-app"], ["homophone"],
  "尤小姐，想看真人戴起來的影片的話，可以加我們的賴 @tressmarrowtw，直接傳訊息過來喔。",
  "LINE written as its Taiwanese homophone (policy.md D4).")
E("tw", ["discount", "incentive"], ["separator", "pinyin"],
  "傅先生，幫我們寫個好*評，下次再買就有 youhui 喔。",
  "Positive review broken by an asterisk, discount in pinyin (policy.md C1, B; judgement call 3).")
E("tw", ["restock"], ["emoji"],
  "童小姐，您上次問的淺棕色接髮片補貨囉" + PARTY + "，賣場已經可以下單了～",
  "Restock news with an emoji (policy.md B, E; judgement call 13).")
E("hk", ["phone"], ["cn-numerals"],
  "容太，卡子點夾打字講唔清楚，你直接打去零七七零零 九零零 五八六搵阿蔚啦。",
  "UK mobile in Chinese numerals (policy.md D3).")
E("hk", ["rating-request"], ["zero-width"],
  "雷生，麻煩你俾個五" + ZW + "星好" + ZW + "評啦，我哋小店靠晒你哋㗎。",
  "Zero-width spaces inside the five-star words (policy.md C2).")

# ================================================================ evasions: mixed
E("mxs", ["messaging-app"], ["pinyin"],
  "Hi 小棠，color 对不上的话直接加 weixin: tressmarrow_cn，send me 两张照片 in daylight 就行。",
  "WeChat in pinyin with the ID (policy.md D4).")
E("mxs", ["coupon", "incentive"], ["emoji"],
  "郝老师 thanks for the order " + PRAY + " 写个 review 就送你一个 coupon code GLOSS10，下次用"
  + SPARKLES,
  "Code promised for a review, with emoji (policy.md C1, B, E; judgement call 3).")

# ================================================================ near-misses: English
N("en", "neutral-request",
  "Hi Philomena, your Velvara (order 113-2748150-6639201) was delivered on Tuesday. If you have "
  "a moment, you're welcome to share how it went on Amazon, whatever it turned out to be.",
  "One neutral review invitation with no condition or reward (interface.md; policy.md C "
  "near-misses).")
N("en", "neutral-request",
  "Barnaby, order 112-0816374-5592843 should have reached you about a week ago. Other buyers "
  "find it useful to read how clip-ins hold up in daily wear, so a review, good or bad, is "
  "always welcome.",
  "Balanced request, good or bad (policy.md C near-misses; judgement call 2).")
N("en", "refusal",
  "Jolene, thank you for offering, but we can't send anything in return for a review; Amazon "
  "doesn't allow it, and we'd rather your words be entirely your own.",
  "Declines a review swap (policy.md C1, near-misses).")
N("en", "quoted-buyer",
  "You wrote: 'I'll give five stars if you throw in a free cap.' We aren't able to do that, but "
  "the cap you ordered is already on its way with tracking TBA639201847552.",
  "The rating words are the buyer's, quoted and turned down (policy.md D near-misses).")
N("en", "amazon-page",
  "Cyrus, you can open the return for the shampoo under Your Orders; choose the damaged-item "
  "reason and Amazon shows the prepaid label right away.",
  "Points to Amazon's own returns flow (policy.md D near-misses).")
N("en", "logistics-word",
  "Wilhelmina, we've cancelled the second Posewell head you ordered by mistake, as you asked; "
  "the refund for it should show on your card within a few days.",
  "Cancel and refund in a logistics reply (policy.md A near-misses).")
N("en", "carrier-site",
  "Desmond, UPS shows your package at the local depot. You can follow it on the UPS site with "
  "1Z6F48A20371956624, or ring UPS directly if the driver misses you.",
  "Carrier named, tracking number, no shop contact (policy.md D3, near-misses).")
N("en", "lookalike-number",
  "Tamsin, here are the details for the exchange you requested: order 112-5550148-7704139, shade "
  "#8 swapped for #6, both in the 18-inch length.",
  "An order id whose middle block looks like a 555 number (policy.md D near-misses).")
N("en", "price-paid",
  "Mr. Villanueva, the $129.99 you paid was the listed price that day; the lower figure you saw "
  "later was a lightning deal Amazon ran, and past orders can't be adjusted.",
  "Explains the price paid and Amazon's own deal (policy.md B near-misses).")
N("en", "warranty",
  "Ms. Brannigan, the Glidetooth brush has a one-year warranty against snapped bristles. Post a "
  "photo in this thread and we'll arrange a replacement through Amazon.",
  "Warranty handled inside Amazon (policy.md D3; policy.md B near-misses).")
N("en", "hygiene-return",
  "Philomena, for hygiene reasons a wig that has been worn or had its lace cut can't come "
  "back as a return. An unopened one can go back within 30 days from your Amazon order page.",
  "Return rule in a reply (policy.md A).")
N("en", "colour-match",
  "Barnaby, shade #4 came out darker than your photo. We can exchange the set for #6: request a "
  "return for order 111-4490627-8835512 and we'll ship the replacement once the carrier scans it.",
  "Colour-match exchange through Amazon returns, a remedy (policy.md A, B near-misses).")
N("en", "care-advice",
  "Jolene, since you asked about the frizz: wash the Velvara in cool water with a sulphate-free "
  "wig shampoo, let it dry on a stand, and keep irons below 300 degrees.",
  "Care advice the buyer asked for; free is a product word (policy.md A, B near-misses).")
N("en", "answer",
  "Cyrus, to your question: yes, the Snapgrace clips open wide enough for thick hair, and the "
  "price covers all seven wefts, which is a full head.",
  "Answers a question about the product bought (policy.md B near-misses).")
N("en", "review-thanks",
  "Thank you for mentioning your review, Wilhelmina. We've passed your note about the short lace "
  "edge to our workroom so the next batch is trimmed wider.",
  "Reply to a buyer who raised her own review; nothing asked (policy.md C near-misses).")
N("en", "feedback-notice",
  "Desmond, Royal Mail shows the new cap delivered under RY648203915GB. If you feel we've dealt "
  "with the problem, you're free to revise or take down the seller feedback you left earlier; "
  "it's entirely your call.",
  "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
N("en", "product-word",
  "Tamsin, you asked whether the two go together: the Cindershield spray is alcohol-free and the "
  "Sudsilk shampoo has no sulphates, so they're safe on the same wig.",
  "Free as a product property (policy.md B near-misses).")
N("en", "negation",
  "Ms. Brannigan, there's no coupon in the box; the slip you found is the packing list for order "
  "114-7263095-1180476.",
  "Coupon mentioned only to say there is none (policy.md B near-misses).")
N("en", "review-word",
  "Odalys gave the lace a final review under the lamp before it shipped, so the knots you see "
  "near the front are bleached on purpose.",
  "Review as a workroom check, not a request (policy.md C near-misses).")
N("en", "remedy",
  "Philomena, a second Glidetooth brush has gone out at no charge, since the first arrived with a "
  "cracked handle; tracking TBA480157263019.",
  "Replacement sent as a remedy, no review mentioned (policy.md B near-misses).")
N("en", "logistics-word",
  "Barnaby, as you asked, we've updated the delivery address on order 113-9037461-2258870 to your "
  "office; the USPS number 9405 5036 9930 0412 7788 16 stays the same.",
  "Update in an address reply, tracking number (policy.md C near-misses, D near-misses).")
N("en", "amazon-page",
  "Cyrus, to your question about automatic deliveries: Subscribe & Save on the shampoo is run by "
  "Amazon, so the schedule and the price there are set in Your Account, not by us.",
  "Explains an Amazon programme the buyer asked about (policy.md B near-misses; judgement call 9).")
N("en", "quoted-buyer",
  "Your message said 'add me on WhatsApp so we can talk it over'. We can only help here in Amazon "
  "messages, so please send the photo of the lace in this thread.",
  "The app name is the buyer's, and the seller stays on Amazon (policy.md D near-misses).")

# ================================================================ near-misses: Simplified
N("zs", "substring",
  "柏女士，您说在搜索评论时看到一张发色偏红的图片，那是其他买家自己拍的，和实物的颜色差别主要来自光线。",
  "Contains the substring that a naive rule reads as soliciting reviews (policy.md section 0, C near-misses).")
N("zs", "review-word",
  "汤先生，发网的尺寸我们帮您评估过了，您头围58厘米，选中号正好。",
  "评估 is sizing, not a review (policy.md C near-misses).")
N("zs", "neutral-request",
  "邵阿姨，订单 114-1158302-6947725 的头模应该已经到了。如果方便，欢迎在亚马逊上写写真实的使用体验，好坏都可以。",
  "One neutral invitation, good or bad (interface.md; policy.md C near-misses).")
N("zs", "refusal",
  "郝老师，您提到留好评换一瓶洗发水，这个我们不能做，亚马逊不允许拿任何东西交换评价，谢谢理解。",
  "Turns down a review swap (policy.md C1, near-misses).")
N("zs", "remedy",
  "小棠，卡子断掉的那片接发我们已经免费补发了，跟踪号 SF1457903826614，不需要寄回。",
  "Free replacement as a remedy (policy.md B near-misses).")
N("zs", "logistics-word",
  "柏女士，重复下的那一单我们这边已经取消了，钱会按原路退到您的卡上。",
  "取消 for a duplicate order (policy.md A near-misses).")
N("zs", "carrier-site",
  "汤先生，接发片这次走的是顺丰，单号 SF1702938465521，在顺丰官网或者它的小程序里都能查到实时位置。",
  "Carrier's own site with a tracking number (policy.md D near-misses).")
N("zs", "lookalike-number",
  "邵阿姨，我查了订单 113-5550163-4428017，头模是周三从仓库出的，物流显示明天送到。",
  "Order id with a 555-01 block (policy.md D near-misses).")
N("zs", "price-paid",
  "郝老师，您付的 89.99 美元就是下单那天的价格，后来降价是亚马逊自己的活动，已完成的订单我们这边没法改。",
  "Price paid and Amazon's own promotion explained (policy.md B near-misses).")
N("zs", "warranty",
  "小棠，顺发梳有一年保修，梳齿断了的话拍张照片发在这里，我们通过亚马逊给您换一把。",
  "Warranty handled inside Amazon (policy.md D3; policy.md B near-misses).")
N("zs", "hygiene-return",
  "柏女士，假发属于贴身用品，戴过或者剪过蕾丝的就不能退货了；没拆封的在30天内可以到亚马逊订单页面申请退货。",
  "Hygiene return rule (policy.md A).")
N("zs", "colour-match",
  "汤先生，您收到的6号色比照片深一点，可以换成8号：在订单页申请退货，我们看到物流扫描后就把新的一套寄出。",
  "Colour exchange through Amazon returns (policy.md A, B near-misses).")
N("zs", "care-advice",
  "邵阿姨，您问假发怎么洗：用冷水和专用洗发水轻轻压洗，别搓，洗完放在头模上自然晾干，一个星期洗一次就够。",
  "Care advice the buyer asked for; 星 in 星期 (policy.md A, C near-misses).")
N("zs", "answer",
  "郝老师，您问的这款发网是弹力网眼的，头围54到60厘米都能戴，一包两只，价格里已经包含了两只。",
  "Answer about the product bought (policy.md B near-misses).")
N("zs", "review-thanks",
  "小棠，谢谢您告诉我们您在评论里写了发际线的问题，我们已经让工坊把下一批的蕾丝边留宽一点。",
  "Reply about a review the buyer mentioned (policy.md C near-misses).")
N("zs", "quoted-buyer",
  "柏女士，您刚才说“加个微信聊吧”，不过我们只在亚马逊消息里处理售后，照片直接发在这里就好。",
  "WeChat is the buyer's word, declined (policy.md D near-misses).")
N("zs", "amazon-page",
  "汤先生，在亚马逊的退货中心选“尺寸不合适”，系统会直接生成退货标签，不需要先联系我们。",
  "Amazon's own returns centre (policy.md D near-misses).")

# ================================================================ near-misses: Traditional
N("tw", "feedback-notice",
  "尤小姐，換貨已經送到了。若您認為這次的問題已經解決，要不要更新或撤下之前留給賣場的回饋，都由您自己決定。",
  "Neutral seller-feedback notice after resolution (policy.md C5; judgement call 4).")
N("tw", "substring",
  "傅先生，您說用關鍵字檢索評測文章時看到一頂顏色偏紅的，那是別家的商品，不是我們出貨的這頂。",
  "檢索評測 hides the substring 索評 (policy.md section 0).")
N("tw", "carrier-site",
  "童小姐，包裹已經交給黑貓宅急便，追蹤編號在訂單頁面看得到，黑貓官網也查得到，預計兩個工作天內送達。",
  "Carrier site named, no shop contact (policy.md D near-misses).")
N("tw", "answer",
  "傅先生，您問的隔熱噴霧，真人髮和耐熱纖維的假髮都能用，標示耐熱到230度，賣場上標的價格是單瓶250毫升的。",
  "Answer about the product asked about (policy.md B near-misses).")
N("tw", "hygiene-return",
  "童小姐，假髮只要戴過或剪過蕾絲，基於衛生考量就不能退貨；還沒拆封的，30天內可以從亞馬遜訂單頁面申請喔。",
  "Hygiene return rule (policy.md A).")
N("hk", "remedy",
  "容太，斷咗齒嗰把梳，我哋已經免費補寄咗一把新嘅俾你，舊嗰把唔使寄返。",
  "Free replacement as a remedy (policy.md B near-misses).")
N("hk", "quoted-buyer",
  "雷生，你問『寫好評係咪有嘢送』，呢個我哋真係做唔到，亞馬遜唔准用任何嘢換評價。",
  "Buyer's words quoted and declined (policy.md C1, D near-misses).")
N("hk", "logistics-word",
  "甘小姐，你要改嘅地址我哋已經修改咗，張單 206-8843170-5529614 會送去新地址。",
  "修改 for an address (policy.md C near-misses).")
N("hk", "care-advice",
  "容太，你問頂假髮點洗：洗完唔好用毛巾大力擦，攤喺假人頭度自然乾，每個星期洗一次就夠。",
  "Care advice asked for; 星期 (policy.md A, C near-misses).")

# ================================================================ near-miss: mixed
N("mxs", "neutral-request",
  "Hi 郝老师，your Snapgrace order 111-3602849-9071634 已经签收了。If you'd like, 欢迎在 Amazon 上分享真实感受，好的坏的都行。",
  "One neutral invitation in code-switched text (interface.md; policy.md C near-misses).")

# ================================================================ clean: English
C("en",
  "Hello Philomena, the 24-inch Velvara you ordered is taking two days longer than we planned "
  "because the lace needs one more knot check; it should leave our studio on Thursday.",
  "Delay notice (policy.md A near-misses).")
C("en",
  "Barnaby, the medium Nettlecap fits heads from 21.5 to 23 inches around; measure just above "
  "your ears and across the nape to see which size suits you.",
  "Sizing answer (policy.md A).")
C("en",
  "Jolene, before we cut the lace on your custom unit, please confirm: natural black, 16 inches, "
  "middle part, and baby hairs plucked along the front.",
  "Verifying a custom design (policy.md A).")
C("en",
  "Cyrus, the Posewell canvas head is 22 inches around and takes T-pins; the clamp fits tables up "
  "to about two inches thick.",
  "Product answer (policy.md A).")
C("en",
  "Wilhelmina, the Glidetooth's looped bristles suit wigs and extensions alike; work from the ends "
  "upward in small sections and it won't pull on the wefts.",
  "Answer to a care question (policy.md A).")
C("en",
  "Desmond, your custom-length clip-ins need a shade before we can dye them. Could you tell us "
  "which swatch on the listing sits closest to your own hair?",
  "Information needed to complete the order (policy.md A).")
C("en",
  "Tamsin, the Velvara is human hair, so a flat iron set to medium is fine; give the strands a "
  "few minutes to cool before you pin the style in place.",
  "Styling answer (policy.md A).")
C("en",
  "Mr. Villanueva, the mocha cap is a shade deeper than the nude one; under lace on darker skin "
  "most wearers prefer it.",
  "Product answer (policy.md A).")
C("en",
  "Ms. Brannigan, a storm closed the sorting centre near us on Monday, so your shampoo will leave "
  "a day later than shown. We're sorry for the wait.",
  "Delay notice (policy.md A near-misses).")
C("en",
  "Philomena, most synthetic units need a wash after roughly ten to fifteen wears, or sooner if "
  "you use a lot of styling product.",
  "Care answer (policy.md A).")
C("en",
  "Barnaby, 150 percent density looks full without looking heavy; for a thinner part and a "
  "softer look, the 130 percent version would suit you better.",
  "Product answer (policy.md A).")
C("en",
  "Jolene, for fine hair, backcomb a little at the root and mist some hold there before you snap "
  "each clip in; it gives the clip something to grip.",
  "Care answer (policy.md A).")
C("en",
  "Cyrus, the courier needs a flat or unit number to finish the delivery to your building. Could "
  "you send it in this thread?",
  "Information needed for delivery (policy.md A).")

# ================================================================ clean: Simplified
C("zs", "柏女士，您定制的那顶假发开工前需要确认：自然黑、40厘米、中分、发际线做碎发，确认后工坊就动手。",
  "Verifying a custom design (policy.md A).")
C("zs", "汤先生，接发片每片都有三个卡子，戴的时候先把根部的头发稍微打毛，卡得会更牢。",
  "Fitting answer (policy.md A).")
C("zs", "邵阿姨，这边仓库因为暴雨停了一天，您的头模会比原计划晚一天发出，给您添麻烦了。",
  "Delay notice (policy.md A near-misses).")
C("zs", "郝老师，发网中号适合头围55到58厘米，您量一下耳朵上方一圈的尺寸就知道选哪个。",
  "Sizing answer (policy.md A).")
C("zs", "小棠，人发假发可以用卷发棒，温度调到中档就够，做完造型放凉几分钟再拨开。",
  "Styling answer (policy.md A).")
C("zs", "柏女士，隔热喷雾要在吹干之前喷在半干的发丝上，离头发二十厘米左右，均匀喷一遍就行。",
  "Use of the product bought (policy.md A).")
C("zs", "汤先生，顺发梳要从发尾往上梳，一小束一小束地来，这样不会扯到发片的根部。",
  "Care answer (policy.md A).")
C("zs", "邵阿姨，快递员说需要您的门牌号才能送进楼里，麻烦在这条消息里回复一下。",
  "Information needed for delivery (policy.md A).")
C("zs", "郝老师，深色的发网衬在深肤色下面更自然，浅色的适合白皙的皮肤，两种颜色材质一样。",
  "Product answer (policy.md A).")
C("zs", "小棠，蕾丝边要是有点反光，可以用一点粉底轻轻拍在蕾丝上，颜色就会跟头皮更接近。",
  "Styling answer (policy.md A).")

# ================================================================ clean: Traditional
C("tw", "尤小姐，您訂做的假髮開工前想先跟您確認：自然黑、16吋、旁分、髮際線要不要做碎髮，您回覆後工作坊就動手喔。",
  "Verifying a custom design (policy.md A).")
C("tw", "傅先生，因為颱風的關係倉庫停工一天，您的假人頭會晚一天出貨，造成不便很抱歉。",
  "Delay notice (policy.md A near-misses).")
C("tw", "童小姐，接髮片夾上去之前，先把根部的頭髮稍微逆梳一下，夾子會比較穩，不容易滑掉喔。",
  "Fitting answer (policy.md A).")
C("hk", "容太，頂假髮啲蕾絲如果太光，可以用少少粉底輕輕拍上去，睇落會自然好多。",
  "Styling answer (policy.md A).")
C("hk", "雷生，假人頭係帆布做嘅，插得落大頭針，底下個夾可以夾住大約兩吋厚嘅枱。",
  "Product answer (policy.md A).")
C("hk", "甘小姐，速遞員話要有你個單位號碼先送得上樓，麻煩你喺呢度覆一覆。",
  "Information needed for delivery (policy.md A).")

# ================================================================ clean: mixed
C("mxs", "Hi 小棠，你的 custom wig 这周开始做 baby hair，下周三 should be ready，到时候再跟你确认 parting。",
  "Custom-order progress in code-switched text (policy.md A).")


def records():
    """The set: RAW shuffled with random.Random(76), numbered h76-001..h76-160."""
    rows = [dict(r) for r in RAW]
    random.Random(76).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "h76-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout76.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), path))


if __name__ == "__main__":
    main()
