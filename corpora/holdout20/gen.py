#!/usr/bin/env python3
"""Hand-written hold-out set (holdout20) for msglint.

Every message below was written by hand for this file from the policy brief
(/work/shared/policy.md) and the interface (/work/shared/interface.md).
Running this script writes /tmp/h20/holdout20.jsonl, validates it and prints counts.

Record: {"id", "text", "labels", "lang", "tags", "note"}
  labels  subset of review-inducement / off-platform-contact / marketing
  tags[0] category: violation | evasion | near-miss | clean
  tags[1] sector, tags[2] market, then "hant" for Traditional Chinese, the
  context (reply / proactive) and form / technique tags; "warn-ok" marks a
  near-miss on which the brief says the linter may warn.
"""
import json
import os
import sys
import unicodedata
from collections import Counter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout20.jsonl")

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def add(cat, lang, labels, tags, note, text):
    """lang: en | zh | hant | mixed ("hant" = Traditional Chinese, stored as zh + tag)."""
    tags = list(tags)
    if lang == "hant":
        lang = "zh"
        tags.insert(2, "hant")
    RECORDS.append({
        "text": text.strip("\n"),
        "labels": list(labels),
        "lang": lang,
        "tags": [cat] + tags,
        "note": note,
    })


# ===========================================================================
# VIOLATIONS (50)
# ===========================================================================
V = "violation"

# ---- English: review-inducement ------------------------------------------
add(V, "en", [RI], ["golf equipment", "us", "reply", "change-review", "after-refund"],
    "Asks the buyer to revise a 1-star product review after a refund, with no 'change/remove' keyword ('go back to', 'bring it in line').",
    """
Hi Daniel,

Thanks for sending the photos of the split seam on the driver headcover. I'm sorry it gave way after only a couple of rounds; that stitching should hold up far longer. I've issued a full refund of $24.99 to your original payment method, and you don't need to send the cover back.

Now that this has been put right, would you be willing to go back to the one-star rating you posted on the listing and bring it in line with how things ended up? At the moment it's the first thing people see.

Best regards,
Callum - Fairway Fold Accessories
""")

add(V, "en", [RI], ["car seat covers", "us", "reply", "five-star", "after-replacement"],
    "Five-star request buried at the end of a replacement/tracking reply, softened with 'if you feel we've earned it'.",
    """
Hello Ms. Ortega,

I checked with our warehouse and the first set was packed with the wrong headrest pieces, which is why they didn't fit your 2019 RAV4. A complete replacement set went out this morning with USPS, tracking 9400 1118 9922 3345 6781 20, and should reach you by Friday. You can keep or discard the old set, whichever is easier.

Once everything is fitted, if you feel we've earned it, a full five stars from you would go a long way for a small family workshop like ours.

Warm wishes,
Priya
""")

add(V, "en", [RI], ["reptile heating", "uk", "reply", "gating"],
    "Review gating: happy buyers are invited to post on Amazon, unhappy ones told to message the seller before posting.",
    """
Hi Tom,

Glad the new probe sorted out the temperature swings. 32°C on the basking side and 24°C at the cool end sounds spot on for a leopard gecko.

If the thermostat keeps behaving, we'd love it if you told other keepers about it on Amazon. If it doesn't, or anything at all seems off, please message us here before posting anything on the product page, so we get the chance to sort it out first.

Cheers,
Ellie at WarmScale
""")

add(V, "en", [RI], ["DJ controllers", "us", "reply", "steering"],
    "Steers review content ('could you mention that the jog wheels feel solid...') without using the word 'review'.",
    """
Hey Marcus,

The crackle you heard on channel 2 was the known driver issue on macOS 14; the 1.4.2 driver fixes it, and I'm glad that's working now.

When you get round to writing up your thoughts on the controller, could you mention that the jog wheels feel solid and that our support answered within a day? Those are exactly the details other DJs look for when they're deciding.

Thanks again for your patience,
Jordan
""")

add(V, "en", [RI], ["embroidery kits", "ca", "reply", "incentive", "free-product"],
    "Free pattern pack promised once the review is live; incentive phrased as a thank-you inside a missing-part reply.",
    """
Hi Aisha,

So sorry the DMC 3865 skein was missing from your kit. I've put two in an envelope today (Canada Post lettermail, 4-7 business days), and a spare needle threader too.

One more thing: once your review of the kit is up, just reply here with the name it's posted under and we'll send you our wildflower pattern pack at no charge as a thank-you.

Happy stitching,
Nora, Thistle & Thread
""")

add(V, "en", [RI], ["water filters", "us", "reply", "feedback-pressure"],
    "Pressure to take down negative SELLER FEEDBACK (account health, suppression) - not the neutral post-resolution notice.",
    """
Hello Mr. Brennan,

The new cartridge (model WF-220) shows as delivered, and I hope the flow rate is back to normal. Remember to run two pitchers through and discard them before drinking.

I do need to ask you something. The negative seller feedback on this order is pulling our account health down, and our listing could be suppressed because of it. Since the cartridge has been replaced, please take that feedback down as soon as you can.

Regards,
ClearSpring Filtration
""")

add(V, "en", [RI], ["kids scooters", "au", "reply", "ask-after-praise", "gating"],
    "Reply to a buyer who wrote to say they love the product, asking them to put it in a review (brief C3/C8: gating includes buyers who reach out to express satisfaction).",
    """
Hi Renee,

What a lovely message to wake up to, thank you! It's great to hear your son has been scooting to school every day and that the light-up wheels are a hit with his friends.

Since you're this happy with it, would you mind putting those same words into a review on Amazon? Other parents trust that far more than anything we could say.

All the best,
Sam from ZoomKid
""")

add(V, "en", [RI], ["beekeeping supplies", "uk", "reply", "incentive", "prize-draw"],
    "Prize draw for anyone who 'shares their thoughts' on Amazon: incentive without the word 'review'.",
    """
Dear Mrs. Hollis,

Thank you for the update on the smoker. The bellows leather can stiffen in cold weather; rubbing a little beeswax into the folds usually frees it up. If it still won't puff properly after that, let us know and we'll send a new bellows assembly.

Also, everyone who shares their thoughts on our products on Amazon during May is entered into our draw for a stainless hive tool and frame grip set, so do post yours if you get a moment.

Kind regards,
Hilltop Apiary Supplies
""")

# ---- English: off-platform-contact -----------------------------------------
add(V, "en", [OFF], ["calligraphy supplies", "us", "reply", "email"],
    "Personal e-mail address offered as a faster support channel, after a normal replacement reply.",
    """
Hi Grace,

I'm sorry one of the brushes arrived with loose hairs at the tip. That can happen with goat-hair brushes when the glue hasn't fully cured, and it's not something you should have to put up with. A replacement is on the way.

For anything like this in future, feel free to write to me directly at inkstone.studio.help@gmail.com. I see those messages faster than the ones that come through here.

Warmly,
Lin
""")

add(V, "en", [OFF], ["archery", "us", "reply", "phone"],
    "Seller's own workshop phone number (not a carrier/manufacturer warranty line).",
    """
Hi Josh,

From your photo, the arrow rest is mounted about 3 mm too high, which is why the fletching clips the riser. Loosen the two hex screws, drop it to the line marked on the bracket, and tighten again.

If it still doesn't line up after that, give our workshop a ring on (512) 555-0143 any weekday after 9 a.m. Central and one of our bow techs will walk you through it on the phone.

Best,
Trueflight Archery
""")

add(V, "en", [OFF], ["telescope eyepieces", "us", "reply", "url", "own-website", "warranty-registration"],
    "Warranty registration on the seller's own website (brief D1 example form).",
    """
Hello Mr. Ahmed,

Thanks for your patience while the 9 mm eyepiece was on backorder; it shipped today and should arrive on Monday.

To activate the five-year optical warranty, please register the serial number on our website at https://www.peakoptics-direct.com/warranty - it only takes a minute and we'll need it on file if you ever make a claim.

Clear skies,
Peak Optics
""")

add(V, "en", [OFF], ["3D printer filament", "uk", "reply", "im-app", "whatsapp", "phone"],
    "WhatsApp number for sending a troubleshooting video, buried in helpful technical advice.",
    """
Hi Gareth,

Sorry to hear the PETG is clicking in the extruder. It's usually either a tangled spool or a nozzle temperature that's a bit low for this blend (we recommend 235-245°C).

Quickest way to pin it down: send a 20-second video of the extruder to our technician on WhatsApp, +44 7700 900312, and he'll tell you straight away whether it's the spool or the printer settings. If it's the spool we'll replace it.

Thanks,
Polyfil UK
""")

add(V, "en", [OFF], ["hydroponics", "ca", "reply", "qr-code"],
    "QR code described indirectly ('square code... scan it with your phone camera') leading to an off-Amazon chat.",
    """
Hi Maxime,

Thanks for checking in about the yellowing lettuce leaves. At the seedling stage, half-strength nutrient for the first two weeks is plenty; full strength can burn the roots.

The card inside the lid of the box has a square code printed on the back. Scan it with your phone camera and it opens a chat with our grower team, who can put together a feeding schedule for your exact setup.

Best regards,
GreenTier Hydro
""")

add(V, "en", [OFF], ["ham radio antennas", "us", "reply", "off-amazon-payment"],
    "Offers to settle a wrong-item problem by Zelle/Venmo instead of an Amazon return (off-Amazon payment).",
    """
Hi Bill,

You're right, the antenna you received is the 2 m/70 cm model, not the tri-band one you ordered. My apologies for the mix-up.

Rather than going through an Amazon return and reorder, I can just send you the $18 price difference by Zelle or Venmo today and you keep this one. Let me know which you use and the name or number on the account.

73,
Ray, SkyWire Antennas
""")

add(V, "en", [OFF], ["wetsuits", "uk", "reply", "signature", "url", "phone"],
    "Compliant sizing answer; the violation is only in the signature block (website and landline).",
    """
Hello Imogen,

For a 5 ft 6 in, 60 kg swimmer, the women's size 8 is the right choice; the chest may feel snug when dry but it loosens once wet. The 3/2 mm thickness is fine for UK sea temperatures from May to October.

If the size 8 doesn't work out, you can exchange it through Amazon within 30 days.

Kind regards,
Marta
Tidewater Neoprene
www.tidewaterneoprene.co.uk | 020 7946 0321
""")

