#!/usr/bin/env python3
"""Build holdout39.jsonl: 160 hand-labelled seller-to-buyer messages.

Shop (invented): Kitewhistle Toyworks / 风笛玩具 / 風笛玩具 -- board games, RC cars,
STEM building kits, plush toys and the Bitbo coding robot with its Bitbo Studio app.
Every text is a Python literal; invisible and look-alike characters are \\uXXXX escapes.
Run:  python3 gen.py   (rewrites holdout39.jsonl and prints counts)
"""
import collections
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout39.jsonl")

RI, OFF, MKT = "review-inducement", "off-platform-contact", "marketing"
ORDER = [RI, OFF, MKT]
SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")

RECS = []


def V(text, labels, lang, subs, ctx, note, ev=(), trad=False):
    """A violating record: labels (canonical order), one subtype per label."""
    assert labels == sorted(labels, key=ORDER.index) and len(subs) == len(labels)
    RECS.append(dict(text=text, labels=list(labels), lang=lang, subs=list(subs), ctx=ctx,
                     note=note, ev=list(ev), kind=None, trad=trad, nm=None))


def C(text, lang, ctx, note, kind="near-miss", nm=None, trad=False):
    """A compliant record: near-miss (with an internal near-miss kind) or plain."""
    assert (kind == "near-miss") == (nm is not None)
    RECS.append(dict(text=text, labels=[], lang=lang, subs=[], ctx=ctx, note=note, ev=[],
                     kind=kind, trad=trad, nm=nm))


# ---------------------------------------------------------------------------
# review-inducement only
# ---------------------------------------------------------------------------
# gating (incl. asking after praise and diverting unhappy buyers)
V("Hi Dana, thank you so much for the lovely note about Lantern Harbor! It made our morning to hear "
  "that your kids asked to play it three nights in a row. I've passed your message on to our game "
  "designer, who will be thrilled. Since the game has gone down so well at your house, would you mind "
  "telling other families about it on the Amazon product page? A few words from a parent carry far "
  "more weight than anything we could write ourselves. Have a wonderful game night, and thanks again.\n"
  "Tessa, Kitewhistle Toyworks",
  [RI], "en", ["gating"], "reply",
  "Asks for a review only because the buyer has just praised the game, which is gating even in neutral words.")
V("Hello from Kitewhistle, and thanks for order 112-4820917-3365102. If Pip the Otter has already become "
  "a bedtime favourite, we'd be grateful if you told other shoppers about him on Amazon. If he hasn't "
  "quite won you over, please message us here before you post anything so we can put it right.",
  [RI], "en", ["gating"], "proactive",
  "Invites only happy buyers to post and asks the others to come to the seller before posting anything.")
V("I'm really sorry the remote for your Dune Dash R8 stopped pairing after two days. Before you write "
  "anything on the product page, please give us a chance to fix it: hold the bind button for five "
  "seconds while switching the car on, and if that doesn't work we'll send a new remote straight away.",
  [RI], "en", ["gating"], "reply",
  "Asks an unhappy buyer to hold off writing on the product page until the seller has had a chance, which diverts a negative review.")
V("王女士您好！看到您说孩子用比波机器人已经自己编出了第一个小程序，我们整个团队都特别开心。"
  "比波就是为了让孩子在玩中学编程而设计的。之后想解锁更多关卡，可以在Bitbo Studio里打开“探险模式”。"
  "既然您和孩子这么喜欢，能不能顺手把这份喜悦写到亚马逊的商品页面上？这对我们这样的小团队意义很大。"
  "祝您和孩子玩得愉快！",
  [RI], "zh", ["gating"], "reply",
  "Turns the buyer's praise into a request to write it up on the product page, which asks only a happy buyer for a review.")
V("您好，燈塔港桌遊已經送達，訂單編號113-6021947-5083316。如果全家玩得盡興，歡迎到亞馬遜商品頁分享心得；"
  "若有任何不滿意的地方，請先回覆這則訊息告訴我們，等我們處理好之後再決定要不要留言。",
  [RI], "zh", ["gating"], "proactive",
  "Invites satisfied families to post and tells dissatisfied ones to contact the seller first and decide about posting afterwards.",
  trad=True)
V("非常抱歉 Pip the Otter 的缝线开了，我们马上给您补发一只新的。如果您还没在 Amazon 上写 review，"
  "麻烦先等新的到了再说；有任何问题先找我们，OK？",
  [RI], "mixed", ["gating"], "reply",
  "Asks a buyer with a faulty plush to wait and come to the seller first before writing a review, which diverts a negative review.")
V("谢谢您的夸奖！方便的话，也把这段话发到商品评论区吧。",
  [RI], "zh", ["gating"], "reply",
  "Replies to praise by asking the buyer to copy it into the product reviews, which is review gating.")
V("Hi from the Kitewhistle team! If Bitbo has your family grinning, other parents browsing Amazon would "
  "love to hear it from you. If something is off, just tap reply and tell us first, and we'll make it "
  "right before anything goes public. Order 114-6603927-1184530.",
  [RI], "en", ["gating"], "proactive",
  "Gates reviews with no review vocabulary at all, sending happy families to other shoppers and unhappy ones to the seller before anything goes public.",
  ev=["euphemism"])
V("亲，GearLab 120用得还顺手吗？满意的话去商品页给个haoping呀，不满意就先找我们，别急着留言哦。",
  [RI], "zh", ["gating"], "proactive",
  "Asks only satisfied buyers for a positive review written in pinyin and sends the others to the seller first.",
  ev=["pinyin"])

# incentive
V("Hi Priya, great question about charging. Bitbo's battery is full when the ring on its head turns "
  "solid blue, which usually takes about 80 minutes. It's fine to leave it on the charger overnight, "
  "because the board stops charging by itself. If the ring ever blinks red, the USB cable is probably "
  "loose. Oh, and one more thing: once you've shared your thoughts on Bitbo's product page, reply here "
  "with your reviewer name and we'll slip a little thank-you into the box with your next order. Happy coding!",
  [RI], "en", ["incentive"], "reply",
  "Buries a promised little thank-you for posting about the robot inside a charging answer, which is an incentive for a review.")
V("您好，订单113-9034561-2207418。为了感谢大家的支持，本月在商品页写下使用心得并把截图发给我们的顾客，"
  "都能参加抽奖，奖品是一台比波机器人。",
  [RI], "zh", ["incentive"], "proactive",
  "Offers entry into a prize draw to buyers who post about the product and send a screenshot, an incentive for a review.")
