#!/usr/bin/env python3
"""Build holdout35.jsonl: 160 hand-labelled seller-to-buyer messages.

Shop: Copperlark Kitchenworks (铜雀厨坊 / 銅雀廚坊), an invented Amazon seller of
kitchen appliances and cookware: the Barista Duo espresso machine, the CrispLark
air fryer, Kiritsu knives, Forgeline cast-iron pans and the SimmerNote recipe app.

Every text is a Python literal below; invisible and look-alike characters are
written as \\uXXXX escapes.  The records are shuffled with random.Random(35) and
numbered h35-001..h35-160.  Run `python3 gen.py` to rebuild holdout35.jsonl.
"""
import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout35.jsonl")

RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
ORDER = [RI, OFF, MKT]
TECHNIQUES = ["zero-width", "fullwidth", "homoglyph", "leetspeak", "spacing", "star-symbols",
              "cn-numerals", "spelled-email", "pinyin", "homophone", "euphemism"]
SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

RECS = []


def add(lang, ctx, text, note, labels=(), subs=(), tech=(), nm=None, trad=False):
    """labels/subs: parallel tuples; tech: evasion techniques; nm: near-miss kind
    (compliant record) or 'plain'."""
    assert len(labels) == len(subs)
    assert bool(labels) != bool(nm), text
    RECS.append(dict(lang=lang, ctx=ctx, text=text, note=note, labels=list(labels),
                     subs=list(subs), tech=list(tech), nm=nm, trad=trad))


# ---------------------------------------------------------------------------
# review-inducement only
# ---------------------------------------------------------------------------
add("en", "proactive",
    "Hi Dana, your CrispLark air fryer from order 113-4820175-3309421 should be on your counter by now. "
    "If it's making weeknight dinners easier, a quick \u2605\u2605\u2605\u2605\u2605 on the product page "
    "would mean the world to our small team in Ohio.",
    "Asks for a five-star rating written as star symbols.",
    [RI], ["positive-review-request"], tech=["star-symbols"])
add("en", "reply",
    "Thanks for sending the photo of the drip tray, Kenji. The cloudy water you're seeing is just mineral "
    "build-up, so nothing is broken. Run the descaling cycle twice back to back: fill the tank to the MAX "
    "line, add one sachet, and hold the steam and cup buttons together for five seconds. Once it's pulling "
    "clean shots again, we'd be really grateful for a glowing review, since that's honestly what keeps a "
    "small brand like ours visible next to the big names. After descaling, flush the tank with plain water "
    "once more. If the cloudiness comes back within a week, just reply here and we'll take it from there.",
    "Asks for a glowing review in the middle of a troubleshooting reply.",
    [RI], ["positive-review-request"])
add("zh", "proactive",
    "亲，您买的铸铁煎锅已经签收啦。用着顺手的话麻烦给个五星好评，小店刚起步不容易，谢谢支持！",
    "Asks outright for a five-star positive review.",
    [RI], ["positive-review-request"])
add("zh", "reply",
    "感谢您的耐心等待！新的咖啡滤网已经补发，运单号 TBA318840271655。如果用着满意，麻烦在商品页帮我们点亮"
    "\u2b50\u2b50\u2b50\u2b50\u2b50，这对我们真的很重要。",
    "Asks for a five-star rating with star emoji right after a replacement was sent.",
    [RI], ["positive-review-request"], tech=["star-symbols"])
add("en", "proactive",
    "Order 114-2290564-7718302: hope the Kiritsu chef's knife is gliding through your prep! If you have a "
    "spare moment, a 5-st@r rating on Amazon would give our little shop a real boost.",
    "Asks for a five-star rating with the word star disguised in leetspeak.",
    [RI], ["positive-review-request"], tech=["leetspeak"])
add("zh", "proactive",
    "您好，鑄鐵平底鍋收到了嗎？如果用得開心，麻煩到亞馬遜給我們 五 星 好 評，真的非常感謝您！",
    "Asks for a five-star positive review with the characters spaced apart.",
    [RI], ["positive-review-request"], tech=["spacing"], trad=True)
add("mixed", "reply",
    "Hi Kevin，很高兴 Barista Duo 的漏水问题解决了！如果方便的话，麻烦在商品页给我们一个 haoping，"
    "对我们这样的小团队帮助很大。",
    "Asks for a positive review using the pinyin word haoping.",
    [RI], ["positive-review-request"], tech=["pinyin"])
# gating
add("zh", "proactive",
    "您好！您订购的意式咖啡机已经送达。如果用得满意，欢迎到亚马逊写写您的评价；如果有任何不满意，"
    "请先通过站内信联系我们，千万不要直接留差评，我们一定负责到底。",
    "Invites a review only from satisfied buyers and tells unhappy ones to contact the seller instead.",
    [RI], ["gating"])
add("en", "reply",
    "That's wonderful to hear, Priya, and thank you for telling us the air fryer crisps your tofu so evenly! "
    "Since you're enjoying it this much, would you mind posting those same words as a review on Amazon?",
    "Asks for a review because the buyer has just expressed satisfaction, which policy treats as gating.",
    [RI], ["gating"])
add("en", "proactive",
    "Hi Beatriz, your Forgeline 12-inch skillet was delivered on Monday, so here are a few care notes for "
    "order 112-7093316-4418205. Cast iron ships with a factory seasoning that darkens with use, so a patchy "
    "look in the first weeks is normal. Avoid soaking it, and dry it on a warm burner after each wash. "
    "Should the seasoning flake or anything else disappoint you, please come to us through Amazon messages "
    "before writing anything on the product page, as we'd much rather fix it privately than see a low score "
    "go up. A thin wipe of oil after drying keeps rust away. Enjoy the first cornbread!",
    "Diverts an unhappy buyer to the seller before they post on the product page, buried in care tips.",
    [RI], ["gating"])
add("zh", "reply",
    "看到您说主厨刀切番茄一点都不费力，我们整个团队都特别开心！既然您用得这么满意，能不能麻烦把这段话原样写到商品评论里？",
    "Asks for a review because the buyer has just praised the knife, which policy treats as gating.",
    [RI], ["gating"])
add("zh", "proactive",
    "您好，咖啡机用了一段时间，还习惯吗？如果一切顺心，欢迎到商品页面跟其他买家说说您的感受；"
    "要是哪里不顺心，请先来站内信找我们，我们第一时间处理，先别急着公开写出来。",
    "Invites satisfied buyers to post and sends dissatisfied ones to the seller first, without any review keyword.",
    [RI], ["gating"], tech=["euphemism"])
add("zh", "proactive",
    "您好，感謝您購買銅雀廚坊的主廚刀。用得滿意的話，歡迎到商品頁分享心得；若有任何不滿，請先私訊我們，不要急著留下負評。",
    "Invites reviews from satisfied buyers and asks unhappy ones to message the seller instead of posting a negative one.",
    [RI], ["gating"], trad=True)
