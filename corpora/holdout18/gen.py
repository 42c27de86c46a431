#!/usr/bin/env python3
"""Hand-written hold-out set h18 for the Amazon buyer-message linter.

Every message below was written by hand from the policy brief
(/work/shared/policy.md) and the interface (/work/shared/interface.md).
Running this script writes /tmp/h18/holdout18.jsonl, validates it and prints
counts.

Record fields: id, text, labels, lang, tags, note.
labels  : subset of {"review-inducement", "off-platform-contact", "marketing"}
tags[0] : violation | evasion | near-miss | clean
tags[1] : sector, tags[2] : market, then sub-type / technique / context tags,
          "hant" for Traditional Chinese, "warn-ok" for near-misses the brief
          says a linter may warn on.
"""
import json
import os
import sys
import unicodedata
from collections import Counter

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout18.jsonl")

RI = "review-inducement"
OPC = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def r(cat, lang, labels, sector, market, extras, note, text):
    RECORDS.append({
        "cat": cat, "lang": lang, "labels": list(labels),
        "tags": [cat, sector, market] + list(extras),
        "note": note, "text": text,
    })


# ---------------------------------------------------------------------------
# VIOLATIONS (50)
# ---------------------------------------------------------------------------
V = "violation"

# --- English violations (23) ---
r(V, "en", [RI], "hair-tools", "US", ["incentive", "buried", "refund", "reply"],
  "Review incentive worded as a 'small surprise' for 'kind words', buried in a refund reply; no word 'review'.",
  "Hi Dana, thanks for letting us know the ceramic plates on your straightener arrived with a hairline crack. "
  "I've gone ahead and issued a full refund to your original payment method; you should see it within 3-5 business days, "
  "and there's no need to send the damaged unit back. One more thing, if you have a minute once everything's sorted: "
  "other shoppers really pay attention to what people write, and anyone who shares a few kind words about us on the "
  "product page gets a small surprise from our team. Just let us know when it's up! Warm regards, Lena - Customer Care")

r(V, "en", [RI], "drones", "UK", ["change-review", "indirect", "replacement", "reply"],
  "Asks the buyer to 'revisit what you wrote on the listing' after a fix: a request to change a product review without the word 'review'.",
  "Hello Marcus, I'm sorry the gimbal on your drone was drifting to the left. The replacement propeller arms and a "
  "recalibrated gimbal board went out this morning with Royal Mail; tracking will follow separately. Since we've been "
  "able to put this right, would you be open to revisiting what you wrote on the listing? At the moment it still says "
  "the drone is unusable, which no longer reflects your experience. Thanks so much for your patience.")

r(V, "en", [OPC], "camping-cookware", "US", ["im", "phone", "reply"],
  "WhatsApp number offered inside otherwise useful troubleshooting.",
  "Hi there! Sorry the lid of the titanium pot doesn't sit flush. That usually happens when the silicone gasket isn't "
  "fully seated - press it into the groove starting from the handle side. If it still rattles, it's much quicker to "
  "sort out over WhatsApp where I can see a short video: +1 (415) 555-0143. Ask for Kevin. Happy trails!")

r(V, "en", [MKT], "phone-cases", "CA", ["cross-sell", "tracking", "order-id", "reply"],
  "Cross-sell of a screen protector and ring appended to a tracking answer; the order id must not read as a phone number.",
  "Hi Priya, your order 702-4418820-1193354 left our warehouse on Tuesday and Canada Post shows it arriving Thursday. "
  "While you wait: most people who buy this case for the Pixel also pick up our tempered glass screen protector and the "
  "matching MagSafe ring, both listed under our brand on Amazon. They'd make a nice set! Let me know if anything else comes up.")

r(V, "en", [RI], "supplements-packaging", "US", ["gating", "proactive"],
  "Review gating: happy buyers are invited to tell shoppers, unhappy ones told not to go to the review page.",
  "Thank you for your order of the resealable supplement pouches (pack of 200). We hope they keep your vitamins "
  "organised. If everything is just as you hoped, we'd be grateful if you could tell other shoppers about it on Amazon. "
  "If something isn't quite right, please don't go to the review page - reply here first and we'll make it right, no questions asked.")

r(V, "en", [OPC], "watch-straps", "AU", ["email", "reply"],
  "Plain e-mail address given for sizing help.",
  "G'day Tom, the 20mm quick-release pins should fit your watch, but the spring bars on some older models are thicker. "
  "To get the right size, could you send a photo of the lugs to straps.help@tickerband-au.com? Our strap fitter checks "
  "that inbox daily and can usually reply within the hour. Cheers, Mia")

r(V, "en", [MKT], "lab-supplies", "US", ["coupon", "reply"],
  "Discount code for the next restock in a polite B2B-style reply.",
  "Dear Dr. Okafor, thank you for confirming the pipette tips arrived in good condition and the lot certificate was "
  "inside the box. For your next restock, please use code LABTIPS15 at checkout for 15% off any of our filter tip racks. "
  "The code is good until the end of the quarter.")

r(V, "en", [RI], "party-decorations", "US", ["steering", "reply"],
  "Steers review content (what to mention, add a photo) without asking for stars.",
  "Hi Jess! So glad the balloon arch kit arrived in time for your daughter's party. When you get around to writing about "
  "it on Amazon, it would help us a ton if you could mention how easy the garland strip was to assemble and that the "
  "colours matched the photos exactly - those are the two things buyers ask us about the most. A picture of the finished "
  "arch would be amazing too!")

r(V, "en", [MKT], "kids-science-kits", "US", ["new-product", "storefront", "tracking", "reply"],
  "New-product launch and store-page push after sending missing parts; USPS tracking digits are not a phone number.",
  "Hello! Following up on your question about the missing pH strips in the Volcano Lab kit: a fresh pack is on its way "
  "by USPS First Class, tracking 9400 1118 9922 3456 7810 23. Also, in case your young scientist is hungry for more, we "
  "just launched a Crystal Growing Lab and a Slime Chemistry set - you can find both on our Amazon store page. They'd "
  "make great follow-ups!")

r(V, "en", [RI], "bike-lights", "US", ["remove-review", "refund-for-removal", "reply"],
  "Refund conditioned on the review being taken down.",
  "Hi Sam, I read your review about the rear light dying after two rides and I completely understand the frustration. "
  "We'd like to refund the full amount for you right away. Once the review has been taken down, just reply to this "
  "message and I'll process the refund the same day.")

r(V, "en", [OPC], "fishing-lures", "CA", ["website", "url", "reply"],
  "Sends the buyer to the seller's own site to place a custom order.",
  "Hey Rob, we don't list the chartreuse/pink combo on Amazon, but we do pour them to order. You can place a custom "
  "order on our own site at www.lurecraftbaits.com/custom - it takes about a week to make and ship. Tight lines!")

r(V, "en", [RI], "guitar-strings", "US", ["five-star", "non-native", "proactive"],
  "Clumsy non-native plea for 'full five stars'.",
  "Dear customer, Thank you very much to purchase our phosphor bronze strings. We are small family company and every "
  "star is very important for us to survive in big market. If you feel our strings is good sound, please kindly give us "
  "full five stars, it will make our day very happy. Best wishes from the team.")

r(V, "en", [MKT], "pet-grooming", "UK", ["loyalty", "replacement", "reply"],
  "Loyalty club pitch after sending a missing blade guard.",
  "Hi Claire, the replacement blade guard is in the post, apologies again that it was missing. Just so you know, we run "
  "a little loyalty club for our regulars: every third grooming accessory you order from us comes with the fourth at "
  "half price. Reply 'JOIN' and I'll add you to the list.")

r(V, "en", [RI, OPC], "3d-printer-filament", "US", ["incentive", "payment", "paypal", "proactive"],
  "'Tester programme': full refund to PayPal after the review is posted; incentive plus off-Amazon payment.",
  "Hello, thanks for buying our PLA+ filament. We are running a tester programme this month: post your honest thoughts "
  "with one photo of a print on the Amazon page, then send us the link to your review and we will pay back the full cost "
  "of the spool to your PayPal. Please include your PayPal email in your reply.")

r(V, "en", [RI], "dash-cams", "US", ["feedback-pressure", "reply"],
  "Pressure to remove seller feedback (account-health guilt trip).",
  "Hi Leon, I see you left 1-star seller feedback saying the parcel came late. The delay was on the carrier's side, not "
  "ours, and that one rating is pulling our account health below Amazon's threshold - we could lose the ability to sell. "
  "Please take it down today; it really isn't fair to a small business for something we didn't cause.")

r(V, "en", [MKT], "coffee-tools", "AU", ["sale", "buy-again", "reply"],
  "Sale announcement and stock-up push appended to a product-care answer.",
  "Hi Aiden, good question - the 58.5mm tamper base is 304 stainless steel and can be rinsed under the tap, but it "
  "shouldn't go in the dishwasher. By the way, our whole barista range is 30% off through Sunday, so if you've been "
  "thinking about a second tamper for the office or a distribution tool, now's the time to stock up.")

