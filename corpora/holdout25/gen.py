# Builds holdout25.jsonl. Every text below was written by hand for this set.
import json, random

RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
R = []  # (text, labels, lang, tags, note)

def add(text, labels, lang, tags, note):
    R.append((text, labels, lang, tags, note))

# ---------------------------------------------------------------- review-inducement (25)
add("Hi Dana,\n\nThe replacement charger left our warehouse this morning (tracking TBA304918822000). Now that everything is sorted, would you mind taking another look at the review you posted last week? It would mean a lot if it reflected how we handled things.\n\nBest,\nCorey, VoltNest Support",
    [RI], "en", ["update-review", "indirect", "reply", "signature"], "Asks the buyer to revisit a product review after the fix; changing a review is never allowed, even after resolution.")
add("Thanks for bearing with us over the wobbly table leg. Once you've had a chance to share your thoughts on the product page, just drop us a note here and we'll send a little something extra your way.",
    [RI], "en", ["incentive", "indirect"], "Reward promised after the buyer posts a review.")
add("If the kettle is working well for you, we'd love for you to tell other shoppers about it on Amazon. If anything at all isn't right, please reply here first so we can fix it before you write anything.",
    [RI], "en", ["gating"], "Happy buyers sent to review, unhappy ones routed to the seller first.")
add("When you get round to writing your review, it would really help if you mentioned the long battery life, and a photo or two of the lamp in use would be perfect.",
    [RI], "en", ["steering"], "Tells the buyer what to put in the review and asks for photos.")
add("Hello Mark, we saw the seller feedback you left on order 114-2231908-5530417. The missing screws went out yesterday. That negative mark weighs heavily on a small shop like ours, so could you please take it down?",
    [RI], "en", ["feedback-removal", "pressure"], "Asks the buyer to remove negative seller feedback, with pressure; not the neutral notice.")
add("Our whole team is three people, and every rating under five stars puts this listing at risk. We really hope you'll keep that in mind when you rate your blender.",
    [RI], "en", ["pressure", "guilt", "indirect"], "Guilt-based pressure toward a top rating.")
add("Your full refund has been processed. As a goodwill gesture we'd also be happy to extend your warranty to three years as soon as your review is live.",
    [RI], "en", ["incentive", "extended-warranty"], "Warranty extension conditional on a review being posted.")
add("Could you tell other shoppers what you think of the rice cooker in a review? It only takes a minute. Please don't forget - your review really matters to us, and we'll check back in a few days in case this slipped past you. Please do leave one today!",
    [RI], "en", ["pressure", "repeat-in-message"], "Judgement call: a neutral request repeated three times in one message with pressure and a promised follow-up. Labelled review-inducement (pressure), not review-request-limit, which counts separate requests per order.")
add("Sorry again about the zipper. The new bag arrives Thursday; once you've tried it, could you refresh the rating you gave the first one so it shows the whole story?",
    [RI], "en", ["update-review", "indirect"], "Euphemism ('refresh the rating') for changing an existing review.")
add("We only invite our happiest customers to post reviews - if you loved the scarf, the product page is waiting for your words! If it wasn't quite right, just reply here and we'll sort it out privately.",
    [RI], "en", ["gating"], "Explicit review gating.")
add("Hi Priya, a quick note: anyone who posts a photo review of their planter this month gets a $15 Amazon gift card from us. Just send us the review link once it's up.",
    [RI], "en", ["incentive", "gift-card"], "Gift card for a photo review.")
add("Just so you know, we refund the full price of the trial size to anyone who leaves an honest review of it.",
    [RI], "en", ["incentive", "refund-for-review"], "Refund in exchange for a review; 'honest' does not make it allowed.")
add("Say something nice about us on Amazon and the next set of filters is on the house.",
    [RI], "en", ["incentive", "casual"], "Casual reward-for-praise wording.")
add("亲，收到货满意的话麻烦给个好评，好评返现5美元，截图发给我们就行。",
    [RI], "zh", ["incentive", "好评返现"], "好评返现, asking for a positive review with cash back.")
add("您好，之前的问题已经为您补发处理了，方便的话能否帮忙追评一下，把之前的评价改一改？谢谢您！",
    [RI], "zh", ["update-review", "追评"], "追评 used to get the earlier review changed after a fix.")
add("晒图返现活动进行中：在评论里上传三张实拍图，即返10美元。",
    [RI], "zh", ["incentive", "晒图返现", "steering"], "Cash for photo reviews. Phrased as a campaign, but it is a review incentive, not a product promotion; labelled review-inducement only.")
