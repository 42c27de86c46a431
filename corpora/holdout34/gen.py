#!/usr/bin/env python3
"""Build holdout34.jsonl: a hand-labelled, held-out test set of seller-to-buyer
messages for the three content policies review-inducement, off-platform-contact
and marketing.

Every text below is a literal written by hand for an invented cycling-gear shop
("Ferrowind Cycling", 风铁骑行 / 風鐵騎行).  Invisible and look-alike characters
are written as \\uXXXX escapes.  Output order is shuffled with random.Random(34)
and ids h34-001..h34-160 are assigned after shuffling.

Usage: python3 build.py   (writes holdout34.jsonl next to this file)
"""
import collections
import json
import os
import random
import re

RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"
LABEL_ORDER = [RI, OFF, MKT]

RECORDS = []


def r(lang, labels, subs, ctx, text, note, ev=(), kind=None, nm=None):
    """lang: en | zh | zht (Traditional Chinese) | mixed.
    labels/subs: parallel lists (one subtype tag per label).
    ctx: reply | proactive.  ev: evasion technique tags (violations only).
    kind: near-miss | plain (compliant only).  nm: near-miss kind (README stats only)."""
    RECORDS.append(dict(lang=lang, labels=list(labels), subs=list(subs), ctx=ctx,
                        text=text, note=note, ev=list(ev), kind=kind, nm=nm))


# ---------------------------------------------------------------------------
# English violations (43)
# ---------------------------------------------------------------------------
r("en", [RI], ["incentive"], "proactive",
  "Hi Dana, your Stowaway saddle bag from order 112-4820917-3365012 should have reached you by now. Once you've had a few rides with it, we'd be thrilled if you told other shoppers what you think on the product page. Riders who do that usually find a little thank-you from us tucked into their next parcel.",
  "Promises a future gift to buyers who post their opinion on the product page, which is compensation for a review.",
  ev=["euphemism"])
r("en", [RI], ["positive-review-request"], "proactive",
  "Hello Marcus, thanks for choosing the Beam 800 front light (order 114-2290735-8841206). If it's lighting up your night rides the way we hope, a \u2605\u2605\u2605\u2605\u2605 on the listing would make the whole workshop's week.",
  "Asks for a full five-star rating, written as star symbols and conditioned on the buyer being happy.",
  ev=["star-symbols"])
r("en", [RI], ["gating"], "reply",
  "So happy to hear the Halo R2 fits perfectly and that your daughter loves the colour! Since it's working out so well, would you mind putting those same words on the Amazon page? It really helps a small shop like ours.",
  "Asks for a review precisely because the buyer has just expressed satisfaction, which the policy treats as gating.")
r("en", [RI], ["gating"], "proactive",
  "Hi Sam, this is Ferrowind Cycling about order 112-5073918-2648130, the Trek GPS computer. Amazon shows it was delivered on Monday, so we wanted to make sure the first setup goes smoothly. Charge it fully before the first ride, because the initial satellite lock uses more power than usual. If the ride went well, we'd love for you to let other riders know on Amazon; if something felt off, please come to us first so we can sort it out before anything gets posted. The mount accepts both the 31.8 mm and 35 mm bar clamps included in the box. Firmware updates are delivered through the Ferrowind Ride app when you pair it. Happy riding!",
  "Buried mid-message, happy buyers are sent to Amazon while unhappy ones are asked to come to the seller before anything is posted.")
r("en", [RI], ["feedback-removal"], "reply",
  "Thanks for your patience with the late parcel. Your comment on our seller profile about the delay is still showing, and the courier has since admitted the hold-up was on their side. It would mean a great deal to us if that comment quietly disappeared.",
  "Presses the buyer to remove the seller feedback they left.")
r("en", [RI], ["steering"], "proactive",
  "Hi Aaron, hope the Patchkit Pro from order 111-6038825-4417390 hasn't been needed too often! If you write about it on Amazon, it would be great if you mentioned how small it packs down and that it got you rolling again in under five minutes - those are exactly the things newer riders look for.",
  "Tells the buyer which points to put in the review, an attempt to influence its content.")
r("en", [RI, MKT], ["incentive", "coupon"], "proactive",
  "Share a few honest lines about your helmet on Amazon, reply here with a screenshot, and we'll send you a code worth 30% off whatever you pick up from us next.",
  "Offers a discount code on a future purchase in exchange for a posted review.")
r("en", [RI], ["positive-review-request"], "reply",
  "Glad the tracking update finally came through! If the computer earns it, a f1ve-st4r r3view would help us more than you know.",
  "Requests a five-star review with the key words disguised in leetspeak.",
  ev=["leetspeak"])
r("en", [RI], ["gating"], "proactive",
  "Loving your new lights? Tell Amazon. Not loving them? Tell us instead.",
  "Sends satisfied buyers to Amazon and diverts dissatisfied ones to the seller.")
r("en", [RI], ["change-review"], "proactive",
  "Hi Noor, we saw the 2-star r\u0435view you left after the clip on your tail light broke. A new clip went out today by priority post; once it's fitted, would you consider r\u0435visiting what you wrote?",
  "Asks the buyer to revisit an existing low review after a fix, with Cyrillic look-alike letters in the key words.",
  ev=["homoglyph"])
r("en", [RI, MKT], ["feedback-removal", "discount"], "reply",
  "We're sorry the parcel turned up a week late. Would you be open to withdrawing the comment you left on our seller profile? As a goodwill gesture we'd happily take 25% off your next order with us.",
  "Ties removal of seller feedback to a discount on the next order.")
r("en", [RI], ["incentive"], "reply",
  "Thanks for sending the photos of the mount. It looks like the clamp screw was not fully tightened at the factory, which is why the light tilts on bumps. We've shipped a new screw and a rubber shim, and they should arrive Wednesday. Tighten the screw until snug, not forced, or the plastic can crack. By the way, riders who take a minute to tell others how their gear is working out on Amazon go into our monthly draw for a free Beam 800. Sorry again for the trouble.",
  "A prize draw for buyers who post about their gear on Amazon is buried in a repair reply, an incentive for reviews.")
r("en", [RI], ["positive-review-request"], "proactive",
  "Hello Grace, we're preparing the custom name decal for your Halo R2 helmet, order 114-7720583-1046279. The proof reads 'GRACE' in white, 18 mm high, placed on the rear shell above the light slot. Please reply to confirm the spelling and size, or tell us what to change. Should the finished helmet make you smile, a glowing write-up on Amazon would mean the world to our two-person team. Once you confirm, the decal goes on within one working day and the helmet ships the day after.",
  "Inside a permitted design-proof message, asks for a glowing write-up, i.e. a positive review.")