r(V, "en", [OPC], "resin-art", "US", ["social", "reply"],
  "Instagram handle and off-platform call offered for troubleshooting.",
  "Hi Nora, the bubbles you're seeing usually come from pouring the resin too cold. Warm both bottles in a water bath "
  "for 10 minutes first. If you want me to look at your pieces, DM us on Instagram @pourhaus.studio with a photo and "
  "I'll walk you through it live on a call.")

r(V, "en", [RI], "beekeeping", "UK", ["ask-after-praise", "gating", "reply"],
  "Reply to a buyer who praised the product, asking them to put that praise in a review (review gating via thread context).",
  "Wow, thank you for the lovely message, Harriet! We're thrilled the ventilated suit kept you cool and sting-free "
  "during your first inspection. Since you're so happy with it, would you mind saying exactly that in a review on "
  "Amazon? It would mean a lot coming from a new beekeeper.")

r(V, "en", [MKT], "knitting-yarn", "CA", ["referral", "reply"],
  "Referral scheme ('send them our way', extra skein for both) with no obvious keyword.",
  "Hi June, I'm so glad the merino yarn worked out for the baby blanket! If anyone in your knitting circle is looking "
  "for the same colourway, send them our way - for every friend who orders and mentions your name, we'll pop an extra "
  "skein in your next parcel and theirs.")

r(V, "en", [OPC], "grow-lights", "UK", ["qr", "reply"],
  "QR code on an insert leading to an off-Amazon support portal.",
  "Hello Victor, sorry to hear the timer on the grow light keeps resetting. There's a firmware fix for that. Please scan "
  "the QR code printed on the back of the quick-start card; it opens our support portal where you can chat with an "
  "engineer and download the update.")

r(V, "en", [RI], "label-printers", "DE", ["incentive", "seller-feedback", "prize-draw", "reply"],
  "Prize draw entry for leaving seller feedback (future benefit).",
  "Dear Mr. Becker, the replacement label roll (62mm continuous) has been dispatched with DHL. We really appreciate your "
  "patience. Customers who leave us seller feedback this month are automatically entered into our draw for a year's "
  "supply of labels - it only takes a moment under Your Orders.")

r(V, "en", [OPC, MKT], "hiking-poles", "US", ["social", "coupon", "reply"],
  "Facebook group with members-only discount codes: social diversion plus marketing.",
  "Hi Grant, the flick-lock on the trekking poles can be tightened with the small screw on the side - a quarter-turn "
  "clockwise is usually enough. We also have a Facebook group, Summit Trail Gear Owners, where we post members-only "
  "discount codes and early access to new gear. Search for it and request to join!")

r(V, "en", [RI], "tea-sets", "US", ["change-rating", "non-native", "replacement", "reply"],
  "Non-native request to raise the star rating after a free replacement; no word 'review'.",
  "Dear friend, we have sent you new teapot because the old one lid was broken, no need return. We hope now you are "
  "happy with us. Could you please kindly go back to the stars you gave and make them more higher? Now it is only one "
  "and this is very sad for our small shop. Thank you so much for understanding.")

# --- Chinese (Simplified) violations (14) ---
r(V, "zh", [RI], "hair-tools", "US", ["incentive", "hongbao", "refund", "reply"],
  "好评截图换红包，藏在退款回复里；没有出现“返现”一词。",
  "您好，非常抱歉卷发棒的电源线接口松动给您带来不便。我们已经为您安排了全额退款，款项会原路返回，一般3到5个工作日到账，产品不用寄回。"
  "另外小小请求一下：如果您愿意在商品页面留下几句好话，截图发给我们，我们会再给您一个小红包表示感谢～祝您生活愉快！")

r(V, "zh", [OPC], "drones", "US", ["im", "wechat", "reply"],
  "微信号用于远程视频指导。",
  "亲，您说的图传断连问题，多半是遥控器固件版本太旧。操作步骤比较多，文字说不清楚，您可以加一下我们技术小哥的微信 dronefix_88，"
  "他可以远程视频教您升级，十分钟就能搞定。")

r(V, "zh", [MKT], "camping-cookware", "US", ["new-product", "storefront", "reply"],
  "回答锅具问题后预告新品并引导到店铺首页。",
  "您好，您问的那款钛合金套锅确实可以直接放在卡式炉上使用，锅底是平的，受热很均匀。顺便告诉您，我们下个月会上新一款折叠式防风炉架，"
  "和这套锅是配套设计的，到时候在我们店铺首页就能看到，欢迎关注选购！")

r(V, "zh", [RI], "phone-cases", "US", ["remove-review", "change-rating", "replacement", "reply"],
  "补发后要求删掉一星评论或改到三星以上。",
  "您好，关于您在评论里提到手机壳边缘发黄的问题，我们已经给您补发了一个新的，今天已发出。问题解决之后，麻烦您抽空把那条一星的评论删掉，"
  "或者改成三星以上也行，真的非常感谢！")

r(V, "zh", [OPC], "supplements-packaging", "DE", ["phone", "reply"],
  "座机和手机号码，用于站外报价。",
  "您好，您订的保健品分装袋如果需要定制印刷logo的话，亚马逊上不太好沟通细节，您直接打我们业务经理的电话 0755-8612 3470，"
  "或者手机 139 2561 8804，他会给您报价。")

r(V, "zh", [MKT], "watch-straps", "US", ["sale", "buy-again", "replacement", "reply"],
  "补寄配件后推买二送一并鼓励再次下单。",
  "您好，表带的快拆弹簧针我们已经单独给您补寄了两根，大概一周左右到。另外提醒一下，本周我们店里表带买二送一，很多买家都会多备几条换着戴，"
  "需要的话可以直接再下单哦。")

r(V, "zh", [RI], "lab-supplies", "US", ["gating", "proactive"],
  "满意才邀评、不满意先别评价：评价筛选。",
  "尊敬的客户，感谢您选购我们的离心管。如果使用过程中一切顺利，欢迎您到亚马逊上分享使用感受；如果有任何不满意，请先不要评价，"
  "直接回复本消息告诉我们，我们一定第一时间处理。")

r(V, "zh", [OPC, MKT], "party-decorations", "US", ["website", "url", "cheaper-elsewhere", "reply"],
  "引导去官网下单且更便宜：站外引流加促销。",
  "您好，气球链条补发已经安排好了。以后如果还需要派对布置用品，可以直接到我们的官网 partyjoyco.com 下单，价格比亚马逊上便宜两成左右，还包邮。")

r(V, "zh", [MKT], "kids-science-kits", "UK", ["referral", "reply"],
  "推荐朋友购买，双方得赠品。",
  "您好，很高兴孩子喜欢这套电路实验盒！如果您身边有朋友家的孩子也喜欢动手做实验，推荐他们来买，下单时备注您的名字，"
  "您和朋友都能拿到一份免费的补充材料包。")

r(V, "zh", [OPC], "headlamps", "US", ["payment", "alipay", "reply"],
  "绕开亚马逊，用支付宝直接退款并索要账号。",
  "您好，头灯的按键失灵确实是我们这批货的问题，非常抱歉。为了尽快给您处理，我们这边可以直接通过支付宝退您50美元，不用走亚马逊的退货流程，"
  "您把支付宝账号发给我就行。")

r(V, "zh", [RI], "sewing-parts", "US", ["five-star", "steering", "replacement", "reply"],
  "要“满星”并指定评论内容（发货快、配件齐全）。",
  "您好！压脚套装已经按您的要求换成了加宽款，今天国际快递发出。小店刚起步，特别需要大家的支持，用得顺手的话还请给个满星，"
  "评论里顺便提一下发货快、配件齐全就更好啦，万分感谢！")

r(V, "zh", [MKT], "aquarium", "CA", ["coupon", "reply"],
  "老客户专属折扣码。",
  "您好，您反馈的水泵噪音问题，建议先把泵体底部的吸盘重新固定一下，并清洗一下叶轮。另外我们给老客户准备了一个专属折扣码 AQUA2024，"
  "下次购买滤材或者备用叶轮时输入可以减10美元。")

r(V, "zh", [OPC], "keycaps", "US", ["im", "telegram", "reply"],
  "“电报”= Telegram 账号，以图片压缩为理由引流。",
  "您好，键帽的颜色定制需要看实物色卡，亚马逊消息里发图片会压缩。麻烦您在电报上搜一下 @keycraft_cs 加我们好友，我们把高清色卡发给您挑。")

r(V, "zh", [RI], "baby-carriers", "US", ["change-review", "incentive", "reply"],
  "用免费肩垫交换调整评价。",
  "您好，看到您对背带肩带太硬的评价，我们非常重视。我们愿意再免费送您一套加厚肩垫，作为交换，希望您收到后能把评价调整一下，毕竟现在问题已经解决了。")