add("您好，看到您给我们留了一星，我们已经全额退款了，麻烦您删差评，小店经营不易，谢谢理解。",
    [RI], "zh", ["remove-review", "删差评", "pressure"], "Asks to delete a negative review after a refund.")
add("如果使用中有任何不满意，请直接在这里联系我们，千万不要去亚马逊留差评哦；满意的话欢迎留评。",
    [RI], "zh", ["gating"], "Unhappy buyers diverted to the seller, satisfied ones invited to review.")
add("写评论的时候麻烦提一下“安装简单”和“做工扎实”这两点，最好写满一百字。",
    [RI], "zh", ["steering"], "Steers review content and length.")
add("给个五星鼓励一下呗，下个月我们给您寄个小礼物。",
    [RI], "zh", ["incentive", "five-star", "casual"], "Five-star request with a gift.")
add("您好，感謝您的耐心。補發的零件已經寄出，問題解決後，是否可以請您重新考慮一下先前的評價？",
    [RI], "zh", ["update-review", "traditional", "indirect"], "Asks the buyer to reconsider the earlier review after a fix.")
add("好評返現活動：給五星好評並截圖傳給我們，即可獲得全額退款。",
    [RI], "zh", ["incentive", "好评返现", "traditional"], "Full refund for a five-star review screenshot.")
add("我們只邀請對商品滿意的買家留下評論；若有任何不滿，請先私訊我們處理，不要直接留負評。",
    [RI], "zh", ["gating", "traditional"], "Review gating in Traditional Chinese.")
add("您好，您在賣家回饋中留下的負評影響了我們的店鋪評分，麻煩您撤回，我們可以再送您一組替換刷頭。",
    [RI], "zh", ["feedback-removal", "incentive", "traditional"], "Free item offered for removing negative seller feedback.")
add("Hi Tom，补发的耳机已经寄出。Once it arrives, could you update your review? 我们会再送您一个收纳盒作为感谢。",
    [RI], "mixed", ["update-review", "incentive"], "Update-review request plus a gift, in mixed language.")

# ---------------------------------------------------------------- off-platform-contact (22)
add("Hi Laura,\n\nFor faster help with the firmware update, drop us a line at help@lumatek-support.com and one of our engineers will get back to you the same day.\n\nKind regards,\nNina at Lumatek",
    [OPC], "en", ["email", "signature"], "E-mail address in the message.")
add("Sorry the manual was missing from the box. You can download every version from our website, www.quietpaw.net/manuals.",
    [OPC], "en", ["url"], "Non-Amazon URL.")
add("If you run into trouble assembling the desk, call our workshop directly on +44 20 7946 0321, Monday to Friday.",
    [OPC], "en", ["phone", "international"], "Seller's own phone number (not a carrier).")
add("Our support team is quickest on WhatsApp: +1 415 555 0142. Send a short video of the noise and we'll diagnose it.",
    [OPC], "en", ["whatsapp", "phone"], "WhatsApp contact and number.")
add("To spare you the return shipping hassle, we can refund you straight away through PayPal - just tell us the email on your PayPal account.",
    [OPC], "en", ["payment", "paypal"], "Refund outside Amazon via PayPal.")
add("Next time, order from our own site instead - it ships faster and you skip the Amazon queue.",
    [OPC], "en", ["diversion"], "Invitation to buy outside Amazon without a URL. No price or offer is named, so not labelled marketing (judgement call).")
add("Scan the QR code printed inside the box flap and you'll reach our after-sales team directly.",
    [OPC], "en", ["qr-code"], "QR code routing buyer to off-Amazon support.")
add("Please send a short clip of the issue to our Telegram channel @brightloom_help so the technician can take a look.",
    [OPC], "en", ["telegram", "handle"], "Telegram handle.")
add("We run a Facebook group for X2 grill owners where our staff answer setup questions - search for 'EmberCraft Owners' and ask to join.",
    [OPC], "en", ["facebook"], "Routes buyer to a Facebook group.")
add("Rather than going through an Amazon refund, we can send the $12 price difference to you on Venmo. What's your username?",
    [OPC], "en", ["payment", "venmo"], "Payment outside Amazon.")
add("您好，关于安装问题，您可以加我们的客服微信 kf_lianxin88，我们发视频给您。",
    [OPC], "zh", ["wechat", "handle"], "WeChat handle.")
