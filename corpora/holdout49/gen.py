#!/usr/bin/env python3
"""Source of truth for holdout49.jsonl (hand-labelled held-out test set, 160 messages).

Invented shop: LANQUILL (Chinese name 岚羽数码 / 嵐羽數碼), an Amazon seller of phone cases,
chargers and cables.  Every text below is a Python literal.  Characters that are hard to see
or easy to confuse (zero-width, full-width letters and digits, Cyrillic look-alikes, emoji,
star symbols, the full-width tilde, the middle dot) are written as \\uXXXX / \\UXXXXXXXX escapes.

Record: {"id", "text", "labels", "lang", "tags", "note"}; see README.md for the tag grammar.
The records are shuffled with random.Random(49) and numbered h49-001 ... h49-160.

Usage: python3 gen.py   (writes holdout49.jsonl next to this file)
"""
import json
import os
import random

RI = "review-inducement"
OP = "off-platform-contact"
MK = "marketing"

RECORDS = []


def add(text, labels, lang, tags, note):
    RECORDS.append({"text": text, "labels": labels, "lang": lang, "tags": tags, "note": note})


# ======================================================================================
# ENGLISH: violations (27)
# ======================================================================================

add("Dear friend,\n"
    "Thank you for choose LANQUILL ShellGuard case for your iPhone 15. We are small family "
    "seller and every review is very important for us. If you leave a review and send the "
    "screenshot to us, we will refund $8 to your PayPal as our little gift. Pls kindly reply "
    "your PayPal account.\n"
    "Best regards,\nCindy / LANQUILL Service Team",
    [RI, OP], "en", ["violation", "incentive", "payment", "proactive", "machine-translated"],
    "Money for a review screenshot, paid through PayPal outside Amazon.")

add("Hello dear customer, your PebbleCharge 35W charger was delivered 6 days ago (order "
    "113-2947710-8813305). If it works well for you, please kindly give us 5 stars on Amazon, "
    "it means a lot to our small team. Thank you so much!",
    [RI], "en", ["violation", "positive-rating", "gating", "proactive", "non-native"],
    "Asks for five stars, and only from buyers for whom the charger works well.")

add("Hi Mateo,\n"
    "We hope the KnotFlex cable is charging fast for you. If you are happy with it, please share "
    "your experience on the product page. If something is not perfect, please do not leave a "
    "review yet - just reply to this message and we will give you best solution within 24 hours.\n"
    "Order: 112-7730194-4405128\nLANQUILL Support",
    [RI], "en", ["violation", "gating", "proactive", "non-native"],
    "Review gating: happy buyers are sent to the product page, unhappy ones are told not to review.")

add("Dear Ms. Okafor,\n"
    "We are very sorry the MagDisk wireless charger stopped working after two weeks. The full "
    "refund of $29.99 was issued today to your original payment method. Since the problem is "
    "solved now, could you kindly update your 1-star review on the product page? Thank you for "
    "your understanding.",
    [RI], "en", ["violation", "change-review", "reply"],
    "Asks the buyer to update a product review after a refund, which is banned even after resolution.")

add("Hello friend, we saw your review about the clear case turning yellow. We can give you full "
    "refund right now, no need to return the item. Only one small request: pls kindly delete the "
    "review after you receive the money. Thanks and have a nice day.",
    [RI], "en", ["violation", "change-review", "incentive", "reply", "non-native"],
    "A refund offered in exchange for deleting a product review.")

add("Hi there! Thanks again for your order 114-0092836-5517740. When you write your review, could "
    "you please mention that the 65W charger is small like a matchbox and charges a MacBook fast? "
    "A photo with the charger next to your laptop would also help other buyers a lot.",
    [RI], "en", ["violation", "steering", "proactive", "non-native"],
    "Tells the buyer what to say in the review and what photo to add.")

add("Dear customer, very sorry the magnetic ring bring you trouble. Use video can solve it more faster. "
    "Pls add our WhatsApp +1 (626) 555-0142 and send us a short video, our engineer will check it "
    "today.",
    [OP], "en", ["violation", "whatsapp", "phone", "reply", "machine-translated"],
    "Moves the support conversation to WhatsApp and gives a phone number.")

add("Hello Priya, for the invoice with your VAT number please write to our finance team at "
    "billing@lanquill.com, they will send the PDF in 1-2 working days. Sorry that we cannot do "
    "it here.",
    [OP], "en", ["violation", "email", "reply"],
    "An invoice is a permitted topic, but sending the buyer to an e-mail address is off-platform contact.")

add("Hi friend, thanks for supporting LANQUILL! Next time you can buy directly from our official "
    "store lanquill.com - prices are 15% lower than Amazon and shipping is free. Use code DIRECT15 "
    "at checkout.",
    [OP, MK], "en", ["violation", "own-shop", "url", "coupon", "discount", "proactive"],
    "Diverts the next sale to the seller's own website and adds a discount code.")

add("Dear valued customer,\n"
    "As a thank-you for your recent order, here is a coupon code KNOT20 for 20% off any KnotFlex "
    "cable on Amazon. Valid until the end of this month. Enjoy!",
    [MK], "en", ["violation", "coupon", "proactive"],
    "Unsolicited coupon code for a future purchase.")

add("Hello from LANQUILL! We hope your ShellGuard case arrived safely. We just launched the "
    "ShellGuard Aurora - a color-changing case with a built-in kickstand, and it fits your iPhone "
    "16 Pro perfectly. Search 'LANQUILL Aurora' on Amazon to see it!",
    [MK], "en", ["violation", "new-arrival", "proactive"],
    "Announces a new product and tells the buyer to go and look for it.")

add("Hi James, yes, the KnotFlex 2 m cable supports 100W PD, so it will charge your laptop. By the "
    "way we have a bundle now: 65W charger + 2 m cable together for only $32.99, you save $9. You "
    "can find it in our Amazon store.",
    [MK], "en", ["violation", "bundle", "cross-sell", "reply"],
    "A correct answer followed by an unrequested bundle offer.")

add("Dear friend, it has been 3 months since you bought our USB-C cable. Cables are easy to lose "
    "\U0001f60a time to buy again? Just click 'Buy it again' in Your Orders and your next one ships "
    "in 1 day.",
    [MK], "en", ["violation", "buy-again", "proactive", "non-native", "has-emoji"],
    "A proactive 'buy again' push; pointing at Amazon's own button does not make it order-related.")

add("Hi Daniel, thank you for your order 111-8820461-3379251. See all our chargers and cases here: "
    "https://www.amazon.com/stores/LANQUILL/page/7F2C1A90 - new items every month!",
    [MK], "en", ["violation", "storefront", "new-arrival", "proactive"],
    "Links the buyer to the seller's Amazon storefront to shop for more items.")