r("en", [RI], ["gating"], "reply",
  "Thanks for the question about the rain cover. If anything about the saddle bag turns out less than perfect, please message us here before you say anything on the product page - we'd much rather fix it than read about it.",
  "Diverts potentially unhappy buyers to the seller before they post on the product page.")
r("en", [OFF], ["messaging-app"], "reply",
  "The pairing problem is much easier to sort on a quick video call. Ping us on WhatsApp at +1 (415) 555-0162 and our tech will walk you through it step by step.",
  "Moves the conversation to WhatsApp and gives a phone number for it.")
r("en", [OFF], ["email"], "reply",
  "Please send the photos of the cracked lens straight to our help desk: ride.support at ferrowind dot com, and we'll get a new one out to you.",
  "Gives an e-mail address spelled out with 'at' and 'dot'.",
  ev=["spelled-email"])
r("en", [OFF], ["url"], "reply",
  "Thanks for the detailed description of the problem. From what you describe, the Trek GPS is stuck on the satellite search screen because the first lock was interrupted. Take it outside with a clear view of the sky and leave it still for about ten minutes. If that doesn't work, a factory reset usually clears it: hold the power and lap buttons together for ten seconds. There's a full walkthrough video on our own site at https://ferrowind.com/setup/trek that shows each step. Your ride data is stored in the app, so nothing is lost by resetting. Let us know how it goes.",
  "Links to the seller's own website in the middle of otherwise normal troubleshooting steps.")
r("en", [OFF, MKT], ["social", "promotion"], "proactive",
  "Your lights should be with you now. Follow @ferrowind.rides on Instagram - we post night-ride routes every week and run the odd giveaway for followers.",
  "Invites the buyer to a social media account and promotes giveaways there.")
r("en", [OFF], ["qr"], "proactive",
  "Inside the box lid you'll find a printed square code. Point your phone camera at it to reach our rider support desk directly, without going through the order page.",
  "Directs the buyer to scan a QR code to reach support outside Amazon messaging.")
r("en", [OFF], ["payment"], "reply",
  "I'm sorry the saddle bag's zip split on the second ride. That shouldn't happen, and we'd like to make it right straight away. The Amazon return route works, but it can take a week or more before the money shows up. If it's easier, I can just send the $42 back through PayPal today - reply with the address you use there and it'll be done within the hour. You can keep the bag either way. Again, apologies for the hassle.",
  "Offers to refund outside Amazon through PayPal and asks for the buyer's PayPal address.")
r("en", [OFF, MKT], ["website", "discount"], "proactive",
  "Quick tip for next time: the same lights cost a bit less when bought straight from ferrowind.com, since we don't pay marketplace fees there.",
  "Steers future purchases to the seller's own website with the promise of a lower price.")
r("en", [OFF], ["diversion"], "reply",
  "For anything else with the helmet, it's honestly quicker if we talk outside this inbox. Reply with whatever way you'd like me to reach you and I'll get in touch directly.",
  "Invites the buyer to move the conversation off Amazon and share a private contact channel.",
  ev=["euphemism"])
r("en", [OFF], ["messaging-app"], "proactive",
  "Hi Priya, if the GPS refuses to sync after delivery, message our engineer on T e l e g r a m: @ferrowind_tech. He usually answers within the hour.",
  "Gives a Telegram handle with the app name spaced out letter by letter.",
  ev=["spacing"])
r("en", [OFF], ["email"], "proactive",
  "Your order 113-5098271-6023459 includes our two-year warranty. Claims are handled fastest by e-mail: \uFF57\uFF41\uFF52\uFF52\uFF41\uFF4E\uFF54\uFF59\uFF20\uFF46\uFF45\uFF52\uFF52\uFF4F\uFF57\uFF49\uFF4E\uFF44\uFF0E\uFF43\uFF4F\uFF4D.",
  "Gives an e-mail address written in full-width characters.",
  ev=["fullwidth"])
r("en", [OFF], ["phone"], "reply",
  "Sorry the lens fogged up. Text our night-shift tech on 6\u200b4\u200b6-555-01\u200b38 and he'll tell you how to dry it out.",
  "Gives the seller's phone number split up with zero-width characters.",
  ev=["zero-width"])
r("en", [OFF], ["social"], "reply",
  "Honestly, the quickest way to reach me is a private message on our Facebook page, Ferrowind Riders - I check it far more often than this inbox.",
  "Directs the buyer to contact the seller through Facebook.")
r("en", [RI, OFF], ["gating", "url"], "proactive",
  "Before you post anything on Amazon, tell us how your first week went at ferrowind.com/ride-report - riders who had a great time get a direct link to the listing, and anyone with a problem hears back from us the same day.",
  "Routes buyers through an off-Amazon form that forwards only the happy ones to the review page.")
r("en", [RI, OFF], ["change-review", "messaging-app"], "reply",
  "Sorry the helmet strap snapped. If you'd be willing to update what you posted about it, message me on Wh4tsApp at 917-555-0119 and I'll sort a full refund there.",
  "Asks for an edited review in exchange for a refund arranged over WhatsApp, with the app name in leetspeak.",
  ev=["leetspeak"])
r("en", [RI, OFF], ["gating", "email"], "proactive",
  "If the saddle bag has been anything less than great, email riders@ferrowind.com before you rate it so we can make things right.",
  "Asks unhappy buyers to e-mail the seller before rating and gives an e-mail address.")
r("en", [OFF], ["phone"], "reply",
  "Thanks for getting back to us so quickly. The size L Halo R2 is on its way as an exchange, and Amazon will email you a return label for the M. Please send the M back within 30 days with the inner pads attached. The new helmet should arrive by Thursday. Best regards, Jess | Ferrowind Cycling | 773-555-0109",
  "The signature block carries the seller's own phone number.")
r("en", [MKT], ["loyalty"], "proactive",
  "As one of our returning riders, you're now on our short list. Keep an eye on your messages each month for something we've set aside just for regulars like you.",
  "Announces a loyalty perk for returning customers, which is promotional messaging.")
r("en", [MKT], ["new-product"], "proactive",
  "Hi Oliver, about order 113-9928461-0357712: the Trek GPS you bought had a known issue with the elevation reading drifting on long climbs. A corrected firmware version is now out, and you can install it from the Device tab in the Ferrowind Ride app. Keep the unit on the charger during the update, which takes about six minutes. While you're in the app, you may notice an extra pairing slot - that's for our first rear radar, which lands next month and clips onto the same mount. Your ride history and settings will be kept after updating. If the update fails, reply here and we'll help.",
  "Announces an upcoming product in the middle of an otherwise legitimate firmware notice.")
