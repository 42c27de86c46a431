#!/usr/bin/env python3
"""Hand-written hold-out set h21 for the Amazon buyer-message linter.

Every message below was written by hand from the policy brief
(/work/shared/policy.md) and the interface page (/work/shared/interface.md).
Running this script writes /tmp/h21/holdout21.jsonl, validates it and prints
counts.

Record: {"id", "text", "labels", "lang", "tags", "note"}
  labels  subset of review-inducement / off-platform-contact / marketing
  tags[0] category: violation | evasion | near-miss | clean
  tags    [category, sector, market, context(reply|proactive), ...]
          "hant" = Traditional Chinese, "warn-ok" = near-miss the brief says
          a linter may warn on (a warning is acceptable, an error is not).
"""
import collections
import json
import os
import re
import sys

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def add(cat, labels, lang, sector, market, ctx, extra, note, text, hant=False):
    tags = [cat, sector, market, ctx]
    if hant:
        tags.append("hant")
    tags.extend(extra)
    RECORDS.append({"text": text.strip("\n"), "labels": list(labels),
                    "lang": lang, "tags": tags, "note": note})


# ---------------------------------------------------------------------------
# VIOLATIONS (50)
# ---------------------------------------------------------------------------

# --- English ---------------------------------------------------------------
add("violation", [RI], "en", "tea-set", "US", "reply", ["five-star", "buried"],
    "Five-star request buried at the end of an otherwise correct partial-refund reply.", """
Hi Margaret,

Thank you for the photos of the gaiwan lid. That crack definitely happened in transit, and I'm sorry it spoiled your first brew. I've refunded $14.60 for the lid to your original payment method today; banks usually show it within 3-5 business days. You don't need to send the pieces back, just wrap them in newspaper before they go in the bin.

We have also changed our packing for this set to double foam, so the extra cups you ordered separately should arrive safely.

Once you've had a few sessions with it, it would mean a great deal to our little family shop if you could give the set the full five stars on Amazon. Every one of them counts for us.

Warm regards,
Lin at Jade Kettle
""")

add("violation", [RI], "en", "bike-light", "US", "proactive", ["incentive", "gift-card"],
    "Proactive usage tip followed by a gift card offered for posting a review.", """
Hello Daniel,

Your BrightSpoke R300 rear light (order 114-3307215-8894412) was marked delivered yesterday. A couple of quick notes so you get the most from the battery: charge it fully before the first ride, and use pulse mode in daylight, which runs about 14 hours.

We're also doing a small thank-you this month. Post a review of the light on Amazon, reply to this message with the name it's posted under, and we'll send you a $10 Amazon gift card code right here in this thread. That's it!

Ride safe,
The BrightSpoke team
""")

add("violation", [RI], "en", "phone-gimbal", "UK", "reply", ["change-review", "indirect", "after-resolution"],
    "Asks the buyer to bring their product-page comments 'up to date' after a replacement and refund: a request to change a review, with no 'change/edit review' keyword.", """
Hi Priya,

Great to hear the replacement gimbal balances properly now and the roll motor isn't buzzing any more. The £6.99 you paid to post the faulty one back has been refunded as well, so you should be completely square with us.

One small favour: the comments you posted on the product page last week still describe the first unit. Now that everything has been put right, could you go back in and bring them up to date so they reflect how it all turned out? Shoppers read those first and it's hurting us a lot.

Many thanks,
Owen - StableShot Support
""")

add("violation", [RI], "en", "wall-clock", "US", "proactive", ["gating", "divert-negative"],
    "Review gating: happy buyers are invited to tell shoppers, unhappy ones told to hold off and message the seller.", """
Dear Mr. Alvarez,

We hope the Harbor 14" wall clock arrived in one piece and that the hanging hook on the back was easy to find.

If it's ticking away happily and keeping good time, we would be thrilled if you told other shoppers about it on Amazon. If it's running fast, slow or making noise, please hold off on posting anything and just reply here first; we'll fix it or replace it straight away.

Kind regards,
Harbor Clockworks
""")

add("violation", [RI], "en", "fountain-pen", "US", "reply", ["content-steering", "photo-request"],
    "Steers review content: tells the buyer which features to mention and asks for a photo.", """
Hi Grace,

So glad the converter fits now. The trick of giving it a quarter turn as you push it in catches a lot of people out.

If you do decide to write about the pen on Amazon, could you please mention how smooth the fine nib is on cheap copy paper, and that it came in the wooden gift box? Those two points are what most people ask us about before buying, and hearing it from a real owner helps far more than anything we write. A photo of your handwriting would be the cherry on top.

Best,
Marcus, Inkwell & Nib
""")

add("violation", [RI], "en", "pool-cleaner", "US", "reply", ["feedback-removal", "pressure", "buried"],
    "Pressure to take down negative seller feedback (account-health argument) after a part was replaced; tracking number is a near-miss inside a violation.", """
Hello Mr. Okafor,

The new drive belt for your AquaGlide cleaner shipped this morning with tracking TBA304918827301; it should be there Thursday. The video you sent made it clear the old one had stretched, so thanks for taking the time.

I also need to be honest with you: the 1-star seller feedback on our account is pulling our rating below Amazon's threshold, and we could lose our selling privileges over a single rating. As we've now replaced the part, we'd really ask you to take that feedback down today if at all possible.

Thank you for your understanding,
Renee
""")

add("violation", [RI], "en", "rc-car", "US", "reply", ["feedback-removal", "incentive", "refund"],
    "Offers to refund a cost once the buyer removes their seller feedback (incentive for feedback removal).", """
Hi Tyler,

I checked with our warehouse and the 2S battery that should have been in the box was missing, which explains why the truck wouldn't power up. A battery is on its way to you now at no charge.

About the feedback you left for our store: if you'd be willing to remove it, we'll also refund the $12 you spent on a battery locally while you waited. Just let me know once it's gone and I'll process it the same day.

Thanks, and happy bashing!
Chris @ TrailKing RC
""")

add("violation", [RI], "en", "nail-art", "CA", "proactive", ["incentive", "prize-draw"],
    "Entry into a prize draw offered for writing a review.", """
Hi Sophie,

Thank you for ordering the Starry Night nail art kit! A quick reminder: the foil transfer gel needs to stay tacky, so wait about 60 seconds after painting it on before pressing the foil down.

Every customer who writes a review of the kit before the end of the month is automatically entered into our draw for a professional 48W UV lamp. We announce the winner on the 1st.

Have fun creating!
Luna Nails
""")

add("violation", [RI, OFF], "en", "knife-sharpener", "US", "proactive", ["incentive", "refund", "off-amazon-payment", "paypal"],
    "Full reimbursement via PayPal for a review screenshot: incentive plus off-Amazon payment.", """
Hello,

This is Hank from EdgeRight about your whetstone set, order 112-9083172-4410936. We're a two-person business and we're trying to get our first reviews going.

Here's what we can offer: post your honest review on Amazon, send a screenshot of it to this thread together with the e-mail address linked to your PayPal account, and we'll reimburse the full purchase price within 48 hours. You keep the stones.

Thanks for giving a small shop a chance,
Hank
""")

add("violation", [OFF], "en", "fountain-pen", "DE", "reply", ["email", "signature-block"],
    "Helpful answer whose signature block carries a seller e-mail address.", """
Dear Mr. Hartmann,

The converter that came with your Lindqvist 80 uses the standard international size, so the long international cartridges you bought will fit as well. Push the cartridge straight in until you feel a click; the first page may look slightly pale while the feed fills up.

Kind regards,
Tomasz Wojcik
Customer Care | Nibworks Pens
care@nibworks-pens.eu
Mon-Fri 09:00-17:00 CET
""")

add("violation", [OFF], "en", "espresso-tamper", "UK", "reply", ["phone", "invite-call"],
    "Invites the buyer to phone a UK mobile number for help.", """
Hi Ellie,

Sorry the calibrated tamper feels like it's clicking too early. The spring is set to 15 kg at the factory, but it can be adjusted with the little hex screw under the handle cap.

Honestly it's much easier to explain by voice than by message, so if you like, give me a ring on 07700 900461 any weekday after 10 and I'll talk you through it while you have it in your hand.

Cheers,
James
""")

add("violation", [OFF], "en", "rc-car", "AU", "reply", ["whatsapp", "phone"],
    "Troubleshooting reply that moves support to WhatsApp with a phone number.", """
G'day Ben,

Thanks for the clip of the truck pulling to the left. That's usually the steering trim rather than the servo. Try turning the ST.TRIM dial on the transmitter two clicks to the right and see if it tracks straight.

If it still wanders, it'll be quicker to sort out with our tech directly. Send him a video on WhatsApp at +61 412 555 019 and he can check your ESC settings in real time.

Cheers,
Mitch - Outback RC
""")

add("violation", [OFF], "en", "bike-light", "US", "proactive", ["own-website", "url", "warranty-registration"],
    "Proactive warranty-registration link to the seller's own website.", """
Hi Rosa,

Thanks for choosing the NightRider 1200 front light. To activate the two-year warranty, please register the serial number printed under the mount at www.nightrider-lights.com/warranty within 30 days of delivery. Registration takes about a minute, and it also lets you download the latest beam-pattern firmware.

Safe riding,
NightRider Support
""")

add("violation", [OFF], "en", "kayak-paddle", "US", "reply", ["off-amazon-payment", "venmo", "zelle"],
    "Offers to settle a wrong-size item with a Venmo/Zelle payment instead of an Amazon return.", """
Hi Marco,

You're right, the paddle you received is the 220 cm version, not the 230 cm you ordered. Our mistake, and sorry for the hassle just before your trip.

Rather than going through an Amazon return and waiting for the refund to clear, we can send the $20 price difference straight to you on Venmo or Zelle today and you keep the paddle. Just reply with your Venmo handle or the phone number on your Zelle account.

Thanks,
Dana, RiverRun Paddles
""")

add("violation", [OFF], "en", "phone-gimbal", "US", "reply", ["qr-code", "external-helpdesk"],
    "Sends the buyer to a QR code in the box that opens an off-Amazon live help desk.", """
Hello Kevin,

Sorry the gimbal keeps drifting after calibration. Before you send it back, there's one more thing our engineers would like to try.

Inside the lid of the box there's a square QR code next to the foam cut-out. Scan it with your phone camera and it will open our live help desk, where an engineer can look at your unit's logs and push a fix. Most drift problems are solved in under ten minutes that way.

Best regards,
StableShot Care
""")

add("violation", [OFF, MKT], "en", "fountain-pen", "US", "reply", ["buy-on-own-site", "diversion", "buy-again"],
    "Answers an ink question, then tells the buyer to buy refills on the seller's own website because it is cheaper (diversion + buy-again push), with no URL.", """
Hi Walter,

The blue-black ink is the same formula as the bottle that came with the pen, so you can mix the two safely.

A tip for when you run out: we sell the 50 ml refills directly on our own website, and it's usually about 25% cheaper than here because there are no marketplace fees. Just search for Inkwell & Nib and you'll find us.

All the best,
Marcus
""")

