#!/usr/bin/env python3
"""Build holdout33.jsonl: a hand-labelled, held-out test set of seller-to-buyer
messages for the three content policies review-inducement, off-platform-contact
and marketing.

Every text is a Python literal below. Invisible and look-alike characters are
written as \\uXXXX escapes so the source stays readable. The records are
shuffled with random.Random(33) and numbered h33-001 .. h33-160.

Shop, people, order ids, handles, domains and phone numbers are invented.
US phone numbers use the 555-01xx range.
"""
import json
import random
import re
import unicodedata
from collections import Counter
from pathlib import Path

OUT = Path(__file__).with_name("holdout33.jsonl")

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def V(lang, labels, subtypes, ctx, text, note, ev=()):
    """A violating record. lang: en | zh | zh-hant | mixed."""
    RECORDS.append(dict(lang=lang, labels=list(labels), subtypes=list(subtypes),
                        ctx=ctx, text=text, note=note, ev=list(ev), kind=None))


def C(lang, ctx, kind, text, note):
    """A compliant record. kind 'plain' or a near-miss kind."""
    RECORDS.append(dict(lang=lang, labels=[], subtypes=[], ctx=ctx, text=text,
                        note=note, ev=[], kind=kind))


# ---------------------------------------------------------------------------
# English violations (43)
# ---------------------------------------------------------------------------
V("en", [RI], ["incentive"], "proactive",
  "Hi Marcus, this is Hannah from Kestrelwood Home Office about order 113-6620418-9031257. "
  "Your FlexRise Pro frame and the 60-inch bamboo top were delivered on Tuesday, and we hope assembly went smoothly. "
  "A quick tip: run the reset (hold the down arrow for 10 seconds) once before first use so both motors sync. "
  "Once you've posted your thoughts on the product page, reply here with a screenshot and we'll send a $15 Amazon gift card as a thank-you. "
  "If the controller shows any error code, let us know the number and we'll walk you through it. "
  "The bamboo top only needs a dry cloth; avoid spray cleaners with ammonia. "
  "Enjoy the new setup!",
  "A gift card is promised in exchange for a screenshot of a posted product review, buried mid-message.")

V("en", [RI], ["incentive"], "proactive",
  "Hello from the Kestrelwood team! Your ErgoNest chair (order 111-7730925-4418806) arrived a week ago. "
  "Once you've sat in it for a few days, tell other shoppers how it's going on the listing page, then drop us a line here; "
  "everyone who does gets a little surprise in the mail from us.",
  "Posting on the listing is rewarded with an unnamed surprise, an incentive for a review written without any review keyword.",
  ev=["euphemism"])

V("en", [RI], ["positive-review-request"], "proactive",
  "If the FlexRise made your workdays better, a five-star rating would mean the world to our small team. Order 114-2290381-6673012.",
  "Asks outright for a five-star rating.")

V("en", [RI], ["positive-review-request"], "reply",
  "Hi Priya! To save a memory preset, raise the desk to your height, press M, then 1 within 3 seconds; the display blinks to confirm. "
  "If you're happy with the desk, pls leave us a 5-st4r r3view, it really helps us!",
  "A helpful answer ends with a request for a five-star review spelled in leetspeak.",
  ev=["leetspeak"])

V("en", [RI], ["positive-review-request"], "proactive",
  "Dear customer, thank you for choosing the ArcLift dual monitor arm (order 112-9084412-3357120). "
  "We would be grateful if you could leave a p\u043esitive r\u0435view and tell others the arm was worth every penny.",
  "Requests a positive review, with Cyrillic letters hidden inside 'positive' and 'review'.",
  ev=["homoglyph"])

V("en", [RI], ["gating"], "proactive",
  "Hi Daniel, hope the ArcLift arm is holding your monitors steady. If everything meets your expectations, we'd be grateful for a review on Amazon. "
  "If something isn't right, please message us here first instead so we can fix it before you post anything. Order 114-3318820-0925543.",
  "Invites reviews only from satisfied buyers and steers unhappy ones to the seller first, which is review gating.")

V("en", [RI], ["gating"], "reply",
  "So happy to hear the HaloBeam is working well for your late-night editing sessions, Chloe! "
  "Since you're enjoying it this much, would you mind saying so in a review on the product page? It makes a real difference for a small shop like ours.",
  "A review is requested in reply to a buyer who wrote in to praise the lamp, which the policy counts as asking only satisfied buyers.")

V("en", [RI], ["steering"], "proactive",
  "Hi Tom, we hope the FlexRise is treating you well (order 113-4401276-8820314). "
  "If you decide to write a review, it would help us a lot if you mentioned how quiet the motors are and that assembly took less than 30 minutes. "
  "Photos of your setup are a big plus too!",
  "Tells the buyer what to say in the review, which is steering its content.")

V("en", [RI], ["change-review"], "reply",
  "We've shipped the replacement crossbar at no cost; UPS tracking is 1Z4R88W60377120045. "
  "Now that this is sorted, would you consider updating your 2-star review so it reflects how we handled it?",
  "Asks the buyer to update an existing product review after a remedy.")

V("en", [RI], ["feedback-removal"], "reply",
  "Mr Patel, we already refunded the $38 for the lamp shade. The negative feedback you left is seriously hurting our account health, and we are a small family business. "
  "Please remove it today; we've done everything you asked.",
  "Pressures the buyer to remove negative seller feedback.")

V("en", [RI], ["change-review"], "proactive",
  "Hi Grace, Leo here from Kestrelwood. We saw what you posted on the ErgoNest page last week about the seat sinking, and you were right to be frustrated. "
  "A new Class 4 gas cylinder went out yesterday and should arrive Thursday. "
  "Swapping it takes about ten minutes with the included tool, and there's a short guide in the box. "
  "When you have a moment after that, it would mean a lot if you could revisit what you wrote there so it reflects where things stand now. "
  "Thanks for your patience with us.",
  "Asks the buyer to revise what they posted on the product page, a change-review request that avoids the word review.",
  ev=["euphemism"])

V("en", [RI], ["incentive"], "proactive",
  "Hello Ana, thanks for ordering the ErgoNest chair (order 111-5098834-2216479). "
  "Leave an honest review within 14 days and we'll extend your warranty from 2 to 5 years as our thanks; just reply here with the name on your review.",
  "A longer warranty is offered in exchange for a review, a future benefit even though the review is called honest.")

V("en", [OFF], ["messaging-app"], "reply",
  "Sorry the hardware bag was missing the M8 bolts! Fastest way to sort it: send a photo of the parts list on WhatsApp to +1 917-555-0126 and we'll ship the bag the same day.",
  "Moves the conversation to WhatsApp with a phone number.")

