#!/usr/bin/env python3
"""Hand-written hold-out set h16 for msglint (Amazon seller-to-buyer messages).

Every message below was written by hand from /work/shared/policy.md and
/work/shared/interface.md only.  Running this script writes
/tmp/h16/holdout16.jsonl, validates it and prints counts.

Record: {"id", "text", "labels", "lang", "tags", "note"}
  labels  subset of review-inducement / off-platform-contact / marketing
  tags[0] violation | evasion | near-miss | clean
  tags[1] sector, tags[2] market, tags[3] context (reply | proactive),
  then the form(s) tested; "hant" marks Traditional Chinese; "warn-ok" marks
  compliant messages on which the brief tolerates a *warning* (see README).

Invisible / look-alike characters are written as \\u escapes on purpose so
that the source stays readable:
  \\u200b zero-width space, \\u200c ZWNJ, \\u200d ZWJ, \\ufeff BOM,
  \\u0430 \\u0435 \\u043e \\u0440 \\u0441 \\u0410 \\u0415 Cyrillic a e o r c A E,
  \\u03a4 \\u03bf Greek Tau / omicron.
"""
import json
import os
import re
import sys
import unicodedata
from collections import Counter

OUT = "/tmp/h16/holdout16.jsonl"
R = "review-inducement"
O = "off-platform-contact"
M = "marketing"
ALLOWED_LABELS = {R, O, M}
CATEGORIES = ("violation", "evasion", "near-miss", "clean")
SECTORS = {
    "pet-supplies", "bicycle-parts", "baby-car-seats", "garden-tools",
    "aquarium", "musical-instruments", "craft-supplies", "camping",
    "fishing", "horse-tack", "woodworking", "beekeeping", "reptile",
    "telescopes", "sewing", "3d-printing", "knitting", "kayak",
    "bird-supplies", "baby-gear",
}
MARKETS = {"US", "UK", "CA", "AU", "DE", "JP", "SG"}
CONTEXTS = {"reply", "proactive"}

RECORDS = []


def m(cat, lang, labels, tags, text, note):
    """cat: category; lang: en | zh | hant | mixed; tags: [sector, market, context, forms...]."""
    t = [cat] + list(tags)
    if lang == "hant":
        lang = "zh"
        t.append("hant")
    RECORDS.append({"text": text, "labels": list(labels), "lang": lang,
                    "tags": t, "note": note})


# ---------------------------------------------------------------------------
# VIOLATIONS (50)
# ---------------------------------------------------------------------------

# --- English --------------------------------------------------------------
m("violation", "en", [R], ["pet-supplies", "US", "reply", "five-star", "buried"],
  "Hi Karen, thanks for letting us know the latch on the dog crate arrived bent. "
  "That should never happen and I'm sorry it did. I've arranged a replacement door "
  "panel through Amazon; it goes out tomorrow and the tracking will show under Your "
  "Orders. You don't need to send the bent one back, just recycle it. Once it's all "
  "sorted, we'd be so grateful if you could give us five stars on the listing - "
  "reviews like that keep a small family shop like ours going. Best, Daniel",
  "Five-star ask buried at the end of an otherwise correct replacement reply.")

m("violation", "en", [R], ["bicycle-parts", "US", "reply", "incentive", "gift-card"],
  "Hello, the derailleur hanger you ordered is the right one for a 2019 frame; the "
  "one in your photo is the older casting, so yes, it will fit. Torque the bolt to "
  "about 1.5 Nm and don't overtighten. By the way, we run a small thank-you program: "
  "anyone who posts a review of the hanger gets a $15 Amazon gift card from us. Just "
  "reply with the name your review is posted under once it's up. Ride safe!",
  "Gift card offered for posting a review (anything of value), after a fitment answer.")

m("violation", "en", [R], ["baby-car-seats", "UK", "reply", "change-remove", "indirect"],
  "Dear Mrs Okafor, I'm sorry the base of the car seat rattled on your first trip. "
  "As discussed, your refund of \u00a342.00 has now been processed to the original "
  "payment method and should appear within 3-5 working days. Now that we've put "
  "things right, I was hoping you might take another look at the one-star review "
  "you left on the product page, as it no longer reflects how the matter ended. "
  "Kind regards, Harriet - Customer Care",
  "Indirect request to revisit (change) a product review after a refund; no word 'remove'.")

m("violation", "en", [R], ["garden-tools", "US", "proactive", "gating"],
  "Hi there, your bypass pruning shears (order 112-4839201-5563812) should have "
  "arrived by now. If they're cutting cleanly for you, we'd love a review on Amazon. "
  "If anything isn't quite right, please don't post a review yet - just reply to "
  "this message and we'll fix it first. Happy gardening!",
  "Classic review gating: review only if happy, divert unhappy buyers to the seller.")

m("violation", "en", [R], ["aquarium", "CA", "reply", "content-steering"],
  "Hi Mark, glad the canister filter is running quietly now that the impeller is "
  "seated properly - that little O-ring catches a lot of people out. If you get a "
  "moment to write about the filter, could you mention how quiet it is and that "
  "setup took under ten minutes? Those are the two things shoppers ask us about "
  "most, so it really helps when reviews say so.",
  "Steering review content (telling the buyer what to write).")

m("violation", "en", [R], ["musical-instruments", "US", "reply", "after-praise", "gating"],
  "Aw, thank you Priya! It honestly makes our day to hear the concert ukulele holds "
  "its tuning and that your daughter plays it every evening. Since you're so happy "
  "with it, would you mind putting those words into a review? It means a lot "
  "coming from a satisfied customer.",
  "Reply to a buyer who praised the product asking for a review: gating per the "
  "review policy even though the wording is mild.")

m("violation", "en", [R], ["craft-supplies", "US", "reply", "feedback-pressure"],
  "Hello Tom, the replacement set of acrylic paints shows as delivered on the "
  "tracking. About the neutral seller feedback you left last week: ratings like that "
  "drag our account metrics down and could get our shop restricted, so we'd really "
  "appreciate it if you could withdraw it now that everything has arrived.",
  "Pressure to withdraw seller feedback (not the neutral post-resolution notice).")

m("violation", "en", [R, O], ["camping", "US", "reply", "incentive", "refund-for-review", "payment"],
  "Hi Sam, sorry to hear the stove's piezo igniter is weak - that's frustrating on a "
  "cold morning. Rather than going through a return, here's what we can do: post an "
  "honest review on Amazon, send us a screenshot, and we'll refund the full $38.99 "
  "to your PayPal the same day. Honesty is all we ask!",
  "Refund in exchange for a review, paid through an off-Amazon channel (PayPal).")

m("violation", "en", [R], ["fishing", "AU", "reply", "five-star", "indirect"],
  "G'day Liam, the spare spool for your spinning reel ships from our Sydney "
  "warehouse today and the tracking should update overnight. Quick favour while I've "
  "got you: if the reel has earned it, a top-marks rating on the listing would be "
  "brilliant for us.",
  "Indirect request for the highest rating ('top-marks rating') with no 'five' or 'star'.")

m("violation", "en", [R], ["horse-tack", "UK", "reply", "change-remove", "incentive"],
  "Hi Jess, I've read your review mentioning the cheekpiece stitching coming loose on "
  "the bridle, and I'm truly sorry. We'd like to send you a brand-new bridle at no "
  "cost. All we'd ask is that once it arrives you edit your review so it reflects "
  "the new one rather than the faulty one.",
  "Free product offered in exchange for editing an existing review.")

m("violation", "en", [O], ["woodworking", "US", "reply", "email", "buy-off-amazon"],
  "Thanks for your question about the soft jaw pads for the bar clamps. The pads "
  "aren't listed on Amazon yet, but we do have them in stock. Just drop a line to "
  "parts.desk@ironjawtools.com with your order number and we'll sort you out "
  "directly.",
  "Plain e-mail address plus an invitation to buy parts outside Amazon.")

m("violation", "en", [O], ["beekeeping", "US", "reply", "phone"],
  "Hello Ruth, sorry the deep frames arrived with a cracked top bar. Honestly the "
  "quickest way to get this fixed is to give me a ring on my mobile, 415-555-0143, "
  "any time after 9am Pacific, and I'll talk you through the options.",
  "Seller's own mobile number (not a carrier or warranty line).")

m("violation", "en", [O], ["reptile", "UK", "reply", "im-app", "whatsapp"],
  "Hi Ollie, the heat mat thermostat has two dials; the left one is the daytime "
  "setting and the right one is the night drop. It's a lot easier to show than to "
  "explain, so if you like, send a short video to our WhatsApp on +44 7700 900412 "
  "and our technician will take a look.",
  "WhatsApp number offered inside a genuinely helpful technical answer.")