# --- Chinese (Traditional) violations (8) ---
r(V, "zh", [RI], "hair-tools", "JP", ["hant", "incentive", "surprise", "reply"],
  "繁體：留好評後私訊即有「小驚喜」。",
  "您好，吹風機的集風嘴已經幫您補寄了，預計週四送達，造成不便真的很抱歉。收到之後如果覺得好用，歡迎到商品頁留下您的好評，"
  "留完私訊我們一下，會有一份小驚喜送給您喔！")

r(V, "zh", [OPC], "telescopes", "JP", ["hant", "im", "line", "reply"],
  "繁體：LINE 帳號，以視訊說明為由。",
  "您好，目鏡接環的尺寸有1.25吋和2吋兩種，您的望遠鏡需要哪一種，要看調焦座的規格。這部分用文字比較難說明，建議您加我們的LINE：@starscope_tw，"
  "我們的客服可以直接視訊幫您確認。")

r(V, "zh", [MKT], "phone-cases", "JP", ["hant", "new-product", "cross-sell", "tracking", "reply"],
  "繁體：出貨通知裡推同系列新品；12 位追蹤號碼不是電話。",
  "您好，您的訂單已於昨日由黑貓宅急便寄出，追蹤號碼是 8812-3345-6671。另外跟您分享，我們最近推出了同系列的鏡頭保護貼和磁吸支架，"
  "和您買的手機殼搭配起來很好看，有興趣可以到我們的賣場看看喔。")

r(V, "zh", [RI], "watch-straps", "US", ["hant", "feedback-pressure", "reply"],
  "繁體：以帳號受限施壓要求撤回賣家負評。",
  "您好，關於您在賣家評價裡寫的「出貨太慢」，我們查過了，其實是物流延誤，不是我們的問題。這則負評對我們店鋪影響非常大，拜託您撤回，"
  "不然我們的帳號可能會被限制。")

r(V, "zh", [OPC], "camping-cookware", "US", ["hant", "website", "url", "warranty", "proactive"],
  "繁體：保固登記導向官網並在官網客服處理。",
  "您好，感謝您購買我們的登山爐頭組。為了享有兩年保固，請至我們官網 www.peakflame.com.tw 填寫保固登記表，"
  "登記完成後有問題都可以直接在官網線上客服處理，不用再透過亞馬遜。")

r(V, "zh", [MKT], "party-decorations", "JP", ["hant", "loyalty", "replacement", "reply"],
  "繁體：會員集點制度。",
  "您好，生日派對的數字氣球我們已經重新寄出金色的了。順便介紹一下，我們有會員集點制度，每次消費都會累積點數，集滿五次可以兌換一整組派對佈置，"
  "下次購買時記得告訴我們您的訂單號碼喔！")

r(V, "zh", [RI], "kids-science-kits", "US", ["hant", "gating", "proactive"],
  "繁體：孩子玩得開心就分享，不滿意先私訊別評分。",
  "親愛的家長您好，謝謝您選購我們的火山實驗組。如果孩子玩得開心，請幫我們在亞馬遜上分享一下心得；若有任何不滿意的地方，請先私訊我們，"
  "不要急著留言評分，我們一定會負責到底。")

r(V, "zh", [OPC], "drones", "JP", ["hant", "social", "facebook", "warranty", "reply"],
  "繁體：Facebook 粉絲專頁處理保固換貨。",
  "您好，空拍機的電池膨脹問題請先停止使用，並放在陰涼處。後續的保固申請請到我們的Facebook粉絲專頁「翔鷹空拍」私訊，附上購買截圖，"
  "我們的工程師會直接在那邊幫您處理換貨。")

# --- Mixed violations (5) ---
r(V, "mixed", [RI], "baby-carriers", "US", ["five-star", "tracking", "reply"],
  "Code-switched draft asking for a 5-star review; TBA tracking id must not be read as anything else.",
  "Hi Kate, 您的replacement已经发出了，tracking是TBA304958271004。If you are happy now, 麻烦给个5-star review哦，thank you so much!")

r(V, "mixed", [OPC], "bike-lights", "US", ["im", "wechat", "reply"],
  "Code-switched: skip the return, send photos over WeChat.",
  "Dear customer, 退货的话太麻烦了，you can just send the photo to our WeChat: lightup_store，我们直接给您补发。")

r(V, "mixed", [MKT], "knitting-yarn", "UK", ["coupon", "sale", "reply"],
  "Code-switched: store-wide 20% off with code, after a dye-lot answer.",
  "Thanks for asking about the dye lot, Ms. Tanaka — 这两卷是同一个缸号 (lot 2217)，颜色不会有差别。另外我们这周全店八折，"
  "checkout 的时候输入 KNIT20 就可以 use it。")

r(V, "mixed", [OPC, MKT], "fishing-lures", "US", ["website", "url", "coupon", "reply"],
  "Code-switched: Shopify store for custom order plus first-order discount.",
  "Hi Ben, 鱼饵的 custom order 可以做，but Amazon 上没法改颜色，please order on our Shopify store lurelab.myshopify.com，首单还有 10% off。")

r(V, "mixed", [MKT], "bakeware", "UK", ["new-product", "storefront", "internal-note", "refund", "reply"],
  "English reply with a Chinese internal note telling the agent to add a new-product push after a refund.",
  "Hi Olivia, we're sorry the silicone mat warped in the oven. A full refund has been issued today. "
  "【给客服：下面这句推广一定要加上】 By the way, our new glass bakeware line launched this week - take a look in our "
  "Amazon store when you get a chance!")

# ---------------------------------------------------------------------------
# EVASIONS (30)
# ---------------------------------------------------------------------------
E = "evasion"

# --- English evasions (13) ---
r(E, "en", [OPC], "drones", "UK", ["spacing", "im", "phone", "reply"],
  "Spaced-out 'W h a t s A p p' and a phone number with digits separated by spaces.",
  "Hi Omar, for the compass calibration error the fastest route is a quick video call. Reach our pilot support on "
  "W h a t s A p p: +44 7 7 0 0 9 0 0 1 2 3 - we're online 9am to 9pm UK time.")

r(E, "en", [OPC], "watch-straps", "UK", ["at-dot", "email", "reply"],
  "E-mail written with (at) and (dot).",
  "Hi Sofia, leather straps can be made in a custom length. Drop a line to fitting (at) strapsmith (dot) co (dot) uk "
  "with your wrist measurement and we'll cut one for you the same week.")

r(E, "en", [OPC], "camping-cookware", "US", ["spelled-digits", "phone", "reply"],
  "Phone number spelled out in words.",
  "Hello Ray, the regulator on the stove can be swapped for the propane version. Our workshop guy Dave can talk you "
  "through it - give him a ring on four one five, five five five, zero one eight two, any weekday afternoon.")

r(E, "en", [RI], "phone-cases", "US", ["emoji-stars", "five-star", "replacement", "reply"],
  "Five-star request expressed only with star emoji.",
  "Hi Mel! Your replacement case (the clear one with the lanyard loop) shipped today, really sorry the first one had a "
  "scratch. Once it arrives, if it's all good we'd be over the moon to see \u2b50\u2b50\u2b50\u2b50\u2b50 from you on "
  "the product page \U0001f64f")

r(E, "en", [RI], "hair-tools", "US", ["leetspeak", "five-star", "incentive", "reply"],
  "Leetspeak '5-st@r r3view' plus a thank-you gift.",
  "Thanks Carla, glad the flat iron is heating evenly now after the reset. Small favour: a 5-st@r r3view would really "
  "help our little shop, and we'd happily send a heat-protect glove as a thank-you once it's up.")

r(E, "en", [MKT], "lab-supplies", "DE", ["zero-width", "coupon", "tracking", "reply"],
  "Zero-width spaces inside 'coupon'; UPS 1Z tracking is not a phone.",
  "Dear Ms. Lindqvist, the replacement box of 0.2 mL PCR strips is on its way, tracking 1Z 999 AA1 01 2345 6784. For "
  "your next order, the c\u200bo\u200bu\u200bp\u200bo\u200bn code BENCH10 takes 10% off all consumables in our range.")

r(E, "en", [OPC], "party-decorations", "US", ["homoglyph", "cyrillic", "email", "reply"],
  "E-mail whose domain uses Cyrillic 'а' (U+0430) in gmail.",
  "Hi Tasha, the custom name banner needs the exact spelling and your font choice. Please send both to "
  "partyloft.designs@gm\u0430il.com and our designer will have a proof ready tomorrow.")

r(E, "en", [MKT], "kids-science-kits", "US", ["fullwidth", "sale", "cross-sell", "replacement", "reply"],
  "Sale announcement in full-width letters and digits.",
  "Hello! Sorry the magnifier lens in the Bug Explorer kit was loose - a new one ships tomorrow. P.S. "
  "\uff33\uff21\uff2c\uff25 \uff37\uff25\uff25\uff2b: everything in our science shop is \uff14\uff10\uff05 "
  "\uff2f\uff26\uff26 until Friday, a good time to grab the Rock & Mineral set too!")