add("en", "reply",
    "So glad the frother wand is working again! If you're happy with how everything turned out, it would be "
    "lovely if you let other shoppers know on the product page. And if you ever aren't, just message us here "
    "instead of going public, and we'll sort it out.",
    "Conditions the public post on the buyer being happy and diverts unhappy buyers to the seller, with no obvious review keyword.",
    [RI], ["gating"], tech=["euphemism"])
add("mixed", "proactive",
    "您好！您的 Kiritsu knife set 已经签收。If you love it，欢迎留个 review；如果有哪里不满意，"
    "please message us first，我们一定帮您解决，不要直接打低分。",
    "Asks only happy buyers for a review and tells unhappy ones to message the seller first.",
    [RI], ["gating"])
# incentive
add("en", "reply",
    "You're welcome, and enjoy the new basket! One more thing: shoppers who tell others about their "
    "experience on the product page get a little surprise tucked into their next parcel from us. Just drop "
    "us a note here once yours is up.",
    "Promises an unnamed gift in exchange for a product-page write-up, without any review keyword.",
    [RI], ["incentive"], tech=["euphemism"])
add("zh", "proactive",
    "订单 114-5582031-9904417 的买家您好，本月店铺活动：好 评 返 现 10 美元，留评后把截图回复给我们即可领取。",
    "Offers cash back for a positive review with the phrase split by spaces.",
    [RI], ["incentive"], tech=["spacing"])
add("en", "reply",
    "Glad the replacement basket fits! Quick note: post a r\u0435view of the air fryer and we'll refund the "
    "shipping you paid on your accessory order.",
    "Offers a partial refund for a review, with a Cyrillic letter hidden in the word review.",
    [RI], ["incentive"], tech=["homoglyph"])
# change-review
add("en", "reply",
    "We've processed the full refund for the cracked carafe, Mrs Oyelaran. Now that it's sorted, would you "
    "consider editing the one-star review you left so it reflects how we handled things?",
    "Asks the buyer to edit a one-star review after a refund, which is never allowed.",
    [RI], ["change-review"])
add("zh", "reply",
    "退款已經處理好了，再次向您致歉。想請問您方便把商品頁上那則留言調整一下嗎？現在問題都解決了，原本的內容可能會讓其他買家誤會。",
    "Asks the buyer to adjust the product-page comment after a refund, which is a change request.",
    [RI], ["change-review"], trad=True)
add("en", "proactive",
    "Hi Tom, following up on order 111-6048213-5571936. The wobbly handle on your skillet turned out to be a "
    "manufacturing fault, and the new one is already on its way to you. Since that's now behind us, could you "
    "revisit what you wrote on the product page so it matches where things stand today?",
    "Asks the buyer to revise what they wrote on the product page after a fix, without naming the review.",
    [RI], ["change-review"], tech=["euphemism"])
# seller-feedback removal
add("en", "reply",
    "We're sorry the espresso machine arrived late. That negative seller feedback is really hurting our "
    "account health, so we'd be grateful if you could take it down now that the machine has reached you.",
    "Pressures the buyer to remove negative seller feedback by citing harm to the account.",
    [RI], ["feedback-removal"])
add("zh", "reply",
    "您好，补发的刀鞘已经签收了吧？那条卖家反馈对我们店铺的影响非常大，恳请您帮忙撤回，拜托拜托！",
    "Pleads with the buyer to withdraw seller feedback because it hurts the shop.",
    [RI], ["feedback-removal"])
add("en", "proactive",
    "Hi Lena, we noticed the neutral feedback on order 112-3391705-6620418 and wanted to follow up. The delay "
    "came from a customs hold that was outside our control, and the package has since been delivered. We've "
    "checked that the air fryer works and that every accessory was in the box. Everything is resolved on our "
    "end, so please remove the feedback at your earliest convenience, since it lowers our seller rating. "
    "Thank you for your understanding.",
    "Asks the buyer to remove seller feedback because it lowers the seller's rating, which is pressure and not the neutral notice.",
    [RI], ["feedback-removal"])
# steering
add("en", "proactive",
    "When you share your thoughts on the Barista Duo, it would help us a lot if you mentioned the 15-bar pump "
    "and the 30-second heat-up, and a photo of your latte art would be the icing on the cake!",
    "Tells the buyer which features to mention and asks for a photo, which steers review content.",
    [RI], ["steering"])
add("zh", "proactive",
    "如果您愿意在商品页写评论，麻烦提一下刀刃锋利、不易生锈，最好再配一张切菜的照片，写满五十个字效果更好。",
    "Tells the buyer what to write in the review and asks for a photo and a minimum length.",
    [RI], ["steering"])
add("mixed", "reply",
    "谢谢您的回复！写 review 的时候可以帮忙带上 'healthy air fryer for family' 这几个关键词吗？这样其他买家更容易搜到我们。",
    "Asks the buyer to put search keywords into the review, which steers its content.",
    [RI], ["steering"])

# ---------------------------------------------------------------------------
# review-inducement + off-platform-contact
# ---------------------------------------------------------------------------
add("en", "reply",
    "Thanks for confirming the knife arrived safely! Here's how our reviewer thank-you works: once your "
    "review of the Kiritsu is live, reply with the name on it and we'll reimburse the full purchase price "
    "through PayPal. Just tell us which PayPal address to send it to.",
    "Offers a full reimbursement through PayPal for posting a review.",
    [RI, OFF], ["incentive", "payment"])
add("en", "proactive",
    "Hi Grace, your Barista Duo was delivered on Tuesday. If it isn't perfect, please hold off on a review for "
    "now and write to our service desk at care at copperlark dot com, where we answer within a day.",
    "Tells unhappy buyers to write to an e-mail address instead of reviewing, with the address spelled out.",
    [RI, OFF], ["gating", "email"], tech=["spelled-email"])
add("zh", "proactive",
    "您好！空气炸锅用得还满意吗？满意的话欢迎留评；如果有任何问题，请先加我们薇信 "
    "\uff4c\uff41\uff52\uff4b\uff43\uff48\uff55\uff18\uff18，客服一对一处理，不要直接留差评哦。",
    "Diverts unhappy buyers to a WeChat handle, written with a homophone and full-width letters, instead of a review.",
    [RI, OFF], ["gating", "messaging-app"], tech=["fullwidth", "homophone"])
add("en", "proactive",
    "Enjoying your new CrispLark? Leave a review, then send a screenshot to our What\u200bsApp at "
    "(415) 555-0123 and we'll send you a $20 Amazon gift card.",
    "Offers a gift card for a review and routes the screenshot to a WhatsApp number, with a zero-width space in the app name.",
    [RI, OFF], ["incentive", "messaging-app"], tech=["zero-width"])