m("violation", "en", [O, M], ["telescopes", "US", "proactive", "own-website", "url", "coupon"],
  "Congratulations on your new 70mm refractor! One important step: to activate the "
  "two-year warranty, register the serial number on our site at "
  "www.starfieldoptics.net/register within 14 days. Everyone who registers also "
  "gets 10% off their next eyepiece. Clear skies!",
  "Own-website registration link (warranty pretext) plus a discount for the next purchase.")

m("violation", "en", [O], ["sewing", "DE", "reply", "qr-code", "divert"],
  "Hi Anna, the bobbin case you asked about is the class 15 type, so standard "
  "class 15 bobbins will work. For quicker help next time, scan the QR code printed on "
  "the yellow card in the accessory box - it opens our own support chat, where the "
  "team answers much faster than here.",
  "QR code that diverts the buyer to an off-Amazon support channel.")

m("violation", "en", [O], ["3d-printing", "US", "reply", "payment", "clumsy"],
  "Hi Devon, so sorry that 2 of the 5 spools was the wrong colour, our packer mixed "
  "the PLA and PETG bins. Amazon return process take a while, so to make it quick we "
  "can just send you the difference by Venmo or Zelle instead. What is your handle?",
  "Off-Amazon payment (Venmo/Zelle) offered for a refund; clumsy English.")

m("violation", "en", [O], ["knitting", "CA", "reply", "social"],
  "Hi Grace, dye lots can vary a little between batches, which is why your two skeins "
  "look slightly different in daylight. If you message us on Facebook (search for "
  "Maple Hollow Fibres) we can check the lot numbers together and find you a "
  "matching skein.",
  "Invitation to continue on Facebook Messenger (social network, no URL or handle syntax).")

m("violation", "en", [M], ["pet-supplies", "US", "reply", "coupon", "buried"],
  "Hi Jordan, I've refunded the bag of clumping litter that split in transit - you "
  "should see $24.50 back within a few days. Sorry again for the mess in your "
  "hallway! As a little make-up, use code PAWS15 on your next order for 15% off "
  "anything in our store.",
  "Coupon code added to a legitimate refund reply.")

m("violation", "en", [M], ["bicycle-parts", "US", "reply", "new-product", "cross-sell"],
  "Hi Chris, the tubeless valves fit rims up to 35 mm deep, so you're fine with your "
  "wheels. Also a heads-up: next month we're launching a carbon bottle cage that "
  "pairs perfectly with the frame bag you bought from us last spring. Keep an eye on "
  "our listings!",
  "New-product announcement and cross-sell tacked onto a fitment answer.")

m("violation", "en", [M], ["aquarium", "US", "reply", "cross-sell"],
  "Hello, the CO2 diffuser went out with Prime and should arrive Thursday. Most "
  "customers who buy this diffuser also pick up our bubble counter and drop checker, "
  "since the three work best as a set - they're easy to add to your next order.",
  "Cross-selling companion products without any code or URL.")

m("violation", "en", [M], ["garden-tools", "UK", "reply", "storefront", "amazon-link"],
  "Hi Peter, thanks for confirming the new delivery address; the hedge trimmer has "
  "been re-routed there. While you wait, have a browse through our full range at "
  "amazon.co.uk/stores/GreenThumbWorks - there are loads of tools that go with it.",
  "Push to an Amazon storefront link (Amazon's own site, so marketing only).")

m("violation", "en", [M], ["craft-supplies", "US", "reply", "buy-again", "indirect"],
  "Hi Mei, happy to confirm the epoxy resin kit keeps for 12 months unopened. Resin "
  "projects tend to eat through supplies quickly, so just a friendly reminder that "
  "you can reorder the very same kit from your order history whenever you run low - "
  "lots of our crafters like to keep a spare on the shelf.",
  "Soft 'buy again' push with no discount and no link.")

m("violation", "en", [M], ["musical-instruments", "US", "reply", "referral"],
  "Thanks for the kind words about the phosphor bronze strings, Alex! If any of your "
  "bandmates need a set, send them our way - for every friend who orders, we'll ship "
  "you a free pack of picks.",
  "Refer-a-friend reward.")

m("violation", "en", [M], ["fishing", "US", "proactive", "sale"],
  "Hi Ben, a quick note on your order 114-2234518-7781290: your tackle box is "
  "scheduled to arrive on Friday. Also, our Black Friday event opens early for past "
  "buyers - 30% off every lure in the shop until Sunday night.",
  "Sale announcement attached to a delivery note.")

# --- Simplified Chinese ---------------------------------------------------
m("violation", "zh", [R], ["pet-supplies", "US", "reply", "incentive", "cash-back"],
  "您好，关于您说的宠物饮水机水泵声音大的问题，可能是滤芯没有装到底，麻烦按说明书第3页"
  "重新安装一下。如果还是有声音，我们可以给您补发一个新水泵。另外小店目前有个活动：在商品页"
  "留下带图评价，截图发给我们，即可返还10美元，名额有限哦。",
  "Cash back for a photo review, buried after troubleshooting advice (no literal 好评返现).")

m("violation", "zh", [R], ["bicycle-parts", "US", "reply", "five-star"],
  "亲，车灯充电口的防水塞已经给您补寄了，物流单号在订单详情里能查到。东西用着顺手的话，"
  "麻烦动动手指给个五星，小本经营，每一个好评对我们都很重要，谢谢啦！",
  "Five-star and positive-review ask in a replacement reply.")

m("violation", "zh", [R], ["baby-car-seats", "US", "reply", "change-remove", "refund-for-review"],
  "您好，非常抱歉安全座椅的卡扣给您带来困扰，我们已经和工厂确认是这一批次的问题。我们愿意"
  "为您全额退款，商品也不需要寄回，只是希望您能把之前的差评删掉，毕竟问题已经解决了，您看"
  "可以吗？",
  "Refund offered together with a request to delete a negative review.")

m("violation", "zh", [O], ["garden-tools", "US", "reply", "social", "url", "shortener"],
  "您好！您的洒水器预计明天送达。如果安装时有疑问，可以关注我们的抖音号“绿园工具”看完整的"
  "安装视频，视频链接：https://v.douyin.com/iRk7xQ2/ ，也可以直接在抖音私信我们。",
  "Social-network account, short link and DM invitation given as installation support.")

m("violation", "zh", [R], ["aquarium", "US", "reply", "content-steering"],
  "感谢您的耐心，新的加热棒已经发出。到货后如果方便写评论的话，麻烦提一下“控温精准、发货"
  "很快”，再附两张鱼缸的照片，字数最好在50字以上，非常感谢！",
  "Steering review content: required phrases, photos, word count.")

m("violation", "zh", [R], ["musical-instruments", "DE", "reply", "feedback-pressure"],
  "您好，琴码已经给您免费补发，今天应该能到。另外您上周留的卖家反馈是中评，这个对我们店铺"
  "的绩效影响很大，严重的话会被限制销售，能不能麻烦您撤回一下？真的拜托了。",
  "Pressure to withdraw seller feedback, citing harm to the account.")

m("violation", "zh", [O], ["craft-supplies", "US", "reply", "im-app", "wechat"],
  "您好，钻石画缺的那几袋颜色我们这边需要核对色号，比较麻烦。您可以加一下我们售后的微信"
  " dmd_craft88，把缺的色号拍照发过来，我们核对后直接给您补寄。",
  "WeChat ID for after-sales, inside a missing-parts reply.")

m("violation", "zh", [O, M], ["pet-supplies", "US", "reply", "own-website", "url", "price-offer"],
  "您好，猫爬架的替换剑麻柱在亚马逊上暂时没有单独上架。您可以直接到我们官网 "
  "www.miaowtree.cn 下单，价格比亚马逊便宜两成，而且包邮。",
  "Diversion to the seller's own shop with a better-price offer.")

m("violation", "zh", [O], ["garden-tools", "US", "reply", "phone"],
  "您好，割草机启动不了的问题比较复杂，文字很难说清楚。麻烦您直接拨打我们技术员的手机 "
  "138 2765 4410，工作日白天都能打通，他会一步步教您排查。",
  "Seller technician's mobile number (not carrier or manufacturer warranty line).")

m("violation", "zh", [O], ["bicycle-parts", "UK", "reply", "payment"],
  "您好，坐垫颜色发错了确实是我们的问题。走亚马逊退货流程比较慢，您把PayPal账号发给我，"
  "我们直接把差价转给您，商品也不用寄回了。",
  "Asks for the buyer's PayPal account to pay a refund outside Amazon.")

m("violation", "zh", [M], ["aquarium", "US", "reply", "coupon"],
  "您好，您反馈的水草泥结块问题我们已经记录，并为您办理了部分退款。为了表示歉意，送您一个"
  "店铺优惠码 AQUA20，下次购买任何商品都可以立减20%。",
  "Apology coupon code after a partial refund.")

