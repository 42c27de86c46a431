#!/usr/bin/env python3
"""Hand-written hold-out set h19 for an Amazon seller-to-buyer message linter.

Every message below was written by hand for this file from the policy brief
(/work/shared/policy.md) and the interface page (/work/shared/interface.md).
Running this script writes /tmp/h19/holdout19.jsonl, validates it and prints
counts.

Record tuple layout:  (category, lang, labels, tags, note, text)
  category : violation | evasion | near-miss | clean   (becomes tags[0])
  lang     : "en", "zh", "zh-hant" (written as lang "zh" + tag "hant"), "mixed"
  labels   : subset of POLICIES; [] for near-miss and clean
  tags     : [sector, market, context, extra tags...]; "warn-ok" marks a
             near-miss the brief says a linter may warn on
"""
import collections
import json
import os
import re
import sys

OUT = "/tmp/h19/holdout19.jsonl"
POLICIES = ("review-inducement", "off-platform-contact", "marketing")
RI, OFF, MKT = POLICIES
CATS = ("violation", "evasion", "near-miss", "clean")

R = []


def rec(cat, lang, labels, tags, note, text):
    R.append((cat, lang, labels, tags, note, text))


# =====================================================================
# VIOLATIONS (50)
# =====================================================================

# ---- English (23) ----
rec("violation", "en", [RI], ["aquarium-lighting", "US", "reply", "five-star", "buried-in-refund"],
    "Five-star request buried after a full refund, worded softly ('five stars on the product page').",
    "Hi Martin,\n\nThank you for the video, it made the problem very clear: the sunrise timer on your reef light stops cycling after the 2.3 firmware update. That's a known fault on a small batch and entirely our mistake. I've issued a full refund for order 114-3928471-5520913 and you don't need to send the fixture back; it should show on your card in 3-5 business days.\n\nOne small thing, if you can spare a minute once your tank is back to normal: we'd be really grateful for five stars on the product page. A shop our size lives and dies by its rating, and we've tried hard to look after you here.\n\nBest regards,\nDana\nCoralGlow Support")

rec("violation", "en", [RI], ["model-trains", "UK", "proactive", "incentive", "gift-card"],
    "Gift card offered once the review is live; polite proactive note with order id.",
    "Hello,\n\nYour N gauge coupler conversion set (order 203-5518204-7731906) should have reached you by now, and we hope fitting them is going smoothly. We're a two-person workshop in Derbyshire and every review makes a real difference to us. Once your review is live on Amazon, just reply to this message with your reviewer name and we'll send a \u00a315 Amazon gift card your way as a thank-you for your time.\n\nHappy modelling,\nThe Branchline Works team")

rec("violation", "en", [RI], ["woodworking-tools", "US", "reply", "change-review", "buried-in-replacement", "indirect"],
    "Indirect request to change a one-star product review after a replacement ('take another look at what you wrote on the listing'); no word 'change' or 'remove'.",
    "Hi Greg,\n\nThe replacement dovetail saw left our warehouse today, UPS tracking 1Z7A49E80312456789. I asked our finisher to check the tooth set and the plate by hand before boxing it, so it should cut straight out of the box. Sorry again that the first one arrived with a kinked plate.\n\nNow that we've put things right, would you be willing to take another look at what you wrote on the listing? The one-star write-up is still the first thing shoppers see, and it doesn't describe the saw you'll have on your bench this week.\n\nThanks for bearing with us,\nIvan\nFinework Tools")

rec("violation", "en", [RI], ["eyeglass-frames", "CA", "proactive", "gating"],
    "Review gating: happy buyers to Amazon, unhappy buyers told to hold off and message the seller first.",
    "Dear customer,\n\nThank you for choosing our titanium half-rim frames (order 702-1184630-9920417). If the fit is just right and you're enjoying them, we'd love for you to tell other shoppers about it on Amazon. If anything isn't perfect, please hold off on posting and message us here first - we will make it right before you write anything.\n\nKind regards,\nLumaOptic Eyewear")

rec("violation", "en", [RI], ["yoga-props", "US", "proactive", "steering-content"],
    "Steering review content: tells the buyer which claims to mention and asks for a photo.",
    "Hi Priya,\n\nWe hope the cork blocks and cotton strap from order 112-6650192-3381740 arrived safely. When you get round to writing your review, it would help us enormously if you could mention that the cork doesn't crumble and that the blocks feel heavier and steadier than foam ones. A photo of them in use and a few sentences about the strap buckle would be perfect - those are exactly the details new customers look for.\n\nWith gratitude,\nRootedCork Studio")

rec("violation", "en", [RI], ["smart-locks", "US", "reply", "feedback-pressure", "seller-feedback"],
    "Pressure to withdraw seller feedback (account-health argument, 'today'); uses 'withdrew' rather than remove/delete.",
    "Hello Mr. Alvarez,\n\nI completely understand how stressful it was to be locked out on a Sunday night, and I'm relieved the new keypad module solved it. I do have to be honest with you: the neutral feedback you left on our seller account is pulling our score under the level Amazon expects, and if it stays up we could lose the listing altogether. We did everything we could for you, so I'd really appreciate it if you withdrew it today.\n\nRespectfully,\nKeyHaven Customer Care")

rec("violation", "en", [RI], ["baking-moulds", "AU", "reply", "incentive", "refund-for-review"],
    "Partial refund in exchange for a review screenshot; the word 'honest' does not make the incentive acceptable.",
    "Hi Sophie,\n\nThanks for your patience with the canele mould. About the price difference you asked about: we can't change what Amazon charged at checkout, but here's what we can do. Post an honest review of the mould, send us a screenshot through this chat, and we'll refund the $8.40 difference to your Amazon order straight away.\n\nCheers,\nMaison Moule")

rec("violation", "en", [RI, OFF], ["ski-gear", "US", "reply", "incentive", "paypal", "off-amazon-payment"],
    "Reimbursement for posting ('write up your experience') paid through PayPal: incentive plus off-Amazon payment.",
    "Hi Jake,\n\nGlad the lens swap on the goggles from order 113-4471209-6638120 was easy in the end. Quick favour to ask: if you write up your experience on Amazon and then send us the PayPal address you use, we'll reimburse the full cost of the spare lens. It's just our way of saying thanks to customers who take the time to post.\n\nSee you on the slopes,\nPowderLine Optics")

rec("violation", "en", [OFF], ["smart-locks", "UK", "reply", "email", "signature-block"],
    "E-mail address hidden in an otherwise helpful reply's signature block.",
    "Hi Hannah,\n\nThe adapter you need for a 60 mm backset is part KA-60, and it's already in the box - it's in the small bag marked B. Fit it before the main body and the latch will sit flush with the door edge. If the app pairing gives you any trouble afterwards, our engineers are always happy to help.\n\nBest,\nOwen Parry\nTechnical Support | KeyHaven Ltd\nowen.parry@keyhaven-support.co.uk | Mon-Fri 9-5")

rec("violation", "en", [OFF], ["aquarium-lighting", "US", "reply", "phone", "non-native"],
    "Seller's own support phone number (not carrier/manufacturer) in clumsy non-native English.",
    "Hello dear customer,\n\nVery sorry for the dimmer knob working in reverse on your unit, this batch have a wiring mistake we already know. The fastest way is a video call so our technician can guide you to swap the two wires, it take about five minutes only. Please kindly call or text Ben at (415) 555-0147 any weekday after 10am Pacific time and tell him your order number.\n\nThank you for understanding,\nReefSpec Team")

rec("violation", "en", [OFF], ["model-trains", "AU", "reply", "messaging-app", "whatsapp"],
    "Asks the buyer to send photos over WhatsApp with a mobile number.",
    "G'day Tom,\n\nThe decoder question is a tricky one and it really depends on which DCC system you're running and whether the loco has a 21-pin socket. It's much easier to sort out with a couple of photos of the chassis. Could you send them to us on WhatsApp? Our number there is +61 412 555 873 and we usually answer within the hour.\n\nRegards,\nSouthern Cross Models")

rec("violation", "en", [OFF], ["woodworking-tools", "US", "reply", "own-website", "diversion"],
    "Helpful sharpening answer, then diversion to the seller's own web shop for lower prices.",
    "Hi Carl,\n\nYes, the spokeshave blade can be resharpened many times. Use a 25-degree primary bevel and hone a small micro-bevel at about 30 degrees, and keep the back dead flat.\n\nFor spare blades in future, honestly, you'll get them quicker and for less through our own shop at www.oakandiron-tools.com. We ship from Ohio and don't have marketplace fees there, so we pass the savings on.\n\nAll the best,\nOak & Iron")

rec("violation", "en", [OFF], ["eyeglass-frames", "US", "reply", "social", "instagram"],
    "Free replacement offered, but sizing is moved to Instagram DMs.",
    "Hi Lauren,\n\nI'm sorry the nose pads feel too wide on you. We can send a narrower pair at no charge; we just need to know which of our three pad sizes will suit. The quickest way is to DM our Instagram, @lumaoptic.frames, with a side-on photo showing how the frames sit, and our fitter will reply with the right size within a day.\n\nWarmly,\nLumaOptic Eyewear")

rec("violation", "en", [OFF], ["yoga-props", "UK", "reply", "qr-code", "support-portal"],
    "QR code on packaging leading to an off-Amazon support portal with account sign-up and live chat.",
    "Hello Alice,\n\nApologies, the printed strap guide was left out of some boxes in the last shipment. The good news is that everything is on our support portal: scan the QR code printed on the side of the carry bag, create an account, and you'll get the full video course plus a live chat with one of our teachers.\n\nKind regards,\nStillpoint Props")