V("Sure, the spare tires are on their way. Also, anyone who posts a r3view this month gets a spare "
  "battery pack at no cost, just reply here with a screenshot.",
  [RI], "en", ["incentive"], "reply",
  "Offers a battery pack for a review whose keyword is written in leetspeak, which is an incentive for a review.",
  ev=["leetspeak"])
V("謝謝您的耐心等候，缺少的兩張港口板已經補寄，預計週三送達。這次的延誤是我們的疏失，真的很抱歉。"
  "收到後如果還有問題，請隨時在這裡告訴我們。另外，您在亞馬遜寫完使用心得後，把截圖回傳給我們，"
  "我們就把這次的運費全額退還給您。祝您和家人玩得開心！",
  [RI], "zh", ["incentive"], "reply",
  "Promises to refund the shipping fee once the buyer posts about the game and sends a screenshot, a refund in exchange for a review.",
  trad=True)
V("感谢购买 Pip the Otter！晒图留言就能返显5美元，reply 截图 to us 就可以了。",
  [RI], "mixed", ["incentive"], "proactive",
  "Offers five dollars back for a photo review, with cash back written as a homophone.",
  ev=["homophone"])
V("Thanks for the kind words about Lantern Harbor! Once you've told other shoppers what you thought of "
  "it on its Amazon page, send us a snapshot of what you posted and a small surprise will ride along in "
  "your next parcel.",
  [RI], "en", ["incentive"], "reply",
  "Promises a small surprise for a snapshot of what the buyer posted on the product page, an incentive that avoids every review keyword.",
  ev=["euphemism"])

# positive-review-request (rating hints)
V("Thanks for bringing Lantern Harbor home (order 111-3057729-6648201). If game night was a hit, we'd "
  "love to see \u2605\u2605\u2605\u2605\u2605 next to your name on the game's Amazon page.",
  [RI], "en", ["positive-review-request"], "proactive",
  "Asks for a five-star rating written as star symbols, and only from buyers whose game night went well.",
  ev=["star-symbols"])
V("Hi Jordan, thanks for sending the photos. The car pulling to the left is almost always the steering "
  "trim: there's a small dial under the front bumper, and turning it two clicks to the right should "
  "straighten things out. The front tires can also be swapped left to right if one wears faster. Let us "
  "know if it still drifts after that and we'll sort out a new steering servo. And when you get a minute "
  "to rate the Dune Dash, we'd love it if you went all the way. Happy racing!",
  [RI], "en", ["positive-review-request"], "reply",
  "Asks the buyer to rate the car all the way up, a request for the top rating hidden at the end of a repair answer.")
V("亲，比波机器人用着还满意吗？麻烦您在商品页给我们打个满分，小店全靠大家的支持啦！订单号：114-2291846-7730152。",
  [RI], "zh", ["positive-review-request"], "proactive",
  "Asks for a full-marks rating, which requests a five-star review without naming stars.")
V("很高興幫您把問題解決了！如果方便的話，請在亞馬遜給我們五顆星，這對小店真的很重要。",
  [RI], "zh", ["positive-review-request"], "reply",
  "Asks for five stars in a reply after a fix, a request for the top rating.", trad=True)
V("感谢购买GearLab 120齿轮积木！如果满意，麻烦给个 五 星 好 评 ，谢谢支持。订单号113-5518820-4409173。",
  [RI], "zh", ["positive-review-request"], "proactive",
  "Asks satisfied buyers for a five-star review with the characters split by spaces.",
  ev=["spacing"])
V("Loving Pip so far? Please leave him a 5-st\u0430r r\u0435view on Amazon, it would make our week!",
  [RI], "en", ["positive-review-request"], "proactive",
  "Asks for a five-star review with Cyrillic look-alike letters inside the keywords.",
  ev=["homoglyph"])
V("您好，GearLab 120 还好玩吗？满意的话请在 Amazon 给我们 \u2b50\u2b50\u2b50\u2b50\u2b50，thank you so much！",
  [RI], "mixed", ["positive-review-request"], "proactive",
  "Asks satisfied buyers for five stars written as star emoji.",
  ev=["star-symbols"])

# change-review
V("Hi Sam, thanks for your patience while we chased down the Bitbo firmware issue. Version 2.4 is now "
  "live in Bitbo Studio, and it fixes the wheel drift you described. To install it, keep the robot on "
  "its charger, open the app, and tap Settings, then Update. The whole process takes about four minutes. "
  "Now that it's sorted, would you consider updating your review so it reflects where things ended up? "
  "No pressure at all, and thanks again for flagging the problem.",
  [RI], "en", ["change-review"], "reply",
  "Asks the buyer to update a product review after a fix, which is not allowed even when the issue is resolved and the ask is soft.")
V("您好，新的遥控器已经寄出了，运单号TBA771204938562，预计周四送达。真的很抱歉给您和孩子添了麻烦。"
  "换上新遥控器后，如果车子还是跑偏，请随时告诉我们。收到后如果一切正常，方便的话可以回头看看之前写的评论，"
  "是否还符合现在的情况？再次感谢您的耐心。",
  [RI], "zh", ["change-review"], "reply",
  "Gently asks the buyer to revisit an earlier review once the replacement works, which is a request to change a review.")
V("问题已经处理好了，想请您考虑把那条一星的评论撤下来，谢谢您的理解。",
  [RI], "zh", ["change-review"], "reply",
  "Asks the buyer to take down a one-star review after the problem was handled.")
V("The replacement track pieces should reach you on Thursday. Once the set is complete and running, "
  "would you be open to taking another look at what you wrote on the GearLab page, so it matches how "
  "things turned out?",
  [RI], "en", ["change-review"], "reply",
  "Asks the buyer to revise what they wrote on the product page once the fix arrives, a change request that avoids every review keyword.",
  ev=["euphemism"])
V("Refund 已经处理好了。如果您觉得 OK，能不能把 product page 上那条一星的 comment 更新一下？",
  [RI], "mixed", ["change-review"], "reply",
  "Asks the buyer to update a one-star comment on the product page after a refund.")
V("Glad the replacement board arrived flat this time. If you are satisfied that we have resolved your "
  "concerns, it is possible to update or remove the review you posted on the Lantern Harbor product page.",
  [RI], "en", ["change-review"], "reply",
  "Borrows Amazon's neutral seller-feedback wording but applies it to a product review, which sellers may never ask to have changed or removed.")