r(E, "en", [RI], "bike-lights", "US", ["line-split", "change-review", "replacement", "reply"],
  "'update your review' split across line breaks.",
  "Hi Noah,\nthe new mount bracket is in the mail.\nIf you could find a moment to go back and up\ndate your re\nview "
  "now that it's fixed, we'd be grateful.\nCheers")

r(E, "en", [OPC], "hiking-poles", "US", ["separator", "website", "url", "reply"],
  "Shop URL broken up with [.] and slashes with spaces.",
  "Hi Eli, those carbide tips are sold separately. You'll find them - and every other spare part - at "
  "trail-forge [.] shop / parts, we ship worldwide in 3 days.")

r(E, "en", [MKT], "tea-sets", "UK", ["homoglyph", "greek", "sale", "storefront", "indirect", "reply"],
  "Greek iota/omicron in 'discount'; 'you know where to find us' store push.",
  "Dear Mrs. Hale, I'm delighted the cast-iron teapot arrived safely this time. Between us - the matching cups are 50% "
  "off this weekend, the d\u03b9sc\u03bfunt code is TEA50, just search our brand name on Amazon. You know where to find us!")

r(E, "en", [RI, OPC], "sewing-parts", "AU", ["separator", "leetspeak", "incentive", "payment", "paypal", "proactive"],
  "Refund to 'P-a-y-P-@-l' once the buyer's thoughts are posted.",
  "Hi Grace, thanks again for your order of the bobbin case. We'd love to hear what you think on Amazon - after your "
  "thoughts are posted, we'll send the full price back to your P-a-y-P-@-l so the part is basically free for you.")

r(E, "en", [MKT], "fishing-lures", "US", ["spacing", "referral", "reply"],
  "Referral deal with the key word spaced out.",
  "Hey Cody, glad the crankbaits are working on the bass! Tell your fishing buddies about our r e f e r - a - f r i e n d "
  "deal: when they order and put 'CODY' in the gift note, they save twenty percent and you get a free pack of jig heads.")

# --- Chinese (Simplified) evasions (8) ---
r(E, "zh", [RI], "camping-cookware", "US", ["separator", "incentive", "reply"],
  "“好/评/返/现”用斜杠隔开。",
  "您好，套锅的把手松动是螺丝没拧紧，附赠的小扳手拧两圈就好了。另外本月活动：好 / 评 / 返 / 现，晒图再加5美元，详情回复本消息咨询。")

r(E, "zh", [OPC], "phone-cases", "US", ["homophone", "im", "wechat", "reply"],
  "“薇♥”代替微信。",
  "亲，定制图案的手机壳需要您提供高清照片，亚马逊这边传图会被压缩，麻烦加一下薇♥：caseart_666，备注订单号就行。")

r(E, "zh", [OPC], "hair-tools", "US", ["pinyin", "spelled-digits", "im", "phone", "reply"],
  "拼音 weixin 加汉字数字写的手机号。",
  "您好，吹风机发热丝的问题需要售后工程师看一下视频。他的联系方式是 weixin 同手机号：一三八 零零一三 八八六六，白天随时可以打。")

r(E, "zh", [MKT], "watch-straps", "DE", ["fullwidth", "pinyin", "coupon", "replacement", "reply"],
  "全角折扣码 ＶＩＰ８８ 加拼音 youhui。",
  "您好，替换表带已补寄，预计下周二到。老客户专享：下单时输入 \uff36\uff29\uff30\uff18\uff18 可享 youhui 价，全店表带通用，先到先得哦。")

r(E, "zh", [RI], "party-decorations", "US", ["slang", "indirect", "incentive", "reply"],
  "黑话：“给个鼓励”“专属福利”，私信截图换福利。",
  "您好，补发的彩带已经到了吧？用得满意的话，麻烦去商品页给我们个鼓励，带图的那种，完事儿后私信截图，有专属福利发给您～")

r(E, "zh", [MKT], "kids-science-kits", "US", ["slang", "pinyin", "new-product", "storefront", "replacement", "reply"],
  "黑话“薅羊毛”、拼音 shang 新，预告新品并引导进店。",
  "您好，电池盒卡扣断了的那个配件今天已寄出。悄悄告诉您，我们家月底有一波“羊毛”可以薅，新款天文望远镜实验盒也要 shang 新了，记得到店里逛逛～")

r(E, "zh", [OPC], "drones", "FR", ["zero-width", "im", "wechat", "reply"],
  "“微信”和账号内插零宽字符。",
  "您好，飞控报错代码E07一般是IMU需要校准。如果还不行，加我们售后微\u200b信 uav\u200b_help\u200b2024，发个视频过来帮您看看。")

r(E, "zh", [MKT], "supplements-packaging", "US", ["line-split", "sale", "buy-again", "replacement", "reply"],
  "“买二送一”被换行拆开，加“回购”。",
  "您好，分装瓶盖子的密封圈已经补发，麻烦查收。\n另外提醒，这周我们家买\n二送\n一，\n需要囤货的可以回购一下～")

# --- Chinese (Traditional) evasions (5) ---
r(E, "zh", [RI], "camping-lanterns", "US", ["hant", "emoji-stars", "five-star", "replacement", "reply"],
  "繁體：用 ★★★★★ 符號要求滿分。",
  "您好，露營燈的充電孔鬆動，我們已經寄了新的給您，真的很抱歉。東西收到沒問題的話，拜託幫我們點滿 ★★★★★，小店真的很需要大家支持 \U0001f64f")

r(E, "zh", [OPC], "hair-tools", "JP", ["hant", "homophone", "fullwidth", "im", "line", "reply"],
  "繁體：「賴」= LINE，帳號用全形字元。",
  "您好，電熱髮捲的插頭規格台灣和日本不同，要換的話比較複雜。麻煩加一下我們的賴：\uff20\uff48\uff41\uff49\uff52\uff50\uff52\uff4f\uff3f\uff54\uff57，"
  "客服會直接跟您確認要換哪一款。")

r(E, "zh", [MKT], "lab-supplies", "US", ["hant", "spacing", "coupon", "buy-again", "reply"],
  "繁體：「折 扣 碼 L A B 2 0」逐字加空格，舊客戶回購。",
  "您好，培養皿的批號證明已經附在這則訊息的附件中了。另外，舊客戶回購可使用 折 扣 碼 L A B 2 0，全系列耗材通用，歡迎多多利用。")

r(E, "zh", [OPC], "resin-art", "US", ["hant", "separator", "social", "instagram", "reply"],
  "繁體：「I.G」加點分隔，追蹤後私訊。",
  "您好，模具脫模困難的話可以先噴一層離型劑。更多教學影片都放在我們的 I.G：resin_lab_tw，追蹤之後私訊我們，還可以直接幫您看作品。")

r(E, "zh", [RI], "kids-science-kits", "US", ["hant", "slang", "spacing", "remove-review", "change-rating", "replacement", "reply"],
  "繁體：「c p」= 差評的縮寫，要求拿掉或改高分。",
  "您好，顯微鏡的載玻片我們已經重新寄出一整盒了，不好意思讓孩子等這麼久。問題既然已經解決，能不能麻煩您把之前那則 c p 拿掉，"
  "或是改成高一點的分數呢？真的非常感謝您。")

# --- Mixed evasions (4) ---
r(E, "mixed", [OPC], "headlamps", "US", ["separator", "payment", "paypal", "email", "reply"],
  "Code-switched: refund via 'p-a-y-p-a-l', asks for the account e-mail with the Chinese word spaced.",
  "Hi Jake, 头灯的事真的抱歉. 不用走 Amazon 退货了, 我们直接 p-a-y-p-a-l 退您 $25, just reply with your account 邮 箱.")

r(E, "mixed", [MKT], "fishing-lures", "US", ["fullwidth", "sale", "tracking", "replacement", "reply"],
  "Code-switched: full-width 'flash sale' after a replacement with USPS tracking.",
  "Dear customer, 鱼线补发了 (tracking 9261 2901 2345 6789 0123 45). BTW our store 本周 "
  "\uff46\uff4c\uff41\uff53\uff48 \uff53\uff41\uff4c\uff45, 全场 7 折, go check it out!")

r(E, "mixed", [RI], "baby-carriers", "US", ["pinyin", "five-star", "incentive", "replacement", "reply"],
  "Code-switched with pinyin: haoping, 五xing, xiao li wu.",
  "Hi Anna, the replacement carrier buckle is on its way. 如果满意的话 pls give us a haoping, 五xing 的那种, 有 xiao li wu 送你哦!")

r(E, "mixed", [OPC, MKT], "keycaps", "US", ["separator", "leetspeak", "website", "social", "new-product", "giveaway", "reply"],
  "Code-switched: '·' for the dot in a domain, '1nstagram' leetspeak, new collection and giveaways.",
  "Hello! 我们家 new collection 已经上新啦, more styles at our site: keycap-lab·com (把·换成点), 也可以关注我们的 "
  "1nstagram @keycaplab for giveaways.")

# ---------------------------------------------------------------------------
# NEAR-MISSES (55), labels []
# ---------------------------------------------------------------------------
N = "near-miss"