add("Hello! We run a phone-case giveaway every Friday on our Instagram @lanquill.official - follow "
    "to join, 3 Amazon buyers win each week!",
    [OP, MK], "en", ["violation", "social", "promotion", "proactive"],
    "Sends the buyer to a social account and advertises a giveaway.")

add("> The clear case is great, no yellowing at all after a month. Thanks!\n"
    "\n"
    "Hi Grace, we are so happy to hear that! Would you mind to share the same words in a review on "
    "Amazon? It helps our small shop a lot.",
    [RI], "en", ["violation", "ask-after-praise", "reply", "quoted-buyer", "non-native"],
    "Asks for a review only because the buyer just expressed satisfaction (gating in a reply).")

add("Dear buyer, we have a small surprise for you: write an honest review of the MagDisk charger and "
    "we will send you a free KnotFlex cable (worth $12.99). Just reply with your reviewer name.",
    [RI], "en", ["violation", "incentive", "proactive"],
    "A free product in exchange for a review; 'honest' does not remove the incentive.")

add("Hi! Every month we choose 5 reviewers to win a free PebbleCharge 65W. Leave your review for "
    "order 113-6618402-9904713 before the 30th to join the draw. Good luck!",
    [RI], "en", ["violation", "incentive", "proactive"],
    "A prize draw entered by writing a review is compensation for a review.")

add("Hello Mr. Lindqvist,\n"
    "The negative seller feedback you left is make our account health very bad and our shop "
    "maybe will be closed. We already sent you a replacement. Please kindly remove the feedback, we beg "
    "you.",
    [RI], "en", ["violation", "feedback-removal", "reply", "machine-translated"],
    "Pressures the buyer to remove seller feedback by citing account health.")

add("Dear customer, for any question about your charger please message our support desk on "
    "Telegram @lanquill_help or call 213-555-0178 (Mon-Fri 9am-6pm PST). We answer faster there "
    "than on Amazon.",
    [OP], "en", ["violation", "telegram", "phone", "proactive"],
    "Gives a Telegram handle and a phone number as the support channel.")

add("Thanks for shopping with LANQUILL! Share the code FRIEND-LQ5 with a friend: they get $5 off "
    "their first charger and you get a free cable when they order.",
    [MK], "en", ["violation", "referral", "coupon", "proactive"],
    "A refer-a-friend scheme with a discount code.")

add("Hi, Prime Big Deal Days is coming! All LANQUILL chargers will be 30% off on Amazon on Oct 8 "
    "and Oct 9. Add them to your cart now so you don't miss the deal.",
    [MK], "en", ["violation", "promotion", "proactive"],
    "A sale announcement with a call to action.")

add("Dear friend, after you post your review, pls send us the screenshot and we will give you a "
    "40% off code for your next order of any LANQUILL product.",
    [RI, MK], "en", ["violation", "incentive", "coupon", "proactive", "non-native"],
    "A discount code given for a review: incentive, and the coupon itself is marketing.")

add("Hi Omar, thank you for letting us know the charger gets warm. This is normal under 65W load, "
    "but we want you to be 100% happy. So please, if anything bothers you, come to us first instead "
    "of rating it low - we can send a new one or refund you.",
    [RI], "en", ["violation", "gating", "reply"],
    "Diverts an unhappy buyer away from a negative review, even though the remedy itself is fine.")

add("Hi Ruth,\n"
    "Your parcel is with the carrier, tracking TBA318840271000, and it should arrive on Monday.\n"
    "\n"
    "Kind regards,\n"
    "Elena | LANQUILL Customer Care | care@lanquill.com | www.lanquill.com",
    [OP], "en", ["violation", "email", "url", "reply", "signature"],
    "A fine tracking reply whose signature block carries an e-mail address and the shop's website.")

add("Hi, the 3-pack of cables you asked about is sold out on Amazon, but you can still order it "
    "here: lqn.to/3pk-cable (same price, we ship from our US warehouse).",
    [OP], "en", ["violation", "url", "own-shop", "reply"],
    "A short link that moves the purchase off Amazon.")

add("Dear friend, join our LANQUILL VIP Club group on Facebook (search 'LANQUILL VIP Club') to get "
    "early access to new cases and members-only coupons every week.",
    [OP, MK], "en", ["violation", "social", "vip-group", "coupon", "proactive", "non-native"],
    "Invites the buyer into a social-media group for deals.")

# ======================================================================================
# ENGLISH: evasions (13)
# ======================================================================================

add("Dear friend,\n"
    "Sorry the case cracked so soon. Our after-sale team works faster on W h a t s A p p, the "
    "number is +1 626 555 0142. Pls send photos there and we will give you best solution, new case "
    "or money back.\nThank you!",
    [OP], "en", ["evasion", "whatsapp", "phone", "reply", "spacing", "non-native"],
    "WhatsApp written with spaces between the letters, plus a phone number.")

add("Hello, if the charger problem still happen, pls text our manager Kevin directly: two one three "
    "- five five five - zero one six nine. He can solve it faster than this system.",
    [OP], "en", ["evasion", "phone", "reply", "number-words", "non-native"],
    "A phone number (213-555-0169) spelled out in English words.")

add("Hi Zoe, Amazon message sometimes blocks pictures, so pls send the video to our mailbox: care at "
    "lanquill dot com. Our engineer will check it in 24h.",
    [OP], "en", ["evasion", "email", "reply", "spelled-address", "non-native"],
    "An e-mail address written as 'at ... dot com' to avoid the @ sign.")

add("Dear customer, sorry for the trouble. For faster after-sales service pls add our "
    "\uff37\uff48\uff41\uff54\uff53\uff21\uff50\uff50 "
    "\uff0b\uff11 \uff16\uff12\uff16 \uff15\uff15\uff15 \uff10\uff11\uff14\uff12, we are online "
    "7x24.",
    [OP], "en", ["evasion", "whatsapp", "phone", "reply", "fullwidth", "non-native"],
    "WhatsApp and its phone number written in full-width characters.")

add("Hi Ethan, glad the new cable arrived! If it charges well for you, a "
    "fi\u200bve-st\u200bar re\u200bview would help our little shop so much.",
    [RI], "en", ["evasion", "positive-rating", "gating", "reply", "zero-width"],
    "A conditional five-star request with zero-width spaces inside the key words.")

add("Dear friend, pls leave a positive r\u0435vi\u0435w for the MagDisk charger, then send us the "
    "screenshot. We will refund the full price to your \u0420ay\u0420al within 1 day.",
    [RI, OP], "en", ["evasion", "positive-rating", "incentive", "payment", "proactive", "homoglyph",
                     "non-native"],
    "Cyrillic look-alike letters in 'review' and 'PayPal'; a paid positive review refunded off Amazon.")