V("補寄的零件收到了嗎？麻煩您把商品頁上的\uff52\uff45\uff56\uff49\uff45\uff57改成現在的情況，謝謝。",
  [RI], "zh", ["change-review"], "reply",
  "Asks the buyer to change a product review after parts were resent, with the keyword in full-width letters.",
  ev=["fullwidth"], trad=True)

# feedback-removal
V("Hi Carla, we're so sorry about the late delivery of Lantern Harbor. The parcel sat at the regional "
  "depot for four days, which should never happen. We've refunded your shipping cost in full, and you'll "
  "see it on your card within a few days. We hope the game makes up for the wait. The neutral seller "
  "feedback you left pulls our score down quite a bit, so we'd be really grateful if you could remove it. "
  "Thanks for understanding.",
  [RI], "en", ["feedback-removal"], "reply",
  "Pleads with the buyer to remove seller feedback because it hurts the shop, which is pressure and not the neutral notice.")
V("已为您全额退款。您留下的卖家反\u200b馈对我们小店影响很大，能否帮忙撤\u200b回一下？",
  [RI], "zh", ["feedback-removal"], "reply",
  "Asks for seller feedback to be withdrawn because it hurts the shop, with zero-width characters inside the keywords.",
  ev=["zero-width"])
V("问题应该已经 solved 了吧？您之前留的 seller feedback 还挂着，麻烦您 remove 一下，拜托拜托。",
  [RI], "mixed", ["feedback-removal"], "reply",
  "Presses the buyer to remove seller feedback after a fix.")

# steering
V("Order 112-8394025-1170634: if you decide to share your experience with the Dune Dash R8, please "
  "mention how fast it is on grass and how long the battery lasts, since those are the details other "
  "parents look for.",
  [RI], "en", ["steering"], "proactive",
  "Tells the buyer which features to mention in a review, which attempts to influence its content.")
V("很高兴 GearLab 赶上了生日派对！如果您在 Amazon 上写 review，附一段起重机 in action 的短视频会特别有帮助。",
  [RI], "mixed", ["steering"], "reply",
  "Asks the buyer to add a video to the review, which steers its content.")
V("您好，订单113-4478120-9925613的水獭皮皮已经送达。欢迎在商品页分享使用体验；如果方便的话，"
  "请附上孩子和皮皮的合照，并写满50字。",
  [RI], "zh", ["steering"], "proactive",
  "Asks for a photo and a minimum length in the review, which steers its content.")
V("如果您愿意分享 Bitbo 的使用心得，麻烦在 review 里提到 shipping was fast，还有孩子很快就上手，谢谢！",
  [RI], "mixed", ["steering"], "proactive",
  "Tells the buyer what to say in the review, which steers its content.")
V("很高兴皮皮陪孩子度过了第一个晚上！您要是愿意在亚马逊商品页替我们说几句，提一提毛很软、洗了也不掉色，那就太感谢了。",
  [RI], "zh", ["steering"], "reply",
  "Turns praise into a request to say a few words on the product page and names what to mention, without any review keyword.",
  ev=["euphemism"])

# ---------------------------------------------------------------------------
# review-inducement + off-platform-contact
# ---------------------------------------------------------------------------
V("Enjoying your Dune Dash R8? We'd love for you to share your experience on Amazon. If anything isn't "
  "right, please email us at help@kitewhistle.com instead of posting, and we'll sort it out fast.",
  [RI, OFF], "en", ["gating", "email"], "proactive",
  "Sends unhappy buyers to a seller e-mail address instead of posting, which is both review gating and off-platform contact.")
V("抱歉遥控车的续航没达到您的预期。先别急着留差评，直接打我们的售后热线四一五五五五零一三七，当天就能处理。",
  [RI, OFF], "zh", ["gating", "phone"], "reply",
  "Asks the buyer not to post a negative review and to call a seller number written in Chinese numerals instead.",
  ev=["cn-numerals"])
V("Thanks for choosing Kitewhistle! Post your honest thoughts about Lantern Harbor on Amazon, send us a "
  "screenshot, and we'll PayPal you $8 as a thank-you.",
  [RI, OFF], "en", ["incentive", "payment"], "proactive",
  "Pays eight dollars through PayPal for a screenshot of a posted review, an incentive paid outside Amazon.")
V("零件已经补发。另外，留评后把截图发到我们的微信kitewhistle_cs，我们用微信红包返您5美元。",
  [RI, OFF], "zh", ["incentive", "messaging-app"], "reply",
  "Offers a WeChat red packet for a review screenshot sent to a WeChat account, an incentive routed off Amazon.")
V("Hi！孩子喜欢 Bitbo 吗？在 Amazon 评论区晒一张孩子和机器人的合照，再把截图发到 bitboclub at "
  "kitewhistle dot com，我们就送您一套扩展贴纸包。",
  [RI, OFF], "mixed", ["incentive", "email"], "proactive",
  "Offers a sticker pack for a photo review whose screenshot goes to a spelled-out e-mail address.",
  ev=["spelled-email"])
V("We've refunded the missing pieces and I hope that settles it. That seller feedback is really hurting "
  "our small shop, so please call me at 646-555-0118 and I'll walk you through taking it down.",
  [RI, OFF], "en", ["feedback-removal", "phone"], "reply",
  "Pressures the buyer to take down seller feedback and gives a seller phone number to arrange it.")
V("零件已經補寄給您了。麻煩您加我們的LINE：@kwtoys，我們一步一步教您怎麼把之前的留言改一下。",
  [RI, OFF], "zh", ["change-review", "messaging-app"], "reply",
  "Asks the buyer to add a LINE account so the seller can guide them through changing their earlier review.",
  trad=True)
V("If Pip arrived in perfect shape, a few words on Amazon would mean a lot. Any problem at all? Skip the "
  "review and message us on Whats\u200bApp at +1 415 555 0137 instead.",
  [RI, OFF], "en", ["gating", "messaging-app"], "proactive",
  "Invites only happy buyers to post and sends the rest to a WhatsApp number, the app name split by a zero-width character.",
  ev=["zero-width"])

# ---------------------------------------------------------------------------
# review-inducement + marketing
# ---------------------------------------------------------------------------
V("Thank you for order 111-5093846-2271904. Leave a review of the GearLab 120, reply with your reviewer "
  "name, and we'll send a code for 30% off your next Kitewhistle kit.",
  [RI, MKT], "en", ["incentive", "coupon"], "proactive",
  "Offers a 30 percent code on a future order for a review, which is both an incentive and a coupon.")