add("麻烦把故障照片发到我们的邮箱 service@meijia-home.cn，技术人员会尽快回复。",
    [OPC], "zh", ["email"], "E-mail address.")
add("有任何问题可以直接打我们售后电话 13912345678，随时为您处理。",
    [OPC], "zh", ["phone", "cn-mobile"], "Chinese mobile number.")
add("退款我们可以直接通过支付宝转给您，到账更快，请提供一下您的支付宝账号。",
    [OPC], "zh", ["payment", "alipay"], "Refund via Alipay, outside Amazon.")
add("详细的使用教程请到我们的官网 www.xinmu-tech.com 查看。",
    [OPC], "zh", ["url"], "Brand website URL.")
add("扫描说明书背面的二维码，即可联系我们的售后团队。",
    [OPC], "zh", ["qr-code"], "QR code to off-platform support.")
add("客服电话：１８６２２３３４４５５，欢迎来电咨询。",
    [OPC], "zh", ["phone", "fullwidth-digits"], "Chinese mobile number written in full-width digits.")
add("您好，若需要更換配件，請加我們的LINE：@fengyu_tw，客服會直接幫您處理。",
    [OPC], "zh", ["line", "handle", "traditional"], "LINE handle.")
add("關於保固登記，請至我們的網站 https://www.haoshan-audio.tw/warranty 填寫表格即可。",
    [OPC], "zh", ["url", "warranty", "traditional"], "Warranty registration on a non-Amazon site.")
add("如有任何問題，歡迎來電 (02) 2712-3456 或寄信到 cs@lanting.com.tw。",
    [OPC], "zh", ["phone", "email", "traditional"], "Landline and e-mail.")
add("您好 Jessica，安装视频我们放在 YouTube 上了：youtube.com/@ironleafhome，跟着一步步做就可以。",
    [OPC], "mixed", ["url", "youtube"], "YouTube channel link.")
add("Hi，请加我们的 WeChat：dreamhome_cs，或者 QQ 2837461920，our agents are online longer there.",
    [OPC], "mixed", ["wechat", "qq", "handle"], "WeChat and QQ contact.")

# ---------------------------------------------------------------- marketing (22)
add("Your order 111-8374625-0098123 is on its way. While you wait, here's code SPRING15 for 15% off anything else in our shop.",
    [MKT], "en", ["coupon", "proactive"], "Discount code in a shipping message.")
add("Thanks for asking about the cable length - it's 1.8 m. By the way, our new braided 3 m version launches next Tuesday, and early buyers get launch pricing.",
    [MKT], "en", ["new-product", "reply"], "Product launch pitched inside a legitimate reply.")
add("Since you bought the espresso machine, you might like our matching milk frother and tamper set - both are listed under our brand on Amazon.",
    [MKT], "en", ["cross-sell"], "Cross-selling accessories.")
add("Running low on filters? Hit 'Buy it again' in Your Orders and we'll take 10% off your second pack.",
    [MKT], "en", ["buy-again", "discount"], "Buy-again push with a discount.")
add("Join our Loyal Paws club: every fifth purchase from our Amazon store is half price.",
    [MKT], "en", ["loyalty"], "Loyalty programme.")
add("Tell a friend about us - when they order the same cushion, you both get $8 off your next purchase.",
    [MKT], "en", ["referral"], "Referral programme.")
add("Black Friday week is here: bundle any two lamp shades and the third one ships free of charge.",
    [MKT], "en", ["seasonal", "bundle"], "Seasonal bundle offer.")
add("Have a look at the rest of our camping range on our Amazon storefront: https://www.amazon.com/stores/TrailNorth/page/8A1C2B0D",
    [MKT], "en", ["storefront-link", "amazon-link"], "Judgement call: an Amazon storefront link is Amazon's own site, so not off-platform-contact per interface.md; it is cross-selling, so marketing.")
add("Good news: our holiday sale starts Friday, with 25% off all candle sets until 24 December.",
    [MKT], "en", ["seasonal", "sale"], "Sale announcement.")
add("Lots of people who bought this yoga mat also pick up our cork blocks and carry strap - add them now and save on the set.",
    [MKT], "en", ["cross-sell", "bundle"], "Cross-sell with a bundle saving.")
add("Your replacement has shipped. As a returning customer you also get early access to our new air purifier, launching on Amazon next month - keep an eye on our brand page.",
    [MKT], "en", ["new-product"], "Launch announcement attached to a replacement notice.")