# ---- English: marketing ----------------------------------------------------
add(V, "en", [MKT], ["bicycle trainers", "us", "reply", "coupon", "after-refund"],
    "Discount code for the next order appended to a refund confirmation.",
    """
Hi Kevin,

The refund for the returned trainer mat ($39.00) was processed this morning; your bank usually shows it within 3-5 business days.

For your next order from us, the code SPINUP15 takes 15% off anything in our range, including the thru-axle adapters.

Ride safe,
Kinetix Indoor Cycling
""")

add(V, "en", [MKT], ["bonsai tools", "us", "reply", "new-product"],
    "New-product announcement ('we've just launched...') inside care advice.",
    """
Hi Elena,

Glad the concave cutter arrived safely despite the dented box. Wiping the blades with camellia oil after each session will keep the carbon steel from rusting.

Since you're working with deciduous trees, you may like to know we've just launched a matching knob cutter and a root hook in the same steel. Both are now live on Amazon under our brand name.

Best wishes,
Kaze Bonsai Tools
""")

add(V, "en", [MKT], ["espresso accessories", "uk", "reply", "storefront", "cross-sell"],
    "Pushes the Amazon storefront and companion products the buyer did not ask about (marketing, not off-platform: the destination is Amazon).",
    """
Hi Olivia,

The 58.5 mm tamper base will fit your portafilter; 58 mm baskets on most E61 machines have a little tolerance, so it won't bind.

By the way, if you go to our brand's storefront on Amazon you'll find the calibrated distribution tool and the knock box that go with it. Quite a few customers put together the whole set.

Thanks,
Crema Craft
""")

add(V, "en", [MKT], ["snow chains", "ca", "reply", "buy-again"],
    "Buy-again push ('pick up a second set... reorder in two clicks') with scarcity pressure.",
    """
Hi Pat,

Good to hear the chains fit your Outback without rubbing. Check the tension again after the first kilometre or so; they always settle a little.

Winter's only just started, and a lot of our customers pick up a second set for the other car before the mountain passes close. If that's you, you can reorder in two clicks from Your Orders while we still have your size in stock.

Drive safe,
NorthGrip
""")

add(V, "en", [MKT], ["parrot toys", "us", "reply", "referral"],
    "Referral scheme: a free toy for both the buyer and a friend who orders.",
    """
Hi Denise,

Thanks for the photo of Kiwi destroying the foraging ball - that's exactly what it's for! The replacement bells you asked for will ship tomorrow.

If any of your friends keep birds too, send them our way: when they mention your name in a message after ordering, we'll add a free shreddable toy to both of your next orders.

Feathers and all,
Perch & Play
""")

add(V, "en", [MKT], ["knife sharpeners", "au", "reply", "loyalty"],
    "Loyalty programme enrolment ('Edge Club', every third purchase, first access to offers).",
    """
Hi Lachlan,

For a Japanese gyuto, use the 15° guide on the 1000 grit first, then finish with about ten alternating strokes on the 6000.

Good news too: since this is your second order with us, you've been added to our Edge Club. Every third purchase from our store comes with a free leather strop, and members get first access to our seasonal offers.

Cheers,
Whetstone Co.
""")

# ---- English: two policies -------------------------------------------------
add(V, "en", [RI, OFF], ["resin art molds", "us", "reply", "incentive", "off-amazon-payment"],
    "Full reimbursement via PayPal after a review screenshot: incentive AND off-Amazon payment.",
    """
Hi Brooke,

I'm sorry the large coaster mold had a tear near the rim; silicone that thick shouldn't tear on the first demould. A new one is already on its way.

Here's something we do for customers who give us a second chance: once your review is up, send a screenshot along with your PayPal address and we'll reimburse the whole set, so in the end you'll have tried it for free.

Thanks so much,
Amber, Pour House Molds
""")

add(V, "en", [OFF, MKT], ["violin rosin", "uk", "reply", "social", "instagram", "giveaway"],
    "Instagram follow for a giveaway: social handle AND promotion.",
    """
Dear Mr. Kowalski,

The light rosin is the right choice for your violin in a warm room; for the cello bow you mentioned, the dark one grips better.

Every month we run a giveaway on our Instagram (@bowandbridge.strings). Follow us there and you're automatically entered to win a cake of our gold-flake rosin and a set of strings.

Best regards,
Bow & Bridge
""")

# ---- Simplified Chinese ----------------------------------------------------
add(V, "zh", [RI], ["calligraphy supplies", "us", "reply", "change-review", "after-refund", "euphemism"],
    "Asks to 'reconsider' the existing comment on the product page after a refund (C4 euphemism 重新考虑一下).",
    """
您好，

关于毛笔掉毛的问题，我们已经给您办理了全额退款，另外补寄了一支兼毫小楷，周五前应该能到。

问题都处理好了，您之前在商品页写的那条留言，看看能不能抽空重新考虑一下？那条现在一直排在最前面，对我们这种小店影响挺大的。麻烦您了。

墨香阁
""")

add(V, "zh", [RI], ["car seat covers", "us", "reply", "five-star", "after-replacement", "euphemism"],
    "'打个满分鼓励一下' = five stars, at the end of a replacement/tracking reply.",
    """
您好，

第一套座套发错了头枕配件，非常抱歉。完整的新座套今天已经用UPS寄出，运单号 1Z4F72W90396218443，预计下周二送达，旧的那套不用寄回。

装好之后如果觉得合适，麻烦给我们打个满分鼓励一下，对我们新店真的非常关键。谢谢！
""")

add(V, "zh", [RI], ["golf equipment", "de", "reply", "gating"],
    "Gating: satisfied -> share on Amazon; unsatisfied -> contact us first, don't write on the page.",
    """
您好，

测距仪无法锁定旗杆的问题，通常是开启了坡度模式。长按MODE键三秒切换回普通模式即可。

如果现在用得顺手，欢迎到亚马逊说说您的使用感受；如果还有哪里不满意，请一定先回复这条消息找我们，不要直接在页面上写，我们一定处理到您满意为止。
""")

add(V, "zh", [RI], ["embroidery kits", "us", "reply", "steering"],
    "Steers the content of the buyer's write-up (keywords plus photos).",
    """
您好，

缺的那卷金线已经补寄，平邮大概7到10天。

另外，您写使用感受的时候，麻烦带上“配色很全”“新手也能上手”这几个词，再配两张成品图，这样其他买家搜索的时候更容易看到。非常感谢！
""")

add(V, "zh", [RI, MKT], ["aquarium CO2", "us", "reply", "incentive", "coupon"],
    "Half price on the next order in exchange for a review screenshot: incentive AND a store discount.",
    """
您好，

减压阀漏气的问题，请先检查一下密封垫有没有装歪，我们也已经补寄了两个备用垫圈。

另外有个小福利：您的真实评价发出来以后，截个图发给我们，下次在我们店里买任何东西都可以直接打五折。
""")

add(V, "zh", [OFF], ["reptile heating", "us", "reply", "im-app", "wechat"],
    "WeChat ID for after-sales video help.",
    """
您好，

温控器的接线有三根，文字确实不太好说清楚。您加一下我们售后的微信 reptiwarm_cs，我直接视频演示给您看，几分钟就能装好。
""")

add(V, "zh", [OFF], ["DJ controllers", "us", "reply", "url", "own-website"],
    "Sends the buyer to the seller's own website (bare domain, no http) for a driver download.",
    """
您好，

出现您说的延迟，一般是驱动版本太旧。亚马逊这边没办法直接发安装包给您，请到我们官网 djmixpro.net 的下载中心下载2.3版本驱动，安装完重启一下电脑就好。
""")

add(V, "zh", [OFF], ["water filters", "us", "reply", "off-amazon-payment"],
    "Refund of the difference via PayPal, bypassing Amazon; asks for the buyer's PayPal e-mail.",
    """
您好，

您说得对，滤芯少发了一支。差价我们这边直接通过PayPal退给您，就不用走亚马逊的退款流程了，比较快。麻烦把您的PayPal邮箱发给我一下。
""")

add(V, "zh", [OFF], ["kids scooters", "us", "reply", "phone"],
    "Seller's customer-service hotline offered as faster than messaging.",
    """
您好，

刹车片有异响的话，先用附带的内六角扳手把后轮拧紧半圈试试。

如果还是响，您可以直接打我们的客服热线 +1 (646) 555-0127，工作日美东时间9点到6点都有人接，比在这里留言快很多。
""")

add(V, "zh", [MKT], ["fishing reels", "us", "reply", "coupon", "after-delay"],
    "Store discount code given as an apology inside a tracking/delay update.",
    """
您好，

查了一下物流，包裹在芝加哥转运中心滞留了两天，现在已经重新发出，预计周四送达。给您添麻烦了。

为表歉意，送您一个本店专用折扣码 REEL20，下次买鱼线或者配件都可以用。
""")

add(V, "zh", [MKT], ["pottery glazes", "uk", "reply", "new-product"],
    "Announces next month's new glaze line and tells the buyer to watch the store.",
    """
您好，

釉面起泡多半是素烧不够透，建议素烧到1000度以上再上釉。

另外跟您说一声，我们下个月会上新一套低温透明釉，和您这次买的颜色正好可以叠着用，到时候可以关注一下我们家的页面。
""")

add(V, "zh", [MKT], ["camping stoves", "us", "reply", "sale"],
    "Store-wide Black Friday sale announcement after a compatibility answer.",
    """
您好，

分体炉头和气罐的接口是标准的7/16螺纹，您原来的气罐可以直接用。

顺便提醒一下，黑五那周我们全店炉头、气罐和套锅都打七五折，需要补货的话正好赶上。
""")

add(V, "zh", [MKT], ["sewing machine needles", "uk", "reply", "cross-sell", "after-return"],
    "Unsolicited cross-sell ('顺便推荐一下') in a return/refund confirmation.",
    """
您好，

退回的那盒机针我们已经收到了，退款今天已经原路退回。

顺便推荐一下，如果您平时常缝牛仔布，可以试试我们家的18号加厚针，再配一个走线压脚，一起买更划算，都在同一个店铺里。
""")