add("violation", [MKT], "en", "tea-set", "US", "reply", ["coupon", "discount-code"],
    "Discount code for the next order handed out as a thank-you for patience.", """
Hi Ava,

The tea tray drains from the small hole on the left side, so set it with that corner over the sink or a bowl. The bamboo will darken a little with use; that's normal and doesn't affect anything.

As a thank-you for your patience while the tray was backordered, here's a code for 15% off anything else in our shop: OOLONG15. It's valid until the end of next month.

Happy brewing,
Lin
""")

add("violation", [MKT], "en", "pool-cleaner", "US", "reply", ["cross-sell", "accessories"],
    "Care instructions followed by an unsolicited cross-sell of accessories listed under the brand.", """
Hi Mrs. Jensen,

The filter basket on your AquaGlide clips in from the top: press the two grey tabs together and lift. Rinse it after every cycle with a hose; no soap needed.

Since you mentioned leaves from the oak tree, a lot of owners in your situation add our fine-mesh leaf canister and the rolling caddy cart, which makes lifting the robot out much easier. Both are listed on Amazon under our brand name if you'd like to have a look.

Best,
Renee, AquaGlide Support
""")

add("violation", [MKT], "en", "rc-car", "US", "reply", ["new-product", "launch-price"],
    "Answers a parts question, then announces a new model and a launch price.", """
Hey Jordan,

The pinion on the 1:16 Raptor is a 15T, 0.6 module. You can swap to a 17T for more top speed, but keep an eye on motor temperature for the first few runs.

Also, something you might like: next month we're releasing a brushless 1:10 version of the Raptor with oil-filled shocks and a metal gear diff. Keep an eye on our listings around the 15th; early buyers will get it at the launch price.

Have fun,
Chris @ TrailKing RC
""")

add("violation", [MKT], "en", "wall-clock", "US", "proactive", ["referral"],
    "Referral programme (both get money back) in a proactive message; 'free swap' is a remedy, not the violation.", """
Hi Nora,

We hope your new Atlas station clock looks wonderful in the kitchen. If the second hand ticks too loudly for you, there's a silent sweep movement available as a free swap; just reply here.

And if a friend has been admiring it, let them know about us: when they place an order and mention your name in a message, we'll send each of you $8 back. There's no limit on how many friends you can refer.

Best wishes,
Atlas Clock Co.
""")

add("violation", [MKT], "en", "nail-art", "US", "reply", ["loyalty-programme"],
    "Loyalty tier pitch (Gold level, 20% off every order) after a how-to answer.", """
Hi Jasmine,

The gel top coat needs a full 60 seconds under an LED lamp, or 120 seconds under a UV-only lamp; if it stays sticky after that, wipe it with the alcohol pads included in the kit.

By the way, with this order you're one purchase away from Gold level in our Polish Club. Gold members get 20% off every order, early access to seasonal colours and a birthday gift. We track it automatically from your Amazon orders.

Happy painting,
Luna Nails
""")

add("violation", [MKT], "en", "label-printer", "US", "proactive", ["buy-again", "multipack-upsell"],
    "Buy-again push with a multipack upsell in a proactive message.", """
Hello Mr. Chen,

Thank you for your order of the LP-40 label tape. Each roll prints about 180 labels at the default length.

When you start getting low, the quickest way to restock is the Buy it Again button in your Amazon orders, and the 5-roll pack works out almost 30% cheaper per roll than singles, so it's worth grabbing that one next time.

Regards,
LabelWorks
""")

add("violation", [MKT], "en", "tea-set", "UK", "reply", ["storefront", "amazon-link", "cross-sell"],
    "Amazon storefront link pushing the rest of the collection; an Amazon link, so marketing rather than off-platform.", """
Hi Charlotte,

Yes, the cups in the Celadon set are dishwasher safe on the top rack, but the teapot lid has a hand-painted rim, so please wash that by hand.

We also make a matching cake stand, a sugar bowl and six other glaze colours in the same shape. You can see the whole collection on our brand page here: https://www.amazon.co.uk/stores/JadeKettle/page/7B2F1C9A-4E11-4D8A-9F0E-2C3D5A6B7E81

Kind regards,
Lin
""")

# --- Simplified Chinese ----------------------------------------------------
add("violation", [RI], "zh", "tea-set", "US", "proactive", ["incentive", "cashback", "five-star"],
    "Classic 好评返现 with a five-star condition and a screenshot, after care instructions.", """
亲爱的买家您好：

包裹已经显示签收，茶具第一次使用前建议先用开水烫洗两遍，去除表面的浮灰。紫砂壶请不要用洗洁精清洗。

另外小店目前在做好评返现活动：在亚马逊留下五星评价后，把评价截图回复到这里，我们会返您5美金。名额有限，先到先得哦。

祝您品茶愉快！
""")

add("violation", [RI], "zh", "bike-light", "US", "reply", ["remove-review", "change-rating", "after-refund"],
    "Full refund, then asks the buyer to delete the negative review or raise it to three stars.", """
您好，

关于尾灯充不进电的问题，我们已经为您全额退款，款项会在3-5个工作日内退回原支付方式，灯也不用寄回了。

给您添麻烦真的很抱歉。既然问题已经解决，能不能麻烦您抽空把商品页面上的那条差评删掉？实在不方便删的话，改成三星也可以，非常感谢您的理解。

祝骑行愉快
""")

add("violation", [RI], "zh", "wall-clock", "US", "proactive", ["gating", "divert-negative"],
    "Gating in Chinese: satisfied buyers review, others contact the seller first and do not review.", """
您好！

您订购的北欧风静音挂钟已经送达，挂钟背面有两个挂孔，可以根据墙面选择。电池请使用5号碱性电池。

如果您对挂钟满意，欢迎到亚马逊给我们写个评价；如果走时不准或者有任何其他问题，请先别急着评价，直接回复这条消息，我们保证处理到您满意为止。

谢谢！
""")

add("violation", [RI], "zh", "fountain-pen", "US", "reply", ["content-steering", "photo-request", "word-count"],
    "Steers review content: set phrases, photos and a longer text.", """
您好，

上墨器的使用方法：先把上墨器插到笔舌上，旋转尾部把活塞推到底，笔尖浸入墨水后反向旋转即可吸墨。

另外想拜托您一件事：如果之后写评论的话，能不能帮忙提一句“出水顺畅、笔尖很稳、包装是礼盒”，最好再配两张手写的实拍图，字数写多一点，这样对我们新品帮助特别大。

谢谢您！
""")

add("violation", [OFF, MKT], "zh", "nail-art", "US", "reply", ["social", "xiaohongshu", "douyin", "giveaway"],
    "Sends the buyer to the seller's Xiaohongshu/Douyin accounts to follow and join weekly giveaways.", """
亲，您好～

您问的“银河闪粉”色号是#27，套装里面已经包含了，就在第二排最右边的小瓶。封层用灯照60秒就可以了。

我们在小红书和抖音上都有教程账号，搜索“露娜美甲”就能找到，关注以后还能参加每周的抽奖送甲油胶活动，新款也会第一时间在那边发布哦！
""")

add("violation", [RI], "zh", "pool-cleaner", "US", "reply", ["feedback-removal", "pressure"],
    "Pressure to withdraw one-star seller feedback (account may be restricted), after a replacement part; tracking number inside.", """
您好，

新的驱动皮带今天已经寄出，追踪号 TBA304918827355，预计周四送达。视频里可以看出旧皮带已经拉长了，感谢您耐心配合。

另外不得不说一下：您留下的一星卖家反馈对我们店铺影响非常大，账号评分已经接近警戒线，可能会被限制销售。现在配件已经补发了，恳请您尽快撤回那条反馈，拜托了。
""")

add("violation", [OFF], "zh", "rc-car", "US", "reply", ["wechat", "im-handle"],
    "Pairing instructions, then asks the buyer to add the after-sales WeChat account.", """
您好，

遥控器对频的步骤比较多，文字不太好描述：先按住遥控器的SET键开机，再打开车身电源，等指示灯由快闪变慢闪就对频成功了。

如果还是不行，我们录了一个完整的对频视频，文件太大这里发不了，您加一下我们售后微信 rcgarage_help88，我直接发给您，有问题也可以随时语音沟通。
""")

add("violation", [OFF], "zh", "phone-gimbal", "US", "reply", ["email"],
    "Asks the buyer to e-mail the seller for a firmware package.", """
您好，

云台启动后电机抖动，一般是固件版本太旧导致的。新的固件升级包和升级教程请发邮件到 support@gimbalpro-tech.cn 索取，邮件里写上您的订单号，我们会在24小时内把文件发给您。

升级时请保持电量在50%以上。
""")

add("violation", [OFF, MKT], "zh", "tea-set", "US", "reply", ["own-website", "url", "buy-on-own-site", "free-gift"],
    "Buyer asked about coasters; seller sends them to its own website, cheaper, with a first-order gift, and suggests buying there in future.", """
您好，

您问的配套杯垫我们确实有，不过亚马逊上暂时没有上架。

您可以直接在我们的官网 www.jadekettle-tea.com 下单，官网价格比亚马逊便宜不少，第一次下单还送一小罐乌龙茶。以后买茶具也可以直接在官网买，免得被平台抽佣金。

祝好！
""")

add("violation", [OFF], "zh", "watch-strap", "US", "reply", ["off-amazon-payment", "paypal"],
    "Wrong size sent; offers a PayPal refund outside Amazon and asks for the PayPal account.", """
您好，

非常抱歉，给您发错了表带尺寸（应该是22mm，发成了20mm）。

为了不耽误您的时间，退货流程就不用走了，我们直接通过PayPal把货款退给您，表带您留着或者送人都可以。麻烦回复一下您的PayPal账号（邮箱或手机号都行），我们今天就转账。
""")

add("violation", [MKT], "zh", "bike-light", "US", "proactive", ["coupon", "discount-code"],
    "Mounting tip, then a store-wide discount code for the next purchase.", """
您好，

您购买的前灯已经送达，灯头的角度可以通过底座上的旋钮调整，建议向下倾斜约5度，避免晃到对面来车。

下次购买我们店里的任何产品，结账时输入优惠码 LIGHT20 即可立减20%，有效期到本月底。
""")

add("violation", [MKT], "zh", "nail-art", "US", "proactive", ["new-product", "launch-discount"],
    "Usage tip followed by a new-collection announcement with a first-week discount.", """
亲爱的顾客您好：

感谢您对我们猫眼胶的支持！使用时记得磁铁要靠近甲面2-3毫米，停留5秒再照灯，效果会更明显。

告诉您一个好消息，我们本月刚上新了“极光猫眼”系列，一共12个颜色，和您买的这款可以叠涂。新品上架首周有折扣，喜欢的话欢迎到店里看看～
""")