add("Hello from LANQUILL! If you like the ShellGuard case, pls give us "
    "\u2b50\u2b50\u2b50\u2b50\u2b50 and a little \U0001f381 will fly to your door \U0001f609",
    [RI], "en", ["evasion", "positive-rating", "incentive", "gating", "proactive", "emoji",
                 "non-native"],
    "Emoji stand in for 'five stars' and 'gift': a conditional five-star request with a reward.")

add("Dear customer, post a g00d r.e.v.i.e.w for the 65W charger and show us, we return 1OO% of the "
    "payment. Limited to 20 buyers only.",
    [RI], "en", ["evasion", "positive-rating", "incentive", "proactive", "leetspeak", "spacing",
                 "non-native"],
    "Digits for letters and dotted letters hide a full refund for a good review.")

add("Hi, thank you for order 114-0092836-5517740. The same cases are 20% cheaper on our own website: "
    "lanquill [dot] com (type it in your browser). Free shipping to all US states.",
    [OP, MK], "en", ["evasion", "own-shop", "url", "discount", "proactive", "spelled-address"],
    "The shop's domain is broken up with [dot]; it diverts a sale with a lower price.")

add("Dear friend, our small store is fighting to survive. When you have one minute, could you light "
    "up all five \u2b50 under the charger listing? It means the world for us \U0001f64f",
    [RI], "en", ["evasion", "positive-rating", "proactive", "emoji", "euphemism", "non-native"],
    "'Light up all five stars' with a star emoji is a five-star rating request.")

add("Hi Hannah, this system is slow to send video. \U0001f4f1 + \U0001f4ac us: two-one-three, "
    "five-five-five, zero-one-seven-eight, our tech will call you back today.",
    [OP], "en", ["evasion", "phone", "reply", "emoji", "number-words"],
    "Emoji for 'call and text' and a phone number spelled in words.")

add("Thanks for buying the KnotFlex cable! Next time in our Amazon store type L-Q-2-5 at checkout and "
    "the price will magically drop by a quarter.",
    [MK], "en", ["evasion", "coupon", "proactive", "spacing", "euphemism"],
    "A hyphen-split coupon code and a discount described without the word 'discount'.")

add("Dear customer, our invoice system cannot upload here. Pls write to "
    "\uff43\uff41\uff52\uff45\uff20\uff4c\uff41\uff4e\uff51\uff55\uff49\uff4c\uff4c\uff0e\uff43\uff4f"
    "\uff4d and our finance colleague will send it back.",
    [OP], "en", ["evasion", "email", "reply", "fullwidth", "non-native"],
    "An e-mail address in full-width characters.")

# ======================================================================================
# ENGLISH: near-misses (23)
# ======================================================================================

add("Hi Sophie, thank you for contacting us. Your order 112-3358017-0746692 left the Amazon warehouse "
    "yesterday. Tracking number TBA304917725000 shows delivery on Thursday. If it does not arrive by "
    "Friday evening, please reply here and we will arrange a replacement or a refund for you.",
    [], "en", ["near-miss", "reply", "order-number", "tracking", "refund", "replacement"],
    "A delivery-status reply; the order id and tracking number are not phone numbers.")

add("Dear Mr. Haddad, we have reviewed the photos you sent. The crack on the corner is a manufacturing "
    "defect, not your fault. We will send a new ShellGuard case free of charge today; you do not need "
    "to return the old one.",
    [], "en", ["near-miss", "reply", "review-as-check", "replacement", "free-word"],
    "'Reviewed' means inspected, and the free case is a remedy, not a reward.")

add("> If I give you 5 stars can you send me a free charger?\n"
    "\n"
    "Hi Leo, thanks for asking, but we are not allowed to offer anything in exchange for a review, and "
    "we cannot ask for any particular rating. Whether you write a review at all is completely up to "
    "you. If the charger ever has a problem, we are here to help.",
    [], "en", ["near-miss", "reply", "negation", "quoted-buyer"],
    "Declines the buyer's proposed trade; the trigger words are in the quote and in a refusal.")

add("Hello Anika,\n"
    "Order 114-5521093-1187064: we hope your KnotFlex cable arrived in good shape. If you have a "
    "moment, a review on Amazon describing how the cable works for you would be useful to other "
    "shoppers, whatever your opinion is - positive or negative, your honest feedback counts.\n"
    "LANQUILL Customer Service",
    [], "en", ["near-miss", "proactive", "neutral-review-request", "order-number"],
    "A single neutral review request with no condition, reward or steering.")

add("To return the charger, please go to Your Orders on Amazon, choose order 111-5038271-6620419 and "
    "click 'Return or replace items'. Amazon will give you a prepaid label, and the refund goes back "
    "automatically after the return is scanned.",
    [], "en", ["near-miss", "reply", "amazon-page", "order-number", "refund"],
    "Return instructions through Amazon's own pages.")

add("You can print the invoice yourself: open https://www.amazon.com/gp/css/order-history, find the "
    "order and click 'Invoice'. If the company name is missing, tell us here and we will attach a "
    "corrected PDF to this thread.",
    [], "en", ["near-miss", "reply", "amazon-link", "invoice"],
    "A link to Amazon's order-history page, needed for the buyer's invoice request.")

add("Yes, the ShellGuard Wallet case uses a thin card pocket without any metal, so NFC payments like "
    "Apple Pay, Google Pay and WeChat Pay still work through the case. Only take the card out if the "
    "terminal reads the card instead of the phone.",
    [], "en", ["near-miss", "reply", "product-feature"],
    "'WeChat Pay' is a payment method the case supports, not a contact channel.")

add("The MagDisk stand holds the phone in landscape too, so you can keep a WhatsApp or FaceTime video "
    "call going while it charges. The coil covers both positions.",
    [], "en", ["near-miss", "reply", "product-feature"],
    "WhatsApp is named as something the buyer can do with the product, not as a way to reach the seller.")

add("> Can you just email the invoice to me? my address is in my profile\n"
    "> or call me at 555-0191\n"
    "\n"
    "Hi Marco, for your privacy we keep everything inside Amazon messages, so the invoice PDF is "
    "attached to this message. There is no need to share your email or phone number with us.",
    [], "en", ["near-miss", "reply", "quoted-buyer", "negation", "invoice"],
    "The phone number is the buyer's, in the quoted part; the seller keeps the exchange on Amazon.")

add("Dear friend, good news! Your PebbleCharge 20W charger was shipped today and is on the way to you. "
    "Order No.: 113-2947710-8813305. Thank you for your purchase!",
    [], "en", ["near-miss", "proactive", "out-of-scope", "order-number", "non-native"],
    "A bare shipping confirmation breaks the message-scope rule, but none of the three labelled policies.")

