#!/usr/bin/env python3
"""Build holdout28.jsonl: a hand-labelled, held-out test set for msglint.

Sector: pottery and ceramics supplies (wheels, test kilns, glazes, bats,
trimming tools).  Every name, order id, tracking number, handle, address,
domain and phone number is invented; US numbers use the 555-01xx range.

Invisible characters and look-alike letters are written as \\uXXXX escapes:
  \\u200b zero-width space, \\u0430/\\u0435/\\u043e Cyrillic a/e/o,
  \\u0456 Cyrillic/Ukrainian i, \\uFF01-\\uFF5E full-width ASCII forms.
"""
import json
import random
from pathlib import Path

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def R(text, labels, lang, tags, note):
    RECORDS.append({"text": text, "labels": labels, "lang": lang,
                    "tags": tags, "note": note})


# ---------------------------------------------------------------------------
# review-inducement (English)
# ---------------------------------------------------------------------------
R("Hi Dana,\n\nThanks for ordering the EC-350 wheel (order 112-4830271-6650913). "
  "The splash pan ships in the same carton, under the lower foam insert, so please check there before assuming it is missing. "
  "For the first session, run the motor at low speed for about ten minutes so the drive belt can seat. "
  "A stiff pedal loosens up after a few hours of use. "
  "We're a three-person workshop, and a glowing write-up on the listing does more for us than any ad ever could, so we'd be grateful if you could spare one. "
  "Keep the wheel head dry if you store it over winter.\n\nHappy throwing,\nTobias\nEmberclay Studio Supply",
  [RI], "en", ["positive-review-request", "proactive", "long"],
  "Asks for a 'glowing write-up', i.e. a positive review, buried between setup tips.")

R("Post your honest thoughts on the test kiln, grab a screenshot, and we'll send $15 straight to your PayPal within 48 hours. "
  "Honest means honest, we don't mind what you write!",
  [RI, OFF], "en", ["incentive", "payment", "proactive"],
  "Cash for a review paid outside Amazon; 'honest' does not cure the compensation.")

R("If the wheel turned out to be everything you hoped for, we'd love to see a review on Amazon. "
  "If anything isn't right, please message us here first so we can fix it before you post.",
  [RI], "en", ["gating", "proactive"],
  "Review only if happy; unhappy buyers diverted to the seller first.")

R("That's wonderful to hear, and it sounds like the plaster bats are holding up beautifully! "
  "Since you're so pleased with them, would you mind putting that into a product review?",
  [RI], "en", ["gating", "reply"],
  "Reply to a buyer who expressed satisfaction, asking that buyer for a review (policy: gating includes buyer-initiated praise).")

R("We've now refunded the cracked kiln shelf in full. Since that's sorted, could you take another look at the one-star review you posted "
  "and bring it in line with how things ended up?",
  [RI], "en", ["change-review", "reply"],
  "Asks to revise a product review after a refund; forbidden even after resolution.")

R("The negative seller feedback you left last week is weighing heavily on our account health. "
  "We've already shipped the missing cones, so please withdraw it as soon as you can.",
  [RI], "en", ["feedback-removal", "reply"],
  "Pressure to remove seller feedback (not the neutral notice).")

R("We'd be glad to refund the shipping charge as well if you're willing to take down the feedback you left on our seller profile.",
  [RI], "en", ["feedback-removal", "incentive", "reply"],
  "Refund offered in exchange for removing seller feedback.")

R("When you write your review, it would really help if you mentioned how quiet the motor is and that the wheel arrived well packed.",
  [RI], "en", ["steering", "proactive"],
  "Tells the buyer what to say in the review.")

R("If you do decide to leave a review, please work in the phrase \"best pottery wheel for beginners\" so people searching for that can find us.",
  [RI], "en", ["steering", "reply"],
  "Keyword steering of review content.")

R("Customers who share a review of their wheel go onto our priority list for the next batch of kiln shelves at 30% off.",
  [RI, MKT], "en", ["incentive", "discount", "proactive"],
  "Future discount as a reward for reviewing; the discount offer itself is also promotional.")

R("Before you rate this order, drop us a line through Amazon messages if anything fell short. "
  "We would much rather fix it than read about it in a review.",
  [RI], "en", ["gating", "proactive"],
  "Diverts unhappy buyers away from reviewing; the channel being Amazon messages does not make it neutral.")

R("Quick checklist for your new TK-8 mini kiln (order 114-5529083-1176402):\n"
  "- Ventilate the room for the first firing; a faint smell is normal.\n"
  "- Never fire greenware that is still damp.\n"
  "- Keep cones on the shelf, clear of the elements.\n"
  "- If you're enjoying it, a 5-star rating on the listing keeps our little shop going.\n"
  "- Wipe the lid seal with a dry cloth once a month.\n"
  "Marisol, Emberclay Studio Supply",
  [RI], "en", ["positive-review-request", "gating", "proactive", "long"],
  "Five-star request hidden as the fourth bullet of a care checklist.")

R("We've tucked a little something extra into our next shipment for customers who let other shoppers know how the glaze set performed. "
  "Just tell us the name you posted under.",
  [RI], "en", ["incentive", "proactive", "evasion", "euphemism"],
  "'Let other shoppers know' = review; 'a little something extra' = gift.")

R("Now that the replacement wheel head is in your hands, would you be open to revisiting what you wrote on the product page so it tells the whole story?",
  [RI], "en", ["change-review", "reply", "evasion", "euphemism"],
  "Change-review request without the words review/change/update.")

R("Loving the trimming kit? Show it some \u2605\u2605\u2605\u2605\u2605 love on Amazon!",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "star-symbols", "short"],
  "Five black stars (U+2605) stand in for 'five-star review'.")