rec("violation", "en", [OFF], ["ski-gear", "CA", "reply", "off-amazon-payment", "bank-transfer"],
    "Sells a spare part outside Amazon, paid by Interac e-Transfer; no URL, e-mail or phone in the text.",
    "Hi Marc,\n\nThe replacement heel piece for your binding isn't listed on Amazon, but we do have a few in our Calgary warehouse. If you send CAD 24 by Interac e-Transfer to our accounts team, we'll post one out this week. Just reply here and I'll pass on the transfer details.\n\nThanks,\nNorthridge Ski Supply")

rec("violation", "en", [MKT], ["baking-moulds", "US", "reply", "coupon", "new-product", "buried-in-tracking"],
    "Tracking update with a P.S. announcing new moulds and a discount code.",
    "Hi Renee,\n\nYour tracking number TBA309918273645 shows the bundt pan reached the local delivery station this morning, and it's scheduled to arrive tomorrow. So sorry for the wait!\n\nP.S. Our autumn range of pumpkin and acorn moulds just came out. Use code HARVEST15 at checkout on any of them to take 15% off until the end of the month.\n\nHappy baking,\nCrumb & Co.")

rec("violation", "en", [MKT], ["aquarium-lighting", "UK", "reply", "cross-sell"],
    "Answers a fit question, then cross-sells accessories the buyer did not ask about.",
    "Hi David,\n\nTo answer your question: yes, the 90 cm bar will fit your 100 cm tank using the extendable legs that come in the box, and it gives enough light for most stem plants at 30 cm depth.\n\nA lot of customers who buy this bar also pick up our matching CO2 diffuser and the auto-dosing timer. All three run from the same app and make a really tidy setup, so they're worth a look if you're planning a high-tech planted tank.\n\nCheers,\nAquaLume")

rec("violation", "en", [MKT], ["woodworking-tools", "US", "reply", "buy-again"],
    "'Buy it again' push framed as a maintenance tip; no discount, no link.",
    "Hi Sam,\n\nGlad the honing guide arrived in time for your class. A tip from our shop floor: the brass roller wears down over a year of regular use, so most of our woodworkers reorder one every autumn. Just tap 'Buy it again' in your orders when the time comes and you'll be set before the next semester.\n\nBest,\nFinework Tools")

rec("violation", "en", [MKT], ["model-trains", "US", "reply", "storefront", "sale"],
    "Amazon storefront link plus 'marked down this week': marketing even though the link is Amazon's own.",
    "Hello Roger,\n\nThe HO boxcar you asked about takes Kadee #5 couplers directly, so no conversion is needed.\n\nWe actually carry over 200 pieces of rolling stock and scenery from the same transition era. You can browse the whole range on our Amazon storefront at amazon.com/stores/RailYardHobby - quite a few of them are marked down this week.\n\nAll aboard,\nRailYard Hobby")

rec("violation", "en", [MKT], ["smart-locks", "AU", "reply", "referral"],
    "Referral scheme (neighbour buys, both get a free battery pack).",
    "Hi Leanne,\n\nGreat to hear the install went smoothly and the fingerprint enrolment worked first go. Did you know we run a referral scheme? Tell a neighbour about us, and when they buy one of our locks and give us your name, you'll both get a spare keypad battery pack free.\n\nStay secure,\nKeyGuard AU")

rec("violation", "en", [MKT], ["yoga-props", "US", "reply", "loyalty", "buried-in-replacement"],
    "Loyalty programme sign-up appended to a replacement dispatch notice.",
    "Hi Beth,\n\nThe replacement bolster cover was dispatched this morning and should reach you by Thursday. Thank you for your patience while we tracked down the right colour.\n\nAs a returning customer you now qualify for our Inner Circle: members get early access to limited colour drops and 20% off every order. Just reply JOIN and we'll add you.\n\nWarmly,\nSerene Props")

rec("violation", "en", [MKT], ["ski-gear", "UK", "proactive", "sale"],
    "Proactive clearance-sale announcement dressed up with an order id.",
    "Dear Oliver,\n\nRegarding your order 026-8812034-1170593: as you picked up ski wax from us last season, we wanted to give you a heads-up that our end-of-season clearance starts on Friday, with up to 40% off climbing skins, poles and tuning kits while stock lasts.\n\nBest wishes,\nAlpine Edge")

rec("violation", "en", [RI], ["espresso-tampers", "US", "reply", "ask-after-praise", "gating"],
    "Reply to a buyer's praise asking for a review because they are happy (gating via thread context, visible in the text itself).",
    "That's wonderful to hear, Nina, thank you! We spend a lot of time calibrating the spring on each tamper, so it's great to know it's giving you consistent pucks. Since you're enjoying it this much, would you mind saying so in a review on Amazon? Happy customers like you are exactly who we hope will post.")

# ---- Chinese, Simplified (14) ----
rec("violation", "zh", [RI], ["fly-fishing-reels", "US", "reply", "five-star", "incentive", "buried-in-replacement"],
    "补发说明后要求五星评价并以返运费作为交换。",
    "您好，关于您说的绕线轮异响问题，我们检查后确认是出厂时轴承润滑脂加少了，非常抱歉。新的渔轮今天已经给您寄出，物流单号会在订单里更新。另外想麻烦您一件小事：收到新轮子试用几天后，如果方便的话在亚马逊上给我们写个五星评价，截图发给我们，这次的运费我们全额返给您。祝您钓鱼愉快！")

rec("violation", "zh", [RI], ["baking-moulds", "US", "reply", "change-review", "buried-in-refund"],
    "退款后请买家修改一星评论（评论 + 改一下）。",
    "您好，退款已经全额原路退回，一般3到5个工作日到账，模具也不用寄回了，给您添麻烦真的很抱歉。现在问题都处理好了，想麻烦您有空的时候把商品页面上那条一星的评论改一下，这条评论对我们这种小店影响真的挺大的，谢谢您的理解。")

rec("violation", "zh", [RI], ["smart-locks", "US", "proactive", "gating"],
    "索评分流：满意去评价，不满意先别评价、先联系卖家。",
    "尊敬的客户您好，您订单 111-2049381-7765012 中的智能门锁已经签收。如果您对产品满意，欢迎到亚马逊分享您的使用体验；如果安装或使用中有任何不满意的地方，请先不要评价，直接在这里联系我们，我们一定第一时间帮您解决。")

rec("violation", "zh", [RI], ["calligraphy-brushes", "SG", "proactive", "steering-content"],
    "指定评价内容（带上特定词句、配图、多写字）。",
    "您好，您订购的狼毫毛笔套装已经送达。写评价的时候麻烦帮我们带上“笔锋好、不掉毛”这几个字，最好再配一张写字的照片，字数多一点更好，这样对新买家参考很有帮助。非常感谢！")

rec("violation", "zh", [RI], ["telescope-eyepieces", "US", "reply", "remove-review", "threat"],
    "以投诉相威胁要求删除差评（也属态度问题，但这里只标注索评类）。",
    "您好，我们看到了您在商品页留下的差评。您说的合焦问题是使用方法不对造成的，并不是产品质量问题，说明书第4页写得很清楚。请您尽快把这条评价删掉，否则我们只能向亚马逊投诉这是恶意差评。")

rec("violation", "zh", [OFF], ["fountain-pens", "US", "reply", "messaging-app", "wechat"],
    "售后说明中要求加微信并给出微信号。",
    "您好，钢笔漏墨可能是吸墨器没有拧紧，也可能是笔舌本身有问题。文字不太好说清楚，您方便加一下我们售后的微信吗？微信号：penhouse_cs，拍个视频给我们看看，我们马上帮您判断需不需要换新。")

rec("violation", "zh", [OFF], ["3d-printer-filament", "US", "reply", "email", "phone"],
    "邮箱和400热线同时出现在补发说明中。",
    "您好，这批PLA耗材受潮的问题我们非常抱歉。为了更快处理，请直接发邮件到 service@filamentpro.cn，或者拨打我们的售后热线 400-820-6617，报上订单号就行，我们会尽快安排补发。")

rec("violation", "zh", [OFF], ["drone-propellers", "US", "reply", "own-website", "diversion"],
    "缺货时引导到官网下单，并称更便宜。",
    "您好，您要的是5英寸三叶桨对吧？亚马逊上这一款暂时断货了，您可以直接到我们官网 www.skyblade-fpv.com 下单，价格比亚马逊上还便宜一点，而且我们自己的仓库发货更快。")

rec("violation", "zh", [OFF], ["tea-sets", "US", "reply", "off-amazon-payment", "alipay"],
    "站外退款：通过支付宝退款并索要支付宝账号。",
    "您好，茶杯在运输中碎了，真的非常抱歉。亚马逊的退款流程比较慢，我们可以直接通过支付宝把钱退给您，麻烦把您的支付宝账号发一下，今天之内就能到账。")

rec("violation", "zh", [MKT], ["pottery-glazes", "US", "reply", "coupon", "new-product", "buried-in-tracking"],
    "物流进度后推上新和优惠码。",
    "您好，您的釉料包裹已经到了当地派送站，明天应该就能送到。另外告诉您一个好消息：我们刚上了一套哑光系列釉料，一共十二个颜色，下单时输入优惠码 GLAZE10 可以打九折，欢迎选购！")

rec("violation", "zh", [MKT], ["cat-trees", "US", "reply", "sale", "buy-again", "buried-in-replacement"],
    "补发后推买二送一活动并邀请再次选购。",
    "您好，猫爬架的替换麻绳柱已经给您寄出，大概一周左右到。顺便跟您说一下，这个月店里在做活动，猫抓板买二送一，需要的话在亚马逊搜我们的品牌名就能找到，欢迎再来选购。")