add("您好，您的订单已发出。送您一张店铺优惠券，下次下单输入 XM20 立减20%。",
    [MKT], "zh", ["coupon", "优惠券"], "Coupon code for the next order.")
add("我们店铺本周上新了同系列的保温杯，一共五种颜色，欢迎选购！",
    [MKT], "zh", ["new-product", "上新"], "New arrivals.")
add("满50美元减10美元的活动仅限本周，欢迎再次光临我们的店铺。",
    [MKT], "zh", ["满减", "sale"], "Spend-and-save promotion.")
add("用完了记得回购哦，老客户回购享九折。",
    [MKT], "zh", ["回购", "buy-again", "discount"], "Repurchase push with discount.")
add("关注店铺，第一时间获取新品和折扣信息！",
    [MKT], "zh", ["关注店铺", "new-product"], "Follow-the-store call to action.")
add("您好，配件套装本月买二送一，欢迎在我们的亚马逊店铺选购。",
    [MKT], "zh", ["bundle", "sale"], "Buy-two-get-one offer.")
add("新品上市：同款藍牙音箱升級版已經上架，老顧客購買享有八五折優惠。",
    [MKT], "zh", ["new-product", "新品", "traditional"], "Launch with returning-customer discount.")
add("母親節限定組合：香氛蠟燭加擴香瓶，合購省15美元，歡迎參考。",
    [MKT], "zh", ["seasonal", "bundle", "traditional"], "Seasonal bundle.")
add("推薦朋友購買，您和朋友各可獲得10美元折扣。",
    [MKT], "zh", ["referral", "traditional"], "Referral reward.")
add("Hi Ken，顺便说一下，我们的 Summer Sale 下周开始，全店 8 折，记得来看看！",
    [MKT], "mixed", ["seasonal", "sale"], "Store-wide sale.")
add("Thanks for your question! 另外我们有配套的 silicone case 和 screen protector，一起买更划算。",
    [MKT], "mixed", ["cross-sell", "bundle"], "Accessory cross-sell.")

# ---------------------------------------------------------------- two policies (8)
add("Post a review, forward us the screenshot, and we'll refund the full amount to your PayPal within a day.",
    [RI, OPC], "en", ["two-policy", "incentive", "payment"], "Refund for a review, paid off Amazon.")
add("If the vacuum isn't perfect, please don't leave a review - message us on WhatsApp at +1 305 555 0187 and we'll fix it. Happy with it? Then the review page is all yours!",
    [RI, OPC], "en", ["two-policy", "gating", "whatsapp"], "Gating plus WhatsApp number.")
add("好评后凭截图可领取下次购买8折优惠码，店里新品上架也会优先通知您。",
    [RI, MKT], "zh", ["two-policy", "incentive", "coupon", "new-product"], "Discount code for a positive review, plus new-product promotion (the second clause makes marketing independent of the incentive).")
add("Thanks for your order! Follow us on Instagram @harborhome.co for weekly giveaways and 20% off codes.",
    [MKT, OPC], "en", ["two-policy", "instagram", "coupon"], "Social follow with promotions.")
add("下次直接在我們官網 www.yuelin-shop.com 購買，比亞馬遜便宜兩成，還有滿額贈品。",
    [MKT, OPC], "zh", ["two-policy", "url", "diversion", "traditional"], "Off-Amazon shop with price promotion.")
add("加微信 hp_fanli2024，发送五星好评截图即可返现。",
    [RI, OPC], "zh", ["two-policy", "wechat", "好评返现"], "WeChat handle for cash-back on a five-star review.")
add("Hi Sam，留评后我们送您一张 $10 coupon，下一单可以用在我们新出的厨具系列上。",
    [RI, MKT], "mixed", ["two-policy", "incentive", "coupon", "new-product"], "Coupon for a review, pushing a new product line.")
add("Fancy more? Our full range, including pieces we don't sell on Amazon, is at shop.nordicbrew.com, and code BREW10 works there too.",
    [MKT, OPC], "en", ["two-policy", "url", "coupon"], "External shop with a discount code.")

# ---------------------------------------------------------------- evasions (28)
E = "evasion"
add("Please leave us a 5 - s t a r  r e v i e w and a $10 gift card is yours.",
    [RI], "en", [E, "spaced-letters", "incentive"], "Spaced letters hide 'five-star review'.")
add("Reach us on W.h.a.t.s.A.p.p +1 212 555 0173 for a quicker reply.",
    [OPC], "en", [E, "symbols-in-word", "whatsapp"], "Dots inside WhatsApp.")
