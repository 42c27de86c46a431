#!/usr/bin/env python3
"""Build holdout32.jsonl (and README.md) for the seller-message linter.

Hand-labelled, held-out test set: 160 messages from an invented aquarium shop
("Finnwick Aquatics" / 芬威克水族).  Every name, order id, handle, domain and
phone number is invented; US phone numbers use 555-01xx.

Labels cover three content policies only: review-inducement,
off-platform-contact, marketing.  An empty list means compliant for these three.

Run:  python3 build.py && python3 validate.py
"""
import collections
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

POL = {"R": "review-inducement", "O": "off-platform-contact", "M": "marketing"}
ORDER = ["review-inducement", "off-platform-contact", "marketing"]

RECS = []


def r(text, labels="", subs=(), ctx="reply", lang="en", ev=(), trad=False,
      size=None, nm=None, note=""):
    """labels: string of R/O/M; subs: one subtype per label (same order);
    ev: evasion techniques; nm: near-miss kind, or 'plain'."""
    RECS.append(dict(text=text, labels=[POL[c] for c in labels], subs=list(subs),
                     ctx=ctx, lang=lang, ev=list(ev), trad=trad, size=size,
                     nm=nm, note=note))


# =====================================================================
# ENGLISH - violations (42)
# =====================================================================
r("Hi Marcus, thank you for choosing the ThermaFin 200W heater for your 55-gallon tank "
  "(order 112-4830157-2296614). The heater ships pre-calibrated to 78\u00b0F, but you can "
  "adjust it with the dial on top in half-degree steps. Please let it sit in the water for "
  "20 minutes before you plug it in so the glass can adjust to the temperature. Once you've "
  "had a couple of weeks with it, we'd be grateful if you shared your thoughts on the product "
  "page, and as a thank-you we'll mail you a spare suction-cup set and a floating thermometer "
  "at no cost. Just reply with a screenshot once it's posted. The manual covers the "
  "auto-shutoff feature on page 3 if you need it.",
  "R", ["incentive"], "proactive", size="long",
  note="Free accessories are promised in return for a posted review, buried in setup tips.")
r("If the ReefGlow 60 brightened up your tank, a five-star rating would mean the world to our little team!",
  "R", ["positive-review-request"], "proactive", size="short",
  note="Asks for a five-star rating conditioned on the buyer being pleased.")
r("Hi Greta, about order 114-2290318-5518720: we hope the FlowGuard 300 is running quietly. "
  "If everything meets your expectations, we'd love a review on Amazon; if anything falls "
  "short, please message us first so we can fix it before you post.",
  "R", ["gating"], "proactive",
  note="Invites only satisfied buyers to review and routes unhappy ones to the seller first.")
r("Hi Jonah, when you write up the ClearDrop test kit on Amazon, could you mention how accurate "
  "the nitrate readings were and that it arrived in two days? Those are the details other "
  "hobbyists look for.",
  "R", ["steering"], "proactive",
  note="Tells the buyer which favourable points to put in the review.")
r("Glad the replacement impeller arrived and the filter is humming again! Would you consider "
  "revisiting the two-star rating you left last week now that it's fixed?",
  "R", ["change-review"], "reply",
  note="Asks the buyer to change an existing product rating after a fix, which is never allowed.")
r("Please withdraw the negative feedback you left on our seller profile. The delay was the "
  "carrier's fault, it is dragging down our account health, and we already shipped your new heater.",
  "R", ["feedback-removal"], "reply",
  note="Pressures the buyer to remove seller feedback, citing the seller's account health.")
r("So happy to hear your bettas are going crazy for the NibblePellets! Since you're enjoying "
  "them this much, could you put that in a review on Amazon?",
  "R", ["gating"], "reply",
  note="Requests a review only because the buyer has just expressed satisfaction (thread-level gating).")
r("Once you've had a chance to tell other shoppers what you think of the FeedPal feeder on its "
  "Amazon page, reply here and a little surprise will be on its way to you.",
  "R", ["incentive"], "proactive", ev=["euphemism"],
  note="An unnamed reward ('a little surprise') is offered for posting an opinion on the product page.")
r("Loving the new light? Show it some \u2605\u2605\u2605\u2605\u2605 love on the product page!",
  "R", ["positive-review-request"], "proactive", ev=["star-symbols"], size="short",
  note="Star symbols stand in for a five-star review request.")
r("We've refunded the cracked heater in full. Could you please update your r\u0435vi\u0435w so "
  "it reflects how we handled it?",
  "R", ["change-review"], "reply", ev=["homoglyph"],
  note="Asks for a review update after a refund; 'review' is spelled with Cyrillic e.")
r("Hi Malik, your ClearDrop Master Test Kit (order 112-6604183-2279540) should have arrived by "
  "now. Start with the pH and ammonia tubes, since those matter most in a cycling tank. Shake "
  "bottle #2 of the nitrate test for a full 30 seconds, or the reading will come out low. When "
  "you post your thoughts about the kit on Amazon, please include a photo of the color card and "
  "use the phrase 'easy to read' so people searching for that find it. The vials can be rinsed "
  "with tank water, not tap water. Store the kit below 80\u00b0F to keep the reagents stable.",
  "R", ["steering"], "proactive", size="long",
  note="Dictates a photo and a keyword phrase for the review, hidden among test-kit instructions.")
r("Happy with your FlowGuard? Drop us a r3v1ew on Amazon! Not happy? Message us before you post "
  "anything so we can sort it out.",
  "R", ["gating"], "proactive", ev=["leetspeak"],
  note="Classic gating (happy: review; unhappy: contact us first) with 'review' in leetspeak.")
r("Post an honest review of the NibbleFlakes and send us a screenshot; we'll send the full "
  "purchase price back to your PayPal the same day.",
  "RO", ["incentive", "payment"], "proactive",
  note="Full reimbursement for a review, paid off Amazon through PayPal.")
r("Hi Ines, if the ThermaFin gave you any trouble at all, please email care@finnwick-aquatics.shop "
  "instead of leaving a review, and we'll make it right within 24 hours.",
  "RO", ["gating", "email"], "proactive",
  note="Diverts unhappy buyers away from reviewing and gives an off-Amazon e-mail address.")
r("Leave a review for the ReefGlow light, then send a screenshot to our Wh\u200batsApp at "
  "+1 626 555 0181 and we'll send you a $15 gift card.",
  "RO", ["incentive", "messaging-app"], "proactive", ev=["zero-width"],
  note="Gift card for a review, claimed over WhatsApp (name split by a zero-width space).")
r("We'd appreciate it if you could take down the feedback about the late delivery. Call me "
  "directly at (213) 555-0126 and we can talk it through.",
  "RO", ["feedback-removal", "phone"], "reply",
  note="Asks for feedback removal and moves the conversation to the seller's phone.")
r("If you're open to removing last Tuesday's feedback, we'd gladly knock 30% off anything you "
  "pick up from our shop next time.",
  "RM", ["feedback-removal", "discount"], "reply",
  note="Offers a discount on a future purchase in exchange for removing feedback.")
