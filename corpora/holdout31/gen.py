#!/usr/bin/env python3
"""Build holdout31.jsonl: a hand-labelled, held-out test set for the buyer-message linter.

Every text below was written by hand for this set (sector: baby and nursery products).
Invisible characters and look-alike letters are written as \\uXXXX escapes so they can be seen:
  \\u200b zero-width space, \\u0430/\\u0435/\\u043e Cyrillic a/e/o, \\uff01-\\uff5e full-width ASCII.

Record fields: labels (policy names), lang (en/zh/mixed/other), tags (one subtype tag per label,
in label order, then exactly one context tag, then any of evasion + technique, near-miss, plain,
traditional, long, short), note (why the labels are what they are).

All names, order ids, handles, domains and phone numbers are invented (US phones use 555-01xx).
"""
import json
import os
import random

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

RECORDS = []


def rec(labels, lang, tags, text, note):
    RECORDS.append({"text": text, "labels": list(labels), "lang": lang,
                    "tags": list(tags), "note": note})


# ---------------------------------------------------------------------------
# English violations
# ---------------------------------------------------------------------------

rec([RI], "en", ["positive-review-request", "proactive", "long"],
    "Hello Dana, this is Priya from TuckTide Baby, following up on order 112-4830192-7720461. "
    "Your SnugLeaf swaddle set was delivered on Tuesday, and we hope the first few nights have gone smoothly. "
    "The hook-and-loop wings are made to stay closed through kicking; if they lose grip, a cold wash usually restores it. "
    "As a small family business we live or die by what parents say about us, so a glowing write-up with the full five stars would honestly keep our lights on. "
    "The cotton gets softer after three or four washes, so don't worry if it feels a little crisp at first. "
    "If a size turns out wrong, you can start an exchange from Your Orders until the end of next month.\n"
    "Warm wishes,\nPriya",
    "Five-star ask buried in the middle of an otherwise helpful care message.")

rec([RI], "en", ["incentive", "proactive"],
    "Hi Marcus, thanks for picking the WarmNest bottle warmer (order 113-5502718-0938846). "
    "Once your thoughts are up on the product page, reply here with a screenshot and we'll send a $15 Amazon gift card as our way of saying thanks.",
    "Gift card in exchange for a posted review (screenshot as proof).")

rec([RI], "en", ["gating", "reply"],
    "That's wonderful to hear, and yes, the organiser is meant to sit snugly on thicker handlebars like yours. "
    "Since it's working so well for you, would you mind telling other parents about it on Amazon? It really helps.",
    "Reply to a buyer who wrote in to praise the product; asking only the delighted buyer for a review is gating (policy C3/C8).")

rec([RI], "en", ["gating", "proactive"],
    "Hi Alexis, your LullaView video monitor should have arrived by now (order 111-7730925-4481620). "
    "If it's been a hit in the nursery, we'd be grateful if you said so on Amazon. "
    "If anything fell short, please message us first so we can put it right before you post anything.",
    "Happy buyers to Amazon, unhappy buyers diverted to the seller first.")

rec([RI], "en", ["steering", "proactive"],
    "Hello Grace, regarding order 114-2288107-5309166: when you write about the bamboo swaddle, it would help us enormously "
    "if you mentioned how breathable the fabric is on warm nights and added a photo of your little one wrapped up.",
    "Tells the buyer what to put in the review (content steering).")

rec([RI, MKT], "en", ["incentive", "new-product", "proactive"],
    "Hi Tom, a quick note about order 112-9043318-2267510. Parents who post their honest impressions of the PramPal organiser "
    "get first pick of our upcoming car-seat caddy before it goes live, with shipping covered by us.",
    "Future benefit for a review (incentive) that also announces an upcoming product.")

rec([RI], "en", ["feedback-removal", "reply"],
    "We've shipped your replacement warmer today, tracking TBA612840395000. On another matter, the negative feedback you left "
    "is dragging our seller rating down and could put our account at risk, so we'd really appreciate it if you took it down.",
    "Pressure to remove seller feedback, attached to an otherwise fine remedy.")

rec([RI], "en", ["feedback-removal", "proactive"],
    "Hi Nadia, we're sorry the swaddle seams came apart on order 113-3319026-8842075. If you'd be open to withdrawing the seller "
    "feedback you posted last week, we'd like to send you a spare swaddle for your trouble.",
    "Product offered in exchange for withdrawing seller feedback.")

rec([RI, OFF], "en", ["incentive", "payment", "reply"],
    "Thanks for your patience with the monitor. Here's how our rebate works: post your review, paste the link in a PayPal request "
    "to refunds.tucktide@paymail-box.net, and we'll return the full purchase price within two days.",
    "Full refund for a review, paid off Amazon through PayPal (also contains an e-mail address).")

rec([RI], "en", ["positive-review-request", "proactive", "short"],
    "Loving the warmer? A top rating from you would make our week! Order 114-6650213-0917734",
    "Asks for the highest rating without naming stars.")

rec([RI], "en", ["change-review", "reply"],
    "Thanks for giving us the chance to fix the pairing problem, and we're glad the camera is streaming again. "
    "The two-star rating you posted earlier is still showing on the listing. "
    "Now that everything works, it would mean a lot if it matched how things turned out.",
    "Request to update a product review after resolution, split across two sentences.")

rec([RI], "en", ["gating", "proactive"],
    "A few tips for your new LullaView monitor (order 113-8204719-3356021):\n"
    "\u2022 Charge the parent unit fully before first use\n"
    "\u2022 Mount the camera at least 1 m from the crib\n"
    "\u2022 Happy with it? Share your experience on Amazon\n"
    "\u2022 Not happy? Skip the review and message us so we can fix it first",
    "Bullet list; the gating is in the last two bullets.")

rec([RI], "en", ["positive-review-request", "proactive", "evasion", "star-symbols"],
    "Hi Lena, if the SnugLeaf swaddle has earned a place in your bedtime routine, we'd be thrilled to see "
    "\u2605\u2605\u2605\u2605\u2605 next to your name on the product page. Order 112-5407781-6623094.",
    "Five-star request written as star symbols (and conditional on being happy).")