V("问题解决了就好。能否麻烦您把卖家反馈撤掉？作为感谢，我们送您一张下单立减15美元的优惠券。",
  [RI, MKT], "zh", ["feedback-removal", "coupon"], "reply",
  "Offers a fifteen-dollar coupon for removing seller feedback, the pattern of Amazon's own violation example.")
V("感謝您購買比波機器人！給我們\u2605\u2605\u2605\u2605\u2605的話，下次買擴充套件一律八折。",
  [RI, MKT], "zh", ["positive-review-request", "discount"], "proactive",
  "Offers 20 percent off future add-ons for a five-star rating written in star symbols.",
  ev=["star-symbols"], trad=True)
V("Glad the new motor fixed it! If you refresh your review to reflect the quick fix, we'll put you on the "
  "early-access list for the Dune Dash R9 before it launches.",
  [RI, MKT], "en", ["change-review", "early-access"], "reply",
  "Offers early access to a new car in return for an updated review.")
V("Lantern Harbor 的扩展包下个月上市！现在在 Amazon 写评论就能参加抽奖，奖品是 expansion pack 首发版，名额有限。",
  [RI, MKT], "mixed", ["incentive", "new-product"], "proactive",
  "Announces an upcoming expansion and offers a prize-draw entry for a review.")
V("Hi Marcus, we hope Bitbo has settled in nicely with your family (order 114-7742093-5518260). A quick "
  "reminder that the robot's first 20 missions unlock one at a time, so there's always something new for "
  "your kids to try. If Bitbo has earned the top spot in your house, please give it the top score when "
  "you post about it on Amazon. And while you're here: our spring sale starts Friday, with 20% off every "
  "Bitbo add-on pack. Thanks for being part of the Kitewhistle family!",
  [RI, MKT], "en", ["positive-review-request", "promotion"], "proactive",
  "Asks for the top score in a review and announces a sale in the same friendly message.")

# ---------------------------------------------------------------------------
# off-platform-contact only
# ---------------------------------------------------------------------------
V("Hi Ruth, thanks for checking before you charged it again. The Dune Dash R8 battery should only be "
  "charged with the cable in the box, and the light on the plug turns green when it's full. If the "
  "battery feels warm, let it cool for twenty minutes before the next run. A full charge gives about 25 "
  "minutes of driving on a flat surface. Let us know how it goes.\n\n"
  "Kitewhistle Toyworks | Customer Care | 213-555-0142",
  [OFF], "en", ["phone"], "reply",
  "A helpful battery answer whose signature block carries the seller's own phone number.")
V("遥控车的问题比较复杂，麻烦您加一下我们的weixin：kitewhistle_cs，发个视频过来，售后看得更清楚。",
  [OFF], "zh", ["messaging-app"], "reply",
  "Asks the buyer to add a WeChat account, with the app name in pinyin.", ev=["pinyin"])
V("For faster help setting up Bitbo, message our team on Telegram: "
  "\uff20\uff4b\uff57\uff3f\uff48\uff45\uff4c\uff50\uff44\uff45\uff53\uff4b.",
  [OFF], "en", ["messaging-app"], "proactive",
  "Gives a Telegram handle written in full-width characters.", ev=["fullwidth"])
V("關於積木缺件的問題，直接打給我們比在這裡留言快：六四六\uff0d五五五\uff0d零一一八。",
  [OFF], "zh", ["phone"], "reply",
  "Gives a seller phone number in Chinese numerals and says calling is faster than messaging.",
  ev=["cn-numerals"], trad=True)
V("The missing dice are an easy fix. Whats4pp us a photo of the box label at 415-555-0137 and we'll ship "
  "them the same day.",
  [OFF], "en", ["messaging-app"], "reply",
  "Moves the conversation to WhatsApp, with the app name in leetspeak.", ev=["leetspeak"])
V("您好！Bitbo 的 warranty 注册请把订单截图 email 到 care@kitewhistle.com，我们会回复您 activation code。",
  [OFF], "mixed", ["email"], "proactive",
  "Sends warranty registration to a seller e-mail address.")
V("You can find the full rulebook and a video walkthrough for Lantern Harbor at "
  "https://kitewhistle.com/lantern-harbor/how-to-play.",
  [OFF], "en", ["url"], "reply",
  "Answers a rules question with a link to the seller's own website, which is a non-Amazon link.")
V("比波机器人的进阶教学视频已经上线，点开 kwhistle.link/bitbo 就能看。",
  [OFF], "zh", ["url"], "proactive",
  "Links to tutorial videos through a link shortener outside Amazon.")
V("The spare axle isn't listed on Amazon, but you can order it on k-i-t-e-w-h-i-s-t-l-e dot com and skip the wait.",
  [OFF], "en", ["website"], "reply",
  "Sends the buyer to buy on the seller's website, with the domain spelled out letter by letter.",
  ev=["spacing"])
V("包装盒里那张卡片背面有个二维码，扫一下就能直接联系我们的售后客服，比在亚马逊留言快多了。",
  [OFF], "zh", ["qr"], "reply",
  "Points the buyer to a QR code that reaches seller support outside Amazon.")
V("There's a little black-and-white sticker inside the GearLab 120 lid: scan it and you'll land in our "
  "own build-help chat, no Amazon queue.",
  [OFF], "en", ["qr"], "proactive",
  "Sends the buyer to scan a code that opens the seller's own chat, without naming a QR code.")
V("退款的话我们可以直接转到您的支付宝，麻烦把支付宝账号发给我们。",
  [OFF], "zh", ["payment"], "reply",
  "Offers a refund through Alipay and asks for the buyer's account.")
V("Amazon refunds can take a few days, so if you'd rather, send me your Venmo username and I'll pay you "
  "back for the missing tiles today.",
  [OFF], "en", ["payment"], "reply",
  "Offers to repay the buyer through Venmo instead of an Amazon refund.")
V("運費差額我們會用PayPal退給您，麻煩提供一下PayPal帳號。",
  [OFF], "zh", ["payment"], "reply",
  "Refunds a shipping difference through PayPal and asks for the buyer's account.", trad=True)
V("Need build ideas for your GearLab kit? Follow @kitewhistle.toys on Instagram, where we post a new "
  "building challenge every week.",
  [OFF], "en", ["social"], "proactive",
  "Invites the buyer to follow the shop's Instagram account.")