r("Every verified review you post of our gear earns you 500 Finnwick Points, which you can put "
  "toward filters, food and lights in our store.",
  "RM", ["incentive", "loyalty"], "proactive",
  note="Loyalty points are paid for reviews and promoted for future purchases.")
r("Could you send the photos of the cracked heater to finnwick.care at mailbay-fin dot com? "
  "Attachments in this thread keep failing on our side.",
  "O", ["email"], "reply", ev=["spelled-email"],
  note="Spelled-out e-mail address moves the conversation off Amazon.")
r("For faster help with the feeder setup, just call us at 626-555-0143.",
  "O", ["phone"], "reply", size="short",
  note="Gives the seller's own phone number as a support channel.")
r("Hi Lucia, your FlowGuard 300 (order 113-9048716-2205839) has been delivered. Rinse the "
  "ceramic rings and the sponge in old tank water before the first run. Fill the canister "
  "with water before you start the pump so the impeller never runs dry. For anything else, "
  "scan the QR code on the blue card in the box to reach our support team directly. Expect a "
  "little cloudiness for the first day while the media settles. The flow dial on the outlet "
  "can be turned down if your fish struggle against the current.",
  "O", ["qr"], "proactive", size="long",
  note="A QR code on the insert sends the buyer to an off-Amazon support channel.")
r("Message us on \uff34\uff45\uff4c\uff45\uff47\uff52\uff41\uff4d at @finnwick_help and one of "
  "our engineers will walk you through priming the pump.",
  "O", ["messaging-app"], "reply", ev=["fullwidth"],
  note="Telegram handle, with the app name in full-width letters.")
r("Replies in this thread can be slow. If you look us up online by our shop name and use the "
  "chat bubble there, a real person answers within minutes.",
  "O", ["diversion"], "reply", ev=["euphemism"],
  note="Steers the buyer to an outside chat without naming any site, app or address.")
r("Rather than waiting on the Amazon return, we can send the $18.40 difference to you over "
  "Venmo or Zelle today; just reply with your handle.",
  "O", ["payment"], "reply",
  note="Offers an off-Amazon payment channel for a refund.")
r("Hello Priya, your ReefGlow 90 (order 113-7740291-3358106) has been delivered. To get the best "
  "color, run the light at 70% for the first two weeks while your plants adjust. The remote has "
  "four preset channels, and channel 3 is the sunrise ramp. Please register your two-year "
  "warranty at www.finnwick-aquatics.shop/warranty within 14 days, otherwise coverage drops to "
  "90 days. The mounting legs extend from 24 to 36 inches. If the fixture flickers, check that "
  "the power brick is fully seated.",
  "O", ["url"], "proactive", size="long",
  note="A link to the seller's own website for warranty registration is buried mid-message.")
r("For any warranty claim on the ThermaFin, write to warranty@finnwick-aquatics.shop with your "
  "order number; claims sent there are handled first.",
  "O", ["email"], "proactive",
  note="Gives a seller e-mail address and favours off-Amazon claims.")
r("If the feeder keeps dropping off Wi-Fi, send a short video to our engineer on W h a t s A p p "
  "at +1 626 555 0158.",
  "O", ["messaging-app"], "reply", ev=["spacing"],
  note="WhatsApp contact with the app name spaced out letter by letter.")
r("Pair your new FlowGuard 300 with our ClearDrop test kit and spare media pack: bought together "
  "this week, the three come to $64 instead of $81.",
  "M", ["bundle"], "proactive",
  note="Unsolicited bundle offer with a price cut.")
r("Hi Tom\u00e1s, the ThermaFin's indicator light turns off once the water reaches the set "
  "temperature, so that is normal. If the light never comes on at all, check that the dial isn't "
  "set below the current water temperature. Your tank at 76\u00b0F is right in the range for "
  "tetras and rasboras. By the way, your order made you a Silver member of our Finnwick Circle, "
  "so your next three purchases with us earn double points toward free plant fertilizer. Let me "
  "know if the heater still seems off after 24 hours.",
  "M", ["loyalty"], "reply", size="long",
  note="A loyalty-programme pitch for future purchases is slipped into a helpful reply.")
r("As one of our first FeedPal owners, you get 48-hour early access to the new FeedPal Duo "
  "before it goes live on Amazon next Friday.",
  "M", ["early-access"], "proactive",
  note="Announces a new product with early access, a promotional message.")
r("Heads up: the NibblePellets 500 g tub you bought is back on the shelf, so stock up before "
  "it's gone again.",
  "M", ["restock"], "proactive", size="short",
  note="Unsolicited restock alert urging another purchase.")
r("Hi Elena, thanks again for order 111-3375021-8840962. Browse the rest of our aquarium range "
  "here: amazon.com/stores/FinnwickAquatics/page/7F3A21C0",
  "M", ["storefront-link"], "proactive",
  note="Amazon storefront link sent to promote other products.")
r("The 250 g tub lasts about two months for a tank like yours. Put it on Subscribe & Save and "
  "you'll never run out, and it locks in the lower price too.",
  "M", ["subscription"], "reply",
  note="Pushes a recurring purchase with a price argument beyond what was asked.")
r("Know another fishkeeper? Have them mention your name when they order from us, and we'll send "
  "each of you a bag of freeze-dried bloodworms.",
  "M", ["referral"], "proactive",
  note="Referral reward scheme for bringing in new customers.")
r("Glad the heater is holding steady. Most keepers who run it in a 40-gallon end up adding the "
  "matching circulation pump from the same line of gear we make, and it's worth a look next "
  "time you're stocking up.",
  "M", ["cross-sell"], "reply", ev=["euphemism"],
  note="Cross-sells another of the seller's products without any sales keyword.")
r("Our Spring Tank Refresh runs through April 30: every filter cartridge and heater in our "
  "lineup is marked down by a quarter.",
  "M", ["discount"], "proactive",
  note="Seasonal price-reduction announcement.")
r("We just launched the ReefGlow 120 Pro with a sunrise-to-moonlight cycle, and it fits the same "
  "mounting legs you already own.",
  "M", ["new-product"], "proactive",
  note="New-product launch announcement.")
r("Your next tub of NibbleFlakes is 15% less with c0de FINNFLAKE15, good through June.",
  "M", ["coupon"], "proactive", ev=["leetspeak"],
  note="Discount code for the next order, with 'code' in leetspeak.")
r("It's been about six weeks since your last ClearDrop refill. Most tanks need a fresh pack "
  "right about now, and it's one click away in your order history.",
  "M", ["buy-again"], "proactive",
  note="Buy-again nudge for a consumable.")
r("Follow @finnwick.aquatics on Instagram: every Friday we give away a ReefGlow light to one follower.",
  "OM", ["social", "promotion"], "proactive",
  note="Instagram follow request tied to a giveaway.")