add(V, "zh", [MKT], ["tea ware", "ca", "reply", "referral"],
    "Referral: both buyer and friend receive a $20 store voucher.",
    """
您好，

茶壶盖子的缺口给您带来不便，非常抱歉，新的壶盖已经寄出。

您已经是我们的老顾客了，现在推荐一位朋友来我们店下单，您和朋友都能各拿一张20美元的店铺代金券。
""")

# ---- Traditional Chinese ---------------------------------------------------
add(V, "hant", [RI], ["woodworking chisels", "us", "reply", "incentive", "positive-review"],
    "Traditional: asks for a 好評 and pays $10 back on a screenshot.",
    """
您好，

鑿刀刃口的缺角我們已經看過照片了，替換的那一支今天寄出。

另外，如果您方便在亞馬遜上給我們一個好評，完成後把截圖傳給我們，我們會退回您10美元作為感謝。
""")

add(V, "hant", [RI, MKT], ["ski goggles", "ca", "reply", "feedback-removal", "incentive", "coupon"],
    "Traditional: asks to withdraw neutral seller feedback and offers a 20%-off voucher for it (the official violating example, reworded): incentive AND coupon.",
    """
您好，

新的鏡片已經幫您換好寄出，這次是防霧加強版，應該不會再起霧了。

想拜託您一件事：您之前留的那則中評對我們店鋪的分數影響很大，現在問題也解決了，能不能麻煩您把那則回饋撤掉？撤掉之後我們再送您一張下次購物八折的折價券，真的很感謝。
""")

add(V, "hant", [OFF], ["baby carriers", "us", "reply", "im-app", "line"],
    "Traditional: LINE ID for a video demonstration.",
    """
您好，

背帶腰扣的調整方式用文字很難說清楚，您可以加我們的LINE：babyhug_tw，我直接拍影片給您看，比較快也比較清楚。
""")

add(V, "hant", [OFF], ["yoga wheels", "au", "reply", "social", "facebook"],
    "Traditional: Facebook fan page and 'DM the admin' as a contact channel.",
    """
您好，

瑜伽輪的承重是150公斤，正常做後彎伸展沒有問題。

我們的臉書粉絲專頁每週三晚上都有老師直播示範動作，您搜尋「輪心瑜伽」就找得到，有任何問題也可以直接私訊小編。
""")

add(V, "hant", [MKT], ["mahjong sets", "us", "reply", "new-product", "buy-again"],
    "Traditional: new matching product plus 'welcome to buy again' (回購).",
    """
您好，

這副牌的尺寸是40號，如果您打得順手，我們新出的靜音麻將桌墊跟它很搭，現在在我們的亞馬遜店鋪有上架優惠，歡迎再次回購。
""")

add(V, "hant", [MKT], ["incense burners", "us", "reply", "coupon", "after-refund"],
    "Traditional: 10%-off code appended to a refund confirmation.",
    """
您好，

退款已經處理完成，金額會在3到5個工作天內回到您的帳戶。

附上一組九折優惠碼 INCENSE10，下次在本店選購香品或香爐都可以使用，感謝您的支持。
""")

add(V, "hant", [MKT], ["shoe stretchers", "uk", "reply", "loyalty"],
    "Traditional: membership programme with member discounts and a birthday gift.",
    """
您好，

鞋撐調寬的旋鈕要順時針轉，每天轉半圈就好，不要一次撐太多。

另外誠摯邀請您加入我們的會員計劃，之後每次下單都有專屬折扣，生日當月還會收到小禮物。
""")

add(V, "hant", [MKT], ["guitar pedals", "us", "reply", "sale"],
    "Traditional: time-limited 20%-off sale on the whole pedal range.",
    """
您好，

破音踏板沒有聲音，請先確認是用9V中心負極的變壓器，用錯極性的話燈會亮但是沒有輸出。

另外提醒您，我們全系列效果器從本週五起限時八折，只到月底，有需要的話可以趁這次一起入手。
""")

# ---- Mixed -------------------------------------------------------------------
add(V, "mixed", [RI], ["equestrian saddle pads", "us", "reply", "five-star", "after-replacement"],
    "Code-switched reply: 5-star request conditional on satisfaction after a replacement.",
    """
Hi 您好 Jessica,

The replacement saddle pad 已经寄出了, tracking number 是 1Z8V31E20319846620, 预计 Thursday 到.

如果您满意的话 please give us 5 stars, 这对我们小店真的很重要, thank you so much!
""")

add(V, "mixed", [RI], ["pet grooming clippers", "uk", "reply", "remove-review", "after-refund"],
    "Code-switched: asks to delete (删掉) a 1-star review after a refund.",
    """
Dear customer,

关于刀头发热的问题, we have already refunded the full amount to your card. 我们新一批的产品也已经改进了散热.

Could you help us 把那条 1-star review 删掉? It really hurts our listing. Thank you very much.
""")

add(V, "mixed", [OFF], ["sim racing pedals", "us", "reply", "url", "social", "discord"],
    "Code-switched: Discord invite link as the support channel.",
    """
Hi Alex,

踏板的 calibration 教程都在我们的 Discord server 里: discord.gg/pedalworks ，join 之后在 #support 频道 ping 我们就行，我们的技术员基本上都在线。
""")

add(V, "mixed", [OFF], ["welding helmets", "ca", "reply", "social", "youtube", "email"],
    "Code-switched: YouTube channel search plus a direct e-mail address.",
    """
您好 Mr. Lee,

Auto-darkening 的灵敏度调节 video 我们放在 YouTube 上了，搜 "ArcShade setup" 就能找到。如果看完还有问题，直接 email 我们 arcshade.service@outlook.com，我们当天回复。
""")

add(V, "mixed", [MKT], ["bread proofing baskets", "us", "proactive", "new-product", "storefront"],
    "Code-switched: launch price for a new set and a push to the store page.",
    """
Hi Megan,

Thanks for your order! 发酵篮第一次使用前记得撒一层米粉, dough 就不会粘.

顺便说一下 we just launched 新款 oval banneton 套装, with liner and scraper, 现在 launch price 只要 $19.99, check it out on our store page!
""")

# ===========================================================================
# EVASIONS (30)
# ===========================================================================
E = "evasion"

add(E, "en", [RI], ["golf equipment", "us", "reply", "emoji-stars"],
    "Five emoji stars 'next to your name on the product page' - no word 'review' or 'rating'.",
    """
Hi Rob,

The midsize grips you asked about are back in stock, and your replacement set shipped today with tracking TBA318845720001.

If they feel right in your hands, we'd be thrilled to see ⭐⭐⭐⭐⭐ next to your name on the product page. Thanks for sticking with us!
""")

add(E, "en", [RI], ["leathercraft tools", "uk", "reply", "symbol-stars"],
    "U+2605 black stars as a rating request, conditional on satisfaction.",
    """
Hello Fiona,

The stitching chisel prongs are meant to be very sharp; if they're catching the leather, press them into a cork block first and wipe them with a little wax.

Should the set live up to what you hoped, a ★★★★★ from you would honestly make our week. Enjoy the new project!
""")

add(E, "en", [MKT], ["chess sets", "us", "reply", "spacing", "coupon", "sale"],
    "Letter-spaced store-wide discount and code ('t w e n t y  p e r c e n t  o f f', 'S P R I N G 2 0').",
    """
Hi Mr. Patel,

The 3.75-inch king matches the 2.25-inch squares on your board, so the pieces will sit comfortably.

Also, the whole store is t w e n t y  p e r c e n t  o f f this month - just type  S P R I N G 2 0  at checkout on any of our boards or clocks.
""")

add(E, "en", [RI], ["dog agility equipment", "au", "reply", "leetspeak", "incentive", "gift-card"],
    "Leetspeak 'r3v1ew', 'Amaz0n', 'g1ft c4rd': gift card for a review.",
    """
Hi Kate,

So sorry the weave pole bases arrived cracked; the freight company must have dropped the box. A full replacement set goes out today.

Quick one: post your honest r3v1ew on Amaz0n and we'll send a $15 g1ft c4rd as a thank-you. Just reply here once it's live.
""")

add(E, "en", [RI], ["solar garden lights", "uk", "reply", "homoglyph-cyrillic", "remove-review"],
    "Cyrillic е/о inside 'remove' and 'review' (U+0435, U+043E): request to remove a product review after a refund.",
    """
Dear Mr. Evans,

We've refunded the six stake lights that stopped charging, and the new batch uses an improved panel.

As this has now been resolved, we'd kindly ask you to r\u0435m\u043ev\u0435 your r\u0435vi\u0435w from the listing. Thank you for understanding.
""")

add(E, "en", [RI], ["typewriter ribbons", "us", "reply", "line-split", "five-star"],
    "'five-star rating' hyphenated across line breaks ('five-\\nstar rat-\\ning').",
    """
Hi Walter,

The nylon ribbon for your Smith-Corona Galaxie is the 13 mm universal spool; the one you received is correct, it just needs the reversing eyelet facing inward.

We're a two-person shop, so if you could spare us a five-
star rat-
ing on the listing, it would mean a great deal.
""")

add(E, "en", [OFF], ["kayak paddles", "us", "reply", "at-dot", "email"],
    "E-mail written as 'paddlehelp (at) riverbend-outfitters (dot) com'.",
    """
Hi Sophie,

The feathering angle is set with the push button at the ferrule; press and rotate to 0°, 30° or 60°. If the button sticks, a drop of silicone spray frees it up.

For anything else, drop a line to paddlehelp (at) riverbend-outfitters (dot) com and I'll get back to you the same day.
""")

add(E, "en", [OFF], ["drone propellers", "us", "reply", "spelled-digits", "phone"],
    "Phone number spelled out in words ('five one two, five five five, zero one nine eight').",
    """
Hey Chris,

The 5-inch props you got are CW/CCW pairs; check that the ones with the little R on the hub go on motors 2 and 3.

If you'd rather talk it through, text me on five one two, five five five, zero one nine eight and I'll send you a picture of the correct layout.
""")

add(E, "en", [OFF], ["microscope slides", "ca", "reply", "zero-width", "whatsapp", "phone"],
    "Zero-width space inside 'WhatsApp' and inside the phone number.",
    """
Hello Dr. Nguyen,

Sorry that three of the prepared slides arrived with cracked cover glass. Replacements are being packed today.

If you need to confirm which specimens are affected, message me on Whats\u200bApp: +1 416 555 0\u200b183. It's quicker than waiting for the inbox here.
""")