V("孩子用比波做出的作品，欢迎发到抖音并@风笛玩具官方号，我们每周都会挑几个转发。",
  [OFF], "zh", ["social"], "proactive",
  "Invites the buyer to post on Douyin and tag the shop's official account.")
V("For anything beyond this order, it's honestly quicker to reach us directly rather than through this "
  "inbox: look up Kitewhistle Care in the green chat app and say hi.",
  [OFF], "en", ["diversion"], "reply",
  "Moves future contact to an unnamed chat app outside Amazon without any contact keyword.",
  ev=["euphemism"])
V("以后有问题不用在亚马逊这里发消息了，直接站外找我们，处理速度快很多。",
  [OFF], "zh", ["diversion"], "reply",
  "Tells the buyer to contact the seller outside Amazon from now on.")
V("电池的问题需要看一段视频才好判断，麻烦加我们薇信kitewhistle_cs发过来。",
  [OFF], "zh", ["messaging-app"], "reply",
  "Asks the buyer to add a WeChat account written with a homophone.", ev=["homophone"])
V("Call us at (646) 555-0118 and we'll talk you through pairing the remote.",
  [OFF], "en", ["phone"], "reply",
  "Gives the seller's phone number for support.")
V("您好，遥控车的保修登记请发到service艾特kitewhistle点com，写上订单号即可。",
  [OFF], "zh", ["email"], "proactive",
  "Gives a seller e-mail address spelled out with Chinese words for at and dot.",
  ev=["spelled-email"])

# ---------------------------------------------------------------------------
# off-platform-contact + marketing
# ---------------------------------------------------------------------------
V("Hi Grace, yes, the Dune Dash R8 works fine on carpet, although it's quickest on hard floors and short "
  "grass. Two cars can race side by side without interfering, since each remote pairs to its own car. If "
  "you're thinking of getting a second one for your daughter, it's actually $12 cheaper on "
  "kitewhistle.com, and orders there come with a spare set of tires. Just use the same email address as "
  "your Amazon account when you check out. Have fun racing!",
  [OFF, MKT], "en", ["website", "discount"], "reply",
  "Sends the buyer to a cheaper price on the seller's own website inside an otherwise helpful answer.")
V("关注我们的小红书账号“风笛玩具”，每周抽三位小朋友送比波扩展包！",
  [OFF, MKT], "zh", ["social", "promotion"], "proactive",
  "Invites the buyer to follow a social account tied to a weekly giveaway.")
V("加入我們的LINE會員群 @kwtoys，新品搶先看，還有群內專屬折扣。",
  [OFF, MKT], "zh", ["messaging-app", "vip-group"], "proactive",
  "Invites the buyer to a LINE members group with early looks and group-only discounts.", trad=True)
V("Join the Kitewhistle Builders Discord at kwhistle.link/discord for members-only deals and early looks "
  "at new STEM kits.",
  [OFF, MKT], "en", ["url", "vip-group"], "proactive",
  "Links to a Discord members group that carries deals.")
V("订阅我们的 newsletter 很简单：发邮件到 news@kitewhistle.com 写上 subscribe，每月就能收到新品消息和 coupon。",
  [OFF, MKT], "mixed", ["email", "subscription"], "proactive",
  "Signs the buyer up for a newsletter with coupons through a seller e-mail address.")
V("Flash deals on plush toys drop first in our Telegram channel @kitewhistle_deals, so join before "
  "Friday's batch goes live.",
  [OFF, MKT], "en", ["messaging-app", "promotion"], "proactive",
  "Invites the buyer to a Telegram channel for flash deals.")

# ---------------------------------------------------------------------------
# marketing only
# ---------------------------------------------------------------------------
V("Thanks for order 113-7720461-0935518! Use c\u043ede HARBOR15 at checkout next time for 15% off any "
  "board game in our shop.",
  [MKT], "en", ["coupon"], "proactive",
  "Gives a discount code for the next order, with a Cyrillic letter inside the word code.",
  ev=["homoglyph"])
V("您问的电池已经补发了。另外送您一个优惠码KITE10，下次买任何积木套装都能用。",
  [MKT], "zh", ["coupon"], "reply",
  "Adds an unsolicited coupon code for the next purchase to a permitted reply.")
V("比波機器人本週降價20%，已購買的顧客再買第二台只要半價。",
  [MKT], "zh", ["discount"], "proactive",
  "Announces a price cut and a half-price second unit.", trad=True)
V("Our Summer Build-Off starts Monday: every GearLab kit is buy one, get one half price through June 30.",
  [MKT], "en", ["promotion"], "proactive",
  "Announces a seasonal buy-one-get-one promotion.")
V("新品上架！Dune Dash R9 now has 全地形轮胎和更长的续航，欢迎来看看。",
  [MKT], "mixed", ["new-product"], "proactive",
  "Announces a new remote-control car.")
V("Hi Owen, the missing harbor tile is on its way, and you should have it by Wednesday. In the meantime, "
  "you can play with the spare blank tile; just treat it as open water. The rulebook covers this on page "
  "9, under Lost Tiles. By the way, our new co-op game, Tidepool Tactics, launched this week, and "
  "families who enjoy Lantern Harbor tend to love it. It's on Amazon now if you'd like a look. Enjoy the game!",
  [MKT], "en", ["new-product"], "reply",
  "Slips a new-game announcement into a reply about a missing tile.")
V("Yes, Pip can go in the washing machine on a gentle cycle inside a pillowcase. He also has a little "
  "sister, Nell the Seal, who's just as cuddly if you're shopping for a sibling.",
  [MKT], "en", ["cross-sell"], "reply",
  "Pushes a second plush toy inside a care answer.")
V("您的GearLab 120已经签收啦。很多小工程师搭完这一套，都会接着入手GearLab 240进阶版，两套零件还能混在一起搭，孩子能玩得更久。",
  [MKT], "zh", ["cross-sell"], "proactive",
  "Recommends the next kit after delivery without any sales keyword.", ev=["euphemism"])
V("As a Bitbo owner, you can order the new Bitbo Explorer wheels a week before anyone else: just reply "
  "EARLY and we'll hold a set for you.",
  [MKT], "en", ["early-access"], "proactive",
  "Offers early access to a new accessory.")
V("Running low on track pieces? Tap Buy it Again in Your Orders to restock your GearLab set in one click.",
  [MKT], "en", ["buy-again"], "proactive",
  "Pushes a repeat purchase, even though it stays on Amazon.")
