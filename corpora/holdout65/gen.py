#!/usr/bin/env python3
"""Builds holdout65.jsonl: 160 hand-labelled buyer messages from an invented Amazon seller,
Mistleford Watercolour Supply (watercolour paints, brushes and sketchbooks).

Standard library only.  Hard-to-see characters are spelled out below: ZW (zero-width space),
CY_A / CY_E (Cyrillic look-alike letters), STAR (the star emoji) and fw() (full-width Latin).
The records are written in groups (language x category), shuffled with random.Random(65) and
numbered h65-001 ... h65-160.  records() returns the list; running the file writes it.
"""
import json
import os
import random

ZW = "\u200b"          # zero-width space
CY_A = "\u0430"        # Cyrillic a
CY_E = "\u0435"        # Cyrillic e
STAR = "\u2b50"        # star emoji


def fw(s):
    """ASCII letters, digits, @ and . as full-width forms."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


V, E, N, C = "violation", "evasion", "near-miss", "clean"
RI, OP, MK = "review-inducement", "off-platform-contact", "marketing"
T, TW, HK, MX = "traditional", "taiwanese", "cantonese", "mixed"

# (text, labels, lang, tags, note)
RAW = [
    # ================================================================ English violations (22)
    ("Hi Cordelia, thanks for your patience while the Driftglaze set was re-packed. Once your "
     "review is live on the listing, reply here with a screenshot and we'll post you a Kestrel "
     "No. 6 mop brush to say thanks. Ottoline",
     [RI], "en", [V, "plain", "incentive"],
     "Offers a brush once the review is posted: compensation for a review (policy.md C1)."),
    ("Good morning Barnaby. Your Fernleaf sketchbooks went out with Royal Mail today. When "
     "they arrive, we'd be grateful for a rating on the product page. Five stars keeps a tiny "
     "studio like ours afloat.",
     [RI], "en", [V, "split", "rating-request"],
     "Names the rating it wants across two sentences (policy.md C2); the shipping line is a "
     "message-scope matter, not labelled here (policy.md A)."),
    ("Henrietta, I hope the Tidemark tubes are behaving. If the colours came out the way you "
     "hoped, we'd love a few lines about them on Amazon. If anything disappointed you, please "
     "write to me here first rather than posting it publicly; we'd much rather put it right "
     "privately.",
     [RI], "en", [V, "split", "gating"],
     "Invites happy buyers to post and steers unhappy ones to the seller instead (policy.md C3)."),
    ("Dear Lucius, the second Saltpan palette should be with you now, and this one's hinge is "
     "properly tight. Since the original problem is sorted, would you consider going back to what "
     "you wrote about the palette on its product page so it reflects how things turned out?",
     [RI], "en", [V, "careful", "change-review"],
     "Asks the buyer to edit a posted product review after the fix, without saying 'review' "
     "(policy.md C4, 'even after an issue is resolved')."),
    ("Thanks for choosing the Fernleaf A5, Agnieszka. When you write about it on Amazon, could you "
     "say that the paper survives heavy lifting and scrubbing? A photo of a finished wash helps "
     "too. Those two details are what painters search for.",
     [RI], "en", [V, "split", "steering"],
     "Tells the buyer what to put in the review and to add a photo (policy.md C7)."),
    ("Rupert, the new brushes were delivered yesterday per the tracking. The negative seller "
     "feedback from last week is still sitting on our account and it hurts our standing badly. "
     "Please remove it today now that you have the new set.",
     [RI], "en", [V, "plain", "feedback-pressure"],
     "Presses the buyer to remove seller feedback because it hurts the account (policy.md C5)."),
    ("\"The Harbour Indigo granulates like a dream\" - Mirabel, that made Ottoline's week! Since "
     "you're so pleased with it, could you put those exact words where other painters choosing a "
     "blue will see them, on the paint's Amazon page?",
     [RI], "en", [V, "careful", "gating"],
     "Asks for a review only because the buyer wrote in happy: gating even when worded softly "
     "(policy.md section 0 point 3, C3)."),
    ("Desmond, glad the Cloudwell pens arrived safely. If you can spare two minutes to tell other "
     "shoppers on the listing how they handle, Ottoline will tuck two spare tubes of Estuary Grey "
     "into a padded envelope for you as a thank-you.",
     [RI], "en", [V, "careful", "incentive"],
     "Paint tubes promised for a write-up on the listing: a free product for a review "
     "(policy.md C1)."),
    ("Thanks for the quick reply about the delivery address, Philomena. One more thing while I "
     "have you. Everything in the studio is 20% off until Sunday, brushes included, so it's a "
     "good week to top up.",
     [MK], "en", [V, "split", "sale"],
     "A limited-time sale tacked onto an address reply (policy.md B, 'including within "
     "otherwise permitted communications')."),
    ("Hi Mr. Valdivia, thank you for buying the 24-pan Driftglaze set. Leave an honest review and "
     "we'll take 30% off your next Mistleford order as a thank-you.",
     [MK, RI], "en", [V, "plain", "discount", "incentive"],
     "A discount on the next order in return for a review: an incentive (policy.md C1) and a "
     "promotion of a future purchase (policy.md B); judgement call to carry both labels."),
    ("Ms. Nakashima, once your review of the Saltpan palette appears, send me your PayPal address "
     "and I'll refund the full $32 there. It doesn't go through Amazon so it won't show on your "
     "order.",
     [OP, RI], "en", [V, "plain", "payment", "incentive"],
     "Refund for a review paid outside Amazon (policy.md C1 and D5)."),
    ("Hi Gideon, sorry the brush arrived with a bent ferrule; a new one is on its way. For "
     "anything else, our studio inbox answers faster than Amazon messages: email "
     "studio@mistlefordart.com and Ottoline will pick it up.",
     [OP], "en", [V, "plain", "email"],
     "Gives an e-mail address and moves the buyer off Amazon messaging (policy.md D2)."),
    ("Ysolde, the chalky look on your Tidemark Rosehip is gum arabic rising to the surface; it "
     "dissolves as soon as you wet it. If the tube feels hard rather than soft, that's a "
     "different matter. Ring Ottoline on 207-555-0186 any weekday afternoon and she'll walk you "
     "through it.",
     [OP], "en", [V, "split", "phone"],
     "Helpful answer with the shop's phone number as an aside (policy.md D3; not a carrier, "
     "warranty or manufacturer line)."),
    ("Leopold, the engraving proof for your palette lid is ready. It's much easier to check the "
     "lettering as a picture, so send a message on Signal to +1 (207) 555-0148 and Ottoline will "
     "reply with the proof.",
     [OP], "en", [V, "careful", "phone", "messaging-app"],
     "Moves a custom-design check to Signal on the shop's number; policy.md D4 does not list "
     "Signal but covers any IM app (judgement call; policy.md D3, D4)."),
    ("Barnaby, if you'd like a second Fernleaf book for your class, there's no need to order "
     "through the marketplace. Just tell me how many, and I'll post them direct and send you an "
     "invoice you can settle by bank transfer.",
     [OP], "en", [V, "careful", "payment", "diversion"],
     "Offers a sale outside Amazon paid by bank transfer (policy.md D5, D6)."),
    ("Henrietta, the pans are meant to feel firm at first. Wet each one with a drop of clean "
     "water and leave it a minute before you load the brush. Ottoline filmed a short demo of "
     "exactly this; it's pinned at the top of our Instagram, @mistleford.washes, and if you "
     "follow along there's a fresh colour demo every Friday.",
     [MK, OP], "en", [V, "split", "follow", "social"],
     "Useful tip, then an Instagram handle and a follow invitation (policy.md D4, B)."),
    ("Hi Rupert, the pigment numbers for all 24 pans are on our website at "
     "mistlefordart.com/pigments, or scan the QR code inside the tin lid to open the printable "
     "mixing chart.",
     [OP], "en", [V, "plain", "url", "qr"],
     "Sends the buyer to the shop's own site and to a QR code (policy.md D1)."),
    ("Agnieszka, the tracking shows the sketchbook out for delivery today. Next time you stock "
     "up, use code SKETCH12 at checkout for 12% off any Fernleaf book, and if a friend orders "
     "with the same code you'll both get a spare half pan.",
     [MK], "en", [V, "plain", "coupon", "referral"],
     "Discount code plus a refer-a-friend reward (policy.md B)."),
    ("Mirabel, thank you for your patience with the late tin. Ottoline has just finished mixing a "
     "set of twelve granulating earth colours, and they go up on Amazon next month under the "
     "Driftglaze name - worth watching for if you liked the blues.",
     [MK], "en", [V, "careful", "new-product"],
     "Announces an upcoming product line inside an apology (policy.md B)."),
    ("Your brushes leave the studio Thursday. Painters who buy the Kestrel mops usually pair them "
     "with our water brush pens for sketching outdoors - here they are: "
     "amazon.com/dp/B0F3MW7K9T",
     [MK], "en", [V, "careful", "cross-sell", "listing-link"],
     "Cross-sells another listing with an Amazon detail-page link: marketing, not off-platform, "
     "since the link is Amazon's own (policy.md B, D1; interface.md)."),
    ("Glad the palette arrived without a scratch, Desmond. We also sell it from our own shop. "
     "It's six dollars less at mistlefordart.com/palette, since there are no marketplace fees.",
     [MK, OP], "en", [V, "split", "discount", "url", "diversion"],
     "Points to a cheaper price on the seller's own site (policy.md D6, D1, B)."),
    ("Philomena, follow us on Instagram @mistleford.washes - every month we give away a full "
     "Driftglaze set to one follower who posts a swatch.",
     [MK, OP], "en", [V, "plain", "giveaway", "follow", "social"],
     "Social follow request tied to a giveaway (policy.md B, D4)."),

    # ================================================================ Simplified violations (16)
    ("邵女士您好，水彩本应该已经签收了吧？麻烦在亚马逊写个好评，写好后把截图发给阿岚，我们给您返现十五美元。",
     [RI], "zh", [V, "plain", "incentive", "rating-request"],
     "Cash back for a positive review, the classic 好评返现 (policy.md C1, C2)."),
    ("钱先生，补寄的那盒颜料昨天已经签收了。您上周给店铺打的一星卖家反馈还挂在那里，对我们账户的分数影响很大，麻烦您今天就把它撤掉。",
     [RI], "zh", [V, "plain", "feedback-pressure"],
     "Presses for removal of one-star seller feedback because it hurts the account score "
     "(policy.md C5)."),
    ("魏阿姨您好，储水笔用得还顺手吗？用着满意的话，欢迎到亚马逊写几句感受。要是有哪里不合心意，先别急着在网上说，直接在这里告诉阿岚，我们一定给您处理好。",
     [RI], "zh", [V, "split", "gating"],
     "Satisfied buyers to Amazon, unhappy ones to the seller first (policy.md C3)."),
    ("殷老师，补寄的调色盘应该已经到了，这次的合页很紧，不会再松。之前您在商品页面写的那段话，既然问题解决了，能不能麻烦您改一改，让后来的买家看到现在的情况？",
     [RI], "zh", [V, "careful", "change-review"],
     "Asks for a posted review to be edited after resolution, without the word 评价 (policy.md C4)."),
    ("小棠，您在亚马逊上写使用感受的时候，可以提一句纸张有三百克、反复叠色也不起毛。再配一张画好的作品图就更好了。这两点是其他画友挑本子时最想知道的。",
     [RI], "zh", [V, "split", "steering"],
     "Scripts the content of the review and asks for a picture (policy.md C7)."),
    ("符先生，画笔试用一段时间以后，如果您愿意把心得写到亚马逊的商品页上，截个图发给阿岚，我们就寄一支Cloudwell储水笔过去，算是一点心意。",
     [RI], "zh", [V, "careful", "incentive"],
     "A water brush pen for a screenshot of the write-up: a free product for a review (policy.md C1)."),
    ("邵女士，色卡上几个颜色的区别用文字说不太清楚，您加一下我们的微信 mistleford_cn，或者扫一下盒盖里那张卡片上的二维码，阿岚拍个视频给您看。",
     [OP], "zh", [V, "plain", "messaging-app", "qr"],
     "WeChat ID and a QR card to move the conversation off Amazon (policy.md D4, D1)."),
    ("钱先生，颜料挤不出来多半是管口的阿拉伯胶结了一层皮，用牙签轻轻挑开就好。如果挑开以后还是不行，请直接拨工作室的号码 +1 (207) 555-0148，阿岚白天都在。",
     [OP], "zh", [V, "split", "phone"],
     "Good advice, then the shop's phone number (policy.md D3)."),
    ("魏阿姨，下次要添水彩本就不用再走亚马逊了，直接告诉阿岚要几本，我们从工作室寄出，到时候银行转账给我们就行。",
     [OP], "zh", [V, "careful", "payment", "diversion"],
     "A repeat purchase outside Amazon, paid by bank transfer (policy.md D5, D6)."),
    ("殷老师，您要的颜料成分表文件比较大，这里发不了，请写邮件到 hello@mistlefordart.com，我们回信时附上。",
     [OP], "zh", [V, "plain", "email"],
     "E-mail address in the message (policy.md D2); Amazon messaging takes attachments."),
    ("小棠您好，包裹已经签收啦。颜料用完了记得再来回购，结账时输入 SABLE20 可以打八折。",
     [MK], "zh", [V, "plain", "coupon", "buy-again"],
     "Buy-again push with a discount code (policy.md B)."),
    ("符先生，您之前问过的靛蓝管装颜料这周到货了，这批数量不多，想多囤几支的话可以早点下单。",
     [MK], "zh", [V, "careful", "restock"],
     "Unprompted back-in-stock notice with a scarcity push to buy more; the buyer's earlier "
     "question does not make a sales nudge customer service (policy.md B; judgement call)."),
    ("邵女士，您订的调色盘明天发出。另外提一句。这周调色盘和二十四色水彩一起拍，两样合起来只要四十九美元。",
     [MK], "zh", [V, "split", "bundle"],
     "Bundle offer added to a dispatch note (policy.md B)."),
    ("钱先生，我们有个画友群，每周会在群里发只给群友的内部价。加微信 mistleford_cn，备注“水彩”，阿岚就拉您进群。",
     [MK, OP], "zh", [V, "split", "vip-list", "messaging-app"],
     "Members-only prices in a WeChat group (policy.md B, D4)."),
    ("魏阿姨，这套颜料在我们自己的店里也有，mistlefordart.com 上同样的套装便宜六美元，还包邮。",
     [MK, OP], "zh", [V, "careful", "discount", "url", "diversion"],
     "Sends the buyer to the shop's own site for a lower price (policy.md D6, D1, B)."),
    ("殷老师，感谢您这阵子的耐心。在商品页写完评价后，把截图发给我们。阿岚会给您一个下次购物可用的八五折码。",
     [MK, RI], "zh", [V, "split", "coupon", "incentive"],
     "A discount code for the next order in return for a review (policy.md C1, B)."),

    # ================================================================ Traditional violations (10)
    ("傅小姐您好，速寫本收到了嗎？如果用起來滿意，再麻煩到賣場給五顆星喔；不滿意的話先傳訊息給我們，不要直接留評價。",
     [RI], "zh", [V, "plain", "rating-request", "gating", T, TW],
     "Five stars if satisfied, otherwise contact us instead of reviewing (policy.md C2, C3)."),
    ("顏先生，畫筆用了一陣子後，如果願意在亞馬遜商品頁分享心得，截圖傳給阿嵐，我們會寄一罐留白膠給您當作謝意喔。",
     [RI], "zh", [V, "careful", "incentive", T, TW],
     "Masking fluid sent for a screenshot of the write-up (policy.md C1)."),
    ("莫太，換咗新嘅調色盤之後冇再甩漆啦。之前你喺產品頁寫嘅嗰段留言，而家問題已經解決咗。可唔可以麻煩你改返佢？",
     [RI], "zh", [V, "split", "change-review", T, HK],
     "Asks, across sentences, for the product-page comment to be changed (policy.md C4)."),
    ("童小姐，色票上幾個顏色的差別用文字不好說明，加我們的LINE @mistlefordtw，阿嵐用視訊跟您示範。",
     [OP], "zh", [V, "plain", "messaging-app", T, TW],
     "LINE handle to continue off Amazon (policy.md D4)."),
    ("霍生，水筆漏水嘅問題好難喺度講清楚，你直接打去工作室 +1 (207) 555-0148 搵阿嵐啦，佢下晝都喺度。",
     [OP], "zh", [V, "careful", "phone", T, HK],
     "The shop's phone number for a product question (policy.md D3)."),
    ("卓先生，包裹已經出貨囉！下次結帳時輸入折價券代碼 PANS10，可以再打九折。",
     [MK], "zh", [V, "plain", "coupon", T, TW],
     "Coupon code for the next order (policy.md B)."),
    ("譚小姐，你買咗嘅二十四色水彩，好多客都會加配一個黃銅調色盤一齊用，喺我哋店舖 amazon.com/stores/Mistleford 就搵到㗎。",
     [MK], "zh", [V, "careful", "cross-sell", "listing-link", T, HK],
     "Pushes a matching product with a storefront link: marketing, not off-platform, as the "
     "link is Amazon's own (policy.md B, D1; interface.md)."),
    ("傅小姐，您的速寫本明天出貨。順便跟您說一聲。我們全館這個週末打八折，畫筆和顏料都有。",
     [MK], "zh", [V, "split", "sale", T, TW],
     "Store-wide weekend sale announced after a dispatch note (policy.md B)."),
    ("顏先生，下次要補畫紙的話，可以直接到 mistlefordart.com 下單，同一本比賣場便宜一百元左右，結帳時選轉帳就可以。",
     [MK, OP], "zh", [V, "careful", "discount", "url", "payment", "diversion", T, TW],
     "Own site, lower price, bank transfer: diversion from Amazon (policy.md D1, D5, D6, B)."),
    ("莫太，啲水彩本已經寄出咗。我哋下個月會推出一套十二色礦物色。想第一時間睇到，可以喺 Instagram 追蹤 @mistleford.washes。",
     [MK, OP], "zh", [V, "split", "new-product", "follow", "social", T, HK],
     "Product launch teaser plus an Instagram follow (policy.md B, D4)."),

    # ================================================================ mixed violations (2)
    ("Hi 邵女士, 您的 Fernleaf sketchbook 已经送到啦. 如果喜欢的话, please give us a 5-star review "
     "on Amazon, 对我们这种小 studio 帮助很大!",
     [RI], "zh", [V, "plain", "rating-request", "gating", MX],
     "Five-star request made only if the buyer likes it (policy.md C2, C3)."),
    ("钱先生, the brush shedding 问题我们需要看几张照片. Amazon 这边传图有点麻烦, 你直接 WhatsApp 给 "
     "Ottoline 就好: +1 (207) 555-0148.",
     [OP], "zh", [V, "split", "phone", "messaging-app", MX],
     "WhatsApp and a phone number for photos Amazon messaging could carry (policy.md D3, D4)."),

    # ================================================================ English evasions (14)
    ("Lucius, the Driftglaze tin should be on your desk by now. If you could leave a "
     "fiv" + CY_E + "-st" + CY_A + "r r" + CY_E + "vi" + CY_E + "w on the listing, it would mean "
     "a great deal to Ottoline.",
     [RI], "en", [E, "rating-request", "homoglyph"],
     "Five-star review request with Cyrillic letters in 'five-star review' (policy.md C2, "
     "section e)."),
    ("Mirabel, post a quick r3view of the Kestrel brushes and we'll send a g1ft card for ten "
     "dollars, no strings attached.",
     [RI], "en", [E, "incentive", "leetspeak"],
     "Gift card for a review, spelled with digits (policy.md C1, section e)."),
    ("Agnieszka, write a short re" + ZW + "view once you've painted in the Fernleaf book and a "
     "spare Kestrel No. 2 will follow in the post as our thank-you.",
     [RI], "en", [E, "incentive", "zero-width"],
     "A brush for a review; a zero-width space splits the keyword (policy.md C1, section e)."),
    ("Rupert, if the pans are everything you hoped, we'd love " + STAR * 5 + " on Amazon! If "
     "not, just message us here first and we'll sort it out.",
     [RI], "en", [E, "rating-request", "gating", "emoji"],
     "Star emoji as a rating request, only for happy buyers (policy.md C2, C3, section e)."),
    ("Henrietta, Ottoline can send you a video of the pans being rewetted. Drop her a note on "
     "S i g n a l at two oh seven five five five oh one eight six.",
     [OP], "en", [E, "phone", "messaging-app", "spacing", "number-words"],
     "Signal spelled with spaces and the shop number in words; Signal is not named in policy.md "
     "D4 but is an IM app like the ones listed (policy.md D3, D4, section e)."),
    ("Desmond, the printable colour chart is too large to attach here, so ask for it at hello at "
     "mistlefordart dot com and we'll reply with the PDF.",
     [OP], "en", [E, "email", "spelled-email"],
     "E-mail address written with 'at' and 'dot' (policy.md D2, section e)."),
    ("Gideon, for the custom lettering on your palette lid, mail the wording to "
     + fw("studio@mistlefordart.com") + " and we'll engrave it exactly.",
     [OP], "en", [E, "email", "fullwidth"],
     "Full-width e-mail address (policy.md D2, section e)."),
    ("Ysolde, for quicker help with the water brush pens, find us on the paper-plane app: "
     "mistleford, then an underscore, then help.",
     [OP], "en", [E, "messaging-app", "nickname", "split-handle"],
     "Telegram by nickname, handle given in pieces (policy.md D4, section e)."),
    ("Cordelia, if the palette hinge sticks again, ring Ottoline direct on two oh seven, five "
     "five five, oh one four eight, and she'll sort a fix.",
     [OP], "en", [E, "phone", "number-words"],
     "Shop phone number spelled in words (policy.md D3, section e)."),
    ("Barnaby, the brush-care video lives on our channel on Y.o.u.T.u.b.e, just search "
     "Mistleford Paints.",
     [OP], "en", [E, "social", "separator"],
     "YouTube channel with dots between letters (policy.md D1, D4, section e)."),
    ("Philomena, thanks for sorting the address so quickly. For your next order, W4SH15 knocks "
     "15% off any pan set.",
     [MK], "en", [E, "coupon", "leetspeak"],
     "Discount code with a digit for a letter (policy.md B, section e)."),
    ("Leopold, the missing tube is on its way. This week only: b u y  t w o  "
     "s k e t c h b o o k s, get the third at no charge.",
     [MK], "en", [E, "bundle", "spacing"],
     "Buy-two-get-one offer spelled with spaces (policy.md B, section e)."),
    ("Mr. Valdivia, follow @mistleford.washes on Inst" + CY_A + "gram - each month one follower "
     "wins a full Kestrel brush roll.",
     [MK, OP], "en", [E, "giveaway", "follow", "social", "homoglyph"],
     "Follow-for-giveaway on Instagram, app name with a Cyrillic a (policy.md B, D4, section e)."),
    ("Ms. Nakashima, painters on our mailing list get first look at the limited pans and a "
     "members-only price. Just drop a note to mistleford dot paints at gmail dot com to join.",
     [MK, OP], "en", [E, "vip-list", "email", "spelled-email"],
     "Members-only prices via a spelled-out e-mail address (policy.md B, D2, section e)."),

    # ================================================================ Simplified evasions (9)
    ("邵女士，画笔收到后帮忙写个 haoping，截图发过来，我们 fanxian 十美元。",
     [RI], "zh", [E, "incentive", "rating-request", "pinyin"],
     "好评返现 in pinyin (policy.md C1, C2, section e)."),
    ("钱先生，小店刚起步，用得顺手的话到商品页给个好苹吧，五颗小星星就够了。",
     [RI], "zh", [E, "rating-request", "gating", "homophone"],
     "好评 written as 好苹, five stars, only if satisfied (policy.md C2, C3, section e)."),
    ("魏阿姨，储水笔用着怎么样？留/评/晒/图以后告诉阿岚一声，送您一卷纸胶带。",
     [RI], "zh", [E, "incentive", "separator"],
     "A roll of tape for a photo review, keyword split by slashes (policy.md C1, section e)."),
    ("殷老师，详细的调色示范阿岚可以发给您，加一下薇信：先打 mistleford，后面加一条下划线，再加 cn。",
     [OP], "zh", [E, "messaging-app", "homophone", "split-handle"],
     "微信 as 薇信 and the ID in pieces (policy.md D4, section e)."),
    ("小棠，颜料漏出来的情况要是拍照不方便，直接拨零七七零零 九零零五八三找阿岚就行。",
     [OP], "zh", [E, "phone", "cn-numerals"],
     "Phone number in Chinese numerals (policy.md D3, section e)."),
    ("符先生，这个问题在绿泡泡上说更方便，搜 mistleford" + ZW + "_cn 就能找到阿岚。",
     [OP], "zh", [E, "messaging-app", "zero-width", "nickname"],
     "WeChat as 绿泡泡, ID with a hidden zero-width space (policy.md D4, section e)."),
    ("邵女士，快递显示已经签收。下次买水彩本，结账时填 " + fw("SKETCH12") + " 能打八八折。",
     [MK], "zh", [E, "coupon", "fullwidth"],
     "Full-width discount code (policy.md B, section e)."),
    ("钱先生，关注一下我们的红薯号「Mistleford水彩」，每个月抽一位画友送整套画笔。",
     [MK, OP], "zh", [E, "giveaway", "follow", "social", "nickname"],
     "小红书 by its nickname 红薯, follow plus a monthly draw (policy.md B, D4, section e)."),
    ("魏阿姨，我们的画友群里经常有 youhui 价，搜 微 信 号 mistleford_cn 就拉您进来。",
     [MK, OP], "zh", [E, "vip-list", "messaging-app", "spacing", "pinyin"],
     "Group-only prices (优惠 in pinyin) and a spaced-out WeChat ID (policy.md B, D4, section e)."),

    # ================================================================ Traditional evasions (5)
    ("傅小姐，畫筆用得順手的話，麻煩到賣場給個" + STAR * 5 + "喔，小工作室很需要大家支持！",
     [RI], "zh", [E, "rating-request", "gating", "emoji", T, TW],
     "Five star emoji, asked only of satisfied buyers (policy.md C2, C3, section e)."),
    ("霍生，新嗰支畫筆已經寄咗俾你。之前喺產品頁留低嘅評" + ZW + "論，可唔可以幫手刪" + ZW + "咗佢？",
     [RI], "zh", [E, "change-review", "zero-width", T, HK],
     "Asks to delete a review after a replacement; zero-width spaces inside the keywords "
     "(policy.md C4, section e)."),
    ("童小姐，顏料結塊的照片可以直接丟到賴 @mistlefordtw，阿嵐看到馬上回覆喔。",
     [OP], "zh", [E, "messaging-app", "homophone", T, TW],
     "LINE written as 賴, the Taiwanese nickname (policy.md D4, section e)."),
    ("卓先生，謝謝您耐心等補寄的水彩本。下次結帳輸入 " + fw("SABLE20") + "，整筆訂單打八折喔。",
     [MK], "zh", [E, "coupon", "fullwidth", T, TW],
     "Full-width coupon code (policy.md B, section e)."),
    ("譚小姐，我哋仲有一批限量嘅礦物色，唔會擺上亞馬遜，想要嘅話 WhatsApp 二零七五五五零一八六 搵阿嵐就得。",
     [MK, OP], "zh", [E, "new-product", "phone", "messaging-app", "diversion", "cn-numerals",
                      T, HK],
     "Off-Amazon limited range via WhatsApp, number in Chinese numerals (policy.md B, D3, D4, "
     "D6, section e)."),

    # ================================================================ mixed evasions (2)
    ("莫太 hi, 啲 brush 嘅 care tips 我哋喺 paper-plane app 度講得仲詳細, 搵 mistleford underscore "
     "help 就得 la.",
     [OP], "zh", [E, "messaging-app", "nickname", "split-handle", T, HK, MX],
     "Telegram by nickname with the handle spelled out (policy.md D4, section e)."),
    ("Hi 小棠, 新的 sketchbook 用了吗? 帮忙写个 r3view, 我们 fanli 五美元到你的账户, thank you so much!",
     [RI], "zh", [E, "incentive", "leetspeak", "pinyin", MX],
     "Cash rebate (返利 in pinyin) for a leetspeak 'review' (policy.md C1, section e)."),

    # ================================================================ English near-misses (23)
    ("Cordelia, I'm sorry two of the half pans cracked in transit. We've sent a new Driftglaze "
     "tin free of charge; it's tracking as TBA639205718442 and there's nothing to send back.",
     [], "en", [N, "remedy"],
     "A free replacement is a remedy, not a promotion (policy.md B near-misses)."),
    ("Gideon, the ferrule on your No. 10 mop should never wobble. I've issued a full refund for "
     "that brush through Amazon, and a new one is going out to you as well at no cost, since the "
     "fault was ours.",
     [], "en", [N, "remedy"],
     "Refund through Amazon plus a replacement, with no review mention (policy.md B and C "
     "near-misses)."),
    ("Barnaby, to send back the spare sketchbook, go to amazon.com, open Your Orders and choose "
     "to return it next to order 114-2291785-6037412. The label is prepaid because the wrong "
     "size was our mistake.",
     [], "en", [N, "amazon-page"],
     "Amazon's own order page for a return is allowed (policy.md D near-misses; interface.md)."),
    ("Thanks for your note, Henrietta. You wrote that you \"will give five stars once the blue "
     "stops streaking\" - please don't feel you owe us anything on Amazon. The streaking comes "
     "from too much water on the brush; try blotting the mop on a tissue first.",
     [], "en", [N, "quoted-buyer"],
     "The stars are the buyer's words; the seller declines the link and only gives advice "
     "(policy.md C near-misses)."),
    ("\"Is your WhatsApp the quickest way to reach you?\" - Mirabel, we only talk with buyers "
     "through Amazon messages, so this thread is the right place. Ottoline reads it every "
     "morning.",
     [], "en", [N, "quoted-buyer"],
     "Quotes the buyer's question and keeps the contact on Amazon (policy.md D near-misses)."),
    ("Order 111-5550148-9032617, which you asked about: the Saltpan palette left our studio on "
     "Monday, and Royal Mail expects to deliver it by Thursday.",
     [], "en", [N, "lookalike-number"],
     "Order id with a 555-01xx block is not a phone number; a reply with delivery facts "
     "(policy.md D near-misses, A near-misses)."),
    ("Hi Desmond, about order 112-5550186-4471309: the two sketchbooks were split into separate "
     "parcels, and the second one is tracking as 9400 1093 5527 6184 0392 71.",
     [], "en", [N, "lookalike-number"],
     "Order id and USPS tracking number, not phone numbers (policy.md D near-misses)."),
    ("Ms. Nakashima, Royal Mail's own tracking page is the most up to date for KR582047163GB; "
     "the Amazon page sometimes lags a day behind. It shows the parcel at your local delivery "
     "office.",
     [], "en", [N, "carrier-site"],
     "Names the carrier's site without a link, in a delivery answer (policy.md D near-misses)."),
    ("Hello Agnieszka, this is about order 113-5820647-1390285, the Fernleaf A5 sketchbook. If "
     "you have a moment, you're welcome to share how it has worked for you in a review on "
     "Amazon, whatever that experience has been. Thank you for buying from a small studio.",
     [], "en", [N, "neutral-request"],
     "One neutral review request with the order id, no rating or condition (interface.md; "
     "policy.md C near-misses)."),
    ("Rupert, regarding order 112-7046319-8825104: other painters often decide on a brush by "
     "reading what earlier buyers said. If you'd like to add your own honest impressions of the "
     "Kestrel mops, the review button sits on the product page.",
     [], "en", [N, "neutral-request"],
     "Neutral, once, no reward or steering (interface.md; policy.md C near-misses)."),
    ("Lucius, I'm glad the palette you have now closes properly and the refund for the dented one "
     "has gone through. If you feel your concerns have been dealt with, you can update or remove "
     "the seller feedback you left earlier, entirely as you see fit; there's no expectation "
     "either way.",
     [], "en", [N, "feedback-notice"],
     "The neutral seller-feedback notice after resolution that Amazon allows; policy.md would "
     "warn at most (policy.md C5)."),
    ("Ysolde, as you asked, we've cancelled the duplicate order for the Cloudwell pens and "
     "changed the delivery address on the remaining one to your studio. Nothing else is needed "
     "from you.",
     [], "en", [N, "logistics-word"],
     "Cancel and change in their logistics sense, acting on the buyer's request (policy.md A "
     "near-misses)."),
    ("Leopold, Amazon shows your return request for the sketchbook. Print the label from your "
     "orders page, tape it over the old one and drop the parcel at any post office; the refund "
     "follows once it's scanned in.",
     [], "en", [N, "logistics-word"],
     "Return and refund steps through Amazon (policy.md A, C near-misses)."),
    ("Mr. Valdivia, you're right that the Driftglaze set showed $18 for a few hours on Tuesday. "
     "That was a typing slip on our side, but you bought it at that price and it stands; nothing "
     "more will be charged.",
     [], "en", [N, "price-paid"],
     "Explains a price error and honours the price paid (policy.md B near-misses)."),
    ("Philomena, the $27.50 you paid covers the tin and all 24 pans; the brush in the photo is "
     "sold separately, which the listing notes under the images.",
     [], "en", [N, "price-paid"],
     "Answers what the price paid includes; no offer or push (policy.md B near-misses)."),
    ("Barnaby, yes, the Kestrel mops are free from animal hair; the fibres are synthetic, and "
     "the handle is sealed so water doesn't swell the wood.",
     [], "en", [N, "product-word"],
     "'Free from' is a product fact (policy.md B near-misses)."),
    ("Mirabel, the Saltpan palette is free-standing once you fold the lid back, so it won't tip "
     "on a sloped drawing board.",
     [], "en", [N, "product-word"],
     "'Free-standing' is a product fact (policy.md B near-misses)."),
    ("Desmond, thank you for the kind offer, but we can't accept payment outside Amazon, and we "
     "don't hand out a personal email address. If you'd still like a second palette, the listing "
     "is the place to order it.",
     [], "en", [N, "refusal"],
     "Refuses off-Amazon payment and contact; pointing a buyer who asked to buy at the listing "
     "is an answer, not a push (policy.md D, B; judgement call)."),
    ("Mirabel, I appreciate you offering to leave a glowing review in exchange for the extra "
     "tube, but we can't tie anything we send to a review. The missing Rosehip tube is on its way "
     "regardless, because it should have been in the box.",
     [], "en", [N, "refusal"],
     "Declines a review-for-goods trade; the tube was owed anyway. policy.md section b's "
     "free-item-then-review thread pattern is a 3P warning, so judgement call: compliant "
     "(policy.md C1, section b)."),
    ("Gideon, the Saltpan palette carries a two-year warranty against hinge failure. To claim, "
     "open the order in Your Orders, choose the problem with the item and attach a photo; we'll "
     "handle it from there.",
     [], "en", [N, "warranty"],
     "Warranty claim through Amazon, no outside contact (policy.md D near-misses)."),
    ("Cordelia, the 15% coupon you saw is one Amazon runs on the listing: you tick the box under "
     "the price before adding the set to your basket, and it comes off at checkout. We can't apply "
     "it after the order is placed.",
     [], "en", [N, "answer"],
     "Explains an Amazon coupon the buyer asked about; policy.md would warn at most "
     "(policy.md B near-misses)."),
    ("Agnieszka, to answer your question: the Harbour Indigo tube is out for now, and we expect "
     "stock back in about three weeks at the same price. The listing will show it as available "
     "again when it lands.",
     [], "en", [N, "answer"],
     "Answers the buyer's own restock question with no push; policy.md does not address this, "
     "judgement call (policy.md B)."),
    ("Rupert, thank you for telling us about your review - I'm glad the Fernleaf paper held up "
     "to your salt techniques. If you ever find a page that cockles badly, send a photo here and "
     "we'll look into it.",
     [], "en", [N, "review-thanks"],
     "Thanks in a reply for a review the buyer mentioned; not a solicitation (policy.md C "
     "near-misses)."),

    # ================================================================ Simplified near-misses (17)
    ("邵女士，很抱歉调色盘的漆面有划痕。我们已经免费给您补寄一个新的，顺丰单号 SF1470392658820，旧的不用寄回。",
     [], "zh", [N, "remedy"],
     "Free replacement as a remedy (policy.md B near-misses)."),
    ("钱先生，碎掉的那几块颜料，我们已经在亚马逊后台给您办了部分退款，钱会原路退回，不需要您做任何操作。",
     [], "zh", [N, "remedy"],
     "Partial refund through Amazon, unrelated to reviews (policy.md A, C near-misses)."),
    ("魏阿姨，您说“朋友推荐我来买，能不能给个优惠”，我们这边不单独发优惠码，页面上显示的就是现在的售价，多谢理解。",
     [], "zh", [N, "quoted-buyer"],
     "优惠 is the buyer's word; the seller offers nothing (policy.md B near-misses)."),
    ("殷老师，您留言说“等颜色不发灰了就给五星”，其实不用这样，怎么写都是您的自由。发灰多半是水加多了，先用纸巾吸一下笔头再蘸色试试。",
     [], "zh", [N, "quoted-buyer"],
     "五星 is quoted from the buyer and the seller declines it (policy.md C near-misses)."),
    ("小棠，订单 112-3368150-7794026 的两本水彩本分成两个包裹寄出，第二个包裹的单号是 TBA917350284406，预计周四送到。",
     [], "zh", [N, "lookalike-number"],
     "Order id and Amazon tracking number, not phone numbers (policy.md D near-misses)."),
    ("符先生，关于订单 113-0472961-5518843 的储水笔：如果您愿意，欢迎到亚马逊商品页写下您自己的感受，好用不好用都可以说，其他画友会拿来参考。",
     [], "zh", [N, "neutral-request"],
     "Neutral one-time request, both outcomes welcome (interface.md; policy.md C near-misses)."),
    ("邵女士，新的画笔您已经收到，退款也处理好了。您早先给店铺留的卖家反馈要不要更新或删掉，完全由您决定，我们不会再提这件事。",
     [], "zh", [N, "feedback-notice"],
     "Neutral seller-feedback notice after resolution; policy.md would warn at most "
     "(policy.md C5)."),
    ("钱先生，已经照您说的取消了重复下的那一单，另一单的收货地址也修改成您公司的地址了。",
     [], "zh", [N, "logistics-word"],
     "取消 / 修改 for an order and an address (policy.md C near-misses)."),
    ("魏阿姨，排刷单独装在一个硬纸筒里，是为了防止刷毛在运输中压弯，拆开后放平就行。",
     [], "zh", [N, "substring"],
     "排刷单独 contains 刷单 across a word boundary (policy.md section 0 point 4)."),
    ("殷老师，这支靛蓝的耐光性属于良好评级，挂在室内不会明显褪色。",
     [], "zh", [N, "substring"],
     "良好评级 contains 好评 across a word boundary (policy.md section 0 point 4, C near-misses)."),
    ("殷老师，调色盘的合页有两年保修。以后如果松了，在亚马逊订单页面选“商品有问题”提交就行，我们看到会马上处理。",
     [], "zh", [N, "warranty"],
     "Warranty claim through the Amazon order page (policy.md D near-misses)."),
    ("小棠，外包装上印的“免费附赠手绘色卡”，指的是盒盖内侧那张色卡，已经跟颜料一起放好了。",
     [], "zh", [N, "product-word"],
     "免费附赠 is printed on the box: a product fact, not an offer (policy.md B near-misses)."),
    ("符先生，Fernleaf 的纸每一批我们都会做吸水测试和叠色评估，这一批的结果很稳定，您可以放心用。",
     [], "zh", [N, "review-word"],
     "评估 is quality testing, not a review (policy.md section 0 point 4)."),
    ("邵女士，我们不会用返现或者赠品去换评价。补寄颜料是因为原来那盒少了两格，跟评价没有任何关系。",
     [], "zh", [N, "negation"],
     "Negated 返现 / 换评价: the seller rules out an incentive (policy.md section 0 point 4)."),
    ("钱先生，您问的满二百减二十优惠是亚马逊平台自己的活动，下单时系统会自动计算，我们这边没办法手动改价。",
     [], "zh", [N, "answer"],
     "Explains an Amazon promotion the buyer asked about; policy.md would warn at most "
     "(policy.md B near-misses)."),
    ("魏阿姨，这个单号 SF2083715946602 在顺丰官网上查，会比亚马逊页面更新得快一些，目前显示已经到了您所在城市的网点。",
     [], "zh", [N, "carrier-site"],
     "官网 here is the carrier's site, named without a link (policy.md D near-misses)."),
    ("殷老师，您下单时的价格是二十九美元，页面后来的变动不影响您已经付的钱，也不会另外收费。",
     [], "zh", [N, "price-paid"],
     "The price paid stands (policy.md B near-misses)."),

    # ================================================================ Traditional near-misses (9)
    ("傅小姐，很抱歉速寫本的書背壓壞了，我們已經免費幫您補寄一本，這兩天就會出貨，舊的不用寄回喔。",
     [], "zh", [N, "remedy", T, TW],
     "Free replacement for a damaged item (policy.md B near-misses)."),
    ("顏先生，這本速寫本很適合帶去戶外，往返現場寫生時放在背包裡也不容易折到角喔。",
     [], "zh", [N, "substring", T, TW],
     "往返現場 contains 返現 across a word boundary (policy.md section 0 point 4, section e)."),
    ("童小姐，關於訂單 113-7719402-6685134 的調色盤：有空的話，歡迎到亞馬遜商品頁寫下您真實的使用心得，好壞都可以寫，謝謝您喔。",
     [], "zh", [N, "neutral-request", T, TW],
     "Neutral one-time request, good or bad (interface.md; policy.md C near-misses)."),
    ("卓先生，畫筆的筆桿有一年保固，如果接縫裂開，從亞馬遜的訂單頁面申請就可以，不用另外把東西寄給我們喔。",
     [], "zh", [N, "warranty", T, TW],
     "保固 claim through Amazon (policy.md D near-misses)."),
    ("傅小姐，謝謝您告訴我們已經留了評價，看到您用 Fernleaf 畫的海景真的很開心！紙張如果起毛再傳訊息給我們。",
     [], "zh", [N, "review-thanks", T, TW],
     "Thanks for a review the buyer mentioned, in a reply (policy.md C near-misses)."),
    ("霍生，你話「可唔可以俾個 WhatsApp 我」，我哋只會喺亞馬遜嘅訊息度同客人傾，有咩問題喺呢度講就得。",
     [], "zh", [N, "quoted-buyer", T, HK],
     "WhatsApp is the buyer's quoted request, declined (policy.md D near-misses)."),
    ("莫太，訂單 114-8056293-3307751 嘅兩盒水彩已經交咗俾順豐，單號 SF2609183457731，星期五前應該會到。",
     [], "zh", [N, "lookalike-number", T, HK],
     "Order id and SF tracking number, not phone numbers (policy.md D near-misses)."),
    ("譚小姐，新嘅調色盤你已經收到，退款都處理好咗。如果你覺得問題已經解決，之前俾店舖嘅賣家反饋要唔要更新或者刪除，你自己決定就得，我哋唔會再提。",
     [], "zh", [N, "feedback-notice", T, HK],
     "Neutral seller-feedback notice after resolution; warn at most in policy.md (policy.md C5)."),
    ("霍生，多謝你咁有心，話想寫個好評換多支畫筆，不過我哋唔可以咁做。漏咗嘅嗰支畫筆照樣寄俾你，因為本來就應該喺盒入面。",
     [], "zh", [N, "refusal", T, HK],
     "Refuses a review-for-goods trade; the missing brush was owed (policy.md C1; judgement "
     "call, see section b)."),

    # ================================================================ mixed near-miss (1)
    ("Hi 钱先生, Ottoline 说 this batch 的 paper 都通过了 weekly quality review, 吸水和叠色都没问题, 可以放心用.",
     [], "zh", [N, "review-word", MX],
     "'Quality review' is a factory check, not a customer review (policy.md section 0 point 4)."),

    # ================================================================ English clean (13)
    ("Hello Cordelia, a heads-up about your Driftglaze set: our courier collection was missed "
     "yesterday, so the parcel will leave two days later than planned. It should now reach you "
     "by the 14th. Sorry for the wait.",
     [], "en", [C],
     "A delay notice about an unexpected problem is a permitted message (policy.md A "
     "near-misses)."),
    ("Leopold, before Ottoline engraves the palette lid, please confirm the wording: 'L. Marsh, "
     "Plein Air 2025', in capitals, centred. Reply yes or send the corrected text and we'll go "
     "ahead.",
     [], "en", [C],
     "Verifying a custom design is a permitted message (policy.md A)."),
    ("Hi Barnaby, the Estuary Grey is a mix of ultramarine and burnt sienna, so it separates into "
     "blue and brown when you let it settle on rough paper. On smooth paper it stays much more "
     "even.",
     [], "en", [C],
     "Answers a product question (policy.md A)."),
    ("Henrietta, to keep the Kestrel mop's point, rinse it in clean water, reshape the tip with "
     "your fingers and dry it lying flat or hanging tip down. Standing it upright in a jar lets "
     "water seep into the ferrule.",
     [], "en", [C],
     "Care advice in reply to a question (policy.md A)."),
    ("Agnieszka, the Fernleaf pages are sized on both sides, so you can paint on the back as "
     "well. If the paper feels too absorbent, a light misting before you lay the first wash will "
     "help.",
     [], "en", [C],
     "Answers a product question (policy.md A)."),
    ("Mr. Valdivia, your order came through without a colour choice for the pocket tin. Could you "
     "tell us whether you'd like the warm or the cool selection of twelve? We'll pack it as soon "
     "as we hear from you.",
     [], "en", [C],
     "Asks for information needed to complete the order (policy.md A)."),
    ("Ms. Nakashima, the customs office has asked for a content description for your parcel. "
     "We've sent them the paperwork listing paints, brushes and paper, and it should clear within "
     "two working days.",
     [], "en", [C],
     "Customs problem on the way to delivery (policy.md A)."),
    ("Desmond, you asked whether the tubes are safe to post to your island address in winter. "
     "Watercolour tubes don't spoil if they freeze; let them come to room temperature before you "
     "open the cap.",
     [], "en", [C],
     "Answers a buyer's question (policy.md A)."),
    ("Rupert, the hard ring around your wash is a bloom: water flowed back into paint that was "
     "half dry. Wait until the sheen has gone before you touch the area again, or tilt the board "
     "so the water runs off.",
     [], "en", [C],
     "Technique answer (policy.md A)."),
    ("Mirabel, the brass palette arrives with a light oil film from polishing. Wipe it with warm "
     "soapy water before the first use so the paint beads less.",
     [], "en", [C],
     "Product-use answer (policy.md A)."),
    ("Lucius, the pocket tin has room for twelve half pans, and you can lift them out with a "
     "fingernail if you want to rearrange the colours. The magnet under the base keeps them "
     "steady.",
     [], "en", [C],
     "Product answer (policy.md A)."),
    ("Gideon, the address on your order ends in 'Apt' without a number. Which flat should the "
     "courier ask for? We'll hold the parcel until we hear back, so it doesn't go astray.",
     [], "en", [C],
     "Requests information critical to delivery (policy.md A)."),
    ("Ysolde, the water brush pen holds about eight millilitres. Squeeze the barrel gently while "
     "you paint for a wetter stroke, and wipe the tip on a cloth to lift colour between hues.",
     [], "en", [C],
     "Product-use answer (policy.md A)."),

    # ================================================================ Simplified clean (10)
    ("邵女士您好，因为快递这两天停收，您的水彩本会比原计划晚两天发出，预计下周三前送到，给您添麻烦了。",
     [], "zh", [C],
     "Delay notice (policy.md A near-misses)."),
    ("钱先生，调色盘盖子上要刻的字我们再跟您确认一下：“钱氏写生”四个字，楷体，居中。您回复确认后我们就开始刻。",
     [], "zh", [C],
     "Custom-design verification (policy.md A)."),
    ("魏阿姨，固体水彩第一次用时有点硬，先在每一格滴一滴清水，等一分钟再蘸，颜色就出来了。",
     [], "zh", [C],
     "Product-use answer (policy.md A)."),
    ("殷老师，松鼠毛平头笔洗完后请把笔毛捏回原形，平放晾干，不要笔头朝上插在杯子里，水会渗进笔箍。",
     [], "zh", [C],
     "Brush-care answer (policy.md A)."),
    ("小棠，水彩本的纸两面都能画。正面纹理粗一些，适合画天空和大片的湿画法；背面稍细，适合画细节。",
     [], "zh", [C],
     "Product answer (policy.md A)."),
    ("符先生，您的订单里没有写口袋铁盒要暖色组还是冷色组，麻烦告诉我们一声，收到回复后当天就给您打包。",
     [], "zh", [C],
     "Information needed to complete the order (policy.md A)."),
    ("邵女士，海关要求补充包裹内物品的说明，我们已经把颜料、画笔和纸张的清单提交了，一般两个工作日内就能放行。",
     [], "zh", [C],
     "Customs matter on the way to delivery (policy.md A)."),
    ("钱先生，画面上出现的水渍花边是因为颜料半干时又碰了水。等纸面的光泽完全消失再叠下一层，就不会出现了。",
     [], "zh", [C],
     "Technique answer (policy.md A)."),
    ("魏阿姨，储水笔的笔杆轻轻一捏就会出水，画完一个颜色在纸巾上擦一下笔尖，就能换下一个颜色。",
     [], "zh", [C],
     "Product-use answer (policy.md A)."),
    ("小棠，铜质调色盘出厂时表面有一层抛光用的油，第一次使用前用温水加洗洁精擦一遍，颜料就不会聚成水珠了。",
     [], "zh", [C],
     "Product-use answer (policy.md A)."),

    # ================================================================ Traditional clean (6)
    ("傅小姐您好，因為颱風影響，黑貓這兩天暫停收件，您的水彩本會晚兩個工作天出貨，造成不便很抱歉。",
     [], "zh", [C, T, TW],
     "Delay notice (policy.md A near-misses)."),
    ("顏先生，紙膠帶貼在畫紙四周可以防止紙張起伏，撕的時候要往外側慢慢撕，才不會把紙面拉毛喔。",
     [], "zh", [C, T, TW],
     "Technique answer (policy.md A)."),
    ("童小姐，您訂的口袋鐵盒還沒有選暖色組或冷色組，拜託回覆一下，確認後我們當天就出貨。",
     [], "zh", [C, T, TW],
     "Information needed to complete the order (policy.md A)."),
    ("莫太，黃銅調色盤收到嗰陣會有少少拋光油，第一次用之前用暖水加洗潔精抹一抹，顏料就唔會聚埋一粒粒。",
     [], "zh", [C, T, HK],
     "Product-use answer (policy.md A)."),
    ("霍生，海關要你補交包裹內容說明，我哋已經將顏料、畫筆同紙嘅清單遞交咗，通常兩個工作日就會放行。",
     [], "zh", [C, T, HK],
     "Customs matter on the way to delivery (policy.md A)."),
    ("譚小姐，水筆筆桿輕輕揸一下就會出水，畫完一隻顏色喺紙巾度抹一抹筆尖，就可以轉色。",
     [], "zh", [C, T, HK],
     "Product-use answer (policy.md A)."),

    # ================================================================ mixed clean (1)
    ("Hi 符先生, the pocket tin 的十二格 half pans 可以自己拿出来重新排列, 底部有 magnet 固定, 不会乱跑.",
     [], "zh", [C, MX],
     "Product answer (policy.md A)."),
]


def records():
    rows = list(RAW)
    random.Random(65).shuffle(rows)
    out = []
    for i, (text, labels, lang, tags, note) in enumerate(rows, 1):
        out.append({"id": "h65-%03d" % i, "text": text, "labels": sorted(labels), "lang": lang,
                    "tags": list(tags), "note": note})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    recs = records()
    with open(os.path.join(here, "holdout65.jsonl"), "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to holdout65.jsonl" % len(recs))


if __name__ == "__main__":
    main()