add(E, "en", [OFF], ["bird feeders", "us", "reply", "full-width", "url", "own-website"],
    "Own-website URL in full-width characters (ｗｗｗ．…．ｃｏｍ).",
    """
Hi Janet,

The squirrel baffle should sit at least 4 ft above the ground to work properly; the extension pole in the box gives you the extra height.

Mounting diagrams for every pole size are on our site: ｗｗｗ．ｆｅｅｄｅｒｈｕｂｓｈｏｐ．ｃｏｍ／ｇｕｉｄｅｓ
""")

add(E, "en", [OFF], ["soap making molds", "uk", "reply", "separators", "telegram"],
    "Hyphen-separated 'T-e-l-e-g-r-a-m' plus a spaced handle '@ lather_lab_help'.",
    """
Hi Hannah,

Soda ash on cold-process bars usually comes from cooling too quickly; try covering the mould with a towel for the first 24 hours.

We also have a little support group on T-e-l-e-g-r-a-m (search for @ lather_lab_help) where we share recipes and answer questions faster.
""")

add(E, "en", [MKT], ["orthopedic insoles", "us", "reply", "leetspeak", "coupon", "new-product"],
    "Leetspeak coupon and new-product push ('c0up0n c0d3', '0ff', 'n3xt 0rder', 'h33l cups').",
    """
Hi Brian,

Trim the insoles along the size 10 line with sharp scissors; the arch position stays the same.

PS: our new h33l cups just dropped. Use c0up0n c0d3 ARCH-25 for 25% 0ff your n3xt 0rder with us.
""")

add(E, "en", [MKT], ["wine decanters", "uk", "reply", "homoglyph-greek", "coupon"],
    "Greek omicron/Tau/Alpha/Kappa/Epsilon in 'code TAKE15 ... off your next order from our store'.",
    """
Dear Ms. Laurent,

For red wine, half an hour in the decanter is usually enough; young tannic wines can take an hour.

Use c\u03bfde \u03a4\u0391\u039a\u039515 for 15% \u03bfff y\u03bfur next \u03bfrder fr\u03bfm \u03bfur st\u03bfre.
""")

# ---- Simplified Chinese evasions -------------------------------------------
add(E, "zh", [RI], ["billiard cues", "us", "reply", "pinyin", "incentive", "positive-review"],
    "Pinyin 'haoping' (好评) and 'fanxian' (返现).",
    """
您好，

杆头的皮头脱胶了，我们已经补寄了两个新的皮头和一小支胶水。

另外用得顺手的话麻烦给个haoping呀，发完私信我们截图，有fanxian哦～
""")

add(E, "zh", [RI], ["coffee grinders", "us", "reply", "homophone", "incentive", "five-star"],
    "Homophone 好平 for 好评, '五颗心' for five stars, 小红包 as the reward.",
    """
您好，

磨豆机卡豆一般是豆子太油，清理一下刀盘就好，视频教程在说明书第6页。

收到货满意的话给个“好平”呗，五颗心那种，私信截图给您发个小红包～
""")

add(E, "zh", [RI], ["aquarium filters", "ca", "reply", "separators", "incentive"],
    "Slash-separated 好/评/返/现 and 留/评/截/图.",
    """
您好，

过滤器噪音大是因为叶轮里卡了沙子，取出来冲洗干净就好。

活动说明：好/评/返/现，留/评/截/图发给我们即可领取。
""")

add(E, "zh", [OFF], ["drumsticks", "us", "reply", "slang", "wechat"],
    "'加V' slang for WeChat with an ID.",
    """
您好，

断掉的那一对鼓棒我们给您补发了，今天出库。

以后有什么问题可以直接加V：drum_stix88，备注一下订单号，回复比站内快。
""")

add(E, "zh", [OFF], ["rowing machines", "us", "reply", "spelled-digits", "phone"],
    "Mobile number written in financial Chinese numerals (壹叁捌…).",
    """
您好，

阻力调不动的话，可能是旋钮下面的卡扣没有到位，往下按一下再转。

实在不行可以打给我们的技术：壹叁捌 零零壹叁 捌捌陆陆，白天晚上都可以。
""")

add(E, "zh", [MKT], ["garden shears", "us", "reply", "zero-width", "coupon", "new-product"],
    "Zero-width spaces inside 优惠券 and 下单立减.",
    """
您好，

剪刀开合发紧，是因为中间的螺丝出厂拧得比较紧，用附带的扳手松四分之一圈就好。

另外送您一张店铺\u200b优\u200b惠\u200b券，下\u200b单\u200b立\u200b减\u200b8美元，新款修枝锯也能用。
""")

add(E, "zh", [MKT], ["washi tape", "us", "reply", "full-width", "coupon"],
    "Full-width promo code ＮＥＷ３０.",
    """
您好，

胶带边缘发黏是因为运输途中温度偏高，放阴凉处一两天就会恢复。

下次买新款可以用优惠码ＮＥＷ３０，全店七折。
""")

add(E, "zh", [MKT], ["pet water fountains", "uk", "reply", "spacing", "slang", "buy-again"],
    "Spaced '回 购 立 减 十 块' buy-again discount with seller slang (老客福利, 冲鸭).",
    """
您好，

饮水机的滤芯建议每两周换一次，水泵每个月拆下来冲洗一下。

老客福利：回 购 立 减 十 块，新上的陶瓷款也参加，冲鸭！
""")

# ---- Traditional Chinese evasions ------------------------------------------
add(E, "hant", [RI], ["diving masks", "us", "reply", "symbol-stars"],
    "Traditional: five white stars ☆☆☆☆☆ as the rating request, conditional on satisfaction.",
    """
您好，

新的面鏡已經補寄給您，這次有附防霧劑。

用得滿意的話，麻煩給我們個☆☆☆☆☆，這對我們小店幫助很大，感恩！
""")

add(E, "hant", [OFF], ["clay teapots", "us", "reply", "slang", "line"],
    "Traditional: Taiwanese slang 加賴 (add on LINE) with a handle.",
    """
您好，

壺蓋的氣孔如果出水不順，用牙籤輕輕通一下就可以了。

有其他泡茶的問題歡迎加賴 @zisha_tw88 詢問，我們回得比較快。
""")

add(E, "hant", [OFF], ["calligraphy supplies", "ca", "reply", "at-dot", "email", "slang"],
    "Traditional: e-mail with 小老鼠 for @ and 點 for dot.",
    """
您好，

熟宣比較適合工筆，寫行書的話建議用您這次買的半生熟。

如果需要我們的完整紙張規格表，可以來信 paper.service小老鼠inkhouse點com點tw，我們會寄給您。
""")

add(E, "hant", [MKT], ["bike lights", "us", "reply", "zhuyin", "new-product", "buy-again"],
    "Traditional: Zhuyin 回ㄍㄡˋ (回購) for a repeat-purchase discount on a new product.",
    """
您好，

車燈充電時紅燈亮、充飽後會轉綠燈，約需三小時。

新款尾燈已經上架了，老客人回ㄍㄡˋ一律85折，歡迎來逛逛我們的店ㄛ！
""")

add(E, "hant", [MKT], ["beading kits", "au", "reply", "line-split", "coupon"],
    "Traditional: 折扣碼 written one character per line.",
    """
您好，

少寄的那包4mm水晶珠已經補寄，大約一週會到。

另外附上本店專屬
折
扣
碼 BEAD15，
下次購買任何材料包都能使用。
""")

# ---- Mixed evasions -----------------------------------------------------------
add(E, "mixed", [OFF], ["seal carving stones", "us", "reply", "spacing", "wechat"],
    "Code-switched: spaced 'w x' (WeChat) handle.",
    """
Hi Kevin,

青田石比较软, carving 的时候刀要斜一点. 如果想看我们老师的 demo, 可以加 w x : seal_art_88 , 我发视频给您.
""")

add(E, "mixed", [MKT], ["kites", "uk", "reply", "full-width", "coupon"],
    "Code-switched: full-width code ＦＬＹ１０ for a store-wide discount.",
    """
Hi Oliver,

The spare spar 已经放进包裹里了, should arrive Monday.

下次 order 用 code ＦＬＹ１０ 可以 get 10% off 全店的 kites 和 line!
""")

add(E, "mixed", [RI], ["baking molds", "us", "reply", "emoji-stars", "incentive"],
    "Code-switched: '5⭐' plus a 'small surprise 🎁' for a photo review (晒图).",
    """
Hi Sarah,

硅胶模具第一次用之前 please wash 一下 and 抹一点油.

如果 you like it, 请给我们 5⭐ 哈, 晒图的话有 small surprise 🎁 送给您!
""")

add(E, "mixed", [OFF, MKT], ["terrarium kits", "us", "reply", "lookalike-latin", "instagram", "giveaway"],
    "Code-switched: 'lnstagram' spelled with a lowercase L, follow for a giveaway: social handle AND promotion.",
    """
Hi Emma,

Terrarium 里的 moss 变黄 usually 是水太多, 盖子打开通风两天就好.

Follow 我们的 lnstagram @mossy.world.studio 参加每周的 giveaway, 赢免费的 terrarium kit!
""")

# ===========================================================================
# NEAR-MISSES (55) - all labels []
# ===========================================================================
N = "near-miss"

add(N, "en", [], ["golf equipment", "us", "reply", "cancel", "order-id"],
    "'cancelled' a duplicate order at the buyer's request; two order ids must not read as phone numbers.",
    """
Hi Peter,

You're right, two identical orders went through a minute apart. As you asked, I've cancelled the second one (114-3308215-7719046), so you'll only be charged once and only one dozen of the Tour Soft balls will ship. The first order, 114-3308190-2264418, is still on track for delivery on Wednesday.

Best,
Links & Co Golf
""")

add(N, "en", [], ["car seat covers", "us", "reply", "remove", "refund"],
    "Fitting instructions with 'remove the headrests' plus a plain return/refund pointer.",
    """
Hi Dana,

To get the cover over the back seat, first remove the headrests by pressing the small release button at the base of each post and pulling up. The cover then slides down, and the elastic straps go under the seat and hook onto the front edge. Put the headrests back through the slits last.

If it still won't fit your 2017 Camry, let me know; it can be returned for a full refund within 30 days of delivery from Your Orders.

Thanks,
SeatShield
""")