rec([RI], "en", ["positive-review-request", "proactive", "evasion", "zero-width"],
    "Hi Owen, thank you for order 111-3382057-7140926. Would you consider leaving a five\u200b-\u200bstar r\u200beview "
    "for the WarmNest warmer? It makes a huge difference for a small team like ours.",
    "Zero-width spaces inside 'five-star review'.")

rec([RI], "en", ["positive-review-request", "proactive", "evasion", "leetspeak"],
    "Hey Rosa! Hope the stroller organiser is making walks easier. A 5-st4r r3v13w would mean the world to our tiny shop. "
    "Order 113-0925518-4419307.",
    "Leetspeak '5-st4r r3v13w'.")

rec([RI], "en", ["positive-review-request", "proactive", "evasion", "homoglyph"],
    "Hello Kim, order 114-7719354-2081563 was delivered on Monday. A p\u043esitive r\u0435view from you would really help "
    "other parents find our video monitor.",
    "Cyrillic o and e inside 'positive review'.")

rec([RI], "en", ["incentive", "proactive", "evasion", "euphemism"],
    "Hi Chloe, we hope the warmer is saving you some 3 a.m. trips to the kitchen (order 112-8830147-5592016). "
    "After you tell other shoppers what you think, drop us a line here; a little surprise will be on its way to you.",
    "Review and reward both euphemised: 'tell other shoppers what you think' + 'a little surprise'.")

rec([OFF], "en", ["email", "reply"],
    "Hi Beth, the medium SnugLeaf fits babies from about 3 to 6 months, so it should be right for your son. "
    "Let us know if you need the sizing chart.\n\nBest,\nHannah\nTuckTide Baby Care\nhannah.r@tucktidebaby.com",
    "Compliant answer, but the signature block carries a personal e-mail address.")

rec([OFF], "en", ["phone", "reply"],
    "Sorry the app still won't pair with the camera. Give our support line a ring on (626) 555-0183 and one of our "
    "technicians will walk you through it step by step.",
    "Seller's own support phone number (not a carrier).")

rec([OFF], "en", ["url", "proactive"],
    "Hello Ian, to activate the 2-year warranty on your LullaView monitor (order 113-6092247-1180359), please register it at "
    "https://lullaview-care.com/warranty within 30 days.",
    "https link to the seller's own site; warranty registration is not needed to complete the order.")

rec([OFF], "en", ["messaging-app", "reply", "short"],
    "Quicker answers on WhatsApp: +1 213 555 0116.",
    "WhatsApp number.")

rec([OFF, MKT], "en", ["diversion", "discount", "proactive"],
    "Hi Mei, thanks again for order 111-2051836-9957402. Next time you need swaddles, order straight from our own shop "
    "instead of Amazon; without the marketplace fees we can pass about 20% back to you.",
    "Invites the buyer to buy outside Amazon, with a price cut as the hook.")

rec([OFF, MKT], "en", ["qr", "promotion", "proactive"],
    "Hello Sara, inside the box for order 114-3390675-8826041 you'll find a card with a QR code. "
    "Scan it to reach our parent-care team directly and to see this month's bundle offers.",
    "QR code to off-Amazon support plus promotional offers.")

rec([OFF], "en", ["payment", "reply"],
    "Amazon refunds can take a week, so we'd rather send the $22 difference to you directly. What's your Venmo handle?",
    "Partial refund moved off Amazon (Venmo).")

rec([OFF], "en", ["email", "reply", "long"],
    "Hi Aaron, thanks for the detailed description of the warming issue. The WarmNest has three settings, and the middle one "
    "(37 \u00b0C) is the right choice for breast milk straight from the fridge. If the light blinks orange, the basin is low on "
    "water and the warmer pauses itself as a safety measure. For quicker help than this thread can give, write to "
    "care.desk@warmnest-baby.com and attach a short video of the display. Frozen bags should be thawed in the fridge overnight "
    "before warming. Please don't use the steam setting for formula that's already mixed. We hope that sorts it out.",
    "E-mail diversion buried in the middle of a long, otherwise compliant answer.")

rec([OFF], "en", ["url", "proactive"],
    "Hi Jess, the fitting video for your PramPal organiser (order 112-7748290-0365518) is here: qk-url.co/Pp9xFit",
    "Link shortener to an off-Amazon video.")

rec([OFF], "en", ["social", "reply"],
    "So sorry about the torn strap. DM us a photo on Instagram at @tucktide.baby and we'll sort out a fix from there.",
    "Moves the support case to Instagram DMs.")

rec([OFF], "en", ["messaging-app", "reply"],
    "If the firmware update stalls at 60%, our engineers can help you on Telegram: @LullaViewFix.",
    "Telegram handle.")

rec([OFF], "en", ["email", "reply", "evasion", "spelled-email"],
    "For the firmware file, write to nightdesk at lullaview-care dot com and mention your camera's serial number.",
    "E-mail address spelled out with 'at' and 'dot'.")

rec([OFF], "en", ["messaging-app", "reply", "evasion", "fullwidth"],
    "If the warmer still won't switch on, message us on "
    "\uff37\uff48\uff41\uff54\uff53\uff41\uff50\uff50 \uff0b\uff11 \uff13\uff12\uff13 \uff15\uff15\uff15 \uff10\uff11\uff14\uff18"
    " and we'll video-call you.",
    "Full-width 'Whatsapp +1 323 555 0148'.")

rec([OFF], "en", ["messaging-app", "proactive", "evasion", "homoglyph"],
    "Hi Fatima, about order 113-4417096-2250831: for setup help with the monitor app, our team is on "
    "Wh\u0430ts\u0430pp at +1 (415) 555-0139.",
    "Cyrillic a in 'WhatsApp'.")

rec([OFF], "en", ["phone", "reply", "evasion", "spacing", "short"],
    "Easiest is a quick call: 7 1 8 - 5 5 5 - 0 1 9 2, ask for Leo.",
    "Phone number with every digit spaced out.")