add("Hello, this is LANQUILL. The carrier has a delay at the Memphis hub, so your order "
    "114-0092836-5517740 will arrive about 3 days later than the estimate. There is nothing to do on "
    "your side; if it is not delivered by June 18, you can request a refund through Amazon or reply "
    "here.",
    [], "en", ["near-miss", "proactive", "delay-notice", "order-number", "refund"],
    "A proactive delay notice is a permitted unexpected-problem message.")

add("Thanks for your question. The 65W model on the listing now is the new version (V2, model "
    "LQ-PC65B). It has the same size but adds PPS for Samsung Super Fast Charging 2.0. The V1 in your "
    "order also works with your S24, just without PPS.",
    [], "en", ["near-miss", "reply", "new-word"],
    "'New version' answers the buyer's question about the model; nothing is offered for sale.")

add("Hi Alma, the case material is free from BPA, and the fold-out stand is free-standing on a desk in "
    "landscape or portrait.",
    [], "en", ["near-miss", "reply", "free-word"],
    "'Free' is used only in product-specification senses.")

add("Hi Ren, done: the second order you placed by mistake (112-7730194-4405128) is cancelled now. The "
    "first one is not affected and will ship today, and you will not be charged twice.",
    [], "en", ["near-miss", "reply", "cancel", "order-number"],
    "The seller cancels a duplicate order at the buyer's request.")

add("We are sorry the cable arrived with a scratched connector. As you prefer to keep it, we have "
    "issued a partial refund of $5.00 to your original payment method (order 113-6618402-9904713). It "
    "may take 3-5 business days to show.",
    [], "en", ["near-miss", "reply", "refund", "order-number"],
    "A partial refund as a remedy, with no mention of reviews.")

add("> do you have a phone number or whatsapp? this is taking forever\n"
    "\n"
    "Sorry for the wait. We do not offer phone support or any outside contact; Amazon asks sellers to "
    "talk with buyers through these messages. Please send the details here and we will answer within "
    "24 hours.",
    [], "en", ["near-miss", "reply", "negation", "quoted-buyer"],
    "Refuses to give any outside contact; 'phone' and 'WhatsApp' appear only in the buyer's quote and "
    "in a refusal.")

add("Our team will review your warranty claim and reply within 24 hours. Please attach a photo of the "
    "label on the charger (model and batch code) to this message.",
    [], "en", ["near-miss", "reply", "review-as-check", "code-word"],
    "'Review' means assess the claim; 'batch code' is a label field.")

add("> Will you ask me for a review later? I hate spam.\n"
    "\n"
    "Hi Tess, no, we will not send you review requests. Amazon itself may send an automatic email "
    "asking for a review; that email comes from Amazon, not from us, and you can ignore it.",
    [], "en", ["near-miss", "reply", "negation", "quoted-buyer"],
    "Informational: tells the buyer that Amazon, not the seller, may ask for a review.")

add("> I left you 5 stars, the charger is great!\n"
    "\n"
    "Thank you for your kind words, Bianca. We are glad the charger works well with your iPad. If the "
    "cable wears out within 18 months, just message us here.",
    [], "en", ["near-miss", "reply", "thanks-for-review", "quoted-buyer"],
    "Thanks a buyer who mentioned their review; nothing is requested.")

add("The ShellGuard Galaxy design has a printed star pattern; the stars glow for about 10 minutes "
    "after light exposure. It is not a defect if the glow is weak in daylight.",
    [], "en", ["near-miss", "reply", "star-word"],
    "'Stars' describe the case print, not a rating.")

add("We are very sorry: the Midnight Blue ShellGuard for your order was damaged in our warehouse and we "
    "have no more in stock. We have cancelled the order ourselves and Amazon will refund you in full; "
    "you don't need to do anything.",
    [], "en", ["near-miss", "proactive", "cancel", "refund"],
    "Out of stock: the seller cancels instead of asking the buyer to cancel, which is what policy.md "
    "requires.")

add("We are so sorry for bring you this bad experience. The red blinking light of charger is error "
    "code E2, it means the over-heat protection is start. Pls unplug it 10 minutes. If the light still "
    "blink, reply the code you see and we will arrange replacement for you.",
    [], "en", ["near-miss", "reply", "code-word", "replacement", "machine-translated"],
    "An error code and a replacement offer; no coupon code and no review link.")

add("Hi Yusuf, your order 111-8820461-3379251 was delivered last week. If you would like to share your "
    "experience, you can write a review here: https://www.amazon.com/review/review-your-purchases - "
    "thank you for choosing us.",
    [], "en", ["near-miss", "proactive", "neutral-review-request", "amazon-link", "order-number"],
    "A neutral review request that links to Amazon's own review page, not to a product or store page.")

# ======================================================================================
# ENGLISH: clean (9)
# ======================================================================================

add("Hi Nora, the 20W charger works with iPhone 12 to iPhone 16. For fast charging you need a USB-C to "
    "Lightning or a USB-C to USB-C cable that supports PD.",
    [], "en", ["clean", "reply"], "A compatibility answer.")

add("Hello Felix, the package has already left our warehouse, so we are not able to edit the address "
    "any more. If the carrier cannot deliver it, it will come back to us and we will contact you here.",
    [], "en", ["clean", "reply"], "An address question answered inside the thread.")

add("Dear friend, pls kindly check if the phone is pushed all the way into the case - the bottom lip "
    "needs a small press. If the buttons still feel stiff after that, tell us and we will find a "
    "solution.",
    [], "en", ["clean", "reply", "non-native"], "Fitting advice in non-native English.")

add("Good morning! The 2 m cable is 6.6 ft long. The braided jacket is nylon and the connector shells "
    "are aluminium.",
    [], "en", ["clean", "reply"], "Product facts.")

add("Hello, the charger input is 100-240V, so you can use it in Japan and in Europe with a simple plug "
    "adapter. No voltage converter is needed.",
    [], "en", ["clean", "reply"], "Voltage answer.")

add("Sorry for reply late, because our team is in the holiday two days. The magnetic force of the "
    "black case and the white case is same, only the colour is different.",
    [], "en", ["clean", "reply", "machine-translated"], "A late but ordinary product answer.")

add("Hi Kenji, the wireless charger needs a 20W or stronger adapter. With a 5W adapter the light stays "
    "blue but charging is very slow.",
    [], "en", ["clean", "reply"], "Power-adapter advice.")

add("Dear customer, we checked with our warehouse: the case in your package is 'Sage Green'. The "
    "listing photo looks a little lighter because of the studio lights.",
    [], "en", ["clean", "reply"], "Colour question answered.")

add("Hi Paulo, please remove the protective film from the inside of the camera ring before you put the "
    "case on; otherwise the flash can reflect in night photos.",
    [], "en", ["clean", "reply"], "Installation tip requested by the buyer.")

# ======================================================================================
# CHINESE (Simplified): violations (17)
# ======================================================================================

