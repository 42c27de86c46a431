#!/usr/bin/env python3
"""Builds holdout62.jsonl: 160 hand-labelled messages from an invented Amazon seller,
Tumblebirch Puzzle Works (wooden jigsaw puzzles and board-game accessories).

Standard library only.  Every text below was written for this set.  Hard-to-see characters
are spelled with helpers: ZW (zero-width space), CY_A / CY_E / CY_O (Cyrillic look-alikes of
a / e / o), STAR (U+2B50), fw() (full-width Latin letters, digits, @ and dot).

Usage: python3 gen.py        (writes holdout62.jsonl next to this file)
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout62.jsonl")
PREFIX = "h62"
SEED = 62

ZW = "\u200b"
CY_A, CY_E, CY_O = "\u0430", "\u0435", "\u043e"
STAR = "\u2b50"


def fw(s):
    """Full-width form of ASCII letters, digits, @ and the dot."""
    out = []
    for c in s:
        if "!" <= c <= "~" and (c.isalnum() or c in "@._"):
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return "".join(out)


MKT, OFF, REV = "marketing", "off-platform-contact", "review-inducement"
_R = []


def add(text, labels, lang, tags, note):
    _R.append({"text": text, "labels": sorted(labels), "lang": lang, "tags": tags,
               "note": note})


# =====================================================================================
# ENGLISH: 22 violations, 14 evasions, 23 near-misses, 13 clean
# =====================================================================================

# ---- violations, plain (8)
add("Hi Marigold, thanks again for choosing the Glenmoor 1000-piece puzzle (order "
    "112-3068417-5529046). Leave a review on Amazon and we will post you a Quarrystone meeple "
    "set as a thank-you; just send us a screenshot once it is live.",
    [REV], "en", ["violation", "plain", "incentive"],
    "A free meeple set in return for a posted review is compensation for a review "
    "(policy.md C1).")
add("Lucius, the negative seller feedback you left last month is still dragging down our "
    "account health, and the dice tower problem has been sorted since. Please take that "
    "feedback down for us.",
    [REV], "en", ["violation", "plain", "feedback-pressure"],
    "Pressing the buyer to withdraw seller feedback because it hurts the account is the C5 "
    "violation, not the neutral notice (policy.md C5).")
add("If you're enjoying the Lanternfield owls, we'd love a review. If a piece is missing or "
    "a cut looks rough, please hold off posting anything and message us here first so we can "
    "put it right.",
    [REV], "en", ["violation", "plain", "gating"],
    "Invites only happy buyers to review and steers unhappy ones to the seller before "
    "reviewing; the channel is Amazon's, but the gating itself is the breach (policy.md C3).")
add("Henrietta, the replacement Harbour at Dusk box reached you on Tuesday (order "
    "113-7745210-0938815) and we covered the postage too. Now that it's fixed, could you "
    "update the two-star review you left on the product page?",
    [REV], "en", ["violation", "plain", "change-review"],
    "Asks for a product review to be updated after the issue was resolved, which is never "
    "allowed (policy.md C4).")
add("Barnaby, for the missing corner piece please email a photo of the back of the puzzle to "
    "orders@tumblebirchpuzzles.com and Ambrose will recut it from the cutting file.",
    [OFF], "en", ["violation", "plain", "email"],
    "An e-mail address in a buyer message moves the conversation off Amazon (policy.md D2).")
add("If the Sortwell trays arrived warped, phone the workshop on +1 (207) 555-0148 any "
    "weekday morning and we'll talk you through flattening them.",
    [OFF], "en", ["violation", "plain", "phone"],
    "The shop's own phone number for general support is off-platform contact; it is not a "
    "carrier or warranty line (policy.md D3; judgement call on the manufacturer exception, "
    "see README).")
add("Ingrid, send a picture of the gap in your Glenmoor frame to us on WhatsApp at "
    "+1 207 555 0163 and we'll match the piece against the cutting file.",
    [OFF], "en", ["violation", "plain", "phone", "messaging-app"],
    "A WhatsApp number invites the buyer to an outside messaging app (policy.md D3, D4).")
add("Cordelia, your puzzle mat has been stitched and is heading back to you. For your next "
    "order, use code PIECE15 at checkout for 15% off any Tumblebirch jigsaw.",
    [MKT], "en", ["violation", "plain", "coupon"],
    "A discount code for a future order is promotional content inside an otherwise "
    "permitted message (policy.md B).")

# ---- violations, careful (7): no obvious keyword
add("When you write about the Keelbox insert on its Amazon page, could you mention that it "
    "fits the base game snugly and that the walnut smells lovely? Shoppers look for exactly "
    "those details.",
    [REV], "en", ["violation", "careful", "steering"],
    "Tells the buyer what to say in the review, an attempt to influence its content "
    "(policy.md C7).")
add("Mr. Okereke, a small thank-you waits for anyone who tells other shoppers how the "
    "Lanternfield puzzle went together: post your thoughts on the listing, reply here with a "
    "screenshot, and a spare bag of whimsy pieces goes in the mail.",
    [REV], "en", ["violation", "careful", "incentive"],
    "Spare pieces sent in exchange for a posted opinion on the listing are an incentive "
    "for a review, worded without the word review (policy.md C1, section e).")
add("Percival, if the dice tower is everything you hoped, the world should hear about it on "
    "Amazon. If it falls short in any way, keep it between us and answer this thread so we "
    "can put it right before anything goes public.",
    [REV], "en", ["violation", "careful", "gating"],
    "Sends satisfied buyers to Amazon and keeps unhappy ones away from public comment "
    "(policy.md C3).")
add("Ms. Villanueva, our 2000-piece cuts never make it onto Amazon; they are only at "
    "tumblebirchpuzzles.com, where the same puzzles also cost less than here.",
    [MKT, OFF], "en", ["violation", "careful", "cross-sell", "url", "diversion"],
    "Points to the shop's own site for other products at a lower price: a non-Amazon URL "
    "and diversion, and a cross-sell (policy.md D1, D6, B).")
add("For quicker help with missing pieces, add us on Signal at 207-555-0163 and Ambrose "
    "will answer straight from the cutting room.",
    [OFF], "en", ["violation", "careful", "phone", "messaging-app"],
    "Signal is not named in policy.md but is an outside messaging app reached through a "
    "phone number (policy.md D3, D4; judgement call: apps not listed still count).")
add("Barnaby, since you finished Harbour at Dusk so quickly, you might like to know that a "
    "companion image, Lighthouse at Dawn, came off the laser this week and is now listed in "
    "our shop.",
    [MKT], "en", ["violation", "careful", "new-product"],
    "Announces a newly listed product the buyer did not ask about (policy.md B).")
add("Henrietta, people who own the Ferngate dice tower usually pair it with the matching "
    "Ferngate tray so rolls don't scatter across the table; you can find it at "
    "amazon.com/dp/B0F3KP7WJ9.",
    [MKT], "en", ["violation", "careful", "cross-sell", "listing-link"],
    "Cross-sells another product with a link to its Amazon detail page; an Amazon link is "
    "not off-platform under interface.md, but it is promotion (policy.md B, D1).")

# ---- violations, split (7): the violation only shows across sentences
add("Ingrid, we hope the Rollaway mat has already rescued a half-finished puzzle or two. "
    "When you get a moment, head to its product page. Five stars there would mean a great "
    "deal to Ambrose.",
    [REV], "en", ["violation", "split", "rating-request"],
    "Asks for a five-star rating, spread over three sentences (policy.md C2).")
add("Cordelia, thank you for sticking with us through the reprint delay. Once your thoughts "
    "on the Glenmoor puzzle are up on Amazon, send us a note here. We'll take 25% off your "
    "next jigsaw from us by way of thanks.",
    [MKT, REV], "en", ["violation", "split", "discount", "incentive"],
    "A discount on the next purchase offered for a review: an incentive (policy.md C1) and "
    "also a promotion of a future sale (policy.md B; judgement call, see README).")
add("Mr. Okereke, glad the meeple colours matched your game after all. Every Friday we post "
    "finished tables sent in by buyers. Follow @tumblebirch.pieces on Instagram to see yours "
    "and to be entered in the monthly puzzle draw.",
    [MKT, OFF], "en", ["violation", "split", "giveaway", "follow", "social"],
    "A social handle to follow plus a prize draw: promotion and off-platform contact "
    "(policy.md B, D4).")
add("Percival, sorry about the cracked lid on your Keelbox. Money sent back through Amazon "
    "can take a while to land. Send us your PayPal address and we'll return the money today.",
    [OFF], "en", ["violation", "split", "payment"],
    "Offers to pay the buyer back outside Amazon and asks for a PayPal account "
    "(policy.md D5).")
add("Marigold, the spare sorting tray is packed in with your order. One more thing worth "
    "knowing. Every Tumblebirch puzzle is 30% off this weekend only, so now is a good time "
    "to pick the next one.",
    [MKT], "en", ["violation", "split", "sale"],
    "Announces a shop-wide sale (policy.md B).")
add("Barnaby, you told us the Lanternfield owls were gone in two evenings. That print run "
    "sold out in June. It is back in stock now, so grab a second copy before it goes again.",
    [MKT], "en", ["violation", "split", "buy-again", "restock"],
    "A restock notice that pushes the buyer to buy again (policy.md B).")
add("Henrietta, we are sorry the second box was also short a piece. Amazon's system makes "
    "this slow for both of us. Next time, order directly at tumblebirchpuzzles.com and we "
    "can check every box by hand before it leaves.",
    [OFF], "en", ["violation", "split", "url", "diversion"],
    "Invites the buyer to buy on the shop's own site next time (policy.md D1, D6).")

# ---- evasions (14)
add("Lucius, please leave the Glenmoor puzzle a fiv" + CY_E + "-st" + CY_A + "r r" + CY_E
    + "vi" + CY_E + "w when you set the last edge piece.",
    [REV], "en", ["evasion", "rating-request", "homoglyph"],
    "Asks for a five-star review with Cyrillic letters inside the words (policy.md C2, "
    "section e).")
add("Ingrid, for the missing whimsy piece, message us on T" + CY_E + "l" + CY_E + "gr" + CY_A
    + "m at @tumblebirch_help and we'll sort it tonight.",
    [OFF], "en", ["evasion", "messaging-app", "homoglyph"],
    "A Telegram handle with the app name spelled in Cyrillic look-alikes (policy.md D4, "
    "section e).")
add("Cordelia, enter D1CE10 at checkout on your next order of Ferngate trays or towers for "
    "10% 0ff.",
    [MKT], "en", ["evasion", "coupon", "leetspeak"],
    "A discount code for a future order written in leetspeak (policy.md B, section e).")
add("Percival, it is easier to sort the missing tokens over S i g n a l: the workshop "
    "number there is 207 555 0148.",
    [OFF], "en", ["evasion", "phone", "messaging-app", "spacing"],
    "Signal spelled with spaces, plus a phone number; Signal is not named in policy.md but "
    "is an outside messaging app (policy.md D3, D4, section e).")
add("Henrietta, r-e-v-i-e-w the Keelbox insert and we will post you a walnut card holder at "
    "no charge.",
    [REV], "en", ["evasion", "incentive", "separator"],
    "A free product for a review, the key word split by hyphens (policy.md C1, section e).")
add("Barnaby, please send the photo of the chipped piece to hello@tumble" + ZW
    + "birchpuzzles.com so Ambrose can recut it tonight.",
    [OFF], "en", ["evasion", "email", "zero-width"],
    "An e-mail address with a zero-width space inside it (policy.md D2, section e).")
add("Mr. Okereke, the new tray for your dice tower is on its way. Once it is in place, could "
    "you please rem" + ZW + "ove the one-star re" + ZW + "view about the loose hinge?",
    [REV], "en", ["evasion", "change-review", "zero-width"],
    "Asks for a product review to be removed, with zero-width spaces inside the key words "
    "(policy.md C4, section e).")
add("Marigold, follow " + fw("instagram") + " @tumblebirch.pieces and post your finished "
    "harbour there to enter this month's puzzle giveaway.",
    [MKT, OFF], "en", ["evasion", "giveaway", "follow", "social", "fullwidth"],
    "A social handle and a giveaway, the app name in full-width letters (policy.md B, D4, "
    "section e).")
add("Ms. Villanueva, the code " + fw("PUZZLE12") + " takes 12% off the Lanternfield puzzle "
    "if you would like a second copy for your sister.",
    [MKT], "en", ["evasion", "coupon", "fullwidth"],
    "A discount code in full-width characters (policy.md B, section e).")
add("Ingrid, a quick " + STAR * 5 + " on the Sortwell trays' Amazon page would make "
    "Ambrose's whole week.",
    [REV], "en", ["evasion", "rating-request", "emoji"],
    "Five star emoji stand in for a five-star request; the emoji also break the formatting "
    "rules, which are not labelled here (policy.md C2, E, section e).")
add("Percival, about the mini puzzle you asked after: it isn't sold on Amazon, so write to "
    "tumblebirch dot pieces at gmail dot com and we will invoice you for it directly.",
    [OFF], "en", ["evasion", "email", "diversion", "spelled-email"],
    "A spelled-out e-mail address and a sale outside Amazon; answering the buyer does not "
    "make it compliant (policy.md D2, D6, section e).")
add("Cordelia, the paper-plane app is quickest for piece photos: search for tumblebirch, "
    "then an underscore, then help.",
    [OFF], "en", ["evasion", "messaging-app", "nickname", "split-handle"],
    "Telegram named by its icon and the handle given in pieces (policy.md D4, section e).")
add("Barnaby, if the tray hinge keeps sticking, ring Ambrose on two oh seven, five five five, "
    "oh one six three and he'll walk you through it.",
    [OFF], "en", ["evasion", "phone", "number-words"],
    "A phone number written out in words (policy.md D3, section e).")
add("Henrietta, the green app is quickest for piece photos: our number there is oh seven "
    "seven oh oh, nine oh oh three eight five.",
    [OFF], "en", ["evasion", "phone", "messaging-app", "number-words", "nickname"],
    "A messaging app named by nickname and a UK number in words (policy.md D3, D4, "
    "section e; judgement call: whichever app is meant, the number is off-platform).")

# ---- near-misses (23)
add("Marigold, we are sorry three pieces of the Glenmoor harbour arrived fused together. "
    "Ambrose has recut them and a replacement bag is going out free of charge; there is "
    "nothing you need to send back.",
    [], "en", ["near-miss", "remedy"],
    "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
add("Lucius, a full refund for the dice tower whose ramp came loose in transit went through "
    "this morning. You do not need to return the broken one; the plywood can go in household "
    "recycling.",
    [], "en", ["near-miss", "remedy"],
    "A refund with no link to any review (policy.md C near-misses).")
add("Henrietta, because the puzzle mat's zip failed after one week, we have set up an Amazon "
    "replacement order for a new Rollaway mat at no cost to you. It should arrive within four "
    "days.",
    [], "en", ["near-miss", "remedy"],
    "A replacement through Amazon at no cost is a remedy (policy.md B near-misses).")
add("Ingrid, you asked, \"Can we sort this on WhatsApp instead?\" We need to keep everything "
    "in Amazon messages, so please answer here with the photo of the torn box corner.",
    [], "en", ["near-miss", "quoted-buyer"],
    "The app name is the buyer's, quoted, and the seller keeps the thread on Amazon "
    "(policy.md D near-misses).")
add("Barnaby, about your note that \"the five-star puzzle of the year arrived one edge "
    "short\": the missing edge piece is cut and travels with tracking TBA592740318806.",
    [], "en", ["near-miss", "quoted-buyer"],
    "Five-star is the buyer's quoted phrase and nothing is asked of them (policy.md C "
    "near-misses).")
add("Cordelia, your order 112-5550148-6602931 has been reprinted after the colour fault; the "
    "corrected Lanternfield box leaves the workshop on Monday.",
    [], "en", ["near-miss", "lookalike-number"],
    "The 555-0148 block is inside an Amazon order id, not a phone number (policy.md D "
    "near-misses).")
add("Mr. Okereke, the USPS number for your new dice tray is 9400 1118 5520 4736 1950 83; it "
    "is a parcel number, not something to dial, so paste it into the USPS tracker.",
    [], "en", ["near-miss", "lookalike-number"],
    "A long tracking number is not a phone number (policy.md D near-misses).")
add("Percival, order 113-4827706-1365598 should have reached you last week. If you have a "
    "moment, you are welcome to describe your experience with the Glenmoor puzzle on its "
    "Amazon page, however it turned out.",
    [], "en", ["near-miss", "neutral-request"],
    "One neutral review request with no rating, condition or reward (interface.md; "
    "policy.md C near-misses, section b).")
add("Ms. Villanueva, regarding order 114-2219653-8041377: other puzzlers read reviews before "
    "they buy, and an honest one from you would be welcome, good or bad. We will not send a "
    "reminder.",
    [], "en", ["near-miss", "neutral-request"],
    "A single balanced review request (interface.md; policy.md C near-misses, section b).")
add("Lucius, we're glad the second mat arrived intact and the refund for the first has "
    "cleared. If you feel your concerns are now resolved, the seller feedback you left "
    "earlier can be updated or removed by you; that choice is entirely yours.",
    [], "en", ["near-miss", "feedback-notice"],
    "The neutral seller-feedback notice after resolution is the allowed form; policy.md would "
    "warn at most, and a warning is not a breach (policy.md C5; judgement call).")
add("Barnaby, as you asked, we cancelled the duplicate dice tray order and changed the "
    "delivery address on the remaining one to your office.",
    [], "en", ["near-miss", "logistics-word"],
    "Cancel and change describe order handling the buyer asked for (policy.md A, C "
    "near-misses).")
add("Cordelia, the Glenmoor price changed the day after you ordered because the felt bag was "
    "dropped from the listing. Your order kept the bag, so the price you paid covers it.",
    [], "en", ["near-miss", "price-paid"],
    "Explains the price already paid; nothing is offered (policy.md B near-misses).")
add("Percival, the $4 on your invoice for order 206-1738945-3302617 is import duty for the "
    "UK delivery, not a packing fee; the price itself matches the listing.",
    [], "en", ["near-miss", "price-paid"],
    "A price explanation, not a promotion (policy.md B near-misses).")
add("Ms. Villanueva, the star-shaped whimsy pieces in the Lanternfield box are meant to look "
    "like that; they are not cutting mistakes, and the box says how many to expect.",
    [], "en", ["near-miss", "product-word"],
    "Star describes a piece shape, not a rating (policy.md C near-misses).")
add("Lucius, yes, the dice tower is free-standing and folds flat, and its rubber feet are "
    "free from latex, which answers your allergy question.",
    [], "en", ["near-miss", "product-word"],
    "Free-standing and free from are product facts, not offers (policy.md B near-misses).")
add("Marigold, thank you for offering to write a glowing review if we sent a second puzzle "
    "at no charge, but we can't tie anything to a review. The missing piece, though, is "
    "already being recut.",
    [], "en", ["near-miss", "refusal"],
    "The seller turns down the buyer's review-for-goods offer (policy.md C1; judgement call: "
    "a refusal is not an inducement).")
add("Barnaby, the Ferngate tower has a two-year warranty on its joints. To use it on order "
    "114-8830517-2296044, open the order in Your Orders on Amazon and report the problem "
    "there; we will handle the rest in that thread.",
    [], "en", ["near-miss", "warranty"],
    "Warranty help that stays inside Amazon, with no contact details (policy.md D "
    "near-misses).")
add("Henrietta, the coupon you saw is an Amazon coupon: it is clipped on the product page and "
    "applied by Amazon at checkout, and we can't add it to an order that is already placed.",
    [], "en", ["near-miss", "answer"],
    "Explains an Amazon promotion the buyer asked about and offers nothing (policy.md B "
    "near-misses; policy.md would warn at most).")
add("Mr. Okereke, Royal Mail shows RN518204736GB waiting at your local delivery office; a "
    "card should have been left, and they hold parcels for 18 days.",
    [], "en", ["near-miss", "carrier-site"],
    "Points to the carrier's own record by name, with no link or contact (policy.md D "
    "near-misses).")
add("Percival, thank you for mentioning your review in your last message; we're glad the "
    "harbour puzzle made a good holiday project, and we've noted your tip about the sky.",
    [], "en", ["near-miss", "review-thanks"],
    "Thanks in a reply to a buyer who mentioned their review; nothing is requested "
    "(policy.md C near-misses).")
add("Ingrid, Ambrose did a final review of every tray in your order under the light table "
    "before packing, which is why it left a day later.",
    [], "en", ["near-miss", "review-word"],
    "Review here is the workshop's own inspection (policy.md section 0, C near-misses).")
add("Cordelia, to send the torn box back, open Your Orders on Amazon, pick the Lanternfield "
    "order and request a return there; the prepaid label shows up once you choose a reason.",
    [], "en", ["near-miss", "amazon-page"],
    "Sends the buyer to Amazon's own returns flow (policy.md D near-misses).")
add("Lucius, we do not offer codes or anything else in exchange for reviews, and we are not "
    "asking you for one; we only wanted to be sure the corner piece arrived.",
    [], "en", ["near-miss", "negation"],
    "The review and code words are negated; no request is made (policy.md section 0, C "
    "near-misses).")

# ---- clean (13)
add("Marigold, the custom photo puzzle you ordered is ready to cut. Before Ambrose sends it "
    "to the laser, please confirm that the dog sits in the lower left and that the names "
    "read Pip and Juno.",
    [], "en", ["clean"],
    "Verifying a custom design is a permitted message (policy.md A).")
add("Lucius, a carrier delay means your Glenmoor puzzle will leave the workshop three days "
    "later than planned. We are sorry for the wait and will write again if anything else "
    "shifts.",
    [], "en", ["clean"],
    "A delay notice about an unexpected problem (policy.md A near-misses).")
add("Henrietta, to finish the engraved lid for your dice tower we need the exact spelling "
    "of the club name. Is it Tuesday Dice Guild with a capital D?",
    [], "en", ["clean"],
    "Asks for information needed to complete a custom order (policy.md A).")
add("Barnaby, you asked how we sort a 1000-piece puzzle. Ambrose begins with the edge "
    "pieces, then groups the rest by colour in the trays, and leaves the sky for last.",
    [], "en", ["clean"],
    "Answers a buyer's question (policy.md A).")
add("Ingrid, the dice tower is birch plywood with a water-based lacquer, so a damp cloth is "
    "all it needs. Keep it away from radiators so the panels stay flat.",
    [], "en", ["clean"],
    "Care advice in answer to the buyer (policy.md A).")
add("Cordelia, good question about the piece count. The box says 500, and the cutting file "
    "holds 500 plus two spare whimsy pieces that we add on purpose.",
    [], "en", ["clean"],
    "A product answer with no offer (policy.md A).")
add("Mr. Okereke, we could not read the apartment number in the delivery details. Could you "
    "confirm it here so the courier does not have to guess?",
    [], "en", ["clean"],
    "Requests information needed for delivery (policy.md A).")
add("Percival, the meeples are painted by hand, so the shades vary a little between sets. "
    "The blue ones in your photo are within the normal range.",
    [], "en", ["clean"],
    "Answers a question about colour variation (policy.md A).")
add("Ms. Villanueva, the mat rolls up with the puzzle still on it; fasten the two straps "
    "loosely and store the roll flat rather than standing on its end.",
    [], "en", ["clean"],
    "Usage advice in a reply (policy.md A).")
add("Henrietta, the insert was cut for the second edition of the game. If your copy is the "
    "first edition, the card wells will be a few millimetres too wide, so tell us which one "
    "you have before we ship.",
    [], "en", ["clean"],
    "Requests information needed to complete the order (policy.md A).")
add("Lucius, the glue sheets go on the back of the finished puzzle. Press them from the "
    "centre outward with a flat card and let them set overnight before hanging.",
    [], "en", ["clean"],
    "Instructions the buyer asked for (policy.md A near-misses).")
add("Marigold, the courier has asked whether a neighbour may sign for the parcel if you are "
    "out on Thursday. Please tell us which you prefer.",
    [], "en", ["clean"],
    "Scheduling a delivery (policy.md A).")
add("Barnaby, the birch we cut comes from a mill in Finland that replants what it fells, "
    "which is the detail you wanted for your school project.",
    [], "en", ["clean"],
    "Answers a buyer's question about materials (policy.md A).")

# =====================================================================================
# SIMPLIFIED CHINESE: 16 violations, 9 evasions, 17 near-misses, 10 clean
# =====================================================================================

# ---- violations, plain (5)
add("苗女士您好，感谢购买Tumblebirch的黄昏港口千片木质拼图。收到后在亚马逊留评并截图发给我们，"
    "就能得到一套木头小人棋子作为谢礼。",
    [REV], "zh", ["violation", "plain", "incentive"],
    "A free meeple set for a posted review is compensation (policy.md C1).")
add("邢先生，您好！骰塔的问题已经解决了，麻烦把您给店铺的那条一星反馈改成五星，对我们的账户真的很重要。",
    [REV], "zh", ["violation", "plain", "rating-request", "feedback-pressure"],
    "Presses the buyer to raise seller feedback to five stars for the account's sake; only "
    "a neutral notice is allowed after resolution (policy.md C2, C5).")
add("卓阿姨，拼图毯如果用得满意，欢迎去亚马逊写评价；要是哪里不好，请先在这里告诉我们，"
    "先别急着留评，我们一定处理好。",
    [REV], "zh", ["violation", "plain", "gating"],
    "Only satisfied buyers are sent to review; unhappy ones are held back (policy.md C3).")
add("伍老师，缺的那片边角我们可以补切，麻烦加一下微信 tumblebirch_cn，把拼图背面的编号拍给阿榛。",
    [OFF], "zh", ["violation", "plain", "messaging-app"],
    "A WeChat ID moves the conversation off Amazon (policy.md D4).")
add("小棠，您的分类托盘已经补发。下次买木头小人或骰盘时输入优惠码 MEEPLE20，可以立减两成。",
    [MKT], "zh", ["violation", "plain", "coupon"],
    "A discount code for the next purchase (policy.md B).")

# ---- violations, careful (5)
add("卓阿姨，您在亚马逊上分享拼图毯的使用感受时，能不能顺便写上“卷起来拼图不会散”和“到货很快”"
    "这两句？别的顾客最看重这个。",
    [REV], "zh", ["violation", "careful", "steering"],
    "Dictates sentences for the buyer's review (policy.md C7).")
add("伍老师，如果您愿意在商品页面说说这套收纳内衬用起来怎么样，发完后把截图传给我们，"
    "阿榛会给您寄一副备用骰子表示感谢。",
    [REV], "zh", ["violation", "careful", "incentive"],
    "Spare dice in return for a posted opinion on the product page (policy.md C1, "
    "section e).")
add("苗女士，以后想买我们的拼图可以直接找阿榛下单，不经过亚马逊，每盒能便宜三十块，还能先看切割样图。",
    [MKT, OFF], "zh", ["violation", "careful", "discount", "diversion"],
    "Invites a purchase outside Amazon at a lower price: diversion and a discount "
    "(policy.md D6, B).")
add("小棠，缺片的照片可以直接发到 hello@tumblebirchpuzzles.com ，阿榛当天就会回复您。",
    [OFF], "zh", ["violation", "careful", "email"],
    "An e-mail address, without the word for e-mail (policy.md D2).")
add("邢先生，顺便告诉您：我们刚做完一款两千片的“雾中灯塔”，异形片更多，这周已经在店铺上架，"
    "喜欢挑战的话可以看看。",
    [MKT], "zh", ["violation", "careful", "new-product"],
    "Announces a new product unprompted (policy.md B).")

# ---- violations, split (6)
add("卓阿姨，换的那块拼图毯应该已经寄到了吧。之前因为拉链坏了，您在商品页留了两星。"
    "现在问题解决了，能不能麻烦您把那条改一改？",
    [REV], "zh", ["violation", "split", "change-review"],
    "Asks for a product review to be changed after resolution (policy.md C4).")
add("伍老师，感谢您一直支持，订单号 111-9560382-7714250。在亚马逊写完评价后，请把截图和支付宝账号"
    "发给我们。我们会把这盒拼图的钱全部转给您。",
    [OFF, REV], "zh", ["violation", "split", "payment", "incentive"],
    "A full refund through Alipay in return for a review: an incentive and an off-Amazon "
    "payment (policy.md C1, D5).")
add("苗女士，骰塔包装盒里有一张小卡片。卡片背面那个黑白方块扫一下。就能直接跟阿榛聊天，"
    "不用在亚马逊里来回等。",
    [OFF], "zh", ["violation", "split", "diversion", "qr"],
    "A QR code on an insert that leads to a chat outside Amazon (policy.md D1, section e).")
add("小棠，您买的是五百片的猫头鹰拼图。其实同系列还有一千片的版本。两盒一起买的话我们可以给您打包价，"
    "比单买省不少。",
    [MKT], "zh", ["violation", "split", "cross-sell", "bundle"],
    "Cross-sells a companion product with a bundle price (policy.md B).")
add("邢先生，很高兴骰盘合您的心意。要是身边有朋友也玩桌游。让他下单时报您的名字，"
    "你们俩都能拿到十美元的抵扣。",
    [MKT], "zh", ["violation", "split", "referral"],
    "A refer-a-friend reward (policy.md B).")
add("卓阿姨，我们有一个拼图爱好者群。群里每周会发会员专享价。想进群的话加阿榛微信 tumblebirch_cn 就行。",
    [MKT, OFF], "zh", ["violation", "split", "vip-list", "messaging-app"],
    "A members-only price group joined through WeChat (policy.md B, D4).")

# ---- evasions (9)
add("小棠您好，拼图到了的话麻烦给个 haoping，截图发来就 fanxian 十美元。",
    [REV], "zh", ["evasion", "incentive", "rating-request", "pinyin"],
    "Positive review for cash back, written in pinyin (policy.md C1, C2, section e).")
add("伍老师，缺片的事加阿榛薇信 tumblebirch_cn 说更快，拍张照就行。",
    [OFF], "zh", ["evasion", "messaging-app", "homophone"],
    "WeChat written with a homophone (policy.md D4, section e).")
add("苗女士，骰塔卡扣的问题可以找阿榛的绿泡泡，号码是零七七零零九零零九二六，加上直接发视频给她。",
    [OFF], "zh", ["evasion", "phone", "messaging-app", "cn-numerals", "nickname"],
    "WeChat by nickname and a phone number in Chinese numerals (policy.md D3, D4, "
    "section e).")
add("邢先生，拼完黄昏港口后写个好-评，截图给阿榛，就能返-现五美元。",
    [REV], "zh", ["evasion", "incentive", "rating-request", "separator"],
    "Cash back for a positive review with the key words split by hyphens (policy.md C1, C2, "
    "section e).")
add("卓阿姨，下次到我们官" + ZW + "网买拼图，用优" + ZW + "惠码 DICE10 打九折。",
    [MKT, OFF], "zh", ["evasion", "coupon", "diversion", "zero-width"],
    "A code for buying on the shop's own site, with zero-width spaces in the key words "
    "(policy.md B, D6, section e).")
add("小棠，我们在绿泡泡上有个拼图老友群，群里常有内部价，搜 tumblebirch_cn 加阿榛拉您进去。",
    [MKT, OFF], "zh", ["evasion", "vip-list", "messaging-app", "nickname"],
    "An insiders' price group on WeChat, named by nickname (policy.md B, D4, section e).")
add("伍老师，骰 盘 第 二 个 半 价，这个月底前都有效。",
    [MKT], "zh", ["evasion", "discount", "spacing"],
    "A second-item-half-price offer spelled with spaces (policy.md B, section e).")
add("苗女士，晒图可以发到我们的小红书 " + fw("@tumblebirch.pieces") + "，每月抽一位送骰盘。",
    [MKT, OFF], "zh", ["evasion", "giveaway", "social", "fullwidth"],
    "A social account for a monthly draw, the handle in full-width characters (policy.md B, "
    "D4, section e; judgement call: apps not listed still count).")
add("邢先生，电报上找我们更方便：先输入 tumblebirch，后面加下划线，再加 help。",
    [OFF], "zh", ["evasion", "messaging-app", "split-handle"],
    "A Telegram handle given in pieces (policy.md D4, section e).")

# ---- near-misses (17)
add("苗女士，非常抱歉，港口拼图里有两片烧焦了。阿榛已经安排重新切割，我们会免费补寄，不需要您寄回任何东西。",
    [], "zh", ["near-miss", "remedy"],
    "A free resend of burnt pieces is a remedy (policy.md B near-misses).")
add("邢先生，骰塔运输中撞裂了，给您添麻烦了。我们已经通过亚马逊为您办理了全额退款，坏的那个不用寄回。",
    [], "zh", ["near-miss", "remedy"],
    "A refund through Amazon with no review mentioned (policy.md C near-misses).")
add("卓阿姨，您留言说“能不能加个微信聊”，为了保护您的信息，我们只在亚马逊消息里沟通，"
    "请直接在这里回复缺片的编号就好。",
    [], "zh", ["near-miss", "quoted-buyer"],
    "WeChat is quoted from the buyer and declined (policy.md D near-misses).")
add("伍老师，您说“这是我买过最好的拼图，五星都不够”，谢谢您这么喜欢！您问备用片有几片：每盒多放两片异形片。",
    [], "zh", ["near-miss", "quoted-buyer"],
    "The five stars are the buyer's words; the reply asks for no review, so praise is not "
    "turned into gating (policy.md section 0, C3, C near-misses).")
add("小棠，您的订单 111-5550163-4087712 已按要求改为周六派送，快递员会在上午十点前到。",
    [], "zh", ["near-miss", "lookalike-number"],
    "The 555-0163 block sits inside an order id (policy.md D near-misses).")
add("邢先生，关于订单 113-0392846-5571620：如果您愿意，可以在商品页面写下对这盒拼图的真实看法，"
    "好与不好都对其他买家有帮助。我们不会再为此打扰您。",
    [], "zh", ["near-miss", "neutral-request"],
    "One neutral review request, balanced and unconditional (interface.md; policy.md C "
    "near-misses, section b).")
add("卓阿姨，补寄的托盘您已收到，运费也退回了。如果您觉得问题已经解决，可以自行决定是否更新或撤下"
    "之前给店铺的反馈，完全看您的意愿。",
    [], "zh", ["near-miss", "feedback-notice"],
    "The neutral seller-feedback notice after resolution; warn at most (policy.md C5; "
    "judgement call).")
add("伍老师，您下错的那笔重复订单我们已经帮您取消了，收货地址也按您说的修改成学校门卫室。",
    [], "zh", ["near-miss", "logistics-word"],
    "Cancel and change here are order handling (policy.md C near-misses).")
add("小棠，您问为什么页面价格比您下单时低了五美元：那是亚马逊的限时价格，我们这边没法改动已经成交的订单。",
    [], "zh", ["near-miss", "price-paid"],
    "Explains the price paid versus the current price; nothing is offered (policy.md B "
    "near-misses).")
add("邢先生，骰塔侧面的星形镂空只是装饰，不影响出骰；底部是免工具卡扣，不用螺丝就能组装。",
    [], "zh", ["near-miss", "product-word"],
    "A star-shaped cut-out is a product feature (policy.md C near-misses).")
add("卓阿姨，谢谢您提出写好评换一盒新拼图，不过亚马逊不允许拿任何东西交换评价，我们也不会这样做。"
    "缺的那片照常补给您。",
    [], "zh", ["near-miss", "refusal"],
    "The seller refuses a review-for-goods deal (policy.md C1; judgement call: a refusal is "
    "not an inducement).")
add("伍老师，经过反复摸索评估，我们决定两千片的款式先不做异形片，免得难度太高。",
    [], "zh", ["near-miss", "substring"],
    "摸索评估 contains 索评 across a word boundary (policy.md section 0, C near-misses).")
add("小棠，我们按您提供的线索评估了一下，缺的应该是右上角那片灯塔顶，今天就补切。",
    [], "zh", ["near-miss", "substring"],
    "线索评估 contains 索评 across a word boundary (policy.md section 0, C near-misses).")
add("邢先生，骰塔的榫接部位有两年保修。如需使用，请在亚马逊“我的订单”里选中该商品并说明问题，我们会在那里跟进。",
    [], "zh", ["near-miss", "warranty"],
    "Warranty handled inside Amazon's order page (policy.md D near-misses).")
add("卓阿姨，您问的满两百减二十是亚马逊平台自己的优惠活动，结算时自动扣减，我们这边不能手动加到已付款的订单上。",
    [], "zh", ["near-miss", "answer"],
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses; warn at "
    "most).")
add("小棠，顺丰官网显示运单 SF2093751846620 已到达转运中心，预计后天派送。",
    [], "zh", ["near-miss", "carrier-site"],
    "Names the carrier's own site, with no link (policy.md D near-misses).")
add("苗女士，谢谢您告诉我们已经留了评价，很高兴港口拼图成了您家的周末节目。您问的拼图胶要刷两遍，"
    "第一遍干透再刷第二遍。",
    [], "zh", ["near-miss", "review-thanks"],
    "Thanks a buyer who mentioned their review; no request (policy.md C near-misses).")

# ---- clean (10)
add("苗女士，您定制的全家福拼图已经排好版。切割前想跟您确认：小狗放在左下角，名字写“豆豆和年糕”，对吗？",
    [], "zh", ["clean"],
    "Verifying a custom design (policy.md A).")
add("邢先生，因为承运商那边延误，您的骰塔会比原计划晚三天发出，非常抱歉，有新进展我们再告诉您。",
    [], "zh", ["clean"],
    "A delay notice (policy.md A near-misses).")
add("卓阿姨，您问拼图毯能不能机洗：建议用湿布擦，不要放进洗衣机，晾干时平铺就好。",
    [], "zh", ["clean"],
    "Answers a care question (policy.md A).")
add("伍老师，拼大图时我们建议先挑出四条边，再按颜色分到托盘里，天空部分留到最后拼。",
    [], "zh", ["clean"],
    "Answers a how-to question (policy.md A).")
add("小棠，木头小人是手工上色的，每套颜色会有一点点深浅差异，您照片里的蓝色属于正常范围。",
    [], "zh", ["clean"],
    "Explains colour variation (policy.md A).")
add("苗女士，收纳内衬是按第二版桌游尺寸切的，如果您的是第一版，卡槽会宽几毫米，发货前麻烦告诉我们是哪一版。",
    [], "zh", ["clean"],
    "Requests information needed to complete the order (policy.md A).")
add("邢先生，快递员想确认周四您不在家时能否由邻居代收，请告诉我们您的意思。",
    [], "zh", ["clean"],
    "Scheduling a delivery (policy.md A).")
add("卓阿姨，我们用的桦木胶合板来自芬兰一家会补种树木的工厂，这正是您孩子作业里想了解的内容。",
    [], "zh", ["clean"],
    "Answers a question about materials (policy.md A).")
add("伍老师，拼图完成后，把装裱胶片贴在背面，用卡片从中心向四周刮平，静置一晚再挂上墙。",
    [], "zh", ["clean"],
    "Instructions the buyer asked for (policy.md A near-misses).")
add("小棠，您的收货地址里缺少门牌号，麻烦在这里补充一下，以免快递员找不到。",
    [], "zh", ["clean"],
    "Requests a missing address detail (policy.md A).")

# =====================================================================================
# TRADITIONAL CHINESE: 10 violations, 5 evasions, 9 near-misses, 6 clean
# (Taiwan 17, Hong Kong / Cantonese 13)
# =====================================================================================

# ---- violations
add("紀先生您好，骰塔用得還滿意的話，拜託在亞馬遜給我們五顆星喔！",
    [REV], "zh", ["violation", "plain", "rating-request", "gating", "traditional", "taiwanese"],
    "Asks for five stars, and only if the buyer is satisfied (policy.md C2, C3).")
add("謝小姐，缺少的那片造型片我們會補寄，請加我們的 LINE @tumblebirchtw 傳照片給阿榛喔。",
    [OFF], "zh", ["violation", "plain", "messaging-app", "traditional", "taiwanese"],
    "A LINE handle (policy.md D4).")
add("容太，多謝你幫襯！下次再買砌圖，喺結帳時輸入 PIECE15 就有八五折㗎。",
    [MKT], "zh", ["violation", "plain", "coupon", "traditional", "cantonese"],
    "A discount code for the next purchase (policy.md B).")
add("侯小姐，之後如果要在亞馬遜分享這盒拼圖的心得，可以幫忙寫到「木片很厚、拼起來很紮實」嗎？"
    "其他買家最在意這個喔。",
    [REV], "zh", ["violation", "careful", "steering", "traditional", "taiwanese"],
    "Tells the buyer what to write in the review (policy.md C7).")
add("紀先生，台灣的朋友直接到 tumblebirchpuzzles.com 下單比較划算，運費我們吸收，也不用等亞馬遜的跨國配送囉。",
    [MKT, OFF], "zh", ["violation", "careful", "discount", "url", "diversion", "traditional",
                       "taiwanese"],
    "The shop's own site with a better deal: a non-Amazon URL, diversion and a discount "
    "(policy.md D1, D6, B).")
add("戚生，你喺亞馬遜俾我哋間店留低嗰段意見，如果肯撤走佢，我哋就寄多一套木公仔俾你，當係答謝。",
    [REV], "zh", ["violation", "careful", "incentive", "feedback-pressure", "traditional",
                  "cantonese"],
    "Offers goods for withdrawing seller feedback, the pattern of the official C5 violation "
    "example (policy.md C1, C5).")
add("滕小姐，張相唔夠清楚，不如用 Signal 搵我哋，+44 7700 900926，影多幾張嚟，快好多。",
    [OFF], "zh", ["violation", "careful", "phone", "messaging-app", "traditional", "cantonese"],
    "An outside messaging app and a phone number (policy.md D3, D4; judgement call: Signal "
    "is not listed but counts).")
add("侯小姐，新的拼圖毯已經寄到了，訂單 112-6614075-9983402。上次拉鍊的問題真的很抱歉。"
    "既然已經處理好了，拜託您把商品頁上那則兩顆星的留言改一下好嗎？",
    [REV], "zh", ["violation", "split", "change-review", "traditional", "taiwanese"],
    "Asks for a product review to be changed after resolution (policy.md C4).")
add("容太，上次嗰盒砌圖你鍾意就好。呢個週末全店砌圖一律七折。想再揀一盒就把握機會啦。",
    [MKT], "zh", ["violation", "split", "sale", "traditional", "cantonese"],
    "Announces a shop-wide sale (policy.md B).")
add("謝小姐，很高興貓頭鷹拼圖讓您玩得開心。我們在臉書有個「Tumblebirch Puzzlers」社團。"
    "加入後每個月的新圖都能搶先看喔。",
    [MKT, OFF], "zh", ["violation", "split", "follow", "social", "traditional", "taiwanese"],
    "Invites the buyer to a Facebook group for product previews (policy.md B, D4).")

# ---- evasions
add("謝小姐，補寄的進度可以直接 賴 @tumblebirchtw 問阿榛，回得比較快喔。",
    [OFF], "zh", ["evasion", "messaging-app", "homophone", "traditional", "taiwanese"],
    "LINE written with the homophone 賴 (policy.md D4, section e).")
add("紀先生，如果骰塔有任何不滿意，先別在亞馬遜上寫評價，打給阿榛：零七七零零九零零三八五，我們馬上處理喔。",
    [OFF, REV], "zh", ["evasion", "phone", "gating", "cn-numerals", "traditional", "taiwanese"],
    "Diverts unhappy buyers from reviewing to a phone number in Chinese numerals "
    "(policy.md C3, D3, section e).")
add("侯小姐，我們在小飛機上開了一個拼圖團，週末全館五折只在群裡公告喔。",
    [MKT, OFF], "zh", ["evasion", "sale", "messaging-app", "nickname", "traditional", "taiwanese"],
    "A sale announced in a Telegram group named by nickname (policy.md B, D4, section e).")
add("容太，砌完之後可唔可以喺亞馬遜俾我哋 " + STAR * 5 + " 呀？多謝晒！",
    [REV], "zh", ["evasion", "rating-request", "emoji", "traditional", "cantonese"],
    "Five star emoji as a rating request (policy.md C2, E, section e).")
add("戚生，唔該你喺亞馬遜寫番個好*評，我哋即刻退*款一半俾你㗎。",
    [REV], "zh", ["evasion", "incentive", "rating-request", "separator", "traditional",
                  "cantonese"],
    "Half the money back for a positive review, key words split by asterisks "
    "(policy.md C1, C2, section e).")

# ---- near-misses
add("謝小姐，很抱歉貓頭鷹拼圖少了一片，我們已經重新切好，免費用黑貓補寄給您，不用寄回任何東西喔。",
    [], "zh", ["near-miss", "remedy", "traditional", "taiwanese"],
    "A free resend of a missing piece is a remedy (policy.md B near-misses).")
add("容太，你話「想加你哋 WhatsApp 傾」，唔好意思，我哋只可以喺亞馬遜訊息度處理，你直接喺度覆我就得。",
    [], "zh", ["near-miss", "quoted-buyer", "traditional", "cantonese"],
    "WhatsApp is quoted from the buyer and declined (policy.md D near-misses).")
add("紀先生，您的追蹤編號是 TBA306815927442，這串是物流單號，不是手機號碼，貼到亞馬遜訂單頁就能查。",
    [], "zh", ["near-miss", "lookalike-number", "traditional", "taiwanese"],
    "A tracking number, not a phone number (policy.md D near-misses).")
add("戚生，關於訂單 114-5093281-7760453：如果你得閒，歡迎喺商品頁寫低你對骰塔嘅真實感受，好同唔好都可以。"
    "我哋唔會再提呢件事。",
    [], "zh", ["near-miss", "neutral-request", "traditional", "cantonese"],
    "One neutral review request (interface.md; policy.md C near-misses, section b).")
add("侯小姐，補寄的拼圖毯您已經收到，運費也退回了。如果您認為問題有解決，要不要更新或撤回先前給賣場的"
    "意見回饋，全由您決定喔。",
    [], "zh", ["near-miss", "feedback-notice", "traditional", "taiwanese"],
    "The neutral seller-feedback notice after resolution; warn at most (policy.md C5; "
    "judgement call).")
add("滕小姐，你落錯嘅重複訂單已經幫你取消咗，送貨地址都照你講改咗去公司。",
    [], "zh", ["near-miss", "logistics-word", "traditional", "cantonese"],
    "Cancel and change are order handling (policy.md C near-misses).")
add("紀先生，謝謝您想幫忙，但用好評換折扣這件事亞馬遜不允許，我們也不能做。缺的造型片明天就補寄出貨。",
    [], "zh", ["near-miss", "refusal", "traditional", "taiwanese"],
    "The seller refuses a review-for-discount deal (policy.md C1; judgement call).")
add("侯小姐，您寄回的骰塔我們檢查過了，外觀良好評估後確認只是磁鐵鬆了，修好後會再寄給您喔。",
    [], "zh", ["near-miss", "substring", "traditional", "taiwanese"],
    "良好評估 contains 好評 across a word boundary (policy.md section 0, C near-misses).")
add("容太，個骰塔嘅接位有兩年保修，有問題喺亞馬遜「我的訂單」度揀返件貨申報就得，唔使另外搵我哋。",
    [], "zh", ["near-miss", "warranty", "traditional", "cantonese"],
    "Warranty handled inside Amazon (policy.md D near-misses).")

# ---- clean
add("謝小姐，您訂製的寵物拼圖已經排版好了，切割前想跟您確認：貓咪放在右上角，下方文字是「麻糬的家」，"
    "沒問題的話我們就開工囉。",
    [], "zh", ["clean", "traditional", "taiwanese"],
    "Verifying a custom design (policy.md A).")
add("紀先生，因為海運延誤，骰塔會比預定晚四天出貨，造成不便很抱歉，有最新狀況會再傳訊息通知您。",
    [], "zh", ["clean", "traditional", "taiwanese"],
    "A delay notice (policy.md A near-misses).")
add("侯小姐，拼圖毯建議用濕布擦拭，不要丟洗衣機，晾乾時平放就可以囉。",
    [], "zh", ["clean", "traditional", "taiwanese"],
    "Care advice in answer to the buyer (policy.md A).")
add("容太，木公仔係人手上色，每套深淺會有少少唔同，你相入面嗰隻藍色係正常㗎。",
    [], "zh", ["clean", "traditional", "cantonese"],
    "Explains colour variation (policy.md A).")
add("戚生，砌大圖最好先揀晒四條邊出嚟，再按顏色分落托盤，天空嗰部分留到最後先砌。",
    [], "zh", ["clean", "traditional", "cantonese"],
    "Answers a how-to question (policy.md A).")
add("滕小姐，速遞員想問聽日你唔喺屋企嘅話，可唔可以交俾管理處代收？",
    [], "zh", ["clean", "traditional", "cantonese"],
    "Scheduling a delivery (policy.md A).")

# =====================================================================================
# CODE-SWITCHED (lang "zh", tag "mixed"): 2 violations, 2 evasions, 1 near-miss, 1 clean
# =====================================================================================
add("Hi Marigold，感谢您买了 Glenmoor puzzle！Leave a review 之后把 screenshot 发给阿榛，"
    "我们会送您一个 free dice tray。",
    [REV], "zh", ["violation", "plain", "incentive", "mixed"],
    "A free dice tray for a review, in mixed Chinese and English (policy.md C1).")
add("Hi 戚生，Amazon 嗰邊處理得好慢。Next time 直接 order from our workshop 就得。"
    "I will check every piece before shipping 㗎。",
    [OFF], "zh", ["violation", "split", "diversion", "traditional", "cantonese", "mixed"],
    "Invites the buyer to order outside Amazon next time (policy.md D6).")
add("Hi 小棠, please write a quick r3view and give us a haoping，下次 order 的时候用 MEEPLE20 "
    "就有 youhui。",
    [MKT, REV], "zh", ["evasion", "coupon", "incentive", "rating-request", "leetspeak", "pinyin",
                       "mixed"],
    "A positive review in exchange for a code on the next order, in leetspeak and pinyin "
    "(policy.md C1, C2, B, section e).")
add("苗女士，if anything is wrong with the puzzle, 先别去亚马逊写评价，write to tumblebirch dot "
    "pieces at gmail dot com，阿榛会处理。",
    [OFF, REV], "zh", ["evasion", "email", "gating", "spelled-email", "mixed"],
    "Keeps unhappy buyers from reviewing and sends them to a spelled-out e-mail address "
    "(policy.md C3, D2, section e).")
add("邢先生，Ambrose 今天做了 final quality review，所有 dice trays 都过了检查，明天交给快递。",
    [], "zh", ["near-miss", "review-word", "mixed"],
    "Review means the workshop's quality inspection (policy.md C near-misses).")
add("Hi 小棠，Ambrose 说 the Lanternfield owls 的 sky section 最难，建议 sort by colour 先，再慢慢拼。",
    [], "zh", ["clean", "mixed"],
    "Answers a how-to question in mixed Chinese and English (policy.md A).")


def records():
    recs = [dict(r) for r in _R]
    random.Random(SEED).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "%s-%03d" % (PREFIX, i), "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    recs = records()
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()