add("zh", "reply",
    "滤网已经补发，请留意查收。小店最近有 haoping fanxian 活动：评论发布后把截图发给我们，5美元直接转到您的 zhifubao 账户。",
    "Offers cash back for a positive review, paid to Alipay, with the key terms written in pinyin.",
    [RI, OFF], ["incentive", "payment"], tech=["pinyin"])
add("zh", "reply",
    "退款应该已经到账了。关于商品页上那条差评，想跟您电话沟通一下修改的事，方便的话请拨打我们的客服专线 "
    "(646) 555-0178，周一到周五都有人接听。",
    "Asks to talk about changing a negative review and gives the seller's phone number.",
    [RI, OFF], ["change-review", "phone"])

# ---------------------------------------------------------------------------
# review-inducement + marketing
# ---------------------------------------------------------------------------
add("en", "reply",
    "We've reshipped the thermometer probe, and it should arrive Thursday. If you'd be willing to take down "
    "the feedback you left on this order, we'll send you a code for 25% off anything in our store.",
    "Offers a 25 percent coupon in exchange for removing seller feedback.",
    [RI, MKT], ["feedback-removal", "coupon"])
add("zh", "proactive",
    "您好，主廚刀用起來還順手嗎？在商品頁寫下使用心得後回覆我們，下一筆訂單就幫您打八五折。",
    "Offers 15 percent off the next order for writing a product-page review.",
    [RI, MKT], ["incentive", "discount"], trad=True)
add("zh", "proactive",
    "欢迎加入铜雀会员计划！每发布一条经过验证的商品评论可获得500积分，累计1000积分即可解锁全店会员价。",
    "Awards loyalty points for each review and ties them to member pricing.",
    [RI, MKT], ["incentive", "loyalty"])
add("zh", "reply",
    "非常抱歉让您失望了，新的锅已经发出。如果您愿意把商品评论改成好评，下次在我们店里买任何东西都给您打七折。",
    "Offers 30 percent off a future purchase if the buyer changes the review to a positive one.",
    [RI, MKT], ["change-review", "discount"])
add("mixed", "proactive",
    "感谢购买 Forgeline skillet！本月 review giveaway 进行中：发布评论即可参加抽奖，奖品是一台 Barista Duo "
    "espresso machine，月底开奖。",
    "Enters reviewers into a prize draw, which is both a review incentive and a giveaway promotion.",
    [RI, MKT], ["incentive", "promotion"])

# ---------------------------------------------------------------------------
# off-platform-contact only
# ---------------------------------------------------------------------------
add("zh", "reply",
    "这个磨豆机的异响问题在站内信里不太好描述，您可以直接在WhatsApp上联系我们：+1 (312) 555-0141，"
    "发一段视频过来，我们的工程师会尽快看。",
    "Gives a WhatsApp number and asks the buyer to continue there.",
    [OFF], ["messaging-app"])
add("zh", "reply",
    "亲，漏水的位置文字说不清楚，麻烦加一下我们的微\u200b信 copperlark_cs，拍个视频发过来，我们帮您看看是哪个密封圈的问题。",
    "Gives a WeChat handle with a zero-width space inside the app name.",
    [OFF], ["messaging-app"], tech=["zero-width"])
add("zh", "reply",
    "您好，開鋒的步驟用文字比較難說明，方便的話直接加賴 @copperlark，客服可以用影片一步一步教您。",
    "Invites the buyer to add the seller on LINE, written with the Taiwanese slang homophone for LINE.",
    [OFF], ["messaging-app"], tech=["homophone"], trad=True)
add("mixed", "reply",
    "这个 descaling 步骤文字说明比较复杂，please add us on Tel3gram @copperlark_help，我们直接发视频教您。",
    "Gives a Telegram handle with the app name written in leetspeak.",
    [OFF], ["messaging-app"], tech=["leetspeak"])
add("en", "reply",
    "Thanks for the detailed description of the grinding noise, Mr Alvarez. From the sound you describe, the "
    "upper burr has most likely shifted during shipping. First, unplug the grinder and remove the bean hopper "
    "by turning it counterclockwise. Then check that the burr carrier clicks into the number 5 position. If "
    "you'd like a walkthrough, you can also message our technician on Signal at (503) 555-0162, since he "
    "answers faster there than here. If the noise persists after reseating, we'll arrange a replacement "
    "through Amazon.",
    "Buries a Signal number for the seller's technician inside troubleshooting steps.",
    [OFF], ["messaging-app"])
add("en", "reply",
    "Please send the photos of the chipped enamel to "
    "\uff53\uff45\uff52\uff56\uff49\uff43\uff45\uff20\uff43\uff4f\uff50\uff50\uff45\uff52\uff4c\uff41\uff52\uff4b\uff0e\uff43\uff4f\uff4d"
    " so our quality team can take a look.",
    "Gives an e-mail address written in full-width characters.",
    [OFF], ["email"], tech=["fullwidth"])
add("zh", "reply",
    "中文版说明书的PDF文件太大，站内信附件发不了。我们会从 manuals@copperlark.com 发到您的邮箱，您也可以直接写信到这个地址索取。",
    "Gives the seller's e-mail address and invites the buyer to write to it.",
    [OFF], ["email"])
add("en", "proactive",
    "Hi Ana, a quick heads-up: the replacement gasket for order 113-0927714-5083329 will ship two days later "
    "than expected because our supplier's delivery slipped. We're sorry for the wait.\n\n"
    "Jun Park | Copperlark Kitchenworks | copperlark.com/support",
    "Carries a link to the seller's own support site in the signature of an otherwise permitted delay notice.",
    [OFF], ["url"])
add("en", "reply",
    "Honestly, this one is easier to troubleshoot by voice, so give our repair desk a ring at (646) 555-0109, "
    "Monday to Friday, 9 to 5 Eastern.",
    "Gives the seller's own phone number for support.",
    [OFF], ["phone"])
add("zh", "reply",
    "这个情况打字不太好说明，您可以直接打我们的售后热线：二一二 五五五 零一四七，工作日早九点到晚六点都有人。",
    "Gives the seller's phone number written in Chinese numerals.",
    [OFF], ["phone"], tech=["cn-numerals"])
add("zh", "reply",
    "如需協助更換刀柄，歡迎直接來電：三一二－五五五－零一八六，我們有中文客服為您服務。",
    "Gives a phone number written in Chinese numerals with full-width dashes.",
    [OFF], ["phone"], tech=["cn-numerals"], trad=True)