rec("violation", "zh", [MKT], ["succulent-pots", "US", "reply", "loyalty"],
    "回答尺寸问题后邀请加入老客户会员计划。",
    "您好，花盆底部排水孔的直径是1.5厘米，可以配合附送的防漏网使用。我们有一个老客户专属计划，加入以后每次上新都会提前通知您，还能享受会员价，回复“加入”就可以登记。")

rec("violation", "zh", [MKT], ["bike-trainers", "UK", "reply", "referral", "buried-in-replacement"],
    "补发说明后推推荐有礼活动。",
    "您好，骑行台的阻力调节旋钮已经给您补发，单号稍后会同步到订单里。另外我们现在有推荐有礼活动：您推荐朋友购买我们任意一款骑行台，您和朋友都可以获得一张30英镑的购物券。")

rec("violation", "zh", [RI, MKT], ["ski-helmets", "US", "reply", "feedback-removal", "incentive", "coupon"],
    "以下次五折优惠券换取撤回卖家反馈（官方违规示例的中文版）；优惠券同时算营销。",
    "您好，头盔的卡扣我们已经免费给您补发了。想跟您商量一下，如果您愿意把之前留的两星反馈撤掉，我们可以送您一张下次购买打五折的优惠券，您看这样可以吗？")

# ---- Chinese, Traditional (8) ----
rec("violation", "zh-hant", [RI], ["eyeglass-frames", "JP", "proactive", "five-star", "incentive"],
    "繁體：五星好評加贈送眼鏡盒。",
    "您好，您訂購的鏡框已經送達，謝謝您耐心等候。如果您覺得戴起來舒服，麻煩在亞馬遜上給我們一個五星好評，我們會另外寄一個皮質眼鏡盒給您當作小禮物。")

rec("violation", "zh-hant", [RI], ["model-trains", "JP", "reply", "change-review", "buried-in-replacement"],
    "繁體：補寄後請買家更新商品評論。",
    "您好，新的車廂連結器已經寄出，追蹤號碼是 9400111899223344556677。問題解決之後，能不能請您把商品頁面上的評論更新一下？現在評論裡寫的狀況已經不存在了，謝謝您。")

rec("violation", "zh-hant", [RI], ["aquarium-lighting", "US", "reply", "feedback-pressure", "seller-feedback"],
    "繁體：以帳號績效和停權為由施壓撤回賣家回饋。",
    "您好，燈具的問題我們都已經處理完畢了。您留下的負面賣家回饋會直接影響我們的帳號績效，嚴重的話店鋪可能會被停權，還請您幫忙撤回，拜託了。")

rec("violation", "zh-hant", [OFF], ["baking-moulds", "JP", "reply", "messaging-app", "line"],
    "繁體：LINE 帳號。",
    "您好，蛋糕脫模不順的問題，通常是模具抹油不夠均勻。如果您方便的話，可以加我們的LINE：@bakemold_tw，把照片傳給我們，我們的烘焙老師會一對一教您。")

rec("violation", "zh-hant", [OFF, MKT], ["yoga-props", "US", "reply", "social", "facebook", "giveaway"],
    "繁體：引導到 Facebook 粉絲專頁私訊並參加抽獎（站外 + 營銷）。",
    "您好，瑜伽繩的補件已經安排寄出了。也歡迎到我們的Facebook粉絲專頁按讚並私訊我們，每個月都有粉絲抽獎，送瑜伽墊和瑜伽磚。")

rec("violation", "zh-hant", [OFF], ["smart-locks", "US", "reply", "off-amazon-payment", "bank-transfer"],
    "繁體：以銀行轉帳在亞馬遜之外補償。",
    "您好，電池蓋缺件的部分，我們直接退您10美元作為補償。請提供您的銀行帳號，我們用轉帳的方式處理，會比走亞馬遜退款快很多。")

rec("violation", "zh-hant", [MKT], ["ski-goggles", "JP", "reply", "new-product", "coupon", "buried-in-replacement"],
    "繁體：補寄鏡片後推新品和折扣碼。",
    "您好，雪鏡的防霧鏡片已經寄出，預計下週二送達。另外我們剛推出新款偏光鏡片，結帳時輸入 SNOW20 可以打八折，有興趣的話可以參考看看。")

rec("violation", "zh-hant", [MKT], ["woodworking-tools", "US", "reply", "storefront", "buy-again", "cross-sell"],
    "繁體：回答研磨角度後推店鋪與回購折扣。",
    "您好，刨刀的研磨角度建議是25度。我們店裡還有整套的磨刀石和導磨器，歡迎到我們的亞馬遜店鋪逛逛，老客戶回購一律九五折。")

# ---- Mixed (5) ----
rec("violation", "mixed", [RI], ["microscope-slides", "US", "reply", "five-star", "buried-in-refund"],
    "Chinese-English mix: refund done, then 'leave a 5-star review' conditioned on satisfaction.",
    "陈先生您好，order 113-2290184-6671520 的 refund 已经处理好了，3-5 个工作日到账。如果您对我们的 service 还满意的话，麻烦 leave a 5-star review，对我们小店帮助很大，thanks!")

rec("violation", "mixed", [OFF], ["telescopes", "US", "reply", "messaging-app", "wechat"],
    "Chinese-English mix: 'add 我们的 WeChat' with a handle.",
    "Hi Jason，关于 tripod 快装板装不上的问题，我这边拍个 video 给您看会比较清楚。请 add 我们的 WeChat：starscope_cs，I will send the video right away。")

rec("violation", "mixed", [MKT], ["kayak-paddles", "US", "proactive", "sale", "coupon"],
    "Chinese-English mix: Black Friday sale and code after delivery.",
    "王小姐您好，your kayak paddle 已经 delivered 了。Black Friday 我们全店 30% off，结账时用 code PADDLE30，别错过哦！")

rec("violation", "mixed", [RI, OFF], ["welding-helmets", "US", "reply", "incentive", "venmo", "off-amazon-payment"],
    "Chinese-English mix: $15 via Venmo for a review screenshot.",
    "Hi Kevin，收到您的 review 截图之后，我们会通过 Venmo 返您 $15 as a thank you，请把您的 Venmo ID 发给我们。")

rec("violation", "mixed", [OFF], ["rug-tufting-guns", "US", "reply", "email"],
    "Chinese-English mix: asks buyer to e-mail the seller for the manual.",
    "Dear Anna，manual 的 PDF 版本太大，在这里发不了。请 email 我们 manuals@tuftcraft.io，我们直接 send 给您，还附赠 beginner 视频教程。")

# =====================================================================
# EVASIONS (30)
# =====================================================================

# ---- English (13) ----
rec("evasion", "en", [OFF], ["woodworking-tools", "US", "reply", "email", "at-dot"],
    "E-mail written as 'grinder (at) edgeworks-shop (dot) com'.",
    "Hi Dale,\n\nFor the chisel regrinding question, our sharpening guy likes to see photos before he quotes. Drop him a line at grinder (at) edgeworks-shop (dot) com and put your order number in the subject, he usually gets back the same day.\n\nThanks,\nEdgeworks")

rec("evasion", "en", [OFF], ["aquarium-lighting", "US", "reply", "phone", "spelled-digits"],
    "Phone number spelled out in words ('five one two - five five five - ...').",
    "Hello Marisol,\n\nThe controller reset sequence is different on the older units, so honestly it's faster by voice. Our tech line is five one two - five five five - zero one eight eight. Ask for Lee and he'll get your light back on schedule in a few minutes.\n\nBest,\nBrightReef")

rec("evasion", "en", [MKT], ["smart-locks", "US", "reply", "coupon", "homoglyph-greek"],
    "Coupon sentence written with Greek capital Tau and omicron in place of Latin T/o/O.",
    "Hi Ray,\n\nThe app sometimes loses the Bluetooth pairing after a phone update; deleting the lock from the app and adding it again fixes it. Also, as a thank-you for your patience: \u03a4ake 15% \u03bfff y\u03bfur next \u03bfrder with c\u03bfde L\u039fCK15, it w\u03bfrks \u03bfn all \u03bfur deadb\u03bflts and camera d\u03bf\u03bfrbells.\n\nRegards,\nLockNest")

rec("evasion", "en", [OFF], ["eyeglass-frames", "CA", "reply", "messaging-app", "telegram", "url", "homoglyph-cyrillic"],
    "'Telegram', the handle and a non-Amazon URL written with Cyrillic \u0435/\u0430.",
    "Hi Chloe,\n\nFor the prescription inserts we need your exact PD and cylinder values. Our lens lab replies fastest on T\u0435l\u0435gr\u0430m (@lum\u0430optic_l\u0430b), or you can upload a photo of your prescription at lum\u0430optic.shop/rx and they'll cut the lenses the same week.\n\nKind regards,\nLumaOptic Eyewear")

rec("evasion", "en", [MKT], ["ski-gear", "UK", "reply", "sale", "coupon", "full-width"],
    "Sale and discount code in full-width letters and digits.",
    "Hi Ewan,\n\nThe replacement strap for your goggles went out second class today. Before you hit the slopes: our \uff57\uff49\uff4e\uff54\uff45\uff52 \uff53\uff41\uff4c\uff45 starts Friday, and \uff43\uff4f\uff44\uff45 \uff37\uff29\uff2e\uff34\uff25\uff32\uff12\uff15 knocks a quarter off helmets, goggles and base layers.\n\nCheers,\nFrostbite Gear")

rec("evasion", "en", [OFF], ["yoga-props", "US", "reply", "social", "instagram", "leetspeak"],
    "Instagram and the handle written in leetspeak ('1nst4gr4m', '@st1llp01nt.props').",
    "Hi Maya,\n\nThe strap buckle should slide more easily after a few uses - the cotton softens. If you want to see the three loop positions in action, come say hi on 1nst4gr4m: @st1llp01nt.props. We answer DMs every day and post a new strap tutorial each week.\n\nNamaste,\nStillpoint Props")