R("Leave a 5-st4r r3view for the glaze set and we'll refund your order in full.",
  [RI], "en", ["positive-review-request", "incentive", "proactive", "evasion", "leetspeak", "short"],
  "Leetspeak five-star review in exchange for a full refund.")

R("Your order 111-2940385-6620471 was delivered on Monday. If it's working well, a fiv\u0435-st\u0430r rev\u0456ew would mean a lot to our team.",
  [RI], "en", ["positive-review-request", "gating", "proactive", "evasion", "homoglyph"],
  "Cyrillic \u0435/\u0430 and Ukrainian \u0456 inside 'five-star review'; conditional on the product working well.")

R("Enjoying your glaze set? A 5\u200b-star rat\u200bing on the listing helps our studio more than you know.",
  [RI], "en", ["positive-review-request", "proactive", "evasion", "zero-width"],
  "Zero-width spaces split '5-star' and 'rating'.")

R("Leave us a 5-star review, WhatsApp the screenshot to +1 213-555-0176, and we'll send a 25% off code for your next clay order.",
  [RI, OFF, MKT], "en", ["positive-review-request", "incentive", "messaging-app", "phone", "coupon", "proactive"],
  "Triple: five-star ask rewarded with a coupon, proof sent over WhatsApp.")

# ---------------------------------------------------------------------------
# review-inducement (Simplified Chinese)
# ---------------------------------------------------------------------------
R("亲，拉坯机收到后如果满意，好 评 返 现 10 美金，截图发给我们就行～",
  [RI], "zh", ["incentive", "gating", "proactive", "evasion", "spacing", "short"],
  "好评返现 split by spaces; conditional on satisfaction.")

R("晒图 haoping 之后联系客服领取 fanxian，每个订单限一次。",
  [RI], "zh", ["positive-review-request", "incentive", "proactive", "evasion", "pinyin", "short"],
  "haoping = 好评, fanxian = 返现 written in pinyin.")

R("麻烦给个五星好评哦，小本经营真的不容易。",
  [RI], "zh", ["positive-review-request", "proactive", "short"],
  "Direct five-star request with a sympathy appeal.")

R("退款已经给您处理好了，方便的话麻烦把那条一星的评价改一下，谢谢理解。",
  [RI], "zh", ["change-review", "reply", "short"],
  "Change a one-star review after refund.")

R("如果用着顺手，欢迎到商品页说说您的感受；要是有任何不满意，先别急着评价，直接在亚马逊消息里找我们就好。",
  [RI], "zh", ["gating", "proactive"],
  "Happy buyers to the product page, unhappy buyers to the seller first.")

R("写评价的时候可以提一下电机很安静、包装很严实，这对我们帮助特别大。",
  [RI], "zh", ["steering", "proactive", "short"],
  "Steers the content of the review.")

R("之前您在商品页留的那段话，现在问题都解决了，能否再重新考虑一下？",
  [RI], "zh", ["change-review", "reply", "evasion", "euphemism", "short"],
  "'那段话' = the review; '重新考虑' = change it.")

R("五星好评即送修坯工具一套，留完截图私信我们。",
  [RI], "zh", ["positive-review-request", "incentive", "proactive", "short"],
  "Free tool set for a five-star review. 私信 here means an Amazon message, so no off-platform label.")

R("您好！您购买的小型试烧电窑（订单号 111-7730452-2198864）已经签收。"
  "第一次使用前请先空烧一次，升到600度保温半小时即可。"
  "测温锥请放在观察孔能看到的位置。"
  "电窑周围半米内不要堆放纸箱等易燃物。"
  "另外，留下评价并把截图发给我们的买家，可以免费领取一包测温锥。"
  "如果窑内出现少量白色粉末，属于隔热层的正常现象。"
  "祝您烧窑顺利！",
  [RI], "zh", ["incentive", "proactive", "long"],
  "Free cones for a review screenshot, buried in the middle of kiln instructions.")

R("您留的中差评对我们店铺影响很大，补发的配件已经寄出了，麻烦您撤掉那条反馈吧。",
  [RI], "zh", ["feedback-removal", "reply", "short"],
  "Pressure to withdraw negative seller feedback.")

R("只要您把评论删掉，我们马上全额退款。",
  [RI], "zh", ["change-review", "incentive", "reply", "short"],
  "Refund in exchange for deleting the review.")

R("留评后凭截图可以领取一张下次购买立减15美元的优惠码。",
  [RI, MKT], "zh", ["incentive", "coupon", "proactive", "short"],
  "Coupon for next purchase as a review reward.")

R("满意的话给个\u2b50\u2b50\u2b50\u2b50\u2b50吧，谢谢亲～",
  [RI], "zh", ["positive-review-request", "gating", "proactive", "evasion", "star-symbols", "short"],
  "Five star emoji (U+2B50) instead of 五星好评.")

# ---------------------------------------------------------------------------
# review-inducement (Traditional Chinese)
# ---------------------------------------------------------------------------
R("收到拉坯機後若還滿意，麻煩給我們一個五星好評，感謝支持！",
  [RI], "zh", ["positive-review-request", "gating", "proactive", "traditional", "short"],
  "Five-star request conditional on satisfaction, Traditional characters.")

R("好評返現：評論截圖傳給我們，即退20美元給您。",
  [RI], "zh", ["incentive", "proactive", "traditional", "short"],
  "好評返現 in Traditional characters.")

R("您的退款已處理完畢，能否請您把商品頁上的評論修改一下？",
  [RI], "zh", ["change-review", "reply", "traditional", "short"],
  "Change-review request after refund.")

