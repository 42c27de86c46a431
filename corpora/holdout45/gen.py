#!/usr/bin/env python3
"""Source of truth for holdout45: writes holdout45.jsonl and README.md.

Usage: python3 gen.py && python3 validate.py

Every text below was written by hand for this set.  Shop, people, handles, domains, order ids,
tracking numbers and phone numbers are invented (US 555-01xx, UK 07700 900xxx).  Invisible,
Cyrillic, full-width and star characters are written as escapes or built by fw().
"""
import collections
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout45.jsonl")
README = os.path.join(HERE, "README.md")

RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"
POLICIES = [RI, OPC, MKT]
LANGS = {"en": ("en", None), "zs": ("zh", "simplified"), "zt": ("zh", "traditional"),
         "mx": ("mixed", None)}


def fw(s):
    """ASCII -> full-width forms (used to build the full-width evasions)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ZWSP = "\u200b"
CYR_e, CYR_a, CYR_I = "\u0435", "\u0430", "\u0406"
STAR = "\u2b50"

RECS = []


def R(lang, ctx, labels, subs, refs, text, note, ev=(), cls=None):
    RECS.append(dict(lang=lang, ctx=ctx, labels=list(labels), subs=list(subs), refs=list(refs),
                     text=text, note=note, ev=list(ev), cls=cls))


# ============================================================================================
# review-inducement (primary)
# ============================================================================================
R("en", "proactive", [RI], ["incentive"], ["C1-gift-card"],
  "Hi Marcus, your FlexLoop band set (order 114-3829174-5520931) was delivered on Tuesday. If you "
  "post a review this week, reply with your Amazon profile name and we'll send you a $15 gift card "
  "as a thank-you.",
  "A gift card is offered in exchange for posting a review.")
R("en", "proactive", [RI, OPC], ["incentive", "payment"], ["C1-screenshot-paypal", "X1-offsite-refund"],
  "About order 112-7740315-0938264: once your review of the SkipPulse rope is live, send us a "
  "screenshot and we'll refund the full purchase price to your PayPal account.",
  "A full refund is promised for a review screenshot and it is paid through PayPal outside Amazon.")
R("en", "proactive", [RI], ["incentive"], ["C1-free-item"],
  "Enjoying the TerraGrip mat? Write a few lines about it on Amazon and we'll mail you our matching "
  "carry strap at no charge - just reply once it's posted.",
  "A free accessory is promised in return for writing about the product on Amazon.")
R("en", "proactive", [RI], ["incentive"], ["C1-draw"],
  "Everyone who reviews the Harbor Row R7 before 30 June goes into our draw for a year's supply of "
  "replacement seat pads and foot straps.",
  "Entry into a prize draw is offered for writing a review.")
R("en", "reply", [RI, MKT], ["incentive", "coupon"], ["C1-discount"],
  "The green FlexLoop band covers roughly 15 to 25 lb. Also, if you leave an honest review, we'll "
  "give you 40% off your next order with us.",
  "A discount on a future order is offered for a review, which is both an incentive and a promotion.")
R("en", "proactive", [RI], ["incentive"], ["C1-free-sample"],
  "As a thank-you for your feedback on the MixLock shaker, we'll send a free sample pack of our "
  "stainless mixing balls as soon as your comments appear on the listing.",
  "A free sample is tied to the buyer's comments appearing on the listing.")
R("zs", "proactive", [RI, OPC], ["incentive", "messaging-app"], ["C1-fanxian", "D4-wechat"],
  "亲，跳绳用得还顺手吗？现在好评返现10元，加客服微信 bpk_service88 领取。",
  "It offers cash back for a positive review and sends the buyer to a WeChat account to collect it.")
R("zs", "proactive", [RI], ["incentive"], ["C1-fanxian"],
  "划船机到货啦～shaitu fanxian 活动进行中：发布带图的使用分享后联系我们，返您20美元。",
  "Pinyin for cash back on photo posts hides a payment offered for a review with pictures.",
  ev=["pinyin"])
R("zt", "proactive", [RI], ["incentive"], ["C1-free-item"],
  "您好，您的搖搖杯已送達。留下評論並附上照片，我們會再寄一組替換杯蓋給您，完全免費。",
  "A free set of replacement lids is promised for a review with photos, written in Traditional characters.",
  ev=["trad-chars"])
R("mx", "proactive", [RI], ["incentive"], ["X7-euphemism"],
  "Hi Jenny～ 如果您愿意在 Amazon 上聊聊这块 mat 的使用感受，我们准备了一个小红包作为感谢，details 请回复这条消息。",
  "A cash red packet is offered for talking about the mat on Amazon, which is a review incentive in euphemistic words.",
  ev=["euphemism"])
R("en", "proactive", [RI], ["positive-request"], ["C2-five-star"],
  "Hope the FlexLoop bands are treating you well! If you have a minute, a 5-star review would make "
  "a huge difference to a small team like ours. Order 113-2094817-6630152.",
  "It asks outright for a five-star review.")
R("en", "proactive", [RI], ["positive-request"], ["C2-star-symbols", "E-P2-stars-in-request"],
  "Loving your new rower? Show it some love on Amazon " + STAR * 5 + " - it really helps our little shop grow!",
  "Five star emoji next to a request for Amazon love ask for a top rating without the word review.",
  ev=["emoji-stars"])
R("en", "reply", [RI], ["positive-request"], ["C2-positive-helps"],
  "Glad the replacement handle fixed it. A positive review would really help us recover from last "
  "month's shipping mix-up.",
  "It asks specifically for a positive review.")
R("zs", "proactive", [RI], ["positive-request"], ["C2-small-business"],
  "麻烦您抽空给我们的阻力带一个五星好评，小店经营不易，万分感谢！订单号：111-5820394-7712046",
  "It asks for a five-star positive review and leans on the small-business appeal.")
R("mx", "proactive", [RI], ["positive-request"], ["C2-five-star"],
  "亲，跳绳 App 同步都正常吧？用着顺手的话，麻烦给个 5 - s t a r，our small shop 谢谢您的 support！",
  "A spaced-out five-star request is still a request for a top rating.",
  ev=["spacing"])
R("en", "proactive", [RI], ["positive-request"], ["C2-five-star"],
  "If the TerraGrip mat lives up to the hype, a five-star r" + CYR_e + "vi" + CYR_e + "w from you "
  "would mean the world to us.",
  "A five-star review is requested, with Cyrillic letters inside the word review.",
  ev=["homoglyph"])
R("en", "proactive", [RI], ["steering"], ["C2-mention-quality", "C7-mention"],
  "When you write your review of the SkipPulse rope, please mention how accurate the jump counter is "
  "and that it arrived within two days.",
  "It tells the buyer what to say in the review.")
R("mx", "proactive", [RI], ["steering"], ["C7-photo-words"],
  "写 review 的时候，麻烦附一张照片、写满 60 words，顺便提一下 Harbor Row 的磁控阻力很安静，这样对其他买家最有帮助。",
  "It sets a photo and word-count requirement and dictates a selling point for the review.")
R("zs", "proactive", [RI], ["steering"], ["C7-keywords"],
  "写评论时麻烦带上关键词“加厚防滑瑜伽垫”，这样其他买家更容易搜到，谢谢配合！",
  "It asks the buyer to put a search keyword into the review.")
R("zt", "proactive", [RI], ["steering"], ["X2-wait-and-video"],
  "收到貨後請先等五天再留評論，內容寫滿八十字並附上影片，這樣比較不會被系統擋下。",
  "It coaches the buyer on timing, length and video so the review slips past Amazon's checks.",
  ev=["trad-chars"])
R("en", "proactive", [RI], ["gating"], ["C3-happy-unhappy"],
  "If the FlexLoop set met your expectations, we'd be grateful for a review. If anything fell short, "
  "please message us first so we can put it right before you post.",
  "Satisfied buyers are steered to review and unsatisfied ones to the seller first, which is gating.")
R("en", "proactive", [RI], ["gating"], ["C3-before-negative"],
  "Before leaving any negative feedback, please give our team a chance to fix the problem - reply "
  "here and we'll get back to you within a day.",
  "It asks buyers to hold back negative feedback and come to the seller instead.")
R("mx", "proactive", [RI], ["gating"], ["C3-only-if-great"],
  "第一周用 Harbor Row 感觉 great 的话，欢迎留个 review；如果不太满意就不用写了，直接告诉我们哪里有问题。",
  "Only buyers who had a great first week are invited to review, which is gating.")
R("en", "proactive", [RI, OPC], ["gating", "email"], ["C3-instead-of-review", "D2-obfuscated", "X8-obfuscated-email"],
  "Not 100% happy with the shaker? Skip the review and write to care (at) brindlepeak (dot) com "
  "instead - we answer every message.",
  "Unhappy buyers are told to skip the review and use a spelled-out e-mail address off Amazon.",
  ev=["obfuscated-email"])
R("en", "reply", [RI], ["praise-reply"], ["C3-praise-reply"],
  "You've made our day - thanks for telling us the SkipPulse has become part of your morning routine! "
  "Since you're enjoying it so much, would you mind saying so in a review on Amazon?",
  "A review is requested because the buyer reported being happy, which is gating by thread context.")
R("zs", "reply", [RI], ["praise-reply"], ["C3-praise-reply"],
  "太好了，听到您喜欢这款摇摇杯我们也很开心！既然用得满意，能麻烦您在商品页留个评论吗？",
  "The review request is made because the buyer said they were satisfied.")
R("mx", "proactive", [RI], ["gating"], ["C3-happy-unhappy", "X7-euphemism"],
  "如果 everything is perfect，欢迎 let other shoppers know；如果有 any problem，先找我们处理就好，别急着公开吐槽哦。",
  "Happy buyers are invited to tell other shoppers while unhappy ones are asked not to complain publicly, which is gating in euphemisms.",
  ev=["euphemism"])
R("en", "proactive", [RI, OPC], ["gating", "qr"], ["X4-insert-qr", "D1-qr"],
  "If your bands arrived with any flaw, scan the QR code on the insert card to reach our support desk "
  "before writing anything on Amazon.",
  "Buyers with a problem are sent through a QR code to off-Amazon support before they review.")
R("en", "reply", [RI], ["change-review"], ["C4-after-refund"],
  "Your refund for the cracked shaker lid has gone through. Now that it's sorted, would you consider "
  "updating your review?",
  "It asks the buyer to update a review after a refund.")
R("en", "proactive", [RI], ["change-review"], ["C4-remove"],
  "We noticed the 1-star review you left on the TerraGrip mat. Could you please take it down? We're "
  "happy to help with anything else you need.",
  "It asks the buyer to take down a one-star review.")
R("en", "reply", [RI], ["change-review"], ["C4-refund-if-delete"],
  "We will refund the full $289 for the rower if you delete the review you posted yesterday.",
  "A refund is made conditional on deleting a review.")
R("zs", "reply", [RI], ["change-review"], ["C4-remove"],
  "亲，麻烦把那条差.评删.除一下，我们马上给您补发新跳绳。",
  "Dots inside the words hide a request to delete a negative review in exchange for a new rope.",
  ev=["punctuation"])
R("zt", "reply", [RI], ["change-review"], ["C4-change-rating"],
  "麻煩把星級改高一點，我們已經把問題處理好了。",
  "It asks the buyer to raise the star rating, in Traditional characters.",
  ev=["trad-chars"])
R("en", "reply", [RI], ["change-review"], ["C4-revise", "X7-euphemism"],
  "Now that the rower's display is working again, we'd be truly grateful if you could revisit what "
  "you wrote on the product page.",
  "Asking the buyer to revisit what they wrote on the product page is a request to change a review.",
  ev=["euphemism"])
R("en", "reply", [RI], ["change-review"], ["G-P1-threat", "C4-remove"],
  "If the review claiming our bands snapped on first use is not removed by Friday, we will hand this "
  "over to our lawyers.",
  "It pressures the buyer with legal threats to remove a review.")
R("en", "reply", [RI], ["change-review"], ["C4-revise"],
  "Kindly revise your re" + ZWSP + "view now that the replacement rope has reached you.",
  "It asks the buyer to revise a review, with an invisible character inside the word.",
  ev=["zero-width"])
R("en", "proactive", [RI, MKT], ["feedback-removal", "coupon"], ["C5-voucher"],
  "Would you be open to withdrawing your seller feedback if we sent you a voucher for 30% off your "
  "next purchase?",
  "A discount voucher is offered for withdrawing seller feedback, which is an incentive and a promotion.")
R("en", "reply", [RI], ["feedback-removal"], ["C5-pressure"],
  "That negative feedback is dragging down our account health - please remove it as soon as you can.",
  "It pressures the buyer to remove negative seller feedback.")
R("zt", "reply", [RI], ["feedback-removal"], ["C5-pressure"],
  "差評影響店鋪績效，請撤回賣家回饋，我們可以退您十美元。",
  "It asks for seller feedback to be withdrawn and offers ten dollars for it, in Traditional characters.",
  ev=["trad-chars"])
R("en", "reply", [RI], ["review-after-remedy"], ["C-remedy-then-review"],
  "We've shipped a new handle set free of charge. Once it arrives, we'd really appreciate it if you "
  "shared your experience in a review.",
  "A review request right after a free replacement ties the review to the gift.")
R("en", "proactive", [RI, MKT], ["positive-request", "coupon"], ["E-P4-card-with-code", "X5-attachment"],
  "Attached is a thank-you card for order 113-6602841-2297308: it carries code BPK15 for 15% off your "
  "next band set and a reminder that 5-star reviews keep our small team going.",
  "The attachment described carries a discount code and a push for five-star reviews.")
R("zs", "proactive", [RI, OPC], ["incentive", "social"], ["X3-social-group", "D4-facebook"],
  "邀请您加入我们的 Facebook 买家群，群里每周都有留评返现活动。",
  "It invites the buyer to a Facebook group that pays cash back for reviews.")
R("zs", "proactive", [RI], ["positive-request"], ["X7-euphemism"],
  "用得顺手的话，麻烦在商品页给我们一点鼓励，支持一下小店～",
  "Asking for encouragement on the product page when the buyer is happy is a veiled request for a good review.",
  ev=["euphemism"])
R("zt", "proactive", [RI], ["incentive"], ["C1-fanxian"],
  "好 評 返 現 活動最後三天！留評截圖傳給我們即可領取。",
  "Spaced Traditional characters spell cash back for positive reviews.",
  ev=["spacing", "trad-chars"])

# ============================================================================================
# off-platform-contact (primary)
# ============================================================================================
R("en", "proactive", [OPC], ["website"], ["D1-website"],
  "To activate the two-year warranty on your Harbor Row R7, register its serial number at "
  "www.brindlepeak.com/warranty within 30 days of delivery.",
  "It sends the buyer to the seller's own website.")
R("zs", "proactive", [OPC, MKT], ["shortener", "cross-sell"], ["D1-shortener"],
  "更多同系列运动装备请戳 brpk.link/gear，全场包邮。",
  "A link shortener leads off Amazon to more of the shop's products.")
R("en", "reply", [OPC], ["social"], ["D1-video-channel"],
  "Assembly takes about ten minutes if you follow the video on our YouTube channel, "
  "youtube.com/@brindlepeakfit.",
  "It links to the seller's YouTube channel.")
R("zt", "proactive", [OPC], ["qr"], ["D1-qr", "D4-line"],
  "掃描包裝卡上的 QR Code 即可加入我們的 LINE 官方帳號，享有專人售後服務。",
  "A QR code sends the buyer to the seller's LINE account.")
R("en", "reply", [OPC], ["email"], ["D2-email"],
  "For the replacement clip, just email our parts team at parts@brindlepeak.com with your order number.",
  "It gives an e-mail address.")
R("en", "reply", [OPC], ["email"], ["D2-obfuscated"],
  "You can reach me directly at " + fw("jonah@brindlepeak.com") + " for anything about the rower.",
  "A full-width e-mail address is still an e-mail address.",
  ev=["fullwidth", "obfuscated-email"])
R("zs", "reply", [OPC], ["email"], ["D2-obfuscated", "X8-obfuscated-email"],
  "我的邮箱是 service 艾特 brindlepeak 点 com，照片和订单号直接发到这里就行，我们当天回复。",
  "An e-mail address is spelled out with Chinese words for at and dot.",
  ev=["obfuscated-email"])
R("mx", "reply", [OPC], ["phone"], ["D3-phone"],
  "安装 rower 有问题可以直接 call 我们的 coaching line：+1 (312) 555-0147，会有人一步步教您。",
  "It gives the seller's phone number.")
R("en", "reply", [OPC], ["phone"], ["D3-phone"],
  "Faster to text me: four one five, five five five, zero one two nine.",
  "A phone number spelled out in words is still a phone number.",
  ev=["obfuscated-phone"])
R("zs", "reply", [OPC], ["phone"], ["D3-phone"],
  "急的话打这个号码：四一五 五五五 零一三六，报订单号就行。",
  "A phone number written in Chinese numerals is still a phone number.",
  ev=["obfuscated-phone"])
R("en", "reply", [OPC], ["messaging-app"], ["D4-whatsapp"],
  "WhatsApp me on +44 7700 900318 and I'll send the tension chart straight away.",
  "It invites contact on WhatsApp with a phone number.")
R("zs", "reply", [OPC], ["messaging-app"], ["D4-wechat"],
  "加我微信 bpk_service88，发您一份阻力带训练计划。",
  "It gives a WeChat handle.")
R("zs", "reply", [OPC], ["messaging-app"], ["D4-wechat"],
  "售后问题可以加薇信：bpk_kefu，回复更快哦。",
  "A homophone of WeChat is used to give a WeChat handle.",
  ev=["homophone"])
R("mx", "reply", [OPC], ["messaging-app"], ["D4-wechat"],
  "亲，安装有疑问可以 jia weixin: bpk_service88，我们直接发 video 教程给您。",
  "Pinyin for add WeChat gives a WeChat handle.",
  ev=["pinyin"])
R("en", "reply", [OPC], ["social"], ["D4-facebook"],
  "Send us a DM on Facebook (Brindlepeak Fitness) and we'll get a spare handle out to you.",
  "It moves the conversation to Facebook messages.")
R("zt", "reply", [OPC], ["messaging-app"], ["D4-line"],
  "有任何問題歡迎加我們的 LINE：@brindlepeak.tw，客服會盡快回覆您。",
  "It gives a LINE handle.")
R("zt", "reply", [OPC], ["messaging-app"], ["D4-telegram"],
  "也可以透過電報聯絡我們，帳號 @bpk_helpdesk，通常幾分鐘內回覆。",
  "It gives a Telegram handle, with Telegram named in Traditional characters.",
  ev=["trad-chars"])
R("en", "reply", [OPC], ["social"], ["D4-instagram"],
  "Message @brindlepeak.fit on " + CYR_I + "nst" + CYR_a + "gram and our coach will check your rowing "
  "form from a video.",
  "It sends the buyer to Instagram, with Cyrillic letters inside the app name.",
  ev=["homoglyph"])
R("mx", "reply", [OPC], ["payment"], ["D5-ask-account"],
  "运费我们今天就退给您，send me your PayPal email 就可以。",
  "It asks for the buyer's PayPal address to pay outside Amazon.")
R("zt", "reply", [OPC], ["payment"], ["D5-offsite-refund"],
  "運費差額我們會用 PayPal 退還給您，麻煩提供帳號。",
  "It refunds through PayPal and asks for the buyer's account.")
R("en", "reply", [OPC], ["payment"], ["D5-offsite-refund"],
  "We can settle the partial refund over P4yP4l today, which is much faster than going through Amazon.",
  "A refund outside Amazon is offered through a PayPal name written with digits.",
  ev=["leetspeak"])
R("en", "reply", [OPC, MKT], ["diversion", "offsite-price"], ["D6-buy-direct", "B-P9-leave-amazon"],
  "Next time, order straight from brindlepeak.com - the same band set is $6 cheaper there.",
  "It tells the buyer to buy on the seller's own site for a lower price.")
R("zs", "reply", [OPC], ["diversion"], ["D6-contact-off"],
  "请站外联系我们，处理速度会快很多。",
  "It asks the buyer to contact the seller off Amazon.")
R("zs", "proactive", [OPC, MKT], ["diversion", "offsite-price"], ["D6-buy-direct"],
  "下次直接在我们官网下单，比亚马逊便宜15%，还包邮。",
  "It pushes the buyer to order on the seller's own website with a price incentive.")
R("en", "reply", [OPC], ["signature"], ["D-sig", "X6-signature"],
  "Your replacement strap ships tomorrow; tracking is 1Z7F39A20354817260.\n\nBest regards,\n"
  "Owen Hartley | Brindlepeak Support\nbrindlepeak.com | owen.h@brindlepeak.com",
  "The signature block carries a website and an e-mail address.")
R("en", "reply", [OPC], ["website"], ["E-P3-http-image"],
  "<img src=\"http://cdn.brindlepeak.com/logo.png\"> Thanks for asking - your yoga mat leaves our "
  "warehouse on Monday.",
  "An http image tag links to the seller's own server.")
R("zs", "reply", [OPC], ["messaging-app"], ["D4-wechat"],
  "加微" + ZWSP + "信 bpk_service88 可以领取电子版训练手册。",
  "An invisible character splits the word WeChat in an invitation to add a WeChat handle.",
  ev=["zero-width"])
R("mx", "reply", [OPC], ["messaging-app"], ["D4-telegram"],
  "想要跳绳 App 的 firmware 安装包？tg 搜 @bpk_helpdesk 就能拿到。",
  "The abbreviation tg sends the buyer to a Telegram handle.",
  ev=["im-alias"])
R("zt", "reply", [OPC], ["messaging-app"], ["D4-line"],
  "請加" + fw("LINE") + "：" + fw("@bpktw") + "，我們傳安裝影片給您。",
  "A LINE handle is written in full-width letters.",
  ev=["fullwidth"])
R("en", "proactive", [OPC], ["private-data"], ["G-P3-private-data"],
  "Please send us your mobile number and personal email so we can check in with you about your "
  "training progress.",
  "It collects the buyer's personal contact details so the seller can contact them outside Amazon.")

# ============================================================================================
# marketing (primary)
# ============================================================================================
R("en", "proactive", [MKT], ["coupon"], ["B-P1-coupon"],
  "Use code ROWMORE20 for 20% off your next Brindlepeak order - valid until the end of June!",
  "It promotes a discount code.")
R("zs", "proactive", [MKT], ["coupon"], ["B-P1-coupon"],
  "下次购买输入优惠码 BPK20 立享八折！",
  "It promotes a discount code for the next purchase.")
R("en", "proactive", [MKT], ["new-product"], ["B-P2-new-arrivals"],
  "New in: the TerraGrip travel mat, which folds to the size of a paperback and pairs perfectly with "
  "the mat you bought.",
  "It announces a new product matched to the buyer's purchase.")
R("zs", "proactive", [MKT], ["new-product"], ["B-P2-new-arrivals"],
  "我们刚上新了配套的瑜伽砖和伸展带，欢迎选购！",
  "It announces new matching products.")
R("en", "proactive", [MKT, OPC], ["giveaway", "social"], ["B-P3-social-giveaway", "D4-instagram"],
  "Follow @brindlepeak.fit on Instagram - we give away a rowing machine to one follower every month!",
  "It promotes a giveaway and sends the buyer to Instagram.")
R("zs", "proactive", [MKT, OPC], ["giveaway", "social"], ["B-P3-social-giveaway"],
  "关注我们的 Instagram，每周抽奖送跳绳！",
  "It promotes an Instagram prize draw.")
R("en", "proactive", [MKT], ["vip-group"], ["B-P4-vip"],
  "Join the Brindlepeak Inner Circle for members-only prices on every band, mat and shaker we sell.",
  "It promotes a members' club with special prices.")
R("zs", "proactive", [MKT, OPC], ["vip-group", "messaging-app"], ["B-P4-vip", "D4-wechat"],
  "加入我们的VIP会员微信群，新品首发、专属折扣第一时间通知您。",
  "It invites the buyer to a WeChat VIP group for deals.")
R("mx", "proactive", [MKT], ["sale"], ["B-P5-bogo"],
  "This weekend only：MixLock 摇摇杯买二送一，第三个我们请客！",
  "It announces a weekend buy-two-get-one offer.")
R("zs", "proactive", [MKT], ["sale"], ["B-P5-bogo"],
  "本周末阻力带买二送一，欢迎再次光临！",
  "It announces a buy-two-get-one sale.")
R("en", "proactive", [MKT], ["storefront"], ["B-P6-storefront"],
  "See more gear like this on our storefront: amazon.com/stores/Brindlepeak",
  "It pushes the buyer to the storefront to shop more.")
R("zs", "proactive", [MKT], ["storefront"], ["B-P6-storefront"],
  "欢迎访问我们的亚马逊店铺，查看更多同款健身装备。",
  "It invites the buyer to browse more products in the store.")
R("en", "proactive", [MKT], ["referral"], ["B-P7-referral"],
  "Refer a friend to the SkipPulse rope and you'll both get $10 off.",
  "It promotes a referral reward.")
R("zs", "proactive", [MKT], ["referral"], ["B-P7-referral"],
  "推荐朋友购买划船机，双方各得10美元购物金。",
  "It promotes a referral reward.")
R("en", "proactive", [MKT], ["embedded-promo"], ["B-P8-embedded"],
  "Your Harbor Row delivery is booked for Thursday between 8 am and noon. While you wait, our matching "
  "floor protection mat is 25% off this week.",
  "A sale offer is added to an otherwise permitted delivery message.")
R("en", "proactive", [MKT], ["buy-again"], ["B-P10-buy-again"],
  "It's been three months since your FlexLoop order - bands lose their snap over time, so now is a "
  "great moment to stock up again.",
  "It pushes the buyer to buy again.")
R("en", "proactive", [MKT], ["restock"], ["B-P10-restock"],
  "Good news: the sage-green TerraGrip is back in stock, so grab one before it sells out again!",
  "It is an unsolicited back-in-stock sales push.")
R("en", "proactive", [MKT], ["subscription"], ["B-P10-subscription"],
  "Unlock SkipPulse Premium for interval programs, streak badges and live coaching - rope owners get "
  "the first month at half price.",
  "It upsells a paid app subscription at a discount.")
R("mx", "proactive", [MKT], ["sale"], ["B-P5-sale"],
  "Prime Day 马上到了，全店 fitness 装备最高 35% off，记得来看看！",
  "It announces an upcoming sale.")
R("zt", "proactive", [MKT], ["coupon"], ["B-P1-coupon"],
  "老顧客下次購物結帳時輸入 BPK15，即享85折。",
  "It promotes a discount code for the next purchase.")
R("zt", "proactive", [MKT], ["new-product"], ["B-P2-new-arrivals"],
  "新款磁控划船機已經上市，老顧客可享搶先購。",
  "It announces a new product with early access for past buyers.")
R("zt", "proactive", [MKT], ["buy-again"], ["B-P10-buy-again"],
  "您的彈力帶用了三個月了吧？現在回購享九折。",
  "It pushes a discounted repeat purchase, in Traditional characters.",
  ev=["trad-chars"])
R("mx", "proactive", [MKT], ["cross-sell"], ["B-P2-new-arrivals", "B-P5-bundle"],
  "您的 yoga mat 已送达～ 搭配我们的 cork yoga block 一起用效果更好，店里现在有 combo deal 哦！",
  "It cross-sells a matching product with a combo deal.")
R("mx", "proactive", [MKT], ["coupon"], ["B-P1-coupon"],
  "老客户专享：下单时输入 youhui ma MAT10，可以 save 10%！",
  "Pinyin for coupon code hides a discount code promotion.",
  ev=["pinyin"])
R("en", "proactive", [MKT], ["coupon"], ["B-P1-coupon"],
  "Enter F I T 2 5 at checkout for 25% off any rope in our range.",
  "A spaced-out discount code is still a discount code.",
  ev=["spacing"])
R("en", "proactive", [MKT], ["coupon"], ["B-P1-coupon"],
  "Just for you: " + fw("SAVE30") + " takes 30% off all rowing accessories until Sunday.",
  "A discount code is written in full-width letters.",
  ev=["fullwidth"])
R("en", "proactive", [MKT], ["sale"], ["B-P5-sale"],
  "Returning buyers get a sp3cial d1scount on the SkipPulse 2 this month.",
  "A discount is promoted with digits standing in for letters.",
  ev=["leetspeak"])
R("zs", "proactive", [MKT], ["new-product"], ["B-P2-new-arrivals", "X7-euphemism"],
  "小店最近来了两位新伙伴：加重款跳绳和防滑手套，老朋友下单有惊喜哦。",
  "New products and a hidden reward for ordering are announced without any sales keyword.",
  ev=["euphemism"])
R("mx", "proactive", [MKT], ["bundle"], ["B-P5-bundle"],
  "本月任意 band set 加购一个 MixLock shaker，只要 $5！",
  "It promotes an add-on bundle price.")
R("en", "proactive", [MKT], ["early-access"], ["B-P10-early-access"],
  "As a past buyer you get early access to our autumn collection - the preview opens on Friday.",
  "It promotes early access to a new collection.")
R("zs", "proactive", [MKT], ["embedded-promo"], ["B-P8-embedded"],
  "您的划船机已于今天上午送达。顺便告诉您，配套的地垫本周八折。",
  "A discount on a matching product is tacked onto a delivery note.")
R("mx", "proactive", [MKT], ["subscription"], ["B-P10-subscription"],
  "您的 SkipPulse 跳绳已激活～ Premium 会员 first month 只要 $1.99，今天开通再送两周！",
  "It upsells a discounted app subscription.")
R("zt", "proactive", [MKT, OPC], ["referral", "messaging-app"], ["B-P7-referral", "D4-line"],
  "推薦朋友購買，朋友加入我們 LINE 群組即可領取50元折價券。",
  "It promotes a referral coupon collected through a LINE group.")
R("en", "proactive", [MKT], ["buy-again"], ["B-P10-buy-again", "B-P6-amazon-link"],
  "Running low on shaker lids? Reorder here: amazon.com/dp/B0D4KX7R2M",
  "It is an unsolicited buy-again push with a product link.")
R("en", "proactive", [MKT, OPC], ["newsletter", "website"], ["B-P9-leave-amazon"],
  "Sign up for our newsletter at brindlepeak.com/news for first dibs on Black Friday deals.",
  "It promotes deals and sends the buyer to a newsletter sign-up on the seller's site.")
R("zs", "proactive", [MKT], ["sale"], ["B-P5-sale"],
  "双十一大促提前开启，全店健身装备低至六折！",
  "It announces a store-wide sale.")

# ============================================================================================
# compliant: near-misses (must not be flagged for these three policies)
# ============================================================================================
NM = "near-miss"
R("en", "reply", [], [], ["A-N1-reply-shipping", "D-N5-at-word"],
  "Your resistance bands left our warehouse yesterday; UPS shows them arriving at your door on Friday, "
  "tracking 1Z4W8E610387254019.",
  "A reply with shipping facts the buyer asked for is allowed.", cls=NM)
R("zs", "reply", [], [], ["A-N1-reply-shipping"],
  "您的包裹昨天已经发出，物流显示周五送达，请留意。",
  "A reply giving shipping status is allowed.", cls=NM)
R("en", "reply", [], [], ["A-N2-thanks-plus-substance"],
  "Thank you for contacting us. The SkipPulse counter resets if the handle is idle for 90 seconds; "
  "turning on Hold Session in the app settings keeps your count.",
  "Thanks followed by a real answer is ordinary customer service.", cls=NM)
R("en", "proactive", [], [], ["A-N3-delay-notice", "D-N1-numbers"],
  "We're sorry: because of a freight backlog, your Harbor Row R7 (order 111-4097263-8815320) will ship "
  "about three days later than estimated. No action is needed from you.",
  "A proactive delay notice about an unexpected problem is permitted.", cls=NM)
R("zs", "proactive", [], [], ["A-N3-delay-notice"],
  "因物流原因，您订单 112-6630418-2047591 中的划船机预计延迟3天发货，给您带来不便敬请谅解。",
  "A proactive delay notice is permitted.", cls=NM)
R("en", "reply", [], [], ["A-N4-manual-on-request", "E-N2-pdf-on-request"],
  "As requested, the assembly manual for the Harbor Row is attached as a PDF.",
  "Sending a manual the buyer asked for is allowed.", cls=NM)
R("zt", "reply", [], [], ["A-N4-manual-on-request"],
  "應您的要求，附上跳繩App的中文說明書，請查收。",
  "Sending a requested manual is allowed.", cls=NM)
R("zs", "reply", [], [], ["A-N5-cancel-on-request", "C-N7-substrings"],
  "已按您的要求取消重复订单 114-2287604-3319052，另一笔订单照常发货。",
  "The seller cancelled a duplicate order at the buyer's request, which is logistics.", cls=NM)
R("en", "reply", [], [], ["A-N6-return-partial-refund"],
  "For the mat with the scuffed corner, you can return it through Your Orders for a full refund, or "
  "keep it and we'll issue a 20% partial refund through Amazon, whichever you prefer.",
  "Offering a return or a partial refund through Amazon is permitted.", cls=NM)
R("en", "reply", [], [], ["B-N1-amazon-coupon"],
  "The 10% coupon you saw is an Amazon coupon on the listing; it's applied automatically at checkout, "
  "so there's no code to enter.",
  "Explaining an Amazon coupon the buyer asked about is not a promotion.", cls=NM)
R("zs", "reply", [], [], ["B-N2-free-replacement"],
  "非常抱歉杯盖有裂痕，我们已免费为您补发一个新的摇摇杯，预计周三送达。",
  "A free replacement is a remedy, not a promotion, and no review is mentioned.", cls=NM)
R("en", "reply", [], [], ["B-N3-price-error"],
  "The $9.99 price you saw on Monday was a listing error; you keep the price you paid and nothing more "
  "will be charged.",
  "Explaining a pricing error is customer service.", cls=NM)
R("en", "reply", [], [], ["B-N4-spec-words"],
  "Yes, the MixLock shaker is free from BPA, and the new lid design (on sale since March) is "
  "dishwasher safe.",
  "Free, new and sale are product facts here, not an offer.", cls=NM)
R("en", "proactive", [], [], ["C-N1-neutral-request", "D-N1-numbers"],
  "Hi Priya, your order 113-9084172-4450263 (FlexLoop band set) was delivered last week. If you have a "
  "moment, you can share your experience with the product on Amazon; it helps other shoppers decide.",
  "A single neutral review request without conditions or rewards is allowed.", cls=NM)
R("zs", "proactive", [], [], ["C-N1-neutral-request"],
  "您好，订单 111-3349820-6671045 的瑜伽垫已送达。您的真实体验能帮助其他买家，欢迎在商品页分享您的使用感受。",
  "A neutral one-time review request is allowed.", cls=NM)
R("en", "proactive", [], [], ["C-N2-positive-or-negative"],
  "We'd love to hear how the rowing machine is working for you, positive or negative. Reviews of every "
  "kind help other buyers choose.",
  "The word positive is balanced by negative, so the request stays neutral.", cls=NM)
R("zt", "proactive", [], [], ["C-N1-neutral-request", "C-N2-positive-or-negative"],
  "您好，訂單 114-5520937-1183046 的搖搖杯已經送達。無論好壞，都歡迎您在商品頁面分享真實的使用心得。",
  "A neutral request that welcomes good and bad experiences alike is allowed.", cls=NM)
R("en", "reply", [], [], ["C-N4-thanks-for-review"],
  "Thank you for your 5-star review - it was great to read that the bands helped with your knee rehab.",
  "Thanking a buyer who mentioned their review asks for nothing.", cls=NM)
R("zs", "reply", [], [], ["C-N5-thanks-haoping"],
  "感谢您的好评！关于您问的跳绳App夜间模式，在“设置-显示”里就能打开。",
  "Thanking for a good review while answering a question asks for nothing.", cls=NM)
R("en", "reply", [], [], ["C-N6-product-stars"],
  "In the SkipPulse app, each day you hit your goal earns a star on the calendar; five stars in a week "
  "unlocks the next level of the plan.",
  "The stars are an app feature, not a rating request.", cls=NM)
R("mx", "reply", [], [], ["C-N6-product-stars", "E-N1-plain-symbols"],
  "说明书第 6 页的 difficulty 表格用 \u2605 表示强度：\u2605 是 beginner，\u2605\u2605\u2605 是 advanced，按这个选阻力带就好。",
  "Star symbols explain a difficulty scale in the manual and are not a rating request.", cls=NM)
R("zs", "reply", [], [], ["C-N7-substrings"],
  "在 App 的训练日志里可以检索评测结果；社区页面也支持搜索评论，输入“SP-2”即可。",
  "检索评测 and 搜索评论 are app features that contain review-like substrings.", cls=NM)
R("en", "reply", [], [], ["C-N8-neutral-feedback-notice"],
  "Glad the replacement rope is counting correctly. If you feel we've resolved your concern, you're "
  "able to update or remove the seller feedback you left earlier; it's entirely your choice.",
  "A neutral notice after resolution that feedback can be updated is the form Amazon allows.", cls=NM)
R("zs", "reply", [], [], ["C-N8-neutral-feedback-notice"],
  "很高兴问题已经解决。如果您认为我们已处理好您的问题，您可以自行决定是否更新或移除之前留下的卖家反馈。",
  "A neutral post-resolution feedback notice without pressure is allowed.", cls=NM)
R("en", "reply", [], [], ["D-N1-numbers"],
  "Order 112-4408215-9931067, ASIN B0C7RW2K5T, model HR-R7, tracking TBA308817254690: all three items "
  "were packed on 14 May and the total was $312.47.",
  "Order ids, ASINs, tracking numbers and prices are not phone numbers.", cls=NM)
R("en", "reply", [], [], ["D-N2-carrier-phone"],
  "If the freight driver hasn't called by noon, you can reach Ridgeway Freight at 1-800-555-0163 and "
  "quote tracking RF88201476.",
  "A carrier's phone number for a delivery is within the policy's exception.", cls=NM)
R("mx", "reply", [], [], ["D-N3-im-feature"],
  "SkipPulse App 可以用微信登录，也可以用 Apple ID 登录，training data 都会同步。",
  "WeChat is named as an app login feature, not as a contact channel.", cls=NM)
R("en", "reply", [], [], ["D-N4-amazon-orders"],
  "Please start the return from Your Orders on Amazon: https://www.amazon.com/gp/css/order-history - "
  "select the mat and choose Return or replace items.",
  "A link to Amazon's own order page for a return is allowed.", cls=NM)
R("en", "reply", [], [], ["D-N6-quoted-buyer-email"],
  "> You wrote: Please send the invoice to my work address, lena.fischer@example.net\n"
  "We can only share files here in Amazon messages, so the invoice is attached to this reply instead.",
  "The only address is in the quoted buyer text, and the seller keeps the exchange on Amazon.", cls=NM)
R("en", "reply", [], [], ["E-N1-plain-symbols"],
  "Here's how to fit the ankle strap:\n\n\u2022 Loop the band through the D-ring \u2192 pull until the "
  "Velcro lines up \u2713\n\u2022 Start with (1) the light band, then (2) the medium one.",
  "Bullets, arrows and check marks in usage instructions are plain formatting.", cls=NM)
R("en", "reply", [], [], ["E-N2-pdf-on-request", "D-N1-numbers"],
  "The invoice for order 113-7719043-5528061 is attached, as you asked, with your company's VAT number added.",
  "An invoice sent on request is permitted.", cls=NM)
R("zs", "proactive", [], [], ["G-N1-bulky-phone"],
  "划船机属于大件商品，物流公司需要您确认收货电话以便预约派送时间，请在此回复确认。",
  "Confirming a phone number for bulky-item delivery scheduling is a permitted purpose.", cls=NM)
R("zt", "reply", [], [], ["C-N9-amazon-emails"],
  "亞馬遜可能會寄信邀請您評價這次購物，那是平台的自動郵件，不是我們發送的。",
  "Explaining that Amazon sends its own review e-mails is informational.", cls=NM)
R("mx", "reply", [], [], ["B-N1-amazon-coupon"],
  "您看到的 5% off 是 Amazon 的 Subscribe & Save 折扣，由平台自动计算，我们这边无法修改。",
  "Explaining an Amazon programme discount in reply to a question is not a promotion.", cls=NM)
R("zt", "reply", [], [], ["C-N3-refund-no-review"],
  "已為您辦理全額退款，款項約三到五個工作天退回原付款方式。",
  "A refund with no link to a review is allowed.", cls=NM)
R("zt", "proactive", [], [], ["G-N1-bulky-phone"],
  "划船機為大型商品，貨運公司會先致電預約送貨時間，請確認訂單上的電話是否正確。",
  "Checking the phone number for a freight appointment is a permitted purpose.", cls=NM)
R("mx", "reply", [], [], ["B-N4-spec-words"],
  "新版 firmware 已修复计数问题，打开 App 点 Update 就能安装，free 的，不用额外付费。",
  "New, update and free describe a firmware fix, not an offer.", cls=NM)
R("zs", "reply", [], [], ["C-N7-substrings"],
  "感谢您的反馈，我们已把计数问题转给工程师，下周一前给您答复。",
  "Feedback here means the buyer's problem report and nothing is requested.", cls=NM)
R("en", "reply", [], [], ["B-N5-restock-answer"],
  "The sage-green TerraGrip is expected back on 12 June; the listing will show it as available as soon "
  "as it arrives.",
  "Answering the buyer's own restock question is not a sales push.", cls=NM)
R("zt", "reply", [], [], ["C-N7-substrings"],
  "已依您的要求修改收件地址，並取消重複的那筆訂單，不需要其他操作。",
  "Changing an address and cancelling a duplicate order are logistics.", cls=NM)

# ============================================================================================
# compliant for these three policies, but breaking another rule of policy.md
# ============================================================================================
OP = "other-policy"
R("en", "proactive", [], [], ["A-P1-confirmation", "D-N1-numbers"],
  "Great news! Your SkipPulse rope (order 114-7720591-3308146) has shipped and is on its way.",
  "A bare shipping confirmation breaks the message-scope rule, not these three policies.", cls=OP)
R("zs", "proactive", [], [], ["A-P1-confirmation"],
  "您好，我们已收到您的订单，正在为您备货。",
  "An order-received note is a scope problem only.", cls=OP)
R("en", "proactive", [], [], ["A-P2-thanks-only"],
  "Thanks for choosing Brindlepeak! We're here if you ever need anything.",
  "A thank-you-only message is a scope problem, with no review, contact or offer.", cls=OP)
R("zs", "proactive", [], [], ["A-P2-thanks-only", "E-P1-emoji"],
  "亲，感谢支持～\U0001f618 有任何问题随时找我们哦！",
  "A thanks-only note with an emoji breaks scope and formatting rules only.", cls=OP)
R("en", "proactive", [], [], ["A-P3-tips"],
  "Three quick tips for your resistance bands: anchor them at chest height, keep tension through the "
  "whole movement, and store them away from direct sunlight.",
  "Unsolicited usage tips are a scope problem but promote nothing.", cls=OP)
R("zs", "proactive", [], [], ["A-P4-oos-cancel"],
  "抱歉，您购买的黑色瑜伽垫暂时缺货，麻烦您在后台申请取消订单。",
  "Asking the buyer to cancel for stock-out breaks the scope rule only.", cls=OP)
R("en", "proactive", [], [], ["A-P5-welcome"],
  "Welcome to the Brindlepeak family! We're thrilled to have you training with us.",
  "A welcome message is a scope problem with no offer or product push.", cls=OP)
R("en", "proactive", [], [], ["C6-repeat-request"],
  "Just following up on our earlier note: if you haven't had a chance yet, we'd still appreciate your "
  "honest review of the shaker.",
  "A neutral second review request breaks the one-per-order limit, which is a separate policy.", cls=OP)
R("en", "reply", [], [], ["G-P2-discourteous"],
  "You obviously skipped the manual - the tension knob is right there on the front of the rower.",
  "A rude reply breaks the conduct rule only.", cls=OP)
R("mx", "proactive", [], [], ["F-P1-cjk-note"],
  "Hi Daniel, your replacement band set will ship on Monday with the same tracking page as before. "
  "（这里记得改成买家名字，发之前删掉这句）",
  "A Chinese drafting note left in an English message breaks the language rule only.", cls=OP)


# ============================================================================================
CTX_ORDER = ("reply", "proactive")
TECHNIQUE_NAMES = ("spacing", "punctuation", "homoglyph", "fullwidth", "leetspeak", "emoji-stars",
                   "pinyin", "homophone", "im-alias", "zero-width", "obfuscated-email",
                   "obfuscated-phone", "trad-chars", "euphemism")


def build():
    rng = random.Random(45)
    recs = list(RECS)
    rng.shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        lang, script = LANGS[r["lang"]]
        labels = sorted(r["labels"], key=POLICIES.index)
        subs = [s for _, s in sorted(zip(r["labels"], r["subs"]), key=lambda p: POLICIES.index(p[0]))]
        assert len(subs) == len(labels), r["text"]
        tags = subs + [r["ctx"]]
        if r["ev"]:
            assert labels, r["text"]
            tags += ["evasion"] + r["ev"]
        if not labels:
            assert r["cls"] in ("near-miss", "other-policy"), r["text"]
            tags.append(r["cls"])
        if script:
            tags.append(script)
        tags += ["ref:" + x for x in r["refs"]]
        out.append({"id": "h45-%03d" % i, "text": r["text"], "labels": labels, "lang": lang,
                    "tags": tags, "note": r["note"]})
    return out


def stats(out):
    c = collections.Counter()
    for r in out:
        script = "zh-traditional" if "traditional" in r["tags"] else (
            "zh-simplified" if r["lang"] == "zh" else r["lang"])
        c["lang:" + script] += 1
        for l in r["labels"]:
            c["label:" + l] += 1
        c["nlabels:%d" % len(r["labels"])] += 1
        for t in ("near-miss", "other-policy", "evasion", "reply", "proactive"):
            if t in r["tags"]:
                c[t] += 1
        if r["labels"]:
            c["viol:" + script] += 1
    return c


JUDGEMENT_CALLS = [
    ("Scope-only messages are compliant for these three policies.",
     "A bare shipping confirmation, an order-received note, a thanks-only note, unsolicited usage tips, "
     "a request that the buyer cancel because of a stock-out, and \"welcome to the family\" are all "
     "Non-Permitted Messages in policy.md section A. None of them asks for a review, gives a contact "
     "route or promotes anything, and interface.md reserves a separate future name (`message-scope`) "
     "for this kind of problem. They get `labels: []` and the tag `other-policy`. A linter that flags "
     "them under `marketing` is wrong."),
    ("Welcome messages and usage tips are not marketing.",
     "Policy.md lists them under SCOPE (A), not under MARKETING (B). interface.md defines `marketing` "
     "by offers, coupons, new products, sales, cross-selling and buy-again pushes, and the two texts "
     "contain none of these. If a tips message named another product to buy, it would be marketing."),
    ("A neutral second review request is not review-inducement.",
     "\"Just following up on our earlier note... we'd still appreciate your honest review\" is a repeat "
     "request (C6). interface.md puts repeat requests under `review-request-limit`, and the wording is "
     "neutral, so the three content policies do not apply: `[]`, `other-policy`."),
    ("Emoji, an untranslated drafting note and a rude reply are out of scope.",
     "They break the styling (E), language (F) and conduct (G) rules. interface.md names these future "
     "policies (`formatting`, `language`, `conduct`), so the records are `[]` and `other-policy`."),
    ("A discount offered for a review or for removing feedback gets two labels.",
     "If the reward is a discount on a future purchase (\"40% off your next order\", a \"30% off\" "
     "voucher), the message is an incentive (C1/C5) and it also promotes a future purchase (B), so it "
     "is `review-inducement` + `marketing`. If the reward is cash, a refund, a gift card or a free item, "
     "nothing is being sold and it is `review-inducement` only."),
    ("Amazon storefront and product links are marketing, not off-platform contact.",
     "interface.md defines `off-platform-contact` as links to sites *other than Amazon's own*. "
     "\"amazon.com/stores/Brindlepeak\" and \"Reorder here: amazon.com/dp/...\" stay on Amazon but are "
     "unsolicited store and buy-again pushes (B-P6, D1 \"Amazon product/storefront links in proactive "
     "messages\"), so they are `marketing` only."),
    ("A carrier's phone number in a delivery reply is compliant.",
     "Policy D3 allows phone numbers \"related to warranties, shipping providers, or manufacturers\", and "
     "the D near-miss list gives a carrier number in a delivery context as warn/info. The freight "
     "company's 1-800-555-0163 is labelled `[]`. A linter that warns there is acceptable, but the "
     "gold label is compliant."),
    ("A neutral notice after resolution that feedback can be changed is compliant.",
     "C5 quotes Amazon's own acceptable wording for seller feedback. The two records (EN and ZH), in "
     "our own words, say the buyer *may* update or remove feedback, with no pressure or reward, after "
     "the issue was resolved. Gold: `[]`. Policy.md allows a warning here; the label does not change."),
    ("A review request right after a free replacement is review-inducement.",
     "\"We've shipped a new handle set free of charge. Once it arrives, we'd really appreciate... a "
     "review\" has no explicit condition, but section (b) cites a case where a free product followed by "
     "a review mention was treated as influence. The same remedy message without the review sentence "
     "(the zh free-replacement record) is compliant."),
    ("A review request in reply to praise is review-inducement even when worded neutrally.",
     "C3 and design conclusion 3: asking a buyer for a review because they said they were happy is "
     "gating, \"including cases where the customer proactively reaches out\". Both records state the "
     "praise in the seller's own text (\"Since you're enjoying it so much\", 既然用得满意), so a "
     "single-message linter can see it."),
    ("Asking for the buyer's personal e-mail and mobile number is off-platform contact.",
     "Policy G lists this under conduct, but the stated purpose (\"so we can check in with you\") is "
     "contact outside Buyer-Seller Messaging, which interface.md describes as invitations to contact "
     "outside Amazon. Labelled `off-platform-contact` (subtype `private-data`). Asking the buyer to "
     "confirm a phone number *in Amazon messages* for a freight appointment (G-N1) stays compliant."),
    ("A quoted buyer e-mail address in a reply is compliant.",
     "D's near-miss list says to lint only the seller-authored part. The record quotes the buyer's line "
     "with a leading \"> You wrote:\" and the address uses the reserved `example.net` domain. The "
     "seller's own text keeps the exchange on Amazon."),
    ("A threat to get a review removed is review-inducement.",
     "The lawyers threat is also a conduct problem (G), but its aim is removal of a review (C4), so it is "
     "`review-inducement` (subtype `change-review`)."),
    ("Telling the buyer how to write the review is review-inducement.",
     "Photo and word-count requirements, required selling points, keywords, and advice to wait five "
     "days and add a video so moderation doesn't catch it are all \"attempts to influence the review\" "
     "(C7, evasion note 1). They are labelled even when no rating is named."),
    ("Gating on seller feedback counts as review-inducement.",
     "\"Before leaving any negative feedback, please give our team a chance\" is about seller feedback, "
     "not a product review. interface.md's `review-inducement` covers \"review or seller feedback\" and "
     "review gating, so it is labelled."),
    ("Naming a social or messaging channel is off-platform even without a link.",
     "Policy D1's Chinese example is \"安装视频见我们的YouTube频道\", with no URL. The YouTube record gives a "
     "channel URL, but the Facebook (\"Send us a DM on Facebook\"), Instagram and LINE-group records give "
     "no link and are labelled too, because they name a channel outside Amazon and invite the buyer to use it."),
    ("Warranty registration on the seller's website is off-platform contact.",
     "Warranty messages are a permitted topic, but D1's first example is exactly this: the URL "
     "(www.brindlepeak.com/warranty) sends the buyer off Amazon."),
    ("Amazon's order-history URL in a returns reply is compliant.",
     "D's near-miss list: a URL to amazon.com/gp/css/order-history is \"at most info\", and info "
     "findings never count. Gold: `[]`."),
    ("An http logo image tag is off-platform contact.",
     "`<img src=\"http://cdn.brindlepeak.com/...\">` is HTML and an insecure image (E), but it is also a "
     "link to the seller's own server (D1), so it is `off-platform-contact`. The rest of the message is "
     "an ordinary shipping reply."),
    ("A signature block with a website and an e-mail address is off-platform contact.",
     "The body is a permitted shipping reply, but policy D quotes Amazon's warning about signature blocks. "
     "The label comes from the signature lines."),
    ("Promotions added to a permitted message are marketing.",
     "Policy B: \"marketing communications of any kind (including within otherwise permitted "
     "communications)\". A delivery-booking note with \"our matching floor protection mat is 25% off "
     "this week\" is `marketing`. The delivery part does not save it."),
    ("Traditional script is tagged as an evasion only when the trigger word needs conversion.",
     "Writing in Traditional characters is normal for Taiwan sellers, not an evasion in itself. A "
     "Traditional record gets `evasion` + `trad-chars` when the word that makes it a violation (評論, "
     "好評返現, 星級, 回饋, 電報, 回購) is written differently from Simplified, so a matcher without "
     "Traditional→Simplified folding would miss it. Traditional violations whose trigger is LINE, "
     "PayPal, QR Code, a code or a number are not tagged evasion."),
    ("\"Positive or negative\" keeps a review request neutral.",
     "C's near-miss list: \"We would love to hear about your experience, positive or negative\" is "
     "neutral, as is 無論好壞 in the Traditional record. Each is the only request for its order, so "
     "gold is `[]`."),
    ("Euphemisms are labelled by meaning.",
     "\"Revisit what you wrote on the product page\", \"let other shoppers know\", 给我们一点鼓励，"
     "支持一下, 聊聊使用感受 + 小红包, 新伙伴 + 下单有惊喜 are labelled as the request they stand for (evasion "
     "note 6). The `euphemism` tag means the text has none of the obvious keywords for its label; "
     "validate.py checks that."),
    ("An in-app subscription upsell is marketing.",
     "SkipPulse Premium is sold in the companion app, not on Amazon, but an unsolicited discounted "
     "upsell is still promotional messaging (B). There is no link or handle, so it is `marketing` only."),
    ("Messaging-app names used as product features are compliant.",
     "\"可以用微信登录\" (log in with WeChat) describes the app, like D's near-miss \"The watch displays "
     "WhatsApp notifications\". No handle and no invitation to contact: `[]`."),
    ("A refund paid outside Amazon is off-platform even when the refund itself is fair.",
     "A partial refund for a scratched part is a permitted reason to write (A, returns). Paying it through "
     "PayPal (D5) moves the money off Amazon, so the PayPal records are `off-platform-contact`. The "
     "same offer made \"through Amazon\" is compliant."),
    ("Answering a buyer's restock question is not a restock push.",
     "interface.md lists restock messages under `marketing`. A proactive \"back in stock, grab one\" is "
     "labelled, but a reply telling the buyer when the colour they asked about returns is answering a "
     "question: `[]`."),
]


def readme(out):
    c = stats(out)
    refs = collections.defaultdict(list)
    for r in out:
        for t in r["tags"]:
            if t.startswith("ref:"):
                refs[t[4:]].append(r["id"])
    L = []
    a = L.append
    a("# holdout45: hand-labelled held-out set for msglint's three content policies")
    a("")
    a("160 seller-to-buyer messages from an invented Amazon fitness shop, labelled by hand for "
      "`review-inducement`, `off-platform-contact` and `marketing` (interface.md). An empty `labels` "
      "list means compliant **for these three policies only**: a message can still break another rule "
      "in policy.md (scope, styling, language, conduct, the one-request-per-order limit). Those records "
      "carry the tag `other-policy`.")
    a("")
    a("Labels were decided from `/work/shared/policy.md` and `/work/shared/interface.md` alone. The "
      "linter's repository was not read or run. Another writer's set was opened only for its file "
      "format (README and validate.py); none of its texts was read or reused.")
    a("")
    a("## The shop")
    a("")
    a("**Brindlepeak Fitness** (布林峰运动) sells:")
    a("")
    a("- *FlexLoop* resistance band sets (阻力带 / 弹力带);")
    a("- *SkipPulse* smart jump rope (model SP-2, 智能跳绳) with the *SkipPulse* app and a paid *Premium* tier;")
    a("- *TerraGrip* yoga mats (瑜伽垫), plus a travel mat;")
    a("- *Harbor Row R7* magnetic rowing machine (磁控划船机), a bulky freight item;")
    a("- *MixLock* 700 ml protein shaker (摇摇杯), BPA-free.")
    a("")
    a("Everything is invented: people, order ids, tracking numbers, the ASIN, the carrier *Ridgeway "
      "Freight*, handles (`bpk_service88`, `bpk_kefu`, `@bpk_helpdesk`, `@brindlepeak.fit`, "
      "`@brindlepeak.tw`, `@bpktw`) and domains (`brindlepeak.com`, shortener `brpk.link`). Amazon "
      "and YouTube appear only as the platforms themselves. The buyer address in the quoted text uses "
      "the reserved `example.net`. Phone numbers are in fictional ranges only: US `555-01xx` (also "
      "for the carrier) and UK `07700 900xxx`.")
    a("")
    a("## Files")
    a("")
    a("| file | what it is |")
    a("| --- | --- |")
    a("| `gen.py` | The source of truth. Holds every text, label and note, shuffles with `random.Random(45)`, "
      "assigns ids `h45-001`..`h45-160`, writes `holdout45.jsonl` and this README (counts, coverage "
      "table, judgement calls). |")
    a("| `holdout45.jsonl` | 160 JSON objects, one per line, with keys `id`, `text`, `labels`, `lang`, `tags`, `note`. |")
    a("| `validate.py` | A self-check, written by hand and kept separate from gen.py so that it can catch gen.py's mistakes: prints counts and exits 1 on any problem. An optional argument gives another path. It uses OpenCC for the script check when installed, else a built-in character list. |")
    a("")
    a("Rebuild and check: `python3 gen.py && python3 validate.py`")
    a("")
    a("## Record format")
    a("")
    a("```json")
    a(json.dumps(out[0], ensure_ascii=False))
    a("```")
    a("")
    a("- `labels`: a subset of `review-inducement`, `off-platform-contact`, `marketing`, in that order; `[]` = compliant for these three.")
    a("- `lang`: `en`, `zh` or `mixed` (Simplified Chinese with English). Chinese records carry `simplified` or `traditional` in `tags`.")
    a("- `tags`, in this order:")
    a("  1. one subtype per label, in label order:")
    a("     - review-inducement: `incentive`, `positive-request`, `steering`, `gating`, `praise-reply`, `change-review`, `feedback-removal`, `review-after-remedy`;")
    a("     - off-platform-contact: `website`, `shortener`, `qr`, `email`, `phone`, `messaging-app`, `social`, `payment`, `diversion`, `signature`, `private-data`;")
    a("     - marketing: `coupon`, `new-product`, `cross-sell`, `giveaway`, `vip-group`, `sale`, `bundle`, `storefront`, `referral`, `embedded-promo`, `buy-again`, `restock`, `subscription`, `early-access`, `newsletter`, `offsite-price`;")
    a("  2. one context tag: `reply` (answer in a buyer-started thread) or `proactive` (seller-started);")
    a("  3. on evasive violations only: `evasion`, then one or more techniques: `spacing`, `punctuation`, "
      "`homoglyph`, `fullwidth`, `leetspeak`, `emoji-stars`, `pinyin`, `homophone`, `im-alias`, `zero-width`, "
      "`obfuscated-email`, `obfuscated-phone`, `trad-chars`, `euphemism`;")
    a("  4. on compliant records only: `near-miss` (must not be flagged) or `other-policy` (breaks a rule outside these three policies);")
    a("  5. `simplified` or `traditional` on `zh` records;")
    a("  6. one or more `ref:CODE` tags naming the policy.md item the record tests (table below).")
    a("- `note`: one English sentence giving the reason for the label.")
    a("")
    a("## Counts")
    a("")
    nviol = 160 - c["nlabels:0"]
    a("| | count |")
    a("| --- | --- |")
    a("| records | %d |" % len(out))
    a("| violations | %d (one label %d, two labels %d) |" % (nviol, c["nlabels:1"], c["nlabels:2"]))
    a("| compliant | %d (near-miss %d, other-policy %d) |" % (c["nlabels:0"], c["near-miss"], c["other-policy"]))
    for p in POLICIES:
        a("| label `%s` | %d |" % (p, c["label:" + p]))
    a("| evasive violations | %d |" % c["evasion"])
    a("| context reply / proactive | %d / %d |" % (c["reply"], c["proactive"]))
    techs = collections.Counter(t for r in out if "evasion" in r["tags"] for t in r["tags"]
                                if t in TECHNIQUE_NAMES)
    a("| evasion techniques | %s |" % ", ".join("%s %d" % kv for kv in techs.most_common()))
    a("")
    a("| language | records | violations |")
    a("| --- | --- | --- |")
    for lk in ("en", "zh-simplified", "zh-traditional", "mixed"):
        a("| %s | %d | %d |" % (lk, c["lang:" + lk], c["viol:" + lk]))
    a("")
    a("## Coverage of policy.md")
    a("")
    a("Each `ref:` code names one prohibited example type (P), allowed near-miss (N) or evasion pattern "
      "(X) from policy.md. `validate.py` fails if any code below has no record. Codes starting with C1–C7 "
      "are the sub-rules of section C; D1–D6 those of section D.")
    a("")
    a("| code | policy.md item | records |")
    a("| --- | --- | --- |")
    for code, desc in COVERAGE:
        a("| `%s` | %s | %s |" % (code, desc, ", ".join(refs.get(code, [])) or "**none**"))
    a("")
    a("Not covered on purpose: thread- and archive-level rules (the 24-hour response clock, the 30-day "
      "window, the per-order ledger), message length, margins, fonts, line-height, runs of blank lines, "
      "GIFs, a missing order id and an \"[Important]\" subject. These need metadata or rendering, or "
      "belong to other policies, and cannot be expressed as one message text with these three labels.")
    a("")
    a("## What `validate.py` checks")
    a("")
    a("- 160 records, exact key set, ids `h45-001`..`h45-160` in order and unique; texts unique after NFKC, "
      "zero-width stripping, casefolding and whitespace collapse.")
    a("- Labels only from the three policies, no duplicates, canonical order; `lang` in en/zh/mixed.")
    a("- Tag grammar: a valid subtype per label, one context tag, `evasion` only on violations and always "
      "with a technique, exactly one of `near-miss`/`other-policy` on compliant records and never on "
      "violations, `simplified`/`traditional` exactly on `zh` records, at least one known `ref:` code.")
    a("- Evidence in the text for every technique tag (e.g. a zero-width character, a Cyrillic letter next to a "
      "Latin one, full-width letters, a digit-for-letter token that decodes to a keyword, spaced letters, "
      "star symbols, a pinyin or homophone token, `(at)`/`艾特`/`＠`, spelled or Chinese-numeral digits). "
      "For `euphemism`, the text must contain none of the obvious keywords for its label. Zero-width, "
      "full-width, homoglyph and leetspeak artefacts must not appear in untagged records.")
    a("- Every phone-like number (after NFKC, converting Chinese numerals and spelled-out digits, and "
      "removing order ids, tracking numbers and ASINs) is US 555-01xx or UK 07700 900xxx; every e-mail "
      "address (also spelled-out or full-width) and bare domain is on an allowlist of invented or reserved names.")
    a("- Language: `en` has no CJK characters; `zh` is mostly CJK; `mixed` has at least 8 CJK characters "
      "and 3 English words; Simplified and mixed records contain no Traditional-only characters, and "
      "Traditional records contain no Simplified-only ones (via OpenCC when installed, otherwise a "
      "built-in character list).")
    a("- Every policy.md coverage code has at least one record; notes are one sentence ending in a full stop.")
    a("- Balance: each label on 30–50 records, 45–55 compliant with 35–45 near-misses, 25–40 evasions, "
      "both contexts on violations and compliant records, each language group represented.")
    a("")
    a("## Judgement calls")
    a("")
    for n, (title, body) in enumerate(JUDGEMENT_CALLS, 1):
        a("%d. **%s** %s" % (n, title, body))
    a("")
    return "\n".join(L)


COVERAGE = [
    ("A-P1-confirmation", "A: order or shipping confirmation (proactive)"),
    ("A-P2-thanks-only", "A: message that only says thanks / here to help"),
    ("A-P3-tips", "A: unsolicited usage tips"),
    ("A-P4-oos-cancel", "A: out of stock, asking the buyer to cancel"),
    ("A-P5-welcome", "A: \"Welcome to the brand family\""),
    ("A-N1-reply-shipping", "A near-miss: reply that mentions shipping"),
    ("A-N2-thanks-plus-substance", "A near-miss: thanks followed by substantive content"),
    ("A-N3-delay-notice", "A near-miss: proactive delay notice"),
    ("A-N4-manual-on-request", "A near-miss: manual sent on request"),
    ("A-N5-cancel-on-request", "A near-miss: seller cancels a duplicate order the buyer asked to cancel"),
    ("A-N6-return-partial-refund", "A (returns): return information / partial refund offer"),
    ("B-P1-coupon", "B: coupon / discount code"),
    ("B-P2-new-arrivals", "B: new arrivals, matching product"),
    ("B-P3-social-giveaway", "B: follow us on social media for giveaways"),
    ("B-P4-vip", "B: VIP club / members group"),
    ("B-P5-bogo", "B: buy 2 get 1, limited time"),
    ("B-P5-sale", "B / interface: sale announcement"),
    ("B-P5-bundle", "B / interface: bundle or add-on price"),
    ("B-P6-storefront", "B: visit our store page"),
    ("B-P6-amazon-link", "D1: Amazon detail link in a proactive message"),
    ("B-P7-referral", "B: refer a friend"),
    ("B-P8-embedded", "B: marketing inside an otherwise permitted message"),
    ("B-P9-leave-amazon", "B: call to action that leads the buyer off Amazon"),
    ("B-P10-buy-again", "interface: buy-again push"),
    ("B-P10-restock", "interface: restock push"),
    ("B-P10-subscription", "interface / B: subscription upsell"),
    ("B-P10-early-access", "interface / B: early access to new products"),
    ("B-N1-amazon-coupon", "B near-miss: reply explaining an Amazon coupon"),
    ("B-N2-free-replacement", "B near-miss: replacement sent free of charge"),
    ("B-N3-price-error", "B near-miss: price error explanation"),
    ("B-N4-spec-words", "B near-miss: product-spec words (free from BPA, new, sale, free)"),
    ("B-N5-restock-answer", "interface near-miss: reply to a buyer's restock question"),
    ("C1-gift-card", "C1: gift card for a review"),
    ("C1-screenshot-paypal", "C1: screenshot then PayPal refund"),
    ("C1-free-item", "C1: free accessory for a review"),
    ("C1-fanxian", "C1: 好评返现 / 晒图返现 / 留评返现"),
    ("C1-draw", "C1: review enters a draw"),
    ("C1-discount", "C1: discount on next order for a review"),
    ("C1-free-sample", "C1: free sample as thanks for feedback"),
    ("C2-five-star", "C2: asking for a 5-star review"),
    ("C2-star-symbols", "C2: star symbols in a review request"),
    ("C2-small-business", "C2: five stars to keep a small business going"),
    ("C2-positive-helps", "C2: \"a positive review would help\""),
    ("C2-mention-quality", "C2: steering content (mention durability/quality)"),
    ("C3-happy-unhappy", "C3: review if happy, contact us if not"),
    ("C3-before-negative", "C3: contact us before negative feedback"),
    ("C3-only-if-great", "C3: review only if the experience was great"),
    ("C3-instead-of-review", "C3: e-mail us instead of reviewing"),
    ("C3-praise-reply", "C3/C8: review request in reply to praise"),
    ("C4-after-refund", "C4: update review after refund"),
    ("C4-remove", "C4: remove the (1-star / negative) review"),
    ("C4-refund-if-delete", "C4: refund if the review is deleted"),
    ("C4-change-rating", "C4: change the rating / raise the stars"),
    ("C4-revise", "C4: revise the comment"),
    ("C5-voucher", "C5: voucher for removing seller feedback"),
    ("C5-pressure", "C5: pressure to remove seller feedback"),
    ("C6-repeat-request", "C6: repeat request (other policy)"),
    ("C7-photo-words", "C7: photo and minimum word count"),
    ("C7-mention", "C7: mention that it arrived fast"),
    ("C7-keywords", "C7: keywords in the review"),
    ("C-remedy-then-review", "(b): free product or refund followed by a review mention"),
    ("C-N1-neutral-request", "C near-miss: neutral, unconditional review request"),
    ("C-N2-positive-or-negative", "C near-miss: \"positive or negative\""),
    ("C-N3-refund-no-review", "C near-miss: refund with no link to a review"),
    ("C-N4-thanks-for-review", "C near-miss: thanks for your 5-star review (reply)"),
    ("C-N5-thanks-haoping", "C near-miss: 感谢您的好评 as a reply"),
    ("C-N6-product-stars", "C near-miss: stars / ratings as product facts or a manual scale"),
    ("C-N7-substrings", "C near-miss: 检索评测, 搜索评论, 删除/修改/取消 in logistics"),
    ("C-N8-neutral-feedback-notice", "C5 near-miss: neutral feedback notice after resolution"),
    ("C-N9-amazon-emails", "C near-miss: Amazon may e-mail you for a review"),
    ("D1-website", "D1: own website (warranty registration)"),
    ("D1-shortener", "D1: link shortener"),
    ("D1-video-channel", "D1: YouTube channel"),
    ("D1-qr", "D1: QR code on the insert"),
    ("D2-email", "D2: e-mail address"),
    ("D2-obfuscated", "D2: obfuscated e-mail ((at)/(dot), full-width, 艾特/点)"),
    ("D3-phone", "D3: phone number"),
    ("D4-whatsapp", "D4: WhatsApp"),
    ("D4-wechat", "D4: WeChat / 微信 / 薇信 / weixin"),
    ("D4-telegram", "D4: Telegram / 电报 / tg"),
    ("D4-facebook", "D4: Facebook"),
    ("D4-instagram", "D4/B: Instagram"),
    ("D4-line", "D4: LINE"),
    ("D5-offsite-refund", "D5: refund paid via PayPal"),
    ("D5-ask-account", "D5: asking for the buyer's PayPal address"),
    ("D6-buy-direct", "D6: buy directly from our website"),
    ("D6-contact-off", "D6: contact us off Amazon"),
    ("D-sig", "D: signature block with URL and e-mail"),
    ("D-N1-numbers", "D near-miss: order ids, ASIN, tracking, model numbers, prices"),
    ("D-N2-carrier-phone", "D near-miss: carrier phone number for a delivery"),
    ("D-N3-im-feature", "D near-miss: messaging app named as a product feature"),
    ("D-N4-amazon-orders", "D near-miss: Your Orders / order-history link for a return"),
    ("D-N5-at-word", "D near-miss: the word \"at\" in normal English"),
    ("D-N6-quoted-buyer-email", "D near-miss: buyer's own address in quoted text"),
    ("E-P1-emoji", "E: emoji (other policy)"),
    ("E-P2-stars-in-request", "E: star emoji in a review request"),
    ("E-P3-http-image", "E: HTML / http image"),
    ("E-P4-card-with-code", "E: attached thank-you card with a code and a review request"),
    ("E-N1-plain-symbols", "E near-miss: bullets, arrows, check marks, (1) (2), one blank line"),
    ("E-N2-pdf-on-request", "E near-miss: invoice / manual PDF sent on request"),
    ("F-P1-cjk-note", "F: Chinese drafting note left in an English message (other policy)"),
    ("G-P1-threat", "G: threat to get a review removed"),
    ("G-P2-discourteous", "G: discourteous reply (other policy)"),
    ("G-P3-private-data", "G: asking for the buyer's phone and private e-mail"),
    ("G-N1-bulky-phone", "G near-miss: phone confirmation for bulky-item delivery"),
    ("X1-offsite-refund", "(e)1: review refund paid off Amazon"),
    ("X2-wait-and-video", "(e)1: wait some days, word count and video to avoid moderation"),
    ("X3-social-group", "(e)2: social group for review rebates"),
    ("X4-insert-qr", "(e)3: insert / QR code to off-Amazon support before reviewing"),
    ("X5-attachment", "(e)4: attachment carrying what the body can't"),
    ("X6-signature", "(e)5: signature block"),
    ("X7-euphemism", "(e)6: euphemisms (share your thoughts, revisit, 支持一下, 小红包, 有惊喜)"),
    ("X8-obfuscated-email", "(e)7: spelled-out e-mail address"),
]


def main():
    out = build()
    codes = {c for c, _ in COVERAGE}
    for r in out:
        for t in r["tags"]:
            if t.startswith("ref:") and t[4:] not in codes:
                raise SystemExit("unknown ref %s in %s" % (t, r["id"]))
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in out:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(out))
    c = stats(out)
    print("wrote %d records to %s" % (len(out), OUT))
    for k in sorted(c):
        print("  %-22s %d" % (k, c[k]))


if __name__ == "__main__":
    main()
