# Builds holdout23.jsonl. All texts hand-written for this hold-out set.
import json, random

RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
ZW = "\u200b"
CYR_E, CYR_O, CYR_A, CYR_C = "\u0435", "\u043e", "\u0430", "\u0421"
GR_O, GR_B = "\u039f", "\u0392"

def fw(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == " ":
            out.append(ch)
        elif 0x21 <= o <= 0x7e:
            out.append(chr(o + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)

recs = []
def R(text, labels, lang, tags, note):
    recs.append(dict(text=text, labels=labels, lang=lang, tags=tags, note=note))

# ---------------- review-inducement (plain) ----------------
R("Hi Daniel,\n\nThanks for your patience while we sorted out the charging fault. The new cable should reach you on Thursday. Now that everything works, we'd be really grateful if you took another look at the star rating you gave us earlier; it would mean a lot to our small team.\n\nBest,\nIvy",
  [RI], "en", ["change-remove", "reply", "greeting", "signature"], "Asks buyer to reconsider an existing rating after a fix; indirect wording, no 'change/remove'.")
R("Quick note from the LumaHome crew: once your write-up is live on the product page, ping us here and we'll send a little thank-you your way.",
  [RI], "en", ["incentive", "proactive"], "Casual praise-for-reward: a gift promised after the review is posted.")
R("We hope the kettle is serving you well. If you're enjoying it, we'd love you to tell other shoppers on Amazon. If anything falls short, please message us here first so we can fix it before you post anything.",
  [RI], "en", ["gating", "proactive"], "Review gating: happy buyers to review, unhappy buyers diverted to seller first.")
R("When you write your review, it would really help us if you mentioned how quickly the parcel arrived and how sturdy the box was.",
  [RI], "en", ["steering"], "Steers review content toward shipping speed and packaging.")
R("Dear customer, the neutral feedback you left last week is dragging our shop rating down and could put our account at risk. We kindly ask you to withdraw it; we have always tried our best for you.",
  [RI], "en", ["feedback-removal", "guilt"], "Pressure to remove seller feedback (not a neutral post-resolution notice).")
R("We're a family business of three, and every rating decides whether we make it through another month. Please don't leave us anything below five stars.",
  [RI], "en", ["positive-rating", "guilt"], "Guilt plus a demand for a five-star rating.")
R("We noticed your 2-star review of the blender. We'd be happy to refund the full purchase price as soon as the review has been taken down.",
  [RI], "en", ["change-remove", "incentive"], "Refund offered in exchange for deleting a review.")
R("Post your honest opinion on the product page, send us the link, and we'll refund $15 of what you paid.",
  [RI], "en", ["incentive"], "'Honest' does not cure it: partial refund in exchange for a review.")
R("So happy to hear the lamp made your reading corner cosy! Since you're clearly pleased with it, would you mind saying so in a review? We only reach out to customers who've had a great experience.",
  [RI], "en", ["gating", "reply"], "Reply to buyer praise; asks for a review explicitly because the buyer is happy (gating).")
R("Customers who post a review with a photo of the planter in use get a second planter free. Just reply with the link to your review.",
  [RI], "en", ["incentive"], "Free product for a photo review.")
R("Could you update your review to say that we replaced the unit within a day? At the moment it only talks about the defect.",
  [RI], "en", ["change-remove", "steering"], "Asks to update a review and dictates content.")
R("亲，感谢您的支持！收到货满意的话麻烦给个五星好评，好评截图发给我们即可返现5美金。",
  [RI], "zh", ["incentive", "positive-rating"], "五星好评 plus 好评返现.")
R("您好，我们看到您在商品页面留了差评。问题已经帮您解决了，麻烦您抽空把那条差评删掉，万分感谢。",
  [RI], "zh", ["change-remove"], "差评删除 request after resolution; never allowed for product reviews.")
R("追评有礼：收货一周后在亚马逊追加一条评论，把截图发给我们，即送精美收纳袋一个。",
  [RI], "zh", ["incentive"], "追评 for a gift.")
R("您好，感谢您选购我们的保温饭盒。您之前反映盖子密封圈偏紧的问题，我们已经和工厂确认，属于新圈的正常现象，使用几次后会自然变软；如果一周后仍然难以扣上，请随时回复我们，我们会免费为您补寄一个新的密封圈。另外，小店正在做晒图返现活动：在亚马逊评论区上传饭盒的实物照片，截图发给我们即可领取8美元返现。祝您用餐愉快！",
  [RI], "zh", ["incentive", "reply", "buried"], "Long legitimate reply; 晒图返现 buried at the end. The free seal is a remedy, the cash-back is the violation.")
R("如果使用满意，欢迎留评；如果有任何不满意，请先联系我们，千万不要直接留评哦，我们一定给您满意的处理。",
  [RI], "zh", ["gating"], "Gating: satisfied -> review, unsatisfied -> contact seller instead.")
R("写评论的时候麻烦提一下“安装简单、完全不漏水”这两点，对我们帮助很大。",
  [RI], "zh", ["steering"], "Steering review content.")
R("我们已经给您全额退款了，您看能不能把评分调到四星或者五星？",
  [RI], "zh", ["change-remove", "positive-rating"], "Refund followed by a request to raise the rating.")
R("您好，上次您給的賣家反饋是差評，對我們店鋪的評分影響很大，懇請您撤回，我們下次一定改進。",
  [RI], "zh", ["feedback-removal", "traditional", "guilt"], "Pressure to withdraw negative seller feedback (Traditional).")
R("親，評價寫好後把連結傳給我們，我們會把運費全額退還給您，當作一點心意。",
  [RI], "zh", ["incentive", "traditional"], "Shipping refund after review (Traditional).")
R("只有對商品非常滿意的顧客，我們才會邀請留下評論；如果您覺得還有不足，請直接回覆我們，不要留評。",
  [RI], "zh", ["gating", "traditional"], "Explicit gating (Traditional).")
R("小店經營不易，一個五星好評對我們意義重大，拜託了！",
  [RI], "zh", ["positive-rating", "guilt", "traditional"], "Begging for 五星好評 (Traditional).")
R("Hi Sarah, 感谢您的订单！If you could give us 5 stars on Amazon, we'd really appreciate it — 小店真的很需要您的支持。",
  [RI], "mixed", ["positive-rating", "greeting"], "Five-star request in mixed EN/ZH.")
R("Dear buyer, 您的review我们看到了。We've shipped a new unit free of charge — 收到后麻烦把review改一下 please, thanks!",
  [RI], "mixed", ["change-remove", "greeting"], "Free replacement then asks to change the review.")

# ---------------- off-platform-contact (plain) ----------------
R("For faster support, email our team directly at help@brightnestgoods.com and we'll get back to you within the hour.",
  [OFF], "en", ["email"], "Plain e-mail address.")
R("Hi Tom, sorry about the missing screws. Text me on WhatsApp at +44 7700 900321 and I'll sort it out right away.",
  [OFF], "en", ["phone", "im-handle", "reply", "greeting"], "WhatsApp plus a UK mobile number.")
R("Register your 2-year warranty at https://www.kelvora-home.com/warranty; it only takes a minute.",
  [OFF], "en", ["url"], "Non-Amazon brand site for warranty registration (policy: non-Amazon link = error).")
R("The step-by-step assembly clip is up at youtube.com/@FoldyDeskOfficial if the paper manual is confusing.",
  [OFF], "en", ["url", "social"], "Social/video link off Amazon.")
R("If it's easier, you can pay the remaining balance for the custom engraving through PayPal to pay@engraveit.co instead of through Amazon.",
  [OFF], "en", ["off-payment", "email"], "Off-Amazon payment and an e-mail address.")
R("Please call our support line at (312) 555-0148, Monday to Friday 9-5 Central, and mention your order number.",
  [OFF], "en", ["phone"], "Seller's own support phone number (not a carrier).")
R("Add us on Telegram @quietpeak_help and send a photo of the damaged corner.",
  [OFF], "en", ["im-handle"], "Telegram handle.")
R("We'll refund the $12 difference through Venmo. Just send us your Venmo username.",
  [OFF], "en", ["off-payment"], "Refund via non-Amazon payment method.")
R("Our after-sales team is one scan away: use the QR code printed on the blue card in the box.",
  [OFF], "en", ["qr"], "QR code diverting to off-Amazon support.")
R("Hi Jordan,\n\nThe replacement ear tips went out this morning with tracking TBA304958172000 and should arrive by Saturday.\n\nBest regards,\nMila | Customer Care\nOrbitline Audio\nwww.orbitlineaudio.com | care@orbitlineaudio.com",
  [OFF], "en", ["signature", "url", "email", "reply", "greeting"], "Compliant body; the signature block carries a website and an e-mail.")
R("Please DM us on Instagram @nordhaven.living with your order details so we can arrange the swap.",
  [OFF], "en", ["social", "im-handle"], "Instagram DM for support (contact, not a follow-for-promo).")
R("您好，售后问题请直接加我们微信：kele_shop88，发个视频给我们看一下就好。",
  [OFF], "zh", ["im-handle"], "微信 handle.")
R("有任何问题可以拨打我们的客服热线 400-820-6631，工作日9点到18点。",
  [OFF], "zh", ["phone"], "Chinese hotline number.")
R("关于退货的事情，您可以发邮件到 service@lanmu-tech.cn，我们会尽快回复。",
  [OFF], "zh", ["email", "reply"], "E-mail address.")
R("说明书电子版请到我们官网 www.yuhe-home.com 下载。",
  [OFF], "zh", ["url"], "Brand website.")
R("为了更快处理，建议您通过Line联系我们，ID：happyhome_tw。",
  [OFF], "zh", ["im-handle"], "LINE ID.")
R("差价我们通过支付宝转给您，麻烦提供一下您的支付宝账号。",
  [OFF], "zh", ["off-payment"], "Alipay refund outside Amazon.")
R("您好，若有任何使用上的疑問，歡迎加我們的LINE官方帳號 @mingtai 直接詢問。",
  [OFF], "zh", ["im-handle", "traditional"], "LINE official account (Traditional).")
R("退貨流程比較繁瑣，您可以直接打我們的手機 0912-345-678，我們幫您處理。",
  [OFF], "zh", ["phone", "traditional", "reply"], "Taiwan mobile number (Traditional).")
R("請到我們的Facebook粉絲專頁私訊我們，小編會盡快回覆您。",
  [OFF], "zh", ["social", "traditional"], "Facebook page DM (Traditional).")
R("Hi Kevin，配件我们可以单独寄给您，please add our WeChat: sunnyparts2023，方便沟通。",
  [OFF], "mixed", ["im-handle", "greeting", "reply"], "WeChat ID, mixed EN/ZH.")

# ---------------- marketing (plain) ----------------
R("Thanks for being a customer! As a returning buyer, enter SPRING15 at checkout to save 15% on anything in our range.",
  [MKT], "en", ["coupon"], "Discount code for a future purchase.")
R("We just launched a stainless-steel version of the bottle you bought. Search for 'Hydralo Steel' on Amazon to check it out.",
  [MKT], "en", ["new-product"], "New product announcement (no link, still marketing).")
R("Your filter will need replacing in about three months. Why not order a spare now so you're never caught out? You can buy it again from Your Orders.",
  [MKT], "en", ["buy-again"], "'Buy again' push; mentions Your Orders but purpose is a sale.")
R("Many customers who bought this yoga mat also pick up our cork blocks and strap set. They make a perfect combo.",
  [MKT], "en", ["cross-sell"], "Cross-selling.")
R("Take a look at everything else we make on our Amazon storefront: https://www.amazon.com/stores/Tidewell/page/8F2A61C0-77D1-4B1E-9E1A-3C5D2B7A9F10",
  [MKT], "en", ["storefront"], "Amazon storefront link: on-platform, so not off-platform-contact, but marketing.")
R("Join the Copperleaf Insider Club and get early access to our Black Friday deals.",
  [MKT], "en", ["loyalty"], "Loyalty club.")
R("This weekend only: buy two pillowcase sets and the third one is on us.",
  [MKT], "en", ["promo"], "Buy-2-get-1 promotion.")
R("Hi Marcus,\n\nThanks for your question about the hose fitting. The 3/4-inch adapter in the box fits most US outdoor taps; if yours is a 1/2-inch tap, the smaller adapter is in the side pocket of the bag.\n\nP.S. As a thank-you for shopping with us, here's 10% off your next order with code GARDEN10, valid until the end of the month.\n\nBest,\nRita",
  [MKT], "en", ["coupon", "reply", "buried", "greeting", "signature"], "Legitimate answer with a coupon buried in a P.S.")
R("Refer a friend who buys our grinder and you'll both get $5 off your next order.",
  [MKT], "en", ["referral"], "Referral offer.")
R("感谢您的购买！送您一张专属优惠券，下次下单时输入代码 VIP88 立减8美元。",
  [MKT], "zh", ["coupon"], "优惠券 with code.")
R("新品上市！我们刚推出了同系列的无线充电底座，欢迎到店铺看看。",
  [MKT], "zh", ["new-product"], "新品 announcement.")
R("滤芯快用完了吧？现在回购享9折，老客户专享哦。",
  [MKT], "zh", ["buy-again", "coupon"], "回购 discount.")
R("关注店铺，第一时间获取新品和限时折扣信息。",
  [MKT], "zh", ["follow-shop"], "关注店铺 call to action.")
R("本店黑五大促，全场满50减10，欢迎再次光临！",
  [MKT], "zh", ["promo"], "Sale announcement.")
R("买过这款收纳盒的顾客都很喜欢我们的配套标签机，推荐您一起入手。",
  [MKT], "zh", ["cross-sell"], "Cross-sell.")
R("感謝支持！下次購買任何商品輸入折扣碼 TW20 即可享八折優惠。",
  [MKT], "zh", ["coupon", "traditional"], "Discount code (Traditional).")
R("我們的新款保溫杯已經上架，顏色更多、容量更大，歡迎選購。",
  [MKT], "zh", ["new-product", "traditional"], "New product (Traditional).")
R("加入我們的會員計畫，每次購物都能累積點數兌換贈品。",
  [MKT], "zh", ["loyalty", "traditional"], "Loyalty programme (Traditional).")
R("Hi Anna, 我们店铺本周有 flash sale，all phone cases 买一送一，don't miss it!",
  [MKT], "mixed", ["promo", "greeting"], "Flash sale, mixed.")
R("Dear customer, 您买的 charger 有升级版了，new version supports 65W，欢迎 check it out on our Amazon store。",
  [MKT], "mixed", ["new-product", "greeting"], "Upgrade push, mixed.")

# ---------------- two policies ----------------
R("Loved your purchase? Please give us five stars! And don't forget: our new matching pillow covers are 20% off this week with code COZY20.",
  [RI, MKT], "en", ["double", "positive-rating", "coupon"], "Five-star ask + coupon/new product.")
R("If you're not completely happy, don't post a review. Email us at fixit@sprocketgear.com first and we'll make it right.",
  [RI, OFF], "en", ["double", "gating", "email"], "Gating + e-mail address.")
R("Next time shop directly at www.pawsandco.shop and use code WELCOME10 for 10% off. It's cheaper than Amazon!",
  [OFF, MKT], "en", ["double", "url", "diversion", "coupon"], "Off-Amazon shop + coupon.")
R("After your 5-star review goes up, send a screenshot to our WhatsApp +1 415 555 0173 and we'll PayPal you $20.",
  [RI, OFF], "en", ["double", "incentive", "positive-rating", "im-handle", "phone", "off-payment"], "Classic review-for-PayPal scheme.")
R("When you review the hoodie, please mention how soft the fabric is! By the way, we've just released it in six new colours; grab a second one while our launch discount lasts.",
  [RI, MKT], "en", ["double", "steering", "new-product", "promo"], "Content steering + new-colour promotion.")
R("好评后加微信 hp_fanxian01 领取返现红包。",
  [RI, OFF], "zh", ["double", "incentive", "im-handle"], "好评返现 via WeChat.")
R("我们官网 www.lvyuan-shop.com 正在做活动，全场七折，比亚马逊便宜很多。",
  [OFF, MKT], "zh", ["double", "url", "diversion", "promo"], "Off-Amazon site + sale.")
R("满意的话麻烦给个五星好评哦！另外本店新品蓝牙音箱已上市，老顾客下单立减15元。",
  [RI, MKT], "zh", ["double", "positive-rating", "new-product", "coupon"], "五星好评 + new product discount.")
R("如果對商品不滿意，請先不要留評，直接打給我們 0988-765-432，我們一定處理到您滿意。",
  [RI, OFF], "zh", ["double", "gating", "phone", "traditional"], "Gating + phone (Traditional).")
R("Hi Lucas, 更多款式请关注我们的 Instagram @bloomcraft.studio，new arrivals every week!",
  [OFF, MKT], "mixed", ["double", "social", "new-product", "follow-shop", "greeting"], "Follow-on-Instagram: social handle (off-platform) used for promotion (marketing).")

# ---------------- evasions ----------------
R("Please leave us a 5 - s t a r  r e v i e w if you like the headphones!",
  [RI], "en", ["evasion", "spacing", "positive-rating"], "Spaced letters.")
R("A 5-st@r r3view would totally make our day :)",
  [RI], "en", ["evasion", "leet", "positive-rating"], "Symbol/leet substitutions.")
R("Enjoying your new mug? Show us some love: \u2b50\u2b50\u2b50\u2b50\u2b50 on the product page would be amazing!",
  [RI], "en", ["evasion", "emoji-stars", "positive-rating"], "Emoji stars instead of 'five-star review'.")
R(f"If you like it, a p{CYR_O}sitiv{CYR_E} r{CYR_E}vi{CYR_E}w would help us a lot.",
  [RI], "en", ["evasion", "homoglyph", "positive-rating"], "Cyrillic o/e inside 'positive review'.")
R(f"Leave a five-star re{ZW}view and get a $10 gi{ZW}ft ca{ZW}rd from us.",
  [RI], "en", ["evasion", "zero-width", "incentive", "positive-rating"], "Zero-width spaces inside 'review' and 'gift card'.")
R(fw("Review") + " us with " + fw("5 stars") + " and we'll refund your shipping.",
  [RI], "en", ["evasion", "fullwidth", "incentive", "positive-rating"], "Full-width letters/digits.")
R("亲，收到货给个 hao ping 哦，截图发我们有 fan xian。",
  [RI], "zh", ["evasion", "pinyin", "incentive"], "Pinyin hao ping / fan xian.")
R("好*评*返*现，详情请回复本消息。",
  [RI], "zh", ["evasion", "symbol-split", "incentive"], "Asterisks between 好评返现.")
R("滿意請給五顆\u2b50，好/評/截/圖有小紅包。",
  [RI], "zh", ["evasion", "symbol-split", "emoji-stars", "incentive", "traditional"], "Emoji star + slashes between characters (Traditional).")
R("能否麻烦您给个鼓励，五颗小星星点满，我们会准备一份小惊喜寄给您。",
  [RI], "zh", ["evasion", "euphemism", "incentive", "positive-rating"], "Euphemisms: 给个鼓励 / 小星星点满 / 小惊喜.")
R("Hi there, 差 评 能 删 掉 吗？We'll refund the whole order once it's gone.",
  [RI], "mixed", ["evasion", "spacing", "change-remove", "incentive"], "Spaced Chinese characters + refund for deletion.")
R("Write to me at jenny.homestore at gmail dot com and I'll help you straight away.",
  [OFF], "en", ["evasion", "spelled-out", "email"], "'at ... dot com' e-mail.")
R("Our number is plus one, six two six, five five five, zero one nine nine. Call anytime.",
  [OFF], "en", ["evasion", "spelled-out", "phone"], "Phone number written in words.")
R("Reach me on\nWhats\nApp:\n+1 302\n555 0127",
  [OFF], "en", ["evasion", "line-split", "im-handle", "phone"], "Handle and number split across lines.")
R(fw("support@miralite.com") + " is the fastest way to get a reply from us.",
  [OFF], "en", ["evasion", "fullwidth", "email"], "Full-width e-mail address.")
R(f"More help on our site: www.{ZW}helix{ZW}gear.{ZW}com",
  [OFF], "en", ["evasion", "zero-width", "url"], "Zero-width characters inside a domain.")
R("T e l e g r a m :  @ b r i g h t w a v e _ c s",
  [OFF], "en", ["evasion", "spacing", "im-handle"], "Spaced handle.")
R("有问题请打我手机：一三八 零零一三 八八九九。",
  [OFF], "zh", ["evasion", "cn-numerals", "phone"], "Mobile 13800138899 in Chinese numerals.")
R("客服电话：壹叁玖贰贰叁肆伍陆柒捌，随时联系。",
  [OFF], "zh", ["evasion", "cn-numerals", "phone"], "Mobile 13922345678 in financial numerals.")
R("加 V \u2764 : shop_lily666，售后处理更快。",
  [OFF], "zh", ["evasion", "im-alias", "im-handle"], "加V + heart = WeChat alias.")
R("歡迎加我們的薇信：mingyue_88，有問題隨時問。",
  [OFF], "zh", ["evasion", "im-alias", "im-handle", "traditional"], "薇信 homophone for 微信 (Traditional).")
R("請撥打 " + fw("0921-556-789") + " 聯絡客服。",
  [OFF], "zh", ["evasion", "fullwidth", "phone", "traditional"], "Full-width digits phone (Traditional).")
R("有问题可以发 email 到 info [at] qingshan-home [dot] net，we reply within 2 hours。",
  [OFF], "mixed", ["evasion", "spelled-out", "email"], "Bracketed at/dot e-mail, mixed.")
R("Use c o d e  T H A N K S 2 0 for 20% o f f your next order.",
  [MKT], "en", ["evasion", "spacing", "coupon"], "Spaced coupon code.")
R(fw("New arrivals just landed") + ": 30% off the whole shop this week!",
  [MKT], "en", ["evasion", "fullwidth", "new-product", "promo"], "Full-width letters.")
R(f"Here's a {CYR_C}{GR_O}UP{GR_O}N for your next order: {GR_B}ACK5 takes $5 off.",
  [MKT], "en", ["evasion", "homoglyph", "coupon"], "Cyrillic C and Greek O/B in COUPON/BACK5.")
R("优*惠*券已发放，下单输入 LX10 立减10元。",
  [MKT], "zh", ["evasion", "symbol-split", "coupon"], "Asterisks inside 优惠券.")
R("亲，xin pin 上架啦，hui gou 还能享九折哦！",
  [MKT], "zh", ["evasion", "pinyin", "new-product", "buy-again"], "Pinyin xin pin / hui gou.")
R(f"新{ZW}品{ZW}上{ZW}市，老客戶回{ZW}購享八折。",
  [MKT], "zh", ["evasion", "zero-width", "new-product", "buy-again", "traditional"], "Zero-width between characters (Traditional).")
R("老顾客专属 c0up0n：SAVE-15，next 0rder 直接用。",
  [MKT], "mixed", ["evasion", "leet", "coupon"], "Zero-for-o leet, mixed.")

# ---------------- compliant ----------------
NM = "near-miss"
R("Hello Mr. Alvarez,\n\nThank you for your message. We reviewed the photos of the cracked tank and agree it was damaged in transit. Here is what happens next:\n(1) A full refund of $64.99 has been issued to your original payment method; it should show within 3-5 business days.\n(2) There is no need to return the damaged unit; please recycle it locally.\n(3) If you'd rather have a replacement, reply here and we'll send one at no cost via UPS.\n\nOur apologies again for the trouble.\nKind regards,\nNadia\nCustomer Care",
  [], "en", [NM, "logistics-words", "refund-remedy", "reply", "greeting", "signature"], "'reviewed', refund, 'at no cost': all remedy/logistics.")
R("Your order 112-4839201-7736512 has been cancelled as you asked. The charge will drop off your card within 3-5 business days.",
  [], "en", [NM, "order-id", "logistics-words", "reply"], "Order id must not parse as a phone number; cancel is buyer-requested.")
R("Tracking for your parcel is 1Z9W84F70398765432 with UPS. It's at the Louisville hub now and due on Wednesday.",
  [], "en", [NM, "tracking", "reply"], "UPS tracking number.")
R("Thanks for telling us the lid cracked. We've issued a full refund to your original payment method; there's no need to send it back.",
  [], "en", [NM, "refund-remedy", "reply"], "Refund as remedy, unrelated to any review.")
R("When you've had time to try the grinder, feel free to tell other shoppers what you think of it on Amazon. Any view, high or low, helps them decide.",
  [], "en", [NM, "neutral-review", "proactive"], "Neutral, unconditional review request (allowed once per order).")
R("We will never ask you to change or remove a review. If something is still not right with the heater, just reply here and we'll help.",
  [], "en", [NM, "negation", "reply"], "Negated change/remove review.")
R("To change the delivery address, please reply with the new address before the order ships tomorrow at noon; after that we can't edit it.",
  [], "en", [NM, "logistics-words", "reply"], "'change'/'edit' about the address.")
R("Yes, the shelf is free-standing and the coating is free from BPA. Each shelf holds up to 40 lb.",
  [], "en", [NM, "product-fact", "reply"], "'free' as a product attribute, not an offer.")
R("Thanks so much for mentioning your 5-star review. We're really glad the blanket kept you warm on the camping trip.",
  [], "en", [NM, "reply", "thanks-review"], "Reply to a buyer who mentioned their review; not a solicitation (policy C allowed near-miss).")
R("The 20% coupon you asked about is an Amazon promotion: Amazon takes it off at checkout once you tick the coupon box. We don't run it ourselves.",
  [], "en", [NM, "borderline", "reply", "amazon-promo-explained"], "Borderline: policy lists it as an allowed near-miss but says a linter may warn; labelled compliant.")
R("You might get a message from Amazon itself inviting you to rate this purchase. That one is sent automatically by Amazon, not by our shop.",
  [], "en", [NM, "informational", "reply"], "Informational mention of Amazon's own review e-mail.")
R("We're sorry the drawer arrived dented. We've already shipped a new one at no charge to you, arriving Friday; feel free to keep or recycle the damaged one.",
  [], "en", [NM, "free-replacement", "reply"], "Free replacement is a remedy, not a promotion.")
R("The price drop you noticed happened after your purchase. Amazon doesn't adjust prices on completed orders, but you can return the unopened item from Your Orders within 30 days.",
  [], "en", [NM, "price", "reply"], "Price explanation; no offer.")
R("Your order shipped with Amazon Buy Shipping via USPS Ground Advantage, tracking 9400 1112 0298 7654 3210 55. USPS shows delivery on Monday.",
  [], "en", [NM, "tracking", "buy-shipping", "reply"], "Grouped USPS tracking digits look phone-like.")
R("The return can be opened in Your Orders at https://www.amazon.com/gp/css/order-history; pick 'Item defective' and the label costs you nothing.",
  [], "en", [NM, "amazon-link", "logistics-words", "reply"], "Amazon's own order-history link (at most info per policy).")
R("We'd love to hear how the tent works out for you, good or bad. If you have a minute, you can leave a review on the product page.",
  [], "en", [NM, "neutral-review", "proactive"], "Balanced neutral request.")
R("The watch shows WhatsApp and Telegram notifications once you enable them in the companion app under Settings > Alerts.",
  [], "en", [NM, "product-fact", "reply"], "IM names as product features, no handle.")
R("The model number is TX-4400-212-5587; you'll find it on the sticker under the base. The replacement blade for that model is part B-1120.",
  [], "en", [NM, "model-number", "reply"], "Model number shaped like a phone number.")
R("This sofa is delivered by a freight carrier who needs to book a delivery window. Could you confirm the street address and a contact number the driver may call on delivery day? Please reply here in Amazon messages.",
  [], "en", [NM, "bulky-delivery", "proactive"], "Asking the buyer's phone for bulky-item scheduling (policy allowed near-miss).")
R("The second, accidental copy of your order has been removed and fully refunded; the first order is unaffected and still ships today.",
  [], "en", [NM, "logistics-words", "reply"], "'removed' + 'refunded' about orders.")
R("The energy label shows a 5-star efficiency rating, the highest in its class for a fridge this size.",
  [], "en", [NM, "product-fact", "reply"], "5-star as a product rating fact.")
R("Your package is running three days late because of a storm at the carrier's depot. We're sorry for the wait; the new estimated delivery date is 14 May.",
  [], "en", [NM, "delay", "proactive"], "Delay notice (allowed proactive).")
R("Hi Priya, the charging case takes about two hours to fill completely, and the LED turns solid green when it's done.\n\nKind regards,\nBen, Customer Support",
  [], "en", ["plain", "reply", "greeting", "signature"], "Plain product answer.")
R("You asked whether you need to check with us before writing a review. No, you can review whenever you like; and if the fan ever gives you trouble, you can also contact us here.",
  [], "en", [NM, "anti-gating", "reply"], "Explicitly not gating: review freely, support offered independently.")
R("Glad the replacement arrived and works. Now that it's sorted, and only if you feel the problem is settled, you're free to edit or delete the seller feedback you posted earlier. Whether you do is completely up to you.",
  [], "en", [NM, "borderline", "feedback-notice", "reply"], "Borderline: neutral seller-feedback notice after resolution, which the policy allows (a linter may warn). Labelled compliant.")
R("Thanks for contacting us. The invoice for order 205-7719034-5521807 is attached as a PDF.",
  [], "en", [NM, "order-id", "reply"], "Invoice reply with order id.")
R("您好，您的订单 114-2290381-6650192 已按您的要求取消，款项会在3-5个工作日内原路退回。",
  [], "zh", [NM, "order-id", "logistics-words", "reply"], "取消/退回 + order id.")
R("我们已审核您的退货申请并予以批准，请在“我的订单”中打印预付费退货标签。",
  [], "zh", [NM, "logistics-words", "reply"], "审核 退货申请 ('reviewed your return').")
R("已为您删除重复订单，原订单照常发货，不受影响。",
  [], "zh", [NM, "logistics-words", "reply"], "删除重复订单.")
R("收货地址已经修改好了，新地址会同步给承运商，预计周四送达。",
  [], "zh", [NM, "logistics-words", "reply"], "修改地址.")
R("您提到的“检索评测”是指专利检索评测报告吗？这款产品的专利检索评测报告目前不对外提供，抱歉。",
  [], "zh", [NM, "substring", "reply"], "检索评测 contains 索评.")
R("购买前可以在商品页搜索评论关键词，例如“噪音”，看看其他买家的实际反馈；有疑问也可以直接问我们。",
  [], "zh", [NM, "substring", "reply"], "搜索评论 contains 索评; reading reviews, not soliciting.")
R("很抱歉收到的杯子有裂痕，我们已为您全额退款，无需退回商品。",
  [], "zh", [NM, "refund-remedy", "reply"], "Refund as remedy.")
R("我们不会以任何形式要求您修改或删除评价。如果还有问题，请直接在这里回复我们。",
  [], "zh", [NM, "negation", "reply"], "Negated 修改/删除评价.")
R("如果您愿意，可以在亚马逊商品页写下您对这款台灯的真实看法，无论好坏，对其他顾客都很有参考价值。",
  [], "zh", [NM, "neutral-review", "proactive"], "Neutral review request.")
R("包裹通过亚马逊购买配送（Buy Shipping）由 UPS 寄出，运单号 1Z4A7W390312884519，预计周二送达。",
  [], "zh", [NM, "tracking", "buy-shipping", "reply"], "Buy Shipping carrier + tracking.")
R("本产品支持微信通知和来电提醒，在App的“通知设置”里打开即可。",
  [], "zh", [NM, "product-fact", "reply"], "微信 as a feature.")
R("这款锅不含PFOA，可以直接放进洗碗机。新款和旧款的尺寸完全相同。",
  [], "zh", [NM, "product-fact", "reply"], "新款 in a product comparison, not an announcement.")
R("因为物流延误，您的包裹预计晚两天送达，给您带来不便非常抱歉。",
  [], "zh", [NM, "delay", "proactive"], "Delay notice.")
R("感谢您的好评！很高兴耳机用得顺手，之后有任何问题随时在这里联系我们。",
  [], "zh", [NM, "reply", "thanks-review"], "Reply thanking for a review (policy: info at most).")
R("型号是 DK-1380-0013-8899，贴在机身底部；替换滤网的型号是 F-220。",
  [], "zh", [NM, "model-number", "reply"], "Model number containing 1380013 (looks like a CN mobile).")
R("价格变动是亚马逊系统调价造成的，您已付款的订单价格保持不变，不会额外收费。",
  [], "zh", [NM, "price", "reply"], "Price explanation.")
R("您好，这款充电宝容量是10000mAh，可以带上飞机，符合大多数航空公司的规定。",
  [], "zh", ["plain", "reply"], "Plain product answer.")
R("您好，您的訂單已依照您的要求取消，退款會在幾天內退回原付款方式。",
  [], "zh", [NM, "logistics-words", "reply", "traditional"], "取消/退款 (Traditional).")
R("我們已經審閱您的退貨申請，收到退回的商品後就會處理退款。",
  [], "zh", [NM, "logistics-words", "reply", "traditional"], "審閱 退貨申請 (Traditional).")
R("很抱歉商品有瑕疵，我們已免費為您補寄一件新品，預計週五送達。",
  [], "zh", [NM, "free-replacement", "reply", "traditional"], "免費 + 新品 as a remedy (Traditional).")
R("包裹追蹤號碼是 TBA309918274000，目前在配送站，預計明天送達。",
  [], "zh", [NM, "tracking", "reply", "traditional"], "Amazon TBA tracking (Traditional).")
R("我們絕對不會要求您更改評價。如果商品還有問題，請直接在這裡告訴我們。",
  [], "zh", [NM, "negation", "reply", "traditional"], "Negated 更改評價 (Traditional).")
R("如果方便的話，歡迎在亞馬遜商品頁分享您真實的使用心得，好壞都可以。",
  [], "zh", [NM, "neutral-review", "proactive", "traditional"], "Neutral request (Traditional).")
R("您好，電池是可拆卸的，更換時請用十字螺絲起子打開背蓋。",
  [], "zh", ["plain", "reply", "traditional"], "Plain product answer (Traditional).")
R("依亞馬遜規定，我們不能用退款、禮品或任何好處換取評價，所以無法答應您「好評返現」的提議，謝謝您的理解。",
  [], "zh", [NM, "quoted-rule", "negation", "reply", "traditional"], "Seller refuses the buyer's 好評返現 proposal, quoting the rule.")
R("Hi Emma, 回复您的问题：order 113-5528103-9902741 昨天已经 shipped，tracking number 是 TBA302211556000，预计 Friday 到。",
  [], "mixed", [NM, "order-id", "tracking", "reply", "greeting"], "Order id + tracking in a reply.")
R("您好, regarding your question: the adapter 支持 100-240V，可以在 Europe 直接使用，无需转换器。",
  [], "mixed", ["plain", "reply"], "Plain product answer, mixed.")
R("Hi, we reviewed the photos you sent — 确实是运输损坏，refund 已经处理好了。",
  [], "mixed", [NM, "logistics-words", "refund-remedy", "reply"], "'reviewed' + refund remedy, mixed.")
R("You wrote: \"Can I get cash back if I leave a good review?\" Sorry, 亚马逊不允许任何形式的评价回报，我们不能这样做, but we're happy to help with any product issue.",
  [], "mixed", [NM, "quoted-rule", "negation", "reply"], "Quotes the buyer's request and refuses it.")

import unicodedata
def cjk(t): return sum(1 for ch in t if '\u4e00' <= ch <= '\u9fff')
for r in recs:
    n = len(r["text"]); c = cjk(r["text"])
    weight = n + c  # a CJK character counts double
    if weight < 60: r["tags"].append("short")
    elif weight >= 220: r["tags"].append("long")
rng = random.Random(23)
rng.shuffle(recs)
with open("/tmp/h23/holdout23.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        r = {"id": f"h23-{i:03d}", **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs))