add("Email ｓｕｐｐｏｒｔ＠ｂｌｕｅｆｉｎｃｈ．ｃｏｍ with your order number and we'll sort it out.",
    [OPC], "en", [E, "fullwidth", "email"], "Full-width e-mail address.")
add("Leave a r\u0435vi\u0435w and we'll send a fr\u0435\u0435 replacement filter as thanks.",
    [RI], "en", [E, "homoglyph", "cyrillic", "incentive"], "Cyrillic 'е' inside 'review' and 'free'.")
add("For setup help add us on \u03a4\u0435l\u0435gram: @optihome_cs",
    [OPC], "en", [E, "homoglyph", "greek", "cyrillic", "telegram"], "Greek Tau and Cyrillic e in 'Telegram'; the handle itself is plain.")
add("好\u200b评\u200b返\u200b现，截图发给客服即可。",
    [RI], "zh", [E, "zero-width", "好评返现"], "Zero-width spaces inside 好评返现.")
add("Here's a c\u200bo\u200bu\u200bp\u200bo\u200bn for your next order: GET25 takes 25% off.",
    [MKT], "en", [E, "zero-width", "coupon"], "Zero-width spaces inside 'coupon'.")
add("haoping fanxian：给5星的话返您10刀。",
    [RI], "zh", [E, "pinyin", "five-star", "incentive"], "Pinyin for 好评返现.")
add("您好，退款已处理，麻烦删-差-评，谢谢。",
    [RI], "zh", [E, "symbols-in-word", "删差评"], "Hyphens inside 删差评.")
add("加微♥：tianmu_2023，售後更方便。",
    [OPC], "zh", [E, "symbols-in-word", "wechat", "traditional"], "微♥ for 微信; Traditional 售後.")
add("有问题请加V信 xiaoyu0808 联系我们。",
    [OPC], "zh", [E, "alias", "wechat", "handle"], "V信 alias for WeChat.")
add("If you're enjoying the grinder, \u2b50\u2b50\u2b50\u2b50\u2b50 on the product page would make our week!",
    [RI], "en", [E, "emoji-stars", "five-star"], "Five emoji stars in place of 'five-star review'.")
add("满意的话给个\U0001F31F\U0001F31F\U0001F31F\U0001F31F\U0001F31F呗，谢谢亲～",
    [RI], "zh", [E, "emoji-stars", "five-star"], "Glowing-star emoji asking for a top rating.")
add("Write to us at help at sunridge dot com and we'll reply within hours.",
    [OPC], "en", [E, "spelled-email", "email"], "Spelled-out e-mail address.")
add("联系邮箱：service [at] jinhua-home [dot] com",
    [OPC], "zh", [E, "spelled-email", "email"], "Bracketed at/dot e-mail.")
add("售后电话：一三八 一二三四 五六七八，随时可以打。",
    [OPC], "zh", [E, "cn-numerals", "phone"], "Mobile number in Chinese numerals.")
add("客服手機：壹叁玖 捌捌柒陸 伍肆叁貳，歡迎來電。",
    [OPC], "zh", [E, "cn-numerals", "phone", "traditional"], "Mobile number in financial (大写) numerals.")
add("Text us at four one five, five five five, zero one nine eight and we'll sort it out tonight.",
    [OPC], "en", [E, "digit-words", "phone"], "Phone number written as words.")
add("Our Insta is @ h o m e n e s t _ d e c o r - DM us for setup help.",
    [OPC], "en", [E, "split-handle", "instagram"], "Instagram handle split by spaces.")
add("微 信 号：s u n n y _ 8 8 2 1，加我发安装视频。",
    [OPC], "zh", [E, "split-handle", "wechat", "spaced-letters"], "WeChat id split by spaces; 微信 also spaced.")
add("ｃｏｕｐｏｎ ｃｏｄｅ ＴＡＫＥ２０ gets you 20% off our new blender.",
    [MKT], "en", [E, "fullwidth", "coupon", "new-product"], "Full-width 'coupon code'.")
add("優 惠 券 已 發 放，下 單 立 減 5 美 元。",
    [MKT], "zh", [E, "spaced-letters", "优惠券", "traditional"], "Spaced Traditional characters.")
add("A p0sitive r3view from you = a free gift card from us.",
    [RI], "en", [E, "leetspeak", "symbols-in-word", "incentive"], "Digits replacing letters in 'positive review'.")