m("violation", "zh", [M], ["musical-instruments", "US", "reply", "new-product", "cross-sell", "storefront"],
  "您好，这款变调夹适用于民谣吉他和电吉他，只有古典吉他的宽指板不太合适。顺便告诉您，我们"
  "刚刚上新了配套的吉他背带和拨片盒，和您买的变调夹是同一系列，欢迎去店铺看看。",
  "New-product and cross-sell push with a storefront invitation.")

m("violation", "zh", [M], ["pet-supplies", "US", "proactive", "sale", "buy-again"],
  "亲爱的顾客您好，您订购的狗零食（订单号 113-5520198-3345761）已经送达。本周末店内宠物"
  "零食全场买二送一，老顾客回购还可再减5美元，欢迎再次光临！",
  "Delivery note turned into a sale and buy-again promotion.")

# --- Traditional Chinese --------------------------------------------------
m("violation", "hant", [M], ["knitting", "JP", "reply", "buy-again", "bundle-discount"],
  "您好，棒針的尺寸換算表已經放在附件中，請參考。如果您對這組棒針還滿意，歡迎再回來選購我們"
  "其他尺寸的棒針，整套一起購買可以享九折優惠喔。",
  "Buy-again push with a bundle discount (Traditional).")

m("violation", "hant", [R], ["bicycle-parts", "JP", "reply", "change-remove"],
  "您好，打氣筒的氣嘴轉接頭已經重新寄出，追蹤號碼在您的訂單頁面可以看到。您之前在商品頁留的"
  "一星評論提到缺件，現在問題已經處理好了，方便的話麻煩您把評論改一下，或者直接刪除也可以，"
  "謝謝您的體諒。",
  "Asks to change or delete a product review after resolution (Traditional).")

m("violation", "hant", [R], ["aquarium", "SG", "proactive", "gating"],
  "感謝您購買我們的熱帶魚飼料！若您的魚兒吃得開心，歡迎到亞馬遜留下評價；若有任何不滿意，"
  "請先回覆這封訊息讓我們處理，不要直接給負評喔。",
  "Review gating with diversion of unhappy buyers (Traditional).")

m("violation", "hant", [O], ["pet-supplies", "JP", "reply", "im-app", "line"],
  "您好，外出籠的背帶扣環我們會再寄一組給您。之後如果有任何問題，加我們的LINE官方帳號 "
  "@petgo_tw 聯繫會比較快，客服人員全天都在線上。",
  "LINE official account handle (Traditional).")

m("violation", "hant", [O], ["musical-instruments", "US", "reply", "email"],
  "您好，關於烏克麗麗弦的張力規格，詳細的測試報告檔案比較大，沒辦法在這裡傳送。請寫信到 "
  "service@islandstrings.com.tw，我們會把完整報告寄給您。",
  "E-mail address in a reply that could have used an attachment (Traditional).")

m("violation", "hant", [M], ["garden-tools", "JP", "reply", "new-product", "pre-order-discount"],
  "您好，花盆的排水孔直徑是1.5公分，可以搭配您問的防蟲網一起使用。另外我們店鋪下個月會推出"
  "新款自動澆水花盆，老客戶預購享八五折，到時候歡迎回來選購！",
  "New product with a pre-order discount for returning buyers (Traditional).")

m("violation", "hant", [M], ["craft-supplies", "SG", "reply", "referral"],
  "您好，矽膠模具第一次使用前用溫水洗淨即可，不需要另外塗離型劑。如果您身邊也有喜歡做手作的"
  "朋友，推薦他們來我們店裡購買，每成功推薦一位，您就可以獲得一組免費模具。",
  "Referral reward (Traditional).")

# --- Mixed ----------------------------------------------------------------
m("violation", "mixed", [R], ["garden-tools", "US", "reply", "five-star"],
  "Hi Jenny, 您的 order 已经 reship 了，tracking 明天会更新。植物灯用着如果满意的话 please "
  "give us 5 stars 哦，对我们小店帮助很大！",
  "Five-star ask in Chinese-English code-switching.")

m("violation", "mixed", [O], ["bicycle-parts", "US", "reply", "im-app", "wechat", "telegram"],
  "您好，关于 hydraulic brake 排空气的问题，视频教程太大发不了。Add us on WeChat: "
  "bikefix_lee 或者 Telegram @bikefixlee，我们把视频直接发给您。",
  "WeChat ID and Telegram handle in a mixed-language reply.")

m("violation", "mixed", [M], ["craft-supplies", "US", "reply", "coupon"],
  "Hello! 热熔胶枪的替换喷嘴已经寄出，tracking number 在订单详情里。Next time use code "
  "CRAFTY10 在我们店里还可以 save 10%，不要错过哦。",
  "Coupon code in a mixed-language replacement note.")

m("violation", "mixed", [R, O], ["baby-car-seats", "US", "proactive", "refund-for-review", "payment"],
  "Dear customer, 感谢购买我们的 car seat cover。Leave a review 之后把截图发给我们，我们会"
  "通过 PayPal refund 您 full amount，thank you!",
  "Full refund for a review screenshot, paid via PayPal.")

m("violation", "mixed", [O, M], ["musical-instruments", "US", "reply", "social", "giveaway"],
  "Hi Marcus, 鼓棒的 weight 是 5A 标准，您买的没有问题。Follow us on Instagram "
  "@thunderstix_official，每个月都有 giveaway 抽奖送鼓棒！",
  "Instagram handle plus giveaway call to action.")

m("violation", "mixed", [O], ["bird-supplies", "US", "reply", "phone"],
  "您好 Ms. Lopez，鸟笼的 replacement door 已经寄出了。以后有任何问题 you can call our US "
  "office directly at (646) 555-0187，比 Amazon message 快很多。",
  "Seller office phone number, explicitly to bypass Amazon messaging.")

# ---------------------------------------------------------------------------
# EVASIONS (30)
# ---------------------------------------------------------------------------

# --- English --------------------------------------------------------------
m("evasion", "en", [R], ["pet-supplies", "US", "reply", "symbol-stars"],
  "Hi Nadia, the medium harness should fit a 45 lb lab - adjust the chest strap "
  "first, then the neck. When you get a sec, \u2605\u2605\u2605\u2605\u2605 on the "
  "listing would honestly make our week!",
  "Rating request written only as five black-star symbols (U+2605).")

m("evasion", "en", [R], ["bicycle-parts", "US", "reply", "emoji-stars", "spacing"],
  "Thanks for your patience with the backorder on the chain tool, it shipped today. "
  "If it does the job, we'd love it if you left us \u2b50x5 - r e v i e w s are "
  "everything for a small shop like ours.",
  "Emoji star times five plus a letter-spaced 'reviews'.")

m("evasion", "en", [R], ["garden-tools", "US", "reply", "leet", "incentive", "gift-card"],
  "Hi Greg, glad the soil pH tester arrived safely. Anyone who leaves a r3vi3w gets a "
  "fr33 g1ft c4rd from us, just let us know once it's posted.",
  "Leetspeak for review and gift card.")

m("evasion", "en", [R], ["garden-tools", "UK", "reply", "zero-width", "five-star", "gift-card"],
  "Hi, the replacement hose nozzle is on its way and should arrive Tuesday. Leave a "
  "5\u200b-\u200bstar re\u200bview and we'll send a \u00a310 gi\u200bft "
  "ca\u200brd as a thank-you.",
  "Zero-width spaces inside '5-star', 'review' and 'gift card'.")

m("evasion", "en", [R], ["aquarium", "US", "reply", "homoglyph", "cyrillic", "change-remove"],
  "Dear Mr Patel, the refund for the cracked aquarium lid has gone through and you "
  "should see it in two days. Now that we've made it right, could you please "
  "r\u0435m\u043ev\u0435 your n\u0435gativ\u0435 r\u0435vi\u0435w?",
  "Cyrillic e/o look-alikes in 'remove your negative review'.")

m("evasion", "en", [O], ["musical-instruments", "US", "reply", "at-dot", "email"],
  "Hi Clara, for the replacement hinge on the piano bench, email our workshop at "
  "benchfix (at) quietkeys (dot) com and mention your order number - they'll get "
  "one out the same week.",
  "E-mail address spelled with (at) and (dot).")

m("evasion", "en", [O], ["baby-car-seats", "US", "reply", "spelled-digits", "phone"],
  "Hello, installing the ISOFIX base can be fiddly the first time. Text me at six one "
  "seven, five five five, zero one nine two and I'll video-call you through it step "
  "by step.",
  "Phone number written out in English number words.")

m("evasion", "en", [O], ["fishing", "US", "reply", "spacing", "whatsapp", "phone"],
  "Hi Rosa, the impeller in the bait-tank pump is a wear part and we can get you one "
  "quicker outside Amazon. W h a t s A p p us on +1.305.555.0177 and we'll sort it.",
  "Letter-spaced WhatsApp plus a dotted phone number.")