r("en", [MKT], ["cross-sell"], "reply",
  "The light clamps to bars from 22 to 35 mm, so your handlebar is fine. Pro tip: our Stowaway top-tube bag pairs really nicely with it, and it's listed right alongside in our shop.",
  "Pushes another of the seller's products inside a reply.")
r("en", [MKT], ["buy-again"], "proactive",
  "Patch supplies running low? One tap on 'Buy it again' in Your Orders and a fresh Patchkit is on its way.",
  "Proactive nudge to buy the same product again.")
r("en", [MKT], ["storefront-link"], "proactive",
  "Thanks again for riding with us. Browse the rest of our range here: amazon.com/stores/Ferrowind/page/7C1D3E2A-44B0",
  "Sends an Amazon storefront link to promote the seller's other products.")
r("en", [MKT], ["referral"], "proactive",
  "Know someone who rides after dark? Send them our way, and once they've ordered, both of you get a little something on us.",
  "Offers a referral reward for sending friends to buy.")
r("en", [MKT], ["restock"], "proactive",
  "Good news - the matte black Halo R2 in size L is back on the shelf after selling out in spring. We thought you'd want first pick before it's gone again.",
  "Unsolicited restock announcement urging a purchase.")
r("en", [MKT], ["subscription"], "proactive",
  "The Patchkit refill pack can now arrive automatically every three months through Subscribe & Save, and each kit works out cheaper that way.",
  "Promotes a subscription with a lower per-kit price.")
r("en", [MKT], ["early-access"], "proactive",
  "You're invited to a private pr\u0435view of our winter light range before it goes public. Reply YES and we'll put you on the \u0435arly-acc\u0435ss list.",
  "Early-access invitation to an unreleased range, with Cyrillic look-alike letters.",
  ev=["homoglyph"])
r("en", [OFF, MKT], ["messaging-app", "vip-group"], "proactive",
  "We run a small riders' circle on Discord where members hear about markdowns before anyone else. Say the word and I'll send you an invite.",
  "Invites the buyer to an off-Amazon chat group that gets exclusive deals.")
r("en", [MKT], ["bundle"], "proactive",
  "Our winter commuter set - front light, tail light and a helmet rain cover boxed together - is only around until the end of the month, and it costs less than the three pieces on their own.",
  "Promotes a time-limited bundle.")
r("en", [MKT], ["discount"], "reply",
  "The spare mount went out this morning. By the way, the saddle bag you asked about last week has dropped in price since then - might be a good moment.",
  "Announces a price drop on another product to prompt a purchase.")
r("en", [MKT], ["promotion"], "proactive",
  "Your next order with us comes with a reflective ankle band thrown in - our small way of saying welcome back.",
  "Offers a gift with the next purchase.")

# ---------------------------------------------------------------------------
# English compliant (20 near-miss, 9 plain)
# ---------------------------------------------------------------------------
r("en", [], [], "reply",
  "Thank you for the lovely 5-star review you mentioned - it made our week. The spare mounting strap you asked about is in the post and should arrive Thursday.",
  "Thanks a buyer for a review they mentioned without soliciting anything, so it is not inducement.",
  kind="near-miss", nm="review-thanks")
r("en", [], [], "proactive",
  "Hi Tom, your Halo R2 helmet (order 113-6617240-9920471) was delivered last week. If you have a moment, we'd appreciate it if you shared your experience with it on Amazon - positive or negative, it helps other riders choose.",
  "A single neutral review request with balanced wording and no condition or reward.",
  kind="near-miss", nm="neutral-review-request")
r("en", [], [], "reply",
  "We're glad the replacement charger arrived and works. If you are satisfied that we have resolved your concerns, it is possible to update or remove the seller feedback you originally provided; that is entirely your choice.",
  "Uses Amazon's own neutral post-resolution feedback notice, with no pressure or reward.",
  kind="near-miss", nm="feedback-neutral-notice")
r("en", [], [], "reply",
  "I've removed the duplicate order and changed the delivery address to the one in your message, so you don't need to update anything on your side.",
  "The remove/change/update verbs refer to order logistics, not to a review.",
  kind="near-miss", nm="logistics-verbs")
r("en", [], [], "reply",
  "Yes, the Halo R2 passed the CPSC standard and earned five stars in the Ridgeway Impact Lab's independent rating; the test sheet is in the box with the manual.",
  "The five stars are a product safety-test result, not a request for a rating.",
  kind="near-miss", nm="product-fact-stars")
r("en", [], [], "reply",
  "The Trek GPS shows incoming WhatsApp, Telegram and SMS notifications once you enable them in the Ferrowind Ride app under Settings > Alerts.",
  "Messaging apps are named as product features, not as contact channels.",
  kind="near-miss", nm="feature-im-names")
r("en", [], [], "reply",
  "The courier's tracking shows a missed delivery attempt. You can reschedule with the carrier directly at 1-800-555-0134 using tracking number 1Z8F4W203155667710.",
  "A shipping carrier's number in a delivery context falls under the policy's exception.",
  kind="near-miss", nm="carrier-phone")
r("en", [], [], "reply",
  "Your order 111-3049572-6618804 contains two items: the Beam 800 (ASIN B0C7FW8R2K) and the USB-C cable. The cable shipped separately under TBA304918827001.",
  "Order id, ASIN and tracking number are digit strings that are not phone numbers.",
  kind="near-miss", nm="numbers-not-phones")
r("en", [], [], "reply",
  "The 10% coupon you saw is an Amazon promotion clipped on the product page; Amazon applies it at checkout, so we can't add it to an order that's already been placed.",
  "Factually answers the buyer's own question about an Amazon coupon without offering anything.",
  kind="near-miss", nm="coupon-explanation")
r("en", [], [], "reply",
  "We're sorry the lens arrived cracked. A replacement light has been sent free of charge, and you don't need to return the damaged one.",
  "A free replacement is a remedy, not a promotion or a review incentive.",
  kind="near-miss", nm="free-remedy")
r("en", [], [], "reply",
  "You asked when the Halo R2 in red, size M, will be available again. Our next delivery to Amazon's warehouse is expected around 14 May, and the listing will show it as soon as it's received.",
  "Answers the buyer's own availability question with a date, with no urging or offer.",
  kind="near-miss", nm="restock-answer")