# --- English near-misses (26) ---
r(N, "en", [], "drones", "US", ["logistics-cancel", "order-id", "reply"],
  "Seller cancelled a duplicate order at the buyer's request; two order ids that look like phone numbers.",
  "Hi Felix, as you asked, we have cancelled the second (duplicate) order 114-3920571-6638204 before it shipped, so you "
  "won't be charged for it. Your first order 114-3920571-6638101 is unaffected and is still due Thursday.")

r(N, "en", [], "phone-cases", "US", ["logistics-remove", "replacement", "reply"],
  "'remove' used for the protective film; a replacement offer not linked to any review.",
  "Hi Ava, the hazy patch you're seeing is the factory protective film on the inside of the camera ring. Please remove "
  "it by lifting the small tab in the corner and the haze will be gone. If it still looks cloudy afterwards, send a photo "
  "here and we'll arrange a replacement.")

r(N, "en", [], "hair-tools", "US", ["review-verb", "refund", "reply"],
  "'review' as a verb (checking the return) in the same sentence area as 'refund'.",
  "Hello Imani, we received the returned curling wand at our warehouse today. Our team will review the return within "
  "two business days, and once it's checked the refund of $39.99 will go back to your original payment method through "
  "Amazon. You'll get an automatic email from Amazon when it's issued.")

r(N, "en", [], "camping-cookware", "US", ["neutral-review-request", "order-id", "proactive"],
  "Neutral, unconditional review request, once per order, with order id.",
  "Hello, this is Ridgeline Outdoor regarding your order 112-7741029-5530917 (titanium cook set). We hope the set has "
  "been useful on your trips. If you have a moment, we would appreciate it if you shared your experience with other "
  "customers in a review on Amazon, whatever that experience has been.")

r(N, "en", [], "watch-straps", "US", ["thanks-review", "five-star-mention", "reply"],
  "Reply thanking a buyer for the 5-star review they mentioned, then answering their question (brief: not a solicitation).",
  "Hi Martin, thanks so much for the 5-star review you mentioned, and for the kind words about the stitching. To your "
  "question: yes, the 22mm version uses the same quick-release pins, so you can swap between the two straps without tools.")

r(N, "en", [], "lab-supplies", "US", ["refuse-offplatform", "whatsapp-word", "order-id", "reply"],
  "Seller declines the buyer's WhatsApp offer and keeps the conversation on Amazon.",
  "Dear Dr. Mensah, thank you for offering your WhatsApp number, but for security and record-keeping we handle all "
  "order questions here in Amazon's messaging. Please attach the photos of the cracked cryovial rack to this thread and "
  "we'll sort out a replacement for order 205-8823410-7719035.")

r(N, "en", [], "party-decorations", "US", ["refuse-discount", "reply"],
  "Seller refuses a private discount; words 'discount', 'codes', 'promotion' appear in a refusal.",
  "Hi Bella, I understand you'd like a discount for buying three more sets, but we aren't able to offer private "
  "discounts or codes through messages. The price on the listing is the same for everyone. If Amazon runs a promotion "
  "on the item, it will show automatically on the product page.")

r(N, "en", [], "kids-science-kits", "US", ["amazon-promo-explained", "coupon-word", "reply", "warn-ok"],
  "Explains an Amazon coupon the buyer asked about; brief: lower severity, a linter may warn.",
  "Hi Mr. Alvarez, you're right that the listing showed a 'Save 15% with coupon' badge last week. That coupon is set up "
  "through Amazon and is applied at checkout only when it is clipped on the product page before ordering; it can't be "
  "added to an order afterwards. I'm sorry for the confusion. Amazon customer service can look into price questions on "
  "an existing order if you'd like to ask them.")

r(N, "en", [], "bike-lights", "US", ["feedback-notice", "seller-feedback", "reply", "warn-ok"],
  "Amazon's neutral seller-feedback notice after a resolved issue; brief: allowed but high-risk, a linter may warn.",
  "Hi Owen, I'm glad the replacement battery pack arrived and the light holds a charge again. If you are satisfied that "
  "we have resolved your concerns, it is possible to update or remove the seller feedback you originally provided; that "
  "is entirely your choice. Either way, thank you for giving us the chance to fix it.")

r(N, "en", [], "supplements-packaging", "US", ["product-fact", "free-word", "new-word", "reply"],
  "Product facts using 'free from', 'new design', 'changed'.",
  "Hi Dana, to answer your questions: the pouches are free from BPA and phthalates, the zipper is rated for about 200 "
  "open/close cycles, and the new design you saw in the photos (with the tear notch) is what ships now. Nothing has "
  "changed in the size - each pouch is 3 x 4 inches.")

r(N, "en", [], "party-decorations", "US", ["carrier-phone", "bulky", "reply", "warn-ok"],
  "Freight carrier phone number for scheduling a bulky delivery; brief: carrier numbers warn at most.",
  "Hi Carmen, the bounce house travels by freight because it weighs over 70 lb. The carrier, Ridgeway Freight, will call "
  "you to schedule a delivery window; you can also reach them at 1-800-555-0134 with PRO number 0123456789. Please make "
  "sure someone over 18 is there to sign.")

r(N, "en", [], "kitchen-mixers", "US", ["amazon-link", "asin", "order-id", "returns", "reply"],
  "Amazon order-history URL and an ASIN in a returns answer (brief: Amazon order pages at most info).",
  "Hi Nadia, the ASIN on your packing slip, B0C7XK2M4P, is the 14-inch version, so the bowl you received is the "
  "correct one for that model. If you still prefer to return it, you can start from https://www.amazon.com/gp/css/order-history, "
  "choose order 113-2248190-6650327 and select 'Return or replace items'.")

r(N, "en", [], "tea-sets", "US", ["at-word", "delivery", "reply"],
  "Ordinary 'at' and 'dot' words that an e-mail de-obfuscator must not join up.",
  "Hi Rosa, the tea set is at the local depot and should be at your door by 8 pm today. Look for the box with the red "
  "dot on the side - that's the fragile one. At this point there's nothing you need to do; if the driver can't find "
  "you, they'll leave a card at the front desk.")

r(N, "en", [], "guitar-strings", "US", ["free-replacement", "reply"],
  "Free replacement as a remedy, not a promotion.",
  "Hi Theo, sorry the high E string snapped on the first tuning. That set came from a batch with a winding defect, so "
  "we've sent a replacement set free of charge, along with the single E string you asked about. No need to return the "
  "broken one.")

r(N, "en", [], "fishing-lures", "US", ["price-error", "reply"],
  "Explains a pricing error; words 'price', '$4.99' without an offer.",
  "Hi Wes, you're right - the listing showed $4.99 for the 6-pack for a few hours on Monday; that was a pricing error on "
  "our side. Your order went through at that price and we'll honour it, so nothing changes for you. The listing now "
  "shows the correct price.")

r(N, "en", [], "aquarium", "US", ["amazon-review-email", "reply"],
  "Mentions Amazon's automatic email about the purchase; no request.",
  "Hi Iris, glad the flow rate is better now that the impeller is seated correctly. You may get an automatic email from "
  "Amazon in the next few days asking about your purchase; that comes from Amazon, not from us, so there's nothing you "
  "need to do about it.")

r(N, "en", [], "drones", "US", ["update-word", "change-word", "remove-word", "reply"],
  "Technical use of update / change / remove.",
  "Hi Kai, please update the controller firmware to v2.4.1 through the pilot app, then change the 'RTH altitude' setting "
  "to at least 30 m, and remove the propeller guards before the next flight - they add drag that triggers the low-power "
  "warning you described.")

r(N, "en", [], "label-printers", "JP", ["neutral-review-request", "balanced-positive", "order-id", "proactive"],
  "Neutral request that says 'positive or negative' (balanced).",
  "Hello Mr. Ito, regarding order 249-5512809-3384426: we hope the thermal label printer is working well for your shop. "
  "We'd value hearing about your experience, positive or negative, in a review on Amazon. It helps us improve and "
  "helps other buyers decide.")

r(N, "en", [], "watch-straps", "US", ["quoted-buyer", "phone-in-quote", "reply"],
  "Seller reply followed by the buyer's quoted message, which contains the buyer's own phone number; only the seller part should be linted.",
  "Hi Greg, no need to call - here's the answer: the 22mm strap fits your watch, because the lug width printed on the "
  "back of the case is 22. The strap ships from Amazon's warehouse, so it should reach you in two days.\n\n"
  "----- Original message -----\n"
  "> Hi, does the 22mm strap fit the Field 42? Call me at 312-555-0187 if that's easier.")

r(N, "en", [], "kids-science-kits", "US", ["gift-card-word", "payment-question", "reply"],
  "Amazon gift card as a payment question; no review context.",
  "Hi Lucy, yes, an Amazon gift card balance can be used for this kit like any other payment method; that's handled "
  "entirely at Amazon checkout and we never see your payment details. The kit ships from Amazon's warehouse within a "
  "day of ordering.")

