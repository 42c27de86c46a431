#!/usr/bin/env python3
"""Builds holdout79.jsonl: 160 hand-written, hand-labelled seller messages of the invented
Cobaltwhisk Print Lab (3D printers, filament, resin and printer spare parts).

Standard library only.  Hard-to-see characters are spelled ZW (zero-width space), CY_O / CY_A
(Cyrillic o / a) and fw() (full-width Latin); emoji and stars are written as escapes.
Records are shuffled with random.Random(79) and numbered h79-001 ... h79-160.
Usage: python3 gen.py        (writes holdout79.jsonl next to this file)
"""
import json
import os
import random

ZW = "\u200b"
CY_O = "\u043e"
CY_A = "\u0430"
STAR5 = "\u2b50" * 5          # five emoji stars
BLACK5 = "\u2605" * 5         # five black stars (dingbat)
PRAY = "\U0001f64f"


def fw(s):
    """Full-width form of ASCII letters, digits, '@' and '.'."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


M, O, R = "marketing", "off-platform-contact", "review-inducement"
RAW = []


def rec(text, labels, lang, tags, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


TW = ["traditional", "taiwanese"]
HK = ["traditional", "cantonese"]

# =============================================================== violations, English (22)
rec("Hi Desmond, glad the Strataline K2 is printing cleanly now that the bed is levelled. "
    "If you have a minute, please give it five stars on Amazon; every 5-star review keeps a "
    "small lab like ours going. Leopold, Cobaltwhisk Print Lab",
    [R], "en", ["violation", "plain", "rating-request"],
    "Names the rating it wants (five stars, 5-star review) (policy.md C2).")
rec("Ingrid, as promised here's the arrangement: post a review of the Spoolwright PETG bundle, "
    "send a screenshot through this thread, and we'll mail you a spare Ferrotip 0.6 mm nozzle "
    "at no cost.",
    [R], "en", ["violation", "plain", "incentive"],
    "A spare nozzle in return for a posted review is compensation for a review (policy.md C1).")
rec("Mr. Valdivia, the replacement Embercore hotend reached you on Tuesday and you confirmed it "
    "heats up properly. Since the problem is solved, could you edit your one-star review of the "
    "K2 so it matches how the printer runs today?",
    [R], "en", ["violation", "plain", "change-review"],
    "Asks the buyer to edit an existing product review after the fix, which is never allowed "
    "(policy.md C4).")
rec("Tamsin, we hope the Gripplate is behaving. If it is, we'd be grateful if you told other "
    "shoppers on the product page how it went. If anything is off, please come to us first "
    "instead of posting about it publicly, and we'll put it right.",
    [R], "en", ["violation", "careful", "gating"],
    "Invites only satisfied buyers to the product page and diverts unhappy ones to the seller, "
    "without using the word review (policy.md C3; judgement call 1).")
rec("When you write up your thoughts on the Lumaquill R4 for other buyers, it would help us a "
    "lot if you mentioned the quiet fan and how quickly the resin cures, and maybe attached a "
    "photo of your best miniature.",
    [R], "en", ["violation", "careful", "steering"],
    "Tells the buyer which points to make and what to attach in the review (policy.md C7).")
rec("Hello Barnaby. The late delivery was the carrier's doing, and we have already explained "
    "that to you. The neutral mark you left on our seller profile is dragging our account score "
    "down, so please take it off today.",
    [R], "en", ["violation", "split", "feedback-pressure"],
    "Pressure to remove seller feedback because it hurts the account; no resolution, no "
    "choice left to the buyer (policy.md C5).")
rec("Wilhelmina, Amazon's messaging shrinks big attachments, so for the slicer profiles just "
    "email support@cobaltwhisk3d.com and I'll reply from there with everything zipped up.",
    [O], "en", ["violation", "plain", "email"],
    "An e-mail address moves the conversation off Amazon even though the buyer asked for the "
    "files (policy.md D2; judgement call 7 in README).")
rec("If the hotend still clicks after the firmware flash, ring the lab on +1 (406) 555-0158 "
    "between 9 and 5 Mountain time and Leopold will walk you through it live.",
    [O], "en", ["violation", "careful", "phone"],
    "The shop's own number, not a carrier or manufacturer line, so the D3 exception does not "
    "apply (policy.md D3).")
rec("Quicker to sort this on WhatsApp. The number is 406-555-0126; send a short video of the "
    "extruder skipping and I'll diagnose it tonight.",
    [O], "en", ["violation", "split", "phone", "messaging-app"],
    "A messaging app in one sentence and the number in the next (policy.md D3, D4).")
rec("The calibration cube files and our full tuning guide live at cobaltwhisk3d.com/tuning; "
    "grab the K2 pack there before your first long print.",
    [O], "en", ["violation", "careful", "url"],
    "Link to the shop's own site, not needed to complete the order (policy.md D1).")
rec("Sorry the 1 kg Tidepool Teal spool is out of stock on Amazon. We still have a dozen on "
    "the shelf here. Pay by bank transfer and I'll post one to you directly for less than the "
    "listing price.",
    [M, O], "en", ["violation", "split", "discount", "payment", "diversion"],
    "A sale outside Amazon paid by bank transfer, at a lower price (policy.md D5, D6, B).")
rec("Thanks for your order, Lucius. Keep this for later: NOZZLE15 takes 15% off any Ferrotip "
    "nozzle set until the end of the month.",
    [M], "en", ["violation", "split", "coupon"],
    "A discount code for a later purchase (policy.md B).")
rec("Ottoline, since you run the R4 for jewellery masters, you'll want to know our Lumaquill "
    "castable resin lands next week, and early buyers get the first batch.",
    [M], "en", ["violation", "careful", "new-product"],
    "Announces a product the buyer did not ask about (policy.md B).")
rec("Good news for K2 owners. The Spooldry filament dryer that sold out in March is back. "
    "Forty units reached the warehouse this morning and they will not last the week, so grab "
    "yours now.",
    [M], "en", ["violation", "split", "restock"],
    "Unsolicited restock news with a call to buy (policy.md B).")
rec("Your K2 ships with a brass nozzle. If you plan to print carbon-fibre PLA, pair it with our "
    "hardened Ferrotip set and the Hushbox enclosure, both in our store, and the three together "
    "are a better deal than buying them one at a time.",
    [M], "en", ["violation", "plain", "cross-sell", "bundle"],
    "Pushes two more products and a combined deal (policy.md B).")
rec("Now that your K2 is set up, a tip: most owners keep a second Gripplate in the drawer for "
    "PETG. Here is ours: amazon.com/dp/B0F4TQ8ZK2",
    [M], "en", ["violation", "careful", "listing-link"],
    "Unasked link to another Amazon listing; interface.md limits off-platform to non-Amazon "
    "sites, so this is marketing (policy.md D1, B; judgement call 2).")
rec("We post a new test print every Friday. You can find us on Instagram as @cobaltwhisk.prints. "
    "Tag your own K2 prints and we may share them!",
    [M, O], "en", ["violation", "split", "follow", "social"],
    "A follow-us push to a social handle (policy.md B, D4).")
rec("Your last Spoolwright order was six weeks ago. At your usual pace that spool is nearly "
    "empty by now. One tap on Buy it again and a fresh kilo of matte black is at your door by "
    "Thursday.",
    [M], "en", ["violation", "split", "buy-again"],
    "A buy-again push unrelated to any open order (policy.md B).")
rec("Know another maker eyeing a resin printer? Send them our way, and once they pick up an R4 "
    "we will take twenty dollars off their printer and post you a litre of grey resin.",
    [M], "en", ["violation", "careful", "referral"],
    "A refer-a-friend offer with rewards for both sides (policy.md B).")
rec("Join the Cobaltwhisk VIP list: send your email to parts@cobaltwhisk3d.com and you'll get "
    "early access to every filament drop and members-only prices.",
    [M, O], "en", ["violation", "plain", "vip-list", "email"],
    "A members' club sign-up through an e-mail address (policy.md B, D2).")
rec("Every month we draw one name from the buyers who have written about their K2 on Amazon. "
    "This month's winner takes home a Hushbox enclosure. Post yours before the 30th to be in "
    "the hat.",
    [M, R], "en", ["violation", "split", "giveaway", "incentive"],
    "A prize draw open only to reviewers: an incentive, and a giveaway promotion as well "
    "(policy.md C1, B; judgement call 5).")
rec("Inside the lid of the Hushbox carton there's a small square barcode. Point your camera at "
    "it to reach our after-sales desk directly, which is faster than waiting on Amazon messages.",
    [O], "en", ["violation", "careful", "qr", "diversion"],
    "A QR code that leads to off-Amazon support, described without the word QR "
    "(policy.md D1, D6, section e; judgement call 8).")

# =============================================================== violations, Simplified (16)
rec("孔先生您好，K2 打印机用得顺手的话，在亚马逊留个好评并截图发给我们，我们会通过支付宝返您二十元。",
    [O, R], "zh", ["violation", "plain", "payment", "incentive", "rating-request", "gating"],
    "好评返现 paid through 支付宝, asked only if the printer works well: incentive, positive-review "
    "ask, gating and off-Amazon payment (policy.md C1, C2, C3, D5; judgement calls 1 and 6).")
rec("龚女士，感谢选购 Spoolwright 耗材。麻烦抽空在商品页给我们打个五星，对刚起步的小店来说非常关键。",
    [R], "zh", ["violation", "plain", "rating-request"],
    "Asks for five stars (policy.md C2).")
rec("白老师，喷嘴堵塞的问题已经给您换新解决了。之前您在商品页留下的那段文字，能否麻烦改成现在的实际情况？",
    [R], "zh", ["violation", "careful", "change-review"],
    "A veiled request to edit the product review after the fix (policy.md C4, section e; "
    "judgement call 10).")
rec("小柒你好。热端如果一切正常，欢迎到亚马逊分享使用感受。要是有哪里不满意，请先私信我们处理，别直接写到页面上。",
    [R], "zh", ["violation", "split", "gating"],
    "Happy buyers to the page, unhappy ones to the seller first (policy.md C3).")
rec("任工您好，固件升级步骤比较多。我的微信号是 cobaltwhisk_cn。加上之后我可以视频一步步带您刷机。",
    [O], "zh", ["violation", "split", "messaging-app"],
    "A WeChat ID (policy.md D4).")
rec("欧阳同学，东西用着满意的话，到商品页给我们打个满分吧，这对小店来说太重要了。",
    [R], "zh", ["violation", "careful", "rating-request", "gating"],
    "满分 asks for the top rating, and only if the buyer is satisfied (policy.md C2, C3).")
rec("打印机罩安装上有疑问的话，可以直接拨打我们的售后电话 +1 406-555-0158，工作日随时有人接听。",
    [O], "zh", ["violation", "plain", "phone"],
    "The shop's phone number (policy.md D3).")
rec("这款光固化树脂在亚马逊上卖得比较贵。我们自己的网站 cobaltwhisk3d.com 上同款便宜三成。下次可以直接去那边下单。",
    [M, O], "zh", ["violation", "split", "discount", "url", "diversion"],
    "Sends the buyer to the shop's own site with a lower price (policy.md D1, D6, B).")
rec("随包裹放了一张小卡片。卡片上的 LAYER20 在结账时输入，任意耗材立减两成。有效期到月底。",
    [M], "zh", ["violation", "split", "coupon"],
    "A discount code for the next purchase (policy.md B).")
rec("龚女士您好，我们下周推出专为 K2 设计的高速热端，首批只有两百个，先到先得。",
    [M], "zh", ["violation", "careful", "new-product"],
    "Unasked product launch with urgency (policy.md B).")
rec("本周末全店耗材限时特价，PLA 和 PETG 满三卷打八折，欢迎趁活动囤货。",
    [M], "zh", ["violation", "plain", "discount", "sale"],
    "A weekend sale with a volume discount (policy.md B).")
rec("补发的打印板收到了就好。您有空写使用心得时，麻烦重点提一下我们发货快、客服回复及时。最好再配上三张打印成品的照片。",
    [R], "zh", ["violation", "split", "steering"],
    "Dictates the content and photos of the review, right after a free replacement "
    "(policy.md C7, section b; judgement call 12).")
rec("我们在小红书开了账号「Cobaltwhisk打印日记」，每周分享切片参数和模型文件，关注一下不迷路。",
    [M, O], "zh", ["violation", "plain", "follow", "social"],
    "A follow-us push to a social account; policy.md's list of apps is open-ended "
    "(policy.md D4, B).")
rec("您买的是0.4毫米喷嘴套装，打印细节件时0.2毫米的效果会好很多，我们店里也有，可以一起备上。",
    [M], "zh", ["violation", "careful", "cross-sell"],
    "Cross-sells another nozzle size (policy.md B).")
rec("欧阳同学，问题已经帮您处理完了。您给店铺打的那个一分对我们的账户影响很大。麻烦今天之内撤掉吧。",
    [R], "zh", ["violation", "split", "feedback-pressure"],
    "Pressure to withdraw the seller feedback because it hurts the account (policy.md C5).")
rec("包装盒内附了一张卡片，用手机扫一扫上面的方块图案，就能进我们的售后群，比在亚马逊留言回复快。",
    [O], "zh", ["violation", "careful", "qr", "diversion"],
    "A scan code to an off-Amazon support group, without saying 二维码 (policy.md D1, D6, "
    "section e; judgement call 8).")

# =============================================================== violations, Traditional (10)
rec("邵先生您好，印表機如果用得滿意，拜託給我們五顆星好評喔！如果有任何問題，請先傳訊息給我們，不要直接留評價。",
    [R], "zh", ["violation", "plain", "rating-request", "gating"] + TW,
    "Five stars if satisfied, the seller first if not (policy.md C2, C3).")
rec("侯小姐，列印板調平的影片檔案太大，這裡傳不上去，麻煩加我們的LINE官方帳號 @cobaltwhisktw，我直接傳給您。",
    [O], "zh", ["violation", "plain", "messaging-app"] + TW,
    "A LINE account handle, offered for a file the buyer needs (policy.md D4; judgement "
    "call 7).")
rec("紀先生，這款噴嘴在我們自己的網路商店 cobaltwhisk3d.com/tw 也買得到，結帳時還能選超商取貨。",
    [O], "zh", ["violation", "careful", "url", "diversion"] + TW,
    "Invites the buyer to buy from the shop's own web store (policy.md D1, D6).")
rec("感謝您選購 Spoolwright 線材。隨貨附上一張折價券，下次在賣場結帳時輸入 SPOOL10 就能折抵一成。活動只到本月底喔。",
    [M], "zh", ["violation", "split", "coupon"] + TW,
    "A coupon code for the next order (policy.md B).")
rec("邵先生，新的熱端已經寄到，卡料的狀況也排除了。之前您在商品頁寫的那段心得，拜託再幫我們修一下內容。",
    [R], "zh", ["violation", "careful", "change-review"] + TW,
    "Asks for the review text to be edited after the fix, in euphemism (policy.md C4, "
    "section e; judgement call 10).")
rec("紀先生，只要在亞馬遜留下使用評價並截圖傳訊息給我們，就送您一卷一公斤的PLA線材，數量有限喔。",
    [R], "zh", ["violation", "plain", "incentive"] + TW,
    "A free spool for a review screenshot (policy.md C1).")
rec("黎生，部機嘅熱床有問題嘅話，直接WhatsApp我哋 +44 7700 900583 啦，影段片俾我睇就搞掂。",
    [O], "zh", ["violation", "plain", "phone", "messaging-app"] + HK,
    "WhatsApp on the shop's UK number (policy.md D3, D4).")
rec("容太，你之前買嘅灰色樹脂而家返貨喇。今次只入咗三十支，想再買就快啲落單啦。",
    [M], "zh", ["violation", "split", "restock", "buy-again"] + HK,
    "Restock news and a push to reorder (policy.md B).")
rec("譚小姐，送貨延誤嘅事我哋已經跟進。你喺賣家頁面畀我哋嘅一分，如果肯撤回，我哋即刻退返運費俾你。",
    [R], "zh", ["violation", "careful", "incentive", "feedback-pressure"] + HK,
    "Refunds the shipping if the seller feedback is withdrawn (policy.md C5, C1; judgement "
    "call 11).")
rec("黎生，今個星期我哋啲打印機罩全部八折，連結喺呢度：amazon.com/stores/Cobaltwhisk，手快有手慢冇。",
    [M], "zh", ["violation", "plain", "discount", "sale", "listing-link"] + HK,
    "A sale and a storefront link; an Amazon link is marketing, not off-platform "
    "(policy.md B, D1; judgement call 2).")

# =============================================================== violations, mixed (2)
rec("Hi 任工, 新到的 Embercore hotend 装好了吗？If you like it, 给个 five-star review 就太好了，thanks!",
    [R], "mixed", ["violation", "plain", "rating-request", "gating", "mixed"],
    "A five-star ask, only if the buyer likes the hotend, in code-switched text "
    "(policy.md C2, C3; judgement call 1).")
rec("Hello 譚小姐. 呢款 Ferrotip nozzle 喺我哋 website 賣得平啲. Order directly from "
    "cobaltwhisk3d.com and skip the Amazon fee.",
    [M, O], "mixed", ["violation", "split", "discount", "url", "diversion", "traditional",
                      "cantonese", "mixed"],
    "Cheaper on the shop's own site, buy there (policy.md D1, D6, B).")

# =============================================================== evasions, English (14)
rec("Hope the R4 is curing nicely, Rosamund! If it has earned it, please give it 5 s t a r s "
    "on the listing; it would make our week.",
    [R], "en", ["evasion", "rating-request", "gating", "spacing"],
    "Spaced letters hide a five-star ask conditioned on satisfaction (policy.md C2, C3, "
    "section e; judgement call 1).")
rec("For the warranty claim, send the photos of the cracked fan shroud to supp" + CY_O + "rt@c"
    + CY_O + "baltwhisk3d.c" + CY_O + "m and we'll sort it there.",
    [O], "en", ["evasion", "email", "homoglyph"],
    "An e-mail address with Cyrillic o in place of Latin o (policy.md D2, section e).")
rec("A little thank-you for choosing us: the c0de SP00L10 takes 10% 0ff any Spoolwright roll on "
    "your next order.",
    [M], "en", ["evasion", "coupon", "leetspeak"],
    "Digits for letters in a discount code (policy.md B, section e).")
rec("Ping us on Tele" + ZW + "gram at @cobaltwhisk_help and we'll send the Z-offset walkthrough "
    "there tonight.",
    [O], "en", ["evasion", "messaging-app", "zero-width"],
    "Zero-width space inside the app name (policy.md D4, section e).")
rec("Our spring filament sale is live on " + fw("cobaltwhisk3d.com") + ": three rolls for the "
    "price of two until Sunday.",
    [M, O], "en", ["evasion", "sale", "bundle", "url", "fullwidth"],
    "A sale on the shop's own site, domain in full-width letters (policy.md B, D1, section e).")
rec("Amazon keeps shrinking our attachments, so write to cobaltwhisk dot bench at gmail dot com "
    "and I'll reply with the full-size STL files.",
    [O], "en", ["evasion", "email", "spelled-email"],
    "A spelled-out e-mail address (policy.md D2, section e).")
rec("Thanks for sticking with the K2, Lucius. Paste the link to your review on cobaltwhisk3d dot "
    "com slash thanks and a thank-you gift card is yours within a day.",
    [O, R], "en", ["evasion", "url", "incentive", "spelled-url"],
    "A gift card for a review, claimed on a spelled-out off-Amazon address (policy.md C1, D1, section e).")
rec("Before you leave a low rating for the K2, text the lab at four oh six, five five five, oh "
    "one two six so we can sort it out first.",
    [O, R], "en", ["evasion", "phone", "gating", "number-words"],
    "Diverts unhappy buyers to a phone number written as words (policy.md C3, D3, section e).")
rec("Your Hushbox should be assembled by now, Percival. Tap " + STAR5 + " for it on the product "
    "page if you get a moment, it really helps a small lab " + PRAY,
    [R], "en", ["evasion", "rating-request", "emoji"],
    "Five emoji stars ask for the top rating without the words (policy.md C2, E, section e; "
    "judgement call 14).")
rec("Easier on the paper-plane app, Jasper: search cobaltwhisk, then underscore, then help, and "
    "send the clip of the skipping extruder there.",
    [O], "en", ["evasion", "messaging-app", "nickname", "split-handle"],
    "Telegram by its icon and the handle in pieces (policy.md D4, section e).")
rec("Glad the new Gripplate sticks properly, Desmond. Would you mind going back to your "
    "r-e-v-i-e-w and nudging the s.t.a.r.s up now that it's sorted?",
    [R], "en", ["evasion", "change-review", "separator"],
    "Asks to raise an existing review, words broken by separators (policy.md C4, section e).")
rec("Same Ferrotip nozzles, lower price on our own shop: c" + CY_O + "baltwhisk3d.com/shop, and "
    "LAYER20 still works at checkout there.",
    [M, O], "en", ["evasion", "discount", "coupon", "url", "diversion", "homoglyph"],
    "Diversion to the own shop with a lower price and a code; Cyrillic o in the domain "
    "(policy.md B, D1, D6, section e).")
rec("Write a 5-star r3view of the Spooldry and we'll send the full purchase amount back through "
    "P4yPal; just post the screenshot here.",
    [O, R], "en", ["evasion", "payment", "incentive", "rating-request", "leetspeak"],
    "Refund via PayPal for a five-star review, in leetspeak (policy.md C1, C2, D5, section e).")
rec("Ottoline, if the prints aren't what you hoped, please don't leave a bad review yet; write "
    "to support at cobaltwhisk3d dot com and we'll fix it first.",
    [O, R], "en", ["evasion", "email", "gating", "spelled-email"],
    "Keeps unhappy buyers from reviewing and sends them to a spelled-out address "
    "(policy.md C3, D2, section e).")

# =============================================================== evasions, Simplified (9)
rec("孔先生，打印机用着还行的话给个 haoping，截图发过来就有 fanxian，钱直接转到您的支付宝。",
    [O, R], "zh", ["evasion", "payment", "incentive", "rating-request", "gating", "pinyin"],
    "好评返现 in pinyin, paid through 支付宝, asked only if the printer works (policy.md C1, C2, "
    "C3, D5, section e; judgement call 1).")
rec("有打印问题可以加薇信 cobaltwhisk_cn，图片和视频发过来看得更清楚。",
    [O], "zh", ["evasion", "messaging-app", "homophone"],
    "薇信 for 微信 (policy.md D4, section e).")
rec("龚女士，线材收到了吗？用着顺手的话帮忙给个女子言平，对我们小店帮助很大。",
    [R], "zh", ["evasion", "rating-request", "gating", "split-char"],
    "好评 split into its components 女子言平, asked only if satisfied (policy.md C2, C3, section e).")
rec("换喷嘴遇到问题的话，直接打给技术员：四零六 五五五 零一五八，周一到周五都有人。",
    [O], "zh", ["evasion", "phone", "cn-numerals"],
    "The shop's number in Chinese numerals (policy.md D3, section e).")
rec("白老师，问题解决了的话，麻烦把商品页上那条差/评改一改，或者干脆删/掉。",
    [R], "zh", ["evasion", "change-review", "separator"],
    "Asks to change or delete a bad review, words split by slashes (policy.md C4, section e).")
rec("关 注 抖 音 Cobaltwhisk3D，每周直播抽一块打印板送给粉丝。",
    [M, O], "zh", ["evasion", "giveaway", "follow", "social", "spacing"],
    "A follow push and a giveaway on 抖音, spaced out (policy.md B, D4, section e).")
rec("方便的话加一下绿泡泡吧，号是 cobaltwhisk 后面加下划线再加 cn，热床的照片发那边我看看。",
    [O], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
    "WeChat by nickname, ID in pieces (policy.md D4, section e).")
rec("参数表发到 " + fw("support@cobaltwhisk3d.com") + " 就行，我今晚统一回复。",
    [O], "zh", ["evasion", "email", "fullwidth"],
    "A full-width e-mail address (policy.md D2, section e).")
rec("下次买树脂结账时报上 RESIN12 就有youhui，老客户专属，月底截止。",
    [M], "zh", ["evasion", "coupon", "pinyin"],
    "优惠 in pinyin with a discount code (policy.md B, section e).")

# =============================================================== evasions, Traditional (5)
rec("侯小姐，列印失敗的照片可以直接傳到賴 @cobaltwhisktw，我們工程師晚上會看喔。",
    [O], "zh", ["evasion", "messaging-app", "homophone"] + TW,
    "賴 is the Taiwanese nickname for LINE (policy.md D4, section e).")
rec("紀先生，幫我們留個好" + ZW + "評，截圖傳訊息過來就退您一百元喔。",
    [R], "zh", ["evasion", "incentive", "rating-request", "zero-width"] + TW,
    "好評 broken by a zero-width space, paid with a refund (policy.md C1, C2, section e).")
rec("黎生，部打印機有咩問題，WhatsApp 零七七零零 九零零二一九 搵我哋就得。",
    [O], "zh", ["evasion", "phone", "messaging-app", "cn-numerals"] + HK,
    "WhatsApp number in Chinese numerals (policy.md D3, D4, section e).")
rec("容太，用得開心嘅話，幫手畀個女子言平，下次買樹脂我哋即刻畀你八折。",
    [M, R], "zh", ["evasion", "discount", "incentive", "rating-request", "gating",
                    "split-char"] + HK,
    "Split 好評, asked only if the buyer is happy, for a discount on the next order: incentive "
    "and promotion (policy.md C1, C2, C3, B; judgement calls 1 and 5).")
rec("邵先生，拜託幫K2打個" + BLACK5 + "，我們小店真的很需要喔！",
    [R], "zh", ["evasion", "rating-request", "emoji"] + TW,
    "Five stars as symbols (policy.md C2, section e).")

# =============================================================== evasions, mixed (2)
rec("Hi 欧阳同学, 想看更多 K2 改装件的话，可以上 cobaltwhisk3d dot com slash parts 看看，checkout 时输入 NOZZLE15 还能再减。",
    [M, O], "mixed", ["evasion", "coupon", "url", "spelled-url", "mixed"],
    "A spelled-out own-shop address with a discount code (policy.md B, D1, section e).")
rec("孔先生, anything urgent about the hotend 直接 text me at four oh six five five five oh one two six, 晚上我也会回复。",
    [O], "mixed", ["evasion", "phone", "number-words", "mixed"],
    "A phone number in English number words (policy.md D3, section e).")

# =============================================================== near-misses, English (23)
rec("Hi Percival, your order 112-3069418-7725031 of the Strataline K2 was delivered last week. "
    "If you have time, we'd welcome an honest review on Amazon describing how the printer has "
    "worked for you, good or bad. Cobaltwhisk Print Lab",
    [], "en", ["near-miss", "neutral-request"],
    "One neutral request, balanced, no rating, reward or condition (interface.md; policy.md "
    "section b, C near-misses; judgement call 4).")
rec("Order 113-5820147-9036628: the Gripplate you bought arrived on the 9th. Other makers rely on "
    "buyer reviews when picking a build surface, so if you'd like to add yours to the product "
    "page, it would be read with interest. No need to reply to this message.",
    [], "en", ["near-miss", "neutral-request"],
    "Neutral review request sent once with the order id (policy.md section b, C near-misses).")
rec("Thanks for bearing with us while the new hotend was on its way, Ms. Nakagawa. If you feel "
    "the problem has now been put right, you are free to revise or withdraw the seller feedback "
    "you left earlier; that choice is entirely yours.",
    [], "en", ["near-miss", "feedback-notice"],
    "Amazon's allowed notice after resolution, seller feedback only, choice left to the buyer "
    "(policy.md C5; judgement call 3).")
rec("To be clear, Jasper: we will never ask you to change your review or offer anything in "
    "exchange for one. The refund for the warped plate has gone through and stands whatever you "
    "decide to write.",
    [], "en", ["near-miss", "negation"],
    "Negated change-review and incentive words (policy.md C near-misses).")
rec("Desmond, we've sent a free replacement Ferrotip nozzle with tracking TBA905316284471; "
    "there's no need to return the clogged one.",
    [], "en", ["near-miss", "remedy"],
    "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
rec("Your order 112-5550126-4068813 has been split into two parcels: the K2 frame ships from one "
    "warehouse and the Hushbox from another, so please don't worry if they arrive a day apart.",
    [], "en", ["near-miss", "lookalike-number"],
    "Order id with a 555-01xx block that a phone pattern could catch (policy.md D near-misses).")
rec("USPS tracking for your spools: 9405 5036 9930 0412 7788 16. It showed an exception "
    "yesterday because of a weather hold, and the carrier now expects to deliver on Monday.",
    [], "en", ["near-miss", "lookalike-number"],
    "Grouped tracking digits are not a phone number (policy.md D near-misses).")
rec("You can follow the parcel on the UPS site with 1Z6A49E70318826519; it's currently at the "
    "Billings hub and due Wednesday.",
    [], "en", ["near-miss", "carrier-site"],
    "Names the carrier's own tracking page, no URL (policy.md D near-misses).")
rec("To start the return for the warped build plate, open Your Orders on Amazon, choose the "
    "Gripplate and select Return or replace items; the prepaid label appears right away.",
    [], "en", ["near-miss", "amazon-page"],
    "Points to Amazon's own returns flow (policy.md D near-misses).")
rec("You asked about the coupon shown on the Spoolwright listing: it is an Amazon clip-on "
    "coupon, so you tick the box on the product page before adding the spool to your cart and "
    "Amazon takes it off when you pay. We don't have any separate code.",
    [], "en", ["near-miss", "answer"],
    "Explains an Amazon promotion the buyer asked about and offers nothing (policy.md B "
    "near-misses; judgement call 9).")
rec("I'm sorry, Ingrid, but we can't move this conversation to email or a phone call; Amazon "
    "asks us to keep buyer contact in this message thread. Send the photos of the "
    "under-extrusion here and I'll go through them today.",
    [], "en", ["near-miss", "refusal"],
    "Refuses to leave Amazon; contact words appear only in the refusal (policy.md D).")
rec("You wrote: \"can you just email me at my gmail instead?\" We need to keep everything here in "
    "Amazon messages, but attachments up to 10 MB work fine in this thread, so the slicer "
    "profile is attached below.",
    [], "en", ["near-miss", "quoted-buyer"],
    "The e-mail idea is the buyer's, quoted and declined (policy.md D near-misses).")
rec("Yes, the Hushbox is free-standing: it sits on the table around the K2 rather than bolting "
    "to the frame, and the front door lifts off for cleaning.",
    [], "en", ["near-miss", "product-word"],
    "free-standing is a product attribute (policy.md B near-misses).")
rec("Good question about the resin. Lumaquill grey is rated for 405 nm light, and the bottle "
    "keeps for twelve months unopened; store it below 30 C and away from the window.",
    [], "en", ["near-miss", "product-fact"],
    "A product fact the buyer asked for; rated is not a rating request (policy.md C near-misses).")
rec("Thank you for mentioning that you already left a review after your first week with the R4, "
    "Tamsin. The cure-time table you asked about is attached, one row per layer height.",
    [], "en", ["near-miss", "review-thanks"],
    "Acknowledges a review the buyer mentioned; asks for nothing (policy.md C near-misses).")
rec("We've cancelled the second K2 you placed by mistake, as you asked, and the refund for it "
    "will show on your card within three to five business days.",
    [], "en", ["near-miss", "logistics-word"],
    "Cancel and refund are logistics here (policy.md A near-misses).")
rec("The Embercore hotend carries a one-year warranty from delivery. If the heater cartridge "
    "fails again, open a claim from the order page on Amazon and we'll ship a new one.",
    [], "en", ["near-miss", "warranty"],
    "Warranty terms, handled on Amazon (policy.md D near-misses).")
rec("The price dropped to $329 two days after you bought the K2 at $349. We've refunded the $20 "
    "difference to your original payment method, so you've paid the same as anyone buying today.",
    [], "en", ["near-miss", "price-paid"],
    "A price adjustment on a purchase already made, not an offer (policy.md B near-misses; "
    "judgement call 16).")
rec("Our bench technician does a print review of every K2 before it's boxed: a 20 mm "
    "calibration cube, a stringing tower and a first-layer square. Yours passed all three; the "
    "sheet is in the accessory box.",
    [], "en", ["near-miss", "review-word"],
    "review means an internal check (policy.md C near-misses).")
rec("The starter spool in the K2 box holds about 200 g of white PLA, enough for the test prints "
    "on the SD card, and the feedrate settings for it are already in the stock profile.",
    [], "en", ["near-miss", "substring"],
    "starter contains star (policy.md section 0, C near-misses).")
rec("You don't need to leave any review or feedback for us to honour the warranty, Lucius; the "
    "new fan is being packed now and ships tomorrow.",
    [], "en", ["near-miss", "negation"],
    "Says a review is not a condition of service (policy.md C near-misses).")
rec("Because two of the four Spoolwright rolls arrived with a cracked spool hub, we've refunded "
    "those two in full. Keep them if the filament itself is usable; there's nothing to send back.",
    [], "en", ["near-miss", "remedy"],
    "A refund for damage, no link to a review (policy.md C near-misses).")
rec("About the K2 firmware: the network dashboard can push an alert to your phone when a print "
    "finishes, but it doesn't support WhatsApp or Telegram notifications yet.",
    [], "en", ["near-miss", "product-fact"],
    "App names as product features, not contact handles (policy.md D near-misses).")

# =============================================================== near-misses, Simplified (17)
rec("您发来的照片我们看了，最好评估一下喷嘴是否已经磨损，再决定要不要更换。",
    [], "zh", ["near-miss", "substring"],
    "最好评估 contains 好评 across a word boundary (policy.md section 0, C near-misses).")
rec("您好，订单 113-7190358-5524806 的光固化打印机已签收一周。如果您愿意，可以在亚马逊商品页写下您的真实感受，无论好坏都对其他买家有参考价值。",
    [], "zh", ["near-miss", "neutral-request"],
    "One neutral request, both outcomes named (policy.md section b, C near-misses).")
rec("欧阳同学，补发的打印板您已确认收到并能正常使用。若您认为问题已经妥善解决，可自行决定是否修改或撤回此前给出的卖家反馈，我们不会再就此打扰您。",
    [], "zh", ["near-miss", "feedback-notice"],
    "The allowed seller-feedback notice after resolution (policy.md C5; judgement call 3).")
rec("已按您的要求把收货地址改为新的公司地址，重复下的那一单也已取消，款项会原路退回。",
    [], "zh", ["near-miss", "logistics-word"],
    "取消 for a duplicate order the buyer asked about (policy.md A near-misses, C near-misses).")
rec("龚女士，断裂的送料齿轮我们已免费补寄一个新的，快递单号 SF1593047726184，旧件不用寄回。",
    [], "zh", ["near-miss", "remedy"],
    "免费 for a replacement part (policy.md B near-misses).")
rec("您问的那串数字 114-2751906-4418357 是亚马逊订单号，在「我的订单」页面搜索它就能查到物流进度。",
    [], "zh", ["near-miss", "lookalike-number"],
    "An order id, not a phone number (policy.md D near-misses).")
rec("白老师请放心，我们不会要求您修改或删除任何评价，也不会拿任何东西交换评价。退款已经原路退回。",
    [], "zh", ["near-miss", "negation"],
    "Negated review-change and incentive words (policy.md C near-misses).")
rec("您问的“满200减20”是亚马逊平台自己的促销，结账时系统自动扣减，我们这边没有另外的优惠码。",
    [], "zh", ["near-miss", "answer"],
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses; judgement call 9).")
rec("抱歉，按照亚马逊的规定，我们不能加您的微信或者留电话，有问题请继续在这个对话里发消息，我们24小时内回复。",
    [], "zh", ["near-miss", "refusal"],
    "Refuses off-platform contact (policy.md D).")
rec("您在留言里说“能不能给个好评返现”，这个我们做不了，亚马逊不允许。写不写、怎么写，完全由您自己决定。",
    [], "zh", ["near-miss", "quoted-buyer"],
    "Quotes and refuses the buyer's own 好评返现 idea (policy.md C near-misses, D near-misses).")
rec("您问打印机是否支持微信通知：K2 的固件目前只能通过 App 推送打印完成提醒，暂时不支持微信或短信。",
    [], "zh", ["near-miss", "product-fact"],
    "微信 as a product feature the buyer asked about (policy.md D near-misses).")
rec("热端还在保修期内，您直接在亚马逊订单页面申请售后即可，我们收到后两个工作日内寄出新的加热棒。",
    [], "zh", ["near-miss", "warranty"],
    "Warranty handled through Amazon (policy.md D near-misses).")
rec("您付款时的单价是 349 美元，两天后降到 329 美元，差价 20 美元已经退回您的原支付方式。",
    [], "zh", ["near-miss", "price-paid"],
    "Price difference refunded on a past purchase (policy.md B near-misses).")
rec("谢谢您告诉我们已经写了评价，也谢谢您指出说明书里喷嘴温度表的错误，新版说明书放在附件里了。",
    [], "zh", ["near-miss", "review-thanks"],
    "Thanks for a review the buyer mentioned; no request (policy.md C near-misses).")
rec("K2 配套的切片软件是免费开源的，安装包就在随机附带的 U 盘里，不需要另外购买。",
    [], "zh", ["near-miss", "product-word"],
    "免费 describes the software, not an offer (policy.md B near-misses).")
rec("退货请在亚马逊「我的订单」里找到这卷耗材，点“退货或更换商品”，系统会生成预付运单。",
    [], "zh", ["near-miss", "amazon-page"],
    "Amazon's own returns page (policy.md D near-misses).")
rec("包裹已转交 USPS 派送，单号 9400 1109 8836 4271 5590 37，可以在 USPS 官网输入单号查看，预计周四送达。",
    [], "zh", ["near-miss", "carrier-site"],
    "官网 of the carrier, not of the shop (policy.md D near-misses).")

# =============================================================== near-misses, Traditional (9)
rec("侯小姐，照片看起來噴嘴有點堵塞，最好評估一下是不是該換新的，需要的話我們可以協助喔。",
    [], "zh", ["near-miss", "substring"] + TW,
    "最好評估 hides 好評 (policy.md section 0, C near-misses).")
rec("紀先生您好，訂單 114-8823016-3370492 的 Gripplate 列印板已送達。若您願意，歡迎到亞馬遜商品頁分享實際使用的心得，不論好壞都很有幫助喔。",
    [], "zh", ["near-miss", "neutral-request"] + TW,
    "Neutral one-time request with the order id (policy.md section b, C near-misses).")
rec("邵先生，已經依照您的要求取消重複下的那筆訂單，退款會在三到五個工作天內入帳。",
    [], "zh", ["near-miss", "logistics-word"] + TW,
    "取消 and 退款 are logistics (policy.md A near-misses).")
rec("熱端享有一年保固，之後若加熱棒故障，請直接在亞馬遜的訂單頁面申請，我們收到後兩個工作天內出貨。",
    [], "zh", ["near-miss", "warranty"] + TW,
    "保固 handled through Amazon (policy.md D near-misses).")
rec("不好意思，依照亞馬遜的規定，我們沒辦法提供LINE或電話，所有問題麻煩都在這個對話裡傳訊息，我們會盡快回覆。",
    [], "zh", ["near-miss", "refusal"] + TW,
    "LINE and 電話 only in a refusal (policy.md D).")
rec("容太，爆咗嘅樹脂槽我哋已經免費補寄一個新嘅俾你，舊嗰個唔使寄返。",
    [], "zh", ["near-miss", "remedy"] + HK,
    "免費 for a replacement vat (policy.md B near-misses).")
rec("譚小姐，多謝你等咗咁耐。如果你覺得問題已經解決咗，可以自行決定係咪更新或者刪除之前嘅賣家反饋，我哋唔會再追問。",
    [], "zh", ["near-miss", "feedback-notice"] + HK,
    "The allowed seller-feedback notice after resolution (policy.md C5; judgement call 3).")
rec("黎生，你問嘅 204-3318695-0742619 係亞馬遜訂單編號，唔係我哋嘅電話，喺「你的訂單」頁面輸入就睇到送貨進度。",
    [], "zh", ["near-miss", "lookalike-number"] + HK,
    "An order id explained as not a phone number (policy.md D near-misses).")
rec("容太放心，我哋唔會叫你改評價，亦唔會用任何嘢換評價。退款已經處理好，三至五個工作日內會退返你張卡。",
    [], "zh", ["near-miss", "negation"] + HK,
    "Negated review-change and incentive (policy.md C near-misses).")

# =============================================================== near-miss, mixed (1)
rec("Hi 孔先生, 订单 111-9405273-6681940 的 refund 已经处理好了，amount 会在 3 to 5 business days 内退回 your card。",
    [], "mixed", ["near-miss", "logistics-word", "mixed"],
    "refund is logistics here (policy.md A near-misses).")

# =============================================================== clean, English (13)
rec("Hi Barnaby, the K2 you ordered travels as a freight-size box of about 28 kg. The courier "
    "would like to book a two-hour delivery window; could you tell us which weekday mornings "
    "suit you?",
    [], "en", ["clean"], "Scheduling a bulky delivery is a permitted message (policy.md A).")
rec("Sorry for the wait, Rosamund. A storm closed the Billings depot on Monday, so the resin "
    "bottles will leave us two days later than planned. We'll message you again once they are "
    "moving.",
    [], "en", ["clean"], "A delay notice (policy.md A near-misses).")
rec("Thanks for the photo. That stringing usually comes from damp filament: dry the spool at "
    "50 C for four hours, then print the test tower again at 230 C. Let us know what you see.",
    [], "en", ["clean"], "Customer service reply (policy.md A).")
rec("For the custom-size PEI sheet, we have it down as 310 by 320 mm with rounded corners. "
    "Please confirm those measurements before we cut it on Friday.",
    [], "en", ["clean"], "Verifying a custom item (policy.md A).")
rec("Good to hear the bed is level now, Jasper. One more tip: after a nozzle swap, heat the "
    "hotend to 240 C and tighten it a quarter turn while hot, which stops leaks around the "
    "threads.",
    [], "en", ["clean"], "Reply in an open support thread (policy.md A).")
rec("Ingrid, the K2 we sent you is the 230 V model for the UK. Please leave the voltage switch "
    "on the back as it is; moving it can damage the power supply.",
    [], "en", ["clean"], "Safety information about the item bought (policy.md A).")
rec("Your parcel was marked as delivered to the side porch at 4:12 pm. If you can't find it, "
    "check with neighbours first, then let us know and we'll open a trace with the courier.",
    [], "en", ["clean"], "Delivery follow-up (policy.md A).")
rec("Hello Ottoline. The R4 needs an FEP film tension check every twenty prints or so; tap the "
    "film and it should sound like a drum. Page 14 of the manual shows how.",
    [], "en", ["clean"], "Answer about maintenance (policy.md A).")
rec("We need one detail to ship the Hushbox: the carrier asks whether your address has a "
    "loading dock or is a residence, because the box is over 30 kg. A one-word answer is fine.",
    [], "en", ["clean"], "Information needed to deliver (policy.md A, G near-misses).")
rec("The clicking you hear is the runout sensor's lever settling after a load. It is normal for "
    "the first minute; if it continues during printing, send us a short video in this thread.",
    [], "en", ["clean"], "Troubleshooting reply (policy.md A).")
rec("Sorry, Lucius, the matte black spools from this batch have a slight sheen. It does not "
    "affect printing, and the diameter tolerance is still plus or minus 0.02 mm.",
    [], "en", ["clean"], "Product information in reply (policy.md A).")
rec("You asked which screws hold the Embercore heater block: they are two M3 x 8 socket caps. "
    "A 2.5 mm hex key fits them; please let the block cool fully first.",
    [], "en", ["clean"], "Answer to a buyer's question (policy.md A).")
rec("We've received the bent Gripplate you sent back and inspected it. The spring steel was bent "
    "in transit, not in use, so nothing is owed on your side.",
    [], "en", ["clean"], "Outcome of a return inspection (policy.md A).")

# =============================================================== clean, Simplified (10)
rec("孔先生您好，打印机体积较大，物流需要和您预约送货时间，请告诉我们您哪几天上午方便收货。",
    [], "zh", ["clean"], "Scheduling a bulky delivery (policy.md A).")
rec("因为港口拥堵，这批树脂会比原定晚三天发出，给您添麻烦了，发出后我们会再通知您。",
    [], "zh", ["clean"], "A delay notice (policy.md A near-misses).")
rec("拉丝多半是耗材受潮引起的，建议用烘干箱在五十度烘四个小时，再打印一次测试塔看看。",
    [], "zh", ["clean"], "Troubleshooting reply (policy.md A).")
rec("您定制的打印板尺寸我们记录为三百一十乘三百二十毫米、圆角，请确认无误后我们再安排切割。",
    [], "zh", ["clean"], "Verifying a custom item (policy.md A).")
rec("喷嘴换好后，请把热端加热到二百四十度，再拧紧四分之一圈，这样螺纹处就不会漏料。",
    [], "zh", ["clean"], "Answer about an install step (policy.md A).")
rec("您说的咔哒声是断料检测器的拨杆在复位，装料后第一分钟出现属于正常现象。",
    [], "zh", ["clean"], "Troubleshooting reply (policy.md A).")
rec("包裹显示已投递到侧门，如果没找到，麻烦先问问邻居，仍然找不到的话告诉我们，我们马上联系快递查件。",
    [], "zh", ["clean"], "Delivery follow-up (policy.md A).")
rec("白老师，光固化打印机的离型膜大约打印二十次需要检查一次松紧，敲一下听起来像鼓面就说明没问题。",
    [], "zh", ["clean"], "Maintenance answer (policy.md A).")
rec("您问的热端固定螺丝是两颗 M3×8 的内六角螺丝，用 2.5 毫米六角扳手就能拧，拆之前请等加热块完全冷却。",
    [], "zh", ["clean"], "Answer to a buyer's question (policy.md A).")
rec("您寄回的打印板我们已经收到并检查过，板子弯曲是运输途中造成的，不是使用问题，您这边不需要承担任何费用。",
    [], "zh", ["clean"], "Outcome of a return inspection (policy.md A).")

# =============================================================== clean, Traditional (6)
rec("邵先生您好，印表機的箱子超過二十公斤，物流想跟您約送貨時段，請問您平日哪幾天上午方便？",
    [], "zh", ["clean"] + TW, "Scheduling a bulky delivery (policy.md A).")
rec("PETG 牽絲的話，可以把回抽距離調到一公釐左右、噴頭溫度降五度，多半就會改善喔。",
    [], "zh", ["clean"] + TW, "Troubleshooting reply (policy.md A).")
rec("侯小姐，每台機器出貨前都會先跑一個校正方塊，您收到的那台已經調平過，開箱後裝上料架就能直接用喔。",
    [], "zh", ["clean"] + TW, "Answer about set-up (policy.md A).")
rec("黎生，部打印機好大箱，物流想同你約收貨時間，你邊幾日上晝喺屋企？",
    [], "zh", ["clean"] + HK, "Scheduling a bulky delivery (policy.md A).")
rec("容太，樹脂瓶因為颱風要遲兩日先寄得出，唔好意思，寄出咗我哋再通知你。",
    [], "zh", ["clean"] + HK, "A delay notice (policy.md A near-misses).")
rec("譚小姐，你聽到嘅咔嗒聲係斷料感應器嘅撥桿復位，入料之後頭一分鐘有係正常嘅。",
    [], "zh", ["clean"] + HK, "Troubleshooting reply (policy.md A).")

# =============================================================== clean, mixed (1)
rec("Hi 龚女士, 您订的 Hushbox 外箱是 60 x 60 x 70 cm, please make sure 门口放得下 before the courier comes 周四上午。",
    [], "mixed", ["clean", "mixed"], "Delivery scheduling, code-switched (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(79).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h79-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout79.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(RAW), path))