r("en", [], [], "reply",
  "Any standard out-front mount with a two-prong action-camera interface will fit the Beam 800; you don't need a particular brand.",
  "Answers a compatibility question without pointing to any of the seller's products.",
  kind="near-miss", nm="compatibility-answer")
r("en", [], [], "proactive",
  "Hello Ana, regarding order 114-5501822-0037164: a firmware fix for the altitude drift you reported is now available. Open the Ferrowind Ride app, go to Device > Update, and keep the unit on the charger while it installs.",
  "A follow-up on a reported defect; 'new' firmware is a fix, not a product launch.",
  kind="near-miss", nm="firmware-fix")
r("en", [], [], "reply",
  "Please start the return from Your Orders on Amazon (amazon.com/gp/css/order-history), choose the helmet, and select 'Item defective'; the prepaid label is generated there.",
  "Links only to Amazon's own order page to complete a return.",
  kind="near-miss", nm="amazon-order-link")
r("en", [], [], "reply",
  "Your package is at the local depot and will be out for delivery at 9 am tomorrow. Amazon may also email you later asking for a review of the light; that message is sent automatically by Amazon, not by us.",
  "Informs the buyer about Amazon's automatic review e-mail; 'at' and 'email' are ordinary words here.",
  kind="near-miss", nm="amazon-auto-email")
r("en", [], [], "reply",
  "We can't send refunds through PayPal or any other outside service. The $38.99 refund has been issued through Amazon to your original payment method and should show within 3-5 business days.",
  "Mentions PayPal only to decline an off-Amazon refund; the refund goes through Amazon.",
  kind="near-miss", nm="payment-negation")
r("en", [], [], "reply",
  "The listing briefly showed $9.99 because of a pricing error on our side. You keep the price you paid and nothing further will be charged.",
  "Explains a price error; no offer or discount is being promoted.",
  kind="near-miss", nm="price-error")
r("en", [], [], "reply",
  "The QR code on the Trek GPS start screen is only for pairing it with the Ferrowind Ride app; scanning it doesn't open any website.",
  "The QR code is a product pairing feature, not a contact channel.",
  kind="near-miss", nm="qr-feature")
r("en", [], [], "reply",
  "Orders placed during the Prime Day rush are taking an extra day or two to leave Amazon's warehouse. Yours is now marked as shipped and due on Friday.",
  "Names a sale event only to explain a delivery delay.",
  kind="near-miss", nm="sale-event-word")
r("en", [], [], "proactive",
  "Order 112-7740381-5529013: we hope the Patchkit Pro is doing its job. You're welcome to share your experience on the product page. Separately, if any part turns out to be missing from the kit, just reply here and we'll send it.",
  "A neutral review request plus an unconditional offer of help inside Amazon, with no 'before/instead of reviewing' diversion.",
  kind="near-miss", nm="review-plus-help")
r("en", [], [], "reply",
  "The Beam 800 takes about three hours to charge fully from a standard USB port; the indicator turns green when it's done.",
  "Plain product-use answer.", kind="plain")
r("en", [], [], "proactive",
  "Hello Chris, about order 113-0982716-4457320: the carrier has told us your saddle bag will arrive two days later than estimated, now by Tuesday. We apologize for the wait.",
  "Plain proactive delay notice.", kind="plain")
r("en", [], [], "reply",
  "The size M Halo R2 fits head circumferences of 54 to 58 cm. If yours is 58.5 cm, the L will be more comfortable.",
  "Plain sizing answer.", kind="plain")
r("en", [], [], "proactive",
  "For order 114-3308192-7715046, please confirm the initials for your custom helmet decal: you entered KAL. Should they be printed in capitals as shown?",
  "Plain customization check.", kind="plain")
r("en", [], [], "reply",
  "Of course. Since the bag is unused, you can send it back within 30 days through Your Orders, and the money returns to your card automatically once Amazon receives it.",
  "Plain return instructions.", kind="plain")
r("en", [], [], "reply",
  "The Trek GPS battery is covered for two years from delivery. If it stops holding a charge in that time, reply on this thread with your order number. We'll ask for a short video of the charging screen so we can see the fault. Once we've seen it, a replacement unit ships within two working days. You won't need to send the old one back until the new one arrives.",
  "Plain warranty explanation handled inside Amazon messaging.", kind="plain")
r("en", [], [], "proactive",
  "Hi Leah, for order 111-5290384-6620197 the carrier needs a buzzer code or gate number to deliver to your building. Could you reply with it here?",
  "Plain request for information needed to deliver.", kind="plain")
r("en", [], [], "reply",
  "As requested, the VAT invoice for your repair kit order is attached to this message.",
  "Plain invoice reply.", kind="plain")
r("en", [], [], "reply",
  "To reset the GPS computer, hold the power and lap buttons together for ten seconds until the screen goes blank, then release them.",
  "Plain reset instructions.", kind="plain")

# ---------------------------------------------------------------------------
# Simplified Chinese violations (34)
# ---------------------------------------------------------------------------
r("zh", [RI], ["incentive"], "proactive",
  "您好，订单113-8842017-6639205的尾灯应该已经送到了。骑上几次之后，如果愿意在商品页面聊聊您的真实感受，回个消息告诉我们一声，我们会给您准备一份小惊喜。",
  "Promises a 'small surprise' to buyers who post their impressions on the product page, a veiled review incentive.",
  ev=["euphemism"])
r("zh", [RI], ["positive-review-request"], "proactive",
  "亲，头盔戴着还满意吗？满意的话麻烦给个好坪，五颗心那种，对我们小店真的太重要了！",
  "Asks for a top rating using the homophone 好坪 for 好评.",
  ev=["homophone"])
r("zh", [RI], ["gating"], "reply",
  "太开心听到您喜欢这款码表！既然用着这么顺手，能不能把刚才这段话也写到亚马逊的商品页上？",
  "Asks for a review because the buyer just praised the product, which is gating.")
r("zh", [RI], ["gating"], "proactive",
  "您好！您订购的 Halo R2 头盔（订单 112-9930471-5582016）已经签收，感谢您选择风铁骑行。首次佩戴前，请按照说明书调整后脑的旋钮，直到头盔不会前后晃动。帽檐可以拆卸，夜骑时建议贴上随附的反光贴。收到货后如有任何不满意，请第一时间回复本消息，我们一定处理到您满意为止，千万别急着在商品页留下负面的话；一切顺利的话，再欢迎您去分享体验。头盔内衬可以拆洗，请用温水手洗。祝您骑行愉快！",
  "Buried mid-message, unhappy buyers are told not to post and to come to the seller, while happy ones are invited to share.")