V("en", [OFF], ["email"], "reply",
  "Hi Kevin, to check your warranty we need a clear photo of the serial sticker under the control box. "
  "Please send it to kestrelcare at kwmail dot net and put your order number in the subject line.",
  "Gives an e-mail address spelled out with 'at' and 'dot'.",
  ev=["spelled-email"])

V("en", [OFF], ["phone"], "reply",
  "That error usually means the hall sensor cable is loose. It's easier to explain live, so please give our tech line a call at (626) 555-0143, "
  "Monday to Friday, 9 to 5 Pacific, and mention code E08.",
  "Gives the shop's own support phone number.")

V("en", [OFF], ["url"], "reply",
  "Good question! The full wiring diagram for the E2 control box is on our help center: https://help.kestrelwood-office.com/flexrise/e2-wiring. "
  "Page 3 shows where the anti-collision sensor plugs in.",
  "Links to the shop's own non-Amazon website, even though the content is helpful.")

V("en", [OFF], ["social"], "proactive",
  "Hi there, your TidyRail cable tray (order 112-2287405-6630918) has been delivered. "
  "We post step-by-step install clips on Instagram at @kestrelwood.studio, and you can DM us there if you get stuck.",
  "Invites the buyer to a social account and to direct messages there.")

V("en", [OFF], ["qr"], "proactive",
  "Hello Irena, the FlexRise desk for order 113-8806127-4459031 arrives tomorrow. "
  "Inside the carton you'll find a card with a QR code; scan it to register your desk and reach our support team directly, without going through Amazon.",
  "Points the buyer to a QR code that leads to off-Amazon support and registration.")

V("en", [OFF], ["payment"], "reply",
  "We're really sorry about the dent in the lamp base, and thank you for the clear photos. "
  "The dent is cosmetic, so the lamp is safe to use and the hinge and dimmer should work normally. "
  "If the head does not stay put, tighten the small hex screw behind the joint a quarter turn. "
  "Rather than waiting on an Amazon refund, we can send you $25 right now by Venmo or Zelle; "
  "just reply with your handle or the phone number linked to your account. "
  "Either way, the 2-year warranty still covers the lamp.",
  "Offers compensation through a non-Amazon payment channel.")

V("en", [OFF], ["website"], "reply",
  "We don't list the 4-inch extension legs on Amazon, unfortunately. "
  "You can order them straight from our own shop at kestrelwoodhome.shop, and they ship from California in 2-3 days.",
  "Sends the buyer to buy from the shop's own website outside Amazon.")

V("en", [OFF], ["diversion"], "reply",
  "Honestly, for anything like this in future it's quicker to skip the marketplace inbox altogether. "
  "Look up our shop name in any search engine and you'll find our own help desk; the team there answers within the hour.",
  "Diverts the buyer away from Amazon messaging to the shop's own help desk without naming any channel.",
  ev=["euphemism"])

V("en", [OFF], ["messaging-app"], "reply",
  "Thanks for the video, that helps. For the rest of this troubleshooting, add us on T e l e g r a m at @kestrelwood_help so we can send voice notes back and forth.",
  "Gives a Telegram handle, with the app name spaced out.",
  ev=["spacing"])

V("en", [OFF], ["email"], "proactive",
  "Hello, this is Kestrelwood Home Office about order 114-7723301-5580246. "
  "The freight carrier needs to book a delivery window for your 98-lb desk frame. "
  "Please send your preferred dates to "
  "\uFF53\uFF55\uFF50\uFF50\uFF4F\uFF52\uFF54\uFF20\uFF4B\uFF45\uFF53\uFF54\uFF52\uFF45\uFF4C\uFF57\uFF4F\uFF4F\uFF44\uFF0D\uFF4F\uFF46\uFF46\uFF49\uFF43\uFF45\uFF0E\uFF43\uFF4F\uFF4D"
  " and we'll pass them on.",
  "A legitimate scheduling message carries an e-mail address written in full-width characters.",
  ev=["fullwidth"])

V("en", [MKT], ["coupon"], "proactive",
  "Thanks again for your order! Use code RISEUP15 at checkout for 15% off any Kestrelwood item on Amazon through Sunday night.",
  "Sends an unsolicited coupon code.")

V("en", [MKT], ["bundle"], "reply",
  "Hi Olivia, thanks for the measurements. A 55 x 28 inch top fits the FlexRise frame comfortably; the frame extends from 39 to 67 inches, so you have plenty of room. "
  "Keep at least 2 inches between the frame feet and the wall so the anti-collision sensor doesn't trigger. "
  "By the way, if you add the TidyRail tray and the ArcLift arm together this month, the three-piece set comes out 20% cheaper than buying them separately. "
  "For the top itself, pre-drilled holes line up with the frame's 8 mounting points. "
  "Let us know if you need the template PDF.",
  "A bundle discount the buyer did not ask about is slipped into a sizing answer.")

V("en", [MKT], ["new-product"], "proactive",
  "Hi Ben, quick note from Kestrelwood: we've just launched the FlexRise Corner, an L-shaped version of your desk with the same dual motors and a 20% larger surface. "
  "It's live on our Amazon listing now if you want to take a look.",
  "Announces a new product to a past buyer.")

V("en", [MKT], ["early-access"], "proactive",
  "As someone who already owns a Kestrelwood chair, you get 48-hour early access to our Prime Day prices before they open to everyone else. "
  "Keep an eye on this inbox next Monday.",
  "Offers early access to sale prices.")

V("en", [MKT], ["loyalty"], "proactive",
  "Your order 112-6604318-7712093 just earned you 3 Kestrel Points. "
  "Collect 3 purchases and your fourth accessory is on us, whether that's a lamp, a cable tray or a footrest.",
  "Promotes a points-based loyalty scheme.")

V("en", [MKT], ["referral"], "proactive",
  "Know someone still working from the kitchen table? Send them to our FlexRise listing; when they order and mention your name, you both get $20 back.",
  "Offers a referral reward.")

V("en", [MKT], ["restock"], "proactive",
  "Good news: the walnut-finish desktop is back in stock. Grab a spare before it sells out again!",
  "An unsolicited back-in-stock push.")

V("en", [MKT], ["storefront-link"], "proactive",
  "Hi Rachel, thanks for choosing Kestrelwood. Everything else we make, from lamps to footrests, is here: "
  "https://www.amazon.com/stores/Kestrelwood/page/7F3A2C91 so take a look when you're setting up the rest of your office.",
  "Pushes the Amazon storefront link to sell more products.")