r(N, "en", [], "lab-supplies", "AU", ["product-fact", "five-star-fact", "reply"],
  "'5-star energy rating' is a product fact, not a rating request.",
  "Hi Ruth, the 5-star energy rating label on the box refers to the Australian appliance energy rating of the bench-top "
  "lab fridge, not to customer ratings. It uses about 180 kWh per year. The door seal can be wiped with 70% ethanol.")

r(N, "en", [], "party-decorations", "UK", ["review-verb", "change-word", "customization", "proactive"],
  "Asks the buyer to review a custom proof and say what to change (verifying a custom design).",
  "Hi Zoe, before we print your custom banner, please review the proof attached to this message: 'Happy 40th, Marco!' "
  "in gold script. If everything looks right, just reply 'approved'; if you'd like to change anything, tell us what and "
  "we'll send a revised proof.")

r(N, "en", [], "hiking-poles", "CA", ["partial-refund", "rated-word", "reply"],
  "Partial refund offer for a cosmetic defect; 'rated for' is a load spec.",
  "Hi Eli, the poles are rated for loads up to 120 kg, so they're fine with a full pack. About the scuff on the handle: "
  "we can offer a partial refund of $8 through Amazon if you'd like to keep them, or you can return them for a full "
  "refund - just let us know which you prefer.")

r(N, "en", [], "hair-tools", "UK", ["feedback-word", "change-word", "reply"],
  "'feedback' about the product and 'change' to the design; nothing asked of the buyer.",
  "Hi Hannah, thank you for the feedback about the cord tangling on the hair dryer. We've passed it to our product team, "
  "and the next production run will change to a swivel cord. For your current unit, winding the cord loosely in a "
  "figure-eight rather than around the handle will stop the kinks.")

r(N, "en", [], "smartwatch-bands", "US", ["im-feature", "reply"],
  "WhatsApp / Telegram / Facebook named as notification features, not contact handles.",
  "Hi Jordan, the band is just the strap, so it won't affect notifications. Your watch will keep showing WhatsApp, "
  "Telegram and Facebook alerts exactly as before once you clip the new band in.")

r(N, "en", [], "lab-supplies", "DE", ["buy-again-answer", "reply", "warn-ok"],
  "Buyer asked how to reorder; the reply points to Amazon's 'Buy it again'. Brief: marketing rules may warn in a reply answering the buyer.",
  "Hi Petra, to reorder the same nitrile gloves you can use 'Buy it again' under Your Orders; the offer will show us as "
  "the seller. I'm afraid we can't reserve a particular lot number, but we'll note your request on the shipment.")

# --- Chinese (Simplified) near-misses (16) ---
r(N, "zh", [], "camping-cookware", "US", ["logistics-cancel", "order-id", "reply"],
  "按买家要求取消重复订单，含订单号。",
  "您好，已按您的要求取消了重复下单的那一笔（订单号 113-5029314-8820176），系统会自动退款，第一笔订单正常发货，预计周五送达。")

r(N, "zh", [], "phone-cases", "US", ["logistics-change", "reply"],
  "“修改收货地址”物流用法。",
  "您好，包裹还没有出库，您可以在亚马逊“我的订单”里点“更改收货地址”自行修改；如果按钮是灰色的，请告诉我们，我们联系仓库拦截后再处理。")

r(N, "zh", [], "drones", "FR", ["delete-word", "reply"],
  "“删除”用于删除App里的设备记录。",
  "您好，遥控器连不上的话，请先在App的设备列表里删除旧的飞行器记录，然后长按电池键5秒重新对频。如果还是不行，请把App版本号发给我们。")

r(N, "zh", [], "hair-tools", "US", ["refund", "substring", "reply"],
  "“检查评估”含“评”字且紧邻“退款”。",
  "您好，退货已经签收，仓库同事正在检查评估，确认无误后会在两个工作日内通过亚马逊原路退款，到账时间以银行为准。")

r(N, "zh", [], "lab-supplies", "US", ["substring", "reply"],
  "“检索评测”“搜索评论”含“索评”子串。",
  "您好，您说的文献我们检索了一下，这款过滤器的第三方检索评测报告确实提到过滤效率在99%以上，相关数据在说明书第4页。"
  "您也可以在亚马逊商品页搜索评论区，看看其他实验室的使用反馈。")

r(N, "zh", [], "party-decorations", "US", ["neutral-review-request", "order-id", "proactive"],
  "中立邀评，一单一次，含订单号。",
  "您好，这里是关于订单 112-3094417-2265830（生日气球套装）的消息。希望派对一切顺利。如果方便的话，欢迎您在商品页面分享真实的使用体验，"
  "您的评价能帮助其他买家做选择。")

r(N, "zh", [], "watch-straps", "US", ["thanks-review", "reply"],
  "回复中感谢买家提到的好评（信息级），并回答尺寸问题。",
  "您好，谢谢您告诉我们已经留了评价，也谢谢您的好评！关于您问的表带长度，标准款适合14到19厘米的手腕，如果需要加长款，可以在同一页面选择“L”尺寸。")

r(N, "zh", [], "keycaps", "US", ["refuse-offplatform", "wechat-word", "reply"],
  "拒绝买家加微信的请求。",
  "您好，谢谢您提供微信号，不过根据平台规定，我们只能通过亚马逊站内信和您沟通。您可以直接在这里上传色卡照片，我们会在24小时内回复。")

r(N, "zh", [], "aquarium", "AU", ["refuse-discount", "reply"],
  "拒绝单独给折扣码。",
  "您好，理解您希望再买两台能有优惠，但我们无法通过消息单独提供折扣码或优惠价，所有买家看到的都是同样的价格。"
  "如果亚马逊有官方促销活动，会直接显示在商品页面上。")

r(N, "zh", [], "kids-science-kits", "US", ["amazon-promo-explained", "coupon-word", "reply", "warn-ok"],
  "解释买家询问的亚马逊优惠券；简报：可警告。",
  "您好，您看到的“优惠券 省10%”是亚马逊页面上的优惠券，需要在下单前在商品页勾选领取，结账时才会自动抵扣。您下单时没有勾选，所以没有扣减，"
  "我们这边也无法补发优惠券，抱歉。")

r(N, "zh", [], "headlamps", "US", ["feedback-notice", "seller-feedback", "reply", "warn-ok"],
  "问题解决后的中立卖家反馈提示；简报：允许但高风险，可警告。",
  "您好，很高兴补发的头灯已经正常使用。如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，当然这完全由您决定。再次感谢您的耐心。")

r(N, "zh", [], "smartwatch-bands", "US", ["im-feature", "payment-feature", "reply"],
  "微信、支付宝作为手表功能出现，不是联系方式。",
  "您好，这款表带是通用的22毫米快拆款，不影响手表本身的功能，换上之后手表照样可以显示微信消息提醒，也能正常使用微信支付和支付宝付款码。")

r(N, "zh", [], "party-decorations", "US", ["bulky", "phone-word", "reply"],
  "大件配送需确认亚马逊订单里的收货电话（预约送货），不是卖家留电话。",
  "您好，充气城堡属于大件货物，物流公司需要和您预约送货时间。请在亚马逊订单里确认收货电话是可以接通的号码，承运商会提前一天打电话联系您。")

r(N, "zh", [], "sewing-parts", "US", ["free-replacement", "tracking", "reply"],
  "免费补发，附 TBA 追踪号。",
  "您好，非常抱歉梭芯盒少发了一个，我们已经免费为您补发，单号 TBA308821774990，预计三天内送达，原来那件不用退回。")

r(N, "zh", [], "knitting-yarn", "UK", ["carrier-link", "tracking", "reply", "warn-ok"],
  "承运商的 https 追踪链接（订单完成所需）；简报：可警告。",
  "您好，包裹目前在皇家邮政的分拣中心，您可以在 https://www.royalmail.com/track-your-item 输入单号 QF123456785GB 查询最新状态，预计明天派送。")

r(N, "zh", [], "lab-supplies", "US", ["delete-word", "update-word", "tracking", "reply"],
  "“删除旧面单”“更新单号”物流用法，含 UPS 单号。",
  "您好，系统里出现了两条物流记录，是因为第一张面单打印错误，我们已经删除了旧面单并更新为新的单号 1Z9W84A20394857712，请以新单号为准查询。")

# --- Chinese (Traditional) near-misses (8) ---
r(N, "zh", [], "hair-tools", "JP", ["hant", "logistics-cancel", "refund", "out-of-stock", "reply"],
  "繁體：賣家因缺貨自行取消並退款（不是要求買家取消）。",
  "您好，因為這款捲髮棒目前缺貨，我們已經直接幫您取消訂單，款項會由亞馬遜全額退回原付款方式，造成不便非常抱歉。")

r(N, "zh", [], "telescopes", "JP", ["hant", "neutral-review-request", "order-id", "proactive"],
  "繁體：中立邀評，「無論好壞」。",
  "您好，這是關於訂單 250-4471982-0036614（天文望遠鏡目鏡組）的訊息。希望這組目鏡讓您觀星更順利。如果方便的話，歡迎在商品頁面分享您真實的使用心得，"
  "無論好壞，對其他買家都很有幫助。")