R("用得開心的話，到商品頁給個鼓勵，小店會非常感激。",
  [RI], "zh", ["positive-review-request", "gating", "proactive", "evasion", "euphemism", "traditional", "short"],
  "'給個鼓勵' = leave a positive review; conditional on being happy.")

# ---------------------------------------------------------------------------
# review-inducement (mixed)
# ---------------------------------------------------------------------------
R("Hi Kevin, 您的 glaze sampler set 已经送达。If you like the colours, please leave us a 5-star review，谢谢！",
  [RI], "mixed", ["positive-review-request", "gating", "proactive"],
  "Code-switched five-star request.")

R("Dear customer, 退款 has been processed. Could you please 删除 the 1-star review? 非常感谢。",
  [RI], "mixed", ["change-review", "reply"],
  "Asks to delete a review, key verb in Chinese.")

R("Leave a review 就送一把 free trimming tool，留评截图 send to us 就可以。",
  [RI], "mixed", ["incentive", "proactive", "short"],
  "Free tool for a review, code-switched.")

# ---------------------------------------------------------------------------
# off-platform-contact (English)
# ---------------------------------------------------------------------------
R("Hi Jonah,\n\nSorry the clay keeps drifting off centre. "
  "Try coning it up and down two or three times before you open it, and keep your elbows braced against your thighs. "
  "Use a little less water than feels natural, because a slurry-soaked base slips. "
  "Run the wheel fast for centring and slower once you start pulling walls. "
  "If it still drifts, check that the wheel is level using the bubble on the splash pan.\n\n"
  "Marisol Vega\nEmberclay Studio Supply\nmarisol@emberclay-pottery.shop",
  [OFF], "en", ["email", "reply", "long"],
  "Helpful reply whose signature block carries a personal email address.")

R("You can register the wheel's two-year warranty on our site at emberclay-pottery.shop/warranty.",
  [OFF], "en", ["url", "website", "reply"],
  "Non-Amazon URL for warranty registration.")

R("It's quicker to sort out the pedal problem over WhatsApp. Message Tobias on +1 213-555-0176 and send a short clip of the noise.",
  [OFF], "en", ["messaging-app", "phone", "reply"],
  "WhatsApp number.")

R("The full assembly walkthrough is on our YouTube channel, youtube.com/@EmberclayStudio, about twelve minutes long.",
  [OFF], "en", ["url", "social", "reply"],
  "Link to the seller's YouTube channel, even though it answers a how-to question.")

R("Next time, order your kiln shelves straight from our website. Without the Amazon fees we can knock 15% off.",
  [OFF, MKT], "en", ["website", "buy-again", "discount", "proactive"],
  "Diverts the next purchase off Amazon with a discount.")

R("Amazon refunds can take a few days, so we'll send the $22 for the cracked bat to your PayPal instead. Which email is that account under?",
  [OFF], "en", ["payment", "reply"],
  "Refund via a non-Amazon payment method and asks for the buyer's PayPal email.")

R("Photos of the crack can go to help at glazeloft dot net and we'll look at them the same day.",
  [OFF], "en", ["email", "reply", "evasion", "spelled-email"],
  "help@glazeloft.net spelled with 'at' and 'dot'.")

R("Warranty claims: emberclay.care [at] kilnpost [dot] com, please include your order number.",
  [OFF], "en", ["email", "reply", "evasion", "spelled-email"],
  "Bracketed [at]/[dot] obfuscation.")

R("Text us on W h a t s A p p, the number is printed on the invoice in your box.",
  [OFF], "en", ["messaging-app", "reply", "evasion", "spacing", "short"],
  "Letter-spaced WhatsApp; number moved to the paper invoice.")

R("Add us on T\u0435l\u0435gr\u0430m, @emberclay_help, for live troubleshooting.",
  [OFF], "en", ["messaging-app", "reply", "evasion", "homoglyph", "short"],
  "Cyrillic \u0435 and \u0430 inside 'Telegram'.")

R("Reach us any time at care@\u200bemberclay-pottery\u200b.shop.",
  [OFF], "en", ["email", "reply", "evasion", "zero-width", "short"],
  "Email address broken up by zero-width spaces.")

R("Hit us up on Instagram, @emberclay.wheels, for glaze tips and studio tours.",
  [OFF], "en", ["social", "proactive", "short"],
  "Social handle; no offer, so not marketing.")

R("Hello,\n\nThis is an update on order 113-6684402-9015537. "
  "Your TK-8 kiln left our warehouse a day late because the freight carrier rescheduled its pickup. "
  "Ridgeline Freight will contact you to book a delivery window, usually within two business days. "
  "The kiln travels on a pallet, so please make sure there is a clear path to your garage or studio. "
  "If you'd rather sort out the details with us directly, our cell is 310-555-0119 and we pick up in the evenings too. "
  "Please keep the packaging until you've checked the elements for damage.\n\nThanks,\nEmberclay Studio Supply",
  [OFF], "en", ["phone", "proactive", "long"],
  "Legitimate delay notice with the seller's own mobile number buried in the middle.")

R("If anything arrived damaged, email hello@glazeloft.net before you leave a review and we'll make it right.",
  [RI, OFF], "en", ["gating", "email", "proactive"],
  "Diverts unhappy buyers off Amazon before reviewing.")

# ---------------------------------------------------------------------------
# off-platform-contact (Simplified Chinese)
# ---------------------------------------------------------------------------
R("有任何问题可以加我们微信 emberclay_cs88，客服在线回复更快。",
  [OFF], "zh", ["messaging-app", "reply", "short"],
  "WeChat id.")

R("方便的话加个威信：emberclay_cs88，图片传起来快些。",
  [OFF], "zh", ["messaging-app", "reply", "evasion", "homophone", "short"],
  "威信 is a homophone of 微信 (WeChat).")