V("en", [MKT], ["buy-again"], "proactive",
  "Most folks who love this chair end up wanting a second one for the home office or a teenager's desk. "
  "When that day comes, the button on your order page gets another one to your door in two clicks.",
  "A buy-again nudge that avoids every obvious marketing word.",
  ev=["euphemism"])

V("en", [MKT], ["subscription"], "proactive",
  "One more thing for your new ErgoNest: our mesh-care spray is available with Subscribe & Save on Amazon, so you get 10% off every refill and never run out.",
  "Pitches a subscription for another product.")

V("en", [MKT], ["promotion"], "reply",
  "The HaloBeam goes from 2700K to 6500K in five steps; hold the sun icon to cycle through them. "
  "Our \u0412lack Friday s\u0430le starts November 24, with 30% \u043eff everything in the shop.",
  "A seasonal sale announcement follows the answer, with Cyrillic look-alike letters in 'Black', 'sale' and 'off'.",
  ev=["homoglyph"])

V("en", [RI, OFF], ["incentive", "payment"], "proactive",
  "Hi Sophie, hope the ArcLift arm is working out. Here's our thank-you offer: post a review, send us the link, and we'll refund the full price straight to your PayPal.",
  "A full refund paid through PayPal is offered for a review.")

V("en", [RI, OFF], ["gating", "email"], "proactive",
  "Hi Mateo, your ErgoNest chair from order 111-3302291-8874105 should have arrived yesterday. "
  "The armrests ship in the lowest position, so lift the lever under each one to set your height. "
  "The lumbar pad slides up and down on its rails; most people like it just above the belt line. "
  "If anything is less than perfect, please don't post a review yet; email us first at care@kestrelwood-office.com and we'll make it right. "
  "The seat depth adjusts by 2 inches with the paddle on the right. "
  "We hope it makes those long workdays easier.",
  "Diverts unhappy buyers away from reviewing and to an e-mail address, buried in setup tips.")

V("en", [RI, OFF], ["change-review", "phone"], "reply",
  "We're sorry the desk wobbles at standing height. Please call us at 415-555-0178 so we can walk you through tightening the crossbar, "
  "and once it's fixed we'd ask you to take down the one-star review.",
  "Asks for removal of a product review and gives the shop's phone number.")

V("en", [RI, MKT], ["incentive", "coupon"], "proactive",
  "Loving your new lamp? Rate it \u2605\u2605\u2605\u2605\u2605 on Amazon, reply with a screenshot, and we'll send you a 25%-off code for your next order.",
  "A discount code is promised for a five-star rating written as star symbols.",
  ev=["star-symbols"])

V("en", [RI, MKT], ["feedback-removal", "discount"], "reply",
  "We're glad the replacement shade fits. Would you be willing to take down the seller feedback you left if we give you 30% off your next Kestrelwood purchase?",
  "Offers a discount on a future purchase for removing seller feedback.")

V("en", [OFF, MKT], ["website", "coupon"], "reply",
  "Sure, we can ship the second chair. Next time, order through kestrelwoodhome.shop and enter WELCOME10; it's cheaper than Amazon since we skip the marketplace fees.",
  "Sends the buyer to the shop's own website with a discount code.")

V("en", [OFF, MKT], ["social", "promotion"], "proactive",
  "Thanks for choosing Kestrelwood! Follow us on Insta\u200bgram @kestrel\u200bwood.studio, where we run a desk-setup giveaway every month.",
  "Invites the buyer to a social account for a giveaway, with zero-width spaces inside the names.",
  ev=["zero-width"])

V("en", [OFF, MKT], ["messaging-app", "vip-group"], "proactive",
  "Want first dibs on flash deals? Join our WhatsApp VIP circle at +1 929-555-0154; we post member-only prices there before anywhere else.",
  "Invites the buyer to a WhatsApp VIP group for deals.")

V("en", [OFF, MKT], ["email", "subscription"], "proactive",
  "Send a blank email to join@kestrelwood-office.com to subscribe to the Kestrelwood Owners Club newsletter, with members-only pricing on every new launch.",
  "Asks the buyer to subscribe by e-mail to a promotional newsletter.")

# ---------------------------------------------------------------------------
# Simplified Chinese violations (34)
# ---------------------------------------------------------------------------
V("zh", [RI], ["incentive"], "proactive",
  "亲，收到桌子后晒图留评，截图发我们，返您20美金哈~",
  "Cash back for a posted review with photos (晒图留评返现).")

V("zh", [RI], ["incentive"], "proactive",
  "亲~ 椅子坐着还舒服吧？给个 haoping 截图发我们，fanxian 15刀哦，名额不多先到先得~",
  "Cash back for a positive review, with 好评 and 返现 written in pinyin.",
  ev=["pinyin"])

V("zh", [RI], ["positive-review-request"], "proactive",
  "亲，台灯用得顺手的话麻烦给个好坪哈，伍星就更好啦，小店全靠大家支持~",
  "Asks for a positive five-star review using homophones 好坪 and 伍星.",
  ev=["homophone"])

V("zh", [RI], ["positive-review-request"], "reply",
  "亲，椅子扶手可以上下调7厘米，按住侧面按钮就能调哈。小本生意不容易，用着满意求个五星好评~",
  "An answer about armrests ends with a plea for a five-star review.")

V("zh", [RI], ["gating"], "proactive",
  "您好，订单 112-4470319-6682150 的升降桌已签收。满意的话请在亚马逊留个评价；如果不满意，请一定先联系我们，千万别直接给差评哦。",
  "Asks only satisfied buyers to review and diverts unhappy ones to the seller.")

V("zh", [RI], ["gating"], "proactive",
  "亲，显示器支架装好了吗？用着顺手就去商品页说两句，让别的买家也看看；要是哪里不顺心，先别急着去页面上写，直接在这里找我们就行~",
  "Review gating phrased without any review word: happy buyers go to the product page, unhappy ones to the seller.",
  ev=["euphemism"])

V("zh", [RI], ["steering"], "proactive",
  "您好，感谢购买 FlexRise 升降桌。写评论的时候麻烦带上“静音电机”和“安装简单”这两个词，再配三张实拍图，谢谢支持！",
  "Dictates keywords and photos for the review.")

V("zh", [RI], ["change-review"], "reply",
  "您好，看到您说桌面边角有划痕，非常抱歉给您带来不好的体验。我们已经免费为您补发一块新桌面，UPS 单号 1Z9V21E40388812207，预计周四送达。"
  "旧桌面不用寄回，您自行处理就好。安装时先拆下四颗 M6 螺丝，新桌面的孔位是一样的。"
  "等新桌面到了，麻烦您把之前那条两星评论改一下哈。有任何安装问题随时在这里留言。",
  "A long replacement message asks mid-text for the two-star review to be changed.")