rec([OFF], "en", ["email", "reply", "evasion", "zero-width"],
    "Please send the photos of the scorched base to support\u200b@\u200bwarmnest-baby\u200b.com so our engineer can check them.",
    "Zero-width spaces inside an e-mail address.")

rec([MKT], "en", ["coupon", "proactive"],
    "Hi Paula, as one of our first customers on order 114-9120583-6672049, you can enter SNUG15 at checkout to take 15% off "
    "another swaddle set.",
    "Promo code without the words 'coupon' or 'discount'.")

rec([MKT], "en", ["new-product", "proactive"],
    "Hello Chris, a heads-up related to order 111-5562904-1138275: our cordless travel bottle warmer arrives on Amazon next "
    "week, and it's made for feeds on the go.",
    "New-product announcement.")

rec([MKT], "en", ["cross-sell", "reply"],
    "The organiser straps go around the handlebar and fasten with the two press studs, no tools needed. Parents who bought it "
    "also love our clip-on cup holder, which slots right beside it; it's worth a look on our listing.",
    "Answers the question, then cross-sells another product.")

rec([MKT], "en", ["storefront-link", "proactive"],
    "Hi Dev, thank you for order 113-2270816-4490537. You'll find the rest of our nursery range here: "
    "amazon.com/stores/TuckTideBaby/page/3E7A91C2",
    "Amazon storefront link in a proactive message (marketing, not off-platform: the link stays on Amazon).")

rec([MKT], "en", ["promotion", "proactive"],
    "Hello Naomi, regarding order 112-0038274-9951306: this weekend only, pick up two swaddle sets and the third one is on us.",
    "Buy-two-get-one offer without the word 'free'.")

rec([MKT], "en", ["loyalty", "proactive"],
    "Hi Ben, every order you place with us earns Nest Points. Collect five and your next warmer travel bag is on the house. "
    "(Order 114-5519307-3328460)",
    "Points / loyalty scheme.")

rec([MKT], "en", ["discount", "reply", "long"],
    "Hi Wendy, good question about the night-vision mode. The camera switches to infrared automatically when the room drops "
    "below about 5 lux, which is why the picture turns black and white. If the image looks washed out, angle the camera "
    "slightly downward so the IR light doesn't bounce off the crib rail. By the way, the second camera for this monitor is "
    "30% below its usual price on our listing until Sunday. You can pair up to four cameras to one parent unit. Each camera "
    "needs its own power outlet within 2 m. Let us know if the picture is still grainy after adjusting the angle.",
    "Price promotion buried in the middle of a genuine technical answer.")

rec([MKT, OFF], "en", ["promotion", "social", "proactive"],
    "Hi Elena, thanks for order 111-4406218-7789012. Follow @tucktide.baby on Instagram: each month we pick one family to "
    "receive a full nursery bundle.",
    "Social follow for a giveaway.")

rec([MKT], "en", ["discount", "reply"],
    "We're sorry the muslin was missing from your set; a replacement is on its way. We've also trimmed 20% off the matching "
    "muslin blankets on our listing for the next 48 hours, in case you'd like extras.",
    "Replacement is a fine remedy; the time-limited price cut on other items is marketing.")

rec([MKT], "en", ["coupon", "proactive", "evasion", "leetspeak"],
    "Hi Amy, order 113-1194726-0652378 delivered! Use c0de W4RM10 for 10% 0ff your next warmer accessory.",
    "Leetspeak 'c0de' and '0ff'.")

rec([MKT], "en", ["coupon", "proactive", "evasion", "euphemism"],
    "Hello Lucy, thank you for order 112-6625039-8841170. Returning families get a little something taken off their next "
    "bundle with us; just enter NESTLING where Amazon asks at checkout.",
    "Promo code described as 'a little something taken off'.")

# ---------------------------------------------------------------------------
# Simplified Chinese violations
# ---------------------------------------------------------------------------

rec([RI, OFF], "zh", ["incentive", "messaging-app", "proactive", "short"],
    "亲，留评后截图发我微信 nuanchao_mama，红包马上发您～订单 113-2740958-6612083",
    "留评截图换红包（返现），并引导加微信。")

rec([RI], "zh", ["change-review", "reply"],
    "您的退款已经处理好了，请注意查收。另外想麻烦您一件事：商品页上那条两星的评价，能不能根据这次的处理结果调整一下？",
    "退款后请买家修改商品评论。")

rec([RI], "zh", ["positive-review-request", "proactive", "short"],
    "小本经营不容易，温奶器用着满意的话，求一个五星支持！订单号 112-3058816-2209471",
    "求五星。")

rec([RI], "zh", ["steering", "proactive"],
    "您好，订单 114-8862093-1057724 的竹纤维襁褓已签收。写评价的时候麻烦帮忙提一句“透气、不起球”，"
    "最好再配两张宝宝使用的照片，字数写满60字就更好啦。",
    "指定评价内容、配图和字数。")

rec([RI], "zh", ["feedback-removal", "reply"],
    "补发的襁褓今天已经寄出，单号 TBA730195264000。店铺那条差的卖家反馈对我们影响很大，麻烦您抽空撤回一下，谢谢理解。",
    "以店铺受影响为由施压撤回卖家反馈。")

rec([RI, MKT], "zh", ["incentive", "discount", "proactive"],
    "您好，感谢购买宝宝监视器（订单 111-6683041-3390857）。留下真实评价的宝妈，下次买我们家任何产品都可以联系客服享受半价。",
    "以下次半价换评价：既是评价诱导，也是促销。")

rec([RI], "zh", ["gating", "proactive", "long"],
    "您好，您的推车收纳袋（订单 113-0472286-5518809）已经送达啦。安装时先把两条魔术贴绕过推把，再扣上底部的卡扣，"
    "这样走路时不会晃。杯架部分可以装下直径8厘米以内的奶瓶。用得顺手的话，欢迎去亚马逊说说您的感受；"
    "要是有哪里不如意，先别急着写，直接回这条消息，我们一定负责到底。收纳袋可以手洗，但不建议放进洗衣机。祝您和宝宝出行愉快！",
    "长消息中间埋了筛选式索评：满意去亚马逊写，不满意先找卖家。")