add("亲，您购买的快充头已经签收啦\uff5e如果用着还满意的话，动动小手给个五星好评哦，小店真的很需要您的支持！",
    [RI], "zh", ["violation", "positive-rating", "gating", "proactive", "taobao-style"],
    "Asks for a five-star review, only if the buyer is satisfied.")

add("宝子您好！晒图好评后把截图发给客服，立返5美金，直接退到您的付款账户哦\uff5e",
    [RI], "zh", ["violation", "incentive", "positive-rating", "proactive", "taobao-style"],
    "Cash back for a positive review with photos (好评返现).")

add("亲，退款已经给您处理好了，全额退回原支付方式。麻烦您有空把商品页上那条一星评价改一下或者删掉，非常感谢！",
    [RI], "zh", ["violation", "change-review", "reply", "taobao-style"],
    "Asks the buyer to edit or delete a one-star review after a refund.")

add("亲，售后问题加我们微信 lanquill_cs01 沟通更快哦，发个视频给客服，马上给您解决\uff5e",
    [OP], "zh", ["violation", "wechat", "reply", "taobao-style"],
    "Moves after-sales support to WeChat.")

add("您好，如果收到的手机壳有任何问题，请先扫包装卡上的二维码联系我们，先别急着打差评，我们一定给您满意的处理！",
    [RI, OP], "zh", ["violation", "gating", "qr", "proactive"],
    "Tells unhappy buyers not to leave a bad review and to use a QR code to contact the seller "
    "instead.")

add("亲爱的顾客，感谢您的支持！送您一张店铺专属优惠码 LQVIP8，下次购买任意充电线立减8美元，有效期30天哦。",
    [MK], "zh", ["violation", "coupon", "proactive"],
    "Unsolicited coupon for the next purchase.")

add("宝子们\uff5e我们家上新啦\U0001f389全新极光变色手机壳 ShellGuard Aurora 已在亚马逊上架，和您买的充电头是同一系列，欢迎去店铺看看！",
    [MK], "zh", ["violation", "new-arrival", "storefront", "proactive", "taobao-style", "has-emoji"],
    "New-product announcement with an invitation to browse the store.")

add("亲，下次可以直接在我们官网 lanquillshop.com 下单，比亚马逊便宜两成，还包邮哦。",
    [OP, MK], "zh", ["violation", "own-shop", "url", "discount", "proactive", "taobao-style"],
    "Diverts future purchases to the seller's own site with a lower price.")

add("您好，收货地址有问题的话请直接打电话或者发WhatsApp联系我们：+1 626-555-0142，工作时间早九点到晚六点。",
    [OP], "zh", ["violation", "phone", "whatsapp", "reply"],
    "Gives a phone and WhatsApp number for a delivery question.")

add("亲，写评论的时候麻烦提一下“充电很快、做工很好”，再配两张实拍图，谢谢您啦！",
    [RI], "zh", ["violation", "steering", "proactive", "taobao-style"],
    "Dictates the content of the review.")

add("您好！您买的数据线现在有套餐：65W充电头加两米编织线一起买只要32.99美元，省9美元，库存不多，要的话尽快下单哦。",
    [MK], "zh", ["violation", "bundle", "cross-sell", "proactive"],
    "Unsolicited bundle offer with urgency.")

add("亲，距离您上次购买已经两个月啦，数据线属于消耗品，建议再买一根备用\uff5e在“我的订单”里点“再次购买”就可以哦。",
    [MK], "zh", ["violation", "buy-again", "proactive", "taobao-style"],
    "A proactive buy-again push.")

add("您好，这条卖家差评让我们店铺的指标掉得很厉害，账号随时可能被封。补发的充电器已经寄出了，麻烦您高抬贵手把反馈撤掉。",
    [RI], "zh", ["violation", "feedback-removal", "reply"],
    "Pressures the buyer to withdraw seller feedback, tied to a replacement.")

add("亲\uff5e留个真实评价，我们就免费送您一个同款磁吸支架，评价后联系客服登记地址就行。",
    [RI], "zh", ["violation", "incentive", "proactive", "taobao-style"],
    "A free accessory for a review, even an 'honest' one.")

add("您好，发票需要开抬头的话，请把公司名称和税号发到邮箱 invoice@lanquill.com，财务两个工作日内回复。",
    [OP], "zh", ["violation", "email", "reply"],
    "Sends the invoice request to an e-mail address outside Amazon.")

add("> 手机壳很好看，手感也很好，谢谢！\n"
    "\n"
    "太好了，谢谢亲的认可！方便的话能把这段话也写到亚马逊评论里吗？对我们帮助很大\uff5e",
    [RI], "zh", ["violation", "ask-after-praise", "reply", "quoted-buyer", "taobao-style"],
    "Asks for a review right after the buyer praised the product.")

add("亲，本月凡是在商品页写评论的买家都可以参加抽奖，奖品是65W氮化镓充电头，写完回复“已评”即可登记。\n"
    "名额有限，先到先得哦！",
    [RI], "zh", ["violation", "incentive", "proactive"],
    "A prize draw entered by writing a review.")

# ======================================================================================
# CHINESE (Traditional): violations (10)
# ======================================================================================

add("親，您好！收到的手機殼還滿意嗎？滿意的話麻煩給個五星好評，我們會送您一條編織充電線當作謝禮喔！",
    [RI], "zh", ["violation", "positive-rating", "gating", "incentive", "proactive", "taobao-style",
                 "traditional"],
    "Five-star request for satisfied buyers with a free cable as thanks.")

add("您好，售後問題請加我們的LINE：lanquill_tw，傳照片給客服，處理會比較快喔。",
    [OP], "zh", ["violation", "line", "reply", "traditional"],
    "Moves support to LINE.")

add("您好，新的充電器已經幫您寄出了，追蹤號碼 1Z9W4E870366128841。問題解決之後，可以麻煩您把之前的負評刪掉嗎？非常感謝。",
    [RI], "zh", ["violation", "change-review", "reply", "traditional"],
    "Asks for deletion of a negative review after a replacement; the tracking number is not the issue.")

add("感謝您的支持！下次購買輸入折扣碼 TW15，全館充電器享85折，本週日截止。",
    [MK], "zh", ["violation", "coupon", "proactive", "traditional"],
    "Unsolicited discount code.")

add("親，使用上有任何不滿意，請先私訊我們，不要急著在亞馬遜留言評價，我們一定給您最好的解決方案。",
    [RI], "zh", ["violation", "gating", "proactive", "taobao-style", "traditional"],
    "Diverts unhappy buyers away from reviewing.")

add("歡迎追蹤我們的臉書粉絲專頁「LANQUILL 台灣」，每週抽獎送手機殼，官網 lanquill.com 也有會員價喔！",
    [OP, MK], "zh", ["violation", "social", "url", "promotion", "proactive", "traditional"],
    "Facebook page, own website and a giveaway in one message.")