add("en", "proactive",
    "Hi Rafael, your 7-piece cast-iron set ships by freight and needs someone home to sign for it. Please "
    "call our warehouse at (737) 555-0115 to choose a delivery window that suits you.",
    "Scheduling a bulky delivery is permitted, but the message gives the seller's own warehouse number rather than the carrier's.",
    [OFF], ["phone"])
add("en", "proactive",
    "Thanks again for choosing the Forgeline skillet! For seasoning videos and weekly cast-iron recipes, "
    "follow us on Instagram at @copperlark.kitchen.",
    "Invites the buyer to follow the seller on Instagram.",
    [OFF], ["social"])
add("zh", "reply",
    "清洗方法我们在抖音上拍了详细视频，搜索'铜雀厨坊'关注我们就能看到，有其他问题也可以直接在抖音私信我们。",
    "Points the buyer to the seller's Douyin account and invites private messages there.",
    [OFF], ["social"])
add("en", "reply",
    "Here's our step-by-step descaling guide with photos: http://copperlark.com/help/descale-duo. It's much "
    "clearer than the paper manual.",
    "Links to an http page on the seller's own site.",
    [OFF], ["url"])
add("zh", "proactive",
    "您好，铸铁锅开锅的完整视频请看 copperlark.link/seasoning ，照着做一遍，以后就不容易生锈了。",
    "Links to a short URL on the seller's own domain.",
    [OFF], ["url"])
add("mixed", "reply",
    "warranty 登记表请填好后发到 warranty at copperlark dot com，我们收到后两天内给您寄 replacement part。",
    "Asks the buyer to e-mail a warranty form to an address spelled out with at and dot.",
    [OFF], ["email"], tech=["spelled-email"])
add("en", "reply",
    "Amazon's refund process can take a while, so we'll send the $38 back to you directly via \u0420ayPal "
    "instead. Just reply with the address you use there.",
    "Offers to refund outside Amazon through PayPal, with a Cyrillic letter in the name.",
    [OFF], ["payment"], tech=["homoglyph"])
add("zh", "reply",
    "您好，收到您的照片了，刀尖確實在運送途中彎掉，非常抱歉。我們會馬上補寄一把新的給您，舊的不用寄回。"
    "另外部分退款的金額，我們可以直接用PayPal退給您，會比亞馬遜快很多。麻煩提供您的PayPal帳號。再次向您致歉。",
    "Offers a partial refund through PayPal and asks for the buyer's PayPal account.",
    [OFF], ["payment"], trad=True)
add("en", "reply",
    "The 12-inch lid is sold out on Amazon at the moment, but you can order it straight from our own web shop "
    "at copperlark.com and we'll ship it the same day.",
    "Sends the buyer to the seller's own web shop to buy, which diverts the sale off Amazon.",
    [OFF], ["website"])
add("zh", "reply",
    "您问的替换滤网，其实直接在浏览器里搜'铜雀厨坊'，进我们自己的商城下单就行，不用绕道亚马逊，发货还更快。",
    "Directs the buyer to buy from the seller's own shop outside Amazon without naming a website or link.",
    [OFF], ["website"], tech=["euphemism"])
add("en", "proactive",
    "Inside the air fryer box you'll find a small card with a QR code. Scan it to reach our support team "
    "directly whenever you need help, day or night.",
    "Sends the buyer to a QR code that leads to the seller's own support channel.",
    [OFF], ["qr"])
add("zh", "reply",
    "包装盒内侧印着一个黑白小方块图案，用手机相机扫一下就能直接联系到我们的售后师傅，比在这里等回复快多了。",
    "Points the buyer to a printed QR code for direct contact with support, describing it without the word QR.",
    [OFF], ["qr"], tech=["euphemism"])
add("en", "reply",
    "To be honest, Amazon's messaging is clunky for something like this. Let's take it off Amazon: reply with "
    "the best way to reach you, and our technician will get in touch directly.",
    "Moves the conversation off Amazon and asks for the buyer's own contact details.",
    [OFF], ["diversion"])
add("zh", "proactive",
    "您好，您的订单 113-8842079-3361054 中的空气炸锅已经妥投。首次使用前，请先取下炸篮上的保护膜，然后空烧十分钟。"
    "少量气味属于正常现象，开窗通风即可。以后如果遇到任何问题，不用再走亚马逊的流程，直接私下找我们处理，速度快得多。祝您烹饪愉快。",
    "Invites the buyer to bypass Amazon and deal with the seller privately, buried in first-use instructions.",
    [OFF], ["diversion"])

# ---------------------------------------------------------------------------
# off-platform-contact + marketing
# ---------------------------------------------------------------------------
add("en", "reply",
    "Good news about the matching lid: it's $6 cheaper when you order from copperlark.com directly, and code "
    "LARK10 takes another 10% off there.",
    "Sends the buyer to the seller's own site with a lower price and a discount code.",
    [OFF, MKT], ["website", "discount"])
add("en", "proactive",
    "Follow @copperlark.kitchen on Instagram and tag a friend under our pinned post, because we're giving away "
    "three Barista Duo machines this month!",
    "Invites the buyer to follow on Instagram and enter a giveaway.",
    [OFF, MKT], ["social", "promotion"])
add("zh", "proactive",
    "诚邀您加入铜雀厨坊VIP微信群，群主微信号 larkchu_vip，群里每周发放专属折扣和新品试用名额。",
    "Invites the buyer to a WeChat group that hands out exclusive discounts.",
    [OFF, MKT], ["messaging-app", "vip-group"])
add("en", "reply",
    "Glad the filter basket fits your machine, Hannah. For future reference, the basket is dishwasher-safe on "
    "the top rack only. The gasket behind it should be rinsed by hand. Our Discord community, Copperlark "
    "Kitchen Table, posts members-only flash deals every Friday, so search for the server name and hop in. "
    "It's also where we share recipes from other Barista Duo owners. Let us know if anything else comes up "
    "with the machine.",
    "Invites the buyer to a Discord server that posts members-only deals, buried in a care reply.",
    [OFF, MKT], ["messaging-app", "vip-group"])
add("mixed", "proactive",
    "新品上线！Copperlark burr grinder 现已开售，搭配您的 Barista Duo 风味更好，详情请看 copperlark.link/grinder 。",
    "Announces a new product with a link to the seller's own short URL.",
    [OFF, MKT], ["url", "new-product"])
add("en", "proactive",
    "Love cooking with your CrispLark? E-mail recipes@copperlark.com with the word JOIN and we'll sign you up "
    "for our monthly Pantry Box, a spice and recipe-card subscription made for air fryers.",
    "Asks the buyer to e-mail the seller to sign up for a paid subscription.",
    [OFF, MKT], ["email", "subscription"])