add("violation", [MKT], "zh", "fountain-pen", "US", "reply", ["buy-again", "bundle-sale"],
    "Answers an ink-safety question, then a buy-again nudge and a buy-two-get-one sale.", """
您好，

这款墨水是染料型的，不含颜料颗粒，可以放心用在您的金笔上，不会堵塞。

墨水用完的话记得回购哦，我们这周末在做活动，墨水买二送一，多个色号可以混搭。
""")

add("violation", [OFF, MKT], "zh", "rc-car", "US", "reply", ["facebook-group", "vip-club", "giveaway"],
    "Invites the buyer to a Facebook VIP group with weekly giveaways and member discounts.", """
您好，

后轮的六角轴套是12mm的，和大部分1:10车型的轮胎通用。

我们有一个Facebook车友VIP群，群里每周都会抽奖送配件，会员买零件还能打八五折。您可以在Facebook上搜索“TrailKing RC Owners”申请加入，备注一下亚马逊订单号就行。
""")

# --- Traditional Chinese ---------------------------------------------------
add("violation", [RI], "zh", "fountain-pen", "US", "reply", ["ask-after-praise", "gating", "buried"],
    "Traditional Chinese: reply to a buyer who wrote to say they love the pen; the seller asks them to turn that satisfaction into a review (review request only because the buyer is happy).", """
您好，

收到您的訊息真的很開心，聽到您說這支筆是今年買過最喜歡的東西，我們整個工作室都很感動！您問的墨水：這支筆用標準國際短墨囊，大部分品牌都能通用。

既然您用得這麼滿意，能不能麻煩您把這份喜歡寫成評價，分享在亞馬遜的商品頁上？讓更多人知道這支筆的好。

謝謝您！
""", hant=True)

add("violation", [RI], "zh", "wall-clock", "US", "proactive", ["incentive", "cashback", "full-refund"],
    "Traditional Chinese: full refund of the price for a review screenshot.", """
您好！

您訂購的木質壁鐘已經送達，掛鐘背面的旋鈕可以調整時間，請順時針轉動。

現在留評就有全額返現：在商品頁留下評價後，把截圖回覆在這個對話裡，我們確認後會把全部貨款退還給您。
""", hant=True)

add("violation", [RI], "zh", "phone-gimbal", "US", "reply", ["change-rating", "change-review", "after-resolution"],
    "Traditional Chinese: after an exchange, asks the buyer to raise the stars or rewrite the review.", """
您好，

換貨的新雲台已經簽收了，很高興聽到現在校準正常，不會再漂移了。

之前因為第一台的問題，您在商品頁給了一顆星，現在問題都解決了，能不能麻煩您把評論的星數調高一點，或者把內容改成現在的使用情況？真的非常感謝。
""", hant=True)

add("violation", [OFF], "zh", "pool-cleaner", "US", "reply", ["line", "im-handle", "video-call"],
    "Traditional Chinese: troubleshooting, then moves support to a LINE account.", """
您好，

清潔機只在池底打轉、不爬牆，通常是濾網堵住了或是設定在「僅池底」模式。請先清洗濾網，再長按電源鍵3秒切換模式。

如果還是不行，可以加我們的 LINE 客服：@poolbot_tw，客服可以直接視訊帶您一步一步設定，比在這裡來回留言快很多。
""", hant=True)

add("violation", [OFF], "zh", "tea-set", "US", "reply", ["phone", "invite-call"],
    "Traditional Chinese: asks the buyer to phone the seller's Taipei shop.", """
您好，

關於茶盤漏水的情況，我們需要確認一下是排水管沒有接好，還是盤身本身有裂縫。

方便的話請直接撥打我們台北門市的電話 (02) 2712-3456，週一到週六早上十點到晚上七點都有人接聽，電話裡說明會比較快。
""", hant=True)

add("violation", [MKT], "zh", "rc-car", "US", "proactive", ["referral"],
    "Traditional Chinese: refer-a-friend programme with $10 for both.", """
您好，

感謝您購買攀爬車！第一次使用前請先把電池充滿，大約需要90分鐘。

另外我們有推薦好友的活動：只要您的朋友在我們店裡下單，並在訊息中留下您的名字，你們兩位都可以各得 10 美元的折扣，推薦人數不限喔！
""", hant=True)

add("violation", [MKT], "zh", "nail-art", "US", "reply", ["storefront", "cross-sell"],
    "Traditional Chinese: how-to, then invites the buyer to browse the Amazon storefront for more sticker sets.", """
您好，

水貼紙要先剪下需要的圖案，泡水15秒後再滑到指甲上，最後上一層封層就會很持久。

我們的亞馬遜店鋪裡還有很多同系列的星空、花卉和節日主題貼紙，歡迎到店鋪逛逛，一次多買幾款搭配起來更好看喔！
""", hant=True)

add("violation", [RI, MKT], "zh", "knife-sharpener", "US", "reply", ["incentive", "coupon", "euphemism"],
    "Traditional Chinese: a store-wide 20% code offered in exchange for 'sharing your experience' on Amazon (incentive; the reward is itself a coupon).", """
您好，

磨刀石第一次使用前需要泡水10分鐘，直到不再冒泡為止。

如果您願意在亞馬遜分享使用心得，我們會提供一組下次購買專用的八折折扣碼作為感謝，折扣碼可以用在店裡任何商品上。
""", hant=True)

# --- Mixed -----------------------------------------------------------------
add("violation", [RI], "mixed", "phone-gimbal", "US", "reply", ["ask-after-praise", "gating"],
    "Mixed: the buyer wrote that they love the replacement gimbal; the seller replies with a review request tied to that satisfaction (the brief's reply-to-praise gating case, visible in the text itself).", """
Hi John,

听到您说 you love the new gimbal，我们真的太开心了！旧的那台不用寄回，您直接处理掉就好。

既然您这么满意，could you share that in a review on Amazon? 您的好心情对我们这种 small shop 帮助很大，thank you 亲！
""")

add("violation", [OFF], "mixed", "pool-cleaner", "US", "reply", ["wechat", "whatsapp", "phone"],
    "Mixed: WeChat ID and a WhatsApp number offered for a video call.", """
Hello Sarah,

关于 robot 不能连 app 的问题，for faster reply please add our WeChat: poolbot_cs 或者 WhatsApp +86 138 0013 8421（同号），我们工程师可以 video call 帮您检查。

Thank you!
""")

add("violation", [MKT], "mixed", "nail-art", "US", "proactive", ["sale", "coupon", "black-friday"],
    "Mixed: Black Friday store-wide discount code.", """
Hi Emily,

谢谢您购买我们的 gel polish set！Black Friday 期间全店 30% off，use code BF30 at checkout，活动到下周一结束，喜欢的颜色可以多囤几瓶哦～
""")

add("violation", [RI, OFF], "mixed", "wall-clock", "US", "proactive", ["divert-negative", "email"],
    "Mixed: asks the buyer to e-mail the seller before leaving any review (diversion of negative reviews + e-mail address).", """
Dear customer,

您的 wall clock 已经 delivered。如果有任何问题，比如走时不准或者有噪音，please email us at help@atlasclock-co.com before leaving any review on Amazon，我们一定 24 小时内解决。Thanks！
""")

add("violation", [MKT], "mixed", "tea-set", "US", "reply", ["cross-sell", "bundle-discount"],
    "Mixed: answers a dishwasher question, then cross-sells a tray and cups with a bundle discount.", """
Hi Linda,

茶壶的 lid 是可以进 dishwasher 的，不过 handle 上的竹子部分建议手洗。

By the way, 配套的 tea tray 和 6-cup set 也在我们 Amazon 店里，一起买还有 bundle discount，搭配起来特别好看！
""")

# ---------------------------------------------------------------------------
# EVASIONS (30)
# ---------------------------------------------------------------------------

# --- English ---------------------------------------------------------------
add("evasion", [OFF], "en", "rc-car", "US", "reply", ["spacing", "whatsapp", "phone"],
    "Letter-spaced 'WhatsApp' and a digit-spaced phone number.", """
Hi Luke,

The receiver light blinking red twice means the failsafe tripped, which usually happens when the transmitter batteries are low. Fresh AAs first, please.

If it keeps happening, our tech can look at it live. W h a t s A p p him on + 1 9 1 7 5 5 5 0 1 8 8 with a short clip.

Cheers,
TrailKing RC
""")

add("evasion", [OFF], "en", "pool-cleaner", "US", "reply", ["at-dot", "email"],
    "E-mail address written as 'name (at) domain (dot) com'.", """
Hello Mr. Patel,

We'd like to see the error code on the power supply display to know whether it's the motor or the cable. The video will probably be too big for this thread, so the easiest way is to send it to Kenji on our team: kenji (at) tidepool-robotics (dot) com. Put your order number in the subject line.

Thanks,
Tidepool Robotics
""")

add("evasion", [OFF], "en", "wall-clock", "US", "reply", ["spelled-digits", "phone"],
    "Phone number spelled out in words.", """
Dear Ms. Brooks,

I'm sorry the pendulum stops after a few hours. This almost always means the clock isn't hanging perfectly level. Listen for an even tick-tock and nudge the bottom of the case left or right until the beats sound equal.

If you'd rather have someone walk you through it, you can reach our clock repairer directly on eight one eight, five five five, zero one four two; he's in most afternoons.

Kind regards,
Atlas Clock Co.
""")

add("evasion", [OFF], "en", "phone-gimbal", "US", "reply", ["zero-width", "telegram", "im-handle"],
    "Zero-width spaces inside 'Telegram' and inside the handle.", """
Hi Marta,

The gimbal's app sometimes loses the Bluetooth pairing after an iOS update. Forget the device in your phone's Bluetooth settings, then pair it again from inside the app, not from Settings.

If that doesn't do it, ping our engineer on Tele\u200bgram: @stable\u200bshot\u200b_fix. He usually answers within the hour.

Best,
StableShot Care
""")

add("evasion", [OFF], "en", "bike-light", "US", "reply", ["full-width", "own-website", "url"],
    "Full-width URL to the seller's own parts shop in reply to a buyer's question.", """
Hello Sam,

The helmet mount uses the same rubber strap as the bar mount, so you can move the light between them without tools.

You asked about a longer extension cable for the battery pack. It isn't sold on Amazon, but you can order it at ｗｗｗ．ｎｉｇｈｔｒｉｄｅｒ－ｌｉｇｈｔｓ．ｃｏｍ／ｐａｒｔｓ and it ships from our warehouse in two days.

Ride safe,
NightRider Support
""")