R("安装视频太大传不了，jia weixin：emberclay_cs88，我直接发给您。",
  [OFF], "zh", ["messaging-app", "reply", "evasion", "pinyin", "short"],
  "'jia weixin' = 加微信 in pinyin.")

R("急事可以直接打我们电话：一二一三五五五零一七六。",
  [OFF], "zh", ["phone", "reply", "evasion", "cn-numerals", "short"],
  "1-213-555-0176 written in Chinese numerals.")

R("请把开裂的照片发到 \uFF43\uFF41\uFF52\uFF45\uFF20\uFF45\uFF4D\uFF42\uFF45\uFF52\uFF43\uFF4C\uFF41\uFF59\uFF0D\uFF50\uFF4F\uFF54\uFF54\uFF45\uFF52\uFF59\uFF0E\uFF53\uFF48\uFF4F\uFF50，我们当天处理。",
  [OFF], "zh", ["email", "reply", "evasion", "fullwidth", "short"],
  "Email address in full-width Latin letters and a full-width at sign (\uFF20).")

R("下次直接在我们官网下单，比亚马逊上便宜不少。",
  [OFF, MKT], "zh", ["website", "buy-again", "proactive", "short"],
  "Pushes the next purchase to the seller's own site: a buy-again call to action that leaves Amazon.")

R("亚马逊退款到账太慢，我们直接用PayPal退给您，麻烦留一下您的PayPal账号。",
  [OFF], "zh", ["payment", "reply", "short"],
  "Off-Amazon refund and request for the buyer's PayPal account.")

R("扫一下包装盒里卡片上的二维码，就能直接联系我们的售后工程师。",
  [OFF], "zh", ["qr", "proactive", "short"],
  "QR code leading to off-Amazon support.")

R("欢迎加入我们的Facebook陶艺交流群，群里每周都有拉坯教学直播。",
  [OFF], "zh", ["social", "proactive", "short"],
  "Invitation to a Facebook group.")

R("请发邮件到 h e l p @ g l a z e l o f t . n e t，附上订单号即可。",
  [OFF], "zh", ["email", "reply", "evasion", "spacing", "short"],
  "Letter-spaced email address.")

R("您好，关于您问的釉料问题：结晶釉需要慢速降温，建议在1100度左右保温两小时。"
  "釉层不要超过一毫米，否则容易流釉粘板。"
  "第一次烧建议在窑板上垫一层硅酸铝纸。"
  "如果烧完颜色发灰，多半是还原气氛不足。"
  "有问题也可以直接拨打我们美国仓的电话 626-555-0188，工作日都有人接。"
  "祝您烧出满意的作品！",
  [OFF], "zh", ["phone", "reply", "long"],
  "Seller phone number buried in a long glaze-advice reply.")

R("保修申请请发到 emberclay.care 艾特 kilnpost 点 com，写上订单号就行。",
  [OFF], "zh", ["email", "reply", "evasion", "spelled-email", "short"],
  "Email spelled with 艾特 (@) and 点 (dot).")

# ---------------------------------------------------------------------------
# off-platform-contact (Traditional Chinese)
# ---------------------------------------------------------------------------
R("保固登記請到官網 emberclay-pottery.shop/tw 填寫資料。",
  [OFF], "zh", ["url", "website", "reply", "traditional", "short"],
  "Seller website for warranty registration.")

R("加個賴 emberclaytw，師傅可以視訊教您調整轉盤。",
  [OFF], "zh", ["messaging-app", "reply", "evasion", "homophone", "traditional", "short"],
  "賴 (lài) is Taiwanese slang/homophone for the LINE app.")

R("若急需協助，請撥打：壹肆壹伍伍伍伍零壹參柒。",
  [OFF], "zh", ["phone", "reply", "evasion", "cn-numerals", "traditional", "short"],
  "415-555-0137 in formal Chinese numerals.")

# ---------------------------------------------------------------------------
# off-platform-contact (mixed)
# ---------------------------------------------------------------------------
R("您好，for faster support please add our WeChat: emberclay_cs88，谢谢！",
  [OFF], "mixed", ["messaging-app", "reply", "short"],
  "WeChat id in a code-switched reply.")

R("Please send the photos of the crack to service@wheelhaus-ceramics.com，我们会尽快处理。",
  [OFF], "mixed", ["email", "reply"],
  "Email address.")

R("感谢购买！\n- 安装视频: youtube.com/@EmberclayStudio\n- Warranty registration at our own site: emberclay-pottery.shop/warranty\n- 售后邮箱 care@emberclay-pottery.shop\nTobias | Emberclay Studio Supply",
  [OFF], "mixed", ["url", "email", "social", "proactive"],
  "Bullet-list signature carrying two non-Amazon links and an email.")

# ---------------------------------------------------------------------------
# marketing (English)
# ---------------------------------------------------------------------------
R("As a returning potter, you can use CLAYDAY20 on your next order for 20% off any glaze set.",
  [MKT], "en", ["coupon", "buy-again", "proactive"],
  "Coupon code for the next order.")

R("Heads up: our new cone 10 stoneware glazes just landed, and they pair perfectly with the test kiln you bought.",
  [MKT], "en", ["new-product", "cross-sell", "proactive"],
  "New-product announcement tied to the previous purchase.")

R("Hi Ines,\n\nA wobble at the wheel head usually means the set screw has backed off. "
  "Remove the head with the supplied hex key and clean the shaft. "
  "Reseat the head, then tighten the set screw firmly while holding the head still. "
  "By the way, lots of customers add our splash-pan liner and the 12-piece trimming kit at this point, and both are worth a look. "
  "Spin the wheel at full speed for a minute to check that the wobble is gone. "
  "Let us know here if it comes back.\n\nTobias",
  [MKT], "en", ["cross-sell", "reply", "long"],
  "Cross-sell sentence buried in a legitimate troubleshooting reply.")