V("孩子玩得开心吗？皮皮也是很好的生日礼物，欢迎再次下单，给小伙伴也带一只回家。",
  [MKT], "zh", ["buy-again"], "proactive",
  "Invites the buyer to order the plush again as a gift.")
V("Here's our Amazon storefront if you'd like to see the other games: "
  "amazon.com/stores/KitewhistleToyworks/page/8A21C4D0.",
  [MKT], "en", ["storefront-link"], "reply",
  "Links to the seller's Amazon storefront to show more products.")
V("更多桌游请访问我们的亚马逊店铺：amazon.com/stores/Kitewhistle，欢迎逛逛。",
  [MKT], "zh", ["storefront-link"], "proactive",
  "Links to the seller's Amazon storefront to promote more games.")
V("You've now bought three Kitewhistle toys, which makes you a Gold Builder: your fourth order ships "
  "with a bonus accessory pack.",
  [MKT], "en", ["loyalty"], "proactive",
  "Announces a loyalty tier with a bonus on the next order.")
V("您问的电池型号是AA，一次需要四节。另外，累计购买三次以上的老顾客，以后每笔订单都会多送一组电池。",
  [MKT], "zh", ["loyalty"], "reply",
  "Adds a repeat-customer perk to a factual battery answer.")
V("Know another family who'd love Lantern Harbor? Refer them, and you'll both get $5 off your next game "
  "from us.",
  [MKT], "en", ["referral"], "proactive",
  "Offers a refer-a-friend reward.")
V("推荐朋友购买比波机器人，您和朋友各得一套编程卡片。",
  [MKT], "zh", ["referral"], "proactive",
  "Offers a refer-a-friend reward of coding cards.")
V("Lantern Harbor 和扩展包现在有 bundle，一起买更划算，下单时选 combo 就行。",
  [MKT], "mixed", ["bundle"], "proactive",
  "Promotes a game and expansion bundle.")
V("您问的遥控器是单独发货的。顺便推荐我们的 Race Day Bundle：两辆车、四块电池加一个充电器，比分开买便宜不少。",
  [MKT], "mixed", ["bundle"], "reply",
  "Adds a bundle pitch to a shipping answer.")
V("Good news: the Mossy Green edition of Pip the Otter is back in stock, and last time it sold out "
  "within a week.",
  [MKT], "en", ["restock"], "proactive",
  "Sends an unsolicited back-in-stock alert with urgency.")
V("物流单号是TBA612398470215，明天送达。另外告诉您，上次断货的比波扩展轮已经补货了，需要的话可以趁早下单。",
  [MKT], "zh", ["restock"], "reply",
  "Adds an unrequested restock notice and a call to order to a tracking answer.")
V("Bitbo 编程挑战卡开通 subscribe and save 之后每月自动寄出，还能 save 10%。",
  [MKT], "mixed", ["subscription"], "proactive",
  "Pushes a monthly subscription with a saving.")

# ---------------------------------------------------------------------------
# compliant: near-misses
# ---------------------------------------------------------------------------
C("Order 113-2286104-7719035: we'd appreciate it if you would share your honest experience with Lantern "
  "Harbor on Amazon, whatever it turned out to be.",
  "en", "proactive", "A single neutral review request with no condition, incentive or rating hint.",
  nm="neutral-review-request")
C("订单号112-6630418-2947751。欢迎您在商品页面分享真实的使用体验，无论好坏，都能帮助其他家长做选择。",
  "zh", "proactive", "A single neutral review request that welcomes any experience.",
  nm="neutral-review-request")
C("Order 114-0385521-6609842: would you share your experience with the Dune Dash R8 in a review? "
  "Positive or negative, every honest opinion helps other shoppers.",
  "en", "proactive", "A neutral review request whose mention of positive is balanced by negative.",
  nm="neutral-review-request")
C("訂單編號111-9027346-3358104。若您有空，歡迎在亞馬遜分享比波機器人的真實使用體驗。",
  "zh", "proactive", "A single neutral review request in Traditional Chinese.",
  nm="neutral-review-request", trad=True)
C("订单 113-8845102-6620937 的 GearLab 120 已经送达一周了。如果方便，欢迎在 Amazon 分享您的 honest review，好评差评都可以。",
  "mixed", "proactive", "A neutral review request that explicitly welcomes both good and bad reviews.",
  nm="neutral-review-request")
C("Thanks for confirming the replacement remote works. If you are satisfied that we have resolved your "
  "concerns, it is possible to update or remove the seller feedback you originally provided; whether you "
  "do is entirely up to you.",
  "en", "reply", "Amazon's own neutral seller-feedback notice after a resolved issue, with no plea or reward.",
  nm="feedback-neutral-notice")
C("很高兴问题已经解决。如果您认为我们已经解决了您的问题，您可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。",
  "zh", "reply", "The neutral seller-feedback notice after resolution, leaving the choice to the buyer.",
  nm="feedback-neutral-notice")
C("很高興補寄的積木已經收到。如果您認為問題已經解決，可以自行決定是否更新或移除先前留下的賣家回饋，完全尊重您的選擇。",
  "zh", "reply", "The neutral seller-feedback notice in Traditional Chinese, with no pressure.",
  nm="feedback-neutral-notice", trad=True)
C("We reviewed your return request for the Dune Dash R8 and approved it; the prepaid label is now in Your Orders.",
  "en", "reply", "Uses reviewed about a return request, not about a product review.",
  nm="reviewed-return")
C("我们已经审核了您的退货申请，退款会在收到商品后三到五个工作日内原路退回。",
  "zh", "reply", "Reports a checked return request and a refund path with no review involved.",
  nm="reviewed-return")
C("您的 return request 我们已经 review 过了，已经 approved，退款会在 3-5 个工作日到账。",
  "mixed", "reply", "Uses review about checking a return request, not about a product review.",
  nm="reviewed-return")
C("Thank you for mentioning your review, Alicia. We read every one, and your tip about sorting the harbor "
  "tiles by colour before the first game was spot on. We're adding that suggestion to the quick-start "
  "card in the next print run. Your point about the small print on the ship cards is fair too, and the "
  "designer is already looking at a larger font. Thanks again for taking the time.",
  "en", "reply", "Thanks a buyer for a review they mentioned and acts on it without asking for anything.",
  nm="review-thanks")