r(N, "zh", [], "party-decorations", "JP", ["hant", "change-word", "delete-word", "customization", "reply"],
  "繁體：「修改」「刪除」用於客製化設計稿。",
  "您好，您要求修改的橫幅文字我們已經更新為「生日快樂，小安」，原本那版設計稿已刪除，附件是新的設計稿，請確認後回覆我們，我們就會開始印刷。")

r(N, "zh", [], "phone-cases", "JP", ["hant", "refuse-offplatform", "line-word", "reply"],
  "繁體：拒絕買家加 LINE。",
  "您好，謝謝您想加LINE方便聯絡，不過依照亞馬遜的規定，我們只能透過站內訊息和您溝通，請直接在這裡回覆訂單問題即可，我們每天都會查看。")

r(N, "zh", [], "camping-cookware", "US", ["hant", "thanks-review", "reply"],
  "繁體：回覆中感謝好評並回答清洗問題。",
  "您好，謝謝您特地告訴我們已經給了好評！關於您問的鍋具收納袋，可以直接放進洗衣機用冷水洗，晾乾即可。")

r(N, "zh", [], "kids-science-kits", "US", ["hant", "product-fact", "substring", "reply"],
  "繁體：盒上的「年度評測推薦」是雜誌獎項。",
  "您好，盒子上印的「2024 年度評測推薦」是玩具雜誌頒發的獎項，和亞馬遜上的評論無關。另外電池不包含在內，需要另外準備 3 顆 AA 電池。")

r(N, "zh", [], "drones", "US", ["hant", "tracking", "order-id", "reply"],
  "繁體：回覆買家詢問出貨狀態，含訂單號和 UPS 追蹤號。",
  "您好，您的訂單 111-2290385-7714420 已於昨天出貨，承運商是 UPS，追蹤號碼 1Z 8A7 V36 03 9482 1157，預計 3 月 14 日送達。")

r(N, "zh", [], "watch-straps", "JP", ["hant", "amazon-link", "refund", "returns", "reply"],
  "繁體：亞馬遜訂單頁連結（最多資訊級）、「評估」和退款。",
  "您好，您可以到亞馬遜「我的訂單」頁面（https://www.amazon.co.jp/gp/css/order-history）選擇這筆訂單申請退貨，"
  "我們收到退回的錶帶並評估無損壞後，退款會在三個工作天內完成。")

# --- Mixed near-misses (5) ---
r(N, "mixed", [], "dash-cams", "US", ["order-id", "update-word", "replacement", "reply"],
  "Code-switched replacement notice with order id and 'update'.",
  "Hi Lucas, 您的 replacement order 已经 created，order ID 702-3381940-5521368，tracking 会在 24 小时内 update。原来那台不用 return。")

r(N, "mixed", [], "watch-straps", "UK", ["asin", "reply"],
  "Two ASINs compared; must not be read as codes or handles.",
  "您好 Ms. Kim，关于您问的 ASIN B08K3T9QPL 和 B08K3T9QPM 的区别：前者是 20mm，后者是 22mm，其他 spec 都一样。")

r(N, "mixed", [], "headlamps", "US", ["refuse-offplatform", "paypal-word", "refund", "reply"],
  "Code-switched refusal of a PayPal refund.",
  "Hi Mateo, 抱歉 we can't refund through PayPal or any other way outside Amazon，退款只能通过亚马逊原路退回，通常 3-5 business days 到账。")

r(N, "mixed", [], "drones", "US", ["qr-word", "reply"],
  "QR code on the battery is a serial label; the photo is sent here on Amazon.",
  "Hi, 电池上的 QR code 是 serial number 标签，不是联系方式。请拍一张清楚的照片 send here，我们核对一下批次。")

r(N, "mixed", [], "lab-supplies", "US", ["review-word", "checkout", "reply"],
  "'Review order' as the checkout step; no review solicitation.",
  "Hi Grace, 'Review your order' 是亚马逊结账页面的最后一步，点完 'Place your order' 之后订单才会生成。您之前只到了 review 那一步，所以没有 charge。")

# ---------------------------------------------------------------------------
# CLEAN (25), labels []
# ---------------------------------------------------------------------------
C = "clean"

# --- English clean (13) ---
r(C, "en", [], "drones", "US", ["reply"], "Battery storage advice.",
  "Hi Leah, for storage longer than a week, bring the batteries to about 60% and keep them somewhere cool and dry. The "
  "smart batteries will also discharge themselves to a safe level after ten days if you set that option in the app.")

r(C, "en", [], "camping-cookware", "CA", ["reply"], "Fuel compatibility answer.",
  "Hi Pierre, the stove takes standard isobutane canisters with a Lindal valve, the screw-on type sold at most outdoor "
  "shops. It isn't designed for the butane cartridges used by tabletop burners.")

r(C, "en", [], "hair-tools", "US", ["reply"], "Temperature guidance for fine hair.",
  "Hi Maya, for fine or colour-treated hair we suggest starting at 150 C and going up in small steps only if the style "
  "doesn't hold. The setting stays the same after you switch the iron off.")

r(C, "en", [], "lab-supplies", "US", ["reply"], "Autoclave compatibility.",
  "Dear Dr. Park, the polypropylene racks can be autoclaved at 121 C for 20 minutes. Please let them cool fully before "
  "stacking, otherwise the corners can warp slightly.")

r(C, "en", [], "party-decorations", "US", ["reply"], "Helium float time.",
  "Hi Diane, the 12-inch latex balloons float for roughly 8 to 12 hours with helium alone. If your party is the next day, "
  "we'd suggest inflating them on the morning of the event.")

r(C, "en", [], "kids-science-kits", "UK", ["reply"], "Age suitability and safety goggles.",
  "Hello Mr. Evans, the kit is designed for ages 8 and up with an adult nearby. Two pairs of safety goggles are in the "
  "small box under the test-tube tray, so please check there before starting the first experiment.")

r(C, "en", [], "watch-straps", "US", ["reply"], "Sizing instructions.",
  "Hi Carlos, to find your size, wrap a strip of paper around your wrist where you wear the watch, mark where it "
  "overlaps and measure it flat. Wrists from 15 to 19 cm fit the regular length.")

r(C, "en", [], "phone-cases", "MX", ["reply"], "Wireless charging compatibility.",
  "Hi Abby, yes, the case is 1.2 mm thick at the back, so standard wireless chargers work through it. Metal plates or "
  "thick card wallets attached to the back will stop it charging.")

r(C, "en", [], "supplements-packaging", "US", ["reply"], "Child-resistant cap information.",
  "Hi Sandra, the bottles use a push-and-turn child-resistant cap. To open, press down firmly on the cap and turn "
  "anticlockwise at the same time. The liner seal is removable and food-grade.")

r(C, "en", [], "grow-lights", "US", ["delay-notice", "order-id", "proactive"],
  "Proactive delay notice for an unexpected problem (allowed).",
  "Hello, regarding your order 113-8402915-2267340: due to a carrier delay at our warehouse, your grow light will ship "
  "three days later than estimated. The new expected delivery date is 18 June. We're sorry for the wait.")

r(C, "en", [], "sewing-parts", "US", ["manual-attached", "reply"], "Manual sent as requested.",
  "Hi Irene, as requested, the installation guide for the walking foot is attached as a PDF. Step 4 shows how to fit the "
  "fork arm over the needle clamp screw.")

r(C, "en", [], "aquarium", "UK", ["reply"], "Pump cleaning.",
  "Hi Paul, unplug the pump, pull the front cover off and slide the impeller out. A soft toothbrush and a little tank "
  "water are enough to clear the algae; avoid soap, as residue can harm the fish.")

r(C, "en", [], "knitting-yarn", "US", ["reply"], "Washing instructions.",
  "Hi Jade, the superwash merino can go in the machine on a cool wool cycle. Lay the finished blanket flat to dry so it "
  "keeps its shape.")

# --- Chinese (Simplified) clean (7) ---
r(C, "zh", [], "guitar-strings", "JP", ["reply"], "弦规格说明。",
  "您好，这套弦是12到53的中等张力，适合大部分民谣吉他。如果您的琴颈比较老，也可以换成11到52的轻张力，按弦会轻松一些。")

r(C, "zh", [], "3d-printer-filament", "US", ["reply"], "耗材烘干温度。",
  "您好，PLA耗材受潮后打印会有拉丝，建议放进烘干箱用50度烘4到6小时，之后放回带干燥剂的密封袋里保存。")

r(C, "zh", [], "fishing-lures", "US", ["reply"], "鱼饵保存。",
  "您好，软饵最好放回原来的袋子里单独保存，不同颜色混在一起容易串色。夏天不要放在车里暴晒，以免变形。")

r(C, "zh", [], "baby-carriers", "US", ["reply"], "背带清洗。",
  "您好，背带可以用30度以下的温水手洗，洗前请把腰凳的海绵垫取出来，洗完平铺晾干，不要放进烘干机。")