m("evasion", "en", [O], ["craft-supplies", "UK", "reply", "homoglyph", "greek", "telegram"],
  "Hi Lena, the embroidery hoops come in 4, 6 and 8 inch sizes, all beechwood. We post "
  "free pattern files every week - join us on \u03a4elegram, @stitch\u03bfry_club, to "
  "grab them.",
  "Greek capital Tau in 'Telegram' and Greek omicron inside the handle.")

m("evasion", "en", [M], ["garden-tools", "CA", "reply", "fullwidth", "coupon"],
  "Sorry the cedar trellis arrived late - that was a carrier delay on our side. "
  "\uff35\uff53\uff45 \uff43\uff4f\uff44\uff45 \uff27\uff32\uff2f\uff37\uff12\uff15 "
  "\uff46\uff4f\uff52 \uff12\uff15\uff05 \uff4f\uff46\uff46 "
  "\uff59\uff4f\uff55\uff52 \uff4e\uff45\uff58\uff54 \uff4f\uff52\uff44\uff45\uff52.",
  "Whole coupon sentence in full-width Latin letters and digits.")

m("evasion", "en", [M], ["knitting", "US", "reply", "separators", "sale"],
  "Hi Tess, the yarn swift clamp fits tables up to 2 inches thick, so your craft desk "
  "is fine. P.S. our s-a-l-e starts Friday: b.u.y 2 g.e.t 1 f.r.e.e on all "
  "hand-dyed yarn.",
  "Sale and buy-2-get-1 offer broken up with hyphens and dots.")

m("evasion", "en", [M], ["musical-instruments", "US", "reply", "zero-width", "coupon"],
  "Thanks Jamal, the strap pins are on their way. Psst - "
  "d\u200ci\u200cs\u200cc\u200co\u200cu\u200cn\u200ct c\u200do\u200dd\u200de STRAP10 "
  "works on your n\ufeffe\ufeffx\ufefft o\ufeffr\ufeffd\ufeffe\ufeffr.",
  "Zero-width non-joiner, joiner and BOM characters inside 'discount code' and 'next order'.")

# --- Simplified Chinese ---------------------------------------------------
m("evasion", "zh", [R], ["pet-supplies", "US", "reply", "spacing", "cash-back"],
  "您好，宠物梳的替换刷头已经给您补寄，预计三天内到。小店活动：好 评 返 现，晒 图 再 加 5 美 金，"
  "详情回复本消息。",
  "好评返现 and 晒图 spelled with spaces between characters.")

m("evasion", "zh", [R], ["bicycle-parts", "US", "reply", "separators", "homophone", "five-star"],
  "亲，新的自行车码表支架已经发出啦～用得满意的话麻烦给个 五/星/好/坪，感谢支持！",
  "Slash separators and the homophone 坪 for 评 in 五星好评.")

m("evasion", "zh", [R], ["garden-tools", "UK", "reply", "pinyin", "cash-back"],
  "您好，园艺剪的弹簧已经给您补发了。另外 haoping fanxian 活动还在进行，留评后截图给我们就行。",
  "Pinyin haoping fanxian (好评返现).")

m("evasion", "zh", [R], ["baby-car-seats", "US", "reply", "zero-width", "change-remove"],
  "您好，给您退的款应该已经到账了吧？麻烦您有空把那个差\u200b评\u200b删\u200b掉，谢谢配合。",
  "Zero-width spaces inside 差评删掉.")

m("evasion", "zh", [O], ["aquarium", "US", "reply", "slang", "wechat"],
  "您好，鱼缸过滤器的安装视频在这里发不了，麻烦加V：aqua_wang2021，发您视频教程。",
  "加V slang for WeChat.")

m("evasion", "zh", [O], ["musical-instruments", "DE", "reply", "slang", "spelled-digits", "phone"],
  "您好，小提琴弓毛的问题三言两语说不清，麻烦联系我们薇信，或者直接打电话：一三九 五五六二 七七八一。",
  "薇信 homophone plus a mobile number in Chinese numerals.")

m("evasion", "zh", [O], ["sewing", "US", "reply", "fullwidth", "email"],
  "您好，缝纫机的电路图文件比较大，请发邮件到 "
  "\uff53\uff45\uff57\uff46\uff49\uff58\uff20\uff11\uff16\uff13\uff0e\uff43\uff4f\uff4d"
  "，我们会尽快回复您。",
  "E-mail address entirely in full-width characters.")

m("evasion", "zh", [M], ["garden-tools", "US", "reply", "pinyin", "coupon"],
  "您好，您的割草机刀片已经发出。店铺 yhm（you hui ma）：LAWN8，下次下单立减8刀～",
  "Pinyin abbreviation for 优惠码 and 刀 slang for dollars.")

# --- Traditional Chinese --------------------------------------------------
m("evasion", "hant", [R], ["pet-supplies", "JP", "reply", "emoji-stars"],
  "您好，貓砂盆的上蓋已經幫您補寄了。用得滿意的話，麻煩給我們 "
  "\u2b50\u2b50\u2b50\u2b50\u2b50 喔，感恩！",
  "Five star emoji as the rating request (Traditional).")

m("evasion", "hant", [O], ["musical-instruments", "JP", "reply", "slang", "line", "fullwidth"],
  "您好，調音器的電池蓋如果不見了，我們可以另外寄一個。請加 賴：guitar-ho，或搜尋 "
  "\uff29\uff24\uff1a\uff20\uff47\uff55\uff49\uff54\uff41\uff52\uff48\uff4f，回覆比較快。",
  "賴 slang for LINE and a full-width LINE ID (Traditional).")

m("evasion", "hant", [M], ["garden-tools", "SG", "reply", "separators", "sale"],
  "您好，您買的園藝手套尺寸是M號，手掌寬9公分左右都合適。本店 週-年-慶 全館 八.五.折，還有 "
  "滿 千 送 百 活動喔！",
  "Anniversary sale and discount split by separators and spaces (Traditional).")

m("evasion", "hant", [M], ["aquarium", "SG", "reply", "fullwidth", "zhuyin", "coupon", "buy-again"],
  "您好，水族燈遙控器用的電池型號是CR2025。另外送您 "
  "\uff43\uff4f\uff55\uff50\uff4f\uff4e\uff1a\uff26\uff29\uff33\uff28\uff11\uff15，"
  "下次回ㄍㄡˋ結帳時輸入就有優惠。",
  "Full-width coupon code and zhuyin ㄍㄡˋ for 購 in 回購 (Traditional).")

m("evasion", "hant", [M], ["baby-car-seats", "JP", "reply", "zhuyin", "new-product", "discount"],
  "您好，嬰兒座椅的遮陽篷已經寄出。粉絲限定：下單打ㄅㄚ折，還有新ㄆㄧㄣˇ座椅涼墊即將上架，"
  "敬請期待～",
  "Zhuyin for 八 (打八折) and 品 (新品) (Traditional).")

# --- Mixed ----------------------------------------------------------------
m("evasion", "mixed", [O], ["fishing", "US", "reply", "pinyin", "at-dot", "email", "wechat"],
  "Hi Kevin, 渔线轮的 spare parts 我们有现货。加 weixin: fishing_zhou 或者 email "
  "fishingzhou [at] gmail [dot] com，都可以。",
  "Pinyin weixin plus a bracketed [at]/[dot] e-mail address.")

m("evasion", "mixed", [O], ["pet-supplies", "US", "reply", "spacing", "separators", "social"],
  "您好, 宠物饮水机的 filter 建议每个月换一次。想看 step by step 的 video tutorial 的话可以 "
  "follow 我们的 I-G：@ p e t s p r i n g _ h q",
  "Hyphenated I-G and a letter-spaced Instagram handle.")

m("evasion", "mixed", [M], ["craft-supplies", "UK", "reply", "leet", "coupon"],
  "您好 Anna，画笔套装已经 reship 了，sorry for the wait。Our d1sc0unt c0de 是 BRUSH20，"
  "n3xt 0rder 直接 20% 0ff 哦。",
  "Leetspeak discount code in a mixed reply.")

m("evasion", "mixed", [M], ["bicycle-parts", "US", "reply", "homoglyph", "cyrillic", "sale"],
  "Hi Tom, 自行车 brake pads 已经发货。我们店的 Summer S\u0410L\u0415 本周开始，全场 buy "
  "one g\u0435t one fr\u0435\u0435！",
  "Cyrillic A/E inside SALE, get and free.")

m("evasion", "mixed", [O, M], ["baby-car-seats", "US", "reply", "separators", "telegram", "deals-group"],
  "Hi, 儿童座椅的 cup holder 已经补发。欢迎加入我们的 T.G 群 @carseat_deals，群里有 "
  "exclusive coupon 和 flash sale！",
  "Dotted T.G (Telegram) group handle used to push deals.")