add("zh", "proactive",
    "歡迎追蹤我們的Facebook粉絲專頁「銅雀廚坊」，在貼文下留言就能領取專屬推薦碼，朋友用推薦碼下單後，你們各得10美元購物金。",
    "Invites the buyer to follow a Facebook page and join a referral scheme.",
    [OFF, MKT], ["social", "referral"], trad=True)

# ---------------------------------------------------------------------------
# marketing only
# ---------------------------------------------------------------------------
add("en", "proactive",
    "Thanks for your order 113-2468013-5790246! As a welcome gift, here's a one-time code, LARKNEW15, good "
    "for 15% off any Copperlark accessory on Amazon through the end of the month.",
    "Sends an unsolicited coupon code.",
    [MKT], ["coupon"])
add("en", "reply",
    "Your replacement knife block ships tomorrow, and by the way, you can take 20% off your next knife with "
    "c0up0n SHARP20 at checkout.",
    "Slips a coupon into a shipping reply, with the word coupon in leetspeak.",
    [MKT], ["coupon"], tech=["leetspeak"])
add("zh", "proactive",
    "感谢您的支持！送您一张满50减10美元的店铺优惠券，下次下单时输入 COPPER10 即可使用，30天内有效。",
    "Sends an unsolicited store coupon code.",
    [MKT], ["coupon"])
add("zh", "reply",
    "您詢問的刀具保養油已經補寄了。順帶一提，本店所有磨刀器這週都降價兩成，有需要可以參考看看。",
    "Adds an unsolicited price-drop announcement to a reply about a reshipped item.",
    [MKT], ["discount"], trad=True)
add("en", "proactive",
    "Our Labor Day sale starts Friday: buy any cast-iron pan and we'll include a chainmail scrubber at no "
    "extra cost. Don't miss it!",
    "Announces a seasonal sale with a gift-with-purchase.",
    [MKT], ["promotion"])
add("zh", "proactive",
    "双十一大促抢先看：空气炸锅全系列买一送一，仅限三天，记得提前加入购物车！",
    "Announces a shopping-festival buy-one-get-one promotion.",
    [MKT], ["promotion"])
add("en", "proactive",
    "Hi Olivia, we just launched the Copperlark Milk Pitcher, shaped to pair perfectly with your Barista Duo's "
    "steam wand, and it's live on Amazon now.",
    "Announces a new product to a past buyer.",
    [MKT], ["new-product"])
add("zh", "proactive",
    "您好，我们最近推出了一款配套的电动磨豆机，研磨度有四十档可调，和您买的咖啡机是绝配，在亚马逊搜'铜雀厨坊磨豆机'就能找到。",
    "Announces a new matching product and tells the buyer how to find it.",
    [MKT], ["new-product"])
add("en", "reply",
    "Great question about sharpening angles. The Kiritsu is ground at 15 degrees per side, which is sharper "
    "than most Western knives at 20. For touch-ups, a few strokes on a honing rod every couple of uses is "
    "plenty. By the way, a lot of customers who bought this knife also pick up our bamboo magnetic strip and "
    "the 1000/6000 whetstone, and both would round out your setup nicely. For a full resharpen, use the coarse "
    "side first and finish on the fine side. Keep the angle steady and you'll feel the burr form.",
    "Pushes the seller's other products in the middle of a sharpening answer.",
    [MKT], ["cross-sell"])
add("zh", "reply",
    "炸篮涂层脱落的问题已经为您补发新篮子了。另外推荐您搭配我们家的一次性硅油纸一起用，清洗更省心，店里就有卖。",
    "Recommends the seller's own accessory inside a replacement reply.",
    [MKT], ["cross-sell"])
add("mixed", "proactive",
    "您的 cast iron skillet 已经送达。很多买家会一起买我们的 seasoning oil 和 silicone handle sleeve，"
    "在 Amazon 搜索 Copperlark 就能看到，值得一试！",
    "Cross-sells accessories to a buyer whose order was delivered.",
    [MKT], ["cross-sell"])
add("en", "proactive",
    "Running low on descaler? It's been about three months since your last pack, so tap Buy it again in Your "
    "Orders to reorder in one click.",
    "Pushes the buyer to buy again.",
    [MKT], ["buy-again"])
add("zh", "proactive",
    "您好，您上次买的咖啡机除垢剂应该快用完了，在'再次购买'里一键回购就行，很方便哦。",
    "Reminds the buyer to reorder a consumable.",
    [MKT], ["buy-again"])
add("zh", "proactive",
    "您好，上次購買的矽膠烘焙墊差不多該換新了吧？到「再買一次」頁面就能快速下單，歡迎回購！",
    "Pushes the buyer to reorder through the buy-again page.",
    [MKT], ["buy-again"], trad=True)
add("en", "proactive",
    "See the rest of the Copperlark lineup at amazon.com/stores/Copperlark/page/8E2F47, where there's something "
    "for every corner of your kitchen.",
    "Links to the seller's Amazon storefront to promote other products.",
    [MKT], ["storefront-link"])
add("zh", "reply",
    "您要的说明书已经放在附件里了。顺便附上我们的亚马逊店铺链接 amazon.com/shops/copperlark ，里面还有很多厨房好物，欢迎逛逛。",
    "Adds an Amazon storefront link to a reply that sends a manual.",
    [MKT], ["storefront-link"])
add("zh", "reply",
    "新的温控旋钮已经寄出，运单号 1Z5H72D90318645520，预计周三送达。安装时先拔掉电源，把旧旋钮直接向外拔下即可。"
    "新的对准卡槽按进去，听到咔哒一声就装好了。另外，这已经是您在我们店的第三笔订单，您已自动成为金勺会员，"
    "之后买任何商品都享受优先发货和会员专享价。如果还有问题，随时在这里留言。",
    "Enrols the buyer in a loyalty tier with member pricing, buried in installation instructions.",
    [MKT], ["loyalty"])
add("en", "proactive",
    "Know someone who'd love a CrispLark? Share your personal referral link from the SimmerNote app, and when "
    "they order the CrispLark on Amazon, you'll both get $10 toward your next purchase.",
    "Invites the buyer into a refer-a-friend scheme.",
    [MKT], ["referral"])
add("zh", "proactive",
    "推荐好友购买我们的任意一款刀具，好友下单后，您和好友都能获得一把削皮刀作为谢礼。",
    "Offers a gift for referring friends.",
    [MKT], ["referral"])
add("en", "reply",
    "Thanks for confirming the new delivery address, Jordan. We've updated it on the order, and the carrier has "
    "the change. Your package should still arrive on Thursday. By the way, the sage green version of the "
    "6-quart air fryer is finally back in stock, in case you've been waiting for it. Let us know if you need "
    "anything else for this order.",
    "Adds an unsolicited restock alert to a reply about an address change.",
    [MKT], ["restock"])