add("evasion", [RI], "en", "fountain-pen", "US", "reply", ["leetspeak", "five-star"],
    "Leetspeak five-star review request.", """
Hi Peter,

Glad the nib is writing smoothly after the flush! Warm water with a drop of dish soap every few months keeps it that way.

If you have a minute, a 5-st4r r3vi3w would m3an the w0rld to our tiny workshop.

Best,
Marcus
""")

add("evasion", [RI], "en", "nail-art", "US", "reply", ["emoji-stars", "conditional", "five-star"],
    "Five emoji stars standing for a five-star rating, conditional on satisfaction; UPS tracking number inside.", """
Hi Chloe,

The replacement press-on set in size M is on its way with tracking 1Z8V47E90312345678 and should arrive Monday.

When they arrive, if they fit the way you hoped, ⭐⭐⭐⭐⭐ on the product page would truly make our week!

XO,
Luna Nails
""")

add("evasion", [RI], "en", "tea-set", "US", "proactive", ["homoglyph", "cyrillic", "incentive", "positive-review"],
    "Cyrillic o and e inside 'positive review'; free refill pack offered for it.", """
Hello Anna,

The tea set was shipped today and will reach you by Friday. For a limited time we are offering a free refill pack of our jasmine pearls to customers who leave a p\u043esitive r\u0435view once the set arrives. Just let us know when yours is up.

Best regards,
Jade Kettle
""")

add("evasion", [RI], "en", "rc-car", "US", "reply", ["euphemism", "change-review", "after-resolution"],
    "Euphemism for changing a review: 'revisit the stars', 'refresh your comments'.", """
Hi Derek,

Thank you again for bearing with us while the new charger was on its way. We're relieved the car is running full packs now, and the refund for the second battery went through this morning.

When you get a quiet moment, would you mind revisiting the stars you gave us and refreshing your comments on the product page so they match where things stand today? Shoppers only see the old story at the moment.

All the best,
Chris @ TrailKing RC
""")

add("evasion", [MKT], "en", "pool-cleaner", "US", "reply", ["line-split", "sale", "discount-code"],
    "Sale announcement and discount code split across lines with hyphenation.", """
Hi Olivia,

The cable swivel is fixed in the new unit we sent, so no more tangling.

Before summer kicks in, our end-of-season sa-
le is on: every brush kit and filter canister is 25% off this week with the code POOL
25 at check-
out.

Thanks so much,
AquaGlide
""")

add("evasion", [MKT], "en", "wall-clock", "US", "reply", ["leetspeak", "separators", "coupon"],
    "Leetspeak 'c0up0n c0de' and a hyphen-separated code.", """
Hello Mr. Singh,

The clock movement is fixed and the replacement hands are in the post. Please fit the hour hand first, pointing at 12, then the minute hand.

Small thank-you for your patience: use c0up0n c0de S-A-V-E-1-5 on your next 0rder with us for 15% 0ff.

Kind regards,
Atlas Clock Co.
""")

add("evasion", [MKT], "en", "fountain-pen", "US", "reply", ["homoglyph", "cyrillic", "greek", "new-product", "discount"],
    "Cyrillic e/c, Greek omicron and Ukrainian i inside 'new collection' and 'discount'.", """
Dear Hannah,

The ink sample you asked about is the Deep Forest green; it dries in about 20 seconds on standard paper.

Our n\u0435w \u0441\u03bfllection of 12 seasonal inks lands next week, and returning customers get an early d\u0456s\u0441ount. Just look for our brand on Amazon from Monday.

Warm regards,
Inkwell & Nib
""")

add("evasion", [MKT], "en", "phone-gimbal", "US", "reply", ["leetspeak", "separators", "storefront", "buy-again", "cross-sell"],
    "Leetspeak storefront push, bundle cross-sell and a letter-separated 'BUY AGAIN'.", """
Hi Greg,

The mount bolts on the gimbal tripod are 1/4"-20, standard camera thread.

P.S. Our st0re-fr0nt has the matching counterweight kit and a phone clamp for Pro Max sizes; bundle them and save. And when the tripod legs wear out, just B-U-Y A-G-A-I-N from your orders and get 10% back.

Best,
StableShot
""")

add("evasion", [OFF, MKT], "en", "nail-art", "US", "reply", ["slang", "instagram", "giveaway", "flash-sale"],
    "Slang for Instagram ('the gram') with a handle, plus flash sales and giveaways for followers.", """
Hi Tessa,

To keep the glitter from lifting at the edges, cap the free edge with top coat and cure for the full minute.

We post new nail designs every week over on the 'gram; look up luna.nails.studio. Followers get first dibs on flash sales and giveaways.

Love,
Luna Nails
""")

# --- Simplified Chinese ----------------------------------------------------
add("evasion", [RI], "zh", "tea-set", "US", "proactive", ["pinyin", "slang", "cashback"],
    "Pinyin abbreviations hp (好评) and fanxian (返现), 5x for five stars, 刀 for dollars.", """
亲，茶杯收到了吧？新杯子第一次用之前用淘米水煮一下会更耐用哦。

小店hp fanxian活动还在进行中，晒图+5x的话返8刀，截图发这里就行～
""")

add("evasion", [OFF], "zh", "fountain-pen", "US", "reply", ["homophone", "wechat", "jia-v"],
    "加个V and 薇信 for WeChat.", """
您好，

笔尖刮纸的问题，可能是笔尖两片尖端没有对齐，需要看一下近距离的照片才能判断。

这边平台对图片压缩比较厉害，方便的话加个V：pen_doctor2024（薇信同号），把高清图发过来，师傅给您远程指导调整。
""")

add("evasion", [OFF], "zh", "rc-car", "US", "reply", ["slang", "telegram", "im-handle"],
    "纸飞机/走飞机 as slang for Telegram, with a handle.", """
您好，

电调的参数卡我们这边有电子版说明书，文件有点大。

您有纸飞机吗？有的话搜一下 @rc_garage_cn，走飞机联系会快很多，技术小哥基本都在线。
""")

add("evasion", [RI], "zh", "wall-clock", "US", "reply", ["separators", "symbol-stars", "five-star"],
    "好/评/五/星 split by slashes plus ★★★★★, after a free replacement.", """
您好！

静音挂钟已经补发，旧的那个不用寄回了，直接处理掉就好。

如果新的用着没问题，麻烦给个 好/评/五/星 ★★★★★ ，真的非常感谢！
""")

add("evasion", [MKT], "zh", "nail-art", "US", "reply", ["pinyin", "coupon", "new-product"],
    "yhq (优惠券) and 'shang xin' (上新) in pinyin.", """
亲亲，您要的那款樱花粉甲油胶已经补货啦，明天就能发出。

另外下次下单前可以先找客服领yhq，满30刀减5刀；店里这周还有shang xin的秋冬色系，老顾客都有专属价哦～
""")

add("evasion", [OFF], "zh", "pool-cleaner", "US", "reply", ["chinese-numerals", "phone", "yao"],
    "Phone number in Chinese numerals, with 幺 for 1.", """
您好，

机器报E3错误一般是滚刷被卡住了，先断电，检查一下滚刷里有没有缠头发或者树枝。

如果还是报错，可以直接打我们技术师傅的电话：幺叁捌 零零幺叁 捌捌肆贰，白天都能接，说一下亚马逊订单号就行。
""")

add("evasion", [RI], "zh", "phone-gimbal", "US", "reply", ["euphemism", "red-packet", "full-stars"],
    "Euphemism: 给点鼓励 'the full kind', with a small red packet promised afterwards.", """
您好，

新的云台已经签收啦，很高兴现在不抖了！

方便的话，在亚马逊上给我们一点鼓励吧，最好是满满的那种～之后我们会送您一个小红包，表示一下心意。
""")

add("evasion", [MKT], "zh", "bike-light", "US", "reply", ["spacing", "zero-width", "coupon", "buy-again"],
    "Spaced 回 购 专 享 and zero-width characters inside 优惠码 and the code.", """
您好，

尾灯的橡胶绑带是通用的，坐管直径22到32毫米都可以装。

另外告诉您，老客户回 购 专 享：下单时输入优\u200b惠\u200b码 BIKE\u200b15，全场八五折，本月有效。
""")

# --- Traditional Chinese ---------------------------------------------------
add("evasion", [RI], "zh", "tea-set", "US", "reply", ["zero-width", "cashback"],
    "Traditional Chinese 好評返現 with zero-width spaces between characters.", """
您好，

茶葉罐的密封蓋要向下壓到聽見「喀」一聲才算關緊。

小店目前有好\u200b評\u200b返\u200b現活動，留下評價後把截圖回傳，我們會返還部分貨款給您。
""", hant=True)

add("evasion", [OFF], "zh", "nail-art", "US", "reply", ["full-width", "line", "im-handle"],
    "Traditional Chinese: full-width LINE handle.", """
您好，

光療機顯示的倒數時間可以長按按鈕，切換成30、60、99秒三種模式。

如果設定上還有問題，歡迎加我們的 ＬＩＮＥ：＠ｎａｉｌｓｔｕｄｉｏ．ｔｗ，美甲師可以直接傳影片教學給您。
""", hant=True)

add("evasion", [MKT], "zh", "wall-clock", "US", "reply", ["full-width", "homophone", "coupon", "new-product"],
    "Traditional Chinese: 折價卷 (wrong character for 券) and a full-width code, new-arrival sale.", """
您好，

時鐘的秒針如果卡在9點的位置，通常是電池電力不足，換一顆新的3號電池就可以了。

另外跟您分享，本店新品上架中，結帳時輸入折價卷代碼 ＮＥＷ８８ 可享全館八折喔！
""", hant=True)

add("evasion", [RI], "zh", "fountain-pen", "US", "reply", ["emoji-stars", "full-stars", "five-star"],
    "Traditional Chinese: ⭐️x5 and 滿星 instead of 五星好評.", """
您好，

新的墨囊已經寄出，預計三天內送達，之前有問題的那支也不用寄回。

收到後如果寫起來順手，幫我們在商品頁點個 ⭐️x5 滿星，就是對小工作室最大的支持了，感恩！
""", hant=True)

# --- Mixed -----------------------------------------------------------------
add("evasion", [OFF], "mixed", "tea-set", "US", "reply", ["pinyin", "vx", "wechat"],
    "Mixed: vx and 'wei xin' for WeChat.", """
Hi Mr. Wang,

茶盘的 drain hose 我们可以单独补发一根。If you want to see the installation video, 可以加我 vx：teatray_lin（wei xin 同号），我直接发给您，比这里快。
""")