r("zh", [RI], ["change-review"], "reply",
  "新的表带已经给您寄出了，估计后天到。问题解决以后，麻烦您回头把商品页上那条两星的留言改一改，谢谢理解。",
  "Asks the buyer to change a two-star product review after the fix.")
r("zh", [RI], ["feedback-removal"], "reply",
  "您在店铺反馈里提到发货慢，我们已经把运费补偿给您了。那条反馈对我们店铺的影响很大，能否帮忙撤掉？",
  "Asks the buyer to withdraw seller feedback, citing harm to the shop.")
r("zh", [RI], ["steering"], "proactive",
  "您好，订单 112-0483916-7729405 的前灯应该已经装上车了吧。如果方便写使用体验，希望能提一下亮度够用、充电快这两点，再配一张装在车把上的照片就更好了。",
  "Tells the buyer what to say and show in the review.")
r("zh", [RI], ["incentive"], "proactive",
  "晒图加文字分享到商品页，截图发给我们即可领取 fanxian 五美元，名额有限哦。",
  "Offers cash back for a posted review, with 返现 written in pinyin.",
  ev=["pinyin"])
r("zh", [RI], ["positive-review-request"], "reply",
  "很高兴问题解决了！如果觉得我们的服务还行，麻烦顺手点亮\u2606\u2606\u2606\u2606\u2606，感激不尽。",
  "Asks the buyer to light up all five stars, a request for a top rating written as star symbols.",
  ev=["star-symbols"])
r("zh", [RI], ["change-review"], "proactive",
  "王先生您好，上次车灯的问题已经全额处理好了。之前您在商品页写下的那几句话，现在看来可能已经不太符合实际情况，方便的时候能否重新编辑一下？",
  "Asks the buyer to re-edit what they wrote on the product page after a refund.")
r("zh", [RI, OFF], ["incentive", "payment"], "reply",
  "关于您问的退款：留完评价后把截图发过来，我们直接通过支付宝把货款全额转给您，比走亚马逊快。",
  "Refund conditional on a review, paid through Alipay outside Amazon.")
r("zh", [RI, OFF], ["gating", "messaging-app"], "proactive",
  "如果收到的头盔有任何问题，请先加我们的薇信 \uFF46\uFF45\uFF52\uFF52\uFF4F\uFF57\uFF49\uFF4E\uFF44\uFF3F\uFF4B\uFF46 沟通，先别急着在亚马逊上打分。",
  "Diverts unhappy buyers to a WeChat account (homophone 薇信, full-width id) before they rate.",
  ev=["homophone", "fullwidth"])
r("zh", [RI, MKT], ["incentive", "coupon"], "proactive",
  "写完使用心得后回复本消息，我们送您一张全店八折券，下次买头灯、尾灯都能用。",
  "Offers a store-wide coupon in exchange for a written review.")
r("zh", [OFF], ["messaging-app"], "reply",
  "码表连不上手机的话，加我们技术的 Line：ferrowind.tw，视频里一步一步教您。",
  "Gives a LINE handle for support outside Amazon.")
r("zh", [OFF], ["email"], "reply",
  "请把破损照片发到我们的售后邮箱 help@ferrowind.com，我们当天就处理。",
  "Gives the seller's e-mail address.")
r("zh", [OFF], ["phone"], "proactive",
  "收货后如需安装指导，可以直接致电我们的美国客服：三一二 五五五 零一四七。",
  "Gives the seller's phone number written in Chinese numerals.",
  ev=["cn-numerals"])
r("zh", [OFF], ["url"], "reply",
  "您好，收到您关于码表无法显示海拔的问题。这通常是因为首次使用时气压计还没有校准。请在已知海拔的地方打开设置，手动输入当前海拔。说明书电子版和安装视频都放在我们网站 ferrowind.com/zh/manual 上，比纸质版详细得多。校准之后，海拔读数一般就会恢复正常。如果还是不行，请回复本消息。",
  "Links to the seller's website in the middle of a troubleshooting reply.")
r("zh", [OFF], ["social"], "proactive",
  "想看更多夜骑路线和装车实拍，可以在抖音搜“风铁骑行”关注我们。",
  "Invites the buyer to follow the seller on Douyin.")
r("zh", [OFF], ["qr"], "reply",
  "包装盒侧面印着一个二维码，扫一下就能直接找到我们的售后技术，不用在这里排队等回复。",
  "Directs the buyer to a QR code that leads to off-Amazon support.")
r("zh", [OFF], ["payment"], "reply",
  "退货流程太慢了，您把 zhifubao 账号发我一下，我直接把差价转给您。",
  "Asks for the buyer's Alipay account (written in pinyin) to pay outside Amazon.",
  ev=["pinyin"])
r("zh", [OFF], ["diversion"], "reply",
  "以后有什么需要，可以直接找我本人私下沟通，不用再走这个平台，价格和售后都更灵活。",
  "Invites the buyer to deal privately outside Amazon.",
  ev=["euphemism"])
r("zh", [OFF], ["messaging-app"], "proactive",
  "安装遇到困难的话，可以 加/微/信 fw_ride88，工程师全天在线答疑。",
  "Gives a WeChat id with the app name split by slashes.",
  ev=["spacing"])
r("zh", [OFF, MKT], ["website", "discount"], "proactive",
  "下次可以直接在我们自己的网站 ferrowind.com 下单，不经过平台抽成，同款车灯能便宜两成左右。",
  "Steers future purchases to the seller's own website with a lower price.")
r("zh", [OFF, MKT], ["messaging-app", "vip-group"], "proactive",
  "我们建了一个车友福利群，群里不定期发专属价和新品试用，回复“进群”我就把微信群二维码发给您。",
  "Invites the buyer to a WeChat perks group with exclusive prices.")
r("zh", [OFF, MKT], ["social", "promotion"], "proactive",
  "关注我们的小\u200b红\u200b书账号“风铁骑行日记”，每个月抽三位车友送头盔。",
  "Invites the buyer to a Xiaohongshu account (name split by zero-width spaces) with a giveaway.",
  ev=["zero-width"])
r("zh", [MKT], ["bundle"], "proactive",
  "前灯和尾灯现在可以打包一起带走，套装价比分开买省不少，需要的话在店里就能找到。",
  "Promotes a bundle price.")