rec([RI], "zh", ["gating", "reply"],
    "太开心听到宝宝裹上襁褓睡得这么安稳！既然您这么喜欢，方便的话到商品页写几句支持一下吗？",
    "买家主动夸奖后顺势索评（政策明确算筛选）。")

rec([RI], "zh", ["incentive", "proactive", "evasion", "spacing"],
    "亲，订单 112-9930475-6618204 的温奶器收到了吗？晒 图 好 评，返 现 8 美 元，截图回复这条消息即可～",
    "“晒图好评返现”逐字加空格。")

rec([RI], "zh", ["incentive", "proactive", "evasion", "pinyin"],
    "亲，宝宝监视器用着还行吗？商品页留个haoping，截图私信我们，fanxian马上安排。订单 114-0571839-2263095",
    "好评、返现写成拼音。")

rec([RI], "zh", ["incentive", "reply", "evasion", "homophone"],
    "收到您的反馈啦！麻烦在商品页给个好坪，截图发过来，返线5刀，谢谢亲～",
    "好坪=好评，返线=返现，刀=美元。")

rec([RI], "zh", ["incentive", "proactive", "evasion", "euphemism"],
    "您好，包巾用得顺手吗？有空到商品页给我们一点鼓励，回复截图就有小惊喜送上～订单 113-5528406-1874930",
    "“给一点鼓励”指好评，“小惊喜”指回报。")

rec([RI], "zh", ["positive-review-request", "proactive", "evasion", "cn-numerals"],
    "亲，推车挂袋还满意吗？满意的话在亚马逊上给个伍星，对小店真的很重要！订单 111-8840163-2095517",
    "大写数字“伍星”代替五星。")

rec([OFF], "zh", ["payment", "reply"],
    "亚马逊退款流程比较慢，我们直接走PayPal退给您会更快，麻烦把您的PayPal收款邮箱发给我们。",
    "站外退款并索要PayPal账号。")

rec([OFF, MKT], "zh", ["diversion", "discount", "reply"],
    "下次再买襁褓，直接找我们下单，不走亚马逊，价格能再便宜两三成。",
    "引导站外下单并以低价吸引。")

rec([OFF], "zh", ["messaging-app", "reply", "long"],
    "您好，监视器掉线的情况我们了解了。首先请确认路由器是2.4GHz频段，这款摄像头不支持5GHz。"
    "其次，摄像头和路由器之间最好不要隔两道以上的墙。如果想更快沟通，您也可以直接在WhatsApp上找我们的工程师：+1 626 555 0190。"
    "另外，App更新到最新版本后需要重新登录一次。如果还是不行，请告诉我们掉线大概发生在什么时间。",
    "长回复中间埋了WhatsApp号码。")

rec([OFF, MKT], "zh", ["social", "new-product", "proactive"],
    "您好，感谢您的订单 112-4419730-8852061。欢迎关注我们的脸书主页“暖巢育儿”，每周都有育儿小知识和新品预告。",
    "引导关注Facebook主页，并预告新品。")

rec([MKT, OFF], "zh", ["loyalty", "messaging-app", "proactive"],
    "亲，加入我们的VIP宝妈微信群（群主微信：nuanchao_vip），群里不定期发老客户专属福利。订单 114-2063371-7719480",
    "VIP会员群福利（营销）+ 微信号（站外联系）。")

rec([OFF], "zh", ["website", "reply"],
    "安装视频和电子版说明书都放在我们官网上了，搜索“暖巢母婴官网”就能找到。",
    "没有网址，但引导买家去卖家官网。")

rec([OFF], "zh", ["messaging-app", "reply", "evasion", "homophone"],
    "安装视频太大发不了，您加一下我的薇信：nuanchao2024，我直接发给您。",
    "薇信=微信。")

rec([OFF], "zh", ["phone", "reply", "evasion", "cn-numerals"],
    "有任何问题可以直接打我们客服：六二六-五五五-零一七三，工作日早九点到晚六点。",
    "电话号码用汉字数字书写（626-555-0173）。")

rec([OFF], "zh", ["email", "reply", "evasion", "fullwidth"],
    "故障视频请发到邮箱："
    "\uff43\uff41\uff52\uff45\uff20\uff4e\uff55\uff41\uff4e\uff43\uff48\uff41\uff4f\uff0d\uff42\uff41\uff42\uff59\uff0e\uff43\uff4f\uff4d"
    "，工程师会尽快回复您。",
    "全角邮箱地址。")

rec([OFF], "zh", ["email", "reply", "evasion", "spelled-email"],
    "说明书电子版可以发给您，邮箱是 nuanchao（at）nestpost（dot）net，来信请备注订单号。",
    "（at）（dot）拼写邮箱。")

rec([OFF], "zh", ["messaging-app", "reply", "evasion", "pinyin"],
    "亲，这边沟通不方便，加个vx吧：warmnest88，图片视频都能发。",
    "vx=微信（拼音缩写）。")

rec([MKT], "zh", ["coupon", "proactive"],
    "您好，订单 113-7715620-4408392 已签收。下次购买时输入优惠码 NUAN20，全场可享八折。",
    "优惠码。")

rec([MKT], "zh", ["cross-sell", "reply"],
    "温奶器的电源线长1.2米，放在床头柜上完全够用。另外我们店里还有配套的保温奶瓶包和消毒盒，和温奶器一起用特别方便，可以去看看。",
    "回答问题后顺带推销配套产品。")

rec([MKT], "zh", ["buy-again", "proactive"],
    "您好，宝宝长得快，襁褓小了别忘了回来回购，在“我的订单”里点“再次购买”就能直接下单。订单 112-6690418-3375206",
    "回购提醒。")

