# Builds holdout24.jsonl. All texts written by hand for this set.
import json, random

RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
ZW = "\u200b"  # zero-width space
recs = []

def add(lang, labels, tags, text, note):
    recs.append({"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})

# ---------------------------------------------------------------- review-inducement (25)
add("en", [RI], ["change-review", "reply", "signature"],
    "Hi Jordan,\n\nI'm glad the replacement charger fixed the overheating problem. Now that everything works as it should, would you be open to taking another look at the review you posted last week? It would mean a lot to our team.\n\nBest,\nPriya - Customer Care",
    "Indirect request to reconsider/update an existing product review after a fix.")
add("en", [RI], ["incentive", "proactive"],
    "Thanks for picking up our bamboo cutting board set. Once your review is live on the product page, just reply here and we'll ship you a matching set of coasters at no cost.",
    "Free product offered after the buyer posts a review.")
add("en", [RI], ["gating", "proactive"],
    "We hope the humidifier is running smoothly. If it's everything you hoped for, we'd be thrilled to see your thoughts on Amazon. If something isn't right, please message us first so we can sort it out before you post anything.",
    "Review gating: happy buyers to Amazon, unhappy ones diverted to the seller first.")
add("en", [RI], ["steering", "proactive"],
    "Hello! If you decide to write a review, it would really help if you could mention how quickly the parcel arrived and how sturdy the packaging was.",
    "Steering review content.")
add("en", [RI], ["feedback-removal", "pressure", "reply"],
    "Hi Mr. Alvarez, the negative feedback you left on our storefront is dragging our account health down and could cost our small team their jobs. We already sent the missing screws. Could you please take it down today?",
    "Seller-feedback removal request with pressure/guilt; not the neutral post-resolution notice.")
add("en", [RI], ["positive-ask", "pressure", "proactive"],
    "We're a family-run shop and every rating below five stars hurts us badly. When you rate your purchase, please keep that in mind.",
    "Guilt pressure toward a five-star rating without the literal 'leave 5 stars'.")
add("en", [RI], ["incentive", "casual", "proactive"],
    "Quick note from the team: folks who say something nice about the lamp on Amazon usually get a little surprise from us in the mail. Just saying!",
    "Casual reward-for-praise wording.")
add("en", [RI], ["incentive", "refund", "proactive", "order-id"],
    "Thank you for your order 114-2290183-5561027. Share your honest opinion of the headphones on the product page and we'll send $10 of your purchase price back to your card.",
    "Partial refund in exchange for a review; 'honest' does not make it neutral.")
add("en", [RI], ["ask-after-praise", "gating", "reply"],
    "That's wonderful to hear, Dana, and thanks for letting us know the blender crushes ice so well! Since you're enjoying it so much, could you put those same words into a review on Amazon?",
    "Reply to a buyer who expressed satisfaction, asking for a review (gating per review policy) and steering content ('those same words'). Judgement call: text alone shows the praise context.")
add("en", [RI], ["change-review", "reply"],
    "Hi Sam, we've processed a full refund for the cracked mug. If you could delete the one-star review you posted, we'd really appreciate it.",
    "Asks to remove a product review after a refund.")
add("en", [RI], ["change-review", "reply", "signature", "long", "tracking-number"],
    "Hi Natalie,\n\nThank you for your message about the coffee grinder. I'm sorry the burr was misaligned; that should never leave our warehouse. A new grinder went out today with UPS, tracking 1Z 4F8 227 03 9918 4402, and you can keep the old one.\n\nOnce you've had a chance to try the new one, we'd be grateful if you could update your earlier review so it reflects the replacement.\n\nWarm regards,\nDaniel\nBeanCraft Support",
    "Long, mostly logistics message; the violation is the request to update the earlier review after a replacement.")
add("en", [RI], ["gating", "positive-ask", "proactive"],
    "Reviews from happy customers are what keep us going. If you loved the yoga mat, please tell the world on Amazon!",
    "Asks only satisfied buyers to review.")
add("en", [RI], ["steering", "proactive"],
    "When you post your review, please add two photos of the rug in your living room and write a few sentences about how rich the colour looks.",
    "Steering content (photos, praise of colour).")
add("mixed", [RI], ["incentive", "lottery", "proactive"],
    "Hi Grace! 本月所有在 Amazon 上为 planner 写 review 的买家 will be entered into our draw for a $100 gift card。",
    "Prize draw entry for writing a review.")
add("zh", [RI], ["incentive", "好评返现", "proactive"],
    "亲，感谢您购买我们的收纳盒。在亚马逊留下好评后，把截图发到这里，我们会给您返现5美元，感谢支持！",
    "Classic 好评返现 (screenshot sent in Amazon messaging, so no off-platform).")
add("zh", [RI], ["追评", "steering", "reply"],
    "您好，上次给您补发的配件应该已经收到了，麻烦您有空的时候追评一下，把问题已解决写进去，谢谢！",
    "追评 request after a free replacement, with content steering.")
add("zh", [RI], ["incentive", "晒图返现", "proactive"],
    "本店长期活动：收到货后在商品页晒图评价，即可获得一份免费的替换滤芯。",
    "晒图 review for a free item. Labelled review-inducement only: the 'activity' is a review incentive, not a general promotion.")
add("zh", [RI], ["change-review", "差评删除", "reply"],
    "您好，退款已经给您处理好了，麻烦您把之前那条一星评论删掉，非常感谢。",
    "Asks to delete a product review after a refund.")
add("zh", [RI], ["gating", "proactive"],
    "如果您对这款台灯满意，欢迎到亚马逊分享使用感受；如果有任何不满意，请先联系我们，我们一定会处理好，不要直接留评哦。",
    "Review gating, written in everyday wording.")
add("zh", [RI], ["incentive", "positive-ask", "好评返现", "proactive"], 
    "親，收到商品後如果給我們五星好評，請把評價截圖傳給我們，我們會退您一半的貨款作為感謝。",
    "Traditional: five-star ask plus half refund.")
add("zh", [RI], ["positive-ask", "pressure", "proactive"],
    "我們是小本經營，一個差評對我們影響很大，拜託您給個好評支持一下。",
    "Traditional: guilt plus request for a positive review.")
add("zh", [RI], ["feedback-removal", "incentive", "reply"],
    "您好，問題已經為您解決。如果您願意撤回之前留下的負面賣家回饋，我們可以額外為您退還運費。",
    "Traditional: seller-feedback removal in exchange for refunding shipping.")
add("zh", [RI], ["steering", "proactive"],
    "写评论的时候能不能帮忙提一下“防水效果很好”和“物流很快”？这对我们很有帮助。",
    "Content steering.")
add("mixed", [RI], ["positive-ask", "proactive"],
    "Hi Emma, thanks for your order! 如果方便的话，please leave us a 5-star rating，对我们非常重要。",
    "Mixed-language five-star request.")
add("zh", [RI], ["change-review", "reply"],
    "您好，新的耳機已經寄出，問題應該可以完全解決。收到後麻煩您重新考慮一下之前的評價，改成符合現在的情況就好。",
    "Traditional: asks to reconsider and change an existing review after replacement.")

# ---------------------------------------------------------------- off-platform-contact (22)
add("en", [OPC], ["url", "reply"],
    "Hello, sorry the app pairing is giving you trouble. Our step-by-step setup guide with videos is at https://help.lumaview-support.net/pairing and it covers the exact error you described.",
    "Non-Amazon support URL. Judgement call: https and helpful, but not needed to complete the order; interface.md counts any non-Amazon link.")
add("en", [OPC], ["email", "reply"],
    "For faster help with warranty claims, email our service desk directly at care@northpeakgear.com and include your order number.",
    "E-mail address.")
add("en", [OPC], ["phone", "reply"],
    "If the drill still won't charge, text me directly on +1 (415) 555-0148. It's quicker than going back and forth in Amazon messages.",
    "Seller's own phone number, explicitly as an alternative to Amazon messaging (not a carrier/manufacturer line).")
add("en", [OPC], ["im-handle", "phone", "reply"],
    "Hi Luke, to sort out the sizing quickly, can you send photos of the boots on WhatsApp? My number there is +44 7700 900312.",
    "WhatsApp plus UK mobile number.")
add("en", [OPC], ["im-handle", "reply"],
    "Our support team is more responsive on Telegram. Search for @brightnest_help and send us your order number.",
    "Telegram handle.")
add("en", [OPC], ["social", "reply"],
    "Got questions about styling the scarf? Send us a DM on Instagram (@velvetloomco) and we'll reply within the hour.",
    "Instagram DM invitation.")
add("en", [OPC], ["qr", "proactive"],
    "Inside the box you'll find a card with a QR code. Scan it to reach our after-sales team for any setup questions.",
    "QR code to off-Amazon support.")
add("en", [OPC], ["url", "website", "reply"],
    "You can download the latest firmware from our website, www.wavecrestaudio.io, under the Support tab.",
    "Brand website URL.")
add("en", [OPC], ["payment", "reply"],
    "We can refund the price difference straight away if you send us your PayPal email address. It's faster than going through Amazon.",
    "Payment outside Amazon.")
add("mixed", [OPC], ["divert", "reply"],
    "您好，这个订单的问题 it's easier to handle outside Amazon，请回复您的 personal email，我们从那边联系您。",
    "Invitation to continue outside Amazon (also asks for private data, which is a conduct matter, not labelled).")
add("en", [OPC], ["signature", "url", "email", "reply"],
    "Thanks for your patience, the replacement pump ships tomorrow.\n\nKind regards,\nMarta Lopez\nHarbor Home Goods | www.harborhomegoods.com | marta@harborhomegoods.com",
    "Compliant body; URL and e-mail hidden in the signature block.")
add("zh", [OPC], ["im-handle", "wechat", "reply"],
    "您好，关于安装的问题，您可以加我们的微信 hb_service88，我们发视频教您。",
    "WeChat handle.")
add("zh", [OPC], ["phone", "cn-mobile", "reply"],
    "亲，这个问题电话里说比较清楚，麻烦您打我的手机 139 2817 4460。",
    "Chinese mobile number.")
add("zh", [OPC], ["email", "reply"],
    "保修登记请把订单号和购买截图发送到 service@lanshan-tech.cn，我们会在两个工作日内回复。",
    "E-mail address.")
add("zh", [OPC], ["im-handle", "vx", "reply"],
    "售后问题可以直接加VX：gq-home2023，回复比站内快很多。",
    "VX alias for WeChat.")
add("zh", [OPC], ["url", "website", "reply"],
    "产品的详细使用视频请访问我们的官网 www.yuntu-light.com 查看。",
    "Brand website.")
add("zh", [OPC], ["payment", "reply"],
    "差价我们可以通过支付宝直接转给您，请把您的支付宝账号发给我们。",
    "Refund via Alipay, outside Amazon.")
add("zh", [OPC], ["im-handle", "line", "reply"],
    "您好，若有任何使用上的問題，歡迎加我們的LINE：@kaili_tw，客服人員會即時回覆。",
    "Traditional: LINE handle.")
add("zh", [OPC], ["phone", "fullwidth-digits", "reply"],
    "您好，維修事宜請直接撥打我們的客服專線 ０２－２７１８－５５６０，週一至週五都有專人接聽。",
    "Traditional: seller's landline in full-width digits. Seller's own repair line, not a carrier; labelled.")
add("zh", [OPC], ["social", "facebook", "reply"],
    "遇到問題可以直接在臉書私訊「晨光家居」粉絲專頁，我們處理得比較快。",
    "Traditional: Facebook page DM.")
add("mixed", [OPC], ["social", "tiktok", "reply"],
    "Hi Chloe, 安装步骤我们在TikTok上有完整视频，search @ovenly.kitchen 就能找到。",
    "TikTok handle.")
add("zh", [OPC], ["qr", "proactive"],
    "包裹里有一张售后卡，扫上面的二维码添加客服，有问题随时找我们。",
    "QR code to add off-Amazon support.")

# ---------------------------------------------------------------- marketing (22)
add("en", [MKT], ["coupon", "proactive"],
    "Thanks again for shopping with us! As a returning customer you can use code SPRING15 at checkout for 15% off your next purchase of any of our garden tools.",
    "Discount code for next order.")
add("en", [MKT], ["new-product", "cross-sell", "proactive"],
    "Good news for your new espresso machine: we've just launched a matching milk frother in the same brushed steel finish. Search 'Crema Pro Frother' on Amazon to find it.",
    "New product cross-sell (on Amazon, so not off-platform).")
add("en", [MKT], ["storefront-link", "cross-sell", "proactive"],
    "If you liked the notebook, take a look at the rest of our stationery here: https://www.amazon.com/stores/PaperLark/page/1A2B3C",
    "Amazon storefront link. Judgement call: marketing only; interface.md limits off-platform-contact to non-Amazon sites.")
add("en", [MKT], ["buy-again", "proactive"],
    "Your pack of water filters should be running low about now. Reorder today so you're never without clean water!",
    "Buy-again push.")
add("en", [MKT], ["loyalty", "proactive"],
    "Join our Insider Circle: members get early access to new colours and a surprise gift with every third order.",
    "Loyalty programme.")
add("en", [MKT], ["seasonal-sale", "proactive"],
    "Our Black Friday event starts Thursday, and everything in our pet range is 25% off for 48 hours only.",
    "Seasonal sale announcement.")
add("en", [MKT], ["cross-sell", "reply"],
    "The mattress protector fits mattresses up to 16 inches deep, so it will work with yours. By the way, our matching pillow protectors are on a buy-two-get-one-free deal this week.",
    "Legitimate answer with a promotion appended.")
add("mixed", [MKT], ["cross-sell", "bundle", "proactive"],
    "Customers who bought this tripod 通常还会加购我们的蓝牙遥控快门，now bundled at a lower price on our listing。",
    "Cross-sell with bundle price.")
add("zh", [MKT], ["referral", "proactive"],
    "推薦朋友購買我們的香氛蠟燭，您和朋友各可獲得一份免費的蠟片。",
    "Traditional: refer-a-friend offer.")
add("en", [MKT], ["follow-store", "proactive"],
    "Tap 'Follow' on our Amazon brand page so you're the first to hear about our next product drop.",
    "Follow-the-store call to action (Amazon feature, so not off-platform).")
add("en", [MKT], ["new-product", "restock", "proactive"],
    "Big news: the limited-edition sage green version of your kettle is back in stock, and it won't last long.",
    "Product announcement with urgency.")
add("zh", [MKT], ["coupon", "优惠券", "proactive"],
    "感谢您的支持！送您一张专属优惠券，下单时输入 VIP20 即可立减20%。",
    "Coupon code.")
add("zh", [MKT], ["new-product", "上新", "proactive"],
    "亲，我们店铺最近上新了同系列的保温杯，颜色很多，欢迎来看看。",
    "上新 announcement.")
add("zh", [MKT], ["buy-again", "回购", "proactive"],
    "您购买的猫砂差不多快用完了吧？现在回购第二袋半价，别错过哦。",
    "回购 push with discount.")
add("zh", [MKT], ["follow-store", "关注店铺", "proactive"],
    "欢迎关注我们的亚马逊店铺，每周都有新品和限时折扣。",
    "关注店铺 plus 新品.")
add("zh", [MKT], ["loyalty", "proactive"],
    "加入我们的会员计划，每次购物都可以累积积分兑换礼品。",
    "Loyalty programme.")
add("zh", [MKT], ["seasonal-sale", "proactive"],
    "双十一期间全店满50减10，数量有限，先到先得！",
    "Seasonal sale.")
add("zh", [MKT], ["coupon", "proactive"],
    "感謝您的訂購！下次在本店購買任何商品，結帳時輸入折扣碼 THANKS10 就能享九折優惠。",
    "Traditional: discount code.")
add("zh", [MKT], ["cross-sell", "new-product", "reply"],
    "您買的登山背包有專屬的防雨罩，我們剛上架，跟背包顏色完全一樣，歡迎搭配選購。",
    "Traditional: cross-sell of a new accessory.")
add("zh", [MKT], ["seasonal-sale", "proactive"],
    "母親節限時優惠：本店所有香氛蠟燭買二送一，活動只到本週日。",
    "Traditional: seasonal buy-2-get-1.")
add("zh", [MKT], ["buy-again", "proactive"],
    "您上次購買的咖啡豆快喝完了嗎？現在再次下單即可享有老顧客專屬價。",
    "Traditional: buy-again with returning-customer price.")
add("mixed", [MKT], ["coupon", "proactive"],
    "Hi Kevin, 感谢购买我们的 LED strip！Next order use code GLOW10，可以享受九折优惠。",
    "Mixed-language coupon.")

# ---------------------------------------------------------------- two policies (8)
add("en", [RI, OPC], ["multi", "incentive", "email", "payment", "proactive"],
    "Leave us an honest review and send the screenshot to rebates@tidyhaus.com. We'll refund the full price via PayPal within 24 hours.",
    "Review-for-refund paid outside Amazon, with e-mail.")
add("en", [RI, MKT], ["multi", "feedback-removal", "coupon", "reply"],
    "Your replacement is on its way. If you're able to retract the negative feedback, that would help us a lot. Also, our whole summer range is 20% off this week with code SUMMER20.",
    "Feedback-removal request (no resolution notice wording, plain ask) plus a coupon.")
add("en", [MKT, OPC], ["multi", "divert", "coupon", "url", "proactive"],
    "Next time, skip Amazon and order straight from www.peakbrew.shop, where code DIRECT15 gets you 15% off.",
    "Diversion to own shop plus discount code.")
add("zh", [RI, OPC], ["multi", "好评返现", "wechat", "proactive"],
    "亲，给五星好评后加微信 fx_6688 发截图，马上返现10美元。",
    "好评返现 via WeChat.")
add("zh", [RI, MKT], ["multi", "positive-ask", "new-product", "proactive"],
    "麻烦给个五星好评哦！另外本店新品保温壶正在打七折，欢迎选购。",
    "Five-star request plus new-product discount.")
add("zh", [MKT, OPC], ["multi", "url", "coupon", "proactive"],
    "我們官網現在全館八折，輸入 SHOP20 還能再折抵，網址是 www.mingyue-select.tw。",
    "Traditional: own-website sale with code.")
add("zh", [RI, OPC], ["multi", "change-review", "incentive", "line", "reply"],
    "如果您願意把評價改成五顆星，請加我們的 LINE @kaili_care，我們會退您全額貨款。",
    "Traditional: change review to 5 stars for full refund, via LINE.")
add("mixed", [RI, MKT], ["multi", "positive-ask", "new-product", "coupon", "proactive"],
    "Thanks for your order! 满意的话请给个 5-star review，and check out our new phone stand，现在买还有 coupon 可以用。",
    "Mixed: conditional five-star ask plus new product with coupon.")

# ---------------------------------------------------------------- evasions (28)
CYR_e, CYR_a = "\u0435", "\u0430"
GR_T, GR_a, GR_o = "\u03a4", "\u03b1", "\u03bf"
add("en", [RI], ["evasion", "spacing", "proactive"],
    "If you're happy with the kettle, please leave us a 5 - s t a r  r e v i e w, it helps a lot!",
    "Spaced letters.")
add("en", [RI], ["evasion", "symbol-insertion", "incentive", "proactive"],
    "Post a 5-st@r rev!ew and we'll mail you a free spare blade.",
    "Symbols inside words; incentive.")
add("en", [MKT], ["evasion", "leetspeak", "coupon", "proactive"],
    "Here's a little thank-you: c0up0n c0de SAVE-25 takes 25% off your next 0rder in our st0re.",
    "Zeros for o in coupon/order/store.")
add("en", [OPC], ["evasion", "fullwidth", "im-handle", "phone", "reply"],
    "Chat with us on ＷｈａｔｓＡｐｐ for quicker support: ＋１ ２０２ ５５５ ０１７３.",
    "Full-width letters and digits.")
add("en", [RI], ["evasion", "homoglyph", "cyrillic", "positive-ask", "proactive"],
    "Thanks for your purchase! Pl" + CYR_e + "as" + CYR_e + " l" + CYR_e + "av" + CYR_e + " us a fiv" + CYR_e + "-st" + CYR_a + "r r" + CYR_e + "vi" + CYR_e + "w if you can.",
    "Cyrillic e/a inside please/leave/five-star/review.")
add("mixed", [OPC], ["evasion", "homoglyph", "greek", "im-handle", "reply"],
    "售后请在 " + GR_T + "elegr" + GR_a + "m 联系：@homeglow_cs，或者 F" + GR_a + "ceb" + GR_o + GR_o + "k 私信也可以。",
    "Greek Tau/alpha/omicron in Telegram and Facebook.")
add("en", [RI], ["evasion", "zero-width", "incentive", "proactive"],
    "A posi" + ZW + "tive rev" + ZW + "iew would help us so much, and we'll send a gift c" + ZW + "ard as a thank-you.",
    "Zero-width spaces inside positive/review/gift card.")
add("mixed", [OPC], ["evasion", "zero-width", "im-handle", "phone", "reply"],
    "有问题请在 What" + ZW + "s" + ZW + "App 上联系我：+1 312 555" + ZW + "0190",
    "Zero-width characters in WhatsApp and inside the phone number.")
add("en", [RI], ["evasion", "emoji-stars", "gating", "proactive"],
    "If the lamp brightened your evenings, we'd love ⭐⭐⭐⭐⭐ from you on Amazon!",
    "Emoji stars as the rating ask, conditional on satisfaction. (Emoji would also be a formatting issue; not a fixed policy, not labelled.)")
add("en", [OPC], ["evasion", "spelled-email", "reply"],
    "For warranty help write to support at brightpaw dot com and mention your order number.",
    "Spelled-out e-mail.")
add("en", [OPC], ["evasion", "number-words", "phone", "reply"],
    "Call us anytime: plus one, six four six, five five five, zero one eight two.",
    "Phone number in words.")
add("en", [OPC], ["evasion", "line-split", "im-handle", "reply"],
    "The quickest way to reach me is on Tele\ngram, user name\n@cozy_nest\n_studio",
    "App name and handle split across lines.")
add("en", [MKT], ["evasion", "spacing", "coupon", "proactive"],
    "Psst: d i s c o u n t  c o d e  LOYAL30 works on your n e x t  o r d e r with us.",
    "Spaced-out discount code wording.")
add("en", [RI], ["evasion", "leetspeak", "incentive", "refund", "proactive"],
    "Once your r3v1ew is up, ping us here and we'll r3fund the full price.",
    "Leetspeak review-for-refund.")
add("en", [RI], ["evasion", "hyphen-spacing", "feedback-removal", "reply"],
    "Could you please r-e-m-o-v-e the n-e-g-a-t-i-v-e f-e-e-d-b-a-c-k now that the refund went through?",
    "Hyphen-spaced feedback-removal request.")
add("zh", [RI], ["evasion", "pinyin", "好评返现", "proactive"],
    "亲，hao ping fan xian 活动还在进行，留言截图给我们就行。",
    "Pinyin for 好评返现.")
add("zh", [RI], ["evasion", "symbol-insertion", "incentive", "proactive"],
    "收到货满意的话麻烦给个好*评，五*星的话我们返您5美元。",
    "好*评 / 五*星 with symbols; incentive.")
add("zh", [OPC], ["evasion", "symbol-insertion", "wechat", "reply"],
    "售后请加微-信：lan_shop_cs，处理更快。",
    "微-信 with hyphen.")
add("zh", [OPC], ["evasion", "chinese-numerals", "phone", "reply"],
    "有问题请直接打电话：一三八 零零一三 九九二七。",
    "Mobile number in Chinese numerals.")
add("zh", [OPC], ["evasion", "chinese-numerals", "phone", "reply"],
    "客服手机：壹叁玖 伍伍陆柒 捌捌贰壹，随时联系。",
    "Mobile number in financial (大写) numerals.")
add("zh", [OPC], ["evasion", "alias", "wechat", "reply"],
    "麻烦加一下我们的薇❤：mm_store6，方便发安装视频给您。",
    "薇❤ as WeChat alias.")
add("zh", [RI], ["evasion", "spacing", "差评删除", "reply"],
    "退款已经处理好了，麻烦把那条差 评 删 一 下，谢谢亲。",
    "Spaced 差评删.")
add("zh", [RI], ["evasion", "zero-width", "好评返现", "proactive"],
    "收到商品後，給個好" + ZW + "評並截圖，我們就返" + ZW + "現十美元。",
    "Traditional: zero-width inside 好評 and 返現.")
add("zh", [OPC], ["evasion", "pinyin", "wechat", "reply"],
    "有問題可以加我 wei xin：tw_lamp88，傳照片給我比較快。",
    "Traditional: pinyin wei xin.")
add("zh", [OPC], ["evasion", "fullwidth", "email", "reply"],
    "保固請寄信至 ｓｅｒｖｉｃｅ＠ｊｉｎｙｕｅ．ｃｏｍ，附上訂單編號。",
    "Traditional: full-width e-mail.")
add("zh", [MKT], ["evasion", "symbol-insertion", "coupon", "回购", "proactive"],
    "送您一张优/惠/券，下次购买输入 NEW8 打八折，记得回/购哦。",
    "优/惠/券 and 回/购 with slashes.")
add("zh", [OPC], ["evasion", "line-split", "wechat", "reply"],
    "有问题可以加我的微\n信，号是\nzhang_\nshop99",
    "微信 and handle split over lines.")
add("mixed", [RI], ["evasion", "emoji-stars", "incentive", "proactive"],
    "亲，收到货后给我们 ⭐️⭐️⭐️⭐️⭐️，截图发来，we'll send you $5 back.",
    "Emoji stars plus cash back.")

# ---------------------------------------------------------------- compliant (55)
NM = "near-miss"
add("en", [], [NM, "cancel", "order-id", "reply"],
    "Hi Rachel, as you asked, we've cancelled the second (duplicate) order 112-4830219-7751046. You won't be charged for it, and your original order is unaffected.",
    "Seller acting on buyer's cancellation request; order id must not read as phone.")
add("en", [], [NM, "refund", "remedy", "reply"],
    "We're sorry the blender jar arrived cracked. We've issued a full refund of $49.99 to your original payment method; you'll see it within 3-5 business days. There's no need to send the jar back.",
    "Refund as remedy, no link to reviews.")
add("en", [], [NM, "reviewed", "return", "carrier", "reply", "signature"],
    "Hello Tom,\n\nWe reviewed your return request for the wireless keyboard and approved it. Please print the prepaid UPS label from Your Orders and drop the parcel at any UPS location.\n\nThanks,\nAisha\nKeyLab Support",
    "'reviewed' as a verb about a return request.")
add("en", [], [NM, "tracking-number", "carrier", "reply"],
    "Your package was handed to USPS this morning. Tracking number: 9400 1118 9922 3856 4410 27. USPS currently estimates delivery on Thursday.",
    "Long digit groups are a tracking number, not a phone number.")
add("en", [], [NM, "change", "order-id", "reply"],
    "Thanks for getting in touch about order 205-8813402-6690127. The address change you requested went through before dispatch, so the parcel will go to 48 Linden Road.",
    "'change' in a logistics sense; order id.")
add("en", [], [NM, "amazon-link", "return", "reply"],
    "You can start the return yourself from Your Orders: https://www.amazon.com/gp/css/order-history. Choose the item, then 'Return or replace items'.",
    "Amazon's own order-history link (policy: at most info).")
add("en", [], [NM, "neutral-review-request", "order-id", "proactive"],
    "Hello from the Oakridge team. Your order 113-5529014-2209381 was delivered a few days ago. If you have a moment, we'd appreciate hearing about your experience with the product in a review on Amazon, whatever your impressions are.",
    "Neutral review request, allowed once per order.")
add("en", [], [NM, "never-ask-change", "remedy", "reply"],
    "Thank you for taking the time to write about the zipper problem. To be clear, we will never ask you to change or remove your review; it's yours. What we can do is fix the problem: would you prefer a replacement or a refund?",
    "Judgement call: review mentioned in the same message as a remedy, but explicitly not conditional and states the seller will not ask for a change. Remedy for defect is allowed (Customer Reviews tool permits a courtesy refund).")
add("en", [], [NM, "5-star-spec", "reply"],
    "Good question! The fridge carries a 5-star energy rating under the Australian scheme, and its annual consumption is about 290 kWh.",
    "Product spec: energy star rating.")
add("en", [], [NM, "5-star-spec", "reply"],
    "Yes, the car seat earned a five-star score in the independent crash-test programme printed on the box, and it fits ISOFIX anchors.",
    "Product spec: safety rating.")
add("en", [], [NM, "review-mode", "reply"],
    "The 'review mode' on this camera lets you play back photos without extending the lens. Press the triangle button once to enter it and press it again to go back to shooting.",
    "Camera review mode.")
add("en", [], [NM, "rating-plate", "reply"],
    "The rating plate is the silver sticker on the back of the compressor. It lists the voltage (230 V) and maximum current (6 A). Please send a photo of it here so we can confirm the right replacement fuse.",
    "Rating plate; 'send a photo here' stays in Amazon messaging.")
add("en", [], [NM, "refuse-incentive", "reply"],
    "Thanks for the offer, but we can't give a refund, discount or anything else in return for a review. That would break Amazon's rules. If you do choose to write one, please just describe your honest experience.",
    "Seller refusing buyer's review-for-money offer. Contains refund/discount/review but is compliant.")
add("en", [], [NM, "free-replacement", "remedy", "reply"],
    "We've shipped a replacement lid free of charge; it should arrive by Friday. You don't need to return the damaged one.",
    "Free replacement as remedy, not promotion.")
add("zh", [], [NM, "im-name-feature", "reply"],
    "這支手錶與手機配對後，可以顯示 WhatsApp、LINE 和簡訊通知。",
    "Traditional: IM names as product features, not handles.")
add("en", [], [NM, "tracking-number", "carrier", "reply"],
    "Tracking number 1Z 999 AA1 01 2345 6784 shows the parcel at the local UPS depot. It's scheduled for delivery tomorrow between 9 am and 5 pm.",
    "UPS tracking number and times.")
add("zh", [], [NM, "price-error", "reply"],
    "您说得对，商品页面曾有几个小时显示了错误的低价，那是我们的标价失误；您的订单按您支付的价格执行，不会有任何变动。",
    "Price-error explanation, not a promotion.")
add("en", [], [NM, "amazon-review-email", "reply"],
    "To answer your question about the email you received: Amazon sends those review reminders automatically. It didn't come from us, and you're free to ignore it.",
    "Informational mention of Amazon's own review email.")
add("en", [], [NM, "stars-spec", "reply"],
    "About the star dial on the oven: each star stands for a heat level, from one star (keep warm) up to five stars (full grill).",
    "Stars as a product control scale.")
add("en", [], [NM, "remove", "reply"],
    "To remove the old filter, twist it a quarter turn to the left and pull straight down. The new one clicks in the same way.",
    "'remove' in product instructions.")
add("zh", [], [NM, "feedback-word", "reply"],
    "谢谢您对说明书提出的意见反馈。第4步确实容易看不懂，我们附上了一张更清楚的示意图。",
    "反馈 about a manual; attachment sent on request.")
add("en", [], [NM, "neutral-review-request", "positive-negative", "proactive"],
    "If you'd like to share how the pan has worked for you, positive or negative, a review on the product page helps other shoppers decide.",
    "Balanced 'positive or negative' neutral request.")
add("en", [], [NM, "at-word", "heavy-item", "reply"],
    "Your sofa will arrive at your door on 14 March. The delivery crew will call ahead on the number you gave at checkout.",
    "'at' and 'call' in delivery context; no number given.")
add("en", [], ["plain", "heavy-item", "reply"],
    "To book delivery of your wardrobe, the freight carrier needs a phone number they can reach you on. Could you confirm the best number, and whether weekday mornings suit you?",
    "Scheduling a bulky delivery (allowed purpose); asks buyer's number for the carrier, no seller contact given.")
add("en", [], [NM, "thanks-for-review", "reply"],
    "Thank you for mentioning your 5-star review, Olivia; we passed your kind words to the workshop. Your second set of hooks ships tomorrow as you requested.",
    "Reply thanking for a review the buyer mentioned; not a solicitation.")
add("en", [], ["plain", "delay-notice", "order-id", "proactive"],
    "We're writing about order 111-6603920-1184427: because of a carrier delay, your lamp will ship three days later than first estimated, on 22 May. We're sorry for the wait.",
    "Proactive delay notice (allowed unexpected-problem message).")
add("zh", [], [NM, "model-number", "reply"],
    "您收到的墨水匣型號是 CX-2045-7781-0062，您的印表機需要的是 CX-2045-7781-0063，我們今天會把正確的型號寄給您。",
    "Traditional: model numbers that look like phone numbers.")
add("mixed", [], [NM, "asin", "exchange", "reply"],
    "Hi Mark, 替换表带的 ASIN 是 B0C7K2M4QX，不过您不需要另外购买，we are sending one with your exchange at no cost。",
    "ASIN mentioned, explicitly no purchase needed; free item is part of an exchange.")
add("zh", [], [NM, "free-spec", "reply"],
    "是的，这款水杯是无BPA材质（BPA-free），杯盖可以放在洗碗机上层清洗。",
    "'free' as a spec word.")
add("zh", [], [NM, "new-word", "reply"],
    "生產日期印在底座上；目前出貨的都是2024年的新批次，鉸鏈已經改良過。",
    "Traditional: 新 in a production-batch sense, no offer.")
add("zh", [], [NM, "partial-refund", "return", "reply"],
    "我們已收到退回的耳機，但少了一個耳罩，因此依退貨規定先退款38美元（原價45美元）。如果找到耳罩寄回，我們會退還剩餘金額。",
    "Traditional: partial refund on a return (allowed return communication).")
add("zh", [], [NM, "检索评测", "reply"],
    "说明书第12页的“数据检索评测”一节介绍了如何导出历史测量数据，按步骤操作即可。",
    "Contains 索评 as a cross-boundary substring.")
add("zh", [], [NM, "搜索评论", "reply"],
    "您在商品页搜索评论时看到的漏水问题，是旧款密封圈导致的；您收到的是新款，已经改进过了。",
    "Contains 索评 and 评论 without any request.")
add("zh", [], [NM, "取消订单", "order-id", "reply"],
    "您好，已按您的要求取消重复订单 206-1148830-5520913，这笔款项不会被扣除。",
    "Cancelling at buyer's request; order id.")
add("zh", [], [NM, "修改地址", "reply"],
    "收货地址已经帮您修改好了，包裹会寄到新地址，预计周三送达。",
    "修改 in logistics sense.")
add("zh", [], [NM, "退款", "remedy", "reply"],
    "非常抱歉商品到货时有破损，我们已为您办理全额退款，3到5个工作日内退回原支付方式。",
    "Full refund as remedy.")
add("zh", [], [NM, "免费补发", "remedy", "reply"],
    "漏发的配件我们已经免费为您补发，预计下周一送达，给您带来不便十分抱歉。",
    "免费补发 remedy.")
add("zh", [], [NM, "neutral-review-request", "order-id", "proactive"],
    "您好，您的订单 113-7720145-8834016 已送达几天了。如果方便，欢迎在商品页面分享您的真实使用体验，无论好坏都对其他买家有参考价值。",
    "Neutral review request.")
add("zh", [], [NM, "reviewed", "return", "carrier", "reply"],
    "您好，您的退货申请我们已经审核通过，请在“我的订单”中打印退货标签，交给任意UPS网点即可。",
    "审核 return request.")
add("zh", [], [NM, "5-star-spec", "reply"],
    "这款儿童安全座椅在独立碰撞测试中获得了五星安全评级，支持ISOFIX接口。",
    "五星 + 评级 as safety spec.")
add("zh", [], [NM, "review-mode", "stars-spec", "reply"],
    "您问的“回看模式”在相机菜单第三页，打开后可以给照片打一到五颗星，方便以后筛选。",
    "Camera playback mode with star tagging of photos.")
add("zh", [], [NM, "im-name-feature", "reply"],
    "这台自助售货机支持微信支付和支付宝扫码付款，不需要额外安装模块。",
    "微信/支付宝 as product payment features.")
add("zh", [], [NM, "refuse-incentive", "reply"],
    "谢谢您的好意，不过我们不能以退款、礼品或任何好处换取评价，这违反亚马逊的规定。是否留评、写什么内容完全由您决定。",
    "Seller refusing a review-for-money offer.")
add("zh", [], [NM, "删除", "reply"],
    "您说的App里多出来的设备，可以在“设备管理”中长按删除，再重新添加即可。",
    "删除 in app instructions.")
add("zh", [], [NM, "thanks-for-review", "reply"],
    "感谢您在留言中提到的好评，也谢谢您指出说明书的印刷错误，我们已经在新批次中修正。",
    "感谢好评 as reply (info at most).")
add("zh", [], ["plain", "delay-notice", "order-id", "proactive"],
    "您好，因物流公司临时停运，您的订单 114-3308271-6609184 预计延迟两天发出，给您带来不便深表歉意。",
    "Proactive delay notice.")
add("zh", [], [NM, "tracking-number", "carrier", "reply"],
    "您的包裹由UPS承运，追踪号 1Z 8A7 V29 03 4417 6620，预计周五送达。",
    "Tracking number.")
add("zh", [], [NM, "退款", "remedy", "reply"],
    "很抱歉商品運送途中受損，我們已為您辦理全額退款，款項會在三到五個工作天內退回原付款方式。",
    "Traditional: refund remedy.")
add("zh", [], [NM, "取消订单", "order-id", "reply"],
    "您好，已依照您的要求取消訂單 250-5528804-2290136，不會向您收取任何費用。",
    "Traditional: cancellation at buyer request.")
add("zh", [], [NM, "neutral-review-request", "positive-negative", "proactive"],
    "您好，您的訂單已送達。若您願意，歡迎在商品頁面分享您的真實使用心得，不論正面或負面的意見都很寶貴。",
    "Traditional: neutral review request.")
add("zh", [], [NM, "never-ask-change", "remedy", "reply"],
    "感謝您花時間寫下使用心得。我們絕不會要求您修改或刪除評論；針對您提到的電池問題，我們可以為您更換新品或辦理退款，請告訴我們您的選擇。",
    "Traditional: 'we will never ask you to change/delete your review' plus remedy.")
add("zh", [], [NM, "rating-plate", "reply"],
    "額定銘牌位於機身背面，上面標示電壓為110V、功率1200W，請拍照傳給我們，我們好確認正確的替換零件。",
    "Traditional: 額定 rating plate.")
add("zh", [], [NM, "修改地址", "reply"],
    "您的收件地址已修改完成，包裹將改寄至新地址，預計週四送達。",
    "Traditional: address change.")
add("mixed", [], [NM, "amazon-return", "reply"],
    "Hi Ben, 退货很简单：go to Your Orders on Amazon，选择这件商品，然后点 Return or replace items，系统会生成退货标签。",
    "Return instructions via Amazon (no URL).")
add("mixed", [], [NM, "5-star-spec", "reply"],
    "您好 Anna，the five stars printed on the box are the energy-efficiency label（能效标识），not a customer rating。额定功率是 1500W。",
    "Stars explained as energy label.")

# ---------------------------------------------------------------- finalize
TRAD = set("們後給評請訂問會額貨價圖傳謝經營個對響託為決願負賣饋機應該煩慮現況歡員時覆維撥專線週聽臉書訊絲頁處較購買結帳輸碼優剛顏樣選親節蠟燭動嗎單顧薦獲費網館還顆並號編錶與簡訊匣號們產貨鉸過損辦項內論實寶貴寫絕刪針電換擇銘於標壓認確將預達")
for r in recs:
    if r["lang"] in ("zh", "mixed") and any(c in TRAD for c in r["text"]):
        r["tags"].append("zh-hant")
    elif r["lang"] in ("zh", "mixed"):
        r["tags"].append("zh-hans")
rng = random.Random(24)
rng.shuffle(recs)
with open("/tmp/h24/holdout24.jsonl", "w", encoding="utf-8") as f:
    for i, r in enumerate(recs, 1):
        r = {"id": f"h24-{i:03d}", **r}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(recs))