# ---------------------------------------------------------------------------
# NEAR-MISSES (55)  labels []
# ---------------------------------------------------------------------------

# --- English --------------------------------------------------------------
m("near-miss", "en", [], ["aquarium", "US", "reply", "cancel", "order-id"],
  "Hi Maria, you're right, the two identical orders for the aquarium air pump were "
  "placed a minute apart. We've cancelled the second one (113-7781204-0092315) as you "
  "asked, so you'll only be charged once. The first order is unaffected and still "
  "arrives Wednesday.",
  "Seller cancels a duplicate order at the buyer's request; order id must not look like a phone.")

m("near-miss", "en", [], ["bicycle-parts", "US", "reply", "remove", "update", "change"],
  "Hi Jon, I've removed the old address from the shipment and updated it to the one "
  "you sent, so the hitch bike rack now goes to 14 Elm Street. The carrier may take a "
  "day to show the change in tracking.",
  "remove / update / change used for an address correction.")

m("near-miss", "en", [], ["musical-instruments", "US", "reply", "reviewed", "refund"],
  "Thanks for sending the photos, Alicia. Our team reviewed them and agrees the hinge "
  "on the clarinet reed case is broken. We've issued a full refund of $19.95 to your "
  "original payment method; there's no need to send it back.",
  "'reviewed' and 'refund' in a normal defect resolution with no review request.")

m("near-miss", "en", [], ["musical-instruments", "US", "reply", "tracking", "carrier-phone", "warn-ok"],
  "Your harp strings left our warehouse on Monday with UPS, tracking "
  "1Z84F2W90391827745. If the package still hasn't moved by Friday, UPS customer "
  "service is 1-800-742-5877 and they can open a trace with that number.",
  "Carrier phone number in a delivery context plus a UPS tracking number.")

m("near-miss", "en", [], ["garden-tools", "US", "reply", "asin", "amazon-link", "return"],
  "The pruning saw you received (ASIN B0C7QK3L2M) has a 90-day return window. You can "
  "start the return from Your Orders at https://www.amazon.com/gp/css/order-history - "
  "choose 'Item defective' and the label is free.",
  "ASIN and an Amazon order-history URL needed for a return.")

m("near-miss", "en", [], ["aquarium", "US", "reply", "feedback-notice", "warn-ok"],
  "Hi Derek, I'm glad the replacement regulator for your CO2 tank arrived and is "
  "holding pressure. If you are satisfied that we have resolved your concerns, it is "
  "possible to update or remove the seller feedback you originally left; that is "
  "entirely your choice, and either way we appreciate you giving us the chance to "
  "fix it.",
  "Amazon's neutral post-resolution seller-feedback notice (allowed; warning tolerated).")

m("near-miss", "en", [], ["pet-supplies", "US", "proactive", "neutral-review-request", "order-id"],
  "Hello, this is about order 114-3390128-6617204 for the wooden rabbit hutch. We hope "
  "it's working out for your rabbits. If you have a moment, we'd appreciate it if you "
  "would share your experience with this product on Amazon; your honest feedback, "
  "whatever it is, helps other customers decide.",
  "Neutral, unconditional review request with the order id (one per order).")

m("near-miss", "en", [], ["musical-instruments", "UK", "reply", "thanks-existing-review", "five-star"],
  "Hi Sophie, thank you for letting us know about your 5-star review of the cello "
  "rosin - we're pleased it's less dusty than your old brand. For the sticky feeling "
  "on the bow stick, wipe the wood with a dry cloth after each session; the rosin "
  "belongs on the hair only.",
  "Thanks for a review the buyer said they wrote; '5-star' appears but nothing is requested.")

m("near-miss", "en", [], ["bicycle-parts", "US", "reply", "refuses-discount", "negation"],
  "Hi Raj, I understand the chainring felt pricey. I'm afraid we can't offer a "
  "discount code, or a partial refund for a review, or for anything else like that - "
  "Amazon doesn't allow it, and we want reviews to stay honest. What I can do is "
  "confirm the fit: it's 104 BCD, so it will work with your crank.",
  "Refusal that contains 'discount code' and 'refund for a review' under negation.")

m("near-miss", "en", [], ["pet-supplies", "US", "reply", "buyer-asked-promo", "warn-ok"],
  "Hi Helen, the 'Save 10%' coupon you saw on the orthopedic dog bed listing is an "
  "Amazon coupon; it's applied at checkout when you tick the box under the price. We "
  "can't add it to an order after it's placed, but Amazon customer service may be "
  "able to help with that.",
  "Explains an Amazon coupon the buyer asked about (brief: warn at most).")

m("near-miss", "en", [], ["baby-car-seats", "US", "reply", "product-facts", "free", "new", "five-star"],
  "Good question! The cup holder on the car seat is food-grade polypropylene, free "
  "from BPA, and the 2024 version is the new model with the wider base. It also "
  "earned five stars in the independent side-impact crash test shown in the listing "
  "images.",
  "Product facts containing 'free', 'new' and 'five stars' (a test result).")

m("near-miss", "en", [], ["musical-instruments", "US", "reply", "product-facts", "sale", "free"],
  "The music stand is free-standing and folds down to 20 inches. The sale date printed "
  "on the box is simply the date it left the factory, not an expiry date, so there's "
  "nothing to worry about there.",
  "'free-standing' and 'sale date' as product facts.")

m("near-miss", "en", [], ["bicycle-parts", "US", "reply", "product-facts", "whatsapp-feature"],
  "Yes, the GPS bike computer shows WhatsApp, SMS and call notifications once it's "
  "paired with your phone; it can't send replies, though, only display them.",
  "Messaging-app name as a product feature, not a contact handle.")

m("near-miss", "en", [], ["reptile", "US", "reply", "free-of-charge", "tracking"],
  "Hi Lucy, sorry the glass terrarium arrived cracked. A replacement has been sent free "
  "of charge and should arrive Thursday; you're welcome to recycle the broken one. "
  "The tracking number is TBA304981227650.",
  "Free replacement (a remedy, not a promotion) and an Amazon Logistics tracking id.")

m("near-miss", "en", [], ["craft-supplies", "US", "reply", "price", "at-word"],
  "The price you saw at checkout, $12.99, was correct at the time - it changed the "
  "next day when our supplier raised costs. You keep the price you paid and nothing "
  "else is owed. Your order arrives at your door on Tuesday.",
  "Price explanation; 'at checkout' / 'at your door' must not trigger e-mail heuristics.")

m("near-miss", "en", [], ["musical-instruments", "US", "reply", "custom-proof", "review", "update"],
  "Before we engrave the harmonica, please review the proof below and tell us if the "
  "spelling is right: 'For Grandpa Joe, 1948'. Once you confirm, we'll update the "
  "order and send it to the engraver.",
  "'review' and 'update' while verifying a custom design.")

m("near-miss", "en", [], ["garden-tools", "US", "reply", "amazon-review-email-info"],
  "Hi Ken, thanks for the update on the hose reel. Just so you know, Amazon may send "
  "you an automatic email asking about your purchase; there's nothing you need to do "
  "for us. The leaking connector is a 3/4 inch GHT thread, so any standard hose "
  "washer will fit.",
  "Informational mention of Amazon's own review e-mail.")

m("near-miss", "en", [], ["garden-tools", "US", "reply", "freight-phone-request"],
  "Hi Omar, the cast-iron garden bench ships by freight, so the carrier has to book a "
  "delivery slot. Please confirm your delivery address and a phone number the freight "
  "company can use to schedule the drop-off; we pass it only to them.",
  "Asks for a phone number for bulky-item delivery scheduling (permitted).")

m("near-miss", "en", [], ["reptile", "US", "reply", "order-id", "cancel", "refund"],
  "Hi, orders 112-5550199-4418220 and 112-5550199-4418221 were both for the ceramic "
  "heat lamp. The first shipped on 03/14; the second was cancelled at your request, "
  "and Amazon will refund it automatically within 2 business days.",
  "Order ids containing 555 sequences and a date; cancel/refund in logistics.")

m("near-miss", "en", [], ["musical-instruments", "US", "reply", "remove", "change", "instructions"],
  "To remove the old strings, loosen each tuning peg about ten turns, then push the "
  "bridge pins out from inside the body. Don't cut the strings under full tension, "
  "and change them one at a time so the neck stays balanced.",
  "remove / change in string-changing instructions.")

m("near-miss", "en", [], ["kayak", "CA", "proactive", "neutral-review-request", "positive-negative", "order-id"],
  "Hello, regarding order 702-8812390-4410276 for the carbon kayak paddle: we'd "
  "genuinely like to hear how it holds up over the season, positive or negative. If "
  "you decide to write a review on Amazon, please say whatever you honestly think.",
  "Balanced review request that contains the word 'positive'.")