R("See everything else we make at amazon.com/stores/EmberclayStudio.",
  [MKT], "en", ["storefront-link", "proactive", "short"],
  "Amazon storefront link: promotional, but on Amazon, so not off-platform.")

R("Running low on bats? Reorder them with one click from Your Orders before this batch sells out!",
  [MKT], "en", ["buy-again", "proactive"],
  "Buy-again push with urgency, even though it points at Amazon.")

R("Welcome to the Emberclay Kiln Club! Every fifth order earns you a free kiln shelf, no sign-up needed.",
  [MKT], "en", ["loyalty", "promotion", "proactive"],
  "Loyalty scheme.")

R("Grab 15% 0ff your next firing supplies with c0up0n KILN15.",
  [MKT], "en", ["coupon", "proactive", "evasion", "leetspeak", "short"],
  "Zeros for the letter o in 'off' and 'coupon'.")

R("Your next order comes with a c\u043eup\u043en: 10% \u043eff everything in the shop.",
  [MKT], "en", ["coupon", "discount", "proactive", "evasion", "homoglyph", "short"],
  "Cyrillic \u043e replaces o in 'coupon' and 'off'.")

R("Friends-of-the-studio pricing is waiting on your next order. Just message us for the magic word before you check out.",
  [MKT], "en", ["discount", "proactive", "evasion", "euphemism"],
  "Secret discount phrased without 'discount' or 'code'.")

R("Spring restock: code SPRINGGLAZE takes 25% off the whole glaze range until April 30.",
  [MKT], "en", ["coupon", "promotion", "proactive"],
  "Seasonal coupon.")

R("Our annual studio sale starts Friday: kiln shelves, cones and plaster bats are all marked down by up to 40%.",
  [MKT], "en", ["promotion", "discount", "proactive"],
  "Sale announcement.")

R("The pedal cord is packed in the lower foam tray, under the splash pan. "
  "While you're setting up, our matching canvas wheel cover is on sale this week, too.",
  [MKT], "en", ["cross-sell", "promotion", "reply"],
  "Answer to a buyer question with a sale pitch appended.")

R("Thanks again for order 112-9071126-4438805. A few things before your first firing:\n"
  "- Let the kiln sit indoors for 24 hours before plugging it in.\n"
  "- Run an empty bisque cycle to burn off the binders.\n"
  "- Our new kiln-wash kit launches next week, and early buyers get it at half price.\n"
  "- Store cones in a dry box.\n"
  "- Keep the lid propped open slightly during the first 200 degrees.\n"
  "Emberclay Studio Supply",
  [MKT], "en", ["new-product", "discount", "proactive", "long"],
  "Launch offer hidden in a firing checklist.")

# ---------------------------------------------------------------------------
# marketing (Simplified Chinese)
# ---------------------------------------------------------------------------
R("下次购买输入优惠码 TAOCI10 立减10%，欢迎再次光临！",
  [MKT], "zh", ["coupon", "buy-again", "proactive", "short"],
  "Coupon and come-back call.")

R("店铺上新：高温结晶釉系列，老客户专享85折。",
  [MKT], "zh", ["new-product", "discount", "proactive", "short"],
  "New arrivals with an 85% price (15% off) for returning buyers.")

R("买拉坯机的朋友大多会顺手带一套修坯工具，现在搭配购买更划算哦。",
  [MKT], "zh", ["cross-sell", "promotion", "proactive", "short"],
  "Bundle cross-sell.")

R("加入我们的VIP会员，每个月都能领取专属折扣。",
  [MKT], "zh", ["loyalty", "discount", "proactive", "short"],
  "VIP membership discounts.")

R("介绍陶艺圈的朋友来下单，您和朋友都能拿到一张5美元的代金券。",
  [MKT], "zh", ["referral", "coupon", "proactive", "short"],
  "Referral voucher.")

R("您好，您问的石膏盘保养方法如下：用完后请竖放阴干，不要放在暖气旁边烘烤。"
  "表面沾了泥可以用软刷蘸清水刷掉，切勿用钢丝球。"
  "石膏盘吸水饱和后要晾两天再用。"
  "顺便说一句，我们家新出的防尘罩正在做活动，第二件半价。"
  "平时存放时避免阳光直射。"
  "有其他问题欢迎继续留言。",
  [MKT], "zh", ["new-product", "promotion", "reply", "long"],
  "Promotion buried in a care-advice reply.")

R("新品陶泥已经上架，老客户下单可以领一张5美元无门槛券。",
  [MKT], "zh", ["new-product", "coupon", "proactive", "short"],
  "New product plus voucher.")

R("回购的话用优惠码 HUIGOU5，可以直接减5美元。",
  [MKT], "zh", ["coupon", "buy-again", "proactive", "short"],
  "Repurchase coupon.")

R("更多陶艺工具可以去我们的亚马逊店铺首页看看：amazon.com/stores/EmberclayStudio",
  [MKT], "zh", ["storefront-link", "proactive", "short"],
  "Amazon storefront link.")

R("优惠码 \uFF23\uFF2C\uFF21\uFF39\uFF12\uFF10，下次下单立享\uFF18折。",
  [MKT], "zh", ["coupon", "proactive", "evasion", "fullwidth", "short"],
  "Coupon code and 8折 in full-width characters.")

R("老顾客回来下单，报上您上次的订单号，我们给您打九折。",
  [MKT], "zh", ["discount", "buy-again", "proactive", "short"],
  "Repeat-customer discount.")