V("zh", [RI], ["feedback-removal"], "reply",
  "亲，您留的卖家差评对我们店铺影响很大，退款已经给您处理好了，麻烦撤回一下反馈吧，拜托拜托。",
  "Pressures the buyer to withdraw negative seller feedback.")

V("zh", [RI], ["change-review"], "proactive",
  "亲，新的气压杆已经给您补发了，单号 TBA551902837400。麻烦把那条差 评 删 一 下，谢谢亲~",
  "Asks the buyer to delete a negative review, with the characters spaced apart.",
  ev=["spacing"])

V("zh", [OFF], ["messaging-app"], "reply",
  "亲，真不好意思，缺螺丝包是我们仓库漏装了。升降桌一共用到三种螺丝，M6短螺丝装横梁，M8长螺丝装桌腿，木螺丝固定桌面。"
  "您先看看配件袋上印的是A还是B版。我们马上给您补一整包，顺便多放几颗备用。"
  "您加一下我微信 kestrel_desk88，发个照片过来，我对一下型号更快哈。补发的包裹一般三到五天能到~",
  "Gives a WeChat id to move the conversation off Amazon.")

V("zh", [OFF], ["messaging-app"], "reply",
  "这个问题文字说不清楚，您加一下薇信：KWoffice2024，我给您发个安装视频哈。",
  "Gives a WeChat id, with WeChat written as the homophone 薇信.",
  ev=["homophone"])

V("zh", [OFF], ["email"], "reply",
  "您好，需要开具发票的话，请把抬头和税号发送至 invoice@kestrelwood-office.com，我们会在24小时内处理。",
  "Gives an e-mail address for invoice details.")

V("zh", [OFF], ["phone"], "reply",
  "您好，电机保修需要先做个远程检测，请拨打我们的保修热线六二六五五五零一六一，工作日上午9点到下午6点有人接听。",
  "Gives the shop's own warranty hotline, written in Chinese numerals.",
  ev=["cn-numerals"])

V("zh", [OFF], ["url"], "proactive",
  "您好，您的理线槽已送达。安装视频放在我们官网 https://kestrelwood-office.com/video/tidyrail 上，建议安装前先看一遍。",
  "Links to the shop's own website.")

V("zh", [OFF], ["qr"], "reply",
  "亲，说明书最后一页有个二维码，扫一下就能进我们的售后群，以后有问题直接在群里问，比亚马逊回复快多了~",
  "A QR code leads the buyer to an off-Amazon support group.")

V("zh", [OFF], ["payment"], "reply",
  "亲，亚马逊部分退款流程比较慢，差价15美元我们直接用微信转账给您吧，您方便的话把收款码发我哈。",
  "Offers a refund through WeChat Pay instead of Amazon.")

V("zh", [OFF], ["social"], "proactive",
  "您好，升降桌已送达～关注我们的抖音号 kestrelwood_desk，私信有专人一对一售后，安装教程也都在上面。",
  "Sends the buyer to a Douyin account for direct-message support.")

V("zh", [OFF], ["diversion"], "reply",
  "亲，以后再买配件就不用在亚马逊下单了，直接找我私下下单，价格一样，发货还更快。",
  "Invites the buyer to buy privately outside Amazon.")

V("zh", [MKT], ["coupon"], "proactive",
  "感谢购买升降桌！送您一张店铺专属优惠券，下次下单输入 KW8ZHE 立享八折，7天内有效。",
  "Sends an unsolicited coupon code.")

V("zh", [MKT], ["discount"], "proactive",
  "亲，这周显示器支架直降40美元，双臂款也在降价，有需要的抓紧哈~",
  "Announces a price drop.")

V("zh", [MKT], ["cross-sell"], "reply",
  "您好，腰托的高度可以这样调：先坐到椅子上，双手握住椅背两侧，向上提到合适位置会听到咔哒声。"
  "如果想放低，就一直提到最高点再松手，腰托会自动回到最低位。座深调节在座椅右侧的拨杆，往上拨同时前后移动坐垫即可。"
  "久坐的话，搭配我们家的人体工学脚踏会更舒服，店里就有卖的。调好以后建议坐半小时再微调一次。",
  "An unrequested footrest cross-sell is buried in lumbar instructions.")

V("zh", [MKT], ["new-product"], "proactive",
  "您好，我们新上架了无线充电款台灯，欢迎来店里看看！",
  "Announces a new product.")

V("zh", [MKT], ["bundle"], "proactive",
  "您好，本月升降桌+理线槽+显示器支架三件套组合购买立减25%，需要的话可以在我们的亚马逊店铺一起下单。",
  "Promotes a bundle discount.")

V("zh", [MKT], ["restock"], "proactive",
  "亲，胡桃木色桌板终于到货啦，这批数量不多，需要备一块的抓紧下单哦~",
  "An unsolicited restock push.")

V("zh", [MKT], ["loyalty"], "proactive",
  "亲，本单已为您开通\uFF36\uFF29\uFF30积分，累计满三单，第四单的配件我们全额免单哈~",
  "Promotes a loyalty points scheme, with VIP in full-width letters.",
  ev=["fullwidth"])

V("zh", [MKT], ["buy-again"], "proactive",
  "亲，椅子坐着舒服的话，再给家里人带一把吧！下次下单我们随单送一个记忆棉腰靠~",
  "A buy-again push with a gift on the next purchase.")

V("zh", [MKT], ["early-access"], "proactive",
  "老客户专属：新款三电机升降桌下周一对老客户提前开放购买，比正式开售早一周，名额有限。",
  "Offers early access to a launch.")

V("zh", [MKT], ["promotion"], "proactive",
  "亲，月底给老朋友准备了点心意，价钱会比平时好看很多，到时候记得来逛逛哈~",
  "Teases an upcoming sale without any obvious promotion word.",
  ev=["euphemism"])

V("zh", [MKT], ["referral"], "proactive",
  "推荐朋友购买我们的升降桌，朋友下单后，您和朋友各得15美元亚马逊礼品卡，名额不限。",
  "Offers a referral reward.")

V("zh", [RI, OFF], ["incentive", "messaging-app"], "proactive",
  "亲~ 五星好评后加V：kwdesk_fan，截图发过来就给您发10美金红包哦~",
  "A cash red envelope for a five-star review, collected over WeChat written as 加V.",
  ev=["pinyin"])