r("Next time, order straight from finnwick-aquatics.shop; without the marketplace fees, "
  "everything there is about 12% cheaper.",
  "OM", ["url", "discount"], "reply",
  note="Diverts future purchases to the seller's own site with a price incentive.")
r("Join Finnwick Reef Keepers, our private Facebook group, where members get first pick of new "
  "products and member-only pricing.",
  "OM", ["social", "vip-group"], "proactive",
  note="Invites the buyer to a Facebook VIP group with member pricing.")

# =====================================================================
# ENGLISH - compliant: 21 near-misses + 9 plain
# =====================================================================
r("Hello Dana, this is Finnwick Aquatics about order 114-3928175-6620431, the ClearDrop 6-in-1 "
  "test strips delivered last week. If you have a moment, you're welcome to share your experience "
  "with them in a review on Amazon; every kind of experience helps other fishkeepers decide.",
  ctx="proactive", nm="neutral-review-request",
  note="A single neutral review request with no rating, condition or reward.")
r("Hi Owen, regarding order 111-0583926-4471203 (FeedPal smart feeder): we'd love to hear how "
  "it's working for you, positive or negative, in a review on the product page whenever you get "
  "a chance.",
  ctx="proactive", nm="balanced-review-request",
  note="Balanced wording ('positive or negative') keeps the review request neutral.")
r("Hi Bianca, tracking shows the replacement ThermaFin heater was delivered this morning, and the "
  "return-shipping refund has gone through. If you are satisfied that we have resolved your "
  "concerns, it is possible to update or remove the seller feedback you originally provided; "
  "whether you do so is entirely your choice.",
  nm="feedback-neutral-notice",
  note="Amazon's own neutral post-resolution feedback notice, with no pressure or reward.")
r("We reviewed your return request for the ReefGlow 60 and approved it. Once the carrier scans "
  "the package, Amazon will issue your refund of $49.99 to the original payment method.",
  nm="reviewed-return",
  note="'Reviewed' refers to the return request and the refund is a normal return remedy.")
r("I'm sorry the FlowGuard 300 impeller arrived cracked. A replacement impeller has been sent "
  "free of charge with UPS tracking 1Z84W6E20312457789, and there's no need to return the broken one.",
  nm="remedy-replacement",
  note="A free replacement is a remedy, not a promotion, and the tracking number is not a phone.")
r("Tracking 1Z7A93R40395518824 shows your heater held at the local UPS facility because of an "
  "address issue. You can call UPS at 1-800-555-0148 with that tracking number to arrange "
  "redelivery or pickup.",
  nm="carrier-phone",
  note="A carrier's phone number in a delivery context is allowed.")
r("Your order 113-5502981-0047716 left our warehouse yesterday; USPS tracking 9400 1118 9922 "
  "3456 7810 23 shows delivery expected Friday.",
  nm="order-id-tracking",
  note="Order id and tracking digits answer the buyer's question and are not contact details.")
r("You asked about the 15% coupon on the ClearDrop listing: that's an Amazon coupon, so you tick "
  "the box on the product page before checkout and Amazon applies it automatically. We can't add "
  "it to an order that's already been placed, but Amazon customer service can tell you whether a "
  "price adjustment is possible.",
  nm="amazon-deal-answer",
  note="Factual answer to the buyer's own question about an Amazon-run coupon, with no push to buy.")
r("No, we don't offer gift cards, discounts or anything else in exchange for reviews, and Amazon "
  "doesn't allow it. On your heater question: the dial is marked in Fahrenheit, and 78 is a good "
  "setting for guppies.",
  nm="negation",
  note="Explicitly refuses review incentives while answering the buyer's question.")
r("The FeedPal app can send feeding reminders as push notifications on iOS and Android. It does "
  "not post alerts to WhatsApp, SMS or email yet, so keep app notifications switched on for the "
  "missed-feeding warning.",
  nm="im-feature-name",
  note="WhatsApp and email are named as unsupported notification features, not contact channels.")
r("Yes, NibbleFlakes are free from copper and artificial dyes. The new 2024 tin uses the same "
  "formula; the date stamped on the bottom is the packing date, not a sale date.",
  nm="spec-words",
  note="'Free', 'new' and 'sale' are product facts here, not an offer.")
r("Thanks for letting us know about your 5-star review, Sven, and I'm glad the light fits your "
  "90 cm tank. To your question: the timer keeps its schedule through a power cut of up to 12 "
  "hours thanks to the built-in memory.",
  nm="thanks-for-review",
  note="Acknowledges a review the buyer mentioned without soliciting anything.")
r("That email came from Amazon, not from us: Amazon automatically asks buyers for reviews after "
  "delivery. You don't need to do anything with it, and it doesn't affect your return.",
  nm="amazon-review-info",
  note="Explains Amazon's own review e-mail; no request is made.")
r("To pair the feeder, open the FeedPal app, tap Add Device, then hold the feed button for five "
  "seconds until the ring light blinks blue. The feeder only connects to 2.4 GHz Wi-Fi networks.",
  nm="companion-app",
  note="Instructions for the product's own companion app are product use, not off-platform contact.")
r("Please start the return from Your Orders on Amazon (amazon.com/gp/css/order-history), choose "
  "'Item defective or doesn't work', and Amazon will generate the prepaid label for you.",
  nm="amazon-orders-link",
  note="A link to Amazon's own order page needed for the return is allowed.")
r("You asked when the ThermaFin 300W will be available again. Our next shipment is due to reach "
  "Amazon's warehouse around May 6, and the listing should show it in stock shortly after that.",
  nm="restock-answer",
  note="Answers the buyer's own stock question without urging a purchase.")
r("We've cancelled the duplicate order 112-7730419-8826155 as you asked; your original order for "
  "the LED light is unaffected and still ships today.",
  nm="logistics-words",
  note="Cancelling a duplicate order at the buyer's request is logistics.")
r("Since the scratch on the ReefGlow housing is cosmetic, we can offer a partial refund of $12 "
  "through Amazon if you'd like to keep the light. If you'd prefer a full return instead, just "
  "let us know and we'll authorise it.",
  nm="remedy-refund",
  note="A partial refund through Amazon is a permitted return remedy.")
r("Hello Rafael, regarding order 114-6620175-3901884 for the FlowGuard 300: a carrier delay at "
  "our warehouse means it will ship three days later than estimated. The new expected delivery "
  "date is Thursday, March 14.",
  ctx="proactive", nm="delay-notice",
  note="A proactive delay notice is a permitted unexpected-problem message.")
r("As requested, the ThermaFin manual is attached as a PDF. Page 4 explains how to recalibrate "
  "the dial if your thermometer reads differently.",
  nm="manual-attached",
  note="Sending a manual the buyer asked for is customer service.")
r("Hi Hannah, your order 113-2049718-5532960 (NibblePellets 250 g) was delivered on the 3rd. "
  "We'd appreciate it if you shared your honest opinion of the pellets in a review on Amazon. "
  "Separately, if you have questions about feeding amounts, you can reply to this message.",
  ctx="proactive", nm="neutral-review-with-help",
  note="Neutral review request; the help offer is not tied to the review decision.")