rec("evasion", "en", [OFF], ["model-trains", "UK", "reply", "own-website", "url", "line-split"],
    "Own-site URL broken across four lines so no line holds a whole domain.",
    "Hello Graham,\n\nThe wiring diagram for the turnout motor is too big to attach here, but you'll find it on our own site at trackside-\nmodels\n.co.uk/\ndcc-guide\nalong with our spares price list.\n\nBest regards,\nTrackside Models")

rec("evasion", "en", [RI], ["baking-moulds", "US", "proactive", "five-star", "emoji-stars"],
    "Five emoji stars instead of the words 'five-star review'.",
    "Hi Lena,\n\nYour madeleine tray from order 112-5538201-7760914 was delivered on Tuesday. If it made your baking a little easier, a quick \u2b50\u2b50\u2b50\u2b50\u2b50 on Amazon would truly make our week!\n\nWarmly,\nCrumb & Co.")

rec("evasion", "en", [RI], ["ski-gear", "US", "proactive", "incentive", "euphemism"],
    "Euphemistic review ask ('let other shoppers know your thoughts') with a veiled reward ('a little surprise').",
    "Hi Chris,\n\nNow that you've had a few days on the new climbing skins, we'd love to hear how the glue is holding up. Let other shoppers know your thoughts on the product page, then drop us a note here once it's up - there's a little surprise waiting for everyone who does.\n\nBest,\nSkinTrack Supply")

rec("evasion", "en", [RI], ["telescope-eyepieces", "US", "reply", "change-review", "euphemism"],
    "Asks the buyer to 'revisit the stars you gave us' after a replacement; no word review/change/remove.",
    "Hi Howard,\n\nThe carrier confirms the replacement 10 mm eyepiece was delivered this afternoon. Now that the haze problem is behind us, we'd be grateful if you could revisit the stars you gave us back in March, so they reflect where things stand today.\n\nClear skies,\nDeepField Optics")

rec("evasion", "en", [RI], ["bonsai-tools", "US", "reply", "five-star", "zero-width"],
    "Zero-width spaces inside 'five-star review'.",
    "Hello Mei,\n\nGlad the concave cutter arrived sharp and well oiled. If you have a moment, a fi\u200bve-st\u200bar re\u200bview would help our tiny shop more than you know.\n\nThank you,\nShohin Tools")

rec("evasion", "en", [MKT], ["espresso-tampers", "US", "reply", "coupon", "new-product", "separators"],
    "Coupon word and code split with dots and hyphens ('c.o.u.p.o.n T-A-M-P-1-0').",
    "Hi Tara,\n\nYes, the 58.5 mm base will fit your IMS basket with a little clearance on each side.\n\nPS - returning customers save a little with c.o.u.p.o.n  T-A-M-P-1-0, good on the whole range including the new walnut handles.\n\nCheers,\nPuckPress")

rec("evasion", "en", [MKT], ["archery", "US", "reply", "sale", "leetspeak"],
    "Sale and discount written as 's4le' and 'd1sc0unt'.",
    "Hi Neil,\n\nThe fletching jig you have is correct for 4-inch vanes; set the clamp to the right-helical position. Heads up: our whole arrow line goes on s4le next week with a 25% d1sc0unt, so if you were planning to stock up, that's the time to do it.\n\nGood shooting,\nTrueFlight Archery")

# ---- Chinese, Simplified (7) ----
rec("evasion", "zh", [RI], ["ukulele-strings", "US", "proactive", "incentive", "spacing", "slang"],
    "好评返现中间插空格，加“亲”“晒单”等卖家口语。",
    "亲，琴弦收到了吗？本店活动：好 评 返 现 5 美金，晒单截图发给客服就可以领取～")

rec("evasion", "zh", [RI], ["metal-detectors", "US", "reply", "five-star", "pinyin"],
    "拼音缩写 hp（好评）加“五颗星”。",
    "您好，探测器灵敏度的调节方法已经放在附件里了，按第三步调到7左右效果最好。用得顺手的话麻烦给个hp支持一下，五颗星就行，小店不容易，感谢感谢！")

rec("evasion", "zh", [OFF], ["tea-sets", "US", "reply", "messaging-app", "wechat", "homophone"],
    "“薇❤”代替“微信”。",
    "您好，紫砂壶开壶的步骤比较多，文字说不太清楚，您加一下我们的薇\u2764：zisha_88，我直接给您发视频演示。")

rec("evasion", "zh", [OFF, MKT], ["drone-accessories", "US", "reply", "messaging-app", "slang", "new-product"],
    "“加个V”代指微信，并承诺新品通知（站外 + 营销）。",
    "您好，桨叶的安装方向确实很容易装反。方便的话加个V：fpv-lab2023，我拍个视频发您，以后出新品也第一时间通知您。")

rec("evasion", "zh", [OFF], ["3d-printer-filament", "US", "reply", "messaging-app", "qq", "slang", "full-width"],
    "“企鹅号”代指QQ，号码用全角数字。",
    "您好，切片参数我这边整理好了一份，文件比较大这里发不了，您加一下我们的企鹅号 \uff12\uff18\uff17\uff16\uff16\uff11\uff10\uff14\uff13 拿一下吧。")

rec("evasion", "zh", [MKT], ["baking-moulds", "US", "reply", "coupon", "new-product", "pinyin"],
    "yhq（优惠券）拼音缩写，满减和新品。",
    "亲，您的订单已经在派送中啦。偷偷告诉您，店里的yhq今天刚更新，满30减8，新出的玛德琳模具也能用～")

rec("evasion", "zh", [MKT], ["succulent-pots", "US", "reply", "new-product", "storefront", "separators", "slang"],
    "“上/新”“立/减/5/刀”用斜杠拆开；“刀”是美元的俗称；店铺首页引导。",
    "您好，破损的那个花盆已经给您补发了。另外店里上/新/了一批手工粗陶盆，老/顾/客下单立/减/5/刀，您可以去我们店铺首页看看～")

# ---- Chinese, Traditional (5) ----
rec("evasion", "zh-hant", [RI], ["eyeglass-frames", "JP", "reply", "five-star", "emoji-stars"],
    "繁體：用五個星星表情代替“五星好評”。",
    "您好，替換的鼻墊已經寄出囉。如果戴起來舒服，記得幫我們點滿\u2b50\u2b50\u2b50\u2b50\u2b50喔，謝謝支持！")

rec("evasion", "zh-hant", [RI], ["smart-locks", "US", "reply", "change-review", "euphemism"],
    "繁體：用“留言更新一下”委婉要求修改商品評論。",
    "您好，新的門鎖面板應該已經裝好了吧？既然問題都解決了，可以麻煩您把商品頁那則留言更新一下，寫寫現在的使用感受嗎？")

rec("evasion", "zh-hant", [OFF], ["model-trains", "JP", "reply", "messaging-app", "line", "homophone", "full-width"],
    "繁體：“賴”是LINE的俗稱，帳號全形字。",
    "您好，軌道的接線圖比較複雜，直接加我們的賴（\uff2c\uff29\uff2e\uff25）：\uff52\uff41\uff49\uff4c\uff54\uff57\uff18\uff18，我們傳圖給您比較清楚。")

rec("evasion", "zh-hant", [MKT], ["yoga-props", "US", "reply", "coupon", "buy-again", "zero-width"],
    "繁體：“回購”“八折”“折扣碼”中插入零寬字元。",
    "您好，補寄的瑜伽磚已經出貨了。老客戶回\u200b購享八\u200b折，折\u200b扣\u200b碼 YOGA8，下次買瑜伽墊也能用喔。")

rec("evasion", "zh-hant", [MKT], ["ski-gear", "JP", "reply", "new-product", "line-split"],
    "繁體：“上市”“專屬價”逐字換行。",
    "您好，雪板固定器的螺絲已經補寄給您了。今年的新款雪板\n上\n市\n了，老客戶有專\n屬\n價，有空可以再來看看喔。")

# ---- Mixed (5) ----
rec("evasion", "mixed", [OFF], ["hydroponic-kits", "US", "reply", "messaging-app", "whatsapp", "spacing", "spelled-digits"],
    "Spaced 'W h a t s A p p' and a phone number in Chinese numerals (幺 = 1).",
    "Hi Jenny，水培机的 pump 不出水需要看视频才好判断，请 W h a t s A p p 我们：幺三八 零零幺二 七七六五，thanks！")

rec("evasion", "mixed", [OFF], ["welding-helmets", "US", "reply", "email", "at-dot"],
    "(at)/(dot) e-mail in a Chinese-English reply, framed as faster than Amazon messages.",
    "您好 Mike，新的 auto-darkening lens 已经寄出。以后有问题可以直接 email 我们：weldpro.help (at) gmail (dot) com，比 Amazon message 回得快。")

rec("evasion", "mixed", [RI], ["espresso-tampers", "US", "proactive", "five-star", "incentive", "emoji-stars", "pinyin"],
    "'5\u2b50 review' plus 'fanxian' (返现 in pinyin).",
    "Hi Amy，tamper 用得顺手的话，给个 5\u2b50 review 吧，截图发给我们就 fanxian $10 哦～")

rec("evasion", "mixed", [MKT], ["darts", "UK", "reply", "coupon", "leetspeak"],
    "'c0de' with a zero for the letter o.",
    "Hi Tom，dart flights 已经补发了，这周内到。PS：下次买 barrels 用 c0de DART15 可以省 15%，全店通用。")