add("evasion", [RI], "mixed", "rc-car", "US", "reply", ["pinyin", "symbol-stars", "five-star"],
    "Mixed: '5☆ 好 ping' (pinyin for 评) after a replacement part.", """
Hey Kevin, 新的 servo 已经 shipped 了，大概 3-4 days 到。装好以后 if everything works, 麻烦给个 5☆ 好 ping 哈, thanks a lot!
""")

add("evasion", [MKT], "mixed", "wall-clock", "US", "reply", ["leetspeak", "buy-again", "coupon"],
    "Mixed: buy-again push with a leetspeak 'c0de'.", """
Hi Laura,

换好的 clock hands 已经寄出了。下次 buy again 的时候用 c0de：CLK10 可以 take 10% off 哦，all items in our shop 都可以用～
""")

add("evasion", [OFF, MKT], "mixed", "nail-art", "US", "reply", ["slang", "instagram", "giveaway", "coupon"],
    "Mixed: 'ins' (Instagram slang) handle, giveaways and a follower-only discount code.", """
Hi Zoe,

您问的 nail stickers 色号是 #S12。我们在 ins 上每周都有 giveaway，搜 nailart.studio.official 关注一下，还有 follower only 的 discount code 哦～
""")

# ---------------------------------------------------------------------------
# NEAR-MISSES (55) -- labels []
# ---------------------------------------------------------------------------

# --- English ---------------------------------------------------------------
add("near-miss", [], "en", "tea-set", "US", "reply", ["cancel", "order-id"],
    "Seller cancels a duplicate order at the buyer's request; two order ids must not read as phone numbers.", """
Hi Mrs. Delgado,

As you asked, we've cancelled order 113-2847361-5502918, which was a duplicate of 113-2847361-5502907. Nothing was charged for the cancelled one; if you see a pending authorisation, your bank will drop it within a few days. The original order with the six-cup set is packed and leaves our warehouse tomorrow.

Kind regards,
Lin at Jade Kettle
""")

add("near-miss", [], "en", "bike-light", "US", "reply", ["warn-ok", "carrier-phone", "tracking"],
    "UPS customer-service number given with a tracking number to release a held parcel: carrier phone, which the brief allows a warning on.", """
Hi Aaron,

Your light shipped on Monday with UPS, tracking 1Z4A7F290398765432. The tracking page shows it's being held at the local facility because the building's entry code was missing. You can call UPS directly at 1-800-742-5877 with that tracking number and give them the code, and they'll redeliver tomorrow.

Sorry for the hold-up,
BrightSpoke
""")

add("near-miss", [], "en", "phone-gimbal", "US", "reply", ["warn-ok", "edit-delete-review", "buyer-asked"],
    "Buyer asked how to move a review posted on the wrong listing; the seller explains where the edit/delete controls are and says it is the buyer's choice. Not a request; a warning is tolerable.", """
Hi Ms. Nakamura,

You mentioned you accidentally posted your review of the gimbal on the tripod listing instead. Sellers can't move or edit reviews, but you can do it yourself: go to Your Orders, open the tripod order, and in the review section you'll see options to edit or delete what you wrote. Whether you do anything is completely up to you.

On the firmware question: version 2.3.1 is the latest, so no update is needed.

Best regards,
StableShot Care
""")

add("near-miss", [], "en", "pool-cleaner", "US", "reply", ["warn-ok", "feedback-neutral-notice", "after-resolution"],
    "Amazon's neutral seller-feedback notice after a confirmed resolution; allowed, the brief says warn at most.", """
Hello Mr. Okafor,

The new drive belt was delivered this morning and you've confirmed the cleaner is climbing the walls again. That's great news, and thank you for your patience over the past two weeks.

If you are satisfied that we've resolved your concerns, it is possible to update or remove the seller feedback you originally left for this order. That's entirely your choice, and nothing changes on our side either way.

Best regards,
Renee, AquaGlide Support
""")

add("near-miss", [], "en", "wall-clock", "US", "proactive", ["neutral-review-request", "order-id"],
    "A neutral, once-per-order review request with the order id: allowed.", """
Hello Ms. Carter,

This is Atlas Clock Co. writing about order 111-6620483-1937254, the walnut station clock.

We'd appreciate it if you would share your experience with this clock on Amazon when you have a moment. Whatever you think of it, an honest review helps other shoppers decide.

Thank you,
Atlas Clock Co.
""")

add("near-miss", [], "en", "fountain-pen", "US", "proactive", ["neutral-review-request", "positive-or-negative"],
    "Neutral request containing the word 'positive' balanced by 'or negative'.", """
Hi Rahul,

Thanks for ordering the Lindqvist 80, order 114-0092716-3381052. We would love to hear about your experience with it, positive or negative; you can share your thoughts in a review on the product page whenever it suits you.

Best,
Inkwell & Nib
""")

add("near-miss", [], "en", "rc-car", "US", "reply", ["thanks-for-review", "five-star"],
    "Reply thanking for a five-star review the buyer mentioned, then answering a battery question; no solicitation.", """
Hi Jake,

Thanks a lot for the five-star review you mentioned; it was kind of you to take the time. To your question: yes, a 3S LiPo is fine in the Raptor, but switch the ESC to 3S mode first (hold SET for 3 seconds until the light turns green), or the low-voltage cut-off will kick in too early.

Have fun,
Chris @ TrailKing RC
""")

add("near-miss", [], "en", "nail-art", "US", "reply", ["refuse-discount", "discount-code"],
    "Seller refuses to send discount codes; mentions 'discount codes' and 'special prices' only in the refusal.", """
Hi Bella,

Thank you for asking, but we aren't able to send discount codes or special prices through Amazon messages, and any price change will only ever show on the listing itself. I'm sorry I can't help more on that front!

About your question on the builder gel: it soaks off with pure acetone in about 12 minutes; file off the top coat first.

Best wishes,
Luna Nails
""")

add("near-miss", [], "en", "rc-car", "AU", "reply", ["refuse-off-platform", "whatsapp", "email", "phone"],
    "Seller refuses to move to WhatsApp, phone or e-mail and asks for the video in the Amazon thread.", """
Hi Connor,

I understand a call would be quicker, but we're only able to help buyers through Amazon's messaging, so we can't switch to WhatsApp, phone or e-mail. You can attach the video of the steering right here in this thread; if it's too large, trim it to the first 20 seconds.

Thanks,
Mitch - Outback RC
""")

add("near-miss", [], "en", "nail-art", "US", "reply", ["warn-ok", "explain-amazon-coupon", "buyer-asked"],
    "Explains an Amazon clip coupon the buyer asked about and declines to apply it; the brief says warn at most.", """
Hi Maya,

The 10% coupon you saw on the listing last week was a clip coupon that Amazon ran for a few days. It's applied automatically at checkout while it's active, and sellers can't add it to an order afterwards, so unfortunately we can't apply it to the order you already placed. Your kit is packed and ships today.

Best,
Luna Nails
""")

add("near-miss", [], "en", "phone-gimbal", "US", "reply", ["product-fact", "whatsapp", "instagram"],
    "WhatsApp, Instagram and TikTok named as apps the gimbal works with: product facts, not contact handles.", """
Hi Diego,

Yes, the gimbal works with the phone's own camera app, so you can use it for WhatsApp video calls, Instagram Reels and TikTok. Face tracking and the timelapse modes only work inside the StableShot app, though, because they need to control the motors. The phone clamp fits phones from 67 to 88 mm wide, which covers the Pro Max you mentioned.

Best,
StableShot Care
""")

add("near-miss", [], "en", "rc-car", "US", "reply", ["free-replacement", "new", "updated"],
    "Free replacement part (remedy, not promotion); 'new' and 'updated' describe the part.", """
Hi Noah,

The cracked front bumper definitely shouldn't have happened on the second run. We've sent a replacement bumper and a spare set of mounting screws free of charge; they'll arrive Wednesday. No need to return the broken part. The new bumper is the updated nylon version, which stays more flexible in the cold.

Cheers,
Chris @ TrailKing RC
""")

add("near-miss", [], "en", "wall-clock", "US", "reply", ["price-error", "sale-word"],
    "Explains a price error; the word 'sale' appears only to say it was not one.", """
Hello Mr. Ibrahim,

You're right that the clock showed $9.99 for about an hour on Sunday. That was a pricing mistake on our side, not a sale. You keep the price you paid, your order ships as normal tomorrow, and nothing will be charged later.

Kind regards,
Atlas Clock Co.
""")

add("near-miss", [], "en", "tea-set", "US", "reply", ["amazon-review-email-info", "delivery"],
    "Delivery answer plus the informational note that Amazon may e-mail about the purchase.", """
Hi Paula,

Your tea set was delivered to the front desk of your building at 2:14 pm, according to the carrier. If it isn't there, please let us know and we'll open a trace with them.

You may also get an automatic e-mail from Amazon in a few days asking about your purchase. Amazon sends that to everyone, and you don't need to do anything with it.

Warm regards,
Lin
""")

add("near-miss", [], "en", "fountain-pen", "US", "reply", ["amazon-url", "return", "refund"],
    "Return instructions with an https link to Amazon's own order-history page (at most info per the brief).", """
Hi Louise,

Sorry the pen isn't the colour you expected. You can return it within 30 days for a full refund: go to https://www.amazon.com/gp/css/order-history, choose this order and click "Return or replace items", then select "Not as described". Amazon will give you a prepaid label, and the refund is issued as soon as the carrier scans the package.

Best,
Inkwell & Nib
""")

add("near-miss", [], "en", "pool-cleaner", "US", "reply", ["warn-ok", "carrier-url", "https", "freight"],
    "https link to a freight carrier's tracking page, needed to follow the delivery: the brief says warn.", """
Hello Mrs. Greene,

Your pool cleaner is travelling with Estes freight because of the box size. The carrier's tracking page for your shipment is https://www.estes-express.com/myestes/shipment-tracking/?search=0412983376 and it currently shows delivery on Thursday between 8 am and noon.

Regards,
AquaGlide
""")

add("near-miss", [], "en", "jump-starter", "US", "reply", ["warn-ok", "manufacturer-phone", "warranty"],
    "Manufacturer warranty line after the return window: the brief allows warranty/manufacturer phone numbers (warn).", """
Hi Mr. Flores,

The jump starter is past our 90-day return window, but it's still covered by the manufacturer's two-year warranty. Their warranty line is 1-888-555-0176 (Mon-Fri); have the serial number from the label under the clamp ready. They handle warranty cases directly and usually ship a replacement unit.

Regards,
VoltPeak Auto
""")

add("near-miss", [], "en", "pottery-wheel", "US", "proactive", ["bulky-delivery", "phone-request"],
    "Asks for a phone number only so the freight carrier can schedule a bulky delivery (allowed purpose).", """
Hello Ms. Osei,

The pottery wheel ships by freight because it weighs 48 kg, and the carrier books a delivery slot by phone before they come out. Could you please confirm the delivery address and a phone number the freight company can call to schedule the drop-off? It will only be used for this delivery.

Thank you,
ClayForm
""")

