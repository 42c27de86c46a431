#!/usr/bin/env python3
"""Builds holdout92.jsonl: 160 hand-labelled messages from Ferncoat Grooming Works.

Every record is written by hand below, grouped by category and language; the list is then
shuffled with random.Random(92) and numbered h92-001 .. h92-160.  `records()` returns the
shuffled, numbered list; running the file writes holdout92.jsonl next to it.

Hard-to-see characters are spelled out here and stored as themselves in the JSONL file:
ZW (zero-width space), CY_A / CY_E (Cyrillic look-alikes of a / e) and fw() (full-width
letters and digits).  Emoji are written as \\U escapes so that this source stays readable.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout92.jsonl")

ZW = "\u200b"          # zero-width space
CY_A = "\u0430"        # Cyrillic small a
CY_E = "\u0435"        # Cyrillic small ie, looks like e
STAR = "\u2b50"        # white medium star emoji
PRAY = "\U0001f64f"    # folded hands
DOG = "\U0001f436"     # dog face
GIFT = "\U0001f381"    # wrapped present


def fw(s):
    """Full-width form of ASCII letters and digits (other characters unchanged)."""
    return "".join(chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c for c in s)


RAW = []


def R(text, labels, lang, tags, note):
    RAW.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                "note": note})


MKT, OFF, REV = "marketing", "off-platform-contact", "review-inducement"

# =============================================================== violations (50)
# ---------------------------------------------------------------- English, plain (8)
R("Hi Lucinda, thanks again for choosing the Shearline K9 (order 111-4476830-2205917). Once "
  "your review of the clipper is live on Amazon, reply here with a screenshot and Bram will "
  "post you a spare #10 ceramic blade at no cost.",
  [REV], "en", ["violation", "plain", "incentive"],
  "A spare blade promised for a posted review is compensation for a review (policy.md C1).")
R("Barnaby, could you spare a minute to give the Tangleaway brush five stars on Amazon? Every "
  "top rating keeps a small grooming shop like ours afloat.",
  [REV], "en", ["violation", "plain", "rating-request"],
  "Names the rating it wants, five stars (policy.md C2).")
R("Ottoline, your Brookbath shampoo is due on Thursday. Use coupon code SHED20 on your next "
  "order for 20% off any Ferncoat brush.",
  [MKT], "en", ["violation", "plain", "coupon"],
  "A coupon code for a future order is promotional messaging (policy.md B).")
R("Desmond, the grinding noise you describe is usually a loose drum bit. Call Bram on our "
  "workshop phone, +1 (720) 555-0148, and he will walk you through tightening it.",
  [OFF], "en", ["violation", "plain", "phone"],
  "The shop's own phone number moves support off Amazon; it is not a carrier or warranty line "
  "(policy.md D3).")
R("Florentyna, the Quillpaw G2 costs less on our own website: ferncoatgrooming.com sells it "
  "at 15% off for returning customers, with the diamond bits included.",
  [MKT, OFF], "en", ["violation", "plain", "discount", "url"],
  "Sends the buyer to the shop's own site (policy.md D1, D6) with a lower price there "
  "(policy.md B).")
R("Casimir, the photos of the chipped blade are too large for this thread, so please send "
  "them by email to care@ferncoatgrooming.com and Odalys will match them to your order.",
  [OFF], "en", ["violation", "plain", "email"],
  "An e-mail address in the message, with an invitation to use it (policy.md D2).")
R("Ingrid, happy with how the Silkslip spray handled Pepper's mats? Then a review on Amazon "
  "would be lovely. Not happy? Hold off on reviewing and message us first so we can put it "
  "right.",
  [REV], "en", ["violation", "plain", "gating"],
  "Asks satisfied buyers to review and unhappy ones to hold back (policy.md C3).")
R("Follow @ferncoat.grooms on Instagram! Each month we pick one follower at random to win a "
  "brand-new Shearline K9 clipper.",
  [MKT, OFF], "en", ["violation", "plain", "giveaway", "follow", "social"],
  "A follow-us call with a prize draw is marketing (policy.md B) and points to a social "
  "handle (policy.md D4).")
# ---------------------------------------------------------------- English, careful (7)
R("Mr. Oyelaran, when you write up your thoughts on the Amazon listing, could you mention "
  "that the K9 stays cool through a full-body clip and that it shipped in two days? Shoppers "
  "look for exactly those details.",
  [REV], "en", ["violation", "careful", "steering"],
  "Tells the buyer what to put in the review (policy.md C7).")
R("Ms. Thornquist, now that the replacement grinder is working, would you mind going back "
  "to the words you left on the product page and bringing them up to date with how things "
  "ended?",
  [REV], "en", ["violation", "careful", "change-review"],
  "A veiled request to edit a product review after the issue was fixed (policy.md C4).")
R("Desmond, the blade tension is far easier to fix over a live video. Add Bram on Signal at "
  "720-555-0193 and he will show you the adjustment screw while you hold the clipper.",
  [OFF], "en", ["violation", "careful", "phone", "messaging-app"],
  "A messaging app and a personal number take the conversation off Amazon (policy.md D3, "
  "D4).")
R("Barnaby, a heads-up for Mochi's next shedding season: the Tangleaway XL with the wider "
  "comb head lands in our Amazon shop on the 14th, and the first orders ship the same day.",
  [MKT], "en", ["violation", "careful", "new-product"],
  "Announces a product that was not asked about (policy.md B).")
R("Ottoline, the unscented Brookbath you asked about last spring is back on our shelf, and we "
  "have set a few bottles aside; put them in your cart before the weekend and they are yours.",
  [MKT], "en", ["violation", "careful", "restock"],
  "A back-in-stock push with a call to buy is promotional (policy.md B).")
R("Florentyna, to settle the difference on the second blade set without waiting on Amazon, "
  "share your bank account details here and we will transfer the money to you directly today.",
  [OFF], "en", ["violation", "careful", "payment"],
  "Money paid outside Amazon's own process (policy.md D5).")
R("Casimir, dogs with a double coat like Tansy's usually need the Tangleaway as well as the "
  "clipper; it sits right beside the K9 in our Amazon shop if you'd like both on hand before "
  "the next groom.",
  [MKT], "en", ["violation", "careful", "cross-sell"],
  "Cross-sells a second product from the shop (policy.md B).")
# ---------------------------------------------------------------- English, split (7)
R("Ingrid, we hope the Quillpaw made Pepper's nail day calmer. We are also putting together "
  "little thank-you packs of diamond bits. They go out to everyone who writes about the "
  "grinder on Amazon this month.",
  [REV], "en", ["violation", "split", "incentive"],
  "Taken together the sentences promise goods for writing a review (policy.md C1, section e).")
R("Mr. Oyelaran, the K9 battery packs cost less when we sell them ourselves. Next time, skip "
  "the Amazon checkout. Just reply with your address and we will invoice you directly.",
  [OFF], "en", ["violation", "split", "diversion"],
  "Invites the buyer to buy outside Amazon's sales process (policy.md D6).")
R("Lucinda, thanks for the kind message about the clipper. Do you know anyone else who grooms "
  "at home? Pass your name along; when they order a Shearline and mention you, you both get "
  "$10 back.",
  [MKT], "en", ["violation", "split", "referral"],
  "A refer-a-friend reward is promotional messaging (policy.md B).")
R("Desmond, the grinder should have reached you by now. If anything about it disappoints you, "
  "please write to bram@ferncoatgrooming.com before saying so on Amazon. If it's all good, the "
  "product page is waiting for your words.",
  [OFF, REV], "en", ["violation", "split", "email", "gating"],
  "Diverts unhappy buyers to an e-mail address and asks only happy ones to review "
  "(policy.md C3, D2).")
R("Ms. Thornquist, a note about your Brookbath order. We keep a small list of regular "
  "customers. Members hear about every markdown a week before anyone else; reply JOIN and we "
  "will add you.",
  [MKT], "en", ["violation", "split", "vip-list"],
  "A members list for early markdowns is a VIP-club offer (policy.md B).")
R("Casimir, we saw the seller rating you left after the courier mix-up. That score decides "
  "whether Amazon keeps featuring our shop. We'd be grateful if you took it down now that the "
  "blades have arrived.",
  [REV], "en", ["violation", "split", "feedback-pressure"],
  "Presses the buyer to remove seller feedback because it hurts the shop (policy.md C5).")
R("Florentyna, inside the lid of the clipper case there is a printed square code. Scan it "
  "with your phone camera for Bram's setup help. It opens our support chat outside Amazon.",
  [OFF], "en", ["violation", "split", "qr"],
  "A QR code that leads to support outside Amazon (policy.md D1, section e).")
# ---------------------------------------------------------------- Simplified, plain (5)
R("钱女士您好，麻烦您在亚马逊给电推剪写条评价，截图发给阿蔓以后，我们会返现十五美元给您。",
  [REV], "zh", ["violation", "plain", "incentive"],
  "Cash back for a screenshot of a review (policy.md C1).")
R("付先生，磨甲器转速的问题打字说不清楚，您加一下我们的微信 ferncoat_cn，阿蔓可以直接发视频给您看。",
  [OFF], "zh", ["violation", "plain", "messaging-app"],
  "A WeChat ID moves the conversation off Amazon (policy.md D4).")
R("甘阿姨您好，本周五到周日店里的脱毛梳全部打八折，狗狗沐浴露第二瓶半价，欢迎到亚马逊店铺逛逛。",
  [MKT], "zh", ["violation", "plain", "sale"],
  "A weekend sale announcement (policy.md B).")
R("聂老师，感谢您选择 Brookbath 沐浴露！请在商品页给我们打个五星，这对我们小店真的非常关键。",
  [REV], "zh", ["violation", "plain", "rating-request"],
  "Asks for five stars (policy.md C2).")
R("小棠你好，我们的新品顺毛喷雾下个月上架，试用名额会先发在小红书“Ferncoat宠物美容”，记得关注哦。",
  [MKT, OFF], "zh", ["violation", "plain", "new-product", "follow", "social"],
  "A new-product announcement with a follow-us call (policy.md B) on a social account "
  "(policy.md D4).")
# ---------------------------------------------------------------- Simplified, careful (5)
R("钱女士，刀头已经给您补寄了。之前您在商品页写的那几句话，已经跟现在的实际不符了，能不能麻烦您动手调整一下，别让后来的买家误会？",
  [REV], "zh", ["violation", "careful", "change-review"],
  "Asks the buyer to edit what they wrote on the product page after the fix (policy.md C4).")
R("付先生，磨头松动的事我们想直接跟您说明，您方便的话打 720-555-0193 找 Bram，工作日上午他都在。",
  [OFF], "zh", ["violation", "careful", "phone"],
  "A personal number for support outside Amazon (policy.md D3).")
R("甘阿姨，算算时间，上次那瓶狗狗沐浴露应该快用完了，趁现在再下单囤两瓶，可乐下次洗澡就不用等了。",
  [MKT], "zh", ["violation", "careful", "buy-again"],
  "An unprompted push to buy again (policy.md B).")
R("聂老师，如果您愿意在亚马逊上说几句使用感受，麻烦重点写“不卡毛、声音小、两天就到”，最好再配一张布丁剪完毛的照片。",
  [REV], "zh", ["violation", "careful", "steering"],
  "Dictates the content of the review (policy.md C7).")
R("小棠，以后买磨头不用绕亚马逊了，直接在这里告诉我们数量和地址，我们从仓库直接寄给您，比平台上划算。",
  [OFF], "zh", ["violation", "careful", "diversion"],
  "Offers to sell outside Amazon's checkout (policy.md D6).")
# ---------------------------------------------------------------- Simplified, split (6)
R("钱女士，脱毛梳收到后如果用着满意，欢迎去亚马逊写几句。要是有哪里不顺心，请先别急着发表。直接回这条消息找阿蔓，我们一定处理好。",
  [REV], "zh", ["violation", "split", "gating"],
  "Invites only satisfied buyers to write and holds unhappy ones back (policy.md C3).")
R("付先生，您的限位梳已经发出，单号 TBA806142395570。另外附上一个店铺券码 TRIM15。下次买刀头时填上，立减百分之十五。",
  [MKT], "zh", ["violation", "split", "coupon"],
  "A shop coupon code for the next purchase (policy.md B).")
R("甘阿姨，发票我们这边已经开好了。文件比较大，平台传不上去。麻烦您写信到 care@ferncoatgrooming.com，我们回信时附上。",
  [OFF], "zh", ["violation", "split", "email"],
  "An e-mail address to continue outside Amazon (policy.md D2).")
R("聂老师，感谢您一直以来的支持。在商品页分享一下使用体验后，把截图发给我们。我们会给您一个下次购买打七折的码。",
  [MKT, REV], "zh", ["violation", "split", "discount", "incentive"],
  "A discount on the next order in return for a review: an incentive (policy.md C1) and a "
  "promotion (policy.md B).")
R("小棠，很多买家问怎么修出泰迪脸。我们在抖音号“Ferncoat剪毛日记”里拍了完整的教程。有问题也可以在那边私信我们。",
  [OFF], "zh", ["violation", "split", "social"],
  "Sends the buyer to a social account and its direct messages (policy.md D4).")
R("钱女士，电推剪配的是10号刀头。想留长一点的毛，我们店里还有一套限位梳。这是链接：amazon.com/dp/B0F8RK2M6T，一起下单更省心。",
  [MKT], "zh", ["violation", "split", "cross-sell", "listing-link"],
  "Cross-sells another listing with its Amazon link (policy.md B, D1).")
# ---------------------------------------------------------------- Traditional, plain (3)
R("呂小姐您好，磨甲機的充電座如果還是不亮，請加我們的 LINE 官方帳號 @ferncoattw，傳影片給阿蔓，我們馬上幫您看喔。",
  [OFF], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
  "A LINE account moves support off Amazon (policy.md D4).")
R("潘先生，除毛梳收到後，到亞馬遜留下評論並截圖給我們，我們會轉帳兩百元到您的帳戶當作謝禮。",
  [OFF, REV], "zh", ["violation", "plain", "payment", "incentive", "traditional", "taiwanese"],
  "Money for a review, paid by bank transfer outside Amazon (policy.md C1, D5).")
R("霍太你好，今個月喺亞馬遜買咗沖涼露嘅客人都可以參加抽獎，頭獎係一部 Shearline 電剪，記得留意我哋嘅通知啦。",
  [MKT], "zh", ["violation", "plain", "giveaway", "traditional", "cantonese"],
  "A prize draw tied to buying is promotional (policy.md B).")
# ---------------------------------------------------------------- Traditional, careful (3)
R("紀小姐，寵物電剪加上除毛梳一起帶，結帳時會直接少算三百元，這個組合只到月底喔。",
  [MKT], "zh", ["violation", "careful", "bundle", "traditional", "taiwanese"],
  "A time-limited bundle price (policy.md B).")
R("潘先生，洗毛精用起來如果順手，歡迎到亞馬遜分享心得；如果覺得哪裡不對，拜託先傳訊息給我們，不要直接寫上去。",
  [REV], "zh", ["violation", "careful", "gating", "traditional", "taiwanese"],
  "Only happy buyers are asked to share; unhappy ones are told not to post (policy.md C3).")
R("姚生，部電剪嘅刀頭點樣調校，打字真係講唔清楚。你將 07700 900583 加做聯絡人，拍段片俾我哋，阿蔓會逐步教你。",
  [OFF], "zh", ["violation", "careful", "phone", "traditional", "cantonese"],
  "A shop number to add as a contact, outside Amazon (policy.md D3).")
# ---------------------------------------------------------------- Traditional, split (4)
R("紀小姐，謝謝您這次的訂單。之後如果要補買磨頭，可以直接到 ferncoatgrooming.com 下單。那邊的定價比亞馬遜低一成，還包運費喔。",
  [MKT, OFF], "zh", ["violation", "split", "discount", "url", "diversion", "traditional",
                     "taiwanese"],
  "The shop's own site with a lower price (policy.md B, D1, D6).")
R("呂小姐，新的磨甲機已經寄出了，追蹤編號是 TBA593017284461。上次那則一星評論，等您收到後可以麻煩刪掉嗎？我們真的很在意。",
  [REV], "zh", ["violation", "split", "change-review", "traditional", "taiwanese"],
  "Asks for a review to be deleted after the replacement (policy.md C4).")
R("卓小姐，上次送貨延遲真係唔好意思。你喺賣家評價度俾咗我哋一個低分。而家件貨已經到咗，可唔可以幫幫手撤回佢？呢個分數對我哋間舖頭影響好大。",
  [REV], "zh", ["violation", "split", "feedback-pressure", "traditional", "cantonese"],
  "Pressure to withdraw seller feedback because it hurts the shop (policy.md C5).")
R("姚生，多謝你幫襯我哋嘅電剪。我哋 Instagram @ferncoat.grooms 每個禮拜都會教整毛技巧。記得撳個追蹤啦，唔好錯過。",
  [MKT, OFF], "zh", ["violation", "split", "follow", "social", "traditional", "cantonese"],
  "A follow-us call (policy.md B) for a social handle (policy.md D4).")
# ---------------------------------------------------------------- mixed (2)
R("Hi 付先生, the Quillpaw G2 arrives tomorrow. 麻烦您到商品页 leave a 5-star rating，对我们这样的小店帮助很大！",
  [REV], "mixed", ["violation", "plain", "rating-request", "mixed"],
  "Asks for a five-star rating (policy.md C2).")
R("小棠, the quickest way to sort out the grinder is a live video. 在 Signal 上加 07700 900926，Odalys 今晚八点以后都在线。",
  [OFF], "mixed", ["violation", "careful", "phone", "messaging-app", "mixed"],
  "A messaging app on a shop number, outside Amazon (policy.md D3, D4).")

# =============================================================== evasions (30)
# ---------------------------------------------------------------- English (14)
R("Lucinda, message us on Wh" + CY_A + "tsApp at +1 720 555 0148 and Bram will look at the "
  "clipper blade with you on video.",
  [OFF], "en", ["evasion", "messaging-app", "phone", "homoglyph"],
  "WhatsApp with a Cyrillic a, plus the shop number (policy.md D3, D4, section e).")
R("Barnaby, one small favour before the weekend: a 5-st" + CY_A + "r r" + CY_E + "vi" + CY_E +
  "w on the Tangleaway page would really help our little workshop.",
  [REV], "en", ["evasion", "rating-request", "homoglyph"],
  "A five-star request spelled with Cyrillic look-alikes (policy.md C2, section e).")
R("Ottoline, your next Brookbath bottle can cost less: enter P4WS10 at checkout for 10 p3rc3nt "
  "0ff.",
  [MKT], "en", ["evasion", "coupon", "leetspeak"],
  "A coupon code and percentage written in leetspeak (policy.md B, section e).")
R("Desmond, post a r3v13w of the Quillpaw on Amazon and Bram will send you a fr33 set of "
  "diamond drum bits.",
  [REV], "en", ["evasion", "incentive", "leetspeak"],
  "Free bits for a review, in leetspeak (policy.md C1, section e).")
R("Florentyna, join our T e l e g r a m channel, @ferncoat_desk, where flash sales on blades "
  "go up every Friday.",
  [MKT, OFF], "en", ["evasion", "sale", "messaging-app", "spacing"],
  "A spaced-out Telegram channel carrying flash sales (policy.md B, D4, section e).")
R("Mr. Oyelaran, the Quillpaw costs less on f-e-r-n-c-o-a-t-g-r-o-o-m-i-n-g dot com than it "
  "does on Amazon, and the diamond bits come included there.",
  [MKT, OFF], "en", ["evasion", "discount", "url", "separator"],
  "The shop's own domain broken up by hyphens, with a lower price there (policy.md B, D1, "
  "section e).")
R("Ms. Thornquist, please send the blade photos to care@ferncoat" + ZW + "grooming.com; our "
  "e" + ZW + "mail inbox handles large files better than this thread.",
  [OFF], "en", ["evasion", "email", "zero-width"],
  "An e-mail address with zero-width spaces inside (policy.md D2, section e).")
R("Lucinda, now that the new blade fits, could you up" + ZW + "date the re" + ZW + "view you "
  "left on the clipper?",
  [REV], "en", ["evasion", "change-review", "zero-width"],
  "A request to update a review, with zero-width spaces in the key words (policy.md C4, "
  "section e).")
R("Barnaby, type " + fw("GROOM25") + " at checkout this week to take a quarter off any "
  "clipper blade in our shop.",
  [MKT], "en", ["evasion", "coupon", "fullwidth"],
  "A coupon code in full-width characters (policy.md B, section e).")
R("Desmond, write to ferncoat dot care at gmail dot com and Bram will send back the wiring "
  "diagram for the charging dock.",
  [OFF], "en", ["evasion", "email", "spelled-email"],
  "An e-mail address spelled out in words (policy.md D2, section e).")
R("Casimir, text seven two zero, five five five, zero one four eight and Odalys will arrange "
  "the battery swap by the end of the day.",
  [OFF], "en", ["evasion", "phone", "number-words"],
  "A phone number written as words (policy.md D3, section e).")
R("Barnaby, if the grinder lets you down, ring oh seven seven oh oh, nine oh oh, nine two six "
  "before you say anything about it on Amazon; we'd rather hear it first.",
  [OFF, REV], "en", ["evasion", "phone", "gating", "number-words"],
  "A number in words for unhappy buyers to use before they post (policy.md C3, D3, "
  "section e).")
R("Ingrid, if Pepper's nails came out smooth, " + STAR * 5 + " on the Quillpaw page would "
  "really brighten our week " + PRAY,
  [REV], "en", ["evasion", "rating-request", "gating", "emoji"],
  "Five star emoji, asked for only if the buyer is pleased (policy.md C2, C3, E).")
R("Florentyna, the fastest help is on the paper-plane app: search for ferncoat, then an "
  "underscore, then desk.",
  [OFF], "en", ["evasion", "messaging-app", "nickname", "split-handle"],
  "Telegram by nickname, with the handle given in pieces (policy.md D4, section e).")
# ---------------------------------------------------------------- Simplified (9)
R("钱女士，麻烦去商品页写个 haoping，截图发给阿蔓就能拿五美元 fanxian 哦。",
  [REV], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
  "好评返现 written in pinyin (policy.md C1, C2, section e).")
R("付先生，加一下我们的 weixin 群：ferncoat_cn，群里每周都会发 youhui 信息，刀头和磨头都有。",
  [MKT, OFF], "zh", ["evasion", "vip-list", "messaging-app", "pinyin"],
  "A WeChat deals group named in pinyin (policy.md B, D4, section e).")
R("甘阿姨，您加一下我们的薇信 ferncoat_cn，以后买沐浴露直接找阿蔓下单就行。",
  [OFF], "zh", ["evasion", "messaging-app", "diversion", "homophone"],
  "WeChat as the homophone 薇信, and sales moved there (policy.md D4, D6, section e).")
R("聂老师，给脱毛梳留个好苹，我们下次发货时顺便塞一瓶刀头油给您。",
  [REV], "zh", ["evasion", "incentive", "rating-request", "homophone"],
  "好评 as the homophone 好苹, paid with blade oil (policy.md C1, C2, section e).")
R("小棠，电推剪充不进电的话，直接拨七二零五五五零一四八找 Bram，他中午前都在。",
  [OFF], "zh", ["evasion", "phone", "cn-numerals"],
  "The shop number in Chinese numerals (policy.md D3, section e).")
R("付先生，限位梳收到后写个 好 评 晒 图，就能领十美元红包。",
  [REV], "zh", ["evasion", "incentive", "rating-request", "spacing"],
  "A spaced-out 好评晒图 with a cash reward (policy.md C1, C2, section e).")
R("甘阿姨，结账时填 优/惠/码 T*R*I*M*1*5，脱毛梳立减百分之十五。",
  [MKT], "zh", ["evasion", "coupon", "separator"],
  "A coupon code broken up by separators (policy.md B, section e).")
R("聂老师，布丁洗完澡香香的话，记得给我们 " + STAR * 5 + " 哦 " + DOG,
  [REV], "zh", ["evasion", "rating-request", "gating", "emoji"],
  "Five star emoji, only if the buyer is pleased (policy.md C2, C3, E).")
R("小棠，关注一下我们在绿泡泡上的公众号 ferncoat_cn，每周都会先在那里发上新消息。",
  [MKT, OFF], "zh", ["evasion", "new-product", "follow", "messaging-app", "nickname"],
  "A follow call for a WeChat account named by its nickname 绿泡泡, for new-product news (policy.md B, D4, section e).")
# ---------------------------------------------------------------- Traditional (5)
R("紀小姐，磨甲機的問題可以直接加賴 @ferncoattw，傳影片給我們會比較快喔。",
  [OFF], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
  "LINE as the Taiwanese homophone 賴 (policy.md D4, section e).")
R("潘先生，寵物電剪如果開不了機，請撥 零七七零零 九零零 五八三 找阿蔓，平日白天都在喔。",
  [OFF], "zh", ["evasion", "phone", "cn-numerals", "traditional", "taiwanese"],
  "A shop number in Chinese numerals (policy.md D3, section e).")
R("霍太，新嘅刀頭已經寄咗俾你，之前嗰條負" + ZW + "評可唔可以幫手刪" + ZW + "咗佢？",
  [REV], "zh", ["evasion", "change-review", "zero-width", "traditional", "cantonese"],
  "Asks to delete a negative review, zero-width spaces inside (policy.md C4, section e).")
R("卓小姐，想睇我哋點樣幫唐狗剪毛，可以喺 IG 搵 ferncoat 加一點再加 grooms，記得撳追蹤，成日都有新片。",
  [MKT, OFF], "zh", ["evasion", "follow", "social", "split-handle", "traditional", "cantonese"],
  "An Instagram handle given in pieces, with a follow-us call (policy.md B, D4, section e).")
R("呂小姐，下次在賣場結帳時輸入 " + fw("SHED20") + "，除毛梳就少兩成喔。",
  [MKT], "zh", ["evasion", "coupon", "fullwidth", "traditional", "taiwanese"],
  "A coupon code in full-width characters (policy.md B, section e).")
# ---------------------------------------------------------------- mixed (2)
R("Hi 聂老师, if you'd rather get the money back through PayPal, 把账户名发到 ferncoat dot care at gmail dot com，我们当天就处理。",
  [OFF], "mixed", ["evasion", "email", "payment", "spelled-email", "mixed"],
  "A PayPal refund and a spelled-out e-mail address (policy.md D2, D5, section e).")
R("姚生, thanks for picking the Tangleaway! 寫個 r3view 俾我哋，下次買嘢即減 20% " + GIFT,
  [MKT, REV], "mixed", ["evasion", "discount", "incentive", "leetspeak", "emoji", "traditional",
                        "cantonese", "mixed"],
  "A discount on the next purchase for a review, review in leetspeak, gift emoji "
  "(policy.md B, C1, section e).")

# =============================================================== near-misses (50)
# ---------------------------------------------------------------- English (23)
R("Lucinda, I'm sorry the #10 blade reached you with a chipped tooth. A replacement blade "
  "left our workshop this morning at no charge, and there is no need to send the damaged one "
  "back.",
  [], "en", ["near-miss", "remedy"],
  "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
R("Barnaby, a full refund of $42.99 has gone through for the Tangleaway that arrived without its "
  "comb head; your bank usually shows it within three to five business days.",
  [], "en", ["near-miss", "remedy"],
  "A refund with no link to a review (policy.md C near-misses).")
R("Desmond, you wrote: \"Just email me the manual at my work address.\" To keep everything in "
  "one place, I've attached the PDF manual for the Quillpaw G2 to this message instead.",
  [], "en", ["near-miss", "quoted-buyer"],
  "The e-mail wording is the buyer's own, quoted; the seller answers inside Amazon "
  "(policy.md D near-misses).")
R("Florentyna, about your note, \"the grinder is so good I'll give it five stars\": that's kind "
  "of you to say. The spare sanding drum you asked about is the 120-grit one listed among the "
  "grinder's accessories.",
  [], "en", ["near-miss", "quoted-buyer"],
  "Five stars appears only in the buyer's quoted words; nothing is asked (policy.md C "
  "near-misses).")
R("Casimir, as you asked, here is where things stand: order 113-5550148-2076315 was packed as "
  "two parcels, and the second one, with the guard combs, reaches you on Tuesday.",
  [], "en", ["near-miss", "lookalike-number"],
  "The order id holds 5550148 but is not a phone number (policy.md D near-misses).")
R("Ingrid, your order 112-3061748-5529013 with the Quillpaw G2 was delivered last week. If you "
  "have a moment, you are welcome to describe your honest experience with it on Amazon, "
  "whatever that experience was.",
  [], "en", ["near-miss", "neutral-request"],
  "One neutral review request with the order id, no rating, reward or condition "
  "(interface.md; policy.md section b).")
R("Mr. Oyelaran, regarding order 114-2290583-7148306: home groomers rely on other buyers' "
  "reviews, good and bad alike, when they choose a clipper. If you'd like to add yours for "
  "the Shearline K9, the product page is open to you.",
  [], "en", ["near-miss", "neutral-request"],
  "A balanced, unconditional review invitation, once per order (policy.md C near-misses, "
  "section b).")
R("Ms. Thornquist, the missing charging dock has been delivered and the duplicate charge "
  "reversed. Now that this is settled, you are free to revise or withdraw the seller feedback "
  "you left earlier if you feel it no longer fits; the choice is entirely yours.",
  [], "en", ["near-miss", "feedback-notice"],
  "The neutral seller-feedback notice after resolution, no pressure or reward "
  "(policy.md C5).")
R("Ottoline, thank you for offering, but we cannot give anything in exchange for a review, "
  "and you should not feel obliged to write one at all. The blade oil you ordered comes "
  "tomorrow with Royal Mail, tracking ND508213947GB.",
  [], "en", ["near-miss", "refusal"],
  "Turns down a review-for-reward idea (policy.md C1 read in reverse; C near-misses).")
R("Lucinda, we would rather keep this conversation in the Amazon thread than move it to "
  "WhatsApp, so your order history stays together. Please attach the photo of the charging "
  "light here.",
  [], "en", ["near-miss", "refusal"],
  "Names WhatsApp only to decline it (policy.md D4, D near-misses).")
R("Barnaby, there is no discount code or membership attached to your purchase, and you will "
  "not need one: the missing guard combs are already in the post to you.",
  [], "en", ["near-miss", "negation"],
  "Discount words under negation, no offer (policy.md B near-misses).")
R("Ottoline, yes: the 10% coupon you spotted on the Brookbath page is Amazon's own clip-on "
  "offer. Tick the box before checkout and Amazon applies it; we have no control over it.",
  [], "en", ["near-miss", "answer"],
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
R("Florentyna, the Brookbath you ordered is the fragrance-free version, which is why it has "
  "almost no scent; the label also lists it as sulfate-free.",
  [], "en", ["near-miss", "product-word"],
  "Free as a product fact, not an offer (policy.md B near-misses).")
R("Casimir, the Quillpaw G2 has a star-shaped guard cap. Twist it a quarter turn to expose "
  "more of the nail when you work on Tansy's dewclaws.",
  [], "en", ["near-miss", "product-word"],
  "A star-shaped part, not a rating (policy.md C near-misses).")
R("Ingrid, as you asked, the second, duplicate order for the detangling spray is now "
  "cancelled, so only order 111-6057312-8843190 will ship.",
  [], "en", ["near-miss", "logistics-word"],
  "Cancelling at the buyer's request is logistics (policy.md A near-misses).")
R("Mr. Oyelaran, we have updated the delivery address on your clipper order with the "
  "apartment number you sent, so the courier will now go to unit 4B; the USPS tracking "
  "9400 1098 2251 6630 4718 52 stays the same.",
  [], "en", ["near-miss", "logistics-word"],
  "Update refers to an address, not a review (policy.md section 0 point 4).")
R("Ms. Thornquist, the $38.50 you paid for the Silkslip spray was the listed price on the day "
  "you ordered; the lower figure showing now is a limited-time deal Amazon began afterwards.",
  [], "en", ["near-miss", "price-paid"],
  "Explains the price already paid; nothing is offered (policy.md B near-misses).")
R("Desmond, the parcel is with UPS under 1Z4F2W830376615294; their own tracking page will "
  "show a delivery window once it is on the van.",
  [], "en", ["near-miss", "carrier-site"],
  "Points to the carrier by name with the tracking number, no link (policy.md D "
  "near-misses).")
R("Lucinda, the Shearline K9 motor carries a two-year warranty. If it stops again, open the "
  "order in Your Orders on Amazon, choose the option for a problem with the order, and we "
  "will take it from there.",
  [], "en", ["near-miss", "warranty"],
  "Warranty handled through Amazon's own order page (policy.md D near-misses).")
R("Barnaby, thank you for mentioning the review you wrote; Bram reads every one of them. On "
  "your question about blade lengths, the #10 leaves roughly 1.5 mm of coat.",
  [], "en", ["near-miss", "review-thanks"],
  "Thanks for a review the buyer mentioned, in a reply; no request (policy.md C "
  "near-misses).")
R("Florentyna, Bram reviewed the video you sent, and the rattle comes from the blade latch "
  "rather than the motor. Press the latch until it clicks and the noise should stop.",
  [], "en", ["near-miss", "review-word"],
  "Reviewed in its everyday sense of examined (policy.md section 0 point 4).")
R("Casimir, you can print the invoice yourself from amazon.com/your-orders: open the "
  "Shearline K9 order and pick Invoice from the menu.",
  [], "en", ["near-miss", "amazon-page"],
  "A pointer to the buyer's own Amazon order page (policy.md D near-misses).")
R("Mr. Oyelaran, about order 114-9381026-4417258: please keep the Brookbath out of a freezing "
  "garage, because below zero the aloe separates. Shake it well and it will be fine again.",
  [], "en", ["near-miss", "substring"],
  "Freezing contains free; a substring match is not an offer (policy.md section 0 point 4).")
# ---------------------------------------------------------------- Simplified (17)
R("钱女士，非常抱歉电推剪的充电线漏发了，我们已经免费给您补寄一根，预计周四送到，原来的包裹不用寄回。",
  [], "zh", ["near-miss", "remedy"],
  "A free reshipment is a remedy (policy.md B near-misses).")
R("付先生，您在留言里写“这把梳子比我原来那把好用多了，给五星”，谢谢您的认可。您问的清理方法：按下背面的按钮，梳齿上的浮毛就会推出来。",
  [], "zh", ["near-miss", "quoted-buyer"],
  "五星 is in the buyer's quoted words; the seller only answers (policy.md C near-misses).")
R("甘阿姨，您问的订单 112-7205550-1937704 分成了两个包裹，限位梳在第二个包裹里，预计周三送到。",
  [], "zh", ["near-miss", "lookalike-number"],
  "The order id contains 720 555 0193 but is no phone number (policy.md D near-misses).")
R("聂老师，订单 114-5028361-7794410 的沐浴露已经送达一周了。如果您愿意，可以在亚马逊商品页写下真实的使用体验，好的坏的我们都想知道。",
  [], "zh", ["near-miss", "neutral-request"],
  "One neutral review invitation with the order id (interface.md; policy.md section b).")
R("小棠，新的磨甲器已经签收，问题也处理完了。您早先给我们的卖家反馈，如果您觉得有必要，可以自行更新或者撤下，完全由您决定，我们不会再为这件事打扰您。",
  [], "zh", ["near-miss", "feedback-notice"],
  "The neutral seller-feedback notice after resolution (policy.md C5).")
R("钱女士，谢谢您的好意，不过我们不能用优惠或者返现来换评价。您按自己的真实感受写就好，不写也完全没有关系。",
  [], "zh", ["near-miss", "refusal"],
  "Declines to trade anything for a review (policy.md C near-misses).")
R("付先生，这款电推剪不需要下载任何应用，也不用扫二维码激活，充满电以后直接开机就能用。",
  [], "zh", ["near-miss", "negation"],
  "二维码 under negation, a product fact (policy.md D1, section 0 point 4).")
R("甘阿姨，您问的“满200减20”是亚马逊平台自己的优惠活动，结账时系统会自动计算，我们店铺这边没办法额外设置。",
  [], "zh", ["near-miss", "answer"],
  "Answers a question about Amazon's own promotion (policy.md B near-misses).")
R("聂老师，磨甲器侧面那个星形按钮是低速档，按一下指示灯变绿，就说明已经切换好了。",
  [], "zh", ["near-miss", "product-word"],
  "星 names a button shape, not a rating (policy.md C near-misses).")
R("小棠，按您的要求，收货地址已经修改成新地址，之前那笔重复下的订单也已经帮您取消了。",
  [], "zh", ["near-miss", "logistics-word"],
  "修改 and 取消 are logistics here (policy.md C near-misses).")
R("钱女士，您下单时的价格是39.99美元，后来页面上显示的价格变化是亚马逊的限时活动，和您的订单无关，您已经支付的金额不会变。",
  [], "zh", ["near-miss", "price-paid"],
  "Explains the price paid, offers nothing (policy.md B near-misses).")
R("付先生，我们刚好评估过这一批10号刀头，出厂前都逐片检查过锋利度，您收到的这片没有问题。",
  [], "zh", ["near-miss", "substring"],
  "刚好评估 contains 好评 across a word boundary (policy.md C near-misses, section 0 "
  "point 4).")
R("甘阿姨，快递往返现在大概要五天，您寄回来的磨甲器一到，我们当天就检测。",
  [], "zh", ["near-miss", "substring"],
  "往返现在 contains 返现 across a word boundary (policy.md section 0 point 4).")
R("聂老师，电推剪的电机有两年保修，现在还在保修期内。请在亚马逊的“我的订单”里找到这笔订单提交问题，我们收到后会马上安排。",
  [], "zh", ["near-miss", "warranty"],
  "Warranty handled through Amazon's order page (policy.md D near-misses).")
R("小棠，看到您说已经写好了评价，谢谢您花时间。您问的刀头油用量：每次剪完滴两三滴就够了。",
  [], "zh", ["near-miss", "review-thanks"],
  "Thanks in a reply for a review the buyer mentioned (policy.md C near-misses).")
R("钱女士，我们的技术同事审核了您发来的视频，异响是刀头卡扣没有扣紧造成的，按到“咔哒”一声就好了。",
  [], "zh", ["near-miss", "review-word"],
  "审核 means examined the video (policy.md section 0 point 4).")
R("付先生，包裹现在在顺丰手里，运单号 SF1493028756614，在顺丰的查询页面输入单号就能看到派送时间。",
  [], "zh", ["near-miss", "carrier-site"],
  "Names the carrier's own lookup with the waybill, no link (policy.md D near-misses).")
# ---------------------------------------------------------------- Traditional (9)
R("紀小姐，關於您問的「有沒有 LINE 可以問」：直接在這裡留言就可以，我們平日都會回覆喔。除毛梳的梳齒可以整片拆下來用水沖。",
  [], "zh", ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
  "LINE appears only in the buyer's quoted question (policy.md D near-misses).")
R("潘先生，您問的訂單 205-0770090-0583164，寵物電剪今天已經交給物流，追蹤編號會在二十四小時內更新喔。",
  [], "zh", ["near-miss", "lookalike-number", "traditional", "taiwanese"],
  "The order id runs 0770090-0583 like a UK number but is an order id (policy.md D "
  "near-misses).")
R("呂小姐，訂單 113-0619274-5583021 的洗毛精送到已經一週了。如果您願意，可以到亞馬遜商品頁寫下真實的使用心得，不管好壞都很有參考價值喔。",
  [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
  "One neutral review invitation with the order id (interface.md; policy.md section b).")
R("紀小姐，您結帳時的價格是 42 美元，之後頁面上的價格變動是亞馬遜的限時活動，不會影響您已經付款的訂單喔。",
  [], "zh", ["near-miss", "price-paid", "traditional", "taiwanese"],
  "Explains the price paid (policy.md B near-misses).")
R("潘先生，磨甲機享有一年保固，目前還在期限內。麻煩到亞馬遜「我的訂單」點選這筆訂單回報問題，我們收到就會處理喔。",
  [], "zh", ["near-miss", "warranty", "traditional", "taiwanese"],
  "Warranty through Amazon's order page (policy.md D near-misses).")
R("霍太，新嘅充電座已經送到，問題都解決咗。你之前留低嘅賣家評價，如果你覺得合適，可以自己決定更新定係移除，我哋唔會再提呢件事。",
  [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
  "The neutral seller-feedback notice after resolution (policy.md C5).")
R("姚生，你問嘅「買兩件九折」係亞馬遜自己嘅推廣，俾錢嗰陣系統會自動計，我哋呢邊控制唔到。",
  [], "zh", ["near-miss", "answer", "traditional", "cantonese"],
  "Answers a question about Amazon's own promotion (policy.md B near-misses).")
R("卓小姐，多謝你話已經寫咗評價，我哋每條都會睇。你問點樣清潔刀頭：剪完用細刷掃走啲毛，再滴兩滴油就得。",
  [], "zh", ["near-miss", "review-thanks", "traditional", "cantonese"],
  "Thanks for a review the buyer mentioned, in a reply (policy.md C near-misses).")
R("霍太，我哋技術同事睇過你寄嚟嘅相，評估結果係刀頭冇崩，只係卡扣未扣實，用力按落去就得。",
  [], "zh", ["near-miss", "review-word", "traditional", "cantonese"],
  "評估 means assessment, not a review (policy.md section 0 point 4).")
# ---------------------------------------------------------------- mixed (1)
R("小棠, the invoice is easy to get yourself: 在 amazon.com 的 Your Orders 里找到这笔订单，点 Invoice 就能下载打印。",
  [], "mixed", ["near-miss", "amazon-page", "mixed"],
  "Points to the buyer's own Amazon order page (policy.md D near-misses).")

# =============================================================== clean (30)
# ---------------------------------------------------------------- English (13)
R("Lucinda, the K9 blade runs warmer after about twenty minutes of continuous use. Pause for a "
  "few minutes, or swap to the spare ceramic blade, and Biscuit will stay comfortable.",
  [], "en", ["clean"],
  "A usage answer with no offer, request or contact detail (policy.md A).")
R("Barnaby, for a double coat like Mochi's, pull the Tangleaway in the direction the fur grows "
  "and keep the strokes short near the belly, where the skin is thinner.",
  [], "en", ["clean"],
  "Answers a grooming question (policy.md A).")
R("Ottoline, the Brookbath bottle holds 500 ml, which is about twelve baths for a medium dog "
  "if you dilute it one part to four with warm water.",
  [], "en", ["clean"],
  "Answers a product question (policy.md A).")
R("Desmond, the grinder's battery indicator blinks amber while charging and turns solid green "
  "when it is full; a full charge takes roughly two hours.",
  [], "en", ["clean"],
  "Answers a charging question (policy.md A).")
R("Florentyna, a heads-up: the courier has told us your clipper will arrive two days later "
  "than first estimated because of flooding at their regional hub. We are sorry for the wait.",
  [], "en", ["clean"],
  "A delay notice is a permitted proactive message (policy.md A near-misses).")
R("Casimir, to answer your question about Tansy's dewclaws: hold the grinder at a slight angle "
  "and touch the nail for a second or two at a time, so the drum never gets hot.",
  [], "en", ["clean"],
  "Answers a usage question (policy.md A).")
R("Ingrid, yes, the #10 blade fits both the K7 and the K9; slide it onto the hinge until you "
  "hear a click, then press the front edge down.",
  [], "en", ["clean"],
  "Answers a compatibility question (policy.md A).")
R("Mr. Oyelaran, the clipper box contains the K9 body, the #10 blade, four guard combs, a "
  "charging dock and a small cleaning brush; scissors are not part of the kit.",
  [], "en", ["clean"],
  "Answers what is in the box (policy.md A).")
R("Ms. Thornquist, the Silkslip spray is safe to use on cats as well; mist it lightly from "
  "about a hand's length away and work it in with your fingers before brushing.",
  [], "en", ["clean"],
  "Answers a product question (policy.md A).")
R("Lucinda, the courier could not finish your delivery because the apartment number is "
  "missing from the address. Could you confirm the apartment or suite number so the parcel "
  "can reach you?",
  [], "en", ["clean"],
  "Asks for information needed to deliver the order (policy.md A).")
R("Barnaby, the hum you hear when the clipper is running is normal; it comes from the "
  "magnetic motor. A rattle would mean the blade is loose, and a hum does not.",
  [], "en", ["clean"],
  "Answers a question about noise (policy.md A).")
R("Desmond, the diamond drum lasts about six months with weekly use. When the surface feels "
  "smooth to the touch, it is time to swap it for a fresh one.",
  [], "en", ["clean"],
  "Answers a wear question (policy.md A).")
R("Casimir, we are sorry the parcel is running late. The courier scanned it at the sorting "
  "centre this morning, and it should reach you by Friday evening.",
  [], "en", ["clean"],
  "A delivery update for a late parcel (policy.md A near-misses).")
# ---------------------------------------------------------------- Simplified (10)
R("钱女士，电推剪连续工作二十分钟左右刀头会发热，停几分钟再继续，豆豆就不会觉得烫。",
  [], "zh", ["clean"],
  "A usage answer (policy.md A).")
R("付先生，脱毛梳要顺着毛的方向梳，每次只梳一小段，肚子附近皮肤薄，力度要轻一点。",
  [], "zh", ["clean"],
  "Answers a grooming question (policy.md A).")
R("甘阿姨，沐浴露兑水的比例大约是一比四，一瓶五百毫升可以给中型犬洗十来次。",
  [], "zh", ["clean"],
  "Answers a product question (policy.md A).")
R("聂老师，磨甲器充电时指示灯是橙色闪烁，充满后变成绿色常亮，大约需要两个小时。",
  [], "zh", ["clean"],
  "Answers a charging question (policy.md A).")
R("小棠，快递公司通知我们，因为暴雨，您的包裹会比预计晚两天送到，给您添麻烦了。",
  [], "zh", ["clean"],
  "A delay notice (policy.md A near-misses).")
R("钱女士，10号陶瓷刀头适用于K7和K9两款机器，装上时听到“咔”的一声就说明到位了。",
  [], "zh", ["clean"],
  "Answers a compatibility question (policy.md A).")
R("付先生，顺毛喷雾猫咪也可以用，离毛发一掌左右轻轻喷，用手指揉开后再梳。",
  [], "zh", ["clean"],
  "Answers a product question (policy.md A).")
R("甘阿姨，包裹上的门牌号好像缺了一位，麻烦您确认一下完整的门牌号，快递员好把包裹送到。",
  [], "zh", ["clean"],
  "Asks for information needed to deliver (policy.md A).")
R("聂老师，运行时听到的嗡嗡声是电机正常的声音；如果是哗啦哗啦的响声，才说明刀头松了。",
  [], "zh", ["clean"],
  "Answers a question about noise (policy.md A).")
R("小棠，团子的脚底毛可以用最短的限位梳修，剪的时候把脚掌轻轻分开，避免碰到肉垫。",
  [], "zh", ["clean"],
  "Answers a grooming question (policy.md A).")
# ---------------------------------------------------------------- Traditional (6)
R("呂小姐，寵物電剪連續使用二十分鐘左右刀頭會變熱，先停幾分鐘再繼續，狗狗就不會覺得燙喔。",
  [], "zh", ["clean", "traditional", "taiwanese"],
  "A usage answer (policy.md A).")
R("潘先生，除毛梳請順著毛的方向梳，肚子附近的皮膚比較薄，力道要輕一點喔。",
  [], "zh", ["clean", "traditional", "taiwanese"],
  "Answers a grooming question (policy.md A).")
R("紀小姐，物流通知我們因為颱風，您的包裹會晚兩個工作天送到，造成不便很抱歉。",
  [], "zh", ["clean", "traditional", "taiwanese"],
  "A delay notice (policy.md A near-misses).")
R("霍太，沖涼露一樽五百毫升，兌水一比四，中型狗大概可以沖十幾次涼，毛厚嘅話可以兌少啲水。",
  [], "zh", ["clean", "traditional", "cantonese"],
  "Answers a product question (policy.md A).")
R("姚生，部電剪運作時嗡嗡聲係正常嘅，如果係咔咔聲，就係刀頭鬆咗，要推實佢。",
  [], "zh", ["clean", "traditional", "cantonese"],
  "Answers a question about noise (policy.md A).")
R("卓小姐，速遞公司話因為暴雨，你件包裹會遲兩日先到，唔好意思要你等多陣。",
  [], "zh", ["clean", "traditional", "cantonese"],
  "A delay notice (policy.md A near-misses).")
# ---------------------------------------------------------------- mixed (1)
R("Hi 付先生, the guard combs clip on from the front. 先把梳子前端卡进刀头，再往下按到底，就固定好了。",
  [], "mixed", ["clean", "mixed"],
  "Answers a usage question (policy.md A).")


def records():
    recs = [dict(r) for r in RAW]
    random.Random(92).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h92-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": list(r["tags"]), "note": r["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