C("谢谢您告诉我们已经写了评论。您提到的说明书字太小的问题，我们已经转给设计团队，下一批会改进。",
  "zh", "reply", "Acknowledges the buyer's own review and its point without any request.",
  nm="review-thanks")
C("謝謝您的好評，也謝謝您提醒我們盒子的角落有壓痕，我們會跟物流反映。",
  "zh", "reply", "Thanks a buyer for a positive review they mentioned, in a reply, without asking anything.",
  nm="review-thanks", trad=True)
C("Hi Ben, thanks for writing to us, and I'm sorry the crane-arm screw stripped, which you also "
  "mentioned in your review. That's not the experience we want anyone to have. A new screwdriver and a "
  "full screw set left our warehouse today with tracking 1Z7W48V20394857712, and they should arrive by "
  "Friday. If the thread in the arm itself is damaged, send us a photo here and we'll replace the arm "
  "too. There's no need to return anything.",
  "en", "reply", "Fixes a problem the buyer also described in a review and asks nothing about the review.",
  nm="review-thanks")
C("Happy to help with a quick rules review before your first game. Each player starts with two lantern "
  "cards and one ferry. The harbor tile with the gold star on it is where every fleet begins, and the "
  "first player is whoever last saw a lighthouse. On your turn you move, then trade, then light a lantern "
  "if you can. The game ends when all six lanterns are lit.",
  "en", "reply", "Review and star describe the game's rules and a board tile, not a product review.",
  nm="product-review-words")
C("The GearLab 120 carries an age rating of 8 and up because of its small gears, so younger builders "
  "will need an adult nearby.",
  "en", "reply", "Rating refers to the kit's age grading, not to a review.",
  nm="product-review-words")
C("比波的关卡里有一个“星星收集”模式，每关集满五颗星就能解锁下一关。",
  "zh", "reply", "Five stars are an in-app game mechanic, not a rating request.",
  nm="product-review-words")
C("每回合結束時會進行「港口評分」，得分最高的玩家可以拿到燈塔標記，規則書第12頁有完整說明。",
  "zh", "reply", "Scoring is a board-game rule, not a review or rating request.",
  nm="product-review-words", trad=True)
C("Bitbo Studio 里的 Review 模式可以回放孩子写的每一步 code，家长检查起来很方便。",
  "mixed", "reply", "Review names a feature of the coding app, not a product review.",
  nm="product-review-words")
C("您可以在 Bitbo Studio 的课程库里检索评测题，挑适合八岁孩子的入门关卡。",
  "zh", "reply", "The phrase about searching quiz items only contains review-like characters across a word boundary.",
  nm="product-review-words")
C("We've sent a replacement Pip the Otter at no charge, and there's no need to send the damaged one back. "
  "It should arrive on Tuesday.",
  "en", "reply", "A free replacement given as a remedy with no review mentioned.",
  nm="free-remedy")
C("已为您办理全额退款，商品无需退回，款项会在三到五个工作日内退回原支付方式。",
  "zh", "reply", "A full refund given as a remedy with no review mentioned.",
  nm="free-remedy")
C("我們已免費補寄缺少的兩顆齒輪，預計週四送達。",
  "zh", "reply", "Missing parts resent free as a remedy, with no review mentioned.",
  nm="free-remedy", trad=True)
C("非常抱歉 remote 坏了，我们已经免费寄出一个新的 replacement unit，旧的不用 send back。",
  "mixed", "reply", "A free replacement remote as a remedy with no review mentioned.",
  nm="free-remedy")
C("The 10% coupon you saw on the listing is an Amazon promotion; it's applied automatically at checkout, "
  "so there's nothing extra to enter.",
  "en", "reply", "Explains an Amazon coupon the buyer asked about, with no offer from the seller.",
  nm="coupon-explanation")
C("您看到的优惠券是亚马逊平台的活动，结算时会自动抵扣，不需要另外输入代码。",
  "zh", "reply", "Explains an Amazon coupon the buyer asked about without promoting anything.",
  nm="coupon-explanation")
C("You asked when the Mossy Green Pip will be back: our next shipment is due at Amazon's warehouse around "
  "May 12, and the listing updates once it's checked in.",
  "en", "reply", "Answers the buyer's own restock question with a date and no call to buy.",
  nm="restock-answer")
C("您问的GearLab 240目前缺货，预计下个月中旬入亚马逊仓库。",
  "zh", "reply", "Answers the buyer's restock question factually.",
  nm="restock-answer")
C("Bitbo Studio doesn't need WhatsApp, Facebook or any social login; a parent account created inside the "
  "app is enough.",
  "en", "reply", "Names messaging and social apps only to say the product does not need them.",
  nm="feature-im-names")
C("Bitbo Studio 不需要绑定微信或 LINE，用家长账号 log in 就可以了。",
  "mixed", "reply", "Names WeChat and LINE only to say the app does not need them.",
  nm="feature-im-names")
C("The carrier shows an address exception on tracking 1Z4K90T31285736409. Their local depot can be reached "
  "at 1-800-555-0163 if you'd like to arrange redelivery; quote the tracking number when you call.",
  "en", "reply", "Gives a shipping carrier's number in a delivery context, which the policy exempts.",
  nm="carrier-phone")
C("承运商派送站的电话是 (909) 555-0174，报运单号就能查询改派时间。",
  "zh", "reply", "Gives the carrier depot's number for a delivery question, which the policy exempts.",
  nm="carrier-phone")
C("Here are the details you asked for. Your order number is 112-5551012-3344556 and the item is ASIN "
  "B0C7KW2Q9L. The battery is rated at 2,400 mAh and 7.4 V. The package weighed 1.36 kg and was picked up "
  "on 03/14 at 14:30. Delivery is scheduled for 03/18 between 9:00 and 13:00.",
  "en", "reply", "Order id, ASIN, dates and specs that must not be read as phone numbers or ratings.",
  nm="numbers-not-phones")
C("订单号113-4410278-5561093，运单号TBA304958172604，已于3月14日14:30签收。",
  "zh", "reply", "Order and tracking numbers that are not phone numbers.",
  nm="numbers-not-phones")
C("已按您的要求删除重复订单，收货地址也已修改好了。",
  "zh", "reply", "Delete and modify refer to a duplicate order and an address, not to a review.",
  nm="logistics-verbs")
C("We've cancelled the duplicate order as you asked and updated the gift note to read: Happy 9th birthday, Theo.",
  "en", "reply", "Cancel and update are order actions the buyer requested, not review requests.",
  nm="logistics-verbs")