add("您好，評價上線後私訊截圖給我們，貨款的一半會從PayPal匯還給您。",
    [RI, OP], "zh", ["violation", "incentive", "payment", "proactive", "traditional"],
    "Half the price back through PayPal for a review.")

add("您好，您買的 iPhone 16 手機殼有搭配的新款磁吸行動電源，剛上架，現在買兩件再打九折，歡迎到我們的亞馬遜店鋪看看。",
    [MK], "zh", ["violation", "new-arrival", "bundle", "storefront", "proactive", "traditional"],
    "Cross-sells a new power bank with a multi-buy discount.")

add("您好，我們已經全額退款了，也不用退貨。請您看到訊息後把一星評價修改成五星，謝謝配合。",
    [RI], "zh", ["violation", "change-review", "positive-rating", "reply", "traditional"],
    "Asks to change a one-star review to five stars after a refund.")

add("您好，如需更快處理，歡迎直接撥打我們的客服專線 +1 213-555-0178（週一至週五上午九點到下午六點）。",
    [OP], "zh", ["violation", "phone", "reply", "traditional"],
    "Gives a customer-service phone number.")

# ======================================================================================
# CHINESE (Simplified): evasions (9)
# ======================================================================================

add("亲，收到的充电头用着还行吗？满意的话帮忙给个好苹哦，带图的宝子还有小红包\uff5e",
    [RI], "zh", ["evasion", "positive-rating", "incentive", "gating", "proactive", "homophone",
                 "euphemism", "taobao-style"],
    "好苹 is a homophone of 好评; 小红包 is a cash reward.")

add("宝子，五星好坪可返现3美金，截图发给客服就行哦\uff5e",
    [RI], "zh", ["evasion", "positive-rating", "incentive", "proactive", "homophone", "taobao-style"],
    "好坪 stands for 好评; cash back for a five-star review.")

add("亲，售后请加薇：lanquill_cs01，客服小岚一直在线\uff5e",
    [OP], "zh", ["evasion", "wechat", "reply", "homophone", "taobao-style"],
    "加薇 stands for 加微信 (add on WeChat).")

add("亲 有问题可以 vx 联系：LQ-kefu-7，发视频给我们更方便哦",
    [OP], "zh", ["evasion", "wechat", "reply", "pinyin", "taobao-style"],
    "vx is the pinyin shorthand for WeChat.")

add("亲，给个hp吧\uff5ehp完找客服领3刀红包哦",
    [RI], "zh", ["evasion", "positive-rating", "incentive", "proactive", "pinyin", "euphemism",
                 "taobao-style"],
    "hp is pinyin shorthand for 好评; 3刀红包 is three dollars cash.")

add("亲，售后电话：二一三 五五五 零一七八（美国号码，能打电话也能发短信），直接找我们处理更快。",
    [OP], "zh", ["evasion", "phone", "reply", "cn-numerals"],
    "A phone number written in Chinese numerals.")

add("亲，好 评 返 现 活动还在进行中哦，五 星 截 图 发 客 服 即 可\uff5e",
    [RI], "zh", ["evasion", "incentive", "positive-rating", "proactive", "spacing", "taobao-style"],
    "好评返现 and 五星截图 split with spaces.")

add("亲，加微\u200b信 lanquill\u200b_cs01 进老客户群，每周都发专属优惠券\uff5e",
    [OP, MK], "zh", ["evasion", "wechat", "coupon", "vip-group", "proactive", "zero-width",
                     "taobao-style"],
    "Zero-width spaces inside 微信 and the handle; a WeChat customer group with coupons.")

add("亲\uff5e给个\u2b50\u2b50\u2b50\u2b50\u2b50，送您一个\U0001f381哦！截图发我们就行\U0001f60a",
    [RI], "zh", ["evasion", "positive-rating", "incentive", "proactive", "emoji", "taobao-style"],
    "Five star emoji and a gift emoji replace 五星好评 and 礼物.")

# ======================================================================================
# CHINESE (Traditional): evasions (5)
# ======================================================================================

add("親，售後問題請加\uff2c\uff29\uff2e\uff25："
    "\uff4c\uff41\uff4e\uff51\uff55\uff49\uff4c\uff4c\uff3f\uff54\uff57，客服會盡快回覆您喔",
    [OP], "zh", ["evasion", "line", "reply", "fullwidth", "traditional"],
    "LINE and its id written in full-width letters.")

add("親，方便的話留個五\u2606好坪，客服私下補您兩美元喔\uff5e",
    [RI], "zh", ["evasion", "positive-rating", "incentive", "proactive", "homophone", "star-symbols",
                 "taobao-style", "traditional"],
    "A white star plus 好坪 stands for 五星好評 (five-star review), paid with two dollars.")

add("親，售後請加威\u2764\ufe0f信：lanquill_tw88，傳照片給我們處理比較快。",
    [OP], "zh", ["evasion", "wechat", "reply", "homophone", "emoji", "traditional"],
    "威信 with a heart inside is 微信 (WeChat).")

add("您好，已經全額退款給您了，麻煩把評\u00b7價\u00b7刪\u00b7掉，謝謝親\uff5e",
    [RI], "zh", ["evasion", "change-review", "reply", "spacing", "taobao-style", "traditional"],
    "評價刪掉 split by middle dots: asks to delete the review after a refund.")

add("親，好\u200b評\u200b返\u200b現活動開跑，截圖私訊客服就能領取喔！",
    [RI], "zh", ["evasion", "incentive", "positive-rating", "proactive", "zero-width", "traditional"],
    "好評返現 with zero-width spaces between the characters.")

# ======================================================================================
# CHINESE (Simplified): near-misses (14)
# ======================================================================================

add("您好，您的订单 113-6618402-9904713 已于昨天发出，物流单号 TBA318840271000，预计周四送达。如果周五还没收到，请直接回复这条消息，我们给您补发或退款。",
    [], "zh", ["near-miss", "reply", "order-number", "tracking", "refund", "replacement"],
    "A delivery reply with order and tracking numbers.")

add("您好，关于您问的兼容性：我们检索评测数据后确认，这款20W充电头支持iPad Air第五代的PD快充。",
    [], "zh", ["near-miss", "reply", "substring"],
    "检索评测 contains the substring 索评 but has nothing to do with reviews.")

add("亲，已为您取消重复下的那一单（订单号 111-5038271-6620419），另一单正常发货。收货地址如需修改，请在亚马逊“我的订单”页面操作哦。",
    [], "zh", ["near-miss", "reply", "cancel", "order-number", "amazon-page"],
    "取消 and 修改 in their logistics senses.")

add("亲，这款卡包手机壳的卡槽没有金属片，不影响NFC，支付宝和微信支付的碰一碰、Apple Pay都能正常使用哦。",
    [], "zh", ["near-miss", "reply", "product-feature", "taobao-style"],
    "微信支付 is a supported payment feature, not a contact channel.")