add("zh", "proactive",
    "您之前问过的12寸铸铁锅已经到货了，库存不多，需要的话请尽快下单哦！",
    "Sends a proactive restock alert with a call to buy.",
    [MKT], ["restock"])
add("zh", "proactive",
    "除垢剂用完了可不好办！开通'订购省'，每90天自动送货上门，价格还能再省10%。",
    "Pushes Subscribe and Save for a consumable.",
    [MKT], ["subscription"])
add("en", "proactive",
    "Pair your new chef's knife with our matching honing rod and paring knife: as a 3-piece set it costs 25% "
    "less than buying them one by one, and the d-e-a-l ends Sunday.",
    "Pushes a bundle with the word deal split by hyphens.",
    [MKT], ["bundle"], tech=["spacing"])
add("zh", "reply",
    "您问的10寸锅盖单买是29.99美元。另外我们有锅、锅盖和隔热垫的三件套组合，比单买省15美元，非常推荐您考虑一下。",
    "Answers a price question and then pushes a bundle, which is marketing.",
    [MKT], ["bundle"])
add("en", "proactive",
    "As a past Copperlark buyer you get first dibs: our Black Friday prices go live for you 48 hours before "
    "everyone else. Reply YES and we'll hold one for you.",
    "Offers early access to holiday prices with a reply-to-reserve call to action.",
    [MKT], ["early-access"])
add("mixed", "proactive",
    "老客户专享 early access：新款 Barista Duo Pro 下周一上线，您可以提前两天以 pre-order 价格购买，回复1即可预留。",
    "Offers past customers early access to a new model with a reply-to-reserve call to action.",
    [MKT], ["early-access"])

# ---------------------------------------------------------------------------
# compliant: near-misses
# ---------------------------------------------------------------------------
add("en", "proactive",
    "Hi Sofia, your order 113-5073318-9046221 was delivered last week. If you have a moment, we'd appreciate "
    "it if you shared your experience with the CrispLark on Amazon, whether it's been great or not so great, "
    "because honest reviews help other home cooks decide.",
    "A single unconditional review request with balanced wording is allowed once per order.",
    nm="neutral-review-request")
add("en", "proactive",
    "We'd love to hear how the Barista Duo is working out for you, positive or negative. You can leave a review "
    "from Your Orders on Amazon whenever it suits you.",
    "A neutral review request that names both positive and negative outcomes is allowed.",
    nm="neutral-review-request")
add("en", "reply",
    "Since the replacement burr has fixed the grinding problem, we just wanted to mention one thing. If you feel "
    "we have resolved your concerns, Amazon lets you update or remove the seller feedback you left on this "
    "order, and that choice is entirely yours.",
    "Amazon's own neutral post-resolution feedback notice, with no plea or reward, is allowed.",
    nm="feedback-neutral-notice")
add("en", "reply",
    "We're sorry the glass carafe arrived cracked. A replacement has been sent free of charge with tracking "
    "1Z3F90A40312576648, and there's no need to return the broken one.",
    "A free replacement is a remedy and not an offer.",
    nm="free-remedy")
add("en", "reply",
    "We've issued a full refund of $64.99 for the scratched skillet to your original payment method, and it "
    "should show up within 3 to 5 business days.",
    "A refund for a damaged item with no link to a review is a remedy.",
    nm="free-remedy")
add("en", "reply",
    "Done: we've cancelled the duplicate order 114-8820463-1175039 as you asked and removed the extra knife "
    "block from your shipment. Your remaining order is unchanged.",
    "Cancel, remove and change are used here only for order logistics the buyer asked for.",
    nm="logistics-verbs")
add("en", "reply",
    "Your order 111-3058842-9921764 went out in two boxes: TBA604417729350 holds the air fryer and "
    "1Z7R22W10494038815 holds the accessory kit. The ASIN of the liner pack you asked about is B0D4KX7Q2M.",
    "Order ids, tracking numbers and an ASIN are not phone numbers.",
    nm="numbers-not-phones")
add("en", "reply",
    "The $20 coupon you saw on the listing is run by Amazon, so it's applied at checkout when you tick the box. "
    "It can't be added to an order that has already been placed.",
    "Explains an Amazon coupon the buyer asked about, with no offer of its own.",
    nm="coupon-explanation")
add("en", "reply",
    "You asked when the 12-inch lid will be available again: our next shipment is due at Amazon's warehouse "
    "around May 14, and the listing should show it in stock shortly after that.",
    "Answers the buyer's own restock question factually, without a call to buy.",
    nm="restock-answer")
add("en", "reply",
    "The milk swirls faster because the Barista Duo's steam wand uses a four-hole star tip instead of a single "
    "hole. Keep the tip just below the surface for the first few seconds.",
    "The word star describes the steam tip, not a rating.",
    nm="product-fact-stars")
add("en", "reply",
    "The Forgeline skillet is rated oven-safe to 650°F, but the silicone handle sleeve is only rated to 450°F, "
    "so slide the sleeve off before the pan goes into the oven.",
    "Rated refers to temperature limits, not to a review rating.",
    nm="spec-words")
add("en", "reply",
    "You don't need any social media account to use SimmerNote. Download it from the App Store or Google Play, "
    "sign in with your e-mail address, and the air fryer will appear under Devices.",
    "Names the companion app and public app stores needed to use the product, with no handle or address.",
    nm="app-name")
add("en", "reply",
    "The QR code on the sticker under the drip tray is only for pairing. Open SimmerNote, tap Add Device and "
    "point your camera at it, and the air fryer will join your Wi-Fi.",
    "A QR code that pairs the appliance with its app is a product feature, not a contact channel.",
    nm="qr-feature")
add("en", "reply",
    "Your 5-piece cast-iron set is with Ridgeway Freight, which needs to book a delivery slot with you. Their "
    "scheduling desk is at (888) 555-0130, and they'll ask for the freight reference RW-440871.",
    "A shipping carrier's number given to schedule delivery falls under the carrier exception.",
    nm="carrier-phone")
add("en", "reply",
    "We don't send refunds through PayPal, Venmo or any other outside service. Once the return is scanned, "
    "Amazon puts the money back on the card you paid with.",
    "Names outside payment services only to say refunds do not go through them.",
    nm="payment-negation")
add("en", "reply",
    "The 60% discount that showed for a few hours was a pricing error on our side. Amazon has honoured it for "
    "your order, so you keep the price you paid and there's nothing you need to do.",
    "Explains a price error and offers nothing new.",
    nm="price-error")
add("en", "reply",
    "To answer your questions: the nonstick coating is free from PFAS and PFOA, the base is free-standing, and "
    "the sale date printed on the box is when the unit was made, not an expiry date.",
    "Free and sale are product-spec words here, not offers.",
    nm="spec-words")