add("Message us on F\u0430\u0441\u0435book (page: lumicraft.official) and we'll walk you through it.",
    [OPC], "en", [E, "homoglyph", "cyrillic", "facebook"], "Cyrillic а/с/е inside 'Facebook'.")
add("Questions? support@\u200bkelvo\u200b.com is the fastest way to reach us.",
    [OPC], "en", [E, "zero-width", "email"], "Zero-width spaces inside an e-mail address.")
add("好.評.返.現：留五星評價後截圖，返您10美元。",
    [RI], "zh", [E, "symbols-in-word", "好评返现", "traditional"], "Dots between characters of 好評返現.")
add("\u03a4his week only: 30% \u03bfff all our desk lamps with c\u03bfde DESK30.",
    [MKT], "en", [E, "homoglyph", "greek", "coupon"], "Greek Tau and omicron in 'This', 'off', 'code'.")
add("亲，xin pin shang jia la，用优惠码 NEW15 立减 15%！",
    [MKT], "zh", [E, "pinyin", "new-product", "coupon"], "Pinyin for 新品上架 plus a code.")

# ---------------------------------------------------------------- compliant (55)
NM = "near-miss"
add("Hi Rachel, the second, duplicate order 112-4409183-2267150 has been cancelled at your request, so you won't be charged for it.",
    [], "en", [NM, "cancel", "order-id", "reply"], "Seller acts on the buyer's cancellation request; the order id is not a phone number.")
add("Hello Ben,\n\nWe reviewed the photos you sent and can see the crack along the base. A replacement is on its way at no cost to you - UPS tracking 1Z999AA10123456784.\n\nApologies for the trouble,\nMaria, Oakline Home",
    [], "en", [NM, "reviewed-photos", "replacement", "tracking", "signature"], "'Reviewed' the photos, free replacement as a remedy, UPS tracking number.")
add("Your refund of $34.99 was issued today and should appear on your card within 3-5 business days.",
    [], "en", [NM, "refund"], "Refund as a remedy, no link to any review.")
add("To return the heater, open Your Orders on Amazon, choose this order and select 'Return or replace items'. The prepaid label is generated there.",
    [], "en", [NM, "return", "amazon-process"], "Return instructions through Amazon.")
add("You can change the delivery address in Your Orders until the parcel leaves the warehouse; after that the carrier can redirect it.",
    [], "en", [NM, "change", "address"], "'Change' in a logistics sense.")
add("To remove the filter cover, press the two side clips and lift it straight up; no tools are needed.",
    [], "en", [NM, "remove", "product-instructions"], "'Remove' in a product sense.")
add("Thank you for your question. The heater has an IP44 rating, so it is fine in a bathroom but should not be exposed to direct rain.",
    [], "en", [NM, "ip-rating"], "'Rating' as a technical spec.")
add("Yes, each shelf bracket has a load rating of 40 kg when fixed into brick or concrete.",
    [], "en", [NM, "load-rating"], "Load rating.")
add("The fridge has an A++ energy rating on the EU label; the 5-star figure you saw refers to the Australian energy star scale.",
    [], "en", [NM, "energy-rating", "star"], "Energy star rating, not a review rating.")
add("The camera's Review mode lets you play back clips on the device before they are saved to the card.",
    [], "en", [NM, "review-feature"], "Product feature named 'Review'.")
add("Regarding order 113-7720415-3308261: we would be grateful if you shared your experience of the toaster on Amazon. Positive or negative, it helps other shoppers decide.",
    [], "en", [NM, "neutral-review-request"], "Neutral, balanced, unconditional review request, allowed once per order.")
add("Thanks for the kind offer, but we can't give discounts or anything else in return for a review. If you do decide to write one, please just describe your own experience.",
    [], "en", [NM, "decline-offer"], "Seller declines the buyer's proposal of a good review for a discount.")
add("To answer your question: we never offer gifts, refunds or discounts in exchange for reviews, and whatever you choose to write is entirely up to you.",
    [], "en", [NM, "never-offer"], "Negated incentive statement.")
add("Order 114-3301992-7781004 contains two items; the second ships separately from another fulfilment centre and should arrive by Thursday.",
    [], "en", [NM, "order-id", "reply"], "Order id shaped like a phone number.")
add("The USPS tracking number is 9400 1118 9922 3817 4455 02, and the latest scan shows it at your local post office.",
    [], "en", [NM, "tracking", "carrier"], "Long grouped tracking number that looks like a phone number.")