V("zh", [RI, OFF], ["gating", "phone"], "proactive",
  "您好，订单 114-2065538-7710942 的升降桌已由物流送达。安装前请先确认四个包裹都已收到，桌腿和横梁在最长的那个箱子里。"
  "控制器第一次通电时请长按向下键复位。桌面如有搬运磕碰，请拍照保留。"
  "如果使用中有任何不满意，请先拨打我们的售后电话九二九五五五零一八七，不要直接在亚马逊留差评。祝您使用愉快。",
  "Buried in setup notes: unhappy buyers are told to phone the shop (number in Chinese numerals) instead of leaving a bad review.",
  ev=["cn-numerals"])

V("zh", [RI, MKT], ["incentive", "discount"], "proactive",
  "您好，留下真实评价后，下次购买任何配件都可以享受半价，评价后把截图发我们就行。",
  "Half price on a future purchase in exchange for a review.")

V("zh", [OFF, MKT], ["messaging-app", "vip-group"], "proactive",
  "亲，搜微信号 KW_vip666 进我们的VIP粉丝群吧，群里每周三有秒杀，还有新品内测名额~",
  "Invites the buyer to a WeChat VIP group with flash sales.")

# ---------------------------------------------------------------------------
# Traditional Chinese violations (10)
# ---------------------------------------------------------------------------
V("zh-hant", [RI], ["incentive"], "proactive",
  "親，收到升降桌後在亞馬遜留下評價並截圖給我們，即可獲得價值20美元的禮品卡喔！",
  "A gift card for a review screenshot.")

V("zh-hant", [RI], ["positive-review-request"], "proactive",
  "您好，如果您對人體工學椅還滿意，請給我們 \u2605\u2605\u2605\u2605\u2605，這對我們小店真的很重要，謝謝支持！",
  "Asks for five stars written as star symbols.",
  ev=["star-symbols"])

V("zh-hant", [RI], ["change-review"], "reply",
  "您好，關於椅子扶手斷裂的問題，我們真的很抱歉。退款已經處理完畢，款項會在3到5個工作天內退回。"
  "椅子不需要寄回，您可以自行處理。我們也已經請工廠檢查這批扶手的品質。"
  "能否麻煩您修改一下商品頁面上那則一星評論呢？再次向您致歉。",
  "Asks the buyer to edit a one-star product review after a refund.")

V("zh-hant", [OFF], ["messaging-app"], "reply",
  "請加我們的LINE：kwdesk_tw，傳照片給客服，處理會比較快喔。",
  "Gives a LINE id.")

V("zh-hant", [OFF], ["email"], "reply",
  "檯燈的保固需要序號照片，請寄到 kwtaiwan 小老鼠 kwmail 點 net，信件主旨寫上訂單編號即可。",
  "Gives an e-mail address spelled out with 小老鼠 for @ and 點 for the dot.",
  ev=["spelled-email"])

V("zh-hant", [MKT], ["subscription"], "proactive",
  "您好，螢幕清潔液可以在亞馬遜設定「定期訂購」，每次再省10%，推薦您開啟，就不用擔心用完了。",
  "Pitches a Subscribe & Save subscription for another product.")

V("zh-hant", [MKT], ["cross-sell"], "reply",
  "您好，這款螢幕支架支援VESA 75和100孔距，每支手臂最大可承重9公斤。您的螢幕背面如果是弧形，請使用包裝內附的加長螺絲。"
  "夾具適用於厚度1到9公分的桌板，玻璃桌面不建議使用。另外我們的筆電托架和這款支架完美搭配，歡迎一起加購。"
  "安裝時建議兩個人一起操作，先固定底座再掛螢幕。",
  "An unrequested cross-sell follows the spec answer.")

V("zh-hant", [MKT], ["early-access"], "proactive",
  "老客戶專屬：新款雙馬達升降桌下週三起提前開放搶\u200b先\u200b購，比正式開賣早七天，數量有限。",
  "Offers early access to a launch, with zero-width spaces inside 搶先購.",
  ev=["zero-width"])

V("zh-hant", [RI, OFF], ["gating", "url"], "proactive",
  "您好，升降桌已送達。若有任何不滿意，請先到 https://kestrelwood-office.com/tw/help 填寫表單，我們會盡快處理，請不要直接在亞馬遜留負評。",
  "Diverts unhappy buyers to an off-Amazon form instead of reviewing.")

V("zh-hant", [RI, MKT], ["incentive", "coupon"], "proactive",
  "感謝購買！給我們一個好評，下次回購時輸入 KW5STAR 就能享九折優惠。",
  "A coupon code for a positive review.")

# ---------------------------------------------------------------------------
# Mixed Chinese + English violations (9)
# ---------------------------------------------------------------------------
V("mixed", [RI], ["steering"], "proactive",
  "Hi 亲，写 review 的时候麻烦提一下 'super stable at full height' 和 'easy install'，thanks a lot 哈~",
  "Dictates phrases for the review.")

V("mixed", [RI], ["gating"], "proactive",
  "Hi 亲，if you love the chair please leave a review on Amazon；如果有任何问题 please contact us first，不要直接 leave bad review 哈。",
  "Reviews only from buyers who love it; others are told to contact the seller first.")

V("mixed", [RI], ["positive-review-request"], "proactive",
  "亲, pls give us 5 st4rs 哈, small shop 真的不容易，thank you so much~",
  "Asks for five stars, with 'stars' in leetspeak.",
  ev=["leetspeak"])

V("mixed", [OFF], ["messaging-app"], "reply",
  "For faster help 请直接 Wh\u0430tsApp 我们 +1 646-555-0119，send the video there 哈。",
  "Gives a WhatsApp number, with a Cyrillic letter inside WhatsApp.",
  ev=["homoglyph"])

V("mixed", [OFF], ["email"], "reply",
  "Manual PDF 我发你邮箱吧，please email me at leo.kw@kwmail.net，我收到就马上 reply。",
  "Gives the agent's e-mail address.")

V("mixed", [OFF], ["social"], "proactive",
  "Our desk setup videos 都在 YouTube channel 'Kestrelwood Desk Lab' 上，subscribe 一下 and leave your questions in the comments there，我们每天都回复。",
  "Moves support questions to a YouTube channel.")

V("mixed", [MKT], ["restock"], "proactive",
  "Good news 亲！The grey ErgoNest is back in stock 啦，limited qty，想给家人再带一把的快下单~",
  "An unsolicited restock push.")

V("mixed", [MKT], ["storefront-link"], "reply",
  "亲，lamp 的 USB 口是 5V 2A 的哈。More products 在我们的 Amazon store：amazon.com/stores/Kestrelwood，欢迎逛逛~",
  "Adds an Amazon storefront link to browse more products.")