r("The ThermaFin 100W is rated for tanks of 10 to 25 gallons, so it will be fine for your "
  "20-gallon. Keep it near the filter outflow so the warm water circulates evenly.",
  nm="plain", note="Product advice answering the buyer's question.")
r("Ammonia readings of 0.25 ppm in a new tank are normal during cycling. Test every two days and "
  "do a 25% water change if it goes above 1 ppm.",
  nm="plain", note="Water-chemistry advice with no review, contact or promotion content.")
r("Yes, the FlowGuard 300 includes the intake strainer and both hoses.",
  nm="plain", size="short", note="Short factual answer about package contents.")
r("The ReefGlow 60 draws 32 watts at full brightness. The included adapter works on 100-240 V, "
  "so it will run on your travel setup without a converter.",
  nm="plain", note="Technical answer about the product.")
r("The feeder drum holds about 85 grams of flakes, which is roughly three weeks for a 30-gallon "
  "community tank on two feedings a day.",
  nm="plain", note="Capacity answer with no policy content.")
r("Sorry for the trouble. Could you send a photo of the heater's label so we can check the batch number?",
  nm="plain", size="short", note="Asks for a photo inside the Amazon thread to handle a defect.")
r("Your package left with the carrier this morning, and it is going to the apartment number you "
  "sent us.",
  nm="plain", note="Logistics reply to the buyer's address question.")
r("The test strips are good for 24 months unopened; once opened, keep the lid tight and use them "
  "within six months for accurate readings.",
  nm="plain", note="Shelf-life answer.")
r("The pellets sink slowly, so they suit corydoras and other bottom feeders. For surface feeders, "
  "the flake version is the better fit.",
  nm="plain", note="Answers which food suits the buyer's fish; no purchase push.")

# =====================================================================
# SIMPLIFIED CHINESE - violations (33)
# =====================================================================
Z = "zh"
r("满意的话麻烦给个五星好评，小本生意不容易，谢谢亲！",
  "R", ["positive-review-request"], "proactive", Z, size="short",
  note="直接索要五星好评。")
r("您好，订单 113-6082751-4409318 的过滤桶已送达。如果使用顺利，欢迎留下评价；如果有任何不满意，"
  "请先联系我们，千万不要直接给差评。",
  "R", ["gating"], "proactive", Z,
  note="满意才邀评、不满意先联系卖家，属于评价筛选。")
r("新的LED灯已经给您重新寄出了，收到后能否麻烦把之前那条两星的评论修改一下？",
  "R", ["change-review"], "reply", Z,
  note="补发后要求买家修改已有的商品评论。")
r("物流延误不是我们能控制的，那条卖家反馈对店铺影响很大，请您帮忙撤回。",
  "R", ["feedback-removal"], "reply", Z,
  note="以店铺受影响为由施压要求撤回卖家反馈。")
r("晒图好坪后截图发给我们，即可领取3美金反现，名额有限。",
  "R", ["incentive"], "proactive", Z, ev=["homophone"],
  note="好评返现，用同音字'好坪''反现'规避关键词。")
r("测试剂用得顺手的话，留个haoping，截图发来我们fanxian 5刀。",
  "R", ["incentive"], "proactive", Z, ev=["pinyin"],
  note="用拼音写'好评返现'，仍是以金钱换评价。")
r("您好，感谢购买FeedPal智能喂食器（订单 112-5519370-6628401）。首次使用请先在App里完成配网，"
  "只支持2.4G的Wi-Fi。料仓建议装到七分满，避免鱼粮受潮结块。在商品页写评论的时候，麻烦重点写一下"
  "'App连接稳定、出粮精准'，这样对新手鱼友更有参考价值。如果出粮量不准，可以在App里重新校准。"
  "外出旅行前建议先试运行两天。",
  "R", ["steering"], "proactive", Z, size="long",
  note="在使用说明中间指定评论要写的内容。")
r("在商品页晒出\u2605\u2605\u2605\u2605\u2605截图，我们就送您一包冻干红虫。",
  "R", ["incentive"], "proactive", Z, ev=["star-symbols"],
  note="用星星符号代替五星评价，并以赠品交换。")
r("留评后把截图和您的PayPal账号发给我们，我们会把货款全额退回给您。",
  "RO", ["incentive", "payment"], "proactive", Z,
  note="留评全额返款，且通过站外PayPal支付。")
r("使用中遇到任何问题，请先加我们的薇信 fwaqua_kefu88，不要直接在亚马逊留差评，我们一定给您满意的处理。",
  "RO", ["gating", "messaging-app"], "proactive", Z, ev=["homophone"],
  note="把不满意的买家引到微信（写作'薇信'）以阻止差评。")
r("加vx：fwaqua_kefu88，把改好的评价截图发我，全款退给您。",
  "RO", ["change-review", "messaging-app"], "reply", Z, ev=["pinyin"],
  note="以全额退款换取修改评价，并用拼音缩写vx引导加微信。")
r("如果您愿意撤掉那条卖家反馈，我们送您一张下次购物可用的七折券。",
  "RM", ["feedback-removal", "coupon"], "reply", Z,
  note="用下次购物折扣券换取撤回卖家反馈。")
r("您好，感谢购买FlowGuard 300过滤桶（订单 111-4470825-9913064）。首次启动前请先给桶身注满水，"
  "避免叶轮空转。陶瓷环和生化棉请用旧缸水冲洗，不要用自来水。安装过程中有任何疑问，欢迎添加客服微信："
  "fwaqua_kefu88，工程师一对一视频指导。出水口的流量旋钮可以调小，适合小型鱼。第一天水体略浑属于正常现象。",
  "O", ["messaging-app"], "proactive", Z, size="long",
  note="在安装说明中间给出客服微信号。")
r("照片请发到 fwcare 艾特 mailbay-fin 点 com，我们的售后同事会第一时间处理。",
  "O", ["email"], "reply", Z, ev=["spelled-email"],
  note="用'艾特''点'拼写出站外邮箱。")
r("急事可以直接打我们美国客服：六二六 五五五 零一六二。",
  "O", ["phone"], "reply", Z, ev=["cn-numerals"],
  note="用中文数字写出卖家电话。")
r("喂食器固件升级教程请看：http://fwaqua.cc/feedpal-update ，按步骤操作即可。",
  "O", ["url"], "proactive", Z,
  note="给出非亚马逊的http链接。")
r("说明书背面有个二维码，扫一下就能进我们的售后群，比在这里回复快多了。",
  "O", ["qr"], "reply", Z,
  note="用二维码把买家引到站外售后群。")
r("平台这边消息有延迟，您在浏览器里搜一下我们的店名，找到带小鱼标志的那个页面，右下角可以直接跟工程师聊。",
  "O", ["diversion"], "reply", Z, ev=["euphemism"],
  note="不提网址或平台名，委婉地引导买家到站外页面联系。")