add(N, "en", [], ["reptile heating", "uk", "reply", "update", "change"],
    "'updated the delivery instructions' and 'change the delivery address' in a logistics reply.",
    """
Hello Mr. Fraser,

I've updated the delivery instructions on our side so the courier leaves the parcel with your neighbour at number 14. The order hasn't left the warehouse yet, so if you'd rather change the delivery address itself, you can still do that from Your Orders on Amazon before it ships tomorrow.

Kind regards,
Basking Bright
""")

add(N, "en", [], ["poultry incubators", "us", "reply", "review-word", "rating-word"],
    "'please review the diagram' and electrical 'rated for / rating' - no review request.",
    """
Hi Carla,

Before you wire the external thermostat, please review the diagram on page 3 of the manual I've attached. The outlet is rated for 600 W, so the 150 W heater and the 40 W fan together are well within the rating. Plug the heater into the thermostat rather than the wall, and tape the probe at egg height.

Best,
HatchRight
""")

add(N, "en", [], ["water filters", "us", "reply", "feedback-notice", "after-resolution", "warn-ok"],
    "Amazon's own neutral seller-feedback notice after the buyer confirmed the fix; brief: allowed, warn at most.",
    """
Hello Mr. Okafor,

Thank you for confirming that the replacement under-sink filter arrived and that the leak at the quick-connect fitting has stopped. I'm sorry the first unit caused so much trouble.

If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided. Whether you do so is entirely up to you.

Regards,
PureLine Water
""")

add(N, "en", [], ["kids scooters", "us", "proactive", "neutral-request", "order-id"],
    "Neutral, once-per-order review request that names 'positive or negative' in a balanced way.",
    """
Hello,

Your ZoomKid 3-wheel scooter (order 112-5569031-4482107) was delivered last week. We'd appreciate it if you would share your experience with it on Amazon; honest comments, positive or negative, help other families decide whether it suits their child.

Thank you,
ZoomKid
""")

add(N, "en", [], ["DJ controllers", "uk", "reply", "thanks-review", "five-star-word"],
    "Reply thanking the buyer for a five-star review they mentioned, then answering their question; not a solicitation.",
    """
Hi Leon,

Thanks for telling us about the five-star review you posted - that was kind of you.

On your question about the crossfader: hold SHIFT and press CUE on deck 2 to cycle through the three curves. The sharpest one is the one most scratch DJs use, and the setting is kept after you power off.

Cheers,
MixLab Audio
""")

add(N, "en", [], ["embroidery kits", "us", "reply", "refuse-incentive", "discount-word", "free-remedy"],
    "Seller REFUSES a discount/refund for a review (contains 'discount', 'refund', 'in exchange for a review'), then sends a free fix.",
    """
Hi Beth,

I'm sorry, but we can't offer a discount, a refund or anything else in exchange for a review. Amazon doesn't allow it, and in any case we'd rather you write whatever you honestly think of the kit.

What we can do is fix the hoop: the tension screw on yours is cross-threaded, so a replacement 8-inch hoop is on its way at no charge.

Best,
Loop & Needle
""")

add(N, "en", [], ["calligraphy supplies", "us", "reply", "refuse-offplatform", "im-word", "email-word"],
    "Seller declines the buyer's WhatsApp/e-mail and keeps the conversation on Amazon.",
    """
Hi Mr. Zhou,

Thank you for offering your WhatsApp number and email, but we're not able to continue the conversation outside Amazon. Amazon asks sellers to keep all buyer contact in Buyer-Seller Messaging, and it keeps your details private too.

Please attach the photos of the ink stick to this thread; you can add several images to one message. We'll look at them today.

Regards,
Brush & Stone
""")

add(N, "en", [], ["bicycle trainers", "us", "reply", "amazon-promo", "coupon-word", "warn-ok"],
    "Explains an Amazon coupon the buyer asked about; brief: lower severity (warn) in a reply.",
    """
Hi Nadia,

The 15% coupon you saw is an Amazon coupon: it appears under the price on the product page, you tick the box to clip it, and Amazon takes it off at checkout. Your order was placed on the 3rd, the day before that coupon started, so it couldn't apply. We're not able to add it to an order afterwards, but you can still return the unopened trainer within 30 days through Your Orders if you prefer.

Sorry I don't have better news,
Kinetix Indoor Cycling
""")

add(N, "en", [], ["archery", "us", "reply", "order-id", "tracking", "asin"],
    "Order id, a space-separated UPS tracking number and an ASIN - none is a phone number.",
    """
Hi Marcus,

Order 113-4820715-9936402 left our warehouse yesterday with UPS, tracking 1Z 7A4 E92 03 1845 6627. The carrier currently estimates Thursday.

You asked whether this is the 24-inch or the 18-inch block target: the ASIN on your order, B0CX4T7QLM, is the 24-inch version, so you have the larger one.

Best,
Bullseye Foam Targets
""")

add(N, "en", [], ["woodworking benches", "us", "reply", "carrier-phone", "bulky-delivery", "warn-ok"],
    "Freight carrier's phone number for scheduling a pallet delivery; brief: carrier numbers are an exception (warn).",
    """
Hello Ms. Carter,

Because the workbench ships on a pallet (148 lb), the freight carrier needs to book a delivery window with you. Northline Freight will contact you, or you can call their customer line at 1-800-555-0199 and quote PRO number 4839201177 to choose a day that suits you.

Best regards,
Timberline Benches
""")

add(N, "en", [], ["sewing machines", "us", "reply", "warranty-phone", "warn-ok"],
    "Manufacturer's warranty line; brief: warranty/manufacturer numbers are an exception (warn).",
    """
Hi Rosa,

The motor is covered by the manufacturer's two-year warranty, and they handle those claims directly. Their warranty line is 1-888-555-0160 (Mon-Fri, 8-6 Eastern); have the serial number from the silver plate under the bobbin cover ready when you call. If they confirm the motor has failed and can't be repaired, we'll arrange a replacement through Amazon.

Kind regards,
StitchWorks
""")

add(N, "en", [], ["ski goggles", "us", "reply", "amazon-link", "refund", "return"],
    "Link to Amazon's own order-history page to start a return; brief: at most info.",
    """
Hi Tyler,

Sorry the lens doesn't fit the frame. You can start the return here: https://www.amazon.com/gp/css/order-history - find this order, choose "Return or replace items" and pick "Item defective". Return shipping is free for that reason, and the refund is issued as soon as the carrier scans the package.

Thanks,
Alpine Optics
""")

add(N, "en", [], ["grow tents", "us", "reply", "order-link", "https", "warn-ok"],
    "https freight-tracking link needed to receive the order; brief: order-related https link -> warn.",
    """
Hi Jamal,

The grow tent kit ships by LTL freight because of the size of the light. Here is the carrier's tracking page for your shipment: https://tracking.northlinefreight.com/pro/77291034 . It shows the delivery appointment once their local terminal books it, usually the day before.

Regards,
GreenTier Hydro
""")

add(N, "en", [], ["shower heads", "au", "reply", "product-fact", "star-word", "free-word"],
    "WELS water-efficiency star ratings and 'free from BPA' as product facts.",
    """
Hi Mia,

Yes, the star label on the box is the Australian WELS water-efficiency rating. This shower head has a 3-star WELS rating, which means it uses no more than 9 litres a minute; the 5-star models you mentioned restrict the flow further and usually feel weaker. The body is free from BPA and lead.

Cheers,
RainCo Bathroom
""")

add(N, "en", [], ["inline skates", "us", "reply", "free-remedy", "new-word"],
    "'a new set ... free of charge' is a remedy, not a promotion.",
    """
Hi Owen,

A wheel bearing that seizes after one session shouldn't happen. We've sent you a new set of eight wheels with pre-installed bearings free of charge; they should arrive on Tuesday. There's no need to send the old ones back.

Best,
Glide Skates
""")

add(N, "en", [], ["sim racing wheels", "us", "reply", "price-error", "discount-word"],
    "Explains that a low price was a pricing error, not a discount; buyer keeps the price paid.",
    """
Hi Derek,

The lower price you saw on Tuesday afternoon wasn't a planned discount; it was a pricing error on our side that lasted about two hours. Orders placed during that window, including yours, are being honoured, so you keep the price you paid and we won't charge the difference.

Your wheel base ships tomorrow.

Regards,
Apex Sim Gear
""")

add(N, "en", [], ["telescope mounts", "us", "reply", "product-fact", "new-word", "sale-word", "free-word"],
    "'free-standing', 'new firmware', 'sale date' as product/warranty facts.",
    """
Hi Helen,

The tripod is free-standing, so you don't need the pier adapter for backyard use. Your mount already has the new firmware (version 4.1) installed, which includes the updated alignment routine.

For the warranty, the start date is the sale date shown on your Amazon invoice, so there's nothing to register.

Clear skies,
Peak Optics
""")

add(N, "en", [], ["smart bird feeders", "uk", "reply", "product-feature", "im-word"],
    "WhatsApp/Telegram named as notification targets of the product, not as contact channels.",
    """
Hi Ruth,

Yes, the feeder camera can send a notification to WhatsApp or Telegram when a bird lands; you link them in the app under Settings > Alerts. You don't need an account with us, and if you prefer, alerts can simply stay in the app.

Best wishes,
Wingspan Cams
""")

add(N, "en", [], ["rowing machines", "uk", "reply", "at-word", "times"],
    "Many ordinary uses of 'at' plus times and weights; no e-mail, no phone.",
    """
Hi Graham,

Your rowing machine is at the Leeds depot at the moment and arrives at your address on Thursday between 7 am and 1 pm. The driver will call about 30 minutes before arriving at the door. The box weighs 62 kg, so it's a two-person delivery and they'll bring it inside to the ground floor.

Kind regards,
Stroke Fitness
""")

add(N, "en", [], ["fishing reels", "us", "reply", "review-word", "informational"],
    "Informs the buyer that Amazon may e-mail a review request and the seller will not send one.",
    """
Hi Vince,

Glad the drag knob replacement went smoothly. Just so you know, Amazon may send you an email in the next few weeks asking for a review of the reel. You can answer it or ignore it; we won't send a separate request of our own.

Tight lines,
Riverline Reels
""")