R("关注我们的Instagram @emberclay.wheels，每月抽三位买家送整套釉料。",
  [OFF, MKT], "zh", ["social", "promotion", "proactive", "short"],
  "Instagram follow with a giveaway.")

# ---------------------------------------------------------------------------
# marketing (Traditional Chinese)
# ---------------------------------------------------------------------------
R("新品上架：手工木製修坯刀組，歡迎老顧客回購！",
  [MKT], "zh", ["new-product", "buy-again", "proactive", "traditional", "short"],
  "New product and come-back call.")

R("下次購買輸入折扣碼 TWCLAY 可享九折。",
  [MKT], "zh", ["coupon", "proactive", "traditional", "short"],
  "Discount code.")

R("本店週年慶，全館釉料買二送一，只到月底。",
  [MKT], "zh", ["promotion", "proactive", "traditional", "short"],
  "Anniversary buy-two-get-one.")

# ---------------------------------------------------------------------------
# marketing (mixed)
# ---------------------------------------------------------------------------
R("感谢购买！Use code EMBER15 for 15% off 下次购物时有效。",
  [MKT], "mixed", ["coupon", "proactive", "short"],
  "Code-switched coupon.")

R("我们的 new arrival, the Cone 6 crystal glaze kit, 已经上架了，check it out in our Amazon store!",
  [MKT], "mixed", ["new-product", "proactive"],
  "New-arrival push.")

R("Welcome to the Emberclay family! 关注我们的 Instagram @emberclay.wheels 参加每月抽奖。",
  [OFF, MKT], "mixed", ["social", "promotion", "proactive"],
  "Social follow for a giveaway.")

# ---------------------------------------------------------------------------
# near-misses (English)
# ---------------------------------------------------------------------------
R("Hi Priya, order 112-6618304-0927751 was delivered on Tuesday. "
  "Once you've had a chance to use the trimming kit, we'd value your honest review on Amazon, whatever your experience turns out to be.",
  [], "en", ["near-miss", "nm-neutral-review", "nm-order-id", "proactive"],
  "Neutral, unconditional review request with order id.")

R("Reviews, whether positive or negative, help other potters choose the right wheel. "
  "If you have a moment, you can share yours on the product page for order 114-0815539-2276614.",
  [], "en", ["near-miss", "nm-neutral-review", "nm-order-id", "proactive"],
  "Contains 'positive' but balanced; neutral request.")

R("Thank you for confirming that the replacement bat arrived intact. "
  "If you feel we have resolved your concerns, it is possible to update or remove the seller feedback you left earlier; that is entirely your decision.",
  [], "en", ["near-miss", "nm-feedback-notice", "reply"],
  "Amazon's allowed neutral seller-feedback notice after resolution (own wording).")

R("We reviewed your return request for the splash pan and approved it. The prepaid label is waiting in the Returns section under Your Orders.",
  [], "en", ["near-miss", "nm-reviewed-return", "reply"],
  "'reviewed' refers to the return.")

R("Your replacement pedal left our warehouse today with tracking number 9400 1118 9922 3847 5510 62 for order 114-3302961-7741208.",
  [], "en", ["near-miss", "nm-tracking", "nm-order-id", "reply"],
  "Long digit runs that are not phone numbers.")

R("If the wheel still wobbles after you re-level it, just reply to this thread in Amazon messages with a short video and we'll take it from there.",
  [], "en", ["near-miss", "nm-amazon-messages", "reply"],
  "Contact through Amazon messaging, not off-platform.")

R("To keep the wheel head from rusting, wipe it dry after every session and store the bats flat. "
  "A drop of light machine oil on the shaft once a month is plenty.",
  [], "en", ["near-miss", "nm-care-advice", "reply"],
  "Care advice requested by the buyer.")

R("We will never ask you to change your review; it belongs to you. We only wanted to confirm that the replacement motor has shipped.",
  [], "en", ["near-miss", "nm-negation", "reply"],
  "Negated 'change your review'.")

R("We don't offer support by phone, email or social media. Everything goes through Amazon messages so there is a record for both of us.",
  [], "en", ["near-miss", "nm-negation", "nm-amazon-messages", "reply"],
  "Mentions phone/email/social only to rule them out.")

R("The TK-8 controller shows firing progress on its own display only. It has no app, no WhatsApp alerts and no Wi-Fi connection.",
  [], "en", ["near-miss", "nm-product-feature", "reply"],
  "WhatsApp named as a product feature, not a contact channel.")

R("Thanks for letting us know you already left a review. "
  "For the speckled glaze, a slower cool-down between 1000 and 800 degrees will bring out more of the iron spots.",
  [], "en", ["near-miss", "nm-thanks-for-review", "reply"],
  "Acknowledges a review the buyer mentioned; asks for nothing.")

R("Ridgeline Freight will call you to book a delivery slot for the kiln. "
  "You can also reach their dispatch desk directly at 1-800-555-0142 and quote PRO number RF-55318207.",
  [], "en", ["near-miss", "nm-carrier-phone", "reply"],
  "Carrier's phone number in a delivery context (policy exception for shipping providers).")

R("The 10% coupon you saw was an Amazon coupon clipped on the listing page. "
  "Amazon applies it at checkout and we can't add it to an order afterwards, but we can refund the difference on this order if you'd like.",
  [], "en", ["near-miss", "nm-amazon-coupon", "nm-refund-remedy", "reply"],
  "Explains an Amazon coupon the buyer asked about; no offer of our own.")

R("A replacement glaze jar has been sent free of charge; please don't worry about returning the broken one.",
  [], "en", ["near-miss", "nm-replacement", "reply"],
  "'free' as a remedy, not a promotion.")