rec("evasion", "mixed", [MKT], ["pottery-glazes", "US", "reply", "new-product", "coupon", "pinyin"],
    "新品、店铺、优惠券 all written in pinyin (xin pin, dian pu, you hui quan).",
    "Hi Sarah，glaze 的 firing temperature 建议 cone 6。我们 xin pin 刚上架，dian pu 首页可以领 you hui quan，new customer 和 old customer 都能用。")

# =====================================================================
# NEAR-MISSES (55), labels []
# =====================================================================

# ---- English (27) ----
rec("near-miss", "en", [], ["model-trains", "US", "reply", "cancel", "order-id"],
    "Seller cancelled an order at the buyer's request; two order ids that look like phone numbers.",
    "Hi Frank,\n\nAs you asked, we cancelled order 113-5402918-2237461 before it left the warehouse, so you won't be charged for it; the pending authorisation usually drops off your card within a few days. Your other order, 113-5402918-2237499, is unaffected and shipped this morning.\n\nRegards,\nRailYard Hobby")

rec("near-miss", "en", [], ["aquarium-lighting", "US", "reply", "review-logistics", "free-replacement", "tracking"],
    "'reviewed' (photos) and 'free replacement' in the same message; no product review involved.",
    "Thanks for the photos, Keith. Our QA team reviewed them and agrees the diffuser lens is cracked, so a free replacement fixture is on its way with UPS tracking 1Z9W22F70398765432. There's no need to return the damaged one; please take it to an electronics recycling point.\n\nSorry for the trouble,\nAquaLume Support")

rec("near-miss", "en", [], ["eyeglass-frames", "US", "reply", "refuses-incentive", "negation"],
    "Seller refuses a buyer's offer of a five-star review for a refund; 'refund', 'five-star', 'review' co-occur under negation.",
    "Hi Dana,\n\nThank you for asking first, but we can't offer a refund, discount or anything else in connection with a review, including a five-star one. Whether you review the frames and what you write is entirely your own choice. On the shipping charge itself: it was calculated by Amazon at checkout, so we're unable to change it, but if the frames don't fit you can return them through Your Orders within 30 days.\n\nBest,\nLumaOptic Eyewear")

rec("near-miss", "en", [], ["woodworking-tools", "US", "proactive", "neutral-review-request"],
    "Neutral, unconditional review request ('whether good or bad'), once per order with order id.",
    "Hello Marcus,\n\nWe hope the marking gauge from order 111-7729104-3385126 is working well in your shop. If you have a moment, we would appreciate it if you shared your experience with this product on Amazon, whether good or bad. Honest reviews help other woodworkers choose the right tool.\n\nThank you,\nFinework Tools")

rec("near-miss", "en", [], ["yoga-props", "US", "reply", "thanks-for-review"],
    "Reply thanking a buyer for a five-star review the buyer mentioned; no solicitation.",
    "That's very kind of you, Joanna, thank you for taking the time to write the five-star review you mentioned. Enjoy the bolster, and if the zip on the cover ever gives you trouble, just message us here.")

rec("near-miss", "en", [], ["smart-locks", "US", "reply", "feedback-neutral-notice", "warn-ok"],
    "Amazon's own neutral seller-feedback notice after a resolved issue; the brief allows it (warn at most).",
    "Hi Mr. Okafor,\n\nThe replacement keypad shows as delivered, and you've confirmed the lock now pairs normally - thank you for your patience with this. If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided. There's no obligation either way.\n\nKind regards,\nKeyHaven Customer Care")

rec("near-miss", "en", [], ["baking-moulds", "US", "reply", "amazon-promotion-explained", "warn-ok"],
    "Explains an Amazon coupon the buyer asked about; the brief says warn at most.",
    "Hi Gail,\n\nYou're right that the listing showed a 'Save 10%' coupon last week. That coupon is run through Amazon: it only applies if you tick the coupon box on the product page before adding the item to your cart, and we have no way to apply it to an order after it has been placed. Amazon customer service may be able to look into it for you from Your Orders.\n\nSorry we can't do more here,\nCrumb & Co.")

rec("near-miss", "en", [], ["ski-helmets", "UK", "reply", "product-facts", "stars-rating"],
    "Product safety facts: 'five stars' in an independent helmet rating, 'new' liner, 'free from PVC', a magazine 'review'.",
    "Hi Rachel,\n\nGood question. This helmet scored five stars in the Virginia Tech independent helmet ratings, and the MIPS liner is the new 2024 version, so it's the same model you saw in the review article. It's also free from PVC, and the sizing runs true: measure around your head just above the eyebrows.\n\nBest,\nAlpine Edge")

rec("near-miss", "en", [], ["ski-gear", "US", "reply", "carrier-phone", "warn-ok"],
    "Carrier (FedEx) phone number with a tracking number; the brief's exception (warn/info).",
    "Hi Dominic,\n\nThe carrier shows your ski bag is being held at the depot because the address is missing an apartment number. You can add it in Your Orders, or call FedEx directly at 1-800-463-3339 and quote tracking number 771234567890; they'll release it for delivery the next working day.\n\nBest,\nNorthridge Ski Supply")

rec("near-miss", "en", [], ["model-trains", "UK", "reply", "carrier-link", "https", "warn-ok"],
    "https carrier tracking link needed to follow the delivery; the brief says warn.",
    "Hello Stuart,\n\nYour parcel was scanned at the Birmingham mail centre this morning. Royal Mail tracking is here if you'd like to follow it: https://www.royalmail.com/track-your-item#/tracking-results/QF123456785GB\n\nKind regards,\nTrackside Models")

rec("near-miss", "en", [], ["aquarium-lighting", "US", "reply", "order-id", "asin", "tracking", "times"],
    "Order ids, ASIN, a spaced USPS tracking number and times that must not look like phone numbers.",
    "Hi Rosa,\n\nI checked both orders for you. Order 112-8830147-5561092 contains the 60 cm light (ASIN B0CX7T4R2M), and order 112-8830147-5563318 has the mounting kit. The kit went out with USPS tracking 9405 5112 0620 1834 7701 12 and should arrive on Wednesday between 9 am and 8 pm.\n\nBest,\nCoralGlow Support")

rec("near-miss", "en", [], ["smart-locks", "US", "reply", "remove", "update", "change", "code"],
    "remove/update/change/'admin code' in device instructions.",
    "Hi Tim,\n\nTo remove a fingerprint, open Settings > Users in the app, tap the user and choose Remove. If the app asks you to update the firmware first, let the update finish before changing any codes; it takes about four minutes. The factory admin code is 123456, so please change it to your own code once setup is done.\n\nRegards,\nLockNest")

rec("near-miss", "en", [], ["eyeglass-frames", "UK", "reply", "refuses-off-platform"],
    "Seller declines the buyer's e-mail/phone and keeps the conversation on Amazon.",
    "Hi Ahmed,\n\nThanks for the offer, but please don't send us your email address or phone number. We keep all communication inside Amazon's messaging system, which also keeps your details safe. You can attach a photo of your prescription right here in this thread and our lab will read the values from there.\n\nBest regards,\nLumaOptic Eyewear")

rec("near-miss", "en", [], ["woodworking-tools", "US", "reply", "edit-review-howto", "warn-ok"],
    "Buyer asked how to edit their review; seller explains the steps and leaves content to the buyer. Not a request, but a linter may warn.",
    "Hi Ellen,\n\nNo problem. To edit a review you've written, go to Your Account, open Your Profile, find the review under Reviews and choose Edit. What you write is completely up to you; we're just glad the block plane is cutting properly now.\n\nAll the best,\nOak & Iron")

rec("near-miss", "en", [], ["ski-goggles", "US", "reply", "price-error"],
    "Price-error explanation: 'you keep the price you paid'.",
    "Hi Laura,\n\nThe $19.99 price you saw for the goggles on Monday was a pricing error on our listing, and we corrected it within the hour. Your order went through at that price and we'll honour it: you keep the price you paid and nothing further will be charged.\n\nThanks,\nPowderLine Optics")

rec("near-miss", "en", [], ["baking-moulds", "US", "reply", "product-facts", "star-shape", "free-from"],
    "Star-shaped mould with 'five star-shaped cavities' and 'free of BPA'.",
    "Hi Tanya,\n\nThe star mould has five star-shaped cavities, each about 7 cm from point to point. Fill each star about two-thirds full and bake on a metal tray for stability. The silicone is free of BPA and safe up to 230 \u00b0C, and it's fine in the top rack of the dishwasher.\n\nHappy baking,\nMaison Moule")

rec("near-miss", "en", [], ["yoga-props", "US", "proactive", "seller-cancel", "refund"],
    "Seller cancels and refunds an unfulfillable order itself; it does not ask the buyer to cancel.",
    "Hi Nora,\n\nI'm very sorry: the last lavender bolster in our warehouse turned out to be damaged, so we have cancelled order 114-9920384-1176620 on our side and the full amount has been refunded to your original payment method. You don't need to do anything.\n\nApologies again,\nSerene Props")

rec("near-miss", "en", [], ["woodworking-tools", "US", "proactive", "freight-scheduling", "phone-request"],
    "Asks for a phone number for freight delivery of a heavy item (permitted purpose).",
    "Hi Peter,\n\nYour cabinet saw (order 113-0038291-4472018) weighs about 180 kg and will arrive by freight on a pallet. The freight carrier needs a contact phone number so the driver can book a delivery window with you. Could you confirm the best number for them, and whether there is a loading dock, a ramp or steps at the delivery address?\n\nThank you,\nOak & Iron")