m("near-miss", "en", [], ["knitting", "US", "reply", "refuses-coupon", "negation"],
  "Sorry, Ellen, we don't send coupon codes by message and we can't price-match other "
  "sites. The price on the listing is the one that applies; if Amazon runs a deal on "
  "it, you'll see it on the product page.",
  "Refuses a coupon; 'coupon codes' and 'deal' appear without any offer.")

m("near-miss", "en", [], ["bird-supplies", "US", "reply", "feedback-word"],
  "Thanks for the detailed feedback about the hummingbird feeder leaking. From your "
  "description the base gasket is twisted; press it flat into the groove and it "
  "should seal. If it still drips, we'll send a new base right away.",
  "'feedback' meaning the buyer's complaint, not seller feedback.")

m("near-miss", "en", [], ["craft-supplies", "US", "reply", "gift-word"],
  "Yes, you can get a gift receipt: for this order, Amazon lets you print one from "
  "Your Orders, and next time you can tick 'This is a gift' at checkout. Prices are "
  "not shown on it.",
  "'gift' in a gift-receipt answer, not an incentive.")

m("near-miss", "en", [], ["baby-gear", "US", "reply", "stars-product"],
  "The glow-in-the-dark stars on the nursery mobile charge under normal room light "
  "in about 10 minutes and glow for roughly an hour. They're attached with stitched "
  "loops, not glue, so nothing can come loose.",
  "'stars' as part of the product.")

m("near-miss", "en", [], ["bicycle-parts", "US", "reply", "review", "update", "refund"],
  "Our quality team will review the batch number you sent and check whether those "
  "inner tubes had the valve issue. I'll update you by Thursday at the latest with "
  "what we find and the options for a refund or replacement.",
  "review / update / refund in an investigation reply.")

# --- Simplified Chinese ---------------------------------------------------
m("near-miss", "zh", [], ["pet-supplies", "US", "reply", "cancel", "order-id"],
  "您好，已按您的要求取消重复下单的那一笔（订单号 114-2039487-5516230），另一笔订单正常发货，"
  "不会重复扣款。",
  "取消 for a buyer-requested duplicate-order cancellation with an order id.")

m("near-miss", "zh", [], ["bicycle-parts", "US", "reply", "change-address"],
  "您好，收货地址已经帮您修改为新地址，自行车头盔会在明天重新派送，物流信息可能要晚一点更新。",
  "修改地址 (address change) and 更新.")

m("near-miss", "zh", [], ["aquarium", "US", "reply", "delete", "instructions"],
  "您好，如果水族灯的App里出现两个重复的设备，可以先在设备列表中删除旧设备，再重新配对，"
  "一般就能恢复正常。",
  "删除 in app troubleshooting instructions.")

m("near-miss", "zh", [], ["baby-car-seats", "US", "reply", "refund"],
  "您好，我们已收到您退回的儿童安全座椅，质检确认无误后已为您办理全额退款，一般3到5个工作日到账。",
  "全额退款 after a normal return (no review link).")

m("near-miss", "zh", [], ["musical-instruments", "US", "reply", "substring", "search-reviews"],
  "您好，关于这款电子调音器的精度，您可以在商品页的评论区搜索评论关键词“精度”，也可以检索评测"
  "类文章做对比。我们标称的精度是正负0.5音分。",
  "Contains 搜索评论 and 检索评测 (substrings 索评) without soliciting anything.")

m("near-miss", "zh", [], ["garden-tools", "US", "proactive", "neutral-review-request", "order-id"],
  "您好，订单 113-8820371-4459012 的园艺跪垫应该已经收到了。如果方便，欢迎您在商品页面分享"
  "真实的使用体验，无论好坏都对其他买家有帮助。",
  "Neutral review invitation, explicitly 'good or bad'.")

m("near-miss", "zh", [], ["pet-supplies", "US", "reply", "thanks-existing-review", "haoping"],
  "感谢您在留言里提到的好评，我们很开心猫砂铲用着顺手。关于您问的铲头能否单独购买：目前没有"
  "单独销售，如果以后磨损了，请直接在这里联系我们处理。",
  "感谢您的好评 in a reply (brief: info at most).")

m("near-miss", "zh", [], ["musical-instruments", "US", "reply", "refuses-discount", "negation"],
  "您好，很抱歉，我们不能以留评为条件提供任何折扣或返现，这违反亚马逊的规定。关于您说的琴弦"
  "偏硬，新弦一般需要弹三到五天才能稳定，请再观察一下。",
  "Refusal containing 留评 / 折扣 / 返现 under negation.")

m("near-miss", "zh", [], ["pet-supplies", "US", "reply", "buyer-asked-promo", "warn-ok"],
  "您好，您看到的“购买两件减10%”是亚马逊页面上设置的促销，结账时系统会自动计算，需要两件商品"
  "在同一个订单里。已经下单的订单无法再追加这个优惠。",
  "Explains an Amazon promotion the buyer asked about (brief: warn at most).")

m("near-miss", "zh", [], ["aquarium", "US", "reply", "product-facts", "five-star", "free"],
  "您好，这款加热棒获得了能效五星评级，新款比旧款多了过温保护功能。包装里附带的吸盘是免费"
  "配件，不需要另外购买。",
  "五星 / 新款 / 免费 as product facts.")

m("near-miss", "zh", [], ["pet-supplies", "US", "reply", "product-facts", "wechat-feature"],
  "您好，这款宠物摄像头支持用微信小程序查看实时画面，也可以用自带的App，两者选其一即可，"
  "不需要另外付费。",
  "微信 as a product feature (mini-program viewer), not a contact.")

m("near-miss", "zh", [], ["garden-tools", "US", "reply", "carrier-phone", "tracking", "warn-ok"],
  "您好，您的割草机由 FedEx Freight 大件派送，运单号 782910334456，需要预约送货时间的话，"
  "可以拨打 FedEx Freight 客服 1-866-393-4585。",
  "Freight carrier phone and tracking number (carrier exception).")

m("near-miss", "zh", [], ["craft-supplies", "US", "reply", "tracking", "update"],
  "您好，物流单号已更新为新的单号 9400111899223344556677，原单号因为面单打印错误作废了，"
  "请以新单号为准。",
  "22-digit USPS tracking number must not look like a phone; 更新 in logistics.")

m("near-miss", "zh", [], ["bird-supplies", "US", "reply", "feedback-notice", "warn-ok"],
  "您好，很高兴更换的鸟笼门已经装好了。如果您认为问题已解决，您可以自行选择更新或移除之前"
  "留下的卖家反馈，这完全由您决定。",
  "Chinese form of the neutral post-resolution seller-feedback notice.")

m("near-miss", "zh", [], ["musical-instruments", "US", "reply", "amazon-link", "return"],
  "您好，乐器包的退货可以在亚马逊“我的订单”里直接申请，入口是 "
  "https://www.amazon.com/gp/css/returns/homepage.html ，退货理由选“商品损坏”，运费由我们承担。",
  "Amazon returns-center URL needed for the return.")

m("near-miss", "zh", [], ["aquarium", "US", "reply", "asin", "compatibility"],
  "您好，您问的那款滤芯（ASIN B09XK2M7PQ）和您买的过滤器不兼容，尺寸不一样，请不要混用。"
  "您现在这台过滤器包装里已经附带两片原装滤芯，大约可以用六个月。",
  "ASIN in a compatibility answer that discourages, not sells.")

# --- Traditional Chinese --------------------------------------------------
m("near-miss", "hant", [], ["garden-tools", "JP", "reply", "cancel", "order-id"],
  "您好，已依照您的要求取消訂單 250-1234567-8901234 中的吊床架，系統會自動退款，不需要您另外操作。",
  "取消訂單 at the buyer's request (Traditional).")

m("near-miss", "hant", [], ["pet-supplies", "JP", "reply", "delete", "change-address"],
  "您好，我們已經把訂單上舊的收件地址刪除，改成您提供的新地址，貓跳台會在週五送達。",
  "刪除 / 改 for an address change (Traditional).")

m("near-miss", "hant", [], ["bicycle-parts", "SG", "reply", "refund"],
  "您好，我們看過您提供的照片，確認單車坐墊的縫線有瑕疵，已經為您辦理全額退款，商品不需要寄回。",
  "Full refund for a defect, no review mention (Traditional).")

m("near-miss", "hant", [], ["musical-instruments", "JP", "proactive", "neutral-review-request", "order-id"],
  "您好，您的訂單 503-2289104-6617720 的烏克麗麗應該已經送達。若您方便，歡迎在商品頁分享您"
  "真實的使用心得，不論好壞都很有參考價值。",
  "Neutral review invitation (Traditional).")