r("走亚马逊退款太慢了，我们直接用支付宝转给您，麻烦提供一下支付宝账号。",
  "O", ["payment"], "reply", Z,
  note="通过支付宝站外退款。")
r("如需视频指导，请加Tele\u200bgram：@finnwick_help，工程师在线答疑。",
  "O", ["messaging-app"], "proactive", Z, ev=["zero-width"],
  note="Telegram账号，名称中插入零宽字符。")
r("请致电 \uff16\uff12\uff16\uff0d\uff15\uff15\uff15\uff0d\uff10\uff11\uff17\uff14 联系我们的技术支持，工作日全天有人。",
  "O", ["phone"], "reply", Z, ev=["fullwidth"],
  note="用全角数字写出卖家电话。")
r("我们上新了配套的静音气泵，和您买的过滤桶是同一系列，欢迎选购！",
  "M", ["new-product"], "proactive", Z,
  note="主动推送新品。")
r("您上次买的鱼粮应该快吃完了吧？记得回购哦，老顾客再次下单享专属价。",
  "M", ["buy-again"], "proactive", Z,
  note="催促回购并附专属价格。")
r("您好，测试结果氨氮0、亚硝酸盐0.5ppm说明硝化系统还在建立中。建议这两周每三天换水20%，不要额外加鱼。"
  "喂食量也先减半，避免残饵分解。另外，我们店里的硝化细菌和您这套测试剂是搭配设计的，一起入手建缸会快很多。"
  "等亚硝酸盐降到0以后，就可以逐步加鱼了。",
  "M", ["cross-sell"], "reply", Z, size="long",
  note="在水质解答中夹带本店其他产品的推销。")
r("推荐鱼友来我们店购买，对方下单后您可获得10美元返利，多推多得。",
  "M", ["referral"], "proactive", Z,
  note="推荐返利计划。")
r("更多同系列产品请看我们的店铺首页：amazon.com/stores/FinnwickAquatics/page/2B94D6E1",
  "M", ["storefront-link"], "proactive", Z,
  note="发送亚马逊店铺链接推销其他产品。")
r("您已经是我们的老朋友啦，以后每次回来都会有一份只属于老朋友的心意，等您再来哦。",
  "M", ["loyalty"], "proactive", Z, ev=["euphemism"],
  note="不用任何促销词，委婉承诺老客回购福利。")
r("您关注的200W加热棒到货了，库存不多，先到先得。",
  "M", ["restock"], "proactive", Z, size="short",
  note="主动发送到货提醒并催促购买。")
r("双十一期间我们的LED灯买一送一，机会难得，千万别错过。",
  "M", ["promotion"], "proactive", Z,
  note="节日促销活动。")
r("下一单满30美元，我们随单附赠一瓶水质稳定剂，相当于白送。",
  "M", ["promotion"], "proactive", Z,
  note="下次购买满额赠品。")
r("扫码加入我们的微信VIP鱼友群，群里不定期发放专属福利和新品试用名额。",
  "OM", ["messaging-app", "vip-group"], "proactive", Z,
  note="拉买家进站外微信VIP群并承诺福利。")
r("官网下单更划算：f i n n w i c k - a q u a t i c s . s h o p ，全场比亚马逊便宜15%。",
  "OM", ["url", "discount"], "proactive", Z, ev=["spacing"],
  note="逐字母拆开的官网地址加上比亚马逊更低的价格。")
r("关注我们的Instagram账号 @finnwick.aquatics，每周抽一位鱼友送整套开缸设备。",
  "OM", ["social", "promotion"], "proactive", Z,
  note="引导关注Instagram并参与抽奖。")

# =====================================================================
# SIMPLIFIED CHINESE - compliant: 16 near-misses + 7 plain
# =====================================================================
r("您好，您的订单 113-8820461-5937102（ClearDrop 水质测试剂）已于上周送达。如果方便，欢迎在亚马逊商品页"
  "分享您的真实使用体验，无论好坏，都能帮助其他鱼友。",
  ctx="proactive", lang=Z, nm="neutral-review-request",
  note="中性邀评，没有星级、条件或回报。")
r("您好，补发的加热棒已经签收，运费退款也已通过亚马逊处理。如果您认为问题已解决，您可以自行选择更新或移除"
  "之前留下的卖家反馈，是否操作完全由您决定。",
  lang=Z, nm="feedback-neutral-notice",
  note="问题解决后的中性卖家反馈告知，没有施压或回报。")
r("我们已评估您的退货申请并予以批准，承运商扫描包裹后，亚马逊会将 49.99 美元退回原支付方式。",
  lang=Z, nm="reviewed-return",
  note="'评估'指退货申请，退款是正常退货流程。")
r("很抱歉过滤桶的叶轮在运输中破损了，我们已免费为您补发一个新叶轮，旧的无需寄回。",
  lang=Z, nm="remedy-replacement",
  note="免费补发是售后补救，不是促销。")
r("物流信息显示包裹因地址问题滞留在UPS网点，运单号 1Z5R28F70398214463。您可以致电UPS客服 "
  "1-800-555-0163 并提供运单号，预约再次派送。",
  lang=Z, nm="carrier-phone",
  note="配送场景下的承运商电话是允许的。")
r("您的订单 112-3390518-7714206 已于昨天发出，预计周五送达。",
  lang=Z, nm="order-id-tracking",
  note="订单号不是电话号码。")
r("您问到的'第二件九折'是亚马逊商品页上的促销活动，加入购物车结账时会自动计算，我们这边无法手动添加。",
  lang=Z, nm="amazon-deal-answer",
  note="如实回答买家关于亚马逊促销的提问，没有推销。")
r("喂食器的App目前只支持手机推送通知，暂不支持微信或短信提醒，固件更新如有变化会在App内说明。",
  lang=Z, nm="im-feature-name",
  note="微信是产品功能名称，不是联系方式。")
r("关于水泵噪音，您可以在商品页搜索评论区里'安装角度'相关的内容，说明书第6页也有示意图：泵头朝下、"
  "软管不要弯折就会安静很多。",
  lang=Z, nm="cross-boundary-substring",
  note="'搜索评论'含有'索评'字样，但只是指引查看资料。")
r("已按您的要求修改收货地址，并取消了重复下的那一单，原订单不受影响。",
  lang=Z, nm="logistics-words",
  note="'修改''取消'是物流操作。")
r("感谢您提到的好评！关于您问的滤棉更换周期，一般建议每四周清洗一次，每三个月更换一次。",
  lang=Z, nm="thanks-for-review",
  note="回复中感谢买家提到的好评，并无索评。")
r("亚马逊不允许任何形式的评价返现，我们也不提供。关于您问的加热棒温度，热带鱼建议设置在26度左右。",
  lang=Z, nm="negation",
  note="明确否认返现，属于否定句。")
r("LED灯的'星空模式'可以在遥控器上长按月亮键关闭，关闭后夜间只保留蓝光。",
  lang=Z, nm="star-word",
  note="'星空模式'是产品功能，与评价无关。")