C("Bitbo Studio is available on the App Store and Google Play; search for the name, then pair the robot "
  "by scanning the code printed under its battery cover.",
  "en", "reply", "Names the public app stores and a pairing code needed to use the robot, with no link or handle.",
  nm="app-store-qr")
C("Bitbo Studio 在 App Store 和 Google Play 都能下载，打开后扫一下机器人底部的二维码就能配对。",
  "mixed", "reply", "The QR code pairs the robot with its app and does not lead to the seller.",
  nm="app-store-qr")
C("You can start the return from Your Orders at https://www.amazon.com/gp/css/order-history; choose the "
  "Dune Dash R8 and pick the reason that fits.",
  "en", "reply", "Links to Amazon's own order-history page to start a return.",
  nm="amazon-order-link")
C("我们不会通过PayPal或支付宝退款，所有退款都会原路退回您在亚马逊的付款方式。",
  "zh", "reply", "Names PayPal and Alipay only to say refunds are not made that way.",
  nm="payment-negation")
C("The $9.99 price you saw was a listing error on our side; your order stands at that price and there is "
  "nothing more to pay.",
  "en", "reply", "Explains a price error without any offer.",
  nm="price-error")
C("Pip's fabric is free from BPA and phthalates, and the new version has a stitched nose instead of a plastic one.",
  "en", "reply", "Free and new are product facts, not offers.",
  nm="spec-words")
C("新版遥控车采用免工具电池仓，家长单手就能换电池。",
  "zh", "reply", "New version and tool-free are product facts, not promotions.",
  nm="spec-words")
C("Amazon may email you separately asking for a review of the kit; that message is automatic and not "
  "from us, so feel free to ignore it.",
  "en", "reply", "Tells the buyer about Amazon's automatic review e-mail without asking for a review.",
  nm="amazon-auto-email")

# ---------------------------------------------------------------------------
# compliant: plain
# ---------------------------------------------------------------------------
C("Your Lantern Harbor order left our warehouse yesterday, and the tracking shows delivery on Friday.",
  "en", "reply", "A shipping answer to the buyer's question.", kind="plain")
C("Order 114-5930287-1146658: your GearLab 120 will ship three days later than estimated because of a "
  "carrier delay. We're sorry for the wait.",
  "en", "proactive", "A proactive delay notice about an unexpected problem.", kind="plain")
C("Order 112-7304469-5081227: you asked for the name JUNIPER to be embroidered on Pip's scarf. Please "
  "confirm the spelling before we start stitching.",
  "en", "proactive", "A customization check needed to complete the order.", kind="plain")
C("The Dune Dash R8 uses a 7.4 V rechargeable pack; charge it for about 90 minutes before the first run.",
  "en", "reply", "A product answer with no offer or contact details.", kind="plain")
C("As requested, the Bitbo quick-start guide is attached as a PDF.",
  "en", "reply", "Sends a manual the buyer asked for.", kind="plain")
C("Order 113-1862094-4437720: the carrier reports that the apartment number is missing from the delivery "
  "address. Could you reply with the unit number so the parcel can be delivered?",
  "en", "proactive", "Requests information needed to deliver the order.", kind="plain")
C("Hi Lena, sorry the car stopped responding. First, check that the switch under the car and the remote "
  "are both on. Then hold the bind button on the remote until its light flashes, and switch the car off "
  "and on again within five seconds. If the light goes solid, they are paired. If it still won't respond, "
  "reply here with a short description and we'll send a replacement remote.",
  "en", "reply", "Troubleshooting steps inside Amazon messaging.", kind="plain")
C("您的包裹昨天已经发出，预计周五送达。",
  "zh", "reply", "A shipping answer to the buyer's question.", kind="plain")
C("订单112-3391708-6625014：因物流原因，您的比波机器人预计延迟三天发货，给您带来不便，非常抱歉。",
  "zh", "proactive", "A proactive delay notice.", kind="plain")
C("GearLab 120第7步的长轴要穿过两个黄色齿轮中间，再扣上蓝色卡扣就可以了。",
  "zh", "reply", "An assembly answer.", kind="plain")
C("您好，遥控车没反应的话可以按下面的步骤排查。先确认车底的开关和遥控器都已打开。再长按遥控器上的对频键，"
  "直到指示灯闪烁。然后在五秒内把车关掉再打开。指示灯常亮就说明对频成功了。如果还是不行，请在这里回复，"
  "我们给您补发遥控器。",
  "zh", "reply", "Troubleshooting steps with a remedy offered inside Amazon messaging.", kind="plain")
C("您的包裹已經交給物流，預計下週二送達。",
  "zh", "reply", "A shipping answer in Traditional Chinese.", kind="plain", trad=True)
C("您的 order 已经 shipped，tracking number 是 1Z3R77E40918273645，预计周三送到。",
  "mixed", "reply", "A tracking answer to the buyer's question.", kind="plain")
C("Bitbo 的 battery 充满大约需要两个小时，指示灯变绿就说明 fully charged。",
  "mixed", "reply", "A charging answer.", kind="plain")
C("您好，订单 111-4482075-9038816 的 GearLab 套装需要确认 delivery address 里的门牌号，请回复告诉我们，以便安排派送。",
  "mixed", "proactive", "Requests address information needed for delivery.", kind="plain")


# ---------------------------------------------------------------------------
def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def width(text):
    return sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


def length_tag(text):
    n = sentence_count(text)
    if n >= 5:
        return "long"
    if n <= 2 and width(text) <= 80:
        return "short"
    return None


def build():
    recs = list(RECS)
    random.Random(39).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        tags = list(r["subs"]) + [r["ctx"]]
        if r["ev"]:
            tags += ["evasion"] + r["ev"]
        if r["kind"]:
            tags.append(r["kind"])
        if r["trad"]:
            tags.append("traditional")
        lt = length_tag(r["text"])
        if lt:
            tags.append(lt)
        out.append({"id": "h39-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": tags, "note": r["note"]})
    with open(OUT, "w", encoding="utf-8") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    return recs


def main():
    recs = build()
    print("wrote %s (%d records)" % (OUT, len(recs)))
    nm = collections.Counter(r["nm"] for r in recs if r["nm"])
    print("near-miss kinds (%d):" % sum(nm.values()))
    for k, v in sorted(nm.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-24s %d" % (k, v))


if __name__ == "__main__":
    main()