add("您好，您的订单 114-5521093-1187064 已送达一周。如果方便，欢迎您在亚马逊商品页分享真实的使用体验，不管体验如何，您的分享都能帮到后来的买家。感谢您的购买。",
    [], "zh", ["near-miss", "proactive", "neutral-review-request", "order-number"],
    "A neutral review request: no condition, reward or wording to use.")

add("> 我给五星好评的话能送个充电线吗？\n"
    "\n"
    "亲，谢谢您的好意\uff5e不过亚马逊规定卖家不能用任何礼品或返现换取评价，我们也不能要求具体星级。评不评价完全由您决定，产品有问题随时找我们哦。",
    [], "zh", ["near-miss", "reply", "negation", "quoted-buyer", "taobao-style"],
    "Declines the buyer's offer; 五星好评 and 返现 appear only in the quote and a refusal.")

add("您好，您提交的保修申请我们已经审核完毕，属于质量问题，新的充电器今天免费补发，旧的不用寄回。",
    [], "zh", ["near-miss", "reply", "review-as-check", "replacement", "free-word"],
    "审核 (review in the sense of check) and a free replacement as a remedy.")

add("退货请在亚马逊“我的订单”里找到这笔订单，点“退货或换货”，系统会给您生成免费的退货标签，仓库收到后自动退款。",
    [], "zh", ["near-miss", "reply", "amazon-page", "refund", "free-word"],
    "Return instructions through Amazon's own pages.")

add("亲，包裹今天已经交给快递啦，留意一下物流哦\uff5e谢谢支持！",
    [], "zh", ["near-miss", "proactive", "out-of-scope", "taobao-style"],
    "A shipping-confirmation-only message: a message-scope problem, not one of the three policies.")

add("> 已经给了好评，充电很快！\n"
    "\n"
    "感谢您的好评和认可！这款充电头支持PD和PPS，给三星手机充电也很快，有问题随时联系哦。",
    [], "zh", ["near-miss", "reply", "thanks-for-review", "quoted-buyer"],
    "Thanks a buyer who said they reviewed; nothing is asked.")

add("您说的“星空”款是手机壳背面的星星图案，夜光效果大概持续十分钟，不是质量问题哦。",
    [], "zh", ["near-miss", "reply", "star-word"],
    "星空 and 星星 describe the case print.")

add("非常抱歉线材接口有划痕。按您的意思不退货，我们已经给您退了5美元部分退款，原路退回，3到5个工作日到账。",
    [], "zh", ["near-miss", "reply", "refund"],
    "A partial refund as a remedy, with no link to a review.")

add("充电头指示灯红色闪烁代表过温保护（代码E2），请拔下静置十分钟再试。如果还是闪烁，请回复这条消息，我们安排换新。",
    [], "zh", ["near-miss", "reply", "code-word", "replacement"],
    "An error code and a replacement, not a coupon code.")

add("因物流中转站延误，您的订单 112-3358017-0746692 预计会比原定时间晚三天送达，给您带来不便非常抱歉。无需您做任何操作。",
    [], "zh", ["near-miss", "proactive", "delay-notice", "order-number"],
    "A proactive delay notice.")

# ======================================================================================
# CHINESE (Traditional): near-misses (8)
# ======================================================================================

add("您好，您的訂單 111-8820461-3379251 已經從亞馬遜倉庫出貨，追蹤號碼 TBA304917725000，預計週五送達。",
    [], "zh", ["near-miss", "reply", "order-number", "tracking", "traditional"],
    "Answers 'where is my order' with order and tracking numbers.")

add("您不小心多下的那一筆已經幫您取消了，原本那一筆照常出貨，不會重複扣款。",
    [], "zh", ["near-miss", "reply", "cancel", "traditional"],
    "Cancellation done by the seller at the buyer's request.")

add("這款卡套手機殼不含金屬，感應支付不受影響，LINE Pay、Apple Pay 都可以正常使用。",
    [], "zh", ["near-miss", "reply", "product-feature", "traditional"],
    "LINE Pay is a payment feature, not a LINE contact.")

add("您好，訂單 113-2947710-8813305 已送達幾天了。若您願意，歡迎到亞馬遜商品頁面分享您的真實使用心得，不論評價高低，都能幫助其他買家做選擇。",
    [], "zh", ["near-miss", "proactive", "neutral-review-request", "order-number", "traditional"],
    "A neutral review request that welcomes any rating.")

add("> 你們有微信嗎？用微信聊比較方便\n"
    "\n"
    "您好，抱歉我們不提供微信或其他站外聯絡方式，依亞馬遜規定只能在這裡的買家訊息中溝通，請直接把照片傳到這則訊息，我們會在24小時內回覆。",
    [], "zh", ["near-miss", "reply", "negation", "quoted-buyer", "traditional"],
    "Refuses WeChat contact; 微信 appears in the quote and in a refusal.")

add("我們的品管團隊已經檢查過您傳來的照片，確認是出廠瑕疵，新的手機殼會免費補寄給您，舊的不用寄回。",
    [], "zh", ["near-miss", "reply", "review-as-check", "replacement", "free-word", "traditional"],
    "A free replacement after an inspection, nothing asked in return.")

add("您要的發票可以在亞馬遜「您的訂單」頁面點「發票」下載；如果需要公司抬頭，請在這則訊息回覆公司名稱，我們會把PDF附在這裡。",
    [], "zh", ["near-miss", "reply", "amazon-page", "invoice", "traditional"],
    "Invoice handled through Amazon's page and this thread.")

add("> 已經給五星了，手機殼很好用！\n"
    "\n"
    "謝謝您的肯定！如果之後磁吸力變弱或邊框變形，18個月內都可以直接在這裡找我們處理。",
    [], "zh", ["near-miss", "reply", "thanks-for-review", "quoted-buyer", "traditional"],
    "Thanks for a review the buyer mentioned; no request.")

# ======================================================================================
# CHINESE: clean (6 Simplified + 3 Traditional)
# ======================================================================================

add("亲，这款手机壳适用 iPhone 15 Pro，不适用 iPhone 15 Pro Max，下单前请确认一下机型哦。",
    [], "zh", ["clean", "reply", "taobao-style"], "Model compatibility.")

add("您好，2米的编织线支持100W快充，可以给笔记本充电，线芯是铜的，接口是铝合金外壳。",
    [], "zh", ["clean", "reply"], "Cable specification.")

add("宝子别担心\uff5e手机壳刚拆开有一点点味道是正常的，放在通风处一两天就散掉啦\U0001f60a",
    [], "zh", ["clean", "reply", "taobao-style", "has-emoji"],
    "Reassurance about smell; the emoji is a formatting matter, not one of the three policies.")