add("The invoice you asked for, for order 113-5520193-6640021, is attached as a PDF.",
    [], "en", [NM, "invoice", "order-id"], "Requested invoice.")
add("Thanks for telling us about the 5-star review you left - we're glad the stroller suits your family. Let us know if the rain cover doesn't fit properly.",
    [], "en", [NM, "thanks-for-review", "reply"], "Reply thanking a buyer who mentioned their review; not a solicitation.")
add("The bottle is free from BPA and the lid is dishwasher safe; the 'NEW' on the box refers to the redesigned seal, not a different model.",
    [], "en", [NM, "free-word", "new-word"], "'Free' and 'new' as product-spec words.")
add("Your watch can show WhatsApp and WeChat notifications once you enable them in the companion app's notification settings.",
    [], "en", [NM, "im-name-feature"], "IM names as product features, no handle.")
add("The sofa is delivered by a freight carrier who books a two-hour slot. Could you confirm a phone number they can reach you on to arrange it?",
    [], "en", [NM, "bulky-delivery"], "Allowed request for a delivery phone for a bulky item; no number given by the seller.")
add("The model number is KX-2210-4471-09 and the batch code on the sticker is 8832 1190 4476; please quote both in your reply so we can check the production run.",
    [], "en", [NM, "model-number"], "Model and batch numbers shaped like phone numbers.")
add("Sorry for the delay: a backlog at the Memphis hub means your parcel will now arrive on Monday 14 October, two days behind the original estimate.",
    [], "en", [NM, "delay-notice"], "Delay notice.")
add("Several reviews on the listing mention that the sizing runs small, so if you're between sizes we'd suggest the larger one.",
    [], "en", [NM, "review-word", "reply"], "Quotes existing reviews to answer a sizing question.")
add("We removed the gift-wrap charge that was added by mistake; the corrected total now shows in your order details.",
    [], "en", [NM, "remove"], "'Removed' a charge.")
add("Hi Omar, the spare hinges and screws you asked about are in the box, under the foam insert at the bottom.",
    [], "en", ["plain", "reply"], "Plain customer-service reply.")
add("Thanks for getting in touch. The lid fits both the 1.5 L and the 2 L versions of the jug.",
    [], "en", ["plain", "reply"], "Plain reply.")
add("Hello Grace,\n\nWe checked with the warehouse: your order was split into two parcels. The first (tracking TBA129903318000) was delivered yesterday; the second left this morning and is due Friday. You don't need to do anything.\n\nThanks,\nLeo - Copperfield Kitchen",
    [], "en", [NM, "tracking", "signature", "reply"], "Long logistics reply with a tracking number.")
add("您好，重复下的那一单已经帮您取消了，不会扣款。",
    [], "zh", [NM, "取消", "reply"], "取消 in a logistics sense.")
add("我们查看了您发来的照片，确实是运输途中压坏的，已为您免费补发一件，新的物流单号是 TBA318826640000。",
    [], "zh", [NM, "reviewed-photos", "replacement", "tracking"], "Free replacement as remedy; tracking number.")
add("退款已经提交，金额 25.99 美元，预计 3 到 5 个工作日退回原支付方式。",
    [], "zh", [NM, "退款"], "Refund remedy.")
add("修改地址需要在订单发货前操作，请在亚马逊“您的订单”页面点击更改收货地址。",
    [], "zh", [NM, "修改", "address"], "修改 in an address context.")
add("如需删除已配对的设备，请在设置中长按蓝牙键5秒。",
    [], "zh", [NM, "删除", "product-instructions"], "删除 as a product operation.")
add("您提到这款产品在其他平台的好评率是98%，这个数据我们无法核实，不过可以确认它的电池容量是 5000mAh。",
    [], "zh", [NM, "好评率", "reply"], "好评率 quoted by the buyer.")
add("这款插座的防水等级是 IP65，可以放在户外有遮挡的地方使用。",
    [], "zh", [NM, "ip-rating"], "Technical rating.")
add("这台冰箱的能效等级是一级，也就是您说的“五星节能”标准。",
    [], "zh", [NM, "energy-rating", "star"], "五星 in an energy-efficiency sense, quoted from the buyer.")
add("亚马逊可能会在几天后给您发邮件，邀请您分享购买体验，那是系统自动发送的，与我们无关。",
    [], "zh", [NM, "amazon-review-email"], "Informational.")