m("near-miss", "hant", [], ["musical-instruments", "SG", "reply", "thanks-existing-review", "five-star"],
  "謝謝您告訴我們您留下了五星評價！關於您問的琴弦更換週期，每天練習的話大約三個月換一次就可以。",
  "Thanks for a five-star review the buyer mentioned; nothing requested (Traditional).")

m("near-miss", "hant", [], ["aquarium", "JP", "reply", "refuses-discount", "negation"],
  "您好，很抱歉，我們無法因為您留下評論而提供折扣或贈品，亞馬遜規定不允許這樣做。至於加熱棒"
  "溫度偏差的問題，請先確認感溫頭沒有貼著玻璃，通常調整位置後就會恢復正常。",
  "Refusal of a discount-for-review under negation (Traditional).")

m("near-miss", "hant", [], ["baby-car-seats", "JP", "reply", "product-facts", "line-feature"],
  "您好，這款兒童安全座椅的感應墊可以透過藍牙把提醒推播到手機，也支援LINE通知，提醒家長不要"
  "把孩子留在車上。",
  "LINE as a notification feature, not a contact handle (Traditional).")

m("near-miss", "hant", [], ["garden-tools", "SG", "reply", "product-facts", "five-star"],
  "您好，這款園藝水管通過了第三方耐壓測試，包裝上標示的五星耐用等級是指可承受10 bar水壓，"
  "並不是評分。",
  "五星 as a durability grade (Traditional).")

m("near-miss", "hant", [], ["craft-supplies", "JP", "reply", "tracking", "update"],
  "您好，您的畫布組已由日本郵便寄出，追蹤號碼是 EJ123456789JP，目前顯示在轉運中心，預計後天"
  "送達，如有延誤我們會再更新給您。",
  "Japan Post tracking number and 更新 (Traditional).")

# --- Mixed ----------------------------------------------------------------
m("near-miss", "mixed", [], ["pet-supplies", "US", "reply", "cancel", "refund", "order-id"],
  "Hi Laura, 您的 order 113-4410928-7730165 已经 cancel 成功，refund 会由 Amazon 自动退回"
  "原支付方式，一般 3-5 天到账。",
  "cancel / refund in mixed language with an order id.")

m("near-miss", "mixed", [], ["bicycle-parts", "US", "reply", "buyer-asked-promo", "refuses-discount", "warn-ok"],
  "您好 Mr. Brown，您问的 coupon 是 Amazon 的 Prime Day deal，我们这边没办法另外给 discount "
  "code，抱歉。价格以 listing 上显示的为准。",
  "Explains an Amazon deal and refuses a discount code (mixed).")

m("near-miss", "mixed", [], ["aquarium", "US", "reply", "product-facts", "review-verb", "free"],
  "Hi, 这款 aquarium pump 的 noise level 是 35 dB，free from BPA 的是出水管，不是外壳。可以 "
  "review 一下说明书第 5 页，上面有详细的 specs。",
  "'review' as a verb about the manual; 'free from BPA' (mixed).")

m("near-miss", "mixed", [], ["bicycle-parts", "US", "reply", "feedback-word", "update", "clumsy"],
  "Hi Ms. Garcia, 收到您的 feedback 了。关于 bike pedal 的螺纹问题：左脚踏是反牙 (reverse "
  "thread)，需要逆时针拧紧。请 update 一下安装方式再试试。",
  "'feedback' and 'update' in a clumsy technical reply (mixed).")

# ---------------------------------------------------------------------------
# CLEAN (25)  labels []
# ---------------------------------------------------------------------------

# --- English --------------------------------------------------------------
m("clean", "en", [], ["pet-supplies", "US", "proactive", "delay-notice"],
  "Hello, we're writing about order 111-2094481-6630912 for the dog agility tunnel. "
  "Our carrier has told us about a three-day delay at their hub, so the new estimated "
  "delivery is next Monday. We're sorry for the wait.",
  "Proactive delay notice with order id.")

m("clean", "en", [], ["bicycle-parts", "US", "reply", "compatibility"],
  "Hi Dana, the chain is 11-speed and works with both Shimano and SRAM cassettes. It "
  "comes with a quick link, so you won't need a chain tool to close it, though you'll "
  "need one to size it.",
  "Plain compatibility answer.")

m("clean", "en", [], ["woodworking", "US", "reply", "manual-attached"],
  "As requested, the user manual for the bench vise is attached as a PDF. The clamping "
  "and jaw-alignment steps are on page 4.",
  "Manual sent at the buyer's request.")

m("clean", "en", [], ["aquarium", "UK", "reply", "return-info"],
  "Hi Ellie, to process your return of the gravel vacuum, could you tell us whether the "
  "package has been opened? If it's unopened you can send it back as it is; otherwise "
  "please include all the tubing.",
  "Asks for information needed to complete a return.")

m("clean", "en", [], ["pet-supplies", "US", "reply", "sizing"],
  "The small size fits a chest girth of 14 to 18 inches. If your cat measures 17 "
  "inches, the small will fit with some room left to adjust.",
  "Sizing answer.")

m("clean", "en", [], ["musical-instruments", "US", "proactive", "custom-proof"],
  "Thank you for your order 113-6602914-2271850 of the personalised guitar pick set. Please confirm the "
  "engraving text exactly as you'd like it: 'Rock on, Sam'. We'll start production as "
  "soon as we hear back.",
  "Custom design verification.")

m("clean", "en", [], ["garden-tools", "US", "reply", "how-to"],
  "The telescopic loppers extend from 26 to 38 inches. Twist the collar "
  "counter-clockwise to unlock, slide to length, then twist it back until it clicks.",
  "How-to answer.")

m("clean", "en", [], ["baby-car-seats", "US", "reply", "product-info"],
  "The car seat's manufacture date is on the white label under the base. The seat is "
  "approved for use for seven years from that date, so yours is good until 2031.",
  "Expiry information.")

m("clean", "en", [], ["craft-supplies", "UK", "reply", "how-to"],
  "Bake the polymer clay at 130\u00b0C for 15 minutes per 6 mm of thickness, then let it "
  "cool in the oven with the door slightly open so it doesn't crack.",
  "How-to answer.")

m("clean", "en", [], ["musical-instruments", "US", "reply", "damage-photo"],
  "Hi Tom, we're sorry the violin shoulder rest arrived damaged. Please send us a photo "
  "of the broken foot so we can tell whether a single part or a full replacement is "
  "needed.",
  "Asks for a damage photo.")

m("clean", "en", [], ["bicycle-parts", "DE", "reply", "invoice"],
  "Hello, the VAT invoice for your floor pump order is attached. The company name and "
  "address are exactly as you provided them.",
  "Invoice sent on request.")

m("clean", "en", [], ["pet-supplies", "US", "reply", "care"],
  "Yes, the slow-feeder bowl is dishwasher safe on the top rack; hand-washing the "
  "rubber ring keeps it grippy for longer.",
  "Care answer.")

m("clean", "en", [], ["aquarium", "US", "reply", "troubleshooting"],
  "Thanks for your patience. The heater is calibrated at the factory to within one "
  "degree. If the reading differs by more than that, please check your thermometer "
  "against a second one first.",
  "Troubleshooting answer.")

# --- Simplified Chinese ---------------------------------------------------
m("clean", "zh", [], ["pet-supplies", "US", "proactive", "delay-notice"],
  "您好，您的订单 112-7730418-5562019 因为承运商延误，预计会晚两天送达，给您带来不便非常抱歉。",
  "Delay notice.")
m("clean", "zh", [], ["pet-supplies", "US", "reply", "product-info"],
  "您好，这款狗牵引绳长度为1.5米，承重可达40公斤，适合中大型犬使用。",
  "Product information.")
m("clean", "zh", [], ["bicycle-parts", "US", "reply", "manual-attached"],
  "您好，应您的要求，附上自行车码表的中文说明书，安装步骤在第二页。",
  "Manual sent at the buyer's request.")
m("clean", "zh", [], ["garden-tools", "US", "reply", "care"],
  "您好，您购买的园艺剪刀刃是SK5钢，用完后擦干并上一点油就可以防锈。",
  "Care advice.")
m("clean", "zh", [], ["aquarium", "US", "reply", "return-info"],
  "您好，为了处理您的退货，请问包装是否已经拆开？如果配件齐全，直接按原包装寄回即可。",
  "Return information request.")
m("clean", "zh", [], ["musical-instruments", "US", "proactive", "custom-proof"],
  "您好，订单 114-0918273-6645102 中您定制的刻字木质吉他拨片，刻字内容确认为“Lucky 7”，请回复确认，我们收到后就开始制作。",
  "Custom design verification.")