add("您好，无线充电器需要搭配20W以上的充电头，用5W的头充电会很慢，指示灯是蓝色常亮。",
    [], "zh", ["clean", "reply"], "Adapter advice.")

add("亲，装壳的时候先把底部卡进去，再按两边侧键的位置，最后按顶部，就不会卡住按键啦。",
    [], "zh", ["clean", "reply", "taobao-style"], "Fitting instructions.")

add("您好，这款充电头的输入电压是100-240V，在日本和欧洲都能用，只需要配一个转换插头。",
    [], "zh", ["clean", "reply"], "Voltage answer.")

add("您好，這款手機殼是 Galaxy S24 專用，S24+ 的鏡頭孔位置不同，請確認一下型號喔。",
    [], "zh", ["clean", "reply", "traditional"], "Model compatibility.")

add("親，磁吸充電器要放在手機背面正中間，對準後會自動吸住，指示燈變綠就是在充電了。",
    [], "zh", ["clean", "reply", "taobao-style", "traditional"], "Usage instructions.")

add("您好，編織線的長度是一米，外層是尼龍材質，可以彎折超過一萬次。",
    [], "zh", ["clean", "reply", "traditional"], "Cable facts.")

# ======================================================================================
# MIXED (Simplified Chinese + English): violations (6)
# ======================================================================================

add("Dear customer, thank you for your order!\n"
    "用得开心的话，求一个五星 / If you enjoy it, a 5-star review please.\n"
    "有任何不开心，先找客服 / Any trouble, message us before you review.",
    [RI], "mixed", ["violation", "positive-rating", "gating", "proactive", "bilingual"],
    "A bilingual template that asks satisfied buyers for five stars and diverts the others.")

add("亲，you can add our WeChat: lanquill_cs01 for faster service，我们有中文客服哦。",
    [OP], "mixed", ["violation", "wechat", "reply"],
    "A WeChat id offered as a faster support channel.")

add("Hello，我们的新品 PebbleCharge 100W 四口充电头 just launched on Amazon，early bird price $39.99 only this week，搜索 LANQUILL 100W 就能找到。",
    [MK], "mixed", ["violation", "new-arrival", "discount", "proactive"],
    "New-product launch with a limited-time price.")

add("Dear buyer, we are sorry for the inconvenience. The refund is done.\n"
    "（客服备注：退款后记得让买家改差评）\n"
    "Could you kindly update your review to reflect our service?",
    [RI], "mixed", ["violation", "change-review", "reply", "internal-note"],
    "Asks to update a review after a refund; a Chinese internal note was left in the text.")

add("Thank you for your purchase! 关注我们的 Instagram @lanquill.official，每周五抽奖送 free phone case！",
    [OP, MK], "mixed", ["violation", "social", "promotion", "proactive"],
    "Instagram handle plus a weekly giveaway.")

add("Dear friend，review 截图发给我们，we will send you a $10 Amazon gift card as thanks。",
    [RI], "mixed", ["violation", "incentive", "proactive", "non-native"],
    "A gift card for a review screenshot; an Amazon gift card is still compensation.")

# ======================================================================================
# MIXED: evasions (3)
# ======================================================================================

add("亲，留个 h-p 吧，截图 send to us，3刀红包马上到\uff5e thanks a lot!",
    [RI], "mixed", ["evasion", "positive-rating", "incentive", "proactive", "pinyin", "euphemism",
                    "taobao-style"],
    "h-p is 好评 in pinyin initials; 3刀红包 is a cash reward.")

add("For faster help 请加 wx：lanquill_cs01，or WhatsApp 六二六 五五五 零一四二，我们24小时在线。",
    [OP], "mixed", ["evasion", "wechat", "whatsapp", "phone", "reply", "pinyin", "cn-numerals"],
    "wx for WeChat and a WhatsApp number in Chinese numerals.")

add("Dear friend，请把一星 r\u0435view 删掉，we already refund you 全款 yesterday。",
    [RI], "mixed", ["evasion", "change-review", "reply", "homoglyph", "non-native"],
    "'review' with a Cyrillic e; asks to delete a one-star review after a refund.")

# ======================================================================================
# MIXED: near-misses (5)
# ======================================================================================

add("关于您问的物流：your order 113-2947710-8813305 已从亚马逊仓库发出，tracking number 1Z9W4E870366128841，预计 3 days 内送达。If it is late, please reply here.",
    [], "mixed", ["near-miss", "reply", "order-number", "tracking"],
    "A delivery reply with order and tracking numbers.")

add("亲，关于您说的问题：我们已经 review 了您发来的视频，确认是充电头故障，replacement 今天寄出，no need to return。",
    [], "mixed", ["near-miss", "reply", "review-as-check", "replacement", "taobao-style"],
    "'review' means checked the video; the replacement is a remedy.")

add("Hi，这款壳 supports MagSafe，也不影响 WeChat Pay 和 Apple Pay 的 NFC 支付。",
    [], "mixed", ["near-miss", "reply", "product-feature"],
    "WeChat Pay named as a payment feature.")

add("> Can I get a discount if I buy 5 cases?\n"
    "\n"
    "您好，thanks for asking。Sorry，我们不能在这里提供额外折扣，the price is the one shown on Amazon。如果需要五个，在商品页把数量选成 5 就可以。",
    [], "mixed", ["near-miss", "reply", "negation", "quoted-buyer", "discount-word"],
    "Declines a discount; the buyer asked how to buy five.")

add("Hello，order 112-7730194-4405128 已送达一周。If you like, you can write about your experience on Amazon，无论好评差评都欢迎，thank you！",
    [], "mixed", ["near-miss", "proactive", "neutral-review-request", "order-number"],
    "A neutral bilingual review request; 好评 and 差评 are balanced, not requested.")

# ======================================================================================
# MIXED: clean (2)
# ======================================================================================

add("Hi Lucas，这个 case 的按键是 separate buttons，按起来很清脆；camera 边框高 1.5 mm，平放不会刮镜头。",
    [], "mixed", ["clean", "reply"], "Product facts in mixed language.")

add("您好，the 35W charger 可以同时给 iPhone 和 AirPods 充电，两个口加起来 maximum 35W。",
    [], "mixed", ["clean", "reply"], "Charging answer in mixed language.")


def main():
    order = ["review-inducement", "off-platform-contact", "marketing"]
    recs = list(RECORDS)
    random.Random(49).shuffle(recs)
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "holdout49.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for n, r in enumerate(recs, 1):
            labels = sorted(r["labels"], key=order.index)
            out = {"id": "h49-%03d" % n, "text": r["text"], "labels": labels, "lang": r["lang"],
                   "tags": r["tags"], "note": r["note"]}
            fh.write(json.dumps(out, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), path))


if __name__ == "__main__":
    main()