add("欢迎您在商品页面写下真实的使用感受，不论好坏，对其他买家都很有参考价值。",
    [], "zh", [NM, "neutral-review-request"], "Neutral, balanced review request.")
add("感谢您的好意，不过我们不能因为评价给您任何折扣或补偿。要不要留评、怎么写，完全由您决定。",
    [], "zh", [NM, "decline-offer"], "Declines the buyer's offer of a review for a discount.")
add("订单 111-2938471-5561029 由 UPS 承运，跟踪号 1Z8F40W20312549876，您可以在亚马逊订单页面查看最新进度。",
    [], "zh", [NM, "order-id", "tracking", "carrier"], "Order id and tracking number.")
add("说明书第12页介绍了如何检索评测数据，在菜单里选择“历史记录”即可。",
    [], "zh", [NM, "substring-索评"], "检索评测 contains the substring 索评.")
add("关于您问的“评论模式”：这是录音笔App里的一个功能，开启后可以给录音加标注和回放。",
    [], "zh", [NM, "review-feature"], "Product feature named 评论模式.")
add("很抱歉给您带来不便，我们已经为您办理全额退款，损坏的商品无需退回，您自行处理即可。",
    [], "zh", [NM, "退款", "remedy"], "Refund remedy, no review mention.")
add("您好，这款床垫的尺寸是 150×200 厘米，厚度 25 厘米。",
    [], "zh", ["plain", "reply"], "Plain spec answer.")
add("您好，退貨請至亞馬遜「您的訂單」頁面申請，系統會自動產生預付退貨標籤。",
    [], "zh", [NM, "return", "traditional"], "Return through Amazon.")
add("我們看過您傳來的照片，確認是瑕疵品，已為您安排全額退款，不需要寄回。",
    [], "zh", [NM, "reviewed-photos", "refund", "traditional"], "Refund remedy after checking photos.")
add("這組層架每層的承重評級為 50 公斤，請勿超過。",
    [], "zh", [NM, "load-rating", "traditional"], "評級 as a load rating.")
add("您說評價區的好評率很高，想確認保固內容：本產品享有一年保固，透過亞馬遜訂單頁面聯繫我們即可。",
    [], "zh", [NM, "好评率", "traditional", "reply"], "好評率 quoted by the buyer; warranty via Amazon.")
add("很抱歉延誤了，因颱風影響，包裹預計晚兩天送達，追蹤號碼為 9261 2901 7710 3345 8812 50。",
    [], "zh", [NM, "delay-notice", "tracking", "traditional"], "Delay notice, tracking number that looks like a phone number.")
add("謝謝您的提議，但我們不能用折扣換取評價。若您願意分享，請依照自己真實的使用感受撰寫即可。",
    [], "zh", [NM, "decline-offer", "traditional"], "Declines review-for-discount offer.")
add("您要的說明書已附在這則訊息中（PDF 檔），第 6 頁是更換濾芯的步驟。",
    [], "zh", [NM, "manual", "更换", "traditional"], "Requested manual, 更換 as a product step.")
add("已依照您的要求修改送貨時段，大型家具配送前物流公司會先與您聯繫確認。",
    [], "zh", [NM, "修改", "bulky-delivery", "traditional"], "修改 in logistics sense.")
add("您好，關於您問的尺寸，這件外套的 M 號胸圍是 104 公分。",
    [], "zh", ["plain", "traditional", "reply"], "Plain spec answer.")
add("Hi Lily，退款已经处理好了，refund was issued today，大概 3-5 天到账。The damaged item doesn't need to be returned.",
    [], "mixed", [NM, "refund", "remedy"], "Mixed-language refund remedy.")
add("您问的 Energy Star 认证：这款空调有 Energy Star 标志，能效评级是 4 星。",
    [], "mixed", [NM, "energy-rating", "star"], "Stars in an energy rating.")
add("The 'Review' button on the remote plays back recorded programmes；长按 3 秒可以删除录制内容。",
    [], "mixed", [NM, "review-feature", "删除"], "'Review' button and 删除 as product features.")

rng = random.Random(25)
rng.shuffle(R)
with open("/tmp/h25/holdout25.jsonl", "w", encoding="utf-8") as f:
    for i, (text, labels, lang, tags, note) in enumerate(R, 1):
        f.write(json.dumps({"id": f"h25-{i:03d}", "text": text, "labels": labels, "lang": lang,
                            "tags": tags, "note": note}, ensure_ascii=False) + "\n")
print(len(R))
