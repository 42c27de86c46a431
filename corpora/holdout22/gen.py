#!/usr/bin/env python3
"""Hand-written holdout set h22 for the msglint buyer-message linter.
Each row: (category, lang, labels, sector, market, extra_tags, text, note).
Running this writes holdout22.jsonl next to this file, validates it and prints counts."""
import json, os, re, sys
from collections import Counter

R, O, M = "review-inducement", "off-platform-contact", "marketing"
H = "hant"

ROWS = [
# ---------------- VIOLATIONS (40) ----------------
# English
("violation","en",[R],"archery","US",[],
 "Thanks for the note about the nock fit. The 11/32 nocks are in the box under the foam tray and the string wax is in the small pouch. Once your write-up is live on the listing, drop us a line and we'll post you a spare set of vanes as a little thank-you.",
 "incentive (free vanes) for a review, no word 'review', buried in support reply"),
("violation","en",[R],"vinyl records","UK",[],
 "So sorry the sleeve arrived with a creased corner. Every pressing is checked before dispatch, but the outer mailer can flex in transit. If you're enjoying the record we'd be grateful for a few words on the product page; if anything is off, please come to us first rather than posting.",
 "review gating / diversion of unhappy buyers, polite UK tone"),
("violation","en",[R],"saddles","US",[],
 "The refund for the girth strap went through this morning. Now that everything is sorted, would you mind taking another look at what you wrote about the saddle on the listing? It still says we never answered you.",
 "asks buyer to revise an existing product review after refund, indirect wording"),
("violation","en",[R],"bonsai","DE",[],
 "Your juniper should stay outdoors through winter, sheltered from hard frost. Whenever you get a moment to write about it on Amazon, it would help us a lot if you mentioned the thick trunk and how carefully it was packed.",
 "steering review content"),
("violation","en",[R],"label printers","US",[],
 "Glad the driver reinstall fixed the skewed labels! If we earned the top mark in your eyes, that is the rating we'd hope to see when you rate the printer.",
 "asks for top rating without saying 'five stars'"),
("violation","en",[R],"swim goggles","AU",[],
 "We've posted a replacement strap today. That neutral feedback is dragging our store score down and we are only a two-person shop, so we would really appreciate it being taken down.",
 "pressure to remove seller feedback"),
("violation","en",[O],"archery","US",[],
 "The limb bolts on the 2023 riser use a 5/16 thread. For the full tuning chart just write to tuning.desk@bowyerworks.net and I'll send you the PDF myself.",
 "plain email address in helpful reply"),
("violation","en",[O],"vinyl records","UK",[],
 "If the turntable still skips after levelling it, text me on WhatsApp at +44 7700 900412 with a short video, I can diagnose it much quicker than through here.",
 "WhatsApp + phone number, diversion"),
("violation","en",[O,M],"saddles","US",[],
 "Honestly the quickest way to get the matching bridle is ordering on our own site, hackamore-house.com, where we also do custom stitching at a lower price.",
 "diversion to own web shop (domain without scheme) plus promotion"),
("violation","en",[O],"bonsai","US",[],
 "We can't do a partial refund through Amazon for the chipped pot, but if you send me your Venmo handle I'll send you $12 right away.",
 "off-Amazon payment"),
("violation","en",[O],"label printers","CA",[],
 "Firmware 2.4 fixes the feed error you described. Download it from http://labelpro-support.co/fw24 and follow the readme inside the zip.",
 "non-Amazon http link"),
("violation","en",[O],"swim goggles","AU",[],
 "For fitting advice our coach answers direct messages on Instagram, @clearlane.swim, usually within the hour, so that's the best place to ask.",
 "social handle, contact outside Amazon"),
("violation","en",[M],"archery","US",[],
 "Your replacement arrow rest ships today and tracking will follow. By the way, arrows are 15% off with us if you enter QUIVER15 on your next order.",
 "coupon code buried after logistics"),
("violation","en",[M],"vinyl records","UK",[],
 "Thanks for confirming the flat number. Also, the 180g reissue of the band's second album has just landed in our shop, worth grabbing before the first run is gone.",
 "new-product announcement"),
("violation","en",[M],"saddles","US",[],
 "We've arranged the exchange to the wide gullet. Riders who go wide usually pair it with our gel half pad as well; you'll find it in our storefront under Tack.",
 "cross-selling"),
("violation","en",[M],"bonsai","UK",[],
 "Your ficus should be settling in now. When the fertiliser runs low in about eight weeks, just reorder the same pack from us and we'll make sure you get the freshest batch.",
 "buy-again push"),
("violation","en",[M],"label printers","US",[],
 "Tell a colleague about the printer: if they order and mention your name in a message, you both get a roll of labels on the house.",
 "refer-a-friend scheme"),
("violation","en",[M],"swim goggles","AU",[],
 "Just a heads-up ahead of time: next week we're running a summer clearance on all our anti-fog goggles, with lifeguard multipacks at half price.",
 "sale announcement"),
# Chinese (simplified)
("violation","zh",[R],"archery","US",[],
 "您好，弓弦型号是B-55，已经帮您核对过了。另外收到货后方便的话写几句使用感受，截个图发给我们，我们这边给您补贴一点运费～",
 "incentive (shipping subsidy) for review screenshot, no 好评/返现"),
("violation","zh",[R],"vinyl records","US",[],
 "唱片封套压痕的事情给您道个歉。我们店刚起步，要是觉得还行，麻烦给个满分评价支持一下。",
 "asks for top score (满分) instead of 五星"),
("violation","zh",[R],"saddles","DE",[],
 "马鞍皮面有轻微色差属于正常现象。用着顺手的话欢迎评价；要是哪里不满意，先别急着在页面上写，直接找我们处理就好。",
 "gating / divert unhappy buyers"),
("violation","zh",[R],"bonsai","US",[],
 "退款已经原路退回了。那条说树苗发黄的评论，方便的话能帮忙撤掉吗？我们新品很受影响。",
 "ask to withdraw product review after refund (撤掉, not 删除)"),
("violation","zh",[O],"label printers","US",[],
 "驱动安装有问题的话，加一下我们技术的微信 lbl_tech88，远程帮您看一下。",
 "WeChat handle"),
("violation","zh",[O],"swim goggles","UK",[],
 "防雾涂层的说明书电子版比较大，这里发不了，您发个邮件到 goggles_cs@163.com，我回给您。",
 "email address"),
("violation","zh",[O],"archery","US",[],
 "这款箭台亚马逊上暂时缺货，您可以直接去我们独立站下单，搜索“弓匠工坊官网”就能找到，价格还便宜一些。",
 "divert to independent site without URL"),
("violation","zh",[M],"vinyl records","US",[],
 "换货已经安排好了。顺便说一句，店里唱针现在满两件减20，下单时填 VINYL20 就行。",
 "coupon code after logistics"),
("violation","zh",[M],"saddles","US",[],
 "肚带尺寸表已附上。我们这个月还上架了同系列的手工笼头，配这款鞍很好看，有空可以去店铺逛逛。",
 "new arrival + store visit"),
("violation","zh",[M],"bonsai","JP",[],
 "修枝剪是碳钢的，用完擦干就不会生锈。老客户可以进我们的会员群，每周都有内部价。",
 "VIP group / member prices"),
("violation","zh",[M],"swim goggles","US",[],
 "镜片度数已经按您的要求换好了。泳季快到了，建议再囤一副备用，回购的话我们优先发货。",
 "buy-again push"),
# Chinese (traditional)
("violation","zh",[R],"archery","TW",[H],
 "您好，護臂已重新寄出。如果您願意把之前的賣家回饋撤下，我們可以再送您一組指套當作補償。",
 "incentive to remove seller feedback (official violation pattern)"),
("violation","zh",[R],"vinyl records","TW",[H],
 "唱盤皮帶已經補寄了。之後若要分享心得，麻煩提到音質很乾淨、包裝很用心，對我們幫助很大。",
 "steering review content"),
("violation","zh",[O],"label printers","TW",[H],
 "碳帶卡紙的問題，用LINE傳影片給我比較快，ID是 labelfix_tw。",
 "LINE handle"),
("violation","zh",[O],"swim goggles","TW",[H],
 "退換貨流程有點複雜，您直接打給我 0912-345-678，我幫您處理。",
 "personal mobile number"),
("violation","zh",[M],"bonsai","TW",[H],
 "松柏盆栽冬天要避免盆底積水。另外本店週年慶全館八折，歡迎再來看看。",
 "anniversary sale"),
("violation","zh",[M],"saddles","HK",[H],
 "感謝您耐心等候補件。附上一張下次購買可用的九折優惠碼 SADDLE90。",
 "coupon code"),
("violation","zh",[R],"archery","TW",[H],
 "很高興您喜歡這把反曲弓！既然用得滿意，能不能順手到商品頁寫個評論？",
 "review asked only because buyer said they are happy (ask-after-praise)"),
# mixed
("violation","mixed",[O],"label printers","US",[],
 "Hi，您的 label roll 尺寸是 62mm。有问题可以 add my WeChat: rolls_king 哦。",
 "WeChat handle in code-mixed text"),
("violation","mixed",[R],"swim goggles","US",[],
 "Thank you for your order! 如果满意的话 please leave 5 stars，谢谢支持～",
 "conditional five-star request, mixed"),
("violation","mixed",[M],"swim goggles","US",[],
 "补发的 strap 已经寄出，tracking 稍后更新。Also we have a Black Friday bundle: goggles + cap 只要 $19.99!",
 "bundle promotion after logistics"),
("violation","mixed",[O],"bonsai","US",[],
 "退款我们可以 via PayPal 直接转给您，just send us your PayPal email.",
 "off-Amazon refund, asks for PayPal account"),

# ---------------- EVASIONS (20) ----------------
("evasion","en",[O],"archery","US",["at-dot"],
 "Send a photo of the frayed string to bowcare (at) quiverline (dot) com and we'll sort out a new one.",
 "(at)/(dot) email"),
("evasion","en",[O],"vinyl records","US",["spelled-digits"],
 "Our tech line is four one five, five five five, zero one nine two. Call and ask for Dana, she knows that deck.",
 "phone number spelled out in words"),
("evasion","en",[O],"saddles","US",["zero-width"],
 "Easier to sort the fitting by video: message me on whats\u200bapp, +1 2\u200b06 555 01\u200b48.",
 "zero-width chars inside WhatsApp and number"),
("evasion","en",[R],"bonsai","UK",["leetspeak"],
 "After your r3v!ew goes live, we'll pop a g1ft c@rd in the post for you.",
 "leetspeak review + gift card"),
("evasion","en",[R],"label printers","US",["emoji-stars"],
 "If the printer made your shipping days easier, \u2b50\u2b50\u2b50\u2b50\u2b50 would totally make our day!",
 "emoji stars in place of 'five-star review'"),
("evasion","en",[R],"swim goggles","AU",["separators"],
 "Hope the goggles keep the fog away. A f-i-v-e s-t-a-r rating from you would mean a lot to our little team.",
 "hyphen-separated letters"),
("evasion","en",[M],"archery","US",["separators"],
 "Code S.A.V.E.1.0 gets you 10% off your next quiver, no minimum.",
 "dotted discount code"),
("evasion","en",[M],"saddles","US",["homoglyph"],
 "Your next order gets a c\u043eup\u043en too: use RIDE15 at checkout, valid until the end of the month.",
 "Cyrillic o in 'coupon'"),
("evasion","en",[O,M],"vinyl records","UK",["full-width"],
 "Browse more original pressings at \uff47\uff52\uff4f\uff4f\uff56\uff45\uff42\uff49\uff4e\uff0e\uff43\uff4f\uff4d, we restock every Friday.",
 "full-width domain + promotion"),
("evasion","zh",[O],"bonsai","US",["slang"],
 "有问题加薇：bonsai_lao8，发照片更方便。",
 "加薇 homophone of 微信"),
("evasion","zh",[R],"archery","US",["homophone"],
 "晒图好苹返5刀，截图发我们就行。",
 "好苹 homophone of 好评 + 返现"),
("evasion","zh",[R],"swim goggles","US",["pinyin"],
 "收到后给个haoping，fan xian 3 美金给您。",
 "pinyin haoping / fan xian"),
("evasion","zh",[O],"saddles","US",["spelled-digits"],
 "急的话打我电话：幺三八 零零一二 三四五六，白天都在。",
 "phone number in Chinese digit words (幺=1)"),
("evasion","zh",[R],"vinyl records","US",["emoji-stars"],
 "麻烦给个五颗\u2b50，返您一张卡～",
 "emoji star rating request + card incentive"),
("evasion","zh",[M],"label printers","US",["spacing"],
 "新 品 上 架 ， 凭 码 L B 8 8 下 单 立 减 十 五 美 元 。",
 "character spacing around promo code"),
("evasion","zh",[O],"archery","TW",[H,"full-width"],
 "請寄信到 \uff53\uff55\uff50\uff50\uff4f\uff52\uff54\uff20\uff41\uff52\uff43\uff48\uff45\uff52\uff59\uff0e\uff54\uff57，我們會盡快回覆。",
 "full-width email address"),
("evasion","zh",[R],"swim goggles","TW",[H,"homophone"],
 "如果有不滿意，先私我，別急著給差平喔，滿意再來評。",
 "差平 homophone of 差評, gating"),
("evasion","zh",[M],"bonsai","HK",[H,"homophone"],
 "下次回購送您一張八折折價卷，結帳時報訂單號就可以。",
 "折價卷 mis-written 折價券, buy-again coupon"),
("evasion","mixed",[M],"bonsai","US",["zero-width"],
 "下次 order 用 c\u200bo\u200bd\u200be BONSAI5 享 95 折。",
 "zero-width inside 'code'"),
("evasion","mixed",[M],"label printers","US",["pinyin","emoji"],
 "New arrivals 上新啦 \U0001f525 jin dian kan kan，关注店铺 get 10% off!",
 "pinyin 进店看看 + follow-store discount"),

# ---------------- NEAR-MISSES (40, labels []) ----------------
("near-miss","en",[],"archery","US",["order-id","tracking"],
 "Your order 112-4839201-7736412 left our warehouse this morning. UPS tracking is 1Z999AA10123456784 and the carrier expects Thursday.",
 "order id and tracking number must not look like phone"),
("near-miss","en",[],"saddles","UK",["warn-ok","feedback-notice"],
 "Thanks for letting us replace the stirrup irons. If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided.",
 "Amazon's neutral feedback-update notice after resolution"),
("near-miss","en",[],"swim goggles","AU",["neutral-review"],
 "If you have a moment, you're welcome to share your experience with the goggles in a review on Amazon, whatever it turned out to be.",
 "neutral one-time review request"),
("near-miss","en",[],"vinyl records","UK",["thanks-review"],
 "Thank you for mentioning you'd already reviewed the record crate, we read every one. The replacement hinge ships tomorrow.",
 "thanks for existing review in a reply"),
("near-miss","en",[],"bonsai","US",["refusal"],
 "We can't offer anything in exchange for a review, and we won't ask you to change what you wrote. The refund for the cracked pot is being processed either way.",
 "refusal containing review/change/refund"),
("near-miss","en",[],"label printers","US",["warn-ok","amazon-promo"],
 "The 10% coupon you asked about is the clip coupon Amazon shows on the listing. Amazon applies it at checkout; we can't add or extend it from our side.",
 "explaining an Amazon promotion the buyer asked about"),
("near-miss","en",[],"saddles","US",["warn-ok","carrier-phone"],
 "FedEx can reschedule the delivery for you: call them at 1-800-463-3339 and quote tracking 7726 1234 5678.",
 "carrier phone number in delivery context"),
("near-miss","en",[],"swim goggles","US",["product-fact"],
 "The case is free of BPA and the strap is latex-free. These are new 2024 stock, so the lens coating is fresh.",
 "free/new as product facts"),
("near-miss","en",[],"label printers","UK",["product-fact"],
 "The companion app can share label PDFs to WhatsApp or email from your phone, but the printing itself only works over Bluetooth.",
 "WhatsApp as product feature, not contact"),
("near-miss","en",[],"vinyl records","UK",["at-word"],
 "The courier arrives at the depot at 9; you can collect at door 3 at the Dover office from 10 onwards.",
 "many 'at' words, no email"),
("near-miss","en",[],"archery","US",["amazon-return"],
 "Please start the return from Your Orders on Amazon; the prepaid label will be generated for you there.",
 "Amazon-internal return instruction"),
("near-miss","en",[],"archery","CA",["remedy"],
 "We've sent a second bow stringer free of charge, since the first one was missing from the box.",
 "free replacement remedy, not promotion"),
("near-miss","en",[],"saddles","US",["warn-ok","amazon-promo","refusal"],
 "The lower price you saw the day after your purchase was an Amazon Lightning Deal. We're not able to refund the difference, but you keep the saddle pad at the price you paid.",
 "explains Amazon deal buyer asked about; refund word"),
("near-miss","en",[],"bonsai","US",["amazon-review-info"],
 "Amazon may send you an email asking for a review of the tree; that comes from Amazon automatically and you're free to ignore it.",
 "informational mention of Amazon's review email"),
("near-miss","en",[],"label printers","US",["numbers"],
 "The LP-4200 cutter blade (part 730-5521-0090) fits every unit made after 2021-03-15; yours has serial 4200-88317.",
 "part/serial numbers that resemble phone numbers"),
("near-miss","en",[],"bonsai","UK",["product-fact","stars"],
 "The glazed pot has a ring of five stars painted inside the rim; the glaze shade can vary a little from batch to batch.",
 "'five stars' as a product decoration"),
("near-miss","en",[],"saddles","US",["neutral-review"],
 "We'd value hearing how the saddle works for you, good or bad. Reviews on the product page help other riders choose the right tree size.",
 "balanced neutral review request"),
("near-miss","en",[],"vinyl records","US",["refusal"],
 "Sorry, we're not able to send discount codes through messages. The price shown on Amazon is our current price for the box set.",
 "refusal mentioning discount codes"),
("near-miss","zh",[],"archery","US",["logistics"],
 "已按您的要求取消重复订单 114-5821930-2264718，款项会由亚马逊原路退回。",
 "取消订单 + order id"),
("near-miss","zh",[],"swim goggles","UK",["logistics"],
 "收货地址已帮您修改为新地址，物流单号 TBA312345678901 会同步更新。",
 "修改地址 + TBA tracking"),
("near-miss","zh",[],"saddles","US",["substring"],
 "我们检索评测数据后发现，这款鞍垫在高温下表现稳定，您担心的变形问题一般不会出现。",
 "检索评测 contains 索评"),
("near-miss","zh",[],"archery","US",["substring"],
 "您在商品页搜索评论时看到的“断弦”问题是旧款，新款已经换了材质。",
 "搜索评论 contains 索评; mentions reviews neutrally"),
("near-miss","zh",[],"label printers","US",["warn-ok","feedback-notice"],
 "如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。",
 "neutral feedback notice (Chinese)"),
("near-miss","zh",[],"vinyl records","US",["thanks-review"],
 "感谢您的好评！您问的替换唱针型号是 N-44，包装里附了安装说明。",
 "thanks for existing positive review in reply (info at most)"),
("near-miss","zh",[],"bonsai","US",["refusal"],
 "抱歉，我们不能用返现或礼品来换评价，也不会要求您修改评论。您反映的盆裂问题，我们会照常全额退款。",
 "refusal containing 返现/修改评论/退款"),
("near-miss","zh",[],"label printers","US",["product-fact"],
 "本款标签机支持微信小程序打印，也可以用蓝牙连接手机App。",
 "微信 as product feature"),
("near-miss","zh",[],"archery","US",["remedy"],
 "缺少的护指已经免费为您补发，单号稍后在订单页可以看到。",
 "免费补发 remedy"),
("near-miss","zh",[],"swim goggles","US",["product-fact"],
 "这款泳镜是2024年新款，防雾涂层不含双酚A。",
 "新款 as product fact"),
("near-miss","zh",[],"saddles","US",["warn-ok","amazon-promo"],
 "您问的那张优惠券是亚马逊页面上的Prime会员折扣，由亚马逊在结账时自动抵扣，我们这边无法另外发放。",
 "explaining Amazon coupon buyer asked about"),
("near-miss","zh",[],"bonsai","DE",["warn-ok","carrier-phone"],
 "DHL快递员联系不上您的话，可以拨打DHL客服 0228 4333 112，报运单号 00340434161094042557 重新预约派送。",
 "carrier phone number + tracking"),
("near-miss","zh",[],"vinyl records","TW",[H,"order-id","tracking"],
 "您的訂單 249-1234567-7654321 已交由黑貓宅急便配送，追蹤號碼 9012-3456-7890。",
 "order id and tracking number in Traditional"),
("near-miss","zh",[],"swim goggles","TW",[H,"neutral-review"],
 "若方便的話，歡迎到商品頁分享您對這副泳鏡的真實使用心得，好壞都可以。",
 "neutral review request (Traditional)"),
("near-miss","zh",[],"saddles","HK",[H,"refusal"],
 "很抱歉，我們無法提供折扣碼，也不能在站外交易，一切以亞馬遜頁面價格為準。",
 "refusal with 折扣碼/站外"),
("near-miss","zh",[],"archery","TW",[H,"logistics"],
 "已依您的要求修改箭桿上的刻字內容，並刪除先前重複送出的客製化資料。",
 "修改/刪除 in customization logistics"),
("near-miss","zh",[],"bonsai","TW",[H,"product-fact","stars"],
 "盆器底部有五個星形排水孔，請勿用土堵塞。",
 "五個星形 product fact"),
("near-miss","zh",[],"label printers","TW",[H,"amazon-review-info"],
 "亞馬遜之後可能會寄信邀請您評論，那是平台自動發送的，您可以自由決定要不要寫。",
 "informational mention of Amazon review email"),
("near-miss","mixed",[],"bonsai","US",["order-id","tracking"],
 "您的 order 113-2233445-6677889 已经 shipped，USPS tracking 9400 1000 0000 0000 0000 00，预计周五到。",
 "order id and USPS tracking, mixed"),
("near-miss","mixed",[],"vinyl records","US",["amazon-return"],
 "请从 Amazon 的 Your Orders 页面点击 Return or replace items 申请退货，label 会自动生成。",
 "Amazon return instructions, mixed"),
("near-miss","mixed",[],"swim goggles","US",["product-fact"],
 "这副 goggles 的 strap 是 silicone，latex-free，适合敏感肌肤。Free size，成人通用。",
 "free/latex-free/free size as facts"),
("near-miss","mixed",[],"saddles","US",["thanks-review"],
 "谢谢您在 review 里提到包装的问题，我们已经改进了 packaging，下一批会用双层纸箱。",
 "reply acknowledging existing review, no request"),

# ---------------- CLEAN (20, labels []) ----------------
("clean","en",[],"archery","US",[],
 "For your draw length the 22 lb limbs you ordered are a good starting weight; most beginners stay between 20 and 25 lb for the first season.",
 "product advice"),
("clean","en",[],"vinyl records","UK",[],
 "That single was cut at 45 RPM rather than 33, so please switch the platter speed and it should sound right.",
 "product advice"),
("clean","en",[],"saddles","US",[],
 "To shorten the stirrup leathers, move the buckle up two holes; the leather will stretch a little over the first few weeks of riding.",
 "product advice"),
("clean","en",[],"bonsai","DE",[],
 "Your juniper prefers morning sun and should be watered when the top centimetre of soil feels dry.",
 "care advice"),
("clean","en",[],"label printers","US",[],
 "The printer takes rolls up to 62 mm wide, so unfortunately the 100 mm roll you mentioned won't fit in the holder.",
 "spec answer"),
("clean","en",[],"swim goggles","AU",[],
 "The goggles come with three nose bridges and the medium one is fitted already. To swap it, pull gently from the lens side.",
 "fitting instructions"),
("clean","en",[],"saddles","US",["proactive","delay"],
 "Sorry for the inconvenience: the carrier missed yesterday's collection, so your saddle pad will now ship on Monday.",
 "proactive delay notice"),
("clean","en",[],"label printers","UK",["manual"],
 "As requested, the quick-start guide for the printer is attached as a PDF.",
 "manual sent on request"),
("clean","en",[],"archery","US",["customization"],
 "Could you confirm the engraving for the arrows? We have 'J. Okafor' and want to check the spelling before we cut.",
 "customization confirmation"),
("clean","en",[],"bonsai","US",[],
 "Thank you for contacting us. The soil mix is equal parts akadama, pumice and lava rock, and one bag holds about two litres.",
 "thanks + substantive answer"),
("clean","zh",[],"archery","US",[],
 "您好，这把弓的拉距是28英寸，可以调到30英寸，不过需要另外换一根弦。",
 "spec answer"),
("clean","zh",[],"vinyl records","US",[],
 "唱片出现爆豆声一般是静电引起的，建议先用碳纤维刷清洁再播放试试。",
 "product advice"),
("clean","zh",[],"saddles","DE",["proactive","delay"],
 "因仓库盘点，您的订单预计会延迟两天发出，非常抱歉。",
 "delay notice"),
("clean","zh",[],"bonsai","US",[],
 "盆景到货后请先放在阴凉处缓苗三天，再慢慢移到有阳光的地方。",
 "care advice"),
("clean","zh",[],"label printers","UK",["customization"],
 "请确认一下标签机需要英规还是欧规插头，我们按您的选择配货。",
 "info needed to complete order"),
("clean","zh",[],"swim goggles","US",[],
 "泳镜起雾时请不要用手擦镜片内侧，用清水冲一下自然晾干就可以。",
 "care advice"),
("clean","zh",[],"archery","TW",[H],
 "您好，這組箭羽長度是4吋，適合您使用的碳纖維箭。",
 "spec answer"),
("clean","zh",[],"vinyl records","TW",[H],
 "黑膠唱片請直立收納，避免陽光直射，以免變形。",
 "care advice"),
("clean","zh",[],"saddles","HK",[H,"manual"],
 "應您的要求，附上馬鞍保養說明書的電子檔。",
 "manual on request"),
("clean","zh",[],"swim goggles","TW",[H],
 "泳鏡的頭帶可以調整長短，把扣環往後拉就能收緊。",
 "fitting instructions"),
]