V("mixed", [OFF, MKT], ["url", "promotion"], "proactive",
  "Summer sale 来啦！全场7折 on our own site kwd.ink/summer24，only this week 哈~",
  "Announces a sale on the shop's own site through a short link.")

# ---------------------------------------------------------------------------
# English compliant (20 near-miss + 9 plain)
# ---------------------------------------------------------------------------
C("en", "proactive", "neutral-review-request",
  "Hi Jordan, your FlexRise Pro from order 113-5829104-2276310 was delivered last week. "
  "If you have a moment, we'd appreciate it if you shared your experience with the desk on Amazon, whatever it turned out to be. "
  "Honest accounts help other people choose the right desk.",
  "A neutral, unconditional review request with no rating, incentive or condition.")

C("en", "proactive", "neutral-review-request",
  "Hello Aisha, a week has passed since your ErgoNest chair arrived (order 112-7742086-3318650). "
  "We'd like to hear how it's working out, positive or negative, and an honest review on the product page helps other shoppers decide.",
  "Neutral request; 'positive' appears only in a balanced 'positive or negative'.")

C("en", "reply", "feedback-notice-after-resolution",
  "Thank you for confirming that the replacement lamp arrived and works. "
  "If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you originally provided; it is entirely your choice.",
  "The neutral seller-feedback notice Amazon itself gives as acceptable after a resolved problem.")

C("en", "reply", "reviewed-return",
  "We have reviewed your return request for order 114-9035517-2204861 and approved it. "
  "Please print the prepaid UPS label from Your Orders; your refund will be issued once the carrier scans the package.",
  "'Reviewed' refers to a return request and the refund is a normal return.")

C("en", "reply", "remedy",
  "Sorry the left leg motor stopped working. We've sent a replacement motor free of charge via UPS, tracking 1Z7W46E80312345678, and there's no need to return the old one.",
  "A free replacement as a remedy, not tied to any review.")

C("en", "reply", "remedy",
  "Thank you for the photos, they make the problem clear. The scratch runs along the front edge of the desktop, which should never have left our warehouse that way. "
  "You mentioned you'd rather not wait for a replacement top, so we've issued a partial refund of $40 through Amazon for order 111-6650193-4478025. "
  "It should appear on your original payment method within 3 to 5 business days. You don't need to send anything back. "
  "If the scratch catches on sleeves or cables, a little furniture wax will smooth it. Again, our apologies for the trouble.",
  "A partial refund through Amazon as a remedy, with no review mentioned.")

C("en", "reply", "carrier-phone",
  "Your desk ships by freight with Ridgeline Freight, and they book the delivery appointment directly. "
  "You can reach their dispatch desk at 1-800-555-0134 and quote PRO number RL-48820917.",
  "A third-party freight carrier's number for delivery scheduling is allowed.")

C("en", "proactive", "carrier-phone",
  "Hello, we're writing about order 113-2209847-6651302. UPS has placed tracking 1Z0E7F930312087754 on a weather hold, so delivery will be about two days later than estimated. "
  "If you'd like to arrange a pickup point, UPS can be reached at 1-800-555-0117.",
  "A delay notice with the carrier's phone number, an order id and a tracking number.")

C("en", "reply", "amazon-deal-answer",
  "Yes, the 10% coupon you saw is shown on the product page; once you tick the box there, Amazon applies it at checkout. "
  "It can't be added to an order that has already been placed, so please check the box before you buy.",
  "Answers the buyer's own question about an Amazon coupon without offering anything new.")

C("en", "reply", "amazon-deal-answer",
  "You're right that the price on the listing dropped two days after your purchase. "
  "We don't control price adjustments after an order is placed, but Amazon customer service can tell you whether their policy covers it.",
  "Answers the buyer's question about a price drop and points to Amazon.")

C("en", "reply", "negation",
  "Thanks for asking, but we can't offer a discount, a refund or anything else in exchange for a review, since Amazon doesn't allow it. "
  "Please write whatever reflects your own experience, or nothing at all; either way, we're happy to help with the drawer.",
  "Refuses an incentive the buyer asked about; the review words are negated.")

C("en", "reply", "negation",
  "We don't offer support over WhatsApp, phone or e-mail; everything runs through this Amazon message thread, and we'll reply within 24 hours, weekends included.",
  "Names contact channels only to say they are not used.")

C("en", "reply", "product-feature",
  "Yes, the RiseLink app can remind you to stand every 30 minutes and logs your standing time in Apple Health. "
  "Install it from your phone's app store, then pair the desk over Bluetooth from the controller's menu; no account is needed.",
  "The desk-control app is a product feature, not a contact channel.")

C("en", "reply", "product-feature",
  "The ErgoNest you ordered is the new 2024 revision: the mesh is free from PVC, the armrests are tool-free to adjust, and the gas cylinder carries a Class 4 rating. "
  "The five-star nylon base has 60 mm casters that roll on carpet and hardwood alike.",
  "'New', 'free', 'rating' and 'five-star' are product specifications here.")

C("en", "reply", "thanks-for-review",
  "Thank you for the 5-star review, we saw it this morning! For the mesh back, a damp microfiber cloth is enough; avoid bleach, which weakens the fibers.",
  "Thanks a buyer who mentioned their review; nothing is requested.")

C("en", "reply", "reply-to-negative-review",
  "We read the review you posted about the wobble at full height, and we're sorry. "
  "The usual cause is the four crossbar bolts settling after the first week, so please re-tighten them with the 5 mm key. "
  "Check that the feet levelers are all touching the floor, since one loose foot makes the whole frame rock. "
  "Keeping the heaviest monitor over the center of the frame also helps a lot at full height. "
  "If that doesn't fix it, we'll send a reinforced crossbar at no cost. "
  "Just reply here and tell us how it goes.",
  "Offers to fix the problem raised in a review without asking to change it.")

C("en", "reply", "amazon-review-email",
  "That message came from Amazon, not from us: Amazon automatically asks buyers for reviews after delivery. "
  "You don't need to do anything, and it won't affect your return.",
  "Explains Amazon's own review e-mail; no request is made.")

C("en", "proactive", "freight-phone-request",
  "Hello, your FlexRise frame for order 114-5520971-3306814 weighs 96 lb and will be delivered by freight. "
  "The carrier needs a phone number to call you on the delivery day, so please reply here with the best number and any gate or elevator notes.",
  "Asks for the buyer's phone only to schedule a bulky delivery, inside Amazon messaging.")

C("en", "reply", "restock-answer",
  "The white frame is expected back around March 14. We can't reserve one for you, but the listing will show it as available as soon as the stock is checked in.",
  "Answers the buyer's own question about a restock date.")