r("zh", [MKT], ["new-product"], "proactive",
  "您好，这里是风铁骑行，关于您的订单 111-6402918-8837205。由于承运商在中转站积压，您的前灯预计会比原定时间晚两天送达。我们已经联系承运商加急处理，新的预计送达日期是本周五。另外，我们的智能刹车尾灯下个月上架，和您的码表用同一个App就能控制，到时候可以留意一下。如果周五之后仍未收到，请直接回复本消息，我们会立即为您补发。给您带来的不便，我们深表歉意。",
  "Announces an upcoming product in the middle of a legitimate delay notice.")
r("zh", [MKT], ["cross-sell"], "reply",
  "座包的安装方法见附图。顺便提一句，配套的上管包我们店里也有，两个一起用收纳空间翻倍。",
  "Pushes a companion product inside an installation reply.")
r("zh", [MKT], ["buy-again"], "proactive",
  "补胎片用完了记得回来补货哦，在“我的订单”里点一下“再次购买”就行。",
  "Proactive nudge to buy the same product again.")
r("zh", [MKT], ["loyalty"], "proactive",
  "感谢您第三次光顾！老顾客累计满三单，之后每一单我们都会悄悄多放一份心意。",
  "Announces a loyalty perk for repeat customers.")
r("zh", [MKT], ["referral"], "proactive",
  "把我们的店推荐给身边的骑友，对方下单后你们俩都能拿到一份小福利。",
  "Offers a referral reward.")
r("zh", [MKT], ["restock"], "proactive",
  "您之前问过的哑光黑头盔L码到货了，这批数量不多，喜欢的话可以早点下手。",
  "Unsolicited restock alert with urgency.")
r("zh", [MKT], ["early-access"], "proactive",
  "下周我们的秋冬新灯会先对老客开放 youxian goumai，比正式上架早三天，回复1即可预约。",
  "Offers early access to a new range, with 优先购买 written in pinyin.",
  ev=["pinyin"])
r("zh", [MKT], ["storefront-link"], "proactive",
  "更多骑行装备，请逛逛我们的亚马逊店铺：amazon.com/stores/Ferrowind/page/5B8E0A91-2C3F",
  "Sends an Amazon storefront link to promote other products.")

# ---------------------------------------------------------------------------
# Simplified Chinese compliant (15 near-miss, 7 plain)
# ---------------------------------------------------------------------------
r("zh", [], [], "reply",
  "谢谢您特意告诉我们给了五星，我们很受鼓舞。您问的灯座螺丝是M5×10的，附件包里有两颗备用。",
  "Thanks the buyer for a rating they mentioned; nothing is requested.",
  kind="near-miss", nm="review-thanks")
r("zh", [], [], "reply",
  "我们检索评测数据后确认，这款前灯在雨天骑行测试中表现稳定，您可以放心使用。",
  "检索评测 contains 索评 only across a word boundary; no review is solicited.",
  kind="near-miss", nm="cross-boundary-substring")
r("zh", [], [], "reply",
  "您提到在搜索评论时看到有人说座包漏水，那是旧款拉链的问题，今年三月以后出厂的都已经改进了。",
  "搜索评论 contains 索评 across a word boundary; the reply only answers a product question.",
  kind="near-miss", nm="cross-boundary-substring")
r("zh", [], [], "reply",
  "已按您的要求取消了重复下的那一单，收货地址也修改成您新发的那个了。",
  "取消/修改 refer to order logistics, not to a review.",
  kind="near-miss", nm="logistics-verbs")
r("zh", [], [], "reply",
  "码表支持微信和短信的来电提醒，需要在手机App里打开通知权限才会显示。",
  "WeChat is named as a notification feature, not as a contact channel.",
  kind="near-miss", nm="feature-im-names")
r("zh", [], [], "reply",
  "快递显示派送失败，您可以拨打承运商电话 1-800-555-0172，报运单号 1Z9A3E470392188461 重新预约派送。",
  "A carrier's phone number in a delivery context falls under the policy's exception.",
  kind="near-miss", nm="carrier-phone")
r("zh", [], [], "reply",
  "非常抱歉灯罩碎了，我们已经免费为您补发一个新的，旧的不用寄回。",
  "A free replacement is a remedy, not a promotion.",
  kind="near-miss", nm="free-remedy")
r("zh", [], [], "proactive",
  "您好，订单 113-7150294-3361807 的补胎工具包已送达。如您愿意，欢迎在商品页面分享真实的使用体验，好评差评都是对其他骑友的帮助。",
  "A neutral review request that welcomes both good and bad reviews.",
  kind="near-miss", nm="neutral-review-request")
r("zh", [], [], "reply",
  "商品页之前显示的9.99美元是标价错误，您已付的价格不变，我们不会追加任何费用。",
  "Explains a price error; nothing is promoted.",
  kind="near-miss", nm="price-error")
r("zh", [], [], "reply",
  "这款尾灯免工具安装，新版支架是免螺丝设计，直接卡在座杆上就行。",
  "免 and 新版 are product-spec words, not an offer.",
  kind="near-miss", nm="spec-words")
r("zh", [], [], "proactive",
  "您好，关于订单 112-6650183-2249071：针对您反馈的里程不准问题，新固件已经发布。请打开 Ferrowind Ride App，在“设备-升级”里更新即可。",
  "A fix for a reported defect; the new firmware is not a product launch.",
  kind="near-miss", nm="firmware-fix")
r("zh", [], [], "reply",
  "您问的红色M码头盔，预计5月中旬补货到亚马逊仓库，到时候商品页面会直接显示有货。",
  "Answers the buyer's own availability question factually.",
  kind="near-miss", nm="restock-answer")
r("zh", [], [], "reply",
  "码表开机画面上的二维码是用来和App配对的，用手机App扫一下就能绑定，不会跳转到任何网站。",
  "The QR code is a pairing feature, not a contact channel.",
  kind="near-miss", nm="qr-feature")
r("zh", [], [], "reply",
  "很高兴新的充电器已经正常使用。如果您认为问题已经解决，您可以自行选择更新或移除之前留下的卖家反馈，完全由您决定。",
  "Amazon's neutral post-resolution feedback notice, without pressure or reward.",
  kind="near-miss", nm="feedback-neutral-notice")
r("zh", [], [], "reply",
  "我们无法通过支付宝或PayPal等站外方式退款，39.99美元已经通过亚马逊原路退回到您的付款方式。",
  "Names Alipay and PayPal only to decline them; the refund goes through Amazon.",
  kind="near-miss", nm="payment-negation")