R("You may receive an automated email from Amazon asking about your purchase. "
  "That message comes from Amazon rather than from us, and replying to it is entirely optional.",
  [], "en", ["near-miss", "nm-amazon-review-email", "reply"],
  "Informational mention of Amazon's own review email.")

R("We've cancelled the duplicate order 113-0047719-3385526 as you asked, and you won't be charged for it.",
  [], "en", ["near-miss", "nm-order-id", "nm-keyword", "reply"],
  "Seller acts on a buyer's cancellation request.")

R("The kiln arrives at your door on a pallet. The driver brings it into the garage at no charge as long as there's a flat path from the street.",
  [], "en", ["near-miss", "nm-keyword", "reply"],
  "'at' and 'no charge' in ordinary delivery wording.")

R("You can start the return from your order history on Amazon at amazon.com/gp/css/order-history and choose \"Return or replace items\".",
  [], "en", ["near-miss", "nm-amazon-link", "reply"],
  "Link to Amazon's own order page, needed for the return.")

R("Hello Ruth,\n\nYour order 112-3386650-7104489 (EC-350 wheel and splash pan) was delivered five days ago. "
  "If the pedal cord feels short, a standard extension lead rated for 10 amps is safe to use. "
  "Let the motor rest for a few minutes after an hour of continuous throwing. "
  "The rubber feet can be swapped for the taller set in the accessory bag if you work standing up. "
  "When you have a moment, we would appreciate an honest review of the wheel on Amazon, good or bad. "
  "If any part is not working, you can reply to this message.\n\nEmberclay Studio Supply",
  [], "en", ["near-miss", "nm-neutral-review", "nm-order-id", "proactive", "long"],
  "Neutral review request plus a separate, unconditional offer of help; nothing tells unhappy buyers to hold off reviewing.")

R("We would never offer anything in exchange for a review, and we can't accept photos by email. Please attach them to this Amazon message instead.",
  [], "en", ["near-miss", "nm-negation", "nm-amazon-messages", "reply"],
  "Negated incentive and negated email contact.")


# ---------------------------------------------------------------------------
# near-misses (Simplified Chinese)
# ---------------------------------------------------------------------------
R("您好，您的订单 111-5507718-3349022 已签收一周。方便的话，欢迎在商品页面分享您的真实使用体验，无论好坏都对其他陶艺爱好者有参考价值。",
  [], "zh", ["near-miss", "nm-neutral-review", "nm-order-id", "proactive"],
  "Neutral review request.")

R("补发的石膏盘您已经收到，问题也已解决。如果您认为我们已处理好您的问题，可以自行决定是否更新或移除之前留下的卖家反馈，我们不作任何要求。",
  [], "zh", ["near-miss", "nm-feedback-notice", "reply"],
  "Neutral seller-feedback notice after resolution.")

R("您提到的开片问题，我们检索评测记录后确认是釉层过厚造成的，并非质量缺陷。",
  [], "zh", ["near-miss", "nm-substring", "reply", "short"],
  "检索评测 contains the substring 索评.")

R("已按您的要求取消重复订单 113-9920417-5568013，这笔订单不会扣款。",
  [], "zh", ["near-miss", "nm-keyword", "nm-order-id", "reply", "short"],
  "取消订单 as a logistics action done for the buyer.")

R("收货地址已帮您修改为新地址，包裹明天从仓库发出。",
  [], "zh", ["near-miss", "nm-keyword", "reply", "short"],
  "修改 about the address.")

R("请放心，我们不会要求您修改或删除任何评价。补发的脚踏板今天已经寄出。",
  [], "zh", ["near-miss", "nm-negation", "reply", "short"],
  "Negated 修改或删除评价.")

R("破损的釉料罐已为您全额退款，不需要寄回。",
  [], "zh", ["near-miss", "nm-refund-remedy", "reply", "short"],
  "Refund as remedy.")

R("我们评估了您上传的照片，退货申请已批准，请在亚马逊“我的订单”里打印退货标签。",
  [], "zh", ["near-miss", "nm-reviewed-return", "reply", "short"],
  "评估 (contains 评) about the return.")

R("如果调平后转盘还是晃，请直接在亚马逊消息里回复一段视频，我们的工程师会仔细看。",
  [], "zh", ["near-miss", "nm-amazon-messages", "reply", "short"],
  "Contact via Amazon messages.")

R("这款电窑不支持微信或其他手机应用远程控制，温度只能在面板上设置。",
  [], "zh", ["near-miss", "nm-product-feature", "nm-negation", "reply", "short"],
  "微信 as a product feature that is absent.")

R("修坯刀用完请擦干，碳钢刀片容易生锈，可以偶尔抹一层薄薄的缝纫机油。",
  [], "zh", ["near-miss", "nm-care-advice", "reply", "short"],
  "Care advice.")

R("我们已免费给您补发一套测温锥，预计下周三送达。",
  [], "zh", ["near-miss", "nm-replacement", "reply", "short"],
  "免费补发 as remedy.")

R("您的包裹昨天已发出，物流单号 TBA318840275112，可以在亚马逊订单详情里查看进度。",
  [], "zh", ["near-miss", "nm-tracking", "reply", "short"],
  "Tracking number, reply context.")

R("谢谢您告诉我们已经写了评价。关于釉色偏暗的问题，下次烧制时可以把最后一段升温放慢一些。",
  [], "zh", ["near-miss", "nm-thanks-for-review", "reply"],
  "Acknowledges a review; asks for nothing.")

R("价格显示错误是我们上架时的失误，您按下单时的价格支付即可，不会再补收任何费用。",
  [], "zh", ["near-miss", "nm-price-error", "reply", "short"],
  "Price-error explanation, not a discount offer.")