add(N, "en", [], ["camping hammocks", "us", "reply", "after-freebie", "neutral-request", "warn-ok"],
    "Neutral 'share your experience, whatever it is' right after a free replacement; brief REV-AFTER-FREEBIE says warn, not error.",
    """
Hi Lena,

I'm sorry the carabiner on the hammock arrived bent. We've shipped a complete replacement hammock at no cost, and you don't need to return the first one.

Whenever you've had a chance to use it, you're welcome to share your experience on the product page, whatever it turns out to be.

Best,
Canopy Outdoors
""")

add(N, "en", [], ["ukulele strings", "us", "reply", "amazon-link", "answer-question", "warn-ok"],
    "Amazon detail-page link answering the buyer's question about which strings fit; brief: marketing rules warn in a reply that answers the buyer.",
    """
Hi Noah,

The strings in the box are for soprano and concert ukuleles. For your baritone you'll need a DGBE set with wound 3rd and 4th strings, which is this separate listing: https://www.amazon.com/dp/B0D2LQ7V8M . If you'd like to send the soprano set back, the return is free within 30 days.

Thanks,
Island Strings
""")

add(N, "en", [], ["pottery wheels", "us", "reply", "quoted-buyer", "email-in-quote", "tracking"],
    "Buyer's own e-mail appears only in the quoted original message; the seller part keeps contact on Amazon (brief: lint only the seller-authored part).",
    """
Hi Dana,

Thanks for the details. We'll keep the conversation here in Amazon messages so your contact details stay private; there's no need to share them. The replacement splash pan shipped today with tracking TBA319004512000.

Best,
ClayTurn

--- Original message ---
> The splash pan cracked on the first use. If it's easier you can also reach me at dana.whitfield87@gmail.com
""")

add(N, "en", [], ["tatami mats", "us", "reply", "review-word", "refund", "change"],
    "'We reviewed the photos', a refund amount, 'change your mind' - logistics only.",
    """
Hi Kenji,

We reviewed the photos of the mat with the split edge binding and issued a refund of $42.17 to your original payment method this morning. If you change your mind about returning the second mat, that's fine; the return window stays open until 30 June.

Regards,
Washitsu Living
""")

# ---- Simplified Chinese near-misses --------------------------------------------
add(N, "zh", [], ["calligraphy supplies", "us", "reply", "cancel", "order-id"],
    "取消 a duplicate order at the buyer's request, with an order id.",
    """
您好，

已按您的要求取消了重复下单的那一笔（订单号 112-7730215-4418093），这笔不会扣款。另一笔订单的三支毛笔明天发货，发货后物流信息会在订单页面更新。
""")

add(N, "zh", [], ["car seat covers", "ca", "reply", "change", "address"],
    "修改 the delivery address (logistics).",
    """
您好，

收货地址已经按您提供的新地址修改好了，公寓号也加上了。包裹明天上午出库，出库之后地址就没办法再改了，如有变化请在今天告诉我们。
""")

add(N, "zh", [], ["reptile heating", "us", "reply", "delete", "invoice"],
    "删除 a duplicate invoice and 改 the invoice header.",
    """
您好，

系统里重复生成的那张发票我们已经删除，附件是正确的发票，抬头已按您的要求改成公司名称。
""")

add(N, "zh", [], ["golf equipment", "us", "reply", "refund", "substring"],
    "全额退款 plus 评估 (contains 评) - no link to a review.",
    """
您好，

推杆握把开胶的问题，全额退款已经原路退回，3到5个工作日到账，推杆不用寄回。

您提到的杆身弯曲，我们已经把照片转给质检部门评估，如果确认是这一批次的问题，会在这里告诉您结果。
""")

add(N, "zh", [], ["water filters", "us", "reply", "substring", "product-fact"],
    "Cross-boundary substrings 检索评测 and 搜索评论 (both contain 索评).",
    """
您好，

关于您问的除氯效果：我们检索评测报告后确认，这款滤芯在标准流量下对余氯的去除率为95%，报告编号 NSF-42-2023-0815。

滤芯寿命是150升，一般家庭大约两个月换一次。您也可以在商品页面搜索评论里提到的“水垢”，其他买家分享过硬水地区的使用情况。
""")

add(N, "zh", [], ["embroidery kits", "us", "proactive", "neutral-request", "order-id"],
    "Neutral once-per-order request: share your real experience, good or bad.",
    """
您好，

您的刺绣套装（订单号 113-9021744-3356102）已于上周送达。欢迎您在商品页面分享真实的使用体验，无论好坏，都能帮助其他买家做出选择。

谢谢！
""")

add(N, "zh", [], ["cross-stitch kits", "us", "reply", "thanks-review"],
    "Reply thanking for a 好评 the buyer already wrote, then answering a hoop-size question (brief: info at most).",
    """
您好，

谢谢您在留言里告诉我们已经写了好评，我们很开心您喜欢这幅图案。

关于您问的绷架尺寸：这幅成品是30×40厘米，建议用35厘米的圆形绣绷，分区域绣就可以。
""")

add(N, "zh", [], ["fishing rods", "us", "reply", "refuse-incentive", "free-remedy"],
    "Seller refuses 返现/礼品/折扣 for a review (all risky words present), then sends a free part.",
    """
您好，

不好意思，亚马逊规定卖家不能用返现、礼品或折扣来换取评价，所以您说的这个我们没办法答应，评价写什么完全由您决定。

竿梢接口松动的问题，我们会免费补寄一个新的竿梢，预计下周到。
""")

add(N, "zh", [], ["drones", "us", "reply", "refuse-offplatform", "im-word"],
    "Seller refuses to add WeChat or talk by phone; keeps it in Amazon messages.",
    """
您好，

抱歉，根据亚马逊的规定，我们不能添加微信，也不能通过电话联系，所有沟通都需要在亚马逊站内信里进行。

请直接把飞行日志和视频附在这条消息里，我们的技术人员今天就会查看。
""")

add(N, "zh", [], ["golf equipment", "us", "reply", "feedback-notice", "after-resolution", "warn-ok"],
    "Chinese form of Amazon's neutral post-resolution seller-feedback notice (brief C5 allowed form; warn at most).",
    """
您好，

很高兴新的手套尺码合适，之前的问题给您添麻烦了。如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，是否修改完全由您决定。
""")

add(N, "zh", [], ["automatic pet feeders", "us", "reply", "product-feature", "im-word"],
    "微信 as a product notification feature, not a contact handle.",
    """
您好，

这款喂食器可以绑定微信接收喂食提醒，也支持手机短信通知，在App的“通知设置”里选择即可。绑定的是您自己的微信账号，不需要添加任何人。
""")

add(N, "zh", [], ["knife sharpeners", "uk", "reply", "free-remedy"],
    "免费补发 is a remedy, not a promotion.",
    """
您好，

陶瓷磨刀棒在运输中断了，非常抱歉。我们已免费为您补发一根新的，这次加厚了包装，原来那根不用寄回，直接丢弃即可。
""")

add(N, "zh", [], ["go boards", "us", "reply", "product-fact", "star-word"],
    "星位 (star points on a Go board) - stars as a product fact, no rating context.",
    """
您好，

棋盘上的九个小黑点叫“星位”，正中间那个叫“天元”，是19路棋盘的标准标记，不是印刷瑕疵。13路那一面只有五个星位，也是正常的。
""")

add(N, "zh", [], ["guitar pedals", "us", "reply", "order-id", "tracking", "asin", "free-remedy"],
    "Order id, UPS tracking number and an ASIN in one logistics reply.",
    """
您好，

您的订单 111-2345678-9012345 已由UPS发出，运单号 1Z9X8W7V0312345678，预计周三送达。替换用的电源适配器是单独的商品，ASIN为 B0B7H3K2LP，已经随这个包裹一起免费寄出了。
""")

add(N, "zh", [], ["camping lanterns", "us", "reply", "amazon-promo", "warn-ok"],
    "Explains an Amazon 'buy 2, save 5%' promotion the buyer asked about (brief: warn in reply).",
    """
您好，

您看到的“满2件减5%”是亚马逊平台在商品页面显示的促销，需要在同一个订单里购买两件，结账时才会自动抵扣。您这次是分两笔下单的，所以系统没有计算。已经完成的订单我们没办法追加这个优惠，抱歉。
""")

add(N, "zh", [], ["car fridges", "us", "reply", "carrier-phone", "tracking", "warn-ok"],
    "FedEx customer-service number and tracking number for a redelivery (carrier exception, warn).",
    """
您好，

查询了一下，包裹在FedEx那边显示地址不完整。您可以直接拨打FedEx客服 1-800-463-3339，提供运单号 7712 4459 8820 补充门牌号，他们会安排第二天重新派送。
""")

# ---- Traditional Chinese near-misses -------------------------------------------
add(N, "hant", [], ["golf bags", "us", "reply", "cancel", "refund"],
    "Traditional: 取消訂單 at buyer's request and 退款 timing.",
    """
您好，

已經依照您的要求取消訂單，款項會在3到5個工作天內退回原付款方式。取消後訂單頁面會顯示「已取消」，不需要再做其他動作。
""")

add(N, "hant", [], ["embroidery hoops", "ca", "reply", "delete", "change", "address"],
    "Traditional: 刪除 a duplicate shipment and 修改 the house number.",
    """
您好，

我們已經刪除系統裡重複建立的出貨單，並修改了地址中的門牌號碼，包裹明天會照正確地址寄出。
""")

add(N, "hant", [], ["aquarium lights", "us", "reply", "feedback-notice", "after-resolution", "warn-ok"],
    "Traditional form of the neutral post-resolution seller-feedback notice (warn at most).",
    """
您好，

很高興新的燈具已經正常運作。如果您認為問題已經解決，您可以自行選擇更新或移除先前留下的賣家回饋，要不要這麼做完全由您決定。
""")

add(N, "hant", [], ["calligraphy supplies", "us", "reply", "thanks-review", "five-star-word"],
    "Traditional: thanks for a five-star review the buyer said they left, then care instructions.",
    """
您好，

謝謝您告訴我們已經留下五星評價，我們很高興您喜歡這組毛筆。

至於您問的開筆方式：請用溫水浸泡筆頭約十分鐘，輕輕捏開膠質即可，不要用熱水。
""")