rec([MKT], "zh", ["promotion", "reply", "long"],
    "您好，温奶器底部出现白色水垢是正常的，主要是自来水里的矿物质。建议每两周用白醋和水一比一浸泡半小时，再用清水冲洗两遍。"
    "不要用钢丝球擦，以免刮伤加热盘。顺便告诉您，本周店里任选两件立减10美元，配件也参加。"
    "如果冲洗后指示灯还是闪烁，请拍个视频发到这条消息里。",
    "除垢建议中间夹了店铺满减活动。")

rec([MKT], "zh", ["referral", "proactive"],
    "您好，感谢购买推车收纳袋（订单 111-9305527-6640183）。推荐身边的准妈妈来买，她下单后在留言里报您的名字，你们俩各返5美元。",
    "推荐返利。")

rec([MKT], "zh", ["storefront-link", "proactive"],
    "您好，订单 114-1183960-2257734 已送达。同系列的包巾、口水巾都在这里：amazon.com/stores/NuanChao/page/7A3B20F1",
    "亚马逊店铺链接（营销）。")

rec([MKT], "zh", ["new-product", "proactive", "short"],
    "下个月上新婴儿车遮阳篷，老客户敬请期待！订单 113-4492071-6628305",
    "上新预告。")

rec([MKT], "zh", ["coupon", "proactive", "evasion", "zero-width"],
    "您好，订单 112-2837406-9914652 已送达。再次下单时输入优\u200b惠\u200b码 NEST10，立减10%。",
    "“优惠码”中插入零宽空格。")

rec([MKT], "zh", ["discount", "proactive", "evasion", "euphemism"],
    "亲，感谢支持（订单 111-0763294-5581046）！下次再来，报暗号“小暖”，客服悄悄给您改个价～",
    "“报暗号改个价”＝折扣。")

# ---------------------------------------------------------------------------
# Traditional Chinese violations
# ---------------------------------------------------------------------------

rec([RI], "zh", ["positive-review-request", "proactive", "traditional"],
    "親，溫奶器用得還順手嗎？如果喜歡，麻煩給我們一個五星好評，對小店幫助很大！訂單號 113-6028174-9930512",
    "求五星好評（繁體）。")

rec([RI, MKT], "zh", ["incentive", "discount", "proactive", "traditional"],
    "您好，包巾收到了嗎？在商品頁留下評價並截圖回覆，下次購買即可享八折。訂單 112-8451093-3076628",
    "以八折換評價（繁體）。")

rec([RI], "zh", ["change-review", "reply", "traditional"],
    "退款已經處理完成了。另外想拜託您，商品頁上那則評論能不能刪掉，或是改成符合現在的情況？",
    "退款後請買家刪除或修改評論（繁體）。")

rec([MKT, RI], "zh", ["new-product", "incentive", "proactive", "traditional"],
    "您好，感謝您的訂單 114-3306917-5524081。我們的新款推車收納袋下週上架，留過評價的老顧客可以搶先用半價入手。",
    "新品預告，並以半價回饋留評者。")

rec([OFF], "zh", ["messaging-app", "reply", "traditional"],
    "有任何問題歡迎加我們的LINE：@nuanchao_tw，客服會即時回覆您。",
    "LINE帳號。")

rec([OFF], "zh", ["messaging-app", "reply", "evasion", "homophone", "traditional"],
    "這裡傳影片不方便，加個賴：nuanchao_tw，安裝步驟直接錄給您看。",
    "「賴」是台灣對LINE的諧音說法。")

rec([OFF], "zh", ["email", "reply", "traditional"],
    "麻煩將監視器畫面的截圖寄到 service@tucktidebaby.com，我們的工程師會協助您檢查。",
    "電子郵件地址。")

rec([MKT], "zh", ["coupon", "proactive", "traditional"],
    "您好，訂單 111-7240658-1193367 已送達。下次結帳時輸入折扣碼 TUCK10，即可享九折優惠。",
    "折扣碼。")

rec([MKT], "zh", ["buy-again", "proactive", "traditional", "short"],
    "寶寶長得好快，記得回來再買下一個尺寸喔！訂單 112-5093371-4460928",
    "回購提醒。")

# ---------------------------------------------------------------------------
# Mixed-language violations
# ---------------------------------------------------------------------------

rec([RI], "mixed", ["positive-review-request", "proactive"],
    "亲，监视器用得还好吗？如果满意 please leave us a 5-star review，thanks a lot！Order 113-9158204-7702346",
    "Conditional five-star request, code-switched.")

rec([RI], "mixed", ["change-review", "reply"],
    "退款已经处理好了。Could you please 把 product page 上的 review 改一下？Thank you so much!",
    "Asks to edit the product review after a refund.")

rec([OFF, MKT], "mixed", ["messaging-app", "new-product", "reply"],
    "Thanks for your patience! 有问题可以直接 WhatsApp 我们：+1 646 555 0137, we usually reply within minutes, 群里还会提前发新品试用名额。",
    "WhatsApp contact plus early new-product trial slots.")

rec([RI, MKT], "mixed", ["incentive", "coupon", "proactive"],
    "Hi Jenny! 留个好评后 use code BABY15 下次购买享85折，only this week！Order 114-6672903-0385521",
    "Promo code handed out for a positive review.")

rec([RI], "mixed", ["incentive", "proactive", "evasion", "pinyin"],
    "Hi 亲！haoping + jietu = fanxian $8，直接回复这条 message 就行，thank you～ Order 111-2385097-6640712",
    "Pinyin for 好评 / 截图 / 返现.")

rec([OFF], "mixed", ["email", "reply", "evasion", "fullwidth"],
    "Please email "
    "\uff48\uff45\uff4c\uff4c\uff4f\uff20\uff57\uff41\uff52\uff4d\uff4e\uff45\uff53\uff54\uff0d\uff42\uff41\uff42\uff59\uff0e\uff43\uff4f\uff4d"
    " with the video, 我们会尽快回复 you.",
    "Full-width e-mail address.")

rec([MKT, OFF], "mixed", ["promotion", "social", "proactive"],
    "Thanks for order 112-7530648-2291857! Follow us on Instagram @nuanchao.baby，每个月都会抽一位宝妈送整套包巾。",
    "Instagram follow for a monthly giveaway.")