r("zh", [], [], "reply",
  "头盔内衬可以拆洗，用温水手洗后自然晾干即可。",
  "Plain care instructions.", kind="plain")
r("zh", [], [], "proactive",
  "您好，订单 114-2098371-5506128 因承运商原因预计延迟两天送达，给您带来不便非常抱歉。",
  "Plain proactive delay notice.", kind="plain")
r("zh", [], [], "reply",
  "座包没有使用过的话，30天内都可以在亚马逊的订单页面申请退货，仓库收到后款项会原路退回。",
  "Plain return instructions.", kind="plain")
r("zh", [], [], "proactive",
  "您好，订单 111-8830274-1195063 的定制头盔贴纸，您填写的文字是“追风”，请确认字体用默认的黑体可以吗？",
  "Plain customization check.", kind="plain")
r("zh", [], [], "reply",
  "码表重置方法：同时按住电源键和计圈键十秒，屏幕熄灭后松开即可。",
  "Plain reset instructions.", kind="plain")
r("zh", [], [], "reply",
  "尾灯有三种模式：常亮、慢闪和快闪，短按开关就能切换。",
  "Plain product-use answer.", kind="plain")
r("zh", [], [], "proactive",
  "您好，订单 113-5521908-4470362 的承运商需要您楼栋的门禁密码才能送货上门，方便在这里回复一下吗？",
  "Plain request for delivery information.", kind="plain")

# ---------------------------------------------------------------------------
# Traditional Chinese (10 violations, 5 near-miss, 1 plain)
# ---------------------------------------------------------------------------
r("zht", [RI], ["positive-review-request"], "proactive",
  "您好，單車尾燈用得還順手嗎？如果覺得不錯，懇請您在商品頁給我們一個滿分的肯定，這對小店意義重大。",
  "Asks satisfied buyers for a full-marks rating.")
r("zht", [RI], ["incentive"], "reply",
  "感謝您耐心等候！只要在商品頁分享使用心得，再把截圖回傳給我們，就送您一組替換電池當作回饋。",
  "Offers free spare batteries in exchange for a posted review.")
r("zht", [RI], ["change-review"], "proactive",
  "陳小姐您好，我們是風鐵騎行。上次您反映安全帽扣具鬆脫，新的扣具組已經在週一送達，希望現在戴起來安心許多。安裝時把扣具卡進側邊的凹槽，聽到喀一聲就代表固定好了。想麻煩您有空時，把商品頁上那則一星的留言調整一下，讓內容符合現在的狀況。如果新扣具還有任何鬆動，請直接回覆這則訊息。再次為造成的不便致歉。",
  "Buried mid-message, asks the buyer to adjust a one-star review after the fix.")
r("zht", [RI, OFF], ["gating", "messaging-app"], "proactive",
  "如果車燈有任何不滿意，請先加我們的\uFF2C\uFF29\uFF2E\uFF25：\uFF46\uFF45\uFF52\uFF52\uFF4F\uFF57\uFF49\uFF4E\uFF44\uFF54\uFF57，別急著在亞馬遜留下負面的話，我們一定處理到好。",
  "Diverts unhappy buyers to a LINE account (full-width letters) instead of posting on Amazon.",
  ev=["fullwidth"])
r("zht", [OFF], ["phone"], "proactive",
  "碼錶配對若有問題，歡迎直接撥打我們的服務專線：六四六－五五五－零一二九。",
  "Gives the seller's phone number in Chinese numerals.",
  ev=["cn-numerals"])
r("zht", [OFF], ["url"], "reply",
  "安裝影片放在我們的網站 ferrowind.tw/video，比說明書清楚很多，您可以先看看。",
  "Links to the seller's own website.")
r("zht", [OFF, MKT], ["social", "promotion"], "proactive",
  "追蹤我們的IG帳號 @ferrowind.tw，每週五都有車友專屬的限時好康。",
  "Invites the buyer to follow an Instagram account for weekly limited-time deals.")
r("zht", [MKT], ["subscription"], "proactive",
  "感謝您再次選購！補胎工具包現在有定期配送方案，每三個月自動寄出一組，長期訂閱的車友每組都更划算。",
  "Promotes a subscription plan with a lower price per kit.")
r("zht", [MKT], ["new-product"], "reply",
  "關於頭燈的防水等級，是IPX6，一般大雨騎乘沒有問題。另外跟您分享，我們下個月會推出第二代頭燈，亮度再提升三成，到時候歡迎來看看。",
  "Announces an upcoming product inside a reply to a spec question.")
r("zht", [MKT], ["promotion"], "proactive",
  "雙十一前夕，店內全系列車燈與安全帽都有不小的折讓，錯過就要等明年了。",
  "Announces a seasonal store-wide price cut, worded to avoid the usual discount words.",
  ev=["euphemism"])
r("zht", [], [], "reply",
  "感謝您的好評！您詢問的備用扣具已經寄出，預計週四送達。",
  "Thanks the buyer for a review they mentioned; nothing is requested.",
  kind="near-miss", nm="review-thanks")
r("zht", [], [], "reply",
  "已依照您的要求刪除重複的訂單，並修改了收件地址，您不需要再做任何操作。",
  "刪除/修改 refer to order logistics, not to a review.",
  kind="near-miss", nm="logistics-verbs")
r("zht", [], [], "reply",
  "這款碼錶支援LINE訊息通知，在App的「通知」頁面開啟後，騎車時就能在螢幕上看到。",
  "LINE is named as a notification feature, not as a contact channel.",
  kind="near-miss", nm="feature-im-names")
r("zht", [], [], "proactive",
  "您好，訂單 112-3350927-8184406 的座包已送達一週。若您願意，歡迎在商品頁分享真實的使用體驗，不論好壞都能幫助其他車友。",
  "A neutral review request that welcomes good and bad experiences alike.",
  kind="near-miss", nm="neutral-review-request")
r("zht", [], [], "reply",
  "您的包裹追蹤號碼是 1Z6W0F350344721903，訂單編號 114-9021837-5564012，目前在轉運中心，預計三天內送達。",
  "Tracking and order numbers are not phone numbers.",
  kind="near-miss", nm="numbers-not-phones")
r("zht", [], [], "reply",
  "碼錶的電池續航約二十小時，開啟背光會縮短到十五小時左右。",
  "Plain battery-life answer.", kind="plain")