rec("near-miss", "en", [], ["aquarium-lighting", "US", "reply", "positive-negative-terminals"],
    "'positive' and 'negative' as electrical terms.",
    "Hi Victor,\n\nThe red lead goes to the positive terminal on the driver and the black one to negative. If the light flickers after you've shortened the cable, check that the positive and negative wires weren't swapped at the connector; the driver has reverse-polarity protection, so nothing should be damaged.\n\nBest,\nReefSpec Team")

rec("near-miss", "en", [], ["model-trains", "UK", "reply", "quoted-buyer-email"],
    "The only e-mail address is in the quoted buyer message below the seller's text; the brief says lint only the seller-authored part.",
    "Hi Stuart,\n\nWe can only reply through Amazon messages, so there's no need to look out for an email from us. The two missing tender wheelsets were posted today by Royal Mail Tracked 48.\n\nRegards,\nBranchline Works\n\n----- Original message -----\n> The tender is missing two wheelsets. Please reply to stuart.h.1957@btinternet.com as I rarely check Amazon.")

rec("near-miss", "en", [], ["smart-locks", "US", "reply", "product-feedback", "app-update"],
    "'feedback' meaning product suggestions, 'update' meaning app update.",
    "Hi Julia,\n\nThanks for the detailed feedback on the app's auto-lock delay. I've passed it on to our developers, and they plan to add a 10-second option in the next app update. Until then, 30 seconds is the shortest setting available.\n\nBest,\nKeyGuard Support")

rec("near-miss", "en", [], ["ski-gear", "US", "reply", "amazon-review-email-info"],
    "Explains that Amazon sends review-request e-mails automatically; informational.",
    "Hi Kyle,\n\nThat email came from Amazon itself, not from us. Amazon automatically sends review requests to customers after delivery, and we don't control whether or when they go out, so feel free to ignore it.\n\nBest,\nSkinTrack Supply")

rec("near-miss", "en", [], ["espresso-tampers", "US", "reply", "refuses-discount"],
    "Refuses a discount request: 'discount codes', 'special pricing' under negation.",
    "Hi Omar,\n\nThanks for asking. We're not able to offer discount codes or special pricing through messages; the price on the Amazon listing is the only one we can offer. If anything is wrong with the tamper you already have, we're happy to arrange a replacement or a return.\n\nCheers,\nPuckPress")

rec("near-miss", "en", [], ["archery", "US", "reply", "courtesy-refund-after-review", "warn-ok"],
    "Courtesy refund to a buyer who posted a negative review, with no ask to change it (Customer Reviews tool pattern). Review mention + refund may warn.",
    "Hi Grant,\n\nWe saw the review you posted about the nocks splitting after a few shots, and we're sorry they let you down. We've issued a full refund for order 113-6628104-9912057, and you don't need to send the arrows back. If you'd like replacement nocks at no charge as well, just tell us the shaft diameter.\n\nRegards,\nTrueFlight Archery")

rec("near-miss", "en", [], ["telescopes", "US", "proactive", "neutral-review-request"],
    "Neutral review request using the word 'positive' in a balanced way ('positive or negative').",
    "Hello Irene,\n\nRegarding order 112-3301928-8845106: we'd like to hear how the 2-inch diagonal performs under your skies, positive or negative. If you'd like to share your experience, you can do so on the product page on Amazon.\n\nThank you for choosing DeepField Optics.")

rec("near-miss", "en", [], ["yoga-props", "US", "reply", "gift-order", "free-from"],
    "'gift', 'gift return' and 'latex-free' in a gift-order explanation.",
    "Hi Claire,\n\nBecause the order was marked as a gift, the packing slip didn't show any prices, and the gift message you wrote was printed on the card inside. The strap is cotton and latex-free. If your friend would prefer a different colour, they can use Amazon's gift return option, and you won't be notified.\n\nWarm regards,\nStillpoint Props")

rec("near-miss", "en", [], ["eyeglass-frames", "US", "reply", "review-logistics", "a-to-z"],
    "'reviewing' an A-to-z claim and 'update you' are logistics uses.",
    "Hi Maria,\n\nAmazon is still reviewing the A-to-z claim you opened, and we've sent them the carrier's proof of delivery along with the GPS scan. We'll update you here as soon as Amazon reaches a decision. If the parcel does turn up with a neighbour in the meantime, please let us know.\n\nBest,\nLumaOptic Eyewear")

# ---- Chinese, Simplified (16) ----
rec("near-miss", "zh", [], ["fly-fishing-reels", "US", "reply", "cancel", "order-id"],
    "按买家要求取消订单（取消订单 + 订单号）。",
    "您好，已按您的要求取消订单 114-2208391-6650213，这笔款项不会被扣除。您的另一笔订单正常发货，预计周四送达。")

rec("near-miss", "zh", [], ["pottery-glazes", "US", "reply", "delete-duplicate-order"],
    "删除重复订单（含“删除”但与评价无关）。",
    "您好，系统里确实生成了两笔一样的订单，我们已经删除重复订单，只保留尾号 7712 的那一笔，重复扣的款会原路退回到您的付款账户。")

rec("near-miss", "zh", [], ["bike-trainers", "UK", "reply", "change-address"],
    "修改收货地址。",
    "您好，收货地址已经帮您修改为新地址。包裹目前还在仓库没有出库，修改后的地址会同步到物流面单上，预计下周一发出。")

rec("near-miss", "zh", [], ["tea-sets", "US", "reply", "refund", "free-replacement"],
    "全额退款加免费补发，没有提到评价。",
    "您好，看了您发来的照片，盖碗确实在运输途中摔裂了，非常抱歉。我们已经为您全额退款，同时免费补发一套新的，破损的那套不需要寄回，注意别划到手。")

rec("near-miss", "zh", [], ["3d-printer-filament", "US", "reply", "substring-trap"],
    "“检索评测”“搜索评论”包含“索评”子串，但与索评无关。",
    "您好，我们的工程师检索评测报告后确认，这一批耗材的含水率低于0.2%，拉丝主要和喷嘴温度有关，建议把温度调低5度试试。您提到在亚马逊上搜索评论时看到有人说耗材容易断，那是2022年的旧批次，现在的配方已经改过了。")

rec("near-miss", "zh", [], ["calligraphy-brushes", "SG", "proactive", "neutral-review-request"],
    "中性邀评：好的不好的都可以写，无条件、无奖励。",
    "您好，订单 113-7720194-3358102 的毛笔应该已经送到了。您的真实体验能帮助其他买家做选择，如果您愿意，欢迎在商品页分享使用感受，好的不好的都可以写。谢谢！")

rec("near-miss", "zh", [], ["succulent-pots", "US", "reply", "thanks-for-review"],
    "回复中感谢好评（brief：info级别，不算flag）。",
    "感谢您的好评！很高兴花盆的尺寸正合适。以后如果花盆出现开裂之类的质量问题，随时在这里联系我们就好。")

rec("near-miss", "zh", [], ["smart-locks", "US", "reply", "product-feature", "wechat-feature", "qr-pairing"],
    "产品功能：支持微信小程序开锁、扫码绑定设备；不是联系方式。",
    "您好，这款门锁支持微信小程序远程开锁，也可以用手机App绑定。绑定方法是打开App扫描电池盖内侧的二维码，按提示添加设备即可，整个过程大约两分钟。")

rec("near-miss", "zh", [], ["drone-propellers", "US", "reply", "carrier-phone", "warn-ok"],
    "UPS客服电话和追踪号（承运商电话例外，warn/info）。",
    "您好，物流显示包裹在派送站滞留，原因是门牌号不完整。您可以直接拨打UPS客服 1-800-742-5877，报追踪号 1Z4E82W10387123456 补充地址，也可以在亚马逊订单页面里更新。")

rec("near-miss", "zh", [], ["fountain-pens", "US", "reply", "refuses-off-platform"],
    "拒绝站外联系（含“微信”“邮件”但为否定）。",
    "您好，不好意思，按照亚马逊的规定，我们不能通过微信或者邮件和您联系，也不能提供站外的联系方式。您有任何问题都可以直接在这里留言，我们会在24小时内回复。")

rec("near-miss", "zh", [], ["baking-moulds", "US", "reply", "product-facts", "star-shape"],
    "“五角星模具”含“五…星”，是产品形状。",
    "您好，这款五角星模具一共有6个星形格子，每格容量约40毫升。模具是食品级硅胶，可以放进洗碗机清洗，耐温到230度。")

rec("near-miss", "zh", [], ["aquarium-lighting", "US", "reply", "positive-negative-terminals"],
    "正极/负极、防水等级等产品说明。",
    "您好，红线接正极，黑线接负极，如果接反了灯不会亮，但也不会损坏驱动。灯具的防水等级是IP67，可以放在水槽边使用。")

rec("near-miss", "zh", [], ["yoga-props", "US", "reply", "amazon-promotion-explained", "warn-ok"],
    "解释买家问到的亚马逊平台促销（brief：warn at most）。",
    "您好，您看到的“购买两件享9折”是亚马逊平台设置的促销，需要两件商品同时在购物车里、并且在同一个订单里结账才会生效。已经下单的订单没办法再补用这个折扣，请您谅解。")

rec("near-miss", "zh", [], ["ski-goggles", "US", "reply", "refuses-discount"],
    "拒绝提供折扣码（否定句中的“折扣码”“优惠”）。",
    "您好，非常理解您的想法，但是我们不能通过消息给您提供折扣码或者额外优惠，价格以亚马逊商品页面为准。如果雪镜有任何质量问题，我们可以为您办理退货或者换货。")

rec("near-miss", "zh", [], ["woodworking-tools", "US", "reply", "edit-review-howto", "warn-ok"],
    "买家主动问如何修改评论，卖家只说明入口，不干预内容；可能warn。",
    "您好，修改评论的入口在“我的账户—个人资料—评论”，找到对应的那条点“编辑”就可以了。内容写什么完全由您决定，我们这边不会干预。")