rec([RI], "mixed", ["incentive", "reply"],
    "感谢支持！Leave a review 之后把截图发给我们，我们送您一个 stroller hook 作为谢礼。",
    "Accessory given for a review.")

rec([MKT], "mixed", ["storefront-link", "proactive"],
    "更多 swaddle 款式请看我们的 Amazon store: amazon.com/stores/TuckTideBaby/page/5C1D88E0，thanks！Order 113-0661829-4417305",
    "Storefront link.")

rec([RI], "mixed", ["feedback-removal", "reply"],
    "Your replacement has shipped, tracking 1Z4F7R390355128846. 另外，那条 negative feedback 能不能帮忙 remove 一下？It really hurts our store.",
    "Pressure to remove seller feedback after a replacement.")

# ---------------------------------------------------------------------------
# English near-misses (compliant; share words with violations)
# ---------------------------------------------------------------------------

rec([], "en", ["proactive", "near-miss"],
    "Hello Sam, your WarmNest bottle warmer from order 112-6620931-4410278 was delivered last week. When you have a moment, "
    "we'd value an honest review on Amazon, whatever your experience has been; it helps other parents decide. "
    "Thank you, the WarmNest team",
    "Neutral, unconditional review request (allowed once per order).")

rec([], "en", ["reply", "near-miss", "long"],
    "Hi Olivia, thank you for explaining what happened with the monitor. Your review is entirely your call, and we would never "
    "ask you to edit or delete it. What we can do is get the camera working again. Please hold the reset button on the back "
    "for ten seconds until the light flashes blue. Then open the app, remove the old camera and add it again. If the picture "
    "still freezes after that, reply here and we'll arrange a replacement.",
    "Negation: promises never to ask for a review change.")

rec([], "en", ["reply", "near-miss"],
    "Glad to hear the replacement warmer heats evenly now, and thanks for bearing with us. If you feel we've resolved your "
    "concern, you're able to update or remove the seller feedback you left earlier; that's completely up to you.",
    "Amazon-style neutral seller-feedback notice after the problem was resolved (allowed form, C5).")

rec([], "en", ["reply", "near-miss"],
    "We've reviewed your return of the SnugLeaf swaddle set, and a refund of $24.99 has been issued to your original payment "
    "method. It usually shows up within 3-5 business days.",
    "'reviewed' + 'refund' in a return context.")

rec([], "en", ["reply", "near-miss"],
    "We're sorry the warmer arrived with a cracked lid. A full refund has been issued to your original payment method, and "
    "there's no need to send the damaged unit back.",
    "Refund as a remedy, no link to reviews.")

rec([], "en", ["reply", "near-miss"],
    "A new organiser is on its way free of charge to replace the one with the broken clip. Amazon Logistics tracking: "
    "TBA304918273000.",
    "Free replacement as a remedy.")

rec([], "en", ["reply", "near-miss"],
    "Order 114-2093817-6650132 left our warehouse on 14 May with UPS, tracking 1Z9X87410355218830. The monitor in the box is "
    "model LV-5502, and it ships with firmware 2.3.14, so no update is needed out of the box.",
    "Order id, tracking number, model and version numbers: none is a phone number.")

rec([], "en", ["reply", "near-miss"],
    "The tracking page shows a failed delivery attempt. You can reach the carrier's delivery desk at 1-800-555-0148 to "
    "reschedule; have tracking number 1Z5E22W80317764093 ready.",
    "Carrier phone number in a delivery context (policy exception).")

rec([], "en", ["reply", "near-miss"],
    "If the monitor drops the connection again, just reply in this Amazon message thread and we'll pick it up the same day. "
    "There's no need to contact us any other way.",
    "Points the buyer to Amazon messaging, not away from it.")

rec([], "en", ["reply", "near-miss"],
    "To descale the warmer, fill the basin with equal parts white vinegar and water, leave it for 30 minutes with the power "
    "off, then rinse twice with clean water. Doing this every two weeks keeps the heating plate working properly.",
    "Product care advice in reply to a question.")

rec([], "en", ["reply", "near-miss"],
    "About the coupon you saw: it's an Amazon coupon on the product page that has to be clipped before you place the order, "
    "and Amazon applies it at checkout. We're not able to add it to an order that has already gone through, sorry about that.",
    "Answers the buyer's own question about an Amazon coupon; no offer is made.")

rec([], "en", ["reply", "near-miss"],
    "You're right that the price was lower on Sunday; that was an Amazon Lightning Deal, and Amazon sets when those start and "
    "end. Your order was charged the listed $39.99 at the time, and we can't change the price after purchase.",
    "Answers the buyer's question about a deal they saw on Amazon.")

rec([], "en", ["reply", "near-miss"],
    "Thank you for letting us know about your 5-star review, that's very kind. To answer your other question, the swaddle's "
    "zip opens from the bottom so you can change a nappy without unwrapping the arms.",
    "Thanks for a review the buyer mentioned; not a solicitation.")

rec([], "en", ["reply", "near-miss"],
    "You don't need to do anything else with this order. Amazon may send you an email asking about your purchase, but "
    "responding is entirely optional.",
    "Informational: Amazon's own review e-mail.")

rec([], "en", ["reply", "near-miss"],
    "The LullaView Home app sends cry and motion alerts as ordinary phone notifications; it doesn't forward alerts to "
    "WhatsApp or any other chat app. You can switch on 'Cry alert' under Settings > Notifications.",
    "Messaging-app name as a product feature, not a contact handle.")

rec([], "en", ["reply", "near-miss"],
    "To set up the camera, download the LullaView Home app from the App Store or Google Play, tap 'Add camera', and scan the "
    "QR code printed on the back of the camera. Keep your phone on the same 2.4 GHz Wi-Fi during pairing.",
    "QR code used for device pairing, not for contact.")

rec([], "en", ["reply", "near-miss"],
    "The $9.99 price that appeared for a few hours yesterday was a pricing error on our listing. Your order went through at "
    "that price and you keep it; nothing more will be charged.",
    "Explains a price error; not a promotion.")