add(N, "hant", [], ["inkstones", "us", "reply", "quote", "positive-word"],
    "Traditional: 好評 appears only inside a quoted phrase from another seller's title.",
    """
您好，

您截圖中的「好評如潮」字樣，是其他賣家在自己商品標題裡使用的文案，並不是我們的商品。我們這款硯台的型號是SY-08，可以在包裝盒底部的標籤上核對。
""")

add(N, "hant", [], ["kids scooters", "us", "reply", "refuse-offplatform", "im-word"],
    "Traditional: seller declines LINE/phone contact.",
    """
您好，

很抱歉，依照亞馬遜的規定，我們無法透過LINE或電話跟您聯絡，請直接在這裡回覆照片或影片，我們會盡快查看煞車的問題。
""")

add(N, "hant", [], ["reptile heating", "us", "reply", "free-remedy", "new-word", "product-fact"],
    "Traditional: 免費補寄 remedy and 新版 as a product fact.",
    """
您好，

已經免費為您補寄一片新的加熱片。新版加熱片的表面溫度比舊版低約3度，請搭配溫控器使用，並貼在缸底外側，不要直接接觸底材。
""")

add(N, "hant", [], ["DJ controllers", "us", "reply", "update", "substring"],
    "Traditional: 韌體更新 and 評估 - logistics/tech words only.",
    """
您好，

請先將控制器的韌體更新到2.1版，更新步驟在附件說明書第12頁。更新完如果推桿還是跳動，請錄一段影片回覆在這裡，我們的工程師評估後會決定是換新還是寄修。
""")

# ---- Mixed near-misses -----------------------------------------------------------
add(N, "mixed", [], ["fencing masks", "us", "reply", "refund", "cancel"],
    "Code-switched refund and cancellation update.",
    """
您好 Mr. Grant,

Your refund 已经 processed, 金额是 $35.60, 一般 3-5 business days 到账. Order 里 cancelled 的那副 glove 不会再发货, 面罩照常 ship.
""")

add(N, "mixed", [], ["motorcycle helmets", "uk", "reply", "tracking", "order-id"],
    "Code-switched tracking update with a TBA number and an order id.",
    """
Hi Sean,

Tracking number TBA302948177000 已经更新了, carrier 显示 out for delivery, 今天 8pm 之前送到. 订单号 205-8841027-3390124, 如果今天没收到请再告诉我们.
""")

add(N, "mixed", [], ["art markers", "us", "reply", "review-word"],
    "Code-switched: 'review' means an internal QA review of photos.",
    """
Hi Lily,

关于您说的颜色和色卡不一致: we have passed your photos to our QA team for review, 他们会对比同批次的样品. 您这边不需要做任何事, 结果出来我们会在这里回复您.
""")

add(N, "mixed", [], ["fishing lures", "us", "reply", "amazon-promo", "warn-ok"],
    "Code-switched explanation of an Amazon 'Buy 2, save 5%' promotion the buyer asked about (warn in reply).",
    """
Hi Tom,

您问的 'Buy 2, save 5%' 是亚马逊的 promotion, 在 listing 价格下面的 'Promotions' 里可以看到. 同一个订单里买两件, checkout 时会 automatically 扣减, 不需要 code.
""")

add(N, "mixed", [], ["egg incubators", "us", "reply", "product-feature", "im-word"],
    "Code-switched product answer mentioning WeChat only to say it is not needed.",
    """
Hi Anna,

这款 incubator 的 thermostat 支持 Wi-Fi, 温度和湿度可以在 app 里设置. 不需要 WeChat 或者其他账号, 用邮箱注册 app 就可以.
""")

# ===========================================================================
# CLEAN (25) - all labels []
# ===========================================================================
C = "clean"

add(C, "en", [], ["wetsuits", "uk", "reply", "sizing"],
    "Plain sizing answer.",
    """
Hi Priya,

For the 4/3 mm winter suit, go by the size chart rather than your usual dress size: at 170 cm and 64 kg you're right in the middle of the medium. The suit will feel tight when dry; after a few minutes in the water it relaxes.

Kind regards,
Harbour Wetsuits
""")

add(C, "en", [], ["greenhouse kits", "us", "proactive", "delay-notice", "order-id"],
    "Proactive delay notice with the order id (an unexpected-problem message, allowed).",
    """
Hello,

We're writing about order 112-4478120-6650913 for the 6x8 polycarbonate greenhouse. One of the roof panel boxes was delayed at our supplier, so the order will ship three days later than estimated, on 12 March. The new delivery estimate is 15-17 March. We're sorry for the delay.

GrowSpace Greenhouses
""")

add(C, "en", [], ["home saunas", "ca", "proactive", "bulky-delivery", "order-id"],
    "Scheduling a bulky delivery (a permitted proactive purpose).",
    """
Hello Mr. Lindqvist,

Your two-person sauna (order 702-3381294-5520186) is ready to ship on a pallet. The carrier delivers to the curb on weekdays only; could you tell us which weekday next week suits you best, and whether there are steps or a steep driveway at the delivery address?

Best regards,
Nordic Heat
""")

add(C, "en", [], ["golf equipment", "us", "proactive", "customization"],
    "Verifying a custom engraving before production.",
    """
Hi Martin,

Before we engrave your putter, please confirm the text exactly as it should appear: "M.J.H. 14 ACE". It will be engraved in capitals on the back flange, about 6 mm high. Once you confirm, it ships within two business days.

Thanks,
Links & Co Golf
""")

add(C, "en", [], ["balance bikes", "au", "reply", "assembly"],
    "Assembly instructions.",
    """
Hi Chloe,

To attach the handlebars, slide the stem into the head tube until the minimum insertion mark is hidden, line the bars up with the front wheel, and tighten the top bolt with the 6 mm key included. For a two-year-old, the seat usually starts at its lowest setting.

Cheers,
Little Pedal
""")

add(C, "en", [], ["sewing machines", "us", "reply", "compatibility"],
    "Compatibility answer.",
    """
Hi Martha,

The class 15 bobbins in this pack fit your Brother machine; they're the flat-sided ones. L-style bobbins are slightly narrower and won't sit properly in that bobbin case.

Kind regards,
StitchWorks
""")

add(C, "en", [], ["equestrian saddles", "uk", "reply", "care"],
    "Care instructions.",
    """
Dear Ms. Hughes,

For the first month, apply a thin coat of the leather balm every couple of weeks and let it soak in overnight before riding. Avoid saddle soap on the suede knee rolls; a soft brush is enough there.

Best wishes,
Paddock Tack
""")

add(C, "en", [], ["climbing ropes", "us", "reply", "shipping"],
    "Shipping to a PO box.",
    """
Hi Eric,

We ship with USPS when the address is a PO box, so your order can go there without any problem. It normally takes 3-5 business days from dispatch.

Regards,
Summit Cordage
""")

add(C, "en", [], ["studio monitors", "uk", "reply", "invoice"],
    "VAT invoice attached on request.",
    """
Hello Mr. Becker,

As requested, the VAT invoice for your order is attached. It shows your company name and VAT number as you gave them. Please let us know if anything on it needs correcting.

Kind regards,
Studio Monitors Direct
""")

add(C, "en", [], ["DJ controllers", "us", "reply", "troubleshooting"],
    "Troubleshooting audio output.",
    """
Hi Andre,

If the lights work but there's no sound, the software is probably still sending audio to your laptop speakers. In the preferences, under Audio Setup, set the output device to the controller and choose Master on outputs 1-2. Restart the software after changing it.

Best,
MixLab Audio
""")

add(C, "en", [], ["calligraphy supplies", "us", "reply", "usage"],
    "How to grind an ink stick.",
    """
Hi Ms. Rivera,

Use a few drops of water at a time and grind the ink stick in slow circles with light pressure for about five minutes. When it leaves a soft trail that doesn't spread on the stone, it's ready. Dry the stick upright afterwards so it doesn't crack.

Regards,
Brush & Stone
""")

add(C, "en", [], ["garden hose reels", "us", "reply", "missing-part"],
    "Part shipped in a separate box.",
    """
Hi Paul,

The wall bracket for the hose reel is packed in a separate small box, which the tracking shows arriving tomorrow. I'm sorry for the confusion; the main box should have had a note saying so.

Thanks,
Coilwise Garden
""")

add(C, "en", [], ["climbing chalk", "us", "reply", "product-question"],
    "Ingredients question.",
    """
Hi Zoe,

Our chalk is pure magnesium carbonate with no added drying agent, so it's fine for the indoor gym you mentioned. The 250 g bag refills a standard chalk bag about four times.

Cheers,
Crux Chalk
""")

add(C, "zh", [], ["trekking poles", "us", "reply", "sizing"],
    "Length adjustment answer.",
    """
您好，

登山杖的长度可以在100到135厘米之间调节。您身高175厘米的话，平路建议调到120厘米左右，下坡时再放长5厘米。
""")

add(C, "zh", [], ["chicken coop doors", "us", "proactive", "delay-notice", "order-id"],
    "Proactive delay notice with order id.",
    """
您好，

关于您的订单 113-5520871-2093364：由于配套电池到货延迟，本订单将比预计晚两天发货，预计送达时间更新为3月20日至22日。给您带来不便，非常抱歉。
""")

add(C, "zh", [], ["chinese chess sets", "us", "proactive", "customization"],
    "Confirming engraving text before production.",
    """
您好，

在刻字之前想跟您确认一下内容：棋盒盖上刻“赠爷爷 八十大寿”，隶书，竖排，对吗？确认后我们两个工作日内完成并发货。
""")

add(C, "zh", [], ["yogurt makers", "us", "reply", "usage"],
    "Usage tips.",
    """
您好，

发酵时间建议8到10小时，室温低的时候可以延长到12小时。如果做出来偏稀，可以在牛奶里加一勺奶粉再发酵。
""")

add(C, "zh", [], ["clothes drying racks", "uk", "reply", "assembly"],
    "Tool-free assembly steps.",
    """
您好，

安装时先把两侧的支架插到底座上，听到“咔”一声就是卡紧了，再把横杆从上往下依次装上。整个过程不需要工具。
""")