# ---------------------------------------------------------------------------
# near-misses (Traditional Chinese)
# ---------------------------------------------------------------------------
R("您好，訂單 112-7713058-4460921 已送達。若您願意，歡迎在商品頁分享真實的使用心得，無論好壞都很有參考價值。",
  [], "zh", ["near-miss", "nm-neutral-review", "nm-order-id", "proactive", "traditional"],
  "Neutral review request.")

R("破損的素燒盤已為您辦理全額退款，不需要寄回。",
  [], "zh", ["near-miss", "nm-refund-remedy", "reply", "traditional", "short"],
  "Refund as remedy.")

R("我們絕不會要求您更改評價，只是想確認更換的馬達是否運作正常。",
  [], "zh", ["near-miss", "nm-negation", "reply", "traditional", "short"],
  "Negated 更改評價.")

R("我們已評估您上傳的照片，退貨申請已核准，請從亞馬遜訂單頁面列印退貨標籤。",
  [], "zh", ["near-miss", "nm-reviewed-return", "reply", "traditional", "short"],
  "評估 about a return.")

R("若問題已經解決，您可以自行決定是否更新或移除先前留下的賣家回饋，我們不會有任何要求。",
  [], "zh", ["near-miss", "nm-feedback-notice", "reply", "traditional"],
  "Neutral seller-feedback notice.")

# ---------------------------------------------------------------------------
# near-misses (mixed)
# ---------------------------------------------------------------------------
R("您好，your return has been reviewed and approved. 退货标签已经在 Your Orders 页面生成了。",
  [], "mixed", ["near-miss", "nm-reviewed-return", "reply"],
  "'reviewed' about a return.")

R("Your replacement pedal has shipped. 订单 112-4471920-8836015，tracking number 1ZE7924R0381125567，预计周四送到。",
  [], "mixed", ["near-miss", "nm-tracking", "nm-order-id", "reply"],
  "Order id and tracking number.")

R("We will never ask you to remove your review. 我们只是想确认新的转盘头安装是否顺利。",
  [], "mixed", ["near-miss", "nm-negation", "reply"],
  "Negated 'remove your review'.")

R("This glaze is lead-free and food safe once fired to cone 6. 请不要在 cone 04 以下烧制后用作餐具。",
  [], "mixed", ["near-miss", "nm-care-advice", "nm-keyword", "reply"],
  "'free' inside 'lead-free'.")

R("退款 has already been issued for the broken bat, 不需要退回。Amazon 会在 3-5 个工作日内到账。",
  [], "mixed", ["near-miss", "nm-refund-remedy", "reply"],
  "Refund as remedy.")

# ---------------------------------------------------------------------------
# plain logistics
# ---------------------------------------------------------------------------
R("Order 111-8842016-3307759 update: your test kiln will ship three days later than estimated because the freight carrier moved its pickup. "
  "No action is needed on your side.",
  [], "en", ["plain", "proactive"],
  "Proactive delay notice (unexpected problem).")

R("Your EC-350 wheel (order 113-5071684-2209473) ships by freight. "
  "Could you let us know whether the delivery address has a loading dock, or whether the driver will need a liftgate?",
  [], "en", ["plain", "proactive"],
  "Scheduling a bulky delivery.")

R("For the custom-stamped wheel head on order 112-2058836-6631940, please confirm the spelling \"Hollow Creek Pottery\" by replying here before we send it to the engraver.",
  [], "en", ["plain", "proactive"],
  "Verifying a custom design.")

R("Your order shipped yesterday and the carrier shows delivery on Friday.",
  [], "en", ["plain", "reply", "short"],
  "Shipping answer in a reply.")

R("As requested, the EC-350 user manual is attached as a PDF. The centring section starts on page 7.",
  [], "en", ["plain", "reply"],
  "Manual sent on request.")

R("Regarding the return you opened for order 114-2267390-5518826: is the wheel head still in its original foam packaging? "
  "We need to know so the carrier brings the right box.",
  [], "en", ["plain", "proactive"],
  "Question needed to complete a return.")


R("您好，因为物流公司调整了提货时间，您的电窑（订单 114-6637205-9918240）预计会比原定晚三天发货，您无需进行任何操作。",
  [], "zh", ["plain", "proactive"],
  "Delay notice.")

R("转盘配件已经在路上了，承运商显示周五可以送到。",
  [], "zh", ["plain", "reply", "short"],
  "Shipping answer.")

R("应您的要求，附件是拉坯机的中文说明书，调平步骤在第5页。",
  [], "zh", ["plain", "reply", "short"],
  "Manual on request.")

R("您定制的刻字转盘头（订单 111-4490652-7713308）请确认刻字内容“山间窑”是否正确，确认后我们再安排刻制。",
  [], "zh", ["plain", "proactive"],
  "Custom design verification.")

R("您的包裹已於昨天寄出，物流顯示週五送達。",
  [], "zh", ["plain", "reply", "traditional", "short"],
  "Shipping answer, Traditional.")

R("您好，the replacement belt 已经寄出了，预计 Thursday 到货。",
  [], "mixed", ["plain", "reply", "short"],
  "Shipping answer, code-switched.")

R("As requested, the wiring diagram is attached. 请交给电工参考，TK-8 kiln 需要单独的 240V 回路。",
  [], "mixed", ["plain", "reply"],
  "Wiring diagram on request.")


def main():
    recs = list(RECORDS)
    random.Random(28).shuffle(recs)
    out = Path(__file__).with_name("holdout28.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for i, r in enumerate(recs, 1):
            row = {"id": "h28-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": r["tags"], "note": r["note"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), out))


if __name__ == "__main__":
    main()