rec([], "en", ["proactive", "near-miss"],
    "Hi Kate, regarding order 113-7025514-8826309: we'd love to hear how the stroller organiser works for you, good or bad. "
    "An honest review on Amazon helps other families choose.",
    "Balanced review request ('good or bad').")

rec([], "en", ["reply", "near-miss"],
    "We received the returned swaddle, but it came back without its outer packaging, so under the return terms we can offer a "
    "partial refund of $18.00. If you'd rather, we can send the set back to you instead; just let us know which you prefer.",
    "Partial refund on a return (explicitly permitted).")

rec([], "en", ["reply", "near-miss"],
    "Yes, every part that touches milk is BPA-free, and the warmer is free-standing, so it doesn't need a wall mount. "
    "The 'new' icon on the display only means a fresh warming cycle has started.",
    "'free' and 'new' as product-spec words.")

# ---------------------------------------------------------------------------
# Simplified Chinese near-misses
# ---------------------------------------------------------------------------

rec([], "zh", ["proactive", "near-miss"],
    "您好，您订购的婴儿监视器（订单号 113-4401976-2208153）已经送达一周了。方便的话，欢迎到商品页分享您的真实使用体验，"
    "无论好坏，都能给其他家长做个参考。",
    "中性索评，不附条件。")

rec([], "zh", ["reply", "near-miss", "long"],
    "请放心，我们绝不会要求您修改或删除评价，也不会拿任何好处去换评价。关于夜视画面发白的问题，可以先把摄像头往下调一点角度。"
    "红外灯照到婴儿床栏杆会反光，画面就容易发白。调整后如果还是不清楚，请把截图直接回复在这条消息里。我们会在24小时内给您答复。",
    "否定句：承诺不会要求改评。")

rec([], "zh", ["reply", "near-miss"],
    "补发的温奶器已经签收，问题也解决了，真心感谢您的耐心。如果您认为我们已经处理好了您的问题，"
    "可以自行决定是否更新或移除之前留下的卖家反馈，完全由您决定。",
    "问题解决后的中性卖家反馈告知（政策允许的写法）。")

rec([], "zh", ["reply", "near-miss"],
    "我们已审核您的退货申请，19.99美元的退款已原路退回，一般3到5个工作日到账。",
    "退货审核与退款。")

rec([], "zh", ["reply", "near-miss"],
    "非常抱歉收到的推车收纳袋少了挂钩，我们已经免费为您补发一套，物流单号 TBA519930472000，预计周四送到。",
    "免费补发是补救措施。")

rec([], "zh", ["reply", "near-miss"],
    "如果派送有问题，可以拨打承运商客服电话 1-800-555-0171，报上运单号 1Z8A41X90344719025 就能查询和改约派送时间。",
    "承运商电话（政策例外）。")

rec([], "zh", ["reply", "near-miss"],
    "后续有任何问题，直接在亚马逊站内信里回复这条消息就行，我们会在24小时内处理。",
    "引导买家使用站内信。")

rec([], "zh", ["reply", "near-miss"],
    "包巾建议用30度以下的冷水轻柔洗，不要用漂白剂，平铺晾干可以减少起球和变形。",
    "产品保养建议。")

rec([], "zh", ["reply", "near-miss"],
    "您提到的那张优惠券是亚马逊商品页上的，需要在下单前点“领取”，结账时由亚马逊自动抵扣；已经付款的订单没办法再补用，非常抱歉。",
    "回答买家关于亚马逊优惠券的提问。")

rec([], "zh", ["reply", "near-miss"],
    "已按您的要求取消并删除重复订单（尾号 4471），另一单的收货地址也已修改为您的新地址，重复的那一单不会扣款。",
    "删除重复订单/修改地址/取消：物流用词。")

rec([], "zh", ["reply", "near-miss"],
    "这款收纳袋适配大部分推车，您也可以在商品页搜索评论里关于推车型号的内容，看看其他家长的安装经验。推把直径在2.5到4厘米之间都能装。",
    "“搜索评论”含“索评”子串，但不是索评。")

rec([], "zh", ["reply", "near-miss"],
    "谢谢您特意告诉我们已经给了好评！关于您问的第二条襁褓，6到9个月的宝宝建议选M码。",
    "回复中感谢买家提到的好评，并回答问题。")

rec([], "zh", ["reply", "near-miss"],
    "这款监视器的App目前不支持微信通知，哭声和移动提醒只会通过手机系统推送，请在手机设置里允许App发送通知。",
    "“微信”作为产品功能，不是联系方式。")

rec([], "zh", ["reply", "near-miss"],
    "您看到的秒杀价是亚马逊平台的限时活动，已经结束了，价格由亚马逊设定，我们这边没法改价，非常抱歉。",
    "回答买家关于亚马逊秒杀的问题。")

rec([], "zh", ["reply", "near-miss"],
    "您的订单 111-5037729-8164402 已于周二发出，温奶器型号 WN-310，USPS运单号 9400111899223345678901，预计周五送达。",
    "订单号、型号、运单号。")

# ---------------------------------------------------------------------------
# Traditional Chinese near-misses
# ---------------------------------------------------------------------------

rec([], "zh", ["proactive", "near-miss", "traditional"],
    "您好，您訂購的包巾（訂單 112-9705843-1126637）已經送達。若方便的話，歡迎到亞馬遜商品頁分享真實的使用心得，好壞都歡迎。",
    "中性索評（繁體）。")

rec([], "zh", ["reply", "near-miss", "traditional"],
    "很抱歉溫奶器在運送途中受損，我們已為您全額退款，損壞的商品不需要寄回。",
    "全額退款作為補救。")

rec([], "zh", ["reply", "near-miss", "traditional"],
    "之後如果還有任何問題，請直接在亞馬遜訊息中回覆這則訊息，我們會盡快處理。",
    "引導使用亞馬遜訊息。")

rec([], "zh", ["reply", "near-miss", "traditional"],
    "您看到的優惠券是亞馬遜商品頁上的活動，需要在結帳前先點選領取；已經成立的訂單無法再套用，請見諒。",
    "回答買家關於優惠券的提問。")

