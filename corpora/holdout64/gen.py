#!/usr/bin/env python3
"""Builds holdout64.jsonl: the holdout64 hand-labelled test set (160 records).

Seller: Quietlark Movement Goods ("Quietlark"), an invented shop selling yoga mats,
resistance bands and home-fitness accessories.  Every person, product, domain, handle,
code, order id, tracking number and sentence below is invented for this set.

Hard-to-see characters are spelled out so the source stays readable:
  ZW    zero-width space (U+200B)
  CY_A  Cyrillic small a (U+0430), looks like Latin a
  CY_E  Cyrillic small ie (U+0435), looks like Latin e
  STAR  the emoji star (U+2B50)
  fw()  turns ASCII letters, digits, @ and . into their full-width forms

Records are written grouped by language and category, then shuffled with
random.Random(64) and numbered h64-001 .. h64-160.  records() returns the list.

Usage: python3 gen.py        (writes holdout64.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout64.jsonl")

ZW = "\u200b"
CY_A = "\u0430"
CY_E = "\u0435"
STAR = "\u2b50"
PHONE_EMOJI = "\U0001f4f1"
GIFT_EMOJI = "\U0001f381"


def fw(s):
    out = []
    for ch in s:
        if "!" <= ch <= "~" and (ch.isalnum() or ch in "@."):
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


RI = "review-inducement"
OFF = "off-platform-contact"
MKT = "marketing"

_RECS = []


def R(text, labels, lang, tags, note):
    _RECS.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
                  "note": note})


# =====================================================================================
# English: violations (22)
# =====================================================================================
R("Hi Wilhelmina, thanks again for choosing the Hushgrip 6 mm mat. Once your review is live "
  "on Amazon, reply here with a screenshot and we'll send a $15 gift card to say thanks. "
  "- Tamsin, Quietlark",
  [RI], "en", ["violation", "plain", "incentive"],
  "A gift card promised once the review is posted is compensation for a review "
  "(policy.md C1).")

R("Desmond, hope the Tensaloop bands are being kind to your knees. We're a two-person shop "
  "and every 5-star review keeps the lights on, so if you could tap all five stars on the "
  "listing this week it would mean a lot.",
  [RI], "en", ["violation", "plain", "rating-request"],
  "Asks outright for a five-star rating and leans on the shop's size for sympathy "
  "(policy.md C2).")

R("Your Steadyforge dumbbells were delivered Tuesday according to the freight company. If the "
  "dials click cleanly and you're enjoying them, we'd be grateful for a review on Amazon. If "
  "something feels off, please don't post anything yet: scan the square code printed on the "
  "box flap and it takes you straight to Tamsin.",
  [OFF, RI], "en", ["violation", "split", "qr", "gating"],
  "Invites only the happy buyer to review and sends the unhappy one to a printed code that "
  "leads off Amazon instead (policy.md C3, D1).")

R("Ingrid, if the Cloudbrick blocks have earned a place in your practice, other shoppers would "
  "love to hear it on the product page. Anything less than delighted? Skip the product page "
  "and come straight to us in this thread instead.",
  [RI], "en", ["violation", "careful", "gating"],
  "Never says 'review', but only delighted buyers are pointed at the product page and the "
  "rest are steered away from it, which is gating (policy.md C3).")

R("Hi Lucian, the new Anchorlatch shipped this morning and the refund for the torn one has "
  "gone through. Now that it's fixed, could you update the 2-star review you left so it "
  "reflects how we handled it?",
  [RI], "en", ["violation", "plain", "change-review"],
  "Asks the buyer to edit an existing product review after the problem was resolved, which "
  "the policy forbids even then (policy.md C4).")

R("Percival, glad the second foam roller arrived in one piece. The comments you posted about "
  "the dented first one are still sitting at the top of the listing; would you mind "
  "revisiting them now that things are sorted?",
  [RI], "en", ["violation", "careful", "change-review"],
  "'Revisiting the comments' on the listing is a veiled request to change a product review "
  "(policy.md C4; euphemisms in section e).")

R("Thanks for your order, Yolanda. Amazon may ask you to describe the Hushgrip mat in a few "
  "days. When you do, please mention that it doesn't slip in hot yoga and that it has no "
  "rubber smell. Those two points are what shoppers ask us about most.",
  [RI], "en", ["violation", "split", "steering"],
  "Tells the buyer what to put in the review Amazon will ask for: an attempt to influence "
  "review content (policy.md C7).")

R("Mr. Villanueva, the negative seller feedback you left on order 113-5820476-9913058 is "
  "pulling our account rating down and could cost us our selling privileges. Please remove it "
  "today; the return label is already in your inbox.",
  [RI], "en", ["violation", "plain", "feedback-pressure"],
  "Pressures the buyer to remove seller feedback because it hurts the account; only a neutral "
  "notice after resolution is allowed (policy.md C5).")

R("Barnaby, your Skipwire rope is on its way. Use code FLOW15 at checkout for 15% off anything "
  "else from Quietlark - it works on the yoga blocks and straps too.",
  [MKT], "en", ["violation", "plain", "coupon"],
  "A discount code for further purchases is promotional messaging, including coupons "
  "(policy.md B).")

R("Noreen, a lot of people who pick up the Tensaloop set end up pairing it with our "
  "Anchorlatch door anchor so they can do rows and presses at home. You'll find it in our shop "
  "on Amazon if you'd like to add one.",
  [MKT], "en", ["violation", "careful", "cross-sell"],
  "Pushes a second product with no offer words at all; cross-selling is marketing even when "
  "it sounds like advice (policy.md B).")

R("Quick heads-up, Ms. Oyelaran. Our cork Cloudbrick blocks just landed in the warehouse. "
  "They're lighter than the foam pair you bought, and launch-week pricing runs through Sunday.",
  [MKT], "en", ["violation", "split", "new-product", "sale"],
  "Announces a new product and a time-limited launch price to a past buyer (policy.md B).")

R("Good news for our regulars. The plum and ink Tensaloop colours are back after selling out in "
  "spring. Grab another set before they vanish again!",
  [MKT], "en", ["violation", "split", "restock", "buy-again"],
  "A back-in-stock notice that urges the buyer to buy again is promotional (policy.md B).")

R("Hi Ingrid, sorry the buckle on the Tethermoss strap snapped. Photos often get lost in this "
  "inbox, so send a couple to care@quietlarkgoods.com and Tamsin will look at them today.",
  [OFF], "en", ["violation", "careful", "email"],
  "Gives the shop's own e-mail address and moves the conversation off Amazon messaging "
  "(policy.md D2).")

R("Lucian, the dial on the Steadyforge set can jam if a plate is seated crooked. Easiest fix is "
  "a quick walk-through: ring Tamsin on 971-555-0183 between 9 and 5 Pacific and she'll talk "
  "you through it.",
  [OFF], "en", ["violation", "careful", "phone"],
  "A staff phone number for support; the number belongs to the shop, not to a carrier or "
  "manufacturer, so the D3 exception does not apply (policy.md D3).")

R("Thanks for the photos of the frayed handle. We'll get a new pair of handles out to you. For "
  "anything else with the set, WhatsApp is quicker than this inbox: +1 (971) 555-0146.",
  [OFF], "en", ["violation", "split", "messaging-app", "phone"],
  "The helpful answer ends with a WhatsApp contact and the shop's number (policy.md D3, D4).")

R("Percival, the Hushgrip Lite is a few dollars cheaper on our own site, quietlarkgoods.com, if "
  "you ever want a second mat for the studio. Same warehouse, lower price, no Amazon fees.",
  [MKT, OFF], "en", ["violation", "careful", "discount", "url", "diversion"],
  "Points to the shop's own website with a lower price: a link off Amazon, a diversion of "
  "the sale and a price promotion at once (policy.md B, D1, D6).")

R("We're sorry the sage band snapped on day two. Amazon refunds can take a week. If you send me "
  "your PayPal address, I'll get the money to you tonight.",
  [OFF], "en", ["violation", "split", "payment"],
  "Offers to refund outside Amazon through PayPal and asks for the buyer's account "
  "(policy.md D5).")

R("Yolanda, we run a monthly mat giveaway for our followers on Instagram, @quietlark.moves. Tag "
  "a friend under the pinned post to get into the draw.",
  [MKT, OFF], "en", ["violation", "plain", "giveaway", "social"],
  "A social-media giveaway is both promotion and an invitation to a social handle off Amazon "
  "(policy.md B, D4).")

R("Barnaby, once your thoughts on the jump rope are up on Amazon, let me know and I'll pop a "
  "spare weighted handle set in the post, on the house.",
  [RI], "en", ["violation", "careful", "incentive"],
  "A free accessory in return for a posted review, phrased without the word review "
  "(policy.md C1).")

R("Thanks for sticking with us for a third order, Noreen. If a friend buys the Hushgrip through "
  "quietlarkgoods.com/friends with your name, you'll both get twenty dollars back. It's our "
  "way of growing without ads.",
  [MKT, OFF], "en", ["violation", "split", "referral", "url"],
  "A refer-a-friend offer that runs through the shop's own website (policy.md B, D1).")

R("Ms. Oyelaran, want first dibs on our summer sale? Reply with your personal email and we'll "
  "add you to the Quietlark VIP list - members hear about deals two days early.",
  [MKT, OFF], "en", ["violation", "plain", "sale", "vip-list", "email"],
  "Promotes a sale and a VIP list, and asks for the buyer's e-mail so the shop can write to "
  "them outside Amazon; collecting the address for mailing is a judgement call filed under "
  "off-platform contact (policy.md B, D2, G).")

R("We've refunded the shipping on your foam roller. One more thing. If you share an honest "
  "write-up of it on Amazon, we'll knock 25% off your next Quietlark order as a thank-you.",
  [MKT, RI], "en", ["violation", "split", "discount", "incentive"],
  "A discount on the next order in exchange for a review: an incentive, and also a promotion "
  "of the next purchase (judgement call; policy.md B, C1).")

# =====================================================================================
# English: evasions (14)
# =====================================================================================
R("Desmond, Amazon trims some of our replies, so the fastest way to reach Tamsin is "
  "T e l e g r a m: quietlark_desk. Send the photo of the bent clip there.",
  [OFF], "en", ["evasion", "messaging-app", "spacing"],
  "A Telegram handle with the app name spelled out in spaced letters (policy.md D4; section "
  "e spacing).")

R("Mr. Villanueva, the warranty card for the Steadyforge set prints our address wrong. Use "
  "care at quietlarkgoods dot com instead, and put your order number in the subject.",
  [OFF], "en", ["evasion", "email", "spelled-email"],
  "An e-mail address written out with 'at' and 'dot' to dodge address stripping "
  "(policy.md D2; section e).")

R("Noreen, if the door anchor slips again, text Tamsin on nine seven one, five five five, zero "
  "one eight three and she'll video-walk you through fitting it.",
  [OFF], "en", ["evasion", "phone", "number-words"],
  "A phone number spelled in words so digit patterns miss it (policy.md D3; section e).")

R("Yolanda, so happy the Hushgrip arrived flat and smell-free! If you have a moment, a "
  + STAR * 5 + " on Amazon would make Tamsin's week.",
  [RI], "en", ["evasion", "rating-request", "emoji"],
  "Five emoji stars stand in for the words 'five-star review' (policy.md C2; section e).")

R("Lucian, r3view the ab wheel on Amazon and send us the link - there's a $10 g1ft card "
  "waiting for you.",
  [RI], "en", ["evasion", "incentive", "leetspeak"],
  "A gift card for a review, with digits swapped into the key words (policy.md C1; section "
  "e leetspeak).")

R("Percival, thanks for the lovely note about the blocks. Next time, " + fw("FLOW15") + " at "
  "checkout takes fifteen percent off the straps and rollers.",
  [MKT], "en", ["evasion", "coupon", "fullwidth"],
  "A coupon code typed in full-width characters (policy.md B; section e full-width).")

R("Ingrid, come say hi on Inst" + CY_A + "gram (@quietlark.moves) - we post form checks for "
  "the Tensaloop bands every Friday.",
  [MKT, OFF], "en", ["evasion", "follow", "social", "homoglyph"],
  "A 'follow us' invitation to a social handle, with a Cyrillic letter hiding the app name "
  "(policy.md B, D4; section e homoglyphs).")

R("Wilhelmina, if the mat is everything you hoped, a re" + ZW + "view on Amazon helps other "
  "yogis. If it isn't, please message us before posting anything.",
  [RI], "en", ["evasion", "gating", "zero-width"],
  "Review gating, with a zero-width space splitting the word review (policy.md C3; section "
  "e).")

R("Barnaby, easier to sort the handle swap on the paper-plane app. Search quietlark, then an "
  "underscore, then desk.",
  [OFF], "en", ["evasion", "messaging-app", "nickname", "split-handle"],
  "Telegram named only by its icon and the handle given in pieces (policy.md D4; section e).")

R("Ms. Oyelaran, the bands are cheaper direct: q-u-i-e-t-l-a-r-k-g-o-o-d-s dot com, and the "
  "price there includes a free carry bag.",
  [MKT, OFF], "en", ["evasion", "discount", "url", "diversion", "separator"],
  "The shop's own website, spelled with hyphens, offered with a lower price and a freebie "
  "(policy.md B, D1, D6; section e separators).")

R("Desmond, photos of the split seam can go to " + fw("orders@quietlarkgoods.com")
  + "; the inbox here shrinks them.",
  [OFF], "en", ["evasion", "email", "fullwidth"],
  "An e-mail address in full-width characters (policy.md D2; section e).")

R("Noreen, now that the new roller has arrived, would you consider editing your r" + CY_E
  + "view so it matches how things turned out?",
  [RI], "en", ["evasion", "change-review", "homoglyph"],
  "Asks for a review edit after resolution, with a Cyrillic e in 'review' (policy.md C4; "
  "section e).")

R("Yolanda, psst: the N3W cork blocks dropped today and early buyers get a sp3cial price "
  "through Friday.",
  [MKT], "en", ["evasion", "new-product", "sale", "leetspeak"],
  "New-product and limited-time price announcement with leetspeak in the trigger words "
  "(policy.md B; section e).")

R("Hi Percival, rather than wait on messages, ring the UK desk on oh seven seven oh oh, nine oh "
  "oh, five six three - someone picks up until six.",
  [OFF], "en", ["evasion", "phone", "number-words"],
  "A UK phone number spelled in words (policy.md D3; section e number words).")

# =====================================================================================
# English: near-misses (23)
# =====================================================================================
R("Hi Ingrid, this is about order 113-3672198-0457716 (Cloudbrick blocks, pair). When you've "
  "had time to use them, we'd value your honest review on Amazon, whatever it says. Thanks, "
  "Tamsin.",
  [], "en", ["near-miss", "neutral-request"],
  "One neutral review request with no rating, reward or condition is allowed "
  "(interface.md; policy.md C near-misses, section b).")

R("Order 114-8801354-2296670: Desmond, if you have a moment after a few sessions with the "
  "Tensaloop set, the product page on Amazon has room for you to say how it's working for you, "
  "good or bad.",
  [], "en", ["near-miss", "neutral-request"],
  "A single balanced request that names both outcomes; no incentive or gating (policy.md C "
  "near-misses, section b).")

R("Lucian, I'm sorry the ab wheel arrived with a cracked hub. A replacement is on the way free "
  "of charge, tracking TBA739206158843, and there's no need to send the broken one back.",
  [], "en", ["near-miss", "remedy"],
  "A free replacement is a remedy, not a promotion, and no review is mentioned "
  "(policy.md B near-misses).")

R("Noreen, your refund for the Skipwire rope that arrived tangled beyond saving went through "
  "this morning; expect it on your card within three to five business days.",
  [], "en", ["near-miss", "remedy"],
  "A refund with no link to a review (policy.md C near-misses).")

R("Your Steadyforge order 112-5550146-7028831 is booked with the freight carrier for Thursday "
  "between 8 and noon. The driver will need someone home to sign.",
  [], "en", ["near-miss", "lookalike-number"],
  "The order id contains the shop's 555-0146 digits but is an Amazon order id, not a phone "
  "number; scheduling a heavy delivery is a permitted message (policy.md D near-misses, A).")

R("Hi Yolanda, for the exchange on order 111-5550183-4460923, please choose 'Item defective' on "
  "the returns page so Amazon covers the label.",
  [], "en", ["near-miss", "lookalike-number"],
  "An order id that looks like a 555-01xx phone number; return guidance through Amazon "
  "(policy.md D near-misses).")

R("Percival, thanks for asking, but we can't take PayPal or send you a mat outside Amazon. "
  "Please order the second Hushgrip through Amazon as usual and it will go out the same day.",
  [], "en", ["near-miss", "refusal"],
  "The seller turns down the buyer's request to pay off Amazon; naming PayPal in a refusal "
  "invites no one anywhere (policy.md D5, judgement call).")

R("Barnaby, you asked whether leaving a review gets you anything. It doesn't: we don't offer "
  "anything for reviews, and whether you write one is entirely up to you.",
  [], "en", ["near-miss", "negation"],
  "Review words under negation, answering the buyer's question; no request is made "
  "(policy.md section 0 point 4, C near-misses).")

R("Mr. Villanueva, the new dial arrived and you've confirmed the set locks properly now. If you "
  "feel we've put things right, you're able to revise or take down the seller feedback you "
  "left earlier; it's entirely your choice, and no reply is needed.",
  [], "en", ["near-miss", "feedback-notice"],
  "The neutral seller-feedback notice after resolution that policy.md allows; it would warn "
  "at most, so it is not labelled (policy.md C5, judgement call).")

R("Ms. Oyelaran, thank you for mentioning that you left a review of the Hushgrip Travel mat; "
  "it was kind of you to take the time. About your question: yes, the fold creases relax after "
  "a week or so flat on the floor.",
  [], "en", ["near-miss", "review-thanks"],
  "Thanks in a reply to a buyer who mentioned their review; nothing is solicited "
  "(policy.md C near-misses).")

R("Hi Wilhelmina, the top layer of the Hushgrip is free from PVC and phthalates, but the base "
  "is natural rubber, so with a latex allergy please check with your doctor before using it.",
  [], "en", ["near-miss", "product-word"],
  "'Free from' is a product fact, not an offer (policy.md B near-misses).")

R("Desmond, the five stars printed along the Tethermoss strap aren't a logo - they mark hand "
  "positions, one every 30 cm, so you can track how far your reach has come.",
  [], "en", ["near-miss", "product-word"],
  "Stars as a product feature, far from any rating request (policy.md C near-misses).")

R("> Five stars from me, the mat is perfect!\n\nSo glad to hear it, Ingrid. About the question "
  "in your note: wipe it with a damp cloth and mild soap, and keep it out of direct sun so the "
  "rubber doesn't dry out.",
  [], "en", ["near-miss", "quoted-buyer"],
  "The star rating is in the buyer's quoted words; the seller answers a care question and "
  "asks for nothing (policy.md D near-misses, C near-misses).")

R("Lucian, you asked whether the clip-on coupon on the listing covers the dumbbell stand too. "
  "It only applies to the dumbbell pair itself; Amazon takes it off at checkout if you tick the "
  "box before paying.",
  [], "en", ["near-miss", "answer"],
  "Explains an Amazon promotion the buyer asked about and offers nothing; policy.md would "
  "warn at most (policy.md B near-misses).")

R("'Please don't call me, I work nights' - understood, Percival. We'll keep everything in this "
  "message thread, and Royal Mail has been told to leave the roller with your concierge "
  "(ML502917364GB).",
  [], "en", ["near-miss", "quoted-buyer"],
  "'Call' is in the buyer's quoted words; the seller keeps the conversation on Amazon "
  "(policy.md D near-misses).")

R("Hi Noreen, as you asked, we've cancelled the duplicate order for the second Tensaloop set "
  "and put your new flat's address on the first one.",
  [], "en", ["near-miss", "logistics-word"],
  "Cancelling at the buyer's request is logistics, not a request to cancel "
  "(policy.md A near-misses).")

R("To send the Hushgrip back, open Your Orders on Amazon, pick the mat and choose the return "
  "option for a defective item. Amazon will email you the label.",
  [], "en", ["near-miss", "amazon-page"],
  "Directs the buyer to Amazon's own order page; no outside link (policy.md D near-misses).")

R("Your dumbbells left our dock this morning, Yolanda. You can follow the parcel on the USPS "
  "website with tracking 9400 1118 2047 5593 6612 48; it's showing Friday.",
  [], "en", ["near-miss", "carrier-site"],
  "The carrier's own tracking site in reply to a delivery question is order completion, not "
  "diversion (policy.md D near-misses, A near-misses).")

R("Mr. Villanueva, the Steadyforge dials carry a two-year warranty. If a dial sticks, open a "
  "claim from Your Orders on Amazon and attach a short video, and we'll send a new dial.",
  [], "en", ["near-miss", "warranty"],
  "Warranty information handled inside Amazon; no number or outside address "
  "(policy.md D3, D near-misses).")

R("Desmond, the Hushgrip dropped to $79 two days after you paid $94. That's Amazon's pricing on "
  "the listing rather than anything we ran, and Amazon's customer service can tell you whether "
  "the difference can be matched.",
  [], "en", ["near-miss", "price-paid"],
  "Explains a price the buyer already paid; no offer, code or sale is promoted "
  "(policy.md B near-misses).")

R("Desmond, the little card in your Tensaloop starter pack is a preview of the five resistance "
  "levels, lightest to heaviest; the full chart is on the back of the box.",
  [], "en", ["near-miss", "substring"],
  "'Starter' and 'preview' contain 'star' and 'review' without meaning either "
  "(policy.md section 0 point 4).")

R("Noreen, our team will review the photos of the torn corner with the packer this afternoon, "
  "and you'll hear back from me before the end of the day.",
  [], "en", ["near-miss", "review-word"],
  "'Review' as an ordinary verb about the seller's own checks (policy.md section 0 point 4).")

R("Percival, don't worry about the note asking for a signature - Amazon adds it for heavy "
  "items. The Steadyforge pair weighs 48 kg boxed, so the courier will phone ahead on the "
  "number Amazon gives them.",
  [], "en", ["near-miss", "logistics-word"],
  "The carrier phoning the buyer for a bulky delivery is logistics; the seller gives no "
  "number (policy.md G near-misses, A).")

# =====================================================================================
# English: clean (13)
# =====================================================================================
R("Hi Wilhelmina, the Hushgrip needs about two days unrolled to lie completely flat. If the "
  "corners still curl, roll it the other way for an hour and it will settle.",
  [], "en", ["clean"], "Product care in answer to the buyer (policy.md A).")

R("Desmond, for knee pain the sage Tensaloop is a good first band. Loop it just above the "
  "knees, not on the joint, and keep the tension light for the first week.",
  [], "en", ["clean"], "Usage advice the buyer asked for (policy.md A).")

R("Thanks for your question, Ingrid. Cork blocks are heavier than foam ones but grip better "
  "when your hands sweat. Wipe them with a barely damp cloth and let them air dry; don't soak "
  "them.",
  [], "en", ["clean"], "Answers a product question; nothing promotional (policy.md A).")

R("Lucian, the Pivotwell wheel's handles unscrew anticlockwise. Once they're off, the rubber "
  "tread slides off the hub for cleaning.",
  [], "en", ["clean"], "Maintenance instructions in a reply (policy.md A).")

R("Mr. Villanueva, your Steadyforge dumbbells are heavy enough that the carrier needs a "
  "delivery window. Which suits you better next week: Tuesday morning or Wednesday afternoon?",
  [], "en", ["clean"], "Scheduling delivery of a heavy item is a permitted message "
  "(policy.md A).")

R("Yolanda, we're sorry: the plum bands in your set were held up at the port, so your parcel "
  "will leave us about four days later than first estimated. Nothing else about the order is "
  "affected.",
  [], "en", ["clean"], "A delay notice is an unexpected-problem message, allowed "
  "(policy.md A near-misses).")

R("Percival, yes, the Rollmere roller fits in the carry sling with the Travel mat if you fold "
  "the mat in thirds first.",
  [], "en", ["clean"], "A plain product answer (policy.md A).")

R("Good question, Noreen. The Skipwire weights screw into the handles and come in 150 g and "
  "250 g pairs. Begin with the lighter pair until your wrists get used to it.",
  [], "en", ["clean"], "Product answer; no offer (policy.md A).")

R("Barnaby, the Cloudbrick blocks are 23 by 15 by 10 cm, so they'll sit flat on the long side "
  "or upright for a taller reach.",
  [], "en", ["clean"], "Dimensions the buyer asked about (policy.md A).")

R("Ms. Oyelaran, the custom length you asked for on the Tethermoss strap is 2.5 m with the "
  "cinch buckle at one end. Please confirm that's right before we cut and sew it.",
  [], "en", ["clean"], "Verifying a custom design is a permitted message (policy.md A).")

R("Sorry for the slow reply, Ingrid - we were closed for the bank holiday. The door anchor "
  "works on doors up to 5 cm thick; anything chunkier and the strap won't clear the frame.",
  [], "en", ["clean"], "Apology and a fit answer (policy.md A).")

R("Desmond, the chalky film on a new rubber mat is normal. Scrub it once with a soft brush and "
  "a little diluted vinegar, rinse, and dry it in the shade.",
  [], "en", ["clean"], "Care instructions (policy.md A).")

R("Hi Lucian, the Tensaloop bands stretch to roughly two and a half times their resting length. "
  "Going further than that is where tears happen, so stop when the colour begins to pale.",
  [], "en", ["clean"], "Safety advice on the product (policy.md A).")

# =====================================================================================
# Simplified Chinese: violations (16)
# =====================================================================================
R("姚女士您好，瑜伽垫用着还顺手吗？在亚马逊留个好评并截图发给我们，马上返现五美元给您。",
  [RI], "zh", ["violation", "plain", "incentive"],
  "好评返现: cash for a posted review (policy.md C1).")

R("俞先生，弹力圈收到了吧？麻烦抽空给个五星，小店刚起步，每一颗星对我们都很要紧，谢谢支持！",
  [RI], "zh", ["violation", "plain", "rating-request"],
  "Asks for five stars outright (policy.md C2).")

R("常阿姨，泡沫轴已经签收了。用得舒服的话，欢迎到商品页写几句评价。要是哪里不满意，先别急着写，"
  "直接在这里告诉阿凤，我们马上处理。",
  [RI], "zh", ["violation", "split", "gating"],
  "Only satisfied buyers are invited to review; unhappy ones are held back (policy.md C3).")

R("邵老师，款项已经原路退回，新的门扣也寄出了。之前您在商品页写的那段话，现在问题解决了，"
  "能不能麻烦改一改，让后来的买家看到最新情况？",
  [RI], "zh", ["violation", "careful", "change-review"],
  "Asks to edit the product review after resolution without naming it (policy.md C4).")

R("小棠你好，健腹轮的轮子有异响可能是轴承进灰。加一下我们微信 quietlark_cn，或者扫包装盒里卡片上的"
  "二维码，发个视频过来，阿凤帮你看。",
  [OFF], "zh", ["violation", "plain", "messaging-app", "qr"],
  "A WeChat ID and a QR code on the insert move support off Amazon (policy.md D1, D4).")

R("姚女士，下次要买瑜伽砖可以直接找我们，不走亚马逊，省下的平台佣金都让给您，每块便宜八块钱。",
  [MKT, OFF], "zh", ["violation", "careful", "discount", "diversion"],
  "Invites the buyer to buy outside Amazon for a lower price (policy.md B, D6).")

R("俞先生，您买的拉力绳已经在路上了。顺便说一下，我们刚上新了一款配套的门扣，装上就能在家做划船"
  "动作。需要的话店里就有。",
  [MKT], "zh", ["violation", "split", "new-product", "cross-sell"],
  "A shipping note that turns into a new-product and cross-sell pitch (policy.md B).")

R("常阿姨您好，感谢一直以来的照顾！下单时输入优惠码 BANDS20 可以再减两成，瑜伽砖和伸展带都能用。",
  [MKT], "zh", ["violation", "plain", "coupon"],
  "A discount code for the next order (policy.md B).")

R("邵老师，过几天亚马逊可能会请您分享使用感受。写的时候能不能提一句“无异味、不打滑”，再配两张"
  "铺在地上的照片？这两点最能打消新买家的顾虑。",
  [RI], "zh", ["violation", "careful", "steering"],
  "Dictates what the review should say and show (policy.md C7).")

R("小棠，泡沫轴的跟练视频亚马逊这边传不了。我们放在 quietlarkgoods.com 上了，那边还能直接下单，"
  "发货更快。",
  [OFF], "zh", ["violation", "split", "url", "diversion"],
  "Links to the shop's own site and invites ordering there (policy.md D1, D6).")

R("姚女士，可调哑铃的旋钮卡住先别用力拧。方便的话打我们美国的客服电话 +1 (971) 555-0146，"
  "工作时间有人接。",
  [OFF], "zh", ["violation", "plain", "phone"],
  "The shop's own phone number (policy.md D3).")

R("俞先生，看到您说弹力圈比健身房的还好用，我们太开心了！既然这么满意，能不能把刚才这段话原样贴到"
  "亚马逊商品页下面？",
  [RI], "zh", ["violation", "careful", "gating"],
  "Asks for a review only because the buyer expressed satisfaction, which the policy counts "
  "as gating; the praise is restated in the message (policy.md section 0 point 3, C3).")

R("常阿姨，月底前全店每件少收三成，提前在这里报个名，到时候还能再多减十块。",
  [MKT], "zh", ["violation", "careful", "sale", "vip-list"],
  "A store-wide sale and a sign-up list for extra savings (policy.md B).")

R("邵老师，您好。您给店铺留的那条一星卖家反馈一直挂在前面，对我们影响很大。问题已经解决了，"
  "麻烦您今天撤掉，谢谢。",
  [RI], "zh", ["violation", "split", "feedback-pressure"],
  "Presses the buyer to withdraw seller feedback because it hurts the shop (policy.md C5).")

R("小棠，弹力圈的全套跟练我们每周都在小红书更新，账号叫 Quietlark瑜伽，关注一下不迷路～",
  [MKT, OFF], "zh", ["violation", "plain", "follow", "social"],
  "Asks the buyer to follow a 小红书 account: promotion and an off-Amazon social channel "
  "(policy.md B, D4; judgement call for an app policy.md does not list).")

R("姚女士，伸展带的事情真抱歉。您写完使用感受以后把截图发过来吧。我们用支付宝给您补二十块钱，"
  "算是一点心意。",
  [OFF, RI], "zh", ["violation", "split", "payment", "incentive"],
  "Money through 支付宝 for a posted review: an incentive paid off Amazon (policy.md C1, D5).")

# =====================================================================================
# Simplified Chinese: evasions (9)
# =====================================================================================
R("俞先生，拉力绳用了一周感觉怎么样？晒图写几句 haoping，我们给您 fanxian 十美元，截图发给阿凤"
  "就行。",
  [RI], "zh", ["evasion", "incentive", "pinyin"],
  "好评返现 written in pinyin (policy.md C1; section e pinyin).")

R("常阿姨，售后找阿凤更方便，加薇信：quietlark_cn，语音也能说。",
  [OFF], "zh", ["evasion", "messaging-app", "homophone"],
  "WeChat written as the homophone 薇信 (policy.md D4; section e).")

R("小棠，弹力圈断了别担心。绿泡泡搜 quietlark，后面加下划线和 cn 两个字母，发照片过来就补寄。",
  [OFF], "zh", ["evasion", "messaging-app", "nickname", "split-handle"],
  "WeChat called 绿泡泡 and the ID given in pieces (policy.md D4; section e).")

R("姚女士，瑜伽垫满意的话，给 个 五 星 好 评 吧，对我们真的很重要。",
  [RI], "zh", ["evasion", "rating-request", "gating", "spacing"],
  "A five-star request, conditioned on satisfaction, with spaces between the characters "
  "(policy.md C2, C3; section e spacing).")

R("邵老师，下次买伸展带报暗号 F/L/O/W/1/5，结账能少一截。",
  [MKT], "zh", ["evasion", "coupon", "separator"],
  "A coupon code split by slashes (policy.md B; section e separators).")

R("俞先生，哑铃的问题电话里说得更清楚，打给 Tamsin：九七一 五五五 零一八三，美国西部时间白天都在。",
  [OFF], "zh", ["evasion", "phone", "cn-numerals"],
  "A staff phone number in Chinese numerals (policy.md D3; section e).")

R("小棠，换新的健腹轮已经签收了吧？之前那条差" + ZW + "评能不能帮忙删" + ZW + "掉？",
  [RI], "zh", ["evasion", "change-review", "zero-width"],
  "Asks to delete a negative review, with zero-width spaces inside 差评 and 删掉 "
  "(policy.md C4; section e).")

R("常阿姨，写完使用心得告诉我们一声，下次买泡沫轴给您 dazhe，还包邮。",
  [MKT, RI], "zh", ["evasion", "discount", "incentive", "pinyin"],
  "A discount on the next purchase for writing a review, 打折 in pinyin (judgement call; "
  "policy.md B, C1).")

R("邵老师，我们在抖音天天直播瑜伽跟练" + PHONE_EMOJI + "，搜 Quietlark练功房 关注一下，直播间还有"
  "福利" + GIFT_EMOJI + "。",
  [MKT, OFF], "zh", ["evasion", "giveaway", "follow", "social", "emoji"],
  "A 抖音 follow invitation with giveaways, carried partly by emoji (policy.md B, D4; "
  "section e).")

# =====================================================================================
# Simplified Chinese: near-misses (17)
# =====================================================================================
R("姚女士，您说在亚马逊上检索评测视频找不到我们的安装说明，确实没有上传。说明书第三页有图示，"
  "门扣要卡在门铰链的那一侧。",
  [], "zh", ["near-miss", "substring"],
  "检索评测 contains 索评 without any request (policy.md section 0 point 4).")

R("俞先生，您在商品页搜索评论时看到有人说弹力圈有味道，这是天然乳胶的正常气味，放在通风处两三天"
  "就散了。",
  [], "zh", ["near-miss", "substring"],
  "搜索评论 contains 索评; the seller explains a smell (policy.md section 0 point 4, C "
  "near-misses).")

R("常阿姨，按您的要求，重复的那笔订单已经取消，收货地址也修改成了您女儿家的新地址。",
  [], "zh", ["near-miss", "logistics-word"],
  "取消 and 修改 for a duplicate order and an address (policy.md A near-misses, C "
  "near-misses).")

R("小棠，断掉的那根弹力圈我们已经免费补发，运单号 TBA560318427719，旧的不用寄回。",
  [], "zh", ["near-miss", "remedy"],
  "A free replacement as a remedy (policy.md B near-misses).")

R("邵老师您好，订单 113-9046512-3381784 的瑜伽砖用了一段时间后，如果方便，欢迎在亚马逊上说说实际"
  "用下来的感受，好的坏的都行。",
  [], "zh", ["near-miss", "neutral-request"],
  "One balanced review request tied to one order (interface.md; policy.md C near-misses).")

R("姚女士，新的拉力绳把手您已经确认收到并且能用了。如果您觉得问题处理妥当了，之前的卖家反馈是否"
  "更新或删除由您自己决定，我们不会再就此打扰您。",
  [], "zh", ["near-miss", "feedback-notice"],
  "The neutral seller-feedback notice after resolution; policy.md would warn at most "
  "(policy.md C5, judgement call).")

R("俞先生，谢谢您告诉我们已经写了评价，看到您说垫子不打滑我们很开心。您问的清洁方法：清水加少量"
  "中性皂擦拭，阴干即可。",
  [], "zh", ["near-miss", "review-thanks"],
  "Thanks for a review the buyer mentioned, in a reply (policy.md C near-misses).")

R("常阿姨，您问的“第二件半价”是亚马逊页面上的优惠，结账时系统自动计算，我们这边没有别的代码可以"
  "给您。",
  [], "zh", ["near-miss", "answer"],
  "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")

R("小棠，旅行瑜伽垫是可折叠款，折痕平放两三天会自然消失，不影响防滑。",
  [], "zh", ["near-miss", "product-word"],
  "折 in 折叠 and 折痕 is folding, not a discount (policy.md B near-misses).")

R("邵老师，订单 113-9715550-1462208 里的哑铃架是大件，物流公司会先打电话跟您约送货时间，请留意"
  "来电。",
  [], "zh", ["near-miss", "lookalike-number"],
  "The order id hides 971-555-0146 across its dashes but is not a phone number; the carrier "
  "calling for a bulky item is logistics (policy.md D near-misses, G near-misses).")

R("您留言说“能不能加个微信方便联系”，不好意思，我们只在亚马逊消息里沟通，有问题直接回这条就行，"
  "阿凤都会看到。",
  [], "zh", ["near-miss", "quoted-buyer"],
  "微信 is the buyer's quoted request, which the seller declines (policy.md D near-misses).")

R("俞先生，您提出用支付宝付款能不能价格再低一点，这个我们做不了，所有订单都只能在亚马逊下单付款。",
  [], "zh", ["near-miss", "refusal"],
  "Refuses an off-Amazon payment the buyer proposed (policy.md D5, judgement call).")

R("常阿姨，写不写评价完全看您自己，我们不会因为评价给任何好处，也不会因为没写而影响售后。",
  [], "zh", ["near-miss", "negation"],
  "Review and benefit words under negation (policy.md section 0 point 4).")

R("小棠，可调哑铃有两年保修，旋钮如果卡住，在亚马逊订单页申请售后并附一段视频，我们收到后安排换新。",
  [], "zh", ["near-miss", "warranty"],
  "Warranty handled through Amazon's order page (policy.md D near-misses).")

R("姚女士，顺丰单号 SF2047719358026，您可以在顺丰官网上查，显示明天派送。",
  [], "zh", ["near-miss", "carrier-site"],
  "官网 is the carrier's tracking site, for delivery (policy.md D near-misses).")

R("邵老师，您付款后第二天价格降了十二块，这是亚马逊页面的价格浮动，不是我们搞的活动。差价可以联系"
  "亚马逊客服看能不能申请。",
  [], "zh", ["near-miss", "price-paid"],
  "Explains the price the buyer paid; promotes nothing (policy.md B near-misses).")

R("俞先生，您发来的破损照片我们仓库正在评估，今天之内给您答复是补发还是退款。",
  [], "zh", ["near-miss", "review-word"],
  "评估 contains 评 but means assessing damage (policy.md section 0 point 4).")

# =====================================================================================
# Simplified Chinese: clean (10)
# =====================================================================================
R("姚女士，天然橡胶垫刚拆封会有一点橡胶味，放在阴凉通风的地方摊开两三天，味道就会淡很多。不要暴晒。",
  [], "zh", ["clean"], "Product care (policy.md A).")

R("俞先生，五根弹力圈从浅到深阻力依次增加，膝盖不舒服的话先用最浅的沙色那根，动作慢一点。",
  [], "zh", ["clean"], "Usage advice (policy.md A).")

R("常阿姨，泡沫轴不要直接压在腰椎上滚，放在大腿外侧和小腿效果更好，每个部位一分钟左右就够了。",
  [], "zh", ["clean"], "Usage advice (policy.md A).")

R("小棠，门扣要装在门打开方向的另一侧，关紧门以后再拉，拉之前先用力拽两下确认卡牢了。",
  [], "zh", ["clean"], "Fitting instructions (policy.md A).")

R("邵老师，抱歉通知您，瑜伽砖的软木原料到货晚了，您的包裹预计比原定时间晚四天发出，其他不受影响。",
  [], "zh", ["clean"], "A delay notice (policy.md A near-misses).")

R("姚女士，可调哑铃整箱有四十多公斤，物流需要预约送货。下周二上午和周四下午，哪个时间您家里有人？",
  [], "zh", ["clean"], "Scheduling a heavy delivery (policy.md A).")

R("俞先生，健腹轮的把手是逆时针拧下来的，拆下来以后轮胎可以用湿布擦干净。",
  [], "zh", ["clean"], "Maintenance answer (policy.md A).")

R("常阿姨，您要定制的伸展带长度是两米五，一头缝扣环。麻烦确认一下尺寸没问题，我们再裁剪缝制。",
  [], "zh", ["clean"], "Verifying a custom design (policy.md A).")

R("小棠，跳绳的配重块分一百五十克和二百五十克两种，手腕还没适应的话先用轻的那对。",
  [], "zh", ["clean"], "Product answer (policy.md A).")

R("邵老师，瑜伽垫表面那层白色粉末是脱模留下的，用软毛刷加一点稀释的白醋刷一遍，冲净晾干就没了。",
  [], "zh", ["clean"], "Care instructions (policy.md A).")

# =====================================================================================
# Traditional Chinese: violations (10; Taiwan 6, Hong Kong 4)
# =====================================================================================
R("錢小姐您好，瑜伽墊用起來還喜歡嗎？如果滿意的話，拜託幫我們在亞馬遜給個五星好評喔！",
  [RI], "zh", ["violation", "plain", "rating-request", "gating", "traditional", "taiwanese"],
  "Five stars asked for, and only if satisfied (policy.md C2, C3).")

R("魏先生，彈力帶斷掉的事真的很抱歉。補寄的部分請到 quietlarkgoods.com 填一下表單，我們那邊處理"
  "比較快，三個工作天內出貨。",
  [OFF], "zh", ["violation", "careful", "url", "diversion", "traditional", "taiwanese"],
  "Sends the buyer to the shop's own website for the replacement (policy.md D1, D6).")

R("紀小姐，伸展帶已經出貨了。另外提醒您，這個月全館滿兩件打八五折。結帳時輸入 MATS10 還能再折。",
  [MKT], "zh", ["violation", "split", "bundle", "coupon", "traditional", "taiwanese"],
  "A multi-buy deal and a code tacked onto a shipping note (policy.md B).")

R("錢小姐，跳繩用了一陣子之後，若願意在商品頁分享心得，傳訊息跟我們說一聲，我們再寄一組配重塊給您。",
  [RI], "zh", ["violation", "careful", "incentive", "traditional", "taiwanese"],
  "A free accessory for a posted review, without review words (policy.md C1).")

R("魏先生，亞馬遜退款流程比較慢。您可以給我銀行帳號，我們直接轉帳退給您。這樣今天就能入帳。",
  [OFF], "zh", ["violation", "split", "payment", "traditional", "taiwanese"],
  "A refund by bank transfer outside Amazon (policy.md D5).")

R("紀小姐，我們在臉書有一個「Quietlark 晨練社」社團，每週都有跟練影片，歡迎加入一起練喔！",
  [MKT, OFF], "zh", ["violation", "plain", "follow", "social", "traditional", "taiwanese"],
  "Invites the buyer to a Facebook group (policy.md B, D4).")

R("譚生，多謝你買咗我哋嘅拉力繩。寫完評價之後影張截圖俾我哋，即刻送你一張十美金禮品卡。",
  [RI], "zh", ["violation", "plain", "incentive", "traditional", "cantonese"],
  "A gift card for a review, in Cantonese (policy.md C1).")

R("聶太，啞鈴個旋鈕卡住唔好硬扭。你可以直接打去 +1 (971) 555-0146 搵 Tamsin，佢會教你點調返。",
  [OFF], "zh", ["violation", "careful", "phone", "traditional", "cantonese"],
  "The shop's phone number without the word 電話 (policy.md D3).")

R("馬小姐，你個瑜伽墊已經寄出咗。好多客人都會加配一對瑜伽磚。呢度係連結：amazon.com/dp/B0F3KM7V9Q，"
  "有需要可以睇吓。",
  [MKT], "zh", ["violation", "split", "cross-sell", "listing-link", "traditional",
                "cantonese"],
  "Cross-sells with a link to another Amazon listing; an Amazon link is marketing, not "
  "off-platform, under interface.md (judgement call; policy.md B, D1).")

R("聶太，多謝你嘅留言。如果用落覺得啱心水，就喺亞馬遜商品頁講兩句。如果有咩唔滿意，先嚟搵我哋，"
  "唔好急住寫出嚟。",
  [RI], "zh", ["violation", "split", "gating", "traditional", "cantonese"],
  "Review gating in Cantonese (policy.md C3).")

# =====================================================================================
# Traditional Chinese: evasions (5; Taiwan 3, Hong Kong 2)
# =====================================================================================
R("錢小姐，售後問題可以加賴 @quietlarktw，傳訊息給阿鳳，週末也有人回。",
  [OFF], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
  "LINE written as the homophone 賴 (policy.md D4; section e).")

R("紀小姐，下次結帳輸入 " + fw("GRIP12") + "，泡沫軸和瑜伽磚都能用喔。",
  [MKT], "zh", ["evasion", "coupon", "fullwidth", "traditional", "taiwanese"],
  "A coupon code in full-width characters (policy.md B; section e).")

R("魏先生，啞鈴旋鈕的問題請直接打給我們：九七一 五五五 零一四六，平日工作天都有人接喔。",
  [OFF], "zh", ["evasion", "phone", "cn-numerals", "traditional", "taiwanese"],
  "The shop's number in Chinese numerals (policy.md D3; section e).")

R("譚生，用完覺得好嘅話，記得俾個 好 評 同 五 星 呀，唔該晒！",
  [RI], "zh", ["evasion", "rating-request", "gating", "spacing", "traditional", "cantonese"],
  "A conditional five-star request with spaced characters (policy.md C2, C3; section e).")

R("馬小姐，想睇多啲拉力帶教學，可以喺 IG 搵我哋：quietlark 後面加一點，再加 moves。",
  [MKT, OFF], "zh", ["evasion", "follow", "social", "split-handle", "traditional",
                     "cantonese"],
  "An Instagram handle given in pieces, as an invitation to follow (policy.md B, D4; section "
  "e).")

# =====================================================================================
# Traditional Chinese: near-misses (9; Taiwan 5, Hong Kong 4)
# =====================================================================================
R("錢小姐，依您的要求，重複下單的那筆已經取消，收件地址也改成公司的地址了，預計兩個工作天到。",
  [], "zh", ["near-miss", "logistics-word", "traditional", "taiwanese"],
  "取消 for a duplicate order at the buyer's request (policy.md A near-misses).")

R("魏先生，伸展帶的扣環斷掉真的不好意思，新的一條已經免費補寄，追蹤編號 TBA418027635591。",
  [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
  "A free replacement as a remedy (policy.md B near-misses).")

R("紀小姐您好，訂單 205-6637218-0945513 的跳繩使用一陣子後，如果方便，歡迎到亞馬遜商品頁留下您真實"
  "的評價，好壞都歡迎喔。",
  [], "zh", ["near-miss", "neutral-request", "traditional", "taiwanese"],
  "One neutral, balanced review request (interface.md; policy.md C near-misses).")

R("魏先生，您問的商品頁上那張折價券，是亞馬遜提供的，勾選後結帳時自動扣，我們這邊沒辦法另外給。",
  [], "zh", ["near-miss", "answer", "traditional", "taiwanese"],
  "Explains Amazon's own coupon the buyer asked about (policy.md B near-misses).")

R("您在訊息裡寫「可以加LINE嗎」，不好意思，我們只用亞馬遜的訊息回覆，有問題直接在這裡傳訊息就可以了。",
  [], "zh", ["near-miss", "quoted-buyer", "traditional", "taiwanese"],
  "LINE is the buyer's quoted request, which is declined (policy.md D near-misses).")

R("聶太，新嘅旋鈕你話已經裝好冇問題。如果你覺得件事處理好咗，之前留低嘅賣家反饋，你可以自己決定"
  "更新定刪除，完全由你話事。",
  [], "zh", ["near-miss", "feedback-notice", "traditional", "cantonese"],
  "Neutral seller-feedback notice after resolution; warn at most (policy.md C5, judgement "
  "call).")

R("馬小姐，你買咗之後隔兩日價格跌咗十五蚊，呢個係亞馬遜頁面自己調，唔係我哋做推廣。想補差價可以"
  "問吓亞馬遜客服。",
  [], "zh", ["near-miss", "price-paid", "traditional", "cantonese"],
  "Explains a price drop after purchase; nothing offered (policy.md B near-misses).")

R("譚生，多謝你話我哋知已經寫咗評價，仲話個墊好抓地，我哋好開心。你問點樣收：墊面向外捲，唔好摺。",
  [], "zh", ["near-miss", "review-thanks", "traditional", "cantonese"],
  "Thanks for a review the buyer mentioned (policy.md C near-misses).")

R("聶太，斷咗嗰條拉力帶我哋已經免費補寄，唔使寄返舊嗰條俾我哋。",
  [], "zh", ["near-miss", "remedy", "traditional", "cantonese"],
  "A free replacement; no review mentioned (policy.md B near-misses).")

# =====================================================================================
# Traditional Chinese: clean (6; Taiwan 3, Hong Kong 3)
# =====================================================================================
R("錢小姐，瑜伽墊剛拆開會有一點橡膠味，攤開放在通風處兩三天就會淡很多，不要拿去曬太陽喔。",
  [], "zh", ["clean", "traditional", "taiwanese"], "Product care (policy.md A).")

R("紀小姐，跳繩的配重塊是用旋的裝上去，順時針鎖緊就好，手腕還不習慣的話先不要裝喔。",
  [], "zh", ["clean", "traditional", "taiwanese"], "Product answer (policy.md A).")

R("魏先生，很抱歉，泡沫軸的外箱在港口被耽誤了，您的包裹會比原本預計晚三天出貨，其他品項不受影響。",
  [], "zh", ["clean", "traditional", "taiwanese"], "A delay notice (policy.md A near-misses).")

R("譚生，啞鈴每邊最重二十四公斤，轉旋鈕之前一定要成個放返落底座度，唔係就會卡住。",
  [], "zh", ["clean", "traditional", "cantonese"], "Usage advice (policy.md A).")

R("聶太，可調啞鈴成箱有四十幾公斤，物流公司要約時間送貨。下週二朝早定週四下晝，邊個時間屋企有人喺度？",
  [], "zh", ["clean", "traditional", "cantonese"], "Scheduling a heavy delivery (policy.md A).")

R("馬小姐，瑜伽磚係二十三乘十五乘十厘米，打橫放或者企直放都得，睇你想高啲定矮啲。",
  [], "zh", ["clean", "traditional", "cantonese"], "Product answer (policy.md A).")

# =====================================================================================
# Code-switched (6): lang zh, tag mixed
# =====================================================================================
R("小棠 hi，your Tensaloop bands shipped today。另外下次 checkout 记得用 code BANDS20，全店 20% off 哦。",
  [MKT], "zh", ["violation", "plain", "coupon", "mixed"],
  "A coupon code in a Chinese-English message (policy.md B).")

R("姚女士，dumbbell 的 dial 卡住的话，直接 ping Tamsin on Signal，number 是 971-555-0183，她 "
  "reply 很快。",
  [OFF], "zh", ["violation", "careful", "messaging-app", "phone", "mixed"],
  "Signal and a staff number; an app policy.md does not list is still off-platform "
  "(judgement call; policy.md D3, D4).")

R("俞先生，the handle 坏了真的 sorry！照片发到 quietlark dot flow at gmail dot com，我们 check "
  "一下马上补寄。",
  [OFF], "zh", ["evasion", "email", "spelled-email", "mixed"],
  "A spelled-out Gmail address (policy.md D2; section e).")

R("聶太，thanks 你頭先嘅 nice comment！如果 ok 嘅話，leave 個 5" + ZW + "-star 喺 Amazon 呀，"
  "唔該！",
  [RI], "zh", ["evasion", "rating-request", "gating", "zero-width", "traditional",
               "cantonese", "mixed"],
  "A five-star request in reply to praise, with a zero-width space in '5-star' "
  "(policy.md C2, C3, section 0 point 3; section e).")

R("邵老师，return 的话直接在 Amazon 的 Your Orders 里选那块 mat，点退货，label 会自动生成，不用找"
  "我们。",
  [], "zh", ["near-miss", "amazon-page", "mixed"],
  "Points to Amazon's own order page for a return (policy.md D near-misses).")

R("小棠，band 的颜色从 sand 到 ink 越来越紧，knee 不舒服的话 stick with sand 就好。",
  [], "zh", ["clean", "mixed"], "Usage advice in a code-switched reply (policy.md A).")


def records():
    recs = [dict(r) for r in _RECS]
    random.Random(64).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h64-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": list(r["tags"]), "note": r["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