rec("near-miss", "zh", [], ["eyeglass-frames", "US", "reply", "feedback-neutral-notice", "warn-ok"],
    "问题解决后的中性卖家反馈提示（官方允许句式的中文版，warn at most）。",
    "您好，新的镜腿已经送达，您也确认可以正常佩戴了。如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，这完全取决于您。")

# ---- Chinese, Traditional (8) ----
rec("near-miss", "zh-hant", [], ["model-trains", "JP", "reply", "cancel", "refund", "order-id"],
    "繁體：依要求取消訂單並退款。",
    "您好，已依照您的要求取消訂單 249-3381027-5562014，亞馬遜會在3到5個工作天內退款到您原本的付款方式。")

rec("near-miss", "zh-hant", [], ["yoga-props", "US", "reply", "delete-duplicate-order", "change-address"],
    "繁體：刪除重複訂單、修改地址。",
    "您好，重複的那筆訂單我們已經刪除，收件地址也已經修改成您提供的新地址，包裹明天從倉庫出貨。")

rec("near-miss", "zh-hant", [], ["smart-locks", "US", "reply", "review-logistics"],
    "繁體：退貨申請“審核中”、“評估照片”。",
    "您好，您的退貨申請目前還在審核中，我們評估您傳來的照片之後會盡快回覆您，預計不會超過兩個工作天。")

rec("near-miss", "zh-hant", [], ["aquarium-lighting", "JP", "reply", "product-facts", "energy-star"],
    "繁體：“能源之星認證”含“星”，是產品認證。",
    "您好，這款水族燈的功率是36瓦，已經通過能源之星認證，全光譜的設計適合水草缸使用，每天建議開燈八小時。")

rec("near-miss", "zh-hant", [], ["eyeglass-frames", "JP", "reply", "thanks-for-review"],
    "繁體：回覆中感謝好評（info）。",
    "感謝您的好評！很高興鏡框戴起來舒服。之後如果鏡腳鬆了，用附贈的小螺絲起子鎖緊就可以了。")

rec("near-miss", "zh-hant", [], ["baking-moulds", "JP", "reply", "refuses-off-platform"],
    "繁體：拒絕LINE或電話聯絡。",
    "您好，很抱歉，依照亞馬遜的規定，我們無法透過LINE或電話跟您聯絡。有任何問題都可以直接在這裡留言，我們會盡快回覆您。")

rec("near-miss", "zh-hant", [], ["ski-gloves", "JP", "proactive", "neutral-review-request"],
    "繁體：中性邀評，不論好壞。",
    "您好，訂單 250-1193847-6628105 的滑雪手套應該已經送達了。如果您願意，歡迎在商品頁面分享您真實的使用心得，不論好壞都能幫助其他買家。")

rec("near-miss", "zh-hant", [], ["woodworking-tools", "US", "reply", "free-replacement", "tracking"],
    "繁體：免費補寄與追蹤號碼。",
    "您好，照片我們看過了，鑿刀的刃口確實有缺損，新的一支已經免費補寄給您，追蹤號碼是 TBA401928374650，舊的不用寄回。")

# ---- Mixed (4) ----
rec("near-miss", "mixed", [], ["car-roof-boxes", "US", "reply", "tracking", "change-delivery"],
    "Tracking number and 'change delivery date' in the carrier's app.",
    "您好，您的 tracking number 是 1Z8V31X20455678901，UPS 显示周五送达。如果 delivery 那天不在家，可以在 UPS 的 app 里 change delivery date。")

rec("near-miss", "mixed", [], ["kayak-paddles", "US", "reply", "amazon-review-email-info", "refund"],
    "'review' e-mail from Amazon explained, plus a refund; the two are unrelated.",
    "Hi David，您说的 review 邮件是 Amazon 自动发给买家的，不是我们发的，忽略就可以。另外您的 refund 已经 processed 了，3-5 天到账。")

rec("near-miss", "mixed", [], ["smart-locks", "US", "reply", "product-feature", "im-names"],
    "WhatsApp and Telegram named as notification channels of the product, not contact handles.",
    "您好，这款 smart lock 支持 WhatsApp 和 Telegram 的 push notification，在 app 的 Settings > Alerts 里打开就行，开锁和低电量都会提醒您。")

rec("near-miss", "mixed", [], ["woodworking-tools", "US", "reply", "asin", "answering-buyer-question", "warn-ok"],
    "Gives the ASIN of a compatible part the buyer asked for; an answer, not a push, but a linter may warn.",
    "您好，您问的 replacement blade 的 ASIN 是 B0D4KXW8R2，在 Amazon 上搜这个 ASIN 就能找到，和您的 spokeshave 完全兼容。")

# =====================================================================
# CLEAN (25), labels []
# =====================================================================

# ---- English (12) ----
rec("clean", "en", [], ["woodworking-tools", "US", "reply", "product-question"],
    "Sharpening angles.",
    "Hi Rob,\n\nFor paring work in softwood, grind the chisel at 25 degrees and hone at 30. In hard maple you can go a couple of degrees steeper so the edge lasts longer. A leather strop with a little compound between sessions keeps it keen.\n\nBest,\nFinework Tools")

rec("clean", "en", [], ["aquarium-lighting", "UK", "reply", "product-question"],
    "Photoperiod advice.",
    "Hi Aisha,\n\nFor a newly planted tank, start with six hours of light a day at about 60% intensity, then increase by half an hour a week until you reach eight hours. That gives the plants time to root before algae can take hold.\n\nCheers,\nAquaLume")

rec("clean", "en", [], ["model-trains", "US", "reply", "product-question"],
    "Scale and gauge answer.",
    "Hello Walter,\n\nThis set is HO scale, 1:87, running on 16.5 mm track. It will not run on N gauge track, which is 9 mm. The minimum radius it handles is 18 inches.\n\nRegards,\nRailYard Hobby")

rec("clean", "en", [], ["eyeglass-frames", "CA", "reply", "sizing"],
    "Frame measurements.",
    "Hi Sara,\n\nThe medium frame measures 52 mm lens width, 18 mm bridge and 140 mm temples. If your current glasses feel comfortable, compare those three numbers, usually printed inside the arm, and choose the closest match.\n\nKind regards,\nLumaOptic Eyewear")

rec("clean", "en", [], ["yoga-props", "AU", "reply", "care"],
    "Cleaning cork blocks.",
    "Hi Mel,\n\nCork blocks just need a wipe with a damp cloth and a drop of mild soap. Let them air-dry away from direct sun, and avoid soaking them, as standing water can warp the cork.\n\nNamaste,\nRootedCork Studio")

rec("clean", "en", [], ["smart-locks", "US", "reply", "product-question"],
    "Battery life answer.",
    "Hi Paul,\n\nWith four AA alkaline batteries the lock typically runs for about ten months at twenty unlocks a day. The app shows a low-battery warning roughly four weeks before they run out, and if they ever go completely flat, a 9 V battery held to the contacts under the keypad will power it long enough to enter your PIN.\n\nBest,\nKeyGuard Support")

rec("clean", "en", [], ["baking-moulds", "US", "reply", "usage"],
    "Baking instructions.",
    "Hi Irene,\n\nThe silicone tray doesn't need greasing for most batters, but a light brush of melted butter helps with very lean sponges. Bake on the middle shelf at 180 \u00b0C, and let the cakes cool for ten minutes before turning them out.\n\nHappy baking,\nCrumb & Co.")

rec("clean", "en", [], ["ski-boots", "UK", "reply", "sizing"],
    "Mondopoint sizing.",
    "Hi Tom,\n\nMondopoint sizing is your foot length in centimetres, so a 27 cm foot takes a 27.0 or 27.5 shell. Stand on a sheet of paper against a wall, mark the tip of your longest toe, and measure from the wall to the mark.\n\nBest wishes,\nAlpine Edge")

rec("clean", "en", [], ["beekeeping-supplies", "US", "reply", "return"],
    "How to start a return through Amazon.",
    "Hi Laura,\n\nI'm sorry the veil's zip came apart. You can start the return from Your Orders: choose the veil, select 'Item defective or doesn't work', and Amazon will issue a prepaid label. Once the carrier scans the parcel, the refund normally goes through within a few days.\n\nBest regards,\nHiveCraft")

rec("clean", "en", [], ["telescopes", "US", "proactive", "delay-notice"],
    "Permitted proactive delay notice with order id.",
    "Hello Mr. Nakamura,\n\nRegarding order 112-6629017-3304158: your equatorial mount will ship three days later than estimated because the carrier missed its scheduled pickup at our warehouse. The new estimated delivery date is Monday the 14th. We apologise for the delay.\n\nDeepField Optics")

rec("clean", "en", [], ["fountain-pens", "UK", "reply", "customs"],
    "Import charges question.",
    "Hi Siobhan,\n\nYour pen ships from our warehouse in the UK. Because the order was placed on Amazon.co.uk, any import charges for Ireland were collected by Amazon at checkout, so you won't be asked to pay anything on delivery.\n\nKind regards,\nNibworks")

rec("clean", "en", [], ["soldering-stations", "UK", "reply", "invoice"],
    "Invoice sent on request.",
    "Hello Mr. Becker,\n\nAs requested, the VAT invoice for order 205-8834107-2291650 is attached to this message. It shows the company name and address you gave us.\n\nKind regards,\nSolderCraft")

# ---- Chinese, Simplified (8) ----
rec("clean", "zh", [], ["fly-fishing-reels", "US", "reply", "care"],
    "渔轮保养。",
    "您好，渔轮每次在海水里用完后，用清水冲一下外壳，擦干后在轴承处滴一滴轮油即可。不建议整个泡在水里，拆开清洗一年一次就够了。")