# ---------------------------------------------------------------------------
# Mixed Chinese + English (9 violations, 5 near-miss, 2 plain)
# ---------------------------------------------------------------------------
r("mixed", [RI, MKT], ["incentive", "coupon"], "proactive",
  "亲，review 写好后截图回复我们，下次下单给您一个 20% off 的 code，全店通用。",
  "Offers a store-wide discount code in exchange for a review.")
r("mixed", [RI, OFF], ["gating", "email"], "reply",
  "如果 GPS 码表有任何 issue，请先 email 我们：service 艾特 ferrowind 点 com，不要直接留 negative review。",
  "Tells unhappy buyers to e-mail the seller (address spelled out) instead of leaving a negative review.",
  ev=["spelled-email"])
r("mixed", [RI], ["positive-review-request"], "reply",
  "问题解决啦！如果 happy 的话，帮忙留个 5 st@r 吧，thanks a lot!",
  "Asks a happy buyer for a five-star rating, with 'star' in leetspeak.",
  ev=["leetspeak"])
r("mixed", [RI], ["steering"], "proactive",
  "写 review 的时候可以提一下 waterproof 和 easy install 吗？最好再加一张骑行时的照片。",
  "Tells the buyer which features to mention and to add a photo.")
r("mixed", [OFF], ["messaging-app"], "reply",
  "安装 video 文件太大传不上来，加我 WeChat：ferrowind_kf，我直接发给您。",
  "Gives a WeChat id to continue off Amazon.")
r("mixed", [OFF], ["payment"], "reply",
  "退款走 Amazon 要等好几天，给我您的 PayPal email，我今天就 send 给您。",
  "Offers a PayPal refund outside Amazon and asks for the buyer's PayPal e-mail.")
r("mixed", [MKT], ["cross-sell"], "proactive",
  "Hi Lisa，您的 Stowaway saddle bag 订单 113-2206948-7731045 已经 delivered。安装的时候，先把魔术贴绕过座杆，再把两个 buckle 扣在座垫导轨上。如果座杆比较短，可以只用后面那个 buckle。顺便提一下，我们的 frame bag 和它是同一套 design，搭配起来更好看，店里搜 Ferrowind 就能找到。有任何安装问题直接回复这条消息就行。",
  "Cross-sells a matching frame bag in the middle of fitting instructions.")
r("mixed", [MKT], ["early-access"], "proactive",
  "Black Friday 之前我们会给老客户开一个 early bird 通道，新款尾灯可以提前下单，reply 'VIP' 就帮您登记。",
  "Offers returning customers early access to a new tail light.")
r("mixed", [MKT], ["discount"], "proactive",
  "您上次问过的那款 helmet 降价了，现在 price 比您问的时候低了 15 刀，要不要 consider 一下？",
  "Unsolicited price-drop notice to prompt a purchase.")
r("mixed", [], [], "reply",
  "您的 order 113-4408217-9903561 已经 shipped，tracking number 是 TBA309184455002，预计 Friday 送到。",
  "Order and tracking numbers in a shipping reply are not phone numbers.",
  kind="near-miss", nm="numbers-not-phones")
r("mixed", [], [], "reply",
  "您说的那个 coupon 是 Amazon 平台自己的 promotion，checkout 时系统会自动减，我们这边没办法手动加。",
  "Explains an Amazon coupon the buyer asked about; nothing is offered.",
  kind="near-miss", nm="coupon-explanation")
r("mixed", [], [], "reply",
  "不好意思让您久等了，replacement 已经免费寄出，旧的 light 不需要 return。",
  "A free replacement is a remedy, not a promotion.",
  kind="near-miss", nm="free-remedy")
r("mixed", [], [], "proactive",
  "Hi，订单 111-2209384-7716620 的头盔已经送达一周。如果方便，欢迎在 Amazon 商品页分享您的 honest experience，好的坏的都可以。",
  "A neutral review request with balanced wording.",
  kind="near-miss", nm="neutral-review-request")
r("mixed", [], [], "reply",
  "码表的 app 叫 Ferrowind Ride，在手机的 App Store 或 Google Play 搜名字就能下载，然后用 Bluetooth 配对。",
  "Names the companion app and public app stores needed to use the product; no link or handle.",
  kind="near-miss", nm="app-name")
r("mixed", [], [], "reply",
  "您的头围是 60 cm，选 size L 刚好，L 的 range 是 58 到 62 cm，戴起来会很 comfortable。",
  "Plain sizing answer.", kind="plain")
r("mixed", [], [], "reply",
  "前灯 full charge 大约三小时，high mode 可以用两个半小时左右，low mode 可以撑八小时。",
  "Plain battery answer.", kind="plain")


# ---------------------------------------------------------------------------
SENT_RE = re.compile(r"[。！？]+|[.!?]+(?=\s|$|[\"'”’）)])")


def sentence_count(text):
    return len([s for s in SENT_RE.split(text) if s.strip(" \t\n\"'“”‘’)（）-")])


def width(text):
    """Display width: CJK characters count 2, everything else 1."""
    return sum(2 if "\u3400" <= c <= "\u9fff" or "\uff00" <= c <= "\uffef" else 1 for c in text)


def length_tag(text):
    """long: 5-12 sentences; short: at most 2 sentences and width <= 80."""
    n = sentence_count(text)
    if n >= 5:
        return "long"
    if n <= 2 and width(text) <= 80:
        return "short"
    return None


def make(rec):
    tags = list(rec["subs"]) + [rec["ctx"]]
    if rec["ev"]:
        tags += ["evasion"] + rec["ev"]
    if rec["kind"]:
        tags.append(rec["kind"])
    lang = rec["lang"]
    if lang == "zht":
        lang = "zh"
        tags.append("traditional")
    lt = length_tag(rec["text"])
    if lt:
        tags.append(lt)
    labels = sorted(rec["labels"], key=LABEL_ORDER.index)
    assert labels == rec["labels"], rec["text"][:40]
    return {"text": rec["text"], "labels": labels, "lang": lang, "tags": tags, "note": rec["note"]}


def main():
    rng = random.Random(34)
    recs = list(RECORDS)
    rng.shuffle(recs)
    out = []
    for i, rec in enumerate(recs, 1):
        obj = {"id": "h34-%03d" % i}
        obj.update(make(rec))
        out.append(obj)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout34.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    nm = collections.Counter(r_["nm"] for r_ in RECORDS if r_["kind"] == "near-miss")
    print("wrote %d records to %s" % (len(out), path))
    print("near-miss kinds:", dict(sorted(nm.items(), key=lambda kv: (-kv[1], kv[0]))))


if __name__ == "__main__":
    main()