add(C, "zh", [], ["table tennis bats", "us", "reply", "product-question"],
    "Material question.",
    """
您好，

这款球拍的底板是五层纯木，胶皮是反胶，适合初学者练习弧圈球。胶皮表面有一层保护膜，第一次使用前撕掉即可。
""")

add(C, "zh", [], ["studio monitors", "de", "reply", "invoice"],
    "Invoice sent as requested.",
    """
您好，

按您的要求，本订单的发票已经作为附件发送，抬头为您提供的公司名称和增值税号。如有信息需要调整，请在这里告诉我们。
""")

add(C, "hant", [], ["tea caddies", "us", "proactive", "delay-notice", "order-id"],
    "Traditional: typhoon delay notice with order id.",
    """
您好，

關於您的訂單 114-6631927-8804512：因為颱風影響，出貨時間將比原定晚三天，預計送達日期更新為10月8日至10日。造成不便，非常抱歉。
""")

add(C, "hant", [], ["pour-over kettles", "us", "reply", "usage"],
    "Traditional: first-use instructions.",
    """
您好，

手沖壺第一次使用前，請先裝水煮沸後倒掉，重複兩次即可。壺身不能直接放在電磁爐上，請使用附贈的底座。
""")

add(C, "hant", [], ["pet carriers", "us", "reply", "sizing"],
    "Traditional: interior dimensions.",
    """
您好，

這款外出籠的內部尺寸是長48公分、寬32公分、高30公分，適合8公斤以下的貓咪。如果您的貓咪體型比較長，建議選擇大號。
""")

add(C, "hant", [], ["wooden cutting boards", "ca", "reply", "care"],
    "Traditional: care instructions.",
    """
您好，

砧板使用後請用清水沖洗並立起來晾乾，不要泡水或放進洗碗機。每個月可以塗一層食用級礦物油，能讓木頭保持不乾裂。
""")

add(C, "mixed", [], ["cup sealing machines", "sg", "reply", "usage"],
    "Code-switched usage tip.",
    """
Hi Mr. Tan,

封口机 heat up 大概需要 3 minutes, 灯变绿之后再放杯子. 如果封口不紧, 把 temperature 调高 5 度就可以了.
""")


# ===========================================================================
# Validation and output
# ===========================================================================
POLICIES = (RI, OFF, MKT)
CATEGORIES = ("violation", "evasion", "near-miss", "clean")
MARKETS = {"us", "uk", "ca", "au", "de", "sg"}
# characters that exist only in Traditional (left) or only in Simplified (right)
TRAD_ONLY = set("們這說買賣換還處請確讓對評論價謝經發貨單號額費聯絡網頁帳碼優給會時間後點顯裝產體驗禮現電話鏡補實際應該與從關於麼樣認問題幫裡為過將傳習慣戶週調購滿輪擇燈")
SIMP_ONLY = set("们这说买卖换还处请确让对评论价谢经发货单号额费联络网页帐码优给会时间点显装产体验礼现电话镜补实际应该与从关认问题帮为过将传习惯户周调购满轮择灯")
ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\ufeff"}


def is_cjk(ch):
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\u3100" <= ch <= "\u312f"


def fail(msg):
    print("VALIDATION ERROR:", msg, file=sys.stderr)
    sys.exit(1)


def validate(recs):
    ids, texts = set(), set()
    for r in recs:
        rid, t, tags = r["id"], r["text"], r["tags"]
        if set(r) != {"id", "text", "labels", "lang", "tags", "note"}:
            fail(f"{rid}: wrong keys {sorted(r)}")
        if rid in ids:
            fail(f"duplicate id {rid}")
        ids.add(rid)
        if t in texts:
            fail(f"{rid}: duplicate text")
        texts.add(t)
        if not t.strip() or not r["note"].strip():
            fail(f"{rid}: empty text or note")
        if tags[0] not in CATEGORIES:
            fail(f"{rid}: bad category {tags[0]}")
        if tags[2] not in MARKETS:
            fail(f"{rid}: tags[2] should be a market, got {tags[2]}")
        if len(set(tags)) != len(tags):
            fail(f"{rid}: repeated tag")
        labs = r["labels"]
        if any(l not in POLICIES for l in labs) or len(set(labs)) != len(labs):
            fail(f"{rid}: bad labels {labs}")
        if tags[0] in ("violation", "evasion") and not labs:
            fail(f"{rid}: {tags[0]} without labels")
        if tags[0] in ("near-miss", "clean") and labs:
            fail(f"{rid}: {tags[0]} must have labels []")
        if "warn-ok" in tags and tags[0] != "near-miss":
            fail(f"{rid}: warn-ok outside near-miss")
        if "reply" not in tags and "proactive" not in tags:
            fail(f"{rid}: missing context tag")
        # language checks
        n_cjk = sum(is_cjk(c) for c in t)
        words = [w for w in "".join(c if c.isascii() and c.isalpha() else " " for c in t).split() if len(w) > 1]
        lang = r["lang"]
        if lang not in ("en", "zh", "mixed"):
            fail(f"{rid}: bad lang {lang}")
        if lang == "en" and n_cjk:
            fail(f"{rid}: CJK in an en message")
        if lang == "zh":
            latin_ratio = sum(len(w) for w in words) / max(1, len(t))
            if n_cjk < 20 or latin_ratio > 0.35:
                fail(f"{rid}: zh message has too little CJK ({n_cjk}) or too much Latin ({latin_ratio:.2f})")
        if lang == "mixed" and (n_cjk < 8 or len(words) < 6):
            fail(f"{rid}: mixed message needs both scripts ({n_cjk} CJK, {len(words)} words)")
        if "hant" in tags:
            if lang != "zh":
                fail(f"{rid}: hant tag on non-zh message")
            if not any(c in TRAD_ONLY for c in t):
                fail(f"{rid}: hant message without Traditional-only characters")
            bad = sorted({c for c in t if c in SIMP_ONLY})
            if bad:
                fail(f"{rid}: hant message contains Simplified characters {bad}")
        elif n_cjk:
            bad = sorted({c for c in t if c in TRAD_ONLY})
            if bad:
                fail(f"{rid}: Simplified/mixed message contains Traditional characters {bad}")
        # technique checks for evasions
        if "zero-width" in tags and not any(c in ZERO_WIDTH for c in t):
            fail(f"{rid}: zero-width tag but no zero-width character")
        if "full-width" in tags and not any("\uff01" <= c <= "\uff5e" for c in t):
            fail(f"{rid}: full-width tag but no full-width form")
        if "homoglyph-cyrillic" in tags and not any("\u0400" <= c <= "\u04ff" for c in t):
            fail(f"{rid}: no Cyrillic character")
        if "homoglyph-greek" in tags and not any("\u0370" <= c <= "\u03ff" for c in t):
            fail(f"{rid}: no Greek character")
        if "emoji-stars" in tags and "\u2b50" not in t:
            fail(f"{rid}: no emoji star")
        if "symbol-stars" in tags and not ("\u2605" in t or "\u2606" in t):
            fail(f"{rid}: no symbol star")
        if "line-split" in tags and t.count("\n") < 4:
            fail(f"{rid}: line-split without line breaks")
        if "zhuyin" in tags and not any("\u3100" <= c <= "\u312f" for c in t):
            fail(f"{rid}: no Zhuyin")
        if unicodedata.normalize("NFC", t) != t:
            fail(f"{rid}: text not NFC")


def main():
    for i, r in enumerate(RECORDS, 1):
        r_id = f"h20-{i:03d}"
        RECORDS[i - 1] = {"id": r_id, **r}
    recs = [{k: r[k] for k in ("id", "text", "labels", "lang", "tags", "note")} for r in RECORDS]
    validate(recs)

    cat = Counter(r["tags"][0] for r in recs)
    expected = {"violation": 50, "evasion": 30, "near-miss": 55, "clean": 25}
    if dict(cat) != expected:
        fail(f"category counts {dict(cat)} != {expected}")
    if len(recs) != 160:
        fail(f"{len(recs)} records, expected 160")
    lang = Counter(r["lang"] for r in recs)
    hant = sum("hant" in r["tags"] for r in recs)
    if not (70 <= lang["en"] <= 80 and 65 <= lang["zh"] <= 75 and 12 <= lang["mixed"] <= 18 and 22 <= hant <= 28):
        fail(f"language mix off: {dict(lang)}, hant={hant}")
    pol = Counter(l for r in recs if r["tags"][0] in ("violation", "evasion") for l in r["labels"])
    for p in POLICIES:
        if not 24 <= pol[p] <= 31:
            fail(f"policy {p} has {pol[p]} occurrences (want about 27)")

    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # re-read to make sure the file round-trips
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != recs:
        fail("JSONL round-trip mismatch")

    print(f"wrote {OUT}: {len(recs)} records")
    print("\ncategory x language (zh includes hant):")
    langs = ("en", "zh", "hant", "mixed")
    print(f"  {'':10s}" + "".join(f"{l:>7s}" for l in langs) + f"{'total':>7s}")
    for c in CATEGORIES:
        row = [r for r in recs if r["tags"][0] == c]
        cells = [sum(r["lang"] == "en" for r in row), sum(r["lang"] == "zh" for r in row),
                 sum("hant" in r["tags"] for r in row), sum(r["lang"] == "mixed" for r in row)]
        print(f"  {c:10s}" + "".join(f"{n:7d}" for n in cells) + f"{len(row):7d}")
    print(f"  {'total':10s}{lang['en']:7d}{lang['zh']:7d}{hant:7d}{lang['mixed']:7d}{len(recs):7d}")
    print("\nlabel occurrences (violation + evasion):")
    for c in ("violation", "evasion"):
        pc = Counter(l for r in recs if r["tags"][0] == c for l in r["labels"])
        print(f"  {c:10s}" + "  ".join(f"{p}={pc[p]}" for p in POLICIES))
    print(f"  {'total':10s}" + "  ".join(f"{p}={pol[p]}" for p in POLICIES))
    multi = sum(len(r["labels"]) > 1 for r in recs)
    print(f"\nmulti-label messages: {multi}")
    print(f"near-misses tagged warn-ok: {sum('warn-ok' in r['tags'] for r in recs)}")
    print(f"labels [] (near-miss + clean): {sum(not r['labels'] for r in recs)}")


if __name__ == "__main__":
    main()