ALLOWED = {R, O, M}
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "holdout22.jsonl")
    recs, errs = [], []
    for i, (cat, lang, labels, sector, market, extra, text, note) in enumerate(ROWS, 1):
        rid = "h22-%03d" % i
        tags = [cat, sector, market] + list(extra)
        if cat not in ("violation", "evasion", "near-miss", "clean"):
            errs.append(f"{rid}: bad category")
        if lang not in ("en", "zh", "mixed"):
            errs.append(f"{rid}: bad lang")
        if not set(labels) <= ALLOWED:
            errs.append(f"{rid}: bad labels {labels}")
        if cat in ("violation", "evasion") and not labels:
            errs.append(f"{rid}: violation without labels")
        if cat in ("near-miss", "clean") and labels:
            errs.append(f"{rid}: compliant with labels")
        if "warn-ok" in tags and cat != "near-miss":
            errs.append(f"{rid}: warn-ok outside near-miss")
        has_cjk = bool(CJK.search(text))
        if lang == "en" and has_cjk:
            errs.append(f"{rid}: en text has CJK")
        if lang in ("zh", "mixed") and not has_cjk:
            errs.append(f"{rid}: {lang} text lacks CJK")
        if lang == "mixed" and not LATIN_WORD.search(text):
            errs.append(f"{rid}: mixed text lacks English")
        if H in tags and lang != "zh":
            errs.append(f"{rid}: hant tag on non-zh")
        recs.append({"id": rid, "text": text, "labels": labels, "lang": lang,
                     "tags": tags, "note": note})
    if len({r["text"] for r in recs}) != len(recs):
        errs.append("duplicate texts")
    with open(out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read to validate the file itself
    with open(out, encoding="utf-8") as f:
        back = [json.loads(l) for l in f]
    assert back == recs
    cats = Counter(r["tags"][0] for r in recs)
    langs = Counter(r["lang"] for r in recs)
    hant = sum(H in r["tags"] for r in recs)
    want = {"violation": 40, "evasion": 20, "near-miss": 40, "clean": 20}
    if dict(cats) != want:
        errs.append(f"category counts {dict(cats)} != {want}")
    print(f"wrote {out}: {len(recs)} records")
    print("categories:", dict(cats))
    print("languages:", dict(langs), "| hant:", hant)
    for c in ("violation", "evasion"):
        pol = Counter(l for r in recs if r["tags"][0] == c for l in r["labels"])
        print(f"{c} labels:", dict(pol))
    print("warn-ok:", sum("warn-ok" in r["tags"] for r in recs))
    print("sectors:", dict(Counter(r["tags"][1] for r in recs)))
    print("cat x lang:", dict(Counter((r["tags"][0], r["lang"]) for r in recs)))
    if errs:
        print("VALIDATION ERRORS:", *errs, sep="\n  ")
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