rec([], "zh", ["reply", "near-miss", "traditional"],
    "我們不會要求您修改評論，這點請放心。監視器斷線的問題，請先將路由器重新開機，再確認攝影機連的是2.4GHz網路。"
    "如果還是斷線，請回覆這則訊息告訴我們發生的時間。",
    "否定句：不會要求修改評論。")

# ---------------------------------------------------------------------------
# Mixed-language near-misses
# ---------------------------------------------------------------------------

rec([], "mixed", ["reply", "near-miss"],
    "我们已经 review 了您的退货申请，refund 会在 3-5 个工作日内退回原支付方式。",
    "'review' as in checking a return.")

rec([], "mixed", ["reply", "near-miss"],
    "您的 order 114-8306152-7719204 已经 shipped，tracking number 是 1Z3R81V20398216647，预计周五送达。",
    "Order id and tracking number in a shipping reply.")

rec([], "mixed", ["reply", "near-miss"],
    "关于您问的 coupon：那是 Amazon 商品页上的 clip coupon，结账时由 Amazon 自动抵扣，我们这边没办法手动添加。",
    "Answers the buyer's coupon question.")

rec([], "mixed", ["reply", "near-miss"],
    "The replacement warmer 已经免费补发了，no need to return the old one，旧的可以直接回收处理。",
    "Free replacement as a remedy.")

rec([], "mixed", ["reply", "near-miss"],
    "如需联系我们，直接用 Amazon Buyer-Seller Messaging 回复这条消息即可，不需要其他联系方式。",
    "Keeps contact on Amazon messaging.")

# ---------------------------------------------------------------------------
# Plain compliant logistics messages
# ---------------------------------------------------------------------------

rec([], "en", ["reply", "plain", "short"],
    "Your swaddle set shipped this morning, and Amazon shows delivery on Thursday.",
    "Shipping answer in a reply.")

rec([], "en", ["reply", "plain"],
    "Done: the shipping address on order 113-2904418-6655017 is now the Elm Street apartment. The parcel hadn't left our "
    "warehouse yet, so nothing else is needed from you.",
    "Address change confirmed at the buyer's request.")

rec([], "en", ["reply", "plain"],
    "This parcel ships from our Canadian warehouse, so the carrier may ask you to confirm the customs declaration. No import "
    "duties are expected on an order of this value.",
    "Customs information.")

rec([], "en", ["reply", "plain"],
    "Could you send a photo of the small bag of screws that came with the organiser? That will help us work out which bracket "
    "is missing.",
    "Asks for information needed to fix a missing part.")

rec([], "en", ["proactive", "plain"],
    "Hello Ava, before we start stitching the name on your custom swaddle (order 112-4471930-8820516), please confirm the "
    "spelling 'Ellie' and the script font you chose.",
    "Customisation check, a permitted proactive message.")

rec([], "en", ["reply", "plain"],
    "To return the monitor, go to Your Orders, choose the item and select 'Return or replace items'. The return label is "
    "prepaid, and the refund starts once the carrier scans the parcel.",
    "Return instructions without a URL.")

rec([], "en", ["reply", "plain"],
    "Your parcel is out for delivery and should arrive at your door between 2 and 6 pm. The driver will leave it at the front "
    "porch unless you've set other instructions in your Amazon account.",
    "Ordinary 'at' in delivery text.")

rec([], "en", ["proactive", "plain"],
    "Order 111-6204478-3359012: a storm has delayed the courier, so your bottle warmer will arrive about three days later "
    "than the original estimate. We're sorry for the wait.",
    "Proactive delay notice (unexpected problem).")

rec([], "zh", ["reply", "plain", "short"],
    "您的包裹今天上午已经发出，预计周四送达。",
    "发货答复。")

rec([], "zh", ["reply", "plain"],
    "收货地址已经按您的要求改好了，包裹还没出库，不需要您再做任何操作。",
    "按买家要求改地址。")

rec([], "zh", ["reply", "plain"],
    "这个包裹从加拿大仓发货，承运商可能会请您确认报关信息，这个金额一般不会产生进口税。",
    "清关说明。")

rec([], "zh", ["reply", "plain"],
    "麻烦拍一张收纳袋配件小袋里螺丝的照片，我们好确认缺的是哪个支架。",
    "缺件确认。")

rec([], "zh", ["reply", "plain"],
    "退货请在亚马逊“我的订单”里选择这件商品，点“退货或更换商品”，退货标签是预付的。",
    "退货流程。")

rec([], "zh", ["reply", "plain"],
    "M码襁褓适合3到6个月、体重6到8公斤的宝宝，如果宝宝偏大，建议直接选L码。",
    "尺码答复。")

rec([], "zh", ["reply", "plain"],
    "快递员昨天上门没人签收，承运商会在明天再派送一次，请留意。",
    "再次派送说明。")

rec([], "zh", ["proactive", "plain"],
    "订单 113-8870254-1146093：因暴雨天气影响，您的温奶器预计比原定时间晚三天送达，给您带来不便非常抱歉。",
    "主动延迟通知。")

rec([], "zh", ["reply", "plain", "traditional"],
    "您訂的推車收納袋已經出貨了，物流顯示預計下週一送達。",
    "出貨答覆（繁體）。")

rec([], "zh", ["reply", "plain", "traditional"],
    "M號包巾適合三到六個月的寶寶，如果寶寶體型偏大，建議選L號。",
    "尺寸答覆（繁體）。")

rec([], "mixed", ["reply", "plain"],
    "您的 package 预计周四送达，if there's any delay 我们会第一时间通知您。",
    "Delivery estimate, code-switched.")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    records = list(RECORDS)
    random.Random(31).shuffle(records)
    out = os.path.join(here, "holdout31.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for i, r in enumerate(records, 1):
            obj = {"id": "h31-%03d" % i, "text": r["text"], "labels": r["labels"],
                   "lang": r["lang"], "tags": r["tags"], "note": r["note"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records), out))


if __name__ == "__main__":
    main()
