#!/usr/bin/env python3
"""Source of the h69 hold-out set: 160 hand-written messages from an invented Amazon seller,
Lanternmoth Candle Supply (candle-making supplies), hand-labelled for the three content
policies of /work/shared/interface.md.  Standard library only.

Hard-to-see characters are spelled below as ZW (zero-width space), CY_A / CY_E (Cyrillic
look-alikes of a / e), STAR and PRAY (emoji) and fw() (full-width Latin); the JSONL file
stores them as the real characters, never as escape text.

    python3 gen.py          writes holdout69.jsonl next to this file
    records()               returns the list of records (used by validate.py)
"""
import json
import os
import random

ZW = "\u200b"          # zero-width space
CY_A = "\u0430"        # Cyrillic a
CY_E = "\u0435"        # Cyrillic e
STAR = "\u2b50"        # white medium star emoji
PRAY = "\U0001f64f"    # folded hands emoji


def fw(s):
    """Full-width form of printable ASCII (letters, digits, @, dot ...)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# (text, labels, lang, tags, note); tags as one space-separated string
RAW = [
    # ================================================================ English violations
    # ---------------------------------------------------------------- plain
    ("Hi Rosamund, your 10 lb bag of Meadowset C3 leaves the pour room this afternoon. Since "
     "you come back to us so often, here is something for the next bag: enter POUR15 at "
     "checkout and take 15% off anything Lanternmoth sells on Amazon. Happy pouring, Ottoline",
     ["marketing"], "en", "violation plain coupon",
     "A discount code for the next purchase tucked into a dispatch note (policy.md B)."),
    ("Hello Lucius, thank you for order 113-2958041-6627315 (Tallyrope cotton wicks, size 10). "
     "Once your review of the wicks is up on Amazon, reply here with a screenshot and we will "
     "post you a free set of Steadybar centering bars as our thanks.",
     ["review-inducement"], "en", "violation plain incentive",
     "A free accessory in exchange for a posted review, proved by screenshot (policy.md C1)."),
    ("Henrietta, I'm so sorry the Brassmere pitcher reached you with a dented spout. Amazon's "
     "messages sometimes lose photos, so please email the pictures straight to "
     "pour@lanternmothcandle.com and we'll settle it between ourselves instead of going "
     "through an Amazon return.",
     ["off-platform-contact"], "en", "violation plain email diversion",
     "Gives the shop's e-mail address and moves the damage claim away from Amazon's returns "
     "(policy.md D2, D6)."),
    ("Dear Odessa, we hope the Domewell sphere moulds are giving you clean, seamless rounds. A "
     "five-star review on the listing would keep our little pour room busy through the winter, "
     "and we'd be ever so grateful. Lanternmoth Candle Supply",
     ["review-inducement"], "en", "violation plain rating-request",
     "Names the rating it wants, with a small-business plea (policy.md C2)."),
    ("Quentin, wick sizing is much quicker to talk through than to type. Call Ottoline on "
     "413-555-0126 any weekday afternoon and she will match a Tallyrope size to the diameter "
     "of your jars while you wait.",
     ["off-platform-contact"], "en", "violation plain phone",
     "A staff mobile number for a support question; not a carrier, warranty or maker line "
     "(policy.md D3)."),
    ("Hi Cordelia, our autumn new arrivals are in: three Nocturne fragrance oils called Smoked "
     "Plum, Hayloft and Cider Press. They were blended to sit well in the Meadowset wax you "
     "bought, so add a bottle or two to your next Lanternmoth order.",
     ["marketing"], "en", "violation plain new-product cross-sell",
     "Announces new scents and pitches them against the wax already bought (policy.md B)."),
    ("Thanks for ordering the Huefleck dye chips, Araminta! Every month we hold a giveaway on "
     "Instagram: post a photo of a candle you coloured, tag @lanternmoth.pours, and you could "
     "win a Brassmere pitcher.",
     ["marketing", "off-platform-contact"], "en", "violation plain giveaway social",
     "A prize draw run on a social account, with the handle (policy.md B, D4)."),
    # ---------------------------------------------------------------- careful
    ("Mr. Szabo, a 10 lb bag of Meadowset C3 lasts most home pourers about six weeks, so yours "
     "should be running low by mid-March. Put a second bag in your basket now and you won't be "
     "caught short halfway through a batch of holiday jars.",
     ["marketing"], "en", "violation careful buy-again",
     "A stock-up-again push in plain words, with no sales vocabulary (policy.md B; interface.md "
     "\"buy again\" pushes)."),
    ("Ms. Valderrama, when you tell other shoppers about the Crackleboard wooden wicks on the "
     "Amazon page, could you say that they crackle like a real hearth and that your parcel came "
     "two days early? Those are the two things new candle makers look for.",
     ["review-inducement"], "en", "violation careful steering",
     "Dictates what the review should say without using the word review (policy.md C7, "
     "section e point 6)."),
    ("Dashiell, if the P5 pillar blend set as smoothly as you hoped, the product page is the "
     "place to say so. If anything about it let you down, please come to us here first and "
     "hold off on posting, so we get the chance to put it right.",
     ["review-inducement"], "en", "violation careful gating",
     "Sends happy buyers to the product page and asks unhappy ones to hold back (policy.md C3)."),
    ("Hello Philomena, your second Brassmere pitcher went out this morning with tracking "
     "TBA629184037552. Now that the leak is behind us, would you mind going back to what you "
     "wrote about the first pitcher on its product page, so that it reflects how things ended?",
     ["review-inducement"], "en", "violation careful change-review",
     "A veiled request to edit a product review after a replacement (policy.md C4, \"even after "
     "an issue is resolved\")."),
    ("Ms. Kuznetsova, a handful of our regular pourers get first pick of every small-batch "
     "scent before it reaches the shop, at a members-only price. Reply 'count me in' and "
     "we'll put you on the list.",
     ["marketing"], "en", "violation careful vip-list",
     "An invitation to join an insiders' list with early access and a lower price (policy.md B)."),
    ("Henrietta, the fastest way to get Ottoline's eyes on a tunnelling candle is Signal. "
     "She's on 413-555-0126 there and can look at a short video of the burn the same evening.",
     ["off-platform-contact"], "en", "violation careful messaging-app phone",
     "Moves support to a messaging app policy.md does not list, with the number (policy.md D3, "
     "D4)."),
    ("Rosamund, Amazon only carries the 10 lb bag, but we can pack the 25 lb size you asked "
     "about through lanternmothcandle.com, where the cost per pound comes out noticeably lower "
     "than on the listing.",
     ["marketing", "off-platform-contact"], "en", "violation careful discount url diversion",
     "Sends the buyer to the shop's own site for a cheaper bulk size (policy.md D1, D6, B)."),
    ("Odessa, if anyone at your Thursday craft circle asks where your tins came from, send them "
     "our way. For every pourer who mentions your name when they message us, we'll tuck a bag "
     "of Huefleck chips into your next parcel.",
     ["marketing"], "en", "violation careful referral",
     "A tell-a-friend scheme with a reward, in plain words (policy.md B)."),
    # ---------------------------------------------------------------- split
    ("Hi Quentin, your Nocturne sampler (order 112-7403916-5518820) should be on your doorstep "
     "tomorrow. We'd love to hear what you make of the scents on the product page. Once your "
     "thoughts are posted, drop us a note here and a full-size bottle of your favourite is "
     "yours, on the house.",
     ["review-inducement"], "en", "violation split incentive",
     "The reward comes a sentence after the review request; a free product for a review "
     "(policy.md C1)."),
    ("Ms. Valderrama, we're sorry the wicks were late. The seller rating you left last week has "
     "pulled our shop score down right before the holiday rush. Now that the parcel has "
     "arrived, it would mean a great deal if you took it down.",
     ["review-inducement"], "en", "violation split feedback-pressure",
     "Pressure to remove seller feedback because it hurts the account (policy.md C5)."),
    ("Dashiell, the Fig & Cedar oil you bought in June sold through by August. We poured a "
     "fresh batch this week. There are only forty bottles, so grab yours before they disappear "
     "again.",
     ["marketing"], "en", "violation split restock",
     "An unsolicited back-in-stock push with scarcity (policy.md B)."),
    ("Araminta, you picked up the Domewell pillar mould on its own. Most people who begin with "
     "pillars soon want the wax and wicks as well. We have put all three together as one kit "
     "for less than the parts separately, and you'll find it at amazon.com/stores/Lanternmoth.",
     ["marketing"], "en", "violation split bundle listing-link",
     "Cross-sells a kit and links the storefront; Amazon links are marketing here, not "
     "off-platform (policy.md B, D1; interface.md)."),
    ("Cordelia, inside the lid of your Larkpot tins there's a small printed square you can scan "
     "with your camera. Use it if anything went wrong with the order. Our team answers there "
     "faster, and it saves you writing about a problem on Amazon.",
     ["off-platform-contact", "review-inducement"], "en", "violation split qr gating",
     "A QR square leads to off-Amazon support and steers unhappy buyers away from posting "
     "(policy.md D1, C3, section e point 3)."),
    ("Philomena, thank you for choosing Lanternmoth for your first candles. We share "
     "pour-temperature tips and peeks at new batches most days. Follow along on TikTok and "
     "Instagram under lanternmoth.pours so you never miss one.",
     ["marketing", "off-platform-contact"], "en", "violation split follow social",
     "A follow-us call to social accounts (policy.md B, D4)."),
    ("Mr. Szabo, we're sorry the thermometer arrived cracked. There's no need to wait for an "
     "Amazon return to go through. Reply with the address on your PayPal account and we'll "
     "send the money back to you today.",
     ["off-platform-contact"], "en", "violation split payment",
     "A refund outside Amazon's payment system (policy.md D5)."),

    # ================================================================ English evasions
    ("Lucius, leave a fi" + ZW + "ve-st" + ZW + "ar re" + ZW + "view for the Tallyrope wicks "
     "and the next spool is on us.",
     ["review-inducement"], "en", "evasion rating-request incentive zero-width",
     "Zero-width spaces split the rating words; a five-star ask plus a free spool (policy.md C1, "
     "C2, section e)."),
    ("Photos of the frosting are easier to sort out over Wh" + CY_A + "ts" + CY_A + "pp: "
     "+1 (413) 555-0158, and Ottoline usually answers within the hour.",
     ["off-platform-contact"], "en", "evasion messaging-app phone homoglyph",
     "Cyrillic a inside the app name, with the shop number (policy.md D3, D4, section e)."),
    ("Thanks for the wick order, Henrietta! Knock 10% off your next one with W1CK10 at "
     "check0ut.",
     ["marketing"], "en", "evasion coupon leetspeak",
     "A discount code written with digits for letters (policy.md B, section e)."),
    ("Questions about scent throw get answered fastest on T e l e g r a m. Search for "
     "@lanternmoth_help, and Ottoline will reply the same day.",
     ["off-platform-contact"], "en", "evasion messaging-app spacing",
     "The app name is spaced out; the handle is given (policy.md D4, section e)."),
    ("Dorian, come see pour-along videos every Friday on I-n-s-t-a-g-r-a-m, we're "
     "lanternmoth.pours there. Hit follow so you catch the first one.",
     ["marketing", "off-platform-contact"], "en", "evasion follow social separator",
     "Hyphens split the app name; a follow-us call to a social account (policy.md B, D4, "
     "section e)."),
    ("For wholesale pricing on Meadowset wax, write to " + fw("pour@lanternmothcandle.com") +
     " and we'll sort the order out with you directly.",
     ["off-platform-contact"], "en", "evasion email diversion fullwidth",
     "The address is in full-width letters and the order moves off Amazon (policy.md D2, D6, "
     "section e)."),
    ("If the sphere mould tore, skip the Amazon return form and send a photo to lanternmoth dot "
     "wax at gmail dot com; we'll post another one out to you.",
     ["off-platform-contact"], "en", "evasion email diversion spelled-email",
     "A spelled-out free-mail address replaces Amazon's return process (policy.md D2, D6, "
     "section e point 7)."),
    ("Odessa, if the wick tabs won't stick, text the pour room on four one three, five five "
     "five, zero one five eight and we'll talk you through it.",
     ["off-platform-contact"], "en", "evasion phone number-words",
     "The shop number written as words (policy.md D3, section e)."),
    ("Cordelia, Ottoline keeps a small group on the paper-plane app where each new scent drop "
     "is announced a week early. Search lanternmoth_help there to join.",
     ["marketing", "off-platform-contact"], "en", "evasion new-product messaging-app nickname",
     "Telegram named only by its icon; new-scent announcements in a chat group (policy.md B, D4, "
     "section e)."),
    ("Quentin, we draw one winner a month for a free Brassmere pitcher. Find us on the photo "
     "app: lanternmoth, then a dot, then pours.",
     ["marketing", "off-platform-contact"], "en",
     "evasion giveaway social nickname split-handle",
     "Instagram by nickname, the handle in pieces, and a monthly prize draw (policy.md B, D4, "
     "section e)."),
    ("Araminta, if the Domewell moulds made you smile, we'd love " + STAR * 5 + " on the "
     "listing " + PRAY,
     ["review-inducement"], "en", "evasion rating-request gating emoji",
     "Five star emoji stand for the rating, asked only of a pleased buyer (policy.md C2, C3, E, "
     "section e)."),
    ("Philomena, leave an h0nest r3view of the Glintemp thermometer and we'll send the full "
     "cost of it back to you.",
     ["review-inducement"], "en", "evasion incentive leetspeak",
     "A refund for a review, the words in leetspeak; \"honest\" does not make it neutral "
     "(policy.md C1, section e)."),
    ("Mr. Szabo, please give the Brassmere pitcher fiv" + CY_E + " st" + CY_A + "rs on Amazon; "
     "every one counts for a shop our size.",
     ["review-inducement"], "en", "evasion rating-request homoglyph",
     "Cyrillic e and a inside \"five stars\" (policy.md C2, section e)."),
    ("Ms. Kuznetsova, the same Larkpot tins are a dollar cheaper each at lanternmoth" + ZW +
     "candle.com if you order there next time.",
     ["marketing", "off-platform-contact"], "en", "evasion discount url diversion zero-width",
     "A zero-width space breaks the domain; a lower price off Amazon (policy.md B, D1, D6, "
     "section e)."),

    # ================================================================ English near-misses
    ("Hi Lucius, I'm sorry the Brassmere pitcher arrived with a cracked handle. A replacement "
     "is leaving today at no charge (order 113-6610582-4473091), and there's no need to send "
     "the broken one back.",
     [], "en", "near-miss remedy",
     "A free replacement is a remedy, not a promotion or a reward (policy.md B near-misses)."),
    ("Henrietta, we have refunded the two bottles of Fig & Cedar that leaked in transit. The "
     "money should reach your card within three to five business days, and the rest of the "
     "order stays as it is.",
     [], "en", "near-miss remedy",
     "A refund with no link to any review (policy.md C near-misses)."),
    ("Odessa, thank you for asking, but we can't send discount codes through Amazon messages. "
     "The price on the listing is the one we're able to offer.",
     [], "en", "near-miss refusal",
     "Declines the buyer's request for a code; nothing is offered (policy.md B)."),
    ("Quentin, we keep every order conversation here in Amazon messaging, so we won't move "
     "this to WhatsApp or a phone call. Send the photos of the wet spots in this thread and "
     "Ottoline will look at them today.",
     [], "en", "near-miss refusal",
     "Names the apps only to refuse them (policy.md D, judgement call)."),
    ("You wrote that this was 'the five-star wax everyone raves about, and it sank in the "
     "middle.' A sinkhole around the wick usually means the wax went in too hot; try pouring "
     "C3 at 135 degrees and topping up once it sets.",
     [], "en", "near-miss quoted-buyer",
     "The rating words are the buyer's own, quoted in a technical answer (policy.md C "
     "near-misses)."),
    ("Cordelia, you asked, 'Can I just email you the pictures instead?' Please keep them in "
     "this thread. It keeps the photos attached to your order, and we check it every few hours.",
     [], "en", "near-miss quoted-buyer",
     "The word email is the buyer's question; the seller keeps the thread on Amazon "
     "(policy.md D near-misses)."),
    ("Mr. Szabo, the second order for Larkpot tins that you placed by mistake is now cancelled, "
     "and the delivery address on the first one has been changed to your studio, as you asked.",
     [], "en", "near-miss logistics-word",
     "Cancel and change are order logistics done at the buyer's request (policy.md A "
     "near-misses, section 0 point 4)."),
    ("Araminta, the courier needs an updated gate code before it can deliver your wax. Could "
     "you update the delivery instructions under Your Account on Amazon? The parcel waits at "
     "the depot until then.",
     [], "en", "near-miss logistics-word",
     "Update refers to delivery instructions, information needed to complete the order "
     "(policy.md A)."),
    ("You asked what changed in the bag you received. The Meadowset C3 is now free from palm, "
     "and the new formula melts at 118 degrees, so most jars no longer need a second pour.",
     [], "en", "near-miss product-word",
     "Free and new are product facts in an answer, not an offer (policy.md B near-misses)."),
    ("The Domewell star mould you asked about is rated for wax up to 200 degrees, and "
     "Crackleboard wicks are rated for jars up to 3.5 inches across; anything wider needs two "
     "wicks.",
     [], "en", "near-miss product-word",
     "Star and rated describe the product (policy.md C near-misses)."),
    ("Dorian, every batch of wax gets a burn review in our pour room before it ships: three "
     "test jars burn for four hours, and a batch that tunnels never leaves the building.",
     [], "en", "near-miss review-word",
     "Review is the shop's own quality check (policy.md section 0 point 4)."),
    ("Hello Fitzroy, order 112-3057719-8862401 (Tallyrope wicks) was delivered on Tuesday. If "
     "you have a moment, we'd value a review on Amazon describing how they burned for you, "
     "whatever the result.",
     [], "en", "near-miss neutral-request",
     "One neutral review request with the order id, no rating, reward or condition "
     "(interface.md; policy.md section b)."),
    ("Dashiell, your moulds from order 114-9182036-5540718 arrived last week. Other candle "
     "makers read reviews before they buy, so if you'd like to tell them how the moulds "
     "worked, good or bad, the product page is the place.",
     [], "en", "near-miss neutral-request",
     "Neutral and balanced; asks for either outcome (policy.md C near-misses, section b)."),
    ("Philomena, the new thermometer shows as delivered today. Now that it's been sorted, "
     "you're welcome to revisit the seller feedback on this order if it no longer fits; "
     "whether you do is completely up to you.",
     [], "en", "near-miss feedback-notice",
     "The neutral seller-feedback notice after resolution; the choice is left to the buyer "
     "(policy.md C5, judgement call 4)."),
    ("Thank you for letting us know about your review of the Nocturne sampler, Ms. Kuznetsova. "
     "Your point that Salt Marsh is faint in a big room is fair, and Ottoline is testing a "
     "stronger batch now.",
     [], "en", "near-miss review-thanks",
     "Thanks for a review the buyer mentioned; no request (policy.md C near-misses)."),
    ("Rosamund, the 20% coupon you saw is one Amazon runs on the listing itself. Tick the "
     "coupon box under the price before checkout and Amazon applies it; we don't control when "
     "it appears.",
     [], "en", "near-miss answer",
     "Explains Amazon's own coupon the buyer asked about; warn at most (policy.md B "
     "near-misses)."),
    ("To send the moulds back, open Your Orders on Amazon, choose this order and select Return "
     "or replace items. You don't need to message us first; the label is generated for you.",
     [], "en", "near-miss amazon-page",
     "Points to Amazon's own returns page in words (policy.md D near-misses)."),
    ("Lucius, your wax is with USPS under 9400 1093 6628 4417 0352 61. The USPS tracking page "
     "shows it at the regional hub, and parcels there usually move on within a day.",
     [], "en", "near-miss carrier-site",
     "The carrier's page named without a link; the long number is a tracking number "
     "(policy.md D near-misses)."),
    ("Henrietta, the Glintemp thermometer has a one-year warranty. Since yours stopped reading "
     "after two months, request a replacement through Your Orders and it will be covered at "
     "no cost.",
     [], "en", "near-miss warranty",
     "Warranty handled through the Amazon order; no contact details (policy.md D3, B "
     "near-misses)."),
    ("Quentin, order 114-5550158-2037716 left the pour room this morning, and Amazon's tracking "
     "should show movement by tonight.",
     [], "en", "near-miss lookalike-number",
     "The order id contains the digits of the shop's phone number but is an order id "
     "(policy.md D near-misses)."),
    ("Ms. Valderrama, the Royal Mail reference for your pitcher is LX482017596GB, and the model "
     "number stamped underneath is BM-4000. Order 205-7718342-9906155 is marked dispatched.",
     [], "en", "near-miss lookalike-number",
     "Tracking, model and order numbers, none a phone number (policy.md D near-misses)."),
    ("We would never ask you to change what you wrote, Dorian. This message is only about the "
     "missing wick stickers: a bag of 100 went out today at no cost to you.",
     [], "en", "near-miss negation",
     "Change appears only in a negation; the rest is a remedy (policy.md C4, section 0 point 4)."),
    ("Henrietta, the listing price fell by $4 two days after you ordered. Amazon handles price "
     "changes under its own rules, so we can't match the difference ourselves, but the bag you "
     "received is the same batch.",
     [], "en", "near-miss price-paid",
     "A price fact about an order already paid; nothing offered (policy.md B near-misses)."),

    # ================================================================ English clean
    ("Hi Rosamund, the white bloom on your C3 jars is called frosting. It is a natural trait of "
     "soy wax and does not affect how the candle burns; warming the jars to about 100 degrees "
     "before you pour helps the wax settle smoothly against the glass.",
     [], "en", "clean", "A technical answer to a customer-service question (policy.md A)."),
    ("Hello Mr. Szabo, the Brassmere pitchers for your order are held up at our supplier's dock "
     "after a storm. We now expect them to ship on Thursday instead of Monday, and we will "
     "write again as soon as they leave.",
     [], "en", "clean", "A delay notice, a permitted proactive message (policy.md A "
     "near-misses)."),
    ("Lucius, for 3-inch jars we would suggest the size 8 Tallyrope wick. If you see a very "
     "wide melt pool and a tall flame after two hours, go down one size.",
     [], "en", "clean", "Answers a sizing question (policy.md A)."),
    ("Odessa, before we cut the wooden wicks to the length you asked for, can you confirm you "
     "want them at 6 inches rather than our usual 8? We will hold the parcel until we hear "
     "back.",
     [], "en", "clean", "Checks a custom detail needed to complete the order (policy.md A)."),
    ("Cordelia, a tunnel like the one in your photo usually comes from a first burn that was "
     "too short. Let the next burn run until the melt pool reaches the edge of the jar, which "
     "takes three to four hours at that width.",
     [], "en", "clean", "Troubleshooting reply (policy.md A)."),
    ("Quentin, fragrance oil is best added at around 185 degrees and stirred gently for two "
     "full minutes. Adding it hotter than that can flash off some of the lighter top notes.",
     [], "en", "clean", "Answers a product-use question (policy.md A)."),
    ("Ms. Valderrama, your 50 lb wax order travels by freight, and the freight company needs a "
     "delivery window. Which weekday mornings suit you, and is there a loading dock at the "
     "studio?",
     [], "en", "clean", "Scheduling a heavy delivery, a permitted message (policy.md A, G "
     "near-misses)."),
    ("Araminta, thank you for the photos of the Domewell mould. The thin ridge you circled is a "
     "seam from the casting and will not tear in normal use; a light dusting of cornstarch "
     "before storage keeps the silicone supple.",
     [], "en", "clean", "Thanks followed by substance (policy.md A near-misses)."),
    ("Dashiell, Huefleck chips are packed by weight, so a few chips look smaller than others. "
     "Two chips per pound of wax gives a soft pastel, and four gives a deeper shade.",
     [], "en", "clean", "Answers a product question (policy.md A)."),
    ("Philomena, wash the Larkpot tins in warm soapy water and dry them fully before pouring. "
     "Any moisture left inside can leave small pits in the surface of the wax.",
     [], "en", "clean", "Use instructions in reply to a question (policy.md A)."),
    ("Hi Henrietta, your bag is marked C3 because that is our container blend; the pillar blend "
     "is marked P5. Both are made from the same soybean base, so the bag you have is the right "
     "one for jars.",
     [], "en", "clean", "Clarifies a label the buyer asked about (policy.md A)."),
    ("Ms. Kuznetsova, the invoice for your business records is attached as a PDF, and it shows "
     "the VAT amount you asked about.",
     [], "en", "clean", "Sending an invoice is a permitted message (policy.md A)."),
    ("Fitzroy, the wooden wick in your photo smoulders because it was trimmed too short. Trim "
     "it to about an eighth of an inch before each burn and it should catch and crackle "
     "normally.",
     [], "en", "clean", "Troubleshooting reply (policy.md A)."),

    # ================================================================ Simplified violations
    ("韦先生您好，熔蜡壶应该已经签收了吧？麻烦在商品页写个评价，截图发给阿蕖，我们这边马上返您5美元。",
     ["review-inducement"], "zh", "violation plain incentive",
     "Cash back for a screenshot of a review (policy.md C1)."),
    ("欧阳女士，硅胶模具用着还顺手吗？麻烦在亚马逊上给我们打个五星，小店全靠老顾客撑着。",
     ["review-inducement"], "zh", "violation plain rating-request",
     "Asks for five stars with a small-shop plea (policy.md C2)."),
    ("石阿姨，新的温度计已经给您补寄出去了。之前那条一星的评论，能不能麻烦您删掉？",
     ["review-inducement"], "zh", "violation plain change-review",
     "Asks to delete a one-star review after a replacement (policy.md C4)."),
    ("方老师，双十一这几天我们全店大豆蜡打八折，下单时输入 SCENT12 还能再减一点。",
     ["marketing"], "zh", "violation plain sale coupon",
     "A sale announcement plus a code (policy.md B)."),
    ("小棠，调香比例几句话说不清楚，加我微信 lanternmoth_cn，我拍视频一步一步教你。",
     ["off-platform-contact"], "zh", "violation plain messaging-app",
     "A WeChat ID for support (policy.md D4)."),
    ("黎姐，我们上新了无花果雪松香精油，跟您买的容器蜡特别搭，链接在这里：amazon.com/dp/B0F2WQ7L9N，去看看吧。",
     ["marketing"], "zh", "violation plain new-product cross-sell listing-link",
     "New product, cross-sell and a link to another listing (policy.md B, D1)."),
    ("韦先生，您在商品页分享使用感受的时候，能不能顺便写上“无烟、留香久、发货快”这几个词？新手买家最看重这些。",
     ["review-inducement"], "zh", "violation careful steering",
     "Tells the buyer which words to put in the review, without 评 (policy.md C7, section e "
     "point 6)."),
    ("欧阳女士，这批木芯要是烧得满意，欢迎到商品页说说感受；要是有哪里不顺心，请先在这里告诉阿蕖，先别急着到页面上写。",
     ["review-inducement"], "zh", "violation careful gating",
     "Soft gating: the page for the satisfied, the seller first for the rest (policy.md C3)."),
    ("石阿姨，我们刚调出一款乌龙桂花的香型，跟您上次买的容器蜡很配，这周开始就能下单了，手慢可能要等下一批。",
     ["marketing"], "zh", "violation careful new-product cross-sell",
     "A new scent is out, in plain words, pitched against the earlier purchase (policy.md B)."),
    ("方老师，您给店铺留的那条卖家反馈让我们的账户分数掉了不少。现在包裹也到了，能不能麻烦您撤下来？",
     ["review-inducement"], "zh", "violation careful feedback-pressure",
     "Asks to withdraw seller feedback because it hurts the account (policy.md C5)."),
    ("小棠，身边有做手工的朋友，就把我们推荐给他们吧：朋友下单时报您的名字，您下一单我们就多塞一包色片。",
     ["marketing"], "zh", "violation careful referral",
     "A referral reward in plain words (policy.md B)."),
    ("黎姐，模具今天应该能送到。用过之后如果愿意在亚马逊上写几句，我们会很感激。写好了跟阿蕖说一声，我们寄一瓶海盐鼠尾草香精油过去当谢意。",
     ["review-inducement"], "zh", "violation split incentive",
     "The gift follows the review request a sentence later (policy.md C1)."),
    ("韦先生，漏蜡的问题已经给您全额处理好了。现在事情解决了，您原来在商品页写的那段话，是不是可以改得和现在的情况对得上？",
     ["review-inducement"], "zh", "violation split change-review",
     "A veiled edit request after resolution (policy.md C4)."),
    ("欧阳女士，谢谢您一直回来买蜡。我们建了一个老顾客名单，小批量的香型都会先通知名单里的人，价格也比页面上低。回复“加入”两个字就行。",
     ["marketing"], "zh", "violation split vip-list",
     "Join-a-list invitation with early access and lower prices (policy.md B)."),
    ("石阿姨，蜡烛做出来效果好吗？好的话请在页面上给个满星。要是不好，就先别写，直接来找我们。",
     ["review-inducement"], "zh", "violation split rating-request gating",
     "Full stars if happy, silence and the seller if not (policy.md C2, C3)."),
    ("方老师，温度计读数不准，真抱歉。不用走亚马逊退货那么麻烦了。把您的支付宝账号发过来，我们直接把钱转给您。",
     ["off-platform-contact"], "zh", "violation split payment diversion",
     "A refund through Alipay instead of an Amazon return (policy.md D5, D6)."),

    # ================================================================ Simplified evasions
    ("亲，收到熔蜡壶以后留个haoping，截图发给阿蕖，就有fanxian哦。",
     ["review-inducement"], "zh", "evasion incentive pinyin",
     "好评返现 in pinyin (policy.md C1, section e)."),
    ("小棠，调色的问题图片多，加一下薇信 lanternmoth_cn 吧，那边发视频方便。",
     ["off-platform-contact"], "zh", "evasion messaging-app homophone",
     "薇信 for 微信, with the ID (policy.md D4, section e)."),
    ("欧阳女士，退换的事不用在亚马逊上来回写了，直接打给阿蕖：四一三五五五零一二六，她帮您当场处理。",
     ["off-platform-contact"], "zh", "evasion phone diversion cn-numerals",
     "A phone number in Chinese numerals to take the return off Amazon (policy.md D3, D6, "
     "section e)."),
    ("黎姐，烛芯收到后写个评价吧，好 评 返 现 十美元，截图发这里就行。",
     ["review-inducement"], "zh", "evasion incentive spacing",
     "Spaces inside 好评返现 (policy.md C1, section e)."),
    ("方老师，关/注一下我们的抖/音号“Lanternmoth蜡烛”，每周五直播教倒蜡。",
     ["marketing", "off-platform-contact"], "zh", "evasion follow social separator",
     "Slashes split 关注 and 抖音; a follow-us call (policy.md B, D4, section e)."),
    ("石阿姨，我们在绿泡泡上建了个做蜡烛的群，新调的香型都先在群里发，搜 lanternmoth_cn 就能找到阿蕖。",
     ["marketing", "off-platform-contact"], "zh", "evasion new-product messaging-app nickname",
     "绿泡泡 for WeChat, with new-scent announcements in the group (policy.md B, D4, "
     "section e)."),
    ("韦先生，温度计好用的话，麻烦给个五" + STAR + "，谢谢支持！",
     ["review-inducement"], "zh", "evasion rating-request gating emoji",
     "A star emoji for the rating, conditioned on satisfaction (policy.md C2, C3, section e)."),
    ("小棠，有问题可以加阿蕖微信，号是 lanternmoth 后面加下划线，再加 cn。",
     ["off-platform-contact"], "zh", "evasion messaging-app split-handle",
     "The WeChat ID in pieces (policy.md D4, section e)."),
    ("方老师，下次买大豆蜡结账时填优" + ZW + "惠" + ZW + "码 MOTH20，能便宜两成。",
     ["marketing"], "zh", "evasion coupon zero-width",
     "Zero-width spaces inside 优惠码 (policy.md B, section e)."),

    # ================================================================ Simplified near-misses
    ("小棠，您在亚马逊上搜索评论时看到的“蜡面开裂”，多半是倒蜡温度太高，大豆容器蜡建议降到五十五度左右再倒。",
     [], "zh", "near-miss substring",
     "搜索评论 contains 索评 across a word boundary (policy.md section 0 point 4, C "
     "near-misses)."),
    ("黎姐，我们评估了一下，这批木芯烧起来火焰确实偏高，下星期起统一换成小一号的尺寸。",
     [], "zh", "near-miss substring",
     "评估 and 星期 are not review or rating words (policy.md section 0 point 4)."),
    ("石阿姨，温度计到货就坏了，真不好意思。我们已经免费给您补发了一支，坏的那支不用寄回。",
     [], "zh", "near-miss remedy",
     "A free re-shipment is a remedy (policy.md B near-misses)."),
    ("韦先生，漏掉的两瓶香精油已经按原价退款，亚马逊那边一般三到五个工作日到账。",
     [], "zh", "near-miss remedy",
     "A refund through Amazon, unrelated to reviews (policy.md C near-misses)."),
    ("欧阳女士，您问能不能加微信沟通，按亚马逊的规定，我们只能在这个对话里联系您，图片直接发这里就好。",
     [], "zh", "near-miss refusal",
     "微信 named only to decline it (policy.md D)."),
    ("方老师，您留言说“号称五星的蜡，结果中间凹进去一块”。这种凹陷一般是冷却太快，下次倒完盖个纸箱让它慢慢凉。",
     [], "zh", "near-miss quoted-buyer",
     "五星 is the buyer's quoted complaint (policy.md C near-misses)."),
    ("小棠，已经按您的要求取消了重复下的那一单，另一单的收货地址也修改好了，明天照常发出。",
     [], "zh", "near-miss logistics-word",
     "取消 and 修改 are order logistics (policy.md A near-misses, section 0 point 4)."),
    ("韦先生您好，订单 113-4470925-3318864 的棉芯已经送达。如果方便，欢迎在亚马逊商品页写下您的实际使用体验，好的坏的都可以写。",
     [], "zh", "near-miss neutral-request",
     "One neutral request with the order id (interface.md; policy.md section b)."),
    ("欧阳女士，换的新模具已经签收。如果您觉得问题已经处理好了，您给店铺的那条卖家反馈要不要更新，完全由您自己决定，我们不会再为此打扰您。",
     [], "zh", "near-miss feedback-notice",
     "The neutral seller-feedback notice after resolution (policy.md C5)."),
    ("黎姐，这款硅胶模具是免烤型的，脱模前不用涂油；星形款的尖角比较细，建议凝固后多放半小时再脱。",
     [], "zh", "near-miss product-word",
     "免 and 星 describe the mould (policy.md B near-misses, C near-misses)."),
    ("方老师，您看到的“满100减15”是亚马逊平台自己的优惠活动，结算时会自动扣减，我们这边没法另外再加。",
     [], "zh", "near-miss answer",
     "Explains an Amazon promotion the buyer asked about (policy.md B near-misses)."),
    ("欧阳女士，谢谢您告诉我们已经写了评价。您提到罐子的盖子偏紧，我们已经让仓库换了一批盖子。",
     [], "zh", "near-miss review-thanks",
     "Thanks for a review the buyer mentioned (policy.md C near-misses)."),
    ("石阿姨，包裹走的是顺丰，单号 SF1736402958813，在顺丰的官网上输入单号就能看到最新位置。",
     [], "zh", "near-miss carrier-site",
     "The carrier's own site named for tracking (policy.md D near-misses)."),
    ("方老师，熔蜡壶的加热底座有一年保修，真出了问题，在亚马逊订单页选“有问题”提交就可以。",
     [], "zh", "near-miss warranty",
     "Warranty through the Amazon order page (policy.md D3)."),
    ("小棠，您下单后这款色片的价格降了三块，差价亚马逊有自己的处理规则，我们这边补不了，不过您收到的和现在卖的是同一批货。",
     [], "zh", "near-miss price-paid",
     "A price fact about the order (policy.md B near-misses)."),
    ("韦先生，要退货的话，请在亚马逊“我的订单”里找到这笔订单，点“退货或换货”，系统会自动生成退货标签。",
     [], "zh", "near-miss amazon-page",
     "Amazon's own returns page, in words (policy.md D near-misses)."),
    ("欧阳女士，订单 111-5550126-8843071 已经出库，由亚马逊物流配送，追踪号 TBA503871926614。",
     [], "zh", "near-miss lookalike-number",
     "The order id contains a 555-01xx block; it is not a phone number (policy.md D "
     "near-misses)."),

    # ================================================================ Simplified clean
    ("小棠您好，大豆蜡表面起一层白霜是很常见的，叫“霜化”，不影响燃烧。倒蜡前把杯子预热一下，能明显减轻。",
     [], "zh", "clean", "A technical answer (policy.md A)."),
    ("韦先生，这两天暴雪，仓库没法发车，您的熔蜡壶预计晚两天出库，出库后我们会再跟您说一声。",
     [], "zh", "clean", "A delay notice (policy.md A near-misses)."),
    ("欧阳女士，木芯我们可以按您要的十二厘米裁好再寄，麻烦确认一下是不是这个长度，我们先把包裹留着。",
     [], "zh", "clean", "Confirms a custom length (policy.md A)."),
    ("石阿姨，香精油建议在蜡温八十五度左右加入，轻轻搅拌两分钟，温度太高香味容易跑掉。",
     [], "zh", "clean", "Answers a use question (policy.md A)."),
    ("方老师，蜡烛中间塌下去是冷却太快造成的，凝固以后用热风枪把表面吹平，或者再补倒薄薄一层就行。",
     [], "zh", "clean", "Troubleshooting reply (policy.md A)."),
    ("黎姐，您照片里模具上的那条细线是出厂时的合模线，正常使用不会撕裂，收起来之前撒点玉米淀粉能让硅胶保持柔软。",
     [], "zh", "clean", "Answers a quality question (policy.md A)."),
    ("小棠，棉芯的粗细要跟杯口直径匹配，七厘米的杯子用八号芯比较合适；烧两小时后火苗太高，就换小一号。",
     [], "zh", "clean", "Answers a sizing question (policy.md A)."),
    ("韦先生，附件是您要的发票，公司抬头已经按您给的信息填好了。",
     [], "zh", "clean", "Sends an invoice (policy.md A)."),
    ("欧阳女士，色片是按重量装袋的，大小不一很正常。一磅蜡放两片颜色偏浅，放四片会深一些。",
     [], "zh", "clean", "Answers a product question (policy.md A)."),
    ("石阿姨，整箱的蜡比较重，物流公司要先预约送货时间，请告诉我们您哪几天上午家里有人。",
     [], "zh", "clean", "Schedules a heavy delivery (policy.md A, G near-misses)."),

    # ================================================================ Traditional violations
    ("江小姐您好，矽膠模具用起來還順手嗎？方便的話幫我們在亞馬遜上給個五星好評，小賣場真的很需要，拜託了！",
     ["review-inducement"], "zh", "violation plain rating-request traditional taiwanese",
     "Asks for a five-star review (policy.md C2)."),
    ("容太，多謝你幫襯！下次買蠟輸入 MOTH20 就有八折，成間舖頭啲貨都用得。",
     ["marketing"], "zh", "violation plain coupon traditional cantonese",
     "A code for the next purchase (policy.md B)."),
    ("侯先生，做蠟燭遇到問題，歡迎到我們的臉書社團「Lanternmoth 手作蠟燭」發問，社團裡每週都有教學影片喔。",
     ["off-platform-contact"], "zh", "violation plain social traditional taiwanese",
     "Sends support to a Facebook group (policy.md D4)."),
    ("譚生，如果枝蠟燭燒得靚，歡迎上產品頁講兩句；如果有咩唔妥，記住先喺度搵我哋，唔好急住上網寫。",
     ["review-inducement"], "zh", "violation careful gating traditional cantonese",
     "Soft gating in Cantonese (policy.md C3)."),
    ("魏小姐，您上次問的烏龍桂花香氛油這週重新到貨了，這次只有三十瓶，要的話動作要快喔！",
     ["marketing"], "zh", "violation careful restock traditional taiwanese",
     "A back-in-stock push with scarcity (policy.md B)."),
    ("江小姐，您在商品頁分享心得時，可以附上燃燒的影片，再寫滿一百字嗎？這樣其他買家比較看得懂。",
     ["review-inducement"], "zh", "violation careful steering traditional taiwanese",
     "Tells the buyer what to put in the review, without 評 (policy.md C7)."),
    ("尹小姐，啲蠟芯應該今日會送到。用完之後上亞馬遜講下感受啦。講完話我哋知，我哋送支溫度計俾你。",
     ["review-inducement"], "zh", "violation split incentive traditional cantonese",
     "A free thermometer once the review is posted, a sentence later (policy.md C1)."),
    ("侯先生，您買了熔蠟壺跟溫度計。其實很多人接著就會需要蠟跟燭芯。我們把這幾樣湊成一組新手套組，放在同一個賣場，一起買比較划算。",
     ["marketing"], "zh", "violation split cross-sell bundle traditional taiwanese",
     "A kit pitched across sentences (policy.md B)."),
    ("譚生，新嘅熔蠟壺已經寄出咗。之前你喺產品頁寫嗰段嘢，可唔可以改返？改完我哋退返運費俾你。",
     ["review-inducement"], "zh", "violation split incentive change-review traditional cantonese",
     "Asks to edit a review and pays back shipping for it (policy.md C4, C1)."),
    ("魏小姐，模具色差的問題我們很重視。亞馬遜的訊息有時候會漏看。之後請直接寄信到 pour@lanternmothcandle.com，我們會優先處理喔。",
     ["off-platform-contact"], "zh", "violation split email diversion traditional taiwanese",
     "An e-mail address to move support off Amazon (policy.md D2, D6)."),

    # ================================================================ Traditional evasions
    ("江小姐，模具的問題用照片比較好說明，加我們的賴 @lanternmothtw，傳訊息給阿蕖就可以喔。",
     ["off-platform-contact"], "zh", "evasion messaging-app homophone traditional taiwanese",
     "賴 for LINE, with the handle (policy.md D4, section e)."),
    ("容太，枝溫度計有問題嘅話，直接打去四一三五五五零一五八搵我哋啦，快過喺亞馬遜度等。",
     ["off-platform-contact"], "zh", "evasion phone diversion cn-numerals traditional cantonese",
     "The shop number in Chinese numerals (policy.md D3, D6, section e)."),
    ("侯先生，寫個haoping給我們，下次買燭芯就有youhui，截圖傳訊息過來就好。",
     ["marketing", "review-inducement"], "zh",
     "evasion discount incentive pinyin traditional taiwanese",
     "好評 and 優惠 in pinyin: a discount on the next order for a positive review "
     "(policy.md C1, C2, B, section e)."),
    ("譚生，下次唔使喺亞馬遜買，上" + fw("lanternmothcandle.com") + "直接落單，啲蠟平兩成。",
     ["marketing", "off-platform-contact"], "zh",
     "evasion discount url diversion fullwidth traditional cantonese",
     "A full-width domain and a lower price off Amazon (policy.md B, D1, D6, section e)."),
    ("魏小姐，蠟燭杯用得順手的話，幫我們點個 五 星 好 評 喔！",
     ["review-inducement"], "zh", "evasion rating-request gating spacing traditional taiwanese",
     "Spaces inside 五星好評, asked only if satisfied (policy.md C2, C3, section e)."),

    # ================================================================ Traditional near-misses
    ("江小姐，矽膠模具破掉真的很抱歉，我們已經免費補寄一個新的，破的那個不用寄回喔。",
     [], "zh", "near-miss remedy traditional taiwanese",
     "A free re-shipment is a remedy (policy.md B near-misses)."),
    ("譚生，你問可唔可以轉去 WhatsApp 傾，亞馬遜規定我哋只可以喺呢度聯絡，相片直接喺度傳俾我哋就得。",
     [], "zh", "near-miss refusal traditional cantonese",
     "WhatsApp named only to decline it (policy.md D)."),
    ("侯先生，重複的那筆訂單已照您的要求取消，另一筆的收件地址也修改好了，明天就會出貨。",
     [], "zh", "near-miss logistics-word traditional taiwanese",
     "取消 and 修改 are logistics (policy.md A near-misses)."),
    ("尹小姐，訂單 113-8805143-6092237 嘅蠟芯已經送到。得閒嘅話，歡迎上亞馬遜寫低你嘅真實用後感，好同唔好都可以講。",
     [], "zh", "near-miss neutral-request traditional cantonese",
     "A neutral, balanced request with the order id (policy.md section b)."),
    ("魏小姐，您說「評價都說很香，但我點了沒什麼味道」。大豆蠟的香味通常要放兩週熟成才會出來，建議再等一下喔。",
     [], "zh", "near-miss quoted-buyer traditional taiwanese",
     "評價 is in the buyer's quoted words (policy.md C near-misses)."),
    ("容太，新嘅溫度計已經收到。如果你覺得件事搞掂咗，之前留低嘅賣家反饋要唔要更新，完全由你決定。",
     [], "zh", "near-miss feedback-notice traditional cantonese",
     "The neutral seller-feedback notice (policy.md C5)."),
    ("魏小姐，您看到的折價券是亞馬遜自己放在商品頁上的，結帳前勾選就會自動折抵，我們這邊沒辦法再另外加。",
     [], "zh", "near-miss answer traditional taiwanese",
     "Explains Amazon's own coupon (policy.md B near-misses)."),
    ("譚生，呢支溫度計出廠已經校正好，唔使自己調；星形模嘅尖角要等蠟完全凍咗先好脫。",
     [], "zh", "near-miss product-word traditional cantonese",
     "星 is a mould shape (policy.md C near-misses)."),
    ("侯先生，我們不會請您修改評論，這封訊息只是要說，缺少的燭芯貼片已經補寄出貨了。",
     [], "zh", "near-miss negation traditional taiwanese",
     "修改評論 only in a negation (policy.md C4, section 0 point 4)."),

    # ================================================================ Traditional clean
    ("侯先生，燭芯頂端結成小球是正常的，每次點燃前剪到大約零點五公分就可以了喔。",
     [], "zh", "clean traditional taiwanese", "Answers a use question (policy.md A)."),
    ("魏小姐，因為颱風的關係，倉庫這兩天沒辦法出貨，您的熔蠟壺會晚兩天寄出，寄出後會再傳訊息給您。",
     [], "zh", "clean traditional taiwanese", "A delay notice (policy.md A near-misses)."),
    ("江小姐，您要的木芯可以先裁成十公分再寄出，麻煩回覆確認一下長度，我們先把包裹留著。",
     [], "zh", "clean traditional taiwanese", "Confirms a custom length (policy.md A)."),
    ("容太，啲香精油最好喺蠟溫八十五度左右落，輕輕攪兩分鐘，太熱嘅話啲香味好易散走。",
     [], "zh", "clean traditional cantonese", "Answers a use question (policy.md A)."),
    ("尹小姐，你相入面枝蠟燭中間凹咗落去，係冷得太快，等佢凝固之後用熱風槍吹平表面就得。",
     [], "zh", "clean traditional cantonese", "Troubleshooting reply (policy.md A)."),
    ("譚生，大件嘅蠟要物流公司預約送貨時間，唔該話俾我哋知你邊幾日朝早有人喺屋企。",
     [], "zh", "clean traditional cantonese", "Schedules a heavy delivery (policy.md A, G "
     "near-misses)."),

    # ================================================================ mixed
    ("Hi 黎姐，您的 Meadowset wax 已经发货啦。记得 follow 我们的小红书“Lanternmoth手作蜡烛”，每周都有新品 giveaway 哦！",
     ["marketing", "off-platform-contact"], "mixed",
     "violation plain giveaway follow social mixed",
     "A shipping note that pushes a 小红书 account and giveaways (policy.md B, D4)."),
    ("容太，your Domewell moulds 已經寄出咗。Happy 嘅話 please leave us a good review 啦。唔 happy 就 message 我哋先，唔好寫 review 住。",
     ["review-inducement"], "mixed",
     "violation split rating-request gating traditional cantonese mixed",
     "Asks for a good review if happy and a message first if not (policy.md C2, C3)."),
    ("亲，your wax order is on the way。有任何问题直接 email 到 lanternmoth dot wax at gmail dot com，比在亚马逊里沟通快多了。",
     ["off-platform-contact"], "mixed", "evasion email diversion spelled-email mixed",
     "A spelled-out free-mail address, off Amazon (policy.md D2, D6, section e)."),
    ("Hi 尹小姐，your order 收到未呀？有咩 problem 就 WhatsApp 我哋：oh seven seven oh oh, nine oh oh, five eight three，唔使喺亞馬遜度等。",
     ["off-platform-contact"], "mixed",
     "evasion messaging-app phone number-words traditional cantonese mixed",
     "A WhatsApp number spelled in words (policy.md D3, D4, section e)."),
    ("Hi 小棠，关于您问的 burn test：每批蜡出库前我们都会做一次 burn review，三个 test jar 连续烧四个小时才放行。",
     [], "mixed", "near-miss review-word mixed",
     "Review is the shop's own burn test (policy.md section 0 point 4)."),
    ("Hi 方老师，关于 frosting 的问题：这是 soy wax 天然会有的现象，倒蜡前把 jar 预热一下就会好很多。",
     [], "mixed", "clean mixed", "A technical answer (policy.md A)."),
]


def records():
    rows = []
    for text, labels, lang, tags, note in RAW:
        rows.append({"text": text, "labels": sorted(labels), "lang": lang,
                     "tags": tags.split(), "note": note})
    random.Random(69).shuffle(rows)
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": "h69-%03d" % i, "text": r["text"], "labels": r["labels"],
                    "lang": r["lang"], "tags": r["tags"], "note": r["note"]})
    return out


def main():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "holdout69.jsonl")
    with open(path, "w", encoding="utf-8") as fh:
        for r in records():
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d records to %s" % (len(records()), path))


if __name__ == "__main__":
    main()