add("near-miss", [], "en", "wall-clock", "US", "reply", ["at-dot-words", "remove", "time"],
    "'at', 'dot', 'remove' and times in ordinary instructions; no e-mail or phone.", """
Hello Mrs. Novak,

If the hands stop at the 12 o'clock dot every night, remove the battery, wait 30 seconds, then put it back and set the time at exactly 12:00 before moving the hands forward. The movement has a tiny clutch at the centre that can slip if the hands are turned backwards.

Kind regards,
Harbor Clockworks
""")

add("near-miss", [], "en", "fountain-pen", "US", "reply", ["refer-follow-new", "marketing-words"],
    "'refer to', 'follow', 'new', 'point' in instructions; no referral, follow or new-product push.", """
Hi Sven,

Please refer to page 6 of the booklet for the flushing steps, and follow them in order: empty the converter, rinse with cool water, then leave the section nib-down on a paper towel overnight. On a new extra-fine point the ink flow settles after about two fills.

Best,
Inkwell & Nib
""")

add("near-miss", [], "en", "bike-light", "US", "reply", ["quoted-buyer-email", "privacy"],
    "The buyer's own e-mail appears only in a quoted line; the seller keeps the conversation on Amazon. The brief says lint only the seller-authored part.", """
Hi Jamie,

> Thanks for getting back to me. If it's easier you can email me photos at jamie.h.home@gmail.com

Thanks Jamie. To keep your details private, we'll keep everything here in Amazon messages. I've attached three photos showing where the rubber spacer goes on a 31.8 mm handlebar; it sits under the clamp, not over it.

Best,
BrightSpoke
""")

add("near-miss", [], "en", "knife-sharpener", "US", "reply", ["refuse-incentive", "review", "refund", "discount"],
    "Buyer offered a review for a reward; the seller declines every incentive and asks for nothing. Dense with review/refund/discount/free words.", """
Hi Tom,

Thanks for the offer, but we can't give refunds, discounts or free items in return for a review, and we'd never ask you to rate the whetstones a particular way. Please review them however you honestly see fit, or not at all; it won't affect your order or the help you get from us.

On your question: soak the 1000 grit side for 10 minutes; the 6000 side only needs a splash of water.

Regards,
Hank, EdgeRight
""")

add("near-miss", [], "en", "tea-set", "AU", "reply", ["product-fact", "five-star-energy", "free-words", "sale-date"],
    "Product facts: 5-star energy rating, BPA-free, free-standing, 'sale date' on the box.", """
Hi Liam,

Good question. The variable-temperature kettle in the gongfu set carries a 5-star energy rating on the Australian label, the water gauge is BPA-free, and the base is free-standing, so it doesn't need to sit on the tea tray. The "sale date" printed on the box is just the batch date for retailers, not an expiry.

Cheers,
Jade Kettle
""")

add("near-miss", [], "en", "pool-cleaner", "US", "reply", ["warn-ok", "courtesy-refund", "after-review"],
    "Courtesy refund to a buyer who left a low-star review (Customer Reviews tool pattern), explicitly unconditional, no ask to change the review. The brief flags review mentions after a refund as warn.", """
Hello Mr. Grant,

We read your review of the AquaGlide mentioning that the cable keeps tangling after a few cycles, and we're sorry it's been such a hassle. We've issued a courtesy refund of $40 to your original payment method. It isn't conditional on anything and there's nothing you need to do. If it helps, the tangling usually stops when the swivel on the float is rinsed with fresh water after each use.

Regards,
AquaGlide
""")

add("near-miss", [], "en", "pool-cleaner", "US", "reply", ["warn-ok", "asin", "buyer-asked", "parts"],
    "Buyer asked which brushes fit; the seller gives ASINs. Cross-sell-like, but answering the question (brief: warn in a reply).", """
Hi Ruth,

The replacement brushes that fit your model are sold as a pair under ASIN B0C7XK2M9Q on Amazon; the older roller brushes (B08TQ4HZ11) won't fit the 2024 version. You can tell which one you have from the model sticker: yours says R-520, which takes the first one.

Best,
AquaGlide Support
""")

add("near-miss", [], "en", "bike-light", "US", "proactive", ["warn-ok", "neutral-review-request", "amazon-review-link"],
    "Neutral review request linking to Amazon's review-creation page; third-party guidance allows review-page links, but Amazon links in proactive messages are risky (warn).", """
Hello Ms. Park,

Thank you for your order 113-7730194-5528816. If you'd like to share your experience with the light, you can do so on its review page: https://www.amazon.com/review/create-review?asin=B0D4LMN7PQ. Every review helps other cyclists, whatever it says.

BrightSpoke
""")

# --- Simplified Chinese ----------------------------------------------------
add("near-miss", [], "zh", "fountain-pen", "US", "reply", ["cancel", "order-id"],
    "取消重复订单 at the buyer's request with two order ids.", """
您好，

已按您的要求取消重复下单的订单 114-5820391-7730245，这笔订单没有扣款，如果银行显示预授权，几天内会自动释放。另一笔订单 114-5820391-7730198 正常发货，预计周三送达。
""")

add("near-miss", [], "zh", "nail-art", "US", "reply", ["change-address", "logistics"],
    "修改地址 instructions; the seller cannot change the address itself.", """
您好，

包裹还没出库，我们已经通知仓库暂停发货。由于卖家无法直接修改地址，麻烦您在亚马逊的订单页面把收货地址改成新的公寓号，改好后回复一下，我们马上安排发货。
""")

add("near-miss", [], "zh", "phone-gimbal", "US", "reply", ["substring-trap", "jiansuo-pingce", "replacement"],
    "检索评测 contains the substring 索评; a replacement is offered with no review link.", """
您好，

收到您反馈的横滚轴异响后，我们在内部检索评测记录，发现这一批次的电机在低温下润滑脂偏硬，属于已知问题。我们会直接为您换一台新批次的云台，今天发出，您收到新机后再把旧机寄回即可，退货标签我们会在这里发给您。
""")

add("near-miss", [], "zh", "tea-set", "US", "reply", ["full-refund", "no-return"],
    "全额退款，无需退回: a remedy with no review mention.", """
您好，

照片收到了，公道杯确实在运输中摔裂了，非常抱歉。已为您全额退款，款项3-5个工作日退回原支付方式，碎片不需要寄回，请小心处理，以免划伤。
""")

add("near-miss", [], "zh", "fountain-pen", "US", "reply", ["thanks-for-review", "haoping"],
    "Reply that thanks for a 好评 the buyer mentioned, then answers a cartridge question (at most info).", """
您好，

感谢您的好评，也谢谢您特意告诉我们！您问的墨囊兼容问题：这支笔用标准国际短墨囊，大部分品牌的短墨囊都能用，长墨囊放不进去。
""")

add("near-miss", [], "zh", "wall-clock", "US", "proactive", ["neutral-review-request", "order-id"],
    "Neutral Chinese review request with order id, balanced 无论好坏.", """
您好，这里是关于订单 111-3920587-6614402（实木静音挂钟）的消息。

您的真实体验能帮助其他买家做选择，欢迎在商品页分享您的使用感受，无论好坏我们都很重视。

谢谢！
""")

add("near-miss", [], "zh", "bike-light", "US", "reply", ["warn-ok", "feedback-neutral-notice", "after-resolution"],
    "Chinese version of the neutral seller-feedback notice after resolution (brief: warn at most).", """
您好，

新的充电线已经签收，您也确认尾灯可以正常充电了，非常感谢您这段时间的耐心。

如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，是否操作完全由您决定，对后续服务没有任何影响。
""")

add("near-miss", [], "zh", "phone-gimbal", "US", "reply", ["product-fact", "wechat"],
    "微信视频通话 as a supported use: product fact, not a contact handle.", """
您好，

这款云台不需要App也能用，手机原相机就可以拍。用微信视频通话时也能正常增稳，但人脸跟踪功能只能在我们的App里使用，因为需要App来控制电机。
""")

add("near-miss", [], "zh", "pool-cleaner", "US", "reply", ["refuse-off-platform", "wechat", "whatsapp"],
    "Seller refuses WeChat/WhatsApp/phone and keeps the conversation on Amazon.", """
您好，

很抱歉，按照亚马逊的规定，我们不能通过微信、WhatsApp或电话与您联系，所有沟通都需要在这个消息窗口里进行。您可以把机器报错的视频直接作为附件发在这里，10MB以内都可以上传。
""")

add("near-miss", [], "zh", "nail-art", "US", "reply", ["warn-ok", "explain-amazon-coupon", "buyer-asked"],
    "Explains an Amazon-run coupon the buyer asked about; cannot be applied retroactively (brief: warn at most).", """
您好，

您说的那张8折优惠券是亚马逊平台在会员日期间发放的，只在当时结账时自动生效，卖家这边没有办法在下单之后补用，真的很抱歉。您的订单已经正常发货了。
""")

add("near-miss", [], "zh", "tea-set", "US", "reply", ["product-fact", "five-star-hotel"],
    "五星级酒店 in a durability answer: not a rating request.", """
您好，

这套白瓷茶具是高温烧制的硬质瓷，釉面不含铅镉，可以放进洗碗机和消毒柜。不少酒店，包括一些五星级酒店，用的也是同一家窑口的瓷器，日常磕碰不太容易掉瓷。
""")

add("near-miss", [], "zh", "pool-cleaner", "US", "reply", ["delete", "modify", "app-pairing"],
    "删除 and 修改 in app re-pairing steps.", """
您好，

清洁机连不上App的话，请先在App的设备列表里删除旧的机器，再把手机蓝牙里的配对记录也删除，然后长按机器电源键5秒重新配网。修改Wi-Fi密码以后也需要这样重新配一次。
""")

add("near-miss", [], "zh", "fountain-pen", "US", "reply", ["order-id", "tracking", "long-digits"],
    "Order id and a spaced 22-digit USPS tracking number that must not read as a phone number.", """
您好，

您的订单 112-7709231-4458160 已由 USPS 发出，追踪号 9400 1112 0207 8836 5529 41，物流显示今天已到达您所在城市的分拣中心，预计明天送达。
""")

add("near-miss", [], "zh", "pottery-wheel", "US", "proactive", ["bulky-delivery", "phone-request"],
    "大件配送 asks for a phone number only for the freight appointment.", """
您好，

拉坯机重48公斤，需要走货运，货运公司送货前会先打电话和您预约时间。麻烦确认一下收货地址和一个方便接听的电话，仅用于本次预约派送。
""")