rec("clean", "zh", [], ["tea-sets", "US", "reply", "usage"],
    "新壶开壶步骤。",
    "您好，新壶第一次使用前，用开水冲烫里外两遍，再泡一壶茶叶放置一晚，第二天倒掉冲洗干净就可以正常使用了。")

rec("clean", "zh", [], ["3d-printer-filament", "US", "reply", "product-question"],
    "打印参数。",
    "您好，这款PETG耗材建议喷嘴温度230到240度，热床温度80度，第一层速度放慢到每秒20毫米，附着会更好。")

rec("clean", "zh", [], ["bike-trainers", "UK", "reply", "compatibility"],
    "请买家提供轴距信息以确认适配。",
    "您好，为了确认适配，麻烦您拍一下后轮轴的照片，或者告诉我们车架上标的轴距和轴径，比如142×12毫米，我们帮您核对需要哪个转接头。")

rec("clean", "zh", [], ["succulent-pots", "US", "reply", "sizing"],
    "花盆尺寸。",
    "您好，大号花盆的口径是18厘米，高15厘米，小号口径12厘米，高10厘米，两个都带排水孔和托盘。")

rec("clean", "zh", [], ["smart-locks", "US", "reply", "compatibility"],
    "门厚适配。",
    "您好，这款门锁适用门厚35到55毫米的门，如果您家的门是60毫米，需要另外配加长的连接杆，安装前请先量一下门的厚度。")

rec("clean", "zh", [], ["calligraphy-brushes", "SG", "proactive", "delay-notice"],
    "允许的主动延迟发货通知。",
    "您好，关于订单 114-3380291-7726105：由于物流公司临时停运，您的毛笔套装预计会比原定时间晚3天发货，新的预计送达日期是本月20日，给您带来不便非常抱歉。")

rec("clean", "zh", [], ["drone-propellers", "US", "reply", "invoice"],
    "应要求发送发票。",
    "您好，应您的要求，订单 113-9920417-5508362 的发票已经作为附件发送，抬头是您提供的公司名称。")

# ---- Chinese, Traditional (4) ----
rec("clean", "zh-hant", [], ["aquarium-lighting", "JP", "reply", "product-question"],
    "繁體：光照時間建議。",
    "您好，新開的水草缸建議一開始每天開燈六小時，亮度設在六成左右，之後每週增加半小時，慢慢加到八小時，可以減少藻類生長。")

rec("clean", "zh-hant", [], ["model-trains", "JP", "reply", "product-question"],
    "繁體：比例與軌距。",
    "您好，這組車廂是N規，比例1:150，軌距9毫米，可以直接在您現有的軌道上行駛，最小轉彎半徑是280毫米。")

rec("clean", "zh-hant", [], ["yoga-props", "US", "reply", "care"],
    "繁體：瑜伽墊清潔。",
    "您好，瑜伽墊用溫水加一點中性清潔劑擦拭就可以，不要泡水，也不要放在太陽底下曬，陰乾後再捲起來收納。")

rec("clean", "zh-hant", [], ["ski-gear", "JP", "reply", "care"],
    "繁體：雪板打蠟。",
    "您好，雪板建議每滑五到六天打一次蠟。先用熨斗把蠟均勻融在板底，冷卻半小時後再用刮板刮掉多餘的蠟。")

# ---- Mixed (1) ----
rec("clean", "mixed", [], ["ski-helmets", "US", "reply", "sizing"],
    "Size chart in a Chinese-English reply.",
    "您好，您问的 size chart：头围 55-58cm 选 M，58-61cm 选 L，如果在两个 size 之间，建议选大一号，再用后面的 dial 调紧。")


# =====================================================================
# Build, validate, write
# =====================================================================

TARGET_CATS = {"violation": 50, "evasion": 30, "near-miss": 55, "clean": 25}
CJK = re.compile(r"[\u3400-\u9fff]")
LATIN_WORD = re.compile(r"(?<![A-Za-z0-9@._-])[A-Za-z]{2,}(?![A-Za-z0-9@._-])")
# characters that exist only in one script (used to check the hant tag)
TRAD_ONLY = set("們這個訂單請為後會貨評價時說寫幫謝歡燈鏡處碼點還對應裡開從買賣費裝當經議題與麼遜亞馬問劃達則")
SIMP_ONLY = set("们这个订单请为会货评价时说写帮谢欢灯镜处码点还对应开从买卖费装当经议题与么逊亚马问划达则")


def build():
    errors = []
    out = []
    seen_text = set()
    for i, (cat, lang, labels, tags, note, text) in enumerate(R, 1):
        rid = "h19-%03d" % i
        hant = lang == "zh-hant"
        real_lang = "zh" if hant else lang
        full_tags = [cat] + list(tags)
        if hant:
            full_tags.append("hant")
        # put warn-ok last for readability
        if "warn-ok" in full_tags:
            full_tags.remove("warn-ok")
            full_tags.append("warn-ok")
        r = {"id": rid, "text": text, "labels": list(labels), "lang": real_lang,
             "tags": full_tags, "note": note}
        # ---- checks ----
        if cat not in CATS:
            errors.append("%s: bad category %r" % (rid, cat))
        if real_lang not in ("en", "zh", "mixed"):
            errors.append("%s: bad lang %r" % (rid, lang))
        if any(l not in POLICIES for l in labels) or len(set(labels)) != len(labels):
            errors.append("%s: bad labels %r" % (rid, labels))
        if cat in ("violation", "evasion") and not labels:
            errors.append("%s: %s without labels" % (rid, cat))
        if cat in ("near-miss", "clean") and labels:
            errors.append("%s: %s with labels" % (rid, cat))
        if "warn-ok" in full_tags and cat != "near-miss":
            errors.append("%s: warn-ok outside near-miss" % rid)
        if len(full_tags) < 3 or full_tags[0] != cat:
            errors.append("%s: tags must start with category, sector, market" % rid)
        if not note.strip() or not text.strip():
            errors.append("%s: empty note or text" % rid)
        if text in seen_text:
            errors.append("%s: duplicate text" % rid)
        seen_text.add(text)
        n_cjk = len(CJK.findall(text))
        n_latin = len(LATIN_WORD.findall(text))
        if real_lang == "en" and n_cjk:
            errors.append("%s: en text contains CJK" % rid)
        if real_lang == "zh" and n_cjk < 15:
            errors.append("%s: zh text has too little CJK" % rid)
        if real_lang == "zh" and n_latin > 4:
            errors.append("%s: zh text has %d Latin words; should it be mixed?" % (rid, n_latin))
        if real_lang == "mixed" and (n_cjk < 8 or n_latin < 3):
            errors.append("%s: mixed text needs both scripts (cjk=%d latin=%d)" % (rid, n_cjk, n_latin))
        if real_lang == "zh":
            chars = set(text)
            if hant and (chars & SIMP_ONLY or not chars & TRAD_ONLY):
                errors.append("%s: hant text has simplified chars %r" % (rid, sorted(chars & SIMP_ONLY)))
            if not hant and chars & TRAD_ONLY:
                errors.append("%s: simplified text has traditional chars %r" % (rid, sorted(chars & TRAD_ONLY)))
        if len(text) > 2000:
            errors.append("%s: text longer than 2000 characters" % rid)
        out.append(r)
    return out, errors


def report(rows):
    by_cat_lang = collections.Counter((r["tags"][0], r["lang"]) for r in rows)
    hant = collections.Counter(r["tags"][0] for r in rows if "hant" in r["tags"])
    langs = ["en", "zh", "mixed"]
    print("%-10s %5s %5s %6s %6s %6s" % ("category", "en", "zh", "(hant)", "mixed", "total"))
    for c in CATS:
        row = [by_cat_lang[(c, l)] for l in langs]
        print("%-10s %5d %5d %6d %6d %6d" % (c, row[0], row[1], hant[c], row[2], sum(row)))
    tot = [sum(by_cat_lang[(c, l)] for c in CATS) for l in langs]
    print("%-10s %5d %5d %6d %6d %6d" % ("total", tot[0], tot[1], sum(hant.values()), tot[2], sum(tot)))
    print()
    print("policy occurrences (violation + evasion):")
    for c in ("violation", "evasion"):
        cnt = collections.Counter(l for r in rows if r["tags"][0] == c for l in r["labels"])
        print("  %-10s" % c + "  ".join("%s=%d" % (p, cnt[p]) for p in POLICIES))
    cnt = collections.Counter(l for r in rows for l in r["labels"])
    print("  %-10s" % "total" + "  ".join("%s=%d" % (p, cnt[p]) for p in POLICIES))
    multi = sum(1 for r in rows if len(r["labels"]) > 1)
    print("multi-label records: %d" % multi)
    print("near-misses tagged warn-ok: %d" % sum(1 for r in rows if "warn-ok" in r["tags"]))
    print("distinct sectors: %d" % len({r["tags"][1] for r in rows}))
    print("markets: %s" % dict(collections.Counter(r["tags"][2] for r in rows)))
    print("contexts: %s" % dict(collections.Counter(r["tags"][3] for r in rows)))


def main():
    rows, errors = build()
    cats = collections.Counter(r["tags"][0] for r in rows)
    for c, n in TARGET_CATS.items():
        if cats[c] != n:
            errors.append("category %s has %d records, expected %d" % (c, cats[c], n))
    if len(rows) != 160:
        errors.append("expected 160 records, got %d" % len(rows))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read to check the file round-trips
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    if back != rows:
        errors.append("file does not round-trip")
    print("wrote %d records to %s" % (len(rows), OUT))
    report(rows)
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nvalidation OK")


if __name__ == "__main__":
    main()