C("en", "reply", "amazon-order-page",
  "You can start the return yourself from Your Orders on amazon.com: choose this order, select 'Return or replace items', and pick 'Item defective' as the reason.",
  "Points only to Amazon's own return flow.")

C("en", "reply", "plain",
  "Hi Sam, the FlexRise Pro holds up to 275 lb spread evenly across the top. The height range is 25.5 to 51 inches, and the crossbar is included in the box.",
  "A product answer with nothing to flag.")

C("en", "reply", "plain",
  "Thanks for reaching out. Your order shipped yesterday, and the carrier shows delivery on Thursday.",
  "A shipping status reply.")

C("en", "proactive", "plain",
  "Hello, we're sorry to say that order 112-8870342-1196025 will ship three days later than estimated because the frame batch failed our final motor test. "
  "We'll send tracking as soon as it leaves the warehouse.",
  "A proactive delay notice.")

C("en", "reply", "plain",
  "The M6 bolts are in bag C, taped under the crossbar. Sorry for the confusion!",
  "A short assembly answer.")

C("en", "reply", "plain",
  "Dear Ms Alvarez, we have cancelled the duplicate order as you requested. You will not be charged for the cancelled order.",
  "Confirms a cancellation the buyer asked for.")

C("en", "reply", "plain",
  "Error code E06 means the control box lost power while the desk was moving. First, unplug the desk for 30 seconds and plug it back in. "
  "Then press and hold the down button until the desk reaches its lowest point and beeps once. Keep holding for another 5 seconds to finish the reset. "
  "After that, the memory presets need to be saved again. If E06 comes back, please reply with a photo of the control box label.",
  "Troubleshooting steps only.")

C("en", "reply", "plain",
  "Yes, the ArcLift clamp fits desktops from 0.4 to 3.5 inches thick. For thicker tops, use the grommet mount that is also in the box.",
  "A compatibility answer.")

C("en", "reply", "plain",
  "Hello friend, sorry for trouble. The lamp need the 12V adapter in box, not the USB port of computer. Please try again and tell us the result here, we will help.",
  "A troubleshooting reply in non-native English.")

C("en", "proactive", "plain",
  "Your order 114-3029958-6607124 includes an engraved nameplate for the desk. "
  "Please confirm here that the text 'R OKAFOR' is spelled correctly so we can finish it before shipping.",
  "Asks to verify a customization needed to complete the order.")

# ---------------------------------------------------------------------------
# Simplified Chinese compliant (16 near-miss + 6 plain)
# ---------------------------------------------------------------------------
C("zh", "proactive", "neutral-review-request",
  "您好，订单 112-3098471-5562093 的升降桌已送达一周。如果方便，欢迎您在商品页面分享真实的使用体验，无论好坏都对其他买家很有帮助。",
  "A neutral review request with no rating, condition or reward.")

C("zh", "proactive", "neutral-review-request",
  "亲，桌子用了几天感觉咋样？有空的话可以在亚马逊上写写您的真实感受哈，好的坏的都欢迎~",
  "A casual but neutral review request that welcomes good and bad alike.")

C("zh", "reply", "feedback-notice-after-resolution",
  "很高兴新的电机已经正常工作了。如果您认为问题已解决，您可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。",
  "The neutral seller-feedback notice after the problem was resolved.")

C("zh", "reply", "reviewed-return",
  "您好，您的退货申请我们已审核通过。请在亚马逊的订单页面打印预付退货标签，贴在外箱上。"
  "升降桌比较重，建议用原包装，桌腿和控制器分开包好。包裹交给承运商后，系统扫描即视为退货完成。"
  "退款会原路退回到您的付款方式，一般三到五个工作日到账。如果打印标签遇到问题，直接在这里回复我们。",
  "A return approval with a refund through Amazon.")

C("zh", "reply", "remedy",
  "非常抱歉台灯灯罩在运输中破损了，我们已免费为您补发一个新灯罩，物流单号 TBA304918275000，旧的不用寄回。",
  "A free replacement as a remedy, with a tracking number.")

C("zh", "reply", "remedy",
  "按您的意愿，我们已通过亚马逊为您退款35美元作为桌面划痕的补偿，桌子您继续使用就好，不需要退回。",
  "A partial refund through Amazon as a remedy.")

C("zh", "reply", "carrier-phone",
  "您的大件包裹由 Ridgeline 物流配送，预约送货时间可以直接拨打他们的调度电话 1-800-555-0172，报运单号 RL-55213068 即可。",
  "The freight carrier's phone number for delivery scheduling.")

C("zh", "reply", "amazon-deal-answer",
  "亲，您问的那个会员日折扣是亚马逊平台自己的活动，结账时系统会自动计算，我们这边没法手动改价哈。",
  "Answers the buyer's question about an Amazon deal.")

C("zh", "reply", "negation",
  "亲，我们不能用返现或者礼品换评价哈，这是亚马逊明确禁止的，您按真实感受来写就好，不写也完全没关系。",
  "Refuses cash back or gifts for reviews; the keywords are negated.")

C("zh", "reply", "negation",
  "抱歉，我们没有微信客服，也不提供电话或邮箱，所有售后都在亚马逊站内消息里处理，24小时内一定回复您。",
  "Names WeChat, phone and e-mail only to say they are not offered.")

C("zh", "reply", "product-feature",
  "这款升降桌的 RiseLink 应用支持久坐提醒，提醒可以同步到手机的微信运动，蓝牙连接，不需要注册账号。",
  "WeChat appears as a product integration, not a contact handle.")

C("zh", "reply", "thanks-for-review",
  "谢谢您的好评！扶手松动的话，把扶手底部的两颗螺丝拧紧就好，工具在配件包里。",
  "Thanks for a review the buyer mentioned; nothing is requested.")

C("zh", "reply", "cn-substring",
  "已按您的要求删除重复订单，并修改了收货地址，新地址会同步给物流，不影响发货时间。",
  "删除 and 修改 refer to a duplicate order and an address.")

C("zh", "reply", "cn-substring",
  "我们检索评测资料后确认，这款显示器支架兼容您的34寸曲面屏，VESA 100孔距，单臂承重9公斤以内都没问题。",
  "检索评测 contains the substring 索评 but is a compatibility answer.")

C("zh", "proactive", "delay-notice",
  "您好，订单 113-7046625-9913078 因物流原因预计延迟3天发货，物流单号生成后我们会第一时间告知您，给您带来不便非常抱歉。",
  "A delay notice with an order id.")

C("zh", "reply", "spare-part-answer",
  "亲，您问的额外穿线孔盖在亚马逊上也有单独卖，搜索型号 KW-GR60 就能找到，我们这边没有额外的优惠哈。",
  "Answers the buyer's own question about where to buy a part on Amazon, with no offer.")