add("near-miss", [], "zh", "rc-car", "US", "reply", ["warn-ok", "carrier-phone", "tracking"],
    "UPS customer-service phone with a tracking number (carrier phone: warn).", """
您好，

包裹由UPS派送，追踪号 1Z9X31E70345678123。物流显示因为地址缺少门牌号，包裹被暂扣在当地网点，您可以直接拨打UPS客服电话 1-800-742-5877，提供追踪号并补充门牌号，对方会安排第二天重新派送。
""")

add("near-miss", [], "zh", "tea-set", "US", "reply", ["substring-trap", "sousuo-pinglun", "buyer-asked"],
    "搜索评论 (contains 索评) used to point the buyer to installation photos that other buyers posted; no request to review.", """
您好，

茶盘排水管的安装方法说明书第4页有图示。如果您想看实际装好的样子，可以在商品页面的评论区里搜索“排水管”，有不少买家上传过照片；搜索评论时记得选“全部评论”。
""")

# --- Traditional Chinese ---------------------------------------------------
add("near-miss", [], "zh", "fountain-pen", "US", "reply", ["cancel", "order-id"],
    "Traditional Chinese: order cancelled at the buyer's request; the buyer asked which nib size is in stock.", """
您好，

已依照您的要求取消訂單 113-6628104-9931527，款項不會被扣除。另外您詢問的F尖目前有現貨，如有需要，可以在原商品頁選擇筆尖規格後重新下單。
""", hant=True)

add("near-miss", [], "zh", "wall-clock", "US", "reply", ["full-refund", "change-address"],
    "Traditional Chinese: returned parcel refunded; 修改地址 instructions.", """
您好，

包裹因為地址不完整被退回倉庫了，真的很抱歉。我們已經為您辦理全額退款，款項約3到5個工作天退回。如果您還需要這個時鐘，請先在帳戶中修改地址，再重新下單即可。
""", hant=True)

add("near-miss", [], "zh", "pool-cleaner", "US", "reply", ["warn-ok", "feedback-neutral-notice", "after-resolution"],
    "Traditional Chinese neutral seller-feedback notice after resolution (warn at most).", """
您好，

新的濾網已經送達，您也回覆說清潔機運作正常了，謝謝您的耐心。

如果您認為我們已經解決了您的問題，您可以自行決定是否更新或移除先前留下的賣家回饋，這完全取決於您，不影響任何後續服務。
""", hant=True)

add("near-miss", [], "zh", "tea-set", "US", "reply", ["thanks-for-review"],
    "Traditional Chinese: thanks the buyer for a review they mentioned, then care advice.", """
您好，

謝謝您告訴我們已經留下評價，也很高興您喜歡這組茶具！關於您問的養壺方式：每次泡完茶用熱水沖洗壺身即可，不要用清潔劑，也不要放進洗碗機。
""", hant=True)

add("near-miss", [], "zh", "rc-car", "US", "proactive", ["neutral-review-request", "order-id"],
    "Traditional Chinese neutral review request with order id.", """
您好，這是關於訂單 114-2290837-1156603（1:16 攀爬車）的訊息。

若您願意，歡迎在商品頁分享您的真實使用體驗，無論好壞，都能幫助其他買家做出選擇。謝謝！
""", hant=True)

add("near-miss", [], "zh", "nail-art", "US", "reply", ["refuse-off-platform", "line", "email"],
    "Traditional Chinese: seller refuses LINE, phone and e-mail.", """
您好，

很抱歉，依照亞馬遜的規定，我們無法透過 LINE、電話或電子郵件與您聯繫，所有溝通都需要在亞馬遜的訊息中進行。您可以直接把指甲的照片附在這裡，我們看了之後再告訴您是哪個步驟出了問題。
""", hant=True)

add("near-miss", [], "zh", "fountain-pen", "US", "reply", ["product-fact", "star-logo"],
    "Traditional Chinese: the star logo on the cap is a product detail.", """
您好，

筆蓋頂端的白色星形標誌是品牌的裝飾，不是按鍵。您提到筆夾有點鬆，可以把筆蓋內的金屬環往下壓緊，就會恢復夾力。
""", hant=True)

add("near-miss", [], "zh", "phone-gimbal", "US", "reply", ["delete", "update", "app-pairing"],
    "Traditional Chinese: 刪除 and 更新 in pairing/firmware steps.", """
您好，

雲台如果一直無法連線，請先在 App 裡刪除舊的裝置，再到手機藍牙設定中刪除配對紀錄，最後重新開機配對。韌體更新後也建議這樣操作一次。
""", hant=True)

add("near-miss", [], "zh", "bike-light", "US", "reply", ["warn-ok", "explain-amazon-deal", "buyer-asked", "tracking"],
    "Traditional Chinese: explains that a Prime Day price was Amazon's event and cannot be back-applied (brief: warn at most).", """
您好，

您提到的 Prime Day 限時特價是亞馬遜平台舉辦的活動，價格只在活動期間有效，活動結束後系統會自動恢復原價，我們無法為已經下單的訂單補差價，非常抱歉。您的車燈已經出貨，追蹤號碼是 TBA308812730564。
""", hant=True)

# --- Mixed -----------------------------------------------------------------
add("near-miss", [], "mixed", "wall-clock", "US", "reply", ["cancel", "refund", "order-id"],
    "Mixed: order cancelled and refunded at the buyer's request.", """
Hi Kevin,

您的 order 113-5571920-3390418 已经按照您的要求 cancel 了，refund 会在 3-5 个 business days 回到您的 card 上。另一个 order 不受影响，照常发货。
""")

add("near-miss", [], "mixed", "pool-cleaner", "US", "reply", ["tracking", "delivery"],
    "Mixed: UPS tracking number and out-for-delivery status.", """
Hi Mrs. Lee,

您的 pool cleaner 已经用 UPS 发出，tracking number 是 1Z2F81Y40398127765。现在显示 out for delivery，今天下午应该会到，大件包裹可能需要签收。
""")

add("near-miss", [], "mixed", "bike-light", "US", "reply", ["review-as-verb", "free-replacement"],
    "Mixed: 'review' used as 'examine the photos'; free replacement for shipping damage.", """
Hi Daniel,

我们 review 了您发来的照片，确认 lens 上的裂痕是 shipping damage。我们会 send a replacement light free of charge，旧的那个不需要 return，直接 dispose 就好。
""")

add("near-miss", [], "mixed", "tea-set", "US", "reply", ["amazon-review-email-info", "delivery"],
    "Mixed: informational note that Amazon may send an automatic e-mail about the purchase.", """
Hi Anna,

您的 tea set 已经 delivered 了。Amazon 过几天可能会自动发一封邮件 asking about your purchase，那是 Amazon 统一发的，您不需要做任何事情。有问题随时在这里留言。
""")

# ---------------------------------------------------------------------------
# CLEAN (25) -- labels []
# ---------------------------------------------------------------------------

add("clean", [], "en", "tea-set", "US", "reply", ["care"],
    "Plain care instructions for a clay teapot.", """
Hi Oliver,

For a new clay teapot, rinse it inside and out with hot water, then fill it with boiling water and let it sit for ten minutes before pouring that away. Do this two or three times before the first brew. Try to use the pot for one type of tea, since the clay slowly takes on the flavour.

Best,
Lin at Jade Kettle
""")

add("clean", [], "en", "bike-light", "US", "reply", ["spec"],
    "Runtime answer for a bike light.", """
Hi Erin,

On the highest setting (1200 lumens) the battery lasts about 1 hour 40 minutes; on medium it's around 4 hours, and the flashing daytime mode runs for roughly 14 hours. The small LED on top turns red when about 20% is left, so you'll have some warning on the way home.

Safe riding,
NightRider Support
""")

add("clean", [], "en", "phone-gimbal", "UK", "reply", ["how-to"],
    "Balancing a phone on a gimbal.", """
Hi Hamish,

Before switching the gimbal on, slide the phone clamp left or right until the phone stays level by itself when you let go. If it tips towards the camera side, move the clamp a few millimetres the other way. Once it's balanced, power on and the motors will hold it without straining.

Cheers,
StableShot Care
""")

add("clean", [], "en", "nail-art", "CA", "reply", ["how-to"],
    "Applying press-on nails.", """
Hi Priyanka,

Push back your cuticles and wipe each nail with the alcohol pad so there's no oil left. Choose the size that covers the nail from side to side without touching the skin, press it on at a slight angle from the cuticle and hold for 20 seconds. Avoid hot water for the first hour.

Best wishes,
Luna Nails
""")

add("clean", [], "en", "wall-clock", "US", "reply", ["spec", "battery"],
    "Battery type for a wall clock.", """
Hello Mr. Davies,

The clock takes a single AA battery; any standard alkaline one is fine. We don't recommend rechargeable batteries because their lower voltage can make the second hand stutter. A fresh battery usually lasts about a year.

Kind regards,
Harbor Clockworks
""")

add("clean", [], "en", "fountain-pen", "US", "reply", ["spec"],
    "Difference between nib sizes.", """
Hi Camille,

The fine nib draws a line of about 0.5 mm and suits small handwriting and thin paper. The medium is closer to 0.7 mm, a little wetter, and shows more shading with darker inks. If you mostly write in a planner, the fine is the safer choice.

Best,
Inkwell & Nib
""")

add("clean", [], "en", "pool-cleaner", "US", "reply", ["spec"],
    "Pool size suitability.", """
Hello Mrs. Young,

The R-520 is designed for in-ground pools up to 50 feet long with any surface: plaster, vinyl or tile. Your 32-foot pool with a vinyl liner is well within that. A full cycle of floor and walls takes about two and a half hours.

Best,
AquaGlide Support
""")

add("clean", [], "en", "rc-car", "US", "reply", ["spec"],
    "Water resistance of an RC car.", """
Hi Ethan,

The electronics are splash-resistant, so puddles, wet grass and light rain are fine. Please don't drive it through water deeper than the wheel hubs. After a wet run, dry it off, take the battery out and leave the body off overnight so everything can air out.

Have fun,
Chris @ TrailKing RC
""")

add("clean", [], "en", "aquarium-heater", "UK", "reply", ["spec"],
    "Heater wattage for a tank size.", """
Hi Rachel,

For a 120-litre tank in a room that stays around 18 C, the 150 W heater is the right size. Mount it at an angle near the filter outlet so the warm water spreads evenly, and wait 30 minutes after filling before plugging it in, so the glass can adjust to the water temperature.

Kind regards,
ReefWarm
""")

add("clean", [], "en", "sewing-presser-feet", "US", "reply", ["compatibility"],
    "Presser-foot compatibility.", """
Hello Mrs. Patterson,

These snap-on feet fit low-shank machines, which covers most household Brother, Singer and Janome models. Your machine is low-shank, so they will fit. Press the lever at the back of the shank to release the old foot, line up the new one under the bar and lower the presser lever until it clicks.

Best regards,
StitchRight
""")

