#!/usr/bin/env python3
"""Builds holdout80.jsonl: 160 hand-labelled messages from an invented skate shop,
Kerbfox Skate Supply, to its Amazon buyers (standard library only).

Hard-to-see characters are written with names: ZW (zero-width space), CY_E / CY_A / CY_O
(Cyrillic look-alikes), STAR (emoji star), BOARD and PRAY (emoji), fw() (full-width Latin).
Records are written grouped by language and category, shuffled with random.Random(80) and
numbered h80-001 ... h80-160.  records() returns the list; running the file writes it.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout80.jsonl")

ZW = "\u200b"
CY_E, CY_A, CY_O = "\u0435", "\u0430", "\u043e"
STAR = "\u2b50"
BOARD = "\U0001f6f9"
PRAY = "\U0001f64f"

RI, OPC, MKT = "review-inducement", "off-platform-contact", "marketing"


def fw(s):
    """Full-width form of printable ASCII."""
    return "".join(chr(ord(c) + 0xFEE0) if 0x21 <= ord(c) <= 0x7E else c for c in s)


_R = []
SCRIPT = {"en": [], "zs": [], "tw": ["traditional", "taiwanese"],
          "hk": ["traditional", "cantonese"], "mx": ["mixed"],
          "mxhk": ["traditional", "cantonese", "mixed"]}
LANG = {"en": "en", "zs": "zh", "tw": "zh", "hk": "zh", "mx": "mixed", "mxhk": "mixed"}


def add(lang, labels, tags, text, note):
    _R.append({"text": text, "labels": sorted(labels), "lang": LANG[lang],
               "tags": list(tags) + SCRIPT[lang], "note": note})


# =====================================================================================
# English: 22 violations, 14 evasions, 23 near-misses, 13 clean
# =====================================================================================
V, E, N, C = "violation", "evasion", "near-miss", "clean"

# ---- violations, plain
add("en", [RI], [V, "plain", "incentive"],
    "Hi Percival, hope the Switchgrass 40 is carving well. Once your review is live on the "
    "product page, send us a screenshot and a spare set of Spinwell bearings goes out to you "
    "at no cost.",
    "Spare bearings promised in return for a posted review, proven by screenshot "
    "(policy.md C1).")
add("en", [RI], [V, "plain", "gating"],
    "So glad the Cruiseloaf wheels made your commute smoother, Juniper! Since you are this happy "
    "with them, could you say the same thing in a review on Amazon?",
    "A review ask that answers the buyer's praise; the praise is restated in the message, so it "
    "does not depend on the thread (policy.md section 0, C3).")
add("en", [MKT], [V, "plain", "coupon", "discount"],
    "Your Anvilback trucks left our shelf this morning. When you regrip, type GRIP20 at "
    "checkout and take 20% off any Sandrift sheet.",
    "A discount code for a future purchase tucked into a dispatch note (policy.md B).")
add("en", [OPC], [V, "plain", "email"],
    "Hi Lorcan, about the wobble on your Anvilback 149s: please email a ten-second clip of the "
    "loose truck to crew@kerbfoxskate.com and Desmond will look at it tonight.",
    "Gives the shop's own e-mail address and moves the case off Amazon (policy.md D2).")
add("en", [OPC], [V, "plain", "phone"],
    "If the bushings are still squeaking after the first week, call Desmond on 415-555-0108 "
    "any weekday after four and he will talk you through a reseat.",
    "The shop's own number, not a carrier, warranty or manufacturer line (policy.md D3).")
add("en", [MKT], [V, "plain", "new-product"],
    "Longboard news from Kerbfox: the Switchgrass 44 is our new arrival this month, with a "
    "deeper concave and room for bigger feet. The first batch is small.",
    "Announces a new product to a past buyer (policy.md B).")
add("en", [MKT, OPC], [V, "plain", "follow", "social"],
    "Follow Kerbfox on Instagram at @kerbfox.rolls for trick clips from the crew and a first "
    "look at every colourway we drop.",
    "A follow-us call with the shop's social handle: marketing and off-platform at once "
    "(policy.md B, D4).")

# ---- violations, careful (no obvious keyword)
add("en", [RI], [V, "careful", "gating"],
    "Hope the Hullguard knee pads are holding up, Ezra. If they have been great, a few words on "
    "the listing page would mean a lot to us; if anything feels off, come to us first so we "
    "can sort it out before you post.",
    "Invites only the happy buyer to post and routes the unhappy one to the seller first "
    "(policy.md C3).")
add("en", [RI], [V, "careful", "change-review"],
    "Tamsin, now that the second Tidecrest deck has reached you, would you consider revisiting "
    "what you wrote about us on its page so it matches how things ended?",
    "Asks for an edit of an existing product review after the fix, without the word review "
    "(policy.md C4).")
add("en", [OPC], [V, "careful", "url", "diversion"],
    "For anything else about the setup, skip this thread and reach Desmond through the contact "
    "form on kerbfoxskate.com; he answers there faster.",
    "Sends the buyer to the shop's own site to carry on the conversation (policy.md D1, D6).")
add("en", [MKT], [V, "careful", "cross-sell", "bundle"],
    "Riders who pick up the Switchgrass 40 usually add a set of Cruiseloaf 65s and a pad kit, "
    "so we have put all three together in one listing that costs less than buying each one on "
    "its own.",
    "Unasked cross-selling of a cheaper bundle (policy.md B).")
add("en", [MKT], [V, "careful", "restock"],
    "Heads up, Odalys: the Tidecrest deck in the sunset fade is back on our shelf this week, "
    "and the last batch was gone in four days.",
    "A back-in-stock push with urgency (policy.md B).")
add("en", [RI], [V, "careful", "steering"],
    "When you write about the bearings for other shoppers, please mention how quietly they "
    "spin and that they reached you inside two days.",
    "Tells the buyer what to say in the review (policy.md C7).")
add("en", [OPC], [V, "careful", "phone", "messaging-app"],
    "Desmond is easier to catch on Signal than in here: 415 555 0108. Send him the photo of the "
    "cracked baseplate there and he will sort it.",
    "The shop's number on a messaging app policy.md does not list by name (policy.md D3, D4).")
add("en", [MKT], [V, "careful", "discount", "referral"],
    "Know someone learning to carve? Send them our way, and once they order, the two of you get "
    "ten dollars knocked off your next set of wheels.",
    "A refer-a-friend reward (policy.md B).")

# ---- violations, split (the breach is assembled across sentences)
add("en", [OPC, RI], [V, "split", "payment", "incentive"],
    "Post an honest review of the Pebbleroll wheels, whatever you think of them. Then paste the "
    "link into this thread. The full purchase amount comes back to you on PayPal the same day.",
    "Calling the review honest does not help: it is paid for with a refund outside Amazon "
    "(policy.md C1, D5).")
add("en", [RI], [V, "split", "incentive"],
    "Thanks for riding the Pebblerolls, Beckett. We keep a drawer of spare bushings for "
    "customers who share their thoughts on the product page. Tell us once yours is up and a "
    "pair goes in the mail.",
    "The reward for a posted review is spread over three sentences (policy.md C1).")
add("en", [OPC], [V, "split", "email", "diversion"],
    "The Spinwell bearings carry a spin guarantee that we handle ourselves, outside Amazon. "
    "Write to orders@kerbfoxskate.com with a picture of your order screen. We take it from "
    "there.",
    "An e-mail address plus an after-sales channel outside Amazon (policy.md D2, D6).")
add("en", [RI], [V, "split", "gating"],
    "Glad the longboard arrived in one piece. Had a good first ride? Then the review page is "
    "waiting for you. Not quite right? Skip that page and message Desmond instead.",
    "Happy riders to the review page, unhappy ones to the seller (policy.md C3).")
add("en", [MKT], [V, "split", "sale"],
    "Your trucks are packed and leave tomorrow. One more thing: this weekend every wheel set in "
    "our shop is marked down by a quarter. It ends Sunday at midnight.",
    "A weekend sale announced after a dispatch note (policy.md B).")
add("en", [MKT], [V, "split", "listing-link", "buy-again"],
    "The grip sheet you bought covers one deck. Most riders wear through it by spring. When you "
    "do, the same roll is waiting here: amazon.com/dp/B0F3KX8W5T.",
    "A buy-again push with a link to the listing; an Amazon link, so marketing rather than "
    "off-platform (policy.md B, D1; interface.md).")
add("en", [RI], [V, "split", "feedback-pressure"],
    "The one-star seller feedback from last week is dragging our account down. The wheels have "
    "been swapped since then. It would help us a great deal if that feedback came down today.",
    "Pressure to withdraw seller feedback, unlike the neutral notice (policy.md C5).")

# ---- evasions
add("en", [RI], [E, "rating-request", "homoglyph"],
    "A quick ask, Wilhelmina: a fiv" + CY_E + "-st" + CY_A + "r r" + CY_E + "view of the "
    "Spinwell bearings on Amazon would make Desmond's whole week.",
    "Five-star request with Cyrillic letters inside the words (policy.md C2, section e).")
add("en", [MKT], [E, "coupon", "discount", "leetspeak"],
    "Your Pebbleroll wheels are out the door. The next set is 10% 0ff with R0LL10 at checkout.",
    "Code and discount written with zeros for the letter O (policy.md B, section e).")
add("en", [OPC], [E, "phone", "messaging-app", "spacing"],
    "Faster help is on T e l e g r a m at +1 415 555 0163, where the whole crew can see your "
    "photos.",
    "Spaced-out app name with the shop's number (policy.md D3, D4, section e).")
add("en", [OPC], [E, "social", "separator"],
    "For the bearing cleaning guide, look up k.e.r.b.f.o.x on T.i.k.T.o.k; we post a new clip "
    "every Friday.",
    "Account and app spelled with dots between the letters (policy.md D4, section e).")
add("en", [RI], [E, "incentive", "rating-request", "zero-width"],
    "Send us the link to your five-star re" + ZW + "view and a pair of Hullguard wrist guards is "
    "on the house.",
    "A zero-width space inside the keyword; free wrist guards for a five-star review "
    "(policy.md C1, C2, section e).")
add("en", [OPC], [E, "email", "fullwidth"],
    "Photos of the split deck can go straight to " + fw("crew@kerbfoxskate.com") + " so "
    "Desmond sees them tonight.",
    "E-mail address in full-width letters (policy.md D2, section e).")
add("en", [RI], [E, "rating-request", "gating", "emoji"],
    BOARD + " Loving the new deck? Drop " + STAR * 5 + " on the product page for us!",
    "Emoji stars, asked for only if the buyer is happy (policy.md C2, C3, section e).")
add("en", [OPC], [E, "email", "diversion", "spelled-email"],
    "If the returns page gives you trouble, write to kerbfox dot rides at gmail dot com and we "
    "will set up a swap ourselves.",
    "Spelled-out free-mail address and a return handled outside Amazon (policy.md D2, D6, "
    "section e).")
add("en", [OPC], [E, "phone", "number-words"],
    "Ring the shop on four one five, five five five, zero one six three and ask for Desmond; he "
    "can check your truck setup on the spot.",
    "Phone number written as words (policy.md D3, section e).")
add("en", [OPC], [E, "messaging-app", "nickname"],
    "You will get quicker answers on the paper-plane app than in this inbox: we are "
    "@kerbfox_crew there.",
    "Telegram by its icon, with the shop's handle (policy.md D4, section e).")
add("en", [OPC], [E, "social", "nickname", "split-handle"],
    "If the grip keeps lifting at the nose, send a short clip to our account on the photo app: "
    "kerbfox, then a dot, then rolls. Desmond answers there within the hour.",
    "Instagram by nickname, handle given in pieces (policy.md D4, section e).")
add("en", [RI], [E, "rating-request", "leetspeak"],
    "A p0sitive r3view from you would lift the Tidecrest out of the new-deck pile.",
    "Asks for a positive review with digits for letters (policy.md C2, section e).")
add("en", [MKT], [E, "coupon", "discount", "homoglyph"],
    "Stock up on Sandrift grip: c" + CY_O + "de KICK15 takes 15% " + CY_O + "ff your next "
    "sheet.",
    "Cyrillic o inside 'code' and 'off' (policy.md B, section e).")
add("en", [OPC], [E, "email", "phone", "spelled-email", "number-words"],
    "Desmond's own number is four one five, five five five, zero one zero eight, or you can "
    "write to desmond at kerbfoxskate dot com.",
    "Number in words and a spelled-out address in one sentence (policy.md D2, D3, section e).")

# ---- near-misses
add("en", [], [N, "lookalike-number"],
    "Order 113-5550147-2290638: the Anvilback trucks were split into two boxes. The second one "
    "travels under TBA592037184466 and should arrive Thursday.",
    "The order id holds a 555-01xx block and the tracking number is long; neither is a phone "
    "number (policy.md D near-misses).")
add("en", [], [N, "lookalike-number"],
    "The replacement spacers went out by USPS under 9405 5036 9930 0412 7785 14, in a separate "
    "envelope from the wheels, so do not worry if they arrive a day apart.",
    "A spaced USPS tracking number, not a phone number (policy.md D near-misses).")
add("en", [], [N, "review-word"],
    "We reviewed your return request for the chipped Tidecrest deck and approved it; the "
    "prepaid label is waiting in Your Orders.",
    "'Reviewed' describes the seller checking a return (policy.md A, C near-misses).")
add("en", [], [N, "remedy"],
    "Sorry the Cruiseloaf wheel came with a flat spot. A full refund for the set has gone back "
    "to your original payment method, and you can keep the wheels.",
    "A refund as a remedy with no link to any review (policy.md C near-misses).")
add("en", [], [N, "remedy"],
    "A new grip sheet is on its way free of charge to replace the one that was creased in "
    "transit; no need to mail the old one back.",
    "A free replacement is a remedy, not a promotion (policy.md B near-misses).")
add("en", [], [N, "negation"],
    "To be clear, we will never ask you to alter or take down your review; what you wrote is "
    "yours. Our only job here is to get the rattle in the trucks fixed.",
    "A promise not to touch the review (policy.md C4, section 0).")
add("en", [], [N, "neutral-request"],
    "Order 112-0847362-5518903: now that the Switchgrass 40 has had a few weeks on the road, "
    "you are welcome to describe how it rides, good or bad, in a review on Amazon. It helps "
    "other riders choose.",
    "One neutral request with the order id, no rating, reward or condition (interface.md; "
    "policy.md C near-misses).")
add("en", [], [N, "neutral-request"],
    "About order 111-3062847-9915230: if you have a spare minute, a review of the Hullguard "
    "pads, whatever your verdict, would help other skaters pick the right size.",
    "Neutral request; 'whatever your verdict' keeps it unconditional (interface.md; policy.md "
    "C near-misses).")
add("en", [], [N, "amazon-page"],
    "Open https://www.amazon.com/gp/your-account/order-history, choose the Switchgrass 40 and "
    "pick 'Item defective'; the label for sending it back is generated for you there.",
    "A secure link to Amazon's own order page, needed to complete a return (policy.md D1, D "
    "near-misses).")
add("en", [], [N, "answer"],
    "You asked about the 15% coupon on the listing: that is Amazon's own clip-on offer, so it "
    "applies at checkout while it runs. We cannot add it to an order that has already been "
    "placed.",
    "Answers the buyer's question about an Amazon promotion and offers nothing (policy.md B "
    "near-misses).")
add("en", [], [N, "refusal"],
    "Sorry, but we can only help through Amazon messages, so we cannot swap phone numbers or "
    "chat on WhatsApp. Send the photos of the bent kingpin here and Desmond will check them.",
    "Declines to move off Amazon; the app names appear only in the refusal (policy.md D).")
add("en", [], [N, "feedback-notice"],
    "Thanks for letting us swap the cracked baseplate. If you feel the problem is now settled, "
    "you can edit or delete the seller feedback you left earlier, or leave it as it is; the "
    "choice is entirely yours.",
    "The neutral seller-feedback notice after resolution, no pressure or reward (policy.md C5).")
add("en", [], [N, "product-word"],
    "On your question about the Spinwell bearings: they are rated ABEC-7, come pre-lubricated, "
    "and are free of the packing grit that cheaper sets often carry.",
    "'Rated' and 'free' are product facts here (policy.md B, C near-misses).")
add("en", [], [N, "quoted-buyer"],
    "Your message said: 'the wheels are great, five stars from me, but one bearing feels "
    "gritty.' A fresh bearing goes out today and should reach you by Friday.",
    "The stars are the buyer's own words; the seller asks for nothing (policy.md C "
    "near-misses).")
add("en", [], [N, "logistics-word"],
    "As you asked, we cancelled the duplicate order for the second pad set and changed the "
    "delivery address on the first one to your dorm.",
    "Cancel and change are logistics on the buyer's request (policy.md A, C near-misses).")
add("en", [], [N, "review-thanks"],
    "Thank you for letting us know about your review, Juniper, and for the note about the grip "
    "tape edges; we have passed it on to the person who cuts the sheets.",
    "A reply to a buyer who mentioned their review; no request (policy.md C near-misses).")
add("en", [], [N, "carrier-site"],
    "UPS shows 1Z4V29X80365174821 as held at the local depot. On the UPS site you can ask for "
    "redelivery or collect it yourself with photo ID.",
    "The carrier's own site for a delivery problem, named without a link (policy.md D "
    "near-misses).")
add("en", [], [N, "warranty"],
    "The Anvilback trucks carry a two-year warranty from the maker against cracked hangers. Post "
    "photos in this thread and we will handle the claim through Amazon.",
    "Warranty handled inside Amazon, no number or address (policy.md D3).")
add("en", [], [N, "price-paid"],
    "The $64.99 you paid for the Pebbleroll set covers four wheels; bearings are not included, "
    "which is noted under Details on the listing.",
    "A price already paid, stated as a fact (policy.md B near-misses).")
add("en", [], [N, "substring"],
    "Order 114-7719035-2064158: here is a preview of your custom grip artwork. Please confirm "
    "the lettering before we cut it, since cut sheets cannot be reused.",
    "'Preview' contains 'review'; verifying a custom design is a permitted message "
    "(policy.md A).")
add("en", [], [N, "review-word"],
    "Desmond did a bench review of the trucks you sent back and found a stripped kingpin nut, "
    "so the return is approved in full.",
    "'Review' is the seller's inspection of a return (policy.md C near-misses).")
add("en", [], [N, "negation"],
    "We won't ask you to change anything you wrote; the replacement wheels ship tomorrow "
    "either way.",
    "Negated change request; the remedy is unconditional (policy.md C4, section 0).")
add("en", [], [N, "review-word"],
    "Amazon may email you its own review request in a week or so. That note comes from Amazon, "
    "not from us, and answering it is entirely optional.",
    "Informs the buyer of Amazon's automatic request; asks nothing (policy.md C near-misses).")

# ---- clean
add("en", [], [C],
    "Hi Lorcan, the Switchgrass 40 ships as an oversized box, so the freight driver needs to "
    "book a delivery slot. Which weekday mornings is someone at home?",
    "Scheduling delivery of a bulky item (policy.md A, G).")
add("en", [], [C],
    "The axle nuts on the Anvilback trucks take a 9/16 socket. Tighten until the wheel stops "
    "sliding sideways, then back off a quarter turn so it spins without drag.",
    "Setup answer to a buyer question (policy.md A).")
add("en", [], [C],
    "Your parcel is running three days late because the carrier missed Tuesday's pickup. The "
    "new estimate is Friday, and we are sorry for the wait.",
    "Delay notice for an unexpected problem (policy.md A).")
add("en", [], [C],
    "For the grip sheet, peel the backing a few inches at a time and press outward from the "
    "middle with a flat edge so no bubbles get trapped.",
    "Fitting instructions in reply to the buyer (policy.md A).")
add("en", [], [C],
    "Before we print the custom deck, please confirm the name on the artwork should read "
    "JUNIPER in capitals, in the blocky lettering from your sketch.",
    "Verifying a custom design (policy.md A).")
add("en", [], [C],
    "Soft 78A wheels such as the Cruiseloaf grip better on rough asphalt, while the harder 99A "
    "Pebblerolls slide more easily at the skatepark.",
    "Product answer about wheels the buyer already owns (policy.md A).")
add("en", [], [C],
    "The knee pads are sized by the measurement around the middle of your knee. If they feel "
    "loose, tighten the lower strap before the upper one.",
    "Fit advice in reply to a sizing question (policy.md A).")
add("en", [], [C],
    "The shipping address has no unit number. Which apartment should the courier ask for at "
    "the front desk?",
    "Critical information needed to deliver (policy.md A).")
add("en", [], [C],
    "Each wheel holds two bearings with a spacer between them; if the spacer is missing, the "
    "wheel binds as soon as you tighten the nut.",
    "Troubleshooting in reply to the buyer (policy.md A).")
add("en", [], [C],
    "The customs form for the pads asks for an import tax number in your country. Could you "
    "send it in this thread so the parcel is not held at the border?",
    "Information needed to complete delivery, asked inside Amazon (policy.md A, G).")
add("en", [], [C],
    "Sorry, Desmond mixed up the colours and sent teal bushings instead of amber. The amber "
    "pair leaves on Monday with the same courier.",
    "Fixing a fulfilment mistake (policy.md A).")
add("en", [], [C],
    "Good question about the wobble. Loosen the kingpin nut two turns for a softer carve, and "
    "snug it down again if the board feels twitchy at speed.",
    "Setup answer (policy.md A).")
add("en", [], [C],
    "The courier's scan shows the parcel was left with reception in your building at 10:40 "
    "this morning. Could you check with the front desk?",
    "Answer to a where-is-my-parcel question (policy.md A).")

# =====================================================================================
# Simplified Chinese: 16 violations, 9 evasions, 17 near-misses, 10 clean
# =====================================================================================
add("zs", [RI], [V, "plain", "incentive", "rating-request"],
    "您好！Pebbleroll轮子收到后，给个五星好评并截图发给阿凯，我们马上返现15美元。",
    "Cash back for a five-star review (policy.md C1, C2).")
add("zs", [OPC], [V, "plain", "messaging-app"],
    "护具尺码不合适的话，加阿凯微信 kerbfox_cn，拍张照片发过来，换货更快。",
    "A WeChat ID for after-sales (policy.md D4).")
add("zs", [MKT], [V, "plain", "coupon", "discount"],
    "下次买Sandrift砂纸时输入优惠码 OLLIE25，整单立减25%。",
    "Coupon code for the next purchase (policy.md B).")
add("zs", [MKT], [V, "plain", "new-product"],
    "告诉您一个好消息：Switchgrass 44长板新品上架了，板面更宽、弧度更深，欢迎来店里看看。",
    "New-product announcement with an invitation to the shop (policy.md B).")
add("zs", [RI], [V, "plain", "rating-request", "change-review"],
    "窦女士，新轮子已经寄到了，麻烦您把之前那条一星评论删掉，或者改成五星好评，谢谢！",
    "Asks to delete or upgrade a one-star review (policy.md C2, C4).")
add("zs", [RI], [V, "careful", "gating"],
    "板子用着顺手的话，欢迎到商品页面写几句使用感受；要是有哪里不满意，请先找阿凯处理，先别在页面上留言。",
    "Only satisfied buyers are invited to post; the others are held back (policy.md C3).")
add("zs", [RI], [V, "careful", "change-review"],
    "裴先生，支架已经给您补发了。您之前在商品页写的那段话，方便的话能不能按现在的情况重新写一下？",
    "Asks for a rewrite of the product-page text after the remedy (policy.md C4).")
add("zs", [MKT, OPC], [V, "careful", "discount", "buy-again", "url", "diversion"],
    "以后再买轴承，可以直接到 kerbfoxskate.com 下单，比平台便宜一成，还能早两天发货。",
    "Buying again off Amazon at a lower price: a promotion and a diversion (policy.md B, D1, "
    "D6).")
add("zs", [MKT], [V, "careful", "cross-sell"],
    "买了Anvilback支架的朋友，大多会顺手配一套Spinwell轴承，装上以后转得更顺，需要的话可以到店里找找。",
    "Unasked cross-selling (policy.md B).")
add("zs", [OPC], [V, "careful", "phone"],
    "砂纸要是贴歪了，直接打阿凯的手机 415-555-0108，他手把手教您怎么重贴。",
    "A staff mobile number (policy.md D3).")
add("zs", [RI], [V, "split", "incentive"],
    "谢谢您选择Hullguard护具。我们给每位写下使用感受的买家准备了一副备用腕带。您在商品页发完之后告诉我们一声，马上寄出。",
    "A gift for a posted review, split over three sentences (policy.md C1).")
add("zs", [MKT], [V, "split", "sale"],
    "您的长板已经打包好了。顺便说一句：本周末店里所有轮子一律八五折。周日晚上十二点结束。",
    "A weekend sale after a packing note (policy.md B).")
add("zs", [OPC], [V, "split", "diversion", "qr"],
    "包装盒里有一张小卡片。卡片背面印着一个二维码。扫一下就能直接找到我们的售后，不用在亚马逊上排队等回复。",
    "QR code to after-sales outside Amazon (policy.md D1, D6, section e).")
add("zs", [RI], [V, "split", "feedback-pressure"],
    "您上周给店铺留了一星反馈。这对我们影响很大。轮子已经换好了，希望您今天就把那条反馈撤掉。",
    "Pressure to withdraw seller feedback (policy.md C5).")
add("zs", [MKT, OPC], [V, "split", "follow", "social"],
    "我们在小红书开了账号“Kerbfox长板”。新款的颜色都会先在那里发。欢迎关注。",
    "Follow request for a social account (policy.md B, D4).")
add("zs", [MKT], [V, "split", "vip-list", "discount"],
    "我们有一个Kerbfox会员群。群里每个月第一周都有专属折扣。想进群的话回复“进群”两个字就行。",
    "Members' club with discounts; where the group lives is not said, so marketing only "
    "(policy.md B).")

# ---- evasions
add("zs", [RI], [E, "incentive", "rating-request", "spacing"],
    "支架收到后给个五 星 好 评，截图发给我们就返 现十美元。",
    "Spaces between the characters of the keywords (policy.md C1, C2, section e).")
add("zs", [OPC], [E, "messaging-app", "separator"],
    "有问题加我们微/信：kerbfox_cn，视频通话更快解决。",
    "A slash inside 微信 (policy.md D4, section e).")
add("zs", [RI], [E, "incentive", "rating-request", "pinyin", "component-split"],
    "麻烦给个好言平，我们 fanxian 8美元到您账户。",
    "评 split into 言平, cash back in pinyin (policy.md C1, C2, section e).")
add("zs", [MKT, OPC], [E, "discount", "messaging-app", "homophone"],
    "加薇信 kerbfox_cn，就能领到下次买砂纸的专属优惠。",
    "薇信 for 微信, with a discount for the next order (policy.md B, D4, section e).")
add("zs", [OPC], [E, "phone", "cn-numerals"],
    "轴承有异响的话，打这个号码：四一五五五五零一六三，找Desmond就行。",
    "Phone number in Chinese numerals (policy.md D3, section e).")
add("zs", [OPC], [E, "messaging-app", "nickname"],
    "想要安装视频的话，绿泡泡搜 kerbfox_cn，我们直接发给您。",
    "绿泡泡 is WeChat by its icon (policy.md D4, section e).")
add("zs", [RI], [E, "rating-request", "zero-width"],
    "麻烦给支架一个好" + ZW + "评，小店真的很需要您的支持。",
    "Zero-width space inside 好评 (policy.md C2, section e).")
add("zs", [MKT], [E, "coupon", "discount", "fullwidth"],
    "下单时输入" + fw("OLLIE25") + "，店里所有砂纸和轮子都能便宜两成五。",
    "Full-width discount code (policy.md B, section e).")
add("zs", [MKT, OPC], [E, "follow", "social", "split-handle"],
    "抖音搜 kerbfox，后面加下划线再接 skate，关注之后私信我们就能领新手教程。",
    "Douyin handle given in pieces, with a follow request (policy.md B, D4, section e).")

# ---- near-misses
add("zs", [], [N, "substring"],
    "您提到的那篇长板检索评测我们也看过，里面测的是旧款Switchgrass 38，和您买的40不是同一块板。",
    "检索评测 contains 索评 across a word boundary (policy.md section 0, C near-misses).")
add("zs", [], [N, "logistics-word"],
    "多下的那一单已经照您说的取消了，另一单的收货地址也修改成了学校宿舍。",
    "取消 and 修改 for orders and addresses (policy.md A, C near-misses).")
add("zs", [], [N, "remedy"],
    "护膝的魔术贴开胶了，我们已经免费给您补发一副新的，旧的不用寄回来。",
    "Free replacement as a remedy (policy.md B near-misses).")
add("zs", [], [N, "remedy"],
    "轮子有平点的问题，全额退款已经原路退回，一般三到五个工作日到账。",
    "Full refund, not tied to any review (policy.md C near-misses).")
add("zs", [], [N, "negation"],
    "请放心，我们不会要求您修改或删除评论，您怎么写都是您的权利，支架的问题我们会继续跟进。",
    "Negated request to change a review (policy.md C4, section 0).")
add("zs", [], [N, "neutral-request"],
    "订单 112-4498171-0673825：长板已经用了一段时间了吧？如果方便，欢迎在亚马逊上写下真实的使用体验，好坏都可以，对其他滑手很有参考价值。",
    "One neutral request with the order id (interface.md; policy.md C near-misses).")
add("zs", [], [N, "feedback-notice"],
    "砂纸的事情已经处理完毕。您之前给店铺的反馈，如果想更新或撤下，可以在订单页面自行操作；改不改都由您决定。",
    "Neutral seller-feedback notice after resolution (policy.md C5).")
add("zs", [], [N, "amazon-page"],
    "需要退货的话，请在亚马逊“我的订单”里选这块板面，点“退货或更换商品”，系统会自动生成退货标签。",
    "Amazon's own returns flow (policy.md D near-misses).")
add("zs", [], [N, "answer"],
    "您问的满200减20活动是亚马逊平台自己的优惠，结账时自动计算，我们这边没办法手动加上去。",
    "Explains an Amazon promotion the buyer asked about (policy.md B near-misses).")
add("zs", [], [N, "refusal"],
    "不好意思，平台规定我们不能加微信，也不能留电话。视频直接在这个对话里上传就好，阿凯会仔细看。",
    "Refuses off-platform contact (policy.md D).")
add("zs", [], [N, "product-word"],
    "板面底部印的星形图案是热转印的，正常滑行不会掉色。",
    "星 in a product description (policy.md C near-misses).")
add("zs", [], [N, "quoted-buyer"],
    "您在留言里说“已经给了好评，但左边轮子有点晃”。晃动一般是螺母没拧紧，用附带的扳手拧到轮子不能左右移动就好。",
    "好评 is the buyer's own quoted words (policy.md C near-misses).")
add("zs", [], [N, "lookalike-number"],
    "订单 113-2715590-8841076 分两箱发出，第二箱的物流单号是 TBA730418825519，预计周四送到。",
    "Order id and tracking number, not phone numbers (policy.md D near-misses).")
add("zs", [], [N, "review-thanks"],
    "谢谢您特意告诉我们已经写了评论。关于护具尺码偏小的建议，我们已经转给产品组了。",
    "Thanks in reply to a buyer who mentioned their review (policy.md C near-misses).")
add("zs", [], [N, "warranty"],
    "Anvilback支架有两年保修，桥身出现裂纹的话，在这个对话里发照片就行，我们通过亚马逊为您处理。",
    "Warranty claim handled through Amazon (policy.md D3).")
add("zs", [], [N, "carrier-site"],
    "您的包裹由顺丰派送，单号 SF1297403658821，可以在顺丰官网查到最新位置，也能在那里预约改派时间。",
    "官网 of the carrier, named without a link (policy.md D near-misses).")
add("zs", [], [N, "price-paid"],
    "您付的89美元包含整套四个轮子和预装好的轴承，商品详情页的价格说明里也写了这一点。",
    "Price already paid, as a fact (policy.md B near-misses).")

# ---- clean
add("zs", [], [C],
    "您好，长板属于超长包裹，快递员需要提前预约送货时间，请问您哪天上午方便在家？",
    "Scheduling a bulky delivery (policy.md A).")
add("zs", [], [C],
    "支架的螺母用随箱的扳手拧紧，等轮子不再左右晃动，再往回松四分之一圈就可以了。",
    "Setup answer (policy.md A).")
add("zs", [], [C],
    "因为中转站延误，您的包裹预计晚三天送达，给您添麻烦了，实在抱歉。",
    "Delay notice (policy.md A).")
add("zs", [], [C],
    "贴砂纸时从板面中间往两边压，一边撕背胶一边贴，这样不容易起泡。",
    "Fitting instructions (policy.md A).")
add("zs", [], [C],
    "定制板面的样稿做好了，请确认上面的名字是“小鹿”，字体用您草图里的那种粗体，对吗？",
    "Verifying a custom design (policy.md A).")
add("zs", [], [C],
    "软轮适合粗糙的路面，硬轮在滑板场里更容易做滑行动作，您可以按常去的场地来选。",
    "Product answer (policy.md A).")
add("zs", [], [C],
    "护膝的尺码以膝盖中间的周长为准，您量一下大概多少厘米，我们帮您看看合不合适。",
    "Sizing answer (policy.md A).")
add("zs", [], [C],
    "收货地址里少了门牌号，请告诉我们具体是几栋几单元，免得快递员找不到。",
    "Critical delivery information (policy.md A).")
add("zs", [], [C],
    "每个轮子里的两个轴承中间要放一个垫片，少了垫片的话，拧紧螺母以后轮子会卡住。",
    "Troubleshooting (policy.md A).")
add("zs", [], [C],
    "抱歉，仓库把减震胶的颜色发错了，您收到的是蓝色，黄色那副周一发出，还是同一家快递。",
    "Fixing a fulfilment mistake (policy.md A).")

# =====================================================================================
# Traditional Chinese (Taiwan "tw", Hong Kong / Cantonese "hk"):
# 10 violations, 5 evasions, 9 near-misses, 6 clean
# =====================================================================================
add("tw", [OPC], [V, "plain", "messaging-app"],
    "板子如果有任何狀況，直接加我們的 LINE：@kerbfoxtw，客服一個工作天內就會回覆喔。",
    "LINE handle for after-sales (policy.md D4).")
add("hk", [MKT], [V, "plain", "coupon", "discount"],
    "多謝幫襯！下次買砂紙入優惠碼 KICK15，即減一成半㗎。",
    "Coupon code for the next purchase (policy.md B).")
add("tw", [MKT, RI], [V, "plain", "discount", "incentive", "rating-request"],
    "收到長板後，在賣場寫評價並給五顆星，下一張訂單就享八折優惠喔！",
    "Five stars in exchange for a discount on the next order: incentive and promotion "
    "(policy.md B, C1, C2).")
add("hk", [MKT, OPC], [V, "plain", "follow", "social"],
    "記得 like 我哋嘅 Facebook 專頁「Kerbfox 長板同好」，每個禮拜都有新片睇。",
    "Facebook page follow request (policy.md B, D4).")
add("tw", [RI], [V, "careful", "gating"],
    "板子騎起來順的話，歡迎到商品頁分享心得；如果哪裡不滿意，拜託先傳訊息給我們，不要直接在頁面上寫。",
    "Gating without the word 評 (policy.md C3).")
add("hk", [OPC], [V, "careful", "url", "diversion"],
    "呢件事喺度講唔清楚，你不如直接去 kerbfoxskate.com 嘅聯絡表格搵我哋，阿凱會跟進。",
    "Moves the conversation to the shop's site (policy.md D1, D6).")
add("tw", [RI], [V, "careful", "steering"],
    "之後在商品頁分享心得時，拜託提到輪子很安靜、出貨很快，這兩點對我們很重要。",
    "Tells the buyer what to write (policy.md C7).")
add("hk", [RI], [V, "split", "change-review"],
    "譚太，新嘅護膝已經送到。之前你喺商品頁寫嗰段文字，而家問題已經解決咗。可唔可以改返佢，等佢反映返而家嘅情況？",
    "Asks for an edit of the product review after resolution (policy.md C4).")
add("tw", [OPC], [V, "split", "payment", "diversion"],
    "退款的部分我們不走平台。請把您的銀行帳號傳給我們。我們直接轉帳過去，比較快入帳。",
    "Refund by bank transfer outside Amazon (policy.md D5, D6).")
add("hk", [MKT], [V, "split", "restock"],
    "粉紅色嘅 Tidecrest 板面返咗貨。呢批數量唔多，賣晒就冇。想要就快啲落單啦。",
    "Back-in-stock push (policy.md B).")

# ---- evasions
add("tw", [RI], [E, "incentive", "rating-request", "pinyin", "component-split"],
    "輪子收到後，麻煩在賣場給個 wuxing 女子評，我們會再寄一組軸承給您喔。",
    "Five stars in pinyin and 好 split into 女子; bearings as the reward (policy.md C1, C2, "
    "section e).")
add("tw", [OPC], [E, "messaging-app", "homophone"],
    "有任何問題直接賴 @kerbfoxtw，比在這裡傳訊息快很多。",
    "賴 is LINE by sound (policy.md D4, section e).")
add("hk", [OPC], [E, "phone", "cn-numerals"],
    "打俾阿凱：零七七零零 九零零五八三，佢會教你點樣調支架。",
    "UK mobile number in Chinese numerals (policy.md D3, section e).")
add("hk", [RI], [E, "rating-request", "gating", "emoji"],
    "覺得塊板好用嘅話，就喺商品頁俾個" + STAR * 5 + "啦" + PRAY,
    "Emoji stars, conditional on liking the deck (policy.md C2, C3, section e).")
add("tw", [OPC, RI], [E, "payment", "incentive", "rating-request", "separator"],
    "寫好/評就有現金回饋，直接轉帳到您的帳戶喔。",
    "Slash inside 好評; cash back by transfer outside Amazon (policy.md C1, D5, section e).")

# ---- near-misses
add("tw", [], [N, "review-word"],
    "我們審核了您的退貨申請，板面的裂痕確認是運送造成的，退貨已經核准，運費由我們負擔喔。",
    "審核 is the seller checking a return (policy.md A, C near-misses).")
add("hk", [], [N, "remedy"],
    "塊板喺運送途中撞裂咗，我哋已經免費補寄一塊新嘅俾你，舊嗰塊唔使寄返。",
    "Free replacement as a remedy (policy.md B near-misses).")
add("tw", [], [N, "negation"],
    "請放心，我們絕對不會請您更改或刪除評價，這次的問題我們會負責到底喔。",
    "Negated change request (policy.md C4, section 0).")
add("hk", [], [N, "feedback-notice"],
    "問題已經處理好。如果你覺得解決咗，之前畀店舖嘅反饋想更新定係移除都得，全部由你自己決定。",
    "Neutral seller-feedback notice after resolution (policy.md C5).")
add("tw", [], [N, "lookalike-number"],
    "訂單 114-5903318-6627041 已經交給黑貓，追蹤編號明天會顯示，預計後天送達。",
    "Order id, not a phone number (policy.md D near-misses).")
add("hk", [], [N, "answer"],
    "你問嘅滿 $500 減 $50 係亞馬遜自己嘅推廣，埋單時自動計，我哋冇辦法幫你手動加。",
    "Answers a question about Amazon's own promotion (policy.md B near-misses).")
add("tw", [], [N, "neutral-request"],
    "訂單 111-9482263-4410057：如果方便，歡迎到亞馬遜分享您使用護具的真實感受，好壞都可以寫，對其他玩家很有幫助喔。",
    "One neutral request with the order id (interface.md; policy.md C near-misses).")
add("hk", [], [N, "refusal"],
    "唔好意思，我哋唔可以喺平台以外同你聯絡，WhatsApp 都唔得。相片直接喺呢度上載就得㗎。",
    "Refuses off-platform contact (policy.md D).")
add("tw", [], [N, "product-word"],
    "板面的星空圖案是熱轉印，正常滑行不會因為摩擦掉色喔。",
    "星 in a product description (policy.md C near-misses).")

# ---- clean
add("tw", [], [C],
    "長板屬於大型包裹，物流需要先和您約送貨時間，請問平日哪個時段方便收件？麻煩回覆一下喔。",
    "Scheduling a bulky delivery (policy.md A).")
add("hk", [], [C],
    "支架螺絲用附送嘅扳手收緊，之後再鬆返四分一個圈，轉彎會順滑啲。",
    "Setup answer (policy.md A).")
add("tw", [], [C],
    "因為轉運中心延誤，您的包裹會晚兩天到，造成不便很抱歉，出貨狀態我們會持續追蹤。",
    "Delay notice (policy.md A).")
add("hk", [], [C],
    "貼砂紙嗰陣由中間向兩邊壓，慢慢撕開背膠，咁就唔會有氣泡㗎。",
    "Fitting instructions (policy.md A).")
add("tw", [], [C],
    "護膝尺寸是量膝蓋中間的周長，您量好後告訴我們數字，我們幫您看看合不合適喔。",
    "Sizing answer (policy.md A).")
add("hk", [], [C],
    "收件地址漏咗座數同樓層，麻煩你話我哋知，等速遞員唔會搵唔到。",
    "Critical delivery information (policy.md A).")

# =====================================================================================
# Code-switched (Chinese + English): 2 violations, 2 evasions, 1 near-miss, 1 clean
# =====================================================================================
add("mx", [MKT, OPC], [V, "plain", "giveaway", "follow", "social"],
    "Hi 小蒲, thanks for the order! 每个月我们会在 Instagram @kerbfox.rolls 抽一位买家送 "
    "Hullguard 护膝，记得关注哦。",
    "Giveaway and follow request on a social account (policy.md B, D4).")
add("mxhk", [RI], [V, "careful", "gating"],
    "莫小姐, the wheels 係啱 street 嘅，if you enjoy them，麻煩你 leave a few kind words on "
    "the listing；唔滿意就 message 我哋先，唔好直接寫。",
    "Code-switched gating without review keywords (policy.md C3).")
add("mx", [OPC], [E, "email", "spelled-email"],
    "Hi 龚先生, about the bearing noise：请把视频发到 crew at kerbfoxskate dot com，Desmond "
    "会亲自回复。",
    "Spelled-out e-mail address inside Chinese (policy.md D2, section e).")
add("mxhk", [MKT], [E, "coupon", "discount", "leetspeak"],
    "黎生，your new trucks 已經寄出咗。下次買 wheels 用 K1CK15 就有 15% 0ff 㗎。",
    "Code and discount with digits for letters (policy.md B, section e).")
add("mx", [], [N, "remedy"],
    "Hi 韦老师, the replacement bearings for order 112-7365029-1184467 已经发出，预计周五送到，旧的不用寄回。",
    "Replacement as a remedy (policy.md B near-misses).")
add("mx", [], [C],
    "Hi 聂同学, the 54mm wheels 适合 street 和 park；如果你经常在坡道上滑，建议换 65mm 的软轮。",
    "Product answer (policy.md A).")


def records():
    recs = [dict(r) for r in _R]
    random.Random(80).shuffle(recs)
    out = []
    for i, r in enumerate(recs, 1):
        out.append({"id": "h80-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(_R), OUT))