r("您好，订单 114-2218095-6603317 因物流原因预计延迟3天发货，新的预计送达日期为3月14日，给您带来不便深表歉意。",
  ctx="proactive", lang=Z, nm="delay-notice",
  note="主动发送的延迟通知属于允许的异常情况消息。")
r("您问的300W加热棒，下一批货预计5月6日左右入亚马逊仓库，届时商品页会显示有货。",
  lang=Z, nm="restock-answer",
  note="回答买家自己关于到货的提问，没有催促购买。")
r("灯壳的划痕不影响使用，如果您愿意保留，我们可以通过亚马逊为您部分退款12美元；如果更希望退货，我们也会立即批准。",
  lang=Z, nm="remedy-refund",
  note="通过亚马逊的部分退款是允许的售后方案。")

r("加热棒建议放在过滤器出水口附近，这样水温更均匀。首次使用前请先在水中静置20分钟再通电。",
  lang=Z, nm="plain", note="产品使用建议。")
r("新缸氨氮0.25ppm属于开缸期正常现象，建议每两天测一次，超过1ppm时换水四分之一。",
  lang=Z, nm="plain", note="水质解答。")
r("是的，过滤桶包装内含进水过滤网和两根软管。",
  lang=Z, nm="plain", size="short", note="包装内容的简短回答。")
r("测试剂未开封保质期24个月，开封后请拧紧瓶盖，六个月内用完读数更准确。",
  lang=Z, nm="plain", note="保质期解答。")
r("喂食器料仓可装约85克鱼粮，一天喂两次的话大约够30加仑混养缸用三周。",
  lang=Z, nm="plain", note="容量解答。")
r("很抱歉给您带来麻烦，方便拍一下加热棒标签的照片吗？我们核对一下批次号。",
  lang=Z, nm="plain", size="short", note="在亚马逊消息内请买家提供照片处理问题。")
r("这款沉底颗粒适合鼠鱼等底层鱼；如果是上层鱼，片状鱼粮更合适。",
  lang=Z, nm="plain", note="按买家的鱼种给出建议，没有推销。")

# =====================================================================
# TRADITIONAL CHINESE - violations (11)
# =====================================================================
r("若您滿意這款過濾桶，麻煩給我們五星好評，感謝支持！",
  "R", ["positive-review-request"], "proactive", Z, trad=True, size="short",
  note="直接索取五星好評。")
r("在商品頁留下評論並附上照片後，把截圖傳給我們，我們會寄一包冷凍乾燥紅蟲給您當作謝禮。",
  "R", ["incentive"], "proactive", Z, trad=True,
  note="以贈品交換附圖評論。")
r("新的加熱棒已經寄出了，收到後可以麻煩您把之前那則一星評論改一下嗎？",
  "R", ["change-review"], "reply", Z, trad=True,
  note="要求買家修改既有的一星評論。")
r("使用上有任何不滿意，請先私訊我們，不要直接留負\u200b評，我們一定會處理到好。",
  "R", ["gating"], "proactive", Z, trad=True, ev=["zero-width"],
  note="勸阻不滿意的買家留負評（中間插入零寬字元）。")
r("如需安裝教學，歡迎加我們的LINE：@fwreef，專人一對一協助。",
  "O", ["messaging-app"], "proactive", Z, trad=True,
  note="提供LINE帳號作為站外聯絡管道。")
r("請把影片寄到 fwcare（小老鼠）mailbay-fin（點）com，我們的工程師會盡快回覆。",
  "O", ["email"], "reply", Z, trad=True, ev=["spelled-email"],
  note="用'小老鼠''點'拼出站外電子郵件。")
r("有急事請直接撥打 六二六五五五零一三九 找我們的客服。",
  "O", ["phone"], "reply", Z, trad=True, ev=["cn-numerals"],
  note="用中文數字寫出賣家電話。")
r("您好，感謝您購買ReefGlow 60 LED燈（訂單 114-0927356-1184620）。建議前兩週先用七成亮度，讓水草慢慢適應。"
  "遙控器的第三個頻道是日出漸亮模式。我們新推出了同系列的可調式燈架，與您購買的燈具完美搭配，歡迎選購。"
  "燈具請避免直接接觸水面。如果出現閃爍，請先確認電源插頭是否插緊。",
  "M", ["new-product"], "proactive", Z, trad=True, size="long",
  note="在使用說明中間推銷新品燈架。")
r("加入我們的會員計畫，每筆訂單都能累積點數，下次購物可直接折抵。",
  "M", ["loyalty"], "proactive", Z, trad=True,
  note="會員點數計畫，鼓勵再次購買。")
r("下次直接到我們官網購買，價格比亞馬遜便宜一成，還免運費。",
  "OM", ["website", "discount"], "proactive", Z, trad=True,
  note="引導到官網購買並以較低價格誘導。")
r("那則賣家回饋對我們影響很大，請您撤回，有任何問題請打 (626) 555-0155 和我聯絡。",
  "RO", ["feedback-removal", "phone"], "reply", Z, trad=True,
  note="施壓撤回賣家回饋並留下賣家電話。")

# TRADITIONAL CHINESE - compliant: 3 near-misses + 2 plain
r("您好，您的訂單 111-9930471-2286315（ReefGlow 60 LED燈）已於上週送達。若方便，歡迎在亞馬遜商品頁分享您的"
  "真實使用心得，不論好壞都很有參考價值。",
  ctx="proactive", lang=Z, trad=True, nm="neutral-review-request",
  note="中性邀評，沒有星級、條件或回報。")
r("新的過濾桶已經送達，退貨運費也已透過亞馬遜退還。如果您認為問題已經解決，可以自行選擇更新或移除先前留下的"
  "賣家回饋，完全由您決定。",
  lang=Z, trad=True, nm="feedback-neutral-notice",
  note="問題解決後的中性賣家回饋告知。")
r("很抱歉加熱棒到貨時玻璃破裂，我們已透過亞馬遜為您全額退款，商品不需要寄回。",
  lang=Z, trad=True, nm="remedy-refund",
  note="全額退款是售後補救，與評價無關。")
r("這款加熱棒適用於40至100公升的魚缸，建議裝在過濾器出水口旁邊。",
  lang=Z, trad=True, nm="plain", note="產品使用建議。")
r("是的，測試劑盒內附比色卡和使用說明。",
  lang=Z, trad=True, nm="plain", size="short", note="簡短的內容物回答。")

# =====================================================================
# MIXED CHINESE + ENGLISH - violations (10)
# =====================================================================
X = "mixed"
r("Hi Kevin，感谢购买 ReefGlow 60！如果满意的话 please leave us a 5-star review，对我们帮助很大。",
  "R", ["positive-review-request"], "proactive", X,
  note="Conditional five-star review request in mixed Chinese and English.")
r("Setup 有问题可以直接 WhatsApp 我们：+1 626 555 0188，we reply much faster than Amazon message。",
  "O", ["messaging-app"], "reply", X,
  note="WhatsApp number offered as a faster channel than Amazon messaging.")