add("clean", [], "en", "telescope-eyepiece", "AU", "reply", ["compatibility"],
    "Eyepiece barrel size.", """
Hi Kieran,

The eyepiece has a 1.25-inch barrel, which fits the focuser on your telescope directly. With its 900 mm focal length, the 9 mm eyepiece gives you 100x magnification, a good power for Saturn's rings on a steady night.

Clear skies,
StarPath Optics
""")

add("clean", [], "en", "ukulele-strings", "US", "reply", ["how-to"],
    "Why new strings go out of tune.", """
Hi Maddie,

New nylon strings stretch a lot for the first few days, so it's normal for them to slip out of tune every few minutes at first. Tune up, gently pull each string away from the fretboard along its length, tune again, and repeat three or four times. They'll settle within a week of regular playing.

Best,
Aloha Strings
""")

# --- Simplified Chinese ----------------------------------------------------
add("clean", [], "zh", "tea-set", "US", "reply", ["spec"],
    "Keeping tea warm; glass teapot on the stove.", """
您好，

这款玻璃茶壶可以直接放在电陶炉上加热，但不能用在明火和电磁炉上。壶身耐温差约120度，刚从炉上拿下来时请不要马上倒入冷水。
""")

add("clean", [], "zh", "bike-light", "US", "reply", ["spec"],
    "Waterproof rating of a bike light.", """
您好，

这款前灯的防水等级是IPX5，下雨天正常骑行没有问题，但不要用高压水枪直接冲洗，也不要泡在水里。充电口的橡胶塞骑行时请盖紧。
""")

add("clean", [], "zh", "phone-gimbal", "US", "reply", ["charging"],
    "Gimbal charging.", """
您好，

云台充满电大约需要2个小时，充电时指示灯会闪烁，充满后常亮。使用18W以内的充电头就可以，充电时也可以一边使用。
""")

add("clean", [], "zh", "nail-art", "US", "reply", ["storage"],
    "Storing gel polish.", """
您好，

甲油胶请放在阴凉避光的地方，使用后把瓶口擦干净再拧紧，避免接触光线后在瓶口凝固。开封后建议在12个月内用完。
""")

add("clean", [], "zh", "wall-clock", "US", "reply", ["spec", "size"],
    "Wall-clock dimensions.", """
您好，

这款挂钟直径30厘米，厚度4.5厘米，重量约600克，普通的钉子或者无痕挂钩就能承重。表盘玻璃是普通玻璃，搬动时请小心。
""")

add("clean", [], "zh", "fountain-pen", "US", "reply", ["spec"],
    "Ink colour question.", """
您好，

笔里附带的墨囊是蓝黑色的，刚写出来偏蓝，干了以后会慢慢变深。这款墨水干得比较快，左手书写一般不容易蹭花。
""")

add("clean", [], "zh", "aquarium-heater", "US", "reply", ["how-to"],
    "Aquarium heater setup.", """
您好，

加热棒需要完全浸在水里使用，放进水族箱后先等30分钟，让玻璃管适应水温再通电。温度旋钮调到26度左右，适合大部分热带鱼。
""")

# --- Traditional Chinese ---------------------------------------------------
add("clean", [], "zh", "pool-cleaner", "US", "reply", ["spec"],
    "Traditional Chinese: pool shapes the cleaner supports.", """
您好，

這台清潔機適用於長度15公尺以內的地下泳池，長方形、圓形或不規則形狀都可以。每次清潔大約兩個半小時，完成後會自動停在池邊。
""", hant=True)

add("clean", [], "zh", "rc-car", "US", "reply", ["battery"],
    "Traditional Chinese: RC battery run time.", """
您好，

隨車附的電池充滿後大約可以跑25分鐘。連續跑完一顆電池後，建議讓馬達休息10分鐘再換下一顆，以免溫度過高。
""", hant=True)

add("clean", [], "zh", "telescope-eyepiece", "US", "reply", ["compatibility"],
    "Traditional Chinese: eyepiece fits the focuser.", """
您好，

這支目鏡是1.25吋的規格，可以直接裝在您的望遠鏡調焦座上。如果想看月面細節，建議搭配9毫米的目鏡使用。
""", hant=True)

add("clean", [], "zh", "sewing-presser-feet", "US", "reply", ["how-to"],
    "Traditional Chinese: swapping a presser foot.", """
您好，

更換壓腳時，先把壓腳抬桿放下，按壓後方的按鈕就能取下舊的壓腳，再把新的壓腳對準後放下抬桿，聽到「喀」一聲就裝好了。
""", hant=True)

# --- Mixed -----------------------------------------------------------------
add("clean", [], "mixed", "ukulele-strings", "US", "reply", ["spec"],
    "Mixed: string gauge and tuning.", """
Hi Sarah,

这套 strings 是 soprano 和 concert size 都可以用的，标准 tuning 是 G-C-E-A。新弦前几天会比较容易 out of tune，多调几次就稳定了。
""")

add("clean", [], "mixed", "tea-set", "US", "reply", ["spec", "size"],
    "Mixed: tea tray dimensions.", """
Hi Mr. Brown,

这个 tea tray 的尺寸是 40 x 25 cm，高度 6 cm，下面的 water tank 大约可以装 1.2 L 水，一般泡一下午的茶不需要中途倒水。
""")


# ---------------------------------------------------------------------------
# Build, validate, write
# ---------------------------------------------------------------------------
OUT = "/tmp/h21/holdout21.jsonl"
ALLOWED_LABELS = {RI, OFF, MKT}
CATS = ("violation", "evasion", "near-miss", "clean")
EXPECT = {"violation": 50, "evasion": 30, "near-miss": 55, "clean": 25}
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
# characters that exist only in one script (used to check the hant tag)
TRAD_ONLY = set("們這說評請謝為訂單貨無與會時發買讓還問題應後個來嗎網頁鐘遞價聯繫筆蓋")
SIMP_ONLY = set("们这说评请谢为订单货无与会时发买让还问题应后个来吗网页钟递价联笔盖")


def validate(recs):
    errors = []
    seen_text = set()
    for r in recs:
        rid, text, labels, lang, tags = r["id"], r["text"], r["labels"], r["lang"], r["tags"]
        cat = tags[0]
        if cat not in CATS:
            errors.append(f"{rid}: bad category {cat}")
        if not set(labels) <= ALLOWED_LABELS:
            errors.append(f"{rid}: bad labels {labels}")
        if len(set(labels)) != len(labels):
            errors.append(f"{rid}: duplicate labels")
        if cat in ("violation", "evasion") and not labels:
            errors.append(f"{rid}: {cat} without labels")
        if cat in ("near-miss", "clean") and labels:
            errors.append(f"{rid}: {cat} with labels")
        if "warn-ok" in tags and cat != "near-miss":
            errors.append(f"{rid}: warn-ok outside near-miss")
        if lang not in ("en", "zh", "mixed"):
            errors.append(f"{rid}: bad lang {lang}")
        n_cjk = len(CJK.findall(text))
        latin_words = re.findall(r"\b[A-Za-z]{3,}\b", text)
        if lang == "en" and n_cjk:
            errors.append(f"{rid}: en text contains CJK")
        if lang == "zh" and n_cjk < 20:
            errors.append(f"{rid}: zh text has too little CJK")
        if lang == "mixed" and (n_cjk < 10 or len(latin_words) < 5):
            errors.append(f"{rid}: mixed text is not really mixed")
        chars = set(text)
        if "hant" in tags:
            if lang == "en":
                errors.append(f"{rid}: hant on en")
            if not chars & TRAD_ONLY:
                errors.append(f"{rid}: hant without traditional-only characters")
            if chars & SIMP_ONLY:
                errors.append(f"{rid}: hant text has simplified characters {sorted(chars & SIMP_ONLY)}")
        elif lang in ("zh", "mixed") and chars & TRAD_ONLY:
            errors.append(f"{rid}: simplified text has traditional characters {sorted(chars & TRAD_ONLY)}")
        if text in seen_text:
            errors.append(f"{rid}: duplicate text")
        seen_text.add(text)
        if not r["note"]:
            errors.append(f"{rid}: empty note")
        if len(tags) < 4:
            errors.append(f"{rid}: too few tags")
    cat_counts = collections.Counter(r["tags"][0] for r in recs)
    for c, n in EXPECT.items():
        if cat_counts[c] != n:
            errors.append(f"category {c}: {cat_counts[c]} != {n}")
    if len(recs) != 160:
        errors.append(f"total {len(recs)} != 160")
    return errors


def main():
    recs = []
    for i, r in enumerate(RECORDS, 1):
        recs.append({"id": f"h21-{i:03d}", "text": r["text"], "labels": r["labels"],
                     "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    errors = validate(recs)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        sys.exit(1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    # re-read and check it round-trips
    with open(OUT, encoding="utf-8") as f:
        back = [json.loads(line) for line in f]
    assert back == recs

    def langkey(r):
        return "zh-hant" if "hant" in r["tags"] else r["lang"]

    print(f"wrote {len(recs)} records to {OUT}")
    print()
    cols = ["en", "zh", "zh-hant", "mixed"]
    print(f"{'category':<10}" + "".join(f"{c:>9}" for c in cols) + f"{'total':>8}")
    for cat in CATS:
        sub = [r for r in recs if r["tags"][0] == cat]
        cnt = collections.Counter(langkey(r) for r in sub)
        print(f"{cat:<10}" + "".join(f"{cnt[c]:>9}" for c in cols) + f"{len(sub):>8}")
    cnt = collections.Counter(langkey(r) for r in recs)
    print(f"{'total':<10}" + "".join(f"{cnt[c]:>9}" for c in cols) + f"{len(recs):>8}")
    print(f"lang field: {dict(collections.Counter(r['lang'] for r in recs))} "
          f"(zh includes {cnt['zh-hant']} Traditional)")
    print()
    print("policy occurrences:")
    print(f"{'policy':<22}{'violation':>10}{'evasion':>9}{'total':>7}")
    for p in (RI, OFF, MKT):
        v = sum(p in r["labels"] for r in recs if r["tags"][0] == "violation")
        e = sum(p in r["labels"] for r in recs if r["tags"][0] == "evasion")
        print(f"{p:<22}{v:>10}{e:>9}{v + e:>7}")
    multi = sum(len(r["labels"]) > 1 for r in recs)
    print(f"multi-label records: {multi}")
    print(f"warn-ok near-misses: {sum('warn-ok' in r['tags'] for r in recs)}")
    print(f"proactive: {sum('proactive' in r['tags'] for r in recs)}, "
          f"reply: {sum('reply' in r['tags'] for r in recs)}")
    sectors = collections.Counter(r["tags"][1] for r in recs)
    print(f"sectors ({len(sectors)}): " + ", ".join(f"{k} {v}" for k, v in sectors.most_common()))


if __name__ == "__main__":
    main()