add("en", "reply",
    "The grinder's dial gives a click of tactile feedback at each of its 40 settings. If you can't feel the "
    "clicks, the dial cap probably isn't seated all the way down.",
    "Feedback means the dial's tactile click, not seller feedback.",
    nm="spec-words")
add("en", "reply",
    "To start the return, open https://www.amazon.com/gp/css/order-history, find order 112-6607391-2058834 and "
    "choose Return or Replace Items. Amazon will then show you the drop-off options.",
    "A link to Amazon's own order-history page, needed for the return, is allowed.",
    nm="amazon-order-link")
add("en", "reply",
    "Thank you for writing to us about the rust spots you mentioned in your review of the Forgeline skillet. "
    "Orange spots after the first wash usually mean the pan was left damp, and they don't affect cooking. Scrub "
    "them off with the chainmail pad, dry the pan on the stove, and wipe on a very thin coat of oil. Bake it "
    "upside down at 450°F for an hour to rebuild the layer. If the spots come back after that, reply here and "
    "we'll send you a replacement pan.",
    "Resolves a problem raised in a review without asking the buyer to change or remove it.",
    nm="review-issue-fix")
# zh near-misses
add("zh", "proactive",
    "您好，您的订单 112-9035517-4482706 已送达一周。如果方便，欢迎在商品页面分享您对空气炸锅的真实使用体验，"
    "好的和不好的都可以，您的意见能帮助其他买家。",
    "A single neutral review request that welcomes good and bad experiences alike is allowed.",
    nm="neutral-review-request")
add("zh", "reply",
    "很高兴新的蒸汽喷嘴解决了问题。如果您认为我们已经解决了您的问题，您可以自行选择更新或移除之前留下的卖家反馈，这完全由您决定。",
    "The neutral post-resolution feedback notice, leaving the choice to the buyer, is allowed.",
    nm="feedback-neutral-notice")
add("zh", "reply",
    "非常抱歉刀尖在运输中弯了，我们已经免费为您补发一把新的，旧的不用寄回。",
    "A free replacement is a remedy and not an offer.",
    nm="free-remedy")
add("zh", "reply",
    "已按您的要求删除重复订单 113-2290571-6634018，另一笔订单的收货地址也已修改为新地址，这笔订单无需取消。",
    "删除, 修改 and 取消 refer to order logistics, not to reviews.",
    nm="logistics-verbs")
add("zh", "reply",
    "收到您的问题后，我们检索评测记录发现这批刀的硬度都在HRC60左右，您这把属于正常范围。",
    "检索评测 contains the substring 索评 but means searching test records.",
    nm="cross-boundary-substring")
add("zh", "reply",
    "您说在商品页搜索评论时看到有人提到异味，这是首次使用时涂层受热的正常现象，空烧十分钟左右就会散去。",
    "搜索评论 contains the substring 索评 and the reply only explains an odour.",
    nm="cross-boundary-substring")
add("zh", "reply",
    "两个包裹的运单号分别是 TBA771205934418 和 1Z0K58V30421967753，对应订单号 114-6604187-2291530。",
    "Tracking numbers and an order id are not phone numbers.",
    nm="numbers-not-phones")
add("zh", "reply",
    "您看到的页面上的优惠券是亚马逊平台发放的，结账时勾选即可自动抵扣，我们这边无法手动添加。",
    "Explains an Amazon coupon the buyer asked about, with no offer of its own.",
    nm="coupon-explanation")
add("zh", "reply",
    "您问的10寸锅盖目前缺货，预计下月中旬入库，到时商品页会显示有货。",
    "Answers the buyer's own restock question factually, without a call to buy.",
    nm="restock-answer")
add("zh", "reply",
    "这款空气炸锅目前不支持微信小程序控制，只能通过手机上的慢炖笔记App远程设置温度和时间。",
    "Names WeChat only as an unsupported feature, with no handle.",
    nm="app-name")
add("zh", "reply",
    "机身背面的二维码是配网用的，打开慢炖笔记App扫描即可连接Wi-Fi，不会跳转到任何其他页面。",
    "A QR code used to pair the appliance with its app is a product feature.",
    nm="qr-feature")
add("zh", "reply",
    "您收到的是新版滤网，孔径比旧版更细，所以萃取时间会稍微长一点，这是正常的。",
    "新版 describes the part version and is not a new-product announcement.",
    nm="new-word")
add("zh", "reply",
    "谢谢您告诉我们已经留了好评，也感谢您提的建议，我们会转达给产品团队。",
    "Thanks a buyer who mentioned their review, without asking for anything.",
    nm="review-thanks")
add("zh", "reply",
    "我们不会通过支付宝、微信或PayPal给您转账，退款会由亚马逊原路退回您的付款方式。",
    "Names outside payment services only to say refunds do not go through them.",
    nm="payment-negation")
add("zh", "proactive",
    "您好，您购买的铸铁锅七件套属于大件商品（订单 113-9920417-3385061），物流公司需要预约送货。"
    "请在站内信回复一个方便联系的收货电话和可收货的时间段，我们会转交给承运商。",
    "Asks through Amazon messaging for a delivery phone number to schedule a bulky delivery, which is a permitted purpose.",
    nm="bulky-delivery-phone")
# traditional near-misses
add("zh", "proactive",
    "您好，訂單 113-7718250-0934461 的主廚刀已送達。若您願意，歡迎在商品頁分享真實的使用心得，無論好壞都能幫助其他買家。",
    "A single neutral review request that welcomes good and bad experiences alike is allowed.",
    nm="neutral-review-request", trad=True)
add("zh", "reply",
    "很抱歉濾網少寄了一片，我們已經免費補寄，追蹤號碼是 TBA530018824671，舊的那片不需要寄回。",
    "A free replacement with a tracking number is a remedy, and the number is not a phone number.",
    nm="free-remedy", trad=True)
add("zh", "reply",
    "已依照您的要求，取消訂單中的磨刀石，其餘商品照常出貨；付款方式不需要修改。",
    "取消 and 修改 refer to order logistics the buyer asked for.",
    nm="logistics-verbs", trad=True)
add("zh", "reply",
    "您問的鍋底紋路是星形導熱設計，可以用在電磁爐上，也能直接放進烤箱。",
    "星形 describes the pan's base pattern, not a rating.",
    nm="product-fact-stars", trad=True)
add("zh", "reply",
    "咖啡機可以搭配慢燉筆記App使用，萃取完成時也支援LINE訊息通知，不需要另外加入任何帳號。",
    "Names LINE only as a notification feature, with no handle.",
    nm="app-name", trad=True)
# mixed near-misses
add("mixed", "proactive",
    "您好，order 114-3307829-6651042 已经签收。If you have a moment，欢迎在 Amazon 商品页分享您的真实体验，"
    "positive or negative 我们都很想听到。",
    "A single neutral review request with balanced wording is allowed.",
    nm="neutral-review-request")