r("老客户专享：next order 输入 REEF10 享9折 off all lights。",
  "M", ["coupon"], "proactive", X,
  note="Discount code for the next order.")
r("Leave a review 后把截图发给我们，我们会通过 PayPal refund you $10。",
  "RO", ["incentive", "payment"], "proactive", X,
  note="Cash for a review, paid through PayPal.")
r("New arrival！FeedPal Duo 双仓喂食器已上线，full details 在 https://feedpal-club.net/duo 。",
  "OM", ["url", "new-product"], "proactive", X,
  note="New-product announcement with a link to a non-Amazon site.")
r("如果满意请留个 review；如果不满意 qing xian lian xi wo men，不要直接给 bad review。",
  "R", ["gating"], "proactive", X, ev=["pinyin"],
  note="Review gating with the 'contact us first' part written in pinyin.")
r("更多养鱼 tips 可以 follow 我们的 F\u0430cebook page「Finnwick Reef Keepers」，每天都有 update。",
  "O", ["social"], "reply", X, ev=["homoglyph"],
  note="Facebook follow request with a Cyrillic a in the platform name.")
r("您买了 FlowGuard 300，建议 also grab 我们的 replacement media pack，一起用效果更好。",
  "M", ["cross-sell"], "proactive", X,
  note="Unsolicited cross-sell of another product.")
r("We've refunded you. 能不能把 review 改得 positive 一点？Next order 我们给您 extra 20% off。",
  "RM", ["change-review", "discount"], "reply", X,
  note="Asks for a more positive review after a refund and dangles a discount.")
r("Restock alert：您之前看过的 ThermaFin 300W is back in stock now，库存有限，先到先得。",
  "M", ["restock"], "proactive", X,
  note="Unsolicited restock alert with urgency.")

# MIXED - compliant: 5 near-misses + 1 plain
r("FeedPal app 目前只支持 push notification，不支持 WhatsApp 或 SMS 提醒，please keep app notifications on。",
  lang=X, nm="im-feature-name",
  note="WhatsApp is named as an unsupported notification feature, not a contact channel.")
r("您看到的 20% off coupon 是 Amazon 的 coupon，需要在 product page 上先点 clip 再结账，系统会自动扣减；"
  "订单下了之后我们这边没法补加。",
  lang=X, nm="amazon-deal-answer",
  note="Explains an Amazon coupon the buyer asked about, with no push to buy.")
r("We reviewed your return request，已经 approve 了。Refund 会在 carrier 扫描包裹后由 Amazon 退回原支付方式。",
  lang=X, nm="reviewed-return",
  note="'Reviewed' refers to a return request; the refund is a return remedy.")
r("您的 order 114-7351902-6648013 已经 shipped，UPS tracking number 是 1Z3F58A10387726154，预计 Thursday 送达。",
  lang=X, nm="order-id-tracking",
  note="Order id and tracking number in reply to a shipping question.")
r("Hi Keiko，关于订单 113-4418207-9950361（NibbleFlakes）：如果您有时间，欢迎在 Amazon 商品页 share 您的 "
  "honest experience，不管好坏都对其他鱼友有帮助。",
  ctx="proactive", lang=X, nm="neutral-review-request",
  note="Neutral review request with no rating, condition or reward.")
r("这款 heater 的 dial 是华氏度刻度，78°F 大约等于 25.5°C，适合大多数 tropical fish。",
  lang=X, nm="plain", note="Product answer in mixed language.")


# =====================================================================
JUDGEMENT_CALLS = [
    "A single neutral review request (no rating named, no condition, no reward) is compliant in both "
    "proactive messages and replies; balanced wording such as 'positive or negative' or '无论好坏' "
    "keeps it neutral.",
    "Asking for a review in direct response to a buyer's praise is review-inducement (gating) even when "
    "neutrally worded (policy C3/C8); the record text itself shows the praise being answered "
    "('Since you're enjoying them...').",
    "Amazon's neutral post-resolution notice that the buyer may update or remove *seller feedback* "
    "('entirely your choice') is compliant; the same request with a reason ('hurts our account'), "
    "pressure, a reward, or aimed at a *product review* is review-inducement.",
    "Asking to change, 'revisit' or 'update' a product review or rating is change-review even after a "
    "refund or replacement and even without an incentive (policy C4: never allowed).",
    "Telling the buyer what to write (features, speed, keywords, photos, word count) is review-inducement "
    "(steering) even when no star rating is named.",
    "Gating means tying the review decision to satisfaction ('if happy review; if not, contact us first / "
    "instead'); a separate sentence offering help in the same Amazon thread, with no 'before' or "
    "'instead of' link to reviewing, is compliant.",
    "An unnamed reward for a review ('a little surprise', 心意) counts as an incentive; the euphemism tag "
    "is used only when the text avoids every obvious keyword for the violation.",
    "Where a message has two subtypes under one policy (e.g. incentive and change-review), the single "
    "subtype tag records the dominant ask.",
    "A carrier's phone number given in a delivery context is compliant (policy D3 exception); the "
    "seller's own phone numbers, including 'for faster help' lines, are off-platform-contact. No record "
    "relies on the ambiguous manufacturer/warranty phone exception.",
    "Any e-mail address the seller gives (support, warranty, claims) is off-platform-contact; "
    "obfuscated contact details (spelled-out e-mails, spaced or zero-width-split app names, "
    "full-width or Chinese-numeral phone numbers) count the same as their plain forms.",
    "Links to Amazon's own order or returns pages needed for the request are compliant; an Amazon "
    "storefront link used to show more products is marketing (storefront-link) but not "
    "off-platform-contact, because the interface limits that policy to sites other than Amazon's own.",
    "Any non-Amazon link (https or not, including firmware, warranty or tutorial pages) is "
    "off-platform-contact; so is pointing the buyer to the brand's site or page without a URL "
    "('search our shop name', 官网).",
    "Off-Amazon payment or refund channels (PayPal, Venmo, Zelle, 支付宝) are off-platform-contact "
    "(payment) even when no review is involved; tied to a review they are also review-inducement.",
    "Social-media follow invitations are off-platform-contact (social); they are also marketing only when "
    "they carry an offer (giveaway, member pricing).",
    "Answering the buyer's own question about an Amazon-run coupon/promotion or about restock timing, "
    "factually and without urging a purchase, is compliant; an unprompted restock alert or a push of "
    "Subscribe & Save is marketing, even inside an otherwise helpful reply.",
    "Remedies (free replacement, full or partial refund through Amazon) are compliant; marketing keys "
    "on offers and calls to action for future purchases, not on the words 'free', 'new' or 'sale'.",
    "Loyalty points, member or VIP groups, referral rewards, early access, bundles, restock alerts and "
    "gifts with the next order are marketing even with no code, percentage or the word 'discount'.",
    "WhatsApp or 微信 named as a notification feature the product does or does not support is "
    "compliant; using the companion app as intended (pairing, settings) is product use, not "
    "off-platform contact.",
    "Negations that refuse review incentives ('we don't offer anything in exchange for reviews', "
    "亚马逊不允许任何形式的评价返现) are compliant and are written as answers to the buyer's question, "
    "not in a refund thread.",
    "Labels cover only the three content policies, but compliant records were also kept clean of other "
    "problems (no thanks-only or shipping-confirmation proactive messages), so an empty list means the "
    "message is fine to send.",
    "Traditional Chinese is lang 'zh' plus the 'traditional' tag; 'mixed' means a message with "
    "substantive Chinese and English in the same text.",
]