C("zh", "reply", "plain",
  "亲，桌面最大承重是120公斤，升降范围65到130厘米哈。",
  "A spec answer.")

C("zh", "reply", "plain",
  "您好，您的包裹已于昨天发出，承运商显示预计周五送达。",
  "A shipping status reply.")

C("zh", "reply", "plain",
  "您好，椅子的安装步骤如下。先把五个脚轮插进椅脚，用力按到底。然后把气压杆插进椅脚中心。"
  "再把座椅底盘对准气压杆，坐上去压一下就固定了。最后装上椅背，用配件包里的四颗螺丝拧紧。整个过程大约十五分钟。",
  "Assembly instructions.")

C("zh", "reply", "plain",
  "好的亲，已按您的要求取消订单~",
  "Confirms a cancellation the buyer asked for.")

C("zh", "proactive", "plain",
  "您好，关于订单 111-4463380-2270916，您选择的定制桌板尺寸是140×70厘米，请回复确认，确认后我们再安排裁切。",
  "Verifies a custom size needed to complete the order.")

C("zh", "reply", "plain",
  "亲，控制器显示E02是两侧电机高度不一致，长按向下键10秒复位就好啦。",
  "Troubleshooting answer.")

# ---------------------------------------------------------------------------
# Traditional Chinese compliant (4 near-miss + 2 plain)
# ---------------------------------------------------------------------------
C("zh-hant", "proactive", "neutral-review-request",
  "您好，訂單 112-6630295-4417708 的人體工學椅已送達。若方便，歡迎在商品頁面分享您真實的使用心得，好壞都能幫助其他買家。",
  "A neutral review request.")

C("zh-hant", "reply", "feedback-notice-after-resolution",
  "很高興新的燈座已經正常使用。如果您認為我們已解決您的問題，可以自行選擇更新或移除先前留下的賣家意見回饋，完全由您決定。",
  "The neutral seller-feedback notice after resolution.")

C("zh-hant", "reply", "reviewed-return",
  "我們已審核您的退貨申請並同意退款，款項將透過亞馬遜原路退回，約需3到5個工作天。",
  "A return approval with an Amazon refund.")

C("zh-hant", "reply", "amazon-deal-answer",
  "您詢問的折價券是亞馬遜商品頁面上的活動，結帳時勾選後會自動套用，我們無法另外提供折扣。",
  "Answers the buyer's question about an Amazon coupon and offers nothing extra.")

C("zh-hant", "reply", "plain",
  "您好，這款螢幕支架適用於17到32吋的螢幕，單臂承重9公斤。",
  "A spec answer.")

C("zh-hant", "reply", "plain",
  "您好，包裹已於昨天寄出，預計下週一送達，追蹤號碼是 1Z9A73E20398765432。",
  "A shipping status reply with a tracking number.")

# ---------------------------------------------------------------------------
# Mixed compliant (5 near-miss + 2 plain)
# ---------------------------------------------------------------------------
C("mixed", "proactive", "neutral-review-request",
  "Hi 亲，your desk 已经送到一周了。If you have time，欢迎在 Amazon 商品页分享你的真实体验，good or bad 都可以~",
  "A neutral review request that welcomes good or bad.")

C("mixed", "reply", "reviewed-return",
  "We reviewed 你发的照片，确认是 motor 的问题。Replacement motor 已经免费寄出了，tracking 是 1Z6F02W50311122233。",
  "'Reviewed' refers to photos; the free motor is a remedy.")

C("mixed", "reply", "amazon-deal-answer",
  "亲，那个 Lightning Deal 是 Amazon 平台的活动，下单时会自动 apply，我们这边 can't change the price 哈。",
  "Answers the buyer's question about an Amazon deal.")

C("mixed", "reply", "product-feature",
  "这款 monitor arm 是 new version，free-standing base 不用打孔，each arm 可以承重 up to 9kg。",
  "'New' and 'free-standing' are product features.")

C("mixed", "reply", "carrier-phone",
  "亲，FedEx 那边显示 address issue，你可以直接打 FedEx customer service 1-800-555-0165，tracking number 在 Your Orders 里能看到。",
  "The carrier's phone number for a delivery problem.")

C("mixed", "reply", "plain",
  "Hi 亲，desk 的 height range 是 25 到 50 inch 哈，有 any question 随时 message 我们。",
  "A spec answer.")

C("mixed", "reply", "plain",
  "Sorry 亲，那个螺丝是 M6x12 的，在 bag B 里面，please check again 哈~",
  "An assembly answer.")


# ---------------------------------------------------------------------------
# length tags
# ---------------------------------------------------------------------------
ABBREV = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|No|vs|approx|e\.g|i\.e|a\.m|p\.m)\.")
MASK = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\w+(?:[.-]\w+)*\.(?:com|net|shop|ink|app)\b\S*|\d+\.\d+")


def sentence_count(text):
    t = ABBREV.sub("X", MASK.sub("X", text))
    ends = re.findall(r"[。！？!?]+|\.+(?=\s|$)|[~～]+\s*$", t)
    n = len(ends)
    if not re.search(r"[。！？!?.~～]\s*$", t):
        n += 1
    return n


def weight(text):
    return len(text) + sum(1 for c in text if "\u4e00" <= c <= "\u9fff")


def length_tag(text):
    n = sentence_count(text)
    if n >= 5:
        return "long"
    if n <= 2 and weight(text) <= 70:
        return "short"
    return None


def build():
    out = []
    for r in RECORDS:
        tags = list(r["subtypes"]) + [r["ctx"]]
        if r["ev"]:
            tags += ["evasion"] + r["ev"]
        if not r["labels"]:
            tags.append("plain" if r["kind"] == "plain" else "near-miss")
        lang = r["lang"]
        if lang == "zh-hant":
            lang = "zh"
            tags.append("traditional")
        lt = length_tag(r["text"])
        if lt:
            tags.append(lt)
        out.append(dict(text=r["text"], labels=r["labels"], lang=lang,
                        tags=tags, note=r["note"], _kind=r["kind"]))
    random.Random(33).shuffle(out)
    kinds = Counter()
    with OUT.open("w", encoding="utf-8") as f:
        for i, r in enumerate(out, 1):
            if r["_kind"] and r["_kind"] != "plain":
                kinds[r["_kind"]] += 1
            rec = {"id": "h33-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": r["tags"], "note": r["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(out), OUT.name))
    print("near-miss kinds:")
    for k, v in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-34s %d" % (k, v))


if __name__ == "__main__":
    build()