add("mixed", "reply",
    "您提到的 Lightning Deal 是 Amazon 平台的限时活动，现在已经结束，价格由平台决定，我们这边没办法补差价，sorry for the inconvenience。",
    "Explains an Amazon deal the buyer asked about and makes no offer.",
    nm="coupon-explanation")
add("mixed", "reply",
    "Amazon 可能会自动给您发一封邮件，邀请您写 product review，这是平台的标准流程，参不参与完全由您决定。",
    "Tells the buyer Amazon may send its own review e-mail, which is informational.",
    nm="amazon-auto-email")
add("mixed", "reply",
    "replacement basket 已经免费寄出，tracking number 是 1Z6T04H80577213390，预计周四送达。",
    "A free replacement with a tracking number is a remedy.",
    nm="free-remedy")
add("mixed", "reply",
    "已经帮您 update 了 shipping address，原来的 order 不需要 cancel，也不用 remove 任何商品。",
    "Update, cancel and remove refer to order logistics.",
    nm="logistics-verbs")

# ---------------------------------------------------------------------------
# compliant: plain
# ---------------------------------------------------------------------------
add("en", "proactive",
    "Hi Morgan, we're sorry: your Barista Duo from order 113-6620984-1507733 will ship three days later than "
    "estimated because of a delay at our warehouse. The new expected delivery date is March 21.",
    "A proactive delay notice is a permitted message.", nm="plain")
add("en", "proactive",
    "Before we engrave your Kiritsu knife for order 111-4439027-8816650, please confirm the spelling 'For "
    "Eleanor, 2024'. Reply here with any corrections by Thursday.",
    "Verifying a custom engraving is a permitted message.", nm="plain")
add("en", "reply",
    "To descale the Barista Duo, dissolve one sachet in a litre of water, run it through the steam wand and the "
    "group head, then flush twice with clean water.",
    "A usage answer with nothing else.", nm="plain")
add("en", "reply",
    "You can return the air fryer within 30 days from Your Orders; choose Item defective as the reason and "
    "Amazon will give you a prepaid label.",
    "Return instructions through Amazon.", nm="plain")
add("en", "reply",
    "As requested, the invoice for order 114-0082716-3345590 is attached as a PDF.",
    "Sends an invoice the buyer asked for.", nm="plain")
add("en", "reply",
    "As requested, I've attached the user manual for the CrispLark 5.8-quart model.",
    "Sends a manual the buyer asked for.", nm="plain")
add("en", "reply",
    "Hand-wash the knife in warm water and dry it straight away, because dishwasher heat and detergent will "
    "dull the Damascus pattern over time.",
    "A care answer with nothing else.", nm="plain")
add("en", "reply",
    "We can't redirect a parcel once it has left our warehouse, but the carrier's tracking page lets you pick "
    "a different drop-off point.",
    "A delivery answer with nothing else.", nm="plain")
add("en", "reply",
    "Small brown spots after the first wash are normal seasoning wear. Dry the pan over low heat and wipe on a "
    "thin coat of oil while it's still warm.",
    "A care answer with nothing else.", nm="plain")
add("zh", "proactive",
    "您好，因物流原因，订单 112-5581302-7740926 的咖啡机预计延迟三天发货，给您带来不便非常抱歉。",
    "A proactive delay notice is a permitted message.", nm="plain")
add("zh", "reply",
    "空气炸锅第一次使用时建议空烧十分钟，期间有轻微气味属于正常现象。",
    "A usage answer with nothing else.", nm="plain")
add("zh", "reply",
    "退货请在亚马逊'我的订单'中选择该商品并提交退货申请，系统会生成退货标签。",
    "Return instructions through Amazon.", nm="plain")
add("zh", "reply",
    "应您的要求，附上咖啡机的中文说明书，请查收附件。",
    "Sends a manual the buyer asked for.", nm="plain")
add("zh", "reply",
    "这把主厨刀的刀刃硬度比较高，切冻肉或骨头容易崩口，建议只用来处理蔬菜和去骨的肉。",
    "A usage answer with nothing else.", nm="plain")
add("zh", "proactive",
    "您定制的刀身刻字为'陈记小厨'，请确认字样是否正确，我们收到回复后再安排刻字。",
    "Verifying a custom engraving is a permitted message.", nm="plain")
add("zh", "reply",
    "您的包裹昨天已经发出，承运商显示预计周五送达。",
    "A shipping update given in reply to the buyer.", nm="plain")
add("zh", "reply",
    "鑄鐵鍋洗完後，請先用小火烘乾，再薄薄抹上一層油，這樣就不容易生鏽。",
    "A care answer with nothing else.", nm="plain", trad=True)
add("mixed", "reply",
    "您的 air fryer basket 尺寸是 22 x 22 cm，可以放进大部分 dishwasher，不过建议手洗，涂层会更耐用。",
    "A product answer with nothing else.", nm="plain")
add("mixed", "reply",
    "这台 espresso machine 的水箱容量是 1.8 L，如果您家是硬水，建议每两周做一次 descaling cycle。",
    "A usage answer with nothing else.", nm="plain")


# ---------------------------------------------------------------------------
def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def length_tag(text):
    n = sentence_count(text)
    w = sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)
    if n >= 5:
        return "long"
    if n <= 2 and w <= 80:
        return "short"
    return None


def build():
    out = []
    for r in RECS:
        labels = sorted(r["labels"], key=ORDER.index)
        assert labels == r["labels"], r["text"]
        tags = list(r["subs"]) + [r["ctx"]]
        if r["tech"]:
            tags += ["evasion"] + sorted(r["tech"], key=TECHNIQUES.index)
        if not labels:
            tags.append("plain" if r["nm"] == "plain" else "near-miss")
        if r["trad"]:
            tags.append("traditional")
        lt = length_tag(r["text"])
        if lt:
            tags.append(lt)
        out.append({"text": r["text"], "labels": labels, "lang": r["lang"], "tags": tags,
                    "note": r["note"], "_nm": r["nm"]})
    random.Random(35).shuffle(out)
    with open(OUT, "w", encoding="utf-8") as fh:
        for i, rec in enumerate(out, 1):
            obj = {"id": "h35-%03d" % i, "text": rec["text"], "labels": rec["labels"],
                   "lang": rec["lang"], "tags": rec["tags"], "note": rec["note"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    kinds = collections.Counter(r["_nm"] for r in out if r["_nm"] and r["_nm"] != "plain")
    print("wrote %d records to %s" % (len(out), OUT))
    print("near-miss kinds (%d):" % sum(kinds.values()))
    for k, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-26s %d" % (k, n))


if __name__ == "__main__":
    build()