m("clean", "zh", [], ["aquarium", "US", "reply", "how-to"],
  "您好，造景石需要先用清水浸泡一天，中间换两次水，然后再放入鱼缸。",
  "How-to answer.")
m("clean", "zh", [], ["baby-car-seats", "US", "reply", "product-info"],
  "您好，这款儿童安全座椅适用于9到36公斤的儿童，正向安装时请使用车辆的ISOFIX接口。",
  "Product information.")

# --- Traditional Chinese --------------------------------------------------
m("clean", "hant", [], ["craft-supplies", "JP", "reply", "product-info"],
  "您好，這組壓克力顏料是水性的，未乾時可以用清水清洗，乾了之後就具有防水性。",
  "Product information (Traditional).")
m("clean", "hant", [], ["pet-supplies", "JP", "proactive", "delay-notice"],
  "您好，由於物流公司延誤，您訂單 249-5530127-8812046 的貓抓板預計會晚一天送達，造成不便非常抱歉。",
  "Delay notice (Traditional).")
m("clean", "hant", [], ["musical-instruments", "SG", "reply", "how-to"],
  "您好，您購買的小提琴松香適用於各種弓毛，初次使用時請多擦幾次，讓弓毛充分上松香。",
  "How-to answer (Traditional).")
m("clean", "hant", [], ["craft-supplies", "SG", "reply", "invoice"],
  "您好，附件是您要求的發票，公司名稱與地址都依照您提供的資料填寫。",
  "Invoice sent on request (Traditional).")


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
EXPECTED = {"violation": 50, "evasion": 30, "near-miss": 55, "clean": 25}
EXPECTED_LANG = {"en": 75, "zh": 70, "mixed": 15}
EXPECTED_HANT = 25

CJK = re.compile(r"[\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff]")
LATIN_WORD = re.compile(r"\b[A-Za-z]{3,}\b")
ZW = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
FULLWIDTH = re.compile(r"[\uff01-\uff5e]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
GREEK = re.compile(r"[\u0370-\u03ff]")
# characters that exist only in one script (used to check hant vs hans)
TRAD_ONLY = set("們這個為與對還會說請謝評論刪聯訊號單貓魚買賣餵體驗絲購選優應發運費轉處門開關時問題頁寫給價線裝視頻滿達鋪歡針換齡嬰遞")
SIMP_ONLY = set("们这个为与对还会说请谢评论删联讯号单猫鱼买卖喂体验丝购选优应发运费转处门开关时问题页写给价线装视频满达铺欢针换龄婴递")


def validate(recs):
    errs = []
    seen_text = set()
    for r in recs:
        rid, text, cat = r["id"], r["text"], r["tags"][0]
        if cat not in CATEGORIES:
            errs.append(f"{rid}: bad category {cat}")
        if not set(r["labels"]) <= ALLOWED_LABELS:
            errs.append(f"{rid}: bad labels {r['labels']}")
        if len(set(r["labels"])) != len(r["labels"]):
            errs.append(f"{rid}: duplicate labels")
        if cat in ("near-miss", "clean") and r["labels"]:
            errs.append(f"{rid}: {cat} must have no labels")
        if cat in ("violation", "evasion") and not r["labels"]:
            errs.append(f"{rid}: {cat} needs labels")
        if r["tags"][1] not in SECTORS:
            errs.append(f"{rid}: unknown sector {r['tags'][1]}")
        if r["tags"][2] not in MARKETS:
            errs.append(f"{rid}: unknown market {r['tags'][2]}")
        if r["tags"][3] not in CONTEXTS:
            errs.append(f"{rid}: unknown context {r['tags'][3]}")
        if text in seen_text:
            errs.append(f"{rid}: duplicate text")
        seen_text.add(text)
        if text != text.strip() or "  " in text.replace("\u3000", ""):
            # double spaces are only allowed where spacing is the evasion itself
            if "spacing" not in r["tags"] and text != text.strip():
                errs.append(f"{rid}: stray whitespace")
        if not r["note"]:
            errs.append(f"{rid}: empty note")
        # language checks
        has_cjk = bool(CJK.search(text))
        if r["lang"] == "en" and has_cjk:
            errs.append(f"{rid}: en text contains CJK")
        if r["lang"] in ("zh", "mixed") and not has_cjk:
            errs.append(f"{rid}: {r['lang']} text has no CJK")
        if r["lang"] == "mixed" and len(LATIN_WORD.findall(text)) < 4:
            errs.append(f"{rid}: mixed text has too little English")
        if r["lang"] not in EXPECTED_LANG:
            errs.append(f"{rid}: bad lang {r['lang']}")
        hant = "hant" in r["tags"]
        if hant and r["lang"] != "zh":
            errs.append(f"{rid}: hant tag on non-zh record")
        chars = set(text)
        if hant:
            if not chars & TRAD_ONLY:
                errs.append(f"{rid}: hant text has no traditional-only characters")
            if chars & SIMP_ONLY:
                errs.append(f"{rid}: hant text has simplified chars {sorted(chars & SIMP_ONLY)}")
        elif has_cjk and chars & TRAD_ONLY:
            errs.append(f"{rid}: simplified text has traditional chars {sorted(chars & TRAD_ONLY)}")
        # evasion technique tags must be visible in the text
        tags = set(r["tags"])
        if "zero-width" in tags and not ZW.search(text):
            errs.append(f"{rid}: zero-width tag but no zero-width char")
        if "fullwidth" in tags and not FULLWIDTH.search(text):
            errs.append(f"{rid}: fullwidth tag but no full-width char")
        if "cyrillic" in tags and not CYRILLIC.search(text):
            errs.append(f"{rid}: cyrillic tag but no Cyrillic char")
        if "greek" in tags and not GREEK.search(text):
            errs.append(f"{rid}: greek tag but no Greek char")
        if cat != "evasion" and (ZW.search(text) or CYRILLIC.search(text) or GREEK.search(text)):
            errs.append(f"{rid}: obfuscation characters outside the evasion category")
        if unicodedata.normalize("NFC", text) != text:
            errs.append(f"{rid}: text not NFC")
    cats = Counter(r["tags"][0] for r in recs)
    for c, n in EXPECTED.items():
        if cats[c] != n:
            errs.append(f"category {c}: {cats[c]} != {n}")
    langs = Counter(r["lang"] for r in recs)
    for l, n in EXPECTED_LANG.items():
        if langs[l] != n:
            errs.append(f"lang {l}: {langs[l]} != {n}")
    nh = sum("hant" in r["tags"] for r in recs)
    if nh != EXPECTED_HANT:
        errs.append(f"hant: {nh} != {EXPECTED_HANT}")
    return errs


def main():
    for i, r in enumerate(RECORDS, 1):
        r["id"] = f"h16-{i:03d}"
    recs = [{"id": r["id"], "text": r["text"], "labels": r["labels"], "lang": r["lang"],
             "tags": r["tags"], "note": r["note"]} for r in RECORDS]
    errs = validate(recs)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read to make sure the file round-trips
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != recs:
        errs.append("JSONL round-trip mismatch")

    print(f"wrote {len(recs)} records to {OUT}")
    cats = Counter(r["tags"][0] for r in recs)
    print("category:", ", ".join(f"{c}={cats[c]}" for c in CATEGORIES))
    print("\n| category | en | zh (hans) | zh (hant) | mixed | total |")
    print("|---|---|---|---|---|---|")
    for c in CATEGORIES + ("all",):
        sub = [r for r in recs if c == "all" or r["tags"][0] == c]
        en = sum(r["lang"] == "en" for r in sub)
        hans = sum(r["lang"] == "zh" and "hant" not in r["tags"] for r in sub)
        hant = sum("hant" in r["tags"] for r in sub)
        mx = sum(r["lang"] == "mixed" for r in sub)
        print(f"| {c} | {en} | {hans} | {hant} | {mx} | {len(sub)} |")
    print("\n| policy | violation | evasion | total |")
    print("|---|---|---|---|")
    for p in (R, O, M):
        v = sum(p in r["labels"] for r in recs if r["tags"][0] == "violation")
        e = sum(p in r["labels"] for r in recs if r["tags"][0] == "evasion")
        print(f"| {p} | {v} | {e} | {v + e} |")
    multi = sum(len(r["labels"]) > 1 for r in recs)
    warn_ok = sum("warn-ok" in r["tags"] for r in recs)
    ctx = Counter(r["tags"][3] for r in recs)
    sectors = Counter(r["tags"][1] for r in recs)
    print(f"\nmulti-label records: {multi}; warn-ok near-misses: {warn_ok}; "
          f"context: {dict(ctx)}")
    print("sectors:", dict(sorted(sectors.items(), key=lambda kv: -kv[1])))
    if errs:
        print("\nVALIDATION FAILED:", file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        sys.exit(1)
    print("\nvalidation: OK")


if __name__ == "__main__":
    main()