r(C, "zh", [], "keycaps", "DE", ["reply"], "键帽兼容性。",
  "您好，这套键帽是十字轴的，适配大部分机械轴体。您的键盘右下角是1.75U的Shift，套装里已经包含这个尺寸，可以直接安装。")

r(C, "zh", [], "camping-lanterns", "US", ["delay-notice", "order-id", "proactive"],
  "主动发送的延迟发货通知（允许）。",
  "您好，关于您的订单 114-6203981-4471025，因仓库入库延误，预计将比原定时间晚两天发货，新的预计送达日期是6月20日，给您带来不便非常抱歉。")

r(C, "zh", [], "supplements-packaging", "US", ["reply"], "材质说明。",
  "您好，分装盒的材质是食品级聚丙烯，可以放冰箱冷藏，但不建议放进微波炉加热。每个格子大约能装8粒标准胶囊。")

# --- Chinese (Traditional) clean (4) ---
r(C, "zh", [], "watch-straps", "JP", ["hant", "reply"], "繁體：皮革錶帶保養。",
  "您好，真皮錶帶盡量避免長時間碰水，流汗後用乾布擦拭即可。每隔幾個月可以擦一點皮革保養油，讓皮面保持柔軟。")

r(C, "zh", [], "hair-tools", "JP", ["hant", "reply"], "繁體：電熱髮捲使用方法。",
  "您好，髮捲加熱大約需要五分鐘，指示燈轉綠就可以使用。捲上之後停留十到十五分鐘，等完全冷卻再拆下來，捲度會比較持久。")

r(C, "zh", [], "lab-supplies", "US", ["hant", "reply"], "繁體：培養皿滅菌說明。",
  "您好，這批培養皿出廠前已經過環氧乙烷滅菌，拆封後即可使用，不需要再高壓滅菌。未使用完的請封好袋口，存放在乾燥處。")

r(C, "zh", [], "party-decorations", "JP", ["hant", "reply"], "繁體：鋁箔氣球充氣。",
  "您好，鋁箔數字氣球可以用吸管吹氣，或用打氣筒從氣球下方的閥口充氣，充到大約九分飽就好，太滿的話接縫容易裂開。")

# --- Mixed clean (1) ---
r(C, "mixed", [], "camping-cookware", "US", ["reply"], "Code-switched product-use answer.",
  "Hi Chloe, 这款 titanium mug 可以直接放在 camping stove 上加热，但请不要空烧，水烧开后把手会有点烫，记得用防烫套。")


# ---------------------------------------------------------------------------
# Build, validate, write
# ---------------------------------------------------------------------------
ALLOWED_LABELS = {RI, OPC, MKT}
CATS = ["violation", "evasion", "near-miss", "clean"]
EXPECTED = {"violation": 50, "evasion": 30, "near-miss": 55, "clean": 25}
TECHNIQUES = {"spacing", "separator", "leetspeak", "zero-width", "fullwidth", "homoglyph",
              "spelled-digits", "at-dot", "pinyin", "homophone", "slang", "emoji-stars", "line-split"}
ZW = {"\u200b", "\u200c", "\u200d", "\ufeff"}


def has_fullwidth(s):
    return any(0xFF01 <= ord(ch) <= 0xFF5E for ch in s)


def has_confusable(s, script):
    for ch in s:
        name = unicodedata.name(ch, "")
        if name.startswith(script) and "LETTER" in name:
            return True
    return False


def has_cjk(s):
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


def has_latin_words(s):
    import re
    return len(re.findall(r"[A-Za-z]{3,}", s)) >= 3


def main():
    errors = []
    out = []
    seen_text = set()
    for i, rec in enumerate(RECORDS, 1):
        rid = "h18-%03d" % i
        text, labels, tags, lang = rec["text"], rec["labels"], rec["tags"], rec["lang"]
        cat = tags[0]
        if cat not in CATS:
            errors.append("%s: bad category %r" % (rid, cat))
        if not text.strip():
            errors.append("%s: empty text" % rid)
        if text in seen_text:
            errors.append("%s: duplicate text" % rid)
        seen_text.add(text)
        if lang not in ("en", "zh", "mixed"):
            errors.append("%s: bad lang %r" % (rid, lang))
        if not set(labels) <= ALLOWED_LABELS or len(set(labels)) != len(labels):
            errors.append("%s: bad labels %r" % (rid, labels))
        if cat in ("violation", "evasion") and not labels:
            errors.append("%s: %s without labels" % (rid, cat))
        if cat in ("near-miss", "clean") and labels:
            errors.append("%s: %s must have labels []" % (rid, cat))
        if "warn-ok" in tags and cat != "near-miss":
            errors.append("%s: warn-ok outside near-miss" % rid)
        if "hant" in tags and lang != "zh":
            errors.append("%s: hant on non-zh" % rid)
        if len(tags) < 3:
            errors.append("%s: tags need category, sector, market" % rid)
        if not rec["note"].strip():
            errors.append("%s: empty note" % rid)
        # language sanity
        if lang == "en" and has_cjk(text):
            errors.append("%s: en text contains CJK" % rid)
        if lang == "zh" and not has_cjk(text):
            errors.append("%s: zh text without CJK" % rid)
        if lang == "mixed" and not (has_cjk(text) and has_latin_words(text)):
            errors.append("%s: mixed text lacks one of the scripts" % rid)
        # evasion technique checks
        if cat == "evasion":
            techs = TECHNIQUES & set(tags)
            if not techs:
                errors.append("%s: evasion without technique tag" % rid)
            if "zero-width" in tags and not (ZW & set(text)):
                errors.append("%s: zero-width tag but none in text" % rid)
            if "fullwidth" in tags and not has_fullwidth(text):
                errors.append("%s: fullwidth tag but none in text" % rid)
            if "cyrillic" in tags and not has_confusable(text, "CYRILLIC"):
                errors.append("%s: cyrillic tag but none in text" % rid)
            if "greek" in tags and not has_confusable(text, "GREEK"):
                errors.append("%s: greek tag but none in text" % rid)
            if "line-split" in tags and "\n" not in text:
                errors.append("%s: line-split tag but no newline" % rid)
        out.append({"id": rid, "text": text, "labels": labels, "lang": lang,
                    "tags": tags, "note": rec["note"]})

    cat_counts = Counter(o["tags"][0] for o in out)
    for c, n in EXPECTED.items():
        if cat_counts[c] != n:
            errors.append("category %s: %d, expected %d" % (c, cat_counts[c], n))
    if len(out) != 160:
        errors.append("total %d, expected 160" % len(out))

    with open(OUT, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")

    # re-read to validate the file itself
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != out:
        errors.append("round-trip mismatch")

    # ---- counts ----
    langs = Counter(o["lang"] for o in out)
    hant = sum(1 for o in out if "hant" in o["tags"])
    print("wrote %s (%d records)" % (OUT, len(out)))
    print()
    print("%-10s %5s %5s %5s %6s %5s %6s" % ("category", "total", "en", "zh", "(hant)", "mixed", "warn-ok"))
    for c in CATS:
        rows = [o for o in out if o["tags"][0] == c]
        lc = Counter(o["lang"] for o in rows)
        h = sum(1 for o in rows if "hant" in o["tags"])
        w = sum(1 for o in rows if "warn-ok" in o["tags"])
        print("%-10s %5d %5d %5d %6d %5d %6d" % (c, len(rows), lc["en"], lc["zh"], h, lc["mixed"], w))
    print("%-10s %5d %5d %5d %6d %5d %6d" % ("all", len(out), langs["en"], langs["zh"], hant, langs["mixed"],
                                           sum(1 for o in out if "warn-ok" in o["tags"])))
    print()
    print("label occurrences (violation + evasion):")
    pol = Counter()
    pol_by_cat = {c: Counter() for c in ("violation", "evasion")}
    for o in out:
        if o["tags"][0] in pol_by_cat:
            for lab in o["labels"]:
                pol[lab] += 1
                pol_by_cat[o["tags"][0]][lab] += 1
    for lab in (RI, OPC, MKT):
        print("  %-22s violation %2d  evasion %2d  total %2d" % (
            lab, pol_by_cat["violation"][lab], pol_by_cat["evasion"][lab], pol[lab]))
    multi = sum(1 for o in out if len(o["labels"]) > 1)
    print("  multi-label records: %d" % multi)
    tech = Counter(t for o in out if o["tags"][0] == "evasion" for t in o["tags"] if t in TECHNIQUES)
    print()
    print("evasion techniques:", ", ".join("%s=%d" % kv for kv in sorted(tech.items())))
    sectors = Counter(o["tags"][1] for o in out)
    print("sectors: %d distinct" % len(sectors))
    markets = Counter(o["tags"][2] for o in out)
    print("markets:", ", ".join("%s=%d" % kv for kv in sorted(markets.items())))

    if errors:
        print()
        print("VALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print()
    print("validation OK")


if __name__ == "__main__":
    main()