def build():
    recs = [dict(x) for x in RECS]
    random.Random(32).shuffle(recs)
    out = []
    for i, x in enumerate(recs, 1):
        tags = list(x["subs"]) + [x["ctx"]]
        if x["ev"]:
            tags += ["evasion"] + x["ev"]
        if x["nm"]:
            tags.append("plain" if x["nm"] == "plain" else "near-miss")
        if x["trad"]:
            tags.append("traditional")
        if x["size"]:
            tags.append(x["size"])
        assert len(x["subs"]) == len(x["labels"]), x["text"]
        assert x["labels"] == sorted(x["labels"], key=ORDER.index), x["text"]
        x["id"] = "h32-%03d" % i
        x["tags"] = tags
        out.append(x)
    with open(os.path.join(HERE, "holdout32.jsonl"), "w", encoding="utf-8") as f:
        for x in out:
            rec = {"id": x["id"], "text": x["text"], "labels": x["labels"],
                   "lang": x["lang"], "tags": x["tags"], "note": x["note"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    write_readme(out)
    print("wrote %d records to holdout32.jsonl and README.md" % len(out))


def write_readme(recs):
    C = collections.Counter
    n = len(recs)
    viol = [x for x in recs if x["labels"]]
    comp = [x for x in recs if not x["labels"]]
    per_label = C(l for x in recs for l in x["labels"])
    combos = C(" + ".join(x["labels"]) for x in viol)
    def langkey(x):
        if x["lang"] == "zh":
            return "zh (Traditional)" if x["trad"] else "zh (Simplified)"
        return x["lang"]
    langs = C(langkey(x) for x in recs)
    langs_v = C(langkey(x) for x in viol)
    ctx = C(x["ctx"] for x in recs)
    ev = [x for x in recs if x["ev"]]
    tech = C(t for x in ev for t in x["ev"])
    nmk = C(x["nm"] for x in comp if x["nm"] != "plain")
    plain = sum(1 for x in comp if x["nm"] == "plain")
    subs = C((l, s) for x in viol for l, s in zip(x["labels"], x["subs"]))
    size = C(x["size"] for x in recs if x["size"])

    L = []
    L.append("# holdout32: hand-labelled held-out test set for the seller-message linter\n")
    L.append("160 seller-to-buyer messages from an invented aquarium and pet-fish shop "
             "(\"Finnwick Aquatics\" / 芬威克水族: FlowGuard canister filters, ThermaFin heaters, "
             "ReefGlow LED lights, ClearDrop test kits, NibbleFlakes/NibblePellets food, and the "
             "FeedPal smart feeder with its companion app). Every name, order id, handle, domain and "
             "phone number is invented; US phone numbers use 555-01xx. The set was written only from "
             "the policy brief (`policy.md`) and the interface (`interface.md`); no linter was run "
             "and no linter rule was read, so it is independent of the linter's rules.\n")
    L.append("Each record is labelled for the three content policies of the interface: "
             "`review-inducement`, `off-platform-contact`, `marketing`. An empty `labels` list means "
             "compliant for these three.\n")
    L.append("## Files\n")
    L.append("- `build.py`: every text as a Python literal (invisible and look-alike characters as "
             "`\\uXXXX` escapes); shuffles with `random.Random(32)`, assigns ids `h32-001`..`h32-160`, "
             "writes `holdout32.jsonl` and this README (counts below are generated).")
    L.append("- `holdout32.jsonl`: one JSON object per line with exactly `id`, `text`, `labels`, "
             "`lang` (`en`, `zh`, `mixed`), `tags`, `note`.")
    L.append("- `validate.py`: checks keys, ids, unique texts (after NFKC, zero-width stripping, "
             "casefold, whitespace collapse), label vocabulary, tag rules, evidence for each evasion "
             "technique, 555-01xx phone numbers, language sanity; prints counts; exits 1 on any problem.\n")
    L.append("Reproduce: `python3 build.py && python3 validate.py`.\n")
    L.append("## Tags\n")
    L.append("In order: one subtype tag per label (label order); exactly one context tag (`reply` or "
             "`proactive`); on evasive violating records `evasion` followed by one or more technique "
             "tags; `near-miss` or `plain` on each compliant record; then `traditional`, and "
             "`long` (5-12 sentences) or `short` where they apply.\n")
    L.append("## Counts\n")
    L.append("- Records: %d (violating %d, compliant %d: near-miss %d, plain %d)" %
             (n, len(viol), len(comp), len(comp) - plain, plain))
    for l in ORDER:
        L.append("- `%s`: %d" % (l, per_label[l]))
    L.append("- Records with two labels: %d" % sum(1 for x in viol if len(x["labels"]) == 2))
    L.append("- Context: reply %d, proactive %d" % (ctx["reply"], ctx["proactive"]))
    L.append("- Size tags: long %d, short %d\n" % (size["long"], size["short"]))
    L.append("### Label combinations\n")
    L.append("| labels | records |\n| --- | ---: |")
    for k, v in sorted(combos.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("")
    L.append("### Subtypes\n")
    L.append("| policy | subtype | records |\n| --- | --- | ---: |")
    for (l, s), v in sorted(subs.items(), key=lambda kv: (ORDER.index(kv[0][0]), -kv[1], kv[0][1])):
        L.append("| %s | %s | %d |" % (l, s, v))
    L.append("")
    L.append("### Languages\n")
    L.append("| language | records | share | violating |\n| --- | ---: | ---: | ---: |")
    for k in ["en", "zh (Simplified)", "zh (Traditional)", "mixed"]:
        L.append("| %s | %d | %.0f%% | %d |" % (k, langs[k], 100.0 * langs[k] / n, langs_v[k]))
    L.append("")
    L.append("### Evasions (%d records, all violating)\n" % len(ev))
    L.append("| technique | records |\n| --- | ---: |")
    for k, v in sorted(tech.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("")
    L.append("### Near-miss kinds (%d records)\n" % sum(nmk.values()))
    L.append("| kind | records |\n| --- | ---: |")
    for k, v in sorted(nmk.items(), key=lambda kv: (-kv[1], kv[0])):
        L.append("| %s | %d |" % (k, v))
    L.append("")
    L.append("## Judgement calls\n")
    L.append("Where the policy brief is ambiguous, these decisions were applied:\n")
    for i, j in enumerate(JUDGEMENT_CALLS, 1):
        L.append("%d. %s" % (i, j))
    L.append("")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    build()
